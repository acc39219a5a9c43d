"""Renderers for corpus F: a document is a list of blocks (dicts), rendered by one of several producers.

Block types
  {'t':'letterhead','org':..,'suffix':'文件'|'函'|'', 'docno':..}
  {'t':'title','lines':[..]}           centred, large, may break over lines
  {'t':'sub','text':..}                centred small line
  {'t':'h','text':..}                  bold heading
  {'t':'p','text':..}                  indented paragraph
  {'t':'pl','text':..}                 flush-left line
  {'t':'pr','text':..}                 right-aligned line
  {'t':'grid','rows':[[cell..]..],'widths':[..],'head':bool}
        cell: str | (str, colspan) | None (covered by the cell above: vertical merge)
  {'t':'sign','lines':[..],'seal':text|None}
  {'t':'break'}
"""
import base64
import html
import io
import math
import os
import random
import subprocess
import tempfile
import zlib

from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT_MICROHEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FONT_UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
FONT_UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
RED = (200, 16, 16)


# ====================================================================== seal image
def seal_png(text, path, px=190, star=True, inner="", rng=None):
    """Round red seal: ring, text along the upper arc, a star, optional bottom line."""
    rng = rng or random.Random(len(text))
    im = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    col = (214, 30, 30, 235)
    w = max(4, px // 40)
    d.ellipse([w, w, px - w, px - w], outline=col, width=w)
    cx = cy = px / 2
    if star:
        r1, r2 = px * 0.13, px * 0.055
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = r1 if i % 2 == 0 else r2
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        d.polygon(pts, fill=col)
    font = ImageFont.truetype(FONT_ZENHEI, int(px * 0.105))
    n = len(text)
    span = min(250.0, 18.0 * n + 30)
    start = -90 - span / 2
    R = px / 2 - w * 2 - px * 0.07
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        x = cx + R * math.cos(a)
        y = cy + R * math.sin(a)
        cs = int(px * 0.14)
        ci = Image.new("RGBA", (cs, cs), (255, 255, 255, 0))
        ImageDraw.Draw(ci).text((cs / 2, cs / 2), ch, font=font, fill=col, anchor="mm")
        ci = ci.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(ci, (int(x - cs / 2), int(y - cs / 2)))
    if inner:
        f2 = ImageFont.truetype(FONT_ZENHEI, int(px * 0.075))
        d.text((cx, cy + px * 0.25), inner, font=f2, fill=col, anchor="mm")
    # a little ink unevenness
    px_ = im.load()
    for _ in range(px * 2):
        x, y = rng.randrange(px), rng.randrange(px)
        r, g, b, a = px_[x, y]
        if a:
            px_[x, y] = (r, g, b, int(a * rng.uniform(0.4, 1.0)))
    im.save(path)
    return path


# ====================================================================== helpers
def _cells(row):
    """Normalise a grid row into [(text|None, colspan)]."""
    out = []
    for c in row:
        if c is None:
            out.append((None, 1))
        elif isinstance(c, tuple):
            out.append((c[0], c[1]))
        else:
            out.append((c, 1))
    return out


def _rowspans(rows):
    """For each (r, col_index) of a real cell, how many rows it spans (counting None below)."""
    norm = [_cells(r) for r in rows]
    # map to column positions
    pos = []
    for r in norm:
        p, col = [], 0
        for t, s in r:
            p.append((col, t, s))
            col += s
        pos.append(p)
    spans = {}
    for ri, p in enumerate(pos):
        for col, t, s in p:
            if t is None:
                continue
            k = 1
            while ri + k < len(pos) and any(c == col and tt is None for c, tt, _ in pos[ri + k]):
                k += 1
            spans[(ri, col)] = k
    return pos, spans


# ====================================================================== DOCX (python-docx) -> LibreOffice
def render_docx(blocks, path, tpl, seal_dir):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    body_font = tpl.get("font", "Noto Serif CJK SC")
    head_font = tpl.get("head_font", body_font)
    size = tpl.get("size", 12)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    m = tpl.get("margin", 2.5)
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = Cm(tpl.get("top", 3.0))
    sec.bottom_margin = Cm(2.5)

    def set_font(run, name, sz=None, bold=None, color=None):
        run.font.name = name
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), name)
        if sz:
            run.font.size = Pt(sz)
        if bold is not None:
            run.font.bold = bold
        if color:
            run.font.color.rgb = RGBColor(*color)

    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), body_font)

    if tpl.get("header"):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if tpl.get("header_right") else WD_ALIGN_PARAGRAPH.CENTER
        set_font(hp.add_run(tpl["header"]), head_font, 9)
        _bottom_border(hp, "808080", 6)
    if tpl.get("footer_page"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run("— "), body_font, 9)
        r = fp.add_run()
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r2 = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r2.append(t)
        fld.append(r2)
        fp._p.append(fld)
        set_font(fp.add_run(" —"), body_font, 9)

    def para(text, align=None, indent=False, bold=False, sz=None, font=None, color=None, space_after=4):
        p = doc.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt((sz or size) * 2)
        p.paragraph_format.space_after = Pt(space_after)
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, font or body_font, sz or size, bold, color)
            if i < len(lines) - 1:
                r.add_break()
        return p

    for b in blocks:
        t = b["t"]
        if t == "letterhead":
            if tpl.get("textbox"):
                _vml_textbox(doc, b["org"] + b.get("suffix", ""), head_font)
            else:
                lh = b["org"] + b.get("suffix", "")
                para(lh, WD_ALIGN_PARAGRAPH.CENTER, bold=True,
                     sz=min(tpl.get("lh_size", 24), int(420 / max(1, len(lh)))), font=head_font, color=RED, space_after=8)
            if b.get("docno"):
                para(b["docno"], WD_ALIGN_PARAGRAPH.CENTER if not tpl.get("docno_right") else WD_ALIGN_PARAGRAPH.RIGHT,
                     space_after=2)
            p = para("", space_after=10)
            _bottom_border(p, "C81010", 18)
        elif t == "title":
            for ln in b["lines"]:
                para(ln, WD_ALIGN_PARAGRAPH.CENTER, bold=True, sz=b.get("size", size + 5), font=head_font, space_after=2)
            para("", space_after=4)
        elif t == "sub":
            para(b["text"], WD_ALIGN_PARAGRAPH.CENTER, sz=size - 1)
        elif t == "h":
            para(b["text"], bold=True, font=head_font)
        elif t == "p":
            para(b["text"], indent=True)
        elif t == "pl":
            para(b["text"])
        elif t == "pr":
            para(b["text"], WD_ALIGN_PARAGRAPH.RIGHT)
        elif t == "grid":
            rows = b["rows"]
            ncol = len(b["widths"])
            tbl = doc.add_table(rows=len(rows), cols=ncol)
            tbl.style = doc.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            tot = sum(b["widths"])
            avail = 21 - 2 * m
            tbl.autofit = False
            gcols = tbl._tbl.tblGrid.findall(qn("w:gridCol"))
            for ci, wdt in enumerate(b["widths"]):
                gcols[ci].set(qn("w:w"), str(int(avail * wdt / tot * 567)))
                for r in tbl.rows:
                    r.cells[ci].width = Cm(avail * wdt / tot)
            pos, spans = _rowspans(rows)
            for ri, p in enumerate(pos):
                for col, txt, s in p:
                    if txt is None:
                        continue
                    cell = tbl.cell(ri, col)
                    k = spans[(ri, col)]
                    if s > 1 or k > 1:
                        cell = cell.merge(tbl.cell(ri + k - 1, col + s - 1))
                    cp = cell.paragraphs[0]
                    lines = str(txt).split("\n")
                    for i, ln in enumerate(lines):
                        r = cp.add_run(ln)
                        set_font(r, body_font, b.get("size", size - 1), bold=(b.get("head") and ri == 0) or None)
                        if i < len(lines) - 1:
                            r.add_break()
            para("", space_after=2)
        elif t == "sign":
            if b.get("seal"):
                sp = os.path.join(seal_dir, "seal_%08x.png" % zlib.crc32(b["seal"].encode()))
                seal_png(b["seal"], sp, rng=random.Random(b["seal"]))
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.space_after = Pt(0)
                p.add_run().add_picture(sp, width=Cm(3.6))
            for ln in b["lines"]:
                para(ln, WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
        elif t == "break":
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(t)
    doc.save(path)
    return path


def _bottom_border(p, color, sz):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), str(sz))
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), color)
    bdr.append(bt)
    ppr.append(bdr)


