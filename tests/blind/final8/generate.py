#!/usr/bin/env python3
"""Blind test corpus "final8": 36 application packages for 沪人社职〔2024〕447号.

Regenerate:  python3 generate.py      (writes packages/, key.json; scratch in build/)
Everything is deterministic (random.Random(seed) per package); only PDF timestamps differ.
"""
import io, json, os, random, shutil, subprocess, sys, zipfile, html
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / "build"
PKG = ROOT / "packages"
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

# ---------------------------------------------------------------- credit codes
ALPHA31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(s8):
    r = 11 - sum(_v36(c) * w for c, w in zip(s8, W9)) % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def code_check(s17):
    return ALPHA31[(31 - sum(ALPHA31.index(c) * w for c, w in zip(s17, W18)) % 31) % 31]


def valid_code(c):
    return len(c) == 18 and org_check(c[8:16]) == c[16] and code_check(c[:17]) == c[17]


def make_code(rng, prefix, div):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "MA1" + "".join(rng.choice(chars) for _ in range(5)) if prefix[0] == "9" else \
            "MJ" + "".join(rng.choice(chars) for _ in range(6))
        if prefix in ("12",):
            body = "".join(rng.choice("0123456789") for _ in range(8))
        ck = org_check(body)
        s17 = prefix + div + body + ck
        c = s17 + code_check(s17)
        if valid_code(c):
            return c


assert valid_code("91310115MA1FL0A00C") and valid_code("52310104MJ5K3L7D1F") and valid_code("123100004250018698")
assert not valid_code("91310115MA1FL0A00D") and not valid_code("52310104MJ5K3L7D0C")

# ---------------------------------------------------------------- domain data
DIST = {"310101": "黄浦区", "310104": "徐汇区", "310105": "长宁区", "310106": "静安区", "310107": "普陀区",
        "310109": "虹口区", "310110": "杨浦区", "310112": "闵行区", "310113": "宝山区", "310114": "嘉定区",
        "310115": "浦东新区", "310116": "金山区", "310117": "松江区", "310118": "青浦区", "310120": "奉贤区",
        "310151": "崇明区"}
DSHORT = {"黄浦区": "黄", "徐汇区": "徐", "长宁区": "长", "静安区": "静", "普陀区": "普", "虹口区": "虹", "杨浦区": "杨",
          "闵行区": "闵", "宝山区": "宝", "嘉定区": "嘉", "浦东新区": "浦", "金山区": "金", "松江区": "松", "青浦区": "青",
          "奉贤区": "奉", "崇明区": "崇"}
CN = {5: "五级", 4: "四级", 3: "三级", 2: "二级", 1: "一级"}
LNAME = {5: "初级工", 4: "中级工", 3: "高级工", 2: "技师", 1: "高级技师"}
CNUM = "〇一二三四五六七八九"


def cn_date(y, m, d):
    def n(x):
        if x < 10: return CNUM[x]
        if x == 10: return "十"
        if x < 20: return "十" + CNUM[x % 10]
        return CNUM[x // 10] + "十" + (CNUM[x % 10] if x % 10 else "")
    return "".join(CNUM[int(c)] for c in str(y)) + "年" + n(m) + "月" + n(d) + "日"


def cn_year(y):
    return "".join(CNUM[int(c)] for c in str(y))


# ---------------------------------------------------------------- document model
# blocks: ("lh", text) letterhead, ("no", text), ("title", text with \n), ("h", text), ("p", text),
#         ("table", rows), ("sign", [lines]), ("seal", org), ("br",), ("small", text)

def seal_png(text, path, color=(205, 20, 30), size=360):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([8, 8, size - 8, size - 8], outline=color + (230,), width=12)
    import math
    cx = cy = size / 2
    r = size / 2 - 22
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = 42 if i % 2 == 0 else 17
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=color + (230,))
    font = ImageFont.truetype(WQY, 36)
    n = len(text)
    span = min(250, 18 * n)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = cx + (r - 26) * math.cos(a), cy + (r - 26) * math.sin(a)
        ci = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((4, 0), ch, font=font, fill=color + (230,))
        ci = ci.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        img.alpha_composite(ci, (int(x - 22), int(y - 22)))
    img.save(path)


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("lh", "no", "title", "h", "p", "small"):
            out.append(b[1].replace("\n", ""))
        elif b[0] == "table":
            out += ["  ".join(r) for r in b[1]]
        elif b[0] == "sign":
            out += b[1]
    return out


# ---- reportlab (platypus) renderer
def render_rl(blocks, out, cid=False, rng=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable, HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if cid:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        F = "STSong-Light"
    else:
        try:
            pdfmetrics.getFont("WQY")
        except KeyError:
            pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
        F = "WQY"
    base = ParagraphStyle("b", fontName=F, fontSize=11.5, leading=19, wordWrap="CJK", firstLineIndent=23)
    st = {
        "p": base,
        "small": ParagraphStyle("s", parent=base, fontSize=9, leading=13, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, fontSize=13, leading=22, firstLineIndent=0, spaceBefore=6),
        "title": ParagraphStyle("t", parent=base, fontSize=17, leading=26, alignment=1, firstLineIndent=0, spaceAfter=10),
        "lh": ParagraphStyle("l", parent=base, fontSize=22, leading=30, alignment=1, textColor=colors.red, firstLineIndent=0),
        "no": ParagraphStyle("n", parent=base, alignment=1, firstLineIndent=0),
        "sign": ParagraphStyle("g", parent=base, alignment=2, firstLineIndent=0),
        "cell": ParagraphStyle("c", parent=base, fontSize=10, leading=14, firstLineIndent=0),
    }

    class Seal(Flowable):
        def __init__(self, txt):
            super().__init__(); self.txt = txt; self.width = 0; self.height = 0

        def draw(self):
            import math
            c = self.canv
            c.saveState()
            c.setStrokeColor(colors.Color(0.82, 0.1, 0.12, alpha=0.85)); c.setFillColor(colors.Color(0.82, 0.1, 0.12, alpha=0.85))
            x, y, r = 380, 40, 48
            c.setLineWidth(2.6); c.circle(x, y, r)
            pts = []
            for i in range(10):
                a = math.pi / 2 + i * math.pi / 5
                rr = 13 if i % 2 == 0 else 5
                pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
            p = c.beginPath(); p.moveTo(*pts[0])
            for q in pts[1:]: p.lineTo(*q)
            p.close(); c.drawPath(p, fill=1, stroke=0)
            n = len(self.txt); span = min(250, 19 * n)
            c.setFont(F, 9.5)
            for i, ch in enumerate(self.txt):
                a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
                c.saveState(); c.translate(x + (r - 11) * math.cos(a), y + (r - 11) * math.sin(a))
                c.rotate(math.degrees(a) - 90); c.drawCentredString(0, -3, ch); c.restoreState()
            c.restoreState()

    story = []
    for b in blocks:
        k = b[0]
        if k == "br":
            story.append(PageBreak())
        elif k == "lh":
            story.append(Paragraph(b[1], st["lh"])); story.append(HRFlowable(width="100%", color=colors.red, thickness=2))
        elif k == "title":
            for ln in b[1].split("\n"):
                story.append(Paragraph(html.escape(ln), st["title"]))
        elif k == "sign":
            story.append(Spacer(1, 12))
            for ln in b[1]:
                story.append(Paragraph(html.escape(ln), st["sign"]))
        elif k == "seal":
            story.append(Seal(b[1]))
        elif k == "table":
            rows = [[Paragraph(html.escape(c), st["cell"]) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]))
            story.append(Spacer(1, 4)); story.append(t); story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(html.escape(b[1]), st[k]))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=70, rightMargin=70, topMargin=60, bottomMargin=60)
    doc.build(story)


# ---- HTML / chromium renderer
SVG_SEAL = """<svg class="seal" width="150" height="150" viewBox="0 0 150 150"><defs><path id="arc{n}" d="M 26 75 A 49 49 0 1 1 124 75"/></defs>
<circle cx="75" cy="75" r="68" fill="none" stroke="#d4151d" stroke-width="5" opacity=".85"/>
<polygon points="75,52 81,69 99,69 85,80 90,98 75,87 60,98 65,80 51,69 69,69" fill="#d4151d" opacity=".85"/>
<text font-size="15" fill="#d4151d" opacity=".85" font-family="Noto Serif CJK SC"><textPath href="#arc{n}" startOffset="50%" text-anchor="middle">{t}</textPath></text></svg>"""


def render_html(blocks, out, css_variant=0):
    fonts = ["'Noto Serif CJK SC', serif", "'Noto Sans CJK SC', sans-serif", "'WenQuanYi Zen Hei', sans-serif"]
    css = f"""@page {{ size: A4; margin: 22mm 24mm; }} body {{ font-family: {fonts[css_variant % 3]}; font-size: 15px; line-height: 1.75; }}
    .lh {{ color:#d8141c; font-size: 30px; text-align:center; letter-spacing: 2px; font-weight: bold; border-bottom: 3px solid #d8141c; padding-bottom: 6px; margin-bottom: 8px; }}
    .no {{ text-align:center; }} h1 {{ text-align:center; font-size: 22px; margin: 14px 0; }} h2 {{ font-size: 17px; margin: 10px 0 4px; }}
    p {{ text-indent: 2em; margin: 3px 0; }} .small {{ font-size: 12px; text-indent: 0; }} .sign {{ text-align:right; text-indent:0; margin-right: 2em; }}
    table {{ border-collapse: collapse; width: 100%; margin: 6px 0; }} td, th {{ border: 1px solid #333; padding: 4px 6px; font-size: 13.5px; }}
    th {{ background: #eee; }} .sealbox {{ position: relative; height: 0; }} .seal {{ position: absolute; right: 40px; top: -120px; }}
    .br {{ page-break-after: always; }}"""
    parts = []
    n = 0
    for b in blocks:
        k = b[0]
        e = lambda s: html.escape(s)
        if k == "lh": parts.append(f'<div class="lh">{e(b[1])}</div>')
        elif k == "no": parts.append(f'<div class="no">{e(b[1])}</div>')
        elif k == "title": parts.append("<h1>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</h1>")
        elif k == "h": parts.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p": parts.append(f"<p>{e(b[1])}</p>")
        elif k == "small": parts.append(f'<p class="small">{e(b[1])}</p>')
        elif k == "sign": parts.append("".join(f'<p class="sign">{e(x)}</p>' for x in b[1]))
        elif k == "seal":
            n += 1; parts.append('<div class="sealbox">' + SVG_SEAL.format(n=n, t=e(b[1])) + "</div>")
        elif k == "br": parts.append('<div class="br"></div>')
        elif k == "table":
            rows = b[1]
            s = "<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            parts.append(s + "</table>")
    src = Path(str(out) + ".html")
    src.write_text(f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(parts)}</body></html>", "utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True, timeout=120)


