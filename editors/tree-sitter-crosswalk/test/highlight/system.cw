system "Fraud scoring API" {
# <- keyword
#      ^ string
  soc2 report type-2 from "2026-01-01" to "2026-06-30"
# ^ keyword
#      ^ keyword
#             ^ constant.builtin
#                    ^ keyword
#                          ^ string.special
  component "Credit score API" kind model-serving {
#                              ^ keyword
#                                   ^ type
    eu-ai-act tier high-risk basis eu-ai-act@2026:AnnexIII.5(b) # a comment
#   ^ keyword
#                            ^ keyword
#                                  ^ module
#                                                 ^ constant
#                                                               ^ comment
  }
  exclude soc2@2017:CC9.2 because "No vendors."
# ^ keyword
#                         ^ keyword
}

framework demo version "1" "Demo" {
  group G "Group" {
    tags role:provider, tier:high-risk
#        ^ property
#             ^ constant.builtin
#                     ^ punctuation.delimiter
    requirement R.1 "Requirement" { withdrawn }
#               ^ constant
#                                   ^ keyword.modifier
  }
}
