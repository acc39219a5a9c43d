# -*- coding: utf-8 -*-
"""Document texts for the final23 corpus. Every function returns a list of blocks (see lib23)."""
from lib23 import cn_date, ar_date, cn_year

LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVN = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LVX = {5: '五级（初级工）', 4: '四级（中级工）', 3: '三级（高级工）', 2: '二级（技师）', 1: '一级（高级技师）'}
SET_NAMES = [('样题一', '样题二'), ('样卷（A卷）', '样卷（B卷）'), ('第一套', '第二套'), ('模拟试卷1', '模拟试卷2'),
             ('样题（一）', '样题（二）'), ('A卷', 'B卷')]

OCC = {
    'zwfw': ('3-01-01-02', '政务服务办事员', None),
    'tys': ('4-03-02-10', '调饮师', None),
    'spaq': ('4-03-02-11', '食品安全管理师', None),
    'sjaq': ('4-04-04-02', '网络与信息安全管理师', '数据安全管理员'),
    'szh': ('4-04-04-05', '数字化解决方案设计师', None),
    'szls': ('4-04-05-10', '数字孪生应用技术员', None),
    'fdc': ('4-06-02-02', '房地产策划师', None),
    'kjzx': ('4-07-02-02', '科技咨询师', None),
    'xygl': ('4-07-02-04', '信用管理师', None),
    'jly': ('4-08-05-06', '计量员', '热工计量员'),
    'scdp': ('4-08-08-04', '色彩搭配师', None),
    'tpf': ('4-09-07-04', '碳排放管理员', None),
    'tpfhs': ('4-09-07-04', '碳排放管理员', '碳排放核算员'),
    'tpfzx': ('4-09-07-04', '碳排放管理员', '碳排放咨询员'),
    'jzjn': ('4-09-07-06', '建筑节能减排咨询师', None),
    'bjy': ('4-09-08-01', '保洁员', None),
    'ljqy': ('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工'),
    'pjs': ('4-09-10-03', '盆景师', None),
    'bjai': ('4-10-04-01', '保健调理师', '保健艾灸师'),
    'ylhl': ('4-14-01-02', '医疗护理员', None),
    'yys': ('4-14-02-01', '营养师', '公共营养师'),
    'ztq': ('4-14-03-01', '助听器验配师', None),
    'sqjk': ('4-14-04-04', '社群健康助理员', None),
    'hgzk': ('6-11-01-03', '化工总控工', None),
    'ywpj': ('6-12-03-00', '药物制剂工', '片剂制备'),
    'ywkl': ('6-12-03-00', '药物制剂工', '颗粒剂制备'),
    'zczz': ('6-18-01-13', '增材制造设备操作员', None),
    'gg': ('6-29-03-04', '管工', None),
    'gdjt': ('6-29-03-10', '轨道交通信号工', '城市轨道交通信号工'),
    # not in the notice
    'yyy': ('4-10-01-02', '育婴员', None),
}


def oname(k, style=0):
    code, n, g = OCC[k]
    if not g:
        return n
    return f'{n}（{g}）' if style == 0 else f'{n}—{g}' if style == 1 else f'{n} {g}'


def lv_range(levels, style):
    ls = sorted(levels, reverse=True)  # 5..1
    if len(ls) == 1:
        return {0: LV, 1: LV, 2: LVN, 3: LVX, 4: LV}[style][ls[0]]
    if style == 0:
        return f'{LV[ls[0]]}至{LV[ls[-1]]}'
    if style == 1:
        return f'{LV[ls[0]]}—{LV[ls[-1]]}'
    if style == 2:
        return '、'.join(LVN[x] for x in ls)
    if style == 3:
        return '、'.join(LVX[x] for x in ls)
    return '/'.join(LV[x] for x in ls)


def ticks(levels, allowed, mark='☑', empty='□', names=LV):
    return '  '.join((mark if l in levels else empty) + names[l] for l in allowed)

# ======================================================================== application form


