"""Text content of the application materials, as renderer-neutral blocks."""

LV = {5: ('五级', '初级工', '初级'), 4: ('四级', '中级工', '中级'), 3: ('三级', '高级工', '高级'),
      2: ('二级', '技师', '技师'), 1: ('一级', '高级技师', '高级技师')}
CN = '〇一二三四五六七八九'
FW = {5: '５', 4: '４', 3: '３', 2: '２', 1: '１'}


def cn_num(n):
    if n <= 10:
        return '十' if n == 10 else CN[n]
    if n < 20:
        return '十' + CN[n - 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


def cn_date(y, m, d):
    return ''.join(CN[int(c)] for c in str(y)) + '年' + cn_num(m) + '月' + cn_num(d) + '日'


def lv(n, style='cn'):
    a, b, c = LV[n]
    return {'cn': a, 'cnw': f'{a}/{b}', 'paren': f'{a}（{b}）', 'zg': f'国家职业资格{a}', 'arabic': f'{n}级',
            'title': b, 'bare': c, 'fw': f'{FW[n]}级', 'L': f'L{n}'}[style]


def lv_list(levels, style='cn', sep='、'):
    return sep.join(lv(n, style) for n in sorted(levels, reverse=True))


def lv_range(levels, style='cn', dash='至'):
    ls = sorted(levels, reverse=True)
    if len(ls) == 1:
        return lv(ls[0], style)
    return lv(ls[0], style) + dash + lv(ls[-1], style)


def short(name):
    return name.split('（')[0]


def gongzhong(name):
    return name.split('（')[1].rstrip('）') if '（' in name else ''


# ------------------------------------------------------------ application form
def app_form(org, apps, style, rng, contact=('王晓雯', '021-5488 3217'), date='2025年1月18日', prev=None,
             title='社会培训评价组织征集遴选申请表'):
    B = []
    nature = {'company': '企业', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'branch': '企业（分支机构）',
              'shiye': '事业单位'}[org['kind']]
    if style == 'grid_ticks':  # Word table, ticked boxes per occupation row
        B.append(('title', title))
        rows = [[{'t': '单位名称', 'b': True}, {'t': org['name'], 'cs': 3}],
                [{'t': '统一社会信用代码', 'b': True}, {'t': org['code'], 'cs': 3}],
                ['单位性质', nature, '法定代表人', org['rep']],
                ['联系人', contact[0], '联系电话', contact[1]],
                ['通讯地址', {'t': org['addr'], 'cs': 3}],
                [{'t': '申报职业（工种）及等级', 'cs': 4, 'b': True}],
                ['职业编码', '职业（工种）名称', {'t': '申报等级（在□内打√）', 'cs': 2}]]
        allowed = [5, 4, 3, 2, 1]
        for a in apps:
            marks = '  '.join(('☑' if n in a['levels'] else '□') + lv(n, 'cnw') for n in allowed)
            rows.append([a['code'], a.get('written', a['name']), {'t': marks, 'cs': 2}])
        rows.append([{'t': '申报单位意见', 'b': True}, {'t': f'以上信息真实有效。\n\n（盖章）\n{date}', 'cs': 3}])
        B.append(('table', rows))
    elif style == 'one_cell':  # occupation and levels in one cell
        B.append(('title', title))
        B.append(('pl', f'填报日期：{date}'))
        rows = [['申报单位', org['name']], ['统一社会信用代码', org['code']], ['单位类型', nature],
                ['法定代表人', org['rep']], ['办公地址', org['addr']], ['联系人及电话', f'{contact[0]}  {contact[1]}']]
        cell = '\n'.join(f"{a.get('written', a['name'])}（{a['code']}）：{lv_list(a['levels'], a.get('lvstyle', 'cn'))}" for a in apps)
        rows.append(['拟申报职业（工种）及等级', cell])
        rows.append(['机构简介', org.get('intro', f"{org['name']}成立于{org['founded']}，长期从事相关职业培训与技能评价工作。")])
        B.append(('table', rows))
        B.append(('right', f'申报单位（盖章）：{org["name"]}\n{date}'))
    elif style == 'online':  # exported from an online system, field: value lines repeated
        B.append(('center', '上海市人力资源和社会保障自助经办系统'))
        B.append(('title', '新增备案机构申报 — ' + title))
        B.append(('small', f'申报编号：SQ2025011{rng.randrange(10000, 99999)}    导出时间：{date} 16:42'))
        for k, v in (('机构名称', org['name']), ('统一社会信用代码', org['code']), ('机构类型', nature),
                     ('法定代表人', org['rep']), ('注册地址', org['addr']), ('联系人', contact[0]), ('联系电话', contact[1])):
            B.append(('pl', f'{k}：{v}'))
        for i, a in enumerate(apps, 1):
            B.append(('h', f'申报项目 {i}'))
            B.append(('pl', f'职业编码：{a["code"]}'))
            B.append(('pl', f'职业名称：{short(a["name"])}'))
            B.append(('pl', f'工种：{gongzhong(a["name"]) or "无"}'))
            B.append(('pl', f'申报等级：{lv_list(a["levels"], a.get("lvstyle", "cnw"), "，")}'))
        B.append(('pl', '申报状态：已提交'))
    elif style == 'landscape_ticks':  # landscape grid with a column per level (■/□)
        B.append(('title', title))
        B.append(('pl', f'申报单位（盖章）：{org["name"]}        统一社会信用代码：{org["code"]}        填表日期：{date}'))
        head = ['序号', '职业编码', '职业名称', '工种'] + [lv(n, 'paren') for n in (5, 4, 3, 2, 1)] + ['考核点地址']
        rows = [head]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a['code'], short(a['name']), gongzhong(a['name']) or '—'] +
                        [('■' if n in a['levels'] else '□') for n in (5, 4, 3, 2, 1)] + [org['site']])
        B.append(('table', rows))
        B.append(('pl', f'单位性质：{nature}    法定代表人：{org["rep"]}    联系人：{contact[0]}    电话：{contact[1]}'))
        B.append(('small', '注：申报等级请在对应等级下涂黑■，未申报等级保留□。'))
    elif style == 'range':
        B.append(('title', title))
        rows = [['一、申报单位基本情况', '', ''],
                ['名称', {'t': org['name'], 'cs': 2}], ['统一社会信用代码', {'t': org['code'], 'cs': 2}],
                ['登记类型', {'t': nature, 'cs': 2}], ['住所', {'t': org['addr'], 'cs': 2}],
                ['二、申报职业（工种）', '职业编码', '等级范围']]
        rows[0] = [{'t': '一、申报单位基本情况', 'cs': 3, 'b': True}]
        rows[5] = [{'t': '二、申报职业（工种）', 'b': True}, {'t': '职业编码', 'b': True}, {'t': '等级范围', 'b': True}]
        for a in apps:
            rows.append([a.get('written', a['name']), a['code'], lv_range(a['levels'], a.get('lvstyle', 'cn'), a.get('dash', '至'))])
        B.append(('table', rows))
        B.append(('p', '本单位承诺所填信息真实、准确，如有不实，愿承担相应责任。'))
        B.append(('right', f'{org["name"]}（盖章）\n{date}'))
    elif style == 'arabic':  # Arabic levels and a 初级/中级/高级 column
        B.append(('title', title))
        B.append(('pl', f'单位全称：{org["name"]}'))
        B.append(('pl', f'统一社会信用代码：{org["code"]}'))
        B.append(('pl', f'单位性质：{nature}    法定代表人：{org["rep"]}'))
        rows = [['序号', '职业（工种）', '编码', '级别', '对应']]
        i = 0
        for a in apps:
            for n in sorted(a['levels'], reverse=True):
                i += 1
                rows.append([str(i), a.get('written', a['name']), a['code'], f'{n}级', lv(n, 'bare')])
        B.append(('table', rows))
        B.append(('right', f'填报人：{contact[0]}  {date}'))
    elif style == 'wrapped':  # narrow columns; level cell before code
        B.append(('title', title.replace('申请表', '\n申请表')))
        rows = [[{'t': '申请单位', 'b': True}, {'t': org['name'], 'cs': 3}],
                [{'t': '社会信用代码', 'b': True}, {'t': org['code'], 'cs': 3}],
                ['类型', nature, '负责人', org['rep']],
                [{'t': '申报\n等级', 'b': True}, {'t': '职业\n编码', 'b': True}, {'t': '职业（工\n种）名称', 'b': True}, {'t': '考核点', 'b': True}]]
        for a in apps:
            rows.append(['\n'.join(lv(n, 'cnw') for n in sorted(a['levels'], reverse=True)), a['code'],
                         a.get('written', a['name']), org['site']])
        if prev:
            rows.append([{'t': '上一年度申报情况', 'b': True}, {'t': prev, 'cs': 3}])
        B.append(('table', rows))
        B.append(('right', f'（单位盖章）\n{date}'))
    elif style == 'paras':  # prose-like form from an .odt
        B.append(('title', title))
        B.append(('pl', f'一、申报单位：{org["name"]}'))
        B.append(('pl', f'二、统一社会信用代码：{org["code"]}'))
        B.append(('pl', f'三、单位性质：{nature}；法定代表人：{org["rep"]}；地址：{org["addr"]}'))
        B.append(('pl', '四、拟开展评价的职业（工种）及等级：'))
        for i, a in enumerate(apps, 1):
            B.append(('pl', f'（{cn_num(i)}）{a["code"]} {a.get("written", a["name"])}，等级：{lv_list(a["levels"], a.get("lvstyle", "paren"), "、")}'))
        B.append(('pl', f'五、联系人：{contact[0]}，电话：{contact[1]}'))
        B.append(('right', f'申报单位（公章）\n{date}'))
    else:
        raise ValueError(style)
    if prev and style != 'wrapped':
        B.insert(-1, ('pl', f'上一年度申报情况：{prev}'))
    return B


