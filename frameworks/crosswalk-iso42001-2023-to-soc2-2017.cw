# ISO/IEC 42001:2023 to the SOC 2 Trust Services Criteria (2017): a crosswalk we wrote ourselves,
# because none has been published. ISO 42001 is an AI management system; SOC 2 criteria cover
# internal control over a service system, with no AI-specific content. So every pair is
# `intersects`: meeting a SOC 2 criterion does part of an ISO requirement's work for an AI system
# and never all of it, and the reverse. Each pair reads "the ISO requirement intersects the SOC 2
# criterion". Topics: risk assessment and treatment, data quality, documentation for users and
# specifications, event logging and monitoring, roles and competence, verification and
# validation, the management system's own monitoring, audit and correction, incidents, AI change
# management and suppliers. ISO requirements with no SOC 2 counterpart (impact assessment,
# human oversight, responsible-use objectives) are left out, and so are the SOC 2 security
# criteria ISO 42001 leaves to ISO/IEC 27001 (access, malware, encryption).
crosswalk iso42001@2023 -> soc2@2017 {
  source "authored: crosswalk maintainers, 2026 - each pair compares our summary of the ISO/IEC 42001 clause or Annex A control with our summary of the SOC 2 criterion, and states how their scopes compare (NIST IR 8477); no published crosswalk was used and no ISO or AICPA text is quoted."

  # Risk management
  6.2 intersects CC3.1 {
    rationale semantic
    note "Both set objectives clear enough to judge risks against; ISO's are AI objectives, SOC 2's the service's."
    status reviewed
  }
  6.1.2 intersects CC3.2 {
    rationale semantic
    note "Both identify and analyse risks to objectives; ISO's process is specific to AI risks and their effect on people and society."
    status reviewed
  }
  8.2 intersects CC3.4 {
    rationale semantic
    note "ISO repeats the AI risk assessment after significant changes; SOC 2 asks that significant changes be spotted and their effect on controls assessed."
    status reviewed
  }
  6.1.3 intersects CC5.1 {
    rationale semantic
    note "Both choose controls that bring assessed risks to an acceptable level; ISO adds the Annex A comparison and statement of applicability."
    status reviewed
  }

  # Data governance
  A.7.4 intersects PI1.2 {
    rationale semantic
    note "Both require data to meet quality requirements; ISO covers data to build and run the AI system, SOC 2 the completeness and accuracy of system inputs."
    status reviewed
  }

  # Technical documentation and information to users
  A.6.2.2 intersects PI1.1 {
    rationale semantic
    note "Writing down the system's requirements and specification overlaps with documenting what the system must process and to what standard."
    status reviewed
  }
  A.6.2.7 intersects CC2.3 {
    rationale functional
    note "Giving interested parties the technical documentation they need is one form of the information SOC 2 expects to be shared with outside parties."
    status reviewed
  }
  A.8.2 intersects CC2.3 {
    rationale functional
    note "Information users need to use the AI system is part of what is communicated to customers about the system."
    status reviewed
  }
  A.8.3 intersects CC2.3 {
    rationale semantic
    note "A channel for outside parties to report adverse effects overlaps with the external communication lines SOC 2 expects."
    status reviewed
  }
  7.4 intersects CC2.2 {
    rationale semantic
    note "Planned internal communication about the management system overlaps with internal communication of control responsibilities."
    status reviewed
  }
  7.4 intersects CC2.3 {
    rationale semantic
    note "Planned external communication about the management system overlaps with communication with customers, suppliers and regulators."
    status reviewed
  }

  # Record-keeping (logging) and monitoring in operation
  A.6.2.8 intersects CC7.2 {
    rationale functional
    note "Event logs in operation are what anomaly monitoring works from; ISO asks when logging is on, SOC 2 that systems are watched."
    status reviewed
  }
  A.6.2.6 intersects CC7.2 {
    rationale semantic
    note "Monitoring an AI system in production overlaps with watching system components for anomalies; ISO also covers model performance, repairs and updates."
    status reviewed
  }

  # Accuracy and validation
  A.6.2.4 intersects PI1.4 {
    rationale functional
    note "Validating an AI system against accuracy criteria overlaps with making outputs complete and accurate; SOC 2 also controls their delivery."
    status reviewed
  }

  # Roles, competence and concerns
  5.3 intersects CC1.3 {
    rationale semantic
    note "Both assign responsibilities, authorities and reporting lines; ISO for the AI management system."
    status reviewed
  }
  A.3.2 intersects CC1.3 {
    rationale semantic
    note "Defined AI roles overlap with the structure and authorities management sets up."
    status reviewed
  }
  7.2 intersects CC1.4 {
    rationale semantic
    note "Both make sure people have the skills their work needs and are trained; ISO for work affecting AI performance."
    status reviewed
  }
  A.3.3 intersects CC2.2 {
    rationale semantic
    note "A way to raise concerns about AI systems overlaps with the internal channel for raising concerns."
    status reviewed
  }
  A.2.2 intersects CC5.3 {
    rationale semantic
    note "A documented AI policy is one of the written policies through which controls are put into practice."
    status reviewed
  }

  # Quality management: monitoring, audit and correction of the management system
  9.1 intersects CC4.1 {
    rationale semantic
    note "Monitoring and evaluating how the management system performs overlaps with evaluations that controls are present and working."
    status reviewed
  }
  9.2.1 intersects CC4.1 {
    rationale semantic
    note "An internal audit is a separate evaluation; ISO audits the AI management system, SOC 2 evaluates internal control."
    status reviewed
  }
  10.2 intersects CC4.2 {
    rationale semantic
    note "Both deal with failures found: ISO corrects nonconformities and their causes, SOC 2 reports control deficiencies to whoever must fix them."
    status reviewed
  }

  # Incidents
  A.8.4 intersects CC7.4 {
    rationale semantic
    note "Planning how incidents are communicated to users overlaps with an incident response that informs the right people."
    status reviewed
  }
  10.2 intersects CC7.5 {
    rationale functional
    note "Removing the cause of a failure and checking the fix overlaps with feeding an incident's lessons back into the controls."
    status reviewed
  }

  # AI change management
  A.6.2.5 intersects CC8.1 {
    rationale semantic
    note "Confirming an AI system meets its requirements before it goes live overlaps with approval and testing before release."
    status reviewed
  }
  A.6.2.2 intersects CC8.1 {
    rationale semantic
    note "Specifying the requirements of a major change to an AI system overlaps with designing changes under change control."
    status reviewed
  }
  A.6.2.4 intersects CC8.1 {
    rationale semantic
    note "Verification and validation of a new model version overlaps with testing changes before release."
    status reviewed
  }
  8.1 intersects CC8.1 {
    rationale semantic
    note "Both keep planned changes under control; ISO for the processes of the management system, SOC 2 for systems, data and procedures."
    status reviewed
  }

  # Suppliers and third parties
  A.10.3 intersects CC9.2 {
    rationale semantic
    note "Both manage what suppliers provide; ISO checks alignment with responsible AI, SOC 2 assesses and manages vendor risk."
    status reviewed
  }
  A.10.2 intersects CC9.2 {
    rationale semantic
    note "Dividing AI lifecycle responsibilities with suppliers and partners overlaps with managing the risks of those relationships."
    status reviewed
  }
}
