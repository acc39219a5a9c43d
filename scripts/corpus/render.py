"""Cheap producers, run per package:

- reportlab, non-embedded CID font STSong-Light: scripts/samples/producers.py
  reportlab_pdf (plain documents) and reportlab_licence (licence layout)
- reportlab with an embedded TrueType subset (WenQuanYi Micro/Zen Hei, AR PL
  UMing/UKai), letterheads in red, page numbers: rl() below
- reportlab canvas drawings: floor plans, photo pages
- python-docx (.docx left as Word files): producers.build_docx
- Pillow JPEG "photos" (site photos, a phone photo of the licence)
- scans: pdftoppm (150 dpi grey) → Pillow (tilt, noise, specks, seal) → img2pdf JPEG
"""

import io
import os
import random
import re
import shutil
import subprocess
import tempfile

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

import producers  # scripts/samples/producers.py (registers STSong-Light, invariant mode)
from content import Doc

CID_FONT = "STSong-Light"
TTF_FILES = {
    "WQYMicroHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "WQYZenHei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "UMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "UKai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
PIL_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_registered = {CID_FONT}


def font(name):
    """Register a TrueType font on first use; returns its reportlab name."""
    if name not in _registered:
        path, idx = TTF_FILES[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
        _registered.add(name)
    return name


def ttf_available():
    return [n for n, (p, _) in TTF_FILES.items() if os.path.exists(p)]


_PAGE_RE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def count_pages(pdf):
    return len(_PAGE_RE.findall(pdf))


def plain(doc):
    """The Doc with the corpus-only block kinds mapped to sample kinds."""
    blocks = []
    for b in doc.blocks:
        if b[0] == "letterhead":
            blocks.append(("title", b[1]))
        elif b[0] == "redline":
            blocks.append(("blank",))
        else:
            blocks.append(b)
    d = Doc(doc.title, blocks, doc.checks, doc.date, author=doc.author, font=doc.font, nocheck=doc.nocheck)
    return d


# ---------------------------------------------------------------------------
# reportlab

def _styles(fn):
    base = dict(fontName=fn, fontSize=11, leading=18, wordWrap="CJK")
    return {
        "letterhead": ParagraphStyle("lh", **dict(base, fontSize=26, leading=36, alignment=TA_CENTER,
                                                   textColor=colors.HexColor("#D40000"), spaceAfter=6)),
        "title": ParagraphStyle("title", **dict(base, fontSize=18, leading=28, alignment=TA_CENTER, spaceAfter=8)),
        "center": ParagraphStyle("center", **dict(base, alignment=TA_CENTER)),
        "h": ParagraphStyle("h", **dict(base, fontSize=12, spaceBefore=4)),
        "p": ParagraphStyle("p", **dict(base, firstLineIndent=22)),
        "pl": ParagraphStyle("pl", **base),
        "indented": ParagraphStyle("indented", **dict(base, leftIndent=22)),
        "right": ParagraphStyle("right", **dict(base, alignment=TA_RIGHT)),
        "cell": ParagraphStyle("cell", **dict(base, fontSize=9.5, leading=13)),
    }


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _numbered_canvas(fn, style, header):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            kw["invariant"] = 1
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(fn, 9)
                w = self._pagesize[0]
                if style == "pageof":
                    self.drawCentredString(w / 2, 12 * mm, f"第 {self._pageNumber} 页 共 {n} 页")
                elif style == "dash":
                    self.drawCentredString(w / 2, 12 * mm, f"— {self._pageNumber} —")
                if header:
                    self.drawRightString(w - 25 * mm, 287 * mm - 10 * mm, header)
                    self.setLineWidth(0.4)
                    self.line(25 * mm, 275 * mm, w - 25 * mm, 275 * mm)
                super().showPage()
            super().save()
    return NumberedCanvas


def rl(doc, fontname=CID_FONT, creator="Microsoft® Word 2016", footer=None, header=None):
    """PDF of a Doc with reportlab. With STSong-Light, no footer and only sample
    block kinds, this is scripts/samples' own reportlab_pdf."""
    kinds = {b[0] for b in doc.blocks}
    if fontname == CID_FONT and not footer and not header and not kinds & {"letterhead", "redline"}:
        return producers.reportlab_pdf(doc, creator=creator)
    fn = font(fontname) if fontname != CID_FONT else CID_FONT
    st = _styles(fn)
    buf = io.BytesIO()
    tpl = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm, title=doc.title,
                            author=doc.author, creator=creator, invariant=1)
    story = []
    for b in doc.blocks:
        kind = b[0]
        if kind == "pl" and b[1].startswith("    "):
            story.append(Paragraph(_esc(b[1].strip()), st["indented"]))
        elif kind in ("letterhead", "title", "center", "h", "p", "pl", "right"):
            story.append(Paragraph(_esc(b[1]), st[kind]))
        elif kind == "redline":
            story.append(HRFlowable(width="100%", thickness=2, color=colors.HexColor("#D40000"),
                                    spaceBefore=2, spaceAfter=12))
        elif kind == "seal":
            story.append(producers.seal_drawing())
        elif kind == "blank":
            story.append(Spacer(1, 10))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind in ("table", "kv"):
            data = [[Paragraph(_esc(c), st["cell"]) for c in row] for row in b[1]]
            widths = [w * mm for w in b[2]] if b[2] else None
            t = Table(data, colWidths=widths, repeatRows=1 if kind == "table" else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if kind == "table":
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
            t.setStyle(TableStyle(style))
            story.append(t)
        else:
            raise ValueError(kind)
    if footer or header:
        tpl.build(story, canvasmaker=_numbered_canvas(fn, footer, header))
    else:
        tpl.build(story)
    return buf.getvalue()


def licence(fields, title, fontname=CID_FONT):
    """scripts/samples' licence layout (canvas), optionally with an embedded font."""
    if fontname == CID_FONT:
        return producers.reportlab_licence(fields, title)
    saved = producers.RL_FONT
    producers.RL_FONT = font(fontname)
    try:
        return producers.reportlab_licence(fields, title)
    finally:
        producers.RL_FONT = saved


def docx(doc, fontname="WenQuanYi Micro Hei"):
    d = plain(doc)
    d.font = fontname
    return producers.build_docx(d)


ROOMS = ["理论考场一", "理论考场二", "实操考场", "候考区", "监控室", "保密室", "考务办公室", "卫生间", "资料室", "实训室"]


def floor_plan(org, rng, fontname=CID_FONT):
    """考核点平面布置图: rooms, doors, cameras and a legend, drawn on a canvas."""
    fn = font(fontname) if fontname != CID_FONT else CID_FONT
    size = landscape(A4) if rng.random() < 0.6 else A4
    w, h = size
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("考核点平面布置图")
    c.setCreator(rng.choice(["AutoCAD 2018 - English 2018 (22.0s (LMS Tech))", "Microsoft® Visio® 2016", "WPS 文字"]))
    c.setFont(fn, 18)
    c.drawCentredString(w / 2, h - 20 * mm, "考核点平面布置图")
    c.setFont(fn, 10)
    c.drawCentredString(w / 2, h - 28 * mm, f"{org['name']}    地址：{org['site']}")
    x0, y0 = 20 * mm, 30 * mm
    fw, fh = w - 40 * mm, h - 70 * mm
    c.setLineWidth(2.5)
    c.rect(x0, y0, fw, fh)
    cols = rng.randint(3, 4)
    rows = 2
    rooms = rng.sample(ROOMS, cols * rows)
    corridor = fh * 0.16
    rh = (fh - corridor) / rows
    c.setLineWidth(1)
    k = 0
    for r in range(rows):
        ybase = y0 + (0 if r == 0 else rh + corridor)
        x = x0
        widths = [rng.uniform(0.7, 1.3) for _ in range(cols)]
        tot = sum(widths)
        for j in range(cols):
            rw = fw * widths[j] / tot
            c.rect(x, ybase, rw, rh)
            c.setFont(fn, 11)
            c.drawCentredString(x + rw / 2, ybase + rh / 2 + 4, rooms[k])
            c.setFont(fn, 8)
            c.drawCentredString(x + rw / 2, ybase + rh / 2 - 10, f"约{int(rw * rh / (mm * mm) * 0.02)}㎡")
            if rooms[k].startswith("理论") or rooms[k] == "实操考场":
                for dx in range(4):
                    for dy in range(3):
                        c.rect(x + 8 * mm + dx * (rw - 16 * mm) / 4, ybase + 6 * mm + dy * 7 * mm, 6 * mm, 3 * mm)
            c.circle(x + rw - 5 * mm, ybase + rh - 5 * mm, 2 * mm, fill=1)
            door_y = ybase + rh if r == 0 else ybase
            c.arc(x + rw / 2 - 6 * mm, door_y - 6 * mm, x + rw / 2 + 6 * mm, door_y + 6 * mm, 0 if r == 0 else 180, 90)
            x += rw
            k += 1
    c.setFont(fn, 11)
    c.drawCentredString(w / 2, y0 + rh + corridor / 2 - 4, "走  廊")
    c.setFont(fn, 9)
    c.circle(x0 + 2 * mm, 18 * mm, 1.5 * mm, fill=1)
    c.drawString(x0 + 6 * mm, 17 * mm, "监控摄像头")
    c.rect(x0 + 40 * mm, 16.5 * mm, 6 * mm, 3 * mm)
    c.drawString(x0 + 48 * mm, 17 * mm, "考试桌椅")
    c.drawRightString(x0 + fw, 17 * mm, "比例 1:100    单位：mm")
    c.showPage()
    c.save()
    return buf.getvalue()


CAPTIONS = ["理论考场（一）", "理论考场（二）", "实操考场全景", "实操工位", "候考区", "监控室", "试卷保密室",
            "考核点外景", "考务办公室", "视频监控画面", "实训设备", "考场公告栏"]


def photos_pdf(org, photos, rng, fontname=CID_FONT):
    """考核点场地照片: two photos (JPEG, passed through) with captions per page."""
    fn = font(fontname) if fontname != CID_FONT else CID_FONT
    w, h = A4
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("考核点场地照片")
    c.setCreator("Microsoft® Word 2016")
    caps = rng.sample(CAPTIONS, len(photos))
    for i, jpg in enumerate(photos):
        slot = i % 2
        if slot == 0:
            if i:
                c.showPage()
            c.setFont(fn, 16)
            c.drawCentredString(w / 2, h - 20 * mm, "考核点场地照片" + (f"（续{i // 2}）" if i else ""))
        iw, ih = 150 * mm, 112 * mm
        y = h - 30 * mm - ih - slot * (ih + 16 * mm)
        c.drawImage(ImageReader(io.BytesIO(jpg)), (w - iw) / 2, y, iw, ih)
        c.setFont(fn, 11)
        c.drawCentredString(w / 2, y - 6 * mm, f"图{i + 1}  {caps[i]}（{org['site']}）")
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Pillow: photos, the licence photographed with a phone

_pil_fonts = {}


def pil_font(size):
    if size not in _pil_fonts:
        _pil_fonts[size] = ImageFont.truetype(PIL_FONT, size)
    return _pil_fonts[size]


def _noise(size, rng, amp):
    """A deterministic noise layer (0..amp) of the given size."""
    w, h = size
    lut = [v * amp // 255 for v in range(256)]
    return Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lut)


_photo_cache = {}


def photo(k, quality=80):
    """Site photo number k (deterministic): a room with desks, windows and a banner."""
    if k in _photo_cache:
        return _photo_cache[k]
    rng = random.Random(f"photo/{k}")
    W, H = 1024, 768
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    wall = [rng.randint(200, 240), rng.randint(200, 235), rng.randint(190, 225)]
    for y in range(int(H * 0.6)):
        t = y / (H * 0.6)
        d.line([(0, y), (W, y)], fill=tuple(int(c * (0.85 + 0.15 * t)) for c in wall))
    floor = (rng.randint(120, 170), rng.randint(110, 150), rng.randint(90, 130))
    d.polygon([(0, int(H * 0.6)), (W, int(H * 0.6)), (W, H), (0, H)], fill=floor)
    for i in range(rng.randint(2, 4)):
        x = 60 + i * 240 + rng.randint(-20, 20)
        d.rectangle([x, 80, x + 160, 300], fill=(180, 210, 235), outline=(90, 90, 90), width=4)
        d.line([(x + 80, 80), (x + 80, 300)], fill=(90, 90, 90), width=3)
    banner = rng.choice(["职业技能等级认定考场", "理论知识考试考场", "操作技能考核考场", "考场纪律", "候考区"])
    d.rectangle([W // 2 - 260, 20, W // 2 + 260, 70], fill=(200, 20, 20))
    d.text((W // 2 - 24 * len(banner) // 2, 30), banner, font=pil_font(26), fill=(255, 240, 200))
    for row in range(3):
        y = int(H * 0.62) + row * 70
        scale = 1 + row * 0.35
        for col in range(5):
            x = int(W / 2 + (col - 2) * 170 * scale)
            dw, dh = int(110 * scale), int(26 * scale)
            d.rectangle([x - dw // 2, y, x + dw // 2, y + dh], fill=(230, 225, 210), outline=(80, 70, 60))
            if rng.random() < 0.6:
                d.rectangle([x - 25, y - int(40 * scale), x + 25, y - 4], fill=(30, 30, 35))
    img = img.filter(ImageFilter.GaussianBlur(1.1))
    n = _noise((W, H), rng, 28)
    img = Image.merge("RGB", [ImageChops.add(b, n, 1.0, -14) for b in img.split()])
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    _photo_cache[k] = out.getvalue()
    return _photo_cache[k]


def licence_photo(fields, rng):
    """A phone photo of the licence: tilted paper on a desk, JPEG."""
    W, H = 1200, 1600
    img = Image.new("RGB", (W, H), (rng.randint(90, 140), rng.randint(70, 110), rng.randint(50, 80)))
    paper = Image.new("RGB", (1000, 1400), (246, 242, 232))
    d = ImageDraw.Draw(paper)
    d.rectangle([30, 30, 970, 1370], outline=(184, 134, 11), width=8)
    size = 60 if len(fields["heading"]) <= 6 else 44
    tw = d.textlength(fields["heading"], font=pil_font(size))
    d.text((500 - tw / 2, 120), fields["heading"], font=pil_font(size), fill=(20, 20, 20))
    tw = d.textlength("（副本）", font=pil_font(28))
    d.text((500 - tw / 2, 200), "（副本）", font=pil_font(28), fill=(20, 20, 20))
    y = 300
    for label, value in fields["rows"]:
        d.text((80, y), label, font=pil_font(26), fill=(30, 30, 30))
        chunks = [value[i:i + 22] for i in range(0, len(value), 22)] or [""]
        for ch in chunks:
            d.text((330, y), ch, font=pil_font(26), fill=(30, 30, 30))
            y += 38
        y += 16
    d.text((600, 1230), "登记机关", font=pil_font(26), fill=(30, 30, 30))
    d.text((600, 1270), fields["authority"], font=pil_font(24), fill=(30, 30, 30))
    d.text((600, 1310), fields["date"], font=pil_font(24), fill=(30, 30, 30))
    paper = paper.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = paper.convert("L").point(lambda v: 255 if v > 8 else 0)
    img.paste(paper, ((W - paper.width) // 2, (H - paper.height) // 2), mask)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    n = _noise((W, H), rng, 20)
    img = Image.merge("RGB", [ImageChops.add(b, n, 1.0, -10) for b in img.split()])
    out = io.BytesIO()
    img.save(out, "JPEG", quality=rng.randint(70, 85))
    return out.getvalue()


# ---------------------------------------------------------------------------
# Scans

SCANNERS = ["Canon iR-ADV C3525", "RICOH MP C2011", "KONICA MINOLTA bizhub C300i", "HP LaserJet MFP M436",
            "EPSON DS-530", "扫描全能王"]


def scan(pdf, rng, when, seal_text=None, max_pages=None):
    """pdftoppm 150 dpi grey → tilt, seal, noise, specks, blur → JPEG → img2pdf.
    Returns PDF bytes with one JPEG per page and no text layer."""
    tmp = tempfile.mkdtemp(prefix="corpus-scan-")
    try:
        src = os.path.join(tmp, "src.pdf")
        with open(src, "wb") as f:
            f.write(pdf)
        cmd = ["pdftoppm", "-r", "150", "-gray"]
        if max_pages:
            cmd += ["-l", str(max_pages)]
        subprocess.run(cmd + [src, os.path.join(tmp, "p")], check=True)
        pages = sorted(p for p in os.listdir(tmp) if p.startswith("p") and p.endswith(".pgm"))
        jpgs = []
        for i, p in enumerate(pages):
            img = Image.open(os.path.join(tmp, p)).convert("L")
            if i == 0 and seal_text:
                producers._seal(img, int(img.width * rng.uniform(0.62, 0.75)), int(img.height * rng.uniform(0.4, 0.7)),
                                seal_text, rng.randint(80, 120))
            img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
            img = ImageChops.add(img, _noise(img.size, rng, 40), 1.0, -20)
            d = ImageDraw.Draw(img)
            for _ in range(rng.randint(50, 400)):
                x, y = rng.randrange(img.width), rng.randrange(img.height)
                r = rng.choice((0, 0, 1, 1, 2))
                d.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(0, 90))
            img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
            tone = rng.uniform(0.86, 0.95)
            img = img.point(lambda v, t=tone: int(v * t + (255 - 255 * t) * 0.9))
            out = os.path.join(tmp, "s%02d.jpg" % i)
            img.save(out, "JPEG", quality=rng.randint(50, 75), dpi=(150, 150))
            jpgs.append(out)
        stamp = "%04d-%02d-%02dT%02d:%02d:%02d+08:00" % when
        res = subprocess.run(["img2pdf", "--engine", "internal", "--creationdate", stamp, "--moddate", stamp,
                              "--producer", "img2pdf", "--creator", rng.choice(SCANNERS)] + jpgs,
                             check=True, stdout=subprocess.PIPE)
        return res.stdout
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
