#!/usr/bin/env python3
"""Self-check for the final8 corpus: zips open, key paths exist, org name in text documents, scans have no text layer."""
import io, json, re, subprocess, sys, tempfile, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
JUNK = ("__MACOSX/", ".DS_Store")


def names(z):
    out = {}
    for zi in z.infolist():
        n = zi.filename
        if not zi.flag_bits & 0x800:
            try:
                n = n.encode("cp437").decode("gbk")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out[n] = zi
    return out


def members(zbytes, prefix=""):
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    res = {}
    for n, zi in names(z).items():
        if n.startswith(JUNK) or n.endswith(".DS_Store") or n.endswith("/"):
            continue
        data = z.read(zi)
        if n.lower().endswith(".zip"):
            res.update(members(data, prefix + n + "/"))
        res[prefix + n] = data
    return res


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data); f.flush()
        r = subprocess.run(["pdftotext", f.name, "-"], capture_output=True, text=True)
        return r.returncode, r.stdout


def main():
    key = json.loads((ROOT / "key.json").read_text("utf-8"))
    assert key["author"] == "final8"
    errs = []
    pk = sorted((ROOT / "packages").glob("*.zip"))
    if len(pk) != 36: errs.append(f"{len(pk)} zips")
    if set(p.name for p in pk) != set(key["packages"]): errs.append("zip names differ from key")
    gbk = 0
    for p in pk:
        if p.stat().st_size > 1_200_000: errs.append(f"{p.name}: {p.stat().st_size} bytes")
        raw = p.read_bytes()
        z = zipfile.ZipFile(p)
        if any(not zi.flag_bits & 0x800 and not zi.filename.isascii() for zi in z.infolist()): gbk += 1
        mem = members(raw)
        ent = key["packages"][p.name]
        org = ent["organisation"]["name"]
        listed = set()
        for d in ent["documents"]:
            path = d["path"]; listed.add(path)
            if path not in mem: errs.append(f"{p.name}: missing {path}"); continue
            data = mem[path]
            if path.endswith(".pdf"):
                rc, txt = pdftext(data)
                norm = re.sub(r"\s+", "", txt)
                if d["text"] in ("text", "ocr-layer"):
                    if org not in norm and path not in " ".join(ent["defects"]):
                        errs.append(f"{p.name}: {path}: org name not in text ({norm[:60]!r})")
                elif d["text"] == "none" and norm:
                    errs.append(f"{p.name}: {path}: scan has a text layer")
                elif d["text"] == "encrypted" and rc == 0 and norm:
                    errs.append(f"{p.name}: {path}: not encrypted")
                elif d["text"] == "corrupt" and b"%%EOF" in data[-64:]:
                    errs.append(f"{p.name}: {path}: not truncated")
            elif path.endswith(".docx") and d["text"] == "text":
                import docx
                t = "".join(x.text for x in docx.Document(io.BytesIO(data)).paragraphs)
                if org not in t: errs.append(f"{p.name}: {path}: org not in docx")
        extra = set(k for k in mem if not k.endswith(".zip")) - listed
        if extra: errs.append(f"{p.name}: unlisted {extra}")
    if gbk < 2: errs.append(f"only {gbk} GBK zips")
    vc = {}
    for e in key["packages"].values(): vc[e["verdict"]] = vc.get(e["verdict"], 0) + 1
    print("verdicts:", vc, "gbk zips:", gbk)
    for e in errs: print("ERROR", e)
    print("selfcheck", "FAILED" if errs else "passed")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
