# -*- coding: utf-8 -*-
"""Registration certificates drawn at coordinates (reportlab canvas) or absolutely positioned HTML."""
import os, random, zlib
from gen_core import seal_png, seal_svg, ensure_rl_fonts, cn_date, ar_date

TITLES = {'company': '营业执照', 'branch': '营业执照', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书',
          'shiye': '事业单位法人证书'}


def cert_fields(o):
    c = o['cat']
    if c in ('company', 'branch'):
        f = [('名　　称', o['cert_name']), ('类　　型', o['typ']), ('负 责 人' if c == 'branch' else '法定代表人', o['rep']),
             ('经营范围', o['scope'])]
        g = [] if c == 'branch' else [('注册资本', o['capital'])]
        g += [('成立日期', o['est']), ('营业期限', o['term']), ('营业场所' if c == 'branch' else '住　　所', o['addr'])]
        return f, g
    if c == 'minfei':
        return ([('名　　称', o['cert_name']), ('住　　所', o['addr']), ('法定代表人', o['rep']), ('业务范围', o['scope'])],
                [('业务主管单位', o['sponsor']), ('开办资金', o['capital']), ('有 效 期', o['term'])])
    if c == 'shetuan':
        return ([('名　　称', o['cert_name']), ('住　　所', o['addr']), ('法定代表人', o['rep']), ('业务范围', o['scope'])],
                [('活动地域', '上海市'), ('注册资金', o['capital']), ('业务主管单位', o['sponsor']), ('有 效 期', o['term'])])
    if c == 'shiye':
        return ([('名　　称', o['cert_name']), ('宗旨和业务范围', o['scope']), ('住　　所', o['addr']), ('法定代表人', o['rep'])],
                [('经费来源', '财政补助'), ('开办资金', o['capital']), ('举办单位', o['sponsor']), ('有 效 期', o['term'])])
    raise ValueError(c)


def _wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)] or ['']


