#!/usr/bin/env python3
"""Generate the final15 blind corpus: 36 application packages + key.json.
Usage: python3 generate.py   (deterministic: seeded random; needs soffice, chromium, gs, qpdf, img2pdf, poppler)
"""
import os, sys, json, random, shutil, subprocess, zipfile, io, time
from pathlib import Path
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render_lib as RL

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / 'build'
PKG = ROOT / 'packages'
SEED = 15015

# ------------------------------------------------------------------ credit codes
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(ch, 36) * x for ch, x in zip(s8, w)) % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)
def check18(s17):
    return ALPHA[(31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18)) % 31) % 31]
def uscc(cat, div, body8, bad_last=False):
    s17 = cat + div + body8 + org_check(body8)
    c = check18(s17)
    if bad_last:
        c = ALPHA[(ALPHA.index(c) + 7) % 31]
    return s17 + c
def valid(code):
    return code[16] == org_check(code[8:16]) and code[17] == check18(code[:17])
assert uscc('91', '310115', 'MA1FL0A0') == '91310115MA1FL0A00C'
assert uscc('52', '310104', 'MJ5K3L7D') == '52310104MJ5K3L7D1F'
assert valid('123100004250018698') and not valid('91310115MA1FL0A00D') and not valid('52310104MJ5K3L7D0C')

# ------------------------------------------------------------------ reference data
OCC = {  # code, name -> allowed levels (from the notice's annex)
    '政务服务办事员': ('3-01-01-02', [5, 4, 3]),
    '调饮师': ('4-03-02-10', [5, 4, 3, 2, 1]),
    '食品安全管理师': ('4-03-02-11', [5, 4, 3, 2, 1]),
    '网络与信息安全管理师（数据安全管理员）': ('4-04-04-02', [4, 3, 2, 1]),
    '数字化解决方案设计师': ('4-04-04-05', [4, 3, 2, 1]),
    '数字孪生应用技术员': ('4-04-05-10', [5, 4, 3, 2, 1]),
    '房地产策划师': ('4-06-02-02', [4, 3, 2, 1]),
    '科技咨询师': ('4-07-02-02', [3, 2, 1]),
    '信用管理师': ('4-07-02-04', [4, 3, 2, 1]),
    '计量员（热工计量员）': ('4-08-05-06', [4, 3]),
    '色彩搭配师': ('4-08-08-04', [4, 3, 2, 1]),
    '碳排放管理员（碳排放核算员）': ('4-09-07-04', [4, 3, 2, 1]),
    '碳排放管理员（碳排放交易员）': ('4-09-07-04', [4, 3, 2, 1]),
    '建筑节能减排咨询师': ('4-09-07-06', [5, 4, 3, 2, 1]),
    '保洁员': ('4-09-08-01', [5, 4, 3]),
    '生活垃圾清运工（生活垃圾收集工）': ('4-09-08-02', [5, 4, 3]),
    '盆景师': ('4-09-10-03', [5, 4, 3, 2, 1]),
    '保健调理师（保健艾灸师）': ('4-10-04-01', [5, 4, 3]),
    '医疗护理员': ('4-14-01-02', [5, 4, 3, 2, 1]),
    '营养师（公共营养师）': ('4-14-02-01', [4, 3, 2, 1]),
    '助听器验配师': ('4-14-03-01', [4, 3, 2, 1]),
    '社群健康助理员': ('4-14-04-04', [4, 3, 2]),
    '化工总控工': ('6-11-01-03', [5, 4, 3, 2, 1]),
    '药物制剂工（片剂制备）': ('6-12-03-00', [5, 4, 3, 2, 1]),
    '药物制剂工（颗粒剂制备）': ('6-12-03-00', [5, 4, 3, 2, 1]),
    '增材制造设备操作员': ('6-18-01-13', [5, 4, 3, 2, 1]),
    '管工': ('6-29-03-04', [5, 4, 3, 2, 1]),
    '轨道交通信号工（城市轨道交通信号工）': ('6-29-03-10', [5, 4, 3, 2, 1]),
    # not in the notice:
    '人工智能训练师': ('4-04-05-05', [5, 4, 3, 2, 1]),
}
DIST = {'黄浦区': ('310101', '黄'), '徐汇区': ('310104', '徐'), '长宁区': ('310105', '长'), '静安区': ('310106', '静'),
        '普陀区': ('310107', '普'), '虹口区': ('310109', '虹'), '杨浦区': ('310110', '杨'), '闵行区': ('310112', '闵'),
        '宝山区': ('310113', '宝'), '嘉定区': ('310114', '嘉'), '浦东新区': ('310115', '浦'), '金山区': ('310116', '金'),
        '松江区': ('310117', '松'), '青浦区': ('310118', '青'), '奉贤区': ('310120', '奉'), '崇明区': ('310151', '崇')}
