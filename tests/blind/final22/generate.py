#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerates the final22 blind corpus: packages/*.zip and key.json.  Usage: python3 generate.py"""
import os, io, sys, json, random, shutil, zipfile, copy, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from lib import make_code
import content as C

WORK = lib.WORK
BUILD = lib.BUILD
PKG = os.path.join(WORK, 'packages')
SEED = 22022

DIST = {'310101': '黄浦区', '310104': '徐汇区', '310105': '长宁区', '310106': '静安区', '310107': '普陀区', '310109': '虹口区', '310110': '杨浦区',
        '310112': '闵行区', '310113': '宝山区', '310114': '嘉定区', '310115': '浦东新区', '310116': '金山区', '310117': '松江区', '310118': '青浦区',
        '310120': '奉贤区', '310151': '崇明区', '310108': '闸北区'}
DSHORT = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨', '闵行区': '闵', '宝山区': '宝',
          '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松', '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}
ROADS = {'黄浦区': '西藏中路', '徐汇区': '漕溪北路', '长宁区': '天山路', '静安区': '共和新路', '普陀区': '真北路', '虹口区': '四平路', '杨浦区': '国定路',
         '闵行区': '沪闵路', '宝山区': '友谊路', '嘉定区': '博乐路', '浦东新区': '张杨路', '金山区': '卫清西路', '松江区': '人民北路', '青浦区': '华青路',
         '奉贤区': '南桥路', '崇明区': '八一路'}

GOV = {  # occupation -> (authority, docno prefix, self reference)
    '医疗护理员': ('上海市卫生健康委员会', '沪卫人', '委'), '社群健康助理员': ('上海市卫生健康委员会', '沪卫基层', '委'),
    '营养师（公共营养师）': ('上海市卫生健康委员会', '沪卫食品', '委'), '保健调理师（保健艾灸师）': ('上海市卫生健康委员会', '沪卫中医', '委'),
    '药物制剂工（片剂制备）': ('上海市药品监督管理局', '沪药监药生', '局'), '计量员（热工计量员）': ('上海市市场监督管理局', '沪市监计量', '局'),
    '碳排放管理员（碳排放核算员）': ('上海市生态环境局', '沪环气候', '局'), '碳排放管理员（民航碳排放管理员）': ('上海市交通委员会', '沪交航', '委'),
    '碳排放管理员': ('上海市生态环境局', '沪环气候', '局'), '保洁员': ('上海市房屋管理局', '沪房物业', '局'),
    '生活垃圾清运工（生活垃圾收集工）': ('上海市绿化和市容管理局', '沪绿容', '局'), '盆景师': ('上海市绿化和市容管理局', '沪绿容', '局'),
    '调饮师': ('上海市商务委员会', '沪商服', '委'), '食品安全管理师': ('上海市市场监督管理局', '沪市监食', '局'),
    '网络与信息安全管理师（数据安全管理员）': ('上海市经济和信息化委员会', '沪经信软', '委'), '数字化解决方案设计师': ('上海市经济和信息化委员会', '沪经信数', '委'),
    '数字孪生应用技术员': ('上海市经济和信息化委员会', '沪经信数', '委'), '房地产策划师': ('上海市房屋管理局', '沪房市场', '局'),
    '科技咨询师': ('上海市科学技术委员会', '沪科', '委'), '信用管理师': ('上海市发展和改革委员会', '沪发改财金', '委'),
    '色彩搭配师': ('上海市经济和信息化委员会', '沪经信消', '委'), '建筑节能减排咨询师': ('上海市住房和城乡建设管理委员会', '沪建科', '委'),
    '助听器验配师': ('上海市民政局', '沪民福', '局'), '化工总控工': ('上海市经济和信息化委员会', '沪经信材', '委'),
    '增材制造设备操作员': ('上海市经济和信息化委员会', '沪经信装', '委'), '管工': ('上海市住房和城乡建设管理委员会', '沪建人', '委'),
    '轨道交通信号工（城市轨道交通信号工）': ('上海市交通委员会', '沪交人', '委'), '政务服务办事员': ('上海市人民政府办公厅', '沪府办', '厅'),
    '育婴员': ('上海市妇女联合会', '沪妇', '会'),
}
ASSOC = {'保洁员': '上海市物业管理行业协会', '色彩搭配师': '上海市服装行业协会', '营养师（公共营养师）': '上海市营养学会', '信用管理师': '上海市信用服务行业协会',
         '调饮师': '上海市餐饮烹饪行业协会', '医疗护理员': '上海市护理学会', '化工总控工': '上海市化学化工学会', '碳排放管理员': '上海市节能协会',
         '碳排放管理员（民航碳排放管理员）': '上海市航空学会', '数字孪生应用技术员': '上海市软件行业协会', '管工': '上海市安装行业协会',
         '房地产策划师': '上海市房地产经纪行业协会', '社群健康助理员': '上海市社区卫生协会', '助听器验配师': '上海市听力学会'}

FIRM_LIST = list(C.FIRMS.keys())


def app(name, levels):
    return {'code': C.OCC[name][0], 'name': name, 'levels': sorted(levels, reverse=True)}