# ------------------------------------------------------------ letters
def industry_letter(org, issuer, docno, date_cn, style='formal', rec_name=None, rec_code=None, seal=True,
                    parent=False, topic=''):
    name = rec_name or org['name']
    code = rec_code or org['code']
    B = []
    if style == 'formal':
        B += [('letterhead', issuer), ('docno', docno),
              ('title', f'关于推荐{name}\n申报社会培训评价组织的函'), ('pl', '上海市人力资源和社会保障局：'),
              ('p', f'{name}（统一社会信用代码：{code}）是在本市依法登记的独立法人单位，多年来在{topic}领域开展职业培训和技能评价工作，'
                    '管理制度健全，具备开展职业技能等级认定的场地、设备和专家资源。'),
              ('p', f'经研究，我{"单位" if parent else "委"}同意推荐该单位申报社会培训评价组织，请予支持。'),
              ('p', '特此函告。'), ('right', f'{issuer}\n{date_cn}')]
    elif style == 'opinion_table':
        B += [('title', '推荐意见'),
              ('table', [[{'t': '被推荐单位', 'b': True}, name], [{'t': '统一社会信用代码', 'b': True}, code],
                         [{'t': '推荐事项', 'b': True}, '申报上海市社会培训评价组织（沪人社职〔2024〕447号）'],
                         [{'t': '推荐单位', 'b': True}, issuer],
                         [{'t': '推荐意见', 'b': True}, f'该单位在{topic}方面有较强的行业影响力和培训评价基础，同意推荐。\n\n\n负责人签字：        （盖章）\n{date_cn}']]),
              ('small', f'编号：{docno}')]
    elif style == 'recbook':
        B += [('center', issuer), ('title', '推 荐 书'), ('right', docno), ('pl', '上海市职业技能鉴定中心：'),
              ('p', f'兹推荐{name}（统一社会信用代码{code}）申报社会培训评价组织。该单位系我{"集团全资子公司" if parent else "会会员单位"}，'
                    f'在{topic}领域培训评价经验丰富，组织机构健全，质量管控措施完善。'),
              ('p', '我单位对其申报材料进行了审核，情况属实，同意推荐。'),
              ('table', [[{'t': '推荐单位（盖章）', 'b': True}, {'t': '\n\n\n\n', 'b': False}], ['日期', date_cn]])]
    elif style == 'brief':
        B += [('letterhead', issuer), ('right', docno), ('title', '推荐函'), ('pl', '市职业技能鉴定中心：'),
              ('p', f'{name}（{code}）拟申报社会培训评价组织，该单位属我{"集团下属企业" if parent else "系统内单位"}，'
                    f'{topic}培训评价基础较好。现予推荐。'), ('right', f'{issuer}\n{date_cn}')]
    if seal:
        B.append(('seal', issuer))
    return B