LVN = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVO = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
CN = '〇一二三四五六七八九'
def cn_year(y): return ''.join(CN[int(c)] for c in str(y))
def cn_num(n):
    if n <= 10: return '〇一二三四五六七八九十'[n]
    if n < 20: return '十' + CN[n - 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
def cn_date(y, m, d): return '%s年%s月%s日' % (cn_year(y), cn_num(m), cn_num(d))
def ar_date(y, m, d): return '%d年%d月%d日' % (y, m, d)
def lv_range(levels):
    ls = sorted(levels, reverse=True)
    if len(ls) == 1: return LVN[ls[0]]
    return '%s至%s' % (LVN[ls[0]], LVN[ls[-1]])
def lv_list(levels, style=0):
    ls = sorted(levels, reverse=True)
    if style == 0: return '、'.join(LVN[l] for l in ls)
    if style == 1: return '、'.join('%s（%s）' % (LVN[l], LVO[l]) for l in ls)
    if style == 2: return '、'.join(LVO[l] for l in ls)
    return lv_range(ls)

# ------------------------------------------------------------------ organisations / packages
# Each profile: what the generator plants. 'd' holds defect flags used by the builders.
def P(**kw):
    kw.setdefault('d', {})
    kw.setdefault('site_dist', kw['reg_dist'])
    return kw

IND = {
    'commerce': ('上海市商务委员会', '沪商服函', 'gov'),
    'econ': ('上海市经济和信息化委员会', '沪经信培函', 'gov'),
    'health': ('上海市卫生健康委员会', '沪卫人函', 'gov'),
    'eco': ('上海市生态环境局', '沪环气函', 'gov'),
    'build': ('上海市住房和城乡建设管理委员会', '沪建人函', 'gov'),
    'traffic': ('上海市交通委员会', '沪交人函', 'gov'),
    'sci': ('上海市科学技术委员会', '沪科函', 'gov'),
    'market': ('上海市市场监督管理局', '沪市监计函', 'gov'),
    'green': ('上海市绿化和市容管理局', '沪绿容函', 'gov'),
    'drug': ('上海市药品监督管理局', '沪药监函', 'gov'),
    'house': ('上海市房屋管理局', '沪房函', 'gov'),
    'civil': ('上海市民政局', '沪民函', 'gov'),
    'datab': ('上海市数据局', '沪数函', 'gov'),
    'a_clean': ('上海市清洁服务行业协会', '沪清协', 'assoc'),
    'a_credit': ('上海市信用服务行业协会', '沪信协', 'assoc'),
    'a_food': ('上海市食品安全工作联合会', '沪食联', 'assoc'),
    'a_hear': ('上海市康复器具协会', '沪康协', 'assoc'),
    'a_nutr': ('上海市科学技术协会', '沪科协', 'assoc'),
    'a_chem': ('上海市化学化工学会', '沪化学会', 'assoc'),
    'a_health': ('上海市健康服务业协会', '沪健协', 'assoc'),
}
FIRMS = ['上海华诚会计师事务所（特殊普通合伙）', '上海立信中和会计师事务所有限公司', '上海申正会计师事务所有限公司',
         '上海东审会计师事务所有限公司', '众华明远会计师事务所（特殊普通合伙）上海分所', '上海沪港联合会计师事务所有限公司']
FIRM_AB = ['沪华诚会审字', '立中审字', '沪申正审字', '沪东审（审）字', '众明审字', '沪港联审字']

PROFILES = [
 # ---------------- pass
 P(id='p01', name='上海申程职业技能培训学校', otype='minfei', reg_dist='徐汇区', body='MJ4H2K8P', rep='陈立民',
   apps=[('医疗护理员', [5, 4])], ind='civil', site_dist='徐汇区', verdict='pass', zip='folders',
   sty=dict(form=0, ind=0, dist=0, credit=0, audit=1, cert=1, work=0, impl=0, sample=0)),
 P(id='p02', name='上海浦江数智科技有限公司', otype='co', reg_dist='浦东新区', body='MA1J7Q3E', rep='周启航',
   apps=[('数字孪生应用技术员', [4, 3])], ind='econ', verdict='pass', zip='topfolder',
   sty=dict(form=1, ind=0, dist=1, credit=1, audit=0, cert=0, work=1, impl=1, sample=1)),
 P(id='p03', name='上海绿碳环境咨询有限公司', otype='co', reg_dist='静安区', body='MA1G5N2B', rep='林晓岚',
   apps=[('碳排放管理员（碳排放核算员）', [4, 3, 2])], ind='eco', site_dist='普陀区', verdict='pass', zip='gbk',
   sty=dict(form=2, ind=3, dist=2, credit=2, audit=2, cert=0, work=2, impl=2, sample=2)),
 P(id='p04', name='上海康护家政服务有限公司', otype='co', reg_dist='普陀区', body='MA1H8C4D', rep='黄美珍',
   apps=[('医疗护理员', [5, 4, 3])], ind='health', verdict='pass', zip='bigpdf',
   sty=dict(form=3, ind=0, dist=0, credit=1, audit=0, cert=0, work=0, impl=1, sample=3)),
 P(id='p05', name='上海华药制剂技术培训中心', otype='minfei', reg_dist='闵行区', body='MJ5A9R1T', rep='吴振华',
   apps=[('药物制剂工（片剂制备）', [4, 3])], ind='drug', verdict='pass', zip='nested',
   sty=dict(form=4, ind=1, dist=1, credit=0, audit=1, cert=1, work=1, impl=0, sample=4)),
 P(id='p06', name='上海申茶餐饮管理有限公司', otype='co', reg_dist='黄浦区', body='MA1K2W6F', rep='郑佳怡',
   apps=[('调饮师', [5, 4])], ind='commerce', verdict='pass', zip='flat_num', scans='most',
   sty=dict(form=0, ind=0, dist=0, credit=0, audit=0, cert=0, work=0, impl=2, sample=0)),
 P(id='p07', name='上海臻匠增材制造科技有限公司', otype='fie', reg_dist='嘉定区', body='MA1E3T7Y', rep='Thomas Keller',
   apps=[('增材制造设备操作员', [4, 3])], ind='econ', verdict='pass', zip='macosx', ocrmypdf='credit',
   sty=dict(form=2, ind=2, dist=1, credit=2, audit=2, cert=0, work=2, impl=1, sample=1)),
 P(id='p08', name='上海盈信信用管理有限公司', otype='co', reg_dist='闸北', div='310108', body='75843126', rep='孙国平',
   apps=[('信用管理师', [3, 2])], ind='a_credit', site_dist='静安区', verdict='pass', zip='gbk',
   sty=dict(form=1, ind=1, dist=2, credit=1, audit=1, cert=0, work=0, impl=2, sample=2)),
 P(id='p09', name='上海洁美保洁服务有限公司', otype='co', reg_dist='宝山区', body='MA1D6M9U', rep='钱建国',
   apps=[('保洁员', [5, 4])], ind='group', group='上海洁美物业管理集团有限公司', verdict='pass', zip='folders',
   sty=dict(form=4, ind=2, dist=0, credit=0, audit=0, cert=0, work=1, impl=0, sample=3),
   d={'enc_extra': True}),
 P(id='p10', name='上海轨信轨道交通技术培训有限公司', otype='co', reg_dist='松江区', body='MA1C4P8L', rep='马文涛',
   apps=[('轨道交通信号工（城市轨道交通信号工）', [4, 3])], ind='traffic', verdict='pass', zip='topfolder',
   sty=dict(form=3, ind=3, dist=1, credit=2, audit=1, cert=0, work=2, impl=1, sample=4), d={'dup_readable_enc': True}),
 P(id='p11', name='上海悦听助听器验配有限公司', otype='co', reg_dist='长宁区', body='MA1B9X2N', rep='何静',
   apps=[('助听器验配师', [4, 3])], ind='a_hear', verdict='pass', zip='flat_num', lic_photo=True,
   sty=dict(form=0, ind=1, dist=2, credit=1, audit=2, cert=0, work=0, impl=2, sample=1)),
 P(id='p12', name='上海金管工程技术有限公司', otype='co', reg_dist='金山区', body='MA1F5G3R', rep='朱海峰',
   apps=[('管工', [5, 4]), ('化工总控工', [4])], ind='build', verdict='pass', zip='nested',
   sty=dict(form=4, ind=0, dist=0, credit=0, audit=0, cert=0, work=1, impl=1, sample=0)),
 # ---------------- review
 P(id='r01', name='上海市营养与健康促进会', otype='shetuan', reg_dist='市级', div='310000', body='50123458', rep='许慧敏',
   apps=[('营养师（公共营养师）', [4, 3])], ind='a_nutr', site_dist='杨浦区', verdict='review', zip='folders',
   causes=['social_organisation_51'], defects=['社会团体法人（统一社会信用代码类别51），是否与政府部门脱钩无法从代码判断'],
   sty=dict(form=2, ind=1, dist=0, credit=1, audit=1, cert=1, work=2, impl=0, sample=2)),
 P(id='r02', name='上海数安信息技术有限公司', otype='co', reg_dist='杨浦区', body='MA1L2D7K', rep='钟浩', badcode=True,
   apps=[('网络与信息安全管理师（数据安全管理员）', [3, 2])], ind='datab', verdict='review', zip='gbk',
   causes=['credit_code_checksum'], defects=['统一社会信用代码第18位校验码错误（各材料一致印为同一代码）'],
   sty=dict(form=1, ind=0, dist=1, credit=0, audit=0, cert=0, work=1, impl=1, sample=0)),
 P(id='r03', name='上海盆艺园林绿化有限公司', otype='co', reg_dist='青浦区', body='MA1M8E2H', rep='蒋松林',
   apps=[('盆景师', [4, 3])], ind='green', verdict='review', zip='flat_num',
   causes=['unreadable_required_material'], defects=['2022年度审计报告为加密PDF（需密码打开），无其他可读副本'],
   d={'enc_audit2022': True},
   sty=dict(form=3, ind=3, dist=2, credit=2, audit=2, cert=0, work=0, impl=2, sample=1)),
 P(id='r04', name='上海政通政务服务外包有限公司', otype='co', reg_dist='虹口区', body='MA1N3F6J', rep='高明',
   apps=[('政务服务办事员', [5, 4])], ind='datab', verdict='review', zip='topfolder',
   causes=['unreadable_required_material'], defects=['信用报告PDF文件被截断（损坏，无法打开），无其他副本'],
   d={'corrupt_credit': True},
   sty=dict(form=4, ind=0, dist=0, credit=1, audit=1, cert=0, work=2, impl=1, sample=3)),
 P(id='r05', name='上海色界形象设计有限公司', otype='co', reg_dist='长宁区', body='MA1P6H4G', rep='韩雪',
   apps=[('色彩搭配师', [4, 3])], ind='commerce', verdict='review', zip='macosx',
   causes=['unreadable_required_material'], defects=['区人社局推荐函仅有一份极淡且模糊的低分辨率扫描件（约60dpi），无法辨认'],
   d={'faint_dist': True},
   sty=dict(form=0, ind=1, dist=0, credit=0, audit=2, cert=0, work=0, impl=0, sample=4)),
 P(id='r06', name='上海食安检测咨询有限公司', otype='co', reg_dist='奉贤区', body='MA1Q7J5A', rep='冯建军',
   apps=[('食品安全管理师', [4, 3])], ind='a_food', verdict='review', zip='folders',
   causes=['signed_material_docx_only'], defects=['承诺书仅以可编辑的.docx提交（无签章PDF/扫描件）'],
   d={'pledge_docx': True},
   sty=dict(form=2, ind=1, dist=1, credit=2, audit=0, cert=0, work=1, impl=2, sample=0)),
 P(id='r07', name='上海艾灸堂健康管理有限公司', otype='co', reg_dist='崇明区', body='MA1R2K8C', rep='曹素芬',
   apps=[('保健调理师（保健艾灸师）', [5, 4])], ind='a_health', verdict='review', zip='gbk',
   causes=['seal_missing'], defects=['行业协会推荐函未加盖公章（无印章）'],
   d={'ind_noseal': True},
   sty=dict(form=3, ind=1, dist=2, credit=1, audit=1, cert=0, work=2, impl=1, sample=2)),
 P(id='r08', name='上海筑能建筑节能科技有限公司', otype='co', reg_dist='浦东新区', body='MA1T5L2W', rep='邓志远',
   apps=[('建筑节能减排咨询师', [4, 3])], ind='build', verdict='review', zip='nested',
   causes=['seal_missing'], defects=['营业执照复印件未加盖公章（页面上无任何印章）'],
   d={'lic_noseal': True},
   sty=dict(form=1, ind=0, dist=0, credit=0, audit=2, cert=0, work=0, impl=0, sample=1)),
 P(id='r09', name='上海化安职业技能培训中心', otype='minfei', reg_dist='金山区', body='MJ6B3N7Q', rep='彭国庆',
   apps=[('化工总控工', [4, 3])], ind='a_chem', verdict='review', zip='flat_num',
   causes=['unreadable_required_material'], defects=['民办非企业单位登记证书仅有一张昏暗模糊的手机照片，无法辨认'],
   d={'poor_cert_photo': True},
   sty=dict(form=4, ind=1, dist=1, credit=2, audit=1, cert=1, work=1, impl=2, sample=3)),
 P(id='r10', name='上海房策置业顾问有限公司', otype='co', reg_dist='嘉定区', body='MA1U8M3E', rep='丁宏',
   apps=[('房地产策划师', [3, 2])], ind='house', verdict='review', zip='topfolder',
   causes=['unreadable_required_material'], defects=['实施方案（含评价方案）为加密PDF，无法打开，无其他副本'],
   d={'enc_impl': True},
   sty=dict(form=0, ind=3, dist=0, credit=1, audit=0, cert=0, work=2, impl=1, sample=4)),
 # ---------------- fail
 P(id='f01', name='上海清源垃圾收运有限公司', otype='co', reg_dist='闵行区', body='MA1W4N6P', rep='俞斌',
   apps=[('生活垃圾清运工（生活垃圾收集工）', [5, 4])], ind='green', verdict='fail', zip='folders',
   causes=['missing_material', 'seal_missing'], defects=['缺少廉洁责任书（工作方案及全部文件中均无）', '区人社局推荐函未盖章（复核项，但已有否决项）'],
   d={'no_integrity': True, 'dist_noseal': True},
   sty=dict(form=1, ind=0, dist=1, credit=0, audit=1, cert=0, work=0, impl=0, sample=2)),
 P(id='f02', name='上海热工计量测试技术服务有限公司', otype='co', reg_dist='宝山区', body='MA1X6P2M', rep='施永康',
   apps=[('计量员（热工计量员）', [4, 3])], ind='market', verdict='fail', zip='flat_num',
   causes=['missing_material'], defects=['审计报告为2021年度和2023年度，缺少2022年度审计报告'],
   d={'audit_years': (2021, 2023)},
   sty=dict(form=3, ind=0, dist=2, credit=1, audit=0, cert=0, work=1, impl=1, sample=1)),
 P(id='f03', name='昆山沪联职业培训有限公司', otype='co', reg_dist='昆山市', div='320583', body='MA1Y2Q9T', rep='严海',
   apps=[('社群健康助理员', [4, 3])], ind='health', site_dist='嘉定区', verdict='fail', zip='topfolder',
   causes=['not_registered_in_shanghai'], defects=['统一社会信用代码行政区划为320583（江苏昆山），非本市登记'],
   sty=dict(form=4, ind=0, dist=0, credit=2, audit=2, cert=0, work=2, impl=2, sample=0)),
 P(id='f04', name='上海市徐汇区职业技能培训指导中心', otype='shiye', reg_dist='徐汇区', div='310104', body='42500186', rep='潘卫东',
   apps=[('数字化解决方案设计师', [4, 3])], ind='datab', verdict='fail', zip='gbk',
   causes=['ineligible_public_institution'], defects=['申报主体为事业单位（代码类别12，提交事业单位法人证书）'],
   sty=dict(form=0, ind=3, dist=1, credit=0, audit=1, cert=1, work=0, impl=1, sample=3)),
 P(id='f05', name='上海智训人工智能科技有限公司', otype='co', reg_dist='徐汇区', body='MA1A7R4U', rep='罗一鸣',
   apps=[('数字孪生应用技术员', [4]), ('人工智能训练师', [4, 3])], ind='econ', verdict='fail', zip='folders',
   causes=['occupation_not_in_notice'], defects=['申报“人工智能训练师（4-04-05-05）”，不在通知附件48个职业（工种）范围内'],
   sty=dict(form=2, ind=0, dist=0, credit=1, audit=0, cert=0, work=1, impl=2, sample=4)),
 P(id='f06', name='上海科创咨询服务有限公司', otype='co', reg_dist='长宁区', body='MA1B3K5W', rep='宋立',
   apps=[('科技咨询师', [4, 3])], ind='sci', verdict='fail', zip='macosx',
   causes=['level_not_allowed', 'district_letter_issuer_invalid'],
   defects=['科技咨询师仅开放三级、二级、一级，申报了四级', '“区推荐函”由上海市长宁区商务委员会出具，非区人社部门'],
   d={'dist_issuer': '上海市长宁区商务委员会'},
   sty=dict(form=1, ind=3, dist=0, credit=2, audit=1, cert=0, work=2, impl=0, sample=1)),
 P(id='f07', name='上海家佳保洁服务有限公司', otype='co', reg_dist='杨浦区', body='MA1C8T2X', rep='汪丽',
   apps=[('保洁员', [5, 4])], ind='a_clean', verdict='fail', zip='flat_num', dupe='f08',
   causes=['duplicate_application'], defects=['同一单位（同一信用代码）在本语料中另一包重复申报保洁员'],
   sty=dict(form=3, ind=1, dist=2, credit=0, audit=2, cert=0, work=0, impl=2, sample=2)),
 P(id='f08', name='上海家佳保洁服务有限公司', otype='co', reg_dist='杨浦区', body='MA1C8T2X', rep='汪丽',
   apps=[('保洁员', [4, 3]), ('医疗护理员', [5])], ind='a_clean', verdict='fail', zip='topfolder', dupe='f07',
   causes=['duplicate_application'], defects=['同一单位（同一信用代码）在本语料中另一包重复申报保洁员'],
   sty=dict(form=4, ind=1, dist=0, credit=1, audit=0, cert=0, work=1, impl=1, sample=0)),
 P(id='f09', name='上海茶悦餐饮管理有限公司', otype='co', reg_dist='静安区', body='MA1D2U7Y', rep='唐晓',
   apps=[('调饮师', [4, 3])], ind='commerce', verdict='fail', zip='folders',
   causes=['credit_record_negative'], defects=['信用报告行政处罚栏“查见1条”（食品经营许可相关处罚），记录表在报告最后一页'],
   d={'penalty': True},
   sty=dict(form=0, ind=0, dist=1, credit=0, audit=0, cert=0, work=2, impl=0, sample=3)),
 P(id='f10', name='上海众康医疗护理服务有限公司', otype='co', reg_dist='普陀区', body='MA1E9W3A', rep='沈家伟',
   apps=[('医疗护理员', [4, 3])], ind='health', verdict='fail', zip='gbk',
   causes=['recommendation_names_other_org'], defects=['行业主管部门推荐函推荐的是“上海众健护理服务有限公司”，非申报单位'],
   d={'ind_other': '上海众健护理服务有限公司'},
   sty=dict(form=2, ind=0, dist=0, credit=1, audit=1, cert=0, work=0, impl=1, sample=4)),
 P(id='f11', name='上海沪太碳资产管理有限公司', otype='co', reg_dist='嘉定区', body='MA1F4X8B', rep='陆建华',
   apps=[('碳排放管理员（碳排放交易员）', [4, 3])], ind='eco', verdict='fail', zip='nested',
   causes=['district_letter_not_shanghai'], defects=['考核点推荐函由太仓市人力资源和社会保障局出具，非本市区人社局'],
   d={'dist_issuer': '太仓市人力资源和社会保障局'},
   sty=dict(form=1, ind=3, dist=0, credit=0, audit=2, cert=0, work=1, impl=2, sample=1)),
 P(id='f12', name='上海明途教育科技有限公司', otype='co', reg_dist='闵行区', body='MA1G7Y5C', rep='范晓东',
   apps=[('数字化解决方案设计师', [3])], ind='econ', verdict='fail', zip='flat_num',
   causes=['organisation_name_mismatch'], defects=['申请表单位名称为“上海明图教育科技有限公司”，与营业执照/信用报告“上海明途教育科技有限公司”不一致'],
   d={'form_name': '上海明图教育科技有限公司'},
   sty=dict(form=3, ind=0, dist=2, credit=2, audit=0, cert=0, work=2, impl=0, sample=2)),
 P(id='f13', name='上海药联医药科技有限公司', otype='co', reg_dist='奉贤区', body='MA1H2R6D', rep='许志强',
   apps=[('药物制剂工（颗粒剂制备）', [4, 3])], ind='drug', verdict='fail', zip='macosx',
   causes=['sample_papers_incomplete'], defects=['三级仅提交一套样题（四级两套齐全）'],
   d={'one_set': ('药物制剂工（颗粒剂制备）', 3)},
   sty=dict(form=4, ind=0, dist=1, credit=1, audit=1, cert=0, work=0, impl=1, sample=0)),
 P(id='f14', name='上海锐达增材制造有限公司闵行分公司', otype='branch', reg_dist='闵行区', body='MA1J5A9E', rep='周斌',
   apps=[('增材制造设备操作员', [4])], ind='econ', verdict='fail', zip='folders',
   causes=['branch_not_legal_person'], defects=['申报主体为分公司（营业执照类型：有限责任公司分公司），非独立法人'],
   sty=dict(form=0, ind=2, dist=0, credit=0, audit=2, cert=0, work=1, impl=2, sample=3)),
]

# ------------------------------------------------------------------ derived profile data
STREETS = ['漕溪北路', '宜山路', '中山西路', '江场西路', '曹杨路', '四平路', '莘庄工业区申富路', '友谊路', '张江路', '曹安公路',
           '龙腾大道', '金山大道', '九亭中心路', '华新镇华志路', '南桥镇沪杭公路', '城桥镇八一路', '西藏中路', '长阳路', '海宁路']
def enrich(p, idx, rng):
    p['idx'] = idx
    p['rng'] = random.Random(SEED * 100 + idx)
    r = p['rng']
    div = p.get('div') or DIST[p['reg_dist']][0]
    cat = {'co': '91', 'fie': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[p['otype']]
    p['code'] = uscc(cat, div, p['body'], bad_last=p.get('badcode', False))
    if p['otype'] == 'shiye':
        p['code'] = '12310104425001869' + check18('12310104425001869')
    dname = p['reg_dist'] if p['reg_dist'] in DIST else ('静安区' if p['reg_dist'] == '闸北' else '黄浦区')
    if p['reg_dist'] == '昆山市':
        p['address'] = '江苏省昆山市花桥镇徐公桥路%d号' % r.randint(10, 300)
    else:
        p['address'] = '上海市%s%s%d号%s' % (dname, r.choice(STREETS), r.randint(10, 1999), r.choice(['', '3楼', '2幢501室', 'B座12层']))
    sd = p['site_dist']
    p['site_name'] = '%s%s考核点' % (p['name'].replace('有限公司', '').replace('上海', '').replace('分公司', '')[:8], sd[:2])
    p['site_addr'] = '上海市%s%s%d号' % (sd, r.choice(STREETS), r.randint(10, 999))
    p['founded'] = (r.randint(2008, 2019), r.randint(1, 12), r.randint(1, 28))
    p['capital'] = r.choice([100, 200, 300, 500, 800, 1000, 1500])
    p['phone'] = '021-%d%07d' % (r.choice([5, 6]), r.randint(0, 9999999))
    p['contact'] = r.choice(['王敏', '李娜', '张伟', '刘洋', '杨帆', '赵倩', '徐磊', '孙颖'])
    p['subday'] = 20 + idx % 7
    p['firm'] = idx % len(FIRMS)
    p['docno'] = r.randint(3, 48)
    return p

def ind_issuer(p):
    if p['ind'] == 'group':
        return (p['group'], '洁美集', 'group')
    if p['otype'] == 'branch':
        return IND[p['ind']]
    return IND[p['ind']]

def apps_codes(p):
    return [(OCC[n][0], n, lv) for n, lv in p['apps']]

def occ_txt(p, sep='、', fmt='{name}（{code}）{lv}'):
    return sep.join(fmt.format(name=n, code=c, lv=lv_list(lv)) for c, n, lv in apps_codes(p))

def typ_line(p):
    return {'co': '有限责任公司（自然人投资或控股）', 'fie': '有限责任公司（外商投资、非独资）', 'branch': '有限责任公司分公司'}.get(p['otype'], '')

# ------------------------------------------------------------------ material builders (return blocks)
def build_form(p):
    s = p['sty']['form']; r = p['rng']
    name = p['d'].get('form_name', p['name'])
    y, m, d = 2025, 1, p['subday'] - r.randint(1, 4)
    ac = apps_codes(p)
    if s == 0:   # Word template with tick boxes
        rows = [['序号', '职业编码', '职业（工种）名称', '五级', '四级', '三级', '二级', '一级']]
        for i, (c, n, lv) in enumerate(ac, 1):
            rows.append([str(i), c, n] + [('☑' if l in lv else '□') for l in (5, 4, 3, 2, 1)])
        return [('title', '社会培训评价组织征集遴选申请表'), ('right', '填表日期：%s' % ar_date(y, m, d)),
                ('table', [['申报单位名称', name, '统一社会信用代码', p['code']],
                           ['单位性质', {'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位'}.get(p['otype'], '企业'), '法定代表人', p['rep']],
                           ['单位地址', p['address'], '联系电话', p['phone']],
                           ['联系人', p['contact'], '考核点', p['site_name']]], {'header': False, 'widths': [2, 4, 2, 3]}),
                ('sub', '申报职业（工种）及等级（在相应等级□内打√）'), ('table', rows, {'widths': [1, 2.2, 4.5, 1, 1, 1, 1, 1]}),
                ('sub', '申报单位承诺'), ('p', '本单位对所填内容及所附材料的真实性、有效性、合法性负责，如有不实，愿承担相应责任。'),
                ('sign', ['申报单位（盖章）：%s' % name, '法定代表人（签字）：%s' % p['rep'], ar_date(y, m, d)])]
    if s == 1:   # printed from the web system
        bl = [('lh', '上海市人力资源和社会保障自助经办系统'), ('small', '劳动就业 > 技能鉴定 > 新增备案机构申报　　　业务流水号：JD2025%02d%06d　　打印时间：2025-01-%02d %02d:%02d:%02d' % (
              p['subday'], r.randint(0, 999999), p['subday'], r.randint(8, 20), r.randint(0, 59), r.randint(0, 59))),
              ('title', '社会培训评价组织征集遴选申请表（网上申报打印件）'),
              ('pl', '机构名称：%s' % name), ('pl', '统一社会信用代码：%s' % p['code']), ('pl', '法定代表人：%s' % p['rep']),
              ('pl', '注册地址：%s' % p['address']), ('pl', '经办人：%s　　手机/电话：%s' % (p['contact'], p['phone'])),
              ('pl', '考核点名称及地址：%s（%s）' % (p['site_name'], p['site_addr'])), ('sub', '申报项目')]
        rows = [['职业编码', '职业（工种）', '申报等级', '考核方式']]
        for c, n, lv in ac:
            rows.append([c, n, lv_range(lv), '理论知识考试+操作技能考核'])
        bl += [('table', rows, {'widths': [2, 4.5, 2, 3]}), ('p', '本机构承诺所填信息真实有效。'),
               ('small', 'https://zzjb.rsj.sh.gov.cn/zzjbdl/  第1页/共1页')]
        return bl
    if s == 2:   # odt, old-style level names, remarks column, wrapped cells
        rows = [['职业（工种）', '初级工', '中级工', '高级工', '技师', '高级技师', '备注']]
        for c, n, lv in ac:
            rows.append(['%s\n（编码：%s）' % (n, c)] + [('√' if l in lv else '') for l in (5, 4, 3, 2, 1)] +
                        ['首次申报' if r.random() < 0.5 else '已有相关培训基础'])
        return [('center', '附件1'), ('title', '社会培训评价组织征集遴选\n申请表'),
                ('pl', '申请单位（公章）：%s' % name), ('pl', '统一社会信用代码：%s' % p['code']),
                ('pl', '通讯地址：%s　　邮编：200%03d' % (p['address'], r.randint(0, 999))),
                ('pl', '法定代表人：%s　　联系人：%s　　电话：%s' % (p['rep'], p['contact'], p['phone'])),
                ('sub', '一、申报职业（工种）及等级'), ('table', rows, {'widths': [4, 1, 1, 1, 1, 1, 2]}),
                ('sub', '二、单位简介'),
                ('p', '%s成立于%d年，注册资本（开办资金）%d万元，现有专职工作人员%d名，考评员%d名，具备与申报职业相适应的考核场地和设备。' % (
                    name, p['founded'][0], p['capital'], r.randint(8, 30), r.randint(10, 40))),
                ('right', '填报日期：%s' % cn_date(y, m, d))]
    if s == 3:   # occupation table on page 2
        bl = [('title', '上海市社会培训评价组织征集遴选\n申请表'), ('space', 20),
              ('table', [['项目', '内容'], ['申请单位', name], ['统一社会信用代码', p['code']], ['单位类型', typ_line(p) or {'minfei': '民办非企业单位（法人）', 'shetuan': '社会团体法人', 'shiye': '事业单位法人'}[p['otype']]],
                         ['法定代表人', p['rep']], ['住所', p['address']], ['联系人及电话', '%s　%s' % (p['contact'], p['phone'])],
                         ['成立时间', ar_date(*p['founded'])], ['专职人员数', '%d人' % r.randint(6, 25)]], {'widths': [1, 3]}),
              ('p', '（申报职业及等级见第2页）'), ('pb',), ('sub', '申报职业（工种）及等级')]
        rows = [['序号', '职业编码', '职业（工种）', '申报等级']]
        for i, (c, n, lv) in enumerate(ac, 1):
            rows.append([str(i), c, n, lv_list(lv, 1)])
        bl += [('table', rows, {'widths': [0.8, 2, 4, 4]}), ('space', 20),
               ('sign', ['申请单位：%s（盖章）' % name, ar_date(y, m, d)])]
        return bl
    # s == 4: filled boxes ■□, several occupations, site info
    rows = [['职业编码', '职业（工种）', '等级（■为申报）']]
    for c, n, lv in ac:
        rows.append([c, n, '　'.join(('■' if l in lv else '□') + LVN[l] for l in (5, 4, 3, 2, 1))])
    return [('title', '社会培训评价组织征集遴选申请表'),
            ('table', [['单位全称', name], ['统一社会信用代码', p['code']], ['法定代表人 / 联系人', '%s / %s' % (p['rep'], p['contact'])],
                       ['联系电话', p['phone']], ['考核点', '%s，%s' % (p['site_name'], p['site_addr'])]], {'header': False, 'widths': [1, 3]}),
            ('table', rows, {'widths': [1.5, 3.5, 5]}),
            ('pl', '申报单位意见：经单位研究，同意申报上述职业（工种）的社会培训评价组织。'),
            ('sign', ['%s' % name, ar_date(y, m, d)])]

def letter_body_ind(p, issuer, subject_name):
    r = p['rng']
    occ = occ_txt(p, '，', '{name}（{code}）{lv}')
    v = p['idx'] % 3
    if v == 0:
        return ['%s是本市依法登记的%s，长期从事相关领域培训与评价工作，管理制度健全，社会信用良好。' % (
                    subject_name, '民办非企业单位' if p['otype'] == 'minfei' else ('社会团体' if p['otype'] == 'shetuan' else '企业')),
                '经审核，我%s同意推荐%s申报%s社会培训评价组织，请予支持。' % ('委' if '委员会' in issuer else ('会' if '会' in issuer[-2:] else '局'), subject_name, occ)]
    if v == 1:
        return ['根据《关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，%s拟申报%s职业技能等级认定社会培训评价组织。' % (subject_name, occ),
                '该单位在行业内具有较好的影响力，具备开展职业技能等级认定的场地、设备和专家队伍，近年来无不良信用记录。现予以推荐。']
    return ['兹有%s（统一社会信用代码：%s）申报%s社会培训评价组织。' % (subject_name, p['code'] if subject_name == p['name'] else '见附件', occ),
            '我单位对其申报材料进行了审核，认为该单位符合通知规定的申报条件，特此推荐。',
            '联系人：%s，电话：%s。' % (r.choice(['陈科长', '刘处长', '沈老师', '吴主任']), '021-2%07d' % r.randint(0, 9999999))]

def build_ind_letter(p):
    s = p['sty']['ind']; r = p['rng']
    issuer, ab, kind = ind_issuer(p)
    subj = p['d'].get('ind_other', p['name'])
    seal = None if p['d'].get('ind_noseal') else issuer
    y, m, d = 2025, 1, r.randint(6, 16)
    no = '%s〔2025〕%d号' % (ab, p['docno'])
    body = letter_body_ind(p, issuer, subj)
    if kind == 'group':
        return [('lh', '%s文件' % issuer), ('redline',), ('docno', no),
                ('title', '关于同意%s申报\n社会培训评价组织的批复' % subj), ('addr', '%s：' % subj),
                ('p', '你公司《关于申报保洁员职业技能等级认定社会培训评价组织的请示》收悉。经集团研究，批复如下：'),
                ('p', '一、同意你公司按照沪人社职〔2024〕447号文件要求，申报%s社会培训评价组织。' % occ_txt(p)),
                ('p', '二、集团作为上级主管单位，将在场地、人员和经费方面给予保障，并督促你公司严格执行职业技能等级认定各项规定。'),
                ('p', '特此批复。'), ('sign', [issuer, cn_date(y, m, d)], seal)]
    if s == 0:
        return [('lh', issuer), ('redline',), ('docno', no),
                ('title', '关于推荐%s\n申报社会培训评价组织的函' % subj), ('addr', '上海市人力资源和社会保障局：')] + \
               [('p', x) for x in body] + [('p', '特此函告。'), ('sign', [issuer, cn_date(y, m, d)], seal)]
    if s == 1:
        return [('lh', issuer), ('redline',), ('title', '推荐意见'), ('addr', '上海市职业技能鉴定中心：')] + \
               [('p', x) for x in body] + [('sign', ['%s（盖章）' % issuer, ar_date(y, m, d)], seal)]
    if s == 2:
        return [('lh', issuer), ('docno', no), ('title', '推 荐 函'), ('addr', '市人力资源社会保障局：')] + \
               [('p', x) for x in body] + [('sign', [issuer, ar_date(y, m, d)], seal)]
    # s == 3: issuer only in red letterhead and seal
    return [('lh', issuer), ('redline',), ('title', '推荐书'), ('addr', '上海市人力资源和社会保障局：')] + \
           [('p', x) for x in body] + [('space', 10), ('sign', [cn_date(y, m, d)], seal)]

def build_dist_letter(p):
    s = p['sty']['dist']; r = p['rng']
    sd = p['site_dist']
    issuer = p['d'].get('dist_issuer') or ('上海市%s人力资源和社会保障局' % sd)
    short = DIST.get(sd, ('', '太'))[1]
    if '太仓' in issuer: short = '太'
    if '商务' in issuer: short = '长商务'
    seal = None if p['d'].get('dist_noseal') else issuer
    y, m, d = 2025, 1, r.randint(7, 17)
    no = '%s人社函〔2025〕%d号' % (short, r.randint(2, 60)) if '商务' not in issuer else '长商务函〔2025〕%d号' % r.randint(2, 60)
    occ = occ_txt(p, '、', '{name}')
    if s == 0:
        return [('lh', issuer), ('redline',), ('docno', no),
                ('title', '关于推荐%s\n考核点的函' % p['name']), ('addr', '上海市人力资源和社会保障局：'),
                ('p', '%s拟申报%s社会培训评价组织，其考核点设在%s（%s）。' % (p['name'], occ, p['site_addr'], p['site_name'])),
                ('p', '经我局实地查看，该考核点场地面积约%d平方米，设有理论考场%d间、实操考场%d间，配备视频监控设备，满足申报职业（工种）考核需要。同意推荐。' % (
                    r.randint(300, 1500), r.randint(1, 4), r.randint(1, 5))),
                ('p', '特此函告。'), ('sign', [issuer, ar_date(y, m, d)], seal)]
    if s == 1:
        return [('lh', issuer), ('title', '考核点推荐意见'),
                ('table', [['申报单位', p['name']], ['考核点名称', p['site_name']], ['考核点地址', p['site_addr']],
                           ['申报职业', occ], ['场地与设施', '理论考场%d间、实操工位%d个，视频监控全覆盖' % (r.randint(1, 3), r.randint(10, 40))],
                           ['推荐意见', '经现场核查，该考核点符合要求，同意推荐。']], {'header': False, 'widths': [1, 3]}),
                ('sign', ['%s（章）' % issuer, cn_date(y, m, d)], seal)]
    return [('lh', issuer), ('redline',), ('docno', no), ('title', '推荐函'), ('addr', '市职业技能鉴定中心：'),
            ('p', '%s位于我区的考核点（%s）已建成并投入使用。' % (p['name'], p['site_addr'])),
            ('p', '我局同意推荐该单位作为%s职业技能等级认定社会培训评价组织，并将按属地管理要求做好监督工作。' % occ),
            ('sign', [issuer, cn_date(y, m, d)], seal)]

def build_credit(p):
    s = p['sty']['credit']; r = p['rng']
    pen = p['d'].get('penalty')
    qd = (2025, 1, p['subday'] - r.randint(2, 6))
    no = 'XY%s%04d%06d' % ('SH', 2025, r.randint(0, 999999))
    recs = [('行政处罚信息', 1 if pen else 0), ('失信被执行人信息', 0), ('严重失信主体名单信息', 0),
            ('重大税收违法失信主体信息', 0), ('欠缴社会保险费信息', 0)]
    def rtable():
        rows = [['信息类别', '查询结果']] + [[a, ('查见%d条' % n) if n else '未查见'] for a, n in recs]
        return ('table', rows, {'widths': [3, 2]})
    pen_rows = [('table', [['决定文书号', '处罚事由', '处罚结果', '处罚机关', '处罚日期'],
                           ['静市监案处字〔2023〕第0620231%05d号' % r.randint(0, 99999), '未按规定公示食品经营许可证、从业人员健康证明不全',
                            '警告；罚款人民币伍仟元', '上海市静安区市场监督管理局', '2023年8月14日']], {'widths': [3, 3, 2, 2.5, 1.6]})] if pen else []
    if s == 0:   # multi-page, record table on last page
        return [('center', '信用中国（上海）'), ('title', '公共信用信息报告\n（法人版）'), ('space', 30),
                ('table', [['报告编号', no], ['主体名称', p['name']], ['统一社会信用代码', p['code']], ['查询日期', ar_date(*qd)],
                           ['报告用途', '申报社会培训评价组织']], {'header': False, 'widths': [1, 2.5]}),
                ('space', 30), ('small', '本报告由上海市公共信用信息服务平台依据截至查询日归集的公共信用信息生成，仅供参考。'),
                ('pb',), ('sub', '一、报告说明'),
                ('p', '本报告记载的信息来源于本市各行政机关、司法机关和公共企事业单位依法归集的公共信用信息。信息主体对报告内容有异议的，可向上海市公共信用信息服务中心提出异议申请。'),
                ('sub', '二、基本信息'),
                ('table', [['名称', p['name']], ['统一社会信用代码', p['code']], ['法定代表人', p['rep']], ['登记状态', '存续（在营、开业、在册）'],
                           ['住所', p['address']]], {'header': False, 'widths': [1, 3]}),
                ('sub', '三、信用承诺信息'), ('p', '该主体于%d年作出信用承诺%d项，截至查询日未发现违诺情况。' % (r.randint(2021, 2024), r.randint(1, 4))),
                ('pb',), ('sub', '四、失信及违法违规信息'), rtable()] + pen_rows + \
               [('small', '报告编号：%s　　%s　　本页为报告最后一页' % (no, p['name']))]
    if s == 1:
        return [('lh', '上海市公共信用信息服务中心'), ('title', '专用信用报告'),
                ('pl', '报告编号：%s' % no), ('pl', '信息主体：%s' % p['name']), ('pl', '统一社会信用代码：%s' % p['code']),
                ('pl', '出具日期：%s' % ar_date(*qd)),
                ('sub', '一、登记信息'),
                ('table', [['登记机关', '上海市市场监督管理局' if p['otype'] in ('co', 'fie', 'branch') else '上海市民政局'], ['成立日期', ar_date(*p['founded'])],
                           ['住所', p['address']]], {'header': False, 'widths': [1, 3]}),
                ('sub', '二、违法失信记录'), rtable()] + pen_rows + \
               [('sub', '三、守信激励记录'), ('p', '未查见。'),
                ('sign', ['上海市公共信用信息服务中心（信用报告专用章）', ar_date(*qd)], '上海市公共信用信息服务中心')]
    return [('title', '法人公共信用信息查询结果'), ('small', '上海市公共信用信息服务平台　查询时间：%d-%02d-%02d' % qd),
            ('table', [['查询对象', p['name']], ['统一社会信用代码', p['code']], ['查询编号', no]], {'header': False, 'widths': [1, 3]}),
            ('pl', '经查询，截至%s：' % ar_date(*qd))] + \
           [('pl', '%d. %s：%s' % (i + 1, a, ('查见%d条' % n) if n else '未查见')) for i, (a, n) in enumerate(recs)] + pen_rows + \
           [('small', '注：本查询结果仅反映上海市公共信用信息服务平台归集的信息。')]

def fin(p, year):
    r = random.Random(p['idx'] * 1000 + year)
    a = r.randint(300, 5000) * 10000 + r.randint(0, 9999)
    return a, int(a * r.uniform(0.2, 0.6)), r.randint(200, 3000) * 10000
def money(v): return '{:,.2f}'.format(v)

def build_audit(p, year):
    s = p['sty']['audit']; r = random.Random(p['idx'] * 77 + year)
    firm = FIRMS[p['firm']]; fab = FIRM_AB[p['firm']]
    np_ = p['otype'] in ('minfei', 'shetuan')
    stmt = '业务活动表' if np_ else '利润表'
    addressee = '理事会：' if np_ else ('全体股东：' if p['otype'] != 'branch' else '上海锐达增材制造有限公司：')
    rno = '%s（%d）第%04d号' % (fab, year + 1, r.randint(100, 2999)) if s != 1 else '%s〔%d〕%d号' % (fab, year + 1, r.randint(100, 999))
    a, l, inc = fin(p, year)
    pa, pl, pinc = fin(p, year - 1)
    bs = [['项目', '期末余额', '上年年末余额'], ['货币资金', money(a * 0.4), money(pa * 0.4)], ['应收账款', money(a * 0.2), money(pa * 0.2)],
          ['固定资产', money(a * 0.3), money(pa * 0.3)], ['资产总计', money(a), money(pa)], ['负债合计', money(l), money(pl)],
          ['%s合计' % ('净资产' if np_ else '所有者权益'), money(a - l), money(pa - pl)]]
    sd = (year + 1, r.randint(3, 4), r.randint(1, 28))
    sigs = ['中国注册会计师：%s' % r.choice(['王建平', '李红梅', '陈志刚', '张晓燕']), '中国注册会计师：%s' % r.choice(['赵磊', '周丽', '吴涛', '孙静'])]
    if s == 0:
        return [('title', '审计报告'), ('center', rno), ('addr', '%s%s' % (p['name'], addressee) if False else addressee),
                ('sub', '一、审计意见'),
                ('p', '我们审计了%s（以下简称“贵%s”）财务报表，包括%d年12月31日的资产负债表，%d年度的%s、现金流量表以及相关财务报表附注。' % (
                    p['name'], '单位' if np_ else '公司', year, year, stmt)),
                ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵%s%d年12月31日的财务状况以及%d年度的经营成果和现金流量。' % (
                    '《民间非营利组织会计制度》' if np_ else '企业会计准则', '单位' if np_ else '公司', year, year)),
                ('sub', '二、形成审计意见的基础'),
                ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
                ('sub', '三、管理层和治理层对财务报表的责任'), ('p', '管理层负责按照适用的财务报告编制基础编制财务报表，并设计、执行和维护必要的内部控制。'),
                ('sign', [firm] + sigs + ['中国·上海　' + ar_date(*sd)], firm[:14]),
                ('pb',), ('title', '资产负债表'), ('center', '编制单位：%s　　%d年12月31日　　单位：元' % (p['name'], year)),
                ('table', bs, {'widths': [2, 2, 2]})]
    if s == 1:
        yc = cn_year(year)
        return [('center', firm), ('title', '%s\n%s年度审计报告' % (p['name'], yc)), ('center', rno), ('pb',),
                ('title', '审计报告'), ('addr', '%s%s' % (p['name'], addressee)),
                ('sub', '一、审计意见'),
                ('p', '我们审计了%s财务报表，包括%s年十二月三十一日的资产负债表，%s年度的%s和现金流量表以及财务报表附注。' % (p['name'], yc, yc, stmt)),
                ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了%s的财务状况及%s年度的%s。' % (
                    '《民间非营利组织会计制度》' if np_ else '企业会计准则', p['name'], yc, '业务活动成果' if np_ else '经营成果')),
                ('sub', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作，并履行了职业道德方面的其他责任。'),
                ('sign', [firm] + sigs + [cn_date(*sd)], firm[:14]),
                ('pb',), ('title', '资产负债表'), ('center', '%s　%d年12月31日' % (p['name'], year)), ('table', bs, {'widths': [2, 2, 2]}),
                ('title', stmt), ('center', '%d年度' % year),
                ('table', [['项目', '本年数', '上年数'], ['%s收入' % ('业务活动' if np_ else '营业'), money(inc), money(pinc)],
                           ['%s' % ('业务活动成本' if np_ else '营业成本'), money(inc * 0.82), money(pinc * 0.8)]], {'widths': [2, 2, 2]})]
    # s == 2: year only in title and in the balance-sheet date
    return [('lh', firm), ('title', '%d年度审计报告' % year), ('center', rno), ('addr', '%s%s' % (p['name'], addressee)),
            ('sub', '一、审计意见'),
            ('p', '我们审计了后附的%s财务报表，包括资产负债表、%s、现金流量表及财务报表附注。我们认为，上述财务报表在所有重大方面按照%s编制，公允反映了%s于资产负债表日的财务状况以及本年度的经营成果和现金流量。' % (
                p['name'], stmt, '《民间非营利组织会计制度》' if np_ else '企业会计准则', p['name'])),
            ('sub', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。'),
            ('sign', [firm] + sigs + [ar_date(*sd)], firm[:14]),
            ('pb',), ('center', '资产负债表'), ('center', '%d年12月31日' % year), ('small', '编制单位：%s　金额单位：人民币元' % p['name']),
            ('table', bs, {'widths': [2, 2, 2]})]

PLEDGE_TXT = [
    ['本单位自愿申报社会培训评价组织，现郑重承诺：', '一、所提交的全部申报材料真实、有效、合法，如有虚假，自愿承担相应法律责任；',
     '二、严格遵守国家和本市职业技能等级认定有关规定，规范开展评价工作，不以营利为最终目的；',
     '三、自觉接受人力资源社会保障部门及行业主管部门的监督检查；', '四、如违反上述承诺，愿接受取消资格等处理。'],
    ['为做好职业技能等级认定工作，本单位承诺如下：', '（一）依法依规开展评价活动，确保评价结果客观公正；',
     '（二）建立健全质量管控制度，落实考务管理、考评人员管理和档案管理要求；', '（三）不出具虚假证书，不违规收费；',
     '（四）对申报材料的真实性负责。'],
]
INTEG_TXT = [
    ['为加强职业技能等级认定工作中的廉政建设，确保评价工作公平、公正，本单位签订本廉洁责任书：',
     '1. 单位主要负责人为廉洁工作第一责任人；', '2. 不向任何人员赠送礼金、有价证券、贵重物品；',
     '3. 考评人员、督导人员不得收受考生财物，不得徇私舞弊；', '4. 发现违纪违规问题及时报告并配合调查处理。'],
    ['甲方：上海市职业技能鉴定中心　　乙方：%(name)s', '为规范职业技能等级认定工作，防止各种违规违纪行为发生，乙方作出以下廉洁承诺：',
     '一、乙方不得以任何名义向甲方工作人员赠送礼品礼金；', '二、乙方不得弄虚作假、违规发证；',
     '三、乙方如有违反，甲方有权终止合作并移交有关部门处理。'],
]
def build_pledge(p, v=None):
    v = p['idx'] % 2 if v is None else v
    y, m, d = 2025, 1, p['subday'] - 2
    return [('title', '承诺书' if v == 0 else '职业技能等级认定工作承诺书')] + [('p', x) for x in PLEDGE_TXT[v]] + \
           [('sign', ['承诺单位（盖章）：%s' % p['name'], '法定代表人：%s' % p['rep'], ar_date(y, m, d)], p['name'])]
def build_integrity(p, v=None):
    v = (p['idx'] // 2) % 2 if v is None else v
    y, m, d = 2025, 1, p['subday'] - 2
    return [('title', '廉洁责任书' if v == 0 else '职业技能等级认定廉洁责任书')] + [('p', x % {'name': p['name']}) for x in INTEG_TXT[v]] + \
           [('sign', ['责任单位（盖章）：%s' % p['name'], cn_date(y, m, d)], p['name'])]

def build_workplan(p, with_pledge=False, with_integrity=False):
    s = p['sty']['work']; r = p['rng']
    occ = occ_txt(p, '、', '{name}')
    heads = [['一、机构基本情况', '二、组织架构与职责', '三、人员配备', '四、场地设备', '五、质量管控措施', '六、经费保障'],
             ['第一章　总体目标', '第二章　认定工作机构', '第三章　考评队伍建设', '第四章　考核点建设', '第五章　质量督导与档案管理'],
             ['1 申报单位概况', '2 工作机构设置', '3 专职工作人员及专家团队', '4 考核场地与视频监控', '5 工作流程', '6 风险防控']][s]
    paras = ['%s成立于%d年，位于%s，长期开展%s相关培训，年培训规模约%d人次。' % (p['name'], p['founded'][0], p['address'], occ, r.randint(300, 3000)),
             '设立职业技能等级认定工作领导小组和认定工作办公室，由%s任组长，下设考务组、质量督导组、题库管理组。' % p['rep'],
             '现有专职工作人员%d名，考评员%d名，质量督导员%d名，专家团队%d人。' % (r.randint(5, 20), r.randint(10, 50), r.randint(2, 8), r.randint(5, 15)),
             '考核点位于%s，建筑面积约%d平方米，配备理论考场和实操考场，均安装视频监控设备并可回放保存90天以上。' % (p['site_addr'], r.randint(200, 2000)),
             '严格执行考务规程，实行考评人员回避制度，建立考生档案和评价结果复核制度。',
             '认定经费纳入单位年度预算，年度专项经费不少于%d万元。' % r.randint(20, 200)]
    bl = [('title', '%s\n职业技能等级认定工作方案' % p['name'])]
    for i, h in enumerate(heads):
        bl += [('sub', h), ('p', paras[i % len(paras)])]
    bl.append(('right', '%s　%s' % (p['name'], ar_date(2025, 1, p['subday'] - 3))))
    if with_pledge:
        bl += [('pb',)] + build_pledge(p)
    if with_integrity:
        bl += [('pb',)] + build_integrity(p)
    return bl

def eval_rows(p, n, c, lv):
    r = random.Random(p['idx'] * 31 + lv)
    return {'theory': '理论知识考试采用闭卷笔试（机考），时间%d分钟，满分100分' % r.choice([90, 120]),
            'skill': '操作技能考核采用%s，时间%d分钟' % (r.choice(['现场实际操作', '模拟操作', '方案设计+实操']), r.choice([60, 90, 120, 150])),
            'review': '综合评审（论文答辩）' if lv <= 2 else '—',
            'pass': '各科成绩均达60分（含）以上为合格',
            'ratio': '考评人员与考生配比 1:15（理论）、1:5（技能）' if lv >= 3 else '1:15（理论）、1:3（技能），综合评审不少于3名专家'}

def build_impl(p, include_eval=True):
    s = p['sty']['impl']
    bl = [('title', '%s\n职业技能等级认定项目实施方案' % p['name']), ('sub', '一、项目概述'),
          ('p', '本方案依据国家职业技能标准及沪人社职〔2024〕447号通知编制，适用于%s的职业技能等级认定。' % occ_txt(p, '、', '{name}{lv}')),
          ('sub', '二、认定对象与申报条件'), ('p', '按国家职业技能标准规定的申报条件执行，由考生自愿报名，单位审核。'),
          ('sub', '三、组织实施流程'), ('p', '报名受理—资格审核—考务安排—考试实施—阅卷评分—结果复核—公示—证书发放—档案管理。')]
    if not include_eval:
        return bl
    bl.append(('sub', '四、各等级评价方案'))
    for c, n, lv in apps_codes(p):
        if s == 0:
            bl.append(('sub', '（%s）%s（%s）' % ('一二三四'[apps_codes(p).index((c, n, lv))], n, c)))
            for l in sorted(lv, reverse=True):
                e = eval_rows(p, n, c, l)
                bl.append(('p', '%s（%s）评价方案：%s；%s；%s；%s。%s。' % (LVN[l], LVO[l], e['theory'], e['skill'], e['review'], e['pass'], e['ratio'])))
        elif s == 1:   # table, occupation cell merged over its levels
            rows = [['职业（工种）', '等级', '理论知识', '操作技能', '综合评审', '合格标准']]
            ls = sorted(lv, reverse=True)
            for j, l in enumerate(ls):
                e = eval_rows(p, n, c, l)
                rows.append(['%s\n%s' % (n, c) if j == 0 else '', LVN[l], e['theory'], e['skill'], e['review'], e['pass']])
            merge = [(1, 0, len(ls), 0)] if len(ls) > 1 else []
            bl.append(('table', rows, {'widths': [2.2, 1, 3, 3, 1.5, 2], 'merge': merge}))
        else:          # per-occupation chapter
            bl.append(('sub', '第%s章　%s评价方案' % ('一二三四'[apps_codes(p).index((c, n, lv))], n)))
            bl.append(('pl', '职业编码：%s　申报等级：%s' % (c, lv_list(lv, 3))))
            for l in sorted(lv, reverse=True):
                e = eval_rows(p, n, c, l)
                bl += [('pl', '%s评价方案' % LVN[l]), ('pl', '　（1）' + e['theory']), ('pl', '　（2）' + e['skill']),
                       ('pl', '　（3）' + e['pass'] + '；' + e['ratio'])]
    return bl

QS = ['下列关于职业道德的表述，正确的是（　）。', '安全生产“三不伤害”不包括（　）。', '下列做法中，符合服务规范的是（　）。',
      '工作前应首先检查的是（　）。', '发现设备异常时，正确的处置是（　）。', '下列属于本职业基本要求的是（　）。',
      '记录填写应做到（　）。', '以下关于个人防护的说法正确的是（　）。']
def build_sample(p, c, n, l, setno, s):
    r = random.Random(p['idx'] * 997 + l * 13 + setno)
    label = {0: '样题%s' % '一二'[setno], 1: '样卷（%s卷）' % 'AB'[setno], 2: '理论知识试卷（第%s套）' % '一二'[setno],
             3: '模拟试卷%d' % (setno + 1), 4: '技能操作考核试题 %s 卷' % 'AB'[setno]}[s]
    bl = [('small', '%s　职业技能等级认定' % p['name']), ('title', '%s（%s）%s\n%s' % (n, LVN[l], '' if s != 3 else LVO[l], label))]
    if s != 4:
        bl += [('pl', '注意事项：考试时间%d分钟；请在答题卡上作答。' % r.choice([90, 120])), ('sub', '一、单项选择题（每题1分）')]
        for i, q in enumerate(r.sample(QS, 5), 1):
            bl.append(('pl', '%d. %s%s A.%s B.%s C.%s D.%s' % (i, n.split('（')[0], q, '选项甲', '选项乙', '选项丙', '选项丁')))
        bl.append(('sub', '二、判断题（每题1分）'))
        for i in range(1, 4):
            bl.append(('pl', '%d. %s作业中应严格执行操作规程。（　）' % (i, n.split('（')[0])))
    bl += [('sub', '%s技能操作题' % ('三、' if s != 4 else '')),
           ('pl', '试题%d：%s（%s）实操任务——%s，考核时间%d分钟，配分100分。' % (
               setno + 1, n, LVN[l], r.choice(['按给定条件完成工作准备与实施', '根据案例编制方案并演示', '完成设备调试与记录', '完成作业流程并进行质量检查']), r.choice([30, 45, 60]))),
           ('table', [['序号', '考核内容', '配分', '评分标准']] + [[str(k), '步骤%d' % k, str(20 + 5 * (k % 3)), '按规范操作得分，错误扣分'] for k in range(1, 5)],
            {'widths': [0.6, 3, 1, 3]})]
    if s == 1:
        bl += [('pb',), ('title', '答题卡（%s卷）' % 'AB'[setno]), ('pl', '姓名：________　准考证号：________'),
               ('table', [['题号', '1', '2', '3', '4', '5'], ['答案', '', '', '', '', '']], {'widths': [1] * 6}),
               ('pl', '参考答案：' + ' '.join('%d.%s' % (k, 'ABCD'[r.randrange(4)]) for k in range(1, 6)))]
    return bl, label

# ------------------------------------------------------------------ registration certificates (text placed at coordinates)
def cert_fields(p):
    r = p['rng']
    f = p['founded']
    if p['otype'] in ('co', 'fie', 'branch'):
        title = '营 业 执 照'
        reg = '昆山市市场监督管理局' if p['reg_dist'] == '昆山市' else ('上海市市场监督管理局' if p['otype'] == 'fie' else '上海市%s市场监督管理局' % (p['reg_dist'] if p['reg_dist'] in DIST else '静安区'))
        rows = [('名　　称', p['name']), ('类　　型', typ_line(p)), ('%s' % ('负 责 人' if p['otype'] == 'branch' else '法定代表人'), p['rep']),
                ('经营范围', '一般项目：职业技能培训（不含需取得许可的培训）；技术服务、技术开发、技术咨询；%s。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' % r.choice(['企业管理咨询', '会议及展览服务', '信息咨询服务', '软件开发']))]
        if p['otype'] != 'branch':
            rows.append(('注册资本', '人民币%d万元整' % p['capital']))
        rows += [('成立日期', ar_date(*f)), ('营业期限', '%s至%s' % (ar_date(*f), '不约定期限' if r.random() < 0.5 else ar_date(f[0] + 30, f[1], f[2] - 1 if f[2] > 1 else 1))),
                 ('%s' % ('营业场所' if p['otype'] == 'branch' else '住　　所'), p['address'])]
        return title, '（副　本）', rows, reg
    if p['otype'] == 'minfei':
        return '民办非企业单位登记证书', '（法人）', [('名　　称', p['name']), ('住　　所', p['address']), ('法定代表人', p['rep']),
                ('业务范围', '%s等职业技能培训；职业技能评价服务。' % '、'.join(n for n, _ in p['apps'])),
                ('业务主管单位', '上海市%s人力资源和社会保障局' % p['reg_dist']), ('开办资金', '人民币%d万元' % (p['capital'] // 10)),
                ('有 效 期', '%d年%d月%d日至%d年%d月%d日' % (2022, f[1], f[2], 2027, f[1], f[2]))], '上海市%s民政局' % p['reg_dist']
    if p['otype'] == 'shetuan':
        return '社会团体法人登记证书', '', [('名　　称', p['name']), ('住　　所', p['address']), ('法定代表人', p['rep']),
                ('业务范围', '学术交流、科普宣传、业务培训、咨询服务、职业技能评价。'), ('活动地域', '上海市'), ('注册资金', '人民币%d万元' % 30),
                ('业务主管单位', '上海市科学技术协会'), ('有 效 期', '2021年6月1日至2026年5月31日')], '上海市民政局'
    return '事业单位法人证书', '', [('名　　称', p['name']), ('宗旨和业务范围', '为职业技能培训提供指导服务。职业技能培训指导、职业技能评价组织实施、相关咨询服务。'),
                ('住　　所', p['address']), ('法定代表人', p['rep']), ('经费来源', '财政补助'), ('开办资金', '￥%d万元' % 120),
                ('举办单位', '上海市徐汇区人力资源和社会保障局'), ('有 效 期', '自2023年3月10日至2028年3月10日')], '上海市事业单位登记管理局'

def cert_rl(p, out, stamped=True):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    fn = RL.rl_register('ttf')
    title, sub, rows, reg = cert_fields(p)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(title)
    W, H = A4
    c.setStrokeColorRGB(0.75, 0.55, 0.2); c.setLineWidth(6); c.rect(30, 120, W - 60, H - 170)
    c.setLineWidth(1.5); c.rect(42, 132, W - 84, H - 194)
    c.setFont(fn, 30); c.setFillColorRGB(0.1, 0.1, 0.1); c.drawCentredString(W / 2, H - 140, title)
    if sub:
        c.setFont(fn, 14); c.drawCentredString(W / 2, H - 165, sub)
    c.setFont(fn, 10.5)
    c.drawString(70, H - 200, '统一社会信用代码')
    c.setFont(fn, 13); c.drawString(70, H - 218, p['code'])
    # QR placeholder
    rr = random.Random(p['idx'])
    for i in range(21):
        for j in range(21):
            if rr.random() < 0.5 or (i < 7 and j < 7) or (i > 13 and j < 7) or (i < 7 and j > 13):
                c.rect(W - 140 + i * 3.5, H - 240 + j * 3.5, 3.5, 3.5, stroke=0, fill=1)
    y = H - 270
    c.setFont(fn, 11.5)
    for k, v in rows:
        c.drawString(80, y, k)
        # wrap value
        line = ''; xs = 175; maxw = W - 175 - 70
        for ch in v:
            if c.stringWidth(line + ch, fn, 11.5) > maxw:
                c.drawString(xs, y, line); y -= 19; line = ch
            else:
                line += ch
        c.drawString(xs, y, line); y -= 27
    c.setFont(fn, 12); c.drawString(W - 260, 230, '登记机关'); c.drawString(W - 260, 205, ar_date(2024, rr.randint(1, 12), rr.randint(1, 28)))
    c.setFont(fn, 8); c.drawString(60, 145, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn　　市场主体应当于每年1月1日至6月30日通过公示系统报送上一年度年度报告。' if '营' in title else '')
    if stamped:
        c._rl_font_cjk = fn
        RL.rl_seal(c, W - 200, 225, reg, 120)
        c.setFillColorRGB(0.2, 0.2, 0.6); c.setFont(fn, 14); c.drawString(90, 250, '复印件与原件一致')
        c.drawString(90, 228, '仅供申报社会培训评价组织使用')
        RL.rl_seal(c, 170, 230, p['name'], 115)
    c.showPage(); c.save()

def cert_html(p, stamped=True):
    title, sub, rows, reg = cert_fields(p)
    items = ''.join('<div class="k" style="top:%dmm">%s</div><div class="v" style="top:%dmm">%s</div>' % (
        95 + i * 17, k, 95 + i * 17, v) for i, (k, v) in enumerate(rows))
    seals = ''
    if stamped:
        seals = ('<div style="position:absolute;left:118mm;top:%dmm">%s</div>' % (95 + len(rows) * 17 + 2, RL.seal_svg(reg, 160)) +
                 '<div style="position:absolute;left:25mm;top:%dmm">%s</div>' % (95 + len(rows) * 17 + 8, RL.seal_svg(p['name'], 150)) +
                 '<div style="position:absolute;left:22mm;top:%dmm;color:#335;font-size:13pt">本复印件与原件相符</div>' % (95 + len(rows) * 17 + 48))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:0} body{margin:0;font-family:"Noto Serif CJK SC"}'
            '.frame{position:absolute;left:10mm;top:10mm;width:186mm;height:272mm;border:5px double #b0302a}'
            '.t{position:absolute;top:28mm;width:210mm;text-align:center;font-size:28pt;letter-spacing:4px;color:#222}'
            '.s{position:absolute;top:44mm;width:210mm;text-align:center;font-size:14pt}'
            '.code{position:absolute;left:25mm;top:62mm;font-size:12pt}'
            '.k{position:absolute;left:25mm;width:36mm;font-size:12pt;color:#333}.v{position:absolute;left:62mm;width:120mm;font-size:12pt;line-height:1.5}'
            '.reg{position:absolute;left:120mm;top:%dmm;font-size:12pt}</style></head><body><div class="frame"></div>'
            '<div class="t">%s</div><div class="s">%s</div><div class="code">统一社会信用代码：%s</div>%s'
            '<div class="reg">登记管理机关：%s<br>发证日期：2022年%d月%d日</div>%s</body></html>') % (
        95 + len(rows) * 17 + 10, title, sub, p['code'], items, reg, p['founded'][1], p['founded'][2], seals)

# ------------------------------------------------------------------ package composition
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}
PROD_LABEL = {
    'rl': 'reportlab 4 (embedded TrueType WenQuanYi Zen Hei)',
    'rlcid': 'reportlab 4 (CID font STSong-Light, not embedded)',
    'html': 'Chromium headless --print-to-pdf (HTML/CSS, SVG seal)',
    'docx': 'LibreOffice 7 (from .docx written by python-docx)',
    'odt': 'LibreOffice 7 (from .odt written by odfpy)',
    'cert_rl': 'reportlab canvas (certificate drawn at coordinates)',
    'cert_html': 'Chromium headless (absolutely positioned certificate HTML)',
    'docxfile': 'python-docx (.docx as submitted)',
    'site': 'Pillow (JPEG site photo)',
    'floor': 'reportlab canvas (floor plan drawing)',
    'merge': 'qpdf merge of several producers',
}
POST_LABEL = {
    'gs': 'Ghostscript pdfwrite re-distilled',
    'scan_gray': 'scan: pdftoppm 150 dpi grayscale → Pillow (rotation, noise, JPEG q55) → img2pdf, image only',
    'scan_color': 'scan: pdftoppm 150 dpi colour → Pillow (rotation, tint, noise, JPEG) → img2pdf, image only',
    'scan_rltext': 'scan image + invisible text layer (reportlab render mode 3)',
    'scan_ocrmypdf': 'scan image → ocrmypdf (tesseract chi_sim) OCR text layer',
    'faint': 'scan: 60 dpi, very faint, Gaussian blur → img2pdf (unreadable)',
    'encrypt': 'qpdf AES-256 encrypted with user password',
    'truncate': 'truncated PDF (first 45% of bytes)',
    'photo': 'phone photo JPEG of the printed page (legible)',
    'photo_poor': 'phone photo JPEG, dark and heavily blurred (unreadable)',
}
TEXT_OF_POST = {'scan_gray': 'none', 'scan_color': 'none', 'faint': 'none', 'scan_rltext': 'ocr-layer', 'scan_ocrmypdf': 'ocr-layer',
                'encrypt': 'encrypted', 'truncate': 'corrupt', 'photo': 'none', 'photo_poor': 'none', 'gs': 'text'}

def D(path, kinds, prod, body=None, post=None, seal=None, expect=None, hidden=False, style=None, parts=None):
    return dict(path=path, kinds=kinds, prod=prod, body=body, post=post, seal=seal, expect=expect, hidden=hidden,
                style=style, parts=parts)

FOLDERS = {
    'folders': ['1.申请表', '2.推荐函', '3.信用佐证材料', '4.工作方案', '5.实施方案及样题', '6.其他材料'],
    'macosx': ['01 申请表', '02 推荐函', '03 信用报告及审计报告', '04 认定工作方案', '05 项目实施方案', '06 附件'],
    'gbk': ['一、申请表', '二、推荐函', '三、信用佐证', '四、工作方案', '五、实施方案', '六、其他'],
}

def compose(p):
    i = p['idx']; d = p['d']; sty = p['sty']; r = p['rng']
    docs = []
    nm = p['name']
    # --- application form
    fprod = {0: 'docx:a', 1: 'html:web', 2: 'odt', 3: 'rl', 4: 'html:corp'}[sty['form']]
    if p['id'] in ('p12', 'f05', 'r04'):
        fprod = 'docxfile'
    docs.append(D('form', ['application_form'], fprod, build_form(p), expect=d.get('form_name')))
    # --- letters
    iprod = {0: ['rl', 'docx:b'][i % 2], 1: 'html:corp', 2: 'docx:b', 3: 'html:gov'}[sty['ind']]
    if p['ind'] == 'group':
        iprod = 'docx:b'
    docs.append(D('ind', ['industry_letter'], iprod, build_ind_letter(p), seal=not d.get('ind_noseal'), expect=d.get('ind_other')))
    dprod = {0: 'rl', 1: 'html:plain', 2: 'docx:b'}[sty['dist']]
    dpost = 'faint' if d.get('faint_dist') else None
    if not dpost and i % 4 == 1 and not d.get('dist_noseal'):
        dpost = 'scan_gray'
    if not dpost and i % 4 == 3 and not d.get('dist_noseal'):
        dpost = 'scan_color'
    docs.append(D('dist', ['district_letter'], dprod, build_dist_letter(p), post=dpost, seal=not d.get('dist_noseal')))
    # --- credit
    cprod = {0: 'rl', 1: 'html:corp', 2: 'rlcid'}[sty['credit']]
    cpost = 'truncate' if d.get('corrupt_credit') else ('scan_ocrmypdf' if p.get('ocrmypdf') == 'credit' else None)
    docs.append(D('credit', ['credit_report'], cprod, build_credit(p), post=cpost))
    # --- audits
    aprod = {0: 'rl', 1: 'docx:a', 2: 'html:corp'}[sty['audit']]
    for y in d.get('audit_years', (2022, 2023)):
        post = None
        if y == 2022 and d.get('enc_audit2022'):
            post = 'encrypt'
        elif aprod.startswith('docx') and (i + y) % 2 == 0:
            post = 'gs'
        docs.append(D('audit%d' % y, ['audit_report'], aprod, build_audit(p, y), post=post))
    if d.get('dup_readable_enc'):
        docs.append(D('audit2023enc', ['audit_report'], aprod, build_audit(p, 2023), post='encrypt'))
    # --- registration certificate
    stamped = not d.get('lic_noseal')
    cert_prod = 'cert_rl' if sty['cert'] == 0 else 'cert_html'
    cpost = None
    if d.get('poor_cert_photo'): cpost = 'photo_poor'
    elif p.get('lic_photo'): cpost = 'photo'
    elif i % 5 == 2 and stamped: cpost = 'scan_color'
    docs.append(D('cert', ['registration_certificate'], cert_prod, None, post=cpost, seal=stamped))
    # --- work plan, pledge, integrity
    wprod = {0: 'docx:a', 1: 'odt', 2: 'html:corp'}[sty['work']]
    inside = wprod != 'odt' and i % 2 == 0 and not d.get('pledge_docx') and not d.get('no_integrity')
    if inside:
        docs.append(D('work', ['work_plan', 'pledge', 'integrity_letter'], wprod, build_workplan(p, True, True), seal=True))
    else:
        docs.append(D('work', ['work_plan'], wprod, build_workplan(p)))
        pl_prod = 'docxfile' if d.get('pledge_docx') else ['rl', 'html:plain', 'docx:c'][i % 3]
        docs.append(D('pledge', ['pledge'], pl_prod, build_pledge(p), seal=not d.get('pledge_docx'),
                      post=('scan_gray' if i % 3 == 2 and not d.get('pledge_docx') else None)))
        if not d.get('no_integrity'):
            docs.append(D('integ', ['integrity_letter'], ['html:corp', 'docx:a', 'rl'][i % 3], build_integrity(p), seal=True,
                          post=('scan_rltext' if i % 5 == 1 else None)))
    # --- implementation plan (+evaluation plans)
    mprod = {0: 'docx:c', 1: 'html:corp', 2: 'odt'}[sty['impl']]
    sep_eval = i % 4 == 0 and not d.get('enc_impl')
    if sep_eval:
        docs.append(D('impl', ['implementation_plan'], mprod, build_impl(p, False)))
        eb = build_impl(p, True)
        k = [j for j, b in enumerate(eb) if b[0] == 'sub' and b[1].startswith('四、')][0]
        docs.append(D('eval', ['evaluation_plan'], 'rl', [('title', '%s\n各等级评价方案' % nm)] + eb[k + 1:]))
    else:
        docs.append(D('impl', ['implementation_plan', 'evaluation_plan'], mprod, build_impl(p, True),
                      post='encrypt' if d.get('enc_impl') else None))
    # --- sample papers
    s = sty['sample']
    sprods = ['rl', 'docx:a', 'html:corp', 'odt', 'rlcid']
    for c, n, lv in apps_codes(p):
        short = n.split('（')[-1].rstrip('）') if '（' in n else n
        if s == 2:   # one PDF per occupation, all levels, both sets
            bl = []
            for l in sorted(lv, reverse=True):
                for k in (0, 1):
                    if d.get('one_set') == (n, l) and k == 1: continue
                    b, lab = build_sample(p, c, n, l, k, s)
                    bl += ([('pb',)] if bl else []) + b
            docs.append(D('sample|%s|all' % short, ['sample_paper'], sprods[i % 5], bl))
        else:
            for l in sorted(lv, reverse=True):
                if s == 1:   # one PDF per level holding A and B with answer sheets
                    bl = []
                    for k in (0, 1):
                        if d.get('one_set') == (n, l) and k == 1: continue
                        b, lab = build_sample(p, c, n, l, k, s)
                        bl += ([('pb',)] if bl else []) + b
                    docs.append(D('sample|%s|%s|AB' % (short, LVN[l]), ['sample_paper'], sprods[(i + l) % 5], bl))
                else:
                    for k in (0, 1):
                        if d.get('one_set') == (n, l) and k == 1: continue
                        b, lab = build_sample(p, c, n, l, k, s)
                        docs.append(D('sample|%s|%s|%s' % (short, LVN[l], lab), ['sample_paper'], sprods[(i + l + k) % 5], b))
    # --- extras
    toc = [('title', '%s\n申报材料目录' % nm), ('table', [['序号', '材料名称', '页码']] + [[str(j + 1), x, str(j * 2 + 1)] for j, x in enumerate(
        ['社会培训评价组织征集遴选申请表', '行业主管部门推荐函', '考核点所在区人社部门推荐函', '信用报告', '近两年财务审计报告', '营业执照/登记证书',
         '职业技能等级认定工作方案（含承诺书、廉洁责任书）', '项目实施方案（含评价方案、样题）'])], {'widths': [1, 6, 1]})]
    if i % 3 == 0:
        docs.append(D('toc', ['other'], 'docx:c', toc))
    docs.append(D('site', ['other'], 'site'))
    if i % 3 == 1:
        docs.append(D('floor', ['other'], 'floor'))
    if i % 4 == 2:
        rows = [['序号', '姓名', '职称/等级', '承担工作']] + [[str(j), r.choice('王李张刘陈杨赵黄周吴') + r.choice(['建华', '晓明', '丽', '强', '雪梅', '志勇', '芳']),
                                                   r.choice(['高级技师', '技师', '高级工程师', '讲师']), r.choice(['考评员', '督导员', '命题专家'])] for j in range(1, 9)]
        docs.append(D('teachers', ['other'], 'docxfile' if i % 8 == 2 else 'html:web', [('title', '%s 考评人员及师资名单' % nm), ('table', rows)]))
    if d.get('enc_extra'):
        docs.append(D('equip', ['other'], 'rl', [('title', '%s 考核设备清单' % nm), ('table', [['设备', '数量'], ['视频监控摄像头', '12'], ['计算机', '40'], ['清洁设备套装', '20']])], post='encrypt'))
    # --- a package submitted almost entirely as scans (legible)
    if p.get('scans') == 'most':
        for j, x in enumerate([x for x in docs if x['path'] in ('ind', 'dist', 'credit', 'cert', 'pledge', 'integ')]):
            x['post'] = 'scan_color' if x['path'] == 'cert' else 'scan_gray'
    # --- big combined PDF
    if p['zip'] == 'bigpdf':
        keys = ['form', 'ind', 'dist', 'credit', 'audit2022', 'audit2023', 'cert']
        parts = [x for x in docs if x['path'] in keys]
        for x in parts:
            x['hidden'] = True; x['post'] = None
            if x['prod'] == 'docxfile': x['prod'] = 'docx:a'
        kinds = []
        for x in parts:
            for k in x['kinds']:
                if k not in kinds: kinds.append(k)
        docs.append(D('big', kinds, 'merge', parts=[x['path'] for x in parts], seal=True))
    return docs

def name_files(p, docs):
    """Assign zip paths according to the package's zip style."""
    z = p['zip']; i = p['idx']; nm = p['name']
    fold = FOLDERS.get(z)
    if z == 'nested': fold = None
    scan_no = [1]
    def scanname(ext='pdf'):
        scan_no[0] += 1
        return ['IMG_202501%02d_%04d.%s' % (p['subday'] - 5, scan_no[0], ext), 'scan_%03d.%s' % (scan_no[0], ext), '扫描件%d.%s' % (scan_no[0], ext)][i % 3]
    base = {'form': ('社会培训评价组织征集遴选申请表', 0), 'ind': (['行业主管部门推荐函', '推荐函（行业）', '附件2-1 行业推荐函'][i % 3], 1),
            'dist': (['区人社局推荐函', '考核点所在区人社部门推荐函', '推荐函（区人社）'][i % 3], 1), 'credit': (['信用报告', '公共信用信息报告', '专用信用报告'][i % 3], 2),
            'audit2022': ('2022年度审计报告', 2), 'audit2023': ('2023年度审计报告', 2), 'audit2021': ('2021年度审计报告', 2),
            'audit2023enc': ('2023年度审计报告（加密版）', 2),
            'cert': ({'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}.get(p['otype'], '营业执照复印件'), 2),
            'work': ('职业技能等级认定工作方案', 3), 'pledge': ('承诺书', 3), 'integ': ('廉洁责任书', 3),
            'impl': ('职业技能等级认定项目实施方案', 4), 'eval': ('评价方案', 4), 'toc': ('目录', 5), 'site': ('考核点场地照片', 5),
            'floor': ('考核点平面图', 5), 'teachers': ('师资名单', 5), 'equip': ('设备清单', 5), 'big': ('申报材料合订本（申请表、推荐函、信用佐证）', 0)}
    n = 0
    for x in docs:
        if x['hidden']: continue
        n += 1
        key = x['path']
        if key.startswith('sample|'):
            parts = key.split('|')
            stem = '样题_%s' % '_'.join(parts[1:]) if parts[-1] != 'AB' else '%s_%s_样卷AB' % (parts[1], parts[2])
            sec = 4
        else:
            stem, sec = base[key]
        ext = {'docxfile': 'docx', 'site': 'jpg'}.get(x['prod'], 'pdf')
        if x['post'] in ('photo', 'photo_poor'): ext = 'jpg'
        if x['post'] in ('scan_gray', 'scan_color', 'faint') and i % 2 == 0 and key not in ('cert',):
            fname = scanname(ext)
        else:
            fname = stem + '.' + ext
        if z == 'flat_num':
            fname = '%02d%s' % (n, fname) if not fname.startswith(('IMG', 'scan', '扫描')) else fname
        if key.startswith('sample|') and z == 'nested':
            x['zip_path'] = 'NESTED/' + fname
            continue
        if fold:
            x['zip_path'] = fold[sec] + '/' + ('样题/' + fname if key.startswith('sample|') and z != 'gbk' else fname)
        elif z == 'topfolder':
            x['zip_path'] = '%s申报材料/%s' % (nm, fname)
        elif z == 'nested':
            x['zip_path'] = fname
        else:
            x['zip_path'] = fname

# ------------------------------------------------------------------ build pipeline
def floor_pdf(p, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    fn = RL.rl_register('ttf')
    c = canvas.Canvas(str(out), pagesize=landscape(A4))
    W, H = landscape(A4)
    c.setFont(fn, 16); c.drawCentredString(W / 2, H - 40, '%s 考核点平面布置图' % p['name'])
    c.setFont(fn, 10); c.drawCentredString(W / 2, H - 58, p['site_addr'])
    rr = random.Random(p['idx'])
    rooms = [('理论考场', 60, 300, 220, 160), ('实操考场一', 290, 300, 240, 160), ('实操考场二', 540, 300, 240, 160),
             ('候考区', 60, 120, 180, 150), ('监控室', 250, 120, 120, 150), ('档案室', 380, 120, 120, 150), ('办公室', 510, 120, 270, 150)]
    for nme, x, y, w, h in rooms:
        c.rect(x, y, w, h)
        c.drawCentredString(x + w / 2, y + h / 2, '%s %d㎡' % (nme, int(w * h / 600) + rr.randint(0, 9)))
        c.circle(x + w - 12, y + h - 12, 5)
    c.drawString(60, 90, '图例：○ 视频监控点位　比例 1:200')
    c.showPage(); c.save()

def blocks_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ('lh', 'docno', 'title', 'sub', 'p', 'pl', 'addr', 'center', 'right', 'small'):
            out += b[1].split('\n')
        elif b[0] == 'table':
            out += ['　'.join(str(x) for x in row) for row in b[1]]
        elif b[0] == 'sign':
            out += b[1]
    return out

def soffice_batch(files, outdir):
    for k in range(0, len(files), 40):
        RL.run(['soffice', '-env:UserInstallation=file:///tmp/lo_final15', '--headless', '--convert-to', 'pdf',
                '--outdir', str(outdir)] + [str(f) for f in files[k:k + 40]], timeout=1200)

def build_all(profiles):
    import threading
    for sub in ('pdf', 'html', 'docx', 'odt', 'final', 'tmp', 'seal'):
        (BUILD / sub).mkdir(parents=True, exist_ok=True)
    lo_queue, chr_queue = [], []
    alld = []
    for p in profiles:
        for j, x in enumerate(p['docs']):
            x['id'] = '%s_%02d' % (p['id'], j)
            alld.append((p, x))
            base = x['prod'].split(':')[0]
            st = x['prod'].split(':')[1] if ':' in x['prod'] else None
            hdr = None
            pdfp = BUILD / 'pdf' / (x['id'] + '.pdf')
            if base in ('rl', 'rlcid'):
                RL.render_rl(x['body'], pdfp, font='ttf' if base == 'rl' else 'cid',
                             meta={'title': x['path'].split('|')[0], 'author': p['name']},
                             footer=('— {page} —' if p['idx'] % 2 else None))
            elif base == 'html':
                hp = BUILD / 'html' / (x['id'] + '.html')
                hp.write_text(RL.render_html_src(x['body'], st or 'corp'), encoding='utf-8')
                chr_queue.append((hp, pdfp))
            elif base == 'docx':
                dp = BUILD / 'docx' / (x['id'] + '.docx')
                RL.render_docx(x['body'], str(dp), str(BUILD / 'seal'), st or 'a')
                lo_queue.append(dp)
            elif base == 'docxfile':
                RL.render_docx(x['body'], str(BUILD / 'final' / (x['id'] + '.docx')), str(BUILD / 'seal'), 'a')
            elif base == 'odt':
                op = BUILD / 'odt' / (x['id'] + '.odt')
                RL.render_odt(x['body'], str(op))
                lo_queue.append(op)
            elif base == 'cert_rl':
                cert_rl(p, pdfp, x['seal'])
            elif base == 'cert_html':
                hp = BUILD / 'html' / (x['id'] + '.html')
                hp.write_text(cert_html(p, x['seal']), encoding='utf-8')
                chr_queue.append((hp, pdfp))
            elif base == 'site':
                RL.site_photo(str(BUILD / 'final' / (x['id'] + '.jpg')), p['rng'], '考核室' if p['idx'] % 2 else '')
            elif base == 'floor':
                floor_pdf(p, pdfp)
    print('sources written: %d docs, %d for LibreOffice, %d for Chromium' % (len(alld), len(lo_queue), len(chr_queue)), flush=True)
    err = []
    th = threading.Thread(target=lambda: (soffice_batch(lo_queue, BUILD / 'pdf') if lo_queue else None))
    th.start()
    for hp, pdfp in chr_queue:
        RL.chromium_pdf(hp, pdfp)
    th.join()
    print('conversions done', flush=True)
    # merges
    for p, x in alld:
        if x['prod'] == 'merge':
            ids = {y['path']: y['id'] for y in p['docs']}
            RL.merge_pdfs([BUILD / 'pdf' / (ids[k] + '.pdf') for k in x['parts']], BUILD / 'pdf' / (x['id'] + '.pdf'))
    # post-processing
    tmp = str(BUILD / 'tmp')
    for p, x in alld:
        if x['hidden'] or x['prod'] in ('docxfile', 'site'):
            continue
        src = BUILD / 'pdf' / (x['id'] + '.pdf')
        out = BUILD / 'final' / (x['id'] + '.pdf')
        post = x['post']
        rng = random.Random(SEED + hash(x['id']) % 1000 if False else SEED + sum(map(ord, x['id'])))
        if post is None:
            shutil.copy(src, out)
        elif post == 'gs':
            RL.gs_redistill(src, out)
        elif post == 'scan_gray':
            RL.scan_pdf(src, out, rng, dpi=150, gray=True, rotate=rng.uniform(0.4, 1.2), quality=55, tmp=tmp)
        elif post == 'scan_color':
            RL.scan_pdf(src, out, rng, dpi=150, gray=False, rotate=rng.uniform(-1.0, -0.3), quality=50, tmp=tmp)
        elif post == 'faint':
            RL.scan_pdf(src, out, rng, dpi=60, gray=True, rotate=1.5, quality=30, blur=1.6, faint=True, tmp=tmp)
        elif post == 'scan_rltext':
            RL.scan_with_rl_text(src, out, rng, [blocks_text(x['body'])], dpi=150, tmp=tmp)
        elif post == 'scan_ocrmypdf':
            mid = BUILD / 'tmp' / (x['id'] + '_img.pdf')
            RL.scan_pdf(src, mid, rng, dpi=200, gray=True, rotate=0.6, quality=60, tmp=tmp)
            env = dict(os.environ, OMP_THREAD_LIMIT='1')
            RL.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--jobs', '1', '--output-type', 'pdf', '--optimize', '0', str(mid), str(out)], env=env, timeout=900)
        elif post == 'encrypt':
            RL.encrypt(src, out, 'sh%04d' % rng.randint(0, 9999))
        elif post == 'truncate':
            RL.truncate(src, out)
        elif post in ('photo', 'photo_poor'):
            RL.photo_of_pdf(src, str(BUILD / 'final' / (x['id'] + '.jpg')), rng, poor=(post == 'photo_poor'), tmp=tmp)
    print('post-processing done', flush=True)

def final_path(x):
    for ext in ('pdf', 'docx', 'jpg'):
        f = BUILD / 'final' / ('%s.%s' % (x['id'], ext))
        if f.exists():
            return f
    raise FileNotFoundError(x['id'])

class GBKInfo(zipfile.ZipInfo):
    """ZipInfo whose name is written as GBK bytes without the UTF-8 flag (as Windows' built-in zip writer does)."""
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800

def zinfo(name, gbk, when):
    zi = (GBKInfo if gbk else zipfile.ZipInfo)(name, date_time=when)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    return zi

def write_zip(p, zpath):
    gbk = p['zip'] == 'gbk'
    when = (2025, 1, p['subday'] - 1, 16, 20, 0)
    entries = []
    nested = [x for x in p['docs'] if not x['hidden'] and x['zip_path'].startswith('NESTED/')]
    for x in p['docs']:
        if x['hidden'] or x['zip_path'].startswith('NESTED/'):
            continue
        entries.append((x['zip_path'], final_path(x).read_bytes()))
    if nested:
        inner_name = '样题（%d套）.zip' % len(nested)
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as iz:
            for x in nested:
                nm = '样题/' + x['zip_path'][len('NESTED/'):]
                iz.writestr(zinfo(nm, False, when), final_path(x).read_bytes())
                x['zip_path'] = inner_name + '/' + nm
        entries.append((inner_name, bio.getvalue()))
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        dirs = []
        for path, data in entries:
            if p['zip'] in ('gbk', 'macosx'):
                dparts = path.split('/')[:-1]
                for k in range(1, len(dparts) + 1):
                    dd = '/'.join(dparts[:k]) + '/'
                    if dd not in dirs:
                        dirs.append(dd)
                        zi = zinfo(dd, gbk, when); zi.external_attr = (0o40755 << 16) | 0x10
                        z.writestr(zi, b'')
            z.writestr(zinfo(path, gbk, when), data)
            if p['zip'] == 'macosx':
                dparts = path.split('/')
                junk = '__MACOSX/' + '/'.join(dparts[:-1] + ['._' + dparts[-1]])
                z.writestr(zinfo(junk, False, when), b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 32)
        if p['zip'] == 'macosx':
            z.writestr(zinfo('.DS_Store', False, when), b'\x00\x00\x00\x01Bud1' + bytes(random.Random(p['idx']).randrange(256) for _ in range(200)))
            z.writestr(zinfo(FOLDERS['macosx'][4] + '/.DS_Store', False, when), b'\x00\x00\x00\x01Bud1' + b'\x00' * 64)

def key_entry(p):
    docs = []
    for x in p['docs']:
        if x['hidden']:
            continue
        base = x['prod'].split(':')[0]
        prod = PROD_LABEL[base]
        if x['post']:
            prod += ' → ' + POST_LABEL[x['post']]
        if x['prod'] == 'merge':
            ps = [y for y in p['docs'] if y['path'] in x['parts']]
            prod = 'qpdf merge of: ' + '; '.join(sorted(set(PROD_LABEL[y['prod'].split(':')[0]] for y in ps)))
        text = 'none' if base == 'site' else TEXT_OF_POST.get(x['post'], 'text')
        e = {'path': x['zip_path'], 'kind': '+'.join(x['kinds']), 'producer': prod, 'text': text}
        if STAMPED & set(x['kinds']):
            e['seal'] = bool(x['seal'])
        docs.append(e)
    why = p.get('why') or {
        'pass': '全部必需材料齐全可读（申请表、两封推荐函、信用报告、2022和2023年度审计报告、登记证书、工作方案含承诺书与廉洁责任书、实施方案含各等级评价方案、每个申报等级两套样题），无否决项。',
    }.get(p['verdict'], '；'.join(p.get('defects', [])))
    return {'verdict': p['verdict'], 'causes': p.get('causes', []), 'defects': p.get('defects', []), 'why': why,
            'organisation': {'name': p['name'], 'credit_code': p['code']},
            'applications': [{'code': c, 'name': n, 'levels': sorted(lv, reverse=True)} for c, n, lv in apps_codes(p)],
            'documents': docs}

def main():
    t0 = time.time()
    if BUILD.exists(): shutil.rmtree(BUILD)
    if PKG.exists(): shutil.rmtree(PKG)
    PKG.mkdir(parents=True)
    order = list(range(len(PROFILES)))
    random.Random(SEED).shuffle(order)
    profiles = []
    for pos, k in enumerate(order, 1):
        p = enrich(PROFILES[k], pos, None)
        p['zipname'] = 'X%02d-%s.zip' % (pos, p['name'])
        p['docs'] = compose(p)
        name_files(p, p['docs'])
        profiles.append(p)
    build_all(profiles)
    key = {'author': 'final15', 'packages': {}}
    expect = {}
    for p in profiles:
        write_zip(p, PKG / p['zipname'])
        key['packages'][p['zipname']] = key_entry(p)
        expect[p['zipname']] = {x['zip_path']: (x['expect'] or p['name']) for x in p['docs'] if not x['hidden']}
    (ROOT / 'key.json').write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding='utf-8')
    (ROOT / 'selfcheck_expect.json').write_text(json.dumps(expect, ensure_ascii=False, indent=1), encoding='utf-8')
    write_readme()
    print('done in %.0f s' % (time.time() - t0))

def write_readme():
    import collections
    key = json.loads((ROOT / 'key.json').read_text(encoding='utf-8'))
    pk = key['packages']
    vc = collections.Counter(e['verdict'] for e in pk.values())
    tc = collections.Counter(d['text'] for e in pk.values() for d in e['documents'])
    prc = collections.Counter(d['producer'] for e in pk.values() for d in e['documents'])
    L = ['# Blind corpus part final15', '',
         '36 application packages for 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py     # deterministic (seed %d); ~10 min on 2 cores' % SEED,
         'python3 selfcheck.py    # zips, key paths, text layers, names, sizes', '```', '',
         'Needs LibreOffice (soffice), chromium, Ghostscript, qpdf, img2pdf, poppler-utils, ocrmypdf + tesseract chi_sim, '
         'python: reportlab python-docx odfpy pillow. `render_lib.py` holds the renderers; `generate.py` holds the organisations, '
         'wording and the planted defects, and writes `key.json` from its own knowledge. `selfcheck_expect.json` lists, per file, the '
         'organisation name selfcheck expects in its text (differs from the applicant only where a defect plants another name).', '',
         '## Counts', '', 'Verdicts: ' + ', '.join('%s %d' % kv for kv in sorted(vc.items())),
         '', 'Documents by text kind: ' + ', '.join('%s %d' % kv for kv in sorted(tc.items())), '',
         '## Producers (documents per producer chain)', '']
    for k, v in prc.most_common():
        L.append('- %d × %s' % (v, k))
    L += ['', '## Packages', '', '| zip | verdict | causes | defects |', '|---|---|---|---|']
    for zn in sorted(pk):
        e = pk[zn]
        L.append('| %s | %s | %s | %s |' % (zn, e['verdict'], ', '.join(e['causes']), '；'.join(e['defects'])))
    L += ['', '## Notes', '',
          '- GBK-named zips (Windows built-in zip style, no UTF-8 flag): zip style `gbk`; `__MACOSX`/.DS_Store junk in style `macosx`;'
          ' nested sample-paper zips in style `nested`; one package holds a combined PDF (申请表+推荐函+信用报告+审计报告+执照).',
          '- Submission window 2025-01-20…26: audit years required are 2022 and 2023.',
          '- Seals: red round seals drawn by reportlab, SVG (Chromium) or a Pillow PNG (docx); grayscale scans keep the seal as grey.',
          '- The duplicate pair (same credit code, 保洁员 twice) are both fail.', '']
    (ROOT / 'README.md').write_text('\n'.join(L), encoding='utf-8')

if __name__ == '__main__':
    main()
