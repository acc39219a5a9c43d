# -*- coding: utf-8 -*-
"""Rendering helpers for the final24 blind corpus (imported by generate.py)."""
import os, io, math, random, subprocess, shutil, zipfile, html, re
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageChops

WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
BUILD = None  # set by generate.py

# ---------------------------------------------------------------- credit codes
A18 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def c18(s17):
    return A18[(31 - sum(A18.index(c) * w for c, w in zip(s17, W18)) % 31) % 31]

def c9(s8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(v(c) * w for c, w in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return 'X' if r == 10 else '0' if r == 11 else str(r)

def make_code(rng, cat, region, style='MA', bad18=False):
    while True:
        if style == 'MA':
            body = 'MA' + ''.join(rng.choice(A18[:10] + 'ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
        elif style == 'MJ':
            body = 'MJ' + ''.join(rng.choice(A18) for _ in range(6))
        else:
            body = ''.join(rng.choice('0123456789') for _ in range(8))
        d9 = c9(body)
        s17 = cat + region + body + d9
        if all(ch in A18 for ch in s17):
            break
    good = c18(s17)
    if not bad18:
        return s17 + good
    alt = [c for c in A18 if c != good]
    return s17 + rng.choice(alt)

def check_code(code):
    return c18(code[:17]) == code[17] and c9(code[8:16]) == code[16]

# ---------------------------------------------------------------- seals (PIL)
_seal_cache = {}

def seal_png(name, bottom='', color=(214, 26, 32), size=240, seed=0, double=False):
    key = (name, bottom, color, size, double)
    if key in _seal_cache:
        return _seal_cache[key]
    img = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    col = color + (235,)
    d.ellipse([5, 5, size - 5, size - 5], outline=col, width=8)
    if double:
        d.ellipse([26, 26, size - 26, size - 26], outline=col, width=3)
    # star
    R, r = size * 0.16, size * 0.065
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
    d.polygon(pts, fill=col)
    n = len(name)
    fs = int(size * (0.135 if n <= 12 else 0.115 if n <= 16 else 0.095))
    font = ImageFont.truetype(WQY, fs)
    span = min(250, 18 * n + 40)
    start = -90 - span / 2
    rad = c - 13 - fs * 0.75
    for i, ch in enumerate(name):
        ang = start + span * (i + 0.5) / n
        t = Image.new('RGBA', (fs + 8, fs + 8), (255, 255, 255, 0))
        ImageDraw.Draw(t).text((4, 2), ch, font=font, fill=col)
        t = t.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        x = c + rad * math.cos(math.radians(ang)) - t.width / 2
        y = c + rad * math.sin(math.radians(ang)) - t.height / 2
        img.alpha_composite(t, (int(x), int(y)))
    if bottom:
        f2 = ImageFont.truetype(WQY, int(size * 0.08))
        w = d.textlength(bottom, font=f2)
        d.text((c - w / 2, c + size * 0.2), bottom, font=f2, fill=col)
    # ink texture
    rnd = random.Random(hash(name) & 0xffff)
    px = img.load()
    for _ in range(size * 2):
        x, y = rnd.randrange(size), rnd.randrange(size)
        p = px[x, y]
        if p[3] > 0:
            px[x, y] = (p[0], p[1], p[2], int(p[3] * rnd.uniform(0.2, 0.7)))
    path = os.path.join(BUILD, 'seals', 'seal_%d.png' % len(_seal_cache))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path)
    _seal_cache[key] = path
    return path

def seal_svg(name, bottom='', size=150):
    n = len(name)
    fs = 19 if n <= 12 else 16 if n <= 16 else 13
    return f'''<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 200 200" style="opacity:.85">
<defs><path id="arc{abs(hash(name))%9999}" d="M 30,112 A 72,72 0 1,1 170,112"/></defs>
<circle cx="100" cy="100" r="94" fill="none" stroke="#d8141e" stroke-width="6"/>
<polygon fill="#d8141e" points="100,66 108,90 134,90 113,105 121,130 100,115 79,130 87,105 66,90 92,90"/>
<text fill="#d8141e" font-family="WenQuanYi Zen Hei" font-size="{fs}" letter-spacing="1"><textPath href="#arc{abs(hash(name))%9999}" startOffset="50%" text-anchor="middle">{html.escape(name)}</textPath></text>
<text x="100" y="160" fill="#d8141e" font-size="12" text-anchor="middle" font-family="WenQuanYi Zen Hei">{html.escape(bottom)}</text></svg>'''

# ---------------------------------------------------------------- blocks
# ('letterhead', text) ('docno', text) ('title', text) ('h', text) ('p', text) ('pl', text)
# ('right', text) ('center', text) ('small', text) ('table', rows, opts) ('seal', name, bottom)
# ('pb',) ('sp', mm) ('redline',)

# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT, TA_JUSTIFY
from reportlab.pdfgen import canvas as rlcanvas

pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))

class SealFlow(Flowable):
    def __init__(self, path, size=40 * mm, dx=25 * mm, dy=-8 * mm):
        super().__init__()
        self.path, self.size, self.dx, self.dy = path, size, dx, dy
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 0
    def draw(self):
        self.canv.drawImage(self.path, self.aw - self.size - self.dx, self.dy, self.size, self.size, mask='auto')

class HLine(Flowable):
    def __init__(self, color=colors.red, w=1.6):
        super().__init__(); self.color, self.w = color, w
    def wrap(self, aw, ah):
        self.aw = aw; return aw, 4 * mm
    def draw(self):
        self.canv.setStrokeColor(self.color); self.canv.setLineWidth(self.w)
        self.canv.line(0, 2 * mm, self.aw, 2 * mm)

def _esc(t):
    return html.escape(t).replace('\n', '<br/>')

def render_reportlab(blocks, out, font='WQY', base=11.5, margins=(25, 22, 25, 22), pagesize=A4, header=None):
    st = lambda **k: ParagraphStyle('x', fontName=font, fontSize=k.pop('fs', base), leading=k.pop('ld', base * 1.75),
                                    wordWrap='CJK', **k)
    S = {
        'letterhead': st(fs=24, ld=34, alignment=TA_CENTER, textColor=colors.HexColor('#d0101a')),
        'docno': st(alignment=TA_CENTER),
        'title': st(fs=17, ld=27, alignment=TA_CENTER, spaceBefore=6, spaceAfter=8),
        'h': st(fs=base + 1, spaceBefore=5, spaceAfter=2),
        'p': st(firstLineIndent=base * 2, alignment=TA_JUSTIFY),
        'pl': st(),
        'right': st(alignment=TA_RIGHT),
        'center': st(alignment=TA_CENTER),
        'small': st(fs=base - 3, ld=(base - 3) * 1.5, textColor=colors.HexColor('#444444')),
    }
    cell = st(fs=base - 1.5, ld=(base - 1.5) * 1.45)
    story = []
    for b in blocks:
        k = b[0]
        if k in S:
            story.append(Paragraph(_esc(b[1]), S[k]))
        elif k == 'redline':
            story.append(HLine())
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'sp':
            story.append(Spacer(1, b[1] * mm))
        elif k == 'seal':
            story.append(SealFlow(seal_png(b[1], b[2] if len(b) > 2 else '')))
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            data = [[Paragraph(_esc(str(c)), cell) if c is not None else '' for c in r] for r in rows]
            aw = pagesize[0] - (margins[1] + margins[3]) * mm
            cw = opts.get('cw')
            if cw:
                tot = sum(cw); cw = [aw * x / tot for x in cw]
            t = Table(data, colWidths=cw, repeatRows=1 if opts.get('header', True) else 0)
            style = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if opts.get('header', True):
                style.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(opts.get('hbg', '#e8e8e8'))))
            for (c0, r0, c1, r1) in opts.get('spans', []):
                style.append(('SPAN', (c0, r0), (c1, r1)))
            if opts.get('noborder'):
                style = [('VALIGN', (0, 0), (-1, -1), 'TOP')]
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
    def onpage(c, d):
        if header:
            c.saveState(); c.setFont(font, 8); c.setFillColor(colors.grey)
            c.drawString(margins[3] * mm, pagesize[1] - 12 * mm, header)
            c.drawRightString(pagesize[0] - margins[1] * mm, 12 * mm, '第 %d 页' % d.page)
            c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=pagesize, topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm, title='', author='')
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- HTML (chromium)
def blocks_html(blocks, css_font='Noto Serif CJK SC', extra_css='', header=None):
    o = []
    for b in blocks:
        k = b[0]
        t = html.escape(b[1]).replace('\n', '<br>') if len(b) > 1 and isinstance(b[1], str) else ''
        if k == 'letterhead':
            o.append(f'<div class="lh">{t}</div>')
        elif k == 'redline':
            o.append('<div class="rl"></div>')
        elif k in ('docno', 'title', 'center'):
            o.append(f'<div class="{k}">{t}</div>')
        elif k == 'h':
            o.append(f'<h3>{t}</h3>')
        elif k == 'p':
            o.append(f'<p class="ind">{t}</p>')
        elif k == 'pl':
            o.append(f'<p>{t}</p>')
        elif k == 'right':
            o.append(f'<p class="right">{t}</p>')
        elif k == 'small':
            o.append(f'<p class="small">{t}</p>')
        elif k == 'pb':
            o.append('<div style="page-break-after:always"></div>')
        elif k == 'sp':
            o.append(f'<div style="height:{b[1]}mm"></div>')
        elif k == 'seal':
            o.append(f'<div class="sealbox">{seal_svg(b[1], b[2] if len(b) > 2 else "")}</div>')
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            spans = {}
            hidden = set()
            for (c0, r0, c1, r1) in opts.get('spans', []):
                spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if (r, c) != (r0, c0):
                            hidden.add((r, c))
            s = ['<table class="%s">' % ('nb' if opts.get('noborder') else 'tb')]
            for ri, r in enumerate(rows):
                s.append('<tr>')
                for ci, c in enumerate(r):
                    if (ri, ci) in hidden:
                        continue
                    tag = 'th' if ri == 0 and opts.get('header', True) else 'td'
                    rs, cs = spans.get((ri, ci), (1, 1))
                    s.append(f'<{tag} rowspan="{rs}" colspan="{cs}">{html.escape(str(c or "")).replace(chr(10), "<br>")}</{tag}>')
                s.append('</tr>')
            s.append('</table>')
            o.append(''.join(s))
    hdr = f'<div class="hdr">{html.escape(header)}</div>' if header else ''
    return f'''<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 20mm 20mm 22mm; }}
body {{ font-family: "{css_font}", "WenQuanYi Zen Hei", sans-serif; font-size: 11.5pt; line-height: 1.75; color:#111; }}
.lh {{ color:#d0101a; font-size: 25pt; text-align:center; letter-spacing: 2px; font-weight: bold; line-height:1.3; }}
.rl {{ border-top: 2.5px solid #d0101a; margin: 6px 0 14px; }}
.docno, .center {{ text-align:center; }}
.title {{ text-align:center; font-size: 17pt; font-weight: bold; margin: 14px 0; line-height:1.5; }}
h3 {{ font-size: 12.5pt; margin: 10px 0 2px; }}
p {{ margin: 3px 0; }} .ind {{ text-indent: 2em; text-align: justify; }}
.right {{ text-align:right; }} .small {{ font-size: 8.5pt; color:#555; }}
.sealbox {{ position: relative; height: 0; }} .sealbox svg {{ position:absolute; right: 30mm; top: -28mm; }}
table.tb {{ border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 10pt; }}
table.tb td, table.tb th {{ border: 0.8px solid #222; padding: 3px 5px; }}
table.tb th {{ background: #eef1f6; }}
table.nb {{ width:100%; font-size: 10.5pt; }}
.hdr {{ font-size: 8pt; color: #777; border-bottom: 1px solid #bbb; margin-bottom: 8px; }}
{extra_css}
</style></head><body>{hdr}{''.join(o)}</body></html>'''

