# -*- coding: utf-8 -*-
"""Rendering library for the final11 blind corpus: credit codes, seals, and
several independent document producers (HTML->Chromium, python-docx->LibreOffice,
odfpy->LibreOffice, reportlab TTF, reportlab CID, reportlab canvas certificates),
plus post-processing (Ghostscript, scans, photos, OCR layers, encryption)."""
import os, io, math, random, subprocess, html, shutil, zipfile, sys
if '/usr/lib/python3/dist-packages' not in sys.path:
    sys.path.append('/usr/lib/python3/dist-packages')  # Debian's img2pdf module
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageOps

NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
NOTO_SANS_B = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'

# ---------------------------------------------------------------- credit codes
ALPH31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _v36(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(s8):
    s = sum(_v36(c) * w for c, w in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2]))
    r = 11 - s % 11
    return 'X' if r == 10 else '0' if r == 11 else str(r)


def check18(s17):
    s = sum(ALPH31.index(c) * w for c, w in zip(s17, W18))
    return ALPH31[(31 - s % 31) % 31]


def uscc(prefix2, region, body8, bad=None):
    """bad=None valid; 'p18' wrong last char; 'p17' wrong embedded digit (mod-31 still ok)."""
    c17 = org_check(body8)
    if bad == 'p17':
        c17 = str((int(c17) + 3) % 10) if c17.isdigit() else '4'
    s17 = prefix2 + region + body8 + c17
    c18 = check18(s17)
    if bad == 'p18':
        c18 = ALPH31[(ALPH31.index(c18) + 7) % 31]
    return s17 + c18


def code_valid(code):
    return org_check(code[8:16]) == code[16] and check18(code[:17]) == code[17]


for _t, _ok in [('91310115MA1FL0A00C', True), ('52310104MJ5K3L7D1F', True), ('123100004250018698', True),
                ('91310115MA1FL0A00D', False), ('52310104MJ5K3L7D0C', False)]:
    assert code_valid(_t) == _ok, _t

# ---------------------------------------------------------------- seals
RED = (214, 28, 36)


