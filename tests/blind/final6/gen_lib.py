# -*- coding: utf-8 -*-
"""Rendering library for the final6 blind corpus: credit codes, seals and
several independent PDF producers (reportlab TTF / CID, python-docx + LibreOffice,
odfpy + LibreOffice, Chromium HTML, Ghostscript redistill, scans, OCR layers)."""
import io, os, re, math, random, subprocess, shutil, html, zipfile
import zlib


def _h(s):
    return zlib.crc32(s.encode("utf-8"))


from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageOps

WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
RED = (210, 30, 35)

# ---------------------------------------------------------------- credit codes
USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(code8):
    s = sum(_v36(c) * w for c, w in zip(code8, ORG_W))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc_check(code17):
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(code17, USCC_W))
    return USCC_ALPHA[(31 - s % 31) % 31]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_ALPHA for c in code):
        return False
    return org_check(code[8:16]) == code[16] and uscc_check(code[:17]) == code[17]


def make_uscc(rng, prefix, region, bad_last=False, bad_org=False):
    """prefix like '91', region like '310115'."""
    alpha = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    while True:
        if prefix in ('91', '92', '93'):
            body = 'MA' + ''.join(rng.choice(alpha) for _ in range(6))
        else:
            body = ''.join(rng.choice(alpha) for _ in range(8))
        oc = org_check(body)
        if bad_org:
            oc = rng.choice([c for c in '0123456789' if c != oc])
        c17 = prefix + region + body + oc
        if any(c not in alpha for c in c17):
            continue
        last = uscc_check(c17)
        if bad_last:
            last = rng.choice([c for c in alpha if c != last])
        return c17 + last


def _selftest():
    assert uscc_valid('91310115MA1FL0A00C')
    assert uscc_valid('52310104MJ5K3L7D1F')
    assert uscc_valid('123100004250018698')
    assert not uscc_valid('91310115MA1FL0A00D')
    assert not uscc_valid('52310104MJ5K3L7D0C')
    assert uscc_check('52310104MJ5K3L7D0') == 'C'


_selftest()

# ---------------------------------------------------------------- seals (PIL)
_font_cache = {}


def pil_font(size):
    if size not in _font_cache:
        _font_cache[size] = ImageFont.truetype(WQY, size)
    return _font_cache[size]


