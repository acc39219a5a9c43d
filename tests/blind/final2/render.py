"""Renderers for the final2 blind corpus.

A document is described by a list of elements (a tiny layout model):
  ('lh', text)            letterhead (red, large, centred)
  ('no', text)            document number line (centred or right)
  ('t', text)             title; '\n' forces a line break inside the title
  ('h', text)             section heading
  ('p', text)             paragraph
  ('r', text)             right-aligned line (signature / date)
  ('tbl', rows)           table; a cell is a str or {'t': str, 'cs': n, 'rs': n}
  ('seal', text)          round seal (drawn where the producer can draw)
  ('pb',)                 page break
Each renderer turns the same element list into a different file format.
"""
import html
import os
import subprocess
import random
from pathlib import Path

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Flowable)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

_FONTS_DONE = False
TTF = {
    'zenhei': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0),
    'microhei': ('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 0),
    'ukai': ('/usr/share/fonts/truetype/arphic/ukai.ttc', 0),
    'uming': ('/usr/share/fonts/truetype/arphic/uming.ttc', 0),
}


def reg_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    for name, (path, idx) in TTF.items():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _FONTS_DONE = True


def plain_lines(els):
    out = []
    for e in els:
        k = e[0]
        if k in ('lh', 'no', 't', 'h', 'p', 'r'):
            out.extend(e[1].split('\n'))
        elif k == 'tbl':
            for row in e[1]:
                out.append('  '.join((c['t'] if isinstance(c, dict) else c) for c in row))
        elif k == 'seal':
            out.append(e[1])
    return out


# ---------------------------------------------------------------- HTML / Chromium
HTML_STYLES = {
    'gov': ("'AR PL UMing CN'", '#c00'),
    'noto': ("'Noto Serif CJK SC'", '#c00'),
    'kai': ("'AR PL UKai CN'", '#d11'),
    'sans': ("'WenQuanYi Micro Hei'", '#b00'),
    'zen': ("'WenQuanYi Zen Hei'", '#c20'),
}


def to_html(els, style='gov', seal_color=None):
    font, red = HTML_STYLES[style]
    seal_color = seal_color or red
    css = f"""
    @page {{ size: A4; margin: 22mm 24mm; }}
    body {{ font-family: {font}; font-size: 15px; line-height: 1.75; color:#111; }}
    .lh {{ color:{red}; font-size: 30px; text-align:center; letter-spacing: 2px; 
           border-bottom: 3px solid {red}; padding-bottom: 8px; margin-bottom: 6px; }}
    .no {{ text-align:center; margin: 4px 0 14px 0; }}
    .t {{ text-align:center; font-size: 22px; margin: 14px 0; }}
    .h {{ margin-top: 10px; text-decoration: underline; }}
    p {{ text-indent: 2em; margin: 4px 0; }}
    .r {{ text-align:right; margin: 2px 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 8px 0; }}
    td {{ border: 1px solid #333; padding: 4px 6px; font-size: 14px; vertical-align: middle; }}
    .seal {{ float:right; width: 130px; height:130px; border: 4px solid {seal_color}; border-radius: 50%;
             color:{seal_color}; text-align:center; font-size: 12px; line-height:1.3; margin: -60px 30px 0 0;
             display:flex; align-items:center; justify-content:center; opacity:0.85; transform: rotate(-8deg);}}
    .seal b {{ font-size: 26px; display:block; }}
    .pb {{ page-break-after: always; }}
    """
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>']
    for e in els:
        k = e[0]
        if k == 'tbl':
            parts.append('<table>')
            for row in e[1]:
                parts.append('<tr>')
                for c in row:
                    if isinstance(c, dict):
                        attrs = ''
                        if c.get('cs'):
                            attrs += f' colspan="{c["cs"]}"'
                        if c.get('rs'):
                            attrs += f' rowspan="{c["rs"]}"'
                        parts.append(f'<td{attrs}>{html.escape(c["t"]).replace(chr(10), "<br>")}</td>')
                    else:
                        parts.append(f'<td>{html.escape(c).replace(chr(10), "<br>")}</td>')
                parts.append('</tr>')
            parts.append('</table>')
        elif k == 'seal':
            parts.append(f'<div class="seal"><div><b>★</b>{html.escape(e[1])}</div></div><div style="clear:both"></div>')
        elif k == 'pb':
            parts.append('<div class="pb"></div>')
        elif k == 'p':
            parts.append(f'<p>{html.escape(e[1])}</p>')
        else:
            txt = html.escape(e[1]).replace('\n', '<br>')
            parts.append(f'<div class="{k}">{txt}</div>')
    parts.append('</body></html>')
    return ''.join(parts)