# ---- python-docx writer
def write_docx(blocks, out, seal_dir):
    from docx import Document
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    stl = d.styles["Normal"]; stl.font.name = "Noto Serif CJK SC"; stl.font.size = Pt(12)
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for s in d.sections:
        s.page_width, s.page_height = Mm(210), Mm(297)
    for b in blocks:
        k = b[0]
        if k == "br":
            d.add_page_break(); continue
        if k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            continue
        if k == "seal":
            pth = seal_dir / f"seal_{abs(hash(b[1])) % 10**8}.png"
            if not pth.exists(): seal_png(b[1], pth)
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run().add_picture(str(pth), width=Mm(38)); continue
        lines = b[1] if k == "sign" else b[1].split("\n") if k == "title" else [b[1]]
        for ln in lines:
            p = d.add_paragraph(); r = p.add_run(ln)
            if k == "lh":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r.font.size = Pt(24); r.font.bold = True; r.font.color.rgb = RGBColor(0xD0, 0x10, 0x10)
            elif k in ("title",):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r.font.size = Pt(18); r.font.bold = True
            elif k == "no":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "h":
                r.font.bold = True; r.font.size = Pt(14)
            elif k == "sign":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "small":
                r.font.size = Pt(9)
            else:
                p.paragraph_format.first_line_indent = Pt(24)
    d.save(str(out))


# ---- odfpy writer
def write_odt(blocks, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def mk(name, size, bold=False, align=None, color=None, brk=False):
        s = Style(name=name, family="paragraph")
        tp = dict(fontsize=f"{size}pt", fontnameasian="Noto Sans CJK SC", fontfamilyasian="Noto Sans CJK SC", fontsizeasian=f"{size}pt")
        if bold: tp.update(fontweight="bold", fontweightasian="bold")
        if color: tp["color"] = color
        s.addElement(TextProperties(**tp))
        pp = {}
        if align: pp["textalign"] = align
        if brk: pp["breakbefore"] = "page"
        if pp: s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s); return s
    S = {"p": mk("P1", 11), "h": mk("H1", 13, True), "title": mk("T1", 17, True, "center"), "lh": mk("L1", 22, True, "center", "#cc1111"),
         "no": mk("N1", 11, False, "center"), "sign": mk("S1", 11, False, "end"), "small": mk("M1", 8.5), "brk": mk("B1", 11, brk=True)}
    pending_break = False
    for b in blocks:
        k = b[0]
        if k == "br":
            pending_break = True; continue
        if k == "seal":
            continue
        if k == "table":
            t = Table(name=f"t{id(b)}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(b[1][0])))
            for r in b[1]:
                tr = TableRow()
                for c in r:
                    tc = TableCell(); tc.addElement(P(stylename=S["p"], text=c)); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t); continue
        lines = b[1] if k == "sign" else b[1].split("\n") if k == "title" else [b[1]]
        for ln in lines:
            if pending_break:
                doc.text.addElement(P(stylename=S["brk"], text="")); pending_break = False
            doc.text.addElement(P(stylename=S[k], text=ln))
    doc.save(str(out))


def soffice_batch(files, outdir):
    if not files:
        return
    for i in range(0, len(files), 40):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir)] + [str(f) for f in files[i:i + 40]],
                       check=True, capture_output=True, timeout=900)


# ---- certificates drawn at coordinates (reportlab canvas)
def render_cert(cert, out, rng, seal_copy=True):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    W, H = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setStrokeColor(colors.Color(0.75, 0.55, 0.2)); c.setLineWidth(6); c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(1.5); c.rect(32, 32, W - 64, H - 64)
    c.setFillColor(colors.Color(0.6, 0.05, 0.05)); c.setFont("WQY", 34)
    c.drawCentredString(W / 2, H - 100, cert["title"])
    c.setFont("WQY", 13); c.setFillColor(colors.black)
    if cert.get("sub"): c.drawCentredString(W / 2, H - 128, cert["sub"])
    c.setFont("WQY", 11); c.drawString(70, H - 80, "统一社会信用代码"); c.drawString(70, H - 96, cert["code"])
    y = H - 165
    for lab, val in cert["fields"]:
        c.setFont("WQY", 13); c.drawString(90, y, lab)
        c.setFont("WQY", 12.5)
        chunks = [val[i:i + 40] for i in range(0, len(val), 40)] or [""]
        for ch in chunks:
            c.drawString(205, y, ch); y -= 21
        y -= 5
    c.setFont("WQY", 13)
    c.drawString(W - 310, 92, cert["authority"]); c.drawString(W - 290, 70, cert["date"])
    # authority seal
    c.setStrokeColor(colors.Color(0.85, 0.1, 0.1)); c.setLineWidth(2.5); c.circle(W - 235, 95, 44)
    if cert.get("qr"):
        rr = random.Random(cert["code"])
        for i in range(21):
            for j in range(21):
                if rr.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                    c.setFillColor(colors.black); c.rect(W - 150 + i * 3.6, H - 190 + j * 3.6, 3.6, 3.6, stroke=0, fill=1)
        c.setFont("WQY", 8); c.drawString(W - 152, H - 202, "扫描二维码登录国家企业信用信息公示系统")
    if seal_copy:
        c.setFont("WQY", 16); c.setFillColor(colors.Color(0.2, 0.2, 0.6))
        c.drawString(W / 2 - 40, 150, "复印件与原件一致")
        import math
        c.setStrokeColor(colors.Color(0.85, 0.1, 0.12, alpha=0.85)); c.setFillColor(colors.Color(0.85, 0.1, 0.12, alpha=0.85))
        x, yy, r = W / 2 + 20, 150, 50
        c.setLineWidth(3); c.circle(x, yy, r)
        txt = cert["sealname"]; n = len(txt); span = min(250, 19 * n); c.setFont("WQY", 9.5)
        for i, ch in enumerate(txt):
            a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
            c.saveState(); c.translate(x + (r - 11) * math.cos(a), yy + (r - 11) * math.sin(a)); c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, -3, ch); c.restoreState()
        c.setFont("WQY", 20); c.drawCentredString(x, yy - 7, "★")
    c.showPage(); c.save()


# ---- post-processing
def pdf_to_images(pdf, dpi, gray, prefix):
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [str(pdf), str(prefix)]
    subprocess.run(args, check=True)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))


def scan(pdf, out, rng, dpi=150, gray=False, ocr=False, quality=62, faint=False, limit=None):
    tmp = out.parent / (out.stem + "_pg")
    imgs = pdf_to_images(pdf, dpi, gray, tmp)
    if limit: imgs = imgs[:limit]
    jpgs = []
    for i, p in enumerate(imgs):
        im = Image.open(p).convert("L" if gray else "RGB")
        if faint:
            im = im.filter(ImageFilter.GaussianBlur(1.6))
            im = im.point(lambda v: 255 - int((255 - v) * 0.22)) if im.mode == "L" else im.point(lambda v: 255 - int((255 - v) * 0.22))
        ang = rng.uniform(-1.3, 1.3)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255 if im.mode == "L" else (255, 255, 255))
        noise = Image.effect_noise(im.size, 18).convert(im.mode)
        im = Image.blend(im, noise, 0.06)
        jp = out.parent / f"{out.stem}_{i}.jpg"
        im.save(jp, "JPEG", quality=quality, dpi=(dpi, dpi))
        jpgs.append(jp)
        p.unlink()
    if not ocr:
        subprocess.run(["img2pdf", "-o", str(out)] + [str(j) for j in jpgs], check=True)
    else:
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        try:
            pdfmetrics.getFont("WQY")
        except KeyError:
            pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
        r = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        pages = r.split("\f")
        c = None
        for i, jp in enumerate(jpgs):
            im = Image.open(jp); w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
            if c is None: c = canvas.Canvas(str(out), pagesize=(w, h))
            c.setPageSize((w, h)); c.drawImage(str(jp), 0, 0, w, h)
            t = c.beginText(); t.setTextRenderMode(3); t.setFont("WQY", 10); t.setTextOrigin(60, h - 70)
            for ln in (pages[i] if i < len(pages) else "").splitlines():
                if ln.strip(): t.textLine(" ".join(ln.split()))
            c.drawText(t); c.showPage()
        c.save()
    for j in jpgs: j.unlink()


def gs_redistill(src, out):
    subprocess.run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dCompatibilityLevel=1.5", f"-sOutputFile={out}", str(src)],
                   check=True, capture_output=True)


def encrypt(src, out):
    import pikepdf
    with pikepdf.open(src) as p:
        p.save(out, encryption=pikepdf.Encryption(owner="own8", user="sh2025", R=4))


def truncate(src, out):
    b = Path(src).read_bytes(); Path(out).write_bytes(b[: int(len(b) * 0.42)])


def photo_of_pdf(pdf, out, rng, poor=False):
    tmp = out.parent / (out.stem + "_ph")
    imgs = pdf_to_images(pdf, 45 if poor else 110, False, tmp)
    im = Image.open(imgs[0]).convert("RGB")
    for p in imgs: p.unlink()
    bg = Image.new("RGB", (int(im.width * 1.25), int(im.height * 1.2)), (92, 70, 52))
    bg.paste(im, (int(im.width * 0.1), int(im.height * 0.08)))
    bg = bg.rotate(rng.uniform(5, 9) if poor else rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=(80, 62, 45))
    if poor:
        bg = bg.filter(ImageFilter.GaussianBlur(3.2)).point(lambda v: int(v * 0.45))
    bg.save(out, "JPEG", quality=35 if poor else 70)


