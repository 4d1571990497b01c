# The built-in AI risk library.
#
# The risks that AI systems bring and that auditors now test, each with the
# requirements it bears on in SOC 2 (soc2@2017), ISO/IEC 42001
# (iso42001@2023), the NIST AI RMF (nist-ai-rmf@1.0) and the EU AI Act
# (eu-ai-act@2024). Every `touches` says why; where a framework holds nothing
# the risk bears on, `touches-none` says so and why. Sources for the facts:
# the frameworks' own catalogs in this folder, NIST AI 600-1 (the GAI risks
# it names), and Art. 15(5) of the EU AI Act, which names data poisoning,
# model poisoning, adversarial examples (model evasion), confidentiality
# attacks and model flaws as the AI-specific attacks a high-risk system must
# resist.
#
# SOC 2 reading used throughout: CC6.1-CC6.3 logical access; CC6.6 threats
# from outside the system boundary; CC6.7 data in transmission; CC6.8
# preventing and detecting unauthorised or malicious software; CC7.1
# vulnerability and configuration monitoring; CC7.2 monitoring components for
# anomalies; CC7.3-CC7.5 security events, incidents and recovery; CC8.1
# change management; CC9.1 business disruption; CC9.2 vendors and business
# partners; A1 availability; C1 confidentiality; PI1 processing integrity
# (accurate, complete, timely outputs); P privacy.
#
# The second part says which risks each kind of system component brings
# (`component-kind K implies …`). A project may declare its own risks (one
# with the same identifier replaces the library's) and add implications.

risk prompt-injection "Prompt injection through model inputs" {
  category security
  description """
    Text supplied to a language model (directly by a caller, or indirectly
    through documents and retrieved content) carries instructions that
    override the system's own, making the model leak data, ignore its task
    or produce output the operator did not intend.
  """
  touches soc2@2017:CC6.6 because "injected instructions arrive from outside the system boundary through an exposed interface"
  touches soc2@2017:CC7.2 because "injection attempts show up as anomalous inputs and outputs that monitoring must catch"
  touches soc2@2017:PI1.2 because "inputs must be validated before processing; injected instructions are invalid input"
  touches iso42001@2023:6.1.2, iso42001@2023:A.6.2.4 because "the risk must be assessed and the system verified against injection before release"
  touches iso42001@2023:A.6.2.6 because "operation and monitoring must detect injection in production"
  touches nist-ai-rmf@1.0:MEASURE-2.7 because "security and resilience evaluation covers adversarial prompting"
  touches nist-ai-rmf@1.0:MANAGE-3.2 because "pre-trained models used through prompts must be monitored for misuse"
  touches eu-ai-act@2024:Art.15(5), eu-ai-act@2026:Art.15(5) because "manipulating inputs to make the model err is an AI-specific attack the system must resist"
  touches eu-ai-act@2024:Art.9(2)(b), eu-ai-act@2026:Art.9(2)(b) because "injection is reasonably foreseeable misuse, whose risks the risk management system must estimate and evaluate"
}

risk model-extraction "Model extraction through the inference API" {
  category security
  description """
    A caller queries the inference API systematically to reconstruct the
    model, its parameters or its decision boundary, or steals the trained
    artifacts from storage: the model, a trade secret and the basis of the
    service, leaves the organisation.
  """
  touches soc2@2017:CC6.1, soc2@2017:CC6.6 because "access to the API and to model artifacts must be restricted and abuse from outside the boundary prevented"
  touches soc2@2017:CC7.2 because "query patterns typical of extraction are anomalies monitoring must detect"
  touches soc2@2017:C1.1 because "trained models are confidential information of the service organisation"
  touches iso42001@2023:A.4.3, iso42001@2023:A.4.4 because "models and the tooling around them are resources to document and protect"
  touches iso42001@2023:A.6.2.6 because "production monitoring must notice extraction attempts"
  touches nist-ai-rmf@1.0:MEASURE-2.7 because "security evaluation covers model theft"
  touches nist-ai-rmf@1.0:MANAGE-2.3 because "responding to newly seen attack patterns on the API"
  touches eu-ai-act@2024:Art.15(5), eu-ai-act@2026:Art.15(5) because "confidentiality attacks on the model are named AI-specific attacks"
}

