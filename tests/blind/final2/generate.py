#!/usr/bin/env python3
"""Blind corpus final2: writes packages/*.zip and key.json (answer key from what each package contains)."""
import io
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402
import render as R  # noqa: E402

TMP = Path('/tmp/blind-final2')
PKGDIR = HERE / 'packages'
SEED = 20250126

# ------------------------------------------------------------------ credit codes (GB 32100-2015)
ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
A31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W9 = [3, 7, 9, 10, 5, 8, 4, 2]
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(s8):
    s = sum(ALNUM.index(ch) * w for ch, w in zip(s8, W9))
    c = 11 - s % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)


def check18(s17):
    s = sum(A31.index(ch) * w for ch, w in zip(s17, W18))
    return A31[(31 - s % 31) % 31]


def make_code(prefix2, div6, org8):
    body = prefix2 + div6 + org8 + org_check(org8)
    return body + check18(body)


def valid_code(c):
    return len(c) == 18 and org_check(c[8:16]) == c[16] and check18(c[:17]) == c[17]


assert make_code('91', '310115', 'MA1FL0A0') == '91310115MA1FL0A00C'
assert make_code('52', '310104', 'MJ5K3L7D') == '52310104MJ5K3L7D1F'

USED_CODES = set()


def new_code(rnd, prefix2, div6):
    safe = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    while True:
        if prefix2 == '91':
            org8 = 'MA1' + ''.join(rnd.choice(safe) for _ in range(5))
        elif prefix2 == '52':
            org8 = 'MJ' + ''.join(rnd.choice(safe) for _ in range(6))
        elif prefix2 == '51':
            org8 = '50' + ''.join(rnd.choice('0123456789') for _ in range(6))
        else:
            org8 = '42' + ''.join(rnd.choice('0123456789') for _ in range(6))
        code = make_code(prefix2, div6, org8)
        if code not in USED_CODES:
            USED_CODES.add(code)
            return code


# ------------------------------------------------------------------ occupations
OCC = {
    'hl': dict(code='4-14-01-02', occ='医疗护理员', allowed=[5, 4, 3, 2, 1]),
    'bj': dict(code='4-09-08-01', occ='保洁员', allowed=[5, 4, 3]),
    'tphs': dict(code='4-09-07-04', occ='碳排放管理员', sub='碳排放核算员', allowed=[4, 3, 2, 1]),
    'tpjc': dict(code='4-09-07-04', occ='碳排放管理员', sub='碳排放监测员', allowed=[4, 3, 2, 1]),
    'tp5': dict(code='4-09-07-04', occ='碳排放管理员', allowed=[5]),
    'sp': dict(code='4-03-02-11', occ='食品安全管理师', allowed=[5, 4, 3, 2, 1]),
    'ty': dict(code='4-03-02-10', occ='调饮师', allowed=[5, 4, 3, 2, 1]),
    'sjaq': dict(code='4-04-04-02', occ='网络与信息安全管理师', sub='数据安全管理员', allowed=[4, 3, 2, 1]),
    'zc': dict(code='6-18-01-13', occ='增材制造设备操作员', allowed=[5, 4, 3, 2, 1]),
    'zw': dict(code='3-01-01-02', occ='政务服务办事员', allowed=[5, 4, 3]),
    'ypj': dict(code='6-12-03-00', occ='药物制剂工', sub='片剂制备', allowed=[5, 4, 3, 2, 1]),
    'ykl': dict(code='6-12-03-00', occ='药物制剂工', sub='颗粒剂制备', allowed=[5, 4, 3, 2, 1]),
    'gg': dict(code='6-29-03-04', occ='管工', allowed=[5, 4, 3, 2, 1]),
    'sq': dict(code='4-14-04-04', occ='社群健康助理员', allowed=[4, 3, 2]),
    'yys': dict(code='4-14-02-01', occ='营养师', sub='公共营养师', allowed=[4, 3, 2, 1]),
    'pj': dict(code='4-09-10-03', occ='盆景师', allowed=[5, 4, 3, 2, 1]),
    'xy': dict(code='4-07-02-04', occ='信用管理师', allowed=[4, 3, 2, 1]),
    'sc': dict(code='4-08-08-04', occ='色彩搭配师', allowed=[4, 3, 2, 1]),
    'jl': dict(code='4-08-05-06', occ='计量员', sub='热工计量员', allowed=[4, 3]),
    'hg': dict(code='6-11-01-03', occ='化工总控工', allowed=[5, 4, 3, 2, 1]),
    'gd': dict(code='6-29-03-10', occ='轨道交通信号工', sub='城市轨道交通信号工', allowed=[5, 4, 3, 2, 1]),
    'lj': dict(code='4-09-08-02', occ='生活垃圾清运工', sub='生活垃圾收集工', allowed=[5, 4, 3]),
    'ajz': dict(code='4-10-04-01', occ='保健调理师', sub='保健艾灸师', allowed=[5, 4, 3]),
    'jn': dict(code='4-09-07-06', occ='建筑节能减排咨询师', allowed=[5, 4, 3, 2, 1]),
    'szls': dict(code='4-04-05-10', occ='数字孪生应用技术员', allowed=[5, 4, 3, 2, 1]),
    'kj': dict(code='4-07-02-02', occ='科技咨询师', allowed=[3, 2, 1]),
    'yy': dict(code='4-10-01-02', occ='育婴员', allowed=[]),  # NOT in the notice's catalogue
}

