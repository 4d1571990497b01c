# The system in scope: a risk-scoring API sold to lenders.
system "Risk scoring API" {
  description """
    A hosted API that returns a creditworthiness score for consumer loan
    applicants and a fraud score for card transactions. Lenders call it from
    their own loan origination systems.
  """
  soc2 criteria security, availability, processing-integrity, confidentiality
  eu-ai-act role provider tier high-risk

  component "Model training pipeline" kind training-pipeline {
    description "Trains and evaluates the scoring models on curated, versioned data sets."
    owner "ML platform lead"
  }
  component "Model registry" kind model-registry
  component "Scoring API" kind model-serving {
    description "Serves scores over HTTPS behind an API gateway with per-client keys."
  }
  component "Inference log store" kind inference-log-store

  subservice "Cloud provider" carve-out {
    description "Hosts the compute, storage and network of the platform."
    csoc "The cloud provider restricts physical access to its data centres."
  }

  cuec "Lenders keep their API keys secret and rotate them when staff leave."
  commitment "99.9% monthly availability of the scoring endpoint."
}
