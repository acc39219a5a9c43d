# -*- coding: utf-8 -*-
"""Core helpers for the final26 blind corpus: credit codes, seals, renderers."""
import os, io, math, random, html, subprocess, zipfile, struct, zlib

FONT_TTC_WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
def _find(cands):
    for c in cands:
        if os.path.exists(c):
            return c
    return None
FONT_SERIF = _find(['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
                    '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', FONT_TTC_WQY])
FONT_SANS = _find(['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', FONT_TTC_WQY])
FONT_BOLD = _find(['/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
                   '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', FONT_SERIF])

# ---------------------------------------------------------------- credit codes
ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
A31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11 = [3, 7, 9, 10, 5, 8, 4, 2]

def orgcode_check(s8):
    t = sum(ALNUM.index(c) * w for c, w in zip(s8, W11))
    c = 11 - t % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))

def code_check(s17):
    t = sum(A31.index(c) * w for c, w in zip(s17, W31))
    return A31[(31 - t % 31) % 31]

def make_code(rng, cat, region):
    safe = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    while True:
        s8 = 'MA' + ''.join(rng.choice(safe) for _ in range(6))
        chk = orgcode_check(s8)
        body = cat + region + s8 + chk
        if all(c in A31 for c in body):
            return body + code_check(body)

def break_code(code):
    """Same code with a wrong 18th character."""
    i = A31.index(code[-1])
    return code[:-1] + A31[(i + 7) % 31]

def valid_code(c):
    return (len(c) == 18 and all(x in A31 for x in c) and code_check(c[:17]) == c[17]
            and orgcode_check(c[8:16]) == c[16])

assert valid_code('91310115MA1FL0A00C') and valid_code('52310104MJ5K3L7D1F') and valid_code('123100004250018698')
assert not valid_code('91310115MA1FL0A00D') and not valid_code('52310104MJ5K3L7D0C')

