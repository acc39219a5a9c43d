# -*- coding: utf-8 -*-
"""Document model + producers for the final9 blind corpus.

A document is a list of blocks (tuples).  Renderers turn the same block list
into a PDF with different producers: reportlab (embedded TTF or the
non-embedded STSong-Light CID font), headless Chromium (HTML/CSS with SVG
seals), python-docx (+ LibreOffice), odfpy (+ LibreOffice).  Post-producers:
Ghostscript re-distilling, scanning (pdftoppm -> Pillow -> img2pdf), phone
photos, OCR text layers (ocrmypdf, or reportlab render mode 3), qpdf
encryption, truncation.
"""
import io, math, os, random, re, shutil, subprocess, tempfile, html

from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageOps

WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
RED = (214, 28, 34)

BUILD = None   # set by generate.py


def set_build(path):
    global BUILD
    BUILD = path
    os.makedirs(BUILD, exist_ok=True)


_ctr = [0]


def tmp(ext):
    _ctr[0] += 1
    return os.path.join(BUILD, 'f%05d.%s' % (_ctr[0], ext))


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed: %s\n%s' % (' '.join(cmd), r.stderr.decode('utf-8', 'replace')[-2000:]))
    return r


# ---------------------------------------------------------------- blocks
def LH(text, sub=None, size=26, color='red', rule=True):
    return ('lh', text, sub, size, color, rule)


def DOCNO(text, align='center'):
    return ('docno', text, align)


def TITLE(*lines, size=18):
    return ('title', list(lines), size)


def SUB(text):
    return ('sub', text)


def H(text, level=1):
    return ('h', text, level)


def P(text, indent=True, align='justify', bold=False, size=None):
    return ('p', text, indent, align, bold, size)


def KV(pairs, widths=(0.28, 0.72), border=False):
    return ('kv', pairs, widths, border)


def TABLE(rows, widths=None, header=1, spans=(), size=None, align='center'):
    return ('table', rows, widths, header, list(spans), size, align)


def SIGN(lines, seal=None, align='right'):
    return ('sign', lines, seal, align)


def PB():
    return ('pb',)


def SP(mm=6):
    return ('sp', mm)


def IMG(path, width_mm=120):
    return ('img', path, width_mm)


def RULE(color='red'):
    return ('rule', color)


class Seal:
    """A round (or oval) seal."""
    def __init__(self, text, sub='', center='★', color=RED, oval=False, faint=False):
        self.text, self.sub, self.center, self.color, self.oval, self.faint = text, sub, center, color, oval, faint


# ---------------------------------------------------------------- seals
def _font(size, path=WQY, index=0):
    return ImageFont.truetype(path, size, index=index)


