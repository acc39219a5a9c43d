# -*- coding: utf-8 -*-
"""Rendering helpers for the final21 corpus generator (doc model + producers)."""
import os, io, math, zlib, random, subprocess, shutil, zipfile, html as _html

BASE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(BASE, 'build')

# ---------------------------------------------------------------- credit codes
ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
A31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    s = sum(ALNUM.index(c) * W11[i] for i, c in enumerate(s8))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def check18(s17):
    s = sum(A31.index(c) * W31[i] for i, c in enumerate(s17))
    return A31[(31 - s % 31) % 31]


def valid_code(code):
    if len(code) != 18 or any(c not in A31 for c in code):
        return False
    if check18(code[:17]) != code[17]:
        return False
    return org_check(code[8:16]) == code[16]


def make_code(prefix2, region, rng, bad=None):
    """prefix2 e.g. '91', region '310115'. bad: None | 'c18' | 'org'."""
    while True:
        body = 'MA1' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(5))
        if prefix2[0] == '5':
            body = 'MJ' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
        if prefix2 == '12':
            body = ''.join(rng.choice('0123456789') for _ in range(8))
        oc = org_check(body)
        if bad == 'org':
            alts = [c for c in '0123456789' if c != oc]
            oc = rng.choice(alts)
        s17 = prefix2 + region + body + oc
        c = check18(s17)
        if bad == 'c18':
            c = rng.choice([x for x in A31 if x != c])
        code = s17 + c
        if bad is None and not valid_code(code):
            continue
        return code


def _selftest():
    assert valid_code('91310115MA1FL0A00C')
    assert valid_code('52310104MJ5K3L7D1F')
    assert valid_code('123100004250018698')
    assert not valid_code('91310115MA1FL0A00D')
    assert check18('52310104MJ5K3L7D0') == 'C' and not valid_code('52310104MJ5K3L7D0C')


_selftest()

# ---------------------------------------------------------------- levels
CN = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
OLD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
CN_NUM = '〇一二三四五六七八九'


def cn_year(y):
    return ''.join(CN_NUM[int(d)] for d in str(y))


def cn_date(y, m, d):
    def n(x):
        if x < 10:
            return CN_NUM[x]
        if x == 10:
            return '十'
        if x < 20:
            return '十' + CN_NUM[x - 10]
        return CN_NUM[x // 10] + '十' + (CN_NUM[x % 10] if x % 10 else '')
    return '%s年%s月%s日' % (cn_year(y), n(m), n(d))


def level_range(levels, sep='至', style='cn'):
    ls = sorted(levels, reverse=True)
    names = CN if style == 'cn' else OLD
    contiguous = all(ls[i] - 1 == ls[i + 1] for i in range(len(ls) - 1))
    if len(ls) == 1:
        return names[ls[0]]
    if contiguous and len(ls) >= 3:
        return names[ls[0]] + sep + names[ls[-1]]
    return '、'.join(names[x] for x in ls)


# ---------------------------------------------------------------- fonts
FONT_TTC = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
FONT_DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
_fonts_done = False


def rl_fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont('WQY', FONT_TTC, subfontIndex=0))
    pdfmetrics.registerFont(TTFont('Droid', FONT_DROID))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _fonts_done = True


# ---------------------------------------------------------------- seals
RED = (0.82, 0.08, 0.08)


