"""Helpers for the final4 blind corpus: credit codes, seals, renderers, scan post-processing, zips."""
import base64, io, math, os, random, subprocess, zipfile, shutil, html
from PIL import Image, ImageDraw, ImageFont, ImageFilter

SCRATCH = '/tmp/blind-final4'
WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
UKAI = '/usr/share/fonts/truetype/arphic/ukai.ttc'
UMING = '/usr/share/fonts/truetype/arphic/uming.ttc'

# ---------------------------------------------------------------- credit codes
ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
C31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W9 = [3, 7, 9, 10, 5, 8, 4, 2]
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    s = sum(ALNUM.index(c) * w for c, w in zip(body8, W9))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def code_check(first17):
    s = sum(C31.index(c) * w for c, w in zip(first17, W18))
    return C31[(31 - s % 31) % 31]


def make_code(prefix2, div6, body8):
    first17 = prefix2 + div6 + body8 + org_check(body8)
    return first17 + code_check(first17)


def valid_code(code):
    return (len(code) == 18 and org_check(code[8:16]) == code[16]
            and code_check(code[:17]) == code[17])


assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')

# ---------------------------------------------------------------- seals
_seal_cache = {}


def seal_png(name, size=300, pale=False, oval=False, rng_seed=0):
    """Red round (or oval) seal with the name round the rim and a star, RGBA PNG bytes."""
    key = (name, size, pale, oval)
    if key in _seal_cache:
        return _seal_cache[key]
    w = size
    h = int(size * 0.72) if oval else size
    im = Image.new('RGBA', (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = (220, 40, 40, 150 if pale else 215)
    lw = max(6, size // 40)
    d.ellipse([lw, lw, w - lw, h - lw], outline=col, width=lw)
    cx, cy = w / 2, h / 2
    # star
    r1, r2 = size * 0.11, size * 0.045
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        r = r1 if i % 2 == 0 else r2
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=col)
    # rim text
    font = ImageFont.truetype(WQY, int(size * 0.095))
    n = len(name)
    span = min(250, 16 * n + 40)
    rx, ry = (w / 2 - lw * 2 - size * 0.08), (h / 2 - lw * 2 - size * 0.08)
    for i, ch in enumerate(name):
        ang = -span / 2 + span * (i + 0.5) / n  # degrees from top
        a = math.radians(ang - 90)
        x, y = cx + rx * math.cos(a), cy + ry * math.sin(a)
        g = Image.new('RGBA', (int(size * 0.12), int(size * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((size * 0.012, 0), ch, font=font, fill=col)
        g = g.rotate(-ang, resample=Image.BICUBIC, expand=True)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    b = io.BytesIO()
    im.quantize(16, method=Image.FASTOCTREE).save(b, 'PNG', optimize=True)
    _seal_cache[key] = b.getvalue()
    return _seal_cache[key]


def seal_datauri(name, pale=False, oval=False):
    return 'data:image/png;base64,' + base64.b64encode(seal_png(name, pale=pale, oval=oval)).decode()


# ---------------------------------------------------------------- table grid
def grid(rows):
    """rows: list of list of cells (str or dict t/cs/rs). Returns (ncols, placed[(r,c,text,rs,cs,bold)])."""
    occ = {}
    placed = []
    ncols = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in occ:
                c += 1
            if isinstance(cell, dict):
                t, cs, rs, b = cell.get('t', ''), cell.get('cs', 1), cell.get('rs', 1), cell.get('b', False)
            else:
                t, cs, rs, b = cell, 1, 1, False
            placed.append((r, c, t, rs, cs, b))
            for i in range(rs):
                for j in range(cs):
                    occ[(r + i, c + j)] = 1
            c += cs
            ncols = max(ncols, c)
    return ncols, placed


# ---------------------------------------------------------------- HTML (Chromium)
HTML_STYLES = {
    'gov': ("'Noto Serif CJK SC', serif", "'Noto Sans CJK SC'", '16pt'),
    'kai': ("'AR PL UKai CN', 'Noto Serif CJK SC'", "'AR PL UKai CN'", '15pt'),
    'sans': ("'Noto Sans CJK SC', sans-serif", "'Noto Sans CJK SC'", '11pt'),
    'wqy': ("'WenQuanYi Zen Hei', sans-serif", "'WenQuanYi Zen Hei'", '12pt'),
    'ming': ("'AR PL UMing TW MBE', 'Noto Serif CJK SC'", "'Noto Serif CJK SC'", '13pt'),
}


def css_seal(name):
    n = len(name)
    span = min(250, 16 * n + 40)
    spans = []
    for i, ch in enumerate(name):
        ang = -span / 2 + span * (i + 0.5) / n
        spans.append(f'<span style="position:absolute;left:50%;top:50%;width:0.5cm;margin-left:-0.25cm;'
                     f'margin-top:-0.3cm;text-align:center;transform:rotate({ang:.1f}deg) translateY(-1.55cm);'
                     f'font-size:11pt;color:rgba(215,30,30,.85)">{html.escape(ch)}</span>')
    return ('<div style="position:relative;width:4.2cm;height:4.2cm;border:0.13cm solid rgba(215,30,30,.8);'
            'border-radius:50%;box-sizing:border-box">' + ''.join(spans) +
            '<span style="position:absolute;left:0;right:0;top:1.35cm;text-align:center;font-size:30pt;'
            'color:rgba(215,30,30,.85)">★</span></div>')


def render_html(blocks, style='gov', landscape=False, css_seals=False):
    body_font, head_font, title_size = HTML_STYLES[style]
    out = []
    for b in blocks:
        k = b[0]
        if k == 'letterhead':
            out.append(f'<div class="lh">{html.escape(b[1])}</div><div class="redline"></div>')
        elif k == 'docno':
            out.append(f'<div class="docno">{html.escape(b[1])}</div>')
        elif k == 'title':
            out.append('<h1>' + '<br>'.join(html.escape(x) for x in b[1].split('\n')) + '</h1>')
        elif k == 'h':
            out.append(f'<h3>{html.escape(b[1])}</h3>')
        elif k == 'p':
            out.append(f'<p class="ind">{html.escape(b[1])}</p>')
        elif k == 'pl':
            out.append(f'<p>{html.escape(b[1])}</p>')
        elif k == 'right':
            out.append('<p class="right">' + '<br>'.join(html.escape(x) for x in b[1].split('\n')) + '</p>')
        elif k == 'center':
            out.append(f'<p class="center">{html.escape(b[1])}</p>')
        elif k == 'small':
            out.append(f'<p class="small">{html.escape(b[1])}</p>')
        elif k == 'pb':
            out.append('<div style="page-break-after:always"></div>')
        elif k == 'seal':
            name = b[1]
            inner = css_seal(name) if css_seals else f'<img src="{seal_datauri(name, pale=b[2] if len(b) > 2 else False)}" style="width:4.2cm">'
            out.append(f'<div style="position:relative;height:0"><div style="position:absolute;right:1.2cm;top:-3.6cm">{inner}</div></div>')
        elif k == 'table':
            ncols, placed = grid(b[1])
            rows = {}
            for (r, c, t, rs, cs, bold) in placed:
                attrs = (f' rowspan="{rs}"' if rs > 1 else '') + (f' colspan="{cs}"' if cs > 1 else '')
                if __import__('re').fullmatch(r'\d-\d\d-\d\d-\d\d', t):
                    attrs += ' style="white-space:nowrap"'
                tt = '<br>'.join(html.escape(x) for x in t.split('\n'))
                if bold:
                    tt = f'<b>{tt}</b>'
                rows.setdefault(r, []).append(f'<td{attrs}>{tt}</td>')
            out.append('<table>' + ''.join('<tr>' + ''.join(rows[r]) + '</tr>' for r in sorted(rows)) + '</table>')
        else:
            raise ValueError(k)
    page = 'A4 landscape' if landscape else 'A4'
    css = f"""@page {{ size: {page}; margin: 2.2cm 2.4cm; }}
body {{ font-family: {body_font}; font-size: 11.5pt; line-height: 1.65; }}
.lh {{ color: #d01010; font-family: {head_font}; font-size: 24pt; text-align: center; letter-spacing: 2pt; font-weight: bold; }}
.redline {{ border-top: 2.5pt solid #d01010; margin: 4pt 0 10pt 0; }}
.docno {{ text-align: center; margin-bottom: 12pt; }}
h1 {{ font-size: {title_size}; text-align: center; font-weight: bold; margin: 14pt 0; }}
h3 {{ font-size: 12pt; margin: 8pt 0 4pt 0; }}
p {{ margin: 3pt 0; }} .ind {{ text-indent: 2em; }} .right {{ text-align: right; margin-right: 1.5cm; }}
.center {{ text-align: center; }} .small {{ font-size: 9pt; color: #555; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0; }}
td {{ border: 0.8pt solid #222; padding: 3pt 5pt; vertical-align: middle; font-size: 10.5pt; }}
"""
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(out)}</body></html>'


def chromium_pdf(html_path, pdf_path):
    ud = os.path.join(SCRATCH, 'chrome-profile')
    os.makedirs(ud, exist_ok=True)
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run', f'--user-data-dir={ud}',
           '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ---------------------------------------------------------------- DOCX (python-docx)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

DOCX_TEMPLATES = {
    # name: (east-asian font, latin font, size, header text?, margins cm)
    'A': ('Noto Serif CJK SC', 'Times New Roman', 11, None, 2.5),
    'B': ('WenQuanYi Zen Hei', 'Arial', 10.5, '内部资料 注意保存', 2.0),
    'C': ('AR PL UMing CN', 'Times New Roman', 12, None, 2.8),
    'D': ('Noto Sans CJK SC', 'Calibri', 10.5, 'header-org', 1.8),
    'E': ('AR PL UKai CN', 'Times New Roman', 12, None, 2.5),
}


def _font(run, ea, latin, size=None, bold=None, color=None):
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), ea)
    rf.set(qn('w:ascii'), latin)
    rf.set(qn('w:hAnsi'), latin)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor(*color)


def _bottom_border(par, color='D01010', sz=18):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    bot = OxmlElement('w:bottom')
    for k, v in (('val', 'single'), ('sz', str(sz)), ('space', '1'), ('color', color)):
        bot.set(qn('w:' + k), v)
    bdr.append(bot)
    ppr.append(bdr)


def render_docx(blocks, path, tpl='A', landscape=False, header_text=None, footer_text=None):
    ea, latin, size, hdr, margin = DOCX_TEMPLATES[tpl]
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = latin
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), ea)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, m, Cm(margin))
    htxt = header_text if header_text is not None else (hdr if hdr and hdr != 'header-org' else None)
    if htxt:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(hp.add_run(htxt), ea, latin, 8, color=(100, 100, 100))
    if footer_text:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(fp.add_run(footer_text), ea, latin, 8)

    def para(text, align=None, sz=None, bold=False, color=None, indent=False):
        p = doc.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt((sz or size) * 2)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            _font(r, ea, latin, sz, bold, color)
            if i < len(lines) - 1:
                r.add_break()
        return p

    for b in blocks:
        k = b[0]
        if k == 'letterhead':
            p = para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 24, True, (0xD0, 0x10, 0x10))
            _bottom_border(p)
        elif k == 'docno':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'title':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, size + 5, True)
        elif k == 'h':
            para(b[1], None, size + 0.5, True)
        elif k == 'p':
            para(b[1], indent=True)
        elif k == 'pl':
            para(b[1])
        elif k == 'right':
            para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == 'center':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'small':
            para(b[1], None, 8, color=(90, 90, 90))
        elif k == 'pb':
            doc.add_page_break()
        elif k == 'seal':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_before = Pt(0)
            p.add_run().add_picture(io.BytesIO(seal_png(b[1], pale=b[2] if len(b) > 2 else False)), width=Cm(4.0))
        elif k == 'table':
            ncols, placed = grid(b[1])
            nrows = max(r + rs for (r, c, t, rs, cs, bold) in placed)
            t = doc.add_table(rows=nrows, cols=ncols)
            t.style = 'Table Grid'
            for (r, c, txt, rs, cs, bold) in placed:
                cell = t.cell(r, c)
                if rs > 1 or cs > 1:
                    cell = cell.merge(t.cell(r + rs - 1, c + cs - 1))
                cp = cell.paragraphs[0]
                lines = txt.split('\n')
                for i, ln in enumerate(lines):
                    rr = cp.add_run(ln)
                    _font(rr, ea, latin, size - 0.5, bold)
                    if i < len(lines) - 1:
                        rr.add_break()
        else:
            raise ValueError(k)
    doc.core_properties.author = 'Administrator'
    doc.save(path)


