# -*- coding: utf-8 -*-
"""Block model -> HTML (Chromium), .docx (python-docx), .odt (odfpy), PDF (reportlab)."""
import os, zlib, html as H
from gen_core import seal_svg, seal_png, ensure_rl_fonts

RED = '#d7262c'


def esc(s):
    return H.escape(s).replace('\n', '<br/>')


def _cover(rows, merges):
    """Return dict (r,c)->(rowspan,colspan) for anchors and set of covered cells."""
    anchors, covered = {}, set()
    for (r0, c0, r1, c1) in merges or []:
        anchors[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    return anchors, covered


# ================================================================ HTML
def to_html(blocks, st, workdir):
    font = st.get('font', 'WenQuanYi Zen Hei')
    fs = st.get('size', 15)
    css = '''
    @page { size: A4; margin: %(m)s; }
    body { font-family: "%(font)s", serif; font-size: %(fs)spx; line-height: %(lh)s; color:#111; }
    .lh { text-align:center; color:%(red)s; font-size:%(lhs)spx; font-weight:bold; letter-spacing:%(ls)s; margin:6px 0 4px 0; font-family:"Noto Serif CJK SC"; }
    .docno { text-align:%(dna)s; font-size:%(fs)spx; margin:4px 0; }
    .rule { border-top:2.5px solid %(red)s; margin:4px 0 22px 0; }
    h1 { text-align:center; font-size:%(ts)spx; font-weight:bold; margin:18px 0 16px 0; line-height:1.45; }
    .sub { text-align:center; font-size:%(fs)spx; color:#333; margin-bottom:10px; }
    h2 { font-size:%(hs)spx; margin:14px 0 6px 0; }
    p { margin:4px 0; text-indent:2em; text-align:justify; }
    p.pl { text-indent:0; }
    p.pr { text-align:right; }
    .note { font-size:%(ns)spx; color:#555; text-indent:0; }
    table { border-collapse:collapse; width:100%%; margin:8px 0; font-size:%(tfs)spx; }
    td, th { border:1px solid #333; padding:4px 6px; vertical-align:middle; }
    th { background:%(thbg)s; font-weight:bold; }
    .sign { position:relative; margin-top:26px; text-align:right; padding-right:40px; min-height:120px; }
    .sign .seal { position:absolute; right:%(sealr)spx; top:-30px; }
    .pb { page-break-after:always; }
    %(extra)s
    ''' % dict(m=st.get('margin', '22mm 20mm'), font=font, fs=fs, lh=st.get('lh', 1.7), red=RED,
               lhs=st.get('lhs', 30), ls=st.get('ls', '3px'), dna=st.get('docno_align', 'center'),
               ts=st.get('tsize', 22), hs=fs + 1, ns=fs - 3, tfs=st.get('tfs', fs - 1),
               thbg=st.get('thbg', '#eee'), sealr=st.get('sealr', 40), extra=st.get('css', ''))
    out = ['<html><head><meta charset="utf-8"><style>%s</style></head><body>' % css]
    if st.get('top_html'):
        out.append(st['top_html'])
    for b in blocks:
        t = b[0]
        if t == 'lh':
            out.append('<div class="lh">%s</div>' % esc(b[1] + (b[2] or '')))
            if b[3]:
                out.append('<div class="docno">%s</div>' % esc(b[3]))
            out.append('<div class="rule"></div>')
        elif t == 'title':
            out.append('<h1>%s</h1>' % esc(b[1]))
        elif t == 'sub':
            out.append('<div class="sub">%s</div>' % esc(b[1]))
        elif t == 'h':
            out.append('<h2>%s</h2>' % esc(b[1]))
        elif t in ('p', 'pl', 'pr'):
            out.append('<p class="%s">%s</p>' % (t, esc(b[1])))
        elif t == 'note':
            out.append('<p class="note">%s</p>' % esc(b[1]))
        elif t == 'sp':
            out.append('<div style="height:%dpx"></div>' % (b[1] * 14))
        elif t == 'pb':
            out.append('<div class="pb"></div>')
        elif t == 'raw':
            out.append(b[1])
        elif t == 'table':
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            anchors, covered = _cover(rows, o.get('merges'))
            out.append('<table>')
            if o.get('widths'):
                out.append('<colgroup>%s</colgroup>' % ''.join('<col style="width:%d%%">' % int(w * 100) for w in o['widths']))
            for r, row in enumerate(rows):
                out.append('<tr>')
                for c, cell in enumerate(row):
                    if (r, c) in covered:
                        continue
                    rs, cs = anchors.get((r, c), (1, 1))
                    tag = 'th' if (o.get('header', True) and r == 0) else 'td'
                    attr = (' rowspan="%d"' % rs if rs > 1 else '') + (' colspan="%d"' % cs if cs > 1 else '')
                    out.append('<%s%s>%s</%s>' % (tag, attr, esc(cell), tag))
                out.append('</tr>')
            out.append('</table>')
        elif t == 'sign':
            lines, seal = b[1], b[2]
            s = '<div class="sign">'
            if seal:
                s += '<div class="seal">%s</div>' % seal_svg(seal['name'], seal.get('bottom', ''), rot=seal.get('rot', -8))
            s += ''.join('<div>%s</div>' % esc(l) for l in lines) + '</div>'
            out.append(s)
    if st.get('bottom_html'):
        out.append(st['bottom_html'])
    out.append('</body></html>')
    return '\n'.join(out)


# ================================================================ DOCX
def to_docx(blocks, st, path, workdir):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    font = st.get('dfont', '宋体')
    size = st.get('dsize', 12)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(st.get('dmargin', 2.6))
        s.top_margin = Cm(2.5)
        s.bottom_margin = Cm(2.3)
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
    normal = doc.styles['Normal']
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    core = doc.core_properties
    core.author = st.get('author', 'Administrator')
    core.title = ''
    core.comments = ''
    core.last_modified_by = st.get('author', 'Administrator')

    def run(p, text, bold=False, sz=None, color=None, f=None):
        r = p.add_run(text)
        r.bold = bold
        if sz:
            r.font.size = Pt(sz)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if f:
            r.font.name = f
            r._element.rPr.rFonts.set(qn('w:eastAsia'), f)
        return r

    def bottom_border(p, color='D7262C', sz=18):
        pPr = p._p.get_or_add_pPr()
        b = OxmlElement('w:pBdr')
        e = OxmlElement('w:bottom')
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), '1')
        e.set(qn('w:color'), color)
        b.append(e)
        pPr.append(b)

    for b in blocks:
        t = b[0]
        if t == 'lh':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1] + (b[2] or ''), bold=True, sz=st.get('dlhs', 24), color='D7262C', f=st.get('lhfont', '方正小标宋简体'))
            if b[3]:
                p2 = doc.add_paragraph()
                p2.alignment = WD_ALIGN_PARAGRAPH.CENTER if st.get('docno_align', 'center') == 'center' else WD_ALIGN_PARAGRAPH.RIGHT
                run(p2, b[3])
                bottom_border(p2)
            else:
                bottom_border(p)
            doc.add_paragraph()
        elif t == 'title':
            for i, line in enumerate(b[1].split('\n')):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(p, line, bold=True, sz=st.get('dtsize', 18), f=st.get('tfont'))
        elif t == 'sub':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1])
        elif t == 'h':
            p = doc.add_paragraph()
            run(p, b[1], bold=True, sz=size + 1, f=st.get('hfont', '黑体'))
        elif t in ('p', 'pl', 'pr', 'note'):
            p = doc.add_paragraph()
            if t == 'p':
                p.paragraph_format.first_line_indent = Pt(size * 2)
            if t == 'pr':
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.line_spacing = st.get('dls', 1.4)
            run(p, b[1], sz=(size - 2 if t == 'note' else None))
        elif t == 'sp':
            for _ in range(b[1]):
                doc.add_paragraph()
        elif t == 'pb':
            doc.add_page_break()
        elif t == 'table':
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            nc = max(len(r) for r in rows)
            tb = doc.add_table(rows=len(rows), cols=nc)
            tb.style = 'Table Grid'
            anchors, covered = _cover(rows, o.get('merges'))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    if (r, c) in covered:
                        continue
                    tc = tb.cell(r, c)
                    tc.text = ''
                    pp = tc.paragraphs[0]
                    run(pp, cell, bold=(o.get('header', True) and r == 0), sz=o.get('dsz', size - 1.5))
            for (r0, c0, r1, c1) in o.get('merges') or []:
                tb.cell(r0, c0).merge(tb.cell(r1, c1))
            if o.get('widths'):
                tot = 21.0 - 2 * st.get('dmargin', 2.6)
                for c, w in enumerate(o['widths']):
                    for r in range(len(rows)):
                        tb.cell(r, c).width = Cm(tot * w)
            doc.add_paragraph()
        elif t == 'sign':
            lines, seal = b[1], b[2]
            if seal:
                png = os.path.join(workdir, 'seal_%d.png' % (zlib.crc32(seal['name'].encode()) % 10 ** 8))
                if not os.path.exists(png):
                    seal_png(png, seal['name'], seal.get('bottom', ''), seed=len(seal['name']))
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(png, width=Cm(4.0))
            for l in lines:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run(p, l)
    doc.save(path)


