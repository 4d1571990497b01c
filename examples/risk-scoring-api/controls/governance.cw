# Governance: policy, risk and impact assessment, inventory, incidents,
# continuity.

control AI-POL-01 "AI policy" {
  owner "Chief risk officer"
  frequency annual
  nature preventive
  automation manual
  description """
    The AI policy sets the principles, roles and approval levels for
    developing and operating models; it is approved by the board's risk
    committee and reviewed every year.
  """
  evidence "Approved AI policy and review minutes" {
    system "Policy portal"
    retention "7y"
  }
  test "Inspect the approval and the last annual review."
  satisfies iso42001@2023:5.2 equal {
    status approved
  }
  satisfies iso42001@2023:A.2.2 equal {
    status approved
  }
  satisfies iso42001@2023:A.2.4 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-1.2 subset {
    status reviewed
  }
  satisfies soc2@2017:CC5.3 intersects {
    status approved
  }
  satisfies eu-ai-act@2026:Art.17(1)(a) intersects {
    status reviewed
  }
}

control AI-RISK-01 "AI risk assessment" {
  owner "Chief risk officer"
  frequency annual
  nature preventive
  automation manual
  description """
    The AI risk register (this project's `crosswalk risks`) is reviewed each
    year and at each material model change: likelihood and impact of each
    risk, including foreseeable misuse, effects on vulnerable applicants,
    and the treatment chosen.
  """
  mitigates adversarial-inputs, prompt-injection, biased-outcomes
  evidence "Risk assessment with treatment decisions" {
    system "GRC tool"
    retention "10y"
  }
  test "Inspect the annual assessment and one change-triggered assessment; trace two treatments to controls."
  satisfies soc2@2017:CC3.2 subset {
    status approved
  }
  satisfies soc2@2017:CC3.1 intersects {
    status approved
  }
  satisfies iso42001@2023:6.1.2 equal {
    status approved
  }
  satisfies iso42001@2023:8.2 subset {
    status approved
  }
  satisfies iso42001@2023:6.1.3 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MAP-4.1 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MAP-5.1 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.9(1) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.9(2)(a) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.9(2)(b) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.9(9) subset {
    status reviewed
  }
}

control AI-IMP-01 "AI system impact assessment" {
  owner "Data protection officer"
  frequency annual
  nature preventive
  automation manual
  description """
    Each scoring system has an impact assessment of its effects on
    applicants (wrongful declines, exclusion of thin-file applicants,
    privacy), reviewed each year and with each new data source. Societal
    impacts beyond individual applicants are not yet assessed.
  """
  mitigates biased-outcomes, personal-data-in-training
  evidence "Impact assessments" {
    system "GRC tool"
    retention "10y"
  }
  test "Inspect the assessments of both systems and their last review."
  satisfies iso42001@2023:6.1.4 equal {
    status approved
  }
  satisfies iso42001@2023:A.5.2 subset {
    status approved
  }
  satisfies iso42001@2023:A.5.4 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MAP-5.1 subset {
    status reviewed
  }
  satisfies soc2@2017:CC3.2 intersects {
    status approved
  }
  satisfies eu-ai-act@2026:Art.9(9) intersects {
    status reviewed
  }
}

control AI-INV-01 "AI system inventory" {
  owner "Head of GRC"
  frequency quarterly
  nature detective
  automation manual
  description """
    The inventory of AI systems and models, with each one's owner, purpose,
    EU AI Act classification and its basis, is reviewed and signed off each
    quarter.
  """
  evidence "Signed inventory review" {
    system "GRC tool"
    retention "3y"
  }
  test "Inspect the last four quarterly sign-offs; trace the registry's production models to the inventory."
  satisfies nist-ai-rmf:GOVERN-1.6 equal {
    status reviewed
  }
  satisfies iso42001@2023:A.4.2 subset {
    status approved
  }
  satisfies soc2@2017:CC2.1 intersects {
    status approved
  }
  satisfies eu-ai-act@2026:Art.49(1) intersects {
    status reviewed
    note "The inventory's classification decides which systems are registered."
  }
}

