# -*- coding: utf-8 -*-
"""Renderers: blocks -> .docx / .fodt / .html / reportlab PDF; post-processing to scans etc."""
import html
import io
import zlib
import math
import os
import subprocess
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont, ImageFilter

ZEN = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
UKAI = '/usr/share/fonts/truetype/arphic/ukai.ttc'
UMING = '/usr/share/fonts/truetype/arphic/uming.ttc'


def plain_lines(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('lh', 'no', 'h', 'p', 'pl', 'box'):
            out.append(b[1])
        elif k == 't':
            out += b[1].split('\n')
        elif k == 'tbl':
            for r in b[1]:
                out.append('  '.join(c.replace('\n', ' ') for c in r))
        elif k == 'sig':
            out += b[1]
    return out


# --------------------------------------------------------------------------
# seal image (Pillow)
# --------------------------------------------------------------------------
_seal_cache = {}


def seal_png(name, size=300, color=(220, 30, 30), alpha=True):
    key = (name, size, color, alpha)
    if key in _seal_cache:
        return _seal_cache[key]
    img = Image.new('RGBA' if alpha else 'RGB', (size, size), (255, 255, 255, 0) if alpha else (255, 255, 255))
    d = ImageDraw.Draw(img)
    w = max(3, size // 40)
    d.ellipse([w, w, size - w, size - w], outline=color + ((255,) if alpha else ()), width=w)
    # star
    cx = cy = size / 2
    R, r = size * 0.14, size * 0.055
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=color)
    font = ImageFont.truetype(ZEN, int(size * 0.11))
    n = len(name)
    span = min(250, 18 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        chimg = Image.new('RGBA', (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(chimg).text((0, 0), ch, font=font, fill=color)
        chimg = chimg.rotate(-(ang + 90), expand=True, resample=Image.BICUBIC)
        rad = size * 0.36
        x = cx + rad * math.cos(math.radians(ang)) - chimg.width / 2
        y = cy + rad * math.sin(math.radians(ang)) - chimg.height / 2
        img.paste(chimg, (int(x), int(y)), chimg)
    _seal_cache[key] = img
    return img


# --------------------------------------------------------------------------
# python-docx
# --------------------------------------------------------------------------

def render_docx(blocks, path, tpl, tmpdir):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm, RGBColor, Cm

    font = tpl.get('font', 'Noto Serif CJK SC')
    size = tpl.get('size', 11)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if tpl.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(tpl.get('margin', 25))
    sec.top_margin = sec.bottom_margin = Mm(22)
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.append(rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), font)
    if tpl.get('header'):
        hp = sec.header.paragraphs[0]
        hp.text = tpl['header']
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if tpl.get('footer'):
        fp = sec.footer.paragraphs[0]
        fp.text = tpl['footer']
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    usable = (sec.page_width - sec.left_margin - sec.right_margin)

    def para(text, align=None, bold=False, sz=None, color=None, indent=False):
        p = d.add_paragraph()
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            if sz:
                r.font.size = Pt(sz)
            if color:
                r.font.color.rgb = RGBColor(*color)
            if i < len(lines) - 1:
                r.add_break()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        return p

    for b in blocks:
        k = b[0]
        if k == 'lh':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, True, 24, (200, 0, 0))
        elif k == 'rule':
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr')
            bot = OxmlElement('w:bottom')
            for a, v in (('w:val', 'single'), ('w:sz', '18'), ('w:space', '1'), ('w:color', 'C00000')):
                bot.set(qn(a), v)
            bdr.append(bot)
            pPr.append(bdr)
        elif k == 'no':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER if tpl.get('no_center', True) else WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == 't':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, True, size + 6)
        elif k == 'h':
            para(b[1], None, True, size + 1)
        elif k == 'p':
            para(b[1], indent=True)
        elif k == 'pl':
            para(b[1])
        elif k == 'box':
            t = d.add_table(rows=1, cols=1)
            t.style = 'Table Grid'
            t.cell(0, 0).text = b[1] + '\n\n\n'
        elif k == 'tbl':
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            widths = opts.get('widths') or [1.0 / ncol] * ncol
            for ri, r in enumerate(rows):
                for ci in range(ncol):
                    c = t.cell(ri, ci)
                    c.width = int(usable * widths[ci])
                    txt = r[ci] if ci < len(r) else ''
                    lines = txt.split('\n')
                    c.paragraphs[0].text = lines[0]
                    for ln in lines[1:]:
                        c.add_paragraph(ln)
                    if opts.get('header') and ri == 0:
                        for rr in c.paragraphs[0].runs:
                            rr.bold = True
            for (r1, c1, r2, c2) in opts.get('merge', []):
                t.cell(r1, c1).merge(t.cell(r2, c2))
            d.add_paragraph()
        elif k == 'sig':
            for ln in b[1]:
                para(ln, WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == 'seal':
            if tpl.get('seal_img'):
                png = os.path.join(tmpdir, 'seal_%d.png' % (zlib.crc32(b[1].encode()) % 10 ** 8))
                if not os.path.exists(png):
                    seal_png(b[1], 240).save(png)
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(png, width=Cm(3.6))
        elif k == 'br':
            d.add_page_break()
    d.save(path)


# --------------------------------------------------------------------------
# flat ODT
# --------------------------------------------------------------------------

def render_fodt(blocks, path, tpl):
    font = tpl.get('font', 'AR PL UMing CN')
    size = tpl.get('size', 11)
    land = tpl.get('landscape')
    pw, ph = ('29.7cm', '21cm') if land else ('21cm', '29.7cm')
    body = []
    tn = 0
    for b in blocks:
        k = b[0]
        if k == 'lh':
            body.append('<text:p text:style-name="PLH">%s</text:p>' % escape(b[1]))
        elif k == 'rule':
            body.append('<text:p text:style-name="PRULE"/>')
        elif k == 'no':
            body.append('<text:p text:style-name="PC">%s</text:p>' % escape(b[1]))
        elif k == 't':
            body.append('<text:p text:style-name="PT">%s</text:p>' % '<text:line-break/>'.join(escape(x) for x in b[1].split('\n')))
        elif k == 'h':
            body.append('<text:p text:style-name="PH">%s</text:p>' % escape(b[1]))
        elif k == 'p':
            body.append('<text:p text:style-name="PI">%s</text:p>' % escape(b[1]))
        elif k in ('pl', 'box'):
            body.append('<text:p text:style-name="Standard">%s</text:p>' % escape(b[1]))
        elif k == 'sig':
            for ln in b[1]:
                body.append('<text:p text:style-name="PR">%s</text:p>' % escape(ln))
        elif k == 'br':
            body.append('<text:p text:style-name="PBR"/>')
        elif k == 'tbl':
            tn += 1
            rows = b[1]
            ncol = max(len(r) for r in rows)
            x = ['<table:table table:name="T%d" table:style-name="TB">' % tn,
                 '<table:table-column table:number-columns-repeated="%d"/>' % ncol]
            for r in rows:
                x.append('<table:table-row>')
                for ci in range(ncol):
                    txt = r[ci] if ci < len(r) else ''
                    ps = ''.join('<text:p text:style-name="Standard">%s</text:p>' % escape(ln) for ln in txt.split('\n'))
                    x.append('<table:table-cell table:style-name="TC" office:value-type="string">%s</table:table-cell>' % ps)
                x.append('</table:table-row>')
            x.append('</table:table>')
            body.append(''.join(x))
    fam = "'%s'" % font
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">%(gen)s</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="%(fam)s"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="%(sz)spt" style:font-size-asian="%(sz)spt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="PLH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#cc0000" fo:font-size="24pt" style:font-size-asian="24pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="PRULE" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.5pt solid #cc0000"/></style:style>
<style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="PT" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="17pt" style:font-size-asian="17pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="PH" style:family="paragraph"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="PI" style:family="paragraph"><style:paragraph-properties fo:text-indent="%(ind)spt"/></style:style>
<style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="PBR" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
<style:style style:name="TB" style:family="table"><style:table-properties style:width="%(tw)s" table:align="margins"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="%(pw)s" fo:page-height="%(ph)s" style:print-orientation="%(orient)s" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.4cm" fo:margin-right="2.4cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PM1"/></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>''' % {
        'fam': fam, 'sz': size, 'ind': size * 2, 'pw': pw, 'ph': ph, 'orient': 'landscape' if land else 'portrait',
        'tw': '24.9cm' if land else '16.2cm', 'body': '\n'.join(body), 'gen': escape(tpl.get('generator', 'WPS Office'))}
    with open(path, 'w', encoding='utf-8') as f:
        f.write(doc)


# --------------------------------------------------------------------------
# HTML for Chromium
# --------------------------------------------------------------------------

def seal_svg(name, px=150, color='#d42020'):
    n = len(name)
    return ('<svg class="seal" width="%d" height="%d" viewBox="0 0 200 200">'
            '<defs><path id="arc%d" d="M 30 110 A 72 72 0 1 1 170 110"/></defs>'
            '<circle cx="100" cy="100" r="92" fill="none" stroke="%s" stroke-width="6"/>'
            '<text font-size="%d" fill="%s" letter-spacing="1"><textPath href="#arc%d" startOffset="50%%" text-anchor="middle">%s</textPath></text>'
            '<text x="100" y="118" font-size="48" text-anchor="middle" fill="%s">★</text></svg>') % (
        px, px, zlib.crc32(name.encode()) % 10 ** 6, color, max(14, min(22, 300 // max(n, 1))), color,
        zlib.crc32(name.encode()) % 10 ** 6, html.escape(name), color)


def render_html(blocks, path, tpl):
    font = tpl.get('font', 'Noto Serif CJK SC')
    land = tpl.get('landscape')
    out = []
    for b in blocks:
        k = b[0]
        e = lambda s: html.escape(s).replace('\n', '<br>')
        if k == 'lh':
            out.append('<div class="lh">%s</div>' % e(b[1]))
        elif k == 'rule':
            out.append('<div class="rule"></div>')
        elif k == 'no':
            out.append('<div class="no">%s</div>' % e(b[1]))
        elif k == 't':
            out.append('<h1>%s</h1>' % e(b[1]))
        elif k == 'h':
            out.append('<h3>%s</h3>' % e(b[1]))
        elif k == 'p':
            out.append('<p class="i">%s</p>' % e(b[1]))
        elif k == 'pl':
            out.append('<p>%s</p>' % e(b[1]))
        elif k == 'box':
            out.append('<div class="box">%s</div>' % e(b[1]))
        elif k == 'sig':
            out.append('<div class="sig">%s</div>' % '<br>'.join(e(x) for x in b[1]))
        elif k == 'seal':
            out.append('<div class="sealwrap">%s</div>' % seal_svg(b[1]))
        elif k == 'br':
            out.append('<div style="page-break-after:always"></div>')
        elif k == 'tbl':
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            w = opts.get('widths')
            x = ['<table>']
            if w:
                x.append('<colgroup>%s</colgroup>' % ''.join('<col style="width:%d%%">' % int(v * 100) for v in w))
            for ri, r in enumerate(rows):
                tag = 'th' if opts.get('header') and ri == 0 else 'td'
                x.append('<tr>%s</tr>' % ''.join('<%s>%s</%s>' % (tag, e(r[ci] if ci < len(r) else ''), tag) for ci in range(ncol)))
            x.append('</table>')
            out.append(''.join(x))
    css = '''
@page { size: A4 %(orient)s; margin: 20mm 22mm; }
body { font-family: '%(font)s', 'Noto Sans CJK SC', sans-serif; font-size: %(sz)spt; line-height: 1.6; color:#111; }
.lh { color:#c00; font-size:26pt; font-weight:bold; text-align:center; letter-spacing:2px; margin-top:6mm; }
.rule { border-bottom: 2.5px solid #c00; margin: 3mm 0 4mm 0; }
.no { text-align:center; margin-bottom:4mm; }
h1 { text-align:center; font-size:18pt; margin: 5mm 0; }
h3 { font-size:%(sz)spt; margin: 3mm 0 1mm 0; }
p { margin: 1mm 0; } p.i { text-indent: 2em; }
table { border-collapse: collapse; width:100%%; margin: 2mm 0 3mm 0; }
td, th { border: 1px solid #333; padding: 1.5mm 2mm; vertical-align: top; }
th { background: %(thbg)s; }
.sig { text-align:right; margin-top: 6mm; }
.sealwrap { text-align:right; margin-top:-34mm; margin-right: 12mm; opacity:.85; }
.box { border: 1.5px dashed #c00; width: 45mm; height: 30mm; margin: 4mm 0 0 auto; color:#c00; font-size:9pt; padding:2mm; }
%(extra)s
''' % {'font': font, 'sz': tpl.get('size', 11), 'orient': 'landscape' if land else 'portrait',
       'thbg': tpl.get('thbg', '#eee'), 'extra': tpl.get('css', '')}
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>'
                % (html.escape(tpl.get('title', 'document')), css, '\n'.join(out)))


# --------------------------------------------------------------------------
# reportlab (platypus) with embedded TTF or CID font
# --------------------------------------------------------------------------
_fonts_done = set()


def rl_font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if name in _fonts_done:
        return name
    if name == 'WQY':
        pdfmetrics.registerFont(TTFont('WQY', ZEN, subfontIndex=0))
    elif name == 'UKAI':
        pdfmetrics.registerFont(TTFont('UKAI', UKAI, subfontIndex=0))
    elif name == 'UMING':
        pdfmetrics.registerFont(TTFont('UMING', UMING, subfontIndex=0))
    elif name == 'STSong-Light':
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _fonts_done.add(name)
    return name


class SealFlowable(object):
    pass


def _rl_seal_draw(c, x, y, r, name, fontname):
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(2.2)
    c.circle(x, y, r)
    # star
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rad = r * 0.28 if i % 2 == 0 else r * 0.11
        pts.append((x + rad * math.cos(a), y + rad * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    n = len(name)
    span = min(250, 18 * n)
    fs = r * 0.22
    c.setFont(fontname, fs)
    for i, ch in enumerate(name):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        rad = r * 0.72
        c.saveState()
        c.translate(x + rad * math.cos(math.radians(ang)), y + rad * math.sin(math.radians(ang)))
        c.rotate(ang - 90)
        c.drawCentredString(0, -fs / 3, ch)
        c.restoreState()
    c.restoreState()


def render_rl(blocks, path, tpl):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, Flowable
    from reportlab.lib.units import mm

    fn = rl_font(tpl.get('rlfont', 'WQY'))
    seal_font = rl_font('WQY') if fn != 'STSong-Light' else fn
    sz = tpl.get('size', 10.5)
    S = lambda **kw: ParagraphStyle('s', fontName=fn, fontSize=sz, leading=sz * 1.6, wordWrap='CJK', **kw)
    st_p, st_i = S(), S(firstLineIndent=sz * 2)
    st_t = ParagraphStyle('t', fontName=fn, fontSize=sz + 7, leading=(sz + 7) * 1.5, alignment=TA_CENTER, spaceBefore=4 * mm, spaceAfter=4 * mm, wordWrap='CJK')
    st_lh = ParagraphStyle('lh', fontName=fn, fontSize=24, leading=32, alignment=TA_CENTER, textColor=colors.HexColor('#cc0000'), wordWrap='CJK')
    st_c, st_r = S(alignment=TA_CENTER), S(alignment=TA_RIGHT)
    st_h = ParagraphStyle('h', fontName=fn, fontSize=sz + 1, leading=(sz + 1) * 1.7, wordWrap='CJK')
    st_cell = ParagraphStyle('c', fontName=fn, fontSize=sz - 0.5, leading=(sz - 0.5) * 1.45, wordWrap='CJK')
    e = lambda s: escape(s).replace('\n', '<br/>')

    class Rule(Flowable):
        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 4 * mm

        def draw(self):
            self.canv.setStrokeColorRGB(0.8, 0, 0)
            self.canv.setLineWidth(2)
            self.canv.line(0, 2 * mm, self.aw, 2 * mm)

    class Seal(Flowable):
        def __init__(self, name):
            Flowable.__init__(self)
            self.name = name

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 0

        def draw(self):
            _rl_seal_draw(self.canv, self.aw - 40 * mm, 14 * mm, 19 * mm, self.name, seal_font)

    class Box(Flowable):
        def __init__(self, text):
            Flowable.__init__(self)
            self.text = text

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 32 * mm

        def draw(self):
            c = self.canv
            c.setDash(3, 2)
            c.setStrokeColorRGB(0.8, 0, 0)
            c.rect(self.aw - 50 * mm, 1 * mm, 48 * mm, 30 * mm)
            c.setFont(fn, 8)
            c.setFillColorRGB(0.8, 0, 0)
            c.drawString(self.aw - 48 * mm, 27 * mm, self.text)

    story = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            story.append(Paragraph(e(b[1]), st_lh))
        elif k == 'rule':
            story.append(Rule())
        elif k == 'no':
            story.append(Paragraph(e(b[1]), st_c))
        elif k == 't':
            story.append(Paragraph(e(b[1]), st_t))
        elif k == 'h':
            story.append(Paragraph(e(b[1]), st_h))
        elif k == 'p':
            story.append(Paragraph(e(b[1]), st_i))
        elif k == 'pl':
            story.append(Paragraph(e(b[1]), st_p))
        elif k == 'box':
            story.append(Box(b[1]))
        elif k == 'sig':
            story.append(Spacer(1, 5 * mm))
            for ln in b[1]:
                story.append(Paragraph(e(ln), st_r))
        elif k == 'seal':
            story.append(Seal(b[1]))
        elif k == 'br':
            story.append(PageBreak())
        elif k == 'tbl':
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            pw = (landscape(A4)[0] if tpl.get('landscape') else A4[0]) - 44 * mm
            w = opts.get('widths') or [1.0 / ncol] * ncol
            data = [[Paragraph(e(r[ci] if ci < len(r) else ''), st_cell) for ci in range(ncol)] for r in rows]
            t = Table(data, colWidths=[pw * x for x in w])
            style = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if opts.get('header'):
                style.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8e8e8')))
            for (r1, c1, r2, c2) in opts.get('merge', []):
                style.append(('SPAN', (c1, r1), (c2, r2)))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
    ps = landscape(A4) if tpl.get('landscape') else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=tpl.get('title', ''), author=tpl.get('author', ''), creator=tpl.get('creator', ''))
    doc.build(story)


def render_cert(f, path, tpl):
    """Certificate-like layout with text placed at coordinates (reportlab canvas, embedded TTF)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    fn = rl_font(tpl.get('rlfont', 'WQY'))
    fb = rl_font('UKAI') if tpl.get('title_kai') else fn
    W, H = landscape(A4) if tpl.get('landscape') else A4
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle(f['title'])
    c.setCreator(tpl.get('creator', 'SAMR e-licence printer'))
    # ornamental border
    c.setStrokeColorRGB(0.7, 0.45, 0.1)
    c.setLineWidth(4)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm)
    c.setLineWidth(1)
    c.rect(13 * mm, 13 * mm, W - 26 * mm, H - 26 * mm)
    # national emblem placeholder
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.circle(W / 2, H - 35 * mm, 11 * mm, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fb, 30)
    c.drawCentredString(W / 2, H - 62 * mm, f['title'])
    if f.get('copy'):
        c.setFont(fn, 13)
        c.drawCentredString(W / 2, H - 72 * mm, f['copy'])
    # QR placeholder
    import random as _r
    rr = _r.Random(f['fields'][0][1])
    qx, qy, cell = W - 45 * mm, H - 50 * mm, 1.1 * mm
    for i in range(21):
        for j in range(21):
            if rr.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                c.rect(qx + i * cell, qy + j * cell, cell, cell, fill=1, stroke=0)
    y = H - 90 * mm
    xk, xv = 28 * mm, 75 * mm
    for k, v in f['fields']:
        c.setFont(fn, 11)
        label = k if len(k) > 4 else '  '.join(k) if len(k) <= 3 else k
        c.drawString(xk, y, label)
        c.setFont(fn, 11)
        # wrap value
        maxw = W - xv - 25 * mm
        line = ''
        lines = []
        from reportlab.pdfbase.pdfmetrics import stringWidth
        for ch in v:
            if stringWidth(line + ch, fn, 11) > maxw:
                lines.append(line)
                line = ch
            else:
                line += ch
        lines.append(line)
        for ln in lines:
            c.drawString(xv, y, ln)
            y -= 6.5 * mm
        y -= 3 * mm
    c.setFont(fn, 12)
    c.drawRightString(W - 30 * mm, 45 * mm, f['issuer'])
    c.drawRightString(W - 30 * mm, 37 * mm, f['date'])
    _rl_seal_draw(c, W - 55 * mm, 48 * mm, 20 * mm, f['issuer'].replace('登记管理机关：', ''), fn)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# post-processing
# --------------------------------------------------------------------------

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s' % (cmd[0], r.stderr.decode('utf-8', 'replace')[-800:]))
    return r


def page_images(pdf, dpi, tmp, gray=True, first=None, last=None):
    base = os.path.join(tmp, os.path.basename(pdf)[:-4] + '_pg%d' % dpi)
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    if first:
        cmd += ['-f', str(first)]
    if last:
        cmd += ['-l', str(last)]
    run(cmd + [pdf, base])
    d = os.path.dirname(base)
    files = sorted(x for x in os.listdir(d) if x.startswith(os.path.basename(base) + '-'))
    return [Image.open(os.path.join(d, x)) for x in files]


def scanify(img, rng, angle=None, seal=None, specks=400, color=False):
    """Make a rendered page look scanned: rotation, specks, grey cast, optional red seal."""
    img = img.convert('RGB')
    if seal:
        s = seal_png(seal, int(img.width * 0.22), alpha=True)
        img.paste(s, (int(img.width * 0.58), int(img.height * rng.uniform(0.55, 0.72))), s)
    if angle is None:
        angle = rng.uniform(-1.6, 1.6)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    d = ImageDraw.Draw(img)
    W, H = img.size
    for _ in range(specks):
        x, y = rng.randrange(W), rng.randrange(H)
        g = rng.randint(60, 170)
        d.point((x, y), fill=(g, g, g))
    # darker left edge as a flatbed shadow
    for i in range(8):
        g = 120 + i * 15
        d.line([(i, 0), (i, H)], fill=(g, g, g))
    img = img.filter(ImageFilter.GaussianBlur(0.35))
    if not color:
        img = img.convert('L')
    return img


def to_scan_pdf(src_pdf, out_pdf, rng, tmp, dpi=150, seal=None, quality=50, color=False, angle=None):
    imgs = page_images(src_pdf, dpi, tmp, gray=not color)
    jpgs = []
    for i, im in enumerate(imgs):
        im2 = scanify(im, rng, angle=angle, seal=seal if i == len(imgs) - 1 else None, color=color)
        p = out_pdf + '.%d.jpg' % i
        im2.save(p, 'JPEG', quality=quality, dpi=(dpi, dpi))
        jpgs.append(p)
    run(['img2pdf', '--producer', '', '-o', out_pdf] + jpgs)
    for p in jpgs:
        os.remove(p)


def to_tiff_pdf(src_pdf, out_pdf, rng, tmp, dpi=150):
    """Multi-page bilevel CCITT G4 TIFF wrapped into a PDF by img2pdf."""
    imgs = page_images(src_pdf, dpi, tmp, gray=True)
    pages = [scanify(im, rng, specks=200).point(lambda v: 255 if v > 150 else 0).convert('1') for im in imgs]
    tif = out_pdf + '.tif'
    pages[0].save(tif, save_all=True, append_images=pages[1:], compression='group4', dpi=(dpi, dpi))
    run(['img2pdf', '-o', out_pdf, tif])
    os.remove(tif)


def to_ocr_layer_pdf(src_pdf, out_pdf, rng, tmp, lines, dpi=150, seal=None):
    """Scanned image + invisible text (render mode 3) drawn with reportlab, like a scanner's OCR."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    fn = rl_font('WQY')
    imgs = page_images(src_pdf, dpi, tmp, gray=True)
    c = canvas.Canvas(out_pdf, pagesize=A4)
    c.setCreator('Scanner OCR (Canon imageRUNNER style)')
    W, H = A4
    per = max(1, (len(lines) + len(imgs) - 1) // len(imgs))
    for i, im in enumerate(imgs):
        im2 = scanify(im, rng, angle=rng.uniform(-0.7, 0.7), seal=seal if i == len(imgs) - 1 else None)
        buf = io.BytesIO()
        im2.save(buf, 'JPEG', quality=50)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(fn, 10)
        y = H - 60
        for ln in lines[i * per:(i + 1) * per]:
            t.setTextOrigin(62, y)
            t.textLine(ln)
            y -= max(12, (H - 120) / max(per, 1))
        c.drawText(t)
        c.showPage()
    c.save()


def to_tesseract_pdf(src_pdf, out_pdf, rng, tmp, dpi=150, seal=None):
    """Scanned image with tesseract's own hOCR-style text layer (tesseract ... pdf)."""
    imgs = page_images(src_pdf, dpi, tmp, gray=True)
    parts = []
    for i, im in enumerate(imgs):
        im2 = scanify(im, rng, angle=rng.uniform(-0.8, 0.8), seal=seal if i == len(imgs) - 1 else None)
        p = out_pdf + '.%d.jpg' % i
        im2.save(p, 'JPEG', quality=55, dpi=(dpi, dpi))
        base = out_pdf + '.%d' % i
        env = dict(os.environ, OMP_THREAD_LIMIT='1')
        run(['tesseract', p, base, '-l', 'chi_sim', '--dpi', str(dpi), 'pdf'], env=env)
        parts.append(base + '.pdf')
        os.remove(p)
    if len(parts) == 1:
        os.replace(parts[0], out_pdf)
    else:
        run(['qpdf', '--empty', '--pages'] + parts + ['--', out_pdf])
        for p in parts:
            os.remove(p)


def to_phone_jpg(src_pdf, out_jpg, rng, tmp, dpi=90, seal=None):
    """A phone photo of the first page: page on a desk, perspective, warm cast."""
    im = page_images(src_pdf, dpi, tmp, gray=False, first=1, last=1)[0].convert('RGB')
    if seal:
        s = seal_png(seal, int(im.width * 0.22))
        im.paste(s, (int(im.width * 0.58), int(im.height * 0.62)), s)
    W, H = im.size
    bg = Image.new('RGB', (int(W * 1.25), int(H * 1.18)), (96, 72, 52))
    d = ImageDraw.Draw(bg)
    for i in range(0, bg.height, 7):
        g = rng.randint(-10, 10)
        d.line([(0, i), (bg.width, i)], fill=(96 + g, 72 + g, 52 + g), width=3)
    page = im.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(96, 72, 52))
    bg.paste(page, (int(W * 0.1), int(H * 0.07)))
    # perspective
    w, h = bg.size
    dx = int(w * 0.04)
    bg = bg.transform((w, h), Image.QUAD, (dx, 0, 0, h, w, h, w - dx, 0), resample=Image.BICUBIC)
    # warm light gradient
    ov = Image.new('RGB', bg.size, (255, 236, 200))
    bg = Image.blend(bg, ov, 0.12)
    bg.save(out_jpg, 'JPEG', quality=55)


def photo_of_site(out, rng, text, size=(900, 640)):
    """A synthetic photo of an assessment room (no text layer): desks, monitors, camera."""
    W, H = size
    im = Image.new('RGB', size, (200, 196, 188))
    d = ImageDraw.Draw(im)
    d.rectangle([0, int(H * 0.62), W, H], fill=(150, 130, 110))
    for row in range(3):
        for col in range(5):
            x = 60 + col * 165 + row * 12
            y = int(H * 0.45) + row * 70
            d.rectangle([x, y, x + 120, y + 18], fill=(120, 90, 60))
            d.rectangle([x + 35, y - 50, x + 85, y - 8], fill=(30, 30, 35))
    d.ellipse([W - 90, 20, W - 50, 60], fill=(240, 240, 240), outline=(60, 60, 60), width=3)
    font = ImageFont.truetype(ZEN, 26)
    d.rectangle([W // 2 - 200, 40, W // 2 + 200, 90], fill=(180, 20, 20))
    d.text((W // 2 - 185, 50), text, font=font, fill=(255, 255, 255))
    for _ in range(3000):
        x, y = rng.randrange(W), rng.randrange(H)
        r, g, b = im.getpixel((x, y))
        n = rng.randint(-18, 18)
        im.putpixel((x, y), (max(0, r + n), max(0, g + n), max(0, b + n)))
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    im.save(out, 'JPEG', quality=60)


def gs_redistill(src, out):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5', '-sOutputFile=' + out, src])


def encrypt(src, out, pw):
    run(['qpdf', '--encrypt', pw, pw + '-owner', '256', '--', src, out])


def truncate(src, out, frac=0.45):
    data = open(src, 'rb').read()
    open(out, 'wb').write(data[:int(len(data) * frac)])
