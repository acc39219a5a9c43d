"""A tiny document model rendered by several producers:
HTML -> Chromium, python-docx (-> LibreOffice), odfpy (-> LibreOffice), reportlab."""
import base64
import html as _html
import os
import shutil
import subprocess
import tempfile

from . import seal as sealmod

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

# ---------------------------------------------------------------- model


def expand(blocks):
    out = []
    for b in blocks:
        if b[0] == "raw":
            out.extend(b[2] if len(b) > 2 else [])
        else:
            out.append(b)
    return out


class Doc:
    """blocks: list of tuples, see module docstring in README."""

    def __init__(self, blocks=None, font="serif", size=12, header="", footer="", pagenum=None,
                 margins=(25, 22, 25, 22), landscape=False, line=1.6, title_font=None):
        self.blocks = blocks or []
        self.font = font
        self.size = size
        self.header = header
        self.footer = footer
        self.pagenum = pagenum  # None | "n" | "n/N" | "第n页" | "- n -"
        self.margins = margins  # top right bottom left (mm)
        self.landscape = landscape
        self.line = line
        self.title_font = title_font

    def add(self, *b):
        self.blocks.append(b)
        return self


def cell(c):
    if isinstance(c, dict):
        d = dict(c)
        d.setdefault("t", "")
        return d
    return {"t": "" if c is None else str(c)}


def grid(rows):
    """Place cells with colspan/rowspan; returns (placed, nrows, ncols)."""
    occ = {}
    placed = []
    ncols = 0
    for r, row in enumerate(rows):
        c = 0
        for raw in row:
            ce = cell(raw)
            while (r, c) in occ:
                c += 1
            cs, rs = ce.get("cs", 1), ce.get("rs", 1)
            for i in range(rs):
                for j in range(cs):
                    occ[(r + i, c + j)] = True
            placed.append((r, c, rs, cs, ce))
            c += cs
            ncols = max(ncols, c)
    return placed, len(rows), ncols


FONTS_HTML = {
    "serif": '"Noto Serif CJK SC", "SimSun", serif',
    "sans": '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
    "wqy": '"WenQuanYi Zen Hei", sans-serif',
    "fangsong": '"FangSong_GB2312", "仿宋_GB2312", "Noto Serif CJK SC", serif',
    "song": '"SimSun", "宋体", "Noto Serif CJK SC", serif',
}
FONTS_OFFICE = {
    "serif": "Noto Serif CJK SC",
    "sans": "Noto Sans CJK SC",
    "wqy": "WenQuanYi Zen Hei",
    "fangsong": "仿宋_GB2312",
    "song": "宋体",
    "hei": "黑体",
}

# ---------------------------------------------------------------- HTML


def _esc(t):
    return _html.escape(t).replace("\n", "<br>")


def _seal_html(s, uid):
    """s: dict(text, bottom, seed, png(optional path), size_mm, svg bool)"""
    size_mm = s.get("size_mm", 40)
    if s.get("svg"):
        px = int(size_mm * 3.78)
        return sealmod.seal_svg(s["text"], s.get("bottom", ""), size=px, seed=s.get("seed", 0), uid=uid)
    png = s["png"]
    with open(png, "rb") as f:
        b64 = base64.b64encode(f.read()).decode()
    return f'<img src="data:image/png;base64,{b64}" style="width:{size_mm}mm">'


