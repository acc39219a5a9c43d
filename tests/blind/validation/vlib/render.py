"""Renderers: one abstract block list -> many producers.

Block list items (tuples):
  ('letterhead', text, suffix)      red issuer banner (suffix '' / '文件' / '函')
  ('rule',)                          red horizontal rule
  ('docno', text)
  ('title', text)                    '\n' = forced line break
  ('subtitle', text)
  ('h', text)                        bold heading
  ('p', text)                        indented paragraph
  ('pn', text)                       paragraph without indent
  ('right', text)                    right aligned line
  ('table', rows, opts)              rows of cells; cell = str | dict(t=, cs=, rs=, b=)
  ('sign', [lines], seal_text|None)  right aligned signature block, optional seal
  ('small', text)
  ('pagebreak',)
"""
import base64
import html
import io
import math
import os
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = {
    'wqy': '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    'microhei': '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    'ukai': '/usr/share/fonts/truetype/arphic/ukai.ttc',
    'uming': '/usr/share/fonts/truetype/arphic/uming.ttc',
}

# --------------------------------------------------------------------------- seals

_seal_cache = {}


def seal_png(text, size=200, color=(220, 30, 30), inner=''):
    key = (text, size, color, inner)
    if key in _seal_cache:
        return _seal_cache[key]
    S = size * 2
    im = Image.new('RGBA', (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    w = S // 28
    d.ellipse([w, w, S - w, S - w], outline=color + (235,), width=w)
    # star
    cx = cy = S / 2
    R, r = S * 0.16, S * 0.065
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=color + (235,))
    font = ImageFont.truetype(FONT_DIR['wqy'], int(S * 0.105))
    n = len(text)
    span = min(250.0, 18.0 * n + 20)
    start = -90 - span / 2
    for i, ch in enumerate(text):
        ang = start + (span * (i + 0.5) / n)
        a = math.radians(ang)
        rad = S / 2 - w * 2 - S * 0.07
        x = cx + rad * math.cos(a)
        y = cy + rad * math.sin(a)
        glyph = Image.new('RGBA', (int(S * 0.13), int(S * 0.13)), (255, 255, 255, 0))
        gd = ImageDraw.Draw(glyph)
        gd.text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=color + (235,), anchor='mm')
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        im.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if inner:
        f2 = ImageFont.truetype(FONT_DIR['wqy'], int(S * 0.07))
        d.text((cx, cy + S * 0.27), inner, font=f2, fill=color + (235,), anchor='mm')
    im = im.resize((size, size), Image.LANCZOS)
    # flatten alpha to 4 levels and quantise: small PNG with transparency
    a = im.getchannel('A').point(lambda v: 0 if v < 40 else (255 if v > 180 else 150))
    rgb = Image.new('RGB', im.size, color)
    im = Image.merge('RGBA', (*rgb.split(), a))
    buf = io.BytesIO()
    im.quantize(colors=4, method=Image.FASTOCTREE).save(buf, 'PNG', optimize=True)
    _seal_cache[key] = buf.getvalue()
    return _seal_cache[key]


# --------------------------------------------------------------------------- HTML

HTML_STYLES = {
    'gov': dict(body='"Noto Serif CJK SC", "AR PL UMing CN", serif', title='"Noto Serif CJK SC", serif',
                size='15.5pt', lh='1.75'),
    'modern': dict(body='"Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif', title='"Noto Sans CJK SC", sans-serif',
                   size='11pt', lh='1.6'),
    'kai': dict(body='"AR PL UKai CN", serif', title='"WenQuanYi Zen Hei", sans-serif', size='13pt', lh='1.7'),
    'zen': dict(body='"WenQuanYi Zen Hei", sans-serif', title='"WenQuanYi Zen Hei", sans-serif', size='11.5pt', lh='1.55'),
    'ming': dict(body='"AR PL UMing CN", serif', title='"Noto Serif CJK SC", serif', size='12pt', lh='1.65'),
}


def _cell_html(c, tag='td'):
    if isinstance(c, dict):
        attrs = ''
        if c.get('cs'):
            attrs += ' colspan="%d"' % c['cs']
        if c.get('rs'):
            attrs += ' rowspan="%d"' % c['rs']
        t = html.escape(c.get('t', '')).replace('\n', '<br>')
        if c.get('b'):
            t = '<b>%s</b>' % t
        cls = ' class="c"' if c.get('center') else ''
        return '<%s%s%s>%s</%s>' % (tag, attrs, cls, t, tag)
    return '<%s>%s</%s>' % (tag, html.escape(c).replace('\n', '<br>'), tag)