def seal_png(path, text, sub='', size=420, color=RED, rng=None, font=NOTO_SANS_B):
    if os.path.exists(path):
        return path
    img = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = color + (225,)
    m = 10
    d.ellipse([m, m, size - m, size - m], outline=col, width=int(size * 0.028))
    cx = cy = size / 2
    # star
    R, r = size * 0.13, size * 0.05
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = R if k % 2 == 0 else r
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    n = len(text)
    fs = int(size * (0.125 if n <= 12 else 0.105 if n <= 16 else 0.09))
    f = ImageFont.truetype(font, fs, index=2)
    span = min(250.0, 19.0 * n + 20)
    rad = size / 2 - m - fs * 0.85
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n  # degrees from top, clockwise
        ci = Image.new('RGBA', (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((fs * 0.5, fs * 0.35), ch, font=f, fill=col)
        ci = ci.rotate(-ang, resample=Image.BICUBIC)
        a = math.radians(ang - 90)
        x = cx + rad * math.cos(a) - fs
        y = cy + rad * math.sin(a) - fs
        img.alpha_composite(ci, (int(x), int(y)))
    if sub:
        f2 = ImageFont.truetype(font, int(size * 0.085), index=2)
        w = d.textlength(sub, font=f2)
        d.text((cx - w / 2, cy + size * 0.2), sub, font=f2, fill=col)
    # ink unevenness
    if rng is not None:
        px = img.load()
        rr = random.Random(rng.random())
        for _ in range(size * 6):
            x, y = rr.randrange(size), rr.randrange(size)
            p = px[x, y]
            if p[3]:
                px[x, y] = (p[0], p[1], p[2], int(p[3] * rr.uniform(0.3, 0.9)))
    img.save(path)
    return path


def seal_svg(text, sub='', size=150, color='#d81c24', uid='s', rot=0):
    n = len(text)
    fs = 22 if n <= 12 else 18 if n <= 16 else 15
    stars = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 26 if k % 2 == 0 else 10
        stars.append('%.1f,%.1f' % (100 + rr * math.cos(a), 100 + rr * math.sin(a)))
    return ('<svg class="seal" width="%d" height="%d" viewBox="0 0 200 200" style="transform:rotate(%ddeg)">'
            '<defs><path id="arc_%s" d="M 28,112 A 74,74 0 1,1 172,112"/></defs>'
            '<circle cx="100" cy="100" r="93" fill="none" stroke="%s" stroke-width="5.5"/>'
            '<polygon points="%s" fill="%s"/>'
            '<text fill="%s" font-size="%d" font-family="WenQuanYi Zen Hei" font-weight="bold">'
            '<textPath href="#arc_%s" startOffset="50%%" text-anchor="middle" letter-spacing="1">%s</textPath></text>'
            '<text x="100" y="150" fill="%s" font-size="15" text-anchor="middle" font-family="WenQuanYi Zen Hei">%s</text>'
            '</svg>') % (size, size, rot, uid, color, ' '.join(stars), color, color, fs, uid, html.escape(text), color,
                         html.escape(sub))


def rl_seal(c, x, y, r, text, sub='', font='WQY', color=(0.84, 0.11, 0.14)):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(r * 0.055)
    c.circle(x, y, r * 0.95, stroke=1, fill=0)
    p = c.beginPath()
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        rr = r * 0.27 if k % 2 == 0 else r * 0.105
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if k == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(text)
    fs = r * (0.25 if n <= 12 else 0.21 if n <= 16 else 0.18)
    span = min(250.0, 19.0 * n + 20)
    rad = r * 0.95 - fs * 1.05
    c.setFont(font, fs)
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n
        a = math.radians(90 - ang)
        c.saveState()
        c.translate(x + rad * math.cos(a), y + rad * math.sin(a))
        c.rotate(-ang)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    if sub:
        c.setFont(font, r * 0.16)
        c.drawCentredString(x, y - r * 0.5, sub)
    c.restoreState()


# ---------------------------------------------------------------- block model
# blocks: ('lh',text,suffix) ('no',text) ('title',text) ('sub',text) ('h',text) ('p',text) ('pn',text)
# ('kv',[(k,v)],cols) ('table',rows,widths) ('sign',[lines],seal|None) ('br',) ('sp',n) ('small',text)
# ('hdr',text) ('foot',text) ('right',text)
# table cell: str | {'t':str,'rs':n,'cs':n} | None (covered)

def cell_t(c):
    if c is None:
        return ''
    return c['t'] if isinstance(c, dict) else c


def blocks_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('lh', 'no', 'title', 'sub', 'h', 'p', 'pn', 'small', 'hdr', 'foot', 'right'):
            out.append(b[1])
        elif k == 'kv':
            out += ['%s：%s' % kv for kv in b[1]]
        elif k == 'table':
            out += [' '.join(cell_t(c) for c in row) for row in b[1]]
        elif k == 'sign':
            out += b[1]
    return '\n'.join(out)


# ---------------------------------------------------------------- HTML producer
HTML_STYLES = {
    'gov': dict(font="'FangSong_GB2312','WenQuanYi Zen Hei'", size='15.5pt', lh='1.75', tfont="'Noto Serif CJK SC'", border='1px solid #000', head='#fff', margin='28mm 26mm 25mm 28mm'),
    'corp': dict(font="'Microsoft YaHei','WenQuanYi Zen Hei'", size='11pt', lh='1.6', tfont="'SimHei','WenQuanYi Zen Hei'", border='1px solid #555', head='#dde6f2', margin='18mm 18mm 18mm 18mm'),
    'web': dict(font="'WenQuanYi Zen Hei'", size='10pt', lh='1.5', tfont="'WenQuanYi Zen Hei'", border='1px solid #9ab', head='#eef3f8', margin='12mm 12mm 14mm 12mm'),
    'plain': dict(font="'SimSun','WenQuanYi Zen Hei'", size='12pt', lh='1.65', tfont="'WenQuanYi Zen Hei'", border='1px solid #222', head='#f2f2f2', margin='22mm 20mm 20mm 22mm'),
}


def render_html(blocks, style='corp', seal_size=150):
    st = HTML_STYLES[style]
    css = """@page{size:A4;margin:%(margin)s}
body{font-family:%(font)s;font-size:%(size)s;line-height:%(lh)s;color:#111}
.lh{color:#d0121b;text-align:center;font-family:'Noto Serif CJK SC';font-weight:bold;font-size:26pt;letter-spacing:2px;margin:6mm 0 2mm}
.lhr{border:0;border-top:2.5px solid #d0121b;margin:1mm 0 6mm}
.no{text-align:center;margin:2mm 0 5mm}
h1{font-family:%(tfont)s;text-align:center;font-size:18pt;margin:4mm 0 5mm;line-height:1.45}
.sub{text-align:center;color:#333}
h2{font-family:%(tfont)s;font-size:1.05em;margin:4mm 0 1mm}
p.i{text-indent:2em;margin:0.6mm 0}
p.n{margin:0.6mm 0}
table{border-collapse:collapse;width:100%%;margin:2mm 0;font-size:0.92em}
td,th{border:%(border)s;padding:1.5mm 2mm;vertical-align:middle}
h2,th,td.k{font-family:'WenQuanYi Zen Hei'}
th{background:%(head)s;font-weight:bold}
td.k{background:%(head)s;width:22%%;white-space:nowrap}
.sign{position:relative;text-align:right;margin:10mm 8mm 4mm 0;min-height:40mm}
.sign p{margin:0.5mm 0}
.sign .seal{position:absolute;right:2mm;top:-10mm;opacity:.88;mix-blend-mode:multiply}
.brk{page-break-after:always}
.small{font-size:0.8em;color:#444}
.hdr{font-size:0.78em;color:#345;border-bottom:1px solid #9ab;padding-bottom:1mm;margin-bottom:3mm;display:flex;justify-content:space-between}
.foot{font-size:0.75em;color:#555;border-top:1px solid #bbb;margin-top:6mm;padding-top:1mm}
.right{text-align:right}
""" % st
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>' % css]
    uid = 0
    for b in blocks:
        k = b[0]
        e = html.escape
        if k == 'lh':
            out.append('<div class="lh">%s%s</div><hr class="lhr">' % (e(b[1]), e(b[2] if len(b) > 2 else '')))
        elif k == 'no':
            out.append('<div class="no">%s</div>' % e(b[1]))
        elif k == 'title':
            out.append('<h1>%s</h1>' % '<br>'.join(e(x) for x in b[1].split('\n')))
        elif k == 'sub':
            out.append('<div class="sub">%s</div>' % e(b[1]))
        elif k == 'h':
            out.append('<h2>%s</h2>' % e(b[1]))
        elif k == 'p':
            out.append('<p class="i">%s</p>' % e(b[1]))
        elif k == 'pn':
            out.append('<p class="n">%s</p>' % e(b[1]))
        elif k == 'right':
            out.append('<p class="right">%s</p>' % e(b[1]))
        elif k == 'small':
            out.append('<p class="small">%s</p>' % e(b[1]))
        elif k == 'hdr':
            parts = b[1].split('|')
            out.append('<div class="hdr">%s</div>' % ''.join('<span>%s</span>' % e(x) for x in parts))
        elif k == 'foot':
            out.append('<div class="foot">%s</div>' % e(b[1]))
        elif k == 'sp':
            out.append('<div style="height:%dmm"></div>' % (b[1] * 5))
        elif k == 'br':
            out.append('<div class="brk"></div>')
        elif k == 'kv':
            cols = b[2] if len(b) > 2 else 2
            rows = b[1]
            out.append('<table>')
            per = cols // 2
            for i in range(0, len(rows), per):
                out.append('<tr>' + ''.join('<td class="k">%s</td><td>%s</td>' % (e(kk), e(vv)) for kk, vv in rows[i:i + per]) + '</tr>')
            out.append('</table>')
        elif k == 'table':
            rows = b[1]
            out.append('<table>')
            for ri, row in enumerate(rows):
                tag = 'th' if ri == 0 else 'td'
                cells = []
                for c in row:
                    if c is None:
                        continue
                    if isinstance(c, dict):
                        cells.append('<%s rowspan="%d" colspan="%d">%s</%s>' % (tag, c.get('rs', 1), c.get('cs', 1), e(c['t']).replace('\n', '<br>'), tag))
                    else:
                        cells.append('<%s>%s</%s>' % (tag, e(c).replace('\n', '<br>'), tag))
                out.append('<tr>%s</tr>' % ''.join(cells))
            out.append('</table>')
        elif k == 'sign':
            uid += 1
            seal = b[2]
            s = ''
            if seal:
                s = seal_svg(seal['text'], seal.get('sub', ''), seal_size, uid='%d' % uid, rot=seal.get('rot', 0))
            out.append('<div class="sign">%s%s</div>' % (''.join('<p>%s</p>' % e(x) for x in b[1]), s))
    out.append('</body></html>')
    return '\n'.join(out)


def chromium_pdf(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdf_path, html_path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)


# ---------------------------------------------------------------- DOCX producer
def render_docx(blocks, path, sealdir, rng, font='宋体', tfont='黑体', size=12, with_seal=True):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)

    def setf(run, f=font, sz=size, bold=False, color=None):
        run.font.name = f
        run.font.size = Pt(sz)
        run.bold = bold
        run._element.rPr.rFonts.set(qn('w:eastAsia'), f)
        if color:
            run.font.color.rgb = RGBColor(*color)

    def para(text, align=None, indent=False, **kw):
        p = d.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(2)
        setf(p.add_run(text), **kw)
        return p

    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    for b in blocks:
        k = b[0]
        if k == 'lh':
            para(b[1] + (b[2] if len(b) > 2 else ''), C, f='方正小标宋简体', sz=24, bold=True, color=(0xD0, 0x12, 0x1B))
            para('━' * 26, C, sz=11, color=(0xD0, 0x12, 0x1B))
        elif k == 'no':
            para(b[1], C)
        elif k == 'title':
            for ln in b[1].split('\n'):
                para(ln, C, f=tfont, sz=size + 6, bold=True)
        elif k == 'sub':
            para(b[1], C)
        elif k == 'h':
            para(b[1], f=tfont, bold=True)
        elif k == 'p':
            para(b[1], indent=True)
        elif k in ('pn', 'small', 'hdr', 'foot'):
            para(b[1].replace('|', '    '), sz=size - (2 if k != 'pn' else 0))
        elif k == 'right':
            para(b[1], R)
        elif k == 'sp':
            for _ in range(b[1]):
                para('')
        elif k == 'br':
            d.add_page_break()
        elif k in ('kv', 'table'):
            if k == 'kv':
                cols = b[2] if len(b) > 2 else 2
                per = cols // 2
                rows = []
                for i in range(0, len(b[1]), per):
                    r = []
                    for kk, vv in b[1][i:i + per]:
                        r += [kk, vv]
                    r += [''] * (cols - len(r))
                    rows.append(r)
            else:
                rows = b[1]
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in row if c is not None) for row in rows)
            ncol = max(ncol, max(len(r) for r in rows))
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            spans = []
            for ri, row in enumerate(rows):
                for ci, c in enumerate(row):
                    if c is None:
                        continue
                    cell = t.cell(ri, ci)
                    cell.text = ''
                    run = cell.paragraphs[0].add_run(cell_t(c))
                    setf(run, sz=size - 1.5, bold=(k == 'table' and ri == 0))
                    if isinstance(c, dict) and (c.get('rs', 1) > 1 or c.get('cs', 1) > 1):
                        spans.append((ri, ci, c.get('rs', 1), c.get('cs', 1)))
            for ri, ci, rs, cs in spans:
                a = t.cell(ri, ci)
                bcell = t.cell(ri + rs - 1, ci + cs - 1)
                txt = a.text
                m = a.merge(bcell)
                # keep only first text
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
            para('')
        elif k == 'sign':
            seal = b[2]
            if seal and with_seal:
                sp = os.path.join(sealdir, 'seal_%08x.png' % (hash(seal['text'] + seal.get('sub', '')) & 0xffffffff))
                seal_png(sp, seal['text'], seal.get('sub', ''), rng=rng)
                p = d.add_paragraph()
                p.alignment = R
                p.paragraph_format.space_after = Pt(0)
                p.add_run().add_picture(sp, width=Cm(3.9))
            for ln in b[1]:
                para(ln, R)
    d.save(path)
    return path


