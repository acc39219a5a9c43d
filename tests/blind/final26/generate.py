# -*- coding: utf-8 -*-
"""Regenerate the final26 blind corpus: python3 generate.py  (writes packages/, key.json, build/)."""
import os, sys, io, json, random, shutil, subprocess, zipfile, copy, time
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_core import *
from gen_content import *
from gen_cert import cert_rl, cert_html

ROOT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(ROOT, 'build')
PKG = os.path.join(ROOT, 'packages')
SEALS = os.path.join(BUILD, 'seals')
RNG = random.Random(26)

ALL = [5, 4, 3, 2, 1]
OCC = {
    '政务服务办事员': ('3-01-01-02', [5, 4, 3]), '调饮师': ('4-03-02-10', ALL), '食品安全管理师': ('4-03-02-11', ALL),
    '网络与信息安全管理师（数据安全管理员）': ('4-04-04-02', [4, 3, 2, 1]), '数字化解决方案设计师': ('4-04-04-05', [4, 3, 2, 1]),
    '数字孪生应用技术员': ('4-04-05-10', ALL), '房地产策划师': ('4-06-02-02', [4, 3, 2, 1]), '科技咨询师': ('4-07-02-02', [3, 2, 1]),
    '信用管理师': ('4-07-02-04', [4, 3, 2, 1]), '计量员（热工计量员）': ('4-08-05-06', [4, 3]), '色彩搭配师': ('4-08-08-04', [4, 3, 2, 1]),
    '碳排放管理员': ('4-09-07-04', [5]), '碳排放管理员（碳排放核算员）': ('4-09-07-04', [4, 3, 2, 1]),
    '建筑节能减排咨询师': ('4-09-07-06', ALL), '保洁员': ('4-09-08-01', [5, 4, 3]),
    '生活垃圾清运工（生活垃圾收集工）': ('4-09-08-02', [5, 4, 3]), '盆景师': ('4-09-10-03', ALL),
    '保健调理师（保健艾灸师）': ('4-10-04-01', [5, 4, 3]), '医疗护理员': ('4-14-01-02', ALL),
    '营养师（公共营养师）': ('4-14-02-01', [4, 3, 2, 1]), '助听器验配师': ('4-14-03-01', [4, 3, 2, 1]),
    '社群健康助理员': ('4-14-04-04', [4, 3, 2]), '化工总控工': ('6-11-01-03', ALL),
    '药物制剂工（片剂制备）': ('6-12-03-00', ALL), '药物制剂工（注射剂制备）': ('6-12-03-00', ALL),
    '增材制造设备操作员': ('6-18-01-13', ALL), '管工': ('6-29-03-04', ALL),
    '轨道交通信号工（城市轨道交通信号工）': ('6-29-03-10', ALL),
    '育婴员': ('4-10-01-02', None),   # NOT in the notice
}
DIST = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107', '虹口区': '310109',
        '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114', '浦东新区': '310115', '金山区': '310116',
        '松江区': '310117', '青浦区': '310118', '奉贤区': '310120', '崇明区': '310151'}
ROADS = {'黄浦区': '西藏中路', '徐汇区': '漕溪北路', '长宁区': '天山路', '静安区': '共和新路', '普陀区': '真北路', '虹口区': '四平路',
         '杨浦区': '国定路', '闵行区': '莘庄工业区春东路', '宝山区': '友谊路', '嘉定区': '嘉唐公路', '浦东新区': '张江路', '金山区': '卫零路',
         '松江区': '九亭镇沪亭北路', '青浦区': '华新镇华志路', '奉贤区': '南桥镇环城东路', '崇明区': '城桥镇八一路'}
ISS = {
    'scjg': ('上海市市场监督管理局', '沪市监食函'), 'wjw': ('上海市卫生健康委员会', '沪卫医函'),
    'jxw': ('上海市经济和信息化委员会', '沪经信技函'), 'swj': ('上海市商务委员会', '沪商服函'),
    'sthj': ('上海市生态环境局', '沪环气函'), 'yjj': ('上海市药品监督管理局', '沪药监综函'),
    'zjw': ('上海市住房和城乡建设管理委员会', '沪建人函'), 'lhsr': ('上海市绿化和市容管理局', '沪绿容函'),
    'kw': ('上海市科学技术委员会', '沪科函'), 'fgw': ('上海市发展和改革委员会', '沪发改信用函'),
    'fgj': ('上海市房屋管理局', '沪房规函'), 'hgq': ('上海化学工业区管理委员会', '沪化管函'),
    'bj_assoc': ('上海市保洁服务行业协会', '沪洁协'), 'zw_assoc': ('上海市政务服务促进会', '沪政促'),
    'group': ('上海久通轨道交通集团有限公司', '久通集团人'), 'yy_assoc': ('上海市营养健康产业协会', '沪营协'),
    'sf_assoc': ('上海市服饰色彩行业协会', '沪色协'), 'zy_assoc': ('上海市中医养生保健行业协会', '沪中养协'),
    'mz': ('上海市民政局', '沪民社函'), 'rlzy_assoc': ('上海市家庭服务业行业协会', '沪家协'),
}
FIRMS = [
    {'name': '上海明正会计师事务所有限公司', 'prefix': '明正审字', 'cpa': ('王晓峰', '陈丽华'), 'prod': 'docx'},
    {'name': '上海华诚永信会计师事务所（特殊普通合伙）', 'prefix': '华诚永信沪审字', 'cpa': ('周建国', '李敏'), 'prod': 'rl'},
    {'name': '上海申达信会计师事务所有限公司', 'prefix': '申达信会审字', 'cpa': ('赵磊', '孙佳怡'), 'prod': 'odt'},
    {'name': '上海东衡会计师事务所（普通合伙）', 'prefix': '东衡审', 'cpa': ('钱伟', '吴静'), 'prod': 'html'},
]
SURN = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高'
GIVEN = ['建华', '丽娟', '志强', '海燕', '晓东', '文斌', '春梅', '国庆', '玉兰', '俊杰', '雪芳', '立新', '红霞', '伟民', '思远']

def person(rng):
    return rng.choice(SURN) + rng.choice(GIVEN)

# ----------------------------------------------------------------------------- package specs
def S(**kw):
    return kw