# ================================================================ ODT
def to_odt(blocks, st, path, workdir):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties, GraphicProperties)
    from odf.text import P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    font = st.get('ofont', 'Noto Serif CJK SC')
    sz = '%dpt' % st.get('osize', 11)

    def pstyle(name, align='justify', bold=False, size=None, color=None, indent=None, brk=False, border=None):
        s = Style(name=name, family='paragraph')
        pp = dict(textalign=align, margintop='0.08cm', marginbottom='0.08cm')
        if indent:
            pp['textindent'] = indent
        if brk:
            pp['breakbefore'] = 'page'
        if border:
            pp['borderbottom'] = border
            pp['padding'] = '0.1cm'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontname=font, fontnameasian=font, fontsize=size or sz, fontsizeasian=size or sz)
        if bold:
            tp.update(fontweight='bold', fontweightasian='bold')
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s
    from odf.style import FontFace
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    S = dict(
        p=pstyle('Pb', indent='0.85cm'), pl=pstyle('Pl', align='left'), pr=pstyle('Pr', align='right'),
        title=pstyle('Pt', align='center', bold=True, size='18pt'), sub=pstyle('Ps', align='center'),
        h=pstyle('Ph', align='left', bold=True, size='12.5pt'), note=pstyle('Pn', align='left', size='9pt'),
        lh=pstyle('Plh', align='center', bold=True, size='24pt', color=RED),
        rule=pstyle('Prule', align='center', border='0.06cm solid %s' % RED),
        cell=pstyle('Pc', align='left', size='10pt'), cellb=pstyle('Pcb', align='center', bold=True, size='10pt'),
    )
    brk = pstyle('Pbrk', align='left', brk=True)
    cellst = Style(name='Tc', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cellst)
    fr_st = Style(name='fr1', family='graphic')
    fr_st.addElement(GraphicProperties(wrap='none'))
    doc.automaticstyles.addElement(fr_st)
    tn = [0]
    pending_break = [False]

    def para(kind, text):
        style = S[kind]
        if pending_break[0]:
            doc.text.addElement(P(stylename=brk, text=''))
            pending_break[0] = False
        lines = text.split('\n')
        for l in lines:
            doc.text.addElement(P(stylename=style, text=l))

    for b in blocks:
        t = b[0]
        if t == 'lh':
            para('lh', b[1] + (b[2] or ''))
            doc.text.addElement(P(stylename=S['rule'], text=b[3] or ''))
        elif t in ('title', 'sub', 'h', 'p', 'pl', 'pr', 'note'):
            para(t, b[1])
        elif t == 'sp':
            for _ in range(b[1]):
                doc.text.addElement(P(stylename=S['pl'], text=''))
        elif t == 'pb':
            pending_break[0] = True
        elif t == 'table':
            if pending_break[0]:
                doc.text.addElement(P(stylename=brk, text=''))
                pending_break[0] = False
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            nc = max(len(r) for r in rows)
            tn[0] += 1
            tst = Style(name='T%d' % tn[0], family='table')
            tst.addElement(TableProperties(width='16cm', align='center'))
            doc.automaticstyles.addElement(tst)
            tb = Table(name='Table%d' % tn[0], stylename=tst)
            ws = o.get('widths') or [1.0 / nc] * nc
            for i, w in enumerate(ws):
                cs = Style(name='T%dC%d' % (tn[0], i), family='table-column')
                cs.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16 * w)))
                doc.automaticstyles.addElement(cs)
                tb.addElement(TableColumn(stylename=cs))
            anchors, covered = _cover(rows, o.get('merges'))
            for r, row in enumerate(rows):
                tr = TableRow()
                for c in range(nc):
                    cell = row[c] if c < len(row) else ''
                    if (r, c) in covered:
                        tr.addElement(CoveredTableCell())
                        continue
                    rs, cs_ = anchors.get((r, c), (1, 1))
                    kw = dict(stylename=cellst, valuetype='string')
                    if rs > 1:
                        kw['numberrowsspanned'] = rs
                    if cs_ > 1:
                        kw['numbercolumnsspanned'] = cs_
                    tc = TableCell(**kw)
                    for l in cell.split('\n'):
                        tc.addElement(P(stylename=S['cellb'] if (o.get('header', True) and r == 0) else S['cell'], text=l))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
        elif t == 'sign':
            lines, seal = b[1], b[2]
            if seal:
                png = os.path.join(workdir, 'seal_%d.png' % (zlib.crc32(seal['name'].encode()) % 10 ** 8))
                if not os.path.exists(png):
                    seal_png(png, seal['name'], seal.get('bottom', ''), seed=len(seal['name']))
                href = doc.addPicture(png)
                p = P(stylename=S['pr'])
                fr = Frame(stylename=fr_st, width='4cm', height='4cm', anchortype='as-char')
                fr.addElement(DImage(href=href))
                p.addElement(fr)
                doc.text.addElement(p)
            for l in lines:
                para('pr', l)
    doc.save(path)


