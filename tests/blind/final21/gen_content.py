# -*- coding: utf-8 -*-
"""Document content for the final21 corpus: each function returns doc-model blocks."""
import random, zlib
from gen_lib import CN, OLD, cn_year, cn_date, level_range

DIST_SHORT = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨',
              '闵行区': '闵', '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松', '青浦区': '青',
              '奉贤区': '奉', '崇明区': '崇'}


def occ_split(name):
    if '（' in name:
        a, b = name.split('（', 1)
        return a, b.rstrip('）')
    return name, ''


def all_levels(p):
    return [(a, l) for a in p['apps'] for l in a['levels']]


def form_name(p):
    return p.get('form_name', p['org']['name'])


# ============================================================ application form
def application_form(p, v):
    o = p['org']
    name = form_name(p)
    rng = random.Random(p['seed'] * 7 + 1)
    date = p['date']
    base = [('机构名称', name), ('统一社会信用代码', o['code']), ('单位性质', o['nature']), ('法定代表人', o['rep']),
            ('注册地址', o['addr']), ('考核点地址', p['site']), ('联系人', p['contact']), ('联系电话', p['phone'])]
    if v == 0:  # ticked boxes table
        rows = [['序号', '职业编码', '职业（工种）名称', '五级', '四级', '三级', '二级', '一级']]
        for i, a in enumerate(p['apps'], 1):
            rows.append([str(i), a['code'], a['name']] + ['☑' if l in a['levels'] else '□' for l in (5, 4, 3, 2, 1)])
        return [('title', '社会培训评价组织征集遴选申请表'), ('right', '填表日期：%d年%d月%d日' % date),
                ('kv', base), ('sub', '一、申报职业（工种）及等级（在对应等级下打☑）'),
                ('table', rows, {'widths': [12, 24, 60, 14, 14, 14, 14, 14]}),
                ('sub', '二、机构基本情况'), ('p', p['intro']),
                ('sub', '三、申报单位意见'), ('p', '本单位自愿申报社会培训评价组织，对所填报内容的真实性负责。'),
                ('sign', ['%s（盖章）' % name, '%d年%d月%d日' % date], name)]
    if v == 1:  # web-system print, field:value with ranges
        blocks = [('title', '新增备案机构申报信息表'),
                  ('small', '打印时间：%d-%02d-%02d %02d:%02d:%02d    业务流水号：ZZJB%d%02d%02d%06d' % (date + (rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59)) + date + (rng.randint(0, 999999),))),
                  ('sub', '申报单位信息'), ('kv', base[:6] + [('经办人', p['contact']), ('经办人手机', p['phone'])]),
                  ('sub', '申报评价项目')]
        rows = [['职业编码', '职业名称', '工种', '申报等级', '备注']]
        for a in p['apps']:
            o1, o2 = occ_split(a['name'])
            rows.append([a['code'], o1, o2 or '—', level_range(a['levels'], sep='至'), '新申报'])
        blocks.append(('table', rows, {'widths': [26, 40, 40, 36, 22]}))
        blocks += [('p', '申报单位承诺：以上信息真实有效，如有虚假，愿承担相应责任。'),
                   ('right', '申报单位：%s' % name), ('right', '提交日期：%d年%d月%d日' % date)]
        return blocks
    if v == 2:  # names 初级工/中级工 in one cell + remarks column
        rows = [['职业（工种）', '编码', '申报等级', '备注']]
        for a in p['apps']:
            rows.append([a['name'], a['code'], '、'.join(OLD[l] for l in sorted(a['levels'], reverse=True)),
                         '考核点：%s' % p['site_short']])
        return [('title', '社会培训评价组织征集遴选\n申 请 表'), ('pl', '申报单位（盖章）：%s' % name),
                ('kv', [('单位全称', name), ('统一社会信用代码', o['code']), ('单位类型', o['nature']),
                        ('通讯地址', o['addr']), ('法定代表人', o['rep']), ('专职工作人员', '%d人' % p['staff']),
                        ('联系人及电话', '%s  %s' % (p['contact'], p['phone']))]),
                ('sub', '申报评价职业（工种）'), ('table', rows, {'widths': [62, 26, 46, 36]}),
                ('sub', '单位简介'), ('p', p['intro']),
                ('sign', ['法定代表人（签字）：%s' % o['rep'], '%s' % name, cn_date(*date)], name)]
    if v == 3:  # occupation table on page 2, separate 工种 column, ■/□
        rows = [['序号', '职业编码', '职业', '工种', '等级（■为申报）', '考核点所在区']]
        for i, a in enumerate(p['apps'], 1):
            o1, o2 = occ_split(a['name'])
            lv = ' '.join(('■' if l in a['levels'] else '□') + CN[l] for l in (5, 4, 3, 2, 1))
            rows.append([str(i), a['code'], o1, o2 or '/', lv, p['dl_dist']])
        return [('title', '社会培训评价组织征集遴选申请表'),
                ('sub', '第一部分  申报单位基本信息'), ('kv', base + [('成立时间', o['founded']), ('从业人员', '%d人' % p['staff'])]),
                ('sub', '第二部分  评价工作基础'), ('p', p['intro']),
                ('p', '本单位设有职业技能等级认定工作部，配备专职工作人员%d名，考评员%d名，督导员%d名。' % (p['staff'], p['staff'] * 3, 3)),
                ('br',),
                ('sub', '第三部分  申报职业（工种）及等级'), ('table', rows, {'widths': [10, 22, 34, 38, 50, 18], 'fs': 8.5}),
                ('sub', '第四部分  申报单位意见'), ('p', '经研究，同意申报上述职业（工种）社会培训评价组织。'),
                ('sign', ['单位（盖章）', '%d年%d月%d日' % date], name)]
    if v == 4:  # √ marks columns with old names, wrapped cells
        rows = [['职业编码', '职业（工种）', '初级工(五级)', '中级工(四级)', '高级工(三级)', '技师(二级)', '高级技师(一级)']]
        for a in p['apps']:
            rows.append([a['code'], a['name']] + ['√' if l in a['levels'] else '' for l in (5, 4, 3, 2, 1)])
        return [('title', '上海市社会培训评价组织征集遴选申请表'),
                ('table', [['单位名称', name, '信用代码', o['code']], ['单位地址', o['addr'], '邮编', p['zip']],
                           ['法定代表人', o['rep'], '联系人', p['contact']], ['单位性质', o['nature'], '联系电话', p['phone']]],
                 {'widths': [26, 70, 24, 50], 'head': 0}),
                ('pl', '申报职业（工种）及等级（请在申报等级栏内打“√”）：'),
                ('table', rows, {'widths': [22, 52, 19, 19, 19, 19, 20], 'fs': 8.5}),
                ('pl', '评价工作基础（场地、设备、人员）：'), ('box', [p['intro'], '考核点地址：%s' % p['site']]),
                ('sign', ['申报单位（公章）', cn_date(*date)], name)]
    raise ValueError(v)