def form(pk, v):
    o = pk
    nm = o['form_name']
    apps = o['apps']
    d = o['sub_date']
    if v == 0:  # classic table with ticked boxes, remarks column
        rows = [['序号', '职业编码', '职业（工种）名称', '申报等级', '备注']]
        for i, (k, ls) in enumerate(apps, 1):
            rows.append([str(i), OCC[k][0], oname(k), ticks(ls, [5, 4, 3, 2, 1], o.get('mark', '☑')), '首次申报'])
        return [('t', '社会培训评价组织征集遴选申请表'), ('r', f'填表日期：{ar_date(*d)}'),
                ('tbl', [['申报单位名称', nm, '统一社会信用代码', o['code_shown']],
                         ['单位类型', o['kind_word'], '法定代表人', o['rep']],
                         ['注册地址', o['addr'], '成立时间', o['founded']],
                         ['联系人', o['contact'], '联系电话', o['phone']],
                         ['考核点地址', o['site'], '考核点所在区', o['site_district']]], {'head': False, 'w': [.18, .34, .2, .28]}),
                ('h', '申报职业（工种）及等级'),
                ('tbl', rows, {'w': [.07, .16, .33, .3, .14]}),
                ('h', '单位基本情况'),
                ('p', o['intro']),
                ('h', '申报单位意见'),
                ('p', '本单位自愿申报社会培训评价组织，所填内容及所附材料真实、有效，如有不实，愿承担相应责任。'),
                ('r', f'申报单位（盖章）：{nm}\n{ar_date(*d)}'), ('seal', nm, '')]
    if v == 1:  # printed from the web system: field:value, levels as a range
        out = [('c', f'上海市人力资源和社会保障自助经办系统  打印时间：{d[0]}-{d[1]:02d}-{d[2]:02d} 10:{17+d[2]}:05'),
               ('t', '新增备案机构申报 — 社会培训评价组织征集遴选申请表'),
               ('pl', f'申报编号：SPZZ{d[0]}{d[1]:02d}{d[2]:02d}{o["idx"]:04d}'),
               ('tbl', [['字段', '填报内容'], ['机构名称', nm], ['统一社会信用代码', o['code_shown']], ['机构性质', o['kind_word']],
                        ['法定代表人', o['rep']], ['单位地址', o['addr']], ['经办人 / 手机', f'{o["contact"]} / {o["phone"]}']],
                {'w': [.3, .7]}),
               ('h', '申报评价项目')]
        for i, (k, ls) in enumerate(apps, 1):
            code, n, g = OCC[k]
            out.append(('pl', f'项目{i}：职业编码 {code}；职业名称 {n}；工种 {g or "无"}；申报等级 {lv_range(ls, 0)}'))
        out += [('h', '考核点信息'), ('pl', f'考核点地址：{o["site"]}（{o["site_district"]}）；面积约{o["area"]}平方米；视频监控：已配备'),
                ('sp', 6), ('pl', '申报单位承诺：以上信息真实有效。'), ('r', f'{nm}（盖章）'), ('r', ar_date(*d)), ('seal', nm, ''),
                ('c', 'https://zzjb.rsj.sh.gov.cn/zzjbdl/  第1页/共1页')]
        return out
    if v == 2:  # two-page form, occupation table on page 2, level names
        rows = [['职业编码', '职业名称', '工种', '申报等级（初级工/中级工/高级工/技师/高级技师）', '考评员人数']]
        for k, ls in apps:
            code, n, g = OCC[k]
            rows.append([code, n, g or '—', lv_range(ls, 2), str(6 + len(ls) * 2)])
        return [('t', '上海市社会培训评价组织\n征集遴选申请表'), ('c', '（2025年度）'),
                ('pl', f'单位名称（盖章）：{nm}'), ('pl', f'统一社会信用代码：{o["code_shown"]}'),
                ('pl', f'登记类型：{o["kind_word"]}'), ('pl', f'法定代表人：{o["rep"]}    联系人：{o["contact"]}  {o["phone"]}'),
                ('pl', f'通讯地址：{o["addr"]}'),
                ('h', '一、单位简介'), ('p', o['intro']),
                ('h', '二、评价工作基础'), ('p', f'本单位设有职业技能等级认定工作部，配备专职工作人员{o["staff"]}名，考核场地{o["area"]}平方米，全部考场已安装视频监控设备并与监管平台对接。'),
                ('pb',), ('h', '三、申报职业（工种）及等级'), ('tbl', rows, {'w': [.16, .22, .18, .3, .14]}),
                ('h', '四、单位意见'), ('p', '经本单位研究，同意申报上述职业（工种）社会培训评价组织，并对所填信息的真实性负责。'),
                ('r', f'法定代表人签字：{o["rep"]}\n（单位盖章）\n{cn_date(*d)}'), ('seal', nm, '')]
    # v == 3: multi-occupation table with wrapped cells and ranges
    rows = [['序号', '申报职业（工种）', '申报等级', '考核点', '说明']]
    for i, (k, ls) in enumerate(apps, 1):
        code, n, g = OCC[k]
        rows.append([str(i), f'{code}\n{n}' + (f'\n（{g}）' if g else ''), lv_range(ls, 1), o['site'], '理论考试采用机考，技能考核现场实操'])
    return [('c', '附件1'), ('t', '社会培训评价组织征集遴选申请表'),
            ('tbl', [['单位名称', nm], ['统一社会信用代码', o['code_shown']], ['单位性质', o['kind_word']],
                     ['住所', o['addr']], ['法定代表人', o['rep']], ['联系人及电话', f'{o["contact"]}  {o["phone"]}']], {'head': False, 'w': [.28, .72]}),
            ('tbl', rows, {'w': [.07, .3, .15, .28, .2], 'fs': 10}),
            ('tbl', [['单位承诺', '本单位承诺所报材料真实有效，自愿接受人社部门和行业主管部门监督。\n\n负责人签字：' + o['rep'] + '        日期：' + ar_date(*d)]], {'head': False, 'w': [.2, .8]}),
            ('seal', nm, '')]

# ======================================================================== recommendation letters


