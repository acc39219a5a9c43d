#!/usr/bin/env python3
"""Blind test corpus generator (tuning set) for the 沪人社职〔2024〕447号 pre-screening tool.

    python3 generate.py            # build packages/*.zip, key.json, README.md
    python3 generate.py --verify   # only re-check the existing output

Deterministic in content: every random choice comes from random.Random(<package slug>);
no wall-clock time enters any document text. Scratch files live under /tmp/blind-tuning/.
The answer key is written from the generator's own knowledge of what it planted."""
import collections
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "gen"))

import codes  # noqa: E402
import content as C  # noqa: E402
import post  # noqa: E402
import render  # noqa: E402
from catalog import OCC, full_name, in_catalogue  # noqa: E402
from model import Cert, Doc  # noqa: E402
from specs import SPECS  # noqa: E402

SCRATCH = "/tmp/blind-tuning"
CACHE = os.path.join(SCRATCH, "cache")
OUT = os.path.join(HERE, "packages")
VERSION = "tuning-v3"
POST_VERSION = "p3"
RENDER_VERSION = {"fodt": "f2", "pillow": "s2"}  # bump one renderer without invalidating the others
LO_PROFILE = "file:///tmp/lo-tuning"

FONT_NAMES = {"wqy": "WenQuanYi Zen Hei", "micro": "WenQuanYi Micro Hei", "uming": "AR PL UMing",
              "ukai": "AR PL UKai"}
TEMPLATE_DESC = {"gw": "official-letter template (red letterhead rule, seal image)",
                 "textbox": "letterhead in a VML text box, footer page field",
                 "form": "form template (merged table cells, header/footer page field)",
                 "plain": "plain template"}


def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


FW = str.maketrans("（）：，；、", "():,;,")


def norm(s):
    """Whitespace-free text; full-width brackets/colons folded (OCR often returns ASCII ones)."""
    return re.sub(r"\s+", "", s).translate(FW)


# ------------------------------------------------------------------ packages

def build_specs():
    pkgs = [fn() for fn in SPECS]
    order = list(range(len(pkgs)))
    random.Random(447).shuffle(order)
    out = []
    for num, i in enumerate(order, 1):
        p = pkgs[i]
        p.number = num
        out.append(p)
    out.sort(key=lambda p: p.number)
    lo_kinds = ("docx", "fodt", "odt")
    for p in out:
        r = random.Random("gs-" + p.slug)
        for d in p.docs:
            # Ghostscript 10.0 loses the ToUnicode mapping of reportlab/Chromium fonts; real re-distilled
            # files in these packages come from office documents, so re-distill only LibreOffice output
            if "gs" in d.post and d.producer.split(":")[0] not in lo_kinds:
                if d.kind in ("industry_letter", "district_letter"):
                    d.producer = "docx:gw:" + r.choice(["WenQuanYi Zen Hei", "AR PL UKai CN"])
                else:
                    d.producer = "fodt:" + r.choice(["WenQuanYi Zen Hei", "WenQuanYi Micro Hei"])
    for p in out:
        p.assign_paths()
        for i, d in enumerate(p.docs):
            d.id = f"{p.slug}_{i:02d}"
    return out


def make_content(p, d):
    o, apps, st = p.o, p.apps, d.st
    fn = d.fn
    if fn == "form":
        return C.application_form(o, apps, st)
    if fn == "ind":
        return C.industry_letter(o, apps, st)
    if fn == "dist":
        return C.district_letter(o, apps, st)
    if fn == "credit":
        return C.credit_report(o, st)
    if fn == "audit":
        return C.audit_report(o, st)
    if fn == "audit2":
        return C.audit_pair(o, st)
    if fn == "pair":
        return C.pledge_pair(o, st)
    if fn == "reg":
        return C.registration(o, st)
    if fn == "wp":
        return C.work_plan(o, apps, st)
    if fn == "pledge":
        return C.pledge(o, st)
    if fn == "integ":
        return C.integrity(o, st)
    if fn == "implset":
        return C.implementation_doc(o, apps, st, d.parts)
    if fn == "staff":
        return C.staff_list(o, st, random.Random(d.id))
    if fn == "equip":
        return C.equipment_list(o, st)
    if fn == "profile":
        return C.profile(o, apps, st)
    if fn == "floor":
        return C.floor_plan_text(o)
    if fn == "lease":
        return C.lease(o, st)
    if fn == "site_photo":
        return None
    raise ValueError(fn)


