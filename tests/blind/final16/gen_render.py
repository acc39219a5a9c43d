# Rendering back-ends for the final16 blind corpus (imported by generate.py)
import os, io, math, random, zlib, subprocess, shutil, html as htmlmod
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SANS_B = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
# index 2 in the Noto ttc is SC for Serif? pick by name
def _ttc_index(path, want='SC'):
    for i in range(12):
        try:
            f = ImageFont.truetype(path, 20, index=i)
            if want in ' '.join(f.getname()):
                return i
        except Exception:
            break
    return 0

BUILD = None
def set_build(b):
    global BUILD
    BUILD = b

# ---------------------------------------------------------------- lazy values
class Lazy:
    def __init__(self, fn):
        self.fn = fn; self.v = None; self.done = False
    def __call__(self):
        if not self.done:
            self.v = self.fn(); self.done = True
        return self.v
def lz(x):
    return x if isinstance(x, Lazy) else Lazy(lambda: x)

# ---------------------------------------------------------------- seals
_seal_cache = {}
def seal_png(name, bottom='', kind='round', color=(214, 30, 36), size=240, seed=0):
    key = (name, bottom, kind, color, size)
    if key in _seal_cache:
        return _seal_cache[key]
    rnd = random.Random(zlib.crc32(repr(key).encode()))
    im = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2; r = size / 2 - 6
    col = color + (225,)
    d.ellipse([c - r, c - r, c + r, c + r], outline=col, width=int(size * 0.035))
    # star
    pts = []
    R, rr = size * 0.16, size * 0.065
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else rr
        pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
    d.polygon(pts, fill=col)
    # text around the arc
    n = len(name)
    fs = int(size * (0.13 if n <= 12 else 0.105 if n <= 18 else 0.085))
    font = ImageFont.truetype(WQY, fs)
    span = min(250, 16 * n + 40)
    start = -90 - span / 2
    for i, ch in enumerate(name):
        ang = start + span * (i + 0.5) / n
        tile = Image.new('RGBA', (fs + 8, fs + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=font, fill=col)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        rad = r - fs * 0.85
        x = c + rad * math.cos(math.radians(ang)); y = c + rad * math.sin(math.radians(ang))
        im.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if bottom:
        f2 = ImageFont.truetype(WQY, int(size * 0.085))
        w = d.textlength(bottom, font=f2)
        d.text((c - w / 2, c + size * 0.2), bottom, font=f2, fill=col)
    # ink unevenness
    px = im.load()
    for _ in range(0):
        x = rnd.randrange(size); y = rnd.randrange(size)
        p = px[x, y]
        if p[3] > 0:
            px[x, y] = (p[0], p[1], p[2], int(p[3] * 0.45))
    path = os.path.join(BUILD, 'seals', 'seal_%d.png' % (len(_seal_cache)))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    im = im.quantize(16, method=Image.FASTOCTREE) if False else im
    im.save(path, optimize=True)
    _seal_cache[key] = path
    return path

def seal_svg(name, bottom='', size=150, color='#d61e24'):
    n = len(name)
    fs = 19 if n <= 12 else 15 if n <= 18 else 12
    star = []
    c = 75
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rad = 24 if i % 2 == 0 else 10
        star.append('%.1f,%.1f' % (c + rad * math.cos(a), c + rad * math.sin(a)))
    return ('<svg class="seal" width="%d" height="%d" viewBox="0 0 150 150" xmlns="http://www.w3.org/2000/svg">'
            '<defs><path id="arc%s" d="M 22,92 A 55,55 0 1,1 128,92"/></defs>'
            '<circle cx="75" cy="75" r="70" fill="none" stroke="%s" stroke-width="5" opacity="0.85"/>'
            '<polygon points="%s" fill="%s" opacity="0.85"/>'
            '<text font-family="WenQuanYi Zen Hei" font-size="%d" fill="%s" opacity="0.85">'
            '<textPath href="#arc%s" startOffset="50%%" text-anchor="middle">%s</textPath></text>'
            '<text x="75" y="118" font-family="WenQuanYi Zen Hei" font-size="11" fill="%s" text-anchor="middle" opacity="0.85">%s</text>'
            '</svg>') % (size, size, zlib.crc32(name.encode()) % 99999, color, ' '.join(star), color, fs, color,
                         zlib.crc32(name.encode()) % 99999, htmlmod.escape(name), color, htmlmod.escape(bottom))

# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT, TA_JUSTIFY
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                Flowable, HRFlowable, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rlcanvas
pdfmetrics.registerFont(TTFont('ZH', WQY, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))

def esc(s):
    return htmlmod.escape(s).replace('\n', '<br/>')

class SigBlock(Flowable):
    def __init__(self, lines, seal, font, fs, seal_mm=40, offset_mm=0):
        super().__init__()
        self.lines = lines; self.seal = seal; self.font = font; self.fs = fs
        self.seal_mm = seal_mm; self.offset = offset_mm
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, len(self.lines) * self.fs * 1.9 + 6
    def draw(self):
        c = self.canv
        h = len(self.lines) * self.fs * 1.9
        xr = self.aw - 10 * mm
        maxw = 0
        for i, ln in enumerate(self.lines):
            c.setFont(self.font, self.fs)
            w = pdfmetrics.stringWidth(ln, self.font, self.fs)
            maxw = max(maxw, w)
            c.drawRightString(xr, h - (i + 1) * self.fs * 1.9 + 6, ln)
        if self.seal:
            s = self.seal_mm * mm
            cx = xr - maxw / 2 + self.offset * mm
            c.drawImage(self.seal, cx - s / 2, h / 2 - s / 2, s, s, mask='auto')

def rl_styles(font, base=11.5, lead=1.75):
    S = {}
    S['p'] = ParagraphStyle('p', fontName=font, fontSize=base, leading=base * lead, firstLineIndent=base * 2,
                            wordWrap='CJK', alignment=TA_JUSTIFY)
    S['pn'] = ParagraphStyle('pn', parent=S['p'], firstLineIndent=0)
    S['r'] = ParagraphStyle('r', parent=S['pn'], alignment=TA_RIGHT)
    S['c'] = ParagraphStyle('c', parent=S['pn'], alignment=TA_CENTER)
    S['title'] = ParagraphStyle('t', parent=S['pn'], fontSize=base * 1.65, leading=base * 2.5, alignment=TA_CENTER,
                                spaceBefore=6, spaceAfter=10)
    S['h'] = ParagraphStyle('h', parent=S['pn'], fontSize=base * 1.08, leading=base * 1.9, spaceBefore=4)
    S['cell'] = ParagraphStyle('cell', parent=S['pn'], fontSize=base * 0.86, leading=base * 1.25)
    S['cellc'] = ParagraphStyle('cellc', parent=S['cell'], alignment=TA_CENTER)
    S['lh'] = ParagraphStyle('lh', parent=S['pn'], fontSize=base * 2.2, leading=base * 3, alignment=TA_CENTER,
                             textColor=colors.HexColor('#d0121b'))
    S['small'] = ParagraphStyle('sm', parent=S['pn'], fontSize=base * 0.8, leading=base * 1.2)
    return S

def render_rl(blocks, out, font='ZH', base=11.5, margins=(25, 22, 25, 22), pagesize=A4, footer=None, header=None):
    S = rl_styles(font, base)
    story = []
    W = pagesize[0] - (margins[1] + margins[3]) * mm
    for b in blocks:
        t = b[0]
        if t == 'lh':
            story.append(Paragraph(esc(b[1]), S['lh']))
            if len(b) > 2 and b[2]:
                story.append(Paragraph(esc(b[2]), S['c']))
            story.append(HRFlowable(width='100%', thickness=2, color=colors.HexColor('#d0121b'), spaceBefore=2, spaceAfter=10))
        elif t == 'docno':
            story.append(Paragraph(esc(b[1]), S['c' if len(b) < 3 else b[2]]))
        elif t == 'title':
            story.append(Paragraph(esc(b[1]), S['title']))
        elif t in ('p', 'pn', 'r', 'c', 'h', 'small'):
            story.append(Paragraph(esc(b[1]), S[t]))
        elif t == 'sp':
            story.append(Spacer(1, b[1] * mm))
        elif t == 'pb':
            story.append(PageBreak())
        elif t == 'hr':
            story.append(HRFlowable(width='100%', thickness=0.8, color=colors.black, spaceBefore=2, spaceAfter=6))
        elif t == 'sig':
            lines, seal = b[1], b[2]
            story.append(Spacer(1, 6 * mm))
            story.append(SigBlock(lines, seal, font, base))
        elif t == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            ws = opt.get('widths')
            cw = [W * x / sum(ws) for x in ws] if ws else None
            data = [[Paragraph(esc(str(x)), S['cellc' if (ri == 0 and opt.get('header', True)) or opt.get('center') else 'cell'])
                     for x in row] for ri, row in enumerate(rows)]
            tb = Table(data, colWidths=cw, repeatRows=1 if opt.get('header', True) else 0)
            st = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                  ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
            if opt.get('header', True):
                st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(opt.get('hbg', '#e8e8e8'))))
            for (r0, c0, r1, c1) in opt.get('spans', []):
                st.append(('SPAN', (c0, r0), (c1, r1)))
            tb.setStyle(TableStyle(st))
            story.append(tb)
            story.append(Spacer(1, 3 * mm))
        elif t == 'img':
            from reportlab.platypus import Image as RLImage
            story.append(RLImage(b[1], width=b[2] * mm, height=b[3] * mm))
    def onpage(c, d):
        c.saveState()
        c.setFont(font, 8)
        if footer:
            c.drawCentredString(pagesize[0] / 2, 12 * mm, footer.replace('{p}', str(d.page)))
        if header:
            c.drawString(margins[3] * mm, pagesize[1] - 12 * mm, header)
            c.line(margins[3] * mm, pagesize[1] - 13.5 * mm, pagesize[0] - margins[1] * mm, pagesize[1] - 13.5 * mm)
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=pagesize, topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm,
                            title='', author='', creator='', producer='ReportLab PDF Library')
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return out

