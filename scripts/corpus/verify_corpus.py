#!/usr/bin/env python3
"""Checks a corpus written by make_corpus.py against its manifest.

    python3 scripts/corpus/verify_corpus.py /tmp/corpus [-j 2]

Every package must open with Python's zipfile (except the planted not_a_zip
ones, which must not), every entry name must have the UTF-8 flag clear and
decode as GBK, nested zips likewise; the documents found must be the ones the
manifest lists; every PDF goes through `pdfinfo` and its page count must match
the manifest (the planted truncated PDF and the bomb-like entry are expected to
fail). Prints totals: size, documents, pages (pdfinfo), per producer and kind.
"""

import argparse
import collections
import io
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import zipfile

BIG = 64 << 20  # entries above this are not read (the bomb-like entry)
JUNK = {"thumbs.db", "desktop.ini", ".ds_store"}


def gbk_names(z):
    out = []
    for info in z.infolist():
        if info.flag_bits & 0x800:
            raise ValueError(f"UTF-8 flag set on {info.filename!r}")
        out.append((info.filename.encode("cp437").decode("gbk"), info))
    return out


def pdfinfo_pages(data, tmpdir):
    path = os.path.join(tmpdir, "x.pdf")
    with open(path, "wb") as f:
        f.write(data)
    res = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if res.returncode != 0:
        return None
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def walk(z, prefix, found, problems, nested):
    for name, info in gbk_names(z):
        if name.endswith("/"):
            continue
        if info.file_size > BIG:
            found.append((prefix, name, None, info.file_size, info.compress_size))
            continue
        data = z.read(info)
        if name.lower().endswith(".zip"):
            nested.append(prefix + name)
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as zz:
                    walk(zz, prefix + name + "/", found, problems, nested)
            except (zipfile.BadZipFile, ValueError, UnicodeDecodeError) as e:
                problems.append(f"nested {prefix}{name}: {e}")
            continue
        found.append((prefix, name, data, info.file_size, info.compress_size))


