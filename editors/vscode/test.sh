#!/usr/bin/env bash
# Tests the VS Code extension and packages it:
#   npm ci, the tests (grammar, manifests, client), then the .vsix into
#   ${CARGO_TARGET_DIR:-<repo>/target}/vscode/ and a check of what it holds.
# Runs from any folder; needs Node.js 20+ and npm, and the npm registry.
set -euo pipefail

caller=$PWD
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$repo/target}
case $target in
  /*) ;;
  *) target=$caller/$target ;; # relative, as cargo reads it: from the caller's folder
esac
out=$target/vscode

cd "$here"
npm ci --no-audit --no-fund
npm test

version=$(node -p "require('./package.json').version")
vsix=$out/crosswalk-$version.vsix
mkdir -p "$out"
rm -f "$vsix"
# Runtime dependencies are packaged (no bundler): vscode-languageclient must
# be in the .vsix. stdin is closed so that a question from vsce fails
# instead of waiting.
npx --no-install vsce package --out "$vsix" </dev/null
node scripts/check-vsix.js "$vsix"