# ---------------------------------------------------------------- docx
import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

def _docx_font(run, name, size=None, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.makeelement(qn('w:rFonts'), {}); rpr.append(rf)
    rf.set(qn('w:eastAsia'), name); rf.set(qn('w:ascii'), name); rf.set(qn('w:hAnsi'), name)
    if size: run.font.size = Pt(size)
    run.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)

def render_docx(blocks, out, font='Noto Serif CJK SC', base=11.5, header=None):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(24); sec.top_margin = Mm(25); sec.bottom_margin = Mm(22)
    if header:
        hp = sec.header.paragraphs[0]; hr = hp.add_run(header); _docx_font(hr, font, 8)
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(base)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    def para(text, align=None, size=base, bold=False, indent=False, color=None, space=4):
        p = d.add_paragraph()
        if align: p.alignment = align
        if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(space)
        p.paragraph_format.line_spacing = 1.35
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln); _docx_font(r, font, size, bold, color)
            if i < len(lines) - 1: r.add_break()
        return p
    for b in blocks:
        t = b[0]
        if t == 'lh':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, base * 2.1, True, color=(0xd0, 0x12, 0x1b))
            if len(b) > 2 and b[2]: para(b[2], WD_ALIGN_PARAGRAPH.CENTER)
            para('━' * 26, WD_ALIGN_PARAGRAPH.CENTER, base, color=(0xd0, 0x12, 0x1b))
        elif t == 'docno':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif t == 'title':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, base * 1.6, True, space=10)
        elif t == 'h':
            para(b[1], None, base * 1.05, True)
        elif t == 'p':
            para(b[1], WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        elif t == 'pn':
            para(b[1])
        elif t == 'small':
            para(b[1], size=base * 0.8)
        elif t == 'r':
            para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif t == 'c':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif t == 'sp':
            para('', space=b[1] * 2)
        elif t == 'hr':
            para('─' * 40, WD_ALIGN_PARAGRAPH.CENTER, base * 0.8)
        elif t == 'pb':
            d.add_page_break()
        elif t == 'sig':
            for ln in b[1]:
                para(ln, WD_ALIGN_PARAGRAPH.RIGHT, space=2)
            if b[2]:
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(b[2], width=Mm(38))
        elif t == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            ws = opt.get('widths')
            for ri, row in enumerate(rows):
                for ci, v in enumerate(row):
                    cell = tb.cell(ri, ci)
                    cell.text = ''
                    r = cell.paragraphs[0].add_run(str(v))
                    _docx_font(r, font, base * 0.86, ri == 0 and opt.get('header', True))
                    if ws: cell.width = Mm(162 * ws[ci] / sum(ws))
            for (r0, c0, r1, c1) in opt.get('spans', []):
                a = tb.cell(r0, c0); keep = rows[r0][c0]
                m = a.merge(tb.cell(r1, c1))
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                m.paragraphs[0].text = ''
                r = m.paragraphs[0].add_run(str(keep)); _docx_font(r, font, base * 0.86)
            para('', space=2)
        elif t == 'img':
            d.add_picture(b[1], width=Mm(b[2]))
    d.core_properties.author = 'Administrator'
    d.save(out)
    return out

# ---------------------------------------------------------------- odt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       GraphicProperties, PageLayout, PageLayoutProperties, MasterPage)
from odf.text import P, LineBreak
from odf.table import Table as OTable, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.draw import Frame, Image as DImage

def render_odt(blocks, out, font='Noto Sans CJK SC', base=11):
    doc = OpenDocumentText()
    from odf.style import FontFace
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    pl = PageLayout(name='pm1')
    pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='2.2cm', marginbottom='2cm',
                                       marginleft='2.5cm', marginright='2.3cm'))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name='Standard', pagelayoutname=pl))
    def mk(name, size=base, bold=False, align='justify', indent=False, color=None, brk=False):
        s = Style(name=name, family='paragraph')
        pp = dict(textalign=align, margintop='0.05cm', marginbottom='0.15cm', lineheight='150%')
        if indent: pp['textindent'] = '%.1fpt' % (size * 2)
        if brk: pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontsize='%.1fpt' % size, fontname=font, fontnameasian=font, fontsizeasian='%.1fpt' % size)
        if bold: tp['fontweight'] = 'bold'; tp['fontweightasian'] = 'bold'
        if color: tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s
    ST = dict(p=mk('P1', indent=True), pn=mk('P2', align='left'), r=mk('P3', align='end'), c=mk('P4', align='center'),
              title=mk('P5', base * 1.6, True, 'center'), h=mk('P6', base * 1.05, True, 'left'),
              lh=mk('P7', base * 2.1, True, 'center', color='#d0121b'), small=mk('P8', base * 0.8, align='left'),
              cell=mk('P9', base * 0.85, align='left'), pb=mk('P10', brk=True),
              lhr=mk('P11', base, False, 'center', color='#d0121b'))
    cs = Style(name='C1', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    fs = Style(name='fr1', family='graphic')
    fs.addElement(GraphicProperties(wrap='run-through', runthrough='foreground', horizontalpos='right', horizontalrel='paragraph'))
    doc.automaticstyles.addElement(fs)
    def addp(style, text):
        p = P(stylename=style)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1: p.addElement(LineBreak())
        doc.text.addElement(p); return p
    tcount = [0]
    for b in blocks:
        t = b[0]
        if t == 'lh':
            addp(ST['lh'], b[1])
            if len(b) > 2 and b[2]: addp(ST['c'], b[2])
            addp(ST['lhr'], '━' * 26)
        elif t == 'docno': addp(ST['c'], b[1])
        elif t in ('title', 'h', 'p', 'pn', 'r', 'c', 'small'): addp(ST[t], b[1])
        elif t == 'sp': addp(ST['pn'], '')
        elif t == 'hr': addp(ST['c'], '─' * 40)
        elif t == 'pb': addp(ST['pb'], '')
        elif t == 'sig':
            if b[2]:
                href = doc.addPicture(b[2])
                p = P(stylename=ST['r'])
                fr = Frame(stylename=fs, width='3.8cm', height='3.8cm', anchortype='paragraph', x='10.5cm', y='-0.6cm', name='seal%d' % id(b))
                fr.addElement(DImage(href=href)); p.addElement(fr)
                doc.text.addElement(p)
            for ln in b[1]: addp(ST['r'], ln)
        elif t == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            tcount[0] += 1
            tb = OTable(name='T%d' % tcount[0])
            ws = opt.get('widths') or [1] * len(rows[0])
            for ci, w in enumerate(ws):
                cst = Style(name='T%dc%d' % (tcount[0], ci), family='table-column')
                cst.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16.2 * w / sum(ws))))
                doc.automaticstyles.addElement(cst)
                tb.addElement(TableColumn(stylename=cst))
            covered = set(); spanat = {}
            for (r0, c0, r1, c1) in opt.get('spans', []):
                spanat[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0): covered.add((rr, cc))
            for ri, row in enumerate(rows):
                tr = TableRow()
                for ci, v in enumerate(row):
                    if (ri, ci) in covered:
                        tr.addElement(CoveredTableCell()); continue
                    kw = {}
                    if (ri, ci) in spanat:
                        kw = dict(numberrowsspanned=spanat[(ri, ci)][0], numbercolumnsspanned=spanat[(ri, ci)][1])
                    tc = TableCell(stylename=cs, valuetype='string', **kw)
                    p = P(stylename=ST['cell']); p.addText(str(v)); tc.addElement(p)
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
            addp(ST['pn'], '')
    doc.save(out)
    return out

