# -*- coding: utf-8 -*-
"""Foundations for generate.py (part final7): codes, occupations, seals, renderers,
scans.  Everything here is deterministic given the random.Random passed in."""
import os, io, re, math, json, random, shutil, subprocess, zipfile, tempfile, html
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageOps, ImageChops

ROOT = Path(__file__).resolve().parent
WORK = ROOT / 'build'
WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

# ---------------------------------------------------------------- credit codes
ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(s8):
    s = sum(ALNUM36.index(c) * w for c, w in zip(s8, W11714))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc_check(s17):
    s = sum(USCC.index(c) * w for c, w in zip(s17, W18))
    return USCC[(31 - s % 31) % 31]


def code_valid(code):
    if len(code) != 18 or any(c not in USCC for c in code):
        return False
    return org_check(code[8:16]) == code[16] and uscc_check(code[:17]) == code[17]


def make_code(rnd, prefix, div, style='new', bad=None):
    """prefix: '91','52','51','12'; div: 6-digit division. bad: None|'pos18'|'embedded'."""
    while True:
        if style == 'new':
            body = 'MA' + rnd.choice('1234567') + ''.join(rnd.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(5))
        elif style == 'mj':
            body = 'MJ' + ''.join(rnd.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
        else:  # old numeric organisation code
            body = ''.join(rnd.choice('0123456789') for _ in range(8))
        chk = org_check(body)
        s17 = prefix + div + body + chk
        code = s17 + uscc_check(s17)
        if bad is None:
            return code
        if bad == 'pos18':
            good = code[17]
            wrong = USCC[(USCC.index(good) + rnd.randint(3, 20)) % 31]
            return code[:17] + wrong
        if bad == 'embedded':
            digits = [d for d in '0123456789X' if d != chk and d in USCC]
            d2 = rnd.choice(digits)
            s17b = prefix + div + body + d2
            return s17b + uscc_check(s17b)


def _selftest_codes():
    assert code_valid('91310115MA1FL0A00C')
    assert code_valid('52310104MJ5K3L7D1F')
    assert code_valid('123100004250018698')
    assert not code_valid('91310115MA1FL0A00D')
    assert not code_valid('52310104MJ5K3L7D0C')
    assert uscc_check('52310104MJ5K3L7D0') == 'C'


_selftest_codes()

# ---------------------------------------------------------------- occupations (附件)
NOTICE_OCCS = [
    ('3-01-01-02', '政务服务办事员', [5, 4, 3]), ('4-03-02-10', '调饮师', [5, 4, 3, 2, 1]),
    ('4-03-02-11', '食品安全管理师', [5, 4, 3, 2, 1]), ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [4, 3, 2, 1]),
    ('4-04-04-05', '数字化解决方案设计师', [4, 3, 2, 1]), ('4-04-05-10', '数字孪生应用技术员', [5, 4, 3, 2, 1]),
    ('4-06-02-02', '房地产策划师', [4, 3, 2, 1]), ('4-07-02-02', '科技咨询师', [3, 2, 1]),
    ('4-07-02-04', '信用管理师', [4, 3, 2, 1]), ('4-08-05-06', '计量员（热工计量员）', [4, 3]),
    ('4-08-08-04', '色彩搭配师', [4, 3, 2, 1]), ('4-09-07-04', '碳排放管理员', [5]),
    ('4-09-07-04', '碳排放管理员（碳排放监测员）', [4, 3, 2, 1]), ('4-09-07-04', '碳排放管理员（碳排放核算员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放核查员）', [4, 3, 2, 1]), ('4-09-07-04', '碳排放管理员（碳排放交易员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放咨询员）', [3, 2, 1]), ('4-09-07-04', '碳排放管理员（民航碳排放管理员）', [4, 3, 2, 1]),
    ('4-09-07-06', '建筑节能减排咨询师', [5, 4, 3, 2, 1]), ('4-09-08-01', '保洁员', [5, 4, 3]),
    ('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3]), ('4-09-10-03', '盆景师', [5, 4, 3, 2, 1]),
    ('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4, 3]), ('4-14-01-02', '医疗护理员', [5, 4, 3, 2, 1]),
    ('4-14-02-01', '营养师（公共营养师）', [4, 3, 2, 1]), ('4-14-03-01', '助听器验配师', [4, 3, 2, 1]),
    ('4-14-04-04', '社群健康助理员', [4, 3, 2]), ('6-11-01-03', '化工总控工', [5, 4, 3, 2, 1]),
] + [('6-12-03-00', '药物制剂工（%s）' % b, [5, 4, 3, 2, 1]) for b in (
    '片剂制备', '注射剂制备', '液体制剂制备', '胶囊剂制备', '气雾剂与喷雾剂制备', '滴丸剂制备', '软膏剂与乳膏剂制备',
    '栓剂与膜剂制备', '贴膏剂制备', '制剂与医用制品灭菌', '浸出药剂制备', '泛制丸与塑制丸制备', '散剂、茶剂与灸熨剂制备',
    '膏药制备', '胶剂制备', '提取物制备', '颗粒剂制备')] + [
    ('6-18-01-13', '增材制造设备操作员', [5, 4, 3, 2, 1]), ('6-29-03-04', '管工', [5, 4, 3, 2, 1]),
    ('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2, 1])]
assert len(NOTICE_OCCS) == 48
NOTICE_MAP = {(c, n): lv for c, n, lv in NOTICE_OCCS}


def occ_allowed(code, name, level):
    return level in NOTICE_MAP.get((code, name), [])


def split_occ(name):
    m = re.match(r'^(.*?)（(.*)）$', name)
    return (m.group(1), m.group(2)) if m else (name, '')


LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVT = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LVS = {5: '初级', 4: '中级', 3: '高级', 2: '技师', 1: '高级技师'}
CN_NUM = '〇一二三四五六七八九'


def cn_int(n):
    if n <= 10:
        return '十' if n == 10 else CN_NUM[n]
    if n < 20:
        return '十' + CN_NUM[n % 10]
    return CN_NUM[n // 10] + '十' + (CN_NUM[n % 10] if n % 10 else '')


def cn_year(y):
    return ''.join(CN_NUM[int(d)] for d in str(y))


def cn_date(y, m, d):
    return '%s年%s月%s日' % (cn_year(y), cn_int(m), cn_int(d))


def ar_date(y, m, d):
    return '%d年%d月%d日' % (y, m, d)


def lv_range(levels, sep='至'):
    ls = sorted(levels, reverse=True)
    if len(ls) == 1:
        return LV[ls[0]]
    contiguous = all(ls[i] - 1 == ls[i + 1] for i in range(len(ls) - 1))
    if contiguous:
        return LV[ls[0]] + sep + LV[ls[-1]]
    return '、'.join(LV[x] for x in ls)


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- seals (Pillow PNG)
def seal_png(name, path, rnd, size=280, color=(214, 32, 36), bottom='', faint=False):
    img = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    r = size / 2 - 8
    d.ellipse([c - r, c - r, c + r, c + r], outline=color + (235,), width=int(size * 0.03))
    # star
    pts = []
    R, r2 = size * 0.13, size * 0.052
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r2
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=color + (235,))
    font = ImageFont.truetype(WQY, int(size * (0.105 if len(name) <= 14 else 0.085)))
    n = len(name)
    span = min(250, 18 * n + 20)
    start = 90 + span / 2
    for i, ch in enumerate(name):
        ang = math.radians(start - i * span / max(n - 1, 1))
        rr = r * 0.76
        x = c + rr * math.cos(ang)
        y = c - rr * math.sin(ang)
        tile = Image.new('RGBA', (int(size * 0.16), int(size * 0.16)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((tile.width / 2, tile.height / 2), ch, font=font, fill=color + (235,), anchor='mm')
        tile = tile.rotate(math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if bottom:
        f2 = ImageFont.truetype(WQY, int(size * 0.075))
        d.text((c, c + size * 0.24), bottom, font=f2, fill=color + (235,), anchor='mm')
    # ink texture: knock out random specks
    px = img.load()
    for _ in range(size * size // 45):
        x, y = rnd.randrange(size), rnd.randrange(size)
        rr_, g, b, a = px[x, y]
        if a:
            px[x, y] = (rr_, g, b, int(a * rnd.uniform(0.2, 0.8)))
    if faint:
        img.putalpha(img.getchannel('A').point(lambda v: v // 3))
    img.save(path)
    return path


def seal_svg(name, size=150, color='#d42024', bottom=''):
    c = size / 2
    r = size / 2 - 4
    rr = r * 0.76
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        q = size * 0.13 if i % 2 == 0 else size * 0.052
        pts.append('%.1f,%.1f' % (c + q * math.cos(a), c + q * math.sin(a)))
    fs = size * (0.105 if len(name) <= 14 else 0.085)
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="opacity:.86">'
            '<defs><path id="sa%d" d="M %.1f,%.1f A %.1f,%.1f 0 1,1 %.1f,%.1f"/></defs>'
            '<circle cx="%.1f" cy="%.1f" r="%.1f" fill="none" stroke="%s" stroke-width="%.1f"/>'
            '<polygon points="%s" fill="%s"/>'
            '<text font-family="WenQuanYi Zen Hei" font-size="%.1f" fill="%s" text-anchor="middle">'
            '<textPath href="#sa%d" startOffset="50%%">%s</textPath></text>'
            '<text x="%.1f" y="%.1f" font-family="WenQuanYi Zen Hei" font-size="%.1f" fill="%s" text-anchor="middle">%s</text></svg>'
            % (size, size, size, size, len(name) * 7 + size, c - rr * 0.97, c + rr * 0.45, rr, rr, c + rr * 0.97, c + rr * 0.45,
               c, c, r, color, size * 0.03, ' '.join(pts), color, fs, color, len(name) * 7 + size, esc(name),
               c, c + size * 0.27, size * 0.075, color, esc(bottom)))


def seal_css(name, size=140):
    n = len(name)
    span = min(250, 18 * n + 20)
    spans = []
    for i, ch in enumerate(name):
        a = -span / 2 + i * span / max(n - 1, 1)
        spans.append('<span style="position:absolute;left:%dpx;top:6px;height:%dpx;transform-origin:50%% 100%%;'
                     'transform:rotate(%.1fdeg);font-size:%dpx">%s</span>' % (size / 2 - 7, size / 2 - 6, a, 14 if n <= 14 else 11, esc(ch)))
    return ('<div class="cseal" style="position:relative;width:%dpx;height:%dpx;border:4px solid rgba(210,20,30,.85);'
            'border-radius:50%%;color:rgba(210,20,30,.85);font-family:\'WenQuanYi Zen Hei\'">%s'
            '<div style="position:absolute;left:0;right:0;top:%dpx;text-align:center;font-size:38px">★</div></div>'
            % (size, size, ''.join(spans), size / 2 - 26))


# ---------------------------------------------------------------- reportlab seal
def rl_seal(c, cx, cy, r, name, font, color=(0.84, 0.12, 0.14), bottom=''):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    try:
        c.setFillAlpha(0.88)
        c.setStrokeAlpha(0.88)
    except Exception:
        pass
    c.setLineWidth(r * 0.06)
    c.circle(cx, cy, r, stroke=1, fill=0)
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        q = r * 0.27 if i % 2 == 0 else r * 0.11
        x, y = cx + q * math.cos(a), cy + q * math.sin(a)
        (p.moveTo if i == 0 else p.lineTo)(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(name)
    span = min(250, 18 * n + 20)
    fs = r * (0.21 if n <= 14 else 0.17)
    start = 90 + span / 2
    for i, ch in enumerate(name):
        ang = start - i * span / max(n - 1, 1)
        rad = math.radians(ang)
        rr = r * 0.74
        c.saveState()
        c.translate(cx + rr * math.cos(rad), cy + rr * math.sin(rad))
        c.rotate(ang - 90)
        c.setFont(font, fs)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    if bottom:
        c.setFont(font, r * 0.15)
        c.drawCentredString(cx, cy - r * 0.55, bottom)
    c.restoreState()


# ---------------------------------------------------------------- IR renderers
# A document is a list of blocks:
#  ('lh', issuer, docno|None)   red letterhead         ('title', text)  ('h', text)
#  ('p', text) indented   ('pn', text)   ('right', text)   ('center', text)   ('small', text)
#  ('table', rows, widths, header_rows)   ('kv', [(k, v), ...])
#  ('sign', lines, seal_name|None, seal_bottom)   ('pb',)   ('sp', mm)

_RL_FONTS = {}


def rl_font(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if kind in _RL_FONTS:
        return _RL_FONTS[kind]
    if kind == 'wqy':
        pdfmetrics.registerFont(TTFont('WQYZenHei', WQY, subfontIndex=0))
        _RL_FONTS[kind] = 'WQYZenHei'
    elif kind == 'cid':
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        _RL_FONTS[kind] = 'STSong-Light'
    return _RL_FONTS[kind]


def render_rl(blocks, path, font_kind='wqy', title='', author='', fontsize=11.5, margins=(25, 22), page_header=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    font = rl_font(font_kind)
    lead = fontsize * 1.75
    S = {
        'p': ParagraphStyle('p', fontName=font, fontSize=fontsize, leading=lead, wordWrap='CJK', firstLineIndent=fontsize * 2),
        'pn': ParagraphStyle('pn', fontName=font, fontSize=fontsize, leading=lead, wordWrap='CJK'),
        'right': ParagraphStyle('r', fontName=font, fontSize=fontsize, leading=lead, alignment=TA_RIGHT),
        'center': ParagraphStyle('c', fontName=font, fontSize=fontsize, leading=lead, alignment=TA_CENTER, wordWrap='CJK'),
        'small': ParagraphStyle('s', fontName=font, fontSize=fontsize - 2.5, leading=(fontsize - 2.5) * 1.5, wordWrap='CJK'),
        'title': ParagraphStyle('t', fontName=font, fontSize=fontsize + 6, leading=(fontsize + 6) * 1.5, alignment=TA_CENTER, wordWrap='CJK', spaceAfter=8, spaceBefore=4),
        'h': ParagraphStyle('h', fontName=font, fontSize=fontsize + 1, leading=lead, wordWrap='CJK', spaceBefore=5),
        'cell': ParagraphStyle('cell', fontName=font, fontSize=fontsize - 1.5, leading=(fontsize - 1.5) * 1.45, wordWrap='CJK'),
        'lh': ParagraphStyle('lh', fontName=font, fontSize=24, leading=32, alignment=TA_CENTER, textColor=colors.HexColor('#d01818'), wordWrap='CJK'),
    }
    story = []

    class Sign(Flowable):
        def __init__(self, lines, seal, bottom):
            super().__init__()
            self.lines, self.seal, self.bottom = lines, seal, bottom

        def wrap(self, aw, ah):
            self.aw = aw
            self.h = max(len(self.lines) * lead + 14, 112 if self.seal else 0)
            return aw, self.h

        def draw(self):
            c = self.canv
            c.setFont(font, fontsize)
            y = self.h - lead
            right = self.aw - 18
            for ln in self.lines:
                c.drawRightString(right, y, ln)
                y -= lead
            if self.seal:
                rl_seal(c, right - 62, self.h - lead - 12, 48, self.seal, font, bottom=self.bottom)

    for b in blocks:
        k = b[0]
        if k == 'lh':
            story.append(Paragraph(esc(b[1]), S['lh']))
            if b[2]:
                story.append(Spacer(1, 4))
                story.append(Paragraph(esc(b[2]), S['center']))
            story.append(HRFlowable(width='100%', thickness=1.6, color=colors.HexColor('#d01818'), spaceBefore=2, spaceAfter=10))
        elif k in ('title', 'h', 'p', 'pn', 'right', 'center', 'small'):
            story.append(Paragraph(esc(b[1]).replace('\n', '<br/>'), S[k]))
        elif k == 'table':
            rows, widths = b[1], b[2]
            hdr = b[3] if len(b) > 3 else 1
            tot = sum(widths)
            aw = A4[0] - 2 * margins[1] * mm
            data = [[Paragraph(esc(str(x)).replace('\n', '<br/>'), S['cell']) for x in r] for r in rows]
            # pad short rows (spans are not modelled)
            n = max(len(r) for r in data)
            data = [r + [''] * (n - len(r)) for r in data]
            t = Table(data, colWidths=[aw * w / tot for w in widths], repeatRows=hdr)
            st = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if hdr:
                st.append(('BACKGROUND', (0, 0), (-1, hdr - 1), colors.HexColor('#eeeeee')))
            for ri, r in enumerate(rows):
                if len(r) < n:
                    st.append(('SPAN', (len(r) - 1, ri), (n - 1, ri)))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == 'kv':
            for kk, vv in b[1]:
                story.append(Paragraph('%s：%s' % (esc(kk), esc(vv)), S['pn']))
        elif k == 'sign':
            story.append(Sign(b[1], b[2], b[3] if len(b) > 3 else ''))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'sp':
            story.append(Spacer(1, b[1] * mm))

    def on_page(c, d):
        if page_header:
            c.saveState()
            c.setFont(font, 8.5)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(margins[1] * mm, A4[1] - 12 * mm, page_header)
            c.drawRightString(A4[0] - margins[1] * mm, 10 * mm, '第 %d 页' % d.page)
            c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins[1] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[0] * mm, bottomMargin=margins[0] * mm, title=title, author=author,
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


def render_docx(blocks, path, rnd, font='宋体', size=12, seal_dir=None):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)

    def run(p, text, sz=None, bold=False, color=None, fnt=None):
        r = p.add_run(text)
        if sz:
            r.font.size = Pt(sz)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor(*color)
        if fnt:
            r.font.name = fnt
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), fnt)
        return r

    for b in blocks:
        k = b[0]
        if k == 'lh':
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1], 22, True, (0xD0, 0x18, 0x18))
            if b[2]:
                p2 = d.add_paragraph()
                p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(p2, b[2], size)
                p = p2
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr')
            bot = OxmlElement('w:bottom')
            for kk, vv in (('w:val', 'single'), ('w:sz', '18'), ('w:space', '4'), ('w:color', 'D01818')):
                bot.set(qn(kk), vv)
            bdr.append(bot)
            pPr.append(bdr)
        elif k == 'title':
            for ln in b[1].split('\n'):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(p, ln, size + 6, True)
        elif k == 'h':
            p = d.add_paragraph()
            run(p, b[1], size + 1, True)
        elif k in ('p', 'pn', 'small'):
            p = d.add_paragraph()
            if k == 'p':
                p.paragraph_format.first_line_indent = Pt(size * 2)
            p.paragraph_format.line_spacing = 1.4
            run(p, b[1], size - 2 if k == 'small' else None)
        elif k in ('right', 'center'):
            for ln in b[1].split('\n'):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if k == 'right' else WD_ALIGN_PARAGRAPH.CENTER
                run(p, ln)
        elif k == 'kv':
            for kk, vv in b[1]:
                p = d.add_paragraph()
                run(p, kk + '：', bold=True)
                run(p, vv)
        elif k == 'table':
            rows, widths = b[1], b[2]
            n = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=n)
            t.style = 'Table Grid'
            tot = sum(widths)
            for ri, r in enumerate(rows):
                cells = t.rows[ri].cells
                if len(r) < n:
                    cells[len(r) - 1].merge(cells[n - 1])
                for ci, v in enumerate(r):
                    cell = t.rows[ri].cells[ci]
                    cell.text = ''
                    lines = str(v).split('\n')
                    cell.paragraphs[0].add_run(lines[0]).font.size = Pt(size - 1.5)
                    for ln in lines[1:]:
                        cell.add_paragraph().add_run(ln).font.size = Pt(size - 1.5)
                    if ri == 0 and (len(b) < 4 or b[3]):
                        for rr in cell.paragraphs[0].runs:
                            rr.bold = True
            for ci in range(n):
                for ri in range(len(rows)):
                    t.rows[ri].cells[ci].width = Cm(15.8 * widths[min(ci, len(widths) - 1)] / tot)
            d.add_paragraph()
        elif k == 'sign':
            lines, seal = b[1], b[2]
            if seal:
                png = Path(seal_dir) / ('seal_%08x.png' % __import__('zlib').crc32(seal.encode()))
                seal_png(seal, png, rnd, bottom=b[3] if len(b) > 3 else '')
            for i, ln in enumerate(lines):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run(p, ln)
                if seal and i == 0:
                    p2 = d.add_paragraph()
                    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p2.add_run().add_picture(str(png), width=Cm(3.9))
        elif k == 'pb':
            d.add_page_break()
        elif k == 'sp':
            d.add_paragraph()
    d.core_properties.author = rnd.choice(['Administrator', 'admin', 'user', '微软用户', 'HP', 'Lenovo'])
    d.save(str(path))
    return path


def render_odt(blocks, path, font='Noto Sans CJK SC', size=11):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties)
    from odf.text import P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()

    def pst(name, align='start', sz=size, bold=False, color=None, indent=False, brk=False, border=False):
        s = Style(name=name, family='paragraph')
        pp = dict(textalign=align, margintop='0.05cm', marginbottom='0.12cm')
        if indent:
            pp['textindent'] = '0.8cm'
        if brk:
            pp['breakbefore'] = 'page'
        if border:
            pp['borderbottom'] = '1.5pt solid #d01818'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontfamily=font, fontfamilyasian=font, fontsize='%spt' % sz, fontsizeasian='%spt' % sz)
        if bold:
            tp.update(fontweight='bold', fontweightasian='bold')
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    ST = {'p': pst('P1', indent=True), 'pn': pst('P2'), 'right': pst('P3', 'end'), 'center': pst('P4', 'center'),
          'title': pst('P5', 'center', size + 5, True), 'h': pst('P6', sz=size + 1, bold=True),
          'small': pst('P7', sz=size - 2), 'lh': pst('P8', 'center', 22, True, '#d01818', border=True),
          'cell': pst('P9', sz=size - 1), 'brk': pst('P10', brk=True)}
    cs = Style(name='C1', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    pending_break = False
    for b in blocks:
        k = b[0]
        if k == 'pb':
            pending_break = True
            continue
        if pending_break:
            doc.text.addElement(P(stylename=ST['brk'], text=''))
            pending_break = False
        if k == 'lh':
            doc.text.addElement(P(stylename=ST['lh'], text=b[1] + ('\u3000' + b[2] if b[2] else '')))
        elif k in ('title', 'right', 'center'):
            for ln in b[1].split('\n'):
                doc.text.addElement(P(stylename=ST[k], text=ln))
        elif k in ('h', 'p', 'pn', 'small'):
            doc.text.addElement(P(stylename=ST[k], text=b[1]))
        elif k == 'kv':
            for kk, vv in b[1]:
                doc.text.addElement(P(stylename=ST['pn'], text='%s：%s' % (kk, vv)))
        elif k == 'table':
            rows, widths = b[1], b[2]
            n = max(len(r) for r in rows)
            tname = 'T%d' % id(b)
            ts = Style(name=tname, family='table')
            ts.addElement(TableProperties(width='16cm', align='center'))
            doc.automaticstyles.addElement(ts)
            t = Table(name=tname, stylename=ts)
            tot = sum(widths)
            for ci in range(n):
                cst = Style(name='%sc%d' % (tname, ci), family='table-column')
                cst.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16 * widths[min(ci, len(widths) - 1)] / tot)))
                doc.automaticstyles.addElement(cst)
                t.addElement(TableColumn(stylename=cst))
            for r in rows:
                tr = TableRow()
                for ci, v in enumerate(r):
                    span = (n - len(r) + 1) if ci == len(r) - 1 else 1
                    tc = TableCell(stylename=cs, numbercolumnsspanned=span) if span > 1 else TableCell(stylename=cs)
                    for ln in str(v).split('\n'):
                        tc.addElement(P(stylename=ST['cell'], text=ln))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=ST['pn'], text=''))
        elif k == 'sign':
            for ln in b[1]:
                doc.text.addElement(P(stylename=ST['right'], text=ln))
        elif k == 'sp':
            doc.text.addElement(P(stylename=ST['pn'], text=''))
    doc.save(str(path))
    return path