# ---------------------------------------------------------------- Chinese dates
CN_D = '〇一二三四五六七八九'
def cn_num(n):
    if n <= 10:
        return ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n]
    if n < 20:
        return '十' + CN_D[n - 10]
    return CN_D[n // 10] + '十' + ('' if n % 10 == 0 else CN_D[n % 10])
def cn_date(y, m, d):
    return ''.join(CN_D[int(c)] for c in str(y)) + '年' + cn_num(m) + '月' + cn_num(d) + '日'
def cn_year(y):
    return ''.join(CN_D[int(c)] for c in str(y))

LEVEL_CN = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LEVEL_OLD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LEVEL_BOTH = {k: '%s/%s' % (LEVEL_CN[k], LEVEL_OLD[k]) for k in LEVEL_CN}

# ---------------------------------------------------------------- seal image
def seal_png(path, text, bottom='', color=(214, 30, 30), size=300, gray=False, seed=0):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rng = random.Random(seed)
    im = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    col = color + (235,)
    c = size / 2
    r = size / 2 - 8
    d.ellipse([c - r, c - r, c + r, c + r], outline=col, width=max(8, size // 42))
    # star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = size * 0.13 if i % 2 == 0 else size * 0.052
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=col)
    n = len(text)
    fs = int(size * (0.13 if n <= 12 else 0.105 if n <= 17 else 0.088))
    font = ImageFont.truetype(FONT_BOLD, fs)
    span = math.radians(min(250, 20 * n + 40))
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        rr = r - fs * 0.85
        tile = Image.new('RGBA', (fs * 2, fs * 2), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((fs * 0.5, fs * 0.35), ch, font=font, fill=col)
        tile = tile.rotate(-math.degrees(ang + math.pi / 2), resample=Image.BICUBIC)
        x = c + rr * math.cos(ang) - fs
        y = c + rr * math.sin(ang) - fs
        im.alpha_composite(tile, (int(x), int(y)))
    if bottom:
        f2 = ImageFont.truetype(FONT_BOLD, int(size * 0.08))
        w = d.textlength(bottom, font=f2)
        d.text((c - w / 2, c + size * 0.2), bottom, font=f2, fill=col)
    # ink unevenness
    px = im.load()
    for _ in range(size * 3):
        x, y = rng.randrange(size), rng.randrange(size)
        p = px[x, y]
        if p[3] > 0:
            px[x, y] = (p[0], p[1], p[2], int(p[3] * rng.uniform(0.3, 0.9)))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    if gray:
        im = im.convert('LA').convert('RGBA')
    # quantise alpha to a few steps so the PNG stays small
    a = im.getchannel('A').point(lambda v: 0 if v < 40 else (150 if v < 160 else 230))
    solid = Image.new('RGBA', im.size, color + (0,))
    solid.putalpha(a)
    solid.save(path, optimize=True)
    return path

def seal_svg(text, bottom='', size=150, color='#d7191c'):
    n = len(text)
    fs = 20 if n <= 12 else 16 if n <= 17 else 13
    span = min(250, 20 * n + 40)
    r = size / 2 - 4
    rt = r - fs * 0.95
    # arc path for text from angle a0 to a1 (degrees, 0 = up)
    a0 = math.radians(-90 - span / 2)
    a1 = math.radians(-90 + span / 2)
    c = size / 2
    x0, y0 = c + rt * math.cos(a0), c + rt * math.sin(a0)
    x1, y1 = c + rt * math.cos(a1), c + rt * math.sin(a1)
    large = 1 if span > 180 else 0
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = size * 0.13 if i % 2 == 0 else size * 0.052
        pts.append('%.1f,%.1f' % (c + rr * math.cos(ang), c + rr * math.sin(ang)))
    pid = 'p%d' % (zlib.crc32(text.encode()) % 100000)
    return ('<svg class="seal" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">'
            '<defs><path id="%s" d="M %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f"/></defs>'
            '<circle cx="%.1f" cy="%.1f" r="%.1f" fill="none" stroke="%s" stroke-width="4"/>'
            '<polygon points="%s" fill="%s"/>'
            '<text font-size="%d" fill="%s" font-family="Noto Serif CJK SC" font-weight="bold" letter-spacing="1">'
            '<textPath href="#%s" startOffset="50%%" text-anchor="middle">%s</textPath></text>'
            '<text x="%.1f" y="%.1f" font-size="12" fill="%s" text-anchor="middle" font-family="Noto Serif CJK SC">%s</text>'
            '</svg>') % (size, size, size, size, pid, x0, y0, rt, rt, large, x1, y1, c, c, r, color,
                         ' '.join(pts), color, fs, color, pid, html.escape(text), c, c + size * 0.3, color,
                         html.escape(bottom))

# ---------------------------------------------------------------- block model
# blocks: ('letterhead', text) ('docno', text) ('title', text) ('h', text) ('p', text)
# ('pn', text) no indent ('pr', text) right ('pc', text) centre ('table', rows, opts)
# ('seal', text, bottom) ('pb',) ('small', text) ('sp',)

def esc(s):
    return html.escape(s)

# ---------------- reportlab
_rl_ready = {}
def rl_fonts():
    if _rl_ready:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont('WQY', FONT_TTC_WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont('WQYM', FONT_TTC_WQY, subfontIndex=1))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _rl_ready['ok'] = 1

def render_rl(blocks, out, font='WQY', meta=None, seal_dir='/tmp', fsize=11, margins=(2.6, 2.4), title='', producer_note=None):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Flowable, KeepTogether)
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT, TA_JUSTIFY
    base = ParagraphStyle('b', fontName=font, fontSize=fsize, leading=fsize * 1.75, wordWrap='CJK',
                          firstLineIndent=fsize * 2, alignment=TA_JUSTIFY)
    st = {
        'p': base,
        'pn': ParagraphStyle('pn', parent=base, firstLineIndent=0),
        'pr': ParagraphStyle('pr', parent=base, firstLineIndent=0, alignment=TA_RIGHT),
        'pc': ParagraphStyle('pc', parent=base, firstLineIndent=0, alignment=TA_CENTER),
        'title': ParagraphStyle('t', parent=base, fontSize=fsize + 7, leading=(fsize + 7) * 1.5,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8, spaceBefore=4),
        'h': ParagraphStyle('h', parent=base, fontSize=fsize + 1, firstLineIndent=0, spaceBefore=6),
        'letterhead': ParagraphStyle('lh', parent=base, fontSize=fsize + 13, leading=(fsize + 13) * 1.4,
                                     alignment=TA_CENTER, textColor=colors.HexColor('#d0021b'), firstLineIndent=0),
        'docno': ParagraphStyle('dn', parent=base, alignment=TA_CENTER, firstLineIndent=0),
        'small': ParagraphStyle('sm', parent=base, fontSize=fsize - 2, leading=(fsize - 2) * 1.5, firstLineIndent=0),
        'cell': ParagraphStyle('c', parent=base, fontSize=fsize - 1.5, leading=(fsize - 1.5) * 1.45, firstLineIndent=0,
                               alignment=TA_LEFT),
    }

    class Seal(Flowable):
        def __init__(self, png, dx=None):
            Flowable.__init__(self)
            self.png = png
        def wrap(self, aw, ah):
            self.aw = aw
            return (aw, 0.2 * cm)
        def draw(self):
            self.canv.drawImage(self.png, self.aw - 5.6 * cm, -0.6 * cm, 4.1 * cm, 4.1 * cm, mask='auto')

    class Rule(Flowable):
        def wrap(self, aw, ah):
            self.aw = aw
            return (aw, 0.5 * cm)
        def draw(self):
            self.canv.setStrokeColor(colors.HexColor('#d0021b'))
            self.canv.setLineWidth(2)
            self.canv.line(0, 0.25 * cm, self.aw, 0.25 * cm)

    story = []
    for b in blocks:
        t = b[0]
        if t in st and t != 'cell':
            txt = esc(b[1]).replace('\n', '<br/>')
            story.append(Paragraph(txt, st[t]))
            if t == 'letterhead':
                story.append(Rule())
        elif t == 'sp':
            story.append(Spacer(1, 0.5 * cm))
        elif t == 'pb':
            story.append(PageBreak())
        elif t == 'seal':
            png = os.path.join(seal_dir, 'seal_%d.png' % (zlib.crc32((b[1] + '|' + (b[2] if len(b) > 2 else '')).encode()) % 10 ** 8))
            if not os.path.exists(png):
                seal_png(png, b[1], b[2] if len(b) > 2 else '', seed=len(b[1]))
            story.append(Seal(png))
        elif t == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            data = [[Paragraph(esc(str(c)).replace('\n', '<br/>'), st['cell']) for c in r] for r in rows]
            ncol = max(len(r) for r in rows)
            aw = A4[0] - 2 * margins[1] * cm
            ws = opts.get('widths')
            colw = [aw * w for w in ws] if ws else [aw / ncol] * ncol
            tb = Table(data, colWidths=colw, repeatRows=1 if opts.get('header', True) else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if opts.get('header', True):
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee')))
            for (c0, r0, c1, r1) in opts.get('spans', []):
                sty.append(('SPAN', (c0, r0), (c1, r1)))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 0.3 * cm))
    meta = meta or {}
    def onpage(canv, doc):
        if meta.get('footer'):
            canv.setFont(font, 8)
            canv.drawCentredString(A4[0] / 2, 1.2 * cm, meta['footer'].replace('{p}', str(doc.page)))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=margins[1] * cm, rightMargin=margins[1] * cm,
                            topMargin=margins[0] * cm, bottomMargin=margins[0] * cm, title=title,
                            author=meta.get('author', ''), creator=meta.get('creator', 'ReportLab'))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return out