def rl_seal(c, cx, cy, r, text, color=RED, inner=None, alpha=0.85, font='WQY'):
    c.saveState()
    try:
        c.setFillAlpha(alpha)
        c.setStrokeAlpha(alpha)
    except Exception:
        pass
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(r * 0.05)
    c.circle(cx, cy, r, stroke=1, fill=0)
    # star
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r * 0.26 if i % 2 == 0 else r * 0.105
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(text)
    fs = r * (0.30 if n <= 12 else 0.25 if n <= 18 else 0.2)
    span = min(250.0, 16.0 * n + 40) if n > 1 else 0
    start = 90 + span / 2
    step = span / max(n - 1, 1)
    c.setFont(font, fs)
    for i, ch in enumerate(text):
        ang = math.radians(start - i * step)
        x = cx + (r - fs * 0.95) * math.cos(ang)
        y = cy + (r - fs * 0.95) * math.sin(ang)
        c.saveState()
        c.translate(x, y)
        c.rotate(math.degrees(ang) - 90)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    if inner:
        c.setFont(font, r * 0.16)
        c.drawCentredString(cx, cy - r * 0.55, inner)
    c.restoreState()


def pil_seal(text, size=300, inner=None, gray=False):
    from PIL import Image, ImageDraw, ImageFont
    col = (200, 30, 30, 220) if not gray else (90, 90, 90, 220)
    im = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    r = size // 2 - 6
    cx = cy = size // 2
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(4, size // 40))
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.26 if i % 2 == 0 else r * 0.105
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    n = len(text)
    fs = int(r * (0.30 if n <= 12 else 0.25 if n <= 18 else 0.2))
    font = ImageFont.truetype(FONT_TTC, fs)
    span = min(250.0, 16.0 * n + 40) if n > 1 else 0
    start = 90 + span / 2
    step = span / max(n - 1, 1)
    for i, ch in enumerate(text):
        angd = start - i * step
        ang = math.radians(angd)
        x = cx + (r - fs * 0.95) * math.cos(ang)
        y = cy - (r - fs * 0.95) * math.sin(ang)
        g = Image.new('RGBA', (fs * 2, fs * 2), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((fs // 2, fs // 2), ch, font=font, fill=col)
        g = g.rotate(angd - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fs), int(y - fs)))
    if inner:
        f2 = ImageFont.truetype(FONT_TTC, int(r * 0.16))
        w = d.textlength(inner, font=f2)
        d.text((cx - w / 2, cy + r * 0.45), inner, font=f2, fill=col)
    return im


def svg_seal(text, size=150, inner=None):
    n = len(text)
    fs = 21 if n <= 12 else 17 if n <= 18 else 14
    t = _html.escape(text)
    inn = ('<text x="75" y="118" font-size="11" text-anchor="middle" fill="#d2201f">%s</text>' % _html.escape(inner)) if inner else ''
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 150 150" style="opacity:.85">'
            '<defs><path id="arc" d="M 22,95 A 56,56 0 1,1 128,95"/></defs>'
            '<circle cx="75" cy="75" r="70" fill="none" stroke="#d2201f" stroke-width="4"/>'
            '<polygon points="75,55 80,70 96,70 83,79 88,95 75,85 62,95 67,79 54,70 70,70" fill="#d2201f"/>'
            '<text font-size="%d" fill="#d2201f" font-family="WenQuanYi Zen Hei"><textPath href="#arc" startOffset="50%%" text-anchor="middle">%s</textPath></text>%s</svg>'
            % (size, size, fs, t, inn))


# ---------------------------------------------------------------- doc model
# blocks: ('lh', text[, sub]) red letterhead; ('no', text) doc number; ('title', text) ('\n' = line break)
# ('sub', text) sub heading; ('p', text); ('pl', text) plain left no indent; ('kv', [(k, v), ...])
# ('table', rows, {'widths':[..], 'span':[((c0,r0),(c1,r1)),...], 'head':1, 'fs':9})
# ('sign', [lines], seal_text_or_None) ; ('br',) page break; ('sp', mm) ; ('right', text); ('small', text)
# ('box', [lines]) boxed text


def doc_text(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ('lh', 'no', 'title', 'sub', 'p', 'pl', 'right', 'small'):
            out.append(b[1].replace('\n', ''))
        elif t == 'kv':
            out += ['%s：%s' % kv for kv in b[1]]
        elif t == 'table':
            out += ['  '.join(str(x) for x in row) for row in b[1]]
        elif t == 'sign':
            out += b[1]
        elif t == 'box':
            out += b[1]
    return out


def render_rl(blocks, path, font='WQY', seal_gray=False, page_num=True, footer=None, margins=22, header=None):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, Flowable)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT, TA_JUSTIFY

    body = ParagraphStyle('b', fontName=font, fontSize=11.5, leading=20, firstLineIndent=23, wordWrap='CJK', alignment=TA_JUSTIFY)
    plain = ParagraphStyle('pl', parent=body, firstLineIndent=0)
    small = ParagraphStyle('sm', parent=body, fontSize=9, leading=13, firstLineIndent=0)
    title = ParagraphStyle('t', fontName=font, fontSize=17, leading=26, alignment=TA_CENTER, wordWrap='CJK', spaceAfter=8)
    sub = ParagraphStyle('s', fontName=font, fontSize=12.5, leading=21, spaceBefore=5, wordWrap='CJK')
    right = ParagraphStyle('r', parent=plain, alignment=TA_RIGHT)
    lhs = ParagraphStyle('lh', fontName=font, fontSize=22, leading=30, alignment=TA_CENTER, textColor=colors.Color(*RED))
    nos = ParagraphStyle('no', parent=plain, alignment=TA_CENTER)
    cell = ParagraphStyle('c', fontName=font, fontSize=9.5, leading=13, wordWrap='CJK')

    def esc(s):
        return _html.escape(s).replace('\n', '<br/>')

    class Seal(Flowable):
        def __init__(self, lines, seal):
            Flowable.__init__(self)
            self.lines, self.seal = lines, seal
            self.height = 20 * len(lines) + 30
            self.width = 170 * mm

        def wrap(self, aw, ah):
            self.width = aw
            return aw, self.height

        def draw(self):
            c = self.canv
            c.setFont(font, 11.5)
            x = self.width - 10
            for i, ln in enumerate(self.lines):
                c.drawRightString(x, self.height - 30 - 20 * i, ln)
            if self.seal:
                col = (0.45, 0.45, 0.45) if seal_gray else RED
                w = max(c.stringWidth(ln, font, 11.5) for ln in self.lines) if self.lines else 80
                rl_seal(c, x - w / 2, self.height - 36, 44, self.seal, color=col, font=font)

    class RedLine(Flowable):
        def wrap(self, aw, ah):
            self.w = aw
            return aw, 8

        def draw(self):
            self.canv.setStrokeColorRGB(*RED)
            self.canv.setLineWidth(1.6)
            self.canv.line(0, 4, self.w, 4)

    story = []
    for b in blocks:
        t = b[0]
        if t == 'lh':
            story.append(Paragraph(esc(b[1]), lhs))
            if len(b) > 2 and b[2]:
                story.append(Paragraph(esc(b[2]), nos))
            story.append(RedLine())
        elif t == 'no':
            story.append(Paragraph(esc(b[1]), nos))
            story.append(Spacer(1, 4))
        elif t == 'title':
            story.append(Paragraph(esc(b[1]), title))
        elif t == 'sub':
            story.append(Paragraph(esc(b[1]), sub))
        elif t == 'p':
            story.append(Paragraph(esc(b[1]), body))
        elif t == 'pl':
            story.append(Paragraph(esc(b[1]), plain))
        elif t == 'small':
            story.append(Paragraph(esc(b[1]), small))
        elif t == 'right':
            story.append(Paragraph(esc(b[1]), right))
        elif t == 'kv':
            rows = [[Paragraph(esc(k), cell), Paragraph(esc(v), cell)] for k, v in b[1]]
            tb = Table(rows, colWidths=[40 * mm, 126 * mm])
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                    ('BACKGROUND', (0, 0), (0, -1), colors.Color(0.94, 0.94, 0.94))]))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == 'table':
            opts = b[2] if len(b) > 2 else {}
            fs = opts.get('fs', 9.5)
            cs = ParagraphStyle('cx', parent=cell, fontSize=fs, leading=fs * 1.35)
            rows = [[Paragraph(esc(str(x)), cs) for x in row] for row in b[1]]
            w = opts.get('widths')
            tb = Table(rows, colWidths=[x * mm for x in w] if w else None, repeatRows=opts.get('head', 1))
            st = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if opts.get('head', 1):
                st.append(('BACKGROUND', (0, 0), (-1, opts.get('head', 1) - 1), colors.Color(0.9, 0.9, 0.9)))
            for s0, s1 in opts.get('span', []):
                st.append(('SPAN', s0, s1))
            tb.setStyle(TableStyle(st))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == 'sign':
            story.append(Seal(b[1], b[2]))
        elif t == 'br':
            story.append(PageBreak())
        elif t == 'sp':
            story.append(Spacer(1, b[1] * mm))
        elif t == 'box':
            rows = [[Paragraph('<br/>'.join(esc(x) for x in b[1]), plain)]]
            tb = Table(rows, colWidths=[166 * mm])
            tb.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black)]))
            story.append(tb)

    def onpage(c, d):
        c.saveState()
        c.setFont(font, 8.5)
        if page_num:
            c.drawCentredString(A4[0] / 2, 12 * mm, '— %d —' % d.page)
        if footer:
            c.drawString(margins * mm, 7 * mm, footer)
        if header:
            c.drawString(margins * mm, A4[1] - 12 * mm, header)
            c.line(margins * mm, A4[1] - 13.5 * mm, A4[0] - margins * mm, A4[1] - 13.5 * mm)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm, title='', author='')
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
    doc.addPageTemplates([PageTemplate(id='p', frames=[fr], onPage=onpage)])
    doc.build(story)