def seal_png(text, path, size=360, bottom='', color=RED, seed=0, oval=False):
    """A round red seal with text on the upper arc and a star; slight ink texture."""
    rng = random.Random(seed)
    im = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    r = size / 2 - 8
    col = color + (235,)
    d.ellipse([c - r, c - r, c + r, c + r], outline=col, width=max(6, size // 45))
    # star
    pts = []
    rs = size * 0.13
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = rs if i % 2 == 0 else rs * 0.4
        pts.append((c + rr * math.cos(a), c - rr * math.sin(a)))
    d.polygon(pts, fill=col)
    # arc text
    n = len(text)
    fs = int(size * (0.13 if n <= 12 else 0.11 if n <= 16 else 0.09))
    font = pil_font(fs)
    span = 250 if n > 6 else 180
    step = span / max(n - 1, 1)
    start = 90 + span / 2
    for i, ch in enumerate(text):
        ang = math.radians(start - i * step)
        rr = r - fs * 0.85
        x = c + rr * math.cos(ang)
        y = c - rr * math.sin(ang)
        g = Image.new('RGBA', (fs + 8, fs + 8), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, 2), ch, font=font, fill=col)
        g = g.rotate(math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if bottom:
        f2 = pil_font(int(size * 0.075))
        w = d.textlength(bottom, font=f2)
        d.text((c - w / 2, c + size * 0.2), bottom, font=f2, fill=col)
    # ink texture: punch a few random holes
    px = im.load()
    for _ in range(size * 6):
        x, y = rng.randrange(size), rng.randrange(size)
        if px[x, y][3]:
            px[x, y] = px[x, y][:3] + (rng.randrange(60, 200),)
    im.save(path)
    return path


def seal_svg(text, size=150, bottom=''):
    n = len(text)
    r = size / 2 - 4
    c = size / 2
    fs = size * (0.13 if n <= 12 else 0.11 if n <= 16 else 0.09)
    tr = r - fs * 1.05
    span = 250 if n > 6 else 180
    a0 = math.radians(90 + span / 2)
    a1 = math.radians(90 - span / 2)
    x0, y0 = c + tr * math.cos(a0), c - tr * math.sin(a0)
    x1, y1 = c + tr * math.cos(a1), c - tr * math.sin(a1)
    large = 1 if span > 180 else 0
    pts = []
    rs = size * 0.13
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = rs if i % 2 == 0 else rs * 0.4
        pts.append('%.1f,%.1f' % (c + rr * math.cos(a), c - rr * math.sin(a)))
    pid = 'arc%d' % (_h(text) % 100000)
    b = ''
    if bottom:
        b = '<text x="%.1f" y="%.1f" font-size="%.1f" text-anchor="middle" fill="#d21e23">%s</text>' % (
            c, c + size * 0.3, size * 0.075, html.escape(bottom))
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="opacity:.86">'
            '<defs><path id="%s" d="M%.1f,%.1f A%.1f,%.1f 0 %d,1 %.1f,%.1f"/></defs>'
            '<circle cx="%.1f" cy="%.1f" r="%.1f" fill="none" stroke="#d21e23" stroke-width="%.1f"/>'
            '<polygon points="%s" fill="#d21e23"/>'
            '<text font-size="%.1f" fill="#d21e23" font-family="Noto Sans CJK SC" letter-spacing="1">'
            '<textPath href="#%s" startOffset="50%%" text-anchor="middle">%s</textPath></text>%s</svg>') % (
        size, size, size, size, pid, x0, y0, tr, tr, large, x1, y1, c, c, r, size / 30,
        ' '.join(pts), fs, pid, html.escape(text), b)


# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas

pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
pdfmetrics.registerFont(UnicodeCIDFont('STHeiti-Light')) if False else None


def rl_seal(cv, cx, cy, r, text, bottom='', font='WQY', alpha=0.85):
    cv.saveState()
    try:
        cv.setStrokeAlpha(alpha)
        cv.setFillAlpha(alpha)
    except Exception:
        pass
    cv.setStrokeColorRGB(0.82, 0.12, 0.14)
    cv.setFillColorRGB(0.82, 0.12, 0.14)
    cv.setLineWidth(r / 18)
    cv.circle(cx, cy, r, stroke=1, fill=0)
    p = cv.beginPath()
    rs = r * 0.27
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = rs if i % 2 == 0 else rs * 0.4
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        (p.moveTo if i == 0 else p.lineTo)(x, y)
    p.close()
    cv.drawPath(p, stroke=0, fill=1)
    n = len(text)
    fs = r * (0.26 if n <= 12 else 0.22 if n <= 16 else 0.18)
    span = 250 if n > 6 else 180
    step = span / max(n - 1, 1)
    start = 90 + span / 2
    for i, ch in enumerate(text):
        a = math.radians(start - i * step)
        rr = r - fs * 1.05
        cv.saveState()
        cv.translate(cx + rr * math.cos(a), cy + rr * math.sin(a))
        cv.rotate(math.degrees(a) - 90)
        cv.setFont(font, fs)
        cv.drawCentredString(0, -fs * 0.35, ch)
        cv.restoreState()
    if bottom:
        cv.setFont(font, r * 0.16)
        cv.drawCentredString(cx, cy - r * 0.55, bottom)
    cv.restoreState()


class Letterhead(Flowable):
    def __init__(self, issuer, docno, font, width, suffix=''):
        super().__init__()
        self.issuer, self.docno, self.font, self.w, self.suffix = issuer, docno, font, width, suffix

    def wrap(self, aw, ah):
        return aw, 34 * mm if self.docno else 26 * mm

    def draw(self):
        cv = self.canv
        t = self.issuer + self.suffix
        fs = 26
        while pdfmetrics.stringWidth(t, self.font, fs) > self.w * 0.95 and fs > 12:
            fs -= 1
        cv.setFillColorRGB(0.85, 0.1, 0.1)
        cv.setFont(self.font, fs)
        h = 34 * mm if self.docno else 26 * mm
        cv.drawCentredString(self.w / 2, h - 12 * mm, t)
        if self.docno:
            cv.setFillColorRGB(0, 0, 0)
            cv.setFont(self.font, 11)
            cv.drawCentredString(self.w / 2, h - 21 * mm, self.docno)
        cv.setStrokeColorRGB(0.85, 0.1, 0.1)
        cv.setLineWidth(1.6)
        cv.line(0, 4 * mm, self.w, 4 * mm)


class SignBlock(Flowable):
    def __init__(self, lines, seal, font, width, seal_bottom=''):
        super().__init__()
        self.lines, self.seal, self.font, self.w, self.sb = lines, seal, font, width, seal_bottom

    def wrap(self, aw, ah):
        return aw, max(len(self.lines) * 8 * mm + 6 * mm, 34 * mm if self.seal else 0)

    def draw(self):
        cv = self.canv
        cv.setFont(self.font, 12)
        h = self.wrap(0, 0)[1]
        y = h - 10 * mm
        xr = self.w - 12 * mm
        for ln in self.lines:
            cv.drawRightString(xr, y, ln)
            y -= 8 * mm
        if self.seal:
            rl_seal(cv, xr - 28 * mm, h - 16 * mm, 20 * mm, self.seal, self.sb, font='WQY')


def rl_render(blocks, path, font='WQY', header=None, landscape_=False):
    ps = landscape(A4) if landscape_ else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=25 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title='', author='')
    W = ps[0] - 47 * mm
    base = ParagraphStyle('b', fontName=font, fontSize=11.5, leading=19, wordWrap='CJK',
                          firstLineIndent=23)
    noind = ParagraphStyle('n', parent=base, firstLineIndent=0)
    title = ParagraphStyle('t', parent=base, fontSize=17, leading=26, alignment=1,
                           firstLineIndent=0, spaceAfter=8, spaceBefore=4)
    h = ParagraphStyle('h', parent=base, fontSize=12.5, leading=21, firstLineIndent=0,
                       spaceBefore=6)
    cell = ParagraphStyle('c', parent=base, fontSize=10, leading=14, firstLineIndent=0)
    small = ParagraphStyle('s', parent=base, fontSize=8.5, leading=11, firstLineIndent=0,
                           textColor=colors.grey)
    right = ParagraphStyle('r', parent=noind, alignment=2)
    story = []
    for b in blocks:
        k = b[0]
        esc = lambda s: html.escape(s).replace('\n', '<br/>')
        if k == 'lh':
            story.append(Letterhead(b[1], b[2], font, W, b[3] if len(b) > 3 else ''))
            story.append(Spacer(1, 6 * mm))
        elif k == 'title':
            story.append(Paragraph('<b>%s</b>' % esc(b[1]), title))
        elif k == 'h':
            story.append(Paragraph('<b>%s</b>' % esc(b[1]), h))
        elif k == 'p':
            story.append(Paragraph(esc(b[1]), base))
        elif k == 'pl':
            story.append(Paragraph(esc(b[1]), noind))
        elif k == 'pr':
            story.append(Paragraph(esc(b[1]), right))
        elif k == 'small':
            story.append(Paragraph(esc(b[1]), small))
        elif k == 'sp':
            story.append(Spacer(1, b[1] * mm))
        elif k == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(esc(str(x)), cell) for x in r] + [''] * (ncol - len(r)) for r in rows]
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                tot = sum(widths)
                widths = [W * w / tot for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1)
            st = [('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                  ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if len(b) > 3 and b[3] == 'kv':
                st.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f2f2f2')))
            else:
                st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8e8e8')))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == 'sign':
            story.append(SignBlock(b[1], b[2], font, W, b[3] if len(b) > 3 else ''))
        elif k == 'pb':
            story.append(PageBreak())

    def onpage(cv, d):
        if header:
            cv.saveState()
            cv.setFont(font, 8)
            cv.setFillColorRGB(0.4, 0.4, 0.4)
            cv.drawString(25 * mm, ps[1] - 12 * mm, header)
            cv.drawRightString(ps[0] - 22 * mm, 10 * mm, '第 %d 页' % cv.getPageNumber())
            cv.restoreState()
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- certificates (canvas)
def rl_certificate(cert, path, font='WQY'):
    """cert: dict(title, subtitle, fields[(k,v)], authority, date, auth_seal(bool),
    copy_seal(str|None), landscape(bool), code)"""
    ps = landscape(A4) if cert.get('landscape', True) else A4
    cv = rl_canvas.Canvas(path, pagesize=ps)
    W, H = ps
    rng = random.Random(cert.get('seed', 1))
    # border
    cv.setStrokeColorRGB(0.55, 0.35, 0.15)
    cv.setLineWidth(4)
    cv.rect(14 * mm, 14 * mm, W - 28 * mm, H - 28 * mm)
    cv.setLineWidth(1)
    cv.rect(17 * mm, 17 * mm, W - 34 * mm, H - 34 * mm)
    # emblem placeholder
    cv.setFillColorRGB(0.8, 0.15, 0.1)
    cv.circle(W / 2, H - 36 * mm, 9 * mm, stroke=0, fill=1)
    cv.setFillColorRGB(0.95, 0.8, 0.2)
    cv.circle(W / 2, H - 36 * mm, 5 * mm, stroke=0, fill=1)
    cv.setFillColorRGB(0.1, 0.1, 0.1)
    cv.setFont(font, 28)
    cv.drawCentredString(W / 2, H - 60 * mm, cert['title'])
    if cert.get('subtitle'):
        cv.setFont(font, 13)
        cv.drawCentredString(W / 2, H - 69 * mm, cert['subtitle'])
    cv.setFont(font, 10.5)
    cv.drawString(28 * mm, H - 30 * mm, '统一社会信用代码')
    cv.setFont(font, 12)
    cv.drawString(28 * mm, H - 37 * mm, cert['code'])
    # fake QR
    qx, qy, q = W - 52 * mm, H - 52 * mm, 26 * mm
    n = 25
    cs = q / n
    cv.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if fin:
                on = i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4) or \
                    (i >= n - 7 and (i in (n - 7, n - 1) or 2 <= i - (n - 7) <= 4 and 2 <= j <= 4)) or \
                    (j >= n - 7 and (j in (n - 7, n - 1) or 2 <= j - (n - 7) <= 4 and 2 <= i <= 4))
            else:
                on = rng.random() < 0.45
            if on:
                cv.rect(qx + j * cs, qy + (n - 1 - i) * cs, cs, cs, stroke=0, fill=1)
    cv.setFont(font, 7)
    cv.drawCentredString(qx + q / 2, qy - 4 * mm, '扫描二维码登录“国家企业信用信息公示系统”')
    # fields
    y = H - 84 * mm
    x0 = 40 * mm
    fs = 11.5 if cert.get('landscape', True) else 11
    lw = (W - 80 * mm) / 2 if cert.get('two_col') else W - 80 * mm
    for k, v in cert['fields']:
        cv.setFont(font, fs)
        cv.setFillColorRGB(0.1, 0.1, 0.1)
        cv.drawString(x0, y, k)
        # wrap value
        maxw = W - x0 - 40 * mm - 30 * mm
        line = ''
        lines = []
        for ch in v:
            if pdfmetrics.stringWidth(line + ch, font, fs) > maxw:
                lines.append(line)
                line = ch
            else:
                line += ch
        lines.append(line)
        for ln in lines:
            cv.drawString(x0 + 30 * mm, y, ln)
            y -= 6.5 * mm
        y -= 1.5 * mm
    # authority
    cv.setFont(font, 12)
    cv.drawString(W - 115 * mm, 42 * mm, '登记机关' if cert.get('auth_label', True) else '')
    cv.drawString(W - 95 * mm, 42 * mm, cert['authority'])
    cv.drawString(W - 95 * mm, 32 * mm, cert['date'])
    if cert.get('auth_seal'):
        rl_seal(cv, W - 72 * mm, 40 * mm, 19 * mm, cert['authority'], font=font, alpha=0.7)
    cv.setFont(font, 7.5)
    cv.setFillColorRGB(0.3, 0.3, 0.3)
    cv.drawCentredString(W / 2, 20 * mm, cert.get('footer', '国家市场监督管理总局监制'))
    if cert.get('copy_seal'):
        cv.setFillColorRGB(0.1, 0.1, 0.5)
        cv.setFont(font, 15)
        cv.drawString(60 * mm, 52 * mm, '与原件一致')
        cv.setFont(font, 10)
        cv.drawString(60 * mm, 45 * mm, '仅供申报社会培训评价组织使用')
        rl_seal(cv, 85 * mm, 50 * mm, 20 * mm, cert['copy_seal'], font=font, alpha=0.8)
    cv.showPage()
    cv.save()


def html_certificate(cert):
    """Same certificate drawn with absolutely positioned HTML (Chromium producer)."""
    land = cert.get('landscape', True)
    pw, ph = (297, 210) if land else (210, 297)
    out = ['<!doctype html><html><head><meta charset="utf-8"><style>',
           '@page{size:%dmm %dmm;margin:0}body{margin:0;font-family:"Noto Serif CJK SC"}' % (pw, ph),
           '.pg{position:relative;width:%dmm;height:%dmm;overflow:hidden}' % (pw, ph),
           '.a{position:absolute;white-space:nowrap}</style></head><body><div class="pg">',
           '<div class="a" style="left:12mm;top:12mm;width:%dmm;height:%dmm;border:3px double #8b5a2b"></div>' % (pw - 26, ph - 26),
           '<div class="a" style="left:0;width:%dmm;top:26mm;text-align:center;font-size:30pt;letter-spacing:12pt">%s</div>' % (pw, cert['title']),
           '<div class="a" style="left:0;width:%dmm;top:44mm;text-align:center;font-size:13pt">%s</div>' % (pw, cert.get('subtitle', '')),
           '<div class="a" style="left:26mm;top:20mm;font-size:10pt">统一社会信用代码<br><span style="font-size:12pt">%s</span></div>' % cert['code']]
    y = 58
    for k, v in cert['fields']:
        out.append('<div class="a" style="left:36mm;top:%dmm;font-size:11pt;width:32mm">%s</div>' % (y, k))
        out.append('<div class="a" style="left:70mm;top:%dmm;font-size:11pt;white-space:normal;width:%dmm">%s</div>' % (y, pw - 120, html.escape(v)))
        y += 8 + 5 * (len(v) // 46)
    out.append('<div class="a" style="right:30mm;bottom:30mm;font-size:12pt;text-align:left">%s<br>%s</div>' % (cert['authority'], cert['date']))
    if cert.get('auth_seal'):
        out.append('<div class="a" style="right:32mm;bottom:18mm">%s</div>' % seal_svg(cert['authority'], 140))
    if cert.get('copy_seal'):
        out.append('<div class="a" style="left:50mm;bottom:30mm;color:#223;font-size:15pt">与原件一致<br><span style="font-size:10pt">仅供申报使用</span></div>')
        out.append('<div class="a" style="left:60mm;bottom:16mm">%s</div>' % seal_svg(cert['copy_seal'], 150))
    out.append('<div class="a" style="left:0;width:%dmm;bottom:16mm;text-align:center;font-size:8pt;color:#555">%s</div>' % (pw, cert.get('footer', '')))
    out.append('</div></body></html>')
    return ''.join(out)


# ---------------------------------------------------------------- HTML documents
def html_render(blocks, header=None, css_variant=0):
    # Noto CJK (OpenType/CFF) comes out of Skia as big Type 3 fonts: only for short letters
    short = any(b[0] == 'lh' for b in blocks) and sum(b[0] == 'pb' for b in blocks) == 0
    fams = ['"Noto Serif CJK SC"', '"Noto Sans CJK SC"', '"WenQuanYi Zen Hei"']
    fam = fams[css_variant % 3] if short else '"WenQuanYi Zen Hei", "WenQuanYi Zen Hei Sharp"'
    css = ('@page{size:A4;margin:22mm 20mm 20mm 24mm}body{font-family:%s;font-size:11.5pt;line-height:1.75}'
           'h1{text-align:center;font-size:17pt;margin:6pt 0 10pt}h3{font-size:12.5pt;margin:8pt 0 2pt}'
           'p{text-indent:2em;margin:2pt 0}p.n{text-indent:0}p.r{text-align:right}'
           'table{border-collapse:collapse;width:100%%;margin:4pt 0 8pt}td,th{border:1px solid #000;padding:3pt 5pt;font-size:10.5pt}'
           'th{background:#eee}.lh{text-align:center;color:#d21e23;font-size:24pt;font-weight:bold;letter-spacing:2pt}'
           '.no{text-align:center;font-size:11pt}.rl{border-bottom:2px solid #d21e23;margin:4pt 0 16pt}'
           '.sg{position:relative;text-align:right;margin-top:18pt;padding-right:14mm;min-height:36mm}'
           '.sg svg{position:absolute;right:22mm;top:-8mm}.hd{font-size:8pt;color:#777;border-bottom:1px solid #ccc;margin-bottom:6pt}'
           '.sm{font-size:8.5pt;color:#666}.pb{page-break-before:always}') % fam
    out = ['<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>' % css]
    if header:
        out.append('<div class="hd">%s</div>' % html.escape(header))
    e = lambda s: html.escape(s).replace('\n', '<br>')
    for b in blocks:
        k = b[0]
        if k == 'lh':
            out.append('<div class="lh">%s%s</div>' % (e(b[1]), e(b[3]) if len(b) > 3 else ''))
            if b[2]:
                out.append('<div class="no">%s</div>' % e(b[2]))
            out.append('<div class="rl"></div>')
        elif k == 'title':
            out.append('<h1>%s</h1>' % e(b[1]))
        elif k == 'h':
            out.append('<h3>%s</h3>' % e(b[1]))
        elif k == 'p':
            out.append('<p>%s</p>' % e(b[1]))
        elif k == 'pl':
            out.append('<p class="n">%s</p>' % e(b[1]))
        elif k == 'pr':
            out.append('<p class="r">%s</p>' % e(b[1]))
        elif k == 'small':
            out.append('<p class="n sm">%s</p>' % e(b[1]))
        elif k == 'sp':
            out.append('<div style="height:%dmm"></div>' % b[1])
        elif k == 'table':
            rows = b[1]
            out.append('<table>')
            for i, r in enumerate(rows):
                tag = 'th' if (i == 0 and not (len(b) > 3 and b[3] == 'kv')) else 'td'
                out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, e(str(x)), tag) for x in r) + '</tr>')
            out.append('</table>')
        elif k == 'sign':
            s = seal_svg(b[2], 150, b[3] if len(b) > 3 else '') if b[2] else ''
            out.append('<div class="sg">%s%s</div>' % ('<br>'.join(e(x) for x in b[1]), s))
        elif k == 'pb':
            out.append('<div class="pb"></div>')
    out.append('</body></html>')
    return ''.join(out)


