#!/usr/bin/env python3
"""Blind test corpus part final27: 24 application packages for 沪人社职〔2024〕447号.
Regenerate: python3 generate.py  (deterministic content, seeded random; needs reportlab,
python-docx, odfpy, pillow, pikepdf, LibreOffice, chromium, ghostscript, qpdf, img2pdf, ocrmypdf)."""
import os, json, random, subprocess, shutil, zipfile, io, html, math
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

R = random.Random(27)
BASE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(BASE, 'build')
PKG = os.path.join(BASE, 'packages')
WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
NOTOSERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
pdfmetrics.registerFont(TTFont('wqy', WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont('wqym', WQY, subfontIndex=1))

# ---------------------------------------------------------------- credit codes
AL = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]

def v36(c):
    return int(c) if c.isdigit() else ord(c) - 55

def org_check(b8):
    c = 11 - sum(v36(ch) * w for ch, w in zip(b8, W9)) % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))

def last_check(s17):
    return AL[(31 - sum(AL.index(ch) * w for ch, w in zip(s17, W18)) % 31) % 31]

def valid(code):
    return (len(code) == 18 and org_check(code[8:16]) == code[16]
            and last_check(code[:17]) == code[17])

def mkcode(cat, region, b8):
    s17 = cat + region + b8 + org_check(b8)
    return s17 + last_check(s17)

assert valid('91310115MA1FL0A00C') and valid('52310104MJ5K3L7D1F') and valid('123100004250018698')
assert not valid('91310115MA1FL0A00D') and not valid('52310104MJ5K3L7D0C')

# ---------------------------------------------------------------- domain data
ALL5 = [5, 4, 3, 2, 1]
OCC = {
    '食品安全管理师': ('4-03-02-11', ALL5), '碳排放管理员（碳排放核算员）': ('4-09-07-04', [4, 3, 2, 1]),
    '医疗护理员': ('4-14-01-02', ALL5), '药物制剂工（片剂制备）': ('6-12-03-00', ALL5),
    '药物制剂工（颗粒剂制备）': ('6-12-03-00', ALL5),
    '网络与信息安全管理师（数据安全管理员）': ('4-04-04-02', [4, 3, 2, 1]),
    '数字化解决方案设计师': ('4-04-04-05', [4, 3, 2, 1]), '调饮师': ('4-03-02-10', ALL5),
    '轨道交通信号工（城市轨道交通信号工）': ('6-29-03-10', ALL5), '保洁员': ('4-09-08-01', [5, 4, 3]),
    '生活垃圾清运工（生活垃圾收集工）': ('4-09-08-02', [5, 4, 3]), '科技咨询师': ('4-07-02-02', [3, 2, 1]),
    '管工': ('6-29-03-04', ALL5), '增材制造设备操作员': ('6-18-01-13', ALL5),
    '营养师（公共营养师）': ('4-14-02-01', [4, 3, 2, 1]), '色彩搭配师': ('4-08-08-04', [4, 3, 2, 1]),
    '建筑节能减排咨询师': ('4-09-07-06', ALL5), '房地产策划师': ('4-06-02-02', [4, 3, 2, 1]),
    '助听器验配师': ('4-14-03-01', [4, 3, 2, 1]), '社群健康助理员': ('4-14-04-04', [4, 3, 2]),
    '盆景师': ('4-09-10-03', ALL5), '数字孪生应用技术员': ('4-04-05-10', ALL5),
    '保健调理师（保健艾灸师）': ('4-10-04-01', [5, 4, 3]), '化工总控工': ('6-11-01-03', ALL5),
    '信用管理师': ('4-07-02-04', [4, 3, 2, 1]), '计量员（热工计量员）': ('4-08-05-06', [4, 3]),
}
LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVN = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
DIST = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹',
        '杨浦区': '杨', '闵行区': '闵', '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金',
        '松江区': '松', '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}
DCODE = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107',
         '虹口区': '310109', '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114',
         '浦东新区': '310115', '金山区': '310116', '松江区': '310117', '青浦区': '310118', '奉贤区': '310120',
         '崇明区': '310151'}
CN = '〇一二三四五六七八九'

def cnyear(y):
    return ''.join(CN[int(d)] for d in str(y))

def cndate(y, m, d):
    def n(x):
        return ('十' if x == 10 else ('十' + CN[x % 10] if x < 20 else CN[x // 10] + '十' + (CN[x % 10] if x % 10 else '')))if x >= 10 else CN[x]
    return f'{cnyear(y)}年{n(m)}月{n(d)}日'

def lvrange(levels):
    ls = sorted(levels, reverse=True)
    return LV[ls[0]] if len(ls) == 1 else f'{LV[ls[0]]}至{LV[ls[-1]]}'

# ---------------------------------------------------------------- seal images
def pil_font(size, serif=False):
    return ImageFont.truetype(NOTOSERIF if serif else NOTO, size, index=2)

def seal_png(text, path, size=360, color=(220, 30, 30, 230), inner=''):
    im = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    d.ellipse([8, 8, size - 8, size - 8], outline=color, width=12)
    # star
    pts = []
    for i in range(10):
        r = 46 if i % 2 == 0 else 19
        a = math.radians(90 + 36 * i)
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=color)
    f = pil_font(int(size * 0.13))
    n = len(text)
    span = min(250, 22 * n)
    for i, ch in enumerate(text):
        th = 90 + span / 2 - (span / (n - 1) * i if n > 1 else 0)
        rad = math.radians(th)
        R_ = c - 52
        x, y = c + R_ * math.cos(rad), c - R_ * math.sin(rad)
        ci = Image.new('RGBA', (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((30, 30), ch, font=f, fill=color, anchor='mm')
        ci = ci.rotate(th - 90, resample=Image.BICUBIC)
        im.alpha_composite(ci, (int(x - 30), int(y - 30)))
    if inner:
        ImageDraw.Draw(im).text((c, c + 80), inner, font=pil_font(int(size * 0.08)), fill=color, anchor='mm')
    im.save(path)
    return path

def rl_seal(cv, cx, cy, text, r=38, col=colors.Color(0.86, 0.12, 0.12, alpha=0.85)):
    cv.saveState()
    cv.setStrokeColor(col); cv.setFillColor(col); cv.setLineWidth(2.2)
    cv.circle(cx, cy, r, stroke=1, fill=0)
    p = cv.beginPath()
    for i in range(10):
        rr = r * 0.28 if i % 2 == 0 else r * 0.11
        a = math.radians(90 + 36 * i)
        (p.moveTo if i == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
    p.close(); cv.drawPath(p, stroke=0, fill=1)
    n = len(text); span = min(250, 21 * n); fs = r * 0.26
    cv.setFont('wqy', fs)
    for i, ch in enumerate(text):
        th = 90 + span / 2 - (span / (n - 1) * i if n > 1 else 0)
        cv.saveState()
        cv.translate(cx + (r - fs * 1.05) * math.cos(math.radians(th)), cy + (r - fs * 1.05) * math.sin(math.radians(th)))
        cv.rotate(th - 90)
        cv.drawCentredString(0, -fs * 0.35, ch)
        cv.restoreState()
    cv.restoreState()

def svg_seal(text, size=150):
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg">'
            '<defs><path id="arc" d="M 35 100 A 65 65 0 1 1 165 100"/></defs>'
            '<circle cx="100" cy="100" r="92" fill="none" stroke="#d8262b" stroke-width="6" opacity="0.85"/>'
            '<polygon points="100,70 108,93 132,93 113,107 120,130 100,116 80,130 87,107 68,93 92,93" fill="#d8262b" opacity="0.85"/>'
            f'<text font-size="21" fill="#d8262b" opacity="0.85" font-family="Noto Sans CJK SC"><textPath href="#arc" startOffset="50%" text-anchor="middle">{html.escape(text)}</textPath></text></svg>')

# ---------------------------------------------------------------- renderers
class SealFlow(Flowable):
    def __init__(self, text, dx=0):
        super().__init__(); self.text = text; self.dx = dx
        self.width = 0; self.height = 0
    def draw(self):
        rl_seal(self.canv, 360 + self.dx, 40, self.text)

def rl_render(blocks, out, font='wqy', size=11, lead=1.7):
    st = lambda **k: ParagraphStyle('x', fontName=font, fontSize=size, leading=size * lead, **k)
    P = {'p': st(firstLineIndent=size * 2), 'pl': st(), 'r': st(alignment=2),
         't': ParagraphStyle('t', fontName=font, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=1, spaceAfter=8),
         'h': ParagraphStyle('h', fontName=font, fontSize=size + 1, leading=(size + 1) * 1.8, spaceBefore=4),
         'no': st(alignment=1),
         'lh': ParagraphStyle('lh', fontName=font, fontSize=22, leading=30, alignment=1, textColor=colors.red),
         'cell': ParagraphStyle('c', fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.35)}
    story = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'pl', 'r', 't', 'h', 'no', 'lh'):
            story.append(Paragraph(html.escape(b[1]).replace('\n', '<br/>'), P[k]))
            if k == 'lh':
                story.append(HLine())
        elif k == 'tbl':
            rows = [[Paragraph(html.escape(str(c)), P['cell']) for c in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            widths = b[2] if len(b) > 2 and b[2] else [170 * mm / ncol] * ncol
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93))]))
            story.append(t); story.append(Spacer(1, 6))
        elif k == 'seal':
            story.append(SealFlow(b[1]))
        elif k == 'br':
            story.append(PageBreak())
        elif k == 'sp':
            story.append(Spacer(1, b[1] if len(b) > 1 else 14))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=25 * mm,
                            bottomMargin=22 * mm, title='', author='')
    doc.build(story)
    return out

class HLine(Flowable):
    def __init__(self):
        super().__init__(); self.width = 0; self.height = 8
    def draw(self):
        self.canv.setStrokeColor(colors.red); self.canv.setLineWidth(1.6)
        self.canv.line(0, 4, 165 * mm, 4)

def docx_render(blocks, out, font='宋体', seals_dir=None):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    sec = d.sections[0]; sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    stl = d.styles['Normal']; stl.font.name = 'Noto Serif CJK SC'; stl.font.size = Pt(11)
    stl.element.rPr.rFonts.set(qn('w:eastAsia'), 'Noto Serif CJK SC')
    for b in blocks:
        k = b[0]
        if k in ('p', 'pl', 'r', 't', 'h', 'no', 'lh'):
            para = d.add_paragraph()
            run = para.add_run(b[1])
            run.font.name = 'Noto Serif CJK SC'
            run._element.rPr.rFonts.set(qn('w:eastAsia'), 'Noto Sans CJK SC' if k in ('t', 'h', 'lh') else 'Noto Serif CJK SC')
            if k == 'p':
                para.paragraph_format.first_line_indent = Pt(22)
            if k in ('t', 'no', 'lh'):
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if k == 'r':
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if k == 't':
                run.font.size = Pt(17); run.bold = True
            if k == 'h':
                run.bold = True; run.font.size = Pt(12)
            if k == 'lh':
                run.font.size = Pt(24); run.font.color.rgb = RGBColor(0xD0, 0x10, 0x10); run.bold = True
        elif k == 'tbl':
            rows = b[1]; ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif k == 'seal':
            png = os.path.join(seals_dir, 'seal_' + __import__('hashlib').md5(b[1].encode()).hexdigest()[:10] + '.png')
            seal_png(b[1], png)
            para = d.add_paragraph(); para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.add_run().add_picture(png, width=Cm(4.0))
        elif k == 'br':
            d.add_page_break()
        elif k == 'sp':
            d.add_paragraph()
    d.save(out)
    return out

