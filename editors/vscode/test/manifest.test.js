'use strict';
// package.json and language-configuration.json: what VS Code reads from
// them points at files that exist and says what the grammar says.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const json = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const manifest = json('package.json');
const config = json('language-configuration.json');

test('package.json contributes the language, its grammar and its settings', () => {
  const [language] = manifest.contributes.languages;
  assert.equal(language.id, 'crosswalk');
  assert.deepEqual(language.extensions, ['.cw']);
  assert.ok(fs.existsSync(path.join(root, language.configuration)));
  const [grammar] = manifest.contributes.grammars;
  assert.equal(grammar.language, 'crosswalk');
  const tm = json(grammar.path);
  assert.equal(tm.scopeName, grammar.scopeName);
  assert.ok(fs.existsSync(path.join(root, manifest.main)));
  const settings = manifest.contributes.configuration.properties;
  assert.equal(settings['crosswalk.path'].default, 'crosswalk');
  assert.deepEqual(settings['crosswalk.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.ok(manifest.engines.vscode);
  // The client library's own minimum VS Code version is within ours.
  const client = json('node_modules/vscode-languageclient/package.json');
  assert.equal(manifest.engines.vscode, client.engines.vscode);
  assert.ok(manifest.dependencies['vscode-languageclient']);
});

test('the licence is the repository\'s', () => {
  const cargo = fs.readFileSync(path.join(root, '..', '..', 'Cargo.toml'), 'utf8');
  const licence = cargo.match(/^license = "(.*)"$/m)[1];
  assert.equal(manifest.license, licence);
  assert.match(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004/);
});

test('comments are `#` lines, as in the pest grammar; no block comments', () => {
  const pest = fs.readFileSync(path.join(root, '..', '..', 'grammar', 'crosswalk.pest'), 'utf8');
  assert.match(pest, /^COMMENT = @\{ "#" ~ \(!"\\n" ~ ANY\)\* \}$/m);
  assert.deepEqual(config.comments, { lineComment: '#' });
});

test('the word pattern keeps identifiers whole and splits references at @ and :', () => {
  const re = new RegExp(config.wordPattern.pattern, config.wordPattern.flags + 'g');
  const words = (text) => text.match(re);
  assert.deepEqual(words('satisfies soc2@2017:CC6.1 equal'), ['satisfies', 'soc2', '2017', 'CC6.1', 'equal']);
  assert.deepEqual(words('eu-ai-act@2026:Art.9(2)(a)'), ['eu-ai-act', '2026', 'Art.9(2)(a)']);
  assert.deepEqual(words('nist-ai-rmf@1.0:GOVERN-1.1'), ['nist-ai-rmf', '1.0', 'GOVERN-1.1']);
  assert.deepEqual(words('met-by AI-CM-01,ITGC-AC-01 # see A.6.2.5.'), ['met-by', 'AI-CM-01', 'ITGC-AC-01', 'see', 'A.6.2.5']);
  assert.deepEqual(words('"(CC6.1)"'), ['CC6.1']);
  assert.deepEqual(words('tags tier:high-risk'), ['tags', 'tier', 'high-risk']);
  assert.deepEqual(words('« catégorie »'), ['catégorie']);
});

test('brackets, auto-closing and indentation', () => {
  assert.deepEqual(config.brackets, [['{', '}'], ['(', ')']]);
  const opens = config.autoClosingPairs.map((p) => p.open);
  for (const open of ['{', '(', '"', '"""']) assert.ok(opens.includes(open), open);
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  assert.ok(increase.test('control AI-CM-01 "Model change approval" {'));
  assert.ok(increase.test('  evidence "Logs" { # kept a year'));
  assert.ok(increase.test('  description """'));
  assert.ok(!increase.test('  evidence "Logs" { system "S" }'));
  assert.ok(!increase.test('# {'));
  assert.ok(decrease.test('  }'));
  assert.ok(decrease.test('  """'));
});
