# NIST Cybersecurity Framework 1.1 (NIST CSWP 04162018, April 2018): the Framework Core.
# Identifiers are NIST's own (functions ID, PR, DE, RS, RC; categories ID.AM; subcategories ID.AM-1,
# numbered without a leading zero), taken from the CSF 1.1 core as packaged by CISO Assistant
# (nist-csf-1.1.yaml). Category titles are NIST's category names; subcategory titles and every
# summary are our own short paraphrases.
framework nist-csf version "1.1" "NIST Cybersecurity Framework 1.1" {
  publisher "National Institute of Standards and Technology (NIST)"
  licence "Public domain: a work of the US government (NIST CSWP 04162018)."
  source "Framework for Improving Critical Infrastructure Cybersecurity, Version 1.1 (NIST CSWP 04162018), Appendix A: Framework Core."
  url "https://www.nist.gov/cyberframework/framework-version-11"

  group ID "Identify" {
    summary "Build the understanding of the business context, resources and risks that the organization needs to manage cybersecurity risk to its systems, people, assets, data and capabilities."

    group ID.AM "Asset Management" {
      summary "The data, people, devices, systems and facilities that let the organization reach its business goals are identified and managed according to their importance and the organization's risk strategy."

      requirement ID.AM-1 "Physical device inventory" {
        summary "The organization keeps an inventory of its physical devices and systems."
      }
      requirement ID.AM-2 "Software inventory" {
        summary "The organization keeps an inventory of its software platforms and applications."
      }
      requirement ID.AM-3 "Communication and data flow maps" {
        summary "The organization's communication paths and data flows are mapped."
      }
      requirement ID.AM-4 "External system catalogue" {
        summary "Information systems outside the organization that it relies on are catalogued."
      }
      requirement ID.AM-5 "Resource prioritization" {
        summary "Hardware, data, people, software, time and other resources are ranked by classification, criticality and business value."
      }
      requirement ID.AM-6 "Workforce and third-party cybersecurity roles" {
        summary "Cybersecurity roles and responsibilities are set for all staff and for third parties such as suppliers, customers and partners."
      }
    }

    group ID.BE "Business Environment" {
      summary "The organization's mission, objectives, stakeholders and activities are understood and prioritized, and this knowledge informs cybersecurity roles and risk decisions."

      requirement ID.BE-1 "Role in the supply chain" {
        summary "The organization knows where it sits in its supply chain and communicates it."
      }
      requirement ID.BE-2 "Place in critical infrastructure" {
        summary "The organization knows its place in critical infrastructure and in its industry sector and communicates it."
      }
      requirement ID.BE-3 "Mission priorities" {
        summary "Priorities for the organization's mission, objectives and activities are set and communicated."
      }
      requirement ID.BE-4 "Dependencies and critical functions" {
        summary "The dependencies and critical functions on which the delivery of critical services rests are established."
      }
      requirement ID.BE-5 "Resilience requirements" {
        summary "Resilience requirements for delivering critical services are set for every operating state, from normal operations to attack and recovery."
      }
    }

    group ID.GV "Governance" {
      summary "The policies, procedures and processes that manage and monitor the organization's legal, regulatory, risk, environmental and operational requirements are understood and inform cybersecurity risk management."

      requirement ID.GV-1 "Cybersecurity policy" {
        summary "An organizational cybersecurity policy exists and is communicated."
      }
      requirement ID.GV-2 "Coordinated roles and responsibilities" {
        summary "Cybersecurity roles and responsibilities are coordinated and aligned with internal roles and with external partners."
      }
      requirement ID.GV-3 "Legal and regulatory requirements" {
        summary "Legal and regulatory cybersecurity obligations, including privacy and civil liberties obligations, are understood and managed."
      }
      requirement ID.GV-4 "Governance addresses cybersecurity risk" {
        summary "The organization's governance and risk management processes take cybersecurity risks into account."
      }
    }

    group ID.RA "Risk Assessment" {
      summary "The organization understands the cybersecurity risk to its operations, its assets and individuals."

      requirement ID.RA-1 "Asset vulnerabilities" {
        summary "Vulnerabilities in assets are found and documented."
      }
      requirement ID.RA-2 "Threat intelligence" {
        summary "Cyber threat intelligence is obtained from information sharing forums and other sources."
      }
      requirement ID.RA-3 "Internal and external threats" {
        summary "Threats from inside and outside the organization are identified and documented."
      }
      requirement ID.RA-4 "Business impact and likelihood" {
        summary "Potential business impacts and their likelihoods are identified."
      }
      requirement ID.RA-5 "Risk determination" {
        summary "Risk is determined by combining threats, vulnerabilities, likelihoods and impacts."
      }
      requirement ID.RA-6 "Risk responses" {
        summary "Possible responses to risk are identified and prioritized."
      }
    }

    group ID.RM "Risk Management Strategy" {
      summary "The organization's priorities, constraints, risk tolerances and assumptions are set and used to support operational risk decisions."

      requirement ID.RM-1 "Risk management processes" {
        summary "Risk management processes are set up, run and agreed by the organization's stakeholders."
      }
      requirement ID.RM-2 "Risk tolerance" {
        summary "The organization determines its risk tolerance and states it clearly."
      }
      requirement ID.RM-3 "Tolerance informed by sector role" {
        summary "The organization's role in critical infrastructure and sector-specific risk analysis shape how it sets its risk tolerance."
      }
    }

    group ID.SC "Supply Chain Risk Management" {
      summary "The organization's priorities, constraints, risk tolerances and assumptions guide its supply chain risk decisions, and it has processes to identify, assess and manage supply chain risk."

      requirement ID.SC-1 "Supply chain risk management processes" {
        summary "Processes for managing cyber supply chain risk are identified, set up, assessed, run and agreed by stakeholders."
      }
      requirement ID.SC-2 "Supplier identification and assessment" {
        summary "Suppliers and third-party partners of systems, components and services are identified, prioritized and assessed through a cyber supply chain risk assessment process."
      }
      requirement ID.SC-3 "Supplier contracts" {
        summary "Contracts with suppliers and third-party partners carry the measures needed to meet the goals of the cybersecurity program and the supply chain risk management plan."
      }
      requirement ID.SC-4 "Supplier evaluations" {
        summary "Suppliers and partners are checked routinely through audits, test results or other evaluations to confirm that they meet their contractual obligations."
      }
      requirement ID.SC-5 "Joint response and recovery testing" {
        summary "Response and recovery planning and testing are done together with suppliers and third-party providers."
      }
    }
  }

  group PR "Protect" {
    summary "Develop and apply the safeguards that keep the organization's critical services running."

    group PR.AC "Identity Management, Authentication and Access Control" {
      summary "Access to physical and logical assets and facilities is limited to authorized users, processes and devices and managed according to the assessed risk of unauthorized access."

      requirement PR.AC-1 "Identity and credential management" {
        summary "Identities and credentials of authorized devices, users and processes are issued, managed, verified, revoked and audited."
      }
      requirement PR.AC-2 "Physical access" {
        summary "Physical access to assets is managed and protected."
      }
      requirement PR.AC-3 "Remote access" {
        summary "Remote access to the organization's assets is managed."
      }
      requirement PR.AC-4 "Access permissions" {
        summary "Access permissions and authorizations are managed following least privilege and separation of duties."
      }
      requirement PR.AC-5 "Network integrity" {
        summary "Network integrity is protected, for example by segregating or segmenting networks."
      }
      requirement PR.AC-6 "Identity proofing" {
        summary "Identities are proofed, bound to credentials and asserted in interactions."
      }
      requirement PR.AC-7 "Risk-based authentication" {
        summary "Users, devices and other assets are authenticated with a strength that matches the risk of the transaction."
      }
    }

    group PR.AT "Awareness and Training" {
      summary "Staff and partners receive cybersecurity awareness education and training so that they can carry out their cybersecurity duties as policies and agreements require."

      requirement PR.AT-1 "User awareness and training" {
        summary "Every user receives cybersecurity information and training."
      }
      requirement PR.AT-2 "Privileged users" {
        summary "Privileged users understand their roles and responsibilities."
      }
      requirement PR.AT-3 "Third-party stakeholders" {
        summary "Suppliers, customers, partners and other third parties understand their roles and responsibilities."
      }
      requirement PR.AT-4 "Senior executives" {
        summary "Senior executives understand their roles and responsibilities."
      }
      requirement PR.AT-5 "Physical and cybersecurity staff" {
        summary "Physical security and cybersecurity staff understand their roles and responsibilities."
      }
    }

    group PR.DS "Data Security" {
      summary "Information and records are managed according to the risk strategy to protect their confidentiality, integrity and availability."

      requirement PR.DS-1 "Data at rest" {
        summary "Stored data is protected."
      }
      requirement PR.DS-2 "Data in transit" {
        summary "Data moving between systems is protected."
      }
      requirement PR.DS-3 "Asset removal and disposition" {
        summary "Assets are formally managed when they are removed, transferred or disposed of."
      }
      requirement PR.DS-4 "Capacity for availability" {
        summary "Enough capacity is kept to ensure availability."
      }
      requirement PR.DS-5 "Data leak protection" {
        summary "Protections against data leaks are in place."
      }
      requirement PR.DS-6 "Software and information integrity" {
        summary "Integrity checks verify software, firmware and information."
      }
      requirement PR.DS-7 "Separate development and test environments" {
        summary "Development and testing environments are kept apart from production."
      }
      requirement PR.DS-8 "Hardware integrity" {
        summary "Integrity checks verify hardware."
      }
    }

    group PR.IP "Information Protection Processes and Procedures" {
      summary "Security policies, processes and procedures that set out purpose, scope, roles, management commitment and coordination are kept up and used to protect systems and assets."

      requirement PR.IP-1 "Baseline configuration" {
        summary "A baseline configuration of IT and industrial control systems is created and kept up, built on security principles such as least functionality."
      }
      requirement PR.IP-2 "System development life cycle" {
        summary "Systems are managed through a system development life cycle that is put into practice."
      }
      requirement PR.IP-3 "Configuration change control" {
        summary "Processes control changes to configurations."
      }
      requirement PR.IP-4 "Backups" {
        summary "Backups of information are made, kept up and tested."
      }
      requirement PR.IP-5 "Physical operating environment" {
        summary "Policies and regulations on the physical operating environment of the organization's assets are complied with."
      }
      requirement PR.IP-6 "Data destruction" {
        summary "Data is destroyed as policy requires."
      }
      requirement PR.IP-7 "Improving protection processes" {
        summary "Protection processes are improved over time."
      }
      requirement PR.IP-8 "Sharing protection effectiveness" {
        summary "Information on how well protection technologies work is shared."
      }
      requirement PR.IP-9 "Response and recovery plans" {
        summary "Incident response, business continuity, incident recovery and disaster recovery plans exist and are managed."
      }
      requirement PR.IP-10 "Testing response and recovery plans" {
        summary "Response and recovery plans are tested."
      }
      requirement PR.IP-11 "Cybersecurity in HR practices" {
        summary "Human resources practices such as personnel screening and deprovisioning include cybersecurity."
      }
      requirement PR.IP-12 "Vulnerability management plan" {
        summary "A plan for managing vulnerabilities is written and carried out."
      }
    }

    group PR.MA "Maintenance" {
      summary "Maintenance and repair of industrial control and information system components follow the organization's policies and procedures."

      requirement PR.MA-1 "Controlled maintenance" {
        summary "Maintenance and repair of assets are carried out and logged with approved, controlled tools."
      }
      requirement PR.MA-2 "Remote maintenance" {
        summary "Remote maintenance of assets is approved, logged and done in a way that prevents unauthorized access."
      }
    }

    group PR.PT "Protective Technology" {
      summary "Technical security solutions are managed, in line with policies, procedures and agreements, to keep systems and assets secure and resilient."

      requirement PR.PT-1 "Audit logging" {
        summary "Audit and log records are defined, documented, put in place and reviewed as policy requires."
      }
      requirement PR.PT-2 "Removable media" {
        summary "Removable media is protected and its use limited as policy requires."
      }
      requirement PR.PT-3 "Least functionality" {
        summary "Systems are configured to provide only the capabilities that are essential."
      }
      requirement PR.PT-4 "Communications and control networks" {
        summary "Communications and control networks are protected."
      }
      requirement PR.PT-5 "Resilience mechanisms" {
        summary "Mechanisms such as failsafes, load balancing and hot swapping help meet resilience requirements in normal and adverse conditions."
      }
    }
  }

  group DE "Detect" {
    summary "Develop and run the activities that reveal cybersecurity events when they occur."

    group DE.AE "Anomalies and Events" {
      summary "Anomalous activity is detected and the potential impact of events is understood."

      requirement DE.AE-1 "Network operations baseline" {
        summary "A baseline of normal network operations and expected data flows for users and systems is set and managed."
      }
      requirement DE.AE-2 "Event analysis" {
        summary "Detected events are analyzed to understand what attackers target and how."
      }
      requirement DE.AE-3 "Event data correlation" {
        summary "Event data is collected and correlated from several sources and sensors."
      }
      requirement DE.AE-4 "Event impact" {
        summary "The impact of events is determined."
      }
      requirement DE.AE-5 "Incident alert thresholds" {
        summary "Thresholds for raising incident alerts are set."
      }
    }

    group DE.CM "Security Continuous Monitoring" {
      summary "Systems and assets are monitored to spot cybersecurity events and to check that protective measures work."

      requirement DE.CM-1 "Network monitoring" {
        summary "The network is monitored for potential cybersecurity events."
      }
      requirement DE.CM-2 "Physical environment monitoring" {
        summary "The physical environment is monitored for potential cybersecurity events."
      }
      requirement DE.CM-3 "Personnel activity monitoring" {
        summary "Personnel activity is monitored for potential cybersecurity events."
      }
      requirement DE.CM-4 "Malicious code detection" {
        summary "Malicious code is detected."
      }
      requirement DE.CM-5 "Mobile code detection" {
        summary "Unauthorized mobile code is detected."
      }
      requirement DE.CM-6 "Service provider monitoring" {
        summary "The activity of external service providers is monitored for potential cybersecurity events."
      }
      requirement DE.CM-7 "Unauthorized activity monitoring" {
        summary "Monitoring looks for unauthorized people, connections, devices and software."
      }
      requirement DE.CM-8 "Vulnerability scans" {
        summary "Vulnerability scans are run."
      }
    }

    group DE.DP "Detection Processes" {
      summary "Detection processes and procedures are kept up and tested so that the organization becomes aware of anomalous events."

      requirement DE.DP-1 "Detection roles" {
        summary "Roles and responsibilities for detection are clearly defined so that people are accountable."
      }
      requirement DE.DP-2 "Detection compliance" {
        summary "Detection activities meet every requirement that applies to them."
      }
      requirement DE.DP-3 "Testing detection processes" {
        summary "Detection processes are tested."
      }
      requirement DE.DP-4 "Communicating detections" {
        summary "Information about detected events is communicated."
      }
      requirement DE.DP-5 "Improving detection processes" {
        summary "Detection processes are improved continually."
      }
    }
  }

  group RS "Respond" {
    summary "Develop and run the activities needed to act on a detected cybersecurity incident."

    group RS.RP "Response Planning" {
      summary "Response processes and procedures are run and kept up so that detected incidents get a timely response."

      requirement RS.RP-1 "Executing the response plan" {
        summary "The response plan is carried out during or after an incident."
      }
    }

    group RS.CO "Communications" {
      summary "Response activities are coordinated with internal and external stakeholders, including outside support such as law enforcement where appropriate."

      requirement RS.CO-1 "Response roles known" {
        summary "Staff know their roles and the order of operations when a response is needed."
      }
      requirement RS.CO-2 "Incident reporting" {
        summary "Incidents are reported according to established criteria."
      }
      requirement RS.CO-3 "Information sharing in response" {
        summary "Information is shared as the response plans prescribe."
      }
      requirement RS.CO-4 "Stakeholder coordination" {
        summary "Coordination with stakeholders follows the response plans."
      }
      requirement RS.CO-5 "Voluntary external sharing" {
        summary "The organization shares information voluntarily with external stakeholders to improve wider cybersecurity situational awareness."
      }
    }

    group RS.AN "Analysis" {
      summary "Analysis is carried out to make the response effective and to support recovery."

      requirement RS.AN-1 "Investigating notifications" {
        summary "Notifications from detection systems are investigated."
      }
      requirement RS.AN-2 "Incident impact" {
        summary "The impact of an incident is understood."
      }
      requirement RS.AN-3 "Forensics" {
        summary "Forensic analysis is carried out."
      }
      requirement RS.AN-4 "Incident categorization" {
        summary "Incidents are categorized as the response plans prescribe."
      }
      requirement RS.AN-5 "Vulnerability disclosure handling" {
        summary "Processes exist to receive, analyze and act on vulnerabilities reported from inside or outside the organization, such as by testers, bulletins or researchers."
      }
    }

    group RS.MI "Mitigation" {
      summary "Activities are carried out to stop an event from spreading, reduce its effects and resolve the incident."

      requirement RS.MI-1 "Containment" {
        summary "Incidents are contained."
      }
      requirement RS.MI-2 "Mitigation" {
        summary "The effects of incidents are mitigated."
      }
      requirement RS.MI-3 "Newly identified vulnerabilities" {
        summary "Newly found vulnerabilities are mitigated or recorded as accepted risks."
      }
    }

    group RS.IM "Improvements" {
      summary "Response activities are improved with lessons learned from current and past detection and response."

      requirement RS.IM-1 "Lessons learned in response plans" {
        summary "Response plans are updated with lessons learned."
      }
      requirement RS.IM-2 "Updating response strategies" {
        summary "Response strategies are updated."
      }
    }
  }

  group RC "Recover" {
    summary "Develop and run the activities that keep resilience plans current and restore capabilities or services impaired by a cybersecurity incident."

    group RC.RP "Recovery Planning" {
      summary "Recovery processes and procedures are run and kept up so that affected systems and assets are restored in good time."

      requirement RC.RP-1 "Executing the recovery plan" {
        summary "The recovery plan is carried out during or after a cybersecurity incident."
      }
    }

    group RC.IM "Improvements" {
      summary "Recovery planning and processes are improved by feeding lessons learned into future activities."

      requirement RC.IM-1 "Lessons learned in recovery plans" {
        summary "Recovery plans are updated with lessons learned."
      }
      requirement RC.IM-2 "Updating recovery strategies" {
        summary "Recovery strategies are updated."
      }
    }

    group RC.CO "Communications" {
      summary "Restoration activities are coordinated with internal and external parties such as coordinating centers, service providers, victims, other incident response teams and vendors."

      requirement RC.CO-1 "Public relations" {
        summary "The organization manages its public relations."
      }
      requirement RC.CO-2 "Reputation repair" {
        summary "The organization works to repair its reputation after an incident."
      }
      requirement RC.CO-3 "Communicating recovery activities" {
        summary "Recovery activities are reported to internal and external stakeholders and to executive and management teams."
      }
    }
  }
}