def chromium_pdf(html_path, pdf_path, profile):
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu',
           '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run', f'--user-data-dir={profile}',
           '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', str(html_path)]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)


# ---------------------------------------------------------------- python-docx
def to_docx(els, path, font='Noto Serif CJK SC', header=None, footer=None, size=11):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)

    def run_font(run, sz=None, bold=False, color=None):
        run.font.name = font
        run._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if sz:
            run.font.size = Pt(sz)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor(*color)

    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for e in els:
        k = e[0]
        if k == 'tbl':
            rows = e[1]
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            occupied = set()
            for ri, r in enumerate(rows):
                ci = 0
                for c in r:
                    while (ri, ci) in occupied:
                        ci += 1
                    txt = c['t'] if isinstance(c, dict) else c
                    cs = c.get('cs', 1) if isinstance(c, dict) else 1
                    rs = c.get('rs', 1) if isinstance(c, dict) else 1
                    cell = t.cell(ri, ci)
                    if cs > 1 or rs > 1:
                        cell = cell.merge(t.cell(ri + rs - 1, ci + cs - 1))
                        for a in range(ri, ri + rs):
                            for b in range(ci, ci + cs):
                                occupied.add((a, b))
                    cell.text = txt
                    ci += cs
            doc.add_paragraph()
        elif k == 'pb':
            doc.add_page_break()
        elif k == 'seal':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run_font(p.add_run('（盖章）'))
        else:
            p = doc.add_paragraph()
            txt = e[1]
            if k == 'lh':
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run_font(p.add_run(txt), 24, True, (0xCC, 0, 0))
            elif k == 't':
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                lines = txt.split('\n')
                for i, ln in enumerate(lines):
                    r = p.add_run(ln)
                    run_font(r, 17, True)
                    if i < len(lines) - 1:
                        r.add_break()
            elif k == 'no':
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run_font(p.add_run(txt))
            elif k == 'h':
                run_font(p.add_run(txt), None, True)
            elif k == 'r':
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run_font(p.add_run(txt))
            else:
                p.paragraph_format.first_line_indent = Pt(size * 2)
                run_font(p.add_run(txt))
    doc.save(path)


# ---------------------------------------------------------------- flat ODT
def to_fodt(els, path, font='AR PL UMing CN'):
    x = html.escape
    body = []
    tcount = 0
    for e in els:
        k = e[0]
        if k == 'tbl':
            tcount += 1
            rows = e[1]
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in r) for r in rows)
            body.append(f'<table:table table:name="T{tcount}" table:style-name="Tbl">')
            body.append(f'<table:table-column table:number-columns-repeated="{ncol}"/>')
            for r in rows:
                body.append('<table:table-row>')
                for c in r:
                    txt = c['t'] if isinstance(c, dict) else c
                    cs = c.get('cs', 1) if isinstance(c, dict) else 1
                    span = f' table:number-columns-spanned="{cs}"' if cs > 1 else ''
                    paras = ''.join(f'<text:p text:style-name="Cell">{x(s)}</text:p>' for s in txt.split('\n'))
                    body.append(f'<table:table-cell table:style-name="C1" office:value-type="string"{span}>{paras}</table:table-cell>')
                    for _ in range(cs - 1):
                        body.append('<table:covered-table-cell/>')
                body.append('</table:table-row>')
            body.append('</table:table>')
        elif k == 'pb':
            body.append('<text:p text:style-name="PB"/>')
        elif k == 'seal':
            body.append('<text:p text:style-name="R">（盖章）</text:p>')
        else:
            sty = {'lh': 'LH', 't': 'T', 'no': 'C', 'h': 'H', 'r': 'R', 'p': 'P'}[k]
            lines = e[1].split('\n')
            body.append(f'<text:p text:style-name="{sty}">' + '<text:line-break/>'.join(x(s) for s in lines) + '</text:p>')
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="11pt" style:font-size-asian="11pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="LH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#cc0000" fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.8cm" fo:line-height="150%"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document>'''
    Path(path).write_text(doc, encoding='utf-8')


