# Controls: each written once, mapped to every framework it helps meet.
# `satisfies FRAMEWORK@VERSION:ID RELATIONSHIP` says how the control's scope
# compares with the requirement's (NIST IR 8477): `equal` or `superset`
# cover it fully, `subset` or `intersects` partly, `related` marks it for
# review, `no-relationship` records a reviewed non-match. A block after the
# relationship holds the edge's rationale, strength (1-10), review status,
# note and scope. A mapping without `status` is "not reviewed" in every
# document, and `check` says so: mark it `status reviewed` (or `approved`)
# once a second person has checked it. `crosswalk frameworks show soc2@2017`
# lists the requirements of a framework.

control AC-01 "Quarterly access reviews" {
  owner "IT operations lead"
  frequency quarterly # continuous|per-change|daily|weekly|monthly|quarterly|annual
  nature detective # preventive|detective|corrective
  automation manual # manual|semi-automated|automated
  description """
    System owners review the users and roles of every production system each
    quarter and remove access that is no longer needed within five business
    days.
  """
  # What an auditor inspects, where it is kept and for how long.
  evidence "Signed access reviews" {
    system "Ticketing"
    retention "3y"
  }
  test "Inspect the four reviews of the period; confirm a sample of removals was made."
  satisfies soc2@2017:CC6.3 subset {
    status reviewed
  }
  satisfies soc2@2017:CC6.2 intersects {
    rationale functional
    status reviewed
  }
}

control CM-01 "Change management" {
  owner "Engineering manager"
  frequency per-change
  nature preventive
  automation automated
  description "Changes reach production only through pull requests approved by a second engineer, with passing tests."
  evidence "Merged pull requests and branch protection settings" {
    system "Code host"
    retention "3y"
  }
  # Automated: a test of one, plus the IT general controls over it.
  test "Inspect the branch protection settings; re-perform one change: a pull request without a second engineer's approval cannot be merged."
  satisfies soc2@2017:CC8.1 equal {
    status approved
  }
}

control RA-01 "Annual risk assessment" {
  owner "Head of security"
  frequency annual
  nature preventive
  automation manual
  description "Each year, risks to the service's objectives are identified, rated and given a treatment and an owner."
  evidence "Risk register with treatment decisions" {
    system "Shared drive"
    retention "5y"
  }
  test "Inspect the assessment; trace two risks to the controls that treat them."
  satisfies soc2@2017:CC3.2 equal {
    status reviewed
  }
  satisfies soc2@2017:CC3.1 intersects {
    status reviewed
  }
  # Mapping to a second framework brings it into `coverage`; crosswalks
  # then suggest (derive) its related requirements for you to review:
  #   satisfies iso42001@2023:6.1.2 intersects
}

# Several partial mappings never add up to coverage by themselves. When
# controls together meet a requirement, say so, with who concluded it, when
# and why; the requirement is then covered, shown as combined:
#
#   conclusion soc2@2017:CC6.2 {
#     met-by AC-01, AC-02
#     because "AC-02 registers and approves new users; AC-01 removes access no longer needed."
#     reviewer "Head of security"
#     date "2026-11-20"
#     status approved
#   }
