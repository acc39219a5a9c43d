#!/usr/bin/env python3
"""Blind test corpus final4: writes packages/*.zip and key.json. Deterministic content (random.Random(seed))."""
import os, sys, json, random, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from build import *

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(lib.SCRATCH, 'work')
OUT = os.path.join(HERE, 'packages')

NUMF = {'application_form': '01申请表/', 'industry_letter': '02推荐函/', 'district_letter': '02推荐函/',
        'credit_report': '03信用佐证/', 'audit_report': '03信用佐证/', 'registration_certificate': '03信用佐证/',
        'work_plan': '04工作方案/', 'pledge': '04工作方案/', 'integrity_letter': '04工作方案/',
        'impl': '05实施方案/', 'evaluation_plan': '05实施方案/', 'sample_paper': '05实施方案/样题/', 'other': '06其他材料/'}
NUMF2 = {'application_form': '一、申请表/', 'industry_letter': '二、推荐函/', 'district_letter': '二、推荐函/',
         'credit_report': '三、信用佐证材料/', 'audit_report': '三、信用佐证材料/', 'registration_certificate': '三、信用佐证材料/',
         'work_plan': '四、工作方案/', 'pledge': '四、工作方案/', 'integrity_letter': '四、工作方案/',
         'impl': '五、项目实施方案/', 'evaluation_plan': '五、项目实施方案/', 'sample_paper': '五、项目实施方案/', 'other': '六、其他材料/'}

DIST = {  # district: (full bureau name, short signature, 文号 prefix, letterhead)
    '闵行区': ('上海市闵行区人力资源和社会保障局', '闵行区人社局', '闵人社函'),
    '徐汇区': ('上海市徐汇区人力资源和社会保障局', '徐汇区人社局', '徐人社'),
    '静安区': ('上海市静安区人力资源和社会保障局', '静安区人社局', '静人社函'),
    '浦东新区': ('上海市浦东新区人力资源和社会保障局', '浦东新区人社局', '浦人社'),
    '嘉定区': ('上海市嘉定区人力资源和社会保障局', '嘉定区人社局', '嘉人社函'),
    '宝山区': ('上海市宝山区人力资源和社会保障局', '宝山区人社局', '宝人社'),
    '杨浦区': ('上海市杨浦区人力资源和社会保障局', '杨浦区人社局', '杨人社函'),
    '松江区': ('上海市松江区人力资源和社会保障局', '松江区人社局', '松人社'),
    '长宁区': ('上海市长宁区人力资源和社会保障局', '长宁区人社局', '长人社函'),
    '普陀区': ('上海市普陀区人力资源和社会保障局', '普陀区人社局', '普人社'),
    '青浦区': ('青浦区人力资源和社会保障局', '青浦区人社局', '青人社函'),
    '奉贤区': ('上海市奉贤区人力资源和社会保障局', '奉贤区人社局', '奉人社'),
    '虹口区': ('上海市虹口区人力资源和社会保障局', '虹口区人社局', '虹人社函'),
    '金山区': ('上海市金山区人力资源和社会保障局', '金山区人社局', '金人社'),
    '黄浦区': ('上海市黄浦区人力资源和社会保障局', '黄浦区人社局', '黄人社函'),
    '崇明区': ('上海市崇明区人力资源和社会保障局', '崇明区人社局', '崇人社'),
}
DIVS = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107', '虹口区': '310109',
        '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114', '浦东新区': '310115', '金山区': '310116',
        '松江区': '310117', '青浦区': '310118', '奉贤区': '310120', '崇明区': '310151'}


def dist_opt(district, n, style='formal', **kw):
    full, shortname, pre = DIST[district]
    d = dict(bureau=full, docno=f'{pre}〔2025〕{n}号', style=style)
    d.update(kw)
    return d


OCC = {
    'yl': ('4-14-01-02', '医疗护理员'), 'bj': ('4-09-08-01', '保洁员'), 'xy': ('4-07-02-04', '信用管理师'),
    'tp5': ('4-09-07-04', '碳排放管理员'), 'tphs': ('4-09-07-04', '碳排放管理员（碳排放核算员）'),
    'sa': ('4-03-02-11', '食品安全管理师'), 'ty': ('4-03-02-10', '调饮师'), 'zc': ('6-18-01-13', '增材制造设备操作员'),
    'zw': ('3-01-01-02', '政务服务办事员'), 'gg': ('6-29-03-04', '管工'), 'yy': ('4-14-02-01', '营养师（公共营养师）'),
    'sj': ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）'), 'pj': ('6-12-03-00', '药物制剂工（片剂制备）'),
    'klj': ('6-12-03-00', '药物制剂工（颗粒剂制备）'), 'sz': ('4-04-05-10', '数字孪生应用技术员'),
    'hg': ('6-11-01-03', '化工总控工'), 'sc': ('4-08-08-04', '色彩搭配师'),
}


def A(key, levels, **kw):
    c, n = OCC[key]
    return app(c, n, levels, **kw)


PKGS = []


def pkg(num, short_name, verdict, causes, defects, why, build):
    PKGS.append(dict(num=num, short=short_name, verdict=verdict, causes=causes, defects=defects, why=why, build=build))


SITE = lambda k='site', folder=None, name='考核点现场照片.jpg': dict(key=k, name=name, producer='site', **({'folder': folder} if folder else {}))


def floorplan_blocks(o):
    return [('title', '考核点平面布置示意图'), ('table', [['理论考场A（60㎡）', '理论考场B（60㎡）', '监控室'],
                                                   ['实操考场1（90㎡）', '实操考场2（90㎡）', '候考区']]),
            ('pl', f'地址：{o["site"]}'), ('pl', '视频监控点位：12个，录像保存期限不少于90天。')]


# =============================================================== PASS packages
def p01(rng):
    o = mk_org(rng, '上海仁济康护健康管理有限公司', 'company', DIVS['闵行区'], '周慧敏', '上海市闵行区七莘路1885号3幢201室',
               '上海市闵行区七莘路1885号3幢2层', '2016年4月8日', '闵行区', type='有限责任公司（非自然人投资或控股的法人独资）')
    apps = [A('yl', [5, 4, 3], written='医疗护理员')]
    opt = dict(form=dict(style='one_cell'),
               ind=dict(issuer='上海市卫生健康委员会', docno='沪卫医函〔2025〕9号', topic='医疗护理', style='formal'),
               dist=dict(dist_opt('闵行区', 5), short='闵行区人社局'),
               credit=dict(style='sh'), wp=dict(group='all_in'), impl=dict(evals='in_impl', samples='in_impl', sstyle='paren'),
               names={'reg': '信用报告.pdf', 'credit': '营业执照.pdf', 'form': '1.申请表（盖章版）.pdf'},
               prod={'dist': 'docx:B', 'reg': 'cert:UKAI', 'ind': 'html:gov'},
               extras=[SITE()])
    return o, apps, opt