INDUSTRY = {
    'wsjk': ('上海市卫生健康委员会', '沪卫人函'), 'lrj': ('上海市绿化和市容管理局', '沪绿容函'),
    'sthj': ('上海市生态环境局', '沪环气函'), 'scjg': ('上海市市场监督管理局', '沪市监食函'),
    'swj': ('上海市商务委员会', '沪商服函'), 'jxw': ('上海市经济和信息化委员会', '沪经信人函'),
    'yjj': ('上海市药品监督管理局', '沪药监药函'), 'jsw': ('上海市住房和城乡建设管理委员会', '沪建人函'),
    'jtw': ('上海市交通委员会', '沪交人函'), 'fgw': ('上海市发展和改革委员会', '沪发改信用函'),
    'kw': ('上海市科学技术委员会', '沪科人函'), 'mzj': ('上海市民政局', '沪民社函'),
    'zjj': ('上海市市场监督管理局', '沪市监计量函'),
}

# ------------------------------------------------------------------ naming of files and folders
SCANNER_NAMES = ['IMG_20250116_0001.pdf', 'scan_003.pdf', '附件9.pdf', '新建 Microsoft Word 文档 (3).pdf',
                 'DOC20250117(2).pdf', '扫描全能王 2025-01-15 10.22.pdf', 'IMG_20250118_0142.pdf', 'scan_011.pdf',
                 '附件4.pdf', '新建 Microsoft Word 文档.pdf', 'CCI01172025.pdf', '20250115143512.pdf', '附件12.pdf',
                 'scan_017.pdf', 'IMG_20250119_0007.pdf', '文档1.pdf', '附件7.pdf', 'DOC20250117(5).pdf',
                 'scan_021.pdf', 'IMG_20250116_0019.pdf']

