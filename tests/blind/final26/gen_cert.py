# -*- coding: utf-8 -*-
"""Registration certificates drawn at coordinates (reportlab canvas) or as positioned HTML."""
import os, random
from gen_core import rl_fonts, seal_png, seal_svg, esc
from gen_content import d8

def cert_fields(o):
    k = o['cert_kind']
    if k == 'licence':
        return ('营 业 执 照', [('名　　称', o['cert_name']), ('类　　型', o['licence_type']),
                               ('法定代表人' if o['kind'] != 'branch' else '负 责 人', o['rep']),
                               ('经营范围', o['scope']), ('注册资本', o['capital']) if o['kind'] != 'branch' else ('隶属企业', o.get('parent', '')),
                               ('成立日期', d8(o['est'])), ('营业期限', '%s至不约定期限' % d8(o['est'])), ('住　　所', o['address'])],
                '登记机关', o['reg_authority'])
    if k == 'minfei':
        return ('民办非企业单位登记证书', [('名　　称', o['cert_name']), ('住　　所', o['address']), ('法定代表人', o['rep']),
                                      ('业务范围', o['scope']), ('业务主管单位', o.get('supervisor', '上海市教育委员会')),
                                      ('开办资金', o['capital']), ('有 效 期', '%s至%d年%d月%d日' % (d8(o['est']), o['est'][0] + 5 + 10, o['est'][1], o['est'][2]))],
                '登记管理机关', o['reg_authority'])
    if k == 'shetuan':
        return ('社会团体法人登记证书', [('名　　称', o['cert_name']), ('住　　所', o['address']), ('法定代表人', o['rep']),
                                     ('业务范围', o['scope']), ('活动地域', '上海市'), ('注册资金', o['capital']),
                                     ('业务主管单位', o.get('supervisor', '')), ('有 效 期', '2022年6月1日至2027年5月31日')],
                '登记管理机关', o['reg_authority'])
    return ('事业单位法人证书', [('名　　称', o['cert_name']), ('宗旨和业务范围', o['scope']), ('住　　所', o['address']),
                              ('法定代表人', o['rep']), ('经费来源', '财政补助'), ('开办资金', o['capital']),
                              ('举办单位', o.get('sponsor', '')), ('有 效 期', '自2023年3月1日至2028年3月1日')],
            '登记管理机关', o['reg_authority'])