def seal_image(seal, size=360, seed=0):
    """RGBA image of a seal (for docx/odt/Pillow drawings)."""
    rnd = random.Random(seed)
    W = size
    H = int(size * (0.7 if seal.oval else 1.0))
    img = Image.new('RGBA', (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = seal.color + (235,)
    ring = max(6, size // 40)
    d.ellipse([ring, ring, W - ring, H - ring], outline=col, width=ring)
    cx, cy = W / 2, H / 2
    # star
    if seal.center:
        r1, r2 = size * 0.13, size * 0.05
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = r1 if i % 2 == 0 else r2
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        d.polygon(pts, fill=col)
    # arc text
    text = seal.text
    n = len(text)
    fs = int(size * (0.105 if n <= 14 else 0.09 if n <= 18 else 0.075))
    f = _font(fs)
    span = min(290, 18 * n + 60)
    rx, ry = W / 2 - ring - fs * 0.85, H / 2 - ring - fs * 0.85
    for i, ch in enumerate(text):
        th = math.radians(-span / 2 + span * (i + 0.5) / n)
        x = cx + rx * math.sin(th)
        y = cy - ry * math.cos(th)
        g = Image.new('RGBA', (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs // 2, fs // 2), ch, font=f, fill=col)
        g = g.rotate(-math.degrees(th), resample=Image.BICUBIC)
        img.alpha_composite(g, (int(x - fs), int(y - fs)))
    if seal.sub:
        f2 = _font(int(size * 0.075))
        tw = d.textlength(seal.sub, font=f2)
        d.text((cx - tw / 2, cy + size * 0.2), seal.sub, font=f2, fill=col)
    # ink texture: knock out random specks
    px = img.load()
    for _ in range(W * H // (6 if seal.faint else 40)):
        x, y = rnd.randrange(W), rnd.randrange(H)
        r, g_, b, a = px[x, y]
        if a:
            px[x, y] = (r, g_, b, int(a * rnd.uniform(0.1, 0.6)))
    if seal.faint:
        alpha = img.getchannel('A').point(lambda v: int(v * 0.45))
        img.putalpha(alpha)
    return img


def seal_png(seal, seed=0, size=300):
    p = tmp('png')
    seal_image(seal, size, seed).save(p, optimize=True)
    return p


def seal_svg(seal, size=150, seed=0):
    rnd = random.Random(seed)
    W = size
    H = int(size * (0.7 if seal.oval else 1))
    c = 'rgb(%d,%d,%d)' % seal.color
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="opacity:%.2f">'
           % (W, H, W, H, 0.5 if seal.faint else 0.88)]
    ring = max(3, size / 40)
    out.append('<ellipse cx="%.1f" cy="%.1f" rx="%.1f" ry="%.1f" fill="none" stroke="%s" stroke-width="%.1f"/>'
               % (W / 2, H / 2, W / 2 - ring, H / 2 - ring, c, ring))
    cx, cy = W / 2, H / 2
    if seal.center:
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = size * (0.13 if i % 2 == 0 else 0.05)
            pts.append('%.1f,%.1f' % (cx + r * math.cos(a), cy + r * math.sin(a)))
        out.append('<polygon points="%s" fill="%s"/>' % (' '.join(pts), c))
    n = len(seal.text)
    fs = size * (0.105 if n <= 14 else 0.09 if n <= 18 else 0.075)
    span = min(290, 18 * n + 60)
    rx, ry = W / 2 - ring - fs * 0.85, H / 2 - ring - fs * 0.85
    for i, ch in enumerate(seal.text):
        th = -span / 2 + span * (i + 0.5) / n
        x = cx + rx * math.sin(math.radians(th))
        y = cy - ry * math.cos(math.radians(th))
        out.append('<text x="%.1f" y="%.1f" font-size="%.1f" fill="%s" text-anchor="middle" dominant-baseline="central" '
                   'font-family="WenQuanYi Zen Hei" transform="rotate(%.1f %.1f %.1f)">%s</text>'
                   % (x, y, fs, c, th, x, y, html.escape(ch)))
    if seal.sub:
        out.append('<text x="%.1f" y="%.1f" font-size="%.1f" fill="%s" text-anchor="middle" font-family="WenQuanYi Zen Hei">%s</text>'
                   % (cx, cy + size * 0.27, size * 0.075, c, html.escape(seal.sub)))
    out.append('</svg>')
    return ''.join(out)


def seal_rl(c, seal, cx, cy, size, font):
    """Draw a seal on a reportlab canvas centred at cx, cy (points)."""
    from reportlab.lib.colors import Color
    r, g, b = [v / 255 for v in seal.color]
    col = Color(r, g, b, alpha=0.5 if seal.faint else 0.85)
    c.saveState()
    c.setStrokeColor(col)
    c.setFillColor(col)
    ring = max(1.6, size / 40)
    c.setLineWidth(ring)
    W = size
    H = size * (0.7 if seal.oval else 1)
    c.ellipse(cx - W / 2 + ring, cy - H / 2 + ring, cx + W / 2 - ring, cy + H / 2 - ring, stroke=1, fill=0)
    if seal.center:
        p = c.beginPath()
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5
            rr = size * (0.13 if i % 2 == 0 else 0.05)
            x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
            if i == 0:
                p.moveTo(x, y)
            else:
                p.lineTo(x, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    n = len(seal.text)
    fs = size * (0.105 if n <= 14 else 0.09 if n <= 18 else 0.075)
    span = min(290, 18 * n + 60)
    rx, ry = W / 2 - ring - fs * 0.85, H / 2 - ring - fs * 0.85
    for i, ch in enumerate(seal.text):
        th = -span / 2 + span * (i + 0.5) / n
        x = cx + rx * math.sin(math.radians(th))
        y = cy + ry * math.cos(math.radians(th))
        c.saveState()
        c.translate(x, y)
        c.rotate(-th)
        c.setFont(font, fs)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    if seal.sub:
        c.setFont(font, size * 0.075)
        c.drawCentredString(cx, cy - size * 0.3, seal.sub)
    c.restoreState()


# ---------------------------------------------------------------- reportlab
_rl_ready = [False]


def rl_setup():
    if _rl_ready[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont('WQYMono', WQY, subfontIndex=2))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    for f in ('WQY', 'WQYMono', 'STSong-Light'):
        for b in (0, 1):
            for i in (0, 1):
                addMapping(f, b, i, f)
    _rl_ready[0] = True


def render_rl(blocks, out=None, font='WQY', base=11.0, margins=(25, 22, 25, 22), header=None, footer=None,
              pagenum=None, seed=0, title_color=None, table_head_bg=None, landscape=False):
    """platypus renderer. pagenum: format string like '第 %d 页' or '- %d -'."""
    rl_setup()
    from reportlab.lib.pagesizes import A4, landscape as _land
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Flowable, Image as RLImage)
    out = out or tmp('pdf')
    ps = _land(A4) if landscape else A4
    al = {'center': TA_CENTER, 'justify': TA_JUSTIFY, 'left': TA_LEFT, 'right': TA_RIGHT}

    def st(size=base, align='justify', indent=0, color=colors.black, lead=1.55, space=2):
        return ParagraphStyle('s', fontName=font, fontSize=size, leading=size * lead, alignment=al[align],
                              firstLineIndent=indent, textColor=color, wordWrap='CJK', spaceAfter=space)

    def esc(t):
        return html.escape(t).replace('\n', '<br/>')

    class SignFlow(Flowable):
        def __init__(self, lines, seal, align, width):
            Flowable.__init__(self)
            self.lines, self.seal, self.align, self.w = lines, seal, align, width
            self.lead = base * 1.7
            self.height = len(lines) * self.lead + 18

        def wrap(self, aw, ah):
            return aw, self.height

        def draw(self):
            c = self.canv
            c.setFont(font, base)
            maxw = max(c.stringWidth(l, font, base) for l in self.lines) if self.lines else 60
            if self.align == 'right':
                x0 = self.w - maxw - 10 * mm
            elif self.align == 'center':
                x0 = (self.w - maxw) / 2
            else:
                x0 = 8 * mm
            y = self.height - self.lead
            for l in self.lines:
                lw = c.stringWidth(l, font, base)
                c.drawString(x0 + (maxw - lw) / 2, y, l)
                y -= self.lead
            if self.seal:
                sz = 40 * mm
                seal_rl(c, self.seal, x0 + maxw / 2 + 4 * mm, self.height - self.lead * len(self.lines) / 2 - 6, sz, font)

    story = []
    W = ps[0] - (margins[1] + margins[3]) * mm
    for b in blocks:
        k = b[0]
        if k == 'lh':
            _, text, sub, size, color, rule = b
            col = colors.Color(*[v / 255 for v in RED]) if color == 'red' else colors.black
            story.append(Paragraph(esc(text), st(size, 'center', color=col, lead=1.25, space=4)))
            if sub:
                story.append(Paragraph(esc(sub), st(base, 'center', color=col)))
            if rule:
                story.append(_RuleFlow(col, W))
            story.append(Spacer(1, 4 * mm))
        elif k == 'docno':
            story.append(Paragraph(esc(b[1]), st(base, b[2])))
        elif k == 'title':
            tc = title_color or colors.black
            for ln in b[1]:
                story.append(Paragraph('<b>%s</b>' % esc(ln), st(b[2], 'center', color=tc, lead=1.4, space=1)))
            story.append(Spacer(1, 3 * mm))
        elif k == 'sub':
            story.append(Paragraph(esc(b[1]), st(base, 'center')))
        elif k == 'h':
            sz = base + (2 if b[2] == 1 else 0.5)
            story.append(Paragraph('<b>%s</b>' % esc(b[1]), st(sz, 'left', lead=1.6, space=3)))
        elif k == 'p':
            _, text, indent, align, bold, size = b
            t = esc(text)
            if bold:
                t = '<b>%s</b>' % t
            story.append(Paragraph(t, st(size or base, align, indent=(2 * (size or base)) if indent else 0)))
        elif k == 'kv':
            _, pairs, widths, border = b
            data = [[Paragraph(esc(a), st(base, 'left')), Paragraph(esc(v), st(base, 'left'))] for a, v in pairs]
            t = Table(data, colWidths=[W * widths[0], W * widths[1]])
            sty = [('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if border:
                sty.append(('GRID', (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == 'table':
            _, rows, widths, hdr_n, spans, size, align = b
            fs = size or base - 1
            ncol = max(len(r) for r in rows)
            widths = widths or [1.0 / ncol] * ncol
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(('<b>%s</b>' % esc(c)) if ri < hdr_n else esc(c),
                                       st(fs, 'center' if (ri < hdr_n or align == 'center') else 'left', lead=1.35, space=0))
                             for c in r] + [''] * (ncol - len(r)))
            t = Table(data, colWidths=[W * w for w in widths], repeatRows=hdr_n)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if table_head_bg and hdr_n:
                sty.append(('BACKGROUND', (0, 0), (-1, hdr_n - 1), table_head_bg))
            for (r0, c0, rs, cs) in spans:
                sty.append(('SPAN', (c0, r0), (c0 + cs - 1, r0 + rs - 1)))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == 'sign':
            story.append(Spacer(1, 6 * mm))
            story.append(SignFlow(b[1], b[2], b[3], W))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'sp':
            story.append(Spacer(1, b[1] * mm))
        elif k == 'img':
            im = Image.open(b[1])
            w = b[2] * mm
            story.append(RLImage(b[1], width=w, height=w * im.size[1] / im.size[0]))
        elif k == 'rule':
            story.append(_RuleFlow(colors.Color(*[v / 255 for v in RED]) if b[1] == 'red' else colors.black, W))

    def onpage(c, doc):
        c.saveState()
        c.setFont(font, 8.5)
        if header:
            c.drawString(margins[3] * mm, ps[1] - 12 * mm, header)
            c.setLineWidth(0.4)
            c.line(margins[3] * mm, ps[1] - 13.5 * mm, ps[0] - margins[1] * mm, ps[1] - 13.5 * mm)
        if footer:
            c.drawString(margins[3] * mm, 10 * mm, footer)
        if pagenum:
            c.drawCentredString(ps[0] / 2, 10 * mm, pagenum % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=ps, leftMargin=margins[3] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[0] * mm, bottomMargin=margins[2] * mm, invariant=1,
                            title='', author='', creator='', producer=None)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return out


def _RuleFlow(col, W):
    from reportlab.platypus import Flowable

    class R(Flowable):
        def wrap(self, aw, ah):
            return aw, 6

        def draw(self):
            self.canv.setStrokeColor(col)
            self.canv.setLineWidth(1.8)
            self.canv.line(0, 4, W, 4)
            self.canv.setLineWidth(0.6)
            self.canv.line(0, 1, W, 1)
    return R()


# ---------------------------------------------------------------- HTML / chromium
CSS_BASE = {
    'gov': """
body{font-family:'WenQuanYi Zen Hei',serif;font-size:15pt;line-height:1.75;margin:0}
.lh{font-family:'Noto Serif CJK SC';color:#d21c22;font-size:%(lh)spt;text-align:center;letter-spacing:2px;font-weight:bold;margin:0}
.rule{border-top:2.5px solid #d21c22;margin:6px 0 18px 0}
.title{text-align:center;font-size:20pt;font-weight:bold;line-height:1.5}
p{text-indent:2em;margin:0 0 2px 0;text-align:justify}
""",
    'modern': """
body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:11pt;line-height:1.6;margin:0;color:#222}
.lh{color:#1a3f8b;font-size:%(lh)spt;text-align:left;font-weight:bold;border-bottom:3px solid #1a3f8b;padding-bottom:4px}
.rule{border-top:1px solid #888;margin:4px 0 12px 0}
.title{text-align:center;font-size:17pt;font-weight:bold;margin:10px 0}
h2{font-size:13pt;border-left:5px solid #1a3f8b;padding-left:8px;margin:14px 0 6px 0}
h3{font-size:11.5pt;margin:10px 0 4px 0}
p{text-indent:2em;margin:0 0 4px 0}
table{background:#fff}
th{background:#e8eef8}
""",
    'plain': """
body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:12pt;line-height:1.7;margin:0}
.lh{color:#d21c22;font-size:%(lh)spt;text-align:center;font-weight:bold}
.rule{border-top:2px solid #d21c22;margin:2px 0 14px 0}
.title{text-align:center;font-size:18pt;font-weight:bold;margin:8px 0}
h2{font-size:14pt;margin:12px 0 4px 0}
h3{font-size:12pt;margin:8px 0 4px 0}
p{text-indent:2em;margin:0 0 3px 0}
""",
}
CSS_COMMON = """
@page{size:A4;margin:%(mt)smm %(mr)smm %(mb)smm %(ml)smm}
table{border-collapse:collapse;width:100%%;margin:6px 0 10px 0;font-size:%(tfs)spt;line-height:1.45}
td,th{border:1px solid #000;padding:3px 5px;vertical-align:middle}
table.kv td{border:none;padding:2px 4px}
table.kvb td{border:1px solid #000}
.docno{text-align:center;margin:0 0 6px 0}
.sub{text-align:center}
.sign{position:relative;margin-top:28px;page-break-inside:avoid}
.sign .lines{display:inline-block;text-align:center}
.sign svg{position:absolute;top:-40px}
.pb{page-break-after:always}
.fixhead{position:fixed;top:-12mm;left:0;right:0;font-size:8.5pt;color:#555;border-bottom:1px solid #aaa}
.fixfoot{position:fixed;bottom:-10mm;left:0;right:0;font-size:8.5pt;color:#555;text-align:center}
"""


def blocks_to_html(blocks, style='gov', seed=0, extra_css='', head_html='', foot_html='', lh_size=28,
                   margins=(30, 25, 28, 26), tfs=10.5):
    css = CSS_BASE[style] % {'lh': lh_size} + CSS_COMMON % {'mt': margins[0], 'mr': margins[1], 'mb': margins[2],
                                                             'ml': margins[3], 'tfs': tfs} + extra_css
    e = html.escape
    q = lambda t: '"%s"' % t.replace('\\', '').replace('"', "'")
    if head_html or foot_html:
        css += '@page{%s%s}' % (
            ('@top-left{content:%s;font-size:8pt;color:#555;font-family:"WenQuanYi Zen Hei";border-bottom:0.5pt solid #999}' % q(head_html)) if head_html else '',
            ('@bottom-left{content:%s;font-size:7.5pt;color:#555;font-family:"WenQuanYi Zen Hei"}'
             '@bottom-right{content:counter(page) "/" counter(pages);font-size:7.5pt;color:#555}' % q(foot_html)) if foot_html else '')
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>' % css]
    for i, b in enumerate(blocks):
        k = b[0]
        if k == 'lh':
            out.append('<div class="lh" style="font-size:%spt;%s">%s</div>' % (b[3], '' if b[4] == 'red' else 'color:#000', e(b[1])))
            if b[2]:
                out.append('<div class="sub" style="color:#d21c22">%s</div>' % e(b[2]))
            if b[5]:
                out.append('<div class="rule"></div>')
        elif k == 'docno':
            out.append('<div class="docno" style="text-align:%s">%s</div>' % (b[2], e(b[1])))
        elif k == 'title':
            out.append('<div class="title" style="font-size:%spt">%s</div>' % (b[2], '<br>'.join(e(x) for x in b[1])))
        elif k == 'sub':
            out.append('<div class="sub">%s</div>' % e(b[1]))
        elif k == 'h':
            out.append('<h%d>%s</h%d>' % (b[2] + 1, e(b[1]), b[2] + 1))
        elif k == 'p':
            _, text, indent, align, bold, size = b
            s = 'text-align:%s;' % align + ('' if indent else 'text-indent:0;') + ('font-weight:bold;' if bold else '') + \
                ('font-size:%spt;' % size if size else '')
            out.append('<p style="%s">%s</p>' % (s, e(text).replace('\n', '<br>')))
        elif k == 'kv':
            _, pairs, widths, border = b
            out.append('<table class="%s">' % ('kvb' if border else 'kv'))
            for a, v in pairs:
                out.append('<tr><td style="width:%d%%">%s</td><td>%s</td></tr>' % (widths[0] * 100, e(a), e(v)))
            out.append('</table>')
        elif k == 'table':
            _, rows, widths, header, spans, size, align = b
            covered = set()
            spanmap = {}
            for (r0, c0, rs, cs) in spans:
                spanmap[(r0, c0)] = (rs, cs)
                for r in range(r0, r0 + rs):
                    for c in range(c0, c0 + cs):
                        if (r, c) != (r0, c0):
                            covered.add((r, c))
            out.append('<table style="%s">' % ('font-size:%spt' % size if size else ''))
            if widths:
                out.append('<colgroup>%s</colgroup>' % ''.join('<col style="width:%.1f%%">' % (w * 100) for w in widths))
            for ri, r in enumerate(rows):
                out.append('<tr>')
                for ci, c in enumerate(r):
                    if (ri, ci) in covered:
                        continue
                    tag = 'th' if ri < header else 'td'
                    attr = ''
                    if (ri, ci) in spanmap:
                        rs, cs = spanmap[(ri, ci)]
                        attr = ' rowspan="%d" colspan="%d"' % (rs, cs)
                    if ri >= header and align != 'center':
                        attr += ' style="text-align:left"'
                    else:
                        attr += ' style="text-align:center"'
                    out.append('<%s%s>%s</%s>' % (tag, attr, e(c).replace('\n', '<br>'), tag))
                out.append('</tr>')
            out.append('</table>')
        elif k == 'sign':
            _, lines, seal, align = b
            pos = {'right': 'text-align:right;padding-right:40px', 'center': 'text-align:center', 'left': 'text-align:left;padding-left:30px'}[align]
            sv = ''
            if seal:
                sv = seal_svg(seal, 150, seed + i).replace('<svg ', '<svg style="position:absolute;top:-55px;%s" ' % (
                    'right:60px' if align == 'right' else 'left:40%' if align == 'center' else 'left:60px'), 1)
            out.append('<div class="sign" style="%s">%s<div class="lines">%s</div></div>' % (pos, sv, '<br>'.join(e(x) for x in lines)))
        elif k == 'pb':
            out.append('<div class="pb"></div>')
        elif k == 'sp':
            out.append('<div style="height:%dmm"></div>' % b[1])
        elif k == 'img':
            import base64
            data = base64.b64encode(open(b[1], 'rb').read()).decode()
            mime = 'image/png' if b[1].endswith('png') else 'image/jpeg'
            out.append('<div style="text-align:center"><img style="width:%dmm" src="data:%s;base64,%s"></div>' % (b[2], mime, data))
        elif k == 'rule':
            out.append('<div class="rule"></div>')
    out.append('</body></html>')
    return ''.join(out)


def chromium_pdf(html_text, out=None):
    out = out or tmp('pdf')
    src = tmp('html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html_text)
    prof = os.path.join(BUILD, 'chromeprof')
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--user-data-dir=' + prof, '--print-to-pdf=' + out, 'file://' + src])
    return out


def render_html(blocks, out=None, **kw):
    return chromium_pdf(blocks_to_html(blocks, **kw), out)


# ---------------------------------------------------------------- LibreOffice
def soffice_pdf(src, out=None):
    out = out or tmp('pdf')
    od = tempfile.mkdtemp(dir=BUILD)
    prof = 'file://' + os.path.join(BUILD, 'lo_profile')
    run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf', '--outdir', od, src], timeout=240)
    base = os.path.splitext(os.path.basename(src))[0] + '.pdf'
    shutil.move(os.path.join(od, base), out)
    shutil.rmtree(od, ignore_errors=True)
    return out


# ---------------------------------------------------------------- DOCX
def render_docx(blocks, out=None, font='宋体', base=12, margins_cm=(2.54, 3.0, 2.54, 2.8), header=None, footer=None,
                seed=0, title_font='方正小标宋简体', landscape=False):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    out = out or tmp('docx')
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in margins_cm]
    normal = doc.styles['Normal']
    normal.font.name = font
    normal.font.size = Pt(base)
    normal.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    AL = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY, 'left': WD_ALIGN_PARAGRAPH.LEFT,
          'right': WD_ALIGN_PARAGRAPH.RIGHT}

    def run_(p, text, size=None, bold=False, color=None, fname=None):
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor(*color)
        if fname:
            r.font.name = fname
            r._element.rPr.rFonts.set(qn('w:eastAsia'), fname)
        return r

    def para(align='justify', indent=False, space_after=2, line=1.5):
        p = doc.add_paragraph()
        p.alignment = AL[align]
        pf = p.paragraph_format
        pf.space_after = Pt(space_after)
        pf.space_before = Pt(0)
        pf.line_spacing = line
        if indent:
            pf.first_line_indent = Pt(base * 2)
        return p

    def hr(color='D21C22'):
        p = para('left', space_after=8, line=1.0)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement('w:pBdr')
        bot = OxmlElement('w:bottom')
        bot.set(qn('w:val'), 'thickThinSmallGap')
        bot.set(qn('w:sz'), '18')
        bot.set(qn('w:space'), '1')
        bot.set(qn('w:color'), color)
        bdr.append(bot)
        pPr.append(bdr)

    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, b in enumerate(blocks):
        k = b[0]
        if k == 'lh':
            p = para('center', space_after=2, line=1.1)
            run_(p, b[1], size=b[3] * 0.85, bold=True, color=RED if b[4] == 'red' else None, fname=title_font)
            if b[2]:
                p2 = para('center')
                run_(p2, b[2], color=RED)
            if b[5]:
                hr()
        elif k == 'docno':
            p = para(b[2])
            run_(p, b[1])
        elif k == 'title':
            for ln in b[1]:
                p = para('center', space_after=0, line=1.3)
                run_(p, ln, size=b[2], bold=True, fname=title_font)
            para('center', space_after=4)
        elif k == 'sub':
            p = para('center')
            run_(p, b[1])
        elif k == 'h':
            p = para('left', space_after=3)
            run_(p, b[1], size=base + (1.5 if b[2] == 1 else 0.5), bold=True, fname='黑体' if b[2] == 1 else None)
        elif k == 'p':
            _, text, indent, align, bold, size = b
            p = para(align, indent=indent)
            run_(p, text, size=size, bold=bold)
        elif k == 'kv':
            _, pairs, widths, border = b
            t = doc.add_table(rows=0, cols=2)
            if border:
                t.style = 'Table Grid'
            for a, v in pairs:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = v
            _set_widths(t, widths, sec, Cm)
            para('left', space_after=2)
        elif k == 'table':
            _, rows, widths, header_n, spans, size, align = b
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for ri, r in enumerate(rows):
                for ci in range(ncol):
                    c = t.cell(ri, ci)
                    txt = r[ci] if ci < len(r) else ''
                    c.paragraphs[0].text = ''
                    rr = c.paragraphs[0].add_run(txt)
                    rr.font.size = Pt(size or base - 1.5)
                    rr.bold = ri < header_n
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if (ri < header_n or align == 'center') else WD_ALIGN_PARAGRAPH.LEFT
            for (r0, c0, rs, cs) in spans:
                a = t.cell(r0, c0)
                bcell = t.cell(r0 + rs - 1, c0 + cs - 1)
                keep = rows[r0][c0]
                m = a.merge(bcell)
                # merged cell keeps text of all parts; reset to the anchor's text
                for p_ in m.paragraphs[1:]:
                    p_._element.getparent().remove(p_._element)
                m.paragraphs[0].text = ''
                rr = m.paragraphs[0].add_run(keep)
                rr.font.size = Pt(size or base - 1.5)
                rr.bold = r0 < header_n
                m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_widths(t, widths or [1.0 / ncol] * ncol, sec, Cm)
            para('left', space_after=2)
        elif k == 'sign':
            _, lines, seal, align = b
            para('left')
            if seal:
                p = para(align if align != 'right' else 'right', space_after=0, line=1.0)
                p.paragraph_format.right_indent = Cm(2.0) if align == 'right' else None
                p.add_run().add_picture(seal_png(seal, seed + i), width=Cm(3.9))
            for ln in lines:
                p = para(align, space_after=0)
                if align == 'right':
                    p.paragraph_format.right_indent = Cm(1.2)
                run_(p, ln)
        elif k == 'pb':
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif k == 'sp':
            p = para('left', space_after=b[1] * 2)
        elif k == 'img':
            p = para('center')
            p.add_run().add_picture(b[1], width=Cm(b[2] / 10))
        elif k == 'rule':
            hr('D21C22' if b[1] == 'red' else '000000')
    doc.core_properties.author = ''
    doc.save(out)
    return out


def _set_widths(t, widths, sec, Cm):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    total = (sec.page_width - sec.left_margin - sec.right_margin)
    t.autofit = False
    tbl = t._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement('w:tblLayout')
    lay.set(qn('w:type'), 'fixed')
    tblPr.append(lay)
    tw = OxmlElement('w:tblW')
    tw.set(qn('w:w'), str(int(total / 635)))
    tw.set(qn('w:type'), 'dxa')
    for old in tblPr.findall(qn('w:tblW')):
        tblPr.remove(old)
    tblPr.append(tw)
    grid = tbl.tblGrid
    cols = grid.findall(qn('w:gridCol'))
    for i, gc in enumerate(cols):
        if i < len(widths):
            gc.set(qn('w:w'), str(int(total * widths[i] / 635)))
    for row in t.rows:
        for ci, c in enumerate(row.cells):
            if ci < len(widths):
                c.width = int(total * widths[ci])


# ---------------------------------------------------------------- ODT
def render_odt(blocks, out=None, font='WenQuanYi Zen Hei', base=12, seed=0, header=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                           TableProperties, GraphicProperties, PageLayout, PageLayoutProperties, MasterPage, Header,
                           FontFace)
    from odf.text import P as TP, Span
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.draw import Frame, Image as DImage
    out = out or tmp('odt')
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric='roman', fontpitch='variable'))
    pl = PageLayout(name='pl')
    pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='2.3cm', marginbottom='2.2cm',
                                       marginleft='2.6cm', marginright='2.4cm'))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name='Standard', pagelayoutname=pl)
    if header:
        hd = Header()
        hd.addElement(TP(text=header))
        mp.addElement(hd)
    doc.masterstyles.addElement(mp)
    cache = {}

    def pstyle(align='justify', size=base, bold=False, color=None, indent=False, brk=False, mb='0.1cm'):
        key = (align, size, bold, color, indent, brk, mb)
        if key in cache:
            return cache[key]
        s = Style(name='P%d' % len(cache), family='paragraph')
        pp = dict(textalign=align, marginbottom=mb, lineheight='150%')
        if indent:
            pp['textindent'] = '%.1fpt' % (size * 2)
        if brk:
            pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontsize='%.1fpt' % size, fontname=font, fontnameasian=font, fontsizeasian='%.1fpt' % size)
        if bold:
            tp['fontweight'] = 'bold'
            tp['fontweightasian'] = 'bold'
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        cache[key] = s
        return s

    cellst = Style(name='Cell', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cellst)
    nocell = Style(name='NoCell', family='table-cell')
    nocell.addElement(TableCellProperties(border='none', padding='0.05cm'))
    doc.automaticstyles.addElement(nocell)
    pending_break = [False]

    def addp(text, **kw):
        if pending_break[0]:
            kw['brk'] = True
            pending_break[0] = False
        p = TP(stylename=pstyle(**kw), text=text)
        doc.text.addElement(p)
        return p

    tcount = [0]

    def table(rows, widths, header_n, spans, size, border=True, align='center'):
        tcount[0] += 1
        ncol = max(len(r) for r in rows)
        widths = widths or [1.0 / ncol] * ncol
        ts = Style(name='T%d' % tcount[0], family='table')
        ts.addElement(TableProperties(width='16cm', align='center'))
        doc.automaticstyles.addElement(ts)
        t = Table(name='Table%d' % tcount[0], stylename=ts)
        for ci, w in enumerate(widths):
            cs = Style(name='T%dC%d' % (tcount[0], ci), family='table-column')
            cs.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16 * w)))
            doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        covered = set()
        spanmap = {}
        for (r0, c0, rs, cs_) in spans:
            spanmap[(r0, c0)] = (rs, cs_)
            for r in range(r0, r0 + rs):
                for c in range(c0, c0 + cs_):
                    if (r, c) != (r0, c0):
                        covered.add((r, c))
        for ri, r in enumerate(rows):
            tr = TableRow()
            for ci in range(ncol):
                if (ri, ci) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if (ri, ci) in spanmap:
                    kw = dict(numberrowsspanned=spanmap[(ri, ci)][0], numbercolumnsspanned=spanmap[(ri, ci)][1])
                tc = TableCell(stylename=cellst if border else nocell, **kw)
                txt = r[ci] if ci < len(r) else ''
                for ln in txt.split('\n'):
                    tc.addElement(TP(stylename=pstyle('center' if (ri < header_n or align == 'center') else 'left',
                                                      size or base - 1.5, bold=ri < header_n, mb='0cm'), text=ln))
                tr.addElement(tc)
            t.addElement(tr)
        if pending_break[0]:
            addp('')
        doc.text.addElement(t)

    def image(path, wcm, align='center'):
        im = Image.open(path)
        hcm = wcm * im.size[1] / im.size[0]
        href = doc.addPicture(path)
        fs = Style(name='fr%d' % len(cache), family='graphic')
        fs.addElement(GraphicProperties(wrap='none', verticalpos='top', horizontalpos=align))
        doc.automaticstyles.addElement(fs)
        cache[('fr', len(cache))] = fs
        p = addp('', align=align)
        fr = Frame(stylename=fs, width='%.2fcm' % wcm, height='%.2fcm' % hcm, anchortype='as-char')
        fr.addElement(DImage(href=href))
        p.addElement(fr)

    for i, b in enumerate(blocks):
        k = b[0]
        if k == 'lh':
            addp(b[1], align='center', size=b[3] * 0.85, bold=True, color='#d21c22' if b[4] == 'red' else None)
            if b[2]:
                addp(b[2], align='center', color='#d21c22')
            if b[5]:
                addp('━' * 26, align='center', color='#d21c22', size=base)
        elif k == 'docno':
            addp(b[1], align=b[2])
        elif k == 'title':
            for ln in b[1]:
                addp(ln, align='center', size=b[2], bold=True)
        elif k == 'sub':
            addp(b[1], align='center')
        elif k == 'h':
            addp(b[1], align='left', size=base + (1.5 if b[2] == 1 else 0.5), bold=True)
        elif k == 'p':
            _, text, indent, align, bold, size = b
            for ln in text.split('\n'):
                addp(ln, align=align, indent=indent, bold=bold, size=size or base)
        elif k == 'kv':
            table([[a, v] for a, v in b[1]], list(b[2]), 0, [], None, border=b[3], align='left')
        elif k == 'table':
            _, rows, widths, header_n, spans, size, align = b
            table(rows, widths, header_n, spans, size, align=align)
        elif k == 'sign':
            _, lines, seal, align = b
            addp('')
            if seal:
                image(seal_png(seal, seed + i), 3.9, 'right' if align == 'right' else align)
            for ln in lines:
                addp(ln, align=align)
        elif k == 'pb':
            pending_break[0] = True
        elif k == 'sp':
            addp('')
        elif k == 'img':
            image(b[1], b[2] / 10)
        elif k == 'rule':
            addp('─' * 30, align='center')
    doc.save(out)
    return out