def site_photo(out, rng, blurry=False, plan=False):
    W, H = 1024, 768
    if plan:
        im = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(im); f = ImageFont.truetype(WQY, 22)
        d.rectangle([40, 40, W - 40, H - 40], outline="black", width=5)
        xs = sorted(rng.sample(range(150, W - 150), 3))
        for x in xs: d.line([x, 40, x, H - 260], fill="black", width=3)
        d.line([40, H - 260, W - 40, H - 260], fill="black", width=3)
        names = ["理论考场", "实操考场", "候考室", "监控室", "档案室"]
        for i, x in enumerate([40] + xs):
            d.text((x + 20, 120), names[i % 5], font=f, fill="black")
        d.text((W / 2 - 60, H - 150), "走廊 / 安全出口", font=f, fill="black")
        d.text((60, H - 80), "考核点平面示意图  比例 1:200", font=f, fill="black")
    else:
        im = Image.new("RGB", (W, H), (200, 196, 186)); d = ImageDraw.Draw(im)
        d.polygon([(0, H), (W, H), (W, 520), (0, 560)], fill=(140, 120, 100))
        for r in range(3):
            for cidx in range(5):
                x = 80 + cidx * 180; y = 430 + r * 90
                d.rectangle([x, y, x + 130, y + 30], fill=(180, 150, 110)); d.rectangle([x + 45, y - 50, x + 85, y - 5], fill=(40, 40, 50))
        d.rectangle([380, 60, 660, 220], fill=(245, 245, 245), outline=(60, 60, 60), width=4)
        d.ellipse([W - 120, 40, W - 80, 80], fill=(30, 30, 30))
        im = Image.blend(im, Image.effect_noise((W, H), 40).convert("RGB"), 0.12)
        if blurry: im = im.filter(ImageFilter.GaussianBlur(9))
    im.save(out, "JPEG", quality=45)


# ---------------------------------------------------------------- content builders
def occ_full(a):
    return f"{a[0]} {a[1]}"


def lv_range(levels, v):
    hi, lo = max(levels), min(levels)
    if len(levels) == 1: return CN[hi]
    return [f"{CN[hi]}至{CN[lo]}", f"{CN[lo]}—{CN[hi]}", f"{CN[hi][0]}至{CN[lo]}"][v % 3]


def c_form(P, v):
    n, code = P["name"], P["code"]
    head = [("title", "社会培训评价组织征集遴选申请表" if v % 2 == 0 else "上海市社会培训评价组织\n征集遴选申请表")]
    info = [["单位名称", n], ["统一社会信用代码", code], ["单位类型", P["typ"]], ["法定代表人", P["rep"]],
            ["注册地址", P["addr"]], ["考核点地址", P["site"]], ["联系人/电话", f"{P['contact']} 021-{P['tel']}"]]
    apps = P["apps"]
    if v == 0:
        rows = [["序号", "职业编码", "职业（工种）", "申报等级"]]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a[0], a[1], " ".join(("☑" if l in a[2] else "□") + CN[l] for l in (5, 4, 3, 2, 1))])
        body = head + [("table", [["项目", "内容"]] + info), ("h", "申报职业（工种）及等级"), ("table", rows)]
    elif v == 1:
        rows = [["序号", "职业编码", "职业名称（工种）", "申报等级", "备注"]]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a[0], a[1], lv_range(a[2], i + len(n)), "新申报"])
        body = head + [("table", [["填报项目", "填报内容"]] + info), ("table", rows)]
    elif v == 2:
        rows = [["职业编码", "职业（工种）", "拟开展等级"]]
        for a in apps:
            rows.append([a[0], a[1], "、".join(LNAME[l] for l in a[2])])
        body = head + [("p", f"申报单位（盖章）：{n}"), ("table", [["事项", "情况"]] + info[1:]), ("h", "二、拟开展评价的职业（工种）"), ("table", rows)]
    elif v == 3:
        body = head + [("p", f"{k}：{val}") for k, val in info]
        for i, a in enumerate(apps, 1):
            body += [("h", f"申报项目{CNUM[i]}"), ("p", f"职业编码：{a[0]}"), ("p", f"职业（工种）名称：{a[1]}"),
                     ("p", "申报等级：" + "、".join(f"{CN[l]}（{LNAME[l]}）" for l in a[2]))]
    elif v == 4:
        rows = [["职业编码", "职业（工种）", "五级", "四级", "三级", "二级", "一级", "备注"]]
        for a in apps:
            rows.append([a[0], a[1]] + [("■" if l in a[2] else "") for l in (5, 4, 3, 2, 1)] + ["考核点：" + P["district"]])
        body = head + [("table", [["单位基本情况", ""]] + info), ("p", "单位简介：" + P["intro"]), ("table", rows)]
    else:
        body = head + [("table", [["基本信息", ""]] + info), ("p", "单位简介：" + P["intro"]), ("p", "（申报项目见第2页）"), ("br",),
                       ("h", "申报职业（工种）及等级一览")]
        rows = [["#", "职业（工种）", "等级"]]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), f"{a[1]}（{a[0]}）", "、".join(f"{CN[l]}/{LNAME[l]}" for l in a[2])])
        body += [("table", rows)]
    body += [("p", "本单位承诺所填信息真实有效。"), ("sign", [f"申报单位（盖章）：{n}", P["date"]])]
    return body


LETTER_TITLES = ["关于推荐{n}申报\n社会培训评价组织的函", "推荐函", "关于{n}申报社会培训评价组织的\n推荐意见", "推荐书"]


def c_letter(P, v, issuer, docno, who, subject_name=None, district=False):
    n = subject_name or P["name"]
    occ = "、".join(f"{a[1]}（{a[0]}）" for a in P["apps"])
    t = LETTER_TITLES[v % 4].format(n=n)
    date = P["ldate"]
    dstr = cn_date(*date) if v % 2 == 0 else f"{date[0]}年{date[1]}月{date[2]}日"
    if district:
        body = [f"{n}位于本区{P['site']}的考核点，场地面积约{P['area']}平方米，设有理论考场、实操考场及视频监控设施，具备开展{occ}职业技能等级认定的条件。",
                "经我局实地查看，同意推荐该单位作为考核点所在区推荐单位，申报社会培训评价组织征集遴选。"]
    elif who == "group":
        body = [f"你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，同意{n}按照沪人社职〔2024〕447号文件要求，申报{occ}等职业（工种）社会培训评价组织。",
                "请严格按照有关规定开展职业技能等级认定工作，确保评价质量。"]
    else:
        body = [f"{n}是本行业内具有一定影响力的单位，长期从事{occ}相关培训与人才评价工作，管理规范，社会信誉良好。",
                f"根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号），我{'会' if '协会' in issuer else '委' if '委员会' in issuer else '局' if issuer.endswith('局') else '单位'}同意推荐{n}申报上述职业（工种）社会培训评价组织。",
                "特此推荐。"]
    if who == "group":
        t = f"关于同意{n}申报\n社会培训评价组织的批复"
        addr = f"{n}："
    else:
        addr = "上海市人力资源和社会保障局：" if v % 3 else "上海市职业技能鉴定中心："
    blocks = [("lh", issuer + ("" if v % 3 else "文件" if v % 4 == 0 else "")), ("no", docno), ("title", t), ("p", addr)]
    blocks += [("p", b) for b in body]
    blocks += [("sign", [issuer, dstr]), ("seal", issuer)]
    if v % 2: blocks.append(("small", f"（联系人：{P['contact2']}，电话：021-{P['tel2']}）"))
    return blocks


def c_credit(P, v, hits=None, name=None):
    n = name or P["name"]
    hits = hits or {}
    q = P["qdate"]
    rows = [["信息类别", "查询结果"]]
    cats = ["行政处罚信息", "失信被执行人信息", "严重失信主体名单信息", "欠缴税款信息"]
    for ccat in cats:
        k = hits.get(ccat, 0)
        rows.append([ccat, f"查见 {k} 条" if k else "未查见"])
    if v != 1: rows.append(["行政许可信息", "查见 2 条"])
    blocks = []
    if v == 0:
        blocks += [("lh", "信用中国（上海）"), ("title", "公共信用信息报告\n（法人版）"), ("p", f"报告编号：XYBG{q[0]}{q[1]:02d}{q[2]:02d}{P['num']:06d}")]
    elif v == 1:
        blocks += [("title", "上海市公共信用信息服务中心\n专用信用报告"), ("p", f"报告编号：SHXY-{q[0]}-{P['num']:07d}"), ("small", "（用于申报社会培训评价组织）")]
    else:
        blocks += [("lh", "上海市公共信用信息服务平台"), ("title", "法人公共信用信息查询报告"), ("p", f"查询编号 No.{P['num']}{q[2]:02d}31")]
    blocks += [("table", [["主体名称", n], ["统一社会信用代码", P["cert_code"]], ["查询日期", f"{q[0]}年{q[1]}月{q[2]}日"]]),
               ("h", "一、信用信息概要"), ("table", rows)]
    if hits:
        blocks.append(("h", "二、信息明细"))
        det = [["序号", "类别", "决定文书号", "处罚/认定机关", "内容", "日期"]]
        i = 1
        for ccat, k in hits.items():
            for _ in range(k):
                det.append([str(i), ccat, f"沪市监{P['dshort']}处〔2024〕{P['num'] % 900 + 100 + i}号", f"上海市{P['district']}市场监督管理局",
                            "经营过程中违反《中华人民共和国食品安全法》第三十四条，罚款人民币伍万元", "2024年6月18日"])
                i += 1
        blocks.append(("table", det))
    blocks += [("small", "本报告信息来源于上海市公共信用信息服务平台归集的各部门数据，仅反映查询日之前的信息。"),
               ("sign", ["上海市公共信用信息服务中心", f"{q[0]}年{q[1]}月{q[2]}日"])]
    return blocks


