"""Renderers for the final5 blind corpus: a document is a list of blocks,
rendered by reportlab (embedded TTF), python-docx / flat ODT (LibreOffice),
Chromium HTML, Ghostscript redistill, or as scans (image only / OCR layer / poor)."""
import io, os, math, base64, subprocess, shutil, random, html
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SCR = '/tmp/blind-final5'
ZEN = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
MICRO = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
pdfmetrics.registerFont(TTFont('ZenHei', ZEN, subfontIndex=0))
pdfmetrics.registerFont(TTFont('MicroHei', MICRO, subfontIndex=0))
pdfmetrics.registerFont(TTFont('UKai', '/usr/share/fonts/truetype/arphic/ukai.ttc', subfontIndex=0))
RED = (0.85, 0.1, 0.1)


# ---------------------------------------------------------------- seals
def seal_png(name, size=320, pale=False, oval=False):
    w, h = (size, int(size * 0.72)) if oval else (size, size)
    im = Image.new('RGBA', (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = (220, 40, 40, 150 if pale else 230)
    d.ellipse([6, 6, w - 6, h - 6], outline=col, width=max(6, size // 40))
    cx, cy = w / 2, h / 2
    r = size * 0.11
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.4
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    font = ImageFont.truetype(ZEN, int(size * 0.1))
    n = len(name)
    span = 240 if n > 6 else 180
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        t = math.radians(ang)
        rx, ry = (w / 2 - size * 0.12), (h / 2 - size * 0.12)
        x, y = cx + rx * math.cos(t), cy + ry * math.sin(t)
        g = Image.new('RGBA', (int(size * 0.13), int(size * 0.13)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((1, 0), ch, font=font, fill=col)
        g = g.rotate(-(ang + 90), expand=True)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    return im


def seal_svg(name, size_cm=4.2, pale=False):
    n = len(name)
    op = 0.55 if pale else 0.85
    return (f'<svg class="seal" width="{size_cm}cm" height="{size_cm}cm" viewBox="0 0 200 200" style="opacity:{op}">'
            f'<defs><path id="arc{abs(hash(name))%9999}" d="M 30 110 A 72 72 0 1 1 170 110"/></defs>'
            f'<circle cx="100" cy="100" r="92" fill="none" stroke="#d22" stroke-width="6"/>'
            f'<polygon fill="#d22" points="100,78 106,95 124,95 110,106 115,123 100,113 85,123 90,106 76,95 94,95"/>'
            f'<text fill="#d22" font-size="19" font-family="WenQuanYi Zen Hei"><textPath href="#arc{abs(hash(name))%9999}" '
            f'startOffset="50%" text-anchor="middle">{html.escape(name)}</textPath></text></svg>')


def rl_seal(c, name, x, y, r=55, pale=False):
    c.saveState()
    c.setStrokeColorRGB(*RED); c.setFillColorRGB(*RED)
    if pale:
        c.setFillAlpha(0.5); c.setStrokeAlpha(0.5)
    c.setLineWidth(2.5)
    c.circle(x, y, r)
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r * 0.25 if i % 2 == 0 else r * 0.1
        (p.moveTo if i == 0 else p.lineTo)(x + rr * math.cos(a), y + rr * math.sin(a))
    p.close(); c.drawPath(p, fill=1, stroke=0)
    n = len(name); span = 240 if n > 6 else 180
    c.setFont('ZenHei', r * 0.22)
    for i, ch in enumerate(name):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        t = math.radians(ang)
        c.saveState()
        c.translate(x + (r * 0.74) * math.cos(t), y + (r * 0.74) * math.sin(t))
        c.rotate(ang - 90)
        c.drawCentredString(0, -r * 0.08, ch)
        c.restoreState()
    c.restoreState()


# ---------------------------------------------------------------- reportlab flow
def wrap(text, font, size, width):
    out = []
    for para in text.split('\n'):
        line = ''
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font, size) > width:
                out.append(line); line = ch
            else:
                line += ch
        out.append(line)
    return out


def render_rl(doc, path, font='ZenHei', invisible_over=None):
    """doc: dict(blocks=[...], header=None, footer=None, landscape=False)"""
    ps = landscape(A4) if doc.get('landscape') else A4
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(doc.get('meta_title', ''))
    M = 64
    st = {'y': H - M, 'page': 1}

    def hdr():
        if doc.get('header'):
            c.setFont(font, 9); c.setFillColorRGB(.3, .3, .3)
            c.drawRightString(W - M, H - 36, doc['header']); c.line(M, H - 40, W - M, H - 40)
        if doc.get('footer'):
            c.setFont(font, 9); c.setFillColorRGB(.3, .3, .3)
            c.drawCentredString(W / 2, 30, doc['footer'].replace('{p}', str(st['page'])))
        c.setFillColorRGB(0, 0, 0)
    hdr()

    def newpage():
        c.showPage(); st['page'] += 1; st['y'] = H - M; hdr()

    def need(h):
        if st['y'] - h < M:
            newpage()

    for b in doc['blocks']:
        k = b[0]
        if k == 'pb':
            newpage(); continue
        if k == 'lh':
            c.setFont(font, 24); c.setFillColorRGB(*RED)
            c.drawCentredString(W / 2, st['y'] - 20, b[1]); st['y'] -= 34
            c.setStrokeColorRGB(*RED); c.setLineWidth(1.5); c.line(M, st['y'], W - M, st['y'])
            c.setStrokeColorRGB(0, 0, 0); c.setFillColorRGB(0, 0, 0); c.setLineWidth(1); st['y'] -= 20
        elif k in ('title', 'sub'):
            sz = 16 if k == 'title' else 12
            for ln in b[1].split('\n'):
                need(sz + 8); c.setFont(font, sz); c.drawCentredString(W / 2, st['y'] - sz, ln); st['y'] -= sz + 8
            st['y'] -= 4
        elif k in ('p', 'right', 'small'):
            sz = 9 if k == 'small' else 11
            lines = wrap(('　　' if k == 'p' and not b[1].startswith(('一', '二', '三', '四', '五', '六', '（', '1', '2', '3', '4', '5', 'A', 'B', 'C', 'D', '□', '☑', '■')) else '') + b[1], font, sz, W - 2 * M)
            for ln in lines:
                need(sz + 7); c.setFont(font, sz)
                if k == 'right':
                    c.drawRightString(W - M - 20, st['y'] - sz, ln)
                else:
                    c.drawString(M, st['y'] - sz, ln)
                st['y'] -= sz + 7
        elif k == 'table':
            rows = b[1]; ncol = max(len(r) for r in rows)
            ratios = b[2] if len(b) > 2 and b[2] else [1] * ncol
            tot = sum(ratios); cw = [(W - 2 * M) * r / tot for r in ratios]
            for r in rows:
                cells = [wrap(str(t), font, 10, cw[i] - 8) for i, t in enumerate(r)]
                if len(r) < ncol:  # merged row spans
                    cells = [wrap(str(r[0]), font, 10, W - 2 * M - 8)]
                h = max(len(x) for x in cells) * 14 + 8
                need(h)
                x = M
                widths = cw if len(r) == ncol else [W - 2 * M]
                for i, cl in enumerate(cells):
                    c.rect(x, st['y'] - h, widths[i], h)
                    c.setFont(font, 10)
                    for j, ln in enumerate(cl):
                        c.drawString(x + 4, st['y'] - 15 - 14 * j, ln)
                    x += widths[i]
                st['y'] -= h
            st['y'] -= 10
        elif k == 'box':
            lines = b[1]; h = 16 * len(lines) + 12
            need(h); c.setLineWidth(1.6); c.rect(M, st['y'] - h, W - 2 * M, h); c.setLineWidth(1)
            c.setFont(font, 11)
            for j, ln in enumerate(lines):
                c.drawString(M + 10, st['y'] - 20 - 16 * j, ln)
            st['y'] -= h + 10
        elif k == 'seal':
            rl_seal(c, b[1], W - M - 110, st['y'] + 30, pale=(len(b) > 2 and b[2]))
        elif k == 'gap':
            st['y'] -= b[1]
        elif k == 'img':
            need(b[2] + 10)
            c.drawImage(b[1], M, st['y'] - b[2], width=W - 2 * M, height=b[2], preserveAspectRatio=True)
            st['y'] -= b[2] + 10
    c.save()


def render_cert(doc, path):
    """certificate-like layout: text placed at coordinates, landscape, ornate frame."""
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setStrokeColorRGB(.6, .45, .1); c.setLineWidth(6); c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(1.5); c.rect(32, 32, W - 64, H - 64)
    c.setFillColorRGB(.7, .1, .1); c.setFont('UKai', 30)
    c.drawCentredString(W / 2, H - 90, doc['title'])
    c.setFillColorRGB(0, 0, 0); c.setFont('ZenHei', 11)
    if doc.get('copy'):
        c.drawString(W - 140, H - 70, doc['copy'])
    y = H - 135
    for lab, val in doc['fields']:
        c.setFont('ZenHei', 12); c.drawString(80, y, lab)
        c.setFont('MicroHei', 12)
        for j, ln in enumerate(wrap(val, 'MicroHei', 12, 420)):
            c.drawString(190, y - 17 * j, ln)
        y -= 17 * max(1, len(wrap(val, 'MicroHei', 12, 420))) + 9
    c.setFont('ZenHei', 12)
    for j, ln in enumerate(doc['issuer']):
        c.drawString(W - 270, 110 - 18 * j, ln)
    # QR-like square
    rnd = random.Random(doc['fields'][0][1])
    for i in range(21):
        for j in range(21):
            if rnd.random() < 0.5:
                c.rect(W - 150 + i * 4, H - 240 + j * 4, 4, 4, fill=1, stroke=0)
    if doc.get('issuer_seal'):
        rl_seal(c, doc['issuer_seal'], W - 200, 120, r=48, pale=True)
    if doc.get('seal'):
        rl_seal(c, doc['seal'], 250, 110, r=55)
        c.setFillColorRGB(*RED); c.setFont('ZenHei', 14); c.drawString(180, 45, '与原件一致')
    c.save()


# ---------------------------------------------------------------- HTML / Chromium
def to_html(doc):
    css = ('body{font-family:"Noto Serif CJK SC","AR PL UMing CN",serif;font-size:14px;margin:0 18mm;}'
           '.lh{color:#c00;font-size:30px;text-align:center;letter-spacing:4px;border-bottom:3px solid #c00;padding-bottom:6px;margin-top:10mm;font-family:"Noto Sans CJK SC"}'
           'h1{text-align:center;font-size:21px;font-weight:normal;font-family:"Noto Sans CJK SC"} h2{text-align:center;font-size:15px}'
           'p{text-indent:2em;line-height:1.7;margin:4px 0} p.r{text-align:right;padding-right:3em;text-indent:0} p.s{font-size:11px;text-indent:0}'
           'table{border-collapse:collapse;width:100%;margin:6px 0} td{border:1px solid #333;padding:4px 6px;font-size:13px}'
           '.vt{writing-mode:vertical-rl;letter-spacing:3px;width:1.6em;text-align:center;background:#f3f3f3}'
           '.box{border:2px solid #222;padding:6px 12px;margin:8px 0} .box div{line-height:1.8}'
           '.sealwrap{position:relative;height:0} .sealwrap svg{position:absolute;right:40px;top:-130px}'
           '.hdr{font-size:10px;color:#666;text-align:right;border-bottom:1px solid #999}'
           '.pb{page-break-after:always}')
    if doc.get('landscape'):
        css += '@page{size:A4 landscape}'
    out = [f'<html><head><meta charset="utf-8"><title>{html.escape(doc.get("meta_title",""))}</title><style>{css}</style></head><body>']
    if doc.get('header'):
        out.append(f'<div class="hdr">{html.escape(doc["header"])}</div>')
    for b in doc['blocks']:
        k = b[0]
        if k == 'lh': out.append(f'<div class="lh">{html.escape(b[1])}</div>')
        elif k == 'title': out.append('<h1>' + '<br>'.join(html.escape(x) for x in b[1].split('\n')) + '</h1>')
        elif k == 'sub': out.append(f'<h2>{html.escape(b[1])}</h2>')
        elif k == 'p': out.append(f'<p>{html.escape(b[1])}</p>')
        elif k == 'right': out.append(f'<p class="r">{html.escape(b[1])}</p>')
        elif k == 'small': out.append(f'<p class="s">{html.escape(b[1])}</p>')
        elif k == 'pb': out.append('<div class="pb"></div>')
        elif k == 'gap': out.append(f'<div style="height:{b[1]}px"></div>')
        elif k == 'box': out.append('<div class="box">' + ''.join(f'<div>{html.escape(x)}</div>' for x in b[1]) + '</div>')
        elif k == 'seal': out.append(f'<div class="sealwrap">{seal_svg(b[1], pale=len(b) > 2 and b[2])}</div>')
        elif k == 'table':
            rows = b[1]; ncol = max(len(r) for r in rows); vert = len(b) > 3 and b[3] == 'vertical'
            out.append('<table>')
            for r in rows:
                if len(r) < ncol:
                    out.append(f'<tr><td colspan="{ncol}">{html.escape(str(r[0]))}</td></tr>')
                else:
                    tds = []
                    for i, t in enumerate(r):
                        cls = ' class="vt"' if vert and i % 2 == 0 and i < ncol - 1 and len(str(t)) <= 6 else ''
                        tds.append(f'<td{cls}>{html.escape(str(t))}</td>')
                    out.append('<tr>' + ''.join(tds) + '</tr>')
            out.append('</table>')
    out.append('</body></html>')
    return ''.join(out)


def render_html(doc, path):
    hp = path[:-4] + '.html'
    with open(hp, 'w', encoding='utf-8') as f:
        f.write(to_html(doc))
    prof = os.path.join(SCR, 'chrome-profile')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                    '--disable-component-update', '--disable-sync', '--no-first-run', f'--user-data-dir={prof}',
                    '--no-pdf-header-footer', f'--print-to-pdf={path}', 'file://' + hp],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ---------------------------------------------------------------- docx / fodt
def render_docx(doc, path, fontname='Noto Serif CJK SC'):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    d = docx.Document()
    sec = d.sections[0]
    if doc.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles['Normal']; st.font.name = fontname; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), fontname)
    if doc.get('header'):
        sec.header.paragraphs[0].text = doc['header']
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc.get('footer'):
        sec.footer.paragraphs[0].text = doc['footer'].replace('{p}', '')
        sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in doc['blocks']:
        k = b[0]
        if k == 'lh':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.font.size = Pt(24); r.font.color.rgb = RGBColor(0xCC, 0, 0); r.bold = True
            p2 = d.add_paragraph('━' * 24); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p2.runs[0].font.color.rgb = RGBColor(0xCC, 0, 0)
        elif k in ('title', 'sub'):
            for ln in b[1].split('\n'):
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln); r.font.size = Pt(16 if k == 'title' else 13); r.bold = True
        elif k == 'p':
            p = d.add_paragraph(b[1]); p.paragraph_format.first_line_indent = Cm(0.8)
        elif k == 'small':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(9)
        elif k == 'right':
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'pb':
            d.add_page_break()
        elif k == 'gap':
            d.add_paragraph('')
        elif k == 'box':
            t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
            t.cell(0, 0).text = '\n'.join(b[1])
        elif k == 'seal':
            bio = io.BytesIO(); seal_png(b[1], pale=len(b) > 2 and b[2]).save(bio, 'PNG'); bio.seek(0)
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run().add_picture(bio, width=Cm(4.0))
        elif k == 'table':
            rows = b[1]; ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                if len(r) < ncol:
                    m = t.cell(i, 0).merge(t.cell(i, ncol - 1)); m.text = str(r[0])
                else:
                    for j, v in enumerate(r):
                        t.cell(i, j).text = str(v)
    d.save(path)


def render_fodt(doc, path):
    esc = html.escape
    body = []
    n = 0
    for b in doc['blocks']:
        k = b[0]
        if k == 'lh': body.append(f'<text:p text:style-name="LH">{esc(b[1])}</text:p>')
        elif k == 'title':
            for ln in b[1].split('\n'): body.append(f'<text:p text:style-name="T">{esc(ln)}</text:p>')
        elif k == 'sub': body.append(f'<text:p text:style-name="T2">{esc(b[1])}</text:p>')
        elif k in ('p', 'small'): body.append(f'<text:p text:style-name="P">{esc(b[1])}</text:p>')
        elif k == 'right': body.append(f'<text:p text:style-name="R">{esc(b[1])}</text:p>')
        elif k == 'pb': body.append('<text:p text:style-name="PB"/>')
        elif k == 'gap': body.append('<text:p/>')
        elif k == 'box':
            body.append('<table:table table:name="box%d"><table:table-column/><table:table-row><table:table-cell table:style-name="C" office:value-type="string">' % n
                        + ''.join(f'<text:p>{esc(x)}</text:p>' for x in b[1]) + '</table:table-cell></table:table-row></table:table>'); n += 1
        elif k == 'seal':
            bio = io.BytesIO(); seal_png(b[1]).save(bio, 'PNG')
            body.append('<text:p text:style-name="R"><draw:frame text:anchor-type="as-char" svg:width="4cm" svg:height="4cm"><draw:image>'
                        f'<office:binary-data>{base64.b64encode(bio.getvalue()).decode()}</office:binary-data></draw:image></draw:frame></text:p>')
        elif k == 'table':
            rows = b[1]; ncol = max(len(r) for r in rows)
            s = [f'<table:table table:name="t{n}"><table:table-column table:number-columns-repeated="{ncol}"/>']; n += 1
            for r in rows:
                s.append('<table:table-row>')
                if len(r) < ncol:
                    s.append(f'<table:table-cell table:style-name="C" table:number-columns-spanned="{ncol}" office:value-type="string"><text:p>{esc(str(r[0]))}</text:p></table:table-cell>')
                    s.append('<table:covered-table-cell/>' * (ncol - 1))
                else:
                    for v in r:
                        s.append(f'<table:table-cell table:style-name="C" office:value-type="string"><text:p>{esc(str(v))}</text:p></table:table-cell>')
                s.append('</table:table-row>')
            s.append('</table:table>'); body.append(''.join(s))
    hdr = f'<style:header><text:p text:style-name="R">{esc(doc["header"])}</text:p></style:header>' if doc.get('header') else ''
    x = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="K" svg:font-family="'AR PL UKai CN'"/><style:font-face style:name="M" svg:font-family="'AR PL UMing CN'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="M" style:font-name-asian="M" fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
<style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0.8cm" fo:line-height="150%"/></style:style>
<style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="T" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="K" fo:font-size="18pt" style:font-size-asian="18pt"/></style:style>
<style:style style:name="T2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" style:font-size-asian="13pt"/></style:style>
<style:style style:name="LH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:border-bottom="1.5pt solid #cc0000"/><style:text-properties fo:color="#cc0000" fo:font-size="24pt" style:font-size-asian="24pt"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
</office:styles>
<office:automatic-styles><style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{'29.7cm' if doc.get('landscape') else '21cm'}" fo:page-height="{'21cm' if doc.get('landscape') else '29.7cm'}" fo:margin="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}</style:master-page></office:master-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>'''
    with open(path, 'w', encoding='utf-8') as f:
        f.write(x)


def soffice_batch(files, outdir):
    if not files:
        return
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-final5', '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir] + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


# ---------------------------------------------------------------- scans
def raster(pdf, dpi, gray=True, first_only=False):
    base = pdf[:-4] + f'_r{dpi}'
    args = ['pdftoppm', '-r', str(dpi), '-png']
    if gray: args.append('-gray')
    if first_only: args += ['-f', '1', '-l', '1']
    subprocess.run(args + [pdf, base], check=True)
    d = os.path.dirname(base); pre = os.path.basename(base)
    fs = sorted(f for f in os.listdir(d) if f.startswith(pre + '-') and f.endswith('.png'))
    ims = [Image.open(os.path.join(d, f)).copy() for f in fs]
    for f in fs: os.remove(os.path.join(d, f))
    return ims


def degrade(im, rnd, angle, noise, blur=0):
    im = im.convert('L')
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        px = im.load(); w, h = im.size
        for _ in range(int(w * h * noise)):
            x, y = rnd.randrange(w), rnd.randrange(h); px[x, y] = rnd.choice((0, 90, 255))
    return im


def images_to_pdf(ims, path, dpi, q=50):
    import img2pdf
    datas = []
    for im in ims:
        bio = io.BytesIO(); im.save(bio, 'JPEG', quality=q, dpi=(dpi, dpi)); datas.append(bio.getvalue())
    with open(path, 'wb') as f:
        f.write(img2pdf.convert(datas))


def scan_pdf(src_pdf, path, rnd, dpi=150, angle=0.8, noise=0.0008, q=50):
    ims = [degrade(im, rnd, angle * rnd.choice((1, -1)), noise) for im in raster(src_pdf, dpi)]
    images_to_pdf(ims, path, dpi, q)


def tiff_scan_pdf(src_pdf, path, rnd, dpi=150):
    """multi-page bilevel TIFF (CCITT G4) wrapped into a PDF by img2pdf"""
    import img2pdf
    ims = [degrade(im, rnd, 0.4, 0.0004).point(lambda v: 255 if v > 150 else 0, '1') for im in raster(src_pdf, dpi)]
    tp = path[:-4] + '.tif'
    ims[0].save(tp, save_all=True, append_images=ims[1:], compression='group4', dpi=(dpi, dpi))
    with open(path, 'wb') as f:
        f.write(img2pdf.convert(tp))
    os.remove(tp)


def poor_pdf(src_pdf, path, rnd):
    ims = [degrade(im, rnd, 2.5, 0.02, blur=1.3) for im in raster(src_pdf, 60)]
    ims = [im.point(lambda v: min(255, int(v * 0.55 + 120))) for im in ims]  # faint
    images_to_pdf(ims, path, 60, q=30)


def ocr_layer_pdf(src_pdf, path, rnd, lines_per_page, dpi=150, angle=3.0):
    """scan image + invisible text (render mode 3), like a scanner's OCR output"""
    ims = [degrade(im, rnd, angle, 0.0006) for im in raster(src_pdf, dpi)]
    c = canvas.Canvas(path, invariant=1)
    for pi, im in enumerate(ims):
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        bio = io.BytesIO(); im.save(bio, 'JPEG', quality=50); bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=w, height=h)
        t = c.beginText(); t.setTextRenderMode(3); t.setFont('ZenHei', 11)
        y = h - 70
        for ln in (lines_per_page[pi] if pi < len(lines_per_page) else []):
            t.setTextOrigin(64, y); t.textLine(ln); y -= 18
        c.drawText(t); c.showPage()
    c.save()


def photo_jpg(src_pdf, path, rnd, poor=True):
    im = raster(src_pdf, 90, gray=False, first_only=True)[0].convert('RGB')
    w, h = im.size
    bg = Image.new('RGB', (int(w * 1.25), int(h * 1.2)), (120, 100, 80))
    bg.paste(im, (int(w * 0.1), int(h * 0.08)))
    # perspective: keystone
    W2, H2 = bg.size
    bg = bg.transform(bg.size, Image.QUAD, (-W2 * 0.06, 0, 0, H2, W2, H2 * 1.02, W2 * 1.04, -H2 * 0.05), Image.BICUBIC, fillcolor=(90, 80, 70))
    bg = bg.rotate(7 if poor else 2, expand=False, fillcolor=(90, 80, 70))
    if poor:
        bg = bg.filter(ImageFilter.GaussianBlur(1.6))
    bg.save(path, 'JPEG', quality=45)


def find_coeffs(pa, pb):
    import numpy
    matrix = []
    for p1, p2 in zip(pa, pb):
        matrix.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        matrix.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = numpy.matrix(matrix, dtype=float); B = numpy.array(pb).reshape(8)
    res = numpy.dot(numpy.linalg.inv(A.T * A) * A.T, B)
    return numpy.array(res).reshape(8)


def site_photo(path, rnd, caption=''):
    im = Image.new('RGB', (900, 640), (200, 205, 210))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 420, 900, 640], fill=(150, 130, 110))
    for i in range(6):
        x = 60 + i * 140
        d.rectangle([x, 300, x + 100, 430], fill=(rnd.randrange(60, 200), rnd.randrange(60, 200), rnd.randrange(60, 200)))
    d.rectangle([80, 60, 820, 250], fill=(235, 235, 230), outline=(80, 80, 80), width=4)
    im = im.filter(ImageFilter.GaussianBlur(1))
    im.save(path, 'JPEG', quality=55)


def floorplan_pdf(path, rnd):
    im = Image.new('L', (1240, 1754), 255)
    d = ImageDraw.Draw(im)
    for _ in range(9):
        x, y = rnd.randrange(100, 900), rnd.randrange(200, 1400)
        d.rectangle([x, y, x + rnd.randrange(120, 300), y + rnd.randrange(100, 260)], outline=0, width=5)
    d.rectangle([80, 150, 1160, 1600], outline=0, width=8)
    images_to_pdf([im], path, 150, q=45)


def gs_redistill(src, path):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                    f'-sOutputFile={path}', src], check=True, stdout=subprocess.DEVNULL)


def encrypt(src, path):
    subprocess.run(['qpdf', '--encrypt', 'sh2025', 'owner447', '256', '--', src, path], check=True)