SPECS = [
 S(n=1, name='上海汇智职业技能培训有限公司', kind='co', district='浦东新区', apps=[('食品安全管理师', [4, 3, 2])], ind='scjg',
   fv=0, iv=0, dv=0, cv=0, av=0, wv=0, pv=0, impv=0, tv=0, prod='docx', naming='num', samples='per_level', wp_inline=True,
   extras=['toc'], verdict='pass', why='全部必需材料齐全、可读，无不合格情形。'),
 S(n=2, name='上海市徐汇区启航职业技能培训学校', kind='minfei', district='徐汇区', apps=[('保洁员', [5, 4, 3])], ind='bj_assoc',
   fv=2, iv=1, dv=1, cv=1, av=0, wv=1, pv=1, impv=2, tv=1, prod='odt', naming='folders', samples='per_set', gbk=True,
   extras=['teachers'], verdict='pass', why='民办非企业单位（52），材料齐全；压缩包文件名为GBK编码。'),
 S(n=3, name='上海久通轨交信号技术有限公司', kind='co', district='普陀区', apps=[('轨道交通信号工（城市轨道交通信号工）', [4, 3])],
   ind='group', fv=1, iv=2, dv=0, cv=2, av=2, wv=2, pv=0, impv=1, tv=4, prod='html', naming='fujian', samples='per_occ',
   answers=True, verdict='pass', why='集团上级主管单位批复作为推荐函；审计报告年度仅见于标题和资产负债表；材料齐全。'),
 S(n=4, name='上海聆悦听力健康管理有限公司', kind='fie', district='长宁区', apps=[('助听器验配师', [4, 3])], ind='wjw',
   fv=3, iv=0, dv=3, cv=0, av=1, wv=1, pv=1, impv=0, tv=3, prod='rl', naming='en', samples='per_set', verdict='pass',
   why='外商投资企业，审计报告年度为中文数字，材料齐全。'),
 S(n=5, name='上海康颐护理服务有限公司', kind='co', district='闵行区', apps=[('医疗护理员', [5, 4, 3])], ind='wjw',
   fv=0, iv=3, dv=2, cv=1, av=0, wv=0, pv=0, impv=0, tv=5, prod='docx', naming='scanner', samples='all', wp_inline=False,
   post={'form': 'scan', 'ind': 'scan', 'dist': 'scan_color', 'credit': 'scan', 'audit2022': 'scan', 'audit2023': 'scan',
         'licence': 'scan', 'pledge': 'rl3', 'integ': 'scan', 'wp': 'scan'},
   verdict='pass', why='主要材料均为清晰扫描件（150–200dpi，可OCR），扫描件上印章可见；材料齐全。'),
 S(n=6, name='上海碳衡环境科技有限公司', kind='co', district='杨浦区', apps=[('碳排放管理员', [5]), ('碳排放管理员（碳排放核算员）', [4, 3])],
   ind='sthj', fv=4, iv=0, dv=0, cv=2, av=0, wv=0, pv=0, impv=2, tv=2, prod='docx', naming='num', samples='per_occ', wp_inline=True,
   merge=('申报材料汇编（申请表、推荐函、信用报告、审计报告、营业执照）.pdf', ['form', 'ind', 'dist', 'credit', 'audit2022', 'audit2023', 'licence']),
   nested=('实施方案及样题.zip', ['impl', 'samples']), verdict='pass', why='一个汇编PDF包含多项材料，实施方案与样题在内层zip中；材料齐全。'),
 S(n=7, name='上海茶语餐饮管理有限公司', kind='co', district='静安区', apps=[('调饮师', [5, 4])], ind='swj',
   fv=3, iv=0, dv=3, cv=2, av=1, wv=1, pv=0, impv=0, tv=0, prod='odt', naming='num', samples='per_level',
   post={'ind': 'jpg', 'dist': 'ocrmypdf'}, macosx=True, extras=['site_photo'],
   verdict='pass', why='行业推荐函为清晰手机照片，区推荐函为带OCR文本层的扫描件；材料齐全。'),
 S(n=8, name='上海数栖智能科技有限公司', kind='co', district='嘉定区', apps=[('数字孪生应用技术员', [5, 4, 3])], ind='jxw',
   fv=2, iv=0, dv=1, cv=0, av=0, wv=2, pv=0, impv=1, tv=3, prod='odt', naming='folders', samples='per_occ',
   post={'audit2022': 'gs', 'audit2023': 'gs'}, extras=['floor_plan', 'site_photo_poor'],
   verdict='pass', why='申请表职业表在第2页；评价方案为合并单元格表格；模糊的现场照片属附加材料，不影响结论。'),
 S(n=9, name='上海申药医药科技有限公司', kind='co', district='奉贤区', apps=[('药物制剂工（片剂制备）', [4, 3]), ('药物制剂工（注射剂制备）', [4, 3])],
   ind='yjj', fv=4, iv=3, dv=2, cv=1, av=2, wv=0, pv=1, impv=0, tv=1, prod='docx', naming='fujian', samples='per_level',
   post={'form': 'gs', 'wp': 'gs', 'impl': 'gs'}, verdict='pass', why='两个药物制剂工工种，每个等级两套样卷；材料齐全。'),
 S(n=10, name='上海市政通企业服务有限公司', kind='co', district='黄浦区', apps=[('政务服务办事员', [5, 4, 3])], ind='zw_assoc',
   fv=1, iv=1, dv=0, cv=0, av=0, wv=1, pv=0, impv=2, tv=5, prod='html', naming='num', samples='per_set', macosx=True,
   dup_credit=True, verdict='pass', why='信用报告有一份加密PDF，但同一报告另有清晰扫描件；材料齐全。'),
 S(n=11, name='上海增智三维打印技术有限公司', kind='co', district='宝山区', apps=[('增材制造设备操作员', [3, 2, 1])], ind='jxw',
   fv=0, iv=0, dv=3, cv=2, av=1, wv=0, pv=1, impv=2, tv=4, prod='docx', naming='folders', samples='per_set',
   extras=['teachers'], verdict='pass', why='三级至一级，每级两套试题；材料齐全。'),
 S(n=12, name='上海市长宁区营养健康促进中心', kind='minfei', district='长宁区', apps=[('营养师（公共营养师）', [4, 3])], ind='yy_assoc',
   fv=3, iv=1, dv=1, cv=1, av=2, wv=2, pv=1, impv=1, tv=2, prod='docx', naming='fujian', samples='per_level', gbk=True,
   post={'licence': 'rl3'}, extras=['toc'], verdict='pass', why='民办非企业单位，审计报告含业务活动表；GBK文件名；材料齐全。'),
 # ---------------- fail
 S(n=13, name='上海沪安管道工程技术培训有限公司', kind='co', district='松江区', apps=[('管工', [5, 4, 3])], ind='zjw',
   fv=0, iv=0, dv=0, cv=0, av=0, wv=1, pv=0, impv=0, tv=0, prod='docx', naming='num', samples='per_level', wp_inline=True,
   missing=['integ'], verdict='fail', causes=['missing_required_material'],
   defects=['缺少廉洁责任书：工作方案只附承诺书，包内无廉洁责任书'], why='必需材料廉洁责任书缺失。'),
 S(n=14, name='苏州久创增材制造有限公司', kind='co', district='嘉定区', region='320583', apps=[('增材制造设备操作员', [4, 3])], ind='jxw',
   fv=1, iv=0, dv=0, cv=2, av=0, wv=2, pv=0, impv=1, tv=1, prod='html', naming='fujian', samples='per_level',
   verdict='fail', causes=['not_registered_in_shanghai'],
   defects=['统一社会信用代码登记管理机关行政区划为320583（江苏省昆山市），营业执照登记机关为昆山市市场监督管理局'],
   why='申报单位非本市登记。'),
 S(n=15, name='上海市化工行业职业技能鉴定所', kind='shiye', district='浦东新区', region='310000', apps=[('化工总控工', [4, 3, 2])], ind='hgq',
   fv=2, iv=0, dv=0, cv=1, av=0, wv=0, pv=0, impv=0, tv=3, prod='odt', naming='folders', samples='per_occ',
   verdict='fail', causes=['public_institution'], defects=['统一社会信用代码类别为12（事业单位），登记证书为事业单位法人证书'],
   why='事业单位不得申报。'),
 S(n=16, name='上海贝乐家庭服务有限公司', kind='co', district='普陀区', apps=[('育婴员', [5, 4, 3]), ('保洁员', [5, 4])], ind='rlzy_assoc',
   fv=0, iv=1, dv=2, cv=0, av=1, wv=0, pv=1, impv=1, tv=5, prod='docx', naming='num', samples='per_level',
   verdict='fail', causes=['occupation_not_in_notice'], defects=['申报的育婴员（4-10-01-02）不在通知附件48个职业（工种）范围内'],
   why='申报职业超出通知范围。'),
 S(n=17, name='上海创研科技咨询有限公司', kind='co', district='徐汇区', apps=[('科技咨询师', [4, 3])], ind='kw',
   fv=4, iv=0, dv=3, cv=2, av=0, wv=1, pv=0, impv=2, tv=2, prod='rl', naming='en', samples='per_set',
   verdict='fail', causes=['level_not_allowed'], defects=['科技咨询师在通知中仅开放三级、二级、一级，申请表申报了四级'],
   why='申报等级超出通知允许范围。'),
 S(n=18, name='上海园艺盆景艺术发展有限公司', kind='co', district='青浦区', apps=[('盆景师', [5, 4, 3])], ind='lhsr',
   fv=0, iv=0, dv=0, cv=1, av=0, wv=0, pv=0, impv=0, tv=0, prod='docx', naming='num', samples='per_level', wp_inline=True,
   verdict='fail', causes=['duplicate_application'], defects=['同一单位（同一信用代码）在D19中再次申报盆景师'],
   why='同一单位一年内重复申报同一职业，两个包均不合格。'),
 S(n=19, name='上海园艺盆景艺术发展有限公司', kind='co', district='青浦区', apps=[('盆景师', [3, 2])], ind='lhsr', same_as=18,
   fv=3, iv=3, dv=2, cv=2, av=1, wv=2, pv=1, impv=1, tv=3, prod='odt', naming='folders', samples='per_set',
   verdict='fail', causes=['duplicate_application'], defects=['同一单位（同一信用代码）在D18中已申报盆景师'],
   why='同一单位一年内重复申报同一职业，两个包均不合格。'),
 S(n=20, name='上海优洁物业服务有限公司', kind='co', district='虹口区', apps=[('生活垃圾清运工（生活垃圾收集工）', [5, 4])], ind='lhsr',
   fv=1, iv=0, dv=0, cv=0, av=0, wv=0, pv=0, impv=0, tv=1, prod='html', naming='num', samples='per_level', penalties=1,
   verdict='fail', causes=['credit_record_penalty'], defects=['信用报告（最后一页记录表）行政处罚信息：查见1条，附处罚明细'],
   why='信用报告存在行政处罚记录。'),
 S(n=21, name='上海信衡信用管理咨询有限公司', kind='co', district='静安区', apps=[('信用管理师', [4, 3])], ind='fgw',
   fv=0, iv=0, dv=1, cv=1, av=2, wv=1, pv=0, impv=1, tv=5, prod='docx', naming='fujian', samples='per_level',
   rec_other='上海信恒征信服务有限公司', verdict='fail', causes=['letter_recommends_other_organisation'],
   defects=['行业主管部门推荐函推荐的是“上海信恒征信服务有限公司”，不是申报单位'], why='推荐函所推荐单位与申报单位不一致。'),
 S(n=22, name='上海沪昆建筑节能科技有限公司', kind='co', district='嘉定区', apps=[('建筑节能减排咨询师', [4, 3])], ind='zjw',
   fv=3, iv=0, dv=0, cv=0, av=0, wv=0, pv=1, impv=0, tv=4, prod='rl', naming='num', samples='per_level',
   bureau=('昆山市人力资源和社会保障局', '昆人社函'), verdict='fail', causes=['district_letter_not_shanghai'],
   defects=['考核点推荐函由江苏省昆山市人力资源和社会保障局出具，不是上海市区人社部门'], why='区人社推荐函出具单位不在上海。'),
 S(n=23, name='上海锦程房地产营销策划有限公司', kind='co', district='闵行区', apps=[('房地产策划师', [4, 3])], ind='fgj',
   form_name='上海锦程房地产咨询有限公司', fv=4, iv=0, dv=3, cv=2, av=0, wv=0, pv=0, impv=2, tv=0, prod='odt', naming='folders',
   samples='per_level', verdict='fail', causes=['name_mismatch'],
   defects=['申请表及方案中的单位名称为“上海锦程房地产咨询有限公司”，营业执照和信用报告为“上海锦程房地产营销策划有限公司”'],
   why='申请表单位名称与营业执照、信用报告不一致。'),
 S(n=24, name='上海彩睿形象设计有限公司', kind='co', district='长宁区', apps=[('色彩搭配师', [4, 3])], ind='sf_assoc',
   fv=0, iv=1, dv=0, cv=1, av=0, wv=0, pv=0, impv=1, tv=1, prod='docx', naming='num', samples='per_set', one_set=3,
   verdict='fail', causes=['only_one_sample_set'], defects=['色彩搭配师三级只有一套样卷（A卷），缺B卷'], why='某申报等级只有一套样题。'),
 S(n=25, name='上海优护健康管理有限公司闵行分公司', kind='branch', district='闵行区', apps=[('社群健康助理员', [4, 3])], ind='wjw',
   fv=1, iv=0, dv=0, cv=0, av=0, wv=2, pv=0, impv=0, tv=0, prod='html', naming='num', samples='per_level',
   verdict='fail', causes=['branch_not_legal_person'], defects=['营业执照类型为“有限责任公司分公司（自然人投资或控股）”，非独立法人'],
   why='分公司不具备独立法人资格。'),
 S(n=26, name='上海衡准计量检测技术有限公司', kind='co', district='宝山区', apps=[('计量员（热工计量员）', [4, 3])], ind='scjg',
   fv=3, iv=0, dv=2, cv=0, av=0, wv=0, pv=0, impv=0, tv=3, prod='docx', naming='fujian', samples='per_level',
   audit_years=[2021, 2023], post={'pledge': 'docx'}, verdict='fail', causes=['missing_required_material'],
   defects=['只有2021年度和2023年度审计报告，缺2022年度审计报告', '承诺书仅为可编辑.docx（无签章）——复核项，但已有不合格项'],
   why='缺近两年审计报告之一（2022年度）；承诺书仅为docx属复核项，不合格项优先。'),
 # ---------------- review
 S(n=27, name='上海安数信息安全技术有限公司', kind='co', district='浦东新区', apps=[('网络与信息安全管理师（数据安全管理员）', [4, 3])], ind='jxw',
   fv=1, iv=0, dv=0, cv=0, av=0, wv=0, pv=0, impv=1, tv=4, prod='html', naming='num', samples='per_level', post={'credit': 'enc'},
   verdict='review', causes=['unreadable_required_material'], defects=['信用报告为加密PDF（需密码打开），包内无其他可读副本'],
   why='信用报告无法读取。'),
 S(n=28, name='上海云策数字化咨询有限公司', kind='co', district='闵行区', apps=[('数字化解决方案设计师', [4, 3])], ind='jxw',
   fv=0, iv=0, dv=3, cv=1, av=0, wv=1, pv=1, impv=2, tv=2, prod='docx', naming='folders', samples='per_set', post={'audit2022': 'corrupt'},
   verdict='review', causes=['unreadable_required_material'], defects=['2022年度审计报告PDF被截断（文件损坏，无法打开）'],
   why='2022年度审计报告不可读。'),
 S(n=29, name='上海味安食品安全技术服务有限公司', kind='co', district='金山区', apps=[('食品安全管理师', [5, 4])], ind='scjg',
   fv=4, iv=0, dv=0, cv=2, av=1, wv=0, pv=0, impv=0, tv=5, prod='rl', naming='scanner', samples='per_level', post={'dist': 'scan_faint'},
   verdict='review', causes=['unreadable_required_material'], defects=['区人社推荐函仅有一份极淡、低分辨率（约60dpi）且模糊的扫描件，无法辨认'],
   why='区人社推荐函不可读。'),
 S(n=30, name='上海净界环境服务有限公司', kind='co', district='崇明区', apps=[('保洁员', [5, 4])], ind='bj_assoc',
   fv=3, iv=1, dv=3, cv=0, av=0, wv=1, pv=0, impv=0, tv=0, prod='docx', naming='num', samples='per_level',
   post={'pledge': 'docx', 'integ': 'docx'}, verdict='review', causes=['signed_material_docx_only'],
   defects=['承诺书、廉洁责任书仅为可编辑的.docx文件，无盖章PDF/扫描件'], why='需签章材料只有可编辑版本。'),
 S(n=31, name='上海智孪工业软件有限公司', kind='co', district='松江区', apps=[('数字孪生应用技术员', [4, 3])], ind='jxw',
   fv=1, iv=0, dv=3, cv=1, av=2, wv=2, pv=0, impv=1, tv=1, prod='html', naming='fujian', samples='per_level', noseal=['dist'],
   verdict='review', causes=['seal_missing'], defects=['区人社部门推荐函未加盖印章'], why='推荐函缺印章。'),
 S(n=32, name='上海科睿化工技术服务有限公司', kind='co', district='金山区', apps=[('化工总控工', [5, 4])], ind='hgq',
   fv=0, iv=0, dv=0, cv=0, av=0, wv=0, pv=0, impv=2, tv=3, prod='docx', naming='num', samples='per_level', wp_inline=True, badcode=True,
   verdict='review', causes=['credit_code_checksum'], defects=['统一社会信用代码第18位校验码不符（各材料一致印有该代码）'],
   why='信用代码校验失败，需人工核实。'),
 S(n=33, name='上海市中医保健调理行业协会', kind='shetuan', district='静安区', region='310000', apps=[('保健调理师（保健艾灸师）', [5, 4, 3])],
   ind='mz', fv=2, iv=0, dv=1, cv=1, av=0, wv=1, pv=1, impv=1, tv=1, prod='odt', naming='folders', samples='per_level',
   verdict='review', causes=['social_organisation'], defects=['申报单位为社会团体（代码类别51），是否与政府部门脱钩需人工核实'],
   why='社会团体需人工核实是否脱钩。'),
 S(n=34, name='上海康睦健康服务有限公司', kind='co', district='奉贤区', apps=[('医疗护理员', [4, 3])], ind='wjw',
   fv=3, iv=0, dv=2, cv=2, av=0, wv=0, pv=0, impv=0, tv=0, prod='rl', naming='scanner', samples='per_level', post={'ind': 'jpg_poor'},
   verdict='review', causes=['unreadable_required_material'], defects=['行业主管部门推荐函只有一张严重模糊、低分辨率的手机照片，无法辨认'],
   why='行业推荐函不可读。'),
 S(n=35, name='上海绿循再生资源服务有限公司', kind='co', district='宝山区', apps=[('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], ind='lhsr',
   fv=4, iv=0, dv=0, cv=1, av=1, wv=1, pv=0, impv=2, tv=2, prod='docx', naming='num', samples='per_level', noseal=['licence'],
   verdict='review', causes=['seal_missing'], defects=['营业执照复印件未加盖单位公章（无任何印章）'], why='营业执照复印件缺印章。'),
 S(n=36, name='上海碳融咨询服务有限公司', kind='co', district='浦东新区', apps=[('碳排放管理员（碳排放核算员）', [4, 3])], ind='sthj',
   fv=0, iv=0, dv=1, cv=0, av=0, wv=2, pv=1, impv=0, tv=4, prod='odt', naming='folders', samples='per_level', post={'impl': 'enc'},
   extras=['site_photo_poor'], verdict='review', causes=['unreadable_required_material'],
   defects=['项目实施方案（含各等级评价方案）为加密PDF，无法打开；无其他副本'], why='实施方案/评价方案不可读。'),
]

TYPE_LABEL = {'co': '有限责任公司（自然人投资或控股）', 'fie': '有限责任公司（外商投资、非独资）', 'minfei': '民办非企业单位',
              'shetuan': '社会团体', 'shiye': '事业单位', 'branch': '有限责任公司分公司（自然人投资或控股）'}
CAT = {'co': '91', 'fie': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}

def make_org(sp, prev):
    if sp.get('same_as'):
        o = copy.deepcopy(prev[sp['same_as']])
        o['n'] = sp['n']
        o['form_date'] = (2025, 1, 23)
        o['ind_date'] = (2025, 1, 14); o['dist_date'] = (2025, 1, 16); o['credit_date'] = (2025, 1, 19)
        o['apps'] = [{'code': OCC[a][0], 'name': a, 'levels': l} for a, l in sp['apps']]
        return o
    rng = random.Random(1000 + sp['n'])
    kind = sp['kind']
    dist = sp['district']
    region = sp.get('region', DIST[dist])
    code = make_code(rng, CAT[kind], region)
    if sp.get('badcode'):
        code = break_code(code)
    o = {'n': sp['n'], 'name': sp['name'], 'kind': kind, 'district': dist, 'region': region, 'code': code}
    o['cert_name'] = sp['name']
    o['form_name'] = sp.get('form_name', sp['name'])
    o['form_code'] = code
    o['seal_name'] = o['form_name']
    o['type_label'] = TYPE_LABEL[kind] if kind not in ('co', 'fie', 'branch') else '企业（%s）' % TYPE_LABEL[kind]
    o['licence_type'] = TYPE_LABEL[kind]
    o['cert_kind'] = {'minfei': 'minfei', 'shetuan': 'shetuan', 'shiye': 'shiye'}.get(kind, 'licence')
    o['rep'] = person(rng); o['contact'] = person(rng)
    o['phone'] = '021-%d' % rng.randrange(50000000, 69999999)
    if region.startswith('32'):
        o['address'] = '江苏省昆山市花桥镇徐公桥路%d号%d室' % (rng.randrange(10, 300), rng.randrange(101, 909))
        o['reg_authority'] = '昆山市市场监督管理局'
    else:
        o['address'] = '上海市%s%s%d号%d室' % (dist, ROADS[dist], rng.randrange(10, 999), rng.randrange(101, 1209))
        o['reg_authority'] = {'minfei': '上海市%s民政局' % dist, 'shetuan': '上海市社会团体管理局',
                              'shiye': '上海市事业单位登记管理局'}.get(kind, '上海市%s市场监督管理局' % dist)
    o['zip'] = '20%04d' % rng.randrange(0, 2000)
    o['site_district'] = dist
    o['site_name'] = '%s%s考核点' % (o['form_name'].replace('有限公司', ''), dist)
    o['site_addr'] = '上海市%s%s%d号' % (dist, ROADS[dist], rng.randrange(10, 999))
    o['area'] = rng.randrange(12, 60) * 20
    o['staff'] = rng.randrange(5, 14)
    o['est'] = (rng.randrange(2005, 2019), rng.randrange(1, 13), rng.randrange(1, 28))
    o['cert_date'] = (rng.randrange(2020, 2024), rng.randrange(1, 13), rng.randrange(1, 28))
    o['capital'] = ('人民币%d万元' % rng.choice([50, 100, 200, 500, 1000])) if kind not in ('minfei', 'shetuan', 'shiye') else '%d万元' % rng.choice([3, 10, 30, 50])
    if kind == 'fie':
        o['capital'] = '美元%d万元' % rng.choice([60, 150, 300])
    o['parent'] = '上海优护健康管理有限公司'
    o['supervisor'] = {'minfei': '上海市%s教育局' % dist, 'shetuan': '上海市卫生健康委员会'}.get(kind, '')
    o['sponsor'] = '上海市经济和信息化委员会'
    occ = sp['apps'][0][0].split('（')[0]
    o['scope'] = '职业技能培训（不含许可类职业技能培训）；%s相关技术咨询、技术服务；人力资源服务（不含职业中介活动、劳务派遣服务）；会务服务。' % occ
    o['intro'] = '%s成立于%d年，注册地位于上海市%s，主要从事%s等领域的职业技能培训与评价服务，现有专兼职培训师%d名，年培训规模约%d人次。' % (
        o['form_name'], o['est'][0], dist, occ, o['staff'] * 4, 400 + sp['n'] * 37)
    base = 20 + sp['n'] % 5
    o['form_date'] = (2025, 1, base)
    o['ind_date'] = (2025, 1, 6 + sp['n'] % 8)
    o['dist_date'] = (2025, 1, 8 + sp['n'] % 7)
    o['credit_date'] = (2025, 1, 10 + sp['n'] % 8)
    o['apps'] = [{'code': OCC[a][0], 'name': a, 'levels': l} for a, l in sp['apps']]
    iname, ipre = ISS[sp['ind']]
    o['industry'] = {'name': iname, 'prefix': ipre, 'seal': iname}
    if sp.get('bureau'):
        bn, bp = sp['bureau']
        o['district_bureau'] = {'name': bn, 'prefix': bp, 'seal': bn}
    else:
        o['district_bureau'] = {'name': '上海市%s人力资源和社会保障局' % dist, 'prefix': '%s人社函' % DIST_ABBR[dist],
                                'seal': '上海市%s人力资源和社会保障局' % dist}
    o['other_code'] = make_code(random.Random(77 + sp['n']), '91', '310106')
    return o

# ----------------------------------------------------------------------------- naming
NAMES = {
    'num': {'form': '01 社会培训评价组织征集遴选申请表', 'ind': '02 行业主管部门推荐函', 'dist': '03 考核点所在区人社部门推荐函',
            'credit': '04 信用报告', 'audit': '05 审计报告（{y}年度）', 'licence': '06 营业执照复印件', 'wp': '07 职业技能等级认定工作方案',
            'pledge': '08 承诺书', 'integ': '09 廉洁责任书', 'impl': '10 项目实施方案', 'eval': '11 评价方案', 'sdir': '12 样题/',
            'toc': '00 目录', 'teachers': '13 师资名单', 'site_photo': '14 考核场地照片', 'floor_plan': '15 考场平面图',
            'site_photo_poor': '14 考场现场'},
    'folders': {'form': '1.申请表/申请表', 'ind': '2.推荐函/行业主管部门推荐函', 'dist': '2.推荐函/区人社局推荐函',
                'credit': '3.信用佐证/信用报告', 'audit': '3.信用佐证/{y}年审计报告', 'licence': '3.信用佐证/登记证书',
                'wp': '4.工作方案/工作方案', 'pledge': '4.工作方案/承诺书', 'integ': '4.工作方案/廉洁责任书',
                'impl': '5.实施方案/实施方案', 'eval': '5.实施方案/评价方案', 'sdir': '5.实施方案/样题/', 'toc': '目录',
                'teachers': '6.其他材料/师资队伍一览表', 'site_photo': '6.其他材料/考场照片', 'floor_plan': '6.其他材料/平面图',
                'site_photo_poor': '6.其他材料/现场照片'},
    'fujian': {'form': '附件1 申请表', 'ind': '附件2-1 行业推荐函', 'dist': '附件2-2 区人社推荐函', 'credit': '附件3-1 信用报告',
               'audit': '附件3-2 财务审计报告{y}', 'licence': '附件3-3 营业执照', 'wp': '附件4 工作方案', 'pledge': '附件4-1 承诺书',
               'integ': '附件4-2 廉洁责任书', 'impl': '附件5 实施方案', 'eval': '附件5-1 评价方案', 'sdir': '附件5-2 样题/',
               'toc': '材料目录', 'teachers': '附件6 师资', 'site_photo': '附件6 场地照片', 'floor_plan': '附件6 平面图',
               'site_photo_poor': '附件6 场地'},
    'en': {'form': 'A1_application_form', 'ind': 'A2_industry_letter', 'dist': 'A3_district_letter', 'credit': 'B1_credit_report',
           'audit': 'B2_audit_{y}', 'licence': 'B3_business_licence', 'wp': 'C1_work_plan', 'pledge': 'C2_pledge',
           'integ': 'C3_integrity', 'impl': 'D1_implementation_plan', 'eval': 'D2_evaluation_plan', 'sdir': 'D3_samples/',
           'toc': 'contents', 'teachers': 'E1_teachers', 'site_photo': 'E2_site', 'floor_plan': 'E3_floorplan', 'site_photo_poor': 'E2_site'},
}
SCANNER_IDS = {'form': 'IMG_20250116_0001', 'ind': 'IMG_20250116_0002', 'dist': 'IMG_20250116_0003', 'credit': 'scan_004',
               'audit': 'scan_{y}', 'licence': '新建 Microsoft Word 文档 (3)', 'wp': 'scan_007', 'pledge': 'scan_008', 'integ': 'scan_009',
               'impl': '实施方案', 'eval': '评价方案', 'sdir': '样题/', 'toc': '目录', 'teachers': '师资', 'site_photo': 'IMG_8841',
               'floor_plan': '平面图', 'site_photo_poor': 'IMG_8842'}

def nm(sp, key, ext, y=None):
    t = SCANNER_IDS if sp['naming'] == 'scanner' else NAMES[sp['naming']]
    s = t['audit' if key.startswith('audit') else key].replace('{y}', str(y) if y else '')
    if key == 'licence' and sp['kind'] in ('minfei', 'shetuan', 'shiye') and sp['naming'] != 'scanner' and sp['naming'] != 'en':
        s = s.replace('营业执照复印件', '法人登记证书').replace('营业执照', '登记证书')
    return s + ext

PRODUCER = {'rl': 'reportlab 5 (WenQuanYi Zen Hei embedded TTF)', 'rlcid': 'reportlab 5 (STSong-Light CID font, not embedded)',
            'docx': 'LibreOffice writer_pdf_Export (from python-docx .docx)', 'odt': 'LibreOffice writer_pdf_Export (from odfpy .odt)',
            'html': 'Chromium headless --print-to-pdf (HTML/CSS, SVG seal)', 'cert': 'reportlab canvas (certificate at coordinates)',
            'cert_html': 'Chromium headless --print-to-pdf (positioned HTML certificate)'}
POSTNAME = {'gs': 'Ghostscript pdfwrite re-distilled', 'scan': 'scan: pdftoppm 150dpi → Pillow grayscale/rotate/noise/JPEG → img2pdf',
            'scan_color': 'scan: pdftoppm 200dpi → Pillow colour/rotate/noise/JPEG → img2pdf',
            'scan_faint': 'scan: pdftoppm → Pillow 60dpi, blurred, faint → img2pdf (illegible)',
            'ocrmypdf': 'scan (img2pdf) + ocrmypdf chi_sim text layer', 'rl3': 'scan image + reportlab invisible text (render mode 3)',
            'jpg': 'phone photo JPEG (Pillow)', 'jpg_poor': 'phone photo JPEG, heavily blurred/low-res (Pillow)',
            'enc': 'pikepdf AES-256 encrypted (user password)', 'corrupt': 'truncated PDF (first 45% of bytes)',
            'docx': 'python-docx .docx (editable, not converted)'}

# ----------------------------------------------------------------------------- build document list
def build_docs(sp, o):
    house = dict(o, name=o['form_name'], seal_name=o['form_name'])
    prod = sp['prod']
    post = sp.get('post', {})
    noseal = sp.get('noseal', [])
    D = []
    def add(key, kind, blocks, p, stamped=False, y=None, expect=None, cert=False, path=None):
        pp = post.get(key)
        if pp == 'docx':
            p = 'docx'
        ext = '.pdf'
        if pp in ('jpg', 'jpg_poor'):
            ext = '.jpg'
        elif pp == 'docx':
            ext = '.docx'
        d = {'key': key, 'kind': kind, 'blocks': blocks, 'prod': p, 'post': pp, 'path': path or nm(sp, key, ext, y),
             'expect': expect or house['name'], 'cert': cert}
        if stamped:
            d['seal'] = (key not in noseal) and pp != 'docx'
        D.append(d)
        return d
    # 1 form
    fv = sp['fv']
    add('form', 'application_form', app_form(house, fv), prod)
    # 2 letters
    ip = {'group': 'docx', 'scjg': 'docx', 'wjw': 'rl', 'jxw': 'odt', 'swj': 'html', 'sthj': 'rl', 'yjj': 'html', 'zjw': 'docx',
          'lhsr': 'odt', 'kw': 'rl', 'fgw': 'docx', 'fgj': 'html', 'hgq': 'odt', 'mz': 'rl'}.get(sp['ind'], 'html')
    rec = sp.get('rec_other')
    if rec:
        o2 = dict(o, other_code=o['other_code'])
    add('ind', 'industry_letter', industry_letter(o, sp['iv'], recommended=rec, seal='ind' not in noseal), ip, stamped=True,
        expect=rec or o['name'])
    dp = ['docx', 'odt', 'rl', 'html'][int(DIST.get(o['site_district'], '310101')[-2:]) % 4]
    add('dist', 'district_letter', district_letter(o, sp['dv'], seal='dist' not in noseal), dp, stamped=True, expect=o['name'])
    # 3 credit, audits, licence
    cp = {0: 'rlcid', 1: 'html', 2: 'rl'}[sp['cv']]
    cdoc = add('credit', 'credit_report', credit_report(o, sp['cv'], penalties=sp.get('penalties', 0)), cp, expect=o['cert_name'])
    for i, y in enumerate(sp.get('audit_years', [2022, 2023])):
        firm = FIRMS[(sp['n'] + i * 0) % 4]
        add('audit%d' % y, 'audit_report', audit_report(o, y, sp['av'], firm), firm['prod'], y=y, expect=o['cert_name'])
    if sp['kind'] not in ('minfei',) and sp['n'] % 3 == 0:
        lp = 'cert_html'
    else:
        lp = 'cert'
    add('licence', 'registration_certificate', None, lp, stamped=True, expect=o['cert_name'], cert=True)
    # 4 work plan, pledge, integrity
    missing = sp.get('missing', [])
    if sp.get('wp_inline'):
        bl = work_plan(house, sp['wv']) + [('pb',)] + pledge(house, sp['pv'])
        kind = 'work_plan+pledge'
        if 'integ' not in missing:
            bl += [('pb',)] + integrity(house, sp['pv'])
            kind += '+integrity_letter'
        d = add('wp', kind, bl, prod, stamped=True)
    else:
        add('wp', 'work_plan', work_plan(house, sp['wv']), prod)
        if 'pledge' not in missing:
            add('pledge', 'pledge', pledge(house, sp['pv']), prod, stamped=True)
        if 'integ' not in missing:
            add('integ', 'integrity_letter', integrity(house, sp['pv']), prod, stamped=True)
    # 5 implementation plan + samples
    sep_eval = sp['n'] % 4 == 2
    impl_kind = 'implementation_plan' if sep_eval else 'implementation_plan+evaluation_plan'
    add('impl', impl_kind, impl_plan(house, sp['impv'], sep_eval=sep_eval), prod)
    if sep_eval:
        add('eval', 'evaluation_plan', eval_plan_doc(house), prod)
    sdir = nm(sp, 'sdir', '')
    tv = sp['tv']
    titles = SET_TITLES[tv]
    sprod = 'rl' if prod in ('odt',) and sp['n'] % 2 else prod
    mode = sp['samples']
    groups = []   # (path, blocks)
    for a in o['apps']:
        short = a['name'].replace('（', '-').replace('）', '')
        lv_blocks = []
        for l in sorted(a['levels'], reverse=True):
            sets = []
            for si in (0, 1):
                if sp.get('one_set') == l and si == 1:
                    continue
                sets.append((si, sample_set(house, a, l, si, tv, answer_sheet=sp.get('answers', False))))
            if mode == 'per_set':
                for si, bl in sets:
                    groups.append(('%s%s_%s_%s.pdf' % (sdir, short, LEVEL_CN[l], titles[si].replace(' ', '')), bl))
            else:
                merged = []
                for si, bl in sets:
                    merged += ([('pb',)] if merged else []) + bl
                lv_blocks.append((l, merged))
        if mode == 'per_level':
            for l, bl in lv_blocks:
                groups.append(('%s%s（%s）样题.pdf' % (sdir, short, LEVEL_CN[l]), bl))
        elif mode in ('per_occ', 'all'):
            bl = []
            for l, b2 in lv_blocks:
                bl += ([('pb',)] if bl else []) + b2
            groups.append(('%s%s 样题汇编.pdf' % (sdir, short), bl))
    if mode == 'all':
        bl = []
        for _, b2 in groups:
            bl += ([('pb',)] if bl else []) + b2
        groups = [('%s全部等级样题（两套）.pdf' % sdir, bl)]
    for path, bl in groups:
        add('samples', 'sample_paper', bl, sprod, path=path)
    # extras
    for ex in sp.get('extras', []):
        if ex == 'toc':
            rows = [['序号', '材料名称', '页码']] + [[str(i + 1), t, str(i * 3 + 1)] for i, t in enumerate(
                ['申请表', '行业主管部门推荐函', '区人社部门推荐函', '信用报告', '近两年财务审计报告', '登记证书', '工作方案（含承诺书、廉洁责任书）', '项目实施方案及样题'])]
            add('toc', 'other', [('title', '申报材料目录'), ('pc', house['name']), ('table', rows, {'widths': [0.1, 0.7, 0.2]})], prod)
        elif ex == 'teachers':
            rng = random.Random(sp['n'])
            rows = [['序号', '姓名', '职称/等级', '从事年限', '承担工作']] + [[str(i + 1), person(rng), rng.choice(['高级技师', '技师', '高级工程师', '讲师']),
                                                                      str(rng.randrange(5, 25)), rng.choice(['考评员', '督导员', '题库开发'])] for i in range(10)]
            add('teachers', 'other', [('title', '师资及考评人员一览表'), ('pc', house['name']), ('table', rows, {})], 'docx',
                path=nm(sp, 'teachers', '.docx' if sp['n'] % 2 else '.pdf'))
            if sp['n'] % 2:
                D[-1]['post'] = 'docx'
        elif ex == 'floor_plan':
            add('floor_plan', 'other', None, 'floor', path=nm(sp, 'floor_plan', '.pdf'))
        elif ex in ('site_photo', 'site_photo_poor'):
            add(ex, 'other', None, 'photo', path=nm(sp, ex, '.jpg'))
    if sp.get('dup_credit'):
        # the credit report also as an encrypted PDF (as downloaded) — readable copy is the scan
        cdoc['post'] = 'scan'
        cdoc['path'] = nm(sp, 'credit', '（扫描件）.pdf')
        d = dict(cdoc); d['post'] = 'enc'; d['path'] = nm(sp, 'credit', '.pdf')
        D.append(d)
    return D

# ----------------------------------------------------------------------------- rendering
def floor_plan_pdf(o, out):
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    W, H = landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setFont('WQY', 16); c.drawString(60, H - 50, '%s 考核点平面示意图' % o['form_name'])
    rooms = [('理论考场一', 60, 300, 220, 180), ('理论考场二', 290, 300, 220, 180), ('实操考场', 520, 200, 260, 280),
             ('候考区', 60, 120, 220, 160), ('监控室', 290, 120, 110, 160), ('资料室', 410, 120, 100, 160)]
    for name, x, y, w, h in rooms:
        c.rect(x, y, w, h); c.setFont('WQY', 12); c.drawString(x + 10, y + h - 20, name)
    c.setFont('WQY', 9); c.drawString(60, 80, '地址：%s   面积：%d平方米   ● 监控探头' % (o['site_addr'], o['area']))
    c.showPage(); c.save()

def site_photo(o, out, poor, rng):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    im = Image.new('RGB', (1200, 800), (200, 205, 210))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 520, 1200, 800], fill=(150, 140, 120))
    for i in range(5):
        for j in range(3):
            x, y = 120 + i * 200, 430 + j * 90
            d.rectangle([x, y, x + 140, y + 40], fill=(110, 80, 50))
            d.rectangle([x + 40, y - 50, x + 100, y - 5], fill=(40, 40, 45))
    d.rectangle([300, 60, 900, 160], fill=(180, 20, 20))
    f = ImageFont.truetype(FONT_SANS, 40)
    d.text((330, 85), '职业技能等级认定考场', font=f, fill=(255, 255, 255))
    if poor:
        im = im.resize((150, 100)).filter(ImageFilter.GaussianBlur(2)).resize((600, 400))
    im.save(out, 'JPEG', quality=55 if poor else 80)

