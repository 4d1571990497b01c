# What is in scope. A project is a folder of .cw files; crosswalk reads them
# all, in any layout you like (try one folder per area as the project grows).
# `crosswalk check` compiles it, `crosswalk coverage` shows what is met,
# `crosswalk explain ID` why, and `crosswalk risks` the AI risk register.
# The whole language is described in grammar/crosswalk.pest of crosswalk's
# repository.

# The system block describes the service under audit: it becomes the
# system description of a SOC 2 report and decides which requirements
# apply.
system "My service" {
  # The service organisation: `crosswalk build` writes a draft SOC 2 system
  # description from this block, and marks each part left out as missing.
  company "My company Ltd"
  description """
    What the service does, for whom, and where its boundaries are. Write it
    for an auditor who has never seen the product.
  """

  # SOC 2 categories in scope (security is always in): availability,
  # processing-integrity, confidentiality, privacy.
  soc2 criteria security, availability

  # The SOC 2 report the description is for: Type II over a period
  # (`type-2 from "…" to "…"`), or Type I as of a date (`type-1 on "…"`).
  soc2 report type-2 from "2026-01-01" to "2026-06-30"

  # EU AI Act: your operator role (provider, deployer, importer,
  # distributor, authorised-representative) and, optionally, the tier of
  # your AI systems (high-risk, transparency, gpai, minimal...). Only the
  # obligations for that role and tier apply.
  eu-ai-act role provider

  # Components: infrastructure, software, database, people, data,
  # procedures, and AI kinds (data-ingestion, training-pipeline,
  # feature-store, labelling-vendor, model-registry, model-serving,
  # inference-log-store, monitoring, human-review, third-party-model,
  # vector-store). An AI component brings the risks the built-in AI risk
  # library lists for its kind, and `check` warns about each one no control
  # mitigates (`mitigates RISK` in a control). An AI component may carry its
  # own EU AI Act tier; a high-risk one names its basis, the Annex III point
  # (or the Art. 6(1) entry) it is high-risk under, which decides from when
  # its obligations apply:
  #
  #   component "Scoring API" kind model-serving {
  #     eu-ai-act tier high-risk basis eu-ai-act@2026:AnnexIII.5(b) because "evaluates the creditworthiness of natural persons"
  #   }
  component "Web application" kind software {
    description "The customer-facing application and its API."
    owner "Engineering manager"
  }
  component "Customer database" kind database
  component "Cloud platform" kind infrastructure

  # Organisations you rely on, carved out of (or included in) the report,
  # with the controls you expect them to run (CSOCs).
  subservice "Cloud provider" carve-out {
    csoc "The cloud provider restricts physical access to its data centres."
  }

  # What your customers must do for your controls to work (CUECs), and what
  # you promise them.
  cuec "Customers keep their credentials secret and remove users who leave."
  commitment "99.9% monthly availability of the application."

  # What the system must do so the commitments hold, and where the system
  # ends (what is in the report, what is left out).
  system-requirement "The application runs in two availability zones behind a health-checked load balancer."
  boundary "In scope: the web application, its database and the cloud platform they run on. Out of scope: customers' own systems."
}