def to_html(blocks, style='gov', css_seal=True, page_margin='22mm 20mm', extra_css=''):
    st = HTML_STYLES[style]
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
           '@page { size: A4; margin: %s; }' % page_margin,
           'body { font-family: %s; font-size: %s; line-height: %s; color:#111; }' % (st['body'], st['size'], st['lh']),
           '.lh { color:#d40000; text-align:center; font-family:%s; font-size:26pt; letter-spacing:2px; font-weight:bold; margin:0 0 4px 0; }' % st['title'],
           '.rule { border-top: 2.5px solid #d40000; margin: 6px 0 14px 0; }',
           '.docno { text-align:center; margin: 4px 0 8px 0; }',
           '.title { text-align:center; font-family:%s; font-size:19pt; font-weight:bold; margin: 14px 0 12px 0; line-height:1.4; }' % st['title'],
           '.subtitle { text-align:center; font-size:1.05em; margin: 0 0 10px 0; }',
           'h3 { font-size:1.05em; margin: 10px 0 4px 0; }',
           'p.p { text-indent: 2em; margin: 2px 0; text-align: justify; }',
           'p.pn { margin: 2px 0; }',
           'p.right { text-align:right; margin: 2px 0; }',
           'p.small { font-size: 0.8em; color:#444; margin: 2px 0; }',
           'table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 0.92em; }',
           'td, th { border: 1px solid #222; padding: 4px 6px; vertical-align: middle; }',
           'td.c { text-align:center; }',
           '.sign { margin-top: 26px; text-align:right; position:relative; padding-right: 2.5em; }',
           '.sign p { margin: 2px 0; }',
           '.cseal { position:absolute; right: 1.5em; top:-40px; width:150px; height:150px; border:3px solid rgba(214,0,0,.85); border-radius:50%; color: rgba(214,0,0,.85); font-size:10pt; text-align:center; line-height:1.2; display:flex; align-items:center; justify-content:center; font-family:"WenQuanYi Zen Hei"; }',
           '.cseal span { display:block; width:110px; }',
           '.iseal { position:absolute; right: 1.2em; top:-45px; width:150px; opacity:0.88; }',
           '.pb { page-break-after: always; }',
           extra_css,
           '</style></head><body>']
    for b in blocks:
        k = b[0]
        if k == 'letterhead':
            out.append('<div class="lh">%s%s</div>' % (html.escape(b[1]), html.escape(b[2] if len(b) > 2 else '')))
        elif k == 'rule':
            out.append('<div class="rule"></div>')
        elif k == 'docno':
            out.append('<div class="docno">%s</div>' % html.escape(b[1]))
        elif k == 'title':
            out.append('<div class="title">%s</div>' % html.escape(b[1]).replace('\n', '<br>'))
        elif k == 'subtitle':
            out.append('<div class="subtitle">%s</div>' % html.escape(b[1]))
        elif k == 'h':
            out.append('<h3>%s</h3>' % html.escape(b[1]))
        elif k in ('p', 'pn', 'right', 'small'):
            cls = k
            out.append('<p class="%s">%s</p>' % (cls, html.escape(b[1]).replace('\n', '<br>')))
        elif k == 'table':
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            out.append('<table>')
            if opts.get('widths'):
                out.append('<colgroup>' + ''.join('<col style="width:%d%%">' % w for w in opts['widths']) + '</colgroup>')
            for i, row in enumerate(rows):
                tag = 'th' if (opts.get('header') and i == 0) else 'td'
                out.append('<tr>' + ''.join(_cell_html(c, tag) for c in row) + '</tr>')
            out.append('</table>')
        elif k == 'sign':
            lines, seal = b[1], (b[2] if len(b) > 2 else None)
            s = '<div class="sign">'
            if seal:
                if css_seal:
                    s += '<div class="cseal"><span>%s<br>★</span></div>' % html.escape(seal)
                else:
                    s += '<img class="iseal" src="data:image/png;base64,%s">' % base64.b64encode(seal_png(seal)).decode()
            s += ''.join('<p>%s</p>' % html.escape(x) for x in lines) + '</div>'
            out.append(s)
        elif k == 'pagebreak':
            out.append('<div class="pb"></div>')
        elif k == 'raw':
            out.append(b[1])
    out.append('</body></html>')
    return '\n'.join(out)