def district_letter(org, bureau, docno, date_cn, style='formal', short_sign=None, letterhead=None, seal=True,
                    rec_name=None, site=None):
    name = rec_name or org['name']
    site = site or org['site']
    sign = short_sign or bureau
    B = []
    if style == 'formal':
        B += [('letterhead', letterhead or bureau), ('docno', docno),
              ('title', f'关于同意推荐{name}\n作为社会培训评价组织考核点的函'),
              ('pl', '上海市职业技能鉴定中心：'),
              ('p', f'{name}（统一社会信用代码：{org["code"]}）拟申报社会培训评价组织，其考核点位于{site}。'
                    '经我局实地查看，该考核点场地面积、设施设备及视频监控条件符合职业技能等级认定要求。'),
              ('p', '经研究，同意推荐。'), ('right', f'{sign}\n{date_cn}')]
    elif style == 'opinion':
        B += [('center', letterhead or bureau), ('title', '考核点所在区人社部门推荐意见'),
              ('table', [['申报单位', name], ['统一社会信用代码', org['code']], ['考核点地址', site],
                         ['区人社部门意见', f'经现场核查，考核点条件符合要求，同意推荐。\n\n{sign}（盖章）\n{date_cn}']]),
              ('small', docno)]
    elif style == 'recbook':
        B += [('letterhead', letterhead or bureau), ('title', '推荐书'), ('right', docno),
              ('p', f'兹有{name}，考核点设在{site}，该单位场地及设施符合开展职业技能等级认定的条件，'
                    '我局同意推荐其申报上海市社会培训评价组织。'),
              ('right', f'{sign}\n{date_cn}')]
    if seal:
        B.append(('seal', bureau))
    return B


