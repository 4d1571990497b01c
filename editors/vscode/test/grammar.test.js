'use strict';
// Tokenizes the repository's .cw files with the grammar, through
// vscode-textmate and vscode-oniguruma (what VS Code runs), and checks the
// scopes that specific tokens get.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadGrammar, tokenize, REPO } = require('./textmate');

const read = (file) => fs.readFileSync(path.join(REPO, file), 'utf8');

// The tokens of the first line of `file` that matches `pattern`.
function lineOf(lines, file, pattern) {
  const found = lines.find((l) => pattern.test(l.line));
  assert.ok(found, `${file}: no line matches ${pattern}`);
  return found;
}

// The scopes (without the root `source.crosswalk`) of the `nth` token whose
// text is exactly `text` on that line.
function scopes(line, text, nth = 0) {
  const matches = line.tokens.filter((t) => t.text === text);
  assert.ok(matches.length > nth, `line ${line.number} (${line.line.trim()}) has no token ${JSON.stringify(text)}; tokens: ${JSON.stringify(line.tokens.map((t) => t.text))}`);
  return matches[nth].scopes.slice(1);
}

function assertScope(line, text, scope, nth = 0) {
  const got = scopes(line, text, nth);
  assert.ok(got.includes(scope), `line ${line.number}: ${JSON.stringify(text)} has scopes [${got.join(', ')}], not ${scope}`);
}

function assertNoScope(line, text, scope, nth = 0) {
  const got = scopes(line, text, nth);
  assert.ok(!got.some((s) => s === scope || s.startsWith(scope + '.')), `line ${line.number}: ${JSON.stringify(text)} has scopes [${got.join(', ')}], including ${scope}`);
}

let grammar;
test.before(async () => {
  grammar = await loadGrammar();
});

