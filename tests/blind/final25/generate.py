#!/usr/bin/env python3
"""Blind test corpus generator, part "final25".

Regenerates /work/blind25/packages/*.zip and key.json.  Deterministic content
(random.Random seeded per package).  Producers: reportlab (embedded WenQuanYi
Zen Hei TTF), python-docx -> LibreOffice, odfpy .odt -> LibreOffice, Chromium
print-to-pdf (HTML/CSS + SVG seal), Ghostscript pdfwrite re-distill, scans
(pdftoppm -> Pillow -> img2pdf), scans with OCR layer (ocrmypdf, or reportlab
render mode 3), pikepdf (encryption, merging), Pillow JPEG photos.
"""
import os, sys, io, json, math, random, shutil, subprocess, zipfile, glob, re, copy
from concurrent.futures import ThreadPoolExecutor

BASE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(BASE, 'build')
OUT = os.path.join(BASE, 'packages')

# ---------------------------------------------------------------- fonts
WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
NOTO_SERIF = None
NOTO_SANS = None
for p in glob.glob('/usr/share/fonts/opentype/noto/*.tt*'):
    if 'NotoSerifCJK-Regular' in p: NOTO_SERIF = p
    if 'NotoSansCJK-Regular' in p: NOTO_SANS = p
PIL_FONT = NOTO_SANS or WQY

# ---------------------------------------------------------------- credit codes
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    s = sum(int(c, 36) * w for c, w in zip(s8, W9))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def check18(s17):
    s = sum(ALPH.index(c) * w for c, w in zip(s17, W18))
    return ALPH[(31 - s % 31) % 31]


def valid_code(code):
    if len(code) != 18 or any(c not in ALPH for c in code):
        return False
    return org_check(code[8:16]) == code[16] and check18(code[:17]) == code[17]


def make_code(cat, region, rnd, prefix=''):
    body = prefix
    while len(body) < 8:
        body += rnd.choice('0123456789ABCDEFGHJKLMNPQRTUWXY' if len(body) > 2 else '0123456789')
    s17 = cat + region + body + org_check(body)
    if any(c not in ALPH for c in s17):
        return make_code(cat, region, rnd, prefix)
    return s17 + check18(s17)


assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F') and valid_code('123100004250018698')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')
assert check18('52310104MJ5K3L7D0') == 'C'

# ---------------------------------------------------------------- domain tables
OCC = {
    'zwfw': ('3-01-01-02', '政务服务办事员', [5, 4, 3]),
    'tys': ('4-03-02-10', '调饮师', [5, 4, 3, 2, 1]),
    'spaq': ('4-03-02-11', '食品安全管理师', [5, 4, 3, 2, 1]),
    'sjaq': ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [4, 3, 2, 1]),
    'szh': ('4-04-04-05', '数字化解决方案设计师', [4, 3, 2, 1]),
    'szls': ('4-04-05-10', '数字孪生应用技术员', [5, 4, 3, 2, 1]),
    'fdc': ('4-06-02-02', '房地产策划师', [4, 3, 2, 1]),
    'kjzx': ('4-07-02-02', '科技咨询师', [3, 2, 1]),
    'xygl': ('4-07-02-04', '信用管理师', [4, 3, 2, 1]),
    'jly': ('4-08-05-06', '计量员（热工计量员）', [4, 3]),
    'scdp': ('4-08-08-04', '色彩搭配师', [4, 3, 2, 1]),
    'tpf_hs': ('4-09-07-04', '碳排放管理员（碳排放核算员）', [4, 3, 2, 1]),
    'tpf_hc': ('4-09-07-04', '碳排放管理员（碳排放核查员）', [4, 3, 2, 1]),
    'tpf_jy': ('4-09-07-04', '碳排放管理员（碳排放交易员）', [4, 3, 2, 1]),
    'tpf_mh': ('4-09-07-04', '碳排放管理员（民航碳排放管理员）', [4, 3, 2, 1]),
    'jnjp': ('4-09-07-06', '建筑节能减排咨询师', [5, 4, 3, 2, 1]),
    'bjy': ('4-09-08-01', '保洁员', [5, 4, 3]),
    'ljqy': ('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3]),
    'pjs': ('4-09-10-03', '盆景师', [5, 4, 3, 2, 1]),
    'ajs': ('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4, 3]),
    'hly': ('4-14-01-02', '医疗护理员', [5, 4, 3, 2, 1]),
    'yys': ('4-14-02-01', '营养师（公共营养师）', [4, 3, 2, 1]),
    'tlq': ('4-14-03-01', '助听器验配师', [4, 3, 2, 1]),
    'sqjk': ('4-14-04-04', '社群健康助理员', [4, 3, 2]),
    'hgzk': ('6-11-01-03', '化工总控工', [5, 4, 3, 2, 1]),
    'ywzj_pj': ('6-12-03-00', '药物制剂工（片剂制备）', [5, 4, 3, 2, 1]),
    'ywzj_zs': ('6-12-03-00', '药物制剂工（注射剂制备）', [5, 4, 3, 2, 1]),
    'zczz': ('6-18-01-13', '增材制造设备操作员', [5, 4, 3, 2, 1]),
    'gg': ('6-29-03-04', '管工', [5, 4, 3, 2, 1]),
    'gdjt': ('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2, 1]),
    # NOT in the notice's 48
    'dg': ('6-31-01-03', '电工', [5, 4, 3, 2, 1]),
}
LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVN = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
DIST = {  # name, code, short docno prefix
    '黄浦区': ('310101', '黄人社'), '徐汇区': ('310104', '徐人社'), '长宁区': ('310105', '长人社'),
    '静安区': ('310106', '静人社'), '普陀区': ('310107', '普人社'), '虹口区': ('310109', '虹人社'),
    '杨浦区': ('310110', '杨人社'), '闵行区': ('310112', '闵人社'), '宝山区': ('310113', '宝人社'),
    '嘉定区': ('310114', '嘉人社'), '浦东新区': ('310115', '浦人社'), '金山区': ('310116', '金人社'),
    '松江区': ('310117', '松人社'), '青浦区': ('310118', '青人社'), '奉贤区': ('310120', '奉人社'),
    '崇明区': ('310151', '崇人社'),
}
CN_DIG = '〇一二三四五六七八九'


def cn_num(n):
    if n < 10: return CN_DIG[n]
    if n == 10: return '十'
    if n < 20: return '十' + CN_DIG[n - 10]
    return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')


def cn_date(y, m, d):
    return ''.join(CN_DIG[int(c)] for c in str(y)) + '年' + cn_num(m) + '月' + cn_num(d) + '日'


def cn_year(y):
    return ''.join(CN_DIG[int(c)] for c in str(y))


def ar_date(y, m, d):
    return f'{y}年{m}月{d}日'


def lv_range(levels, style=0):
    ls = sorted(levels, reverse=True)
    contiguous = all(ls[i] - 1 == ls[i + 1] for i in range(len(ls) - 1))
    if len(ls) == 1:
        return LV[ls[0]]
    if contiguous:
        if style == 0: return f'{LV[ls[0]]}至{LV[ls[-1]]}'
        if style == 1: return f'{LV[ls[0]]}—{LV[ls[-1]]}'
        return f'{LV[ls[0]][0]}至{LV[ls[-1]]}'
    return '、'.join(LV[l] for l in ls)


def lv_names(levels, style=0):
    ls = sorted(levels, reverse=True)
    if style == 0: return '、'.join(LVN[l] for l in ls)
    if style == 1: return '、'.join(f'{LV[l]}（{LVN[l]}）' for l in ls)
    return '，'.join(f'{LV[l]}/{LVN[l]}' for l in ls)


def lv_boxes(levels, mark='☑', allowed=(5, 4, 3, 2, 1)):
    return ' '.join(f'{mark if l in levels else "□"}{LV[l]}' for l in (5, 4, 3, 2, 1))

# ================================================================ seals
RED = (0.84, 0.1, 0.08)


def seal_pil(text, bottom='', size=300, color=(214, 30, 20), rnd=None):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    c = size / 2; r = size / 2 - 6
    dr.ellipse([6, 6, size - 6, size - 6], outline=color + (235,), width=int(size / 38))
    # star
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = size * 0.13 if k % 2 == 0 else size * 0.05
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    dr.polygon(pts, fill=color + (235,))
    fs = int(size * 0.11)
    font = ImageFont.truetype(PIL_FONT, fs)
    n = len(text)
    span = min(250, 22 * n)
    for i, ch in enumerate(text):
        a = math.radians(180 + (180 - span) / 2 + i * span / max(n - 1, 1) + 0)  # from left over top
        ang = 90 + (180 - span) / 2 + i * span / max(n - 1, 1)
        ang = 180 + (180 - span) / 2 + i * span / max(n - 1, 1)
        rad = math.radians(ang)
        x = c + (r - fs * 0.75) * math.cos(rad)
        y = c + (r - fs * 0.75) * math.sin(rad)
        gl = Image.new('RGBA', (fs * 2, fs * 2), (255, 255, 255, 0))
        ImageDraw.Draw(gl).text((fs / 2, fs / 2), ch, font=font, fill=color + (235,))
        gl = gl.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(gl, (int(x - fs), int(y - fs)))
    if bottom:
        bf = ImageFont.truetype(PIL_FONT, int(size * 0.08))
        w = dr.textlength(bottom, font=bf)
        dr.text((c - w / 2, c + size * 0.2), bottom, font=bf, fill=color + (235,))
    return im


def seal_png(text, bottom, path, size=300):
    seal_pil(text, bottom, size).save(path)
    return path


def seal_svg(text, bottom='', size=150):
    c = 80; r = 74
    star = ' '.join(f'{c + (19 if k % 2 == 0 else 7.5) * math.cos(-math.pi / 2 + k * math.pi / 5):.1f},'
                    f'{c + (19 if k % 2 == 0 else 7.5) * math.sin(-math.pi / 2 + k * math.pi / 5):.1f}' for k in range(10))
    rr = 56
    a0 = math.radians(200); a1 = math.radians(-20)
    x0, y0 = c + rr * math.cos(a0), c - rr * math.sin(a0)
    x1, y1 = c + rr * math.cos(a1), c - rr * math.sin(a1)
    ls = max(0, (250 - 17 * len(text)) / max(len(text), 1) / 3)
    return (f'<svg class="seal" width="{size}" height="{size}" viewBox="0 0 160 160" xmlns="http://www.w3.org/2000/svg">'
            f'<defs><path id="arc{abs(hash(text)) % 9999}" d="M {x0:.1f} {y0:.1f} A {rr} {rr} 0 1 1 {x1:.1f} {y1:.1f}"/></defs>'
            f'<circle cx="{c}" cy="{c}" r="{r}" fill="none" stroke="#d7261b" stroke-width="4" opacity="0.9"/>'
            f'<polygon points="{star}" fill="#d7261b" opacity="0.9"/>'
            f'<text font-size="15" fill="#d7261b" opacity="0.9" font-family="WenQuanYi Zen Hei" letter-spacing="{ls:.1f}">'
            f'<textPath href="#arc{abs(hash(text)) % 9999}" startOffset="50%" text-anchor="middle">{text}</textPath></text>'
            f'<text x="{c}" y="{c + 40}" font-size="11" fill="#d7261b" text-anchor="middle" font-family="WenQuanYi Zen Hei">{bottom}</text></svg>')


def rl_seal(cv, cx, cy, r, text, bottom='', font='WQY', alpha=0.85):
    cv.saveState()
    cv.setStrokeColorRGB(*RED); cv.setFillColorRGB(*RED)
    try:
        cv.setFillAlpha(alpha); cv.setStrokeAlpha(alpha)
    except Exception:
        pass
    cv.setLineWidth(r / 24)
    cv.circle(cx, cy, r, stroke=1, fill=0)
    p = cv.beginPath()
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        rr = r * 0.26 if k % 2 == 0 else r * 0.1
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        (p.moveTo if k == 0 else p.lineTo)(x, y)
    p.close(); cv.drawPath(p, stroke=0, fill=1)
    n = len(text); fs = r * 0.24
    span = min(250, 22 * n)
    for i, ch in enumerate(text):
        ang = 90 + span / 2 - i * span / max(n - 1, 1)
        rad = math.radians(ang)
        cv.saveState()
        cv.translate(cx + (r - fs * 1.05) * math.cos(rad), cy + (r - fs * 1.05) * math.sin(rad))
        cv.rotate(ang - 90)
        cv.setFont(font, fs); cv.drawCentredString(0, -fs * 0.35, ch)
        cv.restoreState()
    if bottom:
        cv.setFont(font, r * 0.16); cv.drawCentredString(cx, cy - r * 0.55, bottom)
    cv.restoreState()


# ================================================================ reportlab renderer
_RL_READY = False
WQY_CMAP = set()


def rl_init():
    global _RL_READY
    if _RL_READY: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    f = TTFont('WQY', WQY, subfontIndex=0)
    pdfmetrics.registerFont(f)
    pdfmetrics.registerFont(TTFont('DejaVu', DEJAVU))
    WQY_CMAP.update(f.face.charToGlyph.keys())
    _RL_READY = True


def rl_mark(text):
    """escape and route glyphs missing from WenQuanYi to DejaVu Sans"""
    out = []
    for ch in text:
        e = ch.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        if ch == '\n':
            out.append('<br/>'); continue
        if ord(ch) > 127 and ord(ch) not in WQY_CMAP:
            out.append(f'<font name="DejaVu">{e}</font>')
        else:
            out.append(e)
    return ''.join(out)


def rl_render(blocks, path, opt=None):
    opt = opt or {}
    rl_init()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
    base = opt.get('size', 11.5)
    lead = base * opt.get('lead', 1.75)
    st = {
        'p': ParagraphStyle('p', fontName='WQY', fontSize=base, leading=lead, firstLineIndent=base * 2),
        'pl': ParagraphStyle('pl', fontName='WQY', fontSize=base, leading=lead),
        'title': ParagraphStyle('t', fontName='WQY', fontSize=base + 7, leading=(base + 7) * 1.5, alignment=1, spaceAfter=8, spaceBefore=6),
        'h': ParagraphStyle('h', fontName='WQY', fontSize=base + 1.5, leading=(base + 1.5) * 1.7, spaceBefore=4),
        'head': ParagraphStyle('hd', fontName='WQY', fontSize=opt.get('headsize', 24), leading=opt.get('headsize', 24) * 1.4, alignment=1, textColor=colors.Color(*RED)),
        'docno': ParagraphStyle('dn', fontName='WQY', fontSize=base, leading=lead, alignment=1),
        'small': ParagraphStyle('sm', fontName='WQY', fontSize=base - 2.5, leading=(base - 2.5) * 1.5, textColor=colors.Color(.3, .3, .3)),
        'cell': ParagraphStyle('c', fontName='WQY', fontSize=base - 1.5, leading=(base - 1.5) * 1.4),
        'right': ParagraphStyle('r', fontName='WQY', fontSize=base, leading=lead, alignment=2),
    }
    W = A4[0] - 50 * mm

    class Sign(Flowable):
        def __init__(self, lines, seal):
            super().__init__(); self.lines = lines; self.seal = seal
        def wrap(self, aw, ah):
            return aw, max(len(self.lines) * lead + 10, 95 if self.seal else 0)
        def draw(self):
            cv = self.canv
            cv.setFont('WQY', base)
            h = max(len(self.lines) * lead + 10, 95 if self.seal else 0)
            y = h - lead
            for ln in self.lines:
                cv.drawRightString(W - 10, y, ln); y -= lead
            if self.seal:
                rl_seal(cv, W - 70, h - lead * 1.2 - 8, 42, self.seal[0], self.seal[1] if len(self.seal) > 1 else '')

    class Rule(Flowable):
        def wrap(self, aw, ah): return aw, 8
        def draw(self):
            self.canv.setStrokeColorRGB(*RED); self.canv.setLineWidth(1.6); self.canv.line(0, 4, W, 4)

    story = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'pl', 'h', 'small', 'docno', 'right'):
            story.append(Paragraph(rl_mark(b[1]), st[k]))
        elif k == 'title':
            story.append(Paragraph(rl_mark(b[1]), st['title']))
        elif k == 'head':
            story.append(Paragraph(rl_mark(b[1]), st['head'])); story.append(Rule())
        elif k == 'br':
            story.append(PageBreak())
        elif k == 'sp':
            story.append(Spacer(1, b[1] if len(b) > 1 else 10))
        elif k == 'sign':
            story.append(Spacer(1, 10)); story.append(Sign(b[1], b[2] if len(b) > 2 else None))
        elif k in ('table', 'kv'):
            rows = b[1]; o = b[2] if len(b) > 2 else {}
            if k == 'kv':
                rows = [[a, v] for a, v in rows]; o = dict(o); o.setdefault('widths', [0.28, 0.72]); o.setdefault('header', False)
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(rl_mark(c), st['cell']) if c is not None else '' for c in r] for r in rows]
            ws = o.get('widths') or [1 / ncol] * ncol
            t = Table(data, colWidths=[W * w for w in ws], repeatRows=1 if o.get('header', True) else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if o.get('header', True):
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.Color(.9, .9, .9)))
            for (r0, c0, rs, cs) in o.get('spans', []):
                sty.append(('SPAN', (c0, r0), (c0 + cs - 1, r0 + rs - 1)))
            t.setStyle(TableStyle(sty))
            story.append(t); story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=opt.get('top', 25) * mm,
                            bottomMargin=22 * mm, title=opt.get('title', ''), author=opt.get('author', ''),
                            creator=opt.get('creator', 'ReportLab'))
    footer = opt.get('footer')

    def onpage(cv, d):
        if footer:
            cv.saveState(); cv.setFont('WQY', 8.5); cv.setFillColorRGB(.35, .35, .35)
            cv.drawCentredString(A4[0] / 2, 12 * mm, footer.replace('{p}', str(d.page))); cv.restoreState()
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return path


