#!/usr/bin/env python3
"""Measures OCR and seal detection on tests/fixtures/scans (made with ground
truth by tests/fixtures/scans/make.py, independently of the code).

    scripts/ocr-eval.py [--bin target/release/prescreen] [--jobs 2] [--dropout]

Prints, from one `prescreen extract --json` run over every fixture file:
- character accuracy per page (1 - edit distance / truth length, whitespace
  removed on both sides), mean per variant, and the same with punctuation
  removed too (full-width vs ASCII punctuation is the most common confusion);
- whether each page's credit code and organisation name appear exactly;
- wall seconds, pages per second for the OCR'd pages (the run is the whole
  process: PDF parsing, image decoding, OCR, `-j` workers);
- seal precision and recall over all pages (a found seal matches a true one
  when their boxes overlap by IoU >= 0.2 or the found box's centre lies in
  the true box).
With --dropout, also runs tesseract directly on the colour pages' images with
and without the red dropped (the same rule as src/extract/raster.rs) and
prints the accuracy gain.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "scans"


def squeeze(s, punct=False):
    s = "".join(c for c in s if not c.isspace())
    if punct:
        s = "".join(c for c in s if not unicodedata.category(c).startswith("P"))
    return s


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def accuracy(truth, got, punct=False):
    t, g = squeeze(truth, punct), squeeze(got, punct)
    if not t:
        return 1.0
    return max(0.0, 1.0 - distance(t, g) / len(t))


def iou(a, b):
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[2], b[2]), min(a[3], b[3])
    inter = max(0.0, x1 - x0) * max(0.0, y1 - y0)
    area = lambda r: max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])
    u = area(a) + area(b) - inter
    return inter / u if u > 0 else 0.0


def norm_box(b):
    return [min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3])]


def matches(found, true):
    f, t = norm_box(found), norm_box(true)
    cx, cy = (f[0] + f[2]) / 2, (f[1] + f[3]) / 2
    return iou(f, t) >= 0.2 or (t[0] <= cx <= t[2] and t[1] <= cy <= t[3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "prescreen"))
    ap.add_argument("--jobs", default="2")
    ap.add_argument("--dropout", action="store_true")
    args = ap.parse_args()
    truth = json.load(open(FIX / "truth.json"))["pages"]
    # All files as one package (a folder), so that `-j` workers share them.
    tmp = tempfile.mkdtemp(prefix="ocr-eval-")
    for p in truth:
        dst = Path(tmp) / p["file"].replace("/", "__")
        dst.write_bytes((FIX / p["file"]).read_bytes())
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    start = time.time()
    out = subprocess.run(
        [args.bin, "extract", "--json", "-j", args.jobs, "--time-limit", "120", tmp],
        capture_output=True, text=True, env=env, check=False,
    )
    wall = time.time() - start
    docs = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        if "path" in d:
            docs[str(FIX / d["path"].replace("__", "/"))] = d
    rows, by_variant = [], {}
    tp = fp = fn = 0
    ocr_pages = 0
    codes = names = codes_read = code_pages = 0
    ocr_truth = [p for p in truth if p.get("part") == "ocr"]
    for p in truth:
        d = docs.get(str(FIX / p["file"]))
        if d is None:
            print(f"missing output for {p['file']}", file=sys.stderr)
            continue
        text = "\n".join(d.get("pages", []))
        q = d.get("page_quality", [{}])
        if p.get("part") == "ocr":
            ocr = q[0].get("ocr") if q else None
            ocr_pages += 1 if ocr is not None else 0
            acc = accuracy(p["text"], text)
            acc_np = accuracy(p["text"], text, punct=True)
            code_ok = p["credit_code"] in squeeze(text)
            # What the tool's value reader takes (after its OCR repair).
            ex = subprocess.run([args.bin, "explain", str(FIX / p["file"])], capture_output=True,
                                text=True, env=env, check=False).stdout
            lines = [l for l in ex.splitlines() if l.strip().startswith("值 credit_code")]
            if lines:
                code_pages += 1
                codes_read += any(p["credit_code"] in l.strip().split("  ")[0] for l in lines)
            name_ok = squeeze(p["organisation"]) in squeeze(text)
            codes += code_ok
            names += name_ok
            variant = f"{p.get('dpi')}dpi {p.get('mode')} {p.get('encoding')}" + (" seal" if p.get("seal") else "")
            by_variant.setdefault(variant, []).append((acc, acc_np))
            rows.append((p["file"], acc, acc_np, ocr, code_ok, name_ok))
        found = [s["bbox"] for s in d.get("seals", [])]
        true = [s for s in p.get("seals", []) or []]
        if not p.get("seal"):
            true = []
        used = set()
        for f in found:
            hit = next((i for i, t in enumerate(true) if i not in used and matches(f, t)), None)
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(true) - len(used)
    print("file\taccuracy\twithout punctuation\tocr confidence\tcode exact\tname exact")
    for r in rows:
        print(f"{r[0]}\t{r[1]:.3f}\t{r[2]:.3f}\t{r[3]}\t{r[4]}\t{r[5]}")
    print()
    for v, accs in sorted(by_variant.items()):
        n = len(accs)
        print(f"{v}: {n} pages, accuracy {sum(a for a, _ in accs) / n:.3f}, without punctuation {sum(b for _, b in accs) / n:.3f}")
    n = len(rows)
    if n:
        print(f"\nall OCR pages: {n}, accuracy {sum(r[1] for r in rows) / n:.3f}, without punctuation {sum(r[2] for r in rows) / n:.3f}")
        letters = [r for r in rows if "300" in r[0] and ("letter" in r[0] or "pledge" in r[0] or "integrity" in r[0])]
        if letters:
            print(f"300 dpi letters/pledges: {len(letters)} pages, accuracy {sum(r[1] for r in letters) / len(letters):.3f}, without punctuation {sum(r[2] for r in letters) / len(letters):.3f}")
        print(f"credit codes exact in the text: {codes}/{n}, read right by the tool's value reader "
              f"on the pages whose kind carries one: {codes_read}/{code_pages}; "
              f"organisation names exact: {names}/{n}")
    print(f"pages OCR'd: {ocr_pages}/{len(ocr_truth)}; whole run {wall:.1f} s wall for {len(truth)} files "
          f"(-j {args.jobs}), {ocr_pages / wall:.2f} OCR pages/s")
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    print(f"seals: {tp} found right, {fp} false, {fn} missed; precision {prec:.3f}, recall {rec:.3f}")
    if args.dropout:
        dropout_gain(truth)


def dropout_gain(truth):
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        res = []
        for p in truth:
            if p.get("part") != "ocr" or not p.get("seal") or p.get("mode") != "rgb":
                continue
            f = FIX / p["file"]
            if f.suffix == ".pdf":
                subprocess.run(["pdfimages", "-j", str(f), f"{tmp}/x"], check=True)
                imgs = sorted(Path(tmp).glob("x-*"))
                if len(imgs) != 1:
                    for i in imgs:
                        i.unlink()
                    continue
                img = Image.open(imgs[0]).convert("RGB")
                imgs[0].unlink()
            else:
                img = Image.open(f).convert("RGB")
            keep = img.convert("L")
            px = img.load()
            drop = keep.copy()
            dp = drop.load()
            for y in range(img.height):
                for x in range(img.width):
                    r, g, b = px[x, y]
                    if r >= 110 and r - g >= 60 and r - b >= 50:
                        dp[x, y] = 255
            accs = []
            for name, im in (("keep", keep), ("drop", drop)):
                path = f"{tmp}/{name}.png"
                im.save(path)
                t = subprocess.run(["tesseract", path, "stdout", "-l", "chi_sim", "--psm", "3"],
                                   capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
                accs.append(accuracy(p["text"], t))
            res.append((p["file"], *accs))
        for f, a, b in res:
            print(f"dropout {f}: red kept {a:.3f}, red dropped {b:.3f}")
        if res:
            n = len(res)
            print(f"dropout on {n} sealed colour pages: kept {sum(r[1] for r in res) / n:.3f} → dropped {sum(r[2] for r in res) / n:.3f}")


if __name__ == "__main__":
    main()