pkg(1, '上海仁济康护健康管理有限公司', 'pass', [1, 2, 4, 6], [],
    'Complete and eligible; the licence and credit report are saved under each other\'s file names, the district letter is signed 闵行区人社局, and the only image is a site photo.', p01)


def p02(rng):
    o = mk_org(rng, '上海市徐汇区明德职业技能培训学校', 'minfei', DIVS['徐汇区'], '蒋国平', '上海市徐汇区龙华中路596号6楼',
               '上海市徐汇区龙华中路596号6楼', '2012年9月3日', '徐汇区', sponsor='上海市徐汇区人力资源和社会保障局',
               capital='人民币30万元', scope='保洁、家政、物业服务类职业技能培训')
    apps = [A('bj', [5, 4, 3], written='保洁员', lvstyle='cn')]
    top = o['name'] + '/'
    opt = dict(form=dict(style='range'),
               ind=dict(issuer='上海市物业管理行业协会', docno='沪物协〔2025〕3号', topic='物业保洁', style='recbook'),
               dist=dict(dist_opt('徐汇区', 12, 'opinion')),
               credit=dict(style='xyzg'), audit=dict(yearfmt='cn'),
               wp=dict(group='separate'), impl=dict(evals='one_file', samples='per_level', sstyle='nobracket'),
               prod={'ind': 'html:kai', 'dist': 'html:sans', 'credit': 'html:sans', 'reg': 'cert:WQY', 'pledge': 'docx:E', 'integ': 'docx:E'},
               extras=[dict(key='fp', name='考核点平面图扫描件.pdf', producer='docx:A', blocks=floorplan_blocks(o), post='scan')],
               zip=dict(enc='utf-8', flag=False, top=top, macosx=True))
    return o, apps, opt


pkg(2, '上海市徐汇区明德职业技能培训学校', 'pass', [3, 6], [],
    'Complete package of a 民办非企业单位 (registration certificate without 类型 line, 业务活动表, years written 二〇二三年度, range 五级至三级); the only image-only file is a floor plan under other materials.', p02)


def p03(rng):
    o = mk_org(rng, '上海市信用服务行业协会', 'shetuan', DIVS['静安区'], '范志远', '上海市静安区江场路1228弄3号507室',
               '上海市静安区江场路1228弄3号5楼', '2005年11月18日', '静安区', sponsor='上海市发展和改革委员会',
               capital='人民币10万元', scope='行业自律、信用服务标准制定、信用管理人员培训与评价、咨询服务')
    apps = [A('xy', [4, 3, 2])]
    opt = dict(form=dict(style='landscape_ticks', landscape=True),
               ind=dict(issuer='上海市发展和改革委员会', docno='沪发改信用〔2025〕2号', topic='社会信用体系建设', style='opinion_table'),
               dist=dict(dist_opt('静安区', 3, 'recbook')),
               credit=dict(style='sh'), wp=dict(group='all_in', toc=True), impl=dict(evals='in_impl', samples='per_set', sstyle='juan'),
               prod={'form': 'html:sans', 'ind': 'html:kai', 'dist': 'fodt', 'audit2023': 'docx:D', 'audit2022': 'docx:D', 'impl': 'html:wqy'},
               folders=NUMF)
    return o, apps, opt


pkg(3, '上海市信用服务行业协会', 'pass', [2, 3], [],
    'A decoupled trade association (社会团体法人登记证书) with a landscape ■/□ level grid, a 推荐意见 table and a 推荐书; complete and in scope.', p03)


def p04(rng):
    o = mk_org(rng, '上海碳衡环境科技有限公司', 'company', DIVS['嘉定区'], '陆嘉诚', '上海市嘉定区叶城路912号J4321室',
               '上海市嘉定区叶城路912号B座3楼', '2019年7月22日', '嘉定区')
    apps = [A('tp5', [5]), A('tphs', [4, 3, 2])]
    opt = dict(form=dict(style='online'),
               ind=dict(issuer='上海市生态环境局', docno='沪环气函〔2025〕6号', topic='碳排放管理', style='formal'),
               dist=dict(dist_opt('嘉定区', 4)),
               credit=dict(style='sh'), audit=dict(cover=True), wp=dict(group='all_in', cover=True, toc=True), impl=dict(cover=True, evals='in_impl', samples='in_impl', sstyle='set'),
               single=dict(name='申报材料汇编.pdf', producer='docx:A'), extras=[SITE(name='IMG_20250116_0932.jpg')])
    return o, apps, opt


pkg(4, '上海碳衡环境科技有限公司', 'pass', [2, 3, 6], [],
    'The whole package is one 申报材料汇编.pdf with a 目录, each material on a new page; complete, valid and in scope (碳排放管理员 五级 and 核算员 四级—二级).', p04)


def p05(rng):
    o = mk_org(rng, '上海味研餐饮管理有限公司', 'company', DIVS['杨浦区'], '许佳琪', '上海市杨浦区国定东路200号4号楼1208室',
               '上海市杨浦区政立路485号2楼', '2017年3月15日', '杨浦区')
    apps = [A('sa', [4, 3, 2], lvstyle='paren'), A('ty', [5, 4], lvstyle='paren')]
    opt = dict(form=dict(style='paras'),
               ind=dict(issuer='上海市市场监督管理局', docno='沪市监食协〔2025〕14号', topic='食品安全与餐饮服务', style='formal'),
               dist=dict(dist_opt('杨浦区', 21)),
               credit=dict(style='pboc'), wp=dict(group='pledge_in'),
               impl=dict(evals='per_app', samples='per_set', sstyle='tice',
                         sname=lambda a, n, s: f'{short(a["name"])}_{lv(n)}_试题册{s}.pdf'),
               prod={'form': 'fodt', 'ind': 'html:gov', 'dist': 'docx:C', 'eval': 'docx:B', 'sample': 'rl:WQY', 'credit': 'html:sans'},
               zip=dict(nested=dict(name='实施方案.zip', inner_top='实施方案/', keys=None)))
    return o, apps, opt


