# -*- coding: utf-8 -*-
"""Core helpers for the final18 blind corpus: credit codes, seals, a small
document model and its renderers (HTML/Chromium, python-docx/LibreOffice,
odfpy/LibreOffice, reportlab TTF, reportlab CID), scans and photos."""
import io, math, os, random, shutil, subprocess, hashlib, html as H
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / 'build'

# ---------------------------------------------------------------- codes
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(s8):
    c = 11 - sum(_v36(ch) * w for ch, w in zip(s8, W9)) % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def check18(s17):
    return ALPH[(31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W18)) % 31) % 31]


def valid_code(c):
    return len(c) == 18 and all(ch in ALPH for ch in c) and c[-1] == check18(c[:17]) \
        and org_check(c[8:16]) == c[16]


def make_code(reg_cat, region, rng, bad=None):
    pool = 'ABCDEFGHJKLMNPQRTUWXY0123456789'
    if reg_cat in ('91', '92', '93'):
        s8 = 'MA' + rng.choice('1234567') + ''.join(rng.choice(pool) for _ in range(5))
    elif reg_cat[0] == '5':
        s8 = 'MJ' + ''.join(rng.choice(pool) for _ in range(6))
    else:
        s8 = ''.join(rng.choice('0123456789') for _ in range(8))
    c9 = org_check(s8)
    if bad == 'embedded':  # wrong embedded GB 11714 digit, position 18 recomputed
        c9 = next(d for d in '0123456789' if d != c9)
    s17 = reg_cat + region + s8 + c9
    c18 = check18(s17)
    if bad == 'pos18':
        c18 = next(ch for ch in 'QRT8K3' if ch != c18)
    return s17 + c18


assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F')
assert valid_code('123100004250018698')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')

# ---------------------------------------------------------------- levels
CN = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
TRAD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
CNUM = '〇一二三四五六七八九'


def cn_year(y):
    return ''.join(CNUM[int(d)] for d in str(y))


