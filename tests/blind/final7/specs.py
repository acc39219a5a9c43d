# -*- coding: utf-8 -*-
"""The 36 package specifications of corpus final7 (what is planted where) and the README writer."""
import random
from pathlib import Path
from gen_base import ROOT, make_code, code_valid, occ_allowed, LV, org_check, uscc_check

OCC = {
    'zwfw': ('3-01-01-02', '政务服务办事员'), 'tys': ('4-03-02-10', '调饮师'), 'spaq': ('4-03-02-11', '食品安全管理师'),
    'sjaq': ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）'), 'szh': ('4-04-04-05', '数字化解决方案设计师'),
    'szls': ('4-04-05-10', '数字孪生应用技术员'), 'fdc': ('4-06-02-02', '房地产策划师'), 'kjzx': ('4-07-02-02', '科技咨询师'),
    'xygl': ('4-07-02-04', '信用管理师'), 'jly': ('4-08-05-06', '计量员（热工计量员）'), 'scdp': ('4-08-08-04', '色彩搭配师'),
    'tpf': ('4-09-07-04', '碳排放管理员'), 'tjc': ('4-09-07-04', '碳排放管理员（碳排放监测员）'), 'thes': ('4-09-07-04', '碳排放管理员（碳排放核算员）'),
    'tjy': ('4-09-07-04', '碳排放管理员（碳排放交易员）'), 'tzx': ('4-09-07-04', '碳排放管理员（碳排放咨询员）'),
    'jzjn': ('4-09-07-06', '建筑节能减排咨询师'), 'bjy': ('4-09-08-01', '保洁员'), 'ljqy': ('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）'),
    'pjs': ('4-09-10-03', '盆景师'), 'ajs': ('4-10-04-01', '保健调理师（保健艾灸师）'), 'ylhl': ('4-14-01-02', '医疗护理员'),
    'yys': ('4-14-02-01', '营养师（公共营养师）'), 'zty': ('4-14-03-01', '助听器验配师'), 'sqjk': ('4-14-04-04', '社群健康助理员'),
    'hgzk': ('6-11-01-03', '化工总控工'), 'ypj': ('6-12-03-00', '药物制剂工（片剂制备）'), 'ykl': ('6-12-03-00', '药物制剂工（颗粒剂制备）'),
    'zczz': ('6-18-01-13', '增材制造设备操作员'), 'gg': ('6-29-03-04', '管工'), 'gjxh': ('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）'),
    'jkgl': ('4-14-02-02', '健康管理师'),  # NOT in the notice (fail case)
}


def A(key, levels):
    c, n = OCC[key]
    return (c, n, list(levels))


SCOPE = {
    'train': '开展职业技能培训（不含国家统一认可的职业证书类培训）；职业技能等级认定相关服务；教育咨询服务。',
    'tech': '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；数据处理服务；人工智能应用软件开发；职业技能培训（不含需取得许可的培训）。',
    'food': '一般项目：餐饮管理；食品销售（仅销售预包装食品）；企业管理咨询；会议及展览服务；职业技能培训（不含需取得许可的培训）。许可项目：餐饮服务。',
    'care': '一般项目：护理机构服务（不含医疗服务）；家政服务；养老服务；健康咨询服务（不含诊疗服务）；职业技能培训（不含需取得许可的培训）。',
    'env': '一般项目：环境保护监测；节能管理服务；碳减排、碳转化、碳捕捉、碳封存技术研发；温室气体排放控制技术研发；资源循环利用服务技术咨询；社会经济咨询服务。',
    'pharma': '许可项目：药品生产；药品委托生产。一般项目：医学研究和试验发展；技术服务、技术开发、技术咨询；货物进出口；技术进出口。',
    'clean': '一般项目：物业管理；专业保洁、清洗、消毒服务；城市生活垃圾经营性服务；园林绿化工程施工；家政服务；劳务服务（不含劳务派遣）。',
    'build': '一般项目：工程管理服务；节能管理服务；合同能源管理；工程和技术研究和试验发展；建筑材料销售；技术服务、技术开发、技术咨询。',
}


def intro(org, apps, rnd):
    occs = '、'.join(a[1] for a in apps)
    return ['%s成立于%d年，注册地址位于%s，是一家%s。单位现有专职工作人员%d名，兼职考评人员%d名，近三年累计开展各类职业技能培训%d余人次。' % (
                org['name'], org['founded'][0], org['address'], org['blurb'], org['staff'], org['assessors'], rnd.randint(8, 60) * 100),
            '单位在%s等职业（工种）方面积累了较丰富的培训评价资源，考核点位于%s，面积约%d平方米，配备理论考试机房、技能实操工位和全覆盖视频监控系统。' % (
                occs, org['site'], org['area'])]