# ------------------------------------------------------------ credit report
def credit_report(org, style='sh', penalties=0, dishonest=0, date=(2025, 1, 14), rng=None, no=''):
    y, m, d = date
    B = []
    if style == 'sh':
        B += [('center', '上海市公共信用信息服务平台'), ('title', '公共信用信息报告\n（法人版）'),
              ('pl', f'报告编号：{no}'), ('pl', f'查询日期：{y}年{m:02d}月{d:02d}日'),
              ('pl', f'信息主体名称：{org["name"]}'), ('pl', f'统一社会信用代码：{org["code"]}'),
              ('small', '本报告由上海市公共信用信息服务中心出具，信息来源于本市各公共信用信息提供单位。'),
              ('h', '一、登记注册信息'),
              ('table', [['名称', org['name']], ['统一社会信用代码', org['code']], ['法定代表人', org['rep']],
                         ['住所', org['addr']], ['登记机关', org['authority']]]),
              ('h', '二、行政处罚信息')]
        if penalties:
            B.append(('pl', f'查见{penalties}条。'))
            rows = [['序号', '决定书文号', '处罚事由', '处罚结果', '决定日期']]
            facts = [('沪市监' + org['district'][:2] + '处〔2023〕2021号', '未按规定公示年度报告信息', '罚款人民币5000元', '2023-06-12'),
                     ('第2320230817号', '消防设施未保持完好有效', '罚款人民币8000元', '2023-09-04'),
                     ('沪人社监〔2024〕112号', '未按规定与劳动者订立书面劳动合同', '警告', '2024-03-21')]
            for i in range(penalties):
                f = facts[i % 3]
                rows.append([str(i + 1), f[0], f[1], f[2], f[3]])
            B.append(('table', rows))
        else:
            B.append(('pl', '未查见行政处罚信息。'))
        B.append(('h', '三、失信信息（严重失信主体名单、失信被执行人等）'))
        if dishonest:
            B.append(('pl', f'查见{dishonest}条。'))
            rows = [['序号', '列入机关', '列入事由', '列入日期']]
            for i in range(dishonest):
                rows.append([str(i + 1), '上海市第一中级人民法院', '有履行能力而拒不履行生效法律文书确定义务（失信被执行人）', '2024-05-17'])
            B.append(('table', rows))
        else:
            B.append(('pl', '未查见。'))
        B += [('h', '四、经营异常及其他'), ('pl', '未查见。'),
              ('small', '说明：本报告仅反映查询日期时平台归集的公共信用信息。')]
    elif style == 'pboc':
        B += [('center', '中国人民银行征信中心'), ('title', '企业信用报告（自主查询版）'),
              ('pl', f'报告编号：{no}'), ('pl', f'报告时间：{y}-{m:02d}-{d:02d} 10:{rng.randrange(10, 59)}:{rng.randrange(10, 59)}'),
              ('h', '一、身份信息'),
              ('table', [['企业名称', org['name']], ['中征码', f'31{rng.randrange(10**13, 10**14)}'],
                         ['统一社会信用代码', org['code']]]),
              ('h', '二、信息概要'),
              ('table', [['首次有信贷交易的年份', '2019'], ['当前有未结清信贷交易的机构数', '1'], ['被追偿余额', '0']]),
              ('h', '三、公共信息概要'),
              ('table', [['欠税记录', '0条'], ['民事判决记录', '0条'], ['强制执行记录', '0条'],
                         ['行政处罚记录', f'{penalties}条'], ['失信被执行人记录', f'{dishonest}条']]),
              ('small', '本报告仅供信息主体了解自身信用状况使用。')]
    elif style == 'xyzg':  # 信用中国（上海） summary with several sections
        B += [('letterhead', '信用中国（上海）'), ('title', '法人和非法人组织公共信用信息查询报告'),
              ('pl', f'主体名称：{org["name"]}    统一社会信用代码：{org["code"]}'),
              ('pl', f'报告出具时间：{y}年{m}月{d}日    报告编号：{no}'),
              ('table', [[{'t': '信息类别', 'b': True}, {'t': '查询结果', 'b': True}],
                         ['行政许可', '查见2条'],
                         ['行政处罚', f'查见{penalties}条' if penalties else '未查见'],
                         ['严重失信主体名单', f'查见{dishonest}条' if dishonest else '未查见'],
                         ['经营异常名录', '未查见'], ['守信激励（A级纳税人）', '查见1条']]),
              ('h', '行政许可信息'),
              ('table', [['许可文书号', '许可内容', '许可机关'],
                         [f'沪{org["district"][:2]}民办学〔2022〕{rng.randrange(10, 99)}号', '民办职业培训学校办学许可', f'{org["district"]}人力资源和社会保障局'],
                         ['—', '食品经营许可（单位食堂）', f'{org["district"]}市场监督管理局']])]
        if dishonest:
            B += [('h', '严重失信主体名单信息'), ('table', [['列入机关', '列入事由', '列入日期'],
                                                   ['上海市税务局', '重大税收违法失信主体', '2024-08-09']])]
        if penalties:
            B += [('h', '行政处罚信息'), ('table', [['决定书文号', '处罚事由', '处罚结果'],
                                                ['沪消罚决字〔2024〕0331号', '占用疏散通道', '罚款人民币6000元']])]
        B.append(('small', '信用中国（上海）网站 www.creditsh.gov.cn'))
    return B


# ------------------------------------------------------------ audit report
FIRMS = ['上海德衡会计师事务所（普通合伙）', '上海申诚信会计师事务所有限公司', '上海立明华会计师事务所（特殊普通合伙）',
         '上海沪信联合会计师事务所有限公司', '上海中汇达会计师事务所（普通合伙）', '上海恒源会计师事务所有限公司']
CPAS = ['陈立新', '吴佩佩', '顾敏', '沈家豪', '许文斌', '黄丽君', '潘志刚', '何晓燕']


