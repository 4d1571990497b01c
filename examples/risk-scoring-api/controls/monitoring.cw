# Production monitoring of the models and their service.

control AI-MON-01 "Drift and accuracy monitoring" {
  owner "ML operations lead"
  frequency continuous
  nature detective
  automation automated
  description """
    Daily, the population stability index of every model input and of the
    score is computed against the training baseline; PSI above 0.2 on the
    score or on any top-10 feature pages the on-call ML engineer. Monthly,
    accuracy is re-measured on matured outcomes (90-day delinquency for
    credit, confirmed chargebacks for fraud); a fall of more than 3 AUC
    points opens a model risk incident.
  """
  mitigates model-drift, output-degradation
  evidence "Drift dashboards and alert history" {
    system "Monitoring"
    frequency daily
    retention "2y"
  }
  evidence "Monthly performance reports" {
    system "Confluence"
    frequency monthly
    retention "10y"
  }
  test "Re-perform: inject a shifted batch in staging and confirm an alert fires; inspect three monthly reports and the follow-up of any breach."
  satisfies soc2@2017:CC7.2 subset {
    rationale functional
    strength 6
    status approved
  }
  satisfies soc2@2017:PI1.3 intersects {
    status approved
  }
  satisfies soc2@2017:CC4.1 intersects {
    status approved
  }
  satisfies iso42001@2023:A.6.2.6 subset {
    status approved
  }
  satisfies iso42001@2023:9.1 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.4 equal {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-4.1 subset { # post-deployment monitoring plan
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MEASURE-4.3 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.72(1) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.72(2) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.72(3) subset {
    status reviewed
    note "The monitoring plan is part of the technical documentation."
  }
  satisfies eu-ai-act@2026:Art.15(1) intersects {
    status reviewed
  }
}

control AI-MON-02 "Abuse and extraction detection" {
  owner "Security operations lead"
  frequency continuous
  nature detective
  automation semi-automated
  description """
    The gateway streams per-key request features to the SIEM; rules flag
    query patterns typical of model extraction (high volume of near-duplicate
    applicants, systematic sweeps of one feature) and evasion probing
    (repeated transactions just under a lender's fraud threshold). Alerts
    are triaged within one business day.
  """
  mitigates model-extraction, adversarial-inputs
  evidence "Detection rules and triaged alerts" {
    system "SIEM"
    retention "1y"
  }
  test "Replay a recorded extraction sweep in staging and confirm the alert; inspect a sample of triaged alerts for timely closure."
  satisfies soc2@2017:CC7.2 subset {
    status approved
  }
  satisfies soc2@2017:CC6.6 subset {
    status approved
  }
  satisfies iso42001@2023:A.6.2.6 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-2.3 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) subset {
    status reviewed
  }
}

control AI-MON-03 "Latency objectives and fallback responses" {
  owner "Scoring service lead"
  frequency continuous
  nature detective
  automation automated
  description """
    Each endpoint has latency and error-rate objectives (fraud: 150 ms at
    p99; credit: 2 s at p99). When the model does not answer in time the
    API returns an explicit `score_unavailable` status, never a default
    score, and the miss is counted against the objective; breaches page the
    on-call engineer.
  """
  mitigates serving-unavailable, inference-timeout-in-decisions
  evidence "Objective dashboards and paging history" {
    system "Monitoring"
    retention "1y"
  }
  test "Inject latency in staging and confirm `score_unavailable` and the page; inspect the objective reports for the period."
  satisfies soc2@2017:A1.1 subset {
    status approved
  }
  satisfies soc2@2017:PI1.3 subset {
    status approved
  }
  satisfies iso42001@2023:A.6.2.6 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.5 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-2.4 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(4) subset {
    status reviewed
  }
}
