"""Registration certificates drawn at coordinates (reportlab canvas, or HTML absolute layout)."""
import base64
import random

from .render import _rl_font


def _wrap(text, fn, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, fn, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def _qr(c, x, y, size, seed):
    r = random.Random(seed)
    n = 25
    m = size / n
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in [(0, 0), (0, n - 7), (n - 7, 0)])
            if finder:
                ii, jj = [(i - i0, j - j0) for i0, j0 in [(0, 0), (0, n - 7), (n - 7, 0)]
                          if i0 <= i < i0 + 7 and j0 <= j < j0 + 7][0]
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = r.random() < 0.5
            if on:
                c.rect(x + j * m, y + (n - 1 - i) * m, m, m, stroke=0, fill=1)


def _emblem(c, x, y, r):
    from reportlab.lib import colors
    c.setFillColor(colors.HexColor("#c8161d"))
    c.circle(x, y, r, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#f5c400"))
    c.circle(x, y, r * 0.82, stroke=0, fill=0)
    import math
    for k, (dx, dy, s) in enumerate([(0, 0.25, 0.32), (-0.35, 0.45, 0.12), (-0.15, 0.6, 0.12), (0.15, 0.6, 0.12), (0.35, 0.45, 0.12)]):
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * s if i % 2 == 0 else r * s * 0.38
            pts.append((x + dx * r + rr * math.cos(a), y + dy * r * 0.6 - rr * math.sin(a)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#f5c400"))
    c.rect(x - r * 0.55, y - r * 0.55, r * 1.1, r * 0.25, stroke=0, fill=1)
    c.setFillColor(colors.black)


def cert_rl(out, spec, kind="ttf"):
    """spec: dict(title, sub, code, no, fields[(label, value)], auth, date, auth_seal, copy_seal, copy_note,
    qr(bool), footer, supervised, seed, portrait(bool))"""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    fn = _rl_font(kind)
    W, H = A4 if spec.get("portrait") else landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(spec.get("doc_title", ""))
    # border
    brown = colors.HexColor(spec.get("border", "#8a5a2b"))
    c.setStrokeColor(brown)
    c.setLineWidth(3)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm)
    c.setLineWidth(0.8)
    c.rect(13 * mm, 13 * mm, W - 26 * mm, H - 26 * mm)
    for (x, y) in [(13, 13), (W / mm - 13, 13), (13, H / mm - 13), (W / mm - 13, H / mm - 13)]:
        c.circle(x * mm, y * mm, 4 * mm)
    c.setStrokeColor(colors.black)
    _emblem(c, W / 2, H - 32 * mm, 10 * mm)
    c.setFont(fn, 34)
    title = spec["title"]
    c.drawCentredString(W / 2, H - 58 * mm, title)
    c.setFont(fn, 14)
    if spec.get("sub"):
        c.drawCentredString(W / 2, H - 67 * mm, spec["sub"])
    # code block (top-left)
    c.setFont(fn, 10)
    c.drawString(24 * mm, H - 34 * mm, "统一社会信用代码")
    c.setFont(fn, 13)
    c.drawString(24 * mm, H - 41 * mm, spec["code"])
    if spec.get("no"):
        c.setFont(fn, 8.5)
        c.drawString(24 * mm, H - 47 * mm, spec["no"])
    if spec.get("qr"):
        _qr(c, 26 * mm, 30 * mm, 30 * mm, spec.get("seed", 1))
        c.setFont(fn, 6.5)
        for i, ln in enumerate(["扫描二维码登录“国家企业信用", "信息公示系统”了解更多登记、", "备案、许可、监管信息。"]):
            c.drawString(24 * mm, 25 * mm - i * 3 * mm, ln)
    # fields
    fx = (80 if not spec.get("portrait") else 30) * mm
    vx = fx + 26 * mm
    y = H - 82 * mm
    vw = W - vx - 25 * mm
    for lab, val in spec["fields"]:
        c.setFont(fn, 11)
        c.drawString(fx, y, lab)
        lines = _wrap(val, fn, 11, vw)
        for ln in lines[:4]:
            c.drawString(vx, y, ln)
            y -= 6.2 * mm
        y -= 1.6 * mm
    # authority
    ax = W - 75 * mm
    c.setFont(fn, 12)
    c.drawString(ax, 36 * mm, spec.get("auth_label", "登记机关"))
    c.setFont(fn, 11)
    c.drawString(ax + 8 * mm, 26 * mm, spec["date"])
    if spec.get("auth_seal"):
        s = 40 * mm
        c.drawImage(spec["auth_seal"], ax + 10 * mm, 18 * mm, s, s, mask="auto")
    c.setFont(fn, 7.5)
    if spec.get("footer"):
        c.drawCentredString(W / 2, 15.5 * mm, spec["footer"])
    if spec.get("supervised"):
        c.drawRightString(W - 16 * mm, 15.5 * mm, spec["supervised"])
    # copy stamp of the applicant
    if spec.get("copy_note"):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f3fae"))
        c.setFont(fn, 12)
        c.translate(W * 0.40, 32 * mm)
        c.rotate(8)
        c.drawString(0, 0, spec["copy_note"])
        c.restoreState()
    if spec.get("copy_seal"):
        s = 42 * mm
        c.drawImage(spec["copy_seal"], W * 0.47, 22 * mm, s, s, mask="auto")
    c.showPage()
    c.save()
    return out


def cert_html(spec):
    """Same information as an HTML page with absolutely positioned elements (for Chromium)."""
    def img(p, w):
        with open(p, "rb") as f:
            return f'<img src="data:image/png;base64,{base64.b64encode(f.read()).decode()}" style="width:{w}mm">'
    fields = "".join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in spec["fields"])
    qr = ""
    if spec.get("qr"):
        r = random.Random(spec.get("seed", 1))
        cells = "".join(f'<rect x="{j}" y="{i}" width="1" height="1"/>' for i in range(21) for j in range(21) if r.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))))
        qr = (f'<svg style="position:absolute;left:22mm;bottom:30mm;width:28mm;height:28mm" viewBox="0 0 21 21">{cells}</svg>'
              '<div style="position:absolute;left:18mm;bottom:20mm;width:40mm;font-size:6.5pt">扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。</div>')
    seal = f'<div style="position:absolute;right:30mm;bottom:14mm">{img(spec["auth_seal"], 40)}</div>' if spec.get("auth_seal") else ""
    cseal = f'<div style="position:absolute;left:42%;bottom:16mm">{img(spec["copy_seal"], 42)}</div>' if spec.get("copy_seal") else ""
    note = (f'<div style="position:absolute;left:30%;bottom:36mm;transform:rotate(-6deg);color:#1f3fae;font-size:13pt">'
            f'{spec["copy_note"]}</div>') if spec.get("copy_note") else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 0; }}
