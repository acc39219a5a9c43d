# -*- coding: utf-8 -*-
"""Rendering library for the final14 blind corpus (used by generate.py).

Documents are lists of blocks; several back-ends render them:
  docx  (python-docx -> LibreOffice), odt (odfpy -> LibreOffice),
  html  (Chromium --print-to-pdf, SVG seals), rl (reportlab + embedded TTF),
  rlcid (reportlab + non-embedded STSong-Light CID font),
plus certificates drawn at coordinates (reportlab canvas) and
post-processors: Ghostscript re-distilling, scans (pdftoppm -> Pillow -> img2pdf),
OCR layers (ocrmypdf, or reportlab render mode 3), phone photos, qpdf encryption,
truncation.
"""
import os, io, math, random, subprocess, shutil, html as htmlmod, re
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageOps

NOTO_SANS_B = ('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 2)
NOTO_SERIF_B = ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 2)
NOTO_SERIF = ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 2)
WQY = ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0)

# ----------------------------------------------------------------- credit codes
ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
A31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(ALNUM.index(c) * w[i] for i, c in enumerate(s8))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def final_check(s17):
    s = sum(A31.index(c) * W31[i] for i, c in enumerate(s17))
    return A31[(31 - s % 31) % 31]


def code_valid(code):
    if len(code) != 18 or any(c not in A31 for c in code):
        return False
    if final_check(code[:17]) != code[17]:
        return False
    return org_check(code[8:16]) == code[16]


def make_code(cat2, region, rng, body=None):
    if body is None:
        chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
        body = 'MA' + ''.join(rng.choice(chars) for _ in range(6))
    s17 = cat2 + region + body + org_check(body)
    return s17 + final_check(s17)


def break_code(code):
    """same code with a wrong final character (mod-31 check fails)"""
    good = code[17]
    alt = A31[(A31.index(good) + 7) % 31]
    return code[:17] + alt


# ------------------------------------------------------------------- dates
CN_DIG = '〇一二三四五六七八九'


def cn_num(n):
    if n <= 10:
        return '十' if n == 10 else CN_DIG[n]
    if n < 20:
        return '十' + CN_DIG[n - 10]
    return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')


def cn_year(y):
    return ''.join(CN_DIG[int(c)] for c in str(y))


def cn_date(d):
    y, m, dd = d
    return f'{cn_year(y)}年{cn_num(m)}月{cn_num(dd)}日'


def ar_date(d, style=0):
    y, m, dd = d
    if style == 1:
        return f'{y}.{m:02d}.{dd:02d}'
    if style == 2:
        return f'{y}-{m:02d}-{dd:02d}'
    return f'{y}年{m}月{dd}日'


# ------------------------------------------------------------------- seals
def _font(spec, size):
    return ImageFont.truetype(spec[0], size, index=spec[1])