def c_audit(P, year, v):
    n = P["name"]
    np = P["kind"] in ("mfb", "st")
    ystr = f"{year}年" if v % 2 == 0 else f"{cn_year(year)}年"
    firm = P["firm"]
    stmts = "资产负债表、业务活动表和现金流量表" if np else "资产负债表、利润表、现金流量表和所有者权益变动表"
    to = "理事会" if np else "全体股东"
    blocks = [("title", "审 计 报 告"), ("no", f"{firm[1]}〔{year + 1}〕第{P['num'] % 700 + year - 1900:04d}号"), ("p", f"{n}{to}："),
              ("h", "一、审计意见"),
              ("p", f"我们审计了{n}（以下简称贵单位）财务报表，包括{ystr}12月31日的{stmts.split('、')[0]}，{ystr}度的{stmts.split('、', 1)[1]}以及相关财务报表附注。"),
              ("p", f"我们认为，后附的财务报表在所有重大方面按照{'《民间非营利组织会计制度》' if np else '企业会计准则'}的规定编制，公允反映了贵单位{ystr}12月31日的财务状况以及{ystr}度的{'业务活动成果' if np else '经营成果'}和现金流量。"),
              ("h", "二、形成审计意见的基础"),
              ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"),
              ("h", "三、管理层和治理层对财务报表的责任"),
              ("p", "管理层负责按照适用的财务报告编制基础的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。"),
              ("sign", [firm[0], "中国注册会计师：" + firm[2], "中国注册会计师：" + firm[3], f"{year + 1}年{3 + year % 3}月{10 + year % 17}日"]),
              ("seal", firm[0]), ("br",), ("title", f"{'资产负债表' if v != 2 else '资产负债表（简表）'}"),
              ("small", f"编制单位：{n}    {ystr}12月31日    单位：元"),
              ("table", [["项目", "期末数", "期初数"], ["货币资金", f"{P['num'] * 37 % 9000000 + 1200000:,}.00", f"{P['num'] * 29 % 8000000 + 900000:,}.00"],
                         ["资产总计", f"{P['num'] * 53 % 20000000 + 3000000:,}.00", f"{P['num'] * 47 % 18000000 + 2500000:,}.00"],
                         ["负债合计", f"{P['num'] * 13 % 3000000 + 200000:,}.00", f"{P['num'] * 11 % 3000000 + 150000:,}.00"]]),
              ("title", "业务活动表" if np else "利润表"),
              ("table", [["项目", "本年数", "上年数"], ["收入合计" if np else "营业收入", f"{P['num'] * 61 % 9000000 + 800000:,}.00", f"{P['num'] * 59 % 8000000 + 700000:,}.00"],
                         ["费用合计" if np else "营业成本", f"{P['num'] * 31 % 7000000 + 500000:,}.00", f"{P['num'] * 23 % 6000000 + 450000:,}.00"]])]
    return blocks


def c_workplan(P, v):
    n = P["name"]
    occ = "、".join(a[1] for a in P["apps"])
    return [("title", ["职业技能等级认定工作方案", f"{n}\n职业技能等级认定工作方案", "职业技能等级认定工作实施总体方案"][v % 3]),
            ("h", "一、机构概况"), ("p", f"{n}成立于{P['found']}，注册地址{P['addr']}。" + P["intro"]),
            ("h", "二、组织机构"), ("p", f"设立职业技能等级认定工作领导小组，由{P['rep']}任组长；下设评价工作办公室、质量督导组和考务组，配备专职工作人员{P['staff']}名。"),
            ("h", "三、评价职业与考核点"), ("p", f"拟开展{occ}的职业技能等级认定，考核点设在{P['site']}。"),
            ("h", "四、质量管控"), ("p", "建立考评人员、督导人员库，实行考务全过程视频监控，考试资料双人保管，成绩复核与公示制度。"),
            ("h", "五、经费保障"), ("p", "认定工作经费纳入单位年度预算，专款专用。")]


def c_pledge(P):
    n = P["name"]
    return [("title", "承 诺 书"), ("p", "上海市人力资源和社会保障局："),
            ("p", f"{n}自愿申报社会培训评价组织，现郑重承诺：所提交的全部申报材料真实、有效、合法；严格遵守国家和本市职业技能等级认定有关规定；不以营利为最终目的；自觉接受人社部门和行业主管部门的监督检查。如有违反，愿承担相应责任。"),
            ("sign", [f"承诺单位（盖章）：{n}", f"法定代表人（签字）：{P['rep']}", P["date"]]), ("seal", n)]


def c_integrity(P):
    n = P["name"]
    return [("title", "廉洁责任书"),
            ("p", f"为加强职业技能等级认定工作中的廉政建设，{n}（以下简称乙方）向上海市职业技能鉴定中心（甲方）作出如下廉洁承诺："),
            ("p", "一、不向甲方工作人员赠送礼金、有价证券和贵重物品；二、不以任何名义为甲方工作人员报销应由个人支付的费用；三、评价过程中不弄虚作假、不违规收费、不降低标准发证。"),
            ("p", "本责任书自签订之日起生效，至备案有效期满止。"),
            ("sign", [f"乙方（盖章）：{n}", f"负责人：{P['rep']}", P["date"]]), ("seal", n)]


def c_impl(P, v, with_eval=True):
    n = P["name"]
    b = [("title", f"{n}\n职业技能等级认定项目实施方案"), ("h", "一、总体要求"),
         ("p", "依据国家职业技能标准，坚持客观、公正、科学、规范的原则开展评价。"),
         ("h", "二、评价组织"), ("p", f"考评人员与考生配比不低于1:15，每个考场配备督导员1名，考核点位于{P['site']}。")]
    if with_eval:
        b.append(("h", "三、各等级评价方案"))
        if v == 0:
            for a in P["apps"]:
                for l in a[2]:
                    b += [("p", f"【{a[1]} {CN[l]}评价方案】评价方式为理论知识考试与操作技能考核，理论知识考试采用闭卷机考，时长90分钟；操作技能考核采用现场实际操作方式，时长{60 + 30 * (5 - l)}分钟；{'二级及以上另加综合评审。' if l <= 2 else '两项均达60分以上为合格。'}")]
        elif v == 1:
            rows = [["职业（工种）", "等级", "理论知识", "操作技能", "综合评审", "合格标准"]]
            for a in P["apps"]:
                for l in a[2]:
                    rows.append([a[1], f"{CN[l]}/{LNAME[l]}", "机考 90分钟", f"实操 {60 + 30 * (5 - l)}分钟", "有" if l <= 2 else "无", "各项≥60分"])
            b.append(("table", rows))
        else:
            for i, a in enumerate(P["apps"], 1):
                b.append(("h", f"第{CNUM[i]}章  {a[1]}（{a[0]}）评价方案"))
                for l in a[2]:
                    b += [("p", f"{LNAME[l]}（{CN[l]}）：申报条件按国家职业技能标准执行；理论知识占比{30 + 5 * (5 - l)}%，技能要求占比{70 - 5 * (5 - l)}%；考评员不少于{3 if l > 2 else 5}人。")]
    b += [("h", "四、考务管理"), ("p", "考前公布考试安排，考中全程视频监控，考后试卷封存并复核成绩，成绩公示5个工作日。")]
    return b


def c_eval_only(P, a, l):
    return [("title", f"{a[1]}{CN[l]}评价方案"), ("p", f"编制单位：{P['name']}"),
            ("h", "一、评价内容"), ("p", f"依据{a[1]}国家职业技能标准{CN[l]}要求，评价包括理论知识与操作技能两部分。"),
            ("h", "二、评价方式"), ("table", [["模块", "方式", "时长", "配分"], ["理论知识", "闭卷笔试/机考", "90分钟", "100"], ["操作技能", "现场操作", f"{60 + 30 * (5 - l)}分钟", "100"]]),
            ("h", "三、合格标准"), ("p", "理论知识与操作技能均达到60分及以上者为合格。")]


SET_NAMES = [("样题一", "样题二"), ("样卷（A卷）", "样卷（B卷）"), ("模拟试卷1", "模拟试卷2"), ("理论知识试卷（第一套）", "理论知识试卷（第二套）"),
             ("技能操作考核试题 A 卷", "技能操作考核试题 B 卷"), ("样题（一）", "样题（二）")]


def c_sample(P, a, l, s, sv, rng):
    nm = SET_NAMES[sv % 6][s]
    stems = ["在开展工作前，应首先确认的事项是（  ）。", "下列做法中，符合职业道德要求的是（  ）。", "按照操作规程，下列步骤顺序正确的是（  ）。",
             "发现异常情况时，正确的处置方式是（  ）。", "以下关于安全防护的说法，错误的是（  ）。", "记录与报告应当做到（  ）。"]
    r = random.Random(f"{P['code']}{a[1]}{l}{s}")
    qs = r.sample(stems, 4)
    b = [("title", f"{a[1]}（{CN[l]}）\n{nm}"), ("small", f"{P['name']} 编制    职业编码 {a[0]}    考试时间：90分钟"),
         ("h", "一、单项选择题（每题2分）")]
    for i, q in enumerate(qs, 1):
        b.append(("p", f"{i}. {a[1].split('（')[0]}{q} A. 选项{r.randint(1, 9)}  B. 选项{r.randint(1, 9)}  C. 选项{r.randint(1, 9)}  D. 选项{r.randint(1, 9)}"))
    b += [("h", "二、判断题（每题1分）"), ("p", f"{len(qs) + 1}. {CN[l]}人员应能独立完成本岗位的基本操作。（  ）"),
          ("h", "三、操作技能题"), ("p", f"试题{s + 1}：根据给定情境，完成{a[1].split('（')[0]}{['基础操作', '工艺实施', '方案设计', '质量检查', '指导培训'][5 - l]}任务，时间{40 + 10 * s}分钟，配分100分。")]
    return b


def c_simple(title, lines, P):
    return [("title", title), ("p", f"单位：{P['name']}")] + [("p", x) for x in lines]


def c_teachers(P, rng):
    fam = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    rows = [["序号", "姓名", "职称/等级", "从事专业年限", "拟承担工作"]]
    for i in range(1, 9):
        rows.append([str(i), rng.choice(fam) + rng.choice("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞"), rng.choice(["高级技师", "技师", "高级工程师", "讲师"]),
                     str(rng.randint(5, 25)), rng.choice(["考评员", "督导员", "命题专家", "考务人员"])])
    return [("title", "考评人员及专家团队名单"), ("p", f"单位：{P['name']}"), ("table", rows)]