DEFAULT_NAMES = {
    'form': ['社会培训评价组织征集遴选申请表.pdf', '1.申请表.pdf', '申请表（盖章版）.pdf'],
    'ind': ['行业主管部门推荐函.pdf', '2-1行业推荐函.pdf', '主管部门推荐意见.pdf'],
    'dist': ['区人社局推荐函.pdf', '2-2考核点所在区推荐函.pdf', '区人社推荐.pdf'],
    'credit': ['信用报告.pdf', '3-1公共信用信息报告.pdf', '信用报告（2025年1月）.pdf'],
    'audit2023': ['2023年度审计报告.pdf', '3-2审计报告2023.pdf', '审计报告-2023.pdf'],
    'audit2022': ['2022年度审计报告.pdf', '3-3审计报告2022.pdf', '审计报告-2022.pdf'],
    'audit2021': ['2021年度审计报告.pdf', '3-3审计报告2021.pdf', '审计报告-2021.pdf'],
    'reg': ['营业执照.pdf', '3-4营业执照复印件.pdf', '登记证书.pdf'],
    'work': ['职业技能等级认定工作方案.pdf', '4.工作方案.pdf', '工作方案（含承诺书、廉洁责任书）.pdf'],
    'pledge': ['承诺书.pdf', '4-1承诺书.pdf', '诚信承诺书.pdf'],
    'integ': ['廉洁责任书.pdf', '4-2廉洁责任书.pdf', '廉洁自律责任书.pdf'],
    'impl': ['职业技能等级认定项目实施方案.pdf', '5.实施方案.pdf', '项目实施方案.pdf'],
}

LAYOUTS = {
    'numbered': {'form': '01申请表', 'ind': '02推荐函', 'dist': '02推荐函', 'credit': '03信用佐证', 'audit': '03信用佐证',
                 'reg': '03信用佐证', 'work': '04工作方案', 'impl': '05实施方案', 'other': '06其他材料'},
    'numbered2': {'form': '1-申请表', 'ind': '2-推荐函', 'dist': '2-推荐函', 'credit': '3-信用报告及审计报告',
                  'audit': '3-信用报告及审计报告', 'reg': '3-信用报告及审计报告', 'work': '4-认定工作方案',
                  'impl': '5-项目实施方案', 'other': '6-其他'},
    'bykind': {'form': '申请表', 'ind': '推荐函/行业主管部门', 'dist': '推荐函/区人社局', 'credit': '信用佐证',
               'audit': '信用佐证/审计报告', 'reg': '信用佐证', 'work': '工作方案', 'impl': '实施方案', 'other': '其他材料'},
    'flat': {},
}


def group_of(did):
    if did.startswith('audit'):
        return 'audit'
    if did in ('pledge', 'integ'):
        return 'work'
    if did.startswith(('eval', 'set', 'lvl', 'smp')):
        return 'impl'
    if did.startswith('other'):
        return 'other'
    return did


# ------------------------------------------------------------------ organisation
SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯晨瑞琳雪梅海波春燕俊峰鹏飞'


def person(rnd):
    return rnd.choice(SURN) + ''.join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2])))