# ---------------------------------------------------------------- ODT producer
def render_odt(blocks, path, sealdir, rng, font='Noto Serif CJK SC', size='11.5pt'):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                           TableProperties, GraphicProperties)
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()

    def pstyle(name, align='justify', fs=size, bold=False, color=None, indent=None, brk=False, fam=font):
        s = Style(name=name, family='paragraph')
        pp = dict(textalign=align, marginbottom='0.1cm')
        if indent:
            pp['textindent'] = indent
        if brk:
            pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontsize=fs, fontfamily=fam, fontfamilyasian=fam, fontsizeasian=fs)
        if bold:
            tp['fontweight'] = 'bold'
            tp['fontweightasian'] = 'bold'
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    S = dict(p=pstyle('Pi', indent='0.8cm'), pn=pstyle('Pn', 'left'), title=pstyle('Pt', 'center', '17pt', True, fam='Noto Sans CJK SC'),
             h=pstyle('Ph', 'left', size, True, fam='Noto Sans CJK SC'), c=pstyle('Pc', 'center'), r=pstyle('Pr', 'right'),
             lh=pstyle('Plh', 'center', '24pt', True, '#d0121b'), small=pstyle('Ps', 'left', '9pt'),
             brk=pstyle('Pbrk', 'left', brk=True), cell=pstyle('Pcell', 'left', '10pt'))
    cst = Style(name='Tcell', family='table-cell')
    cst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cst)
    tst = Style(name='Tbl', family='table')
    tst.addElement(TableProperties(width='16cm', align='center'))
    doc.automaticstyles.addElement(tst)
    gst = Style(name='Gr', family='graphic')
    gst.addElement(GraphicProperties(wrap='none'))
    doc.automaticstyles.addElement(gst)
    body = doc.text
    for b in blocks:
        k = b[0]
        if k == 'lh':
            body.addElement(P(stylename=S['lh'], text=b[1] + (b[2] if len(b) > 2 else '')))
            body.addElement(P(stylename=S['c'], text='─' * 30))
        elif k in ('no', 'sub'):
            body.addElement(P(stylename=S['c'], text=b[1]))
        elif k == 'title':
            for ln in b[1].split('\n'):
                body.addElement(P(stylename=S['title'], text=ln))
        elif k == 'h':
            body.addElement(P(stylename=S['h'], text=b[1]))
        elif k == 'p':
            body.addElement(P(stylename=S['p'], text=b[1]))
        elif k in ('pn', 'hdr', 'foot'):
            body.addElement(P(stylename=S['pn'], text=b[1].replace('|', '    ')))
        elif k == 'small':
            body.addElement(P(stylename=S['small'], text=b[1]))
        elif k == 'right':
            body.addElement(P(stylename=S['r'], text=b[1]))
        elif k == 'sp':
            for _ in range(b[1]):
                body.addElement(P(stylename=S['pn'], text=''))
        elif k == 'br':
            body.addElement(P(stylename=S['brk'], text=''))
        elif k in ('kv', 'table'):
            if k == 'kv':
                cols = b[2] if len(b) > 2 else 2
                per = cols // 2
                rows = []
                for i in range(0, len(b[1]), per):
                    r = []
                    for kk, vv in b[1][i:i + per]:
                        r += [kk, vv]
                    r += [''] * (cols - len(r))
                    rows.append(r)
            else:
                rows = b[1]
            ncol = max(len(r) for r in rows)
            t = Table(stylename=tst)
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in rows:
                tr = TableRow()
                for c in list(row) + [''] * (ncol - len(row)):
                    if c is None:
                        tr.addElement(CoveredTableCell())
                        continue
                    kw = {}
                    if isinstance(c, dict):
                        if c.get('rs', 1) > 1:
                            kw['numberrowsspanned'] = c['rs']
                        if c.get('cs', 1) > 1:
                            kw['numbercolumnsspanned'] = c['cs']
                    tc = TableCell(stylename=cst, valuetype='string', **kw)
                    for ln in cell_t(c).split('\n'):
                        tc.addElement(P(stylename=S['cell'], text=ln))
                    tr.addElement(tc)
                t.addElement(tr)
            body.addElement(t)
        elif k == 'sign':
            seal = b[2]
            if seal:
                sp = os.path.join(sealdir, 'seal_%08x.png' % (hash(seal['text'] + seal.get('sub', '')) & 0xffffffff))
                seal_png(sp, seal['text'], seal.get('sub', ''), rng=rng)
                href = doc.addPicture(sp)
                p = P(stylename=S['r'])
                fr = Frame(stylename=gst, width='3.8cm', height='3.8cm', anchortype='as-char')
                fr.addElement(DImage(href=href))
                p.addElement(fr)
                body.addElement(p)
            for ln in b[1]:
                body.addElement(P(stylename=S['r'], text=ln))
    doc.save(path)
    return path