HTML_CSS = {
    'gov': """@page{size:A4;margin:30mm 26mm 28mm 28mm} body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:16pt;line-height:1.75;color:#111}
.lh{color:#d01818;text-align:center;font-size:30pt;font-weight:bold;letter-spacing:2px;margin:0 0 6px}
.docno{text-align:center;font-size:15pt;margin-bottom:4px}.rule{border-top:2.5px solid #d01818;margin:6px 0 22px}
h1{font-size:20pt;text-align:center;font-weight:bold;line-height:1.5;margin:14px 0}""",
    'corp': """@page{size:A4;margin:22mm 20mm} body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:11pt;line-height:1.7;color:#222}
.lh{color:#1d3c78;text-align:left;font-size:17pt;font-weight:bold;border-bottom:3px solid #1d3c78;padding-bottom:4px}
.docno{text-align:right;font-size:10pt;color:#555}.rule{margin:8px 0}
h1{font-size:17pt;text-align:center;margin:18px 0 12px}""",
    'plain': """@page{size:A4;margin:24mm 22mm} body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:12pt;line-height:1.65}
.lh{color:#c00;text-align:center;font-size:24pt;font-weight:bold}.docno{text-align:center}.rule{border-top:2px solid #c00;margin:6px 0 16px}
h1{font-size:18pt;text-align:center}""",
}
HTML_CSS['serif'] = HTML_CSS['gov'].replace("'WenQuanYi Zen Hei',sans-serif", "'Noto Serif CJK SC',serif")
HTML_COMMON = """p{margin:0 0 4px} .p{text-indent:2em} .right{text-align:right} .center{text-align:center} .small{font-size:.8em;color:#333}
h2{font-size:1.05em;margin:10px 0 4px} table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:.86em}
td,th{border:1px solid #222;padding:4px 6px;vertical-align:middle} th{background:#f0f0f0}
.sign{position:relative;text-align:right;margin-top:24px;padding-right:18px;min-height:120px}
.sealbox{position:absolute;right:40px;top:-38px} .pb{page-break-after:always}"""


