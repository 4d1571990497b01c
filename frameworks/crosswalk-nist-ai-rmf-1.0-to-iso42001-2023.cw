# NIST AI RMF 1.0 to ISO/IEC 42001:2023: the crosswalk Microsoft wrote and
# NIST hosts on the AIRC crosswalks page, "NIST AI RMF to ISO/IEC FDIS 42001
# AI Management System Crosswalk" (public domain). It was made against the
# final draft (FDIS), which numbered the Annex A controls B.x; they are
# renumbered here to the published A.x (and one reference misread as `72`
# is 7.2). Every pair is `related`: the published crosswalk pairs
# subcategories with clauses and controls without saying how their scopes
# compare. The pairs keep the published order: 281 rows, 280 distinct
# pairs, because the published crosswalk (in the parsed CSA copy) lists
# `MANAGE-1.1 related A.6.2.4` twice. The row is kept so the pairs match
# the publication one for one. A pair listed twice adds nothing to
# coverage (`explain` shows it twice among the crosswalk pairs), and
# `check` warns about one only in a project's own crosswalks
# (crosswalk::lint::duplicate_pair), not in this built-in one.
crosswalk nist-ai-rmf@1.0 -> iso42001@2023 {
  source "NIST AI RMF to ISO/IEC FDIS 42001 AI Management System Crosswalk, written by Microsoft and hosted by NIST on the AIRC crosswalks page; public domain. FDIS Annex B.x references are normalised to the published Annex A.x numbering; the crosswalk states no set relationship, so every pair is related."
  GOVERN-1.1 related 4.1
  GOVERN-1.1 related 6.2
  GOVERN-1.1 related A.2.2
  GOVERN-1.1 related A.2.4

  GOVERN-1.2 related A.9.3
  GOVERN-1.2 related A.6.1.2
  GOVERN-1.2 related A.6.1.3
  GOVERN-1.2 related A.10.3
  GOVERN-1.2 related A.2.2
  GOVERN-1.2 related 4.4
  GOVERN-1.2 related 5.2

  GOVERN-1.3 related 6.1.2
  GOVERN-1.3 related 6.1.1
  GOVERN-1.3 related 6.1.3

  GOVERN-1.4 related 6.1.2
  GOVERN-1.4 related 6.1.3
  GOVERN-1.4 related 8.3

  GOVERN-1.5 related 8.2
  GOVERN-1.5 related 8.3
  GOVERN-1.5 related 8.4

  GOVERN-1.6 related A.4.5
  GOVERN-1.6 related A.4.3
  GOVERN-1.6 related A.4.4
  GOVERN-1.6 related A.4.6
  GOVERN-1.6 related A.4.2

  GOVERN-1.7 related A.6.2.6

  GOVERN-2.1 related 9.1
  GOVERN-2.1 related 5.3
  GOVERN-2.1 related 7.1
  GOVERN-2.1 related 7.2
  GOVERN-2.1 related 7.3
  GOVERN-2.1 related 7.4
  GOVERN-2.1 related A.3.2

  GOVERN-2.2 related 7.2

  GOVERN-2.3 related 5.1
  GOVERN-2.3 related 9.3.1
  GOVERN-2.3 related 9.3.2
  GOVERN-2.3 related 9.3.3
  GOVERN-2.3 related 5.2

  GOVERN-3.1 related A.4.6
  GOVERN-3.1 related A.5.4

  GOVERN-3.2 related A.6.1.3
  GOVERN-3.2 related A.9.3
  GOVERN-3.2 related A.4.6
  GOVERN-3.2 related A.5.3
  GOVERN-3.2 related 7.2
  GOVERN-3.2 related A.3.2

  GOVERN-4.1 related A.5.2
  GOVERN-4.1 related A.6.1.2
  GOVERN-4.1 related A.6.1.3
  GOVERN-4.1 related A.9.2
  GOVERN-4.1 related A.9.3
  GOVERN-4.1 related A.10.3
  GOVERN-4.1 related A.5.4

  GOVERN-4.2 related A.5.4
  GOVERN-4.2 related A.8.5
  GOVERN-4.2 related 7.4
  GOVERN-4.2 related 6.1.4
  GOVERN-4.2 related A.5.5

  GOVERN-4.3 related A.6.2.4
  GOVERN-4.3 related A.6.2.6
  GOVERN-4.3 related A.6.2.7
  GOVERN-4.3 related A.8.2
  GOVERN-4.3 related A.8.3
  GOVERN-4.3 related A.8.4
  GOVERN-4.3 related A.8.5
  GOVERN-4.3 related A.6.1.2
  GOVERN-4.3 related A.6.1.3

  GOVERN-5.1 related A.10.4
  GOVERN-5.1 related A.5.3
  GOVERN-5.1 related A.5.4
  GOVERN-5.1 related A.8.3

  GOVERN-5.2 related A.8.3
  GOVERN-5.2 related A.10.4
  GOVERN-5.2 related A.5.4
  GOVERN-5.2 related A.5.5
  GOVERN-5.2 related A.6.1.3
  GOVERN-5.2 related A.6.2.6

  GOVERN-6.1 related A.10.2
  GOVERN-6.1 related A.10.3

  GOVERN-6.2 related A.10.2
  GOVERN-6.2 related A.10.3

  MAP-1.1 related 6.1.4
  MAP-1.1 related A.5.2
  MAP-1.1 related A.5.3
  MAP-1.1 related A.5.4
  MAP-1.1 related A.5.5

  MAP-1.2 related A.4.6
  MAP-1.2 related 7.2

  MAP-1.3 related 4.1
  MAP-1.3 related 5.2
  MAP-1.3 related 6.2
  MAP-1.3 related 7.5.3
  MAP-1.3 related 7.3
  MAP-1.3 related 7.4

  MAP-1.4 related 5.1
  MAP-1.4 related 4.1
  MAP-1.4 related A.2.2
  MAP-1.4 related A.5.2
  MAP-1.4 related A.9.4
  MAP-1.4 related A.6.2.2

  MAP-1.5 related 6.1.1

  MAP-1.6 related A.6.2.2
  MAP-1.6 related A.5.4
  MAP-1.6 related A.5.5

  MAP-2.1 related A.6.2.3
  MAP-2.1 related A.4.2
  MAP-2.1 related A.4.3
  MAP-2.1 related A.4.4
  MAP-2.1 related A.4.5
  MAP-2.1 related A.4.6

  MAP-2.2 related A.6.2.7
  MAP-2.2 related A.9.3
  MAP-2.2 related A.8.2

  MAP-2.3 related A.6.1.3
  MAP-2.3 related A.6.2.7
  MAP-2.3 related A.7.2
  MAP-2.3 related A.7.3
  MAP-2.3 related A.7.4
  MAP-2.3 related A.7.5
  MAP-2.3 related A.7.6
  MAP-2.3 related A.6.2.4

  MAP-3.1 related A.5.2
  MAP-3.1 related A.5.3
  MAP-3.1 related A.5.4
  MAP-3.1 related A.5.5

  MAP-3.2 related A.5.2
  MAP-3.2 related A.5.3
  MAP-3.2 related A.5.4
  MAP-3.2 related A.5.5
  MAP-3.2 related 8.2
  MAP-3.2 related 8.3
  MAP-3.2 related 8.4

  MAP-3.3 related 4.3
  MAP-3.3 related A.5.2
  MAP-3.3 related A.5.3
  MAP-3.3 related A.5.4
  MAP-3.3 related A.5.5

  MAP-3.4 related 7.2
  MAP-3.4 related A.4.6

  MAP-3.5 related A.6.1.3
  MAP-3.5 related A.6.2.7
  MAP-3.5 related A.8.2

  MAP-4.1 related 4.1
  MAP-4.1 related A.2.2
  MAP-4.1 related A.9.2
  MAP-4.1 related A.9.4

  MAP-4.2 related A.6.2.7
  MAP-4.2 related A.8.2
  MAP-4.2 related A.10.3

  MAP-5.1 related 6.1.2
  MAP-5.1 related A.5.2

  MAP-5.2 related A.6.1.3
  MAP-5.2 related A.6.2.6
  MAP-5.2 related A.8.3

  MEASURE-1.1 related 6.1.1
  MEASURE-1.1 related 6.1.2

  MEASURE-1.2 related A.6.2.4
  MEASURE-1.2 related A.5.4
  MEASURE-1.2 related A.5.2
  MEASURE-1.2 related A.5.5

  MEASURE-1.3 related 6.1.2
  MEASURE-1.3 related 9.2.2
  MEASURE-1.3 related A.5.2
  MEASURE-1.3 related A.5.4
  MEASURE-1.3 related A.5.5

  MEASURE-2.1 related A.8.4
  MEASURE-2.1 related A.6.2.4
  MEASURE-2.1 related A.6.2.7
  MEASURE-2.1 related A.4.2

  MEASURE-2.2 related A.6.2.4

  MEASURE-2.3 related A.7.4
  MEASURE-2.3 related A.6.2.6

  MEASURE-2.4 related 9.1
  MEASURE-2.4 related A.6.2.6
  MEASURE-2.4 related A.6.2.8

  MEASURE-2.5 related A.6.2.4
  MEASURE-2.5 related A.6.2.5
  MEASURE-2.5 related A.6.2.7
  MEASURE-2.5 related A.8.2

  MEASURE-2.6 related A.6.2.8
  MEASURE-2.6 related A.6.2.6
  MEASURE-2.6 related A.6.2.4
  MEASURE-2.6 related 8.2

  MEASURE-2.7 related A.7.2
  MEASURE-2.7 related A.3.2
  MEASURE-2.7 related A.2.3
  MEASURE-2.7 related A.5.2
  MEASURE-2.7 related A.6.1.2
  MEASURE-2.7 related A.6.2.3
  MEASURE-2.7 related A.9.3

  MEASURE-2.8 related A.7.2
  MEASURE-2.8 related A.5.4
  MEASURE-2.8 related A.5.5
  MEASURE-2.8 related A.6.1.2
  MEASURE-2.8 related A.9.3
  MEASURE-2.8 related 6.1.2

  MEASURE-2.9 related A.7.5
  MEASURE-2.9 related A.6.2.5
  MEASURE-2.9 related A.6.2.7
  MEASURE-2.9 related A.8.2

  MEASURE-2.10 related A.5.2
  MEASURE-2.10 related A.7.2
  MEASURE-2.10 related A.7.3
  MEASURE-2.10 related A.2.3

  MEASURE-2.11 related A.5.5
  MEASURE-2.11 related A.5.4

  MEASURE-2.12 related A.5.5
  MEASURE-2.12 related A.4.5

  MEASURE-2.13 related A.6.2.4
  MEASURE-2.13 related A.6.2.6

  MEASURE-3.1 related 8.2
  MEASURE-3.1 related 4.4
  MEASURE-3.1 related 8.4

  MEASURE-3.2 related A.6.2.8
  MEASURE-3.2 related A.6.2.6
  MEASURE-3.2 related 10.1

  MEASURE-3.3 related A.8.2
  MEASURE-3.3 related A.8.4
  MEASURE-3.3 related A.8.3

  MEASURE-4.1 related A.6.2.4
  MEASURE-4.1 related A.5.4
  MEASURE-4.1 related A.5.5
  MEASURE-4.1 related 9.1

  MEASURE-4.2 related 9.1
  MEASURE-4.2 related A.8.2
  MEASURE-4.2 related 9.2.1
  MEASURE-4.2 related A.8.3

  MEASURE-4.3 related 9.3.1
  MEASURE-4.3 related A.6.2.6
  MEASURE-4.3 related A.6.2.7

  MANAGE-1.1 related A.9.3
  MANAGE-1.1 related A.9.2
  MANAGE-1.1 related A.9.4
  MANAGE-1.1 related A.6.1.3
  MANAGE-1.1 related A.6.2.4
  # The parsed crosswalk lists this pair twice; kept, so the pairs match it one for one.
  MANAGE-1.1 related A.6.2.4

  MANAGE-1.2 related 9.3.3
  MANAGE-1.2 related 6.1.2
  MANAGE-1.2 related 6.1.3
  MANAGE-1.2 related 6.1.4

  MANAGE-1.3 related 6.1.1
  MANAGE-1.3 related 6.1.2
  MANAGE-1.3 related 6.1.3
  MANAGE-1.3 related 6.1.4

  MANAGE-1.4 related A.5.3
  MANAGE-1.4 related A.5.4
  MANAGE-1.4 related A.6.2.7
  MANAGE-1.4 related A.8.2

  MANAGE-2.1 related A.4.2
  MANAGE-2.1 related 7.1

  MANAGE-2.2 related A.3.3
  MANAGE-2.2 related A.6.1.2
  MANAGE-2.2 related A.6.1.3
  MANAGE-2.2 related A.6.2.4
  MANAGE-2.2 related A.6.2.6
  MANAGE-2.2 related A.7.2
  MANAGE-2.2 related 7.1
  MANAGE-2.2 related 10.1

  MANAGE-2.3 related 10.2
  MANAGE-2.3 related 6.1.1
  MANAGE-2.3 related 6.1.2
  MANAGE-2.3 related 6.1.3

  MANAGE-2.4 related A.9.4
  MANAGE-2.4 related A.8.2
  MANAGE-2.4 related A.6.2.7
  MANAGE-2.4 related A.6.1.3

  MANAGE-3.1 related A.10.3
  MANAGE-3.1 related A.10.2

  MANAGE-3.2 related A.4.4
  MANAGE-3.2 related A.6.2.6

  MANAGE-4.1 related 9.2.1
  MANAGE-4.1 related A.6.2.6
  MANAGE-4.1 related A.8.3
  MANAGE-4.1 related A.10.4

  MANAGE-4.2 related 9.3.3
  MANAGE-4.2 related A.6.2.4
  MANAGE-4.2 related A.6.2.6

  MANAGE-4.3 related 9.3.2
  MANAGE-4.3 related A.8.5
  MANAGE-4.3 related A.6.2.6
}
