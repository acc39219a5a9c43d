# -*- coding: utf-8 -*-
"""Renderers for the final17 blind corpus: a small block model -> PDF/DOCX/ODT/HTML/JPG.

Block model (list of tuples):
  ('lh', text)                 red letterhead (issuer) with a red rule below
  ('docno', text)              document number line
  ('title', text)              centred bold title ('\n' breaks lines)
  ('h', text)                  left heading
  ('p', text)                  paragraph with first-line indent
  ('pl', text)                 paragraph without indent
  ('right', text)              right-aligned line
  ('small', text)              small grey line
  ('table', rows, opts)        rows = list of lists of str; opts: header(bool), widths(list of rel. widths), span(list of (r,c,rows,cols))
  ('sign', lines, seal)        right-aligned signature block; seal = text for a round red seal or None
  ('pb',)                      page break
  ('cert', cert)               certificate drawn at coordinates (own page); cert dict: kind,title,fields,seal,issuer,date,copy
"""
import io, os, math, random, subprocess, tempfile, shutil, html as htmlmod

from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- fonts
def _find(cands):
    for c in cands:
        if os.path.exists(c):
            return c
    return None

WQY = _find(['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'])
NOTO_SANS = _find(['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'])
NOTO_SERIF = _find(['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'])
NOTO_SANS_B = _find(['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc']) or NOTO_SANS
PIL_FONT = NOTO_SANS or WQY
PIL_FONT_B = NOTO_SANS_B or WQY


def pil_font(size, bold=False):
    return ImageFont.truetype(PIL_FONT_B if bold else PIL_FONT, size)


# ---------------------------------------------------------------- seal (PNG)
_seal_cache = {}

def seal_png(text, size=300, color=(220, 30, 30), bottom='', rnd=None):
    key = (text, size, color, bottom)
    if key in _seal_cache:
        return _seal_cache[key]
    im = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    w = max(6, size // 40)
    d.ellipse([w, w, size - w, size - w], outline=color + (235,), width=w)
    # star
    r1, r2 = size * 0.13, size * 0.052
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        r = r1 if i % 2 == 0 else r2
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=color + (235,))
    # text along the arc
    n = len(text)
    fs = int(size * (0.115 if n <= 12 else 0.097 if n <= 16 else 0.08))
    font = pil_font(fs, bold=True)
    span = min(250.0, 15.0 * n + 40)  # degrees
    start = -90 - span / 2
    rad = c - w - fs * 0.75
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        glyph = Image.new('RGBA', (fs + 8, fs + 8), (255, 255, 255, 0))
        ImageDraw.Draw(glyph).text((4, 0), ch, font=font, fill=color + (235,))
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        x = c + rad * math.cos(math.radians(ang)) - glyph.width / 2
        y = c + rad * math.sin(math.radians(ang)) - glyph.height / 2
        im.alpha_composite(glyph, (int(x), int(y)))
    if bottom:
        bf = pil_font(int(size * 0.08), bold=True)
        tw = d.textlength(bottom, font=bf)
        d.text((c - tw / 2, c + size * 0.2), bottom, font=bf, fill=color + (235,))
    buf = io.BytesIO()
    im.save(buf, 'PNG')
    _seal_cache[key] = buf.getvalue()
    return _seal_cache[key]


