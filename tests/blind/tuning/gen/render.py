"""Renderers: model.Doc / model.Cert -> source files (docx, fodt, odt, html) or PDFs (reportlab).

Producer strings (the first part selects the renderer):
  docx:<template>:<font>     python-docx, converted to PDF by LibreOffice (template gw | form | textbox | plain)
  fodt:<font>                hand-written flat ODT XML, converted by LibreOffice
  odt:<font>                 odfpy .odt, converted by LibreOffice
  html:<theme>:<font>        HTML + CSS, printed by headless Chromium
  rl:<font>                  reportlab platypus, embedded TrueType (wqy | uming | ukai | micro)
  rlcid                      reportlab platypus, non-embedded STSong-Light CID font
  cert:<font>                reportlab canvas, certificate layout at coordinates (Cert only)
  htmlcert:<font>            Chromium, certificate layout with absolute positioning (Cert only)
"""
import base64
import io
import math
import os
import random
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

from model import Cert, Doc

FONT_FILES = {
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
SEAL_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SEAL_DIR = "/tmp/blind-tuning/seals"


# ------------------------------------------------------------------ seals

def seal_image(text, size=320, color=(215, 35, 35, 235), star=True, sub=None):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    w = max(6, size // 38)
    dr.ellipse((w, w, size - w, size - w), outline=color, width=w)
    cx = cy = size / 2
    if star:
        r1, r2 = size * 0.14, size * 0.055
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = r1 if i % 2 == 0 else r2
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        dr.polygon(pts, fill=color)
    text = text.replace("\n", "")
    n = len(text)
    if n:
        fsize = max(11, int(size * (0.13 if n <= 12 else 0.105 if n <= 18 else 0.085)))
        font = ImageFont.truetype(SEAL_FONT, fsize)
        span = min(250.0, 12.5 * n + 40)
        start = -90 - span / 2
        R = size / 2 - w - fsize * 0.75
        for i, ch in enumerate(text):
            ang = start + span * (i + 0.5) / n
            rad = math.radians(ang)
            x = cx + R * math.cos(rad)
            y = cy + R * math.sin(rad)
            ci = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
            ImageDraw.Draw(ci).text((fsize // 2, fsize // 3), ch, font=font, fill=color)
            ci = ci.rotate(-(ang + 90), resample=Image.BICUBIC)
            img.alpha_composite(ci, (int(x - fsize), int(y - fsize)))
    if sub:
        font = ImageFont.truetype(SEAL_FONT, int(size * 0.08))
        tw = dr.textlength(sub, font=font)
        dr.text((cx - tw / 2, cy + size * 0.2), sub, font=font, fill=color)
    return img


def seal_png(text, sub=None):
    os.makedirs(SEAL_DIR, exist_ok=True)
    import hashlib
    h = hashlib.md5((text + "|" + (sub or "")).encode()).hexdigest()[:12]
    p = os.path.join(SEAL_DIR, f"{h}.png")
    if not os.path.exists(p):
        # a small palette PNG with transparency keeps every sealed PDF light
        seal_image(text, size=168, sub=sub).quantize(colors=8, method=Image.Quantize.FASTOCTREE).save(p, optimize=True)
    return p


def data_uri(path):
    with open(path, "rb") as f:
        return "data:image/png;base64," + base64.b64encode(f.read()).decode()


# ------------------------------------------------------------------ HTML (Chromium)

HTML_THEMES = {
    "gov": """
      .lh{color:#d00;font-size:27pt;text-align:center;letter-spacing:2px;font-weight:bold;margin:0 0 6px 0}
      .rule{border-top:2.5px solid #d00;margin:4px 0 14px 0}
      .docno{text-align:center;font-size:13pt;margin:2px 0 8px 0}
      h1{font-size:19pt;text-align:center;margin:18px 0 16px 0;line-height:1.5}
      p{font-size:14pt;line-height:1.75;margin:0}
    """,
    "corp": """
      .lh{color:#b22;font-size:20pt;text-align:left;font-weight:bold;border-bottom:1px solid #b22;padding-bottom:4px}
      .rule{display:none}
      .docno{text-align:right;font-size:11pt;margin:4px 0 6px 0}
      h1{font-size:17pt;text-align:center;margin:14px 0;line-height:1.4}
      p{font-size:12pt;line-height:1.7;margin:0 0 2px 0}
    """,
    "report": """
      .lh{color:#123;font-size:16pt;text-align:center}
      .rule{border-top:1px solid #888;margin:4px 0 10px 0}
      .docno{font-size:10pt}
      h1{font-size:18pt;text-align:center;color:#123;margin:8px 0 12px 0;line-height:1.4}
      p{font-size:10.5pt;line-height:1.55;margin:0 0 3px 0}
      td,th{font-size:9.5pt}
      h2{background:#e8eef5;padding:3px 6px}
    """,
    "form": """
      .lh{color:#c00;font-size:18pt;text-align:center}
      .rule{display:none}
      h1{font-size:18pt;text-align:center;margin:6px 0 10px 0;line-height:1.4}
      p{font-size:11pt;line-height:1.6;margin:0 0 2px 0}
      td,th{font-size:10.5pt}
    """,
}


def _html_cell(c):
    return "<br>".join(escape(x) for x in c.split("\n"))


def html_table(rows, opts):
    merges = {(r, c): (rs, cs) for r, c, rs, cs in opts.get("merge", [])}
    widths = opts.get("widths")
    out = ['<table class="t">']
    if widths:
        tot = sum(widths)
        out.append("<colgroup>" + "".join(f'<col style="width:{100 * w / tot:.1f}%">' for w in widths) + "</colgroup>")
    for ri, row in enumerate(rows):
        out.append("<tr>")
        for ci, c in enumerate(row):
            if c is None:
                continue
            tag = "th" if (opts.get("header") and ri == 0) else "td"
            rs, cs = merges.get((ri, ci), (1, 1))
            attr = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            out.append(f"<{tag}{attr}>{_html_cell(c)}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def to_html(doc, theme, font):
    css = f"""
      @page {{ size: A4; margin: 24mm 22mm 22mm 24mm; }}
      body {{ font-family: '{font}', 'WenQuanYi Zen Hei', 'DejaVu Sans'; color:#111; }}
      table.t {{ border-collapse: collapse; width: 100%; margin: 6px 0 10px 0; }}
      table.t td, table.t th {{ border: 1px solid #333; padding: 4px 6px; vertical-align: middle; }}
      table.t th {{ background: #f2f2f2; }}
      h2 {{ font-size: 13pt; margin: 12px 0 4px 0; }}
      h3 {{ font-size: 13pt; text-align:center; margin: 10px 0 6px 0; }}
      .ind {{ text-indent: 2em; }}
      .pr {{ text-align: right; }}
      .note {{ font-size: 9.5pt; color: #333; }}
      .sign {{ position: relative; margin: 26px 8px 10px auto; width: 48%; text-align: center; line-height: 1.9; }}
      .sign img {{ position: absolute; left: 50%; top: -30px; width: 150px; margin-left:-75px; opacity: .88; }}
      .pb {{ page-break-after: always; }}
      {HTML_THEMES[theme]}
    """
    body = []
    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            body.append(f'<div class="lh">{escape(b[1])}</div><div class="rule"></div>')
        elif t == "docno":
            body.append(f'<div class="docno">{escape(b[1])}</div>')
        elif t == "title":
            body.append(f"<h1>{_html_cell(b[1])}</h1>")
        elif t == "subtitle":
            body.append(f"<h3>{escape(b[1])}</h3>")
        elif t == "h":
            body.append(f"<h2>{escape(b[1])}</h2>")
        elif t == "p":
            body.append(f'<p class="ind">{escape(b[1])}</p>')
        elif t == "pn":
            body.append(f"<p>{escape(b[1]).replace('  ', '&nbsp;&nbsp;')}</p>")
        elif t == "pr":
            body.append(f'<p class="pr">{escape(b[1])}</p>')
        elif t == "note":
            body.append(f'<p class="note">{escape(b[1])}</p>')
        elif t == "table":
            body.append(html_table(b[1], b[2]))
        elif t == "sign":
            img = f'<img src="{data_uri(seal_png(b[2]))}">' if b[2] else ""
            body.append('<div class="sign">' + img + "".join(f"<div>{escape(x)}</div>" for x in b[1]) + "</div>")
        elif t == "br":
            body.append('<div class="pb"></div>')
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(body)}</body></html>'


def cert_html(cert, font, rng):
    """A licence/certificate page with absolutely positioned fields."""
    fields = "".join(
        f'<div class="f"><span class="k">{escape(k)}</span><span class="v">{escape(v)}</span></div>'
        for k, v in cert.fields)
    qr = "".join(
        f'<div style="position:absolute;left:{x * 6}px;top:{y * 6}px;width:6px;height:6px;background:#000"></div>'
        for x in range(15) for y in range(15) if rng.random() < 0.45 or (x < 4 and y < 4) or (x > 10 and y < 4) or (x < 4 and y > 10))
    seal = f'<img class="seal" src="{data_uri(seal_png(cert.issuer.replace("上海市", "上海市") , sub="登记专用章" if cert.kind != "licence" else None))}">'
    copy = f'<div class="copy">（{escape(cert.copy)}）</div>' if cert.kind == "licence" and cert.copy else ""
    sub = f'<div class="sub">{escape(cert.subtitle)}</div>' if cert.subtitle else ""
    css = f"""
      @page {{ size: A4 landscape; margin: 10mm; }}
      body {{ font-family: '{font}', 'WenQuanYi Zen Hei'; margin:0 }}
      .page {{ position: relative; width: 277mm; height: 188mm; border: 6px double #b8860b; box-sizing: border-box; }}
      .code {{ position:absolute; left: 16mm; top: 14mm; font-size: 11pt; }}
      .no {{ position:absolute; left: 16mm; top: 21mm; font-size: 10pt; }}
      .title {{ position:absolute; left:0; right:0; top: 18mm; text-align:center; font-size: 34pt; letter-spacing: 10px; font-weight: bold; }}
      .sub {{ position:absolute; left:0; right:0; top: 35mm; text-align:center; font-size: 15pt; }}
      .copy {{ position:absolute; left:0; right:0; top: 36mm; text-align:center; font-size: 14pt; }}
      .qr {{ position:absolute; right: 20mm; top: 12mm; width: 90px; height: 90px; }}
      .fields {{ position:absolute; left: 24mm; top: 50mm; width: 215mm; }}
      .f {{ display:flex; font-size: 12.5pt; margin: 0 0 6px 0; line-height: 1.45; }}
      .k {{ width: 34mm; flex: none; letter-spacing: 1px; }}
      .v {{ flex: 1; }}
      .iss {{ position:absolute; right: 30mm; bottom: 16mm; text-align:center; font-size: 12pt; line-height: 1.8; }}
      .seal {{ position:absolute; right: 34mm; bottom: 6mm; width: 140px; opacity:.85 }}
    """
    no = f'<div class="no">证书编号：{escape(cert.cert_no)}</div>' if cert.cert_no else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="page">'
            f'<div class="code">统一社会信用代码<br>{escape(cert.code)}</div>{no}'
            f'<div class="title">{escape(cert.title)}</div>{sub}{copy}<div class="qr">{qr}</div>'
            f'<div class="fields">{fields}</div>'
            f'<div class="iss">登记机关<br>{escape(cert.issuer)}<br>{escape(cert.date)}</div>{seal}</div></body></html>')


# ------------------------------------------------------------------ DOCX (python-docx)

def _docx_font(run, font, size=None, bold=None, color=None):
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _p_border_bottom(p, color="FF0000", sz=18):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/></w:pBdr>'))


def _vml_textbox(text, font, color="FF0000"):
    from docx.oxml import parse_xml
    x = (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="LH1" type="#_x0000_t202" style="width:440pt;height:54pt" stroked="f" filled="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/><w:b/>'
        f'<w:color w:val="{color}"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr><w:t>{escape(text)}</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    return parse_xml(x)


def _add_page_field(par):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    r1 = par.add_run("第 ")
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    par._p.append(fld)
    par.add_run(" 页")
    return r1


def to_docx(doc, template, font, path, header_text=None, seal=True):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6 if template == "gw" else 2.2)
    sec.top_margin = Cm(3.2 if template == "gw" else 2.2)
    sec.bottom_margin = Cm(2.4)
    st = d.styles["Normal"]
    st.font.size = Pt(14 if template == "gw" else 11)
    base = 14 if template == "gw" else 11
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(header_text)
        _docx_font(r, font, 9)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if template in ("form", "textbox", "gw"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = _add_page_field(fp)
        _docx_font(r, font, 9)
    body = d.element.body

    def para(text, size=base, bold=False, align=None, indent=False, color=None, after=4):
        p = d.add_paragraph()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            _docx_font(r, font, size, bold, color)
            if i < len(lines) - 1:
                r.add_break()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.line_spacing = 1.25 if template != "gw" else 1.45
        return p

    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            if template == "textbox":
                holder = d.add_paragraph()
                holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r_el in _vml_textbox(b[1], font).findall(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r"):
                    holder._p.append(r_el)
                p = para("", 6)
                _p_border_bottom(p)
            else:
                p = para(b[1], 24 if len(b[1]) < 16 else 20, True, WD_ALIGN_PARAGRAPH.CENTER, color="E00000")
                _p_border_bottom(p)
        elif t == "docno":
            para(b[1], base, align=WD_ALIGN_PARAGRAPH.CENTER if template == "gw" else WD_ALIGN_PARAGRAPH.RIGHT)
        elif t == "title":
            para(b[1], base + 6, True, WD_ALIGN_PARAGRAPH.CENTER, after=10)
        elif t == "subtitle":
            para(b[1], base + 2, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif t == "h":
            para(b[1], base, True)
        elif t == "p":
            para(b[1], base, indent=True)
        elif t == "pn":
            para(b[1], base)
        elif t == "pr":
            para(b[1], base, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif t == "note":
            para(b[1], base - 3)
        elif t == "table":
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = opts.get("widths")
            if widths:
                tot = sum(widths)
                avail = 21 - 2 * (2.6 if template == "gw" else 2.2)
                for ci, w in enumerate(widths):
                    cw = Cm(avail * w / tot)
                    tb.columns[ci].width = cw
                    for cell in tb.columns[ci].cells:
                        cell.width = cw
            for ri, row in enumerate(rows):
                for ci, c in enumerate(row):
                    if c is None:
                        continue
                    cell = tb.cell(ri, ci)
                    cell.text = ""
                    lines = c.split("\n")
                    p = cell.paragraphs[0]
                    for li, line in enumerate(lines):
                        if li:
                            p = cell.add_paragraph()
                        r = p.add_run(line)
                        _docx_font(r, font, base - 2 if base > 11 else base - 1,
                                   bold=bool(opts.get("header") and ri == 0))
            for r, c, rs, cs in opts.get("merge", []):
                a = tb.cell(r, c)
                z = tb.cell(r + rs - 1, c + cs - 1)
                txt = a.text
                m = a.merge(z)
                # merge() concatenates empty paragraphs; keep the first text only
                for extra in m.paragraphs[1:]:
                    if not extra.text:
                        extra._p.getparent().remove(extra._p)
            para("", 4)
        elif t == "sign":
            for i, line in enumerate(b[1]):
                p = para(line, base, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
                if i == 0 and b[2] and seal:
                    r = p.add_run()
                    r.add_picture(seal_png(b[2]), width=Cm(3.6))
        elif t == "br":
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
    d.core_properties.author = "Administrator"
    d.core_properties.title = doc.name
    import datetime
    d.core_properties.created = datetime.datetime(2025, 1, 15, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    d.core_properties.last_modified_by = "Administrator"
    d.save(path)


# ------------------------------------------------------------------ flat ODT (hand-written XML)

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>WPS Office_11.1.0.11830</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="150%"/>
  <style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.4cm" fo:margin-right="2.2cm"/></style:page-layout>
 <style:style style:name="LH" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-bottom="2pt solid #e00000" fo:padding-bottom="0.15cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:color="#e00000" fo:font-size="24pt" style:font-size-asian="24pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="DN" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="TI" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="ST" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm"/></style:style>
 <style:style style:name="PN" style:family="paragraph"/>
 <style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="NT" style:family="paragraph"><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="TC" style:family="paragraph"><style:paragraph-properties fo:line-height="120%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
 <style:style style:name="BRK" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="CELL" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
 <style:style style:name="G1" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:horizontal-pos="from-left"/></style:style>
 {tablestyles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


def _fodt_text(s):
    s = escape(s)
    out, i = [], 0
    import re
    return re.sub(r"  +", lambda m: f'<text:s text:c="{len(m.group(0))}"/>', s)


def to_fodt(doc, font, path):
    parts = []
    tstyles = []
    tcount = 0
    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            parts.append(f'<text:p text:style-name="LH">{_fodt_text(b[1])}</text:p>')
        elif t == "docno":
            parts.append(f'<text:p text:style-name="DN">{_fodt_text(b[1])}</text:p>')
        elif t == "title":
            parts.append(f'<text:p text:style-name="TI">{"<text:line-break/>".join(_fodt_text(x) for x in b[1].split(chr(10)))}</text:p>')
        elif t in ("subtitle", "h", "p", "pn", "pr", "note"):
            sn = {"subtitle": "ST", "h": "H", "p": "P", "pn": "PN", "pr": "PR", "note": "NT"}[t]
            parts.append(f'<text:p text:style-name="{sn}">{_fodt_text(b[1])}</text:p>')
        elif t == "table":
            tcount += 1
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            widths = opts.get("widths") or [1] * ncol
            tot = sum(widths)
            tname = f"Tb{tcount}"
            tstyles.append(f'<style:style style:name="{tname}" style:family="table"><style:table-properties style:width="16.4cm" table:align="center"/></style:style>')
            for ci, w in enumerate(widths):
                tstyles.append(f'<style:style style:name="{tname}.C{ci}" style:family="table-column"><style:table-column-properties style:column-width="{16.4 * w / tot:.2f}cm"/></style:style>')
            merges = {(r, c): (rs, cs) for r, c, rs, cs in opts.get("merge", [])}
            covered = set()
            for (r, c), (rs, cs) in merges.items():
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        if (rr, cc) != (r, c):
                            covered.add((rr, cc))
            x = [f'<table:table table:name="{tname}" table:style-name="{tname}">']
            for ci in range(ncol):
                x.append(f'<table:table-column table:style-name="{tname}.C{ci}"/>')
            for ri, row in enumerate(rows):
                x.append("<table:table-row>")
                for ci in range(ncol):
                    c = row[ci] if ci < len(row) else ""
                    if (ri, ci) in covered:
                        x.append("<table:covered-table-cell/>")
                        continue
                    rs, cs = merges.get((ri, ci), (1, 1))
                    attr = (f' table:number-rows-spanned="{rs}"' if rs > 1 else "") + \
                           (f' table:number-columns-spanned="{cs}"' if cs > 1 else "")
                    ps = "".join(f'<text:p text:style-name="TC">{_fodt_text(line)}</text:p>' for line in (c or "").split("\n"))
                    x.append(f'<table:table-cell table:style-name="CELL" office:value-type="string"{attr}>{ps}</table:table-cell>')
                x.append("</table:table-row>")
            x.append("</table:table>")
            parts.append("".join(x))
        elif t == "sign":
            for i, line in enumerate(b[1]):
                img = ""
                if i == 0 and b[2]:
                    with open(seal_png(b[2]), "rb") as f:
                        data = base64.b64encode(f.read()).decode()
                    img = ('<draw:frame draw:style-name="G1" draw:name="seal" text:anchor-type="paragraph" svg:x="10.2cm" '
                           'svg:y="-0.6cm" svg:width="3.6cm" svg:height="3.6cm" draw:z-index="1"><draw:image>'
                           f'<office:binary-data>{data}</office:binary-data></draw:image></draw:frame>')
                parts.append(f'<text:p text:style-name="PR">{img}{_fodt_text(line)}</text:p>')
        elif t == "br":
            parts.append('<text:p text:style-name="BRK"/>')
    xml = FODT_HEAD.replace("{font}", font).replace("{tablestyles}", "\n".join(tstyles)) + "\n".join(parts) + \
        "\n</office:text></office:body></office:document>\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


# ------------------------------------------------------------------ ODT via odfpy

def to_odt(doc, font, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import (FontFace, ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                           TableProperties, TextProperties)
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import LineBreak, P
    od = OpenDocumentText()
    od.fontfacedecls.addElement(FontFace(name="F", fontfamily=font))

    def pstyle(name, size="11pt", bold=False, align=None, indent=None, color=None, brk=False):
        s = Style(name=name, family="paragraph")
        pp = {}
        if align:
            pp["textalign"] = align
        if indent:
            pp["textindent"] = indent
        if brk:
            pp["breakbefore"] = "page"
        if pp:
            s.addElement(ParagraphProperties(**pp))
        tp = dict(fontname="F", fontnameasian="F", fontsize=size, fontsizeasian=size)
        if bold:
            tp.update(fontweight="bold", fontweightasian="bold")
        if color:
            tp["color"] = color
        s.addElement(TextProperties(**tp))
        od.automaticstyles.addElement(s)
        return s

    S = dict(LH=pstyle("LH", "22pt", True, "center", color="#dd0000"), DN=pstyle("DN", align="center"),
             TI=pstyle("TI", "17pt", True, "center"), ST=pstyle("ST", "13pt", True, "center"),
             H=pstyle("H", bold=True), P=pstyle("P", indent="0.8cm"), PN=pstyle("PN"),
             PR=pstyle("PR", align="end"), NT=pstyle("NT", "8.5pt"), TC=pstyle("TC", "10pt"),
             BRK=pstyle("BRK", brk=True))
    cell = Style(name="CELL", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    od.automaticstyles.addElement(cell)

    def addp(style, text):
        p = P(stylename=style)
        for i, line in enumerate(text.split("\n")):
            if i:
                p.addElement(LineBreak())
            p.addText(line)
        od.text.addElement(p)

    tn = 0
    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            addp(S["LH"], b[1])
        elif t == "docno":
            addp(S["DN"], b[1])
        elif t == "title":
            addp(S["TI"], b[1])
        elif t in ("subtitle", "h", "p", "pn", "pr", "note"):
            addp(S[{"subtitle": "ST", "h": "H", "p": "P", "pn": "PN", "pr": "PR", "note": "NT"}[t]], b[1])
        elif t == "table":
            tn += 1
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            widths = opts.get("widths") or [1] * ncol
            tot = sum(widths)
            ts = Style(name=f"T{tn}", family="table")
            ts.addElement(TableProperties(width="16cm", align="center"))
            od.automaticstyles.addElement(ts)
            tb = Table(name=f"T{tn}", stylename=ts)
            for ci, w in enumerate(widths):
                cs = Style(name=f"T{tn}C{ci}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{16 * w / tot:.2f}cm"))
                od.automaticstyles.addElement(cs)
                tb.addElement(TableColumn(stylename=cs))
            merges = {(r, c): (rs, cs_) for r, c, rs, cs_ in opts.get("merge", [])}
            covered = {(rr, cc) for (r, c), (rs, cs_) in merges.items() for rr in range(r, r + rs)
                       for cc in range(c, c + cs_) if (rr, cc) != (r, c)}
            for ri, row in enumerate(rows):
                tr = TableRow()
                for ci in range(ncol):
                    if (ri, ci) in covered:
                        tr.addElement(CoveredTableCell())
                        continue
                    rs, cs_ = merges.get((ri, ci), (1, 1))
                    kw = {}
                    if rs > 1:
                        kw["numberrowsspanned"] = rs
                    if cs_ > 1:
                        kw["numbercolumnsspanned"] = cs_
                    tc = TableCell(stylename=cell, valuetype="string", **kw)
                    c = row[ci] if ci < len(row) else ""
                    for line in (c or "").split("\n"):
                        p = P(stylename=S["TC"])
                        p.addText(line)
                        tc.addElement(p)
                    tr.addElement(tc)
                tb.addElement(tr)
            od.text.addElement(tb)
        elif t == "sign":
            for line in b[1]:
                addp(S["PR"], line)
        elif t == "br":
            od.text.addElement(P(stylename=S["BRK"]))
    od.save(path)


# ------------------------------------------------------------------ reportlab

_RL_REG = set()


def rl_font(name):
    from reportlab.pdfbase import pdfmetrics
    if name == "cid":
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        if "STSong-Light" not in _RL_REG:
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
            _RL_REG.add("STSong-Light")
        return "STSong-Light"
    from reportlab.pdfbase.ttfonts import TTFont
    fn = f"TT_{name}"
    if fn not in _RL_REG:
        p, i = FONT_FILES[name]
        pdfmetrics.registerFont(TTFont(fn, p, subfontIndex=i))
        _RL_REG.add(fn)
    return fn


def to_rl(doc, font_key, path, title="", author=""):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    fn = rl_font(font_key)
    base = ParagraphStyle("b", fontName=fn, fontSize=11, leading=18, wordWrap="CJK")
    S = {
        "lh": ParagraphStyle("lh", parent=base, fontSize=22, leading=30, alignment=TA_CENTER, textColor=colors.HexColor("#d40000")),
        "docno": ParagraphStyle("dn", parent=base, alignment=TA_CENTER),
        "title": ParagraphStyle("ti", parent=base, fontSize=17, leading=26, alignment=TA_CENTER, spaceBefore=8, spaceAfter=10),
        "subtitle": ParagraphStyle("st", parent=base, fontSize=13, leading=20, alignment=TA_CENTER, spaceBefore=4),
        "h": ParagraphStyle("h", parent=base, fontSize=11.5, spaceBefore=4),
        "p": ParagraphStyle("p", parent=base, firstLineIndent=22),
        "pn": base,
        "pr": ParagraphStyle("pr", parent=base, alignment=TA_RIGHT),
        "note": ParagraphStyle("nt", parent=base, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("c", parent=base, fontSize=9.5, leading=13),
    }

    class Rule(Flowable):
        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 6

        def draw(self):
            self.canv.setStrokeColor(colors.HexColor("#d40000"))
            self.canv.setLineWidth(2)
            self.canv.line(0, 3, self.aw, 3)

    class Sign(Flowable):
        def __init__(self, lines, seal):
            super().__init__()
            self.lines, self.seal = lines, seal

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 22 * len(self.lines) + 16

        def draw(self):
            c = self.canv
            c.setFont(fn, 11.5)
            x = self.aw - 40
            h = 22 * len(self.lines) + 16
            for i, line in enumerate(self.lines):
                c.drawRightString(x, h - 22 * (i + 1), line)
            if self.seal:
                c.drawImage(seal_png(self.seal), x - 150, h - 120, 110, 110, mask="auto")

    story = []
    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            story += [Paragraph(escape(b[1]), S["lh"]), Rule(), Spacer(1, 4)]
        elif t == "title":
            story.append(Paragraph("<br/>".join(escape(x) for x in b[1].split("\n")), S["title"]))
        elif t in S and t not in ("cell",):
            story.append(Paragraph(escape(b[1]).replace("  ", "&nbsp;&nbsp;"), S[t]))
        elif t == "table":
            rows, opts = b[1], b[2]
            ncol = max(len(r) for r in rows)
            data = [[Paragraph("<br/>".join(escape(x) for x in (c or "").split("\n")), S["cell"]) if c is not None else ""
                     for c in r] for r in rows]
            widths = opts.get("widths") or [1] * ncol
            tot = sum(widths)
            avail = A4[0] - 46 * mm
            tb = Table(data, colWidths=[avail * w / tot for w in widths])
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if opts.get("header"):
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
            for r, c, rs, cs in opts.get("merge", []):
                style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
            tb.setStyle(TableStyle(style))
            story += [tb, Spacer(1, 6)]
        elif t == "sign":
            story.append(Sign(b[1], b[2]))
        elif t == "br":
            story.append(PageBreak())
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm, topMargin=22 * mm,
                           bottomMargin=20 * mm, title=title, author=author, invariant=1)
    sd.build(story)


def cert_rl(cert, font_key, path, rng):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    fn = rl_font(font_key)
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(cert.title)
    c.setStrokeColor(colors.HexColor("#b8860b"))
    c.setLineWidth(5)
    c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
    c.setLineWidth(1)
    c.rect(15 * mm, 15 * mm, W - 30 * mm, H - 30 * mm)
    c.setFillColor(colors.black)
    c.setFont(fn, 11)
    c.drawString(24 * mm, H - 28 * mm, "统一社会信用代码")
    c.drawString(24 * mm, H - 34 * mm, cert.code)
    if cert.cert_no:
        c.drawString(24 * mm, H - 40 * mm, f"证书编号：{cert.cert_no}")
    c.setFont(fn, 34 if len(cert.title) <= 5 else 26)
    c.drawCentredString(W / 2, H - 40 * mm, cert.title)
    c.setFont(fn, 14)
    if cert.kind == "licence" and cert.copy:
        c.drawCentredString(W / 2, H - 50 * mm, f"（{cert.copy}）")
    elif cert.subtitle:
        c.drawCentredString(W / 2, H - 50 * mm, cert.subtitle)
    # QR-like block
    x0, y0, s = W - 60 * mm, H - 52 * mm, 2.2 * mm
    for i in range(15):
        for j in range(15):
            if rng.random() < 0.45 or (i < 4 and j < 4) or (i > 10 and j < 4) or (i < 4 and j > 10):
                c.rect(x0 + i * s, y0 + j * s, s, s, stroke=0, fill=1)
    y = H - 66 * mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for k, v in cert.fields:
        c.setFont(fn, 12.5)
        c.drawString(30 * mm, y, k)
        maxw = W - 30 * mm - 70 * mm
        line = ""
        lines = []
        for ch in v:
            if stringWidth(line + ch, fn, 12.5) > maxw:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        for ln in lines:
            c.drawString(64 * mm, y, ln)
            y -= 6.6 * mm
        y -= 1.4 * mm
    c.setFont(fn, 12)
    c.drawCentredString(W - 70 * mm, 36 * mm, "登记机关")
    c.drawCentredString(W - 70 * mm, 29 * mm, cert.issuer)
    c.drawCentredString(W - 70 * mm, 22 * mm, cert.date)
    c.drawImage(seal_png(cert.issuer, sub="登记专用章" if cert.kind != "licence" else None),
                W - 92 * mm, 14 * mm, 44 * mm, 44 * mm, mask="auto")
    c.showPage()
    c.save()
