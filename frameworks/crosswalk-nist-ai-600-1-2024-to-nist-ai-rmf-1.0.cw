# NIST AI 600-1 suggested actions to the NIST AI RMF 1.0 subcategories they serve: one pair
# per action, exactly as the profile lists it (212 pairs over 49 subcategories).
crosswalk nist-ai-600-1@2024 -> nist-ai-rmf@1.0 {
  source "NIST AI 600-1 (July 2024), section 3: the profile lists each suggested action under the AI RMF subcategory it serves. Every pair is `subset`: a suggested action achieves part of its subcategory's outcome, and only for generative AI."

  GV-1.1-001 subset GOVERN-1.1

  GV-1.2-001 subset GOVERN-1.2
  GV-1.2-002 subset GOVERN-1.2

  GV-1.3-001 subset GOVERN-1.3
  GV-1.3-002 subset GOVERN-1.3
  GV-1.3-003 subset GOVERN-1.3
  GV-1.3-004 subset GOVERN-1.3
  GV-1.3-005 subset GOVERN-1.3
  GV-1.3-006 subset GOVERN-1.3
  GV-1.3-007 subset GOVERN-1.3

  GV-1.4-001 subset GOVERN-1.4
  GV-1.4-002 subset GOVERN-1.4

  GV-1.5-001 subset GOVERN-1.5
  GV-1.5-002 subset GOVERN-1.5
  GV-1.5-003 subset GOVERN-1.5

  GV-1.6-001 subset GOVERN-1.6
  GV-1.6-002 subset GOVERN-1.6
  GV-1.6-003 subset GOVERN-1.6

  GV-1.7-001 subset GOVERN-1.7
  GV-1.7-002 subset GOVERN-1.7

  GV-2.1-001 subset GOVERN-2.1
  GV-2.1-002 subset GOVERN-2.1
  GV-2.1-003 subset GOVERN-2.1
  GV-2.1-004 subset GOVERN-2.1
  GV-2.1-005 subset GOVERN-2.1

  GV-3.2-001 subset GOVERN-3.2
  GV-3.2-002 subset GOVERN-3.2
  GV-3.2-003 subset GOVERN-3.2
  GV-3.2-004 subset GOVERN-3.2
  GV-3.2-005 subset GOVERN-3.2

  GV-4.1-001 subset GOVERN-4.1
  GV-4.1-002 subset GOVERN-4.1
  GV-4.1-003 subset GOVERN-4.1

  GV-4.2-001 subset GOVERN-4.2
  GV-4.2-002 subset GOVERN-4.2
  GV-4.2-003 subset GOVERN-4.2

  GV-4.3-001 subset GOVERN-4.3
  GV-4.3-002 subset GOVERN-4.3
  GV-4.3-003 subset GOVERN-4.3

  GV-5.1-001 subset GOVERN-5.1
  GV-5.1-002 subset GOVERN-5.1

  GV-6.1-001 subset GOVERN-6.1
  GV-6.1-002 subset GOVERN-6.1
  GV-6.1-003 subset GOVERN-6.1
  GV-6.1-004 subset GOVERN-6.1
  GV-6.1-005 subset GOVERN-6.1
  GV-6.1-006 subset GOVERN-6.1
  GV-6.1-007 subset GOVERN-6.1
  GV-6.1-008 subset GOVERN-6.1
  GV-6.1-009 subset GOVERN-6.1
  GV-6.1-010 subset GOVERN-6.1

  GV-6.2-001 subset GOVERN-6.2
  GV-6.2-002 subset GOVERN-6.2
  GV-6.2-003 subset GOVERN-6.2
  GV-6.2-004 subset GOVERN-6.2
  GV-6.2-005 subset GOVERN-6.2
  GV-6.2-006 subset GOVERN-6.2
  GV-6.2-007 subset GOVERN-6.2

  MP-1.1-001 subset MAP-1.1
  MP-1.1-002 subset MAP-1.1
  MP-1.1-003 subset MAP-1.1
  MP-1.1-004 subset MAP-1.1

  MP-1.2-001 subset MAP-1.2
  MP-1.2-002 subset MAP-1.2

  MP-2.1-001 subset MAP-2.1
  MP-2.1-002 subset MAP-2.1

  MP-2.2-001 subset MAP-2.2
  MP-2.2-002 subset MAP-2.2

  MP-2.3-001 subset MAP-2.3
  MP-2.3-002 subset MAP-2.3
  MP-2.3-003 subset MAP-2.3
  MP-2.3-004 subset MAP-2.3
  MP-2.3-005 subset MAP-2.3

  MP-3.4-001 subset MAP-3.4
  MP-3.4-002 subset MAP-3.4
  MP-3.4-003 subset MAP-3.4
  MP-3.4-004 subset MAP-3.4
  MP-3.4-005 subset MAP-3.4
  MP-3.4-006 subset MAP-3.4

  MP-4.1-001 subset MAP-4.1
  MP-4.1-002 subset MAP-4.1
  MP-4.1-003 subset MAP-4.1
  MP-4.1-004 subset MAP-4.1
  MP-4.1-005 subset MAP-4.1
  MP-4.1-006 subset MAP-4.1
  MP-4.1-007 subset MAP-4.1
  MP-4.1-008 subset MAP-4.1
  MP-4.1-009 subset MAP-4.1
  MP-4.1-010 subset MAP-4.1

  MP-5.1-001 subset MAP-5.1
  MP-5.1-002 subset MAP-5.1
  MP-5.1-003 subset MAP-5.1
  MP-5.1-004 subset MAP-5.1
  MP-5.1-005 subset MAP-5.1
  MP-5.1-006 subset MAP-5.1

  MP-5.2-001 subset MAP-5.2
  MP-5.2-002 subset MAP-5.2

  MS-1.1-001 subset MEASURE-1.1
  MS-1.1-002 subset MEASURE-1.1
  MS-1.1-003 subset MEASURE-1.1
  MS-1.1-004 subset MEASURE-1.1
  MS-1.1-005 subset MEASURE-1.1
  MS-1.1-006 subset MEASURE-1.1
  MS-1.1-007 subset MEASURE-1.1
  MS-1.1-008 subset MEASURE-1.1
  MS-1.1-009 subset MEASURE-1.1

  MS-1.3-001 subset MEASURE-1.3
  MS-1.3-002 subset MEASURE-1.3
  MS-1.3-003 subset MEASURE-1.3

  MS-2.2-001 subset MEASURE-2.2
  MS-2.2-002 subset MEASURE-2.2
  MS-2.2-003 subset MEASURE-2.2
  MS-2.2-004 subset MEASURE-2.2

  MS-2.3-001 subset MEASURE-2.3
  MS-2.3-002 subset MEASURE-2.3
  MS-2.3-003 subset MEASURE-2.3
  MS-2.3-004 subset MEASURE-2.3

  MS-2.5-001 subset MEASURE-2.5
  MS-2.5-002 subset MEASURE-2.5
  MS-2.5-003 subset MEASURE-2.5
  MS-2.5-004 subset MEASURE-2.5
  MS-2.5-005 subset MEASURE-2.5
  MS-2.5-006 subset MEASURE-2.5

  MS-2.6-001 subset MEASURE-2.6
  MS-2.6-002 subset MEASURE-2.6
  MS-2.6-003 subset MEASURE-2.6
  MS-2.6-004 subset MEASURE-2.6
  MS-2.6-005 subset MEASURE-2.6
  MS-2.6-006 subset MEASURE-2.6
  MS-2.6-007 subset MEASURE-2.6

  MS-2.7-001 subset MEASURE-2.7
  MS-2.7-002 subset MEASURE-2.7
  MS-2.7-003 subset MEASURE-2.7
  MS-2.7-004 subset MEASURE-2.7
  MS-2.7-005 subset MEASURE-2.7
  MS-2.7-006 subset MEASURE-2.7
  MS-2.7-007 subset MEASURE-2.7
  MS-2.7-008 subset MEASURE-2.7
  MS-2.7-009 subset MEASURE-2.7

  MS-2.8-001 subset MEASURE-2.8
  MS-2.8-002 subset MEASURE-2.8
  MS-2.8-003 subset MEASURE-2.8
  MS-2.8-004 subset MEASURE-2.8

  MS-2.9-001 subset MEASURE-2.9
  MS-2.9-002 subset MEASURE-2.9

  MS-2.10-001 subset MEASURE-2.10
  MS-2.10-002 subset MEASURE-2.10
  MS-2.10-003 subset MEASURE-2.10

  MS-2.11-001 subset MEASURE-2.11
  MS-2.11-002 subset MEASURE-2.11
  MS-2.11-003 subset MEASURE-2.11
  MS-2.11-004 subset MEASURE-2.11
  MS-2.11-005 subset MEASURE-2.11

  MS-2.12-001 subset MEASURE-2.12
  MS-2.12-002 subset MEASURE-2.12
  MS-2.12-003 subset MEASURE-2.12
  MS-2.12-004 subset MEASURE-2.12

  MS-2.13-001 subset MEASURE-2.13

  MS-3.2-001 subset MEASURE-3.2

  MS-3.3-001 subset MEASURE-3.3
  MS-3.3-002 subset MEASURE-3.3
  MS-3.3-003 subset MEASURE-3.3
  MS-3.3-004 subset MEASURE-3.3
  MS-3.3-005 subset MEASURE-3.3

  MS-4.2-001 subset MEASURE-4.2
  MS-4.2-002 subset MEASURE-4.2
  MS-4.2-003 subset MEASURE-4.2
  MS-4.2-004 subset MEASURE-4.2
  MS-4.2-005 subset MEASURE-4.2

  MG-1.3-001 subset MANAGE-1.3
  MG-1.3-002 subset MANAGE-1.3

  MG-2.2-001 subset MANAGE-2.2
  MG-2.2-002 subset MANAGE-2.2
  MG-2.2-003 subset MANAGE-2.2
  MG-2.2-004 subset MANAGE-2.2
  MG-2.2-005 subset MANAGE-2.2
  MG-2.2-006 subset MANAGE-2.2
  MG-2.2-007 subset MANAGE-2.2
  MG-2.2-008 subset MANAGE-2.2
  MG-2.2-009 subset MANAGE-2.2

  MG-2.3-001 subset MANAGE-2.3

  MG-2.4-001 subset MANAGE-2.4
  MG-2.4-002 subset MANAGE-2.4
  MG-2.4-003 subset MANAGE-2.4
  MG-2.4-004 subset MANAGE-2.4

  MG-3.1-001 subset MANAGE-3.1
  MG-3.1-002 subset MANAGE-3.1
  MG-3.1-003 subset MANAGE-3.1
  MG-3.1-004 subset MANAGE-3.1
  MG-3.1-005 subset MANAGE-3.1

  MG-3.2-001 subset MANAGE-3.2
  MG-3.2-002 subset MANAGE-3.2
  MG-3.2-003 subset MANAGE-3.2
  MG-3.2-004 subset MANAGE-3.2
  MG-3.2-005 subset MANAGE-3.2
  MG-3.2-006 subset MANAGE-3.2
  MG-3.2-007 subset MANAGE-3.2
  MG-3.2-008 subset MANAGE-3.2
  MG-3.2-009 subset MANAGE-3.2

  MG-4.1-001 subset MANAGE-4.1
  MG-4.1-002 subset MANAGE-4.1
  MG-4.1-003 subset MANAGE-4.1
  MG-4.1-004 subset MANAGE-4.1
  MG-4.1-005 subset MANAGE-4.1
  MG-4.1-006 subset MANAGE-4.1
  MG-4.1-007 subset MANAGE-4.1

  MG-4.2-001 subset MANAGE-4.2
  MG-4.2-002 subset MANAGE-4.2
  MG-4.2-003 subset MANAGE-4.2

  MG-4.3-001 subset MANAGE-4.3
  MG-4.3-002 subset MANAGE-4.3
  MG-4.3-003 subset MANAGE-4.3
}