def ind_letter(pk, v):
    o = pk
    iss, pre, kind = o['ind']
    nm = o['ind_names']  # the organisation the letter recommends
    occs = '、'.join(f'{oname(k)}（{lv_range(ls, 0)}）' for k, ls in o['apps'])
    d = o['ind_date']
    num = o['ind_no']
    if v == 0:
        return [('lh', iss, {'size': 24}), ('no', f'{pre}函〔2025〕{num}号', 'c'),
                ('t', f'关于推荐{nm}\n申报社会培训评价组织的函'), ('pl', '上海市人力资源和社会保障局：'),
                ('p', f'根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经研究，我{ "委" if "委员会" in iss else "局" if iss.endswith("局") else "会"}同意推荐{nm}申报{occs}社会培训评价组织。'),
                ('p', f'该单位在本行业具有较好的影响力和较丰富的评价资源，管理规范，近三年无违法违规记录。请予以支持。'),
                ('p', '特此函告。'), ('sp', 10), ('r', f'{iss}\n{cn_date(*d)}'), ('seal', iss, ''),
                ('pl', f'（联系人：{o["ind_contact"]}，电话：{o["ind_phone"]}）')]
    if v == 1:  # association / 业务主管单位 recommendation form
        return [('t', '推 荐 意 见'), ('tbl', [['被推荐单位', nm], ['统一社会信用代码', o['code_shown']],
                                          ['推荐职业（工种）及等级', occs],
                                          ['推荐单位', iss], ['推荐单位性质', '行业协会（业务主管单位）' if kind == 'assoc' else '行业主管部门'],
                                          ['推荐意见', f'{nm}系本会会员单位，长期从事本行业从业人员培训，师资力量较强，考核场地和设备设施符合要求。经本会理事会研究，同意推荐其申报上述职业（工种）的社会培训评价组织。'
                                           f'\n\n（盖章）{iss}\n{ar_date(*d)}']], {'head': False, 'w': [.3, .7]}),
                ('seal', iss, '')]
    if v == 2:  # group parent's 批复
        return [('lh', iss, {'size': 22, 'sub': '文件'}), ('no', f'{pre}〔2025〕{num}号', 'c'),
                ('t', f'关于同意{nm}申报\n社会培训评价组织的批复'), ('pl', f'{nm}：'),
                ('p', f'你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，现批复如下：'),
                ('p', f'一、同意你公司作为本集团所属独立法人单位，申报{occs}社会培训评价组织。'),
                ('p', '二、你公司应严格按照人力资源社会保障部门的要求，规范开展职业技能等级认定工作，集团将对评价工作质量进行监督指导。'),
                ('p', '此复。'), ('sp', 8), ('r', f'{iss}\n{ar_date(*d)}'), ('seal', iss, ''),
                ('pl', '抄送：上海市人力资源和社会保障局，上海市职业技能鉴定中心')]
    # v == 3: 推荐书, issuer only in letterhead and seal
    return [('lh', iss, {'size': 20}), ('sp', 4), ('t', '推 荐 书'),
            ('pl', '上海市职业技能鉴定中心：'),
            ('p', f'兹推荐{nm}（统一社会信用代码：{o["code_shown"]}）申报沪人社职〔2024〕447号文所列{occs}的社会培训评价组织。'),
            ('p', '该单位具备开展上述职业技能等级认定的场地、设备和专家队伍，我单位将履行行业指导职责，支持其规范开展评价工作。'),
            ('sp', 18), ('r', cn_date(*d)), ('seal', iss, '')]


def dist_letter(pk, v):
    o = pk
    bureau = o['dist_bureau']
    pre = o['dist_pre']
    nm = o['dist_names']
    d = o['dist_date']
    site = o['site']
    occs = '、'.join(oname(k) for k, ls in o['apps'])
    if v == 0:
        return [('lh', bureau, {'size': 22}), ('no', f'{pre}函〔2025〕{o["dist_no"]}号', 'l'),
                ('t', f'关于推荐{nm}申报社会培训评价组织\n考核点的函'), ('pl', '上海市职业技能鉴定中心：'),
                ('p', f'{nm}拟在我区设立职业技能等级认定考核点（地址：{site}），申报{occs}社会培训评价组织。经实地查看，该考核点场地面积、设施设备及视频监控条件符合要求。'),
                ('p', '我局同意推荐，并将按照属地管理职责做好日常监督工作。'), ('sp', 10),
                ('r', f'{bureau}\n{cn_date(*d)}'), ('seal', bureau, '')]
    if v == 1:
        return [('t', '考核点所在区人社部门推荐意见'),
                ('tbl', [['申报单位', nm], ['考核点名称', o['site_name']], ['考核点地址', site], ['申报职业（工种）', occs],
                         ['现场核查情况', f'考核场地约{o["area"]}平方米，设理论机考室1间、实操考场{o["rooms"]}间，已安装视频监控设备，消防设施齐全。'],
                         ['推荐意见', f'同意推荐。\n\n{bureau}（盖章）\n{ar_date(*d)}']], {'head': False, 'w': [.25, .75]}),
                ('seal', bureau, '')]
    if v == 2:
        return [('lh', bureau, {'size': 20}), ('no', f'{pre}〔2025〕{o["dist_no"]}号', 'r'),
                ('t', '推荐函'), ('pl', '上海市人力资源和社会保障局：'),
                ('p', f'根据沪人社职〔2024〕447号文件精神，{nm}向我局提出考核点推荐申请。该单位考核点位于{site}，我局已组织人员进行实地核查。'),
                ('tbl', [['核查项目', '核查结果'], ['场地面积', f'{o["area"]}平方米'], ['考场数量', f'{o["rooms"]}间'], ['视频监控', '全覆盖，可回放保存'], ['安全设施', '符合要求']], {'w': [.4, .6]}),
                ('p', f'经研究，同意推荐{nm}作为社会培训评价组织考核点。'), ('sp', 8),
                ('r', f'{bureau}\n{ar_date(*d)}'), ('seal', bureau, '')]
    return [('lh', bureau, {'size': 20}), ('t', f'关于同意推荐{nm}\n职业技能等级认定考核点的意见'),
            ('p', f'{nm}：'), ('p', f'你单位报送的考核点推荐申请收悉。经审核，你单位位于{site}的考核点具备开展{occs}职业技能等级认定的条件，同意推荐。'),
            ('p', '请你单位严格执行职业技能等级认定有关规定，确保评价质量。'), ('sp', 14),
            ('r', cn_date(*d)), ('seal', bureau, '')]