def make_specs(rnd, mkorg, IND, DIST, DPREFIX, dates):
    S = []

    def spec(slot, org, apps, ind_key, opts, verdict, causes, defects, why, **kw):
        r = random.Random(rnd.random())
        name, prefix, _ = IND[ind_key] if ind_key else ('', '', '')
        d = dict(slot=slot, org=org, apps=apps, opts=opts, verdict=verdict, causes=causes, defects=defects, why=why,
                 ind=dict(name=name, prefix=prefix, num=r.randint(3, 96), contact=kw.pop('ind_contact', '%s老师' % '王李张陈刘'[r.randint(0, 4)]),
                          phone='021-%d' % r.randint(23110000, 64999999)),
                 dist_prefix=DPREFIX.get(org['site_district'], '人社'), firm=r.randint(0, 4), header=org['name'] + '  申报材料')
        d.update(dates(r))
        d['intro'] = intro(org, apps, r)
        d.update(kw)
        S.append(d)
        return d

    R = rnd
    # ================================================================ PASS (12)
    o = mkorg(R, '上海浦江职业技能培训学校', 'mfq', '徐汇区', scope=SCOPE['train'] + '保洁服务技能培训。', capital='50万元',
              blurb='经徐汇区教育局批准设立、在徐汇区民政局登记的民办职业培训学校', supervisor='上海市徐汇区教育局')
    spec('P01', o, [A('bjy', [5, 4, 3])], 'wuye', dict(
        scheme='folders', form=dict(style='tick', prod='docx'), ind=dict(prod='html', variant=2), dist=dict(prod='html', variant=0),
        credit=dict(prod='rl', variant=0), audit=dict(prod='rl'), work=dict(mode='combined', prod='docx'),
        impl=dict(prod='docx', eval_style='para'), samples=dict(mode='per_set', tstyle=0, prod='rl'), extras=['toc', 'photos']),
        'pass', [], [], '民办非企业单位（52，徐汇），全部材料齐全：保洁员五级至三级各两套样题（每套一个文件），工作方案PDF内含承诺书与廉洁责任书（均盖章）。')

    o = mkorg(R, '上海临港数智科技有限公司', 'company', '浦东新区', scope=SCOPE['tech'], blurb='专注于工业数字化与数字孪生应用的科技型企业')
    spec('P02', o, [A('szls', [4, 3, 2]), A('szh', [3, 2])], 'jingxin', dict(
        scheme='flat', enc='gbk', bundle={'申报材料汇编（申请表、推荐函、信用佐证）.pdf': ['form', 'ind', 'dist', 'credit', 'audit', 'cert']},
        form=dict(style='split'), ind=dict(variant=0), dist=dict(variant=3), credit=dict(variant=1),
        work=dict(mode='separate', prod='rl', pledge_prod='rlcid', integrity_prod='rlcid'),
        impl=dict(prod='odt', eval_style='table'), samples=dict(mode='per_occ', tstyle=1, prod='rl')),
        'pass', [], [], 'GBK文件名压缩包；一个汇编PDF含申请表、两封推荐函、信用报告、2022与2023审计报告、营业执照复印件；两个职业五个等级各两套样题。')

    o = mkorg(R, '上海康瑞医药科技有限公司', 'company', '闵行区', scope=SCOPE['pharma'], type_line='有限责任公司（外商投资、非独资）',
              reg_authority='上海市市场监督管理局', blurb='中外合资的药品研发与生产企业，拥有符合GMP要求的固体制剂车间')
    spec('P03', o, [A('ypj', [5, 4, 3])], 'yaojian', dict(
        scheme='scans', form=dict(style='range', prod='docx'),
        ind=dict(prod='rl', variant=0, post=dict(mode='scan', dpi=150, gray=True)),
        dist=dict(prod='rl', variant=1, post=dict(mode='scan', dpi=200, gray=True, angle=-0.8)),
        cert=dict(post=dict(mode='scan', dpi=150, gray=False)), credit=dict(variant=1), audit=dict(prod='rlcid'),
        work=dict(mode='separate', prod='docx', pledge_prod='rl', pledge_post=dict(mode='scan', ocr='ocrmypdf', dpi=170, gray=True),
                  integrity_prod='rl', integrity_post=dict(mode='scan', ocr='rl3', dpi=150, gray=True)),
        impl=dict(prod='docx', eval_style='chapter'), samples=dict(mode='per_level', tstyle=4, prod='rl')),
        'pass', [], [], '外商投资企业；两封推荐函与营业执照为清晰扫描件（灰度/彩色，无文字层，公章可见），承诺书与廉洁责任书为带OCR文字层的扫描件；其余为文字PDF，材料齐全。')

    o = mkorg(R, '上海东滨碳资产管理有限公司', 'company', '杨浦区', scope=SCOPE['env'], type_line='有限责任公司（非自然人投资或控股的法人独资）',
              blurb='上海东滨环境科技集团有限公司全资子公司，从事碳资产管理与碳排放核算服务')
    spec('P04', o, [A('thes', [4, 3, 2]), A('tjc', [4, 3])], 'dongbin', dict(
        scheme='orgtop', macosx=True, form=dict(style='split', prod='odt'), ind=dict(prod='html-corp', variant=3),
        dist=dict(prod='html-css', variant=1), credit=dict(variant=1), audit=dict(prod='rl'),
        work=dict(mode='separate', prod='odt-gs', pledge_prod='html-css', integrity_prod='html-css'),
        impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_set', tstyle=5, prod='rlcid', nested='PLACEHOLDER')),
        'pass', [], [], '集团子公司，行业推荐函为上级主管部门（集团）批复；样题放在嵌套zip内（两个工种五个等级各A卷/B卷）；含__MACOSX垃圾。材料齐全。')

    o = mkorg(R, '上海颐康护理服务有限公司', 'company', '静安区', code_div='310108', scope=SCOPE['care'], founded_year=2009,
              blurb='原闸北区登记成立、现属静安区的专业护理服务企业')
    spec('P05', o, [A('ylhl', [5, 4, 3])], 'weijian', dict(
        scheme='attach', form=dict(style='names', prod='docx'), ind=dict(prod='docx', variant=0), dist=dict(prod='docx', variant=3),
        credit=dict(variant=2), audit=dict(prod='rl', variant=1), work=dict(mode='separate', prod='docx'),
        impl=dict(prod='docx', eval_sep=True, eval_prod='rl'), samples=dict(mode='per_level', tstyle=2, prod='rl')),
        'pass', [], [], '信用代码含历史区划310108（闸北），仍为上海；评价方案按等级单独成文件；信用报告为人民银行企业信用报告；审计报告年份用中文数字。材料齐全。')
    # the nested-zip path of P04 contains {org}
    S[-2]['opts']['samples']['nested'] = '%s/五、实施方案/样题.zip' % S[-2]['org']['name']

    o = mkorg(R, '上海茗香餐饮管理有限公司', 'company', '黄浦区', scope=SCOPE['food'], blurb='经营连锁茶饮门店并承担行业调饮技能培训的餐饮管理企业')
    spec('P06', o, [A('tys', [5, 4, 3, 2]), A('spaq', [4, 3])], 'shangwu', dict(
        scheme='folders', enc='gbk', form=dict(style='page2', prod='html-corp'), ind=dict(prod='rlcid', variant=1),
        dist=dict(prod='rlcid', variant=2), credit=dict(variant=0), audit=dict(prod='docx'), work=dict(mode='combined', prod='rl'),
        impl=dict(prod='rl', eval_style='para', one_file=True), samples=dict(mode='per_occ', tstyle=3, prod='rl'),
        extras=['floor', 'teachers']), 'pass', [], [],
        'GBK文件名；申请表职业表格在第2页；推荐函为表格式推荐意见；两个职业共六个等级各两套模拟试卷；附平面图与考评人员名单。材料齐全。')

    o = mkorg(R, '上海信衡信用管理咨询有限公司', 'company', '长宁区', scope='一般项目：信用服务；企业信用管理咨询服务；企业征信业务；社会经济咨询服务；职业技能培训（不含需取得许可的培训）。',
              blurb='从事企业信用管理咨询和信用管理人才培训的专业机构')
    spec('P07', o, [A('xygl', [3, 2, 1])], 'fagai', dict(
        scheme='flat', form=dict(style='kv', prod='rlcid'), ind=dict(prod='html-serif', variant=0), dist=dict(prod='html', variant=3),
        credit=dict(prod='rlcid', variant=0), audit=dict(prod='docx-gs'), work=dict(mode='separate', prod='rlcid'),
        impl=dict(prod='rlcid', eval_style='table'), samples=dict(mode='per_level', tstyle=4, prod='rlcid')),
        'pass', [], [], '大量使用非嵌入CID字体（STSong-Light）；申请表为“字段：值”格式，等级写作三级/高级工等；行业推荐函为Chromium Type 3字体。材料齐全。')

    o = mkorg(R, '上海宝岳管道安装职业技能培训中心', 'mfq', '宝山区', scope=SCOPE['train'] + '管道安装技能培训。', capital='100万元',
              blurb='由安装企业举办的民办非企业职业技能培训机构', supervisor='上海市宝山区人力资源和社会保障局')
    spec('P08', o, [A('gg', [5, 4, 3, 2])], 'anzhuang', dict(
        scheme='orgtop', form=dict(style='cols', prod='rl'), ind=dict(prod='html', variant=2), dist=dict(prod='html', variant=0),
        credit=dict(variant=1), audit=dict(prod='docx'),
        bundle={'工作方案、承诺书、廉洁责任书及实施方案.pdf': ['work', 'pledge', 'integrity', 'impl']},
        work=dict(mode='separate'), impl=dict(eval_style='para'), samples=dict(mode='per_level', tstyle=6, prod='docx')),
        'pass', [], [], '民非；行业协会推荐书；一个PDF内含工作方案、承诺书、廉洁责任书和实施方案（含各等级评价方案）；样题为LibreOffice导出。材料齐全。')

    o = mkorg(R, '上海嘉树盆景艺术培训学校', 'mfq', '嘉定区', scope='盆景艺术技能培训；园艺技能培训；盆景艺术交流。', capital='30万元',
              blurb='专业从事盆景艺术技能培训的民办学校', supervisor='上海市嘉定区教育局')
    spec('P09', o, [A('pjs', [5, 4, 3])], 'huahui', dict(
        scheme='attach', form=dict(style='tick', prod='docx-gs'), ind=dict(prod='docx-gs', variant=2), dist=dict(prod='docx-gs', variant=0),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='separate', prod='odt-gs', pledge_prod='docx-gs', integrity_prod='docx-gs'),
        impl=dict(prod='odt', eval_style='para'), samples=dict(mode='per_set', tstyle=0, prod='odt')),
        'pass', [], [], '民非；多数文件经Ghostscript重新蒸馏；推荐书由上海市花卉协会（行业协会）出具。材料齐全。')

    o = mkorg(R, '上海悦听听力技术有限公司', 'company', '普陀区', scope='一般项目：第二类医疗器械销售；助听器验配服务；健康咨询服务（不含诊疗服务）；职业技能培训（不含需取得许可的培训）。',
              type_line='有限责任公司（台港澳法人独资）', reg_authority='上海市市场监督管理局', blurb='台港澳法人独资的听力服务连锁企业')
    spec('P10', o, [A('zty', [4, 3, 2])], 'canlian', dict(
        scheme='folders', form=dict(style='remarks', prod='docx'), ind=dict(prod='html', variant=0), dist=dict(prod='html', variant=1),
        credit=dict(variant=0, faint_copy=True), audit=dict(prod='rl'), work=dict(mode='combined', prod='rl'),
        impl=dict(prod='html', eval_style='table'), samples=dict(mode='per_occ', tstyle=7, prod='rl'), extras=['photo_blur']),
        'pass', [], ['[no effect] 06其他材料/信用报告（扫描件）.pdf 为无法辨认的60dpi淡扫描，但同一信用报告另有清晰文字PDF', '[no effect] 一张模糊的现场照片（附加材料）'],
        '台港澳法人独资企业；申请表带备注列（长文本换行）；信用报告另有一份无法辨认的扫描副本，但文字版齐全，故不影响。材料齐全。')

    o = mkorg(R, '上海申瑞轨道交通技术培训有限公司', 'company', '松江区', scope='一般项目：职业技能培训（不含需取得许可的培训）；轨道交通通信信号系统开发；技术服务、技术开发。',
              blurb='面向城市轨道交通运营单位开展信号专业技能培训的企业')
    spec('P11', o, [A('gjxh', [5, 4, 3])], 'jiaotong', dict(
        scheme='flat', form=dict(style='tick', prod='html'), ind=dict(prod='rl', variant=0),
        dist=dict(prod='rl', variant=0, post=dict(mode='scan', ocr='rl3', dpi=150, gray=False, tint=(255, 250, 238))),
        credit=dict(variant=1), audit=dict(prod='rl'), work=dict(mode='separate', prod='docx'),
        impl=dict(prod='docx', eval_style='para'), samples=dict(mode='per_set', tstyle=5, prod='rl')),
        'pass', [], [], '区人社局推荐函为彩色扫描件带隐形文字层（红章可见）；样题为技能操作考核试题A卷/B卷。材料齐全。')

    o = mkorg(R, '上海绿循环境服务股份有限公司', 'company', '青浦区', scope=SCOPE['clean'], type_line='股份有限公司（非上市、自然人投资或控股）',
              blurb='从事生活垃圾分类收运和环卫保洁服务的股份制企业')
    spec('P12', o, [A('ljqy', [5, 4, 3])], 'lvrong', dict(
        scheme='folders', form=dict(style='range', prod='odt'), ind=dict(prod='rl', variant=0, post=dict(mode='photo', dpi=130, blur=0.5)),
        dist=dict(prod='html', variant=2), credit=dict(variant=0), audit=dict(prod='rl'),
        cert=dict(post=dict(mode='scan', dpi=150, gray=True)),
        work=dict(mode='separate', prod='rl', pledge_prod='rl', pledge_post=dict(mode='scan', ocr='ocrmypdf', dpi=170, gray=True)),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_level', tstyle=1, prod='rl'), extras=['toc', 'photos']),
        'pass', [], [], '行业推荐函为清晰的手机拍照JPG；营业执照为灰度扫描（公章呈灰色，仍视为已盖章）；承诺书为带OCR层扫描件。材料齐全。')

    # ================================================================ FAIL (14)
    o = mkorg(R, '上海汇政通政务服务外包有限公司', 'company', '虹口区', scope='一般项目：政务服务外包；业务流程外包；信息技术咨询服务；职业技能培训（不含需取得许可的培训）。',
              blurb='承接区级政务服务中心窗口外包业务的企业')
    spec('F01', o, [A('zwfw', [5, 4, 3])], 'shuju', dict(
        scheme='folders', form=dict(style='tick', prod='docx'), ind=dict(missing=True), dist=dict(prod='html', variant=0),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='combined', prod='docx'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=0), extras=['photo_blur']),
        'fail', ['missing_material:industry_letter'], ['缺少行业主管部门（或上级主管部门）推荐函', '[no effect] 一张模糊的现场照片（附加材料）'],
        '包内没有任何行业主管部门推荐函（只有区人社局推荐函），缺少必备材料。')

    o = mkorg(R, '昆山锐创增材制造科技有限公司', 'company', '嘉定区', code_div='320583', address='江苏省昆山市玉山镇元丰路%d号' % R.randint(10, 300),
              reg_authority='昆山市市场监督管理局', scope='一般项目：增材制造；3D打印服务；增材制造装备销售；职业技能培训（不含需取得许可的培训）。',
              blurb='在昆山登记、在上海嘉定设立培训考核点的增材制造企业')
    spec('F02', o, [A('zczz', [5, 4, 3])], 'zengcai', dict(
        scheme='flat', enc='gbk', form=dict(style='names', prod='rl'), ind=dict(prod='html', variant=2), dist=dict(prod='html', variant=0),
        credit=dict(variant=1), audit=dict(prod='rl'), work=dict(mode='separate', prod='rl'),
        impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_level', tstyle=2)),
        'fail', ['not_registered_in_shanghai'], ['统一社会信用代码区划为320583（江苏昆山），营业执照登记机关为昆山市市场监督管理局，非本市依法登记'],
        '申报单位在江苏昆山登记（代码第3-8位320583），不是本市依法登记的法人；其余材料齐全。')

    o = mkorg(R, '上海市化工职业技能培训中心', 'sy', '金山区', code_div='310000', capital='800万元', sponsor='上海市化学工业局（已撤销）后续管理单位上海华谊（集团）公司'.replace('上海市化学工业局（已撤销）后续管理单位', ''),
              scope='开展化工行业职业技能培训，促进化工技能人才培养。化工职业技能培训、职业技能等级认定服务、技能竞赛组织。',
              blurb='举办单位出资设立的事业单位', type_line='事业单位法人')
    spec('F03', o, [A('hgzk', [5, 4, 3])], 'jingxin', dict(
        scheme='attach', form=dict(style='range', prod='docx'), ind=dict(prod='html', variant=0), dist=dict(prod='html', variant=1),
        credit=dict(variant=1), audit=dict(prod='rl'), work=dict(mode='separate', prod='docx'),
        impl=dict(prod='docx', eval_style='para'), samples=dict(mode='per_set', tstyle=3)),
        'fail', ['ineligible_public_institution'], ['统一社会信用代码类别12（事业单位），登记证书为事业单位法人证书'],
        '申报单位是事业单位（代码12开头，事业单位法人证书），通知明确政府及其所属事业单位不能申报。')

    o = mkorg(R, '上海膳衡健康管理有限公司', 'company', '奉贤区', scope=SCOPE['care'].replace('护理机构服务（不含医疗服务）；', '') + '营养健康咨询服务。',
              blurb='从事营养与健康管理服务的企业')
    spec('F04', o, [A('yys', [4, 3]), A('jkgl', [3])], 'weijian', dict(
        scheme='folders', form=dict(style='remarks', prod='docx'), ind=dict(prod='rl', variant=1), dist=dict(prod='rl', variant=0),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='combined', prod='rl'),
        impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_occ', tstyle=1)),
        'fail', ['occupation_not_in_notice:4-14-02-02 健康管理师'], ['申报健康管理师（4-14-02-02）三级，该职业不在通知附件48个职业（工种）之内'],
        '申请表同时申报营养师（公共营养师）和健康管理师，后者不在本次征集范围。')

    o = mkorg(R, '上海衡准计量检测技术有限公司', 'company', '嘉定区', scope='一般项目：计量技术服务；检验检测服务；仪器仪表修理；职业技能培训（不含需取得许可的培训）。',
              blurb='依法取得计量授权的第三方计量检测机构')
    spec('F05', o, [A('jly', [4, 3, 2])], 'shijian', dict(
        scheme='orgtop', form=dict(style='cols', prod='odt'), ind=dict(prod='html', variant=0), dist=dict(prod='html-css', variant=3),
        credit=dict(variant=1), audit=dict(prod='docx'), work=dict(mode='separate', prod='docx'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=4)),
        'fail', ['level_not_allowed:计量员（热工计量员） 二级'], ['计量员（热工计量员）通知只允许四级、三级，申请表勾选了二级'],
        '申报计量员（热工计量员）四级至二级，二级超出通知允许的等级。')

    o_dup = mkorg(R, '上海沁园茶饮文化传播有限公司', 'company', '静安区', scope=SCOPE['food'], blurb='从事茶饮文化推广与门店运营的企业')
    spec('F06', o_dup, [A('tys', [5, 4, 3])], 'shangwu', dict(
        scheme='folders', form=dict(style='tick', prod='docx'), ind=dict(prod='html', variant=0), dist=dict(prod='html', variant=0),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='combined', prod='docx'),
        impl=dict(prod='docx', eval_style='para'), samples=dict(mode='per_set', tstyle=2)),
        'fail', ['duplicate_application:调饮师'], ['同一单位（同一信用代码）在本语料另一个包中再次申报调饮师'],
        '本包材料齐全，但同一单位另有一个包（二级、一级）同样申报调饮师，一年内不得多次申报同一职业，两包均不通过。')
    spec('F07', o_dup, [A('tys', [2, 1])], 'shangwu', dict(
        scheme='flat', form=dict(style='names', prod='rl'), ind=dict(prod='rl', variant=1), dist=dict(prod='rl', variant=2),
        credit=dict(variant=1), audit=dict(prod='docx'), work=dict(mode='separate', prod='rl'),
        impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_level', tstyle=6)),
        'fail', ['duplicate_application:调饮师'], ['同一单位（同一信用代码）在本语料另一个包中再次申报调饮师'],
        '本包材料齐全（调饮师二级、一级），但同一单位另有一个包申报调饮师五级至三级，两包均不通过。')

    o = mkorg(R, '上海洁诚物业服务有限公司', 'company', '浦东新区', scope=SCOPE['clean'], blurb='从事商务楼宇物业与保洁服务的企业')
    spec('F08', o, [A('bjy', [5, 4])], 'wuye', dict(
        scheme='attach', form=dict(style='range', prod='odt'), ind=dict(prod='html', variant=2), dist=dict(prod='html', variant=0),
        credit=dict(variant=0, penalties=[('沪市监浦处〔2024〕152024000%03d号' % R.randint(100, 999), '上海市浦东新区市场监督管理局', '2024-06-12',
                                           '发布违法广告，违反《中华人民共和国广告法》第二十八条，罚款人民币贰万元')]),
        audit=dict(prod='rl'), work=dict(mode='separate', prod='rl'), impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=7)),
        'fail', ['credit_record:行政处罚 查见1条'], ['信用报告“行政处罚信息”查见1条，并列出处罚明细'],
        '信用报告显示一条行政处罚记录，不满足“无违法违规、失信等不良行为记录”。')

    o = mkorg(R, '上海智汇数据安全技术有限公司', 'company', '普陀区', scope=SCOPE['tech'] + '网络与信息安全软件开发。', blurb='数据安全服务企业')
    spec('F09', o, [A('sjaq', [4, 3, 2])], 'jingxin', dict(
        scheme='folders', form=dict(style='split', prod='docx'), ind=dict(prod='html', variant=0, wrong='上海汇安网络科技有限公司'),
        dist=dict(prod='docx', variant=1), credit=dict(variant=1), audit=dict(prod='rl'), work=dict(mode='combined', prod='rl'),
        impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_occ', tstyle=0)),
        'fail', ['letter_recommends_other_org:industry_letter'], ['行业主管部门推荐函推荐的是“上海汇安网络科技有限公司”，不是申报单位'],
        '行业推荐函所推荐单位与申报单位不符，等同于缺少对本单位的行业推荐。', rec_code=make_code(R, '91', '310110'))

    o = mkorg(R, '上海曦禾色彩设计有限公司', 'company', '青浦区', scope='一般项目：专业设计服务；平面设计；色彩咨询服务；职业技能培训（不含需取得许可的培训）。',
              site='江苏省太仓市城厢镇上海东路%d号3楼' % R.randint(10, 200), blurb='从事色彩设计与形象管理培训的企业')
    o['site_district'] = '太仓市'
    spec('F10', o, [A('scdp', [4, 3, 2])], 'shangwu', dict(
        scheme='orgtop', form=dict(style='tick', prod='rl'), ind=dict(prod='rl', variant=1),
        dist=dict(prod='html', variant=0, bureau='太仓市人力资源和社会保障局', prefix='太人社'),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='separate', prod='docx'),
        impl=dict(prod='docx', eval_style='para'), samples=dict(mode='per_set', tstyle=1)),
        'fail', ['district_letter_outside_shanghai'], ['考核点推荐函由江苏省太仓市人力资源和社会保障局出具，考核点不在本市'],
        '“区人社部门推荐函”出自太仓市人社局，不是本市区人社部门。')

    o = mkorg(R, '上海云图数码科技有限公司', 'company', '崇明区', scope=SCOPE['tech'], blurb='在崇明区登记的数字化服务企业')
    spec('F11', o, [A('szh', [4, 3])], 'jingxin', dict(
        scheme='flat', form=dict(style='kv', prod='docx', name='上海云图数字科技有限公司'), ind=dict(prod='rl', variant=0),
        dist=dict(prod='rl', variant=3), credit=dict(variant=0), audit=dict(prod='docx'), work=dict(mode='separate', prod='rl'),
        impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_level', tstyle=3)),
        'fail', ['name_mismatch'], ['申请表单位名称为“上海云图数字科技有限公司”，营业执照与信用报告为“上海云图数码科技有限公司”'],
        '申请表上的单位名称与营业执照、信用报告不一致（数字/数码）。')

    o = mkorg(R, '上海沪康艾灸保健服务有限公司', 'company', '长宁区', scope='一般项目：养生保健服务（非医疗）；中医养生保健服务（非医疗）；职业技能培训（不含需取得许可的培训）。',
              blurb='连锁艾灸养生保健服务企业')
    spec('F12', o, [A('ajs', [5, 4, 3])], 'zhongyi', dict(
        scheme='folders', form=dict(style='names', prod='odt'), ind=dict(prod='html', variant=1), dist=dict(prod='html', variant=0),
        credit=dict(variant=2), audit=dict(prod='rl'), work=dict(mode='combined', prod='docx'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=0, missing=[(0, 3, 2)])),
        'fail', ['single_sample_set:保健调理师（保健艾灸师） 三级'], ['三级只有样题一，缺少第二套样题（五级、四级各两套）'],
        '三级（高级工）只提交了一套样题。')

    o = mkorg(R, '上海筑衡节能科技有限公司浦东分公司', 'branch', '浦东新区', scope=SCOPE['build'] + '（不得从事总公司经营范围以外的业务）', capital='',
              blurb='上海筑衡节能科技有限公司设立的分公司')
    spec('F13', o, [A('jzjn', [4, 3, 2])], 'zhujian', dict(
        scheme='attach', form=dict(style='range', prod='rl'), ind=dict(prod='html', variant=0), dist=dict(prod='html', variant=1),
        credit=dict(variant=1), audit=dict(prod='rl'), work=dict(mode='separate', prod='rl'),
        impl=dict(prod='docx', eval_style='table'), samples=dict(mode='per_occ', tstyle=2)),
        'fail', ['branch_not_legal_person'], ['营业执照类型为“有限责任公司分公司（自然人投资或控股）”，分公司不是独立法人'],
        '申报主体是分公司，不具备独立法人资格。')

    o = mkorg(R, '上海启明科技咨询服务有限公司', 'company', '徐汇区', scope='一般项目：科技中介服务；技术服务、技术开发、技术咨询；知识产权服务；社会经济咨询服务。',
              blurb='从事科技成果转化与科技咨询服务的企业')
    spec('F14', o, [A('kjzx', [3, 2])], 'kewei', dict(
        scheme='folders', form=dict(style='tick', prod='docx'), ind=dict(prod='html', variant=0),
        dist=dict(prod='html', variant=1, bureau='上海市徐汇区漕河泾街道办事处', prefix='漕街'),
        credit=dict(variant=0), audit=dict(prod='rl', years=[2021, 2023]),
        work=dict(mode='separate', prod='rl', integrity_prod='docx-raw'), impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=6)),
        'fail', ['missing_material:audit_report_2022', 'district_letter_wrong_issuer'],
        ['审计报告为2021年度和2023年度，缺2022年度', '考核点推荐函由漕河泾街道办事处出具，不是区人社局',
         '[review-level] 廉洁责任书只有可编辑的.docx（无签章）'],
        '缺2022年度审计报告、区级推荐函出具机关不是区人社局；另有廉洁责任书仅为docx（复核级问题），有明确不合格项故判不通过。')

    # ================================================================ REVIEW (10)
    o = mkorg(R, '上海禾丰社区健康服务中心', 'mfq', '长宁区', scope='社区健康教育；健康管理咨询；社区健康服务人员培训。', capital='20万元',
              blurb='从事社区健康服务的民办非企业单位', supervisor='上海市长宁区卫生健康委员会')
    spec('R01', o, [A('sqjk', [4, 3])], 'weijian', dict(
        scheme='attach', form=dict(style='tick', prod='odt'), ind=dict(prod='html', variant=1), dist=dict(prod='html', variant=0),
        credit=dict(variant=0, post=dict(mode='encrypt')), audit=dict(prod='rl'), work=dict(mode='combined', prod='rl'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=1)),
        'review', ['unreadable_material:credit_report(encrypted)'], ['信用报告PDF设置了打开密码，无法读取，包内无其他信用报告'],
        '信用报告加密无法打开，需人工向申报单位索取密码或重新提交。')

    o = mkorg(R, '上海敏味餐饮管理有限公司', 'company', '金山区', scope=SCOPE['food'], blurb='团餐与中央厨房运营企业')
    spec('R02', o, [A('spaq', [4, 3, 2])], 'shangwu', dict(
        scheme='folders', form=dict(style='split', prod='docx'), ind=dict(prod='rl', variant=0), dist=dict(prod='rl', variant=3),
        credit=dict(variant=1), audit=dict(prod='docx', corrupt_year=2023, corrupt=dict(mode='corrupt', keep=0.1)),
        work=dict(mode='separate', prod='docx'), impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_level', tstyle=0)),
        'review', ['unreadable_material:audit_report_2023(corrupt)'], ['2023年度审计报告PDF被截断，无法打开'],
        '2023年度审计报告文件损坏（不完整上传），不能确认其存在与内容。')

    o = mkorg(R, '上海恒康制药有限公司', 'company', '奉贤区', scope=SCOPE['pharma'], blurb='中药颗粒剂生产企业')
    spec('R03', o, [A('ykl', [5, 4, 3])], 'yaojian', dict(
        scheme='scans', form=dict(style='cols', prod='rl'), ind=dict(prod='rl', variant=0, post=dict(mode='scan', dpi=150, gray=True)),
        dist=dict(prod='rl', variant=0, post=dict(mode='scan', dpi=60, gray=True, faint=True, blur=1.4)),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='separate', prod='rl'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=4)),
        'review', ['unreadable_material:district_letter(faint scan)'], ['区人社局推荐函只有一份60dpi、极淡且模糊的扫描件，无法辨认'],
        '考核点所在区人社部门推荐函扫描件无法辨认（行业推荐函扫描件清晰）。')

    o = mkorg(R, '上海星塑三维打印科技有限公司', 'company', '宝山区', scope='一般项目：3D打印服务；增材制造；工业设计服务；职业技能培训（不含需取得许可的培训）。',
              blurb='增材制造服务企业')
    spec('R04', o, [A('zczz', [4, 3, 2])], 'zengcai', dict(
        scheme='flat', form=dict(style='range', prod='html'), ind=dict(prod='html', variant=2), dist=dict(prod='html', variant=1),
        credit=dict(variant=1), audit=dict(prod='rl'), cert=dict(post=dict(mode='photo', dpi=40, blur=3.2, quality=40)),
        work=dict(mode='separate', prod='rl'), impl=dict(prod='rl', eval_style='table'), samples=dict(mode='per_occ', tstyle=5)),
        'review', ['unreadable_material:registration_certificate(blurred photo)'], ['营业执照只有一张严重模糊、低分辨率的手机照片，无法辨认'],
        '营业执照复印件无法辨认，需人工复核。')

    o = mkorg(R, '上海安居房地产顾问有限公司', 'company', '黄浦区', scope='一般项目：房地产咨询；房地产经纪；市场营销策划；职业技能培训（不含需取得许可的培训）。',
              blurb='房地产策划与顾问服务企业')
    spec('R05', o, [A('fdc', [4, 3])], 'fangguan', dict(
        scheme='folders', form=dict(style='remarks', prod='rl'), ind=dict(prod='html', variant=0), dist=dict(prod='html', variant=3),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='separate', prod='rl', pledge_prod='docx-raw', integrity_prod='docx-raw'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=3)),
        'review', ['signed_material_docx_only:pledge', 'signed_material_docx_only:integrity_letter'],
        ['承诺书与廉洁责任书只有可编辑的.docx，无签字盖章版本'], '承诺书、廉洁责任书仅为Word文档，无法确认已签章。')

    o = mkorg(R, '上海合瑞碳资产咨询有限公司', 'company', '浦东新区', scope=SCOPE['env'], blurb='碳资产咨询服务企业')
    spec('R06', o, [A('tzx', [3, 2])], 'shengtai', dict(
        scheme='orgtop', form=dict(style='tick', prod='docx'), ind=dict(prod='rl', variant=0, seal=False), dist=dict(prod='html', variant=0),
        credit=dict(variant=0), audit=dict(prod='docx'), work=dict(mode='combined', prod='rl'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=5)),
        'review', ['seal_missing:industry_letter'], ['行业主管部门推荐函没有公章（仅有落款）'], '行业推荐函未加盖公章，需人工核实。')

    o = mkorg(R, '上海云帆数字孪生技术有限公司', 'company', '虹口区', scope=SCOPE['tech'], bad='pos18', blurb='数字孪生技术服务企业')
    spec('R07', o, [A('szls', [5, 4])], 'jingxin', dict(
        scheme='attach', form=dict(style='names', prod='docx'), ind=dict(prod='html', variant=1), dist=dict(prod='html', variant=0),
        credit=dict(variant=0), audit=dict(prod='rl'), work=dict(mode='separate', prod='docx'),
        impl=dict(prod='docx', eval_style='para'), samples=dict(mode='per_set', tstyle=2)),
        'review', ['credit_code_checksum:position18'], ['统一社会信用代码第18位校验码不正确（所有材料中一致）'],
        '信用代码校验位不通过，按规则转人工复核；其余材料齐全。')

    o = mkorg(R, '上海市低碳发展促进会', 'st', '静安区', code_div='310000', capital='30万元', supervisor='上海市生态环境局',
              scope='低碳发展政策研究、行业交流、技术推广、人才培训、咨询服务。', blurb='在上海市民政局登记的社会团体', reg_authority='上海市民政局')
    spec('R08', o, [A('tpf', [5]), A('tjy', [4, 3])], 'shengtai', dict(
        scheme='folders', form=dict(style='tick', prod='odt'), ind=dict(prod='html-serif', variant=0), dist=dict(prod='html', variant=1),
        credit=dict(variant=1), audit=dict(prod='rl'), work=dict(mode='combined', prod='docx'),
        impl=dict(prod='rl', eval_style='table', one_file=True), samples=dict(mode='per_level', tstyle=0), extras=['toc']),
        'review', ['social_group_unverified'], ['申报单位为社会团体（代码51），是否已与政府部门脱钩无法从材料判断'],
        '社会团体法人，材料齐全，但须人工核实是否为未脱钩社团。')

    o = mkorg(R, '上海安和医疗护理服务有限公司', 'company', '普陀区', scope=SCOPE['care'], bad='embedded', blurb='医疗护理员派遣与培训企业')
    spec('R09', o, [A('ylhl', [4, 3])], 'weijian', dict(
        scheme='flat', form=dict(style='split', prod='rl'), ind=dict(prod='rl', variant=0), dist=dict(prod='rl', variant=1),
        credit=dict(variant=2), audit=dict(prod='rl'), work=dict(mode='separate', prod='rl'),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_level', tstyle=7)),
        'review', ['credit_code_checksum:embedded_org_code'], ['统一社会信用代码第17位（组织机构代码校验位）不正确，第18位按错误本体计算仍能通过'],
        '信用代码内嵌组织机构代码校验失败，转人工复核；其余材料齐全。')

    o = mkorg(R, '上海聚贤化工职业技能培训学校', 'mfq', '金山区', scope='化工操作类职业技能培训。', capital='60万元',
              blurb='金山化工园区周边的民办职业培训学校', supervisor='上海市金山区人力资源和社会保障局')
    spec('R10', o, [A('hgzk', [5, 4])], 'jingxin', dict(
        scheme='orgtop', form=dict(style='range', prod='docx'), ind=dict(prod='html', variant=0), dist=dict(prod='html', variant=0),
        credit=dict(variant=1), audit=dict(prod='rl'), work=dict(mode='separate', prod='rl', pledge_seal=False),
        impl=dict(prod='rl', eval_style='para'), samples=dict(mode='per_set', tstyle=6), extras=['floor_enc']),
        'review', ['seal_missing:pledge'], ['承诺书无单位公章（仅有法定代表人签字行）', '[no effect] 考核点平面布置图PDF已加密（附加材料）'],
        '承诺书未盖章需人工核实；加密的平面图属附加材料，不影响结论。')

    # consistency checks on what was planted
    for s in S:
        for c, n, lv in s['apps']:
            ok = all(occ_allowed(c, n, l) for l in lv)
            if s['verdict'] == 'pass':
                assert ok, (s['slot'], n)
        cv = code_valid(s['org']['code'])
        assert cv == (not any(x.startswith('credit_code_checksum') for x in s['causes'])), s['slot']
        assert s['org']['code'][2:4] == '31' or s['slot'] == 'F02'
    # assign M numbers: a seeded shuffle
    order = list(range(len(S)))
    random.Random(7_447).shuffle(order)
    out = [None] * len(S)
    for m, i in enumerate(order):
        S[i]['id'] = 'M%02d' % (m + 1)
        out[m] = S[i]
    # fix nested path after org known (P04)
    return out


def write_readme(key, PROD):
    pk = key['packages']
    cnt = {}
    for v in pk.values():
        cnt[v['verdict']] = cnt.get(v['verdict'], 0) + 1
    prods = {}
    ndocs = 0
    for v in pk.values():
        for d in v['documents']:
            ndocs += 1
            prods[d['producer']] = prods.get(d['producer'], 0) + 1
    rows = []
    for z, v in sorted(pk.items()):
        rows.append('| %s | %s | %s | %s |' % (z, v['verdict'], '<br>'.join(v['causes']) or '—', '<br>'.join(v['defects']) or '—'))
    txt = """# Blind test corpus "final7"

36 application packages answering 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the
pre-screening tool.  Verdicts: **%d pass, %d fail, %d review**; %d documents in all.

## Regenerate

    python3 generate.py          # rebuilds packages/ and key.json (a few minutes; LibreOffice, Chromium, ocrmypdf are called)
    python3 selfcheck.py         # zips open, key paths exist, names in text layers, scans without text layer

Sources: `generate.py` (build + zip + key), `specs.py` (the 36 package specifications: what is planted where, verdicts, README
writer), `gen_content.py` (document wording, certificates), `gen_base.py` (credit-code algorithm, seals, IR renderers, scans).
Each package draws its wording from `random.Random(SEED + index)`; the M-numbers are a seeded shuffle, so verdicts are not grouped.
Working files go to `build/` (safe to delete).

## Key conventions
* `causes`: machine-readable reasons that decide the verdict (fail causes in a fail package; review causes in a review package).
* `defects`: human-readable description of every planted problem; entries starting `[review-level]` are review issues inside a
  fail package, entries starting `[no effect]` are deliberate oddities that must not change the verdict (an unreadable extra,
  an unreadable duplicate of a material that is also present readably).
* `documents[].text`: `text` (text layer with the organisation name, except the deliberately wrong-name/wrong-org documents),
  `ocr-layer` (scan with invisible text), `none` (image-only scan or JPG), `encrypted`, `corrupt`.
* `seal` is given for stamped kinds only (letters, pledge, integrity letter, registration certificate); `.docx` files carry
  `seal: false` (unsigned, editable).  A grayscale scan of a stamped page has `seal: true` (grey seal).
* Cause vocabulary: missing_material:<kind>, not_registered_in_shanghai, ineligible_public_institution, occupation_not_in_notice,
  level_not_allowed, duplicate_application, credit_record, letter_recommends_other_org, district_letter_outside_shanghai,
  district_letter_wrong_issuer, name_mismatch, single_sample_set, branch_not_legal_person; review: unreadable_material,
  signed_material_docx_only, seal_missing, credit_code_checksum, social_group_unverified.

## Producers used (documents per producer)
%s

## Packages
| zip | verdict | causes | defects |
|---|---|---|---|
%s
""" % (cnt.get('pass', 0), cnt.get('fail', 0), cnt.get('review', 0), ndocs,
       '\n'.join('* %s — %d' % (p, n) for p, n in sorted(prods.items(), key=lambda x: -x[1])), '\n'.join(rows))
    (ROOT / 'README.md').write_text(txt, encoding='utf-8')