def content_fingerprint(doc):
    if doc is None:
        return "none"
    if isinstance(doc, Cert):
        return repr(sorted((k, v) for k, v in vars(doc).items()))
    return repr(doc.blocks)


# ------------------------------------------------------------------ rendering

def base_render(jobs):
    """jobs: list of (d, doc). Produces d.base (path of the first-stage file) using the cache."""
    os.makedirs(os.path.join(CACHE, "base"), exist_ok=True)
    lo_src, html_src = [], []
    for d, doc in jobs:
        h = hashlib.sha1((VERSION + RENDER_VERSION.get(d.producer.split(":")[0], "") + d.producer +
                          ("|keepdocx" if "docx" in d.post else "") + "|" +
                          content_fingerprint(doc)).encode()).hexdigest()[:20]
        d.hash = h
        kind = d.producer.split(":")[0]
        if "docx" in d.post:
            target = os.path.join(CACHE, "base", h + ".docx")
        elif "txt" in d.post:
            target = os.path.join(CACHE, "base", h + ".txt")
        elif d.fn == "site_photo":
            target = os.path.join(CACHE, "base", h + ".jpg")
        else:
            target = os.path.join(CACHE, "base", h + ".pdf")
        d.base = target
        if os.path.exists(target):
            continue
        if "txt" in d.post:
            text = "\r\n".join(x for x in doc.plain_lines() if x != "\f")
            with open(target, "wb") as f:
                f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
        elif d.fn == "site_photo":
            post.site_photo(target, random.Random(d.id), d.st.get("label", "考场"))
        elif kind == "docx":
            _, tpl, font = d.producer.split(":", 2)
            src = target if "docx" in d.post else os.path.join(CACHE, "base", h + ".docx")
            render.to_docx(doc, tpl, font, src, header_text=None if tpl != "form" else p_header(d))
            if "docx" not in d.post:
                lo_src.append((src, target))
        elif kind == "fodt":
            src = os.path.join(CACHE, "base", h + ".fodt")
            render.to_fodt(doc, d.producer.split(":", 1)[1], src)
            lo_src.append((src, target))
        elif kind == "odt":
            src = os.path.join(CACHE, "base", h + ".odt")
            render.to_odt(doc, d.producer.split(":", 1)[1], src)
            lo_src.append((src, target))
        elif kind == "html":
            _, theme, font = d.producer.split(":", 2)
            src = os.path.join(CACHE, "base", h + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(render.to_html(doc, theme, font))
            html_src.append((src, target))
        elif kind == "htmlcert":
            font = d.producer.split(":", 1)[1]
            src = os.path.join(CACHE, "base", h + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(render.cert_html(doc, font, random.Random(d.id)))
            html_src.append((src, target))
        elif kind == "rl":
            render.to_rl(doc, d.producer.split(":", 1)[1], target, title=doc.name)
        elif kind == "rlcid":
            render.to_rl(doc, "cid", target, title=doc.name)
        elif kind == "cert":
            render.cert_rl(doc, d.producer.split(":", 1)[1], target, random.Random(d.id))
        else:
            raise ValueError(d.producer)
    if lo_src:
        print(f"  LibreOffice: converting {len(lo_src)} files", flush=True)
        outdir = os.path.join(CACHE, "base")
        for i in range(0, len(lo_src), 60):
            chunk = lo_src[i:i + 60]
            r = sh(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + [s for s, _ in chunk], timeout=1800)
            for s, t in chunk:
                if not os.path.exists(t):
                    raise RuntimeError(f"LibreOffice did not convert {s}: {r.stderr.decode()[-500:]}")
    if html_src:
        print(f"  Chromium: printing {len(html_src)} files", flush=True)
        chunks = [html_src[i::2] for i in range(2)]

        def worker(idx, items):
            for src, tgt in items:
                prof = tempfile.mkdtemp(prefix=f"chr{idx}-", dir=SCRATCH)
                r = sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={tgt}", "file://" + src], timeout=180)
                shutil.rmtree(prof, ignore_errors=True)
                if not os.path.exists(tgt):
                    raise RuntimeError(f"chromium failed for {src}: {r.stderr.decode()[-400:]}")

        ths = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(chunks)]
        for t in ths:
            t.start()
        for t in ths:
            t.join()
        for _, t in html_src:
            if not os.path.exists(t):
                raise RuntimeError("chromium output missing: " + t)


def p_header(d):
    return "社会培训评价组织征集遴选申报材料"


def must_ok(pdf, must):
    r = sh(["pdftotext", "-q", pdf, "-"])
    txt = norm(r.stdout.decode("utf-8", "replace"))
    missing = [m for m in must if norm(m) not in txt]
    return missing, txt


def finish(p, d, doc):
    """Apply post-processing; d.final = path of the file that goes into the zip."""
    os.makedirs(os.path.join(CACHE, "final"), exist_ok=True)
    if not d.post or d.post in (["docx"], ["txt"]):
        d.final = d.base
        return
    h = hashlib.sha1((POST_VERSION + d.hash + "|" + ",".join(d.post) + "|" + d.id).encode()).hexdigest()[:20]
    ext = ".jpg" if "photo" in d.post else ".pdf"
    target = os.path.join(CACHE, "final", h + ext)
    d.final = target
    sidecar = target + ".post.json"
    if os.path.exists(target) and os.path.exists(sidecar):
        d.post = json.load(open(sidecar))  # records an OCR fallback decided when the file was made
        return
    rng = random.Random("post-" + d.id)
    src = d.base
    ops = list(d.post)
    tmpfiles = []
    while ops:
        op = ops.pop(0)
        nxt = target if not ops else os.path.join(SCRATCH, f"tmp-{h}-{len(tmpfiles)}.pdf")
        tmpfiles.append(nxt)
        if op == "gs":
            post.gs_redistill(src, nxt)
        elif op == "scan":
            ocr = None
            if ops and ops[0].startswith("ocr:"):
                ocr = ops.pop(0)[4:]
                nxt = target if not ops else nxt
            # paper copies of the applicant's own documents are stamped before scanning
            seal = None
            if d.kind.split("+")[0] in ("application_form", "work_plan", "pledge", "integrity_letter"):
                seal = p.o["name"]
            elif d.kind == "audit_report":
                seal = d.st["firm"] if "firm" in d.st else d.st["reports"][0]["firm"]
            dpi = 200 if ocr in ("tess", "ocrmypdf") else 150
            post.scan(src, nxt, rng, dpi=dpi, gray=True, seal_text=seal, ocr=ocr,
                      pages_text=doc.pages_text() if doc is not None else None, quality=40 if dpi == 150 else 30)
            if ocr in ("tess", "ocrmypdf"):
                missing, _ = must_ok(nxt, doc.must)
                if missing:
                    print(f"    OCR by {ocr} lost {missing} in {d.id}; using a reportlab text layer instead")
                    post.scan(src, nxt, random.Random("post-" + d.id), dpi=150, gray=True, seal_text=seal, ocr="rl",
                              pages_text=doc.pages_text(), quality=40)
                    d.post = [x if x != f"ocr:{ocr}" else "ocr:rl" for x in d.post]
        elif op == "photo":
            post.photo_of_document(src, nxt if nxt.endswith(".jpg") else target, rng)
        elif op == "encrypt":
            post.encrypt(src, nxt)
        elif op == "truncate":
            post.truncate(src, nxt, 0.4)
        else:
            raise ValueError(op)
        src = nxt
    for t in tmpfiles:
        if t != target and os.path.exists(t):
            os.remove(t)
    with open(sidecar, "w") as f:
        json.dump(d.post, f)


def producer_label(d):
    pr = d.producer
    kind = pr.split(":")[0]
    if kind == "docx":
        _, tpl, font = pr.split(":", 2)
        s = f"python-docx .docx, {TEMPLATE_DESC[tpl]}, font {font}"
        if "docx" not in d.post:
            s += " → LibreOffice --convert-to pdf"
    elif kind == "fodt":
        s = f"hand-written flat ODT (.fodt, WPS-style, font {pr.split(':', 1)[1]}) → LibreOffice --convert-to pdf"
    elif kind == "odt":
        s = f"odfpy .odt (font {pr.split(':', 1)[1]}) → LibreOffice --convert-to pdf"
    elif kind == "html":
        _, theme, font = pr.split(":", 2)
        s = f"HTML/CSS ({theme} layout, font {font}, PNG seal) → Chromium headless print-to-pdf"
    elif kind == "htmlcert":
        s = f"HTML certificate layout with absolute positioning (font {pr.split(':', 1)[1]}) → Chromium headless print-to-pdf"
    elif kind == "rl":
        s = f"reportlab platypus, embedded TrueType {FONT_NAMES[pr.split(':', 1)[1]]}"
    elif kind == "rlcid":
        s = "reportlab platypus, non-embedded STSong-Light CID font"
    elif kind == "cert":
        s = f"reportlab canvas certificate layout at coordinates, embedded TrueType {FONT_NAMES[pr.split(':', 1)[1]]}"
    elif kind == "pillow":
        s = "Pillow synthetic site photo (JPEG)"
    else:
        s = pr
    if "txt" in d.post:
        return "plain text .txt (UTF-8 with BOM, CRLF)"
    ops = d.post
    i = 0
    while i < len(ops):
        op = ops[i]
        if op == "gs":
            s += " → Ghostscript pdfwrite re-distill"
        elif op == "scan":
            ocr = ops[i + 1][4:] if i + 1 < len(ops) and ops[i + 1].startswith("ocr:") else None
            dpi = 200 if ocr in ("tess", "ocrmypdf") else 150
            s += f" → printed and scanned: pdftoppm {dpi} dpi grayscale, Pillow rotation/noise/edge shadow, JPEG"
            if ocr is None:
                s += " → img2pdf (image only, no text layer)"
            elif ocr == "tess":
                s += " → tesseract -l chi_sim pdf (image + invisible OCR text)"
                i += 1
            elif ocr == "ocrmypdf":
                s += " → img2pdf → ocrmypdf -l chi_sim (OCR text layer)"
                i += 1
            elif ocr == "rl":
                s += " → reportlab page image + invisible text (render mode 3)"
                i += 1
        elif op == "photo":
            s += " → phone photo of the printout (Pillow: tilt, desk background, uneven light, JPEG)"
        elif op == "encrypt":
            s += " → qpdf --encrypt AES-256 with a user password"
        elif op == "truncate":
            s += " → truncated to 40% of its bytes (corrupt)"
        elif op == "docx":
            s += " (left as a Word file)"
        i += 1
    return s


# ------------------------------------------------------------------ zips

APPLEDOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02\x00\x00\x00\t\x00\x00\x002\x00\x00\x0e\xb0\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00\x01\x1e"


def build_zip(p):
    rng = random.Random("zip-" + p.slug)
    dt = (2025, 1, rng.randint(20, 26), rng.randint(8, 22), rng.randint(0, 59), rng.randint(0, 58))
    entries = []
    nested = collections.OrderedDict()
    for d in p.docs:
        data = open(d.final, "rb").read()
        if d.nested:
            nested.setdefault(d.nested["name"], []).append((d.path, data))
        else:
            entries.append((d.path, data))
    for name, inner in nested.items():
        buf = io.BytesIO()
        post.write_zip(buf, inner, encoding=p.encoding, dt=dt, dirs=p.dirs)
        entries.append((p.containers[name], buf.getvalue()))
    if p.macosx:
        extra = []
        for name, _ in entries:
            dn, _, fn = name.rpartition("/")
            extra.append(("__MACOSX/" + (dn + "/" if dn else "") + "._" + fn, APPLEDOUBLE))
        entries += extra
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, p.zip_name())
    post.write_zip(path, entries, encoding=p.encoding, dt=dt, dirs=p.dirs)
    return path