def seal_png(text, path, rng, bottom='', color=(214, 26, 32), size=300, star=True, oval=False):
    """Round red seal: name along the upper arc, star, optional bottom line."""
    img = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    r = size / 2 - 12
    d.ellipse([c - r, c - r, c + r, c + r], outline=color + (235,), width=9)
    n = len(text)
    fs = int(min(42, max(22, 400 / max(n, 1))))
    font = _font(NOTO_SANS_B, fs)
    span = min(250, 18 * n + 40)
    start = -90 - span / 2
    rr = r - 13 - fs / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        x = c + rr * math.cos(a)
        y = c + rr * math.sin(a)
        g = Image.new('RGBA', (fs + 10, fs + 10), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((5, 0), ch, font=font, fill=color + (235,))
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        img.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if star:
        R, r2 = size * 0.13, size * 0.052
        pts = []
        for k in range(10):
            a = math.radians(-90 + k * 36)
            rad = R if k % 2 == 0 else r2
            pts.append((c + rad * math.cos(a), c + 8 + rad * math.sin(a)))
        d.polygon(pts, fill=color + (235,))
    if bottom:
        bf = _font(NOTO_SANS_B, 24)
        w = d.textlength(bottom, font=bf)
        d.text((c - w / 2, c + size * 0.2), bottom, font=bf, fill=color + (235,))
    # ink texture: random light specks
    px = img.load()
    for _ in range(size * 3):
        x, y = rng.randrange(size), rng.randrange(size)
        p = px[x, y]
        if p[3]:
            px[x, y] = (p[0], p[1], p[2], int(p[3] * rng.uniform(0.2, 0.8)))
    img = img.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
    img.save(path)
    return path


def seal_svg(text, uid, bottom='', size=150, color='#d9211f', rot=0):
    n = len(text)
    fs = 24.0
    while True:
        r = 86 - fs
        span = n * fs * 1.1 / r
        if span <= 4.1 or fs <= 12:
            break
        fs -= 0.5
    span = min(span, 4.3)
    a0 = -math.pi / 2 - span / 2
    a1 = -math.pi / 2 + span / 2
    x0, y0 = 100 + r * math.cos(a0), 100 + r * math.sin(a0)
    x1, y1 = 100 + r * math.cos(a1), 100 + r * math.sin(a1)
    large = 1 if span > math.pi else 0
    pts = []
    for k in range(10):
        a = math.radians(-90 + k * 36)
        rad = 22 if k % 2 == 0 else 9
        pts.append(f'{100 + rad * math.cos(a):.1f},{102 + rad * math.sin(a):.1f}')
    b = ''
    if bottom:
        b = f'<text x="100" y="148" font-size="15" text-anchor="middle" fill="{color}">{htmlmod.escape(bottom)}</text>'
    return (f'<svg class="seal" width="{size}" height="{size}" viewBox="0 0 200 200" '
            f'style="transform:rotate({rot}deg);opacity:.88">'
            f'<circle cx="100" cy="100" r="92" fill="none" stroke="{color}" stroke-width="6"/>'
            f'<path id="arc{uid}" d="M {x0:.1f},{y0:.1f} A {r:.1f},{r:.1f} 0 {large},1 {x1:.1f},{y1:.1f}" fill="none"/>'
            f'<text font-size="{fs:.1f}" font-weight="bold" fill="{color}" font-family="WenQuanYi Zen Hei">'
            f'<textPath href="#arc{uid}" startOffset="50%" text-anchor="middle">{htmlmod.escape(text)}</textPath></text>'
            f'<polygon points="{" ".join(pts)}" fill="{color}"/>{b}</svg>')


# ------------------------------------------------------------------- blocks
# ('letterhead', text)  ('redline',)  ('docno', text) ('title', text)
# ('h', text) ('p', text) ('pn', text) ('right', text) ('center', text)
# ('kv', [(k,v),...], ncols=2|4) ('table', header, rows, widths)
# ('sign', [lines], seal_name or None, seal_bottom) ('seal', name) ('pb',)
# ('small', text) ('space',)

def _esc(t):
    return htmlmod.escape(t)


CSS_VARIANTS = [
    dict(font="'WenQuanYi Zen Hei', sans-serif", size='15px', margin='26mm 24mm 24mm 26mm', lh='1.75',
         css="h1, .lh, h2 { font-family:'Noto Serif CJK SC', serif; }"),
    dict(font="'WenQuanYi Zen Hei', sans-serif", size='13.5px', margin='18mm 18mm', lh='1.6'),
    dict(font="'WenQuanYi Zen Hei', sans-serif", size='14px', margin='22mm 20mm', lh='1.8'),
    dict(font="'WenQuanYi Zen Hei', sans-serif", size='15.5px', margin='30mm 26mm 28mm 28mm', lh='2.0'),
]


def render_html(blocks, path, cssv=0, seal_rng=None, extra_css=''):
    v = CSS_VARIANTS[cssv % len(CSS_VARIANTS)]
    rng = seal_rng or random.Random(1)
    out = [f'''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: {v['margin']}; }}
body {{ font-family: {v['font']}; font-size: {v['size']}; line-height: {v['lh']}; color:#111; }}
.lh {{ color:#d40000; text-align:center; font-size:2.05em; font-weight:bold; letter-spacing:.12em; margin:0 0 .3em 0; }}
.rl {{ border:0; border-top:2.5px solid #d40000; margin:.2em 0 1.2em 0; }}
.docno {{ text-align:center; margin:.4em 0; }}
h1 {{ text-align:center; font-size:1.45em; margin:.8em 0 .9em 0; line-height:1.5; }}
h2 {{ font-size:1.08em; margin:.9em 0 .3em 0; }}
p {{ margin:.25em 0; text-indent:2em; text-align:justify; }}
p.pn {{ text-indent:0; }}
p.r {{ text-align:right; text-indent:0; }}
p.c {{ text-align:center; text-indent:0; }}
p.small {{ font-size:.78em; color:#555; text-indent:0; }}
table {{ border-collapse:collapse; width:100%; margin:.5em 0; }}
td, th {{ border:1px solid #333; padding:4px 6px; vertical-align:middle; font-size:.95em; }}
th {{ background:#f1f1f1; }}
.sign {{ position:relative; text-align:right; margin-top:2em; padding-right:2em; }}
.sign .seal {{ position:absolute; right:2.2em; top:-3.2em; }}
.pb {{ page-break-after:always; }}
{v.get('css', '')}
{extra_css}
</style></head><body>''']
    uid = 0
    for b in blocks:
        t = b[0]
        if t == 'letterhead':
            out.append(f'<div class="lh">{_esc(b[1])}</div>')
        elif t == 'redline':
            out.append('<hr class="rl">')
        elif t == 'docno':
            out.append(f'<div class="docno">{_esc(b[1])}</div>')
        elif t == 'title':
            out.append('<h1>' + '<br>'.join(_esc(x) for x in b[1].split('\n')) + '</h1>')
        elif t == 'h':
            out.append(f'<h2>{_esc(b[1])}</h2>')
        elif t in ('p', 'pn', 'right', 'center', 'small'):
            cls = {'p': '', 'pn': 'pn', 'right': 'r', 'center': 'c', 'small': 'small'}[t]
            out.append(f'<p class="{cls}">' + '<br>'.join(_esc(x) for x in b[1].split('\n')) + '</p>')
        elif t == 'kv':
            rows, ncols = b[1], (b[2] if len(b) > 2 else 2)
            out.append('<table>')
            if ncols == 4:
                k0, v0 = rows[0]
                out.append(f'<tr><th style="width:17%">{_esc(k0)}</th><td colspan="3">{_esc(v0)}</td></tr>')
                for i in range(1, len(rows), 2):
                    pair = rows[i:i + 2]
                    if len(pair) == 2 and len(pair[0][1]) < 24 and len(pair[1][1]) < 24:
                        out.append('<tr>' + ''.join(f'<th style="width:17%">{_esc(k)}</th><td>{_esc(v)}</td>' for k, v in pair) + '</tr>')
                    else:
                        for k, v in pair:
                            out.append(f'<tr><th style="width:17%">{_esc(k)}</th><td colspan="3">{_esc(v)}</td></tr>')
            else:
                for k, v_ in rows:
                    out.append(f'<tr><th style="width:26%">{_esc(k)}</th><td>' + '<br>'.join(_esc(x) for x in v_.split('\n')) + '</td></tr>')
            out.append('</table>')
        elif t == 'table':
            header, rows = b[1], b[2]
            out.append('<table>')
            if header:
                out.append('<tr>' + ''.join(f'<th>{_esc(h)}</th>' for h in header) + '</tr>')
            # rowspans: None = merged with cell above
            nrows = len(rows)
            for i, row in enumerate(rows):
                cells = []
                for j, cell in enumerate(row):
                    if cell is None:
                        continue
                    span = 1
                    while i + span < nrows and rows[i + span][j] is None:
                        span += 1
                    rs = f' rowspan="{span}"' if span > 1 else ''
                    cells.append(f'<td{rs}>' + '<br>'.join(_esc(x) for x in str(cell).split('\n')) + '</td>')
                out.append('<tr>' + ''.join(cells) + '</tr>')
            out.append('</table>')
        elif t == 'sign':
            lines, seal = b[1], b[2]
            bottom = b[3] if len(b) > 3 else ''
            uid += 1
            s = seal_svg(seal, f'{uid}{rng.randrange(10**6)}', bottom, rot=rng.uniform(-15, 15)) if seal else ''
            out.append('<div class="sign">' + s + '<br>'.join(_esc(x) for x in lines) + '</div>')
        elif t == 'seal':
            uid += 1
            out.append('<div class="sign" style="height:120px">' + seal_svg(b[1], f'{uid}{rng.randrange(10**6)}', rot=rng.uniform(-15, 15)) + '</div>')
        elif t == 'pb':
            out.append('<div class="pb"></div>')
        elif t == 'space':
            out.append('<div style="height:2em"></div>')
        elif t == 'raw':
            out.append(b[1])
    out.append('</body></html>')
    Path(path).write_text('\n'.join(out), encoding='utf-8')


def chromium_pdf(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={pdf_path}', str(html_path)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)


# ------------------------------------------------------------------- docx
def render_docx(blocks, path, font='Noto Serif CJK SC', size=12, seal_dir=None, rng=None):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    rng = rng or random.Random(2)
    d = docx.Document()
    for s in d.sections:
        s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
        s.left_margin, s.right_margin = Cm(2.7), Cm(2.5)
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)

    def run(p, text, bold=False, color=None, sz=None, fnt=None):
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            if color:
                r.font.color.rgb = RGBColor(*color)
            if sz:
                r.font.size = Pt(sz)
            if fnt:
                r.font.name = fnt
                r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), fnt)
            if i < len(lines) - 1:
                r.add_break()

    def cell_text(cell, text, bold=False):
        cell.text = ''
        p = cell.paragraphs[0]
        run(p, str(text), bold=bold, sz=size - 1.5)

    for b in blocks:
        t = b[0]
        if t == 'letterhead':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1], bold=True, color=(0xD0, 0, 0), sz=size + 13, fnt='Noto Serif CJK SC')
        elif t == 'redline':
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr')
            bt = OxmlElement('w:bottom')
            for k, v in (('w:val', 'single'), ('w:sz', '18'), ('w:space', '1'), ('w:color', 'D00000')):
                bt.set(qn(k), v)
            bdr.append(bt); pPr.append(bdr)
        elif t == 'docno':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, b[1])
        elif t == 'title':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(12)
            run(p, b[1], bold=True, sz=size + 6)
        elif t == 'h':
            p = d.add_paragraph(); run(p, b[1], bold=True, sz=size + 1)
        elif t in ('p', 'pn', 'right', 'center', 'small'):
            p = d.add_paragraph()
            if t == 'p':
                p.paragraph_format.first_line_indent = Pt(size * 2)
            elif t == 'right':
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif t == 'center':
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1], sz=(size - 3 if t == 'small' else None), color=((0x55, 0x55, 0x55) if t == 'small' else None))
        elif t == 'kv':
            rows, ncols = b[1], (b[2] if len(b) > 2 else 2)
            tb = d.add_table(rows=0, cols=2); tb.style = 'Table Grid'
            for k, v_ in rows:
                cells = tb.add_row().cells
                cell_text(cells[0], k, bold=True); cell_text(cells[1], v_)
            for row in tb.rows:
                row.cells[0].width = Cm(4.2); row.cells[1].width = Cm(11.5)
            d.add_paragraph()
        elif t == 'table':
            header, rows = b[1], b[2]
            ncol = len(header) if header else len(rows[0])
            tb = d.add_table(rows=0, cols=ncol); tb.style = 'Table Grid'
            if header:
                cells = tb.add_row().cells
                for j, h in enumerate(header):
                    cell_text(cells[j], h, bold=True)
            off = 1 if header else 0
            for row in rows:
                cells = tb.add_row().cells
                for j, c in enumerate(row):
                    if c is not None:
                        cell_text(cells[j], c)
            # merges
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    if c is not None:
                        k = i + 1
                        while k < len(rows) and rows[k][j] is None:
                            k += 1
                        if k - 1 > i:
                            a = tb.cell(i + off, j); z = tb.cell(k - 1 + off, j)
                            txt = a.text
                            m = a.merge(z)
                            cell_text(m, txt)
            d.add_paragraph()
        elif t in ('sign', 'seal'):
            seal = b[2] if t == 'sign' else b[1]
            bottom = (b[3] if len(b) > 3 else '') if t == 'sign' else ''
            if seal:
                png = Path(seal_dir) / f'seal_{abs(hash((seal, bottom))) % 10**8}_{rng.randrange(1000)}.png'
                seal_png(seal, png, rng, bottom=bottom)
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.space_after = Pt(0)
                p.add_run().add_picture(str(png), width=Cm(3.9))
            if t == 'sign':
                for ln in b[1]:
                    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p.paragraph_format.space_after = Pt(0)
                    run(p, ln)
        elif t == 'pb':
            d.add_page_break()
        elif t == 'space':
            d.add_paragraph()
    d.save(path)