def to_html(doc, extra_css=""):
    # Chromium embeds Noto CJK (CFF) as Type 3 fonts (~0.5 KB per glyph): keep them to titles and
    # letterheads, and set body text in WenQuanYi Zen Hei (TrueType, embedded as CID subset).
    head = FONTS_HTML["sans"] if doc.font == "sans" else FONTS_HTML["serif"]
    fam = FONTS_HTML["serif"] if doc.font == "noto" else FONTS_HTML["wqy"]
    t, r, b, l = doc.margins
    size = "A4 landscape" if doc.landscape else "A4"
    pn = ""
    if doc.pagenum:
        content = {"n": 'counter(page)', "n/N": 'counter(page) " / " counter(pages)',
                   "第n页": '"第 " counter(page) " 页 共 " counter(pages) " 页"',
                   "- n -": '"- " counter(page) " -"'}[doc.pagenum]
        pn = f'@bottom-center {{ content: {content}; font-size: 9pt; font-family: {fam}; }}'
    hd = f'@top-center {{ content: "{doc.header}"; font-size: 9pt; color:#555; font-family: {fam}; border-bottom: 0.5pt solid #999; }}' if doc.header else ""
    ft = f'@bottom-left {{ content: "{doc.footer}"; font-size: 8pt; color:#666; font-family: {fam}; }}' if doc.footer else ""
    css = f"""
@page {{ size: {size}; margin: {t}mm {r}mm {b}mm {l}mm; {hd} {pn} {ft} }}
body {{ font-family: {fam}; font-size: {doc.size}pt; line-height: {doc.line}; color: #111; margin:0; }}
p {{ margin: 0 0 0.25em 0; }}
.lh {{ color: #d11; text-align: center; font-weight: bold; letter-spacing: 0.08em; margin: 0.2em 0 0.1em 0; line-height:1.25; }}
.rl {{ border: 0; border-top: 2.2pt solid #d11; margin: 0.3em 0 1.2em 0; }}
.dn {{ text-align: center; margin: 0.4em 0 0.2em 0; }}
h1 {{ font-family: {head}; font-size: {doc.size + 8}pt; text-align: center; margin: 0.6em 0 0.8em 0; line-height: 1.45; font-weight: bold; }}
h2 {{ font-size: {doc.size + 2}pt; margin: 0.8em 0 0.3em 0; }}
h3 {{ font-size: {doc.size + 1}pt; margin: 0.6em 0 0.2em 0; }}
.st {{ text-align:center; margin-bottom: 0.8em; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em 0; }}
td, th {{ border: 0.8pt solid #222; padding: 3pt 5pt; vertical-align: middle; line-height: 1.35; }}
table.nb td {{ border: none; }}
.sign {{ position: relative; text-align: right; margin-top: 1.5em; padding-right: 2em; page-break-inside: avoid; }}
.sign .seal {{ position: absolute; }}
.pb {{ page-break-after: always; }}
{extra_css}
"""
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>']
    uid = 0
    for blk in doc.blocks:
        k = blk[0]
        uid += 1
        if k == "letterhead":
            o = blk[2] if len(blk) > 2 else {}
            out.append(f'<div class="lh" style="font-size:{o.get("size", 26)}pt;font-family:{FONTS_HTML.get(o.get("font", "serif"), head)}">{_esc(blk[1])}</div>')
        elif k == "docno":
            al = blk[2] if len(blk) > 2 else "center"
            out.append(f'<div class="dn" style="text-align:{al}">{_esc(blk[1])}</div>')
        elif k == "redline":
            out.append('<hr class="rl">')
        elif k == "title":
            out.append(f"<h1>{_esc(blk[1])}</h1>")
        elif k == "subtitle":
            out.append(f'<div class="st">{_esc(blk[1])}</div>')
        elif k == "h":
            lv = blk[1]
            out.append(f"<h{lv + 1}>{_esc(blk[2])}</h{lv + 1}>")
        elif k == "p":
            o = blk[2] if len(blk) > 2 else {}
            st = []
            if o.get("indent", True) and o.get("align", "justify") in ("justify", "left"):
                st.append("text-indent:2em")
            st.append(f"text-align:{o.get('align', 'justify')}")
            if o.get("bold"):
                st.append("font-weight:bold")
            if o.get("size"):
                st.append(f"font-size:{o['size']}pt")
            if o.get("color"):
                st.append(f"color:{o['color']}")
            if o.get("space"):
                st.append(f"margin-top:{o['space']}em")
            out.append(f'<p style="{";".join(st)}">{_esc(blk[1])}</p>')
        elif k == "table":
            rows = blk[1]
            o = blk[2] if len(blk) > 2 else {}
            placed, nr, nc = grid(rows)
            cls = ' class="nb"' if o.get("noborder") else ""
            sz = f' style="font-size:{o["size"]}pt"' if o.get("size") else ""
            out.append(f"<table{cls}{sz}>")
            if o.get("widths"):
                tot = sum(o["widths"])
                out.append("<colgroup>" + "".join(f'<col style="width:{w * 100 / tot:.1f}%">' for w in o["widths"]) + "</colgroup>")
            byrow = {}
            for (r, c, rs, cs, ce) in placed:
                byrow.setdefault(r, []).append((c, rs, cs, ce))
            hdr = o.get("header", 0)
            for r in range(nr):
                out.append("<tr>")
                for (c, rs, cs, ce) in sorted(byrow.get(r, [])):
                    st = []
                    al = ce.get("al", "center" if r < hdr else o.get("align", "left"))
                    st.append(f"text-align:{al}")
                    if ce.get("b") or r < hdr:
                        st.append("font-weight:bold")
                    if ce.get("bg") or (r < hdr and o.get("hbg")):
                        st.append(f"background:{ce.get('bg') or o.get('hbg')}")
                    if ce.get("h"):
                        st.append(f"height:{ce['h']}mm;vertical-align:top")
                    span = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
                    inner = _esc(ce["t"])
                    if ce.get("seal"):
                        inner += f'<div style="position:relative;height:0"><div style="position:absolute;right:10mm;top:-30mm">{_seal_html(ce["seal"], uid * 100 + c)}</div></div>'
                    out.append(f'<td{span} style="{";".join(st)}">{inner}</td>')
                out.append("</tr>")
            out.append("</table>")
        elif k == "sign":
            lines, s = blk[1], blk[2]
            o = blk[3] if len(blk) > 3 else {}
            out.append('<div class="sign">')
            for ln in lines:
                out.append(f"<div>{_esc(ln)}</div>")
            if s:
                dx, dy = o.get("seal_dx", 10), o.get("seal_dy", -14)
                out.append(f'<div class="seal" style="right:{dx}mm;top:{dy}mm">{_seal_html(s, str(uid))}</div>')
            out.append("</div>")
        elif k == "pagebreak":
            out.append('<div class="pb"></div>')
        elif k == "space":
            out.append(f'<div style="height:{blk[1]}mm"></div>')
        elif k == "img":
            with open(blk[1], "rb") as f:
                b64 = base64.b64encode(f.read()).decode()
            mime = "image/png" if blk[1].endswith(".png") else "image/jpeg"
            al = blk[3] if len(blk) > 3 else "center"
            out.append(f'<div style="text-align:{al}"><img src="data:{mime};base64,{b64}" style="width:{blk[2]}mm"></div>')
        elif k == "raw":
            out.append(blk[1])
        else:
            raise ValueError(k)
    out.append("</body></html>")
    return "\n".join(out)