def render_html(blocks, path, style='plain', seal='svg', head_note=''):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>', HTML_CSS[style], HTML_COMMON, '</style></head><body>']
    if head_note:
        out.append('<div class="small" style="text-align:right">%s</div>' % esc(head_note))
    for b in blocks:
        k = b[0]
        if k == 'lh':
            out.append('<div class="lh">%s</div>' % esc(b[1]))
            if b[2]:
                out.append('<div class="docno">%s</div>' % esc(b[2]))
            out.append('<div class="rule"></div>')
        elif k == 'title':
            out.append('<h1>%s</h1>' % esc(b[1]).replace('\n', '<br>'))
        elif k == 'h':
            out.append('<h2>%s</h2>' % esc(b[1]))
        elif k in ('p', 'pn', 'right', 'center', 'small'):
            out.append('<p class="%s">%s</p>' % ('p' if k == 'p' else k, esc(b[1]).replace('\n', '<br>')))
        elif k == 'kv':
            out.append('<table>' + ''.join('<tr><th style="width:28%%;text-align:left">%s</th><td>%s</td></tr>' % (esc(a), esc(v)) for a, v in b[1]) + '</table>')
        elif k == 'table':
            rows, widths = b[1], b[2]
            n = max(len(r) for r in rows)
            hdr = b[3] if len(b) > 3 else 1
            tot = sum(widths)
            s = ['<table><colgroup>' + ''.join('<col style="width:%.1f%%">' % (100 * widths[min(i, len(widths) - 1)] / tot) for i in range(n)) + '</colgroup>']
            for ri, r in enumerate(rows):
                tag = 'th' if ri < hdr else 'td'
                cells = []
                for ci, v in enumerate(r):
                    span = n - len(r) + 1 if ci == len(r) - 1 and len(r) < n else 1
                    cells.append('<%s%s>%s</%s>' % (tag, ' colspan="%d"' % span if span > 1 else '', esc(str(v)).replace('\n', '<br>'), tag))
                s.append('<tr>%s</tr>' % ''.join(cells))
            s.append('</table>')
            out.append(''.join(s))
        elif k == 'sign':
            lines, sealname = b[1], b[2]
            sealhtml = ''
            if sealname:
                sealhtml = '<div class="sealbox">%s</div>' % (seal_svg(sealname, bottom=b[3] if len(b) > 3 else '') if seal == 'svg' else seal_css(sealname))
            out.append('<div class="sign">%s%s</div>' % (''.join('<p>%s</p>' % esc(x) for x in lines), sealhtml))
        elif k == 'pb':
            out.append('<div class="pb"></div>')
        elif k == 'sp':
            out.append('<div style="height:%dmm"></div>' % b[1])
    out.append('</body></html>')
    Path(path).write_text('\n'.join(out), encoding='utf-8')
    return path


