#!/usr/bin/env bash
# Hostile input at two sizes (N and 2N): text diagnostics against
# `--format json` on the same file, and each against its double, so the
# ratios show that text output costs about what JSON does and that the
# whole run stays linear in the input (issue 11).
#   bash benches/hostile.sh            # N = 10,000
#   N=20000 RUNS=10 bash benches/hostile.sh
# Needs hyperfine (Debian package `hyperfine`) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${N:-10000}"
runs="${RUNS:-5}"
command -v hyperfine >/dev/null || { echo "install hyperfine first (apt-get install hyperfine)" >&2; exit 1; }
cargo build --release --quiet
bin=target/release/crosswalk
dir=target/bench-hostile
mkdir -p "$dir"
python3 - "$dir" "$n" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
for size in (n, 2 * n):
    # Bad controls in one file: a diagnostic every three lines.
    with open(f"{out}/bad-controls-{size}.cw", "w") as f:
        for i in range(size):
            f.write(f'control C{i} "t" {{\n  frequency sometimes\n}}\n')
    # Unknown risks on one line: every label far past column 65,535.
    with open(f"{out}/one-line-{size}.cw", "w") as f:
        f.write('control M "t" {\n  mitigates ' + ", ".join(f"risk-{i}" for i in range(size)) + "\n}\n")
    # Misspelt risks among as many defined ones: did-you-mean per name.
    with open(f"{out}/misspelt-{size}.cw", "w") as f:
        for i in range(size):
            f.write(f'risk risk-{i} "r{i}"\n')
        for i in range(size):
            f.write(f'control D{i} "t" {{\n  mitigates rsik-{i}\n}}\n')
PY
args=()
for case in bad-controls one-line misspelt; do
  for size in "$n" $((2 * n)); do
    args+=("$bin check --format json $dir/$case-$size.cw" "$bin check --color never $dir/$case-$size.cw")
  done
done
# Exit code 2 (errors found) is what these files are for.
hyperfine -N -i --warmup 1 --runs "$runs" "${args[@]}" --export-markdown "$dir/results.md"
rm -f "$dir/peak.txt"
for case in bad-controls one-line misspelt; do
  for size in "$n" $((2 * n)); do
    /usr/bin/time -a -o "$dir/peak.txt" -f "$case $size text: peak %M KB" \
      $bin check --color never "$dir/$case-$size.cw" >/dev/null 2>&1 || true
  done
done
cat "$dir/peak.txt"
