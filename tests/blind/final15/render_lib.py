# Rendering helpers for generate.py (part final15). Block-based document model
# rendered by several producers: python-docx(+LibreOffice), odfpy(+LibreOffice),
# HTML(+Chromium), reportlab (embedded TTF / CID), certificates at coordinates,
# scans (pdftoppm -> Pillow -> img2pdf), OCR layers, photos.
import os, io, math, random, subprocess, shutil, html as htmlmod
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed: %s\n%s' % (cmd, r.stderr.decode('utf-8', 'replace')[-2000:]))
    return r

def pfont(size, path=NOTO_SERIF, index=2):
    # NotoSerifCJK ttc index 2 = SC
    try:
        return ImageFont.truetype(path, size, index=index)
    except Exception:
        return ImageFont.truetype(WQY, size, index=0)

# ------------------------------------------------------------------ seals
def seal_png(text, path, size=360, inner='', color=(215, 30, 35), rng=None, oval=False):
    """Round red seal: ring, star, text along the arc, optional bottom text."""
    rng = rng or random.Random(len(text))
    img = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    rr = size / 2 - 6
    d.ellipse([c - rr, c - rr, c + rr, c + rr], outline=color + (235,), width=max(6, size // 40))
    # star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        r = size * 0.14 if i % 2 == 0 else size * 0.055
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=color + (235,))
    n = len(text)
    fs = int(size * 0.12) if n <= 14 else int(size * 0.10)
    f = pfont(fs, NOTO_SANS_B if os.path.exists(NOTO_SANS_B) else NOTO_SANS, 2)
    span = min(250, 18 * n)
    start = -90 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        ci = Image.new('RGBA', (fs + 8, fs + 8), (255, 255, 255, 0))
        ImageDraw.Draw(ci).text((4, 2), ch, font=f, fill=color + (235,))
        ci = ci.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        rad = rr - fs * 0.85
        x = c + rad * math.cos(math.radians(ang)) - ci.width / 2
        y = c + rad * math.sin(math.radians(ang)) - ci.height / 2
        img.alpha_composite(ci, (int(x), int(y)))
    if inner:
        f2 = pfont(int(size * 0.075), NOTO_SANS, 2)
        w = d.textlength(inner, font=f2)
        d.text((c - w / 2, c + size * 0.2), inner, font=f2, fill=color + (235,))
    # ink unevenness
    px = img.load()
    for _ in range(size * 6):
        x, y = rng.randrange(size), rng.randrange(size)
        r, g, b, a = px[x, y]
        if a:
            px[x, y] = (r, g, b, int(a * rng.uniform(0.3, 0.9)))
    img.save(path)
    return path

NOTO_SANS_B = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'

def seal_svg(text, size=150, inner=''):
    n = len(text)
    fs = 17 if n <= 14 else 14
    r = size / 2 - 4
    c = size / 2
    tr = r - fs * 0.95
    span = min(250, 18 * n)
    a0 = math.radians(-90 - span / 2)
    a1 = math.radians(-90 + span / 2)
    x0, y0 = c + tr * math.cos(a0), c + tr * math.sin(a0)
    x1, y1 = c + tr * math.cos(a1), c + tr * math.sin(a1)
    large = 1 if span > 180 else 0
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = size * 0.14 if i % 2 == 0 else size * 0.055
        pts.append('%.1f,%.1f' % (c + rad * math.cos(ang), c + rad * math.sin(ang)))
    pid = 'arc%d' % (abs(hash(text)) % 100000)
    inner_svg = ('<text x="%.1f" y="%.1f" font-size="10" text-anchor="middle" fill="#d11f26">%s</text>' % (c, c + size * 0.3, htmlmod.escape(inner))) if inner else ''
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="opacity:.85">'
            '<defs><path id="%s" d="M %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f"/></defs>'
            '<circle cx="%.1f" cy="%.1f" r="%.1f" fill="none" stroke="#d11f26" stroke-width="4"/>'
            '<polygon points="%s" fill="#d11f26"/>'
            '<text font-size="%d" font-family="Noto Sans CJK SC" font-weight="bold" fill="#d11f26" letter-spacing="1">'
            '<textPath href="#%s" startOffset="50%%" text-anchor="middle">%s</textPath></text>%s</svg>') % (
        size, size, size, size, pid, x0, y0, tr, tr, large, x1, y1, c, c, r, ' '.join(pts), fs, pid,
        htmlmod.escape(text), inner_svg)

