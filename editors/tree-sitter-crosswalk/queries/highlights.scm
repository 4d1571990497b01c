; Highlights for crosswalk (.cw files).
;
; Capture names follow the Neovim / tree-sitter convention, which Zed reads
; as well; README.md has the renames Helix needs (@module -> @namespace,
; @number -> @constant.numeric, @string.escape -> @constant.character.escape).

(comment) @comment

; Keywords -----------------------------------------------------------------

[
  "framework"
  "crosswalk"
  "risk"
  "component-kind"
  "control"
  "system"
  "exclude"
  "conclusion"
  "statement-of-applicability"
  "include"
] @keyword

[
  "version"
  "publisher"
  "licence"
  "license"
  "source"
  "url"
  "group"
  "requirement"
  "display"
  "summary"
  "tags"
  "applies-from"
  "statement"
  "guidance"
  "for"
  "category"
  "touches"
  "touches-none"
  "implies"
  "owner"
  "frequency"
  "nature"
  "automation"
  "description"
  "mitigates"
  "evidence"
  "retention"
  "test"
  "satisfies"
  "rationale"
  "strength"
  "status"
  "note"
  "scope"
  "soc2"
  "criteria"
  "report"
  "from"
  "to"
  "on"
  "eu-ai-act"
  "role"
  "tier"
  "basis"
  "uses"
  "component"
  "kind"
  "subservice"
  "csoc"
  "supports"
  "cuec"
  "commitment"
  "company"
  "system-requirement"
  "boundary"
  "incident"
  "change"
  "because"
  "met-by"
  "reviewer"
  "date"
  "approver"
] @keyword

; `withdrawn` and `informative` are flags on a requirement.
(withdrawn) @keyword.modifier
(informative) @keyword.modifier

; References ---------------------------------------------------------------

; soc2@2017:CC8.1 — framework, version, requirement id.
(framework_name) @module
(version) @number
(requirement_ref
  id: (identifier) @constant)
(requirement_ref
  id: (string
    (string_content) @constant))
(requirement_ref
  "@" @punctuation.delimiter)
(requirement_ref
  ":" @punctuation.delimiter)
(framework_ref
  "@" @punctuation.delimiter)

; Definitions and uses of identifiers.
(group
  id: (identifier) @constant)
(requirement
  id: (identifier) @constant)
(pair
  source: (identifier) @constant)
(pair
  target: (identifier) @constant)
(control
  id: (identifier) @function)
(met_by
  control: (identifier) @function)
(risk
  id: (identifier) @type)
(mitigates
  risk: (identifier) @type)
(implies
  risk: (identifier) @type)
(kind) @type

; Vocabulary words: relationships, frequencies, tiers, statuses …
(relationship) @keyword.operator
(value) @constant.builtin
(tag
  key: (tag_key) @property)
(tag
  value: (tag_value) @constant.builtin)
(tag
  ":" @punctuation.delimiter)
(number) @number

; Text ---------------------------------------------------------------------

(string) @string
(text_block) @string
(escape_sequence) @string.escape

; Dates are quoted strings in fixed places; their text (not the quotes)
; is marked, so no pattern here captures the same node as `(string)`: the
; editors disagree on which of two such patterns wins.
(applies_from
  date: (string
    (string_content) @string.special))
(report_period
  (string
    (string_content) @string.special))
(report_on
  date: (string
    (string_content) @string.special))
(conclusion_date
  date: (string
    (string_content) @string.special))
(soa_date
  date: (string
    (string_content) @string.special))

; Punctuation --------------------------------------------------------------

[
  "{"
  "}"
] @punctuation.bracket

"," @punctuation.delimiter

"->" @operator
