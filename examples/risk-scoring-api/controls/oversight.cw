# Human oversight of credit decisions informed by the score.

control AI-HR-01 "Human review of high-stakes credit scores" {
  owner "Product lead, credit"
  frequency continuous
  nature preventive
  automation semi-automated
  description """
    Scores that lead to a decline, and scores within 30 points of a
    lender's cut-off, are routed to the lender's underwriter queue with the
    reason codes and the document summary; the API never returns an
    automatic decline. Underwriters can override the score, and overrides
    are logged and analysed monthly.
  """
  mitigates missing-human-oversight
  evidence "Routing configuration and monthly override analysis" {
    system "Underwriter review queue"
    retention "5y"
  }
  test "For a sample of declines, confirm a named underwriter decided them; inspect the monthly override analyses."
  satisfies soc2@2017:PI1.4 subset {
    status approved
  }
  satisfies iso42001@2023:A.9.2 subset {
    status approved
  }
  satisfies iso42001@2023:A.9.4 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:GOVERN-3.2 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MAP-3.5 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.14(1) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.14(3)(a) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.14(4)(a) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.14(4)(c) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.14(4)(d) equal {
    status approved
  }
}

control AI-HR-02 "Reviewer guidance and AI literacy training" {
  owner "Product lead, credit"
  frequency annual
  nature preventive
  automation manual
  description """
    Lendscore's model risk staff and the lenders' underwriters using the
    queue receive training on the score's meaning, reason codes, known
    limits and automation bias; completion is tracked for Lendscore staff
    and offered to lenders with the instructions for use.
  """
  mitigates missing-human-oversight
  evidence "Training material and completion records" {
    system "Learning platform"
    retention "3y"
  }
  test "Inspect completion for Lendscore staff with queue or model risk roles; inspect the material for the topics listed."
  satisfies soc2@2017:CC1.4 subset {
    status approved
  }
  satisfies iso42001@2023:A.3.2 intersects {
    status approved
  }
  satisfies iso42001@2023:7.2 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MAP-3.4 subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.14(4)(b) subset {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.4 subset {
    status reviewed
  }
}

control AI-HR-03 "No silent defaults on scoring timeouts" {
  owner "Product lead, credit"
  frequency per-change
  nature preventive
  automation automated
  description """
    When a score is unavailable the review queue shows the application as
    "score unavailable" and holds it for a manual decision under the
    lender's documented fallback policy (AI-FB-01); release tests confirm
    that no code path substitutes a default score.
  """
  mitigates inference-timeout-in-decisions
  evidence "Release test results for the timeout path" {
    system "CI"
    retention "3y"
  }
  test "Force a timeout in staging and confirm the application is held for manual decision; inspect the release tests."
  satisfies soc2@2017:PI1.3 subset {
    status approved
  }
  satisfies iso42001@2023:A.9.4 subset {
    status approved
  }
  satisfies nist-ai-rmf@1.0:MAP-3.5 subset {
    status reviewed
  }
  satisfies nist-ai-rmf@1.0:MANAGE-2.4 intersects {
    status reviewed
  }
  satisfies eu-ai-act@2026:Art.14(4)(e) subset {
    status reviewed
  }
}