def chromium_pdf(html_text, out_pdf, workdir):
    os.makedirs(workdir, exist_ok=True)
    src = os.path.join(workdir, os.path.basename(out_pdf) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    prof = tempfile.mkdtemp(prefix="chr", dir=workdir)
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={prof}", f"--print-to-pdf={out_pdf}", "file://" + os.path.abspath(src)]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)
    shutil.rmtree(prof, ignore_errors=True)
    if not os.path.exists(out_pdf):
        raise RuntimeError("chromium failed " + out_pdf)
    return out_pdf


# ---------------------------------------------------------------- DOCX

def to_docx(doc, out_path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if doc.landscape else (Mm(210), Mm(297))
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    t, r, b, l = doc.margins
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Mm(t), Mm(r), Mm(b), Mm(l)
    fname = FONTS_OFFICE.get(doc.font, doc.font)
    st = d.styles["Normal"]
    st.font.name = fname
    st.font.size = Pt(doc.size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), fname)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.line_spacing = doc.line * 0.85

    AL = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

    def run(p, text, bold=False, size=None, color=None, font=None):
        parts = text.split("\n")
        for i, part in enumerate(parts):
            rn = p.add_run(part)
            rn.bold = bold
            if size:
                rn.font.size = Pt(size)
            if color:
                rn.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper() if len(color) == 7 else "CC1111")
            if font:
                rn.font.name = font
                rn._element.rPr.rFonts.set(qn("w:eastAsia"), font)
            if i < len(parts) - 1:
                rn.add_break()
        return p

    def border_bottom(p, color="D11111", sz=18):
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bt = OxmlElement("w:bottom")
        bt.set(qn("w:val"), "single")
        bt.set(qn("w:sz"), str(sz))
        bt.set(qn("w:space"), "1")
        bt.set(qn("w:color"), color)
        bdr.append(bt)
        pPr.append(bdr)

    def field(p, instr):
        r1 = p.add_run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        r1._r.append(fc)
        r2 = p.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = p.add_run()
        fc2 = OxmlElement("w:fldChar")
        fc2.set(qn("w:fldCharType"), "end")
        r3._r.append(fc2)

    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(hp, doc.header, size=9)
        border_bottom(hp, "888888", 4)
    if doc.pagenum or doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if doc.footer:
            run(fp, doc.footer + "    ", size=8)
        if doc.pagenum:
            if doc.pagenum == "第n页":
                run(fp, "第 ", size=9)
                field(fp, "PAGE")
                run(fp, " 页 共 ", size=9)
                field(fp, "NUMPAGES")
                run(fp, " 页", size=9)
            elif doc.pagenum == "- n -":
                run(fp, "- ", size=9)
                field(fp, "PAGE")
                run(fp, " -", size=9)
            else:
                field(fp, "PAGE")

    def anchor_picture(p, png, width_mm, dx_mm, dy_mm):
        rn = p.add_run()
        rn.add_picture(png, width=Mm(width_mm))
        inline = rn._r.xpath(".//wp:inline")[0]
        # convert inline into a floating anchor in front of text
        from lxml import etree
        W = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
        anchor = etree.SubElement(inline.getparent(), "{%s}anchor" % W)
        for kv in {"distT": "0", "distB": "0", "distL": "0", "distR": "0", "simplePos": "0",
                   "relativeHeight": "251659264", "behindDoc": "0", "locked": "0", "layoutInCell": "1",
                   "allowOverlap": "1"}.items():
            anchor.set(*kv)
        sp = etree.SubElement(anchor, "{%s}simplePos" % W)
        sp.set("x", "0")
        sp.set("y", "0")
        ph = etree.SubElement(anchor, "{%s}positionH" % W)
        ph.set("relativeFrom", "column")
        etree.SubElement(ph, "{%s}posOffset" % W).text = str(int(dx_mm * 36000))
        pv = etree.SubElement(anchor, "{%s}positionV" % W)
        pv.set("relativeFrom", "paragraph")
        etree.SubElement(pv, "{%s}posOffset" % W).text = str(int(dy_mm * 36000))
        ext = inline.find("{%s}extent" % W)
        anchor.append(ext)
        etree.SubElement(anchor, "{%s}effectExtent" % W).attrib.update({"l": "0", "t": "0", "r": "0", "b": "0"})
        etree.SubElement(anchor, "{%s}wrapNone" % W)
        for tag in ("docPr", "cNvGraphicFramePr"):
            el = inline.find("{%s}%s" % (W, tag))
            if el is not None:
                anchor.append(el)
        G = "http://schemas.openxmlformats.org/drawingml/2006/main"
        anchor.append(inline.find("{%s}graphic" % G))
        inline.getparent().remove(inline)

    body_w = (297 if doc.landscape else 210) - l - r
    for blk in expand(doc.blocks):
        k = blk[0]
        if k == "letterhead":
            o = blk[2] if len(blk) > 2 else {}
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, blk[1], bold=True, size=o.get("size", 26), color="#D11111",
                font=FONTS_OFFICE.get(o.get("font", "song"), "宋体"))
        elif k == "docno":
            p = d.add_paragraph()
            p.alignment = AL[blk[2] if len(blk) > 2 else "center"]
            run(p, blk[1])
        elif k == "redline":
            p = d.add_paragraph()
            border_bottom(p)
        elif k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.space_after = Pt(10)
            run(p, blk[1], bold=True, size=doc.size + 7, font=FONTS_OFFICE.get(doc.title_font or "", None))
        elif k == "subtitle":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, blk[1])
        elif k == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            run(p, blk[2], bold=True, size=doc.size + (2 if blk[1] == 1 else 1))
        elif k == "p":
            o = blk[2] if len(blk) > 2 else {}
            p = d.add_paragraph()
            al = o.get("align", "justify")
            p.alignment = AL[al]
            if o.get("indent", True) and al in ("justify", "left"):
                p.paragraph_format.first_line_indent = Pt((o.get("size") or doc.size) * 2)
            if o.get("space"):
                p.paragraph_format.space_before = Pt(o["space"] * doc.size)
            run(p, blk[1], bold=o.get("bold", False), size=o.get("size"), color=o.get("color"))
        elif k == "table":
            rows = blk[1]
            o = blk[2] if len(blk) > 2 else {}
            placed, nr, nc = grid(rows)
            tb = d.add_table(rows=nr, cols=nc)
            if not o.get("noborder"):
                tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            if o.get("widths"):
                tot = sum(o["widths"])
                for j, w in enumerate(o["widths"]):
                    for rr in tb.rows:
                        rr.cells[j].width = Mm(body_w * w / tot)
            hdr = o.get("header", 0)
            for (r0, c0, rs, cs, ce) in placed:
                c = tb.cell(r0, c0)
                if rs > 1 or cs > 1:
                    c = c.merge(tb.cell(r0 + rs - 1, c0 + cs - 1))
                p = c.paragraphs[0]
                al = ce.get("al", "center" if r0 < hdr else o.get("align", "left"))
                p.alignment = AL[al]
                run(p, ce["t"], bold=bool(ce.get("b") or r0 < hdr), size=o.get("size"))
                if ce.get("h"):
                    tb.rows[r0].height = Mm(ce["h"])
                if ce.get("seal"):
                    s = ce["seal"]
                    anchor_picture(c.add_paragraph(), s["png"], s.get("size_mm", 40), 60, -30)
            d.add_paragraph()
        elif k == "sign":
            lines, s = blk[1], blk[2]
            o = blk[3] if len(blk) > 3 else {}
            d.add_paragraph()
            first = None
            for ln in lines:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.right_indent = Mm(12)
                run(p, ln)
                first = first or p
            if s:
                size_mm = s.get("size_mm", 40)
                if first is None:
                    first = d.add_paragraph()
                anchor_picture(first, s["png"], size_mm, body_w - size_mm - o.get("seal_dx", 10) - 4, o.get("seal_dy", -14))
        elif k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "space":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Mm(blk[1])
        elif k == "img":
            p = d.add_paragraph()
            p.alignment = AL[blk[3] if len(blk) > 3 else "center"]
            p.add_run().add_picture(blk[1], width=Mm(blk[2]))
        else:
            raise ValueError(k)
    d.core_properties.author = doc.__dict__.get("author", "Administrator")
    d.save(out_path)
    return out_path