control AI-IR-01 "Incident runbooks for model misbehaviour" {
  owner "ML operations lead"
  frequency per-change
  nature corrective
  automation manual
  description """
    Runbooks cover a drifting or degraded model, a suspected poisoning or
    extraction, a summariser following injected instructions and a biased
    release: containment (rollback, disabling the summariser), assessment,
    notification of lenders and, for the credit score, of serious incidents
    to the market surveillance authority within the legal deadline.
  """
  mitigates model-drift
  evidence "Runbooks and incident post-mortems" {
    system "Confluence"
    retention "10y"
  }
  test "Inspect the runbooks and the post-mortems of the period; walk through one runbook with the on-call engineer."
  satisfies soc2@2017:CC7.3 subset {
    status approved
  }
  satisfies soc2@2017:CC7.4 subset {
    status approved
  }
  satisfies iso42001@2023:A.8.4 subset {
    status approved
  }
  satisfies iso42001@2023:10.2 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-4.3 equal {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MANAGE-4.1 intersects {
    status reviewed
    note "The post-deployment plan's incident response and recovery mechanisms."
  }
  satisfies nist-ai-rmf@1.0:MANAGE-2.3 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.73(1) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.73(6) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.20(1) subset {
    status reviewed
  }
}

control AI-DR-01 "Disaster recovery of model artifacts" {
  owner "ML platform lead"
  frequency annual
  nature corrective
  automation semi-automated
  description """
    Model artifacts, the registry, the feature store and the training
    snapshots of live models are replicated to a second region; each year
    the scoring service is restored there from them and scores compared
    with production on a replayed day.
  """
  mitigates serving-unavailable
  evidence "Annual DR test report" {
    system "Confluence"
    retention "3y"
  }
  test "Inspect the DR test report: recovery time against the 4-hour objective and the score comparison."
  satisfies soc2@2017:A1.2 subset {
    status approved
  }
  satisfies soc2@2017:A1.3 subset {
    status approved
  }
  satisfies soc2@2017:CC9.1 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.5 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-2.4 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(4) subset {
    status reviewed
  }
}

control AI-FB-01 "Fallback decision policy when scores are unavailable" {
  owner "Product lead, credit"
  frequency annual
  nature corrective
  automation manual
  description """
    Each lender's onboarding records a fallback for score outages (manual
    underwriting queue for credit; the lender's own rules for fraud); the
    fallback is exercised in the annual DR test.
  """
  mitigates serving-unavailable, inference-timeout-in-decisions
  evidence "Fallback records per lender" {
    system "CRM"
    retention "5y"
  }
  test "For a sample of lenders, inspect the recorded fallback; inspect its exercise in the DR test."
  satisfies nist-ai-rmf@1.0:MANAGE-2.1 equal {
    status reviewed
  }
  satisfies soc2@2017:CC9.1 intersects {
    status approved
  }
  satisfies iso42001@2023:A.6.2.6 intersects {
    status approved
  }
  satisfies eu-ai-act@2026:Art.15(4) intersects {
    status reviewed
  }
}

control GOV-01 "Board oversight of risk" {
  owner "Chief executive officer"
  frequency quarterly
  nature detective
  automation manual
  description """
    The board's risk committee, with an independent chair, reviews security,
    model risk and compliance reports each quarter, including the AI risk
    register and open gaps.
  """
  evidence "Risk committee minutes" {
    system "Board portal"
    retention "10y"
  }
  test "Inspect the minutes of the four meetings for the reports and decisions listed."
  satisfies soc2@2017:CC1.2 equal {
    status approved
  }
  satisfies iso42001@2023:5.1 subset {
    status approved
  }
  satisfies iso42001@2023:9.3.1 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-2.3 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(m) intersects {
    status reviewed
  }
}

control GOV-02 "Code of conduct and accountability" {
  owner "Chief people officer"
  frequency annual
  nature preventive
  automation semi-automated
  description """
    Employees and contractors accept the code of conduct, including the
    responsible-AI commitments, at hiring and yearly; breaches go through a
    documented disciplinary process, and control owners' duties are in
    their objectives.
  """
  evidence "Signed acknowledgements and disciplinary log" {
    system "HR system"
    retention "7y"
  }
  test "Compare acknowledgements with the headcount; inspect the handling of any breach in the period."
  satisfies soc2@2017:CC1.1 equal {
    status approved
  }
  satisfies soc2@2017:CC1.5 subset {
    status approved
  }
  satisfies iso42001@2023:A.2.3 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-4.1 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(m) intersects {
    status reviewed
  }
}

control GOV-03 "Organisation, roles and reporting lines" {
  owner "Chief operating officer"
  frequency annual
  nature preventive
  automation manual
  description """
    The organisation chart and the roles for security, model risk, data
    protection and each AI system's owner are documented and reviewed
    yearly; model risk reports to the chief risk officer, independent of
    the teams that build models.
  """
  evidence "Organisation chart and role descriptions" {
    system "HR system"
    retention "3y"
  }
  test "Inspect the chart and the role descriptions; confirm the model risk reporting line."
  satisfies soc2@2017:CC1.3 equal {
    status approved
  }
  satisfies iso42001@2023:5.3 subset {
    status approved
  }
  satisfies iso42001@2023:A.3.2 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-2.1 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(m) subset {
    status reviewed
  }
}

control GOV-04 "Enterprise risk assessment, fraud risk included" {
  owner "Chief risk officer"
  frequency annual
  nature preventive
  automation manual
  description """
    Each year the enterprise risk assessment covers strategic, operational,
    fraud (including misuse of access to scores and data) and regulatory
    risks and significant changes such as new products or providers, and
    selects the controls and technology controls that treat them.
  """
  evidence "Enterprise risk assessment" {
    system "GRC tool"
    retention "7y"
  }
  test "Inspect the assessment for the fraud and change sections and the link from risks to controls."
  satisfies soc2@2017:CC3.3 equal {
    status approved
  }
  satisfies soc2@2017:CC3.4 subset {
    status approved
  }
  satisfies soc2@2017:CC5.1 subset {
    status approved
  }
  satisfies soc2@2017:CC5.2 subset {
    status approved
  }
  satisfies iso42001@2023:6.1.1 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-1.3 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.9(10) intersects {
    status reviewed
  }
}

control GOV-05 "Internal audit and deficiency tracking" {
  owner "Head of internal audit"
  frequency annual
  nature detective
  automation manual
  description """
    Internal audit tests a rotating set of controls each year, AI controls
    included; deficiencies are logged with owners and dates and reported
    to the risk committee until closed.
  """
  evidence "Audit reports and deficiency log" {
    system "GRC tool"
    retention "7y"
  }
  test "Inspect the audit plan and reports; trace three deficiencies to closure or escalation."
  satisfies soc2@2017:CC4.2 equal {
    status approved
  }
  satisfies soc2@2017:CC4.1 subset {
    status approved
  }
  satisfies iso42001@2023:9.2.2 subset {
    status approved
  }
  satisfies iso42001@2023:10.2 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-1.3 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(h) intersects {
    status reviewed
  }
}
