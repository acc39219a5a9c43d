# -*- coding: utf-8 -*-
"""Rendering helpers for the final13 blind corpus (imported by generate.py).

A document is a list of blocks:
  ('lh', issuer, docno, suffix)   red letterhead (GB/T 9704 style) with red rule
  ('title', text)                 centred bold title, '\n' breaks lines
  ('sub', text)                   centred sub-title
  ('h', text)                     bold heading
  ('p', text)                     indented paragraph
  ('pl', text)                    paragraph without indent
  ('kv', [(k, v), ...])           two-column field/value table
  ('table', header, rows, widths, spans)   grid table; spans = [(r0,c0,r1,c1)] in row index (header = row 0)
  ('sign', [lines], seal)         right-aligned signature block; seal = (name, bottom) or None
  ('sp', mm)                      vertical space
  ('small', text)                 small grey note
  ('right', text)                 right aligned line
  ('br',)                         page break
  ('cert', dict)                  a whole certificate page (reportlab / html only)
"""
import os, io, math, random, subprocess, shutil, html as htmlmod, zipfile
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

FONT_TTC = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
NOTO_SANS_B = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'

# ---------------------------------------------------------------- credit codes
ALPHA31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(s8):
    c = 11 - sum(_v36(ch) * w for ch, w in zip(s8, W9)) % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def check18(s17):
    return ALPHA31[(31 - sum(ALPHA31.index(ch) * w for ch, w in zip(s17, W18)) % 31) % 31]


def valid_code(code):
    if len(code) != 18 or any(ch not in ALPHA31 for ch in code):
        return False
    return org_check(code[8:16]) == code[16] and check18(code[:17]) == code[17]


def make_code(rng, prefix, region, style='MA', bad=None):
    body_chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    while True:
        if style == 'MA':
            s8 = 'MA' + ''.join(rng.choice(body_chars) for _ in range(6))
        elif style == 'MJ':
            s8 = 'MJ' + ''.join(rng.choice(body_chars) for _ in range(6))
        else:
            s8 = ''.join(rng.choice('0123456789') for _ in range(8))
        d = org_check(s8)
        if d in ALPHA31:
            break
    if bad == 'embedded':
        wrong = [c for c in '0123456789' if c != d]
        d = rng.choice(wrong)
    s17 = prefix + region + s8 + d
    c = check18(s17)
    if bad == 'pos18':
        c = rng.choice([x for x in ALPHA31 if x != c])
    return s17 + c


assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F') and valid_code('123100004250018698')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')

# ---------------------------------------------------------------- seals


def _font(size, path=FONT_TTC, index=0):
    return ImageFont.truetype(path, size, index=index)


def seal_png(path, name, bottom='', color=(215, 30, 38), size=280, kind='round', rng=None, star=True):
    rng = rng or random.Random(len(name))
    img = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    col = color + (235,)
    if kind == 'oval':
        d.ellipse([8, 50, size - 8, size - 50], outline=col, width=12)
    else:
        d.ellipse([6, 6, size - 6, size - 6], outline=col, width=10)
    if star:
        r1, r2 = size * 0.14, size * 0.055
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = r1 if i % 2 == 0 else r2
            pts.append((c + r * math.cos(a), c + r * math.sin(a)))
        d.polygon(pts, fill=col)
    n = len(name)
    fs = int(size * (0.13 if n <= 12 else 0.105 if n <= 16 else 0.088))
    f = _font(fs, NOTO_SANS_B, 2)  # SC face index in Noto Sans CJK ttc
    span = min(250.0, 14.0 * n + 40)  # degrees
    start = -90 - span / 2
    R = size / 2 - 10 - fs * 0.75
    for i, ch in enumerate(name):
        ang = start + span * (i + 0.5) / n
        t = Image.new('RGBA', (fs + 10, fs + 10), (0, 0, 0, 0))
        ImageDraw.Draw(t).text((5, 0), ch, font=f, fill=col)
        t = t.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        x = c + R * math.cos(math.radians(ang)) - t.width / 2
        y = c + R * math.sin(math.radians(ang)) - t.height / 2
        img.alpha_composite(t, (int(x), int(y)))
    if bottom:
        fb = _font(int(size * 0.085), NOTO_SANS_B, 2)
        w = d.textlength(bottom, font=fb)
        d.text((c - w / 2, c + size * 0.2), bottom, font=fb, fill=col)
    # ink unevenness
    px = img.load()
    for _ in range(size):   # a few ink gaps (blobs, not per-pixel noise: keeps the PDF small)
        x, y = rng.randrange(size), rng.randrange(size)
        if px[x, y][3]:
            d.ellipse([x - 2, y - 2, x + 2, y + 2], fill=color + (120,))
    img = img.rotate(rng.uniform(-12, 12), resample=Image.NEAREST)
    img.save(path)
    return path