# ---------------------------------------------------------------- python-docx
def docx_render(blocks, path, tmpdir, header=None, font='宋体', seed=0):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(26), Mm(24), Mm(25), Mm(22)
    st = d.styles['Normal']
    st.font.size = Pt(12)
    st.font.name = 'Times New Roman'
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.append(rf)
    rf.set(qn('w:eastAsia'), font)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(8)

    def para(text, align=None, size=None, bold=False, color=None, indent=True):
        p = d.add_paragraph()
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.first_line_indent = Pt(24)
        p.paragraph_format.space_after = Pt(2)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            if size:
                r.font.size = Pt(size)
            r.bold = bold
            if color:
                r.font.color.rgb = RGBColor(*color)
            if i < len(lines) - 1:
                r.add_break()
        return p

    for b in blocks:
        k = b[0]
        if k == 'lh':
            para(b[1] + (b[3] if len(b) > 3 else ''), 'c', 24 if len(b[1]) < 14 else 19, True, RED, False)
            p = para(b[2] or ' ', 'c', 11, indent=False)
            pPr = p._p.get_or_add_pPr()
            bd = OxmlElement('w:pBdr')
            bt = OxmlElement('w:bottom')
            for a, v in (('val', 'single'), ('sz', '18'), ('space', '4'), ('color', 'D21E23')):
                bt.set(qn('w:' + a), v)
            bd.append(bt)
            pPr.append(bd)
            para(' ', indent=False)
        elif k == 'title':
            para(b[1], 'c', 17, True, indent=False)
        elif k == 'h':
            para(b[1], None, 13, True, indent=False)
        elif k == 'p':
            para(b[1])
        elif k == 'pl':
            para(b[1], indent=False)
        elif k == 'pr':
            para(b[1], 'r', indent=False)
        elif k == 'small':
            para(b[1], None, 8.5, indent=False, color=(100, 100, 100))
        elif k == 'sp':
            para(' ', indent=False)
        elif k == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j in range(ncol):
                    c = t.cell(i, j)
                    c.text = str(r[j]) if j < len(r) else ''
                    for pp in c.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(10.5)
                            if i == 0 and not (len(b) > 3 and b[3] == 'kv'):
                                rr.bold = True
            d.add_paragraph()
        elif k == 'sign':
            para(' ', indent=False)
            for ln in b[1]:
                para(ln, 'r', indent=False)
            if b[2]:
                png = os.path.join(tmpdir, 'seal_%d_%d.png' % (seed, _h(b[2]) % 10 ** 6))
                seal_png(b[2], png, size=220, bottom=b[3] if len(b) > 3 else '', seed=seed)
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(png, width=Mm(38))
        elif k == 'pb':
            d.add_page_break()
    d.core_properties.author = 'Administrator'
    d.save(path)