# ======================================================================== credit report


def credit(pk, v):
    o = pk
    nm = o['lic_name']
    d = o['credit_date']
    pen = o.get('penalties', [])
    shixin = o.get('shixin', [])
    rno = o['credit_no']
    def rec_rows():
        rows = [['信息类别', '查询结果', '说明']]
        rows.append(['行政处罚信息', f'查见{len(pen)}条' if pen else '未查见', '' if not pen else '详见下表'])
        rows.append(['失信被执行人信息', f'查见{len(shixin)}条' if shixin else '未查见', ''])
        rows.append(['严重失信主体名单', '未查见', ''])
        rows.append(['欠缴税款信息', '未查见', ''])
        return rows
    pen_tbl = []
    if pen:
        pen_tbl = [('h', '行政处罚信息明细'), ('tbl', [['序号', '决定文书号', '处罚事由', '处罚结果', '处罚机关', '决定日期']] +
                                             [[str(i + 1)] + list(p) for i, p in enumerate(pen)], {'w': [.07, .2, .25, .16, .18, .14], 'fs': 9})]
    if v == 0:  # 信用中国（上海） multi-page, records on last page
        return [('t', '公共信用信息报告\n（法人版）'), ('c', '信用中国（上海） www.creditsh.gov.cn'),
                ('sp', 20), ('pl', f'报告编号：{rno}'), ('pl', f'主体名称：{nm}'), ('pl', f'统一社会信用代码：{o["code_shown"]}'),
                ('pl', f'查询日期：{ar_date(*d)}'), ('pl', '报告用途：社会培训评价组织申报'),
                ('sp', 30), ('c', '上海市公共信用信息服务中心'),
                ('pb',), ('h', '报告说明'),
                ('p', '1. 本报告信息来源于上海市公共信用信息服务平台归集的各行政机关、公共服务单位等提供的公共信用信息。'),
                ('p', '2. 本报告仅反映截至查询日期平台所归集的信息，信息主体对报告内容有异议的，可按规定提出异议申请。'),
                ('p', '3. 本报告有效期为自查询之日起三十日。'),
                ('h', '一、登记注册基本信息'),
                ('tbl', [['项目', '内容'], ['名称', nm], ['统一社会信用代码', o['code_shown']], ['法定代表人（负责人）', o['rep']],
                         ['类型', o['kind_word']], ['成立日期', o['founded']], ['住所', o['addr']], ['登记机关', o['reg_auth']]], {'w': [.3, .7]}),
                ('pb',), ('h', '二、信用记录查询结果'), ('tbl', rec_rows(), {'w': [.35, .3, .35]})] + pen_tbl + [
                ('sp', 10), ('r', f'上海市公共信用信息服务中心\n{ar_date(*d)}'), ('seal', '上海市公共信用信息服务中心', '信用报告专用章')]
    if v == 1:  # 专用信用报告
        out = [('lh', '上海市公共信用信息服务中心', {'size': 18}), ('t', '专用信用报告'),
               ('tbl', [['报告编号', rno, '出具日期', ar_date(*d)], ['信息主体', nm, '统一社会信用代码', o['code_shown']]], {'head': False, 'w': [.16, .38, .18, .28], 'fs': 10}),
               ('h', '第一部分  基本信息'), ('pl', f'法定代表人：{o["rep"]}    住所：{o["addr"]}'),
               ('h', '第二部分  公共信用信息'),
               ('pl', '（一）行政处罚信息：' + (f'查见{len(pen)}条，明细如下。' if pen else '未查见。')),
               ]
        out += pen_tbl
        out += [('pl', '（二）失信被执行人信息：' + (f'查见{len(shixin)}条。' if shixin else '未查见。')),
                ('pl', '（三）严重失信主体名单信息：未查见。'), ('pl', '（四）经营异常名录信息：未查见。'),
                ('h', '第三部分  声明'), ('p', '本报告依据上海市公共信用信息服务平台截至出具日期的数据生成，仅供申报使用。'),
                ('r', f'上海市公共信用信息服务中心\n{ar_date(*d)}'), ('seal', '上海市公共信用信息服务中心', '专用章')]
        return out
    # v == 2: compact one-page query result
    return [('t', '法人公共信用信息查询结果'), ('c', '上海市公共信用信息服务平台'),
            ('pl', f'查询对象：{nm}'), ('pl', f'统一社会信用代码：{o["code_shown"]}'),
            ('pl', f'查询编号：{rno}    查询时间：{d[0]}-{d[1]:02d}-{d[2]:02d}'),
            ('tbl', rec_rows(), {'w': [.35, .3, .35]})] + pen_tbl + [
            ('p', '以上信息由上海市公共信用信息服务平台提供，如对查询结果有异议，请向信息提供单位提出。'),
            ('seal', '上海市公共信用信息服务中心', '查询专用章')]

# ======================================================================== audit report


