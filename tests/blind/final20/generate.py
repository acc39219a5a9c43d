#!/usr/bin/env python3
"""Regenerate the blind test corpus part final20: packages/*.zip and key.json.
Usage: python3 generate.py   (needs reportlab, python-docx, odfpy, pillow, img2pdf, pikepdf; soffice, chromium, gs, qpdf, pdftoppm, ocrmypdf)"""
import os, sys, json, shutil, random, subprocess, zipfile, io, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_core import *
from gen_content import *

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, 'packages'); STAGE = os.path.join(ROOT, '_stage'); LO = os.path.join(ROOT, '_lo')
R = random.Random(20250120)

DIST = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107', '虹口区': '310109', '杨浦区': '310110',
        '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114', '浦东新区': '310115', '金山区': '310116', '松江区': '310117', '青浦区': '310118',
        '奉贤区': '310120', '崇明区': '310151'}
ROADS = ['漕溪北路', '龙华中路', '天山路', '江场路', '中山北路', '曲阳路', '国定路', '莘庄工业区春中路', '殷高西路', '嘉戬公路', '张江路', '亭卫公路',
         '九亭中心路', '华新镇华腾路', '南桥镇江海路', '城桥镇八一路', '南京西路', '淮海中路']
FIRMS = [{'name': '上海立信达会计师事务所（特殊普通合伙）', 'abbr': '信达会师报', 'cpa': ('沈建国', '陆晓雯')},
         {'name': '上海申正会计师事务所有限公司', 'abbr': '申正审', 'cpa': ('顾志明', '钱丽华')},
         {'name': '上海汇诚会计师事务所有限公司', 'abbr': '沪汇诚会审', 'cpa': ('汪海涛', '蒋红')},
         {'name': '上海沪中联合会计师事务所（普通合伙）', 'abbr': '沪中联会', 'cpa': ('曹伟', '吴佳颖')},
         {'name': '中审华明（上海）会计师事务所有限公司', 'abbr': '中审华明沪', 'cpa': ('邵立新', '金燕')}]
ISS = {'商务': ('上海市商务委员会', '沪商服函'), '经信': ('上海市经济和信息化委员会', '沪经信函'), '卫健': ('上海市卫生健康委员会', '沪卫健函'),
       '生态': ('上海市生态环境局', '沪环气函'), '药监': ('上海市药品监督管理局', '沪药监函'), '交通': ('上海市交通委员会', '沪交函'),
       '房管': ('上海市房屋管理局', '沪房函'), '市监': ('上海市市场监督管理局', '沪市监函'), '绿容': ('上海市绿化和市容管理局', '沪绿容函'),
       '科委': ('上海市科学技术委员会', '沪科函'), '建设': ('上海市住房和城乡建设管理委员会', '沪建函'), '应急': ('上海市应急管理局', '沪应急函'),
       '物业协会': ('上海市物业管理行业协会', '沪物协'), '烹饪协会': ('上海市烹饪餐饮行业协会', '沪烹协'), '信用协会': ('上海市信用服务行业协会', '沪信协'),
       '增材协会': ('上海市增材制造协会', '沪增材协'), '服外协会': ('上海市服务外包行业协会', '沪服外协'), '久远集团': ('上海久远医药集团有限公司', '久远集团发'),
       '申城集团': ('上海申城教育发展集团有限公司', '申教集团'), '民政': ('上海市民政局', '沪民社函')}
def iss(k, n):
    nm, ab = ISS[k]; return {'name': nm, 'abbr': ab, 'no': n, 'assoc': '协会' in nm}

SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
def make_org(name, cat, district, reg, typ, scope, region=None, bad=False, nature=None, supervisor=None, authority=None, intro=None):
    region = region or DIST[district]
    o = dict(name=name, code=make_code(cat, region, R, bad), district=district, reg=reg, type=typ, scope=scope, supervisor=supervisor)
    o['rep'] = R.choice(SURN) + R.choice(['建国', '立新', '晓东', '海燕', '志华', '文杰', '慧敏', '国强', '雪梅', '振宇'])
    o['contact'] = R.choice(SURN) + R.choice(['婷', '磊', '静', '浩', '琳', '军'])
    road = R.choice(ROADS); no = R.randint(8, 1288)
    o['addr'] = f'上海市{district}{road}{no}号' if region.startswith('31') else f'江苏省昆山市开发区前进东路{no}号'
    o['site'] = f'上海市{district}{road}{no}号{R.randint(2, 9)}楼' if region.startswith('31') else f'江苏省昆山市开发区前进东路{no}号'
    o['tel'] = f'1{R.choice("3589")}{R.randint(100000000, 999999999)}'; o['mail'] = f'pxpj{R.randint(10, 99)}@{R.choice(["163.com", "126.com", "qq.com"])}'
    o['area'] = R.randint(6, 40) * 50; o['staff'] = R.randint(6, 18)
    o['nature'] = nature or {'licence': '企业', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位'}[reg]
    o['founded'] = f'{R.randint(2005, 2019)}年{R.randint(1, 12)}月{R.randint(1, 28)}日'
    o['authority'] = authority or ({'licence': f'上海市{district}市场监督管理局', 'minfei': f'上海市{district}民政局', 'shetuan': '上海市民政局', 'shiye': '上海市事业单位登记管理局'}[reg])
    o['issued'] = f'{R.randint(2021, 2024)}年{R.randint(1, 12)}月{R.randint(1, 28)}日'
    o['intro'] = intro or f'{name}成立于{o["founded"][:5]}，主要从事{scope[:40]}等业务，现有专职工作人员{o["staff"]}人，近三年累计开展相关职业培训{R.randint(8, 40) * 100}人次。'
    return o

def A(code, name, gz, levels): return {'code': code, 'name': name, 'gz': gz, 'levels': levels}

# ---------------------------------------------------------------- packages
P = []
def pkg(**k): P.append(k)

pkg(id='W01', org=make_org('上海申城职业技能培训学校', '52', '徐汇区', 'minfei', None, '调饮、西式面点、餐饮服务等职业技能培训', supervisor='上海市徐汇区人力资源和社会保障局'),
    apps=[A('4-03-02-10', '调饮师', None, [5, 4, 3])], ind=iss('商务', 18), indv=0, prod='docx', prods={'ind': 'html', 'dist': 'scan-color'},
    naming='folders', formv=0, implv=0, sstyle=0, sgroup='level', nonprofit=True, extras=['teachers-docx', 'photo'], verdict='pass')
pkg(id='W02', org=make_org('上海浦江数智科技有限公司', '91', '浦东新区', 'licence', '有限责任公司（自然人投资或控股）', '数字孪生技术服务、软件开发、信息技术咨询服务、职业技能培训（不含许可类培训）'),
    apps=[A('4-04-05-10', '数字孪生应用技术员', None, [4, 3])], ind=iss('经信', 35), indv=0, prod='html', prods={'credit': 'rl', 'aud_a': 'gs', 'aud_b': 'gs', 'lic': 'cert'},
    naming='flat', formv=3, implv=1, sstyle=1, sgroup='level', answers=True, verdict='pass')
pkg(id='W03', org=make_org('上海沪康护理服务有限公司', '91', '静安区', 'licence', '有限责任公司（自然人独资）', '养老护理服务、医疗护理员培训、家政服务'),
    apps=[A('4-14-01-02', '医疗护理员', None, [5, 4])], ind=iss('卫健', 12), indv=1, prod='rl', prods={'ind': 'scan-gray-ocrmypdf', 'dist': 'scan-gray', 'lic': 'cert-scan-gray', 'pledge': 'scan-gray-ocrmypdf', 'integ': 'scan-color-rlocr', 'form': 'scan-gray-rlocr'},
    naming='scan', formv=2, implv=2, sstyle=2, sgroup='set', verdict='pass')
pkg(id='W04', org=make_org('上海绿碳环境咨询有限公司', '91', '闵行区', 'licence', '有限责任公司（自然人投资或控股）', '环境咨询服务、碳减排技术咨询、节能管理服务'),
    apps=[A('4-09-07-04', '碳排放管理员', '碳排放核算员', [3, 2])], ind=iss('生态', 8), indv=0, prod='rl2', prods={'lic': 'cert'},
    naming='folders', formv=1, implv=2, sstyle=3, sgroup='level', gbk=True, extras=['floor'], verdict='pass')
pkg(id='W05', org=make_org('上海久远制药有限公司', '91', '奉贤区', 'licence', '其他有限责任公司', '药品生产、药品委托生产、技术服务'),
    apps=[A('6-12-03-00', '药物制剂工', '片剂制备', [4, 3])], ind=iss('久远集团', 3), indv=3, prod='rl', prods={'impl': 'odt', 'lic': 'cert'},
    bigpdf=['form', 'ind', 'dist', 'credit', 'aud_a', 'aud_b', 'lic'], wmerge=True, naming='attach', formv=0, implv=1, sstyle=4, sgroup='all', verdict='pass')
pkg(id='W06', org=make_org('上海东方美食餐饮管理有限公司', '91', '黄浦区', 'licence', '有限责任公司（港澳台法人独资）', '餐饮企业管理、食品经营、食品安全管理咨询'),
    apps=[A('4-03-02-11', '食品安全管理师', None, [4, 3])], ind=iss('市监', 26), indv=1, prod='odt', prods={'ind': 'html', 'dist': 'html', 'credit': 'rl', 'lic': 'cert', 'pledge': 'rl', 'integ': 'rl', 'aud_a': 'rl2', 'aud_b': 'rl2'},
    naming='attach', formv=1, implv=2, sstyle=0, sgroup='level', extras=['contents-docx'], verdict='pass')
pkg(id='W07', org=make_org('上海中德增材制造技术有限公司', '91', '嘉定区', 'licence', '有限责任公司（中外合资）', '增材制造装备研发、三维打印技术服务、技术培训'),
    apps=[A('6-18-01-13', '增材制造设备操作员', None, [4, 3, 2])], ind=iss('增材协会', 4), indv=2, prod='html', prods={'ind': 'docx', 'dist': 'docx', 'lic': 'cert', 'credit': 'rl'},
    naming='flat', formv=0, implv=1, sstyle=1, sgroup='set', nested='samples', verdict='pass')
pkg(id='W08', org=make_org('上海明德信用管理咨询有限公司', '91', '长宁区', 'licence', '有限责任公司（自然人投资或控股）', '信用管理咨询、企业征信服务、商务信息咨询'),
    apps=[A('4-07-02-04', '信用管理师', None, [3, 2])], ind=iss('信用协会', 2), indv=1, prod='gs', prods={'lic': 'cert', 'dist': 'html', 'credit': 'rl'},
    naming='folders', formv=1, implv=0, sstyle=3, sgroup='level', macosx=True, extras=['photo-poor', 'floor'], verdict='pass')
pkg(id='W09', org=make_org('上海洁雅物业服务有限公司', '91', '普陀区', 'licence', '有限责任公司（国有控股）', '物业管理、保洁服务、生活垃圾分类收集服务'),
    apps=[A('4-09-08-01', '保洁员', None, [5, 4, 3]), A('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工', [5, 4])], ind=iss('物业协会', 3), indv=0, prod='docx', prods={'lic': 'cert', 'credit': 'html'},
    naming='flat', formv=0, implv=1, sstyle=2, sgroup='occ', macosx=True, verdict='pass')
pkg(id='W10', org=make_org('上海瑞声听力技术有限公司', '91', '虹口区', 'licence', '有限责任公司（外商投资企业法人独资）', '助听器验配、听力检测、医疗器械经营'),
    apps=[A('4-14-02-01', '助听器验配师', None, [4, 3])], ind=iss('卫健', 14), indv=0, prod='rl', prods={'aud_a': 'scan-gray-rlocr', 'aud_b': 'scan-gray-rlocr', 'lic': 'cert', 'dist': 'html'},
    naming='pinyin', formv=2, implv=0, sstyle=4, sgroup='set', extras=['teachers-docx'], verdict='pass')
pkg(id='W11', org=make_org('上海政通人和服务外包有限公司', '91', '杨浦区', 'licence', '有限责任公司（自然人投资或控股）', '政务服务外包、呼叫中心服务、人力资源服务'),
    apps=[A('3-01-01-02', '政务服务办事员', None, [5, 4])], ind=iss('服外协会', 7), indv=1, prod='html', prods={'lic': 'cert-scan-color', 'credit': 'rl2'},
    naming='flat', formv=3, implv=2, sstyle=0, sgroup='set', auditv=2, verdict='pass')
pkg(id='W12', org=make_org('上海轨交信号职业技能培训中心', '52', '松江区', 'minfei', None, '城市轨道交通信号维护职业技能培训', supervisor='上海市松江区教育局'),
    apps=[A('6-29-03-10', '轨道交通信号工', '城市轨道交通信号工', [4, 3])], ind=iss('交通', 44), indv=0, prod='rl', prods={'lic': 'cert', 'form': 'docx', 'impl': 'docx'},
    naming='folders', formv=1, implv=1, sstyle=1, sgroup='level', gbk=True, nonprofit=True, extras=['photo'], verdict='pass')
# ------------------ fail
pkg(id='W13', org=make_org('昆山德润管道工程有限公司', '91', '浦东新区', 'licence', '有限责任公司（自然人投资或控股）', '管道工程施工、管道安装维修、技术培训', region='320583', authority='昆山市市场监督管理局'),
    site_override='上海市浦东新区川沙路5288号3楼', apps=[A('6-29-03-04', '管工', None, [4, 3])], ind=iss('建设', 52), indv=0, prod='docx', prods={'lic': 'cert'}, naming='flat', formv=0, implv=0, sstyle=2, sgroup='level',
    verdict='fail', causes=['credit_code_not_shanghai'], why='统一社会信用代码行政区划码为320583（江苏昆山），非本市登记。')
pkg(id='W14', org=make_org('上海市城建职业技能培训中心', '12', '黄浦区', 'shiye', None, '为建设行业从业人员提供职业技能培训与评价服务', region='310000'),
    apps=[A('4-09-07-06', '建筑节能减排咨询师', None, [4, 3])], ind=iss('建设', 57), indv=1, prod='html', prods={'lic': 'cert'}, naming='folders', formv=3, implv=1, sstyle=3, sgroup='set',
    verdict='fail', causes=['public_institution'], why='申报单位为事业单位（代码类别12，事业单位法人证书），不得申报。')
pkg(id='W15', org=make_org('上海贝乐家政服务有限公司', '91', '宝山区', 'licence', '有限责任公司（自然人投资或控股）', '家政服务、母婴护理服务、保洁服务'),
    apps=[A('4-10-01-02', '育婴员', None, [5, 4]), A('4-09-08-01', '保洁员', None, [5, 4])], ind=iss('商务', 23), indv=2, prod='rl', prods={'form': 'odt', 'lic': 'cert'}, naming='attach', formv=1, implv=2, sstyle=0, sgroup='occ',
    verdict='fail', causes=['occupation_not_in_notice'], why='申报的育婴员（4-10-01-02）不在通知附件48个职业（工种）范围内。')
pkg(id='W16', org=make_org('上海科创汇咨询有限公司', '91', '杨浦区', 'licence', '有限责任公司（自然人投资或控股）', '科技中介服务、技术咨询、知识产权服务'),
    apps=[A('4-07-02-02', '科技咨询师', None, [4, 3])], ind=iss('科委', 31), indv=0, prod='rl2', prods={'lic': 'cert'}, naming='flat', formv=0, implv=0, sstyle=1, sgroup='set',
    verdict='fail', causes=['level_not_allowed'], why='科技咨询师在通知中只开放三级、二级、一级，申报四级不被允许。')
DUP = make_org('上海营康健康管理有限公司', '91', '长宁区', 'licence', '有限责任公司（自然人投资或控股）', '健康管理咨询、营养咨询、保健艾灸服务（非医疗）')
pkg(id='W17', org=DUP, apps=[A('4-14-02-01', '营养师', '公共营养师', [4, 3])], ind=iss('卫健', 19), indv=1, prod='html', prods={'lic': 'cert'}, naming='folders', formv=3, implv=1, sstyle=2, sgroup='level',
    verdict='fail', causes=['duplicate_application'], why='同一单位在本批次另一个申报包（W18）中再次申报营养师（公共营养师），两个包均不予受理。')
pkg(id='W18', org=DUP, apps=[A('4-14-02-01', '营养师', '公共营养师', [3, 2]), A('4-10-04-01', '保健调理师', '保健艾灸师', [5, 4])], ind=iss('卫健', 22), indv=0, prod='docx', prods={'lic': 'cert'}, naming='folders', formv=0, implv=2, sstyle=4, sgroup='occ', gbk=True,
    verdict='fail', causes=['duplicate_application'], why='同一单位在W17中已申报营养师（公共营养师），重复申报同一职业。')
pkg(id='W19', org=make_org('上海味之源餐饮管理有限公司', '91', '徐汇区', 'licence', '有限责任公司（自然人投资或控股）', '餐饮管理、饮料制作销售、食品经营'),
    apps=[A('4-03-02-10', '调饮师', None, [4, 3])], ind=iss('烹饪协会', 5), indv=1, prod='gs', prods={'lic': 'cert', 'credit': 'rl'}, naming='flat', formv=2, implv=0, sstyle=3, sgroup='set', pen=1,
    verdict='fail', causes=['credit_record_penalty'], why='信用报告“行政处罚信息”查见1条，并列有处罚明细。')
pkg(id='W20', org=make_org('上海安信达信息安全技术有限公司', '91', '浦东新区', 'licence', '有限责任公司（自然人投资或控股）', '网络与信息安全技术服务、数据安全咨询、软件开发'),
    apps=[A('4-04-04-02', '网络与信息安全管理师', '数据安全管理员', [3, 2])], ind=iss('经信', 39), indv=0, prod='rl', prods={'lic': 'cert', 'dist': 'html'}, naming='attach', formv=1, implv=1, sstyle=0, sgroup='level',
    rec_name='上海安信通网络科技有限公司', verdict='fail', causes=['letter_recommends_other_org'], why='行业主管部门推荐函推荐的是“上海安信通网络科技有限公司”，不是申报单位。')
pkg(id='W21', org=make_org('上海德泰化工技术服务有限公司', '91', '金山区', 'licence', '有限责任公司（自然人投资或控股）', '化工技术服务、安全生产培训、化工产品销售（不含危险化学品）'),
    apps=[A('6-11-01-03', '化工总控工', None, [4, 3])], ind=iss('应急', 6), indv=0, prod='html', prods={'lic': 'cert', 'dist': 'rl'}, naming='flat', formv=0, implv=2, sstyle=1, sgroup='set',
    dist_issuer='昆山市人力资源和社会保障局', verdict='fail', causes=['district_letter_outside_shanghai'], why='考核点推荐函由昆山市人力资源和社会保障局出具，不是本市区人社部门。')
pkg(id='W22', org=make_org('上海华艺色彩搭配设计有限公司', '91', '静安区', 'licence', '有限责任公司（自然人投资或控股）', '色彩设计咨询、形象设计、服装设计'),
    apps=[A('4-08-08-04', '色彩搭配师', None, [4, 3])], ind=iss('商务', 28), indv=2, prod='docx', prods={'lic': 'cert'}, naming='folders', formv=0, implv=0, sstyle=2, sgroup='level',
    form_name='上海华艺色彩设计有限公司', verdict='fail', causes=['name_mismatch'], why='申请表单位名称“上海华艺色彩设计有限公司”与营业执照、信用报告“上海华艺色彩搭配设计有限公司”不一致。')
pkg(id='W23', org=make_org('上海衡准计量检测技术有限公司', '91', '青浦区', 'licence', '有限责任公司（自然人投资或控股）', '计量校准服务、检验检测服务、技术培训'),
    apps=[A('4-08-05-06', '计量员', '热工计量员', [4, 3])], ind=iss('市监', 33), indv=1, prod='rl', prods={'lic': 'cert', 'ind': 'html'}, naming='flat', formv=1, implv=1, sstyle=3, sgroup='set', nested='samples',
    one_set=(0, 3), verdict='fail', causes=['only_one_sample_set'], why='计量员（热工计量员）三级只有一套样题（缺第二套）。')
pkg(id='W24', org=make_org('上海联城物业管理有限公司浦东分公司', '91', '浦东新区', 'licence', '有限责任公司分公司（自然人投资或控股）', '物业管理、保洁服务（依总公司授权）'),
    apps=[A('4-09-08-01', '保洁员', None, [5, 4])], ind=iss('物业协会', 6), indv=1, prod='rl', prods={'lic': 'cert', 'form': 'odt', 'impl': 'odt'}, naming='attach', formv=2, implv=0, sstyle=0, sgroup='level',
    verdict='fail', causes=['branch_not_legal_person'], why='营业执照类型为“有限责任公司分公司”，非独立法人。')
pkg(id='W25', org=make_org('上海智汇数字化咨询有限公司', '91', '闵行区', 'licence', '有限责任公司（自然人投资或控股）', '数字化转型咨询、信息系统集成、软件开发'),
    apps=[A('4-04-04-05', '数字化解决方案设计师', None, [3, 2])], ind=iss('经信', 41), indv=0, prod='html', prods={'lic': 'cert'}, naming='folders', formv=3, implv=2, sstyle=4, sgroup='set', wmerge=True,
    drop=['integ'], verdict='fail', causes=['missing_integrity_letter'], why='工作方案只附承诺书，全包无廉洁责任书。')
pkg(id='W26', org=make_org('上海同衡房地产顾问有限公司', '91', '静安区', 'licence', '有限责任公司（自然人投资或控股）', '房地产咨询、房地产经纪、营销策划'),
    apps=[A('4-06-02-02', '房地产策划师', None, [3, 2])], ind=iss('房管', 9), indv=0, prod='rl', prods={'lic': 'cert', 'dist': 'docx-raw'}, naming='flat', formv=0, implv=0, sstyle=1, sgroup='level',
    years=(2021, 2023), verdict='fail', causes=['audit_2022_missing'], extra_defects=['district_letter_docx_only'],
    why='审计报告为2021年度和2023年度，缺2022年度（近两年）；另区人社局推荐函只有可编辑.docx（复核项），但缺材料已构成不通过。')
# ------------------ review
pkg(id='W27', org=make_org('上海盆趣园艺有限公司', '91', '崇明区', 'licence', '有限责任公司（自然人投资或控股）', '园林绿化工程、盆景制作销售、园艺培训'),
    apps=[A('4-09-10-03', '盆景师', None, [5, 4])], ind=iss('绿容', 15), indv=1, prod='docx', prods={'lic': 'cert', 'credit': 'rl'}, post={'credit': 'encrypt'}, naming='folders', formv=1, implv=1, sstyle=0, sgroup='set',
    verdict='review', causes=['credit_report_encrypted'], why='信用报告PDF有打开口令，无法阅读，且无其他副本。')
pkg(id='W28', org=make_org('上海化工总控职业技能培训中心', '52', '金山区', 'minfei', None, '化工总控工等职业技能培训', supervisor='上海市金山区人力资源和社会保障局'),
    apps=[A('6-11-01-03', '化工总控工', None, [4, 3])], ind=iss('应急', 11), indv=0, prod='rl', prods={'lic': 'cert'}, post={'aud_a': 'truncate'}, naming='flat', formv=2, implv=2, sstyle=2, sgroup='level', nonprofit=True,
    verdict='review', causes=['audit_report_corrupt'], why='2022年度审计报告PDF被截断，无法打开。')
pkg(id='W29', org=make_org('上海颐康保健服务有限公司', '91', '宝山区', 'licence', '有限责任公司（自然人投资或控股）', '保健按摩、艾灸服务（非医疗）、健康咨询'),
    apps=[A('4-10-04-01', '保健调理师', '保健艾灸师', [5, 4])], ind=iss('卫健', 27), indv=1, prod='html', prods={'lic': 'cert', 'dist': 'scan-faint'}, naming='scan', formv=3, implv=0, sstyle=3, sgroup='set',
    verdict='review', causes=['district_letter_unreadable'], why='区人社局推荐函只有一份极淡、模糊的低分辨率扫描件，无法辨认。')
pkg(id='W30', org=make_org('上海社群健康服务中心', '52', '虹口区', 'minfei', None, '社区健康服务、健康教育与培训', supervisor='上海市虹口区卫生健康委员会'),
    apps=[A('4-14-04-04', '社群健康助理员', None, [4, 3])], ind=iss('卫健', 30), indv=2, prod='rl', prods={'lic': 'cert', 'form': 'odt', 'pledge': 'docx-raw', 'integ': 'docx-raw'}, naming='attach', formv=1, implv=1, sstyle=4, sgroup='level', nonprofit=True,
    verdict='review', causes=['pledge_docx_only', 'integrity_docx_only'], why='承诺书、廉洁责任书只以可编辑.docx提交，无法确认签章。')
pkg(id='W31', org=make_org('上海云翼航空碳资产管理有限公司', '91', '浦东新区', 'licence', '有限责任公司（自然人投资或控股）', '碳资产管理、民航碳排放咨询、节能技术服务'),
    apps=[A('4-09-07-04', '碳排放管理员', '民航碳排放管理员', [4, 3])], ind=iss('交通', 48), indv=0, prod='gs', prods={'lic': 'cert', 'form': 'html', 'credit': 'rl'}, naming='folders', formv=0, implv=1, sstyle=1, sgroup='set',
    seal_off=['ind'], verdict='review', causes=['industry_letter_unsealed'], why='行业主管部门推荐函无公章。')
pkg(id='W32', org=make_org('上海铭色视觉设计有限公司', '91', '长宁区', 'licence', '有限责任公司（自然人投资或控股）', '视觉设计、色彩咨询、美术培训（非学科类）', bad=True),
    apps=[A('4-08-08-04', '色彩搭配师', None, [3, 2])], ind=iss('商务', 36), indv=1, prod='rl2', prods={'lic': 'cert', 'dist': 'html'}, naming='flat', formv=1, implv=2, sstyle=0, sgroup='level',
    verdict='review', causes=['credit_code_checksum'], why='统一社会信用代码第18位校验码不符（其余材料齐全），需人工核对。')
pkg(id='W33', org=make_org('上海市数据安全产业协会', '51', '静安区', 'shetuan', None, '数据安全行业自律、交流合作、培训与评价服务', region='310000', supervisor='上海市经济和信息化委员会'),
    apps=[A('4-04-04-02', '网络与信息安全管理师', '数据安全管理员', [4, 3])], ind=iss('经信', 47), indv=2, prod='docx', prods={'lic': 'cert', 'credit': 'rl'}, naming='folders', formv=2, implv=0, sstyle=2, sgroup='set', nonprofit=True,
    verdict='review', causes=['social_organisation'], why='社会团体（代码类别51），是否与政府部门脱钩须人工核实。')
pkg(id='W34', org=make_org('上海捷印三维科技有限公司', '91', '嘉定区', 'licence', '有限责任公司（自然人投资或控股）', '三维打印设备销售、增材制造技术服务'),
    apps=[A('6-18-01-13', '增材制造设备操作员', None, [5, 4])], ind=iss('增材协会', 9), indv=1, prod='html', prods={'lic': 'cert-photo-poor'}, naming='flat', formv=0, implv=2, sstyle=4, sgroup='level',
    verdict='review', causes=['licence_unreadable'], why='营业执照只有一张分辨率极低、模糊的手机照片，无法辨认。')
pkg(id='W35', org=make_org('上海本草颗粒制药有限公司', '91', '奉贤区', 'licence', '有限责任公司（自然人投资或控股）', '中药饮片、颗粒剂生产，药品委托生产'),
    apps=[A('6-12-03-00', '药物制剂工', '颗粒剂制备', [4, 3])], ind=iss('药监', 17), indv=0, prod='rl', prods={'lic': 'cert', 'impl': 'html'}, naming='attach', formv=2, implv=1, sstyle=3, sgroup='set',
    seal_off=['pledge'], verdict='review', causes=['pledge_unsealed'], why='承诺书无单位公章。')
pkg(id='W36', org=make_org('上海环宇垃圾分类服务有限公司', '91', '青浦区', 'licence', '有限责任公司（自然人投资或控股）', '生活垃圾分类收集、清运服务、环境卫生服务'),
    apps=[A('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工', [5, 4])], ind=iss('绿容', 19), indv=0, prod='docx', prods={'lic': 'cert-scan-color'}, post={'impl': 'encrypt'}, naming='folders', formv=0, implv=0, sstyle=2, sgroup='level', extras=['photo'],
    verdict='review', causes=['implementation_plan_encrypted'], why='实施方案（含各等级评价方案）PDF加密无法打开，无其他副本。')

PROD_NAME = {'rl': 'reportlab (WenQuanYi Zen Hei TTF embedded)', 'rl2': 'reportlab (Droid Sans Fallback TTF embedded)', 'docx': 'LibreOffice from python-docx .docx',
             'odt': 'LibreOffice from odfpy .odt', 'html': 'Chromium print-to-pdf (HTML/CSS, SVG seal)', 'gs': 'LibreOffice (python-docx) re-distilled by Ghostscript pdfwrite',
             'cert': 'reportlab canvas certificate', 'docx-raw': 'python-docx (.docx as uploaded)'}
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}
KIND = {'form': 'application_form', 'ind': 'industry_letter', 'dist': 'district_letter', 'credit': 'credit_report', 'aud_a': 'audit_report', 'aud_b': 'audit_report',
        'lic': 'registration_certificate', 'work': 'work_plan', 'pledge': 'pledge', 'integ': 'integrity_letter', 'impl': 'implementation_plan'}
