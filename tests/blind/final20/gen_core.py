# core helpers: credit codes, block model, renderers (reportlab, docx, odt, html), seals, scans
import os, io, math, random, subprocess, shutil, hashlib
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable, HRFlowable)
from reportlab.pdfgen import canvas as rlcanvas

WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont('DROID', DROID))

# ---------------- credit codes ----------------
A18 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
W9 = [3,7,9,10,5,8,4,2]
def _v36(c): return int(c) if c.isdigit() else ord(c) - 55
def org_check(s8):
    r = 11 - sum(_v36(c) * w for c, w in zip(s8, W9)) % 11
    return 'X' if r == 10 else ('0' if r == 11 else str(r))
def code_check(s17):
    return A18[(31 - sum(A18.index(c) * w for c, w in zip(s17, W18)) % 31) % 31]
def valid_code(c):
    return len(c) == 18 and all(ch in A18 for ch in c) and org_check(c[8:16]) == c[16] and code_check(c[:17]) == c[17]
def make_code(cat, region, rnd, bad=False):
    chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    while True:
        s8 = 'MA1' + ''.join(rnd.choice(chars) for _ in range(5)) if cat.startswith('9') else ''.join(rnd.choice('0123456789') for _ in range(8))
        if cat == '52': s8 = 'MJ' + ''.join(rnd.choice(chars) for _ in range(6))
        if cat == '51': s8 = '5' + ''.join(rnd.choice('0123456789') for _ in range(7))
        c9 = org_check(s8)
        s17 = cat + region + s8 + c9
        if all(ch in A18 for ch in s17): break
    c = s17 + code_check(s17)
    if bad:
        i = A18.index(c[17]); c = c[:17] + A18[(i + 7) % 31]
    return c
assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F') and valid_code('123100004250018698')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')

# ---------------- levels ----------------
LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVO = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LVB = {5: '五级（初级工）', 4: '四级（中级工）', 3: '三级（高级工）', 2: '二级（技师）', 1: '一级（高级技师）'}
CN_NUM = '〇一二三四五六七八九'
def cn_year(y): return ''.join(CN_NUM[int(d)] for d in str(y))
def cn_date(y, m, d):
    def n(x):
        if x <= 10: return '十' if x == 10 else CN_NUM[x]
        if x < 20: return '十' + CN_NUM[x - 10]
        return CN_NUM[x // 10] + '十' + (CN_NUM[x % 10] if x % 10 else '')
    return f'{cn_year(y)}年{n(m)}月{n(d)}日'
def lv_range(levels, sep='至', names=LV):
    ls = sorted(levels, reverse=True)
    if len(ls) == 1: return names[ls[0]]
    return f'{names[ls[0]]}{sep}{names[ls[-1]]}'

# ---------------- seals ----------------
def seal_png(text, sub='', size=360, color=(215, 30, 30), seed=0):
    rnd = random.Random(seed)
    im = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    c = size / 2; r = size / 2 - 8
    d.ellipse([8, 8, size - 8, size - 8], outline=color + (230,), width=int(size / 40))
    star(d, c, c, size * 0.14, color + (230,))
    n = len(text); span = 250 if n > 8 else 200
    fs = int(size * (0.11 if n > 12 else 0.13))
    font = ImageFont.truetype(WQY, fs)
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = c + (r - fs * 0.85) * math.cos(ang); y = c + (r - fs * 0.85) * math.sin(ang)
        g = Image.new('RGBA', (fs + 6, fs + 6), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((3, 0), ch, font=font, fill=color + (230,))
        g = g.rotate(-math.degrees(ang) - 90, expand=True)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if sub:
        f2 = ImageFont.truetype(WQY, int(size * 0.08))
        w = d.textlength(sub, font=f2)
        d.text((c - w / 2, c + size * 0.2), sub, font=f2, fill=color + (230,))
    # ink unevenness
    px = im.load()
    for _ in range(size * 6):
        x, y = rnd.randrange(size), rnd.randrange(size)
        if px[x, y][3]: px[x, y] = px[x, y][:3] + (rnd.randint(60, 200),)
    return im
def star(d, cx, cy, r, fill):
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)
def rl_seal(c, cx, cy, r, text, sub=''):
    c.saveState()
    c.setStrokeColor(colors.Color(0.85, 0.1, 0.1, alpha=0.85)); c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.85))
    c.setLineWidth(r / 22); c.circle(cx, cy, r - 2)
    p = c.beginPath(); pts = []
    for k in range(10):
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        a = math.radians(90 + 36 * k); pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p.moveTo(*pts[0]); [p.lineTo(*q) for q in pts[1:]]; p.close(); c.drawPath(p, fill=1, stroke=0)
    n = len(text); span = 250 if n > 8 else 200; fs = r * (0.22 if n > 12 else 0.27)
    for i, ch in enumerate(text):
        ang = math.radians(90 + span / 2 - span * (i + 0.5) / n)
        x = cx + (r - fs * 0.95) * math.cos(ang); y = cy + (r - fs * 0.95) * math.sin(ang)
        c.saveState(); c.translate(x, y); c.rotate(math.degrees(ang) - 90)
        c.setFont('WQY', fs); c.drawCentredString(0, -fs * 0.35, ch); c.restoreState()
    if sub:
        c.setFont('WQY', r * 0.17); c.drawCentredString(cx, cy - r * 0.55, sub)
    c.restoreState()