def seal_svg(text, size=150, bottom=''):
    n = len(text)
    fs = 19 if n <= 12 else 16 if n <= 16 else 13
    span = min(250.0, 15.0 * n + 40)
    r = 58
    a0 = math.radians(-90 - span / 2)
    a1 = math.radians(-90 + span / 2)
    x0, y0 = 75 + r * math.cos(a0), 75 + r * math.sin(a0)
    x1, y1 = 75 + r * math.cos(a1), 75 + r * math.sin(a1)
    large = 1 if span > 180 else 0
    pid = 'arc%d' % (abs(hash(text)) % 100000)
    star = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = 20 if i % 2 == 0 else 8
        star.append('%.1f,%.1f' % (75 + rr * math.cos(a), 75 + rr * math.sin(a)))
    b = ('<text x="75" y="110" text-anchor="middle" font-size="11" fill="#d21e1e" font-weight="bold">%s</text>' % htmlmod.escape(bottom)) if bottom else ''
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 150 150">'
            '<circle cx="75" cy="75" r="71" fill="none" stroke="#d21e1e" stroke-width="4" opacity="0.9"/>'
            '<polygon points="%s" fill="#d21e1e" opacity="0.9"/>'
            '<path id="%s" d="M %.1f %.1f A %d %d 0 %d 1 %.1f %.1f" fill="none"/>'
            '<text font-size="%d" font-weight="bold" fill="#d21e1e" opacity="0.9" letter-spacing="1">'
            '<textPath href="#%s" startOffset="50%%" text-anchor="middle">%s</textPath></text>%s</svg>'
            % (size, size, ' '.join(star), pid, x0, y0, r, r, large, x1, y1, fs, pid, htmlmod.escape(text), b))


# ---------------------------------------------------------------- reportlab
_rl_ready = {}

def _rl_fonts(mode):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if mode in _rl_ready:
        return _rl_ready[mode]
    if mode == 'ttf':
        pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
        _rl_ready[mode] = ('WQY', 'WQY')
    else:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        _rl_ready[mode] = ('STSong-Light', 'STSong-Light')
    return _rl_ready[mode]