# ---------------------------------------------------------------- Flat ODT (LibreOffice native)
def render_fodt(blocks, path, font='Noto Sans CJK SC'):
    esc = html.escape
    body = []
    tcount = 0
    img_count = 0
    for b in blocks:
        k = b[0]
        if k in ('letterhead',):
            body.append(f'<text:p text:style-name="LH">{esc(b[1])}</text:p>')
        elif k == 'title':
            body.append('<text:p text:style-name="T">' + '<text:line-break/>'.join(esc(x) for x in b[1].split('\n')) + '</text:p>')
        elif k == 'h':
            body.append(f'<text:p text:style-name="H">{esc(b[1])}</text:p>')
        elif k == 'p':
            body.append(f'<text:p text:style-name="PI">{esc(b[1])}</text:p>')
        elif k in ('pl', 'small'):
            body.append(f'<text:p text:style-name="P">{esc(b[1])}</text:p>')
        elif k in ('docno', 'center'):
            body.append(f'<text:p text:style-name="C">{esc(b[1])}</text:p>')
        elif k == 'right':
            body.append('<text:p text:style-name="R">' + '<text:line-break/>'.join(esc(x) for x in b[1].split('\n')) + '</text:p>')
        elif k == 'pb':
            body.append('<text:p text:style-name="PB"/>')
        elif k == 'seal':
            img_count += 1
            data = base64.b64encode(seal_png(b[1])).decode()
            body.append(f'<text:p text:style-name="R"><draw:frame draw:style-name="fr1" draw:name="seal{img_count}" '
                        f'text:anchor-type="as-char" svg:width="4cm" svg:height="4cm" draw:z-index="1">'
                        f'<draw:image><office:binary-data>{data}</office:binary-data></draw:image></draw:frame></text:p>')
        elif k == 'table':
            tcount += 1
            ncols, placed = grid(b[1])
            nrows = max(r + rs for (r, c, t, rs, cs, bold) in placed)
            cells = {(r, c): (t, rs, cs, bold) for (r, c, t, rs, cs, bold) in placed}
            covered = set()
            for (r, c, t, rs, cs, bold) in placed:
                for i in range(rs):
                    for j in range(cs):
                        if i or j:
                            covered.add((r + i, c + j))
            x = [f'<table:table table:name="Table{tcount}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{ncols}"/>']
            for r in range(nrows):
                x.append('<table:table-row>')
                for c in range(ncols):
                    if (r, c) in cells:
                        t, rs, cs, bold = cells[(r, c)]
                        at = (f' table:number-rows-spanned="{rs}"' if rs > 1 else '') + (f' table:number-columns-spanned="{cs}"' if cs > 1 else '')
                        ps = ''.join(f'<text:p text:style-name="{"TB" if bold else "P"}">{esc(ln)}</text:p>' for ln in t.split('\n'))
                        x.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"{at}>{ps}</table:table-cell>')
                    elif (r, c) in covered:
                        x.append('<table:covered-table-cell/>')
                    else:
                        x.append('<table:table-cell table:style-name="Cell"><text:p/></table:table-cell>')
                x.append('</table:table-row>')
            x.append('</table:table>')
            body.append(''.join(x))
        else:
            raise ValueError(k)
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="11pt" style:font-size-asian="11pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.4cm"/></style:page-layout>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/></style:style>
<style:style style:name="PI" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.8cm" fo:line-height="150%"/></style:style>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-right="1.2cm"/></style:style>
<style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="LH" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-bottom="0.08cm solid #d01010" fo:padding-bottom="0.1cm"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt" fo:color="#d01010" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="TB" style:family="paragraph"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>'''
    with open(path, 'w', encoding='utf-8') as f:
        f.write(doc)