def render_docx(blocks, path, font='宋体', seal_dir=None):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)

    def para(text, size=12, align=None, bold=False, color=None, indent=True):
        p = d.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.font.size = Pt(size)
            r.bold = bold
            r.font.name = font
            r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
            if color:
                r.font.color.rgb = RGBColor(*color)
            if i < len(lines) - 1:
                r.add_break()
        return p

    for b in blocks:
        t = b[0]
        if t == 'lh':
            para(b[1], 24, WD_ALIGN_PARAGRAPH.CENTER, True, (0xD0, 0x14, 0x14), False)
            if len(b) > 2 and b[2]:
                para(b[2], 12, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            para('━' * 26, 12, WD_ALIGN_PARAGRAPH.CENTER, color=(0xD0, 0x14, 0x14), indent=False)
        elif t == 'no':
            para(b[1], 12, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif t == 'title':
            para(b[1], 18, WD_ALIGN_PARAGRAPH.CENTER, True, indent=False)
        elif t == 'sub':
            para(b[1], 13, bold=True, indent=False)
        elif t == 'p':
            para(b[1])
        elif t in ('pl',):
            para(b[1], indent=False)
        elif t == 'small':
            para(b[1], 9, indent=False)
        elif t == 'right':
            para(b[1], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif t in ('kv', 'table'):
            rows = [list(kv) for kv in b[1]] if t == 'kv' else b[1]
            opts = b[2] if (t == 'table' and len(b) > 2) else {}
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    cc = tb.cell(i, j)
                    cc.text = str(x)
                    for pp in cc.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(opts.get('fs', 10.5))
                            rr.font.name = font
                            rr._element.rPr.rFonts.set(qn('w:eastAsia'), font)
            for s0, s1 in opts.get('span', []):
                a = tb.cell(s0[1], s0[0])
                keep = a.text
                m = a.merge(tb.cell(s1[1], s1[0]))
                m.text = keep
            d.add_paragraph()
        elif t == 'sign':
            if b[2] and seal_dir:
                sp = os.path.join(seal_dir, 'seal_%d.png' % (zlib.crc32(b[2].encode())))
                pil_seal(b[2], 300).save(sp)
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(sp, width=Mm(38))
            for ln in b[1]:
                para(ln, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif t == 'br':
            d.add_page_break()
        elif t == 'sp':
            d.add_paragraph()
        elif t == 'box':
            tb = d.add_table(rows=1, cols=1)
            tb.style = 'Table Grid'
            tb.cell(0, 0).text = '\n'.join(b[1])
    d.core_properties.author = ''
    d.save(path)


def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, H, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def mkstyle(name, size, align='justify', bold=False, color=None, indent=True):
        s = Style(name=name, family='paragraph')
        kw = dict(fontsize='%dpt' % size, fontfamilyasian='Noto Serif CJK SC', fontnameasian='Noto Serif CJK SC', fontsizeasian='%dpt' % size)
        if bold:
            kw.update(fontweight='bold', fontweightasian='bold')
        if color:
            kw['color'] = color
        s.addElement(TextProperties(**kw))
        pk = dict(textalign=align)
        if indent:
            pk['textindent'] = '2em'
        s.addElement(ParagraphProperties(**pk))
        doc.automaticstyles.addElement(s)
        return s
    S = dict(p=mkstyle('Pb', 12), pl=mkstyle('Ppl', 12, 'left', indent=False), title=mkstyle('Pt', 18, 'center', True, indent=False),
             sub=mkstyle('Ps', 13, 'left', True, indent=False), right=mkstyle('Pr', 12, 'end', indent=False),
             small=mkstyle('Psm', 9, 'left', indent=False), no=mkstyle('Pno', 12, 'center', indent=False),
             lh=mkstyle('Plh', 22, 'center', True, '#d01414', indent=False), cell=mkstyle('Pc', 10, 'left', indent=False))
    cs = Style(name='Cc', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)

    def addp(style, text):
        p = P(stylename=style)
        parts = text.split('\n')
        for i, x in enumerate(parts):
            p.addText(x)
            if i < len(parts) - 1:
                p.addElement(LineBreak())
        doc.text.addElement(p)
    tcount = [0]
    for b in blocks:
        t = b[0]
        if t in ('p', 'pl', 'title', 'sub', 'right', 'small', 'no', 'lh'):
            addp(S[t], b[1])
        elif t in ('kv', 'table'):
            rows = [list(kv) for kv in b[1]] if t == 'kv' else b[1]
            ncol = max(len(r) for r in rows)
            tcount[0] += 1
            tb = Table(name='T%d' % tcount[0])
            tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for x in r + [''] * (ncol - len(r)):
                    tc = TableCell(stylename=cs)
                    tc.addElement(P(stylename=S['cell'], text=str(x)))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
        elif t == 'sign':
            for ln in b[1]:
                addp(S['right'], ln)
        elif t == 'box':
            for ln in b[1]:
                addp(S['pl'], ln)
        elif t == 'sp':
            addp(S['pl'], '')
    doc.save(path)


HTML_CSS = {
    'web': """body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:12.5px;color:#222;margin:0}
.bar{background:#1d5fa8;color:#fff;padding:8px 14px;font-size:13px}.wrap{padding:10px 22px}
h1{font-size:20px;text-align:center;margin:14px 0}h2{font-size:14px;border-left:4px solid #1d5fa8;padding-left:6px}
table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #9aa;padding:4px 6px;vertical-align:middle}
th{background:#e8f0fa}.kv td:first-child{width:28%;background:#f4f6f8}.r{text-align:right}.sm{font-size:10px;color:#666}
.pb{page-break-after:always}.lh{color:#d01414;font-size:28px;text-align:center;font-weight:bold;letter-spacing:2px}
.rule{border-top:2px solid #d01414;margin:4px 0 14px}.no{text-align:center}.sign{text-align:right;position:relative;margin-top:18px}
.sign svg{position:absolute;right:30px;top:-40px}p{text-indent:2em;line-height:1.9;margin:4px 0}.pl{text-indent:0}
.box{border:1px solid #333;padding:8px}""",
    'serif': """body{font-family:'Droid Sans Fallback','WenQuanYi Zen Hei',serif;font-size:15px;margin:0 8px}
h1{font-size:22px;text-align:center;font-weight:normal;letter-spacing:1px;margin:18px 0}h2{font-size:16px;margin:10px 0 4px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:5px}
.r{text-align:right}.sm{font-size:11px}.pb{page-break-after:always}
.lh{color:#d01414;font-size:34px;text-align:center;font-family:'Noto Serif CJK SC';letter-spacing:3px;font-weight:bold}
.rule{border-top:3px solid #d01414;margin:6px 0 18px}.no{text-align:center}.sign{text-align:right;position:relative;margin-top:30px;padding-right:20px}
.sign svg{position:absolute;right:40px;top:-45px}p{text-indent:2em;line-height:2.0;margin:0}.pl{text-indent:0}.box{border:1px solid #000;padding:8px}""",
}


def render_html(blocks, path, css='serif', bar=None):
    e = _html.escape
    out = ['<html><head><meta charset="utf-8"><style>@page{size:A4;margin:18mm 18mm}%s</style></head><body>' % HTML_CSS[css]]
    if bar:
        out.append('<div class="bar">%s</div><div class="wrap">' % e(bar))
    for b in blocks:
        t = b[0]
        if t == 'lh':
            out.append('<div class="lh">%s</div>' % e(b[1]))
            if len(b) > 2 and b[2]:
                out.append('<div class="no">%s</div>' % e(b[2]))
            out.append('<div class="rule"></div>')
        elif t == 'no':
            out.append('<div class="no">%s</div>' % e(b[1]))
        elif t == 'title':
            out.append('<h1>%s</h1>' % e(b[1]).replace('\n', '<br>'))
        elif t == 'sub':
            out.append('<h2>%s</h2>' % e(b[1]))
        elif t == 'p':
            out.append('<p>%s</p>' % e(b[1]))
        elif t == 'pl':
            out.append('<p class="pl">%s</p>' % e(b[1]))
        elif t == 'small':
            out.append('<p class="pl sm">%s</p>' % e(b[1]))
        elif t == 'right':
            out.append('<p class="pl r">%s</p>' % e(b[1]))
        elif t == 'kv':
            out.append('<table class="kv">' + ''.join('<tr><td>%s</td><td>%s</td></tr>' % (e(k), e(v)) for k, v in b[1]) + '</table>')
        elif t == 'table':
            opts = b[2] if len(b) > 2 else {}
            rows = b[1]
            # spans -> rowspan/colspan
            skip = set()
            attrs = {}
            for (c0, r0), (c1, r1) in opts.get('span', []):
                attrs[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            skip.add((rr, cc))
            h = opts.get('head', 1)
            s = '<table>'
            for i, r in enumerate(rows):
                s += '<tr>'
                for j, x in enumerate(r):
                    if (i, j) in skip:
                        continue
                    tag = 'th' if i < h else 'td'
                    a = ''
                    if (i, j) in attrs:
                        a = ' rowspan="%d" colspan="%d"' % attrs[(i, j)]
                    s += '<%s%s>%s</%s>' % (tag, a, e(str(x)), tag)
                s += '</tr>'
            out.append(s + '</table>')
        elif t == 'sign':
            seal = svg_seal(b[2]) if b[2] else ''
            out.append('<div class="sign">%s%s</div>' % ('<br>'.join(e(x) for x in b[1]), seal))
        elif t == 'br':
            out.append('<div class="pb"></div>')
        elif t == 'sp':
            out.append('<div style="height:%dmm"></div>' % b[1])
        elif t == 'box':
            out.append('<div class="box">%s</div>' % '<br>'.join(e(x) for x in b[1]))
    if bar:
        out.append('</div>')
    out.append('</body></html>')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s' % (cmd[0], r.stderr.decode('utf-8', 'replace')[-800:]))
    return r


def chromium_pdf(html_path, pdf_path):
    exe = shutil.which('chromium') or shutil.which('chromium-browser')
    run([exe, '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf-no-header',
         '--print-to-pdf=' + pdf_path, 'file://' + html_path], timeout=120)


def soffice_batch(paths, outdir):
    if not paths:
        return
    prof = 'file://' + os.path.join(BUILD, 'lo_profile')
    for i in range(0, len(paths), 40):
        run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths[i:i + 40], timeout=900)


def gs_redistill(src, dst, extra=None):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5'] + (extra or []) + ['-sOutputFile=' + dst, src], timeout=300)


def pdf_to_images(src, dpi, gray=False, first=None, last=None):
    from PIL import Image
    tmp = src + '.ppm_%d' % dpi
    os.makedirs(tmp, exist_ok=True)
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    run(cmd + [src, os.path.join(tmp, 'p')])
    ims = [Image.open(os.path.join(tmp, f)).copy() for f in sorted(os.listdir(tmp))]
    shutil.rmtree(tmp)
    return ims


def degrade(im, rng, mode='legible'):
    """mode: legible | faint | photo_bad"""
    from PIL import Image, ImageFilter, ImageEnhance
    import random as _r
    if mode == 'legible':
        ang = rng.uniform(-1.6, 1.6)
        im = im.convert('RGB' if im.mode != 'L' else 'L')
        fill = 255 if im.mode == 'L' else (255, 255, 255)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
        if im.mode == 'RGB':
            im = ImageEnhance.Color(im).enhance(0.9)
            # slight yellowing
            im = Image.blend(im, Image.new('RGB', im.size, (250, 246, 232)), 0.08)
        im = im.filter(ImageFilter.GaussianBlur(0.35))
        return im
    if mode == 'faint':
        im = im.convert('L')
        w, h = im.size
        im = im.resize((max(1, w * 60 // 200), max(1, h * 60 // 200)), Image.BILINEAR)
        im = im.filter(ImageFilter.GaussianBlur(2.2))
        im = ImageEnhance.Contrast(im).enhance(0.18)
        im = ImageEnhance.Brightness(im).enhance(1.35)
        return im
    if mode == 'photo_bad':
        im = im.convert('RGB')
        w, h = im.size
        im = im.rotate(rng.uniform(5, 9), resample=Image.BICUBIC, expand=True, fillcolor=(70, 60, 50))
        im = im.resize((im.size[0] // 4, im.size[1] // 4), Image.BILINEAR)
        im = im.filter(ImageFilter.GaussianBlur(3.0))
        im = ImageEnhance.Brightness(im).enhance(0.45)
        im = ImageEnhance.Contrast(im).enhance(0.5)
        return im
    raise ValueError(mode)


def jpeg_bytes(im, q):
    b = io.BytesIO()
    im.save(b, 'JPEG', quality=q, dpi=(150, 150))
    return b.getvalue()


def images_to_pdf(jpegs, dst, dpi):
    import img2pdf
    lay = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    with open(dst, 'wb') as f:
        f.write(img2pdf.convert(jpegs, layout_fun=lay))


def ocr_layer_pdf(jpegs, texts_per_page, dst, dpi):
    """Image pages with an invisible text layer (reportlab text render mode 3)."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    from PIL import Image
    c = canvas.Canvas(dst)
    for jb, lines in zip(jpegs, texts_per_page):
        im = Image.open(io.BytesIO(jb))
        w, h = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, w, h)
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont('WQY', 10)
        y = h - 60
        for ln in lines:
            t.setTextOrigin(60, y)
            t.textLine(ln[:60])
            y -= 14
            if y < 40:
                y = h - 60
        c.drawText(t)
        c.showPage()
    c.save()