# ---------------------------------------------------------------- converters
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s' % (cmd[0], r.stderr.decode('utf-8', 'replace')[-800:]))
    return r


def lo_convert(src, outdir):
    run(['soffice', '--headless', '--norestore', '-env:UserInstallation=file:///tmp/lo_final7_profile',
         '--convert-to', 'pdf', '--outdir', str(outdir), str(src)], timeout=240)
    out = Path(outdir) / (Path(src).stem + '.pdf')
    assert out.exists(), out
    return out


def chromium_pdf(html_path, out):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr_final7',
         '--print-to-pdf=%s' % out, 'file://%s' % Path(html_path).resolve()], timeout=120)
    assert Path(out).exists()
    return out


def gs_redistill(src, out, extra=()):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5'] + list(extra) +
        ['-sOutputFile=%s' % out, str(src)], timeout=240)
    return out


def qpdf_encrypt(src, out, user='2025sh', owner='owner447'):
    run(['qpdf', '--encrypt', user, owner, '256', '--', str(src), str(out)])
    return out


def truncate_pdf(src, out, keep=0.18):
    data = Path(src).read_bytes()
    n = max(900, int(len(data) * keep))
    Path(out).write_bytes(data[:n])
    return out


def pdf_pages(src):
    r = run(['pdfinfo', str(src)])
    m = re.search(r'Pages:\s+(\d+)', r.stdout.decode())
    return int(m.group(1))