# ---------------------------------------------------------------- package specs
O = {  # occupations used (code, name, allowed levels) — from 附件
    "护理": ("4-14-01-02", "医疗护理员"), "调饮": ("4-03-02-10", "调饮师"), "保洁": ("4-09-08-01", "保洁员"),
    "垃圾": ("4-09-08-02", "生活垃圾清运工（生活垃圾收集工）"), "核算": ("4-09-07-04", "碳排放管理员（碳排放核算员）"),
    "片剂": ("6-12-03-00", "药物制剂工（片剂制备）"), "增材": ("6-18-01-13", "增材制造设备操作员"), "艾灸": ("4-10-04-01", "保健调理师（保健艾灸师）"),
    "科技": ("4-07-02-02", "科技咨询师"), "食安": ("4-03-02-11", "食品安全管理师"), "数安": ("4-04-04-02", "网络与信息安全管理师（数据安全管理员）"),
    "管工": ("6-29-03-04", "管工"), "色彩": ("4-08-08-04", "色彩搭配师"), "信号": ("6-29-03-10", "轨道交通信号工（城市轨道交通信号工）"),
    "孪生": ("4-04-05-10", "数字孪生应用技术员"), "化工": ("6-11-01-03", "化工总控工"), "房产": ("4-06-02-02", "房地产策划师"),
    "助听": ("4-14-03-01", "助听器验配师"), "盆景": ("4-09-10-03", "盆景师"), "信用": ("4-07-02-04", "信用管理师"),
    "政务": ("3-01-01-02", "政务服务办事员"), "节能": ("4-09-07-06", "建筑节能减排咨询师"), "方案": ("4-04-04-05", "数字化解决方案设计师"),
    "营养": ("4-14-02-01", "营养师（公共营养师）"), "社群": ("4-14-04-04", "社群健康助理员"), "计量": ("4-08-05-06", "计量员（热工计量员）"),
    "民航": ("4-09-07-04", "碳排放管理员（民航碳排放管理员）"), "注射": ("6-12-03-00", "药物制剂工（注射剂制备）"), "颗粒": ("6-12-03-00", "药物制剂工（颗粒剂制备）"),
    "碳5": ("4-09-07-04", "碳排放管理员"), "交易": ("4-09-07-04", "碳排放管理员（碳排放交易员）"), "健管": ("4-14-02-02", "健康管理师"),
}
AUTH = {  # industry authority per occupation key: (issuer, docno prefix)
    "护理": ("上海市卫生健康委员会", "沪卫人函"), "调饮": ("上海市商务委员会", "沪商服函"), "保洁": ("上海市物业管理行业协会", "沪物协"),
    "核算": ("上海市生态环境局", "沪环气函"), "片剂": ("上海市药品监督管理局", "沪药监函"), "增材": ("上海市经济和信息化委员会", "沪经信技函"),
    "艾灸": ("上海市保健服务行业协会", "沪保协"), "科技": ("上海市科学技术委员会", "沪科函"), "食安": ("上海市市场监督管理局", "沪市监食函"),
    "数安": ("上海市经济和信息化委员会", "沪经信安函"), "管工": ("上海市住房和城乡建设管理委员会", "沪建人函"), "色彩": ("上海市服装行业协会", "沪服协"),
    "信号": ("上海市交通委员会", "沪交人函"), "孪生": ("上海市经济和信息化委员会", "沪经信技函"), "化工": ("上海市化学工业行业协会", "沪化协"),
    "房产": ("上海市房地产行业协会", "沪房协"), "助听": ("上海市康复器具协会", "沪康器协"), "盆景": ("上海市绿化和市容管理局", "沪绿容函"),
    "信用": ("上海市发展和改革委员会", "沪发改信用函"), "政务": ("上海市政府服务行业协会", "沪政服协"), "节能": ("上海市住房和城乡建设管理委员会", "沪建节函"),
    "方案": ("上海市经济和信息化委员会", "沪经信数函"), "营养": ("上海市卫生健康委员会", "沪卫食函"), "社群": ("上海市卫生健康委员会", "沪卫基函"),
    "计量": ("上海市市场监督管理局", "沪市监量函"), "民航": ("上海市交通委员会", "沪交航函"), "注射": ("上海市医药行业协会", "沪医协"),
    "碳5": ("上海市生态环境局", "沪环气函"),
}
FIRMS = [("上海立信华达会计师事务所有限公司", "沪立华审字", "陈建平", "周雯"), ("上海众信联合会计师事务所（普通合伙）", "众信审字", "李海燕", "顾文斌"),
         ("上海申诚会计师事务所有限公司", "沪申诚会审字", "徐立新", "孙佳"), ("上海沪港中天会计师事务所有限公司", "沪中天审", "钱卫东", "马晓红")]
REPS = "张建国 李秀英 王志强 刘海燕 陈文杰 杨丽华 黄永明 赵雪梅 吴国平 周晓燕 徐伟东 孙敏 马俊 朱静 胡立军 郭红".split()

L = lambda k, *lv: (O[k][0], O[k][1], list(lv), k)

SPECS = [
 dict(n="上海知行职业技能培训学校", k="mfb", div="310104", apps=[L("护理", 5, 4, 3)], v="pass", folders=True, extras=["teachers", "site"]),
 dict(n="上海申迪餐饮管理有限公司", k="co", div="310115", apps=[L("调饮", 4, 3)], v="pass", gbk=True, extras=["toc"]),
 dict(n="上海绿源保洁服务有限公司", k="co", div="310112", apps=[L("保洁", 5, 4, 3), L("垃圾", 5, 4)], v="pass", group="上海绿源环境服务集团有限公司", nested=True, extras=["plan"]),
 dict(n="上海碳衡科技有限公司", k="co", div="310110", apps=[L("核算", 4, 3)], v="pass", allscan=True),
 dict(n="上海鼎和物业管理有限公司", k="co", div="310106", apps=[L("保洁", 5, 4)], v="fail", omit={"dist"},
      causes=["missing_district_letter"], why="考核点所在区人社部门推荐函缺失（包内只有行业推荐函）"),
 dict(n="上海汇博医药技术培训中心", k="mfb", div="310120", apps=[L("片剂", 5, 4, 3)], v="pass", macosx=True, extras=["site"]),
 dict(n="昆山华睿智能制造有限公司", k="co", div="320583", apps=[L("增材", 4, 3)], v="fail", causes=["not_registered_in_shanghai"],
      why="统一社会信用代码行政区划码320583（江苏昆山），非上海登记", site_district="嘉定区"),
 dict(n="上海市浦东新区护理职业培训中心", k="sy", div="310115", apps=[L("护理", 5, 4)], v="fail", causes=["public_institution"],
      why="申报主体为事业单位（代码类别12，事业单位法人证书），不得申报"),
 dict(n="上海德曼精密机械有限公司", k="fie", div="310114", apps=[L("增材", 5, 4, 3)], v="pass", bigpdf_part=True),
 dict(n="上海润泽健康管理咨询有限公司", k="co", div="310105", apps=[L("艾灸", 5, 4), L("健管", 3, 2)], v="fail", causes=["occupation_not_in_notice"],
      why="申报的健康管理师（4-14-02-02）不在通知附件48个职业（工种）内", auth_key="艾灸"),
 dict(n="上海启明科技咨询有限公司", k="co", div="310101", apps=[L("科技", 4, 3)], v="fail", causes=["level_not_allowed"],
      why="科技咨询师在通知中仅可申报三级、二级、一级，申请表申报了四级"),
 dict(n="上海安居物业服务有限公司", k="co", div="310107", apps=[L("保洁", 5, 4, 3)], v="fail", causes=["duplicate_application"], dup=True,
      why="同一单位在本批次中两次申报保洁员（另见N13）"),
 dict(n="上海安居物业服务有限公司", k="co", div="310107", apps=[L("保洁", 4, 3), L("垃圾", 5, 4)], v="fail", causes=["duplicate_application"], dup=True,
      why="同一单位在本批次中两次申报保洁员（另见N12）", gbk=True),
 dict(n="上海佳味食品科技有限公司", k="co", div="310113", apps=[L("食安", 4, 3, 2)], v="fail", causes=["credit_penalty", "signed_material_docx_only"],
      credit_hits={"行政处罚信息": 1}, docx_only={"integ"}, why="信用报告行政处罚信息查见1条（fail）；廉洁责任书仅有可编辑docx（review项，但fail优先）"),
 dict(n="上海数联信息安全技术有限公司", k="co", div="310109", apps=[L("数安", 4, 3)], v="fail", causes=["letter_names_other_org"],
      letter_other="上海数安科技发展有限公司", why="行业主管部门推荐函推荐的是上海数安科技发展有限公司，而非申报单位"),
 dict(n="上海恒通管道工程有限公司", k="co", div="310118", apps=[L("管工", 5, 4, 3)], v="fail", causes=["district_letter_outside_shanghai"],
      dist_issuer=("太仓市人力资源和社会保障局", "太人社函〔2025〕6号"), why="考核点推荐函由江苏太仓市人社局出具，非上海市辖区人社局"),
 dict(n="上海美色文化传播有限公司", k="co", div="310117", apps=[L("色彩", 4, 3)], v="fail", causes=["name_mismatch"],
      cert_name="上海美色文化艺术有限公司", why="申请表单位名称与营业执照、信用报告上的名称（上海美色文化艺术有限公司）不一致"),
 dict(n="上海城轨技术培训有限公司", k="co", div="310151", apps=[L("信号", 4, 3)], v="fail", causes=["only_one_sample_set"], one_set=(0, 3),
      why="城市轨道交通信号工三级只有一套样题"),
 dict(n="上海云测数字科技有限公司浦东分公司", k="branch", div="310115", apps=[L("孪生", 4, 3)], v="fail", causes=["branch_not_legal_person"],
      why="营业执照类型为有限责任公司分公司，非独立法人"),
 dict(n="上海盛华化工技术服务有限公司", k="co", div="310116", apps=[L("化工", 4, 3)], v="fail", causes=["missing_audit_2022"], audit_years=[2021, 2023],
      why="审计报告为2021年度和2023年度，缺2022年度审计报告"),
 dict(n="上海房信咨询有限公司", k="co", div="310106", apps=[L("房产", 4, 3)], v="fail", causes=["district_letter_not_hr_bureau"],
      dist_issuer=("上海市静安区商务委员会", "静商务函〔2025〕3号"), why="考核点推荐函由静安区商务委员会出具，非区人社部门"),
 dict(n="上海聆听助听器验配服务有限公司", k="co", div="310105", apps=[L("助听", 4, 3)], v="review", causes=["unreadable_encrypted"], unread={"credit": "encrypt"},
      why="信用报告PDF加密，无法打开，包内无其他可读副本"),
 dict(n="上海东方盆景艺术有限公司", k="co", div="310118", apps=[L("盆景", 5, 4, 3)], v="review", causes=["unreadable_corrupt"], unread={"audit2023": "corrupt"},
      why="2023年度审计报告PDF被截断损坏，无法读取"),
 dict(n="上海诚信管理咨询有限公司", k="co", div="310101", apps=[L("信用", 4, 3)], v="review", causes=["unreadable_scan"], unread={"cert": "faint"},
      why="营业执照复印件为极淡、模糊的低分辨率扫描件，无法辨认，且无其他副本"),
 dict(n="上海政通企业服务有限公司", k="co", div="310109", apps=[L("政务", 5, 4)], v="review", causes=["signed_material_docx_only"], docx_only={"pledge"},
      why="承诺书仅以可编辑Word（.docx）提交，无签章件"),
 dict(n="上海节能建筑科技有限公司", k="co", div="310113", apps=[L("节能", 4, 3)], v="review", causes=["seal_absent"], noseal={"dist"},
      why="区人社局推荐函无公章"),
 dict(n="上海优码数字科技有限公司", k="co", div="310110", apps=[L("方案", 4, 3)], v="review", causes=["credit_code_checksum"], badcode=True,
      why="统一社会信用代码校验位不正确，需人工核实"),
 dict(n="上海市公共营养师协会", k="st", div="310000", apps=[L("营养", 4, 3)], v="review", causes=["social_organisation_51"],
      why="申报主体为社会团体（代码类别51），是否已与政府部门脱钩无法从材料判断"),
 dict(n="上海康护健康服务有限公司", k="co", div="310112", apps=[L("社群", 4, 3)], v="review", causes=["unreadable_photo"], unread={"ind": "photo_poor"},
      why="行业主管部门推荐函仅有一张模糊昏暗的手机照片，无法辨认"),
 dict(n="上海精测计量技术有限公司", k="co", div="310114", apps=[L("计量", 4, 3)], v="review", causes=["seal_absent"], noseal={"cert"},
      why="营业执照复印件未加盖单位公章"),
 dict(n="上海养和艾灸保健服务有限公司", k="co", div="310107", apps=[L("艾灸", 5, 4)], v="review", causes=["seal_absent"], noseal={"integ"},
      why="廉洁责任书无公章"),
 dict(n="上海民航低碳科技有限公司", k="co", div="310115", apps=[L("民航", 4, 3)], v="pass", bigpdf=True),
 dict(n="上海卓越药学职业培训学校", k="mfb", div="310117", apps=[L("注射", 4, 3), L("颗粒", 4)], v="pass", gbk=True, macosx=True, auth_key="注射", extras=["toc"]),
 dict(n="上海信安测评技术有限公司", k="co", div="310104", apps=[L("数安", 3, 2)], v="pass", dup_enc=True, extras=["teachers"]),
 dict(n="上海和茶餐饮管理有限公司", k="co", div="310151", apps=[L("食安", 3, 2)], v="pass", extras=["blurphoto", "plan"], scanletters=True),
 dict(n="上海海纳碳资产管理有限公司", k="co", div="310101", apps=[L("碳5", 5), L("交易", 4, 3)], v="pass", nested=True, auth_key="碳5"),
]
assert len(SPECS) == 36
STAMPED = {"industry_letter", "district_letter", "pledge", "integrity_letter", "registration_certificate"}