def rl_seal(canv, x, y, text, size=110, inner=''):
    """Draw a seal on a reportlab canvas centred at x,y (points)."""
    from reportlab.lib.colors import Color
    red = Color(0.82, 0.12, 0.15, alpha=0.85)
    canv.saveState()
    canv.setStrokeColor(red); canv.setFillColor(red)
    canv.setLineWidth(3)
    r = size / 2
    canv.circle(x, y, r - 2, stroke=1, fill=0)
    p = canv.beginPath()
    for i in range(10):
        ang = math.pi / 2 + i * math.pi / 5
        rad = size * 0.14 if i % 2 == 0 else size * 0.055
        px_, py_ = x + rad * math.cos(ang), y + rad * math.sin(ang)
        (p.moveTo if i == 0 else p.lineTo)(px_, py_)
    p.close()
    canv.drawPath(p, stroke=0, fill=1)
    n = len(text)
    fs = size * (0.12 if n <= 14 else 0.10)
    span = min(250, 18 * n)
    canv.setFont(canv._rl_font_cjk, fs)
    for i, ch in enumerate(text):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        rad = r - fs * 1.05
        canv.saveState()
        canv.translate(x + rad * math.cos(math.radians(ang)), y + rad * math.sin(math.radians(ang)))
        canv.rotate(ang - 90)
        canv.drawCentredString(0, 0, ch)
        canv.restoreState()
    if inner:
        canv.setFont(canv._rl_font_cjk, size * 0.075)
        canv.drawCentredString(x, y - size * 0.3, inner)
    canv.restoreState()

# ------------------------------------------------------------------ reportlab
_RL_FONTS = {}
def rl_register(kind='ttf'):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if kind in _RL_FONTS:
        return _RL_FONTS[kind]
    if kind == 'ttf':
        pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
        _RL_FONTS[kind] = 'WQY'
    else:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        _RL_FONTS[kind] = 'STSong-Light'
    return _RL_FONTS[kind]

