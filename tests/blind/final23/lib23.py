# -*- coding: utf-8 -*-
"""Rendering helpers for the final23 blind corpus: codes, seals, producers."""
import os, io, math, random, subprocess, shutil, html, re, zipfile

BASE = os.path.dirname(os.path.abspath(__file__))
WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NSANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
NSANSB = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
NSERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NSERIFB = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

# ---------------------------------------------------------------- credit codes
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(s8):
    c = 11 - sum(_v36(ch) * w for ch, w in zip(s8, W9)) % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def check18(s17):
    return ALPH[(31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W18)) % 31) % 31]


def valid_code(c):
    return len(c) == 18 and org_check(c[8:16]) == c[16] and check18(c[:17]) == c[17]


def make_code(rnd, cat, region, prefix=''):
    pool = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    while True:
        body = prefix + ''.join(rnd.choice(pool) for _ in range(8 - len(prefix)))
        oc = org_check(body)
        s17 = cat + region + body + oc
        c = s17 + check18(s17)
        if valid_code(c):
            return c


assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F') and valid_code('123100004250018698')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')
assert check18('52310104MJ5K3L7D0') == 'C'

# ---------------------------------------------------------------- dates
CN_D = '〇一二三四五六七八九'


def cn_num(n):
    if n <= 10:
        return '十' if n == 10 else CN_D[n]
    if n < 20:
        return '十' + CN_D[n - 10]
    return CN_D[n // 10] + '十' + (CN_D[n % 10] if n % 10 else '')


def cn_date(y, m, d):
    return ''.join(CN_D[int(c)] for c in str(y)) + '年' + cn_num(m) + '月' + cn_num(d) + '日'


def cn_year(y):
    return ''.join(CN_D[int(c)] for c in str(y))


def ar_date(y, m, d):
    return f'{y}年{m}月{d}日'

# ---------------------------------------------------------------- seals (Pillow)


def seal_png(path, name, sub='', star=True, color=(215, 25, 32), size=420, oval=False):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    r = size / 2 - 8
    col = color + (235,)
    d.ellipse([c - r, c - r, c + r, c + r], outline=col, width=int(size * 0.028))
    if star:
        pts = []
        for k in range(10):
            rr = size * 0.13 if k % 2 == 0 else size * 0.052
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        d.polygon(pts, fill=col)
    font = ImageFont.truetype(NSANSB, int(size * 0.105), index=2)
    n = len(name)
    span = min(250, 18 * n + 30)
    for i, ch in enumerate(name):
        ang = -span / 2 + span * (i + 0.5) / n  # degrees from top
        t = Image.new('RGBA', (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(t).text((t.width / 2, t.height / 2), ch, font=font, fill=col, anchor='mm')
        t = t.rotate(-ang, resample=Image.BICUBIC)
        rr = r - size * 0.11
        x = c + rr * math.sin(math.radians(ang)) - t.width / 2
        y = c - rr * math.cos(math.radians(ang)) - t.height / 2
        img.alpha_composite(t, (int(x), int(y)))
    if sub:
        f2 = ImageFont.truetype(NSANSB, int(size * 0.075), index=2)
        d.text((c, c + size * 0.25), sub, font=f2, fill=col, anchor='mm')
    img.save(path)
    return path


def seal_svg(name, sub='', size=150, color='#d7191f'):
    n = len(name)
    span = min(250, 18 * n + 30)
    r = size / 2 - 4
    c = size / 2
    tr = r - size * 0.11
    a0 = math.radians(-span / 2 - 90)
    a1 = math.radians(span / 2 - 90)
    x0, y0 = c + tr * math.cos(a0), c + tr * math.sin(a0)
    x1, y1 = c + tr * math.cos(a1), c + tr * math.sin(a1)
    large = 1 if span > 180 else 0
    pts = []
    for k in range(10):
        rr = size * 0.13 if k % 2 == 0 else size * 0.052
        a = -math.pi / 2 + k * math.pi / 5
        pts.append(f'{c + rr * math.cos(a):.1f},{c + rr * math.sin(a):.1f}')
    fs = size * 0.1
    import zlib
    pid = 'arc%d' % (zlib.crc32((name + sub).encode()) % 100000)
    s = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" style="opacity:.85">'
         f'<defs><path id="{pid}" d="M {x0:.1f} {y0:.1f} A {tr:.1f} {tr:.1f} 0 {large} 1 {x1:.1f} {y1:.1f}"/></defs>'
         f'<circle cx="{c}" cy="{c}" r="{r}" fill="none" stroke="{color}" stroke-width="{size*0.028:.1f}"/>'
         f'<polygon points="{" ".join(pts)}" fill="{color}"/>'
         f'<text font-family="Noto Sans CJK SC" font-weight="bold" font-size="{fs:.1f}" fill="{color}" dominant-baseline="middle">'
         f'<textPath href="#{pid}" startOffset="50%" text-anchor="middle">{html.escape(name)}</textPath></text>')
    if sub:
        s += f'<text x="{c}" y="{c + size*0.27:.1f}" font-family="Noto Sans CJK SC" font-size="{size*0.075:.1f}" fill="{color}" text-anchor="middle">{html.escape(sub)}</text>'
    return s + '</svg>'

# ---------------------------------------------------------------- blocks
# ('lh', text, {color,size,sub})  letterhead
# ('no', text, align)             document number
# ('t', text)                     title (\n allowed)
# ('st', text)                    subtitle
# ('h', text)                     heading
# ('p', text)                     paragraph (indented)
# ('pl', text)                    paragraph (no indent)
# ('r', text)                     right aligned
# ('c', text)                     centred small
# ('tbl', rows, {w:[fractions], head:bool, spans:[(r0,c0,r1,c1)], fs})
# ('seal', name, sub)             seal overlapping the lines above
# ('pb',)                         page break
# ('sp', mm)
# ('cert', dict)                  certificate page (full page)
# ('img', path, width_mm)


def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ('lh', 'no', 't', 'st', 'h', 'p', 'pl', 'r', 'c'):
            out.append(b[1].replace('\n', ''))
        elif b[0] == 'tbl':
            for row in b[1]:
                out.append(' '.join(x for x in row if x))
        elif b[0] == 'cert':
            for k, v in b[1].get('fields', []):
                out.append(f'{k} {v}')
    return out


def _esc(s):
    return html.escape(s)

# ---------------------------------------------------------------- reportlab


_rl_ready = False


def rl_fonts():
    global _rl_ready
    if _rl_ready:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont('DejaVu', DEJAVU))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _rl_ready = True


def rl_seal(c, x, y, name, sub='', r=42, color=(0.84, 0.1, 0.12), font='WQY'):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(2.2)
    c.circle(x, y, r, stroke=1, fill=0)
    p = c.beginPath()
    for k in range(10):
        rr = r * 0.27 if k % 2 == 0 else r * 0.11
        a = math.pi / 2 + k * math.pi / 5
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        (p.moveTo if k == 0 else p.lineTo)(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(name)
    span = min(250, 18 * n + 30)
    fs = r * 0.23
    for i, ch in enumerate(name):
        ang = -span / 2 + span * (i + 0.5) / n
        c.saveState()
        c.translate(x, y)
        c.rotate(-ang)
        c.setFont(font, fs)
        c.drawCentredString(0, r * 0.68, ch)
        c.restoreState()
    if sub:
        c.setFont(font, r * 0.16)
        c.drawCentredString(x, y - r * 0.55, sub)
    c.restoreState()


def rl_render(blocks, out, font='WQY', serif=False, margins=(25, 25, 22, 22), page_no=False, footer=None):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Flowable, Image as RLImage)
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT, TA_JUSTIFY

    def fx(s):
        s = _esc(s).replace('\n', '<br/>')
        if font != 'STSong-Light' or True:
            s = s.replace('☑', '<font name="DejaVu">☑</font>').replace('✓', '<font name="DejaVu">✓</font>')
        return s
    base = ParagraphStyle('b', fontName=font, fontSize=12, leading=21, wordWrap='CJK', alignment=TA_JUSTIFY)
    st = {
        'p': ParagraphStyle('p', parent=base, firstLineIndent=24),
        'pl': base,
        'r': ParagraphStyle('r', parent=base, alignment=TA_RIGHT),
        'c': ParagraphStyle('c', parent=base, alignment=TA_CENTER, fontSize=10.5, leading=16),
        't': ParagraphStyle('t', parent=base, alignment=TA_CENTER, fontSize=18, leading=28, spaceBefore=6, spaceAfter=10),
        'st': ParagraphStyle('st', parent=base, alignment=TA_CENTER, fontSize=13, leading=20, spaceAfter=6),
        'h': ParagraphStyle('h', parent=base, fontSize=13, leading=22, spaceBefore=6, spaceAfter=2),
        'td': ParagraphStyle('td', parent=base, fontSize=10.5, leading=15, alignment=TA_LEFT),
    }

    class Seal(Flowable):
        def __init__(s, name, sub):
            Flowable.__init__(s)
            s.name, s.sub = name, sub
            s.width, s.height = 10, 0

        def draw(s):
            rl_seal(s.canv, s._frame_w - 80, 40, s.name, s.sub, font=font)

        def wrap(s, aw, ah):
            s._frame_w = aw
            return aw, 0

    class Line(Flowable):
        def __init__(s, color):
            Flowable.__init__(s)
            s.color = color

        def wrap(s, aw, ah):
            s.w = aw
            return aw, 8

        def draw(s):
            s.canv.setStrokeColor(s.color)
            s.canv.setLineWidth(1.6)
            s.canv.line(0, 4, s.w, 4)

    class Cert(Flowable):
        def __init__(s, spec):
            Flowable.__init__(s)
            s.spec = spec

        def wrap(s, aw, ah):
            s.w, s.h = aw, ah - 2
            return aw, ah - 2

        def draw(s):
            draw_cert_rl(s.canv, s.spec, s.w, s.h, font)

    story = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            o = b[2] if len(b) > 2 else {}
            col = colors.Color(0.82, 0.08, 0.1)
            story.append(Paragraph(f'<font color="#d0141a">{fx(b[1])}</font>',
                                   ParagraphStyle('lh', parent=base, alignment=TA_CENTER, fontSize=o.get('size', 24), leading=o.get('size', 24) * 1.4)))
            if o.get('sub'):
                story.append(Paragraph(fx(o['sub']), st['c']))
            story.append(Line(col))
            story.append(Spacer(1, 4))
        elif k == 'no':
            al = b[2] if len(b) > 2 else 'c'
            story.append(Paragraph(fx(b[1]), st['c'] if al == 'c' else st['r'] if al == 'r' else st['pl']))
        elif k in st:
            story.append(Paragraph(fx(b[1]), st[k]))
        elif k == 'tbl':
            o = b[2] if len(b) > 2 else {}
            fs = o.get('fs', 10.5)
            tds = ParagraphStyle('tdx', parent=st['td'], fontSize=fs, leading=fs * 1.45)
            rows = [[Paragraph(fx(x), tds) for x in row] for row in b[1]]
            aw = A4[0] - (margins[2] + margins[3]) * mm
            ws = o.get('w') or [1.0 / len(b[1][0])] * len(b[1][0])
            t = Table(rows, colWidths=[aw * w for w in ws], repeatRows=1 if o.get('head', True) else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if o.get('head', True):
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
            for (r0, c0, r1, c1) in o.get('spans', []):
                sty.append(('SPAN', (c0, r0), (c1, r1)))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == 'seal':
            story.append(Seal(b[1], b[2] if len(b) > 2 else ''))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'sp':
            story.append(Spacer(1, b[1] * mm))
        elif k == 'cert':
            story.append(Cert(b[1]))
        elif k == 'img':
            from PIL import Image as PI
            im = PI.open(b[1])
            w = b[2] * mm
            story.append(RLImage(b[1], width=w, height=w * im.height / im.width))

    def onpage(c, d):
        if page_no or footer:
            c.saveState()
            c.setFont(font, 9)
            txt = (footer or '') + (f'  第 {d.page} 页' if page_no else '')
            c.drawCentredString(A4[0] / 2, 12 * mm, txt)
            c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=A4, topMargin=margins[0] * mm, bottomMargin=margins[1] * mm,
                            leftMargin=margins[2] * mm, rightMargin=margins[3] * mm, title='', author='')
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def draw_cert_rl(c, spec, w, h, font):
    """Certificate drawn at coordinates inside a w x h frame."""
    from reportlab.lib import colors
    kind = spec.get('style', 'licence')
    c.saveState()
    if kind == 'licence':
        c.setStrokeColorRGB(0.75, 0.55, 0.2)
        c.setLineWidth(5)
        c.rect(4, 4, w - 8, h - 8)
        c.setLineWidth(1)
        c.rect(12, 12, w - 24, h - 24)
    else:
        c.setStrokeColorRGB(0.2, 0.35, 0.6)
        c.setLineWidth(3)
        c.rect(6, 6, w - 12, h - 12)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 11)
    if spec.get('copy'):
        c.drawString(w - 80, h - 45, spec['copy'])
    c.setFont(font, 10)
    c.drawString(40, h - 45, '统一社会信用代码')
    c.setFont(font, 11)
    c.drawString(40, h - 62, spec['code'])
    c.setFont(font, 30 if kind == 'licence' else 22)
    c.drawCentredString(w / 2, h - 120, spec['title'])
    if spec.get('subtitle'):
        c.setFont(font, 13)
        c.drawCentredString(w / 2, h - 145, spec['subtitle'])
    y = h - 190
    for k_, v in spec['fields']:
        c.setFont(font, 11)
        c.drawString(50, y, k_)
        c.setFont(font, 11)
        lines = [v[i:i + 30] for i in range(0, len(v), 30)] or ['']
        for ln in lines:
            c.drawString(150, y, ln)
            y -= 19
        y -= 8
    # QR-like box
    if spec.get('qr'):
        rnd = random.Random(spec['code'])
        x0, y0, s = w - 130, 60, 4
        for i in range(21):
            for j in range(21):
                if rnd.random() < 0.45 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                    c.rect(x0 + i * s, y0 + j * s, s, s, stroke=0, fill=1)
    c.setFont(font, 11)
    c.drawString(w / 2 - 20, 120, '登记机关')
    c.drawString(w / 2 - 20, 100, spec['authority'])
    c.drawString(w / 2 - 20, 80, spec['date'])
    if spec.get('seal', True):
        rl_seal(c, w / 2 + 60, 110, spec['authority'], '', r=45, font=font)
    c.restoreState()