# ---------------------------------------------------------------- reportlab (flowing)
class Seal(Flowable):
    def __init__(self, text, font, color=(0.8, 0.05, 0.05)):
        super().__init__()
        self.text, self.font, self.color = text, font, color
        self.width, self.height = 150 * mm / 4, 38 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 10 * mm

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColorRGB(*self.color)
        c.setFillColorRGB(*self.color)
        c.setLineWidth(2.2)
        cx, cy, r = self.aw - 30 * mm, 8 * mm, 19 * mm
        c.circle(cx, cy, r)
        c.setFont(self.font, 18)
        c.drawCentredString(cx, cy - 6, '★')
        draw_arc_text(c, self.text, cx, cy, r - 5 * mm, self.font, 8.5)
        c.restoreState()


def draw_arc_text(c, text, cx, cy, r, font, size):
    import math
    n = len(text)
    if n == 0:
        return
    span = min(250, 16 * n)
    start = 90 + span / 2
    for i, ch in enumerate(text):
        ang = start - span * (i + 0.5) / n
        a = math.radians(ang)
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        c.saveState()
        c.translate(x, y)
        c.rotate(ang - 90)
        c.setFont(font, size)
        c.drawCentredString(0, -size / 3, ch)
        c.restoreState()


def to_rl(els, path, font='zenhei', seal=True):
    reg_fonts()
    base = ParagraphStyle('b', fontName=font, fontSize=11, leading=19, firstLineIndent=22,
                          wordWrap='CJK')
    sty = {
        'lh': ParagraphStyle('lh', parent=base, fontSize=22, leading=30, alignment=1,
                             textColor=colors.Color(0.8, 0, 0), firstLineIndent=0),
        'no': ParagraphStyle('no', parent=base, alignment=1, firstLineIndent=0),
        't': ParagraphStyle('t', parent=base, fontSize=16, leading=24, alignment=1, firstLineIndent=0, spaceBefore=6, spaceAfter=8),
        'h': ParagraphStyle('h', parent=base, firstLineIndent=0, spaceBefore=4),
        'r': ParagraphStyle('r', parent=base, alignment=2, firstLineIndent=0),
        'p': base,
    }
    cell = ParagraphStyle('cell', parent=base, fontSize=9.5, leading=13, firstLineIndent=0)
    story = []
    for e in els:
        k = e[0]
        if k == 'tbl':
            rows = e[1]
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in r) for r in rows)
            data, spans = [], []
            occupied = set()
            for ri, r in enumerate(rows):
                line = [''] * ncol
                ci = 0
                for c in r:
                    while (ri, ci) in occupied:
                        ci += 1
                    txt = c['t'] if isinstance(c, dict) else c
                    cs = c.get('cs', 1) if isinstance(c, dict) else 1
                    rs = c.get('rs', 1) if isinstance(c, dict) else 1
                    if ci < ncol:
                        line[ci] = Paragraph(html.escape(txt).replace('\n', '<br/>'), cell)
                    if cs > 1 or rs > 1:
                        spans.append(('SPAN', (ci, ri), (ci + cs - 1, ri + rs - 1)))
                        for a in range(ri, ri + rs):
                            for b in range(ci, ci + cs):
                                occupied.add((a, b))
                    ci += cs
                data.append(line)
            t = Table(data, colWidths=[160 * mm / ncol] * ncol)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')] + spans))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'seal':
            if seal:
                story.append(Seal(e[1], font))
            story.append(Spacer(1, 14 * mm))
        else:
            story.append(Paragraph(html.escape(e[1]).replace('\n', '<br/>'), sty[k]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title='', author='')
    doc.build(story)


# ---------------------------------------------------------------- certificate layouts (canvas, coordinates)
def cert_pdf(path, cert, font='uming'):
    """cert: dict(kind=licence|minfei|shetuan|shiye, fields=[(label, value)], title, authority, date)"""
    reg_fonts()
    W, H = A4[1], A4[0]  # landscape
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle('')
    c.setStrokeColorRGB(0.55, 0.4, 0.1)
    c.setLineWidth(5)
    c.rect(18, 18, W - 36, H - 36)
    c.setLineWidth(1)
    c.rect(28, 28, W - 56, H - 56)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    kind = cert['kind']
    c.setFont(font, 34)
    c.drawCentredString(W / 2, H - 95, cert['title'])
    if cert.get('sub'):
        c.setFont(font, 14)
        c.drawCentredString(W / 2, H - 120, cert['sub'])
    c.setFont(font, 12)
    c.drawString(70, H - 70, '统一社会信用代码')
    c.setFont('Helvetica', 13)
    c.drawString(70, H - 88, cert['code'])
    if kind == 'licence':
        # QR-like block
        rnd = random.Random(cert['code'])
        x0, y0, s = W - 150, H - 150, 4
        for i in range(20):
            for j in range(20):
                if rnd.random() < 0.5 or i < 3 and j < 3:
                    c.rect(x0 + i * s, y0 + j * s, s, s, stroke=0, fill=1)
    y = H - 165
    colx = [80, 430]
    fields = cert['fields']
    left = [f for f in fields if not f[0].startswith('>')]
    for idx, (lab, val) in enumerate(left):
        col = 0 if (idx < (len(left) + 1) // 2 or cert.get('onecol')) else 1
        if cert.get('onecol'):
            col = 0
        row = idx if col == 0 else idx - (len(left) + 1) // 2
        yy = y - row * 30
        c.setFont(font, 12.5)
        c.drawString(colx[col], yy, lab)
        c.setFont(font, 11.5)
        lines = wrap_text(val, 22 if col == 0 and not cert.get('onecol') else 46)
        for li, ln in enumerate(lines[:3]):
            c.drawString(colx[col] + 95, yy - li * 15, ln)
    c.setFont(font, 13)
    c.drawString(W - 300, 95, cert['authority'])
    c.drawString(W - 260, 72, cert['date'])
    c.setStrokeColorRGB(0.8, 0.05, 0.05)
    c.setFillColorRGB(0.8, 0.05, 0.05)
    c.setLineWidth(2)
    c.circle(W - 200, 95, 42)
    c.setFont(font, 20)
    c.drawCentredString(W - 200, 88, '★')
    if cert.get('footer'):
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(font, 9)
        c.drawString(60, 40, cert['footer'])
    c.showPage()
    c.save()


def wrap_text(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)] or ['']


# ---------------------------------------------------------------- LibreOffice batch
def soffice_batch(files, outdir, profile):
    if not files:
        return
    cmd = ['soffice', f'-env:UserInstallation=file://{profile}', '--headless',
           '--convert-to', 'pdf', '--outdir', str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=1800)


# ---------------------------------------------------------------- scans
def scan_images(pdf, tmpdir, seed, dpi=150, color=False, seal=None, maxpages=3):
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    tmpdir = Path(tmpdir)
    tmpdir.mkdir(parents=True, exist_ok=True)
    prefix = tmpdir / 'pg'
    args = ['pdftoppm', '-r', str(dpi), '-l', str(maxpages)]
    args += ['-jpeg'] if color else ['-gray']
    subprocess.run(args + [str(pdf), str(prefix)], check=True)
    pages = sorted(p for p in tmpdir.iterdir() if p.name.startswith('pg'))
    out = []
    for i, p in enumerate(pages):
        im = Image.open(p).convert('RGB' if color else 'L')
        if seal and i == len(pages) - 1 and not color:
            d = ImageDraw.Draw(im)
            w, h = im.size
            cx, cy = int(w * 0.7), int(h * 0.62)
            r = int(w * 0.085)
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=110, width=5)
        ang = rnd.uniform(-1.2, 1.2)
        im = im.rotate(ang, expand=False, fillcolor=(235, 235, 235) if color else 235)
        # noise: light speckle
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 900):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = (90, 90, 90) if color else 90
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        op = tmpdir / f'scan{i:02d}.jpg'
        im.save(op, 'JPEG', quality=50, dpi=(dpi, dpi))
        out.append(op)
    return out