def render_rl(blocks, out, font='ttf', meta=None, header=None, footer=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable, HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    fn = rl_register(font)
    base = ParagraphStyle('b', fontName=fn, fontSize=11.5, leading=20, wordWrap='CJK', firstLineIndent=23)
    noind = ParagraphStyle('n', parent=base, firstLineIndent=0)
    title = ParagraphStyle('t', parent=base, fontSize=18, leading=28, alignment=1, firstLineIndent=0, spaceAfter=8)
    sub = ParagraphStyle('s', parent=base, fontSize=13, leading=22, firstLineIndent=0, spaceBefore=6)
    cen = ParagraphStyle('c', parent=noind, alignment=1)
    rgt = ParagraphStyle('r', parent=noind, alignment=2)
    cell = ParagraphStyle('cell', parent=noind, fontSize=10, leading=14)
    lh = ParagraphStyle('lh', parent=noind, fontSize=24, leading=34, alignment=1, textColor=colors.HexColor('#d0121b'))
    small = ParagraphStyle('sm', parent=noind, fontSize=8.5, leading=12, textColor=colors.HexColor('#555555'))

    class SignBlock(Flowable):
        def __init__(self, lines, seal, inner=''):
            Flowable.__init__(self)
            self.lines, self.seal, self.inner = lines, seal, inner
            self.height = 24 * len(lines) + 40
        def wrap(self, aw, ah):
            self.aw = aw
            return aw, self.height
        def draw(self):
            c = self.canv
            c.setFont(fn, 12)
            y = self.height - 30
            xr = self.aw - 20
            for ln in self.lines:
                c.drawRightString(xr, y, ln)
                y -= 24
            if self.seal:
                c._rl_font_cjk = fn
                rl_seal(c, xr - 70, self.height - 40, self.seal, 115, self.inner)

    story = []
    for b in blocks:
        t = b[0]
        esc = lambda s: htmlmod.escape(s).replace('\n', '<br/>')
        if t == 'lh':
            story.append(Paragraph(esc(b[1]), lh))
        elif t == 'redline':
            story.append(HRFlowable(width='100%', thickness=2, color=colors.HexColor('#d0121b'), spaceBefore=2, spaceAfter=10))
        elif t == 'docno':
            story.append(Paragraph(esc(b[1]), cen))
        elif t == 'title':
            story.append(Paragraph(esc(b[1]), title))
        elif t == 'sub':
            story.append(Paragraph(esc(b[1]), sub))
        elif t == 'p':
            story.append(Paragraph(esc(b[1]), base))
        elif t in ('pl', 'addr'):
            story.append(Paragraph(esc(b[1]), noind))
        elif t == 'center':
            story.append(Paragraph(esc(b[1]), cen))
        elif t == 'right':
            story.append(Paragraph(esc(b[1]), rgt))
        elif t == 'small':
            story.append(Paragraph(esc(b[1]), small))
        elif t == 'space':
            story.append(Spacer(1, b[1]))
        elif t == 'pb':
            story.append(PageBreak())
        elif t == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            data = [[Paragraph(esc(str(x)), cell) for x in r] for r in rows]
            ncol = max(len(r) for r in rows)
            aw = A4[0] - 50 * mm
            widths = opt.get('widths')
            cw = [aw * w / sum(widths) for w in widths] if widths else [aw / ncol] * ncol
            tb = Table(data, colWidths=cw, repeatRows=1 if opt.get('header', True) else 0)
            st = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if opt.get('header', True):
                st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee')))
            for (r0, c0, r1, c1) in opt.get('merge', []):
                st.append(('SPAN', (c0, r0), (c1, r1)))
            tb.setStyle(TableStyle(st))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif t == 'sign':
            story.append(SignBlock(b[1], b[2] if len(b) > 2 else None))
    def onpage(c, d):
        c.saveState()
        c.setFont(fn, 8)
        if header:
            c.drawString(25 * mm, A4[1] - 12 * mm, header)
        if footer:
            c.drawCentredString(A4[0] / 2, 10 * mm, footer.replace('{page}', str(d.page)))
        c.restoreState()
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title=(meta or {}).get('title', ''), author=(meta or {}).get('author', ''))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ------------------------------------------------------------------ html
HTML_CSS = {
    'gov': "body{font-family:'Noto Serif CJK SC',serif;font-size:16pt;line-height:1.75} .lh{color:#d0121b;font-size:30pt;text-align:center;letter-spacing:2px;font-weight:bold;margin-top:10mm} .rl{border-top:3px solid #d0121b;margin:6px 0 18px}",
    'corp': "body{font-family:'Noto Sans CJK SC',sans-serif;font-size:11.5pt;line-height:1.7} .lh{color:#1d4e89;font-size:20pt;font-weight:bold;border-bottom:2px solid #1d4e89;padding-bottom:4px} .rl{display:none}",
    'web': "body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:10.5pt;line-height:1.55} .lh{background:#2b6cb0;color:#fff;padding:6px 10px;font-size:13pt} .rl{display:none}",
    'plain': "body{font-family:'Noto Serif CJK SC',serif;font-size:12pt;line-height:1.8} .lh{color:#c00;font-size:22pt;text-align:center;font-weight:bold} .rl{border-top:1px solid #c00;margin:4px 0 14px}",
}