# ---------------- python-docx
def render_docx(blocks, out, seal_dir='/tmp', font='Noto Serif CJK SC', fsize=11, gray_seal=False):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    normal = d.styles['Normal']
    normal.font.name = font
    normal.font.size = Pt(fsize)
    normal.element.rPr.rFonts.set(qn('w:eastAsia'), font)

    def run(p, text, size=None, bold=False, color=None):
        r = p.add_run(text)
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor(*color)
        return r

    for b in blocks:
        t = b[0]
        if t == 'letterhead':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1], size=fsize + 13, bold=True, color=(0xD0, 0x02, 0x1B))
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
            for k, v in (('w:val', 'single'), ('w:sz', '18'), ('w:space', '6'), ('w:color', 'D0021B')):
                bt.set(qn(k), v)
            bdr.append(bt); pPr.append(bdr)
        elif t in ('title', 'docno', 'pc'):
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, line in enumerate(b[1].split('\n')):
                if i:
                    p.add_run().add_break()
                run(p, line, size=(fsize + 7 if t == 'title' else None), bold=(t == 'title'))
        elif t == 'h':
            p = d.add_paragraph(); run(p, b[1], bold=True, size=fsize + 1)
        elif t in ('p', 'pn', 'small'):
            p = d.add_paragraph()
            if t == 'p':
                p.paragraph_format.first_line_indent = Pt(fsize * 2)
            for i, line in enumerate(b[1].split('\n')):
                if i:
                    p.add_run().add_break()
                run(p, line, size=(fsize - 2 if t == 'small' else None))
        elif t == 'pr':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for i, line in enumerate(b[1].split('\n')):
                if i:
                    p.add_run().add_break()
                run(p, line)
        elif t == 'sp':
            d.add_paragraph()
        elif t == 'pb':
            d.add_page_break()
        elif t == 'seal':
            png = os.path.join(seal_dir, 'seal_%d.png' % (zlib.crc32((b[1] + '|' + (b[2] if len(b) > 2 else '')).encode()) % 10 ** 8))
            if not os.path.exists(png):
                seal_png(png, b[1], b[2] if len(b) > 2 else '', seed=len(b[1]))
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run().add_picture(png, width=Cm(3.9))
        elif t == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = 'Table Grid'
            merged = set()
            for (c0, r0, c1, r1) in opts.get('spans', []):
                a = tb.cell(r0, c0).merge(tb.cell(r1, c1))
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            merged.add((rr, cc))
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    if (ri, ci) in merged:
                        continue
                    cell = tb.cell(ri, ci)
                    cell.text = ''
                    run(cell.paragraphs[0], str(c), size=fsize - 1.5, bold=(ri == 0 and opts.get('header', True)))
            d.add_paragraph()
    d.save(out)
    return out

