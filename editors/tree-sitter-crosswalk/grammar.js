/**
 * @file Tree-sitter grammar for crosswalk, the compliance-controls language
 * (`.cw` files).
 *
 * The authoritative grammar is `grammar/crosswalk.pest`; this one follows
 * it rule for rule (the node names are the pest rule names) so that every
 * file `crosswalk` parses also parses here without an error. Like the pest
 * grammar it accepts vocabulary words (`frequency per-change`) loosely: the
 * compiler checks them, the editor only colours them.
 *
 * Two differences, both looser than pest and both on purpose:
 * - keywords are recognised through tree-sitter's keyword extraction on
 *   `identifier`, so `owner` never matches the start of `ownership`, as in
 *   pest, but a keyword is only a keyword where the grammar expects one;
 * - a requirement reference `soc2@2017:CC8.1` is one token in pest and
 *   three nodes here (framework, version, id) for colouring, glued together
 *   with immediate tokens so that no space may appear inside it.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

// pest `ident`: letters, digits and `.`, `-`, `_`, `(`, `)`, starting with a
// letter or digit. Every keyword, framework name and vocabulary word fits it.
const IDENT = /[A-Za-z0-9][A-Za-z0-9._()\-]*/;

/** `rule (, rule)*` */
function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}

/** `{ rule* }` */
function block(rule) {
  return seq('{', repeat(rule), '}');
}