# ---------------------------------------------------------------- ODT

def to_odt(doc, out_path):
    from odf.opendocument import OpenDocumentText
    from odf.style import (FontFace, GraphicProperties, MasterPage, PageLayout, PageLayoutProperties,
                           ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                           TableProperties, TextProperties, Header, Footer)
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import LineBreak, P, Span, PageNumber, PageCount
    from odf.draw import Frame, Image as DImage

    od = OpenDocumentText()
    fname = FONTS_OFFICE.get(doc.font, doc.font)
    for fn in set([fname, "Noto Serif CJK SC", "Noto Sans CJK SC", "宋体", "黑体"]):
        od.fontfacedecls.addElement(FontFace(name=fn, fontfamily=fn, fontfamilygeneric="roman"))
    pl = PageLayout(name="PL")
    t, r, b, l = doc.margins
    pw, ph = ("297mm", "210mm") if doc.landscape else ("210mm", "297mm")
    pl.addElement(PageLayoutProperties(pagewidth=pw, pageheight=ph, margintop=f"{t - 8}mm", marginbottom=f"{b - 8}mm",
                                       marginleft=f"{l}mm", marginright=f"{r}mm",
                                       printorientation="landscape" if doc.landscape else "portrait"))
    od.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    od.masterstyles.addElement(mp)

    cache = {}

    def pstyle(align="justify", indent=False, bold=False, size=None, color=None, font=None, space=0, border=None,
               keep=False, breakbefore=False):
        key = (align, indent, bold, size, color, font, space, border, breakbefore)
        if key in cache:
            return cache[key]
        name = f"P{len(cache)}"
        s = Style(name=name, family="paragraph")
        pp = dict(textalign={"justify": "justify", "left": "start", "right": "end", "center": "center"}[align],
                  margintop=f"{space}pt", marginbottom="2pt", lineheight=f"{int(doc.line * 85)}%")
        if indent:
            pp["textindent"] = f"{(size or doc.size) * 2}pt"
        if border:
            pp["borderbottom"] = border
            pp["padding"] = "1pt"
        if breakbefore:
            pp["breakbefore"] = "page"
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontname=font or fname, fontnameasian=font or fname, fontsize=f"{size or doc.size}pt",
                  fontsizeasian=f"{size or doc.size}pt")
        if bold:
            tp.update(fontweight="bold", fontweightasian="bold")
        if color:
            tp["color"] = color
        s.addElement(TextProperties(**tp))
        od.automaticstyles.addElement(s)
        cache[key] = s
        return s

    def para(text, **kw):
        p = P(stylename=pstyle(**kw))
        parts = text.split("\n")
        for i, part in enumerate(parts):
            p.addText(part)
            if i < len(parts) - 1:
                p.addElement(LineBreak())
        return p

    if doc.header:
        hd = Header()
        hd.addElement(para(doc.header, align="center", size=9, border="0.5pt solid #888888"))
        mp.addElement(hd)
    if doc.pagenum or doc.footer:
        ft = Footer()
        p = P(stylename=pstyle(align="center", size=9))
        if doc.footer:
            p.addText(doc.footer + "    ")
        if doc.pagenum == "第n页":
            p.addText("第 ")
            p.addElement(PageNumber(selectpage="current"))
            p.addText(" 页 共 ")
            p.addElement(PageCount())
            p.addText(" 页")
        elif doc.pagenum == "- n -":
            p.addText("- ")
            p.addElement(PageNumber(selectpage="current"))
            p.addText(" -")
        elif doc.pagenum:
            p.addElement(PageNumber(selectpage="current"))
        ft.addElement(p)
        mp.addElement(ft)

    gstyle = Style(name="fr1", family="graphic")
    gstyle.addElement(GraphicProperties(wrap="run-through", runthrough="foreground", verticalpos="from-top",
                                        horizontalpos="from-left", horizontalrel="paragraph", verticalrel="paragraph"))
    od.automaticstyles.addElement(gstyle)
    imgn = [0]

    def frame(png, w_mm, x_mm, y_mm):
        imgn[0] += 1
        from PIL import Image as PI
        with PI.open(png) as im:
            ratio = im.height / im.width
        fr = Frame(stylename=gstyle, width=f"{w_mm}mm", height=f"{w_mm * ratio:.1f}mm", anchortype="paragraph",
                   x=f"{x_mm}mm", y=f"{y_mm}mm", zindex="5", name=f"img{imgn[0]}")
        href = od.addPicture(png)
        fr.addElement(DImage(href=href))
        return fr

    body_w = (297 if doc.landscape else 210) - l - r
    tcount = [0]
    pending_break = [False]

    def addp(el):
        od.text.addElement(el)

    for blk in expand(doc.blocks):
        k = blk[0]
        bb = pending_break[0]
        if k == "letterhead":
            o = blk[2] if len(blk) > 2 else {}
            addp(para(blk[1], align="center", bold=True, size=o.get("size", 26), color="#d11111",
                      font=FONTS_OFFICE.get(o.get("font", "song")), breakbefore=bb))
        elif k == "docno":
            addp(para(blk[1], align=blk[2] if len(blk) > 2 else "center", breakbefore=bb))
        elif k == "redline":
            addp(para("", align="center", border="1.6pt solid #d11111", breakbefore=bb))
        elif k == "title":
            addp(para(blk[1], align="center", bold=True, size=doc.size + 7, space=8, breakbefore=bb))
        elif k == "subtitle":
            addp(para(blk[1], align="center", breakbefore=bb))
        elif k == "h":
            addp(para(blk[2], align="left", bold=True, size=doc.size + (2 if blk[1] == 1 else 1), space=6, breakbefore=bb))
        elif k == "p":
            o = blk[2] if len(blk) > 2 else {}
            al = o.get("align", "justify")
            addp(para(blk[1], align=al, indent=o.get("indent", True) and al in ("justify", "left"), bold=o.get("bold", False),
                      size=o.get("size"), color=o.get("color"), space=(o.get("space") or 0) * doc.size, breakbefore=bb))
        elif k == "table":
            rows = blk[1]
            o = blk[2] if len(blk) > 2 else {}
            placed, nr, nc = grid(rows)
            tcount[0] += 1
            tn = f"T{tcount[0]}"
            ts = Style(name=tn, family="table")
            tp = dict(width=f"{body_w}mm", align="center")
            if bb:
                tp["breakbefore"] = "page"
            ts.addElement(TableProperties(**tp))
            od.automaticstyles.addElement(ts)
            tb = Table(name=tn, stylename=ts)
            widths = o.get("widths") or [1] * nc
            tot = sum(widths)
            for j in range(nc):
                cs_ = Style(name=f"{tn}C{j}", family="table-column")
                cs_.addElement(TableColumnProperties(columnwidth=f"{body_w * widths[j] / tot:.1f}mm"))
                od.automaticstyles.addElement(cs_)
                tb.addElement(TableColumn(stylename=cs_))
            cst = Style(name=f"{tn}cell", family="table-cell")
            cst.addElement(TableCellProperties(border="none" if o.get("noborder") else "0.6pt solid #000000",
                                               padding="1.2mm", verticalalign="middle"))
            od.automaticstyles.addElement(cst)
            at = {(r0, c0): (rs, cs, ce) for (r0, c0, rs, cs, ce) in placed}
            covered = set()
            for (r0, c0, rs, cs, ce) in placed:
                for i in range(rs):
                    for j in range(cs):
                        if i or j:
                            covered.add((r0 + i, c0 + j))
            hdr = o.get("header", 0)
            for r0 in range(nr):
                tr = TableRow()
                for c0 in range(nc):
                    if (r0, c0) in at:
                        rs, cs, ce = at[(r0, c0)]
                        kw = {}
                        if cs > 1:
                            kw["numbercolumnsspanned"] = cs
                        if rs > 1:
                            kw["numberrowsspanned"] = rs
                        tc = TableCell(stylename=cst, **kw)
                        al = ce.get("al", "center" if r0 < hdr else o.get("align", "left"))
                        tc.addElement(para(ce["t"], align=al, bold=bool(ce.get("b") or r0 < hdr), size=o.get("size")))
                        if ce.get("seal"):
                            pp = P()
                            pp.addElement(frame(ce["seal"]["png"], ce["seal"].get("size_mm", 40), 20, -30))
                            tc.addElement(pp)
                        tr.addElement(tc)
                    elif (r0, c0) in covered:
                        tr.addElement(CoveredTableCell())
                    else:
                        tc = TableCell(stylename=cst)
                        tc.addElement(P())
                        tr.addElement(tc)
                tb.addElement(tr)
            addp(tb)
            addp(P())
        elif k == "sign":
            lines, s = blk[1], blk[2]
            o = blk[3] if len(blk) > 3 else {}
            addp(para("", breakbefore=bb))
            first = None
            for ln in lines:
                p = para(ln, align="right")
                if first is None:
                    first = p
                addp(p)
            if s:
                size_mm = s.get("size_mm", 40)
                if first is None:
                    first = para("")
                    addp(first)
                first.addElement(frame(s["png"], size_mm, body_w - size_mm - o.get("seal_dx", 10) - 4, o.get("seal_dy", -14)))
        elif k == "pagebreak":
            pending_break[0] = True
            continue
        elif k == "space":
            addp(para("", space=blk[1] * 2.8, breakbefore=bb))
        elif k == "img":
            p = para("", align="center", breakbefore=bb)
            fr = frame(blk[1], blk[2], 0, 0)
            fr.setAttribute("anchortype", "as-char")
            p.addElement(fr)
            addp(p)
        else:
            raise ValueError(k)
        pending_break[0] = False
    od.save(out_path)
    return out_path


