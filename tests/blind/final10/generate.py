#!/usr/bin/env python3
"""Regenerate part final10 of the blind test corpus: packages/, key.json, expect.json, README.md.

Usage:  python3 generate.py            (all packages)
        python3 generate.py Q05 Q28    (only some packages; key.json is rebuilt from all)
Content is deterministic (seeded random per package); PDF bytes may differ in timestamps/IDs.
"""
import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from genlib import build  # noqa: E402
from genlib.pkgs import PACKAGES  # noqa: E402
from genlib.occ import full  # noqa: E402

OUT = os.path.join(HERE, "packages")


def main(only):
    t0 = time.time()
    if not only and os.path.isdir(build.BUILD):
        shutil.rmtree(build.BUILD)
    os.makedirs(OUT, exist_ok=True)
    made = []
    for fn in PACKAGES:
        q = fn.__name__.upper()
        if only and q not in only:
            continue
        d = os.path.join(build.BUILD, q)
        if os.path.isdir(d):
            shutil.rmtree(d)
        C, B, verdict = fn()
        made.append((C, B, verdict))
        print(f"[{time.time() - t0:6.1f}s] described {q}", flush=True)
    print("rendering html/office sources ...", flush=True)
    build.QUEUE.run()
    print(f"[{time.time() - t0:6.1f}s] rendered", flush=True)
    keyp = os.path.join(HERE, "key.json")
    key = json.load(open(keyp, encoding="utf-8")) if (only and os.path.exists(keyp)) else {"author": "final10", "packages": {}}
    expp = os.path.join(HERE, "expect.json")
    expect = json.load(open(expp, encoding="utf-8")) if (only and os.path.exists(expp)) else {}
    for C, B, verdict in made:
        zname = f"{C.q}-{C.form_name}.zip"
        for old in os.listdir(OUT):
            if old.startswith(C.q + "-"):
                os.remove(os.path.join(OUT, old))
        B.finalize()
        docs = build.write_package(B, os.path.join(OUT, zname))
        key["packages"] = {k: v for k, v in key["packages"].items() if not k.startswith(C.q + "-")}
        key["packages"][zname] = {
            "verdict": verdict["verdict"], "causes": verdict["causes"], "defects": verdict["defects"],
            "why": verdict["why"],
            "organisation": {"name": C.name, "credit_code": C.code},
            "applications": [{"code": o[0], "name": full(o), "levels": sorted(lv, reverse=True)} for o, lv in C.apps],
            "documents": docs,
        }
        expect[zname] = {"name": C.name, "overrides": B.expect}
        sz = os.path.getsize(os.path.join(OUT, zname))
        print(f"[{time.time() - t0:6.1f}s] wrote {zname} ({sz // 1024} KB, {len(docs)} documents)", flush=True)
    key["packages"] = dict(sorted(key["packages"].items()))
    with open(keyp, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(expp, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(expect.items())), f, ensure_ascii=False, indent=1)
    write_readme(key)
    print(f"done in {time.time() - t0:.0f}s")


