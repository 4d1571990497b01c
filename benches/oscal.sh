#!/usr/bin/env bash
# Times `crosswalk import oscal` on the NIST SP 800-53 rev5 5.0.1 catalog
# (JSON 3.2 MB, YAML 2.5 MB, XML 2.1 MB) against a bare parse-and-walk of
# the same file into a generic Value with the same crate
# (examples/oscal_baseline.rs), with hyperfine, and peak memory with GNU
# time. Targets: JSON within 2x of the baseline, YAML within 3x, peak
# memory under 5x the file size. With TRESTLE=path/to/trestle (a venv's
# `trestle`, e.g. target/oscal-venv/bin/trestle after `bash .ci/run`),
# `trestle import` of the JSON is timed too.
#   bash benches/oscal.sh
#   CATALOGS=DIR RUNS=20 bash benches/oscal.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10}"
dir="${CATALOGS:-../shared/reference/oscal-content/rev5-5.0.1-2021-06-08}"
command -v hyperfine >/dev/null || { echo "install hyperfine first (apt-get install hyperfine)" >&2; exit 1; }
[ -f "$dir/NIST_SP-800-53_rev5_catalog.json" ] || { echo "no catalog in $dir (set CATALOGS)" >&2; exit 1; }
cargo build --release --quiet --bin crosswalk --example oscal_baseline
target_dir="${CARGO_TARGET_DIR:-target}"
bin="$target_dir/release/crosswalk"
baseline="$target_dir/release/examples/oscal_baseline"
out="$target_dir/bench-oscal"
mkdir -p "$out"
json="$dir/NIST_SP-800-53_rev5_catalog.json"
yaml="$dir/NIST_SP-800-53_rev5_catalog.yaml"
xml="$dir/NIST_SP-800-53_rev5_catalog.xml"
hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$out/results.md" \
  "$baseline $json" "$bin import oscal $json -o $out/json.cw" \
  "$baseline $yaml" "$bin import oscal $yaml -o $out/yaml.cw" \
  "$bin import oscal $xml -o $out/xml.cw"
peak() { # peak resident memory of a command in KB
  /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1
}
report() { # LABEL FILE KB
  local size
  size=$(stat -c %s "$2")
  echo "$1 $(basename "$2"): peak $3 KB = $(awk "BEGIN { printf \"%.1f\", $3 * 1024 / $size }")x the file ($size bytes)"
}
for file in "$json" "$yaml"; do
  report "baseline" "$file" "$(peak "$baseline" "$file")"
done
for file in "$json" "$yaml" "$xml"; do
  report "import oscal" "$file" "$(peak "$bin" import oscal "$file" -o "$out/peak.cw")"
done
if [ -n "${TRESTLE:-}" ]; then
  trestle=$(realpath "$TRESTLE")
  work=$(realpath "$out")/trestle
  catalog=$(realpath "$json")
  rm -rf "$work" && mkdir -p "$work"
  (cd "$work" && "$trestle" init >/dev/null)
  hyperfine -N --runs 3 --prepare "rm -rf $work/catalogs/nist" \
    "sh -c 'cd $work && $trestle import -f $catalog -o nist'"
fi