def audit_report(org, year, firm, no, rng, yearfmt='arabic', cover=False, nonprofit=False, cpas=('陈立新', '吴佩佩'),
                 issue=None):
    rep_year = year + 1
    if yearfmt == 'cn':
        ystr = ''.join(CN[int(c)] for c in str(year))
        end = f'{ystr}年十二月三十一日'
        yd = f'{ystr}年度'
    else:
        end, yd = f'{year}年12月31日', f'{year}年度'
    stmt2 = '业务活动表' if nonprofit else '利润表'
    B = []
    if cover:
        B += [('center', ''), ('title', f'{org["name"]}\n审计报告'), ('center', no), ('center', ''),
              ('center', firm), ('center', '中国·上海'), ('pb',)]
    B += [('title', '审 计 报 告'), ('right', no),
          ('pl', f'{org["name"]}{"理事会" if nonprofit else "全体股东"}：'),
          ('h', '一、审计意见'),
          ('p', f'我们审计了{org["name"]}（以下简称“贵{"单位" if nonprofit else "公司"}”）财务报表，包括{end}的资产负债表，'
                f'{yd}的{stmt2}、现金流量表以及相关财务报表附注。'),
          ('p', f'我们认为，后附的财务报表在所有重大方面按照{"《民间非营利组织会计制度》" if nonprofit else "企业会计准则"}的规定编制，'
                f'公允反映了贵{"单位" if nonprofit else "公司"}{end}的财务状况以及{yd}的经营成果和现金流量。'),
          ('h', '二、形成审计意见的基础'),
          ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('right', f'{firm}\n中国注册会计师：{cpas[0]}\n中国注册会计师：{cpas[1]}\n{issue or f"{rep_year}年{rng.randrange(3, 5)}月{rng.randrange(2, 28)}日"}'),
          ('seal', firm.split('（')[0]),
          ('pb',)]
    a1 = rng.randrange(300, 3000) * 1000
    a0 = int(a1 * rng.uniform(0.8, 1.1))
    B += [('center', '资产负债表（简表）'), ('small', f'编制单位：{org["name"]}    单位：元'),
          ('table', [['项目', '期末余额', '上年年末余额'],
                     ['货币资金', f'{a1 * 0.4:,.2f}', f'{a0 * 0.38:,.2f}'],
                     ['资产总计', f'{a1:,.2f}', f'{a0:,.2f}'],
                     ['负债合计', f'{a1 * 0.35:,.2f}', f'{a0 * 0.33:,.2f}'],
                     ['净资产（所有者权益）合计', f'{a1 * 0.65:,.2f}', f'{a0 * 0.67:,.2f}']]),
          ('center', stmt2 + '（简表）'),
          ('table', [['项目', '本年金额', '上年金额'],
                     ['收入合计' if nonprofit else '营业收入', f'{a1 * 0.9:,.2f}', f'{a0 * 0.85:,.2f}'],
                     ['费用合计' if nonprofit else '营业成本', f'{a1 * 0.8:,.2f}', f'{a0 * 0.77:,.2f}'],
                     ['净资产变动额' if nonprofit else '净利润', f'{a1 * 0.07:,.2f}', f'{a0 * 0.06:,.2f}']])]
    return B


# ------------------------------------------------------------ registration
def registration_lines(org):
    k = org['kind']
    if k in ('company', 'branch'):
        return ('营业执照', [('统一社会信用代码', org['code']), ('名称', org['name']), ('类型', org['type']),
                           ('法定代表人' if k == 'company' else '负责人', org['rep']), ('经营范围', org['scope']),
                           ('注册资本', org.get('capital', '')) if k == 'company' else ('营业场所', org['addr']),
                           ('成立日期', org['founded']), ('营业期限', org.get('term', '长期')), ('住所', org['addr'])],
                org['authority'])
    if k == 'minfei':
        return ('民办非企业单位登记证书（法人）', [('统一社会信用代码', org['code']), ('名称', org['name']), ('住所', org['addr']),
                                       ('法定代表人', org['rep']), ('业务范围', org['scope']),
                                       ('业务主管单位', org['sponsor']), ('开办资金', org['capital']),
                                       ('有效期', org['term'])], org['authority'])
    if k == 'shetuan':
        return ('社会团体法人登记证书', [('统一社会信用代码', org['code']), ('名称', org['name']), ('住所', org['addr']),
                                ('法定代表人', org['rep']), ('业务范围', org['scope']), ('活动地域', '上海市'),
                                ('注册资金', org['capital']), ('业务主管单位', org['sponsor']), ('有效期', org['term'])],
                org['authority'])
    if k == 'shiye':
        return ('事业单位法人证书', [('统一社会信用代码', org['code']), ('名称', org['name']), ('宗旨和业务范围', org['scope']),
                              ('住所', org['addr']), ('法定代表人', org['rep']), ('经费来源', '财政补助'),
                              ('开办资金', org['capital']), ('举办单位', org['sponsor']), ('有效期', org['term'])],
                org['authority'])


def registration_blocks(org, copy_note=True):
    title, lines, auth = registration_lines(org)
    B = [('title', title + ('\n（副本）' if org['kind'] in ('company', 'branch') else ''))]
    B.append(('table', [[{'t': k, 'b': True}, v] for k, v in lines]))
    B.append(('right', f'登记机关：{auth}\n{org["regdate"]}'))
    if copy_note:
        B.append(('center', '此复印件与原件一致，仅供申报社会培训评价组织使用'))
    B.append(('seal', org['name']))
    return B


