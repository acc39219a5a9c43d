# -*- coding: utf-8 -*-
"""Rendering helpers for the final22 corpus generator (credit codes, block-model renderers, seals, scans)."""
import os, io, re, math, random, subprocess, base64, html, shutil, glob

WORK = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(WORK, 'build')

# ---------------------------------------------------------------- credit codes
ALPHA31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    s = sum(_v36(c) * w for c, w in zip(body8, W9))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def code_check(first17):
    s = sum(ALPHA31.index(c) * w for c, w in zip(first17, W18))
    return ALPHA31[(31 - s % 31) % 31]


def make_code(prefix2, region6, body8, bad18=False, bad9=False):
    body8 = body8.translate(str.maketrans('IOSVZ', 'JPTWY'))
    c9 = org_check(body8)
    if bad9:
        c9 = str((int(c9) + 3) % 10) if c9.isdigit() else '4'
    first17 = prefix2 + region6 + body8 + c9
    c18 = code_check(first17)
    if bad18:
        c18 = ALPHA31[(ALPHA31.index(c18) + 7) % 31]
    return first17 + c18


def valid_code(code):
    return org_check(code[8:16]) == code[16] and code_check(code[:17]) == code[17]


assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F') and valid_code('123100004250018698')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')

# ---------------------------------------------------------------- fonts
FONT_TTC = None
for p in ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf']:
    if os.path.exists(p):
        FONT_TTC = p
        break
PIL_FONT = FONT_TTC
for p in ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc']:
    if os.path.exists(p):
        PIL_FONT = p
        break

_rl_ready = {}