def run_post(d, pdf, out, rng, o):
    pp = d['post']
    if pp in (None, '', 'gs'):
        if pp == 'gs':
            subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5', '-o', out, pdf], check=True)
        else:
            shutil.copy(pdf, out)
    elif pp in ('scan', 'scan_color', 'scan_faint', 'ocrmypdf', 'rl3'):
        dpi = 200 if pp == 'scan_color' else 150
        ims = pdf_to_images(pdf, dpi)
        if pp == 'scan_faint':
            ims = [scanify(im, rng, gray=True, faint=True, blur=1.6, dpi=dpi, lowres_dpi=60, noise=14) for im in ims]
            images_to_pdf(ims, out, 60, quality=35)
        else:
            ims = [scanify(im, rng, gray=(pp != 'scan_color'), dpi=dpi) for im in ims]
            if pp == 'rl3':
                rl3_pdf(ims, d, out, dpi)
            elif pp == 'ocrmypdf':
                tmp = out + '.img.pdf'
                images_to_pdf(ims, tmp, dpi, quality=70)
                env = dict(os.environ, OMP_THREAD_LIMIT='1')
                subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--jobs', '1', '--optimize', '0', tmp, out],
                               check=True, env=env)
                os.remove(tmp)
            else:
                images_to_pdf(ims, out, dpi, quality=45)
    elif pp in ('jpg', 'jpg_poor'):
        im = pdf_to_images(pdf, 130, 1, 1)[0]
        ph = photo_of(im, rng, poor=(pp == 'jpg_poor'))
        ph.save(out, 'JPEG', quality=50 if pp == 'jpg_poor' else 78)
    elif pp == 'enc':
        import pikepdf
        with pikepdf.open(pdf) as p:
            p.save(out, encryption=pikepdf.Encryption(owner='sh-owner-%d' % o['n'], user='%06d' % (o['n'] * 4817 % 10 ** 6), R=6))
    elif pp == 'corrupt':
        data = open(pdf, 'rb').read()
        open(out, 'wb').write(data[:int(len(data) * 0.45)])