risk training-data-poisoning "Training-data poisoning" {
  category security
  description """
    Data that reaches training (from ingestion, feedback loops or a
    labelling vendor) is manipulated so the model learns a backdoor or a
    bias an attacker wants.
  """
  # Not CC6.8: poisoned data is no malicious software. It is invalid input
  # (PI1.2), an anomaly monitoring should catch (CC7.2) and an unapproved
  # change to what a production model is built from (CC8.1).
  touches soc2@2017:PI1.2 because "system inputs, including training data, must be complete and accurate"
  touches soc2@2017:CC7.2 because "poisoning shows up as anomalies in incoming data and in the retrained model's behaviour, which monitoring must catch"
  touches soc2@2017:CC8.1 because "training data sets that feed a production model go through change control"
  touches iso42001@2023:A.7.4, iso42001@2023:A.7.5 because "data quality and provenance controls are where poisoning is caught"
  touches iso42001@2023:A.6.2.4 because "validation must show the model behaves as specified before release"
  touches nist-ai-rmf@1.0:MEASURE-2.7 because "resilience to data poisoning is part of security evaluation"
  touches nist-ai-rmf@1.0:MAP-4.1 because "the risks of data components must be mapped, third-party data included"
  touches eu-ai-act@2024:Art.15(5), eu-ai-act@2026:Art.15(5) because "data poisoning is named as an attack a high-risk system must resist"
  touches eu-ai-act@2024:Art.10(2)(b), eu-ai-act@2024:Art.10(3), eu-ai-act@2026:Art.10(2)(b), eu-ai-act@2026:Art.10(3) because "data origin and error-free data sets are data governance duties"
}

risk adversarial-inputs "Adversarial and evasion inputs" {
  category security
  description """
    Inputs crafted within the valid range (a transaction shaped to sit just
    under a fraud threshold, a perturbed document) make the model give the
    answer the attacker wants.
  """
  touches soc2@2017:CC7.2 because "evasion attempts are anomalies in the inputs a monitored component receives"
  touches soc2@2017:PI1.3 because "processing must produce valid results for the inputs it accepts"
  touches iso42001@2023:A.6.2.4 because "verification and validation include robustness testing"
  touches iso42001@2023:6.1.2 because "evasion is a risk of the AI system to assess"
  touches nist-ai-rmf@1.0:MEASURE-2.7, nist-ai-rmf@1.0:MEASURE-2.5 because "robustness to adversarial inputs is part of security and validity"
  touches eu-ai-act@2024:Art.15(5), eu-ai-act@2026:Art.15(5) because "adversarial examples and model evasion are named attacks"
  touches eu-ai-act@2024:Art.15(4), eu-ai-act@2026:Art.15(4) because "the system must stay robust against errors and inconsistencies in the inputs it meets in operation"
}

risk model-drift "Model and data drift" {
  category accuracy
  description """
    Production inputs move away from the training distribution (new
    customer segments, changed economic conditions, new fraud patterns), and
    the model's performance falls without anyone noticing.
  """
  touches soc2@2017:CC7.2 because "drift is an anomaly in a system component's behaviour"
  touches soc2@2017:PI1.3 because "processing stops being accurate when the model no longer fits its inputs"
  touches iso42001@2023:A.6.2.6 because "operation and monitoring cover performance over time"
  touches iso42001@2023:9.1 because "monitoring and measurement of the AI system's performance"
  touches nist-ai-rmf@1.0:MEASURE-2.4, nist-ai-rmf@1.0:MANAGE-4.1 because "production monitoring and the post-deployment monitoring plan"
  touches nist-ai-rmf@1.0:MEASURE-4.3 because "changes in performance must be identified and tracked"
  touches eu-ai-act@2024:Art.72(1), eu-ai-act@2024:Art.72(2), eu-ai-act@2026:Art.72(1), eu-ai-act@2026:Art.72(2) because "post-market monitoring collects and analyses performance through the system's life"
  touches eu-ai-act@2024:Art.15(1), eu-ai-act@2026:Art.15(1) because "accuracy must hold throughout the lifecycle"
}