# ================================================================ HTML renderer (Chromium)
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>')


def html_render(blocks, path, opt=None):
    opt = opt or {}
    fam = opt.get('font', "'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif")
    css = opt.get('css', '')
    h = [f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(opt.get('title', ''))}</title><style>
@page {{ size: A4; margin: {opt.get('margin', '22mm 24mm 20mm 24mm')}; }}
body {{ font-family: {fam}; font-size: {opt.get('size', 15)}px; line-height: 1.85; color:#111; }}
.head {{ color:#d7261b; text-align:center; font-size:{opt.get('headsize', 30)}px; font-weight:bold; letter-spacing:3px; margin:0 0 4px 0; line-height:1.3 }}
.rule {{ border-top:2px solid #d7261b; margin:4px 0 14px 0 }}
.docno {{ text-align:center; margin-bottom:8px }}
h1 {{ text-align:center; font-size:{opt.get('size', 15) + 7}px; margin:14px 0 14px 0; line-height:1.5 }}
h2 {{ font-size:{opt.get('size', 15) + 1}px; margin:10px 0 4px 0 }}
p.p {{ text-indent:2em; margin:2px 0 }} p.pl {{ margin:2px 0 }} p.small {{ font-size:11px; color:#555 }}
p.right {{ text-align:right }}
table {{ border-collapse:collapse; width:100%; margin:6px 0 10px 0; font-size:{opt.get('size', 15) - 1}px }}
td, th {{ border:1px solid #333; padding:4px 6px; vertical-align:middle }}
th {{ background:#eee }}
.sign {{ position:relative; text-align:right; margin-top:26px; padding-right:12px; min-height:120px }}
.sign .seal {{ position:absolute; right:30px; top:-32px }}
.pb {{ page-break-after:always }}
{css}
</style></head><body>''']
    for b in blocks:
        k = b[0]
        if k == 'head':
            h.append(f'<div class="head">{esc(b[1])}</div><div class="rule"></div>')
        elif k == 'title':
            h.append(f'<h1>{esc(b[1])}</h1>')
        elif k == 'h':
            h.append(f'<h2>{esc(b[1])}</h2>')
        elif k in ('p', 'pl', 'small', 'docno', 'right'):
            cls = 'docno' if k == 'docno' else k
            tag = 'div' if k == 'docno' else 'p'
            h.append(f'<{tag} class="{cls}">{esc(b[1])}</{tag}>')
        elif k == 'br':
            h.append('<div class="pb"></div>')
        elif k == 'sp':
            h.append(f'<div style="height:{b[1] if len(b) > 1 else 10}px"></div>')
        elif k == 'raw':
            h.append(b[1])
        elif k == 'sign':
            seal = seal_svg(*b[2]) if len(b) > 2 and b[2] else ''
            h.append('<div class="sign">' + seal + '<br>'.join(esc(x) for x in b[1]) + '</div>')
        elif k in ('table', 'kv'):
            rows = b[1]; o = b[2] if len(b) > 2 else {}
            if k == 'kv':
                rows = [[a, v] for a, v in rows]; o = dict(o); o.setdefault('header', False); o.setdefault('widths', [0.26, 0.74])
            spans = {(r0, c0): (rs, cs) for (r0, c0, rs, cs) in o.get('spans', [])}
            h.append('<table>')
            if o.get('widths'):
                h.append(''.join(f'<col style="width:{w * 100:.0f}%">' for w in o['widths']))
            for ri, r in enumerate(rows):
                h.append('<tr>')
                for ci, c in enumerate(r):
                    if c is None: continue
                    tag = 'th' if (ri == 0 and o.get('header', True)) else 'td'
                    rs, cs = spans.get((ri, ci), (1, 1))
                    h.append(f'<{tag} rowspan="{rs}" colspan="{cs}">{esc(c)}</{tag}>')
                h.append('</tr>')
            h.append('</table>')
    h.append('</body></html>')
    src = path[:-4] + '.html'
    open(src, 'w', encoding='utf-8').write('\n'.join(h))
    return ('html', src, path)


# ================================================================ DOCX renderer
def docx_build(blocks, path, opt=None):
    opt = opt or {}
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    d = Document()
    sec = d.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6); sec.top_margin = Cm(2.5); sec.bottom_margin = Cm(2.3)
    ea = opt.get('font', '仿宋_GB2312'); la = opt.get('latin', 'Times New Roman')
    size = opt.get('size', 12)
    stl = d.styles['Normal']; stl.font.name = la; stl.font.size = Pt(size)
    stl.element.rPr.rFonts.set(qn('w:eastAsia'), ea)

    def run(par, text, sz=None, bold=False, color=None, font=None):
        r = par.add_run(text)
        r.font.size = Pt(sz or size); r.bold = bold
        r.font.name = la
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font or ea)
        if color: r.font.color.rgb = RGBColor(*color)
        return r
    tmpdir = os.path.dirname(path)
    for b in blocks:
        k = b[0]
        if k == 'head':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1], opt.get('headsize', 24), True, (0xD7, 0x26, 0x1B), '方正小标宋简体')
            p2 = d.add_paragraph(); run(p2, '─' * 34, 10, False, (0xD7, 0x26, 0x1B)); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'title':
            for i, line in enumerate(b[1].split('\n')):
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(p, line, size + 6, True, None, '黑体')
        elif k == 'h':
            p = d.add_paragraph(); run(p, b[1], size + 1, True, None, '黑体')
        elif k in ('p', 'pl', 'small', 'right', 'docno'):
            p = d.add_paragraph()
            if k == 'p': p.paragraph_format.first_line_indent = Pt(size * 2)
            if k == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if k == 'docno': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = 1.45
            run(p, b[1], size - 2 if k == 'small' else size)
        elif k == 'br':
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'sp':
            d.add_paragraph()
        elif k == 'sign':
            if len(b) > 2 and b[2]:
                png = os.path.join(tmpdir, f'seal_{abs(hash(b[2][0])) % 99999}.png')
                seal_png(b[2][0], b[2][1] if len(b[2]) > 1 else '', png)
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(png, width=Cm(3.8))
            for ln in b[1]:
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; run(p, ln)
        elif k in ('table', 'kv'):
            rows = b[1]; o = b[2] if len(b) > 2 else {}
            if k == 'kv': rows = [[a, v] for a, v in rows]; o = dict(o); o.setdefault('header', False)
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    if c is None: continue
                    cell = t.cell(ri, ci); cell.text = ''
                    run(cell.paragraphs[0], c, size - 1.5, bool(ri == 0 and o.get('header', True)))
            for (r0, c0, rs, cs) in o.get('spans', []):
                t.cell(r0, c0).merge(t.cell(r0 + rs - 1, c0 + cs - 1))
            if o.get('widths'):
                for ri in range(len(rows)):
                    for ci, w in enumerate(o['widths']):
                        t.cell(ri, ci).width = Cm(15.8 * w)
            d.add_paragraph()
    cp = d.core_properties; cp.author = opt.get('author', 'Administrator'); cp.title = opt.get('title', '')
    d.save(path)
    return path


# ================================================================ ODT renderer
def odt_build(blocks, path, opt=None):
    opt = opt or {}
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, GraphicProperties, TableProperties
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    size = opt.get('size', 12)
    fam = opt.get('font', 'Noto Serif CJK SC')

    def pstyle(name, sz=size, bold=False, align=None, color=None, indent=False, brk=False):
        s = Style(name=name, family='paragraph')
        tp = dict(fontsize=f'{sz}pt', fontsizeasian=f'{sz}pt', fontname=fam, fontnameasian=fam, fontfamily=fam, fontfamilyasian=fam)
        if bold: tp.update(fontweight='bold', fontweightasian='bold')
        if color: tp['color'] = color
        s.addElement(TextProperties(**tp))
        pp = dict(lineheight='150%')
        if align: pp['textalign'] = align
        if indent: pp['textindent'] = f'{sz * 2}pt'
        if brk: pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s)
        return s
    S = {'p': pstyle('Pp', indent=True), 'pl': pstyle('Ppl'), 'title': pstyle('Pt', size + 6, True, 'center'),
         'h': pstyle('Ph', size + 1, True), 'head': pstyle('Phd', opt.get('headsize', 24), True, 'center', '#d7261b'),
         'docno': pstyle('Pdn', align='center'), 'small': pstyle('Psm', size - 2), 'right': pstyle('Pr', align='right'),
         'cell': pstyle('Pc', size - 1.5), 'brk': pstyle('Pbrk', brk=True), 'rule': pstyle('Prule', 8, False, 'center', '#d7261b')}
    cs = Style(name='Tcell', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    ts = Style(name='Tbl', family='table'); ts.addElement(TableProperties(width='16cm', align='center'))
    doc.automaticstyles.addElement(ts)
    fs = Style(name='fr', family='graphic'); fs.addElement(GraphicProperties(wrap='none', horizontalpos='right', horizontalrel='paragraph'))
    doc.automaticstyles.addElement(fs)
    tcount = [0]
    pending_break = [False]

    def para(style, text):
        if pending_break[0]:
            doc.text.addElement(P(stylename=S['brk'], text=''))
            pending_break[0] = False
        p = P(stylename=style, text=text); doc.text.addElement(p); return p
    for b in blocks:
        k = b[0]
        if k == 'head':
            para(S['head'], b[1]); para(S['rule'], '━' * 30)
        elif k == 'title':
            for line in b[1].split('\n'): para(S['title'], line)
        elif k in ('p', 'pl', 'h', 'small', 'right', 'docno'):
            para(S[k], b[1])
        elif k == 'br':
            pending_break[0] = True
        elif k == 'sp':
            para(S['pl'], '')
        elif k == 'sign':
            if len(b) > 2 and b[2]:
                png = os.path.join(os.path.dirname(path), f'oseal_{abs(hash(b[2][0])) % 99999}.png')
                seal_png(b[2][0], b[2][1] if len(b[2]) > 1 else '', png)
                href = doc.addPicture(png)
                p = para(S['right'], '')
                fr = Frame(stylename=fs, width='3.8cm', height='3.8cm', anchortype='as-char')
                fr.addElement(DImage(href=href)); p.addElement(fr)
            for ln in b[1]: para(S['right'], ln)
        elif k in ('table', 'kv'):
            rows = b[1]; o = b[2] if len(b) > 2 else {}
            if k == 'kv': rows = [[a, v] for a, v in rows]; o = dict(o)
            ncol = max(len(r) for r in rows)
            tcount[0] += 1
            if pending_break[0]:
                para(S['pl'], '')
            t = Table(name=f'T{tcount[0]}', stylename=ts)
            ws = o.get('widths') or [1 / ncol] * ncol
            for ci in range(ncol):
                cst = Style(name=f'T{tcount[0]}c{ci}', family='table-column')
                cst.addElement(TableColumnProperties(columnwidth=f'{16 * ws[ci]:.2f}cm'))
                doc.automaticstyles.addElement(cst)
                t.addElement(TableColumn(stylename=cst))
            spans = {(r0, c0): (rs, cs_) for (r0, c0, rs, cs_) in o.get('spans', [])}
            for ri, r in enumerate(rows):
                tr = TableRow()
                for ci in range(ncol):
                    c = r[ci] if ci < len(r) else ''
                    if c is None:
                        tr.addElement(CoveredTableCell()); continue
                    rs, cs_ = spans.get((ri, ci), (1, 1))
                    kw = {}
                    if rs > 1: kw['numberrowsspanned'] = rs
                    if cs_ > 1: kw['numbercolumnsspanned'] = cs_
                    tc = TableCell(stylename=cs, valuetype='string', **kw)
                    tc.addElement(P(stylename=S['cell'], text=c)); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t); para(S['pl'], '')
    doc.save(path)
    return path


# ================================================================ certificates (text at coordinates)
def cert_render(pkg, path, variant=0, seal=True):
    rl_init()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    rnd = random.Random(pkg['id'] + 'cert')
    k = pkg['kind']
    land = variant % 2 == 0
    size = landscape(A4) if land else A4
    W, H = size
    cv = canvas.Canvas(path, pagesize=size)
    cv.setTitle('证照'); cv.setCreator('Scanner Utility' if variant == 3 else 'ReportLab')
    cv.setFillColorRGB(.99, .97, .93); cv.rect(0, 0, W, H, stroke=0, fill=1)
    cv.setStrokeColorRGB(.62, .45, .2); cv.setLineWidth(5); cv.rect(22, 22, W - 44, H - 44)
    cv.setLineWidth(1.2); cv.rect(32, 32, W - 64, H - 64)
    cv.setFillColorRGB(0, 0, 0)
    name = pkg['reg_name']
    if k in ('company', 'branch', 'foreign'):
        title = '营 业 执 照'
        fields = [('名　　称', name), ('类　　型', pkg['typ']),
                  ('法定代表人' if k != 'branch' else '负 责 人', pkg['rep']),
                  ('经营范围', pkg['scope']),
                  ('注册资本' if k != 'branch' else '成立日期', pkg['capital'] if k != 'branch' else pkg['found']),
                  ('成立日期', pkg['found']), ('营业期限', pkg['found'] + ' 至 不约定期限'), ('住　　所', pkg['addr'])]
        if k == 'branch': fields = [f for i, f in enumerate(fields) if i != 5]
        authority = pkg['reg_auth']; sub = '（副　本）' if variant % 2 else ''
    elif k == 'minfei':
        title = '民办非企业单位登记证书'
        fields = [('名　　称', name), ('住　　所', pkg['addr']), ('法定代表人', pkg['rep']), ('业务范围', pkg['scope']),
                  ('业务主管单位', pkg.get('sponsor', '上海市教育委员会')), ('开办资金', pkg['capital']),
                  ('有 效 期', '2021年6月1日至2026年5月31日')]
        authority = pkg['reg_auth']; sub = '（法人）'
    elif k == 'shetuan':
        title = '社会团体法人登记证书'
        fields = [('名　　称', name), ('住　　所', pkg['addr']), ('法定代表人', pkg['rep']), ('业务范围', pkg['scope']),
                  ('活动地域', '上海市'), ('注册资金', pkg['capital']), ('业务主管单位', pkg.get('sponsor', '')),
                  ('有 效 期', '2022年3月15日至2027年3月14日')]
        authority = '上海市民政局'; sub = ''
    else:  # shiye
        title = '事业单位法人证书'
        fields = [('名　　称', name), ('宗旨和业务范围', pkg['scope']), ('住　　所', pkg['addr']), ('法定代表人', pkg['rep']),
                  ('经费来源', '财政补助'), ('开办资金', pkg['capital']), ('举办单位', pkg.get('sponsor', '')),
                  ('有 效 期', '自2023年4月10日至2028年4月10日')]
        authority = '上海市事业单位登记管理局'; sub = ''
    cv.setFont('WQY', 34 if land else 30)
    cv.drawCentredString(W / 2, H - 95, title)
    if sub:
        cv.setFont('WQY', 14); cv.drawCentredString(W / 2, H - 120, sub)
    cv.setFont('WQY', 11)
    cx0 = 60
    cv.drawString(cx0, H - 150, '统一社会信用代码')
    cv.setFont('WQY', 14); cv.drawString(cx0, H - 168, pkg['code'])
    # QR mock
    qx, qy, qs = W - 130, H - 150, 70
    cv.rect(qx, qy - qs, qs, qs)
    for i in range(21):
        for j in range(21):
            if rnd.random() < 0.45 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                cv.rect(qx + i * qs / 21, qy - qs + j * qs / 21, qs / 21, qs / 21, stroke=0, fill=1)
    y = H - 205
    lx = 95 if land else 70
    vx = lx + 110
    maxw = W - vx - (70 if land else 60)
    for lab, val in fields:
        cv.setFont('WQY', 12.5); cv.drawString(lx, y, lab)
        cv.setFont('WQY', 12.5)
        # wrap
        line = ''; lines = []
        for ch in val:
            if cv.stringWidth(line + ch, 'WQY', 12.5) > maxw:
                lines.append(line); line = ch
            else:
                line += ch
        lines.append(line)
        for ln in lines[:4]:
            cv.drawString(vx, y, ln); y -= 19
        y -= 6
    cv.setFont('WQY', 12.5)
    cv.drawString(W - 290, 95, '登记机关')
    cv.drawString(W - 230, 70, pkg['reg_date_str'])
    if seal:
        rl_seal(cv, W - 170, 105, 48, authority, '')
    cv.setFont('WQY', 8); cv.setFillColorRGB(.3, .3, .3)
    cv.drawCentredString(W / 2, 40, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn' if k in ('company', 'branch', 'foreign') else '中华人民共和国民政部监制' if k != 'shiye' else '国家事业单位登记管理局监制')
    cv.showPage(); cv.save()
    return path


# ================================================================ scans / photos
def scan_pdf(src_pdf, out_pdf, rnd, dpi=150, gray=True, quality=68, rotate=None, faint=False, pages=None):
    from PIL import Image, ImageFilter, ImageEnhance
    tmp = out_pdf + '.d'
    os.makedirs(tmp, exist_ok=True)
    rdpi = 60 if faint else dpi
    subprocess.run(['pdftoppm', '-r', str(rdpi), '-png', src_pdf, os.path.join(tmp, 'pg')], check=True)
    imgs = []
    for f in sorted(glob.glob(os.path.join(tmp, 'pg*.png'))):
        im = Image.open(f).convert('RGB')
        if faint:
            im = im.filter(ImageFilter.GaussianBlur(2.2))
            im = ImageEnhance.Contrast(im).enhance(0.25)
            im = ImageEnhance.Brightness(im).enhance(1.35)
        ang = rotate if rotate is not None else rnd.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 244))
        # paper tint + noise
        noise = Image.effect_noise(im.size, 18).convert('RGB')
        im = Image.blend(im, noise, 0.06)
        if gray:
            im = im.convert('L')
        jp = f[:-4] + '.jpg'
        im.save(jp, 'JPEG', quality=quality, dpi=(rdpi, rdpi))
        imgs.append(jp)
    subprocess.run(['img2pdf', '-o', out_pdf] + imgs, check=True)
    shutil.rmtree(tmp)
    return out_pdf


def ocr_layer_rl(scan_pdf_path, text_src_pdf, out_pdf):
    """image pages + invisible text (render mode 3) from the source's text"""
    rl_init()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    tmp = out_pdf + '.d'; os.makedirs(tmp, exist_ok=True)
    subprocess.run(['pdfimages', '-j', scan_pdf_path, os.path.join(tmp, 'im')], check=True)
    ims = sorted(glob.glob(os.path.join(tmp, 'im*')))
    txt = subprocess.run(['pdftotext', '-layout', text_src_pdf, '-'], capture_output=True, text=True).stdout.split('\f')
    cv = canvas.Canvas(out_pdf, pagesize=A4); cv.setCreator('ScanSnap Manager #S1300i'); cv.setProducer('ReportLab (OCR text layer)')
    W, H = A4
    for i, im in enumerate(ims):
        cv.drawImage(im, 0, 0, W, H)
        t = cv.beginText(60, H - 70); t.setTextRenderMode(3); t.setFont('WQY', 10)
        for ln in (txt[i] if i < len(txt) else '').splitlines():
            if ln.strip():
                t.textLine(re.sub(r'\s{2,}', ' ', ln.strip()))
        cv.drawText(t); cv.showPage()
    cv.save(); shutil.rmtree(tmp)
    return out_pdf


def photo_jpg(src_pdf, out_jpg, rnd, poor=False):
    from PIL import Image, ImageFilter, ImageEnhance
    tmp = out_jpg + '.png'
    subprocess.run(['pdftoppm', '-r', '45' if poor else '110', '-png', '-singlefile', src_pdf, tmp[:-4]], check=True)
    im = Image.open(tmp).convert('RGB')
    bg = Image.new('RGB', (int(im.width * 1.15), int(im.height * 1.12)), (92, 74, 60))
    bg.paste(im, (int(im.width * 0.07), int(im.height * 0.05)))
    im = bg.rotate(rnd.uniform(3, 6) * rnd.choice([-1, 1]), resample=Image.BICUBIC, expand=True, fillcolor=(80, 64, 52))
    if poor:
        im = im.filter(ImageFilter.GaussianBlur(3.5))
        im = ImageEnhance.Brightness(im).enhance(0.55)
    else:
        im = ImageEnhance.Color(im).enhance(0.9)
    im.save(out_jpg, 'JPEG', quality=45 if poor else 72)
    os.remove(tmp)
    return out_jpg


def site_photo(out_jpg, rnd, label, blur=False):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 900, 640
    im = Image.new('RGB', (W, H), (220, 218, 210))
    d = ImageDraw.Draw(im)
    d.polygon([(0, H), (W, H), (W * .8, H * .55), (W * .2, H * .55)], fill=(170, 160, 140))
    d.rectangle([W * .2, H * .12, W * .8, H * .55], fill=(235, 235, 230))
    d.rectangle([W * .35, H * .18, W * .65, H * .38], fill=(40, 60, 90))
    for r in range(3):
        for c in range(4):
            x = W * .12 + c * W * .2 + r * 10; y = H * .62 + r * 70
            d.rectangle([x, y, x + 140, y + 30], fill=(120, 90, 60))
    f = ImageFont.truetype(PIL_FONT, 26)
    d.text((W * .38, H * .24), label, font=f, fill=(255, 255, 255))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(6))
    im.save(out_jpg, 'JPEG', quality=70)
    return out_jpg


def ghostscript(src, dst):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                    f'-sOutputFile={dst}', src], check=True)
    return dst


def merge_pdfs(srcs, dst):
    import pikepdf
    out = pikepdf.Pdf.new()
    for s in srcs:
        with pikepdf.open(s) as p:
            out.pages.extend(p.pages)
    out.docinfo['/Producer'] = 'Adobe Acrobat Pro DC 21.1 (merged)'
    out.save(dst)
    return dst


def encrypt_pdf(src, dst):
    import pikepdf
    with pikepdf.open(src) as p:
        p.save(dst, encryption=pikepdf.Encryption(user='sh2025', owner='owner-447', R=6))
    return dst


def truncate_pdf(src, dst, frac=0.42):
    data = open(src, 'rb').read()
    open(dst, 'wb').write(data[:int(len(data) * frac)])
    return dst


# ================================================================ content: application forms
def occ_of(key):
    return OCC[key]


def sub_date(pkg, back=0):
    y, m, d = pkg['date']
    return (y, m, d - back) if d - back > 0 else (y, m, d)


def form_blocks(pkg, v):
    n = pkg['form_name']; apps = pkg['apps']
    y, m, d = sub_date(pkg, 1)
    seal = (n, '')
    info = [('单位名称', n), ('统一社会信用代码', pkg['code']), ('单位性质', pkg['nature']),
            ('法定代表人', pkg['rep']), ('注册地址', pkg['addr']), ('考核点地址', pkg['site_addr']),
            ('联系人', pkg['contact']), ('联系电话', pkg['phone'])]
    if v == 0:   # boxes
        rows = [['序号', '职业编码', '职业（工种）名称', '申报等级（请勾选）']]
        for i, (k, lv) in enumerate(apps, 1):
            c, nm, _ = occ_of(k); rows.append([str(i), c, nm, lv_boxes(lv, pkg.get('mark', '☑'))])
        return [('title', '社会培训评价组织征集遴选申请表'), ('right', f'填表日期：{ar_date(y, m, d)}'),
                ('kv', info), ('h', '申报职业（工种）及等级'), ('table', rows, {'widths': [.08, .17, .38, .37]}),
                ('h', '申报单位意见'), ('p', '本单位自愿申报上海市社会培训评价组织，所填信息及提交材料真实、有效，如有不实，愿承担相应责任。'),
                ('sign', ['申报单位（盖章）', ar_date(y, m, d)], seal)]
    if v == 1:   # ranges + remarks column
        rows = [['职业编码', '职业名称（工种）', '申报等级', '备注']]
        for k, lv in apps:
            c, nm, _ = occ_of(k)
            rows.append([c, nm, lv_range(lv, pkg['rnd'].randint(0, 2)), f'考核点：{pkg["district"]}'])
        return [('title', '上海市社会培训评价组织\n征集遴选申请表'),
                ('table', [['申报单位', n, '单位类型', pkg['nature']], ['统一社会信用代码', pkg['code'], '成立时间', pkg['found']],
                           ['法定代表人', pkg['rep'], '联系电话', pkg['phone']], ['通讯地址', pkg['addr'], None, None]],
                 {'header': False, 'spans': [(3, 1, 1, 3)], 'widths': [.2, .36, .16, .28]}),
                ('h', '一、拟开展评价的职业（工种）'), ('table', rows, {'widths': [.16, .38, .2, .26]}),
                ('h', '二、评价资源概况'),
                ('p', f'本单位现有专职工作人员{pkg["rnd"].randint(6, 18)}名，考评员{pkg["rnd"].randint(20, 60)}名，考核场地面积约{pkg["rnd"].randint(300, 1500)}平方米，配备视频监控设备。'),
                ('sign', [f'{n}（盖章）', f'{y}年{m:02d}月{d:02d}日'], seal)]
    if v == 2:   # web system printout
        lines = [('raw', f'<div style="font-family:Noto Sans CJK SC;font-size:11px;color:#555;border-bottom:1px solid #999">上海市人力资源和社会保障自助经办系统 › 劳动就业 › 技能鉴定 › 新增备案机构申报　　　打印时间：{y}-{m:02d}-{d:02d} 15:{pkg["rnd"].randint(10, 59)}</div>'),
                 ('title', '社会培训评价组织征集遴选申请表（网上申报打印件）')]
        lines.append(('kv', [('机构名称：', n), ('统一社会信用代码：', pkg['code']), ('机构类型：', pkg['nature']),
                             ('法定代表人：', pkg['rep']), ('机构地址：', pkg['addr']), ('申报联系人：', pkg['contact'] + ' ' + pkg['phone'])],
                      {'widths': [.3, .7]}))
        lines.append(('h', '申报职业（工种）'))
        for k, lv in apps:
            c, nm, _ = occ_of(k)
            lines.append(('pl', f'■ 职业编码：{c}　职业（工种）：{nm}　申报等级：{lv_names(lv, 0)}'))
        lines.append(('p', '申报单位承诺所填报信息真实准确。'))
        lines.append(('sign', ['单位盖章：', f'{y}-{m:02d}-{d:02d}'], seal))
        lines.append(('small', 'https://zzjb.rsj.sh.gov.cn/zzjbdl/  第 1 页 / 共 1 页'))
        return lines
    if v == 3:   # odt, occupations on page 2 with ■ columns
        rows = [['职业编码', '职业（工种）', '五级', '四级', '三级', '二级', '一级', '备注']]
        for k, lv in apps:
            c, nm, _ = occ_of(k)
            rows.append([c, nm] + ['■' if l in lv else '□' for l in (5, 4, 3, 2, 1)] + [''])
        return [('title', '社会培训评价组织征集遴选申请表'), ('h', '一、申报单位基本情况'), ('kv', info),
                ('h', '申报理由'),
                ('p', f'{n}长期从事{occ_of(apps[0][0])[1]}相关的培训与评价工作，建立了较为完善的质量管控体系，具备开展职业技能等级认定的场地、设备和专家资源。'),
                ('br',), ('h', '二、申报职业（工种）及等级（■为申报）'),
                ('table', rows, {'widths': [.15, .33, .07, .07, .07, .07, .07, .17]}),
                ('sign', ['（单位公章）', cn_date(y, m, d)], seal)]
    # v == 4: level list with names in one wrapped cell, √ columns
    rows = [['序号', '职业（工种）', '编码', '申报等级', '是否已开展培训']]
    for i, (k, lv) in enumerate(apps, 1):
        c, nm, _ = occ_of(k)
        rows.append([str(i), nm, c, lv_names(lv, 1), '√ 是'])
    return [('title', '征集遴选社会培训评价组织申请表'),
            ('pl', f'申报单位（公章）：{n}'), ('pl', f'统一社会信用代码：{pkg["code"]}'),
            ('pl', f'法定代表人：{pkg["rep"]}　　　联系人：{pkg["contact"]}　　　电话：{pkg["phone"]}'),
            ('pl', f'单位地址：{pkg["addr"]}'),
            ('table', rows, {'widths': [.08, .34, .14, .28, .16]}),
            ('p', '以上内容经本单位核实无误。'),
            ('sign', [f'法定代表人签字：{pkg["rep"]}', f'{y}年{m}月{d}日'], seal)]


# ================================================================ content: letters
def letter_blocks(pkg, which, v, seal=True, recommend=None, issuer=None):
    rnd = pkg['rnd']
    n = recommend or pkg['form_name']
    occs = '、'.join(occ_of(k)[1] for k, _ in pkg['apps'])
    if which == 'ind':
        ind = pkg['ind']
        iss = issuer or ind['name']
        y, m, d = 2025, 1, rnd.randint(8, 17)
        dno = f'{ind["short"]}〔2025〕{rnd.randint(3, 60)}号'
        body1 = rnd.choice([
            f'{n}是本市{ind["field"]}领域的骨干单位，长期从事{occs}等职业（工种）的培训与评价工作，管理规范，社会信誉良好。',
            f'经研究，{n}在{occs}职业领域具有较丰富的考核评价资源和经验，培训评价具有一定规模，近年来未发现违法违规行为。',
            f'{n}系我{ind["self"]}指导的{ind["field"]}单位，具备开展{occs}职业技能等级认定的专家团队、场地和设备设施。'])
        body2 = rnd.choice(['我单位同意推荐该单位申报社会培训评价组织，请予以支持。', '现推荐其参加本次社会培训评价组织征集遴选，望予审核。', '特此推荐。'])
        titles = [f'关于推荐{n}\n申报社会培训评价组织的函', '推荐意见', '推  荐  书', f'关于同意{n}申报\n社会培训评价组织的批复']
    else:
        dist = pkg['district'] if issuer is None else None
        iss = issuer or f'上海市{pkg["district"]}人力资源和社会保障局'
        short = DIST[pkg['district']][1] if issuer is None else pkg.get('alt_short', '昆人社')
        y, m, d = 2025, 1, rnd.randint(9, 18)
        dno = f'{short}函〔2025〕{rnd.randint(2, 40)}号'
        body1 = rnd.choice([
            f'{n}拟在{pkg["site_addr"]}设立职业技能等级认定考核点，开展{occs}的评价工作。经我局实地查看，该考核点场地、设施设备及视频监控条件符合要求。',
            f'经审核，{n}位于我区的考核点（地址：{pkg["site_addr"]}）具备开展{occs}职业技能等级认定的基础条件，管理制度健全。',
            f'{n}在我区设有考核点（{pkg["site_addr"]}），近年来配合我局开展职业技能培训工作，运行规范。'])
        body2 = rnd.choice(['同意推荐该考核点。', '我局同意推荐，请予审核。', '特此函告。'])
        titles = [f'关于推荐{n}考核点的函', '考核点所在区人社部门\n推荐意见', '推荐函', f'关于{n}申报社会培训评价组织\n考核点的推荐函']
    sealt = (iss, '') if seal else None
    dt = cn_date(y, m, d) if v % 2 == 0 else ar_date(y, m, d)
    if v == 0:   # red letterhead official letter
        return [('head', iss), ('docno', dno), ('title', titles[0]), ('pl', '上海市人力资源和社会保障局：'),
                ('p', body1), ('p', body2), ('sp', 20), ('sign', [iss, dt], sealt)]
    if v == 1:   # issuer only in letterhead + seal
        return [('head', iss + ('函' if which == 'dist' else '')), ('right', dno), ('title', titles[1]),
                ('pl', '上海市职业技能鉴定中心：'), ('p', body1), ('p', body2), ('sp', 30), ('sign', [dt], sealt)]
    if v == 2:   # form-like letter in a table
        return [('title', titles[2]),
                ('kv', [('被推荐单位', n), ('统一社会信用代码', pkg['code']),
                        ('推荐职业（工种）', occs),
                        ('推荐单位', iss), ('推荐意见', body1 + body2)], {'widths': [.25, .75]}),
                ('sign', ['推荐单位（盖章）', dt], sealt)]
    if v == 3:
        if which == 'ind' and pkg['ind'].get('group'):
            return [('head', iss + '文件'), ('docno', dno), ('title', titles[3]), ('pl', f'{n}：'),
                    ('p', f'你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，同意你公司申报{occs}职业（工种）社会培训评价组织。'),
                    ('p', '请严格按照上海市人力资源和社会保障局有关要求做好申报及后续评价工作，确保评价质量。'),
                    ('pl', '特此批复。'), ('sp', 20), ('sign', [iss, dt], sealt)]
        return [('pl', f'{dno}'), ('title', titles[3]), ('pl', '上海市人力资源和社会保障局：'), ('p', body1),
                ('p', f'该单位申报的职业（工种）：{occs}。'), ('p', body2), ('sp', 24), ('sign', [iss, dt], sealt)]
    return [('head', iss), ('title', titles[0]), ('pl', '市职业技能鉴定中心：'), ('p', body1), ('p', body2),
            ('pl', f'联系人：{rnd.choice(["王", "李", "陈", "周", "沈"])}老师，电话：021-{rnd.randint(52000000, 69999999)}'),
            ('sign', [iss, dt], sealt)]


# ================================================================ credit reports
def credit_blocks(pkg, v, penalty=0, shixin=0):
    rnd = pkg['rnd']; n = pkg['reg_name']
    y, m, d = 2025, 1, rnd.randint(10, 19)
    rno = f'{rnd.choice(["XYSH", "SHCX", "GXBG"])}{y}{m:02d}{d:02d}{rnd.randint(100000, 999999)}'
    rec = [['信息类别', '查询结果'],
           ['行政处罚信息', f'查见 {penalty} 条' if penalty else '未查见'],
           ['失信被执行人信息', f'查见 {shixin} 条' if shixin else '未查见'],
           ['严重失信主体名单', '未查见'],
           ['欠缴税款、社保费信息', '未查见'],
           ['行政许可信息', f'查见 {rnd.randint(1, 6)} 条'],
           ['表彰奖励信息', rnd.choice(['未查见', '查见 1 条'])]]
    detail = []
    if penalty:
        detail = [('h', '附：行政处罚信息明细'),
                  ('table', [['决定书文号', '处罚事由', '处罚内容', '决定日期', '处罚机关'],
                             [f'沪市监{pkg["district"][:2]}处〔2023〕{rnd.randint(1000, 9999)}号', '发布虚假广告，违反《中华人民共和国广告法》第二十八条',
                              '罚款人民币3.5万元', '2023年9月14日', f'上海市{pkg["district"]}市场监督管理局']],
                   {'widths': [.22, .3, .16, .14, .18]})]
    basic = [('单位名称', n), ('统一社会信用代码', pkg['code']), ('法定代表人/负责人', pkg['rep']),
             ('成立日期', pkg['found']), ('登记机关', pkg['reg_auth'] if pkg['kind'] not in ('minfei', 'shetuan') else '上海市民政局'),
             ('住所', pkg['addr'])]
    if v == 0:   # 信用中国（上海）, record table on last page
        return [('title', '公共信用信息报告\n（法人版）'), ('docno', '信用中国（上海）'), ('sp', 30),
                ('kv', [('报告编号', rno), ('查询对象', n), ('查询日期', ar_date(y, m, d)), ('报告用途', '申报社会培训评价组织')]),
                ('sp', 30), ('small', '本报告由上海市公共信用信息服务平台根据查询时归集的信息生成，仅供参考。'),
                ('br',), ('h', '一、基本信息'), ('kv', basic),
                ('h', '二、报告说明'),
                ('p', '1. 本报告信息来源于上海市公共信用信息服务平台归集的各行政机关、公共事业单位的信用信息。'),
                ('p', '2. 信息查询范围为查询日前三年内的行政处罚信息及当前有效的失信信息。'),
                ('p', '3. 信息主体对报告内容有异议的，可向上海市公共信用信息服务中心提出异议申请。'),
                ('br',), ('h', '三、信用记录查询结果'), ('table', rec, {'widths': [.5, .5]})] + detail + \
               [('right', '上海市公共信用信息服务中心'), ('right', ar_date(y, m, d))]
    if v == 1:   # 专用信用报告 html
        return [('raw', '<div style="background:#1d4f91;color:#fff;padding:8px 14px;font-family:Noto Sans CJK SC;font-size:20px">上海市公共信用信息服务中心　<span style="font-size:13px">Shanghai Public Credit Information Service Center</span></div>'),
                ('title', '专 用 信 用 报 告'), ('pl', f'报告编号：{rno}　　　出具日期：{y}-{m:02d}-{d:02d}'),
                ('kv', basic), ('h', '信用信息概要'), ('table', rec, {'widths': [.45, .55]})] + detail + \
               [('p', '本报告仅用于信息主体申报社会培训评价组织之用途，有效期30日。'),
                ('sign', ['上海市公共信用信息服务中心', f'{y}年{m}月{d}日'], ('上海市公共信用信息服务中心', '信用报告专用章'))]
    # v == 2: compact report, several sections each a table
    return [('head', '信用中国（上海）'), ('title', f'{n}\n公共信用信息查询报告'),
            ('pl', f'查询编号：{rno}'), ('pl', f'查询时间：{y}年{m}月{d}日 10:{rnd.randint(10, 59)}'),
            ('h', '（一）主体身份信息'), ('kv', basic[:3]),
            ('h', '（二）失信及违法违规信息'), ('table', rec[:4], {'widths': [.5, .5]})] + detail + \
           [('h', '（三）其他信息'), ('table', [rec[0]] + rec[4:], {'widths': [.5, .5]}),
            ('small', '注：“未查见”表示在查询范围内平台未归集到该类信息。')]


# ================================================================ audit reports
FIRMS = [
    ('上海立德会计师事务所（特殊普通合伙）', '沪立会审字'),
    ('上海正信华会计师事务所有限公司', '正信华审'),
    ('上海明信联合会计师事务所', '沪明信审字'),
    ('上海安永信达会计师事务所有限公司', '安信达沪审'),
    ('上海浦信会计师事务所（普通合伙）', '浦信会审字'),
]


def audit_blocks(pkg, year, v):
    rnd = random.Random(pkg['id'] + str(year))
    n = pkg['reg_name']; firm, fs = FIRMS[pkg['firm']]
    np_ = pkg['kind'] in ('minfei', 'shetuan')
    sy = pkg['kind'] == 'shiye'
    stmt = '业务活动表' if np_ else ('收入费用表' if sy else '利润表')
    addressee = '理事会' if np_ else ('全体股东' if pkg['kind'] != 'shiye' else f'{n}')
    ry = year + 1
    rno = f'{fs}〔{ry}〕第{rnd.randint(100, 1800):04d}号' if v != 1 else f'{fs}({ry}){rnd.randint(10, 900)}号'
    rd = (ry, rnd.randint(3, 4), rnd.randint(2, 28))
    yt = cn_year(year) if v == 1 else str(year)
    ye = cn_date(year, 12, 31) if v == 1 else f'{year}年12月31日'
    assets = rnd.randint(800, 9000) * 10000
    bs = [['项目', f'{year}年12月31日', f'{year - 1}年12月31日'],
          ['货币资金', f'{assets * 0.41:,.2f}', f'{assets * 0.37:,.2f}'], ['应收账款', f'{assets * 0.18:,.2f}', f'{assets * 0.2:,.2f}'],
          ['固定资产', f'{assets * 0.3:,.2f}', f'{assets * 0.33:,.2f}'], ['资产总计', f'{assets:,.2f}', f'{assets * 0.93:,.2f}'],
          ['负债合计', f'{assets * 0.38:,.2f}', f'{assets * 0.4:,.2f}'],
          ['净资产合计' if np_ else '所有者权益合计', f'{assets * 0.62:,.2f}', f'{assets * 0.53:,.2f}']]
    if v == 2:  # year only in title and balance sheet
        op = f'我们审计了{n}（以下简称“贵单位”）后附的财务报表，包括资产负债表、{stmt}、现金流量表以及相关财务报表附注。'
        title = f'{n}\n{year}年度财务报表审计报告'
    else:
        op = (f'我们审计了{n}财务报表，包括{ye}的资产负债表，{yt}年度的{stmt}、'
              f'{"现金流量表" if not sy else "净资产变动表"}以及相关财务报表附注。')
        title = '审 计 报 告'
    op2 = (f'我们认为，后附的财务报表在所有重大方面按照{"《民间非营利组织会计制度》" if np_ else ("《政府会计制度》" if sy else "企业会计准则")}的规定编制，'
           f'公允反映了{"贵单位" if v == 2 else n}{"" if v == 2 else ye}的财务状况以及{"" if v == 2 else yt + "年度的"}经营成果和现金流量。')
    sig = [firm, f'中国注册会计师：{rnd.choice(["张伟", "陆文琴", "顾晓明", "孙丽娟"])}', f'中国注册会计师：{rnd.choice(["徐建国", "钱芳", "杨立新", "吴慧"])}',
           cn_date(*rd) if v == 1 else ar_date(*rd)]
    bl = [('title', title), ('docno', rno), ('pl', f'{n}{addressee}：' if addressee != n else f'{n}：'),
          ('h', '一、审计意见'), ('p', op), ('p', op2),
          ('h', '二、形成审计意见的基础'),
          ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('h', '三、管理层和治理层对财务报表的责任'),
          ('p', '管理层负责按照适用的财务报告编制基础的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
          ('sign', sig, (firm, '') if v != 3 else None), ('br',),
          ('title', '资产负债表'), ('pl', f'编制单位：{n}　　　　单位：元'), ('table', bs, {'widths': [.4, .3, .3]}),
          ('title', stmt),
          ('table', [['项目', '本年金额', '上年金额'], ['一、收入合计' if np_ or sy else '一、营业收入', f'{assets * 0.7:,.2f}', f'{assets * 0.63:,.2f}'],
                     ['二、费用合计' if np_ or sy else '减：营业成本', f'{assets * 0.61:,.2f}', f'{assets * 0.57:,.2f}'],
                     ['三、净资产变动额' if np_ else ('三、本期盈余' if sy else '三、净利润'), f'{assets * 0.09:,.2f}', f'{assets * 0.06:,.2f}']],
           {'widths': [.4, .3, .3]})]
    return bl


# ================================================================ work plan / pledge / integrity
def pledge_blocks(pkg, v, seal=True):
    n = pkg['form_name']; y, m, d = sub_date(pkg, 2)
    s = (n, '') if seal else None
    if v == 0:
        return [('title', '承 诺 书'), ('pl', '上海市人力资源和社会保障局：'),
                ('p', f'{n}申报社会培训评价组织，现郑重承诺如下：'),
                ('p', '一、所提交的全部申报材料真实、有效、合法，如有虚假，自愿承担一切法律责任。'),
                ('p', '二、严格遵守国家及本市职业技能等级认定相关规定，按照国家职业技能标准开展评价。'),
                ('p', '三、不以营利为最终目的，合理确定收费标准，接受人社部门和行业主管部门的监督。'),
                ('p', '四、不发生乱发证、发假证、考试舞弊等违纪违规行为。'),
                ('sign', [f'承诺单位（盖章）：{n}', f'法定代表人（签字）：{pkg["rep"]}', ar_date(y, m, d)], s)]
    return [('title', '职业技能等级认定工作承诺书'),
            ('p', f'为规范开展职业技能等级认定工作，{n}（统一社会信用代码：{pkg["code"]}）作出以下承诺：'),
            ('table', [['序号', '承诺事项'], ['1', '申报材料真实准确，无弄虚作假'], ['2', '严格执行考评分离、试题保密等制度'],
                       ['3', '认定过程全程视频监控，资料留存不少于3年'], ['4', '自愿接受各级人社部门监督检查及违规处理']],
             {'widths': [.12, .88]}),
            ('sign', ['承诺单位：' + n, cn_date(y, m, d)], s)]


def integrity_blocks(pkg, v, seal=True):
    n = pkg['form_name']; y, m, d = sub_date(pkg, 2)
    s = (n, '') if seal else None
    if v == 0:
        return [('title', '廉洁责任书'),
                ('pl', '甲方：上海市职业技能鉴定中心'), ('pl', f'乙方：{n}'),
                ('p', '为加强职业技能等级认定工作中的党风廉政建设，确保评价工作公平公正，双方签订本责任书。'),
                ('p', '一、乙方不得以任何形式向甲方工作人员赠送礼金、有价证券、贵重物品。'),
                ('p', '二、乙方考评人员不得收受考生财物，不得为考生提供违规便利。'),
                ('p', '三、乙方发现违纪违规行为的，应及时向甲方及有关部门报告。'),
                ('p', '四、本责任书自签订之日起生效，至备案有效期满止。'),
                ('sign', [f'乙方（盖章）：{n}', f'负责人：{pkg["rep"]}', ar_date(y, m, d)], s)]
    return [('title', '职业技能等级认定\n廉洁自律责任书'),
            ('p', f'{n}作为申报社会培训评价组织的单位，郑重作出廉洁自律承诺：严守廉洁纪律，杜绝“人情分”“关系证”，'
                  '评价工作人员签订廉洁自律承诺，建立内部监督和责任追究机制。如有违反，愿接受取消评价资质等处理。'),
            ('sign', [n, f'{y}.{m}.{d}'], s)]


def workplan_blocks(pkg, v):
    n = pkg['form_name']; rnd = pkg['rnd']
    occs = '、'.join(occ_of(k)[1] for k, _ in pkg['apps'])
    heads = [['一、机构概况', '二、组织架构与职责', '三、专职人员及专家团队', '四、场地与设施设备', '五、质量管控措施', '六、经费保障'],
             ['第一章 总则', '第二章 工作机构', '第三章 工作人员', '第四章 考核场所', '第五章 质量督导', '第六章 保障措施'],
             ['1. 申报单位基本情况', '2. 认定工作机构设置', '3. 考评员队伍', '4. 考核点建设', '5. 内部质量管理', '6. 资金保障']][v % 3]
    body = [f'{n}成立于{pkg["found"]}，注册地址{pkg["addr"]}，拟开展{occs}职业技能等级认定。',
            f'设立职业技能等级认定工作领导小组，组长由{pkg["rep"]}担任，下设评价办公室、质量督导组和考务组。',
            f'现有专职工作人员{rnd.randint(5, 16)}人，考评员{rnd.randint(18, 70)}人，督导员{rnd.randint(3, 9)}人，专家委员会成员{rnd.randint(5, 15)}人。',
            f'考核点位于{pkg["site_addr"]}，设理论考场{rnd.randint(1, 4)}间、实操考场{rnd.randint(1, 5)}间，全部配备视频监控并可远程调阅。',
            '实行考评分离、题库管理、双人阅卷、结果复核和档案留存制度，评价过程全程留痕。',
            f'单位每年安排职业技能等级认定工作专项经费不少于{rnd.randint(20, 120)}万元。']
    out = [('title', f'{n}\n职业技能等级认定工作方案')]
    if v % 3 == 1:
        out.insert(0, ('small', f'{n}　内部文件　编号：GZFA-{pkg["date"][0]}-{rnd.randint(1, 9):02d}'))
    for h, b in zip(heads, body):
        out += [('h', h), ('p', b)]
    if v % 3 == 2:
        out.append(('table', [['岗位', '人数', '职责'], ['评价负责人', '1', '统筹认定工作'], ['考务人员', str(rnd.randint(2, 6)), '组织考试、核验身份'],
                              ['质量督导员', str(rnd.randint(2, 5)), '现场督导']], {'widths': [.3, .15, .55]}))
    out.append(('sign', [n, ar_date(*sub_date(pkg, 3))], None))
    return out


# ================================================================ implementation plan + evaluation plans
def impl_blocks(pkg, v):
    n = pkg['form_name']; rnd = pkg['rnd']
    out = [('title', f'{n}\n职业技能等级认定项目实施方案')]
    out += [('h', '一、认定依据'), ('p', '依据相应国家职业技能标准（或行业企业评价规范），结合本市实际制定本方案。'),
            ('h', '二、认定对象'), ('p', '本单位职工、合作企业从业人员及社会从业人员，符合国家职业技能标准申报条件者。')]
    if v == 0:   # per-occupation chapters, paragraphs per level
        for i, (k, lv) in enumerate(pkg['apps'], 3):
            c, nm, _ = occ_of(k)
            out.append(('h', f'{cn_num(i)}、{nm}（{c}）评价方案'))
            for l in sorted(lv, reverse=True):
                out.append(('p', f'（{LV[l]}/{LVN[l]}）评价方案：采用理论知识考试与技能操作考核相结合的方式，理论知识考试时长90分钟，'
                                  f'技能操作考核时长{rnd.choice([60, 90, 120])}分钟，{"另设综合评审" if l <= 2 else "不设综合评审"}。两项成绩均达60分及以上者为合格。'))
    elif v == 1:  # table, one row per level, merged occupation cells
        rows = [['职业（工种）', '等级', '理论知识考试', '技能考核', '综合评审', '考评人员配比']]
        spans = []
        for k, lv in pkg['apps']:
            c, nm, _ = occ_of(k)
            r0 = len(rows)
            for j, l in enumerate(sorted(lv, reverse=True)):
                rows.append([f'{nm}\n{c}' if j == 0 else None, f'{LV[l]}（{LVN[l]}）', '闭卷笔试90分钟', f'实操{rnd.choice([60, 90, 120])}分钟',
                             '论文答辩' if l <= 2 else '—', '1:15' if l >= 3 else '1:10'])
            if len(lv) > 1: spans.append((r0, 0, len(lv), 1))
        out += [('h', '三、各等级评价方案'), ('table', rows, {'widths': [.26, .16, .16, .14, .12, .16], 'spans': spans})]
    else:       # per occupation, numbered items per level
        out.append(('h', '三、评价方案'))
        for k, lv in pkg['apps']:
            c, nm, _ = occ_of(k)
            out.append(('pl', f'职业（工种）：{nm}　职业编码：{c}　申报等级：{lv_range(lv, 1)}'))
            for l in sorted(lv, reverse=True):
                out += [('pl', f'◆ {LVN[l]}（{LV[l]}）评价方案'),
                        ('pl', f'  1. 评价内容：职业道德、基础知识、{nm.split("（")[0]}相关知识与技能。'),
                        ('pl', f'  2. 评价方式：理论知识考试（机考）+ 技能考核（{rnd.choice(["现场操作", "模拟操作", "方案设计"])}）。'),
                        ('pl', '  3. 合格标准：各项成绩均达到60分（含）以上。')]
    out += [('h', '四、考务管理'), ('p', '严格执行考务规程，考生身份核验、考场视频监控、试卷保密管理、成绩复核公示。'),
            ('h', '五、证书发放'), ('p', '认定合格人员由本单位按规定颁发职业技能等级证书，并上传全国联网查询系统。')]
    return out


SET_NAMES = [('样题（一）', '样题（二）'), ('A卷', 'B卷'), ('第一套', '第二套'), ('模拟试卷1', '模拟试卷2'), ('样题一', '样题二')]


def sample_blocks(pkg, key, level, idx, style):
    rnd = random.Random(f'{pkg["id"]}{key}{level}{idx}')
    c, nm, _ = occ_of(key)
    sn = SET_NAMES[style][idx]
    kind = rnd.choice(['理论知识', '技能操作'])
    if style == 1:
        title = f'{nm}（{LV[level]}）\n{kind}考核试题 {sn}'
    elif style == 2:
        title = f'{nm}{LVN[level]}\n理论知识试卷（{sn}）'; kind = '理论知识'
    elif style == 3:
        title = f'{nm} {LV[level]} {sn}'
    else:
        title = f'{nm}（{LV[level]}/{LVN[level]}）\n{kind}{sn}'
    out = [('small', f'{pkg["form_name"]} 职业技能等级认定　　职业编码：{c}'), ('title', title),
           ('pl', '注意事项：1. 考试时间90分钟。2. 请在答题卡上作答。3. 不得携带资料进入考场。')]
    if kind == '理论知识':
        out.append(('h', '一、单项选择题（每题1分）'))
        for q in range(1, 6):
            out.append(('pl', f'{q}. 下列关于{nm.split("（")[0]}工作要求的说法中，正确的是（　）。'))
            out.append(('pl', f'　A. 选项{rnd.randint(1, 9)}　B. 选项{rnd.randint(1, 9)}　C. 选项{rnd.randint(1, 9)}　D. 选项{rnd.randint(1, 9)}'))
        out.append(('h', '二、判断题（每题1分）'))
        for q in range(6, 9):
            out.append(('pl', f'{q}. （　）从业人员应遵守职业道德，第{q}条规定内容{rnd.choice(["正确", "不完整"])}。'))
        if style == 2:
            out += [('h', '答题卡'), ('table', [['题号', '1', '2', '3', '4', '5', '6', '7', '8'], ['答案', '', '', '', '', '', '', '', '']],
                                            {'header': False})]
            out += [('h', '参考答案'), ('pl', '　'.join(f'{q}.{rnd.choice("ABCD")}' for q in range(1, 6)) + '　6.√ 7.× 8.√')]
    else:
        out += [('h', f'试题1：{rnd.choice(["操作准备", "方案编制", "现场处置"])}（{rnd.randint(20, 40)}分）'),
                ('p', f'根据给定场景，完成{nm.split("（")[0]}相关的{rnd.choice(["检查与记录", "操作与调整", "分析与报告"])}任务。'),
                ('h', f'试题2：{rnd.choice(["规范操作", "故障排除", "质量检验"])}（{rnd.randint(30, 50)}分）'),
                ('p', '考核要求：按照操作规程完成，时限内未完成的按完成部分计分。'),
                ('table', [['评分项目', '配分', '评分标准'], ['准备工作', '10', '工具齐全、着装规范'], ['操作过程', '60', '步骤正确，每错一处扣5分'], ['安全文明', '30', '违反安全规定该项不得分']],
                 {'widths': [.3, .15, .55]})]
    return out


# ================================================================ extras
def extra_blocks(pkg, what, files=None):
    n = pkg['form_name']; rnd = pkg['rnd']
    if what == 'toc':
        rows = [['序号', '材料名称', '页码']] + [[str(i), f, str(i * 3 - 2)] for i, f in enumerate(files or [], 1)]
        return [('title', f'{n}\n申报材料目录'), ('table', rows, {'widths': [.1, .75, .15]})]
    if what == 'teachers':
        rows = [['序号', '姓名', '职称/等级', '从事领域', '备注']]
        for i in range(1, 9):
            rows.append([str(i), rnd.choice('王李张刘陈杨赵黄周吴徐孙') + rnd.choice(['建华', '丽', '敏', '志强', '晓燕', '伟', '静', '海峰']),
                         rnd.choice(['高级工程师', '一级/高级技师', '二级/技师', '副教授', '高级经济师']), occ_of(pkg['apps'][0][0])[1], rnd.choice(['专职', '兼职'])])
        return [('title', '专家及考评员名单'), ('pl', f'单位：{n}'), ('table', rows, {'widths': [.08, .15, .27, .35, .15]})]
    if what == 'equipment':
        rows = [['设备名称', '数量', '用途']] + [[x, str(rnd.randint(2, 40)), y] for x, y in
                                               [('视频监控摄像头', '考场监控'), ('计算机', '理论机考'), ('身份证阅读器', '身份核验'), ('实操工位', '技能考核')]]
        return [('title', '考核场地及设施设备清单'), ('pl', f'申报单位：{n}　考核点：{pkg["site_addr"]}'), ('table', rows)]
    return [('title', '单位简介'), ('p', f'{n}位于{pkg["addr"]}，主要从事{pkg["scope"][:30]}等业务。')]


def floorplan_pdf(pkg, path):
    rl_init()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    W, H = landscape(A4)
    cv = canvas.Canvas(path, pagesize=(W, H)); cv.setCreator('AutoCAD 2020 - PDF plot')
    cv.setFont('WQY', 16); cv.drawString(40, H - 40, f'{pkg["form_name"]} 考核点平面布置图')
    cv.setFont('WQY', 9); cv.drawString(40, H - 58, pkg['site_addr'])
    rooms = [('理论考场', 60, 80, 230, 200), ('实操考场一', 300, 80, 220, 200), ('实操考场二', 530, 80, 200, 200),
             ('候考区', 60, 290, 160, 150), ('监控室', 230, 290, 120, 150), ('档案室', 360, 290, 120, 150), ('办公室', 490, 290, 240, 150)]
    for nm, x, y, w, h in rooms:
        cv.rect(x, y, w, h); cv.drawCentredString(x + w / 2, y + h / 2, nm)
    cv.save()
    return path


# ================================================================ organisations / packages
IND = {
    'wjw': dict(name='上海市卫生健康委员会', short='沪卫老龄函', field='卫生健康', self='委'),
    'swj': dict(name='上海市商务委员会', short='沪商服函', field='商贸服务', self='委'),
    'jxw': dict(name='上海市经济和信息化委员会', short='沪经信软函', field='软件和信息服务', self='委'),
    'jsw': dict(name='上海市住房和城乡建设管理委员会', short='沪建建管函', field='建设', self='委'),
    'sthj': dict(name='上海市生态环境局', short='沪环气函', field='生态环境', self='局'),
    'scjg': dict(name='上海市市场监督管理局', short='沪市监计量函', field='计量检测', self='局'),
    'lhsr': dict(name='上海市绿化和市容管理局', short='沪绿容函', field='市容环卫', self='局'),
    'yjj': dict(name='上海市药品监督管理局', short='沪药监药生函', field='药品生产', self='局'),
    'jtw': dict(name='上海市交通委员会', short='沪交科函', field='轨道交通', self='委'),
    'fgw': dict(name='上海市发展和改革委员会', short='沪发改信用函', field='社会信用', self='委'),
    'kw': dict(name='上海市科学技术委员会', short='沪科函', field='科技服务', self='委'),
    'wyxh': dict(name='上海市物业管理行业协会', short='沪物协', field='物业服务', self='会'),
    'pjxh': dict(name='上海市盆景赏石协会', short='沪盆协', field='园艺盆景', self='会'),
    'fwwb': dict(name='上海市服务外包行业协会', short='沪服外协', field='政务服务外包', self='会'),
    'jtxh': dict(name='上海市增材制造行业协会', short='沪增材协', field='增材制造', self='会'),
    'hgxh': dict(name='上海市化学化工学会', short='沪化学会', field='化工', self='会'),
    'mhj': dict(name='中国民用航空华东地区管理局', short='民航华东函', field='民航', self='局'),
    'group': dict(name='上海申建集团有限公司', short='申建集团', field='建筑节能', self='集团', group=True),
    'fdcxh': dict(name='上海市房地产行业协会', short='沪房协', field='房地产', self='会'),
    'tlxh': dict(name='上海市听力学会', short='沪听学', field='听力康复', self='会'),
}

SURN = '王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严'
GIVEN = ['建国', '志明', '丽华', '海燕', '晓东', '国庆', '文杰', '玉兰', '永胜', '慧敏', '振华', '雪梅', '立新', '春生', '佳怡', '明辉']


def P(i, name, kind, district, ind, apps, day, **kw):
    rnd = random.Random('final25-' + name + str(i))
    region = kw.pop('region', DIST[district][0])
    cat = {'company': '91', 'foreign': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[kind]
    code = kw.pop('code', None) or make_code(cat, region, rnd, 'MA1' if kind in ('company', 'branch', 'foreign') and rnd.random() < .6 else ('MJ' if kind in ('minfei', 'shetuan') else ''))
    typ = {'company': '有限责任公司（自然人投资或控股）', 'foreign': '有限责任公司（外国法人独资）', 'branch': '有限责任公司分公司（自然人投资或控股）',
           'minfei': '', 'shetuan': '', 'shiye': ''}[kind]
    fy = rnd.randint(2008, 2019)
    d = dict(id=f'C{i:02d}', name=name, form_name=name, reg_name=name, kind=kind, code=code, district=district,
             typ=kw.pop('typ', typ), rep=rnd.choice(SURN) + rnd.choice(GIVEN), contact=rnd.choice(SURN) + rnd.choice(GIVEN),
             phone=f'021-{rnd.randint(50000000, 69999999)}',
             addr=f'上海市{district}{rnd.choice(["漕溪北路", "江场西路", "长阳路", "莘庄工业区春中路", "曹安公路", "张江路", "南京西路", "古美路", "沪太路", "荣乐东路", "博学南路", "共和新路"])}{rnd.randint(8, 1999)}号{rnd.randint(1, 12)}楼',
             found=f'{fy}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日', capital=f'人民币{rnd.choice([50, 100, 200, 300, 500, 1000, 3000])}万元',
             reg_auth=f'上海市{district}市场监督管理局', reg_date_str=f'{rnd.randint(2020, 2024)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日',
             ind=IND[ind], apps=apps, date=(2025, 1, day), firm=i % 5, rnd=rnd,
             nature={'company': '企业（有限责任公司）', 'foreign': '外商投资企业', 'branch': '企业分支机构', 'minfei': '民办非企业单位',
                     'shetuan': '社会团体', 'shiye': '事业单位'}[kind])
    d['site_addr'] = kw.pop('site_addr', f'上海市{district}{rnd.choice(["虹梅路", "金都路", "沪闵路", "新村路", "军工路", "申江路", "嘉松北路", "银都路"])}{rnd.randint(10, 3000)}号')
    d['scope'] = kw.pop('scope', '职业技能培训（不含需要取得许可的职业技能培训）；企业管理咨询；信息咨询服务（不含许可类信息咨询服务）；技术服务、技术开发、技术咨询、技术交流。')
    d.update(kw)
    d.setdefault('verdict', 'pass'); d.setdefault('causes', []); d.setdefault('defects', [])
    return d


def packages():
    L = []
    # ------------------------------------------------ PASS (12)
    L.append(P(1, '上海申培职业技能培训学校', 'minfei', '徐汇区', 'wjw', [('hly', [5, 4, 3])], 20,
               scope='医疗护理员、养老护理员等职业技能培训', sponsor='上海市徐汇区教育局', layout='folders', extras=['teachers'],
               why='完整：民办非企业单位，全部材料齐全可读，样题每级两套。'))
    L.append(P(2, '上海臻味餐饮管理有限公司', 'company', '静安区', 'swj', [('tys', [5, 4, 3]), ('spaq', [4, 3])], 21,
               layout='flat', extras=['toc', 'site_photo'], why='完整：两个职业，材料齐全。'))
    L.append(P(3, '上海浦江数智科技股份有限公司', 'company', '浦东新区', 'jxw', [('szls', [4, 3, 2])], 22, typ='股份有限公司（非上市、自然人投资或控股）',
               layout='orgroot', zipenc='gbk', extras=['equipment'], why='完整：Windows 资源管理器压缩（GBK 文件名）。'))
    L.append(P(4, '上海申建绿能咨询有限公司', 'company', '杨浦区', 'group', [('jnjp', [4, 3, 2])], 20, typ='有限责任公司（非自然人投资或控股的法人独资）',
               layout='flat', bigpdf=True, why='完整：集团子公司，行业推荐函为上级集团批复；信用佐证与方案各合成一个大PDF。'))
    L.append(P(5, '上海明德护理职业培训中心', 'minfei', '闵行区', 'wjw', [('hly', [5, 4])], 23, sponsor='上海市闵行区民政局', scanq=40, sprod='rl',
               layout='scanner', allscan=True, why='完整：申请表、两封推荐函、信用报告、审计报告、登记证书、工作方案、承诺书、廉洁责任书、实施方案均为清晰扫描件（灰度，印章呈灰色，部分带OCR文字层），按政策等同文本；样题为电子版。'))
    L.append(P(6, '上海蓝碳环境技术有限公司', 'foreign', '浦东新区', 'sthj', [('tpf_hs', [4, 3]), ('tpf_hc', [3, 2])], 24,
               layout='folders', nested=True, why='完整：外商独资企业；样题等放在嵌套 zip 中。'))
    L.append(P(7, '上海恒信信用管理有限公司', 'company', '黄浦区', 'fgw', [('xygl', [4, 3, 2])], 21,
               layout='flat', credit_enc_copy=True, why='完整：加密的信用报告另有一份可读副本，不影响结论。'))
    L.append(P(8, '上海瑞洁物业管理有限公司', 'company', '黄浦区', 'wyxh', [('bjy', [5, 4, 3])], 22, region='310103',
               layout='orgroot', macosx=True, why='完整：代码区划为历史代码310103（卢湾），仍属上海；含 __MACOSX 垃圾。'))
    L.append(P(9, '上海绿苑盆景艺术有限公司', 'company', '嘉定区', 'pjxh', [('pjs', [5, 4, 3])], 25,
               layout='folders', extras=['site_photo_blur', 'floorplan'], why='完整：额外的场地照片模糊不可读，但不影响结论。'))
    L.append(P(10, '上海联药制剂技术服务有限公司', 'company', '奉贤区', 'yjj', [('ywzj_pj', [4, 3]), ('ywzj_zs', [4, 3])], 23,
               layout='folders', zipenc='gbk', why='完整：两个药物制剂工工种，GBK 文件名。'))
    L.append(P(11, '上海轨信交通技术培训有限公司', 'company', '松江区', 'jtw', [('gdjt', [5, 4, 3])], 24,
               layout='flat', pledge_docx_extra=True, extras=['teachers'], why='完整：承诺书既有可编辑 .docx 也有盖章 PDF。'))
    L.append(P(12, '上海华彩色彩设计职业技能培训学校', 'minfei', '长宁区', 'kw', [('scdp', [4, 3])], 26, sponsor='上海市长宁区教育局',
               layout='scanner', misnamed=True, why='完整：营业执照类证书文件被误命名为“信用报告.pdf”，内容为民非登记证书。'))
    # ------------------------------------------------ FAIL (15)
    L.append(P(13, '上海启航职业技能培训有限公司', 'company', '普陀区', 'fwwb', [('zwfw', [5, 4, 3])], 20, layout='folders',
               missing=['integrity'], verdict='fail', causes=['missing_material'], defects=['缺少廉洁责任书'],
               why='工作方案只含承诺书，无廉洁责任书（必备材料缺失）。'))
    L.append(P(14, '上海汇智数据安全技术有限公司', 'company', '闵行区', 'jxw', [('sjaq', [4, 3])], 21, layout='flat',
               audit_years=[2023], verdict='fail', causes=['missing_material'], defects=['只有2023年度审计报告，缺2022年度'],
               why='近两年审计报告只提交了一年（2023）。'))
    L.append(P(15, '上海鼎泰房地产顾问有限公司', 'company', '长宁区', 'fdcxh', [('fdc', [4, 3])], 22, layout='orgroot',
               audit_years=[2021, 2023], verdict='fail', causes=['missing_material'], defects=['审计报告为2021与2023年度，缺2022年度'],
               why='审计报告年度为2021与2023，缺2022年度。'))
    L.append(P(16, '昆山智造增材科技有限公司', 'company', '嘉定区', 'jtxh', [('zczz', [4, 3])], 23, region='320583', layout='flat',
               reg_auth='昆山市市场监督管理局', addr='江苏省昆山市玉山镇祖冲之南路1699号', verdict='fail', causes=['not_shanghai'],
               defects=['统一社会信用代码区划为320583（江苏昆山），非本市登记'], why='申报单位在昆山登记，不是本市依法登记的法人。'))
    L.append(P(17, '上海市长宁区职业技能培训指导中心', 'shiye', '长宁区', 'wjw', [('ajs', [5, 4])], 24, region='310105',
               sponsor='上海市长宁区人力资源和社会保障局', layout='folders', verdict='fail', causes=['public_institution'],
               defects=['事业单位（代码类别12，事业单位法人证书）'], why='事业单位不能申报。'))
    L.append(P(18, '上海精工管道工程有限公司', 'company', '宝山区', 'jsw', [('gg', [5, 4]), ('dg', [4, 3])], 20, layout='flat',
               verdict='fail', causes=['occupation_not_in_notice'], defects=['申报电工（6-31-01-03），不在通知48个职业（工种）内'],
               why='申报职业含不在本次范围内的电工。'))
    L.append(P(19, '上海科创咨询服务有限公司', 'company', '杨浦区', 'kw', [('kjzx', [4, 3])], 21, layout='orgroot',
               verdict='fail', causes=['level_not_allowed'], defects=['科技咨询师申报四级，通知只允许三级、二级、一级'],
               why='申报等级超出通知允许范围。'))
    L.append(P(20, '上海营养健康管理有限公司', 'company', '虹口区', 'wjw', [('yys', [4, 3])], 20, layout='folders',
               verdict='fail', causes=['duplicate_application'], defects=['同一单位在C21再次申报营养师（公共营养师）'],
               why='同一单位同一职业重复申报（与C21）。'))
    L.append(P(21, '上海营养健康管理有限公司', 'company', '虹口区', 'wjw', [('yys', [4, 3, 2])], 24, layout='scanner',
               verdict='fail', causes=['duplicate_application'], defects=['同一单位在C20已申报营养师（公共营养师）'],
               why='同一单位同一职业重复申报（与C20）。'))
    L.append(P(22, '上海康听助听器有限公司', 'company', '静安区', 'tlxh', [('tlq', [4, 3])], 22, layout='flat',
               credit_penalty=1, integrity_noseal=True, verdict='fail', causes=['credit_record', 'seal_missing'],
               defects=['信用报告行政处罚信息查见1条', '廉洁责任书未盖章（review 级，但已有 fail）'],
               why='信用报告列有行政处罚记录；另廉洁责任书无公章。'))
    L.append(P(23, '上海宏图化工技术培训有限公司', 'company', '金山区', 'hgxh', [('hgzk', [4, 3])], 23, layout='folders',
               ind_recommend='上海宏途化工科技有限公司', verdict='fail', causes=['letter_wrong_organisation'],
               defects=['行业推荐函推荐的是“上海宏途化工科技有限公司”'], why='推荐函推荐的是另一单位。'))
    L.append(P(24, '上海沪昆计量检测技术有限公司', 'company', '青浦区', 'scjg', [('jly', [4, 3])], 21, layout='orgroot',
               dist_issuer='昆山市人力资源和社会保障局', site_addr='江苏省昆山市花桥镇光明路88号', verdict='fail', causes=['district_letter_not_shanghai'],
               defects=['考核点推荐函由昆山市人力资源和社会保障局出具'], why='区人社推荐函非本市区人社局出具。'))
    L.append(P(25, '上海优家家政服务有限公司', 'company', '普陀区', 'wyxh', [('bjy', [5, 4])], 25, form_name='上海优家保洁服务有限公司',
               layout='flat', verdict='fail', causes=['name_mismatch'],
               defects=['申请表等名称为“上海优家保洁服务有限公司”，营业执照/信用报告/审计报告为“上海优家家政服务有限公司”'],
               why='申请表单位名称与营业执照、信用报告不一致。'))
    L.append(P(26, '上海智慧政务服务外包有限公司', 'company', '浦东新区', 'fwwb', [('zwfw', [5, 4, 3])], 22, layout='folders',
               one_set=('zwfw', 3), verdict='fail', causes=['sample_sets_insufficient'], defects=['三级只有一套样题'],
               why='政务服务办事员三级仅一套样题。'))
    L.append(P(27, '上海鲜饮餐饮管理有限公司徐汇分公司', 'branch', '徐汇区', 'swj', [('tys', [5, 4])], 20, layout='flat',
               verdict='fail', causes=['branch_not_legal_person'], defects=['营业执照类型为有限责任公司分公司'],
               why='分公司不是独立法人。'))
    # ------------------------------------------------ REVIEW (9)
    L.append(P(28, '上海数孪智能科技有限公司', 'company', '宝山区', 'jxw', [('szls', [5, 4])], 21, layout='folders',
               credit_encrypted=True, verdict='review', causes=['unreadable_material'], defects=['信用报告PDF加密，无其他可读副本'],
               why='唯一的信用报告打不开（加密）。'))
    L.append(P(29, '上海慧算碳资产管理有限公司', 'company', '崇明区', 'sthj', [('tpf_jy', [4, 3])], 22, layout='flat',
               audit_corrupt=2022, verdict='review', causes=['unreadable_material'], defects=['2022年度审计报告PDF被截断（损坏）'],
               why='2022年度审计报告文件损坏，无法读取。'))
    L.append(P(30, '上海安心医护服务有限公司', 'company', '普陀区', 'wjw', [('hly', [4, 3])], 23, layout='scanner',
               dist_faint=True, verdict='review', causes=['unreadable_material'], defects=['区人社推荐函只有一份极淡、模糊的60dpi扫描件'],
               why='区人社推荐函扫描件无法辨认。'))
    L.append(P(31, '上海食安管理咨询有限公司', 'company', '金山区', 'scjg', [('spaq', [4, 3, 2])], 24, layout='orgroot',
               pledge_docx_only=True, verdict='review', causes=['signed_material_editable_only'], defects=['承诺书只有可编辑 .docx，未盖章'],
               why='承诺书仅为 Word 文档，无签章件。'))
    L.append(P(32, '上海云策数字科技有限公司', 'company', '青浦区', 'jxw', [('szh', [4, 3])], 20, layout='flat',
               dist_noseal=True, verdict='review', causes=['seal_missing'], defects=['区人社推荐函无公章'],
               why='区人社局推荐函未盖章。'))
    L.append(P(33, '上海申城管道安装有限公司', 'company', '宝山区', 'jsw', [('gg', [5, 4, 3])], 25, layout='folders',
               badcheck=True, verdict='review', causes=['credit_code_checksum'], defects=['统一社会信用代码第18位校验码不符'],
               why='信用代码校验位错误，需人工核实。'))
    L.append(P(34, '上海市楼宇清洁行业协会', 'shetuan', '静安区', 'lhsr', [('ljqy', [5, 4])], 21, region='310000', layout='orgroot',
               sponsor='上海市绿化和市容管理局', verdict='review', causes=['social_organisation'],
               defects=['社会团体（代码类别51），无法从代码判断是否已脱钩'], why='社会团体申报，需人工核实是否与政府部门脱钩。'))
    L.append(P(35, '上海艾灸健康管理有限公司', 'company', '松江区', 'wjw', [('ajs', [5, 4, 3])], 22, layout='scanner',
               cert_photo_poor=True, verdict='review', causes=['unreadable_material'], defects=['营业执照只有一张模糊、昏暗的手机照片'],
               why='营业执照照片无法辨认。'))
    L.append(P(36, '上海翔宇航空碳管理有限公司', 'company', '长宁区', 'mhj', [('tpf_mh', [4, 3])], 23, layout='folders',
               ind_noseal=True, verdict='review', causes=['seal_missing'], defects=['行业主管部门推荐函无公章'],
               why='行业推荐函未盖章。'))
    for d in L:
        if d.get('badcheck'):
            c = d['code']; d['code'] = c[:17] + ALPH[(ALPH.index(c[17]) + 7) % 31]
            assert not valid_code(d['code'])
        elif d['kind'] != 'shiye' or True:
            if d['code'][2:4] == '31' or d['id'] == 'C16':
                assert valid_code(d['code']), d
        if d['kind'] in ('minfei', 'shetuan'):
            d['reg_auth'] = f'上海市{d["district"]}民政局' if d['kind'] == 'minfei' else '上海市民政局'
    # duplicate org: same code
    L[20]['code'] = L[19]['code']; L[20]['rep'] = L[19]['rep']; L[20]['addr'] = L[19]['addr']; L[20]['found'] = L[19]['found']
    return L


# ================================================================ per-package document plan
FORM_PROD = ['rl', 'docx', 'html', 'odt', 'docx']
LETTER_PROD = ['html', 'rl', 'docx', 'odt']
GROUPS = {
    'folders': ['01 申请表', '02 推荐函', '03 信用佐证材料', '04 工作方案', '05 实施方案及样题', '06 其他材料'],
    'orgroot': ['一、申请表', '二、推荐函', '三、信用及资质', '四、认定工作方案', '五、项目实施方案', '六、其他'],
}


def plan_docs(pkg):
    i = int(pkg['id'][1:])
    docs = []
    allscan = pkg.get('allscan')

    def add(kinds, fname, parts, grp, post=None, seal=None, exempt=False):
        docs.append(dict(kinds=kinds, fname=fname, parts=parts, grp=grp, post=post, seal=seal, exempt=exempt))
    # --- application form
    fv = (i * 7) % 5
    add(['application_form'], '社会培训评价组织征集遴选申请表' if i % 3 else '申请表（盖章）', [(FORM_PROD[fv], form_blocks(pkg, fv), {})], 0,
        post='scan_ocr_rl' if allscan else None, seal=True)
    # --- letters
    iv = 3 if pkg['ind'].get('group') else i % 5
    if iv == 3 and not pkg['ind'].get('group') and i % 2: iv = 4
    other = pkg.get('ind_recommend')
    add(['industry_letter'], '行业主管部门推荐函' if i % 2 else f'{pkg["ind"]["name"]}推荐函',
        [(LETTER_PROD[(i + iv) % 4], letter_blocks(pkg, 'ind', iv, seal=not pkg.get('ind_noseal'), recommend=other), {})], 1,
        post='scan' if allscan else None, seal=not pkg.get('ind_noseal'), exempt=bool(other))
    dv = (i + 2) % 5
    if dv == 3: dv = 1 if i % 2 else 0
    if pkg.get('dist_issuer'):
        dv = 0
    add(['district_letter'], '区人社局考核点推荐函' if i % 2 else '考核点所在区人社部门推荐函',
        [(LETTER_PROD[(i + dv + 1) % 4], letter_blocks(pkg, 'dist', dv, seal=not pkg.get('dist_noseal'), issuer=pkg.get('dist_issuer')), {})], 1,
        post='scan_faint' if pkg.get('dist_faint') else ('scan' if allscan else None), seal=not pkg.get('dist_noseal'))
    # --- credit report
    cv = i % 3
    credit = (['rl', 'html', 'docx'][cv], credit_blocks(pkg, cv, penalty=pkg.get('credit_penalty', 0)),
              {'footer': '第 {p} 页'} if cv == 0 else ({'font': "'Noto Serif CJK SC', serif"} if cv == 1 and i % 2 else {}))
    cpost = 'gs' if cv == 2 else None
    # --- audits
    av = pkg['firm'] % 4
    aprod = ['rl', 'docx', 'html', 'odt'][av]
    audits = [(y, (aprod, audit_blocks(pkg, y, av), {})) for y in pkg.get('audit_years', [2022, 2023])]
    certp = ('cert', None, {'variant': i % 4})
    if pkg.get('bigpdf'):
        add(['credit_report', 'audit_report', 'registration_certificate'], '信用佐证材料（信用报告、审计报告、营业执照）',
            [credit] + [a for _, a in audits] + [certp], 2, seal=True)
    else:
        add(['credit_report'], '信用报告' if not pkg.get('misnamed') else '公共信用信息报告', [credit], 2,
            post='encrypt' if pkg.get('credit_encrypted') or pkg.get('credit_enc_copy') else ('scan' if allscan else cpost))
        if pkg.get('credit_enc_copy'):
            add(['credit_report'], '信用报告（副本）', [credit], 2)
        for y, a in audits:
            nm = f'{y}年度审计报告' if i % 2 else f'审计报告{y}'
            post = 'truncate' if pkg.get('audit_corrupt') == y else ('scan_ocrmypdf' if allscan and y == 2023 else ('scan' if allscan else None))
            add(['audit_report'], nm, [a], 2, post=post)
        cpost2 = 'photo_poor' if pkg.get('cert_photo_poor') else ('scan_color' if (allscan or i % 3 == 0) else None)
        cname = {'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}.get(pkg['kind'], '营业执照副本')
        if pkg.get('misnamed'): cname = '信用报告'
        add(['registration_certificate'], cname, [certp], 2, post=cpost2, seal=True)
    # --- work plan, pledge, integrity
    wv = i % 3
    wprod = ['docx', 'odt', 'rl'][wv]
    wp = (wprod, workplan_blocks(pkg, wv), {})
    pl = (['rl', 'html'][i % 2], pledge_blocks(pkg, i % 2), {})
    it = (['html', 'rl'][i % 2], integrity_blocks(pkg, (i // 2) % 2, seal=not pkg.get('integrity_noseal')), {})
    parts_w = [wp]
    together = (i % 3 == 0) or pkg.get('bigpdf')
    if pkg.get('missing') and 'integrity' in pkg['missing']:
        add(['work_plan', 'pledge'], '职业技能等级认定工作方案（含承诺书）', [wp, pl], 3, seal=True)
    elif pkg.get('pledge_docx_only'):
        add(['work_plan'], '职业技能等级认定工作方案', [wp], 3)
        add(['pledge'], '承诺书', [('docxfinal', pledge_blocks(pkg, 0, seal=False), {})], 3, seal=False)
        add(['integrity_letter'], '廉洁责任书', [it], 3, seal=True, post='scan' if allscan else None)
    elif together and not pkg.get('bigpdf'):
        add(['work_plan', 'pledge', 'integrity_letter'], '职业技能等级认定工作方案（含承诺书、廉洁责任书）', [wp, pl, it], 3,
            seal=not pkg.get('integrity_noseal'))
    elif not pkg.get('bigpdf'):
        add(['work_plan'], '职业技能等级认定工作方案', [wp], 3, post='scan_ocr_rl' if allscan else None)
        add(['pledge'], '承诺书', [pl], 3, seal=True, post='scan' if allscan else None)
        add(['integrity_letter'], '廉洁责任书', [it], 3, seal=not pkg.get('integrity_noseal'), post='scan' if allscan else None)
        if pkg.get('pledge_docx_extra'):
            add(['pledge'], '承诺书（可编辑版）', [('docxfinal', pledge_blocks(pkg, 0, seal=False), {})], 3, seal=False)
    # --- implementation plan + samples
    mv = (i + 1) % 3
    impl = (['rl', 'html', 'docx'][i % 3], impl_blocks(pkg, mv), {})
    sstyle = i % 5
    sprod = pkg.get('sprod') or ['rl', 'html', 'odt', 'rl', 'docx'][(i + 2) % 5]
    arr = i % 3
    one = pkg.get('one_set')
    sets = []
    for k, lv in pkg['apps']:
        for l in sorted(lv, reverse=True):
            for idx in (0, 1):
                if one and one == (k, l) and idx == 1: continue
                sets.append((k, l, idx))
    if pkg.get('bigpdf'):
        sp = [(sprod, sample_blocks(pkg, k, l, idx, sstyle), {}) for k, l, idx in sets]
        add(['work_plan', 'pledge', 'integrity_letter', 'implementation_plan', 'evaluation_plan', 'sample_paper'],
            '职业技能等级认定工作方案及项目实施方案（含样题）', [wp, pl, it, impl] + sp, 3, seal=True)
    else:
        add(['implementation_plan', 'evaluation_plan'], '职业技能等级认定项目实施方案' if i % 2 else '项目实施方案（含各等级评价方案）', [impl], 4,
            post='scan_ocrmypdf' if allscan else None)
        if arr == 0:
            for k, l, idx in sets:
                add(['sample_paper'], f'{occ_of(k)[1]}{LV[l]}{SET_NAMES[sstyle][idx]}', [(sprod, sample_blocks(pkg, k, l, idx, sstyle), {})], 4,
                    post=None)
        elif arr == 1:
            byl = {}
            for k, l, idx in sets: byl.setdefault((k, l), []).append(idx)
            for (k, l), idxs in byl.items():
                add(['sample_paper'], f'{occ_of(k)[1]}{LVN[l]}样题', [(sprod, sample_blocks(pkg, k, l, x, sstyle), {}) for x in idxs], 4,
                    post=None)
        else:
            byk = {}
            for k, l, idx in sets: byk.setdefault(k, []).append((l, idx))
            for k, lst in byk.items():
                add(['sample_paper'], f'{occ_of(k)[1]}各等级样题（两套）', [(sprod, sample_blocks(pkg, k, l, x, sstyle), {}) for l, x in lst], 4,
                    post=None)
    # --- extras
    for e in pkg.get('extras', []):
        if e in ('site_photo', 'site_photo_blur'):
            add(['other'], '考核场地照片', [('sitephoto', None, {'blur': e.endswith('blur')})], 5)
        elif e == 'floorplan':
            add(['other'], '考核点平面图', [('floor', None, {})], 5)
        elif e == 'toc':
            add(['other'], '目录', [('rl', extra_blocks(pkg, 'toc', [d['fname'] for d in docs]), {})], 5)
        else:
            add(['other'], {'teachers': '专家及考评员名单', 'equipment': '考核设施设备清单'}[e], [('docx', extra_blocks(pkg, e), {})], 5)
    return docs


PROD_NAME = {
    'rl': 'reportlab 4 platypus (WenQuanYi Zen Hei TTF embedded)',
    'html': 'Chromium headless print-to-pdf (HTML/CSS, inline SVG seal)',
    'docx': 'LibreOffice writer_pdf_Export from python-docx .docx',
    'odt': 'LibreOffice writer_pdf_Export from odfpy .odt',
    'cert': 'reportlab canvas certificate (text placed at coordinates)',
    'floor': 'reportlab canvas drawing',
    'sitephoto': 'Pillow-drawn JPEG photo',
    'docxfinal': 'python-docx (.docx delivered as is)',
}
POST_NAME = {
    'gs': ' → Ghostscript pdfwrite re-distill',
    'scan': ' → scan: pdftoppm 150dpi → Pillow (rotation, noise, grayscale JPEG) → img2pdf',
    'scan_color': ' → scan: pdftoppm 200dpi → Pillow (rotation, noise, colour JPEG) → img2pdf',
    'scan_faint': ' → unreadable scan: 60dpi, heavy blur, faded contrast → img2pdf',
    'scan_ocr_rl': ' → scan (grayscale JPEG) + reportlab invisible text layer (render mode 3)',
    'scan_ocrmypdf': ' → scan (grayscale JPEG) → ocrmypdf -l chi_sim text layer',
    'photo': ' → phone photo JPEG',
    'photo_poor': ' → phone photo JPEG, 45dpi, blurred and dark (unreadable)',
    'encrypt': ' → pikepdf AES-256 encryption (user password)',
    'truncate': ' → truncated to 42% of its bytes (corrupt)',
}


# ================================================================ rendering
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def run_chromium(jobs):
    def one(j):
        _, src, out = j
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--print-to-pdf-no-header', f'--print-to-pdf={out}', 'file://' + src],
                       capture_output=True, timeout=120)
        if not os.path.exists(out):
            raise RuntimeError('chromium failed ' + src)
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(one, jobs))


def run_lo(files, outdir):
    for k in range(0, len(files), 40):
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_blind25', '--headless', '--convert-to', 'pdf',
                        '--outdir', outdir] + files[k:k + 40], capture_output=True, timeout=900)


def render_all(pkgs):
    if os.path.exists(BUILD): shutil.rmtree(BUILD)
    src = os.path.join(BUILD, 'src'); os.makedirs(src)
    html_jobs, lo_files = [], []
    plans = {}
    for pkg in pkgs:
        docs = plan_docs(pkg)
        plans[pkg['id']] = docs
        for n, d in enumerate(docs):
            d['base'] = []
            for j, (prod, blocks, opt) in enumerate(d['parts']):
                stem = os.path.join(src, f'{pkg["id"]}_d{n:02d}_{j:02d}')
                if prod == 'rl':
                    rl_render(blocks, stem + '.pdf', dict(opt, title=d['fname'], author=pkg['form_name']))
                elif prod == 'html':
                    html_jobs.append(html_render(blocks, stem + '.pdf', dict(opt, title=d['fname'])))
                elif prod == 'docx':
                    docx_build(blocks, stem + '.docx', dict(opt, author=pkg['contact'])); lo_files.append(stem + '.docx')
                elif prod == 'odt':
                    odt_build(blocks, stem + '.odt', opt); lo_files.append(stem + '.odt')
                elif prod == 'cert':
                    cert_render(pkg, stem + '.pdf', opt['variant'])
                elif prod == 'floor':
                    floorplan_pdf(pkg, stem + '.pdf')
                elif prod == 'sitephoto':
                    site_photo(stem + '.jpg', pkg['rnd'], '职业技能等级认定考场', opt.get('blur'))
                    d['base'].append(stem + '.jpg'); continue
                elif prod == 'docxfinal':
                    docx_build(blocks, stem + '.docx', dict(opt, author=pkg['contact']))
                    d['base'].append(stem + '.docx'); continue
                d['base'].append(stem + '.pdf')
    print('chromium jobs', len(html_jobs), 'LO files', len(lo_files), flush=True)
    run_lo(lo_files, src)
    run_chromium(html_jobs)
    ocr_jobs = []
    for pkg in pkgs:
        rnd = random.Random(pkg['id'] + 'post')
        for n, d in enumerate(plans[pkg['id']]):
            for b in d['base']:
                assert os.path.exists(b), b
            stem = os.path.join(BUILD, f'{pkg["id"]}_final_{n:02d}')
            if len(d['base']) > 1:
                cur = merge_pdfs(d['base'], stem + '_m.pdf')
            else:
                cur = d['base'][0]
            p = d['post']
            if p == 'gs':
                cur = ghostscript(cur, stem + '.pdf')
            elif p == 'scan':
                cur = scan_pdf(cur, stem + '.pdf', rnd, dpi=150, gray=True, quality=pkg.get('scanq', 55))
            elif p == 'scan_color':
                cur = scan_pdf(cur, stem + '.pdf', rnd, dpi=170, gray=False, quality=pkg.get('scanq', 55))
            elif p == 'scan_faint':
                cur = scan_pdf(cur, stem + '.pdf', rnd, faint=True, gray=True, quality=40)
            elif p == 'scan_ocr_rl':
                s = scan_pdf(cur, stem + '_s.pdf', rnd, dpi=150, gray=True, quality=pkg.get('scanq', 55))
                cur = ocr_layer_rl(s, cur, stem + '.pdf')
            elif p == 'scan_ocrmypdf':
                s = scan_pdf(cur, stem + '_s.pdf', rnd, dpi=150, gray=True, quality=pkg.get('scanq', 55))
                ocr_jobs.append((s, stem + '.pdf')); cur = stem + '.pdf'
            elif p == 'photo_poor':
                cur = photo_jpg(cur, stem + '.jpg', rnd, poor=True)
            elif p == 'encrypt':
                cur = encrypt_pdf(cur, stem + '.pdf')
            elif p == 'truncate':
                cur = truncate_pdf(cur, stem + '.pdf')
            d['file'] = cur
    def ocr(j):
        env = dict(os.environ, OMP_THREAD_LIMIT='1')
        r = subprocess.run(['ocrmypdf', '-l', 'chi_sim', '--jobs', '1', '--optimize', '0', '--output-type', 'pdf', j[0], j[1]],
                           capture_output=True, text=True, env=env)
        if r.returncode != 0: raise RuntimeError(r.stderr[-2000:])
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(ocr, ocr_jobs))
    return plans


def text_status(d):
    p = d['post']
    if d['parts'][0][0] == 'sitephoto' or p in ('scan', 'scan_color', 'scan_faint', 'photo_poor'):
        return 'none'
    if p in ('scan_ocr_rl', 'scan_ocrmypdf'): return 'ocr-layer'
    if p == 'encrypt': return 'encrypted'
    if p == 'truncate': return 'corrupt'
    return 'text'


def producer_str(d):
    prods = []
    for prod, _, _ in d['parts']:
        if PROD_NAME[prod] not in prods: prods.append(PROD_NAME[prod])
    s = ' + '.join(prods)
    if len(d['parts']) > 1: s = 'pikepdf merge of [' + s + ']'
    return s + POST_NAME.get(d['post'] or '', '')


STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate', 'application_form'}


def zip_paths(pkg, docs):
    i = int(pkg['id'][1:]); lay = pkg['layout']
    day = pkg['date'][2]
    out = []
    for n, d in enumerate(docs):
        ext = os.path.splitext(d['file'])[1]
        if lay == 'flat':
            name = f'{n + 1}.{d["fname"]}{ext}' if i % 2 else f'{n + 1:02d}-{d["fname"]}{ext}'
        elif lay == 'scanner':
            if d['post'] and d['post'].startswith('scan') or ext == '.jpg':
                name = f'IMG_202501{day - 3:02d}_{(n * 7 + 11) % 60:02d}{n:02d}{ext}' if n % 3 else f'scan_{n + 3:03d}{ext}'
            elif n % 4 == 1:
                name = f'新建 Microsoft Word 文档 ({n}){ext}'
            elif n % 4 == 2:
                name = f'附件{n + 1}{ext}'
            else:
                name = d['fname'] + ext
        else:
            g = GROUPS[lay][d['grp']]
            name = f'{g}/{d["fname"]}{ext}'
            if lay == 'orgroot':
                name = f'{pkg["form_name"]}申报材料/{name}'
        out.append(name)
    # de-duplicate
    seen = {}
    for k, nme in enumerate(out):
        if nme in seen:
            b, e = os.path.splitext(nme); out[k] = f'{b}({k}){e}'
        seen[out[k]] = 1
    return out


def write_zip(path, entries, gbk=False, dirs=True):
    """entries: list of (name, bytes)"""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        made = set()
        for name, data in entries:
            if dirs and '/' in name:
                parts = name.split('/')[:-1]
                for k in range(1, len(parts) + 1):
                    dn = '/'.join(parts[:k]) + '/'
                    if dn not in made:
                        made.add(dn)
                        zi = (GBKInfo if gbk else zipfile.ZipInfo)(dn, date_time=(2025, 1, 18, 9, 30, 0))
                        zi.external_attr = 0o40775 << 16 | 0x10
                        z.writestr(zi, b'')
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(name, date_time=(2025, 1, 18, 10, 12, 4))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main(only=None):
    pkgs = packages()
    if only:
        pkgs = [p for p in pkgs if p['id'] in only]
        key = json.load(open(os.path.join(BASE, 'key.json')))
        meta = json.load(open(os.path.join(BASE, 'selfcheck_meta.json')))
        for z in list(key['packages']):
            if z.split('-')[0] in only:
                del key['packages'][z]; meta.pop(z, None); os.remove(os.path.join(OUT, z))
    else:
        key = {'author': 'final25', 'packages': {}}
        meta = {}
    plans = render_all(pkgs)
    if not only:
        if os.path.exists(OUT): shutil.rmtree(OUT)
        os.makedirs(OUT)
    for pkg in pkgs:
        docs = plans[pkg['id']]
        names = zip_paths(pkg, docs)
        zname = f'{pkg["id"]}-{pkg["form_name"] if pkg["id"] != "C25" else pkg["reg_name"]}.zip'
        entries = []; kdocs = []; exempt = []
        nested = []
        for d, nm in zip(docs, names):
            data = open(d['file'], 'rb').read()
            if pkg.get('nested') and d['grp'] == 4:
                nested.append((nm.split('/', 1)[-1], data)); kp = '05 实施方案及样题.zip/' + nm.split('/', 1)[-1]
            else:
                entries.append((nm, data)); kp = nm
            kinds = []
            for k in d['kinds']:
                if k not in kinds: kinds.append(k)
            kd = {'path': kp, 'kind': '+'.join(kinds), 'producer': producer_str(d), 'text': text_status(d)}
            if STAMPED & set(kinds):
                kd['seal'] = bool(d['seal'])
            kdocs.append(kd)
            if d['exempt']: exempt.append(kp)
        if nested:
            bio = io.BytesIO()
            with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as nz:
                for nm, data in nested: nz.writestr(nm, data)
            entries.append(('05 实施方案及样题.zip', bio.getvalue()))
        if pkg.get('macosx'):
            junk = []
            for nm, _ in entries:
                dn, bn = os.path.split(nm)
                junk.append(('__MACOSX/' + (dn + '/' if dn else '') + '._' + bn, b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 60))
            root = entries[0][0].split('/')[0]
            junk.append((root + '/.DS_Store', b'\x00\x00\x00\x01Bud1' + bytes(random.Random(1).randrange(256) for _ in range(400))))
            entries += junk
        write_zip(os.path.join(OUT, zname), entries, gbk=pkg.get('zipenc') == 'gbk', dirs=pkg['layout'] in ('folders', 'orgroot'))
        key['packages'][zname] = {
            'verdict': pkg['verdict'], 'causes': pkg['causes'], 'defects': pkg['defects'], 'why': pkg['why'],
            'organisation': {'name': pkg['reg_name'], 'credit_code': pkg['code']},
            'applications': [{'code': occ_of(k)[0], 'name': occ_of(k)[1], 'levels': sorted(lv, reverse=True)} for k, lv in pkg['apps']],
            'documents': kdocs}
        meta[zname] = {'names': sorted({pkg['form_name'], pkg['reg_name']}), 'exempt': exempt,
                       'gbk': pkg.get('zipenc') == 'gbk'}
        print(zname, os.path.getsize(os.path.join(OUT, zname)) // 1024, 'KB', flush=True)
    key['packages'] = dict(sorted(key['packages'].items()))
    meta = dict(sorted(meta.items()))
    json.dump(key, open(os.path.join(BASE, 'key.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(meta, open(os.path.join(BASE, 'selfcheck_meta.json'), 'w'), ensure_ascii=False, indent=1)
    write_readme()


def write_readme():
    key = json.load(open(os.path.join(BASE, 'key.json')))
    import collections
    vc = collections.Counter(p['verdict'] for p in key['packages'].values())
    pc = collections.Counter(); tc = collections.Counter(); nd = 0
    for p in key['packages'].values():
        for d in p['documents']:
            nd += 1; tc[d['text']] += 1
            pc[d['producer'].split(' → ')[0] if not d['producer'].startswith('pikepdf') else 'pikepdf merge'] += 1
            for post in POST_NAME.values():
                if d['producer'].endswith(post): pc['post:' + post.strip(' →').split(':')[0].split(' (')[0]] += 1
    L = ['# Blind test corpus, part "final25"', '',
         'Application packages answering 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the screening tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py          # builds build/, packages/*.zip, key.json, selfcheck_meta.json',
         'python3 -c "import generate; generate.write_readme()"   # this README', 'python3 selfcheck.py         # checks zips against key.json', '```', '',
         'Needs: reportlab, python-docx, odfpy, pikepdf, Pillow; LibreOffice (soffice), chromium, Ghostscript, poppler-utils, img2pdf, ocrmypdf + tesseract chi_sim,',
         'fonts-wqy-zenhei (reportlab, embedded TTF subset) and fonts-noto-cjk (Chromium, LibreOffice, Pillow seals).',
         'Content is deterministic (random.Random seeded per package); PDF timestamps/IDs from the tools differ between runs.', '',
         '## Counts', '', f'- packages: {len(key["packages"])} ({", ".join(f"{k} {v}" for k, v in sorted(vc.items()))})',
         f'- documents listed in key.json: {nd} (text status: {", ".join(f"{k} {v}" for k, v in sorted(tc.items()))})', '',
         '## Producers (documents per base producer / post-processing)', '']
    for k, v in sorted(pc.items(), key=lambda x: -x[1]):
        L.append(f'- {k}: {v}')
    L += ['', '## Packages', '', '| zip | verdict | causes | defects |', '|---|---|---|---|']
    for z, p in key['packages'].items():
        L.append(f"| {z} | {p['verdict']} | {', '.join(p['causes'])} | {'; '.join(p['defects']) or '—'} |")
    L += ['', '## Notes', '',
          '- Submission dates 2025-01-20…26; audit years required: 2022 and 2023.',
          '- C03 and C10 are GBK-named zips without the UTF-8 flag (as Windows Explorer writes them); C06 holds a nested zip; C08 has __MACOSX/.DS_Store junk.',
          '- C05: every material except the sample papers is a legible scan (grayscale 150 dpi, seals grey; letter/licence scans image-only, form and work plan with a reportlab render-mode-3 layer, one audit and the implementation plan with an ocrmypdf layer). Verdict pass. It is the largest zip (~1.1 MB).',
          '- C07 has an encrypted credit report plus a readable copy (pass); C11 has the pledge both as .docx and as a stamped PDF (pass); C12 has its 民办非企业单位登记证书 saved as 信用报告.pdf (pass).',
          '- C22 has a fail defect (行政处罚 查见 1 条) and a review defect (unsealed 廉洁责任书): fail.',
          '- C20 and C21 are the same organisation (same credit code) applying for 营养师（公共营养师） twice: both fail.',
          '- C25: the application form and the other self-written materials name 上海优家保洁服务有限公司; licence, credit report and audit reports name 上海优家家政服务有限公司 (key organisation = registered name).',
          '- selfcheck_meta.json lists, per zip, the accepted organisation names and documents exempt from the name check (C23 letter names another organisation).',
          ]
    open(os.path.join(BASE, 'README.md'), 'w').write('\n'.join(L) + '\n')


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'one':
        # quick preview of one package's plan
        pk = [p for p in packages() if p['id'] == sys.argv[2]]
        plans = render_all(pk)
    elif len(sys.argv) > 1 and sys.argv[1] == 'only':
        main(set(sys.argv[2:]))
    else:
        main()