# ---------------------------------------------------------------- HTML / chromium


def html_render(blocks, out_pdf, workdir, css_extra='', serif=True, seal_size=140):
    fam = 'Noto Serif CJK SC' if serif else 'Noto Sans CJK SC'
    parts = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            o = b[2] if len(b) > 2 else {}
            parts.append(f'<div class="lh" style="font-size:{o.get("size",24)+4}pt">{_esc(b[1])}</div>')
            if o.get('sub'):
                parts.append(f'<div class="c">{_esc(o["sub"])}</div>')
            parts.append('<div class="redline"></div>')
        elif k == 'no':
            al = {'c': 'center', 'r': 'right', 'l': 'left'}[b[2] if len(b) > 2 else 'c']
            parts.append(f'<div class="no" style="text-align:{al}">{_esc(b[1])}</div>')
        elif k == 't':
            parts.append(f'<h1>{_esc(b[1]).replace(chr(10), "<br>")}</h1>')
        elif k == 'st':
            parts.append(f'<h2>{_esc(b[1])}</h2>')
        elif k == 'h':
            parts.append(f'<h3>{_esc(b[1])}</h3>')
        elif k in ('p', 'pl', 'r', 'c'):
            parts.append(f'<p class="{k}">{_esc(b[1]).replace(chr(10), "<br>")}</p>')
        elif k == 'tbl':
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            spans = o.get('spans', [])
            covered = set()
            sp = {}
            for (r0, c0, r1, c1) in spans:
                sp[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (r, cc) != (r0, c0):
                            covered.add((r, cc))
            ws = o.get('w')
            t = ['<table>']
            if ws:
                t.append('<colgroup>' + ''.join(f'<col style="width:{w*100:.1f}%">' for w in ws) + '</colgroup>')
            for i, row in enumerate(rows):
                t.append('<tr>')
                for j, x in enumerate(row):
                    if (i, j) in covered:
                        continue
                    tag = 'th' if (i == 0 and o.get('head', True)) else 'td'
                    a = ''
                    if (i, j) in sp:
                        a = f' rowspan="{sp[(i,j)][0]}" colspan="{sp[(i,j)][1]}"'
                    t.append(f'<{tag}{a}>{_esc(x).replace(chr(10), "<br>")}</{tag}>')
                t.append('</tr>')
            t.append('</table>')
            parts.append(''.join(t))
        elif k == 'seal':
            parts.append(f'<div class="sealwrap"><div class="seal">{seal_svg(b[1], b[2] if len(b) > 2 else "", seal_size)}</div></div>')
        elif k == 'pb':
            parts.append('<div class="pb"></div>')
        elif k == 'sp':
            parts.append(f'<div style="height:{b[1]}mm"></div>')
        elif k == 'img':
            parts.append(f'<p class="c"><img src="file://{b[1]}" style="width:{b[2]}mm"></p>')
        elif k == 'cert':
            s = b[1]
            fl = ''.join(f'<div class="cf"><span class="ck">{_esc(k_)}</span><span class="cv">{_esc(v)}</span></div>' for k_, v in s['fields'])
            parts.append(f'''<div class="cert {s.get("style","licence")}"><div class="cc">统一社会信用代码<br><b>{_esc(s["code"])}</b></div>
<div class="ccopy">{_esc(s.get("copy",""))}</div><div class="ct">{_esc(s["title"])}</div><div class="cst">{_esc(s.get("subtitle",""))}</div>
<div class="cfs">{fl}</div><div class="cauth">登记机关：{_esc(s["authority"])}<br>{_esc(s["date"])}</div>
<div class="cseal">{seal_svg(s["authority"], "", 150) if s.get("seal", True) else ""}</div></div>''')
    css = f'''@page {{ size: A4; margin: 22mm 24mm 20mm 24mm; }}
body {{ font-family: "{fam}"; font-size: 12pt; line-height: 1.75; color:#111; }}
.lh {{ color:#d0141a; text-align:center; font-weight:bold; letter-spacing:2px; font-family:"Noto Serif CJK SC"; }}
.redline {{ border-top: 2px solid #d0141a; margin: 4px 0 14px 0; }}
h1 {{ font-size: 19pt; text-align:center; margin: 10px 0 14px; line-height:1.4; }}
h2 {{ font-size: 14pt; text-align:center; font-weight:normal; margin: 4px 0; }}
h3 {{ font-size: 13pt; margin: 10px 0 2px; }}
p {{ margin: 0 0 4px 0; text-align: justify; }}
p.p {{ text-indent: 2em; }} p.r {{ text-align:right; }} p.c {{ text-align:center; font-size:10.5pt; }}
.no {{ font-size: 12pt; margin-bottom: 6px; }}
table {{ border-collapse: collapse; width:100%; margin: 6px 0 10px; font-size:10.5pt; line-height:1.45; }}
th, td {{ border: 1px solid #000; padding: 4px 5px; vertical-align: middle; }}
th {{ background: #eee; }}
.sealwrap {{ position: relative; height: 0; }}
.seal {{ position: absolute; right: 30px; top: -{seal_size - 10}px; }}
.pb {{ page-break-after: always; }}
.cert {{ position: relative; height: 250mm; border: 6px double #b98a36; padding: 0; }}
.cert.minfei, .cert.shetuan, .cert.shiye {{ border-color:#3a5a98; }}
.cc {{ position:absolute; left: 14mm; top: 12mm; font-size: 10pt; line-height:1.4; }}
.ccopy {{ position:absolute; right: 14mm; top: 12mm; font-size: 11pt; }}
.ct {{ position:absolute; left:0; right:0; top: 36mm; text-align:center; font-size: 30pt; letter-spacing: 10px; font-weight:bold; }}
.cst {{ position:absolute; left:0; right:0; top: 54mm; text-align:center; font-size: 13pt; }}
.cfs {{ position:absolute; left: 16mm; top: 70mm; right: 16mm; }}
.cf {{ display:flex; margin-bottom: 6px; font-size: 11pt; line-height:1.5; }}
.ck {{ width: 30mm; flex: none; }}
.cauth {{ position:absolute; right: 30mm; bottom: 22mm; font-size: 11pt; }}
.cseal {{ position:absolute; right: 30mm; bottom: 12mm; }}
{css_extra}'''
    hp = os.path.join(workdir, os.path.basename(out_pdf) + '.html')
    with open(hp, 'w', encoding='utf-8') as f:
        f.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(parts)}</body></html>')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--user-data-dir=/tmp/blind23_chrome', f'--print-to-pdf={out_pdf}', 'file://' + hp],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)