# ================================================================ reportlab
def to_rl(blocks, st, path, workdir, producer=None):
    ensure_rl_fonts()
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Flowable, HRFlowable)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY, TA_LEFT
    F = st.get('rfont', 'WQY')
    fs = st.get('rsize', 11)

    def ps(name, **kw):
        base = dict(fontName=F, fontSize=fs, leading=fs * 1.75, wordWrap='CJK')
        base.update(kw)
        return ParagraphStyle(name, **base)
    S = dict(p=ps('p', firstLineIndent=fs * 2, alignment=TA_JUSTIFY), pl=ps('pl'), pr=ps('pr', alignment=TA_RIGHT),
             title=ps('t', fontSize=st.get('rtsize', 17), leading=st.get('rtsize', 17) * 1.5, alignment=TA_CENTER, spaceBefore=6, spaceAfter=10),
             sub=ps('s', alignment=TA_CENTER), h=ps('h', fontSize=fs + 1.5, leading=(fs + 1.5) * 1.7, spaceBefore=6),
             note=ps('n', fontSize=fs - 2.5, leading=(fs - 2.5) * 1.5, textColor=colors.HexColor('#555555')),
             lh=ps('lh', fontSize=st.get('rlhs', 24), leading=st.get('rlhs', 24) * 1.3, alignment=TA_CENTER, textColor=colors.HexColor(RED)),
             docno=ps('dn', alignment=TA_CENTER if st.get('docno_align', 'center') == 'center' else TA_RIGHT),
             cell=ps('c', fontSize=st.get('rtfs', fs - 1.5), leading=st.get('rtfs', fs - 1.5) * 1.4),
             cellh=ps('ch', fontSize=st.get('rtfs', fs - 1.5), leading=st.get('rtfs', fs - 1.5) * 1.4, alignment=TA_CENTER))

    class SignBlock(Flowable):
        def __init__(self, lines, seal):
            Flowable.__init__(self)
            self.lines, self.seal = lines, seal
            self.height = max(len(lines) * fs * 1.8 + 20, 110 if seal else 0)

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, self.height

        def draw(self):
            c = self.canv
            y = self.height - fs * 1.8 - 10
            xr = self.aw - 20
            for l in self.lines:
                c.setFont(F, fs)
                c.drawRightString(xr, y, l)
                y -= fs * 1.8
            if self.seal:
                png = os.path.join(workdir, 'seal_%d.png' % (zlib.crc32(self.seal['name'].encode()) % 10 ** 8))
                if not os.path.exists(png):
                    seal_png(png, self.seal['name'], self.seal.get('bottom', ''), seed=len(self.seal['name']))
                c.drawImage(png, xr - 140, self.height - 120, 118, 118, mask='auto')

    story = []

    def P(kind, text):
        t = H.escape(text).replace('\n', '<br/>')
        return Paragraph(t, S[kind])
    for b in blocks:
        t = b[0]
        if t == 'lh':
            story.append(P('lh', b[1] + (b[2] or '')))
            if b[3]:
                story.append(Spacer(1, 6))
                story.append(P('docno', b[3]))
            story.append(HRFlowable(width='100%', thickness=2, color=colors.HexColor(RED), spaceBefore=4, spaceAfter=14))
        elif t in ('title', 'sub', 'h', 'p', 'pl', 'pr', 'note'):
            story.append(P(t, b[1]))
        elif t == 'sp':
            story.append(Spacer(1, b[1] * fs * 1.4))
        elif t == 'pb':
            story.append(PageBreak())
        elif t == 'table':
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            nc = max(len(r) for r in rows)
            data = [[P('cellh' if (o.get('header', True) and r == 0) else 'cell', (row[c] if c < len(row) else ''))
                     for c in range(nc)] for r, row in enumerate(rows)]
            aw = A4[0] - 2 * st.get('rmargin', 22) * mm
            ws = [aw * w for w in (o.get('widths') or [1.0 / nc] * nc)]
            tb = Table(data, colWidths=ws, repeatRows=1 if o.get('header', True) else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
            if o.get('header', True):
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(st.get('rthbg', '#e8e8e8'))))
            for (r0, c0, r1, c1) in o.get('merges') or []:
                sty.append(('SPAN', (c0, r0), (c1, r1)))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif t == 'sign':
            story.append(SignBlock(b[1], b[2]))
    m = st.get('rmargin', 22) * mm

    def onpage(c, d):
        if st.get('footer'):
            c.setFont(F, 8.5)
            c.setFillColor(colors.HexColor('#666666'))
            c.drawCentredString(A4[0] / 2, 12 * mm, st['footer'].replace('{n}', str(d.page)))
        if st.get('header_text'):
            c.setFont(F, 8.5)
            c.setFillColor(colors.HexColor('#666666'))
            c.drawString(m, A4[1] - 12 * mm, st['header_text'])
            c.line(m, A4[1] - 13.5 * mm, A4[0] - m, A4[1] - 13.5 * mm)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=st.get('rtop', 22) * mm,
                            bottomMargin=20 * mm, title=st.get('rtitle', ''), author=st.get('author', ''),
                            creator=producer or 'ReportLab')
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