# ---------------------------------------------------------------- odfpy
def odt_render(blocks, path, tmpdir, header=None, seed=0):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, GraphicProperties, TableProperties)
    from odf.text import P, LineBreak
    from odf.table import Table as OTable, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    fam = 'WenQuanYi Zen Hei' if seed % 4 else 'WenQuanYi Zen Hei Sharp'

    def pst(name, size='12pt', bold=False, align=None, color=None, indent=True, brk=False, border=False):
        s = Style(name=name, family='paragraph')
        pp = {}
        if align:
            pp['textalign'] = align
        if indent:
            pp['textindent'] = '0.85cm'
        if brk:
            pp['breakbefore'] = 'page'
        if border:
            pp['borderbottom'] = '0.06cm solid #d21e23'
            pp['padding'] = '0.1cm'
        pp['marginbottom'] = '0.1cm'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontsize=size, fontsizeasian=size, fontfamily=fam, fontfamilyasian=fam)
        if bold:
            tp.update(fontweight='bold', fontweightasian='bold')
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s
    S = {'p': pst('Pb'), 'pl': pst('Pn', indent=False), 'pr': pst('Pr', align='end', indent=False),
         'title': pst('Pt', '17pt', True, 'center', indent=False),
         'h': pst('Ph', '13pt', True, indent=False),
         'small': pst('Ps', '8.5pt', indent=False, color='#666666'),
         'lh': pst('Plh', '22pt', True, 'center', '#d21e23', False),
         'no': pst('Pno', '11pt', False, 'center', indent=False, border=True),
         'cell': pst('Pc', '10.5pt', indent=False),
         'brk': pst('Pbrk', indent=False, brk=True)}
    cs = Style(name='Cell', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    fs = Style(name='fr', family='graphic')
    fs.addElement(GraphicProperties(wrap='run-through', runthrough='foreground', horizontalpos='right',
                                    horizontalrel='paragraph'))
    doc.automaticstyles.addElement(fs)

    def addp(style, text):
        p = P(stylename=style)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        doc.text.addElement(p)
        return p
    if header:
        addp(S['small'], header)
    pending_break = False
    for b in blocks:
        k = b[0]
        if pending_break:
            doc.text.addElement(P(stylename=S['brk']))
            pending_break = False
        if k == 'lh':
            addp(S['lh'], b[1] + (b[3] if len(b) > 3 else ''))
            addp(S['no'], b[2] or ' ')
        elif k in ('title', 'h', 'p', 'pl', 'pr', 'small'):
            addp(S[k], b[1])
        elif k == 'sp':
            addp(S['pl'], '')
        elif k == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = OTable()
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for j in range(ncol):
                    tc = TableCell(stylename=cs)
                    tc.addElement(P(stylename=S['cell'], text=str(r[j]) if j < len(r) else ''))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            addp(S['pl'], '')
        elif k == 'sign':
            addp(S['pl'], '')
            first = None
            for ln in b[1]:
                p = addp(S['pr'], ln)
                first = first or p
            if b[2]:
                png = os.path.join(tmpdir, 'oseal_%d_%d.png' % (seed, _h(b[2]) % 10 ** 6))
                seal_png(b[2], png, size=220, bottom=b[3] if len(b) > 3 else '', seed=seed)
                href = doc.addPicture(png)
                fr = Frame(stylename=fs, width='4cm', height='4cm', anchortype='paragraph', y='-1.2cm')
                fr.addElement(DImage(href=href))
                first.addElement(fr)
        elif k == 'pb':
            pending_break = True
    doc.save(path)


# ---------------------------------------------------------------- converters
def soffice_batch(files, outdir):
    if not files:
        return
    os.makedirs(outdir, exist_ok=True)
    prof = '/tmp/lo_profile_final6'
    for i in range(0, len(files), 40):
        chunk = files[i:i + 40]
        subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless',
                        '--convert-to', 'pdf', '--outdir', outdir] + chunk,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=900)


