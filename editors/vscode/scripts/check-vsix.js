'use strict';
// Checks a packaged .vsix (a zip): it holds what VS Code loads and the
// runtime dependencies, nothing of the tests or the dev tools, and the
// extension it holds loads on its own, from its own node_modules.
//
//   node scripts/check-vsix.js path/to/crosswalk-0.1.0.vsix

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');

// The entries of a zip file: name -> contents, read from its central
// directory (no zip64: a .vsix is far below 4 GB).
function readZip(file) {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  assert.ok(end >= 0, `${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + skip;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    assert.ok(method === 0 || method === 8, `${name}: compression method ${method}`);
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : data);
  }
  return entries;
}

function main(vsix) {
  const root = path.join(__dirname, '..');
  const entries = readZip(vsix);
  const names = [...entries.keys()];
  const has = (name) => entries.has(name);

  for (const name of [
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/extension.js',
    'extension/folding.js',
    'extension/syntaxes/crosswalk.tmLanguage.json',
    'extension/language-configuration.json',
    'extension/readme.md',
    'extension/LICENSE.txt',
    'extension/node_modules/vscode-languageclient/package.json',
    'extension/node_modules/vscode-languageclient/lib/node/main.js',
  ]) {
    assert.ok(has(name), `${vsix} has no ${name}`);
  }
  for (const file of ['extension.js', 'folding.js', 'syntaxes/crosswalk.tmLanguage.json', 'language-configuration.json']) {
    assert.ok(entries.get(`extension/${file}`).equals(fs.readFileSync(path.join(root, file))), `${file} in the .vsix differs from the source`);
  }

  // Every runtime package of the lockfile is in, and no dev package.
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const packages = Object.entries(lock.packages).filter(([key]) => key.startsWith('node_modules/'));
  const runtime = packages.filter(([, p]) => !p.dev).map(([key]) => key);
  const dev = packages.filter(([, p]) => p.dev).map(([key]) => key);
  assert.ok(runtime.includes('node_modules/vscode-languageclient'));
  for (const key of runtime) assert.ok(has(`extension/${key}/package.json`), `${vsix} lacks the runtime package ${key}`);
  for (const key of dev) assert.ok(!names.some((n) => n.startsWith(`extension/${key}/`)), `${vsix} holds the dev package ${key}`);
  const bundled = new Set(names.filter((n) => /^extension\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(n)).map((n) => n.slice('extension/'.length, -'/package.json'.length)));
  for (const key of bundled) assert.ok(runtime.includes(key), `${vsix} holds ${key}, which is no runtime package of the lockfile`);

  for (const name of names) {
    assert.ok(!/^extension\/(test|scripts)\//.test(name) && name !== 'extension/test.sh' && !name.endsWith('.vsix'), `${vsix} holds ${name}`);
  }

  // Unpack the extension away from this folder (so no node_modules here can
  // help) and load it with a stub `vscode`: extension.js and the client
  // library must resolve from the .vsix alone.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-vsix-'));
  try {
    for (const [name, data] of entries) {
      if (!name.startsWith('extension/') || name.endsWith('/')) continue;
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, data);
    }
    const probe = `
      const Module = require('node:module');
      const resolve = Module._resolveFilename;
      Module._resolveFilename = function (request, ...rest) {
        return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
      };
      const classes = new Map();
      require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: new Proxy({}, {
        get: (_, name) => classes.get(name) || (classes.set(name, class {}), classes.get(name)),
      }) };
      const extension = require('./extension/extension.js');
      if (typeof extension.activate !== 'function') throw new Error('no activate');
      const client = require.resolve('vscode-languageclient/node', { paths: [require('node:path').resolve('extension')] });
      if (!client.startsWith(process.cwd())) throw new Error('the client library resolved outside the .vsix: ' + client);
      const { LanguageClient } = require(client);
      if (typeof LanguageClient !== 'function') throw new Error('no LanguageClient');
    `;
    execFileSync(process.execPath, ['-e', probe], { cwd: dir, env: { PATH: process.env.PATH }, stdio: 'inherit' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const size = fs.statSync(vsix).size;
  console.log(`${vsix}: ${names.length} entries, ${(size / 1024).toFixed(1)} KiB; ${bundled.size} runtime packages (${[...bundled].map((k) => k.slice('node_modules/'.length)).sort().join(', ')}); the extension loads from it`);
}

main(process.argv[2]);