def svg_seal(text, sub='', size=150):
    n = len(text); r = size / 2 - 4; fs = size * (0.11 if n > 12 else 0.13)
    span = 250 if n > 8 else 200
    a0 = math.radians(-90 - span / 2); a1 = math.radians(-90 + span / 2)
    rr = r - fs * 0.95; c = size / 2
    x0, y0 = c + rr * math.cos(a0), c + rr * math.sin(a0); x1, y1 = c + rr * math.cos(a1), c + rr * math.sin(a1)
    pts = []
    for k in range(10):
        q = size * 0.14 if k % 2 == 0 else size * 0.056
        a = math.radians(-90 + 36 * k); pts.append(f'{c + q * math.cos(a):.1f},{c + q * math.sin(a):.1f}')
    return (f'<svg class="seal" width="{size}" height="{size}" viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg">'
            f'<defs><path id="arc{abs(hash(text))%9999}" d="M {x0:.1f} {y0:.1f} A {rr:.1f} {rr:.1f} 0 1 1 {x1:.1f} {y1:.1f}"/></defs>'
            f'<circle cx="{c}" cy="{c}" r="{r}" fill="none" stroke="#d51e1e" stroke-width="{size/38:.1f}" opacity="0.85"/>'
            f'<polygon points="{" ".join(pts)}" fill="#d51e1e" opacity="0.85"/>'
            f'<text font-size="{fs:.1f}" fill="#d51e1e" opacity="0.85" font-family="Noto Serif CJK SC" textLength="{rr*math.radians(span)*0.96:.0f}">'
            f'<textPath href="#arc{abs(hash(text))%9999}">{text}</textPath></text>'
            + (f'<text x="{c}" y="{c+size*0.3:.1f}" font-size="{size*0.08:.1f}" text-anchor="middle" fill="#d51e1e">{sub}</text>' if sub else '')
            + '</svg>')

# ---------------- block model ----------------
# blocks: ('lh', text) red letterhead; ('no', text) doc number; ('title', text); ('h', text); ('p', text);
# ('pr', text) right aligned; ('table', rows, opts); ('sign', [lines], seal_text|None, seal_sub); ('br',); ('small', text)
def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ('lh', 'no', 'title', 'h', 'p', 'pr', 'small', 'c'): out += b[1].split('\n')
        elif b[0] == 'table': out += ['  '.join(str(x) for x in row) for row in b[1]]
        elif b[0] == 'sign': out += b[1]
    return out

def _esc(s): return str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

class SignSeal(Flowable):
    def __init__(self, lines, seal, sub, font, width):
        super().__init__(); self.lines = lines; self.seal = seal; self.sub = sub; self.font = font; self.w = width
    def wrap(self, aw, ah): return aw, 16 * len(self.lines) + 40
    def draw(self):
        c = self.canv; h = 16 * len(self.lines) + 40
        for i, ln in enumerate(self.lines):
            c.setFont(self.font, 11.5); c.drawRightString(self.w - 20, h - 30 - 18 * i, ln)
        if self.seal: rl_seal(c, self.w - 80, h - 40, 58, self.seal, self.sub)