def odt_render(blocks, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P as OP
    from odf.table import Table as OT, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def pst(name, **kw):
        s = Style(name=name, family='paragraph')
        s.addElement(TextProperties(fontfamily='Noto Sans CJK SC', fontfamilyasian='Noto Sans CJK SC',
                                    fontsize=kw.get('fs', '11pt'), fontsizeasian=kw.get('fs', '11pt'),
                                    fontweight=kw.get('fw', 'normal'), fontweightasian=kw.get('fw', 'normal'),
                                    color=kw.get('color', '#000000')))
        s.addElement(ParagraphProperties(textalign=kw.get('al', 'start'), textindent=kw.get('ti', '0cm'),
                                         margintop='0.1cm', marginbottom='0.1cm'))
        doc.automaticstyles.addElement(s); return s
    S = {'p': pst('Pp', ti='0.8cm'), 'pl': pst('Ppl'), 'r': pst('Pr', al='end'), 't': pst('Pt', fs='17pt', fw='bold', al='center'),
         'h': pst('Ph', fs='12pt', fw='bold'), 'no': pst('Pno', al='center'), 'lh': pst('Plh', fs='22pt', fw='bold', al='center', color='#d01010'),
         'c': pst('Pc', fs='9.5pt')}
    cs = Style(name='Cell', family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cs)
    brk = Style(name='Brk', family='paragraph'); brk.addElement(ParagraphProperties(breakbefore='page'))
    doc.automaticstyles.addElement(brk)
    pending_break = False
    for b in blocks:
        k = b[0]
        if k in S:
            for line in b[1].split('\n'):
                if pending_break:
                    doc.text.addElement(OP(stylename=brk)); pending_break = False
                doc.text.addElement(OP(stylename=S[k], text=line))
        elif k == 'tbl':
            rows = b[1]; ncol = max(len(r) for r in rows)
            t = OT(); t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for c in list(r) + [''] * (ncol - len(r)):
                    tc = TableCell(stylename=cs); tc.addElement(OP(stylename=S['c'], text=str(c))); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif k == 'br':
            pending_break = True
        elif k == 'sp':
            doc.text.addElement(OP(text=''))
    doc.save(out)
    return out

CSS = {
 'gov': "body{font-family:'Noto Serif CJK SC';font-size:15px;line-height:1.9;margin:0 18mm} .lh{color:#d4161c;font-size:30px;text-align:center;font-weight:bold;letter-spacing:4px;border-bottom:3px solid #d4161c;padding-bottom:6px} .t{font-size:21px;text-align:center;font-family:'Noto Sans CJK SC';font-weight:bold} .p{text-indent:2em} .r{text-align:right} .no{text-align:center} table{border-collapse:collapse;width:100%} td,th{border:1px solid #333;padding:4px;font-size:13px}",
 'web': "body{font-family:'Noto Sans CJK SC';font-size:13px;line-height:1.6;margin:0 12mm;color:#222} .bar{background:#1d5fa8;color:#fff;padding:6px 10px;font-size:12px} .t{font-size:19px;text-align:center;font-weight:bold;margin:10px} .p{text-indent:2em} .r{text-align:right} .h{font-weight:bold;border-left:4px solid #1d5fa8;padding-left:6px;margin-top:10px} table{border-collapse:collapse;width:100%} td{border:1px solid #9ab;padding:5px} tr:first-child td{background:#e8f0fa;font-weight:bold}",
 'corp': "body{font-family:'Noto Sans CJK SC';font-size:14px;line-height:1.75;margin:0 20mm} .t{font-size:22px;text-align:center;color:#0b3d6e;font-weight:bold} .h{color:#0b3d6e;font-weight:bold;margin-top:12px} .p{text-indent:2em} .r{text-align:right} table{border-collapse:collapse;width:100%} td{border:1px solid #0b3d6e;padding:4px 6px;font-size:12.5px} tr:first-child td{background:#dde7f2}",
}

def html_doc(blocks, style='gov', bar=''):
    out = ['<html><head><meta charset="utf-8"><style>@page{size:A4;margin:18mm 0}', CSS[style], '</style></head><body>']
    if bar:
        out.append(f'<div class="bar">{html.escape(bar)}</div>')
    for b in blocks:
        k = b[0]
        if k in ('p', 'pl', 'r', 't', 'h', 'no', 'lh'):
            out.append(f'<div class="{k}">{html.escape(b[1]).replace(chr(10), "<br>")}</div>')
        elif k == 'tbl':
            out.append('<table>')
            for r in b[1]:
                out.append('<tr>' + ''.join(f'<td>{html.escape(str(c))}</td>' for c in r) + '</tr>')
            out.append('</table>')
        elif k == 'htbl':   # pre-built html table (merged cells)
            out.append(b[1])
        elif k == 'seal':
            out.append(f'<div style="position:relative;height:0"><div style="position:absolute;right:40px;top:-120px">{svg_seal(b[1])}</div></div>')
        elif k == 'br':
            out.append('<div style="page-break-after:always"></div>')
        elif k == 'sp':
            out.append('<div style="height:18px"></div>')
    out.append('</body></html>')
    return '\n'.join(out)

CHROME_JOBS = []
def html_render(blocks, out, style='gov', bar=''):
    src = out[:-4] + '.html'
    open(src, 'w', encoding='utf-8').write(html_doc(blocks, style, bar))
    CHROME_JOBS.append((src, out))
    return out

def run_chrome():
    for src, out in CHROME_JOBS:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        f'--print-to-pdf={out}', 'file://' + src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ---------------------------------------------------------------- certificates (text at coordinates)
def cert_render(out, kind, org, fields, issuer, date, copy_stamp=None):
    cv = rlcanvas.Canvas(out, pagesize=A4)
    W, H = A4
    cv.setStrokeColor(colors.Color(0.55, 0.35, 0.1)); cv.setLineWidth(5); cv.rect(28, 60, W - 56, H - 130)
    cv.setLineWidth(1); cv.rect(36, 68, W - 72, H - 146)
    title = {'biz': '营 业 执 照', 'mfq': '民办非企业单位登记证书', 'st': '社会团体法人登记证书', 'sy': '事业单位法人证书'}[kind]
    cv.setFont('wqy', 30 if kind == 'biz' else 24); cv.drawCentredString(W / 2, H - 150, title)
    cv.setFont('wqy', 11)
    if kind == 'biz':
        cv.drawCentredString(W / 2, H - 175, '（副　本）')
    elif kind == 'mfq':
        cv.drawCentredString(W / 2, H - 175, '（法人）')
    cv.setFont('wqy', 10.5)
    cv.drawString(60, H - 205, '统一社会信用代码')
    cv.setFont('wqym', 12); cv.drawString(60, H - 222, fields[0][1])
    # QR-ish block
    rq = random.Random(org)
    for i in range(21):
        for j in range(21):
            if rq.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4))):
                cv.rect(W - 150 + i * 3.6, H - 250 + j * 3.6, 3.6, 3.6, stroke=0, fill=1)
    y = H - 290
    for k, v in fields[1:]:
        cv.setFont('wqy', 12); cv.drawString(70, y, k)
        cv.setFont('wqy', 11.5)
        lines = [v[i:i + 30] for i in range(0, len(v), 30)] or ['']
        for ln in lines:
            cv.drawString(170, y, ln); y -= 19
        y -= 9
    cv.setFont('wqy', 12)
    cv.drawString(W - 250, 170, '登记机关'); cv.drawString(W - 250, 140, date)
    rl_seal(cv, W - 150, 165, issuer, r=45)
    if copy_stamp:
        cv.saveState(); cv.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.8)); cv.setFont('wqy', 14)
        cv.drawString(70, 150, '复印件与原件一致'); cv.restoreState()
        rl_seal(cv, 130, 130, copy_stamp, r=40)
    cv.setFont('wqy', 8); cv.drawCentredString(W / 2, 75, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn')
    cv.showPage(); cv.save()
    return out

# ---------------------------------------------------------------- post-processing producers
def sh(*a, **k):
    return subprocess.run(list(a), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **k)

def rasterize(pdf, dpi, gray):
    base = pdf[:-4] + f'_r{dpi}'
    sh('pdftoppm', '-r', str(dpi), '-png', *(['-gray'] if gray else []), pdf, base)
    d = os.path.dirname(base); pref = os.path.basename(base)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(pref + '-'))

def degrade(img, rot, noise, faint=False, blur=0, seed=0):
    rr = random.Random(seed)
    img = img.convert('RGB') if img.mode not in ('L', 'RGB') else img
    if faint:
        img = Image.blend(img.convert('L'), Image.new('L', img.size, 255), 0.82)
    if rot:
        img = img.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=255 if img.mode == 'L' else (250, 250, 248))
    if noise:
        px = img.load(); w, h = img.size
        for _ in range(int(w * h * 0.004)):
            x, y = rr.randrange(w), rr.randrange(h)
            px[x, y] = rr.randrange(90, 200) if img.mode == 'L' else (rr.randrange(90, 200),) * 3
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img

def scan_pdf(src, out, dpi=150, gray=True, rot=0.6, q=55, faint=False, blur=0, seed=1, jpg_out=None):
    pages = rasterize(src, dpi, gray)
    jpgs = []
    for i, p in enumerate(pages):
        im = degrade(Image.open(p), rot * (1 if i % 2 == 0 else -0.7), True, faint, blur, seed + i)
        j = p.rsplit('.', 1)[0] + '.jpg'
        im.save(j, 'JPEG', quality=q, dpi=(dpi, dpi)); jpgs.append(j)
    if jpg_out:
        shutil.copy(jpgs[0], jpg_out); return jpg_out
    sh('img2pdf', *jpgs, '-o', out)
    return out

def ocr_layer_rl(src, out, dpi=150):
    """scan + invisible text (render mode 3) from the source's own text, written by reportlab"""
    pages = rasterize(src, dpi, False)
    txt = subprocess.run(['pdftotext', '-layout', src, '-'], capture_output=True, text=True).stdout.split('\f')
    cv = rlcanvas.Canvas(out, pagesize=A4); W, H = A4
    for i, p in enumerate(pages):
        im = degrade(Image.open(p), 0.4, True, seed=i + 7)
        j = p.rsplit('.', 1)[0] + '.jpg'; im.save(j, 'JPEG', quality=50)
        cv.drawImage(j, 0, 0, W, H)
        t = cv.beginText(50, H - 70); t.setTextRenderMode(3); t.setFont('wqy', 10)
        for ln in (txt[i] if i < len(txt) else '').splitlines():
            t.textLine(' '.join(ln.split()))
        cv.drawText(t); cv.showPage()
    cv.save()
    return out