# ------------------------------------------------------------------ the generator's own consistency check

SEALED = {"industry_letter", "district_letter", "registration_certificate", "pledge", "integrity_letter"}


def oracle(p):
    """Re-derive the verdict from what the generator planted (not from any tool)."""
    readable = lambda d: d.text in ("text", "ocr_layer")
    have = collections.defaultdict(lambda: {"readable": 0, "editable": 0})
    evals = collections.defaultdict(lambda: {"readable": 0})
    samples = collections.defaultdict(set)
    unreadable = [d for d in p.docs if d.text in ("none", "encrypted", "corrupt")]
    for d in p.docs:
        kinds = d.kind.split("+")
        if d.fn == "audit":
            kinds = [f"audit_{d.st['year']}"]
        elif d.fn == "audit2":
            kinds = [f"audit_{x['year']}" for x in d.st["reports"]]
        for k in kinds:
            if k in ("evaluation_plan", "sample_paper"):
                continue
            if readable(d):
                have[k]["readable"] += 1
            elif d.text == "editable":
                have[k]["editable"] += 1
        if d.parts and readable(d):
            for part in d.parts:
                if part[0] == "eval":
                    evals[(part[1], part[2])]["readable"] += 1
                elif part[0] == "sample":
                    samples[(part[1], part[2])].add(part[4] if len(part) > 4 else part[3])
    required = ["application_form", "industry_letter", "district_letter", "credit_report", "audit_2023",
                "audit_2022", "registration_certificate", "work_plan", "pledge", "integrity_letter",
                "implementation_plan"]
    missing, editable_only = [], []
    for k in required:
        if have[k]["readable"]:
            if k in SEALED and not any(readable(d) for d in p.docs if k in d.kind.split("+")):
                editable_only.append(k)
            continue
        if have[k]["editable"]:
            (editable_only if k in SEALED else missing).append(k)
        else:
            missing.append(k)
    # every declared occupation x level needs an evaluation plan and two distinct sample sets
    for k, levels in p.apps:
        for l in levels:
            if not evals[(k, l)]["readable"]:
                missing.append(f"eval_{k}_{l}")
            if len(samples[(k, l)]) < 2:
                missing.append(f"samples_{k}_{l}")
    hard = []
    code = p.o["code"]
    if code[2:4] != "31":
        hard.append("not_shanghai")
    if code[:2] in ("11", "12", "13", "92"):
        hard.append("category")
    if p.o["regtype"] in ("branch", "sole", "partner", "shiye", "geti"):
        hard.append("type")
    for k, levels in p.apps:
        for l in levels:
            if not in_catalogue(k, l):
                hard.append("scope")
    if p.o["form_name"] != p.o["name"] or p.o["form_code"] != p.o["code"]:
        hard.append("mismatch")
    if hard or p.hard:
        return "fail", missing, editable_only, hard
    if missing and not unreadable and not editable_only:
        return "fail", missing, editable_only, hard
    if missing or editable_only or not codes.valid(code):
        # a missing material with an unreadable candidate, or a seal-bearing material only in editable form
        if missing and not unreadable:
            return "fail", missing, editable_only, hard
        return "review", missing, editable_only, hard
    return "pass", missing, editable_only, hard


