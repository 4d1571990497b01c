; Indents, in nvim-treesitter's capture names (README.md has Helix's and
; Zed's forms): the lines inside braces are indented one level, the closing
; brace goes back, and a text block keeps the indentation it was written with.
[
  (block)
  (edge_attributes)
] @indent.begin

(block
  "}" @indent.branch @indent.end)

(edge_attributes
  "}" @indent.branch @indent.end)

(text_block) @indent.ignore

(comment) @indent.auto