# ---------------------------------------------------------------- docx


def docx_render(blocks, out, workdir, font='宋体', east='Noto Serif CJK SC', title_font='Noto Sans CJK SC'):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(26)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)

    def run(p, text, size=12, bold=False, color=None, fam=east):
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.name = fam
        r._element.rPr.rFonts.set(qn('w:eastAsia'), fam)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return r
    al = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT, 'l': WD_ALIGN_PARAGRAPH.LEFT}
    for b in blocks:
        k = b[0]
        if k == 'lh':
            o = b[2] if len(b) > 2 else {}
            p = d.add_paragraph()
            p.alignment = al['c']
            run(p, b[1], o.get('size', 24), True, (208, 20, 26), 'Noto Serif CJK SC')
            if o.get('sub'):
                p2 = d.add_paragraph()
                p2.alignment = al['c']
                run(p2, o['sub'], 10)
            p3 = d.add_paragraph()
            run(p3, '—' * 30, 10, False, (208, 20, 26))
            p3.alignment = al['c']
        elif k == 'no':
            p = d.add_paragraph()
            p.alignment = al[b[2] if len(b) > 2 else 'c']
            run(p, b[1], 12)
        elif k == 't':
            for ln in b[1].split('\n'):
                p = d.add_paragraph()
                p.alignment = al['c']
                run(p, ln, 18, True, fam=title_font)
        elif k == 'st':
            p = d.add_paragraph()
            p.alignment = al['c']
            run(p, b[1], 13)
        elif k == 'h':
            p = d.add_paragraph()
            run(p, b[1], 13, True, fam=title_font)
        elif k in ('p', 'pl', 'r', 'c'):
            for ln in b[1].split('\n'):
                p = d.add_paragraph()
                if k == 'p':
                    p.paragraph_format.first_line_indent = Pt(24)
                if k in ('r', 'c'):
                    p.alignment = al[k]
                run(p, ln, 10.5 if k == 'c' else 12)
        elif k == 'tbl':
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for (r0, c0, r1, c1) in o.get('spans', []):
                t.cell(r0, c0).merge(t.cell(r1, c1))
            done = set()
            for i, row in enumerate(rows):
                for j, x in enumerate(row):
                    cell = t.cell(i, j)
                    if id(cell._tc) in done:
                        continue
                    done.add(id(cell._tc))
                    cell.text = ''
                    for n, ln in enumerate(x.split('\n')):
                        p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                        run(p, ln, o.get('fs', 10.5), i == 0 and o.get('head', True))
            if o.get('w'):
                for j, w in enumerate(o['w']):
                    for cell in t.columns[j].cells:
                        cell.width = Mm(158 * w)
            d.add_paragraph()
        elif k == 'seal':
            png = os.path.join(workdir, 'seal_%d.png' % (__import__('zlib').crc32(b[1].encode())))
            if not os.path.exists(png):
                seal_png(png, b[1], b[2] if len(b) > 2 else '')
            p = d.add_paragraph()
            p.alignment = al['r']
            p.add_run().add_picture(png, width=Mm(40))
        elif k == 'pb':
            d.add_page_break()
        elif k == 'sp':
            d.add_paragraph()
        elif k == 'img':
            d.add_picture(b[1], width=Mm(b[2]))
        elif k == 'cert':
            s = b[1]
            p = d.add_paragraph()
            run(p, '统一社会信用代码 ' + s['code'], 11)
            p = d.add_paragraph()
            p.alignment = al['c']
            run(p, s['title'], 26, True)
            for k_, v in s['fields']:
                p = d.add_paragraph()
                run(p, f'{k_}    {v}', 12)
            p = d.add_paragraph()
            p.alignment = al['r']
            run(p, '登记机关 ' + s['authority'] + '\n' + s['date'], 12)
    d.core_properties.author = ''
    d.save(out)