def seal_svg(name, bottom='', size=150, rot=0):
    n = len(name)
    fs = size * (0.13 if n <= 12 else 0.105 if n <= 16 else 0.088)
    r = size / 2 - 6 - fs * 0.8
    c = size / 2
    span = min(250.0, 14.0 * n + 40)
    a0 = math.radians(-90 - span / 2)
    a1 = math.radians(-90 + span / 2)
    x0, y0 = c + r * math.cos(a0), c + r * math.sin(a0)
    x1, y1 = c + r * math.cos(a1), c + r * math.sin(a1)
    large = 1 if span > 180 else 0
    pid = 'arc%d' % abs(hash(name + bottom) % 100000)
    star = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = size * 0.14 if i % 2 == 0 else size * 0.055
        star.append('%.1f,%.1f' % (c + rr * math.cos(a), c + rr * math.sin(a)))
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="transform:rotate(%ddeg)">'
            '<defs><path id="%s" d="M %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f"/></defs>'
            '<circle cx="%.1f" cy="%.1f" r="%.1f" fill="none" stroke="#d81e26" stroke-width="4" opacity="0.9"/>'
            '<polygon points="%s" fill="#d81e26" opacity="0.9"/>'
            '<text fill="#d81e26" font-family="Noto Sans CJK SC" font-weight="bold" font-size="%.1f" opacity="0.9">'
            '<textPath href="#%s" startOffset="50%%" text-anchor="middle">%s</textPath></text>'
            '<text x="%.1f" y="%.1f" fill="#d81e26" font-family="Noto Sans CJK SC" font-size="%.1f" text-anchor="middle" opacity="0.9">%s</text>'
            '</svg>') % (size, size, size, size, rot, pid, x0, y0, r, r, large, x1, y1, c, c, size / 2 - 4,
                         ' '.join(star), fs, pid, htmlmod.escape(name), c, c + size * 0.3, size * 0.08, htmlmod.escape(bottom))


# ---------------------------------------------------------------- reportlab
_rl_ready = {}


def rl_fonts():
    if _rl_ready:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont('WQY', FONT_TTC, subfontIndex=0))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _rl_ready['ok'] = 1