def write_readme(key):
    from collections import Counter
    pk = key["packages"]
    cnt = Counter(v["verdict"] for v in pk.values())
    prods = Counter()
    texts = Counter()
    ndocs = 0
    for v in pk.values():
        for d in v["documents"]:
            ndocs += 1
            texts[d["text"]] += 1
            p = d["producer"]
            for tag in ["chromium", "python-docx(.docx)", "libreoffice(docx", "libreoffice(odt", "reportlab(embedded TTF",
                        "reportlab(CID", "reportlab canvas", "ghostscript", "ocrmypdf", "render-mode-3", "scan:", "faint scan",
                        "scanner JPEG", "phone photo", "qpdf AES", "truncated", "qpdf merge", "Pillow synthetic"]:
                if tag in p:
                    prods[tag] += 1
    lines = []
    lines.append("# Blind test corpus, part final10\n")
    lines.append("36 application packages answering 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the "
                 "pre-screening tool. Every defect is planted by `generate.py` and recorded in `key.json` from the generator's own knowledge.\n")
    lines.append("## Regenerate\n")
    lines.append("```\npython3 generate.py          # ~6-7 min on 2 cores: builds build/ (intermediates, safe to delete), packages/, key.json, expect.json, README.md\n"
                 "python3 selfcheck.py         # zips open, key paths exist, text layers show the organisation, scans have no text\n```\n")
    lines.append("Needs: python3 with reportlab, python-docx, odfpy, pillow; LibreOffice (`soffice`), Chromium, Ghostscript, qpdf, img2pdf, "
                 "poppler-utils, ocrmypdf + tesseract chi_sim, fonts-noto-cjk, fonts-wqy-zenhei. Content is deterministic (per-package "
                 "seeded `random.Random`); PDF bytes differ between runs only in producer timestamps/IDs. `expect.json` lists, per zip, the "
                 "name selfcheck must find in each text document (overrides where a planted defect puts another name in a document).\n")
    lines.append("Code: `genlib/codes.py` (credit codes, GB 32100 + GB 11714 checks, tested on DOMAIN.md's values), `genlib/render.py` "
                 "(one small document model, four renderers: HTML→Chromium, python-docx→LibreOffice, odfpy→LibreOffice, reportlab), "
                 "`genlib/cert.py` (certificates drawn at coordinates), `genlib/seal.py` (PNG and SVG seals), `genlib/post.py` (scans, "
                 "photos, OCR layers, Ghostscript, encryption, truncation), `genlib/tpl.py` (templates), `genlib/pkgs.py` (the 36 packages).\n")
    lines.append("## Producers used\n")
    desc = {
        "chromium": "Chromium headless --print-to-pdf of HTML/CSS (WenQuanYi → CID TrueType; Noto CJK → Type 3 fonts), CSS/SVG/PNG seals, @page margin boxes",
        "libreoffice(docx": "python-docx .docx (floating PNG seal anchors, merged table cells, PAGE fields) → LibreOffice 7.4 PDF",
        "libreoffice(odt": "odfpy .odt (frames for seals, row/column spans, header/footer) → LibreOffice 7.4 PDF",
        "reportlab(embedded TTF": "reportlab platypus with embedded WenQuanYi Zen Hei TrueType subset",
        "reportlab(CID": "reportlab with non-embedded CID font STSong-Light (UniGB-UCS2-H)",
        "reportlab canvas": "reportlab canvas at coordinates (licences/certificates with QR pattern, emblem, seals; floor plan)",
        "ghostscript": "Ghostscript pdfwrite /ebook re-distillation of LibreOffice PDFs",
        "scan:": "pdftoppm → Pillow (small rotation, noise, specks, grayscale or colour) → JPEG → img2pdf, or bilevel CCITT G4 TIFF → img2pdf (image-only PDF)",
        "faint scan": "unreadable scan: 60 dpi, low contrast, blur, JPEG q25",
        "scanner JPEG": "scanner saving a JPEG per page (.jpg)",
        "ocrmypdf": "ocrmypdf -l chi_sim+eng over an image-only scan (invisible OCR text layer)",
        "render-mode-3": "scan image + invisible text (reportlab render mode 3) placed from the source's word boxes",
        "phone photo": "phone photo of a printed page (perspective, lighting, blur) — a poor one is unreadable",
        "qpdf AES": "qpdf AES-256 encryption with a user password",
        "truncated": "file cut to 45 % of its bytes (corrupt)",
        "qpdf merge": "qpdf page merge of several producers into one PDF",
        "python-docx(.docx)": ".docx shipped as is",
        "Pillow synthetic": "synthetic site photos (one deliberately faint)",
    }
    lines.append("| producer (tag in the key's `producer` field) | documents whose producer chain uses it | what |\n|---|---|---|")
    for k, v in prods.most_common():
        lines.append(f"| {k.strip('(:')} | {v} | {desc.get(k, '')} |")
    lines.append("")
    lines.append(f"Documents listed in the key: {ndocs} (text: {texts['text']}, ocr-layer: {texts['ocr-layer']}, none (images/scans): "
                 f"{texts['none']}, encrypted: {texts['encrypted']}, corrupt: {texts['corrupt']}).\n")
    lines.append("Zip features: UTF-8 names (flag bit 11) by default; GBK names without the flag as Windows writes them (Q07, Q20); "
                 "macOS `__MACOSX/` + `.DS_Store` junk (Q25, Q31); nested zips (Q05 样题.zip, Q17 样题及答案.zip); a wrapping top folder "
                 "(Q04, Q25, Q31); one 合订本 PDF holding nine materials (Q21).\n")
    lines.append("## Counts\n")
    lines.append(f"pass {cnt['pass']}, fail {cnt['fail']}, review {cnt['review']} — {len(pk)} packages.\n")
    lines.append("## Packages\n")
    lines.append("| zip | verdict | causes | defects |\n|---|---|---|---|")
    for z, v in pk.items():
        lines.append(f"| {z} | {v['verdict']} | {', '.join(v['causes']) or '—'} | {'；'.join(v['defects']) or '—'} |")
    lines.append("")
    lines.append("## Notes on the policy as applied\n")
    lines.append("- Audit years: packages are dated 2025-01-17…25, so the two years are 2022 and 2023 (Q33 has 2021+2023 → fail).\n"
                 "- Stamped materials (`seal` in the key): the two letters, 承诺书, 廉洁责任书, the registration certificate copy (applicant's "
                 "seal and 与原件一致 note over the certificate; the certificate also carries the registration authority's seal).\n"
                 "- Q05 and Q28 are the same organisation (same name and credit code) applying for 保洁员 twice: both fail.\n"
                 "- Q24 has a fail defect (失信被执行人) and a review defect (承诺书 only as .docx): fail.\n"
                 "- Q35 has an encrypted credit report and a readable copy of the same report: pass. Q25's faint photo is an extra: pass.\n"
                 "- Q15: the faint district letter was stamped (key says seal: true) but the scan is unreadable — review either way.\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main(set(a.upper() for a in sys.argv[1:]))