# ---------------------------------------------------------------- package assembly
NAMES = {
    "form": ["01-申请表", "1.申请表/社会培训评价组织征集遴选申请表", "附件1 申请表"],
    "ind": ["02-行业主管部门推荐函", "2.推荐函/行业推荐函", "附件2 行业主管部门推荐函"],
    "dist": ["03-区人社局推荐函", "2.推荐函/考核点所在区人社局推荐函", "附件3 区人社推荐函"],
    "credit": ["04-信用报告", "3.信用佐证/信用报告", "附件4 公共信用信息报告"],
    "audit": ["05-{y}年度审计报告", "3.信用佐证/{y}年审计报告", "附件5 审计报告{y}"],
    "cert": ["06-营业执照复印件", "3.信用佐证/登记证书", "附件6 法人证书"],
    "work": ["07-工作方案", "4.工作方案/职业技能等级认定工作方案", "附件7 工作方案"],
    "pledge": ["08-承诺书", "4.工作方案/承诺书", "附件8 承诺书"],
    "integ": ["09-廉洁责任书", "4.工作方案/廉洁责任书", "附件9 廉洁责任书"],
    "impl": ["10-实施方案", "5.实施方案/项目实施方案", "附件10 实施方案"],
}
PRODS = ["docx", "html", "rl", "odt", "rlcid"]
PRODNAME = {"docx": "python-docx -> LibreOffice PDF", "html": "Chromium headless print-to-pdf (HTML/CSS, SVG seal)",
            "rl": "reportlab platypus, embedded TTF (WenQuanYi Zen Hei)", "odt": "odfpy .odt -> LibreOffice PDF",
            "rlcid": "reportlab, non-embedded CID font STSong-Light", "cert": "reportlab canvas certificate (text at coordinates)",
            "docxraw": "python-docx (.docx as submitted)"}


