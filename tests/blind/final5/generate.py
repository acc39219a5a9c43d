#!/usr/bin/env python3
"""Blind corpus final5: python3 generate.py  -> packages/*.zip, key.json"""
import os, io, json, random, shutil, zipfile, subprocess, copy
import render as R
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'packages')
SCR = R.SCR

OCC = {k: dict(code=v[0], name=v[1], gz=v[2], allowed=v[3]) for k, v in {
    'baojie': ('4-09-08-01', '保洁员', '保洁员', [5, 4, 3]), 'yiliao': ('4-14-01-02', '医疗护理员', '医疗护理员', [5, 4, 3, 2, 1]),
    'tanhs': ('4-09-07-04', '碳排放管理员', '碳排放核算员', [4, 3, 2, 1]), 'guangong': ('6-29-03-04', '管工', '管工', [5, 4, 3, 2, 1]),
    'tiaoyin': ('4-03-02-10', '调饮师', '调饮师', [5, 4, 3, 2, 1]), 'zhengwu': ('3-01-01-02', '政务服务办事员', '政务服务办事员', [5, 4, 3]),
    'xinyong': ('4-07-02-04', '信用管理师', '信用管理师', [4, 3, 2, 1]), 'shipin': ('4-03-02-11', '食品安全管理师', '食品安全管理师', [5, 4, 3, 2, 1]),
    'yingyang': ('4-14-02-01', '营养师', '公共营养师', [4, 3, 2, 1]), 'zengcai': ('6-18-01-13', '增材制造设备操作员', '增材制造设备操作员', [5, 4, 3, 2, 1]),
    'penjing': ('4-09-10-03', '盆景师', '盆景师', [5, 4, 3, 2, 1]), 'aijiu': ('4-10-04-01', '保健调理师', '保健艾灸师', [5, 4, 3]),
    'shuzi': ('4-04-05-10', '数字孪生应用技术员', '数字孪生应用技术员', [5, 4, 3, 2, 1]), 'pianji': ('6-12-03-00', '药物制剂工', '片剂制备', [5, 4, 3, 2, 1]),
    'laji': ('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工', [5, 4, 3]), 'guidao': ('6-29-03-10', '轨道交通信号工', '城市轨道交通信号工', [5, 4, 3, 2, 1]),
    'shequn': ('4-14-04-04', '社群健康助理员', '社群健康助理员', [4, 3, 2]), 'huagong': ('6-11-01-03', '化工总控工', '化工总控工', [5, 4, 3, 2, 1]),
    'yanglao': ('4-10-01-05', '养老护理员', '养老护理员', []), 'sese': ('4-08-08-04', '色彩搭配师', '色彩搭配师', [4, 3, 2, 1]),
}.items()}

INDUSTRY = {
    'baojie': ('上海市绿化和市容管理局', '沪绿容函'), 'laji': ('上海市绿化和市容管理局', '沪绿容函'),
    'yiliao': ('上海市卫生健康委员会', '沪卫职函'), 'yingyang': ('上海市卫生健康委员会', '沪卫职函'), 'shequn': ('上海市卫生健康委员会', '沪卫职函'),
    'tanhs': ('上海市生态环境局', '沪环气函'), 'guangong': ('上海市住房和城乡建设管理委员会', '沪建人函'),
    'tiaoyin': ('上海市商务委员会', '沪商服函'), 'shipin': ('上海市市场监督管理局', '沪市监食函'), 'zhengwu': ('上海市人民政府办公厅', '沪府办函'),
    'xinyong': ('上海市发展和改革委员会', '沪发改信用函'), 'zengcai': ('上海市经济和信息化委员会', '沪经信人函'),
    'shuzi': ('上海市经济和信息化委员会', '沪经信人函'), 'penjing': ('上海市绿化和市容管理局', '沪绿容函'),
    'aijiu': ('上海市商务委员会', '沪商服函'), 'pianji': ('上海市药品监督管理局', '沪药监函'), 'guidao': ('上海市交通委员会', '沪交人函'),
    'huagong': ('上海市经济和信息化委员会', '沪经信人函'), 'yanglao': ('上海市民政局', '沪民养函'), 'sese': ('上海市商务委员会', '沪商服函'),
}
FIRMS = [dict(name='上海立信恒远会计师事务所（特殊普通合伙）', abbr='立恒沪', cpa=('周晓敏', '陆建平')),
         dict(name='上海申华永诚会计师事务所有限公司', abbr='沪申永会', cpa=('吴佳', '顾文涛')),
         dict(name='上海东沪联合会计师事务所有限公司', abbr='东沪会审', cpa=('钱蕾', '沈志刚')),
         dict(name='上海宏达正明会计师事务所（普通合伙）', abbr='宏正审', cpa=('许丽华', '金海东'))]
REPS = ['张卫东', '李雪梅', '王志强', '陈静', '刘海涛', '杨柳', '赵立新', '黄晓燕', '周文斌', '吴建国', '徐蕾', '孙明', '马丽娟', '朱永刚', '胡晓峰', '郭敏']

