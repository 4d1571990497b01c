# Controls over the model lifecycle.

control AI-CM-01 "Model change approval" {
  owner "ML platform lead"
  frequency per-change
  nature preventive
  automation semi-automated
  description """
    Every model version promoted to production has an approved change
    record with evaluation results and a rollback plan.
  """
  mitigates model-regression, unauthorized-model-change
  evidence "Approved change records" {
    system "Ticketing"
    retention "7y"
  }
  test "Inspect a sample of model deployments; approval precedes deployment."
  satisfies nist-ai-rmf@1.0:MANAGE-4.1 intersects {
    rationale functional
    strength 6
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:GOVERN-1.4 subset
  satisfies nist-ai-rmf@1.0:MEASURE-2.5 intersects {
    note "Evaluation results are part of every approved change record."
  }
}

control AI-MON-01 "Drift and accuracy monitoring" {
  owner "ML operations lead"
  frequency continuous
  nature detective
  automation automated
  description """
    Production inputs and scores are compared daily with the training
    baseline; drift or accuracy beyond the agreed thresholds pages the
    on-call engineer.
  """
  mitigates model-drift, model-regression
  evidence "Drift dashboards and alert history" {
    system "Monitoring"
    retention "1y"
  }
  test "Re-perform: inject a shifted batch in staging and confirm an alert fires."
  satisfies nist-ai-rmf@1.0:MEASURE-2.4 equal {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-4.1 subset # post-deployment monitoring plan
  satisfies nist-ai-rmf@1.0:MEASURE-2.5 subset
}

control AI-INV-01 "AI system inventory" {
  owner "Head of GRC"
  frequency quarterly
  nature detective
  automation manual
  description "The inventory of AI systems and models is reviewed and signed off each quarter."
  evidence "Signed inventory review"
  test "Inspect the last four quarterly sign-offs."
  satisfies nist-ai-rmf:GOVERN-1.6 equal
}