def chromium_pdf(html_text, out):
    hp = out + '.html'
    with open(hp, 'w', encoding='utf-8') as f:
        f.write(html_text)
    prof = os.path.join(BUILD, 'chrome-profile')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--user-data-dir=' + prof, '--print-to-pdf=' + out, 'file://' + hp],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    os.remove(hp)
    assert os.path.exists(out), out

# ---------------------------------------------------------------- docx
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn

def _font(run, name, size=None, color=None, bold=False):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.makeelement(qn('w:rFonts'), {}); rpr.append(rf)
    for a in ('w:eastAsia', 'w:ascii', 'w:hAnsi'):
        rf.set(qn(a), name)
    if size: run.font.size = Pt(size)
    if color: run.font.color.rgb = RGBColor(*color)
    run.bold = bold

def render_docx(blocks, out, font='Noto Serif CJK SC', base=11.5):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(24); sec.top_margin = Mm(25); sec.bottom_margin = Mm(22)
    stl = d.styles['Normal']; stl.font.name = font; stl.font.size = Pt(base)
    stl.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    def para(text, align=None, size=base, color=None, bold=False, indent=False):
        p = d.add_paragraph()
        if align: p.alignment = align
        if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.line_spacing = 1.5
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln); _font(r, font, size, color, bold)
            if i < len(lines) - 1: r.add_break()
        return p
    for b in blocks:
        k = b[0]
        if k == 'letterhead': para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 24, (208, 16, 26), True)
        elif k == 'redline': para('━' * 26, WD_ALIGN_PARAGRAPH.CENTER, 11, (208, 16, 26))
        elif k == 'docno': para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'title': para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 17, None, True)
        elif k == 'center': para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'h': para(b[1], None, base + 1, None, True)
        elif k == 'p': para(b[1], WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        elif k == 'pl': para(b[1])
        elif k == 'right': para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == 'small': para(b[1], None, base - 3, (80, 80, 80))
        elif k == 'sp': d.add_paragraph()
        elif k == 'pb': d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'seal':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run().add_picture(seal_png(b[1], b[2] if len(b) > 2 else ''), width=Mm(38))
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ''
                    run = cell.paragraphs[0].add_run(str(c or ''))
                    _font(run, font, base - 1.5, None, ri == 0 and opts.get('header', True))
            for (c0, r0, c1, r1) in opts.get('spans', []):
                a = t.cell(r0, c0); keep = a.text
                m = a.merge(t.cell(r1, c1))
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
            d.add_paragraph()
    d.save(out)

# ---------------------------------------------------------------- odt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, GraphicProperties, FontFace, PageLayout, PageLayoutProperties, MasterPage)
from odf.text import P, LineBreak, Span
from odf.table import Table as OTable, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.draw import Frame, Image as OImage

def render_odt(blocks, out, font='Noto Sans CJK SC', base=11):
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    pl = PageLayout(name='pl1')
    pl.addElement(PageLayoutProperties(pagewidth='210mm', pageheight='297mm', margintop='24mm', marginbottom='20mm',
                                       marginleft='24mm', marginright='22mm'))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name='Standard', pagelayoutname=pl))
    def mk(name, size=base, align='start', color='#000000', bold=False, indent='0cm', brk=False):
        s = Style(name=name, family='paragraph')
        pp = dict(textalign=align, textindent=indent, lineheight='160%')
        if brk: pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        s.addElement(TextProperties(fontname=font, fontnameasian=font, fontsize='%spt' % size,
                                    fontsizeasian='%spt' % size, color=color,
                                    fontweight='bold' if bold else 'normal', fontweightasian='bold' if bold else 'normal'))
        doc.automaticstyles.addElement(s); return s
    S = {'letterhead': mk('lh', 24, 'center', '#d0101a', True), 'docno': mk('dn', base, 'center'),
         'title': mk('ti', 16, 'center', bold=True), 'center': mk('ce', base, 'center'),
         'h': mk('hh', base + 1, bold=True), 'p': mk('pp', base, 'justify', indent='%.1fpt' % (base * 2)),
         'pl': mk('pl', base), 'right': mk('ri', base, 'end'), 'small': mk('sm', base - 3, color='#555555'),
         'redline': mk('rl', 10, 'center', '#d0101a'), 'cell': mk('cl', base - 1.5), 'pb': mk('pb', 2, brk=True)}
    cs = Style(name='tc', family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    fr = Style(name='fr', family='graphic'); fr.addElement(GraphicProperties(wrap='none', horizontalpos='right', horizontalrel='paragraph'))
    doc.automaticstyles.addElement(fr)
    def addp(style, text):
        p = P(stylename=style)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1: p.addElement(LineBreak())
        doc.text.addElement(p)
    n_img = 0
    for b in blocks:
        k = b[0]
        if k in ('letterhead', 'docno', 'title', 'center', 'h', 'p', 'pl', 'right', 'small'):
            addp(S[k], b[1])
        elif k == 'redline': addp(S['redline'], '━' * 28)
        elif k == 'sp': addp(S['pl'], '')
        elif k == 'pb': addp(S['pb'], '')
        elif k == 'seal':
            path = seal_png(b[1], b[2] if len(b) > 2 else '')
            href = doc.addPicture(path)
            p = P(stylename=S['right'])
            f = Frame(stylename=fr, width='38mm', height='38mm', anchortype='as-char', name='seal%d' % n_img)
            n_img += 1
            f.addElement(OImage(href=href)); p.addElement(f); doc.text.addElement(p)
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = len(rows[0])
            t = OTable(name='t%d' % id(b))
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            spans = {}; hidden = set()
            for (c0, r0, c1, r1) in opts.get('spans', []):
                spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if (r, c) != (r0, c0): hidden.add((r, c))
            for ri, r in enumerate(rows):
                tr = TableRow()
                for ci, c in enumerate(r):
                    if (ri, ci) in hidden:
                        tr.addElement(CoveredTableCell()); continue
                    rs, cspan = spans.get((ri, ci), (1, 1))
                    kw = dict(stylename=cs, valuetype='string')
                    if rs > 1: kw['numberrowsspanned'] = rs
                    if cspan > 1: kw['numbercolumnsspanned'] = cspan
                    tc = TableCell(**kw)
                    for ln in str(c or '').split('\n'):
                        pp = P(stylename=S['cell']); pp.addText(ln); tc.addElement(pp)
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            addp(S['pl'], '')
    doc.save(out)

def lo_convert(files, outdir):
    """Batch-convert office files with a private LibreOffice profile."""
    if not files:
        return
    prof = 'file://' + os.path.join(BUILD, 'lo-profile')
    for i in range(0, len(files), 40):
        subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf',
                        '--outdir', outdir] + files[i:i + 40], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=900)