def gs_redistill(src, out):
    sh('gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5', f'-sOutputFile={out}', src)
    return out

def merge(srcs, out):
    sh('qpdf', '--empty', '--pages', *srcs, '--', out)
    return out

# ---------------------------------------------------------------- content writers
def occ_line(o):
    return f'{OCC[o][0]} {o}'

def app_form(pk, variant):
    org = pk['form_name']; apps = pk['apps']
    B = []
    if variant == 'web':
        B += [('pl', '上海市人力资源和社会保障自助经办系统 · 新增备案机构申报 · 打印时间 2025-01-%02d 10:%02d' % (pk['day'], R.randrange(60))),
              ('t', '社会培训评价组织征集遴选申请表'),
              ('tbl', [['字段', '填报内容'], ['申报单位名称', org], ['统一社会信用代码', pk['code']], ['单位类型', pk['typ']],
                       ['注册地址', pk['addr']], ['法定代表人', pk['legal']], ['联系人/电话', f"{pk['contact']} / 021-{R.randrange(50000000, 69999999)}"]])]
        B.append(('h', '申报职业（工种）及等级'))
        B.append(('tbl', [['序号', '职业编码', '职业（工种）名称', '申报等级']] +
                  [[i + 1, OCC[o][0], o, '、'.join(LV[l] for l in sorted(ls, reverse=True))] for i, (o, ls) in enumerate(apps)]))
    elif variant == 'tick':
        B += [('t', '社会培训评价组织征集遴选申请表'), ('pl', f'填报日期：2025年1月{pk["day"]}日'),
              ('tbl', [['单位名称', org, '统一社会信用代码', pk['code']], ['法定代表人', pk['legal'], '单位性质', pk['typ']],
                       ['单位地址', pk['addr'], '联系人', pk['contact']]])]
        B.append(('tbl', [['职业编码', '职业（工种）', '五级', '四级', '三级', '二级', '一级']] +
                  [[OCC[o][0], o] + [pk.get('tick', '☑') if l in ls else '□' for l in ALL5] for o, ls in apps],
                  [25 * mm, 55 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm]))
        B.append(('pl', f'注：“{pk.get("tick", "☑")}”表示申报等级。'))
    elif variant == 'names':
        B += [('t', '社会培训评价组织征集遴选\n申请表'),
              ('tbl', [['申请单位（盖章）', org], ['统一社会信用代码', pk['code']], ['住所', pk['addr']], ['法定代表人', pk['legal']]])]
        B.append(('tbl', [['职业名称及编码', '工种', '申报等级（技能等级）', '备注']] +
                  [[f'{o.split("（")[0]}（{OCC[o][0]}）', o[o.index('（') + 1:-1] if '（' in o else '——',
                    '、'.join(LVN[l] for l in sorted(ls, reverse=True)), '新申报'] for o, ls in apps]))
    elif variant == 'range':
        B += [('t', '社会培训评价组织征集遴选申请表'), ('pl', f'申请单位：{org}'), ('pl', f'统一社会信用代码：{pk["code"]}'),
              ('pl', f'单位地址：{pk["addr"]}　　法定代表人：{pk["legal"]}')]
        B.append(('tbl', [['拟开展评价的职业（工种）', '职业编码', '等级范围', '考核点', '备注']] +
                  [[o, OCC[o][0], lvrange(ls), pk['site'], '已具备考评员队伍'] for o, ls in apps]))
    elif variant == 'p2':
        B += [('t', '社会培训评价组织征集遴选申请表'), ('h', '一、申报单位基本情况'),
              ('pl', f'单位名称：{org}'), ('pl', f'统一社会信用代码：{pk["code"]}'), ('pl', f'登记类型：{pk["typ"]}'),
              ('pl', f'法定代表人：{pk["legal"]}'), ('pl', f'地址：{pk["addr"]}'),
              ('h', '二、单位简介'), ('p', pk['intro']), ('p', '本单位设有职业技能等级认定办公室，配备专职工作人员，建有考评员、督导员库。'),
              ('br',), ('h', '三、申报职业（工种）及等级'),
              ('tbl', [['序号', '职业（工种）', '编码', '等级']] +
               [[i + 1, o, OCC[o][0], '，'.join(f'{LV[l]}/{LVN[l]}' for l in sorted(ls, reverse=True))] for i, (o, ls) in enumerate(apps)])]
    else:  # fv
        B += [('t', '社会培训评价组织征集遴选申请表'), ('pl', f'单位名称：{org}'), ('pl', f'统一社会信用代码：{pk["code"]}'),
              ('pl', f'单位类型：{pk["typ"]}'), ('pl', f'通讯地址：{pk["addr"]}')]
        for o, ls in apps:
            B.append(('pl', f'申报职业：{occ_line(o)}；申报等级：' + '、'.join(f'{LV[l]}' for l in sorted(ls, reverse=True))))
    B += [('sp',), ('pl', '申报单位承诺：以上所填内容及所附材料真实、有效。'), ('r', f'{org}'), ('r', f'2025年1月{pk["day"]}日')]
    return B

def industry_letter(pk, variant):
    org = pk['rec_name'] if pk.get('rec_name') else pk['name']
    iss = pk['ind']; occs = '、'.join(o for o, _ in pk['apps'])
    n = R.randrange(3, 40)
    if variant == 'pifu':
        return [('lh', iss), ('no', f'{pk["ind_abbr"]}〔2025〕{n}号'),
                ('t', f'关于同意{org}\n申报社会培训评价组织的批复'), ('pl', f'{org}：'),
                ('p', f'你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，同意你公司向上海市人力资源和社会保障局申报{occs}职业（工种）社会培训评价组织，集团将在人员、场地、经费等方面给予支持，并履行上级主管单位监督职责。'),
                ('p', '请你公司严格按照职业技能等级认定有关规定规范开展评价工作。'), ('p', '特此批复。'),
                ('sp',), ('r', iss), ('r', cndate(2025, 1, pk['day'] - 4)), ('seal', iss)]
    if variant == 'opinion':
        return [('t', '行业主管部门推荐意见'),
                ('tbl', [['被推荐单位', org], ['统一社会信用代码', pk['code']], ['推荐职业（工种）', occs],
                         ['推荐意见', f'经审核，{org}在{occs}领域具有较好的培训评价基础和行业影响力，管理规范，同意推荐其申报社会培训评价组织。'],
                         ['推荐单位', iss]]),
                ('sp',), ('r', f'{iss}（盖章）'), ('r', f'2025年1月{pk["day"] - 3}日'), ('seal', iss)]
    if variant == 'assoc':
        return [('lh', iss), ('t', '推 荐 书'), ('pl', '上海市职业技能鉴定中心：'),
                ('p', f'{org}系本会会员单位，长期从事{occs}相关的培训与技能提升工作，近三年累计培训{R.randrange(800, 3000)}人次，师资与场地条件良好，无不良信用记录。'),
                ('p', f'作为该单位的业务主管单位，本会推荐其申报{occs}职业（工种）社会培训评价组织，并将依职责对其评价活动进行监督。'),
                ('sp',), ('r', iss), ('r', f'2025年1月{pk["day"] - 2}日'), ('seal', iss)]
    if variant == 'brief':
        return [('lh', iss + '\n办公室'), ('r', f'{pk["ind_abbr"]}〔2025〕{n}号'),
                ('t', '推荐意见'), ('pl', '市职业技能鉴定中心：'),
                ('p', f'{org}（统一社会信用代码{pk["code"]}）拟申报{occs}社会培训评价组织。该单位系本行业重点培训机构，'
                      '近年来承担了行业从业人员技能提升培训任务，组织管理规范，社会信誉良好。'),
                ('p', '我办同意推荐。'), ('sp',), ('r', cndate(2025, 1, pk['day'] - 6)), ('seal', iss)]
    # func
    return [('lh', iss), ('no', f'{pk["ind_abbr"]}〔2025〕{n}号'),
            ('t', f'关于推荐{org}申报社会培训评价组织的函'), ('pl', '上海市人力资源和社会保障局：'),
            ('p', f'根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经审核，{org}在{occs}职业领域具有较强的行业影响力和较为丰富的评价资源，内部管理制度健全。'),
            ('p', f'现推荐{org}申报{occs}社会培训评价组织，请予支持。'), ('p', '特此函告。'),
            ('sp',), ('r', iss), ('r', cndate(2025, 1, pk['day'] - 5)), ('seal', iss)]

def district_letter(pk, variant):
    org = pk['name']; dist = pk['dist']
    bureau = pk.get('bureau') or f'上海市{dist}人力资源和社会保障局'
    abbr = pk.get('bureau_abbr') or f'{DIST.get(dist, "沪")}人社'
    n = R.randrange(2, 30)
    seal = [] if pk.get('no_dseal') else [('seal', bureau)]
    if variant == 'two':
        return [('lh', bureau), ('no', f'{abbr}函〔2025〕{n}号'), ('t', '关于推荐' + org + '考核点\n申报社会培训评价组织的函'),
                ('pl', '上海市人力资源和社会保障局：'),
                ('p', f'{org}拟设考核点位于{pk["site"]}，经我局实地查看，考核点场地面积、设施设备（含视频监控）符合职业技能等级认定要求。'),
                ('p', f'同意推荐{org}申报社会培训评价组织。'), ('sp',)] + ([] if pk.get('nosig') else [('r', bureau)]) + [('r', f'2025年1月{pk["day"] - 6}日')] + seal
    if variant == 'book':
        return [('t', '考核点所在区人社部门推荐书'),
                ('tbl', [['申报单位', org], ['考核点地址', pk['site']], ['考核点面积', f'{R.randrange(300, 1500)}平方米'],
                         ['区人社部门意见', '该考核点场地、设备、监控条件满足要求，同意推荐。'], ['推荐部门', bureau]]),
                ('sp',), ('r', f'{bureau}（盖章）'), ('r', cndate(2025, 1, pk['day'] - 7))] + seal
    return [('lh', bureau), ('t', '推荐意见'), ('pl', '市职业技能鉴定中心：'),
            ('p', f'{org}的考核点设在{pk["site"]}，位于我区辖区内。经审核，该单位考核点具备开展职业技能等级认定的场地和设施条件，我局同意推荐。'),
            ('sp',), ('r', bureau), ('r', cndate(2025, 1, pk['day'] - 8))] + seal