def chromium_pdf(html_path, pdf_path, profile):
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run', '--user-data-dir=' + profile,
           '--no-pdf-header-footer', '--print-to-pdf=' + pdf_path, 'file://' + html_path]
    for attempt in range(4):
        try:
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90, check=False)
        except subprocess.TimeoutExpired:
            pass
        if os.path.exists(pdf_path) and os.path.getsize(pdf_path) > 0:
            return
    raise RuntimeError('chromium failed for ' + html_path)


# --------------------------------------------------------------------------- DOCX

DOCX_TEMPLATES = {
    # name: (body font, title font, size pt, header text?, footer?, letterhead as textbox)
    'songti': dict(body='宋体', title='方正小标宋简体', size=12, header=None, footer=None, textbox=False),
    'notoserif': dict(body='Noto Serif CJK SC', title='Noto Serif CJK SC', size=11.5, header=None, footer='page', textbox=False),
    'fangsong': dict(body='仿宋_GB2312', title='黑体', size=14, header=None, footer=None, textbox=True),
    'ukai': dict(body='AR PL UKai CN', title='WenQuanYi Zen Hei', size=12, header='org', footer='page', textbox=False),
    'uming': dict(body='AR PL UMing CN', title='AR PL UMing CN', size=12, header='org', footer=None, textbox=True),
    'zenhei': dict(body='WenQuanYi Zen Hei', title='WenQuanYi Zen Hei', size=10.5, header=None, footer='page', textbox=False),
    'notosans': dict(body='Noto Sans CJK SC', title='Noto Sans CJK SC', size=10.5, header='org', footer='page', textbox=False),
}


def _set_font(run, name, size=None, bold=None, color=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = rpr.makeelement(qn('w:rFonts'), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), name)
    rfonts.set(qn('w:ascii'), name)
    rfonts.set(qn('w:hAnsi'), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _textbox_xml(text, font, size_half_pts=52):
    from xml.sax.saxutils import escape
    return ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="lh1" type="#_x0000_t202" '
            'style="width:440pt;height:58pt" stroked="f"><v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/>'
            '</w:pPr><w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/><w:color w:val="E00000"/>'
            '<w:sz w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
            % (font, font, font, size_half_pts, escape(text)))