def soffice_convert(paths, outdir):
    if not paths:
        return
    cmd = ['soffice', '-env:UserInstallation=file:///tmp/lo-final4', '--headless', '--convert-to', 'pdf',
           '--outdir', outdir] + list(paths)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)


# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas

_fonts_done = False


def _reg_fonts():
    global _fonts_done
    if _fonts_done:
        return
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont('UKAI', UKAI, subfontIndex=0))
    pdfmetrics.registerFont(TTFont('UMING', UMING, subfontIndex=0))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _fonts_done = True


def draw_vector_seal(c, x, y, name, r=2.1 * cm, font='WQY', alpha=0.85):
    c.saveState()
    c.setStrokeColor(colors.Color(0.85, 0.1, 0.1, alpha=alpha))
    c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=alpha))
    c.setLineWidth(2.6)
    c.circle(x, y, r, stroke=1, fill=0)
    rs, ri = r * 0.23, r * 0.09
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = rs if i % 2 == 0 else ri
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        (p.moveTo if i == 0 else p.lineTo)(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(name)
    span = min(250, 16 * n + 40)
    fs = r * 0.2
    for i, ch in enumerate(name):
        ang = -span / 2 + span * (i + 0.5) / n
        c.saveState()
        c.translate(x, y)
        c.rotate(-ang)
        c.setFont(font, fs)
        c.drawCentredString(0, r * 0.72, ch)
        c.restoreState()
    c.restoreState()


class SealFlowable(Flowable):
    def __init__(self, name, font='WQY', dx=0):
        super().__init__()
        self.name, self.font, self.dx = name, font, dx
        self.width, self.height = 0, 0

    def draw(self):
        # drawn over the text above (negative y offset), right side of the frame
        draw_vector_seal(self.canv, self._frame_width - 4.5 * cm + self.dx if hasattr(self, '_frame_width') else 12 * cm,
                         1.6 * cm, self.name, font=self.font)

    def wrap(self, aw, ah):
        self._frame_width = aw
        return (0, 0)


def render_rl(blocks, path, font='WQY', landscape=False, title=''):
    _reg_fonts()
    fs = 11
    base = ParagraphStyle('b', fontName=font, fontSize=fs, leading=fs * 1.7, wordWrap='CJK')
    ind = ParagraphStyle('i', parent=base, firstLineIndent=fs * 2)
    ctr = ParagraphStyle('c', parent=base, alignment=1)
    rgt = ParagraphStyle('r', parent=base, alignment=2, rightIndent=1.2 * cm)
    ttl = ParagraphStyle('t', parent=base, alignment=1, fontSize=16, leading=24, spaceBefore=8, spaceAfter=8)
    hd = ParagraphStyle('h', parent=base, fontSize=12, leading=20, spaceBefore=4)
    lh = ParagraphStyle('lh', parent=base, alignment=1, fontSize=22, leading=30, textColor=colors.Color(0.82, 0.06, 0.06))
    sm = ParagraphStyle('s', parent=base, fontSize=8, leading=11, textColor=colors.grey)
    cellst = ParagraphStyle('cell', parent=base, fontSize=9.5, leading=13)
    esc = lambda s: html.escape(s).replace('\n', '<br/>')
    story = []
    for b in blocks:
        k = b[0]
        if k == 'letterhead':
            story.append(Paragraph(esc(b[1]), lh))
            story.append(Table([['']], colWidths=['100%'], style=[('LINEBELOW', (0, 0), (-1, -1), 2, colors.Color(0.82, 0.06, 0.06))]))
        elif k == 'docno':
            story.append(Paragraph(esc(b[1]), ctr))
        elif k == 'title':
            story.append(Paragraph(esc(b[1]), ttl))
        elif k == 'h':
            story.append(Paragraph(esc(b[1]), hd))
        elif k == 'p':
            story.append(Paragraph(esc(b[1]), ind))
        elif k == 'pl':
            story.append(Paragraph(esc(b[1]), base))
        elif k == 'right':
            story.append(Paragraph(esc(b[1]), rgt))
        elif k == 'center':
            story.append(Paragraph(esc(b[1]), ctr))
        elif k == 'small':
            story.append(Paragraph(esc(b[1]), sm))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'seal':
            story.append(SealFlowable(b[1], font=font))
        elif k == 'table':
            ncols, placed = grid(b[1])
            nrows = max(r + rs for (r, c, t, rs, cs, bold) in placed)
            data = [[''] * ncols for _ in range(nrows)]
            spans = []
            for (r, c, t, rs, cs, bold) in placed:
                data[r][c] = Paragraph(esc(t), cellst)
                if rs > 1 or cs > 1:
                    spans.append(('SPAN', (c, r), (c + cs - 1, r + rs - 1)))
            tbl = Table(data, style=[('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')] + spans)
            story.append(tbl)
        else:
            raise ValueError(k)
    ps = rl_landscape(A4) if landscape else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=2.4 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2 * cm, title=title, author='', creator='', invariant=1)
    doc.build(story)