def audit(pk, year, v):
    o = pk
    nm = o['lic_name']
    firm, fpre = o['firm']
    np_ = o['nonprofit']
    rep_no = f'{fpre}〔{year+1}〕第{o["audit_no"] + year % 10 * 7:04d}号' if v != 2 else f'{fpre}({year+1})第{o["audit_no"] + year:04d}号'
    yr = str(year) if v != 3 else cn_year(year)
    stmt = '业务活动表' if np_ else '利润表'
    addressee = '理事会' if np_ else '全体股东'
    sign_date = (year + 1, 3 + (year % 3), 10 + year % 15)
    bs_rows = [['项目', '期末余额', '上年年末余额'], ['货币资金', f'{o["cash"]*(1+year%3/10):,.2f}', f'{o["cash"]*0.9:,.2f}'],
               ['应收款项', f'{o["cash"]*0.3:,.2f}', f'{o["cash"]*0.25:,.2f}'], ['固定资产', f'{o["cash"]*0.6:,.2f}', f'{o["cash"]*0.65:,.2f}'],
               ['资产总计', f'{o["cash"]*1.9:,.2f}', f'{o["cash"]*1.8:,.2f}'],
               ['负债合计', f'{o["cash"]*0.5:,.2f}', f'{o["cash"]*0.55:,.2f}'],
               ['净资产（所有者权益）合计' if not np_ else '净资产合计', f'{o["cash"]*1.4:,.2f}', f'{o["cash"]*1.25:,.2f}']]
    if v == 1:  # year only in title and balance sheet date
        return [('t', f'{nm}\n{yr}年度财务报表审计报告'), ('c', rep_no), ('pb',),
                ('st', '审 计 报 告'), ('pl', f'{nm}{addressee}：'),
                ('h', '一、审计意见'),
                ('p', f'我们审计了后附的{nm}财务报表，包括资产负债表、{stmt}、现金流量表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照{"民间非营利组织会计制度" if np_ else "企业会计准则"}的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。'),
                ('h', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
                ('sp', 6), ('r', f'{firm}（盖章）    中国注册会计师：{o["cpa"][0]}  {o["cpa"][1]}\n中国·上海    {ar_date(*sign_date)}'), ('seal', firm, ''),
                ('pb',), ('st', '资产负债表'), ('c', f'编制单位：{nm}    {year}年12月31日    单位：元'), ('tbl', bs_rows, {'w': [.4, .3, .3]})]
    opinion = (f'我们审计了{nm}（以下简称“贵{"单位" if np_ else "公司"}”）财务报表，包括{yr}年12月31日的资产负债表，{yr}年度的{stmt}、现金流量表以及相关财务报表附注。'
               f'我们认为，后附的财务报表在所有重大方面按照{"《民间非营利组织会计制度》" if np_ else "企业会计准则"}的规定编制，公允反映了贵{"单位" if np_ else "公司"}{yr}年12月31日的财务状况以及{yr}年度的{"业务活动成果" if np_ else "经营成果"}和现金流量。')
    out = [('t', '审 计 报 告'), ('no', rep_no, 'r' if v != 3 else 'c'), ('pl', f'{nm}{addressee}：'),
           ('h', '一、审计意见'), ('p', opinion),
           ('h', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。'),
           ('h', '三、管理层和治理层对财务报表的责任'), ('p', '管理层负责按照适用的会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
           ('sp', 6), ('tbl', [[f'{firm}\n（盖章）\n\n中国·上海', f'中国注册会计师：{o["cpa"][0]}\n\n中国注册会计师：{o["cpa"][1]}\n\n{cn_date(*sign_date) if v == 3 else ar_date(*sign_date)}']], {'head': False, 'w': [.5, .5]}),
           ('seal', firm, '')]
    if v in (0, 3):
        out += [('pb',), ('st', '资产负债表'), ('c', f'{yr}年12月31日    编制单位：{nm}    金额单位：人民币元'), ('tbl', bs_rows, {'w': [.4, .3, .3]}),
                ('st', stmt), ('c', f'{yr}年度'),
                ('tbl', [['项目', '本年金额', '上年金额'], ['一、收入' if np_ else '一、营业收入', f'{o["cash"]*1.7:,.2f}', f'{o["cash"]*1.5:,.2f}'],
                         ['二、费用' if np_ else '二、营业成本', f'{o["cash"]*1.4:,.2f}', f'{o["cash"]*1.3:,.2f}'],
                         ['三、净资产变动额' if np_ else '三、净利润', f'{o["cash"]*0.15:,.2f}', f'{o["cash"]*0.12:,.2f}']], {'w': [.4, .3, .3]})]
    return out

# ======================================================================== registration certificates


def licence(pk, v, seal_copy=True):
    o = pk
    t = o['reg_type']
    nm = o['lic_name']
    if t == 'company':
        fields = [('名    称', nm), ('类    型', o['type_line']), ('法定代表人' if '分公司' not in o['type_line'] else '负 责 人', o['rep']),
                  ('经营范围', o['scope'])]
        if '分公司' not in o['type_line']:
            fields.append(('注册资本', o['capital']))
        fields += [('成立日期', o['founded']), ('营业期限', o['term']), ('住    所', o['addr'])]
        spec = dict(style='licence', code=o['code_shown'], title='营 业 执 照', copy='（副 本）' if v % 2 else '', fields=fields,
                    authority=o['reg_auth'], date=o['reg_date'], qr=True)
    elif t == 'minfei':
        spec = dict(style='minfei', code=o['code_shown'], title='民办非企业单位登记证书', subtitle='（法人）' + ('  副本' if v % 2 else ''),
                    fields=[('名    称', nm), ('住    所', o['addr']), ('法定代表人', o['rep']), ('业务范围', o['scope']),
                            ('业务主管单位', o['sponsor']), ('开办资金', o['capital']), ('有 效 期', o['term'])],
                    authority=o['reg_auth'], date=o['reg_date'])
    elif t == 'shetuan':
        spec = dict(style='shetuan', code=o['code_shown'], title='社会团体法人登记证书', subtitle='（副本）',
                    fields=[('名    称', nm), ('住    所', o['addr']), ('法定代表人', o['rep']), ('业务范围', o['scope']),
                            ('活动地域', '上海市'), ('注册资金', o['capital']), ('业务主管单位', o['sponsor']), ('有 效 期', o['term'])],
                    authority=o['reg_auth'], date=o['reg_date'])
    else:  # shiye
        spec = dict(style='shiye', code=o['code_shown'], title='事业单位法人证书', subtitle='',
                    fields=[('名    称', nm), ('宗旨和业务范围', o['scope']), ('住    所', o['addr']), ('法定代表人', o['rep']),
                            ('经费来源', '财政补助'), ('开办资金', o['capital']), ('举办单位', o['sponsor']), ('有 效 期', o['term'])],
                    authority=o['reg_auth'], date=o['reg_date'])
    out = [('cert', spec)]
    if seal_copy:
        out += [('r', '与原件一致'), ('seal', o['lic_name'], '')]
    return out

# ======================================================================== work plan, pledge, integrity


def work_plan(pk, v):
    o = pk
    nm = o['form_name']
    occs = '、'.join(oname(k) for k, ls in o['apps'])
    if v == 0:
        return [('t', f'{nm}\n职业技能等级认定工作方案'),
                ('h', '一、指导思想'), ('p', f'以提升劳动者技能水平为目标，坚持客观、公正、科学、规范的原则，规范开展{occs}职业技能等级认定工作。'),
                ('h', '二、组织机构'), ('p', f'成立职业技能等级认定工作领导小组，由{o["rep"]}任组长；下设评价工作部，负责考务组织、考评人员管理、证书管理和档案管理；设质量督导办公室，独立开展内部质量督导。'),
                ('h', '三、人员配置'), ('tbl', [['岗位', '人数', '职责'], ['专职管理人员', str(o['staff']), '考务组织、系统操作'], ['考评员', str(o['staff'] * 3), '理论及技能考核'],
                                             ['质量督导员', '3', '现场督导、档案抽查'], ['专家团队', '7', '题库开发与审定']], {'w': [.3, .15, .55]}),
                ('h', '四、场地设备'), ('p', f'考核点位于{o["site"]}，面积约{o["area"]}平方米，设理论考场、技能实操考场{o["rooms"]}间，配备高清视频监控设备。'),
                ('h', '五、质量管控'), ('p', '实行考评人员回避制度、考务全程录像、试卷保密管理、成绩复核和档案留存五年等措施。'),
                ('h', '六、经费保障'), ('p', '评价工作经费纳入单位年度预算，专款专用。')]
    if v == 1:
        return [('t', '职业技能等级认定工作方案'), ('st', nm),
                ('h', '第一章  总则'), ('p', '第一条  为规范本单位职业技能等级认定工作，依据国家职业标准和本市有关规定，制定本方案。'),
                ('p', f'第二条  本方案适用于本单位开展的{occs}等级认定。'),
                ('h', '第二章  机构与人员'), ('p', f'第三条  本单位设立评价中心，配备专职工作人员{o["staff"]}名，聘请行业专家组成专家委员会。'),
                ('h', '第三章  实施流程'), ('tbl', [['环节', '主要内容', '责任部门'], ['报名审核', '资格审核、信息录入', '评价中心'], ['考务实施', '考场布置、身份核验、全程监控', '考务组'],
                                                  ['阅卷评分', '双人评分、复核', '专家委员会'], ['证书发放', '公示、数据上报、证书打印', '评价中心']], {'w': [.2, .55, .25]}),
                ('h', '第四章  监督管理'), ('p', '第四条  建立内部督导和外部监督相结合的质量管控体系，自觉接受人社部门和行业主管部门监督。')]
    return [('t', f'{nm}职业技能等级认定工作方案'),
            ('pl', '1. 工作目标'), ('p', f'围绕{occs}，建设规范化评价体系，年评价规模约{o["scale"]}人次。'),
            ('pl', '2. 工作机构'), ('p', '评价工作办公室（专职）、督导组、专家组三部分组成，各司其职、相互制约。'),
            ('pl', '3. 考核点'), ('p', f'{o["site_name"]}，地址{o["site"]}。'),
            ('pl', '4. 质量控制'), ('p', '试题从题库随机抽取，考场全程录像并保存不少于一年，成绩经复核后公示。'),
            ('pl', '5. 保障措施'), ('p', '制度保障、经费保障、技术保障。')]


def pledge(pk, v):
    o = pk
    nm = o['form_name']
    d = o['sub_date']
    if v == 0:
        return [('t', '承 诺 书'), ('pl', '上海市人力资源和社会保障局：'),
                ('p', f'{nm}申报社会培训评价组织，现郑重承诺：'),
                ('p', '一、所提交的申报材料真实、准确、完整，无虚假记载；'),
                ('p', '二、严格遵守职业技能等级认定有关法律法规和政策规定，不以营利为最终目的；'),
                ('p', '三、自觉接受人社部门、行业主管部门的监督检查；'),
                ('p', '四、如有违反，自愿承担相应责任并接受处理。'), ('sp', 12),
                ('r', f'承诺单位（盖章）：{nm}\n法定代表人（签字）：{o["rep"]}\n{ar_date(*d)}'), ('seal', nm, '')]
    if v == 1:
        return [('t', '社会培训评价组织申报诚信承诺书'),
                ('p', f'本单位{nm}（统一社会信用代码：{o["code_shown"]}）在此承诺：本单位为依法登记的独立法人，未被列入严重失信主体名单，近三年无违法违规行为；申报材料均真实有效；备案后将严格执行国家职业标准和评价规范，确保评价质量。若有违反，愿接受取消备案等处理。'),
                ('sp', 16), ('r', f'单位名称（公章）：{nm}\n{cn_date(*d)}'), ('seal', nm, '')]
    return [('t', '承诺书'), ('tbl', [['承诺单位', nm], ['承诺事项', '1. 申报材料真实、合法、有效；\n2. 遵守职业技能等级认定管理规定；\n3. 不发生乱收费、违规发证等行为；\n4. 接受监督，及时整改。'],
                                     ['法定代表人签字', o['rep']], ['日期', ar_date(*d)]], {'head': False, 'w': [.25, .75]}),
            ('r', '（单位盖章）'), ('seal', nm, '')]


def integrity(pk, v):
    o = pk
    nm = o['form_name']
    d = o['sub_date']
    if v == 0:
        return [('t', '职业技能等级认定廉洁责任书'),
                ('pl', '甲方：上海市职业技能鉴定中心'), ('pl', f'乙方：{nm}'),
                ('p', '为加强职业技能等级认定工作中的廉政建设，规范双方行为，签订本责任书。'),
                ('p', '第一条  乙方不得以任何形式向甲方工作人员赠送礼金、有价证券和贵重物品；'),
                ('p', '第二条  乙方不得弄虚作假、违规发证，不得将评价工作转包；'),
                ('p', '第三条  乙方发现违纪违规行为应及时报告。'),
                ('p', '第四条  本责任书自签订之日起生效，备案有效期内持续有效。'),
                ('sp', 10), ('tbl', [['甲方（盖章）：\n\n代表签字：', f'乙方（盖章）：{nm}\n\n代表签字：{o["rep"]}\n{ar_date(*d)}']], {'head': False, 'w': [.5, .5]}),
                ('seal', nm, '')]
    if v == 1:
        return [('t', '廉洁责任书'), ('p', f'{nm}作为申报社会培训评价组织的单位，自觉遵守廉洁自律各项规定，特作如下承诺：'),
                ('p', '（一）坚持公平公正，不搞暗箱操作；（二）不向任何单位和个人输送不正当利益；（三）不允许考评人员收受考生财物；（四）建立廉洁风险防控制度。'),
                ('p', '本单位愿意接受社会各界监督。'), ('sp', 14),
                ('r', f'责任单位：{nm}（盖章）\n负责人：{o["rep"]}\n{cn_date(*d)}'), ('seal', nm, '')]
    return [('t', '廉洁从业责任书'), ('st', '（社会培训评价组织用）'),
            ('tbl', [['序号', '责任内容'], ['1', '严格执行评价标准和考务规程'], ['2', '杜绝考试作弊、替考和违规收费'], ['3', '考评人员签署廉洁承诺，实行回避制度'], ['4', '主动接受纪检监督和社会监督']], {'w': [.12, .88]}),
            ('r', f'单位：{nm}\n{ar_date(*d)}'), ('seal', nm, '')]

# ======================================================================== implementation + evaluation plans, samples


def impl(pk, v):
    o = pk
    nm = o['form_name']
    out = [('t', f'{nm}\n职业技能等级认定项目实施方案'), ('h', '一、项目概况'),
           ('p', '本方案依据国家职业技能标准编制，明确各职业（工种）、各等级的评价内容、评价方式和组织实施要求。'),
           ('h', '二、组织实施'), ('p', f'考核在{o["site_name"]}进行；理论知识考试采用计算机闭卷方式，技能考核采用现场操作、模拟操作等方式。考评人员与考生配比不低于1:15，技能考核每个考场不少于3名考评人员。'),
           ('h', '三、各等级评价方案')]
    for oi, (k, ls) in enumerate(o['apps']):
        code, n, g = OCC[k]
        if v == 0:  # paragraphs per level
            out.append(('h', f'（{"一二三四五"[oi]}）{oname(k)}（{code}）'))
            for l in sorted(ls, reverse=True):
                out.append(('pl', f'{LVX[l]}评价方案：'))
                out.append(('p', f'申报条件按国家职业技能标准执行。理论知识考试90分钟，题型为单选、判断、多选，满分100分；技能考核{60 + (5 - l) * 30}分钟，'
                                 f'考核内容以{n}{LV[l]}职业功能模块为主，满分100分。两项均达60分及以上为合格。理论与技能权重分别为{30 - (5 - l) * 5}%与{70 + (5 - l) * 5}%。'))
                if l <= 2:
                    out.append(('p', '二级及以上等级增加综合评审，包括工作业绩评定和论文答辩，答辩时间不少于20分钟。'))
        elif v == 1:  # one table per occupation, merged cell for occupation
            rows = [['职业（工种）', '等级', '理论知识考试', '技能考核', '综合评审']]
            sl = sorted(ls, reverse=True)
            for l in sl:
                rows.append([f'{code}\n{oname(k)}', LVX[l], '机考 90分钟', f'实操 {60 + (5 - l) * 30}分钟', '有' if l <= 2 else '无'])
            out.append(('tbl', rows, {'w': [.26, .18, .18, .2, .18], 'spans': [(1, 0, len(sl), 0)] if len(sl) > 1 else []}))
        else:  # per occupation chapters
            out.append(('h', f'第{"一二三四五"[oi]}章  {oname(k)}评价方案'))
            for l in sorted(ls, reverse=True):
                out.append(('pl', f'{oi+1}.{6-l}  {LV[l]}（{LVN[l]}）'))
                out.append(('p', f'评价内容：职业道德、基础知识及{LV[l]}相关知识；{n}专业技能。评价方式：理论知识考试＋技能考核{"＋综合评审" if l <= 2 else ""}。'
                                 f'考评人员配比：理论1:15，技能1:{5 if l > 3 else 3}。合格标准：各项成绩均达60分。'))
    out += [('h', '四、质量保障'), ('p', '实施方案经专家委员会审定后执行，每年复审一次。')]
    return out


THEORY_Q = [
    '下列关于{n}职业守则的表述中，正确的是（    ）。',
    '{n}在工作中发现安全隐患时，首先应当（    ）。',
    '依据国家职业技能标准，{n}{lv}应掌握的基础知识不包括（    ）。',
    '以下哪一项属于{n}岗位的质量控制要点（    ）。',
    '《中华人民共和国劳动法》规定，劳动者享有的权利包括（    ）。',
    '{n}记录工作数据时，正确的做法是（    ）。',
    '下列做法中，符合{n}职业道德要求的是（    ）。',
]
OPTS = ['A. 严格遵守操作规程  B. 凭经验随意操作  C. 忽视安全要求  D. 不做记录',
        'A. 立即报告并采取措施  B. 继续作业  C. 自行离开  D. 隐瞒不报',
        'A. 相关法律法规  B. 安全生产知识  C. 股票投资技巧  D. 专业基础知识',
        'A. 过程记录完整  B. 省略检查环节  C. 数据估算填写  D. 不核对结果']
SKILL_T = ['按给定任务书完成{n}{lv}典型工作任务一项，并填写工作记录单。', '根据现场提供的资料，独立完成{n}操作并说明操作要点。',
           '完成一项{n}综合案例分析，提交书面方案。']


def sample(pk, k, l, which, names, answer=False, rnd=None):
    code, n, g = OCC[k]
    disp = oname(k)
    title = names[which]
    out = [('c', f'{pk["form_name"]}  职业技能等级认定题库'), ('t', f'{disp}（{LV[l]}）\n理论知识及技能操作{title}'), ('c', f'职业编码：{code}    考试时间：理论90分钟，技能{60 + (5 - l) * 30}分钟'),
           ('h', '第一部分  理论知识'), ('pl', '一、单项选择题（每题1分）')]
    qs = THEORY_Q[which::2] + THEORY_Q[:1 + which]
    for i, q in enumerate(qs[:4], 1):
        out.append(('pl', f'{i}. ' + q.format(n=n, lv=LV[l])))
        out.append(('pl', '    ' + OPTS[(i + which) % 4]))
    out.append(('pl', '二、判断题（每题1分）'))
    out.append(('pl', f'5. （    ）{n}应定期参加继续教育，更新专业知识。'))
    out.append(('pl', f'6. （    ）{LV[l]}考生可不遵守考场纪律。'))
    out += [('h', '第二部分  技能操作'), ('pl', f'试题{which + 1}：' + SKILL_T[(which + l) % 3].format(n=n, lv=LV[l])),
            ('pl', '考核要求：操作规范、记录完整、结果准确；配分100分，时间到即停止操作。')]
    if answer:
        out += [('h', '参考答案及评分标准'), ('tbl', [['题号', '1', '2', '3', '4', '5', '6'], ['答案', 'A', 'A', 'C', 'A', '√', '×']], {'fs': 10}),
                ('pl', '技能操作评分：操作规范40分，结果准确40分，记录及安全文明20分。')]
    return out


def toc(pk, items):
    return [('t', '申报材料目录'), ('pl', f'申报单位：{pk["form_name"]}'),
            ('tbl', [['序号', '材料名称', '页码/文件']] + [[str(i + 1), a, b] for i, (a, b) in enumerate(items)], {'w': [.1, .6, .3]})]


def teachers(pk, rnd):
    sur = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
    giv = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚'
    rows = [['序号', '姓名', '职称/技能等级', '从事专业年限', '角色']]
    for i in range(8):
        rows.append([str(i + 1), rnd.choice(sur) + rnd.choice(giv) + rnd.choice(giv + ' ').strip(), rnd.choice(['高级工程师', '一级/高级技师', '二级/技师', '讲师', '高级讲师']),
                     str(rnd.randint(6, 25)), rnd.choice(['考评员', '督导员', '专家', '考务人员'])])
    return [('t', '考评人员及专家团队名单'), ('pl', pk['form_name']), ('tbl', rows, {'w': [.1, .18, .3, .2, .22]})]


def site_list(pk):
    return [('t', '考核点场地及设备清单'), ('pl', f'考核点：{pk["site_name"]}（{pk["site"]}）'),
            ('tbl', [['名称', '数量', '用途'], ['理论机考室（40座）', '1', '理论知识考试'], ['技能实操考场', str(pk['rooms']), '技能考核'],
                     ['高清摄像头', str(pk['rooms'] * 4 + 4), '全程监控'], ['监控存储服务器', '1', '录像保存'], ['候考室', '1', '身份核验']], {'w': [.4, .2, .4]})]