# ============================================================ recommendation letters
def industry_letter(p, v, seal=True):
    iss = p['ind']
    target = p.get('ind_target', p['org']['name'])
    occs = '、'.join('%s（%s）' % (a['name'], level_range(a['levels'])) for a in p['apps'])
    d = p['ind_date']
    no = iss.get('no')
    sealtxt = iss['name'] if seal else None
    if v == 0:
        b = [('lh', iss['name']), ('no', no), ('title', '关于推荐%s\n申报社会培训评价组织的函' % target),
             ('pl', '上海市人力资源和社会保障局：'),
             ('p', '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经研究，我%s同意推荐%s申报%s社会培训评价组织。' % (iss['self'], target, occs)),
             ('p', '该单位长期从事本行业人才培养工作，内部管理规范，具备开展职业技能等级认定的场地设施和专业队伍，近年来未发现违法违规行为。'),
             ('p', '特此函告。'), ('sign', [iss['name'], cn_date(*d)], sealtxt)]
    elif v == 1:
        b = [('lh', iss['name'] + '文件'), ('no', no), ('title', '推荐意见'),
             ('pl', '上海市职业技能鉴定中心：'),
             ('p', '%s系我%s行业内单位，主要从事%s。经审核，该单位在%s等职业领域拥有较为丰富的培训评价资源，社会信誉良好。' % (target, iss['self'], p['business'], p['apps'][0]['name'])),
             ('p', '现同意推荐该单位申报%s的社会培训评价组织，请予以支持。' % occs),
             ('sign', [iss['name'], '%d年%d月%d日' % d], sealtxt)]
    elif v == 2:
        b = [('lh', iss['name']), ('title', '推  荐  书'), ('no', no),
             ('table', [['被推荐单位', target], ['统一社会信用代码', p['org']['code'] if target == p['org']['name'] else p.get('ind_target_code', '')],
                        ['推荐职业（工种）及等级', occs], ['推荐理由', '该单位%s，师资力量较强，评价场地与设备满足要求，行业认可度较高。' % p['business']]],
              {'widths': [45, 121], 'head': 0}),
             ('p', '我单位作为该单位的%s，同意推荐其参加本次社会培训评价组织征集遴选。' % iss.get('role', '行业主管部门')),
             ('sign', ['推荐单位：%s' % iss['name'], cn_date(*d)], sealtxt)]
    elif v == 3:  # parent group 批复
        b = [('lh', iss['name']), ('no', no), ('title', '关于同意%s申报\n社会培训评价组织的批复' % target),
             ('pl', '%s：' % target),
             ('p', '你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，同意你公司按照沪人社职〔2024〕447号文件要求，申报%s社会培训评价组织。' % occs),
             ('p', '请你公司严格按照职业技能等级认定相关规定开展工作，规范评价行为，确保评价质量。集团将作为上级主管部门履行监督管理职责。'),
             ('p', '此复。'), ('sign', [iss['name'], '%d年%d月%d日' % d], sealtxt)]
    return b


