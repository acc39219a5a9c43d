# -*- coding: utf-8 -*-
"""Document text for the final24 blind corpus: each function returns a list of blocks."""
import random

CN = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
OLD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
BOTH = {k: '%s（%s）' % (CN[k], OLD[k]) for k in CN}
CNUM = '〇一二三四五六七八九'

def cn_year(y):
    return ''.join(CNUM[int(c)] for c in str(y))

def cn_md(n):
    if n <= 10: return '十' if n == 10 else CNUM[n]
    if n < 20: return '十' + (CNUM[n - 10] if n > 10 else '')
    return CNUM[n // 10] + '十' + (CNUM[n % 10] if n % 10 else '')

def cn_date(y, m, d):
    return '%s年%s月%s日' % (cn_year(y), cn_md(m), cn_md(d))

def ar_date(y, m, d):
    return '%d年%d月%d日' % (y, m, d)

def split_occ(name):
    if '（' in name:
        a, b = name.split('（', 1)
        return a, b.rstrip('）')
    return name, ''

def lv_range(levels, style='zhi'):
    ls = sorted(levels, reverse=True)
    contiguous = all(ls[i] - 1 == ls[i + 1] for i in range(len(ls) - 1))
    if len(ls) == 1:
        return CN[ls[0]]
    if contiguous:
        sep = {'zhi': '至', 'dash': '—', 'to': '到'}[style]
        return CN[ls[0]] + sep + CN[ls[-1]]
    return '、'.join(CN[l] for l in ls)

def occ_label(o):
    return '%s %s' % (o['code'], o['name'])

# ------------------------------------------------------------------ application form
def app_form(P, v):
    O = dict(P['org']); apps = P['form_apps']; name = P.get('form_name', O['name'])
    O['intro'] = O['intro'].replace(O['name'], name)
    date = ar_date(2025, 1, P['day_form'])
    b = []
    if v == 'tick':
        b += [('title', '社会培训评价组织征集遴选申请表'), ('right', '填表日期：' + date)]
        b.append(('table', [['单位名称', name, '统一社会信用代码', O['code']],
                            ['单位性质', O['nature'], '法定代表人', O['rep']],
                            ['注册地址', O['addr'], '成立时间', O['founded']],
                            ['联系人', O['contact'], '联系电话', O['phone']],
                            ['考核点地址', P['site'], '考核点所在区', P['district'] + ('' if P['district'].endswith('区') else '区')]],
                  {'header': False, 'cw': [1.2, 2.6, 1.3, 1.9]}))
        b.append(('h', '申报职业（工种）及等级（在所申报等级下打“■”，未申报为“□”）'))
        rows = [['序号', '职业编码', '职业（工种）名称', '五级', '四级', '三级', '二级', '一级']]
        for i, (o, lv) in enumerate(apps, 1):
            rows.append([str(i), o['code'], o['name']] + ['■' if l in lv else '□' for l in (5, 4, 3, 2, 1)])
        b.append(('table', rows, {'cw': [0.6, 1.4, 3.2, 0.7, 0.7, 0.7, 0.7, 0.7]}))
        b += [('h', '单位简介'), ('p', O['intro']),
              ('h', '申报单位意见'), ('p', '本单位自愿申报社会培训评价组织，所填信息及提交材料真实、有效。'),
              ('right', '法定代表人（签字）：%s\n单位（盖章）：%s\n%s' % (O['rep'], name, date)), ('seal', name)]
    elif v == 'kv_range':
        b += [('center', '附件1'), ('title', '上海市社会培训评价组织征集遴选\n申 请 表')]
        kv = [('申报单位（盖章）', name), ('统一社会信用代码', O['code']), ('单位类型', O['nature']),
              ('法定代表人', O['rep']), ('住所', O['addr']), ('考核点', P['site']),
              ('专职工作人员', '%d 人' % O['staff']), ('联系人及电话', O['contact'] + '　' + O['phone'])]
        b.append(('table', [[k, v2] for k, v2 in kv], {'header': False, 'cw': [1.3, 4]}))
        b.append(('h', '拟开展评价的职业（工种）及等级'))
        for o, lv in apps:
            b.append(('pl', '■ 职业编码：%s　职业（工种）：%s　申报等级：%s' % (o['code'], o['name'], lv_range(lv, P.get('range_style', 'zhi')))))
        b += [('h', '评价工作基础'), ('p', O['intro']), ('p', '近三年累计开展培训 %d 人次，配备考评员 %d 名、督导员 %d 名。' % (O['trained'], O['raters'], O['sup'])),
              ('sp', 6), ('right', '申报单位：%s（公章）\n日期：%s' % (name, date)), ('seal', name)]
    elif v == 'web':
        b += [('small', '上海市人力资源和社会保障自助经办系统　https://zzjb.rsj.sh.gov.cn/zzjbdl/　打印时间：%s 14:%02d' % (date, P['day_form'] + 10)),
              ('title', '新增备案机构申报 — 申请表（打印预览）'),
              ('small', '业务编号：ZJ%s%04d　办理状态：待提交' % ('202501%02d' % P['day_form'], P['num'] * 37 % 9999))]
        b.append(('table', [['字段', '填报内容'], ['机构名称', name], ['统一社会信用代码', O['code']], ['机构类型', O['nature']],
                            ['法定代表人', O['rep']], ['通讯地址', O['addr']], ['考核点', P['site']], ['经办人', O['contact']],
                            ['手机号码', O['phone']]], {'cw': [1.2, 4]}))
        rows = [['职业编码', '职业名称', '工种', '申报等级']]
        for o, lv in apps:
            a, w = split_occ(o['name'])
            rows.append([o['code'], a, w or '—', '、'.join(OLD[l] for l in sorted(lv, reverse=True))])
        b += [('h', '申报职业（工种）'), ('table', rows, {'cw': [1.2, 1.6, 1.8, 2.6]}),
              ('h', '承诺'), ('pl', '■ 本机构已阅读《关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》，承诺所填信息真实有效。'),
              ('right', '%s\n%s' % (name, date)), ('seal', name)]
    elif v == 'remarks_p2':
        b += [('title', '社会培训评价组织征集遴选申请表'), ('center', '（%s）' % name)]
        b.append(('table', [['项目', '内容', '备注'], ['单位全称', name, '与营业执照一致'], ['统一社会信用代码', O['code'], ''],
                            ['单位性质', O['nature'], ''], ['法定代表人', O['rep'], ''], ['住所', O['addr'], ''],
                            ['认定工作机构', O['dept'], '专设部门'], ['专职人员数', str(O['staff']), '含考务、质量督导'],
                            ['场地面积', '%d 平方米' % O['area'], '考核点：' + P['site']]], {'cw': [1.3, 3, 1.6]}))
        b += [('h', '一、单位基本情况'), ('p', O['intro']), ('p', '单位设有%s，配备专职工作人员%d名，建有视频监控系统，能够为职业技能等级认定工作提供稳定的经费保障。' % (O['dept'], O['staff'])), ('pb',)]
        rows = [['序号', '职业（工种）', '职业编码', '申报等级', '备注']]
        for i, (o, lv) in enumerate(apps, 1):
            rows.append([str(i), o['name'], o['code'], '、'.join(BOTH[l] for l in sorted(lv, reverse=True)),
                         '首次申报' if i == 1 else '同步申报'])
        b += [('h', '二、申报职业（工种）及等级'), ('table', rows, {'cw': [0.6, 2.8, 1.3, 2.8, 1]}),
              ('h', '三、申报单位承诺'), ('p', '以上所填内容及所附材料均真实有效，如有虚假，愿承担相应责任。'),
              ('sp', 8), ('right', '法定代表人签字：%s\n（单位公章）\n%s' % (O['rep'], date)), ('seal', name)]
    elif v == 'check_old':
        b += [('title', '社会培训评价组织征集遴选申请表'),
              ('pl', '申报单位：%s\n统一社会信用代码：%s\n单位地址：%s\n法定代表人：%s　联系人：%s　电话：%s' % (name, O['code'], O['addr'], O['rep'], O['contact'], O['phone']))]
        rows = [['职业编码', '职业（工种）', '初级工', '中级工', '高级工', '技师', '高级技师']]
        for o, lv in apps:
            rows.append([o['code'], o['name']] + ['√' if l in lv else '' for l in (5, 4, 3, 2, 1)])
        b += [('table', rows, {'cw': [1.3, 3, 0.8, 0.8, 0.8, 0.8, 0.9]}),
              ('pl', '注：在申报的等级栏内打“√”。'),
              ('h', '考核点情况'), ('pl', '考核点地址：%s（%s）\n理论考场 %d 间，实操工位 %d 个，视频监控全覆盖。' % (P['site'], P['district'], O['rooms'], O['stations'])),
              ('h', '单位意见'), ('right', '（盖章）%s\n%s' % (name, date)), ('seal', name)]
    return b

# ------------------------------------------------------------------ recommendation letters
def industry_letter(P, v):
    O = P['org']; I = P['industry']; rec = P.get('letter_org', O['name'])
    occs = '、'.join('%s（%s）' % (o['name'], lv_range(lv)) for o, lv in P['apps'])
    y, m, d = 2025, 1, P['day_ind']
    b = []
    if v == 'gov' and P['num'] % 3 == 1:
        rows = [['序号', '职业编码', '职业（工种）', '推荐等级']] + [[str(i), o['code'], o['name'], lv_range(lv, 'dash')] for i, (o, lv) in enumerate(P['apps'], 1)]
        b += [('letterhead', I['issuer'] + '函'), ('redline',), ('center', I['docno']), ('title', '推 荐 函'),
              ('pl', '上海市职业技能鉴定中心：'),
              ('p', '现推荐%s参加本市社会培训评价组织征集遴选。该单位系本行业重点企业（机构），具备开展下列职业（工种）职业技能等级认定的条件（见附表）。' % rec),
              ('p', '请予以支持。'), ('pl', '附表：推荐职业（工种）及等级'), ('table', rows, {'cw': [0.6, 1.3, 3.2, 1.3]}),
              ('sp', 8), ('right', '%s\n%s' % (I['issuer'], ar_date(y, m, d)))]
        if P.get('seal_ind', True): b.append(('seal', I['issuer']))
    elif v == 'gov' and P['num'] % 3 == 2:
        b += [('letterhead', I['issuer']), ('redline',), ('right', I['docno']),
              ('title', '关于%s申报社会培训评价组织\n的推荐意见' % rec), ('pl', '市人力资源社会保障局：'),
              ('pl', '经审核，我委（局）意见如下：'),
              ('pl', '1. %s依法登记，具有独立法人资格，近年来无违法违规记录；' % rec),
              ('pl', '2. 该单位在%s等职业领域具有较丰富的培训评价资源；' % occs),
              ('pl', '3. 同意推荐其申报社会培训评价组织。'), ('sp', 12),
              ('right', '（%s印章）\n%s' % (I['issuer'], cn_date(y, m, d)))]
        if P.get('seal_ind', True): b.append(('seal', I['issuer']))
        b += [('sp', 16), ('small', '抄送：上海市职业技能鉴定中心')]
    elif v == 'gov':
        b += [('letterhead', I['issuer']), ('redline',), ('right', I['docno']),
              ('title', '关于推荐%s\n申报社会培训评价组织的函' % rec), ('pl', '上海市人力资源和社会保障局：'),
              ('p', '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经研究，我委（局）同意推荐%s申报社会培训评价组织，申报职业（工种）为：%s。' % (rec, occs)),
              ('p', '%s在本行业具有一定影响力，长期从事相关职业的培训与评价工作，管理制度健全，社会信用良好。我委（局）将按照职责做好行业指导和监督工作。' % rec),
              ('p', '特此函告。'), ('sp', 10), ('right', '%s\n%s' % (I['issuer'], cn_date(y, m, d)))]
        if P.get('seal_ind', True): b.append(('seal', I['issuer']))
        b += [('sp', 14), ('small', '（联系人：%s，电话：%s）' % (I['person'], I['tel']))]
    elif v == 'assoc':
        b += [('title', '推 荐 意 见'),
              ('table', [['被推荐单位', rec], ['统一社会信用代码', P.get('letter_code', O['code'])], ['推荐职业（工种）', occs],
                         ['推荐单位', I['issuer']], ['推荐意见', '该单位系我会%s，%s。经%s研究，同意推荐其申报上海市社会培训评价组织。' % (I.get('rel', '会员单位'), I.get('praise', '长期开展行业技能培训与评价，组织规范，信誉良好'), I.get('body', '会长办公会'))],
                         ['推荐单位（盖章）', '\n\n%s\n%s' % (I['issuer'], ar_date(y, m, d))]], {'header': False, 'cw': [1.3, 4]})]
        if P.get('seal_ind', True): b.append(('seal', I['issuer']))
    elif v == 'group':
        b += [('letterhead', I['issuer'] + '文件'), ('redline',), ('center', I['docno']),
              ('title', '关于同意%s\n申报社会培训评价组织的批复' % rec), ('pl', rec + '：'),
              ('p', '你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，现批复如下：'),
              ('p', '一、同意你公司作为本集团所属独立法人企业，按照沪人社职〔2024〕447号文件要求申报社会培训评价组织，申报职业（工种）：%s。' % occs),
              ('p', '二、集团作为上级主管部门，推荐你公司参加本次征集遴选，并将对职业技能等级认定工作实施指导和监督。'),
              ('p', '三、请你公司严格执行国家职业标准，健全质量管控体系，确保评价工作规范有序。'), ('p', '此复。'),
              ('sp', 10), ('right', '%s\n%s' % (I['issuer'], ar_date(y, m, d)))]
        if P.get('seal_ind', True): b.append(('seal', I['issuer']))
    elif v == 'book':  # issuer only in red letterhead and seal
        b += [('letterhead', I['issuer']), ('redline',), ('sp', 4), ('title', '推 荐 书'),
              ('pl', '上海市职业技能鉴定中心：'),
              ('p', '兹推荐%s（统一社会信用代码：%s）申报%s社会培训评价组织。' % (rec, P.get('letter_code', O['code']), occs)),
              ('p', '该单位具有开展上述职业技能等级认定所需的场地、设备和专家资源，近年来在行业内组织培训评价成效明显，同意推荐。'),
              ('sp', 16), ('right', cn_date(y, m, d))]
        if P.get('seal_ind', True): b.append(('seal', I['issuer']))
    return b

DISTRICT_SHORT = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨',
                  '闵行区': '闵', '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松',
                  '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}

def district_letter(P, v):
    O = P['org']; D = P['dletter']
    occs = '、'.join(o['name'] for o, lv in P['apps'])
    y, m, d = 2025, 1, P['day_dis']
    b = []
    if v == 'official' and P['num'] % 3 == 1:
        b += [('letterhead', D['issuer']), ('redline',), ('right', D['docno']), ('title', '推荐函'),
              ('pl', '上海市职业技能鉴定中心：'),
              ('p', '根据沪人社职〔2024〕447号文件要求，我局对%s位于本区的考核点进行了现场核查，情况如下：' % O['name']),
              ('table', [['核查项目', '核查情况'], ['考核点地址', P['site']], ['场地面积', '约%d平方米' % O['area']],
                         ['理论考场/实操工位', '%d间 / %d个' % (O['rooms'], O['stations'])], ['视频监控', '全覆盖，可回放'], ['核查结论', '符合要求，同意推荐']], {'cw': [1.3, 3.5]}),
              ('sp', 8), ('right', '%s\n%s' % (D['issuer'], cn_date(y, m, d)))]
        if P.get('seal_dis', True): b.append(('seal', D['issuer']))
    elif v == 'official' and P['num'] % 3 == 2:
        b += [('letterhead', D['issuer']), ('redline',), ('center', D['docno']),
              ('title', '关于同意%s考核点\n申报社会培训评价组织的推荐意见' % O['name']), ('pl', '上海市人力资源和社会保障局：'),
              ('p', '%s申报%s社会培训评价组织，考核点设在%s。经研究，同意推荐。我局将加强对该考核点的属地监管。' % (O['name'], occs, P['site'])),
              ('p', '特此函达。'), ('sp', 12), ('right', '%s\n%s' % (D['issuer'], ar_date(y, m, d)))]
        if P.get('seal_dis', True): b.append(('seal', D['issuer']))
    elif v == 'official':
        b += [('letterhead', D['issuer']), ('redline',), ('center', D['docno']),
              ('title', '关于推荐%s作为考核点所在区\n申报社会培训评价组织的函' % O['name']), ('pl', '上海市人力资源和社会保障局：'),
              ('p', '%s拟申报社会培训评价组织，其考核点位于%s。经我局实地查看，该考核点场地、设施设备、视频监控等条件符合%s等职业（工种）职业技能等级认定要求。' % (O['name'], P['site'], occs)),
              ('p', '我局同意推荐该单位申报，并将按照属地管理职责对考核点实施日常监督。'),
              ('sp', 10), ('right', '%s\n%s' % (D['issuer'], ar_date(y, m, d)))]
        if P.get('seal_dis', True): b.append(('seal', D['issuer']))
        b += [('sp', 12), ('small', '（此件不公开）')]
    elif v == 'opinion':
        b += [('letterhead', D['issuer']), ('redline',), ('title', '推荐意见'),
              ('pl', '市职业技能鉴定中心：'),
              ('p', '%s（统一社会信用代码%s）在我区设有职业技能等级认定考核点（地址：%s）。经审核，该单位考核点场地、人员及管理制度符合要求，同意推荐其申报%s社会培训评价组织。' % (O['name'], O['code'], P['site'], occs)),
              ('sp', 12), ('right', '%s\n%s' % (D['issuer'], cn_date(y, m, d)))]
        if P.get('seal_dis', True): b.append(('seal', D['issuer']))
    elif v == 'table':
        b += [('title', '考核点所在区人社部门推荐函'), ('right', D['docno']),
              ('table', [['申报单位', O['name']], ['考核点名称', O['name'] + '职业技能等级认定考核点'], ['考核点地址', P['site']],
                         ['申报职业（工种）', occs], ['实地核查情况', '理论考场%d间，实操工位%d个，监控设备运行正常，消防设施完备。' % (O['rooms'], O['stations'])],
                         ['推荐意见', '同意推荐。\n\n\n%s\n%s' % (D['issuer'], ar_date(y, m, d))]], {'header': False, 'cw': [1.3, 4]})]
        if P.get('seal_dis', True): b.append(('seal', D['issuer']))
    return b

# ------------------------------------------------------------------ credit report
def credit_report(P, v):
    O = P['org']; n_pen = P.get('penalties', 0); day = P['day_cr']
    no = 'XYBG%s%06d' % ('202501%02d' % day, (P['num'] * 7919) % 999999)
    pen_rows = []
    if n_pen:
        pen_rows = [['沪市监%s处〔2024〕%s号' % (P['pen_short'], 2024000000 + P['num'] * 131), '违反《中华人民共和国广告法》第二十八条，发布虚假广告',
                     '罚款人民币叁万元整', '2024年8月%d日' % (5 + P['num'] % 20), P['pen_org']]]
    status = lambda n: ('查见 %d 条' % n) if n else '未查见'
    b = []
    if v == 'xyzg':
        b += [('letterhead', '信用中国（上海）'), ('title', '公共信用信息报告\n（法人版）'), ('sp', 10),
              ('table', [['报告编号', no], ['信息主体', O['name']], ['统一社会信用代码', O['code']], ['查询日期', ar_date(2025, 1, day)],
                         ['报告用途', '社会培训评价组织征集遴选申报']], {'header': False, 'cw': [1.3, 3]}),
              ('sp', 30), ('small', '本报告信息来源于上海市公共信用信息服务平台归集的各部门公共信用信息，报告内容仅反映截至查询日期的信息。'), ('pb',),
              ('h', '一、基本信息'),
              ('table', [['名称', O['name']], ['统一社会信用代码', O['code']], ['法定代表人（负责人）', O['rep']],
                         ['登记机关', O['reg_auth']], ['成立日期', O['founded']], ['住所', O['addr']]], {'header': False, 'cw': [1.5, 3.5]}),
              ('h', '二、资质许可信息'), ('p', '共归集资质许可信息 %d 条（详见附表，略）。' % (2 + P['num'] % 4)),
              ('h', '三、荣誉表彰信息'), ('p', '未查见相关信息。'), ('pb',),
              ('h', '四、失信及违法违规信息'),
              ('table', [['信息类别', '查询结果'], ['行政处罚信息', status(n_pen)], ['失信被执行人', '未查见'],
                         ['严重失信主体名单', '未查见'], ['重大税收违法失信主体', '未查见'], ['经营异常名录', '未查见']], {'cw': [2, 2]})]
        if n_pen:
            b += [('pl', '行政处罚明细：'), ('table', [['决定书文号', '违法事由', '处罚内容', '决定日期', '处罚机关']] + pen_rows, {'cw': [1.6, 2.2, 1.2, 1.1, 1.3]})]
        b += [('sp', 8), ('right', '上海市公共信用信息服务中心\n%s' % ar_date(2025, 1, day)), ('seal', '上海市公共信用信息服务中心', '信用报告专用章')]
    elif v == 'center':
        b += [('title', '专用信用报告'), ('center', '（社会培训评价组织征集遴选）'), ('right', '编号：%s' % no),
              ('pl', '信息主体名称：%s\n统一社会信用代码：%s\n出具机构：上海市公共信用信息服务中心\n出具日期：%s' % (O['name'], O['code'], ar_date(2025, 1, day))),
              ('h', '查询结果'),
              ('table', [['序号', '查询事项', '结果', '说明'], ['1', '行政处罚', status(n_pen), '近三年'], ['2', '失信被执行人', '未查见', '最高人民法院公布'],
                         ['3', '严重失信主体名单', '未查见', ''], ['4', '欠缴社会保险费', '未查见', ''], ['5', '重大税收违法', '未查见', '']], {'cw': [0.6, 2, 1.4, 2]})]
        if n_pen:
            b += [('table', [['决定书文号', '违法事由', '处罚内容', '决定日期', '处罚机关']] + pen_rows, {'cw': [1.6, 2.2, 1.2, 1.1, 1.3]})]
        b += [('p', '说明：本报告依据《上海市社会信用条例》出具，仅供信息主体在本次申报中使用。'), ('sp', 8),
              ('right', '上海市公共信用信息服务中心（章）'), ('seal', '上海市公共信用信息服务中心', '信用报告专用章')]
    elif v == 'platform':
        b += [('center', '上海市公共信用信息服务平台'), ('title', '法人公共信用信息查询报告'),
              ('pl', '查询对象：%s\n统一社会信用代码：%s\n查询时间：2025-01-%02d 10:%02d:%02d\n报告编号：%s' % (O['name'], O['code'], day, P['num'] % 60, (P['num'] * 7) % 60, no)),
              ('h', '第一部分　登记信息'), ('p', '%s，法定代表人%s，成立于%s，登记机关为%s。' % (O['name'], O['rep'], O['founded'], O['reg_auth'])),
              ('h', '第二部分　行政处罚信息'), ('p', ('%s。' % status(n_pen)) if not n_pen else '查见 %d 条，明细如下：' % n_pen)]
        if n_pen:
            b += [('table', [['决定书文号', '违法事由', '处罚内容', '决定日期', '处罚机关']] + pen_rows, {'cw': [1.6, 2.2, 1.2, 1.1, 1.3]})]
        b += [('h', '第三部分　失信被执行人信息'), ('p', '未查见。'), ('h', '第四部分　严重失信主体名单信息'), ('p', '未查见。'),
              ('h', '第五部分　其他信息'), ('p', '未查见经营异常、欠税等信息。'),
              ('small', '本报告由系统自动生成，可通过报告编号在“信用中国（上海）”网站核验。'), ('seal', '上海市公共信用信息服务中心', '信用报告专用章')]
    return b

# ------------------------------------------------------------------ audit report
def audit_report(P, year, v, firm):
    O = P['org']; np_ = O['nonprofit']
    stmt = '业务活动表' if np_ else '利润表'
    addr = '理事会' if np_ else '全体股东'
    rep_y = year + 1
    no = '%s（%d）第%04d号' % (firm['prefix'], rep_y, (P['num'] * 97 + year) % 9000 + 100)
    rd = (rep_y, 3 + P['num'] % 3, 5 + P['num'] % 20)
    if v == 'cn':
        ye = '%s年十二月三十一日' % cn_year(year); yd = '%s年度' % cn_year(year); title = '审 计 报 告'
        rdate = cn_date(*rd)
    else:
        ye = '%d年12月31日' % year; yd = '%d年度' % year; title = '审计报告'
        rdate = ar_date(*rd)
    b = []
    if v == 'titleonly':
        b += [('title', '%s\n%d年度财务报表审计报告' % (O['name'], year)), ('center', no), ('sp', 6), ('pl', O['name'] + addr + '：'),
              ('h', '一、审计意见'),
              ('p', '我们审计了%s（以下简称“贵单位”）后附的财务报表，包括资产负债表、%s、现金流量表以及相关财务报表附注。' % (O['name'], stmt)),
              ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。' % ('《民间非营利组织会计制度》' if np_ else '企业会计准则'))]
    elif v == 'digits' and P['num'] % 3 == 1:
        no = no.replace('（', '[').replace('）', ']')
        b += [('center', firm['name']), ('title', '审 计 报 告'), ('right', no), ('pl', ('%s董事会：' % O['name']) if not np_ else O['name'] + '理事会：'),
              ('h', '（一）审计意见'),
              ('p', '我们审计了后附的%s财务报表，包括%s的资产负债表，%s的%s、现金流量表以及财务报表附注。' % (O['name'], ye, yd, stmt)),
              ('p', '我们认为，上述财务报表在所有重大方面公允反映了%s%s的财务状况以及%s的经营成果和现金流量。' % (O['name'], ye, yd))]
    else:
        b += [('title', title), ('center', no), ('pl', O['name'] + addr + '：'), ('h', '一、审计意见'),
              ('p', '我们审计了%s（以下简称“贵%s”）财务报表，包括%s的资产负债表，%s的%s、现金流量表以及相关财务报表附注。' % (O['name'], '单位' if np_ else '公司', ye, yd, stmt)),
              ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵%s%s的财务状况以及%s的经营成果和现金流量。' % ('《民间非营利组织会计制度》' if np_ else '企业会计准则', '单位' if np_ else '公司', ye, yd))]
    b += [('h', '二、形成审计意见的基础'),
          ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('h', '三、管理层对财务报表的责任'),
          ('p', '管理层负责按照适用的财务报告编制基础的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
          ('sp', 8), ('right', '%s\n中国注册会计师：%s\n中国注册会计师：%s\n中国·上海　%s' % (firm['name'], firm['cpa'][0], firm['cpa'][1], rdate)),
          ('seal', firm['name']), ('pb',)]
    rnd = random.Random(P['num'] * 10 + year)
    base = rnd.randint(300, 3000) * 10000
    f = lambda x: '{:,.2f}'.format(x)
    rows = [['项目', '期末数', '年初数'], ['货币资金', f(base * 0.42), f(base * 0.38)], ['应收账款', f(base * 0.12), f(base * 0.15)],
            ['固定资产', f(base * 0.31), f(base * 0.33)], ['资产总计', f(base), f(base * 0.96)],
            ['负债合计', f(base * 0.37), f(base * 0.4)], ['净资产合计' if np_ else '所有者权益合计', f(base * 0.63), f(base * 0.56)]]
    b += [('title', '资产负债表'), ('pl', '编制单位：%s　　%s　　单位：元' % (O['name'], ye if v != 'titleonly' else '%d年12月31日' % year)),
          ('table', rows, {'cw': [2, 1.5, 1.5]})]
    inc = rnd.randint(200, 2000) * 10000
    if np_:
        rows2 = [['项目', '本年数', '上年数'], ['一、收入合计', f(inc), f(inc * 0.9)], ['其中：提供服务收入', f(inc * 0.8), f(inc * 0.7)],
                 ['二、费用合计', f(inc * 0.93), f(inc * 0.88)], ['三、净资产变动额', f(inc * 0.07), f(inc * 0.02)]]
    else:
        rows2 = [['项目', '本期金额', '上期金额'], ['一、营业收入', f(inc), f(inc * 0.9)], ['减：营业成本', f(inc * 0.6), f(inc * 0.55)],
                 ['二、营业利润', f(inc * 0.08), f(inc * 0.06)], ['三、净利润', f(inc * 0.06), f(inc * 0.045)]]
    b += [('title', stmt), ('pl', '编制单位：%s　　%s　　单位：元' % (O['name'], yd if v != 'titleonly' else '%d年度' % year)),
          ('table', rows2, {'cw': [2, 1.5, 1.5]})]
    return b

# ------------------------------------------------------------------ work plan / pledge / integrity
def work_plan(P, v):
    O = P['org']; occs = '、'.join(o['name'] for o, lv in P['apps'])
    heads = {0: ['一、总体目标', '二、组织机构与职责', '三、专职人员与专家团队', '四、场地与设施设备', '五、质量管控措施', '六、经费保障'],
             1: ['第一章　工作目标', '第二章　机构设置', '第三章　队伍建设', '第四章　考核点建设', '第五章　质量督导与内控', '第六章　经费来源'],
             2: ['（一）指导思想', '（二）认定机构', '（三）人员配备', '（四）场地设备', '（五）质量管理', '（六）保障措施']}[v % 3]
    body = ['以服务产业发展和技能人才队伍建设为目标，在%s等职业（工种）开展职业技能等级认定，坚持把社会效益放在首位。' % occs,
            '成立由法定代表人%s任组长的职业技能等级认定工作领导小组，下设%s，负责认定工作的组织实施。' % (O['rep'], O['dept']),
            '配备专职工作人员%d名，考评员%d名，质量督导员%d名，并组建由行业专家组成的命题与评审专家团队。' % (O['staff'], O['raters'], O['sup']),
            '考核点位于%s，面积约%d平方米，设理论考场%d间、实操工位%d个，安装视频监控设备并与监管平台对接。' % (P['site'], O['area'], O['rooms'], O['stations']),
            '建立考务管理、考评人员管理、证书管理、档案管理等制度，实行考评员回避和随机抽调，全过程留痕。',
            '认定工作经费由单位自有资金保障，专款专用，收费标准按规定公示。']
    b = [('title', '%s\n职业技能等级认定工作方案' % O['name'])]
    for h, t in zip(heads, body):
        b += [('h', h), ('p', t)]
    b += [('sp', 6), ('right', '%s\n%s' % (O['name'], ar_date(2025, 1, P['day_form'] - 2)))]
    return b

def pledge(P, v):
    O = P['org']
    b = [('title', '承 诺 书' if v == 0 else '诚信承诺书'),
         ('pl', '上海市人力资源和社会保障局、上海市职业技能鉴定中心：' if v == 0 else ''),
         ('p', '本单位%s（统一社会信用代码：%s）自愿申报社会培训评价组织，现郑重承诺：' % (O['name'], O['code'])),
         ('p', '一、所提交的全部申报材料真实、有效、合法，无虚假记载。'),
         ('p', '二、严格遵守国家和本市职业技能等级认定有关规定，自愿接受人社部门及行业主管部门的监督检查。'),
         ('p', '三、不以营利为最终目的，不乱收费，不以任何形式出租、出借评价资质。'),
         ('p', '如有违反，愿承担相应法律责任，并接受取消备案等处理。'), ('sp', 8),
         ('right', '承诺单位（盖章）：%s\n法定代表人（签字）：%s\n%s' % (O['name'], O['rep'], ar_date(2025, 1, P['day_form'] - 1)))]
    if P.get('seal_pledge', True): b.append(('seal', O['name']))
    return b

def integrity(P, v):
    O = P['org']
    b = [('title', '廉洁责任书' if v == 0 else '职业技能等级认定工作\n廉洁责任书'),
         ('pl', '甲方：上海市职业技能鉴定中心\n乙方：%s' % O['name']),
         ('p', '为加强职业技能等级认定工作党风廉政建设，规范评价行为，双方约定如下：'),
         ('p', '1. 乙方不得向甲方工作人员赠送礼金、有价证券、贵重物品，不得报销应由个人支付的费用。'),
         ('p', '2. 乙方在评价活动中不得弄虚作假、降低标准、违规发证。'),
         ('p', '3. 乙方发现违纪违规行为应及时向甲方及有关部门报告。'),
         ('p', '4. 本责任书自签订之日起生效，至备案有效期满止。'), ('sp', 8),
         ('table', [['甲方（盖章）：', '乙方（盖章）：' + O['name']], ['代表签字：', '代表签字：' + O['rep']],
                    ['日期：', '日期：' + ar_date(2025, 1, P['day_form'] - 1)]], {'header': False, 'noborder': True})]
    if P.get('seal_integrity', True): b.append(('seal', O['name']))
    return b

# ------------------------------------------------------------------ implementation / evaluation plan
def impl_plan(P, v):
    O = P['org']
    b = [('title', '%s\n职业技能等级认定项目实施方案' % O['name'])]
    b += [('h', '一、项目概述'), ('p', '本方案依据国家职业标准，结合本市产业需求制定，适用于本单位申报的全部职业（工种）及等级。')]
    if v == 'para':
        for i, (o, lv) in enumerate(P['apps'], 1):
            b.append(('h', '%s、%s（%s）评价方案' % ('二三四五'[i - 1], o['name'], o['code'])))
            for l in sorted(lv, reverse=True):
                extra = '，另加综合评审（含论文答辩）' if l <= 2 else ''
                b.append(('p', '%s评价方案：采用理论知识考试与操作技能考核相结合的方式%s。理论知识考试时长90分钟，操作技能考核不少于%d分钟；考评人员与考生配比理论1:15、技能1:5；各科成绩均达60分及以上为合格。' % (BOTH[l], extra, 60 + (5 - l) * 30)))
    elif v == 'table':
        rows = [['职业（工种）', '等级', '评价方式', '考试时长', '考评员配比', '合格标准']]
        spans = []
        for o, lv in P['apps']:
            r0 = len(rows)
            for l in sorted(lv, reverse=True):
                rows.append([o['name'] + '\n' + o['code'], CN[l], '理论+技能' + ('+综合评审' if l <= 2 else ''),
                             '90分钟/%d分钟' % (60 + (5 - l) * 30), '1:15 / 1:5', '均≥60分'])
            if len(lv) > 1:
                spans.append((0, r0, 0, len(rows) - 1))
        b += [('h', '二、各等级评价方案一览'), ('table', rows, {'spans': spans, 'cw': [2.2, 0.7, 1.6, 1.3, 1.2, 0.9]}),
              ('p', '注：合并单元格所列职业（工种）适用于其右侧各等级。')]
    elif v == 'chapter':
        for i, (o, lv) in enumerate(P['apps'], 1):
            b += [('pb',), ('title', '第%s部分　%s' % ('一二三四'[i - 1], o['name'])), ('pl', '职业编码：%s' % o['code'])]
            for l in sorted(lv, reverse=True):
                b += [('h', '%s评价方案' % CN[l]),
                      ('pl', '1. 申报条件：按国家职业标准%s申报条件执行。\n2. 评价内容：理论知识、操作技能%s。\n3. 考评组织：考评员不少于%d名，实行回避制度。\n4. 成绩评定：百分制，60分合格。' % (OLD[l], '、综合评审' if l <= 2 else '', 3 if l >= 3 else 5))]
    b += [('h', '质量保障'), ('p', '建立命题、考务、阅卷、证书发放全过程质量控制，实行内部督导和外部监督相结合。'),
          ('right', O['name'])]
    return b

SET_TITLES = [('样题一', '样题二'), ('样卷（A卷）', '样卷（B卷）'), ('模拟试卷1', '模拟试卷2'),
              ('理论知识试卷（第一套）', '理论知识试卷（第二套）'), ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷'),
              ('样题（一）', '样题（二）')]

QPOOL = ['{o}从业人员应当遵守的首要职业守则是（  ）。\nA. 爱岗敬业　B. 追求利润　C. 服从个人　D. 随意操作',
         '下列关于{o}安全操作的说法，正确的是（  ）。\nA. 可先操作后培训　B. 严格执行操作规程　C. 设备带病运行　D. 省略检查步骤',
         '开展{o}工作前，应首先进行的是（  ）。\nA. 现场风险评估　B. 结算费用　C. 填写报表　D. 清洁场地',
         '{o}工作记录的保存期限一般不少于（  ）。\nA. 1个月　B. 3个月　C. 1年　D. 3年',
         '在{o}工作中发现异常情况时，正确的处理方式是（  ）。\nA. 继续作业　B. 立即报告并记录　C. 自行处置不记录　D. 隐瞒不报',
         '以下不属于{o}职业能力要求的是（  ）。\nA. 沟通协调　B. 规范操作　C. 质量意识　D. 虚报数据',
         '{o}操作中使用的计量器具应当（  ）。\nA. 定期检定　B. 无需校准　C. 自行改装　D. 随意借用',
         '关于{o}质量控制，下列做法错误的是（  ）。\nA. 执行标准　B. 复核结果　C. 跳过检验　D. 留存记录']
TPOOL = ['{o}工作完成后无需进行任何记录。（  ）', '{o}应当遵守国家相关法律法规和行业标准。（  ）',
         '操作前检查设备状态是{o}的基本要求。（  ）', '为了提高效率，{o}可以简化安全防护措施。（  ）',
         '{o}应具备持续学习和改进的意识。（  ）']

def sample_set(P, o, l, setno, titles, with_answers=False):
    O = P['org']; rnd = random.Random('%s-%s-%d-%d' % (O['code'], o['code'] + o['name'], l, setno))
    base, w = split_occ(o['name'])
    t = titles[setno - 1]
    b = [('small', '%s　职业技能等级认定' % O['name']),
         ('title', '%s（%s）%s\n%s' % (o['name'], BOTH[l], '', t)),
         ('pl', '职业编码：%s　等级：%s　考试时间：%d分钟' % (o['code'], CN[l], 90 if 'A' in t or '一' in t or '1' in t else 100)),
         ('h', '一、单项选择题（每题2分）')]
    qs = rnd.sample(QPOOL, 5)
    for i, q in enumerate(qs, 1):
        b.append(('pl', '%d. %s' % (i, q.format(o=base))))
    b.append(('h', '二、判断题（每题1分）'))
    for i, q in enumerate(rnd.sample(TPOOL, 3), 6):
        b.append(('pl', '%d. %s' % (i, q.format(o=base))))
    b += [('h', '三、操作技能考核'), ('pl', '试题%d：%s' % (setno, rnd.choice([
        '按照给定工况，完成%s的标准化作业流程，并填写作业记录单。' % base,
        '根据任务书要求，独立完成一项%s典型工作任务，时间%d分钟。' % (base, 40 + l * 5),
        '针对案例材料，制定%s工作方案并进行现场讲解。' % base])))]
    if with_answers:
        b += [('h', '参考答案'), ('pl', '一、' + ' '.join('%d.%s' % (i, rnd.choice('ABCD')) for i in range(1, 6)) + '　二、6.× 7.√ 8.√')]
    return b

def floor_plan_blocks(P):
    O = P['org']
    return [('title', '%s\n考核点平面布置图' % O['name']), ('pl', '地址：%s' % P['site']),
            ('table', [['理论考场A（40座）', '走廊', '实操区1（%d工位）' % (O['stations'] // 2)],
                       ['理论考场B（40座）', '监控室', '实操区2（%d工位）' % (O['stations'] - O['stations'] // 2)],
                       ['候考区', '入口/安检', '考务办公室']], {'header': False}),
            ('small', '注：监控摄像头共%d路，覆盖全部考场及通道。' % (O['rooms'] * 4 + 6))]

def teacher_list(P):
    O = P['org']; rnd = random.Random(O['code'])
    sur = '王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗'
    giv = ['建国', '丽华', '志强', '晓燕', '海峰', '静', '磊', '婷', '文斌', '慧敏', '国庆', '雪梅']
    rows = [['序号', '姓名', '职称/技能等级', '从事领域', '备注']]
    for i in range(1, 9):
        rows.append([str(i), rnd.choice(sur) + rnd.choice(giv), rnd.choice(['高级技师', '技师', '高级工程师', '副教授', '讲师']),
                     rnd.choice([o['name'] for o, lv in P['apps']]), rnd.choice(['考评员', '督导员', '命题专家', ''])])
    return [('title', '%s\n考评人员及专家名单' % O['name']), ('table', rows, {'cw': [0.6, 1.2, 1.6, 2.6, 1]})]

def toc_blocks(P, items):
    return [('title', '申报材料目录'), ('center', P['org']['name']),
            ('table', [['序号', '材料名称', '页码/文件']] + [[str(i), a, c] for i, (a, c) in enumerate(items, 1)], {'cw': [0.6, 3.5, 2]})]