def merge_pdfs(srcs, out):
    run(['qpdf', '--empty', '--pages'] + [str(s) for s in srcs] + ['--', str(out)])
    return out


# ---------------------------------------------------------------- scans and photos
def rasterize(src, dpi, gray=False, first=None, last=None):
    tmp = Path(tempfile.mkdtemp(dir=WORK))
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    if first:
        cmd += ['-f', str(first)]
    if last:
        cmd += ['-l', str(last)]
    run(cmd + [str(src), str(tmp / 'pg')])
    imgs = [Image.open(p).convert('L' if gray else 'RGB') for p in sorted(tmp.glob('pg*.png'))]
    for im in imgs:
        im.load()
    shutil.rmtree(tmp)
    return imgs


def degrade(img, rnd, angle=0.0, noise=10, blur=0.0, faint=False, tint=None, dust=True):
    mode = img.mode
    bg = 255 if mode == 'L' else (255, 255, 255)
    if tint and mode == 'RGB':
        img = ImageChops.multiply(img, Image.new('RGB', img.size, tint))
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if noise:
        n = Image.effect_noise(img.size, noise).convert('L').point(lambda v: max(0, min(255, 128 + (v - 128))))
        if mode == 'RGB':
            n = Image.merge('RGB', (n, n, n))
        img = ImageChops.add(ImageChops.subtract(img, Image.new(mode, img.size, (14,) * 3 if mode == 'RGB' else 14)),
                             n.point(lambda v: max(0, v - 114)))
    if dust:
        d = ImageDraw.Draw(img)
        for _ in range(rnd.randint(20, 60)):
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            s = rnd.randint(1, 3)
            d.ellipse([x, y, x + s, y + s], fill=(90 if mode == 'L' else (90, 90, 90)))
    if faint:
        img = ImageEnhance.Contrast(img).enhance(0.3)
        img = ImageEnhance.Brightness(img).enhance(1.25)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img


