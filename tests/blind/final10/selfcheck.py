#!/usr/bin/env python3
"""Self-check of part final10: zips open, every key path exists (and every non-junk member is in the key),
text documents show the organisation's name (pdftotext / python-docx), OCR-layer scans carry text,
image-only scans have no text layer, encrypted/corrupt files really are, credit-code checks agree with the key."""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PK = os.path.join(HERE, "packages")
JUNK = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)")

ALPHA31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def code_ok(c):
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55  # noqa: E731
    s = sum(v(a) * w for a, w in zip(c[8:16], W9))
    oc = 11 - s % 11
    oc = "X" if oc == 10 else "0" if oc == 11 else str(oc)
    s2 = sum(ALPHA31.index(a) * w for a, w in zip(c[:17], W18))
    return oc == c[16] and ALPHA31[(31 - s2 % 31) % 31] == c[17]


def names(zf):
    out = {}
    for zi in zf.infolist():
        if zi.flag_bits & 0x800:
            n = zi.filename
        else:
            raw = zi.filename.encode("cp437")
            try:
                n = raw.decode("utf-8")
            except UnicodeDecodeError:
                n = raw.decode("gbk")
        out[n] = zi
    return out


def norm(t):
    return re.sub(r"\s+", "", t)


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        r = subprocess.run(["pdftotext", f.name, "-"], capture_output=True)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def nimages(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        r = subprocess.run(["pdfimages", "-list", f.name], capture_output=True)
        return max(0, len(r.stdout.decode().splitlines()) - 2)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def main():
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    expect = json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))
    errors = []
    verdicts = Counter()
    for zname, pkg in key["packages"].items():
        verdicts[pkg["verdict"]] += 1
        zp = os.path.join(PK, zname)
        if not os.path.exists(zp):
            errors.append(f"{zname}: zip missing")
            continue
        size = os.path.getsize(zp)
        try:
            zf = zipfile.ZipFile(zp)
            members = names(zf)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{zname}: cannot open ({e})")
            continue
        files = {}
        for n, zi in members.items():
            if n.endswith("/") or JUNK.search(n):
                continue
            data = zf.read(zi)
            if n.lower().endswith(".zip"):
                inner = zipfile.ZipFile(io.BytesIO(data))
                for m, zj in names(inner).items():
                    if not m.endswith("/") and not JUNK.search(m):
                        files[n + "/" + m] = inner.read(zj)
            else:
                files[n] = data
        listed = {d["path"] for d in pkg["documents"]}
        for p in sorted(set(files) - listed):
            errors.append(f"{zname}: member not in key: {p}")
        code = pkg["organisation"]["credit_code"]
        bad = "credit_code_checksum" in pkg["causes"]
        if code_ok(code) == bad:
            errors.append(f"{zname}: credit code {code} check={code_ok(code)} disagrees with causes")
        exp = expect.get(zname, {})
        for d in pkg["documents"]:
            p = d["path"]
            if p not in files:
                errors.append(f"{zname}: key path missing in zip: {p}")
                continue
            data = files[p]
            want = exp.get("overrides", {}).get(p, pkg["organisation"]["name"])
            t = d["text"]
            if p.lower().endswith(".pdf"):
                rc, txt, err = pdftext(data)
                if t == "text":
                    if rc != 0 or norm(want) not in norm(txt):
                        errors.append(f"{zname}: {p}: name '{want}' not found in text layer (rc={rc})")
                elif t == "ocr-layer":
                    if rc != 0 or len(norm(txt)) < 30:
                        errors.append(f"{zname}: {p}: OCR layer missing")
                    if nimages(data) == 0:
                        errors.append(f"{zname}: {p}: OCR-layer scan has no image")
                elif t == "none":
                    if rc != 0 or norm(txt):
                        errors.append(f"{zname}: {p}: image-only scan has a text layer / fails ({rc})")
                    if nimages(data) == 0:
                        errors.append(f"{zname}: {p}: scan without images")
                elif t == "encrypted":
                    if rc == 0 or "assword" not in err:
                        errors.append(f"{zname}: {p}: expected encrypted, pdftotext rc={rc}")
                elif t == "corrupt":
                    if rc == 0 and norm(txt):
                        errors.append(f"{zname}: {p}: expected corrupt but text extracted")
            elif p.lower().endswith(".docx"):
                try:
                    txt = docx_text(data)
                    if t == "text" and norm(want) not in norm(txt):
                        errors.append(f"{zname}: {p}: name not in docx text")
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{zname}: {p}: docx unreadable ({e})")
            elif p.lower().endswith((".jpg", ".jpeg", ".png")):
                from PIL import Image
                try:
                    Image.open(io.BytesIO(data)).verify()
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{zname}: {p}: image unreadable ({e})")
                if t != "none":
                    errors.append(f"{zname}: {p}: image must have text 'none'")
        print(f"{zname}: {pkg['verdict']:6s} {size // 1024:5d} KB  {len(pkg['documents'])} docs")
    print("verdicts:", dict(verdicts), "total", sum(verdicts.values()))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("selfcheck OK")


if __name__ == "__main__":
    main()