pkg(5, '上海味研餐饮管理有限公司', 'pass', [3], [],
    'Two occupations with levels written 四级（中级工）, evaluation plans per occupation and 试题册 with 答案 per level and set inside a nested zip; complete and valid.', p05)


def p06(rng):
    o = mk_org(rng, '上海智造增材技术有限公司', 'company', DIVS['宝山区'], '顾永强', '上海市宝山区沪太路6395号5幢B区1058室',
               '上海市宝山区城银路555弄8号', '2018年10月30日', '宝山区', type='有限责任公司（自然人投资或控股）')
    apps = [A('zc', [5, 4, 3])]
    opt = dict(form=dict(style='wrapped'),
               ind=dict(issuer='上海市经济和信息化委员会', docno='沪经信装〔2025〕7号', topic='增材制造', style='recbook'),
               dist=dict(dist_opt('宝山区', 2, 'recbook')),
               credit=dict(style='sh'), wp=dict(group='separate', cover=True, toc=True),
               impl=dict(cover=True, evals='per_app', samples='per_level', sstyle='moni'),
               post={'reg': 'ocrmypdf'},
               names={'wp': '新建 Microsoft Word 文档 (3).pdf', 'reg': '附件9.pdf', 'credit': 'scan_003.pdf', 'pledge': '附件10.pdf'},
               prod={'reg': 'rl:UKAI', 'ind': 'fodt', 'dist': 'html:kai'},
               extras=[dict(key='fp', name='场地设备清单.pdf', producer='rl:WQY', blocks=floorplan_blocks(o), post='tiff')])
    return o, apps, opt


pkg(6, '上海智造增材技术有限公司', 'pass', [1, 3, 6], [],
    'Complete; documents carry a 封面/目录 before their titles, file names are uninformative (附件9.pdf, scan_003.pdf), the licence is a scan with an OCR text layer and the only image-only file is an equipment list.', p06)


def p07(rng):
    o = mk_org(rng, '上海浦东新区政通职业技能培训中心', 'minfei', DIVS['浦东新区'], '沈丽华', '上海市浦东新区川沙路5558号2楼',
               '上海市浦东新区川沙路5558号2楼', '2014年6月20日', '浦东新区', sponsor='上海市浦东新区人力资源和社会保障局',
               scope='政务服务、商务服务类职业技能培训')
    apps = [A('zw', [5, 4, 3], written='政务服务办事员')]
    opt = dict(form=dict(style='arabic'),
               ind=dict(issuer='上海市政务服务中心', docno='沪政服〔2025〕1号', topic='政务服务', style='brief', date='2025年1月9日'),
               dist=dict(dist_opt('浦东新区', 30), letterhead='上海市浦东新区人力资源和社会保障局'),
               credit=dict(style='pboc'), audit=dict(cover=True), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='parts'),
               post={'form': 'gs', 'impl': 'gs'},
               prod={'form': 'docx:E', 'credit': 'html:sans', 'ind': 'rl:UKAI', 'dist': 'html:gov', 'reg': 'cert:WQY'},
               folders=NUMF2)
    return o, apps, opt


pkg(7, '上海浦东新区政通职业技能培训中心', 'pass', [3], [],
    'Complete 民办非企业单位 package with Arabic levels (5级 / 初级) in the form, a PBOC 企业信用报告, audit reports with covers and Ghostscript re-distilled PDFs.', p07)


def p08(rng):
    o = mk_org(rng, '上海宝冶安装工程培训有限公司', 'company', DIVS['宝山区'], '黄建军', '上海市宝山区牡丹江路1508号',
               '上海市宝山区牡丹江路1508号实训楼', '2011年1月12日', '宝山区', type='有限责任公司（非自然人投资或控股的法人独资）')
    apps = [A('gg', [4, 3, 2])]
    opt = dict(form=dict(style='wrapped', prev='2024年度曾申报化工总控工（6-11-01-03）五级至三级，未通过项目评估；本年度不再申报。'),
               ind=dict(issuer='上海宝冶集团有限公司', docno='宝冶人〔2025〕4号', topic='管道安装', style='brief', parent=True),
               dist=dict(dist_opt('宝山区', 9), short='宝山区人社局'),
               credit=dict(style='sh'), wp=dict(group='pledge_in'),
               impl=dict(evals='one_file', samples='per_level', sstyle='paren'),
               post={'audit2022': 'ocr_rl'},
               prod={'form': 'docx:B', 'ind': 'docx:C', 'dist': 'html:gov', 'evals': 'fodt'},
               extras=[SITE(name='实操考场.jpg')])
    return o, apps, opt


pkg(8, '上海宝冶安装工程培训有限公司', 'pass', [2, 3, 6], [],
    'A group subsidiary recommended by its parent company; the form lists a previous year\'s different application, levels sit before the code in wrapped cells, and the 2022 audit is a scan with an OCR layer.', p08)


def p09(rng):
    o = mk_org(rng, '上海膳衡营养健康咨询有限公司', 'company', DIVS['浦东新区'], '钱思源', '上海市浦东新区张杨路828号11楼1106室',
               '上海市浦东新区张杨路828号11楼', '2020年8月5日', '浦东新区')
    apps = [A('yy', [4, 3], written='公共营养师')]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市卫生健康委员会', docno='沪卫食品函〔2025〕3号', topic='营养健康', style='formal'),
               dist=dict(dist_opt('浦东新区', 17), letterhead='上海市浦东新区人力资源和社会保障局'),
               credit=dict(style='xyzg'), audit=dict(cover=True), wp=dict(group='separate'),
               impl=dict(evals='in_impl', samples='per_set', sstyle='AB'),
               prod={'form': 'docx:D', 'ind': 'html:gov', 'dist': 'docx:A', 'credit': 'html:sans'})
    return o, apps, opt


pkg(9, '上海膳衡营养健康咨询有限公司', 'pass', [2, 3, 4], [],
    'Complete; the form writes the occupation as 公共营养师 with ☑ boxes, the district letter comes from the 浦东新区 bureau, samples are 样卷A/样卷B.', p09)


