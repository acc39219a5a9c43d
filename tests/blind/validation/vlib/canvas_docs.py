"""reportlab canvas layouts with embedded TrueType fonts: certificates and forms with text at coordinates."""
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .content import ar_date
from .render import rl_font, seal_png


def _wrap(text, width_chars):
    out, cur = [], ''
    for ch in text:
        cur += ch
        if len(cur) >= width_chars:
            out.append(cur)
            cur = ''
    if cur:
        out.append(cur)
    return out


def _qr(c, x, y, size, rng):
    n = 21
    cell = size / n
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                on = (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4)) if i < 7 and j < 7 else \
                     (i in (0, 6) or j in (n - 7, n - 1) or (2 <= i <= 4 and n - 5 <= j <= n - 3)) if i < 7 else \
                     (i in (n - 7, n - 1) or j in (0, 6) or (n - 5 <= i <= n - 3 and 2 <= j <= 4))
            else:
                on = rng.random() < 0.45
            if on:
                c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)


def licence_canvas(org, path, rng, font='wqy', title_font='ukai', copy='副本', orient='portrait', spaced=True):
    f = rl_font(font)
    tf = rl_font(title_font)
    size = A4 if orient == 'portrait' else landscape(A4)
    W, H = size
    c = canvas.Canvas(path, pagesize=size)
    c.setTitle('')
    # ornamental double border
    c.setStrokeColor(colors.HexColor('#b8860b'))
    c.setLineWidth(3)
    c.rect(28, 28, W - 56, H - 56)
    c.setLineWidth(0.8)
    c.rect(36, 36, W - 72, H - 72)
    # emblem placeholder
    c.setFillColor(colors.HexColor('#c00000'))
    c.circle(W / 2, H - 105, 30, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#f0c000'))
    c.circle(W / 2, H - 105, 12, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(tf, 34)
    c.drawCentredString(W / 2, H - 180, '营 业 执 照' if spaced else '营业执照')
    c.setFont(f, 13)
    c.drawCentredString(W / 2, H - 205, '（%s）' % ('　'.join(copy) if spaced else copy))
    c.setFont(f, 10.5)
    c.drawString(60, H - 240, '统一社会信用代码')
    c.setFont(f, 12)
    c.drawString(60, H - 258, org['code'])
    c.setFont(f, 9)
    c.drawRightString(W - 60, H - 240, '证照编号：%s' % ''.join(str(rng.randint(0, 9)) for _ in range(20)))
    _qr(c, W - 140, H - 330, 76, rng)
    c.setFont(f, 7.5)
    c.drawCentredString(W - 102, H - 342, '扫描二维码登录')
    c.drawCentredString(W - 102, H - 352, '“国家企业信用')
    c.drawCentredString(W - 102, H - 362, '信息公示系统”')
    sp = (lambda s: '　'.join(s) if len(s) == 2 else s) if spaced else (lambda s: s)
    is_branch = '分公司' in org['ltype']
    fields = [(sp('名称'), org['name']), (sp('类型'), org['ltype']),
              ('负 责 人' if is_branch else ('投 资 人' if '个人独资' in org['ltype'] else '法定代表人'), org['rep'])]
    if is_branch:
        fields += [('营业场所', org['address'])]
    else:
        fields += [('注册资本', org['capital']), ('成立日期', ar_date(*org['est'])),
                   ('营业期限', '%s 至 %s' % (ar_date(*org['est']), '长期' if org['est'][0] % 2 else ar_date(org['est'][0] + 20, org['est'][1], max(1, org['est'][2] - 1)))),
                   (sp('住所'), org['address'])]
    y = H - 400
    c.setFont(f, 11.5)
    for lab, val in fields:
        c.drawString(70, y, lab)
        lines = _wrap(val, 28)
        for ln in lines:
            c.drawString(160, y, ln)
            y -= 20
        y -= 8
    c.drawString(70, y, '经营范围')
    for ln in _wrap(org['scope'], 30)[:6]:
        c.drawString(160, y, ln)
        y -= 18
    # authority and seal
    sx, sy = W - 200, 95
    c.setFont(f, 12)
    c.drawString(sx - 40, sy + 60, '登 记 机 关')
    c.drawImage(ImageReader(io.BytesIO(seal_png(org['reg_authority'], 300))), sx - 20, sy - 10, 110, 110, mask='auto')
    c.drawString(sx - 30, sy + 10, ar_date(*org['reg_date']))
    c.setFont(f, 7)
    c.drawString(60, 50, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn')
    c.drawString(60, 40, '国家市场监督管理总局监制')
    c.showPage()
    c.save()


def certificate_canvas(org, path, rng, font='uming', title_font='wqy'):
    """民办非企业单位登记证书（法人）/ 社会团体法人登记证书 / 事业单位法人证书, landscape, fields at coordinates."""
    f = rl_font(font)
    tf = rl_font(title_font)
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    k = org['kind']
    c.setStrokeColor(colors.HexColor('#8b0000'))
    c.setLineWidth(4)
    c.rect(24, 24, W - 48, H - 48)
    title = {'mnf': '民办非企业单位登记证书', 'st': '社会团体法人登记证书', 'sy': '事业单位法人证书'}[k]
    c.setFont(tf, 28)
    c.drawCentredString(W / 2, H - 80, title)
    if k == 'mnf':
        c.setFont(f, 14)
        c.drawCentredString(W / 2, H - 104, '（法人）')
    c.setFont(f, 11)
    c.drawString(60, H - 135, '统一社会信用代码：%s' % org['code'])
    c.drawRightString(W - 60, H - 135, '证书号：%s第%05d号' % ({'mnf': '沪民证字', 'st': '沪社证字', 'sy': '事证'}[k], rng.randint(1, 99999)))
    valid = '%s至%s' % (ar_date(*org['reg_date']), ar_date(org['reg_date'][0] + 5, org['reg_date'][1], org['reg_date'][2]))
    if k == 'mnf':
        fields = [('名　　称', org['name']), ('住　　所', org['address']), ('法定代表人', org['rep']),
                  ('业务范围', org['scope']), ('业务主管单位', org['supervisor']), ('开办资金', org['capital']),
                  ('有 效 期', valid)]
    elif k == 'st':
        fields = [('名　　称', org['name']), ('住　　所', org['address']), ('法定代表人', org['rep']),
                  ('业务范围', org['scope']), ('活动地域', '上海市'), ('注册资金', org['capital']),
                  ('业务主管单位', org['supervisor']), ('有 效 期', valid)]
    else:
        fields = [('名　　称', org['name']), ('宗旨和业务范围', org['scope']), ('住　　所', org['address']),
                  ('法定代表人', org['rep']), ('经费来源', '财政补助'), ('开办资金', org['capital']),
                  ('举办单位', org['supervisor']), ('有 效 期', '自' + valid)]
    y = H - 175
    for lab, val in fields:
        c.drawString(80, y, lab)
        for ln in _wrap(val, 36)[:3]:
            c.drawString(210, y, ln)
            y -= 19
        y -= 7
    auth = org['reg_authority'] if k != 'sy' else '上海市事业单位登记管理局'
    c.drawString(W - 260, 110, '登记管理机关：')
    c.drawString(W - 260, 90, auth)
    c.drawImage(ImageReader(io.BytesIO(seal_png(auth, 300))), W - 230, 60, 110, 110, mask='auto')
    c.drawString(W - 260, 60, '发证日期：' + ar_date(*org['reg_date']))
    c.showPage()
    c.save()


def credit_report_canvas(org, path, rng, date=(2025, 1, 15), font='microhei', penalties=0, dishonest=0):
    """A credit report laid out at coordinates (banner, boxed sections)."""
    f = rl_font(font)
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setFillColor(colors.HexColor('#1f4e96'))
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(f, 20)
    c.drawString(40, H - 45, '信用中国（上海）')
    c.setFont(f, 10)
    c.drawRightString(W - 40, H - 45, 'credit.sh.gov.cn')
    c.setFillColor(colors.black)
    c.setFont(f, 22)
    c.drawCentredString(W / 2, H - 120, '公共信用信息报告（法人版）')
    c.setFont(f, 10)
    c.drawString(50, H - 150, '报告编号：XYBG%d%02d%02d%05d' % (date[0], date[1], date[2], rng.randint(0, 99999)))
    c.drawRightString(W - 50, H - 150, '查询时间：%s' % ar_date(*date, style=2))
    y = H - 185

    def section(title, rows):
        nonlocal y
        c.setFillColor(colors.HexColor('#e8eef8'))
        c.rect(45, y - 4, W - 90, 20, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(f, 12)
        c.drawString(52, y + 2, title)
        y -= 26
        c.setFont(f, 10)
        for lab, val in rows:
            c.drawString(60, y, lab)
            c.drawString(200, y, val)
            c.setStrokeColor(colors.HexColor('#cccccc'))
            c.line(55, y - 5, W - 55, y - 5)
            y -= 20
        y -= 10
    section('主体基本信息', [('主体名称', org['name']), ('统一社会信用代码', org['code']), ('法定代表人', org['rep']),
                        ('成立日期', ar_date(*org['est'], style=2)), ('登记机关', org['reg_authority'])])
    section('行政处罚信息', [('查询结果', ('查见 %d 条' % penalties) if penalties else '未查见')])
    section('严重失信主体名单信息', [('查询结果', ('查见 %d 条' % dishonest) if dishonest else '未查见')])
    section('其他信息', [('经营异常名录', '未查见'), ('欠缴社会保险费', '未查见'), ('行政强制', '未查见')])
    c.setFont(f, 8)
    c.drawString(50, 60, '本报告依据上海市公共信用信息服务平台截至查询时间的数据生成，仅供参考。')
    c.showPage()
    c.save()