def cn_date(y, m, d):
    def n(x):
        if x < 10: return CNUM[x]
        if x == 10: return '十'
        if x < 20: return '十' + CNUM[x - 10]
        return CNUM[x // 10] + '十' + (CNUM[x % 10] if x % 10 else '')
    return f'{cn_year(y)}年{n(m)}月{n(d)}日'


def lv_range(levels, style=0):
    hi, lo = max(levels), min(levels)  # numerically: 5 is lowest skill
    if len(levels) == 1:
        return CN[levels[0]]
    if style == 0:
        return f'{CN[hi]}至{CN[lo]}'
    if style == 1:
        return f'{CN[lo]}—{CN[hi]}'
    return f'{CN[hi][0]}至{CN[lo]}'


# ---------------------------------------------------------------- fonts
FONT_TTC = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
FONT_DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'


def pil_font(size, serif=False):
    for p, idx in ((NOTO_SERIF if serif else NOTO, 2), (NOTO, 2), (FONT_TTC, 0), (FONT_DROID, 0)):
        if os.path.exists(p):
            try:
                return ImageFont.truetype(p, size, index=idx)
            except Exception:
                continue
    return ImageFont.load_default()


# ---------------------------------------------------------------- seals
RED = (205, 30, 35)


def seal_png(text, bottom='', size=320, path=None, rng=None):
    rng = rng or random.Random(len(text))
    im = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    d.ellipse([6, 6, size - 6, size - 6], outline=RED + (230,), width=9)
    # star
    R1, R2 = size * 0.15, size * 0.06
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        r = R1 if k % 2 == 0 else R2
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=RED + (230,))
    f = pil_font(int(size * 0.11))
    n = len(text)
    span = min(250, 22 * n)
    start = 90 + span / 2
    for i, ch in enumerate(text):
        ang = start - (span * i / max(1, n - 1) if n > 1 else 0)
        rad = math.radians(ang)
        rr = size * 0.36
        x, y = c + rr * math.cos(rad), c - rr * math.sin(rad)
        g = Image.new('RGBA', (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=RED + (230,), anchor='mm')
        g = g.rotate(ang - 90, resample=Image.BICUBIC, expand=True)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if bottom:
        d.text((c, c + size * 0.25), bottom, font=pil_font(int(size * 0.075)), fill=RED + (230,), anchor='mm')
    # ink irregularity
    px = im.load()
    for _ in range(size * 12):
        x, y = rng.randrange(size), rng.randrange(size)
        r, g, b, a = px[x, y]
        if a:
            px[x, y] = (r, g, b, int(a * rng.uniform(0.3, 0.9)))
    if path:
        im.save(path)
    return im


_seal_n = [0]


def seal_svg(text, bottom='', size=150, extra_style=''):
    _seal_n[0] += 1
    i = _seal_n[0]
    c = size / 2
    r = size * 0.34
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = size * 0.15 if k % 2 == 0 else size * 0.06
        pts.append(f'{c + rr * math.cos(a):.1f},{c + rr * math.sin(a):.1f}')
    fs = size * 0.105
    return (f'<svg class="seal" xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
            f'viewBox="0 0 {size} {size}" style="{extra_style}">'
            f'<circle cx="{c}" cy="{c}" r="{size / 2 - 4}" stroke="#d0202a" stroke-width="{size / 40:.1f}" fill="none" opacity="0.85"/>'
            f'<path id="arc{i}" d="M {c - r:.1f} {c + 8:.1f} A {r:.1f} {r:.1f} 0 1 1 {c + r:.1f} {c + 8:.1f}" fill="none"/>'
            f'<text fill="#d0202a" font-size="{fs:.1f}" font-family="WenQuanYi Zen Hei" opacity="0.85" letter-spacing="1">'
            f'<textPath href="#arc{i}" startOffset="50%" text-anchor="middle">{H.escape(text)}</textPath></text>'
            f'<polygon points="{" ".join(pts)}" fill="#d0202a" opacity="0.85"/>'
            f'<text x="{c}" y="{c + size * 0.3:.1f}" fill="#d0202a" font-size="{size * 0.07:.1f}" text-anchor="middle" opacity="0.85">{H.escape(bottom)}</text>'
            f'</svg>')


# ---------------------------------------------------------------- document model
class Doc:
    """blocks: ('lh', issuer, docno) ('title', text) ('h', text) ('p', text) ('pr', text)
    ('pc', text) ('table', rows, opts) ('sig', [lines], seal_text or None, seal_bottom)
    ('break',) ('small', text) ('hdr', text) -- header line"""

    def __init__(self, title=''):
        self.title = title
        self.b = []

    def lh(self, issuer, docno=''): self.b.append(('lh', issuer, docno)); return self
    def t(self, x): self.b.append(('title', x)); return self
    def h(self, x): self.b.append(('h', x)); return self
    def p(self, x): self.b.append(('p', x)); return self
    def pr(self, x): self.b.append(('pr', x)); return self
    def pc(self, x): self.b.append(('pc', x)); return self
    def small(self, x): self.b.append(('small', x)); return self
    def hdr(self, x): self.b.append(('hdr', x)); return self
    def br(self): self.b.append(('break',)); return self

    def table(self, rows, widths=None, header=True, fs=None):
        self.b.append(('table', rows, {'widths': widths, 'header': header, 'fs': fs}))
        return self

    def sig(self, lines, seal=None, bottom=''):
        self.b.append(('sig', lines, seal, bottom))
        return self

    def extend(self, other):
        self.b.extend(other.b)
        return self

    def plain_lines(self):
        out = []
        for b in self.b:
            if b[0] in ('lh',):
                out += [b[1], b[2]]
            elif b[0] in ('title', 'h', 'p', 'pr', 'pc', 'small', 'hdr'):
                out.append(b[1])
            elif b[0] == 'table':
                for r in b[1]:
                    out.append('  '.join(cell_text(c) for c in r if c is not None))
            elif b[0] == 'sig':
                out += b[1]
        return [x for x in out if x]


def cell_text(c):
    if isinstance(c, dict):
        return c.get('t', '')
    return '' if c is None else str(c)


# ---------------------------------------------------------------- HTML renderer
CSS = [
    # 0 official serif
    """body{font-family:'Noto Serif CJK SC',serif;font-size:15.5px;line-height:1.75;margin:0 8mm}
    .lh{color:#d0202a;font-size:34px;text-align:center;letter-spacing:3px;font-weight:bold;margin-top:10px}
    .docno{text-align:center;margin:6px 0}.rl{border-top:2.5px solid #d0202a;margin-bottom:24px}
    h1{font-size:22px;text-align:center;font-weight:bold;margin:18px 0}""",
    # 1 sans, modern company
    """body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:13.5px;line-height:1.6;margin:0 6mm;color:#222}
    .lh{color:#c8161d;font-size:26px;border-bottom:3px double #c8161d;padding-bottom:6px;font-weight:bold}
    .docno{text-align:right;margin:4px 0}.rl{display:none}
    h1{font-size:20px;text-align:center;margin:14px 0;color:#111}""",
    # 2 web system print
    """body{font-family:'WenQuanYi Zen Hei','Noto Sans CJK SC',sans-serif;font-size:12.5px;line-height:1.5;margin:0 4mm;color:#333}
    .lh{background:#1d5fa8;color:#fff;padding:6px 10px;font-size:16px}
    .docno{font-size:11px;color:#666}.rl{display:none}
    h1{font-size:17px;border-left:5px solid #1d5fa8;padding-left:8px;margin:12px 0}""",
]
CSS_COMMON = """
@page{size:A4;margin:18mm 16mm}
p{text-indent:2em;margin:4px 0}.pr{text-align:right;text-indent:0}.pc{text-align:center;text-indent:0}
h2{font-size:16px;margin:12px 0 6px}
table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #444;padding:4px 6px;vertical-align:middle}
th{background:#eee}.small{font-size:11px;color:#555;text-indent:0}.hdr{font-size:11px;color:#777;border-bottom:1px solid #aaa;text-indent:0}
.sig{position:relative;margin:30px 20px 10px auto;width:300px;text-align:center;min-height:120px}
.sig .seal{position:absolute;left:70px;top:-40px}
.pb{page-break-after:always}
"""


def to_html(doc, variant=0, seal_size=150):
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{H.escape(doc.title)}</title>'
           f'<style>{CSS_COMMON}{CSS[variant % len(CSS)]}</style></head><body>']
    if variant == 0 and len(doc.b) > 24:  # long documents: TrueType font (Noto CJK would become Type 3 and bloat)
        out[0] = out[0].replace("font-family:'Noto Serif CJK SC',serif", "font-family:'Droid Sans Fallback',serif")
    for b in doc.b:
        k = b[0]
        if k == 'lh':
            out.append(f'<div class="lh">{H.escape(b[1])}</div>')
            if b[2]:
                out.append(f'<div class="docno">{H.escape(b[2])}</div>')
            out.append('<div class="rl"></div>')
        elif k == 'title':
            out.append('<h1>' + '<br>'.join(H.escape(x) for x in b[1].split('\n')) + '</h1>')
        elif k == 'h':
            out.append(f'<h2>{H.escape(b[1])}</h2>')
        elif k in ('p', 'pr', 'pc', 'small', 'hdr'):
            cls = '' if k == 'p' else f' class="{k}"'
            out.append(f'<p{cls}>{H.escape(b[1])}</p>')
        elif k == 'break':
            out.append('<div class="pb"></div>')
        elif k == 'table':
            rows, o = b[1], b[2]
            st = f' style="font-size:{o["fs"]}px"' if o.get('fs') else ''
            out.append(f'<table{st}>')
            for ri, r in enumerate(rows):
                out.append('<tr>')
                for ci, c in enumerate(r):
                    if c is None:
                        continue
                    tag = 'th' if (o['header'] and ri == 0) else 'td'
                    attrs = ''
                    txt = c
                    if isinstance(c, dict):
                        txt = c.get('t', '')
                        if c.get('rs'): attrs += f' rowspan="{c["rs"]}"'
                        if c.get('cs'): attrs += f' colspan="{c["cs"]}"'
                    if o.get('widths') and ri == 0 and ci < len(o['widths']):
                        attrs += f' style="width:{o["widths"][ci]}%"'
                    out.append(f'<{tag}{attrs}>' + '<br>'.join(H.escape(x) for x in str(txt).split('\n')) + f'</{tag}>')
                out.append('</tr>')
            out.append('</table>')
        elif k == 'sig':
            s = seal_svg(b[2], b[3], seal_size) if b[2] else ''
            out.append('<div class="sig">' + s + ''.join(f'<div>{H.escape(x)}</div>' for x in b[1]) + '</div>')
    out.append('</body></html>')
    return '\n'.join(out)


