#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final12 blind corpus: packages/S01..S36-*.zip and key.json.

Usage:  python3 generate.py            (about 10-15 minutes on 2 cores)
All content comes from seeded random generators; PDFs differ only in producer timestamps/IDs.
"""
import os, sys, json, shutil, random, zipfile, struct, time, re
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_core import *  # noqa
from gen_render import to_html, to_docx, to_odt, to_rl
from gen_content import *  # noqa
from gen_cert import cert_rl, cert_html

BUILD = os.path.join(HERE, '_build')
OUT = os.path.join(HERE, 'packages')
SEED = 20250120

# ------------------------------------------------------------------ the notice's 48 occupations
NOTICE = {}
for line in '''3-01-01-02|政务服务办事员|543
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
4-09-07-04|碳排放管理员|5
4-09-07-04|碳排放管理员（碳排放监测员）|4321
4-09-07-04|碳排放管理员（碳排放核算员）|4321
4-09-07-04|碳排放管理员（碳排放核查员）|4321
4-09-07-04|碳排放管理员（碳排放交易员）|4321
4-09-07-04|碳排放管理员（碳排放咨询员）|321
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
6-12-03-00|药物制剂工（注射剂制备）|54321
6-12-03-00|药物制剂工（胶囊剂制备）|54321
6-12-03-00|药物制剂工（颗粒剂制备）|54321
6-18-01-13|增材制造设备操作员|54321
6-29-03-04|管工|54321
6-29-03-10|轨道交通信号工（城市轨道交通信号工）|54321'''.split('\n'):
    c, n, l = line.split('|')
    NOTICE[n] = (c, [int(x) for x in l])
NOT_IN_NOTICE = {'化妆师': '4-10-03-03'}

DISTRICTS = {'310101': '黄浦区', '310104': '徐汇区', '310105': '长宁区', '310106': '静安区', '310107': '普陀区', '310109': '虹口区',
             '310110': '杨浦区', '310112': '闵行区', '310113': '宝山区', '310114': '嘉定区', '310115': '浦东新区', '310116': '金山区',
             '310117': '松江区', '310118': '青浦区', '310120': '奉贤区', '310151': '崇明区'}
DABBR = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨', '闵行区': '闵',
         '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松', '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}
ROADS = {'黄浦区': '西藏中路', '徐汇区': '漕溪北路', '长宁区': '天山路', '静安区': '共和新路', '普陀区': '真北路', '虹口区': '四川北路',
         '杨浦区': '国定路', '闵行区': '莘庄工业区申富路', '宝山区': '友谊路', '嘉定区': '嘉定工业区叶城路', '浦东新区': '张江路',
         '金山区': '金山卫镇卫昌路', '松江区': '九亭镇九新公路', '青浦区': '赵巷镇业辉路', '奉贤区': '南桥镇望园路', '崇明区': '城桥镇八一路',
         '昆山市': '花桥镇绿地大道', '卢湾区': '徐家汇路'}

IND = {
    'lvrong': ('上海市绿化和市容管理局', '局', '沪绿容函', '市容环境卫生'),
    'wjw': ('上海市卫生健康委员会', '委', '沪卫人事函', '卫生健康'),
    'canyin': ('上海市餐饮烹饪行业协会', '会', '沪餐协', '餐饮服务'),
    'sthj': ('上海市生态环境局', '局', '沪环气函', '应对气候变化'),
    'yjj': ('上海市药品监督管理局', '局', '沪药监人函', '药品生产'),
    'jxw': ('上海市经济和信息化委员会', '委', '沪经信人函', '先进制造业和信息化'),
    'fgw': ('上海市发展和改革委员会', '委', '沪发改信用函', '社会信用体系建设'),
    'bgt': ('上海市人民政府办公厅', '厅', '沪府办函', '政务服务'),
    'clw': ('上海市残疾人联合会', '会', '沪残联函', '康复服务'),
    'zjw': ('上海市住房和城乡建设管理委员会', '委', '沪建人函', '建设'),
    'swj': ('上海市商务委员会', '委', '沪商服函', '商贸服务'),
    'kjw': ('上海市科学技术委员会', '委', '沪科函', '科技服务'),
    'fgj': ('上海市房屋管理局', '局', '沪房物函', '物业服务'),
    'scj': ('上海市市场监督管理局', '局', '沪市监计量函', '计量技术'),
    'mzj': ('上海市卫生健康委员会', '委', '沪卫老龄函', '护理服务'),
    'fzhx': ('上海市服装行业协会', '会', '沪服协', '服饰美学'),
    'zyy': ('上海市中医药管理局', '局', '沪中医药函', '中医药健康服务'),
    'group': ('上海华锦（集团）有限公司', '集团', '华锦集团发', '轨道交通'),
    'ecc': ('上海市环境保护产业协会', '会', '沪环保产协', '环境服务'),
}
FIRMS = [
    {'name': '上海立信达会计师事务所（特殊普通合伙）', 'prefix': '沪立达审字', 'cpa': ('王建国', '李雯'), 'v': 'digits', 'prod': 'docx'},
    {'name': '上海众华信会计师事务所有限公司', 'prefix': '众信审字', 'cpa': ('陈嘉', '邵立民'), 'v': 'cn', 'prod': 'rl'},
    {'name': '上海申瑞会计师事务所有限公司', 'prefix': '沪申瑞审', 'cpa': ('周敏', '顾晓峰'), 'v': 'titleonly', 'prod': 'html'},
    {'name': '上海公信中南会计师事务所有限公司', 'prefix': '公信审', 'cpa': ('黄丽娟', '钱勇'), 'v': 'digits', 'prod': 'odt'},
]

# ------------------------------------------------------------------ package table
# (sid, org name, cat, region, site district, rep, industry key, apps, verdict, extra)
SPECS = [
    ('S01', '上海浦江职业技能培训有限公司', 'company', '310115', '浦东新区', '沈国平', 'lvrong',
     [('保洁员', [5, 4, 3]), ('生活垃圾清运工（生活垃圾收集工）', [5, 4])], 'pass', {}),
    ('S02', '上海瑞禾健康管理咨询有限公司', 'company', '310104', '徐汇区', '林晓岚', 'wjw',
     [('医疗护理员', [5, 4, 3]), ('营养师（公共营养师）', [4, 3])], 'pass', {}),
    ('S03', '上海市长宁区启航职业技能培训学校', 'minfei', '310105', '长宁区', '许文彬', 'canyin',
     [('调饮师', [5, 4, 3]), ('食品安全管理师', [4, 3])], 'pass', {}),
    ('S04', '上海申碳环境科技有限公司', 'company', '310112', '闵行区', '顾一鸣', 'sthj',
     [('碳排放管理员（碳排放核算员）', [4, 3, 2]), ('碳排放管理员（碳排放核查员）', [4, 3])], 'pass', {}),
    ('S05', '上海华锦轨道交通技术服务有限公司', 'company', '310107', '普陀区', '邱振宇', 'group',
     [('轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2])], 'pass', {}),
    ('S06', '上海维康药业股份有限公司', 'company', '310120', '奉贤区', '丁伟民', 'yjj',
     [('药物制剂工（片剂制备）', [5, 4, 3]), ('药物制剂工（颗粒剂制备）', [4, 3])], 'pass', {}),
    ('S07', '上海德迈增材制造技术有限公司', 'company', '310114', '嘉定区', 'Markus Weber', 'jxw',
     [('增材制造设备操作员', [4, 3, 2, 1])], 'pass', {}),
    ('S08', '上海知信企业信用管理咨询有限公司', 'company', '310103', '黄浦区', '蒋立新', 'fgw',
     [('信用管理师', [4, 3, 2, 1])], 'pass', {}),
    ('S09', '上海数孪智能科技有限公司', 'company', '310110', '杨浦区', '宋佳琪', 'jxw',
     [('数字孪生应用技术员', [5, 4, 3]), ('数字化解决方案设计师', [4, 3])], 'pass', {}),
    ('S10', '上海绿苑园艺职业技能培训中心', 'minfei', '310118', '青浦区', '钟秀英', 'lvrong',
     [('盆景师', [5, 4, 3, 2])], 'pass', {}),
    ('S11', '上海政通政务服务外包有限公司', 'company', '310106', '静安区', '韩立国', 'bgt',
     [('政务服务办事员', [5, 4, 3])], 'pass', {}),
    ('S12', '上海听宜听力科技有限公司', 'company', '310113', '宝山区', '范春燕', 'clw',
     [('助听器验配师', [4, 3, 2])], 'pass', {}),
    # ---------------------------------------------------------------- fail
    ('S13', '上海金桥化工技术培训有限公司', 'company', '310116', '金山区', '马志刚', 'jxw',
     [('化工总控工', [5, 4, 3])], 'fail', {'no_integrity': True}),
    ('S14', '昆山汇智职业培训有限公司', 'company', '320583', '嘉定区', '曹永红', 'zjw',
     [('管工', [5, 4, 3])], 'fail', {'non_sh': True}),
    ('S15', '上海市城市建设职业技术培训中心', 'shiye', '310000', '虹口区', '吕建平', 'zjw',
     [('建筑节能减排咨询师', [4, 3, 2])], 'fail', {}),
    ('S16', '上海美颜色彩形象设计有限公司', 'company', '310106', '静安区', '白雪', 'swj',
     [('色彩搭配师', [4, 3]), ('化妆师', [4, 3])], 'fail', {}),
    ('S17', '上海科创汇科技咨询有限公司', 'company', '310115', '浦东新区', '严志华', 'kjw',
     [('科技咨询师', [4, 3, 2])], 'fail', {}),
    ('S18', '上海洁云环境服务有限公司', 'company', '310117', '松江区', '潘海燕', 'lvrong',
     [('保洁员', [5, 4, 3])], 'fail', {'dup': 'S19'}),
    ('S19', '上海洁云环境服务有限公司', 'company', '310117', '青浦区', '潘海燕', 'lvrong',
     [('保洁员', [5, 4]), ('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], 'fail', {'dup': 'S18'}),
    ('S20', '上海同享餐饮管理有限公司', 'company', '310109', '虹口区', '彭丽', 'swj',
     [('调饮师', [5, 4, 3])], 'fail', {}),
    ('S21', '上海沪联保洁服务有限公司', 'company', '310151', '崇明区', '施建军', 'lvrong',
     [('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], 'fail', {}),
    ('S22', '上海嘉禾药剂技术培训有限公司', 'company', '310114', '嘉定区', '任晓东', 'yjj',
     [('药物制剂工（注射剂制备）', [5, 4, 3])], 'fail', {}),
    ('S23', '上海优匠职业技能培训有限公司', 'company', '310112', '闵行区', '董明', 'wjw',
     [('社群健康助理员', [4, 3, 2])], 'fail', {}),
    ('S24', '上海艾禾保健服务有限公司', 'company', '310105', '长宁区', '唐慧', 'zyy',
     [('保健调理师（保健艾灸师）', [5, 4, 3])], 'fail', {}),
    ('S25', '上海城佳物业管理有限公司闵行分公司', 'branch', '310112', '闵行区', '袁斌', 'fgj',
     [('保洁员', [5, 4])], 'fail', {}),
    ('S26', '上海恒测计量技术有限公司', 'company', '310117', '松江区', '魏强', 'scj',
     [('计量员（热工计量员）', [4, 3])], 'fail', {}),
    # ---------------------------------------------------------------- review
    ('S27', '上海市康护服务行业协会', 'shetuan', '310000', '普陀区', '龚美华', 'mzj',
     [('医疗护理员', [5, 4, 3])], 'review', {}),
    ('S28', '上海明途数字科技有限公司', 'company', '310104', '徐汇区', '贺晨', 'jxw',
     [('数字孪生应用技术员', [5, 4])], 'review', {}),
    ('S29', '上海膳衡营养健康咨询有限公司', 'company', '310106', '静安区', '薛雅婷', 'wjw',
     [('营养师（公共营养师）', [4, 3, 2])], 'review', {}),
    ('S30', '上海沪安管道安装工程有限公司', 'company', '310113', '宝山区', '邵国华', 'zjw',
     [('管工', [5, 4, 3])], 'review', {}),
    ('S31', '上海碳衡检测技术有限公司', 'company', '310115', '浦东新区', '汤立', 'ecc',
     [('碳排放管理员（碳排放监测员）', [4, 3])], 'review', {}),
    ('S32', '上海食安云科技有限公司', 'company', '310107', '普陀区', '夏振华', 'scj',
     [('食品安全管理师', [4, 3, 2])], 'review', {}),
    ('S33', '上海康和制药有限公司', 'company', '310120', '奉贤区', '孔德明', 'yjj',
     [('药物制剂工（胶囊剂制备）', [5, 4])], 'review', {}),
    ('S34', '上海睿政企业服务有限公司', 'company', '310110', '杨浦区', '毛俊', 'bgt',
     [('政务服务办事员', [5, 4])], 'review', {}),
    ('S35', '上海智造三维科技有限公司', 'company', '310117', '松江区', '武海涛', 'jxw',
     [('增材制造设备操作员', [5, 4, 3])], 'review', {}),
    ('S36', '上海市徐汇区彩艺职业技能培训学校', 'minfei', '310104', '徐汇区', '乔丽华', 'fzhx',
     [('色彩搭配师', [4, 3])], 'review', {}),
]

TYPES = {
    'S05': '有限责任公司（非自然人投资或控股的法人独资）', 'S06': '股份有限公司（非上市、自然人投资或控股）',
    'S07': '有限责任公司（外国法人独资）', 'S09': '有限责任公司（港澳台法人独资）', 'S11': '有限责任公司（国有控股）',
    'S02': '有限责任公司（自然人独资）', 'S33': '有限责任公司（台港澳与境内合资）', 'S25': '有限责任公司分公司',
}
SURN = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜'


def mk_org(spec, rng):
    sid, name, cat, region, site_d, rep, indk, apps, verdict, extra = spec
    pfx = {'company': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[cat]
    org8 = rand_org8(rng, {'company': 'MA', 'branch': 'MA', 'minfei': 'MJ', 'shetuan': 'num', 'shiye': 'num'}[cat])
    if cat == 'shetuan':
        org8 = '5' + org8[1:]
    if cat == 'shiye':
        org8 = '4' + org8[1:]
    if sid == 'S08':
        org8 = '7' + ''.join(rng.choice('0123456789') for _ in range(7))  # pre-2015 organisation code
    code = make_code(pfx, region, org8, bad18=(sid == 'S33'), bad_org=(sid == 'S36'))
    reg_d = DISTRICTS.get(region, {'310000': '', '320583': '昆山市', '310103': '卢湾区'}.get(region))
    reg_area = reg_d if reg_d else site_d
    road = ROADS.get(reg_area, '人民大道')
    addr = ('江苏省昆山市' if region == '320583' else '上海市' + (reg_area if region not in ('310000',) else site_d)) + \
        '%s%d号%s' % (road, rng.randint(8, 1999), rng.choice(['', '3幢', '2号楼', '5层', 'A座1201室', '1-3层']))
    site_road = ROADS[site_d]
    site = '上海市%s%s%d号%s' % (site_d, site_road, rng.randint(10, 999), rng.choice(['2楼', '3层考核中心', '培训楼1-2层', '']))
    if cat in ('company', 'branch'):
        if region == '320583':
            reg_auth = '昆山市市场监督管理局'
        elif region == '310103':
            reg_auth = '上海市黄浦区市场监督管理局'
        else:
            reg_auth = '上海市%s市场监督管理局' % reg_d
    elif cat == 'minfei':
        reg_auth = '上海市%s民政局' % reg_d
    elif cat == 'shetuan':
        reg_auth = '上海市民政局'
    else:
        reg_auth = '上海市事业单位登记管理局'
    year = rng.randint(2006, 2019) if sid != 'S08' else 2009
    est = '%d年%02d月%02d日' % (year, rng.randint(1, 12), rng.randint(1, 28))
    nature = {'company': '企业（%s）' % TYPES.get(sid, '有限责任公司（自然人投资或控股）'), 'branch': '企业（分公司）', 'minfei': '民办非企业单位',
              'shetuan': '社会团体', 'shiye': '事业单位'}[cat]
    occs = '、'.join(base_of_set([{'name': a[0]} for a in apps]))
    scope = {
        'company': '一般项目：%s相关技术服务、技术咨询；职业技能培训（不含需取得许可的培训）；企业管理咨询；会议及展览服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' % occs,
        'branch': '一般项目：物业管理；专业保洁、清洗、消毒服务；城市生活垃圾经营性服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
        'minfei': '%s等职业技能培训。' % occs,
        'shetuan': '行业自律、行业培训、职业技能评价、交流合作、咨询服务。',
        'shiye': '开展建设行业从业人员职业技能培训，促进行业人才发展。建设行业岗位培训、继续教育、技能评价。',
    }[cat]
    capital = {'company': '人民币%d万元整' % rng.choice([100, 200, 500, 1000, 3000]), 'branch': '',
               'minfei': '人民币%d万元' % rng.choice([10, 30, 50]), 'shetuan': '人民币%d万元' % rng.choice([10, 30]),
               'shiye': '人民币%d万元' % rng.choice([120, 360])}[cat]
    if sid == 'S06':
        capital = '人民币8000万元整'
    o = dict(name=name, cert_name=name, code=code, cat=cat, rep=rep, addr=addr, site=site,
             site_name='%s考核点' % name.replace('上海市', '').replace('上海', '')[:8], reg_auth=reg_auth, est=est,
             typ=TYPES.get(sid, '有限责任公司（自然人投资或控股）') if cat in ('company', 'branch') else nature,
             nature=nature, nature_desc={'company': '在本市依法登记的企业法人', 'branch': '在本市依法登记的企业',
                                         'minfei': '经民政部门登记的民办非企业单位', 'shetuan': '经民政部门登记的社会团体',
                                         'shiye': '事业单位法人'}[cat],
             contact=rng.choice(SURN) + rng.choice(['老师', '女士', '先生']) if rng.random() < 0.3 else rng.choice(SURN) + rng.choice(['敏', '洁', '晨', '峰', '涛', '芳']),
             phone='021-%d%07d' % (rng.choice([5, 6]), rng.randint(0, 9999999)), staff=rng.randint(6, 18),
             area=rng.randint(400, 2600), scope=scope, capital=capital, term='%s至不约定期限' % est if cat in ('company', 'branch') else '2022年%02d月%02d日至2027年%02d月%02d日' % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 12), rng.randint(1, 28)),
             cert_date='%d年%02d月%02d日' % (rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 28)),
             licno='%d%05d%07d' % (rng.randint(31, 31), rng.randint(0, 99999), rng.randint(0, 9999999)),
             sponsor={'minfei': '上海市%s人力资源和社会保障局' % reg_d if reg_d else '', 'shetuan': '上海市卫生健康委员会',
                      'shiye': '上海市住房和城乡建设管理委员会'}.get(cat, ''),
             intro='%s成立于%s，现有专兼职培训及评价人员%d人，长期开展%s等职业（工种）的培训与技能评价工作，年培训规模约%d人次，与多家行业企业建立了合作关系。'
             % (name, est[:5], rng.randint(20, 80), occs, rng.randint(8, 60) * 100))
    return o


def dd(day):
    return (2025, 1, day)


def build_packages():
    pk = []
    for i, spec in enumerate(SPECS):
        rng = random.Random(SEED + i)
        sid, name, cat, region, site_d, rep, indk, apps_, verdict, extra = spec
        o = mk_org(spec, rng)
        apps = []
        for n, lv in apps_:
            code = NOTICE[n][0] if n in NOTICE else NOT_IN_NOTICE[n]
            apps.append({'code': code, 'name': n, 'levels': lv})
        iss = IND[indk]
        ind = dict(issuer=iss[0], seal=iss[0], self=iss[1], field=iss[3],
                   docno='%s〔2025〕%d号' % (iss[2], 3 + (i * 7) % 40), person=rng.choice(SURN) + rng.choice(['老师', '科长', '处长']),
                   tel='021-%08d' % rng.randint(20000000, 69999999), date=dd(rng.randint(6, 16)))
        full_d = '上海市%s人力资源和社会保障局' % site_d
        dist = dict(issuer=full_d if i % 3 else '%s人力资源和社会保障局' % site_d, docno='%s人社函〔2025〕%d号' % (DABBR[site_d], 2 + (i * 5) % 30),
                    person=rng.choice(SURN) + '老师', tel='021-%08d' % rng.randint(20000000, 69999999), date=dd(rng.randint(7, 17)))
        p = dict(sid=sid, idx=i, org=o, apps=apps, ind=ind, dist=dist, verdict=verdict, flags=dict(extra), causes=[], defects=[],
                 date=dd(20 + i % 6), credit_date=dd(rng.randint(9, 19)), firm=FIRMS[(i * 3 + i // 4) % 4], rng=rng)
        p['firm2'] = p['firm'] if i % 5 else FIRMS[(i * 3 + i // 4 + 1) % 4]
        p['lay'] = default_layout(i)
        pk.append(p)
    apply_defects({p['sid']: p for p in pk})
    return pk


FORMS = [('web', 'html'), ('range', 'docx'), ('kv_p2', 'odt'), ('grid', 'rl'), ('tick', 'html'), ('range', 'odt'), ('tick', 'docx')]
INDV = ['gbt', 'plain', 'short', 'gbt', 'plain', 'short']
PRODS = ['html', 'rl', 'docx', 'odt']
DISTV = ['redonly', 'book', 'yijian', 'letter']
CREDV = [('xyzg', 'html'), ('center', 'rl'), ('docx', 'docx')]
SAMPLE_STYLES = ['yt', 'paren', 'ab', 'mock', 'tao', 'skill']
SCHEMES = ['A', 'B', 'C', 'D', 'E', 'F']


def default_layout(i):
    return dict(
        form=FORMS[i % 7], ind=(INDV[(i * 5) % 6], PRODS[(i + 1) % 4]), dist=(DISTV[(i * 3 + 1) % 4], PRODS[(i * 3 + 2) % 4]),
        credit=CREDV[(i * 2 + i // 6) % 3], lic='rl' if i % 3 else 'html', wp=('table' if i % 4 == 1 else 'sections', ['docx', 'odt', 'html', 'rl'][(i * 7 + 3) % 4]),
        pi=['separate', 'in_wp', 'pair', 'separate'][(i * 5 + 2) % 4], pl_prod=PRODS[(i * 5) % 4], in_prod=PRODS[(i * 5 + 3) % 4],
        impl=(['para', 'table', 'chapters'][i % 3], ['odt', 'html', 'rl', 'docx'][(i * 3) % 4]),
        samples=(SAMPLE_STYLES[(i * 5) % 6], ['split', 'pair', 'occ', 'pair', 'split'][(i * 3) % 5], PRODS[(i * 7 + 1) % 4]),
        scheme=SCHEMES[(i * 5 + 1) % 6], zipenc='utf8', nested=None, macosx=False,
        extras=[['catalogue', 'photos'], ['floor', 'teachers'], ['photos', 'equip'], ['catalogue', 'teachers', 'photos'], ['floor'], []][(i * 5 + 4) % 6],
        post={}, form_seal=bool(i % 2), sep=['至', '—', '至', '-'][i % 4], answers=bool(i % 3 == 0),
    )


def defect(p, cause, text, deciding=True):
    p['defects'].append(cause)
    if deciding:
        p['causes'].append(cause)
    p.setdefault('whys', []).append(text)


def apply_defects(P):
    # ---------------- pass-package layout specials
    P['S01']['lay'].update(zipenc='gbk', scheme='A', extras=['catalogue', 'photos'])
    P['S02']['lay'].update(dist=('redonly', 'html'), form=('web', 'html'))
    P['S03']['lay'].update(form=('kv_p2', 'odt'), ind=('assoc', 'odt'), pi='pair', samples=('tao', 'occ', 'odt'))
    P['S03']['firm'] = P['S03']['firm2'] = FIRMS[1]   # Chinese-numeral years, 业务活动表
    P['S04']['lay'].update(credit=('center', 'rl'), extra_credit_encrypted=True)
    P['S05']['lay'].update(ind=('pifu', 'docx'), nested='samples', pi='in_wp', combined_wp=True, scheme='F')
    P['S06']['lay'].update(post={'form': [('scan', dict(gray=True, dpi=150))], 'ind': [('scan', dict(gray=False, dpi=150))],
                                 'dist': [('scan', dict(gray=True, dpi=200))], 'credit': [('scan', dict(gray=True, dpi=150))],
                                 'lic': [('scan', dict(gray=True, dpi=150))], 'pledge': [('scan', dict(gray=True, dpi=150))],
                                 'integrity': [('scan', dict(gray=False, dpi=150))]},
                           pi='separate', scheme='D', lic='rl')
    P['S07']['lay'].update(macosx=True, post={'ind': [('gs',)], 'form': [('gs',)], 'workplan': [('gs',)]})
    P['S07']['firm'] = P['S07']['firm2'] = FIRMS[2]   # year only in title and balance sheet
    P['S08']['lay'].update(post={'ind': [('scan', dict(gray=True, dpi=200)), ('ocr',)], 'dist': [('scan', dict(gray=False, dpi=200)), ('ocr',)]})
    P['S09']['lay'].update(form=('kv_p2', 'odt'), misnamed_licence=True)
    P['S10']['lay'].update(keep_docx=['impl', 'workplan', 'form'], ind=('gbt', 'docx'))
    P['S11']['lay'].update(post={'lic': [('scan', dict(gray=True, dpi=150))]}, ind=('gbt', 'html'), samples=('ab', 'pair', 'docx'))
    P['S12']['lay'].update(post={'ind': [('scan', dict(gray=False, dpi=150)), ('rl3',)], 'pledge': [('scan', dict(gray=True, dpi=150)), ('rl3',)],
                                 'integrity': [('scan', dict(gray=True, dpi=150)), ('rl3',)]}, pi='separate', zipenc='gbk', scheme='C')
    P['S02']['lay'].update(extras=['photos_bad', 'floor'])   # an unreadable extra photo
    # ---------------- fail
    for s_, ex in (('S03', ['catalogue', 'teachers']), ('S11', ['floor']), ('S23', []), ('S27', ['floor']), ('S29', ['teachers'])):
        P[s_]['lay']['extras'] = ex
    p = P['S13']
    p['flags']['no_integrity'] = True
    p['lay'].update(pi='pledge_only')
    defect(p, 'missing_integrity_letter', '缺少廉洁责任书：工作方案只附承诺书，包内无廉洁责任书')
    p = P['S14']
    defect(p, 'credit_code_not_shanghai', '统一社会信用代码%s登记管理机关行政区划码为320583（江苏省昆山市），非本市登记' % p['org']['code'])
    p = P['S15']
    defect(p, 'ineligible_public_institution', '申报单位为事业单位（代码类别12，事业单位法人证书）')
    p = P['S16']
    defect(p, 'occupation_not_in_notice', '申报的化妆师（4-10-03-03）不在通知附件48个职业（工种）范围内')
    p = P['S17']
    defect(p, 'level_not_allowed', '科技咨询师通知只开放三级、二级、一级，申请表申报了四级')
    for s, o2 in (('S18', 'S19'), ('S19', 'S18')):
        defect(P[s], 'duplicate_application', '同一单位（%s）在%s、%s两个申报包中重复申报保洁员' % (P[s]['org']['name'], 'S18', 'S19'))
    P['S19']['org'] = dict(P['S18']['org'], site=P['S19']['org']['site'], site_name=P['S19']['org']['site_name'])
    P['S19']['lay'].update(zipenc='gbk', scheme='B')
    p = P['S20']
    p['flags']['penalty'] = [['沪市监虹处〔2024〕2109240000%02d号' % 37, '经营过程中使用超过保质期的食品原料', '警告、罚款人民币5000元',
                              '上海市虹口区市场监督管理局', '2024-06-18']]
    p['lay'].update(credit=('xyzg', 'html'), keep_docx=['integrity'], pi='separate')
    defect(p, 'credit_administrative_penalty', '信用报告行政处罚信息“查见 1 条”（沪市监虹处〔2024〕号，使用超过保质期的食品原料）')
    defect(p, 'signed_material_docx_only', '廉洁责任书仅以可编辑的.docx提交（未见盖章件）', deciding=False)
    p = P['S21']
    p['flags']['letter_org'] = '上海联城物业管理有限公司'
    defect(p, 'recommendation_letter_wrong_org', '行业主管部门推荐函推荐的是「上海联城物业管理有限公司」，不是申报单位')
    p = P['S22']
    p['dist'] = dict(p['dist'], issuer='太仓市人力资源和社会保障局', docno='太人社函〔2025〕6号')
    p['org']['site'] = '江苏省太仓市城厢镇常胜南路%d号' % 58
    defect(p, 'district_letter_not_shanghai', '考核点推荐函由江苏省太仓市人力资源和社会保障局出具，不是本市区人社部门')
    p = P['S23']
    p['flags']['form_name'] = p['org']['name']
    p['org']['cert_name'] = '上海优匠企业管理咨询有限公司'
    p['flags']['cert_name'] = '上海优匠企业管理咨询有限公司'
    defect(p, 'name_mismatch', '申请表单位名称「上海优匠职业技能培训有限公司」与营业执照、信用报告上的「上海优匠企业管理咨询有限公司」不一致')
    p = P['S24']
    p['flags']['one_set'] = ('保健调理师（保健艾灸师）', 3)
    p['lay'].update(samples=('paren', 'split', 'rl'))
    defect(p, 'single_sample_set', '保健调理师（保健艾灸师）三级只有样题（一），缺第二套样题')
    p = P['S25']
    p['flags']['pledge_noseal'] = True
    p['lay'].update(pi='separate')
    defect(p, 'branch_not_legal_person', '申报单位为有限责任公司分公司，非独立法人')
    defect(p, 'pledge_without_seal', '承诺书未加盖公章', deciding=False)
    p = P['S26']
    p['flags']['audit_years'] = [2021, 2023]
    defect(p, 'missing_audit_2022', '财务审计报告为2021年度和2023年度，缺2022年度')
    # ---------------- review
    p = P['S27']
    defect(p, 'social_organisation_review', '社会团体（代码类别51，社会团体法人登记证书），是否与政府部门脱钩需人工核实')
    p = P['S28']
    p['lay'].update(post={'credit': [('enc', 'xy2025')]})
    defect(p, 'credit_report_encrypted', '信用报告PDF加密，无法打开，包内无其他可读副本')
    p = P['S29']
    p['lay'].update(post={'audit2023': [('trunc', 0.42)]})
    defect(p, 'audit_report_corrupt', '2023年度审计报告PDF截断损坏，无法读取')
    p = P['S30']
    p['lay'].update(post={'dist': [('scan', dict(gray=True, dpi=60, faint=True, blur=1.6, quality=30))]})
    defect(p, 'district_letter_unreadable_scan', '区人社部门推荐函仅有一份极淡、模糊的60dpi扫描件，无法辨认')
    p = P['S31']
    p['lay'].update(keep_docx=['pledge', 'integrity'], pi='separate')
    defect(p, 'signed_materials_docx_only', '承诺书、廉洁责任书仅有可编辑的.docx版本，无盖章件')
    p = P['S32']
    p['flags']['ind_noseal'] = True
    p['lay'].update(ind=('plain', 'rl'))
    defect(p, 'industry_letter_without_seal', '行业主管部门推荐函无公章')
    p = P['S33']
    defect(p, 'credit_code_checksum', '统一社会信用代码%s第18位校验码不符' % p['org']['code'])
    p = P['S34']
    p['lay'].update(post={'lic': [('photo', dict(dark=True, blur=3.5, width=520, quality=35))]})
    defect(p, 'licence_photo_unreadable', '营业执照仅有一张昏暗、严重模糊的手机照片，无法辨认')
    p = P['S35']
    p['flags']['lic_noseal'] = True
    defect(p, 'licence_copy_without_seal', '营业执照复印件未加盖申报单位公章')
    p = P['S36']
    defect(p, 'credit_code_checksum', '统一社会信用代码%s第17位（组织机构代码校验位）不符' % p['org']['code'])


# ------------------------------------------------------------------ documents of one package
KIND = {'form': 'application_form', 'ind': 'industry_letter', 'dist': 'district_letter', 'credit': 'credit_report',
        'audit2021': 'audit_report', 'audit2022': 'audit_report', 'audit2023': 'audit_report', 'lic': 'registration_certificate',
        'workplan': 'work_plan', 'pledge': 'pledge', 'integrity': 'integrity_letter', 'impl': 'implementation_plan+evaluation_plan',
        'sample': 'sample_paper', 'extra': 'other'}
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}


def short_occ(name):
    return name.replace('（', '_').replace('）', '').replace('城市轨道交通信号工', '城轨信号').replace('生活垃圾收集工', '收集工')


def lic_word(o):
    return {'company': '营业执照复印件', 'branch': '营业执照复印件', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书',
            'shiye': '事业单位法人证书'}[o['cat']]


def name_for(p, key, scheme, n, extra=None):
    o = p['org']
    short = o['name'].replace('上海市', '').replace('上海', '')[:6]
    lw = lic_word(o)
    y = extra
    T = {
        'A': {'form': '01申请表/社会培训评价组织征集遴选申请表', 'ind': '02推荐函/行业主管部门推荐函', 'dist': '02推荐函/考核点所在区人社部门推荐函',
              'credit': '03信用佐证/信用报告', 'audit': '03信用佐证/%s年度审计报告' % y, 'lic': '03信用佐证/%s' % lw,
              'workplan': '04工作方案/职业技能等级认定工作方案', 'pledge': '04工作方案/承诺书', 'integrity': '04工作方案/廉洁责任书',
              'impl': '05实施方案/项目实施方案', 'sampledir': '05实施方案/样题/', 'extradir': '06其他材料/'},
        'B': {'form': '1-申请表', 'ind': '2-1行业推荐函', 'dist': '2-2区人社推荐函', 'credit': '3-1信用报告', 'audit': '3-2审计报告%s' % y,
              'lic': '3-3%s' % lw, 'workplan': '4-1工作方案', 'pledge': '4-2承诺书', 'integrity': '4-3廉洁责任书', 'impl': '5-1实施方案',
              'sampledir': '5-2样题_', 'extradir': '6-'},
        'C': {'form': '附件1 申请表', 'ind': '附件2-1 推荐函（行业）', 'dist': '附件2-2 推荐函（区）', 'credit': '附件3 信用报告',
              'audit': '附件4 审计报告（%s）' % y, 'lic': '附件5 %s' % lw, 'workplan': '附件6 工作方案', 'pledge': '附件7 承诺书',
              'integrity': '附件8 廉洁责任书', 'impl': '附件9', 'sampledir': '附件10 样题/', 'extradir': '附件11 其他/'},
        'D': {'form': '申请表', 'ind': 'IMG_20250116_%04d' % (n + 1), 'dist': 'IMG_20250116_%04d' % (n + 2), 'credit': 'scan_%03d' % (n + 3),
              'audit': '审计报告%s' % y, 'lic': 'IMG_20250117_%04d' % (n + 9), 'workplan': '工作方案', 'pledge': 'scan_%03d' % (n + 5),
              'integrity': 'scan_%03d' % (n + 6), 'impl': '实施方案及评价方案', 'sampledir': '样题/', 'extradir': '其他/'},
        'E': {'form': '%s_申请表' % short, 'ind': '%s_行业推荐函' % short, 'dist': '%s_区推荐函' % short, 'credit': '%s_信用报告' % short,
              'audit': '%s_%s审计报告' % (short, y), 'lic': '%s_%s' % (short, lw), 'workplan': '%s_工作方案' % short,
              'pledge': '%s_承诺书' % short, 'integrity': '%s_廉洁责任书' % short, 'impl': '%s_实施方案' % short,
              'sampledir': '%s_样题/' % short, 'extradir': '%s_其他/' % short},
        'F': {'form': '1.社会培训评价组织征集遴选申请表/申请表', 'ind': '2.推荐函/行业主管部门推荐函', 'dist': '2.推荐函/区人社局推荐函',
              'credit': '3.信用佐证材料/信用报告', 'audit': '3.信用佐证材料/审计报告%s' % y, 'lic': '3.信用佐证材料/%s' % lw,
              'workplan': '4.职业技能等级认定工作方案/工作方案', 'pledge': '4.职业技能等级认定工作方案/承诺书',
              'integrity': '4.职业技能等级认定工作方案/廉洁责任书', 'impl': '5.职业技能等级认定项目实施方案/实施方案',
              'sampledir': '5.职业技能等级认定项目实施方案/样题/', 'extradir': '6.其他材料/'},
    }
    s = T[scheme][key]
    if scheme == 'D':
        s = '%s申报材料/' % o['name'] + s
    return s


def D(key, kind, path, src, post=None, seal=None, ext='pdf'):
    return dict(key=key, kind=kind, path=path, src=src, post=list(post or []), seal=seal, ext=ext)


def build_docs(p):
    o, lay, fl, rng = p['org'], p['lay'], p['flags'], p['rng']
    sc = lay['scheme']
    keep = set(lay.get('keep_docx', []))
    post = lay.get('post', {})
    docs = []

    def prodfor(key, prod):
        return 'docxkeep' if key in keep else prod

    def add(key, blocks_st, prod, seal=None, kind=None, year=None, path=None):
        blocks, st = blocks_st[0], blocks_st[1]
        pr = prodfor(key, prod)
        ext = 'docx' if pr == 'docxkeep' else 'pdf'
        pk = 'audit' if key.startswith('audit') else key
        path = path or name_for(p, pk, sc, len(docs), year)
        ps = post.get(key, [])
        if any(x[0] == 'photo' for x in ps):
            ext = 'jpg'
        d = D(key, kind or KIND[key], path + '.' + ext, ('blocks', pr, blocks, st), ps, seal, ext)
        docs.append(d)
        return d
    # 1 application form
    fv, fp = lay['form']
    add('form', app_form(p, fv), fp)
    # 2 letters
    iv, ip = lay['ind']
    add('ind', industry_letter(p, iv), ip, seal=not fl.get('ind_noseal'))
    dv, dp = lay['dist']
    add('dist', district_letter(p, dv), dp, seal=not fl.get('dist_noseal'))
    # 3 credit, audits, licence
    cv, cp = lay['credit']
    cpath = None
    if lay.get('misnamed_licence'):
        cpath = name_for(p, 'credit', sc, 0).rsplit('/', 1)[0] + '/XY20250114%06d' % (p['idx'] * 911 % 1000000) \
            if '/' in name_for(p, 'credit', sc, 0) else 'XY20250114%06d' % (p['idx'] * 911 % 1000000)
    cdoc = add('credit', credit_report(p, cv), cp, path=cpath)
    if lay.get('extra_credit_encrypted'):
        # an encrypted duplicate next to the readable one (the readable copy decides)
        docs.append(D('credit_enc', 'credit_report', name_for(p, 'credit', sc, 0) + '（加密原件）.pdf',
                      ('blocks', cp, cdoc['src'][2], cdoc['src'][3]), [('enc', 'sh2025')], None))
    years = fl.get('audit_years', [2022, 2023])
    for y in years:
        firm = p['firm'] if y == years[-1] else p['firm2']
        B, st, f = audit_report(p, firm['v'], y)
        add('audit%d' % y, (B, st), firm['prod'], year=y)
    lic_path = name_for(p, 'lic', sc, len(docs))
    if lay.get('misnamed_licence'):
        lic_path = name_for(p, 'credit', sc, 0)
    lext = 'jpg' if any(x[0] == 'photo' for x in post.get('lic', [])) else 'pdf'
    docs.append(D('lic', 'registration_certificate', lic_path + '.' + lext, ('cert', lay['lic']), post.get('lic', []),
                  not fl.get('lic_noseal'), lext))
    # 4 work plan, pledge, integrity
    wv, wprod = lay['wp']
    wp_blocks, wst = work_plan(p, wv)
    pv = 'b' if p['idx'] % 2 else 'a'
    pl_b = pledge(p, pv)[0]
    in_b = integrity(p, 'a' if p['idx'] % 3 else 'b')[0]
    pi = lay['pi']
    if pi == 'in_wp':
        blocks = wp_blocks + [('pb',)] + pl_b + [('pb',)] + in_b
        wdoc = D('workplan', 'work_plan+pledge+integrity_letter', name_for(p, 'workplan', sc, len(docs)) + '.pdf',
                 ('blocks', wprod, blocks, wst), post.get('workplan', []), not fl.get('pledge_noseal'))
    elif pi == 'pledge_only':
        blocks = wp_blocks + [('pb',)] + pl_b
        wdoc = D('workplan', 'work_plan+pledge', name_for(p, 'workplan', sc, len(docs)) + '.pdf',
                 ('blocks', wprod, blocks, wst), post.get('workplan', []), not fl.get('pledge_noseal'))
    else:
        wdoc = D('workplan', 'work_plan', name_for(p, 'workplan', sc, len(docs)) + ('.docx' if 'workplan' in keep else '.pdf'),
                 ('blocks', prodfor('workplan', wprod), wp_blocks, wst), post.get('workplan', []), None,
                 'docx' if 'workplan' in keep else 'pdf')
    if pi == 'pair':
        d = D('pledge', 'pledge+integrity_letter', name_for(p, 'pledge', sc, len(docs)).replace('承诺书', '承诺书及廉洁责任书') + '.pdf',
              ('blocks', lay['pl_prod'], pl_b + [('pb',)] + in_b, {}), post.get('pledge', []), not fl.get('pledge_noseal'))
        pl_docs = [d]
    elif pi == 'separate':
        pl_docs = []
        for key, b, pr in (('pledge', pl_b, lay['pl_prod']), ('integrity', in_b, lay['in_prod'])):
            if key == 'integrity' and fl.get('no_integrity'):
                continue
            pr2 = prodfor(key, pr)
            seal = False if pr2 == 'docxkeep' else not fl.get(key + '_noseal')
            if pr2 == 'docxkeep':
                b = [x if x[0] != 'sign' else ('sign', x[1], None) for x in b]
            ext = 'docx' if pr2 == 'docxkeep' else 'pdf'
            pl_docs.append(D(key, KIND[key], name_for(p, key, sc, len(docs)) + '.' + ext, ('blocks', pr2, b, {}), post.get(key, []),
                             seal, ext))
    else:
        pl_docs = []
    # 5 implementation plan + samples
    iv2, iprod = lay['impl']
    impl_b, ist = impl_plan(p, iv2)
    idoc = D('impl', KIND['impl'], name_for(p, 'impl', sc, len(docs)) + ('.docx' if 'impl' in keep else '.pdf'),
             ('blocks', prodfor('impl', iprod), impl_b, ist), post.get('impl', []), None, 'docx' if 'impl' in keep else 'pdf')
    if lay.get('combined_wp'):
        big = D('workplan', wdoc['kind'] + '+implementation_plan+evaluation_plan',
                name_for(p, 'workplan', sc, 0).rsplit('/', 1)[0] + '/工作方案及实施方案（合订本）.pdf',
                ('merge', [wdoc, idoc]), [], wdoc['seal'])
        docs.append(big)
    else:
        docs.append(wdoc)
        docs.append(idoc)
    docs.extend(pl_docs)
    sstyle, sgroup, sprod = lay['samples']
    nsets = sum(2 * len(a['levels']) for a in p['apps'])
    if sgroup == 'split' and nsets > 6:
        sgroup = 'pair' if nsets <= 8 else 'occ'
    if sgroup == 'pair' and nsets > 10:
        sgroup = 'occ'
    sdir = name_for(p, 'sampledir', sc, 0)
    if lay.get('nested') == 'samples':
        sdir = (sdir.rsplit('/', 2)[0] + '/' if sdir.count('/') > 1 else '') + '样题汇总.zip/'
    one = fl.get('one_set')
    for a in p['apps']:
        occ = short_occ(a['name'])
        per_level = []
        for l in sorted(a['levels'], reverse=True):
            sets = [0, 1]
            if one and one[0] == a['name'] and one[1] == l:
                sets = [0]
            per_level.append((l, sets))
        if sgroup == 'split':
            for l, sets in per_level:
                for si in sets:
                    b = sample_paper(p, a, l, si, sstyle, answers=lay['answers'])
                    docs.append(D('sample', 'sample_paper', '%s%s%s%s.pdf' % (sdir, occ, LV_CN[l], SET_NAMES[sstyle][si].replace(' ', '')),
                                  ('blocks', sprod, b, {}), [], None))
        elif sgroup == 'pair':
            for l, sets in per_level:
                b = []
                for si in sets:
                    b += ([('pb',)] if b else []) + sample_paper(p, a, l, si, sstyle, answers=lay['answers'])
                docs.append(D('sample', 'sample_paper', '%s%s（%s）样题.pdf' % (sdir, occ, LV_CN[l]), ('blocks', sprod, b, {}), [], None))
        else:
            b = []
            for l, sets in per_level:
                for si in sets:
                    b += ([('pb',)] if b else []) + sample_paper(p, a, l, si, sstyle, answers=lay['answers'])
            docs.append(D('sample', 'sample_paper', '%s%s全部等级样题.pdf' % (sdir, occ), ('blocks', sprod, b, {}), [], None))
    # 6 extras
    edir = name_for(p, 'extradir', sc, 0)
    for e in lay['extras']:
        if e == 'catalogue':
            ent = [(KIND_CN.get(d['key'], d['key']), d['path'].rsplit('/', 1)[-1]) for d in docs[:12]]
            docs.append(D('extra', 'other', '00目录.pdf' if sc != 'D' else '%s申报材料/目录.pdf' % o['name'],
                          ('blocks', ['rl', 'html', 'docx'][p['idx'] % 3], catalogue(p, ent), {}), [], None))
        elif e == 'teachers':
            docs.append(D('extra', 'other', edir + '师资及考评人员名单.pdf', ('blocks', ['docx', 'rl', 'odt'][p['idx'] % 3], teacher_list(p, rng), {}), [], None))
        elif e == 'equip':
            docs.append(D('extra', 'other', edir + '设施设备清单.pdf', ('blocks', 'html', equipment_list(p, rng), {}), [], None))
        elif e == 'photos':
            for k in range(2):
                docs.append(D('extra', 'other', edir + '考核点照片%d.jpg' % (k + 1), ('sitephoto', k, False), [], None, 'jpg'))
        elif e == 'photos_bad':
            docs.append(D('extra', 'other', edir + 'IMG_4471.jpg', ('sitephoto', 0, True), [], None, 'jpg'))
        elif e == 'floor':
            docs.append(D('extra', 'other', edir + '考核场地平面图.pdf', ('floor',), [], None))
    return docs


KIND_CN = {'form': '社会培训评价组织征集遴选申请表', 'ind': '行业主管部门推荐函', 'dist': '考核点所在区人社部门推荐函', 'credit': '信用报告',
           'audit2022': '2022年度财务审计报告', 'audit2023': '2023年度财务审计报告', 'audit2021': '2021年度财务审计报告',
           'lic': '法人登记证书/营业执照复印件', 'workplan': '职业技能等级认定工作方案', 'pledge': '承诺书', 'integrity': '廉洁责任书',
           'impl': '项目实施方案（含评价方案）', 'sample': '样题', 'credit_enc': '信用报告（原件）'}


# ------------------------------------------------------------------ special images
def site_photo(path, seed, bad=False):
    rng = random.Random(seed)
    W, Hh = 1280, 960
    im = Image.new('RGB', (W, Hh), (rng.randint(200, 235), rng.randint(200, 230), rng.randint(190, 220)))
    d = ImageDraw.Draw(im)
    d.polygon([(0, Hh * 0.62), (W, Hh * 0.58), (W, Hh), (0, Hh)], fill=(150, 140, 130))
    for r in range(3):
        for c in range(5):
            x = 120 + c * 220 + r * 20
            y = int(Hh * 0.6) + r * 110
            d.rectangle([x, y, x + 160, y + 30], fill=(180, 140, 90))
            d.rectangle([x + 10, y + 30, x + 20, y + 90], fill=(90, 80, 70))
            d.rectangle([x + 140, y + 30, x + 150, y + 90], fill=(90, 80, 70))
            d.rectangle([x + 50, y - 50, x + 110, y], fill=(40, 40, 45))
    d.rectangle([W - 140, 60, W - 90, 95], fill=(245, 245, 245))
    d.ellipse([W - 128, 70, W - 104, 92], fill=(30, 30, 30))
    d.rectangle([300, 80, 980, 200], fill=(240, 240, 240), outline=(120, 0, 0), width=4)
    d.text((340, 110), '职业技能等级认定考场', font=pfont(NOTO_SANS, 64), fill=(170, 20, 20))
    im = ImageChops.add(im, Image.merge('RGB', [Image.effect_noise((W, Hh), 40).convert('L')] * 3).point(lambda v: v // 10))
    if bad:
        im = im.filter(ImageFilter.GaussianBlur(9))
        im = ImageEnhance.Brightness(im).enhance(0.3)
        im = im.resize((400, 300))
    if not bad:
        im = im.resize((960, 720), Image.LANCZOS)
    im.save(path, 'JPEG', quality=50 if not bad else 30)


def floor_plan(path, p):
    ensure_rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    W, Hh = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, Hh))
    c.setCreator('AutoCAD 2020 - PDF Plot')
    c.setFont('WQY', 14)
    c.drawString(50, Hh - 50, '%s 考核场地平面布置图' % p['org']['name'])
    c.setFont('WQY', 9)
    c.drawString(50, Hh - 66, '地址：%s    比例 1:150' % p['org']['site'])
    rooms = [('理论考场', 60, 300, 240, 180), ('实操考场一', 300, 300, 220, 180), ('实操考场二', 520, 300, 200, 180),
             ('候考区', 60, 160, 180, 140), ('监控室', 240, 160, 120, 140), ('试卷保密室', 360, 160, 120, 140), ('卫生间', 480, 160, 90, 140)]
    c.setLineWidth(2)
    for n, x, y, w, h in rooms:
        c.rect(x, y, w, h)
        c.drawCentredString(x + w / 2, y + h / 2, n)
    c.setLineWidth(0.5)
    for i in range(8):
        c.circle(80 + i * 85, 470, 4)
    c.drawString(600, 130, '●  监控摄像头位置')
    c.showPage()
    c.save()


# ------------------------------------------------------------------ producers (names for key.json)
PROD_NAME = {'html': 'Chromium headless print (HTML/CSS, SVG seal)', 'docx': 'LibreOffice 7.4 from python-docx .docx',
             'odt': 'LibreOffice 7.4 from odfpy .odt', 'rl': 'reportlab (embedded TTF WenQuanYi Zen Hei)',
             'docxkeep': 'python-docx (.docx kept as Word file)'}


def producer_desc(d):
    s = d['src']
    if s[0] == 'blocks':
        base = PROD_NAME[s[1]]
        if s[1] == 'rl' and s[3].get('rfont') == 'STSong-Light':
            base = 'reportlab (non-embedded CID font STSong-Light)'
    elif s[0] == 'cert':
        base = 'reportlab canvas certificate (coordinates)' if s[1] == 'rl' else 'Chromium headless print (absolutely positioned certificate HTML)'
    elif s[0] == 'merge':
        base = 'qpdf merge of [%s]' % '; '.join(producer_desc(x) for x in s[1])
    elif s[0] == 'sitephoto':
        base = 'Pillow (synthetic JPEG photo%s)' % (', dark/blurred' if s[2] else '')
    elif s[0] == 'floor':
        base = 'reportlab canvas drawing'
    else:
        base = s[0]
    for op in d['post']:
        if op[0] == 'gs':
            base = 'Ghostscript pdfwrite re-distilled <- ' + base
        elif op[0] == 'scan':
            a = op[1]
            if a.get('faint'):
                base = 'faint blurred %ddpi scan (pdftoppm -> Pillow -> JPEG -> img2pdf) of ' % a['dpi'] + base
            else:
                base = '%s %ddpi scan (pdftoppm -> Pillow rotate/noise -> JPEG -> img2pdf) of ' % ('grayscale' if a.get('gray') else 'colour', a['dpi']) + base
        elif op[0] == 'ocr':
            base = 'ocrmypdf (tesseract chi_sim) text layer over ' + base
        elif op[0] == 'rl3':
            base = 'reportlab render-mode-3 invisible text over ' + base
        elif op[0] == 'photo':
            base = 'phone photo JPEG (Pillow perspective, dark, blurred) of ' + base
        elif op[0] == 'enc':
            base = 'pikepdf AES-256 encrypted (user password) ' + base
        elif op[0] == 'trunc':
            base = 'truncated at %d%% (corrupt) ' % int(op[1] * 100) + base
    return base


def text_state(d):
    t = 'text'
    if d['src'][0] == 'sitephoto' or d['ext'] == 'jpg':
        t = 'none'
    for op in d['post']:
        if op[0] == 'scan':
            t = 'none'
        elif op[0] in ('ocr', 'rl3'):
            t = 'ocr-layer'
        elif op[0] == 'enc':
            t = 'encrypted'
        elif op[0] == 'trunc':
            t = 'corrupt'
        elif op[0] == 'photo':
            t = 'none'
    return t


# ------------------------------------------------------------------ build
def render_all(pkgs):
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    src_dir = os.path.join(BUILD, 'src')
    os.makedirs(src_dir)
    lo_jobs, html_jobs = [], []
    counter = [0]

    def prep(p, d):
        counter[0] += 1
        base = os.path.join(src_dir, '%s_u%03d' % (p['sid'], counter[0]))
        s = d['src']
        d['base'] = base
        if s[0] == 'blocks':
            prod, blocks, st = s[1], s[2], s[3]
            st = dict(st)
            st.setdefault('author', p['org']['contact'])
            if prod == 'html':
                open(base + '.html', 'w').write(to_html(blocks, st, src_dir))
                html_jobs.append((base + '.html', base + '.pdf'))
                d['file'] = base + '.pdf'
            elif prod in ('docx', 'docxkeep'):
                to_docx(blocks, st, base + '.docx', src_dir)
                if prod == 'docx':
                    lo_jobs.append(base + '.docx')
                    d['file'] = base + '.pdf'
                else:
                    d['file'] = base + '.docx'
            elif prod == 'odt':
                to_odt(blocks, st, base + '.odt', src_dir)
                lo_jobs.append(base + '.odt')
                d['file'] = base + '.pdf'
            elif prod == 'rl':
                to_rl(blocks, st, base + '.pdf', src_dir, producer='ReportLab PDF Library - www.reportlab.com')
                d['file'] = base + '.pdf'
        elif s[0] == 'cert':
            o = dict(p['org'])
            if s[1] == 'rl':
                cert_rl(base + '.pdf', o, src_dir, copy_seal=not p['flags'].get('lic_noseal'), seed=p['idx'])
                d['file'] = base + '.pdf'
            else:
                open(base + '.html', 'w').write(cert_html(o, copy_seal=not p['flags'].get('lic_noseal')))
                html_jobs.append((base + '.html', base + '.pdf'))
                d['file'] = base + '.pdf'
        elif s[0] == 'merge':
            for sub in s[1]:
                prep(p, sub)
            d['file'] = base + '.pdf'
        elif s[0] == 'sitephoto':
            site_photo(base + '.jpg', p['idx'] * 10 + s[1], bad=s[2])
            d['file'] = base + '.jpg'
        elif s[0] == 'floor':
            floor_plan(base + '.pdf', p)
            d['file'] = base + '.pdf'
    for p in pkgs:
        for d in p['docs']:
            prep(p, d)
    t = time.time()
    soffice_batch(lo_jobs, src_dir)
    print('soffice: %d files %.0fs' % (len(lo_jobs), time.time() - t), flush=True)
    t = time.time()
    with ThreadPoolExecutor(3) as ex:
        list(ex.map(lambda j: chromium_pdf(*j), html_jobs))
    print('chromium: %d files %.0fs' % (len(html_jobs), time.time() - t), flush=True)
    # merges and post-processing
    for p in pkgs:
        prng = random.Random(SEED * 7 + p['idx'])
        for d in p['docs']:
            if d['src'][0] == 'merge':
                run(['qpdf', '--empty', '--pages'] + [x['file'] for x in d['src'][1]] + ['--', d['file']])
            cur = d['file']
            scanned_from = None
            for k, op in enumerate(d['post']):
                nxt = '%s.post%d.%s' % (d['base'], k, 'jpg' if op[0] == 'photo' else 'pdf')
                if op[0] == 'gs':
                    gs_redistill(cur, nxt)
                elif op[0] == 'scan':
                    a = dict(op[1])
                    a.pop('pages', None)
                    scanned_from = cur
                    scan_pdf(cur, nxt, prng, **a)
                elif op[0] == 'ocr':
                    ocrmypdf_layer(cur, nxt)
                elif op[0] == 'rl3':
                    rl3_ocr_layer(scanned_from, cur, nxt)
                elif op[0] == 'photo':
                    photo_jpg(cur, nxt, prng, **op[1])
                elif op[0] == 'enc':
                    encrypt_pdf(cur, nxt, op[1])
                elif op[0] == 'trunc':
                    truncate_pdf(cur, nxt, op[1])
                cur = nxt
            d['final'] = cur
        print('post done', p['sid'], flush=True)


# ------------------------------------------------------------------ zip writing
class GBKInfo(zipfile.ZipInfo):
    """ZipInfo whose name is written as GBK bytes without the UTF-8 flag (like Windows' built-in zip)."""
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def zwrite(zf, name, data, enc, dt):
    if enc == 'gbk':
        zi = GBKInfo(name, date_time=dt)
    else:
        zi = zipfile.ZipInfo(name, date_time=dt)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = (0o644 << 16) if not name.endswith('/') else (0o755 << 16) | 0x10
    zf.writestr(zi, data)


def make_zip(p):
    lay = p['lay']
    enc = lay['zipenc']
    path = os.path.join(OUT, '%s-%s.zip' % (p['sid'], p['org']['name']))
    nested = {}
    top = []
    for d in p['docs']:
        data = open(d['final'], 'rb').read()
        if '.zip/' in d['path']:
            zp, inner = d['path'].split('.zip/', 1)
            nested.setdefault(zp + '.zip', []).append((inner, data))
        else:
            top.append((d['path'], data))
    for zp, items in nested.items():
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, 'w') as nz:
            for inner, data in items:
                zwrite(nz, inner, data, 'utf8', (2025, 1, 18, 16, 20, 4))
        top.append((zp, bio.getvalue()))
    dt = (2025, 1, p['date'][2], 9 + p['idx'] % 9, (p['idx'] * 7) % 60, 0)
    with zipfile.ZipFile(path, 'w') as zf:
        dirs = []
        for name, _ in top:
            parts = name.split('/')[:-1]
            for k in range(1, len(parts) + 1):
                dn = '/'.join(parts[:k]) + '/'
                if dn not in dirs:
                    dirs.append(dn)
        if enc == 'gbk' or lay.get('macosx'):
            for dn in dirs:
                zwrite(zf, dn, b'', enc, dt)
        for name, data in top:
            zwrite(zf, name, data, enc, dt)
            if lay.get('macosx'):
                ad = b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 40
                dn, bn = (name.rsplit('/', 1) if '/' in name else ('', name))
                zwrite(zf, '__MACOSX/' + (dn + '/' if dn else '') + '._' + bn, ad, enc, dt)
        if lay.get('macosx'):
            zwrite(zf, '.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 60, enc, dt)
            if dirs:
                zwrite(zf, dirs[0] + '.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 60, enc, dt)
    return path


def key_entry(p, zname):
    o = p['org']
    docs = []
    for d in p['docs']:
        e = {'path': d['path'], 'kind': d['kind'], 'producer': producer_desc(d), 'text': text_state(d)}
        if any(k in STAMPED for k in d['kind'].split('+')):
            e['seal'] = bool(d['seal'])
        docs.append(e)
    why = '；'.join(p.get('whys', [])) or '材料齐全：申请表、两份推荐函、信用报告、2022及2023年度审计报告、登记证书、工作方案、承诺书、廉洁责任书、实施方案（含各等级评价方案）及每个申报等级两套样题均在，且无取消资格情形。'
    if p['verdict'] == 'fail' and any(c for c in p['defects'] if c not in p['causes']):
        why += '（另有需人工复核的问题，但存在明确的不予受理情形，判定为fail）'
    return {'verdict': p['verdict'], 'causes': p['causes'], 'defects': p['defects'], 'why': why,
            'organisation': {'name': o['name'], 'credit_code': o['code']},
            'applications': [{'code': a['code'], 'name': a['name'], 'levels': sorted(a['levels'], reverse=True)} for a in p['apps']],
            'documents': docs}


def main():
    t0 = time.time()
    pkgs = build_packages()
    only = [a.split('=', 1)[1].split(',') for a in sys.argv if a.startswith('--only=')]
    if only:
        pkgs = [p for p in pkgs if p['sid'] in only[0]]
    for p in pkgs:
        p['docs'] = build_docs(p)
    render_all(pkgs)
    key = {'author': 'final12', 'packages': {}}
    if only and os.path.exists(os.path.join(HERE, 'key.json')):
        key = json.load(open(os.path.join(HERE, 'key.json')))   # partial rebuild: update these packages only
        for p in pkgs:
            for old in [k for k in key['packages'] if k.startswith(p['sid'] + '-')]:
                del key['packages'][old]
                if os.path.exists(os.path.join(OUT, old)):
                    os.remove(os.path.join(OUT, old))
    else:
        if os.path.exists(OUT):
            shutil.rmtree(OUT)
    os.makedirs(OUT, exist_ok=True)
    for p in pkgs:
        zp = make_zip(p)
        zname = os.path.basename(zp)
        key['packages'][zname] = key_entry(p, zname)
        print('%s %s %.0f KB' % (zname, p['verdict'], os.path.getsize(zp) / 1024), flush=True)
    key['packages'] = dict(sorted(key['packages'].items()))
    with open(os.path.join(HERE, 'key.json'), 'w') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    if '--keep-build' not in sys.argv:
        shutil.rmtree(BUILD)
    print('done in %.0fs' % (time.time() - t0))


if __name__ == '__main__':
    main()