body {{ margin:0; font-family: "WenQuanYi Zen Hei", sans-serif; }}
.pg {{ position:relative; width:297mm; height:209mm; box-sizing:border-box; border:9mm solid #f3ead8; outline: 1.2mm solid #b0894f; outline-offset:-11mm; background: repeating-linear-gradient(45deg,#fffdf6,#fffdf6 6px,#fbf5e6 6px,#fbf5e6 7px); }}
.t {{ position:absolute; top:24mm; width:100%; text-align:center; font-size:36pt; letter-spacing:10pt; font-family:"Noto Serif CJK SC"; }}
.s {{ position:absolute; top:42mm; width:100%; text-align:center; font-size:14pt; }}
.code {{ position:absolute; left:20mm; top:16mm; font-size:10pt; }}
.code b {{ display:block; font-size:13pt; font-weight:normal; margin-top:2mm }}
table {{ position:absolute; left:78mm; top:60mm; width:190mm; font-size:11pt; border-collapse:collapse }}
td {{ padding:1.2mm 2mm; vertical-align:top; line-height:1.35 }}
td.l {{ width:26mm; white-space:nowrap }}
.auth {{ position:absolute; right:38mm; bottom:32mm; font-size:12pt }}
.date {{ position:absolute; right:34mm; bottom:22mm; font-size:11pt }}
.ft {{ position:absolute; bottom:11mm; width:100%; text-align:center; font-size:7.5pt }}
</style></head><body><div class="pg">
<div class="code">统一社会信用代码<b>{spec["code"]}</b><span style="font-size:8pt">{spec.get("no", "")}</span></div>
<div class="t">{spec["title"]}</div><div class="s">{spec.get("sub", "")}</div>
<table>{fields}</table>{qr}
<div class="auth">{spec.get("auth_label", "登记机关")}</div><div class="date">{spec["date"]}</div>
{seal}{note}{cseal}
<div class="ft">{spec.get("footer", "")}　　{spec.get("supervised", "")}</div>
</div></body></html>"""