def render_reportlab(blocks, path, mode='ttf', title='', margins=(60, 60, 60, 60), base=11.5):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Flowable, Image as RLImage)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
    from reportlab.lib.utils import ImageReader
    fn, fb = _rl_fonts(mode)
    st = {
        'p': ParagraphStyle('p', fontName=fn, fontSize=base, leading=base * 1.75, firstLineIndent=base * 2, wordWrap='CJK'),
        'pl': ParagraphStyle('pl', fontName=fn, fontSize=base, leading=base * 1.75, wordWrap='CJK'),
        'right': ParagraphStyle('r', fontName=fn, fontSize=base, leading=base * 1.75, alignment=TA_RIGHT, wordWrap='CJK'),
        'small': ParagraphStyle('s', fontName=fn, fontSize=base - 3, leading=(base - 3) * 1.5, textColor=colors.grey, wordWrap='CJK'),
        'title': ParagraphStyle('t', fontName=fb, fontSize=base + 7, leading=(base + 7) * 1.5, alignment=TA_CENTER, spaceAfter=10, wordWrap='CJK'),
        'h': ParagraphStyle('h', fontName=fb, fontSize=base + 1, leading=(base + 1) * 1.8, spaceBefore=4, wordWrap='CJK'),
        'lh': ParagraphStyle('lh', fontName=fb, fontSize=base + 13, leading=(base + 13) * 1.4, alignment=TA_CENTER, textColor=colors.HexColor('#d0191f'), wordWrap='CJK'),
        'docno': ParagraphStyle('d', fontName=fn, fontSize=base, leading=base * 1.8, alignment=TA_CENTER, wordWrap='CJK'),
        'cell': ParagraphStyle('c', fontName=fn, fontSize=base - 1.5, leading=(base - 1.5) * 1.45, wordWrap='CJK'),
    }

    class Rule(Flowable):
        def __init__(self, color):
            Flowable.__init__(self); self.color = color; self.height = 8
        def wrap(self, aw, ah):
            self.aw = aw; return aw, 8
        def draw(self):
            self.canv.setStrokeColor(self.color); self.canv.setLineWidth(1.6)
            self.canv.line(0, 4, self.aw, 4)

    class Sign(Flowable):
        def __init__(self, lines, seal):
            Flowable.__init__(self); self.lines = lines; self.seal = seal
        def wrap(self, aw, ah):
            self.aw = aw; return aw, max(len(self.lines) * base * 1.9 + 20, 110 if self.seal else 0)
        def draw(self):
            c = self.canv
            h = max(len(self.lines) * base * 1.9 + 20, 110 if self.seal else 0)
            y = h - base * 1.9
            for ln in self.lines:
                c.setFont(fn, base)
                w = c.stringWidth(ln, fn, base)
                c.drawString(self.aw - w - 20, y, ln)
                y -= base * 1.9
            if self.seal:
                img = ImageReader(io.BytesIO(seal_png(self.seal)))
                c.drawImage(img, self.aw - 150, h - 120, 115, 115, mask='auto')

    story = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            story.append(Paragraph(b[1], st['lh'])); story.append(Rule(colors.HexColor('#d0191f')))
            story.append(Spacer(1, 6))
        elif k == 'title':
            story.append(Paragraph(b[1].replace('\n', '<br/>'), st['title']))
        elif k in st and k not in ('cell',):
            story.append(Paragraph(htmlmod.escape(b[1]).replace('\n', '<br/>'), st[k]))
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            data = [[Paragraph(htmlmod.escape(str(x)).replace('\n', '<br/>'), st['cell']) for x in r] for r in rows]
            ncol = max(len(r) for r in rows)
            widths = opts.get('widths') or [1] * ncol
            tot = sum(widths)
            avail = A4[0] - margins[1] - margins[3]
            t = Table(data, colWidths=[avail * w / tot for w in widths], repeatRows=1 if opts.get('header', True) else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if opts.get('header', True):
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee')))
            for (r, cc, nr, nc) in opts.get('span', []):
                sty.append(('SPAN', (cc, r), (cc + nc - 1, r + nr - 1)))
            t.setStyle(TableStyle(sty))
            story.append(t); story.append(Spacer(1, 8))
        elif k == 'sign':
            story.append(Spacer(1, 10)); story.append(Sign(b[1], b[2]))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'cert':
            story.append(CertFlowable(b[1], fn, fb))
        elif k == 'img':
            story.append(RLImage(io.BytesIO(b[1]), width=b[2], height=b[3]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins[3], rightMargin=margins[1],
                            topMargin=margins[0], bottomMargin=margins[2], title=title, author='',
                            creator='')
    doc.build(story)


def _cert_flowable_class():
    from reportlab.platypus import Flowable
    return Flowable

from reportlab.platypus import Flowable as _F

class CertFlowable(_F):
    """A certificate drawn at coordinates (full page, landscape-ish frame inside A4 portrait)."""
    def __init__(self, cert, fn, fb):
        _F.__init__(self); self.cert = cert; self.fn = fn; self.fb = fb
    def wrap(self, aw, ah):
        self.aw, self.ah = aw, min(ah, 640); return aw, self.ah
    def draw(self):
        from reportlab.lib import colors
        from reportlab.lib.utils import ImageReader
        c = self.canv; ct = self.cert; W, H = self.aw, self.ah
        frame = colors.HexColor(ct.get('frame', '#b5651d'))
        c.setStrokeColor(frame); c.setLineWidth(4); c.rect(4, 4, W - 8, H - 8)
        c.setLineWidth(1); c.rect(12, 12, W - 24, H - 24)
        c.setFillColor(colors.HexColor('#c0392b') if ct.get('red_title') else colors.black)
        c.setFont(self.fb, 30); tw = c.stringWidth(ct['title'], self.fb, 30)
        c.drawString((W - tw) / 2, H - 80, ct['title'])
        c.setFillColor(colors.black)
        if ct.get('sub'):
            c.setFont(self.fn, 13); tw = c.stringWidth(ct['sub'], self.fn, 13)
            c.drawString((W - tw) / 2, H - 105, ct['sub'])
        if ct.get('code_top'):
            c.setFont(self.fn, 10.5); c.drawString(34, H - 130, ct['code_top'])
        if ct.get('qr'):
            rnd = random.Random(ct['code_top'])
            x0, y0, s = W - 110, H - 190, 4
            for i in range(19):
                for j in range(19):
                    if (i < 5 and j < 5) or (i < 5 and j > 13) or (i > 13 and j < 5):
                        on = (min(i % 14, j % 14) in (0, 4)) or (1 < i % 14 < 3 and 1 < j % 14 < 3) or (i in (0, 4) or j in (0, 4))
                    else:
                        on = rnd.random() < 0.5
                    if on:
                        c.rect(x0 + i * s, y0 + j * s, s, s, stroke=0, fill=1)
        y = H - 175
        x_lab, x_val = 50, 150
        for lab, val in ct['fields']:
            c.setFont(self.fb, 12); c.drawString(x_lab, y, lab)
            c.setFont(self.fn, 12)
            # wrap long values
            line, lines = '', []
            for ch in val:
                if c.stringWidth(line + ch, self.fn, 12) > W - x_val - 60:
                    lines.append(line); line = ''
                line += ch
            lines.append(line)
            for ln in lines:
                c.drawString(x_val, y, ln); y -= 19
            y -= 7
        c.setFont(self.fn, 12)
        if ct.get('issuer'):
            tw = c.stringWidth(ct['issuer'], self.fn, 12)
            c.drawString(W - tw - 60, 95, ct['issuer'])
        if ct.get('date'):
            tw = c.stringWidth(ct['date'], self.fn, 12)
            c.drawString(W - tw - 60, 72, ct['date'])
        if ct.get('issuer_seal'):
            img = ImageReader(io.BytesIO(seal_png(ct['issuer_seal'])))
            c.drawImage(img, W - 190, 40, 110, 110, mask='auto')
        if ct.get('copy_seal'):
            c.setFillColor(colors.HexColor('#d0191f')); c.setFont(self.fb, 13)
            for k, ln in enumerate(ct.get('copy_text', '复印件与原件一致').split('\n')):
                c.drawString(40, 175 - k * 18, ln)
            img = ImageReader(io.BytesIO(seal_png(ct['copy_seal'])))
            c.drawImage(img, 60, 25, 115, 115, mask='auto')
        elif ct.get('copy_text'):
            c.setFillColor(colors.HexColor('#333333')); c.setFont(self.fn, 12)
            for k, ln in enumerate(ct['copy_text'].split('\n')):
                c.drawString(40, 175 - k * 18, ln)


# ---------------------------------------------------------------- HTML / chromium
CSS_VARIANTS = {
    'serif': "body{font-family:'Noto Serif CJK SC','WenQuanYi Zen Hei',serif;font-size:15.5px;line-height:1.9}",
    'wqy': "body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:14.5px;line-height:1.85}",
    'sans': "body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:13.5px;line-height:1.7}",
    'web': "body{font-family:'WenQuanYi Zen Hei','Noto Sans CJK SC',sans-serif;font-size:12.5px;line-height:1.6;color:#222}"
           ".sysbar{background:#1f5fa8;color:#fff;padding:6px 10px;font-size:12px;display:flex;justify-content:space-between}"
           "table{border-collapse:collapse;width:100%}td,th{border:1px solid #9fb3c8;padding:4px 6px}th{background:#e6eef7}",
}

def blocks_to_html(blocks, css='serif', extra_css='', top_html=''):
    out = []
    for b in blocks:
        k = b[0]
        e = lambda s: htmlmod.escape(s).replace('\n', '<br>')
        if k == 'lh':
            out.append('<div class="lh">%s</div><div class="rule"></div>' % e(b[1]))
        elif k == 'docno':
            out.append('<div class="docno">%s</div>' % e(b[1]))
        elif k == 'title':
            out.append('<h1>%s</h1>' % e(b[1]))
        elif k == 'h':
            out.append('<h3>%s</h3>' % e(b[1]))
        elif k == 'p':
            out.append('<p class="ind">%s</p>' % e(b[1]))
        elif k == 'pl':
            out.append('<p>%s</p>' % e(b[1]))
        elif k == 'right':
            out.append('<p style="text-align:right">%s</p>' % e(b[1]))
        elif k == 'small':
            out.append('<p class="small">%s</p>' % e(b[1]))
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            spans = {(r, c): (nr, nc) for (r, c, nr, nc) in opts.get('span', [])}
            hidden = set()
            for (r, c), (nr, nc) in spans.items():
                for i in range(r, r + nr):
                    for j in range(c, c + nc):
                        if (i, j) != (r, c):
                            hidden.add((i, j))
            t = ['<table class="t">']
            widths = opts.get('widths')
            if widths:
                tot = sum(widths)
                t.append('<colgroup>' + ''.join('<col style="width:%.1f%%">' % (100.0 * w / tot) for w in widths) + '</colgroup>')
            for i, r in enumerate(rows):
                tag = 'th' if (i == 0 and opts.get('header', True)) else 'td'
                cells = []
                for j, x in enumerate(r):
                    if (i, j) in hidden:
                        continue
                    sp = spans.get((i, j))
                    attr = (' rowspan="%d" colspan="%d"' % sp) if sp else ''
                    cells.append('<%s%s>%s</%s>' % (tag, attr, e(str(x)), tag))
                t.append('<tr>%s</tr>' % ''.join(cells))
            t.append('</table>')
            out.append(''.join(t))
        elif k == 'sign':
            seal = ('<div class="seal">%s</div>' % seal_svg(b[2])) if b[2] else ''
            out.append('<div class="sign">%s%s</div>' % (''.join('<div>%s</div>' % e(x) for x in b[1]), seal))
        elif k == 'pb':
            out.append('<div style="page-break-after:always"></div>')
        elif k == 'cert':
            out.append(cert_html(b[1]))
        elif k == 'raw':
            out.append(b[1])
    base_css = (CSS_VARIANTS.get(css, CSS_VARIANTS['serif']) +
                "@page{size:A4;margin:22mm 20mm 20mm 22mm}"
                ".lh{color:#d0191f;font-size:30px;font-weight:bold;text-align:center;letter-spacing:2px}"
                ".rule{border-top:2px solid #d0191f;margin:6px 0 14px}"
                ".docno{text-align:center;margin-bottom:10px}h1{text-align:center;font-size:22px;margin:14px 0}"
                "h3{font-size:16px;margin:10px 0 4px}p{margin:4px 0}p.ind{text-indent:2em}.small{font-size:11px;color:#777}"
                "table.t{border-collapse:collapse;width:100%;margin:8px 0}table.t td,table.t th{border:1px solid #333;padding:4px 6px;vertical-align:middle}"
                ".sign{position:relative;text-align:right;margin:26px 30px 10px auto;width:60%;min-height:120px}"
                ".seal{position:absolute;right:40px;top:-30px;opacity:.88}")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s%s</style></head><body>%s%s</body></html>'
            % (base_css, extra_css, top_html, '\n'.join(out)))


def cert_html(ct):
    rows = ''.join('<tr><td class="cl">%s</td><td>%s</td></tr>' % (htmlmod.escape(a), htmlmod.escape(b)) for a, b in ct['fields'])
    seal = ''
    if ct.get('issuer_seal'):
        seal += '<div style="position:absolute;right:70px;bottom:40px">%s</div>' % seal_svg(ct['issuer_seal'], 130)
    if ct.get('copy_seal'):
        seal += ('<div style="position:absolute;left:40px;bottom:30px;color:#d0191f;font-weight:bold">%s<br>%s</div>'
                 % (htmlmod.escape(ct.get('copy_text', '复印件与原件一致')).replace('\n', '<br>'), seal_svg(ct['copy_seal'], 130)))
    elif ct.get('copy_text'):
        seal += '<div style="position:absolute;left:40px;bottom:80px">%s</div>' % htmlmod.escape(ct['copy_text']).replace('\n', '<br>')
    return ('<div style="position:relative;border:6px double %s;height:235mm;padding:18mm 14mm;box-sizing:border-box">'
            '<div style="text-align:center;font-size:34px;font-weight:bold;letter-spacing:6px;%s">%s</div>'
            '<div style="text-align:center;font-size:15px">%s</div>'
            '<div style="margin-top:14px;font-size:13px">%s</div>'
            '<table style="margin-top:18px;font-size:15px;line-height:1.7;border:none">%s</table>'
            '<div style="position:absolute;right:70px;bottom:110px;text-align:right">%s<br>%s</div>%s</div>'
            '<style>td.cl{font-weight:bold;white-space:nowrap;padding-right:18px;vertical-align:top}</style>'
            % (ct.get('frame', '#b5651d'), 'color:#c0392b' if ct.get('red_title') else '', htmlmod.escape(ct['title']),
               htmlmod.escape(ct.get('sub', '')), htmlmod.escape(ct.get('code_top', '')), rows,
               htmlmod.escape(ct.get('issuer', '')), htmlmod.escape(ct.get('date', '')), seal))


CHROME = None
def chromium_bin():
    global CHROME
    if CHROME is None:
        CHROME = shutil.which('chromium') or shutil.which('chromium-browser') or shutil.which('google-chrome')
    return CHROME


def render_html_pdf(html_text, path, tmp):
    hp = os.path.join(tmp, 'page_%d.html' % random.randint(0, 10 ** 9))
    with open(hp, 'w', encoding='utf-8') as f:
        f.write(html_text)
    prof = os.path.join(tmp, 'chrome-profile')
    cmd = [chromium_bin(), '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
           '--user-data-dir=' + prof, '--print-to-pdf=' + path, 'file://' + hp]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not os.path.exists(path):
        cmd.insert(4, '--print-to-pdf-no-header')
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    os.remove(hp)


# ---------------------------------------------------------------- DOCX
def render_docx(blocks, path, font='宋体', size=12):
    from docx import Document
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(26); sec.top_margin = Mm(30); sec.bottom_margin = Mm(25)
    stl = doc.styles['Normal']
    stl.font.name = font; stl.font.size = Pt(size)
    stl.element.rPr.rFonts.set(qn('w:eastAsia'), font)

    def run(p, text, bold=False, sz=None, color=None):
        r = p.add_run(text)
        r.bold = bold
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if sz: r.font.size = Pt(sz)
        if color: r.font.color.rgb = RGBColor(*color)
        return r

    for b in blocks:
        k = b[0]
        if k == 'lh':
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1], bold=True, sz=24, color=(0xD0, 0x19, 0x1F))
            p2 = doc.add_paragraph(); run(p2, '─' * 34, color=(0xD0, 0x19, 0x1F), sz=11)
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'docno':
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, b[1])
        elif k == 'title':
            for ln in b[1].split('\n'):
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, ln, bold=True, sz=size + 6)
        elif k == 'h':
            p = doc.add_paragraph(); run(p, b[1], bold=True, sz=size + 1)
        elif k == 'p':
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Pt(size * 2); run(p, b[1])
            p.paragraph_format.line_spacing = 1.5
        elif k == 'pl':
            p = doc.add_paragraph(); run(p, b[1])
        elif k == 'right':
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; run(p, b[1])
        elif k == 'small':
            p = doc.add_paragraph(); run(p, b[1], sz=size - 3, color=(0x77, 0x77, 0x77))
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ''
                    run(cell.paragraphs[0], str(x), bold=(i == 0 and opts.get('header', True)), sz=size - 1.5)
            for (r, c, nr, nc) in opts.get('span', []):
                a = t.cell(r, c); bcell = t.cell(r + nr - 1, c + nc - 1)
                keep = a.text
                m = a.merge(bcell)
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                m.paragraphs[0].text = ''
                run(m.paragraphs[0], keep, sz=size - 1.5)
            doc.add_paragraph()
        elif k == 'sign':
            for ln in b[1]:
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; run(p, ln)
            if b[2]:
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(io.BytesIO(seal_png(b[2])), width=Mm(38))
        elif k == 'pb':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.core_properties.author = ''
    doc.save(path)


