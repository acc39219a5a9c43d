"""Document contents (blocks) for the final5 blind corpus."""
import random

ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def v36(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(s8):
    c = 11 - sum(v36(ch) * w for ch, w in zip(s8, W9)) % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)


def c18(s17):
    return ALPH[(31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W18)) % 31) % 31]


def make_code(rnd, prefix, div):
    while True:
        body = 'MA' + ''.join(rnd.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
        if prefix[0] == '5':
            body = 'MJ' + body[2:]
        if prefix == '12':
            body = ''.join(rnd.choice('0123456789') for _ in range(8))
        ck = org_check(body)
        s17 = prefix + div + body + ck
        if all(ch in ALPH for ch in s17):
            return s17 + c18(s17)


def valid(code):
    return org_check(code[8:16]) == code[16] and c18(code[:17]) == code[17]


assert valid('91310115MA1FL0A00C') and valid('52310104MJ5K3L7D1F') and not valid('52310104MJ5K3L7D0C')

DIST = {'310101': ('黄浦区', '黄'), '310104': ('徐汇区', '徐'), '310105': ('长宁区', '长'), '310106': ('静安区', '静'),
        '310107': ('普陀区', '普'), '310109': ('虹口区', '虹'), '310110': ('杨浦区', '杨'), '310112': ('闵行区', '闵'),
        '310113': ('宝山区', '宝'), '310114': ('嘉定区', '嘉'), '310115': ('浦东新区', '浦'), '310116': ('金山区', '金'),
        '310117': ('松江区', '松'), '310118': ('青浦区', '青'), '310120': ('奉贤区', '奉'), '310151': ('崇明区', '崇')}

CN = '〇一二三四五六七八九'
LV = {5: ('五级', '初级工', '初级'), 4: ('四级', '中级工', '中级'), 3: ('三级', '高级工', '高级'), 2: ('二级', '技师', '技师'), 1: ('一级', '高级技师', '高级技师')}


def cndate(y, m, d):
    def num(n):
        if n < 10: return CN[n]
        if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
        return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    return ''.join(CN[int(ch)] for ch in str(y)) + '年' + num(m) + '月' + num(d) + '日'


def lvtxt(l, v):
    a, b, c = LV[l]
    return {'slash': f'{a}/{b}', 'paren': f'{a}（{b}）', 'zige': f'国家职业资格{a}', 'bare': a, 'arabic': f'{l}级',
            'old': c, 'L': f'L{l}'}[v]


def lvlist(levels, v, sep='、'):
    return sep.join(lvtxt(l, v) for l in levels)


def lvrange(levels):
    hi, lo = min(levels), max(levels)
    return f'{LV[lo][0]}至{LV[hi][0]}' if hi != lo else LV[lo][0]


def occ_label(o):
    return o['name'] if o['gz'] == o['name'] else f"{o['name']}（{o['gz']}）"


# ------------------------------------------------------------------ application form
def application_form(P, style, name=None, code=None):
    name = name or P['name']; code = code or P['code']
    y = P['date']
    head = [('title', '社会培训评价组织征集遴选申请表')]
    base = [['申报单位名称', name, '统一社会信用代码', code],
            ['单位性质', P['nature'], '法定代表人', P['rep']],
            ['单位地址', P['addr'], '联系人/电话', f"{P['contact']} {P['phone']}"],
            ['考核点地址', P['site'], '专职人员数', str(P['staff'])]]
    occ_rows = []
    apps = P['apps']
    if style == 'tick':
        occ_rows = [['职业编码', '职业（工种）名称', '申报等级（请在□内打√）']]
        for a in apps:
            ticks = '  '.join(('☑' if l in a['levels'] else '□') + lvtxt(l, 'slash') for l in (5, 4, 3, 2, 1))
            occ_rows.append([a['code'], occ_label(a), ticks])
    elif style == 'square':
        occ_rows = [['序号', '职业（工种）', '编码', '五级', '四级', '三级', '二级', '一级']]
        for i, a in enumerate(apps, 1):
            occ_rows.append([str(i), occ_label(a), a['code']] + ['■' if l in a['levels'] else '□' for l in (5, 4, 3, 2, 1)])
    elif style == 'range':
        occ_rows = [['职业编码', '职业名称', '工种', '申报等级范围']]
        for a in apps:
            occ_rows.append([a['code'], a['name'], a['gz'] if a['gz'] != a['name'] else '—', lvrange(a['levels'])])
    elif style == 'onecell':
        occ_rows = [['申报职业（工种）及等级']] + [[f"{occ_label(a)}（{a['code']}）：{lvlist(a['levels'], 'bare')}"] for a in apps]
        occ_rows = [[r[0], ''] for r in occ_rows]
    elif style == 'arabic':
        occ_rows = [['工种', '职业编码', '级别']] + [[occ_label(a), a['code'], lvlist(a['levels'], 'arabic')] for a in apps]
    elif style == 'wrapped':  # level before code, several levels per cell
        occ_rows = [['申报等级', '职业编码', '职业（工种）']] + [[lvlist(a['levels'], 'paren', '\n'), a['code'], occ_label(a)] for a in apps]
    elif style == 'gongzhong':
        occ_rows = [['申报工种', '编码', '等级']] + [[a['gz'], a['code'], lvlist(a['levels'], 'zige')] for a in apps]
    blocks = list(head)
    if style == 'fields':
        blocks = [('small', '上海市人力资源和社会保障自助经办系统 · 新增备案机构申报 · 打印预览'), ('title', '社会培训评价组织征集遴选申请表')]
        for lab, val in [('申报单位', name), ('统一社会信用代码', code), ('单位类型', P['nature']), ('法定代表人', P['rep']),
                         ('注册地址', P['addr']), ('考核点', P['site'])]:
            blocks.append(('small', f'{lab}：{val}'))
        for i, a in enumerate(apps, 1):
            blocks += [('small', f'—— 申报项目{i} ——'), ('small', f"职业编码：{a['code']}"), ('small', f"职业（工种）：{occ_label(a)}"),
                       ('small', f"申报等级：{lvlist(a['levels'], 'paren')}")]
    else:
        blocks.append(('table', base, [1.2, 2.2, 1.3, 2.2], 'vertical' if style == 'square' else None))
        if style in ('tick', 'range') and P.get('form_page2'):
            blocks += [('p', '（申报职业（工种）及等级见第2页）'), ('pb',), ('sub', '二、申报职业（工种）及等级')]
        blocks.append(('table', occ_rows, None))
    blocks += [('p', '单位简介：' + P['intro']),
               ('p', f"本单位已具备与申报职业（工种）相适应的考核场地{P['area']}平方米，配备视频监控设备，专职工作人员{P['staff']}名。"),
               ('p', '本单位对所填内容及所附材料的真实性负责。'),
               ('right', f'申报单位（盖章）：{name}'), ('right', f'{y[0]}年{y[1]}月{y[2]}日')]
    if P.get('form_seal'):
        blocks.append(('seal', name))
    return {'blocks': blocks, 'landscape': style in ('square',), 'meta_title': '申请表'}


# ------------------------------------------------------------------ letters
def letter(P, who, style, target_name=None, target_code=None, seal=True):
    """who: dict(issuer, short, num_prefix, kind)"""
    tn = target_name or P['name']; tc = target_code or P['code']
    occs = '、'.join(occ_label(a) for a in P['apps'])
    d = who.get('date', (2025, 1, 14))
    date = cndate(*d) if who.get('cn_date', True) else f'{d[0]}年{d[1]}月{d[2]}日'
    num = f"{who['num_prefix']}〔2025〕{who.get('num', 12)}号"
    sealb = [('seal', who['issuer'], who.get('pale', False))] if seal else []
    sig = who.get('sig', who['issuer'])
    if style == 'han':
        b = [('lh', who['issuer'] + ('' if who.get('no_han') else '')), ('right', num), ('gap', 8),
             ('title', f'关于推荐{tn}申报\n社会培训评价组织的函'), ('p', '上海市人力资源和社会保障局：'),
             ('p', f'{tn}（统一社会信用代码：{tc}）{who["relation"]}。该单位在{occs}等职业领域具有较丰富的培训评价经验，'
                   f'考核场地、设施设备和专职人员配备符合要求，近年来未发现违法违规行为。'),
             ('p', f'经研究，同意推荐{tn}申报{occs}职业（工种）社会培训评价组织。'),
             ('p', '特此函告。'), ('gap', 20), ('right', sig), ('right', date)] + sealb
        if who.get('cc'):
            b += [('gap', 30), ('small', '抄送：' + who['cc'])]
    elif style == 'yijian':  # brief recommendation-opinion table form
        b = [('title', '推荐意见'), ('table', [['被推荐单位', tn], ['统一社会信用代码', tc], ['推荐职业（工种）', occs],
                                          ['推荐单位', who['issuer']],
                                          ['推荐意见', f'该单位{who["relation"]}，经审核，同意推荐其申报社会培训评价组织。'],
                                          ['推荐单位（盖章）', f'{sig}\n{date}']], [1, 3])] + sealb
    elif style == 'shu':  # 推荐书 with stamp box
        b = [('lh', who['issuer']), ('title', '推 荐 书'), ('p', f'上海市职业技能鉴定中心：'),
             ('p', f'兹推荐{tn}（统一社会信用代码{tc}）申报{occs}社会培训评价组织。{who["relation"]}。'),
             ('p', '我单位对推荐意见负责。'),
             ('table', [['推荐单位盖章处', '经办人', '日期'], ['', who.get('clerk', '王立群'), date]], [2, 1, 1]),
             ('right', sig)] + sealb
    elif style == 'pifu':  # written as a reply (批复)
        b = [('lh', who['issuer']), ('right', num), ('title', f'关于同意推荐{tn}\n申报社会培训评价组织的批复'),
             ('p', f'{tn}：'), ('p', f'你单位《关于申请推荐申报社会培训评价组织的请示》收悉。经研究，同意推荐你单位（统一社会信用代码{tc}）'
                                      f'申报{occs}职业（工种）社会培训评价组织，请按市人力资源社会保障局要求做好申报工作。'),
             ('p', '此复。'), ('gap', 16), ('right', sig), ('right', date)] + sealb + [('gap', 30), ('small', '抄送：上海市人力资源和社会保障局，上海市职业技能鉴定中心。')]
    else:  # 'yijianhan' 意见函
        b = [('lh', who['issuer'] + '\u3000函'), ('right', num), ('title', f'关于{tn}申报社会培训评价组织的推荐意见函'),
             ('p', '上海市职业技能鉴定中心：'),
             ('p', f'根据沪人社职〔2024〕447号文要求，我局对{tn}（{tc}）设在本区的考核点进行了实地查看。考核点位于{P["site"]}，'
                   f'场地{P["area"]}平方米，视频监控覆盖考场。我局同意推荐该单位申报{occs}社会培训评价组织。'),
             ('gap', 16), ('right', sig), ('right', date)] + sealb
        if who.get('cc'):
            b += [('small', '抄送：' + who['cc'])]
    return {'blocks': b, 'meta_title': ''}


# ------------------------------------------------------------------ credit report
def credit_report(P, style, penalties=0, shixin=0, name=None, code=None):
    name = name or P['name']; code = code or P['code']
    rn = f"SHXY{P['seed']:04d}2025011{P['seed'] % 9}"
    if style == 'pboc':
        b = [('title', '企业信用报告'), ('sub', '（自主查询版）'), ('small', '中国人民银行征信中心'),
             ('table', [['报告编号', f"2025011{P['seed']:03d}8841{P['seed']:02d}"], ['报告时间', '2025-01-15 10:21:07'],
                        ['企业名称', name], ['统一社会信用代码', code]], [1, 2]),
             ('sub', '信息概要'),
             ('table', [['首次有信贷交易的年份', str(2016 + P['seed'] % 6)], ['借贷交易余额（万元）', '0'], ['被追偿余额', '0'],
                        ['关注类余额', '0'], ['不良类余额', '0']], [2, 1]),
             ('sub', '公共信息概要'),
             ('table', [['信息类别', '记录条数'], ['欠税记录', '0'], ['民事判决记录', '0'], ['强制执行记录', '0'],
                        ['行政处罚记录', str(penalties)], ['失信被执行人记录', str(shixin)]], [2, 1])]
        if penalties:
            b += [('p', f'行政处罚记录：处罚机关 上海市{P["dist"]}市场监督管理局，决定书文号 沪市监{P["distshort"]}处〔2024〕{P["seed"]}0号，'
                        f'处罚内容：罚款人民币2万元，处罚日期2024-06-1{P["seed"] % 9}。')]
        b += [('small', '本报告仅供被查询企业使用，报告内容以征信中心数据库记录为准。')]
        return {'blocks': b, 'footer': '第{p}页'}
    pen = f'查见{penalties}条' if penalties else '未查见'
    sx = f'查见{shixin}条' if shixin else '未查见'
    b = [('small', '上海市公共信用信息服务平台'), ('title', '公共信用信息报告'), ('sub', '（法人版）'),
         ('table', [['报告编号', rn], ['查询日期', '2025年01月16日'], ['主体名称', name], ['统一社会信用代码', code]], [1, 2])]
    if style == 'box':
        b += [('box', ['信息概要', f'行政处罚 {penalties} 条    失信记录 {shixin} 条    严重失信主体名单 0 条',
                       f'行政许可 {3 + P["seed"] % 4} 条    守信激励 0 条'])]
        b += [('sub', '一、登记信息'), ('table', [['名称', name], ['法定代表人', P['rep']], ['住所', P['addr']],
                                            ['登记机关', P['regauth']]], [1, 3]), ('pb',),
              ('sub', '二、行政许可信息'), ('table', [['序号', '许可事项', '许可机关', '日期']] +
                                           [[str(i + 1), f'许可事项{i+1}', P['regauth'], f'202{2+i}-0{i+3}-1{i}'] for i in range(2)], None),
              ('sub', '三、行政处罚信息')]
        if penalties:
            b.append(('table', [['序号', '决定书文号', '处罚事由', '处罚机关'], ['1', f'沪{P["distshort"]}应急罚〔2024〕{P["seed"]}号', '未按规定开展安全生产培训', f'{P["dist"]}应急管理局']], None))
        else:
            b.append(('p', '未查见相关记录。'))
        b.append(('sub', '四、失信信息'))
        if shixin:
            b.append(('table', [['序号', '名单类别', '列入机关', '列入日期'], ['1', '失信被执行人', f'上海市{P["dist"]}人民法院', '2024-09-03']], None))
        else:
            b.append(('p', '未查见相关记录。'))
        return {'blocks': b, 'footer': f'报告编号 {rn}  第{{p}}页'}
    b += [('sub', '一、基本信息'), ('table', [['名称', name], ['统一社会信用代码', code], ['法定代表人', P['rep']], ['成立日期', P['founded']]], [1, 3]),
          ('sub', '二、行政处罚信息'), ('p', pen + ('，详见下表。' if penalties else '。'))]
    if penalties:
        b.append(('table', [['决定书文号', '违法行为类型', '处罚结果', '处罚机关'],
                            [f'沪市监{P["distshort"]}处〔2024〕{P["seed"]}0号', '虚假宣传', '罚款20000元', f'上海市{P["dist"]}市场监督管理局']], None))
    b += [('sub', '三、失信信息（失信被执行人、严重失信主体名单等）'), ('p', sx + '。'),
          ('sub', '四、其他信息'), ('p', '未查见欠缴社会保险费、欠税等记录。'),
          ('small', '说明：本报告由上海市公共信用信息服务中心出具，信息截至查询日期。')]
    return {'blocks': b, 'footer': '第{p}页'}


# ------------------------------------------------------------------ audit report
def audit_report(P, year, opinion='clean', firm=None):
    firm = firm or P['firm']
    npo = P['type'] in ('52', '51')
    stmt = '业务活动表' if npo else '利润表'
    eq = '净资产变动表' if npo else '所有者权益变动表'
    addr = '理事会' if npo else '全体股东'
    rnd = random.Random(P['seed'] * 100 + year)
    a1 = rnd.randrange(300, 3000) * 1000; a0 = int(a1 * rnd.uniform(0.8, 1.1))
    r1 = rnd.randrange(200, 2000) * 1000; r0 = int(r1 * rnd.uniform(0.8, 1.2))
    b = [('title', '审 计 报 告'), ('right', f"{firm['abbr']}审字（{year + 1}）第{P['seed']:02d}{year % 10}7号"),
         ('p', f'{P["name"]}{addr}：'), ('sub', '一、' + ('保留意见' if opinion == 'qualified' else '审计意见')),
         ('p', f'我们审计了{P["name"]}（以下简称贵单位）财务报表，包括{year}年12月31日的资产负债表，{year}年度的{stmt}、'
               f'现金流量表{"" if npo else "、" + eq}以及相关财务报表附注。')]
    if opinion == 'qualified':
        b += [('p', f'我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照'
                    f'{"《民间非营利组织会计制度》" if npo else "企业会计准则"}的规定编制，公允反映了贵单位{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。'),
              ('sub', '二、形成保留意见的基础'),
              ('p', f'贵单位{year}年12月31日其他应收款中有账龄三年以上款项{rnd.randrange(10, 90)}万元，我们未能获取充分、适当的审计证据。')]
    else:
        b += [('p', f'我们认为，后附的财务报表在所有重大方面按照{"《民间非营利组织会计制度》" if npo else "企业会计准则"}的规定编制，'
                    f'公允反映了贵单位{year}年12月31日的财务状况以及{year}年度的{"业务活动成果" if npo else "经营成果"}和现金流量。'),
              ('sub', '二、形成审计意见的基础'),
              ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。')]
    b += [('gap', 10), ('p', f'{firm["name"]}　　　　中国注册会计师：{firm["cpa"][0]}'), ('right', f'中国注册会计师：{firm["cpa"][1]}'),
          ('right', f'中国·上海　　{year + 1}年{3 + P["seed"] % 3}月{10 + P["seed"] % 15}日'),
          ('seal', firm['name'], True), ('pb',),
          ('sub', '资产负债表（简表）'), ('small', f'编制单位：{P["name"]}　　单位：元'),
          ('table', [['项目', '期末余额', '上年年末余额'], ['货币资金', f'{int(a1*0.6):,}', f'{int(a0*0.6):,}'],
                     ['资产总计', f'{a1:,}', f'{a0:,}'], ['负债合计', f'{int(a1*0.3):,}', f'{int(a0*0.35):,}'],
                     [('净资产合计' if npo else '所有者权益合计'), f'{int(a1*0.7):,}', f'{int(a0*0.65):,}']], [2, 1, 1]),
          ('sub', stmt + '（简表）'),
          ('table', [['项目', '本年金额', '上年金额'], [('业务活动收入' if npo else '营业收入'), f'{r1:,}', f'{r0:,}'],
                     [('业务活动成本' if npo else '营业成本'), f'{int(r1*0.8):,}', f'{int(r0*0.82):,}'],
                     [('净资产变动额' if npo else '净利润'), f'{int(r1*0.12):,}', f'{int(r0*0.1):,}']], [2, 1, 1])]
    return {'blocks': b, 'footer': f'{firm["name"]} 第{{p}}页'}


# ------------------------------------------------------------------ registration
def registration(P, kind=None, typ=None):
    kind = kind or {'91': 'licence', '52': 'minfei', '51': 'shetuan', '12': 'shiye'}[P['type']]
    if kind == 'licence':
        f = [('统一社会信用代码', P['code']), ('名　　称', P['name']), ('类　　型', typ or P['lictype']), ('法定代表人', P['rep']),
             ('经营范围', P['scope']), ('注册资本', P['capital']), ('成立日期', P['founded']), ('营业期限', P['founded'] + ' 至 不约定期限'),
             ('住　　所', P['addr'])]
        return {'title': '营 业 执 照', 'copy': '（副本）', 'fields': f,
                'issuer': ['登记机关', P['regauth'], P['licdate']], 'issuer_seal': P['regauth']}
    if kind == 'minfei':
        return {'title': '民办非企业单位登记证书', 'copy': '（法人）', 'fields': [
            ('统一社会信用代码', P['code']), ('名　　称', P['name']), ('住　　所', P['addr']), ('法定代表人', P['rep']),
            ('业务范围', P['scope']), ('业务主管单位', P['supervisor']), ('开办资金', P['capital']), ('有 效 期', '2023年03月01日至2028年02月28日')],
            'issuer': ['登记管理机关', P['regauth'], P['licdate']], 'issuer_seal': P['regauth']}
    if kind == 'shetuan':
        return {'title': '社会团体法人登记证书', 'fields': [
            ('统一社会信用代码', P['code']), ('名　　称', P['name']), ('住　　所', P['addr']), ('法定代表人', P['rep']),
            ('业务范围', P['scope']), ('活动地域', '上海市'), ('注册资金', P['capital']), ('业务主管单位', P['supervisor']),
            ('有 效 期', '2022年06月10日至2027年06月09日')],
            'issuer': ['登记管理机关', P['regauth'], P['licdate']], 'issuer_seal': P['regauth']}
    return {'title': '事业单位法人证书', 'fields': [
        ('统一社会信用代码', P['code']), ('名　　称', P['name']), ('宗旨和业务范围', P['scope']), ('住　　所', P['addr']),
        ('法定代表人', P['rep']), ('经费来源', '财政补助'), ('开办资金', P['capital']), ('举办单位', P['supervisor']),
        ('有 效 期', '自2023年05月08日至2028年05月08日')],
        'issuer': ['登记管理机关', '上海市事业单位登记管理局', P['licdate']], 'issuer_seal': '上海市事业单位登记管理局'}


def cert_to_blocks(cert):
    """flow version of a certificate (for Word/HTML producers)"""
    b = [('title', cert['title'].replace(' ', '')), ('right', cert.get('copy', ''))]
    b.append(('table', [[k, v] for k, v in cert['fields']], [1, 3]))
    b += [('right', x) for x in cert['issuer']]
    return b


# ------------------------------------------------------------------ plans
def work_plan(P, with_pledge=False, with_integrity=False, mention_pledge=False):
    b = [('title', '职业技能等级认定工作方案'), ('sub', P['name']),
         ('p', '一、组织机构'), ('p', f'本单位成立职业技能等级认定工作领导小组，由{P["rep"]}任组长，下设认定办公室、考务组、质量督导组，专职工作人员{P["staff"]}名。'),
         ('p', '二、专家团队'), ('p', '建立考评员、督导员、内部质量督导员库，考评员均具有相应职业高级工以上等级证书或中级以上专业技术职称。'),
         ('p', '三、场地与设施设备'), ('p', f'考核点位于{P["site"]}，面积{P["area"]}平方米，设理论考场和实操考场，配备视频监控设备，监控资料保存不少于一年。'),
         ('p', '四、质量管控'), ('p', '实行考评人员回避制度、试卷保密制度和考务全过程记录制度，建立内部质量督导与外部监督相结合的质量管控体系。'),
         ('p', '五、经费保障'), ('p', '认定工作经费纳入单位年度预算，专款专用，保障认定工作稳定开展。')]
    if mention_pledge:
        b += [('p', '六、承诺事项'), ('p', '本单位承诺严格遵守国家及本市职业技能等级认定有关规定，承诺书另附。')]
    b += [('right', P['name']), ('right', f'{P["date"][0]}年{P["date"][1]}月{P["date"][2]}日')]
    if with_pledge:
        b += [('pb',)] + pledge(P)['blocks']
    if with_integrity:
        b += [('pb',)] + integrity(P)['blocks']
    return {'blocks': b}


def pledge(P, seal=True):
    b = [('title', '承 诺 书'), ('p', '上海市人力资源和社会保障局：'),
         ('p', f'{P["name"]}（统一社会信用代码：{P["code"]}）申报社会培训评价组织，现郑重承诺如下：'),
         ('p', '1．本单位提交的申报材料真实、有效、合法，如有虚假，愿承担相应责任；'),
         ('p', '2．本单位社会信用良好，无违法违规、失信等不良行为记录；'),
         ('p', '3．严格遵守国家及本市职业技能等级认定相关规定，自愿接受各级人社部门、行业主管部门的监督；'),
         ('p', '4．把社会效益放在首位，规范收费，不以营利为最终目的。'),
         ('gap', 20), ('right', f'承诺单位（盖章）：{P["name"]}'), ('right', f'法定代表人（签字）：{P["rep"]}'),
         ('right', f'{P["date"][0]}年{P["date"][1]}月{P["date"][2]}日')]
    if seal:
        b.append(('seal', P['name']))
    return {'blocks': b}


def integrity(P, seal=True):
    b = [('title', '廉洁责任书'),
         ('p', f'为加强职业技能等级认定工作党风廉政建设，{P["name"]}（以下简称“责任单位”）作出如下廉洁承诺：'),
         ('p', '一、不向人社部门及职业技能鉴定机构工作人员赠送礼金、有价证券和贵重物品；'),
         ('p', '二、不以任何形式弄虚作假、违规发证、乱收费；'),
         ('p', '三、考评人员严格执行回避制度，不参与本人亲属的考核评价；'),
         ('p', '四、如有违反，自愿接受取消备案资格等处理。'),
         ('gap', 20), ('right', f'责任单位（盖章）：{P["name"]}'), ('right', f'负责人：{P["rep"]}'),
         ('right', f'{P["date"][0]}年{P["date"][1]}月{P["date"][2]}日')]
    if seal:
        b.append(('seal', P['name'], True))
    return {'blocks': b}


def eval_plan_blocks(a, style):
    lab = occ_label(a)
    if style == 'table':
        rows = [['等级', '鉴定方式', '考试时长', '合格线', '考评人员配比']]
        for l in a['levels']:
            rows.append([lvtxt(l, 'slash'), '理论知识考试（机考）+技能考核（实操）' + ('+综合评审' if l <= 2 else ''),
                         '理论90分钟/实操' + str(60 + 30 * (5 - l)) + '分钟', '各科60分', '1:15；实操1:3'])
        return [('sub', f'{lab}（{a["code"]}）评价方案'), ('table', rows, [1, 2.4, 1.6, 0.8, 1.2]),
                ('p', '评价内容依据国家职业技能标准，理论知识与技能要求比重见附表。')]
    b = [('sub', f'{lab}职业技能等级评价方案')]
    for l in a['levels']:
        b += [('p', f'{lvtxt(l, "paren")}评价方案：采用理论知识考试和操作技能考核相结合的方式。理论知识考试以闭卷机考方式进行，'
                    f'时长90分钟；操作技能考核采用现场实际操作方式，时长{60 + 30 * (5 - l)}分钟。'
                    + ('二级及以上增加综合评审，包括技术总结和论文答辩。' if l <= 2 else '') + '各项成绩均达60分及以上者为合格。')]
    return b


QT = ['{o}从业人员上岗前应首先（ ）。A.检查工具设备 B.直接作业 C.等待通知 D.离开现场',
      '下列关于{o}职业守则的说法，正确的是（ ）。A.爱岗敬业 B.随意操作 C.忽视安全 D.泄露信息',
      '{o}作业中发现安全隐患时应（ ）。A.继续作业 B.立即报告并处置 C.隐瞒不报 D.自行离开',
      '（判断）{o}作业记录可以事后补填。（ ）',
      '（判断）从事{o}工作必须遵守国家有关法律法规。（ ）',
      '简述{o}工作中质量检查的主要步骤。',
      '{o}常用的计量单位中，表示长度的是（ ）。A.米 B.千克 C.秒 D.安培',
      '实操题：按照作业规范完成一项{o}典型工作任务，并填写工作记录单。',
      '{o}服务对象提出投诉时，正确的处理方式是（ ）。A.耐心倾听并记录 B.争辩 C.置之不理 D.推给他人',
      '（判断）{o}应定期参加继续教育和技能培训。（ ）',
      '论述：结合实际谈谈{o}岗位的职业道德要求。',
      '{o}作业完成后，现场应做到（ ）。A.工完场清 B.保留杂物 C.遗留工具 D.不作记录']


def sample_blocks(a, l, k, style, rnd, answers=False):
    """k: 1 or 2 -> set number"""
    lab = occ_label(a); lv = LV[l][0]
    qs = rnd.sample(QT, 5) if k == 1 else rnd.sample(QT, 5)
    num = {1: '一', 2: '二'}[k]
    titles = {'brk': f'{lab}{lv}理论知识样题（{num}）', 'nobrk': f'{lab}{lv}理论知识样题{num}',
              'set': f'{lab}（{lvtxt(l, "paren")}）第{num}套样题', 'juan': f'{lab}{lv}样卷{"AB"[k-1]}',
              'tiku': f'{lab}{lv}题库抽样试题（{num}）', 'hdr': f'{lab}{lv}理论知识样卷', 'shijuan': f'{lab}{lv}试卷{num}'}
    b = [('sub', titles[style])]
    for i, q in enumerate(qs, 1):
        b.append(('small', f'{i}．' + q.format(o=a['gz'])))
    b.append(('small', f'技能操作：{lab}{lv}实操任务{num}——' + rnd.choice(['设备点检与记录', '典型故障识别', '作业方案编制', '现场规范操作', '服务流程演示'])))
    if answers:
        b.append(('small', '参考答案：' + ' '.join(rnd.choice('ABCD√×') for _ in range(5))))
    return b


def impl_plan(P, embed_eval=None, embed_samples=None, rnd=None, sample_style='brk'):
    b = [('title', '职业技能等级认定项目实施方案'), ('sub', P['name']),
         ('p', '一、项目概况'),
         ('p', '本单位申报' + '；'.join(f"{occ_label(a)}（{a['code']}）{lvlist(a['levels'], 'bare')}" for a in P['apps']) + '。'),
         ('p', '二、认定对象与申报条件'), ('p', '按照国家职业技能标准规定的申报条件执行，面向本单位职工及社会人员开展认定。'),
         ('p', '三、认定实施流程'), ('p', '发布公告—报名审核—组织考试—阅卷评分—成绩公示—证书发放—数据上报，全流程留痕。'),
         ('p', '四、考务管理'), ('p', '考评员由题库抽取组成考评小组，试题从国家题库或经审定的本单位题库抽取。')]
    if embed_eval:
        b += [('pb',), ('title', '各等级评价方案')]
        for a in P['apps']:
            b += eval_plan_blocks(a, embed_eval)
    if embed_samples:
        b += [('pb',), ('title', '样题')]
        for a in P['apps']:
            for l in a['levels']:
                for k in (1, 2):
                    b += sample_blocks(a, l, k, sample_style, rnd)
    return {'blocks': b}
