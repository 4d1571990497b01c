# NIST Cybersecurity Framework 2.0 (NIST CSWP 29, February 2024): the CSF 2.0 Core.
# Identifiers are NIST's own (functions GV, ID, PR, DE, RS, RC; categories GV.OC; subcategories
# GV.OC-01), taken from the CSF 2.0 core as packaged by CISO Assistant (nist-csf-2.0.yaml) and
# checked against NIST's core export (csf-2.0.json). The core's withdrawn CSF 1.1 rows
# ("[Withdrawn: ...]") are not CSF 2.0 subcategories and are left out; the 1.1 -> 2.0 crosswalk
# carries them. Category titles are NIST's category names; subcategory titles and every summary
# are our own short paraphrases.
framework nist-csf version "2.0" "NIST Cybersecurity Framework 2.0" {
  publisher "National Institute of Standards and Technology (NIST)"
  licence "Public domain: a work of the US government (NIST CSWP 29)."
  source "The NIST Cybersecurity Framework (CSF) 2.0 (NIST CSWP 29), Appendix A: CSF Core, and NIST's CSF 2.0 core export."
  url "https://www.nist.gov/cyberframework"

  group GV "Govern" {
    summary "Establish, communicate and monitor the organization's cybersecurity risk management strategy, expectations and policy."

    group GV.OC "Organizational Context" {
      summary "The organization understands the circumstances around its cybersecurity risk decisions: its mission, what stakeholders expect, what it depends on, and its legal, regulatory and contractual requirements."

      requirement GV.OC-01 "Mission informs risk management" {
        summary "The organization's mission is understood and shapes how cybersecurity risk is managed."
      }
      requirement GV.OC-02 "Stakeholder needs and expectations" {
        summary "Internal and external stakeholders, and what they need and expect from cybersecurity risk management, are understood and taken into account."
      }
      requirement GV.OC-03 "Legal, regulatory and contractual requirements" {
        summary "Cybersecurity obligations from law, regulation and contracts, including privacy and civil liberties obligations, are understood and managed."
      }
      requirement GV.OC-04 "Critical objectives and services" {
        summary "The critical objectives, capabilities and services that stakeholders rely on or expect from the organization are understood and communicated."
      }
      requirement GV.OC-05 "Organizational dependencies" {
        summary "The outcomes, capabilities and services that the organization itself relies on are understood and communicated."
      }
    }

    group GV.RM "Risk Management Strategy" {
      summary "The organization's priorities, constraints, risk tolerance and appetite statements and assumptions are set, communicated and used to support operational risk decisions."

      requirement GV.RM-01 "Risk management objectives" {
        summary "Risk management objectives are set and agreed by the organization's stakeholders."
      }
      requirement GV.RM-02 "Risk appetite and tolerance" {
        summary "Statements of risk appetite and risk tolerance are set, communicated and kept current."
      }
      requirement GV.RM-03 "Enterprise risk management integration" {
        summary "Cybersecurity risk management activities and results are part of enterprise risk management processes."
      }
      requirement GV.RM-04 "Risk response direction" {
        summary "Strategic direction on suitable risk response options is set and communicated."
      }
      requirement GV.RM-05 "Risk communication lines" {
        summary "Lines of communication about cybersecurity risks, including risks from suppliers and other third parties, exist across the organization."
      }
      requirement GV.RM-06 "Standard risk method" {
        summary "A standard way to calculate, document, categorize and prioritize cybersecurity risks is set and communicated."
      }
      requirement GV.RM-07 "Strategic opportunities" {
        summary "Positive risks, that is strategic opportunities, are characterized and included in the organization's cybersecurity risk discussions."
      }
    }

    group GV.RR "Roles, Responsibilities, and Authorities" {
      summary "Cybersecurity roles, responsibilities and authorities are set and communicated to support accountability, performance assessment and continuous improvement."

      requirement GV.RR-01 "Leadership accountability" {
        summary "Leadership is responsible and accountable for cybersecurity risk and builds a culture that is risk-aware, ethical and always improving."
      }
      requirement GV.RR-02 "Roles, responsibilities and authorities" {
        summary "Roles, responsibilities and authorities for cybersecurity risk management are set, communicated, understood and enforced."
      }
      requirement GV.RR-03 "Adequate resources" {
        summary "Resources are allocated in proportion to the cybersecurity risk strategy, roles, responsibilities and policies."
      }
      requirement GV.RR-04 "Cybersecurity in HR practices" {
        summary "Human resources practices take cybersecurity into account."
      }
    }

    group GV.PO "Policy" {
      summary "The organization's cybersecurity policy is set, communicated and enforced."

      requirement GV.PO-01 "Establishing policy" {
        summary "A policy for managing cybersecurity risk, based on context, strategy and priorities, is set, communicated and enforced."
      }
      requirement GV.PO-02 "Reviewing policy" {
        summary "The cybersecurity risk policy is reviewed, updated, communicated and enforced as requirements, threats, technology and mission change."
      }
    }

    group GV.OV "Oversight" {
      summary "Results of cybersecurity risk management activities and performance across the organization are used to inform, improve and adjust the risk management strategy."

      requirement GV.OV-01 "Reviewing strategy outcomes" {
        summary "The results of the risk management strategy are reviewed to inform and adjust strategy and direction."
      }
      requirement GV.OV-02 "Strategy coverage review" {
        summary "The risk management strategy is reviewed and adjusted so that it covers the organization's requirements and risks."
      }
      requirement GV.OV-03 "Performance evaluation" {
        summary "Cybersecurity risk management performance is evaluated and reviewed to find the adjustments needed."
      }
    }

    group GV.SC "Cybersecurity Supply Chain Risk Management" {
      summary "Processes for cybersecurity supply chain risk management are identified, set up, run, monitored and improved by the organization's stakeholders."

      requirement GV.SC-01 "Supply chain risk program" {
        summary "A supply chain risk management program with its strategy, objectives, policies and processes is set up and agreed by stakeholders."
      }
      requirement GV.SC-02 "Supplier, customer and partner roles" {
        summary "Cybersecurity roles and responsibilities for suppliers, customers and partners are set, communicated and coordinated inside and outside the organization."
      }
      requirement GV.SC-03 "Integration with risk management" {
        summary "Supply chain risk management is built into cybersecurity and enterprise risk management, risk assessment and improvement processes."
      }
      requirement GV.SC-04 "Supplier criticality" {
        summary "Suppliers are known and ranked by how critical they are."
      }
      requirement GV.SC-05 "Supply chain requirements in agreements" {
        summary "Requirements that address supply chain cybersecurity risks are set, prioritized and written into contracts and other agreements with suppliers and relevant third parties."
      }
      requirement GV.SC-06 "Due diligence before engagement" {
        summary "Planning and due diligence reduce risk before formal relationships with suppliers or other third parties begin."
      }
      requirement GV.SC-07 "Ongoing supplier risk management" {
        summary "Risks from suppliers, their products and services, and other third parties are understood, recorded, prioritized, assessed, responded to and monitored for as long as the relationship lasts."
      }
      requirement GV.SC-08 "Suppliers in incident activities" {
        summary "Relevant suppliers and other third parties take part in incident planning, response and recovery."
      }
      requirement GV.SC-09 "Supply chain security across the life cycle" {
        summary "Supply chain security practices are part of the cybersecurity and enterprise risk programs, and their performance is monitored across the product and service life cycle."
      }
      requirement GV.SC-10 "After a relationship ends" {
        summary "Supply chain risk management plans cover the activities that follow the end of a partnership or service agreement."
      }
    }
  }

  group ID "Identify" {
    summary "Understand the cybersecurity risks the organization currently faces."

    group ID.AM "Asset Management" {
      summary "The assets that let the organization achieve its purposes, such as data, hardware, software, systems, facilities, services and people, are identified and managed according to their importance and the risk strategy."

      requirement ID.AM-01 "Hardware inventory" {
        summary "Inventories of the hardware the organization manages are kept current."
      }
      requirement ID.AM-02 "Software, services and systems inventory" {
        summary "Inventories of the software, services and systems the organization manages are kept current."
      }
      requirement ID.AM-03 "Network communication and data flows" {
        summary "Up-to-date representations exist of the organization's authorized network communication and of its internal and external network data flows."
      }
      requirement ID.AM-04 "Supplier services inventory" {
        summary "Inventories of the services that suppliers provide are kept current."
      }
      requirement ID.AM-05 "Asset prioritization" {
        summary "Assets are prioritized by classification, criticality, resources and impact on the mission."
      }
      requirement ID.AM-07 "Data inventory" {
        summary "Inventories of designated types of data and of their metadata are kept current."
      }
      requirement ID.AM-08 "Asset life cycle management" {
        summary "Systems, hardware, software, services and data are managed across their whole life cycle."
      }
    }

    group ID.RA "Risk Assessment" {
      summary "The organization understands the cybersecurity risk to itself, its assets and individuals."

      requirement ID.RA-01 "Asset vulnerabilities" {
        summary "Vulnerabilities in assets are found, validated and recorded."
      }
      requirement ID.RA-02 "Threat intelligence" {
        summary "Cyber threat intelligence is obtained from information sharing forums and other sources."
      }
      requirement ID.RA-03 "Internal and external threats" {
        summary "Threats to the organization from inside and outside are identified and recorded."
      }
      requirement ID.RA-04 "Impact and likelihood" {
        summary "The potential impacts and likelihoods of threats exploiting vulnerabilities are identified and recorded."
      }
      requirement ID.RA-05 "Inherent risk and prioritization" {
        summary "Threats, vulnerabilities, likelihoods and impacts are combined to understand inherent risk and to set priorities for risk response."
      }
      requirement ID.RA-06 "Risk response" {
        summary "Risk responses are chosen, prioritized, planned, tracked and communicated."
      }
      requirement ID.RA-07 "Changes and exceptions" {
        summary "Changes and exceptions are managed, assessed for their effect on risk, recorded and tracked."
      }
      requirement ID.RA-08 "Vulnerability disclosures" {
        summary "Processes exist to receive, analyze and respond to disclosed vulnerabilities."
      }
      requirement ID.RA-09 "Hardware and software authenticity" {
        summary "The authenticity and integrity of hardware and software are checked before they are acquired and used."
      }
      requirement ID.RA-10 "Critical supplier assessment" {
        summary "Critical suppliers are assessed before acquisition."
      }
    }

    group ID.IM "Improvement" {
      summary "Improvements to the organization's cybersecurity risk management processes, procedures and activities are identified across all CSF Functions."

      requirement ID.IM-01 "Improvements from evaluations" {
        summary "Evaluations are used to find improvements."
      }
      requirement ID.IM-02 "Improvements from tests and exercises" {
        summary "Security tests and exercises, including those run with suppliers and relevant third parties, are used to find improvements."
      }
      requirement ID.IM-03 "Improvements from operations" {
        summary "Carrying out operational processes, procedures and activities is used to find improvements."
      }
      requirement ID.IM-04 "Incident response and other plans" {
        summary "Incident response plans and other cybersecurity plans that affect operations are set up, communicated, kept current and improved."
      }
    }
  }

  group PR "Protect" {
    summary "Use safeguards to manage the organization's cybersecurity risks."

    group PR.AA "Identity Management, Authentication, and Access Control" {
      summary "Access to physical and logical assets is limited to authorized users, services and hardware and managed according to the assessed risk of unauthorized access."

      requirement PR.AA-01 "Identity and credential management" {
        summary "The organization manages the identities and credentials of authorized users, services and hardware."
      }
      requirement PR.AA-02 "Identity proofing" {
        summary "Identities are proofed and bound to credentials according to the context of interactions."
      }
      requirement PR.AA-03 "Authentication" {
        summary "Users, services and hardware are authenticated."
      }
      requirement PR.AA-04 "Identity assertions" {
        summary "Identity assertions are protected, conveyed and verified."
      }
      requirement PR.AA-05 "Access permissions" {
        summary "Access permissions, entitlements and authorizations are defined in policy, managed, enforced and reviewed, following least privilege and separation of duties."
      }
      requirement PR.AA-06 "Physical access" {
        summary "Physical access to assets is managed, monitored and enforced in proportion to risk."
      }
    }

    group PR.AT "Awareness and Training" {
      summary "Staff receive cybersecurity awareness and training so that they can carry out their cybersecurity-related tasks."

      requirement PR.AT-01 "General awareness and training" {
        summary "Staff receive awareness and training so that they can perform general tasks with cybersecurity risks in mind."
      }
      requirement PR.AT-02 "Specialized role training" {
        summary "People in specialized roles receive awareness and training so that they can perform the tasks of their role with cybersecurity risks in mind."
      }
    }

    group PR.DS "Data Security" {
      summary "Data is managed according to the risk strategy to protect the confidentiality, integrity and availability of information."

      requirement PR.DS-01 "Data at rest" {
        summary "The confidentiality, integrity and availability of stored data are protected."
      }
      requirement PR.DS-02 "Data in transit" {
        summary "The confidentiality, integrity and availability of data in transit are protected."
      }
      requirement PR.DS-10 "Data in use" {
        summary "The confidentiality, integrity and availability of data being processed are protected."
      }
      requirement PR.DS-11 "Backups" {
        summary "Backups of data are made, protected, kept up and tested."
      }
    }

    group PR.PS "Platform Security" {
      summary "The hardware, software and services of physical and virtual platforms are managed according to the risk strategy to protect their confidentiality, integrity and availability."

      requirement PR.PS-01 "Configuration management" {
        summary "Configuration management practices are set up and applied."
      }
      requirement PR.PS-02 "Software maintenance" {
        summary "Software is maintained, replaced and removed in proportion to risk."
      }
      requirement PR.PS-03 "Hardware maintenance" {
        summary "Hardware is maintained, replaced and removed in proportion to risk."
      }
      requirement PR.PS-04 "Log generation" {
        summary "Log records are produced and made available for continuous monitoring."
      }
      requirement PR.PS-05 "Unauthorized software prevention" {
        summary "Unauthorized software is kept from being installed or run."
      }
      requirement PR.PS-06 "Secure software development" {
        summary "Secure software development practices are built in, and their performance is monitored across the software development life cycle."
      }
    }

    group PR.IR "Technology Infrastructure Resilience" {
      summary "Security architectures are managed with the risk strategy to protect the confidentiality, integrity and availability of assets and the resilience of the organization."

      requirement PR.IR-01 "Network and environment protection" {
        summary "Networks and environments are protected against unauthorized logical access and use."
      }
      requirement PR.IR-02 "Environmental threats" {
        summary "The organization's technology assets are protected against environmental threats."
      }
      requirement PR.IR-03 "Resilience mechanisms" {
        summary "Mechanisms are in place to meet resilience requirements in normal and adverse situations."
      }
      requirement PR.IR-04 "Resource capacity" {
        summary "Enough resource capacity is kept to ensure availability."
      }
    }
  }

  group DE "Detect" {
    summary "Find and analyze possible cybersecurity attacks and compromises."

    group DE.CM "Continuous Monitoring" {
      summary "Assets are monitored to find anomalies, indicators of compromise and other potentially adverse events."

      requirement DE.CM-01 "Network monitoring" {
        summary "Networks and network services are monitored for potentially adverse events."
      }
      requirement DE.CM-02 "Physical environment monitoring" {
        summary "The physical environment is monitored for potentially adverse events."
      }
      requirement DE.CM-03 "Personnel and technology usage monitoring" {
        summary "Personnel activity and the use of technology are monitored for potentially adverse events."
      }
      requirement DE.CM-06 "Service provider monitoring" {
        summary "The activities and services of external service providers are monitored for potentially adverse events."
      }
      requirement DE.CM-09 "Computing environment monitoring" {
        summary "Computing hardware, software, runtime environments and their data are monitored for potentially adverse events."
      }
    }

    group DE.AE "Adverse Event Analysis" {
      summary "Anomalies, indicators of compromise and other potentially adverse events are analyzed to characterize them and to detect cybersecurity incidents."

      requirement DE.AE-02 "Event analysis" {
        summary "Potentially adverse events are analyzed to understand the activity around them."
      }
      requirement DE.AE-03 "Correlation across sources" {
        summary "Information from several sources is correlated."
      }
      requirement DE.AE-04 "Impact and scope" {
        summary "The estimated impact and scope of adverse events are understood."
      }
      requirement DE.AE-06 "Sharing event information" {
        summary "Information on adverse events reaches authorized staff and tools."
      }
      requirement DE.AE-07 "Threat intelligence in analysis" {
        summary "Cyber threat intelligence and other context feed into the analysis."
      }
      requirement DE.AE-08 "Incident declaration" {
        summary "An incident is declared when adverse events meet the defined incident criteria."
      }
    }
  }

  group RS "Respond" {
    summary "Take action on a detected cybersecurity incident."

    group RS.MA "Incident Management" {
      summary "Responses to detected cybersecurity incidents are managed."

      requirement RS.MA-01 "Executing the response plan" {
        summary "Once an incident is declared, the incident response plan is carried out in coordination with relevant third parties."
      }
      requirement RS.MA-02 "Triage and validation" {
        summary "Incident reports are triaged and validated."
      }
      requirement RS.MA-03 "Categorization and prioritization" {
        summary "Incidents are categorized and prioritized."
      }
      requirement RS.MA-04 "Escalation" {
        summary "Incidents are escalated or elevated when needed."
      }
      requirement RS.MA-05 "Criteria for starting recovery" {
        summary "The criteria for starting incident recovery are applied."
      }
    }

    group RS.AN "Incident Analysis" {
      summary "Investigations are carried out to make the response effective and to support forensics and recovery."

      requirement RS.AN-03 "Root cause analysis" {
        summary "Analysis establishes what happened during an incident and what caused it."
      }
      requirement RS.AN-06 "Recording investigation actions" {
        summary "Actions taken during an investigation are recorded, and the integrity and provenance of the records are preserved."
      }
      requirement RS.AN-07 "Incident data collection" {
        summary "Incident data and metadata are collected, and their integrity and provenance are preserved."
      }
      requirement RS.AN-08 "Incident magnitude" {
        summary "The magnitude of an incident is estimated and validated."
      }
    }

    group RS.CO "Incident Response Reporting and Communication" {
      summary "Response activities are coordinated with internal and external stakeholders as laws, regulations or policies require."

      requirement RS.CO-02 "Stakeholder notification" {
        summary "Internal and external stakeholders are notified of incidents."
      }
      requirement RS.CO-03 "Information sharing" {
        summary "Information is shared with designated internal and external stakeholders."
      }
    }

    group RS.MI "Incident Mitigation" {
      summary "Activities are carried out to stop an event from spreading and to mitigate its effects."

      requirement RS.MI-01 "Containment" {
        summary "Incidents are contained."
      }
      requirement RS.MI-02 "Eradication" {
        summary "Incidents are eradicated."
      }
    }
  }

  group RC "Recover" {
    summary "Restore the assets and operations affected by a cybersecurity incident."

    group RC.RP "Incident Recovery Plan Execution" {
      summary "Restoration activities are carried out so that systems and services affected by incidents are available again."

      requirement RC.RP-01 "Executing the recovery plan" {
        summary "The recovery part of the incident response plan is carried out once the response process starts it."
      }
      requirement RC.RP-02 "Recovery actions" {
        summary "Recovery actions are selected, scoped, prioritized and performed."
      }
      requirement RC.RP-03 "Integrity of backups" {
        summary "Backups and other restoration assets are checked for integrity before they are used."
      }
      requirement RC.RP-04 "Post-incident operational norms" {
        summary "Critical mission functions and cybersecurity risk management are weighed to set the operational norms that follow an incident."
      }
      requirement RC.RP-05 "Verified restoration" {
        summary "Restored assets are checked for integrity, systems and services are brought back, and normal operation is confirmed."
      }
      requirement RC.RP-06 "End of recovery" {
        summary "The end of recovery is declared according to criteria, and the incident documentation is completed."
      }
    }

    group RC.CO "Incident Recovery Communication" {
      summary "Restoration activities are coordinated with internal and external parties."

      requirement RC.CO-03 "Communicating recovery progress" {
        summary "Recovery activities and progress in restoring capabilities are communicated to designated internal and external stakeholders."
      }
      requirement RC.CO-04 "Public updates" {
        summary "Public updates on recovery are shared through approved methods and messages."
      }
    }
  }
}