def org(n, name, kind, region, body, apps_, legal, rnd, bad18=False, bad9=False, prefix=None, type_line=None, regauth=None, site=None, district=None):
    prefix = prefix or {'company': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[kind]
    code = make_code(prefix, region, body, bad18=bad18, bad9=bad9)
    dname = district or DIST.get(region, '浦东新区')
    if dname == '闸北区':
        dname = '静安区'
    road = ROADS.get(dname, '张杨路')
    no = rnd.randint(18, 1880)
    o = {'n': n, 'name': name, 'kind': kind, 'code': code, 'legal': legal, 'district': dname,
         'addr': '上海市%s%s%d号%d室' % (dname, road, no, rnd.randint(2, 18) * 100 + rnd.randint(1, 20)),
         'site': site or '上海市%s%s%d号%d楼' % (dname, road, no + rnd.randint(2, 60), rnd.randint(2, 6)),
         'contact': rnd.choice(['陈静', '王磊', '刘婷', '徐晨', '张宇航', '李敏', '朱海峰', '顾佳', '沈一鸣', '蒋蕾']),
         'phone': '021-%d%04d' % (rnd.randint(5000, 6999), rnd.randint(0, 9999)), 'area': rnd.randint(6, 30) * 50, 'rooms': rnd.randint(2, 5),
         'staff': rnd.randint(20, 180), 'trained': rnd.randint(8, 60) * 100, 'est': '%d年%d月%d日' % (rnd.randint(2003, 2019), rnd.randint(1, 12), rnd.randint(1, 28)),
         'regauth': regauth or ('上海市%s市场监督管理局' % dname if kind in ('company', 'branch') else ('上海市%s民政局' % dname if kind == 'minfei' else ('上海市社会团体管理局' if kind == 'shetuan' else '上海市事业单位登记管理局'))),
         'nature': {'company': '企业', 'branch': '企业（分支机构）', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位'}[kind],
         'type_line': type_line or '有限责任公司（自然人投资或控股）', 'capital': '%d万元人民币' % rnd.choice([100, 200, 300, 500, 1000, 2000, 5000]),
         'apps': apps_}
    o['intro'] = '%s成立于%s，主要从事%s等领域的培训、咨询与技能评价服务，现有员工%d人，年培训规模约%d人次。' % (name, o['est'], '、'.join(a['name'] for a in apps_), o['staff'], o['trained'])
    return o


# ------------------------------------------------------------------ the 36 packages
def specs():
    rnd = random.Random(SEED)
    P = []

    def add(n, verdict, o, causes, defects, why, **kw):
        P.append(dict(n=n, verdict=verdict, org=o, causes=causes, defects=defects, why=why, **kw))

    o = org(1, '上海申禾职业技能培训有限公司', 'company', '310115', 'MA1HT7Q2', [app('医疗护理员', [5, 4, 3])], '郁建华', rnd)
    add(1, 'pass', o, [], [], 'complete package, Chromium-rendered letters with SVG seals', house='html-svg', naming=0)
    o = org(2, '上海市杨浦区职业技术培训中心', 'shiye', '310110', '42500376', [app('化工总控工', [5, 4, 3])], '钱文斌', rnd)
    add(2, 'fail', o, ['public_institution'], ['public_institution'], 'applicant is a 事业单位 (code category 12, 事业单位法人证书)', house='docx', naming=1)
    o = org(3, '上海智汇数字化咨询有限公司', 'company', '310104', 'MA1K8W3N', [app('数字化解决方案设计师', [4, 3])], '施晓东', rnd)
    add(3, 'review', o, ['unreadable:credit_report'], ['encrypted_credit_report'], 'the only credit report is a password-protected PDF', house='rl-ttf', naming=3, encrypt_credit=True)
    o = org(4, '上海市徐汇区恒知职业技能培训学校', 'minfei', '310104', 'MJ4G2R8P', [app('营养师（公共营养师）', [4, 3]), app('保健调理师（保健艾灸师）', [5, 4])], '蔡文琴', rnd)
    add(4, 'pass', o, [], [], '民办非企业单位 training school, complete; nonprofit audit reports with 业务活动表', house='docx', naming=1, ind_v=1)
    o = org(5, '上海鑫达管道工程有限公司', 'company', '310120', 'MA1J5C6T', [app('管工', [5, 4, 3])], '唐国富', rnd)
    add(5, 'fail', o, ['credit_record'], ['credit_report_penalty'], 'credit report lists one administrative penalty (查见1条)', house='rl-cid', naming=2, penalty=True)
    o = org(6, '上海临港智造数字科技有限公司', 'company', '310115', 'MA7CK09E', [app('数字孪生应用技术员', [4, 3, 2]), app('增材制造设备操作员', [5, 4, 3])], '严志刚', rnd,
            type_line='有限责任公司（非自然人投资或控股的法人独资）')
    add(6, 'pass', o, [], [], '集团 subsidiary; industry letter is the parent group\'s 批复', house='rl-ttf', naming=0, ind_v=2, parent='上海临港智能制造产业集团有限公司')
    dup = org(7, '上海衡安数据安全技术有限公司', 'company', '310112', 'MA1GQ4X5', [app('网络与信息安全管理师（数据安全管理员）', [4, 3])], '邵明', rnd)
    add(7, 'fail', dup, ['duplicate_application'], ['duplicate_application'], 'same organisation applies for 网络与信息安全管理师（数据安全管理员） again in U31', house='html-png', naming=3)
    o = org(8, '上海市公共营养服务协会', 'shetuan', '310000', '50131827', [app('营养师（公共营养师）', [4, 3, 2])], '葛丽华', rnd, regauth='上海市社会团体管理局', district='静安区')
    add(8, 'review', o, ['social_organisation'], ['social_organisation'], '社会团体 (code category 51): 未脱钩 cannot be told from the documents', house='odt', naming=1, macosx=True, ind_v=0)
    o = org(9, '上海澄研检测技术有限公司', 'company', '310112', 'MA1FX8L3', [app('计量员（热工计量员）', [4, 3])], '林德伟', rnd, type_line='有限责任公司（外国法人独资）')
    add(9, 'pass', o, [], [], 'foreign-invested company, ODT-produced own documents', house='odt', naming=2)
    o = org(10, '苏州汇能节能科技有限公司', 'company', '320594', 'MA1P2D7R', [app('建筑节能减排咨询师', [4, 3])], '潘志远', rnd, regauth='苏州工业园区市场监督管理局',
            site='上海市青浦区华徐公路%d号' % 3000, district='青浦区')
    o['addr'] = '苏州工业园区星湖街328号创意产业园%d室' % 1203
    add(10, 'fail', o, ['not_registered_in_shanghai'], ['non_shanghai_code'], 'credit code region 320594 (苏州), licence issued in 苏州; only the assessment site is in 上海', house='html-svg', naming=0)
    o = org(11, '上海润泽物业服务有限公司', 'company', '310107', 'MA1D6N9Y', [app('保洁员', [5, 4, 3])], '吴春林', rnd)
    add(11, 'pass', o, [], [], 'all main materials are legible grayscale scans (no text layer)', house='docx', naming=3, scan_all=True)
    o = org(12, '上海安膳食品安全技术服务有限公司', 'company', '310113', 'MA1L3B6F', [app('食品安全管理师', [4, 3, 2])], '范少华', rnd)
    add(12, 'review', o, ['unreadable:audit_report_2022'], ['corrupt_audit_2022'], 'the 2022 audit report PDF is truncated and cannot be opened', house='html-svg', naming=1, corrupt_audit=True)
    o = org(13, '上海优贝家庭服务有限公司', 'company', '310113', 'MA1M9E2A', [app('育婴员', [5, 4, 3]), app('保洁员', [5, 4])], '黄美玲', rnd)
    add(13, 'fail', o, ['occupation_not_in_notice'], ['occupation_not_in_notice'], '育婴员 4-10-01-02 is not among the notice\'s 48 occupations', house='rl-ttf', naming=0)
    o = org(14, '上海沪青药业有限公司', 'company', '310118', 'MA1N0T4K', [app('药物制剂工（片剂制备）', [5, 4, 3]), app('药物制剂工（颗粒剂制备）', [4, 3])], '姚振东', rnd,
            type_line='其他有限责任公司')
    add(14, 'pass', o, [], [], 'complete; zip written with GBK names (no UTF-8 flag)', house='docx', naming=1, gbk=True)
    o = org(15, '上海科创咨询服务有限公司', 'company', '310110', 'MA1R7H1W', [app('科技咨询师', [4, 3, 2])], '金晓峰', rnd)
    add(15, 'fail', o, ['level_not_allowed'], ['level_not_allowed'], '科技咨询师 allows only 三级/二级/一级; 四级 is applied for', house='html-png', naming=2)
    o = org(16, '上海颐康护理服务有限公司', 'company', '310105', 'MA1E4U8C', [app('医疗护理员', [5, 4])], '陆敏华', rnd)
    add(16, 'review', o, ['unreadable:industry_letter'], ['faint_scan_industry_letter'], 'the only industry letter is a faint, blurred 60 dpi scan', house='rl-cid', naming=3, faint_industry=True)
    o = org(17, '上海嘉铁轨道交通技术服务有限公司', 'company', '310114', 'MA1Q6Y3J', [app('轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2])], '戴宏亮', rnd)
    add(17, 'pass', o, [], [], 'complete; plans and sample papers inside a nested zip', house='html-svg', naming=0, nested=True)
    o = org(18, '上海朗悦健康管理有限公司', 'company', '310109', 'MA1T2F5H', [app('保健调理师（保健艾灸师）', [5, 4, 3])], '冯悦', rnd)
    add(18, 'fail', o, ['letter_names_other_organisation'], ['district_letter_other_org'], 'the district letter recommends 上海朗越健康咨询有限公司, not the applicant', house='docx', naming=2,
        other_org='上海朗越健康咨询有限公司')
    o = org(19, '上海市黄浦区茶语职业技能培训学校', 'minfei', '310101', 'MJ5A7K2D', [app('调饮师', [5, 4])], '应晓雯', rnd)
    add(19, 'review', o, ['signed_material_docx_only:pledge'], ['pledge_docx_only'], '承诺书 is only an editable .docx (no stamped copy)', house='rl-ttf', naming=1, pledge_docx=True)
    o = org(20, '上海绿源碳资产管理有限公司', 'company', '310106', 'MA1U8C0P', [app('碳排放管理员（碳排放核算员）', [4, 3, 2, 1])], '韩启明', rnd)
    add(20, 'pass', o, [], [], 'complete; most materials in one big PDF', house='rl-ttf', naming=0, bigpdf=True)
    o = org(21, '上海嘉绿环境服务有限公司', 'company', '310114', 'MA1W3D9G', [app('生活垃圾清运工（生活垃圾收集工）', [5, 4])], '胡斌', rnd,
            site='江苏省太仓市城厢镇东仓路%d号' % 88)
    add(21, 'fail', o, ['district_letter_not_shanghai'], ['district_letter_taicang'], 'district letter issued by 太仓市人力资源和社会保障局 (outside Shanghai)', house='odt', naming=3,
        bureau='太仓市人力资源和社会保障局', bureau_no='太人社函〔2025〕6号')
    o = org(22, '上海航碳环境科技有限公司', 'company', '310115', 'MA1X5G2M', [app('碳排放管理员（民航碳排放管理员）', [4, 3])], '俞海', rnd)
    add(22, 'review', o, ['seal_absent:district_letter'], ['district_letter_unsealed'], 'district letter bears no seal', house='html-svg', naming=2, dist_noseal=True)
    o = org(23, '上海味享餐饮管理有限公司', 'company', '310101', 'MA1Y9J4B', [app('调饮师', [5, 4, 3]), app('食品安全管理师', [4, 3])], '孙佳慧', rnd)
    add(23, 'pass', o, [], [], 'complete; ODT documents, __MACOSX junk', house='odt', naming=0, macosx=True)
    o = org(24, '上海瑞澜色彩设计有限公司', 'company', '310106', 'MA1B6L8S', [app('色彩搭配师', [4, 3])], '洪瑞', rnd)
    add(24, 'fail', o, ['name_mismatch'], ['form_name_differs'], 'application form names 上海睿澜色彩设计有限公司; licence and credit report say 上海瑞澜色彩设计有限公司', house='rl-cid', naming=1,
        form_name='上海睿澜色彩设计有限公司')
    o = org(25, '上海金化化工技术培训有限公司', 'company', '310116', 'MA1C2M7V', [app('化工总控工', [5, 4])], '毛建国', rnd, bad18=True)
    add(25, 'review', o, ['credit_code_check_failed'], ['bad_check_character_18'], 'credit code fails the position-18 check character', house='html-png', naming=0)
    o = org(26, '上海信诚信用管理咨询有限公司', 'company', '310105', 'MA1Z4N6E', [app('信用管理师', [4, 3, 2])], '程立诚', rnd)
    add(26, 'pass', o, [], [], 'complete; several materials are scans with an invisible OCR text layer', house='rl-ttf', naming=3, ocr_some=True)
    o = org(27, '上海房策置业顾问有限公司', 'company', '310115', 'MA1A8P3Q', [app('房地产策划师', [4, 3])], '许国平', rnd)
    add(27, 'fail', o, ['one_sample_set'], ['one_sample_set_level3'], '房地产策划师 三级 has only one sample set', house='docx', naming=2, one_set=(0, 3))
    o = org(28, '上海碳谷低碳科技有限公司', 'company', '310117', 'MA1D1R5U', [app('碳排放管理员', [5])], '倪晨', rnd)
    add(28, 'review', o, ['seal_absent:registration_certificate'], ['licence_copy_unsealed'], 'licence copy carries no applicant seal', house='rl-cid', naming=1, gbk=True, licence_noseal=True)
    o = org(29, '上海松韵园林绿化有限公司', 'company', '310117', 'MA1E7S0X', [app('盆景师', [5, 4, 3])], '柏松年', rnd)
    add(29, 'pass', o, [], [], 'complete; occupation table on page 2, levels in 初级工 words, all sample sets in one PDF', house='html-png', naming=0, form_v=3, sp_mode='all')
    o = org(30, '上海声悦听力科技有限公司徐汇分公司', 'branch', '310104', 'MA1F3T6Y', [app('助听器验配师', [4, 3])], '邱晓岚', rnd, type_line='有限责任公司分公司（自然人投资或控股）')
    add(30, 'fail', o, ['branch_not_legal_person'], ['branch'], 'applicant is a 分公司 (类型 有限责任公司分公司)', house='odt', naming=3)
    dup2 = copy.deepcopy(dup)
    dup2['apps'] = [app('数字化解决方案设计师', [4, 3]), app('网络与信息安全管理师（数据安全管理员）', [3, 2])]
    add(31, 'fail', dup2, ['duplicate_application'], ['duplicate_application'], 'same organisation as U07 applies again for 网络与信息安全管理师（数据安全管理员）', house='rl-ttf', naming=1)
    o = org(32, '上海洁然保洁服务有限公司', 'company', '310112', 'MA1G5U1Z', [app('保洁员', [5, 4, 3])], '黎芳', rnd)
    add(32, 'review', o, ['unreadable:integrity_letter'], ['integrity_letter_poor_photo'], 'the only 廉洁责任书 is a dark, blurred low-resolution phone photo', house='html-svg', naming=3, poor_integrity=True)
    o = org(33, '上海北站政务服务外包有限公司', 'company', '310108', 'MA1H7V4A', [app('政务服务办事员', [5, 4])], '计文杰', rnd)
    add(33, 'pass', o, [], ['extra_site_photo_blurred'], 'complete; historical 闸北 region code 310108; a blurred site photo is only an extra', house='docx', naming=2, blur_photo=True)
    o = org(34, '上海康护社区健康服务有限公司', 'company', '310151', 'MA1J9W7B', [app('社群健康助理员', [4, 3])], '施惠英', rnd)
    add(34, 'fail', o, ['missing:integrity_letter'], ['no_integrity_letter'], 'no 廉洁责任书 anywhere in the package', house='html-png', naming=0, gbk=True, no_integrity=True)
    o = org(35, '上海市静安区启航职业技能培训学校', 'minfei', '310106', 'MJ6B3E8F', [app('数字孪生应用技术员', [5, 4])], '单启航', rnd, bad9=True)
    add(35, 'review', o, ['credit_code_check_failed'], ['bad_embedded_check_digit'], 'credit code: position 18 consistent but the embedded GB 11714 check digit (position 17) is wrong', house='odt', naming=2)
    o = org(36, '上海合创增材科技有限公司', 'company', '310116', 'MA1K2X9C', [app('增材制造设备操作员', [5, 4, 3])], '殷合', rnd)
    add(36, 'fail', o, ['missing:audit_report_2022'], ['audit_2021_instead_of_2022', 'district_letter_unsealed'], 'audit reports for 2021 and 2023 only (2022 missing); also an unsealed district letter (review defect, fail prevails)',
        house='rl-cid', naming=3, audit_years=(2021, 2023), dist_noseal=True)
    return P


# ------------------------------------------------------------------ rendering queue
class Doc:
    def __init__(self, path, kind, blocks, renderer, seal=None, post=None, producer=None, lines=None, name_override=None):
        self.path, self.kind, self.blocks, self.renderer = path, kind, blocks, renderer
        self.seal, self.post, self.producer = seal, post, producer
        self.raw = None  # bytes when not rendered from blocks
        self.src = None
        self.text = 'text'


PRODUCER = {'html-serif': 'Chromium headless (Noto Serif CJK, Type 3 fonts, SVG seal)', 'html-svg': 'Chromium headless (HTML/CSS, SVG seal)', 'html-png': 'Chromium headless (HTML/CSS, PNG seal)', 'html-web': 'Chromium headless (web-system printout)',
            'rl-ttf': 'reportlab (embedded TrueType subset)', 'rl-cid': 'reportlab (STSong-Light CID, not embedded)', 'docx': 'LibreOffice (from python-docx .docx)',
            'odt': 'LibreOffice (from odfpy .odt)', 'gs-rl': 'Ghostscript pdfwrite (re-distilled LibreOffice/.docx)', 'gs-html': 'Ghostscript pdfwrite (re-distilled LibreOffice/.docx, FangSong)',
            'cert-rl': 'reportlab canvas (certificate drawn at coordinates)', 'cert-html': 'Chromium headless (certificate, absolutely positioned)'}


def has_seal(blocks):
    return any(b[0] == 'seal' for b in blocks)


class Renderer:
    def __init__(self):
        self.jobs = []  # (Doc, srcpdf)
        self.soffice = []
        self.chrome = []
        self.gs = []
        self.k = 0

    def submit(self, doc, tag):
        self.k += 1
        base = os.path.join(BUILD, 'r%04d_%s' % (self.k, tag))
        r = doc.renderer
        if r == 'odt' and has_seal(doc.blocks):
            r = doc.renderer = 'docx'
        out = base + '.pdf'
        if r in ('rl-ttf', 'rl-cid'):
            lib.rl_pdf(doc.blocks, out, font=r[3:], size=11 if r == 'rl-ttf' else 11.5)
        elif r in ('gs-rl', 'gs-html'):
            lib.to_docx(doc.blocks, base + '_g.docx', font=['宋体', '仿宋'][self.k % 2])
            self.soffice.append(base + '_g.docx')
            self.gs.append((base + '_g.pdf', out))
        elif r in ('html-svg', 'html-png', 'html-web', 'html-serif'):
            style = {'html-serif': 'serif', 'html-svg': 'zen2', 'html-png': 'sans', 'html-web': 'web', 'gs-html': 'zen'}[r]
            self.chrome.append((lib.to_html(doc.blocks, style=style, seal_mode='svg' if r != 'html-png' else 'png'), out, r == 'gs-html'))
        elif r == 'docx':
            lib.to_docx(doc.blocks, base + '.docx', font=['宋体', 'Noto Serif CJK SC', '仿宋'][self.k % 3])
            self.soffice.append(base + '.docx')
        elif r == 'odt':
            lib.to_odt(doc.blocks, base + '.odt')
            self.soffice.append(base + '.odt')
        elif r == 'cert-rl':
            cert_rl(doc.cert, out)
        elif r == 'cert-html':
            self.chrome.append((cert_html(doc.cert), out, False))
        doc.src = out
        if not doc.producer:
            doc.producer = PRODUCER[r]
        self.jobs.append(doc)
        return doc

    def finish(self):
        lib.soffice_batch(self.soffice, BUILD)
        for a, b in self.gs:
            lib.gs_distill(a, b)
        for h, out, gs in self.chrome:
            if gs:
                lib.chromium_pdf(h, out[:-4] + '_pre.pdf')
                lib.gs_distill(out[:-4] + '_pre.pdf', out)
            else:
                lib.chromium_pdf(h, out)


# ------------------------------------------------------------------ certificates
def cert_fields(cert):
    o = cert['org']
    k = cert['kind']
    if k in ('company', 'branch'):
        title = '营 业 执 照'
        f = [('统一社会信用代码', o['code']), ('名称', cert.get('name', o['name'])), ('类型', o['type_line']),
             ('负责人' if k == 'branch' else '法定代表人', o['legal']), ('经营范围', '职业技能培训（不含需取得许可的培训）；%s相关技术服务、咨询服务；会议及展览服务。' % '、'.join(a['name'] for a in o['apps'])),
             ('注册资本' if k == 'company' else '隶属企业', o['capital'] if k == 'company' else o['name'].replace('徐汇分公司', '')), ('成立日期', o['est']),
             ('营业期限', '%s至不约定期限' % o['est']), ('住所' if k == 'company' else '营业场所', o['addr'])]
    elif k == 'minfei':
        title = '民办非企业单位登记证书'
        f = [('统一社会信用代码', o['code']), ('名称', o['name']), ('住所', o['addr']), ('法定代表人', o['legal']),
             ('业务范围', '职业技能培训：%s等' % '、'.join(a['name'] for a in o['apps'])), ('业务主管单位', '上海市%s人力资源和社会保障局' % o['district']),
             ('开办资金', '人民币%d万元' % (10 + len(o['name']))), ('有效期', '2023年6月1日至2028年5月31日')]
    elif k == 'shetuan':
        title = '社会团体法人登记证书'
        f = [('统一社会信用代码', o['code']), ('名称', o['name']), ('住所', o['addr']), ('法定代表人', o['legal']), ('业务范围', '学术交流、培训、咨询服务、技能评价'),
             ('活动地域', '上海市'), ('注册资金', '人民币30万元'), ('业务主管单位', '上海市卫生健康委员会'), ('有效期', '2022年3月15日至2027年3月14日')]
    else:
        title = '事业单位法人证书'
        f = [('统一社会信用代码', o['code']), ('名称', o['name']), ('宗旨和业务范围', '开展职业技术培训，促进就业。职业技能培训、职业技能评价、就业指导'), ('住所', o['addr']),
             ('法定代表人', o['legal']), ('经费来源', '财政补助'), ('开办资金', '￥286万元'), ('举办单位', '上海市杨浦区人力资源和社会保障局'), ('有效期', '自2021年9月1日至2026年8月31日')]
    return title, f


def cert_rl(cert, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    fn = lib.rl_font('ttf')
    W, H = landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    title, f = cert_fields(cert)
    o = cert['org']
    grey = (0.35, 0.35, 0.35)
    c.setStrokeColorRGB(*grey)
    c.setLineWidth(3)
    c.rect(28, 28, W - 56, H - 56)
    c.setLineWidth(1)
    c.rect(36, 36, W - 72, H - 72)
    c.setFillColorRGB(*grey)
    c.setFont(fn, 34)
    c.drawCentredString(W / 2, H - 95, title)
    c.setFont(fn, 12)
    c.drawCentredString(W / 2, H - 118, '（副  本）' if cert['kind'] in ('company', 'branch') else '')
    # qr-like block
    rr = random.Random(o['code'])
    for i in range(21):
        for j in range(21):
            if rr.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                c.rect(W - 140 + i * 4, H - 150 + j * 4, 4, 4, stroke=0, fill=1)
    y = H - 160
    c.setFont(fn, 12.5)
    for k, v in f:
        c.drawString(90, y, k)
        txt = v
        while txt:
            c.drawString(220, y, txt[:38])
            txt = txt[38:]
            y -= 20
        y -= 6
    c.setFont(fn, 13)
    c.drawString(W - 330, 85, '登记机关  %s' % o['regauth'][:16])
    c.drawString(W - 250, 62, '2024年%d月%d日' % (3 + len(o['name']) % 8, 5 + len(o['code']) % 20))
    lib.draw_seal(c, W - 150, 110, 55, o['regauth'], grey, fn)
    if cert.get('copy_seal'):
        lib.draw_seal(c, 190, 120, 58, o['name'], (0.84, 0.08, 0.12), fn)
        c.setFillColorRGB(0.84, 0.08, 0.12)
        c.setFont(fn, 16)
        c.drawString(260, 80, '本复印件与原件一致，仅供申报社会培训评价组织使用')
    c.showPage()
    c.save()


def cert_html(cert):
    import html as H
    title, f = cert_fields(cert)
    o = cert['org']
    rows = ''.join('<div class="f"><span class="k">%s</span><span class="v">%s</span></div>' % (H.escape(k), H.escape(v)) for k, v in f)
    stamp = ''
    if cert.get('copy_seal'):
        stamp = '<div style="position:absolute;left:60px;top:720px">%s</div><div style="position:absolute;left:210px;top:800px;color:#d0121b;font-size:18px;transform:rotate(-4deg)">与原件核对一致 %s</div>' % (lib.seal_svg(o['name']), H.escape(o['name']))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:0}body{margin:0;font-family:"Noto Serif CJK SC";color:#333}'
            '.pg{position:relative;width:210mm;height:296mm;font-family:"WenQuanYi Zen Hei"}.bd{position:absolute;left:14mm;top:14mm;right:14mm;bottom:14mm;border:6px double #666}'
            '.t{position:absolute;top:38mm;width:100%%;text-align:center;font-size:40px;letter-spacing:6px}'
            '.fs{position:absolute;left:30mm;top:70mm;width:150mm}.f{display:flex;margin:9px 0;font-size:16px}.k{width:40mm;color:#555}.v{flex:1}'
            '.auth{position:absolute;right:30mm;bottom:40mm;font-size:16px;text-align:right}.as{position:absolute;right:32mm;bottom:28mm;filter:grayscale(1)}</style></head>'
            '<body><div class="pg"><div class="bd"></div><div class="t">%s</div><div class="fs">%s</div>'
            '<div class="auth">登记管理机关：%s<br>2024年7月12日</div><div class="as">%s</div>%s</div></body></html>') % (H.escape(title), rows, H.escape(o['regauth']), lib.seal_svg(o['regauth']), stamp)


# ------------------------------------------------------------------ extras
def site_photo(rnd, blur=False):
    from PIL import Image, ImageDraw, ImageFilter
    w, h = 900, 640
    im = Image.new('RGB', (w, h), (200, 196, 186))
    d = ImageDraw.Draw(im)
    d.polygon([(0, h), (w, h), (w - 150, 380), (150, 380)], fill=(150, 140, 128))
    d.rectangle([150, 60, w - 150, 380], fill=(226, 224, 218))
    for r_ in range(3):
        for c_ in range(4):
            x = 190 + c_ * 140 + r_ * 10
            y = 420 + r_ * 70
            d.rectangle([x, y, x + 100, y + 30], fill=(90, 70, 50))
            d.rectangle([x + 30, y - 40, x + 70, y - 5], fill=(30, 30, 35))
    d.rectangle([w - 200, 70, w - 170, 90], fill=(240, 240, 240))
    for i in range(200):
        x, y = rnd.randrange(w), rnd.randrange(h)
        d.point((x, y), fill=(rnd.randrange(256),) * 3)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(9)).resize((300, 213))
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=55 if blur else 70)
    return buf.getvalue()


def floor_plan_blocks(o):
    return [('h1', '考核点平面布置图'), ('center', o['name']), ('table', [
        [{'t': '理论机考室\n（40座，监控2路）', 'rs': 2}, '候考区', {'t': '技能操作室一\n（12工位）', 'rs': 2}],
        [None, '走廊', None], ['考务办公室', '监控室', '技能操作室二（12工位）']], {'header': False}), ('small', '地址：%s  面积：%d㎡' % (o['site'], o['area']))]


def teacher_blocks(o, rnd):
    names = ['周建明', '吴晓燕', '郑国强', '王丽萍', '冯志华', '陈秋云', '褚伟', '卫红梅', '蒋立新', '沈慧']
    rows = [['序号', '姓名', '职业资格/等级', '考评员证书', '专/兼职']]
    for i in range(6):
        rows.append([str(i + 1), names[(i + len(o['name'])) % 10], '%s 一级/高级技师' % o['apps'][0]['name'], 'KP%d%04d' % (2020 + i % 4, rnd.randint(0, 9999)), '专职' if i < 3 else '兼职'])
    return [('h1', '考评人员名单'), ('center', o['name']), ('table', rows)]


def toc_blocks(o, titles):
    return [('h1', '申报材料目录'), ('center', o['name'])] + [('pl', '%d. %s' % (i + 1, t)) for i, t in enumerate(titles)]


# ------------------------------------------------------------------ package assembly
NAMES = [
    {'form': '01申请表.pdf', 'ind': '02行业主管部门推荐函.pdf', 'dis': '03区人社局推荐函.pdf', 'cr': '04信用报告.pdf', 'au': '05审计报告{y}.pdf', 'lic': '06营业执照.pdf',
     'wp': '07工作方案.pdf', 'pl': '08承诺书.pdf', 'il': '09廉洁责任书.pdf', 'ip': '10实施方案.pdf', 'ev': '10评价方案-{o}.pdf', 'sp': '11样题/{o}{l}{s}.pdf', 'spo': '11样题/{o}.pdf', 'extra': '12其他材料/'},
    {'form': '1.申请表/社会培训评价组织征集遴选申请表.pdf', 'ind': '2.推荐函/行业主管部门推荐函.pdf', 'dis': '2.推荐函/考核点所在区人社部门推荐函.pdf', 'cr': '3.信用佐证/信用报告.pdf',
     'au': '3.信用佐证/{y}年度审计报告.pdf', 'lic': '3.信用佐证/登记证书复印件.pdf', 'wp': '4.工作方案/职业技能等级认定工作方案.pdf', 'pl': '4.工作方案/承诺书.pdf', 'il': '4.工作方案/廉洁责任书.pdf',
     'ip': '5.实施方案/项目实施方案.pdf', 'ev': '5.实施方案/{o}评价方案.pdf', 'sp': '5.实施方案/样题/{o}_{l}_{s}.pdf', 'spo': '5.实施方案/样题/{o}样题.pdf', 'extra': '6.其他材料/'},
    {'form': '附件1.pdf', 'ind': '附件2.pdf', 'dis': '附件3.pdf', 'cr': '附件4.pdf', 'au': '附件5-{y}.pdf', 'lic': '附件6.pdf', 'wp': '附件7.pdf', 'pl': '附件8.pdf', 'il': '附件9.pdf',
     'ip': '附件10.pdf', 'ev': '附件10-{o}.pdf', 'sp': '附件11/{o}-{l}-{s}.pdf', 'spo': '附件11-{o}.pdf', 'extra': '附件12-其他/'},
    {'form': '申请表（盖章版）.pdf', 'ind': '推荐函-行业.pdf', 'dis': '推荐函-区人社.pdf', 'cr': '信用报告_20250115.pdf', 'au': '{y2}年审计报告.pdf', 'lic': '执照.pdf',
     'wp': '工作方案.pdf', 'pl': '承诺书（盖章）.pdf', 'il': '廉洁责任书（盖章）.pdf', 'ip': '实施方案.pdf', 'ev': '评价方案（{o}）.pdf', 'sp': '样题/{o}{l}{s}.pdf', 'spo': '样题/{o}.pdf', 'extra': '其他/'},
]


def short_occ(name):
    return name.replace('（', '-').replace('）', '').replace('城市轨道交通信号工', '城轨信号')


def build_package(s, R):
    n = s['n']
    o = s['org']
    apps = o['apps']
    rnd = random.Random(SEED * 100 + n)
    house = s['house']
    nm = NAMES[s['naming']]
    docs = []
    sub = (2025, 1, 20 + n % 6)
    d_letter = (2025, 1, 6 + n % 10)
    d_cr = (2025, 1, 13 + n % 5)
    d_own = (2025, 1, 8 + n % 9)
    letter_r = ['html-serif', 'rl-cid', 'docx', 'rl-ttf', 'html-png', 'gs-rl', 'gs-html'][n % 7]
    letter_r2 = ['rl-ttf', 'html-png', 'gs-html', 'docx', 'html-svg', 'rl-cid'][n % 6]
    own_r = house
    sealing_r = own_r if own_r != 'odt' else 'docx'

    def D(key, kind, blocks, r, seal=None, fmt=None, **kw):
        path = nm[key].format(**(fmt or {}))
        d = Doc(path, kind, blocks, r, seal=seal)
        for k, v in kw.items():
            setattr(d, k, v)
        docs.append(d)
        return d

    # variants
    form_v = s.get('form_v', (n * 3) % 5)
    ind_v = s.get('ind_v', [0, 3, 0, 1, 3, 0][n % 6])
    if ind_v == 1 and apps[0]['name'] not in ASSOC:
        ind_v = 0
    dis_v = n % 4
    cr_v = (n * 2) % 3
    au_v = n % 4
    wp_v, pl_v, il_v, ip_v = n % 3, (n + 1) % 3, (n + 2) % 3, (n // 3) % 3

    # 1 form
    D('form', 'application_form', C.application_form(o, apps, form_v, sub, form_name=s.get('form_name')), 'html-web' if form_v == 2 else own_r)
    # 2 industry letter
    a0 = apps[0]['name']
    if ind_v == 2:
        iss = {'name': s['parent'], 'self': '集团'}
        docno = '临港智集〔2025〕%d号' % (3 + n)
    elif ind_v == 1:
        iss = {'name': ASSOC[a0], 'self': '会', 'meeting': ['会长办公', '理事', '常务理事'][n % 3]}
        docno = ''
    else:
        g = GOV[a0]
        iss = {'name': g[0], 'self': g[2], 'cc': (['赵琳', '高翔', '唐敏', '许诺'][n % 4], '2311%04d' % (n * 97))}
        docno = '%s函〔2025〕%d号' % (g[1], 10 + n * 3)
    ind = D('ind', 'industry_letter', C.industry_letter(o, apps, ind_v, iss, d_letter, docno), letter_r, seal=True)
    if s.get('faint_industry'):
        ind.post = 'faint'
        ind.path = 'scan_003.pdf'
    # 3 district letter
    if s.get('bureau'):
        bureau, bno = s['bureau'], s['bureau_no']
    else:
        bureau = '上海市%s人力资源和社会保障局' % o['district']
        bno = '%s人社函〔2025〕%d号' % (DSHORT[o['district']], 2 + n)
    dseal = not s.get('dist_noseal')
    dis_vv = dis_v if dseal else (dis_v if dis_v != 3 else 0)
    D('dis', 'district_letter', C.district_letter(o, apps, dis_vv, bureau, (2025, 1, 9 + n % 8), bno, recommended=s.get('other_org'), seal=dseal), letter_r2, seal=dseal)
    # 4 credit report
    recs = None
    if s.get('penalty'):
        recs = {'pen': [['沪市监奉处〔2024〕2220230%04d号' % (n * 13), '未按规定公示年度报告信息且逾期未改正', '罚款人民币5000元', '上海市奉贤区市场监督管理局', '2024年6月18日']]}
    cr = D('cr', 'credit_report', C.credit_report(o, cr_v, d_cr, 'XYBG%d%02d%02d%06d' % (2025, 1, d_cr[2], 100000 + n * 4711), recs), ['html-png', 'rl-cid', 'gs-rl'][n % 3])
    if s.get('encrypt_credit'):
        cr.post = 'encrypt'
    # 5 audits
    firm = FIRM_LIST[n % len(FIRM_LIST)]
    nonprofit = o['kind'] in ('minfei', 'shetuan')
    fcode = {'上海沪信会计师事务所有限公司': '沪信', '上海立诚会计师事务所（普通合伙）': '立诚', '上海华鼎会计师事务所有限公司': '华鼎', '上海申正会计师事务所有限公司': '申正', '上海中审信和会计师事务所有限公司': '信和'}[firm]
    for k, y in enumerate(s.get('audit_years', (2022, 2023))):
        v = 3 if nonprofit and k == 0 else (au_v + k) % 4
        repno = ['%s会审字〔%d〕第%04d号', '%s审字(%d)第%04d号', '%s会师报字[%d]第%04d号'][(n + k) % 3] % (fcode, y + 1, 100 + n * 17 + k * 5)
        blocks = C.audit_report(o, y, v, firm, repno, (y + 1, 3 + (n + k) % 2, 5 + n % 20), nonprofit=nonprofit, rnd=random.Random(n * 10 + y))
        r = ['docx', 'rl-ttf', 'html-svg', 'gs-html', 'rl-cid'][(n + k) % 5]
        ad = D('au', 'audit_report', blocks, r, fmt={'y': y, 'y2': str(y)[2:]})
        if s.get('corrupt_audit') and y == 2022:
            ad.post = 'truncate'
    # 6 registration certificate
    cert = {'org': o, 'kind': o['kind'], 'copy_seal': not s.get('licence_noseal')}
    lic = D('lic', 'registration_certificate', [], 'cert-rl' if n % 2 else 'cert-html', seal=not s.get('licence_noseal'))
    lic.cert = cert
    if n % 5 == 1:
        lic.post = 'scan'
    # 7 work plan / pledge / integrity
    wpb = C.work_plan(o, apps, wp_v, d_own)
    plb = C.pledge(o, pl_v, d_own)
    ilb = C.integrity(o, il_v, d_own)
    if n % 4 == 3 and not s.get('pledge_docx') and not s.get('no_integrity') and not s.get('poor_integrity'):
        D('wp', 'work_plan+pledge+integrity_letter', wpb + [('pb',)] + plb + [('pb',)] + ilb, sealing_r, seal=True)
    else:
        D('wp', 'work_plan', wpb, own_r)
        if s.get('pledge_docx'):
            pd = D('pl', 'pledge', C.pledge(o, pl_v, d_own, seal=False), 'docx', seal=False)
            pd.path = pd.path.replace('.pdf', '.docx')
            pd.keep_docx = True
        else:
            D('pl', 'pledge', plb, sealing_r, seal=True)
        if s.get('poor_integrity'):
            pi = D('il', 'integrity_letter', ilb, 'rl-ttf', seal=True)
            pi.post = 'photo-poor'
            pi.path = 'IMG_20250117_%04d.jpg' % (4000 + n)
        elif not s.get('no_integrity'):
            D('il', 'integrity_letter', ilb, letter_r if n % 2 else sealing_r, seal=True)
    # 8 implementation plan, evaluation plans, sample papers
    sp_mode = s.get('sp_mode', ['per_level', 'per_occ', 'per_set', 'in_impl', 'per_occ', 'per_level'][n % 6])
    sep_eval = (n % 5 == 2)
    ipb = C.impl_plan(o, apps, ip_v, d_own, with_eval=not sep_eval)
    titles = C.SET_TITLES[n % len(C.SET_TITLES)]
    sets = {}
    for a in apps:
        for l in a['levels']:
            nsets = 1 if s.get('one_set') and l == s['one_set'][1] else 2
            sets[(a['name'], l)] = [C.sample_set(o, a, l, titles[i], random.Random(n * 1000 + l * 10 + i), answers=(n % 3 == 0)) +
                                    (C.answer_sheet(o, a, l, titles[i]) if n % 4 == 1 else []) for i in range(nsets)]
    ip_kind = 'implementation_plan' if sep_eval else 'implementation_plan+evaluation_plan'
    if sp_mode == 'in_impl':
        allb = list(ipb)
        for a in apps:
            for l in a['levels']:
                for sb in sets[(a['name'], l)]:
                    allb += [('pb',)] + sb
        D('ip', ip_kind + '+sample_paper', allb, own_r)
    else:
        D('ip', ip_kind, ipb, own_r)
        if sp_mode == 'all':
            allb = []
            for a in apps:
                for l in a['levels']:
                    for sb in sets[(a['name'], l)]:
                        allb += ([('pb',)] if allb else []) + sb
            D('spo', 'sample_paper', allb, own_r, fmt={'o': '全部职业等级样题汇编'})
        for a in apps:
            so = short_occ(a['name'])
            if sp_mode == 'per_occ':
                allb = []
                for l in a['levels']:
                    for sb in sets[(a['name'], l)]:
                        allb += ([('pb',)] if allb else []) + sb
                D('spo', 'sample_paper', allb, own_r, fmt={'o': so})
            elif sp_mode in ('per_level', 'per_set'):
                for l in a['levels']:
                    ss = sets[(a['name'], l)]
                    if sp_mode == 'per_level':
                        allb = []
                        for sb in ss:
                            allb += ([('pb',)] if allb else []) + sb
                        D('sp', 'sample_paper', allb, own_r, fmt={'o': so, 'l': C.LV[l], 's': '样题'})
                    else:
                        for i, sb in enumerate(ss):
                            D('sp', 'sample_paper', sb, own_r, fmt={'o': so, 'l': C.LV[l], 's': '-' + titles[i].replace(' ', '')})
    if sep_eval:
        for a in apps:
            eb = [('h1', '%s评价方案' % a['name']), ('center', o['name'])]
            rows = [['等级', '评价方式', '理论时长', '实操时长', '考核重点']]
            for l in a['levels']:
                rows.append(['%s（%s）' % (C.LV[l], C.LVW[l]), '理论+实操' + ('+综合评审' if l <= 2 else ''), '90分钟', '%d分钟' % (60 + (5 - l) * 30), C.TOPIC[a['name']][l % 4]])
            eb.append(('table', rows))
            D('ev', 'evaluation_plan', eb, own_r, fmt={'o': short_occ(a['name'])})
    # 9 extras
    ex = nm['extra']
    if n % 3 == 0:
        d = Doc(ex + '考核点平面图.pdf', 'other', floor_plan_blocks(o), 'rl-ttf')
        docs.append(d)
    if n % 4 == 2:
        docs.append(Doc(ex + '考评人员名单.pdf', 'other', teacher_blocks(o, rnd), own_r))
    if n % 3 == 1 or s.get('blur_photo'):
        d = Doc(ex + '考核点照片%d.jpg' % 1, 'other', None, None)
        d.raw = site_photo(rnd, blur=bool(s.get('blur_photo')))
        d.text = 'none'
        d.producer = 'Pillow (synthetic photo%s)' % (', heavily blurred' if s.get('blur_photo') else '')
        docs.append(d)
    if n % 5 == 0:
        docs.append(Doc('00目录.pdf', 'other', toc_blocks(o, ['申请表', '推荐函', '信用报告', '审计报告', '登记证书', '工作方案', '承诺书', '廉洁责任书', '实施方案', '样题']), 'rl-cid'))

    # scans for whole package / OCR layers
    if s.get('scan_all'):
        k = 1
        for d in docs:
            if d.kind in ('application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report', 'registration_certificate', 'pledge', 'integrity_letter'):
                d.post = 'scan'
                d.path = 'IMG_20250116_%04d.pdf' % k
                k += 1
    if s.get('ocr_some'):
        for d in docs:
            if d.kind in ('district_letter', 'pledge', 'integrity_letter'):
                d.post = 'ocr3'
            if d.kind == 'registration_certificate':
                d.post = 'ocrmypdf'
    # big PDF: combine main materials
    if s.get('bigpdf'):
        keep = []
        big = []
        kinds = []
        for d in docs:
            if d.kind in ('application_form', 'credit_report', 'audit_report', 'work_plan', 'pledge', 'integrity_letter', 'implementation_plan+evaluation_plan', 'implementation_plan', 'evaluation_plan'):
                big += ([('pb',)] if big else []) + d.blocks
                for kk in d.kind.split('+'):
                    if kk not in kinds:
                        kinds.append(kk)
            else:
                keep.append(d)
        bd = Doc('%s申报材料（合订本）.pdf' % o['name'], '+'.join(kinds), big, 'rl-ttf', seal=True)
        docs = [bd] + keep
    for i, d in enumerate(docs):
        if d.blocks is not None or getattr(d, 'cert', None):
            if getattr(d, 'keep_docx', False):
                p = os.path.join(BUILD, 'p%02d_%d.docx' % (n, i))
                lib.to_docx(d.blocks, p)
                d.src = p
                d.producer = 'python-docx (.docx, editable)'
                d.raw = None
                continue
            R.submit(d, 'p%02d_%d' % (n, i))
    return docs


def post_process(s, docs):
    n = s['n']
    rnd = random.Random(SEED + n)
    for d in docs:
        if d.raw is not None and d.src is None:
            continue
        if getattr(d, 'keep_docx', False):
            d.raw = open(d.src, 'rb').read()
            continue
        src = d.src
        if not os.path.exists(src):
            raise RuntimeError('missing render output %s for %s' % (src, d.path))
        p = d.post
        if p is None:
            d.raw = open(src, 'rb').read()
        elif p == 'scan':
            out = src[:-4] + '_scan.pdf'
            lib.scan_pdf(src, out, rnd, dpi=rnd.choice([150, 160, 180]) if not s.get('scan_all') else 150, gray=(n % 2 == 1) or s.get('scan_all', False), quality=42 if s.get('scan_all') else 55)
            d.raw = open(out, 'rb').read()
            d.text = 'none'
            d.producer = 'scan: pdftoppm → Pillow (rotation, noise, JPEG) → img2pdf [from %s]' % d.producer
        elif p == 'faint':
            out = src[:-4] + '_faint.pdf'
            lib.scan_pdf(src, out, rnd, dpi=60, gray=True, quality=30, blur=1.6, faint=True, angle=2.5)
            d.raw = open(out, 'rb').read()
            d.text = 'none'
            d.producer = 'faint blurred 60 dpi scan (pdftoppm → Pillow → img2pdf)'
        elif p == 'ocr3':
            out = src[:-4] + '_ocr3.pdf'
            pages = []
            cur = []
            for b in d.blocks:
                if b[0] == 'pb':
                    pages.append(cur)
                    cur = []
                else:
                    cur += lib.blocks_text([b])
            pages.append(cur)
            lib.ocr_layer_pdf(src, out, pages, rnd)
            d.raw = open(out, 'rb').read()
            d.text = 'ocr-layer'
            d.producer = 'scan image + invisible text (reportlab render mode 3)'
        elif p == 'ocrmypdf':
            sc = src[:-4] + '_scan.pdf'
            lib.scan_pdf(src, sc, rnd, dpi=160, gray=True, quality=50, angle=0.4)
            out = src[:-4] + '_ocr.pdf'
            env = dict(os.environ, OMP_THREAD_LIMIT='1')
            r = subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--jobs', '1', '--output-type', 'pdf', sc, out], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if r.returncode != 0:
                raise RuntimeError('ocrmypdf failed: ' + r.stderr.decode()[-800:])
            d.raw = open(out, 'rb').read()
            d.text = 'ocr-layer'
            d.producer = 'scan (img2pdf) + ocrmypdf/tesseract chi_sim text layer'
        elif p == 'encrypt':
            out = src[:-4] + '_enc.pdf'
            lib.run(['qpdf', '--encrypt', 'xy%d2025' % n, 'own%d' % n, '256', '--', src, out])
            d.raw = open(out, 'rb').read()
            d.text = 'encrypted'
            d.producer += ' + qpdf AES-256 with user password'
        elif p == 'truncate':
            raw = open(src, 'rb').read()
            d.raw = raw[:int(len(raw) * 0.38)]
            d.text = 'corrupt'
            d.producer += ' (truncated to 38%)'
        elif p == 'photo-poor':
            d.raw = lib.photo_jpg(src, rnd, poor=True)
            d.text = 'none'
            d.producer = 'phone-photo simulation (dark, blurred, 60 dpi JPEG)'
        elif p == 'photo':
            d.raw = lib.photo_jpg(src, rnd)
            d.text = 'none'
            d.producer = 'phone-photo simulation (JPEG)'


# ------------------------------------------------------------------ zip writing
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(path, members, gbk=False, macosx=False):
    """members: list of (name, bytes)"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        dirs = set()
        for name, data in members:
            parts = name.split('/')[:-1]
            for i in range(len(parts)):
                dn = '/'.join(parts[:i + 1]) + '/'
                if dn not in dirs:
                    dirs.add(dn)
                    zi = (GBKInfo if gbk else zipfile.ZipInfo)(dn, date_time=(2025, 1, 18, 10, 0, 0))
                    zi.external_attr = 0o40755 << 16 | 0x10
                    z.writestr(zi, b'')
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(name, date_time=(2025, 1, 18, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
            if macosx:
                base = name.rsplit('/', 1)
                mac = '__MACOSX/' + (base[0] + '/._' + base[1] if len(base) == 2 else '._' + base[0])
                z.writestr(zipfile.ZipInfo(mac, date_time=(2025, 1, 18, 10, 30, 0)), b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 40)
        if macosx:
            z.writestr(zipfile.ZipInfo('.DS_Store', date_time=(2025, 1, 18, 10, 30, 0)), b'\x00\x00\x00\x01Bud1' + b'\x00' * 60)
    data = buf.getvalue()
    if path:
        with open(path, 'wb') as f:
            f.write(data)
    return data


def main():
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    if os.path.exists(PKG):
        shutil.rmtree(PKG)
    os.makedirs(PKG)
    only = set(int(x) for x in sys.argv[1:])
    S = specs()
    if only:
        S = [s for s in S if s['n'] in only]
    R = Renderer()
    built = []
    for s in S:
        built.append((s, build_package(s, R)))
    print('rendering: %d soffice, %d chromium' % (len(R.soffice), len(R.chrome)), flush=True)
    R.finish()
    key = {'author': 'final22', 'packages': {}}
    for s, docs in built:
        post_process(s, docs)
        o = s['org']
        zipname = 'U%02d-%s.zip' % (s['n'], o['name'])
        members = [(d.path, d.raw) for d in docs]
        entries = []
        if s.get('nested'):
            inner_names = [d for d in docs if d.kind.startswith('implementation_plan') or d.kind in ('sample_paper', 'evaluation_plan')]
            outer = [d for d in docs if d not in inner_names]
            inner_zip = write_zip(None, [(d.path, d.raw) for d in inner_names])
            nzp = '实施方案及样题.zip'
            members = [(d.path, d.raw) for d in outer] + [(nzp, inner_zip)]
            for d in inner_names:
                d.path = nzp + '/' + d.path
        write_zip(os.path.join(PKG, zipname), members, gbk=s.get('gbk', False), macosx=s.get('macosx', False))
        for d in docs:
            e = {'path': d.path, 'kind': d.kind, 'producer': d.producer, 'text': d.text}
            if d.seal is not None and any(k in d.kind for k in ('letter', 'pledge', 'registration_certificate', 'integrity')):
                e['seal'] = bool(d.seal)
            entries.append(e)
        key['packages'][zipname] = {
            'verdict': s['verdict'], 'causes': s['causes'], 'defects': s['defects'], 'why': s['why'],
            'organisation': {'name': o['name'], 'credit_code': o['code']},
            'applications': [{'code': a['code'], 'name': a['name'], 'levels': a['levels']} for a in o['apps']],
            'documents': entries,
        }
        print(zipname, s['verdict'], '%d KB' % (os.path.getsize(os.path.join(PKG, zipname)) // 1024), flush=True)
    with open(os.path.join(WORK, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