def gs_redistill(src, out, extra=()):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                    '-dPDFSETTINGS=/ebook', *extra, '-sOutputFile=' + out, src], check=True)

# ---------------------------------------------------------------- scans
def rasterize(src, dpi, gray=False):
    tmp = src + '.r'
    args = ['pdftoppm', '-r', str(dpi), '-png']
    if gray: args.append('-gray')
    subprocess.run(args + [src, tmp], check=True)
    d = os.path.dirname(src); base = os.path.basename(tmp)
    pages = sorted(f for f in os.listdir(d) if f.startswith(base) and f.endswith('.png'))
    ims = []
    for f in pages:
        p = os.path.join(d, f); ims.append(Image.open(p).copy()); os.remove(p)
    return ims

def degrade(im, rng, angle=0.0, gray=False, noise=8, blur=0.0, faint=0.0, yellow=False):
    im = im.convert('L' if gray else 'RGB')
    if yellow and not gray:
        im = ImageChops.multiply(im, Image.new('RGB', im.size, (250, 246, 232)))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if faint:
        im = ImageEnhance.Contrast(im).enhance(1 - faint)
        im = ImageEnhance.Brightness(im).enhance(1 + faint * 0.6)
    if noise:
        n = Image.effect_noise(im.size, noise).convert(im.mode)
        im = ImageChops.add(im, n, 1.0, -128)
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    return im