def p10(rng):
    o = mk_org(rng, '上海数安云盾信息技术有限公司', 'company', DIVS['长宁区'], '林浩然', '上海市长宁区临虹路289号1幢3层',
               '上海市长宁区临虹路289号1幢3层', '2022年2月14日', '长宁区', capital='人民币100.0000万元')
    apps = [A('sj', [4, 3], lvstyle='cnw')]
    opt = dict(form=dict(style='one_cell'),
               ind=dict(issuer='上海市通信管理局', docno='沪通信安函〔2025〕8号', topic='网络与数据安全', style='formal'),
               dist=dict(dist_opt('长宁区', 6)),
               credit=dict(style='sh'), wp=dict(group='separate'),
               impl=dict(evals='per_app', samples='per_set', sstyle='nobracket'),
               prod={'form': 'html:sans', 'pledge': 'rl:WQY', 'dist': 'html:wqy'},
               extras=[dict(key='formdocx', name='申请表（可编辑版）.docx', producer='keepdocx:A', blocks='FORM'),
                       dict(key='pldocx', name='承诺书（草稿）.docx', producer='keepdocx:A', blocks='PLEDGE')])
    return o, apps, opt


pkg(10, '上海数安云盾信息技术有限公司', 'pass', [2, 8], [],
    'A start-up\'s complete package; editable .docx drafts of the form and pledge sit beside the stamped PDFs, which count.', p10)


def p11(rng):
    o = mk_org(rng, '上海华康制药技能培训有限公司', 'company', DIVS['奉贤区'], '姚振华', '上海市奉贤区金海公路6055号11幢',
               '上海市奉贤区金海公路6055号11幢2层', '2015年11月2日', '奉贤区', type='有限责任公司（自然人投资或控股的法人独资）')
    apps = [A('pj', [5, 4, 3], dash='—', written='药物制剂工（片剂制备）'), A('klj', [5, 4], dash='—', written='药物制剂工（颗粒剂制备）')]
    opt = dict(form=dict(style='range'),
               ind=dict(issuer='上海市药品监督管理局', docno='沪药监药生函〔2025〕2号', topic='药品生产', style='formal'),
               dist=dict(dist_opt('奉贤区', 11)),
               credit=dict(style='sh'), wp=dict(group='all_in'),
               impl=dict(evals='per_app', samples='per_level', sstyle='nobracket'),
               prod={'ind': 'html:gov', 'dist': 'html:gov', 'form': 'html:sans', 'wp': 'html:sans'},
               css_seals=['ind', 'dist'])
    return o, apps, opt


pkg(11, '上海华康制药技能培训有限公司', 'pass', [2, 3], [],
    'Complete; two 药物制剂工 工种 with ranges 五级—三级 / 五级—四级, Chromium letters with CSS-drawn seals, 样题一/样题二 headings without brackets.', p11)


def p12(rng):
    o = mk_org(rng, '上海孪生智联科技有限公司', 'company', DIVS['松江区'], '邵雨辰', '上海市松江区新桥镇莘砖公路668号3幢12层',
               '上海市松江区莘砖公路668号3幢12层', '2021年5月19日', '松江区')
    apps = [A('sz', [5, 4])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市经济和信息化委员会', docno='沪经信软〔2025〕5号', topic='数字孪生与工业互联网', style='formal'),
               dist=dict(dist_opt('松江区', 8, 'opinion'), short='松江区人社局'),
               credit=dict(style='sh'), audit=dict(yearfmt='cn'), wp=dict(group='pledge_in', cover=True),
               impl=dict(evals='in_impl', samples='per_app', sstyle='tiku'),
               post={'ind': 'gs', 'wp': 'gs'},
               prod={'form': 'fodt', 'ind': 'docx:E', 'dist': 'docx:D', 'reg': 'rl:WQY'},
               names={'audit2023': 'IMG_20250116_0001.pdf', 'audit2022': 'IMG_20250116_0002.pdf'})
    return o, apps, opt


pkg(12, '上海孪生智联科技有限公司', 'pass', [1, 2, 3], [],
    'Complete; audit reports named IMG_2025….pdf with years only as 二〇二三年度/二〇二二年度, samples as 题库抽样 groups in one file per occupation.', p12)


# =============================================================== FAIL packages
def p13(rng):
    o = mk_org(rng, '上海洁净家园物业服务有限公司', 'company', DIVS['普陀区'], '孙伟', '上海市普陀区真北路3199号2楼',
               '上海市普陀区真北路3199号2楼', '2013年8月27日', '普陀区')
    apps = [A('bj', [5, 4])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市物业管理行业协会', docno='沪物协〔2025〕11号', topic='物业保洁', style='formal'),
               dist=dict(dist_opt('普陀区', 7)), wp=dict(group='all_in'), impl=dict(evals='in_impl', samples='per_level'),
               names={'reg': '信用报告.pdf'}, drop=['credit'], prod={'reg': 'rl:UKAI'})
    return o, apps, opt


pkg(13, '上海洁净家园物业服务有限公司', 'fail', [1], ['credit_report_missing'],
    'The file 信用报告.pdf is a readable business licence and no credit report exists anywhere in an otherwise readable package.', p13)


