"""Document texts for the final2 corpus: many templates per document kind."""
import random

CN = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五'}
ALIAS = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}

# 16 district bureaus: district -> doc-number prefix
DISTRICTS = {
    '黄浦区': '黄人社', '徐汇区': '徐人社', '长宁区': '长人社', '静安区': '静人社', '普陀区': '普人社',
    '虹口区': '虹人社', '杨浦区': '杨人社', '闵行区': '闵人社', '宝山区': '宝人社', '嘉定区': '嘉人社',
    '浦东新区': '浦人社', '金山区': '金人社', '松江区': '松人社', '青浦区': '青人社', '奉贤区': '奉人社',
    '崇明区': '崇人社',
}
DIVCODE = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107',
           '虹口区': '310109', '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114',
           '浦东新区': '310115', '金山区': '310116', '松江区': '310117', '青浦区': '310118', '奉贤区': '310120',
           '崇明区': '310151'}
ROADS = ['漕宝路', '张江路', '共和新路', '曹杨路', '长阳路', '沪闵路', '友谊路', '城北路', '川沙路', '卫清西路',
         '人民北路', '华新镇华志路', '南桥镇江海路', '城桥镇东门路', '凯旋路', '四川北路', '天目西路', '延安西路']


def lv(n, style='cn'):
    if style == 'cn':
        return f'{CN[n]}级'
    if style == 'slash':
        return f'{CN[n]}级/{ALIAS[n]}'
    if style == 'paren':
        return f'{CN[n]}级（{ALIAS[n]}）'
    if style == 'qual':
        return f'国家职业资格{CN[n]}级'
    if style == 'fw':
        return f'{"０１２３４５"[n]}级'
    raise ValueError(style)


def lv_range(levels, style='zhi'):
    hi, lo = min(levels), max(levels)
    if style == 'zhi':
        return f'{CN[lo]}级至{CN[hi]}级'
    if style == 'dash':
        return f'{CN[lo]}级—{CN[hi]}级'
    if style == 'short':
        return f'{CN[lo]}至{CN[hi]}级'
    raise ValueError(style)


def lv_list(levels, style='cn', sep='、'):
    return sep.join(lv(n, style) for n in sorted(levels, reverse=True))


def full_name(app):
    return app['occ'] + (f'（{app["sub"]}）' if app.get('sub') else '')


