# ISO/IEC 42001:2023, Information technology - Artificial intelligence -
# Management system: the requirements of clauses 4 to 10, at the level an
# auditor cites, and the reference controls of Annex A.
# Identifiers are the official clause and control numbers; titles are the
# standard's short headings; summaries are our own words, not ISO text.
framework iso42001 version "2023" "ISO/IEC 42001:2023 AI management system" {
  publisher "ISO/IEC"
  licence "ISO/IEC copyright: the text of the standard is not included, only clause and control numbers, short headings and our own summaries. A licence holder can import the licensed text into a project catalog of their own."
  source "ISO/IEC 42001:2023, first edition (December 2023), clauses 4 to 10 and Annex A (normative)."

  group 4 "Context of the organization" {
    summary "Understanding the organisation's situation and deciding what the AI management system covers."

    requirement 4.1 "Understanding the organization and its context" {
      summary "Work out the internal and external factors, including the organisation's roles around AI, that shape what the management system must achieve."
    }
    requirement 4.2 "Understanding the needs and expectations of interested parties" {
      summary "List the parties with a stake in the management system and which of their demands it has to meet."
    }
    requirement 4.3 "Determining the scope of the AI management system" {
      summary "Decide and write down which activities, AI systems and locations the management system covers."
    }
    requirement 4.4 "AI management system" {
      summary "Set up, run, keep up and keep improving the management system and the processes it is made of."
    }
  }

  group 5 "Leadership" {
    summary "What top management must do to lead and back the AI management system."

    requirement 5.1 "Leadership and commitment" {
      summary "Top management shows visible commitment by aligning AI policy with strategy, building the system into business processes and providing what it needs."
    }
    requirement 5.2 "AI policy" {
      summary "Top management issues an AI policy fit for the organisation that frames objectives and commits to meeting requirements and improving."
    }
    requirement 5.3 "Roles, responsibilities and authorities" {
      summary "Responsibility and authority for the management system and its reporting are assigned and made known."
    }
  }

  group 6 "Planning" {
    summary "Planning how AI risks, opportunities, impacts and objectives will be handled."

    group 6.1 "Actions to address risks and opportunities" {
      summary "Assessing and treating AI risks and assessing what AI systems do to people and society."

      requirement 6.1.1 "General" {
        summary "Decide which risks and opportunities the management system must deal with, set criteria for acceptable AI risk, and plan the response."
      }
      requirement 6.1.2 "AI risk assessment" {
        summary "Define a repeatable process for finding, analysing and rating AI risks against the organisation's criteria."
      }
      requirement 6.1.3 "AI risk treatment" {
        summary "Pick ways to deal with assessed AI risks, choose the controls needed, check them against Annex A and record the result in a statement of applicability and a treatment plan."
      }
      requirement 6.1.4 "AI system impact assessment" {
        summary "Define a process for judging the possible effects of AI systems on individuals, groups and society."
      }
    }
    requirement 6.2 "AI objectives and planning to achieve them" {
      summary "Set measurable AI objectives for the relevant functions and levels and plan who does what, with which resources and by when."
    }
    requirement 6.3 "Planning of changes" {
      summary "Make changes to the management system in a deliberate, planned way."
    }
  }

  group 7 "Support" {
    summary "The resources, people, communication and records the AI management system depends on."

    requirement 7.1 "Resources" {
      summary "Provide the people, money, tools and other resources the management system needs."
    }
    requirement 7.2 "Competence" {
      summary "Make sure the people whose work affects AI performance have the right skills, train them where they lack them, and keep proof."
    }
    requirement 7.3 "Awareness" {
      summary "Staff know the AI policy, how their work contributes and what happens if they do not follow the system."
    }
    requirement 7.4 "Communication" {
      summary "Decide what to communicate about the management system, to whom, when and how, inside and outside the organisation."
    }
    group 7.5 "Documented information" {
      summary "The records and documents the management system keeps and how they are handled."

      requirement 7.5.1 "General" {
        summary "Keep the documents the standard asks for and any others the organisation finds it needs."
      }
      requirement 7.5.2 "Creating and updating documented information" {
        summary "Documents are properly identified, in a suitable format and reviewed and approved when written or changed."
      }
      requirement 7.5.3 "Control of documented information" {
        summary "Documents are available where needed, protected, versioned, stored, kept and disposed of under control."
      }
    }
  }

  group 8 "Operation" {
    summary "Running the planned processes and carrying out risk and impact work in practice."

    requirement 8.1 "Operational planning and control" {
      summary "Plan, run and control the processes that meet the requirements, including outsourced ones, and manage changes to them."
    }
    requirement 8.2 "AI risk assessment" {
      summary "Carry out AI risk assessments at planned intervals and after significant changes, and keep the results."
    }
    requirement 8.3 "AI risk treatment" {
      summary "Put the AI risk treatment plan into effect, check it works, and keep records of the outcome."
    }
    requirement 8.4 "AI system impact assessment" {
      summary "Carry out AI system impact assessments at planned intervals and after significant changes, and keep the results."
    }
  }

  group 9 "Performance evaluation" {
    summary "Measuring, auditing and reviewing how well the AI management system works."

    requirement 9.1 "Monitoring, measurement, analysis and evaluation" {
      summary "Decide what to monitor and measure, how and when, then analyse the results to judge how well the system performs."
    }
    group 9.2 "Internal audit" {
      summary "Independent checks, run by the organisation, that the management system conforms and works."

      requirement 9.2.1 "General" {
        summary "Audit the management system at planned intervals to see whether it meets the organisation's and the standard's requirements and is effectively run."
      }
      requirement 9.2.2 "Internal audit programme" {
        summary "Plan the audit programme with its frequency, methods, scope and criteria, use objective auditors, and report findings to management."
      }
    }
    group 9.3 "Management review" {
      summary "Top management's periodic look at whether the management system is still right."

      requirement 9.3.1 "General" {
        summary "Top management reviews the management system at planned intervals to confirm it still fits, is sufficient and works."
      }
      requirement 9.3.2 "Management review inputs" {
        summary "The review considers earlier actions, changes in context and stakeholder needs, performance data and chances to improve."
      }
      requirement 9.3.3 "Management review results" {
        summary "The review ends in recorded decisions on improvements and on any changes the management system needs."
      }
    }
  }

  group 10 "Improvement" {
    summary "Fixing what goes wrong and making the AI management system better over time."

    requirement 10.1 "Continual improvement" {
      summary "Keep making the management system a better fit for the organisation and better at delivering what it is meant to deliver."
    }
    requirement 10.2 "Nonconformity and corrective action" {
      summary "When something fails to meet a requirement, deal with it, find and remove the cause, check the fix worked and keep a record."
    }
  }

  group A "Annex A reference controls" {
    summary "The control objectives and controls that an organisation checks its AI risk treatment against and justifies in its statement of applicability."

    group A.2 "Policies related to AI" {
      summary "Direction and support from management for AI, set out in policy."

      requirement A.2.2 "AI policy" {
        summary "Write down a policy for how the organisation develops or uses AI systems."
      }
      requirement A.2.3 "Alignment with other organizational policies" {
        summary "Work out where other policies, such as security, privacy or quality, touch or are touched by the use of AI."
      }
      requirement A.2.4 "Review of the AI policy" {
        summary "Revisit the AI policy on a schedule and when needed so it stays fit for purpose."
      }
    }

    group A.3 "Internal organization" {
      summary "Accountability for responsible AI inside the organisation."

      requirement A.3.2 "AI roles and responsibilities" {
        summary "Define and hand out the roles and responsibilities AI work needs."
      }
      requirement A.3.3 "Reporting of concerns" {
        summary "Give people a way to raise concerns about the organisation's AI systems at any stage of their life cycle."
      }
    }

    group A.4 "Resources for AI systems" {
      summary "Knowing and recording the resources AI systems rely on."

      requirement A.4.2 "Resource documentation" {
        summary "Identify and record the resources each AI system needs at each stage of its life cycle."
      }
      requirement A.4.3 "Data resources" {
        summary "Record the data an AI system uses as part of its resource documentation."
      }
      requirement A.4.4 "Tooling resources" {
        summary "Record the tools and frameworks used to build and run an AI system."
      }
      requirement A.4.5 "System and computing resources" {
        summary "Record the compute and infrastructure an AI system relies on."
      }
      requirement A.4.6 "Human resources" {
        summary "Record the people and skills needed to build, run and oversee an AI system."
      }
    }

    group A.5 "Assessing impacts of AI systems" {
      summary "Understanding how AI systems may affect people and society."

      requirement A.5.2 "AI system impact assessment process" {
        summary "Set up a process to assess the possible consequences of an AI system over its life cycle."
      }
      requirement A.5.3 "Documentation of AI system impact assessments" {
        summary "Record the results of impact assessments and keep them for a set period."
      }
      requirement A.5.4 "Assessing AI system impact on individuals or groups of individuals" {
        summary "Assess and record how an AI system might affect particular people or groups of people."
      }
      requirement A.5.5 "Assessing societal impacts of AI systems" {
        summary "Assess and record how an AI system might affect society at large."
      }
    }

    group A.6 "AI system life cycle" {
      summary "Responsible design, development, deployment and operation of AI systems."

      group A.6.1 "Management guidance for AI system development" {
        summary "Management's goals and processes for developing AI responsibly."

        requirement A.6.1.2 "Objectives for responsible development of AI system" {
          summary "Set and record goals for responsible AI development and build them into development work."
        }
        requirement A.6.1.3 "Processes for responsible AI system design and development" {
          summary "Define and record the processes the organisation follows to design and build AI systems responsibly."
        }
      }

      group A.6.2 "AI system life cycle" {
        summary "The stages an AI system passes through, from specification to logging in operation."

        requirement A.6.2.2 "AI system requirements and specification" {
          summary "Write down the requirements for a new AI system or a major change to an existing one."
        }
        requirement A.6.2.3 "Documentation of AI system design and development" {
          summary "Record the design and build of an AI system in line with its objectives and requirements."
        }
        requirement A.6.2.4 "AI system verification and validation" {
          summary "Decide and record how an AI system will be checked and validated, and the criteria it must meet."
        }
        requirement A.6.2.5 "AI system deployment" {
          summary "Plan deployment and confirm the AI system meets its requirements before it goes live."
        }
        requirement A.6.2.6 "AI system operation and monitoring" {
          summary "Define what running and watching an AI system in production involves, including fixes, updates and support."
        }
        requirement A.6.2.7 "AI system technical documentation" {
          summary "Decide which technical documentation each group of interested parties needs and provide it in a suitable form."
        }
        requirement A.6.2.8 "AI system recording of event logs" {
          summary "Decide in which life cycle stages event logging is turned on, at least while the system is in use."
        }
      }
    }

    group A.7 "Data for AI systems" {
      summary "Managing the data used to build and run AI systems."

      requirement A.7.2 "Data for development and enhancement of AI system" {
        summary "Set up and apply data management processes for the data used to build and improve AI systems."
      }
      requirement A.7.3 "Acquisition of data" {
        summary "Record how data is obtained and selected for an AI system."
      }
      requirement A.7.4 "Quality of data for AI systems" {
        summary "Set data quality requirements and make sure the data used meets them."
      }
      requirement A.7.5 "Data provenance" {
        summary "Track and record where data comes from and what happens to it across the system's life cycle."
      }
      requirement A.7.6 "Data preparation" {
        summary "Set and record the criteria and methods for cleaning, labelling and otherwise preparing data."
      }
    }

    group A.8 "Information for interested parties of AI systems" {
      summary "Giving users and others the information they need about AI systems."

      requirement A.8.2 "System documentation and information for users" {
        summary "Give users the information they need to understand and use the AI system properly."
      }
      requirement A.8.3 "External reporting" {
        summary "Let outside parties report adverse effects of the AI system."
      }
      requirement A.8.4 "Communication of incidents" {
        summary "Plan how incidents involving the AI system are communicated to its users."
      }
      requirement A.8.5 "Information for interested parties" {
        summary "Know and meet the obligations to report information about AI systems to regulators and other parties."
      }
    }

    group A.9 "Use of AI systems" {
      summary "Using AI systems responsibly and as intended."

      requirement A.9.2 "Processes for responsible use of AI systems" {
        summary "Define and record how the organisation goes about using AI systems responsibly."
      }
      requirement A.9.3 "Objectives for responsible use of AI system" {
        summary "Set and record the goals that guide responsible use of AI systems."
      }
      requirement A.9.4 "Intended use of the AI system" {
        summary "Make sure AI systems are used only as intended and as their documentation describes."
      }
    }

    group A.10 "Third-party and customer relationships" {
      summary "Sharing responsibility with suppliers, partners and customers across the AI life cycle."

      requirement A.10.2 "Allocating responsibilities" {
        summary "Divide AI life cycle responsibilities clearly between the organisation, its partners, suppliers and customers."
      }
      requirement A.10.3 "Suppliers" {
        summary "Make sure what suppliers provide fits the organisation's responsible approach to AI."
      }
      requirement A.10.4 "Customers" {
        summary "Take customers' needs and expectations into account in the responsible approach to AI."
      }
    }
  }
}