# ---------------------------------------------------------------- scan post-processing
def pdf_to_images(pdf, dpi=150, gray=True):
    tmp = pdf + f'.r{dpi}'
    os.makedirs(tmp, exist_ok=True)
    args = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        args.append('-gray')
    subprocess.run(args + [pdf, os.path.join(tmp, 'p')], check=True)
    files = sorted(f for f in os.listdir(tmp) if f.endswith('.png'))
    ims = [Image.open(os.path.join(tmp, f)).copy() for f in files]
    shutil.rmtree(tmp)
    return ims


def degrade(im, rng, angle, noise, blur=0.0, contrast=1.0, bg=250):
    mode = im.mode
    im = im.convert('RGB')
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(bg, bg, bg))
    if contrast != 1.0:
        from PIL import ImageEnhance
        im = ImageEnhance.Contrast(im).enhance(contrast)
        im = ImageEnhance.Brightness(im).enhance(1.0 + (1 - contrast) * 0.8)
    if noise:
        d = ImageDraw.Draw(im)
        w, h = im.size
        for _ in range(int(noise * w * h / 1000)):
            x, y = rng.randrange(w), rng.randrange(h)
            g = rng.randrange(0, 140)
            s = rng.choice((1, 1, 1, 2))
            d.rectangle([x, y, x + s, y + s], fill=(g, g, g))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if mode in ('L', '1'):
        im = im.convert('L')
    return im