def rl3_pdf(ims, d, out, dpi):
    """Scan images with an invisible text layer (render mode 3) of the document's text."""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    lines_by_page = [[]]
    for b in d['blocks'] or []:
        if b[0] == 'pb':
            lines_by_page.append([]); continue
        if b[0] == 'table':
            for r in b[1]:
                lines_by_page[-1].append(' '.join(str(x).replace('\n', ' ') for x in r))
        elif b[0] == 'seal':
            continue
        elif len(b) > 1:
            lines_by_page[-1] += b[1].split('\n')
    if d['cert']:
        from gen_cert import cert_fields
        t, f, al, au = cert_fields(d['o'])
        lines_by_page = [[t, '统一社会信用代码 ' + d['o']['code']] + ['%s %s' % kv for kv in f] + ['%s：%s' % (al, au)]]
    c = canvas.Canvas(out)
    for i, im in enumerate(ims):
        w, h = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((w, h))
        b = io.BytesIO(); im.save(b, 'JPEG', quality=58); b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w, h)
        t = c.beginText(); t.setTextRenderMode(3); t.setFont('WQY', 10)
        y = h - 70
        t.setTextOrigin(60, y)
        for ln in (lines_by_page[i] if i < len(lines_by_page) else []):
            t.textLine(ln[:60])
        c.drawText(t)
        c.showPage()
    c.save()

