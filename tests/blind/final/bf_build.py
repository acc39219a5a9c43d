"""Build machinery for corpus F: package context, document specs, producers, zip assembly."""
import io
import json
import os
import random
import shutil
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor

import bf_content as C
import bf_post as PO
import bf_render as R
from bf_common import (DISTRICTS, STREETS, ar_date, cn_date, make_code, person, seed_for, split_occ)
from bf_zip import write_zip

SCRATCH = "/tmp/blind-final"

DOCX_TPL = {
    "A": dict(font="Noto Serif CJK SC", head_font="Noto Serif CJK SC", size=12, footer_page=True),
    "B": dict(font="AR PL UMing CN", head_font="AR PL UMing CN", size=12, margin=2.8, top=3.2),
    "C": dict(font="WenQuanYi Zen Hei", head_font="WenQuanYi Zen Hei", size=11, textbox=True, header_right=True),
    "D": dict(font="WenQuanYi Micro Hei", head_font="WenQuanYi Micro Hei", size=10.5, margin=2.0, footer_page=True),
    "E": dict(font="AR PL UKai CN", head_font="AR PL UKai CN", size=12, lh_size=26, docno_right=True),
}
DOCX_DESC = {
    "A": "Noto Serif CJK SC, page-number footer",
    "B": "AR PL UMing CN, wide margins",
    "C": "WenQuanYi Zen Hei, letterhead in a VML text box, running header",
    "D": "WenQuanYi Micro Hei, narrow margins, page-number footer",
    "E": "AR PL UKai CN, right-aligned document number",
}
FODT_TPL = {
    "A": dict(font="Noto Sans CJK SC", head_font="Noto Sans CJK SC", size=11),
    "B": dict(font="AR PL UKai CN", head_font="AR PL UKai CN", size=12),
    "C": dict(font="WenQuanYi Micro Hei", head_font="WenQuanYi Micro Hei", size=11),
}
HTML_TPL = {
    "gov": dict(font="'AR PL UKai CN', serif", head="'AR PL UKai CN', serif", css_seal=True, lhsp="4pt",
                css=".lh{font-family:'Noto Serif CJK SC',serif} h1{font-family:'Noto Serif CJK SC',serif} h2,th{font-weight:normal}"),
    "gov2": dict(font="'WenQuanYi Zen Hei', sans-serif", head="'WenQuanYi Zen Hei', sans-serif", double_rule=True, lhsp="1pt", size="13pt",
                 css="h1,h2,th{font-weight:normal} h1{font-size:20pt}"),
    "report": dict(font="'WenQuanYi Micro Hei', sans-serif", head="'WenQuanYi Micro Hei', sans-serif", size="10.5pt", th_bg="#dfe8f3",
                   css="h1,h2,th{font-weight:normal} h2{background:#2a5a9a;color:#fff;padding:1mm 2mm;font-size:11pt} .sub{color:#2a5a9a;font-size:12pt}"),
    "form": dict(font="'WenQuanYi Zen Hei', 'DejaVu Sans', sans-serif", head="'WenQuanYi Zen Hei', sans-serif", size="11pt"),
    "plain": dict(font="'AR PL UMing CN', serif", head="'AR PL UMing CN', serif", size="12pt", css="h1,h2,th{font-weight:normal} h1{font-size:19pt}"),
}
RL_DESC = {"zenhei": "WenQuanYi Zen Hei", "microhei": "WenQuanYi Micro Hei", "ukai": "AR PL UKai CN", "uming": "AR PL UMing CN"}


