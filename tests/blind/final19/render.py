import zlib
def shash(s): return zlib.crc32(str(s).encode())
"""Renderers: one document model (list of blocks) -> several producers."""
import os, io, math, random, subprocess, html
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

pdfmetrics.registerFont(TTFont('WQY', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('Droid', '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
PILFONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
RED = (0.85, 0.1, 0.1)

# ---------------- reportlab ----------------
def _wrap(text, font, size, width):
    lines, cur = [], ''
    for ch in text:
        if ch == '\n':
            lines.append(cur); cur = ''; continue
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines

def rl_seal(c, cx, cy, name, r=44, center='★', alpha=0.82):
    c.saveState()
    c.setStrokeColorRGB(*RED); c.setFillColorRGB(*RED)
    try:
        c.setFillAlpha(alpha); c.setStrokeAlpha(alpha)
    except Exception:
        pass
    c.setLineWidth(2.6); c.circle(cx, cy, r)
    c.setFont('WQY', 22); c.drawCentredString(cx, cy - 8, center)
    n = len(name); fs = 11 if n <= 14 else 9
    span = min(250, 16 * n)
    start = 90 + span / 2
    for i, ch in enumerate(name):
        a = math.radians(start - (span * i / max(n - 1, 1)))
        x = cx + (r - 12) * math.cos(a); y = cy + (r - 12) * math.sin(a)
        c.saveState(); c.translate(x, y); c.rotate(math.degrees(a) - 90)
        c.setFont('WQY', fs); c.drawCentredString(0, -fs / 3, ch); c.restoreState()
    c.restoreState()

class RL:
    def __init__(self, path, font='WQY', base=11):
        self.c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
        self.c.setTitle(os.path.basename(path)); self.c.setAuthor('')
        self.font, self.base = font, base
        self.W, self.H = A4; self.m = 62; self.y = self.H - 70
    def need(self, h):
        if self.y - h < 60:
            self.c.showPage(); self.y = self.H - 70
    def text(self, s, size=None, align='L', color=None, indent=0, lead=1.6):
        size = size or self.base; f = self.font
        width = self.W - 2 * self.m - indent
        for ln in _wrap(s, f, size, width):
            self.need(size * lead)
            self.c.setFont(f, size)
            if color: self.c.setFillColorRGB(*color)
            if align == 'C': self.c.drawCentredString(self.W / 2, self.y - size, ln)
            elif align == 'R': self.c.drawRightString(self.W - self.m, self.y - size, ln)
            else: self.c.drawString(self.m + indent, self.y - size, ln)
            self.c.setFillColorRGB(0, 0, 0)
            self.y -= size * lead
            indent = 0; width = self.W - 2 * self.m
    def table(self, rows, widths=None, size=None, header=True):
        size = size or self.base - 1; f = self.font
        tw = self.W - 2 * self.m
        n = max(len(r) for r in rows)
        widths = widths or [1] * n
        tot = sum(widths); ws = [tw * w / tot for w in widths]
        for ri, row in enumerate(rows):
            # merged cell support: None = merged with cell above (drawn blank w/o top line)
            cells = [_wrap(str(x) if x is not None else '', f, size, ws[i] - 8) for i, x in enumerate(row)]
            if len(row) < n:  # span last cell
                pass
            h = max(len(cl) for cl in cells) * size * 1.35 + 8
            self.need(h)
            x = self.m
            for i, cl in enumerate(cells):
                w = ws[i] if i < len(row) - 1 or len(row) == n else tw - (x - self.m)
                self.c.setLineWidth(0.6)
                if row[i] is None:
                    self.c.line(x, self.y - h, x + w, self.y - h); self.c.line(x, self.y, x, self.y - h); self.c.line(x + w, self.y, x + w, self.y - h)
                else:
                    self.c.rect(x, self.y - h, w, h)
                self.c.setFont(f, size)
                for k, ln in enumerate(cl):
                    self.c.drawString(x + 4, self.y - 4 - size * (k + 1) * 1.3 + 2, ln)
                x += w
            self.y -= h
        self.y -= 8
    def render(self, blocks):
        for b in blocks:
            t = b[0]
            if t == 'letterhead':
                self.text(b[1], size=b[2] if len(b) > 2 else 24, align='C', color=RED, lead=1.5)
                self.c.setStrokeColorRGB(*RED); self.c.setLineWidth(1.8)
                self.c.line(self.m, self.y - 4, self.W - self.m, self.y - 4); self.c.setStrokeColorRGB(0, 0, 0)
                self.y -= 16
            elif t == 'docno': self.text(b[1], align='C')
            elif t == 'h': self.text(b[1], size=b[2] if len(b) > 2 else 16, align='C', lead=1.8)
            elif t == 'h2': self.text(b[1], size=self.base + 1, lead=1.8)
            elif t == 'p': self.text(b[1], indent=2 * self.base)
            elif t == 'pl': self.text(b[1])
            elif t == 'pr': self.text(b[1], align='R')
            elif t == 'small': self.text(b[1], size=8, align='C')
            elif t == 'table': self.table(b[1], b[2] if len(b) > 2 else None)
            elif t == 'space': self.y -= b[1]
            elif t == 'sign':
                lines, seal = b[1], b[2]
                self.need(len(lines) * 18 + 60); top = self.y
                for ln in lines: self.text(ln, align='R')
                if seal:
                    rl_seal(self.c, self.W - self.m - 70, (top + self.y) / 2 + 4, seal)
                self.y -= 10
            elif t == 'seal':
                rl_seal(self.c, b[2], b[3], b[1])
            elif t == 'pagebreak':
                self.c.showPage(); self.y = self.H - 70
            elif t == 'cert':
                self.cert(*b[1:])
        self.c.save()
    def cert(self, title, sub, fields, issuer, date, seal, copyseal=None):
        c = self.c; W, H = self.W, self.H
        c.setStrokeColorRGB(0.6, 0.45, 0.15); c.setLineWidth(5); c.rect(30, 30, W - 60, H - 60)
        c.setLineWidth(1); c.rect(40, 40, W - 80, H - 80); c.setStrokeColorRGB(0, 0, 0)
        c.setFont(self.font, 30); c.drawCentredString(W / 2, H - 130, title)
        if sub: c.setFont(self.font, 13); c.drawCentredString(W / 2, H - 160, sub)
        y = H - 215
        for k, v in fields:
            c.setFont(self.font, 11.5); c.drawString(80, y, k)
            lines = _wrap(v, self.font, 11.5, W - 80 - 190)
            for ln in lines:
                c.drawString(190, y, ln); y -= 20
            y -= 8
        c.setFont(self.font, 12); c.drawRightString(W - 90, 150, issuer); c.drawRightString(W - 90, 128, date)
        if seal: rl_seal(c, W - 150, 145, seal, r=48, center='★')
        if copyseal: rl_seal(c, 150, 170, copyseal, r=40)
        c.setFont(self.font, 8); c.drawCentredString(W / 2, 55, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn' if '营业执照' in title else '')
        c.showPage(); self.y = H - 70

def render_rl(blocks, path, font='WQY', base=11):
    RL(path, font, base).render(blocks)

# ---------------- seal PNG ----------------
_seal_cache = {}
def seal_png(name, path, size=300, gray=False):
    img = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img); col = (215, 30, 30, 220)
    d.ellipse([8, 8, size - 8, size - 8], outline=col, width=9)
    f = ImageFont.truetype(PILFONT, 34); fs = ImageFont.truetype(PILFONT, 70)
    d.text((size / 2, size / 2), '★', font=fs, fill=col, anchor='mm')
    n = len(name); span = min(250, 17 * n); r = size / 2 - 40
    for i, ch in enumerate(name):
        a = math.radians(90 + span / 2 - span * i / max(n - 1, 1))
        ci = Image.new('RGBA', (50, 50), (0, 0, 0, 0)); ImageDraw.Draw(ci).text((25, 25), ch, font=f, fill=col, anchor='mm')
        ci = ci.rotate(math.degrees(a) - 90, resample=Image.BICUBIC)
        x = size / 2 + r * math.cos(a); y = size / 2 - r * math.sin(a)
        img.alpha_composite(ci, (int(x - 25), int(y - 25)))
    img.save(path)
    return path

# ---------------- docx ----------------
def render_docx(blocks, path, tmpdir, font='宋体'):
    from docx import Document
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(11)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
    def para(text, size=11, align=None, color=None, bold=False, indent=False):
        p = doc.add_paragraph(); r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if color: r.font.color.rgb = RGBColor(*color)
        if align == 'C': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == 'R': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent: p.paragraph_format.first_line_indent = Pt(22)
        return p
    for b in blocks:
        t = b[0]
        if t == 'letterhead': para(b[1], 22, 'C', (200, 20, 20), True)
        elif t == 'docno': para(b[1], 11, 'C')
        elif t == 'h': para(b[1], 16, 'C', bold=True)
        elif t == 'h2': para(b[1], 12, bold=True)
        elif t == 'p': para(b[1], indent=True)
        elif t in ('pl', 'small'): para(b[1], 11 if t == 'pl' else 8)
        elif t == 'pr': para(b[1], align='R')
        elif t == 'space': para('')
        elif t == 'table':
            rows = b[1]; n = max(len(r) for r in rows)
            tb = doc.add_table(rows=len(rows), cols=n); tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j in range(n):
                    v = r[j] if j < len(r) else ''
                    if v is None:
                        try: tb.cell(i - 1, j).merge(tb.cell(i, j))
                        except Exception: pass
                    else:
                        tb.cell(i, j).text = str(v)
            para('')
        elif t == 'sign':
            for ln in b[1]: para(ln, align='R')
            if b[2]:
                png = os.path.join(tmpdir, 'seal_%d.png' % abs(shash(b[2])))
                seal_png(b[2], png)
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(png, width=Mm(38))
        elif t == 'pagebreak': doc.add_page_break()
        elif t == 'cert':
            title, sub, fields, issuer, date, seal = b[1:7]
            para(title, 22, 'C', bold=True)
            if sub: para(sub, 12, 'C')
            tb = doc.add_table(rows=len(fields), cols=2); tb.style = 'Table Grid'
            for i, (k, v) in enumerate(fields): tb.cell(i, 0).text = k; tb.cell(i, 1).text = v
            para(issuer, align='R'); para(date, align='R')
    doc.save(path)

# ---------------- odt ----------------
def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def mk(name, size, align='start', color=None, bold=False):
        s = Style(name=name, family='paragraph')
        tp = dict(fontsize='%dpt' % size, fontsizeasian='%dpt' % size, fontnameasian='Noto Serif CJK SC', fontfamilyasian='Noto Serif CJK SC')
        if color: tp['color'] = color
        if bold: tp['fontweightasian'] = 'bold'; tp['fontweight'] = 'bold'
        s.addElement(TextProperties(**tp)); s.addElement(ParagraphProperties(textalign=align, marginbottom='0.15cm'))
        doc.automaticstyles.addElement(s); return s
    S = {'h': mk('H', 16, 'center', bold=True), 'p': mk('Pp', 11), 'c': mk('C', 11, 'center'), 'r': mk('R', 11, 'end'),
         'lh': mk('LH', 22, 'center', '#cc1111', True), 'h2': mk('H2', 12, bold=True), 'td': mk('TD', 10)}
    cs = Style(name='cell', family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    for b in blocks:
        t = b[0]
        if t == 'letterhead': doc.text.addElement(P(stylename=S['lh'], text=b[1]))
        elif t in ('docno', 'small'): doc.text.addElement(P(stylename=S['c'], text=b[1]))
        elif t == 'h': doc.text.addElement(P(stylename=S['h'], text=b[1]))
        elif t == 'h2': doc.text.addElement(P(stylename=S['h2'], text=b[1]))
        elif t == 'p': doc.text.addElement(P(stylename=S['p'], text='\u3000\u3000' + b[1]))
        elif t == 'pl': doc.text.addElement(P(stylename=S['p'], text=b[1]))
        elif t == 'pr': doc.text.addElement(P(stylename=S['r'], text=b[1]))
        elif t == 'space': doc.text.addElement(P(stylename=S['p'], text=''))
        elif t == 'sign':
            for ln in b[1]: doc.text.addElement(P(stylename=S['r'], text=ln))
        elif t == 'table':
            rows = b[1]; n = max(len(r) for r in rows)
            tb = Table(); tb.addElement(TableColumn(numbercolumnsrepeated=n))
            for r in rows:
                tr = TableRow()
                for j in range(n):
                    v = r[j] if j < len(r) else ''
                    tc = TableCell(stylename=cs); tc.addElement(P(stylename=S['td'], text='' if v is None else str(v))); tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb); doc.text.addElement(P(stylename=S['p'], text=''))
        elif t == 'pagebreak':
            pb = Style(name='PB%d' % id(b), family='paragraph'); pb.addElement(ParagraphProperties(breakbefore='page')); doc.automaticstyles.addElement(pb)
            doc.text.addElement(P(stylename=pb, text=''))
    doc.save(path)

# ---------------- html / chromium ----------------
def seal_svg(name, color='#d42020'):
    n = len(name)
    return ('<svg class="seal" width="150" height="150" viewBox="0 0 150 150"><defs><path id="arc%d" d="M 25 85 A 52 52 0 1 1 125 85"/></defs>'
            '<circle cx="75" cy="75" r="68" fill="none" stroke="%s" stroke-width="4"/>'
            '<text font-size="%d" fill="%s"><textPath href="#arc%d" startOffset="50%%" text-anchor="middle">%s</textPath></text>'
            '<text x="75" y="92" font-size="44" fill="%s" text-anchor="middle">★</text></svg>') % (
        abs(shash(name)) % 99999, color, 15 if n < 13 else 12, color, abs(shash(name)) % 99999, html.escape(name), color)

def render_html(blocks, path, css_variant=0):
    fonts = ['"WenQuanYi Zen Hei", sans-serif', '"Droid Sans Fallback", sans-serif', '"WenQuanYi Zen Hei Sharp", "WenQuanYi Zen Hei", sans-serif']
    css = ('@page{size:A4;margin:22mm 20mm}body{font-family:%s;font-size:14px;line-height:1.75;color:#111}'
           '.lh{color:#c8161d;font-size:30px;text-align:center;font-weight:bold;letter-spacing:2px;border-bottom:3px solid #c8161d;padding-bottom:6px;margin-bottom:10px}'
           'h1{font-size:21px;text-align:center;margin:14px 0}h2{font-size:16px;margin:10px 0 4px}p.i{text-indent:2em;margin:4px 0}.c{text-align:center}.r{text-align:right}'
           'table{border-collapse:collapse;width:100%%;margin:8px 0}td,th{border:1px solid #333;padding:4px 6px;font-size:13px;vertical-align:top}th{background:#eef2f7}'
           '.sign{position:relative;text-align:right;margin-top:20px}.sign .seal{position:absolute;right:30px;top:-40px;opacity:.85}'
           '.pb{page-break-after:always}.cert{border:8px double #a07828;padding:30px;height:900px;position:relative}.cert h1{font-size:34px}'
           '.cert .seal{position:absolute;right:60px;bottom:60px}.small{font-size:10px;text-align:center;color:#555}') % fonts[css_variant % 3]
    out = ['<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>' % css]
    e = html.escape
    for b in blocks:
        t = b[0]
        if t == 'letterhead': out.append('<div class="lh">%s</div>' % e(b[1]))
        elif t == 'docno': out.append('<p class="c">%s</p>' % e(b[1]))
        elif t == 'h': out.append('<h1>%s</h1>' % e(b[1]))
        elif t == 'h2': out.append('<h2>%s</h2>' % e(b[1]))
        elif t == 'p': out.append('<p class="i">%s</p>' % e(b[1]))
        elif t == 'pl': out.append('<p>%s</p>' % e(b[1]))
        elif t == 'pr': out.append('<p class="r">%s</p>' % e(b[1]))
        elif t == 'small': out.append('<p class="small">%s</p>' % e(b[1]))
        elif t == 'space': out.append('<br>')
        elif t == 'table':
            rows = b[1]; out.append('<table>')
            # merged cells: None below a value -> rowspan
            n = len(rows)
            for i, r in enumerate(rows):
                out.append('<tr>')
                for j, v in enumerate(r):
                    if v is None: continue
                    span = 1
                    while i + span < n and j < len(rows[i + span]) and rows[i + span][j] is None: span += 1
                    tag = 'th' if i == 0 else 'td'
                    out.append('<%s%s>%s</%s>' % (tag, ' rowspan="%d"' % span if span > 1 else '', e(str(v)).replace('\n', '<br>'), tag))
                out.append('</tr>')
            out.append('</table>')
        elif t == 'sign':
            out.append('<div class="sign">%s%s</div>' % (''.join('<div>%s</div>' % e(x) for x in b[1]), seal_svg(b[2]) if b[2] else ''))
        elif t == 'pagebreak': out.append('<div class="pb"></div>')
        elif t == 'cert':
            title, sub, fields, issuer, date, seal = b[1:7]
            out.append('<div class="cert"><h1>%s</h1><p class="c">%s</p><table style="border:none">' % (e(title), e(sub or '')))
            for k, v in fields: out.append('<tr><td style="border:none;width:22%%">%s</td><td style="border:none">%s</td></tr>' % (e(k), e(v)))
            out.append('</table><p class="r" style="margin-top:60px">%s<br>%s</p>%s</div>' % (e(issuer), e(date), seal_svg(seal) if seal else ''))
    out.append('</body></html>')
    open(path, 'w', encoding='utf-8').write(''.join(out))

def chromium_pdf(htmlpath, pdfpath):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdfpath, 'file://' + os.path.abspath(htmlpath)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ---------------- scans ----------------
def pdf_to_images(pdf, dpi, gray=False):
    import tempfile, glob
    d = tempfile.mkdtemp(dir=os.path.dirname(pdf))
    subprocess.run(['pdftoppm', '-r', str(dpi)] + (['-gray'] if gray else []) + ['-png', pdf, d + '/p'], check=True)
    ims = [Image.open(f).convert('L' if gray else 'RGB') for f in sorted(glob.glob(d + '/p*.png'))]
    for f in glob.glob(d + '/*'): os.remove(f)
    os.rmdir(d)
    return ims

def degrade(im, rng, mode='legible'):
    if mode == 'legible':
        im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor='white' if im.mode == 'RGB' else 255)
        im = ImageEnhance.Brightness(im).enhance(0.97)
        px = im.load(); w, h = im.size
        for _ in range(w * h // 400):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = (120, 120, 120) if im.mode == 'RGB' else 120
    elif mode == 'faint':
        im = im.filter(ImageFilter.GaussianBlur(2.2))
        im = ImageEnhance.Contrast(im).enhance(0.18); im = ImageEnhance.Brightness(im).enhance(1.35)
        w, h = im.size; im = im.resize((w // 2, h // 2)).resize((w, h))
    elif mode == 'blur':
        im = im.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, fillcolor='white' if im.mode == 'RGB' else 255)
        im = im.filter(ImageFilter.GaussianBlur(3.5))
        im = ImageEnhance.Contrast(im).enhance(0.45)
    return im

def scan_pdf(src_pdf, out_pdf, rng, dpi=150, gray=True, mode='legible', quality=70):
    ims = pdf_to_images(src_pdf, dpi, gray)
    names = []
    for i, im in enumerate(ims):
        im = degrade(im, rng, mode)
        fn = out_pdf + '.%02d.jpg' % i; im.save(fn, 'JPEG', quality=quality, dpi=(dpi, dpi)); names.append(fn)
    subprocess.run(['/usr/bin/img2pdf', '--pagesize', 'A4', '-o', out_pdf] + names, check=True)
    for fn in names: os.remove(fn)

def scan_jpg(src_pdf, out_jpg, rng, dpi=110, mode='legible', photo=False):
    im = pdf_to_images(src_pdf, dpi, False)[0]
    im = degrade(im, rng, mode)
    if photo:
        w, h = im.size
        bg = Image.new('RGB', (int(w * 1.12), int(h * 1.08)), (92, 80, 66))
        im = im.rotate(rng.uniform(-3, 3), expand=True, fillcolor=(92, 80, 66))
        im = ImageEnhance.Brightness(im).enhance(0.9)
        bg.paste(im, ((bg.size[0] - im.size[0]) // 2, (bg.size[1] - im.size[1]) // 2)); im = bg
    im.save(out_jpg, 'JPEG', quality=60)

def scan_ocr_layer(src_pdf, out_pdf, rng, lines_per_page, dpi=150):
    """Image scan + invisible text (render mode 3) drawn with reportlab."""
    ims = pdf_to_images(src_pdf, dpi, True)
    c = canvas.Canvas(out_pdf, pagesize=A4)
    W, H = A4
    for pi, im in enumerate(ims):
        im = degrade(im, rng, 'legible')
        b = io.BytesIO(); im.save(b, 'JPEG', quality=45); b.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(b), 0, 0, W, H)
        t = c.beginText(); t.setTextRenderMode(3); t.setFont('WQY', 10); t.setTextOrigin(62, H - 80)
        for ln in (lines_per_page[pi] if pi < len(lines_per_page) else []):
            t.textLine(ln)
        c.drawText(t); c.showPage()
    c.save()

def gs_redistill(src, out):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5', '-sOutputFile=' + out, src],
                   check=True, stdout=subprocess.DEVNULL)

def block_lines(blocks):
    """Text lines per page for OCR layers."""
    pages, cur = [], []
    for b in blocks:
        if b[0] == 'pagebreak': pages.append(cur); cur = []; continue
        if b[0] in ('letterhead', 'docno', 'h', 'h2', 'p', 'pl', 'pr', 'small'):
            s = b[1]
            while s: cur.append(s[:40]); s = s[40:]
        elif b[0] == 'table':
            for r in b[1]: cur.append(' '.join('' if x is None else str(x) for x in r)[:80])
        elif b[0] == 'sign': cur.extend(b[1])
        elif b[0] == 'cert':
            cur.append(b[1]); cur.extend('%s %s' % kv for kv in b[3]); cur += [b[4], b[5]]
    pages.append(cur)
    return pages