# ---------------------------------------------------------------- odt


def odt_render(blocks, out, workdir, fam='Noto Sans CJK SC'):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, GraphicProperties
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()

    def pst(name, size=12, bold=False, align='justify', color=None, indent=None, brk=False):
        s = Style(name=name, family='paragraph')
        tp = dict(fontsize=f'{size}pt', fontname=fam, fontfamily=fam, fontfamilyasian=fam, fontsizeasian=f'{size}pt',
                  fontnameasian=fam)
        if bold:
            tp.update(fontweight='bold', fontweightasian='bold')
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        pp = dict(textalign=align, marginbottom='0.12cm')
        if indent:
            pp['textindent'] = indent
        if brk:
            pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s)
        return s
    S = {'p': pst('P1', indent='0.85cm'), 'pl': pst('P2'), 'r': pst('P3', align='end'), 'c': pst('P4', 10.5, align='center'),
         't': pst('P5', 18, True, 'center'), 'st': pst('P6', 13, False, 'center'), 'h': pst('P7', 13, True, 'start'),
         'lh': pst('P8', 26, True, 'center', '#d0141a'), 'td': pst('P9', 10.5, False, 'start'), 'th': pst('P10', 10.5, True, 'center'),
         'no': pst('P11', 12, False, 'center'), 'brk': pst('P12', 6, brk=True)}
    cellst = Style(name='C1', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cellst)
    frst = Style(name='fr1', family='graphic')
    frst.addElement(GraphicProperties(wrap='none', horizontalpos='right', horizontalrel='paragraph'))
    doc.automaticstyles.addElement(frst)
    tcount = 0
    for b in blocks:
        k = b[0]
        if k in ('p', 'pl', 'r', 'c', 't', 'st', 'h', 'no'):
            for ln in b[1].split('\n'):
                doc.text.addElement(P(stylename=S[k], text=ln))
        elif k == 'lh':
            doc.text.addElement(P(stylename=S['lh'], text=b[1]))
            doc.text.addElement(P(stylename=S['c'], text='━' * 24))
        elif k == 'pb':
            doc.text.addElement(P(stylename=S['brk'], text=''))
        elif k == 'sp':
            doc.text.addElement(P(stylename=S['pl'], text=''))
        elif k == 'tbl':
            tcount += 1
            rows = b[1]
            o = b[2] if len(b) > 2 else {}
            t = Table(name=f'T{tcount}')
            ws = o.get('w') or [1.0 / len(rows[0])] * len(rows[0])
            for j, w in enumerate(ws):
                cs = Style(name=f'T{tcount}C{j}', family='table-column')
                cs.addElement(TableColumnProperties(columnwidth=f'{16*w:.2f}cm'))
                doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))
            sp = {}
            cov = set()
            for (r0, c0, r1, c1) in o.get('spans', []):
                sp[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (r, cc) != (r0, c0):
                            cov.add((r, cc))
            for i, row in enumerate(rows):
                tr = TableRow()
                for j, x in enumerate(row):
                    if (i, j) in cov:
                        tr.addElement(CoveredTableCell())
                        continue
                    kw = {}
                    if (i, j) in sp:
                        kw = dict(numberrowsspanned=sp[(i, j)][0], numbercolumnsspanned=sp[(i, j)][1])
                    tc = TableCell(stylename=cellst, valuetype='string', **kw)
                    for ln in x.split('\n'):
                        tc.addElement(P(stylename=S['th' if i == 0 and o.get('head', True) else 'td'], text=ln))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=S['pl'], text=''))
        elif k in ('seal', 'img'):
            if k == 'seal':
                png = os.path.join(workdir, 'seal_%d.png' % (__import__('zlib').crc32(b[1].encode())))
                if not os.path.exists(png):
                    seal_png(png, b[1], b[2] if len(b) > 2 else '')
                w = h = 4.0
            else:
                from PIL import Image as PI
                png = b[1]
                im = PI.open(png)
                w = b[2] / 10
                h = w * im.height / im.width
            href = doc.addPicture(png)
            p = P(stylename=S['r'])
            fr = Frame(stylename=frst, width=f'{w}cm', height=f'{h}cm', anchortype='as-char')
            fr.addElement(DImage(href=href))
            p.addElement(fr)
            doc.text.addElement(p)
        elif k == 'cert':
            s = b[1]
            doc.text.addElement(P(stylename=S['pl'], text='统一社会信用代码 ' + s['code']))
            doc.text.addElement(P(stylename=S['t'], text=s['title']))
            for k_, v in s['fields']:
                doc.text.addElement(P(stylename=S['pl'], text=f'{k_}：{v}'))
            doc.text.addElement(P(stylename=S['r'], text='登记管理机关 ' + s['authority']))
            doc.text.addElement(P(stylename=S['r'], text=s['date']))
    doc.save(out)


