# Version crosswalk from the EU AI Act as published (eu-ai-act@2024) to the Act as amended by the
# Digital Omnibus on AI (eu-ai-act@2026), for `crosswalk diff --from eu-ai-act@2024 --to
# eu-ai-act@2026`: it carries a project's coverage across. Every entry of eu-ai-act@2024, groups
# and requirements, is paired with the entry of the same identifier: the two catalogs have the
# same identifiers, because no amendment confirmed so far renumbers a provision in scope.
# Each pair reads "the 2024 provision RELATION the 2026 provision". `equal` where the provision
# is unchanged as far as the sources say, a date of application that moved being named in the
# article's note; Art. 4 (`superset`: the duty is softer) and Art. 5 with 5(1) (`subset`: a ban
# is added) changed. The new Art. 5 ban has no entry in eu-ai-act@2026 (its numbering is
# unconfirmed; see that catalog's header), so no pair can name it.
# The amending text was not available: "unchanged" means that none of the agreeing secondary
# sources reports a change. Pairs carry no review status for that reason: review them against
# the Official Journal text of the amending regulation when it can be read.
crosswalk eu-ai-act@2024 -> eu-ai-act@2026 {
  source "authored: crosswalk maintainers, 2026 - pairs each entry of Regulation (EU) 2024/1689 as published (CELEX 32024R1689) with the same provision as amended by the Digital Omnibus on AI, from the 2024 Official Journal text and the secondary sources on the amendment that agree with each other (listed in the header of eu-ai-act-2026.cw and in tests/reference/eu-ai-act/eu-ai-act-omnibus-2026.md), not from the amending regulation's text, which was not available."

  # Art. 4 AI literacy
  Art.4 superset Art.4 {
    note "Amended: the duty to ensure a sufficient level of AI literacy becomes a duty to take measures that support its development, with no level to guarantee (secondary sources; the amended text was not available). Whatever meets the 2024 duty meets the 2026 one, so the 2024 provision is the wider."
  }

  # Art. 5 Prohibited AI practices
  Art.5 subset Art.5 {
    note "Amended: the 2026 Article adds a ban, from 2026-12-02, on AI systems that generate or manipulate non-consensual intimate content or child sexual abuse material. Its numbering is unconfirmed (reported as points (ba) and (bb) of paragraph 1, with new paragraphs 1a and 1b), so eu-ai-act@2026 has no entry for it yet."
  }
  Art.5(1) subset Art.5(1) {
    note "The new ban is a prohibited practice, which paragraph 1 lists: read as added to this paragraph (reported as points (ba) and (bb); unconfirmed), so the 2024 list is part of the 2026 one. The points (a) to (h) themselves are unchanged."
  }
  Art.5(1)(a) equal Art.5(1)(a)
  Art.5(1)(b) equal Art.5(1)(b)
  Art.5(1)(c) equal Art.5(1)(c)
  Art.5(1)(d) equal Art.5(1)(d)
  Art.5(1)(e) equal Art.5(1)(e)
  Art.5(1)(f) equal Art.5(1)(f)
  Art.5(1)(g) equal Art.5(1)(g)
  Art.5(1)(h) equal Art.5(1)(h)
  Art.5(2) equal Art.5(2)
  Art.5(2)(a) equal Art.5(2)(a)
  Art.5(2)(b) equal Art.5(2)(b)
  Art.5(3) equal Art.5(3)
  Art.5(4) equal Art.5(4)
  Art.5(5) equal Art.5(5)
  Art.5(6) equal Art.5(6)
  Art.5(7) equal Art.5(7)
  Art.5(8) equal Art.5(8)

  # Art. 6 Classification rules for high-risk AI systems
  Art.6 equal Art.6 {
    note "Unchanged as far as the sources say (reported new paragraphs 1a-1c on safety components are unconfirmed); the classification applies from 2027-12-02 (was 2026-08-02), Art. 6(1) from 2028-08-02 (was 2027-08-02)."
  }
  Art.6(1) equal Art.6(1) {
    note "Unchanged as far as the sources say; applies from 2028-08-02 (was 2027-08-02)."
  }
  Art.6(1)(a) equal Art.6(1)(a)
  Art.6(1)(b) equal Art.6(1)(b)
  Art.6(2) equal Art.6(2)
  Art.6(3) equal Art.6(3)
  Art.6(3)(a) equal Art.6(3)(a)
  Art.6(3)(b) equal Art.6(3)(b)
  Art.6(3)(c) equal Art.6(3)(c)
  Art.6(3)(d) equal Art.6(3)(d)
  Art.6(4) equal Art.6(4)
  Art.6(5) equal Art.6(5)
  Art.6(6) equal Art.6(6)
  Art.6(7) equal Art.6(7)
  Art.6(8) equal Art.6(8)

  # Art. 8 Compliance with the requirements
  Art.8 equal Art.8 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.8(1) equal Art.8(1)
  Art.8(2) equal Art.8(2)

  # Art. 9 Risk management system
  Art.9 equal Art.9 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.9(1) equal Art.9(1)
  Art.9(2) equal Art.9(2)
  Art.9(2)(a) equal Art.9(2)(a)
  Art.9(2)(b) equal Art.9(2)(b)
  Art.9(2)(c) equal Art.9(2)(c)
  Art.9(2)(d) equal Art.9(2)(d)
  Art.9(3) equal Art.9(3)
  Art.9(4) equal Art.9(4)
  Art.9(5) equal Art.9(5)
  Art.9(5)(a) equal Art.9(5)(a)
  Art.9(5)(b) equal Art.9(5)(b)
  Art.9(5)(c) equal Art.9(5)(c)
  Art.9(6) equal Art.9(6)
  Art.9(7) equal Art.9(7)
  Art.9(8) equal Art.9(8)
  Art.9(9) equal Art.9(9)
  Art.9(10) equal Art.9(10)

  # Art. 10 Data and data governance
  Art.10 equal Art.10 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.10(1) equal Art.10(1)
  Art.10(2) equal Art.10(2)
  Art.10(2)(a) equal Art.10(2)(a)
  Art.10(2)(b) equal Art.10(2)(b)
  Art.10(2)(c) equal Art.10(2)(c)
  Art.10(2)(d) equal Art.10(2)(d)
  Art.10(2)(e) equal Art.10(2)(e)
  Art.10(2)(f) equal Art.10(2)(f)
  Art.10(2)(g) equal Art.10(2)(g)
  Art.10(2)(h) equal Art.10(2)(h)
  Art.10(3) equal Art.10(3)
  Art.10(4) equal Art.10(4)
  Art.10(5) equal Art.10(5)
  Art.10(5)(a) equal Art.10(5)(a)
  Art.10(5)(b) equal Art.10(5)(b)
  Art.10(5)(c) equal Art.10(5)(c)
  Art.10(5)(d) equal Art.10(5)(d)
  Art.10(5)(e) equal Art.10(5)(e)
  Art.10(5)(f) equal Art.10(5)(f)
  Art.10(6) equal Art.10(6)

  # Art. 11 Technical documentation
  Art.11 equal Art.11 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.11(1) equal Art.11(1)
  Art.11(2) equal Art.11(2)
  Art.11(3) equal Art.11(3)

  # Art. 12 Record-keeping
  Art.12 equal Art.12 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.12(1) equal Art.12(1)
  Art.12(2) equal Art.12(2)
  Art.12(2)(a) equal Art.12(2)(a)
  Art.12(2)(b) equal Art.12(2)(b)
  Art.12(2)(c) equal Art.12(2)(c)
  Art.12(3) equal Art.12(3)
  Art.12(3)(a) equal Art.12(3)(a)
  Art.12(3)(b) equal Art.12(3)(b)
  Art.12(3)(c) equal Art.12(3)(c)
  Art.12(3)(d) equal Art.12(3)(d)

  # Art. 13 Transparency and provision of information to deployers
  Art.13 equal Art.13 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.13(1) equal Art.13(1)
  Art.13(2) equal Art.13(2)
  Art.13(3) equal Art.13(3)
  Art.13(3)(a) equal Art.13(3)(a)
  Art.13(3)(b) equal Art.13(3)(b)
  Art.13(3)(c) equal Art.13(3)(c)
  Art.13(3)(d) equal Art.13(3)(d)
  Art.13(3)(e) equal Art.13(3)(e)
  Art.13(3)(f) equal Art.13(3)(f)

  # Art. 14 Human oversight
  Art.14 equal Art.14 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.14(1) equal Art.14(1)
  Art.14(2) equal Art.14(2)
  Art.14(3) equal Art.14(3)
  Art.14(3)(a) equal Art.14(3)(a)
  Art.14(3)(b) equal Art.14(3)(b)
  Art.14(4) equal Art.14(4)
  Art.14(4)(a) equal Art.14(4)(a)
  Art.14(4)(b) equal Art.14(4)(b)
  Art.14(4)(c) equal Art.14(4)(c)
  Art.14(4)(d) equal Art.14(4)(d)
  Art.14(4)(e) equal Art.14(4)(e)
  Art.14(5) equal Art.14(5)

  # Art. 15 Accuracy, robustness and cybersecurity
  Art.15 equal Art.15 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.15(1) equal Art.15(1)
  Art.15(2) equal Art.15(2)
  Art.15(3) equal Art.15(3)
  Art.15(4) equal Art.15(4)
  Art.15(5) equal Art.15(5)

  # Art. 16 Obligations of providers of high-risk AI systems
  Art.16 equal Art.16 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.16(a) equal Art.16(a)
  Art.16(b) equal Art.16(b)
  Art.16(c) equal Art.16(c)
  Art.16(d) equal Art.16(d)
  Art.16(e) equal Art.16(e)
  Art.16(f) equal Art.16(f)
  Art.16(g) equal Art.16(g)
  Art.16(h) equal Art.16(h)
  Art.16(i) equal Art.16(i)
  Art.16(j) equal Art.16(j)
  Art.16(k) equal Art.16(k)
  Art.16(l) equal Art.16(l)

  # Art. 17 Quality management system
  Art.17 equal Art.17 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.17(1) equal Art.17(1)
  Art.17(1)(a) equal Art.17(1)(a)
  Art.17(1)(b) equal Art.17(1)(b)
  Art.17(1)(c) equal Art.17(1)(c)
  Art.17(1)(d) equal Art.17(1)(d)
  Art.17(1)(e) equal Art.17(1)(e)
  Art.17(1)(f) equal Art.17(1)(f)
  Art.17(1)(g) equal Art.17(1)(g)
  Art.17(1)(h) equal Art.17(1)(h)
  Art.17(1)(i) equal Art.17(1)(i)
  Art.17(1)(j) equal Art.17(1)(j)
  Art.17(1)(k) equal Art.17(1)(k)
  Art.17(1)(l) equal Art.17(1)(l)
  Art.17(1)(m) equal Art.17(1)(m)
  Art.17(2) equal Art.17(2)
  Art.17(3) equal Art.17(3)
  Art.17(4) equal Art.17(4)

  # Art. 18 Documentation keeping
  Art.18 equal Art.18 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.18(1) equal Art.18(1)
  Art.18(1)(a) equal Art.18(1)(a)
  Art.18(1)(b) equal Art.18(1)(b)
  Art.18(1)(c) equal Art.18(1)(c)
  Art.18(1)(d) equal Art.18(1)(d)
  Art.18(1)(e) equal Art.18(1)(e)
  Art.18(2) equal Art.18(2)
  Art.18(3) equal Art.18(3)

  # Art. 19 Automatically generated logs
  Art.19 equal Art.19 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.19(1) equal Art.19(1)
  Art.19(2) equal Art.19(2)

  # Art. 20 Corrective actions and duty of information
  Art.20 equal Art.20 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.20(1) equal Art.20(1)
  Art.20(2) equal Art.20(2)

  # Art. 21 Cooperation with competent authorities
  Art.21 equal Art.21 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.21(1) equal Art.21(1)
  Art.21(2) equal Art.21(2)
  Art.21(3) equal Art.21(3)

  # Art. 22 Authorised representatives of providers of high-risk AI systems
  Art.22 equal Art.22 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.22(1) equal Art.22(1)
  Art.22(2) equal Art.22(2)
  Art.22(3) equal Art.22(3)
  Art.22(3)(a) equal Art.22(3)(a)
  Art.22(3)(b) equal Art.22(3)(b)
  Art.22(3)(c) equal Art.22(3)(c)
  Art.22(3)(d) equal Art.22(3)(d)
  Art.22(3)(e) equal Art.22(3)(e)
  Art.22(4) equal Art.22(4)

  # Art. 23 Obligations of importers
  Art.23 equal Art.23 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.23(1) equal Art.23(1)
  Art.23(1)(a) equal Art.23(1)(a)
  Art.23(1)(b) equal Art.23(1)(b)
  Art.23(1)(c) equal Art.23(1)(c)
  Art.23(1)(d) equal Art.23(1)(d)
  Art.23(2) equal Art.23(2)
  Art.23(3) equal Art.23(3)
  Art.23(4) equal Art.23(4)
  Art.23(5) equal Art.23(5)
  Art.23(6) equal Art.23(6)
  Art.23(7) equal Art.23(7)

  # Art. 24 Obligations of distributors
  Art.24 equal Art.24 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.24(1) equal Art.24(1)
  Art.24(2) equal Art.24(2)
  Art.24(3) equal Art.24(3)
  Art.24(4) equal Art.24(4)
  Art.24(5) equal Art.24(5)
  Art.24(6) equal Art.24(6)

  # Art. 25 Responsibilities along the AI value chain
  Art.25 equal Art.25 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.25(1) equal Art.25(1)
  Art.25(1)(a) equal Art.25(1)(a)
  Art.25(1)(b) equal Art.25(1)(b)
  Art.25(1)(c) equal Art.25(1)(c)
  Art.25(2) equal Art.25(2)
  Art.25(3) equal Art.25(3)
  Art.25(3)(a) equal Art.25(3)(a)
  Art.25(3)(b) equal Art.25(3)(b)
  Art.25(4) equal Art.25(4)
  Art.25(5) equal Art.25(5)

  # Art. 26 Obligations of deployers of high-risk AI systems
  Art.26 equal Art.26 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.26(1) equal Art.26(1)
  Art.26(2) equal Art.26(2)
  Art.26(3) equal Art.26(3)
  Art.26(4) equal Art.26(4)
  Art.26(5) equal Art.26(5)
  Art.26(6) equal Art.26(6)
  Art.26(7) equal Art.26(7)
  Art.26(8) equal Art.26(8)
  Art.26(9) equal Art.26(9)
  Art.26(10) equal Art.26(10)
  Art.26(11) equal Art.26(11)
  Art.26(12) equal Art.26(12)

  # Art. 27 Fundamental rights impact assessment for high-risk AI systems
  Art.27 equal Art.27 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.27(1) equal Art.27(1)
  Art.27(1)(a) equal Art.27(1)(a)
  Art.27(1)(b) equal Art.27(1)(b)
  Art.27(1)(c) equal Art.27(1)(c)
  Art.27(1)(d) equal Art.27(1)(d)
  Art.27(1)(e) equal Art.27(1)(e)
  Art.27(1)(f) equal Art.27(1)(f)
  Art.27(2) equal Art.27(2)
  Art.27(3) equal Art.27(3)
  Art.27(4) equal Art.27(4)
  Art.27(5) equal Art.27(5)

  # Art. 40 Harmonised standards and standardisation deliverables
  Art.40 equal Art.40 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.40(1) equal Art.40(1)
  Art.40(2) equal Art.40(2)
  Art.40(3) equal Art.40(3)

  # Art. 41 Common specifications
  Art.41 equal Art.41 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.41(1) equal Art.41(1)
  Art.41(1)(a) equal Art.41(1)(a)
  Art.41(1)(b) equal Art.41(1)(b)
  Art.41(2) equal Art.41(2)
  Art.41(3) equal Art.41(3)
  Art.41(4) equal Art.41(4)
  Art.41(5) equal Art.41(5)
  Art.41(6) equal Art.41(6)

  # Art. 42 Presumption of conformity with certain requirements
  Art.42 equal Art.42 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.42(1) equal Art.42(1)
  Art.42(2) equal Art.42(2)

  # Art. 43 Conformity assessment
  Art.43 equal Art.43 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.43(1) equal Art.43(1)
  Art.43(2) equal Art.43(2)
  Art.43(3) equal Art.43(3)
  Art.43(4) equal Art.43(4)
  Art.43(5) equal Art.43(5)
  Art.43(6) equal Art.43(6)

  # Art. 44 Certificates
  Art.44 equal Art.44 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.44(1) equal Art.44(1)
  Art.44(2) equal Art.44(2)
  Art.44(3) equal Art.44(3)

  # Art. 45 Information obligations of notified bodies
  Art.45 equal Art.45 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.45(1) equal Art.45(1)
  Art.45(1)(a) equal Art.45(1)(a)
  Art.45(1)(b) equal Art.45(1)(b)
  Art.45(1)(c) equal Art.45(1)(c)
  Art.45(1)(d) equal Art.45(1)(d)
  Art.45(1)(e) equal Art.45(1)(e)
  Art.45(2) equal Art.45(2)
  Art.45(2)(a) equal Art.45(2)(a)
  Art.45(2)(b) equal Art.45(2)(b)
  Art.45(3) equal Art.45(3)
  Art.45(4) equal Art.45(4)

  # Art. 46 Derogation from conformity assessment procedure
  Art.46 equal Art.46 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.46(1) equal Art.46(1)
  Art.46(2) equal Art.46(2)
  Art.46(3) equal Art.46(3)
  Art.46(4) equal Art.46(4)
  Art.46(5) equal Art.46(5)
  Art.46(6) equal Art.46(6)
  Art.46(7) equal Art.46(7)

  # Art. 47 EU declaration of conformity
  Art.47 equal Art.47 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.47(1) equal Art.47(1)
  Art.47(2) equal Art.47(2)
  Art.47(3) equal Art.47(3)
  Art.47(4) equal Art.47(4)
  Art.47(5) equal Art.47(5)

  # Art. 48 CE marking
  Art.48 equal Art.48 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.48(1) equal Art.48(1)
  Art.48(2) equal Art.48(2)
  Art.48(3) equal Art.48(3)
  Art.48(4) equal Art.48(4)
  Art.48(5) equal Art.48(5)

  # Art. 49 Registration
  Art.49 equal Art.49 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.49(1) equal Art.49(1)
  Art.49(2) equal Art.49(2)
  Art.49(3) equal Art.49(3)
  Art.49(4) equal Art.49(4)
  Art.49(4)(a) equal Art.49(4)(a)
  Art.49(4)(b) equal Art.49(4)(b)
  Art.49(4)(c) equal Art.49(4)(c)
  Art.49(4)(d) equal Art.49(4)(d)
  Art.49(5) equal Art.49(5)

  # Art. 50 Transparency obligations for providers and deployers of certain AI systems
  Art.50 equal Art.50
  Art.50(1) equal Art.50(1)
  Art.50(2) equal Art.50(2) {
    note "Unchanged as far as the sources say, and still from 2026-08-02; systems placed on the market before that day are reported to have until 2026-12-02 to mark their output (a transitional provision, reported as a new Art. 111(4)), which a date on this paragraph cannot express."
  }
  Art.50(3) equal Art.50(3)
  Art.50(4) equal Art.50(4)
  Art.50(5) equal Art.50(5)
  Art.50(6) equal Art.50(6)
  Art.50(7) equal Art.50(7)

  # Art. 53 Obligations for providers of general-purpose AI models
  Art.53 equal Art.53
  Art.53(1) equal Art.53(1)
  Art.53(1)(a) equal Art.53(1)(a)
  Art.53(1)(b) equal Art.53(1)(b)
  Art.53(1)(c) equal Art.53(1)(c)
  Art.53(1)(d) equal Art.53(1)(d)
  Art.53(2) equal Art.53(2)
  Art.53(3) equal Art.53(3)
  Art.53(4) equal Art.53(4)
  Art.53(5) equal Art.53(5)
  Art.53(6) equal Art.53(6)
  Art.53(7) equal Art.53(7)

  # Art. 54 Authorised representatives of providers of general-purpose AI models
  Art.54 equal Art.54
  Art.54(1) equal Art.54(1)
  Art.54(2) equal Art.54(2)
  Art.54(3) equal Art.54(3)
  Art.54(3)(a) equal Art.54(3)(a)
  Art.54(3)(b) equal Art.54(3)(b)
  Art.54(3)(c) equal Art.54(3)(c)
  Art.54(3)(d) equal Art.54(3)(d)
  Art.54(4) equal Art.54(4)
  Art.54(5) equal Art.54(5)
  Art.54(6) equal Art.54(6)

  # Art. 55 Obligations of providers of general-purpose AI models with systemic risk
  Art.55 equal Art.55
  Art.55(1) equal Art.55(1)
  Art.55(1)(a) equal Art.55(1)(a)
  Art.55(1)(b) equal Art.55(1)(b)
  Art.55(1)(c) equal Art.55(1)(c)
  Art.55(1)(d) equal Art.55(1)(d)
  Art.55(2) equal Art.55(2)
  Art.55(3) equal Art.55(3)

  # Art. 72 Post-market monitoring by providers and post-market monitoring plan for high-risk AI systems
  Art.72 equal Art.72 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.72(1) equal Art.72(1)
  Art.72(2) equal Art.72(2)
  Art.72(3) equal Art.72(3)
  Art.72(4) equal Art.72(4)

  # Art. 73 Reporting of serious incidents
  Art.73 equal Art.73 {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  Art.73(1) equal Art.73(1)
  Art.73(2) equal Art.73(2)
  Art.73(3) equal Art.73(3)
  Art.73(4) equal Art.73(4)
  Art.73(5) equal Art.73(5)
  Art.73(6) equal Art.73(6)
  Art.73(7) equal Art.73(7)
  Art.73(8) equal Art.73(8)
  Art.73(9) equal Art.73(9)
  Art.73(10) equal Art.73(10)
  Art.73(11) equal Art.73(11)

  # Annex III High-risk AI systems referred to in Article 6(2)
  AnnexIII equal AnnexIII {
    note "Unchanged as far as the sources say; the classification by Annex III, and the obligations it brings, apply from 2027-12-02 (was 2026-08-02)."
  }
  AnnexIII.1 equal AnnexIII.1
  AnnexIII.1(a) equal AnnexIII.1(a)
  AnnexIII.1(b) equal AnnexIII.1(b)
  AnnexIII.1(c) equal AnnexIII.1(c)
  AnnexIII.2 equal AnnexIII.2
  AnnexIII.3 equal AnnexIII.3
  AnnexIII.3(a) equal AnnexIII.3(a)
  AnnexIII.3(b) equal AnnexIII.3(b)
  AnnexIII.3(c) equal AnnexIII.3(c)
  AnnexIII.3(d) equal AnnexIII.3(d)
  AnnexIII.4 equal AnnexIII.4
  AnnexIII.4(a) equal AnnexIII.4(a)
  AnnexIII.4(b) equal AnnexIII.4(b)
  AnnexIII.5 equal AnnexIII.5
  AnnexIII.5(a) equal AnnexIII.5(a)
  AnnexIII.5(b) equal AnnexIII.5(b)
  AnnexIII.5(c) equal AnnexIII.5(c)
  AnnexIII.5(d) equal AnnexIII.5(d)
  AnnexIII.6 equal AnnexIII.6
  AnnexIII.6(a) equal AnnexIII.6(a)
  AnnexIII.6(b) equal AnnexIII.6(b)
  AnnexIII.6(c) equal AnnexIII.6(c)
  AnnexIII.6(d) equal AnnexIII.6(d)
  AnnexIII.6(e) equal AnnexIII.6(e)
  AnnexIII.7 equal AnnexIII.7
  AnnexIII.7(a) equal AnnexIII.7(a)
  AnnexIII.7(b) equal AnnexIII.7(b)
  AnnexIII.7(c) equal AnnexIII.7(c)
  AnnexIII.7(d) equal AnnexIII.7(d)
  AnnexIII.8 equal AnnexIII.8
  AnnexIII.8(a) equal AnnexIII.8(a)
  AnnexIII.8(b) equal AnnexIII.8(b)

  # Annex IV Technical documentation referred to in Article 11(1)
  AnnexIV equal AnnexIV {
    note "Unchanged as far as the sources on the amendment say; its date of application moved (Art. 113): from 2027-12-02 for a system high-risk under Annex III (was 2026-08-02) and from 2028-08-02 for one under Art. 6(1), an Annex I product (was 2027-08-02)."
  }
  AnnexIV.1 equal AnnexIV.1
  AnnexIV.1(a) equal AnnexIV.1(a)
  AnnexIV.1(b) equal AnnexIV.1(b)
  AnnexIV.1(c) equal AnnexIV.1(c)
  AnnexIV.1(d) equal AnnexIV.1(d)
  AnnexIV.1(e) equal AnnexIV.1(e)
  AnnexIV.1(f) equal AnnexIV.1(f)
  AnnexIV.1(g) equal AnnexIV.1(g)
  AnnexIV.1(h) equal AnnexIV.1(h)
  AnnexIV.2 equal AnnexIV.2
  AnnexIV.2(a) equal AnnexIV.2(a)
  AnnexIV.2(b) equal AnnexIV.2(b)
  AnnexIV.2(c) equal AnnexIV.2(c)
  AnnexIV.2(d) equal AnnexIV.2(d)
  AnnexIV.2(e) equal AnnexIV.2(e)
  AnnexIV.2(f) equal AnnexIV.2(f)
  AnnexIV.2(g) equal AnnexIV.2(g)
  AnnexIV.2(h) equal AnnexIV.2(h)
  AnnexIV.3 equal AnnexIV.3
  AnnexIV.4 equal AnnexIV.4
  AnnexIV.5 equal AnnexIV.5
  AnnexIV.6 equal AnnexIV.6
  AnnexIV.7 equal AnnexIV.7
  AnnexIV.8 equal AnnexIV.8
  AnnexIV.9 equal AnnexIV.9
}