def _vml_textbox(doc, text, font):
    """A letterhead written inside a VML text box (as old Word templates do)."""
    from docx.oxml import parse_xml
    xml = (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:pict>'
        '<v:shape id="lh" type="#_x0000_t202" style="width:440pt;height:46pt" stroked="f" filled="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/><w:color w:val="C81010"/>'
        '<w:spacing w:val="10"/><w:sz w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r></w:p>' % (font, font, font, min(48, int(2 * 400 / max(1, len(text)))), html.escape(text)))
    doc.element.body.append(parse_xml(xml))
    # keep sectPr last
    body = doc.element.body
    sp = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    if sp is not None:
        body.remove(sp)
        body.append(sp)


# ====================================================================== flat ODT (.fodt) -> LibreOffice
def render_fodt(blocks, path, tpl, seal_dir):
    font = tpl.get("font", "Noto Sans CJK SC")
    head = tpl.get("head_font", font)
    size = tpl.get("size", 11.5)
    X = html.escape
    body = []
    tcount = [0]
    for b in blocks:
        t = b["t"]
        if t == "letterhead":
            lh = b["org"] + b.get("suffix", "")
            body.append('<text:p text:style-name="%s">%s</text:p>' % ("LH" if len(lh) <= 14 else "LHS", X(lh)))
            if b.get("docno"):
                body.append('<text:p text:style-name="C">%s</text:p>' % X(b["docno"]))
            body.append('<text:p text:style-name="Rule"/>')
        elif t == "title":
            for ln in b["lines"]:
                body.append('<text:p text:style-name="T">%s</text:p>' % X(ln))
        elif t == "sub":
            body.append('<text:p text:style-name="C">%s</text:p>' % X(b["text"]))
        elif t == "h":
            body.append('<text:p text:style-name="H">%s</text:p>' % X(b["text"]))
        elif t in ("p", "pl", "pr"):
            sty = {"p": "P", "pl": "L", "pr": "R"}[t]
            body.append('<text:p text:style-name="%s">%s</text:p>' % (sty, "<text:line-break/>".join(X(x) for x in b["text"].split("\n"))))
        elif t == "grid":
            tcount[0] += 1
            tn = "Tab%d" % tcount[0]
            ncol = len(b["widths"])
            tot = sum(b["widths"])
            cols = "".join('<table:table-column table:style-name="%s.C%d"/>' % (tn, i) for i in range(ncol))
            colsty = "".join(
                '<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                % (tn, i, 16.0 * w / tot) for i, w in enumerate(b["widths"]))
            tpl.setdefault("_auto", []).append(colsty)
            pos, spans = _rowspans(b["rows"])
            rows_xml = []
            for ri, p in enumerate(pos):
                cells = []
                for col, txt, s in p:
                    if txt is None:
                        cells.append('<table:covered-table-cell/>')
                        continue
                    k = spans[(ri, col)]
                    attrs = ""
                    if s > 1:
                        attrs += ' table:number-columns-spanned="%d"' % s
                    if k > 1:
                        attrs += ' table:number-rows-spanned="%d"' % k
                    sty = "CellH" if (b.get("head") and ri == 0) else "Cell"
                    paras = "".join('<text:p text:style-name="%s">%s</text:p>' % ("TB" if sty == "CellH" else "TC", X(x))
                                    for x in str(txt).split("\n"))
                    cells.append('<table:table-cell table:style-name="Cell" office:value-type="string"%s>%s</table:table-cell>' % (attrs, paras))
                    cells.extend(['<table:covered-table-cell/>'] * (s - 1))
                rows_xml.append("<table:table-row>%s</table:table-row>" % "".join(cells))
            body.append('<table:table table:name="%s" table:style-name="TableW">%s%s</table:table>' % (tn, cols, "".join(rows_xml)))
        elif t == "sign":
            if b.get("seal"):
                sp = os.path.join(seal_dir, "seal_o_%08x.png" % zlib.crc32(b["seal"].encode()))
                seal_png(b["seal"], sp, rng=random.Random(b["seal"]))
                data = base64.b64encode(open(sp, "rb").read()).decode()
                body.append('<text:p text:style-name="R"><draw:frame draw:name="seal" text:anchor-type="as-char" svg:width="3.6cm" svg:height="3.6cm">'
                            '<draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame></text:p>' % data)
            for ln in b["lines"]:
                body.append('<text:p text:style-name="R">%s</text:p>' % X(ln))
        elif t == "break":
            body.append('<text:p text:style-name="PB"/>')
    auto = "".join(tpl.get("_auto", []))
    tpl.pop("_auto", None)
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
 <style:font-face style:name="{head}" svg:font-family="'{head}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" style:font-name-asian="{font}" fo:font-size="{size}pt" style:font-size-asian="{size}pt" fo:language="zh" fo:country="CN"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.4cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
 <style:style style:name="LH" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name-asian="{head}" fo:font-size="24pt" style:font-size-asian="24pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#c81010" fo:letter-spacing="0.1cm"/></style:style>
 <style:style style:name="LHS" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name-asian="{head}" fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#c81010" fo:letter-spacing="0.02cm"/></style:style>
 <style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.6pt solid #c81010" fo:margin-bottom="0.5cm"/></style:style>
 <style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/><style:text-properties style:font-name-asian="{head}" fo:font-size="17pt" style:font-size-asian="17pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/><style:text-properties style:font-name-asian="{head}" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:margin-bottom="0.12cm" fo:line-height="140%"/></style:style>
 <style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
 <style:style style:name="TC" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
 <style:style style:name="TB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="TableW" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 {auto}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return path


# ====================================================================== HTML -> Chromium
CSS_BASE = """
@page { size: A4; margin: 22mm 22mm 20mm 24mm; }
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.6; color: #111; }
.lh { text-align:center; color:#c81010; font-size: 26pt; font-weight: bold; letter-spacing: %(lhsp)s; margin: 0 0 4mm 0; font-family: %(head)s; }
.docno { text-align:%(docno_align)s; margin: 0 0 2mm 0; }
.rule { border-bottom: 2.2pt solid #c81010; margin: 0 0 8mm 0; }
.rule2 { border-bottom: 0.8pt solid #c81010; margin: -7mm 0 8mm 0; }
h1 { text-align:center; font-size: 18pt; margin: 2mm 0; font-family: %(head)s; line-height:1.4; }
.sub { text-align:center; font-size: 10.5pt; color:#333; margin: 0 0 3mm 0; }
h2 { font-size: 12.5pt; margin: 3mm 0 1mm 0; font-family: %(head)s; }
p.p { text-indent: 2em; margin: 0 0 1.5mm 0; }
p.l { margin: 0 0 1.5mm 0; }
p.r { text-align:right; margin: 0 0 1mm 0; }
table { border-collapse: collapse; width: 100%%; margin: 2mm 0 4mm 0; }
td, th { border: 0.7pt solid #222; padding: 1.2mm 1.6mm; font-size: 10.5pt; vertical-align: middle; }
th { background: %(th_bg)s; }
.sign { margin-top: 10mm; text-align: right; position: relative; }
.sign p { margin: 0 0 1mm 0; }
.seal { position:absolute; right: 8mm; top: -14mm; width: 38mm; height: 38mm; opacity: 0.85; }
.cseal { position:absolute; right: 10mm; top: -12mm; width: 36mm; height: 36mm; border: 1.6mm solid rgba(210,20,20,0.85); border-radius: 50%%;
         color: rgba(210,20,20,0.9); font-size: 9pt; text-align:center; box-sizing:border-box; padding-top: 5mm; }
.cseal .star { font-size: 22pt; line-height: 1; display:block; margin-top: 1mm; }
.pb { page-break-after: always; }
%(extra)s
"""


def render_html(blocks, path, tpl, seal_dir):
    X = html.escape
    css = CSS_BASE % {
        "font": tpl.get("font", "'Noto Serif CJK SC', 'AR PL UMing CN', serif"),
        "head": tpl.get("head", "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif"),
        "size": tpl.get("size", "12pt"), "lhsp": tpl.get("lhsp", "2pt"),
        "docno_align": tpl.get("docno_align", "center"), "th_bg": tpl.get("th_bg", "#eee"),
        "extra": tpl.get("css", ""),
    }
    out = []
    for b in blocks:
        t = b["t"]
        if t == "letterhead":
            lh = b["org"] + b.get("suffix", "")
            fs = min(26.0, 430.0 / max(1, len(lh)) - 3)
            out.append('<div class="lh" style="font-size:%.1fpt">%s</div>' % (fs, X(lh)))
            if b.get("docno"):
                out.append('<div class="docno">%s</div>' % X(b["docno"]))
            out.append('<div class="rule"></div>')
            if tpl.get("double_rule"):
                out.append('<div class="rule2"></div>')
        elif t == "title":
            out.append("<h1>%s</h1>" % "<br>".join(X(x) for x in b["lines"]))
        elif t == "sub":
            out.append('<div class="sub">%s</div>' % X(b["text"]))
        elif t == "h":
            out.append("<h2>%s</h2>" % X(b["text"]))
        elif t in ("p", "pl", "pr"):
            cls = {"p": "p", "pl": "l", "pr": "r"}[t]
            out.append('<p class="%s">%s</p>' % (cls, "<br>".join(X(x) for x in b["text"].split("\n"))))
        elif t == "grid":
            pos, spans = _rowspans(b["rows"])
            tot = sum(b["widths"])
            cg = "".join('<col style="width:%.1f%%">' % (100.0 * w / tot) for w in b["widths"])
            rows = []
            for ri, p in enumerate(pos):
                cells = []
                for col, txt, s in p:
                    if txt is None:
                        continue
                    tag = "th" if (b.get("head") and ri == 0) else "td"
                    a = ""
                    if s > 1:
                        a += ' colspan="%d"' % s
                    if spans[(ri, col)] > 1:
                        a += ' rowspan="%d"' % spans[(ri, col)]
                    cells.append("<%s%s>%s</%s>" % (tag, a, "<br>".join(X(x) for x in str(txt).split("\n")), tag))
                rows.append("<tr>%s</tr>" % "".join(cells))
            out.append("<table><colgroup>%s</colgroup>%s</table>" % (cg, "".join(rows)))
        elif t == "sign":
            seal = ""
            if b.get("seal"):
                if tpl.get("css_seal"):
                    seal = '<div class="cseal">%s<span class="star">★</span></div>' % X(b["seal"])
                else:
                    sp = os.path.join(seal_dir, "seal_h_%08x.png" % zlib.crc32(b["seal"].encode()))
                    seal_png(b["seal"], sp, rng=random.Random(b["seal"]))
                    seal = '<img class="seal" src="data:image/png;base64,%s">' % base64.b64encode(open(sp, "rb").read()).decode()
            out.append('<div class="sign">%s%s</div>' % ("".join("<p>%s</p>" % X(x) for x in b["lines"]), seal))
        elif t == "break":
            out.append('<div class="pb"></div>')
    doc = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (
        X(tpl.get("title", "")), css, "\n".join(out))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return path


def chromium_pdf(html_path, pdf_path, profile_root="/tmp/blind-final"):
    """Chromium headless print; a fresh --user-data-dir per call (never shared with another process)."""
    import shutil
    for attempt in range(3):
        prof = tempfile.mkdtemp(prefix="chrome-", dir=profile_root)
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + prof,
               "--no-pdf-header-footer", "--print-to-pdf=" + pdf_path, "file://" + os.path.abspath(html_path)]
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.rmtree(prof, ignore_errors=True)
        if r.returncode == 0 and os.path.exists(pdf_path) and os.path.getsize(pdf_path) > 500:
            return pdf_path
    raise RuntimeError("chromium failed on %s" % html_path)