def render_rl(blocks, path, font='WQY', fs=11.5, margins=(25, 22, 25, 22), title_meta=None):
    st = lambda **k: ParagraphStyle('x', fontName=font, fontSize=k.pop('size', fs), leading=k.pop('lead', fs * 1.7), wordWrap='CJK', **k)
    P = st(firstLineIndent=fs * 2); T = st(size=17, lead=26, alignment=1, spaceAfter=8); H = st(size=13, lead=20, spaceBefore=6)
    story = []; W = A4[0] - (margins[1] + margins[3]) * mm
    for b in blocks:
        k = b[0]
        if k == 'lh':
            story += [Paragraph(_esc(b[1]), st(size=24, lead=34, alignment=1, textColor=colors.Color(0.85, 0.1, 0.1))),
                      HRFlowable(width='100%', thickness=1.6, color=colors.Color(0.85, 0.1, 0.1), spaceBefore=4, spaceAfter=10)]
        elif k == 'no': story.append(Paragraph(_esc(b[1]), st(alignment=1)))
        elif k == 'title':
            for ln in b[1].split('\n'): story.append(Paragraph(_esc(ln), T))
        elif k == 'h': story.append(Paragraph(_esc(b[1]), H))
        elif k == 'p': story.append(Paragraph(_esc(b[1]), P))
        elif k == 'c': story.append(Paragraph(_esc(b[1]), st(alignment=1)))
        elif k == 'pr': story.append(Paragraph(_esc(b[1]), st(alignment=2)))
        elif k == 'small': story.append(Paragraph(_esc(b[1]), st(size=9, lead=13, textColor=colors.grey)))
        elif k == 'br': story.append(PageBreak())
        elif k == 'table':
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            cs = st(size=opts.get('fs', 10), lead=opts.get('fs', 10) * 1.45)
            data = [[Paragraph(_esc(x), cs) for x in r] for r in rows]
            ncol = max(len(r) for r in rows)
            cw = opts.get('cw'); cw = [W * x for x in cw] if cw else [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if opts.get('head', True) else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if opts.get('head', True): sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
            if opts.get('merge_first'):
                i = 1
                while i < len(rows):
                    j = i
                    while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]: j += 1
                    if j > i:
                        sty.append(('SPAN', (0, i), (0, j)))
                        for q in range(i + 1, j + 1): data[q][0] = ''
                    i = j + 1
            t.setStyle(TableStyle(sty)); story += [t, Spacer(1, 6)]
        elif k == 'sign':
            story.append(SignSeal(b[1], b[2], b[3] if len(b) > 3 else '', font, W))
        elif k == 'sp': story.append(Spacer(1, b[1]))
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm, title=title_meta or '', author='')
    doc.build(story)