class Pkg:
    def __init__(self, label, verdict, causes, defects, why):
        self.label = label
        self.rng = random.Random(seed_for("F-corpus/" + label))
        self.verdict, self.causes, self.defects, self.why = verdict, causes, defects, why
        self.docs = []
        self.zip_mode = "gbk"
        self.zip_dirs = False
        self.junk = []
        self.staff = self.rng.randrange(6, 16)
        self.assessors = self.rng.randrange(12, 40)
        self.contact = person(self.rng)
        self.phone = "1%d%08d" % (self.rng.choice([35, 36, 37, 38, 39, 58, 59, 86, 89]), self.rng.randrange(10 ** 8))
        d = self.rng.randrange(20, 25)
        self.date_apply = ar_date(2025, 1, d)
        ld = self.rng.randrange(6, 17)
        self.letter_day = ld
        self.date_letter = ar_date(2025, 1, ld)
        self.date_letter_cn = cn_date(2025, 1, ld)
        self.date_credit = ar_date(2025, 1, self.rng.randrange(13, 20))

    def num(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def set_org(self, name, regtype, district, *, lic_type=None, prefix=None, division=None, code=None,
                supervisor="", scope=None, authority=None, site_district=None, site_address=None, org_seed=None):
        r = random.Random(seed_for(org_seed)) if org_seed else self.rng
        div = division or (DISTRICTS[district][0] if district in DISTRICTS else "310000")
        pre = prefix or {"company": "91", "minfei": "52", "shetuan": "51", "shiye": "12"}[regtype]
        code = code or make_code(r, pre, div)
        adist = district if district in DISTRICTS else "黄浦区"
        street = r.choice(STREETS[adist])
        addr = "上海市%s%s%d号%s" % (adist, street, r.randrange(8, 2200), r.choice(["", "%d层" % r.randrange(2, 12), "%d室" % r.randrange(101, 1208)]))
        est_y = r.randrange(2008, 2021)
        est = ar_date(est_y, r.randrange(1, 13), r.randrange(1, 29))
        self.org = dict(
            name=name, code=code, code_form=code, code_cert=code, regtype=regtype,
            lic_type=lic_type or ("有限责任公司（自然人投资或控股）" if regtype == "company" else ""),
            legal_rep=person(r), address=addr, est=est,
            capital=("人民币%d万元整" % r.choice([50, 100, 200, 300, 500, 1000])) if regtype == "company" else "人民币%d万元" % r.choice([3, 10, 20, 50]),
            scope=scope or "职业技能培训（不含需取得许可的培训）；人力资源服务（不含职业中介活动、劳务派遣服务）；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；信息咨询服务（不含许可类信息咨询服务）。",
            term=("%s至不约定期限" % est) if regtype == "company" else ar_date(2023, r.randrange(1, 13), r.randrange(1, 29)) + "至" + ar_date(2028, r.randrange(1, 13), r.randrange(1, 29)),
            lic_date=ar_date(r.randrange(2021, 2025), r.randrange(1, 13), r.randrange(1, 29)),
            authority=authority or ({"company": "上海市%s市场监督管理局" % district, "minfei": "上海市%s民政局" % district,
                                     "shetuan": "上海市民政局", "shiye": "上海市事业单位登记管理局"}[regtype] if district in DISTRICTS else "上海市民政局"),
            supervisor=supervisor, seal=name, regname={"minfei": "民办非企业单位", "shetuan": "社会团体", "shiye": "事业单位"}.get(regtype, ""),
        )
        self.site_district = site_district or district
        sd = self.site_district
        r = self.rng
        if site_address:
            self.site_address = site_address
        else:
            st = r.choice(STREETS.get(sd, ["中山路"]))
            self.site_address = "上海市%s%s%d号" % (sd, st, r.randrange(10, 1800))
        self.intro = ("%s成立于%s年，%s现有专职工作人员%d名，拥有考评员%d名，长期开展%s等职业（工种）的培训工作，近三年累计培训%d人次，具备开展职业技能等级认定的场地、设备和师资条件。" % (
            name, est[:4], r.choice(["注册地位于%s，" % district, "", "是一家专注于职业技能培训的单位，"]), self.staff, self.assessors,
            "、".join(split_occ(a[1])[0] for a in self.apps_declared) if hasattr(self, "apps_declared") else "相关", r.randrange(800, 9000)))

    def set_apps(self, apps):
        self.apps_declared = apps

    # ------------------------------------------------------------------ documents
    def add(self, path, parts, render, post=(), producer_note=""):
        """parts: [(kind, content)]; content = blocks list | cert dict | None."""
        kinds = []  # distinct kinds in order of first appearance
        for k, _ in parts:
            for kk in k.split("+"):
                if kk not in kinds:
                    kinds.append(kk)
        expect = []
        for k, content in parts:
            if isinstance(content, dict):
                expect += [content["title"], content["code"]] + [v for f, v in content["fields"] if f == "名称"]
            elif content:
                for blk in content:
                    if blk["t"] == "title":
                        expect.append("".join(blk["lines"]))
                        break
                if k == "application_form":
                    expect += [self.org["code_form"]] + [a[1] for a in self.apps_declared]
                if k == "credit_report":
                    for blk in content:
                        if blk["t"] == "grid":
                            expect += [r[1] for r in blk["rows"] if r and r[0] in ("统一社会信用代码", "主体名称", "名称", "企业名称")]
        self.docs.append(dict(path=path, parts=parts, render=render, post=list(post), kind="+".join(kinds), note=producer_note,
                              expect=expect))
        return self.docs[-1]


# ---------------------------------------------------------------------- content shortcuts
def impl_parts(P, v, apps=None, head=True, evals=True, samples=True, grouped=True, skip_eval=(), skip_sample=(), dup_sample=()):
    """Implementation plan head + evaluation plans + sample sets as parts.
    skip_eval: {(name,lvl)}; skip_sample: {(name,lvl,k)}; dup_sample: {(name,lvl)} -> set 2 replaced by set 1 again."""
    apps = apps or P.apps_declared
    parts = []
    if head:
        parts.append(("implementation_plan", C.implementation_plan_head(P, v)))
    evs, sms = [], []
    for code, name, lv in apps:
        for l in lv:
            if evals and (name, l) not in skip_eval:
                evs.append(("evaluation_plan", C.evaluation_plan(P, code, name, l, v)))
            if samples:
                for k in (1, 2):
                    if (name, l, k) in skip_sample:
                        continue
                    kk = 1 if (k == 2 and (name, l) in dup_sample) else k
                    sms.append(("sample_paper", C.sample_set(P, code, name, l, kk, v)))
            if not grouped:
                parts += evs + sms
                evs, sms = [], []
    return parts + evs + sms


def join_parts(parts):
    out = []
    for i, (_, blocks) in enumerate(parts):
        if i:
            out.append(C.B("break"))
        out += blocks
    return out


# ---------------------------------------------------------------------- producers
def producer_desc(doc):
    r = doc["render"]
    kind, _, tpl = r.partition(":")
    if kind == "docx":
        s = "python-docx (%s) → LibreOffice 7.4 soffice --convert-to pdf" % DOCX_DESC[tpl]
    elif kind == "keepdocx":
        s = "python-docx (%s), left as a Word .docx file" % DOCX_DESC[tpl]
    elif kind == "fodt":
        s = "flat ODT (.fodt, %s) → LibreOffice 7.4" % FODT_TPL[tpl]["font"]
    elif kind == "html":
        s = "HTML/CSS (%s template) → Chromium headless print-to-pdf" % tpl
    elif kind == "rl":
        s = "reportlab canvas flow layout, non-embedded CID font STSong-Light" if tpl == "cid" else "reportlab canvas flow layout, embedded TrueType %s" % RL_DESC[tpl]
    elif kind == "cert":
        s = "reportlab certificate layout (text at coordinates, seal and QR drawn), embedded TrueType %s" % RL_DESC[tpl]
    elif kind == "photo_site":
        s = "Pillow-drawn site photo, JPEG"
    elif kind == "floorplan":
        s = "Pillow-drawn floor plan, 120 dpi gray JPEG → img2pdf (image only)"
    elif kind == "txt":
        s = "plain UTF-8 text file"
    else:
        s = r
    for p in doc["post"]:
        s += {"gs": " → Ghostscript pdfwrite re-distilled",
              "scan": " → pdftoppm 150 dpi gray → Pillow (tilt, noise, seal) → JPEG q50 → img2pdf (image only, no text)",
              "scan_color": " → pdftoppm 110 dpi colour → Pillow (tilt, noise) → JPEG → img2pdf (image only, no text)",
              "ocr_rl": " → scan image (150 dpi gray JPEG) + invisible text layer (reportlab text render mode 3)",
              "ocrmypdf": " → scan (img2pdf) → ocrmypdf -l chi_sim text layer",
              "tesseract": " → scan (img2pdf) → tesseract -l chi_sim pdf renderer (image + GlyphLessFont text)",
              "encrypt": " → qpdf --encrypt AES-256 with a user password",
              "truncate": " → truncated to 42% of its bytes (corrupt)",
              "photo": " → phone photo of the printout (Pillow, colour JPEG .jpg)"}[p]
    if doc.get("note"):
        s += " (" + doc["note"] + ")"
    return s


def text_status(doc):
    post = doc["post"]
    r = doc["render"]
    if "encrypt" in post:
        return "encrypted"
    if "truncate" in post:
        return "corrupt"
    if any(p in post for p in ("ocr_rl", "ocrmypdf", "tesseract")):
        return "ocr_layer"
    if any(p in post for p in ("scan", "scan_color", "photo")) or r in ("photo_site", "floorplan"):
        return "none"
    if r.startswith("keepdocx") or r == "txt":
        return "editable"
    return "text"


def stage_sources(P, pid_dir):
    """Write source files (docx/fodt/html) or direct PDFs (reportlab). Returns conversion jobs."""
    lo_jobs, html_jobs = [], []
    seal_dir = os.path.join(SCRATCH, "seals")
    os.makedirs(seal_dir, exist_ok=True)
    for i, d in enumerate(P.docs):
        base = os.path.join(pid_dir, "d%02d" % i)
        d["_base"] = base
        kind, _, tpl = d["render"].partition(":")
        blocks = None
        if kind not in ("cert", "photo_site", "floorplan"):
            blocks = join_parts(d["parts"])
        if kind in ("docx", "keepdocx"):
            t = dict(DOCX_TPL[tpl])
            if t.get("header_right") or d.get("header"):
                t["header"] = d.get("header") or (None if "letter" in d["kind"] else P.org["name"])
            R.render_docx(blocks, base + ".docx", t, seal_dir)
            d["_src"] = base + ".docx"
            if kind == "docx":
                lo_jobs.append(base + ".docx")
                d["_pdf"] = base + ".pdf"
        elif kind == "fodt":
            R.render_fodt(blocks, base + ".fodt", dict(FODT_TPL[tpl]), seal_dir)
            lo_jobs.append(base + ".fodt")
            d["_pdf"] = base + ".pdf"
        elif kind == "html":
            t = dict(HTML_TPL[tpl])
            t["title"] = d["path"].split("/")[-1].rsplit(".", 1)[0]
            R.render_html(blocks, base + ".html", t, seal_dir)
            html_jobs.append((base + ".html", base + ".pdf"))
            d["_pdf"] = base + ".pdf"
        elif kind == "rl":
            t = {"font": tpl, "page_numbers": P.rng.random() < 0.5, "title": d["path"].split("/")[-1].rsplit(".", 1)[0]}
            R.render_rl(blocks, base + ".pdf", t, seal_dir)
            d["_pdf"] = base + ".pdf"
        elif kind == "cert":
            R.render_cert(d["parts"][0][1], base + ".pdf", {"font": tpl, "title_font": "ukai" if tpl != "ukai" else "uming"}, seal_dir, P.rng)
            d["_pdf"] = base + ".pdf"
        elif kind == "photo_site":
            PO.photo_site(base + ".jpg", P.rng, label=d.get("label", ""))
            d["_final"] = base + ".jpg"
        elif kind == "floorplan":
            PO.floor_plan_pdf(base + ".pdf", P.rng, d.get("label", "考核点平面布置图"))
            d["_final"] = base + ".pdf"
        elif kind == "txt":
            text = "\n".join(b.get("text", "") or "\n".join(b.get("lines", [])) for b in blocks if b["t"] not in ("grid", "break"))
            open(base + ".txt", "w", encoding="utf-8").write(text)
            d["_final"] = base + ".txt"
        else:
            raise ValueError(kind)
        if kind == "keepdocx":
            d["_final"] = base + ".docx"
    return lo_jobs, html_jobs


def post_process(P):
    for d in P.docs:
        if "_final" in d and not d["post"]:
            continue
        src = d.get("_pdf") or d.get("_final")
        cur = src
        for step in d["post"]:
            nxt = cur[:-4] + "_" + step + (".jpg" if step == "photo" else ".pdf")
            if step == "gs":
                PO.gs_redistill(cur, nxt)
            elif step == "scan":
                PO.scan_pdf(cur, nxt, P.rng, dpi=150, seal=None)
            elif step == "scan_color":
                PO.scan_pdf(cur, nxt, P.rng, dpi=110, gray=False, q=45)
            elif step == "ocr_rl":
                PO.scan_pdf_ocr_layer(cur, nxt, P.rng, dpi=150, producer=P.rng.choice(["ABBYY FineReader Engine", "Epson Scan 2 OCR", "Canon iR-ADV OCR"]))
            elif step == "ocrmypdf":
                tmp = cur[:-4] + "_img.pdf"
                PO.scan_pdf(cur, tmp, P.rng, dpi=200)
                PO.ocrmypdf_layer(tmp, nxt)
            elif step == "tesseract":
                tmp = cur[:-4] + "_img.pdf"
                PO.scan_pdf(cur, tmp, P.rng, dpi=200)
                PO.tesseract_pdf(tmp, nxt, dpi=200)
            elif step == "encrypt":
                PO.encrypt(cur, nxt)
            elif step == "truncate":
                PO.truncate(cur, nxt)
            elif step == "photo":
                PO.photo_of_pdf(cur, nxt, P.rng)
            cur = nxt
        d["_final"] = cur


def assemble(P, out_zip):
    entries = []
    nested = {}
    for d in P.docs:
        data = open(d["_final"], "rb").read()
        path = d["path"]
        if ".zip/" in path:
            zname, _, inner = path.partition(".zip/")
            nested.setdefault(zname + ".zip", []).append((inner, data))
        else:
            entries.append((path, data))
    for zname, ents in nested.items():
        bio = io.BytesIO()
        write_zip(bio, ents, mode=getattr(P, "inner_zip_mode", "gbk"), dirs=True)
        entries.append((zname, bio.getvalue()))
    entries += P.junk
    write_zip(out_zip, entries, mode=P.zip_mode, dirs=P.zip_dirs)
