; Folds: every braced body and every multi-line text block.
[
  (block)
  (edge_attributes)
  (text_block)
] @fold