# ------------------------------------------------------------------- odt
def render_odt(blocks, path, font='Noto Sans CJK SC', size=11, seal_dir=None, rng=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties, GraphicProperties, FontFace)
    from odf.text import P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    rng = rng or random.Random(3)
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=f"'{font}'"))
    doc.fontfacedecls.addElement(FontFace(name='Noto Serif CJK SC', fontfamily="'Noto Serif CJK SC'"))

    def pstyle(name, align='justify', sz=size, bold=False, color=None, indent=False, brk=False, fnt=font, mt='0.05cm'):
        s = Style(name=name, family='paragraph')
        kw = dict(textalign=align, margintop=mt, marginbottom='0.12cm')
        if indent:
            kw['textindent'] = f'{sz * 2}pt'
        if brk:
            kw['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**kw))
        tk = dict(fontsize=f'{sz}pt', fontsizeasian=f'{sz}pt', fontname=fnt, fontnameasian=fnt)
        if bold:
            tk.update(fontweight='bold', fontweightasian='bold')
        if color:
            tk['color'] = color
        s.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(s)
        return s

    S = dict(p=pstyle('Pp', indent=True), pn=pstyle('Ppn'), right=pstyle('Pr', 'end'), center=pstyle('Pc', 'center'),
             title=pstyle('Pt', 'center', size + 6, True, mt='0.4cm'), h=pstyle('Ph', 'start', size + 1, True, mt='0.3cm'),
             lh=pstyle('Plh', 'center', size + 14, True, '#d00000', fnt='Noto Serif CJK SC'),
             small=pstyle('Psm', 'start', size - 3, color='#555555'), cell=pstyle('Pcell', 'start', size - 1),
             cellb=pstyle('Pcellb', 'start', size - 1, True), pb=pstyle('Ppb', brk=True))
    rl = Style(name='Prl', family='paragraph')
    rl.addElement(ParagraphProperties(borderbottom='1.6pt solid #d00000', marginbottom='0.4cm'))
    doc.automaticstyles.addElement(rl)
    cs = Style(name='Tc', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    fs = Style(name='Fr', family='graphic')
    fs.addElement(GraphicProperties(wrap='none', horizontalpos='right', horizontalrel='paragraph'))
    doc.automaticstyles.addElement(fs)
    tstyles = {}

    def para(style, text):
        p = P(stylename=style)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p

    def table(rows, header=None, widths=None):
        ncol = len(header) if header else len(rows[0])
        key = ncol
        if key not in tstyles:
            ts = Style(name=f'T{ncol}', family='table')
            ts.addElement(TableProperties(width='16cm', align='center'))
            doc.automaticstyles.addElement(ts)
            tstyles[key] = ts
        tb = Table(stylename=tstyles[key])
        tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
        allrows = ([header] if header else []) + rows
        for i, row in enumerate(allrows):
            tr = TableRow()
            for c in row:
                tc = TableCell(stylename=cs)
                tc.addElement(para(S['cellb'] if (header and i == 0) else S['cell'], '' if c is None else str(c)))
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)

    for b in blocks:
        t = b[0]
        if t == 'letterhead':
            doc.text.addElement(para(S['lh'], b[1]))
        elif t == 'redline':
            doc.text.addElement(P(stylename=rl))
        elif t == 'docno':
            doc.text.addElement(para(S['center'], b[1]))
        elif t in ('title', 'h', 'p', 'pn', 'right', 'center', 'small'):
            doc.text.addElement(para(S[t], b[1]))
        elif t == 'kv':
            table([[k, v] for k, v in b[1]])
        elif t == 'table':
            table(b[2], b[1])
        elif t in ('sign', 'seal'):
            seal = b[2] if t == 'sign' else b[1]
            bottom = (b[3] if len(b) > 3 else '') if t == 'sign' else ''
            if seal:
                png = Path(seal_dir) / f'oseal_{abs(hash((seal, bottom))) % 10**8}_{rng.randrange(1000)}.png'
                seal_png(seal, png, rng, bottom=bottom)
                href = doc.addPicture(str(png))
                p = P(stylename=S['right'])
                fr = Frame(stylename=fs, width='3.8cm', height='3.8cm', anchortype='as-char')
                fr.addElement(DImage(href=href))
                p.addElement(fr)
                doc.text.addElement(p)
            if t == 'sign':
                for ln in b[1]:
                    doc.text.addElement(para(S['right'], ln))
        elif t == 'pb':
            doc.text.addElement(P(stylename=S['pb']))
        elif t == 'space':
            doc.text.addElement(para(S['pn'], ''))
    doc.save(str(path))


def soffice_batch(files, outdir, profile=None):
    """LibreOffice batch conversion with a private profile (other soffice instances may run on this machine)."""
    files = [str(f) for f in files]
    prof = ['-env:UserInstallation=file://' + str(profile)] if profile else []
    for attempt in range(4):
        todo = [f for f in files if not Path(outdir, Path(f).stem + '.pdf').exists()]
        if not todo:
            return
        for i in range(0, len(todo), 40):
            subprocess.run(['soffice'] + prof + ['--headless', '--convert-to', 'pdf', '--outdir', str(outdir)] + todo[i:i + 40],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)
    missing = [f for f in files if not Path(outdir, Path(f).stem + '.pdf').exists()]
    if missing:
        raise RuntimeError(f'soffice failed for {missing}')


# ------------------------------------------------------------------- reportlab
_RL_FONTS = {}


def rl_fonts():
    if _RL_FONTS:
        return _RL_FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont('WQY', WQY[0], subfontIndex=WQY[1]))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _RL_FONTS['ttf'] = 'WQY'
    _RL_FONTS['cid'] = 'STSong-Light'
    return _RL_FONTS