def images_to_pdf(imgs, out, dpi, quality=55):
    tmp = Path(tempfile.mkdtemp(dir=WORK))
    files = []
    for i, im in enumerate(imgs):
        f = tmp / ('p%03d.jpg' % i)
        im.save(f, 'JPEG', quality=quality, dpi=(dpi, dpi), optimize=True)
        files.append(str(f))
    run(['img2pdf', '--output', str(out)] + files)
    shutil.rmtree(tmp)
    return out


def scan_images(src, rnd, dpi=150, gray=True, angle=None, noise=4, blur=0.0, faint=False, tint=None, pages=None):
    first, last = (pages if pages else (None, None))
    imgs = rasterize(src, dpi, gray, first, last)
    return [degrade(im, rnd, angle if angle is not None else rnd.uniform(-1.2, 1.2), noise, blur, faint, tint) for im in imgs]


def scan_pdf(src, out, rnd, dpi=150, gray=True, angle=None, noise=4, blur=0.0, faint=False, quality=42, tint=None, pages=None):
    imgs = scan_images(src, rnd, dpi, gray, angle, noise, blur, faint, tint, pages)
    return images_to_pdf(imgs, out, dpi, quality)


def ocrmypdf_layer(src, out):
    run(['ocrmypdf', '-q', '-l', 'chi_sim+eng', '--output-type', 'pdf', '--optimize', '0', '--jobs', '1', str(src), str(out)],
        timeout=600, env=dict(os.environ, OMP_THREAD_LIMIT='1'))
    return out


