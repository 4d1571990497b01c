#!/usr/bin/env bash
# Times whole commands on generated projects at the Secure Controls
# Framework's scale and at 1/10 and 1/100 of it: `check`, `coverage` and
# `build` (every document, written to target/bench-corpus/out-N),
# with hyperfine (Debian package `hyperfine`), and peak memory with GNU time.
#   bash benches/commands.sh            # all three sizes
#   RUNS=10 bash benches/commands.sh    # more runs per command
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
command -v hyperfine >/dev/null || { echo "install hyperfine first (apt-get install hyperfine)" >&2; exit 1; }
cargo build --release --quiet
bin=target/release/crosswalk
corpora=target/bench-corpus
mkdir -p "$corpora"
for controls in 15 150 1500; do
  [ -d "$corpora/$controls" ] || "$bin" corpus --controls "$controls" "$corpora/$controls" >/dev/null
done
args=()
for controls in 15 150 1500; do
  args+=("$bin check --format json $corpora/$controls" "$bin coverage $corpora/$controls"
         "$bin build $corpora/$controls --out $corpora/out-$controls")
done
hyperfine -N --warmup 1 --runs "$runs" "${args[@]}" --export-markdown "$corpora/results.md"
for controls in 15 150 1500; do
  for cmd in "check --format json" coverage; do
    /usr/bin/time -f "$cmd $controls controls: peak %M KB" $bin $cmd "$corpora/$controls" >/dev/null
  done
  /usr/bin/time -f "build $controls controls: peak %M KB" $bin build "$corpora/$controls" --out "$corpora/out-$controls" >/dev/null
  du -sh "$corpora/out-$controls"
done
