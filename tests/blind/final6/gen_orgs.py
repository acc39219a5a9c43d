# -*- coding: utf-8 -*-
"""Organisations and per-package plans of the final6 corpus."""
import random
from gen_lib import make_uscc, uscc_valid
from gen_content import OCC, DISTRICTS, DABBR, STREETS, cn_date

IND = {  # industry authority by occupation family: (issuer, docno prefix, self-ref, relation)
    'gov': ('上海市人民政府办公厅', '沪府办函', '厅', '系本市政务服务领域的专业服务机构'),
    'com': ('上海市商务委员会', '沪商服函', '委', '系本市生活性服务业重点企业'),
    'mkt': ('上海市市场监督管理局', '沪市监函', '局', '长期承担本市相关领域培训与技术服务工作'),
    'eco': ('上海市经济和信息化委员会', '沪经信函', '委', '系本市软件和信息服务业骨干单位'),
    'hou': ('上海市房屋管理局', '沪房函', '局', '系本市房地产服务行业骨干企业'),
    'sci': ('上海市科学技术委员会', '沪科函', '委', '系本市科技服务业骨干机构'),
    'dev': ('上海市发展和改革委员会', '沪发改函', '委', '系本市社会信用体系建设服务机构'),
    'env': ('上海市生态环境局', '沪环气函', '局', '系本市碳排放管理领域专业服务机构'),
    'con': ('上海市住房和城乡建设管理委员会', '沪建建管函', '委', '系本市建筑节能领域专业服务机构'),
    'grn': ('上海市绿化和市容管理局', '沪绿容函', '局', '系本市市容环卫行业骨干单位'),
    'hea': ('上海市卫生健康委员会', '沪卫函', '委', '系本市健康服务领域专业机构'),
    'drg': ('上海市药品监督管理局', '沪药监函', '局', '系本市药品生产领域骨干企业'),
    'tra': ('上海市交通委员会', '沪交科函', '委', '系本市城市轨道交通运营维护领域骨干单位'),
    'civ': ('上海市民政局', '沪民函', '局', '系本市依法登记的民办非企业单位'),
}
FAM = {
    '政务服务办事员': 'gov', '调饮师': 'com', '食品安全管理师': 'mkt', '网络与信息安全管理师（数据安全管理员）': 'eco',
    '数字化解决方案设计师': 'eco', '数字孪生应用技术员': 'eco', '房地产策划师': 'hou', '科技咨询师': 'sci',
    '信用管理师': 'dev', '计量员（热工计量员）': 'mkt', '色彩搭配师': 'eco', '建筑节能减排咨询师': 'con',
    '保洁员': 'com', '生活垃圾清运工（生活垃圾收集工）': 'grn', '盆景师': 'grn', '保健调理师（保健艾灸师）': 'com',
    '医疗护理员': 'hea', '营养师（公共营养师）': 'hea', '助听器验配师': 'hea', '社群健康助理员': 'hea',
    '化工总控工': 'eco', '增材制造设备操作员': 'eco', '管工': 'con', '轨道交通信号工（城市轨道交通信号工）': 'tra',
}

FIRMS = [
    dict(name='上海华诚会计师事务所有限公司', abbr='华诚审字', cpa=('陈立军', '周慧敏')),
    dict(name='上海明达信会计师事务所（普通合伙）', abbr='明达信审', cpa=('吴志伟', '沈佳')),
    dict(name='上海宏正会计师事务所有限公司', abbr='沪宏正审字', cpa=('顾建华', '陆婷')),
    dict(name='上海东审会计师事务所有限公司', abbr='东审会字', cpa=('朱国庆', '钱丽')),
    dict(name='上海立衡会计师事务所（特殊普通合伙）', abbr='立衡沪审字', cpa=('蒋海波', '孙颖')),
    dict(name='上海申正联合会计师事务所', abbr='申正审', cpa=('许文杰', '王蕾')),
]
SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹'
GIVEN = ['伟', '芳', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '华', '慧', '建平', '国强',
         '海燕', '志刚', '晓东', '丽娟', '文斌', '雪梅', '永刚', '春华', '卫东', '新民']


def occ(n):
    return OCC[n]