def images_to_pdf(imgs, out):
    subprocess.run(['img2pdf', '-o', str(out)] + [str(i) for i in imgs], check=True)


def ocr_layer_pdf(imgs, page_texts, out, font='STSong-Light'):
    """Image pages plus an invisible text layer (render mode 3), like a scanner's OCR output."""
    from PIL import Image
    reg_fonts()
    c = canvas.Canvas(str(out), pagesize=A4)
    W, H = A4
    for i, img in enumerate(imgs):
        im = Image.open(img)
        iw, ih = im.size
        pw, ph = (W, H) if iw < ih else (H, W)
        c.setPageSize((pw, ph))
        c.drawImage(str(img), 0, 0, pw, ph)
        lines = [l for l in (page_texts[i] if i < len(page_texts) else '').split('\n') if l.strip()]
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(font, 10)
        y = ph - 60
        step = max(9, min(18, (ph - 120) / max(1, len(lines))))
        for ln in lines:
            t.setTextOrigin(50, y)
            t.textOut(' '.join(ln.split()))
            y -= step
        c.drawText(t)
        c.showPage()
    c.save()


def pdf_page_texts(pdf):
    r = subprocess.run(['pdftotext', '-layout', str(pdf), '-'], capture_output=True, text=True)
    return r.stdout.split('\f')


