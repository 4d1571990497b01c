# Model lifecycle: evaluation, approval, release, rollback, documentation.

control AI-CM-01 "Model change approval" {
  owner "ML platform lead"
  frequency per-change
  nature preventive
  automation semi-automated
  description """
    Every model version, decision threshold or prompt template promoted to
    production has a change record in the ticketing system with the
    evaluation report from AI-VAL-01, the model card diff and a rollback
    plan, approved by the model owner and by Model Risk (a second line
    reviewer independent of the team that trained it). The registry refuses
    promotion without a linked approved record.
  """
  mitigates unapproved-model-change
  evidence "Approved model change records" {
    system "Ticketing"
    retention "7y"
  }
  evidence "Registry promotion log" {
    system "Model registry"
    retention "7y"
  }
  test "For a sample of 25 production promotions in the period, inspect the change record: approvals by the owner and Model Risk precede the promotion timestamp, and the evaluation report is attached."
  satisfies soc2@2017:CC8.1 subset {
    rationale functional
    strength 8
    status approved
    note "Covers model changes; code and infrastructure changes are ITGC-CM-01."
  }
  satisfies soc2@2017:CC6.8 intersects {
    status approved
    note "Only approved, registry-signed models can run in production."
  }
  satisfies iso42001@2023:A.6.2.5 equal {
    status approved
  }
  satisfies iso42001@2023:6.3 subset {
    status approved
  }
  satisfies iso42001@2023:8.1 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-1.4 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MANAGE-1.1 equal {
    rationale functional
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(b) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(c) subset {
    status reviewed
  }
}

control AI-CM-02 "Model rollback" {
  owner "ML platform lead"
  frequency quarterly
  nature corrective
  automation semi-automated
  description """
    The previous approved model version stays deployable for each endpoint;
    a one-command rollback restores it within 15 minutes. Rollback is
    exercised in production each quarter against the fraud endpoint and in
    staging against the credit endpoint.
  """
  mitigates unapproved-model-change, serving-unavailable
  evidence "Quarterly rollback exercise reports" {
    system "Confluence"
    retention "3y"
  }
  test "Inspect the four quarterly rollback reports; re-perform a rollback in staging and time it."
  satisfies soc2@2017:CC8.1 subset {
    status approved
  }
  satisfies soc2@2017:A1.2 intersects {
    status approved
  }
  satisfies iso42001@2023:A.6.2.5 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-2.4 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(4) subset {
    status reviewed
    note "Rollback is the fail-safe plan for a faulty model version."
  }
}

control AI-CM-03 "Signed model artifacts" {
  owner "ML platform lead"
  frequency continuous
  nature preventive
  automation automated
  description """
    The training pipeline signs each model artifact; the serving layer
    verifies the signature and the registry's approval status at load time
    and refuses anything else. Artifact buckets are write-once and readable
    only by the serving and registry roles.
  """
  mitigates unapproved-model-change, model-extraction
  evidence "Serving admission policy and denied-load events" {
    system "Kubernetes audit log"
    retention "1y"
  }
  test "Attempt to deploy an unsigned artifact in staging and observe the refusal; inspect the bucket policies."
  satisfies soc2@2017:CC6.8 subset {
    rationale functional
    strength 7
    status approved
  }
  satisfies soc2@2017:CC6.1 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.4 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) subset {
    status reviewed
    note "Counters model poisoning through a tampered artifact."
  }
}

control AI-VAL-01 "Pre-release model evaluation" {
  owner "Head of model risk"
  frequency per-change
  nature preventive
  automation semi-automated
  description """
    Before approval, each candidate model is evaluated on a held-out,
    time-split test set: discrimination (AUC, KS), calibration, stability
    of reason codes, robustness to perturbed inputs and a memorisation
    test (membership inference on a canary set). Results are compared with
    the thresholds in the model card; a miss blocks the release.
  """
  mitigates output-degradation, adversarial-inputs, training-data-leakage
  evidence "Evaluation reports" {
    system "Model registry"
    retention "10y"
    description "Kept ten years: the EU AI Act's documentation period for high-risk systems."
  }
  test "For a sample of releases, re-compute two metrics from the stored predictions and compare them with the report and the thresholds."
  satisfies soc2@2017:PI1.3 subset {
    status approved
  }
  satisfies soc2@2017:PI1.4 subset {
    status approved
  }
  satisfies iso42001@2023:A.6.2.4 equal {
    status approved
  }
  satisfies iso42001@2023:6.1.2 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.5 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.3 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 intersects {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.10 intersects {
    status reviewed
    note "The membership inference test on canaries."
  }
  satisfies eu-ai-act@2026:Art.15(1) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(3) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(d) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.9(8) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:AnnexIV.2(g) subset {
    status reviewed
  }
}

control AI-DOC-01 "Model cards and instructions for use" {
  owner "Head of model risk"
  frequency per-change
  nature preventive
  automation manual
  description """
    Each model version has a model card (intended purpose, data, metrics
    with their thresholds, known limits, reason-code meaning) and the
    lender-facing instructions for use are updated with it. The fraud score's
    instructions state that it must not be used to assess creditworthiness.
  """
  mitigates output-degradation, fraud-score-used-for-credit
  evidence "Published model cards and instructions for use" {
    system "Developer portal"
    retention "10y"
  }
  test "Compare the model card of the live versions with the evaluation reports; confirm the instructions for use were published before go-live."
  satisfies soc2@2017:PI1.1 subset {
    status approved
  }
  satisfies soc2@2017:CC2.3 intersects {
    status approved
  }
  satisfies iso42001@2023:A.6.2.7 equal {
    status approved
  }
  satisfies iso42001@2023:A.6.2.2 intersects {
    status approved
    note "The model card states the requirements each version must meet."
  }
  satisfies iso42001@2023:A.8.2 subset {
    status approved
  }
  satisfies iso42001@2023:A.9.4 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MAP-1.1 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MAP-2.3 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.11(1) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.13(3)(b) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.13(2) subset {
    status reviewed
  }
}