def org(seed, name, kind, region, apps, site, **kw):
    """Build an organisation record. apps: [(occ_name_or_tuple, [levels])]."""
    r = random.Random(seed * 7919 + 13)
    o = dict(seed=seed, name=name, reg_name=kw.pop('reg_name', name), kind=kind)
    prefix = {'company': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[kind]
    o['code'] = kw.pop('code', None) or make_uscc(r, prefix, region, bad_last=kw.pop('bad_last', False))
    dist = DISTRICTS.get(region, None)
    o['reg_district'] = dist
    o['type_label'] = {'company': r.choice(['有限责任公司（自然人投资或控股）', '有限责任公司（自然人投资或控股）',
                                            '有限责任公司（国有控股）', '股份有限公司（非上市、自然人投资或控股）']),
                       'branch': '有限责任公司分公司（自然人投资或控股）', 'minfei': '民办非企业单位（法人）',
                       'shetuan': '社会团体法人', 'shiye': '事业单位法人'}[kind]
    o['rep'] = r.choice(SURN) + r.choice(GIVEN)
    o['contact'] = r.choice(SURN) + r.choice(GIVEN)
    o['phone'] = '021-%d%07d' % (r.choice([5, 6]), r.randrange(10 ** 7))
    if dist:
        o['address'] = '上海市%s%s%d号%s' % (dist, r.choice(STREETS[dist]), r.randint(8, 1999),
                                          r.choice(['', '2幢', '3层', '1号楼5楼', 'A座1208室']))
        o['authority'] = {'company': '上海市%s市场监督管理局', 'branch': '上海市%s市场监督管理局', 'minfei': '上海市%s民政局',
                          'shetuan': '上海市社会团体管理局', 'shiye': '上海市%s事业单位登记管理局'}[kind].replace('%s', dist if dist not in ('闸北区', '卢湾区') else '静安区')
        if dist == '闸北区':
            o['authority'] = '上海市闸北区市场监督管理局'
    o['site_district'] = site
    o['site_address'] = '上海市%s%s%d号' % (site, r.choice(STREETS[site]), r.randint(10, 1500)) if site in STREETS else site
    fy = r.randint(2008, 2019)
    o['founded'] = '%d年%02d月%02d日' % (fy, r.randint(1, 12), r.randint(1, 28))
    o['cert_date'] = '%d年%02d月%02d日' % (r.randint(max(fy, 2019), 2024), r.randint(1, 12), r.randint(1, 28))
    o['capital'] = '人民币%d万元整' % r.choice([50, 100, 200, 300, 500, 1000, 3000])
    o['apps'] = [((occ(a) if isinstance(a, str) else a), lv) for a, lv in apps]
    names = '、'.join(a[0][1] for a in o['apps'])
    o['scope'] = kw.pop('scope', None) or ('一般项目：职业技能培训（不含需取得许可的培训）；%s相关技术服务、技术咨询；人力资源服务（不含职业中介活动、劳务派遣服务）；'
                                            '会议及展览服务；企业管理咨询。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' % names)
    o['intro'] = kw.pop('intro', None) or ('本单位长期从事%s领域的人才培养与技能评价工作，近三年累计开展培训%d人次，组织内部技能考核%d人次，'
                                            '与%d家行业企业建立合作关系，具备开展职业技能等级认定的资源与经验。' % (names, r.randint(800, 6000), r.randint(300, 3000), r.randint(8, 60)))
    o['strength'] = '在%s领域具有较强的行业影响力和较丰富的考核评价资源，培训评价工作已形成一定规模' % names
    o['staff'] = r.randint(6, 25)
    o['assessors'] = r.randint(12, 60)
    o['supervisors'] = r.randint(3, 10)
    o['area'] = r.randint(300, 2400)
    o['rooms'] = (r.randint(1, 4), r.randint(2, 8))
    fam = FAM.get(o['apps'][0][0][1]) or ('drg' if o['apps'][0][0][1].startswith('药物') else 'env' if o['apps'][0][0][1].startswith('碳') else 'eco')
    iname, ipre, iself, irel = IND[fam]
    o['industry'] = dict(kind='authority', name=iname, docno='%s〔2025〕%d号' % (ipre, r.randint(3, 60)), self=iself,
                         relation=irel, contact=r.choice(SURN) + r.choice(GIVEN), phone='021-%08d' % r.randrange(10 ** 8),
                         suffix=r.choice(['', '', '函']))
    if site in DABBR:
        o['bureau'] = dict(name='上海市%s人力资源和社会保障局' % site, docno='%s人社函〔2025〕%d号' % (DABBR[site], r.randint(2, 40)))
    o['firm'] = FIRMS[seed % len(FIRMS)]
    ld = r.randint(6, 16)
    o['letter_date_cn'] = r.choice([cn_date(2025, 1, ld), '2025年1月%d日' % ld])
    dd = r.randint(8, 17)
    o['dletter_date'] = r.choice([cn_date(2025, 1, dd), '2025年1月%d日' % dd])
    o['credit_date'] = r.randint(10, 19)
    o['form_day'] = r.randint(16, 22)
    o['rnd6'] = '%06d' % r.randrange(10 ** 6)
    o['scale'] = r.randint(300, 6000) * 1000.0
    o['supervisor'] = kw.pop('supervisor', '上海市%s教育局' % site if kind == 'minfei' else '')
    o.update(kw)
    return o