def to_docx(blocks, template='songti', header_text=''):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt
    tp = DOCX_TEMPLATES[template]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6 if tp['size'] >= 14 else 2.2)
    sec.top_margin = Cm(3.0 if tp['size'] >= 14 else 2.4)
    sec.bottom_margin = Cm(2.2)
    normal = d.styles['Normal']
    normal.font.size = Pt(tp['size'])
    _set_font_style(normal, tp['body'])
    if tp['header'] == 'org' and header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(header_text)
        _set_font(r, tp['body'], 8)
    if tp['footer'] == 'page':
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run('— ')
        _set_font(r, tp['body'], 9)
        fld = parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                        'w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        fp._p.append(fld)
        r = fp.add_run(' —')
        _set_font(r, tp['body'], 9)

    def para(text, align=None, size=None, bold=None, font=None, indent=False, color=None, space_after=2):
        p = d.add_paragraph()
        if align:
            p.alignment = align
        pf = p.paragraph_format
        pf.space_after = Pt(space_after)
        pf.space_before = Pt(0)
        if indent:
            pf.first_line_indent = Pt((size or tp['size']) * 2)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            _set_font(r, font or tp['body'], size, bold, color)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        return p

    for b in blocks:
        k = b[0]
        if k == 'letterhead':
            text = b[1] + (b[2] if len(b) > 2 else '')
            if tp['textbox']:
                p = d.add_paragraph()
                p._p.append(parse_xml(_textbox_xml(text, tp['title'])))
            else:
                para(text, WD_ALIGN_PARAGRAPH.CENTER, 24, True, tp['title'], color=(0xE0, 0, 0))
        elif k == 'rule':
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                 '<w:bottom w:val="single" w:sz="18" w:space="1" w:color="E00000"/></w:pBdr>'))
        elif k == 'docno':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'title':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, tp['size'] + 6, True, tp['title'], space_after=10)
        elif k == 'subtitle':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
        elif k == 'h':
            para(b[1], None, None, True, tp['title'])
        elif k == 'p':
            para(b[1], indent=True)
        elif k == 'pn':
            para(b[1])
        elif k == 'right':
            para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == 'small':
            para(b[1], size=max(8, tp['size'] - 3))
        elif k == 'pagebreak':
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'table':
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in row) for row in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            occupied = set()
            for ri, row in enumerate(rows):
                ci = 0
                for c in row:
                    while (ri, ci) in occupied:
                        ci += 1
                    cs = c.get('cs', 1) if isinstance(c, dict) else 1
                    rs = c.get('rs', 1) if isinstance(c, dict) else 1
                    text = c.get('t', '') if isinstance(c, dict) else c
                    cell = t.cell(ri, ci)
                    if cs > 1 or rs > 1:
                        cell = cell.merge(t.cell(ri + rs - 1, ci + cs - 1))
                        for rr in range(ri, ri + rs):
                            for cc in range(ci, ci + cs):
                                occupied.add((rr, cc))
                    cp = cell.paragraphs[0]
                    lines = text.split('\n')
                    for li, ln in enumerate(lines):
                        r = cp.add_run(ln)
                        _set_font(r, tp['body'], max(8, tp['size'] - 1.5),
                                  bool(isinstance(c, dict) and c.get('b')) or (opts.get('header') and ri == 0))
                        if li < len(lines) - 1:
                            r.add_break(WD_BREAK.LINE)
                    ci += cs
            widths = opts.get('widths') or [100.0 / ncol] * ncol
            total = 16.0
            t.autofit = False
            grid = t._tbl.tblGrid
            from docx.oxml.ns import qn as _qn
            for ci2, gc in enumerate(grid.findall(_qn('w:gridCol'))):
                if ci2 < len(widths):
                    gc.set(_qn('w:w'), str(int(total * widths[ci2] / 100.0 * 567)))
            for row in t.rows:
                for ci2, cell in enumerate(row.cells):
                    if ci2 < len(widths):
                        cell.width = Cm(total * widths[ci2] / 100.0)
            d.add_paragraph()
        elif k == 'sign':
            lines, seal = b[1], (b[2] if len(b) > 2 else None)
            d.add_paragraph()
            if seal:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(io.BytesIO(seal_png(seal)), width=Cm(3.6))
            for ln in lines:
                para(ln, WD_ALIGN_PARAGRAPH.RIGHT)
    return d


def _set_font_style(style, name):
    from docx.oxml.ns import qn
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = rpr.makeelement(qn('w:rFonts'), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), name)


# --------------------------------------------------------------------------- ODT (odfpy)

