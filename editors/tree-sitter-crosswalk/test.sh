#!/usr/bin/env bash
# Tests the tree-sitter grammar for crosswalk. Runs from any folder, on a
# clean machine with cargo and a C compiler:
#   1. installs tree-sitter-cli (pinned, from crates.io) into
#      ${CARGO_TARGET_DIR:-target}/tree-sitter-cli unless it is there already;
#   2. regenerates the parser and checks that the committed src/ matches;
#   3. runs the corpus tests (test/corpus/*.txt);
#   4. parses every .cw file of the repository that crosswalk's own grammar
#      accepts, and fails on any ERROR or MISSING node;
#   5. checks a few highlight captures on an example file.
set -euo pipefail

TREE_SITTER_VERSION=0.27.1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

# Build products go under the repository's cargo target folder (relative
# paths are taken from the repository root, as .ci/run runs cargo there).
target="${CARGO_TARGET_DIR:-target}"
case "$target" in
  /*) ;;
  *) target="$repo/$target" ;;
esac
cli_root="$target/tree-sitter-cli"
ts="$cli_root/bin/tree-sitter"
# Where the CLI compiles the parser to a shared library (instead of ~/.cache).
export TREE_SITTER_LIBDIR="$target/tree-sitter-lib"
mkdir -p "$TREE_SITTER_LIBDIR"

step() { printf '== tree-sitter: %s\n' "$*"; }

# ---------------------------------------------------------------------------
step "tree-sitter-cli $TREE_SITTER_VERSION"
if [ -x "$ts" ] && "$ts" --version 2>/dev/null | grep -qF "tree-sitter $TREE_SITTER_VERSION"; then
  echo "already installed: $ts"
else
  echo "installing from crates.io into $cli_root (5 to 11 minutes on 2 cores)"
  start=$SECONDS
  # The default feature (a bundled QuickJS) lets `generate` run without
  # Node.js; the `wasm` feature is left out.
  env -u CARGO_TARGET_DIR cargo install tree-sitter-cli \
    --locked --version "$TREE_SITTER_VERSION" --root "$cli_root" --quiet
  echo "installed in $((SECONDS - start)) s"
fi
"$ts" --version

# ---------------------------------------------------------------------------
step "generate (the committed src/ must be what grammar.js generates)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp grammar.js tree-sitter.json package.json "$scratch/"
(cd "$scratch" && "$ts" generate)
if ! diff -r "$scratch/src" src >"$scratch/generate.diff"; then
  head -50 "$scratch/generate.diff"
  echo "src/ is stale: run \`tree-sitter generate\` in editors/tree-sitter-crosswalk and commit src/" >&2
  exit 1
fi
echo "src/ is up to date"

# ---------------------------------------------------------------------------
step "corpus tests"
"$ts" test

# ---------------------------------------------------------------------------
step "parse the repository's .cw files"
# Which files crosswalk's grammar rejects is asked of crosswalk itself:
# `fmt --check` parses a file without resolving the project, and a file that
# does not follow the grammar gets one of the codes below. Other syntax codes
# (unknown_value, invalid_date, …) are raised after the grammar matched, on
# values it accepts loosely, as this grammar does; those files must parse.
grammar_codes='crosswalk::syntax::(unexpected|unterminated_string|too_deep)'
crosswalk="${CROSSWALK:-}"
if [ -z "$crosswalk" ]; then
  (cd "$repo" && cargo build --locked --quiet --bin crosswalk)
  crosswalk="$target/debug/crosswalk"
fi
echo "using $crosswalk"

# Every .cw file in the repository: the tracked ones, or in a copy that is
# not a git checkout, all of them outside build folders.
list_cw_files() {
  if git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$repo" ls-files -z -- '*.cw'
  else
    (cd "$repo" && find . \( -name target -o -name .git -o -name node_modules \) -prune \
      -o -name '*.cw' -type f -print0)
  fi | sort -z | while IFS= read -r -d '' f; do printf '%s\0' "$repo/${f#./}"; done
}

accepted=()
rejected=()
while IFS= read -r -d '' file; do
  if out="$("$crosswalk" --color never fmt --check "$file" 2>&1)"; then
    status=0
  else
    status=$?
  fi
  if [ "$status" -ge 2 ] && grep -qE "$grammar_codes" <<<"$out"; then
    rejected+=("$file")
  elif [ "$status" -le 2 ]; then
    accepted+=("$file")
  else
    printf '%s\n' "$out" >&2
    echo "crosswalk fmt --check $file exited $status" >&2
    exit 1
  fi
done < <(list_cw_files)

if [ "${#accepted[@]}" -eq 0 ]; then
  echo "no .cw file found under $repo" >&2
  exit 1
fi

# `parse --quiet` prints only the files with an ERROR or MISSING node, and
# then exits non-zero; the grep on its output is a second guard.
if parsed="$("$ts" parse --quiet "${accepted[@]}" 2>&1)"; then
  status=0
else
  status=$?
fi
bad="$(grep -E '\((ERROR|MISSING)' <<<"$parsed" || true)"
failed="$(grep -c . <<<"$bad" || true)"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  printf '%s\n' "$parsed" >&2
  echo "tree-sitter parse exited $status" >&2
  exit 1
fi
if [ -n "$bad" ]; then
  while IFS= read -r line; do
    echo "FAILED: ${line#"$repo"/}"
  done <<<"$bad"
fi
echo "${#accepted[@]} files accepted by crosswalk's grammar: $(( ${#accepted[@]} - failed )) parse clean, $failed with errors"

# The files crosswalk rejects are its syntax-error fixtures. They need not
# fail here (this grammar is looser in places), but say how they fare.
for file in "${rejected[@]}"; do
  if "$ts" parse --quiet "$file" >/dev/null 2>&1; then
    echo "note: rejected by crosswalk, parses clean here: ${file#"$repo"/}"
  else
    echo "rejected by crosswalk and here: ${file#"$repo"/}"
  fi
done
if [ "$failed" -ne 0 ]; then
  exit 1
fi

# ---------------------------------------------------------------------------
step "highlight captures on an example file"
# The corpus and test/highlight/ (run by `tree-sitter test` above) hold the
# detailed cases; this checks the query on a real file of the repository.
sample="$repo/src/init/controls.cw"
captures="$("$ts" query --captures queries/highlights.scm "$sample" 2>/dev/null)"
expect() {
  # expect CAPTURE TEXT: a capture named CAPTURE covers exactly TEXT.
  if grep -F -- "- $1, start: " <<<"$captures" | grep -qF -- "text: \`$2\`"; then
    echo "ok: \`$2\` is @$1"
  else
    echo "FAILED: \`$2\` is not captured as @$1 in ${sample#"$repo"/}" >&2
    grep -F -- "\`$2\`" <<<"$captures" | head -5 >&2 || true
    exit 1
  fi
}
expect keyword 'control'
expect keyword 'satisfies'
expect function 'AC-01'
expect module 'soc2'
expect number '2017'
expect constant 'CC6.3'
expect keyword.operator 'subset'
expect constant.builtin 'quarterly'
expect comment '# What an auditor inspects, where it is kept and for how long.'
expect string '"Signed access reviews"'

corpus_tests="$(cat test/corpus/*.txt | awk '/^=+$/ && length($0) >= 10 { n++ } END { print n / 2 }')"
assertions="$(cat test/highlight/*.cw | awk '/^#[ \t]*(\^|<-)/ { n++ } END { print n }')"
echo "tree-sitter grammar ok: $corpus_tests corpus tests, $assertions highlight assertions, ${#accepted[@]} .cw files parse clean, ${#rejected[@]} syntax-error fixtures left out"