# ---------------------------------------------------------------- post-producers
def gs_redistill(src, out=None, settings='/printer'):
    out = out or tmp('pdf')
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
         '-dPDFSETTINGS=' + settings, '-sOutputFile=' + out, src])
    return out


def merge_pdfs(srcs, out=None):
    out = out or tmp('pdf')
    run(['qpdf', '--empty', '--pages'] + list(srcs) + ['--', out])
    return out


def encrypt_pdf(src, out=None, user='sh2025', owner='owner-9f3'):
    out = out or tmp('pdf')
    run(['qpdf', '--encrypt', user, owner, '256', '--', src, out])
    return out


def restrict_pdf(src, out=None):
    """Owner password only (print/modify restrictions): still opens and extracts."""
    out = out or tmp('pdf')
    run(['qpdf', '--encrypt', '', 'xyk-owner', '256', '--modify=none', '--extract=y', '--', src, out])
    return out


def truncate_pdf(src, out=None, frac=0.12):
    out = out or tmp('pdf')
    data = open(src, 'rb').read()
    cut = max(400, int(len(data) * frac))
    with open(out, 'wb') as f:
        f.write(data[:cut])
    return out


def raster_pages(src, dpi, gray=False, first=None, last=None):
    od = tempfile.mkdtemp(dir=BUILD)
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    if first:
        cmd += ['-f', str(first)]
    if last:
        cmd += ['-l', str(last)]
    run(cmd + [src, os.path.join(od, 'p')])
    files = sorted(os.listdir(od))
    imgs = [Image.open(os.path.join(od, f)).copy() for f in files]
    shutil.rmtree(od, ignore_errors=True)
    return imgs


