# IT general controls. ISO/IEC 42001 holds no access, backup or
# vulnerability controls (those are ISO/IEC 27001's): where one of these
# meets nothing in it, the mapping says so with `no-relationship`, a
# reviewed non-match, rather than staying silent.

control ITGC-AC-01 "Access provisioning and deprovisioning" {
  owner "IT operations lead"
  frequency per-change
  nature preventive
  automation semi-automated
  description """
    Access to production systems is granted through the identity provider
    on an approved ticket naming the role; leavers are disabled in the
    identity provider on their last day by the HR system's feed, which
    removes every downstream account.
  """
  evidence "Access tickets and leaver reports" {
    system "Ticketing"
    retention "3y"
  }
  test "For samples of joiners and leavers, compare approval and disablement dates with HR records."
  satisfies soc2@2017:CC6.2 equal {
    status approved
  }
  satisfies soc2@2017:CC6.1 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.6 no-relationship {
    status approved
    note "Reviewed: A.4.6 documents human resources for the AI system, not their access."
  }
  satisfies nist-ai-rmf@1.0:GOVERN-2.1 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) intersects {
    status reviewed
    note "Access control is part of the cybersecurity a high-risk system needs."
  }
}

control ITGC-AC-02 "Quarterly user access reviews" {
  owner "IT operations lead"
  frequency quarterly
  nature detective
  automation manual
  description """
    System owners review the users and roles of every production system
    each quarter; corrections are made within five business days.
  """
  evidence "Signed access reviews" {
    system "GRC tool"
    retention "3y"
  }
  test "Inspect the reviews; confirm a sample of removals was made."
  satisfies soc2@2017:CC6.3 subset {
    status approved
  }
  satisfies soc2@2017:CC6.2 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.4 no-relationship {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-1.5 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(1) intersects {
    status reviewed
  }
}

control ITGC-MFA-01 "Multi-factor authentication" {
  owner "Security operations lead"
  frequency continuous
  nature preventive
  automation automated
  description "Every workforce login to the identity provider, cloud console and code host requires phishing-resistant MFA; API clients use keys bound to the lender."
  evidence "Identity provider authentication policy" {
    system "IAM"
    retention "1y"
  }
  test "Inspect the policy and its exceptions list; attempt a login without the second factor."
  satisfies soc2@2017:CC6.1 subset {
    status approved
  }
  satisfies soc2@2017:CC6.6 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.5 no-relationship {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) intersects {
    status reviewed
  }
}

control ITGC-ENC-01 "Encryption in transit and at rest" {
  owner "Security operations lead"
  frequency continuous
  nature preventive
  automation automated
  description "TLS 1.2 or later on every external and internal connection; storage, databases and backups encrypted with keys held in the cloud key management service, rotated yearly."
  evidence "Configuration compliance report" {
    system "Cloud security posture tool"
    retention "1y"
  }
  test "Inspect the posture report for unencrypted resources; scan the public endpoints' TLS configuration."
  satisfies soc2@2017:CC6.7 equal {
    status approved
  }
  satisfies soc2@2017:CC6.1 subset {
    status approved
  }
  satisfies soc2@2017:C1.1 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.5 no-relationship {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) intersects {
    status reviewed
  }
}

control ITGC-BCK-01 "Backups and restore tests" {
  owner "IT operations lead"
  frequency daily
  nature corrective
  automation automated
  description "Databases and object stores are backed up daily to a second region with 35-day retention; a restore is tested each quarter."
  evidence "Backup job history and restore test records" {
    system "Cloud backup service"
    retention "1y"
  }
  test "Inspect the job history for failures and their follow-up; inspect the quarterly restore tests."
  satisfies soc2@2017:A1.2 subset {
    status approved
  }
  satisfies soc2@2017:CC7.5 intersects {
    status approved
  }
  satisfies iso42001@2023:A.4.5 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MANAGE-2.4 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(4) intersects {
    status reviewed
  }
}

control ITGC-VUL-01 "Vulnerability and malware management" {
  owner "Security operations lead"
  frequency continuous
  nature detective
  automation automated
  description """
    Container images, hosts and dependencies are scanned continuously;
    critical findings are fixed within 7 days and high within 30. Only
    images built by CI from the main branch and signed may run; endpoint
    protection runs on every workforce device. An external penetration
    test runs yearly.
  """
  evidence "Scanner findings with remediation dates; penetration test report" {
    system "Vulnerability scanner"
    retention "3y"
  }
  test "Inspect the findings aged past their deadline; inspect the admission policy and the penetration test's follow-up."
  satisfies soc2@2017:CC7.1 equal {
    status approved
  }
  satisfies soc2@2017:CC6.8 subset {
    status approved
  }
  satisfies iso42001@2023:A.6.2.6 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) intersects {
    status reviewed
  }
}