def lo_convert(paths, outdir, profile, chunk=30):
    """Convert many files per soffice call (it is slow to start); retry any file that did not come out."""
    paths = list(paths)
    if not paths:
        return

    def call(ps):
        cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf",
               "--outdir", outdir] + list(ps)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)

    def missing(ps):
        return [p for p in ps if not os.path.exists(os.path.join(outdir, os.path.basename(p).rsplit(".", 1)[0] + ".pdf"))]

    for i in range(0, len(paths), chunk):
        call(paths[i:i + chunk])
    for attempt in range(3):
        miss = missing(paths)
        if not miss:
            return
        for p in miss:
            call([p])
    miss = missing(paths)
    if miss:
        raise RuntimeError("LibreOffice failed on %s" % miss)


# ====================================================================== reportlab flow layout
_RL_FONTS = {}


def rl_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    if key in _RL_FONTS:
        return _RL_FONTS[key]
    if key == "cid":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        name = "STSong-Light"
    else:
        path, idx = {"zenhei": (FONT_ZENHEI, 0), "microhei": (FONT_MICROHEI, 0), "ukai": (FONT_UKAI, 0),
                     "uming": (FONT_UMING, 0)}[key]
        name = "F_" + key
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
    _RL_FONTS[key] = name
    return name


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for ch in para:
            if stringWidth(cur + ch, font, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def render_rl(blocks, path, tpl, seal_dir):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    font = rl_font(tpl.get("font", "zenhei"))
    hfont = rl_font(tpl.get("head_font", tpl.get("font", "zenhei")))
    size = tpl.get("size", 11)
    W, H = A4
    ml, mr, mt, mb = 68, 62, 72, 64
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.setTitle(tpl.get("title", ""))
    c.setAuthor(tpl.get("author", ""))
    c.setCreator(tpl.get("creator", "ReportLab PDF Library - www.reportlab.com"))
    y = [H - mt]
    page = [1]

    def footer():
        if tpl.get("page_numbers"):
            c.setFont(font, 9)
            c.drawCentredString(W / 2, 36, "第 %d 页" % page[0])

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        y[0] = H - mt

    def need(h):
        if y[0] - h < mb:
            newpage()

    def line(txt, fnt, sz, align="l", indent=0, color=None, lead=1.55):
        need(sz * lead)
        y[0] -= sz * lead
        c.setFont(fnt, sz)
        if color:
            c.setFillColorRGB(*color)
        if align == "c":
            c.drawCentredString(W / 2, y[0], txt)
        elif align == "r":
            c.drawRightString(W - mr, y[0], txt)
        else:
            c.drawString(ml + indent, y[0], txt)
        c.setFillColorRGB(0, 0, 0)

    for b in blocks:
        t = b["t"]
        if t == "letterhead":
            line(b["org"] + b.get("suffix", ""), hfont, 22, "c", color=(0.8, 0.06, 0.06), lead=1.8)
            if b.get("docno"):
                line(b["docno"], font, size, "c")
            y[0] -= 8
            c.setStrokeColorRGB(0.8, 0.06, 0.06)
            c.setLineWidth(2)
            c.line(ml, y[0], W - mr, y[0])
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.6)
            y[0] -= 14
        elif t == "title":
            for ln in b["lines"]:
                line(ln, hfont, b.get("size", 16), "c", lead=1.7)
            y[0] -= 8
        elif t == "sub":
            line(b["text"], font, size - 1, "c")
        elif t == "h":
            y[0] -= 3
            for ln in _wrap(b["text"], hfont, size + 0.5, W - ml - mr):
                line(ln, hfont, size + 0.5)
        elif t in ("p", "pl"):
            ind = 2 * size if t == "p" else 0
            lines = _wrap(" " * 0 + b["text"], font, size, W - ml - mr - ind)
            for i, ln in enumerate(lines):
                line(ln, font, size, indent=ind if i == 0 else 0)
        elif t == "pr":
            for ln in b["text"].split("\n"):
                line(ln, font, size, "r")
        elif t == "grid":
            _rl_grid(c, b, font, hfont, size, ml, W - mr, y, need)
        elif t == "sign":
            if b.get("seal"):
                sp = os.path.join(seal_dir, "seal_r_%08x.png" % zlib.crc32(b["seal"].encode()))
                seal_png(b["seal"], sp, rng=random.Random(b["seal"]))
            need(size * 1.6 * len(b["lines"]) + 40)
            y[0] -= 24
            y0 = y[0]
            for ln in b["lines"]:
                line(ln, font, size, "r")
            if b.get("seal"):
                c.drawImage(sp, W - mr - 120, y[0] - 20, 108, 108, mask="auto")
        elif t == "break":
            newpage()
    footer()
    c.showPage()
    c.save()
    return path