def render_rl(blocks, out, tmp, font='WQY', title='', author='', margins=(25, 22, 25, 22), seal_cache=None, landscape=False):
    rl_fonts()
    from reportlab.lib.pagesizes import A4, landscape as _land
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable)
    if blocks and blocks[0][0] == 'cert':
        return render_cert_rl(blocks[0][1], out, tmp, font)
    fs = 11.5
    st = dict(
        p=ParagraphStyle('p', fontName=font, fontSize=fs, leading=fs * 1.75, firstLineIndent=fs * 2, wordWrap='CJK'),
        pl=ParagraphStyle('pl', fontName=font, fontSize=fs, leading=fs * 1.75, wordWrap='CJK'),
        title=ParagraphStyle('t', fontName=font, fontSize=18, leading=27, alignment=TA_CENTER, wordWrap='CJK', spaceAfter=8),
        sub=ParagraphStyle('s', fontName=font, fontSize=12, leading=18, alignment=TA_CENTER, wordWrap='CJK'),
        h=ParagraphStyle('h', fontName=font, fontSize=12.5, leading=22, wordWrap='CJK', spaceBefore=4),
        small=ParagraphStyle('sm', fontName=font, fontSize=8.5, leading=12, textColor=colors.grey, wordWrap='CJK'),
        right=ParagraphStyle('r', fontName=font, fontSize=fs, leading=fs * 1.7, alignment=TA_RIGHT, wordWrap='CJK'),
        cell=ParagraphStyle('c', fontName=font, fontSize=10, leading=14, wordWrap='CJK'),
        lh=ParagraphStyle('lh', fontName=font, fontSize=26, leading=34, alignment=TA_CENTER, textColor=colors.HexColor('#d0101a'), wordWrap='CJK'),
    )
    E = lambda s: htmlmod.escape(s).replace('\n', '<br/>')
    pw = (_land(A4) if landscape else A4)[0] - (margins[1] + margins[3]) * mm

    class Sign(Flowable):
        def __init__(self, lines, seal):
            super().__init__()
            self.lines, self.seal = lines, seal
            self.height = len(lines) * fs * 1.9 + 16

        def wrap(self, aw, ah):
            return aw, self.height

        def draw(self):
            c = self.canv
            c.setFont(font, fs)
            y = self.height - fs * 1.5
            x = pw - 18
            for ln in self.lines:
                c.drawRightString(x, y, ln)
                y -= fs * 1.9
            if self.seal:
                png = seal_cache(self.seal)
                s = 42 * mm
                w0 = c.stringWidth(self.lines[0], font, fs)
                cx = x - w0 / 2
                c.drawImage(png, cx - s / 2, self.height - fs - s * 0.55, s, s, mask='auto')

    class Rule(Flowable):
        def wrap(self, aw, ah):
            return aw, 8

        def draw(self):
            self.canv.setStrokeColor(colors.HexColor('#d0101a'))
            self.canv.setLineWidth(2)
            self.canv.line(0, 4, pw, 4)

    story = []
    for b in blocks:
        t = b[0]
        if t == 'lh':
            story.append(Paragraph(E(b[1] + (b[3] or '')), st['lh']))
            story.append(Spacer(1, 4 * mm))
            if b[2]:
                story.append(Paragraph(E(b[2]), ParagraphStyle('dn', parent=st['sub'])))
            story.append(Rule())
            story.append(Spacer(1, 6 * mm))
        elif t in ('title', 'sub', 'h', 'p', 'pl', 'small', 'right'):
            txt = E(b[1])
            if t == 'h':
                txt = '<b>%s</b>' % txt
            story.append(Paragraph(txt, st[t]))
            if t == 'title':
                story.append(Spacer(1, 3 * mm))
        elif t == 'sp':
            story.append(Spacer(1, b[1] * mm))
        elif t == 'br':
            story.append(PageBreak())
        elif t == 'kv':
            data = [[Paragraph(E(k), st['cell']), Paragraph(E(v), st['cell'])] for k, v in b[1]]
            tb = Table(data, colWidths=[pw * 0.28, pw * 0.72])
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                    ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f2f2f2'))]))
            story.append(tb)
            story.append(Spacer(1, 3 * mm))
        elif t == 'table':
            header, rows, widths, spans = b[1], b[2], b[3], (b[4] if len(b) > 4 else [])
            data = [[Paragraph('<b>%s</b>' % E(x), st['cell']) for x in header]] if header else []
            data += [[Paragraph(E(str(x)), st['cell']) for x in r] for r in rows]
            cw = [pw * w for w in widths] if widths else None
            tb = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if header:
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8e8e8')))
            for (r0, c0, r1, c1) in spans:
                sty.append(('SPAN', (c0, r0), (c1, r1)))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 3 * mm))
        elif t == 'sign':
            story.append(Spacer(1, 6 * mm))
            story.append(Sign(b[1], b[2]))
    pagesize = _land(A4) if landscape else A4
    doc = SimpleDocTemplate(out, pagesize=pagesize, topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm, title=title, author=author)
    doc.build(story)


