# -*- coding: utf-8 -*-
"""Regenerate the final17 blind corpus: packages/*.zip and key.json.
Usage: python3 generate.py            (all packages)
       python3 generate.py Y03 Y07    (only these; key.json is still rewritten for all from the configs)
Deterministic content (random.Random seeded per package)."""
import os, sys, io, json, random, shutil, subprocess, zipfile, tempfile, copy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib_render import *          # noqa
from content import *             # noqa

PKG_DIR = os.path.join(HERE, 'packages')
BUILD = os.path.join(HERE, 'build')

DIST = {'310101': '黄浦区', '310104': '徐汇区', '310105': '长宁区', '310106': '静安区', '310107': '普陀区',
        '310109': '虹口区', '310110': '杨浦区', '310112': '闵行区', '310113': '宝山区', '310114': '嘉定区',
        '310115': '浦东新区', '310116': '金山区', '310117': '松江区', '310118': '青浦区', '310120': '奉贤区',
        '310151': '崇明区'}
DABBR = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨',
         '闵行区': '闵', '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松', '青浦区': '青',
         '奉贤区': '奉', '崇明区': '崇'}
ROADS = ['漕溪北路', '宜山路', '延安西路', '天目中路', '真北路', '四川北路', '国定路', '莘庄路', '牡丹江路', '博乐路',
         '张江路', '卫零路', '中山路', '华青路', '南桥路', '八一路', '沪太路', '金科路', '龙吴路', '沪闵路']