def chromium_pdf(html_path, pdf_path):
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
           f'--print-to-pdf={pdf_path}', f'file://{html_path}']
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)
    if not Path(pdf_path).exists():
        cmd.insert(2, '--headless=old')
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ---------------------------------------------------------------- DOCX renderer
def to_docx(doc, path, font='宋体', seal_dir=None, variant=0):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(11 if variant else 12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.4 if variant == 0 else 2.0)

    def para(text, align=None, size=None, bold=False, color=None, indent=False):
        pp = d.add_paragraph()
        if align == 'c': pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == 'r': pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent: pp.paragraph_format.first_line_indent = Pt(24)
        r = pp.add_run(text)
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if size: r.font.size = Pt(size)
        r.bold = bold
        if color: r.font.color.rgb = RGBColor(*color)
        return pp
    for b in doc.b:
        k = b[0]
        if k == 'lh':
            para(b[1], 'c', 24, True, RED)
            if b[2]: para(b[2], 'c')
            para('—' * 24, 'c', 10, False, RED)
        elif k == 'title':
            for line in b[1].split('\n'):
                para(line, 'c', 16, True)
        elif k == 'h':
            para(b[1], None, 13, True)
        elif k == 'p':
            para(b[1], indent=True)
        elif k == 'pr':
            para(b[1], 'r')
        elif k == 'pc':
            para(b[1], 'c')
        elif k in ('small', 'hdr'):
            para(b[1], None, 9, color=(90, 90, 90))
        elif k == 'break':
            d.add_page_break()
        elif k == 'table':
            rows, o = b[1], b[2]
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in r if c is not None) for r in rows)
            ncol = max(ncol, max(len(r) for r in rows))
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    if c is None:
                        continue
                    txt = cell_text(c)
                    cell = t.cell(ri, ci)
                    if isinstance(c, dict) and (c.get('rs', 1) > 1 or c.get('cs', 1) > 1):
                        cell = cell.merge(t.cell(ri + c.get('rs', 1) - 1, ci + c.get('cs', 1) - 1))
                    cell.text = txt
                    if o['header'] and ri == 0:
                        for pp in cell.paragraphs:
                            for rr in pp.runs: rr.bold = True
                    if o.get('fs'):
                        for pp in cell.paragraphs:
                            for rr in pp.runs: rr.font.size = Pt(o['fs'] * 0.75)
            d.add_paragraph()
        elif k == 'sig':
            if b[2]:
                sp = Path(seal_dir or BUILD) / f'seal_{hashlib.md5((b[2]+b[3]).encode()).hexdigest()[:10]}.png'
                if not sp.exists():
                    seal_png(b[2], b[3], path=str(sp))
                pp = d.add_paragraph()
                pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                pp.add_run().add_picture(str(sp), width=Cm(3.8))
            for line in b[1]:
                para(line, 'r')
    d.save(path)