def credit_report(pk, variant):
    org = pk['name']; code = pk['code']
    pen = pk.get('penalty', 0)
    rows = [['信息类别', '查询结果']]
    rows += [['行政处罚信息', f'查见 {pen} 条' if pen else '未查见'], ['失信被执行人信息', '未查见'],
             ['严重失信主体名单', '未查见'], ['欠缴税款信息', '未查见']]
    if variant == 'center':
        B = [('t', '专用信用报告'), ('pl', '（企业/社会组织版）'), ('pl', f'报告编号：XY{R.randrange(10**11, 10**12)}'),
             ('pl', f'被查询主体：{org}'), ('pl', f'统一社会信用代码：{code}'), ('pl', f'查询日期：2025年1月{pk["day"] - 9}日'),
             ('pl', '出具机构：上海市公共信用信息服务中心'), ('sp',),
             ('h', '报告说明'), ('p', '本报告依据上海市公共信用信息服务平台归集的信息生成，仅反映截至查询日平台所归集的公共信用信息。'),
             ('p', '本报告仅供被查询主体申报社会培训评价组织使用。'), ('h', '一、登记信息'),
             ('tbl', [['名称', org], ['统一社会信用代码', code], ['住所', pk['addr']], ['法定代表人', pk['legal']]]),
             ('br',), ('h', '二、信用记录汇总')] + [('tbl', rows)]
        if pen:
            B += [('h', '三、行政处罚信息明细'), ('tbl', [['决定书文号', '处罚事由', '处罚结果', '决定日期'],
                                                    [f'沪市监{pk["dist"][:2]}处〔2024〕{R.randrange(1000, 9999)}号', '未按规定公示年度报告信息、虚假宣传', '警告，罚款人民币30000元', '2024年8月16日']])]
        B += [('sp',), ('r', '上海市公共信用信息服务中心'), ('seal', '上海市公共信用信息服务中心')]
        return B
    if variant == 'xyzg2':
        B = [('lh', '信用中国（上海）'), ('t', '法人公共信用信息查询报告'),
             ('pl', f'查询对象：{org}'), ('pl', f'统一社会信用代码：{code}'), ('pl', f'查询编号：SHXY2025{R.randrange(10**7, 10**8)}'),
             ('pl', f'出具日期：2025年1月{pk["day"] - 11}日'), ('h', '第一部分　基本信息'),
             ('pl', f'名称：{org}；住所：{pk["addr"]}；法定代表人（负责人）：{pk["legal"]}'),
             ('h', '第二部分　提示信息'), ('p', '本报告所列信息由各信息提供单位报送，平台如实记录。'),
             ('br',), ('h', '第三部分　警示信息'),
             ('pl', f'1. 行政处罚信息：{"查见 %d 条" % pen if pen else "未查见"}'), ('pl', '2. 失信被执行人信息：未查见'),
             ('pl', '3. 严重失信主体名单信息：未查见'), ('pl', '4. 重大税收违法失信主体信息：未查见'),
             ('sp',), ('r', '信用中国（上海）网站'), ('seal', '上海市公共信用信息服务中心')]
        return B
    B = [('t', '公共信用信息报告（法人版）'), ('pl', '信用中国（上海）'),
         ('tbl', [['主体名称', org], ['统一社会信用代码', code], ['报告生成时间', f'2025-01-{pk["day"] - 10:02d} 14:{R.randrange(10, 59)}'],
                  ['报告用途', '社会培训评价组织申报']]),
         ('h', '信用记录'), ('tbl', rows)]
    if pen:
        B += [('h', '行政处罚记录'), ('tbl', [['序号', '处罚机关', '文书号', '违法行为类型', '处罚内容'],
                                          ['1', f'上海市{pk["dist"]}市场监督管理局', f'沪市监{pk["dist"][:1]}处〔2024〕{R.randrange(100, 999)}号', '违反安全生产管理规定', '罚款人民币50000元']])]
    B += [('p', '以上信息来源于上海市公共信用信息服务平台，查询主体对信息有异议的，可申请信用信息异议处理。'), ('seal', '信用中国（上海）')]
    return B

FIRMS = ['上海沪中会计师事务所有限公司', '上海信达永和会计师事务所（普通合伙）', '上海华鼎会计师事务所有限公司',
         '上海正衡联合会计师事务所', '上海浦诚会计师事务所有限公司', '上海申衡会计师事务所有限公司']
FABBR = ['沪中会审字', '信永审字', '华鼎审字', '正衡审', '浦诚审字', '申衡会审字']

