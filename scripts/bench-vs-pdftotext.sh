#!/usr/bin/env bash
# Whole-process throughput of `prescreen extract` against poppler's `pdftotext`
# on the same PDFs, both with 2 workers. Prints pages/second for each and the
# ratio. pdftotext is the reference we must beat; it is a benchmark oracle only.
#
#   scripts/bench-vs-pdftotext.sh [fixtures|pdfjs|DIR] [runs]
#
# fixtures: the real-producer text fixtures in tests/fixtures/pdf, copied 40x
#           (one run is otherwise too short to time);
# pdfjs:    ../shared/corpus/pdfjs, minus files on which pdftotext needs more
#           than 60 s (listed), since they would dominate both timings.
# Needs: poppler-utils (apt-get install poppler-utils), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=${1:-fixtures}
runs=${2:-3}
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/prescreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/set"

case "$set_name" in
  fixtures)
    python3 - "$work/set" <<'PY'
import json, shutil, sys, os
out = sys.argv[1]
m = json.load(open("tests/fixtures/pdf/manifest.json"))
for i in range(40):
    for f in m:
        if f["expect"] == "text":
            shutil.copy(os.path.join("tests/fixtures/pdf", f["file"]), os.path.join(out, f"{i:02d}-{f['file']}"))
PY
    ;;
  pdfjs) src=../shared/corpus/pdfjs ;;
  *) src=$set_name ;;
esac
if [ "$set_name" != fixtures ]; then
  for f in "$src"/*.pdf; do
    if timeout 60 pdftotext -q "$f" /dev/null 2>/dev/null || [ $? -ne 124 ]; then
      cp "$f" "$work/set/"
    else
      echo "excluded (pdftotext over 60 s): $(basename "$f")"
    fi
  done
fi
files=$(ls "$work/set" | wc -l)
# Pages: as prescreen counts them (the same number is used for both tools).
pages=$("$bin" extract --json -j 2 "$work/set" | python3 -c 'import sys,json; print(sum(len(json.loads(l).get("pages",[])) for l in sys.stdin))')

time_it() { # runs "$@" $runs times, prints the median wall time in milliseconds
  local ts=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    ts+=("$(( (e - s) / 1000000 ))")
  done
  printf '%s\n' "${ts[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
ours=$(time_it "$bin" extract -j 2 "$work/set")
theirs=$(time_it sh -c "ls -1 '$work/set' | sed 's|^|$work/set/|' | xargs -d '\n' -P 2 -n 1 sh -c 'timeout 60 pdftotext -q \"\$0\" /dev/null'")
python3 - "$set_name" "$files" "$pages" "$ours" "$theirs" <<'PY'
import sys
name, files, pages, ours, theirs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) / 1000, float(sys.argv[5]) / 1000
print(f"set: {name}  files: {files}  pages: {pages}  (median of runs, 2 workers each)")
print(f"prescreen extract: {ours:8.2f} s  {pages/ours:10.1f} pages/s")
print(f"pdftotext        : {theirs:8.2f} s  {pages/theirs:10.1f} pages/s")
print(f"ratio (prescreen/pdftotext pages per second): {theirs/ours:.2f}x")
PY
