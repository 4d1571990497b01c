# Risks of this system beyond the built-in AI risk library
# (frameworks/ai-risks.cw, which the components in system.cw bring in:
# `crosswalk risks examples/risk-scoring-api` lists them all).

risk fraud-score-used-for-credit "A lender uses the fraud score to decide credit" {
  category compliance
  description """
    The fraud score is not high-risk only because of its purpose. A lender
    that feeds it into a credit decision changes the intended purpose, takes
    on the provider's obligations (Art. 25(1)(c)) and exposes applicants to
    a model never validated for creditworthiness.
  """
  touches soc2@2017:PI1.1 because "the intended use of each output is part of the processing specification communicated to customers"
  touches iso42001@2023:A.9.4 because "the intended use of the AI system is defined and communicated"
  touches nist-ai-rmf@1.0:MAP-1.1 because "the intended purpose and context of use are documented"
  touches eu-ai-act@2026:Art.13(3)(b) because "the instructions for use state the intended purpose"
}