def soffice_convert(files, outdir):
    if not files:
        return
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/blind23_lo', '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir] + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=900)

# ---------------------------------------------------------------- post-processing


def gs_distill(src, out, extra=()):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                    *extra, '-sOutputFile=' + out, src], check=True, timeout=300)


def raster(src, dpi, tmpdir, gray=False, first=None, last=None):
    pre = os.path.join(tmpdir, 'r%d' % random.randint(0, 10 ** 9))
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    if first:
        cmd += ['-f', str(first)]
    if last:
        cmd += ['-l', str(last)]
    subprocess.run(cmd + [src, pre], check=True)
    d = os.path.dirname(pre)
    fs = sorted(f for f in os.listdir(d) if f.startswith(os.path.basename(pre)) and f.endswith('.png'))
    return [os.path.join(d, f) for f in fs]


def degrade(im, rnd, rot=0.0, noise=6, gray=False, faint=False, blur=0, yellow=False):
    from PIL import Image, ImageFilter, ImageEnhance, ImageChops
    im = im.convert('L' if gray else 'RGB')
    if yellow and not gray:
        tint = Image.new('RGB', im.size, (250, 246, 232))
        im = ImageChops.multiply(im, tint)
    if rot:
        im = im.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    if faint:
        im = ImageEnhance.Contrast(im).enhance(0.22)
        im = ImageEnhance.Brightness(im).enhance(1.25)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def add_noise(im, rnd, amount=8):
    from PIL import Image, ImageChops
    random.seed(rnd.randint(0, 10 ** 6))
    nz = Image.effect_noise(im.size, amount)
    if im.mode != 'L':
        nz = nz.convert(im.mode)
    return ImageChops.add(im, nz, 1.0, -128)


