#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final13 blind corpus: packages/W01-…zip … W36-…zip and key.json.

    python3 generate.py          # ~8 minutes (LibreOffice, Chromium, Ghostscript, pdftoppm, ocrmypdf)

Content is deterministic (seeded random); PDF byte streams contain timestamps from the tools.
"""
import os, sys, json, random, shutil, subprocess, zipfile, io, copy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_render import *          # noqa
from gen_content import *         # noqa

OUT = os.path.join(HERE, 'packages')
BUILD = os.path.join(HERE, 'build')
SEED = 20250113
RNG = random.Random(SEED)

DIST = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107', '虹口区': '310109',
        '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114', '浦东新区': '310115', '金山区': '310116',
        '松江区': '310117', '青浦区': '310118', '奉贤区': '310120', '崇明区': '310151'}

# ====================================================================== organisations
FAM = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIV = ['建华', '志明', '秀英', '丽娟', '国强', '海燕', '文杰', '晓东', '春梅', '立军', '美玲', '振华', '玉兰', '永刚', '佳怡', '子涵', '浩然', '思远', '雅琴', '德明']


def person(r):
    return r.choice(FAM) + r.choice(GIV)


def org(key, name, kind, district, nature, scope, type_line='', code_style='MA', bad=None, region=None, prefix=None,
        supervisor='', capital=None, founded=None, intro=None, reg_auth=None, addr=None, site=None, site_district=None):
    r = random.Random(key)
    pre = prefix or {'licence': '91', 'foreign': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[kind]
    reg = region or DIST.get(district, '310000')
    code = make_code(r, pre, reg, code_style, bad)
    roads = ['张江路', '长阳路', '漕溪北路', '天山路', '江场路', '曹杨路', '四平路', '七莘路', '沪太路', '城中路', '龙吴路', '卫清西路', '新松江路', '华青路', '南桥路', '八一路']
    addr = addr or '上海市%s%s%d号%d幢%d层' % (district, r.choice(roads), r.randint(10, 1999), r.randint(1, 9), r.randint(1, 12))
    site = site or addr.replace('层', '层（考核点）')
    return dict(key=key, name=name, code=code, kind=kind, district=district, site_district=site_district or district,
                nature=nature, scope=scope, type_line=type_line, rep=person(r), contact=person(r),
                phone='021-%d' % r.randint(50000000, 69999999) if r.random() < 0.5 else '13%d' % r.randint(100000000, 999999999),
                addr=addr, site=site, founded=founded or '%d年%02d月%02d日' % (r.randint(2003, 2019), r.randint(1, 12), r.randint(1, 28)),
                staff=r.randint(6, 18), area=r.randint(380, 2600), capital=capital or '人民币%d万元整' % r.choice([100, 200, 500, 1000, 3000]),
                reg_auth=reg_auth or ({'minfei': '上海市%s民政局' % district, 'shetuan': '上海市社会团体管理局', 'shiye': '上海市事业单位登记管理局'}.get(kind, '上海市%s市场监督管理局' % district)),
                nonprofit=kind in ('minfei', 'shetuan', 'shiye'), supervisor=supervisor,
                cpas=(person(r), person(r)), seq=r.randint(100, 999), seq_code='%016d' % r.randint(10 ** 15, 10 ** 16 - 1),
                ind_contact=person(r), ind_phone='021-%d' % r.randint(23110000, 23119999),
                intro=intro or '%s成立于%s，主要从事%s等业务，现有员工%d人，其中专职培训和评价人员%d人，年均开展培训%d人次。' % (
                    name, '', scope.split('；')[0][:40], r.randint(30, 400), r.randint(6, 30), r.randint(800, 9000)))


def fix_intro(o):
    o['intro'] = o['intro'].replace('成立于，', '成立于%s，' % o['founded'])
    return o


O = {}
def add(o):
    O[o['key']] = fix_intro(o)

LTD = '有限责任公司（自然人投资或控股）'
add(org('hudong', '上海沪东职业技能培训学校', 'minfei', '杨浦区', '民办非企业单位', '职业技能培训（保洁、物业服务、家政服务等）', code_style='MJ', supervisor='上海市杨浦区人力资源和社会保障局', capital='人民币50万元'))
add(org('shenke', '上海申科数字技术有限公司', 'licence', '浦东新区', '有限责任公司', '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；数字技术服务；人工智能应用软件开发', LTD))
add(org('lanwan', '上海岚湾化工科技有限公司', 'licence', '金山区', '有限责任公司', '许可项目：危险化学品生产；一般项目：化工产品销售（不含许可类化工产品）；技术服务；业务培训（不含教育培训、职业技能培训等需取得许可的培训）', '其他有限责任公司'))
add(org('kangyi', '上海康颐护理服务有限公司', 'licence', '静安区', '有限责任公司', '一般项目：养老服务；护理机构服务（不含医疗服务）；家政服务；健康咨询服务（不含诊疗服务）', LTD))
add(org('huizhi', '上海汇智信用管理咨询有限公司', 'licence', '黄浦区', '有限责任公司', '一般项目：信用服务；企业征信业务；企业管理咨询；信息咨询服务（不含许可类信息咨询服务）；会议及展览服务', LTD))
add(org('bost', '博思特（上海）增材制造技术有限公司', 'foreign', '嘉定区', '外商投资企业', '一般项目：增材制造装备制造；3D打印服务；3D打印基础材料销售；技术服务；货物进出口', '有限责任公司（外商投资、非独资）', capital='美元500万元'))
add(org('beizhan', '上海北站物业管理有限公司', 'licence', '静安区', '有限责任公司', '一般项目：物业管理；专业保洁、清洗、消毒服务；城市生活垃圾经营性服务；园林绿化工程施工', LTD, region='310108', reg_auth='上海市静安区市场监督管理局'))
add(org('shengui', '上海申轨信号技术服务有限公司', 'licence', '闵行区', '有限责任公司', '一般项目：城市轨道交通设备制造；轨道交通通信信号系统开发；技术服务；职业技能培训（不含需取得许可的培训）', '有限责任公司（非自然人投资或控股的法人独资）'))
add(org('huashan', '上海华膳餐饮管理有限公司', 'licence', '长宁区', '有限责任公司', '许可项目：餐饮服务；食品销售；一般项目：餐饮管理；食品安全管理咨询；企业管理咨询', LTD))
add(org('yingyang', '上海市普陀区营养与健康促进中心', 'minfei', '普陀区', '民办非企业单位', '营养健康知识普及、营养咨询、营养配餐指导与培训', code_style='MJ', supervisor='上海市普陀区卫生健康委员会', capital='人民币30万元'))
add(org('tanheng', '上海碳衡环境科技有限公司', 'licence', '青浦区', '有限责任公司', '一般项目：碳减排、碳转化、碳捕捉、碳封存技术研发；温室气体排放控制技术研发；环保咨询服务；节能管理服务', LTD))
add(org('yaogu', '上海药谷制药有限公司', 'licence', '奉贤区', '有限责任公司', '许可项目：药品生产；药品委托生产；一般项目：技术服务、技术开发；医学研究和试验发展', '有限责任公司（港澳台投资、非独资）'))
# fail orgs
add(org('jingcheng', '上海精诚保健服务有限公司', 'licence', '虹口区', '有限责任公司', '一般项目：养生保健服务（非医疗）；中医养生保健服务（非医疗）；健康咨询服务（不含诊疗服务）', LTD))
add(org('ruidi', '昆山瑞迪环保科技有限公司', 'licence', '嘉定区', '有限责任公司', '一般项目：建筑节能技术服务；节能管理服务；合同能源管理；环保咨询服务', LTD, region='320583', reg_auth='昆山市市场监督管理局',
        addr='江苏省昆山市花桥镇徐公桥路88号6幢', site='上海市嘉定区安亭镇墨玉南路1018号（考核点）'))
add(org('songjian', '上海市松江区政务服务技能评价中心', 'shiye', '松江区', '事业单位', '承担政务服务人员培训与技能评价的事务性工作', code_style='num', supervisor='上海市松江区人民政府办公室', capital='人民币120万元'))
add(org('jiahe', '上海家和家政服务有限公司', 'licence', '宝山区', '有限责任公司', '一般项目：家政服务；专业保洁、清洗、消毒服务；母婴生活护理（不含医疗服务）；养老服务', LTD))
add(org('ruisi', '上海锐思科技咨询有限公司', 'licence', '徐汇区', '有限责任公司', '一般项目：科技中介服务；技术服务、技术开发、技术咨询；知识产权服务（专利代理服务除外）', LTD))
add(org('renxin', '上海仁心医疗护理服务有限公司', 'licence', '普陀区', '有限责任公司', '一般项目：护理机构服务（不含医疗服务）；养老服务；健康咨询服务（不含诊疗服务）；家政服务', LTD))
add(org('anjia', '上海安家物业服务有限公司', 'licence', '奉贤区', '有限责任公司', '一般项目：物业管理；专业保洁、清洗、消毒服务；停车场服务', LTD))
add(org('meise', '上海美色形象设计有限公司', 'licence', '长宁区', '有限责任公司', '一般项目：个人形象设计服务；服装服饰零售；专业设计服务；组织文化艺术交流活动', LTD))
add(org('shenghua', '上海声华听力科技有限公司', 'licence', '青浦区', '有限责任公司', '一般项目：助听器销售；第二类医疗器械销售；健康咨询服务（不含诊疗服务）', LTD, site='江苏省太仓市浏河镇新塘路26号（考核点）'))
add(org('jincheng', '上海锦程房地产经纪有限公司', 'licence', '闵行区', '有限责任公司', '一般项目：房地产经纪；房地产咨询；市场营销策划；住房租赁', LTD))
add(org('jiangxin', '上海匠心管道工程有限公司', 'licence', '宝山区', '有限责任公司', '许可项目：建设工程施工；一般项目：管道安装；给排水设备销售；职业技能培训（不含需取得许可的培训）', LTD))
add(org('shuan', '上海数安信息技术有限公司浦东分公司', 'branch', '浦东新区', '分公司', '一般项目：信息系统集成服务；网络与信息安全软件开发；数据处理服务（以隶属企业经营范围为准）', '有限责任公司分公司（自然人投资或控股）'))
add(org('regong', '上海热工计量检测技术有限公司', 'licence', '松江区', '有限责任公司', '许可项目：检验检测服务；一般项目：计量技术服务；仪器仪表修理；技术服务', LTD))
# review orgs
add(org('lvlang', '上海绿廊园艺有限公司', 'licence', '崇明区', '有限责任公司', '一般项目：园艺产品种植；花卉种植；盆景制作与销售；园林绿化工程施工', LTD))
add(org('yida', '上海易达政务服务外包有限公司', 'licence', '黄浦区', '有限责任公司', '一般项目：业务流程外包；政务服务辅助性工作；人力资源服务（不含职业中介活动、劳务派遣服务）', LTD))
add(org('qiming', '上海启明社区健康服务有限公司', 'licence', '徐汇区', '有限责任公司', '一般项目：健康咨询服务（不含诊疗服务）；养老服务；社区卫生服务辅助', LTD))
add(org('chayu', '上海茶语餐饮管理有限公司', 'licence', '静安区', '有限责任公司', '许可项目：餐饮服务；一般项目：餐饮管理；食品销售（仅销售预包装食品）', LTD))
add(org('shian', '上海食安卫士科技有限公司', 'licence', '嘉定区', '有限责任公司', '一般项目：食品安全管理咨询；检验检测技术服务；软件开发', LTD))
add(org('xinglian', '上海星链数据科技有限公司', 'licence', '杨浦区', '有限责任公司', '一般项目：数据处理服务；网络与信息安全软件开发；信息系统运行维护服务', LTD, bad='pos18'))
add(org('penjing', '上海市盆景赏石协会', 'shetuan', '黄浦区', '社会团体', '盆景赏石艺术研究、交流、展览、培训、咨询服务', code_style='num', supervisor='上海市绿化和市容管理局', capital='人民币10万元'))
add(org('yuanhang', '上海远航药业有限公司', 'licence', '浦东新区', '有限责任公司', '许可项目：药品生产；一般项目：医学研究和试验发展；技术服务', '其他有限责任公司'))
add(org('chengyun', '上海城运环境服务有限公司', 'licence', '宝山区', '有限责任公司', '一般项目：城市生活垃圾经营性服务；环境卫生公共设施安装服务；专业保洁、清洗、消毒服务', LTD))
add(org('weilai', '上海嘉定未来职业技能培训中心', 'minfei', '嘉定区', '民办非企业单位', '职业技能培训（碳排放管理、节能环保类）', code_style='MJ', bad='embedded', supervisor='上海市嘉定区人力资源和社会保障局', capital='人民币60万元'))

assert all(valid_code(o['code']) for k, o in O.items() if k not in ('xinglian', 'weilai'))
assert not valid_code(O['xinglian']['code']) and not valid_code(O['weilai']['code'])

# industry authorities: (issuer, docno prefix, seal bottom)
AUTH = {
    'lvrong': ('上海市绿化和市容管理局', '沪绿容函'), 'jingxin': ('上海市经济和信息化委员会', '沪经信职函'),
    'huaqu': ('上海化学工业区管理委员会', '沪化管函'), 'weijian': ('上海市卫生健康委员会', '沪卫职函'),
    'fagai': ('上海市发展和改革委员会', '沪发改信用函'), 'shangwu': ('上海市商务委员会', '沪商服函'),
    'shengtai': ('上海市生态环境局', '沪环气函'), 'yaojian': ('上海市药品监督管理局', '沪药监函'),
    'zhujian': ('上海市住房和城乡建设管理委员会', '沪建人函'), 'shijian': ('上海市市场监督管理局', '沪市监计函'),
    'kewei': ('上海市科学技术委员会', '沪科函'),
}


# ====================================================================== packages
def A(name, levels):
    return dict(code=OCC[name]['code'], name=name, levels=sorted(levels, reverse=True))


SPECS = []


def P(**kw):
    SPECS.append(kw)


# ---------------- pass
P(k='hudong', apps=[A('保洁员', [5, 4, 3])], verdict='pass', causes=[], defects=[],
  why='民办非企业单位（52，杨浦），全部材料齐全可读：两封推荐函加盖公章、2022与2023两年审计报告（业务活动表）、民非登记证书复印件加盖公章、三个等级各两套样题。',
  base='docx', naming='num_dirs', af='tick', il='gov', ind='lvrong', dl='gov', cr='xyzg', au=('digits', 'digits'),
  wp='std', wp_combined=False, pl='list', ig='two', ip='para', sp='yt', sp_layout='per_set', cert='rl', extras=['toc'])
P(k='shenke', apps=[A('数字孪生应用技术员', [4, 3, 2]), A('数字化解决方案设计师', [4, 3])], verdict='pass', causes=[], defects=[],
  why='两个职业、5个等级；网页系统打印的申请表（等级以４级/３级全角数字列出），评价方案为合并单元格表格，每个等级样题A/B两套；GBK文件名的zip。',
  base='html', naming='notice', gbk=True, af='web', il='headonly', ind='jingxin', dl='table', cr='zx', au=('digits', 'titleonly'),
  wp='staff', wp_combined=True, pl='para', ig='self', ip='table', sp='ab', sp_layout='per_occ', cert='html')
P(k='lanwan', apps=[A('化工总控工', [5, 4, 3])], verdict='pass', causes=[], defects=[],
  why='文本PDF（LibreOffice导出）经Ghostscript重写；两封推荐函和营业执照复印件为清晰的灰度扫描件（印章呈灰色，仍视为盖章），审计报告2022、2023齐全。',
  base='docx', gs=True, naming='orgdir', af='range', il='gov', ind='huaqu', dl='short', cr='xyzg', au=('cn', 'digits'),
  wp='numbered', wp_combined=False, pl='list', ig='two', ip='chapters', sp='tao', sp_layout='per_level', cert='rl',
  scan_kinds={'industry_letter': 'gray', 'district_letter': 'gray', 'registration_certificate': 'gray'})
P(k='kangyi', apps=[A('医疗护理员', [5, 4])], verdict='pass', causes=[], defects=[],
  why='所有盖章材料均为扫描件：信用报告和承诺书带不可见OCR文字层，推荐函、廉洁责任书为清晰彩色/灰度图像扫描件；内容齐全。',
  base='rl', naming='scanner', af='names', il='yijian', ind='weijian', dl='gov', cr='pboc', au=('digits', 'digits'),
  wp='std', wp_combined=False, pl='para', ig='two', ip='para', sp='paren', sp_layout='per_level', cert='rl',
  scan_kinds={'industry_letter': 'color', 'district_letter': 'gray', 'integrity_letter': 'gray', 'registration_certificate': 'color',
              'credit_report': 'ocr', 'pledge': 'ocrmypdf'})
P(k='huizhi', apps=[A('信用管理师', [4, 3, 2, 1])], verdict='pass', causes=[], defects=[],
  why='一个大PDF《申报材料汇编》包含申请表、两封推荐函、信用报告、两年审计报告、营业执照、工作方案、承诺书、廉洁责任书和实施方案；样题另附，四个等级各两套。',
  base='html', naming='bigpdf', af='page2', il='gov', ind='fagai', dl='head2', cr='zx', au=('digits', 'digits'),
  wp='std', pl='list', ig='two', ip='table', sp='moni', sp_layout='per_level', cert='html')
P(k='bost', apps=[A('增材制造设备操作员', [5, 4, 3])], verdict='pass', causes=[], defects=[],
  why='外商投资企业（类型：有限责任公司（外商投资、非独资）），嘉定；样题装在内层zip中；含__MACOSX垃圾文件；行业协会推荐书。',
  base='rlcid', naming='num_dirs', macosx=True, nested='samples', af='tick', il='assoc', ind=('上海市增材制造行业协会', '沪增材协'),
  dl='gov', cr='xyzg', au=('digits', 'digits'), wp='staff', wp_combined=False, pl='list', ig='self', ip='table', sp='skill',
  sp_layout='per_set', cert='rl', answers=True)
P(k='beizhan', apps=[A('保洁员', [5, 4]), A('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], verdict='pass', causes=[], defects=[],
  why='信用代码行政区划为历史代码310108（原闸北区），仍属上海；两个职业；附现场照片（模糊）和平面图等其他材料，不影响结论。',
  base='odt', naming='notice', af='names', il='gov', ind='lvrong', dl='gov', cr='zx', au=('digits', 'cn'),
  wp='numbered', wp_combined=True, pl='list', ig='two', ip='chapters', sp='paren', sp_layout='per_occ', cert='rl',
  extras=['photo_bad', 'floorplan'])
P(k='shengui', apps=[A('轨道交通信号工（城市轨道交通信号工）', [4, 3, 2])], verdict='pass', causes=[], defects=[],
  why='集团子公司：行业（上级）推荐材料为母公司上海申轨交通集团有限公司的批复；营业执照为清晰的彩色扫描件；闵行区人社局推荐函。',
  base='docx', naming='flat_fj', af='page2', il='pifu', ind=('上海申轨交通集团有限公司', '申轨集'), dl='short', cr='xyzg',
  au=('titleonly', 'titleonly'), wp='std', wp_combined=False, pl='para', ig='two', ip='para', sp='skill', sp_layout='per_level',
  cert='rl', scan_kinds={'registration_certificate': 'color'})
P(k='huashan', apps=[A('调饮师', [5, 4, 3]), A('食品安全管理师', [4, 3])], verdict='pass', causes=[], defects=[],
  why='申请表的职业表在第2页；信用报告多页、记录表在最后一页（均未查见）；样题附参考答案和答题卡。',
  base='html', naming='orgdir', af='page2', il='gov', ind='shangwu', dl='gov', cr='xyzg', au=('digits', 'digits'),
  wp='staff', wp_combined=True, pl='list', ig='two', ip='para', sp='tao', sp_layout='per_level', cert='html', answers=True,
  mixed={'audit_report': 'rl', 'credit_report': 'rl'})
P(k='yingyang', apps=[A('营养师（公共营养师）', [4, 3, 2])], verdict='pass', causes=[], defects=[],
  why='民办非企业单位（52，普陀），业务主管单位推荐函；审计报告为业务活动表格式；ODT导出；评价方案按章节。',
  base='odt', naming='num_dirs', af='range', il='gov', ind='weijian', dl='table', cr='pboc', au=('cn', 'cn'),
  wp='staff', wp_combined=False, pl='para', ig='self', ip='chapters', sp='yt', sp_layout='per_level', cert='rl')
P(k='tanheng', apps=[A('碳排放管理员', [5]), A('碳排放管理员（碳排放核算员）', [4, 3])], verdict='pass', causes=[], defects=[],
  why='申请表只有一份清晰的图像扫描件（无文字层，需OCR），其余文本PDF；GBK文件名zip；碳排放管理员五级与核算员四、三级均在通知范围内。',
  base='rl', naming='flat_fj', gbk=True, af='range', il='headonly', ind='shengtai', dl='head2', cr='zx', au=('digits', 'digits'),
  wp='numbered', wp_combined=True, pl='list', ig='two', ip='table', sp='moni', sp_layout='per_set', cert='rl',
  scan_kinds={'application_form': 'gray', 'registration_certificate': 'gray'})
P(k='yaogu', apps=[A('药物制剂工（片剂制备）', [5, 4, 3]), A('药物制剂工（颗粒剂制备）', [4, 3])], verdict='pass', causes=[], defects=[],
  why='实施方案和工作方案以可编辑.docx提交（非签章材料，可读）；承诺书、廉洁责任书、推荐函为盖章PDF；审计报告年份为中文数字。',
  base='docx', naming='orgdir', af='range', il='gov', ind='yaojian', dl='gov', cr='xyzg', au=('cn', 'cn'),
  wp='std', wp_combined=False, pl='list', ig='two', ip='table', sp='ab', sp_layout='per_occ', cert='rl',
  rawdocx_kinds=['work_plan', 'implementation_plan'])

# ---------------- fail
P(k='jingcheng', apps=[A('保健调理师（保健艾灸师）', [5, 4, 3])], verdict='fail', causes=['missing_material'],
  defects=['审计报告只有2021年度和2023年度，缺少2022年度审计报告（近两年应为2022、2023）'],
  why='近两年财务审计报告缺2022年度：提交的是2021年度和2023年度。',
  base='html', naming='num_dirs', af='tick', il='gov', ind='weijian', dl='gov', cr='xyzg', au=('digits', 'digits'), audit_years=(2021, 2023),
  wp='std', wp_combined=False, pl='list', ig='two', ip='para', sp='yt', sp_layout='per_level', cert='html')
P(k='ruidi', apps=[A('建筑节能减排咨询师', [4, 3])], verdict='fail', causes=['non_shanghai_code'],
  defects=['统一社会信用代码 %s 的登记管理机关行政区划为320583（江苏昆山），非上海登记' % O['ruidi']['code']],
  why='申报主体在江苏省昆山市登记（代码第3-8位320583），不是本市依法登记的法人；考核点虽在嘉定区。',
  base='rl', naming='orgdir', af='range', il='gov', ind='zhujian', dl='gov', cr='pboc', au=('digits', 'digits'),
  wp='numbered', wp_combined=True, pl='para', ig='self', ip='para', sp='paren', sp_layout='per_level', cert='rl',
  scan_kinds={'registration_certificate': 'color'})
P(k='songjian', apps=[A('政务服务办事员', [5, 4, 3])], verdict='fail', causes=['public_institution'],
  defects=['申报单位为事业单位：代码类别12，登记证书为事业单位法人证书（举办单位松江区人民政府办公室）'],
  why='事业单位（政府所属）不能申报。',
  base='docx', naming='flat_fj', af='names', il='gov', ind=('上海市松江区人民政府办公室', '松府办函'), dl='short', cr='zx', au=('cn', 'cn'),
  wp='std', wp_combined=False, pl='list', ig='two', ip='para', sp='yt', sp_layout='per_level', cert='rl')
P(k='jiahe', apps=[A('保洁员', [5, 4]), A('育婴员', [5, 4, 3])], verdict='fail', causes=['occupation_not_in_notice'],
  defects=['申报职业“育婴员（4-10-01-02）”不在通知附件48个职业（工种）范围内'],
  why='同时申报保洁员（在范围内）和育婴员（不在范围内）。',
  base='odt', naming='notice', af='tick', il='assoc', ind=('上海市家庭服务业行业协会', '沪家协'), dl='table', cr='shweb', au=('digits', 'digits'),
  wp='numbered', wp_combined=False, pl='para', ig='two', ip='table', sp='moni', sp_layout='per_occ', cert='rl')
P(k='ruisi', apps=[A('科技咨询师', [4, 3])], verdict='fail', causes=['level_not_allowed'],
  defects=['科技咨询师在通知中只开放三级、二级、一级，申请表申报了四级'],
  why='申报等级超出通知范围（科技咨询师四级）。',
  base='html', naming='orgdir', af='page2', il='gov', ind='kewei', dl='head2', cr='shweb', au=('digits', 'titleonly'),
  wp='staff', wp_combined=True, pl='list', ig='two', ip='table', sp='ab', sp_layout='per_level', cert='html')
P(k='renxin', pid='renxin-a', apps=[A('医疗护理员', [5, 4, 3])], verdict='fail', causes=['duplicate_application'],
  defects=['同一单位（%s）在本语料中另有一个包也申报医疗护理员' % O['renxin']['code']],
  why='上海仁心医疗护理服务有限公司两次申报医疗护理员（另一包申报二级、一级及社群健康助理员），两包均不通过。',
  base='rl', naming='num_dirs', af='tick', il='gov', ind='weijian', dl='gov', cr='xyzg', au=('digits', 'digits'),
  wp='std', wp_combined=False, pl='list', ig='two', ip='para', sp='yt', sp_layout='per_level', cert='rl')
P(k='renxin', pid='renxin-b', apps=[A('医疗护理员', [2, 1]), A('社群健康助理员', [4, 3])], verdict='fail', causes=['duplicate_application'],
  defects=['同一单位（%s）在本语料中另有一个包也申报医疗护理员' % O['renxin']['code']],
  why='同一单位再次申报医疗护理员（本包为二级、一级），与另一包重复，两包均不通过。',
  base='docx', naming='scanner', af='names', il='yijian', ind='weijian', dl='short', cr='zx', au=('cn', 'digits'),
  wp='numbered', wp_combined=True, pl='para', ig='self', ip='chapters', sp='tao', sp_layout='per_level', cert='rl',
  scan_kinds={'registration_certificate': 'gray'})
P(k='anjia', apps=[A('保洁员', [5, 4, 3])], verdict='fail', causes=['credit_penalty'],
  defects=['信用报告“行政处罚”查见 2 条（奉贤区市场监督管理局、奉贤区城市管理行政执法局），记录明细列于表中'],
  why='信用报告列有行政处罚记录。',
  base='rl', naming='notice', af='range', il='gov', ind='lvrong', dl='short', cr='xyzg', au=('digits', 'digits'),
  records=[('行政处罚', '2023-08-17', '沪市监奉处〔2023〕262023001234号', '未按规定公示年度报告相关信息，罚款人民币5000元', '上海市奉贤区市场监督管理局'),
           ('行政处罚', '2024-04-02', '第2320240402015号', '作业时违反规定倾倒垃圾，罚款人民币2000元', '上海市奉贤区城市管理行政执法局')],
  wp='numbered', wp_combined=False, pl='list', ig='two', ip='para', sp='paren', sp_layout='per_level', cert='rl')
P(k='meise', apps=[A('色彩搭配师', [4, 3, 2])], verdict='fail', causes=['letter_wrong_organisation'],
  defects=['行业推荐书推荐的是“上海美色文化传播有限公司”，不是申报单位上海美色形象设计有限公司'],
  why='行业主管部门（协会）推荐函推荐的是另一家单位。',
  base='html', naming='flat_fj', af='tick', il='assoc', ind=('上海市服装行业协会', '沪服协'), other_name='上海美色文化传播有限公司',
  dl='gov', cr='zx', au=('digits', 'digits'), wp='std', wp_combined=True, pl='para', ig='two', ip='table', sp='yt', sp_layout='per_level', cert='html')
P(k='shenghua', apps=[A('助听器验配师', [4, 3])], verdict='fail', causes=['district_letter_not_shanghai'],
  defects=['考核点所在地推荐函由江苏省太仓市人力资源和社会保障局出具，非本市区人社部门'],
  why='区人社部门推荐函来自太仓市人社局（考核点在太仓），不是上海的区人社局。',
  base='rl', naming='orgdir', af='names', il='gov', ind='weijian', dl='gov', bureau='太仓市人力资源和社会保障局', bureau_docno='太人社函〔2025〕9号',
  cr='shweb', au=('digits', 'digits'), wp='numbered', wp_combined=False, pl='list', ig='self', ip='para', sp='ab', sp_layout='per_level', cert='rl')
P(k='jincheng', apps=[A('房地产策划师', [4, 3, 2])], verdict='fail', causes=['name_mismatch'],
  defects=['申请表、推荐函等写“上海锦程房地产经纪有限公司”，营业执照和信用报告为“上海锦程房地产顾问有限公司”（同一代码）'],
  why='申请表与营业执照/信用报告上的单位名称不一致。',
  base='docx', naming='num_dirs', af='range', il='assoc', ind=('上海市房地产行业协会', '沪房协'), alt_name='上海锦程房地产顾问有限公司',
  dl='gov', cr='zx', au=('digits', 'digits'), wp='std', wp_combined=False, pl='list', ig='two', ip='table', sp='moni', sp_layout='per_level', cert='rl')
P(k='jiangxin', apps=[A('管工', [5, 4, 3])], verdict='fail', causes=['single_sample_set'],
  defects=['管工三级只有一套样题（五级、四级各两套）'],
  why='三级样题只提交了一套。',
  base='odt', naming='flat_fj', af='tick', il='gov', ind='zhujian', dl='short', cr='pboc', au=('digits', 'digits'),
  wp='staff', wp_combined=True, pl='para', ig='two', ip='chapters', sp='skill', sp_layout='per_set', cert='rl', single_set_level=3)
P(k='shuan', apps=[A('网络与信息安全管理师（数据安全管理员）', [4, 3])], verdict='fail', causes=['branch_not_legal_person'],
  defects=['营业执照类型为“有限责任公司分公司（自然人投资或控股）”，申报主体为分公司，不是独立法人'],
  why='分公司不具备独立法人资格。',
  base='html', naming='notice', af='web', il='gov', ind='jingxin', dl='gov', cr='zx', au=('digits', 'digits'),
  wp='std', wp_combined=False, pl='list', ig='two', ip='para', sp='paren', sp_layout='per_level', cert='html')
P(k='regong', apps=[A('计量员（热工计量员）', [4, 3])], verdict='fail', causes=['credit_dishonest', 'encrypted'],
  defects=['信用报告（记录表在最后一页）“失信被执行人”查见 1 条', '样题《四级第二套》PDF加密无法打开（另有复核项，但失信记录已构成否决）'],
  why='信用报告列有失信被执行人记录；另有一份加密样题属待复核问题，但否决项优先。',
  base='rl', naming='num_dirs', af='tick', il='gov', ind='shijian', dl='table', cr='xyzg', au=('digits', 'cn'),
  records=[('失信被执行人', '2024-06-21', '（2024）沪0117执1893号', '未履行生效法律文书确定的给付义务', '上海市松江区人民法院')],
  wp='numbered', wp_combined=True, pl='list', ig='self', ip='table', sp='tao', sp_layout='per_set', cert='rl', encrypt_sample=(4, 2))

# ---------------- review
P(k='lvlang', apps=[A('盆景师', [5, 4, 3])], verdict='review', causes=['encrypted'],
  defects=['信用报告PDF有打开密码，无法读取，且无其他可读副本'],
  why='唯一的信用报告被加密，需人工获取密码查看。',
  base='rl', naming='orgdir', af='range', il='yijian', ind='lvrong', dl='gov', cr='xyzg', au=('digits', 'digits'),
  wp='numbered', wp_combined=False, pl='list', ig='two', ip='chapters', sp='yt', sp_layout='per_level', cert='rl', encrypt_kind='credit_report')
P(k='yida', apps=[A('政务服务办事员', [5, 4])], verdict='review', causes=['corrupt'],
  defects=['2022年度审计报告PDF截断损坏，无法打开'],
  why='2022年度审计报告文件损坏（上传中断），需人工核实。',
  base='html', naming='num_dirs', af='tick', il='assoc', ind=('上海市服务外包行业协会', '沪服外协'), dl='gov', cr='zx', au=('digits', 'digits'),
  wp='std', wp_combined=True, pl='para', ig='two', ip='table', sp='ab', sp_layout='per_level', cert='html', corrupt_audit=2022)
P(k='qiming', apps=[A('社群健康助理员', [4, 3])], verdict='review', causes=['unreadable_scan'],
  defects=['徐汇区人社局推荐函只有一份极淡、模糊的低分辨率扫描件，无法辨认'],
  why='区人社部门推荐函不可读，需人工查看原件。',
  base='docx', naming='scanner', af='names', il='gov', ind='weijian', dl='gov', cr='shweb', au=('digits', 'digits'),
  wp='numbered', wp_combined=False, pl='list', ig='two', ip='chapters', sp='paren', sp_layout='per_level', cert='rl',
  scan_kinds={'district_letter': 'faint', 'industry_letter': 'gray'})
P(k='chayu', apps=[A('调饮师', [5, 4, 3])], verdict='review', causes=['signed_docx_only'],
  defects=['承诺书只有可编辑的.docx文件，无签章版本'],
  why='承诺书为可编辑Word文件，无法确认签字盖章。',
  base='html', naming='orgdir', af='web', il='gov', ind='shangwu', dl='short', cr='shweb', au=('digits', 'digits'),
  wp='staff', wp_combined=False, pl='list', ig='two', ip='para', sp='moni', sp_layout='per_level', cert='html', rawdocx_kinds=['pledge'])
P(k='shian', apps=[A('食品安全管理师', [4, 3, 2])], verdict='review', causes=['seal_missing'],
  defects=['行业主管部门推荐函（上海市市场监督管理局）无公章'],
  why='行业推荐函未盖章，需人工确认。',
  base='rl', naming='flat_fj', af='page2', il='gov', ind='shijian', dl='gov', cr='xyzg', au=('cn', 'digits'),
  wp='staff', wp_combined=False, pl='list', ig='self', ip='chapters', sp='tao', sp_layout='per_level', cert='rl', noseal='industry_letter')
P(k='xinglian', apps=[A('网络与信息安全管理师（数据安全管理员）', [4, 3, 2])], verdict='review', causes=['code_checksum'],
  defects=['统一社会信用代码 %s 第18位校验码不符（各材料一致）' % O['xinglian']['code']],
  why='信用代码校验位不通过，需人工核对（可能是录入错误或真实存在的异常代码）。',
  base='odt', naming='notice', af='tick', il='gov', ind='jingxin', dl='head2', cr='zx', au=('digits', 'digits'),
  wp='std', wp_combined=True, pl='list', ig='two', ip='table', sp='yt', sp_layout='per_set', cert='rl')
P(k='penjing', apps=[A('盆景师', [4, 3, 2, 1])], verdict='review', causes=['social_organisation'],
  defects=['申报单位为社会团体（代码类别51），是否已与政府部门脱钩无法从材料判断'],
  why='社会团体申报，需人工核实是否脱钩；其余材料齐全。',
  base='docx', naming='num_dirs', af='range', il='yijian', ind='lvrong', dl='gov', cr='shweb', au=('digits', 'digits'),
  wp='staff', wp_combined=False, pl='list', ig='two', ip='para', sp='paren', sp_layout='per_level', cert='rl')
P(k='yuanhang', apps=[A('药物制剂工（注射剂制备）', [4, 3])], verdict='review', causes=['seal_missing'],
  defects=['廉洁责任书无乙方公章（仅打印单位名称）'],
  why='廉洁责任书缺少公章。',
  base='html', naming='orgdir', af='tick', il='headonly', ind='yaojian', dl='table', cr='zx', au=('digits', 'digits'),
  wp='std', wp_combined=False, pl='list', ig='two', ip='table', sp='skill', sp_layout='per_level', cert='html', noseal='integrity_letter')
P(k='chengyun', apps=[A('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], verdict='review', causes=['unreadable_photo'],
  defects=['营业执照仅有一张昏暗、模糊、倾斜的手机照片（JPG），无法辨认'],
  why='登记证照只有一张无法辨认的照片，需人工查看。',
  base='rl', naming='scanner', af='names', il='gov', ind='lvrong', dl='head2', cr='pboc', au=('digits', 'digits'),
  wp='numbered', wp_combined=False, pl='para', ig='two', ip='para', sp='yt', sp_layout='per_level', cert='rl', photo_cert=True)
P(k='weilai', apps=[A('碳排放管理员（碳排放监测员）', [4, 3])], verdict='review', causes=['code_checksum'],
  defects=['统一社会信用代码 %s 内嵌组织机构代码校验位（第17位）不符' % O['weilai']['code']],
  why='民非单位信用代码第17位（组织机构代码校验码）错误，需人工核对。',
  base='docx', naming='flat_fj', af='range', il='gov', ind='shengtai', dl='short', cr='shweb', au=('cn', 'cn'),
  wp='std', wp_combined=True, pl='list', ig='two', ip='table', sp='moni', sp_layout='per_level', cert='rl')

from generate_pkg import build_all  # noqa  (package assembly lives in generate_pkg.py)

NOTES = '''- Pass packages with scans: legible 150/200 dpi grayscale or colour scans count like text (letters, licences,
  one application form that exists only as an image scan). Grey seals on grayscale scans count as stamped.
- Unreadable extras (a blurred site photo) never change the verdict (W-package of 上海北站物业管理有限公司).
- 上海北站物业管理有限公司's code carries the historical division 310108 (闸北): still Shanghai → pass.
- The duplicate pair (上海仁心医疗护理服务有限公司, both applying 医疗护理员) fails in both packages.
- 上海热工计量检测技术有限公司 has a fail defect (失信被执行人 查见 1 条) and a review defect (encrypted sample set): fail.
- Codes: all valid per GB 32100 (both checks) except 上海星链数据科技有限公司 (position 18) and
  上海嘉定未来职业技能培训中心 (embedded GB 11714 digit) — review.
- Not made: no CCITT/JBIG2 scans and no WPS/Word-produced PDFs (those producers are not installed here).
'''

if __name__ == '__main__':
    build_all(SPECS, O, AUTH, DIST, OUT, BUILD, SEED)
    from gen_readme import write_readme
    write_readme(HERE, NOTES)