# ---------------- odfpy
def render_odt(blocks, out, seal_dir='/tmp', font='Noto Sans CJK SC', fsize=11):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, GraphicProperties, FontFace)
    from odf.text import P, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    def pstyle(name, align='justify', size=fsize, bold=False, color=None, indent=False, brk=False, border=False):
        s = Style(name=name, family='paragraph')
        kw = {'textalign': align, 'margintop': '0.1cm', 'marginbottom': '0.15cm'}
        if indent:
            kw['textindent'] = '%dpt' % (size * 2)
        if brk:
            kw['breakbefore'] = 'page'
        if border:
            kw['borderbottom'] = '1.5pt solid #d0021b'
            kw['padding'] = '0.15cm'
        s.addElement(ParagraphProperties(**kw))
        tk = {'fontsize': '%dpt' % size, 'fontname': font, 'fontnameasian': font, 'fontsizeasian': '%dpt' % size}
        if bold:
            tk['fontweight'] = 'bold'; tk['fontweightasian'] = 'bold'
        if color:
            tk['color'] = color
        s.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(s)
        return s
    S = {'p': pstyle('P1', indent=True), 'pn': pstyle('P2'), 'pr': pstyle('P3', 'end'), 'pc': pstyle('P4', 'center'),
         'title': pstyle('P5', 'center', fsize + 7, True), 'h': pstyle('P6', size=fsize + 1, bold=True),
         'letterhead': pstyle('P7', 'center', fsize + 13, True, '#d0021b', border=True),
         'docno': pstyle('P8', 'center'), 'small': pstyle('P9', size=fsize - 2),
         'cell': pstyle('P10', 'start', fsize - 1.5), 'cellb': pstyle('P11', 'start', fsize - 1.5, True),
         'pb': pstyle('P12', brk=True)}
    cs = Style(name='C1', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    fr = Style(name='fr1', family='graphic')
    fr.addElement(GraphicProperties(wrap='run-through', runthrough='foreground', verticalpos='from-top',
                                    horizontalpos='from-left', horizontalrel='paragraph', verticalrel='paragraph'))
    doc.automaticstyles.addElement(fr)
    pending_break = False
    ti = 0
    for b in blocks:
        t = b[0]
        if t == 'pb':
            pending_break = True
            continue
        if t in S and t not in ('cell', 'cellb'):
            st = S['pb'] if pending_break and t not in ('letterhead', 'title') else S[t]
            if pending_break and t in ('letterhead', 'title'):
                doc.text.addElement(P(stylename=S['pb'], text=''))
            pending_break = False
            p = P(stylename=st)
            for i, line in enumerate(b[1].split('\n')):
                if i:
                    p.addElement(LineBreak())
                p.addText(line)
            doc.text.addElement(p)
        elif t == 'sp':
            doc.text.addElement(P(stylename=S['pn'], text=''))
        elif t == 'seal':
            png = os.path.join(seal_dir, 'seal_%d.png' % (zlib.crc32((b[1] + '|' + (b[2] if len(b) > 2 else '')).encode()) % 10 ** 8))
            if not os.path.exists(png):
                seal_png(png, b[1], b[2] if len(b) > 2 else '', seed=len(b[1]))
            href = doc.addPicture(png)
            p = P(stylename=S['pr'])
            f = Frame(stylename=fr, width='3.9cm', height='3.9cm', anchortype='paragraph', x='10.5cm', y='-3.2cm')
            f.addElement(DImage(href=href))
            p.addElement(f)
            doc.text.addElement(p)
        elif t == 'table':
            if pending_break:
                doc.text.addElement(P(stylename=S['pb'], text='')); pending_break = False
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            ti += 1
            tb = Table(name='T%d' % ti)
            ws = opts.get('widths') or [1.0 / ncol] * ncol
            for j, w in enumerate(ws):
                c = Style(name='T%dC%d' % (ti, j), family='table-column')
                c.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16.0 * w)))
                doc.automaticstyles.addElement(c)
                tb.addElement(TableColumn(stylename=c))
            spans = {(r0, c0): (c1 - c0 + 1, r1 - r0 + 1) for (c0, r0, c1, r1) in opts.get('spans', [])}
            covered = set()
            for (c0, r0, c1, r1) in opts.get('spans', []):
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            covered.add((rr, cc))
            from odf.table import CoveredTableCell
            for ri, r in enumerate(rows):
                tr = TableRow()
                for ci in range(ncol):
                    if (ri, ci) in covered:
                        tr.addElement(CoveredTableCell()); continue
                    kw = {}
                    if (ri, ci) in spans:
                        kw = {'numbercolumnsspanned': spans[(ri, ci)][0], 'numberrowsspanned': spans[(ri, ci)][1]}
                    tc = TableCell(stylename=cs, **kw)
                    txt = str(r[ci]) if ci < len(r) else ''
                    p = P(stylename=S['cellb'] if ri == 0 and opts.get('header', True) else S['cell'])
                    for i, line in enumerate(txt.split('\n')):
                        if i:
                            p.addElement(LineBreak())
                        p.addText(line)
                    tc.addElement(p)
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
            doc.text.addElement(P(stylename=S['pn'], text=''))
    doc.save(out)
    return out