def to_odt(blocks, path, font='AR PL UMing CN', size='11pt'):
    from odf.opendocument import OpenDocumentText
    from odf.style import (FontFace, ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                           TextProperties)
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import LineBreak, P
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    st = {}

    def pstyle(name, align='justify', sz=size, bold=False, indent=None, color=None, breakbefore=False):
        s = Style(name=name, family='paragraph')
        pp = dict(textalign=align, marginbottom='0.1cm')
        if indent:
            pp['textindent'] = indent
        if breakbefore:
            pp['breakbefore'] = 'page'
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontname=font, fontnameasian=font, fontsize=sz, fontsizeasian=sz)
        if bold:
            tp.update(fontweight='bold', fontweightasian='bold')
        if color:
            tp['color'] = color
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        st[name] = s
        return s

    pstyle('LH', 'center', '24pt', True, color='#d00000')
    pstyle('T', 'center', '17pt', True)
    pstyle('C', 'center')
    pstyle('H', 'left', size, True)
    pstyle('P', 'justify', indent='0.8cm')
    pstyle('PN', 'left')
    pstyle('R', 'end')
    pstyle('S', 'left', '8.5pt')
    pstyle('PB', 'left', breakbefore=True)
    cs = Style(name='Cell', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
    doc.automaticstyles.addElement(cs)
    pstyle('TC', 'left', '10pt')

    def addp(stylename, text):
        p = P(stylename=st[stylename])
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        doc.text.addElement(p)

    pending_break = False
    tcount = 0
    for b in blocks:
        k = b[0]
        if k == 'pagebreak':
            pending_break = True
            continue
        if pending_break:
            doc.text.addElement(P(stylename=st['PB'], text=''))
            pending_break = False
        if k == 'letterhead':
            addp('LH', b[1] + (b[2] if len(b) > 2 else ''))
        elif k == 'rule':
            addp('C', '━' * 24)
        elif k in ('docno', 'subtitle'):
            addp('C', b[1])
        elif k == 'title':
            addp('T', b[1])
        elif k == 'h':
            addp('H', b[1])
        elif k == 'p':
            addp('P', b[1])
        elif k == 'pn':
            addp('PN', b[1])
        elif k == 'right':
            addp('R', b[1])
        elif k == 'small':
            addp('S', b[1])
        elif k == 'sign':
            addp('PN', '')
            if b[2] if len(b) > 2 else None:
                addp('R', '（盖章）')
            for ln in b[1]:
                addp('R', ln)
        elif k == 'table':
            rows = b[1]
            tcount += 1
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in row) for row in rows)
            t = Table(name='T%d' % tcount)
            widths = (b[2] if len(b) > 2 else {}).get('widths') or [100.0 / ncol] * ncol
            for ci2 in range(ncol):
                cst = Style(name='T%dC%d' % (tcount, ci2), family='table-column')
                cst.addElement(TableColumnProperties(columnwidth='%.2fcm' % (16.0 * widths[ci2] / 100.0)))
                doc.automaticstyles.addElement(cst)
                t.addElement(TableColumn(stylename=cst))
            covered = set()
            for ri, row in enumerate(rows):
                tr = TableRow()
                ci = 0
                cells = list(row)
                out = []
                while ci < ncol:
                    if (ri, ci) in covered:
                        out.append(CoveredTableCell())
                        ci += 1
                        continue
                    if not cells:
                        out.append(TableCell(stylename=cs))
                        ci += 1
                        continue
                    c = cells.pop(0)
                    csn = c.get('cs', 1) if isinstance(c, dict) else 1
                    rsn = c.get('rs', 1) if isinstance(c, dict) else 1
                    text = c.get('t', '') if isinstance(c, dict) else c
                    kw = {'stylename': cs}
                    if csn > 1:
                        kw['numbercolumnsspanned'] = csn
                    if rsn > 1:
                        kw['numberrowsspanned'] = rsn
                    tc = TableCell(**kw)
                    for ln in text.split('\n'):
                        tc.addElement(P(stylename=st['TC'], text=ln))
                    out.append(tc)
                    for rr in range(ri, ri + rsn):
                        for cc in range(ci, ci + csn):
                            if (rr, cc) != (ri, ci):
                                covered.add((rr, cc))
                    ci += 1
                    for _ in range(csn - 1):
                        out.append(CoveredTableCell())
                        ci += 1
                for o in out:
                    tr.addElement(o)
                t.addElement(tr)
            doc.text.addElement(t)
            addp('PN', '')
    doc.save(path)


# --------------------------------------------------------------------------- flat ODT (.fodt), hand written