def district_letter(p, v, seal=True):
    dl = p['dl']
    target = p['org']['name']
    d = p['dl_date']
    occs = '、'.join(a['name'] for a in p['apps'])
    sealtxt = dl['name'] if seal else None
    if v == 0:
        return [('lh', dl['name']), ('no', dl['no']), ('title', '关于推荐%s作为社会培训评价组织考核点的函' % target),
                ('pl', '市人力资源社会保障局：'),
                ('p', '%s拟申报%s社会培训评价组织，其考核点位于%s。经我局实地查看，该考核点场地面积、设施设备、视频监控等条件符合职业技能等级认定考核要求。' % (target, occs, p['site'])),
                ('p', '现予推荐。'), ('sign', [dl['name'], cn_date(*d)], sealtxt)]
    if v == 1:
        return [('lh', dl['name']), ('title', '推荐函'), ('no', dl['no']),
                ('pl', '上海市职业技能鉴定中心：'),
                ('p', '兹有%s（统一社会信用代码：%s）申报社会培训评价组织，考核点设在%s。' % (target, p['org']['code'], p['site'])),
                ('p', '我局已对该考核点进行了现场核查，考场%d间，实操工位%d个，配备视频监控并可实时回传，满足%s等职业（工种）考核需要，同意推荐。' % (p['rooms'], p['rooms'] * 12, occs)),
                ('sign', [dl['name'], '%d年%d月%d日' % d], sealtxt)]
    if v == 2:
        return [('lh', dl['name']), ('no', dl['no']),
                ('title', '关于%s考核点的\n推荐意见' % target),
                ('p', '根据沪人社职〔2024〕447号文件精神，%s向我局提出考核点推荐申请。经审核，该单位考核点（%s）位于本区，管理制度健全，具备开展%s职业技能等级认定的条件。' % (target, p['site'], occs)),
                ('p', '我局同意推荐，并将按照属地管理原则对考核点开展日常监督。'),
                ('sign', ['（盖章）', cn_date(*d)], sealtxt)]
    raise ValueError(v)


# ============================================================ credit report
RECORD_TYPES = ['行政处罚', '失信被执行人', '严重失信主体名单', '经营异常名录', '欠缴社会保险费', '拖欠农民工工资']