# ---------------- HTML for chromium
def render_html(blocks, out, css_extra='', font='Noto Serif CJK SC', fsize=11, header_html='', footer_html='',
                gray_seal=False):
    parts = []
    for b in blocks:
        t = b[0]
        if t == 'letterhead':
            parts.append('<div class="lh">%s</div><div class="lhrule"></div>' % esc(b[1]))
        elif t in ('title', 'h', 'p', 'pn', 'pr', 'pc', 'docno', 'small'):
            tag = {'title': 'h1', 'h': 'h2'}.get(t, 'p')
            parts.append('<%s class="%s">%s</%s>' % (tag, t, esc(b[1]).replace('\n', '<br>'), tag))
        elif t == 'sp':
            parts.append('<div style="height:1.2em"></div>')
        elif t == 'pb':
            parts.append('<div style="page-break-after:always"></div>')
        elif t == 'seal':
            parts.append('<div class="sealwrap">%s</div>' % seal_svg(b[1], b[2] if len(b) > 2 else '',
                                                                     color='#777' if gray_seal else '#d7191c'))
        elif t == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            spans = {(r0, c0): (c1 - c0 + 1, r1 - r0 + 1) for (c0, r0, c1, r1) in opts.get('spans', [])}
            covered = set()
            for (c0, r0, c1, r1) in opts.get('spans', []):
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            covered.add((rr, cc))
            h = ['<table>']
            ws = opts.get('widths')
            if ws:
                h.append('<colgroup>' + ''.join('<col style="width:%d%%">' % int(w * 100) for w in ws) + '</colgroup>')
            for ri, r in enumerate(rows):
                h.append('<tr>')
                for ci, c in enumerate(r):
                    if (ri, ci) in covered:
                        continue
                    tag = 'th' if ri == 0 and opts.get('header', True) else 'td'
                    sp = ''
                    if (ri, ci) in spans:
                        sp = ' colspan="%d" rowspan="%d"' % spans[(ri, ci)]
                    h.append('<%s%s>%s</%s>' % (tag, sp, esc(str(c)).replace('\n', '<br>'), tag))
                h.append('</tr>')
            h.append('</table>')
            parts.append(''.join(h))
    css = '''@page { size: A4; margin: 22mm 20mm; }
body { font-family: "%s", "WenQuanYi Zen Hei", serif; font-size: %dpt; line-height: 1.75; color:#111; }
.lh { color:#d0021b; font-size:%dpt; font-weight:bold; text-align:center; letter-spacing:2px; }
.lhrule { border-bottom: 2.5px solid #d0021b; margin: 4px 0 14px 0; }
h1 { font-size:%dpt; text-align:center; margin:10px 0 12px 0; font-weight:bold; }
h2 { font-size:%dpt; margin:10px 0 4px 0; }
p { margin: 2px 0; }
p.p { text-indent: 2em; text-align: justify; }
p.pr { text-align:right; } p.pc, p.docno { text-align:center; } p.small { font-size: %dpt; }
table { border-collapse: collapse; width:100%%; margin: 6px 0 10px 0; font-size: %dpt; }
td, th { border: 1px solid #333; padding: 3px 5px; vertical-align: middle; }
th { background:#f0f0f0; }
.sealwrap { text-align:right; margin-top:-95px; margin-right:40px; height: 60px; }
.sealwrap svg { opacity: 0.88; }
%s''' % (font, fsize, fsize + 12, fsize + 6, fsize + 1, fsize - 2, fsize - 1, css_extra)
    doc = '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s%s%s</body></html>' % (
        css, header_html, '\n'.join(parts), footer_html)
    with open(out, 'w', encoding='utf-8') as f:
        f.write(doc)
    return out