def render_html_src(blocks, style='corp', header=None, footer=None):
    css = HTML_CSS[style]
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:20mm 22mm}',
           css,
           ' h1{font-size:1.45em;text-align:center;margin:10px 0 14px;font-weight:bold} h2{font-size:1.1em;margin:12px 0 6px}'
           ' p{margin:4px 0;text-indent:2em} p.n{text-indent:0} .c{text-align:center;text-indent:0} .r{text-align:right;text-indent:0}'
           ' table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.92em} td,th{border:1px solid #333;padding:4px 6px;vertical-align:middle}'
           ' th{background:#f0f0f0} .sign{position:relative;text-align:right;margin:30px 30px 10px 0;min-height:120px}'
           ' .sign .seal{position:absolute;right:10px;top:-35px} .small{font-size:.75em;color:#666;text-indent:0}'
           ' .pb{page-break-after:always} .hdr{font-size:8pt;color:#777;border-bottom:1px solid #ccc;margin-bottom:8px}'
           ' .ftr{font-size:8pt;color:#777;margin-top:14px;border-top:1px solid #ccc}</style></head><body>']
    if header:
        out.append('<div class="hdr">%s</div>' % htmlmod.escape(header))
    e = lambda s: htmlmod.escape(s).replace('\n', '<br>')
    for b in blocks:
        t = b[0]
        if t == 'lh':
            out.append('<div class="lh">%s</div>' % e(b[1]))
        elif t == 'redline':
            out.append('<div class="rl"></div>')
        elif t == 'docno':
            out.append('<p class="c">%s</p>' % e(b[1]))
        elif t == 'title':
            out.append('<h1>%s</h1>' % e(b[1]))
        elif t == 'sub':
            out.append('<h2>%s</h2>' % e(b[1]))
        elif t == 'p':
            out.append('<p>%s</p>' % e(b[1]))
        elif t in ('pl', 'addr'):
            out.append('<p class="n">%s</p>' % e(b[1]))
        elif t == 'center':
            out.append('<p class="c">%s</p>' % e(b[1]))
        elif t == 'right':
            out.append('<p class="r">%s</p>' % e(b[1]))
        elif t == 'small':
            out.append('<p class="small">%s</p>' % e(b[1]))
        elif t == 'space':
            out.append('<div style="height:%dpx"></div>' % b[1])
        elif t == 'pb':
            out.append('<div class="pb"></div>')
        elif t == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            covered = set(); spans = {}
            for (r0, c0, r1, c1) in opt.get('merge', []):
                spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if (r, c) != (r0, c0):
                            covered.add((r, c))
            out.append('<table>')
            for ri, r in enumerate(rows):
                out.append('<tr>')
                for ci, x in enumerate(r):
                    if (ri, ci) in covered:
                        continue
                    tag = 'th' if (ri == 0 and opt.get('header', True)) else 'td'
                    sp = spans.get((ri, ci))
                    attr = (' rowspan="%d" colspan="%d"' % sp) if sp else ''
                    out.append('<%s%s>%s</%s>' % (tag, attr, e(str(x)), tag))
                out.append('</tr>')
            out.append('</table>')
        elif t == 'sign':
            seal = b[2] if len(b) > 2 else None
            out.append('<div class="sign">%s%s</div>' % (
                ''.join('<div>%s</div>' % e(x) for x in b[1]),
                ('<div class="seal">%s</div>' % seal_svg(seal)) if seal else ''))
    if footer:
        out.append('<div class="ftr">%s</div>' % htmlmod.escape(footer))
    out.append('</body></html>')
    return ''.join(out)

def chromium_pdf(html_path, out):
    run(['chromium', '--headless', '--no-sandbox', '--user-data-dir=/tmp/chr_final15', '--disable-gpu', '--no-pdf-header-footer',
         '--print-to-pdf-no-header', '--print-to-pdf=%s' % out, 'file://%s' % Path(html_path).resolve()],
        timeout=120)