def _rl_grid(c, b, font, hfont, size, x0, x1, y, need):
    fs = b.get("size", size - 1)
    tot = sum(b["widths"])
    colw = [(x1 - x0) * w / tot for w in b["widths"]]
    colx = [x0]
    for w in colw:
        colx.append(colx[-1] + w)
    pos, spans = _rowspans(b["rows"])
    lead = fs * 1.4
    heights = []
    wrapped = {}
    for ri, p in enumerate(pos):
        h = lead + 6
        for col, txt, s in p:
            if txt is None:
                continue
            wdt = colx[col + s] - colx[col] - 6
            f = hfont if (b.get("head") and ri == 0) else font
            lines = _wrap(txt, f, fs, wdt)
            wrapped[(ri, col)] = (lines, f)
            if spans[(ri, col)] == 1:
                h = max(h, len(lines) * lead + 6)
        heights.append(h)
    c.setLineWidth(0.6)
    for ri, p in enumerate(pos):
        need(heights[ri])
        top = y[0]
        for col, txt, s in p:
            if txt is None:
                continue
            k = spans[(ri, col)]
            hh = sum(heights[ri:ri + k])
            c.rect(colx[col], top - hh, colx[col + s] - colx[col], hh)
            lines, f = wrapped[(ri, col)]
            c.setFont(f, fs)
            ty = top - 3 - fs
            if k > 1:
                ty = top - hh / 2 - (len(lines) * lead) / 2 + lead - fs * 0.3
            for ln in lines:
                c.drawString(colx[col] + 3, ty, ln)
                ty -= lead
        y[0] = top - heights[ri]
    y[0] -= 8


