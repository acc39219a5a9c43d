"""The 36 packages of the final2 corpus: what each contains and which defect is planted."""
import random

import content as C

SEED = 20250126


def make_specs(make_org, new_code, make_code, INDUSTRY):
    rnd = random.Random(SEED)

    def il(key, title, num=None, date='2025年1月10日', **kw):
        iss, pfx = INDUSTRY[key]
        d = dict(issuer=iss, title=title, date=date, docno=f'{pfx}〔2025〕{num}号' if num else None)
        d.update(kw)
        return d

    def dl(district, title, num=None, date='二〇二五年一月十四日', short=False, **kw):
        iss = f'上海市{district}人力资源和社会保障局'
        d = dict(issuer=iss, title=title, date=date,
                 docno=f'{C.DISTRICTS[district]}〔2025〕{num}号' if num else None,
                 sign=f'{district}人社局' if short else iss)
        d.update(kw)
        return d

    def org(name, typ, district, **kw):
        return make_org(rnd, name, typ, district, **kw)

    S = []
    # ============================================================ PASS packages
    S.append(dict(num='G01', file='G01-上海康允护理服务有限公司.zip', verdict='pass', causes=[3, 6],
                  org=org('上海康允护理服务有限公司', 'company', '闵行区'), apps=[('hl', [5, 4])], form_tpl='grid',
                  palette=['docx:Noto Serif CJK SC', 'docx:WenQuanYi Zen Hei', 'rl:uming'],
                  prods={'ind': 'html:noto', 'dist': 'html:noto', 'reg': 'cert:uming'},
                  ind=il('wsjk', 'han2', 12), dist=dl('闵行区', 'tuijianhan', 5), credit=dict(style='sh_public'),
                  layout='numbered', impl_mode='per_level', sample_style='taozhi', extras=['photo', 'photo'],
                  why='Complete and eligible; levels are ticks under per-level columns and the site photos are unreadable extras only.'))
    S.append(dict(num='G02', file='G02-上海市徐汇区启航职业技能培训中心.zip', verdict='pass', causes=[2, 3],
                  org=org('上海市徐汇区启航职业技能培训中心', 'minfei', '徐汇区'), apps=[('bj', [5, 4, 3])], form_tpl='prose',
                  palette=['rl:ukai', 'fodt:AR PL UMing CN', 'rl:zenhei'],
                  prods={'ind': 'html:kai', 'dist': 'html:kai', 'reg': 'cert:ukai'},
                  ind=il('lrj', 'yijian', 3, sign='上海市绿化和市容管理局（上海市林业局）'), dist=dl('徐汇区', 'shu', 11),
                  credit=dict(style='xyzg'), layout='numbered2', impl_mode='all', sample_style='shijuan', eval_style='kaohe',
                  why='A non-profit (民办非企业单位 certificate, 业务活动表 audits) applying for 保洁员 五级至三级 in prose; everything present and valid.'))
    S.append(dict(num='G03', file='G03-上海绿源碳智科技有限公司.zip', verdict='pass', causes=[1],
                  org=org('上海绿源碳智科技有限公司', 'company', '浦东新区'), apps=[('tphs', [4, 3])], form_tpl='range_kv',
                  range_style='dash', palette=['docx:AR PL UKai CN', 'html:sans', 'rl:microhei'],
                  prods={'reg': 'cert:zenhei', 'credit': 'rl:zenhei'},
                  names={'reg': '信用报告.pdf', 'credit': '营业执照.pdf'},
                  ind=il('sthj', 'tuijianhan', 7), dist=dl('浦东新区', 'han2', 8), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='split', sample_style='moni', eval_style='rending',
                  why='Complete; the licence is saved as 信用报告.pdf and the credit report as 营业执照.pdf, but each content is readable and both are present.'))
    S.append(dict(num='G04', file='G04-上海沁茗餐饮管理有限公司.zip', verdict='pass', causes=[2, 3],
                  org=org('上海沁茗餐饮管理有限公司', 'company', '静安区'), apps=[('ty', [5, 4, 3])], form_tpl='ticks',
                  palette=['docx:Noto Serif CJK SC', 'html:zen', 'rl:uming'],
                  prods={'reg': 'cert:uming', 'ind': 'html:gov', 'dist': 'html:gov'},
                  ind=il('swj', 'tongyi', 21), dist=dl('静安区', 'han2', 4, short=True), credit=dict(style='pboc'),
                  layout='bykind', impl_mode='per_level', sample_style='zu', work_mode='combined',
                  nested=('impl', '实施方案.zip', '实施方案'),
                  why='Complete; levels as ☑/□ boxes, letter titles over two lines, implementation plan in a nested zip.'))
    S.append(dict(num='G05', file='G05-上海数安信息技术有限公司.zip', verdict='pass', causes=[3, 6],
                  org=org('上海数安信息技术有限公司', 'company', '杨浦区'), apps=[('sjaq', [4, 3])], form_tpl='sep_rows',
                  palette=['fodt:AR PL UMing CN', 'fodt:Noto Sans CJK SC', 'html:sans'],
                  prods={'form': 'fodt:Noto Sans CJK SC', 'reg': 'cert:zenhei', 'ind': 'html:sans', 'dist': 'html:gov'},
                  ind=il('jxw', 'shu', 36), dist=dl('杨浦区', 'tuijianhan', 2), credit=dict(style='pboc'),
                  layout='numbered', impl_mode='sets_separate', sample_style='fileonly', eval_style='xize',
                  extras=['floorplan_scan', 'photo'],
                  why='Complete; 职业名称 and 工种 in separate rows of an ODT form, sample sets named only by file name, image-only floor plan is an extra.'))
    S.append(dict(num='G06', file='G06-上海智造三维科技有限公司.zip', verdict='pass', causes=[2, 3, 4],
                  org=org('上海智造三维科技有限公司', 'company', '嘉定区'), apps=[('zc', [4, 3, 2])], form_tpl='rows_spelled',
                  palette=['html:zen', 'docx:WenQuanYi Zen Hei', 'rl:zenhei'],
                  prods={'reg': 'cert:uming', 'dist': 'html:zen', 'ind': 'html:gov'},
                  ind=il('jxw', 'shu', None, date='2025年1月9日'), dist=dl('嘉定区', 'yijian', None, short=True, letterhead=False),
                  credit=dict(style='sh_public'), layout='flat', root='上海智造三维科技有限公司申报材料',
                  impl_mode='split', sample_style='plain', eval_style='pingjia',
                  why='Complete; levels spelled 四级/中级工…二级/技师, district letter without number signed 嘉定区人社局 under a plain title.'))
    S.append(dict(num='G07', file='G07-上海仁和健康服务中心.zip', verdict='pass', causes=[3],
                  org=org('上海仁和健康服务中心', 'minfei', '长宁区'), apps=[('hl', [5]), ('sq', [4])], form_tpl='wrapped',
                  palette=['docx:AR PL UKai CN', 'rl:ukai', 'docx:Noto Serif CJK SC'],
                  prods={'reg': 'cert:ukai', 'ind': 'html:kai', 'dist': 'html:gov'},
                  posts={'reg': 'scan_ocr', 'dist': 'scan_ocr'},
                  ind=il('wsjk', 'tuijianhan', 19), dist=dl('长宁区', 'tuijianhan', 6), credit=dict(style='xyzg'),
                  layout='numbered', impl_mode='per_level', sample_style='jiayi', work_mode='separate',
                  why='Complete; two occupations, level column before the code, certificate and district letter are scans with an OCR text layer.'))
    S.append(dict(num='G08', file='G08-上海华药制剂技术有限公司.zip', verdict='pass', causes=[3, 8],
                  org=org('上海华药制剂技术有限公司', 'company', '奉贤区'), apps=[('ypj', [5, 4])], form_tpl='range_kv',
                  range_style='short', palette=['fodt:AR PL UMing CN', 'rl:microhei', 'docx:Noto Serif CJK SC'],
                  prods={'reg': 'cert:zenhei', 'ind': 'html:gov', 'dist': 'html:kai'},
                  ind=il('yjj', 'han2', 15), dist=dl('奉贤区', 'han2', 9), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='all', sample_style='taozhi', eval_style='kaohe', work_mode='separate',
                  extra_docs=[lambda P, r: _docx_copy('pledge', P, r)],
                  why='Complete; the 承诺书 is present as a sealed PDF and additionally as its editable Word draft.'))
    S.append(dict(num='G09', file='G09-上海政通政务服务外包有限公司.zip', verdict='pass', causes=[1],
                  org=org('上海政通政务服务外包有限公司', 'company', '黄浦区'), apps=[('zw', [5, 4, 3])], form_tpl='above',
                  palette=['docx:WenQuanYi Zen Hei', 'html:sans', 'rl:uming', 'cid'],
                  prods={'reg': 'cert:uming', 'ind': 'html:sans'},
                  ind=dict(issuer='上海政通（集团）有限公司', title='tuijianhan', date='2025年1月8日', docno='政通集团〔2025〕2号',
                           lh='上海政通（集团）有限公司', salute='上海市人力资源和社会保障局：'),
                  dist=dl('黄浦区', 'tuijianhan', 3), credit=dict(style='sh_public'),
                  layout='flat', name_style='scanner', impl_mode='split', sample_style='moni', eval_style='rending',
                  why='Complete; every file has a meaningless scanner-style name, all contents are readable; recommended by the parent group (上级主管部门).'))
    S.append(dict(num='G10', file='G10-上海申管建设工程技术有限公司.zip', verdict='pass', causes=[3, 6],
                  org=org('上海申管建设工程技术有限公司', 'company', '宝山区'), apps=[('gg', [5, 4])], form_tpl='grid',
                  palette=['rl:zenhei', 'docx:Noto Serif CJK SC', 'fodt:Noto Sans CJK SC'],
                  prods={'reg': 'cert:uming', 'ind': 'html:gov', 'dist': 'html:zen', 'audit2023': 'docx:Noto Serif CJK SC',
                         'audit2022': 'fodt:AR PL UMing CN', 'work': 'docx:WenQuanYi Zen Hei'},
                  posts={'audit2023': 'gs', 'audit2022': 'gs', 'work': 'gs'},
                  ind=il('jsw', 'yijian', 27), dist=dl('宝山区', 'shu', 14), credit=dict(style='xyzg'),
                  layout='numbered2', impl_mode='sets_separate', sample_style='shijuan', eval_style='xize',
                  enc='utf8', extras=['photo', 'staff'],
                  why='Complete; audits and work plan re-distilled by Ghostscript, UTF-8 zip names, a site photo as unreadable extra.'))
    S.append(dict(num='G11', file='G11-上海盆韵园艺有限公司.zip', verdict='pass', causes=[2, 3],
                  org=org('上海盆韵园艺有限公司', 'company', '青浦区'), apps=[('pj', [5, 4, 3])], form_tpl='ticks',
                  palette=['html:kai', 'rl:ukai', 'fodt:AR PL UMing CN'],
                  prods={'reg': 'cert:ukai'},
                  ind=il('lrj', 'shu', 31), dist=dl('青浦区', 'shu', 12), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='per_level', sample_style='jiayi', eval_style='rending', work_mode='separate',
                  extras=['intro'],
                  why='Complete; 盆景师 五级–三级 as ticked boxes, letters titled 推荐书 and 推荐意见.'))

    # ============================================================ FAIL packages
    S.append(dict(num='G12', file='G12-上海德辰物业服务有限公司.zip', verdict='fail', causes=[1],
                  defects=['credit_report_missing_licence_saved_as_credit_report'],
                  org=org('上海德辰物业服务有限公司', 'company', '普陀区'), apps=[('bj', [5, 4])], form_tpl='rows_spelled',
                  palette=['docx:Noto Serif CJK SC', 'html:gov', 'rl:zenhei'], prods={'reg': 'cert:uming'},
                  names={'reg': '信用报告.pdf'}, omit=['credit'],
                  ind=il('lrj', 'han2', 40), dist=dl('普陀区', 'tuijianhan', 7), credit=dict(style='sh_public'),
                  layout='numbered', impl_mode='per_level', sample_style='taozhi',
                  why='The file 信用报告.pdf is a readable business licence and no credit report exists in an all-readable package.'))
    S.append(dict(num='G13', file='G13-上海易碳环境咨询有限公司.zip', verdict='fail', causes=[4],
                  defects=['district_letter_from_outside_shanghai'],
                  org=org('上海易碳环境咨询有限公司', 'company', '松江区'), apps=[('tpjc', [4, 3])], form_tpl='sep_rows',
                  palette=['fodt:AR PL UMing CN', 'html:zen', 'rl:microhei'], prods={'reg': 'cert:zenhei', 'dist': 'html:noto'},
                  ind=il('sthj', 'tuijianhan', 44),
                  dist=dict(issuer='昆山市人力资源和社会保障局', title='tuijianhan', date='2025年1月13日', docno='昆人社函〔2025〕6号',
                            site='江苏省昆山市花桥镇徐公桥路88号'),
                  credit=dict(style='pboc'), layout='flat', impl_mode='split', sample_style='zu',
                  why='The only district letter comes from 昆山市人力资源和社会保障局, not one of the 16 Shanghai district HR bureaus.'))
    S.append(dict(num='G14', file='G14-上海鲜安食品科技有限公司.zip', verdict='fail', causes=[4, 6],
                  defects=['district_letter_from_district_market_regulator'],
                  org=org('上海鲜安食品科技有限公司', 'company', '闵行区'), apps=[('sp', [4, 3])], form_tpl='above',
                  palette=['docx:AR PL UKai CN', 'rl:uming', 'html:sans'], prods={'reg': 'cert:uming', 'dist': 'html:gov'},
                  ind=il('scjg', 'yijian', 18),
                  dist=dict(issuer='上海市闵行区市场监督管理局', title='tuijianhan', date='2025年1月12日', docno='闵市监函〔2025〕3号',
                            site='上海市闵行区沪闵路1288号'),
                  credit=dict(style='sh_public'), layout='numbered', impl_mode='per_level', sample_style='moni',
                  extras=['photo'],
                  why='The assessment-site letter is issued by the district market regulator, not a district HR bureau, so no valid district HR letter exists.'))
    S.append(dict(num='G15', file='G15-上海悦享茶饮管理有限公司.zip', verdict='fail', causes=[7],
                  defects=['credit_report_lists_penalty'],
                  org=org('上海悦享茶饮管理有限公司', 'company', '徐汇区'), apps=[('ty', [4, 3])], form_tpl='grid',
                  palette=['html:sans', 'docx:WenQuanYi Zen Hei', 'rl:zenhei'], prods={'reg': 'cert:zenhei'},
                  ind=il('swj', 'han2', 25), dist=dl('徐汇区', 'han2', 13), credit=dict(style='sh_public', penalties=1),
                  layout='flat', impl_mode='all', sample_style='plain',
                  why='The credit report lists one administrative penalty (行政处罚 查见1条).'))
    S.append(dict(num='G16', file='G16-上海安颐养老服务中心.zip', verdict='fail', causes=[5, 7],
                  defects=['credit_report_lists_dishonesty_records', 'district_letter_image_only_scan'],
                  org=org('上海安颐养老服务中心', 'minfei', '虹口区'), apps=[('hl', [4, 3])], form_tpl='wrapped',
                  palette=['fodt:AR PL UMing CN', 'rl:ukai', 'docx:Noto Serif CJK SC'], prods={'reg': 'cert:ukai', 'dist': 'html:gov'},
                  posts={'dist': 'scan'},
                  ind=il('mzj', 'tuijianhan', 9), dist=dl('虹口区', 'tuijianhan', 4), credit=dict(style='xyzg', dishonest=2),
                  layout='numbered2', impl_mode='split', sample_style='jiayi', name_style='mixed',
                  why='The credit report lists two 失信 records; that readable disqualifier decides even though the district letter is an image-only scan.'))
    S.append(dict(num='G17', file='G17-上海营康健康管理有限公司.zip', verdict='fail', causes=[2, 7],
                  defects=['industry_letter_recommends_other_organisation'],
                  org=org('上海营康健康管理有限公司', 'company', '长宁区'), apps=[('yys', [4, 3])], form_tpl='range_kv',
                  palette=['rl:uming', 'html:kai', 'docx:AR PL UKai CN'], prods={'reg': 'cert:uming', 'ind': 'html:gov'},
                  ind=il('wsjk', 'han2', 33, rec_name='上海营养家健康咨询有限公司', rec_code=None),
                  dist=dl('长宁区', 'han2', 10), credit=dict(style='pboc'), layout='bykind', impl_mode='per_level',
                  sample_style='shijuan',
                  why='The industry letter recommends 上海营养家健康咨询有限公司, a different organisation, not the applicant.'))
    S.append(dict(num='G18', file='G18-上海市政务服务行业协会.zip', verdict='fail', causes=[3, 5],
                  defects=['level_not_in_catalogue', 'registration_certificate_image_only_scan'],
                  org=org('上海市政务服务行业协会', 'shetuan', '黄浦区'), apps=[('zw', [5, 4, 3, 2])], form_tpl='prose',
                  palette=['docx:Noto Serif CJK SC', 'rl:zenhei', 'html:zen'], prods={'reg': 'cert:uming'},
                  posts={'reg': 'scan'}, range_style='zhi',
                  ind=il('mzj', 'yijian', 14), dist=dl('黄浦区', 'tuijianhan', 15), credit=dict(style='sh_public'),
                  layout='numbered', impl_mode='all', sample_style='taozhi',
                  why='The form applies for 政务服务办事员 五级至二级 but the catalogue lists only 五、四、三级; fail even though the certificate is an unreadable scan.'))
    S.append(dict(num='G19', file='G19-苏沪色彩设计有限公司.zip', verdict='fail', causes=[5],
                  defects=['credit_code_not_registered_in_shanghai', 'audit_report_2023_encrypted'],
                  org=org('苏沪色彩设计有限公司', 'company', '浦东新区', div='320583'), apps=[('sc', [4, 3])], form_tpl='above',
                  palette=['html:sans', 'rl:microhei', 'docx:WenQuanYi Zen Hei'], prods={'reg': 'cert:zenhei'},
                  posts={'audit2023': 'encrypt'},
                  ind=il('scjg', 'tuijianhan', 51), dist=dl('浦东新区', 'tuijianhan', 21), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='split', sample_style='moni',
                  why='The credit code 9132… is registered outside Shanghai; fail despite the encrypted 2023 audit report.'))
    S[-1]['org'].update(reg_authority='昆山市市场监督管理局', addr='江苏省昆山市花桥镇绿地大道231号',
                        site='上海市浦东新区张江路1588号')
    S.append(dict(num='G20', file='G20-上海恒测计量技术有限公司金山分公司.zip', verdict='fail', causes=[5],
                  defects=['licence_type_branch_company', 'audit_report_2022_image_only_scan'],
                  org=org('上海恒测计量技术有限公司金山分公司', 'branch', '金山区'), apps=[('jl', [4, 3])], form_tpl='sep_rows',
                  palette=['fodt:Noto Sans CJK SC', 'rl:uming', 'html:gov'], prods={'reg': 'cert:uming'},
                  posts={'audit2022': 'scan'},
                  ind=il('zjj', 'tuijianhan', 6), dist=dl('金山区', 'han2', 2), credit=dict(style='xyzg'),
                  layout='numbered', impl_mode='per_level', sample_style='plain',
                  why='The licence 类型 is 有限责任公司分公司, not an independent legal person; fail regardless of the unreadable 2022 audit scan.'))
    S.append(dict(num='G21', file='G21-上海市城建职业技术培训学校.zip', verdict='fail', causes=[3],
                  defects=['registration_is_public_institution'],
                  org=org('上海市城建职业技术培训学校', 'shiye', '杨浦区'), apps=[('jn', [4, 3])], form_tpl='rows_spelled',
                  palette=['docx:Noto Serif CJK SC', 'html:gov', 'rl:ukai'], prods={'reg': 'cert:ukai'},
                  ind=il('jsw', 'tuijianhan', 30), dist=dl('杨浦区', 'tuijianhan', 18), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='split', sample_style='zu',
                  why='The registration is a 事业单位法人证书 with a 12-category code: a public institution may not apply.'))
    S.append(dict(num='G22', file='G22-上海贝乐家庭服务有限公司.zip', verdict='fail', causes=[3],
                  defects=['occupation_not_in_catalogue'],
                  org=org('上海贝乐家庭服务有限公司', 'company', '普陀区'), apps=[('hl', [5]), ('yy', [5, 4])], form_tpl='ticks',
                  palette=['html:zen', 'fodt:AR PL UMing CN', 'rl:zenhei'], prods={'reg': 'cert:zenhei'},
                  ind=il('wsjk', 'tuijianhan', 41), dist=dl('普陀区', 'yijian', 16), credit=dict(style='pboc'),
                  layout='numbered2', impl_mode='per_level', sample_style='jiayi',
                  why='The form also applies for 育婴员 (4-10-01-02), which is not in the notice’s catalogue.'))
    S.append(dict(num='G23', file='G23-上海轨信交通技术有限公司.zip', verdict='fail', causes=[3],
                  defects=['only_one_sample_set_for_level_3'],
                  org=org('上海轨信交通技术有限公司', 'company', '闵行区'), apps=[('gd', [4, 3])], form_tpl='wrapped',
                  palette=['docx:AR PL UKai CN', 'rl:uming', 'html:sans'], prods={'reg': 'cert:uming'},
                  ind=il('jtw', 'han2', 11), dist=dl('闵行区', 'han2', 22), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='sets_separate', sample_style='taozhi', drop=[('set2', 0, 3)],
                  why='For 城市轨道交通信号工 三级 only one sample set (第一套试卷) is supplied; the notice requires two.'))
    S.append(dict(num='G24', file='G24-上海化安工程技术服务有限公司.zip', verdict='fail', causes=[],
                  defects=['audit_report_2022_missing'],
                  org=org('上海化安工程技术服务有限公司', 'company', '金山区'), apps=[('hg', [5, 4])], form_tpl='grid',
                  palette=['fodt:AR PL UMing CN', 'html:gov', 'rl:microhei'], prods={'reg': 'cert:zenhei'},
                  audit_years=[2023, 2021],
                  ind=il('jxw', 'tuijianhan', 58), dist=dl('金山区', 'tuijianhan', 5), credit=dict(style='xyzg'),
                  layout='numbered', impl_mode='all', sample_style='moni',
                  why='Audit reports for 2023 and 2021 are supplied but the 2022 report is missing; all documents are readable.'))
    S.append(dict(num='G25', file='G25-上海净界环境服务有限公司.zip', verdict='fail', causes=[8],
                  defects=['pledge_missing'],
                  org=org('上海净界环境服务有限公司', 'company', '崇明区'), apps=[('lj', [5, 4])], form_tpl='prose',
                  palette=['rl:ukai', 'docx:Noto Serif CJK SC', 'html:kai'], prods={'reg': 'cert:ukai'},
                  omit=['pledge'], work_mentions_pledge=True, work_mode='separate',
                  ind=il('lrj', 'tuijianhan', 22), dist=dl('崇明区', 'tuijianhan', 3), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='split', sample_style='shijuan',
                  why='No 承诺书 exists; the work plan only mentions 承诺事项 in a paragraph, which is not the pledge.'))
    S.append(dict(num='G26', file='G26-上海碳衡企业管理咨询有限公司.zip', verdict='fail', causes=[],
                  defects=['duplicate_application_same_occupation'],
                  org=org('上海碳衡企业管理咨询有限公司', 'company', '静安区'), apps=[('tphs', [3, 2])], form_tpl='range_kv',
                  palette=['docx:WenQuanYi Zen Hei', 'html:gov', 'rl:uming'], prods={'reg': 'cert:uming'},
                  ind=il('sthj', 'tuijianhan', 60), dist=dl('静安区', 'tuijianhan', 19), credit=dict(style='sh_public'),
                  layout='numbered', impl_mode='per_level', sample_style='taozhi',
                  why='The same applicant (same credit code) also applies for 碳排放管理员（碳排放核算员） in G27; both packages fail.'))
    dup = S[-1]['org']
    S.append(dict(num='G27', file='G27-碳衡咨询-碳排放核算员申报.zip', verdict='fail', causes=[],
                  defects=['duplicate_application_same_occupation'],
                  org=dict(dup), apps=[('tphs', [4])], form_tpl='sep_rows',
                  palette=['fodt:Noto Sans CJK SC', 'html:zen', 'rl:microhei'], prods={'reg': 'cert:zenhei'},
                  ind=il('sthj', 'han2', 71, date='2025年1月16日'), dist=dl('静安区', 'han2', 23, date='二〇二五年一月十七日'),
                  credit=dict(style='pboc'), layout='flat', impl_mode='split', sample_style='zu',
                  why='Second package of the same applicant for the same occupation 碳排放管理员（碳排放核算员） as G26; both fail.'))
    S.append(dict(num='G28', file='G28-上海信诚征信服务有限公司.zip', verdict='fail', causes=[4, 7],
                  defects=['district_letter_recommends_other_organisation'],
                  org=org('上海信诚征信服务有限公司', 'company', '虹口区'), apps=[('xy', [4, 3])], form_tpl='grid',
                  palette=['html:sans', 'rl:zenhei', 'docx:Noto Serif CJK SC'], prods={'reg': 'cert:zenhei'},
                  ind=il('fgw', 'tuijianhan', 4),
                  dist=dl('虹口区', 'han2', 12, rec_name='上海信达信用管理有限公司', rec_code=None),
                  credit=dict(style='sh_public'), layout='bykind', impl_mode='per_level', sample_style='jiayi',
                  why='The Hongkou district HR letter recommends 上海信达信用管理有限公司, not the applicant.'))
    S.append(dict(num='G29', file='G29-上海艾灸堂健康科技有限公司.zip', verdict='fail', causes=[5],
                  defects=['credit_report_name_differs_from_form', 'corrupt_extra_pdf'],
                  org=org('上海艾灸堂健康科技有限公司', 'company', '松江区'), apps=[('ajz', [5, 4])], form_tpl='above',
                  palette=['docx:AR PL UKai CN', 'rl:ukai', 'html:kai'], prods={'reg': 'cert:ukai'},
                  posts={'other0': 'corrupt'}, extras=['staff'],
                  ind=il('wsjk', 'tuijianhan', 27), dist=dl('松江区', 'tuijianhan', 20),
                  credit=dict(style='sh_public', name='上海艾灸堂健康管理有限公司'),
                  layout='numbered', impl_mode='all', sample_style='plain',
                  why='The credit report is for 上海艾灸堂健康管理有限公司 while form and licence say 上海艾灸堂健康科技有限公司; a corrupt extra PDF does not change that.'))
    S.append(dict(num='G30', file='G30-上海瑞达设备安装有限公司.zip', verdict='fail', causes=[3],
                  defects=['credit_code_differs_between_form_and_licence'],
                  org=org('上海瑞达设备安装有限公司', 'company', '嘉定区'), apps=[('gg', [4, 3])], form_tpl='wrapped',
                  palette=['fodt:AR PL UMing CN', 'html:gov', 'rl:uming'], prods={'reg': 'cert:uming'},
                  form_code=None,  # filled below
                  ind=il('jsw', 'han2', 45), dist=dl('嘉定区', 'han2', 7), credit=dict(style='pboc'),
                  layout='flat', impl_mode='split', sample_style='moni',
                  why='The application form states a different (valid) credit code from the licence and credit report.'))
    S[-1]['form_code'] = new_code(rnd, '91', '310114')

    # ============================================================ REVIEW packages
    S.append(dict(num='G31', file='G31-上海可颂烘焙管理有限公司.zip', verdict='review', causes=[8],
                  defects=['pledge_only_docx'],
                  org=org('上海可颂烘焙管理有限公司', 'company', '浦东新区'), apps=[('sp', [5, 4])], form_tpl='rows_spelled',
                  palette=['docx:Noto Serif CJK SC', 'html:gov', 'rl:zenhei'], prods={'reg': 'cert:zenhei'},
                  posts={'pledge': 'docx_raw'}, names={'pledge': '承诺书.docx'}, work_mode='separate',
                  ind=il('scjg', 'tuijianhan', 66), dist=dl('浦东新区', 'tuijianhan', 30), credit=dict(style='sh_public'),
                  layout='numbered', impl_mode='per_level', sample_style='shijuan',
                  why='The 承诺书, which must carry a seal, exists only as an editable .docx file.'))
    S.append(dict(num='G32', file='G32-上海孪数科技有限公司.zip', verdict='review', causes=[8],
                  defects=['integrity_letter_only_docx'],
                  org=org('上海孪数科技有限公司', 'company', '徐汇区'), apps=[('szls', [4, 3])], form_tpl='ticks',
                  palette=['html:sans', 'rl:microhei', 'fodt:Noto Sans CJK SC'], prods={'reg': 'cert:uming'},
                  posts={'integ': 'docx_raw'}, names={'integ': '新建 Microsoft Word 文档 (2).docx'}, work_mode='separate',
                  ind=il('jxw', 'han2', 80), dist=dl('徐汇区', 'tuijianhan', 25), credit=dict(style='xyzg'),
                  layout='flat', impl_mode='split', sample_style='jiayi',
                  why='The 廉洁责任书 exists only as an editable Word file that cannot carry a seal.'))
    S.append(dict(num='G33', file='G33-上海科睿技术咨询有限公司.zip', verdict='review', causes=[4],
                  defects=['district_letter_image_only_scan'],
                  org=org('上海科睿技术咨询有限公司', 'company', '长宁区'), apps=[('kj', [3, 2])], form_tpl='sep_rows',
                  palette=['docx:WenQuanYi Zen Hei', 'rl:uming', 'html:gov'], prods={'reg': 'cert:uming', 'dist': 'html:noto'},
                  posts={'dist': 'scan'}, names={'dist': 'IMG_20250116_0001.pdf'},
                  ind=il('kw', 'tuijianhan', 13), dist=dl('长宁区', 'tuijianhan', 17), credit=dict(style='sh_public'),
                  layout='numbered', impl_mode='per_level', sample_style='taozhi',
                  why='The district letter is an image-only scan, so its issuer cannot be verified.'))
    S.append(dict(num='G34', file='G34-上海宜洁家政服务有限公司.zip', verdict='review', causes=[],
                  defects=['credit_code_checksum_invalid'],
                  org=org('上海宜洁家政服务有限公司', 'company', '普陀区'), apps=[('bj', [5, 4])], form_tpl='range_kv',
                  palette=['rl:ukai', 'docx:AR PL UKai CN', 'html:kai'], prods={'reg': 'cert:ukai'},
                  ind=il('lrj', 'tuijianhan', 52), dist=dl('普陀区', 'han2', 24), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='all', sample_style='moni',
                  why='The credit code (the same on every document) fails the GB 32100 check character.'))
    c = S[-1]['org']['code']
    bad = c[:17] + ('1' if c[17] != '1' else '2')
    S[-1]['org']['code'] = bad
    S.append(dict(num='G35', file='G35-上海顺捷物流技术有限公司.zip', verdict='review', causes=[1],
                  defects=['licence_only_as_photo'],
                  org=org('上海顺捷物流技术有限公司', 'company', '宝山区'), apps=[('zc', [5, 4])], form_tpl='grid',
                  palette=['fodt:AR PL UMing CN', 'html:zen', 'rl:zenhei'], prods={'reg': 'cert:uming'},
                  posts={'reg': 'jpg'}, names={'reg': '营业执照.jpg'},
                  ind=il('jxw', 'tuijianhan', 90), dist=dl('宝山区', 'tuijianhan', 26), credit=dict(style='pboc'),
                  layout='numbered2', impl_mode='split', sample_style='plain',
                  why='The licence exists only as a JPEG photo (unreadable); only its file name says 营业执照.'))
    S.append(dict(num='G36', file='G36-上海青禾营养咨询有限公司.zip', verdict='review', causes=[1],
                  defects=['credit_report_missing_corrupt_pdf_present'],
                  org=org('上海青禾营养咨询有限公司', 'company', '青浦区'), apps=[('yys', [3])], form_tpl='prose',
                  palette=['docx:Noto Serif CJK SC', 'rl:microhei', 'html:sans'], prods={'reg': 'cert:zenhei'},
                  posts={'credit': 'corrupt'}, names={'credit': '附件3.pdf'},
                  ind=il('wsjk', 'shu', 71), dist=dl('青浦区', 'tuijianhan', 28), credit=dict(style='sh_public'),
                  layout='flat', impl_mode='per_level', sample_style='zu',
                  why='No readable credit report; the corrupt file 附件3.pdf could be it.'))
    S.append(dict(num='G37', file='G37-上海康泰护理服务有限公司.zip', verdict='review', causes=[],
                  defects=['audit_report_2023_encrypted'],
                  org=org('上海康泰护理服务有限公司', 'company', '奉贤区'), apps=[('hl', [3, 2])], form_tpl='sep_rows',
                  palette=['html:gov', 'docx:Noto Serif CJK SC', 'rl:uming'], prods={'reg': 'cert:uming'},
                  posts={'audit2023': 'encrypt'},
                  ind=il('wsjk', 'yijian', 74), dist=dl('奉贤区', 'tuijianhan', 31), credit=dict(style='xyzg'),
                  layout='numbered', impl_mode='split', sample_style='taozhi',
                  why='The 2023 audit report is password-protected and cannot be read.'))
    return S


def _docx_copy(which, P, rnd):
    from generate import Doc
    els = C.pledge(P, 'a', rnd)
    d = Doc('pledge_docx', ['pledge'], els, 'docx:Noto Serif CJK SC', 'docx_raw', '承诺书（Word版）.docx')
    return d