def soffice_batch(files, outdir, profile):
    if not files:
        return
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + profile, '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir] + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)


# ---------------------------------------------------------------- reportlab producers
_RL_DONE = []


def rl_fonts():
    if _RL_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _RL_DONE.append(1)


class SignFlow:
    pass


def render_rl(blocks, path, font='WQY', size=11, title_meta='', author=''):
    rl_fonts()
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable,
                                    HRFlowable)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    base = ParagraphStyle('b', fontName=font, fontSize=size, leading=size * 1.65, wordWrap='CJK')
    st = dict(
        p=ParagraphStyle('p', parent=base, firstLineIndent=size * 2),
        pn=ParagraphStyle('pn', parent=base),
        title=ParagraphStyle('t', parent=base, fontSize=size + 7, leading=(size + 7) * 1.5, alignment=1, spaceAfter=8),
        h=ParagraphStyle('h', parent=base, fontSize=size + 1, spaceBefore=5),
        c=ParagraphStyle('c', parent=base, alignment=1),
        r=ParagraphStyle('r', parent=base, alignment=2),
        lh=ParagraphStyle('lh', parent=base, fontSize=25, leading=34, alignment=1, textColor=colors.Color(0.82, 0.07, 0.1)),
        small=ParagraphStyle('s', parent=base, fontSize=size - 2.5, leading=(size - 2.5) * 1.4, textColor=colors.grey),
        cell=ParagraphStyle('cell', parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.4),
    )
    E = lambda s: html.escape(s).replace('\n', '<br/>')

    class Sign(Flowable):
        def __init__(self, lines, seal):
            Flowable.__init__(self)
            self.lines, self.seal = lines, seal
            self.height = max(30 * mm, len(lines) * size * 1.8 + 10 * mm)

        def wrap(self, aw, ah):
            self.width = aw
            return aw, self.height

        def draw(self):
            c = self.canv
            c.setFont(font, size)
            y = self.height - 12 * mm
            xr = self.width - 10 * mm
            for ln in self.lines:
                c.drawRightString(xr, y, ln)
                y -= size * 1.8
            if self.seal:
                rl_seal(c, xr - 25 * mm, self.height - 14 * mm, 20 * mm, self.seal['text'], self.seal.get('sub', ''), font=font)

    story = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            story += [Paragraph('<b>%s%s</b>' % (E(b[1]), E(b[2] if len(b) > 2 else '')), st['lh']),
                      HRFlowable(width='100%', thickness=2, color=colors.Color(0.82, 0.07, 0.1), spaceBefore=2, spaceAfter=10)]
        elif k in ('no', 'sub'):
            story.append(Paragraph(E(b[1]), st['c']))
        elif k == 'title':
            story.append(Paragraph(E(b[1]), st['title']))
        elif k == 'h':
            story.append(Paragraph(E(b[1]), st['h']))
        elif k == 'p':
            story.append(Paragraph(E(b[1]), st['p']))
        elif k in ('pn', 'hdr', 'foot'):
            story.append(Paragraph(E(b[1].replace('|', '    ')), st['pn']))
        elif k == 'small':
            story.append(Paragraph(E(b[1]), st['small']))
        elif k == 'right':
            story.append(Paragraph(E(b[1]), st['r']))
        elif k == 'sp':
            story.append(Spacer(1, b[1] * 5 * mm))
        elif k == 'br':
            story.append(PageBreak())
        elif k in ('kv', 'table'):
            if k == 'kv':
                cols = b[2] if len(b) > 2 else 2
                per = cols // 2
                rows = []
                for i in range(0, len(b[1]), per):
                    r = []
                    for kk, vv in b[1][i:i + per]:
                        r += [kk, vv]
                    r += [''] * (cols - len(r))
                    rows.append(r)
            else:
                rows = b[1]
            ncol = max(len(r) for r in rows)
            data, spans = [], []
            for ri, row in enumerate(rows):
                dr = []
                for ci, c in enumerate(list(row) + [''] * (ncol - len(row))):
                    dr.append(Paragraph(E(cell_t(c)), st['cell']))
                    if isinstance(c, dict) and (c.get('rs', 1) > 1 or c.get('cs', 1) > 1):
                        spans.append(('SPAN', (ci, ri), (ci + c.get('cs', 1) - 1, ri + c.get('rs', 1) - 1)))
                data.append(dr)
            t = Table(data, repeatRows=0)
            ts = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')] + spans
            if k == 'table':
                ts.append(('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
            t.setStyle(TableStyle(ts))
            story += [t, Spacer(1, 3 * mm)]
        elif k == 'sign':
            story.append(Sign(b[1], b[2]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=title_meta, author=author)
    doc.build(story)
    return path


# ---------------------------------------------------------------- post-processing
def gs_redistill(src, dst):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.6',
                    '-dPDFSETTINGS=/ebook', '-sOutputFile=' + dst, src], check=True, timeout=300)


def merge_pdfs(srcs, dst):
    import pikepdf
    out = pikepdf.Pdf.new()
    for s in srcs:
        with pikepdf.open(s) as p:
            out.pages.extend(p.pages)
    out.save(dst)


def raster(src, dpi, tmpdir, tag):
    pre = os.path.join(tmpdir, tag)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-png', src, pre], check=True)
    files = sorted(f for f in os.listdir(tmpdir) if f.startswith(tag + '-') and f.endswith('.png'))
    return [os.path.join(tmpdir, f) for f in files]


def degrade(img, rng, gray=False, rot=None, noise=5, quality=70, blur=0.0, faint=0.0, dpi=150):
    if gray:
        img = img.convert('L')
    else:
        img = img.convert('RGB')
        # slight paper tint
        tint = Image.new('RGB', img.size, (248, 246, 238))
        img = Image.blend(img, tint, 0.08)
    if faint:
        white = Image.new(img.mode, img.size, 255 if img.mode == 'L' else (255, 255, 255))
        img = Image.blend(img, white, faint)
    if rot is None:
        rot = rng.uniform(-1.2, 1.2)
    img = img.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=255 if img.mode == 'L' else (255, 255, 255))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        w, h = img.size
        nz = Image.effect_noise((w, h), noise * 4).convert('L')
        nz = ImageOps.autocontrast(nz)
        if img.mode == 'L':
            img = Image.blend(img, ImageChops_multiply(img, nz), 0.06)
        else:
            img = Image.blend(img, ImageChops_multiply(img, Image.merge('RGB', (nz, nz, nz))), 0.06)
    bio = io.BytesIO()
    img.save(bio, 'JPEG', quality=quality, dpi=(dpi, dpi))
    return bio.getvalue()