def _rl_seal_flowable(name, rng, bottom='', size=105):
    from reportlab.platypus import Flowable

    class Seal(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = 0, 6
            self.rot = rng.uniform(-14, 14)

        def draw(self):
            c = self.canv
            fnt = rl_fonts()['ttf']
            W = self._frame_width if hasattr(self, '_frame_width') else 440
            c.saveState()
            c.translate(W - size * 0.95, -size * 0.15)
            c.rotate(self.rot)
            c.setStrokeColorRGB(0.85, 0.1, 0.1, alpha=0.85)
            c.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.85)
            c.setLineWidth(3)
            R = size / 2
            c.circle(0, 0, R - 2, stroke=1, fill=0)
            n = len(name)
            fs = max(8, min(15, 150 / max(n, 1)))
            span = min(250, 18 * n + 40)
            for i, ch in enumerate(name):
                ang = 90 + span / 2 - span * (i + 0.5) / n
                a = math.radians(ang)
                rr = R - 6 - fs * 0.8
                c.saveState()
                c.translate(rr * math.cos(a), rr * math.sin(a))
                c.rotate(ang - 90)
                c.setFont(fnt, fs)
                c.drawCentredString(0, -fs / 3, ch)
                c.restoreState()
            p = c.beginPath()
            for k in range(10):
                a = math.radians(90 + k * 36)
                rad = R * 0.27 if k % 2 == 0 else R * 0.11
                x, y = rad * math.cos(a), rad * math.sin(a) - 2
                p.moveTo(x, y) if k == 0 else p.lineTo(x, y)
            p.close()
            c.drawPath(p, fill=1, stroke=0)
            if bottom:
                c.setFont(fnt, 9)
                c.drawCentredString(0, -R * 0.55, bottom)
            c.restoreState()

        def wrap(self, aw, ah):
            self._frame_width = aw
            return aw, self.height
    return Seal()