def chromium_pdf(html_path, pdf_path):
    import threading
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--user-data-dir=/tmp/chrome_final6_%d' % threading.get_ident(), '--print-to-pdf=' + pdf_path, 'file://' + html_path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)


def gs_redistill(src, dst, extra=()):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-dCompatibilityLevel=1.5', '-dPDFSETTINGS=/ebook', *extra, '-sOutputFile=' + dst, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rasterize(src, dpi, gray, tmpdir, tag):
    base = os.path.join(tmpdir, 'ras_' + tag)
    args = ['pdftoppm', '-r', str(dpi)]
    args += ['-gray'] if gray else []
    subprocess.run(args + ['-png', src, base], check=True)
    files = sorted(f for f in os.listdir(tmpdir) if f.startswith('ras_' + tag + '-'))
    return [os.path.join(tmpdir, f) for f in files]


def degrade(im, rng, mode):
    """mode: 'scan' legible, 'faint' unreadable, 'photo' legible photo, 'poorphoto' unreadable."""
    if mode == 'scan':
        ang = rng.uniform(-1.6, 1.6)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False,
                       fillcolor=255 if im.mode == 'L' else (255, 255, 255))
        if im.mode == 'RGB':
            tone = Image.new('RGB', im.size, (rng.randint(238, 250), rng.randint(236, 248), rng.randint(228, 242)))
            im = Image.blend(im, tone, 0.06)
        noise = Image.effect_noise(im.size, rng.uniform(4, 7)).convert('L')
        if im.mode == 'RGB':
            noise = noise.convert('RGB')
        im = Image.blend(im, noise, 0.012)
        im = im.filter(ImageFilter.GaussianBlur(0.35))
        return im
    if mode == 'faint':
        im = im.convert('L')
        w, h = im.size
        im = im.resize((w * 60 // 200, h * 60 // 200), Image.BILINEAR)
        im = im.filter(ImageFilter.GaussianBlur(1.6))
        im = Image.blend(im, Image.new('L', im.size, 250), 0.82)
        noise = Image.effect_noise(im.size, 25).convert('L')
        im = Image.blend(im, noise, 0.12)
        return im
    if mode in ('photo', 'poorphoto'):
        im = im.convert('RGB')
        w, h = im.size
        # put the page on a desk, perspective skew
        bg = Image.new('RGB', (int(w * 1.18), int(h * 1.12)), (rng.randint(90, 130), rng.randint(70, 100), rng.randint(50, 80)))
        bg.paste(im, (int(w * 0.09), int(h * 0.05)))
        W, H = bg.size
        dx, dy = W * 0.04, H * 0.03
        coeffs = _persp([(0, 0), (W, 0), (W, H), (0, H)],
                        [(rng.uniform(0, dx), rng.uniform(0, dy)), (W - rng.uniform(0, dx), rng.uniform(0, dy)),
                         (W - rng.uniform(0, dx * 2), H - rng.uniform(0, dy)), (rng.uniform(0, dx * 2), H)])
        bg = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        # light gradient
        grad = Image.linear_gradient('L').resize((W, H)).rotate(rng.choice([0, 90, 180, 270]))
        dark = ImageEnhance.Brightness(bg).enhance(0.78)
        bg = Image.composite(bg, dark, grad)
        if mode == 'poorphoto':
            bg = bg.resize((W // 4, H // 4), Image.BILINEAR).filter(ImageFilter.GaussianBlur(3.5))
            bg = ImageEnhance.Brightness(bg).enhance(0.42)
            bg = ImageEnhance.Contrast(bg).enhance(0.5)
            bg = bg.resize((W // 3, H // 3), Image.BILINEAR)
        return bg
    raise ValueError(mode)


def _persp(pa, pb):
    m = []
    for (x, y), (X, Y) in zip(pa, pb):
        m.append([X, Y, 1, 0, 0, 0, -x * X, -x * Y, x])
        m.append([0, 0, 0, X, Y, 1, -y * X, -y * Y, y])
    n = 8
    for i in range(n):
        piv = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[piv] = m[piv], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    return [m[i][8] / m[i][i] for i in range(n)]


def scan_pdf(src, dst, rng, tmpdir, tag, dpi=150, gray=True, mode='scan', quality=55):
    pngs = rasterize(src, 200 if mode == 'faint' else dpi, gray, tmpdir, tag)
    jpgs = []
    for i, p in enumerate(pngs):
        im = Image.open(p)
        im.load()
        im = im.convert('L') if gray else im.convert('RGB')
        im = degrade(im, rng, mode)
        out = os.path.join(tmpdir, 'scan_%s_%d.jpg' % (tag, i))
        im.save(out, 'JPEG', quality=quality if mode != 'faint' else 40, dpi=(dpi if mode != 'faint' else 60,) * 2)
        jpgs.append(out)
    subprocess.run(['img2pdf', '-o', dst] + jpgs, check=True)
    return jpgs


def photo_jpg(src, dst, rng, tmpdir, tag, poor=False):
    pngs = rasterize(src, 130, False, tmpdir, tag)
    im = Image.open(pngs[0])
    im.load()
    im = degrade(im, rng, 'poorphoto' if poor else 'photo')
    im.save(dst, 'JPEG', quality=58 if not poor else 45)


def ocr_layer_pdf(src, dst, rng, tmpdir, tag, dpi=150, gray=False):
    """Scan look + invisible text (render mode 3) from the source's word boxes."""
    jpgs = scan_pdf(src, os.path.join(tmpdir, tag + '_img.pdf'), rng, tmpdir, tag, dpi=dpi, gray=gray)
    bbox = os.path.join(tmpdir, tag + '_bbox.html')
    subprocess.run(['pdftotext', '-bbox', src, bbox], check=True)
    txt = open(bbox, encoding='utf-8').read()
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', txt, re.S)
    cv = rl_canvas.Canvas(dst)
    for (pw, ph, body), jpg in zip(pages, jpgs):
        pw, ph = float(pw), float(ph)
        cv.setPageSize((pw, ph))
        cv.drawImage(jpg, 0, 0, pw, ph)
        t = cv.beginText()
        t.setTextRenderMode(3)
        for xm, ym, xM, yM, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body):
            w = html.unescape(w)
            xm, ym, xM, yM = map(float, (xm, ym, xM, yM))
            fs = max(yM - ym, 4) * 0.9
            sw = pdfmetrics.stringWidth(w, 'WQY', fs) or 1
            t.setFont('WQY', fs)
            t.setHorizScale(100.0 * (xM - xm) / sw)
            t.setTextOrigin(xm, ph - yM + fs * 0.12)
            t.textOut(w)
        cv.drawText(t)
        cv.showPage()
    cv.save()


def ocrmypdf_pdf(src_img_pdf, dst):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0',
                    src_img_pdf, dst], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def encrypt_pdf(src, dst, pw):
    subprocess.run(['qpdf', '--encrypt', pw, pw + '-owner', '256', '--', src, dst], check=True)


def truncate_pdf(src, dst, frac=0.45):
    data = open(src, 'rb').read()
    open(dst, 'wb').write(data[:int(len(data) * frac)])


def merge_pdfs(srcs, dst):
    import pikepdf
    out = pikepdf.Pdf.new()
    for s in srcs:
        with pikepdf.open(s) as p:
            out.pages.extend(p.pages)
    out.save(dst)