risk output-degradation "Output accuracy degradation and hallucination" {
  category accuracy
  description """
    The system's outputs are wrong: scores less accurate than declared, or a
    generative model stating things its sources do not say (confabulation),
    and the errors reach decisions.
  """
  touches soc2@2017:PI1.3, soc2@2017:PI1.4 because "processing and outputs must be complete, accurate and valid"
  touches soc2@2017:PI1.1 because "the specification of what an accurate output is must be defined and communicated"
  touches iso42001@2023:A.6.2.4 because "validation against the accuracy the system requires"
  touches iso42001@2023:A.8.2 because "users must be told the system's accuracy and limits"
  touches nist-ai-rmf@1.0:MEASURE-2.5 because "validity and reliability must be demonstrated"
  touches nist-ai-rmf@1.0:MEASURE-2.3 because "performance must hold in deployment conditions"
  touches eu-ai-act@2024:Art.15(1), eu-ai-act@2024:Art.15(3), eu-ai-act@2026:Art.15(1), eu-ai-act@2026:Art.15(3) because "appropriate and declared accuracy"
  touches eu-ai-act@2024:Art.13(3)(b), eu-ai-act@2026:Art.13(3)(b) because "instructions for use state the accuracy and its limits"
}

risk unapproved-model-change "Model change without approval" {
  category change-management
  description """
    A retrained model, a new threshold or a new prompt reaches production
    without evaluation and approval, or cannot be rolled back.
  """
  touches soc2@2017:CC8.1 because "changes to system components, models included, are authorised, tested and approved"
  touches soc2@2017:CC6.8 because "only authorised models and code may run in production"
  touches iso42001@2023:A.6.2.5 because "deployment of an AI system version follows a documented release"
  # Not 6.3, which plans changes to the management system itself: a model
  # change is a change to the operation (8.1) and, when major, gets its
  # requirements specified first (A.6.2.2).
  touches iso42001@2023:8.1 because "changes to the operational processes, a model release included, are planned and controlled, and unintended changes reviewed"
  touches iso42001@2023:A.6.2.2 because "a major change to an AI system has its requirements specified before it is built"
  touches nist-ai-rmf@1.0:GOVERN-1.4 because "a transparent process, with approvals, governs model changes"
  touches nist-ai-rmf@1.0:MANAGE-1.1 because "a go or no-go decision precedes deployment"
  touches eu-ai-act@2024:Art.17(1)(b), eu-ai-act@2024:Art.17(1)(c), eu-ai-act@2026:Art.17(1)(b), eu-ai-act@2026:Art.17(1)(c) because "design control and quality assurance of system modifications"
  touches eu-ai-act@2024:Art.11(1), eu-ai-act@2026:Art.11(1) because "technical documentation must describe the version placed on the market"
}

risk training-data-provenance "Training data without provenance" {
  category data-governance
  description """
    The origin, licence and processing history of training data are not
    recorded, so nobody can show where a model's behaviour came from, honour
    a licence or rebuild a data set.
  """
  touches soc2@2017:PI1.2 because "the sources of system inputs must be known and complete"
  touches soc2@2017:CC2.1 because "the information used to run controls must be of known quality"
  touches iso42001@2023:A.7.5 because "data provenance is recorded"
  touches iso42001@2023:A.7.3, iso42001@2023:A.7.2 because "acquisition and the data used for development are documented"
  touches nist-ai-rmf@1.0:MAP-2.3 because "data and methods are documented for TEVV"
  touches nist-ai-rmf@1.0:GOVERN-6.1 because "third-party data, and its rights, are governed"
  touches eu-ai-act@2024:Art.10(2)(b), eu-ai-act@2026:Art.10(2)(b) because "data collection processes and the origin of data"
  touches eu-ai-act@2024:Art.10(2)(c), eu-ai-act@2026:Art.10(2)(c) because "preparation operations such as labelling and cleaning are recorded"
}

