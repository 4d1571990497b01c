# NIST AI Risk Management Framework 1.0 (NIST AI 100-1, January 2023): the AI RMF Core.
# Identifiers follow NIST's numbering with a dash for the space ("GOVERN 1.1" is GOVERN-1.1);
# titles and summaries are our own short paraphrases.
framework nist-ai-rmf version "1.0" "NIST AI Risk Management Framework" {
  publisher "National Institute of Standards and Technology (NIST)"
  licence "Public domain: a work of the US government (NIST AI 100-1)."
  source "NIST AI 100-1, Artificial Intelligence Risk Management Framework (AI RMF 1.0), the AI RMF Core tables."

  group GOVERN "Govern" {
    display "GOVERN"
    summary "Cultivate an organizational culture of AI risk management that spans policies, accountability, people and third parties."

    group GOVERN-1 "Policies, processes and procedures" {
      display "GOVERN 1"
      summary "Organization-wide policies, processes and practices for mapping, measuring and managing AI risk exist, are transparent and work effectively."

      requirement GOVERN-1.1 "Legal and regulatory requirements" {
        display "GOVERN 1.1"
        summary "The organization knows which AI laws and regulations apply to it, handles them, and keeps records of them."
      }
      requirement GOVERN-1.2 "Trustworthy AI in policy" {
        display "GOVERN 1.2"
        summary "Organizational policies and everyday practices embed the characteristics that make AI trustworthy."
      }
      requirement GOVERN-1.3 "Risk-based level of effort" {
        display "GOVERN 1.3"
        summary "Processes determine how much risk management activity is needed, based on the organization's risk tolerance."
      }
      requirement GOVERN-1.4 "Transparent risk management process" {
        display "GOVERN 1.4"
        summary "Transparent policies and controls, shaped by the organization's risk priorities, define how AI risk is managed and what it produces."
      }
      requirement GOVERN-1.5 "Monitoring and periodic review" {
        display "GOVERN 1.5"
        summary "Ongoing monitoring and periodic review of risk management are planned, with clear roles and a defined review frequency."
      }
      requirement GOVERN-1.6 "AI system inventory" {
        display "GOVERN 1.6"
        summary "The organization keeps an inventory of its AI systems, funded and staffed according to its risk priorities."
      }
      requirement GOVERN-1.7 "Safe decommissioning" {
        display "GOVERN 1.7"
        summary "AI systems are phased out and decommissioned safely, without raising risk or eroding the organization's trustworthiness."
      }
    }

    group GOVERN-2 "Accountability structures" {
      display "GOVERN 2"
      summary "Accountability structures ensure the right teams and people are empowered, responsible and trained to handle AI risks."

      requirement GOVERN-2.1 "Roles and lines of communication" {
        display "GOVERN 2.1"
        summary "Roles, responsibilities and communication lines for AI risk work are documented and clear to everyone involved."
      }
      requirement GOVERN-2.2 "AI risk management training" {
        display "GOVERN 2.2"
        summary "Personnel and partners are trained in AI risk management so they can fulfil duties consistent with policies and agreements."
      }
      requirement GOVERN-2.3 "Executive accountability" {
        display "GOVERN 2.3"
        summary "Senior executives own and answer for decisions on the risks of developing and deploying AI systems."
      }
    }

    group GOVERN-3 "Workforce diversity and inclusion" {
      display "GOVERN 3"
      summary "Diversity, equity, inclusion and accessibility are prioritized in how AI risks are mapped, measured and managed across the lifecycle."

      requirement GOVERN-3.1 "Diverse decision-making teams" {
        display "GOVERN 3.1"
        summary "Decisions on AI risk across the lifecycle draw on a team diverse in demographics, disciplines, experience and background."
      }
      requirement GOVERN-3.2 "Human-AI roles and oversight" {
        display "GOVERN 3.2"
        summary "Written policies set out who does what in human-AI teaming and in overseeing AI systems."
      }
    }

    group GOVERN-4 "Risk-aware organizational culture" {
      display "GOVERN 4"
      summary "Teams are committed to a culture that takes AI risk into account and communicates about it."

      requirement GOVERN-4.1 "Critical thinking and safety first" {
        display "GOVERN 4.1"
        summary "Policies and practices foster critical thinking and a safety-first mindset across AI design, development, deployment and use."
      }
      requirement GOVERN-4.2 "Documenting and communicating impacts" {
        display "GOVERN 4.2"
        summary "Teams document the risks and potential impacts of the AI they build or use and communicate those impacts widely."
      }
      requirement GOVERN-4.3 "Testing, incidents and information sharing" {
        display "GOVERN 4.3"
        summary "Organizational practices enable AI testing, incident identification and sharing of information."
      }
    }

    group GOVERN-5 "Engagement with AI actors" {
      display "GOVERN 5"
      summary "Processes support robust engagement with relevant AI actors, both inside and outside the organization."

      requirement GOVERN-5.1 "External feedback on impacts" {
        display "GOVERN 5.1"
        summary "Feedback from people outside the development or deployment team on individual and societal AI impacts is collected, prioritized and integrated."
      }
      requirement GOVERN-5.2 "Incorporating adjudicated feedback" {
        display "GOVERN 5.2"
        summary "The team building or running an AI system routinely folds reviewed feedback from relevant AI actors back into its design."
      }
    }

    group GOVERN-6 "Third-party and supply chain risk" {
      display "GOVERN 6"
      summary "The organization governs the risks and benefits that third-party software, data and the wider AI supply chain bring."

      requirement GOVERN-6.1 "Third-party risk policies" {
        display "GOVERN 6.1"
        summary "Policies address AI risks from third parties, including infringement of their intellectual property or other rights."
      }
      requirement GOVERN-6.2 "Third-party contingency processes" {
        display "GOVERN 6.2"
        summary "Fallback plans exist for coping with failures or incidents in third-party data or AI systems judged high-risk."
      }
    }
  }

  group MAP "Map" {
    display "MAP"
    summary "Establish the context in which an AI system operates and identify the risks that arise from that context."

    group MAP-1 "Context established" {
      display "MAP 1"
      summary "The context in which the AI system will be developed and used is established and understood."

      requirement MAP-1.1 "Intended purpose and context" {
        display "MAP 1.1"
        summary "Intended purposes, beneficial uses, applicable laws and norms, deployment settings, users, impacts and assumptions are understood and documented."
      }
      requirement MAP-1.2 "Interdisciplinary context team" {
        display "MAP 1.2"
        summary "Those establishing context are interdisciplinary and demographically diverse, their participation is documented, and collaboration is prioritized."
      }
      requirement MAP-1.3 "Mission and AI goals" {
        display "MAP 1.3"
        summary "What the organization is trying to achieve, and how AI fits those aims, is clear and written down."
      }
      requirement MAP-1.4 "Business value defined" {
        display "MAP 1.4"
        summary "The business case for the AI system is clearly stated, and revisited when an existing system is being assessed."
      }
      requirement MAP-1.5 "Risk tolerances documented" {
        display "MAP 1.5"
        summary "The organization determines and documents its risk tolerances."
      }
      requirement MAP-1.6 "System requirements and design" {
        display "MAP 1.6"
        summary "Relevant AI actors elicit and understand system requirements, and design decisions account for socio-technical implications of AI risk."
      }
    }

    group MAP-2 "AI system categorization" {
      display "MAP 2"
      summary "The AI system is categorized, including its tasks, knowledge limits and scientific integrity considerations."

      requirement MAP-2.1 "Tasks and methods defined" {
        display "MAP 2.1"
        summary "The tasks the AI system supports and the methods used to implement them, such as classifiers or generative models, are defined."
      }
      requirement MAP-2.2 "Knowledge limits and human use" {
        display "MAP 2.2"
        summary "The system's knowledge limits and how humans use and oversee its output are documented well enough to support decisions."
      }
      requirement MAP-2.3 "Scientific integrity and TEVV" {
        display "MAP 2.3"
        summary "Scientific integrity and TEVV considerations, including experimental design, data selection, trustworthiness and construct validity, are identified and documented."
      }
    }

    group MAP-3 "Capabilities, benefits and costs" {
      display "MAP 3"
      summary "AI capabilities, intended use, goals and expected benefits and costs are understood relative to suitable benchmarks."

      requirement MAP-3.1 "Potential benefits" {
        display "MAP 3.1"
        summary "Expected gains from what the AI system is meant to do, and how well it does it, are analyzed and recorded."
      }
      requirement MAP-3.2 "Potential costs" {
        display "MAP 3.2"
        summary "Potential costs, including non-monetary ones, from expected or actual AI errors are examined and documented against risk tolerance."
      }
      requirement MAP-3.3 "Targeted application scope" {
        display "MAP 3.3"
        summary "How narrowly or broadly the system will be applied is set and recorded, reflecting its capability, context and category."
      }
      requirement MAP-3.4 "Operator proficiency" {
        display "MAP 3.4"
        summary "The organization defines, checks and records how operators and practitioners gain competence, including applicable standards and certifications."
      }
      requirement MAP-3.5 "Human oversight processes" {
        display "MAP 3.5"
        summary "Human oversight processes are defined, assessed and documented in line with policies set under GOVERN."
      }
    }

    group MAP-4 "Component and third-party risks" {
      display "MAP 4"
      summary "Every part of the AI system, third-party data and software included, has its risks and benefits identified."

      requirement MAP-4.1 "Mapping component and legal risks" {
        display "MAP 4.1"
        summary "Approaches for mapping technology and legal risks of components, including third-party data, software and rights infringement, are followed and documented."
      }
      requirement MAP-4.2 "Internal risk controls" {
        display "MAP 4.2"
        summary "Controls the organization applies internally to each system component, third-party AI included, are identified and recorded."
      }
    }

    group MAP-5 "Impact characterization" {
      display "MAP 5"
      summary "The effects of the AI system on people, communities, organizations and society are described and understood."

      requirement MAP-5.1 "Impact likelihood and magnitude" {
        display "MAP 5.1"
        summary "The likelihood and magnitude of each beneficial or harmful impact are identified and documented using expected use, past cases, incidents and feedback."
      }
      requirement MAP-5.2 "Engagement on impacts" {
        display "MAP 5.2"
        summary "Staff and practices exist for ongoing dialogue with AI actors and for using their feedback on good, bad and unexpected impacts."
      }
    }
  }

  group MEASURE "Measure" {
    display "MEASURE"
    summary "Assess, analyze and track identified AI risks using quantitative, qualitative or mixed methods."

    group MEASURE-1 "Methods and metrics" {
      display "MEASURE 1"
      summary "Suitable measurement methods and metrics are identified and put into use."

      requirement MEASURE-1.1 "Selecting approaches and metrics" {
        display "MEASURE 1.1"
        summary "Measurement approaches for risks found in MAP are selected starting with the most significant, and unmeasured risks are documented."
      }
      requirement MEASURE-1.2 "Reassessing metrics and controls" {
        display "MEASURE 1.2"
        summary "The suitability of AI metrics and the effectiveness of controls are regularly assessed and updated, including error and impact reports."
      }
      requirement MEASURE-1.3 "Independent assessment" {
        display "MEASURE 1.3"
        summary "Independent or non-front-line assessors join regular assessments, consulting domain experts, users and affected communities as risk tolerance requires."
      }
    }

    group MEASURE-2 "Trustworthiness evaluation" {
      display "MEASURE 2"
      summary "AI systems are evaluated against the characteristics of trustworthy AI."

      requirement MEASURE-2.1 "TEVV documentation" {
        display "MEASURE 2.1"
        summary "Records are kept of the test data, metrics and tooling used for testing, evaluation, verification and validation."
      }
      requirement MEASURE-2.2 "Human subject evaluations" {
        display "MEASURE 2.2"
        summary "Any evaluation using people follows human subject protection rules and uses participants representative of the affected population."
      }
      requirement MEASURE-2.3 "Performance in deployment conditions" {
        display "MEASURE 2.3"
        summary "Performance or assurance criteria are measured and shown under conditions similar to deployment, and the measures are documented."
      }
      requirement MEASURE-2.4 "Production monitoring" {
        display "MEASURE 2.4"
        summary "Once in production, the system and the components identified during mapping are watched for how they function and behave."
      }
      requirement MEASURE-2.5 "Validity and reliability" {
        display "MEASURE 2.5"
        summary "The system to be deployed is shown to be valid and reliable, with limits on generalizability documented."
      }
      requirement MEASURE-2.6 "Safety evaluation" {
        display "MEASURE 2.6"
        summary "The system is regularly evaluated for safety, shown to fail safely within risk tolerance, with safety metrics covering robustness and monitoring."
      }
      requirement MEASURE-2.7 "Security and resilience" {
        display "MEASURE 2.7"
        summary "How well the AI system resists attacks and recovers from disruption is assessed and recorded."
      }
      requirement MEASURE-2.8 "Transparency and accountability" {
        display "MEASURE 2.8"
        summary "Transparency and accountability risks found during mapping are analyzed and written up."
      }
      requirement MEASURE-2.9 "Explainability and interpretability" {
        display "MEASURE 2.9"
        summary "The model is explained and validated, and its outputs are read in context, so that use and governance stay responsible."
      }
      requirement MEASURE-2.10 "Privacy risk" {
        display "MEASURE 2.10"
        summary "The system's privacy risks found during mapping are analyzed and written up."
      }
      requirement MEASURE-2.11 "Fairness and bias" {
        display "MEASURE 2.11"
        summary "The system is assessed for fairness and harmful bias, and the findings are recorded."
      }
      requirement MEASURE-2.12 "Environmental impact" {
        display "MEASURE 2.12"
        summary "The environmental footprint and long-term sustainability of training and operating AI models are assessed and recorded."
      }
      requirement MEASURE-2.13 "Effectiveness of TEVV" {
        display "MEASURE 2.13"
        summary "The organization checks and records whether its own testing and evaluation metrics and processes actually work."
      }
    }

    group MEASURE-3 "Risk tracking over time" {
      display "MEASURE 3"
      summary "Mechanisms exist to follow identified AI risks as they evolve over time."

      requirement MEASURE-3.1 "Tracking emerging risks" {
        display "MEASURE 3.1"
        summary "Approaches, people and documentation are in place to regularly identify and track existing, unanticipated and emergent AI risks."
      }
      requirement MEASURE-3.2 "Tracking hard-to-measure risks" {
        display "MEASURE 3.2"
        summary "Risk tracking approaches are considered where AI risks are hard to assess with current techniques or metrics are lacking."
      }
      requirement MEASURE-3.3 "User feedback and appeals" {
        display "MEASURE 3.3"
        summary "End users and impacted communities can report problems and appeal outcomes, and this feedback feeds evaluation metrics."
      }
    }

    group MEASURE-4 "Measurement efficacy feedback" {
      display "MEASURE 4"
      summary "Feedback on how well measurement is working is collected and assessed."

      requirement MEASURE-4.1 "Context-informed measurement" {
        display "MEASURE 4.1"
        summary "Measurement approaches are tied to deployment context, informed by domain experts and end users, and documented."
      }
      requirement MEASURE-4.2 "Validating trustworthiness results" {
        display "MEASURE 4.2"
        summary "Trustworthiness measurement results are validated with domain experts and AI actors to confirm the system performs as intended, and documented."
      }
      requirement MEASURE-4.3 "Performance changes identified" {
        display "MEASURE 4.3"
        summary "Measurable performance improvements or declines, based on AI actor consultation and field data, are identified and documented."
      }
    }
  }

  group MANAGE "Manage" {
    display "MANAGE"
    summary "Prioritize identified AI risks and act on them according to their projected impact."

    group MANAGE-1 "Risk prioritization and response" {
      display "MANAGE 1"
      summary "AI risks identified through MAP and MEASURE outputs are prioritized, responded to and managed."

      requirement MANAGE-1.1 "Go or no-go determination" {
        display "MANAGE 1.1"
        summary "A decision is taken on whether the system meets its purpose and objectives and whether to continue building or deploying it."
      }
      requirement MANAGE-1.2 "Prioritizing risk treatment" {
        display "MANAGE 1.2"
        summary "The order in which documented AI risks are treated depends on their impact, likelihood and the resources or methods available."
      }
      requirement MANAGE-1.3 "Responses to high-priority risks" {
        display "MANAGE 1.3"
        summary "Responses to high-priority AI risks, such as mitigating, transferring, avoiding or accepting, are developed, planned and documented."
      }
      requirement MANAGE-1.4 "Residual risks documented" {
        display "MANAGE 1.4"
        summary "Negative residual risks to downstream acquirers and end users are documented."
      }
    }

    group MANAGE-2 "Benefit and impact strategies" {
      display "MANAGE 2"
      summary "Plans to get the most benefit from AI while limiting harm are prepared, carried out and recorded with input from relevant AI actors."

      requirement MANAGE-2.1 "Resources and non-AI alternatives" {
        display "MANAGE 2.1"
        summary "Resources needed to manage AI risks, and viable non-AI alternatives, are considered to reduce potential impacts."
      }
      requirement MANAGE-2.2 "Sustaining system value" {
        display "MANAGE 2.2"
        summary "Deployed AI systems are actively maintained so that they keep delivering their intended value."
      }
      requirement MANAGE-2.3 "Responding to unknown risks" {
        display "MANAGE 2.3"
        summary "When a risk that was not previously known comes to light, established procedures guide the response and recovery."
      }
      requirement MANAGE-2.4 "Disengaging or deactivating systems" {
        display "MANAGE 2.4"
        summary "Mechanisms and assigned responsibilities exist to supersede, disengage or deactivate AI systems behaving inconsistently with intended use."
      }
    }

    group MANAGE-3 "Third-party risk management" {
      display "MANAGE 3"
      summary "Risks and benefits that come from outside providers of AI are handled."

      requirement MANAGE-3.1 "Monitoring third-party resources" {
        display "MANAGE 3.1"
        summary "Third-party AI resources are watched on an ongoing basis for risks and benefits, and controls on them are applied and recorded."
      }
      requirement MANAGE-3.2 "Monitoring pre-trained models" {
        display "MANAGE 3.2"
        summary "Pre-trained models adopted during development are included in the system's routine monitoring and upkeep."
      }
    }

    group MANAGE-4 "Risk treatment and communication" {
      display "MANAGE 4"
      summary "Plans for treating, responding to, recovering from and communicating about identified AI risks are written down and reviewed regularly."

      requirement MANAGE-4.1 "Post-deployment monitoring plans" {
        display "MANAGE 4.1"
        summary "Post-deployment monitoring plans are implemented, covering user input, appeal and override, decommissioning, incident response, recovery and change management."
      }
      requirement MANAGE-4.2 "Continual improvement" {
        display "MANAGE 4.2"
        summary "Measurable continual improvement activities, with regular engagement of interested parties, are built into AI system updates."
      }
      requirement MANAGE-4.3 "Incident communication and tracking" {
        display "MANAGE 4.3"
        summary "Incidents and errors are communicated to relevant AI actors and affected communities, and tracked, handled and recovered from."
      }
    }
  }
}