# ------------------------------------------------------------------ key, README, verification

def key_entry(p):
    return {
        "verdict": p.verdict,
        "causes": sorted(p.causes),
        "defects": p.defects,
        "why": p.why,
        "organisation": {"name": p.o["name"], "credit_code": p.o["code"]},
        "applications": [{"code": OCC[k][0], "name": full_name(k), "levels": sorted(ls, reverse=True)}
                         for k, ls in p.apps],
        "documents": [{"path": p.key_path(d), "kind": d.kind, "producer": producer_label(d), "text": d.text}
                      for d in p.docs],
    }


ENCODING = {}  # zip name -> how the generator wrote its entry names (for verification only)


def decode_name(zi, enc="gbk"):
    if zi.flag_bits & 0x800:
        return zi.filename
    raw = zi.filename.encode("cp437")
    return raw.decode("utf-8" if enc == "utf8raw" else "gbk")


def verify(key):
    problems = []
    total = 0
    for zname, e in key["packages"].items():
        zp = os.path.join(OUT, zname)
        total += os.path.getsize(zp)
        with zipfile.ZipFile(zp) as zf:
            enc = ENCODING.get(zname, "gbk")
            names = {decode_name(zi, enc): zi for zi in zf.infolist()}
            inner_cache = {}
            files = {n for n in names if not n.endswith("/") and not n.startswith("__MACOSX/")}
            listed = set()
            for doc in e["documents"]:
                m = re.match(r"(.*?\.zip)/(.*)$", doc["path"])
                listed.add(m.group(1) if m and doc["path"] not in names else doc["path"])
            if files != listed:
                problems.append(f"{zname}: entries not in the key {sorted(files - listed)}, key paths not in zip {sorted(listed - files)}")
            for doc in e["documents"]:
                path = doc["path"]
                data = None
                if path in names:
                    data = zf.read(names[path])
                else:
                    # nested zip: outer path up to ".zip", then the inner path
                    m = re.match(r"(.*?\.zip)/(.*)$", path)
                    if m and m.group(1) in names:
                        if m.group(1) not in inner_cache:
                            inner = zipfile.ZipFile(io.BytesIO(zf.read(names[m.group(1)])))
                            inner_cache[m.group(1)] = (inner, {decode_name(zi, enc): zi for zi in inner.infolist()})
                        inner, inames = inner_cache[m.group(1)]
                        if m.group(2) in inames:
                            data = inner.read(inames[m.group(2)])
                if data is None:
                    problems.append(f"{zname}: missing entry {path}")
                    continue
                t = doc["text"]
                with tempfile.NamedTemporaryFile(dir=SCRATCH, suffix=os.path.splitext(path)[1]) as tf:
                    tf.write(data)
                    tf.flush()
                    if path.endswith(".pdf"):
                        r = sh(["pdftotext", "-q", tf.name, "-"])
                        txt = norm(r.stdout.decode("utf-8", "replace"))
                        if t in ("text", "ocr_layer"):
                            need = MUST.get((zname, path), [])
                            miss = [m for m in need if norm(m) not in txt]
                            if r.returncode != 0 or not txt or miss:
                                problems.append(f"{zname}: {path} ({t}) lacks {miss or 'text'}")
                        elif t == "none":
                            if txt:
                                problems.append(f"{zname}: {path} should have no text but has {txt[:40]}")
                        elif t in ("encrypted", "corrupt"):
                            if r.returncode == 0 and txt:
                                problems.append(f"{zname}: {path} ({t}) still yields text")
                    elif path.endswith(".jpg"):
                        from PIL import Image
                        Image.open(tf.name).verify()
                    elif path.endswith(".docx"):
                        import docx
                        txt = norm("".join(par.text for par in docx.Document(tf.name).paragraphs))
                        if e["organisation"]["name"] not in txt:
                            problems.append(f"{zname}: {path} docx lacks the organisation name")
                    elif path.endswith(".txt"):
                        if e["organisation"]["name"] not in data.decode("utf-8-sig"):
                            problems.append(f"{zname}: {path} txt lacks the organisation name")
    return problems, total