def render_cert_rl(org, path, font='UKAI', seal=True, copy_note=True):
    """Certificate-like layout with text placed at coordinates (reportlab canvas, embedded TTF)."""
    from lib import _reg_fonts, draw_vector_seal
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    _reg_fonts()
    title, lines, auth = registration_lines(org)
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setStrokeColor(colors.Color(0.75, 0.55, 0.2))
    c.setLineWidth(6)
    c.rect(1.2 * cm, 1.2 * cm, W - 2.4 * cm, H - 2.4 * cm)
    c.setLineWidth(1.2)
    c.rect(1.6 * cm, 1.6 * cm, W - 3.2 * cm, H - 3.2 * cm)
    big = title.split('（')[0]
    c.setFont(font, 30)
    c.drawCentredString(W / 2, H - 4 * cm, '  '.join(big) if len(big) <= 4 else big)
    if '（' in title:
        c.setFont(font, 14)
        c.drawCentredString(W / 2, H - 4.9 * cm, '（法人）')
    if org['kind'] in ('company', 'branch'):
        c.setFont(font, 13)
        c.drawCentredString(W / 2, H - 5.6 * cm, '（副　本）')
        c.rect(W - 6 * cm, H - 7 * cm, 2.6 * cm, 2.6 * cm)  # QR placeholder
        for i in range(8):
            for j in range(8):
                if (i * 7 + j * 3) % 5 < 2:
                    c.rect(W - 5.9 * cm + i * 0.3 * cm, H - 6.9 * cm + j * 0.3 * cm, 0.3 * cm, 0.3 * cm, fill=1, stroke=0)
    c.setFont(font, 12)
    y = H - 7.2 * cm
    for k, v in lines:
        c.drawString(3.2 * cm, y, k)
        txt = v
        x0 = 7.6 * cm
        while txt:
            seg, txt = txt[:38], txt[38:]
            c.drawString(x0, y, seg)
            y -= 0.62 * cm
        y -= 0.12 * cm
    c.drawString(W - 11 * cm, 3.6 * cm, f'登记机关  {auth}')
    c.drawString(W - 8.5 * cm, 2.9 * cm, org['regdate'])
    if copy_note:
        c.setFont(font, 11)
        c.drawString(3.2 * cm, 2.6 * cm, '与原件一致')
    if seal:
        draw_vector_seal(c, 6.2 * cm, 3.6 * cm, org['name'], font=font)
    c.showPage()
    c.save()


# ------------------------------------------------------------ work plan, pledge, integrity
def work_plan(org, apps, cover=False, toc=False, decoupled=False, mention_pledge=False, date='2025年1月'):
    B = []
    if cover:
        B += [('center', ''), ('center', ''), ('title', f'{org["name"]}\n职业技能等级认定工作方案'), ('center', ''),
              ('center', f'申报单位：{org["name"]}'), ('center', date), ('pb',)]
    if toc:
        B += [('title', '目  录'),
              ('pl', '一、机构基本情况 ……………………………… 1'), ('pl', '二、组织架构与人员 …………………………… 1'),
              ('pl', '三、场地设施与考核点 ………………………… 2'), ('pl', '四、质量管控措施 ……………………………… 2'),
              ('pl', '五、经费保障 …………………………………… 2'), ('pb',)]
    occs = '、'.join(short(a['name']) if not gongzhong(a['name']) else a['name'] for a in apps)
    B += [('title', '职业技能等级认定工作方案'),
          ('h', '一、机构基本情况'),
          ('p', f'{org["name"]}成立于{org["founded"]}，{org.get("intro2", "长期开展职业技能培训与评价服务")}。本次拟开展{occs}的职业技能等级认定工作。'
                + ('本会已于2020年完成与行政机关脱钩改革，独立开展业务。' if decoupled else '')),
          ('h', '二、组织架构与人员'),
          ('p', '设立职业技能等级认定工作领导小组，下设评价办公室、质量督导组、考务组，配备专职工作人员6名，建立考评员、督导员和命题专家库。'),
          ('h', '三、场地设施与考核点'),
          ('p', f'考核点设在{org["site"]}，设理论考场2间、实操考场3间，配备视频监控设备并与监管平台对接。'),
          ('h', '四、质量管控措施'),
          ('p', '严格执行考评人员回避制度和试卷保密制度，实行考务全过程记录和视频留存，建立内部督导与结果复核机制。'),
          ('h', '五、经费保障'),
          ('p', '认定工作经费纳入单位年度预算，专款专用，保证认定工作稳定运行。')]
    if mention_pledge:
        B.append(('p', '本单位承诺严格遵守国家和本市职业技能等级认定相关规定，自觉接受人社部门和行业主管部门的监督，'
                       '对申报材料的真实性负责（承诺事项见本单位相关制度）。'))
    B.append(('right', f'{org["name"]}\n{date}'))
    return B


