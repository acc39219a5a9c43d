#!/usr/bin/env python3
"""Builds the sample application packages in samples/ (沪人社职〔2024〕447号).

    python3 scripts/samples/make_samples.py [--out DIR] [--keep-work]

Needs: LibreOffice (soffice, Writer), fonts-wqy-microhei, fonts-wqy-zenhei,
fonts-noto-cjk, poppler-utils (pdftoppm, pdftotext, pdffonts), poppler-data,
img2pdf, p7zip-full (7z); Python: python-docx, reportlab, Pillow.

Every document comes from a real producer (see producers.py); packages and
their expected verdicts are declared in packages.py, document texts in
content.py. The run deletes and recreates the output folder, writes one zip
per package (GBK entry names without the UTF-8 flag, as Chinese Windows does;
fixed timestamps; sorted entries), samples/README.md and samples/expected.json,
and checks every PDF with pdftotext (the scan must have no text at all).

Reproducible: a second run gives byte-identical files (LibreOffice's
/CreationDate and /ID are pinned, reportlab runs invariant, img2pdf gets fixed
dates, .docx parts carry Word's 1980-01-01 stamp).
"""

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True  # leave no __pycache__ beside the generator
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import content  # noqa: E402
import producers  # noqa: E402
import uscc  # noqa: E402
from packages import build_packages  # noqa: E402

MAX_PACKAGE = 400 * 1024
MAX_TOTAL = 4 * 1024 * 1024


# ---------------------------------------------------------------------------
# Zips as Chinese Windows writes them