def credit_report(p, v):
    o = p['org']
    name = p.get('credit_name', o['name'])
    rng = random.Random(p['seed'] * 11 + 3)
    d = p['credit_date']
    recs = p.get('records', {})
    rno = '%s%d%02d%02d%06d' % ('XYSH' if v != 1 else 'SHGX', d[0], d[1], d[2], rng.randint(0, 999999))
    rows = [['序号', '信息类别', '查询结果']]
    for i, t in enumerate(RECORD_TYPES, 1):
        n = recs.get(t, 0)
        rows.append([str(i), t, ('查见 %d 条' % n) if n else '未查见'])
    detail = []
    for t, n in recs.items():
        for k in range(n):
            if t == '行政处罚':
                detail.append([t, '沪市监%s处〔2024〕%d号' % (p['district'][:1], rng.randint(1000, 9999)), '未按规定公示年度报告信息，罚款人民币%d元' % rng.choice([5000, 10000, 20000]), '2024-%02d-%02d' % (rng.randint(2, 11), rng.randint(1, 28)), '上海市%s市场监督管理局' % p['district']])
            else:
                detail.append([t, '(2024)沪%02d执%d号' % (rng.randint(1, 20), rng.randint(1000, 9999)), '未履行生效法律文书确定的给付义务，执行标的%d元' % rng.randint(50000, 900000), '2024-%02d-%02d' % (rng.randint(2, 11), rng.randint(1, 28)), '上海市%s人民法院' % p['district']])
    if v == 0:  # 信用中国（上海）multi-page, table on last page
        b = [('title', '信用中国（上海）\n公共信用信息报告（法人版）'),
             ('kv', [('报告编号', rno), ('查询对象', name), ('统一社会信用代码', o['code']), ('查询日期', '%d年%02d月%02d日' % d), ('报告用途', '社会培训评价组织申报')]),
             ('sub', '报告说明'),
             ('p', '一、本报告由上海市公共信用信息服务平台依据查询对象统一社会信用代码生成，信息来源于本市各行政机关、司法机关及公共事业单位归集的公共信用信息。'),
             ('p', '二、本报告仅反映截至查询日期平台归集的信息，报告内容不构成对查询对象的信用评价。'),
             ('p', '三、如对报告内容有异议，可通过“信用中国（上海）”网站提出异议申请。'),
             ('br',), ('sub', '第一部分  登记信息'),
             ('kv', [('名称', name), ('统一社会信用代码', o['code']), ('法定代表人', o['rep']), ('成立日期', o['founded']), ('住所', o['addr']), ('登记机关', o['regauth'])]),
             ('sub', '第二部分  资质及荣誉信息'), ('p', '平台归集到该主体资质、荣誉信息%d条，详见附表（略）。' % rng.randint(1, 6)),
             ('br',), ('sub', '第三部分  不良信息查询结果'), ('table', rows, {'widths': [16, 90, 60]})]
        if detail:
            b += [('sub', '不良信息明细'), ('table', [['类别', '文书号', '内容', '决定日期', '实施机关']] + detail, {'widths': [22, 34, 56, 22, 32], 'fs': 8})]
        b += [('small', '（报告结束）  上海市公共信用信息服务中心')]
        return b
    if v == 1:
        b = [('title', '专用信用报告'), ('right', '报告编号：%s' % rno),
             ('p', '上海市公共信用信息服务中心根据申请，对%s（统一社会信用代码%s）在上海市公共信用信息服务平台中的信息进行了查询，查询截止日期为%d年%d月%d日。查询结果如下：' % (name, o['code'], d[0], d[1], d[2])),
             ('table', [['信息类别', '查询结果', '备注']] + [[r[1], r[2], ''] for r in rows[1:]], {'widths': [70, 50, 46]})]
        if detail:
            b += [('sub', '附：查见信息明细'), ('table', [['类别', '文书号', '内容', '日期', '机关']] + detail, {'widths': [22, 34, 56, 22, 32], 'fs': 8})]
        b += [('sign', ['上海市公共信用信息服务中心', '%d年%d月%d日' % d], '上海市公共信用信息服务中心')]
        return b
    if v == 2:
        summ = '；'.join('%s%s' % (r[1], r[2]) for r in rows[1:])
        b = [('title', '法人公共信用信息查询报告'),
             ('pl', '查询主体：%s' % name), ('pl', '统一社会信用代码：%s' % o['code']),
             ('pl', '查询时间：%d-%02d-%02d' % d), ('pl', '报告编号：%s' % rno),
             ('sub', '一、基本信息'), ('p', '该主体登记状态为存续（在营、开业、在册），登记机关为%s。' % o['regauth']),
             ('sub', '二、查询结果汇总'), ('p', summ + '。'),
             ('table', rows, {'widths': [16, 90, 60]})]
        if detail:
            b += [('table', [['类别', '文书号', '内容', '日期', '机关']] + detail, {'widths': [22, 34, 56, 22, 32], 'fs': 8})]
        b += [('small', '数据来源：上海市公共信用信息服务平台  本报告查询结果仅供参考')]
        return b
    raise ValueError(v)


# ============================================================ audit report
FIRMS = [('上海申诚会计师事务所（特殊普通合伙）', '沪申会审字'), ('上海恒正联合会计师事务所有限公司', '恒正审字'),
         ('上海明德信会计师事务所（普通合伙）', '明德审'), ('上海浦信会计师事务所有限公司', '浦信会审字')]


