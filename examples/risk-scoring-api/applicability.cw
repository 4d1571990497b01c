# The Statement of Applicability (ISO/IEC 42001:2023, clause 6.1.3): for
# every Annex A control, whether Lendscore includes it, why (in its own
# words, from its AI risk assessment) and how far it is implemented. The
# controls that implement each one come from the mappings; the status is
# management's, not derived from them.

statement-of-applicability iso42001@2023 {
  version "1.2"
  date "2026-11-20"
  approver "Chief risk officer, for the board's risk committee"
  scope """
    The AI management system covers the design, development, operation and
    monitoring of Lendscore's credit and fraud scoring models and of the
    applicant document summariser, as provided to lenders through the
    risk-scoring API, and the teams in London and Lisbon that run them.
  """
}

include iso42001@2023:A.2.2 status implemented because "Lendscore provides a high-risk credit scoring system; a board-approved AI policy sets who may build, approve and change models."

include iso42001@2023:A.2.3 status implemented because "The AI policy has to agree with the information security, privacy and model risk policies the lenders rely on."

include iso42001@2023:A.2.4 status implemented because "Regulation and lenders' expectations change yearly; the policy is reviewed with them."

include iso42001@2023:A.3.2 status implemented because "Model owners, approvers and underwriter-facing roles must be named for each scoring system."

include iso42001@2023:A.3.3 status planned because "Staff and lenders need a route to raise concerns about model behaviour; the speak-up channel is being extended to AI concerns."

include iso42001@2023:A.4.2 status implemented because "The inventory of models, data sets and tools is the basis of every other assessment."

include iso42001@2023:A.4.3 status implemented because "Scores rest on lender-contributed and bureau data whose sources and rights must be known."

include iso42001@2023:A.4.4 status implemented because "Training and serving depend on tooling whose versions affect model behaviour."

include iso42001@2023:A.4.5 status implemented because "Lenders depend on 99.9% availability of the scoring endpoints."

include iso42001@2023:A.4.6 status in-progress because "Model reviewers and underwriters' guidance need defined competences; the skills matrix is being written."

include iso42001@2023:A.5.2 status implemented because "The credit score affects access to credit for natural persons: its impact must be assessed before release."

include iso42001@2023:A.5.3 status in-progress because "Impact assessments are done per release; keeping their records in one register is under way."

include iso42001@2023:A.5.4 status implemented because "Unfair declines of applicants are the main harm the risk assessment found."

include iso42001@2023:A.5.5 status planned because "Wider effects on access to credit are to be assessed with the lenders at the next annual review."

include iso42001@2023:A.6.1.2 status in-progress because "Objectives for accuracy, fairness and explainability are set per model; a company-wide set is being agreed."

include iso42001@2023:A.6.1.3 status in-progress because "The development process is followed in practice and is being written down as one procedure."

include iso42001@2023:A.6.2.2 status implemented because "Each model version has stated requirements that its evaluation checks."

include iso42001@2023:A.6.2.3 status in-progress because "Design decisions are recorded in model cards; design records for the summariser are being added."

include iso42001@2023:A.6.2.4 status implemented because "No model reaches lenders without evaluation, robustness and injection testing."

include iso42001@2023:A.6.2.5 status implemented because "Releases are approved changes with a tested rollback."

include iso42001@2023:A.6.2.6 status implemented because "Drift and accuracy degrade silently without monitoring."

include iso42001@2023:A.6.2.7 status implemented because "Lenders and the market surveillance authority need the technical documentation of the credit score."

include iso42001@2023:A.6.2.8 status implemented because "Every score must be traceable for five years, for lenders' disputes and the EU AI Act's logging duty."

include iso42001@2023:A.7.2 status implemented because "Training data decides model behaviour; its use must be managed."

include iso42001@2023:A.7.3 status implemented because "Bureau and lender data are acquired under contracts whose terms limit their use."

include iso42001@2023:A.7.4 status implemented because "Poisoned or low-quality data was rated a high risk for both models."

include iso42001@2023:A.7.5 status implemented because "Each model must be traced to the data it was trained on."

include iso42001@2023:A.7.6 status implemented because "Labels and derived features are prepared by people and a vendor; errors there reach the model."

include iso42001@2023:A.8.2 status implemented because "Lenders and underwriters need instructions for use and the score's limits."

include iso42001@2023:A.8.3 status in-progress because "Lenders and the authority must be able to report concerns to Lendscore; the external form is being published."

include iso42001@2023:A.8.4 status implemented because "Lenders must hear of incidents affecting their scores."

include iso42001@2023:A.8.5 status implemented because "Applicants' data is processed for lenders, who must be told what Lendscore does with it."

include iso42001@2023:A.9.2 status implemented because "Declines and scores near a cut-off are decided by people, on Lendscore's guidance."

include iso42001@2023:A.9.3 status planned because "Objectives for responsible use by lenders are to be added to the lender agreement."

include iso42001@2023:A.9.4 status implemented because "Using the fraud score for credit would change its intended purpose; use is restricted by contract and by key."

include iso42001@2023:A.10.2 status implemented because "Responsibilities between Lendscore, the lenders and the foundation model provider are allocated by contract."

include iso42001@2023:A.10.3 status implemented because "The foundation model provider and the labelling vendor affect model outputs."

include iso42001@2023:A.10.4 status in-progress because "Lenders are the customers who deploy the scores; what they are told and must do is being gathered into one customer pack."