def ImageChops_multiply(a, b):
    from PIL import ImageChops
    return ImageChops.multiply(a, b)


def scan_pdf(src, dst, rng, tmpdir, dpi=150, gray=False, quality=70, blur=0.0, faint=0.0, noise=5, outdpi=None):
    import img2pdf
    tag = 'r%06d' % rng.randrange(10 ** 6)
    pngs = raster(src, dpi, tmpdir, tag)
    jpgs = []
    for pth in pngs:
        im = Image.open(pth)
        jpgs.append(degrade(im, rng, gray=gray, noise=noise, quality=quality, blur=blur, faint=faint, dpi=outdpi or dpi))
        os.remove(pth)
    layout = img2pdf.get_fixed_dpi_layout_fun((outdpi or dpi, outdpi or dpi))
    with open(dst, 'wb') as f:
        f.write(img2pdf.convert(jpgs, layout_fun=layout))
    return jpgs


def scan_pdf_invisible_text(src, dst, rng, tmpdir, dpi=150, gray=True, quality=70):
    """scan + invisible text layer (reportlab text render mode 3) from the source text"""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    from reportlab.lib.pagesizes import A4
    tag = 'v%06d' % rng.randrange(10 ** 6)
    pngs = raster(src, dpi, tmpdir, tag)
    txt = subprocess.run(['pdftotext', '-layout', src, '-'], capture_output=True, text=True).stdout.split('\f')
    c = canvas.Canvas(dst, pagesize=A4)
    c.setCreator('Canon iR-ADV C3530 / PDF Compressor')
    W, H = A4
    for i, pth in enumerate(pngs):
        im = Image.open(pth)
        jb = degrade(im, rng, gray=gray, quality=quality, dpi=dpi)
        os.remove(pth)
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, W, H)
        lines = [l.strip() for l in (txt[i] if i < len(txt) else '').split('\n') if l.strip()]
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont('STSong-Light', 10)
        y = H - 60
        step = max(12, (H - 120) / max(1, len(lines)))
        for ln in lines:
            t.setTextOrigin(60, y)
            t.textOut(' '.join(ln.split()))
            y -= step
        c.drawText(t)
        c.showPage()
    c.save()