# ---------------------------------------------------------------- html
def render_html(blocks, out, css_extra='', font='Noto Serif CJK SC', base=15, svgseal=True, banner=None):
    h = ['<!doctype html><html><head><meta charset="utf-8"><style>',
         '@page{size:A4;margin:22mm 20mm 20mm 22mm} body{font-family:"%s";font-size:%dpx;line-height:1.8;color:#111}' % (font, base),
         'p{margin:0 0 .35em 0;text-align:justify} p.i{text-indent:2em} .c{text-align:center} .r{text-align:right}',
         'h1{font-size:1.6em;text-align:center;font-weight:bold;margin:.6em 0 .8em;line-height:1.5} h3{font-size:1.05em;margin:.5em 0 .2em}',
         '.lh{color:#d0121b;font-size:2.1em;text-align:center;font-weight:bold;letter-spacing:.08em;margin-top:.2em}',
         '.lhr{border-bottom:3px solid #d0121b;margin:.2em 0 1em}',
         'table{border-collapse:collapse;width:100%;margin:.4em 0 .8em;font-size:.88em} td,th{border:1px solid #333;padding:4px 6px;vertical-align:middle}',
         'th{background:#eef2f7} .sig{position:relative;text-align:right;margin-top:2.2em;padding-right:2em}',
         '.sig .seal{position:absolute;right:3.2em;top:-3.2em} .pb{page-break-after:always} .small{font-size:.8em;color:#444}',
         css_extra, '</style></head><body>']
    if banner:
        h.append(banner)
    for b in blocks:
        t = b[0]
        e = lambda s: htmlmod.escape(s).replace('\n', '<br>')
        if t == 'lh':
            h.append('<div class="lh">%s</div>' % e(b[1]))
            if len(b) > 2 and b[2]: h.append('<p class="c">%s</p>' % e(b[2]))
            h.append('<div class="lhr"></div>')
        elif t == 'docno': h.append('<p class="c">%s</p>' % e(b[1]))
        elif t == 'title': h.append('<h1>%s</h1>' % e(b[1]))
        elif t == 'h': h.append('<h3>%s</h3>' % e(b[1]))
        elif t == 'p': h.append('<p class="i">%s</p>' % e(b[1]))
        elif t == 'pn': h.append('<p>%s</p>' % e(b[1]))
        elif t == 'small': h.append('<p class="small">%s</p>' % e(b[1]))
        elif t == 'r': h.append('<p class="r">%s</p>' % e(b[1]))
        elif t == 'c': h.append('<p class="c">%s</p>' % e(b[1]))
        elif t == 'sp': h.append('<div style="height:%dmm"></div>' % b[1])
        elif t == 'hr': h.append('<hr>')
        elif t == 'pb': h.append('<div class="pb"></div>')
        elif t == 'sig':
            seal = ''
            if b[2]:
                seal = seal_svg(b[3] if len(b) > 3 else '', b[4] if len(b) > 4 else '') if svgseal else '<img class="seal" src="file://%s" width="150">' % b[2]
            h.append('<div class="sig">%s%s</div>' % (seal, ''.join('<div>%s</div>' % e(x) for x in b[1])))
        elif t == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            covered = set(); spanat = {}
            for (r0, c0, r1, c1) in opt.get('spans', []):
                spanat[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0): covered.add((rr, cc))
            ws = opt.get('widths')
            h.append('<table>')
            if ws:
                h.append(''.join('<col style="width:%.1f%%">' % (100 * w / sum(ws)) for w in ws))
            for ri, row in enumerate(rows):
                tag = 'th' if ri == 0 and opt.get('header', True) else 'td'
                cells = []
                for ci, v in enumerate(row):
                    if (ri, ci) in covered: continue
                    sp = ''
                    if (ri, ci) in spanat:
                        sp = ' rowspan="%d" colspan="%d"' % spanat[(ri, ci)]
                    cells.append('<%s%s>%s</%s>' % (tag, sp, e(str(v)), tag))
                h.append('<tr>%s</tr>' % ''.join(cells))
            h.append('</table>')
        elif t == 'img':
            h.append('<img src="file://%s" style="width:%dmm">' % (b[1], b[2]))
    h.append('</body></html>')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(h))
    return out