def cert_rl(path, o, workdir, copy_seal=True, seed=0):
    ensure_rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    rng = random.Random(seed)
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setCreator('Microsoft® Word 2016')
    c.setProducer('Microsoft® Word 2016')
    # ornamental border
    c.setStrokeColor(colors.HexColor('#b8860b'))
    c.setLineWidth(5)
    c.rect(28, 28, W - 56, H - 56)
    c.setLineWidth(1.2)
    c.rect(40, 40, W - 80, H - 80)
    for i in range(0, int(W - 100), 14):
        c.circle(50 + i, 46, 2, stroke=1, fill=0)
        c.circle(50 + i, H - 46, 2, stroke=1, fill=0)
    # national emblem placeholder
    c.setFillColor(colors.HexColor('#c8102e'))
    c.circle(W / 2, H - 92, 26, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#ffd700'))
    c.circle(W / 2, H - 92, 12, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont('WQY', 34)
    title = TITLES[o['cat']]
    c.drawCentredString(W / 2, H - 160, title if o['cat'] not in ('company', 'branch') else '营  业  执  照')
    c.setFont('WQY', 13)
    c.drawCentredString(W / 2, H - 182, '（副　本）' if o['cat'] in ('company', 'branch') else '')
    c.setFont('WQY', 11)
    c.drawString(70, H - 130, '统一社会信用代码')
    c.setFont('WQY', 13)
    c.drawString(70, H - 148, o['code'])
    if o['cat'] in ('company', 'branch'):
        c.drawString(W - 230, H - 130, '证照编号：%s' % o['licno'])
        # QR-like block
        x0, y0, s = W - 150, H - 250, 4
        for i in range(21):
            for j in range(21):
                if rng.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                    c.rect(x0 + i * s, y0 + j * s, s, s, stroke=0, fill=1)
        c.setFont('WQY', 7.5)
        c.drawString(x0 - 10, y0 - 12, '扫描二维码登录“国家企业信用')
        c.drawString(x0 - 10, y0 - 22, '信息公示系统”了解更多登记、')
        c.drawString(x0 - 10, y0 - 32, '备案、许可、监管信息')
    left, right = cert_fields(o)
    y = H - 225
    c.setFont('WQY', 11.5)
    for k, v in left:
        c.drawString(80, y, k)
        lines = _wrap(v, 24)
        for ln in lines[:5]:
            c.drawString(165, y, ln)
            y -= 19
        y -= 6
    y = H - 225 - (0 if o['cat'] not in ('company', 'branch') else 60)
    for k, v in right:
        c.drawString(470, y, k)
        for ln in _wrap(v, 17)[:3]:
            c.drawString(560, y, ln)
            y -= 19
        y -= 6
    # registration authority + seal
    c.drawString(560, 120, '登记机关')
    c.drawString(560, 98, o['cert_date'])
    png = os.path.join(workdir, 'seal_reg_%d.png' % (zlib.crc32(o['reg_auth'].encode()) % 10 ** 8))
    if not os.path.exists(png):
        seal_png(png, o['reg_auth'], seed=seed)
    c.drawImage(png, 600, 70, 120, 120, mask='auto')
    if o['cat'] in ('company', 'branch'):
        c.setFont('WQY', 8)
        c.drawCentredString(W / 2, 52, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn        国家市场监督管理总局监制')
    if copy_seal:
        c.saveState()
        c.setFillColor(colors.HexColor('#1a3b8f'))
        c.setFont('WQY', 15)
        c.translate(120, 110)
        c.rotate(6)
        c.drawString(0, 0, '与原件一致  仅供申报社会培训评价组织使用')
        c.restoreState()
        png2 = os.path.join(workdir, 'seal_%d.png' % (zlib.crc32(o['name'].encode()) % 10 ** 8))
        if not os.path.exists(png2):
            seal_png(png2, o['name'], seed=len(o['name']))
        c.drawImage(png2, 230, 60, 125, 125, mask='auto')
    c.showPage()
    c.save()


def cert_html(o, copy_seal=True):
    left, right = cert_fields(o)
    title = TITLES[o['cat']]
    is_co = o['cat'] in ('company', 'branch')
    rows = ''.join('<div class="f"><span class="k">%s</span><span class="v">%s</span></div>' % (k, v) for k, v in left)
    rows2 = ''.join('<div class="f"><span class="k">%s</span><span class="v">%s</span></div>' % (k, v) for k, v in right)
    seal_reg = seal_svg(o['reg_auth'], size=140, rot=10)
    cp = ''
    if copy_seal:
        cp = ('<div style="position:absolute;left:60mm;top:150mm;color:#1a3b8f;font-size:17px;transform:rotate(-5deg)">复印件与原件相符</div>'
              '<div style="position:absolute;left:95mm;top:140mm">%s</div>' % seal_svg(o['name'], size=150, rot=-15))
    return '''<html><head><meta charset="utf-8"><style>
@page { size: 297mm 210mm; margin:0 }
body { margin:0; font-family:"WenQuanYi Zen Hei"; }
.frame { position:absolute; left:8mm; top:8mm; width:281mm; height:194mm; border:6px double #b08d3c; background:#fffdf6; }
.t { position:absolute; top:22mm; width:100%%; text-align:center; font-size:44px; font-family:"Noto Serif CJK SC"; letter-spacing:14px; font-weight:bold; }
.sub { position:absolute; top:40mm; width:100%%; text-align:center; font-size:16px; }
.code { position:absolute; left:20mm; top:16mm; font-size:14px; }
.l { position:absolute; left:24mm; top:58mm; width:135mm; font-size:15px; }
.r { position:absolute; left:168mm; top:%s; width:105mm; font-size:15px; }
.f { display:flex; margin:7px 0; } .k { width:34mm; flex:none; letter-spacing:1px; } .v { flex:1; line-height:1.5; }
.reg { position:absolute; left:190mm; top:160mm; font-size:15px; }
.regseal { position:absolute; left:200mm; top:140mm; }
.qr { position:absolute; right:22mm; top:14mm; width:24mm; height:24mm; background:repeating-linear-gradient(45deg,#000 0 3px,#fff 3px 6px),#000; }
</style></head><body><div class="frame">
<div class="code">统一社会信用代码<br/><b>%s</b></div>%s
<div class="t">%s</div><div class="sub">%s</div>
<div class="l">%s</div><div class="r">%s</div>
<div class="reg">登记机关<br/>%s</div><div class="regseal">%s</div>%s
</div></body></html>''' % ('58mm' if not is_co else '80mm', o['code'], '<div class="qr"></div>' if is_co else '',
                          '营业执照' if is_co else title, '（正　本）' if is_co else '', rows, rows2, o['cert_date'], seal_reg, cp)