control ITGC-LOG-01 "Security logging and alerting" {
  owner "Security operations lead"
  frequency continuous
  nature detective
  automation semi-automated
  description "Cloud, identity, gateway and host logs feed the SIEM; alert rules for anomalous activity page the on-call security engineer, who triages within one hour for high severity."
  evidence "SIEM source inventory and alert triage records" {
    system "SIEM"
    retention "1y"
  }
  test "Confirm each production log source reports to the SIEM; inspect a sample of alerts for triage within the target."
  satisfies soc2@2017:CC7.2 equal {
    status approved
  }
  satisfies soc2@2017:CC7.3 subset {
    status approved
  }
  satisfies iso42001@2023:A.6.2.8 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MEASURE-2.7 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.12(1) intersects {
    status reviewed
  }
}

control ITGC-CM-01 "Change management for code and infrastructure" {
  owner "Engineering manager"
  frequency per-change
  nature preventive
  automation semi-automated
  description "Changes to application code and infrastructure-as-code merge only through pull requests approved by a second engineer with passing tests; emergency changes are reviewed within two business days."
  evidence "Merged pull requests and branch protection settings" {
    system "Code host"
    retention "3y"
  }
  test "For a sample of production deployments, confirm an approved pull request by another engineer and passing checks."
  satisfies soc2@2017:CC8.1 equal {
    status approved
  }
  satisfies iso42001@2023:A.6.2.5 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-1.4 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.17(1)(c) intersects {
    status reviewed
  }
}

control ITGC-SAT-01 "Security and AI awareness training" {
  owner "Head of GRC"
  frequency annual
  nature preventive
  automation semi-automated
  description "Every employee completes security and AI-use awareness training at hiring and yearly, and phishing simulations run quarterly."
  evidence "Training completion records" {
    system "Learning platform"
    retention "3y"
  }
  test "Compare completion records with the HR headcount."
  satisfies soc2@2017:CC2.2 subset {
    status approved
  }
  satisfies soc2@2017:CC1.4 intersects {
    status approved
  }
  satisfies iso42001@2023:7.3 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-2.2 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.4 intersects {
    status reviewed
  }
}

control ITGC-BCP-01 "Business continuity plan" {
  owner "Chief operating officer"
  frequency annual
  nature corrective
  automation manual
  description "The business continuity plan covers loss of a region, of the foundation model provider and of key staff; it is reviewed and exercised yearly."
  evidence "Plan and exercise report" {
    system "Confluence"
    retention "3y"
  }
  test "Inspect the plan's review and the exercise report's findings."
  satisfies soc2@2017:CC9.1 equal {
    status approved
  }
  satisfies soc2@2017:A1.3 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.5 intersects {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-6.2 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(4) intersects {
    status reviewed
  }
}

control ITGC-DSP-01 "Secure disposal of data and media" {
  owner "IT operations lead"
  frequency per-change
  nature preventive
  automation semi-automated
  description "Workforce devices are wiped with a verified erase before reuse or disposal; cloud storage is deleted through lifecycle policies and crypto-shredding of keys."
  evidence "Device wipe certificates and lifecycle policies" {
    system "Device management"
    retention "3y"
  }
  test "For a sample of returned devices, inspect the wipe certificate; inspect the storage lifecycle policies."
  satisfies soc2@2017:CC6.5 equal {
    status approved
  }
  satisfies soc2@2017:C1.2 subset {
    status approved
  }
  satisfies iso42001@2023:A.4.5 no-relationship {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-1.7 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.15(5) intersects {
    status reviewed
  }
}
