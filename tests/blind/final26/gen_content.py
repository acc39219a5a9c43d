# -*- coding: utf-8 -*-
"""Text content of every material, in several house styles."""
import random, zlib
from gen_core import cn_date, cn_year, LEVEL_CN, LEVEL_OLD, LEVEL_BOTH

DIST_ABBR = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹',
             '杨浦区': '杨', '闵行区': '闵', '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金',
             '松江区': '松', '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}

def d8(dt):
    y, m, d = dt
    return '%d年%d月%d日' % (y, m, d)

def lv_range(levels):
    ls = sorted(levels, reverse=True)
    if len(ls) == 1:
        return LEVEL_CN[ls[0]]
    return '%s至%s' % (LEVEL_CN[ls[0]], LEVEL_CN[ls[-1]])

def lv_boxes(levels, allowed=(5, 4, 3, 2, 1), tick='☑', box='□'):
    return ' '.join('%s%s' % (tick if l in levels else box, LEVEL_CN[l]) for l in (5, 4, 3, 2, 1))

def occ_full(a):
    return '%s %s' % (a['code'], a['name'])

# ================================================================ application form
def app_form(o, v):
    apps = o['apps']
    date = d8(o['form_date'])
    name = o['form_name']
    code = o['form_code']
    B = []
    if v == 0:   # classic Word form, ticked boxes
        B += [('title', '社会培训评价组织征集遴选申请表'), ('pr', '填表日期：' + date),
              ('table', [['单位名称', name, '统一社会信用代码', code],
                         ['单位类型', o['type_label'], '法定代表人', o['rep']],
                         ['注册地址', o['address'], '邮政编码', o['zip']],
                         ['联系人', o['contact'], '联系电话', o['phone']],
                         ['考核点地址', o['site_addr'], '考核场地面积', '%d平方米' % o['area']]],
               {'header': False, 'widths': [0.17, 0.38, 0.2, 0.25]}),
              ('h', '申报职业（工种）及等级')]
        rows = [['序号', '职业编码', '职业（工种）名称', '申报等级（请勾选）']]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a['code'], a['name'], lv_boxes(a['levels'])])
        B += [('table', rows, {'widths': [0.08, 0.17, 0.35, 0.4]}),
              ('table', [['单位简介', o['intro']], ['申报单位意见', '以上情况属实，同意申报。\n\n单位（盖章）：%s\n法定代表人：%s\n%s' % (name, o['rep'], date)]],
               {'header': False, 'widths': [0.18, 0.82]}),
              ('seal', o['seal_name'])]
    elif v == 1:  # web system print-out
        B += [('small', '上海市人力资源和社会保障自助经办系统  https://zzjb.rsj.sh.gov.cn/zzjbdl/   打印时间：%s 10:%02d' % (date, o['n'] % 60)),
              ('title', '新增备案机构申报 — 申请信息确认单'), ('pn', '业务流水号：ZJ%d%02d%02d%05d' % (o['form_date'][0], o['form_date'][1], o['form_date'][2], 10000 + o['n'] * 37)),
              ('pn', '机构名称：' + name), ('pn', '统一社会信用代码：' + code), ('pn', '机构性质：' + o['type_label']),
              ('pn', '法定代表人：%s        经办人：%s        手机：%s' % (o['rep'], o['contact'], o['phone'])),
              ('pn', '住所：' + o['address']), ('pn', '考核点：' + o['site_addr']),
              ('h', '申报评价项目')]
        rows = [['职业编码', '职业（工种）', '申报等级', '考核点所在区']]
        for a in apps:
            rows.append([a['code'], a['name'], lv_range(a['levels']), o['site_district']])
        B += [('table', rows, {'widths': [0.2, 0.4, 0.2, 0.2]}),
              ('pn', '申报单位承诺所填信息真实有效。'), ('pr', '申报单位：%s\n提交日期：%s' % (name, date))]
    elif v == 2:  # occupation table on page 2, old level names
        B += [('title', '上海市社会培训评价组织\n征集遴选申请表'), ('pc', '（%s）' % date),
              ('h', '一、申报单位基本情况'),
              ('table', [['单位全称', name], ['统一社会信用代码', code], ['登记类型', o['type_label']],
                         ['成立时间', d8(o['est'])], ['注册资本（开办资金）', o['capital']],
                         ['法定代表人', o['rep']], ['住所', o['address']], ['联系人及电话', '%s %s' % (o['contact'], o['phone'])]],
               {'header': False, 'widths': [0.3, 0.7]}),
              ('h', '二、单位概况'), ('p', o['intro']),
              ('p', '本单位设有职业技能等级认定工作部，配备专职工作人员%d名，考评员%d名，质量督导员%d名，考核场地%d平方米，配备视频监控设备%d套。' % (
                  o['staff'], o['staff'] * 3, max(2, o['staff'] // 2), o['area'], o['area'] // 40)),
              ('pb',), ('h', '三、申报职业（工种）及等级')]
        rows = [['序号', '职业（工种）', '职业编码', '申报等级']]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a['name'], a['code'], '、'.join(LEVEL_OLD[l] for l in sorted(a['levels'], reverse=True))])
        B += [('table', rows, {'widths': [0.08, 0.42, 0.2, 0.3]}),
              ('h', '四、申报单位承诺'), ('p', '本单位对所填内容及所附材料的真实性负责。'),
              ('pr', '申报单位（公章）：%s\n%s' % (name, date)), ('seal', o['seal_name'])]
    elif v == 3:  # remarks column, wrapped list cells
        B += [('title', '社会培训评价组织征集遴选申请表'),
              ('table', [['申报单位', name, '信用代码', code],
                         ['单位性质', o['type_label'], '负责人', o['rep']],
                         ['通讯地址', o['address'], '电话', o['phone']]], {'header': False, 'widths': [0.15, 0.4, 0.15, 0.3]}),
              ('h', '拟开展评价的职业（工种）')]
        rows = [['职业编码', '职业名称（工种）', '等级', '备注']]
        for a in apps:
            rows.append([a['code'], a['name'], '\n'.join(LEVEL_BOTH[l] for l in sorted(a['levels'], reverse=True)),
                         '考核点：%s\n已有培训基础，年培训量约%d人次' % (o['site_district'], 300 + o['n'] * 17)])
        B += [('table', rows, {'widths': [0.17, 0.33, 0.2, 0.3]}),
              ('pn', '单位负责人签字：%s' % o['rep']), ('pr', '（单位盖章）\n%s' % date), ('seal', o['seal_name'])]
    else:  # v == 4: separate 职业 / 工种 columns, ■ boxes
        B += [('pc', '附件1'), ('title', '社会培训评价组织征集遴选申请表'),
              ('pn', '申报单位（盖章）：%s' % name), ('pn', '统一社会信用代码：%s' % code),
              ('pn', '单位地址：%s    联系人：%s %s' % (o['address'], o['contact'], o['phone']))]
        rows = [['职业编码', '职业', '工种', '等级']]
        for a in apps:
            nm = a['name']
            if '（' in nm:
                occ, wk = nm.split('（', 1); wk = wk.rstrip('）')
            else:
                occ, wk = nm, '—'
            rows.append([a['code'], occ, wk, lv_boxes(a['levels'], tick='■')])
        B += [('table', rows, {'widths': [0.17, 0.27, 0.22, 0.34]}),
              ('table', [['机构简介', o['intro']], ['评价工作基础', '近三年累计开展培训%d人次，建有题库%d道，考评员队伍%d人。' % (
                  1200 + o['n'] * 53, 800 + o['n'] * 11, o['staff'] * 3)]], {'header': False, 'widths': [0.2, 0.8]}),
              ('pr', '法定代表人（签字）：%s\n%s' % (o['rep'], date)), ('seal', o['seal_name'])]
    return B

# ================================================================ industry letter
def industry_letter(o, v, recommended=None, seal=True):
    iss = o['industry']
    rec = recommended or o['name']
    dt = o['ind_date']
    occs = '、'.join('“%s”' % a['name'] for a in o['apps'])
    B = []
    if v == 0:
        B += [('letterhead', iss['name']), ('docno', '%s〔2025〕%d号' % (iss['prefix'], 5 + o['n'])),
              ('title', '关于推荐%s\n申报社会培训评价组织的函' % rec), ('pn', '上海市人力资源和社会保障局：'),
              ('p', '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经研究，我委同意推荐%s申报%s等职业（工种）的社会培训评价组织。' % (rec, occs)),
              ('p', '该单位长期从事本行业从业人员的培训工作，具备相应的考核场地、设备和专家团队，在行业内有较好的影响力。我委将按照职责做好行业指导和监督工作。'),
              ('p', '特此函告。'), ('sp',), ('pr', '%s\n%s' % (iss['name'], cn_date(*dt)))]
    elif v == 1:
        B += [('letterhead', iss['name']), ('title', '推 荐 书'), ('pn', '上海市职业技能鉴定中心：'),
              ('p', '%s是我会会员单位，我会作为其行业主管单位，对其申报社会培训评价组织情况进行了审核。' % rec),
              ('p', '该单位依法登记，管理规范，在%s领域开展培训%d年以上，师资与场地条件良好，未发现违法违规行为。现推荐其申报%s职业技能等级认定社会培训评价组织。' % (
                  o['apps'][0]['name'].split('（')[0], 3 + o['n'] % 6, occs)),
              ('sp',), ('pr', '推荐单位：%s\n%s' % (iss['name'], d8(dt)))]
    elif v == 2:
        B += [('letterhead', iss['name'] + '文件'), ('docno', '%s〔2025〕%d号' % (iss['prefix'], 2 + o['n'] % 9)),
              ('title', '关于同意%s\n申报社会培训评价组织的批复' % rec), ('pn', '%s：' % rec),
              ('p', '你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，同意你公司申报%s等职业（工种）的职业技能等级认定社会培训评价组织，并作为上级主管单位向上海市人力资源和社会保障局予以推荐。' % occs),
              ('p', '请你公司严格按照有关规定做好申报工作，确保评价质量。'), ('p', '此复。'),
              ('pr', '%s\n%s' % (iss['name'], cn_date(*dt))), ('small', '抄送：上海市人力资源和社会保障局、上海市职业技能鉴定中心')]
    else:
        B += [('title', '行业主管部门推荐意见'),
              ('table', [['被推荐单位', rec], ['统一社会信用代码', o['code'] if not recommended else o['other_code']],
                         ['推荐职业（工种）', '\n'.join('%s %s（%s）' % (a['code'], a['name'], lv_range(a['levels'])) for a in o['apps'])],
                         ['推荐意见', '该单位符合《通知》（沪人社职〔2024〕447号）规定的申报条件，同意推荐。\n\n\n推荐部门：%s\n%s' % (iss['name'], d8(dt))]],
               {'header': False, 'widths': [0.28, 0.72]})]
    if seal:
        B.append(('seal', iss['seal']))
    return B

# ================================================================ district letter
def district_letter(o, v, bureau=None, seal=True):
    bu = bureau or o['district_bureau']
    dt = o['dist_date']
    rec = o['name']
    dist = o['site_district']
    B = []
    if v == 0:
        B += [('letterhead', bu['name']), ('docno', '%s〔2025〕%d号' % (bu['prefix'], 3 + o['n'] % 17)),
              ('title', '关于推荐%s\n作为社会培训评价组织考核点的函' % rec), ('pn', '上海市人力资源和社会保障局：'),
              ('p', '%s拟在本区%s设立职业技能等级认定考核点。经实地查看，该考核点场地、设施设备、视频监控等条件符合要求，同意推荐该单位申报社会培训评价组织。' % (rec, o['site_addr'])),
              ('p', '特此推荐。'), ('sp',), ('pr', '%s\n%s' % (bu['name'], cn_date(*dt)))]
    elif v == 1:  # issuer only in letterhead and seal
        B += [('letterhead', bu['name']), ('sp',), ('title', '推荐意见'), ('pn', '市职业技能鉴定中心：'),
              ('p', '经核查，%s（统一社会信用代码：%s）位于%s的考核点具备开展%s职业技能等级认定的条件，我局同意推荐。' % (
                  rec, o['code'], o['site_addr'], '、'.join(a['name'] for a in o['apps']))),
              ('sp',), ('pr', cn_date(*dt))]
    elif v == 2:
        B += [('title', '职业技能等级认定考核点推荐表'),
              ('table', [['申报单位', rec], ['考核点名称', o['site_name']], ['考核点地址', o['site_addr']],
                         ['所在区', dist], ['场地面积', '%d平方米，理论考场%d间、实操工位%d个' % (o['area'], 2 + o['n'] % 3, 20 + o['n'])],
                         ['区人社部门意见', '经实地核查，该考核点符合要求，同意推荐。\n\n\n%s（盖章）\n%s' % (bu['name'], d8(dt))]],
               {'header': False, 'widths': [0.25, 0.75]})]
    else:
        B += [('letterhead', bu['name'] + '函'), ('title', '推荐函'), ('pn', '上海市人力资源和社会保障局：'),
              ('p', '兹有%s申报%s等职业（工种）社会培训评价组织，其考核点设在我区（%s）。' % (rec, o['apps'][0]['name'], o['site_addr'])),
              ('p', '我局对该考核点进行了现场核查，考场布置、监控设备和管理制度齐全，同意推荐。'),
              ('sp',), ('pr', '%s\n%s' % (bu['name'], d8(dt)))]
    if seal:
        B.append(('seal', bu['seal']))
    return B

# ================================================================ credit report
def credit_report(o, v, penalties=0, shixin=0):
    dt = o['credit_date']
    name = o['cert_name']
    code = o['code']
    rno = 'XY%d%02d%02d%06d' % (dt[0], dt[1], dt[2], 100000 + o['n'] * 7919 % 900000)
    pen_txt = '查见%d条' % penalties if penalties else '未查见'
    sx_txt = '查见%d条' % shixin if shixin else '未查见'
    B = []
    if v == 0:   # several pages, record table on the last page
        B += [('pc', '信用中国（上海）'), ('sp',), ('title', '公共信用信息报告\n（法人版）'), ('sp',),
              ('pc', '报告编号：%s' % rno), ('pc', '主体名称：%s' % name), ('pc', '统一社会信用代码：%s' % code),
              ('pc', '查询日期：%s' % d8(dt)), ('sp',),
              ('small', '本报告由上海市公共信用信息服务平台根据信息提供单位报送的信息生成，仅供申请人用于社会培训评价组织申报使用。'),
              ('pb',), ('h', '一、基本信息'),
              ('table', [['项目', '内容'], ['主体名称', name], ['统一社会信用代码', code], ['法定代表人', o['rep']],
                         ['登记机关', o['reg_authority']], ['成立日期', d8(o['est'])], ['登记状态', '存续（在营、开业、在册）'],
                         ['住所', o['address']]], {'widths': [0.3, 0.7]}),
              ('h', '二、报告说明'),
              ('p', '1. 本报告信息查询范围为截至查询日期上海市公共信用信息服务平台归集的信息。'),
              ('p', '2. “未查见”表示平台未归集到该类信息，不代表该主体必然不存在相关记录。'),
              ('pb',), ('h', '三、信用记录'),
              ('table', [['信息类别', '查询结果'], ['行政处罚信息', pen_txt], ['失信被执行人', sx_txt],
                         ['严重失信主体名单', '未查见'], ['重大税收违法失信主体', '未查见'], ['经营异常名录', '未查见']],
               {'widths': [0.5, 0.5]})]
    elif v == 1:
        B += [('pc', '上海市公共信用信息服务中心'), ('title', '专用信用报告'),
              ('pr', '报告编号：%s\n出具日期：%s' % (rno, d8(dt))),
              ('pn', '信息主体：%s' % name), ('pn', '统一社会信用代码：%s' % code),
              ('h', '一、违法违规记录查询结果'),
              ('table', [['领域', '查询范围', '结果'], ['市场监管', '近三年', '无违法违规记录'],
                         ['人力资源社会保障', '近三年', '无违法违规记录'], ['税务', '近三年', '无违法违规记录'],
                         ['生态环境', '近三年', '无违法违规记录'], ['应急管理', '近三年', '无违法违规记录']],
               {'widths': [0.3, 0.3, 0.4]}),
              ('h', '二、失信记录查询结果'),
              ('table', [['类别', '结果'], ['行政处罚', pen_txt], ['失信被执行人', sx_txt], ['严重失信主体名单', '未查见']],
               {'widths': [0.5, 0.5]}),
              ('small', '说明：本报告仅反映出具日期前上海市公共信用信息服务平台归集的信息。'),
              ('pr', '上海市公共信用信息服务中心\n%s' % d8(dt)), ('seal', '上海市公共信用信息服务中心', '信用报告专用章')]
    else:
        B += [('pn', '信用中国（上海）  www.shcredit.sh.gov.cn'), ('title', '法人公共信用信息查询报告'),
              ('table', [['查询对象', name], ['统一社会信用代码', code], ['查询时间', '%s 09:%02d:%02d' % (d8(dt), o['n'] % 60, (o['n'] * 7) % 60)],
                         ['报告编号', rno]], {'header': False, 'widths': [0.3, 0.7]}),
              ('h', '记录概要'),
              ('table', [['序号', '记录类型', '结果'], ['1', '行政处罚', pen_txt], ['2', '失信被执行人', sx_txt],
                         ['3', '严重违法失信企业名单', '未查见'], ['4', '政府采购严重违法失信行为', '未查见']],
               {'widths': [0.15, 0.5, 0.35]})]
    if penalties:
        rows = [['决定书文号', '处罚事由', '处罚结果', '处罚机关', '决定日期']]
        for i in range(penalties):
            rows.append(['沪市监%s处〔2023〕%d号' % (DIST_ABBR.get(o['district'], '浦'), 2300 + o['n'] * 13 + i),
                         '未按规定公示年度报告信息' if i % 2 == 0 else '发布虚假广告', '罚款人民币%d元' % (5000 * (i + 2)),
                         '上海市%s市场监督管理局' % o['district'], '2023年%d月%d日' % (6 + i, 12 + i)])
        B += [('h', '行政处罚信息明细（查见%d条）' % penalties), ('table', rows, {'widths': [0.25, 0.22, 0.18, 0.2, 0.15]})]
    if shixin:
        rows = [['案号', '执行法院', '失信情形', '发布日期']]
        for i in range(shixin):
            rows.append(['（2023）沪0%s执%d号' % (o['region'][4:6], 1000 + o['n'] * 31 + i), '上海市%s人民法院' % o['district'],
                         '有履行能力而拒不履行生效法律文书确定义务', '2023年%d月%d日' % (9 + i, 5 + i)])
        B += [('h', '失信被执行人信息明细（查见%d条）' % shixin), ('table', rows, {'widths': [0.25, 0.25, 0.32, 0.18]})]
    return B

# ================================================================ audit report
def audit_report(o, year, v, firm):
    nonprofit = o['kind'] in ('minfei', 'shetuan')
    name = o['cert_name']
    y1 = year + 1
    rd = (y1, 3 + (o['n'] + year) % 2, 10 + (o['n'] * 3 + year) % 18)
    no = '%s〔%d〕第%04d号' % (firm['prefix'], y1, 100 + (o['n'] * 37 + year) % 900)
    stmts = '资产负债表、业务活动表和现金流量表' if nonprofit else '资产负债表、利润表、现金流量表和所有者权益变动表'
    stmts_y = ('%d年度的业务活动表和现金流量表' if nonprofit else '%d年度的利润表、现金流量表、所有者权益变动表') % year
    addressee = '%s理事会：' % name if nonprofit else '%s全体股东：' % name
    rng = random.Random(o['n'] * 100 + year)
    tot = rng.randrange(800, 9000) * 1000 + rng.randrange(1000)
    prev = int(tot * rng.uniform(0.8, 1.1))
    if v == 1:
        ystr, dstr = cn_year(year) + '年度', cn_date(year, 12, 31)
        stmts_y = stmts_y.replace(str(year), cn_year(year))
    else:
        ystr, dstr = '%d年度' % year, '%d年12月31日' % year
    B = [('title', '%s审计报告' % (ystr if v == 2 else '')), ('pc', no), ('pn', addressee), ('h', '一、审计意见')]
    if v == 2:
        B.append(('p', '我们审计了%s（以下简称“贵单位”）后附的财务报表，包括期末资产负债表，本期%s以及相关财务报表附注。' % (
            name, '业务活动表、现金流量表' if nonprofit else '利润表、现金流量表、所有者权益变动表')))
        B.append(('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位期末的财务状况以及本期的经营成果和现金流量。' % (
            '《民间非营利组织会计制度》' if nonprofit else '企业会计准则')))
    else:
        B.append(('p', '我们审计了%s财务报表，包括%s的资产负债表，%s以及相关财务报表附注。' % (name, dstr, stmts_y)))
        B.append(('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了%s%s的财务状况以及%s的%s和现金流量。' % (
            '《民间非营利组织会计制度》' if nonprofit else '企业会计准则', name, dstr, ystr, '业务活动成果' if nonprofit else '经营成果')))
    B += [('h', '二、形成审计意见的基础'),
          ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('h', '三、管理层和治理层对财务报表的责任'),
          ('p', '管理层负责按照适用的财务报告编制基础的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
          ('h', '四、注册会计师对财务报表审计的责任'),
          ('p', '我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。'),
          ('sp',), ('pn', '%s        中国注册会计师：%s' % (firm['name'], firm['cpa'][0])),
          ('pn', '中国·上海                    中国注册会计师：%s' % firm['cpa'][1]),
          ('pr', cn_date(*rd) if v == 1 else d8(rd)), ('seal', firm['name']), ('pb',)]
    bal_date = cn_date(year, 12, 31) if v == 1 else '%d年12月31日' % year
    B += [('title', '资产负债表'), ('pn', '编制单位：%s        %s        单位：元' % (name, bal_date)),
          ('table', [['项目', '期末余额', '上年年末余额'],
                     ['货币资金', '{:,}'.format(int(tot * 0.42)), '{:,}'.format(int(prev * 0.40))],
                     ['应收账款', '{:,}'.format(int(tot * 0.18)), '{:,}'.format(int(prev * 0.2))],
                     ['固定资产', '{:,}'.format(int(tot * 0.3)), '{:,}'.format(int(prev * 0.31))],
                     ['资产总计', '{:,}'.format(tot), '{:,}'.format(prev)],
                     ['负债合计', '{:,}'.format(int(tot * 0.35)), '{:,}'.format(int(prev * 0.37))],
                     ['净资产合计' if nonprofit else '所有者权益合计', '{:,}'.format(tot - int(tot * 0.35)), '{:,}'.format(prev - int(prev * 0.37))]],
           {'widths': [0.4, 0.3, 0.3]})]
    if nonprofit:
        B += [('title', '业务活动表'), ('pn', '编制单位：%s        %s        单位：元' % (name, ystr)),
              ('table', [['项目', '非限定性', '限定性', '合计'],
                         ['一、收入', '', '', ''], ['  提供服务收入', '{:,}'.format(int(tot * 0.6)), '0', '{:,}'.format(int(tot * 0.6))],
                         ['  会费收入', '{:,}'.format(int(tot * 0.05)), '0', '{:,}'.format(int(tot * 0.05))],
                         ['二、费用', '', '', ''], ['  业务活动成本', '{:,}'.format(int(tot * 0.5)), '0', '{:,}'.format(int(tot * 0.5))],
                         ['三、净资产变动额', '{:,}'.format(int(tot * 0.15)), '0', '{:,}'.format(int(tot * 0.15))]],
               {'widths': [0.4, 0.2, 0.2, 0.2]})]
    else:
        B += [('title', '利润表'), ('pn', '编制单位：%s        %s        单位：元' % (name, ystr)),
              ('table', [['项目', '本期金额', '上期金额'], ['一、营业收入', '{:,}'.format(int(tot * 0.9)), '{:,}'.format(int(prev * 0.85))],
                         ['减：营业成本', '{:,}'.format(int(tot * 0.6)), '{:,}'.format(int(prev * 0.58))],
                         ['二、营业利润', '{:,}'.format(int(tot * 0.11)), '{:,}'.format(int(prev * 0.1))],
                         ['三、净利润', '{:,}'.format(int(tot * 0.08)), '{:,}'.format(int(prev * 0.07))]],
               {'widths': [0.4, 0.3, 0.3]})]
    return B

# ================================================================ work plan, pledge, integrity
def work_plan(o, v):
    name = o['name']
    apps = '、'.join(a['name'] for a in o['apps'])
    if v == 0:
        return [('title', '%s\n职业技能等级认定工作方案' % name),
                ('h', '一、机构基本情况'), ('p', o['intro']),
                ('h', '二、组织机构'), ('p', '成立职业技能等级认定工作领导小组，由%s任组长；下设认定工作部（办公室）、考务组、质量督导组、题库管理组。' % o['rep']),
                ('h', '三、人员配备'), ('table', [['岗位', '人数', '要求'], ['专职工作人员', str(o['staff']), '大专及以上学历，熟悉认定政策'],
                                             ['考评员', str(o['staff'] * 3), '具有相应职业三级及以上等级或中级以上职称'],
                                             ['质量督导员', str(max(2, o['staff'] // 2)), '经市级培训合格']], {'widths': [0.25, 0.15, 0.6]}),
                ('h', '四、场地设施'), ('p', '考核点位于%s，面积%d平方米，设理论考场、实操考场、候考区，全部考场配备视频监控并保存录像不少于一年。' % (o['site_addr'], o['area'])),
                ('h', '五、认定范围'), ('p', '本方案适用于%s职业（工种）的等级认定工作。' % apps),
                ('h', '六、质量管控'), ('p', '严格执行考评人员回避、考务全程留痕、试卷保密、成绩复核等制度，建立内部质量督导和投诉处理机制。'),
                ('h', '七、经费保障'), ('p', '认定工作经费纳入单位年度预算，专款专用，确保稳定投入。')]
    elif v == 1:
        return [('pc', name), ('title', '职业技能等级认定工作方案'),
                ('pn', '第一章  总则'), ('p', '为规范开展%s职业技能等级认定工作，依据国家职业技能标准和本市有关规定，制定本方案。' % apps),
                ('pn', '第二章  工作机构'), ('p', '本单位设立技能评价中心，配备专职人员%d名，负责认定组织实施、考务管理和证书管理。' % o['staff']),
                ('pn', '第三章  考评人员与专家团队'), ('p', '组建由行业专家、企业技术骨干组成的专家委员会，负责题库开发、评价方案论证和质量督导。'),
                ('pn', '第四章  考核场地'), ('p', '考核点：%s（%s），场地面积%d平方米。' % (o['site_name'], o['site_addr'], o['area'])),
                ('pn', '第五章  质量保障与监督'), ('p', '实行考务“双人双岗”、试卷“一考一密”，主动接受人社部门和行业主管部门的监督检查。'),
                ('pn', '第六章  附则'), ('p', '本方案自备案之日起施行。')]
    else:
        return [('title', '职业技能等级认定工作方案'), ('pr', '编制单位：%s\n%s' % (name, d8(o['form_date']))),
                ('table', [['项目', '内容'], ['认定职业', apps], ['组织机构', '认定工作领导小组、评价办公室、督导组'],
                           ['专职人员', '%d人' % o['staff']], ['考评员', '%d人' % (o['staff'] * 3)],
                           ['考核点', o['site_addr']], ['视频监控', '%d路高清监控，录像保存12个月' % (o['area'] // 40)],
                           ['经费保障', '年度预算%d万元' % (40 + o['n'] * 3)]], {'widths': [0.25, 0.75]}),
                ('p', '评价工作坚持客观、公正、科学、规范的原则，严格执行国家职业技能标准，确保评价结果质量。')]

def pledge(o, v):
    name = o['name']
    if v == 0:
        B = [('title', '承 诺 书'), ('pn', '上海市人力资源和社会保障局：'),
             ('p', '我单位自愿申报社会培训评价组织，现郑重承诺：'),
             ('p', '一、所提交的全部申报材料真实、有效、合法，如有虚假，愿承担相应法律责任；'),
             ('p', '二、严格遵守国家和本市职业技能等级认定有关规定，规范开展评价活动，不以营利为最终目的；'),
             ('p', '三、自觉接受各级人社部门、行业主管部门的监督检查。'),
             ('sp',), ('pr', '承诺单位（盖章）：%s\n法定代表人（签字）：%s\n%s' % (name, o['rep'], d8(o['form_date'])))]
    else:
        B = [('title', '诚信承诺书'),
             ('p', '本单位%s（统一社会信用代码：%s）承诺：对申报社会培训评价组织所提供材料的真实性负责；评价过程中严格执行考务规程，杜绝乱办班、乱收费、乱发证；如违反承诺，自愿接受取消资格等处理。' % (name, o['code'])),
             ('sp',), ('pr', '单位名称：%s\n日期：%s' % (name, cn_date(*o['form_date'])))]
    B.append(('seal', o['seal_name']))
    return B

def integrity(o, v):
    name = o['name']
    if v == 0:
        B = [('title', '廉洁责任书'), ('p', '为加强职业技能等级认定工作中的廉洁建设，维护评价工作的公正性，%s（以下简称“责任单位”）作出如下承诺：' % name),
             ('p', '一、严格遵守廉洁纪律，不向评价监管人员赠送礼金、礼品、有价证券；'),
             ('p', '二、不以任何形式违规收费、搭车收费；'),
             ('p', '三、考评人员严格执行回避制度，不参与本单位培训学员的考评；'),
             ('p', '四、发现违纪违规问题主动报告，接受查处。'),
             ('sp',), ('pr', '责任单位（盖章）：%s\n负责人：%s\n%s' % (name, o['rep'], d8(o['form_date'])))]
    else:
        B = [('title', '职业技能等级认定\n廉洁责任书'),
             ('pn', '甲方：上海市职业技能鉴定中心'), ('pn', '乙方：%s' % name),
             ('p', '为确保职业技能等级认定工作廉洁、规范，双方约定：乙方及其工作人员不得以任何名义向甲方人员输送利益，不得弄虚作假、违规发证；乙方违反本责任书的，甲方可建议取消其社会培训评价组织资格。'),
             ('p', '本责任书一式两份，甲乙双方各执一份。'),
             ('sp',), ('pr', '乙方（盖章）：%s\n%s' % (name, cn_date(*o['form_date'])))]
    B.append(('seal', o['seal_name']))
    return B

# ================================================================ implementation / evaluation plan
def eval_rows(a, l):
    theory = '闭卷机考，%d分钟，单选、多选、判断题，满分100分，60分及以上合格' % (90 if l >= 3 else 120)
    skill = '现场实际操作，%d分钟，满分100分' % (60 + (5 - l) * 15) if l >= 3 else '实操与方案设计，%d分钟' % 150
    review = '—' if l >= 3 else '论文（技术总结）答辩，答辩不少于20分钟'
    return theory, skill, review

def impl_plan(o, v, sep_eval=False):
    name = o['name']
    B = [('title', '%s\n职业技能等级认定项目实施方案' % name if v != 1 else '职业技能等级认定项目实施方案'),
         ('pc', name if v == 1 else '（%s）' % d8(o['form_date'])),
         ('h', '一、项目概况'), ('p', '本单位申报%s，共%d个职业（工种）。' % ('、'.join('%s（%s）' % (a['name'], lv_range(a['levels'])) for a in o['apps']), len(o['apps']))),
         ('h', '二、评价对象和申报条件'), ('p', '按照相应国家职业技能标准规定的申报条件执行，面向本单位职工、合作企业在职人员及社会人员。'),
         ('h', '三、考务组织'), ('p', '实行考前公示、考中监控、考后复核；理论考试采用计算机考试，实操考核由3名以上考评员独立评分。')]
    if sep_eval:
        B += [('h', '四、各等级评价方案'), ('p', '详见《评价方案》（另附）。')]
        return B
    B.append(('h', '四、各等级评价方案'))
    for a in o['apps']:
        levels = sorted(a['levels'], reverse=True)
        if v == 0:
            B.append(('pn', '（%s）%s %s' % ('一二三四五六'[o['apps'].index(a)], a['code'], a['name'])))
            for l in levels:
                t, s, r = eval_rows(a, l)
                B.append(('p', '%s评价方案：理论知识考试采用%s；操作技能考核采用%s；综合评审：%s。' % (LEVEL_BOTH[l], t, s, r)))
        elif v == 1:   # merged cells table
            rows = [['职业（工种）', '等级', '理论知识考试', '操作技能考核', '综合评审']]
            for l in levels:
                t, s, r = eval_rows(a, l)
                rows.append([a['name'], LEVEL_CN[l], t, s, r])
            spans = [(0, 1, 0, len(levels))] if len(levels) > 1 else []
            B.append(('table', rows, {'widths': [0.18, 0.1, 0.3, 0.27, 0.15], 'spans': spans}))
        else:
            B.append(('h', '第%d章  %s（%s）评价方案' % (o['apps'].index(a) + 1, a['name'], a['code'])))
            for l in levels:
                t, s, r = eval_rows(a, l)
                B.append(('table', [['%s评价方案' % LEVEL_OLD[l], ''], ['考核方式', '理论知识考试 + 操作技能考核' + ('' if l >= 3 else ' + 综合评审')],
                                    ['理论知识', t], ['操作技能', s], ['成绩评定', '各项成绩均达60分及以上为合格']],
                           {'widths': [0.25, 0.75], 'spans': [(0, 0, 1, 0)]}))
    B += [('h', '五、质量督导'), ('p', '每场考试派驻内部质量督导员，全程视频监控，考评记录存档备查。')]
    return B

def eval_plan_doc(o):
    B = [('title', '评价方案'), ('pc', o['name'])]
    for a in o['apps']:
        rows = [['等级', '理论知识考试', '操作技能考核', '综合评审']]
        for l in sorted(a['levels'], reverse=True):
            t, s, r = eval_rows(a, l)
            rows.append([LEVEL_CN[l], t, s, r])
        B += [('h', '%s %s' % (a['code'], a['name'])), ('table', rows, {'widths': [0.1, 0.35, 0.35, 0.2]})]
    return B

SET_TITLES = [
    ('理论知识样题（一）', '理论知识样题（二）'),
    ('样卷（A卷）', '样卷（B卷）'),
    ('模拟试卷1', '模拟试卷2'),
    ('理论知识试卷（第一套）', '理论知识试卷（第二套）'),
    ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷'),
    ('样题一', '样题二'),
]

QS = ['职业道德的核心是（  ）。A.爱岗敬业 B.追求利润 C.个人发展 D.服从安排',
      '%s在作业前应首先（  ）。A.检查设备与环境 B.直接开始操作 C.填写报表 D.通知客户',
      '下列关于安全生产的说法，正确的是（  ）。A.安全第一、预防为主 B.先生产后安全 C.安全由管理人员负责 D.事故后再整改',
      '《中华人民共和国劳动法》规定，劳动者享有（  ）的权利。A.平等就业 B.随意离职 C.拒绝培训 D.不签合同',
      '%s的工作记录应当（  ）。A.真实完整、及时归档 B.事后补记 C.口头汇报即可 D.按需填写',
      '质量管理中PDCA循环的“C”指（  ）。A.检查 B.计划 C.执行 D.处理',
      '发生异常情况时，%s应当（  ）。A.立即停止并报告 B.继续作业 C.自行处理不报告 D.离开现场',
      '以下属于个人防护用品的是（  ）。A.防护手套 B.办公桌 C.计算器 D.记录本',
      '标准化作业的目的是（  ）。A.保证质量的一致性 B.增加工作量 C.减少沟通 D.提高成本']
TASKS = ['按照给定工单完成%s典型工作任务的准备、实施与检查，并填写作业记录。',
         '根据案例资料，分析%s工作中存在的问题，提出改进方案并现场演示。',
         '在规定时间内完成%s作业流程，考评员按评分表逐项评分。',
         '识读技术资料，编制%s工作计划，并对初级人员进行现场指导。']

def sample_set(o, a, l, si, tv, answer_sheet=False):
    titles = SET_TITLES[tv]
    occ = a['name']
    short = occ.split('（')[0]
    rng = random.Random(zlib.crc32(("%d|%s|%s|%d|%d" % (o["n"], a["code"], a["name"], l, si)).encode()))
    qs = rng.sample(QS, 5)
    B = [('pc', o['name']), ('title', '%s（%s）\n%s' % (occ, LEVEL_CN[l], titles[si])),
         ('pn', '职业编码：%s    考试时间：%d分钟    满分：100分' % (a['code'], 90 if l >= 3 else 120)),
         ('h', '一、单项选择题（每题4分）')]
    for i, q in enumerate(qs, 1):
        B.append(('pn', '%d. %s' % (i, q.replace('%s', short))))
    B += [('h', '二、判断题（每题4分）'),
          ('pn', '1. %s应遵守国家职业技能标准的要求。（  ）' % short),
          ('pn', '2. 作业结束后无需清理现场。（  ）'),
          ('h', '三、操作技能试题'), ('pn', '试题%d：%s' % (si + 1, rng.choice(TASKS) % short)),
          ('table', [['评分项目', '评分要点', '配分'], ['准备工作', '工具、材料、资料准备齐全', '10'],
                     ['操作过程', '步骤规范、符合标准', '50'], ['结果质量', '达到技术要求', '30'], ['安全文明', '遵守安全规程', '10']],
           {'widths': [0.25, 0.55, 0.2]})]
    if answer_sheet:
        B += [('h', '参考答案'), ('pn', '一、' + ' '.join('%d.A' % i for i in range(1, 6)) + '  二、1.√ 2.×')]
    return B