LABEL = {'form': '申请表', 'ind': '行业主管部门推荐函', 'dist': '区人社局推荐函', 'credit': '信用报告', 'lic': '营业执照复印件', 'work': '职业技能等级认定工作方案',
         'pledge': '承诺书', 'integ': '廉洁责任书', 'impl': '项目实施方案（含评价方案）'}
PINYIN = {'form': 'shenqingbiao', 'ind': 'hangye_tuijianhan', 'dist': 'quRenshe_tuijianhan', 'credit': 'xinyongbaogao', 'lic': 'yingyezhizhao', 'work': 'gongzuofangan',
          'pledge': 'chengnuoshu', 'integ': 'lianjie', 'impl': 'shishifangan'}
GROUP = {'form': '一、申请表', 'ind': '二、推荐函', 'dist': '二、推荐函', 'credit': '三、信用佐证及登记证书', 'aud_a': '三、信用佐证及登记证书', 'aud_b': '三、信用佐证及登记证书',
         'lic': '三、信用佐证及登记证书', 'work': '四、工作方案', 'pledge': '四、工作方案', 'integ': '四、工作方案', 'impl': '五、实施方案及样题', 'sample': '五、实施方案及样题', 'extra': '六、其他材料'}

def build_materials(p, i):
    """Return list of docs: dict(key, kinds[list], blocks|special, prod, seal, exempt)"""
    o = p['org']; apps = p['apps']; rnd = random.Random(1000 + i)
    if p.get('site_override'): o['site'] = p['site_override']
    day = 20 + i % 6
    dates = {'form': (2025, 1, day), 'ind': (2025, 1, 6 + i % 10), 'dist': (2025, 1, 8 + i % 9), 'credit': (2025, 1, 10 + i % 8), 'sign': (2025, 1, day - 1)}
    seal_off = set(p.get('seal_off', []))
    docs = []
    def add(key, blocks, seal=None, kinds=None, **kw):
        d = dict(key=key, kinds=kinds or [KIND.get(key, 'other')], blocks=blocks, prod=p.get('prods', {}).get(key, p['prod']), seal=seal, exempt=False)
        d.update(kw); docs.append(d); return d
    add('form', app_form(o, apps, p['formv'], dates['form'], p.get('form_name')), exempt=bool(p.get('form_name')))
    add('ind', ind_letter(o, p['ind'], p['indv'], dates['ind'], p.get('rec_name'), 'ind' not in seal_off, apps), seal='ind' not in seal_off, exempt=bool(p.get('rec_name')))
    dv = (i * 7) % 3
    add('dist', dist_letter(o, o['district'], dv, dates['dist'], True, p.get('dist_issuer'), apps), seal=True)
    add('credit', credit(o, i % 3, dates['credit'], p.get('pen', 0), p.get('shixin', 0)))
    ya, yb = p.get('years', (2022, 2023)); firm = FIRMS[i % len(FIRMS)]
    av = p.get('auditv', i % 3)
    add('aud_a', audit(o, ya, firm, av, p.get('nonprofit', False)), label=f'{ya}年度审计报告')
    add('aud_b', audit(o, yb, firm, av, p.get('nonprofit', False)), label=f'{yb}年度审计报告')
    add('lic', 'CERT', seal=True, label={'licence': '营业执照复印件', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[o['reg']])
    wv = i % 3
    if p.get('wmerge'):
        blocks = work_plan(o, apps, wv) + [('br',)] + pledge(o, dates['sign'], 'pledge' not in seal_off, (i // 2) % 3)
        kinds = ['work_plan', 'pledge']
        if 'integ' not in p.get('drop', []):
            blocks += [('br',)] + integrity(o, dates['sign'], True, i % 3); kinds.append('integrity_letter')
        add('work', blocks, seal=True, kinds=kinds, label='职业技能等级认定工作方案（含承诺书' + ('、廉洁责任书）' if 'integrity_letter' in kinds else '）'))
    else:
        add('work', work_plan(o, apps, wv))
        add('pledge', pledge(o, dates['sign'], 'pledge' not in seal_off, (i // 2) % 3), seal='pledge' not in seal_off)
        add('integ', integrity(o, dates['sign'], 'integ' not in seal_off, i % 3), seal='integ' not in seal_off)
    add('impl', impl_plan(o, apps, p['implv']))
    # sample papers
    ss = p['sstyle']; grp = p['sgroup']; one = p.get('one_set')
    units = []
    for ai, a in enumerate(apps):
        for l in sorted(a['levels'], reverse=True):
            for s in (0, 1):
                if one and one == (ai, l) and s == 1: continue
                units.append((ai, a, l, s))
    def sname(a, l, s=None):
        base = a.get('gz') or a['name']
        if s is None: return f'{base}{LV[l]}样题'
        return f'{base}{LV[l]}{SETNAMES[ss % 5][s].replace(" ", "")}'
    if grp == 'set':
        for ai, a, l, s in units:
            add(f'sample', sample(o, a, l, s, ss, p.get('answers')), kinds=['sample_paper'], label=sname(a, l, s))
    elif grp == 'level':
        for ai, a in enumerate(apps):
            for l in sorted(a['levels'], reverse=True):
                bl = []
                for (_, a2, l2, s) in units:
                    if a2 is a and l2 == l: bl += ([('br',)] if bl else []) + sample(o, a, l, s, ss, p.get('answers'))
                add('sample', bl, kinds=['sample_paper'], label=sname(a, l) + ('（两套）' if not one or one != (ai, l) else ''))
    elif grp == 'occ':
        for ai, a in enumerate(apps):
            bl = []
            for (_, a2, l, s) in units:
                if a2 is a: bl += ([('br',)] if bl else []) + sample(o, a, l, s, ss)
            add('sample', bl, kinds=['sample_paper'], label=f'{a.get("gz") or a["name"]}各等级样题')
    else:
        bl = []
        for (_, a, l, s) in units: bl += ([('br',)] if bl else []) + sample(o, a, l, s, ss, True)
        add('sample', bl, kinds=['sample_paper'], label='全部等级样题（各两套）')
    for e in p.get('extras', []):
        if e == 'teachers-docx': add('extra', teacher_list(o, rnd), kinds=['other'], prod='docx-raw', label='师资及考评人员名单')
        elif e == 'contents-docx': add('extra', 'CONTENTS', kinds=['other'], prod='docx-raw', label='目录')
        elif e == 'photo': add('extra', 'PHOTO', kinds=['other'], prod='photo', label='考核点场地照片')
        elif e == 'photo-poor': add('extra', 'PHOTO-POOR', kinds=['other'], prod='photo', label='考场实景')
        elif e == 'floor': add('extra', 'FLOOR', kinds=['other'], prod='rl', label='考核点平面图')
    for d in docs:
        if d['prod'] == 'docx-raw' and STAMPED & set(d['kinds']):
            d['seal'] = False; d['blocks'] = [(b[0], b[1], None) if b[0] == 'sign' else b for b in d['blocks']]
    for k in p.get('drop', []):
        docs = [d for d in docs if d['key'] != k]
    return docs

def assign_paths(p, docs):
    style = p['naming']; n = 0
    for d in docs:
        n += 1
        raw = d['prod'] == 'docx-raw'; ext = '.docx' if raw else ('.jpg' if d['prod'] == 'photo' or d['prod'] == 'cert-photo-poor' else '.pdf')
        label = d.get('label') or LABEL.get(d['key'], d['key'])
        if style == 'flat': d['path'] = f'{n:02d}-{label}{ext}'
        elif style == 'folders': d['path'] = f'{GROUP[d["key"]]}/{label}{ext}'
        elif style == 'attach': d['path'] = f'附件{n}{ext}' if d['key'] not in ('sample', 'extra') else f'附件{n}-{label}{ext}'
        elif style == 'scan': d['path'] = f'IMG_20250116_{n:04d}{ext}' if d['key'] != 'sample' else f'scan_{n:03d}{ext}'
        elif style == 'pinyin': d['path'] = (PINYIN.get(d['key']) or label) + ext
    # de-dup
    seen = {}
    for d in docs:
        if d['path'] in seen:
            b, e = os.path.splitext(d['path']); seen[d['path']] += 1; d['path'] = f'{b}（{seen[d["path"]]}）{e}'
        else: seen[d['path']] = 1
    if p.get('nested') == 'samples':
        for d in docs:
            if d['key'] == 'sample': d['nested'] = '样题.zip'; d['path'] = os.path.basename(d['path'])

# ---------------------------------------------------------------- rendering
LOQ = []   # (src, target, post, doc)
def render_base(p, d, target, i):
    o = p['org']; prod = d['prod']; rnd = random.Random(hash(target) & 0xffffff)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if d['blocks'] == 'CERT':
        if prod == 'cert': render_cert(o, target, font='WQY' if i % 2 else 'DROID'); d['producer'] = PROD_NAME['cert']; d['text'] = 'text'; return
        tmp = target + '.cert.pdf'; render_cert(o, tmp)
        if prod == 'cert-photo-poor':
            im = rasterize(tmp, 60)[0]; photo(im, rnd, target, poor=True); d['producer'] = 'phone photo (JPEG, ~60 dpi, blurred)'; d['text'] = 'none'
        else:
            gray = 'gray' in prod; dpi = 150 if gray else 200
            ims = [scanify(im, rnd) for im in rasterize(tmp, dpi, gray)]; images_to_pdf(ims, target, dpi, 50)
            d['producer'] = f'scan: pdftoppm {dpi} dpi {"grayscale" if gray else "colour"} -> Pillow -> img2pdf'; d['text'] = 'none'
        os.remove(tmp); return
    if d['blocks'] == 'PHOTO' or d['blocks'] == 'PHOTO-POOR':
        site_photo(target, rnd, poor=d['blocks'] == 'PHOTO-POOR'); d['producer'] = 'Pillow synthetic site photo (JPEG)'; d['text'] = 'none'; return
    if d['blocks'] == 'FLOOR':
        floor_plan(o, target); d['producer'] = 'reportlab canvas drawing (Droid Sans Fallback)'; d['text'] = 'text'; return
    if d['blocks'] == 'CONTENTS':
        d['blocks'] = contents_list(o, [(x.get('label') or LABEL.get(x['key'], x['key']), x['path']) for x in p['_docs'] if x is not d])
    blocks = d['blocks']
    if prod in ('rl', 'rl2', 'gs'):
        fnt = 'DROID' if prod == 'rl2' else 'WQY'
        if prod == 'gs':   # python-docx -> LibreOffice -> Ghostscript pdfwrite (done after the LibreOffice batch)
            uid = f'd{len(LOQ):04d}'; src = os.path.join(LO, uid + '.docx')
            render_docx(blocks, src, font=['Noto Serif CJK SC', 'Noto Sans CJK SC'][i % 2], seed=i); LOQ.append((uid, target, d))
        else: render_rl(blocks, target, fnt)
        d['producer'] = PROD_NAME[prod]; d['text'] = 'text'
    elif prod == 'html':
        chromium_pdf(render_html(blocks, i % 2), target); d['producer'] = PROD_NAME['html']; d['text'] = 'text'
    elif prod == 'docx-raw':
        render_docx(blocks, target, seed=i); d['producer'] = PROD_NAME['docx-raw']; d['text'] = 'text'
    elif prod in ('docx', 'odt'):
        uid = f'd{len(LOQ):04d}'; src = os.path.join(LO, uid + '.' + prod)
        (render_docx(blocks, src, font=['Noto Serif CJK SC', 'WenQuanYi Zen Hei', 'Noto Sans CJK SC'][i % 3], seed=i) if prod == 'docx' else render_odt(blocks, src))
        LOQ.append((uid, target, d)); d['producer'] = PROD_NAME[prod]; d['text'] = 'text'
    elif prod.startswith('scan'):
        tmp = target + '.src.pdf'; render_rl(blocks, tmp, 'WQY')
        gray = 'gray' in prod or 'faint' in prod
        if 'faint' in prod:
            ims = [scanify(im, rnd, faint=True, blur=1.6, noise=20) for im in rasterize(tmp, 60, True)]; images_to_pdf(ims, target, 60, 30)
            d['producer'] = 'scan: 60 dpi, very faint and blurred (pdftoppm -> Pillow -> img2pdf)'; d['text'] = 'none'
        else:
            dpi = 150 if gray else 200
            ims = [scanify(im, rnd) for im in rasterize(tmp, dpi, gray)]
            desc = f'scan: pdftoppm {dpi} dpi {"grayscale" if gray else "colour"} -> Pillow (rotation, noise, JPEG)'
            if prod.endswith('rlocr'):
                images_with_textlayer(ims, blocks_text(blocks), target, dpi, 50); d['producer'] = desc + ' + invisible text layer (reportlab render mode 3)'; d['text'] = 'ocr-layer'
            elif prod.endswith('ocrmypdf'):
                t2 = target + '.img.pdf'; images_to_pdf(ims, t2, dpi, 50)
                env = dict(os.environ, OMP_THREAD_LIMIT='1')
                r = subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0', '--jobs', '1', t2, target], env=env, capture_output=True)
                if r.returncode != 0 or not os.path.exists(target):
                    print('ocrmypdf failed', r.stderr[-400:]); shutil.move(t2, target); d['producer'] = desc + ' -> img2pdf'; d['text'] = 'none'
                else:
                    os.remove(t2); d['producer'] = desc + ' -> img2pdf -> ocrmypdf (tesseract chi_sim)'; d['text'] = 'ocr-layer'
            else:
                images_to_pdf(ims, target, dpi, 50); d['producer'] = desc + ' -> img2pdf'; d['text'] = 'none'
        os.remove(tmp)
    else:
        raise ValueError(prod)

def post(d, target):
    ps = d.get('post')
    if ps == 'encrypt':
        tmp = target + '.tmp'; shutil.move(target, tmp)
        subprocess.run(['qpdf', '--encrypt', 'sh2025user', 'sh2025owner', '256', '--', tmp, target], check=True); os.remove(tmp)
        d['producer'] += ' -> qpdf AES-256 encrypted (user password)'; d['text'] = 'encrypted'
    elif ps == 'truncate':
        b = open(target, 'rb').read(); open(target, 'wb').write(b[:int(len(b) * 0.45)])
        d['producer'] += ' -> truncated to 45% (upload interrupted)'; d['text'] = 'corrupt'

def bigpdf(p, docs, stage):
    """Merge some materials into one PDF (qpdf page concatenation)."""
    keys = p['bigpdf']; parts = [d for d in docs if d['key'] in keys]
    out = os.path.join(stage, '01-申报材料汇编（申请表、推荐函、信用佐证、营业执照）.pdf')
    subprocess.run(['qpdf', '--empty', '--pages'] + [os.path.join(stage, d['path']) for d in parts] + ['--', out], check=True)
    prods = sorted(set(d['producer'] for d in parts))
    for d in parts: os.remove(os.path.join(stage, d['path']))
    new = dict(key='big', kinds=[k for d in parts for k in d['kinds']], path=os.path.basename(out), producer='qpdf merge of: ' + ' | '.join(prods),
               text='text', seal=True, exempt=False)
    return [new] + [d for d in docs if d['key'] not in keys]

# ---------------------------------------------------------------- zip
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800

def write_zip(p, docs, stage, zpath):
    gbk = p.get('gbk'); mac = p.get('macosx')
    entries = []  # (name, bytes)
    nested = [d for d in docs if d.get('nested')]
    for d in docs:
        if d.get('nested'): continue
        entries.append((d['path'], open(os.path.join(stage, d['path']), 'rb').read()))
    if nested:
        b = io.BytesIO()
        with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
            for d in nested: z.writestr(d['path'], open(os.path.join(stage, '_nested', d['path']), 'rb').read())
        entries.append((nested[0]['nested'], b.getvalue()))
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        dirs = sorted(set(os.path.dirname(n) for n, _ in entries if os.path.dirname(n)))
        for dd in dirs:
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(dd + '/', date_time=(2025, 1, 20 + int(p['id'][1:]) % 6, 9, 30, 0)); zi.external_attr = 0o40755 << 16 | 0x10
            z.writestr(zi, b'')
        for n, data in entries:
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(n, date_time=(2025, 1, 20 + int(p['id'][1:]) % 6, 10, 5, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
            if mac:
                z.writestr('__MACOSX/' + (os.path.dirname(n) + '/' if os.path.dirname(n) else '') + '._' + os.path.basename(n), b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + bytes(40))
        if mac:
            z.writestr('.DS_Store', b'\x00\x00\x00\x01Bud1' + bytes(60))

def main():
    for dd in (OUT, STAGE, LO): shutil.rmtree(dd, ignore_errors=True); os.makedirs(dd)
    key = {'author': 'final20', 'packages': {}}
    built = []
    for i, p in enumerate(P):
        docs = build_materials(p, i); assign_paths(p, docs); p['_docs'] = docs
        for d in docs:
            if p.get('post', {}).get(d['key']): d['post'] = p['post'][d['key']]
        stage = os.path.join(STAGE, p['id'])
        for d in docs:
            tgt = os.path.join(stage, '_nested', d['path']) if d.get('nested') else os.path.join(stage, d['path'])
            d['_target'] = tgt; render_base(p, d, tgt, i)
            if d['prod'] not in ('docx', 'odt', 'gs'): post(d, tgt)
        built.append((p, docs, stage)); print(p['id'], 'rendered', flush=True)
    # LibreOffice batch conversion
    srcs = sorted(os.listdir(LO))
    for chunk in [srcs[k:k + 40] for k in range(0, len(srcs), 40)]:
        subprocess.run(['soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', os.path.join(LO, 'out')] + [os.path.join(LO, s) for s in chunk], capture_output=True, timeout=900)
    for uid, tgt, d in LOQ:
        if d['prod'] == 'gs':
            subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5', '-dPDFSETTINGS=/printer', '-sOutputFile=' + tgt, os.path.join(LO, 'out', uid + '.pdf')], check=True)
        else: shutil.move(os.path.join(LO, 'out', uid + '.pdf'), tgt)
        post(d, tgt)
    for p, docs, stage in built:
        if p.get('bigpdf'): docs = bigpdf(p, docs, stage)
        zname = f'{p["id"]}-{p["org"]["name"]}.zip'
        write_zip(p, docs, stage, os.path.join(OUT, zname))
        o = p['org']; kdocs = []
        for d in docs:
            path = (d['nested'] + '/' + d['path']) if d.get('nested') else d['path']
            e = {'path': path, 'kind': '+'.join(dict.fromkeys(d['kinds'])), 'producer': d['producer'], 'text': d['text']}
            if STAMPED & set(d['kinds']): e['seal'] = bool(d.get('seal'))
            kdocs.append(e)
        causes = p.get('causes', []); defects = causes + p.get('extra_defects', [])
        key['packages'][zname] = {'verdict': p['verdict'], 'causes': causes, 'defects': defects,
            'why': p.get('why', '材料齐全、可读，无不予受理情形。'), 'organisation': {'name': o['name'], 'credit_code': o['code']},
            'applications': [{'code': a['code'], 'name': occ_full(a), 'levels': sorted(a['levels'], reverse=True)} for a in p['apps']],
            'documents': kdocs}
        key['packages'][zname]['_exempt_name'] = [((d['nested'] + '/') if d.get('nested') else '') + d['path'] for d in docs if d.get('exempt')]
    ex = {z: v.pop('_exempt_name') for z, v in key['packages'].items()}
    json.dump(key, open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(ex, open(os.path.join(ROOT, 'selfcheck_exempt.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    shutil.rmtree(STAGE, ignore_errors=True); shutil.rmtree(LO, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(ROOT, 'make_readme.py')])
    print('done', len(key['packages']))

if __name__ == '__main__':
    main()
