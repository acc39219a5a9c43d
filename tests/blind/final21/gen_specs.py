# -*- coding: utf-8 -*-
"""Package specifications for part final21 (what each package is and what was planted)."""
import random
from gen_lib import make_code

DISTRICTS = {'310101': '黄浦区', '310104': '徐汇区', '310105': '长宁区', '310106': '静安区', '310107': '普陀区', '310109': '虹口区',
             '310110': '杨浦区', '310112': '闵行区', '310113': '宝山区', '310114': '嘉定区', '310115': '浦东新区', '310116': '金山区',
             '310117': '松江区', '310118': '青浦区', '310120': '奉贤区', '310151': '崇明区', '310103': '黄浦区'}
DSHORT = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨', '闵行区': '闵',
          '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松', '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}
STREETS = ['漕溪北路', '虹桥路', '天山路', '共和新路', '金沙江路', '四川北路', '国定路', '莘庄工业区申富路', '友谊路', '博乐路', '张江路',
           '石化卫零路', '九亭镇涞寅路', '华新镇华腾路', '南桥镇江海路', '城桥镇八一路', '淮海中路']

ORGS = {}


def org(key, name, kind, region, rep, nature, founded, seed, regtype=None, bad=None, prefix=None, scope='', regauth=None, capital=None):
    rng = random.Random(seed)
    pre = prefix or {'company': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[kind]
    code = make_code(pre, region, rng, bad=bad)
    d = DISTRICTS.get(region, '')
    o = dict(name=name, code=code, kind=kind, region=region, rep=rep, nature=nature, founded=founded,
             addr='上海市%s%s%d号' % (d, rng.choice(STREETS), rng.randint(8, 1999)) if region.startswith('31') else '',
             regtype=regtype, scope=scope or '职业技能培训；技术服务、技术开发、技术咨询；会议及展览服务。',
             regauth=regauth or ('上海市%s市场监督管理局' % d if kind in ('company', 'branch') else
                                 '上海市%s民政局' % d if kind == 'minfei' else '上海市社会团体管理局' if kind == 'shetuan' else '上海市事业单位登记管理局'),
             capital=capital or '人民币%d万元' % rng.choice([100, 200, 300, 500, 1000, 2000]))
    ORGS[key] = o
    return o


def L(code, name, levels):
    return dict(code=code, name=name, levels=levels)


IND = {
    'wsjk': dict(name='上海市卫生健康委员会', self='委', abbr='沪卫'),
    'sthj': dict(name='上海市生态环境局', self='局', abbr='沪环'),
    'jxw': dict(name='上海市经济和信息化委员会', self='委', abbr='沪经信'),
    'lhsr': dict(name='上海市绿化和市容管理局', self='局', abbr='沪绿容'),
    'wyxh': dict(name='上海市物业管理行业协会', self='会', abbr='沪物协', role='行业协会'),
    'jtw': dict(name='上海市交通委员会', self='委', abbr='沪交'),
    'yyxh': dict(name='上海市营养学会', self='会', abbr='沪营学', role='业务指导单位'),
    'swjw': dict(name='上海市商务委员会', self='委', abbr='沪商服'),
    'zjw': dict(name='上海市住房和城乡建设管理委员会', self='委', abbr='沪建'),
    'ylqx': dict(name='上海市医疗器械行业协会', self='会', abbr='沪械协', role='行业协会'),
    'scjg': dict(name='上海市市场监督管理局', self='局', abbr='沪市监'),
    'kw': dict(name='上海市科学技术委员会', self='委', abbr='沪科'),
    'fzw': dict(name='上海市发展和改革委员会', self='委', abbr='沪发改'),
    'fgj': dict(name='上海市房屋管理局', self='局', abbr='沪房'),
    'fzxh': dict(name='上海市服装行业协会', self='会', abbr='沪服协', role='行业协会'),
    'bjxh': dict(name='上海市保健行业协会', self='会', abbr='沪保协', role='行业协会'),
    'mhzf': dict(name='上海市闵行区人民政府办公室', self='办', abbr='闵府办', role='上级主管部门'),
    'xyxh': dict(name='上海市信用服务行业协会', self='会', abbr='沪信协', role='行业协会'),
}


def P(**kw):
    return kw


def specs():
    out = []
    # ------------------------------------------------------------------ PASS
    o = org('jc', '上海锦程职业技能培训学校', 'minfei', '310104', '顾建华', '民办非企业单位', '2013年5月16日', 101,
            scope='医疗护理、养老护理等职业技能培训')
    out.append(P(name=o['name'], org=o, apps=[L('4-14-01-02', '医疗护理员', [5, 4, 3])], ind='wsjk', dl_dist='徐汇区',
                 verdict='pass', causes=[], defects=[], why='All required materials present and legible; letters are legible colour scans.',
                 house='school', business='医疗护理员、养老护理员培训'))
    o = org('hta', '上海华碳环境科技有限公司', 'company', '310115', '沈立峰', '有限责任公司', '2016年9月2日', 102,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-09-07-04', '碳排放管理员', [5]), L('4-09-07-04', '碳排放管理员（碳排放核算员）', [4, 3, 2])],
                 ind='sthj', dl_dist='浦东新区', verdict='pass', causes=[], defects=[], why='Complete; HTML-printed documents; two occupations.',
                 house='tech', business='碳排放核算与咨询'))
    o = org('sh', '上海申和药业有限公司', 'company', '310116', '钱国平', '有限责任公司', '2004年3月18日', 103,
            regtype='有限责任公司（非自然人投资或控股的法人独资）', scope='药品生产；药品批发；技术服务')
    out.append(P(name=o['name'], org=o, apps=[L('6-12-03-00', '药物制剂工（片剂制备）', [5, 4, 3]), L('6-12-03-00', '药物制剂工（注射剂制备）', [4, 3])],
                 ind=dict(name='上海申药（集团）有限公司', self='集团', abbr='申药集团', role='上级主管部门'), ind_v=3, dl_dist='金山区',
                 verdict='pass', causes=[], defects=[], why='Complete; industry letter is the parent group 批复 (上级主管部门).',
                 house='group', business='化学药制剂生产'))
    o = org('zs', '上海智数信息技术有限公司', 'company', '310105', 'Michael Tan', '有限责任公司（外国法人独资）', '2011年11月8日', 104,
            regtype='有限责任公司（外国法人独资）')
    out.append(P(name=o['name'], org=o, apps=[L('4-04-04-05', '数字化解决方案设计师', [4, 3])], ind='jxw', dl_dist='长宁区',
                 verdict='pass', causes=[], defects=[], why='Complete; most materials are legible grayscale scans (grey seals).',
                 house='foreign', business='企业数字化解决方案'))
    o = org('ly', '上海绿苑园艺发展有限公司', 'company', '310114', '陆永康', '有限责任公司', '2008年4月1日', 105,
            regtype='有限责任公司（自然人投资或控股）', scope='园林绿化工程；盆景制作与销售；园艺培训')
    out.append(P(name=o['name'], org=o, apps=[L('4-09-10-03', '盆景师', [5, 4, 3, 2, 1])], ind='lhsr', dl_dist='嘉定区',
                 verdict='pass', causes=[], defects=[], why='Complete; five levels with ten sample sets in one PDF; letters as scans with OCR layer.',
                 house='garden', business='盆景制作与园艺培训'))
    o = org('jf', '上海洁丰物业管理有限公司', 'company', '310107', '周德明', '有限责任公司', '2002年7月23日', 106,
            regtype='有限责任公司（自然人投资或控股）', scope='物业管理；保洁服务；生活垃圾经营性清扫、收集、运输')
    out.append(P(name=o['name'], org=o, apps=[L('4-09-08-01', '保洁员', [5, 4, 3]), L('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])],
                 ind='wyxh', dl_dist='普陀区', verdict='pass', causes=[], defects=[], why='Complete; GBK-named zip from Windows; raw .docx extras.',
                 house='windows', business='物业保洁与垃圾分类收运'))
    o = org('st', '上海申通信号技术服务有限公司', 'company', '310112', '姚振宇', '有限责任公司', '2010年6月30日', 107,
            regtype='其他有限责任公司', scope='城市轨道交通信号设备维护；技术培训')
    out.append(P(name=o['name'], org=o, apps=[L('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）', [4, 3, 2])], ind='jtw', dl_dist='闵行区',
                 verdict='pass', causes=[], defects=[], why='Complete; most materials bound in one Ghostscript-distilled PDF.',
                 house='bigpdf', business='城市轨道交通信号维护'))
    o = org('ky', '上海康颐营养健康咨询有限公司', 'company', '310106', '林晓雯', '有限责任公司', '2015年2月11日', 108,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-14-02-01', '营养师（公共营养师）', [4, 3])], ind='yyxh', dl_dist='静安区',
                 verdict='pass', causes=[], defects=[], why='Complete; stamped materials in a nested zip as scans with OCR layer.',
                 house='nested', business='营养健康咨询与培训'))
    o = org('xc', '上海新程餐饮职业技能培训学校', 'minfei', '310120', '唐玉梅', '民办非企业单位', '2017年8月15日', 109,
            scope='西式面点、调饮等职业技能培训')
    out.append(P(name=o['name'], org=o, apps=[L('4-03-02-10', '调饮师', [5, 4, 3])], ind='swjw', dl_dist='奉贤区',
                 verdict='pass', causes=[], defects=[], why='Complete; CID-font reportlab documents; audit year only in title/balance sheet.',
                 house='cid', business='调饮及餐饮技能培训'))
    o = org('jk', '上海建科绿能咨询有限公司', 'company', '310110', '许文博', '有限责任公司', '2012年10月9日', 110,
            regtype='有限责任公司（国有控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-09-07-06', '建筑节能减排咨询师', [3, 2, 1])], ind='zjw', dl_dist='杨浦区',
                 verdict='pass', causes=[], defects=[], why='Complete; audit years written in Chinese numerals.',
                 house='word', business='建筑节能评估与咨询'))
    o = org('sy', '上海声悦听力科技有限公司', 'company', '310103', '何家俊', '有限责任公司', '2005年1月20日', 111,
            regtype='有限责任公司（自然人投资或控股）', regauth='上海市黄浦区市场监督管理局')
    out.append(P(name=o['name'], org=o, apps=[L('4-14-03-01', '助听器验配师', [4, 3])], ind='ylqx', dl_dist='黄浦区',
                 verdict='pass', causes=[], defects=[], why='Complete (historical 卢湾 code 310103 is valid); __MACOSX junk and unreadable site photo are extras only.',
                 house='mac', business='助听器验配与听力康复'))
    # ------------------------------------------------------------------ FAIL
    o = org('hc', '华测计量技术（昆山）有限公司', 'company', '320583', '严志刚', '有限责任公司', '2014年12月3日', 112,
            regtype='有限责任公司（自然人投资或控股）', regauth='昆山市市场监督管理局')
    o['addr'] = '江苏省昆山市花桥镇绿地大道%d号' % 231
    out.append(P(name=o['name'], org=o, apps=[L('4-08-05-06', '计量员（热工计量员）', [4, 3])], ind='scjg', dl_dist='嘉定区',
                 verdict='fail', causes=['credit_code_not_shanghai'], defects=['统一社会信用代码登记管理机关行政区划码320583（江苏昆山），非上海登记'],
                 why='Registered in Kunshan (code 91320583…); only the assessment site is in Shanghai.', house='word2', business='热工计量校准'))
    o = org('mh', '上海市闵行区职业技能服务指导中心', 'shiye', '310112', '范国庆', '事业单位', '2001年6月1日', 113)
    out.append(P(name=o['name'], org=o, apps=[L('3-01-01-02', '政务服务办事员', [5, 4, 3])], ind='mhzf', dl_dist='闵行区',
                 verdict='fail', causes=['public_institution'], defects=['申报单位为事业单位（代码12开头，事业单位法人证书）'],
                 why='Applicant is a 事业单位 (code category 12, 事业单位法人证书).', house='gov', business='职业技能服务'))
    o = org('ch', '上海慈航健康管理有限公司', 'company', '310117', '黄美玲', '有限责任公司', '2018年3月26日', 114,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4]), L('4-10-01-02', '育婴员', [5, 4])],
                 ind='bjxh', dl_dist='松江区', verdict='fail', causes=['occupation_not_in_scope'], defects=['申报职业“育婴员（4-10-01-02）”不在通知附件48个职业（工种）范围内'],
                 why='One applied occupation (育婴员) is not in the notice list.', house='school2', business='保健与母婴服务培训'))
    o = org('rc', '上海睿策科技咨询有限公司', 'company', '310109', '程思远', '有限责任公司', '2019年7月4日', 115,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-07-02-02', '科技咨询师', [4, 3])], ind='kw', dl_dist='虹口区',
                 verdict='fail', causes=['level_not_allowed'], defects=['科技咨询师仅可申报三级、二级、一级，申报了四级'],
                 why='科技咨询师 level 4 applied; the notice allows only 3, 2, 1.', house='tech2', business='科技成果转化咨询'))
    o = org('hx', '上海衡信信用管理有限公司', 'company', '310106', '邵家明', '有限责任公司', '2009年9月9日', 116,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-07-02-04', '信用管理师', [4, 3])], ind='xyxh', dl_dist='静安区',
                 verdict='fail', causes=['duplicate_application'], defects=['同一单位在本批中两次申报信用管理师（另见 T17）'],
                 why='Same organisation applies for 信用管理师 in T16 and T17.', house='group2', business='企业信用评估与信用管理培训', dup='T17'))
    out.append(P(name=o['name'], org=o, apps=[L('4-07-02-04', '信用管理师', [2, 1])], ind='fzw', dl_dist='静安区',
                 verdict='fail', causes=['duplicate_application'], defects=['同一单位在本批中两次申报信用管理师（另见 T16）'],
                 why='Same organisation applies for 信用管理师 in T16 and T17.', house='windows2', business='企业信用评估与信用管理培训', dup='T16'))
    o = org('wy', '上海味源食品科技有限公司', 'company', '310118', '葛春生', '有限责任公司', '2013年1月14日', 117,
            regtype='有限责任公司（自然人投资或控股）', scope='食品销售；食品技术开发；食品安全培训')
    out.append(P(name=o['name'], org=o, apps=[L('4-03-02-11', '食品安全管理师', [4, 3, 2])], ind='scjg', dl_dist='青浦区',
                 verdict='fail', causes=['credit_record'], defects=['信用报告行政处罚查见1条'], records={'行政处罚': 1}, credit_v=0,
                 why='Credit report (record table on its last page) lists one administrative penalty.', house='school', business='食品安全管理培训'))
    o = org('cy', '上海彩韵形象设计有限公司', 'company', '310101', '邹雅琴', '有限责任公司', '2016年5月5日', 118,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-08-08-04', '色彩搭配师', [4, 3, 2])], ind='fzxh', dl_dist='黄浦区',
                 ind_target='上海彩悦服饰文化有限公司',
                 verdict='fail', causes=['letter_wrong_org'], defects=['行业推荐函推荐的是“上海彩悦服饰文化有限公司”，非申报单位'],
                 why='The industry recommendation letter recommends a different company.', house='tech', business='色彩形象设计培训'))
    o = org('ls', '上海孪数智能科技有限公司', 'company', '310114', '韩旭', '有限责任公司', '2020年8月18日', 119,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-04-05-10', '数字孪生应用技术员', [5, 4, 3])], ind='jxw', dl_dist='嘉定区',
                 dl=dict(name='昆山市人力资源和社会保障局', no='昆人社函〔2025〕7号'), site='江苏省昆山市花桥镇兆丰路18号',
                 verdict='fail', causes=['district_letter_not_shanghai'], defects=['考核点推荐函由昆山市人力资源和社会保障局出具，非上海市区人社部门'],
                 why='District letter issued by 昆山市人社局 (site outside Shanghai).', house='garden2', business='数字孪生建模与仿真'))
    o = org('hg', '上海宏管建设工程有限公司', 'company', '310113', '马永刚', '有限责任公司', '2006年11月11日', 120,
            regtype='有限责任公司（自然人投资或控股）', scope='建设工程施工；管道工程；技术培训')
    out.append(P(name=o['name'], org=o, apps=[L('6-29-03-04', '管工', [5, 4, 3])], ind='zjw', dl_dist='宝山区',
                 dl=dict(name='上海市宝山区友谊路街道办事处', no='友街办函〔2025〕3号'),
                 verdict='fail', causes=['district_letter_not_hr_bureau'], defects=['考核点推荐函由街道办事处出具，非区人力资源和社会保障局'],
                 why='The site letter is from a 街道办事处, not a district HR bureau.', house='cid', business='管道安装工程'))
    o = org('as', '上海安数网络科技有限公司', 'company', '310115', '冯志远', '有限责任公司', '2017年4月21日', 121,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [4, 3])], ind='jxw', dl_dist='浦东新区',
                 form_name='上海安数信息安全技术有限公司',
                 verdict='fail', causes=['name_mismatch'], defects=['申请表单位名称“上海安数信息安全技术有限公司”与营业执照、信用报告名称“上海安数网络科技有限公司”不一致'],
                 why='Application form names a different organisation than the licence/credit report.', house='word', business='数据安全服务'))
    o = org('jd', '上海灸道健康管理有限公司', 'company', '310104', '邱德海', '有限责任公司', '2019年12月2日', 122,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4, 3])], ind='bjxh', dl_dist='徐汇区',
                 one_set=(0, 3), verdict='fail', causes=['single_sample_set'], defects=['保健艾灸师三级只有一套样题'],
                 why='Level 3 has only one sample set.', house='foreign', business='艾灸保健服务'))
    o = org('kl', '上海康邻健康服务有限公司长宁分公司', 'branch', '310105', '孔令伟', '有限责任公司分公司', '2021年3月9日', 123,
            regtype='有限责任公司分公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-14-04-04', '社群健康助理员', [4, 3, 2])], ind='wsjk', dl_dist='长宁区',
                 verdict='fail', causes=['branch_not_legal_person'], defects=['申报单位为分公司（营业执照类型：有限责任公司分公司），非独立法人'],
                 why='Applicant is a 分公司 (licence 类型 有限责任公司分公司).', house='mac', business='社区健康服务'))
    o = org('hh', '上海华化化工技术培训有限公司', 'company', '310116', '金立新', '有限责任公司', '2011年5月19日', 124,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('6-11-01-03', '化工总控工', [5, 4, 3])], ind='jxw', dl_dist='金山区',
                 omit=['integ'], verdict='fail', causes=['missing_material'], defects=['缺少廉洁责任书'],
                 why='廉洁责任书 missing altogether (work plan has only the 承诺书).', house='bigpdf', business='化工操作技能培训'))
    o = org('tc', '上海碳测环境监测有限公司', 'company', '310117', '俞海波', '有限责任公司', '2014年8月8日', 125,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-09-07-04', '碳排放管理员（碳排放监测员）', [4, 3])], ind='sthj', dl_dist='松江区',
                 audit_years=[2021, 2023], enc=['credit'], verdict='fail', causes=['missing_audit_year'],
                 defects=['审计报告为2021年度和2023年度，缺2022年度', '信用报告PDF加密无法打开（复核项）'],
                 why='Audit reports cover 2021 and 2023, so 2022 is missing (fail); the credit report is encrypted (review item, fail stands).',
                 house='group', business='环境与碳排放监测'))
    # ------------------------------------------------------------------ REVIEW
    o = org('yy', '上海悦饮餐饮管理有限公司', 'company', '310106', '温婷', '有限责任公司', '2018年10月10日', 126,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-03-02-10', '调饮师', [4, 3, 2])], ind='swjw', dl_dist='静安区',
                 enc=['credit'], verdict='review', causes=['unreadable_material'], defects=['信用报告为加密PDF，无法读取'],
                 why='Only credit report is password-protected.', house='tech2', business='茶饮连锁经营与培训'))
    o = org('da', '上海数安云科技有限公司', 'company', '310110', '戴文', '有限责任公司', '2016年6月16日', 127,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [3, 2])], ind='jxw', dl_dist='杨浦区',
                 corrupt=['audit2022'], verdict='review', causes=['unreadable_material'], defects=['2022年度审计报告PDF被截断，无法打开'],
                 why='The 2022 audit report file is truncated/corrupt.', house='school2', business='云安全与数据安全服务'))
    o = org('jj', '上海净界环境服务有限公司', 'company', '310151', '施建平', '有限责任公司', '2012年2月2日', 128,
            regtype='有限责任公司（自然人投资或控股）', scope='生活垃圾收集、运输；保洁服务')
    out.append(P(name=o['name'], org=o, apps=[L('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3]), L('4-09-08-01', '保洁员', [5, 4])],
                 ind='lhsr', dl_dist='崇明区', faint=['dist'], verdict='review', causes=['unreadable_material'],
                 defects=['区人社局推荐函仅有一份极模糊的低分辨率扫描件，无法辨认'],
                 why='District letter exists only as a faint ~60 dpi blurred scan.', house='windows', business='垃圾收运与环境清洁'))
    o = org('yk', '上海益康护理服务有限公司', 'company', '310109', '龚秀英', '有限责任公司', '2015年9月28日', 129,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-14-01-02', '医疗护理员', [5, 4])], ind='wsjk', dl_dist='虹口区',
                 docx_only=['pledge', 'integ'], verdict='review', causes=['signed_material_docx_only'],
                 defects=['承诺书、廉洁责任书仅提供可编辑的Word文档，无盖章版'],
                 why='承诺书 and 廉洁责任书 are only editable .docx files.', house='mac', business='医院陪护与居家护理'))
    o = org('hz', '上海汇智增材科技有限公司', 'company', '310113', '葛明', '有限责任公司', '2019年5月30日', 130,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('6-18-01-13', '增材制造设备操作员', [4, 3, 2])], ind='jxw', dl_dist='宝山区',
                 noseal=['ind'], verdict='review', causes=['seal_missing'], defects=['行业主管部门推荐函无印章'],
                 why='Industry letter carries no seal.', house='word2', business='3D打印设备与服务'))
    o = org('lj', '上海蓝鲸数字科技有限公司', 'company', '310112', '柏文涛', '有限责任公司', '2021年1月5日', 131,
            regtype='有限责任公司（自然人投资或控股）', bad='c18')
    out.append(P(name=o['name'], org=o, apps=[L('4-04-05-10', '数字孪生应用技术员', [4, 3])], ind='jxw', dl_dist='闵行区',
                 verdict='review', causes=['credit_code_checksum'], defects=['统一社会信用代码第18位校验码不符'],
                 why='Credit code fails the position-18 check (consistently printed everywhere).', house='tech', business='工业数字孪生平台'))
    o = org('bj', '上海市保洁服务行业协会', 'shetuan', '310106', '陶振华', '社会团体', '2003年9月12日', 132,
            scope='行业自律、培训、交流、咨询服务')
    out.append(P(name=o['name'], org=o, apps=[L('4-09-08-01', '保洁员', [5, 4, 3])], ind='lhsr', dl_dist='静安区',
                 verdict='review', causes=['social_organisation'], defects=['申报单位为社会团体（代码51），需核实是否已与政府部门脱钩'],
                 why='社会团体 applicant (51); otherwise complete.', house='assoc', business='保洁行业自律与培训'))
    o = org('jy', '上海佳音听力验配中心有限公司', 'company', '310117', '翁佳', '有限责任公司', '2014年4月14日', 133,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('4-14-03-01', '助听器验配师', [4, 3, 2])], ind='ylqx', dl_dist='松江区',
                 photobad=['reg'], verdict='review', causes=['unreadable_material'], defects=['营业执照仅有一张模糊、昏暗的手机照片，无法辨认'],
                 why='Licence only as a dark blurred phone photo.', house='school', business='听力检测与助听器验配'))
    o = org('jn', '上海聚能管道工程有限公司', 'company', '310120', '符建军', '有限责任公司', '2010年10月20日', 134,
            regtype='有限责任公司（自然人投资或控股）')
    out.append(P(name=o['name'], org=o, apps=[L('6-29-03-04', '管工', [4, 3, 2])], ind='zjw', dl_dist='奉贤区',
                 noseal=['reg'], verdict='review', causes=['seal_missing'], defects=['营业执照复印件未加盖单位公章'],
                 why='Licence copy carries no company seal.', house='group2', business='工业管道安装'))
    o = org('mt', '上海明途职业技能培训学校', 'minfei', '310118', '鲍家声', '民办非企业单位', '2016年12月12日', 135, bad='org',
            scope='药物制剂等职业技能培训')
    out.append(P(name=o['name'], org=o, apps=[L('6-12-03-00', '药物制剂工（颗粒剂制备）', [5, 4, 3])], ind=dict(name='上海市药品监督管理局', self='局', abbr='沪药监'),
                 dl_dist='青浦区', verdict='review', causes=['credit_code_checksum'], defects=['统一社会信用代码内嵌组织机构代码校验位不符（第18位校验通过）'],
                 why='Credit code passes mod-31 but its embedded GB 11714 check digit fails.', house='odt', business='药物制剂技能培训'))
    return out