def images_to_pdf(ims, out, dpi, quality=55):
    tmpd = out + '.d'; os.makedirs(tmpd, exist_ok=True)
    paths = []
    for i, im in enumerate(ims):
        p = os.path.join(tmpd, '%03d.jpg' % i)
        im.save(p, 'JPEG', quality=quality, dpi=(dpi, dpi)); paths.append(p)
    subprocess.run(['img2pdf', '-o', out] + paths, check=True)
    shutil.rmtree(tmpd)

def scan_pdf(src, out, rng, dpi=150, gray=True, angle=None, noise=10, blur=0, faint=0, quality=55, out_dpi=None):
    ims = rasterize(src, dpi, gray=False)
    res = []
    for im in ims:
        a = angle if angle is not None else rng.uniform(-1.2, 1.2)
        res.append(degrade(im, rng, a, gray, noise, blur, faint, yellow=not gray))
    images_to_pdf(res, out, out_dpi or dpi, quality)

def ocr_layer_pdf(src, out, rng, dpi=150, gray=True):
    """Scan + invisible text layer (reportlab render mode 3) from the source text."""
    ims = rasterize(src, dpi, gray=False)
    txt = subprocess.run(['pdftotext', '-layout', src, '-'], capture_output=True, text=True).stdout.split('\f')
    c = rlcanvas.Canvas(out, pagesize=A4)
    tmpd = out + '.d'; os.makedirs(tmpd, exist_ok=True)
    for i, im in enumerate(ims):
        im = degrade(im, rng, 0, gray, 8)
        p = os.path.join(tmpd, '%d.jpg' % i); im.save(p, 'JPEG', quality=55)
        c.drawImage(p, 0, 0, A4[0], A4[1])
        lines = [l for l in (txt[i] if i < len(txt) else '').split('\n')]
        t = c.beginText(); t.setTextRenderMode(3); t.setFont('WQY', 9)
        y = A4[1] - 22 * mm
        step = (A4[1] - 40 * mm) / max(len(lines), 1)
        for ln in lines:
            t.setTextOrigin(22 * mm, y); t.textLine(re.sub(r'\s{2,}', ' ', ln.strip())); y -= step
        c.drawText(t); c.showPage()
    c.save(); shutil.rmtree(tmpd)