# ------------------------------------------------------------------ package specs
# fields: n, name, type, div, occs{key: levels}, verdict, causes, defects, why, plus style switches
SPECS = [
 dict(n=1, name='上海洁境环境服务有限公司', type='91', div='310115', occs={'baojie': [5, 4, 3]}, verdict='pass', causes=[2, 3],
      why='Complete and valid; the industry letter title is broken over two lines under a letterhead and levels are ticked boxes.',
      form='tick', form_prod='docx', ind=('han', 'html'), dis=('han', 'rl'), credit=('sh', 'rl'), audit='docx', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='numbered', enc='gbk'),
 dict(n=2, name='上海徐汇区康恒职业技能培训学校', type='52', div='310104', occs={'yiliao': [5, 4]}, verdict='pass', causes=[3],
      why='Complete private training school package: 民办非企业单位登记证书 without a 类型 line, 业务活动表 audits, sample papers titled 样题一 without brackets.',
      form='wrapped', form_prod='fodt', ind=('yijian', 'docx'), dis=('yijianhan', 'html'), credit=('box', 'html'), audit='fodt', reg='cert',
      wp='separate', impl='sep_eval_per_level_samples', sample_style='nobrk', layout='flat', enc='gbk', supervisor='上海市徐汇区教育局'),
 dict(n=3, name='上海市碳核算服务协会', type='51', div='310106', occs={'tanhs': [4, 3]}, verdict='pass', causes=[3, 6],
      why='Complete trade-association package; the form lists the 工种 only as a range 四级至三级 and an image-only site photo is an extra.',
      form='range', form_prod='html', ind=('shu', 'html'), dis=('han', 'docx'), credit=('sh', 'docx'), audit='rl', reg='cert',
      wp='embed', impl='embed_eval_sep_samples', sample_style='set', layout='nested_dirs', enc='utf8', supervisor='上海市生态环境局',
      extras=['site_photo']),
 dict(n=4, name='上海栖木科技有限公司', type='91', div='310117', occs={'shuzi': [4, 3]}, verdict='pass', causes=[1],
      why='Complete; the licence is saved as 信用报告.pdf and the credit report as 营业执照.pdf, but the contents of both are readable and right.',
      form='square', form_prod='html', ind=('han', 'docx'), dis=('yijian', 'rl'), credit=('pboc', 'rl'), audit='html', reg='cert',
      wp='embed', impl='embed_all', sample_style='juan', layout='flat', enc='gbk', swap_names=True),
 dict(n=5, name='上海沪联管道工程有限公司', type='91', div='310113', occs={'guangong': [5, 4, 3]}, verdict='pass', causes=[2, 6],
      why='Complete; the industry recommendation is a brief 推荐意见 table form, files are named in pinyin and a site photo is an unreadable extra.',
      form='fields', form_prod='rl', ind=('yijian', 'html'), dis=('han', 'fodt'), credit=('sh', 'gs'), audit='docx', reg='ocr',
      wp='embed', impl='embed_all', sample_style='tiku', layout='pinyin', enc='ascii', extras=['site_photo']),
 dict(n=6, name='上海申瑞建筑节能科技有限公司', type='91', div='310114', occs={'zengcai': [5, 4]}, verdict='pass', causes=[2, 3],
      why='Complete; the licence is a phone photo at an angle with an OCR text layer and the industry letter is a 批复 with a 抄送 line.',
      form='arabic', form_prod='docx', ind=('pifu', 'rl'), dis=('yijianhan', 'html'), credit=('box', 'rl'), audit='rl', reg='ocr_angle',
      wp='separate', impl='sep_eval_table_samples_per_level', sample_style='shijuan', layout='numbered', enc='gbk', parent='上海申瑞控股集团有限公司'),
 dict(n=7, name='上海锦程轨道技术服务有限公司', type='91', div='310118', occs={'guidao': [4, 3]}, verdict='pass', causes=[3],
      why='Complete package split into 材料一.zip and 材料二.zip inside the upload; sample sets are told apart only by the page header 样卷A/样卷B.',
      form='tick', form_prod='rl', ind=('han', 'fodt'), dis=('shu', 'html'), credit=('sh', 'html'), audit='docx', reg='cert',
      wp='embed', impl='sep_eval_samples_per_set', sample_style='hdr', layout='split2', enc='gbk', form_page2=True),
 dict(n=8, name='上海绿岭园艺发展有限公司', type='91', div='310151', occs={'penjing': [5, 4, 3]}, verdict='pass', causes=[6],
      why='Complete; the 2023 audit carries a qualified opinion (still an audit report), the credit report has a summary box with 0 records, and an image-only floor plan is an extra.',
      form='onecell', form_prod='docx', ind=('han', 'html'), dis=('han', 'rl'), credit=('box', 'docx'), audit='rl', reg='tiff',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', qualified=2023, extras=['floorplan']),
 dict(n=9, name='上海茗韵餐饮管理有限公司', type='91', div='310101', occs={'tiaoyin': [5, 4, 3]}, verdict='pass', causes=[2, 3],
      why='Complete; a landscape HTML form is present in two versions (v1, v2), and the district letter is a 推荐书 with a stamp box.',
      form='square', form_prod='html', ind=('han', 'rl'), dis=('shu', 'docx'), credit=('pboc', 'html'), audit='fodt', reg='cert',
      wp='separate', impl='embed_all', sample_style='set', layout='numbered', enc='gbk', dup_form=True),
 dict(n=10, name='上海悦康营养培训中心', type='52', div='310110', occs={'yingyang': [4, 3], 'shequn': [4]}, verdict='pass', causes=[3],
      why='Complete non-profit package; the form puts occupation and levels in one cell, evaluation plans are tables and sample sets are spread over per-level files.',
      form='onecell', form_prod='fodt', ind=('yijianhan', 'html'), dis=('han', 'docx'), credit=('sh', 'rl'), audit='docx', reg='cert',
      wp='embed', impl='sep_eval_table_samples_per_level', sample_style='brk', layout='flat', enc='gbk', supervisor='上海市杨浦区民政局'),
 dict(n=11, name='上海晨禾食品科技有限公司', type='91', div='310112', occs={'shipin': [4, 3]}, verdict='fail', causes=[7],
      why='The 公共信用信息报告 lists one administrative penalty (查见1条).', defects=['credit_report_lists_penalty'],
      form='tick', form_prod='docx', ind=('han', 'html'), dis=('han', 'rl'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', penalties=1),
 dict(n=12, name='上海汇信信用评估有限公司', type='91', div='310109', occs={'xinyong': [4, 3]}, verdict='fail', causes=[4],
      why='The district recommendation letter comes from 昆山市人力资源和社会保障局, not a Shanghai district bureau.', defects=['district_letter_from_outside_shanghai'],
      form='range', form_prod='rl', ind=('han', 'docx'), dis=('han', 'html'), credit=('pboc', 'rl'), audit='docx', reg='cert',
      wp='embed', impl='embed_all', sample_style='set', layout='numbered', enc='gbk', dis_issuer=('昆山市人力资源和社会保障局', '昆人社函')),
 dict(n=13, name='上海政通政务服务外包有限公司', type='91', div='310107', occs={'zhengwu': [4, 3, 2]}, verdict='fail', causes=[5, 3],
      why='The readable form applies for 政务服务办事员 二级 which the catalogue does not list (5,4,3), even though the 2022 audit is an unreadable scan.',
      defects=['level_not_in_catalogue', 'audit_report_2022_poor_scan'],
      form='tick', form_prod='html', ind=('han', 'rl'), dis=('han', 'docx'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', poor={'audit2022'}),
 dict(n=14, name='昆山沪宁职业培训有限公司', type='91', div='320583', occs={'huagong': [5, 4]}, verdict='fail', causes=[5],
      why='The credit code 913205… is registered in Kunshan, not Shanghai (positions 3-4 are 32), while the implementation plan is an encrypted PDF.',
      defects=['credit_code_not_registered_in_shanghai', 'implementation_plan_encrypted'],
      form='fields', form_prod='rl', ind=('han', 'html'), dis=('han', 'rl'), credit=('sh', 'docx'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', encrypt={'impl'}, regauth='昆山市市场监督管理局'),
 dict(n=15, name='上海安居家政服务有限公司浦东分公司', type='91', div='310115', occs={'baojie': [5, 4]}, verdict='fail', causes=[3],
      why='The licence 类型 line reads 有限责任公司分公司: a branch is not an independent legal person.', defects=['licence_type_branch_company'],
      form='arabic', form_prod='docx', ind=('yijian', 'html'), dis=('han', 'rl'), credit=('sh', 'html'), audit='docx', reg='cert',
      wp='embed', impl='embed_all', sample_style='nobrk', layout='numbered', enc='gbk', lictype='有限责任公司分公司'),
 dict(n=16, name='上海瑞德药业有限公司', type='91', div='310120', occs={'pianji': [4, 3]}, verdict='fail', causes=[7, 2],
      why='The 推荐意见函 from the industry authority recommends a different company (上海瑞德医药科技有限公司, another credit code).',
      defects=['industry_letter_recommends_other_org'],
      form='wrapped', form_prod='fodt', ind=('yijianhan', 'html'), dis=('han', 'rl'), credit=('box', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='set', layout='flat', enc='gbk', other_org='上海瑞德医药科技有限公司'),
 dict(n=17, name='上海森彩设计咨询有限公司', type='91', div='310105', occs={'sese': [4, 3]}, verdict='fail', causes=[1],
      why='The file named 2022年度审计报告.pdf actually contains the 2023 audit report again, so no audit for fiscal 2022 exists.',
      defects=['audit_report_2022_missing'],
      form='tick', form_prod='docx', ind=('han', 'docx'), dis=('yijian', 'html'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='numbered', enc='gbk', audit_years=(2023, 2023)),
 dict(n=18, name='上海护佑健康管理有限公司', type='91', div='310104', occs={'yiliao': [5, 4, 3]}, verdict='fail', causes=[3],
      why='The same applicant (same credit code) applies for 医疗护理员 in K19 as well: both packages fail.', defects=['same_occupation_applied_twice'],
      form='range', form_prod='rl', ind=('han', 'html'), dis=('han', 'docx'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', twin='A'),
 dict(n=19, name='上海护佑健康管理有限公司', type='91', div='310104', occs={'yiliao': [3, 2]}, verdict='fail', causes=[2],
      why='The same applicant (same credit code) applies for 医疗护理员 in K18 as well: both packages fail.', defects=['same_occupation_applied_twice'],
      form='tick', form_prod='docx', ind=('shu', 'rl'), dis=('yijianhan', 'html'), credit=('pboc', 'docx'), audit='docx', reg='cert',
      wp='separate', impl='embed_all', sample_style='set', layout='numbered', enc='gbk', twin='B'),
 dict(n=20, name='上海艾草堂健康咨询有限公司', type='91', div='310116', occs={'aijiu': [5, 4]}, verdict='fail', causes=[1],
      why='The file 四级样题二.pdf contains the 四级 evaluation plan, so 四级 has only one set of sample papers.',
      defects=['only_one_sample_set_for_level_4'],
      form='tick', form_prod='html', ind=('han', 'rl'), dis=('han', 'docx'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='sep_eval_samples_per_set', sample_style='brk', layout='flat', enc='gbk', fake_sample=(4, 2)),
 dict(n=21, name='上海数衡信息技术有限公司', type='91', div='310112', occs={'shuzi': [5, 4]}, verdict='fail', causes=[3],
      why='The application form names 上海数衡信息科技有限公司 while the credit report and licence name 上海数衡信息技术有限公司.',
      defects=['name_mismatch_form_vs_credit_report'],
      form='gongzhong', form_prod='docx', ind=('han', 'html'), dis=('han', 'rl'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', form_name='上海数衡信息科技有限公司'),
 dict(n=22, name='上海市职业技能公共实训服务中心', type='12', div='310000', occs={'zengcai': [4, 3]}, verdict='fail', causes=[3],
      why='The applicant holds a 事业单位法人证书 (credit code category 12): public institutions may not apply.', defects=['registration_is_public_institution'],
      form='tick', form_prod='rl', ind=('han', 'docx'), dis=('han', 'html'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', supervisor='上海市人力资源和社会保障局'),
 dict(n=23, name='上海颐和护理服务有限公司', type='91', div='310113', occs={'yanglao': [5, 4, 3]}, verdict='fail', causes=[5, 3],
      why='The readable form applies for 养老护理员 (4-10-01-05), an occupation not in the 附件; one sample-paper PDF is corrupt.',
      defects=['occupation_not_in_catalogue', 'sample_paper_pdf_corrupt'],
      form='onecell', form_prod='docx', ind=('han', 'html'), dis=('han', 'rl'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='sep_eval_samples_per_set', sample_style='brk', layout='flat', enc='gbk', corrupt_sample=True),
 dict(n=24, name='上海净界保洁科技有限公司', type='91', div='310117', occs={'laji': [5, 4]}, verdict='review', causes=[8],
      why='The 承诺书 exists only as an editable .docx; the work plan merely mentions 承诺, so no sealed pledge is present.',
      defects=['pledge_only_docx'],
      form='tick', form_prod='docx', ind=('han', 'html'), dis=('han', 'rl'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='pledge_docx', impl='embed_all', sample_style='brk', layout='flat', enc='gbk'),
 dict(n=25, name='上海智造三维科技有限公司', type='91', div='310114', occs={'zengcai': [3, 2]}, verdict='review', causes=[8],
      why='The 廉洁责任书 exists only as an editable .docx file without a seal-bearing copy.', defects=['integrity_letter_only_docx'],
      form='square', form_prod='html', ind=('han', 'rl'), dis=('shu', 'html'), credit=('box', 'rl'), audit='docx', reg='cert',
      wp='integrity_docx', impl='embed_all', sample_style='juan', layout='numbered', enc='gbk'),
 dict(n=26, name='上海和衡信用管理咨询有限公司', type='91', div='310106', occs={'xinyong': [3]}, verdict='review', causes=[2],
      why='The credit code, the same on every document, fails its mod-31 check character: to be verified by a person.',
      defects=['credit_code_checksum_invalid'],
      form='fields', form_prod='rl', ind=('pifu', 'html'), dis=('han', 'docx'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', bad_check=True, parent='上海和衡控股有限公司'),
 dict(n=27, name='上海润泽环境技术有限公司', type='91', div='310118', occs={'tanhs': [4]}, verdict='review', causes=[8],
      why='The district recommendation letter carries no seal at all.', defects=['seal_missing_on_district_letter'],
      form='gongzhong', form_prod='docx', ind=('han', 'html'), dis=('han', 'docx'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', no_seal={'district'}),
 dict(n=28, name='上海优膳营养咨询有限公司', type='91', div='310109', occs={'yingyang': [4]}, verdict='review', causes=[1],
      why='The only credit report is a blurred phone photo (信用报告.jpg) taken at an angle; nothing readable is a credit report.',
      defects=['credit_report_unreadable_photo'],
      form='tick', form_prod='rl', ind=('han', 'html'), dis=('han', 'rl'), credit=('sh', 'photo'), audit='docx', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk'),
 dict(n=29, name='上海恒润化工技术服务有限公司', type='91', div='310116', occs={'huagong': [5, 4]}, verdict='review', causes=[1],
      why='The licence exists only as an encrypted PDF (营业执照.pdf): the file name alone cannot prove it.', defects=['licence_encrypted'],
      form='tick', form_prod='docx', ind=('han', 'rl'), dis=('han', 'html'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', encrypt={'reg'}),
 dict(n=30, name='上海清源垃圾分类服务有限公司', type='91', div='310120', occs={'laji': [5, 4, 3]}, verdict='review', causes=[4, 6],
      why='The district recommendation letter is a faint 60 dpi scan whose issuer cannot be read; a site photo is an extra.',
      defects=['district_letter_unreadable_scan'],
      form='range', form_prod='html', ind=('han', 'rl'), dis=('han', 'poor'), credit=('sh', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='numbered', enc='gbk', extras=['site_photo']),
 dict(n=31, name='上海启航职业技能培训中心', type='52', div='310107', occs={'shipin': [5, 4]}, verdict='review', causes=[8],
      why='The 承诺书 page has no seal at all.', defects=['seal_missing_on_pledge'],
      form='wrapped', form_prod='fodt', ind=('yijian', 'html'), dis=('han', 'rl'), credit=('sh', 'rl'), audit='fodt', reg='cert',
      wp='separate', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', no_seal={'pledge'}, supervisor='上海市普陀区人力资源和社会保障局'),
 dict(n=32, name='上海闵泰物业管理有限公司', type='91', div='310112', occs={'baojie': [4, 3]}, verdict='pass', causes=[4, 7, 2],
      why='Complete; the district letter is from 闵行区人力资源和社会保障局 (short 闵行区人社局 in the signature), the industry letter from the parent group, and the credit report says 未查见.',
      form='tick', form_prod='html', ind=('han', 'docx'), dis=('yijianhan', 'rl'), credit=('sh', 'html'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='brk', layout='flat', enc='gbk', parent='上海闵泰控股集团有限公司', dis_sig='闵行区人社局'),
 dict(n=33, name='上海江桥建筑安装工程有限公司', type='91', div='310114', occs={'guangong': [4, 3]}, verdict='fail', causes=[4],
      why='The district letter comes from 苏州市吴江区人力资源和社会保障局, outside Shanghai.', defects=['district_letter_from_outside_shanghai'],
      form='arabic', form_prod='rl', ind=('yijian', 'html'), dis=('yijianhan', 'docx'), credit=('pboc', 'rl'), audit='rl', reg='cert',
      wp='embed', impl='embed_all', sample_style='set', layout='flat', enc='gbk', dis_issuer=('苏州市吴江区人力资源和社会保障局', '吴人社函')),
 dict(n=34, name='上海味源饮品管理有限公司', type='91', div='310105', occs={'tiaoyin': [5, 4]}, verdict='fail', causes=[7],
      why='The credit report summary box lists 失信记录 1 条 (a 失信被执行人 entry).', defects=['credit_report_lists_dishonesty_record'],
      form='square', form_prod='html', ind=('han', 'rl'), dis=('han', 'docx'), credit=('box', 'rl'), audit='docx', reg='cert',
      wp='embed', impl='embed_all', sample_style='juan', layout='flat', enc='gbk', shixin=1),
]

PINYIN = {'application_form': 'shenqingbiao', 'industry_letter': 'hangye_tuijianhan', 'district_letter': 'quren she_tuijianhan'.replace(' ', ''),
          'credit_report': 'xinyongbaogao', 'registration_certificate': 'yingyezhizhao', 'work_plan': 'gongzuofangan',
          'implementation_plan': 'shishifangan', 'audit_report': 'shenjibaogao', 'other': 'xianchang'}


def make_P(s, rnd):
    P = dict(s)
    P['seed'] = s['n']
    o_div = s['div']
    dist = C.DIST.get(o_div, ('浦东新区', '浦'))
    P['dist'], P['distshort'] = dist
    if s['type'] == '12':
        P['code'] = C.make_code(rnd, '12', '310000')
    else:
        P['code'] = C.make_code(rnd, s['type'], o_div)
    if s.get('bad_check'):
        last = P['code'][-1]; P['code'] = P['code'][:-1] + C.ALPH[(C.ALPH.index(last) + 7) % 31]
        assert not C.valid(P['code'])
    P['apps'] = [dict(OCC[k], levels=v, key=k) for k, v in s['occs'].items()]
    P['nature'] = {'91': '企业', '52': '民办非企业单位', '51': '社会团体', '12': '事业单位'}[s['type']]
    P['rep'] = REPS[s['n'] % len(REPS)]
    P['contact'] = REPS[(s['n'] + 5) % len(REPS)]
    P['phone'] = f'021-{rnd.randrange(5000, 6999)}{rnd.randrange(1000, 9999)}'
    road = rnd.choice(['长江路', '银都路', '沪太路', '曹杨路', '淞沪路', '漕宝路', '嘉松北路', '人民北路', '江场路', '光复西路'])
    if o_div.startswith('31'):
        P['addr'] = f'上海市{P["dist"]}{road}{rnd.randrange(10, 999)}号{rnd.randrange(1, 9)}层'
    else:
        P['addr'] = f'江苏省昆山市花桥镇{road}{rnd.randrange(10, 999)}号'
    P['site'] = f'上海市{P["dist"]}{rnd.choice(["金科路", "虹梅路", "真北路", "翔殷路", "沪闵路"])}{rnd.randrange(10, 999)}号'
    P['area'] = rnd.randrange(300, 2000); P['staff'] = rnd.randrange(6, 30)
    P['founded'] = f'{rnd.randrange(2008, 2020)}年0{rnd.randrange(1, 9)}月1{rnd.randrange(0, 9)}日'
    P['capital'] = f'人民币{rnd.choice([100, 200, 500, 1000, 50])}万元'
    P['scope'] = '职业技能培训；' + '、'.join(a['gz'] for a in P['apps']) + '相关技术咨询、技术服务；人力资源服务（不含职业中介活动）。'
    P['lictype'] = s.get('lictype', '有限责任公司（自然人投资或控股）')
    P['regauth'] = s.get('regauth') or (f'上海市{P["dist"]}市场监督管理局' if s['type'] == '91' else f'上海市{P["dist"]}民政局' if s['type'] in ('52', '51') else '上海市事业单位登记管理局')
    if s['type'] == '51':
        P['regauth'] = '上海市民政局'
    P['supervisor'] = s.get('supervisor', '')
    P['licdate'] = f'2024年0{rnd.randrange(1, 9)}月{rnd.randrange(10, 28)}日'
    P['date'] = (2025, 1, 20 + s['n'] % 6)
    P['intro'] = f'本单位成立于{P["founded"][:5]}，长期从事' + '、'.join(a['gz'] for a in P['apps']) + '相关培训与评价工作，年培训规模约' + str(rnd.randrange(500, 5000)) + '人次。'
    P['firm'] = FIRMS[s['n'] % len(FIRMS)]
    P['form_seal'] = s['n'] % 2 == 0
    return P


def plan_docs(P, rnd):
    """returns list of doc dicts: name, kind, prod, content(dict) or cert, seal, folder"""
    s = P; docs = []
    occ0 = P['apps'][0]
    ind_issuer, ind_pref = INDUSTRY[occ0['key']]
    if s.get('parent'):
        ind_issuer, ind_pref = s['parent'], '集团人'
    if s['type'] in ('52', '51') and s.get('supervisor') and not s.get('parent'):
        ind_issuer = s['supervisor']; ind_pref = '业务主管函'
    rel = '系我单位' + ('下属子公司' if s.get('parent') else '业务指导联系单位' if '行业协会' not in ind_issuer else '会员单位')
    form_name = s.get('form_name')
    F = lambda folder, name, kind, prod, content, seal=None, **kw: docs.append(dict(folder=folder, name=name, kind=kind, prod=prod, content=content, seal=seal, **kw))
    lay = s['layout']
    fd = {'numbered': ['01申请表', '02推荐函', '03信用佐证', '04工作方案', '05实施方案', '06其他材料'],
          'nested_dirs': ['申报材料/一、申请表', '申报材料/二、推荐函', '申报材料/三、信用佐证材料', '申报材料/四、工作方案', '申报材料/五、实施方案', '申报材料/六、其他'],
          }.get(lay, [''] * 6)
    # 1 application form
    form = C.application_form(P, s['form'], name=form_name)
    F(fd[0], '社会培训评价组织征集遴选申请表', 'application_form', s['form_prod'], form, None)
    if s.get('dup_form'):
        docs[-1]['name'] = '申请表v1'
        F(fd[0], '申请表v2（修改稿）', 'application_form', 'rl', C.application_form(P, 'tick'), None)
    # 2 letters
    ind_who = dict(issuer=ind_issuer, num_prefix=ind_pref, relation=rel, num=10 + s['n'], date=(2025, 1, 8 + s['n'] % 9),
                   cn_date=s['n'] % 3 != 0, cc=('上海市人力资源和社会保障局' if s['ind'][0] in ('han',) and s['n'] % 4 == 1 else None))
    tn = s.get('other_org'); tc = None
    if tn:
        tc = C.make_code(random.Random(999), '91', P['div'])
    F(fd[1], '行业主管部门推荐函', 'industry_letter', s['ind'][1], C.letter(P, ind_who, s['ind'][0], tn, tc), True)
    dname, dpref = s.get('dis_issuer') or (f'上海市{P["dist"]}人力资源和社会保障局' if P['div'] != '310000' else '上海市浦东新区人力资源和社会保障局',
                                           f'{P["distshort"]}人社函')
    site_dist = P['dist'] if P['div'] != '310000' else '浦东新区'
    if not s.get('dis_issuer') and P['div'].startswith('3') and not P['div'].startswith('31'):
        pass
    if not P['div'].startswith('31') and not s.get('dis_issuer'):
        dname, dpref = '上海市青浦区人力资源和社会保障局', '青人社函'
    dis_who = dict(issuer=dname, num_prefix=dpref, relation='考核点设在本区', num=3 + s['n'], date=(2025, 1, 10 + s['n'] % 8),
                   cn_date=s['n'] % 2 == 0, sig=s.get('dis_sig', dname), cc=('上海市职业技能鉴定中心' if s['n'] % 3 == 0 else None))
    dseal = 'district' not in s.get('no_seal', set())
    F(fd[1], '考核点所在区人社部门推荐函', 'district_letter', s['dis'][1], C.letter(P, dis_who, s['dis'][0], seal=dseal), dseal)
    # 3 credit, audits, registration
    cr = C.credit_report(P, s['credit'][0], s.get('penalties', 0), s.get('shixin', 0))
    F(fd[2], '信用报告', 'credit_report', s['credit'][1], cr, None)
    yrs = s.get('audit_years', (2023, 2022))
    for i, y in enumerate(yrs):
        prod = s['audit']
        if y == 2022 and 'audit2022' in s.get('poor', set()):
            prod = 'poor'
        nm = f'{2023 - i}年度审计报告'
        F(fd[2], nm, 'audit_report', prod, C.audit_report(P, y, 'qualified' if s.get('qualified') == y else 'clean'), None, year=y)
    cert = C.registration(P)
    cert['seal'] = P['name']
    regprod = {'cert': 'cert', 'ocr': 'ocr', 'ocr_angle': 'ocr_angle', 'tiff': 'tiff'}[s['reg']]
    if 'reg' in s.get('encrypt', set()):
        regprod = 'enc_cert'
    regname = {'91': '营业执照', '52': '民办非企业单位登记证书', '51': '社会团体法人登记证书', '12': '事业单位法人证书'}[s['type']]
    F(fd[2], regname + '复印件', 'registration_certificate', regprod, cert, True)
    if s.get('swap_names'):
        docs[-1]['name'] = '信用报告'; [d for d in docs if d['kind'] == 'credit_report'][0]['name'] = '营业执照'
    # 4 work plan + pledge + integrity
    wp = s['wp']
    if wp == 'embed':
        F(fd[3], '职业技能等级认定工作方案', 'work_plan+pledge+integrity_letter', s['audit'] if s['audit'] != 'gs' else 'rl',
          C.work_plan(P, True, True), True)
    elif wp == 'separate':
        F(fd[3], '工作方案', 'work_plan', 'fodt' if s['n'] % 2 else 'docx', C.work_plan(P), None)
        ps = 'pledge' not in s.get('no_seal', set())
        F(fd[3], '承诺书', 'pledge', 'scan' if ps else 'rl', C.pledge(P, seal=ps), ps)
        F(fd[3], '廉洁责任书', 'integrity_letter', 'ocr', C.integrity(P), True)
    elif wp == 'pledge_docx':
        F(fd[3], '职业技能等级认定工作方案', 'work_plan+integrity_letter', 'rl', C.work_plan(P, False, True, mention_pledge=True), True)
        F(fd[3], '承诺书', 'pledge', 'docx_raw', C.pledge(P), True)
    elif wp == 'integrity_docx':
        F(fd[3], '职业技能等级认定工作方案', 'work_plan+pledge', 'rl', C.work_plan(P, True, False), True)
        F(fd[3], '廉洁责任书', 'integrity_letter', 'docx_raw', C.integrity(P), True)
    # 5 implementation plan, evaluation plans, samples
    im = s['impl']; ss = s['sample_style']
    if im == 'embed_all':
        F(fd[4], '职业技能等级认定项目实施方案', 'implementation_plan+evaluation_plan+sample_paper',
          'enc' if 'impl' in s.get('encrypt', set()) else ('docx' if s['n'] % 3 == 0 else 'rl'),
          C.impl_plan(P, 'prose' if s['n'] % 2 else 'table', True, rnd, ss), None)
    else:
        F(fd[4], '项目实施方案', 'implementation_plan' + ('+evaluation_plan' if im == 'embed_eval_sep_samples' else ''), 'docx',
          C.impl_plan(P, 'prose' if im == 'embed_eval_sep_samples' else None), None)
        if im != 'embed_eval_sep_samples':
            for a in P['apps']:
                if im.startswith('sep_eval_table'):
                    F(fd[4], f'{a["gz"]}评价方案', 'evaluation_plan', 'html', {'blocks': [('title', '评价方案')] + C.eval_plan_blocks(a, 'table')}, None)
                elif im == 'sep_eval_per_level_samples':
                    for l in a['levels']:
                        F(fd[4], f'{a["gz"]}{C.LV[l][0]}评价方案', 'evaluation_plan', 'fodt',
                          {'blocks': [('title', f'{C.LV[l][0]}评价方案')] + C.eval_plan_blocks(dict(a, levels=[l]), 'prose')}, None)
                else:
                    F(fd[4], f'评价方案-{a["gz"]}', 'evaluation_plan', 'rl', {'blocks': C.eval_plan_blocks(a, 'prose')}, None)
        for a in P['apps']:
            for l in a['levels']:
                if im in ('sep_eval_per_level_samples', 'sep_eval_table_samples_per_level', 'embed_eval_sep_samples'):
                    b = C.sample_blocks(a, l, 1, ss, rnd) + [('gap', 20)] + C.sample_blocks(a, l, 2, ss, rnd, answers=True)
                    F(fd[4], f'{a["gz"]}{C.LV[l][0]}样题', 'sample_paper', 'docx' if s['n'] % 2 else 'rl', {'blocks': b}, None)
                else:  # one file per set
                    for k in (1, 2):
                        nm = f'{C.LV[l][0]}样题{"一二"[k-1]}' if ss != 'hdr' else f'样卷{"AB"[k-1]}-{C.LV[l][0]}'
                        if s.get('fake_sample') == (l, k):
                            F(fd[4], nm, 'evaluation_plan', 'rl', {'blocks': [('title', f'{C.LV[l][0]}评价方案')] + C.eval_plan_blocks(dict(a, levels=[l]), 'prose')}, None)
                            continue
                        prod = 'rl'
                        if s.get('corrupt_sample') and l == a['levels'][-1] and k == 2:
                            prod = 'corrupt'
                        F(fd[4], nm, 'sample_paper', prod, {'blocks': C.sample_blocks(a, l, k, ss, rnd),
                                                             'header': (f'样卷{"AB"[k-1]}' if ss == 'hdr' else None)}, None)
    # 6 extras
    for e in s.get('extras', []):
        if e == 'site_photo':
            F(fd[5], 'IMG_20250116_0931', 'other', 'site_photo', None, None)
        if e == 'floorplan':
            F(fd[5], 'scan_003', 'other', 'floorplan', None, None)
    return docs


TEXTCLASS = {'rl': 'text', 'cert': 'text', 'html': 'text', 'docx': 'text', 'fodt': 'text', 'gs': 'text', 'scan': 'none', 'tiff': 'none',
             'ocr': 'ocr_layer', 'ocr_angle': 'ocr_layer', 'poor': 'poor', 'photo': 'poor', 'docx_raw': 'editable', 'enc': 'encrypted',
             'enc_cert': 'encrypted', 'corrupt': 'corrupt', 'site_photo': 'none', 'floorplan': 'none'}
PRODDESC = {'rl': 'reportlab canvas, embedded WenQuanYi Zen Hei TTF', 'cert': 'reportlab certificate layout at coordinates (UKai/Micro Hei embedded)',
            'html': 'HTML+CSS/SVG seal printed by headless Chromium', 'docx': 'python-docx (Noto Serif CJK, e-seal PNG) -> LibreOffice',
            'fodt': 'flat ODT (AR PL UMing/UKai) -> LibreOffice', 'gs': 'Chromium HTML print re-distilled with Ghostscript pdfwrite',
            'scan': 'pdftoppm 150 dpi grayscale, rotated + speckle, JPEG q50 -> img2pdf (image only, legible)',
            'tiff': 'multi-page CCITT G4 TIFF 150 dpi -> img2pdf (image only, legible)',
            'ocr': 'scan 150 dpi + invisible OCR text layer (render mode 3)', 'ocr_angle': 'photo-like scan at 3 degrees + invisible OCR text layer',
            'poor': 'faint 60 dpi blurred speckled scan -> img2pdf', 'photo': 'phone photo .jpg, keystone + 7 degrees, blurred',
            'docx_raw': 'python-docx Word file left as .docx', 'enc': 'reportlab PDF encrypted by qpdf (AES-256 user password)',
            'enc_cert': 'reportlab certificate encrypted by qpdf (AES-256 user password)', 'corrupt': 'reportlab PDF truncated to 35%',
            'site_photo': 'Pillow-drawn site photo .jpg', 'floorplan': 'image-only floor plan scan (img2pdf)'}


def lines_of(content):
    out = []
    for b in content.get('blocks', []):
        if b[0] in ('title', 'sub', 'p', 'right', 'small', 'lh'):
            out += b[1].split('\n')
        elif b[0] == 'table':
            out += ['  '.join(str(x).replace('\n', ' ') for x in r) for r in b[1]]
    return out


def cert_lines(cert):
    return [cert['title'].replace(' ', '')] + [f'{k} {v}' for k, v in cert['fields']] + cert['issuer']


class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def add(zf, name, data, enc):
    if enc == 'gbk':
        zi = GBKInfo(name, date_time=(2025, 1, 20, 9, 30, 0))
    else:
        zi = zipfile.ZipInfo(name, date_time=(2025, 1, 20, 9, 30, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(zi, data)


def main():
    if os.path.exists(SCR):
        shutil.rmtree(SCR)
    os.makedirs(SCR); os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    allpk = []
    twin_code = {}
    for s in SPECS:
        rnd = random.Random(4470 + s['n'])
        P = make_P(s, rnd)
        if s.get('twin'):
            if 'code' in twin_code:
                P['code'] = twin_code['code']
            twin_code['code'] = P['code']
        docs = plan_docs(P, rnd)
        allpk.append((s, P, docs))
    # ---- render phase 1: sources
    lo_jobs = []
    for s, P, docs in allpk:
        wd = os.path.join(SCR, f'K{s["n"]:02d}'); os.makedirs(wd)
        for i, d in enumerate(docs):
            base = os.path.join(wd, f'K{s["n"]:02d}d{i:02d}')
            d['tmp'] = base + '.pdf'
            pr = d['prod']; ct = d['content']
            rnd = random.Random(s['n'] * 1000 + i)
            if pr in ('docx', 'fodt'):
                src = base + ('.docx' if pr == 'docx' else '.fodt')
                if pr == 'docx':
                    if d['kind'] == 'registration_certificate':
                        ct = {'blocks': C.cert_to_blocks(ct) + [('seal', ct['seal'])]}
                    R.render_docx(ct, src, fontname=['Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'AR PL UMing CN'][s['n'] % 4])
                else:
                    R.render_fodt(ct, src)
                lo_jobs.append(src)
            elif pr == 'docx_raw':
                d['tmp'] = base + '.docx'; R.render_docx(ct, d['tmp'])
            elif pr in ('html', 'gs'):
                if d['kind'] == 'registration_certificate':
                    ct = {'blocks': C.cert_to_blocks(ct) + [('seal', ct['seal'])]}
                if pr == 'gs':
                    R.render_html(ct, base + '_chr.pdf'); R.gs_redistill(base + '_chr.pdf', d['tmp'])
                else:
                    R.render_html(ct, d['tmp'])
            elif pr == 'site_photo':
                d['tmp'] = base + '.jpg'; R.site_photo(d['tmp'], rnd)
            elif pr == 'floorplan':
                R.floorplan_pdf(d['tmp'], rnd)
            else:
                src = base + '_src.pdf'
                if d['kind'] == 'registration_certificate':
                    R.render_cert(ct, src)
                else:
                    R.render_rl(ct, src, font=('ZenHei' if s['n'] % 2 else 'MicroHei'))
                if pr in ('rl', 'cert'):
                    os.rename(src, d['tmp'])
                elif pr == 'gs':
                    R.gs_redistill(src, d['tmp'])
                elif pr == 'scan':
                    R.scan_pdf(src, d['tmp'], rnd)
                elif pr == 'tiff':
                    R.tiff_scan_pdf(src, d['tmp'], rnd)
                elif pr in ('ocr', 'ocr_angle'):
                    ls = cert_lines(ct) if d['kind'] == 'registration_certificate' else lines_of(ct)
                    pages = [ls[j:j + 38] for j in range(0, len(ls), 38)]
                    R.ocr_layer_pdf(src, d['tmp'], rnd, pages, angle=(3.0 if pr == 'ocr_angle' else 0.6))
                elif pr == 'poor':
                    R.poor_pdf(src, d['tmp'], rnd)
                elif pr == 'photo':
                    d['tmp'] = base + '.jpg'; R.photo_jpg(src, d['tmp'], rnd)
                elif pr in ('enc', 'enc_cert'):
                    R.encrypt(src, d['tmp'])
                elif pr == 'corrupt':
                    data = open(src, 'rb').read(); open(d['tmp'], 'wb').write(data[:int(len(data) * 0.35)])
    # ---- LibreOffice batch, per directory of output
    lo_out = os.path.join(SCR, 'lo'); os.makedirs(lo_out)
    R.soffice_batch(lo_jobs, lo_out)
    for s, P, docs in allpk:
        for i, d in enumerate(docs):
            if d['prod'] in ('docx', 'fodt'):
                shutil.move(os.path.join(lo_out, os.path.basename(d['tmp'])), d['tmp'])
    key = {'author': 'final5', 'packages': {}}
    for s, P, docs in allpk:
        zname = f'K{s["n"]:02d}-{s["name"]}.zip'
        entries = []
        for d in docs:
            ext = os.path.splitext(d['tmp'])[1]
            if d['prod'] == 'docx_raw':
                ext = '.docx'
            nm = d['name']
            if s['layout'] == 'pinyin':
                nm = PINYIN.get(d['kind'].split('+')[0], 'fujian') + ('_' + str(d.get('year')) if d.get('year') else '')
            if s['n'] in (19, 26) and d['kind'] == 'audit_report':
                nm = f'附件{4 + (d.get("year") == 2022)}'
            if s['n'] == 28 and d['kind'] == 'credit_report':
                nm = '信用报告'
            if s['n'] == 29 and d['kind'] == 'registration_certificate':
                nm = '营业执照'
            if s['n'] == 17 and d['kind'] == 'audit_report' and entries and any(e[2]['kind'] == 'audit_report' for e in entries):
                nm = '2022年度审计报告'
            if s['n'] in (12, 33) and d['kind'] == 'district_letter':
                nm = '新建 Microsoft Word 文档 (3)'
            path = (d['folder'] + '/' if d['folder'] else '') + nm + ext
            entries.append((path, d['tmp'], d))
        # build zip
        zpath = os.path.join(OUT, zname)
        enc = s['enc'] if s['enc'] != 'ascii' else 'utf8'
        docs_key = []
        with zipfile.ZipFile(zpath, 'w') as zf:
            if s['layout'] == 'split2':
                parts = {'材料一.zip': [], '材料二.zip': []}
                for e in entries:
                    parts['材料一.zip' if e[2]['kind'].split('+')[0] in ('application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report', 'registration_certificate') else '材料二.zip'].append(e)
                for pn, es in parts.items():
                    bio = io.BytesIO()
                    with zipfile.ZipFile(bio, 'w') as iz:
                        for path, tmp, d in es:
                            add(iz, pn[:-4] + '/' + path, open(tmp, 'rb').read(), 'gbk')
                            docs_key.append((pn + '/' + pn[:-4] + '/' + path, d))
                    add(zf, pn, bio.getvalue(), enc)
            else:
                for path, tmp, d in entries:
                    add(zf, path, open(tmp, 'rb').read(), enc)
                    docs_key.append((path, d))
        key['packages'][zname] = {
            'verdict': s['verdict'], 'causes': sorted(s['causes']), 'defects': s.get('defects', []), 'why': s['why'],
            'organisation': {'name': s['name'], 'credit_code': P['code']},
            'applications': [{'code': a['code'], 'name': C.occ_label(a), 'levels': a['levels']} for a in P['apps']],
            'documents': [dict({'path': p, 'kind': d['kind'], 'producer': PRODDESC[d['prod']], 'text': TEXTCLASS[d['prod']]},
                               **({'seal': bool(d['seal'])} if d['kind'].split('+')[0] in ('industry_letter', 'district_letter', 'registration_certificate', 'pledge', 'integrity_letter', 'work_plan') and d['seal'] is not None else {}))
                          for p, d in docs_key]}
    with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    print('packages', len(key['packages']))


if __name__ == '__main__':
    main()