# ------------------------------------------------------------------ docx
def render_docx(blocks, out, seal_dir, style='a', header=None):
    from docx import Document
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    fontname = {'a': '宋体', 'b': '仿宋', 'c': '微软雅黑'}[style]
    st = d.styles['Normal']
    st.font.name = fontname
    st.element.rPr.rFonts.set(qn('w:eastAsia'), fontname)
    st.font.size = Pt(12 if style != 'b' else 14)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(26)
    if header:
        sec.header.paragraphs[0].text = header
    def para(text, align=None, bold=False, size=None, color=None, indent=False):
        p = d.add_paragraph()
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent: p.paragraph_format.first_line_indent = Pt(24)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            if size: r.font.size = Pt(size)
            if color: r.font.color.rgb = RGBColor(*color)
            if i < len(lines) - 1: r.add_break()
        return p
    for b in blocks:
        t = b[0]
        if t == 'lh':
            para(b[1], 'c', True, 24, (0xD0, 0x12, 0x1B))
        elif t == 'redline':
            para('━' * 24, 'c', False, 10, (0xD0, 0x12, 0x1B))
        elif t == 'docno':
            para(b[1], 'c')
        elif t == 'title':
            para(b[1], 'c', True, 18)
        elif t == 'sub':
            para(b[1], None, True, 13)
        elif t == 'p':
            para(b[1], indent=True)
        elif t in ('pl', 'addr'):
            para(b[1])
        elif t == 'center':
            para(b[1], 'c')
        elif t == 'right':
            para(b[1], 'r')
        elif t == 'small':
            para(b[1], size=8, color=(0x66, 0x66, 0x66))
        elif t == 'space':
            d.add_paragraph()
        elif t == 'pb':
            d.add_page_break()
        elif t == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci, x in enumerate(r):
                    tb.cell(ri, ci).text = str(x)
                    if ri == 0 and opt.get('header', True):
                        for rr in tb.cell(ri, ci).paragraphs[0].runs:
                            rr.bold = True
            for (r0, c0, r1, c1) in opt.get('merge', []):
                keep = tb.cell(r0, c0).text
                m = tb.cell(r0, c0).merge(tb.cell(r1, c1))
                m.text = keep
        elif t == 'sign':
            seal = b[2] if len(b) > 2 else None
            if seal:
                pth = os.path.join(seal_dir, 'seal_%08x.png' % (abs(hash(seal)) & 0xffffffff))
                if not os.path.exists(pth):
                    seal_png(seal, pth)
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(pth, width=Mm(40))
            for ln in b[1]:
                para(ln, 'r')
    d.core_properties.author = 'Administrator'
    d.save(out)

