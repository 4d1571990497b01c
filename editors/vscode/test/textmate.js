'use strict';
// Loads syntaxes/crosswalk.tmLanguage.json into vscode-textmate (the
// tokenizer VS Code itself runs) and tokenizes text line by line.

const fs = require('node:fs');
const path = require('node:path');
const oniguruma = require('vscode-oniguruma');
const textmate = require('vscode-textmate');

const GRAMMAR = path.join(__dirname, '..', 'syntaxes', 'crosswalk.tmLanguage.json');
const REPO = path.resolve(__dirname, '..', '..', '..');

let registry;
const extra = new Map(); // scope name -> raw grammar, for tests that alter it

// The grammar, or `raw` (a grammar object under its own scope name).
async function loadGrammar(raw) {
  if (raw) extra.set(raw.scopeName, raw);
  if (!registry) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    const ready = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    registry = new textmate.Registry({
      onigLib: ready.then(() => ({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (text) => new oniguruma.OnigString(text),
      })),
      loadGrammar: async (scopeName) => {
        if (extra.has(scopeName)) return textmate.parseRawGrammar(JSON.stringify(extra.get(scopeName)), 'altered.json');
        if (scopeName !== 'source.crosswalk') return null;
        return textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR);
      },
    });
  }
  const grammar = await registry.loadGrammar(raw ? raw.scopeName : 'source.crosswalk');
  if (!grammar) throw new Error(`could not load ${GRAMMAR}`);
  return grammar;
}

// Every line of `text` with its tokens ({ text, scopes }) and the rule stack
// the tokenizer holds at the end of the line.
function tokenize(grammar, text) {
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const tokens = result.tokens.map((t) => ({
      text: line.slice(t.startIndex, t.endIndex),
      scopes: t.scopes,
    }));
    return { number: index + 1, line, tokens, stack };
  });
}

module.exports = { loadGrammar, tokenize, REPO, INITIAL: textmate.INITIAL };