# ---------------------------------------------------------------- ODT
def render_odt(blocks, path, font='Noto Serif CJK SC', size='12pt'):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, GraphicProperties, FontFace)
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))

    def pst(name, **kw):
        s = Style(name=name, family='paragraph')
        pp = {k: v for k, v in kw.items() if k in ('textalign', 'textindent', 'margintop', 'marginbottom', 'breakbefore', 'lineheight')}
        tp = {k: v for k, v in kw.items() if k in ('fontsize', 'fontweight', 'color')}
        if pp: s.addElement(ParagraphProperties(**pp))
        s.addElement(TextProperties(fontname=font, fontnameasian=font, fontsizeasian=tp.get('fontsize', size),
                                    fontweightasian=tp.get('fontweight', 'normal'), **tp))
        doc.automaticstyles.addElement(s)
        return s
    S = {
        'lh': pst('LH', textalign='center', fontsize='24pt', fontweight='bold', color='#d0191f'),
        'rule': pst('RULE', textalign='center', color='#d0191f', fontsize='10pt'),
        'docno': pst('DN', textalign='center', fontsize=size),
        'title': pst('TI', textalign='center', fontsize='18pt', fontweight='bold', margintop='0.2cm', marginbottom='0.3cm'),
        'h': pst('H', fontsize='13pt', fontweight='bold', margintop='0.2cm'),
        'p': pst('PI', textindent='0.85cm', fontsize=size, lineheight='150%'),
        'pl': pst('PL', fontsize=size),
        'right': pst('RI', textalign='end', fontsize=size),
        'small': pst('SM', fontsize='9pt', color='#777777'),
        'cell': pst('CE', fontsize='10.5pt'),
        'cellb': pst('CB', fontsize='10.5pt', fontweight='bold'),
        'pb': pst('PB', breakbefore='page', fontsize=size),
    }
    cs = Style(name='CELL', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    fr = Style(name='FR', family='graphic')
    fr.addElement(GraphicProperties(wrap='none', verticalpos='top', horizontalpos='right', horizontalrel='paragraph'))
    doc.automaticstyles.addElement(fr)
    pending_pb = False
    n_img = 0
    for b in blocks:
        k = b[0]
        def addp(style, text):
            nonlocal pending_pb
            if pending_pb:
                doc.text.addElement(P(stylename=S['pb'], text=''))
                pending_pb = False
            for ln in text.split('\n'):
                doc.text.addElement(P(stylename=style, text=ln))
        if k == 'lh':
            addp(S['lh'], b[1]); addp(S['rule'], '━' * 30)
        elif k in ('docno', 'title', 'h', 'p', 'pl', 'right', 'small'):
            addp(S[k], b[1])
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            if pending_pb:
                doc.text.addElement(P(stylename=S['pb'], text='')); pending_pb = False
            ncol = max(len(r) for r in rows)
            spans = {(r, c): (nr, nc) for (r, c, nr, nc) in opts.get('span', [])}
            t = Table(name='T%d' % random.randint(0, 10 ** 6))
            widths = opts.get('widths') or [1] * ncol
            tot = sum(widths)
            for j, w in enumerate(widths):
                cst = Style(name='COL%d_%d' % (id(t) % 100000, j), family='table-column')
                cst.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16.0 * w / tot)))
                doc.automaticstyles.addElement(cst)
                t.addElement(TableColumn(stylename=cst))
            for i, r in enumerate(rows):
                tr = TableRow()
                for j in range(ncol):
                    x = r[j] if j < len(r) else ''
                    kw = {}
                    if (i, j) in spans:
                        kw = dict(numberrowsspanned=spans[(i, j)][0], numbercolumnsspanned=spans[(i, j)][1])
                    tc = TableCell(stylename=cs, **kw)
                    for ln in str(x).split('\n'):
                        tc.addElement(P(stylename=S['cellb'] if (i == 0 and opts.get('header', True)) else S['cell'], text=ln))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=S['pl'], text=''))
        elif k == 'sign':
            for ln in b[1]:
                addp(S['right'], ln)
            if b[2]:
                n_img += 1
                href = doc.addPicture('Pictures/seal%d.png' % n_img, 'image/png', seal_png(b[2]))
                p = P(stylename=S['right'])
                f = Frame(stylename=fr, width='3.8cm', height='3.8cm', anchortype='as-char', name='seal%d' % n_img)
                f.addElement(DImage(href=href))
                p.addElement(f)
                doc.text.addElement(p)
        elif k == 'pb':
            pending_pb = True
    doc.save(path)