test('a control: comment, keywords, text block, references, relationships', () => {
  const file = 'examples/risk-scoring-api/controls/model-lifecycle.cw';
  const lines = tokenize(grammar, read(file));

  const comment = lines[0];
  assert.match(comment.line, /^# /);
  assertScope(comment, '#', 'punctuation.definition.comment.crosswalk');
  for (const t of comment.tokens) assert.ok(t.scopes.includes('comment.line.number-sign.crosswalk'), JSON.stringify(t));

  const header = lineOf(lines, file, /^control AI-CM-01 "/);
  assertScope(header, 'control', 'keyword.declaration.item.crosswalk');
  assertScope(header, 'AI-CM-01', 'entity.name.type.control.crosswalk');
  assertScope(header, 'Model change approval', 'string.quoted.double.crosswalk');
  assertScope(header, '{', 'punctuation.section.block.begin.crosswalk');

  const owner = lineOf(lines, file, /^\s+owner "/);
  assertScope(owner, 'owner', 'keyword.other.statement.crosswalk');

  const frequency = lineOf(lines, file, /^\s+frequency per-change$/);
  assertScope(frequency, 'frequency', 'keyword.other.statement.crosswalk');
  assertScope(frequency, 'per-change', 'variable.other.enummember.crosswalk');

  // A keyword ends where an identifier would: `change` is not a keyword
  // inside `unapproved-model-change`.
  const mitigates = lineOf(lines, file, /^\s+mitigates unapproved-model-change$/);
  assertScope(mitigates, 'mitigates', 'keyword.other.statement.crosswalk');
  assertScope(mitigates, 'unapproved-model-change', 'variable.other.crosswalk');
  assert.equal(mitigates.tokens.filter((t) => t.text.trim()).length, 2, JSON.stringify(mitigates.tokens));

  // The text block: open, body and close, and the tokenizer inside it
  // between the lines.
  const open = lines.findIndex((l) => /^\s+description """$/.test(l.line));
  assert.ok(open >= 0);
  assertScope(lines[open], 'description', 'keyword.other.statement.crosswalk');
  assertScope(lines[open], '"""', 'string.quoted.triple.crosswalk');
  assertScope(lines[open], '"""', 'punctuation.definition.string.begin.crosswalk');
  const body = lines[open + 1];
  assert.match(body.line, /Every model version/);
  assert.equal(body.tokens.length, 1);
  assert.deepEqual(body.tokens[0].scopes, ['source.crosswalk', 'string.quoted.triple.crosswalk']);
  assert.equal(lines[open].stack.depth, 2, 'the tokenizer is inside the text block after its first line');
  const close = lines.findIndex((l, i) => i > open && /^\s+"""$/.test(l.line));
  assertScope(lines[close], '"""', 'punctuation.definition.string.end.crosswalk');
  assert.equal(lines[close].stack.depth, 1, 'the text block is closed after its last line');
  for (let i = open + 1; i < close; i++) {
    for (const t of lines[i].tokens) assert.ok(t.scopes.includes('string.quoted.triple.crosswalk'), `line ${i + 1}: ${JSON.stringify(t)}`);
  }

  // satisfies soc2@2017:CC8.1 subset {
  const satisfies = lineOf(lines, file, /^\s+satisfies soc2@2017:CC8\.1 subset \{$/);
  assertScope(satisfies, 'satisfies', 'keyword.other.statement.crosswalk');
  const ref = satisfies.tokens.filter((t) => t.scopes.includes('meta.reference.requirement.crosswalk'));
  assert.deepEqual(
    ref.map((t) => [t.text, t.scopes[t.scopes.length - 1]]),
    [
      ['soc2', 'entity.name.namespace.framework.crosswalk'],
      ['@', 'punctuation.separator.version.crosswalk'],
      ['2017', 'constant.numeric.version.crosswalk'],
      [':', 'punctuation.separator.requirement.crosswalk'],
      ['CC8.1', 'variable.other.constant.requirement.crosswalk'],
    ],
  );
  assertScope(satisfies, 'subset', 'constant.language.relationship.crosswalk');

  // An identifier with parentheses stays one token.
  const article = lineOf(lines, file, /satisfies eu-ai-act@2026:Art\.17\(1\)\(b\) subset/);
  assertScope(article, 'eu-ai-act', 'entity.name.namespace.framework.crosswalk');
  assertScope(article, '2026', 'constant.numeric.version.crosswalk');
  assertScope(article, 'Art.17(1)(b)', 'variable.other.constant.requirement.crosswalk');

  const edge = lineOf(lines, file, /^\s+strength 8$/);
  assertScope(edge, 'strength', 'keyword.other.statement.crosswalk');
  assertScope(edge, '8', 'constant.numeric.integer.crosswalk');
});

test('a system: dates, the system item, components and framework keywords', () => {
  const file = 'examples/risk-scoring-api/system.cw';
  const lines = tokenize(grammar, read(file));

  const system = lineOf(lines, file, /^system "/);
  assertScope(system, 'system', 'keyword.declaration.item.crosswalk');

  const report = lineOf(lines, file, /^\s+soc2 report type-2 from "\d{4}-\d\d-\d\d" to "\d{4}-\d\d-\d\d"$/);
  assertScope(report, 'soc2', 'keyword.other.statement.crosswalk');
  assertScope(report, 'report', 'keyword.other.statement.crosswalk');
  assertScope(report, 'type-2', 'variable.other.enummember.crosswalk');
  assertScope(report, 'from', 'keyword.other.statement.crosswalk');
  assertScope(report, 'to', 'keyword.other.statement.crosswalk');
  const [from, to] = report.line.match(/\d{4}-\d\d-\d\d/g);
  for (const date of [from, to]) {
    assertScope(report, date, 'constant.numeric.date.crosswalk');
    assertScope(report, date, 'string.quoted.double.crosswalk');
  }

  const component = lineOf(lines, file, /^\s+component "Credit score API" kind model-serving \{$/);
  assertScope(component, 'component', 'keyword.declaration.nested.crosswalk');
  assertScope(component, 'kind', 'keyword.other.statement.crosswalk');
  assertScope(component, 'model-serving', 'variable.other.enummember.crosswalk');

  const basis = lineOf(lines, file, /^\s+eu-ai-act tier high-risk basis eu-ai-act@2026:AnnexIII\.5\(b\) because "/);
  assertScope(basis, 'eu-ai-act', 'keyword.other.statement.crosswalk', 0);
  assertScope(basis, 'eu-ai-act', 'entity.name.namespace.framework.crosswalk', 1);
  assertScope(basis, 'high-risk', 'variable.other.enummember.crosswalk');
  assertScope(basis, 'basis', 'keyword.other.statement.crosswalk');
  assertScope(basis, 'AnnexIII.5(b)', 'variable.other.constant.requirement.crosswalk');
  assertScope(basis, 'because', 'keyword.other.statement.crosswalk');
});

test('a conclusion: met-by, reviewer and its date', () => {
  const file = 'examples/risk-scoring-api/conclusions.cw';
  const lines = tokenize(grammar, read(file));
  const header = lineOf(lines, file, /^conclusion soc2@2017:CC6\.1 \{$/);
  assertScope(header, 'conclusion', 'keyword.declaration.item.crosswalk');
  assertScope(header, 'CC6.1', 'variable.other.constant.requirement.crosswalk');
  const metBy = lineOf(lines, file, /^\s+met-by ITGC-AC-01, /);
  assertScope(metBy, 'met-by', 'keyword.other.statement.crosswalk');
  assertScope(metBy, 'ITGC-AC-01', 'variable.other.crosswalk');
  assertScope(metBy, ',', 'punctuation.separator.comma.crosswalk');
  const date = lineOf(lines, file, /^\s+date "\d{4}-\d\d-\d\d"$/);
  assertScope(date, 'date', 'keyword.other.statement.crosswalk');
  assertScope(date, date.line.match(/\d{4}-\d\d-\d\d/)[0], 'constant.numeric.date.crosswalk');
});

test('a framework catalog: its name, groups, requirements and tags', () => {
  const file = 'frameworks/soc2-2017.cw';
  const lines = tokenize(grammar, read(file));
  const header = lineOf(lines, file, /^framework soc2 version "2017" "/);
  assertScope(header, 'framework', 'keyword.declaration.item.crosswalk');
  assertScope(header, 'soc2', 'entity.name.namespace.framework.crosswalk');
  assertScope(header, 'version', 'keyword.other.statement.crosswalk');
  assertNoScope(header, '2017', 'constant.numeric.date');
  const group = lineOf(lines, file, /^\s+group CC1 "/);
  assertScope(group, 'group', 'keyword.declaration.nested.crosswalk');
  assertScope(group, 'CC1', 'entity.name.type.group.crosswalk');
  const requirement = lineOf(lines, file, /^\s+requirement CC1\.1 "/);
  assertScope(requirement, 'requirement', 'keyword.declaration.nested.crosswalk');
  assertScope(requirement, 'CC1.1', 'entity.name.type.requirement.crosswalk');
  // `category:security` has the shape of a reference without a version, but
  // after `tags` it is a tag.
  const tags = lineOf(lines, file, /^\s+tags category:security$/);
  assertScope(tags, 'tags', 'keyword.other.statement.crosswalk');
  assertScope(tags, 'category', 'entity.other.attribute-name.tag.crosswalk');
  assertScope(tags, 'security', 'variable.other.enummember.tag.crosswalk');
  assertNoScope(tags, 'security', 'meta.reference.requirement');
});

test('a crosswalk catalog: the two framework references and the pairs', () => {
  const file = 'frameworks/crosswalk-iso42001-2023-to-soc2-2017.cw';
  const lines = tokenize(grammar, read(file));
  const header = lineOf(lines, file, /^crosswalk iso42001@2023 -> soc2@2017 \{$/);
  assertScope(header, 'crosswalk', 'keyword.declaration.item.crosswalk');
  assertScope(header, 'iso42001', 'entity.name.namespace.framework.crosswalk');
  assertScope(header, '2023', 'constant.numeric.version.crosswalk');
  assertScope(header, '->', 'keyword.operator.arrow.crosswalk');
  assertScope(header, 'soc2', 'entity.name.namespace.framework.crosswalk');
  assertScope(header, '2017', 'constant.numeric.version.crosswalk');
  const pair = lineOf(lines, file, /^\s+6\.2 intersects CC3\.1 \{$/);
  assertScope(pair, '6.2', 'variable.other.constant.requirement.crosswalk');
  assertScope(pair, 'intersects', 'constant.language.relationship.crosswalk');
  assertScope(pair, 'CC3.1', 'variable.other.constant.requirement.crosswalk');
  const rationale = lineOf(lines, file, /^\s+rationale semantic$/);
  assertScope(rationale, 'rationale', 'keyword.other.statement.crosswalk');
  assertScope(rationale, 'semantic', 'variable.other.enummember.crosswalk');
});

test('escapes, quoted identifiers and evidence `system`', () => {
  const file = 'tests/fixtures/fmt/messy.cw';
  const lines = tokenize(grammar, read(file));
  const escaped = lineOf(lines, file, /^\s+test "Inspect a sample; \\"approval\\" precedes deployment\."$/);
  assertScope(escaped, '\\"', 'constant.character.escape.crosswalk', 0);
  assertScope(escaped, '\\"', 'constant.character.escape.crosswalk', 1);
  assertScope(escaped, 'approval', 'string.quoted.double.crosswalk');
  const quoted = lineOf(lines, file, /^\s+satisfies nist-ai-rmf:"GOVERN 1\.4" subset$/);
  assertScope(quoted, 'nist-ai-rmf', 'entity.name.namespace.framework.crosswalk');
  assertScope(quoted, 'GOVERN 1.4', 'variable.other.constant.requirement.crosswalk');
  assertScope(quoted, 'GOVERN 1.4', 'string.quoted.double.crosswalk');
  const evidence = lineOf(lines, file, /^\s+evidence "Approved change records" \{ system "Ticketing"/);
  assertScope(evidence, 'evidence', 'keyword.declaration.nested.crosswalk');
  assertScope(evidence, 'system', 'keyword.other.statement.crosswalk');

  const [bad] = tokenize(grammar, 'test "a \\q b"');
  assertScope(bad, '\\q', 'invalid.illegal.unknown-escape.crosswalk');
  // Not a text block: a string that holds a date, then one that does not.
  const [dates] = tokenize(grammar, 'applies-from "2026-08-02" for annex-i');
  assertScope(dates, '2026-08-02', 'constant.numeric.date.crosswalk');
  assertScope(dates, 'for', 'keyword.other.statement.crosswalk');
  assertScope(dates, 'annex-i', 'variable.other.enummember.crosswalk');
});
