"""Real producers for the sample documents:

- python-docx          .docx (Word files left as they are, and the input of LibreOffice)
- LibreOffice          .docx -> PDF with `soffice --headless --convert-to pdf`
- reportlab            PDF with the non-embedded CID font STSong-Light
- pdftoppm + img2pdf   a "scan": one JPEG image per page, no text layer

Everything is made reproducible: fixed document dates, fixed zip timestamps in
.docx files (Word writes 1980-01-01), reportlab's invariant mode, and in
LibreOffice's output the /CreationDate (same-length rewrite) and the trailer
/ID (md5 of the file) are pinned after conversion.
"""

import datetime
import hashlib
import io
import math
import os
import re
import shutil
import subprocess
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

rl_config.invariant = 1
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
RL_FONT = "STSong-Light"

DOCX_STAMP = (1980, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------------------
# python-docx

def _set_run_font(run, font, size=None, bold=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.bold = True


def _para(container, text, font, size=12, bold=False, align=None, indent=False, space_after=4):
    p = container.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        _set_run_font(p.add_run(text), font, size, bold)
    return p


def _table(d, rows, widths, font, header):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            if widths:
                cell.width = Mm(widths[j])
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            if header and i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_run_font(p.add_run(val), font, 10.5, bold=(header and i == 0) or (not header and j == 0))
    return t


def build_docx(doc):
    """The Doc as .docx bytes, reproducible."""
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    normal = d.styles["Normal"]
    normal.font.name = doc.font
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), doc.font)
    font = doc.font
    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            _para(d, b[1], font, 18, bold=True, align="center", space_after=12)
        elif kind == "center":
            _para(d, b[1], font, 12, align="center")
        elif kind == "h":
            _para(d, b[1], font, 12, bold=True, space_after=2)
        elif kind == "p":
            _para(d, b[1], font, 12, indent=True)
        elif kind == "pl":
            _para(d, b[1], font, 12)
        elif kind == "right":
            _para(d, b[1], font, 12, align="right", space_after=2)
            if "（盖章）" in b[1]:
                # The organisation's seal, pasted as a picture (an e-seal).
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(io.BytesIO(seal_png()), width=Mm(38))
        elif kind == "seal":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run().add_picture(io.BytesIO(seal_png()), width=Mm(38))
        elif kind == "blank":
            _para(d, "", font, 12)
        elif kind in ("table", "kv"):
            _table(d, b[1], b[2], font, header=(kind == "table"))
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    when = datetime.datetime(*doc.date)
    cp.title = doc.title
    cp.author = doc.author
    cp.last_modified_by = doc.author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def _rezip(data):
    """Rewrite a .docx with Word's fixed 1980-01-01 timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# LibreOffice

_DATE_RE = re.compile(rb"/CreationDate\(D:(\d{14})")
_ID_RE = re.compile(rb"/ID \[ <[0-9A-F]{32}>(\s+)<[0-9A-F]{32}> \]")
_SUM_RE = re.compile(rb"/DocChecksum /[0-9A-F]{32}")


def _pin_lo_pdf(pdf, date):
    """Pin the conversion time and the values derived from it, keeping every
    byte offset (same-length rewrites)."""
    stamp = "%04d%02d%02d%02d%02d%02d" % date
    pdf, n = _DATE_RE.subn(b"/CreationDate(D:" + stamp.encode(), pdf)
    assert n == 1, "LibreOffice PDF without /CreationDate"
    zero = b"0" * 32
    zeroed = _ID_RE.sub(lambda m: b"/ID [ <" + zero + b">" + m.group(1) + b"<" + zero + b"> ]", pdf)
    zeroed = _SUM_RE.sub(b"/DocChecksum /" + zero, zeroed)
    h = hashlib.md5(zeroed).hexdigest().upper().encode()
    pdf, n = _ID_RE.subn(lambda m: b"/ID [ <" + h + b">" + m.group(1) + b"<" + h + b"> ]", pdf)
    assert n == 1, "LibreOffice PDF without trailer /ID"
    pdf = _SUM_RE.sub(b"/DocChecksum /" + hashlib.md5(zeroed + b"sum").hexdigest().upper().encode(), pdf)
    return pdf


def libreoffice_pdfs(docs, workdir):
    """Convert many Docs in one soffice run; returns PDF bytes in order."""
    if not docs:
        return []
    tmp = os.path.join(workdir, "lo")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "in"))
    names = []
    for i, doc in enumerate(docs):
        name = os.path.join(tmp, "in", "d%04d.docx" % i)
        with open(name, "wb") as f:
            f.write(build_docx(doc))
        names.append(name)
    env = dict(os.environ, TZ="Asia/Shanghai", LANG="zh_CN.UTF-8")
    profile = "file://" + os.path.join(workdir, "lo-profile")
    outdir = os.path.join(tmp, "out")
    for start in range(0, len(names), 40):
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir] + names[start:start + 40],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = []
    for i, doc in enumerate(docs):
        with open(os.path.join(outdir, "d%04d.pdf" % i), "rb") as f:
            out.append(_pin_lo_pdf(f.read(), doc.date))
    return out


# ---------------------------------------------------------------------------
# reportlab (STSong-Light, not embedded)

def _rl_styles():
    base = dict(fontName=RL_FONT, fontSize=11, leading=18, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", **dict(base, fontSize=18, leading=28, alignment=TA_CENTER, spaceAfter=8)),
        "center": ParagraphStyle("center", **dict(base, alignment=TA_CENTER)),
        "h": ParagraphStyle("h", **dict(base, fontSize=12, spaceBefore=4)),
        "p": ParagraphStyle("p", **dict(base, firstLineIndent=22)),
        "pl": ParagraphStyle("pl", **base),
        "indented": ParagraphStyle("indented", **dict(base, leftIndent=22)),
        "right": ParagraphStyle("right", **dict(base, alignment=TA_RIGHT)),
        "cell": ParagraphStyle("cell", **dict(base, fontSize=10, leading=14)),
    }


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def reportlab_pdf(doc, creator="上海市公共信用信息服务平台"):
    st = _rl_styles()
    buf = io.BytesIO()
    tpl = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm, title=doc.title,
                            author=doc.author, creator=creator, invariant=1)
    story = []
    for b in doc.blocks:
        kind = b[0]
        if kind == "pl" and b[1].startswith("    "):
            story.append(Paragraph(_esc(b[1].strip()), st["indented"]))
        elif kind in ("title", "center", "h", "p", "pl", "right"):
            story.append(Paragraph(_esc(b[1]), st[kind]))
            if kind == "right" and "（盖章）" in b[1]:
                story.append(seal_drawing())
        elif kind == "seal":
            story.append(seal_drawing())
        elif kind == "blank":
            story.append(Spacer(1, 10))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind in ("table", "kv"):
            data = [[Paragraph(_esc(c), st["cell"]) for c in row] for row in b[1]]
            widths = [w * mm for w in b[2]] if b[2] else None
            t = Table(data, colWidths=widths)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if kind == "table":
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
            else:
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F4F4F4")))
            t.setStyle(TableStyle(style))
            story.append(t)
        else:
            raise ValueError(kind)
    tpl.build(story)
    return buf.getvalue()


def reportlab_licence(fields, title):
    """A 营业执照 / 事业单位法人证书 copy drawn on a canvas: frame, big heading,
    label/value lines, the registration authority and a copy note."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("扫描全能王")
    w, h = A4
    c.setStrokeColor(colors.HexColor("#B8860B"))
    c.setLineWidth(3)
    c.rect(18 * mm, 40 * mm, w - 36 * mm, h - 70 * mm)
    c.setLineWidth(0.8)
    c.rect(21 * mm, 43 * mm, w - 42 * mm, h - 76 * mm)
    c.setFillColor(colors.black)
    c.setFont(RL_FONT, 30)
    c.drawCentredString(w / 2, h - 62 * mm, fields["heading"])
    c.setFont(RL_FONT, 14)
    c.drawCentredString(w / 2, h - 72 * mm, "（副  本）")
    y = h - 92 * mm
    for label, value in fields["rows"]:
        c.setFont(RL_FONT, 11)
        c.drawString(32 * mm, y, label)
        # wrap long values at ~30 characters
        chunks = [value[i:i + 30] for i in range(0, len(value), 30)] or [""]
        for k, chunk in enumerate(chunks):
            c.drawString(70 * mm, y, chunk)
            y -= 7 * mm
        y -= 3 * mm
    c.setFont(RL_FONT, 11)
    c.drawString(120 * mm, 62 * mm, "登记机关")
    c.drawString(120 * mm, 55 * mm, fields["authority"])
    c.drawString(120 * mm, 48 * mm, fields["date"])
    c.setFont(RL_FONT, 10)
    c.drawString(25 * mm, 30 * mm, "本复印件与原件一致，仅供申报社会培训评价组织使用。")
    # The applicant's seal on the copy.
    draw_seal(c, 160 * mm, 40 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Seals: red, round, a star in the middle (text left out: it would add to the
# page text that the checks read).

SEAL_RED = (205, 30, 35)


def seal_png():
    """A seal picture, red on transparent, 400 px across, reproducible."""
    from PIL import Image, ImageDraw
    img = Image.new("RGBA", (400, 400), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for k in range(12):
        d.ellipse((10 + k, 10 + k, 390 - k, 390 - k), outline=SEAL_RED + (230,))
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = 70 if i % 2 == 0 else 28
        pts.append((200 + rr * math.cos(a), 200 + rr * math.sin(a)))
    d.polygon(pts, fill=SEAL_RED + (230,))
    for k in range(6):
        d.arc((60 + k, 60 + k, 340 - k, 340 - k), 200, 340, fill=SEAL_RED + (230,))
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def seal_drawing():
    """A seal drawn as vectors in red (as e-signing tools draw one)."""
    from reportlab.graphics.shapes import Circle, Drawing, Polygon
    red = colors.Color(SEAL_RED[0] / 255, SEAL_RED[1] / 255, SEAL_RED[2] / 255)
    dr = Drawing(120, 110)
    dr.hAlign = "RIGHT"
    dr.add(Circle(60, 55, 50, strokeColor=red, strokeWidth=3, fillColor=None))
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = 18 if i % 2 == 0 else 7
        pts += [60 + rr * math.cos(a), 55 + rr * math.sin(a)]
    dr.add(Polygon(pts, fillColor=red, strokeColor=None))
    return dr


def draw_seal(c, cx, cy, r=42):
    """A red vector seal on a reportlab canvas."""
    red = colors.Color(SEAL_RED[0] / 255, SEAL_RED[1] / 255, SEAL_RED[2] / 255)
    c.saveState()
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(3)
    c.circle(cx, cy, r, stroke=1, fill=0)
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r * 0.36 if i % 2 == 0 else r * 0.14
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        if i == 0:
            p.moveTo(x, y)
        else:
            p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


# ---------------------------------------------------------------------------
# Scan: render with pdftoppm, make it look scanned, wrap with img2pdf

SEAL_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def _seal(img, cx, cy, text, ink):
    from PIL import Image, ImageDraw, ImageFont
    d = ImageDraw.Draw(img)
    r = 120
    for k in range(4):
        d.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=ink)
    # five-pointed star
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = 34 if i % 2 == 0 else 14
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=ink)
    font = ImageFont.truetype(SEAL_FONT, 26)
    n = len(text)
    span = 250.0
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, clockwise from +x
        tile = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(tile).text((7, 5), ch, font=font, fill=255)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = cx + (r - 30) * math.cos(math.radians(ang)) - 20
        y = cy + (r - 30) * math.sin(math.radians(ang)) - 20
        img.paste(ink, (int(x), int(y)), tile)


def has_red(img):
    """Whether an RGB image already shows seal red."""
    small = img.resize((img.width // 8, img.height // 8))
    return any(r > 150 and r - g > 80 and r - b > 80 for r, g, b in small.getdata())


def scan_pdf(pdf, seal_text, workdir, when):
    """Render page(s) of pdf at 150 dpi colour, tilt, stamp, JPEG, img2pdf."""
    from PIL import Image, ImageFilter
    tmp = os.path.join(workdir, "scan")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    src = os.path.join(tmp, "src.pdf")
    with open(src, "wb") as f:
        f.write(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", src, os.path.join(tmp, "p")], check=True)
    pages = sorted(p for p in os.listdir(tmp) if p.startswith("p") and p.endswith(".png"))
    jpgs = []
    for i, p in enumerate(pages):
        img = Image.open(os.path.join(tmp, p)).convert("RGB")
        if i == 0 and seal_text and not has_red(img):
            _seal(img, int(img.width * 0.72), int(img.height * 0.47), seal_text, SEAL_RED)
        img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        # paper tone and a little toner unevenness, deterministic
        img = img.point(lambda v: int(v * 0.92 + 12))
        out = os.path.join(tmp, "s%02d.jpg" % i)
        img.save(out, "JPEG", quality=55, dpi=(150, 150))
        jpgs.append(out)
    stamp = "%04d-%02d-%02dT%02d:%02d:%02d+08:00" % when
    res = subprocess.run(["img2pdf", "--engine", "internal", "--creationdate", stamp, "--moddate", stamp,
                          "--producer", "img2pdf", "--creator", "Canon iR-ADV C3525"] + jpgs,
                         check=True, stdout=subprocess.PIPE)
    return res.stdout


# ---------------------------------------------------------------------------
# Text checks

def pdftotext(pdf, workdir):
    path = os.path.join(workdir, "check.pdf")
    with open(path, "wb") as f:
        f.write(pdf)
    res = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return res.stdout.decode("utf-8")


def pdffonts(pdf, workdir):
    path = os.path.join(workdir, "check.pdf")
    with open(path, "wb") as f:
        f.write(pdf)
    res = subprocess.run(["pdffonts", path], check=True, stdout=subprocess.PIPE)
    return [line.split()[0] for line in res.stdout.decode().splitlines()[2:] if line.strip()]


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)