def images_to_pdf(ims, out, dpi, quality=50):
    import img2pdf
    datas = []
    for im in ims:
        b = io.BytesIO()
        im.save(b, 'JPEG', quality=quality, dpi=(dpi, dpi))
        datas.append(b.getvalue())
    with open(out, 'wb') as f:
        f.write(img2pdf.convert(datas, layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))))


def scan_legible(src, out, rng, dpi=150, color=False):
    ims = pdf_to_images(src, dpi, gray=not color)
    ims = [degrade(im, rng, rng.uniform(-1.2, 1.2), 0.15) for im in ims]
    images_to_pdf(ims, out, dpi)


def scan_poor(src, out, rng, style='lowdpi'):
    if style == 'lowdpi':
        ims = pdf_to_images(src, 60)
        ims = [degrade(im, rng, rng.uniform(2.5, 4.0), 3.0, blur=1.1, contrast=0.45) for im in ims]
        images_to_pdf(ims, out, 60, quality=25)
    else:  # speckled / faint at 100 dpi
        ims = pdf_to_images(src, 90)
        ims = [degrade(im, rng, rng.uniform(-3, 3), 12.0, blur=0.9, contrast=0.35) for im in ims]
        images_to_pdf(ims, out, 90, quality=22)


def scan_tiff_g4(src, out, dpi=200):
    import img2pdf
    ims = pdf_to_images(src, dpi)
    bw = [im.point(lambda v: 255 if v > 170 else 0).convert('1') for im in ims]
    b = io.BytesIO()
    bw[0].save(b, 'TIFF', compression='group4', save_all=True, append_images=bw[1:], dpi=(dpi, dpi))
    with open(out, 'wb') as f:
        f.write(img2pdf.convert(b.getvalue()))