def audit_report(p, year, v):
    o = p['org']
    rng = random.Random(p['seed'] * 13 + year)
    firm, pre = FIRMS[(p['seed'] + v) % len(FIRMS)]
    nonprofit = o['kind'] in ('minfei', 'shetuan')
    stmt = '资产负债表、业务活动表和现金流量表' if nonprofit else '资产负债表、利润表、现金流量表、所有者权益变动表'
    who = '理事会' if nonprofit else '全体股东'
    no = '%s（%d）第%04d号' % (pre, year + 1, rng.randint(100, 2999)) if v != 1 else '%s〔%d〕%d号' % (pre, year + 1, rng.randint(100, 999))
    ydisp = cn_year(year) if v == 2 else str(year)
    A = rng.randint(300, 9000) * 1000 + rng.randint(0, 999)
    prev = int(A * rng.uniform(0.8, 1.1))
    cpa = ['中国注册会计师：%s' % rng.choice(['王立群', '陈晓燕', '周海涛', '徐敏', '顾文杰', '沈佳琪']),
           '中国注册会计师：%s' % rng.choice(['李卫东', '张蕾', '吴宏', '朱丽华', '钱程'])]
    sdate = (year + 1, rng.randint(3, 4), rng.randint(1, 28))
    bs = [['项目', '%d年12月31日' % year, '%d年12月31日' % (year - 1)],
          ['货币资金', '{:,}'.format(A // 3), '{:,}'.format(prev // 3)],
          ['应收账款' if not nonprofit else '应收款项', '{:,}'.format(A // 5), '{:,}'.format(prev // 6)],
          ['固定资产', '{:,}'.format(A // 4), '{:,}'.format(prev // 4)],
          ['资产总计', '{:,}'.format(A), '{:,}'.format(prev)],
          ['负债合计', '{:,}'.format(A // 3), '{:,}'.format(prev // 3)],
          ['净资产合计' if nonprofit else '所有者权益合计', '{:,}'.format(A - A // 3), '{:,}'.format(prev - prev // 3)]]
    if v == 3:  # year only in the title and in the balance sheet date
        op = [('p', '我们审计了%s（以下简称贵单位）财务报表，包括资产负债表、%s以及相关财务报表附注。' % (o['name'], '业务活动表、现金流量表' if nonprofit else '利润表、现金流量表、所有者权益变动表')),
              ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。' % ('《民间非营利组织会计制度》' if nonprofit else '企业会计准则'))]
        title = '%s\n%d年度审计报告' % (o['name'], year)
    else:
        op = [('p', '我们审计了%s（以下简称%s）财务报表，包括%s年12月31日的资产负债表，%s年度的%s以及相关财务报表附注。' % (o['name'], '贵单位' if nonprofit else '贵公司', ydisp, ydisp, stmt.split('、', 1)[1])),
              ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了%s%s年12月31日的财务状况以及%s年度的%s和现金流量。' % ('《民间非营利组织会计制度》' if nonprofit else '企业会计准则', '贵单位' if nonprofit else '贵公司', ydisp, ydisp, '业务活动成果' if nonprofit else '经营成果'))]
        title = '审 计 报 告'
    b = [('title', title), ('no', no), ('pl', '%s%s：' % (o['name'], who)), ('sub', '一、审计意见')] + op + [
        ('sub', '二、形成审计意见的基础'),
        ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于%s，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。' % ('贵单位' if nonprofit else '贵公司')),
        ('sub', '三、管理层和治理层对财务报表的责任'),
        ('p', '管理层负责按照适用的财务报告编制基础的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
        ('sign', [firm, cpa[0], cpa[1], '中国·上海', '%d年%d月%d日' % sdate if v != 2 else cn_date(*sdate)], firm),
        ('br',), ('title', '资产负债表'), ('pl', '编制单位：%s    单位：元' % o['name']), ('table', bs, {'widths': [70, 48, 48]})]
    if nonprofit:
        b += [('title', '业务活动表'), ('table', [['项目', '本年数', '上年数'], ['捐赠收入', '{:,}'.format(A // 20), '{:,}'.format(prev // 22)],
                                                  ['提供服务收入', '{:,}'.format(A // 2), '{:,}'.format(prev // 2)], ['业务活动成本', '{:,}'.format(A // 3), '{:,}'.format(prev // 3)],
                                                  ['净资产变动额', '{:,}'.format(A // 15), '{:,}'.format(prev // 16)]], {'widths': [70, 48, 48]})]
    else:
        b += [('title', '利润表'), ('table', [['项目', '本期金额', '上期金额'], ['营业收入', '{:,}'.format(A // 2), '{:,}'.format(prev // 2)],
                                               ['营业成本', '{:,}'.format(A // 3), '{:,}'.format(prev // 3)], ['利润总额', '{:,}'.format(A // 14), '{:,}'.format(prev // 15)],
                                               ['净利润', '{:,}'.format(A // 17), '{:,}'.format(prev // 18)]], {'widths': [70, 48, 48]})]
    return b


# ============================================================ work plan / pledge / integrity
def work_plan(p, v):
    o = p['org']
    occs = '、'.join(a['name'] for a in p['apps'])
    head = ['职业技能等级认定工作方案', '%s职业技能等级认定工作方案' % o['name'], '%s\n开展职业技能等级认定工作方案' % o['name']][v % 3]
    b = [('title', head)]
    if v % 3 == 0:
        b += [('pl', '编制单位：%s' % o['name'])]
    secs = [('一、指导思想', '以习近平新时代中国特色社会主义思想为指导，贯彻落实技能人才评价制度改革要求，坚持把社会效益放在首位，规范开展%s等职业（工种）职业技能等级认定工作。' % occs),
            ('二、组织机构', '成立职业技能等级认定工作领导小组，由%s任组长；下设认定工作办公室、质量督导组和考务组，配备专职工作人员%d名。' % (o['rep'], p['staff'])),
            ('三、场地设施', '考核点位于%s，设理论考场%d间、实操考场%d间，全部安装视频监控设备，监控录像保存不少于两年。' % (p['site'], p['rooms'], max(1, p['rooms'] - 1))),
            ('四、工作流程', '报名受理、资格审核、考务安排、理论知识考试、操作技能考核、综合评审、成绩复核、结果公示、证书发放及档案管理。'),
            ('五、质量管控', '建立考评人员回避制度和内部质量督导制度，实行考务全过程记录，接受市、区人社部门及行业主管部门监督检查。'),
            ('六、经费保障', '认定工作经费由本单位统一列支，专款专用，确保工作稳定开展。')]
    if v % 3 == 1:
        b += [('table', [['项目', '内容']] + [[a, c] for a, c in secs], {'widths': [36, 130]})]
    else:
        for a, c in secs:
            b += [('sub', a), ('p', c)]
    b += [('right', o['name']), ('right', '%d年%d月' % p['date'][:2])]
    return b


def pledge(p, v, seal=True):
    o = p['org']
    d = p['date']
    items = ['严格遵守国家和本市职业技能等级认定相关法律法规和政策规定；',
             '所提交的全部申报材料真实、有效、合法，如有虚假，自愿承担相应责任；',
             '坚持公平公正，不以营利为最终目的，不乱收费、不降低标准、不弄虚作假；',
             '自愿接受各级人力资源社会保障部门和行业主管部门的监督检查；',
             '发生违纪违规行为的，自愿接受处理，并承担相应法律责任。']
    if v % 3 == 0:
        b = [('title', '承 诺 书'), ('pl', '上海市人力资源和社会保障局：'),
             ('p', '我单位%s自愿申报社会培训评价组织，现郑重承诺：' % o['name'])] + [('p', '%d．%s' % (i, t)) for i, t in enumerate(items, 1)]
        b += [('sign', ['承诺单位（盖章）：%s' % o['name'], '法定代表人（签字）：%s' % o['rep'], cn_date(*d)], o['name'] if seal else None)]
    elif v % 3 == 1:
        b = [('title', '社会培训评价组织申报诚信承诺书'),
             ('p', '本单位郑重承诺：' + ''.join(items).replace('；', '；') + '特此承诺。'),
             ('pl', '承诺单位：%s' % o['name']), ('pl', '统一社会信用代码：%s' % o['code']),
             ('sign', ['法定代表人：%s' % o['rep'], '%d年%d月%d日' % d], o['name'] if seal else None)]
    else:
        b = [('title', '职业技能等级认定工作承诺书'),
             ('table', [['序号', '承诺事项']] + [[str(i), t.rstrip('；')] for i, t in enumerate(items, 1)], {'widths': [16, 150]}),
             ('p', '以上承诺如有违反，%s愿承担一切后果。' % o['name']),
             ('sign', ['%s' % o['name'], '%d年%d月%d日' % d], o['name'] if seal else None)]
    return b


def integrity(p, v, seal=True):
    o = p['org']
    d = p['date']
    if v % 3 == 0:
        b = [('title', '廉洁责任书'),
             ('p', '为加强职业技能等级认定工作党风廉政建设，规范评价行为，%s（以下简称乙方）向上海市职业技能鉴定中心（以下简称甲方）作出如下廉洁承诺：' % o['name']),
             ('p', '一、乙方不得以任何形式向甲方工作人员赠送礼金、有价证券、贵重物品，不得安排宴请、娱乐等活动。'),
             ('p', '二、乙方在评价工作中不得弄虚作假、违规发证，不得向考生收取规定以外的费用。'),
             ('p', '三、乙方发现甲方工作人员有违反廉洁规定行为的，应及时向有关部门反映。'),
             ('p', '四、本责任书自签订之日起生效，至备案有效期届满时止。'),
             ('sign', ['乙方（盖章）：%s' % o['name'], '负责人：%s' % o['rep'], cn_date(*d)], o['name'] if seal else None)]
    elif v % 3 == 1:
        b = [('title', '职业技能等级认定\n廉洁自律承诺（责任书）'),
             ('pl', '责任单位：%s' % o['name']),
             ('box', ['1．不向任何单位和个人输送不正当利益；', '2．考评人员、督导人员实行回避制度；', '3．严禁利用认定工作谋取私利；',
                      '4．主动接受纪检监察部门和社会监督；', '5．违反上述规定的，自愿承担相应责任。']),
             ('sign', ['%s' % o['name'], '%d年%d月%d日' % d], o['name'] if seal else None)]
    else:
        b = [('title', '廉 洁 责 任 书'),
             ('p', '%s郑重承诺，在社会培训评价组织申报及职业技能等级认定工作中遵守廉洁纪律：坚决杜绝“吃拿卡要”，不搞利益输送，不参与任何形式的证书买卖；建立内部廉洁风险防控机制，对考务、阅卷、成绩录入等环节实施全过程监督。' % o['name']),
             ('sign', ['单位负责人签字：%s' % o['rep'], '单位盖章', '%d年%d月%d日' % d], o['name'] if seal else None)]
    return b


# ============================================================ implementation / evaluation plans
def eval_section(p, a, l, v):
    occ = a['name']
    th = {5: 60, 4: 60, 3: 50, 2: 40, 1: 30}[l]
    if v == 0:
        return [('sub', '%s%s（%s）评价方案' % (occ, CN[l], OLD[l])),
                ('p', '评价方式：理论知识考试采用闭卷机考，考试时间90分钟；操作技能考核采用现场实际操作方式，考核时间%d分钟%s。' % (90 + (5 - l) * 30, '；另需进行综合评审' if l <= 2 else '')),
                ('p', '评价内容：依据%s国家职业标准（%s）要求，理论知识权重%d%%，操作技能权重%d%%。成绩均达60分及以上者为合格。' % (occ.split('（')[0], CN[l], th, 100 - th)),
                ('p', '考评人员配比：理论考试每标准考场配备监考人员2名；技能考核考评员与考生配比不低于1:5。')]
    return []


def implementation_plan(p, v, include_eval=True):
    o = p['org']
    b = [('title', ['%s职业技能等级认定项目实施方案' % o['name'], '职业技能等级认定项目实施方案', '%s\n评价项目实施方案' % o['name']][v % 3])]
    if v % 3 == 1:
        b.append(('pl', '申报单位：%s' % o['name']))
    b += [('sub', '一、项目概况'),
          ('p', '本方案适用于%s开展%s职业技能等级认定工作。' % (o['name'], '、'.join('%s（%s）' % (a['name'], level_range(a['levels'])) for a in p['apps']))),
          ('sub', '二、评价组织实施'), ('p', '认定工作按照“报名—资格审核—考试考核—评审—公示—发证”流程实施，每年计划组织认定%d批次。' % p['batches']),
          ('sub', '三、考评人员管理'), ('p', '建立考评员、督导员库，实行随机抽取、交叉考评和回避制度。')]
    if include_eval:
        b.append(('sub', '四、各等级评价方案'))
        if v % 3 == 0:
            for a in p['apps']:
                for l in sorted(a['levels'], reverse=True):
                    b += eval_section(p, a, l, 0)
        elif v % 3 == 1:  # table with merged cells: occupation cell spanning its levels
            rows = [['职业（工种）', '等级', '理论知识考试', '操作技能考核', '综合评审']]
            spans = []
            for a in p['apps']:
                start = len(rows)
                for l in sorted(a['levels'], reverse=True):
                    rows.append([a['name'], '%s/%s' % (CN[l], OLD[l]), '闭卷笔试90分钟', '实际操作%d分钟' % (90 + (5 - l) * 30), '论文答辩' if l <= 2 else '—'])
                if len(a['levels']) > 1:
                    spans.append(((0, start), (0, len(rows) - 1)))
            b += [('table', rows, {'widths': [44, 26, 32, 36, 28], 'span': spans, 'fs': 9}),
                  ('p', '各等级理论知识考试与操作技能考核均实行百分制，成绩皆达60分（含）以上者为合格；二级及以上等级还须通过综合评审。')]
        else:  # per occupation chapters
            for i, a in enumerate(p['apps'], 1):
                b += [('sub', '第%s章  %s' % ('一二三四五'[i - 1], a['name']))]
                for j, l in enumerate(sorted(a['levels'], reverse=True)):
                    b += [('pl', '（%s）%s评价方案' % ('一二三四五'[j], CN[l])),
                          ('p', '申报条件按国家职业标准执行。%s采用理论知识考试与操作技能考核相结合的方式，理论考试题型为单选、多选、判断题，操作技能考核设%d个考核模块。' % (CN[l], 3 + (5 - l) // 2))]
    b += [('sub', '五、质量保障'), ('p', '评价结果实行内部复核与外部抽查相结合，确保认定结果客观公正。'), ('right', o['name'])]
    return b


def eval_plan_doc(p, a, v):
    o = p['org']
    b = [('title', '%s\n各等级评价方案' % a['name']), ('pl', '编制单位：%s' % o['name'])]
    for l in sorted(a['levels'], reverse=True):
        b += eval_section(p, a, l, 0)
    return b


# ============================================================ sample papers
QBANK = ['职业道德的基本要求是（  ）。A.爱岗敬业 B.追求利润 C.服从个人 D.随意操作',
         '下列关于安全生产的说法，正确的是（  ）。A.先生产后安全 B.安全第一、预防为主 C.无需培训 D.可不戴防护',
         '劳动合同法规定，试用期最长不得超过（  ）个月。A.3 B.6 C.9 D.12',
         '工作现场“5S”管理不包括（  ）。A.整理 B.整顿 C.清扫 D.加班',
         '发生火灾时，首先应当（  ）。A.报警 B.收拾物品 C.乘坐电梯 D.继续工作',
         '对客户信息应当（  ）。A.对外公开 B.严格保密 C.随意转发 D.出售',
         '质量记录应保存（  ）。A.随意 B.按规定期限 C.一周 D.不保存',
         '计量器具应定期进行（  ）。A.检定或校准 B.涂漆 C.拆卸 D.更换外壳',
         '（判断）操作前必须检查设备状态。（  ）', '（判断）考核中可以使用手机查阅资料。（  ）']
SKILL = ['按照给定任务书完成%s基础操作，并填写记录表。', '根据案例资料，分析存在的问题并提出改进方案（%s）。',
         '现场演示%s关键操作步骤，口述操作要点及安全注意事项。', '完成%s综合任务，提交成果并接受考评员提问。']


def sample_set(p, a, l, k, v, answers=False):
    """k = 1 or 2 (set number). Returns blocks for one set."""
    o = p['org']
    rng = random.Random(p['seed'] * 101 + l * 7 + k * 3 + zlib.crc32(a['name'].encode()) % 97)
    setname = [('样题一', '样题二'), ('样卷（A卷）', '样卷（B卷）'), ('模拟试卷1', '模拟试卷2'), ('理论知识试卷（第一套）', '理论知识试卷（第二套）'),
               ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷')][v % 5][k - 1]
    qs = rng.sample(QBANK, 6)
    b = [('small', '%s  职业技能等级认定' % o['name']),
         ('title', '%s（%s）\n%s' % (a['name'], CN[l], setname)),
         ('pl', '考试时间：%d分钟    满分：100分    姓名：________  准考证号：________' % (90 if v % 5 != 4 else 120))]
    if v % 5 != 4:
        b.append(('sub', '一、理论知识'))
        for i, q in enumerate(qs, 1):
            b.append(('pl', '%d．%s' % (i, q)))
    b.append(('sub', '二、操作技能' if v % 5 != 4 else '考核任务'))
    for i, s in enumerate(rng.sample(SKILL, 2 if l >= 4 else 3), 1):
        b.append(('pl', '试题%d：%s（配分%d分）' % (i, s % a['name'].split('（')[0], rng.choice([20, 25, 30]))))
    if answers:
        b += [('sub', '参考答案及评分标准'), ('table', [['题号'] + [str(i) for i in range(1, 7)], ['答案'] + [rng.choice('ABCD') for _ in range(6)]], {'head': 1})]
        b.append(('pl', '答题卡：请将选择题答案用2B铅笔填涂在答题卡相应位置。'))
    return b


# ============================================================ extras
def toc(p, files):
    return [('title', '申报材料目录'), ('pl', '申报单位：%s' % p['org']['name']),
            ('table', [['序号', '材料名称', '页码/文件']] + [[str(i), f, '见附件'] for i, f in enumerate(files, 1)], {'widths': [16, 110, 40]})]


def teacher_list(p):
    rng = random.Random(p['seed'] * 17)
    names = ['陈', '王', '李', '张', '刘', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '胡']
    rows = [['序号', '姓名', '职称/等级', '从事专业年限', '拟任角色']]
    for i in range(1, 9):
        rows.append([str(i), rng.choice(names) + rng.choice(['建国', '丽', '伟', '敏', '静', '磊', '芳', '强', '慧', '杰']),
                     rng.choice(['高级技师', '技师', '高级工程师', '讲师', '副教授']), str(rng.randint(5, 25)), rng.choice(['考评员', '督导员', '命题专家', '考务人员'])])
    return [('title', '考评人员及师资名单'), ('pl', '单位：%s' % p['org']['name']), ('table', rows, {'widths': [14, 30, 40, 34, 48]})]
