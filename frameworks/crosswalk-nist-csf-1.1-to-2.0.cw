# Crosswalk from NIST CSF 1.1 to CSF 2.0: NIST's own mapping of every CSF 1.1 function,
# category and subcategory to where it went in CSF 2.0. Pairs are NIST's; the set-theory
# relationships are derived from the CSF 2.0 core's notes on withdrawn 1.1 subcategories as the
# source below explains, and each pair whose relationship is not the mapping's plain "intersect"
# says why in its note. 187 pairs: the 185 of the reference mapping plus 2 named only by the core.
crosswalk nist-csf@1.1 -> nist-csf@2.0 {
  source """
    NIST: the CSF 2.0 Core (NIST CSWP 29), whose rows for withdrawn CSF 1.1 subcategories say where
    each went ("Moved to" or "Incorporated into"), and NIST's CSF 1.1 to 2.0 reference mapping (the
    CSF 1.1 informative references of the CSF 2.0 core; 185 pairs, all "intersect", as packaged by
    CISO Assistant in map-nist-csf-1.1-nist-csf-2.0.yaml). Pairs: the 185 of the mapping plus the
    two that the core names and the mapping lacks (ID.GV-4 to GV.RM-04, RC.CO-2 to RC.CO-04).
    Relationships, derived by us: "Moved to" gives equal; "Incorporated into" one target gives
    subset; with several targets, subset for a group that holds all of them and intersects for
    each other target; a 1.1 category whose every subcategory went inside one 2.0 group is a
    subset of that group; every other pair keeps the mapping's intersects. Where the texts or the
    core's other notes show a different relation, the pair's note says why. A category stands
    for the union of its subcategories.
  """

  ID.GV subset GV {
    note "Every ID.GV subcategory went into GV (CSF 2.0 core notes)."
  }
  ID.BE subset GV.OC {
    note "Every ID.BE subcategory went into GV.OC (CSF 2.0 core notes)."
  }
  ID.BE-2 subset GV.OC-01 {
    note "CSF 2.0 core: incorporated into GV.OC-01."
  }
  ID.BE-3 subset GV.OC-01 {
    note "CSF 2.0 core: incorporated into GV.OC-01."
  }
  ID.SC-2 intersects GV.OC-02 {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.SC-03, GV.SC-04, GV.SC-07, ID.RA-10; GV.OC-02 takes only part of it."
  }
  ID.GV-2 intersects GV.OC-02 {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.RR, GV.RR-02; GV.OC-02 takes only part of it."
  }
  ID.GV-3 subset GV.OC-03 {
    note "CSF 2.0 core: moved to GV.OC-03; subset, not equal, because GV.OC-03 adds contractual requirements."
  }
  ID.BE-4 intersects GV.OC-04 {
    note "CSF 2.0 core: incorporated into GV.OC-04, GV.OC-05; GV.OC-04 takes only part of it."
  }
  ID.BE-5 subset GV.OC-04 {
    note "CSF 2.0 core: incorporated into GV.OC-04."
  }
  ID.BE-1 subset GV.OC-05 {
    note "CSF 2.0 core: incorporated into GV.OC-05."
  }
  ID.BE-4 intersects GV.OC-05 {
    note "CSF 2.0 core: incorporated into GV.OC-04, GV.OC-05; GV.OC-05 takes only part of it."
  }
  ID.RM intersects GV.RM
  ID.RM-1 intersects GV.RM-01 {
    note "CSF 2.0 core: incorporated into GV.RM-01, GV.RM-06, GV.RR-03; GV.RM-01 takes only part of it."
  }
  ID.RM-2 subset GV.RM-02 {
    note "CSF 2.0 core: incorporated into GV.RM-02, GV.RM-04; GV.RM-02 alone holds the whole outcome (tolerance determined and stated)."
  }
  ID.RM-3 subset GV.RM-02 {
    note "CSF 2.0 core: moved into GV.RM-02; subset, not equal, because GV.RM-02 also takes in ID.RM-2 (stating the tolerance itself)."
  }
  ID.GV-4 intersects GV.RM-03 {
    note "NIST's reference mapping; the CSF 2.0 core says ID.GV-4 moved to GV.RM-04 instead."
  }
  ID.GV-4 intersects GV.RM-04 {
    note "CSF 2.0 core: moved to GV.RM-04; but NIST's reference mapping puts ID.GV-4 at GV.RM-03 instead and the texts differ, so only an overlap is claimed."
  }
  ID.RM-2 intersects GV.RM-04 {
    note "CSF 2.0 core: incorporated into GV.RM-02, GV.RM-04; GV.RM-04 takes only part of it."
  }
  ID.SC-1 intersects GV.RM-05 {
    note "CSF 2.0 core: incorporated into GV.RM-05, GV.SC-01, GV.SC-06, GV.SC-09, GV.SC-10; GV.RM-05 takes only part of it."
  }
  ID.RM-1 intersects GV.RM-06 {
    note "CSF 2.0 core: incorporated into GV.RM-01, GV.RM-06, GV.RR-03; GV.RM-06 takes only part of it."
  }
  ID.SC intersects GV.SC
  ID.SC-1 intersects GV.SC-01 {
    note "CSF 2.0 core: incorporated into GV.RM-05, GV.SC-01, GV.SC-06, GV.SC-09, GV.SC-10; GV.SC-01 takes only part of it."
  }
  ID.AM-6 intersects GV.SC-02 {
    note "CSF 2.0 core: incorporated into GV.RR-02, GV.SC-02; GV.SC-02 takes only part of it."
  }
  ID.SC-2 intersects GV.SC-03 {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.SC-03, GV.SC-04, GV.SC-07, ID.RA-10; GV.SC-03 takes only part of it."
  }
  ID.SC-2 intersects GV.SC-04 {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.SC-03, GV.SC-04, GV.SC-07, ID.RA-10; GV.SC-04 takes only part of it."
  }
  ID.SC-3 subset GV.SC-05 {
    note "CSF 2.0 core: moved to GV.SC-05; subset, not equal, because GV.SC-05 adds prioritizing the requirements and agreements other than contracts."
  }
  ID.SC-1 intersects GV.SC-06 {
    note "CSF 2.0 core: incorporated into GV.RM-05, GV.SC-01, GV.SC-06, GV.SC-09, GV.SC-10; GV.SC-06 takes only part of it."
  }
  ID.SC-2 intersects GV.SC-07 {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.SC-03, GV.SC-04, GV.SC-07, ID.RA-10; GV.SC-07 takes only part of it."
  }
  ID.SC-4 intersects GV.SC-07 {
    note "CSF 2.0 core: incorporated into GV.SC-07, ID.RA-10; GV.SC-07 takes only part of it."
  }
  ID.SC-5 intersects GV.SC-08 {
    note "CSF 2.0 core: incorporated into GV.SC-08, ID.IM-02; GV.SC-08 takes only part of it."
  }
  ID.SC-1 intersects GV.SC-09 {
    note "CSF 2.0 core: incorporated into GV.RM-05, GV.SC-01, GV.SC-06, GV.SC-09, GV.SC-10; GV.SC-09 takes only part of it."
  }
  ID.SC-1 intersects GV.SC-10 {
    note "CSF 2.0 core: incorporated into GV.RM-05, GV.SC-01, GV.SC-06, GV.SC-09, GV.SC-10; GV.SC-10 takes only part of it."
  }
  ID.GV-2 intersects GV.RR {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.RR, GV.RR-02; GV.RR takes only part of it."
  }
  ID.AM-6 intersects GV.RR-02 {
    note "CSF 2.0 core: incorporated into GV.RR-02, GV.SC-02; GV.RR-02 takes only part of it."
  }
  ID.GV-2 intersects GV.RR-02 {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.RR, GV.RR-02; GV.RR-02 takes only part of it."
  }
  DE.DP-1 subset GV.RR-02 {
    note "CSF 2.0 core: incorporated into GV.RR-02."
  }
  ID.RM-1 intersects GV.RR-03 {
    note "CSF 2.0 core: incorporated into GV.RM-01, GV.RM-06, GV.RR-03; GV.RR-03 takes only part of it."
  }
  PR.IP-11 equal GV.RR-04 {
    note "CSF 2.0 core: moved to GV.RR-04."
  }
  ID.GV-1 subset GV.PO {
    note "CSF 2.0 core: incorporated into GV.PO, GV.PO-01, GV.PO-02, all within GV.PO."
  }
  ID.GV-1 subset GV.PO-01 {
    note "CSF 2.0 core: incorporated into GV.PO, GV.PO-01, GV.PO-02; GV.PO-01 alone holds the whole outcome (policy set and communicated)."
  }
  ID.GV-1 intersects GV.PO-02 {
    note "CSF 2.0 core: incorporated into GV.PO, GV.PO-01, GV.PO-02; GV.PO-02 takes only part of it."
  }
  ID intersects ID
  ID.AM intersects ID.AM
  ID.AM-1 intersects ID.AM-01
  ID.AM-2 subset ID.AM-02 {
    note "ID.AM-02 adds services and systems to the software inventory."
  }
  ID.AM-3 intersects ID.AM-03
  DE.AE-1 subset ID.AM-03 {
    note "CSF 2.0 core: incorporated into ID.AM-03."
  }
  ID.AM-4 intersects ID.AM-04
  ID.AM-5 intersects ID.AM-05
  PR.DS-3 intersects ID.AM-08 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-03; ID.AM-08 takes only part of it."
  }
  PR.IP-2 intersects ID.AM-08 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-06; ID.AM-08 takes only part of it."
  }
  PR.MA-1 intersects ID.AM-08 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-03; ID.AM-08 takes only part of it."
  }
  PR.MA-2 intersects ID.AM-08 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-02; ID.AM-08 takes only part of it."
  }
  PR.IP-6 subset ID.AM-08 {
    note "CSF 2.0 core: incorporated into ID.AM-08."
  }
  PR.DS intersects ID.AM-08
  ID.RA intersects ID.RA
  ID.RA-1 subset ID.RA-01 {
    note "ID.RA-01 adds validation and takes in DE.CM-8 and part of PR.IP-12 (CSF 2.0 core)."
  }
  PR.IP-12 intersects ID.RA-01 {
    note "CSF 2.0 core: incorporated into ID.RA-01, PR.PS-02; ID.RA-01 takes only part of it."
  }
  DE.CM-8 subset ID.RA-01 {
    note "CSF 2.0 core: incorporated into ID.RA-01."
  }
  ID.RA-2 equal ID.RA-02 {
    note "Same text in both versions."
  }
  ID.RA-3 equal ID.RA-03 {
    note "Same outcome reworded: internal and external threats are identified and recorded."
  }
  ID.RA-4 intersects ID.RA-04
  ID.RA-5 intersects ID.RA-05
  ID.RA-6 intersects ID.RA-06
  RS.MI-3 subset ID.RA-06 {
    note "CSF 2.0 core: incorporated into ID.RA-06."
  }
  PR.IP-3 intersects ID.RA-07 {
    note "CSF 2.0 core: incorporated into PR.PS-01, ID.RA-07; ID.RA-07 takes only part of it."
  }
  RS.AN-5 equal ID.RA-08 {
    note "CSF 2.0 core: moved to ID.RA-08."
  }
  PR.DS-8 intersects ID.RA-09 {
    note "CSF 2.0 core: incorporated into ID.RA-09, DE.CM-09; ID.RA-09 takes only part of it."
  }
  ID.SC-2 intersects ID.RA-10 {
    note "CSF 2.0 core: incorporated into GV.OC-02, GV.SC-03, GV.SC-04, GV.SC-07, ID.RA-10; ID.RA-10 takes only part of it."
  }
  ID.SC-4 intersects ID.RA-10 {
    note "CSF 2.0 core: incorporated into GV.SC-07, ID.RA-10; ID.RA-10 takes only part of it."
  }
  RS.IM subset ID.IM {
    note "Every RS.IM subcategory went into ID.IM (CSF 2.0 core notes)."
  }
  RC.IM subset ID.IM {
    note "Every RC.IM subcategory went into ID.IM (CSF 2.0 core notes)."
  }
  PR.IP-7 subset ID.IM {
    note "CSF 2.0 core: incorporated into ID.IM, ID.IM-03, all within ID.IM."
  }
  DE.DP-5 subset ID.IM {
    note "CSF 2.0 core: incorporated into ID.IM, ID.IM-03, all within ID.IM."
  }
  ID.SC-5 intersects ID.IM-02 {
    note "CSF 2.0 core: incorporated into GV.SC-08, ID.IM-02; ID.IM-02 takes only part of it."
  }
  PR.IP-10 intersects ID.IM-02 {
    note "CSF 2.0 core: incorporated into ID.IM-02, ID.IM-04; ID.IM-02 takes only part of it."
  }
  DE.DP-3 subset ID.IM-02 {
    note "CSF 2.0 core: incorporated into ID.IM-02."
  }
  PR.IP-7 intersects ID.IM-03 {
    note "CSF 2.0 core: incorporated into ID.IM, ID.IM-03; ID.IM-03 takes only part of it."
  }
  PR.IP-8 subset ID.IM-03 {
    note "CSF 2.0 core: moved to ID.IM-03; subset, not equal, because ID.IM-03 also takes in PR.IP-7, DE.DP-5, RS.IM-1, RS.IM-2, RC.IM-1 and RC.IM-2."
  }
  DE.DP-5 intersects ID.IM-03 {
    note "CSF 2.0 core: incorporated into ID.IM, ID.IM-03; ID.IM-03 takes only part of it."
  }
  RS.IM-1 intersects ID.IM-03 {
    note "CSF 2.0 core: incorporated into ID.IM-03, ID.IM-04; ID.IM-03 takes only part of it."
  }
  RS.IM-2 subset ID.IM-03 {
    note "CSF 2.0 core: incorporated into ID.IM-03."
  }
  RC.IM-1 intersects ID.IM-03 {
    note "CSF 2.0 core: incorporated into ID.IM-03, ID.IM-04; ID.IM-03 takes only part of it."
  }
  RC.IM-2 subset ID.IM-03 {
    note "CSF 2.0 core: incorporated into ID.IM-03."
  }
  PR.IP-9 subset ID.IM-04 {
    note "CSF 2.0 core: moved to ID.IM-04; subset, not equal, because ID.IM-04 also takes in PR.IP-10, RS.IM-1 and RC.IM-1."
  }
  RS.IM-1 intersects ID.IM-04 {
    note "CSF 2.0 core: incorporated into ID.IM-03, ID.IM-04; ID.IM-04 takes only part of it."
  }
  RC.IM-1 intersects ID.IM-04 {
    note "CSF 2.0 core: incorporated into ID.IM-03, ID.IM-04; ID.IM-04 takes only part of it."
  }
  PR.IP-10 intersects ID.IM-04 {
    note "CSF 2.0 core: incorporated into ID.IM-02, ID.IM-04; ID.IM-04 takes only part of it."
  }
  PR intersects PR
  PR.AC intersects PR.AA
  PR.AC-1 intersects PR.AA-01 {
    note "CSF 2.0 core: incorporated into PR.AA-01, PR.AA-05; PR.AA-01 takes only part of it."
  }
  PR.AC-6 equal PR.AA-02 {
    note "CSF 2.0 core: moved to PR.AA-02."
  }
  PR.AC-3 intersects PR.AA-03 {
    note "CSF 2.0 core: incorporated into PR.AA-03, PR.AA-05, PR.IR-01; PR.AA-03 takes only part of it."
  }
  PR.AC-7 equal PR.AA-03 {
    note "CSF 2.0 core: moved to PR.AA-03."
  }
  PR.AC-1 intersects PR.AA-05 {
    note "CSF 2.0 core: incorporated into PR.AA-01, PR.AA-05; PR.AA-05 takes only part of it."
  }
  PR.AC-3 intersects PR.AA-05 {
    note "CSF 2.0 core: incorporated into PR.AA-03, PR.AA-05, PR.IR-01; PR.AA-05 takes only part of it."
  }
  PR.AC-4 equal PR.AA-05 {
    note "CSF 2.0 core: moved to PR.AA-05."
  }
  PR.AC-2 equal PR.AA-06 {
    note "CSF 2.0 core: moved to PR.AA-06."
  }
  PR.PT-4 intersects PR.AA-06 {
    note "CSF 2.0 core: incorporated into PR.AA-06, PR.IR-01; PR.AA-06 takes only part of it."
  }
  PR.AT intersects PR.AT
  PR.AT-1 intersects PR.AT-01
  PR.AT-3 intersects PR.AT-01 {
    note "CSF 2.0 core: incorporated into PR.AT-01, PR.AT-02; PR.AT-01 takes only part of it."
  }
  RS.CO-1 subset PR.AT-01 {
    note "CSF 2.0 core: incorporated into PR.AT-01."
  }
  PR.AT-2 intersects PR.AT-02
  PR.AT-3 intersects PR.AT-02 {
    note "CSF 2.0 core: incorporated into PR.AT-01, PR.AT-02; PR.AT-02 takes only part of it."
  }
  PR.AT-4 subset PR.AT-02 {
    note "CSF 2.0 core: incorporated into PR.AT-02."
  }
  PR.AT-5 subset PR.AT-02 {
    note "CSF 2.0 core: incorporated into PR.AT-02."
  }
  PR.DS intersects PR.DS
  PR.DS-1 subset PR.DS-01 {
    note "PR.DS-01 names confidentiality, integrity and availability and takes in parts of PR.DS-5, PR.DS-6 and PR.PT-2 (CSF 2.0 core)."
  }
  PR.DS-5 intersects PR.DS-01 {
    note "CSF 2.0 core: incorporated into PR.DS-01, PR.DS-02, PR.DS-10; PR.DS-01 takes only part of it."
  }
  PR.DS-6 intersects PR.DS-01 {
    note "CSF 2.0 core: incorporated into PR.DS-01, DE.CM-09; PR.DS-01 takes only part of it."
  }
  PR.PT-2 intersects PR.DS-01 {
    note "CSF 2.0 core: incorporated into PR.DS-01, PR.PS-01; PR.DS-01 takes only part of it."
  }
  PR.DS-2 subset PR.DS-02 {
    note "PR.DS-02 names confidentiality, integrity and availability and takes in part of PR.DS-5 (CSF 2.0 core)."
  }
  PR.DS-5 intersects PR.DS-02 {
    note "CSF 2.0 core: incorporated into PR.DS-01, PR.DS-02, PR.DS-10; PR.DS-02 takes only part of it."
  }
  PR.DS-5 intersects PR.DS-10 {
    note "CSF 2.0 core: incorporated into PR.DS-01, PR.DS-02, PR.DS-10; PR.DS-10 takes only part of it."
  }
  PR.IP-4 equal PR.DS-11 {
    note "CSF 2.0 core: moved to PR.DS-11."
  }
  PR.IP-1 subset PR.PS-01 {
    note "CSF 2.0 core: incorporated into PR.PS-01."
  }
  PR.IP-3 intersects PR.PS-01 {
    note "CSF 2.0 core: incorporated into PR.PS-01, ID.RA-07; PR.PS-01 takes only part of it."
  }
  PR.PT-2 intersects PR.PS-01 {
    note "CSF 2.0 core: incorporated into PR.DS-01, PR.PS-01; PR.PS-01 takes only part of it."
  }
  PR.PT-3 subset PR.PS-01 {
    note "CSF 2.0 core: incorporated into PR.PS-01."
  }
  PR.IP-12 intersects PR.PS-02 {
    note "CSF 2.0 core: incorporated into ID.RA-01, PR.PS-02; PR.PS-02 takes only part of it."
  }
  PR.MA-2 intersects PR.PS-02 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-02; PR.PS-02 takes only part of it."
  }
  PR.MA-1 intersects PR.PS-03 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-03; PR.PS-03 takes only part of it."
  }
  PR.DS-3 intersects PR.PS-03 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-03; PR.PS-03 takes only part of it."
  }
  PR.PT-1 subset PR.PS-04 {
    note "CSF 2.0 core: incorporated into PR.PS-04."
  }
  PR.IP-2 intersects PR.PS-06 {
    note "CSF 2.0 core: incorporated into ID.AM-08, PR.PS-06; PR.PS-06 takes only part of it."
  }
  PR.AC-3 intersects PR.IR-01 {
    note "CSF 2.0 core: incorporated into PR.AA-03, PR.AA-05, PR.IR-01; PR.IR-01 takes only part of it."
  }
  PR.AC-5 subset PR.IR-01 {
    note "CSF 2.0 core: incorporated into PR.IR-01."
  }
  PR.DS-7 subset PR.IR-01 {
    note "CSF 2.0 core: incorporated into PR.IR-01."
  }
  PR.PT-4 intersects PR.IR-01 {
    note "CSF 2.0 core: incorporated into PR.AA-06, PR.IR-01; PR.IR-01 takes only part of it."
  }
  PR.IP-5 equal PR.IR-02 {
    note "CSF 2.0 core: moved to PR.IR-02."
  }
  PR.PT-5 equal PR.IR-03 {
    note "CSF 2.0 core: moved to PR.IR-03."
  }
  PR.DS-4 equal PR.IR-04 {
    note "CSF 2.0 core: moved to PR.IR-04."
  }
  DE intersects DE
  DE.CM intersects DE.CM
  DE.CM-1 subset DE.CM-01 {
    note "DE.CM-01 adds network services and takes in parts of DE.CM-4, DE.CM-5 and DE.CM-7 (CSF 2.0 core)."
  }
  DE.CM-4 intersects DE.CM-01 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-09; DE.CM-01 takes only part of it."
  }
  DE.CM-5 intersects DE.CM-01 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-09; DE.CM-01 takes only part of it."
  }
  DE.CM-7 intersects DE.CM-01 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-03, DE.CM-06, DE.CM-09; DE.CM-01 takes only part of it."
  }
  DE.CM-2 equal DE.CM-02 {
    note "Same outcome: CSF 2.0 says potentially adverse events where 1.1 says potential cybersecurity events."
  }
  DE.CM-3 subset DE.CM-03 {
    note "DE.CM-03 adds technology usage and takes in part of DE.CM-7 (CSF 2.0 core)."
  }
  DE.CM-7 intersects DE.CM-03 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-03, DE.CM-06, DE.CM-09; DE.CM-03 takes only part of it."
  }
  DE.CM-6 subset DE.CM-06 {
    note "DE.CM-06 adds the providers' services and takes in part of DE.CM-7 (CSF 2.0 core)."
  }
  DE.CM-7 intersects DE.CM-06 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-03, DE.CM-06, DE.CM-09; DE.CM-06 takes only part of it."
  }
  PR.DS-6 intersects DE.CM-09 {
    note "CSF 2.0 core: incorporated into PR.DS-01, DE.CM-09; DE.CM-09 takes only part of it."
  }
  PR.DS-8 intersects DE.CM-09 {
    note "CSF 2.0 core: incorporated into ID.RA-09, DE.CM-09; DE.CM-09 takes only part of it."
  }
  DE.CM-4 intersects DE.CM-09 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-09; DE.CM-09 takes only part of it."
  }
  DE.CM-5 intersects DE.CM-09 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-09; DE.CM-09 takes only part of it."
  }
  DE.CM-7 intersects DE.CM-09 {
    note "CSF 2.0 core: incorporated into DE.CM-01, DE.CM-03, DE.CM-06, DE.CM-09; DE.CM-09 takes only part of it."
  }
  DE.AE intersects DE.AE
  DE.DP-2 subset DE.AE {
    note "CSF 2.0 core: incorporated into DE.AE."
  }
  DE.AE-2 intersects DE.AE-02
  DE.AE-3 intersects DE.AE-03
  DE.AE-4 subset DE.AE-04 {
    note "DE.AE-04 adds the scope of adverse events to their impact."
  }
  DE.DP-4 subset DE.AE-06 {
    note "CSF 2.0 core: incorporated into DE.AE-06."
  }
  DE.AE-3 intersects DE.AE-07
  DE.AE-5 equal DE.AE-08 {
    note "CSF 2.0 core: moved to DE.AE-08."
  }
  RS intersects RS
  RS.RP subset RS.MA {
    note "Every RS.RP subcategory went into RS.MA (CSF 2.0 core notes)."
  }
  RS.RP-1 subset RS.MA-01 {
    note "CSF 2.0 core: incorporated into RS.MA-01."
  }
  RS.CO-4 intersects RS.MA-01 {
    note "CSF 2.0 core: incorporated into RS.MA-01, RS.MA-04; RS.MA-01 takes only part of it."
  }
  RS.AN-1 subset RS.MA-02 {
    note "CSF 2.0 core: incorporated into RS.MA-02."
  }
  RS.AN-2 intersects RS.MA-02 {
    note "CSF 2.0 core: incorporated into RS.MA-02, RS.MA-03, RS.MA-04; RS.MA-02 takes only part of it."
  }
  RS.AN-4 subset RS.MA-03 {
    note "CSF 2.0 core: moved to RS.MA-03; subset, not equal, because RS.MA-03 adds prioritization and takes in part of RS.AN-2."
  }
  RS.AN-2 intersects RS.MA-03 {
    note "CSF 2.0 core: incorporated into RS.MA-02, RS.MA-03, RS.MA-04; RS.MA-03 takes only part of it."
  }
  RS.AN-2 intersects RS.MA-04 {
    note "CSF 2.0 core: incorporated into RS.MA-02, RS.MA-03, RS.MA-04; RS.MA-04 takes only part of it."
  }
  RS.CO-4 intersects RS.MA-04 {
    note "CSF 2.0 core: incorporated into RS.MA-01, RS.MA-04; RS.MA-04 takes only part of it."
  }
  RS.AN intersects RS.AN
  RS.AN-3 intersects RS.AN-03
  RS.AN-3 intersects RS.AN-06
  RS.CO intersects RS.CO
  RS.CO-2 intersects RS.CO-02
  RS.CO-3 intersects RS.CO-02
  RS.CO-3 intersects RS.CO-03
  RS.CO-5 subset RS.CO-03 {
    note "CSF 2.0 core: incorporated into RS.CO-03."
  }
  RS.MI intersects RS.MI
  RS.MI-1 equal RS.MI-01 {
    note "Same text in both versions."
  }
  RS.MI-2 intersects RS.MI-02
  RC intersects RC
  RC.RP intersects RC.RP
  RC.RP-1 intersects RC.RP-01
  RC.RP-1 intersects RC.RP-02
  RC.CO intersects RC.CO
  RC.CO-3 intersects RC.CO-03
  RC.CO-1 subset RC.CO-04 {
    note "CSF 2.0 core: incorporated into RC.CO-04."
  }
  RS.CO-2 intersects RC.CO-04 {
    note "As in NIST's reference mapping; probably meant for RC.CO-2, which the CSF 2.0 core says was incorporated into RC.CO-04."
  }
  RC.CO-2 subset RC.CO-04 {
    note "CSF 2.0 core: incorporated into RC.CO-04; NIST's reference mapping lacks this pair and leaves RC.CO-2 unmapped."
  }
}