def date_cn(y, m, d):
    digits = '〇一二三四五六七八九'
    ys = ''.join(digits[int(c)] for c in str(y))

    def n2(x):
        if x <= 10:
            return '十' if x == 10 else digits[x]
        if x < 20:
            return '十' + digits[x - 10]
        return digits[x // 10] + '十' + (digits[x % 10] if x % 10 else '')
    return f'{ys}年{n2(m)}月{n2(d)}日'


# ------------------------------------------------------------------ application forms
ORG_LABELS = ['申请单位', '申报单位', '单位全称', '机构名称', '单位名称（盖章）']
CODE_LABELS = ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码']
TYPE_TEXT = {'company': '企业', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位',
             'branch': '企业', 'sole': '企业'}


def app_form(P, tpl, rnd):
    o, c = P['name'], P['form_code']
    ol, cl = rnd.choice(ORG_LABELS), rnd.choice(CODE_LABELS)
    apps = P['form_apps']
    date = P['form_date']
    els = []
    if tpl == 'grid':  # one column per level, tick under it
        els += [('t', '社会培训评价组织征集遴选申请表'),
                ('tbl', [[ol, {'t': o, 'cs': 6}],
                         [cl, {'t': c, 'cs': 6}],
                         ['单位性质', {'t': TYPE_TEXT[P['type']], 'cs': 2}, '法定代表人', {'t': P['rep'], 'cs': 3}],
                         ['联系人', {'t': P['contact'], 'cs': 2}, '联系电话', {'t': P['phone'], 'cs': 3}],
                         ['考核点地址', {'t': P['site'], 'cs': 6}],
                         [{'t': '申报职业（工种）及等级（在相应等级下打“✓”）', 'cs': 7}],
                         ['职业编码', '职业（工种）', '五级', '四级', '三级', '二级', '一级']] +
                 [[a['code'], full_name(a)] + ['✓' if n in a['levels'] else '' for n in (5, 4, 3, 2, 1)] for a in apps]),
                ('p', '本单位承诺所填信息及所附材料真实、有效。'),
                ('r', f'申请单位（盖章）  {date}'), ('seal', o)]
    elif tpl == 'rows_spelled':  # one row per occupation, levels spelled out with aliases
        els += [('t', '上海市社会培训评价组织征集遴选\n申 请 表'),
                ('tbl', [[ol, o], [cl, c], ['住所', P['addr']], ['法定代表人', P['rep']],
                         ['联系人及电话', f'{P["contact"]}  {P["phone"]}']]),
                ('h', '拟开展评价的职业（工种）'),
                ('tbl', [['序号', '职业编码', '职业（工种）名称', '申报等级']] +
                 [[str(i + 1), a['code'], full_name(a), lv_list(a['levels'], 'slash')] for i, a in enumerate(apps)]),
                ('r', f'填表日期：{date}'), ('seal', o)]
    elif tpl == 'sep_rows':  # 职业名称 and 工种 in separate rows
        rows = [['申报机构名称', o], ['统一社会信用代码', c], ['登记类型', TYPE_TEXT[P['type']]],
                ['机构地址', P['addr']], ['负责人', P['rep']]]
        for i, a in enumerate(apps):
            rows += [[{'t': f'申报项目{CN[i + 1]}', 'cs': 2}],
                     ['职业名称', a['occ']], ['工种', a.get('sub') or '无'],
                     ['职业编码', a['code']], ['申报等级', lv_list(a['levels'], 'paren')]]
        els += [('t', '社会培训评价组织征集遴选申请表'), ('tbl', rows),
                ('p', '申报机构对所提交材料的真实性负责。'), ('r', f'（公章）\n{date}')]
    elif tpl == 'prose':
        items = '；'.join(f'{full_name(a)}（职业编码{a["code"]}），申报等级为{lv_range(a["levels"], P.get("range_style", "zhi")) if len(a["levels"]) > 1 else lv(a["levels"][0])}'
                         for a in apps)
        els += [('t', '社会培训评价组织征集遴选申请表'),
                ('p', f'{ol}：{o}'), ('p', f'{cl}：{c}'),
                ('p', f'单位类型：{TYPE_TEXT[P["type"]]}；法定代表人：{P["rep"]}；联系人：{P["contact"]}（{P["phone"]}）。'),
                ('p', f'根据沪人社职〔2024〕447号文件要求，本单位申请成为下列职业（工种）的社会培训评价组织：{items}。'),
                ('p', f'本单位考核点位于{P["site"]}，具备开展上述职业技能等级认定的场地和设施设备。'),
                ('r', f'{o}（盖章）'), ('r', date)]
    elif tpl == 'ticks':  # ☑/□ in one cell
        def boxes(a):
            allowed = a.get('allowed', [5, 4, 3, 2, 1])
            return '  '.join(('☑' if n in a['levels'] else '□') + lv(n, 'paren') for n in (5, 4, 3, 2, 1) if n in allowed or n in a['levels'])
        rows = [['机构名称', o, '信用代码', c], ['通讯地址', {'t': P['addr'], 'cs': 3}],
                ['法定代表人', P['rep'], '联系电话', P['phone']]]
        for a in apps:
            rows += [['职业（工种）', full_name(a), '职业编码', a['code']],
                     ['申报等级', {'t': boxes(a), 'cs': 3}]]
        els += [('t', '征集遴选申请表\n（社会培训评价组织）'), ('tbl', rows), ('r', f'盖章：        日期：{date}')]
    elif tpl == 'above':  # labels above values
        rows = [[ol], [o], [cl], [c], ['注册地址'], [P['addr']], ['申报职业（工种）及等级']]
        for a in apps:
            rows.append([f'{a["code"]}  {full_name(a)}  {lv_list(a["levels"], "cn", " ")}'])
        els += [('t', '社会培训评价组织征集遴选申请表'), ('tbl', rows),
                ('p', '以上内容经本单位核实无误。'), ('r', f'{date}'), ('seal', o)]
    elif tpl == 'range_kv':
        rows = [['单位名称', o], [cl, c], ['法定代表人/负责人', P['rep']], ['考核场所', P['site']]]
        for a in apps:
            rows.append(['申报职业（工种）及等级',
                         f'{a["code"]} {full_name(a)}，{lv_range(a["levels"], P.get("range_style", "dash")) if len(a["levels"]) > 1 else lv(a["levels"][0])}'])
        rows.append(['联系人', f'{P["contact"]} {P["phone"]}'])
        els += [('lh', ''), ('t', '社会培训评价组织征集遴选申请表'), ('tbl', rows), ('r', f'申请日期：{date}'), ('seal', o)]
        els = els[1:]
    elif tpl == 'wrapped':  # level column before code column
        rows = [['单位名称', {'t': o, 'cs': 2}], ['统一社会信用代码', {'t': c, 'cs': 2}],
                ['单位地址', {'t': P['addr'], 'cs': 2}], ['申报等级', '职业编码', '职业（工种）']]
        for a in apps:
            rows.append([lv_list(a['levels'], 'cn', '\n'), a['code'], full_name(a)])
        els += [('t', '社会培训评价组织征集遴选申请表'), ('tbl', rows),
                ('p', '申报单位意见：同意申报。'), ('r', f'（盖章）{date}')]
    else:
        raise ValueError(tpl)
    return els


# ------------------------------------------------------------------ letters
def industry_letter(P, L, rnd):
    """L: dict(issuer, docno or None, title style, rec_name, rec_code, salute, date_style)"""
    rec, rcode = L['rec_name'], L['rec_code']
    occs = '、'.join(full_name(a) for a in P['apps'])
    ts = L['title']
    title = {
        'han2': f'关于推荐{rec}\n申报社会培训评价组织的函',
        'tuijianhan': '推荐函',
        'yijian': f'关于{rec}申报社会培训评价组织的\n推荐意见',
        'shu': '推荐书',
        'tongyi': f'关于同意推荐{rec}参加社会培训评价组织\n征集遴选的函',
    }[ts]
    els = []
    if L.get('letterhead', True):
        els.append(('lh', L.get('lh', L['issuer'])))
    if L.get('docno'):
        els.append(('no', L['docno']))
    els.append(('t', title))
    els.append(('p', L.get('salute', '上海市人力资源和社会保障局：')))
    who = f'{rec}（统一社会信用代码：{rcode}）' if L.get('with_code', True) and rcode else rec
    body = L.get('body') or rnd.choice([
        f'{who}是本市依法登记的独立法人，长期从事{occs}相关的培训与评价工作，管理规范，社会信用良好，在行业内具有一定影响力。经研究，同意推荐该单位申报{occs}职业（工种）社会培训评价组织。',
        f'根据《关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经审核，{who}具备开展{occs}职业技能等级认定的条件，现予推荐。',
        f'{who}系我单位业务指导范围内的单位，近年来在{occs}领域开展了大量人才培养和技能评价工作。我单位同意其申报社会培训评价组织，并将对其评价工作进行指导和监督。',
    ])
    els.append(('p', body))
    els.append(('p', L.get('close', '特此函告。')))
    els.append(('r', L.get('sign', L['issuer'])))
    els.append(('r', L['date']))
    els.append(('seal', L.get('seal', L['issuer'])))
    if L.get('cc'):
        els.append(('p', f'（联系人：{L["cc"]}）'))
    return els


def district_letter(P, L, rnd):
    rec, rcode = L['rec_name'], L['rec_code']
    title = {
        'han2': f'关于推荐{rec}考核点的函',
        'tuijianhan': '推荐函',
        'yijian': '考核点推荐意见',
        'shu': f'关于{rec}申报社会培训评价组织\n考核点的推荐意见',
    }[L['title']]
    els = []
    if L.get('letterhead', True):
        els.append(('lh', L.get('lh', L['issuer'])))
    if L.get('docno'):
        els.append(('no', L['docno']))
    els.append(('t', title))
    els.append(('p', '上海市职业技能鉴定中心：' if rnd.random() < 0.5 else '市人力资源社会保障局：'))
    who = f'{rec}（统一社会信用代码{rcode}）' if L.get('with_code', True) and rcode else rec
    els.append(('p', f'{who}拟申报社会培训评价组织，其考核点设在{L["site"]}。经我局实地查看，该考核点场地面积、设施设备及视频监控条件能够满足{"、".join(full_name(a) for a in P["apps"])}职业技能等级认定考核需要。'))
    els.append(('p', '经研究，同意推荐。'))
    els.append(('r', L.get('sign', L['issuer'])))
    els.append(('r', L['date']))
    els.append(('seal', L.get('seal', L['issuer'])))
    return els


# ------------------------------------------------------------------ credit report
def credit_report(P, C, rnd):
    o, c = C['name'], C['code']
    pen, dis = C.get('penalties', 0), C.get('dishonest', 0)
    style = C['style']
    els = []
    if style in ('sh_public', 'xyzg'):
        if style == 'sh_public':
            els += [('lh', '上海市公共信用信息服务平台'), ('t', '公共信用信息报告\n（法人版）')]
        else:
            els += [('lh', '信用中国（上海）'), ('t', '法人公共信用信息查询报告')]
        els += [('tbl', [['报告编号', C['no']], ['查询日期', C['date']], ['主体名称', o], ['统一社会信用代码', c]]),
                ('h', '一、基本信息'),
                ('tbl', [['登记机关', P['reg_authority']], ['法定代表人', P['rep']], ['成立日期', P['founded']], ['住所', P['addr']]]),
                ('h', '二、行政处罚信息')]
        if pen:
            els.append(('p', f'查见{pen}条。'))
            rows = [['决定书文号', '处罚事由', '处罚结果', '决定日期', '处罚机关']]
            for i in range(pen):
                rows.append([f'沪{P["district"][:1]}市监案处〔2024〕{rnd.randint(1100, 9800)}号',
                             rnd.choice(['未按规定公示年度报告', '发布虚假广告', '未按规定明码标价']),
                             f'罚款人民币{rnd.choice([5000, 10000, 20000])}元', f'2024年{rnd.randint(2, 10)}月{rnd.randint(1, 28)}日',
                             f'上海市{P["district"]}市场监督管理局'])
            els.append(('tbl', rows))
        else:
            els.append(('p', '未查见。'))
        els.append(('h', '三、失信信息（严重失信主体名单、失信被执行人等）'))
        if dis:
            els.append(('p', f'查见{dis}条。'))
            rows = [['类别', '认定单位', '列入日期']]
            for i in range(dis):
                rows.append([['失信被执行人', '拖欠农民工工资失信联合惩戒对象'][i % 2],
                             [f'上海市{P["district"]}人民法院', f'上海市{P["district"]}人力资源和社会保障局'][i % 2], f'2023年{5 + i}月{10 + i}日'])
            els.append(('tbl', rows))
        else:
            els.append(('p', '未查见。'))
        els += [('h', '四、其他信息'), ('p', '行政许可信息：查见2条（详见附表）。守信激励信息：未查见。'),
                ('p', '说明：本报告内容来源于上海市公共信用信息服务平台归集的公共信用信息，仅供参考。'),
                ('r', f'出具日期：{C["date"]}'), ('seal', '信用报告专用章')]
    elif style == 'pboc':
        els += [('lh', '中国人民银行征信中心'), ('t', '企业信用报告\n（自主查询版）'),
                ('tbl', [['报告编号', C['no']], ['报告时间', C['date']], ['企业名称', o], ['统一社会信用代码', c],
                         ['中征码', C['zz']]]),
                ('h', '信息概要'),
                ('tbl', [['首次有信贷交易的年份', '2019', '发生信贷交易的机构数', '2'],
                         ['当前有未结清信贷交易的机构数', '1', '借贷交易余额（万元）', '120.00'],
                         ['被追偿余额', '0', '关注类余额', '0']]),
                ('h', '公共信息概要'),
                ('tbl', [['欠税记录', '民事判决记录', '强制执行记录', '行政处罚记录'],
                         ['0条', '0条', '0条', f'{pen}条' if pen else '0条']]),
                ('p', f'行政处罚信息：{"查见" + str(pen) + "条" if pen else "未查见"}；失信被执行人信息：{"查见" + str(dis) + "条" if dis else "未查见"}。'),
                ('p', '本报告仅包含可能影响企业信用状况的主要信息，如需获取全面信息，请到征信中心查询。'),
                ('r', '中国人民银行征信中心'), ('seal', '征信中心报告专用章')]
    return els


# ------------------------------------------------------------------ audit report
FIRMS = [('上海立衡会计师事务所（普通合伙）', '沪立会审字'), ('上海申联会计师事务所有限公司', '申联审'),
         ('上海沪诚信会计师事务所有限公司', '沪诚信审'), ('上海东衡会计师事务所（特殊普通合伙）', '东衡审字'),
         ('上海明达永信会计师事务所有限公司', '明达审')]


def audit_report(P, year, A, rnd):
    firm, pfx = A['firm']
    o = P['name']
    np_ = P['type'] in ('minfei', 'shetuan')
    iy = year + 1
    num = f'{pfx}〔{iy}〕第{A["num"]:04d}号' if A.get('bracket', True) else f'{pfx}({iy})第{A["num"]:04d}号'
    addressee = '理事会' if np_ else rnd.choice(['全体股东', '董事会'])
    stmts = (f'{year}年12月31日的资产负债表，{year}年度的业务活动表和现金流量表以及相关财务报表附注' if np_ else
             f'{year}年12月31日的资产负债表，{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注')
    basis = '《民间非营利组织会计制度》' if np_ else '企业会计准则'
    op = A.get('opinion', 'std')
    els = [('t', '审 计 报 告'), ('no', num), ('p', f'{o}{addressee}：'), ('h', '一、审计意见'),
           ('p', f'我们审计了{o}（以下简称“贵单位”）财务报表，包括{stmts}。'),
           ('p', f'我们认为，后附的财务报表在所有重大方面按照{basis}的规定编制，公允反映了贵单位{year}年12月31日的财务状况以及{year}年度的'
                 f'{"业务活动成果" if np_ else "经营成果"}和现金流量。' if op == 'std' else
                 f'我们认为，贵单位财务报表在所有重大方面已经按照{basis}编制，公允反映了{year}年12月31日的财务状况及{year}年度的{"业务活动成果" if np_ else "经营成果"}。本报告为标准无保留意见审计报告。'),
           ('h', '二、形成审计意见的基础'),
           ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
           ('tbl', [[firm, f'中国注册会计师：{A["cpa"][0]}'], ['中国·上海', f'中国注册会计师：{A["cpa"][1]}'],
                    ['', A['date']]]),
           ('seal', firm[:12]), ('pb',)]
    a1, a0 = rnd.randint(300, 900), rnd.randint(250, 850)
    if np_:
        els += [('t', '业务活动表'), ('no', f'编制单位：{o}    {year}年度    单位：元'),
                ('tbl', [['项目', '本年累计数', '上年累计数'],
                         ['一、收入', '', ''], ['  捐赠收入', f'{rnd.randint(10, 90)}0,000.00', f'{rnd.randint(10, 90)}0,000.00'],
                         ['  提供服务收入', f'{a1},512.00', f'{a0},118.00'],
                         ['二、费用', '', ''], ['  业务活动成本', f'{a1 - 40},220.00', f'{a0 - 30},905.00'],
                         ['三、净资产变动额', f'{rnd.randint(5, 60)},292.00', f'{rnd.randint(5, 60)},213.00']])]
    else:
        els += [('t', '利润表'), ('no', f'编制单位：{o}    {year}年度    单位：元'),
                ('tbl', [['项目', '本期金额', '上期金额'],
                         ['一、营业收入', f'{a1},436,120.55', f'{a0},902,331.10'],
                         ['减：营业成本', f'{a1 - 120},310,882.00', f'{a0 - 110},224,016.30'],
                         ['二、营业利润', f'{rnd.randint(20, 90)},882,310.04', f'{rnd.randint(20, 90)},401,220.81'],
                         ['三、利润总额', f'{rnd.randint(20, 90)},901,300.04', f'{rnd.randint(20, 90)},388,120.81'],
                         ['四、净利润', f'{rnd.randint(15, 70)},120,044.00', f'{rnd.randint(15, 70)},002,913.61']])]
    return els


# ------------------------------------------------------------------ registration
def registration(P, R):
    t = P['type'] if not R.get('force_type') else R['force_type']
    code, name = R['code'], R['name']
    if t in ('company', 'branch', 'sole'):
        typ = {'company': R.get('typ', '有限责任公司（自然人投资或控股）'), 'branch': '有限责任公司分公司（自然人投资或控股）',
               'sole': '个人独资企业'}[t]
        rep_lab = {'company': '法定代表人', 'branch': '负责人', 'sole': '投资人'}[t]
        fields = [('名        称', name), ('类        型', typ), (rep_lab, P['rep']),
                  ('经营范围', P['scope']), ('注册资本', P['capital']) if t == 'company' else ('成立日期', P['founded']),
                  ('成立日期', P['founded']) if t == 'company' else ('营业期限', f'{P["founded"]}至无固定期限'),
                  ('营业期限', f'{P["founded"]}至无固定期限') if t == 'company' else ('经营场所', P['addr']),
                  ('住        所', P['addr']) if t == 'company' else ('', '')]
        fields = [f for f in fields if f[0]]
        return dict(kind='licence', title='营 业 执 照', sub=R.get('sub', '（副  本）'), code=code, fields=fields,
                    authority=P['reg_authority'], date=R['date'], footer='国家企业信用信息公示系统网址：http://www.gsxt.gov.cn')
    if t == 'minfei':
        return dict(kind='minfei', title='民办非企业单位登记证书', sub='（法人）', code=code, onecol=True,
                    fields=[('名        称', name), ('住        所', P['addr']), ('法定代表人', P['rep']),
                            ('业务范围', P['scope']), ('业务主管单位', P['supervisor']), ('开办资金', P['capital']),
                            ('有  效  期', '自2022年3月1日至2027年2月28日')],
                    authority=P['reg_authority'], date=R['date'], footer='中华人民共和国民政部监制')
    if t == 'shetuan':
        return dict(kind='shetuan', title='社会团体法人登记证书', sub='', code=code, onecol=True,
                    fields=[('名        称', name), ('住        所', P['addr']), ('法定代表人', P['rep']),
                            ('业务范围', P['scope']), ('活动地域', '上海市'), ('注册资金', P['capital']),
                            ('业务主管单位', P['supervisor']), ('有  效  期', '2021年6月至2026年6月')],
                    authority=P['reg_authority'], date=R['date'], footer='中华人民共和国民政部监制')
    if t == 'shiye':
        return dict(kind='shiye', title='事业单位法人证书', sub='', code=code, onecol=True,
                    fields=[('名        称', name), ('宗旨和业务范围', P['scope']), ('住        所', P['addr']),
                            ('法定代表人', P['rep']), ('经费来源', '财政补助'), ('开办资金', P['capital']),
                            ('举办单位', P['supervisor']), ('有  效  期', '自2023年5月至2028年5月')],
                    authority='上海市事业单位登记管理局', date=R['date'], footer='国家事业单位登记管理局监制')
    raise ValueError(t)


def registration_els(cert):
    """Same certificate as a flowing document (for html/docx producers)."""
    els = [('t', cert['title'] + ('\n' + cert['sub'] if cert.get('sub') else '')),
           ('p', f'统一社会信用代码  {cert["code"]}'),
           ('tbl', [[a, b] for a, b in cert['fields']]),
           ('r', f'登记机关  {cert["authority"]}'), ('r', cert['date']), ('seal', cert['authority'])]
    return els


# ------------------------------------------------------------------ work plan, pledge, integrity
def work_plan(P, title_style, rnd):
    o = P['name']
    t = {'a': f'{o}\n职业技能等级认定工作方案', 'b': '职业技能等级认定工作方案', 'c': f'职业技能等级认定工作方案（{o}）'}[title_style]
    els = [('t', t),
           ('h', '一、机构基本情况'),
           ('p', f'{o}成立于{P["founded"]}，注册地址{P["addr"]}。本单位设立职业技能等级认定办公室，专门负责认定工作的组织实施，配备专职工作人员{rnd.randint(5, 12)}名。'),
           ('h', '二、组织架构与人员'),
           ('p', f'认定工作领导小组由{P["rep"]}任组长，下设考务组、质量督导组和专家委员会，建立考评员、督导员库共{rnd.randint(20, 60)}人。'),
           ('h', '三、场地设施与经费保障'),
           ('p', f'考核点位于{P["site"]}，设有理论考场{rnd.randint(2, 4)}间、实操考场{rnd.randint(2, 5)}间，全部安装视频监控设备，录像保存不少于一年。认定经费纳入年度预算，保障工作稳定开展。'),
           ('h', '四、质量管控措施'),
           ('p', '严格执行考务管理规程，实行考评分离、随机派考、全程录像；建立内部质量督导和信息公开制度，自愿接受各级人社部门和行业主管部门的监督。')]
    return els


def pledge(P, style, rnd, mention_only=False):
    o = P['name']
    t = {'a': '承诺书', 'b': '诚信承诺书', 'c': '社会培训评价组织申报承诺书'}[style]
    return [('t', t), ('p', '上海市人力资源和社会保障局：'),
            ('p', f'本单位{o}自愿申报社会培训评价组织，郑重承诺：所提交的全部申报材料真实、有效、合法；严格遵守国家及本市职业技能等级认定相关规定，'
                  f'规范开展评价活动，不以营利为最终目的；如有虚假，愿承担相应责任。'),
            ('r', f'承诺单位（盖章）：{o}'), ('r', f'法定代表人（签字）：{P["rep"]}'), ('r', P['form_date']), ('seal', o)]


def integrity(P, style, rnd):
    o = P['name']
    t = {'a': '廉洁责任书', 'b': '廉洁自律责任书', 'c': '职业技能等级认定工作廉洁责任书'}[style]
    return [('t', t),
            ('p', f'为规范职业技能等级认定工作，防止发生违纪违规行为，{o}（以下简称“责任单位”）作出如下承诺：'),
            ('p', '一、不向工作人员及其亲属赠送礼品、礼金、有价证券；二、不以任何形式买卖证书、降低标准或弄虚作假；'
                  '三、发现考评人员违规行为及时报告并配合调查；四、违反本责任书的，自愿接受取消资格等处理。'),
            ('r', f'责任单位（盖章）：{o}'), ('r', P['form_date']), ('seal', o)]


# ------------------------------------------------------------------ implementation plan, evaluation plans, sample papers
def impl_plan(P, rnd):
    rows = [['职业编码', '职业（工种）', '等级', '考核方式']]
    for a in P['apps']:
        rows.append([a['code'], full_name(a), lv_list(a['levels'], 'cn'), '理论知识考试＋操作技能考核'])
    return [('t', '职业技能等级认定项目实施方案'),
            ('h', '一、认定项目'), ('tbl', rows),
            ('h', '二、实施流程'),
            ('p', '报名审核—考前公示—理论知识考试（机考）—操作技能考核—成绩复核—结果公示—证书发放—资料归档。'),
            ('h', '三、考评人员配备'),
            ('p', f'理论考试每考场配备监考人员不少于2名；操作技能考核考评员与考生配比不低于1:{rnd.choice([10, 15])}，每场不少于3名考评员。')]


EVAL_TITLES = {
    'pingjia': lambda n, l: f'{n}（{l}）评价方案',
    'kaohe': lambda n, l: f'{n}{l}考核方案',
    'rending': lambda n, l: f'{n}职业技能等级认定方案（{l}）',
    'xize': lambda n, l: f'{n}（{l}）评价实施细则',
}


def eval_plan(app, n, style, rnd):
    name = full_name(app)
    l = lv(n, 'cn')
    theory = {5: 90, 4: 90, 3: 90, 2: 120, 1: 120}[n]
    skill = {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[n]
    els = [('t', EVAL_TITLES[style](name, l)),
           ('p', f'适用范围：{name}（职业编码{app["code"]}）{lv(n, "paren")}职业技能等级认定。'),
           ('tbl', [['考核科目', '考核方式', '时长', '合格标准'],
                    ['理论知识', '闭卷机考', f'{theory}分钟', '60分及以上'],
                    ['操作技能', '实际操作/模拟操作' if n >= 3 else '实操＋综合评审', f'{skill}分钟', '60分及以上']]),
           ('p', f'申报条件按国家职业技能标准执行；考评员与考生配比为1:{rnd.choice([5, 8, 10])}；成绩均达60分及以上者为合格。')]
    if n <= 2:
        els.append(('p', '技师、高级技师等级须进行综合评审，评审内容包括技术总结、业绩评审及答辩。'))
    return els


TOPICS = ['职业道德', '安全生产', '基础知识', '工作规范', '设备使用', '质量控制', '应急处置', '法律法规', '记录填写',
          '沟通协调', '清洁消毒', '计量单位', '环境保护', '操作流程', '风险识别']

SET_HEADS = {
    # style -> (set1 heading, set2 heading) as functions of (name, level)
    'taozhi': (lambda n, l: f'{n}（{l}）第一套试卷', lambda n, l: f'{n}（{l}）第二套试卷'),
    'shijuan': (lambda n, l: f'试卷一  {n}{l}理论知识与操作技能', lambda n, l: f'试卷二  {n}{l}理论知识与操作技能'),
    'moni': (lambda n, l: f'{n}{l}模拟卷（A）', lambda n, l: f'{n}{l}模拟卷（B）'),
    'zu': (lambda n, l: f'{n}（{l}）样卷·第1组', lambda n, l: f'{n}（{l}）样卷·第2组'),
    'fileonly': (lambda n, l: f'{n}{l}职业技能等级认定样题', lambda n, l: f'{n}{l}职业技能等级认定样题'),
    'plain': (lambda n, l: f'{n}{l}样题一', lambda n, l: f'{n}{l}样题二'),
    'jiayi': (lambda n, l: f'{n}（{l}）甲卷', lambda n, l: f'{n}（{l}）乙卷'),
}


def sample_set(app, n, k, style, seed):
    """k = 1 or 2. Returns elements for one set (theory + practical)."""
    rnd = random.Random(f'{seed}-{app["code"]}-{n}-{k}')
    name = full_name(app)
    l = lv(n, 'cn')
    head = SET_HEADS[style][k - 1](name, l)
    tops = rnd.sample(TOPICS, 5)
    els = [('t', head)]
    if style == 'zu':
        els.append(('h', '理论知识考试样卷'))
    else:
        els.append(('h', '一、理论知识（单项选择题）'))
    for i, tp in enumerate(tops[:3]):
        els.append(('p', f'{i + 1}. 关于{name}{tp}的要求，下列说法正确的是（  ）。A. 按规程执行 B. 凭经验处理 C. 可以省略 D. 无需记录'))
    els.append(('p', f'{4}. （判断）{name}在{tops[3]}环节应当做好记录。（  ）'))
    if style == 'zu':
        els.append(('h', '操作技能考核样卷'))
    else:
        els.append(('h', '二、操作技能'))
    els.append(('p', f'试题{k}-{rnd.randint(1, 9)}：{tops[4]}综合操作。考核时间{rnd.choice([30, 40, 45, 60])}分钟，配分100分。要求：按{l}技能要求完成{rnd.choice(["准备、实施、检查", "识别、处置、记录", "方案编制与实施"])}三个步骤。'))
    return els
