#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final24 blind corpus: packages/*.zip, key.json, build/expect.json.
Usage: python3 generate.py   (deterministic content, seeded random; needs LibreOffice, chromium, gs, poppler, img2pdf, ocrmypdf)"""
import os, sys, json, random, shutil, subprocess, io, zipfile, copy, html
from concurrent.futures import ThreadPoolExecutor
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib as L
from gen_content import *
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rlcanvas

BUILD = os.path.join(HERE, 'build'); L.BUILD = BUILD
PKG = os.path.join(HERE, 'packages')
rng = random.Random(2024447)

# ------------------------------------------------------------------ notice scope (subset used here, copied from the notice's 附件)
OCC = {k: dict(code=c, name=k, levels=lv) for c, k, lv in [
    ('3-01-01-02', '政务服务办事员', [5, 4, 3]), ('4-03-02-10', '调饮师', [5, 4, 3, 2, 1]),
    ('4-03-02-11', '食品安全管理师', [5, 4, 3, 2, 1]), ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [4, 3, 2, 1]),
    ('4-04-04-05', '数字化解决方案设计师', [4, 3, 2, 1]), ('4-04-05-10', '数字孪生应用技术员', [5, 4, 3, 2, 1]),
    ('4-06-02-02', '房地产策划师', [4, 3, 2, 1]), ('4-07-02-02', '科技咨询师', [3, 2, 1]), ('4-07-02-04', '信用管理师', [4, 3, 2, 1]),
    ('4-08-05-06', '计量员（热工计量员）', [4, 3]), ('4-08-08-04', '色彩搭配师', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放核算员）', [4, 3, 2, 1]), ('4-09-07-04', '碳排放管理员（碳排放咨询员）', [3, 2, 1]),
    ('4-09-07-06', '建筑节能减排咨询师', [5, 4, 3, 2, 1]), ('4-09-08-01', '保洁员', [5, 4, 3]),
    ('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3]), ('4-09-10-03', '盆景师', [5, 4, 3, 2, 1]),
    ('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4, 3]), ('4-14-01-02', '医疗护理员', [5, 4, 3, 2, 1]),
    ('4-14-02-01', '营养师（公共营养师）', [4, 3, 2, 1]), ('4-14-03-01', '助听器验配师', [4, 3, 2, 1]),
    ('4-14-04-04', '社群健康助理员', [4, 3, 2]), ('6-11-01-03', '化工总控工', [5, 4, 3, 2, 1]),
    ('6-12-03-00', '药物制剂工（片剂制备）', [5, 4, 3, 2, 1]), ('6-12-03-00', '药物制剂工（胶囊剂制备）', [5, 4, 3, 2, 1]),
    ('6-12-03-00', '药物制剂工（颗粒剂制备）', [5, 4, 3, 2, 1]), ('6-18-01-13', '增材制造设备操作员', [5, 4, 3, 2, 1]),
    ('6-29-03-04', '管工', [5, 4, 3, 2, 1]), ('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2, 1]),
    ('4-07-03-02', '劳动关系协调员', [])]}   # the last one is NOT in the notice

DIST = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107', '虹口区': '310109',
        '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114', '浦东新区': '310115', '金山区': '310116',
        '松江区': '310117', '青浦区': '310118', '奉贤区': '310120', '崇明区': '310151'}
ROADS = ['张江路', '漕宝路', '天山路', '江场路', '真北路', '四平路', '控江路', '莘庄路', '沪太路', '曹安公路', '浦东大道', '卫零路',
         '新松江路', '华青路', '南桥路', '城桥镇八一路', '淮海中路', '水电路', '凯旋路', '金海路']
SUR = '王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾'
GIV = ['伟', '芳', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志刚', '海燕', '卫东', '晓峰']

def person(r): return r.choice(SUR) + r.choice(GIV)

INDUSTRY = {
    'jxw': ('上海市经济和信息化委员会', '沪经信人函〔2025〕%d号'), 'swj': ('上海市商务委员会', '沪商服函〔2025〕%d号'),
    'scjg': ('上海市市场监督管理局', '沪市监人函〔2025〕%d号'), 'wjw': ('上海市卫生健康委员会', '沪卫人函〔2025〕%d号'),
    'sthj': ('上海市生态环境局', '沪环气函〔2025〕%d号'), 'lhsr': ('上海市绿化和市容管理局', '沪绿容函〔2025〕%d号'),
    'zjw': ('上海市住房和城乡建设管理委员会', '沪建人函〔2025〕%d号'), 'fgj': ('上海市房屋管理局', '沪房人函〔2025〕%d号'),
    'kjw': ('上海市科学技术委员会', '沪科人函〔2025〕%d号'), 'fgw': ('上海市发展和改革委员会', '沪发改信用函〔2025〕%d号'),
    'yjj': ('上海市药品监督管理局', '沪药监人函〔2025〕%d号'), 'jtw': ('上海市交通委员会', '沪交人函〔2025〕%d号'),
    'mzj': ('上海市民政局', '沪民人函〔2025〕%d号'), 'zfb': ('上海市人民政府办公厅', '沪府办人函〔2025〕%d号'),
}
FIRMS = [dict(name='上海申信联合会计师事务所（普通合伙）', prefix='沪申信会审字', cpa=('陆文杰', '沈佳怡')),
         dict(name='上海中鼎华诚会计师事务所有限公司', prefix='中鼎沪审字', cpa=('顾建平', '许晓敏')),
         dict(name='上海明瑞会计师事务所有限公司', prefix='沪明瑞审字', cpa=('钱志远', '蔡雯')),
         dict(name='上海沪港立达会计师事务所有限公司', prefix='沪立达审字', cpa=('黄海鸣', '严丽')),
         dict(name='上海正衡会计师事务所（特殊普通合伙）', prefix='正衡沪审字', cpa=('金振宇', '邱梦洁'))]

def mkorg(name, cat, region, kind, r, nature=None, lic_type=None, bad18=False, style=None, reg_auth=None, intro=None):
    style = style or ('MA' if cat == '91' else 'MJ' if cat in ('51', '52') else 'num')
    code = L.make_code(r, cat, region, style, bad18)
    dname = [k for k, v in DIST.items() if v == region]
    nonprofit = kind in ('minfei', 'shetuan')
    o = dict(name=name, code=code, kind=kind, nonprofit=nonprofit,
             nature=nature or {'company': '有限责任公司', 'minfei': '民办非企业单位', 'shetuan': '社会团体',
                               'shiye': '事业单位', 'branch': '分公司'}[kind],
             lic_type=lic_type or '有限责任公司（自然人投资或控股）', rep=person(r), contact=person(r),
             phone='021-%d' % r.randint(50000000, 69999999), addr='上海市%s%s%d号%s' % (dname[0] if dname else '浦东新区', r.choice(ROADS), r.randint(8, 1888), r.choice(['', '3幢', '5楼', 'B座201室'])),
             founded=ar_date(r.randint(2003, 2019), r.randint(1, 12), r.randint(1, 28)),
             staff=r.randint(6, 25), raters=r.randint(12, 60), sup=r.randint(3, 9), area=r.randint(600, 3000),
             rooms=r.randint(2, 6), stations=r.randint(16, 60), trained=r.randint(2000, 30000),
             dept=r.choice(['职业技能评价中心', '技能评价部', '认定工作办公室', '培训评价事业部']),
             reg_auth=reg_auth or ('上海市%s市场监督管理局' % (dname[0] if dname else '') if kind in ('company', 'branch') else
                                   '上海市%s民政局' % (dname[0] if dname else '') if kind == 'minfei' else '上海市社会团体管理局' if kind == 'shetuan' else '上海市事业单位登记管理局'),
             capital='%d万元人民币' % r.choice([100, 200, 300, 500, 1000, 2000]))
    o['intro'] = intro or '%s成立于%s，长期从事相关领域的职业培训、技能评价及技术服务，拥有稳定的专家团队和完善的考核设施。' % (name, o['founded'])
    return o

# ------------------------------------------------------------------ registration certificate drawings
def cert_fields(P):
    O = P['org']; k = O['kind']
    if k in ('company', 'branch'):
        title = '营 业 执 照'
        f = [('统一社会信用代码', O['code']), ('名　　称', O['name']), ('类　　型', O['lic_type']),
             ('负 责 人' if k == 'branch' else '法定代表人', O['rep']),
             ('经营范围', '一般项目：职业技能培训（不含需取得许可的培训）；技术服务、技术开发、技术咨询；%s相关服务。' % P['apps'][0][0]['name'].split('（')[0])]
        if k != 'branch': f.append(('注册资本', O['capital']))
        f += [('成立日期', O['founded']), ('营业期限', '%s至 不约定期限' % O['founded']), ('住　　所' if k != 'branch' else '营业场所', O['addr'])]
        auth = O['reg_auth']
    elif k == 'minfei':
        title = '民办非企业单位登记证书\n（法人）'
        f = [('统一社会信用代码', O['code']), ('名　　称', O['name']), ('住　　所', O['addr']), ('法定代表人', O['rep']),
             ('业务范围', '职业技能培训、技能评价服务'), ('业务主管单位', P.get('sup_unit', '上海市%s人力资源和社会保障局' % P['district'])),
             ('开办资金', '%d万元' % random.Random(O['code']).choice([10, 30, 50, 100])), ('有 效 期', '2021年6月1日至2026年5月31日')]
        auth = O['reg_auth']
    elif k == 'shetuan':
        title = '社会团体法人登记证书'
        f = [('统一社会信用代码', O['code']), ('名　　称', O['name']), ('住　　所', O['addr']), ('法定代表人', O['rep']),
             ('业务范围', '行业调研、技术交流、培训评价、咨询服务'), ('活动地域', '上海市'), ('注册资金', '50万元'),
             ('业务主管单位', P.get('sup_unit', '')), ('有 效 期', '2022年3月1日至2027年2月28日')]
        auth = '上海市社会团体管理局'
    else:
        title = '事业单位法人证书'
        f = [('统一社会信用代码', O['code']), ('名　　称', O['name']), ('宗旨和业务范围', '开展行业职业技能培训与评价，促进技能人才发展。'),
             ('住　　所', O['addr']), ('法定代表人', O['rep']), ('经费来源', '财政补助'), ('开办资金', '￥680万元'),
             ('举办单位', P.get('sup_unit', '')), ('有 效 期', '自2023年5月10日至2028年5月10日')]
        auth = '上海市事业单位登记管理局'
    return title, f, auth

def cert_rl(P, out):
    title, f, auth = cert_fields(P); O = P['org']
    land = O['kind'] in ('company', 'branch')
    ps = landscape(A4) if land else A4
    c = rlcanvas.Canvas(out, pagesize=ps); W, H = ps
    c.setStrokeColor(colors.HexColor('#9a6b2f')); c.setLineWidth(5); c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
    c.setLineWidth(1); c.rect(16 * mm, 16 * mm, W - 32 * mm, H - 32 * mm)
    c.setFillColor(colors.black); c.setFont('WQY', 30 if land else 24)
    y = H - 42 * mm
    for ln in title.split('\n'):
        c.drawCentredString(W / 2, y, ln); y -= 13 * mm
    c.setFont('WQY', 12); c.drawCentredString(W / 2, y + 4 * mm, '（副　本）' if land else '')
    c.setFont('WQY', 11)
    x0 = 30 * mm; y = y - 8 * mm
    c.drawString(x0, H - 30 * mm, '%s　%s' % (f[0][0], f[0][1]))
    for k, v in f[1:]:
        c.drawString(x0, y, k); lines = [v[i:i + (38 if land else 26)] for i in range(0, len(v), 38 if land else 26)]
        for ln in lines:
            c.drawString(x0 + 32 * mm, y, ln); y -= 7.5 * mm
        y -= 1.5 * mm
    # pseudo QR
    r = random.Random(O['code']); qx, qy = (W - 55 * mm, H - 70 * mm) if land else (W - 52 * mm, 62 * mm)
    for i in range(21):
        for j in range(21):
            if r.random() < 0.45 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                c.rect(qx + i * 1.4 * mm, qy + j * 1.4 * mm, 1.4 * mm, 1.4 * mm, stroke=0, fill=1)
    c.setFont('WQY', 11)
    c.drawString(W - 95 * mm, 40 * mm, '登记机关　' + auth)
    c.drawString(W - 95 * mm, 32 * mm, ar_date(2023, random.Random(O['name']).randint(1, 12), random.Random(O['name']).randint(1, 28)))
    c.drawImage(L.seal_png(auth), W - 80 * mm, 22 * mm, 40 * mm, 40 * mm, mask='auto')
    if P.get('seal_reg', True):
        c.saveState(); c.setFillColor(colors.HexColor('#1a1a1a')); c.setFont('WQY', 13)
        c.translate(W * 0.40, H * 0.30); c.rotate(12)
        c.drawString(0, 0, '此复印件与原件一致'); c.drawString(0, -7 * mm, '仅供申报社会培训评价组织使用')
        c.restoreState()
        c.drawImage(L.seal_png(O['name']), W * 0.42, H * 0.16, 42 * mm, 42 * mm, mask='auto')
    c.showPage(); c.save()

def cert_html(P, out):
    title, f, auth = cert_fields(P); O = P['org']
    rows = ''.join('<tr><td class="k">%s</td><td>%s</td></tr>' % (html.escape(k), html.escape(v)) for k, v in f[1:])
    stamp = ''
    if P.get('seal_reg', True):
        stamp = '<div class="copy">与原件核对一致<br>%s</div><div class="os">%s</div>' % (ar_date(2025, 1, P['day_form']), L.seal_svg(O['name'], '', 160))
    doc = f'''<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }} body {{ margin:0; font-family: "WenQuanYi Zen Hei"; }}
.pg {{ position: relative; width: 210mm; height: 296mm; }}
.fr {{ position:absolute; left:14mm; top:14mm; right:14mm; bottom:14mm; border: 4px double #8c5a22; }}
.ti {{ position:absolute; top: 38mm; width:100%; text-align:center; font-size: 30pt; letter-spacing: 6px; line-height:1.3; }}
.code {{ position:absolute; top: 24mm; left: 26mm; font-size: 10.5pt; }}
table {{ position:absolute; top: 88mm; left: 26mm; width: 158mm; font-size: 12pt; line-height: 1.8; }}
td.k {{ width: 34mm; vertical-align: top; }}
.auth {{ position:absolute; bottom: 36mm; right: 30mm; font-size: 12pt; text-align: right; }}
.as {{ position:absolute; bottom: 22mm; right: 34mm; }}
.copy {{ position:absolute; top: 200mm; left: 40mm; transform: rotate(-8deg); font-size: 14pt; color:#1b3f8f; border: 2px solid #1b3f8f; padding: 3mm; }}
.os {{ position:absolute; top: 190mm; left: 90mm; }}
</style></head><body><div class="pg"><div class="fr"></div><div class="code">{html.escape(f[0][0])}：{O['code']}</div>
<div class="ti">{html.escape(title).replace(chr(10), '<br>')}</div><table>{rows}</table>
<div class="auth">登记管理机关：{html.escape(auth)}<br>发证日期：{ar_date(2022, 6, 18)}</div><div class="as">{L.seal_svg(auth, '', 150)}</div>{stamp}</div></body></html>'''
    L.chromium_pdf(doc, out)

# ------------------------------------------------------------------ packages
def pkgspec(**k):
    return k

def build_specs():
    r = random.Random(447)
    S = []
    def ind(key, n, person_=None, kind='gov'):
        iss, dn = INDUSTRY[key]
        return dict(issuer=iss, docno=dn % n, person=person(r), tel='2311%04d' % r.randint(0, 9999), kind=kind)
    def dis(d, n, fmt='{s}人社函〔2025〕{n}号'):
        return dict(issuer='上海市%s人力资源和社会保障局' % d, docno=fmt.format(s=DISTRICT_SHORT[d], n=n))
    A = lambda name, *lv: (OCC[name], list(lv))

    # ---------------- PASS
    S.append(pkgspec(tag='p_digital', org=mkorg('上海衡越数字科技有限公司', '91', '310115', 'company', r), district='浦东新区',
        apps=[A('数字孪生应用技术员', 4, 3, 2)], industry=ind('jxw', 37), dletter=dis('浦东新区', 12), verdict='pass',
        v=dict(form='tick', ind='gov', dis='official', cr='xyzg', audit='digits', impl='para', wp=0, samples='per_level', titles=0),
        prods=['rl', 'gs'], layout='flat'))
    S.append(pkgspec(tag='p_school', org=mkorg('上海市静安区启明职业技能培训学校', '52', '310106', 'minfei', r), district='静安区',
        apps=[A('医疗护理员', 5, 4, 3)], industry=ind('wjw', 8), dletter=dis('静安区', 5, '静人社〔2025〕{n}号'), verdict='pass',
        v=dict(form='check_old', ind='gov', dis='opinion', cr='center', audit='digits', impl='table', wp=1, samples='per_set', titles=1),
        prods=['docx'], layout='folders', sup_unit='上海市静安区人力资源和社会保障局'))
    S.append(pkgspec(tag='p_group', org=mkorg('上海申联轨道信号技术有限公司', '91', '310112', 'company', r, lic_type='有限责任公司（非自然人投资或控股的法人独资）'),
        district='闵行区', apps=[A('轨道交通信号工（城市轨道交通信号工）', 5, 4, 3, 2)],
        industry=dict(issuer='上海申联轨道交通集团有限公司', docno='申联集团〔2025〕3号', person=person(r), tel='6388%04d' % r.randint(0, 9999), kind='group'),
        dletter=dis('闵行区', 21), verdict='pass',
        v=dict(form='web', ind='group', dis='table', cr='platform', audit='titleonly', impl='table', wp=2, samples='all_one', titles=4, answers=True),
        prods=['html'], layout='folders_root', reg='html'))
    S.append(pkgspec(tag='p_foreign', org=mkorg('上海蓝汐智能制造技术有限公司', '91', '310114', 'company', r, nature='有限责任公司（外国法人独资）', lic_type='有限责任公司（外国法人独资）'),
        district='嘉定区', apps=[A('增材制造设备操作员', 4, 3, 2)], industry=ind('jxw', 52), dletter=dis('嘉定区', 9, '嘉人社〔2025〕{n}号'), verdict='pass',
        v=dict(form='remarks_p2', ind='book', dis='official', cr='center', audit='digits', impl='chapter', wp=0, samples='per_level', titles=3),
        prods=['odt', 'rl'], layout='attach', gbk=True))
    S.append(pkgspec(tag='p_scans', org=mkorg('上海康颐健康管理有限公司', '91', '310107', 'company', r), district='普陀区',
        apps=[A('保健调理师（保健艾灸师）', 5, 4, 3)], industry=ind('swj', 14), dletter=dis('普陀区', 3, '普人社〔2025〕{n}号'), verdict='pass',
        v=dict(form='kv_range', ind='gov', dis='opinion', cr='xyzg', audit='digits', impl='para', wp=1, samples='per_level', titles=5),
        prods=['rl'], layout='scan', post={'form': 'scan', 'ind': 'scan', 'dis': 'scan_c', 'pledge': 'scan', 'integrity': 'scan', 'reg': 'scan', 'cr': 'scan'}))
    S.append(pkgspec(tag='p_big', org=mkorg('上海沪味源餐饮管理有限公司', '91', '310101', 'company', r), district='黄浦区',
        apps=[A('食品安全管理师', 4, 3, 2, 1)], industry=ind('scjg', 6), dletter=dis('黄浦区', 2, '黄人社函〔2025〕{n}号'), verdict='pass',
        v=dict(form='tick', ind='gov', dis='official', cr='platform', audit='digits', impl='para', wp=2, samples='nested', titles=2),
        prods=['stsong', 'gs'], layout='flat', big=['form', 'wp', 'pledge', 'integrity', 'impl']))
    S.append(pkgspec(tag='p_mac', org=mkorg('上海绿栖环境服务有限公司', '91', '310110', 'company', r), district='杨浦区',
        apps=[A('保洁员', 5, 4, 3), A('生活垃圾清运工（生活垃圾收集工）', 5, 4)], industry=ind('lhsr', 11), dletter=dis('杨浦区', 7), verdict='pass',
        v=dict(form='check_old', ind='gov', dis='table', cr='xyzg', audit='digits', impl='chapter', wp=0, samples='per_set', titles=0),
        prods=['html', 'rl'], layout='folders', macosx=True, post={'form': 'keep_docx'}, extras=['photo', 'photo2', 'teachers']))
    S.append(pkgspec(tag='p_carbon', org=mkorg('上海碳衡环境咨询有限公司', '91', '310104', 'company', r), district='徐汇区',
        apps=[A('碳排放管理员（碳排放核算员）', 4, 3, 2, 1)], industry=ind('sthj', 19), dletter=dis('徐汇区', 15, '徐人社〔2025〕{n}号'), verdict='pass',
        v=dict(form='remarks_p2', ind='gov', dis='official', cr='platform', audit='digits', impl='table', wp=1, samples='per_level', titles=3),
        prods=['docx', 'rl'], layout='flat', gbk=True, audit_years=[2021, 2022, 2023], extras=['photo_bad', 'floor']))
    S.append(pkgspec(tag='p_pharma', org=mkorg('上海瑞康制药有限公司', '91', '310120', 'company', r), district='奉贤区',
        apps=[A('药物制剂工（片剂制备）', 5, 4, 3), A('药物制剂工（胶囊剂制备）', 5, 4)], industry=ind('yjj', 4), dletter=dis('奉贤区', 6, '奉人社〔2025〕{n}号'), verdict='pass',
        v=dict(form='tick', ind='book', dis='opinion', cr='center', audit='cn', impl='chapter', wp=2, samples='in_impl', titles=5),
        prods=['rl', 'html'], layout='attach', post={'reg': 'ocrmypdf', 'dis': 'ocr_rl'}))
    S.append(pkgspec(tag='p_nutri', org=mkorg('上海浦江营养健康职业培训中心', '52', '310115', 'minfei', r), district='浦东新区',
        apps=[A('营养师（公共营养师）', 4, 3), A('社群健康助理员', 4, 3)], industry=dict(issuer='上海市健康促进协会', rel='理事单位', body='理事会', praise='多年承担社区营养健康培训项目，师资力量雄厚', person='', tel='', kind='assoc'), dletter=dis('浦东新区', 31), verdict='pass',
        v=dict(form='remarks_p2', ind='assoc', dis='table', cr='xyzg', audit='digits', impl='table', wp=0, samples='per_level', titles=2),
        prods=['odt'], layout='folders', sup_unit='上海市浦东新区教育局', extras=['toc', 'floor']))
    S.append(pkgspec(tag='p_credit', org=mkorg('上海信衡信用管理有限公司', '91', '310105', 'company', r), district='长宁区',
        apps=[A('信用管理师', 4, 3, 2)], industry=ind('fgw', 2), dletter=dis('长宁区', 4, '长人社〔2025〕{n}号'), verdict='pass',
        v=dict(form='kv_range', ind='gov', dis='official', cr='center', audit='cn', impl='para', wp=1, samples='per_level', titles=1),
        prods=['html', 'rl'], layout='flat', dup_encrypted_cr=True, range_style='dash'))
    # ---------------- FAIL
    S.append(pkgspec(tag='f_nointeg', org=mkorg('上海智数安信息技术有限公司', '91', '310117', 'company', r), district='松江区',
        apps=[A('网络与信息安全管理师（数据安全管理员）', 4, 3)], industry=ind('jxw', 61), dletter=dis('松江区', 10, '松人社〔2025〕{n}号'), verdict='fail',
        causes=['missing_material'], defects=['廉洁责任书 missing altogether (work plan has 承诺书 only)'],
        v=dict(form='tick', ind='gov', dis='official', cr='xyzg', audit='digits', impl='para', wp=0, samples='per_level', titles=0),
        prods=['docx', 'rl'], layout='flat', omit=['integrity'], big=['wp', 'pledge']))
    S.append(pkgspec(tag='f_kunshan', org=mkorg('昆山精工增材科技有限公司', '91', '320583', 'company', r, reg_auth='昆山市市场监督管理局'), district='嘉定区',
        apps=[A('增材制造设备操作员', 5, 4)], industry=ind('jxw', 66), dletter=dis('嘉定区', 14, '嘉人社〔2025〕{n}号'), verdict='fail',
        causes=['not_registered_in_shanghai'], defects=['credit code region 320583 (昆山市), licence issued by 昆山市市场监督管理局'],
        v=dict(form='web', ind='gov', dis='opinion', cr='center', audit='digits', impl='table', wp=1, samples='per_set', titles=4),
        prods=['html'], layout='folders', addr_override='江苏省昆山市玉山镇元丰路%d号' % r.randint(10, 300)))
    S.append(pkgspec(tag='f_shiye', org=mkorg('上海市园林绿化技能培训指导中心', '12', '310000', 'shiye', r), district='闵行区',
        apps=[A('盆景师', 4, 3, 2)], industry=ind('lhsr', 17), dletter=dis('闵行区', 8, '闵人社函〔2025〕{n}号'), verdict='fail',
        causes=['ineligible_public_institution'], defects=['事业单位 (code category 12, 事业单位法人证书, 举办单位 上海市绿化和市容管理局)'],
        v=dict(form='remarks_p2', ind='gov', dis='official', cr='platform', audit='digits', impl='para', wp=2, samples='per_level', titles=5),
        prods=['rl', 'gs'], layout='attach', sup_unit='上海市绿化和市容管理局'))
    S.append(pkgspec(tag='f_occ', org=mkorg('上海仁和人力资源服务有限公司', '91', '310109', 'company', r), district='虹口区',
        apps=[A('信用管理师', 4, 3), A('劳动关系协调员', 4, 3)], industry=ind('fgw', 9), dletter=dis('虹口区', 11, '虹人社〔2025〕{n}号'), verdict='fail',
        causes=['occupation_not_in_notice'], defects=['劳动关系协调员 4-07-03-02 is not among the notice\'s 48 occupations'],
        v=dict(form='tick', ind='gov', dis='table', cr='xyzg', audit='cn', impl='table', wp=0, samples='per_level', titles=2),
        prods=['docx'], layout='folders'))
    S.append(pkgspec(tag='f_level', org=mkorg('上海绿源碳资产管理有限公司', '91', '310115', 'company', r), district='浦东新区',
        apps=[A('碳排放管理员（碳排放咨询员）', 4, 3)], industry=ind('sthj', 27), dletter=dis('浦东新区', 40), verdict='fail',
        causes=['level_not_allowed'], defects=['碳排放管理员（碳排放咨询员） applied at 四级, the notice allows only 3、2、1'],
        v=dict(form='check_old', ind='book', dis='official', cr='center', audit='digits', impl='para', wp=1, samples='per_set', titles=3),
        prods=['odt', 'html'], layout='flat'))
    tea = mkorg('上海茶语轩餐饮管理有限公司', '91', '310106', 'company', r)
    S.append(pkgspec(tag='f_dup1', org=tea, district='静安区', apps=[A('调饮师', 5, 4, 3)], industry=ind('swj', 31),
        dletter=dis('静安区', 13, '静人社〔2025〕{n}号'), verdict='fail', causes=['duplicate_application'],
        defects=['same organisation applies for 调饮师 in another package of this corpus'],
        v=dict(form='kv_range', ind='gov', dis='opinion', cr='xyzg', audit='digits', impl='para', wp=2, samples='per_level', titles=0),
        prods=['rl'], layout='flat'))
    S.append(pkgspec(tag='f_dup2', org=tea, district='静安区', apps=[A('调饮师', 4, 3, 2), A('食品安全管理师', 4, 3)], industry=ind('swj', 44),
        dletter=dis('静安区', 19, '静人社〔2025〕{n}号'), verdict='fail', causes=['duplicate_application'],
        defects=['same organisation applies for 调饮师 in another package of this corpus'],
        v=dict(form='web', ind='gov', dis='table', cr='center', audit='cn', impl='table', wp=0, samples='per_set', titles=1),
        prods=['html', 'docx'], layout='folders_root', day_shift=3))
    S.append(pkgspec(tag='f_penalty', org=mkorg('上海优洁物业服务有限公司', '91', '310113', 'company', r), district='宝山区',
        apps=[A('保洁员', 5, 4, 3)], industry=ind('lhsr', 29), dletter=dis('宝山区', 16, '宝人社〔2025〕{n}号'), verdict='fail',
        causes=['credit_record'], defects=['credit report: 行政处罚信息 查见 1 条 (advertising-law fine)'],
        v=dict(form='tick', ind='gov', dis='official', cr='xyzg', audit='digits', impl='chapter', wp=1, samples='per_level', titles=4),
        prods=['docx', 'gs'], layout='scan', penalties=1, pen_short='宝', pen_org='上海市宝山区市场监督管理局'))
    S.append(pkgspec(tag='f_wrongorg', org=mkorg('上海声和听力技术有限公司', '91', '310104', 'company', r), district='徐汇区',
        apps=[A('助听器验配师', 4, 3)], industry=dict(issuer='上海市听力言语康复协会', rel='会员单位', body='协会秘书处', person='', tel='', kind='assoc'), dletter=dis('徐汇区', 22, '徐人社〔2025〕{n}号'), verdict='fail',
        causes=['letter_names_other_org'], defects=['industry letter recommends 上海声和医疗器械有限公司, not the applicant'],
        v=dict(form='remarks_p2', ind='assoc', dis='opinion', cr='platform', audit='digits', impl='para', wp=2, samples='per_set', titles=5),
        prods=['rl'], layout='attach', letter_org='上海声和医疗器械有限公司', letter_code=L.make_code(r, '91', '310104')))
    S.append(pkgspec(tag='f_taicang', org=mkorg('上海嘉太化工科技有限公司', '91', '310114', 'company', r), district='嘉定区',
        apps=[A('化工总控工', 5, 4, 3)], industry=ind('jxw', 72),
        dletter=dict(issuer='太仓市人力资源和社会保障局', docno='太人社函〔2025〕4号'), verdict='fail',
        causes=['district_letter_not_shanghai'], defects=['district letter issued by 太仓市人力资源和社会保障局 (Jiangsu); no Shanghai district letter'],
        v=dict(form='check_old', ind='gov', dis='official', cr='center', audit='titleonly', impl='table', wp=0, samples='per_level', titles=1),
        prods=['gs', 'odt'], layout='folders', site_override='江苏省太仓市浮桥镇沪浮璜公路%d号（考核点）' % r.randint(10, 99)))
    S.append(pkgspec(tag='f_notHR', org=mkorg('上海云邦数字化服务有限公司', '91', '310118', 'company', r), district='青浦区',
        apps=[A('数字化解决方案设计师', 4, 3, 2)], industry=ind('jxw', 80),
        dletter=dict(issuer='上海市青浦区商务委员会', docno='青商务函〔2025〕6号'), verdict='fail',
        causes=['district_letter_wrong_issuer'], defects=['考核点 letter issued by 上海市青浦区商务委员会, not the district HR bureau'],
        v=dict(form='web', ind='gov', dis='opinion', cr='xyzg', audit='digits', impl='chapter', wp=1, samples='all_one', titles=0),
        prods=['html', 'rl'], layout='flat'))
    S.append(pkgspec(tag='f_name', org=mkorg('上海锦程企业管理服务有限公司', '91', '310116', 'company', r), district='金山区',
        apps=[A('政务服务办事员', 5, 4, 3)], industry=ind('zfb', 3), dletter=dis('金山区', 2, '金人社〔2025〕{n}号'), verdict='fail',
        causes=['name_mismatch'], defects=['application form names 上海锦程企业管理咨询有限公司; licence and credit report say 上海锦程企业管理服务有限公司'],
        v=dict(form='tick', ind='gov', dis='table', cr='center', audit='digits', impl='para', wp=2, samples='per_level', titles=2),
        prods=['docx'], layout='attach', form_name='上海锦程企业管理咨询有限公司'))
    S.append(pkgspec(tag='f_oneset', org=mkorg('上海筑能建筑科技有限公司', '91', '310107', 'company', r), district='普陀区',
        apps=[A('建筑节能减排咨询师', 4, 3, 2)], industry=ind('zjw', 13), dletter=dis('普陀区', 17, '普人社〔2025〕{n}号'), verdict='fail',
        causes=['sample_sets_incomplete'], defects=['only one sample set for 二级 (样题一 only)'],
        v=dict(form='kv_range', ind='gov', dis='official', cr='platform', audit='digits', impl='table', wp=0, samples='per_set', titles=0),
        prods=['rl', 'odt'], layout='folders', one_set_level=2))
    S.append(pkgspec(tag='f_branch', org=mkorg('上海恒管建设工程有限公司浦东分公司', '91', '310115', 'branch', r, nature='分公司', lic_type='有限责任公司分公司（自然人投资或控股）'),
        district='浦东新区', apps=[A('管工', 5, 4, 3)], industry=ind('zjw', 24), dletter=dis('浦东新区', 45), verdict='fail',
        causes=['branch_not_legal_person'], defects=['licence 类型: 有限责任公司分公司（自然人投资或控股）— not an independent legal person'],
        v=dict(form='check_old', ind='gov', dis='opinion', cr='xyzg', audit='digits', impl='para', wp=1, samples='per_level', titles=4),
        prods=['html'], layout='flat', reg='html'))
    S.append(pkgspec(tag='f_audit', org=mkorg('上海房悦置业咨询有限公司', '91', '310109', 'company', r), district='虹口区',
        apps=[A('房地产策划师', 4, 3)], industry=ind('fgj', 7), dletter=dis('虹口区', 23, '虹人社〔2025〕{n}号'), verdict='fail',
        causes=['missing_material'], defects=['audit reports for 2021 and 2023 only — 2022 missing', '承诺书 without seal (review-level, fail stands)'],
        v=dict(form='remarks_p2', ind='book', dis='official', cr='center', audit='digits', impl='chapter', wp=2, samples='per_level', titles=3),
        prods=['rl', 'docx'], layout='folders', audit_years=[2021, 2023], seal_pledge=False))
    # ---------------- REVIEW
    S.append(pkgspec(tag='r_encrypt', org=mkorg('上海科汇技术转移服务有限公司', '91', '310110', 'company', r), district='杨浦区',
        apps=[A('科技咨询师', 3, 2)], industry=ind('kjw', 12), dletter=dis('杨浦区', 26), verdict='review',
        causes=['unreadable_material'], defects=['credit report is a password-protected PDF (only copy)'],
        v=dict(form='tick', ind='gov', dis='official', cr='xyzg', audit='digits', impl='para', wp=0, samples='per_level', titles=1),
        prods=['rl', 'html'], layout='flat', post={'cr': 'encrypt'}))
    S.append(pkgspec(tag='r_corrupt', org=mkorg('上海智孪工业软件有限公司', '91', '310112', 'company', r), district='闵行区',
        apps=[A('数字孪生应用技术员', 5, 4)], industry=ind('jxw', 88), dletter=dis('闵行区', 30, '闵人社函〔2025〕{n}号'), verdict='review',
        causes=['unreadable_material'], defects=['2023 audit report PDF truncated/corrupt (only copy)'],
        v=dict(form='kv_range', ind='gov', dis='table', cr='center', audit='digits', impl='table', wp=1, samples='per_set', titles=5),
        prods=['docx', 'rl'], layout='folders', post={'audit2023': 'truncate'}))
    S.append(pkgspec(tag='r_faint', org=mkorg('上海精测计量技术服务有限公司', '91', '310114', 'company', r), district='嘉定区',
        apps=[A('计量员（热工计量员）', 4, 3)], industry=ind('scjg', 15), dletter=dis('嘉定区', 27, '嘉人社〔2025〕{n}号'), verdict='review',
        causes=['unreadable_material'], defects=['营业执照 only as a faint, blurred ~60 dpi scan nobody can read'],
        v=dict(form='web', ind='gov', dis='official', cr='platform', audit='digits', impl='para', wp=2, samples='per_level', titles=2),
        prods=['html', 'gs'], layout='scan', post={'reg': 'scan_bad'}))
    S.append(pkgspec(tag='r_docx', org=mkorg('上海市徐汇区新味职业技能培训学校', '52', '310104', 'minfei', r), district='徐汇区',
        apps=[A('调饮师', 5, 4)], industry=ind('swj', 50), dletter=dis('徐汇区', 33, '徐人社〔2025〕{n}号'), verdict='review',
        causes=['signed_material_editable_only'], defects=['承诺书 and 廉洁责任书 only as editable .docx'],
        v=dict(form='check_old', ind='gov', dis='opinion', cr='xyzg', audit='digits', impl='chapter', wp=0, samples='per_set', titles=4),
        prods=['odt', 'rl'], layout='folders', post={'pledge': 'keep_docx', 'integrity': 'keep_docx'}, sup_unit='上海市徐汇区人力资源和社会保障局'))
    S.append(pkgspec(tag='r_noseal_dis', org=mkorg('上海洁城环卫服务有限公司', '91', '310117', 'company', r), district='松江区',
        apps=[A('生活垃圾清运工（生活垃圾收集工）', 5, 4, 3)], industry=ind('lhsr', 36), dletter=dis('松江区', 18, '松人社〔2025〕{n}号'), verdict='review',
        causes=['seal_missing'], defects=['district HR letter carries no seal'],
        v=dict(form='remarks_p2', ind='gov', dis='official', cr='center', audit='cn', impl='table', wp=1, samples='per_level', titles=0),
        prods=['rl'], layout='attach', seal_dis=False))
    S.append(pkgspec(tag='r_badcode', org=mkorg('上海雅色形象设计有限公司', '91', '310105', 'company', r, bad18=True), district='长宁区',
        apps=[A('色彩搭配师', 4, 3, 2)], industry=ind('jxw', 93), dletter=dis('长宁区', 12, '长人社〔2025〕{n}号'), verdict='review',
        causes=['credit_code_checksum'], defects=['credit code check character (position 18) fails GB 32100 check, printed the same in every document'],
        v=dict(form='tick', ind='book', dis='table', cr='platform', audit='digits', impl='para', wp=2, samples='all_one', titles=3),
        prods=['html', 'docx'], layout='flat'))
    S.append(pkgspec(tag='r_shetuan', org=mkorg('上海市药物制剂技术协会', '51', '310000', 'shetuan', r), district='浦东新区',
        apps=[A('药物制剂工（颗粒剂制备）', 5, 4, 3)],
        industry=dict(issuer='上海市药品监督管理局', docno='沪药监人函〔2025〕11号', person=person(r), tel='2311%04d' % r.randint(0, 9999), kind='gov'),
        dletter=dis('浦东新区', 52), verdict='review', causes=['social_organisation'],
        defects=['社会团体 applicant (code category 51): 脱钩 status cannot be read from the documents'],
        v=dict(form='remarks_p2', ind='gov', dis='official', cr='xyzg', audit='digits', impl='chapter', wp=0, samples='per_level', titles=5),
        prods=['docx', 'html'], layout='folders', sup_unit='上海市药品监督管理局'))
    S.append(pkgspec(tag='r_photo', org=mkorg('上海临化化工技术服务有限公司', '91', '310116', 'company', r), district='金山区',
        apps=[A('化工总控工', 4, 3)], industry=ind('jxw', 97), dletter=dis('金山区', 9, '金人社〔2025〕{n}号'), verdict='review',
        causes=['unreadable_material'], defects=['industry letter only as a dark, blurred phone photo (JPG) that cannot be read'],
        v=dict(form='kv_range', ind='gov', dis='opinion', cr='center', audit='digits', impl='para', wp=1, samples='per_set', titles=2),
        prods=['rl', 'odt'], layout='scan', post={'ind': 'photo_bad'}))
    S.append(pkgspec(tag='r_blurpledge', org=mkorg('上海安信数据科技有限公司', '91', '310109', 'company', r), district='虹口区',
        apps=[A('网络与信息安全管理师（数据安全管理员）', 4, 3, 2)], industry=ind('jxw', 101), dletter=dis('虹口区', 35, '虹人社〔2025〕{n}号'), verdict='review',
        causes=['unreadable_material'], defects=['承诺书 only as a heavily blurred scan'],
        v=dict(form='web', ind='gov', dis='table', cr='xyzg', audit='titleonly', impl='table', wp=2, samples='per_level', titles=1),
        prods=['html', 'rl'], layout='flat', post={'pledge': 'scan_bad'}))
    S.append(pkgspec(tag='r_noseal_integ', org=mkorg('上海轨捷信号工程有限公司', '91', '310151', 'company', r), district='崇明区',
        apps=[A('轨道交通信号工（城市轨道交通信号工）', 4, 3)], industry=ind('jtw', 5), dletter=dis('崇明区', 4, '崇人社〔2025〕{n}号'), verdict='review',
        causes=['seal_missing'], defects=['廉洁责任书 carries no seal of the applicant'],
        v=dict(form='check_old', ind='gov', dis='official', cr='platform', audit='digits', impl='para', wp=0, samples='per_level', titles=4),
        prods=['gs', 'docx'], layout='folders', seal_integrity=False))
    return S

# ------------------------------------------------------------------ document planning
NAMES = {
    'flat': dict(form='01申请表.pdf', ind='02行业主管部门推荐函.pdf', dis='03考核点所在区人社局推荐函.pdf', cr='04信用报告.pdf',
                 audit='05-{y}年度审计报告.pdf', reg='06营业执照复印件.pdf', wp='07工作方案.pdf', pledge='08承诺书.pdf',
                 integrity='09廉洁责任书.pdf', impl='10项目实施方案.pdf', samples='11样题/', extra='12其他材料/'),
    'folders': dict(form='1.申请表/社会培训评价组织征集遴选申请表.pdf', ind='2.推荐函/行业主管部门推荐函.pdf', dis='2.推荐函/区人社部门推荐函.pdf',
                    cr='3.信用佐证/信用报告.pdf', audit='3.信用佐证/{y}年审计报告.pdf', reg='3.信用佐证/法人登记证书.pdf',
                    wp='4.工作方案/职业技能等级认定工作方案.pdf', pledge='4.工作方案/承诺书.pdf', integrity='4.工作方案/廉洁责任书.pdf',
                    impl='5.实施方案/项目实施方案.pdf', samples='5.实施方案/样题/', extra='6.其他材料/'),
    'attach': dict(form='附件1.pdf', ind='附件2.pdf', dis='附件3.pdf', cr='附件4.pdf', audit='附件5-{i}.pdf', reg='附件6.pdf',
                   wp='附件7.pdf', pledge='附件8.pdf', integrity='附件9.pdf', impl='附件10.pdf', samples='附件11样题/', extra='附件12其他/'),
    'scan': dict(form='申请表.pdf', ind='IMG_20250114_0001.pdf', dis='IMG_20250114_0002.pdf', cr='scan_003.pdf', audit='审计报告{y}.pdf',
                 reg='scan_004.pdf', wp='新建 Microsoft Word 文档 (3).pdf', pledge='IMG_20250116_0007.pdf', integrity='IMG_20250116_0008.pdf',
                 impl='实施方案（含评价方案）.pdf', samples='样题/', extra='其他/'),
}
NAMES['folders_root'] = {k: '{root}/' + v for k, v in NAMES['folders'].items()}

PROD_DESC = {'rl': 'reportlab 4 (WenQuanYi Zen Hei TTF embedded)', 'stsong': 'reportlab 4 (STSong-Light CID font, not embedded)',
             'docx': 'LibreOffice 7.4 writer_pdf_Export from .docx (python-docx)', 'odt': 'LibreOffice 7.4 writer_pdf_Export from .odt (odfpy)',
             'html': 'Chromium headless --print-to-pdf (HTML/CSS, SVG seal)', 'gs': 'Ghostscript pdfwrite re-distilled LibreOffice PDF',
             'cert_rl': 'reportlab canvas certificate drawing', 'cert_html': 'Chromium headless certificate (absolute-positioned HTML)'}
POST_DESC = {'scan': 'scan: pdftoppm 150dpi → Pillow grayscale, rotation, noise, JPEG → img2pdf',
             'scan_c': 'scan: pdftoppm 200dpi → Pillow colour, rotation, noise, JPEG → img2pdf',
             'scan_bad': 'bad scan: pdftoppm 60dpi → Pillow faint + heavy blur → img2pdf',
             'ocr_rl': 'scan + invisible text layer (reportlab render mode 3)', 'ocrmypdf': 'scan → ocrmypdf (tesseract chi_sim) text layer',
             'photo_bad': 'phone photo: Pillow dark, blurred, rotated JPEG', 'encrypt': 'pikepdf AES/RC4 user-password encryption',
             'truncate': 'truncated PDF (first 45% of bytes)', 'keep_docx': 'python-docx .docx (not converted)', 'gs': 'Ghostscript pdfwrite re-distilled'}

def plan_package(P, idx):
    """Return list of doc dicts: path, kind, mat, blocks/cert, prod, post, seal."""
    r = random.Random('plan%d' % idx)
    O = P['org']; v = P['v']
    names = {k: x.replace('{root}', O['name'] + '申报材料') for k, x in NAMES[P['layout']].items()}
    prods = P['prods']; pi = [0]
    def nextprod():
        p = prods[pi[0] % len(prods)]; pi[0] += 1; return p
    docs = []
    def add(mat, path, kind, blocks, seal=None, prod=None):
        d = dict(mat=mat, path=path, kind=kind, blocks=blocks, prod=prod or nextprod(),
                 post=P.get('post', {}).get(mat), seal=seal)
        if d['prod'] == 'gs': d['prod'], d['post'] = 'docx', d['post'] or 'gs'
        docs.append(d); return d
    mats = []
    mats.append(('form', 'application_form', app_form(P, v['form']), None))
    mats.append(('ind', 'industry_letter', industry_letter(P, v['ind']), P.get('seal_ind', True)))
    mats.append(('dis', 'district_letter', district_letter(P, v['dis']), P.get('seal_dis', True)))
    mats.append(('cr', 'credit_report', credit_report(P, v['cr']), None))
    years = P.get('audit_years', [2022, 2023])
    for i, y in enumerate(years, 1):
        firm = FIRMS[(idx + (0 if y != 2021 else 1)) % len(FIRMS)]
        mats.append(('audit%d' % y, 'audit_report', audit_report(P, y, v['audit'], firm), None, y, i))
    mats.append(('reg', 'registration_certificate', None, P.get('seal_reg', True)))
    mats.append(('wp', 'work_plan', work_plan(P, v['wp']), None))
    if 'pledge' not in P.get('omit', []): mats.append(('pledge', 'pledge', pledge(P, v['wp'] % 2), P.get('seal_pledge', True)))
    if 'integrity' not in P.get('omit', []): mats.append(('integrity', 'integrity_letter', integrity(P, v['wp'] % 2), P.get('seal_integrity', True)))
    mats.append(('impl', 'implementation_plan+evaluation_plan', impl_plan(P, v['impl']), None))
    big = P.get('big', [])
    bigblocks, bigkinds = [], []
    for m in mats:
        mat, kind, blocks, seal = m[:4]
        if mat.startswith('audit'):
            path = names['audit'].format(y=m[4], i=m[5])
            key = 'audit'
        else:
            path = names[mat]; key = mat
        if mat == 'reg':
            d = add('reg', path, kind, None, seal, prod='cert_html' if P.get('reg') == 'html' else 'cert_rl')
            if d['post'] in ('scan', 'scan_bad', 'ocrmypdf'): pass
            continue
        if mat in big:
            if bigblocks: bigblocks.append(('pb',))
            bigblocks += blocks; bigkinds.append(kind)
            continue
        add(mat, path, kind, blocks, seal)
    if big:
        if 'form' in big:
            bpath = {'flat': '00申报材料汇编（申请表、方案、承诺书）.pdf'}.get(P['layout'], '申报材料合订本.pdf')
            if P['layout'] == 'folders': bpath = '1.申请表/申报材料合订本.pdf'
        else:
            bpath = names['wp'][:-4] + '（含承诺书）.pdf'
        d = add('big', bpath, '+'.join(bigkinds), bigblocks, True if ('pledge' in big and P.get('seal_pledge', True)) else None)
    # samples
    titles = SET_TITLES[v['titles']]
    sp = names['samples']; layout = v['samples']
    sets = []
    for o, lv in P['apps']:
        for l in sorted(lv, reverse=True):
            n = 1 if P.get('one_set_level') == l else 2
            for s in range(1, n + 1):
                sets.append((o, l, s))
    occshort = lambda o: split_occ(o['name'])[1] or o['name']
    ans = v.get('answers', False)
    if layout == 'per_level' or layout == 'nested':
        groups = {}
        for o, l, s in sets:
            groups.setdefault((o['name'], l), []).append((o, l, s))
        inner = []
        for (on, l), ss in groups.items():
            bl = []
            for o, l2, s in ss:
                if bl: bl.append(('pb',))
                bl += sample_set(P, o, l2, s, titles, ans)
            fname = '%s_%s_样题.pdf' % (occshort(ss[0][0]), CN[l])
            if layout == 'nested':
                inner.append(('样题/' + fname, bl))
            else:
                add('sample', sp + fname, 'sample_paper', bl)
        if layout == 'nested':
            for pth, bl in inner:
                d = add('sample', pth, 'sample_paper', bl); d['nested'] = names['samples'].rstrip('/') + '.zip'
    elif layout == 'per_set':
        for o, l, s in sets:
            fname = '%s-%s-%s.pdf' % (occshort(o), CN[l], titles[s - 1].replace(' ', ''))
            add('sample', sp + fname, 'sample_paper', sample_set(P, o, l, s, titles, ans))
    elif layout == 'all_one':
        bl = []
        for o, l, s in sets:
            if bl: bl.append(('pb',))
            bl += sample_set(P, o, l, s, titles, ans)
        add('sample', sp + '全部等级样题（两套）.pdf', 'sample_paper', bl)
    elif layout == 'in_impl':
        d = [x for x in docs if x['mat'] == 'impl'][0]
        for o, l, s in sets:
            d['blocks'] = d['blocks'] + [('pb',)] + sample_set(P, o, l, s, titles, ans)
        d['kind'] = 'implementation_plan+evaluation_plan+sample_paper'
    # extras
    ex = names['extra']
    for e in P.get('extras', []):
        if e == 'teachers':
            d = add('extra', ex + '师资名单.docx', 'other', teacher_list(P), prod='docx'); d['post'] = 'keep_docx'
        elif e == 'floor':
            add('extra', ex + '考核点平面图.pdf', 'other', floor_plan_blocks(P))
        elif e == 'toc':
            items = [(KIND_CN.get(x['kind'], x['kind']), x['path']) for x in docs]
            add('extra', '00目录.pdf' if P['layout'] != 'folders' else '0.目录.pdf', 'other', toc_blocks(P, items))
        elif e in ('photo', 'photo2', 'photo_bad'):
            d = add('extra', ex + {'photo': '考核点照片1.jpg', 'photo2': '考核点照片2.jpg', 'photo_bad': 'IMG_4471.jpg'}[e], 'other', None, prod='sitephoto')
            d['post'] = e
    # duplicate encrypted credit report
    if P.get('dup_encrypted_cr'):
        crd = [x for x in docs if x['mat'] == 'cr'][0]
        d = dict(crd); d['path'] = '04信用报告（加密原件）.pdf'; d['post'] = 'encrypt'; d['mat'] = 'cr_dup'; docs.append(d)
    for d in docs:
        if d['post'] == 'keep_docx':
            d['prod'] = 'docx'; d['path'] = d['path'][:-4] + '.docx' if d['path'].endswith('.pdf') else d['path']
        if d['post'] == 'photo_bad' and d['path'].endswith('.pdf'):
            d['path'] = d['path'].replace('IMG_20250114_0001.pdf', 'IMG_20250114_0001.jpg')
            if d['path'].endswith('.pdf'): d['path'] = d['path'][:-4] + '.jpg'
    return docs

def expected_name(P, d):
    if d['mat'] == 'form' and P.get('form_name'): return P['form_name']
    if d['mat'] == 'ind' and P.get('letter_org'): return P['letter_org']
    return P['org']['name']

KIND_CN = {'application_form': '社会培训评价组织征集遴选申请表', 'industry_letter': '行业主管部门推荐函', 'district_letter': '考核点所在区人社部门推荐函',
           'credit_report': '信用报告', 'audit_report': '财务审计报告', 'registration_certificate': '法人登记证书',
           'work_plan': '职业技能等级认定工作方案', 'pledge': '承诺书', 'integrity_letter': '廉洁责任书',
           'implementation_plan+evaluation_plan': '项目实施方案（含各等级评价方案）', 'sample_paper': '样题', 'other': '其他材料'}

def site_photo(path, r, seed, bad=False):
    from PIL import Image, ImageDraw, ImageFilter
    im = Image.new('RGB', (1024, 768), (200, 204, 196)); d = ImageDraw.Draw(im)
    d.polygon([(0, 560), (1024, 560), (1024, 768), (0, 768)], fill=(150, 140, 120))
    for i in range(5):
        x = 80 + i * 180
        d.rectangle([x, 430, x + 130, 520], fill=(230, 230, 225), outline=(90, 90, 90))
        d.rectangle([x + 30, 360, x + 100, 428], fill=(40, 40, 50))
    d.rectangle([400, 80, 640, 200], fill=(30, 80, 160)); d.ellipse([900, 40, 960, 100], fill=(60, 60, 60))
    if bad:
        im = im.filter(ImageFilter.GaussianBlur(9)).point(lambda v: v // 3)
    im.save(path, 'JPEG', quality=40 if bad else 70)

def main():
    t0 = __import__('time').time()
    if os.path.exists(BUILD): shutil.rmtree(BUILD)
    if os.path.exists(PKG): shutil.rmtree(PKG)
    os.makedirs(BUILD); os.makedirs(PKG)
    specs = build_specs()
    order = list(range(len(specs))); random.Random(24).shuffle(order)
    pkgs = []
    for n, si in enumerate(order, 1):
        P = specs[si]; P = dict(P); P['num'] = n
        shift = P.get('day_shift', 0)
        rr = random.Random('days%d' % n)
        P['day_ind'] = rr.randint(6, 13); P['day_dis'] = rr.randint(8, 15); P['day_cr'] = rr.randint(13, 17)
        P['day_form'] = min(rr.randint(20, 22) + shift, 25)
        O = dict(P['org'])
        if P.get('addr_override'): O['addr'] = P['addr_override']
        P['org'] = O
        P['site'] = P.get('site_override', O['addr'] if not O['addr'].startswith('江苏') else '上海市嘉定区安亭镇墨玉路%d号' % (100 + n))
        P['form_apps'] = P['apps']
        pkgs.append(P)
    jobs = []  # (P, doc, srcpdf)
    lo_files = []
    html_jobs = []
    for P in pkgs:
        d0 = os.path.join(BUILD, 'p%02d' % P['num']); os.makedirs(d0)
        P['docs'] = plan_package(P, P['num'])
        for i, d in enumerate(P['docs']):
            d['src'] = os.path.join(d0, 'd%02d.pdf' % i)
            pr = d['prod']
            if pr in ('rl', 'stsong'):
                L.render_reportlab(d['blocks'], d['src'], font='WQY' if pr == 'rl' else 'STSong-Light',
                                   header=None if d['kind'] != 'sample_paper' else P['org']['name'])
            elif pr == 'docx':
                dx = os.path.join(d0, 'p%02d_d%02d.docx' % (P['num'], i))
                L.render_docx(d['blocks'], dx, font=random.Random(P['num']).choice(['Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei']))
                d['docx'] = dx
                if d['post'] != 'keep_docx': lo_files.append(dx)
            elif pr == 'odt':
                dx = os.path.join(d0, 'p%02d_d%02d.odt' % (P['num'], i))
                d['odt'] = dx
                L.render_odt(d['blocks'], dx, font=random.Random(P['num'] + 1).choice(['Noto Sans CJK SC', 'Noto Serif CJK SC']))
                lo_files.append(dx)
            elif pr == 'html':
                html_jobs.append((L.blocks_html(d['blocks'], 'Noto Serif CJK SC' if (P['tag'] == 'p_group' and d['mat'] == 'form') else 'WenQuanYi Zen Hei',
                                                header=('%s · 申报材料' % P['org']['name']) if d['kind'] != 'sample_paper' else P['org']['name']), d['src']))
            elif pr == 'cert_rl':
                cert_rl(P, d['src'])
            elif pr == 'cert_html':
                html_jobs.append((None, d['src'], P))
            elif pr == 'sitephoto':
                pass
    print('reportlab done', len(lo_files), 'office files,', len(html_jobs), 'html', flush=True)
    def run_html(j):
        if j[0] is None: cert_html(j[2], j[1])
        else: L.chromium_pdf(j[0], j[1])
    with ThreadPoolExecutor(2) as ex:
        fut = ex.submit(L.lo_convert, lo_files, os.path.join(BUILD, 'lo-out'))
        list(ex.map(run_html, html_jobs)) if False else None
        for j in html_jobs: run_html(j)
        fut.result()
    for P in pkgs:
        for i, d in enumerate(P['docs']):
            if d['prod'] in ('docx', 'odt') and d['post'] != 'keep_docx':
                base = os.path.splitext(os.path.basename(d.get('docx') or d.get('odt')))[0]
                shutil.copy(os.path.join(BUILD, 'lo-out', base + '.pdf'), d['src'])
    print('phase1 %.0fs' % (__import__('time').time() - t0), flush=True)
    # phase 2: post-processing
    for P in pkgs:
        pr = random.Random('post%d' % P['num'])
        for d in P['docs']:
            post = d['post']; src = d['src']
            d['out'] = src.replace('.pdf', '.final')
            if d['prod'] == 'sitephoto':
                site_photo(d['out'], pr, P['num'], bad=(post == 'photo_bad')); d['text'] = 'none'; d['producer'] = 'Pillow-drawn JPEG photo' + (' (dark, blurred)' if post == 'photo_bad' else '')
                continue
            if post == 'keep_docx':
                if 'docx' not in d:
                    dx = src.replace('.pdf', '.docx'); L.render_docx(d['blocks'], dx); d['docx'] = dx
                shutil.copy(d['docx'], d['out']); d['text'] = 'text'; d['producer'] = POST_DESC['keep_docx']; continue
            assert os.path.exists(src), (P['org']['name'], d['path'], d['prod'])
            base = PROD_DESC[d['prod']]
            if post is None:
                shutil.copy(src, d['out']); d['text'] = 'text'; d['producer'] = base
            elif post == 'gs':
                L.gs_redistill(src, d['out']); d['text'] = 'text'; d['producer'] = POST_DESC['gs'] + ' (from %s)' % base
                t = subprocess.run(['pdftotext', d['out'], '-'], capture_output=True).stdout.decode('utf-8', 'replace')
                t0_ = subprocess.run(['pdftotext', src, '-'], capture_output=True).stdout.decode('utf-8', 'replace')
                if ''.join(t.split()) != ''.join(t0_.split()):
                    # Ghostscript garbled the ToUnicode of a large CID subset: ship the original instead
                    shutil.copy(src, d['out']); d['producer'] = base
            elif post == 'scan':
                L.scan_pdf(src, d['out'], pr, dpi=150, gray=True, noise=6, quality=40); d['text'] = 'none'; d['producer'] = POST_DESC['scan']
            elif post == 'scan_c':
                L.scan_pdf(src, d['out'], pr, dpi=150, gray=False, noise=5, quality=40); d['text'] = 'none'; d['producer'] = POST_DESC['scan_c'].replace('200dpi', '150dpi')
            elif post == 'scan_bad':
                L.scan_pdf(src, d['out'], pr, dpi=60, gray=True, noise=10, blur=1.6, faint=0.6, quality=30); d['text'] = 'none'; d['producer'] = POST_DESC['scan_bad']
            elif post == 'ocr_rl':
                L.ocr_layer_pdf(src, d['out'], pr); d['text'] = 'ocr-layer'; d['producer'] = POST_DESC['ocr_rl']
            elif post == 'ocrmypdf':
                tmp = src + '.scan.pdf'
                L.scan_pdf(src, tmp, pr, dpi=200, gray=True, noise=6, quality=55, angle=0.4)
                rc = subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--jobs', '1', '--optimize', '0', '--output-type', 'pdf', tmp, d['out']],
                                    env=dict(os.environ, OMP_THREAD_LIMIT='1')).returncode
                if rc != 0:
                    L.ocr_layer_pdf(src, d['out'], pr); d['producer'] = POST_DESC['ocr_rl']
                else:
                    d['producer'] = POST_DESC['ocrmypdf']
                d['text'] = 'ocr-layer'
            elif post == 'photo_bad':
                L.photo_jpg(src, d['out'], pr, dpi=55, blur=3.5, angle=7, quality=30); d['text'] = 'none'; d['producer'] = POST_DESC['photo_bad']
            elif post == 'encrypt':
                L.encrypt_pdf(src, d['out']); d['text'] = 'encrypted'; d['producer'] = POST_DESC['encrypt'] + ' of ' + base
            elif post == 'truncate':
                L.truncate_pdf(src, d['out']); d['text'] = 'corrupt'; d['producer'] = POST_DESC['truncate'] + ' of ' + base
            elif post in ('photo', 'photo2'):
                pass
    print('phase2 %.0fs' % (__import__('time').time() - t0), flush=True)
    # zips + key
    key = {'author': 'final24', 'packages': {}}
    expect = {}
    for P in pkgs:
        O = P['org']
        zname = 'B%02d-%s.zip' % (P['num'], O['name'])
        entries, nested = [], {}
        for d in P['docs']:
            data = open(d['out'], 'rb').read()
            if d.get('nested'):
                nested.setdefault(d['nested'], []).append((d['path'], data))
            else:
                entries.append((d['path'], data))
        for nz, ents in nested.items():
            bio = io.BytesIO()
            with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
                for pth, data in ents: z.writestr(pth, data)
            entries.append((nz, bio.getvalue()))
        if P.get('macosx'):
            junk = []
            for pth, _ in entries[:4]:
                dd, bn = os.path.split(pth)
                junk.append(('__MACOSX/' + (dd + '/' if dd else '') + '._' + bn, b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 60))
            entries.append(('.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 200))
            entries += junk
        L.write_zip(os.path.join(PKG, zname), entries, gbk=P.get('gbk', False))
        docs_key = []
        expect[zname] = {}
        for d in P['docs']:
            path = (d['nested'] + '/' + d['path']) if d.get('nested') else d['path']
            e = {'path': path, 'kind': d['kind'], 'producer': d['producer'], 'text': d['text']}
            if d['seal'] is not None: e['seal'] = bool(d['seal'])
            docs_key.append(e)
            nm = O['name']
            if d['mat'] == 'form' and P.get('form_name'): nm = P['form_name']
            if d['mat'] == 'ind' and P.get('letter_org'): nm = P['letter_org']
            if d['mat'] == 'audit' or d['mat'].startswith('audit') or d['mat'] in ('form', 'ind', 'dis', 'cr', 'reg', 'wp', 'pledge', 'integrity', 'impl', 'sample', 'extra', 'big', 'cr_dup'):
                expect[zname][path] = nm
        why = {'pass': 'All required materials present and readable (application form, both recommendation letters, credit report, 2022 and 2023 audit reports, registration certificate, work plan with pledge and integrity letter, implementation plan with evaluation plans, two sample sets per level); no disqualifier.'}
        verdict = P['verdict']
        w = why.get(verdict) if verdict == 'pass' else '; '.join(P['defects'])
        if P['tag'] == 'p_scans': w += ' Letters, pledge, integrity letter, licence and credit report are legible scans (grey/colour seals visible).'
        if P['tag'] == 'p_credit': w += ' An extra encrypted copy of the credit report is present, but a readable copy exists.'
        if P['tag'] == 'p_carbon': w += ' Extra 2021 audit and an unreadable site photo do not change the verdict.'
        key['packages'][zname] = {
            'verdict': verdict, 'causes': P.get('causes', []), 'defects': P.get('defects', []), 'why': w,
            'organisation': {'name': O['name'], 'credit_code': O['code']},
            'applications': [{'code': o['code'], 'name': o['name'], 'levels': sorted(lv, reverse=True)} for o, lv in P['apps']],
            'documents': docs_key}
    with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(BUILD, 'expect.json'), 'w', encoding='utf-8') as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
    write_readme(key)
    print('done %.0fs' % (__import__('time').time() - t0))

def write_readme(key):
    from collections import Counter
    P = key['packages']
    cnt = Counter(v['verdict'] for v in P.values())
    prods = Counter(d['producer'] for v in P.values() for d in v['documents'])
    L_ = ['# final24 blind corpus', '',
          'Thirty-six application packages answering 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written blind (without reading the pre-screening tool).', '',
          '## Regenerate', '', '```', 'python3 generate.py   # ~5 min on 2 cores: build/, packages/*.zip, key.json, README.md',
          'python3 selfcheck.py  # zips open, key paths exist, org name in every text document, scans have no text layer', '```', '',
          'Content is deterministic (seeded `random`); PDF byte streams carry creation dates, so bytes differ between runs. Files: `generate.py` (specs, planning, zips, key),',
          '`gen_content.py` (wording of every material, several templates per material), `gen_lib.py` (renderers, seals, scans, zip writer incl. GBK names).', '',
          '## Counts', '', '- packages: %d — pass %d, fail %d, review %d' % (len(P), cnt['pass'], cnt['fail'], cnt['review']),
          '- documents listed in key: %d' % sum(len(v['documents']) for v in P.values()),
          '- GBK-named zips (no UTF-8 flag, as Windows writes them): 2; nested zip: 1; `__MACOSX`/.DS_Store junk: 1', '',
          '## Producers used', '']
    for p, n in prods.most_common():
        L_.append('- %s — %d' % (p, n))
    L_ += ['', '## Packages', '', '| zip | verdict | causes | defects |', '|---|---|---|---|']
    for zn, v in P.items():
        L_.append('| %s | %s | %s | %s |' % (zn, v['verdict'], ', '.join(v['causes']) or '—', '; '.join(v['defects']) or '—'))
    L_ += ['', 'Notes: packages are submitted 2025-01-20…26, so the audit years required are 2022 and 2023. Two packages (the 茶语轩 pair) are the same organisation applying for 调饮师 twice: both fail.',
           'Seals are drawn (PIL PNG or SVG); in grayscale scans they are grey and still count as stamped. ☑ is never used (no installed font has it); ticks are ■/□/√.']
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L_) + '\n')

if __name__ == '__main__':
    main()