def build_package(i, S):
    rng = random.Random(8000 + i)
    num = i + 1
    kind = S["k"]
    dists = list(DIST.values())
    site_d = S.get("site_district") or dists[(i * 5) % 16]
    reg_d = DIST.get(S["div"], "黄浦区")
    if S.get("code"):
        code = S["code"]
    else:
        pref = {"co": "91", "fie": "91", "branch": "91", "mfb": "52", "st": "51", "sy": "12"}[kind]
        code = make_code(random.Random(f"code{S['n']}"), pref, S["div"])
    if S.get("badcode"):
        bad = ALPHA31[(ALPHA31.index(code[17]) + 7) % 31]
        code = code[:17] + bad
        assert not valid_code(code)
    typ = {"co": "有限责任公司（自然人投资或控股）", "fie": "有限责任公司（外国法人独资）", "branch": "有限责任公司分公司",
           "mfb": "民办非企业单位", "st": "社会团体", "sy": "事业单位"}[kind]
    d = rng.randint(20, 26)
    P = dict(name=S["n"], code=code, cert_code=code, kind=kind, typ=typ, rep=REPS[i % 16] if kind != "branch" else REPS[(i + 3) % 16],
             addr=f"上海市{reg_d}{rng.choice(['龙华中路', '长乐路', '江场路', '张江路', '曹安公路', '沪闵路', '南京西路', '军工路'])}{rng.randint(10, 999)}号{rng.randint(1, 12)}楼",
             site=f"上海市{site_d}{rng.choice(['景谷路', '申江路', '嘉松北路', '漕宝路', '新闸路', '淞沪路', '虹梅路', '华夏西路'])}{rng.randint(10, 999)}号",
             district=reg_d, dshort=DSHORT[reg_d], contact=rng.choice(REPS), contact2=rng.choice(REPS), tel=rng.randint(50000000, 69999999),
             tel2=rng.randint(20000000, 29999999), apps=S["apps"], date=f"2025年1月{d - rng.randint(0, 3)}日",
             ldate=(2025, 1, rng.randint(6, 16)), qdate=(2025, 1, rng.randint(8, 18)), num=num * 7919 % 100000 + 1000,
             firm=FIRMS[i % 4], area=rng.choice([320, 450, 600, 820, 1200]), found=f"{rng.randint(2003, 2019)}年", staff=rng.randint(5, 18),
             intro=rng.choice(["本单位长期从事职业技能培训，年培训规模逾三千人次。", "公司为集团下属专业化服务企业，拥有标准化实训基地。",
                               "学校经市人社局批准设立，开设多个职业培训项目。", "公司系外商投资企业，设有企业培训中心，与多所职业院校合作。",
                               "本单位在行业内开展技能竞赛与人才评价多年。"]))
    if S.get("cert_name"):
        P["cert_name"] = S["cert_name"]
    style = i % 3
    docs = []
    defects = []

    def prod_for(slot, stamped=False):
        p = PRODS[(i + slot) % 5]
        if stamped and p == "odt": p = "docx"
        return p

    def add(key, path, kind_, blocks=None, prod=None, post=None, seal=None, **kw):
        docs.append(dict(key=key, path=path, kind=kind_, blocks=blocks, prod=prod, post=post, seal=seal, **kw))

    def nm(key, y=None):
        return NAMES[key][style].format(y=y)

    unread = S.get("unread", {})
    noseal = S.get("noseal", set())
    docx_only = S.get("docx_only", set())
    allscan = S.get("allscan")

    def stripseal(b):
        return [x for x in b if x[0] != "seal"]

    # application form
    add("form", nm("form") + ".pdf", "application_form", c_form(P, i % 6), prod_for(0))
    # industry letter
    akey = S.get("auth_key") or S["apps"][0][3]
    if S.get("group"):
        issuer, dn, who = S["group"], f"绿源集团〔2025〕{rng.randint(3, 30)}号", "group"
    else:
        issuer, pre = AUTH[akey]
        dn, who = f"{pre}〔2025〕{rng.randint(5, 60)}号", "auth"
    ind_blocks = c_letter(P, i % 4, issuer, dn, who, subject_name=S.get("letter_other"))
    if S.get("letter_other"):
        defects.append(f"industry_letter names {S['letter_other']} instead of the applicant: {nm('ind')}.pdf")
    add("ind", nm("ind") + ".pdf", "industry_letter", ind_blocks, ["html", "docx", "rl"][i % 3], seal=True)
    # district letter
    if "dist" not in S.get("omit", set()):
        di = S.get("dist_issuer") or (f"上海市{site_d}人力资源和社会保障局", f"{DSHORT[site_d]}人社{'函' if i % 2 else ''}〔2025〕{rng.randint(2, 40)}号")
        b = c_letter(P, (i + 1) % 4, di[0], di[1], "dist", district=True)
        if "dist" in noseal:
            b = stripseal(b); defects.append(f"district_letter has no seal: {nm('dist')}.pdf")
        if S.get("dist_issuer"):
            defects.append(f"district_letter issued by {di[0]}: {nm('dist')}.pdf")
        add("dist", nm("dist") + ".pdf", "district_letter", b, ["rl", "html", "docx"][i % 3], seal="dist" not in noseal)
    else:
        defects.append("district_letter (考核点所在区人社部门推荐函) absent from the package")
    # credit report
    cb = c_credit(dict(P, cert_code=code), i % 3, hits=S.get("credit_hits"), name=S.get("cert_name"))
    if S.get("credit_hits"):
        defects.append(f"credit_report lists 行政处罚信息 查见 1 条: {nm('credit')}.pdf")
    add("credit", nm("credit") + ".pdf", "credit_report", cb, "rlcid" if i % 4 == 0 else "rl" if i % 4 == 1 else "html")
    if S.get("dup_enc"):
        add("credit_enc", "3.信用佐证/信用报告（加密原件）.pdf" if style == 1 else "04-信用报告-原件加密.pdf", "credit_report", cb, "rl", post="encrypt")
    # audits
    years = S.get("audit_years", [2022, 2023])
    if 2022 not in years:
        defects.append("audit report for 2022 missing (2021 and 2023 supplied)")
    for y in years:
        add(f"audit{y}", nm("audit", y) + ".pdf", "audit_report", c_audit(P, y, i + y), prod_for(2 + y % 2))
    # registration certificate
    cn_ = S.get("cert_name") or P["name"]
    if kind in ("co", "fie", "branch"):
        cert = dict(title="营业执照", sub="（副 本）" if i % 2 else "", code=code, qr=True, sealname=cn_,
                    fields=[("名    称", cn_), ("类    型", typ), ("负 责 人" if kind == "branch" else "法定代表人", P["rep"]),
                            ("经营范围", "一般项目：职业技能培训（不含需取得许可的培训）；技术服务、技术开发、技术咨询；信息咨询服务。"),
                            ("注册资本", "" if kind == "branch" else f"人民币{rng.choice([100, 300, 500, 1000])}万元"),
                            ("成立日期", f"{P['found']}{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住    所" if kind != "branch" else "营业场所", P["addr"])],
                    authority=f"上海市{reg_d}市场监督管理局", date=f"{rng.randint(2019, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")
        if kind == "branch": cert["fields"] = [f for f in cert["fields"] if f[0] != "注册资本"]
    elif kind == "mfb":
        cert = dict(title="民办非企业单位登记证书", sub="（法人）", code=code, qr=False, sealname=cn_,
                    fields=[("名    称", cn_), ("住    所", P["addr"]), ("法定代表人", P["rep"]), ("业务范围", "职业技能培训、职业技能等级评价服务。"),
                            ("业务主管单位", f"上海市{reg_d}人力资源和社会保障局"), ("开办资金", f"{rng.choice([10, 30, 50])}万元"), ("有 效 期", "2022年5月至2027年5月")],
                    authority=f"上海市{reg_d}民政局", date="2022年5月18日")
    elif kind == "st":
        cert = dict(title="社会团体法人登记证书", sub="", code=code, qr=False, sealname=cn_,
                    fields=[("名    称", cn_), ("住    所", P["addr"]), ("法定代表人", P["rep"]), ("业务范围", "学术交流、技能培训、人才评价、咨询服务。"),
                            ("活动地域", "上海市"), ("注册资金", "10万元"), ("业务主管单位", "上海市科学技术协会"), ("有 效 期", "2021年9月至2026年9月")],
                    authority="上海市社会团体管理局", date="2021年9月6日")
    else:
        cert = dict(title="事业单位法人证书", sub="", code=code, qr=False, sealname=cn_,
                    fields=[("名    称", cn_), ("宗旨和业务范围", "开展护理职业培训，促进护理人才发展。护理职业技能培训、考核服务。"), ("住    所", P["addr"]),
                            ("法定代表人", P["rep"]), ("经费来源", "财政补助"), ("开办资金", "￥286万元"), ("举办单位", f"上海市{reg_d}卫生健康委员会"),
                            ("有 效 期", "自2023年3月1日至2028年3月1日")], authority="上海市浦东新区事业单位登记管理局", date="2023年3月1日")
    if S.get("cert_name"):
        defects.append(f"registration_certificate and credit_report name {S['cert_name']}, application form names {P['name']}: {nm('cert')}.pdf, {nm('credit')}.pdf")
    if kind == "branch": defects.append(f"registration_certificate 类型: 有限责任公司分公司: {nm('cert')}.pdf")
    if kind == "sy": defects.append(f"registration_certificate is 事业单位法人证书, code category 12: {nm('cert')}.pdf")
    if kind == "st": defects.append(f"社会团体法人登记证书, code category 51: {nm('cert')}.pdf")
    if S.get("badcode"): defects.append(f"credit code {code} fails the GB 32100 check character")
    if S["div"].startswith("32"): defects.append(f"credit code {code}: region 320583 (江苏省昆山市), not 31xxxx")
    cs = "cert" not in noseal
    if not cs: defects.append(f"licence copy without 单位公章: {nm('cert')}.pdf")
    cpost = "scang" if i % 5 == 2 else None
    add("cert", nm("cert") + (".pdf"), "registration_certificate", None, "cert", post=cpost, seal=cs, cert=cert)
    if i in (0, 20):  # an extra phone photo of the licence original (legible, harmless)
        add("cert_photo", ("3.信用佐证/" if style == 1 else "") + "IMG_20250115_093012.jpg", "registration_certificate", None, "cert", post="photo", seal=cs, cert=cert)
    # work plan / pledge / integrity
    wb, pb, ib = c_workplan(P, i % 3), c_pledge(P), c_integrity(P)
    if "integ" in noseal:
        ib = stripseal(ib); defects.append(f"integrity_letter has no seal")
    combine = i % 3 == 0 and not docx_only
    if combine:
        add("work", nm("work") + "（含承诺书、廉洁责任书）.pdf", "work_plan+pledge+integrity_letter", wb + [("br",)] + pb + [("br",)] + ib,
            prod_for(1, True), seal="integ" not in noseal)
        if "integ" in noseal: defects[-1] += f": {docs[-1]['path']}"
    else:
        add("work", nm("work") + ".pdf", "work_plan", wb, prod_for(1))
        for key, b, kd in (("pledge", pb, "pledge"), ("integ", ib, "integrity_letter")):
            if key in docx_only:
                add(key, nm(key) + ".docx", kd, b, "docxraw", seal=False)
                defects.append(f"{kd} only as editable .docx: {nm(key)}.docx")
            else:
                add(key, nm(key) + ".pdf", kd, b, ["docx", "html", "rl"][(i + len(key)) % 3], seal=key not in noseal)
                if key == "integ" and "integ" in noseal: defects[-1] += f": {nm(key)}.pdf"
    # implementation + evaluation plans
    sep_eval = i % 4 == 3
    add("impl", nm("impl") + ".pdf", "implementation_plan" if sep_eval else "implementation_plan+evaluation_plan",
        c_impl(P, i % 3, with_eval=not sep_eval), prod_for(3))
    sdir = {0: "11-样题/", 1: "5.实施方案/样题/", 2: ""}[style]
    if sep_eval:
        for a in S["apps"]:
            for l in a[2]:
                add(f"eval{a[0]}{l}", f"{sdir}{a[1].split('（')[-1].rstrip('）')}{CN[l]}评价方案.pdf", "evaluation_plan", c_eval_only(P, a, l), prod_for(4))
    # sample papers
    sv = i % 6
    smode = i % 3  # 0: one file per set, 1: one file per level (both sets), 2: one file with everything
    one_set = S.get("one_set")
    allb = []
    for ai, a in enumerate(S["apps"]):
        short = a[1].split("（")[-1].rstrip("）")
        for l in a[2]:
            sets = [0] if one_set == (ai, l) else [0, 1]
            if one_set == (ai, l):
                defects.append(f"{a[1]} {CN[l]}: only one sample set ({SET_NAMES[sv][0]})")
            if smode == 0:
                for s in sets:
                    add(f"s{ai}{l}{s}", f"{sdir}{short}{CN[l]}-{SET_NAMES[sv][s].replace(' ', '')}.pdf", "sample_paper", c_sample(P, a, l, s, sv, rng), prod_for(5 + s))
            elif smode == 1:
                b = []
                for s in sets:
                    b += c_sample(P, a, l, s, sv, rng) + [("br",)]
                add(f"s{ai}{l}", f"{sdir}{short}{CN[l]}样题.pdf", "sample_paper", b[:-1], prod_for(5 + l))
            else:
                for s in sets:
                    allb += c_sample(P, a, l, s, sv, rng) + [("br",)]
    if allb:
        add("sall", f"{sdir}样题汇编（各等级两套）.pdf", "sample_paper", allb[:-1], prod_for(6))
    # extras
    for ex in S.get("extras", []):
        if ex == "teachers": add("teachers", ("6.其他材料/" if style == 1 else "") + "考评人员名单.pdf", "other", c_teachers(P, rng), prod_for(7))
        if ex == "toc": add("toc", "目录.pdf", "other", c_simple("申报材料目录", [f"{k+1}. {v}" for k, v in enumerate(
            ["申请表", "推荐函", "信用报告", "审计报告", "营业执照", "工作方案", "承诺书", "廉洁责任书", "实施方案及样题"])], P), prod_for(8))
        if ex == "site": add("site", ("6.其他材料/" if style == 1 else "") + "考核点场地照片.jpg", "other", None, "site")
        if ex == "plan": add("plan", "考核点平面图.jpg", "other", None, "plan")
        if ex == "blurphoto": add("blur", "现场照片2.jpg", "other", None, "blur")
    # unreadable / scans
    for d_ in docs:
        if d_["key"] in unread:
            d_["post"] = unread[d_["key"]]
            if d_["post"] == "photo_poor":
                d_["path"] = d_["path"].rsplit("/", 1)[0] + "/IMG_20250114_181522.jpg" if "/" in d_["path"] else "IMG_20250114_181522.jpg"
                d_["prod"] = "html"
            defects.append({"encrypt": "encrypted (password-protected) PDF", "corrupt": "truncated/corrupt PDF", "faint": "faint ~60 dpi blurred scan, unreadable",
                            "photo_poor": "dark blurred phone photo, unreadable"}[d_["post"]] + f" is the only copy of {d_['kind']}: {d_['path']}")
    if allscan:
        for j, d_ in enumerate(docs):
            if d_["prod"] != "docxraw" and d_["post"] is None:
                d_["post"] = ["scanl", "scanocr", "scanl"][j % 3]
                d_["path"] = d_["path"].rsplit("/", 1)[0] + f"/scan_{j + 1:03d}.pdf" if "/" in d_["path"] else f"scan_{j + 1:03d}.pdf"
    if S.get("scanletters"):
        for d_ in docs:
            if d_["key"] in ("ind", "dist", "pledge", "integ", "work"):
                d_["post"] = "scanocr" if d_["key"] == "dist" else "scan"
    if i % 4 == 1:
        for d_ in docs:
            if d_["key"] in ("ind", "dist") and d_["post"] is None:
                d_["post"] = "scang" if d_["key"] == "ind" else "scan"
    # big combined PDF
    if S.get("bigpdf"):
        keep, merged, kinds = [], [], []
        for d_ in docs:
            if d_["blocks"] is not None and d_["key"] not in ("form",) and d_["prod"] != "docxraw":
                merged += d_["blocks"] + [("br",)]
                for k_ in d_["kind"].split("+"):
                    if k_ not in kinds: kinds.append(k_)
            else:
                keep.append(d_)
        docs = keep + [dict(key="big", path="申报材料汇编.pdf", kind="+".join(kinds), blocks=merged[:-1], prod="html", post=None, seal=True)]
    if S.get("bigpdf_part"):  # letters+credit+audits in one PDF, rest separate
        grp = [d_ for d_ in docs if d_["key"] in ("ind", "dist", "credit", "audit2022", "audit2023")]
        merged = []
        for d_ in grp: merged += d_["blocks"] + [("br",)]
        docs = [d_ for d_ in docs if d_ not in grp]
        docs.insert(1, dict(key="grp", path="02-推荐函及信用佐证材料.pdf", kind="industry_letter+district_letter+credit_report+audit_report",
                            blocks=merged[:-1], prod="rl", post=None, seal=True))
    return P, docs, defects


