# SOC 2: the AICPA 2017 Trust Services Criteria for Security, Availability,
# Processing Integrity, Confidentiality and Privacy (TSP section 100).
# The 2022 revision changed only the points of focus, not the criteria, so the
# 61 criteria here are those of both the 2017 and the revised 2022 edition.
# Identifiers are the official criterion numbers; group headings, titles and
# summaries are our own short descriptions, not AICPA text.
framework soc2 version "2017" "SOC 2 Trust Services Criteria" {
  publisher "AICPA"
  licence "The criteria text and points of focus are AICPA copyright and are not included. This catalog holds only the criterion identifiers, our own headings and our own summaries."
  source "2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy (AICPA), criteria unchanged by the revised points of focus (2022)."

  group CC "Common criteria (security)" {
    tags category:security
    summary "The criteria every SOC 2 examination covers: they make up the security category and underpin the other four."

    group CC1 "Control environment" {
      summary "The tone, structures and people that the rest of internal control rests on."

      requirement CC1.1 "Integrity and ethical values" {
        summary "Leadership sets and enforces standards of honest, ethical conduct, and deviations from them are dealt with."
      }
      requirement CC1.2 "Board oversight" {
        summary "A governing body that stands apart from management watches over how internal control is built and how well it performs."
      }
      requirement CC1.3 "Structure, reporting lines and authority" {
        summary "Under the board's oversight, management decides how the organisation is organised, who reports to whom and who may decide what."
      }
      requirement CC1.4 "Competent people" {
        summary "The organisation hires, trains, keeps and plans succession for people with the skills its objectives require."
      }
      requirement CC1.5 "Accountability for control duties" {
        summary "Each person is answerable for their part in internal control, backed by performance measures, incentives and discipline."
      }
    }

    group CC2 "Communication and information" {
      summary "Getting the right information to the right people, inside and outside the organisation, so controls can work."

      requirement CC2.1 "Quality information" {
        summary "Controls are fed with information that is relevant, accurate and timely, whether collected from outside or produced internally."
      }
      requirement CC2.2 "Internal communication" {
        summary "Control objectives, responsibilities and other information people need to do their control work are shared inside the organisation, including a way to raise concerns."
      }
      requirement CC2.3 "External communication" {
        summary "The organisation exchanges information that bears on its controls with customers, suppliers, regulators and other outside parties."
      }
    }

    group CC3 "Risk assessment" {
      summary "Setting objectives and working out what could stop the organisation from meeting them."

      requirement CC3.1 "Clear objectives" {
        summary "The organisation sets clear, specific objectives, so that it can tell what threatens them."
      }
      requirement CC3.2 "Risk identification and analysis" {
        summary "Threats to the objectives, across the whole organisation, are listed and weighed to decide what to do about each."
      }
      requirement CC3.3 "Fraud risk" {
        summary "The risk assessment explicitly looks at how fraud could occur, including incentives, opportunities and rationalisations."
      }
      requirement CC3.4 "Significant changes" {
        summary "Changes inside or outside the organisation that could materially weaken its controls are spotted and assessed."
      }
    }

    group CC4 "Monitoring activities" {
      summary "Checking that the components of internal control are present and working, and acting on what is found."

      requirement CC4.1 "Ongoing and separate evaluations" {
        summary "Continuous monitoring, periodic reviews or both confirm that controls exist and operate as intended."
      }
      requirement CC4.2 "Reporting deficiencies" {
        summary "Weaknesses found in controls are assessed and passed quickly to whoever must fix them, escalating to senior management or the board when serious."
      }
    }

    group CC5 "Control activities" {
      summary "The controls chosen to bring risk down to an acceptable level, and the policies that put them into practice."

      requirement CC5.1 "Controls that address risk" {
        summary "Controls are designed so that each significant risk is brought down to a level the organisation accepts."
      }
      requirement CC5.2 "Technology general controls" {
        summary "Baseline controls over IT, such as infrastructure, security and software development, support the organisation's objectives."
      }
      requirement CC5.3 "Policies and procedures" {
        summary "Controls are made real through written rules on what is expected and step-by-step procedures people follow."
      }
    }

    group CC6 "Logical and physical access controls" {
      summary "Who and what may reach systems, data and premises, and how that access is granted, limited and removed."

      requirement CC6.1 "Logical access architecture" {
        summary "Identity, authentication and network design limit who and what can reach the system's data and components."
      }
      requirement CC6.2 "User registration and deprovisioning" {
        summary "New users are vetted and approved before they get an account, and accounts are shut off once access is no longer justified."
      }
      requirement CC6.3 "Role-based access and least privilege" {
        summary "Each person's permissions follow their job role, are kept to the minimum needed, keep incompatible duties apart, and are updated as roles change."
      }
      requirement CC6.4 "Physical access" {
        summary "Only people with a reason to be there can get into data centres, offices and rooms where equipment and backup media are kept."
      }
      requirement CC6.5 "Secure disposal of assets" {
        summary "Hardware and media are wiped or destroyed so their data cannot be recovered before they are retired, reused or leave the organisation's protection."
      }
      requirement CC6.6 "Threats from outside the boundary" {
        summary "Firewalls, secure remote access and similar defences keep outside attackers and untrusted networks away from the system."
      }
      requirement CC6.7 "Protecting data in transit and movement" {
        summary "Only approved people and processes may send data elsewhere or take it off site, and data is protected, for example encrypted, on the way."
      }
      requirement CC6.8 "Unauthorised or malicious software" {
        summary "Unapproved or malicious software, such as malware, is blocked from being installed or run, or is detected and dealt with."
      }
    }

    group CC7 "System operations" {
      summary "Running the system day to day: finding vulnerabilities and anomalies, and handling security incidents."

      requirement CC7.1 "Vulnerability and configuration monitoring" {
        summary "Scanning and monitoring find configuration drift that weakens security and newly published vulnerabilities that affect the system."
      }
      requirement CC7.2 "Anomaly monitoring" {
        summary "Systems are watched for unusual behaviour that may point to an attack, a disaster or an error, and anything odd is looked into."
      }
      requirement CC7.3 "Security event evaluation" {
        summary "Detected security events are analysed to decide whether they are incidents that need a response."
      }
      requirement CC7.4 "Incident response" {
        summary "Confirmed incidents are handled according to a written response plan: the damage is limited, the cause removed and the right people informed."
      }
      requirement CC7.5 "Incident recovery" {
        summary "Recovery activities restore normal operation after a security incident and feed its lessons back into the controls."
      }
    }

    group CC8 "Change management" {
      summary "Making changes to the system in a controlled way."

      requirement CC8.1 "Change management" {
        summary "Every change to systems, data or procedures goes through a controlled path of approval, testing and sign-off before it is released."
      }
    }

    group CC9 "Risk mitigation" {
      summary "Reducing the risks from business disruption and from the vendors and partners the organisation relies on."

      requirement CC9.1 "Business disruption risk" {
        summary "Measures such as continuity planning and insurance are chosen and put in place to limit the impact of business disruptions."
      }
      requirement CC9.2 "Vendor and business partner risk" {
        summary "Risks from vendors and business partners are assessed when they are engaged and managed for as long as the relationship lasts."
      }
    }
  }

  group A "Availability" {
    tags category:availability
    summary "Additional criteria for keeping the system available for operation and use as committed."

    group A1 "Availability" {
      summary "Capacity, resilience and recovery of the system."

      requirement A1.1 "Capacity management" {
        summary "Capacity use is watched and forecast so the system keeps up with demand and can be scaled before it runs short."
      }
      requirement A1.2 "Environmental protection, backup and recovery infrastructure" {
        summary "Power, cooling and other environmental protections, backups and standby infrastructure are in place and kept working so the system can survive and recover from failures."
      }
      requirement A1.3 "Recovery plan testing" {
        summary "Procedures in the recovery plan are tested to show that the system can actually be restored."
      }
    }
  }

  group C "Confidentiality" {
    tags category:confidentiality
    summary "Additional criteria for protecting information designated as confidential."

    group C1 "Confidentiality" {
      summary "Handling confidential information from identification to disposal."

      requirement C1.1 "Identifying and protecting confidential information" {
        summary "Information designated confidential is identified and kept protected for as long as it is held."
      }
      requirement C1.2 "Disposing of confidential information" {
        summary "Confidential information is destroyed securely once it is no longer needed or must be removed."
      }
    }
  }

  group PI "Processing integrity" {
    tags category:processing-integrity
    summary "Additional criteria for processing that is complete, valid, accurate, timely and authorised."

    group PI1 "Processing integrity" {
      summary "Integrity of data as it goes into, through and out of the system, and while it is stored."

      requirement PI1.1 "Processing specifications" {
        summary "What the system is meant to process, and to what standard, is written down and shared, down to definitions of the data and product specifications."
      }
      requirement PI1.2 "System inputs" {
        summary "Data entering the system is checked so that it is complete and accurate."
      }
      requirement PI1.3 "System processing" {
        summary "Processing is controlled so that it runs completely, correctly and on time."
      }
      requirement PI1.4 "System outputs" {
        summary "Outputs are complete, accurate and on time, and go only to those meant to receive them."
      }
      requirement PI1.5 "Stored inputs, work in progress and outputs" {
        summary "Inputs, data mid-processing and outputs are stored so they stay complete and correct and can be retrieved when needed."
      }
    }
  }

  group P "Privacy" {
    tags category:privacy
    summary "Additional criteria for how personal information is collected, used, kept, disclosed and disposed of."

    group P1 "Notice" {
      summary "Telling people about privacy practices."

      requirement P1.1 "Privacy notice" {
        summary "Data subjects are told, in clear terms, how their personal information is handled and why."
      }
    }

    group P2 "Choice and consent" {
      summary "Giving people choices about their personal information."

      requirement P2.1 "Choice and consent" {
        summary "People are told what choices they have about their personal information, and consent is obtained and recorded where needed."
      }
    }

    group P3 "Collection" {
      summary "Gathering personal information."

      requirement P3.1 "Collection limited to purpose" {
        summary "Only the personal information the organisation needs for its stated privacy objectives is collected."
      }
      requirement P3.2 "Explicit consent for collection" {
        summary "Where the law or the data calls for it, explicit consent is obtained before collection and people are told what refusing means."
      }
    }

    group P4 "Use, retention and disposal" {
      summary "What happens to personal information once it is held."

      requirement P4.1 "Limited use" {
        summary "Personal information is used only for the purposes people were told about."
      }
      requirement P4.2 "Retention" {
        summary "Personal information is kept only as long as the organisation's commitments and obligations require."
      }
      requirement P4.3 "Secure disposal" {
        summary "Personal information past its retention period is destroyed or anonymised so it cannot be recovered."
      }
    }

    group P5 "Access" {
      summary "Letting people see and correct their personal information."

      requirement P5.1 "Data subject access" {
        summary "Data subjects, once identified and authenticated, can see and obtain a copy of their personal information."
      }
      requirement P5.2 "Correction requests" {
        summary "When a data subject points out an error, their personal information is fixed or annotated, and third parties who received it are told."
      }
    }

    group P6 "Disclosure and notification" {
      summary "Sharing personal information with third parties and telling people when things go wrong."

      requirement P6.1 "Disclosure to third parties" {
        summary "Personal information goes to third parties only with the data subject's consent or another lawful basis."
      }
      requirement P6.2 "Record of authorised disclosures" {
        summary "Every approved release of personal information to others is logged, and the log is kept."
      }
      requirement P6.3 "Record of unauthorised disclosures" {
        summary "Unauthorised disclosures and breaches, whether detected internally or reported, are logged and the records kept."
      }
      requirement P6.4 "Third-party privacy commitments" {
        summary "Vendors who handle personal information are bound by privacy terms, and the organisation checks that they keep them."
      }
      requirement P6.5 "Third-party breach notification" {
        summary "Vendors handling personal information must promise to report any actual or suspected leak of it to the organisation."
      }
      requirement P6.6 "Breach notification" {
        summary "People affected by a breach, and regulators where required, are told about it."
      }
      requirement P6.7 "Accounting of disclosures" {
        summary "On request, a data subject is told what personal information is held about them and to whom it has been given."
      }
    }

    group P7 "Quality" {
      summary "Keeping personal information correct."

      requirement P7.1 "Data quality" {
        summary "Personal information is kept correct and up to date for the purposes it serves."
      }
    }

    group P8 "Monitoring and enforcement" {
      summary "Handling privacy complaints and checking compliance."

      requirement P8.1 "Inquiries, complaints and disputes" {
        summary "Privacy questions, complaints and disputes are taken in and settled through a defined process, and privacy compliance is checked regularly."
      }
    }
  }
}
