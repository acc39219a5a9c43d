#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final18 blind corpus: packages/Z01..Z36 *.zip and key.json.
Usage: python3 generate.py        (needs soffice, chromium, gs, qpdf, pdftoppm, ocrmypdf, img2pdf)"""
import json, os, random, shutil, subprocess, sys, zipfile, io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_core import *  # noqa
import gen_core as G

SEED = 18018
PKG = ROOT / 'packages'

# ----------------------------------------------------------------- notice scope
OCC = {}
for line in """3-01-01-02|政务服务办事员|543
4-03-02-10|调饮师|54321
4-03-02-11|食品安全管理师|54321
4-04-04-02|网络与信息安全管理师（数据安全管理员）|4321
4-04-04-05|数字化解决方案设计师|4321
4-04-05-10|数字孪生应用技术员|54321
4-06-02-02|房地产策划师|4321
4-07-02-02|科技咨询师|321
4-07-02-04|信用管理师|4321
4-08-05-06|计量员（热工计量员）|43
4-08-08-04|色彩搭配师|4321
4-09-07-04|碳排放管理员（碳排放监测员）|4321
4-09-07-04|碳排放管理员（碳排放核算员）|4321
4-09-07-04|碳排放管理员（民航碳排放管理员）|4321
4-09-07-06|建筑节能减排咨询师|54321
4-09-08-01|保洁员|543
4-09-08-02|生活垃圾清运工（生活垃圾收集工）|543
4-09-10-03|盆景师|54321
4-10-04-01|保健调理师（保健艾灸师）|543
4-14-01-02|医疗护理员|54321
4-14-02-01|营养师（公共营养师）|4321
4-14-03-01|助听器验配师|4321
4-14-04-04|社群健康助理员|432
6-11-01-03|化工总控工|54321
6-12-03-00|药物制剂工（片剂制备）|54321
6-12-03-00|药物制剂工（颗粒剂制备）|54321
6-18-01-13|增材制造设备操作员|54321
6-29-03-04|管工|54321
6-29-03-10|轨道交通信号工（城市轨道交通信号工）|54321
4-10-01-05|养老护理员|54321""".split('\n'):
    c, n, l = line.split('|')
    OCC[n] = (c, n, [int(x) for x in l])
NOT_IN_NOTICE = {'养老护理员'}

DIST = {'310101': '黄浦区', '310104': '徐汇区', '310105': '长宁区', '310106': '静安区', '310107': '普陀区',
        '310109': '虹口区', '310110': '杨浦区', '310112': '闵行区', '310113': '宝山区', '310114': '嘉定区',
        '310115': '浦东新区', '310116': '金山区', '310117': '松江区', '310118': '青浦区', '310120': '奉贤区',
        '310151': '崇明区'}
DSHORT = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨',
          '闵行区': '闵', '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松',
          '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}
ROADS = ['漕溪北路', '共和新路', '延安西路', '曹杨路', '四平路', '沪闵路', '牡丹江路', '城北路', '张江路', '卫零路',
         '人民北路', '华新镇华腾路', '南桥镇江海路', '陈家镇揽海路', '淮海中路', '中山北路', '天山路', '武宁路']

# ----------------------------------------------------------------- industry authorities
AUTH = {  # occupation keyword -> (issuer, docno prefix)
    '医疗护理员': ('上海市卫生健康委员会', '沪卫职函'), '营养师': ('上海市卫生健康委员会', '沪卫职函'),
    '社群健康': ('上海市卫生健康委员会', '沪卫基层函'), '保健调理师': ('上海市中医药管理局', '沪中医药函'),
    '助听器': ('上海市民政局', '沪民福函'), '调饮师': ('上海市商务委员会', '沪商服函'),
    '食品安全': ('上海市市场监督管理局', '沪市监食函'), '碳排放': ('上海市生态环境局', '沪环气函'),
    '药物制剂': ('上海市药品监督管理局', '沪药监函'), '轨道交通': ('上海市交通委员会', '沪交人函'),
    '保洁员': ('上海市绿化和市容管理局', '沪绿容函'), '生活垃圾': ('上海市绿化和市容管理局', '沪绿容函'),
    '盆景师': ('上海市绿化和市容管理局', '沪绿容函'), '数字': ('上海市经济和信息化委员会', '沪经信人函'),
    '增材制造': ('上海市经济和信息化委员会', '沪经信人函'), '网络与信息安全': ('上海市经济和信息化委员会', '沪经信人函'),
    '管工': ('上海市住房和城乡建设管理委员会', '沪建人函'), '建筑节能': ('上海市住房和城乡建设管理委员会', '沪建人函'),
    '信用管理': ('上海市发展和改革委员会', '沪发改信用函'), '房地产': ('上海市房屋管理局', '沪房人函'),
    '化工': ('上海市经济和信息化委员会', '沪经信人函'), '科技咨询': ('上海市科学技术委员会', '沪科函'),
    '计量员': ('上海市市场监督管理局', '沪市监计函'), '色彩': ('上海市商务委员会', '沪商服函'),
    '政务服务': ('上海市人民政府办公厅', '沪府办函'), '养老': ('上海市民政局', '沪民养函'),
}


def authority(occ):
    for k, v in AUTH.items():
        if k in occ:
            return v
    return ('上海市经济和信息化委员会', '沪经信人函')


# ----------------------------------------------------------------- packages
def P(n, name, cat, region, site, occs, verdict, causes=(), **kw):
    d = dict(n=n, name=name, cat=cat, region=region, site=site, occs=occs, verdict=verdict, causes=list(causes))
    d.update(kw)
    return d


PKGS = [
    P(1, '上海锦程职业技能培训学校', '52', '310104', '徐汇区', [('医疗护理员', [5, 4, 3])], 'pass',
      house='docx', reg='mnfe', legal='周慧敏', form_docx=True, layout='folders'),
    P(2, '上海臻味餐饮管理有限公司', '91', '310106', '静安区', [('调饮师', [5, 4, 3]), ('食品安全管理师', [4, 3])], 'pass',
      house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='沈嘉怡', gbk=True),
    P(3, '上海碳衡环境科技有限公司', '91', '310115', '浦东新区', [('碳排放管理员（碳排放核算员）', [4, 3, 2])], 'pass',
      house='rl', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='陆志远', all_scans=True),
    P(4, '上海轨捷信号技术有限公司', '91', '310112', '闵行区', [('轨道交通信号工（城市轨道交通信号工）', [5, 4, 3])], 'pass',
      house='rl', reg='biz', typ='有限责任公司（非自然人投资或控股的法人独资）', legal='顾成林',
      parent='上海轨交科技集团有限公司', nested=True),
    P(5, '上海浦江家政服务职业培训中心', '52', '310115', '浦东新区',
      [('保洁员', [5, 4, 3]), ('生活垃圾清运工（生活垃圾收集工）', [5, 4])], 'pass',
      house='odt', reg='mnfe', legal='王秀英', macosx=True, layout='folders'),
    P(6, '上海维康药业有限公司', '91', '310120', '奉贤区', [('药物制剂工（片剂制备）', [5, 4, 3]), ('药物制剂工（颗粒剂制备）', [4, 3])],
      'pass', house='docx', reg='biz', typ='有限责任公司（外商投资、非独资）', legal='David Chen（陈大卫）', bigpdf=True),
    P(7, '上海数智孪生科技有限公司', '91', '310110', '杨浦区', [('数字孪生应用技术员', [4, 3, 2, 1])], 'pass',
      house='odt', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='韩逸飞'),
    P(8, '上海闵信信用管理咨询有限公司', '91', '310112', '闵行区', [('信用管理师', [4, 3, 2])], 'pass',
      house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='邵敏', ocr_letters=True),
    P(9, '上海绿苑盆景艺术发展有限公司', '91', '310117', '松江区', [('盆景师', [5, 4, 3])], 'pass',
      house='html', reg='biz', typ='有限责任公司（自然人独资）', legal='钱松年', licence_photo='good', site_photo='poor'),
    P(10, '上海营卫健康管理有限公司', '91', '310105', '长宁区', [('营养师（公共营养师）', [4, 3])], 'pass',
      house='rlcid', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='叶佳琪', audit_cn=True, licence_twice=True),
    P(11, '上海增维智造科技有限公司', '91', '310114', '嘉定区', [('增材制造设备操作员', [5, 4, 3, 2])], 'pass',
      house='docx', reg='biz', typ='其他有限责任公司', legal='严俊', gs_all=True, naming='scanner'),
    P(12, '上海安泰管道工程有限公司', '91', '310108', '静安区', [('管工', [5, 4, 3])], 'pass',
      house='rlcid', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='潘国强', gbk=True),
    # ---------------- fail
    P(13, '昆山澜海企业管理咨询有限公司', '91', '320583', '嘉定区', [('色彩搭配师', [4, 3, 2])], 'fail', ['credit_code_not_shanghai'],
      house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='徐澜', authority_reg='昆山市市场监督管理局'),
    P(14, '上海市城建职业技能培训中心', '12', '310000', '徐汇区', [('化工总控工', [5, 4, 3])], 'fail', ['public_institution'],
      house='docx', reg='shiye', legal='陈建华'),
    P(15, '上海康泰护理服务有限公司', '91', '310107', '普陀区', [('医疗护理员', [5, 4]), ('养老护理员', [5, 4])], 'fail',
      ['occupation_not_in_notice'], house='odt', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='吴丽华'),
    P(16, '上海政通企业服务有限公司', '91', '310101', '黄浦区', [('政务服务办事员', [5, 4, 3, 2])], 'fail',
      ['level_not_allowed'], house='rl', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='杨帆'),
    P(17, '上海华膳餐饮管理有限公司', '91', '310113', '宝山区', [('食品安全管理师', [4, 3, 2])], 'fail',
      ['duplicate_application'], house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='朱华', dup=18),
    P(18, '上海华膳餐饮管理有限公司', '91', '310113', '宝山区', [('食品安全管理师', [3, 2]), ('调饮师', [5, 4])], 'fail',
      ['duplicate_application'], house='docx', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='朱华', dup=17),
    P(19, '上海洁城环境服务有限公司', '91', '310118', '青浦区', [('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], 'fail',
      ['credit_record_penalty'], house='rl', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='金伟', macosx=True),
    P(20, '上海智链数字科技有限公司', '91', '310109', '虹口区', [('数字化解决方案设计师', [4, 3])], 'fail',
      ['industry_letter_other_organisation'], house='docx', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='林晓',
      other_org='上海智联数字科技有限公司'),
    P(21, '上海澄明助听器验配有限公司', '91', '310114', '嘉定区', [('助听器验配师', [4, 3])], 'fail',
      ['district_letter_not_shanghai'], house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='蒋澄',
      gbk=True, bad_district=('太仓市人力资源和社会保障局', '太人社函', '太仓市城厢镇上海东路88号')),
    P(22, '上海城韵房地产营销策划有限公司', '91', '310110', '杨浦区', [('房地产策划师', [4, 3, 2])], 'fail',
      ['district_letter_not_hr_bureau'], house='odt', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='许韵',
      bad_district=('上海市杨浦区商务委员会', '杨商务函', None)),
    P(23, '上海恒信信息科技咨询有限公司', '91', '310105', '长宁区', [('科技咨询师', [3, 2])], 'fail',
      ['name_mismatch'], house='rlcid', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='高恒',
      form_name='上海恒信科技咨询有限公司'),
    P(24, '上海蓝碳监测技术有限公司', '91', '310116', '金山区', [('碳排放管理员（碳排放监测员）', [4, 3])], 'fail',
      ['single_sample_set'], house='docx', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='蓝天', one_set=3),
    P(25, '上海申华物业管理有限公司浦东分公司', '91', '310115', '浦东新区', [('保洁员', [5, 4, 3])], 'fail', ['branch_office'],
      house='html', reg='biz', typ='有限责任公司分公司（自然人投资或控股）', legal='赵申', branch=True),
    P(26, '上海艾灸堂健康科技有限公司', '91', '310117', '松江区', [('保健调理师（保健艾灸师）', [5, 4])], 'fail',
      ['missing_material', 'audit_year_missing', 'signed_material_docx_only'], house='odt', reg='biz',
      typ='有限责任公司（自然人投资或控股）', legal='艾青', audit_years=(2023, 2021), no_integrity=True, pledge_docx=True),
    # ---------------- review
    P(27, '上海瑞丰化工技术培训有限公司', '91', '310116', '金山区', [('化工总控工', [4, 3, 2])], 'review',
      ['encrypted_pdf'], house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='方瑞', encrypt='credit'),
    P(28, '上海健群社区健康服务中心', '52', '310107', '普陀区', [('社群健康助理员', [4, 3])], 'review', ['corrupt_pdf'],
      house='docx', reg='mnfe', legal='何群', corrupt='audit2022'),
    P(29, '上海鉴衡计量检测技术有限公司', '91', '310120', '奉贤区', [('计量员（热工计量员）', [4, 3])], 'review',
      ['unreadable_scan'], house='rl', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='鲍衡', faint='district'),
    P(30, '上海慧安网络安全技术有限公司', '91', '310104', '徐汇区', [('网络与信息安全管理师（数据安全管理员）', [4, 3, 2])], 'review',
      ['signed_material_docx_only'], house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='慧安',
      pledge_docx=True, integrity_docx=True),
    P(31, '上海彩悦形象设计有限公司', '91', '310106', '静安区', [('色彩搭配师', [4, 3])], 'review',
      ['seal_missing', 'credit_code_checksum'], house='odt', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='彭悦',
      code_bad='pos18', unsealed='industry'),
    P(32, '上海翔宇航空碳管理咨询有限公司', '91', '310115', '浦东新区', [('碳排放管理员（民航碳排放管理员）', [4, 3])], 'review',
      ['credit_code_checksum'], house='rl', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='翔宇', code_bad='embedded'),
    P(33, '上海市建筑节能与绿色建材行业协会', '51', '310000', '长宁区', [('建筑节能减排咨询师', [5, 4, 3])], 'review',
      ['social_organisation'], house='docx', reg='st', legal='孟建', supervisor='上海市住房和城乡建设管理委员会'),
    P(34, '上海贝思调饮技能培训有限公司', '91', '310101', '黄浦区', [('调饮师', [5, 4, 3])], 'review', ['unreadable_photo'],
      house='html', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='贝思', licence_photo='poor'),
    P(35, '上海市医疗护理服务行业协会', '51', '310000', '普陀区', [('医疗护理员', [5, 4, 3])], 'review', ['social_organisation'],
      house='odt', reg='st', legal='姚芳', supervisor='上海市卫生健康委员会', site_photo='poor'),
    P(36, '上海易净保洁服务有限公司', '91', '310109', '虹口区', [('保洁员', [5, 4])], 'review', ['seal_missing'],
      house='rl', reg='biz', typ='有限责任公司（自然人投资或控股）', legal='易净', unsealed='pledge'),
]


def setup_codes(rng):
    codes = {}
    for p in PKGS:
        if p['name'] in codes:
            p['code'] = codes[p['name']]
            continue
        cat = p['cat'] if p['cat'] != '12' else '12'
        regcat = {'91': '91', '52': '52', '51': '51', '12': '12'}[p['cat']]
        p['code'] = make_code(regcat, p['region'], rng, bad=p.get('code_bad'))
        codes[p['name']] = p['code']
    for p in PKGS:
        ok = valid_code(p['code'])
        assert ok == (p.get('code_bad') is None), p['name']


# ----------------------------------------------------------------- text helpers
def occ_label(o, style=0):
    code, name, _ = OCC[o]
    if style == 1 and '（' in name:
        a, b = name.split('（', 1)
        return f'{code} {a}（工种：{b}'
    return f'{code} {name}'


def split_occ(o):
    name = OCC[o][1]
    if '（' in name:
        a, b = name.split('（', 1)
        return a, b.rstrip('）')
    return name, '—'


def addr(p, rng):
    if p['region'].startswith('32'):
        return f'江苏省昆山市花桥经济开发区{rng.choice(["绿地大道", "光明路", "亚太广场"])}{rng.randint(8, 888)}号'
    return f'上海市{DIST.get(p["region"], p["site"]) if p["region"] in DIST else p["site"]}{rng.choice(ROADS)}{rng.randint(8, 1288)}号'


def sub_date(p):
    return (2025, 1, 20 + p['n'] % 6)


def levels_tick(o, lv, mark='☑', empty='□', trad=False):
    allowed = [5, 4, 3, 2, 1]
    names = TRAD if trad else CN
    return '  '.join(f'{mark if l in lv else empty}{names[l]}' for l in allowed)


# ----------------------------------------------------------------- materials
def application_form(p, rng, v):
    name = p.get('form_name', p['name'])
    y, m, d = sub_date(p)
    typ = {'biz': '企业', 'mnfe': '民办非企业单位', 'st': '社会团体', 'shiye': '事业单位'}[p['reg']]
    doc = Doc('社会培训评价组织征集遴选申请表')
    occs = p['occs']
    intro = (f'{name}成立于{rng.randint(2005, 2019)}年，现有专兼职工作人员{rng.randint(18, 120)}人，'
             f'近三年累计开展相关职业培训{rng.randint(1200, 9000)}人次，具有稳定的场地、设施设备和专家团队。')
    if v == 0:  # ticked boxes table
        doc.t('社会培训评价组织征集遴选申请表')
        doc.p(f'申报单位（盖章）：{name}').pr(f'填表日期：{y}年{m}月{d}日')
        doc.table([['单位名称', {'t': name, 'cs': 3}, None, None],
                   ['统一社会信用代码', p['code'], '单位性质', typ],
                   ['法定代表人', p['legal'], '联系电话', f'021-{rng.randint(50000000, 69999999)}'],
                   ['注册地址', {'t': p['addr'], 'cs': 3}, None, None],
                   ['考核点地址', {'t': p['site_addr'], 'cs': 3}, None, None]], widths=[20, 35, 15, 30], header=False)
        rows = [['序号', '职业编码', '职业（工种）', '申报等级（请在对应等级前打√）']]
        for i, (o, lv) in enumerate(occs, 1):
            rows.append([str(i), OCC[o][0], OCC[o][1], levels_tick(o, lv, rng.choice(['☑', '■']))])
        doc.h('申报职业（工种）及等级').table(rows, widths=[8, 16, 36, 40])
        doc.table([['单位意见', '本单位承诺所填报信息及提交材料真实、有效。\n\n法定代表人（签字）：' + p['legal'] +
                    f'\n单位（盖章）\n{y}年{m}月{d}日']], widths=[18, 82], header=False)
    elif v == 1:  # field: value + ranges + remarks column
        doc.t('上海市社会培训评价组织\n申请表')
        for k, val in [('机构名称', name), ('统一社会信用代码', p['code']), ('机构类型', typ),
                       ('法定代表人', p['legal']), ('住所', p['addr']), ('申报联系人', rng.choice(['李晨', '张敏', '陈洁', '王磊'])),
                       ('机构简介', intro)]:
            doc.p(f'{k}：{val}')
        rows = [['职业编码', '职业名称', '工种', '申报等级', '备注']]
        for o, lv in occs:
            a, b = split_occ(o)
            rows.append([OCC[o][0], a, b, lv_range(lv, rng.randint(0, 2)), f'考核点设在{p["site"]}'])
        doc.h('申报职业（工种）').table(rows, widths=[15, 25, 25, 17, 18])
        doc.p('以上情况属实，请予审核。').sig([f'{name}', f'{y}年{m}月{d}日'])
    elif v == 2:  # printed from the web system
        doc.hdr(f'上海市人力资源和社会保障自助经办系统　　打印时间：{y}-{m:02d}-{d:02d} {rng.randint(9, 17)}:{rng.randint(10, 59)}')
        doc.t('新增备案机构申报 — 申请信息确认单')
        doc.table([['业务流水号', f'ZJ{y}{m:02d}{d:02d}{rng.randint(100000, 999999)}'], ['申报单位名称', name],
                   ['统一社会信用代码', p['code']], ['单位类型', typ], ['法定代表人/负责人', p['legal']],
                   ['通讯地址', p['addr']], ['申报状态', '待提交']], widths=[30, 70], header=False)
        rows = [['#', '职业（工种）', '编码', '等级']]
        for i, (o, lv) in enumerate(occs, 1):
            rows.append([str(i), OCC[o][1], OCC[o][0], '、'.join(f'{CN[l]}/{TRAD[l]}' for l in sorted(lv, reverse=True))])
        doc.h('申报职业（工种）明细').table(rows, widths=[6, 40, 18, 36])
        doc.small('https://zzjb.rsj.sh.gov.cn/zzjbdl/　第1页/共1页')
        doc.p(f'申报单位：{name}（盖章）')
    else:  # traditional level names, occupation table on page 2
        doc.t('社会培训评价组织征集遴选申请表')
        doc.pc(f'（{y}年度）')
        doc.h('一、申报单位基本情况')
        doc.table([['单位名称', name], ['统一社会信用代码', p['code']], ['单位类别', typ],
                   ['法定代表人', p['legal']], ['单位地址', p['addr']],
                   ['单位简介', intro + '单位设有职业技能等级认定工作办公室，配备专职质量督导员，'
                    '考核场地均安装视频监控设备，能够满足理论知识考试和操作技能考核的需要。'],
                   ['评价工作基础', '近年来承担企业技能人才自主评价、专项职业能力考核等工作，熟悉职业技能等级认定工作流程和质量管理要求。']],
                  widths=[24, 76], header=False)
        doc.br()
        doc.h('二、申报评价职业（工种）及等级')
        rows = [['职业编码', '职业（工种）名称', '初级工', '中级工', '高级工', '技师', '高级技师']]
        for o, lv in occs:
            rows.append([OCC[o][0], OCC[o][1]] + [('√' if l in lv else '') for l in [5, 4, 3, 2, 1]])
        doc.table(rows, widths=[14, 36, 10, 10, 10, 10, 10])
        doc.p('注：在申报等级对应栏内打“√”。')
        doc.sig([f'申报单位：{name}', f'{y}年{m}月{d}日'])
    return doc


def industry_letter(p, rng, v):
    y, m, d = 2025, 1, 6 + p['n'] % 12
    occ0 = p['occs'][0][0]
    who = p.get('other_org', p['name'])
    occtxt = '、'.join(f'{OCC[o][1]}（{lv_range(lv)}）' for o, lv in p['occs'])
    if p['reg'] == 'st':
        issuer, pre = p['supervisor'], authority(occ0)[1]
    else:
        issuer, pre = authority(occ0)
    seal = None if p.get('unsealed') == 'industry' else issuer
    doc = Doc('推荐函')
    if v == 2 and p.get('parent'):
        par = p['parent']
        doc.lh(f'{par}文件', f'轨交科技〔2025〕{rng.randint(3, 30)}号')
        doc.t(f'关于同意{who}申报\n社会培训评价组织的批复')
        doc.p(f'{who}：').p(f'你公司《关于申报社会培训评价组织的请示》收悉。经研究，集团同意你公司作为上级主管单位推荐对象，'
                             f'申报{occtxt}社会培训评价组织。')
        doc.p('请你公司严格按照《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》'
              '（沪人社职〔2024〕447号）要求，健全评价管理制度，落实质量督导责任，确保评价工作规范有序。')
        doc.p('特此批复。').sig([par, cn_date(y, m, d)], par if seal else None)
        return doc, par
    if v == 1:  # association / short 推荐意见
        doc.lh(issuer)
        doc.t('推荐意见')
        doc.table([['被推荐单位', who], ['统一社会信用代码', p['code'] if not p.get('other_org') else '—'],
                   ['推荐职业（工种）及等级', occtxt],
                   ['推荐意见', f'经审核，{who}在本行业具有较强影响力，具备开展相关职业技能等级认定的场地、设备和师资条件，'
                           '社会信用良好。同意推荐其申报社会培训评价组织。']], widths=[26, 74], header=False)
        doc.sig([f'{issuer}（盖章）', f'{y}年{m}月{d}日'], seal)
        return doc, issuer
    if v == 3:
        doc.lh(issuer, f'{pre}〔{y}〕{rng.randint(5, 60)}号')
        doc.t(f'关于推荐{who}\n申报社会培训评价组织的推荐书')
    else:
        doc.lh(issuer, f'{pre}〔{y}〕{rng.randint(5, 60)}号')
        doc.t(f'关于推荐{who}申报社会培训评价组织的函')
    doc.p('上海市人力资源和社会保障局：')
    doc.p(f'根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》'
          f'（沪人社职〔2024〕447号）要求，经研究，现推荐{who}申报{occtxt}社会培训评价组织。')
    doc.p(f'该单位长期从事相关领域培训与服务工作，行业认可度较高，具备相应的考核场地、设施设备和专家资源，'
          f'近年来无违法违规记录。我{"委" if "委员会" in issuer else "局"}将指导其规范开展职业技能等级认定工作。')
    doc.p('特此函告。' if v == 0 else '特此推荐。')
    if v == 0:
        doc.sig([issuer, cn_date(y, m, d)], seal)
    else:
        doc.sig([cn_date(y, m, d)], seal)  # issuer only in letterhead and seal
    doc.small(f'（联系人：{rng.choice(["刘", "孙", "黄", "唐"])}老师，电话：{rng.randint(23110000, 23119999)}）')
    return doc, issuer


def district_letter(p, rng, v):
    y, m, d = 2025, 1, 8 + p['n'] % 10
    site = p['site']
    if p.get('bad_district'):
        issuer, pre, saddr = p['bad_district']
        if saddr: p['site_addr'] = saddr
    else:
        issuer, pre = f'上海市{site}人力资源和社会保障局', f'{DSHORT[site]}人社函'
    who = p['name']
    seal = issuer
    doc = Doc('考核点推荐函')
    if v == 1:  # opinion table
        doc.t('社会培训评价组织考核点推荐意见表')
        doc.table([['申报单位', who], ['考核点名称', f'{who}职业技能等级认定考核点'], ['考核点地址', p['site_addr']],
                   ['场地面积', f'{rng.randint(260, 1800)}平方米（理论考场{rng.randint(1, 3)}间、实操考场{rng.randint(1, 4)}间）'],
                   ['视频监控', '已安装，覆盖全部考场，录像保存期不少于3个月'],
                   [f'{issuer}\n推荐意见', f'经实地查看，该考核点符合职业技能等级认定考核场地要求，同意推荐。\n\n'
                                       f'（盖章）\n{y}年{m}月{d}日']], widths=[26, 74], header=False)
        doc.sig([issuer], seal)
        return doc, issuer
    doc.lh(issuer, f'{pre}〔{y}〕{rng.randint(2, 40)}号')
    if v == 0:
        doc.t(f'关于推荐{who}\n考核点的函')
        doc.p('上海市职业技能鉴定中心：')
    else:
        doc.t('推荐函')
        doc.p('市职业技能鉴定中心：')
    doc.p(f'{who}拟申报社会培训评价组织，其考核点位于{p["site_addr"]}。经我局实地核查，'
          f'该考核点场地面积、设施设备、视频监控及安全管理符合开展职业技能等级认定工作的要求。')
    doc.p('经研究，同意推荐该单位考核点。我局将按照属地管理原则，加强对该考核点的日常监督检查。')
    doc.p('特此推荐。')
    doc.sig([issuer if v == 0 else '', f'{y}年{m}月{d}日'], seal)
    return doc, issuer


def credit_report(p, rng, v):
    name, code = p['name'], p['code']
    qd = (2025, 1, 10 + p['n'] % 9)
    pen = p['causes'] and 'credit_record_penalty' in p['causes']
    jiangsu = p['region'].startswith('32')
    rows = [['信息类别', '查询结果', '说明']]
    recs = [('行政处罚信息', '查见2条' if pen else '未查见'), ('失信被执行人', '未查见'), ('严重失信主体名单', '未查见'),
            ('重大税收违法失信主体', '未查见'), ('拖欠农民工工资失信联合惩戒对象', '未查见')]
    for a, b in recs:
        rows.append([a, b, '详见下表' if '查见2' in b else '—'])
    doc = Doc('公共信用信息报告')
    no = f'{"XYZG" if jiangsu else "SHXY"}{qd[0]}{qd[1]:02d}{qd[2]:02d}{rng.randint(10000000, 99999999)}'
    if v == 0 or jiangsu:
        iss = '信用中国' if jiangsu else '上海市公共信用信息服务中心'
        doc.t('公共信用信息报告\n（法人和非法人组织版）')
        doc.pc(f'报告编号：{no}')
        doc.p(f'主体名称：{name}').p(f'统一社会信用代码：{code}')
        doc.p(f'查询日期：{qd[0]}年{qd[1]}月{qd[2]}日').pr(f'出具单位：{iss}')
        doc.br()
        doc.h('报告说明')
        for s in ['1. 本报告由信用主体本人申请，信息来源于各级公共管理机构归集的公共信用信息。',
                  '2. 本报告仅反映截至查询日期已归集的信息，不代表对信用主体的综合评价。',
                  '3. 信用主体如对报告内容有异议，可通过信用平台提出异议申请。',
                  '4. 本报告有效期为自出具之日起三个月。']:
            doc.p(s)
        doc.h('一、基本信息')
        doc.table([['名称', name], ['统一社会信用代码', code], ['法定代表人', p['legal']], ['登记机关', p['reg_auth']],
                   ['住所', p['addr']]], widths=[28, 72], header=False)
        doc.br()
        doc.h('二、信用记录查询结果')
        doc.table(rows, widths=[40, 25, 35])
    elif v == 1:
        doc.hdr('信用中国（上海）www.creditchina.sh.gov.cn')
        doc.t('专用信用报告（替代有无违法记录证明版）')
        doc.table([['报告编号', no], ['信用主体', name], ['统一社会信用代码', code], ['报告日期', f'{qd[0]}-{qd[1]:02d}-{qd[2]:02d}']],
                  widths=[28, 72], header=False)
        doc.p(f'经查询上海市公共信用信息服务平台，截至{qd[0]}年{qd[1]}月{qd[2]}日，该主体在以下领域的记录情况如下：')
        doc.table(rows, widths=[40, 25, 35])
    else:
        doc.t('上海市公共信用信息服务平台\n市场主体专用信用报告')
        doc.p(f'信用主体：{name}　统一社会信用代码：{code}')
        doc.p(f'本报告依据上海市公共信用信息服务平台截至{qd[0]}年{qd[1]}月{qd[2]}日归集的信息生成。')
        for i, (a, b) in enumerate(recs, 1):
            doc.p(f'（{cn_year(i)}）{a}：{b}{"相关记录" if "未" in b else "记录，明细见附表"}。')
        doc.pr('上海市公共信用信息服务中心').pr(f'报告编号：{no}')
    if pen:
        doc.h('行政处罚信息明细（查见2条）')
        doc.table([['序号', '决定书文号', '处罚事由', '处罚内容', '决定日期', '处罚机关'],
                   ['1', f'沪{DSHORT[p["site"]]}市监处〔2023〕{rng.randint(100, 999)}号', '生活垃圾分类收运未按规定分类运输',
                    '罚款人民币20000元', '2023-08-14', f'上海市{p["site"]}城市管理行政执法局'],
                   ['2', f'沪{DSHORT[p["site"]]}城管罚〔2024〕{rng.randint(100, 999)}号', '运输过程中垃圾滴漏、撒落',
                    '警告；罚款人民币5000元', '2024-03-02', f'上海市{p["site"]}城市管理行政执法局']],
                  widths=[7, 22, 25, 16, 13, 17], fs=10)
    doc.small(f'{name}　报告编号{no}　— 报告结束 —')
    return doc


FIRMS = [('上海立衡会计师事务所（普通合伙）', '沪立会审字〔{y}〕第{n:04d}号'),
         ('上海众诚信会计师事务所有限公司', '众诚审（{y}）第{n}号'),
         ('上海申浦会计师事务所有限公司', '申浦审字[{y}]{n:04d}号'),
         ('上海明正会计师事务所（特殊普通合伙）', '明正沪审字（{y}）第{n:05d}号'),
         ('上海沪江联合会计师事务所', '沪江审〔{y}〕{n}号'),
         ('上海华瑞永信会计师事务所有限公司', '华瑞审字〔{y}〕第S{n:03d}号')]


def audit_report(p, rng, year, fv, cn=False):
    firm, nf = FIRMS[fv]
    name = p['name']
    npo = p['reg'] in ('mnfe', 'st')
    Y = cn_year(year) if cn else str(year)
    no = nf.format(y=year + 1, n=rng.randint(80, 2300))
    stmts = '资产负债表、业务活动表和现金流量表' if npo else '资产负债表、利润表、现金流量表、所有者权益变动表'
    addressee = '理事会' if npo else '全体股东'
    doc = Doc(f'{Y}年度审计报告')
    if fv == 4:
        doc.t(f'{name}\n{Y}年度财务报表审计报告')
        doc.pc(no).br()
    else:
        doc.t('审 计 报 告')
        doc.pc(no)
    doc.p(f'{name}{addressee}：')
    doc.h('一、审计意见')
    if fv == 4:  # year only in title and balance sheet
        doc.p(f'我们审计了后附的{name}（以下简称贵单位）财务报表，包括资产负债表，{"业务活动表" if npo else "利润表"}、'
              f'现金流量表以及相关财务报表附注。')
        doc.p('我们认为，后附的财务报表在所有重大方面按照' + ('《民间非营利组织会计制度》' if npo else '企业会计准则') +
              '的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。')
    else:
        doc.p(f'我们审计了{name}（以下简称贵{"单位" if npo else "公司"}）财务报表，包括{Y}年12月31日的'
              f'{stmts.split("、")[0]}，{Y}年度的{"、".join(stmts.split("、")[1:])}以及相关财务报表附注。')
        doc.p(f'我们认为，后附的财务报表在所有重大方面按照{"《民间非营利组织会计制度》" if npo else "企业会计准则"}的规定编制，'
              f'公允反映了贵{"单位" if npo else "公司"}{Y}年12月31日的财务状况以及{Y}年度的{"业务活动成果" if npo else "经营成果"}和现金流量。')
    doc.h('二、形成审计意见的基础')
    doc.p('我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了'
          '我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。'
          '我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。')
    doc.h('三、管理层和治理层对财务报表的责任')
    doc.p('管理层负责按照适用的财务报告编制基础的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。')
    sd = (year + 1, rng.randint(2, 5), rng.randint(1, 28))
    doc.sig([firm, '中国注册会计师：' + rng.choice(['王立新', '徐文静', '张海峰', '蔡敏']),
             '中国注册会计师：' + rng.choice(['李婷', '周建国', '邹颖', '贾磊']),
             f'中国·上海　{cn_date(*sd) if cn else f"{sd[0]}年{sd[1]}月{sd[2]}日"}'], firm)
    doc.br()
    doc.t('资产负债表')
    doc.pc(f'编制单位：{name}　　{Y}年12月31日　　单位：元')
    a1 = rng.randint(2_000_000, 40_000_000)
    a0 = int(a1 * rng.uniform(0.75, 1.2))
    rows = [['项目', '期末余额', '上年年末余额'],
            ['货币资金', f'{int(a1 * .42):,}', f'{int(a0 * .4):,}'], ['应收款项', f'{int(a1 * .18):,}', f'{int(a0 * .2):,}'],
            ['固定资产', f'{int(a1 * .3):,}', f'{int(a0 * .31):,}'], ['资产总计', f'{a1:,}', f'{a0:,}'],
            ['负债合计', f'{int(a1 * .37):,}', f'{int(a0 * .4):,}'],
            ['净资产合计' if npo else '所有者权益合计', f'{a1 - int(a1 * .37):,}', f'{a0 - int(a0 * .4):,}']]
    doc.table(rows, widths=[40, 30, 30])
    doc.t('业务活动表' if npo else '利润表')
    doc.pc(f'{Y}年度　　单位：元')
    rv = rng.randint(1_500_000, 30_000_000)
    doc.table([['项目', '本年金额', '上年金额'],
               ['提供服务收入' if npo else '营业收入', f'{rv:,}', f'{int(rv * .9):,}'],
               ['业务活动成本' if npo else '营业成本', f'{int(rv * .62):,}', f'{int(rv * .57):,}'],
               ['管理费用', f'{int(rv * .18):,}', f'{int(rv * .17):,}'],
               ['净资产变动额' if npo else '净利润', f'{int(rv * .11):,}', f'{int(rv * .09):,}']], widths=[40, 30, 30])
    return doc


def certificate(p):
    y0 = 2010 + p['n'] % 12
    if p['reg'] == 'biz':
        f = [('名称', p['name']), ('类型', p['typ']), ('负责人' if p.get('branch') else '法定代表人', p['legal']),
             ('经营范围', '一般项目：' + {'医': '护理服务；健康咨询服务', '碳': '碳减排、碳转化技术咨询；环境保护监测'}.get(
                 p['occs'][0][0][0], '技术服务、技术开发、技术咨询；') + '职业技能培训（不含需取得许可的培训）；会议及展览服务。'
              '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）')]
        if not p.get('branch'):
            f.append(('注册资本', f'人民币{[100, 300, 500, 1000, 2000][p["n"] % 5]}万元整'))
        f += [('成立日期', f'{y0}年{p["n"] % 12 + 1}月{p["n"] % 27 + 1}日'), ('营业期限', f'{y0}年{p["n"] % 12 + 1}月{p["n"] % 27 + 1}日至不约定期限'),
              ('营业场所' if p.get('branch') else '住所', p['addr'])]
        return dict(kind='biz', title='营 业 执 照', sub='（副　本）', code=p['code'], fields=f, authority=p['reg_auth'],
                    date=f'{2024}年{p["n"] % 9 + 1}月{p["n"] % 25 + 2}日', footer='国家企业信用信息公示系统网址：http://www.gsxt.gov.cn',
                    qr=True)
    if p['reg'] == 'mnfe':
        f = [('名称', p['name']), ('住所', p['addr']), ('法定代表人', p['legal']),
             ('业务范围', '职业技能培训；职业技能等级认定相关服务；社区服务人员培训。'), ('业务主管单位', f'上海市{p["site"]}人力资源和社会保障局'),
             ('开办资金', f'人民币{[10, 30, 50][p["n"] % 3]}万元'), ('有效期', f'{2022}年{p["n"] % 12 + 1}月至{2027}年{p["n"] % 12 + 1}月')]
        return dict(kind='mnfe', title='民办非企业单位登记证书', sub='（法人）', code=p['code'], fields=f,
                    authority=p['reg_auth'], date=f'2022年{p["n"] % 12 + 1}月{p["n"] % 20 + 3}日', qr=False)
    if p['reg'] == 'st':
        f = [('名称', p['name']), ('住所', p['addr']), ('法定代表人', p['legal']),
             ('业务范围', '行业调研、行业自律、技术交流、职业培训、咨询服务、展览展示。'), ('活动地域', '上海市'),
             ('注册资金', '人民币30万元'), ('业务主管单位', p['supervisor']), ('有效期', '2021年6月至2026年6月')]
        return dict(kind='st', title='社会团体法人登记证书', sub='', code=p['code'], fields=f, authority='上海市民政局',
                    date='2021年6月18日', qr=False)
    f = [('名称', p['name']), ('宗旨和业务范围', '为城市建设行业职工提供职业技能培训服务。职业技能培训、技能人才评价相关服务。'),
         ('住所', p['addr']), ('法定代表人', p['legal']), ('经费来源', '财政补助'), ('开办资金', '人民币385万元'),
         ('举办单位', '上海市城市建设行业管理办公室'), ('有效期', '自2023年3月8日至2028年3月31日')]
    return dict(kind='shiye', title='事业单位法人证书', sub='', code=p['code'], fields=f, authority='上海市事业单位登记管理局',
                date='2023年3月8日', qr=False)


def work_plan(p, rng, v):
    name = p['name']
    doc = Doc('职业技能等级认定工作方案')
    doc.t(f'{name}\n职业技能等级认定工作方案')
    sec = ['一、机构基本情况', '二、组织架构与职责', '三、人员配置', '四、考核场地及设施设备', '五、质量管控措施', '六、经费保障']
    doc.h(sec[0]).p(f'{name}（统一社会信用代码：{p["code"]}）位于{p["addr"]}。单位设立职业技能等级认定工作办公室，负责评价工作的组织实施。')
    doc.h(sec[1]).p('成立职业技能等级认定工作领导小组，由单位主要负责人任组长；下设考务组、命题组、督导组和档案组，分工负责。')
    doc.h(sec[2])
    rows = [['岗位', '姓名', '职称/等级', '专兼职']]
    for post in ['认定工作负责人', '考务管理员', '内部质量督导员', '信息管理员', '考评员', '考评员']:
        rows.append([post, rng.choice('王李张刘陈杨黄赵周吴') + rng.choice(['建平', '晓红', '伟', '敏', '丽萍', '俊杰', '海燕', '志强']),
                     rng.choice(['高级工程师', '一级/高级技师', '二级/技师', '经济师', '讲师']), rng.choice(['专职', '专职', '兼职'])])
    doc.table(rows, widths=[30, 20, 30, 20])
    doc.h(sec[3]).p(f'考核点位于{p["site_addr"]}，设理论考场和实操考场，均安装视频监控设备，实现考试全过程录像。')
    doc.h(sec[4])
    for i, s in enumerate(['严格执行考务管理规程，实行考评人员回避制度。', '实行内部质量督导员全程督导。',
                           '考试结束后试卷、成绩、录像等资料按规定归档保存。', '建立投诉举报受理渠道，接受社会监督。'], 1):
        doc.p(f'{i}. {s}')
    doc.h(sec[5]).p('评价工作经费纳入单位年度预算，专款专用，保障评价工作稳定开展。')
    doc.sig([name, f'2025年1月{14 + p["n"] % 6}日'])
    return doc


def pledge(p, rng, v, seal=True):
    name = p['name']
    doc = Doc('承诺书')
    doc.t('承 诺 书' if v == 0 else '社会培训评价组织申报诚信承诺书')
    doc.p('上海市人力资源和社会保障局：')
    doc.p(f'我单位{name}申报社会培训评价组织，现郑重承诺如下：')
    for i, s in enumerate(['所提交的全部申报材料真实、有效、合法，如有虚假，自愿承担相应责任；',
                           '严格遵守国家和本市职业技能等级认定有关规定，规范开展评价活动；',
                           '坚持把社会效益放在首位，不以营利为最终目的；',
                           '自觉接受各级人力资源社会保障部门和行业主管部门的监督检查；',
                           '不发生乱收费、乱发证等违法违规行为。'], 1):
        doc.p(f'{cn_year(i) if v else i}、{s}')
    doc.sig([f'承诺单位（盖章）：{name}', f'法定代表人（签字）：{p["legal"]}', f'2025年1月{15 + p["n"] % 5}日'],
            name if seal else None)
    return doc


def integrity(p, rng, v, seal=True):
    name = p['name']
    doc = Doc('廉洁责任书')
    doc.t('职业技能等级认定工作\n廉洁责任书' if v else '廉洁责任书')
    doc.p('甲方：上海市职业技能鉴定中心').p(f'乙方：{name}')
    doc.p('为加强职业技能等级认定工作党风廉政建设，防止各种违纪违规行为发生，甲乙双方签订本责任书。')
    for i, s in enumerate(['乙方不得向甲方工作人员赠送礼金、有价证券、支付凭证和贵重物品；',
                           '乙方不得以任何名义为甲方工作人员报销应由个人支付的费用；',
                           '乙方在评价工作中不得弄虚作假、降低标准、违规发证；',
                           '乙方发现违纪违规线索应及时向甲方及有关部门报告。'], 1):
        doc.p(f'第{cn_year(i)}条　{s}')
    doc.p('本责任书一式两份，甲乙双方各执一份，自签订之日起生效。')
    doc.sig([f'乙方（盖章）：{name}', f'法定代表人或授权代表：{p["legal"]}', f'2025年1月{15 + p["n"] % 5}日'],
            name if seal else None)
    return doc


EVAL = {5: ('90', '90', '1:15', '1:5'), 4: ('90', '120', '1:15', '1:5'), 3: ('90', '150', '1:15', '1:4'),
        2: ('120', '180', '1:10', '1:3'), 1: ('120', '180', '1:10', '1:3')}


def impl_plan(p, rng, v):
    name = p['name']
    doc = Doc('职业技能等级认定项目实施方案')
    doc.t(f'{name}\n职业技能等级认定项目实施方案')
    doc.h('一、项目概况').p('本方案依据国家职业技能标准编制，适用于本单位申报职业（工种）的职业技能等级认定工作。')
    doc.p('申报职业（工种）：' + '；'.join(f'{occ_label(o)}（{lv_range(lv)}）' for o, lv in p['occs']) + '。')
    doc.h('二、申报条件与报名流程').p('按照国家职业技能标准规定的申报条件执行，考生通过线上报名、资格审核后参加考核。')
    doc.h('三、各等级评价方案')
    if v == 0:  # paragraphs per level
        for o, lv in p['occs']:
            doc.h(f'（{OCC[o][1]}）')
            for l in sorted(lv, reverse=True):
                t, s, r1, r2 = EVAL[l]
                extra = '；另进行综合评审（技术总结/论文答辩），满分100分，60分及以上为合格' if l <= 2 else ''
                doc.p(f'{CN[l]}/{TRAD[l]}评价方案：采用理论知识考试和操作技能考核方式。理论知识考试采用闭卷机考，'
                      f'时长{t}分钟；操作技能考核采用现场实际操作，时长不少于{s}分钟{extra}。各项均实行百分制，成绩皆达60分（含）以上者为合格。'
                      f'考评人员与考生配比：理论{r1}，技能{r2}。')
    elif v == 1:  # table one row per level
        for o, lv in p['occs']:
            rows = [['等级', '考核方式', '理论考试时长', '技能考核时长', '考评人员配比', '合格标准']]
            for l in sorted(lv, reverse=True):
                t, s, r1, r2 = EVAL[l]
                rows.append([CN[l], '理论+技能' + ('+综合评审' if l <= 2 else ''), f'{t}分钟', f'{s}分钟', f'{r1}／{r2}', '各科≥60分'])
            doc.p(f'{OCC[o][1]}评价方案如下表：').table(rows, widths=[12, 24, 16, 16, 16, 16])
    elif v == 2:  # merged cells
        rows = [['职业（工种）', '等级', '评价方式', '时长（分钟）', '合格标准']]
        for o, lv in p['occs']:
            ls = sorted(lv, reverse=True)
            for i, l in enumerate(ls):
                t, s, _, _ = EVAL[l]
                r = [{'t': OCC[o][1], 'rs': len(ls)} if i == 0 else None, f'{CN[l]}（{TRAD[l]}）',
                     '理论知识考试、操作技能考核' + ('、综合评审' if l <= 2 else ''), f'{t}/{s}',
                     {'t': '理论、技能成绩均达60分及以上', 'rs': len(ls)} if i == 0 else None]
                rows.append(r)
        doc.table(rows, widths=[28, 16, 30, 12, 14])
    else:  # chapters per occupation
        for k, (o, lv) in enumerate(p['occs'], 1):
            doc.h(f'第{cn_year(k)}章　{OCC[o][1]}（{OCC[o][0]}）')
            for l in sorted(lv, reverse=True):
                t, s, r1, r2 = EVAL[l]
                doc.p(f'（{cn_year(6 - l)}）{TRAD[l]}（{CN[l]}）评价方案')
                doc.p(f'1. 考核内容：依据国家职业技能标准{CN[l]}要求的理论知识和操作技能。2. 考核方式：理论知识考试{t}分钟，'
                      f'操作技能考核{s}分钟。3. 组织实施：考评人员配比{r1}、{r2}，全程视频监控。4. 合格标准：各项成绩均达60分及以上。')
    doc.h('四、考务管理与质量督导').p('严格执行考务规程，落实试卷保密、考评人员回避和内部质量督导制度，考试资料按规定归档。')
    doc.h('五、证书发放').p('认定合格人员，按规定核发职业技能等级证书，并将相关信息上传至技能人才评价工作网。')
    doc.sig([name, f'2025年1月{13 + p["n"] % 6}日'])
    return doc


KW = {'医疗': ['为卧床患者翻身', '测量生命体征', '预防压疮', '协助进食', '防跌倒护理'],
      '碳': ['温室气体排放核算边界', '活动水平数据', '排放因子', '监测计划', '核查报告'],
      '保洁': ['地面清洁剂选用', '玻璃刮洗', '石材养护', '卫生间消毒', '清洁工具管理'],
      '垃圾': ['垃圾分类收集', '湿垃圾收运', '收集容器清洗', '车辆装卸作业', '作业安全防护'],
      '调饮': ['茶饮配方设计', '奶盖调制', '原料储存', '出品标准', '操作台卫生'],
      '食品': ['食品安全风险', '进货查验', '餐具消毒', '食品留样', '从业人员健康管理'],
      '药物': ['压片机操作', '颗粒干燥', '物料平衡', '洁净区更衣', '批生产记录'],
      '轨道': ['信号机维护', '道岔转辙机', '联锁试验', '计轴设备', '作业安全防护'],
      '数字': ['三维建模', '数据采集', '物联网平台', '仿真分析', '可视化展示'],
      '管工': ['管道切割', '螺纹连接', '管道试压', '支吊架安装', '焊接检验']}


def sample_paper(p, o, l, setno, style, answers=False):
    name = p['name']
    rng = random.Random(f'{p["n"]}{o}{l}{setno}')
    kws = next((v for k, v in KW.items() if k in o), ['职业道德', '安全生产', '操作规范', '质量控制', '法律法规'])
    sn = setno
    titles = [f'{OCC[o][1]}（{CN[l]}）理论知识样题（{"一二"[sn]}）',
              f'{OCC[o][1]}{CN[l]}样卷（{"AB"[sn]}卷）',
              f'{OCC[o][1]}{TRAD[l]}模拟试卷{sn + 1}',
              f'{OCC[o][1]}{CN[l]}理论知识试卷（第{"一二"[sn]}套）',
              f'{OCC[o][1]}（{CN[l]}）技能操作考核试题 {"AB"[sn]} 卷',
              f'{OCC[o][1]}{CN[l]}/{TRAD[l]} 样题{"一二"[sn]}']
    doc = Doc(titles[style % 6])
    doc.hdr(f'{name}　职业技能等级认定')
    doc.t(titles[style % 6])
    doc.small('注意事项：1. 考试时间：90分钟。2. 请在试卷标封处填写姓名、准考证号。3. 请用黑色签字笔作答。')
    doc.h('一、单项选择题（每题2分，共20分）')
    ans = []
    for i in range(1, 11):
        k = rng.choice(kws)
        a = rng.choice('ABCD')
        ans.append(a)
        doc.p(f'{i}. 关于{k}，下列说法{"正确" if i % 2 else "错误"}的是（　）。'
              f'A.应按规程执行　B.可凭经验省略步骤　C.无需记录　D.可由他人代签')
    doc.h('二、判断题（每题2分，共10分）')
    for i in range(11, 16):
        doc.p(f'{i}. {rng.choice(kws)}时应遵守安全操作规程并做好记录。（　）')
    doc.h('三、操作技能题')
    for i in range(2):
        k = rng.choice(kws)
        doc.p(f'试题{i + 1}：{k}（{rng.choice([20, 25, 30])}分）。考核要求：按{CN[l]}标准完成{k}操作，时间{rng.choice([20, 30, 40])}分钟。')
    if answers:
        doc.h('参考答案及评分标准')
        doc.p('一、' + ' '.join(f'{i + 1}.{a}' for i, a in enumerate(ans)))
        doc.p('二、均为√。三、按操作步骤、质量、安全文明生产分项评分。')
    return doc


def catalogue(p, items):
    doc = Doc('目录')
    doc.t(f'{p["name"]}\n社会培训评价组织申报材料目录')
    doc.table([['序号', '材料名称', '页码']] + [[str(i), t, str(3 * i - 2)] for i, t in enumerate(items, 1)], widths=[10, 70, 20])
    return doc


def teacher_list(p, rng):
    doc = Doc('师资名单')
    doc.t(f'{p["name"]}考评人员及师资名单')
    rows = [['序号', '姓名', '性别', '职业资格/技能等级', '从事本职业年限']]
    for i in range(1, 11):
        rows.append([str(i), rng.choice('王李张刘陈杨黄赵周吴徐孙') + rng.choice(['红', '刚', '华', '静', '斌', '颖', '亮', '芳']),
                     rng.choice('男女'), rng.choice(['一级/高级技师', '二级/技师', '三级/高级工']), str(rng.randint(6, 28))])
    doc.table(rows, widths=[10, 18, 10, 40, 22])
    return doc


def floor_plan_pdf(path, p):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    fn = rl_font('ttf')
    W, Hh = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, Hh))
    c.setFont(fn, 16)
    c.drawCentredString(W / 2, Hh - 50, f'{p["name"]}考核点平面布置图')
    c.setLineWidth(3)
    c.rect(80, 80, W - 160, Hh - 170)
    c.setLineWidth(1.5)
    rooms = [('理论考场', 80, 80, 260, 200), ('实操考场一', 340, 80, 260, 200), ('候考区', 600, 80, W - 680, 200),
             ('监控室', 80, 280, 160, Hh - 370), ('实操考场二', 240, 280, 360, Hh - 370), ('试卷保密室', 600, 280, W - 680, Hh - 370)]
    c.setFont(fn, 12)
    for t, x, y, w, h in rooms:
        c.rect(x, y, w, h)
        c.drawCentredString(x + w / 2, y + h / 2, t)
        c.circle(x + w - 12, y + h - 12, 5)
    c.setFont(fn, 9)
    c.drawString(90, 60, f'地址：{p["site_addr"]}　　○ 监控摄像头　比例 1:200')
    c.save()


# ----------------------------------------------------------------- package assembly
class Job:
    def __init__(self, path, kind, prod, doc=None, post=(), seal=None, label=None, **kw):
        self.path, self.kind, self.prod, self.doc, self.post = path, kind, prod, doc, list(post)
        self.seal, self.label = seal, label
        self.kw = kw
        self.final = None
        self.text = 'text'


PROD_LABEL = {'html0': 'Chromium headless --print-to-pdf (HTML/CSS, serif letter style, SVG seal)',
              'html1': 'Chromium headless --print-to-pdf (HTML/CSS, sans company style, SVG seal)',
              'html2': 'Chromium headless --print-to-pdf (HTML/CSS web-system print)',
              'docx': 'LibreOffice writer_pdf_Export from python-docx .docx (PNG seal)',
              'odt': 'LibreOffice writer_pdf_Export from odfpy .odt',
              'rl': 'reportlab platypus, embedded TTF subset (WenQuanYi Zen Hei), vector seal',
              'rlcid': 'reportlab platypus, CID font STSong-Light (not embedded), vector seal',
              'cert_rl': 'reportlab canvas certificate drawn at coordinates (embedded TTF)',
              'cert_html': 'Chromium HTML certificate with absolute positioning + SVG seals',
              'docx_raw': 'python-docx .docx (editable Word file)',
              'site': 'Pillow-drawn JPEG photo', 'floor': 'reportlab canvas drawing'}


def house_prod(h):
    return {'html': 'html1', 'docx': 'docx', 'odt': 'odt', 'rl': 'rl', 'rlcid': 'rlcid'}[h]


def build_jobs(p, rng):
    i = p['n']
    H = house_prod(p['house'])
    p['addr'] = addr(p, rng)
    p['site_addr'] = p['addr'] if p['region'] in DIST and DIST[p['region']] == p['site'] else \
        f'上海市{p["site"]}{rng.choice(ROADS)}{rng.randint(10, 999)}号{rng.randint(2, 8)}楼'
    if p['region'].startswith('32'):
        p['reg_auth'] = p['authority_reg']
    elif p['reg'] == 'biz':
        p['reg_auth'] = f'上海市{DIST.get(p["region"], "静安区")}市场监督管理局' if p['region'] != '310108' else '上海市静安区市场监督管理局'
    elif p['reg'] == 'mnfe':
        p['reg_auth'] = f'上海市{p["site"]}民政局'
    elif p['reg'] == 'st':
        p['reg_auth'] = '上海市民政局'
    else:
        p['reg_auth'] = '上海市事业单位登记管理局'
    jobs = []
    # naming
    naming = p.get('naming') or ['plain', 'attach', 'mixed', 'plain', 'attach'][i % 5]
    folders = p.get('layout') == 'folders'
    F = lambda f, n: (f + '/' + n) if folders else n
    cnt = [0]

    def nm(default, attach_title, scan_ext='pdf'):
        cnt[0] += 1
        if naming == 'scanner':
            return f'scan_{cnt[0]:03d}.{scan_ext}' if cnt[0] % 2 else f'IMG_20250116_{cnt[0]:04d}.{scan_ext}'
        if naming == 'attach':
            return f'附件{cnt[0]} {attach_title}.{scan_ext}'
        if naming == 'mixed' and cnt[0] % 3 == 0:
            return f'新建 Microsoft Word 文档 ({cnt[0]}).{scan_ext}'
        return f'{cnt[0]:02d}-{default}.{scan_ext}' if naming == 'plain' else f'{default}.{scan_ext}'
    fv = i % 4
    # 1 application form
    form = application_form(p, rng, fv)
    if p.get('form_docx'):
        jobs.append(Job(F('01申请表', f'社会培训评价组织征集遴选申请表（{p["name"]}）.docx'), 'application_form', 'docx_raw', form))
    elif not p.get('bigpdf'):
        jobs.append(Job(F('01申请表', nm('申请表', '社会培训评价组织征集遴选申请表')), 'application_form',
                        'html2' if fv == 2 else H, form))
    # 2 letters
    lv_ind = 2 if p.get('parent') else [0, 1, 3, 0, 3, 1][i % 6]
    ldoc, issuer = industry_letter(p, rng, lv_ind)
    lprod = ['html0', 'docx', 'rl', 'rlcid', 'odt', 'html0'][(i + 1) % 6] if p.get('unsealed') != 'industry' else 'odt'
    if lprod == 'odt' and ldoc is not None and p.get('unsealed') != 'industry':
        lprod = 'docx'
    post = []
    if p.get('ocr_letters'):
        post = [('scan', dict(dpi=170, gray=False)), ('ocrmypdf',)]
    elif i % 5 == 2:
        post = [('scan', dict(dpi=170, gray=i % 2 == 0))]
    jobs.append(Job(F('02推荐函', nm('行业主管部门推荐函', '行业主管部门推荐函')), 'industry_letter', lprod, ldoc, post,
                    seal=p.get('unsealed') != 'industry'))
    dv = [0, 2, 1][i % 3]
    ddoc, dissuer = district_letter(p, rng, dv)
    post = []
    if p.get('faint') == 'district':
        post = [('scan', dict(dpi=60, gray=True, faint=True, blur=1.6, quality=25))]
    elif p.get('ocr_letters'):
        post = [('scan', dict(dpi=200, gray=True)), ('ocrmypdf',)]
    elif i % 4 == 1:
        post = [('textlayer', dict(dpi=150, gray=i % 3 == 0))]
    elif i % 7 == 3:
        post = [('scan', dict(dpi=180, gray=False))]
    jobs.append(Job(F('02推荐函', nm('区人社局推荐函', f'{p["site"]}人社局考核点推荐函')), 'district_letter',
                    ['rl', 'html0', 'docx', 'rlcid'][i % 4], ddoc, post, seal=True))
    # 3 credit & audit & certificate
    cv = [0, 1, 2][(i + 2) % 3]
    cdoc = credit_report(p, rng, cv)
    cprod = {0: 'rl', 1: 'html2', 2: 'docx'}[cv] if not p['region'].startswith('32') else 'html0'
    post = [('encrypt',)] if p.get('encrypt') == 'credit' else []
    jobs.append(Job(F('03信用佐证', nm('信用报告', '信用报告')), 'credit_report', cprod, cdoc, post))
    years = p.get('audit_years', (2023, 2022))
    for k, yr in enumerate(years):
        fvv = (i + k * 3) % 6
        adoc = audit_report(p, rng, yr, fvv, cn=p.get('audit_cn', False) or (i % 7 == 5 and k == 1))
        aprod = ['docx', 'html0', 'rl', 'rlcid', 'odt', 'docx'][fvv]
        post = []
        if fvv == 5:
            post = [('scan', dict(dpi=150, gray=True))]
        if p.get('corrupt') == 'audit2022' and yr == 2022:
            post = [('truncate',)]
        jobs.append(Job(F('03信用佐证', nm(f'{yr}年度审计报告', f'{yr}年财务审计报告')), 'audit_report', aprod, adoc, post, year=yr))
    spec = certificate(p)
    cp = 'cert_rl' if i % 2 else 'cert_html'
    if p.get('licence_photo'):
        jobs.append(Job(F('03信用佐证', f'IMG_2025011{i % 10}_{100 + i}.jpg' if p['licence_photo'] == 'poor' else '营业执照照片.jpg'),
                        'registration_certificate', cp, spec, [('photo', dict(poor=p['licence_photo'] == 'poor'))], seal=True))
    else:
        post = [('scan', dict(dpi=150, gray=i % 3 == 1))] if i % 3 != 0 else []
        jobs.append(Job(F('03信用佐证', nm('营业执照' if p['reg'] == 'biz' else '登记证书', '法人登记证书复印件')),
                        'registration_certificate', cp, spec, post, seal=True))
    if p.get('licence_twice'):
        jobs.append(Job(F('03信用佐证', 'scan_licence_old.pdf'), 'registration_certificate', cp, spec,
                        [('scan', dict(dpi=55, gray=True, faint=True, blur=1.8, quality=25))], seal=True))
    # 4 work plan, pledge, integrity
    wdoc = work_plan(p, rng, 0)
    pv = i % 2
    seal_pledge = p.get('unsealed') != 'pledge'
    pdoc = pledge(p, rng, pv, seal=seal_pledge and not p.get('pledge_docx'))
    idoc = integrity(p, rng, (i + 1) % 2, seal=not p.get('integrity_docx'))
    together = i % 3 == 0 and not (p.get('pledge_docx') or p.get('no_integrity') or p.get('integrity_docx') or p.get('unsealed'))
    if p.get('bigpdf'):
        big = Doc('申报材料汇编')
        big.extend(form).br().extend(wdoc).br().extend(pdoc).br().extend(idoc).br().extend(impl_plan(p, rng, 3))
        jobs.append(Job(f'{p["name"]}社会培训评价组织申报材料（汇编）.pdf',
                        'application_form+work_plan+pledge+integrity_letter+implementation_plan+evaluation_plan', 'docx', big,
                        seal=True))
    elif together:
        wdoc.br().extend(pdoc).br().extend(idoc)
        jobs.append(Job(F('04工作方案', nm('职业技能等级认定工作方案（含承诺书、廉洁责任书）', '工作方案')),
                        'work_plan+pledge+integrity_letter', H, wdoc, seal=True))
    else:
        jobs.append(Job(F('04工作方案', nm('职业技能等级认定工作方案', '工作方案')), 'work_plan', H, wdoc))
        if p.get('pledge_docx'):
            jobs.append(Job(F('04工作方案', '承诺书.docx'), 'pledge', 'docx_raw', pdoc, seal=False))
        else:
            post = [('scan', dict(dpi=160, gray=i % 2 == 1))] if i % 4 in (1, 2) else []
            jobs.append(Job(F('04工作方案', nm('承诺书', '承诺书')), 'pledge', H if H != 'odt' else 'docx', pdoc, post,
                            seal=seal_pledge))
        if p.get('integrity_docx'):
            jobs.append(Job(F('04工作方案', '廉洁责任书.docx'), 'integrity_letter', 'docx_raw', idoc, seal=False))
        elif not p.get('no_integrity'):
            post = [('scan', dict(dpi=160, gray=True))] if i % 4 == 2 else []
            jobs.append(Job(F('04工作方案', nm('廉洁责任书', '廉洁责任书')), 'integrity_letter', H if H != 'odt' else 'rl',
                            idoc, post, seal=True))
    # 5 implementation plan + samples
    if not p.get('bigpdf'):
        iv = (i + 1) % 4
        jobs.append(Job(F('05实施方案', nm('项目实施方案', '职业技能等级认定项目实施方案')), 'implementation_plan+evaluation_plan',
                        H if not (i == 7) else 'docx', impl_plan(p, rng, iv)))
    sstyle = i % 6
    spack = ['per_set', 'per_level', 'per_occ'][i % 3]
    sdir = '样题' if not p.get('nested') else None
    samp_jobs = []
    for o, lv in p['occs']:
        short = OCC[o][1].split('（')[-1].rstrip('）') if '（' in OCC[o][1] else OCC[o][1]
        if spack == 'per_occ':
            d = Doc('样题')
            for l in sorted(lv, reverse=True):
                for s in range(2):
                    if p.get('one_set') == l and s == 1:
                        continue
                    d.extend(sample_paper(p, o, l, s, sstyle, answers=(i % 2 == 0))).br()
            d.b.pop()
            samp_jobs.append((f'{short}样题汇编.pdf', d))
        for l in sorted(lv, reverse=True):
            if spack == 'per_level':
                d = Doc('样题')
                d.extend(sample_paper(p, o, l, 0, sstyle, answers=True))
                if p.get('one_set') != l:
                    d.br().extend(sample_paper(p, o, l, 1, sstyle, answers=True))
                samp_jobs.append((f'{short}{CN[l]}样题.pdf', d))
            elif spack == 'per_set':
                for s in range(2):
                    if p.get('one_set') == l and s == 1:
                        continue
                    samp_jobs.append((f'{short}_{CN[l]}_{["样题一", "样题二"][s]}.pdf', sample_paper(p, o, l, s, sstyle)))
    for fn, d in samp_jobs:
        prod = H if H != 'html1' else 'html2'
        if p.get('nested'):
            jobs.append(Job('样题.zip/' + fn, 'sample_paper', prod, d))
        else:
            jobs.append(Job(F('05实施方案/样题', fn) if folders else ('样题/' + fn if i % 2 else fn), 'sample_paper', prod, d))
    # 6 extras
    if i % 3 == 0:
        jobs.append(Job('00目录.pdf' if not folders else '00目录.pdf', 'other', H,
                        catalogue(p, ['申请表', '推荐函', '信用报告', '审计报告', '登记证书', '工作方案', '实施方案', '样题'])))
    if i % 4 == 1:
        jobs.append(Job(F('06其他材料', '考评人员及师资名单.pdf'), 'other', 'rl' if H != 'rl' else 'html1', teacher_list(p, rng)))
    if i % 5 == 3:
        jobs.append(Job(F('06其他材料', '考核点平面图.pdf'), 'other', 'floor', None))
    if p.get('site_photo'):
        jobs.append(Job(F('06其他材料', f'考核场地照片{1}.jpg'), 'other', 'site', None, poor=p['site_photo'] == 'poor'))
    if i % 6 == 2:
        jobs.append(Job(F('06其他材料', '考核场地照片.jpg'), 'other', 'site', None, poor=False))
    # whole package as scans
    if p.get('all_scans'):
        for j in jobs:
            if j.prod not in ('site', 'docx_raw', 'floor') and not j.post and j.kind.split('+')[0] not in ('sample_paper', 'other', 'work_plan', 'implementation_plan'):
                j.post = [('scan', dict(dpi=rng.choice([150, 150, 165]), gray=True, quality=45))]
    if p.get('gs_all'):
        for j in jobs:
            if not j.post and j.prod in ('docx', 'odt'):  # gs keeps LibreOffice's ToUnicode maps
                j.post = [('gs',)]
    return jobs


def render(p, jobs, work):
    """first pass: write sources; returns list of (job, src_pdf) still needing soffice/chromium"""
    office, chrome = [], []
    for k, j in enumerate(jobs):
        base = work / f'{k:02d}'
        j.base = base
        if j.prod == 'docx_raw':
            to_docx(j.doc, str(base) + '.docx', seal_dir=BUILD)
            j.src = Path(str(base) + '.docx')
        elif j.prod == 'docx':
            to_docx(j.doc, str(base) + '.docx', font=['宋体', 'SimSun', '仿宋'][p['n'] % 3], seal_dir=BUILD, variant=p['n'] % 2)
            office.append(str(base) + '.docx')
            j.src = Path(str(base) + '.pdf')
        elif j.prod == 'odt':
            to_odt(j.doc, str(base) + '.odt', seal_dir=BUILD)
            office.append(str(base) + '.odt')
            j.src = Path(str(base) + '.pdf')
        elif j.prod.startswith('html'):
            Path(str(base) + '.html').write_text(to_html(j.doc, int(j.prod[-1])), encoding='utf-8')
            chrome.append(base)
            j.src = Path(str(base) + '.pdf')
        elif j.prod in ('rl', 'rlcid'):
            to_rl(j.doc, str(base) + '.pdf', font='cid' if j.prod == 'rlcid' else 'ttf', variant=p['n'] % 2)
            j.src = Path(str(base) + '.pdf')
        elif j.prod == 'cert_rl':
            cert_rl(str(base) + '.pdf', j.doc, applicant_seal=p['name'])
            j.src = Path(str(base) + '.pdf')
        elif j.prod == 'cert_html':
            Path(str(base) + '.html').write_text(cert_html(j.doc, applicant_seal=p['name']), encoding='utf-8')
            chrome.append(base)
            j.src = Path(str(base) + '.pdf')
        elif j.prod == 'floor':
            floor_plan_pdf(str(base) + '.pdf', p)
            j.src = Path(str(base) + '.pdf')
        elif j.prod == 'site':
            site_photo(str(base) + '.jpg', random.Random(p['n'] * 7), f'{p["name"]}考核点', poor=j.kw.get('poor'))
            j.src = Path(str(base) + '.jpg')
    return office, chrome


def postprocess(p, j, rng):
    src = j.src
    out = src
    labels = [PROD_LABEL.get(j.prod, j.prod)]
    text = 'none' if j.prod == 'site' else 'text'
    for step in j.post:
        op = step[0]
        if op == 'scan':
            kw = step[1]
            dst = Path(str(j.base) + '.scan.pdf')
            scan_pdf(out, dst, rng, dpi=kw.get('dpi', 150), gray=kw.get('gray', False), faint=kw.get('faint', False),
                     blur=kw.get('blur', 0), quality=kw.get('quality', 55))
            out = dst
            text = 'none'
            if kw.get('faint'):
                labels = [f'unreadable scan: pdftoppm {kw["dpi"]} dpi → Pillow faint+blur JPEG q{kw.get("quality")} → img2pdf (source: ' + labels[0] + ')']
            else:
                labels = [f'scan: pdftoppm {kw.get("dpi")} dpi → Pillow {"grayscale" if kw.get("gray") else "colour"}, rotation, noise, JPEG → img2pdf (source: ' + labels[0] + ')']
        elif op == 'textlayer':
            kw = step[1]
            dst = Path(str(j.base) + '.tl.pdf')
            scan_with_textlayer(out, dst, rng, j.doc.plain_lines(), dpi=kw['dpi'], gray=kw['gray'])
            out = dst
            text = 'ocr-layer'
            labels = [f'scan {kw["dpi"]} dpi with invisible text layer (reportlab render mode 3) (source: ' + labels[0] + ')']
        elif op == 'ocrmypdf':
            dst = Path(str(j.base) + '.ocr.pdf')
            if ocrmypdf(out, dst):
                out = dst
                text = 'ocr-layer'
                labels = [labels[0].replace('scan:', 'scan + ocrmypdf (tesseract chi_sim) OCR layer:')]
        elif op == 'gs':
            dst = Path(str(j.base) + '.gs.pdf')
            gs_redistill(out, dst)
            out = dst
            labels = ['Ghostscript pdfwrite re-distilled (source: ' + labels[0] + ')']
        elif op == 'encrypt':
            dst = Path(str(j.base) + '.enc.pdf')
            encrypt_pdf(out, dst)
            out = dst
            text = 'encrypted'
            labels = ['pikepdf AES-256 encrypted with user password (source: ' + labels[0] + ')']
        elif op == 'truncate':
            dst = Path(str(j.base) + '.trunc.pdf')
            truncate_pdf(out, dst)
            out = dst
            text = 'corrupt'
            labels = ['truncated to 55% of its bytes (source: ' + labels[0] + ')']
        elif op == 'photo':
            dst = Path(str(j.base) + '.photo.jpg')
            photo_jpg(out, dst, rng, dpi=110 if not step[1]['poor'] else 60, poor=step[1]['poor'])
            out = dst
            text = 'none'
            labels = [('unreadable ' if step[1]['poor'] else '') + 'phone photo JPEG (Pillow: desk background, skew, light gradient) of ' + labels[0]]
    if j.prod == 'site':
        labels = ['Pillow-drawn JPEG site photo' + (' (tiny, blurred, unreadable)' if j.kw.get('poor') else '')]
    j.final, j.text, j.producer = out, text, labels[0]


# ----------------------------------------------------------------- zip writing
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('gbk'), self.flag_bits & ~0x800
        except UnicodeEncodeError:
            return super()._encodeFilenameFlags()


def write_zip(p, jobs, zpath):
    gbk = p.get('gbk')
    root = '' if p['n'] % 4 else f'{p["name"]}申报材料/'
    nested = [j for j in jobs if j.path.startswith('样题.zip/')]
    files = []
    for j in jobs:
        if j.path.startswith('样题.zip/'):
            continue
        files.append((root + j.path, j.final.read_bytes()))
    if nested:
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as nz:
            for j in nested:
                zi = zipfile.ZipInfo(j.path.split('/', 1)[1], (2025, 1, 18, 10, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                nz.writestr(zi, j.final.read_bytes())
        files.append((root + '样题.zip', bio.getvalue()))
    if p.get('macosx'):
        junk = [('__MACOSX/' + (root or '') + '._' + f.split('/')[-1], b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ') for f, _ in files[:4]]
        files += junk + [((root or '') + '.DS_Store', b'\x00\x00\x00\x01Bud1' + bytes(64))]
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        for k, (name, data) in enumerate(files):
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(name, (2025, 1, 20 + p['n'] % 6, 9 + k % 8, k % 60, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if gbk:
                zi.create_system = 0
            z.writestr(zi, data)
    return root


# ----------------------------------------------------------------- key
CAUSE_TEXT = {
    'credit_code_not_shanghai': '统一社会信用代码登记地为江苏省昆山市（3205xx），非本市依法登记',
    'public_institution': '申报单位为事业单位（代码类别12，事业单位法人证书），政府所属单位不能申报',
    'occupation_not_in_notice': '申报职业“养老护理员（4-10-01-05）”不在通知附件48个职业（工种）范围内',
    'level_not_allowed': '政务服务办事员在通知中仅开放五、四、三级，申请表申报了二级',
    'duplicate_application': '同一单位（上海华膳餐饮管理有限公司）在Z17与Z18两个申报包中重复申报食品安全管理师',
    'credit_record_penalty': '信用报告行政处罚信息“查见2条”（列明处罚明细）',
    'industry_letter_other_organisation': '行业主管部门推荐函推荐的是“上海智联数字科技有限公司”，不是申报单位',
    'district_letter_not_shanghai': '考核点推荐函由太仓市人力资源和社会保障局出具，非本市区人社部门',
    'district_letter_not_hr_bureau': '考核点推荐函由上海市杨浦区商务委员会出具，不是区人社部门',
    'name_mismatch': '申请表单位名称“上海恒信科技咨询有限公司”与营业执照、信用报告名称“上海恒信信息科技咨询有限公司”不一致',
    'single_sample_set': '碳排放监测员三级只提供了一套样题（缺第二套）',
    'branch_office': '申报单位为分公司（类型：有限责任公司分公司），非独立法人',
    'missing_material': '缺少廉洁责任书',
    'audit_year_missing': '审计报告为2023年度和2021年度，缺2022年度审计报告',
    'signed_material_docx_only': '承诺书/廉洁责任书仅以可编辑.docx提交，无签章',
    'encrypted_pdf': '信用报告PDF加密（需密码打开），无其他可读副本',
    'corrupt_pdf': '2022年度审计报告PDF被截断损坏，无法打开',
    'unreadable_scan': '区人社局推荐函仅有一份模糊、极淡的低分辨率扫描件，无法辨认',
    'seal_missing': '须盖章材料未加盖公章',
    'credit_code_checksum': '统一社会信用代码校验位不通过',
    'social_organisation': '申报单位为社会团体（代码类别51），是否已与政府部门脱钩无法从材料判断，需人工核实',
    'unreadable_photo': '营业执照仅有一张模糊、低分辨率的手机照片，无法辨认',
}


def key_entry(p, jobs, root):
    docs = []
    for j in jobs:
        e = {'path': (root + j.path) if not j.path.startswith('样题.zip/') else root + j.path, 'kind': j.kind,
             'producer': j.producer, 'text': j.text}
        stamped = any(k in j.kind for k in ('industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'))
        if stamped:
            e['seal'] = bool(j.seal)
        docs.append(e)
    defects = []
    for c in p['causes']:
        t = CAUSE_TEXT[c]
        if c == 'seal_missing':
            jj = next(j for j in jobs if j.seal is False and j.prod != 'docx_raw')
            t = f'{ {"industry_letter": "行业主管部门推荐函", "pledge": "承诺书"}[jj.kind]}未加盖公章: {root + jj.path}'
        elif c == 'credit_code_checksum':
            t += f'（{p["code"]}：' + ('第18位校验码错误' if p.get('code_bad') == 'pos18' else '第9-17位组织机构代码的校验位错误，第18位本身可通过') + '）'
        elif c in ('encrypted_pdf', 'corrupt_pdf', 'unreadable_scan', 'unreadable_photo', 'name_mismatch',
                   'industry_letter_other_organisation', 'district_letter_not_shanghai', 'district_letter_not_hr_bureau',
                   'credit_record_penalty', 'single_sample_set', 'signed_material_docx_only'):
            kinds = {'encrypted_pdf': 'credit_report', 'corrupt_pdf': 'audit_report', 'unreadable_scan': 'district_letter',
                     'unreadable_photo': 'registration_certificate', 'name_mismatch': 'application_form',
                     'industry_letter_other_organisation': 'industry_letter', 'district_letter_not_shanghai': 'district_letter',
                     'district_letter_not_hr_bureau': 'district_letter', 'credit_record_penalty': 'credit_report'}
            if c in kinds:
                jj = [j for j in jobs if j.kind == kinds[c] and (c != 'corrupt_pdf' or j.kw.get('year') == 2022)]
                t += ': ' + ', '.join(root + j.path for j in jj)
            if c == 'signed_material_docx_only':
                t += ': ' + ', '.join(root + j.path for j in jobs if j.prod == 'docx_raw' and j.kind in ('pledge', 'integrity_letter'))
        defects.append(t)
    apps = [{'code': OCC[o][0], 'name': OCC[o][1], 'levels': sorted(lv, reverse=True)} for o, lv in p['occs']]
    why = {'pass': '全部必备材料齐全可读（两年审计报告为2022、2023年度，每个申报等级两套样题），无否决情形。'}.get(p['verdict'], '')
    if p['verdict'] != 'pass':
        why = ('；'.join(defects)) + ('。' if p['verdict'] == 'fail' else '。需人工复核。')
    if p['verdict'] == 'pass':
        extras = []
        if p.get('all_scans'): extras.append('申请表、两份推荐函、信用报告、两年审计报告、营业执照均为清晰灰度扫描件（无文本层，印章呈灰色），应经OCR认定')
        if p.get('licence_twice'): extras.append('营业执照另有一份模糊扫描件，但已有清晰副本')
        if p.get('site_photo'): extras.append('场地照片模糊不影响结论')
        if p.get('ocr_letters'): extras.append('推荐函与执照为带OCR文本层的扫描件')
        if p.get('parent'): extras.append('行业推荐由上级集团公司批复')
        if p.get('form_docx'): extras.append('申请表以.docx提交（非签章材料）')
        if p['region'] == '310108': extras.append('代码含历史区划310108（闸北），仍属上海')
        if extras: why += ' ' + '；'.join(extras) + '。'
    return {'verdict': p['verdict'], 'causes': p['causes'], 'defects': defects, 'why': why,
            'organisation': {'name': p['name'], 'credit_code': p['code']}, 'applications': apps, 'documents': docs}


def main():
    only = set(int(x) for x in sys.argv[1:])
    rng0 = random.Random(SEED)
    setup_codes(rng0)
    BUILD.mkdir(exist_ok=True)
    PKG.mkdir(exist_ok=True)
    all_jobs = {}
    office, chrome = [], []
    for p in PKGS:
        if only and p['n'] not in only:
            continue
        rng = random.Random(SEED * 100 + p['n'])
        work = BUILD / f'Z{p["n"]:02d}'
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        jobs = build_jobs(p, rng)
        o, c = render(p, jobs, work)
        office += o
        chrome += c
        all_jobs[p['n']] = (p, jobs, rng)
    print('office docs', len(office), 'chromium docs', len(chrome), flush=True)
    with ThreadPoolExecutor(2) as ex:
        fut = ex.submit(soffice_convert_grouped, office)
        list(map(lambda b: chromium_pdf(str(b) + '.html', str(b) + '.pdf'), chrome))
        fut.result()
    key = {'author': 'final18', 'packages': {}}
    if (ROOT / 'key.json').exists() and only:
        key = json.loads((ROOT / 'key.json').read_text())
    for n, (p, jobs, rng) in all_jobs.items():
        for j in jobs:
            if not j.src.exists():
                raise SystemExit(f'missing render {j.src} for Z{n:02d} {j.path}')
            postprocess(p, j, rng)
        safe = p['name']
        zname = f'Z{n:02d}-{safe}.zip'
        for old in PKG.glob(f'Z{n:02d}-*.zip'):
            old.unlink()
        root = write_zip(p, jobs, PKG / zname)
        key['packages'][zname] = key_entry(p, jobs, root)
        print(zname, p['verdict'], f'{(PKG / zname).stat().st_size // 1024} KB', flush=True)
    key['packages'] = dict(sorted(key['packages'].items()))
    (ROOT / 'key.json').write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding='utf-8')


def soffice_convert_grouped(files):
    by_dir = {}
    for f in files:
        by_dir.setdefault(str(Path(f).parent), []).append(f)
    allf = []
    for d, fs in by_dir.items():
        allf += fs
    # one soffice process, per-directory outdir
    for d, fs in by_dir.items():
        soffice_convert(fs, d)


if __name__ == '__main__':
    main()
