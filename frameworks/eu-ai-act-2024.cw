# EU Artificial Intelligence Act: Regulation (EU) 2024/1689, as published in the Official
# Journal (CELEX 32024R1689). In scope are the provisions an operator maps controls to:
# Art. 4, 5, 6, 8-27, 40-50, 53-55, 72 and 73, Annex III and Annex IV. Every identifier is
# checked against the regulation's text (tests/reference/eu-ai-act/). This is the regulation as
# published and as projects were first mapped to it; `eu-ai-act@2026` is the regulation as
# amended by the Digital Omnibus on AI in 2026, and the version crosswalk
# `eu-ai-act@2024 -> eu-ai-act@2026` carries a project across (`crosswalk diff`).
#
# Identifiers and structure
# - An article is a group `Art.9` (shown "Art. 9"), titled with its official heading. A numbered
#   paragraph without points is a requirement `Art.9(1)`; a paragraph with lettered points is a
#   group `Art.9(2)` whose points are the requirements `Art.9(2)(a)`, so controls map to the most
#   specific obligation. Roman sub-points ((i), (ii), ...) are not split out: map to their point.
# - An article whose text has no paragraph numbers is one paragraph, and no number is invented
#   for it: with lettered points it is a group whose points are `Art.16(a)` (cited "Art. 16(a)");
#   without points it is itself a requirement at the top level (`Art.4`).
# - Art. 43(1) holds two lettered lists (the procedures to choose from, then the cases where
#   Annex VII is compulsory), so its letters are not unique there: it stays one requirement.
# - Paragraphs addressed to the Commission, Member States, authorities or notified bodies are
#   kept so that every citation in scope resolves; they are tagged `role:authority` (below).
# - Annex III is the group `AnnexIII`, with areas `AnnexIII.5` ("Annex III, point 5") and use
#   cases `AnnexIII.5(b)` ("Annex III, point 5(b)"); area 2 has no points and is a requirement.
#   Annex IV likewise: `AnnexIV.2`, `AnnexIV.2(b)`, and points 3-9 are requirements.
# - Article and annex titles, and the names of the Annex III areas, are the regulation's; the
#   titles of paragraphs and points, and every summary, are our own words.
#
# Applicability (as data, for reports; the regulation's text decides)
# - `role:` tags name the operators a provision falls on; no role tag means every operator.
#   `tier:` tags name the kind of system or model; no tier tag (Art. 4) means any AI system.
#   Tags on a group hold for everything in it; a paragraph adds its own where the article
#   splits between operators (Art. 6(3)-(4), 22, 25, 46(2), 49, 50, 54).
# - `tier:high-risk` marks provisions about systems in the high-risk categories of Art. 6
#   (Annex I products and Annex III uses). Art. 6(3)-(4) and 49(2), on an Annex III system its
#   provider documents as not high-risk, carry it too.
# - A general-purpose AI model with systemic risk is also a general-purpose AI model: Art. 53
#   and 54 (`tier:gpai`) apply to it as well as Art. 55 (`tier:gpai-systemic-risk`).
# - `role:authority` marks paragraphs that bind the Commission, the AI Office, Member States,
#   market surveillance authorities or notified bodies, so they are never an operator's gap:
#   Art. 5(5)-(7), 6(5)-(8), 11(3), 15(2), 18(2), 21(3), 27(5), 40(2)-(3), 41(1)-(2), (4) and
#   (6), 43(5)-(6), 44-46 (but 46(2)), 47(5), 50(7), 53(5)-(7), 55(3) and 73(7), (8) and (11).
#   Where Art. 44-46 bind notified bodies and market surveillance authorities about an
#   operator's system, the article keeps that operator's role for context.
# - `informative` marks entries that define, classify, presume or empower rather than oblige,
#   which are never a gap: the classification rules (Art. 6(1)-(3), 25(1) and 25(3), who is
#   deemed a provider), the Annex III use cases, presumptions of conformity (Art. 17(4),
#   40(1), 41(3), 42), saving and relation clauses (Art. 5(8), 25(5), 26(3), 27(4), 50(6)),
#   exemptions and scoping rules (Art. 9(3), 10(6), 53(2), 54(6), 73(9)) and options an
#   operator may take (Art. 9(7), 9(10), 17(3), 72(4), 73(5)). Paragraphs that mix an option
#   with a duty (Art. 8(2), 41(5), 53(4), 55(2)) stay obligations.
# - `basis:` tags mark the classification bases a system's high-risk tier rests on: the Annex
#   III points (`basis:annex-iii`) and Art. 6(1), a product or safety component under Annex I
#   (`basis:annex-i`). `use:` tags on Art. 50 name its transparency cases (interaction,
#   synthetic-content, emotion-recognition, biometric-categorisation, deep-fake,
#   public-interest-text); Art. 50(5)-(6), on every case, carry all of them.
# - `applies-from` (Art. 113) is set on each article and annex, and the nearest one holds:
#   Art. 4 and 5 (Chapters I and II) from 2025-02-02; Art. 53-55 (Chapter V) from 2025-08-02;
#   everything else from 2026-08-02, except Art. 6(1) from 2027-08-02. Art. 113(c) also delays
#   to 2027-08-02 the obligations of systems that are high-risk under Art. 6(1) (Annex I
#   products): the articles on high-risk systems (Art. 8-27, 40-49, 72, 73 and Annex IV) say
#   so with `applies-from "2027-08-02" for annex-i`, which holds for a system whose basis is
#   Art. 6(1).
framework eu-ai-act version "2024" "EU Artificial Intelligence Act (Regulation (EU) 2024/1689)" {
  publisher "European Parliament and Council of the European Union"
  licence "Regulation text copyright European Union, reusable with attribution under Commission Decision 2011/833/EU; only the Official Journal version is authentic. Article and annex headings and Annex III area names are the regulation's; the other titles and all summaries are ours."
  source "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act), OJ L, 2024/1689, 12.7.2024 (CELEX 32024R1689)."
  url "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
  summary "The EU's rules for AI: prohibited practices, requirements for high-risk AI systems and duties of their operators, transparency duties, and obligations for general-purpose AI models."

  requirement Art.4 "AI literacy" {
    display "Art. 4"
    summary "Providers and deployers take measures to ensure, as far as they can, that their staff and others operating or using AI systems on their behalf have sufficient AI literacy, given their knowledge, experience, training and the context of use."
    tags role:provider, role:deployer
    applies-from "2025-02-02"
  }

  group Art.5 "Prohibited AI practices" {
    display "Art. 5"
    summary "Certain AI practices are banned outright, and real-time remote biometric identification in public spaces for law enforcement is allowed only within strict limits."
    tags tier:prohibited
    applies-from "2025-02-02"

    group Art.5(1) "Prohibited practices" {
      display "Art. 5(1)"
      summary "The AI practices listed in this paragraph may not be placed on the market, put into service or used."

      requirement Art.5(1)(a) "Subliminal, manipulative or deceptive techniques" {
        display "Art. 5(1)(a)"
        summary "AI that uses subliminal, purposefully manipulative or deceptive techniques to materially distort behaviour by impairing informed decision-making, causing or likely to cause significant harm, is banned."
      }
      requirement Art.5(1)(b) "Exploiting vulnerabilities" {
        display "Art. 5(1)(b)"
        summary "AI that exploits vulnerabilities due to age, disability or a specific social or economic situation to materially distort behaviour, causing or likely to cause significant harm, is banned."
      }
      requirement Art.5(1)(c) "Social scoring" {
        display "Art. 5(1)(c)"
        summary "AI that evaluates or classifies people over time by their social behaviour or personal characteristics is banned where the resulting social score leads to detrimental treatment in unrelated contexts or treatment that is unjustified or disproportionate."
      }
      requirement Art.5(1)(d) "Crime prediction based solely on profiling" {
        display "Art. 5(1)(d)"
        summary "AI that assesses or predicts the risk of a person committing a criminal offence based solely on profiling or personality traits is banned, except to support a human assessment already based on objective, verifiable facts."
      }
      requirement Art.5(1)(e) "Untargeted scraping of facial images" {
        display "Art. 5(1)(e)"
        summary "AI that creates or expands facial recognition databases through untargeted scraping of facial images from the internet or CCTV footage is banned."
      }
      requirement Art.5(1)(f) "Emotion recognition at work and in education" {
        display "Art. 5(1)(f)"
        summary "AI that infers the emotions of natural persons in the workplace or in education institutions is banned, except for medical or safety reasons."
      }
      requirement Art.5(1)(g) "Biometric categorisation by sensitive traits" {
        display "Art. 5(1)(g)"
        summary "Biometric categorisation that deduces or infers race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation is banned, except labelling or filtering of lawfully acquired biometric datasets or categorising biometric data in the area of law enforcement."
      }
      requirement Art.5(1)(h) "Real-time remote biometric identification for law enforcement" {
        display "Art. 5(1)(h)"
        summary "Real-time remote biometric identification in publicly accessible spaces for law enforcement is banned unless strictly necessary to search for specific victims or missing persons, to prevent a specific imminent threat to life or a terrorist attack, or to locate or identify suspects of the serious offences listed in Annex II."
      }
    }

    group Art.5(2) "Conditions for real-time biometric identification" {
      display "Art. 5(2)"
      summary "A permitted use of real-time remote biometric identification only confirms the identity of the targeted individual, weighs the elements below, needs safeguards under national law, and requires a completed fundamental rights impact assessment and EU database registration (which may follow without undue delay in urgent cases)."

      requirement Art.5(2)(a) "Nature of the situation" {
        display "Art. 5(2)(a)"
        summary "The use takes into account the seriousness, probability and scale of the harm that would be caused if the system were not used."
      }
      requirement Art.5(2)(b) "Consequences for rights and freedoms" {
        display "Art. 5(2)(b)"
        summary "The use takes into account the seriousness, probability and scale of its consequences for the rights and freedoms of everyone concerned."
      }
    }

    requirement Art.5(3) "Prior authorisation" {
      display "Art. 5(3)"
      summary "Each such use needs prior authorisation by a judicial or independent administrative authority (in urgent cases requested within 24 hours), stops with its data and outputs deleted if authorisation is refused, and no adverse legal decision may rest solely on the system's output."
    }
    requirement Art.5(4) "Notification of each use" {
      display "Art. 5(4)"
      summary "Each such use is notified to the market surveillance authority and the national data protection authority, without sensitive operational data."
    }
    requirement Art.5(5) "National rules authorising use" {
      display "Art. 5(5)"
      summary "Member States may allow such use within these limits by laying down detailed national rules, notify those rules to the Commission within 30 days, and may adopt more restrictive laws."
      tags role:authority
    }
    requirement Art.5(6) "Annual reports by national authorities" {
      display "Art. 5(6)"
      summary "National market surveillance and data protection authorities report annually to the Commission on such use, using a Commission template."
      tags role:authority
    }
    requirement Art.5(7) "Commission annual reports" {
      display "Art. 5(7)"
      summary "The Commission publishes annual reports on such use based on aggregated national data, without sensitive operational data."
      tags role:authority
    }
    requirement Art.5(8) "Other Union law" {
      display "Art. 5(8)"
      summary "The Article leaves untouched the prohibitions that apply where an AI practice infringes other Union law."
      informative
    }
  }

  group Art.6 "Classification rules for high-risk AI systems" {
    display "Art. 6"
    summary "An AI system is high-risk when it is a safety component of, or itself, an Annex I product needing third-party conformity assessment, or when it falls under an Annex III use case, unless a narrow derogation applies."
    tags tier:high-risk
    applies-from "2026-08-02"

    group Art.6(1) "High-risk under Annex I product legislation" {
      display "Art. 6(1)"
      summary "An AI system is high-risk when both conditions below are met, whether or not it is placed on the market separately from the product."
      informative
      tags basis:annex-i
      applies-from "2027-08-02"

      requirement Art.6(1)(a) "Safety component or product under Annex I" {
        display "Art. 6(1)(a)"
        summary "The AI system is intended as a safety component of a product, or is itself a product, covered by the Union harmonisation legislation listed in Annex I."
      }
      requirement Art.6(1)(b) "Third-party conformity assessment" {
        display "Art. 6(1)(b)"
        summary "That product, or the AI system as a product, must undergo a third-party conformity assessment under the Annex I legislation."
      }
    }

    requirement Art.6(2) "High-risk under Annex III" {
      display "Art. 6(2)"
      summary "AI systems referred to in Annex III are also high-risk."
      informative
    }
    group Art.6(3) "Derogation for Annex III systems" {
      display "Art. 6(3)"
      summary "An Annex III system is not high-risk if it poses no significant risk of harm to health, safety or fundamental rights, which holds where one of the conditions below is met, but a system that profiles natural persons is always high-risk."
      informative
      tags role:provider

      requirement Art.6(3)(a) "Narrow procedural task" {
        display "Art. 6(3)(a)"
        summary "The system is intended to perform a narrow procedural task."
      }
      requirement Art.6(3)(b) "Improving a completed human activity" {
        display "Art. 6(3)(b)"
        summary "The system is intended to improve the result of a previously completed human activity."
      }
      requirement Art.6(3)(c) "Detecting decision-making patterns" {
        display "Art. 6(3)(c)"
        summary "The system is intended to detect decision-making patterns or deviations from them, without replacing or influencing the previous human assessment without proper human review."
      }
      requirement Art.6(3)(d) "Preparatory task" {
        display "Art. 6(3)(d)"
        summary "The system is intended to perform a task preparatory to an assessment relevant to the Annex III use cases."
      }
    }

    requirement Art.6(4) "Documenting a not-high-risk assessment" {
      display "Art. 6(4)"
      summary "A provider that considers an Annex III system not high-risk documents its assessment before placing the system on the market or putting it into service, registers it under Article 49(2), and gives the documentation to national competent authorities on request."
      tags role:provider
    }
    requirement Art.6(5) "Commission guidelines" {
      display "Art. 6(5)"
      summary "The Commission, after consulting the Board, issues guidelines on applying this Article by 2 February 2026, with practical examples of high-risk and non-high-risk use cases."
      tags role:authority
    }
    requirement Art.6(6) "Adding derogation conditions" {
      display "Art. 6(6)"
      summary "The Commission may adopt delegated acts adding or modifying the derogation conditions of paragraph 3 where there is concrete evidence of Annex III systems that pose no significant risk."
      tags role:authority
    }
    requirement Art.6(7) "Deleting derogation conditions" {
      display "Art. 6(7)"
      summary "The Commission adopts delegated acts deleting derogation conditions of paragraph 3 where needed to maintain the level of protection."
      tags role:authority
    }
    requirement Art.6(8) "Limits on amendments" {
      display "Art. 6(8)"
      summary "Amendments to the derogation conditions may not lower the overall level of protection and stay consistent with delegated acts under Article 7(1)."
      tags role:authority
    }
  }

  group Art.8 "Compliance with the requirements" {
    display "Art. 8"
    summary "High-risk AI systems meet the requirements of Chapter III, Section 2, in light of their intended purpose and the state of the art."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.8(1) "Compliance with Section 2" {
      display "Art. 8(1)"
      summary "High-risk AI systems comply with the Section 2 requirements, considering their intended purpose and the generally acknowledged state of the art, with the Article 9 risk management system taken into account."
    }
    requirement Art.8(2) "Products under Annex I, Section A" {
      display "Art. 8(2)"
      summary "Providers of products containing an AI system also subject to Annex I, Section A legislation ensure full compliance with all of it, and may integrate the testing, reporting and documentation into the procedures that legislation already requires."
    }
  }

  group Art.9 "Risk management system" {
    display "Art. 9"
    summary "A documented, iterative risk management system is run for each high-risk AI system across its whole lifecycle."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.9(1) "Risk management system established" {
      display "Art. 9(1)"
      summary "A risk management system is established, implemented, documented and maintained for the high-risk AI system."
    }
    group Art.9(2) "Continuous iterative process" {
      display "Art. 9(2)"
      summary "Risk management is a continuous, iterative process across the lifecycle with regular systematic review and updating, comprising the steps below."

      requirement Art.9(2)(a) "Identifying and analysing risks" {
        display "Art. 9(2)(a)"
        summary "The known and reasonably foreseeable risks to health, safety or fundamental rights in intended use are identified and analysed."
      }
      requirement Art.9(2)(b) "Estimating and evaluating risks" {
        display "Art. 9(2)(b)"
        summary "The risks that may emerge in intended use and under reasonably foreseeable misuse are estimated and evaluated."
      }
      requirement Art.9(2)(c) "Risks from post-market monitoring" {
        display "Art. 9(2)(c)"
        summary "Other risks that may arise are evaluated based on data from the post-market monitoring system."
      }
      requirement Art.9(2)(d) "Risk management measures" {
        display "Art. 9(2)(d)"
        summary "Appropriate, targeted risk management measures are adopted to address the identified risks."
      }
    }

    requirement Art.9(3) "Risks in scope" {
      display "Art. 9(3)"
      summary "The risks concerned are only those that can reasonably be mitigated or eliminated through the system's development or design or through adequate technical information."
      informative
    }
    requirement Art.9(4) "Combined effect of the requirements" {
      display "Art. 9(4)"
      summary "Risk management measures consider the effects and interactions of applying the Section 2 requirements together, to minimise risks while keeping the measures balanced."
    }
    group Art.9(5) "Acceptable residual risk" {
      display "Art. 9(5)"
      summary "Measures keep the residual risk of each hazard, and the overall residual risk, acceptable by ensuring the points below, considering the deployer's expected knowledge, training and context of use."

      requirement Art.9(5)(a) "Eliminating or reducing risks by design" {
        display "Art. 9(5)(a)"
        summary "Risks are eliminated or reduced as far as technically feasible through adequate design and development."
      }
      requirement Art.9(5)(b) "Mitigation and control measures" {
        display "Art. 9(5)(b)"
        summary "Adequate mitigation and control measures address the risks that cannot be eliminated."
      }
      requirement Art.9(5)(c) "Information and training for deployers" {
        display "Art. 9(5)(c)"
        summary "Deployers receive the information required by Article 13 and, where appropriate, training."
      }
    }

    requirement Art.9(6) "Testing to choose measures" {
      display "Art. 9(6)"
      summary "High-risk AI systems are tested to identify the most appropriate risk management measures and to confirm that they perform consistently for their intended purpose and meet Section 2."
    }
    requirement Art.9(7) "Real-world testing" {
      display "Art. 9(7)"
      summary "Testing may include testing in real-world conditions under Article 60."
      informative
    }
    requirement Art.9(8) "When and how to test" {
      display "Art. 9(8)"
      summary "Testing takes place as appropriate during development and in any event before placing on the market or putting into service, against prior defined metrics and probabilistic thresholds suited to the intended purpose."
    }
    requirement Art.9(9) "Minors and vulnerable groups" {
      display "Art. 9(9)"
      summary "Providers consider whether the system is likely to adversely affect persons under 18 and, as appropriate, other vulnerable groups."
    }
    requirement Art.9(10) "Combining with other risk management" {
      display "Art. 9(10)"
      summary "Providers subject to internal risk management rules under other Union law may make these aspects part of those procedures."
      informative
    }
  }

  group Art.10 "Data and data governance" {
    display "Art. 10"
    summary "Training, validation and testing data of high-risk AI systems are governed and meet quality criteria, and special categories of personal data may be processed for bias correction only under strict conditions."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.10(1) "Quality data sets" {
      display "Art. 10(1)"
      summary "High-risk AI systems trained with data are developed on training, validation and testing data sets that meet the quality criteria of paragraphs 2 to 5."
    }
    group Art.10(2) "Data governance and management practices" {
      display "Art. 10(2)"
      summary "Data sets are subject to governance and management practices suited to the intended purpose, covering in particular the points below."

      requirement Art.10(2)(a) "Design choices" {
        display "Art. 10(2)(a)"
        summary "The practices cover the relevant design choices."
      }
      requirement Art.10(2)(b) "Data collection and origin" {
        display "Art. 10(2)(b)"
        summary "The practices cover data collection processes and the origin of the data and, for personal data, the original purpose of collection."
      }
      requirement Art.10(2)(c) "Data preparation" {
        display "Art. 10(2)(c)"
        summary "The practices cover data-preparation operations such as annotation, labelling, cleaning, updating, enrichment and aggregation."
      }
      requirement Art.10(2)(d) "Assumptions" {
        display "Art. 10(2)(d)"
        summary "The practices cover the assumptions made, in particular about what the data are meant to measure and represent."
      }
      requirement Art.10(2)(e) "Availability, quantity and suitability" {
        display "Art. 10(2)(e)"
        summary "The practices include an assessment of the availability, quantity and suitability of the data sets needed."
      }
      requirement Art.10(2)(f) "Examining for bias" {
        display "Art. 10(2)(f)"
        summary "The practices examine the data for possible biases likely to affect health and safety, harm fundamental rights or lead to prohibited discrimination, especially where outputs feed future inputs."
      }
      requirement Art.10(2)(g) "Detecting, preventing and mitigating bias" {
        display "Art. 10(2)(g)"
        summary "The practices include appropriate measures to detect, prevent and mitigate the biases identified under point (f)."
      }
      requirement Art.10(2)(h) "Data gaps and shortcomings" {
        display "Art. 10(2)(h)"
        summary "The practices identify relevant data gaps or shortcomings that prevent compliance and how they can be addressed."
      }
    }

    requirement Art.10(3) "Relevant, representative, error-free and complete data" {
      display "Art. 10(3)"
      summary "Data sets are relevant, sufficiently representative, as free of errors and as complete as possible for the intended purpose, with appropriate statistical properties, including for the persons or groups the system is meant to be used on."
    }
    requirement Art.10(4) "Setting-specific characteristics" {
      display "Art. 10(4)"
      summary "Data sets take into account, as the intended purpose requires, the characteristics of the specific geographical, contextual, behavioural or functional setting of use."
    }
    group Art.10(5) "Special categories of personal data for bias correction" {
      display "Art. 10(5)"
      summary "Providers may exceptionally process special categories of personal data where strictly necessary for bias detection and correction, with appropriate safeguards and only if all the conditions below are met."

      requirement Art.10(5)(a) "No alternative data" {
        display "Art. 10(5)(a)"
        summary "Bias detection and correction cannot be achieved effectively with other data, including synthetic or anonymised data."
      }
      requirement Art.10(5)(b) "Re-use limits and privacy-preserving measures" {
        display "Art. 10(5)(b)"
        summary "The data are subject to technical limits on re-use and to state-of-the-art security and privacy-preserving measures, including pseudonymisation."
      }
      requirement Art.10(5)(c) "Access controls and documentation" {
        display "Art. 10(5)(c)"
        summary "The data are secured and protected, with strict, documented access controls, so that only authorised persons under confidentiality obligations can access them."
      }
      requirement Art.10(5)(d) "No transfer to other parties" {
        display "Art. 10(5)(d)"
        summary "The data are not transmitted, transferred or otherwise accessed by other parties."
      }
      requirement Art.10(5)(e) "Deletion" {
        display "Art. 10(5)(e)"
        summary "The data are deleted once the bias is corrected or at the end of their retention period, whichever comes first."
      }
      requirement Art.10(5)(f) "Records of processing" {
        display "Art. 10(5)(f)"
        summary "The records of processing activities state why processing the special categories was strictly necessary and why other data could not serve."
      }
    }

    requirement Art.10(6) "Systems not trained on data" {
      display "Art. 10(6)"
      summary "For high-risk AI systems that do not train AI models, paragraphs 2 to 5 apply only to the testing data sets."
      informative
    }
  }

  group Art.11 "Technical documentation" {
    display "Art. 11"
    summary "Technical documentation showing that a high-risk AI system meets the requirements, with at least the Annex IV elements, is drawn up before release and kept up to date."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.11(1) "Drawing up technical documentation" {
      display "Art. 11(1)"
      summary "Technical documentation is drawn up before placing on the market or putting into service, kept up to date, shows compliance clearly to authorities and notified bodies and contains at least the Annex IV elements, which SMEs may provide in the simplified Commission form."
    }
    requirement Art.11(2) "Single documentation for Annex I products" {
      display "Art. 11(2)"
      summary "For a high-risk AI system related to an Annex I, Section A product, a single set of technical documentation holds both this information and the information the product legislation requires."
    }
    requirement Art.11(3) "Amending Annex IV" {
      display "Art. 11(3)"
      summary "The Commission may amend Annex IV by delegated acts in light of technical progress."
      tags role:authority
    }
  }

  group Art.12 "Record-keeping" {
    display "Art. 12"
    summary "High-risk AI systems technically allow the automatic logging of events over their lifetime, so that their functioning can be traced."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.12(1) "Automatic logging" {
      display "Art. 12(1)"
      summary "High-risk AI systems technically allow the automatic recording of events (logs) over the lifetime of the system."
    }
    group Art.12(2) "Traceability through logs" {
      display "Art. 12(2)"
      summary "Logging capabilities record the events relevant for the purposes below, at a level of traceability suited to the intended purpose."

      requirement Art.12(2)(a) "Identifying risk situations" {
        display "Art. 12(2)(a)"
        summary "Logs help identify situations that may make the system present a risk under Article 79(1) or lead to a substantial modification."
      }
      requirement Art.12(2)(b) "Post-market monitoring" {
        display "Art. 12(2)(b)"
        summary "Logs facilitate the post-market monitoring of Article 72."
      }
      requirement Art.12(2)(c) "Monitoring by deployers" {
        display "Art. 12(2)(c)"
        summary "Logs support the monitoring of the system's operation by deployers under Article 26(5)."
      }
    }

    group Art.12(3) "Minimum logging for remote biometric identification" {
      display "Art. 12(3)"
      summary "For remote biometric identification systems (Annex III, point 1(a)), logging records at least the items below."

      requirement Art.12(3)(a) "Period of each use" {
        display "Art. 12(3)(a)"
        summary "The logs record the start and end date and time of each use."
      }
      requirement Art.12(3)(b) "Reference database" {
        display "Art. 12(3)(b)"
        summary "The logs record the reference database against which input data was checked."
      }
      requirement Art.12(3)(c) "Matching input data" {
        display "Art. 12(3)(c)"
        summary "The logs record the input data for which the search led to a match."
      }
      requirement Art.12(3)(d) "Persons verifying results" {
        display "Art. 12(3)(d)"
        summary "The logs record the identity of the natural persons who verified the results under Article 14(5)."
      }
    }
  }

  group Art.13 "Transparency and provision of information to deployers" {
    display "Art. 13"
    summary "High-risk AI systems are transparent enough for deployers to interpret and use their output, and come with complete and clear instructions for use."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.13(1) "Transparent operation" {
      display "Art. 13(1)"
      summary "High-risk AI systems are designed and developed so that their operation is transparent enough for deployers to interpret the output and use it appropriately, and for provider and deployer to meet their obligations."
    }
    requirement Art.13(2) "Instructions for use" {
      display "Art. 13(2)"
      summary "High-risk AI systems come with instructions for use, in a suitable digital or other format, that are concise, complete, correct, clear, relevant, accessible and comprehensible to deployers."
    }
    group Art.13(3) "Content of the instructions for use" {
      display "Art. 13(3)"
      summary "The instructions for use contain at least the information below."

      requirement Art.13(3)(a) "Provider identity and contact details" {
        display "Art. 13(3)(a)"
        summary "The instructions give the identity and contact details of the provider and, where applicable, of its authorised representative."
      }
      requirement Art.13(3)(b) "Characteristics, capabilities and limitations" {
        display "Art. 13(3)(b)"
        summary "The instructions describe the system's characteristics, capabilities and performance limitations, including its intended purpose, tested accuracy, robustness and cybersecurity, foreseeable risk circumstances, explainability, performance for specific groups, input data specifications and information for interpreting the output."
      }
      requirement Art.13(3)(c) "Pre-determined changes" {
        display "Art. 13(3)(c)"
        summary "The instructions state any changes to the system and its performance pre-determined by the provider at the initial conformity assessment."
      }
      requirement Art.13(3)(d) "Human oversight measures" {
        display "Art. 13(3)(d)"
        summary "The instructions describe the human oversight measures of Article 14, including technical measures that help deployers interpret the output."
      }
      requirement Art.13(3)(e) "Resources, lifetime and maintenance" {
        display "Art. 13(3)(e)"
        summary "The instructions state the computational and hardware resources needed, the expected lifetime, and the maintenance and care measures, including software updates and their frequency."
      }
      requirement Art.13(3)(f) "Log collection mechanisms" {
        display "Art. 13(3)(f)"
        summary "Where relevant, the instructions describe the mechanisms that let deployers collect, store and interpret the logs under Article 12."
      }
    }
  }

  group Art.14 "Human oversight" {
    display "Art. 14"
    summary "High-risk AI systems are designed so that natural persons can oversee them effectively while in use, with measures proportionate to the risks."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.14(1) "Designed for effective oversight" {
      display "Art. 14(1)"
      summary "High-risk AI systems are designed and developed, including with suitable human-machine interface tools, so that natural persons can effectively oversee them while they are in use."
    }
    requirement Art.14(2) "Aim of human oversight" {
      display "Art. 14(2)"
      summary "Human oversight aims to prevent or minimise risks to health, safety or fundamental rights in intended use or reasonably foreseeable misuse, especially risks that persist despite the other requirements."
    }
    group Art.14(3) "Oversight measures" {
      display "Art. 14(3)"
      summary "Oversight measures are commensurate with the risks, level of autonomy and context of use, and take one or both of the forms below."

      requirement Art.14(3)(a) "Measures built in by the provider" {
        display "Art. 14(3)(a)"
        summary "Measures are identified and, where technically feasible, built into the system by the provider before placing it on the market or putting it into service."
      }
      requirement Art.14(3)(b) "Measures for the deployer to implement" {
        display "Art. 14(3)(b)"
        summary "Measures are identified by the provider beforehand as appropriate for the deployer to implement."
      }
    }

    group Art.14(4) "Enabling the overseers" {
      display "Art. 14(4)"
      summary "The system is provided so that the persons assigned to oversight are able, as appropriate and proportionate, to do the things below."

      requirement Art.14(4)(a) "Understanding and monitoring" {
        display "Art. 14(4)(a)"
        summary "Overseers understand the system's relevant capacities and limitations and monitor its operation, detecting and addressing anomalies, dysfunctions and unexpected performance."
      }
      requirement Art.14(4)(b) "Awareness of automation bias" {
        display "Art. 14(4)(b)"
        summary "Overseers remain aware of the tendency to rely or over-rely on the system's output (automation bias), especially where it informs decisions by natural persons."
      }
      requirement Art.14(4)(c) "Interpreting output" {
        display "Art. 14(4)(c)"
        summary "Overseers correctly interpret the system's output, for example with the interpretation tools and methods available."
      }
      requirement Art.14(4)(d) "Disregarding or overriding output" {
        display "Art. 14(4)(d)"
        summary "Overseers can decide in any situation not to use the system, or to disregard, override or reverse its output."
      }
      requirement Art.14(4)(e) "Intervening and stopping" {
        display "Art. 14(4)(e)"
        summary "Overseers can intervene in the system's operation or interrupt it with a stop button or similar procedure that brings it to a halt in a safe state."
      }
    }

    requirement Art.14(5) "Two-person verification for biometric identification" {
      display "Art. 14(5)"
      summary "For remote biometric identification systems (Annex III, point 1(a)), no action or decision is taken on an identification unless at least two competent natural persons have separately verified and confirmed it, except where law deems this disproportionate in law enforcement, migration, border control or asylum."
    }
  }

  group Art.15 "Accuracy, robustness and cybersecurity" {
    display "Art. 15"
    summary "High-risk AI systems achieve appropriate accuracy, robustness and cybersecurity and perform consistently in these respects throughout their lifecycle."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.15(1) "Appropriate accuracy, robustness and cybersecurity" {
      display "Art. 15(1)"
      summary "High-risk AI systems are designed and developed to achieve an appropriate level of accuracy, robustness and cybersecurity and to perform consistently in those respects throughout their lifecycle."
    }
    requirement Art.15(2) "Benchmarks and measurement methods" {
      display "Art. 15(2)"
      summary "The Commission, with stakeholders such as metrology and benchmarking authorities, encourages the development of benchmarks and methods for measuring accuracy and robustness."
      tags role:authority
    }
    requirement Art.15(3) "Declared accuracy" {
      display "Art. 15(3)"
      summary "The levels of accuracy and the relevant accuracy metrics are declared in the instructions for use."
    }
    requirement Art.15(4) "Resilience to errors and feedback loops" {
      display "Art. 15(4)"
      summary "High-risk AI systems are as resilient as possible to errors, faults and inconsistencies, through technical and organisational measures such as redundancy or fail-safe plans, and systems that keep learning after release are built to eliminate or reduce biased feedback loops."
    }
    requirement Art.15(5) "Cybersecurity against AI-specific attacks" {
      display "Art. 15(5)"
      summary "High-risk AI systems resist attempts by unauthorised third parties to alter their use, outputs or performance by exploiting vulnerabilities, with measures where appropriate to prevent, detect, respond to, resolve and control data poisoning, model poisoning, adversarial examples or model evasion, confidentiality attacks and model flaws."
    }
  }

  group Art.16 "Obligations of providers of high-risk AI systems" {
    display "Art. 16"
    summary "Providers of high-risk AI systems meet the obligations below, from compliance with Section 2 to registration, corrective action and accessibility."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.16(a) "Compliance with Section 2" {
      display "Art. 16(a)"
      summary "Providers ensure their high-risk AI systems comply with the requirements of Chapter III, Section 2."
    }
    requirement Art.16(b) "Provider identification" {
      display "Art. 16(b)"
      summary "Providers indicate their name, registered trade name or trade mark and contact address on the system or, where that is not possible, on its packaging or accompanying documentation."
    }
    requirement Art.16(c) "Quality management system" {
      display "Art. 16(c)"
      summary "Providers have a quality management system in place that complies with Article 17."
    }
    requirement Art.16(d) "Keeping documentation" {
      display "Art. 16(d)"
      summary "Providers keep the documentation referred to in Article 18."
    }
    requirement Art.16(e) "Keeping logs" {
      display "Art. 16(e)"
      summary "Providers keep the logs automatically generated by their systems, when under their control, as set out in Article 19."
    }
    requirement Art.16(f) "Conformity assessment" {
      display "Art. 16(f)"
      summary "Providers ensure the system undergoes the relevant conformity assessment procedure of Article 43 before it is placed on the market or put into service."
    }
    requirement Art.16(g) "EU declaration of conformity" {
      display "Art. 16(g)"
      summary "Providers draw up an EU declaration of conformity in accordance with Article 47."
    }
    requirement Art.16(h) "CE marking" {
      display "Art. 16(h)"
      summary "Providers affix the CE marking to the system or, where that is not possible, to its packaging or accompanying documentation, in accordance with Article 48."
    }
    requirement Art.16(i) "Registration" {
      display "Art. 16(i)"
      summary "Providers comply with the registration obligations of Article 49(1)."
    }
    requirement Art.16(j) "Corrective actions and information" {
      display "Art. 16(j)"
      summary "Providers take the necessary corrective actions and provide information as Article 20 requires."
    }
    requirement Art.16(k) "Demonstrating conformity on request" {
      display "Art. 16(k)"
      summary "Providers demonstrate the system's conformity with Section 2 upon a reasoned request of a national competent authority."
    }
    requirement Art.16(l) "Accessibility" {
      display "Art. 16(l)"
      summary "Providers ensure the system meets the accessibility requirements of Directives (EU) 2016/2102 and (EU) 2019/882."
    }
  }

  group Art.17 "Quality management system" {
    display "Art. 17"
    summary "Providers of high-risk AI systems put in place a documented quality management system, proportionate to their size, that ensures compliance."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group Art.17(1) "Documented quality management system" {
      display "Art. 17(1)"
      summary "The quality management system ensures compliance, is documented systematically as written policies, procedures and instructions, and covers at least the aspects below."

      requirement Art.17(1)(a) "Regulatory compliance strategy" {
        display "Art. 17(1)(a)"
        summary "The system includes a strategy for regulatory compliance, including conformity assessment procedures and the management of modifications to the AI system."
      }
      requirement Art.17(1)(b) "Design, design control and verification" {
        display "Art. 17(1)(b)"
        summary "The system includes techniques, procedures and systematic actions for design, design control and design verification."
      }
      requirement Art.17(1)(c) "Development, quality control and assurance" {
        display "Art. 17(1)(c)"
        summary "The system includes techniques, procedures and systematic actions for development, quality control and quality assurance."
      }
      requirement Art.17(1)(d) "Examination, test and validation" {
        display "Art. 17(1)(d)"
        summary "The system includes examination, test and validation procedures before, during and after development, and how often they are carried out."
      }
      requirement Art.17(1)(e) "Technical specifications and standards" {
        display "Art. 17(1)(e)"
        summary "The system includes the technical specifications and standards applied and, where harmonised standards are not fully applied, the means of meeting the Section 2 requirements."
      }
      requirement Art.17(1)(f) "Data management" {
        display "Art. 17(1)(f)"
        summary "The system includes systems and procedures for data management, from acquisition, collection and labelling to storage, filtering, aggregation and retention, for all data operations before placing on the market."
      }
      requirement Art.17(1)(g) "Risk management system" {
        display "Art. 17(1)(g)"
        summary "The system includes the risk management system of Article 9."
      }
      requirement Art.17(1)(h) "Post-market monitoring" {
        display "Art. 17(1)(h)"
        summary "The system includes setting up, implementing and maintaining a post-market monitoring system under Article 72."
      }
      requirement Art.17(1)(i) "Serious incident reporting" {
        display "Art. 17(1)(i)"
        summary "The system includes procedures for reporting serious incidents under Article 73."
      }
      requirement Art.17(1)(j) "Communication with authorities and others" {
        display "Art. 17(1)(j)"
        summary "The system includes handling communication with national competent and other authorities, notified bodies, other operators, customers and other interested parties."
      }
      requirement Art.17(1)(k) "Record-keeping" {
        display "Art. 17(1)(k)"
        summary "The system includes systems and procedures for keeping records of all relevant documentation and information."
      }
      requirement Art.17(1)(l) "Resource management" {
        display "Art. 17(1)(l)"
        summary "The system includes resource management, including security-of-supply measures."
      }
      requirement Art.17(1)(m) "Accountability framework" {
        display "Art. 17(1)(m)"
        summary "The system includes an accountability framework setting out the responsibilities of management and other staff for all these aspects."
      }
    }

    requirement Art.17(2) "Proportionate implementation" {
      display "Art. 17(2)"
      summary "The quality management system is implemented in proportion to the size of the provider's organisation while keeping the rigour and level of protection needed for compliance."
    }
    requirement Art.17(3) "Integration with a sectoral quality management system" {
      display "Art. 17(3)"
      summary "Providers already subject to sectoral quality management obligations may include these aspects in that quality management system."
      informative
    }
    requirement Art.17(4) "Financial institutions" {
      display "Art. 17(4)"
      summary "Providers that are financial institutions meet the quality management obligation, except paragraph 1, points (g), (h) and (i), by complying with their internal governance rules under Union financial services law."
      informative
    }
  }

  group Art.18 "Documentation keeping" {
    display "Art. 18"
    summary "Providers keep the key compliance documentation at the disposal of national competent authorities for ten years."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group Art.18(1) "Documents kept for ten years" {
      display "Art. 18(1)"
      summary "For ten years after the system is placed on the market or put into service, the provider keeps the documents below at the disposal of national competent authorities."

      requirement Art.18(1)(a) "Technical documentation" {
        display "Art. 18(1)(a)"
        summary "The provider keeps the technical documentation of Article 11."
      }
      requirement Art.18(1)(b) "Quality management system documentation" {
        display "Art. 18(1)(b)"
        summary "The provider keeps the documentation of the quality management system of Article 17."
      }
      requirement Art.18(1)(c) "Changes approved by notified bodies" {
        display "Art. 18(1)(c)"
        summary "The provider keeps documentation of changes approved by notified bodies, where applicable."
      }
      requirement Art.18(1)(d) "Notified body decisions" {
        display "Art. 18(1)(d)"
        summary "The provider keeps the decisions and other documents issued by notified bodies, where applicable."
      }
      requirement Art.18(1)(e) "EU declaration of conformity" {
        display "Art. 18(1)(e)"
        summary "The provider keeps the EU declaration of conformity of Article 47."
      }
    }

    requirement Art.18(2) "Bankruptcy or cessation of activity" {
      display "Art. 18(2)"
      summary "Member States set conditions for keeping the documentation available if a provider or its authorised representative goes bankrupt or ceases its activity before the period ends."
      tags role:authority
    }
    requirement Art.18(3) "Financial institutions" {
      display "Art. 18(3)"
      summary "Providers that are financial institutions keep the technical documentation as part of the documentation kept under Union financial services law."
    }
  }

  group Art.19 "Automatically generated logs" {
    display "Art. 19"
    summary "Providers keep the logs their high-risk AI systems generate, to the extent they control them, for at least six months."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.19(1) "Keeping logs" {
      display "Art. 19(1)"
      summary "Providers keep the automatically generated logs under their control for a period suited to the intended purpose and of at least six months, unless Union or national law, notably on data protection, provides otherwise."
    }
    requirement Art.19(2) "Financial institutions" {
      display "Art. 19(2)"
      summary "Providers that are financial institutions keep the logs as part of the documentation kept under Union financial services law."
    }
  }

  group Art.20 "Corrective actions and duty of information" {
    display "Art. 20"
    summary "Providers act at once on non-conforming high-risk AI systems and inform the supply chain and the authorities of risks."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.20(1) "Corrective actions" {
      display "Art. 20(1)"
      summary "A provider that considers, or has reason to consider, a system it placed on the market non-conforming immediately brings it into conformity, withdraws, disables or recalls it, and informs the distributors and, where applicable, the deployers, authorised representative and importers."
    }
    requirement Art.20(2) "Investigating and reporting risks" {
      display "Art. 20(2)"
      summary "When a system presents a risk under Article 79(1) and the provider becomes aware of it, the provider immediately investigates the causes, with the reporting deployer where applicable, and informs the competent market surveillance authorities and, where applicable, the notified body of the non-compliance and corrective actions."
    }
  }

  group Art.21 "Cooperation with competent authorities" {
    display "Art. 21"
    summary "Providers give competent authorities, on reasoned request, the information, documentation and logs needed to demonstrate conformity."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.21(1) "Information and documentation on request" {
      display "Art. 21(1)"
      summary "On reasoned request, providers give a competent authority all information and documentation needed to demonstrate conformity, in an official Union language the authority easily understands."
    }
    requirement Art.21(2) "Access to logs on request" {
      display "Art. 21(2)"
      summary "On reasoned request, providers also give the competent authority access to the automatically generated logs under their control."
    }
    requirement Art.21(3) "Confidentiality" {
      display "Art. 21(3)"
      summary "Information obtained by a competent authority under this Article is treated under the confidentiality obligations of Article 78."
      tags role:authority
    }
  }

  group Art.22 "Authorised representatives of providers of high-risk AI systems" {
    display "Art. 22"
    summary "Providers established outside the Union appoint an authorised representative in the Union by written mandate, and the representative carries out the mandated tasks."
    tags tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.22(1) "Appointing an authorised representative" {
      display "Art. 22(1)"
      summary "Before making a high-risk AI system available on the Union market, a provider established in a third country appoints, by written mandate, an authorised representative established in the Union."
      tags role:provider
    }
    requirement Art.22(2) "Enabling the representative" {
      display "Art. 22(2)"
      summary "The provider enables its authorised representative to perform the tasks specified in the mandate."
      tags role:provider
    }
    group Art.22(3) "Tasks of the authorised representative" {
      display "Art. 22(3)"
      summary "The authorised representative performs the mandated tasks, shows the mandate to market surveillance authorities on request, can be addressed by authorities on all compliance issues, and is empowered to do at least the tasks below."
      tags role:authorised-representative

      requirement Art.22(3)(a) "Verifying documentation and assessment" {
        display "Art. 22(3)(a)"
        summary "The representative verifies that the EU declaration of conformity and the technical documentation have been drawn up and that the provider has carried out an appropriate conformity assessment."
      }
      requirement Art.22(3)(b) "Keeping documents for ten years" {
        display "Art. 22(3)(b)"
        summary "The representative keeps the provider's contact details, the EU declaration of conformity, the technical documentation and any notified body certificate at the authorities' disposal for ten years."
      }
      requirement Art.22(3)(c) "Providing information on request" {
        display "Art. 22(3)(c)"
        summary "On reasoned request, the representative gives a competent authority the information and documentation, including logs under the provider's control, needed to demonstrate conformity."
      }
      requirement Art.22(3)(d) "Cooperating with authorities" {
        display "Art. 22(3)(d)"
        summary "On reasoned request, the representative cooperates with competent authorities in any action on the system, in particular to reduce and mitigate its risks."
      }
      requirement Art.22(3)(e) "Registration" {
        display "Art. 22(3)(e)"
        summary "Where applicable, the representative complies with the registration obligations of Article 49(1) or, if the provider registers, ensures that the registered information is correct."
      }
    }

    requirement Art.22(4) "Terminating the mandate" {
      display "Art. 22(4)"
      summary "The authorised representative terminates the mandate if it has reason to consider that the provider is acting contrary to its obligations, and immediately informs the market surveillance authority and, where applicable, the notified body."
      tags role:authorised-representative
    }
  }

  group Art.23 "Obligations of importers" {
    display "Art. 23"
    summary "Importers check a high-risk AI system's conformity before placing it on the market, identify themselves, keep documents and cooperate with authorities."
    tags role:importer, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group Art.23(1) "Verification before placing on the market" {
      display "Art. 23(1)"
      summary "Before placing a high-risk AI system on the market, the importer ensures its conformity by verifying the points below."

      requirement Art.23(1)(a) "Conformity assessment carried out" {
        display "Art. 23(1)(a)"
        summary "The importer verifies that the provider has carried out the relevant conformity assessment procedure of Article 43."
      }
      requirement Art.23(1)(b) "Technical documentation drawn up" {
        display "Art. 23(1)(b)"
        summary "The importer verifies that the provider has drawn up the technical documentation under Article 11 and Annex IV."
      }
      requirement Art.23(1)(c) "CE marking, declaration and instructions" {
        display "Art. 23(1)(c)"
        summary "The importer verifies that the system bears the CE marking and comes with the EU declaration of conformity and instructions for use."
      }
      requirement Art.23(1)(d) "Authorised representative appointed" {
        display "Art. 23(1)(d)"
        summary "The importer verifies that the provider has appointed an authorised representative under Article 22(1)."
      }
    }

    requirement Art.23(2) "Non-conforming or falsified systems" {
      display "Art. 23(2)"
      summary "An importer with reason to consider a system non-conforming, falsified or accompanied by falsified documentation does not place it on the market until it conforms, and informs the provider, the authorised representative and the market surveillance authorities if it presents a risk."
    }
    requirement Art.23(3) "Importer identification" {
      display "Art. 23(3)"
      summary "Importers indicate their name, registered trade name or trade mark and contact address on the system and on its packaging or accompanying documentation."
    }
    requirement Art.23(4) "Storage and transport" {
      display "Art. 23(4)"
      summary "Importers ensure that storage or transport conditions under their responsibility do not jeopardise compliance with Section 2."
    }
    requirement Art.23(5) "Keeping documents for ten years" {
      display "Art. 23(5)"
      summary "Importers keep a copy of any notified body certificate, the instructions for use and the EU declaration of conformity for ten years."
    }
    requirement Art.23(6) "Information to authorities" {
      display "Art. 23(6)"
      summary "On reasoned request, importers give competent authorities the information and documentation needed to demonstrate conformity and ensure the technical documentation can be made available to them."
    }
    requirement Art.23(7) "Cooperation with authorities" {
      display "Art. 23(7)"
      summary "Importers cooperate with competent authorities in any action on systems they placed on the market, in particular to reduce and mitigate risks."
    }
  }

  group Art.24 "Obligations of distributors" {
    display "Art. 24"
    summary "Distributors verify a high-risk AI system's marking and documents before making it available, act on non-conformity and cooperate with authorities."
    tags role:distributor, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.24(1) "Verification before making available" {
      display "Art. 24(1)"
      summary "Before making a system available, distributors verify that it bears the CE marking and comes with the EU declaration of conformity and instructions for use, and that provider and importer have met Article 16, points (b) and (c), and Article 23(3)."
    }
    requirement Art.24(2) "Withholding non-conforming systems" {
      display "Art. 24(2)"
      summary "A distributor with reason to consider a system non-conforming does not make it available until it conforms, and informs the provider or importer if it presents a risk."
    }
    requirement Art.24(3) "Storage and transport" {
      display "Art. 24(3)"
      summary "Distributors ensure that storage or transport conditions under their responsibility do not jeopardise compliance with Section 2."
    }
    requirement Art.24(4) "Corrective actions" {
      display "Art. 24(4)"
      summary "A distributor that considers a system it made available non-conforming takes, or ensures that the provider or importer takes, corrective action to bring it into conformity, withdraw or recall it, and immediately informs the provider or importer and the authorities if it presents a risk."
    }
    requirement Art.24(5) "Information to authorities" {
      display "Art. 24(5)"
      summary "On reasoned request, distributors give the competent authority the information and documentation on their actions under paragraphs 1 to 4 needed to demonstrate conformity."
    }
    requirement Art.24(6) "Cooperation with authorities" {
      display "Art. 24(6)"
      summary "Distributors cooperate with competent authorities in any action on systems they made available, in particular to reduce or mitigate risks."
    }
  }

  group Art.25 "Responsibilities along the AI value chain" {
    display "Art. 25"
    summary "Another operator becomes the provider of a high-risk AI system in set circumstances, and the initial provider and suppliers cooperate so the provider can comply."
    tags tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group Art.25(1) "Becoming a provider" {
      display "Art. 25(1)"
      summary "A distributor, importer, deployer or other third party is considered the provider of a high-risk AI system, with the obligations of Article 16, in any of the circumstances below."
      informative
      tags role:deployer, role:importer, role:distributor

      requirement Art.25(1)(a) "Putting a name or trademark on the system" {
        display "Art. 25(1)(a)"
        summary "It puts its name or trademark on a high-risk AI system already on the market or in service, without prejudice to contracts allocating the obligations otherwise."
      }
      requirement Art.25(1)(b) "Substantial modification" {
        display "Art. 25(1)(b)"
        summary "It makes a substantial modification to a high-risk AI system already on the market or in service such that the system remains high-risk."
      }
      requirement Art.25(1)(c) "Changing the intended purpose" {
        display "Art. 25(1)(c)"
        summary "It modifies the intended purpose of an AI system not classified as high-risk, including a general-purpose AI system, already on the market or in service so that it becomes high-risk."
      }
    }

    requirement Art.25(2) "Cooperation of the initial provider" {
      display "Art. 25(2)"
      summary "The initial provider is no longer the provider of that system but cooperates closely with the new provider, giving the information, technical access and assistance needed, unless it clearly specified that the system is not to be changed into a high-risk system."
      tags role:provider
    }
    group Art.25(3) "Product manufacturers as providers" {
      display "Art. 25(3)"
      summary "For high-risk AI systems that are safety components of Annex I, Section A products, the product manufacturer is considered the provider, with the Article 16 obligations, in either circumstance below."
      informative
      tags role:provider

      requirement Art.25(3)(a) "Placed on the market with the product" {
        display "Art. 25(3)(a)"
        summary "The system is placed on the market together with the product under the product manufacturer's name or trademark."
      }
      requirement Art.25(3)(b) "Put into service after the product" {
        display "Art. 25(3)(b)"
        summary "The system is put into service under the product manufacturer's name or trademark after the product has been placed on the market."
      }
    }

    requirement Art.25(4) "Written agreements with suppliers" {
      display "Art. 25(4)"
      summary "The provider and third parties supplying AI systems, tools, services, components or processes used in a high-risk AI system agree in writing on the information, capabilities, technical access and assistance the provider needs to comply, except for free and open-source supplies other than general-purpose AI models."
      tags role:provider
    }
    requirement Art.25(5) "Intellectual property and trade secrets" {
      display "Art. 25(5)"
      summary "Paragraphs 2 and 3 are without prejudice to protecting intellectual property rights, confidential business information and trade secrets."
      informative
    }
  }

  group Art.26 "Obligations of deployers of high-risk AI systems" {
    display "Art. 26"
    summary "Deployers use high-risk AI systems as instructed, assign competent human oversight, monitor them, keep logs, inform workers and affected persons, and cooperate with authorities."
    tags role:deployer, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.26(1) "Use according to the instructions" {
      display "Art. 26(1)"
      summary "Deployers take appropriate technical and organisational measures to use high-risk AI systems in accordance with their instructions for use."
    }
    requirement Art.26(2) "Assigning human oversight" {
      display "Art. 26(2)"
      summary "Deployers assign human oversight to natural persons with the necessary competence, training, authority and support."
    }
    requirement Art.26(3) "Other deployer obligations" {
      display "Art. 26(3)"
      summary "Paragraphs 1 and 2 leave untouched other deployer obligations under Union or national law and the deployer's freedom to organise itself to implement the provider's oversight measures."
      informative
    }
    requirement Art.26(4) "Relevant input data" {
      display "Art. 26(4)"
      summary "To the extent the deployer controls the input data, it ensures the data are relevant and sufficiently representative for the intended purpose."
    }
    requirement Art.26(5) "Monitoring and informing" {
      display "Art. 26(5)"
      summary "Deployers monitor the system's operation according to the instructions for use, inform the provider as relevant, suspend use and inform the provider or distributor and the market surveillance authority if it presents a risk, and report serious incidents first to the provider, applying Article 73 if the provider cannot be reached."
    }
    requirement Art.26(6) "Keeping logs" {
      display "Art. 26(6)"
      summary "Deployers keep the logs generated by the system, to the extent they control them, for a period suited to the intended purpose and of at least six months, unless other law provides otherwise."
    }
    requirement Art.26(7) "Informing workers" {
      display "Art. 26(7)"
      summary "Deployers that are employers inform workers' representatives and the affected workers before putting into service or using a high-risk AI system at the workplace."
    }
    requirement Art.26(8) "Registration by public authorities" {
      display "Art. 26(8)"
      summary "Deployers that are public authorities or Union institutions, bodies, offices or agencies comply with the registration obligations of Article 49 and do not use a system missing from the EU database, informing the provider or distributor."
    }
    requirement Art.26(9) "Data protection impact assessment" {
      display "Art. 26(9)"
      summary "Where applicable, deployers use the information provided under Article 13 for their data protection impact assessment under Article 35 of Regulation (EU) 2016/679 or Article 27 of Directive (EU) 2016/680."
    }
    requirement Art.26(10) "Post-remote biometric identification" {
      display "Art. 26(10)"
      summary "Deployers of post-remote biometric identification in criminal investigations request judicial or administrative authorisation ex ante or within 48 hours, limit each use to what is strictly necessary, never use it untargeted, document each use in the police file and report annually to the authorities."
    }
    requirement Art.26(11) "Informing affected persons" {
      display "Art. 26(11)"
      summary "Deployers of Annex III high-risk systems that make or help make decisions about natural persons inform those persons that they are subject to the system."
    }
    requirement Art.26(12) "Cooperation with authorities" {
      display "Art. 26(12)"
      summary "Deployers cooperate with the competent authorities in any action they take on the high-risk AI system to implement the Regulation."
    }
  }

  group Art.27 "Fundamental rights impact assessment for high-risk AI systems" {
    display "Art. 27"
    summary "Public bodies, private entities providing public services, and deployers of credit scoring systems and of life and health insurance risk assessment and pricing systems assess the impact on fundamental rights before first use."
    tags role:deployer, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group Art.27(1) "Performing the assessment" {
      display "Art. 27(1)"
      summary "Before deploying an Article 6(2) high-risk system (except Annex III, point 2), deployers that are bodies governed by public law or private entities providing public services, and deployers of Annex III, points 5(b) and 5(c) systems, assess the impact on fundamental rights, covering the elements below."

      requirement Art.27(1)(a) "Deployer's processes" {
        display "Art. 27(1)(a)"
        summary "The assessment describes the deployer's processes in which the system will be used in line with its intended purpose."
      }
      requirement Art.27(1)(b) "Period and frequency of use" {
        display "Art. 27(1)(b)"
        summary "The assessment describes the period of time within which, and the frequency with which, the system is intended to be used."
      }
      requirement Art.27(1)(c) "Affected persons and groups" {
        display "Art. 27(1)(c)"
        summary "The assessment names the categories of natural persons and groups likely to be affected in the specific context."
      }
      requirement Art.27(1)(d) "Specific risks of harm" {
        display "Art. 27(1)(d)"
        summary "The assessment sets out the specific risks of harm likely to affect those categories, taking into account the provider's information under Article 13."
      }
      requirement Art.27(1)(e) "Human oversight measures" {
        display "Art. 27(1)(e)"
        summary "The assessment describes how the human oversight measures are implemented according to the instructions for use."
      }
      requirement Art.27(1)(f) "Measures if risks materialise" {
        display "Art. 27(1)(f)"
        summary "The assessment sets out the measures to take if the risks materialise, including internal governance and complaint mechanisms."
      }
    }

    requirement Art.27(2) "First use and updates" {
      display "Art. 27(2)"
      summary "The assessment is required for the first use, deployers may rely on earlier assessments in similar cases, and they update it when an element changes."
    }
    requirement Art.27(3) "Notifying the results" {
      display "Art. 27(3)"
      summary "The deployer notifies the market surveillance authority of the results with the filled-out template, unless exempt in the case of Article 46(1)."
    }
    requirement Art.27(4) "Relation to the data protection impact assessment" {
      display "Art. 27(4)"
      summary "Where a data protection impact assessment already meets some of these obligations, the fundamental rights impact assessment complements it."
      informative
    }
    requirement Art.27(5) "Questionnaire template" {
      display "Art. 27(5)"
      summary "The AI Office develops a questionnaire template, including an automated tool, to help deployers comply in a simplified way."
      tags role:authority
    }
  }

  group Art.40 "Harmonised standards and standardisation deliverables" {
    display "Art. 40"
    summary "Conformity with published harmonised standards gives a presumption of conformity with the high-risk requirements or the general-purpose AI model obligations, and the Commission requests such standards."
    tags role:provider, tier:high-risk, tier:gpai
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.40(1) "Presumption of conformity" {
      display "Art. 40(1)"
      summary "High-risk AI systems or general-purpose AI models that conform to harmonised standards published in the Official Journal are presumed to meet the covered requirements of Chapter III, Section 2, or obligations of Chapter V, Sections 2 and 3."
      informative
    }
    requirement Art.40(2) "Standardisation requests" {
      display "Art. 40(2)"
      summary "The Commission issues standardisation requests covering those requirements and obligations, including deliverables on resource and energy efficiency, after consulting the Board and stakeholders."
      tags role:authority
    }
    requirement Art.40(3) "Standardisation process" {
      display "Art. 40(3)"
      summary "Participants in standardisation promote investment, innovation, legal certainty and global cooperation consistent with Union values, with balanced multi-stakeholder participation."
      tags role:authority
    }
  }

  group Art.41 "Common specifications" {
    display "Art. 41"
    summary "The Commission may adopt common specifications where harmonised standards are missing or inadequate, and conformity with them gives a presumption of conformity."
    tags role:provider, tier:high-risk, tier:gpai
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group Art.41(1) "Conditions for common specifications" {
      display "Art. 41(1)"
      summary "The Commission may adopt implementing acts establishing common specifications, after consulting the advisory forum, where both conditions below are met."

      requirement Art.41(1)(a) "Standardisation request unsuccessful" {
        display "Art. 41(1)(a)"
        summary "The Commission requested a harmonised standard and the request was not accepted, the standard was not delivered in time, insufficiently addresses fundamental rights, or does not comply with the request."
        tags role:authority
      }
      requirement Art.41(1)(b) "No harmonised standard published" {
        display "Art. 41(1)(b)"
        summary "No reference to a harmonised standard covering the requirements is published in the Official Journal, nor expected within a reasonable period."
        tags role:authority
      }
    }

    requirement Art.41(2) "Informing the committee" {
      display "Art. 41(2)"
      summary "Before drafting an implementing act, the Commission informs the committee under Article 22 of Regulation (EU) No 1025/2012 that the conditions are met."
      tags role:authority
    }
    requirement Art.41(3) "Presumption of conformity" {
      display "Art. 41(3)"
      summary "High-risk AI systems or general-purpose AI models that conform to the common specifications are presumed to meet the requirements or obligations those specifications cover."
      informative
    }
    requirement Art.41(4) "Repeal when a standard is published" {
      display "Art. 41(4)"
      summary "When the reference of a harmonised standard is published, the Commission repeals the implementing acts, or parts of them, covering the same requirements."
      tags role:authority
    }
    requirement Art.41(5) "Justifying other solutions" {
      display "Art. 41(5)"
      summary "Providers that do not follow the common specifications duly justify that their technical solutions meet the requirements or obligations to an at least equivalent level."
    }
    requirement Art.41(6) "Objections by Member States" {
      display "Art. 41(6)"
      summary "A Member State that considers a common specification insufficient informs the Commission, which assesses it and may amend the implementing act."
      tags role:authority
    }
  }

  group Art.42 "Presumption of conformity with certain requirements" {
    display "Art. 42"
    summary "Setting-specific training and testing data and EU cybersecurity certification give a presumption of conformity with the matching requirements."
    informative
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.42(1) "Setting-specific data" {
      display "Art. 42(1)"
      summary "High-risk AI systems trained and tested on data reflecting their specific geographical, behavioural, contextual or functional setting are presumed to meet Article 10(4)."
    }
    requirement Art.42(2) "Cybersecurity certification" {
      display "Art. 42(2)"
      summary "High-risk AI systems certified, or covered by a statement of conformity, under a cybersecurity scheme of Regulation (EU) 2019/881 are presumed to meet the cybersecurity requirements of Article 15 as far as the certificate covers them."
    }
  }

  group Art.43 "Conformity assessment" {
    display "Art. 43"
    summary "Providers of high-risk AI systems follow the conformity assessment procedure that fits the system, by internal control or with a notified body."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.43(1) "Annex III point 1 systems: choice of procedure" {
      display "Art. 43(1)"
      summary "For Annex III, point 1 systems, a provider that applied harmonised standards or common specifications chooses internal control (Annex VI) or notified-body assessment (Annex VII), and follows Annex VII where none exist, they were not applied in full, or a standard was published with a restriction."
    }
    requirement Art.43(2) "Annex III points 2 to 8: internal control" {
      display "Art. 43(2)"
      summary "For Annex III, points 2 to 8 systems, providers follow the internal control procedure of Annex VI, without a notified body."
    }
    requirement Art.43(3) "Annex I products" {
      display "Art. 43(3)"
      summary "For systems covered by Annex I, Section A legislation, providers follow the conformity assessment of that legislation, which then also covers the Section 2 requirements."
    }
    requirement Art.43(4) "Substantial modification" {
      display "Art. 43(4)"
      summary "A high-risk AI system that is substantially modified undergoes a new conformity assessment, while changes pre-determined in the technical documentation of a learning system are not substantial modifications."
    }
    requirement Art.43(5) "Amending Annexes VI and VII" {
      display "Art. 43(5)"
      summary "The Commission may update Annexes VI and VII by delegated acts in light of technical progress."
      tags role:authority
    }
    requirement Art.43(6) "Extending notified-body assessment" {
      display "Art. 43(6)"
      summary "The Commission may, by delegated acts, subject Annex III, points 2 to 8 systems to the Annex VII procedure."
      tags role:authority
    }
  }

  group Art.44 "Certificates" {
    display "Art. 44"
    summary "Notified-body certificates have limited validity, can be extended after re-assessment, and can be suspended or withdrawn."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.44(1) "Language of certificates" {
      display "Art. 44(1)"
      summary "Certificates issued under Annex VII are written in a language easily understood by the authorities of the notified body's Member State."
      tags role:authority
    }
    requirement Art.44(2) "Validity and extension" {
      display "Art. 44(2)"
      summary "Certificates are valid for at most five years for Annex I systems and four years for Annex III systems, and can be extended for further such periods after re-assessment at the provider's request."
      tags role:authority
    }
    requirement Art.44(3) "Suspension or withdrawal" {
      display "Art. 44(3)"
      summary "A notified body suspends, withdraws or restricts a certificate, with reasons and subject to appeal, when the system no longer meets Section 2 unless the provider takes corrective action in time."
      tags role:authority
    }
  }

  group Art.45 "Information obligations of notified bodies" {
    display "Art. 45"
    summary "Notified bodies inform their notifying authority and each other about the certificates and approvals they issue, refuse or withdraw."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group Art.45(1) "Informing the notifying authority" {
      display "Art. 45(1)"
      summary "Notified bodies inform the notifying authority of the items below."

      requirement Art.45(1)(a) "Certificates and approvals issued" {
        display "Art. 45(1)(a)"
        summary "Notified bodies report technical documentation assessment certificates, their supplements and quality management system approvals issued under Annex VII."
        tags role:authority
      }
      requirement Art.45(1)(b) "Refusals, restrictions, suspensions and withdrawals" {
        display "Art. 45(1)(b)"
        summary "Notified bodies report any refusal, restriction, suspension or withdrawal of such a certificate or approval."
        tags role:authority
      }
      requirement Art.45(1)(c) "Circumstances affecting notification" {
        display "Art. 45(1)(c)"
        summary "Notified bodies report any circumstances affecting the scope of or conditions for their notification."
        tags role:authority
      }
      requirement Art.45(1)(d) "Requests from market surveillance authorities" {
        display "Art. 45(1)(d)"
        summary "Notified bodies report any request for information about conformity assessment activities received from market surveillance authorities."
        tags role:authority
      }
      requirement Art.45(1)(e) "Activities performed" {
        display "Art. 45(1)(e)"
        summary "On request, notified bodies report the conformity assessment and other activities performed, including cross-border activities and subcontracting."
        tags role:authority
      }
    }

    group Art.45(2) "Informing other notified bodies" {
      display "Art. 45(2)"
      summary "Each notified body informs the other notified bodies of the items below."

      requirement Art.45(2)(a) "Quality management system approvals" {
        display "Art. 45(2)(a)"
        summary "A notified body reports the quality management system approvals it refused, suspended or withdrew and, on request, those it issued."
        tags role:authority
      }
      requirement Art.45(2)(b) "Technical documentation certificates" {
        display "Art. 45(2)(b)"
        summary "A notified body reports the technical documentation assessment certificates or supplements it refused, withdrew, suspended or restricted and, on request, those it issued."
        tags role:authority
      }
    }

    requirement Art.45(3) "Sharing assessment results" {
      display "Art. 45(3)"
      summary "Notified bodies share with peers assessing the same types of AI systems information on negative and, on request, positive conformity assessment results."
      tags role:authority
    }
    requirement Art.45(4) "Confidentiality" {
      display "Art. 45(4)"
      summary "Notified bodies keep the information they obtain confidential under Article 78."
      tags role:authority
    }
  }

  group Art.46 "Derogation from conformity assessment procedure" {
    display "Art. 46"
    summary "Market surveillance authorities may exceptionally authorise specific high-risk AI systems before their conformity assessment is complete."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.46(1) "Temporary authorisation" {
      display "Art. 46(1)"
      summary "For exceptional reasons of public security, protection of life and health, environmental protection or protection of key industrial and infrastructural assets, a market surveillance authority may authorise a specific high-risk system for a limited period while its conformity assessment is completed."
      tags role:authority
    }
    requirement Art.46(2) "Urgent use by law enforcement or civil protection" {
      display "Art. 46(2)"
      summary "In duly justified urgency, law enforcement or civil protection authorities may put a specific high-risk system into service without authorisation, requesting it without undue delay, and stop using it and discard its outputs if it is refused."
      tags role:deployer
    }
    requirement Art.46(3) "Conditions and information" {
      display "Art. 46(3)"
      summary "The authorisation is issued only if the system complies with Section 2, and the authority informs the Commission and the other Member States of it."
      tags role:authority
    }
    requirement Art.46(4) "Deemed justified" {
      display "Art. 46(4)"
      summary "An authorisation not objected to by a Member State or the Commission within 15 calendar days is deemed justified."
      tags role:authority
    }
    requirement Art.46(5) "Objections" {
      display "Art. 46(5)"
      summary "Where objections are raised within 15 days, the Commission consults the Member State and the operators concerned and decides whether the authorisation is justified."
      tags role:authority
    }
    requirement Art.46(6) "Withdrawal" {
      display "Art. 46(6)"
      summary "If the Commission considers the authorisation unjustified, the market surveillance authority withdraws it."
      tags role:authority
    }
    requirement Art.46(7) "Annex I products" {
      display "Art. 46(7)"
      summary "For systems related to Annex I, Section A products, only the derogations of that harmonisation legislation apply."
      tags role:authority
    }
  }

  group Art.47 "EU declaration of conformity" {
    display "Art. 47"
    summary "Providers draw up, keep and update an EU declaration of conformity for each high-risk AI system, taking responsibility for compliance."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.47(1) "Drawing up and keeping the declaration" {
      display "Art. 47(1)"
      summary "The provider draws up a written, machine-readable, physical or electronically signed EU declaration of conformity identifying each high-risk AI system, keeps it for ten years and gives a copy to authorities on request."
    }
    requirement Art.47(2) "Content and translation" {
      display "Art. 47(2)"
      summary "The declaration states that the system meets Section 2, contains the Annex V information and is translated into a language the national competent authorities easily understand."
    }
    requirement Art.47(3) "Single declaration" {
      display "Art. 47(3)"
      summary "Where other Union harmonisation legislation also requires a declaration, a single declaration covers all applicable Union law and identifies that legislation."
    }
    requirement Art.47(4) "Responsibility and updates" {
      display "Art. 47(4)"
      summary "By drawing up the declaration the provider assumes responsibility for compliance with Section 2, and keeps the declaration up to date."
    }
    requirement Art.47(5) "Amending Annex V" {
      display "Art. 47(5)"
      summary "The Commission may update Annex V by delegated acts in light of technical progress."
      tags role:authority
    }
  }

  group Art.48 "CE marking" {
    display "Art. 48"
    summary "High-risk AI systems bear the CE marking, in digital form where the system is provided digitally, with the notified body's number where applicable."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.48(1) "General principles" {
      display "Art. 48(1)"
      summary "The CE marking follows the general principles of Article 30 of Regulation (EC) No 765/2008."
    }
    requirement Art.48(2) "Digital CE marking" {
      display "Art. 48(2)"
      summary "High-risk AI systems provided digitally use a digital CE marking that is easily accessible through the system's interface or a machine-readable code or other electronic means."
    }
    requirement Art.48(3) "Affixing the marking" {
      display "Art. 48(3)"
      summary "The CE marking is affixed visibly, legibly and indelibly or, where that is not possible or warranted, to the packaging or accompanying documentation."
    }
    requirement Art.48(4) "Notified body number" {
      display "Art. 48(4)"
      summary "Where applicable, the CE marking is followed by the identification number of the responsible notified body, which also appears in promotional material claiming CE conformity."
    }
    requirement Art.48(5) "Other Union law" {
      display "Art. 48(5)"
      summary "Where other Union law also requires CE marking, the marking indicates that the system also meets that law."
    }
  }

  group Art.49 "Registration" {
    display "Art. 49"
    summary "Providers register Annex III high-risk AI systems, and systems they consider not high-risk, in the EU database, and public-sector deployers register their use."
    tags tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.49(1) "Registration by providers" {
      display "Art. 49(1)"
      summary "Before placing on the market or putting into service an Annex III high-risk system (except point 2), the provider or its authorised representative registers itself and the system in the EU database."
      tags role:provider, role:authorised-representative
    }
    requirement Art.49(2) "Registration of systems considered not high-risk" {
      display "Art. 49(2)"
      summary "Before placing on the market or putting into service a system the provider concluded is not high-risk under Article 6(3), the provider or its authorised representative registers itself and the system in the EU database."
      tags role:provider, role:authorised-representative
    }
    requirement Art.49(3) "Registration of use by public deployers" {
      display "Art. 49(3)"
      summary "Before putting into service or using an Annex III high-risk system (except point 2), deployers that are public authorities or Union institutions, bodies, offices or agencies, or act on their behalf, register themselves, select the system and register its use."
      tags role:deployer
    }
    group Art.49(4) "Secure section for law enforcement, migration and border control" {
      display "Art. 49(4)"
      summary "Registrations of Annex III, points 1, 6 and 7 systems in law enforcement, migration, asylum and border control go into a secure non-public section of the database, open only to the Commission and designated national authorities, and hold only the information below."
      tags role:provider, role:deployer, role:authorised-representative

      requirement Art.49(4)(a) "Annex VIII, Section A" {
        display "Art. 49(4)(a)"
        summary "The registration holds Annex VIII, Section A, points 1 to 10, except points 6, 8 and 9."
      }
      requirement Art.49(4)(b) "Annex VIII, Section B" {
        display "Art. 49(4)(b)"
        summary "The registration holds Annex VIII, Section B, points 1 to 5, 8 and 9."
      }
      requirement Art.49(4)(c) "Annex VIII, Section C" {
        display "Art. 49(4)(c)"
        summary "The registration holds Annex VIII, Section C, points 1 to 3."
      }
      requirement Art.49(4)(d) "Annex IX" {
        display "Art. 49(4)(d)"
        summary "The registration holds Annex IX, points 1, 2, 3 and 5."
      }
    }

    requirement Art.49(5) "Critical infrastructure systems" {
      display "Art. 49(5)"
      summary "High-risk AI systems under Annex III, point 2 are registered at national level."
      tags role:provider, role:deployer
    }
  }

  group Art.50 "Transparency obligations for providers and deployers of certain AI systems" {
    display "Art. 50"
    summary "People are told when they interact with an AI system, when content is AI-generated, and when emotion recognition, biometric categorisation or deep fakes are involved."
    tags tier:transparency
    applies-from "2026-08-02"

    requirement Art.50(1) "Disclosing interaction with an AI system" {
      display "Art. 50(1)"
      summary "Providers design AI systems meant to interact directly with natural persons so that those persons are informed they are interacting with an AI system, unless this is obvious in context, except systems authorised by law for criminal-offence purposes."
      tags role:provider, use:interaction
    }
    requirement Art.50(2) "Marking synthetic content" {
      display "Art. 50(2)"
      summary "Providers of AI systems, including general-purpose ones, that generate synthetic audio, image, video or text ensure the outputs are marked in a machine-readable format and detectable as artificially generated or manipulated, with effective, interoperable, robust and reliable technical solutions as far as feasible."
      tags role:provider, use:synthetic-content
    }
    requirement Art.50(3) "Emotion recognition and biometric categorisation" {
      display "Art. 50(3)"
      summary "Deployers of emotion recognition or biometric categorisation systems inform the natural persons exposed to them of their operation and process their personal data under the data protection rules."
      tags role:deployer, use:emotion-recognition, use:biometric-categorisation
    }
    requirement Art.50(4) "Deep fakes and AI-generated text" {
      display "Art. 50(4)"
      summary "Deployers disclose that deep-fake image, audio or video content is artificially generated or manipulated (in a limited way for evidently artistic or satirical works), and that text published to inform the public on matters of public interest is AI-generated unless it underwent human review or editorial control."
      tags role:deployer, use:deep-fake, use:public-interest-text
    }
    requirement Art.50(5) "Manner and timing of the information" {
      display "Art. 50(5)"
      summary "The information is given clearly and distinguishably, at the latest at the first interaction or exposure, and meets the applicable accessibility requirements."
      tags role:provider, role:deployer, use:interaction, use:synthetic-content, use:emotion-recognition, use:biometric-categorisation, use:deep-fake, use:public-interest-text
    }
    requirement Art.50(6) "Relation to other obligations" {
      display "Art. 50(6)"
      summary "Paragraphs 1 to 4 do not affect the obligations of Chapter III or other Union or national transparency obligations of deployers."
      informative
      tags role:provider, role:deployer, use:interaction, use:synthetic-content, use:emotion-recognition, use:biometric-categorisation, use:deep-fake, use:public-interest-text
    }
    requirement Art.50(7) "Codes of practice" {
      display "Art. 50(7)"
      summary "The AI Office encourages codes of practice on detecting and labelling AI-generated content, which the Commission may approve, or replace with common rules, by implementing acts."
      tags role:authority, use:synthetic-content, use:deep-fake, use:public-interest-text
    }
  }

  group Art.53 "Obligations for providers of general-purpose AI models" {
    display "Art. 53"
    summary "Providers of general-purpose AI models document the model, inform downstream providers, respect copyright and publish a summary of the training content."
    tags role:provider, tier:gpai
    applies-from "2025-08-02"

    group Art.53(1) "Core obligations" {
      display "Art. 53(1)"
      summary "Providers of general-purpose AI models carry out the obligations below."

      requirement Art.53(1)(a) "Technical documentation of the model" {
        display "Art. 53(1)(a)"
        summary "Providers draw up and keep up to date technical documentation of the model, including its training, testing and evaluation results, with at least the Annex XI information, for the AI Office and national authorities on request."
      }
      requirement Art.53(1)(b) "Information for downstream providers" {
        display "Art. 53(1)(b)"
        summary "Providers draw up, keep up to date and make available to providers integrating the model information and documentation, with at least the Annex XII elements, that lets them understand its capabilities and limitations and meet their obligations."
      }
      requirement Art.53(1)(c) "Copyright policy" {
        display "Art. 53(1)(c)"
        summary "Providers put in place a policy to comply with Union copyright law, in particular to identify and respect, including with state-of-the-art technologies, reservations of rights under Article 4(3) of Directive (EU) 2019/790."
      }
      requirement Art.53(1)(d) "Training content summary" {
        display "Art. 53(1)(d)"
        summary "Providers draw up and publish a sufficiently detailed summary of the content used to train the model, following the AI Office template."
      }
    }

    requirement Art.53(2) "Free and open-source exception" {
      display "Art. 53(2)"
      summary "Paragraph 1, points (a) and (b) do not apply to models released under a free and open-source licence with publicly available parameters, architecture and usage information, unless the model has systemic risk."
      informative
    }
    requirement Art.53(3) "Cooperation with authorities" {
      display "Art. 53(3)"
      summary "Providers of general-purpose AI models cooperate as necessary with the Commission and the national competent authorities."
    }
    requirement Art.53(4) "Codes of practice and standards" {
      display "Art. 53(4)"
      summary "Providers may rely on codes of practice to demonstrate compliance until a harmonised standard is published, harmonised standards give a presumption of conformity, and providers following neither demonstrate alternative adequate means."
    }
    requirement Art.53(5) "Measurement methodologies" {
      display "Art. 53(5)"
      summary "The Commission may adopt delegated acts detailing measurement and calculation methodologies for the Annex XI documentation."
      tags role:authority
    }
    requirement Art.53(6) "Amending Annexes XI and XII" {
      display "Art. 53(6)"
      summary "The Commission may amend Annexes XI and XII by delegated acts in light of technological developments."
      tags role:authority
    }
    requirement Art.53(7) "Confidentiality" {
      display "Art. 53(7)"
      summary "Information and documentation obtained under this Article, including trade secrets, are treated under the confidentiality obligations of Article 78."
      tags role:authority
    }
  }

  group Art.54 "Authorised representatives of providers of general-purpose AI models" {
    display "Art. 54"
    summary "Providers of general-purpose AI models established outside the Union appoint an authorised representative in the Union, which carries out the mandated tasks."
    tags tier:gpai
    applies-from "2025-08-02"

    requirement Art.54(1) "Appointing an authorised representative" {
      display "Art. 54(1)"
      summary "Before placing a general-purpose AI model on the Union market, a provider established in a third country appoints, by written mandate, an authorised representative established in the Union."
      tags role:provider
    }
    requirement Art.54(2) "Enabling the representative" {
      display "Art. 54(2)"
      summary "The provider enables its authorised representative to perform the tasks specified in the mandate."
      tags role:provider
    }
    group Art.54(3) "Tasks of the authorised representative" {
      display "Art. 54(3)"
      summary "The authorised representative performs the mandated tasks, gives the AI Office a copy of the mandate on request, and is empowered to do at least the tasks below."
      tags role:authorised-representative

      requirement Art.54(3)(a) "Verifying the provider's compliance" {
        display "Art. 54(3)(a)"
        summary "The representative verifies that the Annex XI technical documentation has been drawn up and that the provider has met its Article 53 and, where applicable, Article 55 obligations."
      }
      requirement Art.54(3)(b) "Keeping documentation for ten years" {
        display "Art. 54(3)(b)"
        summary "The representative keeps a copy of the Annex XI technical documentation and the provider's contact details at the disposal of the AI Office and national authorities for ten years."
      }
      requirement Art.54(3)(c) "Providing information on request" {
        display "Art. 54(3)(c)"
        summary "On reasoned request, the representative gives the AI Office the information and documentation needed to demonstrate compliance with Chapter V."
      }
      requirement Art.54(3)(d) "Cooperating with authorities" {
        display "Art. 54(3)(d)"
        summary "On reasoned request, the representative cooperates with the AI Office and competent authorities in any action on the model, including when it is integrated into AI systems."
      }
    }

    requirement Art.54(4) "Addressed by authorities" {
      display "Art. 54(4)"
      summary "The mandate empowers the authorised representative to be addressed by the AI Office or competent authorities, in addition to or instead of the provider, on all compliance issues."
      tags role:provider, role:authorised-representative
    }
    requirement Art.54(5) "Terminating the mandate" {
      display "Art. 54(5)"
      summary "The authorised representative terminates the mandate if it has reason to consider that the provider is acting contrary to its obligations, and immediately informs the AI Office, with reasons."
      tags role:authorised-representative
    }
    requirement Art.54(6) "Free and open-source exception" {
      display "Art. 54(6)"
      summary "The Article does not apply to providers of models released under a free and open-source licence with publicly available parameters, architecture and usage information, unless the model presents systemic risks."
      informative
      tags role:provider
    }
  }

  group Art.55 "Obligations of providers of general-purpose AI models with systemic risk" {
    display "Art. 55"
    summary "Providers of general-purpose AI models with systemic risk evaluate and adversarially test the model, mitigate systemic risks, report serious incidents and secure the model."
    tags role:provider, tier:gpai-systemic-risk
    applies-from "2025-08-02"

    group Art.55(1) "Additional obligations" {
      display "Art. 55(1)"
      summary "In addition to Articles 53 and 54, providers of general-purpose AI models with systemic risk carry out the obligations below."

      requirement Art.55(1)(a) "Model evaluation and adversarial testing" {
        display "Art. 55(1)(a)"
        summary "Providers evaluate the model with standardised, state-of-the-art protocols and tools, including conducting and documenting adversarial testing to identify and mitigate systemic risks."
      }
      requirement Art.55(1)(b) "Assessing and mitigating systemic risks" {
        display "Art. 55(1)(b)"
        summary "Providers assess and mitigate possible systemic risks at Union level, and their sources, arising from the development, placing on the market or use of the model."
      }
      requirement Art.55(1)(c) "Serious incident reporting" {
        display "Art. 55(1)(c)"
        summary "Providers track, document and report without undue delay to the AI Office, and as appropriate to national authorities, relevant information on serious incidents and possible corrective measures."
      }
      requirement Art.55(1)(d) "Cybersecurity" {
        display "Art. 55(1)(d)"
        summary "Providers ensure an adequate level of cybersecurity protection for the model and its physical infrastructure."
      }
    }

    requirement Art.55(2) "Codes of practice and standards" {
      display "Art. 55(2)"
      summary "Providers may rely on codes of practice to demonstrate compliance until a harmonised standard is published, harmonised standards give a presumption of conformity, and providers following neither demonstrate alternative adequate means."
    }
    requirement Art.55(3) "Confidentiality" {
      display "Art. 55(3)"
      summary "Information and documentation obtained under this Article, including trade secrets, are treated under the confidentiality obligations of Article 78."
      tags role:authority
    }
  }

  group Art.72 "Post-market monitoring by providers and post-market monitoring plan for high-risk AI systems" {
    display "Art. 72"
    summary "Providers run a documented post-market monitoring system, based on a plan, that tracks a high-risk AI system's performance and compliance over its lifetime."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.72(1) "Post-market monitoring system" {
      display "Art. 72(1)"
      summary "Providers establish and document a post-market monitoring system proportionate to the nature of the AI technologies and the risks of the high-risk AI system."
    }
    requirement Art.72(2) "Collecting and analysing data" {
      display "Art. 72(2)"
      summary "The system actively and systematically collects, documents and analyses relevant performance data, from deployers or other sources, over the system's lifetime to evaluate continuous compliance, including interaction with other AI systems where relevant."
    }
    requirement Art.72(3) "Post-market monitoring plan" {
      display "Art. 72(3)"
      summary "Post-market monitoring is based on a plan that is part of the Annex IV technical documentation and follows a Commission template adopted by 2 February 2026."
    }
    requirement Art.72(4) "Integration with existing systems" {
      display "Art. 72(4)"
      summary "Providers of Annex I, Section A products, and financial institutions providing Annex III, point 5 systems, may integrate these elements into existing post-market monitoring systems and plans if protection is equivalent."
      informative
    }
  }

  group Art.73 "Reporting of serious incidents" {
    display "Art. 73"
    summary "Providers report serious incidents involving high-risk AI systems to market surveillance authorities within strict deadlines and investigate them."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    requirement Art.73(1) "Reporting serious incidents" {
      display "Art. 73(1)"
      summary "Providers of high-risk AI systems placed on the Union market report any serious incident to the market surveillance authorities of the Member States where it occurred."
    }
    requirement Art.73(2) "Reporting deadline" {
      display "Art. 73(2)"
      summary "The report is made immediately after a causal link, or its reasonable likelihood, is established, and no later than 15 days after becoming aware of the incident, with timing reflecting its severity."
    }
    requirement Art.73(3) "Widespread infringement or critical infrastructure disruption" {
      display "Art. 73(3)"
      summary "For a widespread infringement or a serious incident under Article 3, point (49)(b), the report is made immediately and no later than two days after becoming aware of it."
    }
    requirement Art.73(4) "Death of a person" {
      display "Art. 73(4)"
      summary "Where a person dies, the report is made immediately after a causal relationship is established or suspected, and no later than 10 days after becoming aware of the incident."
    }
    requirement Art.73(5) "Initial and complete reports" {
      display "Art. 73(5)"
      summary "Where needed for timely reporting, an incomplete initial report may be followed by a complete one."
      informative
    }
    requirement Art.73(6) "Investigation" {
      display "Art. 73(6)"
      summary "After reporting, the provider investigates the incident and the system without delay, including a risk assessment and corrective action, cooperates with the authorities, and does not alter the system in ways that affect the evaluation of causes before informing them."
    }
    requirement Art.73(7) "Fundamental rights incidents and guidance" {
      display "Art. 73(7)"
      summary "For incidents under Article 3, point (49)(c), the market surveillance authority informs the national public authorities or bodies of Article 77(1), and the Commission issues reporting guidance by 2 August 2025."
      tags role:authority
    }
    requirement Art.73(8) "Measures by the authority" {
      display "Art. 73(8)"
      summary "The market surveillance authority takes appropriate measures under Article 19 of Regulation (EU) 2019/1020 within seven days of receiving the notification."
      tags role:authority
    }
    requirement Art.73(9) "Providers with equivalent reporting duties" {
      display "Art. 73(9)"
      summary "For Annex III systems of providers subject to equivalent Union reporting obligations, notification is limited to incidents under Article 3, point (49)(c)."
      informative
    }
    requirement Art.73(10) "Medical devices" {
      display "Art. 73(10)"
      summary "For systems that are, or are safety components of, devices under Regulations (EU) 2017/745 and 2017/746, notification is limited to Article 3, point (49)(c) incidents and goes to the authority the Member State designates."
    }
    requirement Art.73(11) "Notifying the Commission" {
      display "Art. 73(11)"
      summary "National competent authorities immediately notify the Commission of any serious incident under Article 20 of Regulation (EU) 2019/1020."
      tags role:authority
    }
  }

  group AnnexIII "High-risk AI systems referred to in Article 6(2)" {
    display "Annex III"
    summary "AI systems in the areas and use cases listed in this Annex are high-risk under Article 6(2)."
    informative
    tags tier:high-risk, basis:annex-iii
    applies-from "2026-08-02"

    group AnnexIII.1 "Biometrics" {
      display "Annex III, point 1"
      summary "Biometric AI systems, in so far as Union or national law permits their use, are high-risk in the cases below."

      requirement AnnexIII.1(a) "Remote biometric identification" {
        display "Annex III, point 1(a)"
        summary "Remote biometric identification systems are high-risk, but not biometric verification whose sole purpose is to confirm that a person is who they claim to be."
      }
      requirement AnnexIII.1(b) "Biometric categorisation by sensitive attributes" {
        display "Annex III, point 1(b)"
        summary "AI systems for biometric categorisation according to sensitive or protected attributes inferred from biometric data are high-risk."
      }
      requirement AnnexIII.1(c) "Emotion recognition" {
        display "Annex III, point 1(c)"
        summary "AI systems intended for emotion recognition are high-risk."
      }
    }

    requirement AnnexIII.2 "Critical infrastructure" {
      display "Annex III, point 2"
      summary "AI systems intended as safety components in the management and operation of critical digital infrastructure, road traffic, or the supply of water, gas, heating or electricity are high-risk."
    }
    group AnnexIII.3 "Education and vocational training" {
      display "Annex III, point 3"
      summary "AI systems used in educational and vocational training institutions at all levels are high-risk in the cases below."

      requirement AnnexIII.3(a) "Access and admission" {
        display "Annex III, point 3(a)"
        summary "AI systems that determine access or admission to, or assign persons to, educational and vocational training institutions are high-risk."
      }
      requirement AnnexIII.3(b) "Evaluating learning outcomes" {
        display "Annex III, point 3(b)"
        summary "AI systems that evaluate learning outcomes, including when used to steer the learning process, are high-risk."
      }
      requirement AnnexIII.3(c) "Assessing the level of education" {
        display "Annex III, point 3(c)"
        summary "AI systems that assess the appropriate level of education a person will receive or be able to access are high-risk."
      }
      requirement AnnexIII.3(d) "Monitoring students during tests" {
        display "Annex III, point 3(d)"
        summary "AI systems that monitor and detect prohibited behaviour of students during tests are high-risk."
      }
    }

    group AnnexIII.4 "Employment, workers' management and access to self-employment" {
      display "Annex III, point 4"
      summary "AI systems used in recruitment and in managing work relationships are high-risk in the cases below."

      requirement AnnexIII.4(a) "Recruitment and selection" {
        display "Annex III, point 4(a)"
        summary "AI systems for recruiting or selecting natural persons, in particular to place targeted job advertisements, analyse and filter applications and evaluate candidates, are high-risk."
      }
      requirement AnnexIII.4(b) "Decisions in work relationships" {
        display "Annex III, point 4(b)"
        summary "AI systems that make decisions on terms, promotion or termination of work relationships, allocate tasks based on behaviour or personal traits, or monitor and evaluate performance and behaviour are high-risk."
      }
    }

    group AnnexIII.5 "Access to and enjoyment of essential private services and essential public services and benefits" {
      display "Annex III, point 5"
      summary "AI systems deciding access to essential public benefits, credit, life and health insurance and emergency services are high-risk in the cases below."

      requirement AnnexIII.5(a) "Public assistance benefits and services" {
        display "Annex III, point 5(a)"
        summary "AI systems used by or for public authorities to evaluate eligibility for essential public assistance benefits and services, including healthcare, or to grant, reduce, revoke or reclaim them, are high-risk."
      }
      requirement AnnexIII.5(b) "Creditworthiness and credit scoring" {
        display "Annex III, point 5(b)"
        summary "AI systems that evaluate the creditworthiness of natural persons or establish their credit score are high-risk, except those used to detect financial fraud."
      }
      requirement AnnexIII.5(c) "Life and health insurance" {
        display "Annex III, point 5(c)"
        summary "AI systems for risk assessment and pricing in relation to natural persons in life and health insurance are high-risk."
      }
      requirement AnnexIII.5(d) "Emergency calls and dispatch" {
        display "Annex III, point 5(d)"
        summary "AI systems that evaluate and classify emergency calls, dispatch or set priorities for emergency first response services, or triage emergency healthcare patients are high-risk."
      }
    }

    group AnnexIII.6 "Law enforcement" {
      display "Annex III, point 6"
      summary "AI systems used by or for law enforcement authorities, or Union bodies supporting them, in so far as Union or national law permits their use, are high-risk in the cases below."

      requirement AnnexIII.6(a) "Risk of becoming a victim" {
        display "Annex III, point 6(a)"
        summary "AI systems that assess the risk of a natural person becoming the victim of criminal offences are high-risk."
      }
      requirement AnnexIII.6(b) "Polygraphs and similar tools" {
        display "Annex III, point 6(b)"
        summary "AI systems used as polygraphs or similar tools are high-risk."
      }
      requirement AnnexIII.6(c) "Reliability of evidence" {
        display "Annex III, point 6(c)"
        summary "AI systems that evaluate the reliability of evidence in the investigation or prosecution of criminal offences are high-risk."
      }
      requirement AnnexIII.6(d) "Risk of offending" {
        display "Annex III, point 6(d)"
        summary "AI systems that assess the risk of a person offending or re-offending other than solely by profiling, or assess personality traits, characteristics or past criminal behaviour, are high-risk."
      }
      requirement AnnexIII.6(e) "Profiling in criminal matters" {
        display "Annex III, point 6(e)"
        summary "AI systems for profiling natural persons in the detection, investigation or prosecution of criminal offences are high-risk."
      }
    }

    group AnnexIII.7 "Migration, asylum and border control management" {
      display "Annex III, point 7"
      summary "AI systems used by or for competent public authorities, or Union bodies, in migration, asylum and border control, in so far as Union or national law permits their use, are high-risk in the cases below."

      requirement AnnexIII.7(a) "Polygraphs and similar tools" {
        display "Annex III, point 7(a)"
        summary "AI systems used as polygraphs or similar tools are high-risk."
      }
      requirement AnnexIII.7(b) "Risk assessment of persons entering" {
        display "Annex III, point 7(b)"
        summary "AI systems that assess a security, irregular-migration or health risk posed by a person who intends to enter or has entered a Member State are high-risk."
      }
      requirement AnnexIII.7(c) "Asylum, visa and residence applications" {
        display "Annex III, point 7(c)"
        summary "AI systems that assist in examining applications for asylum, visas or residence permits and related complaints, including assessing the reliability of evidence, are high-risk."
      }
      requirement AnnexIII.7(d) "Detecting and identifying persons" {
        display "Annex III, point 7(d)"
        summary "AI systems for detecting, recognising or identifying natural persons in migration, asylum or border control are high-risk, except for verifying travel documents."
      }
    }

    group AnnexIII.8 "Administration of justice and democratic processes" {
      display "Annex III, point 8"
      summary "AI systems that assist judicial authorities or influence elections are high-risk in the cases below."

      requirement AnnexIII.8(a) "Assisting judicial authorities" {
        display "Annex III, point 8(a)"
        summary "AI systems that help a judicial authority research and interpret facts and law and apply the law to facts, or are used similarly in alternative dispute resolution, are high-risk."
      }
      requirement AnnexIII.8(b) "Influencing elections and referenda" {
        display "Annex III, point 8(b)"
        summary "AI systems intended to influence the outcome of an election or referendum or voting behaviour are high-risk, except tools whose output people are not directly exposed to, such as tools organising campaign logistics."
      }
    }
  }

  group AnnexIV "Technical documentation referred to in Article 11(1)" {
    display "Annex IV"
    summary "The technical documentation of a high-risk AI system contains at least the information listed in this Annex."
    tags role:provider, tier:high-risk
    applies-from "2026-08-02"
    applies-from "2027-08-02" for annex-i

    group AnnexIV.1 "General description of the AI system" {
      display "Annex IV, point 1"
      summary "The documentation gives a general description of the AI system, including the points below."

      requirement AnnexIV.1(a) "Purpose, provider and version" {
        display "Annex IV, point 1(a)"
        summary "The description states the intended purpose, the provider's name and the system's version and its relation to previous versions."
      }
      requirement AnnexIV.1(b) "Interaction with other hardware and software" {
        display "Annex IV, point 1(b)"
        summary "The description explains how the system interacts, or can be used to interact, with hardware or software, including other AI systems, that are not part of it."
      }
      requirement AnnexIV.1(c) "Software and firmware versions" {
        display "Annex IV, point 1(c)"
        summary "The description gives the versions of relevant software or firmware and any requirements for version updates."
      }
      requirement AnnexIV.1(d) "Forms of placing on the market" {
        display "Annex IV, point 1(d)"
        summary "The description lists all forms in which the system is placed on the market or put into service, such as software embedded in hardware, downloads or APIs."
      }
      requirement AnnexIV.1(e) "Hardware" {
        display "Annex IV, point 1(e)"
        summary "The description covers the hardware on which the system is intended to run."
      }
      requirement AnnexIV.1(f) "Product photographs or illustrations" {
        display "Annex IV, point 1(f)"
        summary "Where the system is a component of products, the description includes photographs or illustrations of their external features, marking and internal layout."
      }
      requirement AnnexIV.1(g) "User interface" {
        display "Annex IV, point 1(g)"
        summary "The description includes a basic description of the user interface provided to the deployer."
      }
      requirement AnnexIV.1(h) "Instructions for use" {
        display "Annex IV, point 1(h)"
        summary "The description includes the instructions for use for the deployer and, where applicable, a basic description of the user interface."
      }
    }

    group AnnexIV.2 "Elements and development process" {
      display "Annex IV, point 2"
      summary "The documentation describes in detail the elements of the AI system and its development process, including the points below."

      requirement AnnexIV.2(a) "Development methods and steps" {
        display "Annex IV, point 2(a)"
        summary "The description covers the methods and steps of development, including any use of pre-trained systems or third-party tools and how they were used, integrated or modified."
      }
      requirement AnnexIV.2(b) "Design specifications" {
        display "Annex IV, point 2(b)"
        summary "The description covers the design specifications: the general logic and algorithms, key design choices with their rationale and assumptions, classification choices, what the system optimises for, the expected output and its quality, and trade-offs made to meet Section 2."
      }
      requirement AnnexIV.2(c) "System architecture and computational resources" {
        display "Annex IV, point 2(c)"
        summary "The description covers the system architecture, how software components build on each other and integrate, and the computational resources used to develop, train, test and validate the system."
      }
      requirement AnnexIV.2(d) "Data requirements" {
        display "Annex IV, point 2(d)"
        summary "Where relevant, the description includes datasheets on training methods and data sets, with their provenance, scope and characteristics, how the data were obtained and selected, and the labelling and cleaning methods."
      }
      requirement AnnexIV.2(e) "Human oversight assessment" {
        display "Annex IV, point 2(e)"
        summary "The description assesses the human oversight measures needed under Article 14, including technical measures helping deployers interpret outputs under Article 13(3), point (d)."
      }
      requirement AnnexIV.2(f) "Pre-determined changes" {
        display "Annex IV, point 2(f)"
        summary "Where applicable, the description details pre-determined changes to the system and its performance and the technical solutions ensuring continuous compliance."
      }
      requirement AnnexIV.2(g) "Validation and testing" {
        display "Annex IV, point 2(g)"
        summary "The description covers validation and testing procedures and data, metrics for accuracy, robustness, compliance and potentially discriminatory impacts, and dated, signed test logs and reports."
      }
      requirement AnnexIV.2(h) "Cybersecurity measures" {
        display "Annex IV, point 2(h)"
        summary "The description covers the cybersecurity measures put in place."
      }
    }

    requirement AnnexIV.3 "Monitoring, functioning and control" {
      display "Annex IV, point 3"
      summary "The documentation details the system's monitoring, functioning and control: its capabilities and performance limitations, including accuracy for specific groups, foreseeable unintended outcomes and risks, human oversight measures and input data specifications."
    }
    requirement AnnexIV.4 "Appropriateness of the performance metrics" {
      display "Annex IV, point 4"
      summary "The documentation describes why the performance metrics suit the specific AI system."
    }
    requirement AnnexIV.5 "Risk management system" {
      display "Annex IV, point 5"
      summary "The documentation describes in detail the risk management system of Article 9."
    }
    requirement AnnexIV.6 "Changes through the lifecycle" {
      display "Annex IV, point 6"
      summary "The documentation describes relevant changes made by the provider to the system through its lifecycle."
    }
    requirement AnnexIV.7 "Standards applied" {
      display "Annex IV, point 7"
      summary "The documentation lists the harmonised standards applied in full or in part or, where none were applied, describes in detail the solutions adopted to meet Section 2, with the other standards and specifications applied."
    }
    requirement AnnexIV.8 "EU declaration of conformity" {
      display "Annex IV, point 8"
      summary "The documentation includes a copy of the EU declaration of conformity of Article 47."
    }
    requirement AnnexIV.9 "Post-market evaluation" {
      display "Annex IV, point 9"
      summary "The documentation describes in detail the system for evaluating performance in the post-market phase under Article 72, including the post-market monitoring plan."
    }
  }
}