def chromium_pdf(html_path, pdf_path):
    exe = None
    for c in ('chromium', 'chromium-browser', 'google-chrome'):
        if subprocess.call(['which', c], stdout=subprocess.DEVNULL) == 0:
            exe = c; break
    subprocess.run([exe, '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf-no-header', '--print-to-pdf=' + pdf_path, 'file://' + os.path.abspath(html_path)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return pdf_path

# ---------------------------------------------------------------- scans / photos
def pdf_to_images(pdf, dpi, first=None, last=None):
    import tempfile, glob
    from PIL import Image
    td = tempfile.mkdtemp(prefix='rast', dir='/tmp')
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if first: cmd += ['-f', str(first)]
    if last: cmd += ['-l', str(last)]
    subprocess.run(cmd + [pdf, os.path.join(td, 'p')], check=True)
    ims = [Image.open(f).convert('RGB') for f in sorted(glob.glob(os.path.join(td, 'p*.png')))]
    for f in glob.glob(os.path.join(td, '*')):
        os.remove(f)
    os.rmdir(td)
    return ims

def scanify(im, rng, gray=True, angle=None, noise=10, quality=62, faint=False, blur=0, dpi=150, lowres_dpi=None):
    from PIL import Image, ImageFilter, ImageEnhance
    import random as _r
    if gray:
        im = im.convert('L')
    if lowres_dpi:
        w, h = im.size
        f = lowres_dpi / dpi
        im = im.resize((max(1, int(w * f)), max(1, int(h * f))), Image.BILINEAR)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if faint:
        im = ImageEnhance.Contrast(im).enhance(0.18)
        im = ImageEnhance.Brightness(im).enhance(1.45)
    a = angle if angle is not None else rng.uniform(-1.4, 1.4)
    fill = 255 if im.mode == 'L' else (255, 255, 255)
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if noise:
        # cheap noise: blend with random noise image
        nz = Image.effect_noise(im.size, noise * 4).convert(im.mode)
        im = Image.blend(im, nz, 0.06)
    return im

def images_to_pdf(ims, out, dpi, quality=62):
    """JPEG pages wrapped by the img2pdf command-line tool (no re-encoding)."""
    import tempfile
    td = tempfile.mkdtemp(prefix='i2p', dir='/tmp')
    files = []
    for i, im in enumerate(ims):
        f = os.path.join(td, 'p%03d.jpg' % i)
        im.save(f, 'JPEG', quality=quality, dpi=(dpi, dpi))
        files.append(f)
    subprocess.run(['img2pdf'] + files + ['-o', out], check=True)
    for f in files:
        os.remove(f)
    os.rmdir(td)
    return out

def photo_of(im, rng, poor=False):
    """A phone photo of a page: desk background, slight perspective, warm light."""
    from PIL import Image, ImageFilter, ImageEnhance, ImageDraw
    w, h = im.size
    bg = Image.new('RGB', (int(w * 1.18), int(h * 1.12)), (120 + rng.randrange(40), 95 + rng.randrange(30), 70))
    page = im.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True, fillcolor=(120, 95, 70))
    bg.paste(page, ((bg.size[0] - page.size[0]) // 2, (bg.size[1] - page.size[1]) // 2))
    # lighting gradient
    grad = Image.linear_gradient('L').resize(bg.size).rotate(rng.choice([0, 90, 180, 270]))
    dark = ImageEnhance.Brightness(bg).enhance(0.78)
    bg = Image.composite(bg, dark, grad)
    if poor:
        bg = bg.resize((bg.size[0] // 4, bg.size[1] // 4)).filter(ImageFilter.GaussianBlur(3.2))
        bg = ImageEnhance.Contrast(bg).enhance(0.45)
        bg = bg.resize((bg.size[0] * 2, bg.size[1] * 2))
    return bg

# ---------------------------------------------------------------- zip with GBK names
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800
