# NIST AI 600-1, Artificial Intelligence Risk Management Framework: Generative Artificial
# Intelligence Profile (July 2024): the suggested actions of section 3, listed under the AI RMF
# subcategory each one serves. Identifiers are the profile's own (`GV-1.1-001`); a subcategory
# group uses the profile's prefix (`GV-1.1`, shown "GOVERN 1.1"). Titles and summaries are our
# own short paraphrases. Tags give the GAI risks an action addresses (`gai-risk:`, the 12 risks
# of section 2) and the AI actor tasks the profile lists for it (`actor-task:`).
framework nist-ai-600-1 version "2024" "NIST AI 600-1 Generative AI Profile" {
  publisher "National Institute of Standards and Technology (NIST)"
  licence "Public domain: a work of the US government (NIST AI 600-1)."
  source "NIST AI 600-1, Artificial Intelligence Risk Management Framework: Generative Artificial Intelligence Profile (July 2024), section 3, Suggested Actions to Manage GAI Risks."
  url "https://doi.org/10.6028/NIST.AI.600-1"
  summary "A cross-sectoral profile of the AI RMF for generative AI: 12 risks that generative AI creates or worsens, and suggested actions to manage them, organized by AI RMF function and subcategory."

  group GV "Govern" {
    display "GOVERN"
    summary "Suggested actions for governing generative AI: law and policy, risk tolerance, inventory, roles, oversight, incident practices and third parties."

    group GV-1.1 "Legal and regulatory requirements" {
      display "GOVERN 1.1"
      summary "The organization knows which AI laws and regulations apply to it, handles them, and keeps records of them."

      requirement GV-1.1-001 "Align with applicable law" {
        summary "Keep GAI development and use consistent with the laws that apply, notably privacy, copyright and intellectual property law."
        tags gai-risk:data-privacy, gai-risk:harmful-bias-homogenization, gai-risk:intellectual-property, actor-task:governance-and-oversight
      }
    }

    group GV-1.2 "Trustworthy AI in policy" {
      display "GOVERN 1.2"
      summary "Organizational policies and everyday practices embed the characteristics that make AI trustworthy."

      requirement GV-1.2-001 "Data origin transparency policies" {
        summary "Set policies to record where training and generated data come from and how they changed, balancing transparency against proprietary training methods."
        tags gai-risk:data-privacy, gai-risk:information-integrity, gai-risk:intellectual-property, actor-task:governance-and-oversight
      }
      requirement GV-1.2-002 "Capability and safety evaluation policy" {
        summary "Require internal and external evaluation of risky GAI capabilities and of safety measures, before deployment and on an ongoing basis."
        tags gai-risk:cbrn-information, gai-risk:information-security, actor-task:governance-and-oversight
      }
    }

    group GV-1.3 "Risk-based level of effort" {
      display "GOVERN 1.3"
      summary "Processes determine how much risk management activity is needed, based on the organization's risk tolerance."

      requirement GV-1.3-001 "Factors for GAI risk tiers" {
        summary "When setting risk tiers for GAI, weigh harms to information integrity, rights and safety, system dependencies, harmful or untruthful output, psychological effects, misuse, new security weaknesses, unequal impacts and unreliable performance."
        tags gai-risk:information-integrity, gai-risk:obscene-degrading-abusive-content, gai-risk:value-chain-component-integration, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, gai-risk:cbrn-information, actor-task:governance-and-oversight
      }
      requirement GV-1.3-002 "Go/no-go deployment thresholds" {
        summary "Set minimum performance or assurance thresholds that deployment approval decisions check, based on measured GAI capabilities and risks."
        tags gai-risk:cbrn-information, gai-risk:confabulation, gai-risk:dangerous-violent-hateful-content, actor-task:governance-and-oversight
      }
      requirement GV-1.3-003 "CBRN and cyber misuse test plan" {
        summary "Before building highly capable models, plan periodic tests and a response policy for misuse of CBRN information or offensive cyber capabilities."
        tags gai-risk:cbrn-information, gai-risk:information-security, actor-task:governance-and-oversight
      }
      requirement GV-1.3-004 "Stakeholder input on unacceptable use" {
        summary "Ask stakeholder communities which uses should be unacceptable, following the AI RMF Map activities."
        tags gai-risk:cbrn-information, gai-risk:obscene-degrading-abusive-content, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:governance-and-oversight
      }
      requirement GV-1.3-005 "Hierarchy of GAI risks" {
        summary "Keep an up-to-date ranking of known and expected GAI risks by context, possibly with special levels for issues such as model collapse and algorithmic monoculture."
        tags gai-risk:harmful-bias-homogenization, actor-task:governance-and-oversight
      }
      requirement GV-1.3-006 "Revisit risk tolerances" {
        summary "Re-examine risk tolerances for unacceptable risks and broad GAI risks such as weak safety cultures, threats to public information integrity and unknown long-term behavior."
        tags gai-risk:information-integrity, gai-risk:dangerous-violent-hateful-content, gai-risk:cbrn-information, actor-task:governance-and-oversight
      }
      requirement GV-1.3-007 "Plan to halt development or deployment" {
        summary "Have a plan to stop developing or deploying a GAI system whose risk is unacceptable."
        tags gai-risk:cbrn-information, gai-risk:information-security, gai-risk:information-integrity, actor-task:governance-and-oversight
      }
    }

    group GV-1.4 "Transparent risk management process" {
      display "GOVERN 1.4"
      summary "Transparent policies and controls, shaped by the organization's risk priorities, define how AI risk is managed and what it produces."

      requirement GV-1.4-001 "Prevent unlawful content" {
        summary "Put policies and mechanisms in place so GAI systems do not produce CSAM, non-consensual intimate imagery or other unlawful content."
        tags gai-risk:obscene-degrading-abusive-content, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:ai-development, actor-task:ai-deployment, actor-task:governance-and-oversight
      }
      # The profile also names "Civil Rights violations" here, which is not one of its 12 GAI
      # risks, so it has no `gai-risk:` tag.
      requirement GV-1.4-002 "Transparent acceptable use policy" {
        summary "Publish acceptable use policies for GAI that address illegal uses and applications."
        tags gai-risk:cbrn-information, gai-risk:obscene-degrading-abusive-content, gai-risk:data-privacy, actor-task:ai-development, actor-task:ai-deployment, actor-task:governance-and-oversight
      }
    }

    group GV-1.5 "Monitoring and periodic review" {
      display "GOVERN 1.5"
      summary "Ongoing monitoring and periodic review of risk management are planned, with clear roles and a defined review frequency."

      requirement GV-1.5-001 "Review of provenance and incidents" {
        summary "Assign who periodically reviews content provenance and monitors incidents for GAI systems."
        tags gai-risk:information-integrity, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement GV-1.5-002 "After-action reviews of incident response" {
        summary "Review GAI incident response and disclosures after the fact to find gaps, and update those processes as needed."
        tags gai-risk:human-ai-configuration, gai-risk:information-security, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement GV-1.5-003 "Retain TEVV and transparency records" {
        summary "Keep a retention policy that preserves the history of testing, evaluation, validation and verification and of content transparency methods."
        tags gai-risk:information-integrity, gai-risk:intellectual-property, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
    }

    group GV-1.6 "AI system inventory" {
      display "GOVERN 1.6"
      summary "The organization keeps an inventory of its AI systems, funded and staffed according to its risk priorities."

      requirement GV-1.6-001 "GAI systems in the AI inventory" {
        summary "List the organization's GAI systems in the AI inventory and adapt inventory requirements to GAI risks."
        tags gai-risk:information-security, actor-task:governance-and-oversight
      }
      requirement GV-1.6-002 "Inventory exemptions for embedded GAI" {
        summary "State in policy any inventory exemptions for GAI embedded in application software."
        tags gai-risk:value-chain-component-integration, actor-task:governance-and-oversight
      }
      requirement GV-1.6-003 "Contents of GAI inventory entries" {
        summary "Record in each GAI inventory entry its data provenance, known issues, oversight roles, intellectual property and sensitive data considerations, and the underlying foundation models and access modes."
        tags gai-risk:data-privacy, gai-risk:human-ai-configuration, gai-risk:information-integrity, gai-risk:intellectual-property, gai-risk:value-chain-component-integration, actor-task:governance-and-oversight
      }
    }

    group GV-1.7 "Safe decommissioning" {
      display "GOVERN 1.7"
      summary "AI systems are phased out and decommissioned safely, without raising risk or eroding the organization's trustworthiness."

      requirement GV-1.7-001 "Ability to deactivate" {
        summary "Have protocols so that GAI systems can be switched off when needed."
        tags gai-risk:information-security, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring
      }
      requirement GV-1.7-002 "Decommissioning considerations" {
        summary "When retiring a GAI system, consider data retention and security, leakage, dependencies on other systems, open-source components and users' emotional attachment."
        tags gai-risk:human-ai-configuration, gai-risk:information-security, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring
      }
    }

    group GV-2.1 "Roles and lines of communication" {
      display "GOVERN 2.1"
      summary "Roles, responsibilities and communication lines for AI risk work are documented and clear to everyone involved."

      requirement GV-2.1-001 "Communicating incidents and performance" {
        summary "Define roles and procedures to tell AI actors and affected downstream parties about GAI incidents and performance, including through public incident databases."
        tags gai-risk:human-ai-configuration, gai-risk:value-chain-component-integration, actor-task:governance-and-oversight
      }
      requirement GV-2.1-002 "Incident response teams fit for the incident" {
        summary "Assemble GAI incident response teams whose make-up and duties suit the type of incident."
        tags gai-risk:harmful-bias-homogenization, actor-task:governance-and-oversight
      }
      requirement GV-2.1-003 "Incident responder skills" {
        summary "Check that the people handling GAI incidents have, and keep, the skills and training they need."
        tags gai-risk:human-ai-configuration, actor-task:governance-and-oversight
      }
      requirement GV-2.1-004 "National security expertise" {
        summary "Bring in national security professionals to map, measure and manage risks when a system may raise national security concerns."
        tags gai-risk:cbrn-information, gai-risk:dangerous-violent-hateful-content, gai-risk:information-security, actor-task:governance-and-oversight
      }
      requirement GV-2.1-005 "Whistleblower protection" {
        summary "Protect people who report, in good faith, legal violations or well-substantiated public safety risks from the organization's AI."
        tags gai-risk:cbrn-information, gai-risk:dangerous-violent-hateful-content, actor-task:governance-and-oversight
      }
    }

    group GV-3.2 "Human-AI roles and oversight" {
      display "GOVERN 3.2"
      summary "Written policies set out who does what in human-AI teaming and in overseeing AI systems."

      requirement GV-3.2-001 "Independent evaluations matched to risk" {
        summary "Strengthen GAI oversight with independent evaluations whose type and depth match the identified risks."
        tags gai-risk:cbrn-information, gai-risk:harmful-bias-homogenization, actor-task:ai-design
      }
      requirement GV-3.2-002 "Roles across the GAI lifecycle" {
        summary "Adjust roles for large or complex GAI systems to cover testing and red-teaming, content moderation, engineering, accessibility and incident response."
        tags gai-risk:human-ai-configuration, gai-risk:information-security, gai-risk:harmful-bias-homogenization, actor-task:ai-design
      }
      requirement GV-3.2-003 "Acceptable use of interfaces and configurations" {
        summary "Define acceptable use for GAI interfaces, modalities and human-AI configurations, including which queries the system should refuse."
        tags gai-risk:human-ai-configuration, actor-task:ai-design
      }
      requirement GV-3.2-004 "User feedback and recourse policy" {
        summary "Set policies for user feedback mechanisms with clear instructions and ways to seek recourse."
        tags gai-risk:human-ai-configuration, actor-task:ai-design
      }
      requirement GV-3.2-005 "Threat modeling" {
        summary "Use threat modeling to anticipate the risks GAI systems may pose."
        tags gai-risk:cbrn-information, gai-risk:information-security, actor-task:ai-design
      }
    }

    group GV-4.1 "Critical thinking and safety first" {
      display "GOVERN 4.1"
      summary "Policies and practices foster critical thinking and a safety-first mindset across AI design, development, deployment and use."

      requirement GV-4.1-001 "Continual improvement of risk measurement" {
        summary "Keep improving how GAI risk is measured, counter limited explainability with documentation and techniques such as attributions and counterfactual prompts, and revisit the approach regularly."
        tags gai-risk:confabulation, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:operation-and-monitoring
      }
      requirement GV-4.1-002 "Measurement in the context of use" {
        summary "Define how risk is measured in context, with standard protocols and structured public feedback such as red-teaming or independent external evaluation."
        tags gai-risk:cbrn-information, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:operation-and-monitoring
      }
      requirement GV-4.1-003 "Oversight functions across the lifecycle" {
        summary "Set up oversight by leadership, legal, compliance and internal evaluation from problem formulation and the supply chain through to decommissioning."
        tags gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:operation-and-monitoring
      }
    }

    group GV-4.2 "Documenting and communicating impacts" {
      display "GOVERN 4.2"
      summary "Teams document the risks and potential impacts of the AI they build or use and communicate those impacts widely."

      requirement GV-4.2-001 "Terms of use and service" {
        summary "Publish terms of use and terms of service for GAI systems."
        tags gai-risk:intellectual-property, gai-risk:dangerous-violent-hateful-content, gai-risk:obscene-degrading-abusive-content, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:operation-and-monitoring
      }
      requirement GV-4.2-002 "AI actors in risk identification" {
        summary "Involve the relevant AI actors when identifying the risks of a GAI system."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:operation-and-monitoring
      }
      requirement GV-4.2-003 "Downstream impacts documented" {
        summary "Make sure impact documentation covers downstream effects, such as those of third-party plugins."
        tags gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:operation-and-monitoring
      }
    }

    group GV-4.3 "Testing, incidents and information sharing" {
      display "GOVERN 4.3"
      summary "Organizational practices enable AI testing, incident identification and sharing of information."

      # The source data writes this identifier `GV4.3--001` (an extraction error) and
      # lists it after MG-4.3-003; the profile has it here as GV-4.3-001.
      requirement GV-4.3-001 "Effectiveness of provenance methods" {
        summary "Set policies to measure how well the content provenance methods in use, such as cryptography, watermarking or steganography, actually work."
        tags gai-risk:information-integrity, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:governance-and-oversight
      }
      requirement GV-4.3-002 "Minimum incident report fields" {
        summary "Define the minimum information a GAI incident report needs, such as system, reporter, date, description, impacts and affected stakeholders."
        tags gai-risk:information-security, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:governance-and-oversight
      }
      requirement GV-4.3-003 "Sharing information on negative impacts" {
        summary "Check that people and organizations can share information and feedback about negative impacts of GAI systems."
        tags gai-risk:information-integrity, gai-risk:data-privacy, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:governance-and-oversight
      }
    }

    group GV-5.1 "External feedback on impacts" {
      display "GOVERN 5.1"
      summary "Feedback from people outside the development or deployment team on individual and societal AI impacts is collected, prioritized and integrated."

      requirement GV-5.1-001 "Resources for outreach and recourse" {
        summary "Set aside time and resources for outreach, feedback and recourse during GAI development."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, actor-task:ai-design, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:governance-and-oversight
      }
      requirement GV-5.1-002 "Explain interactions to users beforehand" {
        summary "Tell users how they will interact with a GAI system before they do, especially where the risks are higher."
        tags gai-risk:human-ai-configuration, gai-risk:confabulation, actor-task:ai-design, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:governance-and-oversight
      }
    }

    group GV-6.1 "Third-party risk policies" {
      display "GOVERN 6.1"
      summary "Policies address AI risks from third parties, including infringement of their intellectual property or other rights."

      requirement GV-6.1-001 "Classify content by third-party rights" {
        summary "Categorize kinds of GAI content by the third-party rights attached to them, such as copyright or privacy."
        tags gai-risk:data-privacy, gai-risk:intellectual-property, gai-risk:value-chain-component-integration, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-002 "Joint education with third parties" {
        summary "Run educational activities with third parties to spread good practice in managing GAI risk."
        tags gai-risk:value-chain-component-integration, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-003 "Measure provenance management with third parties" {
        summary "Develop and validate ways to measure how well content provenance is managed with third parties, for example by detection and response times."
        tags gai-risk:information-integrity, gai-risk:value-chain-component-integration, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-004 "Contracts and SLAs for GAI content" {
        summary "Keep clear contracts and service level agreements covering content ownership, usage rights, quality, security and provenance expectations."
        tags gai-risk:information-integrity, gai-risk:information-security, gai-risk:intellectual-property, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-005 "Supplier risk assessment" {
        summary "Assess and monitor suppliers, by use case, for adherence to provenance standards, detection of anomalies and tampering, value chain risk and legal compliance."
        tags gai-risk:data-privacy, gai-risk:information-integrity, gai-risk:information-security, gai-risk:intellectual-property, gai-risk:value-chain-component-integration, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-006 "Contractual right to evaluate vendors" {
        summary "Include contract clauses that let the organization evaluate third parties' GAI processes and standards."
        tags gai-risk:information-integrity, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-007 "Third-party access and approved providers" {
        summary "Inventory the third parties with access to organizational content and keep lists of approved GAI technologies and providers."
        tags gai-risk:value-chain-component-integration, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-008 "Record third-party content changes" {
        summary "Keep records of changes third parties make to content, with sources, timestamps and metadata, to support provenance."
        tags gai-risk:information-integrity, gai-risk:value-chain-component-integration, gai-risk:intellectual-property, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-009 "GAI procurement due diligence" {
        summary "Extend vendor due diligence for GAI to intellectual property, privacy, security and other risks, including embedded GAI, ongoing monitoring and checks against vulnerability databases."
        tags gai-risk:data-privacy, gai-risk:human-ai-configuration, gai-risk:information-security, gai-risk:intellectual-property, gai-risk:value-chain-component-integration, gai-risk:harmful-bias-homogenization, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement GV-6.1-010 "Acceptable use for third-party GAI" {
        summary "Extend acceptable use policies to proprietary and open-source GAI technologies and data, and to contractors and other third-party personnel."
        tags gai-risk:intellectual-property, gai-risk:value-chain-component-integration, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
    }

    group GV-6.2 "Third-party contingency processes" {
      display "GOVERN 6.2"
      summary "Fallback plans exist for coping with failures or incidents in third-party data or AI systems judged high-risk."

      requirement GV-6.2-001 "Value chain reliance and fallbacks" {
        summary "Document value chain risks to spot over-reliance on third-party data and to identify fallbacks."
        tags gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv, actor-task:third-party-entities
      }
      requirement GV-6.2-002 "Third-party incident records" {
        summary "Document incidents involving third-party GAI data and systems, including open data and open-source software."
        tags gai-risk:intellectual-property, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv, actor-task:third-party-entities
      }
      requirement GV-6.2-003 "Third-party incident response plans" {
        summary "Set up, communicate, assign, rehearse, improve and legally review incident response plans for third-party GAI technologies, aligned with the impacts mapped under MAP 5.1."
        tags gai-risk:data-privacy, gai-risk:human-ai-configuration, gai-risk:information-security, gai-risk:value-chain-component-integration, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv, actor-task:third-party-entities
      }
      requirement GV-6.2-004 "Monitor third-party GAI in deployment" {
        summary "Continuously monitor third-party GAI systems once they are deployed."
        tags gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv, actor-task:third-party-entities
      }
      requirement GV-6.2-005 "Redundancy of data and artifacts" {
        summary "Address in policy the redundancy of GAI data, model weights and other system artifacts."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv, actor-task:third-party-entities
      }
      requirement GV-6.2-006 "Rollover and fallback risks" {
        summary "Test and manage the risks of rollover and fallback technologies, which may include manual processing."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv, actor-task:third-party-entities
      }
      requirement GV-6.2-007 "Vendor contract review" {
        summary "Review vendor contracts to avoid abrupt termination of critical services and terms that shift liability or allow secondary data use, and seek clear incident liability, serious-incident notification and support SLAs."
        tags gai-risk:human-ai-configuration, gai-risk:information-security, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv, actor-task:third-party-entities
      }
    }
  }

  group MP "Map" {
    display "MAP"
    summary "Suggested actions for setting out the context of a generative AI system and the risks and impacts that arise from it."

    group MP-1.1 "Intended purpose and context" {
      display "MAP 1.1"
      summary "Intended purposes, beneficial uses, applicable laws and norms, deployment settings, users, impacts and assumptions are understood and documented."

      requirement MP-1.1-001 "Factors for intended purpose" {
        summary "When defining intended purposes, consider internal or external use, breadth of scope, fine-tuning and data sources such as retrieval-augmented generation."
        tags gai-risk:data-privacy, gai-risk:intellectual-property, actor-task:ai-deployment
      }
      requirement MP-1.1-002 "Context of use documented with experts" {
        summary "Work with socio-cultural and domain experts to document the expected context of use, including assumptions, value, environment, impacts and social norms."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment
      }
      requirement MP-1.1-003 "Risk measurement plans" {
        summary "Document plans to measure identified risks, covering cognitive biases, past incidents, foreseeable misuse, limits of metrics, structured feedback and human-AI configurations."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment
      }
      requirement MP-1.1-004 "Foreseeable illegal uses" {
        summary "Identify and document foreseeable illegal uses of the GAI system that exceed the organization's risk tolerance."
        tags gai-risk:cbrn-information, gai-risk:dangerous-violent-hateful-content, gai-risk:obscene-degrading-abusive-content, actor-task:ai-deployment
      }
    }

    group MP-1.2 "Interdisciplinary context team" {
      display "MAP 1.2"
      summary "Those establishing context are interdisciplinary and demographically diverse, their participation is documented, and collaboration is prioritized."

      requirement MP-1.2-001 "Interdisciplinary risk teams" {
        summary "Build and empower interdisciplinary, diverse teams to inform and carry out risk measurement and management."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment
      }
      requirement MP-1.2-002 "Representative data and participants" {
        summary "Check that measurement data, benchmarks and feedback participants represent the real user populations."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment
      }
    }

    group MP-2.1 "Tasks and methods defined" {
      display "MAP 2.1"
      summary "The tasks the AI system supports and the methods used to implement them, such as classifiers or generative models, are defined."

      requirement MP-2.1-001 "Data origin and lineage practices" {
        summary "Establish the assumptions and practices used to determine data origin and content lineage."
        tags gai-risk:information-integrity, actor-task:tevv
      }
      requirement MP-2.1-002 "Test data and content flows" {
        summary "Test and evaluate how data and content flow through the GAI system, from sources through transformations to decision criteria."
        tags gai-risk:intellectual-property, gai-risk:data-privacy, actor-task:tevv
      }
    }

    group MP-2.2 "Knowledge limits and human use" {
      display "MAP 2.2"
      summary "The system's knowledge limits and how humans use and oversee its output are documented well enough to support decisions."

      requirement MP-2.2-001 "Upstream and downstream dependencies" {
        summary "Document how the system depends on upstream data sources, including for provenance, and whether other systems depend on it."
        tags gai-risk:information-integrity, gai-risk:value-chain-component-integration, actor-task:end-users
      }
      requirement MP-2.2-002 "External network interactions" {
        summary "Analyze how the GAI system interacts with external networks and where that could cause harm or compromise provenance."
        tags gai-risk:information-integrity, actor-task:end-users
      }
    }

    group MP-2.3 "Scientific integrity and TEVV" {
      display "MAP 2.3"
      summary "Scientific integrity and TEVV considerations, including experimental design, data selection, trustworthiness and construct validity, are identified and documented."

      requirement MP-2.3-001 "Output against ground truth" {
        summary "Judge the accuracy, reliability and authenticity of GAI output against ground truth, using several evaluation methods."
        tags gai-risk:information-integrity, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MP-2.3-002 "Data suitability across the lifecycle" {
        summary "Review and document whether data is accurate, representative, relevant and suitable at each stage of the lifecycle."
        tags gai-risk:harmful-bias-homogenization, gai-risk:intellectual-property, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MP-2.3-003 "Fact-checking" {
        summary "Use and document fact-checking to verify the information GAI systems generate, particularly from multiple or unknown sources."
        tags gai-risk:information-integrity, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MP-2.3-004 "Detect synthetic content" {
        summary "Develop tests that identify GAI-produced content that could pass for human-made content."
        tags gai-risk:information-integrity, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MP-2.3-005 "Regular adversarial testing" {
        summary "Plan regular adversarial testing of GAI systems to find vulnerabilities and possible manipulation or misuse."
        tags gai-risk:information-security, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
    }

    group MP-3.4 "Operator proficiency" {
      display "MAP 3.4"
      summary "The organization defines, checks and records how operators and practitioners gain competence, including applicable standards and certifications."

      requirement MP-3.4-001 "Users' grasp of content lineage" {
        summary "Evaluate whether operators and end users correctly understand where content comes from."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, actor-task:ai-design, actor-task:ai-development, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MP-3.4-002 "Content transparency training" {
        summary "Add digital content transparency modules to existing training programs."
        tags gai-risk:information-integrity, actor-task:ai-design, actor-task:ai-development, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MP-3.4-003 "Proficiency certification" {
        summary "Create certifications, specific to an industry and context, that test skill in managing GAI risk and interpreting content provenance."
        tags gai-risk:information-integrity, actor-task:ai-design, actor-task:ai-development, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MP-3.4-004 "Separate human and GAI tests" {
        summary "Keep tests of human proficiency distinct from tests of GAI capability."
        tags gai-risk:human-ai-configuration, actor-task:ai-design, actor-task:ai-development, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MP-3.4-005 "Track human-GAI configuration outcomes" {
        summary "Continuously monitor the outcomes of human-GAI configurations in order to refine them."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, actor-task:ai-design, actor-task:ai-development, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MP-3.4-006 "Users in prototyping and testing" {
        summary "Involve end users, practitioners and operators in prototyping and testing, including crisis and ethically sensitive scenarios."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:ai-design, actor-task:ai-development, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
    }

    group MP-4.1 "Mapping component and legal risks" {
      display "MAP 4.1"
      summary "Approaches for mapping technology and legal risks of components, including third-party data, software and rights infringement, are followed and documented."

      requirement MP-4.1-001 "Monitor output for privacy risks" {
        summary "Periodically check generated content for exposure of personal or sensitive data, and deal with any found."
        tags gai-risk:data-privacy, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-002 "Respond to infringement claims" {
        summary "Have processes for responding to claims of intellectual property or other rights infringement."
        tags gai-risk:intellectual-property, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-003 "Connect to existing governance" {
        summary "Tie new GAI policies to existing model, data, software and IT governance and to legal, compliance and risk activities."
        tags gai-risk:information-security, gai-risk:data-privacy, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-004 "Training data curation policies" {
        summary "Document how training data is curated, as far as possible and as laws and policies allow."
        tags gai-risk:intellectual-property, gai-risk:data-privacy, gai-risk:obscene-degrading-abusive-content, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-005 "Data collection and retention policies" {
        summary "Set data collection, retention and quality policies that account for CBRN information, illegal content, offensive cyber, bias-inducing imbalances and leaks of personal data."
        tags gai-risk:cbrn-information, gai-risk:intellectual-property, gai-risk:information-security, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, gai-risk:data-privacy, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-006 "Third-party IP and training data" {
        summary "Define how third-party intellectual property and training data are used, stored and protected."
        tags gai-risk:intellectual-property, gai-risk:value-chain-component-integration, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-007 "Re-evaluate derived models" {
        summary "Re-evaluate models that were fine-tuned or enhanced on top of third-party models."
        tags gai-risk:value-chain-component-integration, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-008 "Re-evaluate for new domains" {
        summary "Reassess risks when adapting GAI to a new domain, and warn when a system is used where earlier assumptions may no longer hold."
        tags gai-risk:cbrn-information, gai-risk:intellectual-property, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, gai-risk:data-privacy, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-009 "Detect personal data in output" {
        summary "Use methods that detect personal or sensitive data in generated text, images, video or audio."
        tags gai-risk:data-privacy, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
      requirement MP-4.1-010 "Training data diligence" {
        summary "Check that using proprietary or sensitive training data respects intellectual property, privacy and applicable law."
        tags gai-risk:intellectual-property, gai-risk:data-privacy, actor-task:governance-and-oversight, actor-task:operation-and-monitoring, actor-task:procurement, actor-task:third-party-entities
      }
    }

    group MP-5.1 "Impact likelihood and magnitude" {
      display "MAP 5.1"
      summary "The likelihood and magnitude of each beneficial or harmful impact are identified and documented using expected use, past cases, incidents and feedback."

      requirement MP-5.1-001 "TEVV for content provenance" {
        summary "Apply testing and evaluation to content provenance, for example by probing synthetic data generation for misuse or weaknesses."
        tags gai-risk:information-integrity, gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring
      }
      requirement MP-5.1-002 "Rank provenance harms" {
        summary "Identify provenance-related harms such as disinformation, deepfakes and tampered content, rank them by likelihood and impact, and judge how well provenance solutions address them."
        tags gai-risk:information-integrity, gai-risk:dangerous-violent-hateful-content, gai-risk:obscene-degrading-abusive-content, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring
      }
      requirement MP-5.1-003 "Disclose GAI use" {
        summary "Consider telling end users when GAI is in use, weighing purpose, context, risk, audience and how often to disclose."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring
      }
      requirement MP-5.1-004 "Prioritize structured public feedback" {
        summary "Prioritize structured public feedback efforts according to risk estimates."
        tags gai-risk:information-integrity, gai-risk:cbrn-information, gai-risk:dangerous-violent-hateful-content, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring
      }
      requirement MP-5.1-005 "Red-teaming and chaos testing" {
        summary "Use adversarial role-play, red-teaming or chaos testing to find unexpected failure modes."
        tags gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring
      }
      requirement MP-5.1-006 "Threat profiling" {
        summary "Profile the threats and harms of GAI interacting with, manipulating or generating content, with known vulnerabilities and their likelihood."
        tags gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring
      }
    }

    group MP-5.2 "Engagement on impacts" {
      display "MAP 5.2"
      summary "Staff and practices exist for ongoing dialogue with AI actors and for using their feedback on good, bad and unexpected impacts."

      requirement MP-5.2-001 "Detect new impacts" {
        summary "Set context-based measures, including regular contact with downstream AI actors, to detect and quantify new, unanticipated impacts."
        tags gai-risk:human-ai-configuration, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MP-5.2-002 "Engage input providers" {
        summary "Meet regularly with those who supply inputs, such as third-party data and algorithms, to review unanticipated impacts."
        tags gai-risk:human-ai-configuration, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
    }
  }

  group MS "Measure" {
    display "MEASURE"
    summary "Suggested actions for testing, evaluating and tracking generative AI risks, trustworthiness and impacts."

    group MS-1.1 "Selecting approaches and metrics" {
      display "MEASURE 1.1"
      summary "Measurement approaches for risks found in MAP are selected starting with the most significant, and unmeasured risks are documented."

      requirement MS-1.1-001 "Trace content origin and changes" {
        summary "Use methods that trace where digital content came from and how it was modified."
        tags gai-risk:information-integrity, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-002 "Provenance analysis tools" {
        summary "Integrate tools that analyze provenance, detect anomalies, verify digital signatures and spot signs of misinformation or manipulation."
        tags gai-risk:information-integrity, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-003 "Disaggregated provenance metrics" {
        summary "Break evaluation metrics down by demographic factors to find where provenance mechanisms work unevenly."
        tags gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-004 "Metrics for public feedback exercises" {
        summary "Develop metrics, informed by representative AI actors, to evaluate structured public feedback exercises."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, gai-risk:cbrn-information, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-005 "New risk measurement methods" {
        summary "Evaluate new ways to measure GAI risks such as provenance, offensive cyber and CBRN while keeping outputs valid, reliable and accurate."
        tags gai-risk:information-integrity, gai-risk:cbrn-information, gai-risk:obscene-degrading-abusive-content, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-006 "Monitor equity of outputs" {
        summary "Continuously monitor whether outputs are equitable across sub-populations, seeking feedback from affected communities."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-007 "Training data quality and provenance" {
        summary "Evaluate the quality and integrity of training data and the provenance of generated content, for example with chaos engineering and stakeholder feedback."
        tags gai-risk:information-integrity, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-008 "Where structured feedback helps most" {
        summary "Define the uses, contexts, capabilities and impacts for which structured human feedback such as red-teaming is most useful."
        tags gai-risk:harmful-bias-homogenization, gai-risk:cbrn-information, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-1.1-009 "Track risks that resist measurement" {
        summary "Document the risks that cannot be measured quantitatively, explain why, and include them among marginal risks."
        tags gai-risk:information-integrity, actor-task:ai-development, actor-task:domain-experts, actor-task:tevv
      }
    }

    group MS-1.3 "Independent assessment" {
      display "MEASURE 1.3"
      summary "Independent or non-front-line assessors join regular assessments, consulting domain experts, users and affected communities as risk tolerance requires."

      requirement MS-1.3-001 "Groups of interest for feedback" {
        summary "Define which groups, such as demographic groups or subject matter experts, structured public feedback should draw on."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, gai-risk:cbrn-information, actor-task:ai-deployment, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-1.3-002 "Evaluations with representative actors" {
        summary "Run evaluations, red-teaming, impact assessments or other structured feedback with AI actors who know the context or represent its populations."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, gai-risk:cbrn-information, actor-task:ai-deployment, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-1.3-003 "Independent feedback exercises" {
        summary "Ensure those running structured human feedback exercises are not developers of the same model."
        tags gai-risk:human-ai-configuration, gai-risk:data-privacy, actor-task:ai-deployment, actor-task:ai-development, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.2 "Human subject evaluations" {
      display "MEASURE 2.2"
      summary "Any evaluation using people follows human subject protection rules and uses participants representative of the affected population."

      requirement MS-2.2-001 "Statistical bias in provenance" {
        summary "Assess and reduce statistical bias in content provenance using re-sampling, re-weighting or adversarial training."
        tags gai-risk:information-integrity, gai-risk:information-security, gai-risk:harmful-bias-homogenization, actor-task:ai-development, actor-task:human-factors, actor-task:tevv
      }
      requirement MS-2.2-002 "Provenance data and privacy" {
        summary "Document how provenance data is tracked and how it affects privacy and security, considering anonymization, privacy filters and removal of personal data."
        tags gai-risk:data-privacy, gai-risk:human-ai-configuration, gai-risk:information-integrity, gai-risk:information-security, gai-risk:dangerous-violent-hateful-content, actor-task:ai-development, actor-task:human-factors, actor-task:tevv
      }
      requirement MS-2.2-003 "Withdrawal of consent" {
        summary "Let human subjects withdraw or revoke consent for present or future use of their data in GAI."
        tags gai-risk:data-privacy, gai-risk:human-ai-configuration, gai-risk:information-integrity, actor-task:ai-development, actor-task:human-factors, actor-task:tevv
      }
      requirement MS-2.2-004 "Privacy-enhancing techniques" {
        summary "Use anonymization, differential privacy or similar technologies to reduce the risk of linking generated content to individuals."
        tags gai-risk:data-privacy, gai-risk:human-ai-configuration, actor-task:ai-development, actor-task:human-factors, actor-task:tevv
      }
    }

    group MS-2.3 "Performance in deployment conditions" {
      display "MEASURE 2.3"
      summary "Performance or assurance criteria are measured and shown under conditions similar to deployment, and the measures are documented."

      requirement MS-2.3-001 "Baseline benchmarks for model selection" {
        summary "Consider baseline benchmark performance when choosing a model to fine-tune or augment with retrieval."
        tags gai-risk:information-security, gai-risk:confabulation, actor-task:ai-deployment, actor-task:tevv
      }
      requirement MS-2.3-002 "Validate capability claims" {
        summary "Check claims about model capabilities with empirically validated methods."
        tags gai-risk:confabulation, gai-risk:information-security, actor-task:ai-deployment, actor-task:tevv
      }
      requirement MS-2.3-003 "Share pre-deployment results" {
        summary "Share pre-deployment test results with the relevant actors, such as those who approve release."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:tevv
      }
      requirement MS-2.3-004 "Purpose-built test environment" {
        summary "Use a dedicated testing environment, such as NIST Dioptra, to evaluate trustworthiness empirically."
        tags gai-risk:cbrn-information, gai-risk:data-privacy, gai-risk:confabulation, gai-risk:information-integrity, gai-risk:information-security, gai-risk:dangerous-violent-hateful-content, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:tevv
      }
    }

    group MS-2.5 "Validity and reliability" {
      display "MEASURE 2.5"
      summary "The system to be deployed is shown to be valid and reliable, with limits on generalizability documented."

      requirement MS-2.5-001 "No extrapolation from anecdotes" {
        summary "Do not infer GAI performance or capabilities from narrow, unsystematic or anecdotal assessments."
        tags gai-risk:human-ai-configuration, gai-risk:confabulation, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-2.5-002 "Use of domain knowledge documented" {
        summary "Document how much human domain knowledge, through RLHF, fine-tuning, retrieval, moderation or business rules, improves performance."
        tags gai-risk:human-ai-configuration, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-2.5-003 "Verify sources and citations" {
        summary "Check sources and citations in GAI outputs before deployment and during monitoring."
        tags gai-risk:confabulation, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-2.5-004 "Track anthropomorphization" {
        summary "Track and document human-like cues, such as human images or talk of feelings, in GAI interfaces."
        tags gai-risk:human-ai-configuration, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-2.5-005 "Data provenance and grounding" {
        summary "Verify the provenance of training and TEVV data and that fine-tuning or retrieval data is grounded."
        tags gai-risk:information-integrity, actor-task:domain-experts, actor-task:tevv
      }
      requirement MS-2.5-006 "Review guardrails" {
        summary "Regularly review security and safety guardrails, especially in new circumstances, and revisit why the system was judged safe to deploy."
        tags gai-risk:information-security, gai-risk:dangerous-violent-hateful-content, actor-task:domain-experts, actor-task:tevv
      }
    }

    group MS-2.6 "Safety evaluation" {
      display "MEASURE 2.6"
      summary "The system is regularly evaluated for safety, shown to fail safely within risk tolerance, with safety metrics covering robustness and monitoring."

      requirement MS-2.6-001 "Impacts on exposed workers" {
        summary "Assess health and wellbeing impacts on workers exposed to explicit, offensive or violent material during training and maintenance."
        tags gai-risk:human-ai-configuration, gai-risk:obscene-degrading-abusive-content, gai-risk:value-chain-component-integration, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.6-002 "Harmful material in training data" {
        summary "Assess training data for harmful bias, intellectual property infringement, privacy violations, obscenity, extremism, violence or CBRN information."
        tags gai-risk:data-privacy, gai-risk:intellectual-property, gai-risk:obscene-degrading-abusive-content, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, gai-risk:cbrn-information, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.6-003 "Safety of fine-tuned models" {
        summary "Re-evaluate the safety features of fine-tuned models when risk exceeds tolerance."
        tags gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.6-004 "Outputs reviewed for validity and safety" {
        summary "Review outputs, including generated code, for validity and for safety risks to downstream decisions."
        tags gai-risk:value-chain-component-integration, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.6-005 "Recovery from security anomalies" {
        summary "Verify the architecture can monitor outputs and recover from errors when security anomalies or threats are detected."
        tags gai-risk:confabulation, gai-risk:information-integrity, gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.6-006 "Handling of harmful queries" {
        summary "Verify the system properly handles queries aimed at manipulation, extortion, impersonation, cyber-attacks or weapons creation."
        tags gai-risk:cbrn-information, gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.6-007 "Circumvention of safety measures" {
        summary "Regularly evaluate how vulnerable the system is to circumvention of its safety measures."
        tags gai-risk:cbrn-information, gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.7 "Security and resilience" {
      display "MEASURE 2.7"
      summary "How well the AI system resists attacks and recovers from disruption is assessed and recorded."

      requirement MS-2.7-001 "Security threat assessment" {
        summary "Assess the likelihood and impact of threats such as backdoors, compromised dependencies, data breaches, model theft, extraction and bypass."
        tags gai-risk:data-privacy, gai-risk:information-integrity, gai-risk:information-security, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-002 "Security and provenance benchmarked" {
        summary "Compare the system's security and provenance methods with industry standards and the state of the art."
        tags gai-risk:information-integrity, gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-003 "User surveys on authenticity" {
        summary "Survey users on satisfaction with generated content and its perceived authenticity, to gauge provenance literacy and understanding of labels."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-004 "Security effectiveness metrics" {
        summary "Identify metrics for how well security works, such as unauthorized access attempts, extraction, penetrations and provenance verification."
        tags gai-risk:information-integrity, gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-005 "Reliability of content authentication" {
        summary "Measure how reliable watermarks, signatures, fingerprints and integrity checks are, including their false positive and false negative rates."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-006 "Security remediation rate" {
        summary "Measure how quickly recommendations from security checks and lessons from incidents are put into effect."
        tags gai-risk:information-integrity, gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-007 "Red-teaming for resilience" {
        summary "Red-team the system against abuse that attacks other systems, GAI attacks such as prompt injection, and ML attacks such as poisoning or model extraction."
        tags gai-risk:information-security, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-008 "Fine-tuning keeps controls intact" {
        summary "Verify that fine-tuning does not weaken safety and security controls."
        tags gai-risk:information-integrity, gai-risk:information-security, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.7-009 "Security measures still effective" {
        summary "Regularly verify that security measures still work and have not been compromised."
        tags gai-risk:information-security, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.8 "Transparency and accountability" {
      display "MEASURE 2.8"
      summary "Transparency and accountability risks found during mapping are analyzed and written up."

      requirement MS-2.8-001 "Statistics on violations and takedowns" {
        summary "Compile statistics on policy violations, takedown requests and intellectual property infringement, analyzed across demographic and language groups."
        tags gai-risk:intellectual-property, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.8-002 "Annotator instructions documented" {
        summary "Document the instructions given to data annotators and red-teamers."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.8-003 "Tamper-proof content history" {
        summary "Use content transparency solutions to record each creation, modification or sharing of content, and version control to track changes over the lifecycle."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.8-004 "User instructions tested" {
        summary "Verify through user testing that GAI user instructions are adequate."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.9 "Explainability and interpretability" {
      display "MEASURE 2.9"
      summary "The model is explained and validated, and its outputs are read in context, so that use and governance stay responsible."

      requirement MS-2.9-001 "ML explanation methods" {
        summary "Apply and document explanation methods such as embedding analysis, counterfactual prompts, gradient attributions, surrogate models and occlusion."
        tags gai-risk:confabulation, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.9-002 "Model details documented" {
        summary "Document the model's purpose, assumptions, data, architecture, training, fine-tuning, evaluation data, ethical considerations and legal requirements."
        tags gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.10 "Privacy risk" {
      display "MEASURE 2.10"
      summary "The system's privacy risks found during mapping are analyzed and written up."

      requirement MS-2.10-001 "Red-teaming for privacy leakage" {
        summary "Red-team for leakage of training data, membership inference, disclosure of personal, confidential or protected information, and location tracking."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, gai-risk:intellectual-property, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.10-002 "Stakeholder expectations on provenance" {
        summary "Learn what end users and other stakeholders expect of provenance and use that to design tracking techniques."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.10-003 "Deduplicated training data" {
        summary "Verify that GAI training data is deduplicated, especially synthetic data."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.11 "Fairness and bias" {
      display "MEASURE 2.11"
      summary "The system is assessed for fairness and harmful bias, and the findings are recorded."

      requirement MS-2.11-001 "Bias benchmarks" {
        summary "Quantify bias, stereotyping, denigration and hateful content with suitable benchmarks, documenting their limits and any data contamination."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.11-002 "Fairness assessments" {
        summary "Measure systemic bias and performance across groups using field testing, counterfactual red-teaming, fairness metrics, custom metrics and the prevalence of denigration."
        tags gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.11-003 "Impacted groups and ecosystems" {
        summary "Identify, by engaging directly with communities, which people, groups or environmental ecosystems GAI might affect."
        tags gai-risk:environmental-impacts, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.11-004 "Sources of bias in data" {
        summary "Review and measure bias in training and TEVV data, including distribution gaps, representativeness, latent bias, proxies, the digital divide, hate speech filtering and the share of generated data."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.11-005 "Synthetic data share and model collapse" {
        summary "Check the share of synthetic training data so that it is not overly homogeneous, to guard against model collapse."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.12 "Environmental impact" {
      display "MEASURE 2.12"
      summary "The environmental footprint and long-term sustainability of training and operating AI models are assessed and recorded."

      requirement MS-2.12-001 "Physical environment safety" {
        summary "Assess safety to physical environments when deploying GAI systems."
        tags gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.12-002 "Environmental impacts in design" {
        summary "Record the anticipated environmental impacts of development, maintenance and deployment in product design decisions."
        tags gai-risk:environmental-impacts, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.12-003 "Energy and water use" {
        summary "Measure or estimate energy and water use for training, fine-tuning and deployment, weighing inference costs against training costs."
        tags gai-risk:environmental-impacts, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-2.12-004 "Carbon offsets verified" {
        summary "Verify that carbon capture or offset programs work, and guard against green-washing."
        tags gai-risk:environmental-impacts, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-2.13 "Effectiveness of TEVV" {
      display "MEASURE 2.13"
      summary "The organization checks and records whether its own testing and evaluation metrics and processes actually work."

      requirement MS-2.13-001 "Measurement error models" {
        summary "Build measurement error models to show each pre-deployment metric measures what it should, documenting bias and variance and drawing on domain expertise."
        tags gai-risk:confabulation, gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-3.2 "Tracking hard-to-measure risks" {
      display "MEASURE 3.2"
      summary "Risk tracking approaches are considered where AI risks are hard to assess with current techniques or metrics are lacking."

      requirement MS-3.2-001 "Emergent risks identified" {
        summary "Set processes to identify emergent GAI risks, consulting external AI actors."
        tags gai-risk:human-ai-configuration, gai-risk:confabulation, actor-task:ai-impact-assessment, actor-task:domain-experts, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-3.3 "User feedback and appeals" {
      display "MEASURE 3.3"
      summary "End users and impacted communities can report problems and appeal outcomes, and this feedback feeds evaluation metrics."

      requirement MS-3.3-001 "Impact on social groups" {
        summary "Assess how generated content may affect different social, economic and cultural groups."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-3.3-002 "How users perceive content" {
        summary "Study how end users perceive and act on GAI content and its provenance information in their context."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-3.3-003 "Bias and stereotypes in content" {
        summary "Evaluate biases and stereotypes in generated content with computational testing and structured feedback."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-3.3-004 "Input to training materials" {
        summary "Contribute to training materials on GAI capabilities, limits and content transparency for AI actors, professionals and the public."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-3.3-005 "Structured feedback on provenance" {
        summary "Collect structured feedback on provenance, quality and bias from operators, users and communities, and assess whether they know the feedback channels exist."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MS-4.2 "Validating trustworthiness results" {
      display "MEASURE 4.2"
      summary "Trustworthiness measurement results are validated with domain experts and AI actors to confirm the system performs as intended, and documented."

      requirement MS-4.2-001 "Adversarial testing of provenance" {
        summary "Test adversarially on a regular cadence, including attempts to defeat provenance techniques, to find vulnerabilities and misuse scenarios."
        tags gai-risk:information-integrity, gai-risk:information-security, actor-task:ai-deployment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-4.2-002 "Real-world performance" {
        summary "Evaluate performance in real-world settings to reveal issues that controlled tests miss."
        tags gai-risk:human-ai-configuration, gai-risk:confabulation, gai-risk:information-security, actor-task:ai-deployment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-4.2-003 "Interpretability methods" {
        summary "Use interpretability and explainability methods to check that system decisions align with the intended purpose."
        tags gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-4.2-004 "Overrides monitored" {
        summary "Track and evaluate cases where humans or other systems override GAI decisions, including any link to provenance issues."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MS-4.2-005 "Public feedback used in decisions" {
        summary "Verify and document that structured public feedback results feed into design, deployment approval, monitoring and decommissioning decisions."
        tags gai-risk:human-ai-configuration, gai-risk:information-security, actor-task:ai-deployment, actor-task:domain-experts, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }
  }

  group MG "Manage" {
    display "MANAGE"
    summary "Suggested actions for treating, responding to and monitoring generative AI risks once they are identified."

    group MG-1.3 "Responses to high-priority risks" {
      display "MANAGE 1.3"
      summary "Responses to high-priority AI risks, such as mitigating, transferring, avoiding or accepting, are developed, planned and documented."

      requirement MG-1.3-001 "Release trade-offs documented" {
        summary "Document trade-offs and decisions for risks within tolerance, consider a staged release, and mitigate, transfer or avoid risks beyond tolerance."
        tags gai-risk:information-security, actor-task:ai-development, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:operation-and-monitoring
      }
      requirement MG-1.3-002 "Risk control effectiveness" {
        summary "Monitor how robust and effective risk controls and mitigation plans are, through red-teaming, field tests, engagement and user feedback."
        tags gai-risk:human-ai-configuration, actor-task:ai-development, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:operation-and-monitoring
      }
    }

    group MG-2.2 "Sustaining system value" {
      display "MANAGE 2.2"
      summary "Deployed AI systems are actively maintained so that they keep delivering their intended value."

      requirement MG-2.2-001 "Output against risk tolerance" {
        summary "Test generated content against the organization's risk tolerance, guidelines and principles."
        tags gai-risk:cbrn-information, gai-risk:obscene-degrading-abusive-content, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-002 "Training data sources documented" {
        summary "Document training data sources so the origin of generated content can be traced."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-003 "Provenance feedback loops" {
        summary "Evaluate the feedback loops between provenance and human reviewers, and monitor in real time that provenance protocols stay effective."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-004 "Representational bias mitigated" {
        summary "Evaluate content and data for representational bias and mitigate it with re-sampling, re-ranking or adversarial training."
        tags gai-risk:information-security, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-005 "Due diligence on harmful output" {
        summary "Analyze output for harmful content, misinformation, and CBRN-related or non-consensual intimate content."
        tags gai-risk:cbrn-information, gai-risk:obscene-degrading-abusive-content, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-006 "Feedback on content impact" {
        summary "Use feedback from AI actors, users and communities to assess the impact of generated content."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-007 "Real-time auditing of lineage" {
        summary "Use real-time auditing tools, where they are shown to help, to track and validate the lineage and authenticity of generated data."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-008 "Structured user feedback on content" {
        summary "Collect structured user feedback to detect subtle shifts in content quality or in alignment with societal values."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.2-009 "Responsible synthetic data" {
        summary "Consider synthetic data and privacy-enhancing techniques that mirror real data without exposing personal data or adding to homogenization."
        tags gai-risk:data-privacy, gai-risk:intellectual-property, gai-risk:information-integrity, gai-risk:confabulation, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-impact-assessment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
    }

    group MG-2.3 "Responding to unknown risks" {
      display "MANAGE 2.3"
      summary "When a risk that was not previously known comes to light, established procedures guide the response and recovery."

      requirement MG-2.3-001 "Incident response and recovery plans" {
        summary "Maintain GAI incident response and recovery plans that cover new and unanticipated uses, the value chain and contacts for downstream actors."
        tags gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring
      }
    }

    group MG-2.4 "Disengaging or deactivating systems" {
      display "MANAGE 2.4"
      summary "Mechanisms and assigned responsibilities exist to supersede, disengage or deactivate AI systems behaving inconsistently with intended use."

      requirement MG-2.4-001 "Deactivation communication plans" {
        summary "Plan how to inform stakeholders when a GAI system or use is deactivated, with reasons, workarounds, access removal, alternatives and contacts."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.4-002 "Escalation on deactivation criteria" {
        summary "Escalate incidents to the organization's risk management authority when criteria for deactivation or disengagement are met."
        tags gai-risk:information-security, actor-task:ai-deployment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.4-003 "Remediation procedures and timelines" {
        summary "Remediate issues that trigger incident response, and give stakeholders a timeline for the remediation."
        tags gai-risk:information-security, actor-task:ai-deployment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
      requirement MG-2.4-004 "Deactivation criteria" {
        summary "Set, and regularly review, the criteria that warrant deactivating GAI systems according to risk tolerance."
        tags gai-risk:information-security, actor-task:ai-deployment, actor-task:governance-and-oversight, actor-task:operation-and-monitoring
      }
    }

    group MG-3.1 "Monitoring third-party resources" {
      display "MANAGE 3.1"
      summary "Third-party AI resources are watched on an ongoing basis for risks and benefits, and controls on them are applied and recorded."

      requirement MG-3.1-001 "Risk tolerance for third-party resources" {
        summary "Apply risk tolerances and controls to third-party datasets and models, including fine-tuned or domain-adapted ones, and reassess after fine-tuning."
        tags gai-risk:value-chain-component-integration, gai-risk:intellectual-property, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.1-002 "Value chain risks tested" {
        summary "Test value chain risks such as data poisoning, malware, labor practices, data localization and geopolitical alignment."
        tags gai-risk:data-privacy, gai-risk:information-security, gai-risk:value-chain-component-integration, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.1-003 "Reassessment after adaptation" {
        summary "Reassess risks after fine-tuning or retrieval augmentation, and for third-party models used in applications not covered by initial testing."
        tags gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.1-004 "CBRN and protected IP in training data" {
        summary "Review training data for CBRN information and protected intellectual property, remove it where appropriate, and act on outputs that reproduce training data."
        tags gai-risk:intellectual-property, gai-risk:cbrn-information, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.1-005 "Third-party transparency artifacts" {
        summary "Review system cards, model cards and other transparency artifacts of third-party models."
        tags gai-risk:information-integrity, gai-risk:information-security, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
    }

    group MG-3.2 "Monitoring pre-trained models" {
      display "MANAGE 3.2"
      summary "Pre-trained models adopted during development are included in the system's routine monitoring and upkeep."

      requirement MG-3.2-001 "Explainable AI techniques" {
        summary "Use explainable AI techniques in continuous improvement to reduce the risks of unexplainable GAI."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.2-002 "Model adaptation documented" {
        summary "Document how pre-trained models were adapted for the task, keeping access to the untuned baseline for debugging."
        tags gai-risk:information-integrity, gai-risk:data-privacy, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.2-003 "Pre-trained model data and training" {
        summary "Document the training data sources, potential biases, architecture and training process of the pre-trained model, including any fine-tuning or retrieval augmentation."
        tags gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, gai-risk:intellectual-property, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      # The source data joins two risks into one entry here ("Human-AI Configuration,
      # Dangerous, Violent, or Hateful Content"); both are tagged.
      requirement MG-3.2-004 "User reports acted on" {
        summary "Evaluate problematic content reported by users and feed it into system updates."
        tags gai-risk:human-ai-configuration, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.2-005 "Content filters" {
        summary "Filter inputs and outputs, with rules or models, to prevent harmful, false, illegal or violent content, including CSAM and non-consensual intimate imagery."
        tags gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, gai-risk:dangerous-violent-hateful-content, gai-risk:obscene-degrading-abusive-content, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.2-006 "Real-time content monitoring" {
        summary "Monitor generated content and provenance in real time and alert humans when it deviates from standards."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.2-007 "Board advice on third-party models" {
        summary "Use advice from organizational boards or committees when deploying applications built on third-party pre-trained models."
        tags gai-risk:information-integrity, gai-risk:value-chain-component-integration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.2-008 "Human moderation" {
        summary "Use human moderation where appropriate, following human-AI configuration policies and local norms, especially where models perform poorly."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
      requirement MG-3.2-009 "Retire or retrain out-of-bounds models" {
        summary "Decommission or retrain pre-trained models whose risks or performance fall outside defined limits."
        tags gai-risk:cbrn-information, gai-risk:confabulation, actor-task:ai-deployment, actor-task:operation-and-monitoring, actor-task:third-party-entities
      }
    }

    group MG-4.1 "Post-deployment monitoring plans" {
      display "MANAGE 4.1"
      summary "Post-deployment monitoring plans are implemented, covering user input, appeal and override, decommissioning, incident response, recovery and change management."

      requirement MG-4.1-001 "Awareness of emerging practice" {
        summary "Work with external researchers, experts and communities to keep up with emerging ways to measure and manage risks."
        tags gai-risk:information-integrity, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.1-002 "Post-deployment monitoring" {
        summary "Maintain and evaluate post-deployment monitoring, particularly for confabulation, CBRN and cyber risks."
        tags gai-risk:cbrn-information, gai-risk:confabulation, gai-risk:information-security, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.1-003 "Sentiment analysis" {
        summary "Evaluate sentiment analysis for gauging how users view GAI content, working with user research experts."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.1-004 "Active learning for failures" {
        summary "Use active learning to find where the model fails or gives unexpected output."
        tags gai-risk:confabulation, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.1-005 "Transparency reports on updates" {
        summary "Share transparency reports on the steps taken to update the system."
        tags gai-risk:human-ai-configuration, gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.1-006 "Dataset modifications tracked" {
        summary "Track deletions, rectification requests and other dataset changes that may affect whether content origins can be verified."
        tags gai-risk:information-integrity, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.1-007 "Monitoring staff evaluate and escalate" {
        summary "Verify that monitoring staff can evaluate performance, use provenance tracking and escalate issues promptly."
        tags gai-risk:human-ai-configuration, gai-risk:information-integrity, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
    }

    group MG-4.2 "Continual improvement" {
      display "MANAGE 4.2"
      summary "Measurable continual improvement activities, with regular engagement of interested parties, are built into AI system updates."

      requirement MG-4.2-001 "Monitoring reports published" {
        summary "Monitor regularly and publish reports on performance, feedback received and improvements made."
        tags gai-risk:harmful-bias-homogenization, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MG-4.2-002 "Incident response for harmful content" {
        summary "Practice incident response for harmful content, run post-mortems with AI actors, and adapt processes to prevent recurrence."
        tags gai-risk:human-ai-configuration, gai-risk:dangerous-violent-hateful-content, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
      requirement MG-4.2-003 "Model behavior visualized" {
        summary "Use visualizations to help non-technical stakeholders understand how the GAI system behaves."
        tags gai-risk:human-ai-configuration, actor-task:ai-deployment, actor-task:ai-design, actor-task:ai-development, actor-task:affected-individuals-and-communities, actor-task:end-users, actor-task:operation-and-monitoring, actor-task:tevv
      }
    }

    group MG-4.3 "Incident communication and tracking" {
      display "MANAGE 4.3"
      summary "Incidents and errors are communicated to relevant AI actors and affected communities, and tracked, handled and recovered from."

      requirement MG-4.3-001 "After-action assessments" {
        summary "Assess after incidents whether response, recovery and communication procedures, including to regulators, were followed and worked."
        tags gai-risk:information-security, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.3-002 "Errors and near misses tracked" {
        summary "Record and track reported errors, near misses and negative impacts."
        tags gai-risk:confabulation, gai-risk:information-integrity, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
      requirement MG-4.3-003 "Incidents reported as law requires" {
        summary "Report GAI incidents as legal and regulatory requirements demand, such as breach or crash reporting rules."
        tags gai-risk:information-security, gai-risk:data-privacy, actor-task:ai-deployment, actor-task:affected-individuals-and-communities, actor-task:domain-experts, actor-task:end-users, actor-task:human-factors, actor-task:operation-and-monitoring
      }
    }
  }
}
