#!/usr/bin/env bash
# Whole-run figures of `prescreen screen` on a folder of packages (e.g. the
# scale corpus of scripts/corpus/make_corpus.py), all on this machine:
#
#   - cold run, 2 workers, empty cache: packages/s, pages/s, peak RSS;
#   - cold run, 1 worker: the 1-core → 2-core speed-up;
#   - re-run after a rule edit (audit_years 2 → 3), text from the cache:
#     the cold / cached ratio;
#   - pdftotext -layout alone over the same PDFs (unzipped beforehand, not
#     timed), 2 processes: the screen / pdftotext ratio.
#
#   scripts/bench-screen.sh CORPUS_DIR [WORK_DIR]
#   SCREEN_FLAGS=--no-ocr scripts/bench-screen.sh …   # extra flags for every screen run
# Needs: poppler-utils (pdftotext), python3, GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?a folder of packages}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/prescreen
read -r -a extra <<< "${SCREEN_FLAGS:-}"

run() { # label, then the command; prints wall seconds and peak RSS (MiB)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/$label.err" || true
  read -r secs kib < "$work/time.txt"
  echo "$label $secs $((kib / 1024))"
}

rm -rf "$work/cache" "$work/out-"*
cold=$(run cold2 "$bin" screen "$corpus" --out "$work/out-cold2" --cache "$work/cache" --quiet -j 2 "${extra[@]}")
one=$(run cold1 "$bin" screen "$corpus" --out "$work/out-cold1" --no-cache --quiet -j 1 "${extra[@]}")
rules=$work/rules-edited
rm -rf "$rules"; cp -r rules "$rules"
sed -i 's/audit_years: 2/audit_years: 3/' "$rules/ruleset.yaml"
cached=$(run cached "$bin" screen "$corpus" --out "$work/out-cached" --cache "$work/cache" --rules "$rules" --quiet -j 2 "${extra[@]}")

# The same PDFs as files, for pdftotext (unzipping is not timed).
rm -rf "$work/pdfs"; mkdir -p "$work/pdfs"
python3 - "$corpus" "$work/pdfs" <<'PY'
import io, os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
n = 0
def walk(z, prefix):
    global n
    for info in z.infolist():
        if info.is_dir() or info.file_size > 200 << 20:
            continue
        try:
            data = z.read(info)
        except Exception:
            continue
        name = info.filename.lower()
        if name.endswith(".zip"):
            try:
                walk(zipfile.ZipFile(io.BytesIO(data)), prefix + "_")
            except Exception:
                pass
        elif data[:1024].find(b"%PDF-") >= 0:
            n += 1
            open(os.path.join(out, f"{n:07d}.pdf"), "wb").write(data)
for f in sorted(os.listdir(src)):
    p = os.path.join(src, f)
    if f.lower().endswith(".zip"):
        try:
            walk(zipfile.ZipFile(p), f)
        except Exception:
            pass
print(n, file=sys.stderr)
PY
pdft=$(run pdftotext sh -c "find '$work/pdfs' -name '*.pdf' -print0 | xargs -0 -P 2 -n 50 sh -c 'for f; do timeout 60 pdftotext -q -layout \"\$f\" /dev/null; done' _")

python3 - "$work" "$cold" "$one" "$cached" "$pdft" <<'PY'
import json, sys
work = sys.argv[1]
rows = {l.split()[0]: (float(l.split()[1]), int(l.split()[2])) for l in sys.argv[2:]}
res = [json.loads(l) for l in open(f"{work}/out-cold2/results.jsonl")]
journal = [json.loads(l) for l in open(f"{work}/out-cold2/journal.jsonl")]
packages = len(res)
pages = sum(e["pages"] for e in journal)
docs = sum(e["documents"] for e in journal)
c2, c1, ca, pt = rows["cold2"], rows["cold1"], rows["cached"], rows["pdftotext"]
print(f"packages {packages}, documents {docs}, pages {pages}")
print(f"cold, 2 workers:   {c2[0]:7.1f} s  {packages / c2[0]:7.1f} packages/s  {pages / c2[0]:8.0f} pages/s  peak RSS {c2[1]} MiB")
print(f"cold, 1 worker:    {c1[0]:7.1f} s  speed-up 1 → 2 workers: {c1[0] / c2[0]:.2f}x  peak RSS {c1[1]} MiB")
print(f"rule edit, cached: {ca[0]:7.1f} s  cold / cached: {c2[0] / ca[0]:.1f}x  peak RSS {ca[1]} MiB")
print(f"pdftotext -layout, 2 processes, same PDFs: {pt[0]:.1f} s  screen is {pt[0] / c2[0]:.1f}x faster")
PY
