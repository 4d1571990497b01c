# NIST AI RMF 1.0 to the SOC 2 Trust Services Criteria (2017): a crosswalk we wrote ourselves,
# because none has been published. The AI RMF states outcomes of AI risk management; SOC 2
# criteria cover internal control over a service system, with no AI-specific content. So every
# pair is `intersects`: a control meeting one side does part of the other's work, never all of
# it. Each pair reads "the AI RMF subcategory intersects the SOC 2 criterion". Topics: risk
# assessment and response, specifications and information to users, production monitoring,
# roles, competence and training, validity and security, evaluation of controls, incidents, AI
# change management and third parties. The AI RMF's data, human oversight, fairness, privacy
# and societal-impact outcomes have no SOC 2 criterion close enough and are left out, as are the
# SOC 2 security criteria with no AI RMF counterpart (access, malware, encryption).
crosswalk nist-ai-rmf@1.0 -> soc2@2017 {
  source "authored: crosswalk maintainers, 2026 - each pair compares the AI RMF 1.0 core subcategory with the obligation of the SOC 2 criterion, as our catalog summaries describe it, and states how their scopes compare (NIST IR 8477); no published crosswalk was used and no AICPA text is quoted."

  # Risk management
  MAP-1.3 intersects CC3.1 {
    rationale semantic
    note "Writing down what the organisation wants to achieve with AI overlaps with setting objectives clear enough to see what threatens them."
    status reviewed
  }
  MAP-1.5 intersects CC3.1 {
    rationale semantic
    note "Documented risk tolerances overlap with objectives that state how much variation is acceptable."
    status reviewed
  }
  MAP-5.1 intersects CC3.2 {
    rationale semantic
    note "Identifying the likelihood and magnitude of impacts overlaps with identifying and weighing risks; the AI RMF looks at harm to people and society too."
    status reviewed
  }
  MANAGE-1.2 intersects CC3.2 {
    rationale semantic
    note "Prioritising documented risks by impact and likelihood overlaps with weighing risks to decide what to do about each."
    status reviewed
  }
  MANAGE-1.3 intersects CC5.1 {
    rationale semantic
    note "Planned responses to high-priority risks overlap with controls designed to bring risks to an accepted level."
    status reviewed
  }
  GOVERN-1.2 intersects CC5.3 {
    rationale semantic
    note "Policies that embed trustworthy AI are among the written policies that put controls into practice."
    status reviewed
  }

  # Specifications and information to users (documentation, transparency)
  MAP-1.6 intersects PI1.1 {
    rationale semantic
    note "Elicited system requirements overlap with documenting what the system must process and to what standard."
    status reviewed
  }
  MAP-2.2 intersects CC2.3 {
    rationale functional
    note "Documenting knowledge limits and use of outputs for other AI actors overlaps with information shared with customers and users."
    status reviewed
  }
  MEASURE-3.3 intersects CC2.3 {
    rationale semantic
    note "Letting end users report problems and appeal overlaps with the channels for outside parties to communicate with the organisation."
    status reviewed
  }

  # Production monitoring and record-keeping
  MEASURE-2.4 intersects CC7.2 {
    rationale semantic
    note "Monitoring the AI system in production overlaps with watching components for anomalies; the AI RMF also watches model behaviour."
    status reviewed
  }
  MANAGE-4.1 intersects CC7.2 {
    rationale semantic
    note "Post-deployment monitoring plans overlap with anomaly monitoring of the running system."
    status reviewed
  }

  # Roles, competence and training
  GOVERN-2.1 intersects CC1.3 {
    rationale semantic
    note "Documented roles and lines of communication for AI risk overlap with the structure, reporting lines and authorities management sets."
    status reviewed
  }
  GOVERN-2.2 intersects CC1.4 {
    rationale semantic
    note "Training people in AI risk management overlaps with developing the skills the organisation's objectives need."
    status reviewed
  }
  MAP-3.4 intersects CC1.4 {
    rationale semantic
    note "Defining and checking operator proficiency overlaps with ensuring competent people."
    status reviewed
  }

  # Validity, accuracy and security
  MEASURE-2.5 intersects PI1.4 {
    rationale functional
    note "Showing the system is valid and reliable overlaps with outputs that are complete and accurate; SOC 2 also controls their delivery."
    status reviewed
  }
  MEASURE-2.7 intersects CC7.1 {
    rationale semantic
    note "Assessing how the AI system resists attack overlaps with finding the vulnerabilities that affect it."
    status reviewed
  }

  # Evaluation of controls (the management system's own checks)
  GOVERN-1.5 intersects CC4.1 {
    rationale semantic
    note "Planned monitoring and periodic review of risk management overlap with ongoing and separate evaluations of controls."
    status reviewed
  }
  MEASURE-1.2 intersects CC4.1 {
    rationale semantic
    note "Regularly assessing whether controls are effective overlaps with evaluating that controls exist and work."
    status reviewed
  }
  MEASURE-1.3 intersects CC4.1 {
    rationale semantic
    note "Assessments by independent or non-front-line assessors overlap with separate evaluations."
    status reviewed
  }

  # Incidents
  GOVERN-4.3 intersects CC7.3 {
    rationale functional
    note "Practices that enable incident identification overlap with analysing events to decide whether they are incidents."
    status reviewed
  }
  MANAGE-4.3 intersects CC7.4 {
    rationale semantic
    note "Communicating, tracking and handling incidents overlaps with responding to confirmed incidents under a plan."
    status reviewed
  }
  MANAGE-4.3 intersects CC7.5 {
    rationale semantic
    note "Recovering from incidents overlaps with restoring normal operation and learning from them."
    status reviewed
  }
  MANAGE-2.3 intersects CC7.4 {
    rationale semantic
    note "Procedures to respond to a newly found risk overlap with a written response plan; SOC 2 limits it to security incidents."
    status reviewed
  }

  # AI change management
  MANAGE-1.1 intersects CC8.1 {
    rationale functional
    note "A go or no-go decision before deployment overlaps with approval before a change is released."
    status reviewed
  }
  MANAGE-4.1 intersects CC8.1 {
    rationale semantic
    note "Post-deployment plans include change management, which SOC 2 requires for every change to systems and data."
    status reviewed
  }

  # Third parties
  GOVERN-6.1 intersects CC9.2 {
    rationale semantic
    note "Policies for third-party AI risk overlap with assessing and managing vendor risk; the AI RMF adds intellectual property."
    status reviewed
  }
  MANAGE-3.1 intersects CC9.2 {
    rationale semantic
    note "Ongoing monitoring of third-party AI resources overlaps with managing vendor risk for the life of the relationship."
    status reviewed
  }
  GOVERN-6.2 intersects CC9.1 {
    rationale semantic
    note "Contingency plans for failures of third-party AI overlap with measures that limit business disruption."
    status reviewed
  }
}