def p14(rng):
    o = mk_org(rng, '上海锦程保洁服务有限公司', 'company', DIVS['虹口区'], '邱明', '上海市虹口区四川北路1318号15楼',
               '上海市虹口区东大名路558号3楼', '2016年1月6日', '虹口区')
    apps = [A('bj', [5, 4, 3, 2])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市房屋管理局', docno='沪房物业函〔2025〕4号', topic='物业服务', style='formal'),
               dist=dict(dist_opt('虹口区', 3)), wp=dict(group='pledge_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               post={'integ': 'poor'}, names={'integ': 'scan_0007.pdf'}, prod={'integ': 'docx:A'})
    return o, apps, opt


pkg(14, '上海锦程保洁服务有限公司', 'fail', [3, 5], ['level_not_in_catalogue', 'integrity_letter_poor_scan'],
    'The readable form ticks ☑二级/技师 for 保洁员, which the catalogue lists only at 五级–三级; the unreadable integrity-letter scan cannot rescue it.', p14)


def p15(rng):
    o = mk_org(rng, '上海安馨护理服务有限公司', 'company', DIVS['长宁区'], '马晓红', '上海市长宁区天山路600弄2号501室',
               '上海市长宁区天山路600弄2号5楼', '2017年9月11日', '长宁区')
    apps = [A('yl', [5, 4])]
    opt = dict(form=dict(style='one_cell'),
               ind=dict(issuer='上海市卫生健康委员会', docno='沪卫医函〔2025〕15号', topic='医疗护理', style='formal'),
               dist=dict(dist_opt('长宁区', 2)), credit=dict(style='sh', pen=2), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='in_impl', sstyle='moni'), prod={'credit': 'rl:WQY'})
    return o, apps, opt


pkg(15, '上海安馨护理服务有限公司', 'fail', [7], ['credit_report_lists_penalty'],
    'The public credit report lists 行政处罚 查见2条 (失信 未查见), a bad record under 一（一）.', p15)


def p16(rng):
    o = mk_org(rng, '上海启航职业培训学校', 'minfei', DIVS['青浦区'], '董立群', '上海市青浦区公园路99号6楼',
               '上海市青浦区公园路99号6楼', '2010年5月4日', '青浦区', sponsor='上海市青浦区人力资源和社会保障局')
    apps = [A('zc', [5, 4])]
    opt = dict(form=dict(style='range'),
               ind=dict(issuer='上海市经济和信息化委员会', docno='沪经信装〔2025〕12号', topic='增材制造', style='brief'),
               dist=dict(dist_opt('青浦区', 5)), credit=dict(style='xyzg', dis=1), wp=dict(group='separate'),
               impl=dict(evals='one_file', samples='per_set', sstyle='set'), prod={'credit': 'html:wqy'})
    return o, apps, opt


pkg(16, '上海启航职业培训学校', 'fail', [7], ['credit_report_lists_dishonesty_record'],
    'The credit report shows 行政处罚 未查见 but 严重失信主体名单 查见1条, a 失信 record.', p16)


def p17(rng):
    o = mk_org(rng, '上海润泽化工技术培训有限公司', 'company', DIVS['金山区'], '冯德明', '上海市金山区卫零路485号',
               '上海市金山区卫零路485号实训中心', '2009年12月1日', '金山区')
    other = mk_org(random.Random(99), '上海金山石化技能鉴定服务有限公司', 'company', DIVS['金山区'], '—', '—', '—', '—', '金山区')
    apps = [A('hg', [5, 4, 3])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市化工行业协会', docno='沪化协〔2025〕2号', topic='石油化工', style='formal',
                        rec_name=other['name'], rec_code=other['code']),
               dist=dict(dist_opt('金山区', 4)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'), prod={'ind': 'docx:C'})
    return o, apps, opt


pkg(17, '上海润泽化工技术培训有限公司', 'fail', [2, 7], ['industry_letter_recommends_other_org'],
    'The industry letter (title over two lines) recommends 上海金山石化技能鉴定服务有限公司 with another credit code, not the applicant.', p17)


def p18(rng):
    o = mk_org(rng, '昆山启衡职业技能培训有限公司', 'company', '320583', '朱启明', '江苏省昆山市玉山镇前进西路1899号',
               '上海市嘉定区安亭镇墨玉南路888号', '2018年6月6日', '嘉定区', authority='昆山市市场监督管理局')
    apps = [A('sa', [4, 3])]
    opt = dict(form=dict(style='one_cell'),
               ind=dict(issuer='上海市市场监督管理局', docno='沪市监食协〔2025〕19号', topic='食品安全', style='formal'),
               dist=dict(dist_opt('嘉定区', 15)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               post={'audit2022': 'encrypt'}, names={'audit2022': '附件6.pdf'})
    return o, apps, opt


pkg(18, '昆山启衡职业技能培训有限公司', 'fail', [5], ['credit_code_outside_shanghai', 'audit_report_2022_encrypted'],
    'The credit code 9132058… and the licence show registration in 昆山 (Jiangsu), not Shanghai; the encrypted 2022 audit report does not change that.', p18)


def p19(rng):
    o = mk_org(rng, '上海华迅物业服务有限公司闵行分公司', 'branch', DIVS['闵行区'], '陶红', '上海市闵行区都市路4855号2楼',
               '上海市闵行区都市路4855号2楼', '2019年3月18日', '闵行区', type='有限责任公司分公司（自然人投资或控股）')
    apps = [A('bj', [5, 4, 3])]
    opt = dict(form=dict(style='range'),
               ind=dict(issuer='上海华迅物业服务有限公司', docno='华迅发〔2025〕1号', topic='物业保洁', style='brief', parent=True),
               dist=dict(dist_opt('闵行区', 19)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='in_impl', sstyle='paren'), post={'impl': 'corrupt'},
               names={'impl': '项目实施方案.pdf'})
    return o, apps, opt


pkg(19, '上海华迅物业服务有限公司闵行分公司', 'fail', [3, 5], ['licence_type_branch', 'implementation_plan_corrupt'],
    'The readable licence says 类型 有限责任公司分公司 (not an independent legal person); the corrupt implementation plan does not matter.', p19)


def p20(rng):
    o = mk_org(rng, '上海颐和养老服务有限公司', 'company', DIVS['普陀区'], '唐文娟', '上海市普陀区桃浦路288号',
               '上海市普陀区桃浦路288号2楼', '2015年4月21日', '普陀区')
    apps = [app('4-10-01-05', '养老护理员', [5, 4, 3]), A('yl', [5, 4])]
    opt = dict(form=dict(style='one_cell'),
               ind=dict(issuer='上海市民政局', docno='沪民养老函〔2025〕3号', topic='养老服务', style='formal'),
               dist=dict(dist_opt('普陀区', 13)), wp=dict(group='pledge_in'),
               impl=dict(evals='per_app', samples='per_level', sstyle='paren'))
    return o, apps, opt


pkg(20, '上海颐和养老服务有限公司', 'fail', [3], ['occupation_not_in_catalogue'],
    'The form cell 养老护理员（4-10-01-05）：五级、四级、三级 names an occupation that is not in the 附件.', p20)


def p21(rng):
    o = mk_org(rng, '上海色彩方程文化传播有限公司', 'company', DIVS['黄浦区'], '韩雪', '上海市黄浦区南京东路300号8楼',
               '上海市黄浦区南京东路300号8楼', '2014年10月9日', '黄浦区')
    apps = [A('sc', [4, 3])]
    opt = dict(form=dict(style='paras'),
               ind=dict(issuer='上海市服装行业协会', docno='沪服协〔2025〕6号', topic='服饰色彩', style='recbook'),
               dist=dict(dist_opt('黄浦区', 10)), audit=dict(years=[2023, 2021]), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               names={'audit2021': '2022年度审计报告.pdf'}, prod={'form': 'fodt'})
    return o, apps, opt


pkg(21, '上海色彩方程文化传播有限公司', 'fail', [1], ['audit_report_2022_missing'],
    'The file 2022年度审计报告.pdf audits fiscal 2021 (2021年12月31日), so no 2022 audit report exists in a fully readable package.', p21)


def p22(rng):
    o = mk_org(rng, '上海优食汇餐饮服务有限公司', 'company', DIVS['静安区'], '方圆', '上海市静安区共和新路1968号5楼',
               '上海市静安区共和新路1968号5楼', '2018年2月8日', '静安区')
    apps = [A('ty', [5, 4, 3])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市商务委员会', docno='沪商服函〔2025〕21号', topic='餐饮服务', style='formal'),
               dist=dict(dist_opt('静安区', 8)), wp=dict(group='separate', no_pledge=True, mention_pledge=True),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'))
    return o, apps, opt


pkg(22, '上海优食汇餐饮服务有限公司', 'fail', [8], ['pledge_missing'],
    'No 承诺书 exists; the work plan only mentions 承诺 in its text, and every document is readable.', p22)


def p23(rng):
    o = mk_org(rng, '上海申化职业技能培训有限公司', 'company', DIVS['金山区'], '何伟东', '上海市金山区石化街道龙胜路1号',
               '上海市金山区龙胜路1号', '2012年7月7日', '金山区')
    apps = [A('hg', [5, 4, 3])]
    opt = dict(form=dict(style='arabic'),
               ind=dict(issuer='上海市化工行业协会', docno='沪化协〔2025〕5号', topic='化工生产', style='opinion_table'),
               dist=dict(dist_opt('金山区', 6)), wp=dict(group='all_in'),
               impl=dict(evals='per_app', samples='per_set', sstyle='parts', skip=[(0, 3, 2)]))
    return o, apps, opt


pkg(23, '上海申化职业技能培训有限公司', 'fail', [3], ['only_one_sample_set_for_level_3'],
    'For 化工总控工 三级 only 第一套 exists (第二套 is absent); all documents are readable.', p23)


def p24(rng):
    o = mk_org(rng, '上海明途教育科技有限公司', 'company', DIVS['闵行区'], '曹宇', '上海市闵行区沪闵路6088号9楼',
               '上海市闵行区沪闵路6088号9楼', '2019年9月9日', '闵行区')
    fo = dict(o, name='上海明图教育科技有限公司')
    o['form_org'] = fo
    apps = [A('sz', [4, 3])]
    opt = dict(form=dict(style='range'),
               ind=dict(issuer='上海市经济和信息化委员会', docno='沪经信软〔2025〕11号', topic='数字孪生', style='formal'),
               dist=dict(dist_opt('闵行区', 22)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               post={'audit2022': 'poor'}, names={'audit2022': 'scan_0012.pdf'}, extras=[SITE()])
    return o, apps, opt


pkg(24, '上海明途教育科技有限公司', 'fail', [5, 6], ['name_mismatch_between_documents', 'audit_report_2022_poor_scan'],
    'The application form names 上海明图教育科技有限公司 while the credit report and licence name 上海明途教育科技有限公司; the poor 2022 audit scan does not change the fail.', p24)


def p25(rng):
    o = mk_org(rng, '上海市长宁区职业技能实训指导中心', 'shiye', '310105', '史建国', '上海市长宁区古北路1000号',
               '上海市长宁区古北路1000号', '2008年3月1日', '长宁区', sponsor='上海市长宁区人力资源和社会保障局',
               scope='为职业技能培训提供实训服务。职业技能实训、公共实训基地运营', capital='人民币200万元',
               term='自2023年3月1日至2028年3月1日', authority='上海市长宁区事业单位登记管理局')
    apps = [A('gg', [5, 4, 3])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市住房和城乡建设管理委员会', docno='沪建人函〔2025〕3号', topic='建筑安装', style='formal'),
               dist=dict(dist_opt('长宁区', 14)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'), prod={'reg': 'cert:UKAI'})
    return o, apps, opt


pkg(25, '上海市长宁区职业技能实训指导中心', 'fail', [3], ['registration_is_public_institution'],
    'The applicant holds a 事业单位法人证书 and a 12-category credit code: a public institution may not apply.', p25)


def p26(rng):
    o = mk_org(rng, '上海沪嘉营养科技有限公司', 'company', DIVS['嘉定区'], '包文杰', '上海市嘉定区嘉罗公路1661弄18号',
               '上海市嘉定区嘉罗公路1661弄18号', '2020年12月3日', '嘉定区')
    apps = [A('yy', [4, 3])]
    opt = dict(form=dict(style='landscape_ticks', landscape=True),
               ind=dict(issuer='上海市卫生健康委员会', docno='沪卫食品函〔2025〕8号', topic='营养健康', style='formal'),
               dist=dict(bureau='嘉善县人力资源和社会保障局', docno='善人社函〔2025〕3号', style='formal'),
               wp=dict(group='all_in'), impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               post={'credit': 'poor2'}, names={'credit': 'IMG_0231.pdf'}, prod={'form': 'html:sans'})
    return o, apps, opt


pkg(26, '上海沪嘉营养科技有限公司', 'fail', [4, 5], ['district_letter_from_outside_shanghai', 'credit_report_poor_scan'],
    'The readable district letter is issued by 嘉善县人力资源和社会保障局 (Zhejiang), not a Shanghai district bureau; the unreadable credit report scan does not change that.', p26)


# =============================================================== REVIEW packages
def p27(rng):
    o = mk_org(rng, '上海洁尔雅环境服务有限公司', 'company', DIVS['杨浦区'], '卢慧', '上海市杨浦区黄兴路1800号2号楼',
               '上海市杨浦区黄兴路1800号2号楼3楼', '2015年6月30日', '杨浦区')
    apps = [A('bj', [5, 4, 3])]
    opt = dict(form=dict(style='one_cell'),
               ind=dict(issuer='上海市物业管理行业协会', docno='沪物协〔2025〕15号', topic='物业保洁', style='formal'),
               dist=dict(dist_opt('杨浦区', 16)), wp=dict(group='separate', mention_pledge=True),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               prod={'pledge': 'keepdocx:A'}, names={'pledge': '承诺书.docx'})
    return o, apps, opt


pkg(27, '上海洁尔雅环境服务有限公司', 'review', [8], ['pledge_only_editable_docx'],
    'The 承诺书 exists only as an editable .docx (the work plan merely mentions 承诺), so the sealed pledge cannot be verified.', p27)


def p28(rng):
    o = mk_org(rng, '上海融信征信咨询有限公司', 'company', DIVS['虹口区'], '任思齐', '上海市虹口区东大名路1089号22楼',
               '上海市虹口区东大名路1089号22楼', '2018年4月16日', '虹口区')
    apps = [A('xy', [4, 3])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市信用服务行业协会', docno='沪信协〔2025〕4号', topic='信用服务', style='recbook'),
               dist=dict(dist_opt('虹口区', 9)), wp=dict(group='pledge_in'),
               impl=dict(evals='in_impl', samples='per_set', sstyle='juan'),
               prod={'integ': 'keepdocx:D'}, names={'integ': '廉洁责任书（电子章）.docx'})
    return o, apps, opt


pkg(28, '上海融信征信咨询有限公司', 'review', [8], ['integrity_letter_only_editable_docx'],
    'The 廉洁责任书 exists only as a Word file with a pasted e-seal picture, an editable format for a sealed material.', p28)


def p29(rng):
    o = mk_org(rng, '上海康宁医护服务有限公司', 'company', DIVS['青浦区'], '倪志强', '上海市青浦区华浦路500号',
               '上海市青浦区华浦路500号2楼', '2016年8月8日', '青浦区')
    apps = [A('yl', [5, 4, 3])]
    opt = dict(form=dict(style='range'),
               ind=dict(issuer='上海市卫生健康委员会', docno='沪卫医函〔2025〕21号', topic='医疗护理', style='formal'),
               dist=dict(dist_opt('青浦区', 4)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               post={'dist': 'photo'}, names={'dist': '区人社局推荐函.jpg'}, prod={'dist': 'html:gov'})
    return o, apps, opt


pkg(29, '上海康宁医护服务有限公司', 'review', [1, 4], ['district_letter_unreadable_photo'],
    'The district letter exists only as a dim, skewed phone photo named 区人社局推荐函.jpg; its issuer cannot be read, so only its file name suggests it.', p29)


def p30(rng):
    o = mk_org(rng, '上海海纳营养咨询服务有限公司', 'company', DIVS['黄浦区'], '章晓婷', '上海市黄浦区西藏南路760号12楼',
               '上海市黄浦区西藏南路760号12楼', '2017年12月12日', '黄浦区')
    apps = [A('yy', [4, 3, 2])]
    opt = dict(form=dict(style='grid_ticks'),
               ind=dict(issuer='上海市卫生健康委员会', docno='沪卫食品函〔2025〕11号', topic='营养健康', style='formal'),
               dist=dict(dist_opt('黄浦区', 5)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'),
               post={'audit2023': 'poor'}, names={'audit2023': '2023年审计报告.pdf'})
    return o, apps, opt


pkg(30, '上海海纳营养咨询服务有限公司', 'review', [1], ['audit_report_2023_poor_scan'],
    'The 2023 audit report is only a 60 dpi blurred scan; its file name alone cannot establish the year.', p30)


def p31(rng):
    o = mk_org(rng, '上海智联数据安全技术有限公司', 'company', DIVS['徐汇区'], '蔡振宇', '上海市徐汇区宜山路700号C1幢6楼',
               '上海市徐汇区宜山路700号C1幢6楼', '2020年3月3日', '徐汇区')
    apps = [A('sj', [4, 3])]
    opt = dict(form=dict(style='online'),
               ind=dict(issuer='上海市通信管理局', docno='沪通信安函〔2025〕13号', topic='网络与数据安全', style='formal'),
               dist=dict(dist_opt('徐汇区', 19)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='AB'),
               post={'credit': 'encrypt'}, names={'credit': '附件5.pdf'}, folders=NUMF)
    return o, apps, opt


pkg(31, '上海智联数据安全技术有限公司', 'review', [1], ['credit_report_missing_encrypted_candidate'],
    'No readable credit report exists, but the password-protected 附件5.pdf could be it.', p31)


def p32(rng):
    o = mk_org(rng, '上海普惠调饮培训有限公司', 'company', DIVS['普陀区'], '钟可欣', '上海市普陀区中山北路2550号6楼',
               '上海市普陀区中山北路2550号6楼', '2021年7月1日', '普陀区')
    apps = [A('ty', [5, 4])]
    opt = dict(form=dict(style='arabic'),
               ind=dict(issuer='上海市商务委员会', docno='沪商服函〔2025〕27号', topic='餐饮服务', style='formal'),
               dist=dict(dist_opt('普陀区', 18)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_set', sstyle='paren'),
               post={'wp': 'corrupt'}, names={'wp': '工作方案.pdf'})
    return o, apps, opt


pkg(32, '上海普惠调饮培训有限公司', 'review', [1], ['work_plan_missing_corrupt_candidate'],
    'The work plan with pledge and integrity letter is present only as a truncated, unreadable 工作方案.pdf.', p32)


def p33(rng):
    o = mk_org(rng, '上海绿源碳资产管理有限公司', 'company', DIVS['崇明区'], '严国庆', '上海市崇明区城桥镇西门路799号',
               '上海市崇明区城桥镇西门路799号3楼', '2021年11月11日', '崇明区')
    c = o['code']
    bad = c[:17] + lib.C31[(lib.C31.index(c[17]) + 3) % 31]
    o['code'] = bad
    assert not lib.valid_code(bad)
    apps = [A('tphs', [4, 3])]
    opt = dict(form=dict(style='range'),
               ind=dict(issuer='上海市生态环境局', docno='沪环气函〔2025〕10号', topic='碳排放管理', style='formal'),
               dist=dict(dist_opt('崇明区', 3)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'), extras=[SITE()])
    return o, apps, opt


pkg(33, '上海绿源碳资产管理有限公司', 'review', [6], ['credit_code_checksum_invalid'],
    'The credit code printed consistently on every document fails the position-18 check character, so it must be verified by a person.', p33)


def p34(rng):
    o = mk_org(rng, '上海恒洁楼宇服务有限公司', 'company', DIVS['松江区'], '潘立', '上海市松江区荣乐东路2385号',
               '上海市松江区荣乐东路2385号1楼', '2014年2月20日', '松江区')
    apps = [A('bj', [5, 4])]
    opt = dict(form=dict(style='wrapped'),
               ind=dict(issuer='上海市物业管理行业协会', docno='沪物协〔2025〕20号', topic='物业保洁', style='formal'),
               dist=dict(dist_opt('松江区', 12), seal=False, short='松江区人社局'), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'))
    return o, apps, opt


pkg(34, '上海恒洁楼宇服务有限公司', 'review', [4], ['seal_missing_on_district_letter'],
    'The district letter from the 松江区 bureau carries no seal at all.', p34)


def p35(rng):
    o = mk_org(rng, '上海凯瑞增材制造有限公司', 'company', DIVS['嘉定区'], '邹明辉', '上海市嘉定区马陆镇宝安公路2999号',
               '上海市嘉定区宝安公路2999号5幢', '2017年5月5日', '嘉定区')
    apps = [A('zc', [4, 3])]
    opt = dict(form=dict(style='one_cell'),
               ind=dict(issuer='上海市经济和信息化委员会', docno='沪经信装〔2025〕18号', topic='增材制造', style='formal'),
               dist=dict(dist_opt('嘉定区', 26)), wp=dict(group='separate', pledge_seal=False),
               impl=dict(evals='in_impl', samples='per_level', sstyle='paren'), prod={'pledge': 'docx:C'})
    return o, apps, opt


pkg(35, '上海凯瑞增材制造有限公司', 'review', [8], ['seal_missing_on_pledge'],
    'The 承诺书 PDF has no seal at all, only the typed unit name.', p35)


def p36(rng):
    o = mk_org(rng, '上海食安卫士管理咨询有限公司', 'company', DIVS['浦东新区'], '傅思远', '上海市浦东新区博霞路50号2楼',
               '上海市浦东新区博霞路50号2楼', '2019年1月21日', '浦东新区')
    apps = [A('sa', [4, 3])]
    opt = dict(form=dict(style='landscape_ticks', landscape=True),
               ind=dict(issuer='上海市市场监督管理局', docno='沪市监食协〔2025〕25号', topic='食品安全', style='formal'),
               dist=dict(dist_opt('浦东新区', 33)), wp=dict(group='all_in'),
               impl=dict(evals='in_impl', samples='per_set', sstyle='paren',
                         sep={(0, 4, 2): dict(name='样题扫描件.pdf', post='poor2', producer='docx:A')}),
               prod={'form': 'html:wqy'})
    return o, apps, opt


pkg(36, '上海食安卫士管理咨询有限公司', 'review', [3], ['sample_paper_level_4_set_2_poor_scan'],
    'The second sample set for 食品安全管理师 四级 exists only as a speckled, faint scan that cannot be read with certainty.', p36)


# =============================================================== main
def make_single(P, docs):
    """Merge every document into one PDF with a 目录 (package J04)."""
    sp = P['opt']['single']
    toc = [('title', '申报材料汇编'), ('center', P['org']['name']), ('title', '目  录')]
    blocks, kinds, page = [], [], 2
    for d in docs:
        if d['producer'] == 'site':
            continue
        b = d['blocks'] if d['kind'] != 'registration_certificate' else registration_blocks(P['org'])
        npages = 1 + sum(1 for x in b if x[0] == 'pb')
        title = next((x[1] for x in b if x[0] == 'title'), d['kind']).replace('\n', '')
        toc.append(('pl', f'{title} ………… {page}'))
        page += npages
        blocks += [('pb',)] + b
        kinds.append(d['kind'])
    one = dict(key='single', kind='+'.join(kinds), blocks=toc + blocks, name=sp['name'], folder='', producer=sp['producer'],
               post=None, seal=True)
    return [one] + [d for d in docs if d['producer'] == 'site']


def main():
    if os.path.exists(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    packages = []
    for spec in PKGS:
        seed = 4000 + spec['num']
        rng = random.Random(seed)
        o, apps, opt = spec['build'](rng)
        P = dict(id=f'J{spec["num"]:02d}', seed=seed, rng=rng, org=o, apps=apps, opt=opt, spec=spec,
                 zipname=f'J{spec["num"]:02d}-{spec["short"]}.zip')
        docs = std(P)
        for d in docs:
            if d.get('blocks') == 'FORM':
                d['blocks'] = app_form(o, apps, opt['form'].get('style', 'grid_ticks'), random.Random(seed))
            elif d.get('blocks') == 'PLEDGE':
                d['blocks'] = pledge(o, '2025年1月16日', seal=False)
            if d['key'] in opt.get('css_seals', []):
                d['css_seals'] = True
            if d['key'] == 'form' and opt['form'].get('landscape'):
                d['landscape'] = True
        if 'single' in opt:
            docs = make_single(P, docs)
        nz = opt.get('zip', {}).get('nested')
        if nz and nz.get('keys') is None:
            nz['keys'] = [d['key'] for d in docs if d['key'] == 'impl' or d['key'].startswith(('eval', 's0', 's1', 'sep'))]
            for d in docs:
                if d['key'] in nz['keys']:
                    d['folder'] = ''
        if spec['verdict'] == 'pass':
            for a in apps:
                assert a['levels'] and set(a['levels']) <= CATALOGUE[(a['code'], a['name'])], (P['id'], a)
            assert lib.valid_code(o['code']) and o['code'][2:4] == '31'
        P['docs'] = docs
        packages.append(P)
    render_all(packages, WORK)
    key = {'author': 'final4', 'packages': {}}
    for P in packages:
        kd = assemble(P, OUT)
        s = P['spec']
        key['packages'][P['zipname']] = dict(
            verdict=s['verdict'], causes=s['causes'], defects=s['defects'], why=s['why'],
            organisation=dict(name=P['org']['name'], credit_code=P['org']['code']),
            applications=[dict(code=a['code'], name=a['name'], levels=sorted(a['levels'], reverse=True)) for a in P['apps']],
            documents=kd)
    with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    print('wrote', len(packages), 'packages')


if __name__ == '__main__':
    main()