# ---------------------------------------------------------------- ODT renderer
def to_odt(doc, path, seal_dir=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, GraphicProperties)
    from odf.text import P, H as OH
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.draw import Frame, Image as DImage
    od = OpenDocumentText()
    from odf.style import FontFace, DefaultStyle
    od.fontfacedecls.addElement(FontFace(name='WenQuanYi Zen Hei', fontfamily="'WenQuanYi Zen Hei'", fontfamilygeneric='swiss'))
    ds = DefaultStyle(family='paragraph')
    ds.addElement(TextProperties(fontname='WenQuanYi Zen Hei', fontnameasian='WenQuanYi Zen Hei', fontsize='11pt', fontsizeasian='11pt'))
    od.styles.addElement(ds)
    S = {}

    def mk(name, fam='paragraph', **kw):
        s = Style(name=name, family=fam)
        pp = {k: v for k, v in kw.items() if k in ('textalign', 'breakbefore', 'marginleft', 'textindent', 'margintop', 'marginbottom')}
        tp = {k: v for k, v in kw.items() if k in ('fontsize', 'fontweight', 'color', 'fontfamily', 'fontsizeasian', 'fontweightasian')}
        if pp: s.addElement(ParagraphProperties(**pp))
        if tp: s.addElement(TextProperties(**tp))
        od.automaticstyles.addElement(s)
        S[name] = s
        return s
    mk('lh', textalign='center', fontsize='24pt', fontsizeasian='24pt', fontweight='bold', fontweightasian='bold', color='#cc1e23')
    mk('c', textalign='center')
    mk('r', textalign='end')
    mk('title', textalign='center', fontsize='16pt', fontsizeasian='16pt', fontweight='bold', fontweightasian='bold')
    mk('h', fontsize='13pt', fontsizeasian='13pt', fontweight='bold', fontweightasian='bold', margintop='0.2cm')
    mk('p', textindent='0.85cm')
    mk('small', fontsize='9pt', fontsizeasian='9pt', color='#555555')
    mk('pb', breakbefore='page')
    cs = Style(name='cell', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    od.automaticstyles.addElement(cs)
    fr = Style(name='fr', family='graphic')
    fr.addElement(GraphicProperties(wrap='none'))
    od.automaticstyles.addElement(fr)
    pending_break = [False]

    def add(text, style):
        st = S[style]
        if pending_break[0]:
            st = S['pb']
            pending_break[0] = False
        el = P(stylename=st, text=text)
        od.text.addElement(el)
        return el
    nt = 0
    for b in doc.b:
        k = b[0]
        if k == 'lh':
            add(b[1], 'lh')
            if b[2]: add(b[2], 'c')
        elif k == 'title':
            for line in b[1].split('\n'):
                add(line, 'title')
        elif k == 'h':
            add(b[1], 'h')
        elif k == 'p':
            add(b[1], 'p')
        elif k == 'pr':
            add(b[1], 'r')
        elif k == 'pc':
            add(b[1], 'c')
        elif k in ('small', 'hdr'):
            add(b[1], 'small')
        elif k == 'break':
            pending_break[0] = True
        elif k == 'table':
            if pending_break[0]:
                add('', 'p')
            rows = b[1]
            ncol = max(len(r) for r in rows)
            nt += 1
            t = Table(name=f'T{nt}')
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for ci in range(ncol):
                    c = r[ci] if ci < len(r) else ''
                    if c is None:
                        tr.addElement(CoveredTableCell())
                        continue
                    kw = {}
                    if isinstance(c, dict):
                        if c.get('rs', 1) > 1: kw['numberrowsspanned'] = c['rs']
                        if c.get('cs', 1) > 1: kw['numbercolumnsspanned'] = c['cs']
                    tc = TableCell(stylename=cs, valuetype='string', **kw)
                    for line in cell_text(c).split('\n'):
                        tc.addElement(P(text=line))
                    tr.addElement(tc)
                t.addElement(tr)
            od.text.addElement(t)
        elif k == 'sig':
            if b[2]:
                sp = Path(seal_dir or BUILD) / f'seal_{hashlib.md5((b[2]+b[3]).encode()).hexdigest()[:10]}.png'
                if not sp.exists():
                    seal_png(b[2], b[3], path=str(sp))
                href = od.addPicture(str(sp))
                pp = add('', 'r')
                f = Frame(stylename=fr, width='3.8cm', height='3.8cm', anchortype='as-char')
                f.addElement(DImage(href=href))
                pp.addElement(f)
            for line in b[1]:
                add(line, 'r')
    od.save(str(path))


def soffice_convert(files, outdir):
    files = [str(f) for f in files]
    for i in range(0, len(files), 40):
        subprocess.run(['soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', str(outdir)] + files[i:i + 40],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)


# ---------------------------------------------------------------- reportlab renderer
_rl_fonts = {}


def rl_font(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if kind in _rl_fonts:
        return _rl_fonts[kind]
    if kind == 'cid':
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        name = 'STSong-Light'
    elif kind == 'droid':
        pdfmetrics.registerFont(TTFont('Droid', FONT_DROID))
        name = 'Droid'
    else:
        pdfmetrics.registerFont(TTFont('WQY', FONT_TTC, subfontIndex=0))
        name = 'WQY'
    _rl_fonts[kind] = name
    return name


def _rl_seal(c, x, y, r, text, bottom='', alpha=0.85):
    from reportlab.lib.colors import Color
    col = Color(0.82, 0.12, 0.15, alpha=alpha)
    c.saveState()
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(r / 22)
    c.circle(x, y, r - 2, stroke=1, fill=0)
    p = c.beginPath()
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        rr = r * 0.3 if k % 2 == 0 else r * 0.12
        (p.moveTo if k == 0 else p.lineTo)(x + rr * math.cos(a), y + rr * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    fn = _rl_fonts.get('ttf') or _rl_fonts.get('cid') or rl_font('ttf')
    n = len(text)
    span = min(250, 22 * n)
    fs = r * 0.22
    for i, ch in enumerate(text):
        ang = 90 + span / 2 - (span * i / max(1, n - 1) if n > 1 else 0)
        rad = math.radians(ang)
        c.saveState()
        c.translate(x + r * 0.7 * math.cos(rad), y + r * 0.7 * math.sin(rad))
        c.rotate(ang - 90)
        c.setFont(fn, fs)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    if bottom:
        c.setFont(fn, r * 0.15)
        c.drawCentredString(x, y - r * 0.55, bottom)
    c.restoreState()


def to_rl(doc, path, font='ttf', variant=0):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    fn = rl_font(font)
    base = 11 if variant == 0 else 10.5
    ps = lambda **kw: ParagraphStyle('x', fontName=fn, fontSize=kw.pop('fs', base), leading=kw.pop('ld', base * 1.7),
                                     wordWrap='CJK', **kw)
    st = {'p': ps(firstLineIndent=base * 2), 'pr': ps(alignment=TA_RIGHT), 'pc': ps(alignment=TA_CENTER),
          'title': ps(fs=17, ld=26, alignment=TA_CENTER, spaceBefore=8, spaceAfter=10),
          'h': ps(fs=12.5, ld=20, spaceBefore=6), 'small': ps(fs=8.5, ld=12, textColor=colors.grey),
          'lh': ps(fs=26 if variant == 0 else 22, ld=34, alignment=TA_CENTER, textColor=colors.Color(.82, .12, .15)),
          'cell': ps(fs=9.5, ld=14)}

    class SealF(Flowable):
        def __init__(s, text, bottom):
            super().__init__()
            s.text, s.bottom = text, bottom

        def wrap(s, aw, ah):
            s.aw = aw
            return (0, 0)

        def draw(s):
            _rl_seal(s.canv, s.aw - 62 * mm / 1.6, 10 * mm, 19 * mm, s.text, s.bottom)

    class Rule(Flowable):
        def wrap(s, aw, ah):
            s.aw = aw
            return (aw, 8)

        def draw(s):
            s.canv.setStrokeColor(colors.Color(.82, .12, .15))
            s.canv.setLineWidth(2)
            s.canv.line(0, 4, s.aw, 4)
    E = lambda t: H.escape(t).replace('\n', '<br/>')
    fl = []
    for b in doc.b:
        k = b[0]
        if k == 'lh':
            fl.append(Paragraph(E(b[1]), st['lh']))
            if b[2]: fl.append(Paragraph(E(b[2]), st['pc']))
            fl.append(Rule())
            fl.append(Spacer(1, 6))
        elif k == 'title':
            fl.append(Paragraph(E(b[1]), st['title']))
        elif k in ('h', 'p', 'pr', 'pc', 'small'):
            fl.append(Paragraph(E(b[1]), st[k]))
        elif k == 'hdr':
            fl.append(Paragraph(E(b[1]), st['small']))
        elif k == 'break':
            fl.append(PageBreak())
        elif k == 'table':
            rows, o = b[1], b[2]
            ncol = max(len(r) for r in rows)
            data, spans = [], []
            for ri, r in enumerate(rows):
                row = []
                for ci in range(ncol):
                    c = r[ci] if ci < len(r) else ''
                    if c is None:
                        row.append('')
                        continue
                    if isinstance(c, dict) and (c.get('rs', 1) > 1 or c.get('cs', 1) > 1):
                        spans.append(('SPAN', (ci, ri), (ci + c.get('cs', 1) - 1, ri + c.get('rs', 1) - 1)))
                    row.append(Paragraph(E(cell_text(c)), st['cell']))
                data.append(row)
            W = 170 * mm
            cw = [W * w / 100 for w in o['widths']] if o.get('widths') else [W / ncol] * ncol
            t = Table(data, colWidths=cw)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')] + spans
            if o['header']:
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.Color(.92, .92, .92)))
            t.setStyle(TableStyle(sty))
            fl.append(t)
            fl.append(Spacer(1, 6))
        elif k == 'sig':
            fl.append(Spacer(1, 20))
            if b[2]:
                fl.append(SealF(b[2], b[3]))
            for line in b[1]:
                fl.append(Paragraph(E(line), st['pr']))
    dt = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                           bottomMargin=18 * mm, title=doc.title, author='', creator='')
    dt.build(fl)