# ---- docx ----
def render_docx(blocks, path, font='Noto Serif CJK SC', seed=0):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    stl = d.styles['Normal']; stl.font.name = font; stl.font.size = Pt(11.5)
    stl.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    def para(text, size=None, bold=False, align=None, color=None, indent=False):
        p = d.add_paragraph(); r = p.add_run(text)
        r.font.name = font; r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if size: r.font.size = Pt(size)
        r.bold = bold
        if color: r.font.color.rgb = RGBColor(*color)
        if align is not None: p.alignment = align
        if indent: p.paragraph_format.first_line_indent = Pt(23)
        return p
    for b in blocks:
        k = b[0]
        if k == 'lh': para(b[1], 24, True, WD_ALIGN_PARAGRAPH.CENTER, (215, 30, 30)); para('━' * 24, 10, False, WD_ALIGN_PARAGRAPH.CENTER, (215, 30, 30))
        elif k == 'no' or k == 'c': para(b[1], None, False, WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'title':
            for ln in b[1].split('\n'): para(ln, 17, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'h': para(b[1], 13, True)
        elif k == 'p': para(b[1], indent=True)
        elif k == 'pr': para(b[1], align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == 'small': para(b[1], 9, color=(110, 110, 110))
        elif k == 'br': d.add_page_break()
        elif k == 'sp': para('')
        elif k == 'table':
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    cell = t.cell(i, j); cell.text = str(x)
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(opts.get('fs', 10)); rr.font.name = font; rr._element.rPr.rFonts.set(qn('w:eastAsia'), font)
                            if i == 0 and opts.get('head', True): rr.bold = True
            if opts.get('merge_first'):
                i = 1
                while i < len(rows):
                    j = i
                    while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]: j += 1
                    if j > i:
                        m = t.cell(i, 0).merge(t.cell(j, 0)); m.text = str(rows[i][0])
                    i = j + 1
            para('')
        elif k == 'sign':
            if b[2]:
                png = path + '.seal.png'; seal_png(b[2], b[3] if len(b) > 3 else '', seed=seed).save(png)
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(png, width=Cm(4.0)); os.remove(png)
            for ln in b[1]: para(ln, align=WD_ALIGN_PARAGRAPH.RIGHT)
    d.core_properties.author = 'Administrator'
    d.save(path)

# ---- odt ----
def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, H
    from odf.table import Table as OT, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def ps(name, size='11.5pt', bold=False, align='start', color=None):
        s = Style(name=name, family='paragraph')
        tp = dict(fontsize=size, fontsizeasian=size, fontfamily='Noto Sans CJK SC', fontfamilyasian='Noto Sans CJK SC')
        if bold: tp.update(fontweight='bold', fontweightasian='bold')
        if color: tp['color'] = color
        s.addElement(TextProperties(**tp)); s.addElement(ParagraphProperties(textalign=align, margintop='0.08cm', marginbottom='0.08cm'))
        doc.automaticstyles.addElement(s); return s
    S = dict(p=ps('Pb'), title=ps('Pt', '17pt', True, 'center'), h=ps('Ph', '13pt', True), c=ps('Pc', align='center'),
             pr=ps('Pr', align='end'), small=ps('Ps', '9pt', color='#666666'), lh=ps('Pl', '24pt', True, 'center', '#d51e1e'))
    cellst = Style(name='Cb', family='table-cell'); cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cellst)
    brk = Style(name='Pbr', family='paragraph'); brk.addElement(ParagraphProperties(breakbefore='page')); doc.automaticstyles.addElement(brk)
    pend_break = False
    def addp(text, s):
        nonlocal pend_break
        p = P(stylename=brk if pend_break else s, text=text); pend_break = False; doc.text.addElement(p)
    for b in blocks:
        k = b[0]
        if k in ('p', 'c', 'pr', 'small', 'lh', 'h', 'no'): addp(b[1], S.get(k, S['c']))
        elif k == 'title':
            for ln in b[1].split('\n'): addp(ln, S['title'])
        elif k == 'br': pend_break = True
        elif k == 'sp': addp('', S['p'])
        elif k == 'sign':
            for ln in b[1]: addp(ln, S['pr'])
        elif k == 'table':
            if pend_break: addp('', S['p'])
            rows = b[1]; ncol = max(len(r) for r in rows)
            t = OT(name=f'T{id(b)%100000}'); t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for x in r:
                    tc = TableCell(stylename=cellst); tc.addElement(P(stylename=S['small'] if False else S['p'], text=str(x))); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(path)

# ---- html ----
def render_html(blocks, css_variant=0, seed=0):
    css = ["body{font-family:'WenQuanYi Zen Hei';font-size:15px;line-height:1.8;margin:0}",
           "body{font-family:'WenQuanYi Zen Hei';font-size:14px;line-height:1.7;margin:0;color:#222}"][css_variant % 2]
    css += ("@page{size:A4;margin:22mm 20mm}.lh{color:#d51e1e;font-size:30px;text-align:center;letter-spacing:4px;font-weight:bold;border-bottom:2px solid #d51e1e;padding-bottom:6px;margin-bottom:14px}"
            "h1{font-size:22px;text-align:center;margin:8px 0}h2{font-size:17px;margin:10px 0 4px}p.b{text-indent:2em;margin:4px 0}"
            "table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #333;padding:4px 6px;font-size:13px}th{background:#eee}"
            ".r{text-align:right}.c{text-align:center}.s{font-size:11px;color:#777}.sign{position:relative;text-align:right;margin-top:18px}"
            ".sign svg{position:absolute;right:30px;top:-40px}.pb{page-break-after:always}")
    out = []
    for b in blocks:
        k = b[0]
        if k == 'lh': out.append(f'<div class="lh">{_esc(b[1])}</div>')
        elif k in ('no', 'c'): out.append(f'<p class="c">{_esc(b[1])}</p>')
        elif k == 'title': out.append('<h1>' + '<br>'.join(_esc(x) for x in b[1].split('\n')) + '</h1>')
        elif k == 'h': out.append(f'<h2>{_esc(b[1])}</h2>')
        elif k == 'p': out.append(f'<p class="b">{_esc(b[1])}</p>')
        elif k == 'pr': out.append(f'<p class="r">{_esc(b[1])}</p>')
        elif k == 'small': out.append(f'<p class="s">{_esc(b[1])}</p>')
        elif k == 'br': out.append('<div class="pb"></div>')
        elif k == 'sp': out.append('<div style="height:20px"></div>')
        elif k == 'table':
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            h = ['<table>']; skip = set()
            for i, r in enumerate(rows):
                h.append('<tr>')
                for j, x in enumerate(r):
                    if (i, j) in skip: continue
                    tag = 'th' if i == 0 and opts.get('head', True) else 'td'; rs = 1
                    if j == 0 and i > 0 and opts.get('merge_first'):
                        while i + rs < len(rows) and rows[i + rs][0] == x: skip.add((i + rs, 0)); rs += 1
                    h.append(f'<{tag}' + (f' rowspan="{rs}"' if rs > 1 else '') + f'>{_esc(x)}</{tag}>')
                h.append('</tr>')
            out.append(''.join(h) + '</table>')
        elif k == 'sign':
            out.append('<div class="sign">' + (svg_seal(b[2], b[3] if len(b) > 3 else '') if b[2] else '') + ''.join(f'<div>{_esc(x)}</div>' for x in b[1]) + '</div>')
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>' + '\n'.join(out) + '</body></html>'

def chromium_pdf(html, out):
    tmp = out + '.html'
    open(tmp, 'w', encoding='utf-8').write(html)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + out, 'file://' + os.path.abspath(tmp)], capture_output=True, timeout=120)
    os.remove(tmp)