def render_doc(d_, wd, P, rng, batch):
    """Render a document's source; returns path of the (pre-post) file. docx/odt queued for soffice."""
    stem = wd / f"{wd.name}_d{len(list(wd.iterdir()))}_{d_['key']}"
    p = d_["prod"]
    if p in ("site", "plan", "blur"):
        out = stem.with_suffix(".jpg"); site_photo(out, rng, blurry=p == "blur", plan=p == "plan"); return out
    if p == "cert":
        out = stem.with_suffix(".pdf"); render_cert(d_["cert"], out, rng, seal_copy=d_["seal"]); return out
    if p == "docxraw":
        out = stem.with_suffix(".docx"); write_docx(d_["blocks"], out, wd); return out
    if p == "docx":
        src = stem.with_suffix(".docx"); write_docx(d_["blocks"], src, wd); batch.append(src); return stem.with_suffix(".pdf")
    if p == "odt":
        src = stem.with_suffix(".odt"); write_odt(d_["blocks"], src); batch.append(src); return stem.with_suffix(".pdf")
    out = stem.with_suffix(".pdf")
    if p == "html": render_html(d_["blocks"], out, rng.randint(0, 2))
    elif p == "rl": render_rl(d_["blocks"], out)
    elif p == "rlcid": render_rl(d_["blocks"], out, cid=True)
    return out


def postprocess(d_, src, wd, rng):
    post = d_["post"]
    if post is None: return src, "text" if src.suffix in (".pdf", ".docx") else "none"
    out = wd / (src.stem + "_post" + (".jpg" if post in ("photo", "photo_poor") else ".pdf"))
    if post == "gs": gs_redistill(src, out); d_["prod2"] = "Ghostscript pdfwrite re-distilled"; return out, "text"
    if post == "scan": scan(src, out, rng, dpi=150, gray=False, quality=55, limit=4); d_["prod2"] = "scan: pdftoppm 150dpi colour -> Pillow (rotate, noise, JPEG) -> img2pdf"; return out, "none"
    if post == "scang": scan(src, out, rng, dpi=200, gray=True, quality=50, limit=4); d_["prod2"] = "scan: pdftoppm 200dpi grayscale -> Pillow -> img2pdf"; return out, "none"
    if post == "scanl": scan(src, out, rng, dpi=150, gray=True, quality=38, limit=3); d_["prod2"] = "scan: pdftoppm 150dpi grayscale -> Pillow (rotate, noise, JPEG q38) -> img2pdf"; return out, "none"
    if post == "scanocr": scan(src, out, rng, dpi=150, gray=True, ocr=True, quality=42, limit=3); d_["prod2"] = "scan 150dpi + invisible text layer (reportlab render mode 3)"; return out, "ocr-layer"
    if post == "faint": scan(src, out, rng, dpi=60, gray=True, faint=True, quality=30); d_["prod2"] = "faint 60dpi blurred scan -> img2pdf"; return out, "none"
    if post == "encrypt": encrypt(src, out); d_["prod2"] = "pikepdf AES encryption with user password"; return out, "encrypted"
    if post == "corrupt": truncate(src, out); d_["prod2"] = "truncated to 42% of its bytes"; return out, "corrupt"
    if post == "photo": photo_of_pdf(src, out, rng); d_["prod2"] = "phone photo (Pillow, JPEG)"; return out, "none"
    if post == "photo_poor": photo_of_pdf(src, out, rng, poor=True); d_["prod2"] = "poor phone photo 45dpi, dark, blurred (JPEG)"; return out, "none"
    raise ValueError(post)


class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_zip(path, entries, gbk=False):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in entries:
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(arc, date_time=(2025, 1, 20, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    if BUILD.exists(): shutil.rmtree(BUILD)
    if PKG.exists(): shutil.rmtree(PKG)
    BUILD.mkdir(); PKG.mkdir()
    plans = []
    batch = []
    for i, S in enumerate(SPECS):
        wd = BUILD / f"N{i + 1:02d}"; wd.mkdir()
        P, docs, defects = build_package(i, S)
        rng = random.Random(9000 + i)
        for d_ in docs:
            d_["src"] = render_doc(d_, wd, P, rng, batch)
        plans.append((i, S, P, docs, defects, wd, rng))
        print("rendered", i + 1, flush=True)
    soffice_batch(batch, BUILD / "soffice")
    for f in batch:
        conv = BUILD / "soffice" / (f.stem + ".pdf")
        shutil.move(conv, f.with_suffix(".pdf"))
    key = {"author": "final8", "packages": {}}
    for i, S, P, docs, defects, wd, rng in plans:
        entries, kdocs = [], []
        for d_ in docs:
            out, tmode = postprocess(d_, d_["src"], wd, rng)
            d_["out"], d_["text"] = out, tmode
        nested = S.get("nested")
        inner = []
        for d_ in docs:
            data = Path(d_["out"]).read_bytes()
            path = d_["path"]
            if nested and d_["key"].startswith(("s", "eval", "impl")) and d_["key"] not in ("site",):
                inner.append((path.split("/")[-1], data, d_)); continue
            entries.append((path, data))
            kdocs.append((path, d_))
        if inner:
            zname = "实施方案及样题.zip"
            buf = io.BytesIO()
            write_zip(buf, [(a, b) for a, b, _ in inner], gbk=(i % 2 == 0))
            entries.append((zname, buf.getvalue()))
            for a, b, d_ in inner: kdocs.append((f"{zname}/{a}", d_))
        if S.get("macosx"):
            for path, _ in list(entries)[:4]:
                dn, _, fn = path.rpartition("/")
                entries.append((f"__MACOSX/{dn + '/' if dn else ''}._{fn}", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(40)))
            entries.append((".DS_Store", b"\x00\x00\x00\x01Bud1" + bytes(60)))
        zname = f"N{i + 1:02d}-{S['n']}.zip"
        write_zip(PKG / zname, entries, gbk=S.get("gbk", False))
        sz = (PKG / zname).stat().st_size
        kd = []
        for path, d_ in kdocs:
            e = {"path": path, "kind": d_["kind"], "producer": PRODNAME.get(d_["prod"], d_["prod"]) + ("; " + d_["prod2"] if d_.get("prod2") else ""),
                 "text": d_["text"]}
            if d_["prod"] in ("site", "plan", "blur"):
                e["producer"] = "Pillow-drawn JPEG" + (" (heavily blurred)" if d_["prod"] == "blur" else "")
            if any(k in STAMPED for k in d_["kind"].split("+")):
                e["seal"] = bool(d_["seal"])
            kd.append(e)
        key["packages"][zname] = {
            "verdict": S["v"], "causes": S.get("causes", []), "defects": defects,
            "why": S.get("why", "all required materials present, readable and stamped; eligible applicant; occupations and levels within the notice; two sample sets per level"),
            "organisation": {"name": S["n"], "credit_code": P["code"]},
            "applications": [{"code": a[0], "name": a[1], "levels": a[2]} for a in S["apps"]],
            "documents": kd}
        print(zname, S["v"], f"{sz // 1024} KB", flush=True)
    (ROOT / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), "utf-8")
    write_readme()


def write_readme():
    key = json.loads((ROOT / "key.json").read_text("utf-8"))
    vc, prods, ndocs = {}, {}, 0
    for e in key["packages"].values():
        vc[e["verdict"]] = vc.get(e["verdict"], 0) + 1
        for d in e["documents"]:
            ndocs += 1
            p = d["producer"].split(";")[0]
            prods[p] = prods.get(p, 0) + 1
            if ";" in d["producer"]:
                q = d["producer"].split("; ", 1)[1]; prods[q] = prods.get(q, 0) + 1
    L = ["# Blind corpus final8", "", "36 application packages answering 沪人社职〔2024〕447号, with `key.json` (expected verdicts).", "",
         "## Regenerate", "", "```", "python3 generate.py      # ~5 min: renders everything into build/, writes packages/ and key.json, README.md", "python3 selfcheck.py", "```", "",
         "Content is deterministic (seeded `random.Random`); PDF timestamps/IDs differ between runs.", "",
         f"## Counts", "", f"- packages: {len(key['packages'])}; verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(vc.items())),
         f"- documents listed in the key: {ndocs}", "- GBK-named zips (no UTF-8 flag, as Windows' zip writes): N02, N13, N33; nested zips: N03, N36; `__MACOSX`/.DS_Store junk: N06, N33", "",
         "## Producers (documents per producer / post-processing step)", ""]
    L += [f"- {k}: {v}" for k, v in sorted(prods.items(), key=lambda x: -x[1])]
    L += ["", "## Packages", "", "| package | verdict | causes | defects |", "|---|---|---|---|"]
    for zn, e in key["packages"].items():
        L.append(f"| {zn} | {e['verdict']} | {', '.join(e['causes'])} | {'; '.join(e['defects'])} |")
    (ROOT / "README.md").write_text("\n".join(L) + "\n", "utf-8")


if __name__ == "__main__":
    write_readme() if sys.argv[1:] == ["--readme"] else main()