def scan_with_rl_textlayer(src, out, rng, dpi=150):
    """Image page plus invisible text (render mode 3) taken from the source text per page."""
    _reg_fonts()
    ims = pdf_to_images(src, dpi)
    c = rl_canvas.Canvas(out, invariant=1)
    for i, im in enumerate(ims):
        im = degrade(im, rng, rng.uniform(-0.6, 0.6), 0.1)
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        b = io.BytesIO()
        im.save(b, 'JPEG', quality=50)
        b.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(b), 0, 0, w, h)
        txt = subprocess.run(['pdftotext', '-layout', '-f', str(i + 1), '-l', str(i + 1), src, '-'],
                             capture_output=True, text=True).stdout
        lines = [ln.strip() for ln in txt.splitlines() if ln.strip()]
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont('WQY', 10)
        y = h - 60
        step = max(10, (h - 120) / max(1, len(lines)))
        for ln in lines:
            t.setTextOrigin(70, y)
            t.textLine(' '.join(ln.split()))
            y -= step
        c.drawText(t)
        c.showPage()
    c.save()


def scan_ocrmypdf(src, out, rng, dpi=150):
    tmp = out + '.img.pdf'
    scan_legible(src, tmp, rng, dpi)
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0', tmp, out],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(tmp)


def phone_photo(src, out_jpg, rng, legible=False):
    ims = pdf_to_images(src, 110 if legible else 80, gray=False)
    im = ims[0].convert('RGB')
    w, h = im.size
    W, H = int(w * 1.25), int(h * 1.2)
    bg = Image.new('RGB', (W, H), (118, 104, 88))
    d = ImageDraw.Draw(bg)
    for _ in range(400):
        x, y = rng.randrange(W), rng.randrange(H)
        d.point((x, y), fill=(90, 80, 70))
    # perspective: paste a skewed page
    k = 0.06 if legible else 0.14
    quad = (int(w * k), 0, 0, h, w, h - int(h * k * 0.6), w - int(w * k * 0.4), int(h * k * 0.3))
    page = im.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(118, 104, 88))
    bg.paste(page, ((W - w) // 2, (H - h) // 2))
    bg = bg.rotate(rng.uniform(-7, 7) if not legible else 2, resample=Image.BICUBIC, fillcolor=(118, 104, 88))
    if not legible:
        bg = bg.filter(ImageFilter.GaussianBlur(1.4))
        from PIL import ImageEnhance
        bg = ImageEnhance.Brightness(bg).enhance(0.72)
    bg.save(out_jpg, 'JPEG', quality=55 if legible else 35)


def site_photo(out_jpg, rng, caption_seed=0):
    """A synthetic photo of a training room (no text)."""
    W, H = 900, 600
    im = Image.new('RGB', (W, H), (200, 196, 186))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 420), (W, 380), (W, H), (0, H)], fill=(150, 120, 90))
    for i in range(4):
        x = 80 + i * 200 + rng.randrange(-10, 10)
        d.rectangle([x, 300, x + 150, 330], fill=(230, 230, 225))
        d.rectangle([x + 10, 330, x + 20, 430], fill=(60, 60, 60))
        d.rectangle([x + 130, 330, x + 140, 430], fill=(60, 60, 60))
        d.rectangle([x + 40, 250, x + 100, 298], fill=(40, 40, 50))
    d.rectangle([300, 60, 620, 200], fill=(245, 245, 245), outline=(90, 90, 90), width=4)
    d.ellipse([820, 30, 860, 60], fill=(50, 50, 50))  # camera
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    im.save(out_jpg, 'JPEG', quality=60)