def to_fodt(blocks, path, font='Noto Serif CJK SC'):
    from xml.sax.saxutils import escape as E
    body = []
    colstyles = []
    for b in blocks:
        k = b[0]
        if k == 'letterhead':
            body.append('<text:p text:style-name="LH">%s</text:p>' % E(b[1] + (b[2] if len(b) > 2 else '')))
        elif k == 'rule':
            body.append('<text:p text:style-name="RULE"/>')
        elif k in ('docno', 'subtitle'):
            body.append('<text:p text:style-name="C">%s</text:p>' % E(b[1]))
        elif k == 'title':
            body.append('<text:p text:style-name="T">%s</text:p>' % '<text:line-break/>'.join(E(x) for x in b[1].split('\n')))
        elif k == 'h':
            body.append('<text:h text:outline-level="2" text:style-name="H">%s</text:h>' % E(b[1]))
        elif k == 'p':
            body.append('<text:p text:style-name="P">%s</text:p>' % E(b[1]))
        elif k in ('pn', 'small'):
            body.append('<text:p text:style-name="PN">%s</text:p>' % E(b[1]))
        elif k == 'right':
            body.append('<text:p text:style-name="R">%s</text:p>' % E(b[1]))
        elif k == 'pagebreak':
            body.append('<text:p text:style-name="PB"/>')
        elif k == 'sign':
            body.append('<text:p text:style-name="PN"/>')
            for ln in b[1]:
                body.append('<text:p text:style-name="R">%s</text:p>' % E(ln))
        elif k == 'table':
            rows = b[1]
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in row) for row in rows)
            widths = (b[2] if len(b) > 2 else {}).get('widths') or [100.0 / ncol] * ncol
            tn = len(body)
            t = ['<table:table table:name="Tab%d" table:style-name="TS%d">' % (tn, tn)]
            for ci2 in range(ncol):
                colstyles.append('<style:style style:name="TC%d_%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (tn, ci2, 16.0 * widths[ci2] / 100.0))
                t.append('<table:table-column table:style-name="TC%d_%d"/>' % (tn, ci2))
            colstyles.append('<style:style style:name="TS%d" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>' % tn)
            covered = set()
            for ri, row in enumerate(rows):
                t.append('<table:table-row>')
                cells = list(row)
                ci = 0
                while ci < ncol:
                    if (ri, ci) in covered:
                        t.append('<table:covered-table-cell/>')
                        ci += 1
                        continue
                    if not cells:
                        t.append('<table:table-cell table:style-name="CELL"><text:p/></table:table-cell>')
                        ci += 1
                        continue
                    c = cells.pop(0)
                    csn = c.get('cs', 1) if isinstance(c, dict) else 1
                    rsn = c.get('rs', 1) if isinstance(c, dict) else 1
                    text = c.get('t', '') if isinstance(c, dict) else c
                    attrs = ''
                    if csn > 1:
                        attrs += ' table:number-columns-spanned="%d"' % csn
                    if rsn > 1:
                        attrs += ' table:number-rows-spanned="%d"' % rsn
                    t.append('<table:table-cell table:style-name="CELL"%s>%s</table:table-cell>'
                             % (attrs, ''.join('<text:p text:style-name="TC">%s</text:p>' % E(x) for x in text.split('\n'))))
                    for rr in range(ri, ri + rsn):
                        for cc in range(ci, ci + csn):
                            if (rr, cc) != (ri, ci) and rr > ri:
                                covered.add((rr, cc))
                    ci += 1
                    for _ in range(csn - 1):
                        t.append('<table:covered-table-cell/>')
                        ci += 1
                t.append('</table:table-row>')
            t.append('</table:table>')
            body.append(''.join(t))
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'%(f)s'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.4cm" fo:margin-right="2.4cm"/></style:page-layout>
 <style:style style:name="LH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="22pt" style:font-size-asian="22pt" fo:color="#cc0000" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="RULE" style:family="paragraph"><style:paragraph-properties fo:border-bottom="2pt solid #cc0000" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="17pt" style:font-size-asian="17pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="11.5pt" style:font-size-asian="11.5pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.8cm" fo:text-align="justify"/><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
 <style:style style:name="PN" style:family="paragraph"><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="TC" style:family="paragraph"><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
 <style:style style:name="CELL" style:family="table-cell"><style:table-cell-properties fo:border="0.6pt solid #000000" fo:padding="0.1cm"/></style:style>
%(colstyles)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % dict(f=font, body='\n'.join(body), colstyles='\n'.join(colstyles))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(xml)


def lo_convert(paths, outdir, profile='file:///tmp/lo-validation'):
    """Convert many files in one soffice call (chunks of 40)."""
    for i in range(0, len(paths), 40):
        chunk = paths[i:i + 40]
        subprocess.run(['soffice', '-env:UserInstallation=' + profile, '--headless', '--convert-to', 'pdf',
                        '--outdir', outdir] + chunk, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=900, check=False)


# --------------------------------------------------------------------------- reportlab flow (platypus)

_rl_fonts = set()


def rl_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    if key in _rl_fonts:
        return key
    if key == 'STSong-Light':
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    else:
        pdfmetrics.registerFont(TTFont(key, FONT_DIR[key], subfontIndex=0))
    _rl_fonts.add(key)
    return key


def to_rl_flow(blocks, path, font='uming', title_font=None, size=11):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    f = rl_font(font)
    tf = rl_font(title_font or font)
    base = ParagraphStyle('b', fontName=f, fontSize=size, leading=size * 1.6, wordWrap='CJK', alignment=TA_JUSTIFY)
    sty = {
        'p': ParagraphStyle('p', parent=base, firstLineIndent=size * 2),
        'pn': ParagraphStyle('pn', parent=base, alignment=TA_LEFT),
        'right': ParagraphStyle('r', parent=base, alignment=TA_RIGHT),
        'small': ParagraphStyle('s', parent=base, fontSize=size - 2.5, leading=(size - 2.5) * 1.4),
        'title': ParagraphStyle('t', parent=base, fontName=tf, fontSize=size + 6, leading=(size + 6) * 1.45,
                                alignment=TA_CENTER, spaceBefore=6, spaceAfter=10),
        'subtitle': ParagraphStyle('st', parent=base, alignment=TA_CENTER),
        'docno': ParagraphStyle('dn', parent=base, alignment=TA_CENTER),
        'h': ParagraphStyle('h', parent=base, fontName=tf, spaceBefore=5),
        'lh': ParagraphStyle('lh', parent=base, fontName=tf, fontSize=24, leading=30, alignment=TA_CENTER,
                             textColor=colors.HexColor('#d00000')),
        'cell': ParagraphStyle('c', parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35, alignment=TA_LEFT),
    }

    def P(text, s):
        from xml.sax.saxutils import escape
        return Paragraph(escape(text).replace('\n', '<br/>'), sty[s])

    story = []
    for b in blocks:
        k = b[0]
        if k == 'letterhead':
            story.append(P(b[1] + (b[2] if len(b) > 2 else ''), 'lh'))
        elif k == 'rule':
            t = Table([['']], colWidths=[165 * mm], rowHeights=[3])
            t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 2, colors.HexColor('#d00000'))]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k in ('title', 'subtitle', 'docno', 'h', 'p', 'pn', 'right', 'small'):
            story.append(P(b[1], k))
        elif k == 'pagebreak':
            story.append(PageBreak())
        elif k == 'sign':
            story.append(Spacer(1, 14))
            if len(b) > 2 and b[2]:
                img = RLImage(io.BytesIO(seal_png(b[2])), width=38 * mm, height=38 * mm)
                img.hAlign = 'RIGHT'
                story.append(img)
                story.append(Spacer(1, -28 * mm))
            for ln in b[1]:
                story.append(P(ln, 'right'))
            story.append(Spacer(1, 10))
        elif k == 'table':
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            ncol = max(sum((c.get('cs', 1) if isinstance(c, dict) else 1) for c in row) for row in rows)
            grid = [['' for _ in range(ncol)] for _ in rows]
            spans = []
            occupied = set()
            for ri, row in enumerate(rows):
                ci = 0
                for c in row:
                    while (ri, ci) in occupied:
                        ci += 1
                    csn = c.get('cs', 1) if isinstance(c, dict) else 1
                    rsn = c.get('rs', 1) if isinstance(c, dict) else 1
                    text = c.get('t', '') if isinstance(c, dict) else c
                    grid[ri][ci] = P(text, 'cell')
                    if csn > 1 or rsn > 1:
                        spans.append(('SPAN', (ci, ri), (ci + csn - 1, ri + rsn - 1)))
                        for rr in range(ri, ri + rsn):
                            for cc in range(ci, ci + csn):
                                occupied.add((rr, cc))
                    ci += csn
            W = 165 * mm
            widths = [W * w / 100.0 for w in opts['widths']] if opts.get('widths') else [W / ncol] * ncol
            t = Table(grid, colWidths=widths)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')] + spans))
            story.append(t)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title='', author='')
    doc.build(story)


def plain_text(blocks):
    """Text of a block list, for OCR layers and checks."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ('letterhead',):
            out.append(b[1] + (b[2] if len(b) > 2 else ''))
        elif k in ('docno', 'title', 'subtitle', 'h', 'p', 'pn', 'right', 'small'):
            out.extend(b[1].split('\n'))
        elif k == 'table':
            for row in b[1]:
                out.append('  '.join((c.get('t', '') if isinstance(c, dict) else c).replace('\n', ' ') for c in row))
        elif k == 'sign':
            out.extend(b[1])
        elif k == 'pagebreak':
            out.append('\f')
    return out
