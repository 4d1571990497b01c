#!/usr/bin/env bash
# Text diagnostics against JSON: `crosswalk check` (miette's graphical
# reports on standard error) and `crosswalk check --format json` on the
# generated project at the Secure Controls Framework's scale (1,500
# controls, about 13,000 warnings), in two layouts:
#   split  the project as `crosswalk corpus` writes it (controls in 30 files);
#   one    the same controls concatenated into one file of about 5 MB, where
#          a text renderer that reads a file from its start for each
#          diagnostic would show (the other files stay as they are).
# Both layouts give the same diagnostics but one `lint::not_reviewed` per
# file of controls; the script checks that before it times anything.
# The figure to read is the ratio text / JSON in each layout (the issue's
# target: at most 1.2). With hyperfine (Debian package `hyperfine`) it runs
# hyperfine; without it, the four commands in turn, RUNS times, and prints
# each one's median wall time and the two ratios.
#   bash benches/diagnostics.sh                # full scale
#   CONTROLS=150 RUNS=10 bash benches/diagnostics.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
controls="${CONTROLS:-1500}"
cargo build --release --quiet
bin=target/release/crosswalk
dir=target/bench-corpus/diagnostics-$controls
split=$dir/split
one=$dir/one
if [ ! -d "$split" ]; then
  mkdir -p "$dir"
  "$bin" corpus --controls "$controls" "$split" >/dev/null
fi
if [ ! -d "$one" ]; then
  cp -r "$split" "$one.tmp"
  cat "$one.tmp"/controls/*.cw >"$one.tmp/all.cw"
  rm "$one.tmp"/controls/*.cw
  mv "$one.tmp/all.cw" "$one.tmp/controls/all.cw"
  mv "$one.tmp" "$one"
fi

# The same diagnostics in both layouts, `not_reviewed` (one per file) aside.
codes() {
  "$bin" check --format json "$1" | grep '"code"' | grep -v 'lint::not_reviewed' | sort | uniq -c
}
if ! diff <(codes "$split") <(codes "$one") >/dev/null; then
  echo "the two layouts give different diagnostics" >&2
  exit 1
fi
echo "diagnostics per layout: $(codes "$split" | awk '{n += $1} END {print n}') (not_reviewed aside)"

commands=("$bin check --format json $split" "$bin check $split"
          "$bin check --format json $one" "$bin check $one")
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 1 --runs "$runs" "${commands[@]}" \
    --export-markdown "$dir/results.md"
  exit 0
fi

# No hyperfine: the commands in turn (so a drift of the machine's speed
# touches them all alike), wall time in milliseconds, medians.
declare -A times
for cmd in "${commands[@]}"; do $cmd >/dev/null 2>&1 || true; done # warm-up
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times[$i]+="$(((end - start) / 1000000)) "
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
declare -a medians
for i in "${!commands[@]}"; do
  medians[$i]=$(median <<<"${times[$i]}")
  printf '%6d ms  %s\n' "${medians[$i]}" "${commands[$i]}"
done
awk -v a="${medians[1]}" -v b="${medians[0]}" 'BEGIN {printf "split: text / json %.2f\n", a / b}'
awk -v a="${medians[3]}" -v b="${medians[2]}" 'BEGIN {printf "one file: text / json %.2f\n", a / b}'