def make_org(rnd, name, typ, district, code=None, div=None):
    prefix = {'company': '91', 'branch': '91', 'sole': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[typ]
    if div is None:
        div = {'minfei': C.DIVCODE[district], 'shetuan': '310000', 'shiye': '310000'}.get(typ, C.DIVCODE[district])
    code = code or new_code(rnd, prefix, div)
    road = rnd.choice(C.ROADS)
    addr = f'上海市{district}{road}{rnd.randint(10, 2999)}号{rnd.randint(1, 12)}楼'
    reg_auth = {'company': f'上海市{district}市场监督管理局', 'branch': f'上海市{district}市场监督管理局',
                'sole': f'上海市{district}市场监督管理局', 'minfei': f'上海市{district}民政局',
                'shetuan': '上海市社会团体管理局', 'shiye': '上海市事业单位登记管理局'}[typ]
    return dict(name=name, code=code, type=typ, district=district, addr=addr,
                site=f'上海市{district}{rnd.choice(C.ROADS)}{rnd.randint(10, 999)}号', rep=person(rnd),
                contact=person(rnd), phone=f'021-{rnd.randint(50000000, 69999999)}',
                founded=f'{rnd.randint(2005, 2019)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日',
                capital=f'{rnd.choice([50, 100, 200, 300, 500, 1000])}万元人民币', reg_authority=reg_auth,
                scope='职业技能培训（不含需要取得许可的培训）；技术服务、技术开发、技术咨询；人力资源服务（不含职业中介活动）；会议及展览服务。'
                if typ in ('company', 'branch', 'sole') else '职业技能培训、技能评价服务、行业交流、咨询服务。',
                supervisor={'minfei': f'上海市{district}人力资源和社会保障局', 'shetuan': '上海市商务委员会',
                            'shiye': '上海市某区教育局'}.get(typ, ''))


# ------------------------------------------------------------------ package assembly
class Doc:
    def __init__(self, did, kinds, els=None, prod='rl:zenhei', post=None, name=None, cert=None, folder=None):
        self.did, self.kinds, self.els, self.prod, self.post = did, kinds, els, prod, post
        self.name, self.cert, self.folder = name, cert, folder
        self.file = None  # built file on disk


def apps_from(spec):
    out = []
    for key, levels in spec:
        a = dict(OCC[key])
        a['levels'] = list(levels)
        out.append(a)
    return out


def build_docs(S):
    """S: package spec dict. Returns (P, docs)."""
    rnd = random.Random(f'{SEED}-{S["num"]}')
    P = dict(S['org'])
    P['apps'] = apps_from(S['apps'])
    P['form_apps'] = apps_from(S.get('form_apps', S['apps']))
    P['form_code'] = S.get('form_code', P['code'])
    P['form_date'] = S.get('form_date', f'2025年1月{rnd.randint(13, 19)}日')
    P['range_style'] = S.get('range_style', 'zhi')
    pal = S['palette']
    pi = [0]

    def pick():
        p = pal[pi[0] % len(pal)]
        pi[0] += 1
        return p
    prods = S.get('prods', {})
    posts = S.get('posts', {})
    names = S.get('names', {})
    docs = []

    def add(did, kinds, els=None, cert=None, default_prod=None):
        prod = prods.get(did) or default_prod or pick()
        d = Doc(did, kinds, els, prod, posts.get(did), names.get(did), cert)
        docs.append(d)
        return d
    omit = set(S.get('omit', []))
    # 1 form
    if 'form' not in omit:
        add('form', ['application_form'], C.app_form(P, S['form_tpl'], rnd))
    # 2 letters
    ind = dict(S['ind'])
    ind.setdefault('rec_name', P['name'])
    ind.setdefault('rec_code', P['code'])
    if 'ind' not in omit:
        add('ind', ['industry_letter'], C.industry_letter(P, ind, rnd))
    dist = dict(S['dist'])
    dist.setdefault('rec_name', P['name'])
    dist.setdefault('rec_code', P['code'])
    dist.setdefault('site', P['site'])
    if 'dist' not in omit:
        add('dist', ['district_letter'], C.district_letter(P, dist, rnd))
    # 3 credit, audits, registration
    cr = dict(S['credit'])
    cr.setdefault('name', P['name'])
    cr.setdefault('code', P['code'])
    cr.setdefault('no', f'{"XY" if cr["style"] != "pboc" else "2025"}{rnd.randint(10 ** 11, 10 ** 12 - 1)}')
    cr.setdefault('date', f'2025年1月{rnd.randint(6, 15)}日')
    cr.setdefault('zz', f'31{rnd.randint(10 ** 13, 10 ** 14 - 1)}')
    if 'credit' not in omit:
        add('credit', ['credit_report'], C.credit_report(P, cr, rnd))
    firm = C.FIRMS[rnd.randrange(len(C.FIRMS))]
    for y in S.get('audit_years', [2023, 2022]):
        A = dict(firm=firm, num=rnd.randint(100, 1999), cpa=(person(rnd), person(rnd)),
                 date=f'{y + 1}年{rnd.randint(3, 5)}月{rnd.randint(1, 28)}日', opinion=S.get('opinion', 'std'),
                 bracket=rnd.random() < 0.6)
        if f'audit{y}' not in omit:
            add(f'audit{y}', ['audit_report'], C.audit_report(P, y, A, rnd))
    reg = dict(code=S.get('reg_code', P['code']), name=S.get('reg_name', P['name']),
               date=f'{rnd.randint(2019, 2024)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日')
    reg.update(S.get('reg', {}))
    if 'reg' not in omit:
        cert = C.registration(P, reg)
        add('reg', ['registration_certificate'], C.registration_els(cert), cert=cert)
    # 4 work plan (+ pledge + integrity)
    wm = S.get('work_mode', 'combined')
    wp = C.work_plan(P, rnd.choice('abc'), rnd)
    pl = C.pledge(P, rnd.choice('abc'), rnd)
    ig = C.integrity(P, rnd.choice('abc'), rnd)
    if S.get('work_mentions_pledge'):
        wp = wp + [('h', '五、承诺事项'), ('p', '本单位承诺严格遵守职业技能等级认定有关规定，材料真实有效，接受监督。')]
    if wm == 'combined':
        els, kinds = list(wp), ['work_plan']
        if 'pledge' not in omit:
            els += [('pb',)] + pl
            kinds.append('pledge')
        if 'integ' not in omit:
            els += [('pb',)] + ig
            kinds.append('integrity_letter')
        add('work', kinds, els)
    else:
        add('work', ['work_plan'], wp)
        if 'pledge' not in omit:
            add('pledge', ['pledge'], pl)
        if 'integ' not in omit:
            add('integ', ['integrity_letter'], ig)
    # 5 implementation plan, evaluation plans, sample papers
    im = S.get('impl_mode', 'per_level')
    drop = set(S.get('drop', []))
    ss = S.get('sample_style', 'taozhi')
    es = S.get('eval_style', 'pingjia')
    seed = f'{SEED}-{S["num"]}'
    impl = C.impl_plan(P, rnd)

    def level_parts(i, a, n):
        parts = []
        if ('eval', i, n) not in drop:
            parts.append(('evaluation_plan', C.eval_plan(a, n, es, rnd)))
        for k in (1, 2):
            if (f'set{k}', i, n) not in drop:
                parts.append(('sample_paper', C.sample_set(a, n, k, ss, seed)))
        return parts

    def join(parts):
        els, kinds = [], []
        for kd, e in parts:
            if els:
                els.append(('pb',))
            els += e
            kinds.append(kd)
        return els, kinds
    if im == 'all':
        parts = [('implementation_plan', impl)]
        for i, a in enumerate(P['apps']):
            for n in a['levels']:
                parts += level_parts(i, a, n)
        els, kinds = join(parts)
        add('impl', kinds, els)
    else:
        add('impl', ['implementation_plan'], impl)
        for i, a in enumerate(P['apps']):
            for n in a['levels']:
                parts = level_parts(i, a, n)
                if im == 'per_level':
                    els, kinds = join(parts)
                    if kinds:
                        add(f'lvl-{i}-{n}', kinds, els)
                elif im == 'split':  # eval file + both sets file
                    ev = [p for p in parts if p[0] == 'evaluation_plan']
                    sm = [p for p in parts if p[0] == 'sample_paper']
                    if ev:
                        add(f'eval-{i}-{n}', ['evaluation_plan'], ev[0][1])
                    if sm:
                        els, kinds = join(sm)
                        add(f'smp-{i}-{n}', kinds, els)
                elif im == 'sets_separate':
                    k = 0
                    for kd, e in parts:
                        if kd == 'evaluation_plan':
                            add(f'eval-{i}-{n}', [kd], e)
                        else:
                            k += 1
                            add(f'set-{i}-{n}-{k}', [kd], e)
    # 6 extras
    for j, ex in enumerate(S.get('extras', [])):
        did = f'other{j}'
        if ex == 'photo':
            d = add(did, ['other'], None, default_prod='photo')
            d.prod = 'photo'
        elif ex == 'floorplan_scan':
            els = [('t', '考核点平面布置图'), ('tbl', [['理论考场A', '理论考场B', '监控室'], ['实操考场1', '实操考场2', '候考区']]),
                   ('p', f'考核点地址：{P["site"]}。各考场均安装视频监控，监控室统一存储录像。')]
            d = add(did, ['other'], els)
            d.post = 'scan'
        elif ex == 'intro':
            els = [('t', f'{P["name"]}简介'),
                   ('p', f'{P["name"]}位于{P["district"]}，多年来开展职业技能培训，累计培训学员{rnd.randint(3, 30)}千余人次，与多家用人单位建立了合作关系。'),
                   ('p', '本单位拥有专兼职师资队伍和考评员队伍，培训、考核设施齐全。')]
            add(did, ['other'], els)
        elif ex == 'staff':
            rows = [['序号', '姓名', '职务', '职称/等级']] + [[str(k + 1), person(rnd), rnd.choice(['考务主管', '督导员', '考评员', '信息员']),
                                                          rnd.choice(['高级技师', '技师', '高级工程师', '讲师'])] for k in range(6)]
            add(did, ['other'], [('t', '专职工作人员及专家团队名单'), ('tbl', rows)])
    for x in S.get('extra_docs', []):
        docs.append(x(P, rnd))
    return P, docs


# ------------------------------------------------------------------ producers
def producer_desc(d):
    kind, _, arg = d.prod.partition(':')
    base = {
        'docx': f'python-docx (font {arg or "Noto Serif CJK SC"}) -> LibreOffice PDF',
        'fodt': f'flat ODT (font {arg or "AR PL UMing CN"}) -> LibreOffice PDF',
        'html': f'HTML/CSS ({arg}) -> Chromium print-to-pdf',
        'rl': f'reportlab platypus, embedded TrueType {arg}',
        'cid': 'reportlab platypus, non-embedded STSong-Light CID font',
        'cert': f'reportlab canvas certificate layout at coordinates, embedded TrueType {arg}',
        'photo': 'Pillow-drawn JPEG photo of the assessment site',
    }[kind]
    post = {
        None: '', 'gs': ' -> Ghostscript pdfwrite re-distilled',
        'scan': ' -> pdftoppm 150 dpi gray, Pillow rotation/noise -> img2pdf (image only)',
        'scan_ocr': ' -> pdftoppm 150 dpi gray, Pillow rotation/noise -> reportlab image + invisible text layer (render mode 3)',
        'encrypt': ' -> qpdf AES-256 with user password',
        'corrupt': ' -> truncated to 35% (corrupt)',
        'jpg': ' -> page rendered to a grayscale JPEG photo',
        'docx_raw': ' (left as an editable .docx)',
    }[d.post]
    if d.post == 'docx_raw':
        return f'python-docx (font {arg if kind == "docx" else "Noto Serif CJK SC"}), left as an editable .docx'
    return base + post


def text_mode(d):
    return {None: 'text', 'gs': 'text', 'scan': 'none', 'scan_ocr': 'ocr_layer', 'encrypt': 'encrypted',
            'corrupt': 'corrupt', 'jpg': 'none', 'docx_raw': 'editable'}[d.post] if d.prod != 'photo' else 'none'


def build_all(specs):
    if TMP.exists():
        shutil.rmtree(TMP)
    for sub in ('src', 'lo', 'ch', 'rl', 'post', 'zip'):
        (TMP / sub).mkdir(parents=True)
    all_docs = []
    for S in specs:
        P, docs = build_docs(S)
        S['_P'], S['_docs'] = P, docs
        for d in docs:
            d.uid = f'{S["num"]}_{d.did}'
            all_docs.append(d)
    lo_files, html_jobs = [], []
    for d in all_docs:
        kind, _, arg = d.prod.partition(':')
        if d.post == 'docx_raw' and kind != 'docx':
            d.prod, kind, arg = 'docx:Noto Serif CJK SC', 'docx', 'Noto Serif CJK SC'
        if kind == 'docx':
            src = TMP / 'src' / f'{d.uid}.docx'
            R.to_docx(d.els, src, font=arg or 'Noto Serif CJK SC',
                      header=getattr(d, 'header', None), footer=getattr(d, 'footer', None))
            if d.post == 'docx_raw':
                d.file = src
            else:
                lo_files.append(src)
                d.file = TMP / 'lo' / f'{d.uid}.pdf'
        elif kind == 'fodt':
            src = TMP / 'src' / f'{d.uid}.fodt'
            R.to_fodt(d.els, src, font=arg or 'AR PL UMing CN')
            lo_files.append(src)
            d.file = TMP / 'lo' / f'{d.uid}.pdf'
        elif kind == 'html':
            src = TMP / 'src' / f'{d.uid}.html'
            src.write_text(R.to_html(d.els, style=arg or 'gov'), encoding='utf-8')
            d.file = TMP / 'ch' / f'{d.uid}.pdf'
            html_jobs.append((src, d.file))
        elif kind == 'rl':
            d.file = TMP / 'rl' / f'{d.uid}.pdf'
            R.to_rl(d.els, d.file, font=arg or 'zenhei')
        elif kind == 'cid':
            d.file = TMP / 'rl' / f'{d.uid}.pdf'
            R.to_rl(d.els, d.file, font='STSong-Light')
        elif kind == 'cert':
            d.file = TMP / 'rl' / f'{d.uid}.pdf'
            R.cert_pdf(d.file, d.cert, font=arg or 'uming')
        elif kind == 'photo':
            d.file = TMP / 'post' / f'{d.uid}.jpg'
            R.site_photo(d.file, d.uid)
    print(f'LibreOffice: {len(lo_files)} files; Chromium: {len(html_jobs)} files', flush=True)
    prof = TMP / 'chprof'

    def ch(job):
        i, (src, out) = job
        R.chromium_pdf(src, out, f'{prof}{i % 2}')
    with ThreadPoolExecutor(2) as ex:
        fut = ex.submit(R.soffice_batch, lo_files, TMP / 'lo', '/tmp/lo-final2')
        list(ex.map(ch, enumerate(html_jobs)))
        fut.result()
    # post-processing
    for d in all_docs:
        if d.post in (None, 'docx_raw') or d.prod == 'photo':
            continue
        base = d.file
        assert base.exists(), base
        out = TMP / 'post' / f'{d.uid}.pdf'
        if d.post == 'gs':
            R.gs_redistill(base, out)
        elif d.post in ('scan', 'scan_ocr', 'jpg'):
            imgs = R.scan_images(base, TMP / 'post' / f'{d.uid}_img', d.uid, seal=d.kinds[0] != 'other',
                                 maxpages=1 if d.post == 'jpg' else 3)
            if d.post == 'scan':
                R.images_to_pdf(imgs, out)
            elif d.post == 'scan_ocr':
                R.ocr_layer_pdf(imgs, R.pdf_page_texts(base), out)
            else:
                out = TMP / 'post' / f'{d.uid}.jpg'
                shutil.copy(imgs[0], out)
        elif d.post == 'encrypt':
            R.encrypt(base, out)
        elif d.post == 'corrupt':
            R.corrupt(base, out)
        d.file = out


class GBKInfo(zipfile.ZipInfo):
    """Entry names as Chinese Windows writes them: GBK bytes, no UTF-8 flag."""

    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def zip_bytes(entries, enc):
    """entries: list of (path, bytes); directory entries end with '/'."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        dirs = []
        for p, _ in entries:
            parts = p.split('/')[:-1]
            for k in range(1, len(parts) + 1):
                dd = '/'.join(parts[:k]) + '/'
                if dd not in dirs:
                    dirs.append(dd)
        for dd in dirs:
            zi = (GBKInfo if enc == 'gbk' else zipfile.ZipInfo)(dd, date_time=(2025, 1, 20, 9, 30, 0))
            zi.external_attr = 0x10
            z.writestr(zi, b'')
        for p, data in entries:
            zi = (GBKInfo if enc == 'gbk' else zipfile.ZipInfo)(p, date_time=(2025, 1, 20, 9, 31, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def assemble(S):
    rnd = random.Random(f'{SEED}-{S["num"]}-names')
    P, docs = S['_P'], S['_docs']
    layout = LAYOUTS[S.get('layout', 'flat')]
    root = S.get('root', '')
    style = S.get('name_style', 'meaningful')
    scan_pool = list(SCANNER_NAMES)
    rnd.shuffle(scan_pool)
    used = set()
    entries, nested = [], {}
    key_docs = []
    nest = S.get('nested')  # e.g. ('impl', '实施方案.zip', '实施方案')
    for d in docs:
        ext = Path(d.file).suffix
        if d.name:
            fname = d.name
        elif style == 'scanner' or (style == 'mixed' and rnd.random() < 0.5):
            fname = scan_pool.pop()
        elif d.did in DEFAULT_NAMES:
            fname = rnd.choice(DEFAULT_NAMES[d.did])
        elif d.did.startswith(('lvl', 'eval', 'smp', 'set')):
            parts = d.did.split('-')
            a = P['apps'][int(parts[1])]
            n = int(parts[2])
            nm = C.full_name(a)
            lab = C.lv(n)
            if d.did.startswith('lvl'):
                fname = f'{nm}{lab}评价方案及样题.pdf'
            elif d.did.startswith('eval'):
                fname = f'{nm}{lab}{S.get("eval_word", "评价方案")}.pdf'
            elif d.did.startswith('smp'):
                fname = f'{nm}{lab}样题（两套）.pdf'
            else:
                fname = f'{nm}{lab}_样题{parts[3]}.pdf'
        elif d.prod == 'photo':
            fname = f'考核点照片{d.did[-1]}.jpg'
        elif d.did.startswith('other'):
            fname = rnd.choice(['考核点平面图.pdf', '单位简介.pdf', '人员名单.pdf']) if d.post != 'scan' else '考核点平面布置图.pdf'
            if d.els and d.els[0][1].endswith('简介'):
                fname = '单位简介.pdf'
            elif d.els and '名单' in d.els[0][1]:
                fname = '专职人员及专家名单.pdf'
        else:
            fname = f'{d.did}.pdf'
        stem = Path(fname).stem
        if Path(fname).suffix.lower() != ext.lower():
            fname = stem + ext
        folder = d.folder or layout.get(group_of(d.did), '')
        p = '/'.join(x for x in (root, folder, fname) if x)
        while p in used:
            p = p[:-len(ext)] + '(1)' + ext
        used.add(p)
        data = Path(d.file).read_bytes()
        grp = group_of(d.did)
        if nest and grp == nest[0]:
            inner = '/'.join(x for x in (nest[2], fname) if x)
            nested.setdefault(nest[1], []).append((inner, data))
            kp = f'{nest[1]}/{inner}'
        else:
            entries.append((p, data))
            kp = p
        key_docs.append(dict(path=kp, kind='+'.join(d.kinds), producer=producer_desc(d), text=text_mode(d)))
    for zname, ents in nested.items():
        entries.append((zname, zip_bytes(ents, S.get('inner_enc', 'utf8'))))
    out = PKGDIR / S['file']
    out.write_bytes(zip_bytes(entries, S.get('enc', 'gbk')))
    apps = [dict(code=a['code'], name=C.full_name(a), levels=sorted(a['levels'], reverse=True)) for a in P['form_apps']]
    return dict(verdict=S['verdict'], causes=sorted(S.get('causes', [])), defects=S.get('defects', []), why=S['why'],
                organisation=dict(name=P['name'], credit_code=P['code']), applications=apps, documents=key_docs)


def main():
    from specs import make_specs
    specs = make_specs(make_org, new_code, make_code, INDUSTRY)
    if PKGDIR.exists():
        shutil.rmtree(PKGDIR)
    PKGDIR.mkdir()
    build_all(specs)
    key = dict(author='final2', packages={})
    for S in specs:
        key['packages'][S['file']] = assemble(S)
    (HERE / 'key.json').write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding='utf-8')
    import readme
    readme.main()
    print(f'wrote {len(specs)} packages')


if __name__ == '__main__':
    main()