def rl_font(kind):
    """kind: 'ttf' (embedded TrueType) or 'cid' (non-embedded STSong-Light)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if kind in _rl_ready:
        return _rl_ready[kind]
    if kind == 'cid':
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        name = 'STSong-Light'
    else:
        if FONT_TTC.endswith('.ttc'):
            pdfmetrics.registerFont(TTFont('CJK', FONT_TTC, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont('CJK', FONT_TTC))
        name = 'CJK'
    _rl_ready[kind] = name
    return name


# ---------------------------------------------------------------- seals
_seal_cache = {}


def seal_png(text, size=300, color=(214, 20, 30), star=True, bottom=None, alpha=235):
    key = (text, size, color, star, bottom)
    if key in _seal_cache:
        return _seal_cache[key]
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    col = color + (alpha,)
    w = max(4, size // 38)
    d.ellipse([w, w, size - w, size - w], outline=col, width=w)
    n = len(text)
    fs = int(size * (0.16 if n <= 10 else 0.13 if n <= 14 else 0.105))
    font = ImageFont.truetype(PIL_FONT, fs)
    span = min(250, 20 + n * (17 if n <= 12 else 14))
    r = size / 2 - w * 2 - fs * 0.62
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        cx = size / 2 + r * math.cos(a)
        cy = size / 2 + r * math.sin(a)
        g = Image.new('RGBA', (fs + 6, fs + 6), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((3, 1), ch, font=font, fill=col)
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        im.alpha_composite(g, (int(cx - g.width / 2), int(cy - g.height / 2)))
    if star:
        R = size * 0.13
        pts = []
        for k in range(10):
            rr = R if k % 2 == 0 else R * 0.4
            a = math.radians(-90 + k * 36)
            pts.append((size / 2 + rr * math.cos(a), size / 2 + rr * math.sin(a)))
        d.polygon(pts, fill=col)
    if bottom:
        f2 = ImageFont.truetype(PIL_FONT, int(size * 0.08))
        tw = d.textlength(bottom, font=f2)
        d.text(((size - tw) / 2, size * 0.68), bottom, font=f2, fill=col)
    buf = io.BytesIO()
    im.save(buf, 'PNG')
    _seal_cache[key] = buf.getvalue()
    return _seal_cache[key]


def seal_svg(text, size=150, color='#d7141e'):
    n = len(text)
    fs = 19 if n <= 10 else 16 if n <= 14 else 13
    span = min(250, 20 + n * (17 if n <= 12 else 14))
    r = 75 - 9 - fs * 0.5
    a0 = math.radians(-90 - span / 2)
    a1 = math.radians(-90 + span / 2)
    x0, y0 = 75 + r * math.cos(a0), 75 + r * math.sin(a0)
    x1, y1 = 75 + r * math.cos(a1), 75 + r * math.sin(a1)
    large = 1 if span > 180 else 0
    star = []
    for k in range(10):
        rr = 19 if k % 2 == 0 else 7.6
        a = math.radians(-90 + k * 36)
        star.append('%.1f,%.1f' % (75 + rr * math.cos(a), 75 + rr * math.sin(a)))
    pid = 'p%d' % (abs(hash(text)) % 100000)
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 150 150" style="opacity:.88">'
            '<defs><path id="%s" d="M %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f"/></defs>'
            '<circle cx="75" cy="75" r="70" fill="none" stroke="%s" stroke-width="4"/>'
            '<text font-size="%d" fill="%s" font-family="WenQuanYi Zen Hei" font-weight="bold"><textPath href="#%s" startOffset="50%%" text-anchor="middle">%s</textPath></text>'
            '<polygon points="%s" fill="%s"/></svg>') % (size, size, pid, x0, y0, r, r, large, x1, y1, color, fs, color, pid, html.escape(text), ' '.join(star), color)


# ---------------------------------------------------------------- block model
# blocks: ('lh', text) red letterhead | ('docno', t) | ('h1', t) | ('h2', t) | ('p', t) | ('pl', t) no indent
#         ('right', t) | ('center', t) | ('small', t) | ('seal', name) | ('pb',) | ('kv', [(k,v)..])
#         ('table', rows, {'widths':[..], 'header':True}) cells: str | {'t':str,'rs':n,'cs':n} | None (covered)


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ('lh', 'docno', 'h1', 'h2', 'p', 'pl', 'right', 'center', 'small'):
            out.extend(b[1].split('\n'))
        elif b[0] == 'kv':
            out.extend('%s：%s' % kv for kv in b[1])
        elif b[0] == 'table':
            for row in b[1]:
                cells = [(c['t'] if isinstance(c, dict) else c) for c in row if c is not None]
                out.append('  '.join(cells))
    return out


def _cell(c):
    if isinstance(c, dict):
        return c['t'], c.get('rs', 1), c.get('cs', 1)
    return c, 1, 1


# ---- HTML (chromium)
CSS_STYLES = {
    'serif': 'body{font-family:"Noto Serif CJK SC",serif;font-size:15.5px;line-height:1.85}',
    'sans': 'body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:14px;line-height:1.7}',
    'zen2': 'body{font-family:"WenQuanYi Zen Hei",serif;font-size:16px;line-height:2.0;letter-spacing:.5px}',
    'zen': 'body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:15px;line-height:1.9}',
    'web': 'body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:12.5px;line-height:1.5;color:#222} h1{background:#1f5fa8;color:#fff;padding:6px 10px;font-size:17px;text-align:left!important} table td{background:#fafcff}',
}


def to_html(blocks, style='serif', seal_mode='svg', extra_css=''):
    parts = []
    for b in blocks:
        t = b[0]
        if t == 'lh':
            parts.append('<div class="lh">%s</div><div class="redline"></div>' % html.escape(b[1]).replace('\n', '<br>'))
        elif t == 'docno':
            parts.append('<div class="docno">%s</div>' % html.escape(b[1]))
        elif t == 'h1':
            parts.append('<h1>%s</h1>' % html.escape(b[1]).replace('\n', '<br>'))
        elif t == 'h2':
            parts.append('<h2>%s</h2>' % html.escape(b[1]))
        elif t == 'p':
            parts.append('<p class="ind">%s</p>' % html.escape(b[1]).replace('\n', '<br>'))
        elif t == 'pl':
            parts.append('<p>%s</p>' % html.escape(b[1]).replace('\n', '<br>'))
        elif t == 'right':
            parts.append('<p class="right">%s</p>' % html.escape(b[1]).replace('\n', '<br>'))
        elif t == 'center':
            parts.append('<p class="center">%s</p>' % html.escape(b[1]))
        elif t == 'small':
            parts.append('<p class="small">%s</p>' % html.escape(b[1]))
        elif t == 'seal':
            if seal_mode == 'svg':
                parts.append('<div class="sealbox">%s</div>' % seal_svg(b[1]))
            else:
                parts.append('<div class="sealbox"><img width="150" src="data:image/png;base64,%s"></div>' % base64.b64encode(seal_png(b[1])).decode())
        elif t == 'pb':
            parts.append('<div style="page-break-after:always"></div>')
        elif t == 'kv':
            parts.append('<table class="kv">' + ''.join('<tr><th>%s</th><td>%s</td></tr>' % (html.escape(k), html.escape(v)) for k, v in b[1]) + '</table>')
        elif t == 'table':
            opts = b[2] if len(b) > 2 else {}
            rows = []
            for i, row in enumerate(b[1]):
                cells = []
                for c in row:
                    if c is None:
                        continue
                    tx, rs, cs = _cell(c)
                    tag = 'th' if (i == 0 and opts.get('header', True)) else 'td'
                    cells.append('<%s%s%s>%s</%s>' % (tag, ' rowspan=%d' % rs if rs > 1 else '', ' colspan=%d' % cs if cs > 1 else '', html.escape(tx).replace('\n', '<br>'), tag))
                rows.append('<tr>%s</tr>' % ''.join(cells))
            parts.append('<table class="grid">%s</table>' % ''.join(rows))
    css = CSS_STYLES.get(style, CSS_STYLES['serif']) + """