class GbkInfo(zipfile.ZipInfo):
    """Entry name stored as GBK bytes, general-purpose bit 11 (UTF-8) clear."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def gbk_zip(items, stamp):
    """items: [(path, bytes)]; folder entries are added, everything sorted."""
    paths = {}
    for path, data in items:
        paths[path] = data
        if path.startswith(".."):
            continue
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            paths.setdefault("/".join(parts[:i]) + "/", None)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for path in sorted(paths):
            data = paths[path]
            zi = GbkInfo(path, date_time=stamp)
            zi.create_system = 0  # MS-DOS
            if data is None:
                zi.external_attr = 0x10  # directory
                zi.compress_type = zipfile.ZIP_STORED
                z.writestr(zi, b"")
            else:
                zi.external_attr = 0x20  # archive bit
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    return buf.getvalue()


def seven_zip(items, stamp, work):
    """A real 7z archive (what an applicant renamed to .zip)."""
    import calendar
    tmp = os.path.join(work, "7z")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "in"))
    t = calendar.timegm(stamp + (0, 0, 0)) - 8 * 3600
    tops = set()
    for path, data in items:
        full = os.path.join(tmp, "in", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        tops.add(path.split("/")[0])
    for dirpath, dirnames, filenames in os.walk(os.path.join(tmp, "in"), topdown=False):
        for n in filenames + dirnames:
            os.utime(os.path.join(dirpath, n), (t, t))
    out = os.path.join(tmp, "out.7z")
    subprocess.run(["7z", "a", "-t7z", "-mx=5", "-mtc=off", "-mta=off", out] + sorted(tops),
                   cwd=os.path.join(tmp, "in"), check=True, stdout=subprocess.DEVNULL)
    with open(out, "rb") as f:
        return f.read()


# ---------------------------------------------------------------------------

def norm(s):
    return "".join(s.split())


CREATORS = {
    "法人公共信用信息报告": "上海市公共信用信息服务平台",
}


def render_all(pkgs, work):
    """Render every entry; returns {id(doc): bytes} for LibreOffice docs, and
    fills pkg.files / pkg.nested_files with (path, producer, bytes)."""
    lo_docs = []
    for p in pkgs:
        for path, prod, doc in p.entries + [e for v in p.nested.values() for e in v]:
            if prod in ("lo", "scan"):
                lo_docs.append(doc)
    print(f"LibreOffice: converting {len(lo_docs)} documents", file=sys.stderr)
    lo_pdfs = dict(zip(map(id, lo_docs), producers.libreoffice_pdfs(lo_docs, work)))

    def one(p, path, prod, doc):
        if prod == "lo":
            return lo_pdfs[id(doc)]
        if prod == "scan":
            seal = f"上海市{p.org['district']}人力资源和社会保障局"
            return producers.scan_pdf(lo_pdfs[id(doc)], seal, work, doc.date)
        if prod == "rl":
            return producers.reportlab_pdf(doc, creator=CREATORS.get(doc.title, "Microsoft Word"))
        if prod == "licence":
            return producers.reportlab_licence(content.licence_fields(p.org), doc.title)
        if prod == "docx":
            return producers.build_docx(doc)
        if prod == "raw":
            return doc
        raise ValueError(prod)

    for p in pkgs:
        p.files = [(path, prod, doc, one(p, path, prod, doc)) for path, prod, doc in p.entries]
        p.nested_files = {k: [(path, prod, doc, one(p, path, prod, doc)) for path, prod, doc in v]
                          for k, v in p.nested.items()}


def verify_doc(path, prod, doc, data, work):
    """pdftotext (or the .docx text) must contain doc.checks; a scan has no text."""
    problems = []
    if prod == "raw":
        return problems
    if prod == "docx":
        text = producers.docx_text(data)
    else:
        text = producers.pdftotext(data, work)
        if prod == "scan":
            if text.strip() or producers.pdffonts(data, work):
                problems.append(f"{path}: the scan has a text layer or fonts")
            return problems
    t = norm(text)
    for phrase in doc.checks:
        if norm(phrase) not in t:
            problems.append(f"{path}: missing {phrase!r}")
    for phrase in doc.nocheck:
        if norm(phrase) in t:
            problems.append(f"{path}: must not contain {phrase!r}")
    return problems


def verify_zip(data, expect_names):
    """Names are GBK without the UTF-8 flag; the set of entries is as intended."""
    problems = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = []
        for info in z.infolist():
            if info.flag_bits & 0x800:
                problems.append(f"{info.filename}: UTF-8 flag set")
            raw = info.filename.encode("cp437") if not info.flag_bits & 0x800 else info.filename.encode()
            names.append(raw.decode("gbk"))
        if z.testzip() is not None:
            problems.append("zip CRC error")
    files = sorted(n for n in names if not n.endswith("/"))
    if files != sorted(expect_names):
        problems.append(f"entries differ: {files} vs {sorted(expect_names)}")
    if names != sorted(names):
        problems.append("entries are not sorted")
    return problems


# ---------------------------------------------------------------------------
# README and expected.json

PRODUCER_NAMES = {
    "lo": "LibreOffice 7.4 (python-docx → soffice --convert-to pdf)",
    "rl": "reportlab (STSong-Light, not embedded)",
    "licence": "reportlab canvas (licence layout, STSong-Light)",
    "scan": "scan: pdftoppm 150 dpi grey JPEG → img2pdf (no text layer)",
    "docx": "python-docx (.docx left as Word file)",
    "zip": "nested zip (GBK names)",
    "raw": "plain bytes",
}


def write_docs(pkgs, out, sizes):
    expected = {}
    for p in pkgs:
        expected[p.file] = {"verdict": p.verdict, "defects": p.defects}
        if p.verdict_without_ocr:
            expected[p.file]["verdict_without_ocr"] = p.verdict_without_ocr
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")

    L = []
    L.append("# Sample application packages (沪人社职〔2024〕447号)\n")
    L.append("Generated by `scripts/samples/make_samples.py` — do not edit by hand; rerun the "
             "generator (it deletes and recreates this folder). `expected.json` holds, per package "
             "file, the verdict a correct pre-screen gives (`pass` | `fail` | `review`) and the "
             "defects behind it, for the tests.\n")
    L.append("All applicants, codes, people and addresses are fictitious. Each package has its own "
             "applicant, so the once-a-year rule of 三（四） (same applicant, same occupation) never "
             "fires across this folder; the two `12-` files are one applicant's upload and re-upload.\n")
    L.append("## Overview\n")
    L.append("| file | applicant | 统一社会信用代码 | verdict | defects | size |")
    L.append("|---|---|---|---|---|---|")
    for p in pkgs:
        ok = "valid" if uscc.is_valid(p.org["code"]) else "**check fails**"
        L.append(f"| `{p.file}` | {p.org['name']} | `{p.org['code']}` ({ok}) | **{p.verdict}** | "
                 f"{', '.join(p.defects) or '—'} | {sizes[p.file] // 1024} KB |")
    L.append("")
    L.append("## How the packages are made\n")
    L.append("- Zips: entry names are GBK bytes with the UTF-8 flag (bit 11) clear, as Windows' "
             "built-in “compressed folder” writes them; `unzip -l` shows mojibake, which is expected. "
             "Folder entries are present, entries are sorted, timestamps fixed per package, "
             "create-system MS-DOS. `实施方案.zip` inside packages 01 and 02 is a nested zip with GBK names too.")
    L.append("- Producers: " + "; ".join(f"**{k}** = {v}" for k, v in PRODUCER_NAMES.items()
                                         if k not in ("zip", "raw")) + ".")
    L.append("- LibreOffice documents use WenQuanYi Micro Hei (TrueType subset); package 01's "
             "行业主管部门推荐函 uses Noto Serif CJK SC (CFF subset, shown by pdffonts as Type 1 with "
             "a Bold subset for the title); reportlab documents "
             "use the non-embedded CID font STSong-Light with UniGB-UCS2-H (extracting them needs "
             "Adobe-GB1 CID→Unicode data).")
    L.append("- Every PDF with text was checked with `pdftotext` for its key phrases (name, code, "
             "title, dates, the levels and sample-set labels); the scan was checked to have no text and no fonts.")
    L.append("- Levels are written differently per package, as applicants do: `五级/初级工`, "
             "`五级（初级工）`, bare `五级`, `国家职业资格五级`.\n")
    L.append("## Packages\n")
    for p in pkgs:
        L.append(f"### `{p.file}` → **{p.verdict}**\n")
        L.append(p.summary + "\n")
        L.append(f"Applicant: {p.org['name']}, `{p.org['code']}`; 考核点 {p.org['site']}.\n")
        L.append("Findings a correct pre-screen gives:\n")
        for f_ in p.findings:
            L.append(f"- {f_}")
        L.append("")
        if p.raw == "7z":
            L.append("Content: a 7-Zip archive (not a zip) holding the first materials of the "
                     "re-upload below (申请表, 推荐函, 信用报告, 营业执照), made with `7z a -t7z`.\n")
            continue
        L.append("| entry | producer | bytes |")
        L.append("|---|---|---|")
        for path, prod, doc, data in sorted(p.files, key=lambda e: e[0]):
            L.append(f"| `{path}` | {prod} | {len(data)} |")
            if path in p.nested_files:
                for npath, nprod, ndoc, ndata in sorted(p.nested_files[path], key=lambda e: e[0]):
                    L.append(f"| `{path}` › `{npath}` | {nprod} | {len(ndata)} |")
        L.append("")
    L.append("## Regenerating\n")
    L.append("```sh\napt-get install -y libreoffice-writer fonts-wqy-microhei fonts-wqy-zenhei fonts-noto-cjk \\\n"
             "    poppler-utils poppler-data img2pdf p7zip-full\npip install python-docx reportlab pillow\n"
             "python3 scripts/samples/make_samples.py\n```\n")
    L.append("The run is reproducible: a second run gives byte-identical zips (checked with sha256 on Debian 12, "
             "LibreOffice 7.4.7, reportlab 5.1, python-docx 1.2, img2pdf 0.4.4); other producer versions give the same text "
             "but may differ in bytes.\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "samples"))
    ap.add_argument("--keep-work", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="samples-")
    try:
        pkgs = build_packages()
        check_catalogue(pkgs)
        render_all(pkgs, work)

        problems = []
        counts = {}
        for p in pkgs:
            for path, prod, doc, data in p.files + [e for v in p.nested_files.values() for e in v]:
                problems += [f"{p.file}: {x}" for x in verify_doc(path, prod, doc, data, work)]
                counts[prod] = counts.get(prod, 0) + 1
        print("text-checked: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())), file=sys.stderr)
        if problems:
            raise SystemExit("text checks failed:\n  " + "\n  ".join(problems))

        if os.path.isdir(args.out):
            shutil.rmtree(args.out)
        os.makedirs(args.out)
        sizes = {}
        for p in pkgs:
            items = []
            for path, prod, doc, data in p.files:
                items.append((path, data))
            for npath, nfiles in p.nested_files.items():
                nested = gbk_zip([(a, d) for a, _, _, d in nfiles], p.stamp)
                problems += [f"{p.file} › {npath}: {x}" for x in verify_zip(nested, [a for a, *_ in nfiles])]
                items.append((npath, nested))
                p.files.append((npath, "zip", None, nested))
            if p.raw == "7z":
                data = seven_zip(items, p.stamp, work)
                assert data[:6] == b"7z\xbc\xaf\x27\x1c"
            else:
                data = gbk_zip(items, p.stamp)
                problems += [f"{p.file}: {x}" for x in verify_zip(data, [a for a, _ in items])]
            with open(os.path.join(args.out, p.file), "wb") as f:
                f.write(data)
            sizes[p.file] = len(data)
            if len(data) > MAX_PACKAGE:
                problems.append(f"{p.file}: {len(data)} bytes > {MAX_PACKAGE}")
        write_docs(pkgs, args.out, sizes)
        total = sum(os.path.getsize(os.path.join(args.out, n)) for n in os.listdir(args.out))
        if total > MAX_TOTAL:
            problems.append(f"samples/ is {total} bytes > {MAX_TOTAL}")
        if problems:
            raise SystemExit("checks failed:\n  " + "\n  ".join(problems))
        for p in pkgs:
            h = hashlib.sha256(open(os.path.join(args.out, p.file), "rb").read()).hexdigest()[:16]
            print(f"{sizes[p.file]:>8}  {h}  {p.verdict:<6}  {p.file}")
        print(f"{total:>8}  total", file=sys.stderr)
    finally:
        if args.keep_work:
            print("work folder:", work, file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def check_catalogue(pkgs):
    """Levels applied for against rules/data/occupations.yaml: only package 08
    may ask for a level outside the catalogue."""
    import yaml
    with open(os.path.join(ROOT, "rules", "data", "occupations.yaml"), encoding="utf-8") as f:
        cat = yaml.safe_load(f)["occupations"]
    allowed = {(o["code"], o["occupation"], o.get("work_type")): set(o["levels"]) for o in cat}
    for p in pkgs:
        bad = []
        occs = p.occs if hasattr(p, "occs") else []
        for o in occs:
            key = (o["code"], o["occupation"], o.get("work_type"))
            if key not in allowed:
                raise SystemExit(f"{p.file}: {key} is not in the catalogue")
            bad += [(key, lv) for lv in o["levels"] if lv not in allowed[key]]
        if bool(bad) != ("level_not_in_catalogue" in p.defects):
            raise SystemExit(f"{p.file}: levels outside the catalogue: {bad}")


if __name__ == "__main__":
    main()