MUST = {}


def main():
    verify_only = "--verify" in sys.argv
    os.makedirs(SCRATCH, exist_ok=True)
    pkgs = build_specs()
    # self-check of the planted verdicts
    bad = []
    for p in pkgs:
        v, missing, ed, hard = oracle(p)
        if v != p.verdict:
            bad.append(f"{p.slug}: spec says {p.verdict}, generator state says {v} (missing={missing} editable={ed} hard={hard})")
    if bad:
        print("\n".join(bad))
        sys.exit(1)
    codes_seen = collections.defaultdict(list)
    for p in pkgs:
        codes_seen[p.o["code"]].append(p.slug)
    dups = {c: s for c, s in codes_seen.items() if len(s) > 1}
    assert list(dups.values()) == [["f19", "f20"]], dups
    if not verify_only:
        if os.path.isdir(OUT):
            shutil.rmtree(OUT)
        jobs = []
        contents = {}
        for p in pkgs:
            for d in p.docs:
                doc = make_content(p, d)
                contents[d.id] = doc
                jobs.append((d, doc))
        print(f"{len(pkgs)} packages, {len(jobs)} documents")
        base_render(jobs)
        print("  post-processing", flush=True)
        for p in pkgs:
            for d in p.docs:
                finish(p, d, contents[d.id])
        for p in pkgs:
            build_zip(p)
    else:
        contents = {d.id: make_content(p, d) for p in pkgs for d in p.docs}
    key = {"author": "tuning", "packages": {}}
    for p in pkgs:
        ENCODING[p.zip_name()] = p.encoding
        key["packages"][p.zip_name()] = key_entry(p)
        for d in p.docs:
            doc = contents[d.id]
            if doc is not None:
                MUST[(p.zip_name(), p.key_path(d))] = doc.must
    if not verify_only:
        with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        write_readme(pkgs, key)
    problems, total = verify(key)
    print(f"verified {len(key['packages'])} packages, total {total / 1e6:.1f} MB")
    for z in sorted(os.listdir(OUT)):
        s = os.path.getsize(os.path.join(OUT, z))
        if s > 500_000:
            print(f"  size warning: {z} {s / 1e3:.0f} KB")
    if problems:
        print("PROBLEMS:")
        print("\n".join(problems))
        sys.exit(2)
    print("all checks passed")


def write_readme(pkgs, key):
    from readme import readme_text
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_text(pkgs, key, OUT))


if __name__ == "__main__":
    main()
