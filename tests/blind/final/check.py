#!/usr/bin/env python3
"""Self-check of corpus F without the tool: zips open, key paths exist, text/scan status matches the key,
and the intended phrases (titles, names, codes) are extractable from text documents.

    python3 check.py            # prints problems; exit 1 if any hard error
"""
import io
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bf_common import CAT, code_valid  # noqa: E402

LABELS = "/tmp/blind-final/labels.json"


def decode_archive(z):
    """Per-archive name decoding (flag / 0x7075 / GB18030-vs-UTF-8 by CJK count)."""
    infos = z.infolist()
    raws = []
    for zi in infos:
        if zi.flag_bits & 0x800:
            raws.append((zi, zi.filename.encode("utf-8"), True))
        else:
            raws.append((zi, zi.orig_filename.encode("cp437"), False))

    def up(zi):
        ex, i = zi.extra, 0
        while i + 4 <= len(ex):
            hid, ln = struct.unpack("<HH", ex[i:i + 4])
            if hid == 0x7075:
                return ex[i + 9:i + 4 + ln].decode("utf-8")
            i += 4 + ln
        return None

    def tryall(enc):
        out = []
        for zi, raw, flag in raws:
            try:
                out.append(raw.decode(enc))
            except UnicodeDecodeError:
                return None
        return out

    cjk = lambda names: sum(1 for n in names for ch in n if "\u4e00" <= ch <= "\u9fff")
    u, g = tryall("utf-8"), tryall("gb18030")
    if u is not None and g is not None:
        base = u if cjk(u) >= cjk(g) else g
    else:
        base = u if u is not None else g
    names = []
    for i, (zi, raw, flag) in enumerate(raws):
        n = up(zi) or (zi.filename if flag else (base[i] if base else zi.filename))
        names.append((n, zi))
    return names


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf", dir="/tmp/blind-final") as f:
        f.write(data)
        f.flush()
        r = subprocess.run(["pdftotext", "-q", f.name, "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, r.stdout.decode("utf-8", "replace")


def pdfinfo(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf", dir="/tmp/blind-final") as f:
        f.write(data)
        f.flush()
        r = subprocess.run(["pdfinfo", f.name], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, (r.stdout + r.stderr).decode("utf-8", "replace")


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def split_ok(ph, t):
    """An occupation written as 职业名称 and 工种 in separate columns."""
    m = re.match(r"^(.+?)（(.+)）$", ph)
    return bool(m) and m.group(1) in t and m.group(2) in t


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    labels = json.load(open(LABELS, encoding="utf-8")) if os.path.exists(LABELS) else {}
    errors, warns = [], []
    total = 0
    seen_codes = {}
    for zname, ent in sorted(key["packages"].items()):
        zp = os.path.join(HERE, "packages", zname)
        if not os.path.exists(zp):
            errors.append("%s: zip missing" % zname)
            continue
        total += os.path.getsize(zp)
        if os.path.getsize(zp) > 900_000:
            warns.append("%s: %d bytes" % (zname, os.path.getsize(zp)))
        code = ent["organisation"]["credit_code"]
        seen_codes.setdefault(code, []).append(zname)
        if ent["verdict"] not in ("pass", "fail", "review"):
            errors.append("%s: bad verdict" % zname)
        with zipfile.ZipFile(zp) as z:
            if z.testzip() is not None:
                errors.append("%s: CRC error" % zname)
            names = dict(decode_archive(z))
            files = {}
            for n, zi in names.items():
                if n.endswith("/"):
                    continue
                data = z.read(zi)
                files[n] = data
                if n.lower().endswith(".zip"):
                    with zipfile.ZipFile(io.BytesIO(data)) as iz:
                        for n2, zi2 in decode_archive(iz):
                            if not n2.endswith("/"):
                                files[n + "/" + n2] = iz.read(zi2)
        listed = set()
        exp = labels.get(zname, {}).get("expect", {})
        for doc in ent["documents"]:
            p = doc["path"]
            listed.add(p)
            if p not in files:
                errors.append("%s: listed path not in zip: %s" % (zname, p))
                continue
            data = files[p]
            ts = doc["text"]
            low = p.lower()
            if low.endswith(".pdf"):
                if ts in ("text", "ocr_layer"):
                    rc, txt = pdftext(data)
                    t = norm(txt)
                    if rc != 0 or len(t) < 20:
                        errors.append("%s: %s expected text, got rc=%d len=%d" % (zname, p, rc, len(t)))
                        continue
                    for ph in exp.get(p, []):
                        if norm(ph) not in t and not split_ok(ph, t):
                            (warns if "tesseract" in doc["producer"] else errors).append(
                                "%s: %s: phrase not extracted: %s" % (zname, p, ph))
                elif ts == "none":
                    rc, txt = pdftext(data)
                    if norm(txt):
                        errors.append("%s: %s should have no text, has %r" % (zname, p, txt[:40]))
                elif ts == "encrypted":
                    rc, info = pdfinfo(data)
                    if "Incorrect password" not in info and rc == 0:
                        errors.append("%s: %s not encrypted" % (zname, p))
                elif ts == "corrupt":
                    rc, txt = pdftext(data)
                    if rc == 0 and len(norm(txt)) > 50:
                        warns.append("%s: %s corrupt but still yields text (%d chars)" % (zname, p, len(norm(txt))))
            elif low.endswith(".docx"):
                if ts != "editable":
                    errors.append("%s: %s docx not marked editable" % (zname, p))
                t = norm(docx_text(data))
                for ph in exp.get(p, []):
                    if norm(ph) not in t:
                        errors.append("%s: %s: phrase not in docx: %s" % (zname, p, ph))
            elif low.endswith(".jpg"):
                if ts != "none":
                    errors.append("%s: %s jpg not marked none" % (zname, p))
                if data[:2] != b"\xff\xd8":
                    errors.append("%s: %s not a JPEG" % (zname, p))
        unlisted = [f for f in files if f not in listed and not f.lower().endswith(".zip")]
        if unlisted:
            errors.append("%s: files not listed in key: %s" % (zname, unlisted))
        # key sanity
        for a in ent["applications"]:
            for l in a["levels"]:
                if l not in (1, 2, 3, 4, 5):
                    errors.append("%s: bad level" % zname)
        for c in ent["causes"]:
            if c not in range(1, 9):
                errors.append("%s: bad cause" % zname)
    for code, zs in seen_codes.items():
        if len(zs) > 1:
            dup = all("duplicate_application_same_occupation" in key["packages"][z]["defects"] for z in zs)
            (warns if dup else errors).append("credit code %s used by %s%s" % (code, zs, " (intended pair)" if dup else ""))
    for e in errors:
        print("ERROR", e)
    for w in warns:
        print("warn ", w)
    n = len(key["packages"])
    print("%d packages, %.1f MB total, %d errors, %d warnings" % (n, total / 1e6, len(errors), len(warns)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