def cert_rl(o, out, seal_dir, copy_seal=True, font='WQY'):
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    title, fields, authlabel, auth = cert_fields(o)
    W, H = landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(title)
    c.setStrokeColor(colors.HexColor('#b8860b')); c.setLineWidth(6)
    c.rect(1.0 * cm, 1.0 * cm, W - 2 * cm, H - 2 * cm)
    c.setLineWidth(1.2); c.rect(1.4 * cm, 1.4 * cm, W - 2.8 * cm, H - 2.8 * cm)
    # emblem placeholder
    c.setFillColor(colors.HexColor('#c8102e')); c.circle(W / 2, H - 3.2 * cm, 0.9 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont(font, 30); c.drawCentredString(W / 2, H - 5.6 * cm, title)
    c.setFont(font, 13); c.drawCentredString(W / 2, H - 6.5 * cm, '（副　本）' if o['cert_kind'] == 'licence' else '（副本）')
    c.setFont(font, 11)
    c.drawString(2.4 * cm, H - 3.2 * cm, '统一社会信用代码')
    c.drawString(2.4 * cm, H - 3.9 * cm, o['code'])
    # QR-ish block
    rng = random.Random(o['n'])
    qx, qy, qs = W - 5.0 * cm, H - 5.2 * cm, 0.16 * cm
    for i in range(17):
        for j in range(17):
            if rng.random() < 0.45 or (i < 4 and j < 4) or (i > 12 and j < 4) or (i < 4 and j > 12):
                c.rect(qx + i * qs, qy + j * qs, qs, qs, fill=1, stroke=0)
    y = H - 7.8 * cm
    for k, v in fields:
        c.setFont(font, 12); c.drawString(3.0 * cm, y, k)
        c.setFont(font, 11.5)
        # wrap long values
        maxw = W - 10 * cm
        line = ''
        lines = []
        for ch in v:
            if c.stringWidth(line + ch, font, 11.5) > maxw:
                lines.append(line); line = ''
            line += ch
        lines.append(line)
        for ln in lines[:3]:
            c.drawString(7.0 * cm, y, ln); y -= 0.62 * cm
        y -= 0.2 * cm
    c.setFont(font, 12)
    c.drawString(W - 10.5 * cm, 3.6 * cm, '%s：%s' % (authlabel, auth))
    c.drawString(W - 8.5 * cm, 2.8 * cm, d8(o['cert_date']))
    if copy_seal:   # a copy without any seal at all when copy_seal is False
        png = os.path.join(seal_dir, 'auth_%d.png' % o['n'])
        seal_png(png, auth, '', seed=o['n'] + 7)
        c.drawImage(png, W - 8.6 * cm, 1.6 * cm, 4 * cm, 4 * cm, mask='auto')
    if copy_seal:
        c.setFillColor(colors.HexColor('#1f3f8f')); c.setFont(font, 14)
        c.drawString(3.0 * cm, 3.0 * cm, '复印件与原件一致')
        c.setFillColor(colors.black)
        png2 = os.path.join(seal_dir, 'own_%d.png' % o['n'])
        seal_png(png2, o['seal_name'], '', seed=o['n'])
        c.drawImage(png2, 4.2 * cm, 1.7 * cm, 4.2 * cm, 4.2 * cm, mask='auto')
    c.showPage(); c.save()
    return out

def cert_html(o, copy_seal=True):
    title, fields, authlabel, auth = cert_fields(o)
    rows = ''.join('<div class="f"><span class="k">%s</span><span class="v">%s</span></div>' % (esc(k), esc(v)) for k, v in fields)
    own = ('<div class="copy">仅供社会培训评价组织申报使用<br>与原件核对无误</div><div class="own">%s</div>' % seal_svg(o['seal_name'])) if copy_seal else ''
    return '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 0; }
body { margin:0; font-family: "Noto Serif CJK SC", serif; }
.frame { position:absolute; left:12mm; top:12mm; width:273mm; height:186mm; border:5px double #b8860b; }
.t { position:absolute; top:22mm; width:100%%; text-align:center; font-size:34pt; letter-spacing:10px; font-weight:bold; }
.sub { position:absolute; top:42mm; width:100%%; text-align:center; font-size:13pt; }
.code { position:absolute; left:14mm; top:10mm; font-size:11pt; }
.qr { position:absolute; right:16mm; top:10mm; width:26mm; height:26mm; background:repeating-linear-gradient(45deg,#000 0 2px,#fff 2px 5px); }
.fs { position:absolute; left:22mm; top:58mm; width:200mm; }
.f { display:flex; margin:3.2mm 0; font-size:12pt; } .k { width:38mm; } .v { flex:1; }
.auth { position:absolute; right:30mm; bottom:22mm; font-size:12pt; text-align:center; }
.auth svg, .own svg { position:absolute; left:10mm; top:-22mm; opacity:.85; }
.copy { position:absolute; left:30mm; bottom:30mm; color:#1f3f8f; font-size:13pt; border:2px solid #1f3f8f; padding:2mm; }
.own { position:absolute; left:40mm; bottom:45mm; }
</style></head><body><div class="frame"><div class="code">统一社会信用代码<br>%s</div><div class="qr"></div>
<div class="t">%s</div><div class="sub">（副本）</div><div class="fs">%s</div>
<div class="auth">%s：%s<br>%s%s</div>%s</div></body></html>''' % (
        esc(o['code']), esc(title), rows, esc(authlabel), esc(auth), esc(d8(o['cert_date'])), seal_svg(auth, size=130) if copy_seal else '', own)
