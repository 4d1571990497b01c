'use strict';
// extension.js outside VS Code: finding the binary, and activation with a
// binary that is not there (a clear error, no exception). `vscode` is a
// stub that records what the extension asks of it.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const calls = [];
const settings = { path: 'crosswalk' };
const vscodeStub = {
  window: {
    createOutputChannel: (name) => ({ name, lines: [], appendLine(l) { this.lines.push(l); }, show() {}, dispose() {} }),
    showErrorMessage: async (message, ...items) => {
      calls.push(['showErrorMessage', message, items]);
      return undefined;
    },
  },
  workspace: {
    workspaceFolders: undefined,
    getConfiguration: (section) => ({ get: (key, fallback) => (section === 'crosswalk' && key in settings ? settings[key] : fallback) }),
    createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
  languages: {
    registerFoldingRangeProvider: (selector, provider) => {
      calls.push(['registerFoldingRangeProvider', selector, provider]);
      return { dispose() {} };
    },
  },
  commands: {
    registerCommand: (id) => {
      calls.push(['registerCommand', id]);
      return { dispose() {} };
    },
    executeCommand: async () => {},
  },
  FoldingRange: class {
    constructor(start, end, kind) {
      Object.assign(this, { start, end, kind });
    }
  },
  FoldingRangeKind: { Comment: 1 },
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
// Anything else the client library reaches for at load time (classes it
// extends, enums) is an empty class.
const others = new Map();
const vscode = new Proxy(vscodeStub, {
  get(target, name) {
    if (name in target) return target[name];
    if (!others.has(name)) others.set(name, class {});
    return others.get(name);
  },
});
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const extension = require('../extension');

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-vscode-'));
}

function executable(dir, name, mode = 0o755) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, mode);
  return file;
}

test('findBinary looks a bare name up on PATH, in order, executables only', { skip: process.platform === 'win32' }, () => {
  const [a, b] = [tempDir(), tempDir()];
  executable(a, 'crosswalk', 0o644); // not executable: skipped
  const wanted = executable(b, 'crosswalk');
  const env = { PATH: ['', a, b].join(path.delimiter) };
  assert.equal(extension.findBinary('crosswalk', { env }), wanted);
  assert.equal(extension.findBinary('', { env }), wanted, 'an empty setting means `crosswalk`');
  assert.equal(extension.findBinary('crosswalk', { env: { PATH: a } }), null);
  assert.equal(extension.findBinary('crosswalk', { env: {} }), null);
});

test('findBinary takes a path as it is, relative to the workspace folder', { skip: process.platform === 'win32' }, () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'target', 'debug'), { recursive: true });
  const built = executable(path.join(dir, 'target', 'debug'), 'crosswalk');
  assert.equal(extension.findBinary(built, { env: {} }), built);
  assert.equal(extension.findBinary('target/debug/crosswalk', { env: {}, cwd: dir }), built);
  assert.equal(extension.findBinary('./target/debug/crosswalk', { env: {}, cwd: dir }), built);
  assert.equal(extension.findBinary('target/release/crosswalk', { env: {}, cwd: dir }), null);
  assert.equal(extension.findBinary(path.join(dir, 'target'), { env: {} }), null, 'a folder is not a binary');
});

test('findBinary on Windows tries PATHEXT and reads Path whatever its case', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'crosswalk.exe'), '');
  const found = extension.findBinary('crosswalk', { env: { Path: dir, PATHEXT: '.COM;.EXE' }, platform: 'win32' });
  assert.equal(found && path.resolve(found), path.join(dir, 'crosswalk.exe'));
});

test('activation without the binary shows how to install it and registers folding', async () => {
  settings.path = path.join(tempDir(), 'no-such-crosswalk');
  calls.length = 0;
  const context = { subscriptions: [] };
  await extension.activate(context);
  const errors = calls.filter((c) => c[0] === 'showErrorMessage');
  assert.equal(errors.length, 1, JSON.stringify(calls));
  assert.match(errors[0][1], /cannot start the language server/);
  assert.match(errors[0][1], /cargo install --locked --path \./);
  assert.match(errors[0][1], /crosswalk\.path/);
  assert.deepEqual(errors[0][2], ['Open Settings']);
  assert.ok(calls.some((c) => c[0] === 'registerCommand' && c[1] === 'crosswalk.restartServer'));
  const [, selector, provider] = calls.find((c) => c[0] === 'registerFoldingRangeProvider');
  assert.deepEqual(selector.map((s) => s.language), ['crosswalk', 'crosswalk']);
  const ranges = provider.provideFoldingRanges({ getText: () => '# a\n# b\ncontrol A "T" {\n  owner "}"\n  description """\n    {\n  """\n}\n' });
  assert.deepEqual(
    ranges.map((r) => [r.start, r.end, r.kind]),
    [[0, 1, 1], [2, 6, undefined], [4, 5, undefined]],
  );
  assert.ok(context.subscriptions.length >= 5);
  await extension.deactivate();
});

test('the language client library loads and starts `crosswalk lsp` with no other argument', () => {
  // Required through the same path extension.js uses.
  const { LanguageClient } = require('vscode-languageclient/node');
  assert.equal(typeof LanguageClient, 'function');
  const source = fs.readFileSync(path.join(__dirname, '..', 'extension.js'), 'utf8');
  assert.match(source, /args: \['lsp'\]/);
  assert.doesNotMatch(source, /transport:/, 'a transport would add --stdio to the arguments');
});