def main():
    t0 = time.time()
    for p in (BUILD, PKG):
        if os.path.exists(p):
            shutil.rmtree(p)
    for sub in ('src', 'pdf', 'final', 'seals'):
        os.makedirs(os.path.join(BUILD, sub))
    os.makedirs(PKG)
    orgs = {}
    pkgs = []
    uid = 0
    only = set(int(x) for x in os.environ.get('ONLY', '').split(',') if x)
    for sp in SPECS:
        if only and sp['n'] not in only and not any(s2.get('same_as') == sp['n'] for s2 in SPECS if s2['n'] in only):
            continue
        o = make_org(sp, orgs)
        orgs[sp['n']] = o
        docs = build_docs(sp, o)
        for d in docs:
            uid += 1
            d['uid'] = 'u%04d' % uid
            d['o'] = o
        pkgs.append((sp, o, docs))
    # stage A: sources
    html_jobs, lo_jobs = [], []
    for sp, o, docs in pkgs:
        for d in docs:
            src = os.path.join(BUILD, 'src', d['uid'])
            pdf = os.path.join(BUILD, 'pdf', d['uid'] + '.pdf')
            d['pdf'] = pdf
            p = d['prod']
            if p in ('rl', 'rlcid'):
                render_rl(d['blocks'], pdf, font='WQY' if p == 'rl' else 'STSong-Light', seal_dir=SEALS,
                          fsize=[10.5, 11, 12][o['n'] % 3], title=d['kind'],
                          meta={'author': o['form_name'] if d['key'] not in ('credit',) else '', 'footer': '第{p}页' if d['key'] in ('credit', 'impl') else ''})
            elif p == 'docx':
                render_docx(d['blocks'], src + '.docx', seal_dir=SEALS, font=['Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei'][o['n'] % 3],
                            fsize=[11, 10.5, 12][o['n'] % 3])
                lo_jobs.append(src + '.docx')
            elif p == 'odt':
                render_odt(d['blocks'], src + '.odt', seal_dir=SEALS, font=['Noto Sans CJK SC', 'Noto Serif CJK SC'][o['n'] % 2])
                lo_jobs.append(src + '.odt')
            elif p == 'html':
                hf = ['Noto Serif CJK SC', 'Noto Sans CJK SC'][o['n'] % 2]
                if d['key'] in ('samples', 'impl', 'eval', 'wp', 'toc', 'audit2021', 'audit2022', 'audit2023'):
                    hf = 'WenQuanYi Zen Hei'   # TrueType: Chromium subsets it (Noto CJK comes out as Type 3)
                render_html(d['blocks'], src + '.html', font=hf, fsize=[11, 10.5][o['n'] % 2])
                html_jobs.append(src + '.html')
            elif p == 'cert':
                cert_rl(o, pdf, SEALS, copy_seal=d.get('seal', True), font='WQY')
                if d.get('seal') is False:
                    pass
            elif p == 'cert_html':
                open(src + '.html', 'w', encoding='utf-8').write(cert_html(o, copy_seal=d.get('seal', True)))
                html_jobs.append(src + '.html')
            elif p == 'floor':
                floor_plan_pdf(o, pdf)
            elif p == 'photo':
                pass
    print('sources', round(time.time() - t0), 's; LO jobs', len(lo_jobs), 'html jobs', len(html_jobs), flush=True)
    # stage B: LibreOffice (one process) and Chromium (one at a time), in parallel
    def lo():
        for i in range(0, len(lo_jobs), 40):
            subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_final26', '--convert-to', 'pdf',
                            '--outdir', os.path.join(BUILD, 'pdf')] + lo_jobs[i:i + 40], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    def ch():
        for h in html_jobs:
            chromium_pdf(h, os.path.join(BUILD, 'pdf', os.path.basename(h)[:-5] + '.pdf'))
    with ThreadPoolExecutor(2) as ex:
        f1 = ex.submit(lo); f2 = ex.submit(ch)
        f1.result(); f2.result()
    print('converted', round(time.time() - t0), 's', flush=True)
    # noseal licence drawn without any seal: handled in cert (copy_seal False) — also drop authority seal
    # stage C: post-processing
    key = {'author': 'final26', 'packages': {}}
    for sp, o, docs in pkgs:
        rng = random.Random(5000 + sp['n'])
        for d in docs:
            fin = os.path.join(BUILD, 'final', d['uid'] + os.path.splitext(d['path'])[1])
            d['final'] = fin
            if d['prod'] == 'photo':
                site_photo(o, fin, d['key'] == 'site_photo_poor', rng)
            elif d['post'] == 'docx':
                shutil.copy(os.path.join(BUILD, 'src', d['uid'] + '.docx'), fin)
            else:
                if not os.path.exists(d['pdf']):
                    raise SystemExit('missing render %s %s %s' % (sp['n'], d['path'], d['prod']))
                run_post(d, d['pdf'], fin, rng, o)
        print('post', sp['n'], round(time.time() - t0), 's', flush=True)
    # stage D: packaging
    for sp, o, docs in pkgs:
        zname = 'D%02d-%s.zip' % (sp['n'], o['name'])
        entries = []   # (path, bytes)
        docs_key = []
        merge = sp.get('merge')
        nested = sp.get('nested')
        if merge:
            import pikepdf
            mpath, mkeys = merge
            parts = [d for d in docs if d['key'] in mkeys]
            out = pikepdf.Pdf.new()
            for d in parts:
                with pikepdf.open(d['final']) as src:
                    out.pages.extend(src.pages)
            mfile = os.path.join(BUILD, 'final', 'merge_%02d.pdf' % sp['n'])
            out.save(mfile)
            kinds = []
            for d in parts:
                for k in d['kind'].split('+'):
                    if k not in kinds:
                        kinds.append(k)
            seals = [d['seal'] for d in parts if 'seal' in d]
            md = {'path': mpath, 'kind': '+'.join(kinds), 'final': mfile, 'producer': 'pikepdf merge of: ' + '; '.join(
                sorted(set(PRODUCER.get(d['prod']) + ((' → ' + POSTNAME[d['post']]) if d['post'] else '') for d in parts))),
                'text': 'text', 'seal': all(seals), 'expect': o['name'], 'post': None}
            docs = [d for d in docs if d['key'] not in mkeys] + [md]
        inner = []
        for d in docs:
            if 'producer' not in d:
                pr = PRODUCER.get(d['prod'], '')
                if d['prod'] == 'photo':
                    pr = 'Pillow-drawn photo JPEG'
                elif d['prod'] == 'floor':
                    pr = 'reportlab canvas drawing'
                if d['post'] == 'docx':
                    pr = POSTNAME['docx']
                elif d['post']:
                    pr += ' → ' + POSTNAME[d['post']]
                d['producer'] = pr
                tx = 'text'
                if d['post'] in ('scan', 'scan_color', 'scan_faint', 'jpg', 'jpg_poor') or d['prod'] == 'photo':
                    tx = 'none'
                elif d['post'] in ('ocrmypdf', 'rl3'):
                    tx = 'ocr-layer'
                elif d['post'] in ('enc',):
                    tx = 'encrypted'
                elif d['post'] == 'corrupt':
                    tx = 'corrupt'
                d['text'] = tx
            data = open(d['final'], 'rb').read()
            is_inner = nested and d.get('key') in nested[1]
            kd = {'path': d['path'], 'kind': d['kind'], 'producer': d['producer'], 'text': d['text']}
            if 'seal' in d:
                kd['seal'] = d['seal']
            kd['_expect'] = d['expect']
            if is_inner:
                inner.append((d['path'], data))
                kd['path'] = nested[0] + '/' + d['path']
            else:
                entries.append((d['path'], data))
            docs_key.append(kd)
        if nested:
            b = io.BytesIO()
            with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
                for p, data in inner:
                    z.writestr(p, data)
            entries.append((nested[0], b.getvalue()))
        top = ''
        if sp['n'] in (2, 11, 15, 28):
            top = '%s申报材料/' % o['form_name']
            for kd in docs_key:
                kd['path'] = top + kd['path']
        zpath = os.path.join(PKG, zname)
        gbk = sp.get('gbk')
        with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
            dirs = []
            for p, data in sorted(entries):
                full = top + p
                parts = full.split('/')[:-1]
                for i in range(1, len(parts) + 1):
                    dd = '/'.join(parts[:i]) + '/'
                    if dd not in dirs and gbk:
                        dirs.append(dd)
                        zi = GBKInfo(dd, date_time=(2025, 1, o['form_date'][2], 9, 30, 0))
                        zi.external_attr = 0x10
                        z.writestr(zi, b'')
                zi = (GBKInfo if gbk else zipfile.ZipInfo)(full, date_time=(2025, 1, o['form_date'][2], 9, 31, (len(full) * 7) % 60))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
                if sp.get('macosx'):
                    dn, bn = os.path.split(full)
                    z.writestr('__MACOSX/' + (dn + '/' if dn else '') + '._' + bn, b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 40)
            if sp.get('macosx'):
                z.writestr('.DS_Store', b'\x00\x00\x00\x01Bud1' + bytes(RNG.randrange(256) for _ in range(200)))
        for kd in docs_key:
            kd.pop('_expect_keep', None)
        apps = [{'code': a['code'], 'name': a['name'], 'levels': sorted(a['levels'], reverse=True)} for a in o['apps']]
        key['packages'][zname] = {
            'verdict': sp['verdict'], 'causes': sp.get('causes', []), 'defects': sp.get('defects', []), 'why': sp['why'],
            'organisation': {'name': o['name'], 'credit_code': o['code']}, 'applications': apps,
            'documents': docs_key}
        print('zip', zname, os.path.getsize(zpath) // 1024, 'KB', flush=True)
    # expectations for selfcheck (name shown in each text document), then strip from key
    expect = {z: {d['path']: d.pop('_expect') for d in v['documents']} for z, v in key['packages'].items()}
    json.dump(expect, open(os.path.join(BUILD, 'expect.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(key, open(os.path.join(ROOT, 'key.json'), 'w'), ensure_ascii=False, indent=1)
    print('done', round(time.time() - t0), 's')

if __name__ == '__main__':
    main()