def pledge(org, date_cn, seal=True, title='承诺书'):
    B = [('title', title), ('pl', '上海市人力资源和社会保障局：'),
         ('p', f'我单位{org["name"]}（统一社会信用代码：{org["code"]}）自愿申报社会培训评价组织，现郑重承诺：'),
         ('p', '一、所提交的全部申报材料真实、有效、合法，无虚假内容；'),
         ('p', '二、本单位无违法违规、失信等不良行为记录；'),
         ('p', '三、坚持把社会效益放在首位，严格遵守职业技能等级认定相关规定，自愿接受各级人社部门、相关行业主管部门的监督；'),
         ('p', '四、如违反上述承诺，愿承担相应责任。'),
         ('right', f'承诺单位（盖章）：{org["name"]}\n法定代表人（签字）：{org["rep"]}\n{date_cn}')]
    if seal:
        B.append(('seal', org['name']))
    return B


def integrity(org, date_cn, seal=True):
    B = [('title', '廉洁责任书'),
         ('pl', '甲方：上海市职业技能鉴定中心'), ('pl', f'乙方：{org["name"]}'),
         ('p', '为规范职业技能等级认定工作，防止发生违纪违规行为，双方订立本责任书。'),
         ('p', '一、乙方不得以任何形式向甲方及其工作人员赠送礼金、有价证券、贵重物品，不得安排宴请、娱乐等活动。'),
         ('p', '二、乙方应严格执行认定工作纪律，杜绝考试作弊、违规发证等行为。'),
         ('p', '三、乙方发现甲方工作人员有违反廉洁规定行为的，应及时向有关部门举报。'),
         ('p', '四、本责任书自签订之日起生效。'),
         ('right', f'乙方（盖章）：{org["name"]}\n法定代表人：{org["rep"]}\n{date_cn}')]
    if seal:
        B.append(('seal', org['name']))
    return B


# ------------------------------------------------------------ implementation plan, evaluation plans, samples
def impl_plan(org, apps, cover=False):
    B = []
    if cover:
        B += [('center', ''), ('title', '职业技能等级认定项目实施方案'), ('center', org['name']), ('center', '二〇二五年一月'), ('pb',)]
    B += [('title', f'{org["name"]}\n职业技能等级认定项目实施方案'),
          ('h', '一、申报项目'),
          ('table', [['职业编码', '职业（工种）', '等级']] +
           [[a['code'], a['name'], lv_list(a['levels'], 'cnw')] for a in apps]),
          ('h', '二、评价组织实施'),
          ('p', '按照国家职业技能标准组织理论知识考试和操作技能考核，理论知识考试采用闭卷笔试或机考，操作技能考核采用现场操作、模拟操作等方式。'),
          ('h', '三、考评人员配置'),
          ('p', '理论知识考试按每标准考场配备2名监考人员；操作技能考核考评人员与考生配比为1:5，且不少于3名考评人员。'),
          ('h', '四、结果管理'),
          ('p', '认定结果经内部质量督导复核后公示，公示无异议的按规定颁发职业技能等级证书并上传数据。')]
    return B


def eval_plan(app, levels, title_style='plain'):
    occ = app['name']
    B = []
    t = {'plain': f'{occ}职业技能等级评价方案', 'cert': f'{occ}职业技能等级认定评价方案',
         'per': f'{occ}评价方案'}[title_style]
    B.append(('title', t))
    B.append(('p', f'职业编码：{app["code"]}。本方案依据国家职业技能标准制定，适用于{lv_list(levels, "paren")}的评价。'))
    for n in sorted(levels, reverse=True):
        theory, skill = {5: (90, 60), 4: (90, 90), 3: (120, 120), 2: (120, 150), 1: (120, 180)}[n]
        B += [('h', f'{lv(n, "paren")}评价方案'),
              ('p', f'（一）评价方式：理论知识考试与操作技能考核，均实行百分制，成绩皆达60分及以上者为合格。'
                    + ('二级、一级还须进行综合评审。' if n <= 2 else '')),
              ('p', f'（二）考试时间：理论知识考试{theory}分钟，操作技能考核不少于{skill}分钟。'),
              ('p', f'（三）考评配比与场地：理论考场每20名考生配1名监考人员；操作技能考核在{short(occ)}实训室进行。')]
    return B


