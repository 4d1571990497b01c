# Third parties: the foundation model provider and vendors in general.

control AI-VEN-01 "Foundation model provider assessment" {
  owner "Head of GRC"
  frequency annual
  nature preventive
  automation manual
  description """
    Before contracting and every year, the foundation model provider is
    assessed: its SOC 2 Type II report and bridge letter, data retention
    and training terms (zero retention required), model deprecation
    policy, incident notification terms and sub-processors. The agreement
    states what Lendscore needs to meet its own EU AI Act obligations.
  """
  mitigates foundation-model-dependency
  evidence "Vendor assessment and signed agreement" {
    system "GRC tool"
    retention "7y"
  }
  test "Inspect the latest assessment, the provider's SOC 2 report review and the agreement's data and notice terms."
  satisfies soc2@2017:CC9.2 subset {
    rationale functional
    strength 7
    status approved
  }
  satisfies soc2@2017:CC3.2 intersects {
    status approved
  }
  satisfies iso42001@2023:A.10.3 subset {
    status approved
  }
  satisfies iso42001@2023:A.10.2 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-6.1 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MANAGE-3.1 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.25(4) subset {
    status reviewed
  }
}

control AI-VEN-02 "Pinned foundation model version with monitoring" {
  owner "Applied ML lead"
  frequency continuous
  nature detective
  automation automated
  description """
    The summariser calls a pinned model version; a version change is a
    model change under AI-CM-01. A daily canary set of documents checks the
    summaries' field accuracy and the provider's latency; a breach or an
    outage switches the queue to "summary unavailable" and underwriters read
    the documents directly.
  """
  mitigates foundation-model-dependency, output-degradation, prompt-injection
  evidence "Canary results and failover events" {
    system "Monitoring"
    retention "1y"
  }
  test "Inspect canary results for the period; simulate a provider outage in staging and confirm the fallback."
  satisfies soc2@2017:CC9.2 intersects {
    status approved
  }
  satisfies iso42001@2023:A.10.3 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-6.2 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MANAGE-3.2 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.3 intersects {
    status reviewed
    note "The daily canary measures summary accuracy in production conditions."
  }
  satisfies eu-ai-act@2026:Art.15(4) intersects {
    status reviewed
  }
}

control ITGC-VEN-01 "Vendor management programme" {
  owner "Head of GRC"
  frequency annual
  nature preventive
  automation manual
  description """
    Vendors with access to data or systems are risk-tiered at onboarding,
    contracted with security and confidentiality terms, and reassessed
    annually (critical) or every two years (others).
  """
  evidence "Vendor inventory with tiers and assessment dates" {
    system "GRC tool"
    retention "7y"
  }
  test "For a sample of critical vendors, inspect the latest assessment and contract terms."
  satisfies soc2@2017:CC9.2 equal {
    status approved
  }
  satisfies soc2@2017:P6.4 subset {
    status approved
  }
  satisfies iso42001@2023:A.10.3 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-6.1 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.25(4) intersects {
    status reviewed
  }
}