# ====================================================================== certificate layouts (reportlab, text at coordinates)
def render_cert(cert, path, tpl, seal_dir, rng):
    """Certificate-like layouts: 营业执照 / 民办非企业单位登记证书 / 社会团体法人登记证书 / 事业单位法人证书."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    font = rl_font(tpl.get("font", "zenhei"))
    tfont = rl_font(tpl.get("title_font", "ukai"))
    W, H = landscape(A4) if tpl.get("landscape", True) else A4
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=1)
    c.setCreator(tpl.get("creator", "ReportLab PDF Library - www.reportlab.com"))
    # decorative border
    c.setStrokeColorRGB(0.72, 0.55, 0.2)
    c.setLineWidth(5)
    c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(1.2)
    c.rect(32, 32, W - 64, H - 64)
    for i in range(0, int(W - 80), 14):
        c.circle(40 + i, 27, 2, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)
    kind = cert["kind"]
    # emblem placeholder
    c.setFillColorRGB(0.85, 0.2, 0.2)
    c.circle(W / 2, H - 78, 20, stroke=0, fill=1)
    c.setFillColorRGB(0.95, 0.8, 0.2)
    c.circle(W / 2, H - 78, 9, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    title = cert["title"]
    c.setFont(tfont, 34)
    c.drawCentredString(W / 2, H - 140, title)
    if cert.get("copy"):
        c.setFont(font, 15)
        c.drawCentredString(W / 2, H - 165, cert["copy"])
    if cert.get("serial"):
        c.setFont(font, 10)
        c.drawString(W - 230, H - 165, cert["serial"])
    # code block top-left
    c.setFont(font, 12)
    c.drawString(70, H - 160, cert["code_label"])
    c.setFont(font, 13)
    c.drawString(70, H - 180, cert["code"])
    # QR-like block
    if cert.get("qr"):
        qx, qy, qs = W - 150, H - 150, 76
        cell = qs / 19.0
        for i in range(19):
            for j in range(19):
                corner = (i < 5 and j < 5) or (i < 5 and j > 13) or (i > 13 and j < 5)
                if corner:
                    on = i in (0, 4) or j in (0, 4) or j in (14, 18) or i in (14, 18) or (1 < i % 14 < 3 and 1 < j % 14 < 3)
                else:
                    on = rng.random() < 0.5
                if on:
                    c.rect(qx + i * cell, qy + j * cell, cell, cell, stroke=0, fill=1)
        c.setFont(font, 7)
        c.drawCentredString(qx + qs / 2, qy - 10, "扫描二维码登录“国家企业信用信息公示系统”")
    # fields
    fields = cert["fields"]
    left = fields[:cert.get("split", len(fields))]
    right = fields[cert.get("split", len(fields)):]
    lab_spaced = tpl.get("spaced_labels", True)

    def draw_fields(items, x, y, wlab, wval):
        for lab, val in items:
            l2 = " ".join(lab) if (lab_spaced and len(lab) <= 4) else lab
            c.setFont(font, 12)
            c.drawString(x, y, l2)
            lines = _wrap(val, font, 11.5, wval)
            c.setFont(font, 11.5)
            for i, ln in enumerate(lines[:6]):
                c.drawString(x + wlab, y - i * 16, ln)
            y -= 16 * max(1, min(6, len(lines))) + 10
        return y

    if right:
        draw_fields(left, 80, H - 225, 92, W / 2 - 190)
        draw_fields(right, W / 2 + 30, H - 225, 92, W / 2 - 160)
    else:
        draw_fields(left, 110, H - 225, 120, W - 330)
    # authority + seal + date
    auth = cert["authority"]
    c.setFont(font, 12)
    c.drawString(W - 290, 120, auth["label"])
    c.setFont(font, 12)
    c.drawString(W - 250, 95, auth["date"])
    sp = os.path.join(seal_dir, "seal_c_%08x.png" % zlib.crc32(auth["seal"].encode()))
    seal_png(auth["seal"], sp, rng=random.Random(auth["seal"]))
    c.drawImage(sp, W - 245, 70, 118, 118, mask="auto")
    if cert.get("footer"):
        c.setFont(font, 8)
        c.drawCentredString(W / 2, 44, cert["footer"])
    c.showPage()
    c.save()
    return path