def gs_redistill(src, out):
    subprocess.run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-dCompatibilityLevel=1.5', f'-sOutputFile={out}', str(src)], check=True)


def encrypt(src, out, pw='123456'):
    subprocess.run(['qpdf', '--encrypt', pw, 'owner' + pw, '256', '--', str(src), str(out)], check=True)


def corrupt(src, out):
    data = Path(src).read_bytes()
    Path(out).write_bytes(data[:max(400, int(len(data) * 0.35))])


def site_photo(out, seed, label=None):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    w, h = 960, 720
    im = Image.new('RGB', (w, h), (200, 196, 188))
    d = ImageDraw.Draw(im)
    d.polygon([(0, h), (w, h), (w * 0.7, h * 0.55), (w * 0.3, h * 0.55)], fill=(150, 140, 128))
    d.rectangle([w * 0.3, h * 0.12, w * 0.7, h * 0.55], fill=(225, 224, 218))
    for i in range(rnd.randint(3, 6)):
        x = rnd.randint(60, w - 200)
        y = rnd.randint(int(h * 0.6), h - 120)
        d.rectangle([x, y, x + 140, y + 60], fill=(rnd.randint(90, 140),) * 3)
    d.rectangle([w * 0.42, h * 0.2, w * 0.58, h * 0.32], fill=(30, 30, 40))  # screen
    d.ellipse([w * 0.8, h * 0.05, w * 0.85, h * 0.1], fill=(20, 20, 20))  # camera
    for _ in range(4000):
        x, y = rnd.randrange(w), rnd.randrange(h)
        d.point((x, y), fill=(rnd.randint(0, 255),) * 3)
    im.save(out, 'JPEG', quality=55)