risk personal-data-in-training "Personal data in training data" {
  category privacy
  description """
    Training sets hold personal data (applicant records, transaction
    histories) beyond what the purpose needs, without a legal basis or
    minimisation, or including special categories.
  """
  touches soc2@2017:P3.1, soc2@2017:P4.1 because "personal data is collected for and used within the stated purpose"
  touches soc2@2017:C1.1 because "training sets hold confidential customer information"
  touches iso42001@2023:A.7.4 because "data quality includes appropriateness of personal data"
  touches iso42001@2023:A.5.4 because "the impact on individuals of using their data is assessed"
  touches nist-ai-rmf@1.0:MEASURE-2.10 because "privacy risk of the AI system is examined"
  touches eu-ai-act@2024:Art.10(5)(b), eu-ai-act@2024:Art.10(5)(c), eu-ai-act@2026:Art.10(5)(b), eu-ai-act@2026:Art.10(5)(c) because "special categories used for bias correction need limits, safeguards and access control"
  touches eu-ai-act@2024:Art.10(2)(a), eu-ai-act@2026:Art.10(2)(a) because "design choices about data, including what personal data is used"
}

risk training-data-leakage "Confidential training data surfacing in outputs" {
  category privacy
  description """
    A model reveals what it was trained on or retrieves from: memorised
    records in generated text, retrieved documents another tenant should not
    see, or facts about individuals inferred by model inversion or
    membership inference attacks.
  """
  touches soc2@2017:C1.1 because "confidential information must be protected, outputs included"
  touches soc2@2017:CC6.1 because "retrieval and outputs must respect who may see the data"
  touches soc2@2017:P6.1 because "disclosing personal data through outputs is an unauthorised disclosure"
  touches iso42001@2023:A.6.2.4 because "validation tests the model for memorisation and leakage"
  touches iso42001@2023:6.1.2 because "the leakage risk must be assessed"
  touches nist-ai-rmf@1.0:MEASURE-2.10 because "privacy risk includes inference attacks on the model"
  touches nist-ai-rmf@1.0:MEASURE-2.7 because "security evaluation covers confidentiality attacks"
  touches eu-ai-act@2024:Art.15(5), eu-ai-act@2026:Art.15(5) because "confidentiality attacks are named AI-specific attacks"
}

risk inference-log-exposure "Inference logs without retention or access control" {
  category privacy
  description """
    Requests and outputs are logged (they hold applicant data and scores)
    but the logs are kept too long or not long enough, can be changed, or
    are readable by more people than need them.
  """
  touches soc2@2017:CC6.1, soc2@2017:CC6.3 because "access to log stores is restricted to those who need it"
  touches soc2@2017:C1.2 because "confidential log data is disposed of at the end of its retention"
  touches soc2@2017:P4.2 because "personal data in logs is retained only as long as needed"
  touches iso42001@2023:A.6.2.8 because "event logs are recorded and protected"
  touches iso42001@2023:7.5.3 because "recorded information is controlled: access, retention and disposition"
  touches nist-ai-rmf@1.0:MEASURE-2.8 because "logs support transparency and accountability"
  touches nist-ai-rmf@1.0:MEASURE-2.10 because "logs hold personal data whose privacy risk is managed"
  touches eu-ai-act@2024:Art.12(1), eu-ai-act@2024:Art.12(2)(a), eu-ai-act@2026:Art.12(1), eu-ai-act@2026:Art.12(2)(a) because "automatic logging that allows tracing the system's operation"
  touches eu-ai-act@2024:Art.19(1), eu-ai-act@2026:Art.19(1) because "providers keep logs for at least six months"
  touches eu-ai-act@2024:Art.26(6), eu-ai-act@2026:Art.26(6) because "deployers keep the logs under their control for at least six months"
}