def render_rl(blocks, path, font='ttf', size=11, rng=None, header=None, footer=None, landscape=False):
    from reportlab.lib.pagesizes import A4, landscape as lsc
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY, TA_LEFT
    rng = rng or random.Random(4)
    page_header, page_footer = header, footer
    fn = rl_fonts()[font]
    base = ParagraphStyle('b', fontName=fn, fontSize=size, leading=size * 1.65, wordWrap='CJK', alignment=TA_JUSTIFY)
    st = {
        'p': ParagraphStyle('p', parent=base, firstLineIndent=size * 2),
        'pn': base,
        'right': ParagraphStyle('r', parent=base, alignment=TA_RIGHT),
        'center': ParagraphStyle('c', parent=base, alignment=TA_CENTER),
        'small': ParagraphStyle('s', parent=base, fontSize=size - 3, leading=(size - 3) * 1.4, textColor=colors.HexColor('#555555')),
        'title': ParagraphStyle('t', parent=base, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=TA_CENTER, spaceBefore=8, spaceAfter=12),
        'h': ParagraphStyle('h', parent=base, fontSize=size + 1, leading=(size + 1) * 1.6, spaceBefore=6),
        'lh': ParagraphStyle('lh', parent=base, fontSize=size + 13, leading=(size + 13) * 1.3, alignment=TA_CENTER, textColor=colors.HexColor('#cc0000')),
        'cell': ParagraphStyle('cell', parent=base, fontSize=size - 1, leading=(size - 1) * 1.4, alignment=TA_LEFT),
    }

    def P(text, s):
        return Paragraph('<br/>'.join(_esc(x) for x in text.split('\n')), st[s])

    story = []
    pagesize = lsc(A4) if landscape else A4
    W = pagesize[0] - 44 * mm
    for b in blocks:
        t = b[0]
        if t == 'letterhead':
            story.append(P(b[1], 'lh'))
        elif t == 'redline':
            tb = Table([['']], colWidths=[W], rowHeights=[4])
            tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 2, colors.HexColor('#cc0000'))]))
            story += [tb, Spacer(1, 10)]
        elif t == 'docno':
            story.append(P(b[1], 'center'))
        elif t in ('title', 'h', 'p', 'pn', 'right', 'center', 'small'):
            story.append(P(b[1], t))
        elif t in ('kv', 'table'):
            if t == 'kv':
                data = [[P(k, 'cell'), P(v, 'cell')] for k, v in b[1]]
                cw = [W * 0.28, W * 0.72]
                spans = []
                header = None
            else:
                header, rows = b[1], b[2]
                ncol = len(header) if header else len(rows[0])
                data = []
                if header:
                    data.append([P(h, 'cell') for h in header])
                off = 1 if header else 0
                spans = []
                for i, row in enumerate(rows):
                    data.append([P('' if c is None else str(c), 'cell') for c in row])
                    for j, c in enumerate(row):
                        if c is not None:
                            k = i + 1
                            while k < len(rows) and rows[k][j] is None:
                                k += 1
                            if k - 1 > i:
                                spans.append(('SPAN', (j, i + off), (j, k - 1 + off)))
                widths = b[3] if len(b) > 3 and b[3] else None
                cw = [W * w for w in widths] if widths else [W / ncol] * ncol
            tb = Table(data, colWidths=cw, repeatRows=1 if t == 'table' and header else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')] + spans
            if t == 'table' and header:
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee')))
            tb.setStyle(TableStyle(sty))
            story += [tb, Spacer(1, 8)]
        elif t == 'sign':
            items = [Spacer(1, 16)]
            if b[2]:
                items.append(_rl_seal_flowable(b[2], rng, b[3] if len(b) > 3 else ''))
            items += [P(x, 'right') for x in b[1]]
            story.append(KeepTogether(items))
        elif t == 'seal':
            story += [Spacer(1, 30), _rl_seal_flowable(b[1], rng), Spacer(1, 50)]
        elif t == 'pb':
            story.append(PageBreak())
        elif t == 'space':
            story.append(Spacer(1, 18))

    def deco(c, d):
        c.saveState()
        c.setFont(fn, 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        if page_header:
            c.drawString(22 * mm, pagesize[1] - 12 * mm, page_header)
        if page_footer:
            c.drawCentredString(pagesize[0] / 2, 10 * mm, page_footer.replace('{page}', str(d.page)))
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title='', author='')
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------- certificates
def render_cert(spec, path, rng, font='ttf', copy_seal=None, copy_note=True):
    """Registration certificate drawn at coordinates (landscape A4).
    spec: dict(kind, title, subtitle, fields [(k, v)], authority, date, code, name)"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    fn = rl_fonts()[font]
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle('')
    style = spec.get('style', 0)
    # frame
    if style == 0:
        c.setStrokeColorRGB(0.62, 0.45, 0.2); c.setLineWidth(6); c.rect(14 * mm, 12 * mm, W - 28 * mm, H - 24 * mm)
        c.setLineWidth(1.2); c.rect(18 * mm, 16 * mm, W - 36 * mm, H - 32 * mm)
        for x in range(int(20 * mm), int(W - 20 * mm), 14):
            c.circle(x, 14 * mm, 1.6, stroke=0, fill=1)
            c.circle(x, H - 14 * mm, 1.6, stroke=0, fill=1)
    else:
        c.setStrokeColorRGB(0.2, 0.35, 0.6); c.setLineWidth(2.5); c.rect(16 * mm, 14 * mm, W - 32 * mm, H - 28 * mm)
        c.setLineWidth(0.6); c.rect(19 * mm, 17 * mm, W - 38 * mm, H - 34 * mm)
    c.setFillColorRGB(0.05, 0.05, 0.05)
    # emblem placeholder
    c.setStrokeColorRGB(0.75, 0.1, 0.1); c.setFillColorRGB(0.85, 0.2, 0.15)
    c.circle(W / 2, H - 38 * mm, 11 * mm, stroke=1, fill=0)
    c.circle(W / 2, H - 38 * mm, 3.5 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont(fn, 30)
    tt = spec['title']
    c.drawCentredString(W / 2, H - 62 * mm, tt)
    if spec.get('subtitle'):
        c.setFont(fn, 13)
        c.drawCentredString(W / 2, H - 71 * mm, spec['subtitle'])
    c.setFont(fn, 11)
    c.drawString(30 * mm, H - 30 * mm, '统一社会信用代码')
    c.setFont(fn, 13)
    c.drawString(30 * mm, H - 37 * mm, spec['code'])
    if spec.get('serial'):
        c.setFont(fn, 9)
        c.drawRightString(W - 30 * mm, H - 30 * mm, spec['serial'])
    # qr
    if spec.get('qr', True):
        x0, y0, cell = W - 62 * mm, H - 62 * mm, 1.15 * mm
        c.setFillColorRGB(0, 0, 0)
        for i in range(25):
            for j in range(25):
                corner = (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7)
                if corner:
                    on = i in (0, 6, 18, 24) or j in (0, 6, 18, 24) or (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4)
                else:
                    on = rng.random() < 0.45
                if on:
                    c.rect(x0 + j * cell, y0 + (24 - i) * cell, cell, cell, stroke=0, fill=1)
    # fields
    y = H - 86 * mm
    fs = 12
    c.setFont(fn, fs)
    xk, xv = 36 * mm, 70 * mm
    maxw = W / 2 - 40 * mm if spec.get('twocol') else W - 110 * mm
    for k, v in spec['fields']:
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.drawString(xk, y, k)
        # wrap value
        line = ''
        lines = []
        for ch in v:
            if c.stringWidth(line + ch, fn, fs) > W - xv - 70 * mm:
                lines.append(line); line = ch
            else:
                line += ch
        lines.append(line)
        for ln in lines:
            c.drawString(xv, y, ln)
            y -= 7.2 * mm
        y -= 1.5 * mm
    # authority + seal
    c.setFont(fn, 12)
    ax, ay = W - 75 * mm, 36 * mm
    c.drawCentredString(ax, ay + 8 * mm, '登记机关' if spec.get('kind') == 'biz' else '登记管理机关')
    c.drawCentredString(ax, ay, spec['date'])
    _canvas_seal(c, ax, ay + 12 * mm, 19 * mm, spec['authority'], rng, fn)
    if spec.get('footer'):
        c.setFont(fn, 8)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawCentredString(W / 2, 20 * mm, spec['footer'])
    if copy_note:
        c.setFont(fn, 14)
        c.setFillColorRGB(0.1, 0.1, 0.4)
        c.drawString(40 * mm, 40 * mm, copy_note if isinstance(copy_note, str) else '复印件与原件一致')
    if copy_seal:
        _canvas_seal(c, 70 * mm, 44 * mm, 20 * mm, copy_seal, rng, fn)
    c.showPage()
    c.save()


def _canvas_seal(c, x, y, R, name, rng, fn):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-14, 14))
    c.setStrokeColorRGB(0.86, 0.1, 0.1, alpha=0.85)
    c.setFillColorRGB(0.86, 0.1, 0.1, alpha=0.85)
    c.setLineWidth(2.6)
    c.circle(0, 0, R, stroke=1, fill=0)
    n = len(name)
    fs = max(7, min(14, 2.6 * R / max(n, 1)))
    span = min(250, 18 * n + 40)
    for i, ch in enumerate(name):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        a = math.radians(ang)
        rr = R - 4 - fs * 0.8
        c.saveState()
        c.translate(rr * math.cos(a), rr * math.sin(a))
        c.rotate(ang - 90)
        c.setFont(fn, fs)
        c.drawCentredString(0, -fs / 3, ch)
        c.restoreState()
    p = c.beginPath()
    for k in range(10):
        a = math.radians(90 + k * 36)
        rad = R * 0.27 if k % 2 == 0 else R * 0.11
        xx, yy = rad * math.cos(a), rad * math.sin(a) - 2
        p.moveTo(xx, yy) if k == 0 else p.lineTo(xx, yy)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.restoreState()


# ------------------------------------------------------------------- post-processing
def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, **kw)


def gs_redistill(src, dst):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
         '-dPDFSETTINGS=/ebook', f'-sOutputFile={dst}', str(src)])


def _pages_to_images(src, dpi, tmpdir):
    tmpdir = Path(tmpdir)
    tmpdir.mkdir(parents=True, exist_ok=True)
    for f in tmpdir.glob('pg-*.png'):
        f.unlink()
    run(['pdftoppm', '-r', str(dpi), '-png', str(src), str(tmpdir / 'pg')])
    return sorted(tmpdir.glob('pg-*.png'))


def degrade(im, rng, gray=True, angle=0.5, noise=5, faint=False, blur=0.0, colour_cast=True):
    im = im.convert('RGB')
    if faint:
        im = Image.blend(im, Image.new('RGB', im.size, (255, 255, 255)), 0.78)
    if colour_cast and not gray:
        im = Image.blend(im, Image.new('RGB', im.size, (246, 241, 228)), 0.12)
    if gray:
        im = ImageOps.grayscale(im)
    if angle:
        fill = 255 if gray else (255, 255, 255)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 90):
            x, y = rng.randrange(w), rng.randrange(h)
            v = rng.randint(-noise * 8, noise * 8)
            if gray:
                px[x, y] = max(0, min(255, px[x, y] + v))
            else:
                p = px[x, y]
                px[x, y] = tuple(max(0, min(255, q + v)) for q in p)
    return im


def scan_pdf(src, dst, rng, tmpdir, dpi=150, gray=True, angle=None, noise=4, quality=50, faint=False, blur=0.0,
             out_dpi=None):
    imgs = _pages_to_images(src, dpi, tmpdir)
    jpgs = []
    for i, f in enumerate(imgs):
        im = Image.open(f)
        a = angle if angle is not None else rng.uniform(-1.2, 1.2)
        im = degrade(im, rng, gray=gray, angle=a, noise=noise, faint=faint, blur=blur)
        jp = Path(tmpdir) / f'scan-{i:03d}.jpg'
        im.save(jp, 'JPEG', quality=quality, dpi=(out_dpi or dpi, out_dpi or dpi))
        jpgs.append(str(jp))
    run(['img2pdf'] + jpgs + ['-o', str(dst)])
    return jpgs


def ocrmypdf_layer(src, dst):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0', '--jobs', '1',
                    str(src), str(dst)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env,
                   timeout=900)


def rl3_layer(orig_pdf, jpgs, dst, dpi):
    """image pages + invisible text (render mode 3) positioned from pdftotext -bbox-layout of the original."""
    from reportlab.pdfgen import canvas
    fn = rl_fonts()['ttf']
    out = subprocess.run(['pdftotext', '-bbox-layout', str(orig_pdf), '-'], capture_output=True, text=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S)
    c = canvas.Canvas(str(dst))
    for (pw, ph, body), jp in zip(pages, jpgs):
        pw, ph = float(pw), float(ph)
        c.setPageSize((pw, ph))
        c.drawImage(jp, 0, 0, pw, ph)
        for ln in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', body, re.S):
            x0, y0, x1, y1, inner = ln
            words = re.findall(r'<word[^>]*>(.*?)</word>', inner)
            text = htmlmod.unescape(''.join(words))
            if not text:
                continue
            hgt = float(y1) - float(y0)
            t = c.beginText()
            t.setTextRenderMode(3)
            fs = max(4, hgt * 0.9)
            t.setFont(fn, fs)
            t.setTextOrigin(float(x0), ph - float(y1) + hgt * 0.15)
            w = c.stringWidth(text, fn, fs)
            if w > 0:
                t.setHorizScale(100.0 * (float(x1) - float(x0)) / w)
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()


def photo_jpg(src_pdf, dst, rng, tmpdir, dpi=110, bad=False, page=1):
    imgs = _pages_to_images(src_pdf, dpi, tmpdir)
    im = Image.open(imgs[page - 1]).convert('RGB')
    w, h = im.size
    bg = Image.new('RGB', (int(w * 1.18), int(h * 1.12)), (126, 98, 70))
    px = bg.load()
    for y in range(0, bg.height, 3):
        tone = int(18 * math.sin(y / 23.0))
        for x in range(0, bg.width, 3):
            px[x, y] = (126 + tone, 98 + tone, 70 + tone)
    bg = bg.filter(ImageFilter.GaussianBlur(2))
    page_img = im.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True, fillcolor=(126, 98, 70))
    bg.paste(page_img, (int(w * 0.08), int(h * 0.05)))
    # lighting gradient
    grad = Image.linear_gradient('L').resize(bg.size).rotate(rng.choice([0, 90, 180, 270]))
    shade = Image.new('RGB', bg.size, (40, 35, 30))
    bg = Image.composite(shade, bg, grad.point(lambda v: int(v * 0.28)))
    if bad:
        bg = bg.resize((bg.width // 3, bg.height // 3)).filter(ImageFilter.GaussianBlur(2.6))
        bg = ImageEnhance.Contrast(bg).enhance(0.45)
        bg = ImageEnhance.Brightness(bg).enhance(1.35)
        bg.save(dst, 'JPEG', quality=22)
    else:
        bg.save(dst, 'JPEG', quality=62)


def encrypt_pdf(src, dst, pw='sh2025'):
    run(['qpdf', '--encrypt', pw, pw + 'owner', '256', '--', str(src), str(dst)])


def truncate_pdf(src, dst, frac=0.55):
    data = Path(src).read_bytes()
    Path(dst).write_bytes(data[:int(len(data) * frac)])


def merge_pdfs(srcs, dst):
    run(['qpdf', '--empty', '--pages'] + [str(s) for s in srcs] + ['--', str(dst)])