def gs_redistill(src, out):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5', '-o', out, src],
                   check=True, stdout=subprocess.DEVNULL)


def qpdf_encrypt(src, out, pw='20250118'):
    subprocess.run(['qpdf', '--encrypt', pw, 'owner' + pw, '256', '--', src, out], check=True)


def truncate(src, out, frac=0.45):
    data = open(src, 'rb').read()
    open(out, 'wb').write(data[:int(len(data) * frac)])


# ---------------------------------------------------------------- zip writing
class RawNameInfo(zipfile.ZipInfo):
    """ZipInfo whose name is written with a chosen encoding, with or without the UTF-8 flag."""
    def __init__(self, name, enc='gbk', flag=False):
        super().__init__(name, date_time=(2025, 1, 16, 9, 30, 0))
        self._raw_enc, self._raw_flag = enc, flag
        self.compress_type = zipfile.ZIP_DEFLATED
        self.create_system = 0

    def _encodeFilenameFlags(self):
        raw = self.filename.encode(self._raw_enc)
        if self._raw_flag:
            return raw, self.flag_bits | 0x800
        return raw, self.flag_bits & ~0x800


def write_zip(path, entries, enc='gbk', flag=False):
    """entries: list of (name, bytes). Directories end with '/' and bytes None."""
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in entries:
            zi = RawNameInfo(name, enc, flag)
            if name.endswith('/'):
                zi.external_attr = 0o40775 << 16 | 0x10
                z.writestr(zi, b'')
            else:
                z.writestr(zi, data)


def zip_bytes(entries, enc='gbk', flag=False):
    b = io.BytesIO()
    write_zip(b, entries, enc, flag)
    return b.getvalue()