def render_cert_rl(cd, out, tmp, font='WQY'):
    """Certificate drawn at coordinates (licence / 民非 / 社团 / 事业单位 certificate)."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    W, H = landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(cd.get('title', ''))
    border = colors.HexColor(cd.get('border', '#b8860b'))
    c.setStrokeColor(border)
    c.setLineWidth(5)
    c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
    c.setLineWidth(1.2)
    c.rect(16 * mm, 16 * mm, W - 32 * mm, H - 32 * mm)
    # emblem placeholder
    c.setFillColor(colors.HexColor('#c8102e'))
    c.circle(W / 2, H - 40 * mm, 11 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#f4c430'))
    c.circle(W / 2, H - 40 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(font, 30)
    c.drawCentredString(W / 2, H - 64 * mm, cd['title'])
    if cd.get('subtitle'):
        c.setFont(font, 13)
        c.drawCentredString(W / 2, H - 72 * mm, cd['subtitle'])
    if cd.get('copy'):
        c.setFont(font, 11)
        yy = H - 30 * mm
        for ln in cd['copy'].split('\n'):
            c.drawString(26 * mm, yy, ln)
            yy -= 6 * mm
    y = H - 86 * mm
    x0 = 34 * mm
    lab_w = 34 * mm
    col2 = W / 2 + 6 * mm
    left = cd['fields_left']
    right = cd.get('fields_right', [])
    c.setFont(font, 11)
    for lab, val in left:
        c.drawString(x0, y, lab)
        # wrap value
        maxw = (col2 - 10 * mm) - (x0 + lab_w) if right else (W - 40 * mm) - (x0 + lab_w)
        lines, cur = [], ''
        for ch in val:
            if c.stringWidth(cur + ch, font, 11) > maxw:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        for ln in lines[:5]:
            c.drawString(x0 + lab_w, y, ln)
            y -= 6.5 * mm
        y -= 1.5 * mm
    y2 = H - 86 * mm
    for lab, val in right:
        c.drawString(col2, y2, lab)
        maxw = W - 30 * mm - (col2 + lab_w)
        lines, cur = [], ''
        for ch in val:
            if c.stringWidth(cur + ch, font, 11) > maxw:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        for ln in lines:
            c.drawString(col2 + lab_w, y2, ln)
            y2 -= 6.5 * mm
        y2 -= 1.5 * mm
    if cd.get('qr'):
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing
        from reportlab.graphics import renderPDF
        q = QrCodeWidget(cd['qr'])
        b = q.getBounds()
        s = 26 * mm
        dr = Drawing(s, s, transform=[s / (b[2] - b[0]), 0, 0, s / (b[3] - b[1]), 0, 0])
        dr.add(q)
        renderPDF.draw(dr, c, W - 58 * mm, H - 62 * mm)
    c.setFont(font, 12)
    c.drawString(W - 110 * mm, 40 * mm, cd['authority'])
    c.drawString(W - 100 * mm, 31 * mm, cd['date'])
    if cd.get('auth_seal'):
        c.drawImage(cd['auth_seal'], W - 105 * mm, 20 * mm, 42 * mm, 42 * mm, mask='auto')
    if cd.get('footer'):
        c.setFont(font, 8)
        c.setFillColor(colors.grey)
        c.drawCentredString(W / 2, 19 * mm, cd['footer'])
        c.setFillColor(colors.black)
    if cd.get('copy_seal'):
        c.setFont(font, 14)
        c.setFillColor(colors.HexColor('#1a3d8f'))
        c.drawString(60 * mm, 45 * mm, cd.get('copy_note', '与原件一致'))
        c.setFillColor(colors.black)
        c.drawImage(cd['copy_seal'], 55 * mm, 22 * mm, 44 * mm, 44 * mm, mask='auto')
    c.showPage()
    c.save()


# ---------------------------------------------------------------- python-docx


def build_docx(blocks, out, seal_cache, font='宋体', title_font='方正小标宋简体', author=''):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.5)
    doc.core_properties.author = author
    doc.core_properties.title = ''

    def setfont(run, name=font, size=None, bold=False, color=None):
        run.font.name = name
        run._element.rPr.rFonts.set(qn('w:eastAsia'), name)
        if size:
            run.font.size = Pt(size)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor(*color)

    normal = doc.styles['Normal']
    normal.font.name = font
    normal.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    normal.font.size = Pt(12)

    def para(text, align=None, size=12, bold=False, indent=False, color=None, fname=font, space=6):
        p = doc.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(space)
        p.paragraph_format.line_spacing = 1.5
        for i, ln in enumerate(text.split('\n')):
            r = p.add_run(ln)
            setfont(r, fname, size, bold, color)
            if i < len(text.split('\n')) - 1:
                r.add_break()
        return p

    for b in blocks:
        t = b[0]
        if t == 'lh':
            para(b[1] + (b[3] or ''), WD_ALIGN_PARAGRAPH.CENTER, 24, True, color=(208, 16, 26), fname=title_font)
            if b[2]:
                para(b[2], WD_ALIGN_PARAGRAPH.CENTER, 12)
            para('━' * 24, WD_ALIGN_PARAGRAPH.CENTER, 12, color=(208, 16, 26), space=2)
        elif t == 'title':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 18, True, fname=title_font)
        elif t == 'sub':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 12)
        elif t == 'h':
            para(b[1], None, 13, True, fname='黑体')
        elif t == 'p':
            para(b[1], None, 12, indent=True)
        elif t == 'pl':
            para(b[1], None, 12)
        elif t == 'small':
            para(b[1], None, 9, color=(110, 110, 110))
        elif t == 'right':
            para(b[1], WD_ALIGN_PARAGRAPH.RIGHT, 12)
        elif t == 'sp':
            doc.add_paragraph()
        elif t == 'br':
            doc.add_page_break()
        elif t in ('kv', 'table'):
            if t == 'kv':
                header, rows, widths, spans = None, [list(x) for x in b[1]], [0.28, 0.72], []
            else:
                header, rows, widths, spans = b[1], b[2], b[3], (b[4] if len(b) > 4 else [])
            nrows = len(rows) + (1 if header else 0)
            ncols = len(rows[0]) if rows else len(header)
            tb = doc.add_table(rows=nrows, cols=ncols)
            tb.style = 'Table Grid'
            allrows = ([header] if header else []) + rows
            for ri, r in enumerate(allrows):
                for ci, v in enumerate(r):
                    cell = tb.cell(ri, ci)
                    cell.text = ''
                    run = cell.paragraphs[0].add_run(str(v))
                    setfont(run, font, 10.5, bold=(header is not None and ri == 0))
                    if widths:
                        cell.width = Cm(15.8 * widths[ci])
            for (r0, c0, r1, c1) in spans:
                a = tb.cell(r0, c0)
                keep = a.text
                m = a.merge(tb.cell(r1, c1))
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                m.paragraphs[0].text = ''
                rr = m.paragraphs[0].add_run(keep)
                setfont(rr, font, 10.5)
            doc.add_paragraph()
        elif t == 'sign':
            for i, ln in enumerate(b[1]):
                para(ln, WD_ALIGN_PARAGRAPH.RIGHT, 12, space=2)
                if i == 0 and b[2]:
                    p = doc.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p.add_run().add_picture(seal_cache(b[2]), width=Cm(4.0))
    doc.save(out)


# ---------------------------------------------------------------- odfpy


def build_odt(blocks, out, seal_cache, font='Noto Serif CJK SC'):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                           FontFace, GraphicProperties)
    from odf.text import P, LineBreak, SoftPageBreak
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    S = {}

    def pstyle(name, size='12pt', bold=False, align='justify', indent=None, color=None, brk=False):
        s = Style(name=name, family='paragraph')
        pp = dict(textalign=align, marginbottom='0.15cm', lineheight='150%')
        if indent:
            pp['textindent'] = indent
        if brk:
            pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontsize=size, fontname=font, fontsizeasian=size, fontnameasian=font)
        if bold:
            tp.update(fontweight='bold', fontweightasian='bold')
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        S[name] = s
        return s

    pstyle('P', indent='0.85cm')
    pstyle('PL')
    pstyle('T', '18pt', True, 'center')
    pstyle('SUB', '12pt', False, 'center')
    pstyle('H', '13pt', True, 'left')
    pstyle('SM', '9pt', False, 'left', color='#707070')
    pstyle('R', '12pt', False, 'end')
    pstyle('LH', '24pt', True, 'center', color='#d0101a')
    pstyle('RULE', '12pt', False, 'center', color='#d0101a')
    pstyle('CELL', '10.5pt', False, 'left')
    pstyle('CELLB', '10.5pt', True, 'center')
    pstyle('BR', '6pt', brk=True)
    cs = Style(name='CS', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    fr = Style(name='FR', family='graphic')
    fr.addElement(GraphicProperties(anchortype='as-char', verticalpos='middle', wrap='none'))
    doc.automaticstyles.addElement(fr)
    nt = [0]

    def addp(style, text):
        p = P(stylename=S[style])
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        doc.text.addElement(p)
        return p

    for b in blocks:
        t = b[0]
        if t == 'lh':
            addp('LH', b[1] + (b[3] or ''))
            if b[2]:
                addp('SUB', b[2])
            addp('RULE', '━' * 24)
        elif t in ('title', 'sub', 'h', 'p', 'pl', 'small', 'right'):
            addp({'title': 'T', 'sub': 'SUB', 'h': 'H', 'p': 'P', 'pl': 'PL', 'small': 'SM', 'right': 'R'}[t], b[1])
        elif t == 'sp':
            addp('PL', '')
        elif t == 'br':
            addp('BR', '')
        elif t in ('kv', 'table'):
            if t == 'kv':
                header, rows, widths, spans = None, [list(x) for x in b[1]], [0.28, 0.72], []
            else:
                header, rows, widths, spans = b[1], b[2], b[3], (b[4] if len(b) > 4 else [])
            nt[0] += 1
            ncols = len(rows[0]) if rows else len(header)
            tstyle = Style(name='Tbl%d' % nt[0], family='table')
            from odf.style import TableProperties
            tstyle.addElement(TableProperties(width='16cm', align='center'))
            doc.automaticstyles.addElement(tstyle)
            tb = Table(name='Table%d' % nt[0], stylename=tstyle)
            for ci in range(ncols):
                csn = Style(name='Tbl%dC%d' % (nt[0], ci), family='table-column')
                csn.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16 * (widths[ci] if widths else 1.0 / ncols))))
                doc.automaticstyles.addElement(csn)
                tb.addElement(TableColumn(stylename=csn))
            allrows = ([header] if header else []) + rows
            covered = set()
            spanmap = {}
            for (r0, c0, r1, c1) in spans:
                spanmap[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (r, cc) != (r0, c0):
                            covered.add((r, cc))
            for ri, r in enumerate(allrows):
                tr = TableRow()
                for ci, v in enumerate(r):
                    if (ri, ci) in covered:
                        tr.addElement(CoveredTableCell())
                        continue
                    kw = {}
                    if (ri, ci) in spanmap:
                        kw = dict(numberrowsspanned=spanmap[(ri, ci)][0], numbercolumnsspanned=spanmap[(ri, ci)][1])
                    tc = TableCell(stylename=cs, valuetype='string', **kw)
                    tc.addElement(P(stylename=S['CELLB' if (header and ri == 0) else 'CELL'], text=str(v)))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
            addp('PL', '')
        elif t == 'sign':
            for i, ln in enumerate(b[1]):
                addp('R', ln)
                if i == 0 and b[2]:
                    png = seal_cache(b[2])
                    href = doc.addPicture(png)
                    p = P(stylename=S['R'])
                    f = Frame(stylename=fr, width='4cm', height='4cm', anchortype='as-char')
                    f.addElement(DImage(href=href))
                    p.addElement(f)
                    doc.text.addElement(p)
    doc.save(out)


# ---------------------------------------------------------------- HTML / chromium

CSS_BASE = '''@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
body { font-family: %(font)s; font-size: 11.5pt; line-height: 1.75; color: #111; }
.lh { text-align:center; color:#d0101a; font-size: 25pt; font-weight: bold; letter-spacing: 2px; margin: 0; }
.docno { text-align:center; margin: 4px 0; }
.rule { border-top: 2.5px solid #d0101a; margin: 6px 0 18px 0; }
h1 { text-align:center; font-size: 18pt; margin: 10px 0 14px 0; }
.sub { text-align:center; }
h3 { font-size: 12.5pt; margin: 10px 0 2px 0; }
p.p { text-indent: 2em; margin: 2px 0; }
p.pl { margin: 2px 0; }
.small { font-size: 8.5pt; color: #777; }
.right { text-align: right; }
table { border-collapse: collapse; width: 100%%; margin: 6px 0 10px 0; font-size: 10pt; line-height: 1.45; }
td, th { border: 1px solid #333; padding: 4px 6px; vertical-align: middle; }
th { background: #eaeaea; }
td.k { background: #f4f4f4; width: 28%%; }
.sign { position: relative; text-align: right; margin-top: 24px; padding-right: 20px; }
.sign .seal { position: absolute; right: 10px; top: -40px; opacity: .92; }
.br { page-break-before: always; }
%(extra)s
'''


def build_html(blocks, font="'Noto Serif CJK SC', 'WenQuanYi Zen Hei', serif", extra_css='', header_html='', cert_html=None):
    E = lambda s: htmlmod.escape(s).replace('\n', '<br>')
    out = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>',
           CSS_BASE % dict(font=font, extra=extra_css), '</style></head><body>', header_html]
    for b in blocks:
        t = b[0]
        if t == 'lh':
            out.append('<div class="lh">%s</div>' % E(b[1] + (b[3] or '')))
            if b[2]:
                out.append('<div class="docno">%s</div>' % E(b[2]))
            out.append('<div class="rule"></div>')
        elif t == 'title':
            out.append('<h1>%s</h1>' % E(b[1]))
        elif t == 'sub':
            out.append('<div class="sub">%s</div>' % E(b[1]))
        elif t == 'h':
            out.append('<h3>%s</h3>' % E(b[1]))
        elif t in ('p', 'pl'):
            out.append('<p class="%s">%s</p>' % (t, E(b[1])))
        elif t == 'small':
            out.append('<div class="small">%s</div>' % E(b[1]))
        elif t == 'right':
            out.append('<div class="right">%s</div>' % E(b[1]))
        elif t == 'sp':
            out.append('<div style="height:%dmm"></div>' % b[1])
        elif t == 'br':
            out.append('<div class="br"></div>')
        elif t == 'kv':
            out.append('<table>' + ''.join('<tr><td class="k">%s</td><td>%s</td></tr>' % (E(k), E(v)) for k, v in b[1]) + '</table>')
        elif t == 'table':
            header, rows, widths, spans = b[1], b[2], b[3], (b[4] if len(b) > 4 else [])
            allrows = ([header] if header else []) + rows
            covered, spanmap = set(), {}
            for (r0, c0, r1, c1) in spans:
                spanmap[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (r, cc) != (r0, c0):
                            covered.add((r, cc))
            h = ['<table>']
            if widths:
                h.append('<colgroup>' + ''.join('<col style="width:%d%%">' % int(w * 100) for w in widths) + '</colgroup>')
            for ri, r in enumerate(allrows):
                h.append('<tr>')
                for ci, v in enumerate(r):
                    if (ri, ci) in covered:
                        continue
                    tag = 'th' if (header and ri == 0) else 'td'
                    sp = ''
                    if (ri, ci) in spanmap:
                        sp = ' rowspan="%d" colspan="%d"' % spanmap[(ri, ci)]
                    h.append('<%s%s>%s</%s>' % (tag, sp, E(str(v)), tag))
                h.append('</tr>')
            h.append('</table>')
            out.append(''.join(h))
        elif t == 'sign':
            sv = ''
            if b[2]:
                sv = '<div class="seal">%s</div>' % seal_svg(b[2][0], b[2][1], 150, (len(b[2][0]) * 7) % 25 - 12)
            out.append('<div class="sign">%s%s</div>' % (sv, '<br>'.join(E(x) for x in b[1])))
        elif t == 'cert':
            out.append(cert_html(b[1]))
    out.append('</body></html>')
    return ''.join(out)


def chromium_pdf(html_path, out):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + out, html_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_pdf(paths, outdir):
    if not paths:
        return
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def gs_redistill(src, out, pdfsettings='/ebook'):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dPDFSETTINGS=' + pdfsettings,
                    '-dCompatibilityLevel=1.5', '-sOutputFile=' + out, src], check=True)


# ---------------------------------------------------------------- scans


def raster(pdf, dpi, gray, tmpprefix):
    args = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        args.append('-gray')
    subprocess.run(args + [pdf, tmpprefix], check=True)
    d = os.path.dirname(tmpprefix)
    base = os.path.basename(tmpprefix)
    files = sorted(f for f in os.listdir(d) if f.startswith(base + '-') and f.endswith('.png'))
    return [os.path.join(d, f) for f in files]


def degrade(img, rng, mode='legible'):
    """Make a page image look scanned / photographed."""
    if mode == 'legible':
        img = img.convert('RGB')
        # slight paper tint, rotation, noise
        ang = rng.uniform(-1.2, 1.2)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 247))
        img = ImageEnhance.Contrast(img).enhance(rng.uniform(0.9, 1.05))
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.5)))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 400):
            x, y = rng.randrange(w), rng.randrange(h)
            v = rng.randint(150, 235)
            px[x, y] = (v, v, v)
        return img
    if mode == 'faint':
        img = img.convert('L')
        w, h = img.size
        img = img.resize((max(1, w // 3), max(1, h // 3)), Image.BILINEAR)
        img = img.filter(ImageFilter.GaussianBlur(1.6))
        img = Image.eval(img, lambda v: 255 - int((255 - v) * 0.16))
        img = img.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, fillcolor=250)
        return img
    if mode == 'photo_bad':
        img = img.convert('RGB')
        w, h = img.size
        img = img.resize((w // 3, h // 3), Image.BILINEAR)
        img = img.filter(ImageFilter.GaussianBlur(2.6))
        img = ImageEnhance.Brightness(img).enhance(0.42)
        img = ImageEnhance.Contrast(img).enhance(0.45)
        # perspective-ish skew and a dark table background
        bg = Image.new('RGB', (int(img.width * 1.25), int(img.height * 1.18)), (58, 44, 33))
        img = img.rotate(rng.uniform(6, 11), resample=Image.BICUBIC, expand=True, fillcolor=(58, 44, 33))
        bg.paste(img, (int(bg.width * 0.06), int(bg.height * 0.03)))
        bg = bg.filter(ImageFilter.GaussianBlur(1.5))
        return bg
    if mode == 'photo_ok':
        img = img.convert('RGB')
        ang = rng.uniform(-3, 3)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(200, 196, 188))
        img = ImageEnhance.Brightness(img).enhance(0.95)
        return img
    raise ValueError(mode)


def images_to_pdf(imgs, out, dpi, quality, tmpprefix):
    paths = []
    for i, im in enumerate(imgs):
        p = '%s-j%02d.jpg' % (tmpprefix, i)
        im.save(p, 'JPEG', quality=quality, dpi=(dpi, dpi))
        paths.append(p)
    # the img2pdf command-line tool (Debian package) embeds the JPEGs unchanged (DCTDecode)
    subprocess.run(['img2pdf', '--imgsize', '%ddpi' % dpi, '-o', out] + paths, check=True)
    return paths


def scan_pdf(src_pdf, out, rng, dpi=150, gray=True, quality=55, mode='legible', tmpprefix=None):
    pages = raster(src_pdf, dpi, gray, tmpprefix)
    imgs = [degrade(Image.open(p), rng, mode) for p in pages]
    if gray:
        imgs = [im.convert('L') for im in imgs]
    eff = dpi if mode == 'legible' else dpi // 3
    images_to_pdf(imgs, out, eff, quality, tmpprefix)


def scan_with_text_layer(src_pdf, out, rng, lines_per_page, dpi=150, gray=False, quality=55, tmpprefix=None):
    """Image page + invisible text (reportlab text render mode 3), like a scanner's OCR output."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    pages = raster(src_pdf, dpi, gray, tmpprefix)
    c = canvas.Canvas(out, pagesize=A4)
    c.setCreator('ScanSnap Manager #iX1600')
    c.setProducer('Scan2PDF OCR (reportlab)')
    W, H = A4
    for i, p in enumerate(pages):
        im = degrade(Image.open(p), rng, 'legible')
        if gray:
            im = im.convert('L')
        jp = '%s-o%02d.jpg' % (tmpprefix, i)
        im.save(jp, 'JPEG', quality=quality)
        c.drawImage(jp, 0, 0, W, H)
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont('WQY', 10)
        y = H - 70
        for ln in (lines_per_page[i] if i < len(lines_per_page) else []):
            t.setTextOrigin(60, y)
            t.textLine(ln)
            y -= 16
            if y < 40:
                y = H - 70
        c.drawText(t)
        c.showPage()
    c.save()