NATURE = {'company': '企业（有限责任公司）', 'jituan': '企业（国有控股子公司）', 'foreign': '企业（外商投资）',
          'branch': '企业（分公司）', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位'}

P = {}   # package configs by id


def pkg(pid, name, ctype, div, apps, ind, dist_name, verdict, causes, defects, why, **kw):
    rnd = random.Random('final17-' + pid)
    cat = {'company': '91', 'jituan': '91', 'foreign': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[ctype]
    code = kw.pop('code', None) or make_code(cat, div, rnd)
    dname = DIST.get(div, '')
    surn = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高沈钱'
    rep = rnd.choice(surn) + rnd.choice('建志晓海伟静俊秀文佳明永立') + rnd.choice('国强燕涛敏雯杰英博怡辉华平')
    site_d = dist_name
    road = rnd.choice(ROADS)
    c = dict(id=pid, form_name=name, seal_name=name, ctype=ctype, code=code, nature=NATURE[ctype], rep=rep,
             addr='上海市%s%s%d号%s' % (dname or '', road, rnd.randint(10, 2999), rnd.choice(['', '3幢', '2楼', '5层501室', 'A座12层'])),
             site_addr='上海市%s%s%d号' % (site_d, rnd.choice(ROADS), rnd.randint(10, 1999)),
             site_name=name + '职业技能等级认定考核点', area=rnd.randint(300, 2400),
             contact=rnd.choice(surn) + rnd.choice('丽晓静文佳敏') + rnd.choice('华燕雯怡婷'),
             phone='021-%d%07d' % (rnd.choice([5, 6]), rnd.randint(0, 9999999)),
             founded='%d年%02d月%02d日' % (rnd.randint(2003, 2019), rnd.randint(1, 12), rnd.randint(1, 28)),
             staff=rnd.randint(20, 300), scale=rnd.randint(800, 9000),
             intro='%s成立以来，主要从事%s相关的职业培训与技能评价服务，拥有专兼职教师和考评人员%d名，年培训规模约%d人次。'
                   % (name, '、'.join(occ_label(k) for k, _ in apps), rnd.randint(15, 80), rnd.randint(800, 9000)),
             apps=apps, reg_authority=kw.pop('reg_authority', None) or {
                 'company': '上海市%s市场监督管理局' % dname, 'jituan': '上海市%s市场监督管理局' % dname,
                 'foreign': '上海市市场监督管理局', 'branch': '上海市%s市场监督管理局' % dname,
                 'minfei': '上海市%s民政局' % dname, 'shetuan': '上海市民政局', 'shiye': '上海市%s事业单位登记管理局' % dname}[ctype],
             verdict=verdict, causes=causes, defects=defects, why=why)
    c['ind'] = dict(issuer=ind[0], v=ind[1], docno=ind[2] if len(ind) > 2 else '',
                    date=(2025, 1, rnd.randint(6, 16)))
    bureau = dist_name if dist_name.endswith('局') else '上海市%s人力资源和社会保障局' % dist_name
    c['dist'] = dict(bureau=bureau, v=kw.pop('dist_v', rnd.randint(0, 2)),
                     docno='%s人社函〔2025〕%d号' % (DABBR.get(dist_name, dist_name[:1]), rnd.randint(3, 60)),
                     date=(2025, 1, rnd.randint(8, 17)))
    c['credit'] = dict(date=(2025, 1, rnd.randint(10, 19)), no='%s%s%08d' % (rnd.choice(['SHXY', 'XYBG', 'GGXY']), '2025', rnd.randint(0, 10 ** 8)))
    firms = [('上海立远会计师事务所（普通合伙）', '沪立远会审字'), ('上海众华信会计师事务所有限公司', '众信审字'),
             ('上海华申联合会计师事务所（特殊普通合伙）', '华申审'), ('上海东正会计师事务所有限公司', '沪东正审字'),
             ('上海明诚会计师事务所有限公司', '明诚会审字')]
    f = firms[kw.pop('firm', rnd.randint(0, 4))]
    c['audit'] = dict(firm=f[0], prefix=f[1], cpa=[rnd.choice(surn) + rnd.choice('德慧志雪') + rnd.choice('明娟峰兰'),
                                                      rnd.choice(surn) + rnd.choice('金玉春立') + rnd.choice('霞伟芳刚')])
    c['reg'] = dict(type={'company': '有限责任公司（自然人投资或控股）', 'jituan': '有限责任公司（非自然人投资或控股的法人独资）',
                          'foreign': '有限责任公司（外商投资、非独资）', 'branch': '有限责任公司分公司'}.get(ctype, ''),
                    scope='一般项目：%s相关职业技能培训（不含需许可的培训）；技术服务、技术开发、技术咨询；会议及展览服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' % '、'.join(OCC[k][1] for k, _ in apps)
                    if ctype in ('company', 'jituan', 'foreign', 'branch') else
                    ('%s等职业技能培训。' % '、'.join(OCC[k][1] for k, _ in apps) if ctype == 'minfei' else
                     ('开展%s行业调查研究、培训、交流、咨询服务。' % OCC[apps[0][0]][1] if ctype == 'shetuan' else '为社区居民提供政务服务事项受理指导。')),
                    capital='人民币%d万元整' % rnd.choice([50, 100, 200, 300, 500, 1000]),
                    supervisor=kw.pop('supervisor', '上海市%s教育局' % dname), valid='2021年06月30日至2026年06月29日',
                    issue=rnd.choice(['2023年%d月%d日', '2024年%d月%d日']) % (rnd.randint(1, 12), rnd.randint(1, 28)))
    c.update(kw)
    P[pid] = c
    return c


# =============================================================== the 36 packages
A = lambda k, *lv: (k, list(lv))

# ---- pass
pkg('Y01', '上海申康职业技能培训学校', 'minfei', '310104', [A('医疗护理员', 5, 4, 3)],
    ('上海市卫生健康委员会', 0, '沪卫医函〔2025〕14号'), '徐汇区', 'pass', [], [],
    'Complete training-school package (民办非企业单位, valid code); python-docx→LibreOffice documents, licence as a colour scan.',
    prod='docx', names='num', form_v=0, supervisor='上海市徐汇区教育局', sample_group='per_set', extras=['teachers', 'contents'])
pkg('Y02', '上海浦江数智科技有限公司', 'company', '310115',
    [A('数字孪生应用技术员', 4, 3, 2), A('数字化解决方案设计师', 4, 3)],
    ('上海市经济和信息化委员会', 0, '沪经信人函〔2025〕6号'), '浦东新区', 'pass', [], [],
    'Complete; web-system printed application form, Chromium-printed documents with SVG seals, two occupations.',
    prod='html', names='folder', form_v=1, sample_group='per_level', extras=['floorplan'])
pkg('Y03', '上海沪东化工技术服务有限公司', 'jituan', '310116', [A('化工总控工', 5, 4, 3, 2)],
    ('上海沪东化工集团有限公司', 2, '沪东集团人〔2025〕3号'), '金山区', 'pass', [], [],
    'Complete; group subsidiary whose 上级主管部门 letter is the parent group\'s 批复; reportlab TTF documents.',
    prod='rl', names='top', form_v=2, sample_group='per_occ', extras=['site_photo'])
pkg('Y04', '上海杏林药业技能评价有限公司', 'company', '310120', [A('片剂制备', 5, 4, 3)],
    ('上海市药品监督管理局', 0, '沪药监人函〔2025〕9号'), '奉贤区', 'pass', [], [],
    'Complete; stamped materials (letters, pledge, integrity letter, licence, credit report) are legible 150-200 dpi scans (colour and grayscale, slight rotation).',
    prod='cid', names='scanner', form_v=3, scan_all=True, sample_group='per_level', gbk=True)
pkg('Y05', '上海德康环境咨询有限公司', 'foreign', '310105', [A('碳排放核算员', 4, 3, 2, 1)],
    ('上海市生态环境局', 3), '长宁区', 'pass', [], [],
    'Complete; foreign-invested company; one big Chromium PDF holds form, both letters, credit report, licence, work plan, pledge and integrity letter.',
    prod='html', names='fujian', form_v=4, big_pdf=True, sample_group='in_impl', firm=1)
pkg('Y06', '上海洁美物业管理有限公司', 'company', '310107', [A('保洁员', 5, 4, 3)],
    ('上海市物业管理行业协会', 1), '普陀区', 'pass', [], [],
    'Complete; odfpy .odt → LibreOffice PDFs; zip written with GBK names like Windows\' built-in zip.',
    prod='odt', names='num', form_v=0, gbk=True, sample_group='per_set', extras=['site_photo'])
pkg('Y07', '上海馨茶餐饮管理有限公司', 'company', '310106', [A('调饮师', 5, 4, 3, 2)],
    ('上海市商务委员会', 0, '沪商服函〔2025〕21号'), '静安区', 'pass', [], [],
    'Complete; zipped on a Mac (__MACOSX junk); reportlab CID (STSong-Light) documents; sample papers with answer sheets.',
    prod='cid', names='folder', form_v=2, macosx=True, sample_group='per_set', answer=True, extras=['contents'])
pkg('Y08', '上海信诚信用管理咨询有限公司', 'company', '310101', [A('信用管理师', 4, 3, 2, 1)],
    ('上海市发展和改革委员会', 3), '黄浦区', 'pass', [], [],
    'Complete; signed materials are scans with an invisible OCR text layer; sample papers in a nested zip.',
    prod='html', names='fujian', form_v=3, ocr_signed=True, sample_group='per_set', nested=True)
pkg('Y09', '上海轨通机电技术有限公司', 'company', '310112', [A('城市轨道交通信号工', 5, 4, 3)],
    ('上海市交通委员会', 0, '沪交人函〔2025〕4号'), '闵行区', 'pass', [], [],
    'Complete; LibreOffice (python-docx) documents re-distilled with Ghostscript; evaluation plans in a merged-cell table.',
    prod='docx', gs=True, names='top', form_v=4, impl_v=1, sample_group='per_level', extras=['floorplan'])
pkg('Y10', '上海安居置业顾问有限公司', 'company', '310110', [A('房地产策划师', 4, 3)],
    ('上海市房地产行业协会', 1), '杨浦区', 'pass', [], [],
    'Complete; application form, work plan and implementation plan submitted as editable .docx (none of them needs a signature); GBK names.',
    prod='docx', names='folder', form_v=1, raw_docx=['form', 'work', 'impl'], gbk=True, sample_group='per_set')
pkg('Y11', '上海增材智造科技有限公司', 'company', '310114', [A('增材制造设备操作员', 5, 4, 3, 2, 1)],
    ('上海市经济和信息化委员会', 3), '嘉定区', 'pass', [], [],
    'Complete; all five levels, both sample sets of each level in one PDF per level; mix of Chromium and reportlab.',
    prod='html', prod2='rl', names='num', form_v=2, impl_v=2, sample_group='per_level', extras=['teachers'])
pkg('Y12', '上海康膳营养健康管理有限公司', 'company', '310109', [A('公共营养师', 4, 3)],
    ('上海市卫生健康委员会', 3), '虹口区', 'pass', [], [],
    'Complete; letters and licence are legible grayscale scans (grey seals); an unreadable blurred site photo is an extra only.',
    prod='odt', names='scanner', form_v=4, gray_scans=['ind', 'dist', 'reg', 'pledge'], sample_group='per_set',
    extras=['site_photo_bad'])

# ---- fail
pkg('Y13', '上海云岭盆景园艺有限公司', 'company', '310118', [A('盆景师', 5, 4, 3)],
    ('上海市绿化和市容管理局', 0, '沪绿容函〔2025〕17号'), '青浦区', 'fail', ['missing:integrity_letter'],
    ['廉洁责任书 absent: the work plan holds only the 承诺书, no other file is an integrity letter'],
    'A required material (廉洁责任书) is missing altogether.',
    prod='odt', names='folder', form_v=3, no_integrity=True, sample_group='per_set')
pkg('Y14', '上海明安管道工程有限公司', 'company', '310113', [A('管工', 5, 4, 3)],
    ('上海市住房和城乡建设管理委员会', 0, '沪建人函〔2025〕11号'), '宝山区', 'fail', ['missing:audit_report_2022'],
    ['audit reports cover 2023 and 2021; the 2022 audit report is missing'],
    'Only one of the two required audit years (2022, 2023) is present; the other report is for 2021.',
    prod='docx', names='num', form_v=1, audit_years=[2023, 2021], sample_group='per_level')
pkg('Y15', '昆山智检计量技术有限公司', 'company', '320583', [A('热工计量员', 4, 3)],
    ('上海市市场监督管理局', 3), '嘉定区', 'fail', ['not_shanghai_registered'],
    ['credit code region 320583 (昆山市); licence issued by 昆山市市场监督管理局'],
    'Registered outside Shanghai (code 91320583…), although its assessment site is in 嘉定区.',
    prod='html', names='fujian', form_v=0, reg_authority='昆山市市场监督管理局', sample_group='per_set')
pkg('Y16', '上海市普陀区社区事务受理服务指导中心', 'shiye', '310107', [A('政务服务办事员', 5, 4, 3)],
    ('上海市普陀区人民政府办公室', 0, '普府办函〔2025〕2号'), '普陀区', 'fail', ['ineligible:public_institution'],
    ['code category 12 (事业单位) and 事业单位法人证书'],
    'Applicant is a 事业单位 (public institution), which the notice excludes.',
    prod='rl', names='top', form_v=2, supervisor='上海市普陀区人民政府', sample_group='per_level')
pkg('Y17', '上海贝亲家庭服务有限公司', 'company', '310117', [A('医疗护理员', 5, 4), A('育婴员', 5, 4, 3)],
    ('上海市家庭服务业行业协会', 1), '松江区', 'fail', ['occupation_not_in_notice', 'unreadable:credit_report'],
    ['育婴员 4-10-01-02 is not one of the 48 occupations', 'credit report PDF is password-protected (review-level)'],
    'Applies for 育婴员, not in the notice; the encrypted credit report alone would be review, the scope defect makes it fail.',
    prod='docx', names='folder', form_v=0, encrypt=['credit'], sample_group='per_set')
pkg('Y18', '上海科联技术转移服务有限公司', 'company', '310110', [A('科技咨询师', 4, 3, 2)],
    ('上海市科学技术委员会', 0, '沪科人函〔2025〕8号'), '杨浦区', 'fail', ['level_not_allowed'],
    ['科技咨询师 四级 applied for; the notice allows 三级、二级、一级 only'],
    'A level not allowed for the occupation (科技咨询师 4).',
    prod='html', names='num', form_v=3, sample_group='per_level')
pkg('Y19', '上海福寿康护养老服务有限公司', 'company', '310105', [A('医疗护理员', 5, 4, 3)],
    ('上海市民政局', 0, '沪民养函〔2025〕5号'), '长宁区', 'fail', ['duplicate_application'],
    ['same organisation (same credit code) also applies for 医疗护理员 in Y20'],
    'The same organisation applies for 医疗护理员 twice in this corpus (Y19 and Y20).',
    prod='rl', names='folder', form_v=4, sample_group='per_set')
pkg('Y20', '上海福寿康护养老服务有限公司', 'company', '310105', [A('医疗护理员', 2, 1), A('保健艾灸师', 5, 4)],
    ('上海市民政局', 3), '闵行区', 'fail', ['duplicate_application'],
    ['same organisation (same credit code) also applies for 医疗护理员 in Y19'],
    'The same organisation applies for 医疗护理员 twice in this corpus (Y19 and Y20), here from another assessment site.',
    prod='docx', names='scanner', form_v=0, code=P['Y19']['code'], sample_group='per_level')
pkg('Y21', '上海绿源垃圾清运服务有限公司', 'company', '310112', [A('生活垃圾收集工', 5, 4, 3)],
    ('上海市绿化和市容管理局', 3), '闵行区', 'fail', ['credit:administrative_penalty', 'docx_only:pledge'],
    ['credit report: 行政处罚 查见2条 (listed in the table)', '承诺书 only as an editable .docx (review-level)'],
    'The credit report lists two administrative penalties; the .docx-only pledge alone would be review.',
    prod='cid', names='num', form_v=1, penalties=True, raw_docx=['pledge'], sample_group='per_set', gbk=True)
pkg('Y22', '上海瑞丰食品科技有限公司', 'company', '310120', [A('食品安全管理师', 4, 3, 2)],
    ('上海市市场监督管理局', 0, '沪市监食函〔2025〕12号'), '奉贤区', 'fail', ['industry_letter:other_organisation'],
    ['the industry recommendation letter recommends 上海瑞峰食品检测有限公司, not the applicant'],
    'The 行业主管部门 letter recommends a different organisation.',
    prod='odt', names='fujian', form_v=2, wrong_rec='上海瑞峰食品检测有限公司', sample_group='per_level')
pkg('Y23', '上海聆音听力技术有限公司', 'company', '310114', [A('助听器验配师', 4, 3)],
    ('上海市残疾人联合会', 3), '昆山市人力资源和社会保障局', 'fail', ['district_letter:not_shanghai'],
    ['the 考核点 recommendation letter is issued by 昆山市人力资源和社会保障局 (Jiangsu)'],
    'The district letter comes from a bureau outside Shanghai.',
    prod='html', names='folder', form_v=4, dist_v=0, sample_group='per_set')
pkg('Y24', '上海明德职业培训有限公司', 'company', '310106', [A('色彩搭配师', 4, 3)],
    ('上海市服装行业协会', 1), '静安区', 'fail', ['name_mismatch'],
    ['form says 上海明德职业培训有限公司; licence and credit report say 上海明德教育科技有限公司'],
    'Organisation name on the application form differs from the licence and the credit report.',
    prod='docx', names='top', form_v=3, other_name='上海明德教育科技有限公司', sample_group='per_set')
pkg('Y25', '上海智算数据安全技术有限公司', 'company', '310104', [A('数据安全管理员', 4, 3, 2)],
    ('上海市经济和信息化委员会', 3), '徐汇区', 'fail', ['sample_papers:one_set'],
    ['二级 has only one sample set (样题一); 四级 and 三级 have two'],
    'Only one set of sample papers for level 2.',
    prod='rl', names='num', form_v=0, one_set_level=2, sample_group='per_set')
pkg('Y26', '上海华建节能科技有限公司闵行分公司', 'branch', '310112', [A('建筑节能减排咨询师', 4, 3)],
    ('上海市住房和城乡建设管理委员会', 0, '沪建科函〔2025〕19号'), '闵行区', 'fail', ['ineligible:branch'],
    ['licence 类型: 有限责任公司分公司 (not an independent legal person)'],
    'Applicant is a branch office (分公司).',
    prod='html', names='fujian', form_v=1, sample_group='per_level')

# ---- review
pkg('Y27', '上海沁园茶饮培训学校', 'minfei', '310101', [A('调饮师', 5, 4, 3)],
    ('上海市商务委员会', 3), '黄浦区', 'review', ['unreadable:credit_report'],
    ['信用报告 PDF is encrypted (user password), no other copy'],
    'The only credit report cannot be opened; everything else is in order.',
    prod='odt', names='folder', form_v=2, encrypt=['credit'], supervisor='上海市黄浦区教育局', sample_group='per_set')
pkg('Y28', '上海远帆物业服务有限公司', 'company', '310115', [A('保洁员', 5, 4)],
    ('上海市物业管理行业协会', 1), '浦东新区', 'review', ['unreadable:audit_report_2023'],
    ['2023 audit report PDF is truncated (corrupt)'],
    'The 2023 audit report is a truncated PDF; no readable copy elsewhere.',
    prod='docx', names='num', form_v=4, corrupt=['audit2023'], sample_group='per_level')
pkg('Y29', '上海金盾化工安全技术有限公司', 'company', '310116', [A('化工总控工', 4, 3)],
    ('上海市应急管理局', 0, '沪应急培函〔2025〕7号'), '金山区', 'review', ['unreadable:district_letter'],
    ['the district letter exists only as a very faint, blurred ~60 dpi scan'],
    'Nobody could read the only copy of the district recommendation letter.',
    prod='rl', names='scanner', form_v=0, faint=['dist'], sample_group='per_set')
pkg('Y30', '上海益康护理服务有限公司', 'company', '310113', [A('医疗护理员', 5, 4)],
    ('上海市卫生健康委员会', 3), '宝山区', 'review', ['docx_only:pledge', 'docx_only:integrity_letter'],
    ['承诺书 and 廉洁责任书 only as editable .docx files (no signature/seal possible)'],
    'Signed materials supplied only as editable Word files.',
    prod='html', names='folder', form_v=3, raw_docx=['pledge', 'integrity'], sample_group='per_level')
pkg('Y31', '上海启明数字孪生科技有限公司', 'company', '310118', [A('数字孪生应用技术员', 5, 4, 3)],
    ('上海市经济和信息化委员会', 0, '沪经信人函〔2025〕15号'), '青浦区', 'review', ['seal_missing:district_letter'],
    ['the district HR bureau letter has no seal'],
    'District letter unstamped.',
    prod='cid', names='top', form_v=1, dist_noseal=True, sample_group='per_set')
pkg('Y32', '上海碳衡低碳科技有限公司', 'company', '310151', [A('碳排放监测员', 4, 3)],
    ('上海市生态环境局', 0, '沪环气函〔2025〕10号'), '崇明区', 'review', ['credit_code:checksum'],
    ['credit code check character (position 18) fails, printed identically on all documents'],
    'Credit code fails the GB 32100 check character: review per DOMAIN.md.',
    prod='docx', names='fujian', form_v=2, bad_code=True, sample_group='per_level')
pkg('Y33', '上海市保健调理行业协会', 'shetuan', '310106', [A('保健艾灸师', 5, 4, 3)],
    ('上海市商务委员会', 3), '静安区', 'review', ['social_organisation:51'],
    ['applicant is a 社会团体 (code category 51): 未脱钩 status cannot be told'],
    'Social organisation; otherwise complete.',
    prod='html', names='num', form_v=4, supervisor='上海市商务委员会', sample_group='per_set')
pkg('Y34', '上海沪瓯医药科技有限公司', 'company', '310117', [A('颗粒剂制备', 5, 4, 3)],
    ('上海市药品监督管理局', 3), '松江区', 'review', ['seal_missing:registration_certificate'],
    ['营业执照复印件 carries no company seal (no 与原件一致 stamp)'],
    'Licence copy unstamped.',
    prod='rl', names='folder', form_v=0, licence_noseal=True, sample_group='per_level')
pkg('Y35', '上海惠民政务咨询服务有限公司', 'company', '310109', [A('政务服务办事员', 5, 4)],
    ('上海市人民政府办公厅', 0, '沪府办函〔2025〕13号'), '虹口区', 'review', ['unreadable:industry_letter'],
    ['the industry recommendation letter exists only as a dark, blurred phone photo (.jpg)'],
    'Only copy of the industry letter is an unreadable photo.',
    prod='odt', names='scanner', form_v=1, photo_bad=['ind'], sample_group='per_set')
pkg('Y36', '上海社健健康管理有限公司', 'company', '310104', [A('社群健康助理员', 4, 3)],
    ('上海市卫生健康委员会', 0, '沪卫基层函〔2025〕22号'), '徐汇区', 'review', ['seal_missing:pledge'],
    ['承诺书 (a legible colour scan) has the signature but no seal'],
    'Pledge unstamped.',
    prod='html', names='top', form_v=2, scan_docs=['pledge'], pledge_noseal=True, sample_group='per_set')

# planted adjustments
for pid, c in P.items():
    if c.get('wrong_rec'):
        c['ind']['recommends'] = c['wrong_rec']
        c['ind']['rec_code'] = make_code('91', '310120', random.Random('wr' + pid))
    if c.get('other_name'):
        c['reg']['name'] = c['other_name']; c['credit']['name'] = c['other_name']; c['audit']['name'] = c['other_name']
        c['seal_name'] = c['form_name']
    if c.get('bad_code'):
        good = c['code']
        alt = [ch for ch in CODE_ALPHA if ch != good[-1]]
        c['code'] = good[:-1] + random.Random(pid).choice(alt)
        assert not valid_code(c['code'])
    if c.get('penalties'):
        c['credit']['penalties'] = [['闵绿容罚〔2024〕第0%d号' % 312, '未按规定时间、路线收运生活垃圾', '警告，罚款5000元', '2024-05-14', '上海市闵行区绿化和市容管理局'],
                                    ['闵城管罚〔2024〕第1%d号' % 208, '收运过程中垃圾滴漏、撒落', '罚款2000元', '2024-09-02', '上海市闵行区城市管理行政执法局']]
    if c['ctype'] == 'shetuan':
        c['reg']['supervisor'] = c['reg']['supervisor']

# ---------------------------------------------------------------- naming styles
def names_for(c):
    st = c['names']
    sn = c['form_name'].replace('上海市', '').replace('上海', '')[:4]
    if st == 'num':
        return dict(form='01申请表.pdf', ind='02行业主管部门推荐函.pdf', dist='03区人社局推荐函.pdf', credit='04信用报告.pdf',
                    audit='05-{i}审计报告{y}.pdf', reg='06营业执照复印件.pdf' if c['ctype'] in ('company', 'jituan', 'foreign', 'branch') else '06登记证书.pdf',
                    work='07工作方案.pdf', pledge='08承诺书.pdf', integrity='09廉洁责任书.pdf', impl='10实施方案.pdf',
                    sample='11样题/{occ}{lv}_{set}.pdf', big='00申报材料合订本.pdf', extra='12其他材料/{x}')
    if st == 'folder':
        return dict(form='1.申请表/社会培训评价组织征集遴选申请表.pdf', ind='2.推荐函/行业主管部门推荐函.pdf',
                    dist='2.推荐函/考核点所在区人社部门推荐函.pdf', credit='3.信用佐证/信用报告.pdf',
                    audit='3.信用佐证/{y}年度审计报告.pdf', reg='3.信用佐证/法人登记证书复印件.pdf',
                    work='4.工作方案/职业技能等级认定工作方案.pdf', pledge='4.工作方案/承诺书.pdf', integrity='4.工作方案/廉洁责任书.pdf',
                    impl='5.实施方案/项目实施方案.pdf', sample='5.实施方案/样题/{occ}/{lv}{set}.pdf', big='申报材料.pdf', extra='6.其他材料/{x}')
    if st == 'top':
        t = sn + '申报材料/'
        return dict(form=t + '申请表（盖章版）.pdf', ind=t + '推荐函-行业.pdf', dist=t + '推荐函-区人社.pdf', credit=t + '公共信用信息报告.pdf',
                    audit=t + '财务审计/{y}审计报告.pdf', reg=t + '营业执照.pdf', work=t + '工作方案（含承诺书、廉洁责任书）.pdf',
                    pledge=t + '承诺书.pdf', integrity=t + '廉洁责任书.pdf', impl=t + '实施方案及评价方案.pdf',
                    sample=t + '样题/{occ}-{lv}-{set}.pdf', big=t + '合订本.pdf', extra=t + '其他/{x}')
    if st == 'fujian':
        return dict(form='附件1 申请表.pdf', ind='附件2-1 行业主管部门推荐函.pdf', dist='附件2-2 区人社局推荐函.pdf', credit='附件3-1 信用报告.pdf',
                    audit='附件3-{i2} {y}年审计报告.pdf', reg='附件3-4 营业执照.pdf', work='附件4 工作方案.pdf', pledge='附件4-1 承诺书.pdf',
                    integrity='附件4-2 廉洁责任书.pdf', impl='附件5 实施方案.pdf', sample='附件5-样题/{occ}_{lv}_{set}.pdf',
                    big='附件1-4 申报材料合集.pdf', extra='附件6 其他/{x}')
    # scanner
    return dict(form='申请表.pdf', ind='IMG_20250116_0001.pdf', dist='IMG_20250116_0002.pdf', credit='scan_003.pdf',
                audit='scan_00{i3}.pdf', reg='新建 Microsoft Word 文档 (3).pdf', work='工作方案.pdf', pledge='IMG_20250117_0005.pdf',
                integrity='IMG_20250117_0006.pdf', impl='实施方案.pdf', sample='样题/{occ}{lv}{set}.pdf', big='附件9.pdf', extra='其他/{x}')


SET_NAMES = [('样题一', '样题二'), ('A卷', 'B卷'), ('第一套', '第二套'), ('（一）', '（二）'), ('试卷1', '试卷2')]

PRODUCER = {
    'rl': 'reportlab (embedded TrueType subset, WenQuanYi Zen Hei)',
    'cid': 'reportlab (CID font STSong-Light, not embedded)',
    'html': 'Chromium headless --print-to-pdf (HTML/CSS, SVG seal)',
    'docx': 'LibreOffice Writer (from python-docx .docx)',
    'odt': 'LibreOffice Writer (from odfpy .odt)',
    'docxraw': 'python-docx (.docx, editable)',
}


# ---------------------------------------------------------------- build a package's material list
def materials(c):
    rnd = random.Random('mat-' + c['id'])
    n = names_for(c)
    i = int(c['id'][1:])
    prod = c['prod']
    M = []

    def add(key, path, labels, blocks, p=None, seal=None, post=None, **kw):
        p = p or prod
        if key in c.get('raw_docx', []):
            p = 'docxraw'; path = path[:-4] + '.docx'
        d = dict(key=key, path=path, labels=labels, blocks=blocks, prod=p, seal=seal, post=list(post or []))
        d.update(kw)
        M.append(d)
        return d

    fv = c['form_v']
    form_prod = 'html' if fv == 1 else prod if prod != 'html' or fv != 1 else 'html'
    if fv == 1:
        form_prod = 'html'
    elif prod == 'html' and fv != 1:
        form_prod = 'html'
    iv = c['ind']['v']
    dv = c['dist']['v']
    credit_v = (i % 3)
    audit_v = (i * 2) % 3
    work_v = (i + 1) % 3
    pledge_v = (i + 2) % 3
    integ_v = i % 3
    impl_v = c.get('impl_v', (i + 1) % 3)
    sets = SET_NAMES[i % 5]

    form_blocks = application_form(c, fv, rnd)
    ind_blocks = industry_letter(c, iv, rnd)
    dist_c = copy.deepcopy(c)
    if c.get('dist_noseal'):
        dist_c['dist']['seal'] = None
    dist_blocks = district_letter(dist_c, dv, rnd)
    credit_blocks = credit_report(c, credit_v, rnd)
    years = c.get('audit_years', [2022, 2023])
    audits = [(y, audit_report(c, y, audit_v, rnd)) for y in years]
    reg_c = copy.deepcopy(c)
    if c.get('licence_noseal'):
        reg_c['reg']['copy_seal'] = False
    cert = registration(reg_c, 0, rnd)
    work_blocks = work_plan(c, work_v, rnd)
    pledge_blocks = pledge(c, pledge_v, rnd, seal=not c.get('pledge_noseal'))
    integ_blocks = integrity(c, integ_v, rnd)
    impl_blocks = implementation(c, impl_v, rnd)

    # samples
    samples = []   # (occ, lv, set, blocks)
    for (k, lvs) in c['apps']:
        for l in sorted(lvs, reverse=True):
            for s in (1, 2):
                if c.get('one_set_level') == l and s == 2:
                    continue
                samples.append((k, l, s, sample_paper(c, k, l, s, i + s * 0, rnd, answer_sheet=c.get('answer', False))))

    def scanned(key):
        return c.get('scan_all') and key in ('ind', 'dist', 'pledge', 'integrity', 'reg', 'credit')

    def post_for(key):
        pp = []
        if key in c.get('faint', []):
            pp.append(('scan', dict(quality='faint', gray=True, dpi=60)))
        elif key in c.get('gray_scans', []):
            pp.append(('scan', dict(quality='legible', gray=True, dpi=150)))
        elif scanned(key) or key in c.get('scan_docs', []):
            pp.append(('scan', dict(quality='legible', gray=(key in ('credit', 'pledge')), dpi=200 if key == 'credit' else 150)))
        elif c.get('ocr_signed') and key in ('ind', 'dist', 'pledge', 'integrity', 'reg'):
            pp.append(('scanocr', dict(dpi=150, gray=key != 'reg')))
        elif key in c.get('photo_bad', []):
            pp.append(('photo', dict(quality='poor')))
        if key in c.get('encrypt', []):
            pp.append(('encrypt', {}))
        if key in c.get('corrupt', []):
            pp.append(('corrupt', {}))
        if c.get('gs') and not pp and key not in c.get('raw_docx', []):
            pp.append(('gs', {}))
        return pp

    reg_is_cert = True
    reg_prod = 'rl' if prod in ('rl', 'cid', 'docx', 'odt') else 'html'
    if prod == 'cid':
        reg_prod = 'cid'
    # licence copies are usually scans (colour) unless another post is planned
    reg_post = post_for('reg') or ([('scan', dict(quality='legible', gray=False, dpi=150))] if i % 3 != 2 else [])
    seal_reg = bool(cert.get('copy_seal'))

    if c.get('big_pdf'):
        big = (form_blocks + [('pb',)] + ind_blocks + [('pb',)] + dist_blocks + [('pb',)] + credit_blocks + [('pb',)] +
               [('cert', cert), ('pb',)] + work_blocks + [('pb',)] + pledge_blocks + [('pb',)] + integ_blocks)
        add('big', n['big'], ['application_form', 'industry_letter', 'district_letter', 'credit_report',
                              'registration_certificate', 'work_plan', 'pledge', 'integrity_letter'], big, seal=True)
        for j, (y, b) in enumerate(audits):
            add('audit%d' % y, n['audit'].format(y=y, i=j + 1, i2=j + 2, i3=j + 4), ['audit_report'], b, post=post_for('audit%d' % y))
    else:
        add('form', n['form'], ['application_form'], form_blocks, p=form_prod if 'form' not in c.get('raw_docx', []) else None,
            post=post_for('form'))
        if 'ind' in c.get('photo_bad', []):
            add('ind', n['ind'][:-4] + '.jpg' if not n['ind'].startswith('IMG') else 'IMG_20250116_093512.jpg',
                ['industry_letter'], ind_blocks, seal=True, post=post_for('ind'))
        else:
            add('ind', n['ind'], ['industry_letter'], ind_blocks, seal=True, post=post_for('ind'))
        add('dist', n['dist'], ['district_letter'], dist_blocks, seal=not c.get('dist_noseal'), post=post_for('dist'))
        add('credit', n['credit'], ['credit_report'], credit_blocks, post=post_for('credit'))
        for j, (y, b) in enumerate(audits):
            add('audit%d' % y, n['audit'].format(y=y, i=j + 1, i2=j + 2, i3=j + 4), ['audit_report'], b, post=post_for('audit%d' % y))
        add('reg', n['reg'], ['registration_certificate'], [('cert', cert)], p=reg_prod, seal=seal_reg, post=reg_post)
        # work plan: pledge + integrity inside or separate
        inside = (c['names'] == 'top') and not c.get('raw_docx') and not c.get('scan_all') and not c.get('pledge_noseal') and not c.get('ocr_signed')
        if c.get('no_integrity'):
            add('work', n['work'].replace('（含承诺书、廉洁责任书）', '（含承诺书）'), ['work_plan', 'pledge'],
                work_blocks + [('pb',)] + pledge_blocks, seal=True, post=post_for('work'))
        elif inside:
            add('work', n['work'], ['work_plan', 'pledge', 'integrity_letter'],
                work_blocks + [('pb',)] + pledge_blocks + [('pb',)] + integ_blocks, seal=True, post=post_for('work'))
        else:
            add('work', n['work'].replace('（含承诺书、廉洁责任书）', ''), ['work_plan'], work_blocks, post=post_for('work'))
            add('pledge', n['pledge'], ['pledge'], pledge_blocks, seal=not c.get('pledge_noseal') and 'pledge' not in c.get('raw_docx', []),
                post=post_for('pledge'))
            add('integrity', n['integrity'], ['integrity_letter'], integ_blocks, seal='integrity' not in c.get('raw_docx', []),
                post=post_for('integrity'))

    # implementation plan and samples
    sg = c['sample_group']
    setn = lambda s: sets[s - 1]
    occ_short = lambda k: OCC[k][2] or OCC[k][1]
    if sg == 'in_impl':
        blocks = impl_blocks[:]
        for (k, l, s, b) in samples:
            blocks += [('pb',)] + b
        add('impl', n['impl'], ['implementation_plan', 'evaluation_plan', 'sample_paper'], blocks, p=c.get('prod2', prod),
            post=post_for('impl'))
    else:
        add('impl', n['impl'], ['implementation_plan', 'evaluation_plan'], impl_blocks, p=c.get('prod2', prod) if i % 2 else prod,
            post=post_for('impl'))
        sp = c.get('prod2', prod)
        if sg == 'per_set':
            for (k, l, s, b) in samples:
                add('s', n['sample'].format(occ=occ_short(k), lv=LV_NUM[l], set=setn(s)), ['sample_paper'], b, p=sp,
                    post=post_for('sample'))
        elif sg == 'per_level':
            by = {}
            for (k, l, s, b) in samples:
                by.setdefault((k, l), []).append(b)
            for (k, l), bl in by.items():
                blocks = []
                for b in bl:
                    blocks += (b if not blocks else [('pb',)] + b)
                add('s', n['sample'].format(occ=occ_short(k), lv=LV_NUM[l], set='样题').replace('-样题', '样题').replace('_样题', '_样题（两套）'),
                    ['sample_paper'], blocks, p=sp, post=post_for('sample'))
        elif sg == 'per_occ':
            by = {}
            for (k, l, s, b) in samples:
                by.setdefault(k, []).append(b)
            for k, bl in by.items():
                blocks = []
                for b in bl:
                    blocks += (b if not blocks else [('pb',)] + b)
                add('s', n['sample'].format(occ=occ_short(k), lv='各等级', set='样题汇编'), ['sample_paper'], blocks, p=sp,
                    post=post_for('sample'))

    # extras
    for x in c.get('extras', []):
        if x == 'teachers':
            add('x', n['extra'].format(x='考评人员名单.pdf'), ['other'], teacher_list(c, rnd), p='rl' if prod != 'rl' else 'html')
        elif x == 'contents':
            items = [(d['path'].split('/')[-1][:-4], d['path'].split('/')[-1]) for d in M]
            add('x', n['extra'].format(x='目录.pdf') if c['names'] != 'num' else '00目录.pdf', ['other'], contents_page(c, items))
        elif x == 'floorplan':
            add('x', n['extra'].format(x='考核点平面图.pdf'), ['other'], None, p='floorplan')
        elif x == 'site_photo':
            add('x', n['extra'].format(x='考场照片1.jpg'), ['other'], None, p='sitephoto')
        elif x == 'site_photo_bad':
            add('x', n['extra'].format(x='IMG_3321.jpg'), ['other'], None, p='sitephoto_bad')
    return M


# ---------------------------------------------------------------- extras drawn with Pillow / reportlab
def floorplan_pdf(c, path, rnd):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    fn, fb = lib_fonts_ttf()
    cv = canvas.Canvas(path, pagesize=landscape(A4))
    W, H = landscape(A4)
    cv.setFont(fb, 18); cv.drawString(40, H - 50, '%s 考核点平面布置图' % c['form_name'])
    cv.setFont(fn, 10); cv.drawString(40, H - 70, '地址：%s    面积：%d㎡    比例 1:200' % (c['site_addr'], c['area']))
    x0, y0 = 60, 60
    cv.setLineWidth(3); cv.rect(x0, y0, W - 120, H - 160)
    cv.setLineWidth(1)
    rooms = ['理论考场一', '理论考场二', '实操考场', '候考区', '监控室', '考务办公室', '资料室']
    xs = x0
    for j, r in enumerate(rooms):
        w = (W - 120) / len(rooms)
        h = (H - 160) * (0.55 if j % 2 else 0.7)
        cv.rect(xs, y0 + (H - 160) - h, w, h)
        cv.drawString(xs + 8, y0 + (H - 160) - 20, r)
        cv.circle(xs + w - 12, y0 + (H - 160) - 12, 4)  # camera
        xs += w
    cv.drawString(x0 + 8, y0 + 10, '● 视频监控点位     ▭ 工位')
    cv.save()


def lib_fonts_ttf():
    from lib_render import _rl_fonts
    return _rl_fonts('ttf')


def site_photo(rnd, bad=False):
    W, H = 1200, 900
    im = Image.new('RGB', (W, H), (215, 210, 200))
    d = ImageDraw.Draw(im)
    d.polygon([(0, H), (W, H), (W * 0.8, H * 0.55), (W * 0.2, H * 0.55)], fill=(170, 160, 150))
    d.rectangle([W * 0.2, H * 0.1, W * 0.8, H * 0.55], fill=(235, 235, 230))
    for r in range(3):
        for col in range(5):
            x = W * 0.12 + col * W * 0.16 + r * 20
            y = H * 0.62 + r * 90
            d.rectangle([x, y, x + 130, y + 40], fill=(120, 90, 60))
            d.rectangle([x + 40, y - 40, x + 90, y], fill=(60, 60, 70))
    d.rectangle([W * 0.7, H * 0.12, W * 0.74, H * 0.16], fill=(30, 30, 30))
    d.text((W * 0.3, H * 0.2), '职业技能等级认定考场', font=pil_font(52, True), fill=(180, 20, 20))
    if bad:
        im = im.resize((W // 6, H // 6)).filter(ImageFilter.GaussianBlur(2)).resize((W // 2, H // 2))
        im = ImageEnhance.Brightness(im).enhance(0.35)
    return im


# ---------------------------------------------------------------- materialise files
def materialize(c, M, work):
    rnd = random.Random('render-' + c['id'])
    os.makedirs(work, exist_ok=True)
    files = {}
    lo_srcs = []
    for j, d in enumerate(M):
        d['tmp'] = os.path.join(work, 'd%03d' % j)
        p = d['prod']
        if p == 'docx':
            render_docx(d['blocks'], d['tmp'] + '.docx', font=rnd.choice(['宋体', '仿宋', 'SimSun', 'Microsoft YaHei']))
            lo_srcs.append(d['tmp'] + '.docx')
        elif p == 'odt':
            render_odt(d['blocks'], d['tmp'] + '.odt', font=rnd.choice(['Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei']))
            lo_srcs.append(d['tmp'] + '.odt')
    lo_convert(lo_srcs, work, work)
    for d in M:
        p, tmp = d['prod'], d['tmp']
        pdf = tmp + '.pdf'
        if p in ('docx', 'odt'):
            if not os.path.exists(pdf):
                raise RuntimeError('LibreOffice failed for %s %s' % (c['id'], d['path']))
        elif p == 'rl':
            render_reportlab(d['blocks'], pdf, 'ttf', base=rnd.choice([11, 11.5, 12]))
        elif p == 'cid':
            render_reportlab(d['blocks'], pdf, 'cid', base=rnd.choice([11, 12]))
        elif p == 'html':
            css = 'web' if (d['key'] == 'form' and c['form_v'] == 1) else ('serif' if d['key'] == 'ind' else rnd.choice(['wqy', 'sans']))
            render_html_pdf(blocks_to_html(d['blocks'], css), pdf, work)
            if not os.path.exists(pdf):
                raise RuntimeError('chromium failed %s %s' % (c['id'], d['path']))
        elif p == 'docxraw':
            render_docx(d['blocks'], tmp + '.docx', font='宋体')
            d['data'] = open(tmp + '.docx', 'rb').read(); d['text'] = 'text'; d['producer'] = PRODUCER['docxraw']
            continue
        elif p == 'floorplan':
            floorplan_pdf(c, pdf, rnd); d['producer'] = 'reportlab canvas drawing (embedded TTF)'
        elif p in ('sitephoto', 'sitephoto_bad'):
            im = site_photo(rnd, bad=(p == 'sitephoto_bad'))
            buf = io.BytesIO(); im.save(buf, 'JPEG', quality=60 if p == 'sitephoto' else 35)
            d['data'] = buf.getvalue(); d['text'] = 'none'; d['producer'] = 'Pillow-drawn photo (JPEG)'
            continue
        d.setdefault('producer', PRODUCER.get(p, p))
        d['text'] = 'text'
        # post-processing chain
        for (op, o) in d['post']:
            if op == 'gs':
                if p in ('rl', 'cid'):   # gs drops reportlab's ToUnicode maps: keep those as they are
                    continue
                out = tmp + '_gs.pdf'
                subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                                '-sOutputFile=' + out, pdf], check=True)
                pdf = out; d['producer'] = 'Ghostscript pdfwrite re-distill of ' + d['producer']
            elif op in ('scan', 'scanocr'):
                dpi = o.get('dpi', 150)
                rdpi = 150 if dpi < 100 else dpi
                ims = pdf_to_images(pdf, rdpi, gray=o.get('gray', False), tmp=work)
                ims = [scanify(im, rnd, quality=o.get('quality', 'legible'), gray=o.get('gray', False)) for im in ims]
                out = tmp + '_scan.pdf'
                if op == 'scan':
                    images_to_pdf(ims, out, dpi if dpi >= 100 else 60, jpeg_q=42 if dpi >= 100 else 35)
                    d['text'] = 'none'
                    d['producer'] = 'scan: %s → pdftoppm %ddpi → Pillow (%s%s, rotation, noise, JPEG) → img2pdf' % (
                        d['producer'].split(' (')[0], rdpi, 'grayscale' if o.get('gray') else 'colour',
                        ', faint 60dpi + blur' if o.get('quality') == 'faint' else '')
                else:
                    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
                    pages = [[ln.strip() for ln in pg.splitlines() if ln.strip()] for pg in txt.split('\f')]
                    images_to_pdf_ocr(ims, pages, out, dpi)
                    d['text'] = 'ocr-layer'
                    d['producer'] = 'scan with invisible text layer: pdftoppm → Pillow → reportlab (text render mode 3)'
                pdf = out
            elif op == 'photo':
                ims = pdf_to_images(pdf, 110, tmp=work)
                ph = photo_of(ims[0], rnd, quality=o.get('quality', 'legible'))
                buf = io.BytesIO(); ph.save(buf, 'JPEG', quality=45)
                d['data'] = buf.getvalue(); d['text'] = 'none'
                d['producer'] = 'phone photo (Pillow: perspective, shading%s) JPEG' % (', heavy blur and dark' if o.get('quality') == 'poor' else '')
                pdf = None
                break
            elif op == 'encrypt':
                import pikepdf
                out = tmp + '_enc.pdf'
                with pikepdf.open(pdf) as pp:
                    pp.save(out, encryption=pikepdf.Encryption(owner='final17-owner', user='xc2025', R=4))
                pdf = out; d['text'] = 'encrypted'; d['producer'] += ' + pikepdf AES-128 encryption (user password)'
            elif op == 'corrupt':
                data = open(pdf, 'rb').read()
                out = tmp + '_cut.pdf'
                open(out, 'wb').write(data[:int(len(data) * 0.45)])
                pdf = out; d['text'] = 'corrupt'; d['producer'] += ', truncated at 45% (corrupt)'
        if pdf:
            d['data'] = open(pdf, 'rb').read()
    return M


# ---------------------------------------------------------------- zip writing
class GBKZipInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(c, M, zpath):
    rnd = random.Random('zip-' + c['id'])
    entries = [(d['path'], d['data']) for d in M]
    nested_members = []
    if c.get('nested'):
        inner = [(p, b) for p, b in entries if '样题' in p]
        entries = [(p, b) for p, b in entries if '样题' not in p]
        nz = '附件5-样题.zip'
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for p, b in inner:
                z.writestr(p.split('/', 1)[1], b)
        entries.append((nz, buf.getvalue()))
        for d in M:
            if '样题' in d['path']:
                d['keypath'] = nz + '/' + d['path'].split('/', 1)[1]
    dt = (2025, 1, 21 + rnd.randint(0, 4), rnd.randint(8, 20), rnd.randint(0, 59), 0)
    gbk = c.get('gbk')
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        dirs = []
        for p, _ in entries:
            parts = p.split('/')[:-1]
            for k in range(1, len(parts) + 1):
                dd = '/'.join(parts[:k]) + '/'
                if dd not in dirs:
                    dirs.append(dd)
        if gbk or rnd.random() < 0.5:
            for dd in dirs:
                zi = (GBKZipInfo if gbk else zipfile.ZipInfo)(dd, date_time=dt)
                zi.external_attr = 0x10
                z.writestr(zi, b'')
        for p, b in entries:
            zi = (GBKZipInfo if gbk else zipfile.ZipInfo)(p, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
            if c.get('macosx'):
                z.writestr(zipfile.ZipInfo('__MACOSX/' + '/'.join(p.split('/')[:-1] + ['._' + p.split('/')[-1]]).lstrip('/'), date_time=dt),
                           b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + bytes(50))
        if c.get('macosx'):
            z.writestr(zipfile.ZipInfo('.DS_Store', date_time=dt), b'\x00\x00\x00\x01Bud1' + bytes(60))


def zip_name(c):
    return '%s-%s.zip' % (c['id'], c['form_name'])


def key_entry(c, M):
    docs = []
    for d in M:
        e = dict(path=d.get('keypath', d['path']), kind='+'.join(d['labels']), producer=d['producer'], text=d['text'])
        if set(d['labels']) & {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}:
            e['seal'] = bool(d['seal'])
        docs.append(e)
    return dict(verdict=c['verdict'], causes=c['causes'], defects=c['defects'], why=c['why'],
                organisation=dict(name=c['form_name'], credit_code=c['code']),
                applications=[dict(code=OCC[k][0], name=occ_label(k), levels=sorted(lv, reverse=True)) for k, lv in c['apps']],
                documents=docs)


def main(argv):
    only = set(a for a in argv if not a.startswith('--'))
    os.makedirs(PKG_DIR, exist_ok=True)
    kdir = os.path.join(BUILD, 'keys')
    os.makedirs(kdir, exist_ok=True)
    for pid in sorted(P):
        if only and pid not in only:
            continue
        c = P[pid]
        random.seed('final17-global-' + pid)
        work = os.path.join(BUILD, pid)
        shutil.rmtree(work, ignore_errors=True)
        M = materials(c)
        materialize(c, M, work)
        zp = os.path.join(PKG_DIR, zip_name(c))
        write_zip(c, M, zp)
        json.dump(key_entry(c, M), open(os.path.join(kdir, pid + '.json'), 'w', encoding='utf-8'), ensure_ascii=False)
        print('%s %-40s %-6s %3d files %7.0f KB' % (pid, c['form_name'], c['verdict'], len(M), os.path.getsize(zp) / 1024), flush=True)
        shutil.rmtree(work, ignore_errors=True)
    # assemble key.json from all fragments
    key = {'author': 'final17', 'packages': {}}
    for pid in sorted(P):
        f = os.path.join(kdir, pid + '.json')
        if os.path.exists(f):
            key['packages'][zip_name(P[pid])] = json.load(open(f, encoding='utf-8'))
    json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main(sys.argv[1:])