def lo_convert(srcs, outdir, tmp):
    """Convert office files to PDF with LibreOffice in one call."""
    if not srcs:
        return
    prof = 'file://' + os.path.join(tmp, 'lo-profile')
    cmd = ['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf', '--outdir', outdir] + list(srcs)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- scans / photos
def pdf_to_images(pdf, dpi, gray=False, tmp=None):
    d = tempfile.mkdtemp(dir=tmp)
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    subprocess.run(cmd + [pdf, os.path.join(d, 'p')], check=True)
    ims = [Image.open(os.path.join(d, f)).copy() for f in sorted(os.listdir(d))]
    shutil.rmtree(d)
    return ims


def scanify(im, rnd, quality='legible', gray=False):
    """Make a page image look scanned. quality: legible | faint | blurred"""
    im = im.convert('L' if gray else 'RGB')
    ang = rnd.uniform(-1.6, 1.6)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    if quality == 'faint':
        small = im.resize((im.width * 60 // 150, im.height * 60 // 150), Image.BILINEAR)
        small = small.filter(ImageFilter.GaussianBlur(1.6))
        small = ImageEnhance.Contrast(small).enhance(0.18)
        small = ImageEnhance.Brightness(small).enhance(1.35)
        im = small
    elif quality == 'blurred':
        im = im.filter(ImageFilter.GaussianBlur(5.5))
        im = ImageEnhance.Contrast(im).enhance(0.45)
    # paper tone + noise
    px = im.load()
    w, h = im.size
    for _ in range(w * h // 900):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = rnd.randint(150, 235)
        px[x, y] = v if gray else (v, v, v)
    if not gray:
        tone = Image.new('RGB', im.size, (248, 245, 236))
        im = Image.blend(im, tone, 0.08)
    return im


def images_to_pdf(ims, path, dpi, jpeg_q=55):
    """Image-only PDF via the img2pdf command (one JPEG per page, no text layer)."""
    d = tempfile.mkdtemp()
    files = []
    for i, im in enumerate(ims):
        fp = os.path.join(d, 'p%03d.jpg' % i)
        im.save(fp, 'JPEG', quality=jpeg_q, dpi=(dpi, dpi))
        files.append(fp)
    subprocess.run(['img2pdf'] + files + ['-o', path], check=True)
    shutil.rmtree(d)


def images_to_pdf_ocr(ims, texts, path, dpi, jpeg_q=55):
    """Image pages with an invisible text layer (reportlab text render mode 3)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    fn, _ = _rl_fonts('ttf')
    c = None
    for im, txt in zip(ims, texts):
        W, H = im.width * 72.0 / dpi, im.height * 72.0 / dpi
        if c is None:
            c = canvas.Canvas(path, pagesize=(W, H))
        else:
            c.setPageSize((W, H))
        buf = io.BytesIO(); im.save(buf, 'JPEG', quality=jpeg_q); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        t = c.beginText(); t.setTextRenderMode(3); t.setFont(fn, 10)
        y = H - 80
        for ln in txt:
            t.setTextOrigin(60, y); t.textLine(ln); y -= 16
            if y < 40:
                break
        c.drawText(t)
        c.showPage()
    c.save()


def photo_of(im, rnd, quality='legible'):
    """A phone photo of a page on a desk."""
    im = im.convert('RGB')
    W, H = int(im.width * 1.25), int(im.height * 1.18)
    bg = Image.new('RGB', (W, H), (118, 96, 72))
    d = ImageDraw.Draw(bg)
    for i in range(0, W, 37):
        d.line([(i, 0), (i + 60, H)], fill=(108, 88, 66), width=6)
    page = im.rotate(rnd.uniform(-6, 6), resample=Image.BICUBIC, expand=True, fillcolor=(118, 96, 72))
    bg.paste(page, ((W - page.width) // 2, (H - page.height) // 2))
    # lighting gradient
    grad = Image.linear_gradient('L').resize((W, H)).rotate(rnd.choice([0, 90, 180, 270]))
    shade = Image.new('RGB', (W, H), (40, 40, 50))
    bg = Image.composite(shade, bg, grad.point(lambda v: int(v * 0.35)))
    if quality == 'poor':
        bg = bg.resize((W // 4, H // 4)).filter(ImageFilter.GaussianBlur(2.2)).resize((W // 2, H // 2))
        bg = ImageEnhance.Brightness(bg).enhance(0.45)
        bg = ImageEnhance.Contrast(bg).enhance(0.5)
    return bg