def audit_report(pk, year, variant, fi):
    org = pk['name']; npo = pk['kind'] in ('mfq', 'st')
    stmt = '业务活动表' if npo else '利润表'
    who = '理事会' if npo else '全体股东'
    ystr = cnyear(year) if variant == 'cn' else str(year)
    rev = R.randrange(3000000, 30000000)
    if variant == 'titleonly':
        op = f'我们审计了后附的{org}财务报表，包括资产负债表、{stmt}、现金流量表以及相关财务报表附注。'
        title = f'{org}\n{year}年度审计报告'
    else:
        op = (f'我们审计了{org}（以下简称贵单位）财务报表，包括{ystr}年{"十二月三十一日" if variant == "cn" else "12月31日"}的资产负债表，{ystr}年度的{stmt}、'
              f'现金流量表以及相关财务报表附注。')
        title = '审 计 报 告'
    B = [('t', title), ('no', f'{FABBR[fi]}（{year + 1}）第{R.randrange(100, 2000):04d}号'), ('pl', f'{org}{who}：'),
         ('h', '一、审计意见'), ('p', op),
         ('p', f'我们认为，后附的财务报表在所有重大方面按照{"民间非营利组织会计制度" if npo else "企业会计准则"}的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。'),
         ('h', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的。'),
         ('h', '三、管理层和治理层对财务报表的责任'), ('p', '管理层负责按照适用的财务报告编制基础编制财务报表，并设计、执行和维护必要的内部控制。'),
         ('sp',), ('pl', f'{FIRMS[fi]}　　　　中国注册会计师：{R.choice(["王立", "陈静", "周海", "吴敏"])}'),
         ('pl', f'中国·上海　　　　　　　　中国注册会计师：{R.choice(["李明", "张华", "徐骏", "蒋蕾"])}'),
         ('r', f'{year + 1}年{R.randrange(3, 5)}月{R.randrange(1, 28)}日'), ('seal', FIRMS[fi]), ('br',),
         ('t', '资产负债表'), ('pl', f'编制单位：{org}　　　　{year}年12月31日　　　　单位：元'),
         ('tbl', [['项目', '期末余额', '上年年末余额'], ['货币资金', f'{rev // 3:,}', f'{rev // 4:,}'],
                  ['应收款项', f'{rev // 9:,}', f'{rev // 11:,}'], ['固定资产', f'{rev // 6:,}', f'{rev // 7:,}'],
                  ['资产总计', f'{rev // 3 + rev // 9 + rev // 6:,}', f'{rev // 4 + rev // 11 + rev // 7:,}']]),
         ('t', stmt), ('pl', f'{year}年度' if variant != 'cn' else f'{ystr}年度'),
         ('tbl', [['项目', '本年金额', '上年金额'], ['收入合计' if npo else '营业收入', f'{rev:,}', f'{int(rev * 0.9):,}'],
                  ['费用合计' if npo else '营业成本', f'{int(rev * 0.82):,}', f'{int(rev * 0.77):,}']])]
    return B

def work_plan(pk):
    org = pk['name']; occs = '、'.join(o for o, _ in pk['apps'])
    return [('t', '职业技能等级认定工作方案'), ('pl', f'{org}'), ('h', '一、组织机构'),
            ('p', f'{org}成立职业技能等级认定工作领导小组，下设认定办公室、质量督导组和考务组，配备专职工作人员{R.randrange(4, 12)}名。'),
            ('h', '二、评价范围'), ('p', f'本单位拟开展{occs}的职业技能等级认定。'),
            ('h', '三、考务管理'), ('p', '考核场地设视频监控，全程录像并保存不少于一年；考评员实行回避制度，试卷由专人保管。'),
            ('h', '四、质量管控'), ('p', '建立内部质量督导制度，对考务实施、阅卷评分、证书发放全过程进行检查，接受人社部门监督。'),
            ('h', '五、经费保障'), ('p', '认定工作经费纳入单位年度预算，专款专用。')]

def pledge(pk, variant=0):
    org = pk['name']
    body = [('t', '承 诺 书' if variant == 0 else '社会培训评价组织申报承诺书'), ('pl', '上海市人力资源和社会保障局：'),
            ('p', f'{org}郑重承诺：所提交的申报材料真实、准确、有效；严格遵守职业技能等级认定相关政策规定，不以营利为最终目的，自觉接受人社部门和行业主管部门的监督；如有违反，愿承担相应责任。'),
            ('sp',), ('r', f'承诺单位（盖章）：{org}'), ('r', f'法定代表人（签字）：{pk["legal"]}'), ('r', f'2025年1月{pk["day"]}日')]
    if not pk.get('no_pseal'):
        body.append(('seal', org))
    return body

def integrity(pk):
    org = pk['name']
    b = [('t', '廉洁责任书'), ('p', f'为规范职业技能等级认定工作，{org}（以下简称乙方）向上海市职业技能鉴定中心（甲方）作出如下廉洁承诺：'),
         ('p', '一、不向甲方工作人员赠送礼金、有价证券、贵重物品；'), ('p', '二、不为甲方工作人员安排宴请、旅游、娱乐等活动；'),
         ('p', '三、发现违纪违法线索主动报告。'), ('sp',), ('r', f'乙方（盖章）：{org}'), ('r', f'2025年1月{pk["day"]}日')]
    if not pk.get('no_pseal'):
        b.append(('seal', org))
    return b

def impl_plan(pk, variant):
    org = pk['name']
    B = [('t', '职业技能等级认定项目实施方案'), ('pl', f'申报单位：{org}')]
    for ci, (o, ls) in enumerate(pk['apps']):
        B.append(('h', f'第{CN[ci + 1]}章　{o}（{OCC[o][0]}）'))
        B.append(('p', f'本章依据{o.split("（")[0]}国家职业技能标准，明确各等级评价内容、方式与组织实施要求。'))
        if variant == 'table' and pk['impl_prod'] == 'html':
            lsr = sorted(ls, reverse=True)
            rows = ''.join(f'<tr>{"<td rowspan=%d>%s</td>" % (len(lsr), html.escape(o)) if k_ == 0 else ""}<td>{LV[l]}（{LVN[l]}）</td>'
                           f'<td>理论知识闭卷考试90分钟</td><td>操作技能考核{60 + 30 * (5 - l)}分钟</td>'
                           f'{"<td rowspan=%d>理论、技能均60分及以上为合格；二级及以上另需综合评审</td>" % len(lsr) if k_ == 0 else ""}</tr>'
                           for k_, l in enumerate(lsr))
            B.append(('htbl', '<table><tr><td>职业（工种）</td><td>等级</td><td>理论知识</td><td>操作技能</td><td>合格标准</td></tr>' + rows + '</table>'))
        elif variant == 'table':
            B.append(('tbl', [['等级', '理论知识考试', '操作技能考核', '综合评审', '合格标准']] +
                      [[f'{LV[l]}（{LVN[l]}）', '闭卷机考90分钟', f'实操{60 + 30 * (5 - l)}分钟', '论文答辩' if l <= 2 else '——', '各科60分及以上']
                       for l in sorted(ls, reverse=True)]))
        else:
            for l in sorted(ls, reverse=True):
                B.append(('p', f'{LV[l]}评价方案：理论知识考试采用闭卷笔试，时间90分钟；操作技能考核采用现场实际操作方式，'
                                f'时间{60 + 30 * (5 - l)}分钟{"；另进行综合评审" if l <= 2 else ""}。理论与技能均达60分（含）以上为合格。'))
    B += [('h', '组织实施'), ('p', '每批次认定前10个工作日在系统中报备计划；考评员与考生配比不低于1:15；成绩公示5个工作日。')]
    return B

SETNAMES = [('理论知识样题（一）', '理论知识样题（二）'), ('样卷（A卷）', '样卷（B卷）'), ('模拟试卷1', '模拟试卷2'),
            ('理论知识试卷（第一套）', '理论知识试卷（第二套）'), ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷')]

def sample_set(pk, o, l, si, style, answers=False):
    org = pk['name']; name = SETNAMES[style][si]
    rq = random.Random(f'{o}{l}{si}{style}')
    B = [('t', f'{o} {LV[l]}（{LVN[l]}）\n{name}'), ('pl', f'编制单位：{org}　　职业编码：{OCC[o][0]}')]
    B.append(('h', '一、单项选择题（每题1分）'))
    topics = ['职业道德', '安全操作规程', '相关法律法规', '基础知识', '工艺要求', '质量标准', '设备维护', '记录与报告']
    for q in range(1, 7):
        t = rq.choice(topics)
        B.append(('pl', f'{q}. 关于{o.split("（")[0]}{t}，下列说法正确的是（　）。\nA. 选项{q}-1　B. 选项{q}-2　C. 选项{q}-3　D. 选项{q}-4'))
    B.append(('h', '二、判断题'))
    for q in range(7, 10):
        B.append(('pl', f'{q}. {rq.choice(topics)}应当在作业前完成确认。（　）'))
    B.append(('h', '三、操作技能题'))
    B.append(('p', f'试题{si + 1}：按照{LV[l]}要求完成{rq.choice(["现场操作", "方案编制", "案例分析"])}，考核时间{60 + 30 * (5 - l)}分钟，满分100分。'))
    if answers:
        B += [('h', '参考答案'), ('pl', '一、' + ' '.join(f'{q}.{rq.choice("ABCD")}' for q in range(1, 7)) + '　二、7.√ 8.× 9.√')]
    return B

# ---------------------------------------------------------------- package definitions
def P(**k):
    k.setdefault('kind', 'biz'); k.setdefault('day', 20 + (len(PK) % 6))
    k.setdefault('apps', []); k.setdefault('form_name', k['name'])
    k.setdefault('legal', R.choice(['张伟', '王芳', '李强', '刘洋', '陈晨', '杨帆', '赵磊', '黄蓉', '周杰', '吴昊']))
    k.setdefault('contact', R.choice(['孙丽', '马骏', '朱婷', '胡斌', '郭琳', '何俊']))
    PK.append(k); return k

PK = []
# pass
P(id='E01', name='上海申程职业技能培训学校', kind='mfq', typ='民办非企业单位', dist='徐汇区', b8='MJ4X2K7A',
  addr='上海市徐汇区漕宝路88号3幢', site='上海市徐汇区漕宝路88号3幢4楼', apps=[('食品安全管理师', [4, 3])],
  ind='上海市市场监督管理局', ind_abbr='沪市监食函', intro='本校成立于2012年，专注餐饮食品安全培训。',
  form='tick', form_prod='docx', letter_prod='rl', ind_var='func', nosig=True, dist_var='two', credit='xyzg', audit='digits', impl='para',
  impl_prod='docx', samples='perset', sset=0, scans={'reg': 'jpg'}, extras=['photo', 'mulu'], folders=True)
P(id='E02', name='上海绿碳环境科技有限公司', typ='有限责任公司（自然人投资或控股）', dist='浦东新区', b8='MA1H7P3Q',
  addr='上海市浦东新区张江路665号', site='上海市浦东新区张江路665号2楼', apps=[('碳排放管理员（碳排放核算员）', [4, 3, 2])],
  ind='上海市生态环境局', ind_abbr='沪环气函', intro='公司从事碳核算咨询服务。',
  form='web', form_prod='html', letter_prod='html', ind_var='func', dist_var='opinion', credit='center', audit='titleonly',
  impl='table', impl_prod='html', samples='perlevel', sset=1, answers=True, extras=['teachers'], folders=False)
P(id='E03', name='上海锦瑞康护服务有限公司', typ='有限责任公司（自然人投资或控股）', dist='闵行区', b8='MA7C9W2E',
  addr='上海市闵行区七莘路1839号', site='上海市闵行区七莘路1839号5楼', apps=[('医疗护理员', [5, 4, 3])],
  ind='上海市卫生健康委员会', ind_abbr='沪卫老龄函', intro='公司从事医疗护理员派遣与培训。',
  form='names', form_prod='rl', letter_prod='rl', ind_var='opinion', dist_var='book', credit='xyzg2', audit='cn', impl='para',
  impl_prod='rl', samples='combined', sset=2, scans={'ind': 'gray', 'dist': 'gray', 'pledge': 'color', 'integrity': 'gray', 'reg': 'color', 'credit': 'gray'},
  extras=['floor'], folders=True)
P(id='E04', name='上海浦江药业集团制剂有限公司', typ='有限责任公司（非自然人投资或控股的法人独资）', dist='奉贤区', b8='MA1JX6R4',
  addr='上海市奉贤区环城东路588号', site='上海市奉贤区环城东路588号实训楼', apps=[('药物制剂工（片剂制备）', [5, 4]), ('药物制剂工（颗粒剂制备）', [5, 4])],
  ind='上海浦江医药集团有限公司', ind_abbr='浦江集团', intro='公司为集团下属制剂生产企业。',
  form='tick', tick='■', form_prod='rl', letter_prod='docx', ind_var='pifu', dist_var='func', credit='center', audit='digits',
  impl='chap', impl_prod='odt', samples='combined', sset=3, gbk=True, extras=['teachers', 'mulu'], folders=True)
P(id='E05', name='上海智数信息技术有限公司', typ='有限责任公司（外国法人独资）', dist='静安区', b8='MA1FQ8L2',
  addr='上海市静安区江场三路238号', site='上海市静安区江场三路238号6楼', apps=[('网络与信息安全管理师（数据安全管理员）', [4, 3]), ('数字化解决方案设计师', [3])],
  ind='上海市经济和信息化委员会', ind_abbr='沪经信软函', intro='外商独资软件企业，从事数据安全服务。',
  form='range', form_prod='html', letter_prod='html', ind_var='func', dist_var='two', credit='xyzg', audit='digits',
  impl='table', impl_prod='rl', samples='combined', sset=4, bigpdf=True, extras=['photo'], folders=False)
P(id='E06', name='上海茗饮餐饮管理有限公司', typ='有限责任公司（自然人投资或控股）', dist='黄浦区', b8='MA1L2D5N',
  addr='上海市黄浦区南京东路300号', site='上海市黄浦区南京东路300号8楼', apps=[('调饮师', [5, 4, 3])],
  ind='上海市商务委员会', ind_abbr='沪商服函', intro='连锁茶饮管理企业。',
  form='p2', form_prod='odt', letter_prod='rl', ind_var='brief', dist_var='opinion', credit='xyzg2', audit='cn', impl='para',
  impl_prod='odt', samples='perlevel', sset=0, nested=True, macosx=True, extras=['photo'], folders=True)
P(id='E07', name='上海轨交信号技术培训中心', kind='mfq', typ='民办非企业单位', dist='长宁区', b8='MJ5R8T1C',
  addr='上海市长宁区天山西路1001号', site='上海市长宁区天山西路1001号B座', apps=[('轨道交通信号工（城市轨道交通信号工）', [4, 3])],
  ind='上海市交通委员会', ind_abbr='沪交科函', intro='从事城市轨道交通信号专业培训。',
  form='fv', form_prod='docx', letter_prod='rl', ind_var='func', dist_var='book', credit='center', audit='digits', impl='table',
  impl_prod='docx', samples='perset', sset=3, ocrmypdf=['dist'], extras=['floor'], folders=True)
P(id='E08', name='上海城洁环境服务有限公司', typ='有限责任公司（自然人投资或控股）', dist='普陀区', b8='MA1K4W6B',
  addr='上海市普陀区真北路1658号', site='上海市普陀区真北路1658号1楼', apps=[('保洁员', [5, 4]), ('生活垃圾清运工（生活垃圾收集工）', [5, 4])],
  ind='上海市绿化和市容管理局', ind_abbr='沪绿容函', intro='物业保洁与垃圾分类服务企业。',
  form='names', form_prod='docx', letter_prod='html', ind_var='func', dist_var='two', credit='xyzg', audit='digits', impl='para',
  impl_prod='rl', samples='combined', sset=1, gbk=True, ocrlayer=['reg'], gs=['credit'], extras=['photo'], folders=True)
# fail
P(id='E09', name='上海科创致远咨询有限公司', typ='有限责任公司（自然人投资或控股）', dist='杨浦区', b8='MA1M3E8F',
  addr='上海市杨浦区国定路335号', site='上海市杨浦区国定路335号3楼', apps=[('科技咨询师', [4, 3])],
  ind='上海市科学技术委员会', ind_abbr='沪科函', intro='科技咨询服务企业。',
  form='tick', form_prod='html', letter_prod='rl', ind_var='brief', dist_var='opinion', credit='center', audit='digits', impl='table',
  impl_prod='rl', samples='perlevel', sset=2, extras=[], folders=False,
  verdict='fail', causes=['level_not_allowed'], defects=['申请表申报科技咨询师（4-07-02-02）四级，通知附件该职业仅开放三、二、一级'])
P(id='E10', name='上海恒通管道工程有限公司', typ='有限责任公司（自然人投资或控股）', dist='宝山区', b8='MA1N5G2H',
  addr='上海市宝山区沪太路4500号', site='上海市宝山区沪太路4500号实训基地', apps=[('管工', [5, 4, 3])],
  ind='上海市住房和城乡建设管理委员会', ind_abbr='沪建人函', intro='管道安装工程企业。', penalty=1,
  form='range', form_prod='rl', letter_prod='docx', ind_var='func', dist_var='book', credit='xyzg', audit='digits', impl='para',
  impl_prod='rl', samples='combined', sset=4, macosx=True, extras=['photo'], folders=True,
  verdict='fail', causes=['credit_penalty'], defects=['信用报告行政处罚信息“查见 1 条”，并列出处罚明细'])
P(id='E11', name='上海嘉禾增材制造科技有限公司', typ='有限责任公司（自然人投资或控股）', dist='嘉定区', b8='MA1P7J4K',
  addr='上海市嘉定区安亭镇墨玉南路1018号', site='江苏省昆山市花桥镇光明路88号', apps=[('增材制造设备操作员', [4, 3])],
  ind='上海市经济和信息化委员会', ind_abbr='沪经信技函', intro='3D打印设备制造与服务企业。',
  bureau='昆山市人力资源和社会保障局', bureau_abbr='昆人社',
  form='web', form_prod='rl', letter_prod='rl', ind_var='opinion', dist_var='two', credit='center', audit='cn', impl='table',
  impl_prod='docx', samples='perset', sset=0, extras=['floor'], folders=True,
  verdict='fail', causes=['district_letter_outside_shanghai'], defects=['考核点推荐函由江苏省昆山市人力资源和社会保障局出具，非上海市区人社部门'])
P(id='E12', name='上海市浦东新区社区营养健康指导中心', kind='sy', cat='12', typ='事业单位', dist='浦东新区', b8='42500186',
  addr='上海市浦东新区锦绣路1200号', site='上海市浦东新区锦绣路1200号2楼', apps=[('营养师（公共营养师）', [4, 3])],
  ind='上海市浦东新区卫生健康委员会', ind_abbr='浦卫函', intro='区属公益一类事业单位。',
  form='fv', form_prod='odt', letter_prod='rl', ind_var='func', dist_var='opinion', credit='xyzg2', audit='digits', impl='para',
  impl_prod='rl', samples='perlevel', sset=3, nested=True, extras=[], folders=True,
  verdict='fail', causes=['public_institution'], defects=['统一社会信用代码类别12（事业单位），登记证书为事业单位法人证书'])
P(id='E13', name='上海悦色形象设计有限公司', typ='有限责任公司（自然人投资或控股）', dist='长宁区', b8='MA1Q2L9M',
  addr='上海市长宁区愚园路1258号', site='上海市长宁区愚园路1258号2楼', apps=[('色彩搭配师', [4, 3])],
  ind='上海市服装行业协会', ind_abbr='沪服协', intro='形象与色彩设计培训企业。',
  form='range', form_prod='html', letter_prod='html', ind_var='assoc', nosig=True, dist_var='two', credit='xyzg', audit='digits', impl='table',
  impl_prod='html', samples='perlevel', sset=1, extras=['photo'], folders=False,
  verdict='fail', causes=['duplicate_application'], defects=['同一单位（同一信用代码）在E14中再次申报色彩搭配师'])
P(id='E14', name='上海悦色形象设计有限公司', typ='有限责任公司（自然人投资或控股）', dist='长宁区', b8='MA1Q2L9M',
  addr='上海市长宁区愚园路1258号', site='上海市长宁区愚园路1258号3楼', apps=[('色彩搭配师', [2, 1])],
  ind='上海市服装行业协会', ind_abbr='沪服协', intro='形象与色彩设计培训企业。',
  form='tick', form_prod='docx', letter_prod='rl', ind_var='assoc', dist_var='opinion', credit='xyzg2', audit='cn', impl='para',
  impl_prod='docx', samples='perset', sset=2, extras=[], folders=True,
  verdict='fail', causes=['duplicate_application'], defects=['同一单位（同一信用代码）在E13中已申报色彩搭配师'])
P(id='E15', name='上海宏建节能科技有限公司', typ='有限责任公司（自然人投资或控股）', dist='松江区', b8='MA1R6N3P',
  addr='上海市松江区新桥镇民益路201号', site='上海市松江区新桥镇民益路201号4幢', apps=[('建筑节能减排咨询师', [4, 3])],
  ind='上海市住房和城乡建设管理委员会', ind_abbr='沪建节函', intro='建筑节能咨询企业。', oneset=3,
  form='names', form_prod='rl', letter_prod='docx', ind_var='brief', dist_var='book', credit='center', audit='digits', impl='table',
  impl_prod='odt', samples='perset', sset=4, gbk=True, extras=['teachers'], folders=True,
  verdict='fail', causes=['one_sample_set'], defects=['建筑节能减排咨询师三级只有一套样题（技能操作考核试题 A 卷），缺第二套'])
P(id='E16', name='上海安居置业顾问有限公司静安分公司', typ='有限责任公司分公司（自然人投资或控股）', dist='静安区', b8='MA1R8Q5T',
  addr='上海市静安区共和新路3388号', site='上海市静安区共和新路3388号10楼', apps=[('房地产策划师', [4, 3])],
  ind='上海市房地产行业协会', ind_abbr='沪房协', intro='房地产咨询与策划服务。',
  form='fv', form_prod='rl', letter_prod='rl', ind_var='assoc', dist_var='two', credit='xyzg', audit='digits', impl='para',
  impl_prod='rl', samples='combined', sset=0, bigpdf=True, extras=[], folders=False, legal_label='负责人',
  verdict='fail', causes=['branch_office'], defects=['营业执照类型为“有限责任公司分公司”，非独立法人'])
P(id='E17', name='上海乐听听力科技有限公司', form_name='上海乐听听力技术有限公司', typ='有限责任公司（自然人投资或控股）', dist='虹口区', b8='MA1T4U7W',
  addr='上海市虹口区四平路421号', site='上海市虹口区四平路421号3楼', apps=[('助听器验配师', [4, 3])],
  ind='上海市残疾人联合会', ind_abbr='沪残联函', intro='助听器验配服务企业。', audit_years=[2023, 2021],
  form='range', form_prod='docx', letter_prod='html', ind_var='func', dist_var='opinion', credit='center', audit='digits', impl='table',
  impl_prod='rl', samples='perlevel', sset=3, extras=['blurphoto'], folders=True,
  verdict='fail', causes=['name_mismatch', 'missing_audit_2022'],
  defects=['申请表单位名称“上海乐听听力技术有限公司”与营业执照/信用报告“上海乐听听力科技有限公司”不一致',
           '审计报告为2023年度和2021年度，缺2022年度审计报告'])
# review
P(id='E18', name='上海康宁社区健康服务有限公司', typ='有限责任公司（自然人投资或控股）', dist='青浦区', b8='MA1U9X2Y',
  addr='上海市青浦区公园路599号', site='上海市青浦区公园路599号2楼', apps=[('社群健康助理员', [4, 3])],
  ind='上海市卫生健康委员会', ind_abbr='沪卫基层函', intro='社区健康管理服务企业。', corrupt='impl', tick='√',
  form='tick', form_prod='rl', letter_prod='docx', ind_var='func', dist_var='book', credit='xyzg', audit='digits', impl='para',
  impl_prod='rl', samples='perset', sset=1, extras=['photo'], folders=True,
  verdict='review', causes=['corrupt_pdf'], defects=['实施方案（含各等级评价方案）PDF被截断，无法打开，且无其他可读副本'])
P(id='E19', name='上海数联信用管理咨询有限公司', typ='有限责任公司（自然人投资或控股）', dist='虹口区', b8='MA1W3A6C',
  addr='上海市虹口区东大名路1089号', site='上海市虹口区东大名路1089号7楼', apps=[('信用管理师', [3, 2])],
  ind='上海市信用服务行业协会', ind_abbr='沪信协', intro='信用管理咨询企业。', encrypt='credit',
  form='p2', form_prod='rl', letter_prod='rl', ind_var='assoc', nosig=True, dist_var='two', credit='center', audit='digits', impl='table',
  impl_prod='odt', samples='combined', sset=2, extras=[], folders=False,
  verdict='review', causes=['encrypted_pdf'], defects=['信用报告PDF设有打开密码，无法阅读，且无其他副本'])
P(id='E20', name='上海市盆景赏石协会', kind='st', cat='51', region='310000', typ='社会团体', dist='闵行区', b8='50123456',
  addr='上海市闵行区虹梅南路3333号', site='上海市闵行区虹梅南路3333号盆景园', apps=[('盆景师', [5, 4, 3])],
  ind='上海市绿化和市容管理局', ind_abbr='沪绿容函', intro='全市性盆景赏石行业社会团体。',
  form='range', form_prod='odt', letter_prod='html', ind_var='func', dist_var='book', credit='xyzg', audit='digits', impl='para',
  impl_prod='html', samples='perlevel', sset=4, extras=['photo'], folders=True,
  verdict='review', causes=['social_organisation'], defects=['申报单位为社会团体（代码类别51），是否与政府部门脱钩需人工核实'])
P(id='E21', name='上海孪生智造科技有限公司', typ='有限责任公司（自然人投资或控股）', dist='金山区', b8='MA1X5B8D',
  addr='上海市金山区亭卫公路6558号', site='上海市金山区亭卫公路6558号3号楼', apps=[('数字孪生应用技术员', [4, 3])],
  ind='上海市经济和信息化委员会', ind_abbr='沪经信数函', intro='工业数字孪生解决方案企业。', badcheck=True,
  form='tick', form_prod='html', letter_prod='rl', ind_var='brief', dist_var='opinion', credit='center', audit='titleonly', impl='table',
  impl_prod='rl', samples='perset', sset=0, gbk=True, extras=['teachers'], folders=True,
  verdict='review', causes=['credit_code_checksum'], defects=['统一社会信用代码校验位不符（各材料一致）'])
P(id='E22', name='上海百草堂健康管理有限公司', typ='有限责任公司（自然人投资或控股）', dist='崇明区', b8='MA1Y7C4E',
  addr='上海市崇明区城桥镇八一路211号', site='上海市崇明区城桥镇八一路211号2楼', apps=[('保健调理师（保健艾灸师）', [5, 4])],
  ind='上海市中医药行业协会', ind_abbr='沪中医协', intro='中医养生保健服务企业。', docx_only=['pledge', 'integrity'], no_pseal=True,
  form='names', form_prod='rl', letter_prod='rl', ind_var='assoc', dist_var='two', credit='xyzg2', audit='cn', impl='para',
  impl_prod='docx', samples='combined', sset=1, extras=['photo'], folders=True,
  verdict='review', causes=['signed_material_docx_only'], defects=['承诺书、廉洁责任书仅提供可编辑的.docx文件，无盖章件'])
P(id='E23', name='上海化安化工技能培训有限公司', typ='有限责任公司（自然人投资或控股）', dist='金山区', b8='MA1Y2D6F',
  addr='上海市金山区石化卫零路88号', site='上海市金山区石化卫零路88号实训中心', apps=[('化工总控工', [4, 3])],
  ind='上海市应急管理局', ind_abbr='沪应急培函', intro='化工安全与操作技能培训企业。', no_dseal=True,
  form='web', form_prod='html', letter_prod='rl', ind_var='brief', dist_var='two', credit='center', audit='digits', impl='table',
  impl_prod='rl', samples='perlevel', sset=3, extras=['floor'], folders=False,
  verdict='review', causes=['missing_seal'], defects=['考核点所在区（金山区）人社局推荐函无公章'])
P(id='E24', name='上海慧策房地产营销策划有限公司', typ='有限责任公司（自然人投资或控股）', dist='徐汇区', b8='MA1AB3G7',
  addr='上海市徐汇区虹桥路333号', site='上海市徐汇区虹桥路333号12楼', apps=[('房地产策划师', [3, 2])],
  ind='上海市房地产行业协会', ind_abbr='沪房协', intro='房地产营销策划企业。', faint='audit2022',
  form='p2', form_prod='docx', letter_prod='docx', ind_var='assoc', dist_var='book', credit='xyzg2', audit='digits', impl='para',
  impl_prod='rl', samples='perset', sset=4, extras=['photo'], folders=True,
  verdict='review', causes=['unreadable_scan'], defects=['2022年度审计报告仅为极淡、模糊的60dpi扫描件，无法辨认'])

for pk in PK:
    pk.setdefault('verdict', 'pass'); pk.setdefault('causes', []); pk.setdefault('defects', [])
    cat = pk.get('cat', {'biz': '91', 'mfq': '52', 'st': '51', 'sy': '12'}[pk['kind']])
    reg = pk.get('region', DCODE[pk['dist']])
    code = mkcode(cat, reg, pk['b8'])
    if pk.get('badcheck'):
        code = code[:17] + AL[(AL.index(code[17]) + 5) % 31]
        assert not valid(code)
    pk['code'] = code
PK[13]['code'] = PK[12]['code']

# ---------------------------------------------------------------- build
def fname_for(pk, kind, i=0):
    folders = pk['folders']
    F = {'application_form': ('01申请表', '社会培训评价组织征集遴选申请表'), 'industry_letter': ('02推荐函', '行业主管部门推荐函'),
         'district_letter': ('02推荐函', '区人社局推荐函'), 'credit_report': ('03信用佐证', '信用报告'),
         'audit_report': ('03信用佐证', '审计报告'), 'registration_certificate': ('03信用佐证', '营业执照复印件' if pk['kind'] == 'biz' else '登记证书'),
         'work_plan': ('04工作方案', '职业技能等级认定工作方案'), 'pledge': ('04工作方案', '承诺书'), 'integrity_letter': ('04工作方案', '廉洁责任书'),
         'implementation_plan': ('05实施方案', '项目实施方案'), 'sample_paper': ('05实施方案/样题', '样题'), 'other': ('06其他材料', '其他')}
    d, n = F[kind]
    return (d + '/' if folders else ''), n

def build_pkg(pk):
    wd = os.path.join(BUILD, pk['id']); os.makedirs(wd, exist_ok=True)
    docs = []   # (zip path, local file, kind, producer, text, seal)
    cnt = [0]
    def L(ext):
        cnt[0] += 1; return os.path.join(wd, f'{pk["id"]}_{cnt[0]:02d}.{ext}')
    def render(blocks, prod, style='gov'):
        if prod == 'rl':
            return rl_render(blocks, L('pdf')), 'reportlab'
        if prod == 'docx':
            p = docx_render(blocks, L('docx'), seals_dir=wd); return p[:-5] + '.pdf', 'LibreOffice (docx from python-docx)'
        if prod == 'odt':
            p = odt_render(blocks, L('odt')); return p[:-4] + '.pdf', 'LibreOffice (odt from odfpy)'
        if prod == 'html':
            return html_render(blocks, L('pdf'), style, bar=''), 'Chromium (HTML/CSS, SVG seal)'
    def add(zpath, local, kind, prod, text='text', seal=None):
        docs.append(dict(path=zpath, local=local, kind=kind, producer=prod, text=text, seal=seal))
    post = []  # deferred post-processing: (fn, args)
    def material(kind, blocks, prod, zname, sealed, key=None, style='gov'):
        key = key or kind
        scans = pk.get('scans', {})
        if key in pk.get('docx_only', []):
            p = docx_render(blocks, L('docx'), seals_dir=wd)
            add(zname + '.docx', p, kind, 'python-docx (.docx, not converted)', 'text', False); return
        if key in scans:
            if prod == 'docx':
                prod = 'rl'
            src, _ = render(blocks, prod, style)
            mode = scans[key]
            if mode == 'jpg':
                out = L('jpg'); post.append((scan_pdf, (src, None), dict(dpi=150, gray=False, rot=1.2, q=60, jpg_out=out)))
                add(zname + '.jpg', out, kind, 'scan: pdftoppm → Pillow (colour, rotated, noise) → JPEG', 'none', sealed)
            else:
                out = L('pdf'); post.append((scan_pdf, (src, out), dict(dpi=150, gray=(mode == 'gray'), rot=0.8, q=50, seed=cnt[0])))
                add(f'扫描件/IMG_20250116_{cnt[0]:04d}.pdf' if pk['folders'] else f'scan_{cnt[0]:03d}.pdf', out, kind,
                    f'scan: pdftoppm → Pillow ({"grayscale" if mode == "gray" else "colour"}, rotation, noise, JPEG) → img2pdf', 'none', sealed)
            return
        if key in pk.get('ocrmypdf', []):
            src, _ = render(blocks, 'rl')
            sc = L('pdf'); out = L('pdf')
            post.append((scan_pdf, (src, sc), dict(dpi=200, gray=True, rot=0.5, q=60)))
            post.append((lambda a, b: sh('ocrmypdf', '-q', '-l', 'chi_sim', '--optimize', '0', '--output-type', 'pdf', a, b,
                                         env=dict(os.environ, OMP_THREAD_LIMIT='1')), (sc, out), {}))
            add(zname + '.pdf', out, kind, 'scan (grayscale 200 dpi) + ocrmypdf/tesseract chi_sim text layer', 'ocr-layer', sealed); return
        if key in pk.get('ocrlayer', []):
            src, _ = render(blocks, 'rl'); out = L('pdf')
            post.append((ocr_layer_rl, (src, out), {}))
            add(zname + '.pdf', out, kind, 'scan image + reportlab invisible text (render mode 3)', 'ocr-layer', sealed); return
        src, pname = render(blocks, prod, style)
        if key in pk.get('gs', []):
            out = L('pdf'); post.append((gs_redistill, (src, out), {}))
            add(zname + '.pdf', out, kind, pname + ' → Ghostscript pdfwrite', 'text', sealed); return
        if pk.get('encrypt') == key:
            out = L('pdf'); post.append((lambda a, b: sh('qpdf', '--encrypt', 'sh2025', 'owner27', '256', '--', a, b), (src, out), {}))
            add(zname + '.pdf', out, kind, pname + ' → qpdf AES-256 (user password)', 'encrypted', sealed); return
        if pk.get('corrupt') == key:
            out = L('pdf')
            def trunc(a, b):
                data = open(a, 'rb').read(); open(b, 'wb').write(data[:int(len(data) * 0.45)])
            post.append((trunc, (src, out), {}))
            add(zname + '.pdf', out, kind, pname + ' (truncated at 45%)', 'corrupt', sealed); return
        if pk.get('faint') == key:
            out = L('pdf'); post.append((scan_pdf, (src, out), dict(dpi=60, gray=True, rot=1.5, q=25, faint=True, blur=1.6)))
            add(zname + '.pdf', out, kind, 'scan: 60 dpi, faint, blurred (unreadable) → img2pdf', 'none', sealed); return
        add(zname + '.pdf', src, kind, pname, 'text', sealed)

    org = pk['name']; d0 = fname_for
    style = {'E02': 'web', 'E05': 'corp', 'E13': 'corp', 'E21': 'corp', 'E23': 'web'}.get(pk['id'], 'gov')
    # application form
    dd, nn = d0(pk, 'application_form')
    material('application_form', app_form(pk, pk['form']), pk['form_prod'], dd + ('附件1-' if pk['id'] in ('E04', 'E15') else '') + nn, None,
             style='web' if pk['form'] == 'web' else style)
    dd, nn = d0(pk, 'industry_letter')
    material('industry_letter', industry_letter(pk, pk['ind_var']), pk['letter_prod'], dd + ('上级主管单位批复' if pk['ind_var'] == 'pifu' else nn), True, key='ind')
    material('district_letter', district_letter(pk, pk['dist_var']), pk['letter_prod'], dd + '区人社局推荐函', not pk.get('no_dseal'), key='dist')
    dd, nn = d0(pk, 'credit_report')
    material('credit_report', credit_report(pk, pk['credit']), 'rl' if pk['credit'] == 'center' else ('html' if pk['letter_prod'] == 'html' else 'rl'),
             dd + nn, None, key='credit', style=style)
    years = pk.get('audit_years', [2023, 2022])
    for i, y in enumerate(years):
        fi = (PK.index(pk) + i) % len(FIRMS)
        prod = 'docx' if (PK.index(pk) + i) % 3 == 0 else 'rl'
        material('audit_report', audit_report(pk, y, pk['audit'], fi), prod, dd + f'{y}年度审计报告', None, key=f'audit{y}')
    dd, nn = d0(pk, 'registration_certificate')
    reg_issuer = {'biz': f'上海市{pk["dist"]}市场监督管理局' if pk['kind'] == 'biz' else '', 'mfq': f'上海市{pk["dist"]}民政局',
                  'st': '上海市社会团体管理局', 'sy': '上海市事业单位登记管理局'}[pk['kind']]
    lab = pk.get('legal_label', '法定代表人')
    if pk['kind'] == 'biz':
        fields = [('统一社会信用代码', pk['code']), ('名　　称', org), ('类　　型', pk['typ']), (lab, pk['legal']),
                  ('经营范围', f'一般项目：{pk["intro"]}技术服务、技术咨询；职业技能培训（不含需取得许可的培训）。'),
                  ('注册资本', f'人民币{R.choice([100, 300, 500, 1000])}万元整'), ('成立日期', f'{R.randrange(2008, 2020)}年{R.randrange(1, 13)}月{R.randrange(1, 28)}日'),
                  ('住　　所', pk['addr'])]
    elif pk['kind'] == 'mfq':
        fields = [('统一社会信用代码', pk['code']), ('名　　称', org), ('住　　所', pk['addr']), ('法定代表人', pk['legal']),
                  ('业务范围', '职业技能培训'), ('业务主管单位', f'上海市{pk["dist"]}人力资源和社会保障局'), ('开办资金', '人民币50万元'), ('有 效 期', '2022年3月1日至2027年2月28日')]
    elif pk['kind'] == 'st':
        fields = [('统一社会信用代码', pk['code']), ('名　　称', org), ('住　　所', pk['addr']), ('法定代表人', pk['legal']),
                  ('业务范围', '盆景赏石技艺交流、培训、展览、咨询服务'), ('活动地域', '上海市'), ('注册资金', '人民币10万元'),
                  ('业务主管单位', '上海市绿化和市容管理局'), ('有 效 期', '2021年6月1日至2026年5月31日')]
    else:
        fields = [('统一社会信用代码', pk['code']), ('名　　称', org), ('宗旨和业务范围', '开展社区营养健康指导、膳食评估与公共营养培训'),
                  ('住　　所', pk['addr']), ('法定代表人', pk['legal']), ('经费来源', '财政补助'), ('开办资金', '￥120万元'),
                  ('举办单位', '上海市浦东新区卫生健康委员会'), ('有 效 期', '自2023年5月10日至2028年5月10日')]
    csrc = cert_render(L('pdf'), pk['kind'], org, fields, reg_issuer, f'{R.randrange(2019, 2024)}年{R.randrange(1, 13)}月{R.randrange(1, 28)}日',
                       copy_stamp=org if PK.index(pk) % 2 == 0 else None)
    regkey = 'reg'
    scans = pk.get('scans', {})
    if regkey in scans:
        mode = scans[regkey]
        if mode == 'jpg':
            out = L('jpg'); post.append((scan_pdf, (csrc, None), dict(dpi=150, gray=False, rot=1.2, q=60, jpg_out=out)))
            add(dd + nn + '.jpg', out, 'registration_certificate', 'reportlab certificate → scan (colour JPEG photo)', 'none', True)
        else:
            out = L('pdf'); post.append((scan_pdf, (csrc, out), dict(dpi=150, gray=(mode == 'gray'), rot=0.7, q=55)))
            add((dd if pk['folders'] else '') + f'IMG_20250116_{cnt[0]:04d}.pdf', out, 'registration_certificate', 'reportlab certificate → scan (img2pdf)', 'none', True)
    elif regkey in pk.get('ocrlayer', []):
        out = L('pdf'); post.append((ocr_layer_rl, (csrc, out), {}))
        add(dd + nn + '.pdf', out, 'registration_certificate', 'reportlab certificate → scan + reportlab invisible text (render mode 3)', 'ocr-layer', True)
    else:
        add(dd + nn + '.pdf', csrc, 'registration_certificate', 'reportlab canvas (certificate, text at coordinates)', 'text', True)
    # work plan, pledge, integrity
    dd, nn = d0(pk, 'work_plan')
    wp_prod = pk['impl_prod'] if pk['impl_prod'] != 'odt' else 'rl'
    if PK.index(pk) % 3 == 1 and not pk.get('docx_only') and not pk.get('scans', {}).get('pledge'):
        blocks = work_plan(pk) + [('br',)] + pledge(pk) + [('br',)] + integrity(pk)
        src, pname = render(blocks, 'rl' if wp_prod == 'odt' else wp_prod, style)
        add(dd + '工作方案（含承诺书、廉洁责任书）.pdf', src, 'work_plan+pledge+integrity_letter', pname, 'text', True)
    else:
        material('work_plan', work_plan(pk), 'odt' if pk['impl_prod'] == 'odt' else wp_prod, dd + nn, None, style=style)
        material('pledge', pledge(pk, PK.index(pk) % 2), pk['letter_prod'] if pk['letter_prod'] != 'html' else 'html', dd + '承诺书', True, key='pledge')
        material('integrity_letter', integrity(pk), 'rl', dd + '廉洁责任书', True, key='integrity')
    # implementation plan
    dd, nn = d0(pk, 'implementation_plan')
    material('implementation_plan+evaluation_plan', impl_plan(pk, pk['impl']), pk['impl_prod'], dd + ('项目实施方案及评价方案'), None, key='impl', style=style)
    # samples
    dd, _ = d0(pk, 'sample_paper')
    sprod = {'rl': 'rl', 'docx': 'docx', 'odt': 'odt', 'html': 'html'}[pk['impl_prod']]
    for o, ls in pk['apps']:
        short = o.split('（')[-1].rstrip('）') if '（' in o else o
        if pk['samples'] == 'combined':
            blocks = []
            for l in sorted(ls, reverse=True):
                for si in range(2):
                    if pk.get('oneset') == l and si == 1:
                        continue
                    blocks += sample_set(pk, o, l, si, pk['sset'], pk.get('answers')) + [('br',)]
            src, pname = render(blocks[:-1], sprod, style)
            add(dd + f'{short}样题（各等级两套）.pdf', src, 'sample_paper', pname)
        elif pk['samples'] == 'perlevel':
            for l in sorted(ls, reverse=True):
                blocks = sample_set(pk, o, l, 0, pk['sset'], pk.get('answers')) + [('br',)] + sample_set(pk, o, l, 1, pk['sset'], pk.get('answers'))
                src, pname = render(blocks, sprod, style)
                add(dd + f'{short}{LV[l]}样题.pdf', src, 'sample_paper', pname)
        else:
            for l in sorted(ls, reverse=True):
                for si in range(2):
                    if pk.get('oneset') == l and si == 1:
                        continue
                    src, pname = render(sample_set(pk, o, l, si, pk['sset'], pk.get('answers')), sprod, style)
                    add(dd + f'{short}{LV[l]}-{SETNAMES[pk["sset"]][si].replace(" ", "")}.pdf', src, 'sample_paper', pname)
    # extras
    dd, _ = d0(pk, 'other')
    for ex in pk.get('extras', []):
        if ex == 'photo' or ex == 'blurphoto':
            out = L('jpg'); rp = random.Random(pk['id'])
            im = Image.new('RGB', (900, 600), (200, 196, 188)); dr = ImageDraw.Draw(im)
            for k in range(6):
                x = rp.randrange(50, 800); dr.rectangle([x, 300, x + 90, 420], fill=(120, 90, 60))
            dr.rectangle([0, 0, 900, 120], fill=(235, 235, 230)); dr.rectangle([350, 140, 560, 260], fill=(30, 30, 35))
            if ex == 'blurphoto':
                im = im.filter(ImageFilter.GaussianBlur(6))
            im.save(out, 'JPEG', quality=45)
            add(dd + ('考核点现场照片.jpg' if ex == 'photo' else 'IMG_2087.jpg'), out, 'other', 'Pillow (synthetic site photo, JPEG)', 'none')
        elif ex == 'floor':
            out = L('pdf'); cv = rlcanvas.Canvas(out, pagesize=A4); cv.setFont('wqy', 15)
            cv.drawString(70, 780, f'{org} 考核点平面布置图'); cv.setFont('wqy', 10)
            for r_, (x, y, w, h, t) in enumerate([(70, 450, 200, 250, '理论考场'), (270, 450, 250, 250, '实操考场'), (70, 330, 150, 120, '监控室'), (220, 330, 300, 120, '候考区')]):
                cv.rect(x, y, w, h); cv.drawString(x + 10, y + h - 20, t)
            cv.drawString(70, 300, f'地址：{pk["site"]}'); cv.showPage(); cv.save()
            add(dd + '考核点平面图.pdf', out, 'other', 'reportlab canvas (floor plan)')
        elif ex == 'teachers':
            rt = random.Random(pk['id'] + 't')
            rows = [['序号', '姓名', '职称/等级', '从事工作']] + [[i + 1, rt.choice('王李张刘陈杨赵黄周吴') + rt.choice(['明', '红', '建国', '晓', '静', '勇', '婷']), rt.choice(['高级技师', '技师', '高级工程师', '讲师']), rt.choice(['考评员', '督导员', '培训教师'])] for i in range(10)]
            src = rl_render([('t', '专家及考评人员名单'), ('pl', f'单位：{org}'), ('tbl', rows)], L('pdf'))
            add(dd + '师资及考评员名单.pdf', src, 'other', 'reportlab')
        elif ex == 'mulu':
            lines = [('t', '申报材料目录'), ('pl', f'申报单位：{org}')] + [('pl', f'{i + 1}. {d["path"].split("/")[-1]}') for i, d in enumerate(docs)]
            src = rl_render(lines, L('pdf'))
            docs.insert(0, dict(path='00目录.pdf' if pk['folders'] else '目录.pdf', local=src, kind='other', producer='reportlab', text='text', seal=None))
    return docs, post

def assemble(pk, docs):
    # big combined PDF
    if pk.get('bigpdf'):
        take = [d for d in docs if d['kind'] in ('credit_report', 'audit_report', 'registration_certificate') and d['local'].endswith('.pdf') and d['text'] == 'text']
        out = os.path.join(BUILD, pk['id'], f'{pk["id"]}_big.pdf')
        merge([d['local'] for d in take], out)
        kinds = []
        for d in take:
            if d['kind'] not in kinds:
                kinds.append(d['kind'])
        for d in take:
            docs.remove(d)
        docs.append(dict(path='信用佐证材料（信用报告+审计报告+营业执照）.pdf', local=out, kind='+'.join(kinds),
                         producer='qpdf merge of: ' + '; '.join(sorted(set(d['producer'] for d in take))), text='text', seal=True))
    zname = f'{pk["id"]}-{pk["name"]}.zip'
    zpath = os.path.join(PKG, zname)
    entries = []
    if pk.get('nested'):
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, 'w', zipfile.ZIP_DEFLATED) as zi:
            for d in docs:
                if d['kind'].startswith(('implementation_plan', 'sample_paper')):
                    zi.write(d['local'], d['path'].split('/')[-1]); d['path'] = '实施方案及样题.zip/' + d['path'].split('/')[-1]
        entries.append(('实施方案及样题.zip', inner.getvalue()))
    for d in docs:
        if '.zip/' not in d['path']:
            entries.append((d['path'], open(d['local'], 'rb').read()))
    if pk.get('macosx'):
        entries.append(('__MACOSX/._' + entries[0][0].split('/')[-1], b'\x00\x05\x16\x07' + b'\x00' * 60))
        entries.append(('.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 40))
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = GBKInfo(name, date_time=(2025, 1, pk['day'], 9, 30, 0)) if pk.get('gbk') else zipfile.ZipInfo(name, date_time=(2025, 1, pk['day'], 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    apps = [{'code': OCC[o][0], 'name': o, 'levels': sorted(ls, reverse=True)} for o, ls in pk['apps']]
    kd = []
    for d in docs:
        e = {'path': d['path'], 'kind': d['kind'], 'producer': d['producer'], 'text': d['text']}
        if d['seal'] is not None and any(k in d['kind'] for k in ('letter', 'pledge', 'registration', 'integrity')):
            e['seal'] = bool(d['seal'])
        kd.append(e)
    why = {'pass': '所有必备材料齐全可读，无否决情形。'}.get(pk['verdict'], '；'.join(pk['defects']))
    return zname, {'verdict': pk['verdict'], 'causes': pk['causes'], 'defects': pk['defects'], 'why': why,
                   'organisation': {'name': pk['name'], 'credit_code': pk['code']}, 'applications': apps, 'documents': kd}

class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800

def main():
    shutil.rmtree(BUILD, ignore_errors=True); shutil.rmtree(PKG, ignore_errors=True)
    os.makedirs(BUILD); os.makedirs(PKG)
    allres = []
    for pk in PK:
        docs, post = build_pkg(pk)
        allres.append((pk, docs, post))
    # LibreOffice batch conversion (one process)
    finals = set(d['local'] for _, docs, _ in allres for d in docs)
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(BUILD) for f in fs
                   if f.endswith(('.docx', '.odt')) and os.path.join(r, f) not in finals)
    lo = os.path.join(BUILD, '_lo'); os.makedirs(lo)
    import threading
    t = threading.Thread(target=run_chrome); t.start()   # chromium and LibreOffice: 2 heavy processes at most
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', lo] + files,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    for f in files:
        shutil.move(os.path.join(lo, os.path.basename(f).rsplit('.', 1)[0] + '.pdf'), f.rsplit('.', 1)[0] + '.pdf')
    t.join()
    for pk, docs, post in allres:
        for fn, a, k in post:
            fn(*a, **k)
    key = {'author': 'final27', 'packages': {}}
    for pk, docs, post in allres:
        zname, entry = assemble(pk, docs)
        key['packages'][zname] = entry
    json.dump(key, open(os.path.join(BASE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('done', len(key['packages']))

if __name__ == '__main__':
    main()
