# EU AI Act as amended in 2026 (Regulation (EU) 2024/1689 with the Digital Omnibus on AI) to
# ISO/IEC 42001:2023: a crosswalk we wrote ourselves, because none has been published. It pairs
# the provider obligations that matter most in practice (risk management, data governance,
# technical documentation, logging, information to deployers, human oversight, accuracy and
# robustness, quality management, substantial modification, post-market monitoring, serious
# incidents, the supply chain and AI literacy) and the deployer obligations of use and impact
# assessment with the ISO clause or Annex A control that asks for the same kind of thing. Each
# pair reads "the Act's obligation RELATION the ISO requirement". We are conservative: no pair is
# `equal` or `superset`, `subset` would be used only where the Act's point is plainly one step of
# what the ISO requirement asks (no pair qualifies now: the Art. 9 steps once paired as `subset`
# each ask for something ISO does not, see their comments), and `intersects` where they share
# ground but each asks for something the other does not (usually the Act prescribes the content,
# the period or the addressee, and ISO asks for a process). Obligations ISO has no counterpart for
# (CE marking, registration, the conformity assessment procedure itself, the log retention period,
# AI-specific cybersecurity) are left out rather than paired loosely; Art. 43(4) is paired only
# for what triggers a new assessment, a change to the system.
#
# The version for the Act as amended by the Digital Omnibus on AI (eu-ai-act@2026). The 2026
# catalog keeps the 2024 identifiers, and of the provisions paired here only Art. 4 changed (see
# the version crosswalk eu-ai-act@2024 -> eu-ai-act@2026): so the pairs are those of
# eu-ai-act@2024 -> iso42001@2023, corrections included, and only the Art. 4 note is rewritten for
# the softer duty. Its relationship does not depend on the amended wording, which rests on
# secondary sources (the amending text was not available; see the header of eu-ai-act-2026.cw):
# the pair intersects under either reading. Keep the two files in step: a change to a pair here
# belongs in the 2024 file too unless the provision changed in 2026.
crosswalk eu-ai-act@2026 -> iso42001@2023 {
  source "authored: crosswalk maintainers, 2026 - the pairs of the eu-ai-act@2024 crosswalk carried to the Act as amended in 2026, whose paired provisions keep their identifiers and, but for Art. 4, their content as far as the agreeing secondary sources say; each pair compares the Act's provision, read in the regulation's text, with our summary of the ISO/IEC 42001 clause or Annex A control, and states how their scopes compare (NIST IR 8477); no published crosswalk was used."

  # Risk management (Art. 9)
  # Art. 9(2)(a), (b) and (d) were first paired as `subset` (in the 2024 file), as if each
  # were one step of the ISO process. None is contained in it. ISO's risks are those the
  # organisation finds against its own AI objectives and rates against its own criteria, so a
  # risk to fundamental rights need not be in its scope, while the Act fixes the scope (health,
  # safety, fundamental rights, foreseeable misuse) and leaves the criteria open; ISO weighs
  # effects on people in the impact assessment (6.1.4). And adopting measures is more than
  # choosing them (6.1.3): it is carrying them out (8.3). So each pair intersects, and (a), (b)
  # and (d) gain their second counterpart.
  Art.9(2)(a) intersects 6.1.2 {
    rationale semantic
    note "Both identify and analyse risks; the Act's are those to health, safety and fundamental rights in intended use, ISO's those to the organisation's AI objectives, rated against its criteria."
    status reviewed
  }
  Art.9(2)(a) intersects 6.1.4 {
    rationale semantic
    note "Identifying risks to the health, safety and fundamental rights of people overlaps with assessing what the system may do to individuals, groups and society; ISO makes it an assessment of its own, the Act the first step of risk management."
    status reviewed
  }
  Art.9(2)(b) intersects 6.1.2 {
    rationale semantic
    note "Both estimate and evaluate risks; the Act requires reasonably foreseeable misuse to be covered, ISO evaluation against the organisation's risk criteria."
    status reviewed
  }
  Art.9(2)(b) intersects 6.1.4 {
    rationale semantic
    note "Estimating the harm that intended use and foreseeable misuse may cause overlaps with judging the consequences of the system for individuals, groups and society."
    status reviewed
  }
  Art.9(2)(c) intersects 8.2 {
    rationale functional
    note "Both make risk assessment recur during operation; the Act feeds it with post-market monitoring data, ISO runs it at planned intervals and after significant change."
    status reviewed
  }
  Art.9(2)(d) intersects 6.1.3 {
    rationale semantic
    note "Both choose measures for identified risks; ISO adds the Annex A comparison, the statement of applicability and a treatment plan, the Act requires the measures to be adopted and to leave an acceptable residual risk (Art. 9(5))."
    status reviewed
  }
  Art.9(2)(d) intersects 8.3 {
    rationale functional
    note "Adopting the risk management measures overlaps with putting the treatment plan into effect; ISO also checks that it works and keeps records of the outcome."
    status reviewed
  }
  Art.9(8) intersects A.6.2.4 {
    rationale semantic
    note "Both call for testing against criteria fixed in advance; the Act requires it before release and against probabilistic thresholds, ISO asks for defined verification and validation measures."
    status reviewed
  }
  Art.9(9) intersects A.5.4 {
    rationale semantic
    note "Considering adverse effects on minors and vulnerable groups overlaps with assessing impacts on particular individuals or groups."
    status reviewed
  }

  # Data and data governance (Art. 10, Art. 17(1)(f))
  Art.10(2)(b) intersects A.7.3 {
    rationale semantic
    note "Both cover how data is collected; the Act adds the origin of the data and the original purpose of personal data."
    status reviewed
  }
  Art.10(2)(b) intersects A.7.5 {
    rationale semantic
    note "The origin of training data in the Act overlaps with the provenance record ISO asks for over the whole lifecycle."
    status reviewed
  }
  Art.10(2)(c) intersects A.7.6 {
    rationale semantic
    note "Both govern data preparation such as labelling and cleaning; the lists of operations and what must be recorded differ."
    status reviewed
  }
  Art.10(3) intersects A.7.4 {
    rationale semantic
    note "ISO lets the organisation set data quality requirements and meet them; the Act fixes the criteria (relevant, representative, error-free, complete)."
    status reviewed
  }
  Art.17(1)(f) intersects A.7.2 {
    rationale semantic
    note "Both require data management processes for the data used to build the system; the Act lists the operations, from acquisition to retention."
    status reviewed
  }

  # Technical documentation (Art. 11, Annex IV, Art. 18)
  Art.11(1) intersects A.6.2.7 {
    rationale semantic
    note "Both require technical documentation; the Act prescribes Annex IV content and that it prove compliance to authorities, ISO that each interested party gets what it needs."
    status reviewed
  }
  AnnexIV.2(b) intersects A.6.2.3 {
    rationale semantic
    note "The design specifications of Annex IV overlap with ISO's record of the system's design and development."
    status reviewed
  }
  AnnexIV.2(d) intersects A.4.3 {
    rationale semantic
    note "Both document the data the system uses; Annex IV asks for datasheets with provenance, selection and labelling methods."
    status reviewed
  }
  AnnexIV.2(g) intersects A.6.2.4 {
    rationale semantic
    note "Both record how the system is validated and tested; Annex IV also wants the data, metrics and signed test reports."
    status reviewed
  }
  Art.18(1)(a) intersects 7.5.3 {
    rationale functional
    note "Keeping the technical documentation available is document control; the Act fixes a ten-year period and the authorities as audience."
    status reviewed
  }

  # Record-keeping: logging (Art. 12)
  Art.12(1) intersects A.6.2.8 {
    rationale semantic
    note "Both concern event logging; the Act requires the technical capability over the whole lifetime, ISO a decision on when logging is on, at least in use."
    status reviewed
  }

  # Transparency and information to deployers (Art. 13, 15(3), 50, 53)
  Art.13(2) intersects A.8.2 {
    rationale semantic
    note "Instructions for use are the information users need; the Act prescribes their content and qualities, ISO leaves them to the organisation."
    status reviewed
  }
  Art.13(3)(b) intersects A.8.2 {
    rationale semantic
    note "Describing capabilities and limitations is information for users; the Act lists the specific items."
    status reviewed
  }
  Art.13(3)(d) intersects A.8.2 {
    rationale semantic
    note "The human oversight measures described in the instructions are part of the information users need to use the system properly."
    status reviewed
  }
  Art.50(1) intersects A.8.2 {
    rationale semantic
    note "Telling people they are dealing with an AI system is information for users; the Act makes it a design duty for interactive systems."
    status reviewed
  }
  Art.53(1)(b) intersects A.6.2.7 {
    rationale semantic
    note "Documentation for providers who integrate a general-purpose model is technical documentation for one group of interested parties."
    status reviewed
  }

  # Human oversight (Art. 14, 26(2)), use as instructed (Art. 26(1)) and AI literacy (Art. 4)
  Art.26(2) intersects A.3.2 {
    rationale semantic
    note "Assigning oversight to named people with authority is a defined AI role; the Act also requires their competence and support."
    status reviewed
  }
  Art.26(2) intersects 7.2 {
    rationale semantic
    note "Overseers must have the competence and training for the role, which ISO's competence clause covers for people affecting AI performance."
    status reviewed
  }
  Art.26(1) intersects A.9.4 {
    rationale semantic
    note "Using the system in accordance with its instructions for use overlaps with using it only as intended and as its documentation describes; the Act asks for technical and organisational measures and names the provider's instructions."
    status reviewed
  }
  Art.14(4)(a) intersects A.6.2.6 {
    rationale functional
    note "Overseers watching operation for anomalies and unexpected performance overlaps with the monitoring ISO plans for a system in production."
    status reviewed
  }
  Art.4 intersects 7.2 {
    rationale semantic
    note "As amended, Art. 4 asks for measures that support the AI literacy of staff and others operating AI, with no level to guarantee; that overlaps with ensuring the competence of people whose work affects AI performance, which ISO asks for a narrower group and more firmly."
    status reviewed
  }

  # Accuracy, robustness and cybersecurity (Art. 15)
  Art.15(1) intersects A.6.2.4 {
    rationale functional
    note "Verification and validation against criteria is how appropriate accuracy and robustness are shown; the Act sets the outcome, ISO the checking."
    status reviewed
  }
  Art.15(4) intersects A.6.2.6 {
    rationale functional
    note "Resilience to errors and faults overlaps with the repairs, updates and support ISO plans for operation; fail-safe design and feedback loops are the Act's own."
    status reviewed
  }

  # Quality management system (Art. 16(c), 17)
  Art.16(c) intersects 4.4 {
    rationale functional
    note "Both require an established, maintained management system; the Act's is a quality management system with the contents of Art. 17."
    status reviewed
  }
  Art.17(1)(b) intersects A.6.1.3 {
    rationale semantic
    note "Procedures for design, design control and verification overlap with the defined processes for responsible design and development."
    status reviewed
  }
  Art.17(1)(d) intersects A.6.2.4 {
    rationale semantic
    note "Both define examination, test and validation procedures; the Act adds before, during and after development and how often."
    status reviewed
  }
  Art.17(1)(j) intersects 7.4 {
    rationale semantic
    note "Both plan communication with outside parties; the Act names authorities, notified bodies, operators and customers."
    status reviewed
  }
  Art.17(1)(k) intersects 7.5.3 {
    rationale semantic
    note "Both call for procedures that keep records and documentation under control."
    status reviewed
  }
  Art.17(1)(l) intersects 7.1 {
    rationale semantic
    note "Both require managing the resources needed; the Act adds security-of-supply measures."
    status reviewed
  }
  Art.17(1)(m) intersects 5.3 {
    rationale semantic
    note "Both assign responsibilities for the management system to management and staff."
    status reviewed
  }

  # Substantial modification (Art. 43(4))
  Art.43(4) intersects 8.1 {
    rationale functional
    note "Both govern what happens when the system changes: ISO controls planned changes and reviews unintended ones, the Act requires a new conformity assessment after a substantial modification and exempts changes pre-determined in the technical documentation."
    status reviewed
  }

  # Fundamental rights impact assessment by deployers (Art. 27(1), a group: its points are paired)
  Art.27(1)(c) intersects A.5.4 {
    rationale semantic
    note "Naming the categories of people and groups likely to be affected is part of assessing the system's impact on individuals or groups; the Act asks it of certain deployers before first use."
    status reviewed
  }
  Art.27(1)(d) intersects A.5.4 {
    rationale semantic
    note "The specific risks of harm to those people and groups overlap with the impacts on individuals or groups ISO asks to assess and record; the Act focuses on fundamental rights and uses the provider's Art. 13 information."
    status reviewed
  }
  Art.27(1)(d) intersects 6.1.4 {
    rationale semantic
    note "Assessing the risks of harm the use may cause to people overlaps with the process for judging an AI system's effects on individuals, groups and society; the Act fixes the elements and the deployers concerned."
    status reviewed
  }
  Art.27(1)(d) intersects A.5.2 {
    rationale semantic
    note "The fundamental rights impact assessment of a deployment overlaps with the impact assessment process ISO asks for over the system's life cycle."
    status reviewed
  }

  # Post-market monitoring (Art. 72)
  Art.72(1) intersects A.6.2.6 {
    rationale functional
    note "A documented post-market monitoring system overlaps with defining how the system is monitored in operation; the Act ties it to continued compliance."
    status reviewed
  }
  Art.72(2) intersects A.6.2.6 {
    rationale functional
    note "Systematic collection and analysis of performance data in the field is part of operational monitoring; ISO does not require data from deployers."
    status reviewed
  }

  # Serious incidents and corrective action (Art. 20, 55(1)(c), 73)
  Art.73(1) intersects A.8.5 {
    rationale functional
    note "Reporting serious incidents to market surveillance authorities is one of the reporting obligations to regulators that ISO asks the organisation to know and meet."
    status reviewed
  }
  Art.55(1)(c) intersects A.8.5 {
    rationale functional
    note "Reporting serious incidents of a general-purpose model to the AI Office is a reporting obligation to a regulator."
    status reviewed
  }
  Art.73(6) intersects 10.2 {
    rationale semantic
    note "Investigating an incident, assessing it and taking corrective action overlaps with ISO's handling of nonconformities and their causes."
    status reviewed
  }
  Art.20(1) intersects 10.2 {
    rationale semantic
    note "Bringing a non-conforming system back into conformity is corrective action; the Act adds withdrawal, recall and informing the supply chain."
    status reviewed
  }

  # Value chain: suppliers (Art. 25(4))
  Art.25(4) intersects A.10.2 {
    rationale semantic
    note "Written agreements on the information and help a supplier owes divide responsibilities along the value chain."
    status reviewed
  }
  Art.25(4) intersects A.10.3 {
    rationale functional
    note "Both govern what suppliers provide; the Act requires a written agreement, ISO alignment with the responsible AI approach."
    status reviewed
  }
}