def rl3_layer(text_src, imgs, out, quality=42):
    """Build a scan PDF from page images with an invisible (render mode 3) text layer taken
    from the line boxes of the text PDF the scan was made from."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    font = rl_font('wqy')
    tmp = Path(tempfile.mkdtemp(dir=WORK))
    run(['pdftotext', '-bbox-layout', str(text_src), str(tmp / 'b.html')])
    xml = (tmp / 'b.html').read_text(encoding='utf-8')
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S)
    c = canvas.Canvas(str(out), invariant=1)
    for (pw, ph, body), im in zip(pages, imgs):
        pw, ph = float(pw), float(ph)
        c.setPageSize((pw, ph))
        b = io.BytesIO()
        im.save(b, 'JPEG', quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, pw, ph)
        for lx0, ly0, lx1, ly1, lbody in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', body, re.S):
            words = re.findall(r'>([^<]*)</word>', lbody)
            s = html.unescape(' '.join(words)).strip()
            if not s:
                continue
            x0, y0, x1, y1 = map(float, (lx0, ly0, lx1, ly1))
            fs = max(4.0, (y1 - y0) * 0.85)
            w = c.stringWidth(s, font, fs) or 1
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont(font, fs)
            t.setHorizScale(100.0 * (x1 - x0) / w)
            t.setTextOrigin(x0, ph - y1 + fs * 0.15)
            t.textOut(s)
            c.drawText(t)
        c.showPage()
    c.save()
    shutil.rmtree(tmp)
    return out


def photo_jpg(src, out, rnd, page=1, dpi=110, blur=0.6, quality=70, angle=None, shade=True, scale=1.0):
    im = rasterize(src, dpi, False, page, page)[0]
    if scale != 1.0:
        im = im.resize((int(im.width * scale), int(im.height * scale)), Image.BILINEAR)
    W, H = int(im.width * 1.18), int(im.height * 1.12)
    base = Image.new('RGB', (W, H), (rnd.randint(120, 160), rnd.randint(95, 120), rnd.randint(70, 90)))
    bd = ImageDraw.Draw(base)
    for i in range(0, H, 7):
        bd.line([(0, i), (W, i + rnd.randint(-4, 4))], fill=(rnd.randint(110, 150), rnd.randint(85, 110), rnd.randint(60, 80)), width=2)
    a = angle if angle is not None else rnd.uniform(-4, 4)
    page_img = im.convert('RGBA').rotate(a, resample=Image.BICUBIC, expand=True)
    base.paste(page_img, ((W - page_img.width) // 2, (H - page_img.height) // 2), page_img)
    if shade:
        grad = Image.linear_gradient('L').rotate(rnd.choice([0, 90, 180, 270])).resize((W, H))
        grad = grad.point(lambda v: 150 + v * 105 // 255)
        base = ImageChops.multiply(base, Image.merge('RGB', (grad, grad, grad)))
        base = ImageChops.multiply(base, Image.new('RGB', base.size, (255, 246, 225)))
    if blur:
        base = base.filter(ImageFilter.GaussianBlur(blur))
    base.save(out, 'JPEG', quality=quality)
    return out


def site_photo(out, rnd, label='', blur=0.0, w=760, h=540):
    """A synthetic photograph of a training room / workshop."""
    im = Image.new('RGB', (w, h), (200, 198, 190))
    d = ImageDraw.Draw(im)
    wall = (rnd.randint(200, 235), rnd.randint(200, 230), rnd.randint(185, 215))
    d.rectangle([0, 0, w, int(h * 0.55)], fill=wall)
    floor = (rnd.randint(120, 160), rnd.randint(110, 140), rnd.randint(100, 120))
    d.polygon([(0, int(h * 0.55)), (w, int(h * 0.55)), (w, h), (0, h)], fill=floor)
    for i in range(4):  # windows
        x = 60 + i * (w - 120) // 4
        d.rectangle([x, 50, x + 120, 200], fill=(175, 205, 230), outline=(240, 240, 240), width=6)
    d.rectangle([w // 2 - 160, 40, w // 2 + 160, 90], fill=(180, 30, 30))
    if label:
        f = ImageFont.truetype(WQY, 26)
        d.text((w // 2, 65), label[:12], font=f, fill=(255, 240, 200), anchor='mm')
    for row in range(3):
        y = int(h * 0.6) + row * 70
        for col in range(5):
            x = 40 + col * 170 + row * 12
            d.rectangle([x, y, x + 130, y + 30], fill=(235, 235, 230), outline=(90, 90, 90))
            d.rectangle([x + 40, y - 40, x + 90, y - 5], fill=(40, 40, 45))
    d.ellipse([w - 90, 20, w - 50, 50], fill=(30, 30, 30))  # camera
    im = degrade(im, rnd, 0, 5, blur, False, None, False)
    im.save(out, 'JPEG', quality=55)
    return out