def check(args):
    path, row = args
    problems = []
    out = dict(file=row["file"], bytes=os.path.getsize(path), docs=0, pages=0, pdf_fail=[], by_ext=collections.Counter(),
               mismatch=[], nested=0, bomb=None)
    tmpdir = tempfile.mkdtemp(prefix="corpus-verify-")
    try:
        hostile = (row.get("hostile") or {}).get("kind")
        try:
            z = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            if hostile != "not_a_zip":
                problems.append("does not open as a zip")
            out["problems"] = problems
            return out
        if hostile == "not_a_zip":
            problems.append("planted not_a_zip opens as a zip")
        found, nested = [], []
        with z:
            walk(z, "", found, problems, nested)
        out["nested"] = len(nested)
        expected = {((d["container"] + "/") if d["container"] else "") + d["path"]: d for d in row["documents"]}
        extra = {e["path"] for e in row.get("extra_entries", []) if e["kind"] != "zip_bomb_entry"}
        seen = set()
        for prefix, name, data, size, csize in found:
            full = prefix + name
            base = name.rpartition("/")[2].lower()
            if base in JUNK or full in extra:
                continue
            if data is None:
                if hostile == "zip_bomb_entry":
                    out["bomb"] = (size, csize)
                else:
                    problems.append(f"{full}: unexpected {size}-byte entry")
                continue
            d = expected.get(full)
            if d is None:
                problems.append(f"{full}: not in the manifest")
                continue
            seen.add(full)
            out["docs"] += 1
            ext = name.rpartition(".")[2].lower()
            out["by_ext"][ext] += 1
            if ext == "pdf":
                n = pdfinfo_pages(data, tmpdir)
                if n is None:
                    out["pdf_fail"].append(full)
                    if "truncated" not in (d.get("note") or ""):
                        problems.append(f"{full}: pdfinfo fails")
                    continue
                out["pages"] += n
                if n != d["pages"]:
                    out["mismatch"].append((full, n, d["pages"]))
                if not 1 <= n <= 6:
                    problems.append(f"{full}: {n} pages")
            elif ext in ("jpg", "jpeg"):
                out["pages"] += 1
            elif ext == "docx":
                try:
                    zipfile.ZipFile(io.BytesIO(data)).testzip()
                except zipfile.BadZipFile:
                    problems.append(f"{full}: bad .docx")
        missing = set(expected) - seen
        if missing:
            problems.append(f"missing entries: {sorted(missing)[:3]}")
    finally:
        import shutil
        shutil.rmtree(tmpdir, ignore_errors=True)
    out["problems"] = problems
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    with open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8") as f:
        man = json.load(f)
    rows = man["packages"]
    listed = {r["file"] for r in rows}
    on_disk = {n for n in os.listdir(args.corpus) if n.endswith(".zip")}
    problems = []
    if listed != on_disk:
        problems.append(f"files vs manifest: {sorted(listed ^ on_disk)[:5]}")
    jobs = [(os.path.join(args.corpus, r["file"]), r) for r in rows]
    with multiprocessing.Pool(args.jobs) as pool:
        results = pool.map(check, jobs, chunksize=4)
    by_ext = collections.Counter()
    for r in results:
        by_ext.update(r["by_ext"])
        problems += [f"{r['file']}: {p}" for p in r["problems"]]
    docs = [d for r in rows for d in r["documents"]]
    mismatch = [m for r in results for m in r["mismatch"]]
    print(f"packages: {len(rows)} ({sum(1 for r in results if r['docs'])} open as zips with documents)")
    print(f"size: {sum(r['bytes'] for r in results) / 2**20:.1f} MiB "
          f"(mean {sum(r['bytes'] for r in results) / len(results) / 2**10:.0f} KiB, "
          f"max {max(r['bytes'] for r in results) / 2**20:.1f} MiB)")
    print(f"documents: {sum(r['docs'] for r in results)} found in the zips ({len(docs)} in the manifest); "
          + ", ".join(f"{k} {v}" for k, v in by_ext.most_common()))
    print(f"pages (pdfinfo; JPEG = 1): {sum(r['pages'] for r in results)}; manifest says "
          f"{sum(d['pages'] or 0 for d in docs)}; page-count mismatches: {len(mismatch)} {mismatch[:3]}")
    per_pkg = [r["docs"] for r in results if r["docs"]]
    print(f"documents per package: min {min(per_pkg)}, mean {sum(per_pkg) / len(per_pkg):.1f}, max {max(per_pkg)}")
    pages = collections.Counter(d["pages"] for d in docs)
    print("pages per document: " + ", ".join(f"{k}: {v}" for k, v in sorted(pages.items(), key=lambda x: x[0] or 0)))
    prod = collections.Counter(d["producer"] for d in docs)
    print("producers: " + ", ".join(f"{k} {v} ({100 * v / len(docs):.1f}%)" for k, v in prod.most_common()))
    print(f"nested zips: {sum(r['nested'] for r in results)} in {sum(1 for r in results if r['nested'])} packages")
    print(f"pdfinfo failures: {sum(len(r['pdf_fail']) for r in results)} (planted truncated PDFs: "
          f"{sum(1 for r in rows if (r.get('hostile') or {}).get('kind') == 'corrupt_pdf')})")
    bombs = [r["bomb"] for r in results if r["bomb"]]
    if bombs:
        print("bomb-like entries: " + ", ".join(f"{s >> 20} MiB → {c >> 10} KiB ({s // c}:1)" for s, c in bombs))
    d = collections.Counter(r["defect"]["kind"] for r in rows if r["defect"])
    h = collections.Counter(r["hostile"]["kind"] for r in rows if r["hostile"])
    print(f"defects: {sum(d.values())} ({dict(d)})")
    print(f"hostile: {sum(h.values())} ({dict(h)})")
    print(f"packages with scans: {sum(1 for r in rows if r['scan'])}")
    if problems:
        print(f"{len(problems)} PROBLEMS:")
        for p in problems[:40]:
            print("  " + p)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