# ---------------------------------------------------------------- conversions (batched)
PENDING_LO = []      # (src, outdir)
PENDING_CHROME = []  # (html, pdf)
def queue_lo(src):
    pdf = os.path.splitext(src)[0] + '.pdf'
    PENDING_LO.append(src)
    return pdf
def queue_chrome(src):
    pdf = os.path.splitext(src)[0] + '.pdf'
    PENDING_CHROME.append((src, pdf))
    return pdf

def run_conversions(log=print):
    # LibreOffice: group by directory, one soffice process per batch (sequential; <=2 concurrent overall)
    from collections import defaultdict
    bydir = defaultdict(list)
    for s in PENDING_LO:
        bydir[os.path.dirname(s)].append(s)
    allsrc = list(PENDING_LO)
    prof = os.path.join(BUILD, 'lo_profile')
    chunks = [allsrc[i:i + 40] for i in range(0, len(allsrc), 40)]
    for ch in chunks:
        # soffice writes all outputs to one outdir; convert in a temp dir then move
        tmp = os.path.join(BUILD, 'lo_out'); os.makedirs(tmp, exist_ok=True)
        names = {}
        links = []
        for i, s in enumerate(ch):
            ln = os.path.join(tmp, 'f%04d%s' % (i, os.path.splitext(s)[1])); shutil.copy(s, ln); links.append(ln)
            names['f%04d.pdf' % i] = os.path.splitext(s)[0] + '.pdf'
        subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'pdf',
                        '--outdir', tmp] + links, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for k, v in names.items():
            if os.path.exists(os.path.join(tmp, k)):
                shutil.move(os.path.join(tmp, k), v)
            else:
                log('LO conversion failed for ' + v)
        shutil.rmtree(tmp)
    log('LibreOffice converted %d files' % len(allsrc))
    for src, pdf in PENDING_CHROME:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--print-to-pdf-no-header', '--user-data-dir=' + os.path.join(BUILD, 'chrome_profile'),
                        '--print-to-pdf=' + pdf, 'file://' + src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        if not os.path.exists(pdf): log('chromium failed ' + pdf)
    log('Chromium printed %d files' % len(PENDING_CHROME))