# ---------------------------------------------------------------- certificates (drawn at coordinates)
def cert_rl(path, spec, font='ttf', applicant_seal=None):
    """spec: {'title','sub','code','fields':[(label,value)],'authority','date','qr':bool,'land':bool}"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    fn = rl_font(font)
    size = landscape(A4) if spec.get('land') else A4
    W, Hh = size
    c = canvas.Canvas(str(path), pagesize=size)
    c.setTitle(spec['title'])
    rng = random.Random(spec['code'])
    # ornamental border
    c.setStrokeColor(colors.Color(.6, .45, .2))
    c.setLineWidth(6)
    c.rect(28, 28, W - 56, Hh - 56)
    c.setLineWidth(1.2)
    c.rect(40, 40, W - 80, Hh - 80)
    for i in range(0, int(W - 80), 18):
        c.circle(40 + i, 34, 2, fill=0)
        c.circle(40 + i, Hh - 34, 2, fill=0)
    # emblem placeholder
    c.setFillColor(colors.Color(.8, .1, .1))
    c.circle(W / 2, Hh - 95, 22, fill=1, stroke=0)
    c.setFillColor(colors.Color(1, .85, .2))
    c.circle(W / 2, Hh - 95, 8, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont(fn, 30 if len(spec['title']) < 8 else 22)
    c.drawCentredString(W / 2, Hh - 160, spec['title'])
    if spec.get('sub'):
        c.setFont(fn, 13)
        c.drawCentredString(W / 2, Hh - 182, spec['sub'])
    c.setFont(fn, 10.5)
    c.drawString(70, Hh - 215, '统一社会信用代码')
    c.setFont(fn, 12)
    c.drawString(70, Hh - 232, spec['code'])
    if spec.get('qr', True):
        x0, y0 = W - 150, Hh - 260
        for i in range(21):
            for j in range(21):
                if rng.random() < 0.48 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6) or (1 < i < 5 and 1 < j < 5))):
                    c.rect(x0 + i * 3.6, y0 + j * 3.6, 3.6, 3.6, fill=1, stroke=0)
        c.setFont(fn, 7)
        c.drawString(x0 - 4, y0 - 12, '扫描二维码登录国家企业信用')
        c.drawString(x0 - 4, y0 - 21, '信息公示系统了解更多信息')
    y = Hh - 285
    lx, vx = 80, 175
    for label, value in spec['fields']:
        c.setFont(fn, 11)
        lab = label if len(label) != 2 else label[0] + '　　' + label[1]
        c.drawString(lx, y, lab)
        c.setFont(fn, 11)
        # wrap value
        maxw = W - vx - 70
        line = ''
        lines = []
        for ch in str(value):
            if c.stringWidth(line + ch, fn, 11) > maxw:
                lines.append(line)
                line = ch
            else:
                line += ch
        lines.append(line)
        for ln in lines:
            c.drawString(vx, y, ln)
            y -= 17
        y -= 9
    c.setFont(fn, 12)
    c.drawRightString(W - 90, 150, '登记机关' if spec.get('kind') == 'biz' else '')
    c.drawCentredString(W - 170, 125, spec['authority'])
    c.drawCentredString(W - 170, 105, spec['date'])
    _rl_seal(c, W - 170, 130, 48, spec['authority'], '登记专用章' if spec.get('kind') != 'biz' else '')
    if spec.get('footer'):
        c.setFont(fn, 8)
        c.drawCentredString(W / 2, 52, spec['footer'])
    if applicant_seal:
        c.setFont(fn, 14)
        c.setFillColor(colors.Color(.82, .12, .15, alpha=.8))
        c.drawString(90, 170, '与原件一致')
        _rl_seal(c, 150, 130, 50, applicant_seal, '')
    c.showPage()
    c.save()


def cert_html(spec, applicant_seal=None):
    f = ''.join(f'<div class="f"><span class="l">{H.escape(l)}</span><span class="v">{H.escape(str(v))}</span></div>'
                for l, v in spec['fields'])
    s1 = seal_svg(spec['authority'], '登记专用章' if spec.get('kind') != 'biz' else '', 140,
                  'position:absolute;right:60px;bottom:70px')
    s2 = ''
    if applicant_seal:
        s2 = ('<div style="position:absolute;left:70px;bottom:150px;color:#d0202a;font-size:20px;'
              'transform:rotate(-8deg);opacity:.85">复印件与原件一致</div>' +
              seal_svg(applicant_seal, '', 150, 'position:absolute;left:90px;bottom:40px'))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page{{size:A4;margin:0}}body{{margin:0;font-family:'Droid Sans Fallback',serif}}
.pg{{position:relative;width:210mm;height:296mm;box-sizing:border-box;border:14px solid #b8923a;outline:3px solid #7a5c1c;outline-offset:-24px}}
.t{{position:absolute;top:120px;width:100%;text-align:center;font-size:40px;letter-spacing:8px}}
.s{{position:absolute;top:178px;width:100%;text-align:center;font-size:17px}}
.code{{position:absolute;top:230px;left:70px;font-size:14px}}
.fs{{position:absolute;top:300px;left:80px;right:70px;font-size:15px;line-height:1.9}}
.f{{display:flex}}.l{{width:120px;flex:none;letter-spacing:2px}}.v{{flex:1}}
.auth{{position:absolute;right:70px;bottom:110px;text-align:center;font-size:16px}}
.em{{position:absolute;top:40px;left:50%;margin-left:-28px;width:56px;height:56px;border-radius:50%;background:#c22;box-shadow:0 0 0 6px #e9c34b inset}}
.ft{{position:absolute;bottom:30px;width:100%;text-align:center;font-size:11px;color:#555}}
</style></head><body><div class="pg"><div class="em"></div><div class="t">{H.escape(spec['title'])}</div>
<div class="s">{H.escape(spec.get('sub', ''))}</div><div class="code">统一社会信用代码<br><b style="font-size:17px">{spec['code']}</b></div>
<div class="fs">{f}</div><div class="auth">{'登记机关<br>' if spec.get('kind') == 'biz' else ''}{H.escape(spec['authority'])}<br>{H.escape(spec['date'])}</div>
{s1}{s2}<div class="ft">{H.escape(spec.get('footer', ''))}</div></div></body></html>"""