def blocks_text(blocks):
    """Plain text lines of blocks, split by page."""
    pages, cur = [], []
    for b in blocks:
        t = b[0]
        if t == 'br':
            pages.append(cur)
            cur = []
        elif t == 'lh':
            cur += [b[1] + (b[3] or '')] + ([b[2]] if b[2] else [])
        elif t in ('title', 'sub', 'h', 'p', 'pl', 'small', 'right'):
            cur += b[1].split('\n')
        elif t == 'kv':
            cur += ['%s %s' % kv for kv in b[1]]
        elif t == 'table':
            if b[1]:
                cur.append(' '.join(b[1]))
            cur += [' '.join(str(x) for x in r) for r in b[2]]
        elif t == 'sign':
            cur += b[1]
        elif t == 'cert':
            cur += [b[1]['title']] + ['%s %s' % kv for kv in b[1]['fields_left'] + b[1].get('fields_right', [])]
    pages.append(cur)
    # wrap long lines
    out = []
    for pg in pages:
        o = []
        for ln in pg:
            while len(ln) > 38:
                o.append(ln[:38])
                ln = ln[38:]
            o.append(ln)
        out.append(o)
    return out


# ---------------------------------------------------------------- zips

class GBKZipInfo(zipfile.ZipInfo):
    """Entry whose name is written as GBK bytes without the UTF-8 flag (Windows 'Send to > Compressed folder')."""

    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(out, entries, gbk=False, dirs=True):
    """entries: list of (arcname, bytes). Writes directory entries first like Windows/Info-ZIP do."""
    seen = set()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            parts = name.split('/')[:-1]
            if dirs:
                for i in range(1, len(parts) + 1):
                    d = '/'.join(parts[:i]) + '/'
                    if d not in seen and not d.startswith('__MACOSX'):
                        seen.add(d)
                        zi = (GBKZipInfo if gbk else zipfile.ZipInfo)(d, (2025, 1, 21, 9, 30, 0))
                        zi.external_attr = 0x10
                        if gbk:
                            zi.create_system = 0
                        z.writestr(zi, b'')
            zi = (GBKZipInfo if gbk else zipfile.ZipInfo)(name, (2025, 1, 21, 9, 31, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if gbk:
                zi.create_system = 0
                zi.external_attr = 0x20
            else:
                zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
