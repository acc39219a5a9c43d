#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind corpus 'final3': application packages for 沪人社职〔2024〕447号 with an answer key.

python3 generate.py            # build everything into packages/, key.json, README.md
Scratch under /tmp/blind-final3/. Content is deterministic (random.Random with string seeds).
"""
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import render as R  # noqa: E402

C.CAT['hgzk'] = ('6-11-01-03', '化工总控工', None, [5, 4, 3, 2, 1])
C.CAT['gdjt'] = ('6-29-03-10', '轨道交通信号工', '城市轨道交通信号工', [5, 4, 3, 2, 1])
C.CAT['pjs'] = ('4-09-10-03', '盆景师', None, [5, 4, 3, 2, 1])

TMP = '/tmp/blind-final3'
OUT = os.path.join(HERE, 'packages')
AUTHOR = 'final3'

SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆范汪'
GIVN = ['建华', '志强', '海燕', '晓东', '丽娟', '国平', '文杰', '秀英', '伟民', '静怡', '俊峰', '雪梅', '立新', '慧敏', '永刚',
        '佳琪', '宏伟', '春燕', '子健', '明辉', '若兰', '振宇', '玉珍', '思远', '凤英', '浩然', '雅琴', '德胜']
ROADS = ['龙华路', '虹梅路', '长寿路', '武宁路', '江场路', '中山北路', '曹杨路', '莘庄路', '七莘路', '沪太路', '曹安公路', '博园路',
         '张江路', '金科路', '科苑路', '新松江路', '荣乐东路', '华新路', '南桥路', '江海路', '城桥路', '四平路', '国权路', '临平路',
         '定西路', '天山路', '延安西路', '广中路', '淮海中路', '肇嘉浜路', '亭林路', '卫清路']
FIRMS = [('上海信衡会计师事务所（普通合伙）', '沪信衡会审字'), ('上海中和立诚会计师事务所有限公司', '沪中和审字'),
         ('上海汇诚联合会计师事务所（特殊普通合伙）', '汇诚审字'), ('上海申江正达会计师事务所有限公司', '申正会审字'),
         ('上海明远会计师事务所（普通合伙）', '沪明远审字')]


def person(rng):
    return rng.choice(SURN) + rng.choice(GIVN)


def make_org(seq, name, kind, division, site_division=None, **kw):
    rng = random.Random('org-%d' % seq)
    prefix = {'company': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12', 'other_prov': '91'}[kind]
    code = kw.pop('code', None) or C.make_code(rng, prefix, division)
    site_division = site_division or division
    if division in C.DISTRICTS:
        dname, dshort = C.DISTRICTS[division]
    else:
        dname, dshort = {'310119': ('南汇区', '南'), '320583': ('昆山市', '昆')}.get(division, ('', ''))
    sname = C.DISTRICTS[site_division][0]
    o = {
        'seq': seq, 'name': name, 'lic_name': name, 'code': code, 'kind': kind,
        'legal': person(rng), 'contact': person(rng), 'phone': '1%d%08d' % (rng.choice([35, 39, 58, 86, 77]), rng.randint(0, 99999999)),
        'addr': ('上海市%s%s%d号' % (dname if division != '310119' else '浦东新区', rng.choice(ROADS), rng.randint(5, 1800))) if division.startswith('31')
        else '江苏省昆山市花桥镇%s%d号' % (rng.choice(['绿地大道', '光明路', '商务大道']), rng.randint(10, 300)),
        'site': '上海市%s%s%d号%d楼' % (sname, rng.choice(ROADS), rng.randint(5, 1800), rng.randint(2, 8)),
        'site_district': sname, 'dist_name': dname, 'dist_short': dshort,
        'nature': {'company': '企业（有限责任公司）', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位', 'other_prov': '企业'}[kind],
        'reg_auth': {'company': '上海市%s市场监督管理局' % dname, 'minfei': '上海市%s民政局' % dname, 'shetuan': '上海市社会团体管理局',
                     'shiye': '上海市事业单位登记管理局', 'other_prov': '昆山市市场监督管理局'}[kind],
        'lic_type': '有限责任公司（自然人投资或控股）',
        'scope': '职业技能培训（不含需要取得许可的培训）；人力资源服务；技术服务、技术开发、技术咨询；会议及展览服务。',
        'founded': '%d年%02d月%02d日' % (rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 28)),
        'profile': '主要从事职业培训、人才评价及相关技术服务，年培训规模约%d人次' % (rng.randint(8, 60) * 100),
        'cpa': (person(rng), person(rng)), 'supervisor': '', 'ind_contact': person(rng),
        'firm': FIRMS[seq % len(FIRMS)],
    }
    if kind == 'minfei':
        o['scope'] = '职业技能培训；职业技能等级认定服务；培训咨询。'
    if kind == 'shetuan':
        o['scope'] = '行业交流、培训、咨询服务、行业标准研究、职业技能评价服务。'
    o.update(kw)
    return o


# --------------------------------------------------------------------------
# package model
# --------------------------------------------------------------------------
# weighted towards the WenQuanYi faces, whose subsets are about half the size of Noto/UKai ones
FONTS = ['Noto Serif CJK SC', 'WenQuanYi Zen Hei', 'AR PL UMing CN', 'AR PL UKai CN', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei',
         'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei']
RLFONTS = ['WQY', 'UKAI', 'UMING', 'WQY', 'WQY']


class Pkg:
    def __init__(self, no, org, apps, verdict, causes, defects, why, enc='gbk', layout='flat', names='cn'):
        self.no, self.org, self.apps = no, org, apps
        self.verdict, self.causes, self.defects, self.why = verdict, causes, defects, why
        self.enc, self.layout, self.names = enc, layout, names
        self.rng = random.Random('final3-pkg-%d' % no)
        self.docs = []
        self.junk = 0
        self.app_key = None  # for the key (what was declared)

    @property
    def zipname(self):
        return 'H%02d-%s.zip' % (self.no, self.org['name'])

    def pick_base(self):
        r = self.rng.random()
        return 'docx' if r < 0.28 else 'html' if r < 0.5 else 'fodt' if r < 0.65 else 'rl' if r < 0.82 else 'rlcid'

    def tpl_for(self, base, **kw):
        t = {}
        if base in ('docx', 'fodt'):
            t['font'] = self.rng.choice(FONTS)
        if base == 'html':
            # Chromium/Skia writes Type 3 fonts for the CFF-based CJK fonts: keep to the smaller WenQuanYi TrueType faces
            t['font'] = self.rng.choice(['WenQuanYi Zen Hei', 'WenQuanYi Zen Hei', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei'])
            t['size'] = self.rng.choice([10.5, 11, 12])
        if base == 'docx':
            t['seal_img'] = self.rng.random() < 0.5
            if self.rng.random() < 0.4:
                t['header'] = self.org['name']
            if self.rng.random() < 0.4:
                t['footer'] = '— 申报材料 —'
        if base == 'fodt':
            t['generator'] = self.rng.choice(['WPS Office', 'LibreOffice/7.4', 'Kingsoft Office'])
        if base == 'rl':
            t['rlfont'] = self.rng.choice(RLFONTS)
        if base == 'rlcid':
            t['rlfont'] = 'STSong-Light'
        if base == 'html':
            t['css'] = self.rng.choice(['', 'th{background:#fff}', 'body{letter-spacing:.3px}', 'td{padding:1mm 1.5mm}'])
        t.update(kw)
        return t

    def add(self, name, kind, blocks=None, base=None, post=None, tpl=None, cert=None, group=None, expect=None, ext=None):
        base = base or self.pick_base()
        if post == 'gs' and base in ('rl', 'rlcid'):
            base = 'docx'  # Ghostscript loses the ToUnicode maps of reportlab's fonts: re-distil office output only
        tpl = self.tpl_for(base, **(tpl or {}))
        d = {'name': name, 'kind': kind, 'blocks': blocks, 'base': base, 'post': post, 'tpl': tpl, 'cert': cert,
             'group': group or GROUP.get(kind.split('+')[0], '6'), 'expect': expect, 'ext': ext}
        self.docs.append(d)
        return d


GROUP = {'application_form': '1', 'industry_letter': '2', 'district_letter': '2', 'credit_report': '3', 'audit_report': '3',
         'registration_certificate': '3', 'work_plan': '4', 'pledge': '4', 'integrity_letter': '4',
         'implementation_plan': '5', 'evaluation_plan': '5', 'sample_paper': '5', 'other': '6'}
GROUP_DIRS = {
    'a': {'1': '01申请表', '2': '02推荐函', '3': '03信用佐证及登记证书', '4': '04工作方案', '5': '05项目实施方案', '6': '06其他材料'},
    'b': {'1': '1.申请表', '2': '2.推荐函', '3': '3.信用佐证', '4': '4.职业技能等级认定工作方案', '5': '5.项目实施方案', '6': '6.其他'},
    'c': {'1': '一、申请表', '2': '二、推荐函', '3': '三、申报单位信用佐证', '4': '四、工作方案', '5': '五、实施方案', '6': '六、其他材料'},
}
JUNK = ['IMG_20250116_%04d', 'scan_%03d', '新建 Microsoft Word 文档 (%d)', '附件%d', 'DOC%08d', '扫描全能王 2025-01-17 %02d.41']


def std(p, form='kv_tick', form_base=None, ind=None, dist=None, credit='sh_public', credit_kw=None, audits=(2023, 2022),
        audit_base=None, nonprofit=False, cert='licence', cert_base='cert', work='combined', impl='combined',
        sample_style='paren', eval_style='pingjia', skip=(), posts=None, names=None, apps=None, form_org=None):
    """Add the standard document set; posts: kind -> post-processing; names: kind -> file name."""
    o = p.org
    apps = apps or p.apps
    posts = posts or {}
    names = names or {}
    rng = p.rng

    def nm(kind, default):
        return names.get(kind, default)
    if 'form' not in skip:
        fb = form_base or rng.choice(['docx', 'html', 'fodt', 'rl'])
        fo = dict(form_org or o)
        if fb in ('rl', 'rlcid'):
            fo['tick'], fo['check'] = '■', '√'
        else:
            fo['tick'], fo['check'] = rng.choice([('☑', '✓'), ('■', '√'), ('√', '√'), ('☑', '☑')])
        p.add(nm('form', rng.choice(['社会培训评价组织征集遴选申请表', '申请表', '附件1 申请表', '遴选申请表（盖章）'])),
              'application_form', C.form_blocks(fo, apps, form), base=fb, post=posts.get('form'))
    if 'ind' not in skip:
        v, issuer, docno = ind
        p.add(nm('ind', rng.choice(['行业主管部门推荐函', '推荐函（行业主管部门）', '行业推荐意见', '主管部门推荐函'])), 'industry_letter',
              C.industry_letter(o, apps, issuer, v, docno, target=p.ind_target if hasattr(p, 'ind_target') else None),
              post=posts.get('ind'))
    if 'dist' not in skip:
        v, issuer, docno = dist
        p.add(nm('dist', rng.choice(['区人社局推荐函', '考核点所在区人社部门推荐函', '推荐函（区人社）'])), 'district_letter',
              C.district_letter(o, apps, issuer, v, docno, target=p.dist_target if hasattr(p, 'dist_target') else None),
              post=posts.get('dist'))
    if 'credit' not in skip:
        p.add(nm('credit', rng.choice(['信用报告', '公共信用信息报告', '企业信用报告'])), 'credit_report',
              C.credit_report(o, credit, **(credit_kw or {})), post=posts.get('credit'))
    firm, abbr = o['firm']
    for i, y in enumerate(audits):
        no = '%s〔%d〕第%04d号' % (abbr, y + 1, 100 + (o['seq'] * 37 + i * 11) % 900) if i % 2 == 0 else '%s(%d)第%04d号' % (abbr, y + 1, 300 + o['seq'] * 13 % 600)
        if 'audit%d' % y in skip:
            continue
        p.add(nm('audit%d' % y, rng.choice(['%d年度审计报告', '审计报告%d', '%d审计报告']) % y), 'audit_report',
              C.audit_report(o, y, random.Random('audit-%d-%d' % (o['seq'], y)), firm, nonprofit=nonprofit, reportno=no),
              base=audit_base, post=posts.get('audit%d' % y))
    if 'cert' not in skip:
        cn = {'licence': '营业执照', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[cert]
        if cert_base == 'cert':
            p.add(nm('cert', rng.choice([cn, cn + '（副本）', '法人登记证书'])), 'registration_certificate', base='cert',
                  cert=C.cert_fields(o, cert), post=posts.get('cert'),
                  tpl={'rlfont': rng.choice(RLFONTS), 'title_kai': rng.random() < 0.5, 'landscape': cert == 'licence' and rng.random() < 0.5})
        else:
            p.add(nm('cert', rng.choice([cn, cn + '复印件'])), 'registration_certificate', C.cert_blocks(o, cert), base=cert_base,
                  post=posts.get('cert'))
    if work == 'combined':
        if 'work' not in skip:
            B = C.work_plan(o, apps) + [('br',)] + C.pledge(o) + [('br',)] + C.integrity(o)
            p.add(nm('work', rng.choice(['职业技能等级认定工作方案', '工作方案（含承诺书、廉洁责任书）', '认定工作方案'])),
                  'work_plan+pledge+integrity_letter', B, post=posts.get('work'))
    else:
        if 'work' not in skip:
            p.add(nm('work', '职业技能等级认定工作方案'), 'work_plan', C.work_plan(o, apps, mention=(work == 'mention')), post=posts.get('work'))
        if 'pledge' not in skip:
            p.add(nm('pledge', rng.choice(['承诺书', '附件 承诺书', '申报承诺书'])), 'pledge', C.pledge(o), post=posts.get('pledge'),
                  base='docx' if posts.get('pledge') == 'docx_keep' else None)
        if 'integrity' not in skip:
            p.add(nm('integrity', rng.choice(['廉洁责任书', '廉洁承诺责任书'])), 'integrity_letter', C.integrity(o),
                  post=posts.get('integrity'), base='docx' if posts.get('integrity') == 'docx_keep' else None)
    if 'impl' in skip:
        return
    srng = random.Random('samples-%d' % p.no)
    if impl == 'combined':
        B = C.impl_plan_head(o, apps)
        kinds = ['implementation_plan']
        for k, levels in apps:
            for n in levels:
                B += [('br',)] + C.eval_plan(k, n, eval_style)
                kinds.append('evaluation_plan')
                B += C.samples_for(srng, k, n, sample_style)
                kinds.append('sample_paper')
        p.add(nm('impl', rng.choice(['职业技能等级认定项目实施方案', '项目实施方案（含评价方案及样题）'])), '+'.join(dedup(kinds)), B,
              post=posts.get('impl'))
    elif impl in ('split', 'split_per_set'):
        p.add(nm('impl', '项目实施方案'), 'implementation_plan', C.impl_plan_head(o, apps), post=posts.get('impl'))
        for k, levels in apps:
            occ = C.occ_full(k)
            B = []
            for n in levels:
                B += C.eval_plan(k, n, eval_style) + [('br',)]
            p.add('%s评价方案' % occ, 'evaluation_plan', B[:-1])
            if impl == 'split':
                B = []
                for n in levels:
                    B += C.samples_for(srng, k, n, sample_style)
                p.add('%s样题' % occ, 'sample_paper', B)
            else:
                for s in (0, 1):
                    B = []
                    for n in levels:
                        B += C.samples_for(srng, k, n, sample_style, sets=(s,))
                    p.add('%s样题（第%d套）' % (occ, s + 1), 'sample_paper', B)


def dedup(kinds):
    out = []
    for k in kinds:
        if not out or out[-1] != k:
            out.append(k)
    # collapse repeated eval/sample alternation into one listing each, in order of first appearance
    seen = []
    for k in out:
        if k not in seen:
            seen.append(k)
    return seen


def add_site_photo(p, name='考核场地照片', fmt='jpg'):
    d = p.add(name, 'other', base='none', post='site_photo' if fmt == 'jpg' else 'site_photo_pdf')
    d['ext'] = fmt
    return d


def add_floor_tiff(p, name='考核点平面图'):
    B = [('t', '考核点平面布置图'), ('pl', '地址：%s' % p.org['site']),
         ('tbl', [['区域', '面积（㎡）', '用途'], ['A区', '120', '理论考场（40机位）'], ['B区', '180', '技能操作考场'],
                  ['C区', '25', '监控室/候考区'], ['D区', '30', '试卷保密室']], {'header': True}),
         ('pl', '注：各考场均设高清视频监控，监控画面接入监控室。')]
    return p.add(name, 'other', B, base='rl', post='tiff')


def add_experts(p, name='专家团队名单'):
    rng = p.rng
    rows = [['序号', '姓名', '职称/职业资格', '工作单位', '承担工作']]
    for i in range(1, 7):
        rows.append([str(i), person(rng), rng.choice(['高级工程师', '一级/高级技师', '副主任护师', '二级/技师', '副教授']),
                     p.org['name'] if i < 4 else '上海%s职业技术学院' % rng.choice(['城建', '医药', '工商', '电子']), rng.choice(['命题', '考评', '督导'])])
    return p.add(name, 'other', [('t', '专家团队名单'), ('tbl', rows, {'header': True})])


# --------------------------------------------------------------------------
# the packages
# --------------------------------------------------------------------------

def dist_issuer(o):
    return '上海市%s人力资源和社会保障局' % o['site_district']


def dist_no(o, n):
    short = [v[1] for v in C.DISTRICTS.values() if v[0] == o['site_district']][0]
    return '%s函〔2025〕%d号' % (short, n)


def build():
    P = []

    # ---------------- pass ----------------
    o = make_org(1, '上海澄林物业服务有限公司', 'company', '310107')
    p = Pkg(1, o, [('bjy', [5, 4, 3])], 'pass', [3, 6], [],
            'Complete and eligible; levels are ticked boxes and an image-only site photo is only an extra.', layout='a')
    std(p, form='kv_tick', form_base='docx', ind=('assoc', '上海市物业服务行业协会', '沪物协〔2025〕6号'),
        dist=('formal', dist_issuer(o), dist_no(o, 11)), impl='combined', sample_style='paren')
    add_site_photo(p, '考核场地照片1')
    P.append(p)

    o = make_org(2, '上海市艾灸养生行业协会', 'shetuan', '310106', supervisor='无（已与行政机关脱钩）',
                 nature='社会团体（行业协会，已脱钩）', profile='2019年按行业协会商会与行政机关脱钩改革要求完成脱钩，现有会员单位百余家')
    p = Pkg(2, o, [('ajs', [5, 4])], 'pass', [2, 3], [],
            'A 脱钩 social organisation (业务主管单位：无) with a 社会团体法人登记证书 (no 类型 line), table-form 推荐意见 letters and occupation plus levels in one cell; complete.',
            enc='utf8', layout='flat')
    std(p, form='onecell', form_base='fodt', ind=('yijian_table', '上海市中医药管理局', None),
        dist=('brief', dist_issuer(o), None), credit='pbc', nonprofit=True, cert='shetuan', sample_style='noparen', impl='split')
    P.append(p)

    o = make_org(3, '上海康沐职业技能培训学校', 'minfei', '310104', supervisor='上海市徐汇区教育局')
    p = Pkg(3, o, [('ylhl', [5, 4, 3])], 'pass', [2, 3], [],
            'A private training school (民办非企业单位) with an online-system form, a 推荐书 from the district bureau and 试题册 sample papers; complete.',
            layout='b')
    std(p, form='online', form_base='html', ind=('formal_han', '上海市卫生健康委员会', '沪卫医函〔2025〕15号'),
        dist=('letterhead_only', dist_issuer(o), dist_no(o, 3)), nonprofit=True, cert='minfei', work='separate',
        impl='split', sample_style='shiti', eval_style='dengji')
    P.append(p)

    o = make_org(4, '上海禾嘉数字科技有限公司', 'company', '310115')
    p = Pkg(4, o, [('szls', [5, 4, 3])], 'pass', [1], [],
            'Every material is present and valid; several file names are misleading (credit report and 2022 audit report swapped, licence saved as 承诺书) but the contents are right.',
            layout='flat')
    std(p, form='range', ind=('formal_han', '上海市经济和信息化委员会', '沪经信软函〔2025〕4号'),
        dist=('short', dist_issuer(o), None), work='separate', sample_style='set',
        names={'credit': '2022年度审计报告', 'audit2022': '信用报告', 'cert': '承诺书（盖章）', 'pledge': '新建 Microsoft Word 文档 (3)',
               'integrity': '附件9', 'form': 'IMG_20250116_0001'})
    P.append(p)

    o = make_org(5, '上海安屿生活服务有限公司', 'company', '310112')
    p = Pkg(5, o, [('ljsj', [5, 4, 3])], 'pass', [6], [],
            'Letters and licence are scans with an OCR text layer (readable); the image-only site photo and TIFF floor plan are only extras.',
            layout='c')
    std(p, form='levelfirst', form_base='docx', ind=('formal_han', '上海市绿化和市容管理局', '沪绿容函〔2025〕22号'),
        dist=('formal', dist_issuer(o), dist_no(o, 7)), sample_style='ab',
        posts={'ind': 'ocr', 'dist': 'tess', 'cert': 'ocr'}, names={'ind': 'scan_001', 'dist': 'scan_002', 'cert': 'scan_003'})
    add_site_photo(p, '现场照片', 'pdf')
    add_floor_tiff(p)
    P.append(p)

    o = make_org(6, '上海瑞迈智能装备有限公司', 'company', '310114', parent_rel='控股子公司')
    p = Pkg(6, o, [('zczz', [5, 4, 3, 2])], 'pass', [2, 3], [],
            'A group subsidiary recommended by its parent (上级主管部门); form gives 初级/中级/高级/技师 rows; implementation materials in a nested zip.',
            enc='utf8', layout='nested')
    std(p, form='grade', form_base='fodt', ind=('parent', '上海瑞迈控股集团有限公司', '瑞迈集〔2025〕2号'),
        dist=('formal', dist_issuer(o), dist_no(o, 5)), impl='split_per_set', sample_style='tiku', eval_style='kaohe')
    P.append(p)

    o = make_org(7, '上海碳衡环境咨询有限公司', 'company', '310101')
    p = Pkg(7, o, [('tphs', [4, 3, 2])], 'pass', [3], [],
            'Arabic level numbers (4级、3级、2级) in a WPS/ODT form; everything present and in scope.', layout='a')
    std(p, form='arabic', form_base='fodt', ind=('formal_han', '上海市生态环境局', '沪环气函〔2025〕9号'),
        dist=('brief', dist_issuer(o), None), sample_style='set', audit_base='html')
    add_experts(p)
    P.append(p)

    o = make_org(8, '上海匠铸管道技能培训中心', 'minfei', '310117', supervisor='上海市松江区教育局', parent_rel='主管的民办非企业单位')
    p = Pkg(8, o, [('gg', [5, 4, 3])], 'pass', [2, 6], [],
            'Recommended by its 业务主管单位 as 上级主管部门; the only unreadable file is a phone photo of the workshop under other materials.',
            layout='top')
    std(p, form='zige', ind=('parent', '上海市松江区教育局', '松教函〔2025〕3号'), dist=('short', dist_issuer(o), None),
        nonprofit=True, cert='minfei', work='separate', sample_style='shijuan')
    add_site_photo(p, 'IMG_20250115_142233')
    P.append(p)

    o = make_org(9, '上海药联制剂科技有限公司', 'company', '310119', site_division='310115')
    p = Pkg(9, o, [('ywzj', [5, 4, 3])], 'pass', [3], [],
            'Code carries the historical 南汇 division (310119, still Shanghai); level range 五级至三级; audits redistilled with Ghostscript.',
            layout='b')
    o['range_text'] = {'ywzj': '五级至三级'}
    std(p, form='range', form_base='docx', ind=('formal_han', '上海市药品监督管理局', '沪药监药生函〔2025〕7号'),
        dist=('formal', dist_issuer(o), dist_no(o, 19)), sample_style='ab', posts={'audit2023': 'gs', 'audit2022': 'gs'})
    P.append(p)

    o = make_org(10, '上海营康健康管理有限公司', 'company', '310105')
    p = Pkg(10, o, [('yys', [4, 3])], 'pass', [3], [],
            'Landscape form with the level cell before the code; sample sets spread over one file per set; complete.', enc='utf8')
    std(p, form='levelfirst', form_base='html', ind=('tuijianshu', '上海市营养学会', None),
        dist=('formal', dist_issuer(o), dist_no(o, 2)), impl='split_per_set', sample_style='tiku')
    P.append(p)

    o = make_org(11, '上海栖码网络科技有限公司', 'company', '310110')
    p = Pkg(11, o, [('sjaq', [4, 3])], 'pass', [2], [],
            'Start-up with 国家职业资格四级 notation, a letter titled 关于推荐…的函 broken over two lines, 承诺书/廉洁责任书 as pages of the work plan.')
    std(p, form='zige', form_base='html', ind=('formal_han', '上海市经济和信息化委员会', '沪经信安函〔2025〕11号'),
        dist=('letterhead_only', dist_issuer(o), dist_no(o, 6)), sample_style='shijuan', posts={'work': 'gs'})
    P.append(p)

    o = make_org(12, '上海市社区健康服务协会', 'shetuan', '310109', supervisor='无',
                 nature='社会团体（已与行政机关脱钩）', profile='2020年完成与行政机关脱钩，直接登记，主要开展社区健康服务培训与评价')
    p = Pkg(12, o, [('sqjk', [4, 3, 2])], 'pass', [3], [],
            'A 脱钩 association (业务主管单位：无) whose form is a tick grid (one column per level); social-organisation certificate; complete.', layout='c')
    std(p, form='grid', form_base='rlcid', ind=('formal_han', '上海市卫生健康委员会', '沪卫基层函〔2025〕5号'),
        dist=('brief', dist_issuer(o), None), credit='sh_public', nonprofit=True, cert='shetuan', cert_base='html', sample_style='paren')
    P.append(p)

    # ---------------- fail ----------------
    o = make_org(13, '上海数衡信息技术有限公司', 'company', '310104')
    p = Pkg(13, o, [('xygl', [4, 3])], 'fail', [1], ['credit_report_missing', 'licence_saved_as_credit_report'],
            'The file named 信用报告.pdf is the business licence; no credit report is in the package and every file is readable.')
    std(p, form='kv_tick', ind=('formal_han', '上海市发展和改革委员会', '沪发改信用函〔2025〕3号'),
        dist=('formal', dist_issuer(o), dist_no(o, 4)), skip=('credit',), names={'cert': '信用报告'})
    P.append(p)

    o = make_org(14, '上海柏舟餐饮管理有限公司', 'company', '310113')
    p = Pkg(14, o, [('spaq', [4, 3])], 'fail', [4], ['district_letter_from_outside_shanghai'],
            'The district recommendation letter comes from 昆山市人力资源和社会保障局, not a Shanghai district bureau.', layout='a')
    std(p, form='onecell', ind=('formal_han', '上海市市场监督管理局', '沪市监食函〔2025〕18号'),
        dist=('formal', '昆山市人力资源和社会保障局', '昆人社函〔2025〕14号'))
    P.append(p)

    o = make_org(15, '上海锦程政务服务外包有限公司', 'company', '310114')
    p = Pkg(15, o, [('zwfw', [5, 4])], 'fail', [4, 2], ['district_letter_not_from_hr_bureau'],
            'The only district-level 推荐意见 is issued by 上海市嘉定区教育局, not the district 人力资源和社会保障局.', enc='utf8')
    std(p, form='online', ind=('formal_han', '上海市人民政府办公厅', '沪府办函〔2025〕6号'),
        dist=('brief', '上海市嘉定区教育局', None))
    P.append(p)

    o = make_org(16, '上海鲜悦茶饮管理有限公司', 'company', '310106')
    p = Pkg(16, o, [('tys', [5, 4])], 'fail', [7, 6], ['credit_report_lists_penalty'],
            'The 公共信用信息报告 lists 2 administrative penalties (查见 2 条).', layout='b')
    std(p, form='grid', ind=('assoc', '上海市茶饮行业协会', '沪茶协〔2025〕1号'), dist=('short', dist_issuer(o), None),
        credit='sh_public', credit_kw={'penalties': 2})
    add_site_photo(p)
    P.append(p)

    o = make_org(17, '上海悦护家政服务有限公司', 'company', '310118')
    p = Pkg(17, o, [('bjy', [5, 4])], 'fail', [7, 5], ['credit_report_lists_dishonesty_record', 'industry_letter_scan_only'],
            'The 企业信用报告 lists a 失信被执行人 record (查见 1 条); the image-only industry letter does not change that.')
    std(p, form='arabic', ind=('formal_han', '上海市商务委员会', '沪商服函〔2025〕21号'), dist=('formal', dist_issuer(o), dist_no(o, 9)),
        credit='pbc', credit_kw={'shixin': 1}, posts={'ind': 'scan'}, names={'ind': 'IMG_20250116_0007'})
    P.append(p)

    o = make_org(18, '上海格致计量检测技术有限公司', 'company', '310116')
    p = Pkg(18, o, [('jly', [4, 3])], 'fail', [7, 2], ['industry_letter_recommends_other_org'],
            'The 推荐书 from the industry authority recommends 上海格致检测技术有限公司 (another name and code), not the applicant.', layout='c')
    p.ind_target = make_org(901, '上海格致检测技术有限公司', 'company', '310116')
    std(p, form='levelfirst', ind=('tuijianshu', '上海市计量协会', None), dist=('formal', dist_issuer(o), dist_no(o, 12)))
    P.append(p)

    o = make_org(19, '上海蓝湾环境服务有限公司', 'company', '310115')
    p = Pkg(19, o, [('ljsj', [5, 4])], 'fail', [7, 4], ['district_letter_recommends_other_org'],
            'The 浦东新区 district letter recommends 上海蓝湾物业服务有限公司, another organisation.')
    p.dist_target = make_org(902, '上海蓝湾物业服务有限公司', 'company', '310115')
    std(p, form='kv_tick', ind=('formal_han', '上海市绿化和市容管理局', '沪绿容函〔2025〕30号'),
        dist=('formal', dist_issuer(o), dist_no(o, 15)), sample_style='set')
    P.append(p)

    o = make_org(20, '上海盛禾康养服务有限公司', 'company', '310112')
    p = Pkg(20, o, [('ylhl', [5, 4])], 'fail', [8], ['integrity_letter_missing'],
            'No 廉洁责任书 anywhere; the work plan only mentions 廉洁自律 and 承诺 in its text, and all files are readable.', layout='a')
    std(p, form='range', ind=('formal_han', '上海市卫生健康委员会', '沪卫医函〔2025〕33号'), dist=('brief', dist_issuer(o), None),
        work='mention', skip=('integrity',))
    P.append(p)

    o = make_org(21, '上海汇政通企业服务有限公司', 'company', '310117')
    o['range_text'] = {'zwfw': '五级至二级'}
    p = Pkg(21, o, [('zwfw', [5, 4, 3, 2])], 'fail', [3, 5], ['level_not_in_catalogue', 'district_letter_scan_only'],
            '政务服务办事员 is declared 五级至二级, but the catalogue lists it only at 5、4、3; the image-only district letter does not matter.')
    std(p, form='range', ind=('formal_han', '上海市人民政府办公厅', '沪府办函〔2025〕9号'), dist=('formal', dist_issuer(o), dist_no(o, 8)),
        posts={'dist': 'scan'}, names={'dist': 'scan_004'})
    P.append(p)

    o = make_org(22, '上海颐乐居养老服务有限公司', 'company', '310120')
    p = Pkg(22, o, [('ylhly', [5, 4])], 'fail', [5, 3], ['occupation_not_in_catalogue', 'audit_report_2023_encrypted'],
            '养老护理员 (4-10-01-05) is not one of the 48 occupations in the 附件; an encrypted audit report cannot rescue it.', enc='utf8')
    std(p, form='onecell', ind=('formal_han', '上海市民政局', '沪民养老函〔2025〕4号'), dist=('formal', dist_issuer(o), dist_no(o, 10)),
        posts={'audit2023': 'enc'})
    P.append(p)

    o = make_org(23, '昆山华沪管道安装工程有限公司', 'other_prov', '320583', site_division='310114')
    p = Pkg(23, o, [('gg', [5, 4, 3])], 'fail', [5], ['credit_code_not_shanghai', 'sample_paper_file_corrupt'],
            'The credit code 91320583… is registered in Kunshan (positions 3–4 are 32, not 31); a truncated PDF does not change that.', layout='b')
    std(p, form='kv_tick', ind=('formal_han', '上海市住房和城乡建设管理委员会', '沪建人函〔2025〕2号'),
        dist=('formal', dist_issuer(o), dist_no(o, 16)), impl='split', posts={}, sample_style='paren')
    for d in p.docs:
        if d['kind'] == 'sample_paper':
            d['post'] = 'corrupt'
    P.append(p)

    o = make_org(24, '上海优洁物业管理有限公司嘉定分公司', 'company', '310114', lic_type='有限责任公司分公司（自然人投资或控股）')
    p = Pkg(24, o, [('bjy', [5, 4, 3])], 'fail', [5], ['licence_type_branch', 'pledge_scan_only'],
            'The licence 类型 is 有限责任公司分公司: a branch is not an independent legal person; the image-only 承诺书 scan does not matter.')
    std(p, form='grade', ind=('assoc', '上海市物业服务行业协会', '沪物协〔2025〕9号'), dist=('short', dist_issuer(o), None),
        work='separate', posts={'pledge': 'scan'})
    P.append(p)

    o = make_org(25, '上海市虹口区社区健康服务指导中心', 'shiye', '310109', supervisor='上海市虹口区卫生健康委员会',
                 parent_rel='举办的事业单位')
    p = Pkg(25, o, [('sqjk', [4, 3])], 'fail', [3], ['registration_is_public_institution'],
            'The registration document is a 事业单位法人证书 and the code starts 12: public institutions may not apply.', layout='c')
    std(p, form='kv_tick', ind=('parent', '上海市虹口区卫生健康委员会', '虹卫〔2025〕5号'), dist=('brief', dist_issuer(o), None),
        nonprofit=True, cert='shiye')
    P.append(p)

    o = make_org(26, '上海知行信用管理咨询有限公司', 'company', '310109')
    p = Pkg(26, o, [('xygl', [4, 3])], 'fail', [1], ['audit_report_2022_missing'],
            'Audit reports cover 2023 and 2021; the file named 2022年度审计报告 is the 2021 report, so 2022 is missing.')
    std(p, form='zige', ind=('formal_han', '上海市发展和改革委员会', '沪发改信用函〔2025〕8号'), dist=('formal', dist_issuer(o), dist_no(o, 2)),
        audits=(2023, 2021), names={'audit2021': '2022年度审计报告'})
    P.append(p)

    o = make_org(27, '上海巧手保洁服务有限公司', 'company', '310110')
    p = Pkg(27, o, [('bjy', [5, 4, 3])], 'fail', [3], ['only_one_sample_set_for_level_3'],
            'For 保洁员 三级 there is only 样题一; every declared level needs two distinct sample sets.', layout='a')
    std(p, form='grid', ind=('assoc', '上海市清洁服务行业协会', '沪清协〔2025〕3号'), dist=('short', dist_issuer(o), None),
        impl='split', sample_style='noparen', skip=('impl',))
    srng = random.Random('samples-27')
    p.add('项目实施方案', 'implementation_plan', C.impl_plan_head(o, p.apps))
    B = []
    for n in (5, 4, 3):
        B += C.eval_plan('bjy', n)
    p.add('保洁员评价方案（五级、四级、三级）', 'evaluation_plan', B)
    B = C.samples_for(srng, 'bjy', 5, 'noparen') + C.samples_for(srng, 'bjy', 4, 'noparen') + C.samples_for(srng, 'bjy', 3, 'noparen', sets=(0,))
    p.add('保洁员样题（两套）', 'sample_paper', B)
    P.append(p)

    o = make_org(28, '上海弘毅化工技能培训有限公司', 'company', '310116')
    p = Pkg(28, o, [('hgzk', [5, 4, 3])], 'fail', [1], ['evaluation_plan_missing_for_level_4'],
            'The file named 化工总控工四级评价方案 actually contains the 三级 plan again; there is no 四级 evaluation plan.', enc='utf8')
    std(p, form='levelfirst', ind=('formal_han', '上海市经济和信息化委员会', '沪经信化函〔2025〕5号'),
        dist=('formal', dist_issuer(o), dist_no(o, 13)), skip=('impl',))
    srng = random.Random('samples-28')
    p.add('项目实施方案', 'implementation_plan', C.impl_plan_head(o, p.apps))
    p.add('化工总控工五级评价方案', 'evaluation_plan', C.eval_plan('hgzk', 5, 'kaohe'))
    p.add('化工总控工四级评价方案', 'evaluation_plan', C.eval_plan('hgzk', 3, 'kaohe'))
    p.add('化工总控工三级评价方案', 'evaluation_plan', C.eval_plan('hgzk', 3, 'kaohe'))
    for n in (5, 4, 3):
        p.add('化工总控工%s样题' % C.CN[n] + '级', 'sample_paper', C.samples_for(srng, 'hgzk', n, 'paren'))
    P.append(p)

    o = make_org(29, '上海启航轨道交通技术有限公司', 'company', '310107')
    why = 'The same applicant (same credit code) applies for 轨道交通信号工 in H29 and H30; both packages fail.'
    p = Pkg(29, o, [('gdjt', [5, 4, 3])], 'fail', [], ['duplicate_application_same_occupation'], why, layout='b')
    std(p, form='kv_tick', ind=('formal_han', '上海市交通委员会', '沪交运函〔2025〕12号'), dist=('formal', dist_issuer(o), dist_no(o, 21)))
    P.append(p)
    o2 = dict(o)
    o2['seq'] = 30
    p = Pkg(30, o2, [('gdjt', [4, 3, 2]), ('gg', [5, 4])], 'fail', [], ['duplicate_application_same_occupation'], why, enc='utf8')
    std(p, form='online', ind=('formal_han', '上海申通地铁集团有限公司', '申通地铁人〔2025〕4号'), dist=('brief', dist_issuer(o2), None),
        impl='split', sample_style='set')
    P.append(p)

    o = make_org(31, '上海逸禾信息科技有限公司', 'company', '310105')
    p = Pkg(31, o, [('szls', [4, 3])], 'fail', [], ['organisation_name_mismatch'],
            'The application form names 上海逸禾科技有限公司 while the licence and credit report name 上海逸禾信息科技有限公司.')
    fo = dict(o)
    fo['name'] = '上海逸禾科技有限公司'
    std(p, form='range', form_org=fo, ind=('formal_han', '上海市经济和信息化委员会', '沪经信软函〔2025〕14号'),
        dist=('formal', dist_issuer(o), dist_no(o, 17)))
    P.append(p)

    # ---------------- review ----------------
    o = make_org(32, '上海云杉调饮文化有限公司', 'company', '310104')
    good = o['code']
    bad = good[:17] + C.ALPH31[(C.ALPH31.index(good[17]) + 7) % 31]
    o['code'] = bad
    p = Pkg(32, o, [('tys', [5, 4, 3])], 'review', [], ['credit_code_checksum_invalid'],
            'The credit code, identical on every document, fails the GB 32100 check character; a person must verify it.', layout='a')
    std(p, form='kv_tick', ind=('assoc', '上海市茶饮行业协会', '沪茶协〔2025〕4号'), dist=('formal', dist_issuer(o), dist_no(o, 20)))
    P.append(p)

    o = make_org(33, '上海明岳数字孪生技术有限公司', 'company', '310113')
    p = Pkg(33, o, [('szls', [5, 4])], 'review', [1], ['registration_certificate_scan_only'],
            'The business licence exists only as an image-only scan (file name 营业执照.pdf); everything else is complete.', enc='utf8')
    std(p, form='grid', ind=('formal_han', '上海市经济和信息化委员会', '沪经信数函〔2025〕3号'), dist=('short', dist_issuer(o), None),
        posts={'cert': 'scan_color'}, names={'cert': '营业执照'})
    P.append(p)

    o = make_org(34, '上海信融企业信用服务有限公司', 'company', '310101')
    p = Pkg(34, o, [('xygl', [4, 3, 2])], 'review', [1], ['audit_report_2023_encrypted'],
            'The 2023 audit report is a password-protected PDF; only its file name says what it is.', layout='b')
    std(p, form='arabic', ind=('formal_han', '上海市发展和改革委员会', '沪发改信用函〔2025〕12号'), dist=('letterhead_only', dist_issuer(o), dist_no(o, 4)),
        posts={'audit2023': 'enc'}, names={'audit2023': '2023年度审计报告（加密）'})
    P.append(p)

    o = make_org(35, '上海净界环保科技有限公司', 'company', '310151')
    p = Pkg(35, o, [('ljsj', [5, 4, 3])], 'review', [], ['implementation_plan_corrupt'],
            'The only implementation plan (with evaluation plans and sample papers) is a truncated PDF that cannot be opened.')
    std(p, form='levelfirst', ind=('formal_han', '上海市绿化和市容管理局', '沪绿容函〔2025〕41号'), dist=('formal', dist_issuer(o), dist_no(o, 1)),
        posts={'impl': 'corrupt'})
    P.append(p)

    o = make_org(36, '上海乐龄护理服务有限公司', 'company', '310120')
    p = Pkg(36, o, [('ylhl', [5, 4, 3, 2])], 'review', [8], ['pledge_only_docx'],
            'The 承诺书 exists only as an editable .docx (no sealed copy); the work plan merely mentions 承诺.', layout='c')
    std(p, form='onecell', ind=('formal_han', '上海市卫生健康委员会', '沪卫医函〔2025〕40号'), dist=('brief', dist_issuer(o), None),
        work='mention', posts={'pledge': 'docx_keep'})
    P.append(p)

    o = make_org(37, '上海绿源盆景园艺有限公司', 'company', '310118')
    p = Pkg(37, o, [('pjs', [5, 4, 3])], 'review', [8, 4], ['district_letter_only_docx'],
            'The district recommendation letter is only an editable Word file, which cannot carry the bureau seal.')
    std(p, form='range', ind=('assoc', '上海市盆景赏石协会', '沪盆协〔2025〕2号'), dist=('formal', dist_issuer(o), dist_no(o, 18)),
        posts={'dist': 'docx_keep'})
    for d in p.docs:
        if d['kind'] == 'district_letter':
            d['base'] = 'docx'
            d['tpl'] = p.tpl_for('docx')
    P.append(p)

    o = make_org(38, '上海金匙营养咨询有限公司', 'company', '310106')
    p = Pkg(38, o, [('yys', [4, 3, 2])], 'review', [8], ['integrity_letter_photo_only'],
            'The 廉洁责任书 is only a phone photo (.jpg) without text; everything else is complete.', enc='utf8', layout='top')
    std(p, form='zige', ind=('tuijianshu', '上海市营养学会', None), dist=('formal', dist_issuer(o), dist_no(o, 14)), work='separate',
        posts={'integrity': 'phone'}, names={'integrity': 'IMG_20250118_093512'})
    P.append(p)

    o = make_org(39, '上海智造增材技术服务有限公司', 'company', '310112')
    p = Pkg(39, o, [('zczz', [5, 4])], 'review', [1], ['credit_report_scan_only'],
            'The credit report exists only as an image-only scan named 信用报告.pdf; the file name alone cannot prove the content.', layout='a')
    std(p, form='arabic', ind=('formal_han', '上海市经济和信息化委员会', '沪经信装函〔2025〕6号'), dist=('formal', dist_issuer(o), dist_no(o, 22)),
        posts={'credit': 'tiff'}, names={'credit': '信用报告'})
    P.append(p)
    return P


# --------------------------------------------------------------------------
# rendering pipeline
# --------------------------------------------------------------------------
PRODUCER = {
    'docx': 'python-docx ({font}) → LibreOffice',
    'fodt': 'flat ODT ({font}) → LibreOffice',
    'html': 'HTML/CSS ({font}, SVG seal) → Chromium print-to-pdf',
    'rl': 'reportlab platypus, embedded TrueType {rlfont}',
    'rlcid': 'reportlab platypus, STSong-Light CID (not embedded)',
    'cert': 'reportlab canvas certificate layout, embedded TrueType {rlfont}',
}
POST = {
    None: ('', 'text'), 'gs': (' → Ghostscript pdfwrite', 'text'),
    'scan': (' → scan: pdftoppm 150 dpi gray, rotation/specks/seal, JPEG q50 → img2pdf (no text)', 'none'),
    'scan_color': (' → colour scan with red seal, JPEG → img2pdf (no text)', 'none'),
    'tiff': (' → bilevel CCITT G4 multi-page TIFF → img2pdf (no text)', 'none'),
    'ocr': (' → scan image + invisible text layer (reportlab render mode 3)', 'ocr_layer'),
    'tess': (' → scan image → tesseract chi_sim pdf (OCR text layer)', 'ocr_layer'),
    'phone': (' → phone photo JPEG (perspective, desk background)', 'none'),
    'docx_keep': (' (left as an editable .docx)', 'editable'),
    'enc': (' → qpdf AES-256 with user password', 'encrypted'),
    'corrupt': (' → truncated PDF (corrupt)', 'corrupt'),
}


def producer_label(d):
    if d['post'] in ('site_photo', 'site_photo_pdf'):
        return 'synthetic site photo (Pillow) JPEG' + (' → img2pdf (no text)' if d['post'] == 'site_photo_pdf' else '')
    t = d['tpl']
    base = PRODUCER[d['base']].format(font=t.get('font', ''), rlfont=t.get('rlfont', ''))
    if d['post'] == 'docx_keep':
        base = 'python-docx (%s)' % t.get('font', '')
    return base + POST[d['post']][0]


def text_mode(d):
    if d['post'] in ('site_photo', 'site_photo_pdf'):
        return 'none'
    return POST[d['post']][1]


def chromium_print(html, pdf, udd):
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run', '--user-data-dir=' + udd, '--no-pdf-header-footer', '--print-to-pdf=' + pdf,
           'file://' + html]
    for attempt in range(3):
        subprocess.run(cmd, capture_output=True, timeout=120)
        if os.path.exists(pdf) and os.path.getsize(pdf) > 500:
            return
    raise RuntimeError('chromium failed for ' + html)


def render_all(P):
    for sub in ('src', 'base', 'final', 'img', 'check'):
        if os.path.exists(os.path.join(TMP, sub)):
            shutil.rmtree(os.path.join(TMP, sub))
        os.makedirs(os.path.join(TMP, sub))
    lo_inputs, html_jobs = [], []
    for p in P:
        for i, d in enumerate(p.docs):
            d['id'] = 'p%02d_%02d' % (p.no, i)
            src = os.path.join(TMP, 'src', d['id'])
            d['base_pdf'] = os.path.join(TMP, 'base', d['id'] + '.pdf')
            if d['base'] == 'none':
                continue
            if d['base'] == 'docx':
                R.render_docx(d['blocks'], src + '.docx', d['tpl'], os.path.join(TMP, 'img'))
                d['docx'] = src + '.docx'
                if d['post'] != 'docx_keep':
                    lo_inputs.append(src + '.docx')
            elif d['base'] == 'fodt':
                R.render_fodt(d['blocks'], src + '.fodt', d['tpl'])
                lo_inputs.append(src + '.fodt')
            elif d['base'] == 'html':
                R.render_html(d['blocks'], src + '.html', d['tpl'])
                html_jobs.append((src + '.html', d['base_pdf']))
            elif d['base'] in ('rl', 'rlcid'):
                R.render_rl(d['blocks'], d['base_pdf'], d['tpl'])
            elif d['base'] == 'cert':
                R.render_cert(d['cert'], d['base_pdf'], d['tpl'])
    print('LibreOffice: %d files, Chromium: %d files' % (len(lo_inputs), len(html_jobs)), flush=True)
    lo = subprocess.Popen(['soffice', '-env:UserInstallation=file:///tmp/lo-final3', '--headless', '--convert-to', 'pdf',
                           '--outdir', os.path.join(TMP, 'base')] + lo_inputs, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    udds = [os.path.join(TMP, 'chrome%d' % k) for k in range(2)]
    with ThreadPoolExecutor(2) as ex:
        futs = [ex.submit(chromium_print, h, pdf, udds[k % 2]) for k, (h, pdf) in enumerate(html_jobs)]
        for f in futs:
            f.result()
    lo.wait()
    for f in lo_inputs:
        pdf = os.path.join(TMP, 'base', os.path.basename(f).rsplit('.', 1)[0] + '.pdf')
        if not os.path.exists(pdf):
            raise RuntimeError('LibreOffice did not convert ' + f)
    # post-processing
    for p in P:
        rng = random.Random('post-%d' % p.no)
        for d in p.docs:
            post = d['post']
            ext = d.get('ext') or ('docx' if post == 'docx_keep' else 'jpg' if post in ('phone', 'site_photo') else 'pdf')
            d['ext'] = ext
            out = os.path.join(TMP, 'final', d['id'] + '.' + ext)
            d['final'] = out
            src = d['base_pdf']
            seal = None
            if d['kind'] in ('industry_letter', 'district_letter', 'registration_certificate', 'pledge', 'integrity_letter'):
                seal = None  # the rendered page already carries a seal where the producer can draw one
            if post is None:
                shutil.copy(src, out)
            elif post == 'gs':
                R.gs_redistill(src, out)
            elif post == 'scan':
                R.to_scan_pdf(src, out, rng, os.path.join(TMP, 'img'), seal=seal)
            elif post == 'scan_color':
                R.to_scan_pdf(src, out, rng, os.path.join(TMP, 'img'), dpi=120, color=True, quality=45, angle=rng.uniform(-2.5, 2.5))
            elif post == 'tiff':
                R.to_tiff_pdf(src, out, rng, os.path.join(TMP, 'img'))
            elif post == 'ocr':
                R.to_ocr_layer_pdf(src, out, rng, os.path.join(TMP, 'img'),
                                   R.plain_lines(d['blocks']) if d['blocks'] else [f'{k}：{v}' for k, v in d['cert']['fields']] + [d['cert']['title'], d['cert']['issuer']])
            elif post == 'tess':
                R.to_tesseract_pdf(src, out, rng, os.path.join(TMP, 'img'))
            elif post == 'phone':
                R.to_phone_jpg(src, out, rng, os.path.join(TMP, 'img'))
            elif post == 'docx_keep':
                shutil.copy(d['docx'], out)
            elif post == 'enc':
                R.encrypt(src, out, 'sh%04d' % (p.no * 97))
            elif post == 'corrupt':
                R.truncate(src, out)
            elif post == 'site_photo':
                R.photo_of_site(out, rng, '职业技能等级认定考核点')
            elif post == 'site_photo_pdf':
                jpg = out + '.jpg'
                R.photo_of_site(jpg, rng, '技能操作考场')
                R.run(['img2pdf', '-o', out, jpg])
                os.remove(jpg)
            else:
                raise ValueError(post)


# --------------------------------------------------------------------------
# zip assembly
# --------------------------------------------------------------------------
class GBKZipInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('gbk'), self.flag_bits & ~0x800


def entry_paths(p):
    """Assign zip entry paths according to the package layout and file-name style."""
    used = set()
    top = {'top': '%s申报材料/' % p.org['name']}.get(p.layout, '')
    for d in p.docs:
        name = d['name'] + '.' + d['ext']
        k = 1
        while name in used:
            k += 1
            name = '%s(%d).%s' % (d['name'], k, d['ext'])
        used.add(name)
        if p.layout in GROUP_DIRS:
            path = GROUP_DIRS[p.layout][d['group']] + '/' + name
        elif p.layout == 'nested' and d['group'] == '5':
            path = '实施方案.zip/实施方案/' + name
        else:
            path = top + name
        d['path'] = path


def write_zip(p):
    entry_paths(p)
    dt = (2025, 1, 20 + p.no % 6, 9 + p.no % 8, p.no % 60, 0)
    Info = GBKZipInfo if p.enc == 'gbk' else zipfile.ZipInfo
    inner = {}
    outer_entries = []
    for d in p.docs:
        if '.zip/' in d['path']:
            zname, rest = d['path'].split('.zip/', 1)
            inner.setdefault(zname + '.zip', []).append((rest, d['final']))
        else:
            outer_entries.append((d['path'], open(d['final'], 'rb').read()))
    for zname, files in inner.items():
        buf = os.path.join(TMP, 'final', 'inner_%02d.zip' % p.no)
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for rest, f in files:
                zi = GBKZipInfo(rest, dt)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, open(f, 'rb').read())
        outer_entries.append((zname, open(buf, 'rb').read()))
    path = os.path.join(OUT, p.zipname)
    dirs_written = set()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in outer_entries:
            parts = name.split('/')[:-1]
            for i in range(1, len(parts) + 1):
                dn = '/'.join(parts[:i]) + '/'
                if dn not in dirs_written:
                    dirs_written.add(dn)
                    zi = Info(dn, dt)
                    zi.external_attr = 0o40755 << 16 | 0x10
                    z.writestr(zi, b'')
            zi = Info(name, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return path


# --------------------------------------------------------------------------
# key, README, self-check
# --------------------------------------------------------------------------

def app_entry(k, levels):
    code, name, work, cat = C.CAT[k]
    return {'code': code, 'name': name + ('（%s）' % work if work else ''), 'levels': list(levels)}


def make_key(P):
    pk = {}
    for p in P:
        pk[p.zipname] = {
            'verdict': p.verdict, 'causes': sorted(p.causes), 'defects': p.defects, 'why': p.why,
            'organisation': {'name': p.org['name'], 'credit_code': p.org['code']},
            'applications': [app_entry(k, lv) for k, lv in p.apps],
            'documents': [{'path': d['path'], 'kind': d['kind'], 'producer': producer_label(d), 'text': text_mode(d)} for d in p.docs],
        }
    return {'author': AUTHOR, 'packages': pk}


def read_entries(zpath):
    """Return {decoded path: bytes}, decoding names as the archive was written (GBK without flag, or UTF-8)."""
    out = {}
    with zipfile.ZipFile(zpath) as z:
        for zi in z.infolist():
            if zi.filename.endswith('/'):
                continue
            name = zi.filename
            if not zi.flag_bits & 0x800:
                name = zi.filename.encode('cp437').decode('gbk')
            data = z.read(zi)
            if name.endswith('.zip'):
                for k, v in read_entries_bytes(data).items():
                    out[name + '/' + k] = v
            out[name] = data
    return out


def read_entries_bytes(data):
    import io
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for zi in z.infolist():
            name = zi.filename
            if not zi.flag_bits & 0x800:
                name = zi.filename.encode('cp437').decode('gbk')
            out[name] = z.read(zi)
    return out


def norm(s):
    return ''.join(s.split())


def self_check(P, key):
    problems = []
    texts = {}
    chk = os.path.join(TMP, 'check')
    os.makedirs(chk, exist_ok=True)
    for p in P:
        zpath = os.path.join(OUT, p.zipname)
        ents = read_entries(zpath)
        for d in p.docs:
            if d['path'] not in ents:
                problems.append('%s: missing entry %s' % (p.zipname, d['path']))
                continue
            data = ents[d['path']]
            mode = text_mode(d)
            f = os.path.join(chk, 'x.' + d['ext'])
            open(f, 'wb').write(data)
            if d['ext'] != 'pdf':
                if mode == 'editable':
                    from docx import Document
                    txt = '\n'.join(x.text for x in Document(f).paragraphs)
                    if p.org['name'] not in txt:
                        problems.append('%s: docx lacks name %s' % (p.zipname, d['path']))
                continue
            r = subprocess.run(['pdftotext', '-raw', f, '-'], capture_output=True)
            texts[p.zipname + '/' + d['path']] = norm(r.stdout.decode('utf-8', 'replace')) if mode == 'text' else mode
            r = subprocess.run(['pdftotext', '-layout', f, '-'], capture_output=True)
            r2 = subprocess.run(['pdftotext', '-raw', f, '-'], capture_output=True)
            txt = norm(r.stdout.decode('utf-8', 'replace'))
            if mode not in ('none', 'encrypted', 'corrupt'):
                txt += '\n' + norm(r2.stdout.decode('utf-8', 'replace'))
            if mode == 'none':
                if txt:
                    problems.append('%s: image-only %s has text' % (p.zipname, d['path']))
            elif mode in ('encrypted', 'corrupt'):
                if r.returncode == 0 and txt:
                    problems.append('%s: %s %s still readable' % (p.zipname, mode, d['path']))
            elif mode == 'ocr_layer' and 'tess' == d['post']:
                if len(txt) < 20:
                    problems.append('%s: tesseract layer empty %s' % (p.zipname, d['path']))
            else:
                want = []
                if d['blocks']:
                    titles = [b[1] for b in d['blocks'] if b[0] in ('t', 'h', 'no', 'lh') and b[1]]
                    want += [norm(t) for t in titles[:3]]
                    plain = norm(''.join(R.plain_lines(d['blocks'])))
                    for s in (p.org['name'], p.org['code']):
                        if norm(s) in plain:
                            want.append(s)
                    if d['kind'].startswith('application_form'):
                        for k, lv in p.apps:
                            want.append(C.CAT[k][0])
                else:
                    want = [d['cert']['title'], p.org['code']]
                for w in want:
                    if norm(w) not in txt:
                        problems.append('%s: %s lacks %r' % (p.zipname, d['path'], w))
        size = os.path.getsize(zpath)
        if size > 500 * 1024:
            print('note: %s is %d KB (aim < 500 KB)' % (p.zipname, size // 1024))
    json.loads(json.dumps(key, ensure_ascii=False))
    with open(os.path.join(TMP, 'texts.json'), 'w', encoding='utf-8') as f:
        json.dump(texts, f, ensure_ascii=False, sort_keys=True, indent=0)
    return problems


def write_readme(P, key):
    from collections import Counter
    cc, dc, vc = Counter(), Counter(), Counter()
    prod = Counter()
    rows = []
    total = 0
    for p in P:
        e = key['packages'][p.zipname]
        vc[e['verdict']] += 1
        for c in e['causes']:
            cc[c] += 1
        for d in e['defects']:
            dc[d] += 1
        for d in e['documents']:
            prod[d['producer'].split(' → ')[0].split(' (')[0]] += 1
        sz = os.path.getsize(os.path.join(OUT, p.zipname))
        total += sz
        rows.append('| %s | %s | %s | %s | %d |' % (p.zipname, e['verdict'], ','.join(map(str, e['causes'])) or '—',
                                                   ', '.join(e['defects']) or '—', sz // 1024))
    s = ['# Blind corpus final3', '',
         'Application packages for 沪人社职〔2024〕447号 written blind (from the notice and DOMAIN.md only), with an answer key `key.json`.',
         'The verdicts come from what the generator planted, never from running the tool.', '',
         '## Regenerate', '', '```', 'cd tests/blind/final3 && python3 generate.py', '```', '',
         'Needs: LibreOffice (`soffice`, own profile /tmp/lo-final3), Chromium, poppler-utils, img2pdf, qpdf, Ghostscript, tesseract + chi_sim,',
         'python3 with reportlab, python-docx, Pillow; fonts WenQuanYi, Noto CJK, AR PL UMing/UKai. Scratch: /tmp/blind-final3/.',
         'Content is deterministic (string-seeded `random.Random`); PDF timestamps/IDs may differ between runs.', '',
         'Files: `content.py` (document texts as blocks), `render.py` (producers and post-processing), `generate.py` (packages, zips, key, checks).', '',
         '## Producers', '',
         '- python-docx templates (Table Grid tables, headers/footers, embedded seal pictures, landscape sections; fonts Noto Serif/Sans CJK, WenQuanYi Zen/Micro Hei, AR PL UMing/UKai) → LibreOffice',
         '- hand-written flat ODT (.fodt, WPS/Kingsoft generator tag, landscape pages) → LibreOffice',
         '- HTML/CSS with SVG round seals, red letterheads, tick characters → Chromium `--print-to-pdf`',
         '- reportlab platypus with embedded TrueType (wqy-zenhei / ukai / uming .ttc) and a few with the non-embedded STSong-Light CID font',
         '- reportlab canvas certificate layouts (营业执照, 民办非企业单位登记证书, 社会团体法人登记证书, 事业单位法人证书) with text at coordinates',
         '- Ghostscript pdfwrite re-distilling',
         '- scans: pdftoppm 120–150 dpi → Pillow rotation/specks/shadow (+ colour) → JPEG → img2pdf (no text)',
         '- bilevel CCITT G4 multi-page TIFF → img2pdf (no text)',
         '- scans with OCR text: reportlab image + invisible text (render mode 3); tesseract chi_sim `pdf` output',
         '- phone photos (.jpg, perspective on a desk), synthetic site photos (.jpg and image-only PDF)',
         '- .docx left editable, qpdf AES-256 encrypted PDF, truncated (corrupt) PDF',
         '- zips: GBK entry names without the UTF-8 flag (Chinese Windows style) or UTF-8 with the flag; flat, numbered folders, a top folder, a nested zip', '',
         '## Packages', '', '| file | verdict | causes | defects | KB |', '|---|---|---|---|---|'] + rows + [
         '', 'Total size: %d KB; %d packages exceed the 500 KB aim (largest %d KB: many separate font-embedding PDFs, or several scans).' % (
             total // 1024, sum(1 for p in P if os.path.getsize(os.path.join(OUT, p.zipname)) > 500 * 1024),
             max(os.path.getsize(os.path.join(OUT, p.zipname)) for p in P) // 1024), '',
         'Verdict policy notes: a required material met only by an image-only scan/photo, or only by an editable .docx where a seal is needed, is `review`;',
         'a readable disqualifier stays `fail` even next to unreadable files; the two 社会团体 applicants that pass state 业务主管单位：无 / 已脱钩 in their documents.', '',
         '## Counts', '', 'Verdicts: ' + ', '.join('%s %d' % (k, vc[k]) for k in ('pass', 'fail', 'review')), '',
         '| cause | packages |', '|---|---|'] + ['| %d | %d |' % (c, cc[c]) for c in range(1, 9)] + [
         '', '| defect | packages |', '|---|---|'] + ['| %s | %d |' % (d, n) for d, n in sorted(dc.items())] + [
         '', 'Documents per base producer:', ''] + ['- %s: %d' % (k, v) for k, v in sorted(prod.items(), key=lambda x: -x[1])] + ['']
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(s))
    return vc, cc, dc, total


def main():
    P = build()
    # sanity on codes
    for p in P:
        ok = C.code_valid(p.org['code'])
        assert ok or 'credit_code_checksum_invalid' in p.defects, p.zipname
    render_all(P)
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for p in P:
        write_zip(p)
    key = make_key(P)
    with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    problems = self_check(P, key)
    vc, cc, dc, total = write_readme(P, key)
    print('verdicts', dict(vc), 'causes', dict(sorted(cc.items())), 'defects', len(dc), 'total KB', total // 1024)
    for pr in problems:
        print('PROBLEM', pr)
    print('%d problems' % len(problems))


if __name__ == '__main__':
    main()