KEYWORDS = {
    '医疗护理员': ['生活照护', '体位转换', '压疮预防', '协助进食', '消毒隔离', '生命体征观察', '院感防控'],
    '保洁员': ['地面清洁', '玻璃清洗', '清洁剂配比', '石材养护', '垃圾分类', '卫生间清洁', '高空作业安全'],
    '信用管理师': ['信用调查', '信用评分', '应收账款管理', '信用政策', '商账追收', '征信报告解读', '客户授信'],
    '碳排放管理员': ['排放因子', '活动数据', '碳排放核算边界', '监测计划', '排放报告', '配额清缴', '数据质量控制'],
    '食品安全管理师': ['食品安全风险', 'HACCP', '过敏原管理', '食品添加剂', '索证索票', '餐饮服务', '食品召回'],
    '调饮师': ['茶饮调配', '咖啡萃取', '原料储存', '奶泡制作', '出品标准', '设备清洗', '糖度控制'],
    '增材制造设备操作员': ['切片软件', '支撑结构', '熔融沉积', '光固化', '层厚设置', '后处理', '设备校准'],
    '政务服务办事员': ['一网通办', '受理登记', '材料预审', '帮办代办', '首问负责', '好差评', '政务公开'],
    '管工': ['管道安装', '坡口加工', '水压试验', '支吊架', '管道焊接', '法兰连接', '管道防腐'],
    '营养师': ['膳食调查', '营养评价', '膳食指南', '能量需要量', '营养教育', '食谱编制', '体格测量'],
    '网络与信息安全管理师': ['数据分类分级', '访问控制', '数据脱敏', '安全审计', '应急响应', '个人信息保护', '数据出境'],
    '药物制剂工': ['压片', '制粒', '混合均匀度', '洁净区', '物料平衡', '批生产记录', '设备清洁'],
    '数字孪生应用技术员': ['三维建模', '数据采集', '仿真验证', '物联网接入', '可视化', '模型轻量化', '场景搭建'],
    '化工总控工': ['DCS操作', '精馏', '反应釜', '工艺参数', '联锁保护', '开停车', '危险化学品'],
    '色彩搭配师': ['色相环', '明度', '冷暖色', '服饰搭配', '色彩心理', '配色方案', '肤色分析'],
    '养老护理员': ['生活照料', '基础照护', '康复服务', '心理支持', '失智照护', '安全防护', '清洁照料'],
    '生活垃圾清运工': ['分类收集', '收集容器', '清运车辆', '作业安全', '渗滤液', '交接记录', '除臭'],
    '计量员': ['热电偶', '检定规程', '示值误差', '不确定度', '温度计', '计量标准', '溯源'],
    '建筑节能减排咨询师': ['围护结构', '能耗模拟', '节能诊断', '碳排放计算', '绿色建筑', '暖通系统', '能效测评'],
}

Q_TEMPLATES = [
    ('单选', '下列关于{k}的说法，正确的是（　）。', ['应按作业规范执行', '可凭经验省略步骤', '无需记录', '由他人代为确认']),
    ('单选', '{occ}在开展{k}前，首先应当（　）。', ['核对任务与安全条件', '直接操作', '询问无关人员', '跳过检查']),
    ('判断', '{k}工作完成后应及时填写记录并签字确认。（　）', None),
    ('判断', '为提高效率，{k}过程中可以不执行安全操作规程。（　）', None),
    ('单选', '{k}的质量检查一般由（　）负责。', ['作业人员自检及质检复核', '客户', '无人', '临时人员']),
    ('多选', '{k}中应重点关注的事项包括（　）。', ['作业标准', '安全防护', '记录留存', '与本职无关的事项']),
    ('简答', '简述{k}的主要步骤及注意事项。', None),
    ('简答', '结合实际，说明{occ}如何做好{k}。', None),
]


def sample_set(app, n, setno, style, rng, org=None):
    occ = app['name']
    s = short(occ)
    kws = KEYWORDS.get(s, ['职业道德', '安全生产', '法律法规', '质量标准', '作业规范', '设备维护', '记录管理'])
    r = __import__('random').Random(hash((occ, n, setno)) & 0xffffffff if False else (len(occ) * 1000 + n * 10 + setno + sum(map(ord, occ))))
    kw = r.sample(kws, 4)
    qs = r.sample(range(len(Q_TEMPLATES)), 4)
    one_two = '一二'[setno - 1]
    L = lv(n, 'cn')
    title = {
        'paren': f'{occ}{L}理论知识样题（{one_two}）',
        'nobracket': f'{occ}{L}样题{one_two}',
        'set': f'{occ}（{lv(n, "paren")}）第{one_two}套样题',
        'juan': f'{occ}{L}试卷{one_two}',
        'AB': f'{occ}（{L}）样卷{"AB"[setno - 1]}',
        'moni': f'{occ}{lv(n, "cnw")}模拟题（{one_two}）',
        'tiku': f'{occ}{L}题库抽样（第{setno}组）',
        'tice': f'{occ}职业技能等级认定{L}试题册（{one_two}）',
        'parts': f'{occ}{L}第{one_two}套样题',
    }[style]
    B = [('title', title)]
    if style == 'parts' or style == 'tice':
        B.append(('h', '第一部分  理论知识'))
    for i, (qi, k) in enumerate(zip(qs, kw), 1):
        typ, q, opts = Q_TEMPLATES[qi]
        text = f'{i}.（{typ}）' + q.format(k=k, occ=s)
        if opts:
            o = opts[:]
            r.shuffle(o)
            text += '  ' + '  '.join(f'{"ABCD"[j]}. {x}' for j, x in enumerate(o))
        B.append(('pl', text))
    if style in ('parts', 'tice'):
        B.append(('h', '第二部分  操作技能'))
    task = r.choice(kws)
    B.append(('pl', f'{"技能操作" if style not in ("parts", "tice") else ""}试题：在规定时间内完成“{task}”实操任务（{lv(n, "cn")}，考核时间{30 + 10 * (5 - n) + 5 * setno}分钟），'
                    '评分要素：操作规范、结果准确、安全文明。'))
    if style == 'tice':
        B.append(('small', '参考答案：' + '；'.join(f'{i}. {"A" if i % 2 else "√"}' for i in range(1, 5)) + '（简答题按要点给分）'))
    return B
