'use strict';
// No rule of the grammar stays open where grammar/crosswalk.pest would have
// closed it. Only a text block (""" … """) spans lines; an independent scan
// of each file, read as pest reads it, says after which lines one is open.
// After every other line the tokenizer must be back at its initial state,
// and after the last line of a valid file it must be there too.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadGrammar, tokenize, REPO } = require('./textmate');

// For each line: is a text block open at its end? Comments run to the end
// of the line; a string ends at its closing quote or at the end of the line.
function openTextBlocks(text) {
  let open = false;
  return text.split(/\r?\n/).map((line) => {
    let i = 0;
    while (i < line.length) {
      if (open) {
        const close = line.indexOf('"""', i);
        if (close < 0) break;
        open = false;
        i = close + 3;
      } else if (line[i] === '#') {
        break;
      } else if (line.startsWith('"""', i)) {
        open = true;
        i += 3;
      } else if (line[i] === '"') {
        i += 1;
        while (i < line.length && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
        i += 1;
      } else {
        i += 1;
      }
    }
    return open;
  });
}

// The lines after which the tokenizer is not where the scan says it is.
function mismatches(grammar, text) {
  const expected = openTextBlocks(text);
  const problems = [];
  const lines = tokenize(grammar, text);
  for (const l of lines) {
    const inBlock = expected[l.number - 1];
    // Inside a text block the stack holds exactly the text block rule: the
    // next text, whatever it is, is string.quoted.triple.
    const probe = grammar.tokenizeLine('x # "', l.stack).tokens[0].scopes;
    const ok = inBlock
      ? l.stack.depth === 2 && probe.length === 2 && probe[1] === 'string.quoted.triple.crosswalk'
      : l.stack.depth === 1;
    if (!ok) problems.push(`line ${l.number}: expected ${inBlock ? 'inside a text block' : 'no open rule'}, got stack depth ${l.stack.depth} (${probe.join(' ')}): ${l.line}`);
  }
  return { problems, endsOpen: lines[lines.length - 1].stack.depth !== 1 };
}

function cwFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...cwFiles(rel));
    else if (entry.name.endsWith('.cw')) out.push(rel);
  }
  return out.sort();
}

// Valid files: every one must end with nothing open. The test fixtures
// (some broken on purpose) must only agree with the scan line by line.
const VALID = ['examples', 'frameworks', 'src'];
const ALL = [...VALID, 'tests'];

let grammar;
test.before(async () => {
  grammar = await loadGrammar();
});

test('the scan finds the repository .cw files it checks', () => {
  const valid = VALID.flatMap(cwFiles);
  assert.ok(valid.some((f) => f.startsWith('examples/')) && valid.some((f) => f.startsWith('frameworks/')) && valid.some((f) => f.startsWith('src/')), valid.join(' '));
  assert.ok(valid.length >= 30, `only ${valid.length} files`);
});

test('no line of a valid .cw file leaves a rule open (examples/, frameworks/, src/)', () => {
  const failures = [];
  let lines = 0;
  let textBlockLines = 0;
  for (const file of VALID.flatMap(cwFiles)) {
    const text = fs.readFileSync(path.join(REPO, file), 'utf8');
    const expected = openTextBlocks(text);
    lines += expected.length;
    textBlockLines += expected.filter(Boolean).length;
    const { problems, endsOpen } = mismatches(grammar, text);
    failures.push(...problems.map((p) => `${file}: ${p}`));
    if (endsOpen || expected[expected.length - 1]) failures.push(`${file}: ends inside an open rule`);
  }
  assert.deepEqual(failures.slice(0, 20), []);
  // The check saw text blocks, not only single lines.
  assert.ok(textBlockLines > 100, `${textBlockLines} of ${lines} lines inside text blocks`);
});

test('the tokenizer agrees with the scan on every test fixture, broken ones too', () => {
  const failures = [];
  for (const file of cwFiles('tests')) {
    const { problems } = mismatches(grammar, fs.readFileSync(path.join(REPO, file), 'utf8'));
    failures.push(...problems.map((p) => `${file}: ${p}`));
  }
  assert.deepEqual(failures.slice(0, 20), []);
});

test('every character outside white space of a valid file gets a scope', () => {
  const bare = [];
  for (const file of VALID.flatMap(cwFiles)) {
    for (const l of tokenize(grammar, fs.readFileSync(path.join(REPO, file), 'utf8'))) {
      for (const t of l.tokens) {
        if (t.text.trim() && t.scopes.length === 1) bare.push(`${file}:${l.number}: ${JSON.stringify(t.text)}`);
      }
    }
  }
  assert.deepEqual(bare.slice(0, 20), []);
});

test('the checks fail on a file left open and on a grammar that leaks a string', async () => {
  // An unterminated text block: the scan and the tokenizer agree that it
  // stays open, and the end-of-file check sees it.
  const open = 'control A "T" {\n  description """\n    never closed\n}\n';
  const result = mismatches(grammar, open);
  assert.deepEqual(result.problems, []);
  assert.equal(result.endsOpen, true);

  // A grammar whose one-line string forgets to end at the end of its line:
  // an unterminated string then swallows the next lines, and the line check
  // reports it.
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'crosswalk.tmLanguage.json'), 'utf8'));
  raw.repository.string.end = '"';
  raw.scopeName = 'source.crosswalk.leaky';
  const leaky = await loadGrammar(raw);
  const broken = 'control A "T {\n  owner "O"\n}\n';
  assert.notDeepEqual(mismatches(leaky, broken).problems, []);
  assert.deepEqual(mismatches(grammar, broken).problems, []);
});
