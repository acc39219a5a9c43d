"""README.md for the tuning corpus."""
import collections
import os

CAUSES = {
    1: "the file name beats the content",
    2: "real titles vary (函 / 推荐意见 / 推荐书, broken titles, letterheads)",
    3: "values in other layouts (ticks, ranges, wrapped cells, other registration certificates, sample titles)",
    4: "who issued the district letter",
    5: "a clear fail hidden behind review (unreadable page + definite disqualifier)",
    6: "unreadable extras in an otherwise complete package",
    7: "content the notice asks for (credit records, the letter recommends THIS applicant)",
    8: "a wrong-format signed material (.docx/.txt only, or only mentioned)",
}


def readme_text(pkgs, key, outdir):
    P = key["packages"]
    verdicts = collections.Counter(e["verdict"] for e in P.values())
    causes = collections.Counter(c for e in P.values() for c in e["causes"])
    defects = collections.Counter(d for e in P.values() for d in e["defects"])
    total = sum(os.path.getsize(os.path.join(outdir, z)) for z in P)
    biggest = max(os.path.getsize(os.path.join(outdir, z)) for z in P)
    prods = collections.Counter()
    texts = collections.Counter()
    for e in P.values():
        for d in e["documents"]:
            texts[d["text"]] += 1
            pr = d["producer"]
            for tag, label in [
                ("python-docx", "python-docx .docx"), ("LibreOffice", "LibreOffice --convert-to pdf"),
                ("flat ODT", "hand-written flat ODT (.fodt)"), ("odfpy", "odfpy .odt"),
                ("Chromium", "Chromium headless print-to-pdf"), ("reportlab platypus, embedded", "reportlab platypus + embedded TrueType"),
                ("STSong-Light", "reportlab + non-embedded STSong-Light"), ("reportlab canvas certificate", "reportlab canvas certificate layout"),
                ("Ghostscript", "Ghostscript pdfwrite re-distill"), ("img2pdf (image only", "scan → img2pdf, image only"),
                ("tesseract", "scan + tesseract PDF OCR layer"), ("ocrmypdf", "scan + ocrmypdf"),
                ("render mode 3", "scan + reportlab invisible text layer"), ("phone photo", "phone photo (.jpg)"),
                ("site photo", "synthetic site photo (.jpg)"), ("qpdf", "qpdf encrypted"), ("truncated", "truncated (corrupt)"),
                ("left as a Word file", ".docx left as Word file"), ("plain text .txt", ".txt file")]:
                if tag in pr:
                    prods[label] += 1
    L = []
    L.append("# Blind test corpus `tuning` for the 沪人社职〔2024〕447号 pre-screening tool\n")
    L.append("Written blind: only the notice, `DOMAIN.md` and the task prompt were read. The answer key (`key.json`) "
             "comes from the generator's own knowledge of what it planted in each package — the tool was never run.\n")
    L.append("## Regenerate\n")
    L.append("```\npython3 generate.py           # rebuilds packages/*.zip, key.json, README.md (≈10–20 min cold, cached after)\n"
             "python3 generate.py --verify  # re-checks existing zips against key.json\n```\n")
    L.append("Requires LibreOffice (own profile `/tmp/lo-tuning`), Chromium, poppler-utils, Ghostscript, qpdf, img2pdf, "
             "tesseract-ocr + chi_sim, ocrmypdf, CJK fonts (wqy, noto-cjk, arphic) and python reportlab, python-docx, "
             "odfpy, pillow. Scratch and cache: `/tmp/blind-tuning/` (delete it to force a cold rebuild). Content is "
             "deterministic (`random.Random(<slug>)` everywhere, no wall-clock in any text); PDF/zip timestamps and "
             "qpdf's encryption salt may differ between runs.\n")
    L.append("Code: `generate.py` (pipeline, self-check, key, verification), `gen/specs.py` (the packages and their "
             "planted defects), `gen/pkg.py` (standard document set, producers, file names, folders), "
             "`gen/content.py` (document texts), `gen/render.py` (docx/fodt/odt/html/reportlab renderers), "
             "`gen/post.py` (scans, OCR layers, photos, encryption, truncation, GBK zip writer), `gen/codes.py` "
             "(GB 32100 / GB 11714 check characters), `gen/catalog.py` (附件 subset, level names, sample-paper banks).\n")
    L.append("## Checks done without the tool\n")
    L.append("* every zip opens; every key path exists (GBK names decoded, nested zips opened);\n"
             "* `pdftotext` on each `text`/`ocr_layer` PDF contains the phrases intended for it (organisation name, "
             "credit code, titles, occupation codes, ticked levels, issuer, years, penalty numbers);\n"
             "* image-only scans yield no text; encrypted/corrupt PDFs yield none;\n"
             "* an internal oracle re-derives each verdict from the planted document set (presence, readability, "
             "seal-bearing formats, code checks, scope) and must agree with the spec;\n"
             "* all credit codes pass both check characters except the two planted checksum defects; only the planted "
             "duplicate pair shares a code.\n")
    sizes = sorted(os.path.getsize(os.path.join(outdir, z)) for z in P)
    over = sum(1 for s in sizes if s > 500_000)
    L.append(f"## Summary\n\n{len(P)} packages — pass {verdicts['pass']}, fail {verdicts['fail']}, review {verdicts['review']}. "
             f"Total size {total / 1e6:.1f} MB; median package {sizes[len(sizes) // 2] / 1e3:.0f} KB, largest "
             f"{biggest / 1e3:.0f} KB; {over} packages exceed the 500 KB aim (embedded CJK font subsets cost "
             f"30–80 KB per PDF, a 150 dpi grayscale scan page 70–100 KB).\n")
    L.append("Documents by text state: " + ", ".join(f"{k} {v}" for k, v in sorted(texts.items())) + ".\n")
    L.append("### Per cause\n\n| cause | meaning | packages |\n|---|---|---|")
    for c in range(1, 9):
        L.append(f"| {c} | {CAUSES[c]} | {causes[c]} |")
    L.append("\n### Per defect\n\n| defect | packages |\n|---|---|")
    for d, n in sorted(defects.items()):
        L.append(f"| `{d}` | {n} |")
    L.append(f"\n{len(defects)} distinct defects.\n")
    L.append("### Producers (document count)\n\n| producer step | documents |\n|---|---|")
    for k, v in prods.most_common():
        L.append(f"| {k} | {v} |")
    L.append("\n## Packages\n\n| file | verdict | causes | defects |\n|---|---|---|---|")
    for z, e in P.items():
        L.append(f"| {z} | {e['verdict']} | {', '.join(map(str, e['causes'])) or '—'} | "
                 f"{', '.join(e['defects']) or '—'} |")
    L.append("\n## Judgement calls\n")
    L.append("* A 社会团体 (51…) whose application form and registration certificate state that it was decoupled "
             "(已脱钩, 业务主管单位：无) is keyed `pass`: the 未脱钩 question is answered in its own documents.\n"
             "* A letter from a district-level agency that is not the district 人力资源和社会保障局 itself "
             "(e.g. 区就业促进中心, 区商务委员会) is keyed `fail` (policy: only the 16 district HR bureaus).\n"
             "* A credit report whose only 查见 entry is a 守信激励 (A-level taxpayer) record is keyed `pass`: it lists "
             "no 行政处罚 and no 失信 record.\n"
             "* A credit code with the historical division 310108 (闸北) is valid; the letter comes from 静安区.\n"
             "* The 申请单位承诺 clause inside an application form, or a sentence with 承诺 in a work plan, is not a "
             "承诺书; without a separate 承诺书 the package fails (all documents readable).\n"
             "* A readable 承诺书/廉洁责任书 (PDF or OCR scan) makes an additional editable .docx copy irrelevant.\n"
             "* Where a document holds several kinds, `kind` lists them in order of first appearance (a PDF with both "
             "years' audit reports is a single `audit_report`).\n"
             "* `text` = `ocr_layer` is used for scans with an invisible text layer, whether made by tesseract, "
             "ocrmypdf or reportlab (render mode 3); tesseract/ocrmypdf layers were kept only when they contained the "
             "organisation name, credit code, issuer and licence 类型 line, otherwise the generator fell back to the "
             "exact reportlab layer and the producer says so.\n")
    return "\n".join(L) + "\n"
