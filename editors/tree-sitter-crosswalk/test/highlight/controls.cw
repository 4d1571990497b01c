control AI-CM-01 "Model change approval" {
# <- keyword
#       ^ function
#                 ^ string
  frequency per-change
# ^ keyword
#           ^ constant.builtin
  satisfies soc2@2017:CC6.1 equal {
# ^ keyword
#           ^ module
#               ^ punctuation.delimiter
#                ^ number
#                    ^ punctuation.delimiter
#                     ^ constant
#                           ^ keyword.operator
    strength 7
#            ^ number
  }
  satisfies eu-ai-act@2024:"Art. 17" related
#                           ^ constant
}
