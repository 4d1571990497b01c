# Security of the models: extraction, injection, evasion, leakage.

control AI-SEC-01 "Rate limiting and quotas on the scoring API" {
  owner "Scoring service lead"
  frequency continuous
  nature preventive
  automation automated
  description """
    The API gateway enforces per-key rate limits and daily quotas sized to
    each lender's contracted volume; bulk scoring runs only through the
    batch interface with its own approval. Responses carry the score band
    and reason codes, never raw model probabilities.
  """
  mitigates model-extraction, serving-unavailable
  evidence "Gateway rate-limit configuration and throttling events" {
    system "API gateway"
    retention "1y"
  }
  test "Inspect the configuration for every production key; exceed a key's limit in staging and observe HTTP 429."
  satisfies soc2@2017:CC6.6 subset {
    rationale functional
    strength 6
    status approved
  }
  satisfies soc2@2017:A1.1 intersects {
    status approved
  }
  satisfies soc2@2017:C1.1 intersects {
    status approved
    note "Limits what a caller can learn about the confidential model."
  }
  satisfies iso42001@2023:A.4.3 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) subset {
    status reviewed
  }
}

control AI-SEC-02 "Prompt-injection testing of the summariser" {
  owner "Applied ML lead"
  frequency quarterly
  nature detective
  automation semi-automated
  description """
    Before each prompt or model version change, and every quarter, the
    summariser is run against a maintained suite of direct and indirect
    injection cases (instructions hidden in payslips and statements, in
    white text, in image text). A summary that follows an injected
    instruction fails the release.
  """
  mitigates prompt-injection
  evidence "Injection test suite runs" {
    system "CI"
    retention "3y"
  }
  test "Inspect the quarterly runs and the release gate; add one new injection case and confirm the suite catches it."
  satisfies soc2@2017:CC7.1 intersects {
    status approved
  }
  satisfies soc2@2017:PI1.2 intersects {
    status approved
  }
  satisfies iso42001@2023:A.6.2.4 subset {
    status approved
  }
  satisfies iso42001@2023:6.1.2 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MANAGE-3.2 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.9(2)(b) subset {
    status reviewed
  }
}

control AI-SEC-03 "Prompt-injection detection and input isolation" {
  owner "Applied ML lead"
  frequency continuous
  nature preventive
  automation automated
  description """
    Document text reaches the foundation model only inside a delimited data
    section of a fixed template; a classifier screens extracted text for
    instructions before the call, and outputs are checked against the
    summary schema. Blocked or malformed results are logged and the
    underwriter sees "summary unavailable".
  """
  mitigates prompt-injection
  evidence "Screening and schema-check events" {
    system "SIEM"
    retention "1y"
  }
  test "Submit a document with an embedded instruction in staging; confirm it is flagged and no summary follows it."
  satisfies soc2@2017:CC6.6 subset {
    status approved
  }
  satisfies soc2@2017:CC7.2 subset {
    status approved
  }
  satisfies soc2@2017:PI1.2 subset {
    status approved
  }
  satisfies iso42001@2023:A.6.2.6 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-3.2 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) subset {
    status reviewed
  }
}

control AI-SEC-04 "Adversarial robustness testing of the fraud model" {
  owner "Head of model risk"
  frequency quarterly
  nature detective
  automation semi-automated
  description """
    Each quarter and before each fraud model release, a red team generates
    evasion attempts (transactions perturbed within plausible ranges along
    the model's most influential features) and measures the detection
    rate; a drop of more than 5 points against the baseline blocks release.
  """
  mitigates adversarial-inputs
  evidence "Robustness test reports" {
    system "Model registry"
    retention "10y"
  }
  test "Inspect the quarterly reports; re-run one scenario from the stored seed and compare the detection rate."
  satisfies soc2@2017:PI1.3 intersects {
    status approved
  }
  satisfies soc2@2017:CC7.2 intersects {
    status approved
  }
  satisfies iso42001@2023:A.6.2.4 subset {
    status approved
  }
  satisfies iso42001@2023:6.1.2 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.5 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(4) subset {
    status reviewed
  }
}

control AI-SEC-05 "Access reviews for training data and model artifacts" {
  owner "Head of data"
  frequency quarterly
  nature detective
  automation manual
  description """
    Each quarter the data owners review who can read the training data
    sets, the feature store and the model artifact buckets; access not
    justified by a current role is removed within five business days.
  """
  mitigates model-extraction, training-data-poisoning, personal-data-in-training
  evidence "Signed quarterly access reviews" {
    system "GRC tool"
    retention "3y"
  }
  test "Inspect the four reviews; for a sample of removals, confirm the access was revoked within five business days."
  satisfies soc2@2017:CC6.3 subset {
    status approved
  }
  satisfies soc2@2017:CC6.2 intersects {
    status approved
  }
  satisfies soc2@2017:CC6.1 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.3 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.10 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) intersects {
    status reviewed
  }
}

control AI-SEC-06 "Tenant isolation of retrieval and outputs" {
  owner "Applied ML lead"
  frequency continuous
  nature preventive
  automation automated
  description """
    The retrieval index is partitioned by lender and application, and every
    query carries the caller's tenant; summaries pass a filter that
    removes account and card numbers. Models are trained without free text,
    so scores cannot echo training records.
  """
  mitigates training-data-leakage, prompt-injection
  evidence "Isolation test results and filter configuration" {
    system "CI"
    retention "3y"
  }
  test "Query the index in staging with one lender's credentials for another lender's application; expect no result."
  satisfies soc2@2017:C1.1 subset {
    status approved
  }
  satisfies soc2@2017:CC6.1 subset {
    status approved
  }
  satisfies soc2@2017:P6.1 intersects {
    status approved
  }
  satisfies iso42001@2023:A.6.2.4 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.10 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) subset {
    status reviewed
  }
}