@page{size:A4;margin:22mm 20mm 20mm 22mm}
.lh{color:#d0121b;font-size:30px;text-align:center;letter-spacing:2px;font-weight:bold;margin-top:8px}
.redline{border-top:2.5px solid #d0121b;margin:8px 0 14px}
.docno{text-align:center;margin-bottom:10px}
h1{text-align:center;font-size:21px;font-weight:bold;margin:14px 0}
h2{font-size:16px;margin:12px 0 6px}
p{margin:4px 0}.ind{text-indent:2em}.right{text-align:right;margin-right:2em}.center{text-align:center}
.small{font-size:11px;color:#555}
.sealbox{position:relative;height:0}.sealbox>*{position:absolute;right:60px;top:-120px}
table{border-collapse:collapse;width:100%;margin:8px 0}
.grid td,.grid th{border:1px solid #333;padding:4px 6px;font-size:.93em;vertical-align:middle}
.grid th{background:#eee}
.kv th{width:28%;text-align:left;border:1px solid #555;padding:4px;background:#f3f3f3}.kv td{border:1px solid #555;padding:4px}
""" + extra_css
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, '\n'.join(parts))


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed: %s\n%s' % (' '.join(cmd), r.stderr.decode(errors='replace')[-2000:]))
    return r


CHROME = shutil.which('chromium') or shutil.which('chromium-browser') or 'chromium'


def chromium_pdf(html_text, out_pdf):
    hp = out_pdf[:-4] + '.html'
    with open(hp, 'w', encoding='utf-8') as f:
        f.write(html_text)
    run([CHROME, '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf-no-header',
         '--user-data-dir=/tmp/chr22', '--print-to-pdf=' + out_pdf, 'file://' + hp], timeout=120)
    os.remove(hp)


# ---- reportlab flowables
def rl_pdf(blocks, out_pdf, font='ttf', size=11.5, leading=None, title='', seal_color=(0.84, 0.08, 0.12), margins=(62, 60, 62, 60)):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    fn = rl_font(font)
    lead = leading or size * 1.75
    base = ParagraphStyle('b', fontName=fn, fontSize=size, leading=lead, wordWrap='CJK')
    st = {
        'p': ParagraphStyle('p', parent=base, firstLineIndent=size * 2),
        'pl': base,
        'right': ParagraphStyle('r', parent=base, alignment=TA_RIGHT, rightIndent=size * 2),
        'center': ParagraphStyle('c', parent=base, alignment=TA_CENTER),
        'small': ParagraphStyle('s', parent=base, fontSize=size * .8, leading=size * 1.2, textColor=colors.grey),
        'h1': ParagraphStyle('h1', parent=base, fontSize=size * 1.6, leading=size * 2.3, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8),
        'h2': ParagraphStyle('h2', parent=base, fontSize=size * 1.15, leading=size * 1.9, spaceBefore=6),
        'lh': ParagraphStyle('lh', parent=base, fontSize=size * 2.3, leading=size * 3, alignment=TA_CENTER, textColor=colors.Color(.82, .07, .1)),
        'docno': ParagraphStyle('dn', parent=base, alignment=TA_CENTER),
        'cell': ParagraphStyle('cell', parent=base, fontSize=size * .9, leading=size * 1.3),
    }

    class Seal(Flowable):
        def __init__(self, name):
            Flowable.__init__(self)
            self.name = name

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 0

        def draw(self):
            c = self.canv
            draw_seal(c, self.aw - 130, 60, 52, self.name, seal_color, fn)

    class RedLine(Flowable):
        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 10

        def draw(self):
            self.canv.setStrokeColorRGB(.82, .07, .1)
            self.canv.setLineWidth(2)
            self.canv.line(0, 5, self.aw, 5)

    story = []
    esc = lambda s: html.escape(s).replace('\n', '<br/>')
    for b in blocks:
        t = b[0]
        if t in st and t != 'cell':
            story.append(Paragraph(esc(b[1]), st[t]))
            if t == 'lh':
                story.append(RedLine())
        elif t == 'seal':
            story.append(Seal(b[1]))
        elif t == 'pb':
            story.append(PageBreak())
        elif t == 'kv':
            data = [[Paragraph(esc(k), st['cell']), Paragraph(esc(v), st['cell'])] for k, v in b[1]]
            tb = Table(data, colWidths=[120, None])
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), .6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                    ('BACKGROUND', (0, 0), (0, -1), colors.Color(.94, .94, .94))]))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == 'table':
            opts = b[2] if len(b) > 2 else {}
            rows = b[1]
            ncol = max(sum(_cell(c)[2] if c is not None else 1 for c in r) for r in rows)
            data, spans = [], []
            for i, r in enumerate(rows):
                row = []
                j = 0
                for c in r:
                    if c is None:
                        row.append('')
                        j += 1
                        continue
                    tx, rs, cs = _cell(c)
                    row.append(Paragraph(esc(tx), st['cell']))
                    if rs > 1 or cs > 1:
                        spans.append(('SPAN', (j, i), (j + cs - 1, i + rs - 1)))
                    for _ in range(cs - 1):
                        row.append('')
                    j += cs
                while len(row) < ncol:
                    row.append('')
                data.append(row)
            tb = Table(data, colWidths=opts.get('widths'), repeatRows=1 if opts.get('header', True) else 0)
            sty = [('GRID', (0, 0), (-1, -1), .6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')] + spans
            if opts.get('header', True):
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.Color(.9, .9, .9)))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(out_pdf, pagesize=A4, leftMargin=margins[0], topMargin=margins[1], rightMargin=margins[2], bottomMargin=margins[3],
                            title=title, author='', creator='')
    doc.build(story)


def draw_seal(c, cx, cy, r, name, color, fn, star=True, bottom=None):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(max(2, r / 22))
    c.circle(cx, cy, r, stroke=1, fill=0)
    n = len(name)
    fs = r * (0.32 if n <= 10 else 0.26 if n <= 14 else 0.21)
    span = min(250, 20 + n * (17 if n <= 12 else 14))
    rr = r - r / 10 - fs * 0.95
    c.setFont(fn, fs)
    for i, ch in enumerate(name):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        a = math.radians(ang)
        c.saveState()
        c.translate(cx + rr * math.cos(a), cy + rr * math.sin(a))
        c.rotate(ang - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    if star:
        R = r * 0.26
        p = c.beginPath()
        for k in range(10):
            q = R if k % 2 == 0 else R * 0.4
            a = math.radians(90 + k * 36)
            (p.moveTo if k == 0 else p.lineTo)(cx + q * math.cos(a), cy + q * math.sin(a))
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    if bottom:
        c.setFont(fn, r * 0.16)
        c.drawCentredString(cx, cy - r * 0.5, bottom)
    c.restoreState()


# ---- python-docx
def to_docx(blocks, out_docx, font='宋体', size=11):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sty = doc.styles['Normal']
    sty.font.size = Pt(size)
    sty.font.name = font
    sty.element.rPr.rFonts.set(qn('w:eastAsia'), font)

    def para(text, align=None, sz=None, color=None, indent=False, bold=False):
        p = doc.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
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
        return p

    for b in blocks:
        t = b[0]
        if t == 'lh':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, size * 2.2, (0xD0, 0x12, 0x1B), bold=True)
            para('━' * 26, WD_ALIGN_PARAGRAPH.CENTER, size, (0xD0, 0x12, 0x1B))
        elif t == 'docno':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif t == 'h1':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, size * 1.6, bold=True)
        elif t == 'h2':
            para(b[1], None, size * 1.15, bold=True)
        elif t == 'p':
            para(b[1], indent=True)
        elif t == 'pl':
            para(b[1])
        elif t == 'right':
            para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif t == 'center':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif t == 'small':
            para(b[1], sz=size * .8, color=(0x55, 0x55, 0x55))
        elif t == 'seal':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run().add_picture(io.BytesIO(seal_png(b[1])), width=Cm(4))
        elif t == 'pb':
            doc.add_page_break()
        elif t in ('kv', 'table'):
            rows = [[k, v] for k, v in b[1]] if t == 'kv' else b[1]
            ncol = max(sum(_cell(c)[2] if c is not None else 1 for c in r) for r in rows)
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                j = 0
                for c in r:
                    if c is None:
                        j += 1
                        continue
                    tx, rs, cs = _cell(c)
                    cell = tb.cell(i, j)
                    if rs > 1 or cs > 1:
                        cell = cell.merge(tb.cell(i + rs - 1, j + cs - 1))
                    cell.text = tx
                    j += cs
            doc.add_paragraph()
    doc.save(out_docx)


# ---- odfpy
def to_odt(blocks, out_odt, size='11pt'):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    doc = OpenDocumentText()

    def pstyle(name, align='start', sz=size, color=None, indent=None):
        s = Style(name=name, family='paragraph')
        kw = dict(fontsize=sz, fontsizeasian=sz, fontnameasian='Noto Serif CJK SC', fontfamilyasian='Noto Serif CJK SC')
        if color:
            kw['color'] = color
        s.addElement(TextProperties(**kw))
        pk = dict(textalign=align, marginbottom='0.12cm')
        if indent:
            pk['textindent'] = indent
        s.addElement(ParagraphProperties(**pk))
        doc.automaticstyles.addElement(s)
        return s

    S = {
        'pl': pstyle('PL'), 'p': pstyle('PI', indent='0.78cm'), 'right': pstyle('PR', 'end'), 'center': pstyle('PC', 'center'),
        'h1': pstyle('H1', 'center', '17pt'), 'h2': pstyle('H2', 'start', '13pt'), 'lh': pstyle('LH', 'center', '24pt', '#d0121b'),
        'docno': pstyle('DN', 'center'), 'small': pstyle('SM', 'start', '9pt', '#555555'),
    }
    pb = Style(name='PB', family='paragraph')
    pb.addElement(ParagraphProperties(breakbefore='page'))
    doc.automaticstyles.addElement(pb)
    cs_ = Style(name='CELL', family='table-cell')
    cs_.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs_)

    def addp(parent, text, style):
        p = P(stylename=style)
        for i, ln in enumerate(text.split('\n')):
            if i:
                p.addElement(LineBreak())
            p.addText(ln)
        parent.addElement(p)

    tcount = 0
    for b in blocks:
        t = b[0]
        if t in S:
            addp(doc.text, b[1], S[t])
        elif t == 'pb':
            doc.text.addElement(P(stylename=pb))
        elif t in ('kv', 'table'):
            rows = [[k, v] for k, v in b[1]] if t == 'kv' else b[1]
            ncol = max(sum(_cell(c)[2] if c is not None else 1 for c in r) for r in rows)
            tcount += 1
            tb = Table(name='T%d' % tcount)
            tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for c in r:
                    if c is None:
                        tr.addElement(CoveredTableCell())
                        continue
                    tx, rs, cs = _cell(c)
                    kw = {}
                    if rs > 1:
                        kw['numberrowsspanned'] = rs
                    if cs > 1:
                        kw['numbercolumnsspanned'] = cs
                    tc = TableCell(stylename=cs_, valuetype='string', **kw)
                    addp(tc, tx, S['pl'])
                    tr.addElement(tc)
                    for _ in range(cs - 1):
                        tr.addElement(CoveredTableCell())
                tb.addElement(tr)
            doc.text.addElement(tb)
            addp(doc.text, '', S['pl'])
    doc.save(out_odt)


def soffice_batch(files, outdir):
    """Convert .docx/.odt files to PDF with LibreOffice (one process)."""
    if not files:
        return
    for i in range(0, len(files), 40):
        run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo22', '--convert-to', 'pdf', '--outdir', outdir] + files[i:i + 40], timeout=900)


def gs_distill(src, dst):
    run(['gs', '-q', '-sDEVICE=pdfwrite', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dCompatibilityLevel=1.5', '-o', dst, src], timeout=300)


# ---------------------------------------------------------------- scans
def pdf_pages_to_images(pdf, dpi=150, gray=True, first=None, last=None):
    from PIL import Image
    tmp = pdf + '.pp'
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    if first:
        cmd += ['-f', str(first)]
    if last:
        cmd += ['-l', str(last)]
    run(cmd + [pdf, tmp])
    ims = []
    for p in sorted(glob.glob(tmp + '*.png')):
        ims.append(Image.open(p).copy())
        os.remove(p)
    return ims


def degrade(im, rnd, angle=0.0, noise=6, quality=55, blur=0.0, faint=False, tint=None, scale=1.0):
    from PIL import Image, ImageFilter, ImageEnhance
    if scale != 1.0:
        im = im.resize((max(1, int(im.width * scale)), max(1, int(im.height * scale))), Image.BILINEAR)
    if tint:
        im = im.convert('RGB')
        im = Image.blend(im, Image.new('RGB', im.size, tint), 0.18)
    if angle:
        fill = 255 if im.mode == 'L' else (250, 250, 248)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if faint:
        im = ImageEnhance.Contrast(im).enhance(0.18)
        im = ImageEnhance.Brightness(im).enhance(1.35)
    if noise:
        import random as _r
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h * 0.0006)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            v = rnd.randrange(80, 200)
            px[x, y] = v if im.mode == 'L' else (v, v, v)
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=quality, optimize=True)
    return buf.getvalue()


def scan_pdf(src_pdf, out_pdf, rnd, dpi=150, gray=True, angle=None, quality=55, blur=0.0, faint=False, noise=6):
    import img2pdf
    ims = pdf_pages_to_images(src_pdf, dpi=dpi, gray=gray)
    jpgs = []
    for im in ims:
        a = angle if angle is not None else rnd.uniform(-1.2, 1.2)
        jpgs.append(degrade(im, rnd, angle=a, noise=noise, quality=quality, blur=blur, faint=faint))
    with open(out_pdf, 'wb') as f:
        f.write(img2pdf.convert(jpgs, layout_fun=img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297)))))


def ocr_layer_pdf(src_pdf, out_pdf, lines_per_page, rnd, dpi=125):
    """Scan look + invisible text (reportlab render mode 3)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    fn = rl_font('ttf')
    ims = pdf_pages_to_images(src_pdf, dpi=dpi, gray=True)
    c = canvas.Canvas(out_pdf, pagesize=A4)
    W, H = A4
    for i, im in enumerate(ims):
        jpg = degrade(im, rnd, angle=rnd.uniform(-0.6, 0.6), noise=4, quality=45)
        c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, W, H)
        lines = lines_per_page[i] if i < len(lines_per_page) else []
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(fn, 10)
        y = H - 70
        for ln in lines:
            t.setTextOrigin(62, y)
            t.textLine(ln)
            y -= 16
            if y < 40:
                y = H - 70
        c.drawText(t)
        c.showPage()
    c.save()


def photo_jpg(src_pdf, rnd, poor=False, page=1):
    from PIL import Image
    im = pdf_pages_to_images(src_pdf, dpi=60 if poor else 110, gray=False, first=page, last=page)[0]
    bg = Image.new('RGB', (int(im.width * 1.15), int(im.height * 1.1)), (120, 105, 90))
    bg.paste(im.convert('RGB'), (int(im.width * 0.07), int(im.height * 0.05)))
    if poor:
        return degrade(bg, rnd, angle=rnd.uniform(4, 7), noise=30, quality=30, blur=2.2, tint=(255, 200, 120), scale=0.85)
    return degrade(bg, rnd, angle=rnd.uniform(-3, 3), noise=8, quality=68, tint=(255, 236, 200))


def pdftotext(path):
    r = subprocess.run(['pdftotext', '-layout', path, '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout.decode('utf-8', errors='replace') if r.returncode == 0 else None
