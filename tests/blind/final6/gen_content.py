# -*- coding: utf-8 -*-
"""Text content of the application materials (block lists for gen_lib renderers)."""
import random, zlib


def _h(s):
    return zlib.crc32(s.encode("utf-8"))

OCCS = [  # (code, name, allowed levels) -- the notice's 附件, 48 rows
    ('3-01-01-02', '政务服务办事员', [5, 4, 3]),
    ('4-03-02-10', '调饮师', [5, 4, 3, 2, 1]),
    ('4-03-02-11', '食品安全管理师', [5, 4, 3, 2, 1]),
    ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [4, 3, 2, 1]),
    ('4-04-04-05', '数字化解决方案设计师', [4, 3, 2, 1]),
    ('4-04-05-10', '数字孪生应用技术员', [5, 4, 3, 2, 1]),
    ('4-06-02-02', '房地产策划师', [4, 3, 2, 1]),
    ('4-07-02-02', '科技咨询师', [3, 2, 1]),
    ('4-07-02-04', '信用管理师', [4, 3, 2, 1]),
    ('4-08-05-06', '计量员（热工计量员）', [4, 3]),
    ('4-08-08-04', '色彩搭配师', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', [5]),
    ('4-09-07-04', '碳排放管理员（碳排放监测员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放核算员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放核查员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放交易员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放咨询员）', [3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（民航碳排放管理员）', [4, 3, 2, 1]),
    ('4-09-07-06', '建筑节能减排咨询师', [5, 4, 3, 2, 1]),
    ('4-09-08-01', '保洁员', [5, 4, 3]),
    ('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3]),
    ('4-09-10-03', '盆景师', [5, 4, 3, 2, 1]),
    ('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4, 3]),
    ('4-14-01-02', '医疗护理员', [5, 4, 3, 2, 1]),
    ('4-14-02-01', '营养师（公共营养师）', [4, 3, 2, 1]),
    ('4-14-03-01', '助听器验配师', [4, 3, 2, 1]),
    ('4-14-04-04', '社群健康助理员', [4, 3, 2]),
    ('6-11-01-03', '化工总控工', [5, 4, 3, 2, 1]),
] + [('6-12-03-00', '药物制剂工（%s）' % w, [5, 4, 3, 2, 1]) for w in (
    '片剂制备', '注射剂制备', '液体制剂制备', '胶囊剂制备', '气雾剂与喷雾剂制备', '滴丸剂制备',
    '软膏剂与乳膏剂制备', '栓剂与膜剂制备', '贴膏剂制备', '制剂与医用制品灭菌', '浸出药剂制备',
    '泛制丸与塑制丸制备', '散剂、茶剂与灸熨剂制备', '膏药制备', '胶剂制备', '提取物制备', '颗粒剂制备')] + [
    ('6-18-01-13', '增材制造设备操作员', [5, 4, 3, 2, 1]),
    ('6-29-03-04', '管工', [5, 4, 3, 2, 1]),
    ('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2, 1]),
]
assert len(OCCS) == 48
OCC = {n: (c, n, l) for c, n, l in OCCS}

LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVOLD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LVBOTH = {5: '五级（初级工）', 4: '四级（中级工）', 3: '三级（高级工）', 2: '二级（技师）', 1: '一级（高级技师）'}
CN = '〇一二三四五六七八九'

DISTRICTS = {'310101': '黄浦区', '310104': '徐汇区', '310105': '长宁区', '310106': '静安区', '310107': '普陀区',
             '310109': '虹口区', '310110': '杨浦区', '310112': '闵行区', '310113': '宝山区', '310114': '嘉定区',
             '310115': '浦东新区', '310116': '金山区', '310117': '松江区', '310118': '青浦区', '310120': '奉贤区',
             '310151': '崇明区', '310108': '闸北区', '310103': '卢湾区'}
DABBR = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹',
         '杨浦区': '杨', '闵行区': '闵', '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金',
         '松江区': '松', '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}
STREETS = {'黄浦区': ['西藏中路', '河南南路', '制造局路'], '徐汇区': ['漕溪北路', '宜山路', '龙华中路'],
           '长宁区': ['天山路', '仙霞路', '金钟路'], '静安区': ['共和新路', '江场路', '万荣路'],
           '普陀区': ['真北路', '金沙江路', '中山北路'], '虹口区': ['四平路', '东大名路', '广粤路'],
           '杨浦区': ['国定路', '长阳路', '军工路'], '闵行区': ['莘松路', '剑川路', '虹梅南路'],
           '宝山区': ['蕰川路', '沪太路', '友谊路'], '嘉定区': ['城北路', '叶城路', '墨玉南路'],
           '浦东新区': ['张江路', '川沙路', '浦东南路', '秀浦路'], '金山区': ['卫零路', '亭卫公路'],
           '松江区': ['荣乐东路', '九亭大街', '新飞路'], '青浦区': ['华志路', '崧泽大道'],
           '奉贤区': ['望园路', '金海公路'], '崇明区': ['城桥镇八一路', '陈家镇揽海路'], '闸北区': ['共和新路', '永和路']}


def cn_year(y):
    return ''.join(CN[int(c)] for c in str(y))


def cn_num(n):
    if n <= 10:
        return '十' if n == 10 else CN[n]
    if n < 20:
        return '十' + CN[n - 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


def cn_date(y, m, d):
    return '%s年%s月%s日' % (cn_year(y), cn_num(m), cn_num(d))


def ar_date(y, m, d, pad=False):
    return ('%d年%02d月%02d日' if pad else '%d年%d月%d日') % (y, m, d)


def lv_range(levels, style):
    hi, lo = min(levels), max(levels)
    if style == 'range':
        return '%s至%s' % (LV[lo], LV[hi]) if len(levels) > 1 else LV[lo]
    if style == 'dash':
        return '%s—%s' % (LV[hi], LV[lo]) if len(levels) > 1 else LV[lo]
    if style == 'old':
        return '、'.join(LVOLD[l] for l in sorted(levels, reverse=True))
    if style == 'both':
        return '、'.join(LVBOTH[l] for l in sorted(levels, reverse=True))
    if style == 'digits':
        return '、'.join('%d级' % l for l in sorted(levels, reverse=True))
    return '、'.join(LV[l] for l in sorted(levels, reverse=True))


def lv_boxes(levels, allowed, mark='☑'):
    return ' '.join(('%s%s' % (mark, LV[l]) if l in levels else '□%s' % LV[l]) for l in allowed)


# --------------------------------------------------------------------------- application form
def form_blocks(o, variant, rng, name_override=None):
    name = name_override or o['name']
    apps = o['apps']
    kvrows = [['单位名称', name], ['统一社会信用代码', o['code']],
              ['单位类型', o['type_label']], ['法定代表人' if o['kind'] != 'branch' else '负责人', o['rep']],
              ['注册地址', o['address']], ['考核点地址', o['site_address']],
              ['联系人', o['contact']], ['联系电话', o['phone']],
              ['专职工作人员（人）', str(o['staff'])], ['考评员/督导员（人）', '%d / %d' % (o['assessors'], o['supervisors'])],
              ['考核场地面积（㎡）', str(o['area'])]]
    b = [('title', '社会培训评价组织征集遴选申请表'),
         ('pr', '填表日期：%s' % ar_date(2025, 1, o['form_day']))]
    if variant in ('fieldvalue',):
        b = [('title', '上海市社会培训评价组织征集遴选\n申 请 表')]
        for k, v in kvrows:
            b.append(('pl', '%s：%s' % (k, v)))
        b.append(('h', '申报职业（工种）及等级'))
        for i, (occ, lv) in enumerate(apps, 1):
            c, n, allowed = occ
            b.append(('pl', '%d. 职业编码：%s    职业（工种）：%s    申报等级：%s' % (i, c, n, lv_range(lv, o.get('lvstyle', 'list')))))
    else:
        b.append(('table', kvrows, [1, 2.6], 'kv'))
        if variant == 'page2':
            b.append(('small', '（申报职业及等级见第2页）'))
            b.append(('pb',))
            b.append(('h', '二、申报职业（工种）及等级'))
        else:
            b.append(('h', '申报职业（工种）及等级'))
        if variant == 'boxes':
            rows = [['序号', '职业编码', '职业（工种）名称', '申报等级（请勾选）']]
            for i, (occ, lv) in enumerate(apps, 1):
                c, n, allowed = occ
                rows.append([str(i), c, n, lv_boxes(lv, sorted(set(allowed) | set(lv), reverse=True), o.get('mark', '☑'))])
            b.append(('table', rows, [0.6, 1.4, 2.6, 3]))
        elif variant == 'columns':
            rows = [['序号', '职业编码', '职业名称', '工种', '等级']]
            for i, (occ, lv) in enumerate(apps, 1):
                c, n, allowed = occ
                base, _, w = n.partition('（')
                rows.append([str(i), c, base, w.rstrip('）') or '—', lv_range(lv, o.get('lvstyle', 'list'))])
            b.append(('table', rows, [0.6, 1.4, 2, 2, 2.2]))
        elif variant == 'remarks':
            rows = [['序号', '职业（工种）', '职业编码', '申报等级', '备注']]
            for i, (occ, lv) in enumerate(apps, 1):
                c, n, allowed = occ
                rows.append([str(i), n, c, lv_range(lv, o.get('lvstyle', 'list')),
                             '考核点：%s；理论机考，技能实操' % o['site_district']])
            b.append(('table', rows, [0.6, 2.4, 1.4, 1.8, 2.6]))
        else:  # 'list' / 'page2'
            rows = [['序号', '职业编码', '职业（工种）', '申报等级']]
            for i, (occ, lv) in enumerate(apps, 1):
                c, n, allowed = occ
                rows.append([str(i), c, n, lv_range(lv, o.get('lvstyle', 'list'))])
            b.append(('table', rows, [0.6, 1.4, 3, 2.4]))
    b.append(('h', '单位简介'))
    b.append(('p', o['intro']))
    b.append(('h', '申报单位意见'))
    b.append(('p', '本单位已认真阅读《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号），'
                   '自愿申报上述职业（工种）社会培训评价组织，所填信息及提交材料真实、有效，如有不实，愿承担相应责任。'))
    b.append(('sign', ['法定代表人（签字）：' + o['rep'], '申报单位（盖章）：' + name, ar_date(2025, 1, o['form_day'])],
              name if o.get('form_seal', True) else None))
    return b


# --------------------------------------------------------------------------- letters
def industry_letter_blocks(o, variant, rng, named=None, seal=True):
    iss = o['industry']
    named = named or o['name']
    occs = '、'.join('%s（%s）' % (occ[1], occ[0]) for occ, lv in o['apps'])
    kind = iss['kind']
    if kind == 'group':
        title = '关于同意%s申报社会培训评价组织的批复' % named
        body = [('pl', '%s：' % named),
                ('p', '你单位《关于申报社会培训评价组织的请示》收悉。经集团研究，批复如下：'),
                ('p', '一、同意你单位作为集团所属独立法人单位，按照沪人社职〔2024〕447号文件要求，申报%s等职业（工种）社会培训评价组织。' % occs),
                ('p', '二、你单位应严格落实职业技能等级认定质量管控要求，配齐专职人员和考评队伍，确保经费保障。'),
                ('p', '三、集团将对你单位评价工作履行上级主管部门监督职责。'),
                ('p', '特此批复。')]
        lh = (iss['name'], iss['docno'], '')
    else:
        if variant == 'opinion':
            title = '推荐意见'
        elif variant == 'book':
            title = '推 荐 书'
        else:
            title = '关于推荐%s\n申报社会培训评价组织的函' % named
        body = [('pl', '上海市人力资源和社会保障局%s：' % ('、上海市职业技能鉴定中心' if rng.random() < 0.5 else '')),
                ('p', '%s（统一社会信用代码：%s）%s。该单位%s。' % (
                    named, o['code'] if named == o['name'] else o.get('other_code', o['code']), iss['relation'], o['strength'])),
                ('p', '经研究，我%s同意推荐%s申报%s社会培训评价组织，并将按照职责做好行业指导和监督工作。' % (
                    iss['self'], named, occs)),
                ('p', '特此函告。' if variant != 'opinion' else '推荐单位意见：同意推荐。')]
        lh = (iss['name'], iss['docno'], iss.get('suffix', ''))
    b = [('lh',) + lh, ('title', title)] + body
    b.append(('sp', 4))
    b.append(('sign', [iss['name'], o['letter_date_cn']], iss['name'] if seal else None))
    b.append(('small', '（联系人：%s，联系电话：%s）' % (iss['contact'], iss['phone'])))
    return b


def district_letter_blocks(o, variant, rng, bureau=None, seal=True):
    bu = bureau or o['bureau']
    occs = '、'.join(occ[1] for occ, lv in o['apps'])
    if variant == 'opinion':
        title = '考核点推荐意见'
    elif variant == 'short':
        title = '推荐函'
    else:
        title = '关于推荐%s考核点的函' % o['name']
    b = [('lh', bu['name'], bu['docno'], ''), ('title', title),
         ('pl', '上海市职业技能鉴定中心：'),
         ('p', '%s（统一社会信用代码：%s）拟申报%s社会培训评价组织，其考核点位于%s，场地面积约%d平方米，设有理论机考室%d间、技能操作考场%d间，'
               '配备视频监控设备及身份核验设备。' % (o['name'], o['code'], occs, o['site_address'], o['area'], o['rooms'][0], o['rooms'][1])),
         ('p', '经我局%s实地查看，该考核点场地、设施设备符合职业技能等级认定考核要求，同意推荐。我局将按照属地管理原则，对该考核点开展的评价活动进行监督检查。' % bu.get('unit', '职业能力建设科')),
         ('p', '特此推荐。'),
         ('sp', 4),
         ('sign', [bu['name'], o['dletter_date']], bu['name'] if seal else None)]
    return b


# --------------------------------------------------------------------------- credit report
def credit_report_blocks(o, variant, rng, records=None):
    records = records or {}
    cats = ['行政处罚信息', '失信被执行人信息', '严重失信主体名单信息', '欠缴税款信息', '行政强制信息', '经营异常名录信息']
    qd = o['credit_date']
    if variant == 'center':
        b = [('title', '上海市公共信用信息服务中心\n专用信用报告'),
             ('pl', '报告编号：SH%s%s' % ('20250%d%02d' % (1, qd), o['rnd6'])),
             ('pl', '查询日期：2025年01月%02d日' % qd),
             ('pl', '报告用途：申报社会培训评价组织')]
    else:
        b = [('title', '公共信用信息报告（法人版）'),
             ('pr', '信用中国（上海）'),
             ('pl', '报告编号：XYZG-2025-01-%s' % o['rnd6']),
             ('pl', '生成时间：2025-01-%02d  %02d:%02d' % (qd, 9 + qd % 7, (qd * 7) % 60))]
    b.append(('h', '一、主体基本信息'))
    b.append(('table', [['主体名称', o['reg_name']], ['统一社会信用代码', o['code']],
                        ['法定代表人' if o['kind'] != 'branch' else '负责人', o['rep']],
                        ['登记机关', o['authority']], ['成立日期', o['founded']], ['住所', o['address']]], [1, 2.6], 'kv'))
    b.append(('h', '二、信用信息查询结果'))
    rows = [['信息类别', '查询结果', '数据来源']]
    srcs = ['本市各执法部门', '上海市高级人民法院', '国家公共信用信息中心', '国家税务总局上海市税务局', '本市各执法部门', '市场监管部门']
    for c, s in zip(cats, srcs):
        n = records.get(c)
        rows.append([c, ('查见 %d 条' % len(n)) if n else '未查见', s])
    b.append(('table', rows, [2, 1.4, 2.4]))
    for c in cats:
        if records.get(c):
            b.append(('h', '%s明细' % c))
            if c == '行政处罚信息':
                det = [['序号', '决定文书号', '违法事实', '处罚结果', '处罚机关', '决定日期']]
            else:
                det = [['序号', '案号', '失信情形', '执行标的（元）', '执行法院', '立案日期']]
            for i, r in enumerate(records[c], 1):
                det.append([str(i)] + r)
            b.append(('table', det, [0.5, 2, 2.4, 1.6, 1.6, 1.2]))
    b.append(('h', '三、说明'))
    b.append(('p', '1. 本报告信息来源于上海市公共信用信息服务平台归集的公共信用信息，查询结果截至报告生成时间。'))
    b.append(('p', '2. “未查见”表示在平台数据范围内未查询到该类信息。本报告仅供报告用途所列事项使用，有效期为自生成之日起30日。'))
    b.append(('sign', ['上海市公共信用信息服务中心', '2025年1月%d日' % qd], '上海市公共信用信息服务中心' if variant == 'center' else None,
              '信用报告专用章' if variant == 'center' else ''))
    return b


# --------------------------------------------------------------------------- audit report
def audit_blocks(o, year, variant, rng):
    firm = o['firm']
    nonprofit = o['kind'] in ('minfei', 'shetuan', 'shiye')
    yr = cn_year(year) if variant == 'cn' else str(year)
    ydate = ('%s年十二月三十一日' % cn_year(year)) if variant == 'cn' else '%d年12月31日' % year
    stm = '资产负债表、%s年度的业务活动表和现金流量表' % yr if nonprofit else '资产负债表，%s年度的利润表、现金流量表、所有者权益变动表' % yr
    addressee = '%s理事会：' % o['reg_name'] if nonprofit else '%s全体股东：' % o['reg_name']
    std = '《民间非营利组织会计制度》' if nonprofit else '企业会计准则'
    if o['kind'] == 'shiye':
        stm = '资产负债表、%s年度的收入费用表和净资产变动表' % yr
        addressee = '%s：' % o['reg_name']
        std = '《政府会计制度》'
    elif o['kind'] == 'branch':
        addressee = '%s：' % o['reg_name']
    rd = (year + 1, 3 + (o['seed'] + year) % 2, 5 + (o['seed'] * 3 + year) % 20)
    no = '%s〔%d〕第%04d号' % (firm['abbr'], year + 1, 100 + (o['seed'] * 37 + year) % 800)
    b = [('title', '审 计 报 告'), ('pr', no), ('pl', addressee),
         ('h', '一、审计意见'),
         ('p', '我们审计了%s（以下简称“贵%s”）财务报表，包括%s的%s以及相关财务报表附注。' % (
             o['reg_name'], '单位' if nonprofit else '公司', ydate, stm)),
         ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵%s%s的财务状况以及%s年度的%s和现金流量。' % (
             std, '单位' if nonprofit else '公司', ydate, yr, '业务活动成果' if nonprofit else '经营成果')),
         ('h', '二、形成审计意见的基础'),
         ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。'
               '按照中国注册会计师职业道德守则，我们独立于贵%s，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。' % ('单位' if nonprofit else '公司')),
         ('h', '三、管理层和治理层对财务报表的责任'),
         ('p', '管理层负责按照%s的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。' % std),
         ('h', '四、注册会计师对财务报表审计的责任'),
         ('p', '我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。'),
         ('sign', [firm['name'], '中国注册会计师：%s' % firm['cpa'][0], '中国注册会计师：%s' % firm['cpa'][1],
                   '中国·上海    ' + (cn_date(*rd) if variant == 'cn' else ar_date(*rd))], firm['name']),
         ('pb',),
         ('title', '资产负债表'),
         ('pl', '编制单位：%s            %s            单位：元' % (o['reg_name'], ydate))]
    base = o['scale'] * (1 + (year - 2020) * 0.11)
    r = random.Random(o['seed'] * 100 + year)
    cur = [round(base * f * r.uniform(0.9, 1.1), 2) for f in (0.42, 0.18, 0.25, 0.6, 0.2)]
    prev = [round(v * r.uniform(0.82, 0.97), 2) for v in cur]
    names = ['货币资金', '应收款项', '固定资产', '资产总计', '负债合计']
    rows = [['项目', '期末余额', '上年年末余额']] + [[n, '{:,.2f}'.format(a), '{:,.2f}'.format(p)] for n, a, p in zip(names, cur, prev)]
    rows.append(['净资产合计' if nonprofit else '所有者权益合计', '{:,.2f}'.format(cur[3] - cur[4]), '{:,.2f}'.format(prev[3] - prev[4])])
    b.append(('table', rows, [2, 1.5, 1.5]))
    b.append(('title', '业务活动表' if nonprofit else '利润表'))
    rows = [['项目', '本年金额', '上年金额'],
            ['收入合计' if nonprofit else '营业收入', '{:,.2f}'.format(base * 0.8), '{:,.2f}'.format(base * 0.72)],
            ['费用合计' if nonprofit else '营业成本', '{:,.2f}'.format(base * 0.66), '{:,.2f}'.format(base * 0.61)],
            ['净资产变动额' if nonprofit else '净利润', '{:,.2f}'.format(base * 0.09), '{:,.2f}'.format(base * 0.07)]]
    b.append(('table', rows, [2, 1.5, 1.5]))
    return b


# --------------------------------------------------------------------------- registration certificate
def cert_spec(o, copy_seal=True, auth_seal=True):
    k = o['kind']
    if k in ('company', 'branch'):
        f = [('名        称', o['reg_name']), ('类        型', o['type_label']),
             ('负  责  人' if k == 'branch' else '法定代表人', o['rep']),
             ('经营范围', o['scope'])]
        if k != 'branch':
            f.append(('注册资本', o['capital']))
        f += [('成立日期', o['founded']), ('营业期限', '%s 至 不约定期限' % o['founded']),
              ('营业场所' if k == 'branch' else '住        所', o['address'])]
        return dict(title='营 业 执 照', subtitle='（副        本）', code=o['code'], fields=f,
                    authority=o['authority'], date=o['cert_date'], auth_seal=auth_seal,
                    copy_seal=o['reg_name'] if copy_seal else None, landscape=True, seed=o['seed'],
                    footer='国家企业信用信息公示系统网址：http://www.gsxt.gov.cn        国家市场监督管理总局监制')
    if k == 'minfei':
        f = [('名        称', o['reg_name']), ('住        所', o['address']), ('法定代表人', o['rep']),
             ('业务范围', o['scope']), ('业务主管单位', o['supervisor']), ('开办资金', o['capital']),
             ('有  效  期', '%s 至 2028年06月30日' % o['founded'])]
        return dict(title='民办非企业单位登记证书', subtitle='（法人）', code=o['code'], fields=f,
                    authority=o['authority'], date=o['cert_date'], auth_seal=auth_seal,
                    copy_seal=o['reg_name'] if copy_seal else None, landscape=True, seed=o['seed'],
                    footer='中华人民共和国民政部监制')
    if k == 'shetuan':
        f = [('名        称', o['reg_name']), ('住        所', o['address']), ('法定代表人', o['rep']),
             ('业务范围', o['scope']), ('活动地域', '上海市'), ('注册资金', o['capital']),
             ('业务主管单位', o['supervisor']), ('有  效  期', '%s 至 2029年12月31日' % o['founded'])]
        return dict(title='社会团体法人登记证书', subtitle='', code=o['code'], fields=f,
                    authority=o['authority'], date=o['cert_date'], auth_seal=auth_seal,
                    copy_seal=o['reg_name'] if copy_seal else None, landscape=True, seed=o['seed'],
                    footer='中华人民共和国民政部监制')
    if k == 'shiye':
        f = [('名        称', o['reg_name']), ('宗旨和业务范围', o['scope']), ('住        所', o['address']),
             ('法定代表人', o['rep']), ('经费来源', '财政补助'), ('开办资金', o['capital']),
             ('举办单位', o['supervisor']), ('有  效  期', '自2023年05月10日至2028年05月10日')]
        return dict(title='事业单位法人证书', subtitle='', code=o['code'], fields=f,
                    authority=o['authority'], date=o['cert_date'], auth_seal=auth_seal,
                    copy_seal=o['reg_name'] if copy_seal else None, landscape=True, seed=o['seed'],
                    footer='国家事业单位登记管理局监制')
    raise ValueError(k)


# --------------------------------------------------------------------------- work plan, pledge, integrity
def workplan_blocks(o, rng):
    occs = '、'.join(occ[1] for occ, lv in o['apps'])
    b = [('title', '%s\n职业技能等级认定工作方案' % o['name']),
         ('h', '一、机构基本情况'),
         ('p', '%s成立于%s，注册地址为%s。%s' % (o['name'], o['founded'], o['address'], o['intro'])),
         ('h', '二、组织机构'),
         ('p', '本单位设立职业技能等级认定工作领导小组，由%s任组长，下设评价工作部（负责考务组织实施）、质量督导部（负责内部质量监督）和题库管理办公室（负责试题开发与保密管理）。'
               % o['rep']),
         ('h', '三、人员队伍'),
         ('p', '现有专职工作人员%d名，考评员%d名，内部质量督导员%d名，题库开发专家%d名，能够满足%s等职业（工种）评价工作需要。' % (
             o['staff'], o['assessors'], o['supervisors'], 6 + o['seed'] % 9, occs)),
         ('h', '四、场地设施'),
         ('p', '考核点位于%s，总面积%d平方米，设理论机考室%d间、技能操作考场%d间、候考室和档案室，全部考场配备视频监控并保存录像不少于一年。' % (
             o['site_address'], o['area'], o['rooms'][0], o['rooms'][1])),
         ('h', '五、质量管控措施'),
         ('p', '建立考务管理、考评人员管理、试卷保密、证书管理、档案管理等制度，实行考评人员回避和轮换制度，严格执行“考培分离”。对每次考核进行全程录像和内部督导，发现问题及时整改。'),
         ('h', '六、经费保障'),
         ('p', '本单位设立职业技能等级认定专项经费，年度预算不低于%d万元，专款专用，确保评价工作稳定运行。' % (20 + o['seed'] % 50))]
    return b


def pledge_blocks(o, seal=True):
    return [('title', '承 诺 书'),
            ('pl', '上海市人力资源和社会保障局：'),
            ('p', '我单位%s（统一社会信用代码：%s）自愿申报社会培训评价组织，现郑重承诺如下：' % (o['name'], o['code'])),
            ('p', '一、所提交的申报材料真实、有效、合法，不存在虚假、隐瞒情况；'),
            ('p', '二、严格遵守国家和本市职业技能等级认定的有关规定，坚持把社会效益放在首位，不以营利为最终目的；'),
            ('p', '三、严格执行考培分离，不以任何形式向考生作出“包过”等承诺，不违规收费；'),
            ('p', '四、自愿接受各级人力资源社会保障部门和行业主管部门的监督检查，如有违反，愿意承担相应责任。'),
            ('sp', 6),
            ('sign', ['承诺单位（盖章）：%s' % o['name'], '法定代表人（签字）：%s' % o['rep'], ar_date(2025, 1, o['form_day'])],
             o['name'] if seal else None)]


def integrity_blocks(o, seal=True):
    return [('title', '廉洁责任书'),
            ('pl', '甲方：上海市职业技能鉴定中心'),
            ('pl', '乙方：%s' % o['name']),
            ('p', '为加强职业技能等级认定工作中的廉政建设，规范评价行为，防止各种不正当行为发生，甲乙双方签订本责任书。'),
            ('p', '第一条  乙方不得以任何形式向甲方工作人员赠送礼金、有价证券、贵重物品，不得安排宴请、娱乐及旅游等活动。'),
            ('p', '第二条  乙方在评价活动中应坚持客观公正，不得弄虚作假、徇私舞弊，不得泄露试题及考生信息。'),
            ('p', '第三条  乙方发现甲方工作人员有违反廉洁规定行为的，应及时向有关部门反映。'),
            ('p', '第四条  本责任书自签订之日起生效，至备案有效期届满时终止。'),
            ('sp', 4),
            ('sign', ['乙方（盖章）：%s' % o['name'], '法定代表人或授权代表：%s' % o['rep'], ar_date(2025, 1, o['form_day'])],
             o['name'] if seal else None)]


# --------------------------------------------------------------------------- implementation plan / evaluation plan
TOPICS = {
    '政务服务办事员': ['一窗受理', '首问负责制', '一网通办', '政务服务“好差评”', '容缺受理', '办件登记与归档'],
    '调饮师': ['茶饮原料识别', '奶茶调制', '咖啡萃取', '水果饮品制作', '饮品出品规范', '食品安全卫生'],
    '食品安全管理师': ['食品安全风险排查', 'HACCP体系', '进货查验记录', '食品添加剂管理', '餐饮具消毒', '食品召回'],
    '网络与信息安全管理师（数据安全管理员）': ['数据分类分级', '数据脱敏', '访问控制策略', '数据备份与恢复', '安全审计日志', '个人信息保护'],
    '数字化解决方案设计师': ['需求调研', '业务流程建模', '数字化方案架构', '数据中台设计', '方案评估', '项目实施计划'],
    '数字孪生应用技术员': ['三维建模', '数据采集接入', '孪生体可视化', '场景仿真', '物联网设备联调', '模型轻量化'],
    '房地产策划师': ['市场调研', '项目定位', '产品策划', '营销推广策划', '投资测算', '客户分析'],
    '科技咨询师': ['技术评估', '科技项目申报', '知识产权分析', '技术转移', '可行性研究', '创新诊断'],
    '信用管理师': ['企业信用评估', '应收账款管理', '信用政策制定', '信用风险预警', '征信报告解读', '商账追收'],
    '计量员（热工计量员）': ['温度计检定', '压力表校准', '测量不确定度评定', '热电偶检定', '计量器具管理', '原始记录填写'],
    '色彩搭配师': ['色彩三要素', '色彩心理', '服饰色彩搭配', '空间色彩设计', '配色方案', '色卡使用'],
    '碳排放管理员': ['碳排放基础知识', '能源消耗统计', '排放因子', '碳排放数据记录', '温室气体种类', '节能措施'],
    '碳排放管理员（碳排放监测员）': ['连续监测系统', '采样与分析', '监测计划编制', '数据质量控制', '监测设备校准', '排放源识别'],
    '碳排放管理员（碳排放核算员）': ['核算边界确定', '排放因子选取', '活动水平数据', '化石燃料燃烧排放', '外购电力排放', '核算报告编制'],
    '碳排放管理员（碳排放咨询员）': ['碳达峰方案', '碳资产管理', '减排路径分析', '碳中和规划', '碳足迹评价', '绿色低碳咨询'],
    '建筑节能减排咨询师': ['建筑能耗诊断', '围护结构节能', '暖通空调节能', '绿色建筑评价', '可再生能源应用', '节能改造方案'],
    '保洁员': ['清洁工具使用', '地面清洁保养', '玻璃清洁', '卫生间清洁消毒', '清洁剂安全使用', '垃圾分类'],
    '生活垃圾清运工（生活垃圾收集工）': ['垃圾分类收集', '收集容器管理', '作业安全', '收运车辆配合', '湿垃圾破袋', '作业记录'],
    '盆景师': ['树种选择', '造型修剪', '蟠扎技法', '上盆换土', '养护管理', '盆景鉴赏'],
    '保健调理师（保健艾灸师）': ['艾灸器具', '常用穴位定位', '温和灸操作', '隔物灸', '艾灸禁忌', '施灸后护理'],
    '医疗护理员': ['生活照护', '协助进食', '体位转换', '清洁照护', '安全防护', '感染预防'],
    '营养师（公共营养师）': ['膳食调查', '营养评价', '食谱编制', '营养教育', '体格测量', '膳食指导'],
    '助听器验配师': ['纯音测听', '耳道检查', '助听器选配', '耳模制作', '效果评估', '售后调试'],
    '社群健康助理员': ['健康档案', '慢病随访', '健康宣教', '社区健康活动', '生命体征测量', '健康风险评估'],
    '化工总控工': ['工艺参数控制', 'DCS操作', '开停车操作', '异常工况处理', '安全联锁', '设备巡检'],
    '增材制造设备操作员': ['三维模型处理', '切片参数设置', '设备调试', '打印过程监控', '后处理', '设备维护'],
    '管工': ['管道识图', '管道切割', '螺纹连接', '焊接连接', '管道试压', '支吊架安装'],
    '轨道交通信号工（城市轨道交通信号工）': ['信号机维护', '转辙机检修', '轨道电路测试', 'ATC系统', '联锁试验', '故障处理'],
    '药物制剂': ['称量配料', '制粒', '压片', '包衣', '质量检查', 'GMP要求'],
}


def topics_for(name):
    if name in TOPICS:
        return TOPICS[name]
    if name.startswith('药物制剂工'):
        return TOPICS['药物制剂']
    if name.startswith('碳排放'):
        return TOPICS['碳排放管理员（碳排放核算员）']
    return ['职业道德', '基础知识', '安全操作', '工艺规程', '质量控制', '记录填写']


def eval_plan_rows(occ, levels):
    rows = [['等级', '理论知识考试', '技能操作考核', '综合评审', '合格标准']]
    for l in sorted(levels, reverse=True):
        rows.append([LV[l], '闭卷机考，90分钟，单选/多选/判断共%d题' % (100 if l >= 4 else 80),
                     '实际操作，%d分钟，%s' % (90 if l >= 4 else 120, '现场操作+作品' if l >= 3 else '方案编写+答辩'),
                     '—' if l >= 3 else '论文/技术总结答辩，30分钟', '各项成绩均达60分及以上'])
    return rows


def eval_paragraphs(occ, l):
    t = topics_for(occ[1])
    b = [('h', '（%s）%s评价方案' % (CN[6 - l] if l <= 5 else '', LV[l]))]
    b.append(('p', '1. 评价内容：依据%s国家职业标准%s要求，重点考核%s、%s和%s等能力。' % (occ[1], LV[l], t[0], t[2], t[4])))
    b.append(('p', '2. 评价方式：理论知识考试采用闭卷机考方式，考试时间90分钟；技能操作考核采用%s方式，考核时间%d分钟%s。' % (
        '现场实际操作' if l >= 3 else '实际操作与方案编写相结合', 90 if l >= 4 else 120, '；另进行综合评审' if l <= 2 else '')))
    b.append(('p', '3. 考评人员配比：理论知识考试每标准考场不少于2名监考人员；技能操作考核考评人员与考生配比为1:5，且每场不少于3名考评员。'))
    b.append(('p', '4. 合格标准：理论知识考试、技能操作考核%s均实行百分制，成绩皆达60分（含）以上者为合格。' % ('、综合评审' if l <= 2 else '')))
    return b


def impl_blocks(o, occ, levels, style, include_eval=True):
    t = topics_for(occ[1])
    b = [('title', '%s\n%s职业技能等级认定项目实施方案' % (o['name'], occ[1])),
         ('h', '一、职业概况'),
         ('p', '职业编码：%s；职业（工种）名称：%s；本次申报等级：%s。' % (occ[0], occ[1], '、'.join(LV[l] for l in sorted(levels, reverse=True)))),
         ('h', '二、评价对象与申报条件'),
         ('p', '面向从事或准备从事%s工作的人员，申报条件按照国家职业标准执行，由本单位对报名材料进行审核并公示。' % occ[1]),
         ('h', '三、考核组织'),
         ('p', '考核在%s考核点实施，理论考试使用机考系统随机组卷，技能操作考核重点覆盖%s、%s、%s等内容。' % (o['site_district'], t[1], t[3], t[5]))]
    if include_eval:
        b.append(('h', '四、各等级评价方案'))
        if style == 'table':
            b.append(('table', eval_plan_rows(occ, levels), [0.7, 2, 2, 1.6, 1.4]))
        else:
            for l in sorted(levels, reverse=True):
                b += eval_paragraphs(occ, l)
    b += [('h', '五、质量督导与成绩管理'),
          ('p', '每次考核派驻内部质量督导员，考核结束后5个工作日内完成阅卷与成绩复核，成绩经公示无异议后上报并颁发职业技能等级证书。')]
    return b


def eval_blocks(o, occ, l):
    return [('title', '%s\n%s（%s）评价方案' % (o['name'], occ[1], LV[l]))] + eval_paragraphs(occ, l)[1:]


# --------------------------------------------------------------------------- sample papers
SET_TITLES = {
    'yt': ('样题一', '样题二'), 'ytp': ('样题（一）', '样题（二）'), 'ab': ('样卷（A卷）', '样卷（B卷）'),
    'mn': ('模拟试卷1', '模拟试卷2'), 'tao': ('第一套', '第二套'), 'ABjuan': ('A卷', 'B卷'),
}


def sample_blocks(o, occ, l, k, style, rng, lvstyle='new'):
    t = topics_for(occ[1])
    r = random.Random(o['seed'] * 1000 + l * 10 + k + _h(occ[1]) % 97)
    tt = SET_TITLES[style][k]
    lvname = LV[l] if lvstyle == 'new' else LVBOTH[l]
    title = '%s（%s）\n理论知识%s' % (occ[1], lvname, tt)
    if style == 'tao':
        title = '%s %s\n理论知识试卷（%s）' % (occ[1], lvname, tt)
    b = [('title', title),
         ('small', '%s 职业技能等级认定 · 考试时间：90分钟 · 满分100分' % o['name']),
         ('h', '一、单项选择题（每题2分）')]
    tp = t[:]
    r.shuffle(tp)
    for i, topic in enumerate(tp[:4], 1):
        opts = ['严格按照操作规程执行', '凭个人经验灵活处理', '先完成任务再补记录', '交由他人代为处理']
        r.shuffle(opts)
        b.append(('pl', '%d. 在%s工作中，下列做法正确的是（    ）。\nA. %s   B. %s   C. %s   D. %s' % (i, topic, *opts)))
    b.append(('h', '二、判断题（每题1分）'))
    for i, topic in enumerate(tp[4:6] + tp[:1], 5):
        b.append(('pl', '%d. %s应当建立完整的记录，并定期检查。（    ）' % (i, topic)))
    b.append(('h', '三、技能操作考核试题（%s）' % ('B 卷' if k else 'A 卷')))
    task = tp[r.randrange(len(tp))]
    b.append(('pl', '试题%d：%s实务操作（考核时间%d分钟，配分%d分）' % (1, task, 30 + 10 * (5 - l), 40)))
    b.append(('p', '操作要求：根据给定情境，独立完成%s相关工作任务，填写操作记录单，并对结果进行说明。评分要点：操作规范性（40%%）、结果准确性（40%%）、安全文明（20%%）。' % task))
    b.append(('small', '参考答案及评分标准另附。'))
    return b


# --------------------------------------------------------------------------- extras
def toc_blocks(o, items):
    b = [('title', '%s\n申报材料目录' % o['name'])]
    rows = [['序号', '材料名称', '页码']]
    p = 1
    for i, it in enumerate(items, 1):
        rows.append([str(i), it, str(p)])
        p += 1 + (i * 7) % 4
    b.append(('table', rows, [0.6, 4, 0.8]))
    return b


def teacher_list_blocks(o, rng):
    r = random.Random(o['seed'] + 5)
    sn = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
    gn = ['建国', '丽华', '海峰', '晓燕', '志强', '静', '伟', '敏', '俊杰', '红梅', '磊', '婷婷', '永明', '佳怡']
    rows = [['序号', '姓名', '职称/等级', '从事年限', '拟承担工作']]
    for i in range(1, 9):
        rows.append([str(i), r.choice(sn) + r.choice(gn), r.choice(['高级工程师', '一级/高级技师', '二级/技师', '讲师', '高级讲师']),
                     str(r.randint(5, 25)), r.choice(['考评员', '督导员', '题库开发', '考务管理'])])
    return [('title', '%s\n考评人员及专家队伍名单' % o['name']), ('table', rows, [0.6, 1.2, 1.8, 1, 1.6])]