risk missing-human-oversight "Missing human oversight for high-stakes outputs" {
  category safety
  description """
    Outputs that decide matters for people (credit refused, account frozen)
    take effect without a competent person able to understand, question and
    override them.
  """
  # Not PI1.4, which asks that outputs be complete, accurate and go only to
  # their intended recipients, not that a person can question them. Human
  # review is a control activity: done under a written procedure by people
  # with the authority to override (CC5.3, CC1.3) and the competence (CC1.4).
  touches soc2@2017:CC5.3 because "the review is a control activity performed under a written procedure by people with the authority to act on it"
  touches soc2@2017:CC1.3 because "who may override or reverse an output is an authority management assigns"
  touches soc2@2017:CC1.4 because "the people doing oversight must be competent"
  touches iso42001@2023:A.9.2, iso42001@2023:A.9.4 because "responsible and intended use includes the human role"
  touches iso42001@2023:A.3.2 because "oversight roles are assigned"
  touches nist-ai-rmf@1.0:GOVERN-3.2, nist-ai-rmf@1.0:MAP-3.5 because "human-AI roles and oversight processes are defined"
  touches eu-ai-act@2024:Art.14(1), eu-ai-act@2024:Art.14(4)(d), eu-ai-act@2026:Art.14(1), eu-ai-act@2026:Art.14(4)(d) because "the system is built for oversight, and overseers can disregard or override the output"
  touches eu-ai-act@2024:Art.26(2), eu-ai-act@2026:Art.26(2) because "deployers assign competent human oversight"
}

risk foundation-model-dependency "Third-party foundation model dependency" {
  category third-party
  description """
    A model the organisation does not control (a hosted foundation model)
    changes, degrades, goes down, or uses submitted data in ways the
    contract does not allow.
  """
  touches soc2@2017:CC9.2 because "the vendor's risks are assessed and monitored"
  touches soc2@2017:CC3.2 because "dependency on the provider is an identified risk"
  touches iso42001@2023:A.10.3 because "suppliers of AI components are selected and monitored"
  touches iso42001@2023:A.10.2 because "responsibilities between the organisation and the supplier are allocated"
  touches nist-ai-rmf@1.0:GOVERN-6.1, nist-ai-rmf@1.0:GOVERN-6.2 because "third-party policies and contingency processes"
  touches nist-ai-rmf@1.0:MANAGE-3.1, nist-ai-rmf@1.0:MANAGE-3.2 because "third-party resources and pre-trained models are monitored"
  touches eu-ai-act@2024:Art.25(4), eu-ai-act@2026:Art.25(4) because "the provider of a high-risk system agrees in writing with suppliers of components what it needs"
  touches eu-ai-act@2024:Art.53(1)(b), eu-ai-act@2026:Art.53(1)(b) because "the model's provider must give downstream providers the information they need"
}

risk biased-outcomes "Bias and discriminatory outcomes" {
  category fairness
  description """
    The system's outputs are systematically worse for people of a protected
    group, through skewed data, proxies or labelling, and discriminate in
    access to credit or services.
  """
  touches-none soc2@2017 because "the Trust Services Criteria hold no fairness or non-discrimination criterion; accuracy under PI1 does not reach disparate outcomes between groups"
  touches iso42001@2023:A.5.4, iso42001@2023:A.5.5 because "impacts on individuals, groups and society are assessed"
  touches iso42001@2023:A.7.4 because "data quality includes representativeness"
  touches nist-ai-rmf@1.0:MEASURE-2.11 because "fairness and bias are evaluated"
  touches nist-ai-rmf@1.0:MAP-5.1 because "the likelihood and magnitude of harms to groups are estimated"
  touches eu-ai-act@2024:Art.10(2)(f), eu-ai-act@2024:Art.10(2)(g), eu-ai-act@2026:Art.10(2)(f), eu-ai-act@2026:Art.10(2)(g) because "examining data for bias and preventing and mitigating it"
  touches eu-ai-act@2024:Art.9(9), eu-ai-act@2026:Art.9(9) because "impacts on vulnerable groups are considered in risk management"
}