# ---------------- scans ----------------
def rasterize(pdf, dpi, gray=False, first=None, last=None):
    pre = pdf + f'.r{dpi}'
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray: cmd.append('-gray')
    if first: cmd += ['-f', str(first), '-l', str(last or first)]
    subprocess.run(cmd + [pdf, pre], check=True)
    d = os.path.dirname(pre) or '.'; base = os.path.basename(pre)
    files = sorted(f for f in os.listdir(d) if f.startswith(base + '-') and f.endswith('.png'))
    ims = [Image.open(os.path.join(d, f)).convert('L' if gray else 'RGB') for f in files]
    for f in files: os.remove(os.path.join(d, f))
    return ims

def scanify(im, rnd, angle=None, noise=8, quality=55, faint=False, blur=0):
    if angle is None: angle = rnd.uniform(-1.6, 1.6)
    bg = 255 if im.mode == 'L' else (255, 255, 255)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if im.mode == 'RGB':
        im = ImageEnhance.Color(im).enhance(0.9)
        im = Image.blend(im, Image.new('RGB', im.size, (246, 243, 236)), 0.08)
    if noise:
        n = Image.effect_noise(im.size, noise).convert(im.mode) if im.mode == 'L' else Image.merge('RGB', [Image.effect_noise(im.size, noise)] * 3)
        im = Image.blend(im, n, 0.06)
        im = ImageEnhance.Brightness(im).enhance(1.04)
    if faint:
        im = ImageEnhance.Contrast(im).enhance(0.18); im = ImageEnhance.Brightness(im).enhance(1.35)
    if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
    return im

def images_to_pdf(ims, out, dpi, quality=55):
    import tempfile
    td = tempfile.mkdtemp(dir=os.path.dirname(os.path.abspath(out)))
    fs = []
    for k, im in enumerate(ims):
        f = os.path.join(td, f'p{k:03d}.jpg'); im.save(f, 'JPEG', quality=quality, dpi=(dpi, dpi)); fs.append(f)
    subprocess.run(['img2pdf', '--pagesize', 'A4', '-o', out] + fs, check=True)
    shutil.rmtree(td)

def images_with_textlayer(ims, lines, out, dpi, quality=55):
    c = rlcanvas.Canvas(out, pagesize=A4)
    per = max(1, math.ceil(len(lines) / len(ims)))
    for i, im in enumerate(ims):
        b = io.BytesIO(); im.save(b, 'JPEG', quality=quality); b.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(b), 0, 0, A4[0], A4[1])
        t = c.beginText(); t.setTextRenderMode(3); t.setFont('WQY', 10); t.setTextOrigin(60, A4[1] - 70)
        for ln in lines[i * per:(i + 1) * per]: t.textLine(ln)
        c.drawText(t); c.showPage()
    c.save()

def photo(im, rnd, out_jpg, poor=False):
    # a phone photo of a paper page lying on a desk
    w, h = im.size
    desk = Image.new('RGB', (int(w * 1.25), int(h * 1.2)), (rnd.randint(90, 130), rnd.randint(70, 100), rnd.randint(50, 70)))
    page = im.convert('RGB').rotate(rnd.uniform(-5, 5), expand=True, fillcolor=(0, 0, 0))
    mask = Image.new('L', im.size, 255).rotate(0, expand=False)
    mask = Image.new('L', im.size, 255).rotate(rnd.uniform(-5, 5), expand=True) if False else page.convert('L').point(lambda v: 255 if v > 3 else 0)
    desk.paste(page, ((desk.width - page.width) // 2, (desk.height - page.height) // 2), mask)
    # lighting gradient
    grad = Image.linear_gradient('L').resize(desk.size).rotate(rnd.choice([0, 90, 180]))
    desk = Image.composite(desk, ImageEnhance.Brightness(desk).enhance(0.75), grad)
    if poor:
        desk = desk.resize((desk.width // 3, desk.height // 3)).filter(ImageFilter.GaussianBlur(2.2))
        desk = ImageEnhance.Brightness(desk).enhance(1.5)
    desk.save(out_jpg, 'JPEG', quality=40 if poor else 70)