def scan_pdf(src, out, tmpdir, rnd, dpi=200, gray=True, rot=None, quality=70, faint=False, blur=0, noise=7,
             down=None, yellow=False):
    """Render src, degrade like a scanner, write an image-only PDF via img2pdf."""
    from PIL import Image
    pngs = raster(src, dpi, tmpdir, gray=gray)
    jpgs = []
    for i, p in enumerate(pngs):
        im = Image.open(p)
        r = rot if rot is not None else rnd.uniform(-1.2, 1.2)
        im = degrade(im, rnd, rot=r, gray=gray, faint=faint, blur=blur, yellow=yellow)
        if noise:
            im = add_noise(im, rnd, noise)
        edpi = dpi
        if down:
            w, h = im.size
            im = im.resize((int(w * down / dpi), int(h * down / dpi)), Image.BILINEAR)
            edpi = down
        jp = p[:-4] + '.jpg'
        im.save(jp, 'JPEG', quality=quality, dpi=(edpi, edpi))
        jpgs.append(jp)
    subprocess.run(['img2pdf', '-o', out] + jpgs, check=True)
    for p in pngs + jpgs:
        os.remove(p)


def scan_with_layer(src, out, tmpdir, rnd, dpi=200, gray=True, quality=70):
    """Image-only scan plus an invisible (render mode 3) text layer from the source text."""
    rl_fonts()
    from PIL import Image
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    pngs = raster(src, dpi, tmpdir, gray=gray)
    npages = len(pngs)
    texts = []
    for i in range(npages):
        t = subprocess.run(['pdftotext', '-layout', '-f', str(i + 1), '-l', str(i + 1), src, '-'], capture_output=True, text=True).stdout
        texts.append([ln.strip() for ln in t.splitlines() if ln.strip()])
    c = canvas.Canvas(out, pagesize=A4)
    for i, p in enumerate(pngs):
        im = Image.open(p)
        im = degrade(im, rnd, rot=rnd.uniform(-0.6, 0.6), gray=gray)
        im = add_noise(im, rnd, 5)
        jp = p[:-4] + '.jpg'
        im.save(jp, 'JPEG', quality=quality)
        c.drawImage(jp, 0, 0, A4[0], A4[1])
        tx = c.beginText()
        tx.setTextRenderMode(3)
        tx.setFont('WQY', 11)
        y = A4[1] - 70
        for ln in texts[i]:
            tx.setTextOrigin(70, y)
            tx.textLine(ln)
            y -= max(12, (A4[1] - 140) / max(1, len(texts[i])))
        c.drawText(tx)
        c.showPage()
        os.remove(p)
        os.remove(jp)
    c.save()