def ocrmypdf_layer(src_img_pdf, dst):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    r = subprocess.run(['ocrmypdf', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0', '--jobs', '1',
                        src_img_pdf, dst], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=900)
    if r.returncode != 0:
        raise RuntimeError('ocrmypdf failed for ' + src_img_pdf)


def photo_jpg(src, dst, rng, tmpdir, poor=False, page=1):
    tag = 'p%06d' % rng.randrange(10 ** 6)
    dpi = 100 if not poor else 70
    pngs = raster(src, dpi, tmpdir, tag)
    im = Image.open(pngs[page - 1]).convert('RGB')
    for p in pngs:
        os.remove(p)
    w, h = im.size
    bg = Image.new('RGB', (int(w * 1.25), int(h * 1.18)), (120 + rng.randrange(30), 96 + rng.randrange(20), 70))
    bgn = Image.effect_noise(bg.size, 30).convert('RGB')
    bg = Image.blend(bg, ImageChops_multiply(bg, bgn), 0.25)
    shadow = Image.new('RGBA', (w, h), (0, 0, 0, 90))
    bg.paste((40, 30, 25), (int(w * 0.13), int(h * 0.1), int(w * 0.13) + w, int(h * 0.1) + h))
    ang = rng.uniform(-5, 5)
    pg = im.rotate(ang, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new('L', im.size, 255).rotate(ang, expand=True, fillcolor=0)
    bg.paste(pg, (int(w * 0.1), int(h * 0.07)), mask)
    # perspective: squeeze top
    W2, H2 = bg.size
    d = W2 * 0.04
    bg = bg.transform((W2, H2), Image.QUAD, (d, 0, 0, H2, W2, H2, W2 - d, 0), resample=Image.BICUBIC)
    # lighting gradient
    grad = Image.linear_gradient('L').resize((W2, H2)).rotate(rng.choice([0, 90, 180, 270]))
    grad = ImageEnhance.Brightness(grad).enhance(0.6)
    dark = Image.new('RGB', (W2, H2), (0, 0, 0))
    bg = Image.composite(dark, bg, grad.point(lambda v: int(v * 0.35)))
    if poor:
        bg = bg.resize((W2 // 2, H2 // 2)).filter(ImageFilter.GaussianBlur(2.6))
        bg = ImageEnhance.Brightness(bg).enhance(0.45)
        bg = ImageEnhance.Contrast(bg).enhance(0.5)
        bg.save(dst, 'JPEG', quality=35)
    else:
        bg.save(dst, 'JPEG', quality=78)


def encrypt_pdf(src, dst, pw='hr2025'):
    import pikepdf
    with pikepdf.open(src) as p:
        p.save(dst, encryption=pikepdf.Encryption(owner='own' + pw, user=pw, R=6))


def truncate_pdf(src, dst, frac=0.45):
    b = open(src, 'rb').read()
    open(dst, 'wb').write(b[:int(len(b) * frac)])


# ---------------------------------------------------------------- zip writer
class GBKZipInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(path, entries, encoding='utf8', dirs=True, macosx=False, date=(2025, 1, 22, 10, 0, 0)):
    """entries: list of (arcname, bytes)"""
    names = [a for a, _ in entries]
    dset = []
    if dirs:
        for a in names:
            parts = a.split('/')[:-1]
            for i in range(1, len(parts) + 1):
                dn = '/'.join(parts[:i]) + '/'
                if dn not in dset:
                    dset.append(dn)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        def add(name, data, is_dir=False):
            zi = GBKZipInfo(name, date_time=date) if encoding == 'gbk' else zipfile.ZipInfo(name, date_time=date)
            if encoding == 'gbk':
                zi.create_system = 0
            zi.compress_type = zipfile.ZIP_STORED if is_dir else zipfile.ZIP_DEFLATED
            if is_dir:
                zi.external_attr = 0x10
            else:
                zi.external_attr = (0o644 << 16) if encoding != 'gbk' else 0x20
            z.writestr(zi, data)
        for dn in dset:
            add(dn, b'', True)
        for a, data in entries:
            add(a, data)
        if macosx:
            for a in names[:6]:
                parts = a.split('/')
                junk = '__MACOSX/' + '/'.join(parts[:-1] + ['._' + parts[-1]])
                add(junk, b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + bytes(60))
            add('.DS_Store', b'\x00\x00\x00\x01Bud1' + bytes(120))