# ---------------------------------------------------------------- scans & photos
def render_pages(pdf, dpi, gray=False, first=None, last=None):
    tmp = BUILD / 'tmp_render'
    tmp.mkdir(parents=True, exist_ok=True)
    for f in tmp.glob('*'):
        f.unlink()
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray: cmd.append('-gray')
    if first: cmd += ['-f', str(first)]
    if last: cmd += ['-l', str(last)]
    subprocess.run(cmd + [str(pdf), str(tmp / 'p')], check=True)
    return [Image.open(p).copy() for p in sorted(tmp.glob('p*.png'))]


def degrade(im, rng, gray=False, rot=None, noise=6, quality=70, faint=False, blur=0.0, yellow=False):
    im = im.convert('L' if gray else 'RGB')
    if faint:
        im = ImageEnhance.Contrast(im).enhance(0.30)
        im = ImageEnhance.Brightness(im).enhance(1.22)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if yellow and not gray:
        ov = Image.new('RGB', im.size, (250, 242, 222))
        im = Image.blend(im, ov, 0.18)
    r = rot if rot is not None else rng.uniform(-1.6, 1.6)
    im = im.rotate(r, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    if noise:
        px = im.load()
        w, h = im.size
        for _ in range(w * h // (60 if not gray else 200)):
            x, y = rng.randrange(w), rng.randrange(h)
            v = rng.randint(-noise * 6, noise * 6)
            if gray:
                px[x, y] = max(0, min(255, px[x, y] + v))
            else:
                p = px[x, y]
                px[x, y] = tuple(max(0, min(255, q + v)) for q in p)
    return im


def scan_pdf(src, dst, rng, dpi=150, gray=False, quality=55, faint=False, blur=0.0, out_dpi=None, pages=None, rot=None):
    ims = render_pages(src, dpi, gray)
    if pages:
        ims = [ims[i] for i in pages if i < len(ims)]
    jpgs = []
    for i, im in enumerate(ims):
        im = degrade(im, rng, gray=gray, rot=rot, faint=faint, blur=blur, yellow=not gray)
        bio = io.BytesIO()
        im.save(bio, 'JPEG', quality=quality, optimize=True, dpi=(out_dpi or dpi, out_dpi or dpi))
        jpgs.append(bio.getvalue())
    tmp = BUILD / 'tmp_jpg'
    tmp.mkdir(parents=True, exist_ok=True)
    names = []
    for k, b in enumerate(jpgs):
        f = tmp / f'{k:03d}.jpg'
        f.write_bytes(b)
        names.append(str(f))
    subprocess.run(['img2pdf', '-o', str(dst)] + names, check=True)
    for f in names:
        os.unlink(f)
    return jpgs


def scan_with_textlayer(src, dst, rng, lines, dpi=150, gray=True, font='ttf'):
    """scan + invisible text (reportlab render mode 3) -- like a scanner's OCR layer"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    ims = render_pages(src, dpi, gray)
    fn = rl_font(font)
    c = canvas.Canvas(str(dst), pagesize=A4)
    c.setCreator('Canon iR-ADV C5535 / OCR')
    per = max(1, math.ceil(len(lines) / len(ims)))
    W, Hh = A4
    for pi, im in enumerate(ims):
        im = degrade(im, rng, gray=gray, rot=rng.uniform(-0.8, 0.8))
        bio = io.BytesIO()
        im.save(bio, 'JPEG', quality=70)
        bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, W, Hh)
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(fn, 10)
        y = Hh - 60
        for ln in lines[pi * per:(pi + 1) * per]:
            t.setTextOrigin(60, y)
            t.textLine(ln[:60])
            y -= 16
            if y < 40:
                y = Hh - 60
        c.drawText(t)
        c.showPage()
    c.save()


def photo_jpg(src, dst, rng, dpi=110, poor=False, page=0):
    ims = render_pages(src, dpi, False, first=page + 1, last=page + 1)
    im = ims[0].convert('RGB')
    w, h = im.size
    # put the sheet on a desk: perspective-ish skew, shadow, warm light
    bg = Image.new('RGB', (int(w * 1.15), int(h * 1.1)), (120, 96, 70))
    d = ImageDraw.Draw(bg)
    for i in range(0, bg.width, 9):
        d.line([(i, 0), (i + 40, bg.height)], fill=(112 + rng.randint(0, 12), 90, 66), width=3)
    coeffs = (1, rng.uniform(-0.04, 0.04), 0, rng.uniform(-0.03, 0.03), 1, 0)
    im = im.transform(im.size, Image.AFFINE, coeffs, resample=Image.BICUBIC, fillcolor=(120, 96, 70))
    bg.paste(im, (int(w * 0.07), int(h * 0.05)))
    grad = Image.linear_gradient('L').resize(bg.size).rotate(rng.choice([30, 120, 200]))
    bg = Image.composite(bg, ImageEnhance.Brightness(bg).enhance(0.7), grad)
    if poor:
        bg = bg.resize((bg.width // 3, bg.height // 3)).filter(ImageFilter.GaussianBlur(2.2))
        bg = ImageEnhance.Contrast(bg).enhance(0.45)
        bg = ImageEnhance.Brightness(bg).enhance(1.3)
        q = 30
    else:
        q = 80
    bg = bg.rotate(rng.choice([0, 0, 90]) if not poor else 0, expand=True)
    bg.save(dst, 'JPEG', quality=q)


def site_photo(dst, rng, label, poor=False):
    w, h = (1280, 960) if not poor else (320, 240)
    im = Image.new('RGB', (w, h), (200, 200, 195))
    d = ImageDraw.Draw(im)
    d.polygon([(0, h), (w, h), (w * 0.75, h * 0.55), (w * 0.25, h * 0.55)], fill=(150, 140, 125))
    d.rectangle([w * 0.25, h * 0.1, w * 0.75, h * 0.55], fill=(225, 225, 220))
    for i in range(4):
        x = w * (0.15 + 0.2 * i)
        d.rectangle([x, h * 0.65, x + w * 0.13, h * 0.72], fill=(90, 70, 50))
        d.rectangle([x + w * 0.03, h * 0.6, x + w * 0.09, h * 0.65], fill=(30, 30, 35))
    d.rectangle([w * 0.78, h * 0.12, w * 0.84, h * 0.18], fill=(20, 20, 20))  # camera
    d.text((w * 0.3, h * 0.2), label, font=pil_font(max(10, w // 28)), fill=(170, 20, 20))
    if poor:
        im = im.filter(ImageFilter.GaussianBlur(3))
    im = degrade(im, rng, rot=0, noise=4)
    im.save(dst, 'JPEG', quality=35 if poor else 82)


def gs_redistill(src, dst):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.6',
                    '-dPDFSETTINGS=/ebook', f'-sOutputFile={dst}', str(src)], check=True)


def encrypt_pdf(src, dst, pw='sh2025'):
    import pikepdf
    with pikepdf.open(src) as p:
        p.save(dst, encryption=pikepdf.Encryption(owner='own' + pw, user=pw, R=6))


def truncate_pdf(src, dst, frac=0.55):
    b = Path(src).read_bytes()
    Path(dst).write_bytes(b[:int(len(b) * frac)])


def qpdf_merge(srcs, dst):
    subprocess.run(['qpdf', '--empty', '--pages'] + [str(s) for s in srcs] + ['--', str(dst)], check=True)


def ocrmypdf(src, dst):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    r = subprocess.run(['ocrmypdf', '-l', 'chi_sim', '--jobs', '1', '--output-type', 'pdf', '--optimize', '0',
                        str(src), str(dst)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0 and Path(dst).exists()