def degrade(im, rnd, angle=0.0, noise=6, gray=False, faint=0.0, blur=0.0, contrast=1.0, yellow=False):
    im = im.convert('L' if gray else 'RGB')
    if yellow and not gray:
        tint = Image.new('RGB', im.size, (246, 240, 222))
        im = Image.composite(im, tint, im.convert('L').point(lambda v: 255 - v if v < 250 else 0))
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0:
        im = ImageEnhance.Contrast(im).enhance(contrast)
    if faint:
        white = Image.new(im.mode, im.size, 255 if gray else (255, 255, 255))
        im = Image.blend(im, white, faint)
    if noise:
        n = Image.effect_noise(im.size, noise).point(lambda v: v - 128 + 128)
        if gray:
            im = Image.blend(im, n, 0.06)
        else:
            im = Image.blend(im, Image.merge('RGB', (n, n, n)), 0.06)
    # scanner edge shadow
    d = ImageDraw.Draw(im)
    w, h = im.size
    sh = rnd.randint(2, 6)
    d.rectangle([0, 0, w, sh], fill=200 if gray else (190, 190, 190))
    return im


def images_to_pdf(imgs, dpi, quality=55, out=None):
    out = out or tmp('pdf')
    paths = []
    for im in imgs:
        p = tmp('jpg')
        im.save(p, 'JPEG', quality=quality, dpi=(dpi, dpi))
        paths.append(p)
    run(['img2pdf', '--imgsize', '%ddpi' % dpi, '-o', out] + paths)
    return out


