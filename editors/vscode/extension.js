'use strict';
// The crosswalk extension: starts `crosswalk lsp` (the language server,
// standard LSP over stdio) for .cw files. Highlighting comes from
// syntaxes/crosswalk.tmLanguage.json and works without the server.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');
const { foldingRanges } = require('./folding');

const SELECTOR = [
  { scheme: 'file', language: 'crosswalk' },
  { scheme: 'untitled', language: 'crosswalk' },
];

let client;
let output;
let watcher;

// The file that `crosswalk.path` names, or null when there is none. A bare
// name is looked up on PATH (with PATHEXT on Windows); a path with a
// separator is taken as it is, relative to `cwd` (the first workspace
// folder) when it is relative; `~` is the home folder.
function findBinary(setting, { env = process.env, platform = process.platform, cwd } = {}) {
  let command = String(setting || '').trim() || 'crosswalk';
  if (command === '~' || command.startsWith('~/') || command.startsWith('~\\')) {
    command = path.join(os.homedir(), command.slice(1));
  }
  const windows = platform === 'win32';
  const variants = (file) => {
    if (!windows || path.extname(file) !== '') return [file];
    const pathext = envValue(env, 'PATHEXT') || '.COM;.EXE;.BAT;.CMD';
    return [file, ...pathext.split(';').filter(Boolean).map((ext) => file + ext.toLowerCase())];
  };
  const hasSeparator = command.includes('/') || (windows && command.includes('\\'));
  if (hasSeparator) {
    const absolute = path.isAbsolute(command) ? command : path.resolve(cwd || process.cwd(), command);
    return variants(absolute).find((file) => isExecutable(file, windows)) || null;
  }
  for (const dir of (envValue(env, 'PATH') || '').split(path.delimiter)) {
    if (!dir) continue;
    const found = variants(path.join(dir, command)).find((file) => isExecutable(file, windows));
    if (found) return found;
  }
  return null;
}

// Windows spells the variable `Path`; look it up whatever its case.
function envValue(env, name) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

function isExecutable(file, windows) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (!windows) fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function start() {
  const setting = vscode.workspace.getConfiguration('crosswalk').get('path', 'crosswalk');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const command = findBinary(setting, { cwd: folder });
  if (!command) {
    const where = String(setting).includes('/') || String(setting).includes('\\') ? `at \`${setting}\`` : `\`${setting || 'crosswalk'}\` on PATH`;
    output.appendLine(`The crosswalk binary was not found: no ${where}.`);
    const choice = await vscode.window.showErrorMessage(
      `crosswalk: cannot start the language server: there is no ${where}. ` +
        'Install the binary with `cargo install --locked --path .` in the crosswalk repository, ' +
        'or set `crosswalk.path` to it. Highlighting works without it.',
      'Open Settings',
    );
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'crosswalk.path');
    }
    return;
  }

  // Required here, not at the top: highlighting and folding need no server
  // library, and a missing binary never loads it.
  const { LanguageClient } = require('vscode-languageclient/node');
  // No `transport`: the client then spawns `crosswalk lsp` and talks over
  // its stdin and stdout without adding a `--stdio` argument.
  const serverOptions = { command, args: ['lsp'], options: folder ? { cwd: folder } : {} };
  const clientOptions = {
    documentSelector: SELECTOR,
    synchronize: { fileEvents: watcher },
    outputChannel: output,
  };
  // The id `crosswalk` makes the client read `crosswalk.trace.server`.
  client = new LanguageClient('crosswalk', 'crosswalk language server', serverOptions, clientOptions);
  output.appendLine(`Starting ${command} lsp`);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const message = error instanceof Error ? error.message : String(error);
    output.appendLine(`The language server failed to start: ${message}`);
    const choice = await vscode.window.showErrorMessage(
      `crosswalk: the language server (\`${command} lsp\`) failed to start: ${message}`,
      'Show Output',
    );
    if (choice === 'Show Output') output.show();
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

async function restart() {
  await stop();
  await start();
}

function activate(context) {
  output = vscode.window.createOutputChannel('crosswalk');
  watcher = vscode.workspace.createFileSystemWatcher('**/*.cw');
  context.subscriptions.push(
    output,
    watcher,
    vscode.languages.registerFoldingRangeProvider(SELECTOR, {
      provideFoldingRanges(document) {
        return foldingRanges(document.getText()).map(
          (r) => new vscode.FoldingRange(r.start, r.end, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined),
        );
      },
    }),
    vscode.commands.registerCommand('crosswalk.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('crosswalk.path')) restart();
    }),
  );
  return start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate, findBinary };
