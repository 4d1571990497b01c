# The system in scope: Lendscore's risk-scoring API, sold to lenders.
#
# Lendscore (a fictional company) trains and runs two scoring models and
# sells their scores over an API: a creditworthiness score for consumer loan
# applicants and a fraud score for card transactions. A third-party
# foundation model summarises the documents applicants upload, for the
# lenders' underwriters.
#
# EU AI Act: Lendscore is the provider of both AI systems. The credit score
# is high-risk under Annex III point 5(b) (creditworthiness of natural
# persons); the same point leaves out systems used to detect financial
# fraud, so the fraud score is not high-risk. Each serving component carries
# its own classification below; the high-risk obligations apply because the
# credit score is in scope (`crosswalk explain eu-ai-act@2026:Art.15(5)`
# says through which component).

system "Lendscore risk-scoring API" {
  company "Lendscore Ltd"
  description """
    A hosted API that lenders call from their loan origination and card
    authorisation systems. `POST /v2/credit-score` returns a
    creditworthiness score (0-1000) with the four strongest reason codes
    for a consumer loan applicant; `POST /v2/fraud-score` returns a fraud
    probability for a card transaction within 150 ms. Scores are produced
    by gradient-boosted models Lendscore trains on lender-contributed
    application and repayment data and on bureau data. Applicant documents
    (payslips, bank statements) are summarised by a third-party foundation
    model for the lender's underwriter; the summary never feeds the score.
  """
  soc2 criteria security, availability, processing-integrity, confidentiality, privacy
  soc2 report type-2 from "2026-01-01" to "2026-12-31"
  eu-ai-act role provider

  component "Application and bureau data ingestion" kind data-ingestion {
    description "Batch and streaming pipelines that bring lender-contributed applications, repayment outcomes, chargebacks and bureau files into the data lake."
    owner "Data platform lead"
  }
  component "Document labelling vendor" kind labelling-vendor {
    description "A contracted vendor labels a sample of applicant documents (document type, income fields) used to evaluate the summariser."
    owner "Head of data"
  }
  component "Feature store" kind feature-store {
    description "Versioned features computed from ingested data, shared by training and serving so both see the same definitions."
    owner "Data platform lead"
  }
  component "Model training pipeline" kind training-pipeline {
    description "Trains and evaluates the credit and fraud models on versioned, lineage-tracked data sets in an isolated training account."
    owner "ML platform lead"
  }
  component "Model registry" kind model-registry {
    description "Holds every model version with its evaluation report, model card and signature; only approved versions can be promoted."
    owner "ML platform lead"
  }
  component "Credit score API" kind model-serving {
    description "Serves the creditworthiness score and reason codes behind the API gateway."
    owner "Scoring service lead"
    eu-ai-act tier high-risk basis eu-ai-act@2026:AnnexIII.5(b) because "Annex III point 5(b): evaluates the creditworthiness of natural persons and establishes their credit score"
  }
  component "Fraud score API" kind model-serving {
    description "Serves the transaction fraud score behind the API gateway."
    owner "Scoring service lead"
    eu-ai-act tier minimal because "Annex III point 5(b) excludes AI systems used to detect financial fraud; no other Annex III use and no Art. 50 interaction with people"
  }
  component "Applicant document summariser" kind third-party-model {
    description "Calls a hosted foundation model (pinned version) to summarise uploaded applicant documents for the lender's underwriter."
    owner "Applied ML lead"
  }
  component "Document retrieval index" kind vector-store {
    description "Per-application embeddings of uploaded documents that the summariser retrieves from; partitioned by lender and application."
    owner "Applied ML lead"
  }
  component "Inference log store" kind inference-log-store {
    description "Append-only store of every scoring request, response, model version and caller, with hash-chained daily segments."
    owner "Scoring service lead"
  }
  component "Model monitoring" kind monitoring {
    description "Computes drift, score distribution, accuracy against matured outcomes, latency and abuse signals; pages on threshold breaches."
    owner "ML operations lead"
  }
  component "Underwriter review queue" kind human-review {
    description "Routes declines and scores near a lender's cut-off, with reason codes and the document summary, to the lender's underwriters for decision."
    owner "Product lead, credit"
  }
  component "Cloud platform" kind infrastructure {
    description "Compute, storage, networking and managed databases in two regions."
  }
  component "Engineering and operations staff" kind people
  component "Operating procedures" kind procedures {
    description "The model risk, change, incident, access and vendor procedures in the policy portal, and the runbooks of the on-call rota."
    owner "Chief risk officer"
  }

  subservice "Cloud provider" carve-out {
    description "Hosts the compute, storage, network and key management of the platform."
    csoc "The cloud provider restricts physical access to its data centres to authorised personnel." supports soc2@2017:CC6.4
    csoc "The cloud provider protects its facilities against environmental threats and keeps redundant power and network." supports soc2@2017:A1.2
    csoc "The cloud provider manages changes to the underlying infrastructure it operates." supports soc2@2017:CC8.1
  }
  subservice "Foundation model provider" carve-out {
    description "Hosts the foundation model the document summariser calls, under an enterprise agreement with zero data retention."
    csoc "The foundation model provider does not retain or train on prompts and outputs submitted under the enterprise agreement." supports soc2@2017:C1.2, soc2@2017:P4.2
    csoc "The foundation model provider gives at least 90 days' notice before retiring a pinned model version." supports soc2@2017:CC8.1
    csoc "The foundation model provider restricts and logs its personnel's access to customer prompts and outputs." supports soc2@2017:CC6.1, soc2@2017:C1.1
  }

  cuec "Lenders keep their API keys secret, restrict them to their own systems and rotate them when staff leave." supports soc2@2017:CC6.1, soc2@2017:CC6.2
  cuec """
    Lenders, as deployers of a high-risk AI system under Annex III point
    5(b), carry out the fundamental rights impact assessment Art. 27 of the
    EU AI Act asks of them before first use of the credit score, and notify
    its results to the market surveillance authority.
  """ supports eu-ai-act@2026:Art.27(1)(a), eu-ai-act@2026:Art.27(1)(f), eu-ai-act@2026:Art.27(3)
  cuec "Lenders assign competent people to oversee credit decisions informed by the score (Art. 26(2)) and decide declines themselves." supports eu-ai-act@2026:Art.26(2)
  cuec "Lenders keep the logs of their own use of the credit score for at least six months (Art. 26(6))." supports eu-ai-act@2026:Art.26(6)
  cuec "Lenders use the fraud score only to detect fraud, never to assess creditworthiness: another use changes the intended purpose (Art. 25(1)(c))." supports eu-ai-act@2026:Art.25(1)(c)
  cuec "Lenders inform applicants that an AI system contributed to a decision about them and handle applicants' requests and complaints." supports soc2@2017:P1.1, soc2@2017:P5.1
  commitment "99.9% monthly availability of each scoring endpoint; fraud scores within 150 ms at the 99th percentile."
  commitment "Every production model meets the accuracy declared in its model card; lenders are told 30 days before a new model version goes live."
  commitment "Erasure requests forwarded by a lender are completed in the data lake, feature store and logs within 30 days."

  # What the system must do so the commitments hold.
  system-requirement "Both scoring endpoints run in two regions behind a health-checked load balancer, and the credit API falls back to the lender's manual review when no score is ready in time."
  system-requirement "No model version reaches production without an approved change record, its evaluation report and a tested rollback."
  system-requirement "Requests, scores, reason codes and model versions are logged for every call and kept for at least five years, tamper-evident."
  system-requirement "Lender data is encrypted in transit and at rest and separated per lender in the feature store and the retrieval index."

  # Significant incidents and changes in the period, as management reports them.
  incident "None to date in the period: no incident caused a score to be wrong, unavailable beyond the commitment, or disclosed to another lender."
  change "In April 2026 the fraud model moved from logistic regression to gradient-boosted trees; lenders were told 30 days before, as committed."

  boundary "In scope: the credit and fraud scoring APIs, the data ingestion, feature store, training pipeline, model registry, monitoring, inference logs, the document summariser and retrieval index, and the people and procedures that run them."
  boundary "Out of scope: lenders' loan origination and card authorisation systems, and their credit decisions; the cloud provider's and the foundation model provider's own controls (carved out)."
}