module.exports = grammar({
  name: 'crosswalk',

  // White space, `#` comments, and a byte order mark (pest allows it only at
  // the start of a file; here it is simply skipped).
  extras: $ => [/\s/, /\uFEFF/, $.comment],

  word: $ => $.identifier,

  supertypes: $ => [$._item],

  rules: {
    source_file: $ => repeat($._item),

    _item: $ => choice(
      $.framework,
      $.crosswalk,
      $.risk,
      $.implies,
      $.control,
      $.system,
      $.exclude,
      $.conclusion,
      $.statement_of_applicability,
      $.include,
    ),

    // ----------------------------------------------------------------------
    // Tokens
    // ----------------------------------------------------------------------

    comment: _ => token(seq('#', /[^\n]*/)),

    identifier: _ => IDENT,

    // "…" on one line, with the escapes \" \\ \n \t.
    string: $ => seq(
      '"',
      repeat(choice($.string_content, $.escape_sequence)),
      token.immediate('"'),
    ),
    string_content: _ => token.immediate(prec(1, /[^"\\\n]+/)),
    escape_sequence: _ => token.immediate(/\\["\\nt]/),

    // """ … """ over any number of lines; it cannot hold three quotes in a
    // row, so the first `"""` after the opening one closes it (as in pest).
    text_block: _ => token(seq(
      '"""',
      repeat(choice(/[^"]/, /"[^"]/, /""[^"]/)),
      '"""',
    )),

    _text: $ => choice($.text_block, $.string),
    _name: $ => choice($.identifier, $.string),

    number: _ => /[0-9]+/,

    // A vocabulary word (`preventive`, `per-change`, `high-risk`): checked
    // by the compiler, not here.
    _word: $ => alias($.identifier, $.value),

    // `role:provider`, `tier:high-risk`, or one word.
    tag: $ => seq(
      field('key', alias($.identifier, $.tag_key)),
      optional(seq(
        token.immediate(':'),
        field('value', alias(token.immediate(/[A-Za-z0-9_.\-]+/), $.tag_value)),
      )),
    ),

    // `soc2@2017`, `nist-ai-rmf`.
    framework_ref: $ => seq(
      field('framework', alias($.identifier, $.framework_name)),
      optional(seq(
        token.immediate('@'),
        field('version', alias(token.immediate(/[A-Za-z0-9.]+/), $.version)),
      )),
    ),

    // `soc2@2017:CC8.1`, `nist-ai-rmf:GOVERN-1.1`, `eu-ai-act@2024:"Art. 17"`.
    requirement_ref: $ => seq(
      field('framework', alias($.identifier, $.framework_name)),
      optional(seq(
        token.immediate('@'),
        field('version', alias(token.immediate(/[A-Za-z0-9.]+/), $.version)),
      )),
      token.immediate(':'),
      field('id', choice(
        alias(token.immediate(IDENT), $.identifier),
        alias($._immediate_string, $.string),
      )),
    ),
    _immediate_string: $ => seq(
      token.immediate('"'),
      repeat(choice($.string_content, $.escape_sequence)),
      token.immediate('"'),
    ),

    // ----------------------------------------------------------------------
    // Framework catalogs
    // ----------------------------------------------------------------------

    framework: $ => seq(
      'framework',
      field('name', alias($.identifier, $.framework_name)),
      'version',
      field('version', $.string),
      field('title', $.string),
      field('body', alias($._framework_block, $.block)),
    ),
    _framework_stmt: $ => choice(
      $.publisher, $.licence, $.source, $.url, $.summary, $.group, $.requirement,
    ),

    publisher: $ => seq('publisher', $.string),
    licence: $ => seq(choice('licence', 'license'), $.string),
    source: $ => seq('source', $._text),
    url: $ => seq('url', $.string),
    summary: $ => seq('summary', $._text),

    group: $ => seq(
      'group',
      field('id', $._name),
      field('title', $.string),
      field('body', alias($._group_block, $.block)),
    ),
    _group_stmt: $ => choice(
      $.requirement, $.group, $.display, $.summary, $.informative, $.tags, $.applies_from,
    ),

    requirement: $ => seq(
      'requirement',
      field('id', $._name),
      field('title', $.string),
      optional(field('body', alias($._requirement_block, $.block))),
    ),
    _requirement_stmt: $ => choice(
      $.display, $.summary, $.statement, $.guidance, $.withdrawn, $.informative,
      $.tags, $.applies_from,
    ),

    display: $ => seq('display', $.string),
    statement: $ => seq('statement', $._text),
    guidance: $ => seq('guidance', $._text),
    withdrawn: _ => 'withdrawn',
    informative: _ => 'informative',
    tags: $ => seq('tags', commaSep1($.tag)),
    applies_from: $ => seq(
      'applies-from',
      field('date', $.string),
      optional(seq('for', field('basis', $._word))),
    ),

    // ----------------------------------------------------------------------
    // Crosswalks
    // ----------------------------------------------------------------------

    crosswalk: $ => seq(
      'crosswalk',
      field('from', $.framework_ref),
      '->',
      field('to', $.framework_ref),
      field('body', alias($._crosswalk_block, $.block)),
    ),

    pair: $ => seq(
      field('source', $._name),
      field('relationship', $._relationship),
      field('target', $._name),
      optional(field('attributes', $.edge_attributes)),
    ),

    _relationship: $ => alias($.identifier, $.relationship),

    // ----------------------------------------------------------------------
    // Risks and component kinds
    // ----------------------------------------------------------------------

    risk: $ => seq(
      'risk',
      field('id', $.identifier),
      field('title', $.string),
      optional(field('body', alias($._risk_block, $.block))),
    ),
    _risk_stmt: $ => choice($.category, $.description, $.touches_none, $.touches),

    category: $ => seq('category', $._word),
    description: $ => seq('description', $._text),
    touches: $ => seq(
      'touches',
      commaSep1($.requirement_ref),
      optional(seq('because', field('reason', $._text))),
    ),
    touches_none: $ => seq(
      'touches-none',
      $.framework_ref,
      'because',
      field('reason', $._text),
    ),

    implies: $ => seq(
      'component-kind',
      field('kind', alias($.identifier, $.kind)),
      'implies',
      commaSep1(field('risk', $.identifier)),
    ),

    // ----------------------------------------------------------------------
    // Controls
    // ----------------------------------------------------------------------

    control: $ => seq(
      'control',
      field('id', $.identifier),
      field('title', $.string),
      field('body', alias($._control_block, $.block)),
    ),
    _control_stmt: $ => choice(
      $.satisfies, $.owner, $.frequency, $.nature, $.automation, $.description,
      $.mitigates, $.evidence, $.test,
    ),

    owner: $ => seq('owner', $.string),
    frequency: $ => seq('frequency', $._word),
    nature: $ => seq('nature', $._word),
    automation: $ => seq('automation', $._word),
    mitigates: $ => seq('mitigates', commaSep1(field('risk', $.identifier))),
    test: $ => seq('test', $._text),

    evidence: $ => seq(
      'evidence',
      field('name', $.string),
      optional(field('body', alias($._evidence_block, $.block))),
    ),
    _evidence_stmt: $ => choice($.evidence_system, $.retention, $.description, $.frequency),
    evidence_system: $ => seq('system', $.string),
    retention: $ => seq('retention', $.string),

    satisfies: $ => seq(
      'satisfies',
      field('requirement', $.requirement_ref),
      field('relationship', $._relationship),
      optional(field('attributes', $.edge_attributes)),
    ),

    edge_attributes: $ => block(choice(
      $.rationale, $.strength, $.status, $.note, $.scope,
    )),
    rationale: $ => seq('rationale', $._word),
    strength: $ => seq('strength', $.number),
    status: $ => seq('status', $._word),
    note: $ => seq('note', $._text),
    scope: $ => seq('scope', $._text),

    // ----------------------------------------------------------------------
    // Systems
    // ----------------------------------------------------------------------

    system: $ => seq(
      'system',
      field('name', $.string),
      field('body', alias($._system_block, $.block)),
    ),
    _system_stmt: $ => choice(
      $.description, $.company, $.soc2_report, $.soc2_criteria, $.eu_ai_act_scope,
      $.component, $.subservice, $.cuec, $.commitment, $.system_requirement,
      $.boundary, $.incident, $.change, $.exclude,
    ),

    company: $ => seq('company', $.string),
    soc2_criteria: $ => seq('soc2', 'criteria', commaSep1($._word)),
    soc2_report: $ => seq(
      'soc2', 'report',
      field('type', $._word),
      choice($.report_period, $.report_on),
    ),
    report_period: $ => seq('from', field('from', $.string), 'to', field('to', $.string)),
    report_on: $ => seq('on', field('date', $.string)),

    eu_ai_act_scope: $ => seq(
      'eu-ai-act',
      'role', commaSep1($._word),
      optional(seq('tier', commaSep1($._word))),
      ...eu_ai_act_tail($),
    ),

    eu_basis: $ => seq('basis', $.requirement_ref),
    eu_uses: $ => seq('uses', commaSep1($._word)),

    component: $ => seq(
      'component',
      field('name', $.string),
      'kind',
      field('kind', alias($.identifier, $.kind)),
      optional(field('body', alias($._component_block, $.block))),
    ),
    _component_stmt: $ => choice($.description, $.owner, $.category, $.component_eu_ai_act),
    component_eu_ai_act: $ => seq(
      'eu-ai-act',
      optional(seq('role', commaSep1($._word))),
      'tier', commaSep1($._word),
      ...eu_ai_act_tail($),
    ),

    subservice: $ => seq(
      'subservice',
      field('name', $.string),
      field('method', $._word),
      optional(field('body', alias($._subservice_block, $.block))),
    ),
    csoc: $ => seq('csoc', $._text, optional($.supports)),
    supports: $ => seq('supports', commaSep1($.requirement_ref)),

    cuec: $ => seq('cuec', $._text, optional($.supports)),
    commitment: $ => seq('commitment', $._text),
    system_requirement: $ => seq('system-requirement', $._text),
    boundary: $ => seq('boundary', $._text),
    incident: $ => seq('incident', $._text),
    change: $ => seq('change', $._text),

    // ----------------------------------------------------------------------
    // Exclusions, conclusions, the Statement of Applicability
    // ----------------------------------------------------------------------

    exclude: $ => seq(
      'exclude',
      field('requirement', $.requirement_ref),
      'because',
      field('reason', $._text),
    ),

    conclusion: $ => seq(
      'conclusion',
      field('requirement', $.requirement_ref),
      field('body', alias($._conclusion_block, $.block)),
    ),
    _conclusion_stmt: $ => choice(
      $.met_by, $.reasoning, $.reviewer, $.conclusion_date, $.status,
    ),
    met_by: $ => seq('met-by', commaSep1(field('control', $.identifier))),
    reasoning: $ => seq('because', $._text),
    reviewer: $ => seq('reviewer', $.string),
    conclusion_date: $ => seq('date', field('date', $.string)),

    statement_of_applicability: $ => seq(
      'statement-of-applicability',
      field('framework', $.framework_ref),
      field('body', alias($._statement_of_applicability_block, $.block)),
    ),
    _soa_stmt: $ => choice($.soa_version, $.soa_date, $.approver, $.scope),
    soa_version: $ => seq('version', $.string),
    soa_date: $ => seq('date', field('date', $.string)),
    approver: $ => seq('approver', $.string),

    include: $ => seq(
      'include',
      field('requirement', $.requirement_ref),
      optional($.include_status),
      'because',
      field('reason', $._text),
    ),
    include_status: $ => seq('status', $._word),

    // Braced bodies: each kind is its own rule, all shown as `block` (an
    // alias needs a rule to name: aliasing the bare `seq` would name each of
    // its parts `block` instead).
    _framework_block: $ => block($._framework_stmt),
    _group_block: $ => block($._group_stmt),
    _requirement_block: $ => block($._requirement_stmt),
    _crosswalk_block: $ => block(choice($.source, $.pair)),
    _risk_block: $ => block($._risk_stmt),
    _control_block: $ => block($._control_stmt),
    _evidence_block: $ => block($._evidence_stmt),
    _system_block: $ => block($._system_stmt),
    _component_block: $ => block($._component_stmt),
    _subservice_block: $ => block(choice($.description, $.csoc)),
    _conclusion_block: $ => block($._conclusion_stmt),
    _statement_of_applicability_block: $ => block($._soa_stmt),
  },
});

/**
 * What may follow the tiers of an `eu-ai-act` line, in this order: the
 * classification basis, the Art. 50 use cases and the reason in words.
 */
function eu_ai_act_tail($) {
  return [
    optional($.eu_basis),
    optional($.eu_uses),
    optional(seq('because', field('reason', $._text))),
  ];
}