# ------------------------------------------------------------------ odt
def render_odt(blocks, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, H, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def pst(name, **kw):
        s = Style(name=name, family='paragraph')
        pp = {k: v for k, v in kw.items() if k in ('textalign', 'breakbefore', 'textindent', 'margintop')}
        tp = {k: v for k, v in kw.items() if k in ('fontsize', 'fontweight', 'color', 'fontfamily', 'fontnameasian', 'fontsizeasian', 'fontweightasian')}
        if pp: s.addElement(ParagraphProperties(**pp))
        tp.setdefault('fontfamily', 'Noto Serif CJK SC'); tp.setdefault('fontnameasian', 'Noto Serif CJK SC')
        tp['fontnameasian'] = 'Noto Serif CJK SC'
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s
    from odf.style import FontFace
    doc.fontfacedecls.addElement(FontFace(name='Noto Serif CJK SC', fontfamily='Noto Serif CJK SC'))
    S = {
        'p': pst('Pi', textindent='0.85cm', fontsize='12pt', fontsizeasian='12pt'),
        'n': pst('Pn', fontsize='12pt', fontsizeasian='12pt'),
        'c': pst('Pc', textalign='center', fontsize='12pt', fontsizeasian='12pt'),
        'r': pst('Pr', textalign='end', fontsize='12pt', fontsizeasian='12pt'),
        't': pst('Pt', textalign='center', fontsize='18pt', fontsizeasian='18pt', fontweight='bold', fontweightasian='bold'),
        's': pst('Ps', fontsize='13pt', fontsizeasian='13pt', fontweight='bold', fontweightasian='bold', margintop='0.2cm'),
        'lh': pst('Plh', textalign='center', fontsize='22pt', fontsizeasian='22pt', color='#d0121b', fontweight='bold', fontweightasian='bold'),
        'sm': pst('Psm', fontsize='8pt', fontsizeasian='8pt', color='#666666'),
        'pb': pst('Ppb', breakbefore='page', fontsize='12pt', fontsizeasian='12pt'),
        'cell': pst('Pcell', fontsize='10.5pt', fontsizeasian='10.5pt'),
    }
    cs = Style(name='cellb', family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    pending_break = [False]
    def addp(text, key):
        st = S['pb'] if pending_break[0] else S[key]
        pending_break[0] = False
        p = P(stylename=st)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        doc.text.addElement(p)
    for b in blocks:
        t = b[0]
        if t == 'lh': addp(b[1], 'lh')
        elif t == 'redline': addp('', 'n')
        elif t in ('docno', 'center'): addp(b[1], 'c')
        elif t == 'title': addp(b[1], 't')
        elif t == 'sub': addp(b[1], 's')
        elif t == 'p': addp(b[1], 'p')
        elif t in ('pl', 'addr'): addp(b[1], 'n')
        elif t == 'right': addp(b[1], 'r')
        elif t == 'small': addp(b[1], 'sm')
        elif t == 'space': addp('', 'n')
        elif t == 'pb':
            pending_break[0] = True
        elif t == 'table':
            if pending_break[0]:
                addp('', 'n')
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = Table(name='T%d' % id(rows))
            tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for x in list(r) + [''] * (ncol - len(r)):
                    tc = TableCell(stylename=cs)
                    p = P(stylename=S['cell']); p.addText(str(x)); tc.addElement(p)
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
        elif t == 'sign':
            for ln in b[1]:
                addp(ln, 'r')
    doc.save(out)

# ------------------------------------------------------------------ scans / photos
def pdf_to_images(pdf, dpi, gray=True, prefix='/tmp/pg'):
    args = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        args.append('-gray')
    run(args + [str(pdf), prefix])
    d = os.path.dirname(prefix); b = os.path.basename(prefix)
    files = sorted(f for f in os.listdir(d) if f.startswith(b + '-') and f.endswith('.png'))
    imgs = [Image.open(os.path.join(d, f)).convert('L' if gray else 'RGB') for f in files]
    for f in files:
        os.remove(os.path.join(d, f))
    return imgs

def degrade(img, rng, rotate=0.8, noise=8, blur=0.0, faint=False, tint=None):
    if tint and img.mode == 'RGB':
        # paper tint (yellowish)
        ov = Image.new('RGB', img.size, tint)
        img = Image.blend(img, ov, 0.08)
    if faint:
        img = ImageEnhance.Contrast(img).enhance(0.18)
        img = ImageEnhance.Brightness(img).enhance(1.35)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    fill = 255 if img.mode == 'L' else (255, 255, 255)
    if rotate:
        img = img.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if noise:
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 60):
            x, y = rng.randrange(w), rng.randrange(h)
            v = rng.randint(-noise * 6, noise * 6)
            if img.mode == 'L':
                px[x, y] = max(0, min(255, px[x, y] + v))
            else:
                r, g, b = px[x, y]
                px[x, y] = (max(0, min(255, r + v)), max(0, min(255, g + v)), max(0, min(255, b + v)))
    return img

def scan_pdf(src, out, rng, dpi=150, gray=True, rotate=0.8, quality=55, noise=6, blur=0.0, faint=False, tmp='/tmp'):
    imgs = pdf_to_images(src, dpi, gray, os.path.join(tmp, 'scan%d' % rng.randrange(10 ** 9)))
    jpgs = []
    for i, im in enumerate(imgs):
        im = degrade(im, rng, rotate=rotate * (1 if i % 2 == 0 else -0.6), noise=noise, blur=blur, faint=faint,
                     tint=(250, 243, 220) if not gray else None)
        p = os.path.join(tmp, 'scanj%d_%d.jpg' % (rng.randrange(10 ** 9), i))
        im.save(p, 'JPEG', quality=quality, dpi=(dpi, dpi))
        jpgs.append(p)
    run(['img2pdf', '--producer', '', '-o', str(out)] + jpgs)
    for p in jpgs:
        os.remove(p)

def scan_with_rl_text(src, out, rng, text_pages, dpi=150, gray=True, quality=55, tmp='/tmp'):
    """Scanned image pages + invisible text (render mode 3), as some scanner software does."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    fn = rl_register('ttf')
    imgs = pdf_to_images(src, dpi, gray, os.path.join(tmp, 'ocrs%d' % rng.randrange(10 ** 9)))
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setProducer('Scanner OCR Engine 3.2')
    for i, im in enumerate(imgs):
        im = degrade(im, rng, rotate=0.5, noise=5)
        p = os.path.join(tmp, 'ocrj%d.jpg' % rng.randrange(10 ** 9))
        im.save(p, 'JPEG', quality=quality)
        c.drawImage(p, 0, 0, A4[0], A4[1])
        os.remove(p)
        lines = text_pages[i] if i < len(text_pages) else []
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(fn, 11)
        y = A4[1] - 90
        for ln in lines:
            t.setTextOrigin(72, y); t.textLine(ln)
            y -= 18
            if y < 50: break
        c.drawText(t)
        c.showPage()
    c.save()

def photo_of_pdf(src, out, rng, width=1400, poor=False, tmp='/tmp'):
    imgs = pdf_to_images(src, 110 if not poor else 45, False, os.path.join(tmp, 'ph%d' % rng.randrange(10 ** 9)))
    page = imgs[0]
    W = width if not poor else 640
    H = int(W * 1.33)
    bg = Image.new('RGB', (W, H), (120, 96, 70))
    d = ImageDraw.Draw(bg)
    for i in range(0, H, 7):
        d.line([(0, i), (W, i + rng.randint(-3, 3))], fill=(110 + rng.randint(0, 20), 88, 62))
    pw = int(W * 0.84)
    ph = int(pw * page.height / page.width)
    pg = page.resize((pw, ph))
    pg = pg.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(120, 96, 70), resample=Image.BICUBIC)
    bg.paste(pg, ((W - pg.width) // 2, (H - pg.height) // 2))
    # lighting gradient
    grad = Image.linear_gradient('L').resize((W, H)).rotate(30)
    bg = Image.composite(bg, ImageEnhance.Brightness(bg).enhance(0.75), grad)
    if poor:
        bg = bg.filter(ImageFilter.GaussianBlur(4.5))
        bg = ImageEnhance.Brightness(bg).enhance(0.45)
        bg = ImageEnhance.Contrast(bg).enhance(0.5)
    bg.save(out, 'JPEG', quality=70 if not poor else 35)

def site_photo(out, rng, label=''):
    W, H = 1280, 960
    im = Image.new('RGB', (W, H), (200, 200, 195))
    d = ImageDraw.Draw(im)
    d.rectangle([0, int(H * 0.62), W, H], fill=(150, 130, 110))  # floor
    d.rectangle([0, 0, W, 90], fill=(235, 235, 230))
    for i in range(6):
        x = 60 + i * 200
        d.rectangle([x, 110, x + 150, 300], fill=(60, 70, 90))  # monitors / windows
        d.rectangle([x + 10, 120, x + 140, 290], fill=(120 + rng.randint(0, 60), 160, 200))
    for r in range(3):
        for cidx in range(5):
            x = 80 + cidx * 230 + r * 20
            y = 620 + r * 100
            d.rectangle([x, y, x + 170, y + 40], fill=(210, 190, 150))
            d.rectangle([x + 60, y - 60, x + 110, y - 5], fill=(40, 40, 45))
    if label:
        d.rectangle([420, 20, 860, 80], fill=(180, 20, 30))
        d.text((440, 28), label, font=pfont(34, NOTO_SANS, 2), fill=(255, 255, 255))
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    im.save(out, 'JPEG', quality=62)

def gs_redistill(src, out):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
         '-sOutputFile=%s' % out, str(src)], timeout=300)

def encrypt(src, out, pw):
    run(['qpdf', '--encrypt', pw, pw + 'owner', '256', '--', str(src), str(out)])

def truncate(src, out, frac=0.45):
    data = Path(src).read_bytes()
    Path(out).write_bytes(data[:int(len(data) * frac)])

def merge_pdfs(srcs, out):
    run(['qpdf', '--empty', '--pages'] + [str(s) for s in srcs] + ['--', str(out)])