def photo_jpg(src, out, tmpdir, rnd, dpi=110, poor=False, page=1, angle=None):
    """A phone photo of a printed page on a desk."""
    from PIL import Image, ImageFilter, ImageEnhance, ImageDraw
    pngs = raster(src, dpi, tmpdir, first=page, last=page)
    im = Image.open(pngs[0]).convert('RGB')
    w, h = im.size
    bg = Image.new('RGB', (int(w * 1.18), int(h * 1.12)), (120 + rnd.randint(0, 30), 95, 70))
    a = angle if angle is not None else rnd.uniform(-6, 6)
    im2 = im.rotate(a, resample=Image.BICUBIC, expand=True, fillcolor=(120, 95, 70))
    bg.paste(im2, ((bg.width - im2.width) // 2, (bg.height - im2.height) // 2))
    # uneven lighting
    shade = Image.linear_gradient('L').resize(bg.size).rotate(rnd.choice([0, 90, 180, 270]))
    shade = shade.point(lambda v: 150 + v * 105 // 255)
    bg = Image.composite(bg, Image.new('RGB', bg.size, (40, 35, 30)), shade)
    if poor:
        bg = bg.resize((bg.width // 3, bg.height // 3), Image.BILINEAR).filter(ImageFilter.GaussianBlur(2.2))
        bg = ImageEnhance.Contrast(bg).enhance(0.45)
        bg = ImageEnhance.Brightness(bg).enhance(1.25)
        q = 30
    else:
        q = 80
    bg.save(out, 'JPEG', quality=q)
    for p in pngs:
        os.remove(p)


def encrypt_pdf(src, out, user='sh2025'):
    import pikepdf
    with pikepdf.open(src) as p:
        p.save(out, encryption=pikepdf.Encryption(user=user, owner='owner-' + user, R=6))


def truncate_pdf(src, out, frac=0.45):
    data = open(src, 'rb').read()
    open(out, 'wb').write(data[:int(len(data) * frac)])


def merge_pdfs(srcs, out):
    import pikepdf
    pdf = pikepdf.Pdf.new()
    for s in srcs:
        with pikepdf.open(s) as src:
            pdf.pages.extend(src.pages)
    pdf.save(out)

# ---------------------------------------------------------------- zip writing


class GBKZipInfo(zipfile.ZipInfo):
    """Name stored as GBK bytes without the UTF-8 flag, as Windows' built-in zip writer does."""

    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(path, entries, gbk=False):
    """entries: list of (name, bytes); names ending in / are folders."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = (GBKZipInfo if gbk else zipfile.ZipInfo)(name, date_time=(2025, 1, 21, 9, 30, 0))
            if name.endswith('/'):
                zi.external_attr = 0o40755 << 16 | 0x10
                z.writestr(zi, b'')
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