def soffice_pdf(paths, outdir, workdir):
    """Convert several office files in one LibreOffice run."""
    if not paths:
        return
    prof = tempfile.mkdtemp(prefix="lo", dir=workdir)
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
           "--outdir", outdir] + list(paths)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900, check=False)
    shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- reportlab

_rl_ready = {}


def _rl_font(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    if kind in _rl_ready:
        return _rl_ready[kind]
    if kind == "cid":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        name = "STSong-Light"
    else:
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
        name = "WQY"
    _rl_ready[kind] = name
    return name


def _rl_safe(t, kind):
    # glyphs missing from the CJK fonts used by reportlab
    t = t.replace("☑", "■").replace("✓", "√").replace("✔", "√")
    return t


def to_reportlab(doc, out_pdf, kind="ttf", title="", author="", seal_pngs=True):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Flowable, HRFlowable, Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    fn = _rl_font(kind)
    ps = landscape(A4) if doc.landscape else A4
    t, r, b, l = doc.margins
    AL = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
    base = ParagraphStyle("b", fontName=fn, fontSize=doc.size, leading=doc.size * doc.line, wordWrap="CJK",
                          alignment=TA_JUSTIFY)

    def P(text, **kw):
        st = ParagraphStyle("x", parent=base, **kw)
        txt = _html.escape(_rl_safe(text, kind)).replace("\n", "<br/>")
        return Paragraph(txt, st)

    class Sign(Flowable):
        def __init__(self, lines, s, o):
            super().__init__()
            self.lines, self.s, self.o = lines, s, o
            self.height = len(lines) * doc.size * 1.7 + 8 * mm

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, self.height

        def draw(self):
            c = self.canv
            c.setFont(fn, doc.size)
            y = self.height - doc.size * 1.4 - 6 * mm
            for ln in self.lines:
                c.drawRightString(self.aw - 10 * mm, y, _rl_safe(ln, kind))
                y -= doc.size * 1.7
            if self.s:
                sz = self.s.get("size_mm", 40) * mm
                x = self.aw - sz - self.o.get("seal_dx", 10) * mm
                yy = self.height - 6 * mm - sz * 0.6 - self.o.get("seal_dy", -14) * mm * 0.4
                c.drawImage(self.s["png"], x, yy - sz / 2, sz, sz, mask="auto")

    story = []
    for blk in expand(doc.blocks):
        k = blk[0]
        if k == "letterhead":
            o = blk[2] if len(blk) > 2 else {}
            sz = o.get("size", 26)
            story.append(P(blk[1], fontSize=sz, leading=sz * 1.3, alignment=TA_CENTER, textColor=colors.HexColor("#d11111")))
        elif k == "docno":
            story.append(P(blk[1], alignment=AL[blk[2] if len(blk) > 2 else "center"], spaceBefore=4))
        elif k == "redline":
            story.append(HRFlowable(width="100%", thickness=2, color=colors.HexColor("#d11111"), spaceBefore=2, spaceAfter=14))
        elif k == "title":
            sz = doc.size + 7
            story.append(P(blk[1], fontSize=sz, leading=sz * 1.45, alignment=TA_CENTER, spaceBefore=6, spaceAfter=12))
        elif k == "subtitle":
            story.append(P(blk[1], alignment=TA_CENTER, spaceAfter=8))
        elif k == "h":
            sz = doc.size + (2 if blk[1] == 1 else 1)
            story.append(P(blk[2], fontSize=sz, leading=sz * 1.5, alignment=TA_LEFT, spaceBefore=6, spaceAfter=3))
        elif k == "p":
            o = blk[2] if len(blk) > 2 else {}
            al = o.get("align", "justify")
            sz = o.get("size") or doc.size
            kw = dict(alignment=AL[al], fontSize=sz, leading=sz * doc.line)
            if o.get("indent", True) and al in ("justify", "left"):
                kw["firstLineIndent"] = sz * 2
            if o.get("color"):
                kw["textColor"] = colors.HexColor(o["color"])
            if o.get("space"):
                kw["spaceBefore"] = o["space"] * sz
            story.append(P(blk[1], **kw))
        elif k == "table":
            rows = blk[1]
            o = blk[2] if len(blk) > 2 else {}
            placed, nr, nc = grid(rows)
            sz = o.get("size") or doc.size - 1
            data = [["" for _ in range(nc)] for _ in range(nr)]
            cmds = [("FONTNAME", (0, 0), (-1, -1), fn), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTSIZE", (0, 0), (-1, -1), sz)]
            if not o.get("noborder"):
                cmds.append(("GRID", (0, 0), (-1, -1), 0.7, colors.black))
            hdr = o.get("header", 0)
            for (r0, c0, rs, cs, ce) in placed:
                al = ce.get("al", "center" if r0 < hdr else o.get("align", "left"))
                data[r0][c0] = P(ce["t"], fontSize=sz, leading=sz * 1.35, alignment=AL[al])
                if rs > 1 or cs > 1:
                    cmds.append(("SPAN", (c0, r0), (c0 + cs - 1, r0 + rs - 1)))
                if ce.get("bg") or (r0 < hdr and o.get("hbg")):
                    cmds.append(("BACKGROUND", (c0, r0), (c0 + cs - 1, r0 + rs - 1), colors.HexColor(ce.get("bg") or o["hbg"])))
            body_w = ps[0] - (l + r) * mm
            widths = o.get("widths") or [1] * nc
            tot = sum(widths)
            rh = [None] * nr
            for (r0, c0, rs, cs, ce) in placed:
                if ce.get("h"):
                    rh[r0] = ce["h"] * mm
            tb = Table(data, colWidths=[body_w * w / tot for w in widths], rowHeights=rh)
            tb.setStyle(TableStyle(cmds))
            story.append(tb)
            story.append(Spacer(1, 4 * mm))
        elif k == "sign":
            story.append(Sign(blk[1], blk[2], blk[3] if len(blk) > 3 else {}))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "space":
            story.append(Spacer(1, blk[1] * mm))
        elif k == "img":
            from PIL import Image as PI
            with PI.open(blk[1]) as im:
                ratio = im.height / im.width
            story.append(Image(blk[1], blk[2] * mm, blk[2] * mm * ratio))
        else:
            raise ValueError(k)

    def onpage(c, d_):
        c.saveState()
        c.setFont(fn, 9)
        if doc.header:
            c.setFillColor(colors.HexColor("#555555"))
            c.drawCentredString(ps[0] / 2, ps[1] - (t - 8) * mm, _rl_safe(doc.header, kind))
            c.setStrokeColor(colors.HexColor("#999999"))
            c.line(l * mm, ps[1] - (t - 6.5) * mm, ps[0] - r * mm, ps[1] - (t - 6.5) * mm)
        c.setFillColor(colors.black)
        n = c.getPageNumber()
        if doc.pagenum:
            txt = {"n": f"{n}", "n/N": f"{n}", "第n页": f"第 {n} 页", "- n -": f"- {n} -"}[doc.pagenum]
            c.drawCentredString(ps[0] / 2, (b - 12) * mm, txt)
        if doc.footer:
            c.setFont(fn, 8)
            c.drawString(l * mm, (b - 12) * mm, _rl_safe(doc.footer, kind))
        c.restoreState()

    sd = SimpleDocTemplate(out_pdf, pagesize=ps, topMargin=t * mm, bottomMargin=b * mm, leftMargin=l * mm,
                           rightMargin=r * mm, title=title, author=author, creator=doc.__dict__.get("creator", ""))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return out_pdf
