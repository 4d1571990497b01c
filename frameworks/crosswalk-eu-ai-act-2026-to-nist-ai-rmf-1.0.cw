# EU AI Act as amended in 2026 (Regulation (EU) 2024/1689 with the Digital Omnibus on AI) to NIST
# AI RMF 1.0: a crosswalk we wrote ourselves, because none has been published. The Act states
# legal obligations for one high-risk system or model; the AI RMF states voluntary outcomes for an
# organisation's AI risk management. So every pair is `intersects` or weaker: a pair says that a
# control meeting one side does part of the work of the other, never all of it. Each pair reads
# "the Act's obligation RELATION the AI RMF subcategory". Topics: risk management (residual risk
# included), data governance, technical documentation, logging, transparency, human oversight,
# accuracy, robustness and cybersecurity, quality management (through the AI RMF's governance
# outcomes), substantial modification, post-market monitoring, serious incidents, suppliers and AI
# literacy. Obligations with no AI RMF counterpart (the conformity assessment procedure itself,
# registration, CE marking, log retention periods) are left out; Art. 43(4) is paired only for the
# decision a change to the system calls for.
#
# The version for the Act as amended by the Digital Omnibus on AI (eu-ai-act@2026). The 2026
# catalog keeps the 2024 identifiers, and of the provisions paired here only Art. 4 changed (see
# the version crosswalk eu-ai-act@2024 -> eu-ai-act@2026): so the pairs are those of
# eu-ai-act@2024 -> nist-ai-rmf@1.0, corrections included, and only the Art. 4 note is rewritten
# for the softer duty. Its relationship does not depend on the amended wording, which rests on
# secondary sources (the amending text was not available; see the header of eu-ai-act-2026.cw):
# the pair intersects under either reading. Keep the two files in step: a change to a pair here
# belongs in the 2024 file too unless the provision changed in 2026.
crosswalk eu-ai-act@2026 -> nist-ai-rmf@1.0 {
  source "authored: crosswalk maintainers, 2026 - the pairs of the eu-ai-act@2024 crosswalk carried to the Act as amended in 2026, whose paired provisions keep their identifiers and, but for Art. 4, their content as far as the agreeing secondary sources say; each pair compares the Act's provision, read in the regulation's text, with the AI RMF 1.0 core subcategory, and states how their scopes compare (NIST IR 8477); no published crosswalk was used."

  # Risk management (Art. 9)
  Art.9(1) intersects GOVERN-1.4 {
    rationale semantic
    note "Both require an established, documented risk management process; the Act's is for one high-risk system across its lifecycle."
    status reviewed
  }
  Art.9(2)(a) intersects MAP-5.1 {
    rationale semantic
    note "Identifying foreseeable risks to health, safety and rights overlaps with identifying the possible harmful impacts of the system."
    status reviewed
  }
  Art.9(2)(b) intersects MAP-5.1 {
    rationale semantic
    note "Estimating and evaluating risks overlaps with documenting the likelihood and magnitude of each impact; the Act names misuse explicitly."
    status reviewed
  }
  Art.9(2)(c) intersects MEASURE-3.1 {
    rationale semantic
    note "Evaluating new risks from post-market data overlaps with regularly tracking emergent and unanticipated risks."
    status reviewed
  }
  Art.9(2)(d) intersects MANAGE-1.3 {
    rationale semantic
    note "Adopting measures against identified risks overlaps with planning and documenting responses to high-priority risks."
    status reviewed
  }
  # Art. 9(5), acceptable residual risk, is a paragraph with points (a group): its points carry
  # the pairs. (a), eliminating risks by design, has no residual-risk counterpart.
  Art.9(5)(b) intersects MANAGE-1.4 {
    rationale semantic
    note "Mitigating the risks that cannot be eliminated, so that the residual risk is acceptable, overlaps with documenting the negative residual risks that remain; the AI RMF documents them, the Act asks that they be judged acceptable."
    status reviewed
  }
  Art.9(5)(c) intersects MANAGE-1.4 {
    rationale semantic
    note "Giving deployers the Art. 13 information, which includes the known risks that remain, overlaps with documenting residual risks for downstream acquirers and end users."
    status reviewed
  }
  Art.9(8) intersects MEASURE-2.3 {
    rationale semantic
    note "Testing against predefined metrics before release overlaps with measuring performance under conditions like deployment."
    status reviewed
  }

  # Data and data governance (Art. 10)
  Art.10(2)(d) intersects MAP-2.3 {
    rationale semantic
    note "Recording what the data are assumed to measure and represent overlaps with documenting construct validity and data selection."
    status reviewed
  }
  Art.10(2)(e) intersects MAP-2.3 {
    rationale semantic
    note "Assessing whether data sets are available, sufficient and suitable overlaps with documenting data selection considerations."
    status reviewed
  }
  Art.10(2)(f) intersects MEASURE-2.11 {
    rationale semantic
    note "Examining training data for bias overlaps with evaluating the system for harmful bias; the AI RMF also looks at outputs."
    status reviewed
  }
  Art.10(2)(g) intersects MEASURE-2.11 {
    rationale semantic
    note "Measures to detect and mitigate data bias overlap with the fairness and bias evaluation and its findings."
    status reviewed
  }

  # Technical documentation (Art. 11, Annex IV, Art. 53)
  AnnexIV.1(a) intersects MAP-1.1 {
    rationale semantic
    note "Stating the intended purpose in the documentation overlaps with documenting intended purposes and context of use."
    status reviewed
  }
  AnnexIV.2(b) intersects MAP-2.1 {
    rationale semantic
    note "Design specifications, logic and algorithms overlap with defining the tasks and the methods used to implement them."
    status reviewed
  }
  AnnexIV.2(g) intersects MEASURE-2.1 {
    rationale semantic
    note "Both document test data, metrics and testing; Annex IV also asks for dated and signed test reports."
    status reviewed
  }
  Art.53(1)(a) intersects MEASURE-2.1 {
    rationale semantic
    note "A general-purpose model's documentation of training, testing and evaluation results overlaps with TEVV documentation."
    status reviewed
  }
  Art.53(1)(b) intersects MAP-2.2 {
    rationale semantic
    note "Telling integrating providers the model's capabilities and limits overlaps with documenting knowledge limits for other AI actors."
    status reviewed
  }

  # Record-keeping: logging (Art. 12)
  Art.12(1) intersects MEASURE-2.4 {
    rationale functional
    note "Automatic event logs are the record that production monitoring relies on; the Act requires the logging capability, the AI RMF the monitoring."
    status reviewed
  }

  # Transparency and information to deployers (Art. 13)
  Art.13(1) intersects MEASURE-2.9 {
    rationale semantic
    note "Operation transparent enough to interpret the output overlaps with explaining the model and interpreting outputs in context."
    status reviewed
  }
  Art.13(3)(b) intersects MAP-2.2 {
    rationale semantic
    note "Describing capabilities and limitations to deployers overlaps with documenting the system's knowledge limits."
    status reviewed
  }
  Art.13(3)(d) intersects MAP-2.2 {
    rationale semantic
    note "Describing the oversight measures to deployers overlaps with documenting how humans use and oversee the output."
    status reviewed
  }

  # Human oversight (Art. 14, 26(2))
  Art.14(1) intersects MAP-3.5 {
    rationale semantic
    note "Designing for effective human oversight overlaps with defining and documenting human oversight processes."
    status reviewed
  }
  Art.14(4)(d) intersects MANAGE-2.4 {
    rationale semantic
    note "Being able to disregard or override the output overlaps with mechanisms to supersede the system."
    status reviewed
  }
  Art.14(4)(e) intersects MANAGE-2.4 {
    rationale semantic
    note "A stop procedure reaching a safe state overlaps with mechanisms and responsibilities to disengage or deactivate the system."
    status reviewed
  }
  Art.26(2) intersects GOVERN-3.2 {
    rationale semantic
    note "Assigning oversight to named people overlaps with policies defining roles for human oversight of AI."
    status reviewed
  }
  Art.26(2) intersects MAP-3.4 {
    rationale semantic
    note "Overseers with the necessary competence and training overlap with defining and checking operator proficiency."
    status reviewed
  }

  # Accuracy, robustness and cybersecurity (Art. 15, 55)
  Art.15(1) intersects MEASURE-2.5 {
    rationale semantic
    note "Appropriate accuracy and robustness overlap with showing the system is valid and reliable; the Act also covers cybersecurity."
    status reviewed
  }
  Art.15(4) intersects MEASURE-2.6 {
    rationale semantic
    note "Resilience to errors with fail-safe plans overlaps with showing the system fails safely; the AI RMF evaluates, the Act requires the design."
    status reviewed
  }
  Art.15(5) intersects MEASURE-2.7 {
    rationale semantic
    note "Resistance to attacks such as poisoning and evasion overlaps with assessing security and resilience."
    status reviewed
  }
  Art.55(1)(a) intersects MEASURE-2.7 {
    rationale semantic
    note "Adversarial testing of a general-purpose model overlaps with assessing how well it resists attacks."
    status reviewed
  }
  Art.55(1)(d) intersects MEASURE-2.7 {
    rationale functional
    note "Securing a general-purpose model and its infrastructure overlaps with evaluating its security and resilience."
    status reviewed
  }

  # Quality management system (Art. 17) through governance outcomes
  Art.17(1)(a) intersects GOVERN-1.1 {
    rationale semantic
    note "A regulatory compliance strategy overlaps with knowing, managing and documenting the legal requirements that apply."
    status reviewed
  }
  Art.17(1)(m) intersects GOVERN-2.1 {
    rationale semantic
    note "An accountability framework for management and staff overlaps with documented roles and responsibilities for AI risk."
    status reviewed
  }
  Art.4 intersects GOVERN-2.2 {
    rationale semantic
    note "As amended, Art. 4 asks for measures that support the AI literacy of staff, with no level to guarantee; that overlaps with training personnel in AI risk management so they can do their duties."
    status reviewed
  }

  # Substantial modification (Art. 43(4))
  Art.43(4) intersects MANAGE-1.1 {
    rationale functional
    note "A substantially modified system must pass a new conformity assessment before it goes on, which overlaps with deciding whether deployment should proceed; the AI RMF asks it for any system, the Act after a substantial modification, pre-determined changes excepted."
    status reviewed
  }

  # Post-market monitoring (Art. 72, 26(5))
  Art.72(1) intersects MANAGE-4.1 {
    rationale semantic
    note "A post-market monitoring system overlaps with implementing post-deployment monitoring plans; each covers items the other lacks."
    status reviewed
  }
  Art.72(2) intersects MEASURE-2.4 {
    rationale semantic
    note "Collecting and analysing performance data in the field overlaps with monitoring the system in production."
    status reviewed
  }
  Art.72(2) intersects MEASURE-4.3 {
    rationale semantic
    note "Analysing field data over the lifetime overlaps with identifying performance improvements and declines from field data."
    status reviewed
  }
  Art.26(5) intersects MEASURE-2.4 {
    rationale semantic
    note "A deployer monitoring operation per the instructions overlaps with production monitoring; the Act adds suspending use and informing others."
    status reviewed
  }

  # Serious incidents (Art. 73, 55(1)(c))
  Art.73(1) intersects MANAGE-4.3 {
    rationale semantic
    note "Reporting serious incidents to authorities overlaps with communicating incidents to relevant actors; the Act fixes the addressee and deadlines."
    status reviewed
  }
  Art.73(6) intersects MANAGE-4.3 {
    rationale semantic
    note "Investigating an incident and taking corrective action overlaps with tracking, handling and recovering from it."
    status reviewed
  }
  Art.55(1)(c) intersects MANAGE-4.3 {
    rationale semantic
    note "Tracking, documenting and reporting serious incidents of a general-purpose model overlaps with incident communication and tracking."
    status reviewed
  }

  # Value chain: suppliers (Art. 25(4))
  Art.25(4) intersects GOVERN-6.1 {
    rationale functional
    note "Written agreements with suppliers of components are one way to address third-party AI risk, which the AI RMF asks policies to cover."
    status reviewed
  }
}