def photo_jpg(src_pdf, out, rng, dpi=80, blur=2.5, angle=6, persp=True, quality=35):
    im = rasterize(src_pdf, dpi)[0].convert('RGB')
    bg = Image.new('RGB', (int(im.width * 1.25), int(im.height * 1.2)), (120, 98, 76))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(120, 98, 76))
    bg.paste(im, ((bg.width - im.width) // 2, (bg.height - im.height) // 2))
    bg = ImageChops.multiply(bg, Image.linear_gradient('L').resize(bg.size).convert('RGB').point(lambda v: 150 + v * 105 // 255))
    bg = bg.filter(ImageFilter.GaussianBlur(blur))
    bg.save(out, 'JPEG', quality=quality)

def encrypt_pdf(src, out, pw='sh2025'):
    import pikepdf
    with pikepdf.open(src) as p:
        p.save(out, encryption=pikepdf.Encryption(user=pw, owner=pw + 'x', R=4))

def truncate_pdf(src, out, frac=0.45):
    b = open(src, 'rb').read()
    open(out, 'wb').write(b[:int(len(b) * frac)])

# ---------------------------------------------------------------- zip writing
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('gbk'), self.flag_bits & ~0x800

def write_zip(out, entries, gbk=False):
    """entries: list of (arcname, bytes). Directories implied by paths are added as entries."""
    dirs = []
    for name, _ in entries:
        parts = name.split('/')[:-1]
        for i in range(1, len(parts) + 1):
            dname = '/'.join(parts[:i]) + '/'
            if dname not in dirs: dirs.append(dname)
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for dname in dirs:
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(dname, date_time=(2025, 1, 21, 9, 30, 0))
            zi.external_attr = 0o40755 << 16 | 0x10
            if gbk: zi.create_system = 0
            z.writestr(zi, b'')
        for i, (name, data) in enumerate(entries):
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(name, date_time=(2025, 1, 21, 10, (i * 3) % 60, (i * 7) % 60))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if gbk: zi.create_system = 0
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