def scan_pdf(src, rnd, dpi=150, gray=True, angle=None, quality=50, noise=8, pages=None, faint=0.0, blur=0.0,
             contrast=1.0, yellow=False, out=None):
    imgs = raster_pages(src, dpi, gray=gray)
    if pages:
        imgs = [imgs[i] for i in pages]
    res = []
    for im in imgs:
        a = angle if angle is not None else rnd.uniform(-1.2, 1.2)
        res.append(degrade(im, rnd, a, noise, gray, faint, blur, contrast, yellow))
    return images_to_pdf(res, dpi, quality, out)


def unreadable_scan(src, rnd, out=None):
    """~60 dpi, heavy blur, very faint: nobody could read it."""
    imgs = raster_pages(src, 60, gray=True)
    res = []
    for im in imgs:
        im = degrade(im, rnd, rnd.uniform(-2.5, 2.5), 20, True, faint=0.72, blur=1.8, contrast=0.6)
        res.append(im)
    return images_to_pdf(res, 60, 25, out)


def photo_jpg(src, rnd, page=1, width=1100, quality=70, poor=False, out=None):
    """A phone photo of a printed page: perspective, desk background, light falloff."""
    im = raster_pages(src, 110 if not poor else 45, first=page, last=page)[0].convert('RGB')
    w, h = im.size
    bgw, bgh = int(w * 1.25), int(h * 1.18)
    bg = Image.new('RGB', (bgw, bgh), (118, 92, 66) if rnd.random() < 0.5 else (168, 170, 172))
    bg = Image.blend(bg, Image.merge('RGB', [Image.effect_noise((bgw, bgh), 30)] * 3), 0.12)
    # perspective: shrink top edge
    dx = int(w * rnd.uniform(0.03, 0.07))
    quad = (-dx, 0, -int(dx * 0.3), h, w + int(dx * 0.3), h, w + dx, 0)
    page_img = im.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(118, 92, 66))
    mask = Image.new('L', (w, h), 0)
    ImageDraw.Draw(mask).polygon([(dx, 0), (w - dx, 0), (w - int(dx * 0.3) + 0, h), (int(dx * 0.3), h)], fill=255)
    bg.paste(page_img, ((bgw - w) // 2, (bgh - h) // 2), mask)
    bg = bg.rotate(rnd.uniform(-4, 4), resample=Image.BICUBIC, fillcolor=(90, 80, 70))
    # light falloff
    grad = Image.linear_gradient('L').resize((bgw, bgh)).rotate(rnd.choice([0, 90, 180, 270]))
    shade = Image.new('RGB', (bgw, bgh), (40, 36, 30))
    bg = Image.composite(shade, bg, grad.point(lambda v: int(v * (0.55 if poor else 0.22))))
    if poor:
        bg = bg.filter(ImageFilter.GaussianBlur(2.6))
        bg = ImageEnhance.Brightness(bg).enhance(0.55)
        width = 640
        quality = 30
    else:
        bg = bg.filter(ImageFilter.GaussianBlur(0.5))
    bg = bg.resize((width, int(width * bgh / bgw)), Image.LANCZOS)
    out = out or tmp('jpg')
    bg.save(out, 'JPEG', quality=quality)
    return out


def ocrmypdf_layer(img_pdf, out=None):
    out = out or tmp('pdf')
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    run(['ocrmypdf', '-q', '-l', 'chi_sim+eng', '--output-type', 'pdf', '--optimize', '0', img_pdf, out], env=env, timeout=600)
    return out


def invisible_layer(src_text_pdf, rnd, dpi=200, gray=False, quality=55, angle=None, out=None):
    """Scan the text PDF and lay its words back on the image in render mode 3 (like a scanner's OCR)."""
    rl_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    out = out or tmp('pdf')
    bbox = tmp('html')
    run(['pdftotext', '-bbox', src_text_pdf, bbox])
    txt = open(bbox, encoding='utf-8').read()
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', txt, re.S)
    imgs = raster_pages(src_text_pdf, dpi, gray=gray)
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    for (pw, ph, body), im in zip(pages, imgs):
        pw, ph = float(pw), float(ph)
        a = angle if angle is not None else rnd.uniform(-0.6, 0.6)
        im = degrade(im, rnd, a, 6, gray)
        ip = tmp('jpg')
        im.save(ip, 'JPEG', quality=quality)
        c.drawImage(ImageReader(ip), 0, 0, width=A4[0], height=A4[1])
        sx, sy = A4[0] / pw, A4[1] / ph
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body):
            x0, y0, x1, y1 = [float(v) for v in m.groups()[:4]]
            w = html.unescape(m.group(5))
            fs = max(4, (y1 - y0) * sy * 0.9)
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont('WQY', fs)
            nat = c.stringWidth(w, 'WQY', fs) or 1
            t.setHorizScale(100.0 * (x1 - x0) * sx / nat)
            t.setTextOrigin(x0 * sx, A4[1] - y1 * sy + fs * 0.15)
            t.textOut(w)
            c.drawText(t)
        c.showPage()
    c.save()
    return out


def pdf_to_jpg(src, rnd, dpi=150, page=1, gray=False, quality=60, out=None):
    im = raster_pages(src, dpi, gray=gray, first=page, last=page)[0]
    im = degrade(im, rnd, rnd.uniform(-1, 1), 6, gray)
    out = out or tmp('jpg')
    im.save(out, 'JPEG', quality=quality)
    return out