risk serving-unavailable "Model-serving availability and fallback" {
  category availability
  description """
    The inference service or a model it depends on is unavailable or too
    slow, and callers have no defined fallback (a rule-based score, a manual
    queue) or recovery.
  """
  touches soc2@2017:A1.1, soc2@2017:A1.2 because "capacity and recovery infrastructure for the availability commitments"
  touches soc2@2017:CC9.1 because "business disruption from losing the model is planned for"
  touches iso42001@2023:A.4.5 because "computing resources are documented and sufficient"
  touches iso42001@2023:A.6.2.6 because "operation includes availability and fallback"
  touches nist-ai-rmf@1.0:MANAGE-2.4 because "mechanisms to disengage or replace the system"
  touches nist-ai-rmf@1.0:MANAGE-2.1 because "non-AI alternatives are resourced"
  touches eu-ai-act@2024:Art.15(4), eu-ai-act@2026:Art.15(4) because "robustness may require backup or fail-safe plans"
}

risk inference-timeout-in-decisions "Inference timeouts in human decision workflows" {
  category availability
  description """
    A decision workflow waits on a score that does not arrive in time, and
    people decide without it, or the workflow silently applies a default
    that nobody reviews.
  """
  touches soc2@2017:PI1.3 because "processing must be timely, and what happens on a timeout defined"
  touches soc2@2017:A1.1 because "capacity is planned for the latency callers need"
  touches iso42001@2023:A.9.4 because "the intended use defines how the output enters the decision"
  touches iso42001@2023:A.6.2.6 because "operation monitors latency and timeouts"
  touches nist-ai-rmf@1.0:MAP-3.5 because "oversight processes cover degraded operation"
  touches nist-ai-rmf@1.0:MANAGE-2.4 because "the system can be bypassed safely"
  touches eu-ai-act@2024:Art.14(4)(e), eu-ai-act@2026:Art.14(4)(e) because "overseers can intervene or halt the system in a safe state"
  touches eu-ai-act@2024:Art.15(4), eu-ai-act@2026:Art.15(4) because "fail-safe behaviour under faults"
}

risk erasure-unlearning "Unlearning for erasure requests" {
  category privacy
  description """
    A person asks for their data to be erased, but it persists in training
    sets, features, embeddings or the trained model itself, and no process
    removes or retrains it.
  """
  touches soc2@2017:P4.3 because "personal data is disposed of when it is no longer needed or erasure is due"
  touches soc2@2017:P4.2 because "personal data is kept no longer than the objectives allow, copies in models and indexes included"
  touches iso42001@2023:A.7.6 because "data preparation includes removing data that may no longer be used"
  touches iso42001@2023:A.5.4 because "the impact on individuals includes their rights over their data"
  touches nist-ai-rmf@1.0:MEASURE-2.10 because "privacy risk includes honouring deletion"
  touches nist-ai-rmf@1.0:GOVERN-1.1 because "legal requirements such as data protection law are understood and managed"
  touches eu-ai-act@2024:Art.10(5)(e), eu-ai-act@2026:Art.10(5)(e) because "special categories used for bias correction are deleted when no longer needed"
}

# ---------------------------------------------------------------------------
# What each kind of component brings. A component of a kind below, in any
# system block, puts these risks in the project's risk register; `check`
# warns about those no control mitigates.
#
# A served model is where drift, unreviewed high-stakes outputs and scores
# that arrive too late for a decision come from, so model-serving brings
# them. `monitoring` and `human-review` imply nothing: they are controls
# that treat those risks, not sources of them, and a project that adds a
# review queue must not be told it now has an oversight risk.
# ---------------------------------------------------------------------------

component-kind data-ingestion implies training-data-poisoning, training-data-provenance, personal-data-in-training
component-kind training-pipeline implies training-data-poisoning, biased-outcomes, personal-data-in-training, training-data-leakage, erasure-unlearning
component-kind feature-store implies model-drift, training-data-provenance, erasure-unlearning
component-kind labelling-vendor implies training-data-poisoning, biased-outcomes, training-data-provenance
component-kind model-registry implies unapproved-model-change, model-extraction
component-kind model-serving implies model-extraction, adversarial-inputs, output-degradation, model-drift, serving-unavailable, training-data-leakage, missing-human-oversight, inference-timeout-in-decisions
component-kind inference-log-store implies inference-log-exposure
component-kind third-party-model implies prompt-injection, foundation-model-dependency, output-degradation
component-kind vector-store implies prompt-injection, training-data-leakage, erasure-unlearning
