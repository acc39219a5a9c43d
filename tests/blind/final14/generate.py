#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final14 blind corpus: packages/*.zip, key.json, expect.json.

    python3 generate.py            # everything (about 10-15 minutes, 2 cores)
Content is deterministic (random.Random seeded per package); PDF bytes carry timestamps.
"""
import os, sys, json, random, shutil, zipfile, subprocess, time
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen_lib as L
import gen_content as C

BUILD = HERE / '_build'
PKGDIR = HERE / 'packages'
SEED = 14014

# ------------------------------------------------------------------ occupations (notice 附件)
OCC48 = [
    ('3-01-01-02', '政务服务办事员', [5, 4, 3]), ('4-03-02-10', '调饮师', [5, 4, 3, 2, 1]),
    ('4-03-02-11', '食品安全管理师', [5, 4, 3, 2, 1]), ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [4, 3, 2, 1]),
    ('4-04-04-05', '数字化解决方案设计师', [4, 3, 2, 1]), ('4-04-05-10', '数字孪生应用技术员', [5, 4, 3, 2, 1]),
    ('4-06-02-02', '房地产策划师', [4, 3, 2, 1]), ('4-07-02-02', '科技咨询师', [3, 2, 1]),
    ('4-07-02-04', '信用管理师', [4, 3, 2, 1]), ('4-08-05-06', '计量员（热工计量员）', [4, 3]),
    ('4-08-08-04', '色彩搭配师', [4, 3, 2, 1]), ('4-09-07-04', '碳排放管理员', [5]),
    ('4-09-07-04', '碳排放管理员（碳排放监测员）', [4, 3, 2, 1]), ('4-09-07-04', '碳排放管理员（碳排放核算员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放核查员）', [4, 3, 2, 1]), ('4-09-07-04', '碳排放管理员（碳排放交易员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放咨询员）', [3, 2, 1]), ('4-09-07-04', '碳排放管理员（民航碳排放管理员）', [4, 3, 2, 1]),
    ('4-09-07-06', '建筑节能减排咨询师', [5, 4, 3, 2, 1]), ('4-09-08-01', '保洁员', [5, 4, 3]),
    ('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3]), ('4-09-10-03', '盆景师', [5, 4, 3, 2, 1]),
    ('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4, 3]), ('4-14-01-02', '医疗护理员', [5, 4, 3, 2, 1]),
    ('4-14-02-01', '营养师（公共营养师）', [4, 3, 2, 1]), ('4-14-03-01', '助听器验配师', [4, 3, 2, 1]),
    ('4-14-04-04', '社群健康助理员', [4, 3, 2]), ('6-11-01-03', '化工总控工', [5, 4, 3, 2, 1]),
] + [('6-12-03-00', f'药物制剂工（{w}）', [5, 4, 3, 2, 1]) for w in
     ['片剂制备', '注射剂制备', '液体制剂制备', '胶囊剂制备', '气雾剂与喷雾剂制备', '滴丸剂制备', '软膏剂与乳膏剂制备',
      '栓剂与膜剂制备', '贴膏剂制备', '制剂与医用制品灭菌', '浸出药剂制备', '泛制丸与塑制丸制备', '散剂、茶剂与灸熨剂制备',
      '膏药制备', '胶剂制备', '提取物制备', '颗粒剂制备']] + [
    ('6-18-01-13', '增材制造设备操作员', [5, 4, 3, 2, 1]), ('6-29-03-04', '管工', [5, 4, 3, 2, 1]),
    ('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2, 1])]
assert len(OCC48) == 48
OCC = {n: dict(code=c, name=n, allowed=lv) for c, n, lv in OCC48}
OCC['电工'] = dict(code='6-31-01-03', name='电工', allowed=[5, 4, 3, 2, 1])   # NOT in the notice

DISTRICTS = {
    '黄浦区': ('310101', '黄人社', ['西藏南路', '福州路', '制造局路']), '徐汇区': ('310104', '徐人社', ['漕溪北路', '宜山路', '虹漕路']),
    '长宁区': ('310105', '长人社', ['天山路', '金钟路', '临虹路']), '静安区': ('310106', '静人社', ['共和新路', '江场西路', '万荣路']),
    '普陀区': ('310107', '普人社', ['真北路', '武宁路', '中江路']), '虹口区': ('310109', '虹人社', ['四平路', '曲阳路', '水电路']),
    '杨浦区': ('310110', '杨人社', ['国权路', '政立路', '隆昌路']), '闵行区': ('310112', '闵人社', ['春东路', '都市路', '紫星路']),
    '宝山区': ('310113', '宝人社', ['友谊路', '沪太路', '长江西路']), '嘉定区': ('310114', '嘉人社', ['叶城路', '墨玉路', '嘉戬公路']),
    '浦东新区': ('310115', '浦人社', ['张江路', '金科路', '川沙路', '锦绣东路']), '金山区': ('310116', '金人社', ['卫零路', '龙胜路']),
    '松江区': ('310117', '松人社', ['新松江路', '九亭中心路', '荣乐东路']), '青浦区': ('310118', '青人社', ['华新镇华志路', '崧泽大道']),
    '奉贤区': ('310120', '奉人社', ['南桥镇环城东路', '金海公路', '望园路']), '崇明区': ('310151', '崇人社', ['城桥镇翠竹路']),
}

# industry authority per occupation code: (authority, field, docno prefix)
AUTH = {
    '3-01-01-02': ('上海市人民政府办公厅', '政务服务', '沪府办函'), '4-03-02-10': ('上海市商务委员会', '餐饮服务', '沪商服函'),
    '4-03-02-11': ('上海市市场监督管理局', '食品安全', '沪市监食函'), '4-04-04-02': ('上海市经济和信息化委员会', '数据安全', '沪经信函'),
    '4-04-04-05': ('上海市经济和信息化委员会', '数字化转型', '沪经信函'), '4-04-05-10': ('上海市经济和信息化委员会', '数字孪生与工业互联网', '沪经信函'),
    '4-06-02-02': ('上海市房屋管理局', '房地产', '沪房函'), '4-07-02-02': ('上海市科学技术委员会', '科技服务', '沪科函'),
    '4-07-02-04': ('上海市发展和改革委员会', '社会信用', '沪发改信用函'), '4-08-05-06': ('上海市市场监督管理局', '计量检测', '沪市监计量函'),
    '4-08-08-04': ('上海市商务委员会', '时尚与色彩设计', '沪商服函'), '4-09-07-04': ('上海市生态环境局', '碳排放管理', '沪环气候函'),
    '4-09-07-06': ('上海市住房和城乡建设管理委员会', '建筑节能', '沪建节函'), '4-09-08-01': ('上海市绿化和市容管理局', '环境卫生', '沪绿容函'),
    '4-09-08-02': ('上海市绿化和市容管理局', '生活垃圾分类', '沪绿容函'), '4-09-10-03': ('上海市绿化和市容管理局', '园林园艺', '沪绿容函'),
    '4-10-04-01': ('上海市商务委员会', '生活服务', '沪商服函'), '4-14-01-02': ('上海市卫生健康委员会', '医疗护理', '沪卫医函'),
    '4-14-02-01': ('上海市卫生健康委员会', '营养健康', '沪卫健函'), '4-14-03-01': ('上海市卫生健康委员会', '听力健康', '沪卫医函'),
    '4-14-04-04': ('上海市民政局', '社区健康服务', '沪民函'), '6-11-01-03': ('上海市经济和信息化委员会', '化工', '沪经信函'),
    '6-12-03-00': ('上海市药品监督管理局', '药品生产', '沪药监函'), '6-18-01-13': ('上海市经济和信息化委员会', '增材制造', '沪经信函'),
    '6-29-03-04': ('上海市住房和城乡建设管理委员会', '建筑安装', '沪建人函'), '6-29-03-10': ('上海市交通委员会', '城市轨道交通', '沪交人函'),
    '6-31-01-03': ('上海市经济和信息化委员会', '电气', '沪经信函'),
}

SURN = '王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武戴孔汤庞樊兰殷施陈'
GIVEN = ['建华', '立新', '海峰', '晓燕', '志强', '丽萍', '伟民', '雪梅', '国庆', '红霞', '振宇', '文静', '俊杰', '佳怡', '永明', '慧敏', '子豪', '秀英', '德明', '春燕']

# ------------------------------------------------------------------ the 36 packages
# prod: default producer for the applicant's own text documents.
# post: material -> post-processing. v: material -> template variant.
P = []


def pk(**kw):
    P.append(kw)


pk(id='X01', name='上海申程数字科技有限公司', cat='91', reg_district='浦东新区', site='浦东新区',
   apps=[('数字化解决方案设计师', [4, 3, 2])], verdict='pass', prod='docx', ns=0, type_line='有限责任公司（自然人投资或控股）',
   why='Complete package of text PDFs exported from Word via LibreOffice; all materials present, 2022 and 2023 audits, two sample sets per level.')
pk(id='X02', name='上海汇康护理服务有限公司', cat='91', reg_district='静安区', site='静安区',
   apps=[('医疗护理员', [5, 4, 3])], verdict='pass', prod='html', ns=3, nested='samples', type_line='有限责任公司（自然人独资）',
   why='Chromium-printed HTML with SVG seals; sample papers arrive in a nested zip; complete.')
pk(id='X03', name='上海市徐汇区启航职业技能培训学校', cat='52', reg_district='徐汇区', site='徐汇区', reg='minfei',
   apps=[('保健调理师（保健艾灸师）', [5, 4])], verdict='pass', prod='rl', ns=1, sponsor='上海市徐汇区教育局',
   ind_kind='assoc', ind_auth='上海市保健养生服务行业协会',
   why='民办非企业单位 (52) with 民办非企业单位登记证书, non-profit audits with 业务活动表; recommended by its 业务主管 association; complete.')
pk(id='X04', name='上海绿循环保科技有限公司', cat='91', reg_district='闵行区', site='闵行区',
   apps=[('碳排放管理员（碳排放核算员）', [4, 3]), ('碳排放管理员（碳排放核查员）', [3, 2])], verdict='pass', prod='odt', ns=0,
   zipenc='gbk', type_line='有限责任公司（中外合资）',
   why='Foreign-invested (中外合资) company; .odt exported via LibreOffice; GBK-encoded entry names as Windows writes them; two occupations; complete.')
pk(id='X05', name='上海禾茗餐饮管理有限公司', cat='91', reg_district='黄浦区', site='黄浦区',
   apps=[('调饮师', [5, 4, 3])], verdict='pass', prod='docx', ns=2,
   post=dict(ind='scan', dist='scan', pledge='scan', integ='scan', reg='scan', credit='scan', form='scan'),
   type_line='有限责任公司（自然人投资或控股）',
   why='Stamped materials, the form and the credit report are legible grayscale 150 dpi scans without a text layer (seals grey); counts as complete.')
pk(id='X06', name='上海华药制剂技术服务有限公司', cat='91', reg_district='奉贤区', site='奉贤区',
   apps=[('药物制剂工（片剂制备）', [4, 3]), ('药物制剂工（颗粒剂制备）', [4, 3])], verdict='pass', prod='docx', ns=1,
   ind_kind='group', ind_auth='上海华申医药集团有限公司', bigpdf=['form', 'ind', 'dist', 'credit', 'auditA', 'auditB', 'reg'],
   type_line='有限责任公司（非自然人投资或控股的法人独资）',
   why='集团 subsidiary; parent group issues a 批复 as 上级主管部门 letter; form, letters, credit, audits and licence merged into one big PDF; complete.')
pk(id='X07', name='上海城环物业管理有限公司', cat='91', reg_district='普陀区', site='普陀区',
   apps=[('保洁员', [5, 4, 3])], verdict='pass', prod='html', ns=3, macosx=True,
   post=dict(ind='scanocr', dist='scanocr', reg='scanocr'), type_line='有限责任公司（自然人投资或控股）',
   why='Scans of the two letters and licence with an ocrmypdf text layer; __MACOSX junk; complete.')
pk(id='X08', name='上海增材智造技术有限公司', cat='91', reg_district='嘉定区', site='嘉定区',
   apps=[('增材制造设备操作员', [4, 3, 2])], verdict='pass', prod='docx', ns=0, gs_all=True,
   extras=['photo_site', 'photo_site_bad', 'floorplan'], type_line='其他有限责任公司',
   why='All text PDFs re-distilled through Ghostscript; extras include site photos (one unreadably blurred) and a floor plan, which do not change the verdict.')
pk(id='X09', name='上海申铁轨道交通技能培训有限公司', cat='91', reg_district='闵行区', site='闵行区',
   apps=[('轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2])], verdict='pass', prod='rlcid', ns=2, v=dict(form=3),
   type_line='有限责任公司（国有控股）',
   why='reportlab with non-embedded STSong-Light; form has the occupation table on page 2; generic scanner-style file names; complete.')
pk(id='X10', name='上海嘉禾营养健康咨询有限公司', cat='91', reg_district='长宁区', site='长宁区',
   apps=[('营养师（公共营养师）', [4, 3]), ('社群健康助理员', [4, 3])], verdict='pass', prod='html', ns=4, v=dict(form=1),
   extras=['credit_encrypted_copy', 'teachers'], type_line='有限责任公司（自然人投资或控股）',
   why='Form printed from the web system; an extra password-protected copy of the credit report sits next to the readable one (readable elsewhere, so no review); complete.')
pk(id='X11', name='上海信和信用管理有限公司', cat='91', reg_district='虹口区', site='虹口区',
   apps=[('信用管理师', [4, 3, 2])], verdict='pass', prod='docx', ns=0, post=dict(work='docxonly', impl='docxonly'),
   type_line='有限责任公司（自然人投资或控股）',
   why='Work plan and implementation plan submitted as editable .docx (unsigned materials, acceptable); pledge and integrity letter are stamped PDFs; complete.')
pk(id='X12', name='上海静雅园林绿化有限公司', cat='91', reg_district='青浦区', site='青浦区',
   apps=[('盆景师', [5, 4, 3])], verdict='pass', prod='rl', ns=3, nested='samples', rl3=['reg', 'dist'], zipenc='gbk',
   type_line='有限责任公司（自然人投资或控股）',
   why='reportlab TTF; licence and district letter are colour scans with an invisible reportlab text layer; GBK names; nested zip of sample papers; complete.')
# ---- fail
pk(id='X13', name='上海优品茶饮管理有限公司', cat='91', reg_district='松江区', site='松江区',
   apps=[('调饮师', [4, 3])], verdict='fail', causes=['missing_district_letter'], prod='odt', ns=1, drop=['dist'], zipenc='gbk',
   defects=['考核点所在区人社部门推荐函 absent from the package (only the industry letter is present)'],
   type_line='有限责任公司（自然人投资或控股）',
   why='The district HR bureau recommendation letter is missing altogether.')
pk(id='X14', name='昆山云启信息技术有限公司', cat='91', region='320583', reg_district='嘉定区', reg_auth='昆山市市场监督管理局', addr_override='江苏省昆山市玉山镇前进西路1299号',
   site='嘉定区', apps=[('数字孪生应用技术员', [5, 4, 3])], verdict='fail', causes=['not_registered_in_shanghai'], prod='html', ns=0,
   defects=['credit code region 320583 (昆山市, Jiangsu), licence issued by 昆山市市场监督管理局'],
   type_line='有限责任公司（自然人投资或控股）',
   why='Applicant is registered in 昆山 (code 91320583…), not in Shanghai, although its assessment site is in 嘉定区.')
pk(id='X15', name='上海市黄浦区政务服务技能培训中心', cat='12', reg_district='黄浦区', site='黄浦区', reg='shiye',
   apps=[('政务服务办事员', [5, 4])], verdict='fail', causes=['public_institution'], prod='docx', ns=4, sponsor='上海市黄浦区人民政府办公室',
   defects=['credit code category 12 (事业单位)', '事业单位法人证书 as registration document'],
   why='A 事业单位 (code 12…, 事业单位法人证书) may not apply.')
pk(id='X16', name='上海锐工管道工程有限公司', cat='91', reg_district='宝山区', site='宝山区',
   apps=[('管工', [5, 4]), ('电工', [4, 3])], verdict='fail', causes=['occupation_not_in_notice'], prod='rl', ns=0, v=dict(form=0),
   defects=['applies for 6-31-01-03 电工, which is not among the 48 occupations of the notice'],
   type_line='有限责任公司（自然人投资或控股）',
   why='The form (and plans/samples) include 电工, not an occupation of this notice.')
pk(id='X17', name='上海科创咨询服务有限公司', cat='91', reg_district='杨浦区', site='杨浦区',
   apps=[('科技咨询师', [4, 3])], verdict='fail', causes=['level_not_allowed'], prod='html', ns=1, v=dict(form=2),
   defects=['科技咨询师 applied at 四级 (中级工); the notice allows only 3、2、1'],
   type_line='有限责任公司（自然人投资或控股）',
   why='Level 4 of 科技咨询师 is not open in the notice.')
pk(id='X18', name='上海鼎食食品安全技术有限公司', cat='91', reg_district='浦东新区', site='浦东新区',
   apps=[('食品安全管理师', [4, 3])], verdict='fail', causes=['duplicate_application'], prod='docx', ns=0, dup='X19',
   defects=['same organisation (same credit code) also applies for 食品安全管理师 in X19'],
   type_line='有限责任公司（自然人投资或控股）',
   why='Same organisation applies for 食品安全管理师 twice in this corpus (X18 and X19).')
pk(id='X19', name='上海鼎食食品安全技术有限公司', cat='91', reg_district='浦东新区', site='浦东新区',
   apps=[('食品安全管理师', [2, 1]), ('调饮师', [5])], verdict='fail', causes=['duplicate_application'], prod='rl', ns=2, dup='X18',
   defects=['same organisation (same credit code) also applies for 食品安全管理师 in X18'],
   type_line='有限责任公司（自然人投资或控股）',
   why='Second application by the same organisation for 食品安全管理师 (other levels, plus 调饮师).')
pk(id='X20', name='上海瑞宁养老服务有限公司', cat='91', reg_district='普陀区', site='普陀区',
   apps=[('医疗护理员', [5, 4])], verdict='fail', causes=['credit_penalty'], prod='odt', ns=3, penalties=2,
   defects=['credit report lists 行政处罚信息 查见 2 条 with a detail table'],
   type_line='有限责任公司（自然人投资或控股）',
   why='Credit report records two administrative penalties.')
pk(id='X21', name='上海拓界数据安全技术有限公司', cat='91', reg_district='徐汇区', site='徐汇区',
   apps=[('网络与信息安全管理师（数据安全管理员）', [4, 3])], verdict='fail', causes=['letter_for_other_organisation'], prod='html', ns=0,
   ind_target_name='上海拓界信息科技有限公司',
   defects=['industry letter recommends 上海拓界信息科技有限公司 (another code), not the applicant'],
   type_line='有限责任公司（自然人投资或控股）',
   why='The 行业主管部门推荐函 names a different organisation.')
pk(id='X22', name='上海沪化工程技术培训有限公司', cat='91', reg_district='金山区', site='金山区',
   apps=[('化工总控工', [5, 4, 3])], verdict='fail', causes=['district_letter_outside_shanghai'], prod='docx', ns=1,
   dist_bureau='太仓市人力资源和社会保障局', dist_site='江苏省太仓市港区北环路18号', zipenc='gbk',
   defects=['district letter issued by 太仓市人力资源和社会保障局 (Jiangsu) for a site in 太仓'],
   type_line='有限责任公司（自然人投资或控股）',
   why='The only 区人社 letter comes from 太仓市, outside Shanghai.')
pk(id='X23', name='上海声悦助听器验配有限公司', form_name='上海声悦听力科技有限公司', cat='91', reg_district='长宁区', site='长宁区',
   apps=[('助听器验配师', [4, 3])], verdict='fail', causes=['name_mismatch'], prod='rl', ns=4,
   defects=['application form names 上海声悦听力科技有限公司; licence and credit report name 上海声悦助听器验配有限公司 (same code)'],
   type_line='有限责任公司（自然人投资或控股）',
   why='Organisation name on the form differs from the licence/credit report.')
pk(id='X24', name='上海彩研色彩设计有限公司', cat='91', reg_district='静安区', site='静安区',
   apps=[('色彩搭配师', [4, 3])], verdict='fail', causes=['one_sample_set'], prod='html', ns=0, one_set=('色彩搭配师', 3),
   defects=['色彩搭配师 三级 has only one sample set (四级 has two)'],
   type_line='有限责任公司（自然人投资或控股）',
   why='Only one set of sample papers for level 3.')
pk(id='X25', name='上海建能节能科技有限公司闵行分公司', cat='91', reg_district='闵行区', site='闵行区', branch=True,
   apps=[('建筑节能减排咨询师', [4, 3])], verdict='fail', causes=['branch_not_legal_person'], prod='odt', ns=3,
   post=dict(pledge='docxonly'), type_line='有限责任公司分公司',
   defects=['营业执照 类型 有限责任公司分公司, 负责人 (not an independent legal person)',
            'review-level defect too: 承诺书 only as editable .docx (fail stands)'],
   why='Applicant is a branch office; the docx-only pledge would be review on its own but the fail stands.')
pk(id='X26', name='上海房策企业管理咨询有限公司', cat='91', reg_district='虹口区', site='虹口区',
   apps=[('房地产策划师', [4, 3, 2])], verdict='fail', causes=['missing_audit_2022'], prod='rlcid', ns=0, audit_years=(2021, 2023),
   defects=['audit reports for 2023 and 2021; the 2022 audit report is missing'],
   type_line='有限责任公司（自然人投资或控股）',
   why='The two audit reports cover 2021 and 2023, so one of the last two years (2022) is missing.')
# ---- review
pk(id='X27', name='上海市低碳发展促进会', cat='51', region='310000', reg_district='静安区', site='静安区', reg='shetuan',
   apps=[('碳排放管理员', [5]), ('碳排放管理员（碳排放监测员）', [4])], verdict='review', causes=['social_organisation_51'],
   prod='html', ns=1, sponsor='上海市生态环境局', ind_kind='assoc_sponsor',
   defects=['applicant is a 社会团体 (code category 51); 未脱钩 status cannot be told from the documents'],
   why='社会团体 applicant: complete, but a person must check it is decoupled from government.')
pk(id='X28', name='上海智汇政务服务外包有限公司', cat='91', reg_district='杨浦区', site='杨浦区',
   apps=[('政务服务办事员', [5, 4, 3])], verdict='review', causes=['credit_report_encrypted'], prod='docx', ns=2,
   post=dict(credit='encrypt'), type_line='有限责任公司（自然人投资或控股）',
   defects=['信用报告 is a password-protected PDF (AES-256, user password) and the only copy'],
   why='Credit report cannot be opened without a password.')
pk(id='X29', name='上海匠心管道安装工程有限公司', cat='91', reg_district='宝山区', site='宝山区',
   apps=[('管工', [5, 4, 3])], verdict='review', causes=['audit_report_corrupt'], prod='odt', ns=0, post=dict(auditA='trunc'),
   type_line='有限责任公司（自然人投资或控股）', zipenc='gbk',
   defects=['2022 audit report PDF truncated (corrupt); no other copy'],
   why='One of the two audit reports is a truncated PDF.')
pk(id='X30', name='上海慧眼计量检测技术有限公司', cat='91', reg_district='松江区', site='松江区',
   apps=[('计量员（热工计量员）', [4, 3])], verdict='review', causes=['licence_unreadable_scan'], prod='rl', ns=1,
   post=dict(reg='faint'), type_line='有限责任公司（自然人投资或控股）',
   defects=['营业执照复印件 only as a faint, blurred ~60 dpi scan'],
   why='Licence copy is an unreadable faint scan.')
pk(id='X31', name='上海乐活健康管理有限公司', cat='91', reg_district='浦东新区', site='浦东新区',
   apps=[('保健调理师（保健艾灸师）', [5, 4, 3])], verdict='review', causes=['pledge_docx_only'], prod='html', ns=3,
   post=dict(pledge='docxonly'), type_line='有限责任公司（自然人投资或控股）',
   defects=['承诺书 only as an editable .docx (no signature/seal)'],
   why='Signed material (承诺书) only as .docx.')
pk(id='X32', name='上海数孪科技有限公司', cat='91', reg_district='嘉定区', site='嘉定区',
   apps=[('数字孪生应用技术员', [5, 4, 3])], verdict='review', causes=['district_letter_unsealed'], prod='docx', ns=4,
   seal_dist=False, type_line='有限责任公司（自然人投资或控股）',
   defects=['district letter bears no seal'],
   why='The 区人社局 letter is not stamped.')
pk(id='X33', name='上海碳道咨询有限公司', cat='91', reg_district='黄浦区', site='黄浦区',
   apps=[('碳排放管理员（碳排放咨询员）', [3, 2])], verdict='review', causes=['credit_code_checksum'], prod='rlcid', ns=1,
   badcheck=True, type_line='有限责任公司（自然人投资或控股）',
   defects=['credit code fails the GB 32100 check character (used consistently in all documents)'],
   why='Check character of the credit code is wrong: review per DOMAIN.md.')
pk(id='X34', name='上海航碳低碳技术有限公司', cat='91', reg_district='浦东新区', site='浦东新区',
   apps=[('碳排放管理员（民航碳排放管理员）', [4, 3])], verdict='review', causes=['industry_letter_unreadable_photo'], prod='odt', ns=2,
   post=dict(ind='photobad'), type_line='有限责任公司（自然人投资或控股）',
   defects=['industry letter only as a small, blurred, low-contrast phone photo (JPEG)'],
   why='Industry letter exists only as an unreadable photo.')
pk(id='X35', name='上海洁美环境服务有限公司', cat='91', reg_district='崇明区', site='崇明区',
   apps=[('生活垃圾清运工（生活垃圾收集工）', [5, 4])], verdict='review', causes=['integrity_letter_unsealed'], prod='rl', ns=0,
   seal_integ=False, type_line='有限责任公司（自然人投资或控股）',
   defects=['廉洁责任书 printed without the applicant seal'],
   why='Integrity letter not stamped.')
pk(id='X36', name='上海申药职业技能培训中心', cat='52', reg_district='奉贤区', site='奉贤区', reg='minfei',
   apps=[('药物制剂工（注射剂制备）', [4, 3])], verdict='review', causes=['implementation_plan_encrypted'], prod='docx', ns=3,
   sponsor='上海市奉贤区人力资源和社会保障局', post=dict(impl='encrypt'), sep_eval=False, ind_kind='assoc', ind_auth='上海市医药行业协会',
   defects=['实施方案 (with the evaluation plans) is a password-protected PDF; no readable copy'],
   why='Implementation plan with the evaluation plans cannot be opened.')


# ------------------------------------------------------------------ package objects
class Pk:
    pass


def make_pk(i, spec, shared):
    p = Pk()
    p.idx = i
    p.spec = spec
    p.rng = random.Random(f'{SEED}-{spec.get("dup") if spec.get("dup") in shared else spec["id"]}')
    r = p.rng
    p.id = spec['id']
    p.name = spec['name']
    p.form_name = spec.get('form_name')
    p.cat = spec['cat']
    p.branch = spec.get('branch', False)
    p.reg = spec.get('reg', 'biz')
    dist = spec['reg_district']
    region = spec.get('region') or DISTRICTS[dist][0]
    if spec.get('dup') and spec['dup'] in shared:
        p.code = shared[spec['dup']]
    else:
        p.code = L.make_code(p.cat, region, r)
        if spec.get('badcheck'):
            p.code = L.break_code(p.code)
    shared[p.id] = p.code
    p.legal = r.choice(SURN) + r.choice(GIVEN)
    p.contact = r.choice(SURN) + r.choice(GIVEN)
    p.phone = f'021-{r.randint(5000, 6999)}{r.randint(1000, 9999)}'
    p.email = f'pj{r.randint(100, 999)}@{"shcorp" if p.cat == "91" else "shorg"}.cn'
    p.founded = (r.randint(2005, 2019), r.randint(1, 12), r.randint(1, 28))
    p.lic_date = (r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28))
    streets = DISTRICTS[dist][2]
    p.addr = spec.get('addr_override') or f'上海市{dist}{r.choice(streets)}{r.randint(8, 1888)}号{r.randint(1, 12)}幢{r.randint(1, 9)}层'
    sd = spec['site']
    p.site_addr = spec.get('dist_site') or f'上海市{sd}{r.choice(DISTRICTS[sd][2])}{r.randint(8, 1888)}号{r.randint(2, 6)}楼'
    p.site_short = f'{sd}考核点'
    p.staff = r.randint(6, 18)
    p.area = r.randint(4, 18) * 100
    p.cams = r.randint(8, 32)
    p.seats = r.randint(30, 90)
    p.trained = r.randint(20, 90) * 100
    p.apps = [(OCC[n], lv) for n, lv in spec['apps']]
    o0 = p.apps[0][0]
    auth, field, pre = AUTH[o0['code']]
    p.field = field
    p.opt = dict(box=['box', 'boxsq', 'boxv'][i % 3], range=['range', 'dash'][i % 2])
    p.intro = (f'{p.name}成立于{p.founded[0]}年，长期从事{field}领域的职业培训与技能评价工作，'
               f'建有{r.choice(["实训中心", "培训基地", "技能鉴定站"])}，与本市多家行业企业保持稳定合作。')
    day = 20 + (i % 7)
    p.sub_date = (2025, 1, day)
    p.form_date = (2025, 1, r.randint(13, 19))
    ind_kind = spec.get('ind_kind', 'gov')
    p.ind_kind = ind_kind
    p.ind_auth = spec.get('ind_auth') or auth
    if ind_kind == 'assoc_sponsor':
        p.ind_auth = spec.get('sponsor')
    p.ind_target_name = spec.get('ind_target_name')
    p.ind_target_code = L.make_code('91', DISTRICTS[dist][0], random.Random('other' + p.id)) if p.ind_target_name else None
    p.ind_date = (2025, 1, r.randint(6, 15))
    if ind_kind == 'group':
        p.ind_docno = f'华申医药〔2025〕{r.randint(3, 40)}号'
    else:
        p.ind_docno = f'{pre}〔2025〕{r.randint(5, 160)}号'
    p.seal_ind = spec.get('seal_ind', True)
    bur_prefix = '上海市' if i % 3 else ''
    p.dist_bureau = spec.get('dist_bureau') or f'{bur_prefix}{sd}人力资源和社会保障局'
    dpre = DISTRICTS[sd][1] if not spec.get('dist_bureau') else '太人社'
    p.dist_docno = f'{dpre}{"函" if i % 2 else ""}〔2025〕{r.randint(2, 60)}号'
    p.dist_date = (2025, 1, r.randint(7, 16))
    p.seal_dist = spec.get('seal_dist', True)
    p.credit_date = (2025, 1, r.randint(8, 17))
    p.penalties = []
    if spec.get('penalties'):
        p.penalties = [[f'普市监案处字〔2024〕第{r.randint(100, 999)}号', '未按规定公示收费标准', '警告，罚款人民币1万元', '上海市普陀区市场监督管理局', '2024-05-21'],
                       [f'沪普卫健罚〔2024〕{r.randint(10, 99)}号', '聘用未经培训人员从事护理服务', '罚款人民币5000元', '上海市普陀区卫生健康委员会', '2024-09-03']]
    reg_auth_default = {'biz': f'上海市{dist}市场监督管理局' if dist != '浦东新区' else '上海市浦东新区市场监督管理局',
                        'minfei': f'上海市{dist}民政局', 'shetuan': '上海市民政局', 'shiye': f'上海市{dist}事业单位登记管理局'}[p.reg]
    if p.reg == 'biz' and r.random() < 0.3:
        reg_auth_default = '上海市市场监督管理局'
    p.reg_auth = spec.get('reg_auth') or reg_auth_default
    p.reg_type_short = {'biz': '有限责任公司', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位'}[p.reg]
    p.type_line = spec.get('type_line', '')
    p.reg_name = None
    p.sponsor = spec.get('sponsor', '')
    p.scope = (f'一般项目：{field}技术服务、技术开发、技术咨询；职业技能培训（不含需取得许可的培训）；'
               '会议及展览服务；信息咨询服务（不含许可类信息咨询服务）。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）'
               if p.reg == 'biz' else f'开展{field}领域职业技能培训、技能评价、行业交流、咨询服务。')
    p.capital = f'人民币{r.choice([50, 100, 200, 300, 500, 1000])}万元' if p.reg != 'shiye' else f'人民币{r.randint(20, 300)}万元'
    p.cpa = [r.choice(SURN) + r.choice(GIVEN), r.choice(SURN) + r.choice(GIVEN)]
    p.firm = C.FIRMS[i % len(C.FIRMS)]
    p.audit_years = spec.get('audit_years', (2022, 2023))
    p.v = dict(form=i % 5, dist=(i * 3) % 4, credit=(i % 4), audit=(i + 1) % 4, work=i % 3, pledge=(i + 1) % 3,
               integ=(i + 2) % 3, impl=i % 3, sample=i % 6)
    if ind_kind == 'assoc' or ind_kind == 'assoc_sponsor':
        p.v['ind'] = 1 if ind_kind == 'assoc' else 3
    elif ind_kind == 'group':
        p.v['ind'] = 2
    else:
        p.v['ind'] = 0 if i % 3 else 3
    p.v.update(spec.get('v', {}))
    return p


# ------------------------------------------------------------------ file plan
STAMPED = {'ind', 'dist', 'pledge', 'integ', 'reg'}
KIND = dict(form='application_form', ind='industry_letter', dist='district_letter', credit='credit_report',
            auditA='audit_report', auditB='audit_report', reg='registration_certificate', work='work_plan',
            pledge='pledge', integ='integrity_letter', impl='implementation_plan', eval='evaluation_plan',
            sample='sample_paper', other='other')

NS_NAMES = {
    0: dict(form='01申请表/社会培训评价组织征集遴选申请表', ind='02推荐函/行业主管部门推荐函', dist='02推荐函/考核点所在区人社局推荐函',
            credit='03信用佐证材料/信用报告', audit='03信用佐证材料/{y}年度财务审计报告', reg='03信用佐证材料/{regname}复印件',
            work='04工作方案/职业技能等级认定工作方案', pledge='04工作方案/承诺书', integ='04工作方案/廉洁责任书',
            impl='05实施方案/项目实施方案', eval='05实施方案/{occ}评价方案', sample='05实施方案/样题/{occ}_{lv}_{set}',
            other='06其他材料/{x}'),
    1: dict(form='附件1 申请表', ind='附件2-1 行业主管部门推荐函', dist='附件2-2 区人社部门推荐函', credit='附件3-1 信用报告',
            audit='附件3-{n} {y}年审计报告', reg='附件3-4 {regname}', work='附件4 工作方案', pledge='附件4-1 承诺书',
            integ='附件4-2 廉洁责任书', impl='附件5 项目实施方案', eval='附件5-评价方案-{occ}', sample='附件5-样题-{occ}{lv}-{set}',
            other='附件6 {x}'),
    3: dict(form='{short}申报材料/一、申请表/申请表', ind='{short}申报材料/二、推荐函/行业推荐函', dist='{short}申报材料/二、推荐函/区人社局推荐函',
            credit='{short}申报材料/三、信用佐证/公共信用信息报告', audit='{short}申报材料/三、信用佐证/审计报告{y}',
            reg='{short}申报材料/三、信用佐证/{regname}', work='{short}申报材料/四、工作方案/工作方案',
            pledge='{short}申报材料/四、工作方案/承诺书', integ='{short}申报材料/四、工作方案/廉洁责任书',
            impl='{short}申报材料/五、实施方案/实施方案', eval='{short}申报材料/五、实施方案/评价方案_{occ}',
            sample='{short}申报材料/五、实施方案/样题/{occ}{lv}{set}', other='{short}申报材料/六、其他/{x}'),
    4: dict(form='shenqingbiao', ind='tuijianhan_hangye', dist='tuijianhan_qurenshe', credit='xinyongbaogao',
            audit='shenjibaogao_{y}', reg='yingyezhizhao', work='gongzuofangan', pledge='chengnuoshu', integ='lianjiezerenshu',
            impl='shishifangan', eval='pingjiafangan_{occn}', sample='yangti/{occn}_L{lvn}_{setn}', other='qita/{x}'),
}


def occ_short(o):
    n = o['name']
    return n.replace('（', '-').replace('）', '')


class FS:
    """a file in the package"""

    def __init__(self, key, kinds, blocks=None, cert=None, prod=None, post=None, seal=None, name=None):
        self.key, self.kinds, self.blocks, self.cert = key, kinds, blocks, cert
        self.prod, self.post, self.seal, self.name = prod, post, seal, name
        self.members = None   # for merged files
        self.path = None


def plan(p):
    spec = p.spec
    r = random.Random(f'plan-{p.id}')
    post = dict(spec.get('post', {}))
    prod = spec['prod']
    files = []
    regname = {'biz': '营业执照', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[p.reg]

    def add(key, kinds, blocks=None, cert=None, seal=None, name_fmt=None, **fmt):
        f = FS(key, kinds, blocks, cert, prod, post.get(key.split(':')[0]), seal)
        if spec.get('gs_all') and not f.post and not cert:
            f.post = 'gs'
        if key.split(':')[0] in (spec.get('rl3') or []):
            f.post = 'scanrl3'
        f.fmt = dict(fmt, regname=regname)
        files.append(f)
        return f

    add('form', ['form'], C.form_blocks(p, p.v['form']))
    add('ind', ['ind'], C.industry_blocks(p, p.v['ind']), seal=p.seal_ind)
    if 'dist' not in spec.get('drop', []):
        add('dist', ['dist'], C.district_blocks(p, p.v['dist']), seal=p.seal_dist)
    add('credit', ['credit'], C.credit_blocks(p, p.v['credit']))
    ya, yb = p.audit_years
    add('auditA', ['auditA'], C.audit_blocks(p, ya, p.v['audit'], p.firm), y=ya, n=2)
    add('auditB', ['auditB'], C.audit_blocks(p, yb, (p.v['audit'] + 1) % 4, p.firm), y=yb, n=3)
    cs = C.reg_spec(p)
    add('reg', ['reg'], cert=cs, seal=True)
    combo = p.idx % 4 == 1 and not post.get('work') and not post.get('pledge') and not post.get('integ') and spec.get('seal_integ', True)
    sealed_integ = spec.get('seal_integ', True)
    if combo:
        blocks = C.work_blocks(p, p.v['work']) + [('pb',)] + C.pledge_blocks(p, p.v['pledge']) + [('pb',)] + C.integrity_blocks(p, p.v['integ'])
        add('work', ['work', 'pledge', 'integ'], blocks, seal=True)
    else:
        add('work', ['work'], C.work_blocks(p, p.v['work']))
        pl_sealed = post.get('pledge') != 'docxonly'
        add('pledge', ['pledge'], C.pledge_blocks(p, p.v['pledge'], sealed=pl_sealed), seal=pl_sealed)
        add('integ', ['integ'], C.integrity_blocks(p, p.v['integ'], sealed=sealed_integ), seal=sealed_integ)
    sep_eval = spec.get('sep_eval', p.idx % 3 == 2)
    if sep_eval:
        add('impl', ['impl'], C.impl_blocks(p, p.v['impl'], with_eval=False))
        for k, (o, lv) in enumerate(p.apps):
            add(f'eval:{k}', ['eval'], C.eval_blocks(p, o, lv), occ=occ_short(o), occn=f'occ{k + 1}')
    else:
        add('impl', ['impl', 'eval'], C.impl_blocks(p, p.v['impl']))
    # sample papers
    ts = p.v['sample']
    group = ['set', 'level', 'occ', 'set', 'level', 'all'][p.idx % 6]
    one = spec.get('one_set')
    answers = p.idx % 4 == 0
    sets = []
    for k, (o, lv) in enumerate(p.apps):
        for x in sorted(lv, reverse=True):
            nset = 1 if (one and one[0] == o['name'] and one[1] == x) else 2
            for s in range(nset):
                sets.append((k, o, x, s))
    setname = lambda s: C.SET_TITLES[ts](s).replace(' ', '')
    if group == 'set':
        for k, o, x, s in sets:
            add(f'sample:{k}:{x}:{s}', ['sample'], C.sample_blocks(p, o, x, s, ts, answers),
                occ=occ_short(o), lv=C.LV_NUM[x], set=setname(s), occn=f'occ{k + 1}', lvn=x, setn='AB'[s])
    elif group == 'level':
        for k, o, x, s in sets:
            if s == 0:
                bl = []
                for kk, oo, xx, ss in sets:
                    if kk == k and xx == x:
                        bl += (([('pb',)] if bl else []) + C.sample_blocks(p, oo, xx, ss, ts, answers))
                add(f'sample:{k}:{x}', ['sample'], bl, occ=occ_short(o), lv=C.LV_NUM[x], set='样题', occn=f'occ{k + 1}', lvn=x, setn='AB')
    elif group == 'occ':
        for k, (o, lv) in enumerate(p.apps):
            bl = []
            for kk, oo, xx, ss in sets:
                if kk == k:
                    bl += (([('pb',)] if bl else []) + C.sample_blocks(p, oo, xx, ss, ts, answers))
            add(f'sample:{k}', ['sample'], bl, occ=occ_short(o), lv='各等级', set='样题汇编', occn=f'occ{k + 1}', lvn='all', setn='all')
    else:
        bl = []
        for kk, oo, xx, ss in sets:
            bl += (([('pb',)] if bl else []) + C.sample_blocks(p, oo, xx, ss, ts, answers))
        add('sample:all', ['sample'], bl, occ='全部职业', lv='', set='样题', occn='all', lvn='all', setn='all')
    # extras
    for ex in spec.get('extras', []):
        if ex == 'teachers':
            add('other:teachers', ['other'], C.teacher_list_blocks(p), x='考评人员名单')
        elif ex == 'floorplan':
            f = add('other:floorplan', ['other'], C.floorplan_blocks(p), x='考核点平面图')
            f.prod = 'html'
            f.post = None
        elif ex == 'photo_site':
            f = add('other:photo1', ['other'], C.floorplan_blocks(p), x='考核点现场照片1')
            f.prod = 'html'; f.post = 'photo'
        elif ex == 'photo_site_bad':
            f = add('other:photo2', ['other'], C.teacher_list_blocks(p), x='现场照片2')
            f.prod = 'html'; f.post = 'photobad'
        elif ex == 'credit_encrypted_copy':
            f = add('other:credit_enc', ['credit'], C.credit_blocks(p, p.v['credit']), x='信用报告（加密原件）')
            f.post = 'encrypt'
    if p.idx % 5 == 3 and not spec.get('extras'):
        add('other:toc', ['other'], C.toc_blocks(p, ['申请表', '推荐函', '信用报告', '审计报告', regname, '工作方案', '承诺书',
                                                       '廉洁责任书', '实施方案', '样题']), x='目录')
    # big merged pdf
    if spec.get('bigpdf'):
        keys = spec['bigpdf']
        mem = [f for f in files if f.key in keys]
        big = FS('big', sum([f.kinds for f in mem], []))
        big.members = mem
        big.fmt = dict(regname=regname)
        big.seal = True
        files = [big] + [f for f in files if f.key not in keys]
    # names
    ns = spec.get('ns', 0)
    short = p.name.replace('上海市', '').replace('上海', '')[:6]
    counter = [r.randint(1, 5)]
    for f in files:
        ext = '.jpg' if f.post in ('photo', 'photobad') else ('.docx' if f.post == 'docxonly' else '.pdf')
        base = f.key.split(':')[0]
        if f.key == 'big':
            nm = {0: '01申报材料汇编（申请表、推荐函、信用佐证）', 1: '附件1-3 申请表推荐函及信用佐证材料',
                  2: '扫描全能王 2025-01-17 09.41', 3: '{short}申报材料/申报材料汇编', 4: 'huibian'}[ns]
        elif ns == 2:
            if f.post in ('scan', 'scanocr', 'scanrl3', 'faint'):
                nm = f'IMG_202501{r.randint(13, 19)}_{counter[0]:04d}'
            elif f.post in ('photo', 'photobad'):
                nm = f'mmexport17369{r.randint(10000000, 99999999)}'
            else:
                nm = r.choice([f'scan_{counter[0]:03d}', f'附件{counter[0]}', f'新建 Microsoft Word 文档 ({counter[0]})', f'文档{counter[0]}'])
            counter[0] += 1
        else:
            tmpl = NS_NAMES[ns]['audit' if base.startswith('audit') else base]
            nm = tmpl
        nm = nm.format(short=short, **{k: v for k, v in {'y': '', 'n': '', 'regname': regname, 'occ': '', 'lv': '', 'set': '', 'x': '',
                                                          'occn': '', 'lvn': '', 'setn': '', **getattr(f, 'fmt', {})}.items()})
        f.path = nm + ext
    # de-duplicate paths
    seen = {}
    for f in files:
        if f.path in seen:
            stem, ext = os.path.splitext(f.path)
            k = 2
            while f'{stem}({k}){ext}' in seen:
                k += 1
            f.path = f'{stem}({k}){ext}'
        seen[f.path] = 1
    # nested zip
    p.nested = None
    if spec.get('nested') == 'samples':
        p.nested = {'name': {3: f'{short}申报材料/五、实施方案/样题.zip', 0: '05实施方案/样题.zip'}.get(ns, '样题.zip'),
                    'keys': [f.key for f in files if f.key.startswith('sample')]}
    return files


# ------------------------------------------------------------------ build
PROD_DESC = {'docx': 'python-docx → LibreOffice PDF', 'odt': 'odfpy .odt → LibreOffice PDF',
             'html': 'Chromium print-to-pdf (HTML/CSS, SVG seal)', 'rl': 'reportlab (embedded TTF WenQuanYi Zen Hei)',
             'rlcid': 'reportlab (STSong-Light CID, not embedded)', 'cert': 'reportlab canvas certificate (embedded TTF)',
             'certcid': 'reportlab canvas certificate (STSong-Light)'}
POST_DESC = {'gs': ' → Ghostscript pdfwrite', 'scan': ' → printed & scanned (pdftoppm → Pillow gray/noise/rotation → JPEG → img2pdf)',
             'scanocr': ' → scanned (Pillow/img2pdf) → ocrmypdf chi_sim text layer',
             'scanrl3': ' → colour scan → reportlab image page + invisible text (render mode 3)',
             'faint': ' → faint blurred 60 dpi scan (img2pdf)', 'photo': ' → phone photo JPEG (Pillow)',
             'photobad': ' → blurred low-contrast phone photo JPEG (Pillow)', 'encrypt': ' → qpdf AES-256 user password',
             'trunc': ' → truncated to 55% of its bytes', 'docxonly': ' (the .docx itself, as submitted)'}
TEXT_OF = {None: 'text', 'gs': 'text', 'scan': 'none', 'scanocr': 'ocr-layer', 'scanrl3': 'ocr-layer', 'faint': 'none',
           'photo': 'none', 'photobad': 'none', 'encrypt': 'encrypted', 'trunc': 'corrupt', 'docxonly': 'text'}


def render_sources(all_files):
    """phase 1: write sources; return lists for batch conversion"""
    soffice_jobs, chrome_jobs = [], []
    for p, f in all_files:
        d = BUILD / p.id
        d.mkdir(parents=True, exist_ok=True)
        f.src = d / f'f{f.uid:03d}'
        prod = f.prod
        if f.cert is not None:
            font = 'cid' if prod == 'rlcid' else 'ttf'
            f.prodname = 'certcid' if font == 'cid' else 'cert'
            note = None if p.idx % 3 == 0 else ('复印件与原件一致' if p.idx % 3 == 1 else '仅供社会培训评价组织申报使用')
            L.render_cert(f.cert, str(f.src) + '.pdf', p.rng, font=font, copy_seal=p.name if f.seal else None,
                          copy_note=note or False)
            f.pdf = Path(str(f.src) + '.pdf')
            continue
        f.prodname = prod
        if prod == 'docx' or f.post == 'docxonly':
            L.render_docx(f.blocks, str(f.src) + '.docx', font='Noto Serif CJK SC' if (p.idx % 6 == 1 and not p.spec.get('gs_all')) else 'WenQuanYi Zen Hei',
                          size=[12, 11, 12.5][p.idx % 3], seal_dir=d, rng=p.rng)
            if f.post == 'docxonly':
                f.prodname = 'docx'
            soffice_jobs.append(str(f.src) + '.docx')
            f.pdf = Path(str(f.src) + '.pdf')
        elif prod == 'odt':
            L.render_odt(f.blocks, str(f.src) + '.odt', font='WenQuanYi Zen Hei',
                         size=[11, 12][p.idx % 2], seal_dir=d, rng=p.rng)
            soffice_jobs.append(str(f.src) + '.odt')
            f.pdf = Path(str(f.src) + '.pdf')
        elif prod == 'html':
            L.render_html(f.blocks, str(f.src) + '.html', cssv=p.idx, seal_rng=p.rng)
            chrome_jobs.append((str(f.src) + '.html', str(f.src) + '.pdf'))
            f.pdf = Path(str(f.src) + '.pdf')
        else:
            hdr = None
            if p.idx % 2:
                hdr = p.name
            L.render_rl(f.blocks, str(f.src) + '.pdf', font='cid' if prod == 'rlcid' else 'ttf', size=[11, 10.5, 12][p.idx % 3],
                        rng=p.rng, header=hdr, footer='第 {page} 页' if p.idx % 3 else None)
            f.pdf = Path(str(f.src) + '.pdf')
    return soffice_jobs, chrome_jobs


def postprocess(p, f):
    d = BUILD / p.id
    tmp = d / f'tmp{f.uid}'
    rng = random.Random(f'post-{p.id}-{f.uid}')
    out = Path(str(f.src) + '.final')
    post = f.post
    if post is None and f.prodname == 'html' and p.idx % 4 == 0:
        # Chromium with Noto CJK emits large Type 3 fonts: compress object streams (still Skia/PDF)
        L.run(['qpdf', '--object-streams=generate', '--compress-streams=y', '--recompress-flate',
               '--compression-level=9', str(f.pdf), str(out)])
    elif post is None:
        shutil.copy(f.pdf, out)
    elif post == 'gs':
        L.gs_redistill(f.pdf, out)
    elif post == 'scan':
        L.scan_pdf(f.pdf, out, rng, tmp, dpi=150, gray=True, quality=45)
    elif post == 'scanocr':
        s = Path(str(f.src) + '.scan.pdf')
        L.scan_pdf(f.pdf, s, rng, tmp, dpi=200, gray=p.idx % 2 == 0, quality=50)
        L.ocrmypdf_layer(s, out)
    elif post == 'scanrl3':
        s = Path(str(f.src) + '.scan.pdf')
        jpgs = L.scan_pdf(f.pdf, s, rng, tmp, dpi=150, gray=False, quality=50, angle=0.0)
        L.rl3_layer(f.pdf, jpgs, out, 150)
    elif post == 'faint':
        L.scan_pdf(f.pdf, out, rng, tmp, dpi=60, gray=True, quality=22, faint=True, blur=1.6, out_dpi=60)
    elif post in ('photo', 'photobad'):
        L.photo_jpg(f.pdf, out, rng, tmp, dpi=90 if post == 'photo' else 70, bad=post == 'photobad')
    elif post == 'encrypt':
        L.encrypt_pdf(f.pdf, out)
    elif post == 'trunc':
        L.truncate_pdf(f.pdf, out)
    elif post == 'docxonly':
        shutil.copy(str(f.src) + '.docx', out)
    f.final = out
    shutil.rmtree(tmp, ignore_errors=True)


class ZInfo(zipfile.ZipInfo):
    """entry whose name is written as GBK bytes without the UTF-8 flag (Windows 'compressed folder')"""

    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(zpath, entries, enc='utf8', macosx=False, dirs=True):
    """entries: list of (name, bytes)"""
    names = [n for n, _ in entries]
    dset = set()
    for n in names:
        parts = n.split('/')[:-1]
        for k in range(1, len(parts) + 1):
            dset.add('/'.join(parts[:k]) + '/')
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        allents = ([(dn, None) for dn in sorted(dset)] if dirs else []) + list(entries)
        for n, data in allents:
            zi = ZInfo(n, date_time=(2025, 1, 19, 21, 14, 6)) if enc == 'gbk' else zipfile.ZipInfo(n, date_time=(2025, 1, 19, 21, 14, 6))
            if data is None:
                zi.external_attr = 0o40755 << 16 | 0x10
                z.writestr(zi, b'')
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
        if macosx:
            for n, data in entries:
                dn, bn = os.path.split(n)
                ad = b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 60 + b'ATTR' + os.urandom(0) + b'\x00' * 40
                z.writestr(zipfile.ZipInfo(f'__MACOSX/{dn + "/" if dn else ""}._{bn}', date_time=(2025, 1, 19, 21, 14, 6)), ad)
            top = names[0].split('/')[0] + '/' if '/' in names[0] else ''
            z.writestr(zipfile.ZipInfo(f'{top}.DS_Store', date_time=(2025, 1, 19, 21, 14, 6)), b'\x00\x00\x00\x01Bud1' + b'\x00' * 2000)


def main():
    t0 = time.time()
    if BUILD.exists():
        shutil.rmtree(BUILD)
    BUILD.mkdir()
    partial = any(a.startswith('--only=') for a in sys.argv)
    if PKGDIR.exists() and not partial:
        shutil.rmtree(PKGDIR)
    PKGDIR.mkdir(exist_ok=True)
    shared = {}
    # dup packages share the code of the first one
    pks = [make_pk(i, s, shared) for i, s in enumerate(P)]
    only = [a.split('=', 1)[1].split(',') for a in sys.argv if a.startswith('--only=')]
    if only:
        pks = [p for p in pks if p.id in only[0]]
    allfiles = []
    plans = {}
    uid = 0
    for p in pks:
        fl = plan(p)
        plans[p.id] = fl
        for f in fl:
            subs = f.members if f.members else [f]
            for s in subs:
                s.uid = uid
                uid += 1
                allfiles.append((p, s))
            if f.members:
                f.uid = uid
                uid += 1
    print(f'{len(allfiles)} documents to render', flush=True)
    so, ch = render_sources(allfiles)
    print(f'soffice {len(so)}, chromium {len(ch)} ({time.time() - t0:.0f}s)', flush=True)
    # chromium in a small thread pool, soffice batch in parallel
    with ThreadPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(L.chromium_pdf, a, b) for a, b in ch]
        byd = {}
        for j in so:
            byd.setdefault(str(Path(j).parent), []).append(j)
        # one soffice batch over everything (outdir per file's dir): convert per dir
        for dd, js in byd.items():
            L.soffice_batch(js, dd, profile=BUILD / 'lo_profile')
        for fu in futs:
            fu.result()
    print(f'rendered ({time.time() - t0:.0f}s)', flush=True)
    # post-processing
    jobs = [(p, f) for p, f in allfiles]
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(lambda a: postprocess(*a), jobs))
    print(f'post-processed ({time.time() - t0:.0f}s)', flush=True)
    key = {'author': 'final14', 'packages': {}}
    expect = {}
    if partial:   # regenerate some packages only: keep the others' key entries
        key = json.loads((HERE / 'key.json').read_text(encoding='utf-8'))
        expect = json.loads((HERE / 'expect.json').read_text(encoding='utf-8'))
        ids = {p.id for p in pks}
        for z in list(key['packages']):
            if z.split('-')[0] in ids:
                del key['packages'][z]
                (PKGDIR / z).unlink(missing_ok=True)
        expect = {k: v for k, v in expect.items() if k.split('|')[0] not in ids}
    for p in pks:
        fl = plans[p.id]
        spec = p.spec
        entries = []
        docs = []
        nested_entries = []
        for f in fl:
            if f.members:
                out = Path(str(BUILD / p.id / f'big{f.uid}.pdf'))
                L.merge_pdfs([m.final for m in f.members], out)
                data = out.read_bytes()
                prods = []
                for m in f.members:
                    d_ = PROD_DESC[m.prodname] + POST_DESC.get(m.post, '')
                    if d_ not in prods:
                        prods.append(d_)
                producer = 'qpdf merge of: ' + '; '.join(prods)
                texts = set(TEXT_OF[m.post] for m in f.members)
                text = 'text' if texts == {'text'} else ('ocr-layer' if 'none' not in texts else 'none')
                seal = True
                kinds = f.kinds
            else:
                data = Path(f.final).read_bytes()
                producer = PROD_DESC[f.prodname] + POST_DESC.get(f.post, '')
                if f.post == 'docxonly':
                    producer = 'python-docx (.docx as submitted)'
                text = TEXT_OF[f.post]
                seal = f.seal
                kinds = f.kinds
            kind = '+'.join(dict.fromkeys(KIND[k.split(':')[0]] for k in kinds))
            doc = {'path': f.path, 'kind': kind, 'producer': producer, 'text': text}
            if any(k in STAMPED for k in kinds):
                doc['seal'] = bool(seal)
            in_nested = p.nested and f.key in p.nested['keys']
            if in_nested:
                nested_entries.append((f.path.split('/')[-1], data))
                doc['path'] = p.nested['name'] + '/' + f.path.split('/')[-1]
            else:
                entries.append((f.path, data))
            docs.append(doc)
            if text in ('text', 'ocr-layer'):
                nm = p.name
                if f.key == 'form' and p.form_name:
                    nm = p.form_name
                if f.key == 'ind' and p.ind_target_name:
                    nm = p.ind_target_name
                expect[f'{p.id}|{doc["path"]}'] = nm
        if nested_entries:
            bio = Path(BUILD / p.id / 'nested.zip')
            write_zip(bio, nested_entries, enc='utf8', dirs=False)
            entries.append((p.nested['name'], bio.read_bytes()))
        zname = f'{p.id}-{p.name}.zip'
        write_zip(PKGDIR / zname, entries, enc=spec.get('zipenc', 'utf8'), macosx=spec.get('macosx', False),
                  dirs=spec.get('ns', 0) != 2)
        key['packages'][zname] = {
            'verdict': spec['verdict'], 'causes': spec.get('causes', []), 'defects': spec.get('defects', []),
            'why': spec['why'],
            'organisation': {'name': p.name, 'credit_code': p.code},
            'applications': [{'code': o['code'], 'name': o['name'], 'levels': sorted(lv, reverse=True)} for o, lv in p.apps],
            'documents': docs}
    key['packages'] = dict(sorted(key['packages'].items()))
    (HERE / 'key.json').write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding='utf-8')
    (HERE / 'expect.json').write_text(json.dumps(expect, ensure_ascii=False, indent=1), encoding='utf-8')
    import make_readme
    make_readme.main()
    if '--keep-build' not in sys.argv:
        shutil.rmtree(BUILD, ignore_errors=True)
    print(f'done in {time.time() - t0:.0f}s', flush=True)


if __name__ == '__main__':
    main()
