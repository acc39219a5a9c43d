# -*- coding: utf-8 -*-
"""Document content for the final3 blind corpus: blocks only, no rendering.

Block model (tuples):
  ('lh', text)            letterhead (red, large)
  ('rule',)               red rule under the letterhead
  ('no', text)            document number line
  ('t', text)             title, may contain \n (broken title)
  ('h', text)             heading
  ('p', text)             paragraph (indented)
  ('pl', text)            plain line, no indent
  ('tbl', rows, opts)     table; opts: widths, header, merge=[(r,c,r2,c2)]
  ('sig', [lines])        right-aligned signature block
  ('seal', name)          round seal (where the renderer can draw it)
  ('box', text)           stamp box
  ('br',)                 page break
"""

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALPH31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = sum(ALNUM.index(c) * w for c, w in zip(body8, W9))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def code_check(first17):
    s = sum(ALPH31.index(c) * w for c, w in zip(first17, W18))
    return ALPH31[(31 - s % 31) % 31]


def code_valid(code):
    if len(code) != 18 or any(c not in ALPH31 for c in code):
        return False
    return org_check(code[8:16]) == code[16] and code_check(code[:17]) == code[17]


def make_code(rng, prefix, division):
    """prefix '91'/'52'/'51'/'12'; division 6 digits."""
    safe = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        if prefix.startswith('9'):
            body = 'MA' + ''.join(rng.choice(safe) for _ in range(6))
        elif prefix == '52':
            body = 'MJ' + ''.join(rng.choice(safe) for _ in range(6))
        elif prefix == '51':
            body = '50' + ''.join(rng.choice("0123456789") for _ in range(6))
        else:
            body = '42' + ''.join(rng.choice("0123456789") for _ in range(6))
        oc = org_check(body)
        if oc not in ALPH31:
            continue
        first = prefix + division + body + oc
        return first + code_check(first)


assert code_valid('91310115MA1FL0A00C') and code_valid('52310104MJ5K3L7D1F')
assert not code_valid('91310115MA1FL0A00D') and not code_valid('52310104MJ5K3L7D0C')

DISTRICTS = {
    '310101': ('黄浦区', '黄人社'), '310104': ('徐汇区', '徐人社'), '310105': ('长宁区', '长人社'),
    '310106': ('静安区', '静人社'), '310107': ('普陀区', '普人社'), '310109': ('虹口区', '虹人社'),
    '310110': ('杨浦区', '杨人社'), '310112': ('闵行区', '闵人社'), '310113': ('宝山区', '宝人社'),
    '310114': ('嘉定区', '嘉人社'), '310115': ('浦东新区', '浦人社'), '310116': ('金山区', '金人社'),
    '310117': ('松江区', '松人社'), '310118': ('青浦区', '青人社'), '310120': ('奉贤区', '奉人社'),
    '310151': ('崇明区', '崇人社'),
}

# code -> (occupation, work type or None, levels)
CAT = {
    'zwfw': ('3-01-01-02', '政务服务办事员', None, [5, 4, 3]),
    'spaq': ('4-03-02-11', '食品安全管理师', None, [5, 4, 3, 2, 1]),
    'tys': ('4-03-02-10', '调饮师', None, [5, 4, 3, 2, 1]),
    'sjaq': ('4-04-04-02', '网络与信息安全管理师', '数据安全管理员', [4, 3, 2, 1]),
    'szls': ('4-04-05-10', '数字孪生应用技术员', None, [5, 4, 3, 2, 1]),
    'xygl': ('4-07-02-04', '信用管理师', None, [4, 3, 2, 1]),
    'tphs': ('4-09-07-04', '碳排放管理员', '碳排放核算员', [4, 3, 2, 1]),
    'bjy': ('4-09-08-01', '保洁员', None, [5, 4, 3]),
    'ljsj': ('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工', [5, 4, 3]),
    'ajs': ('4-10-04-01', '保健调理师', '保健艾灸师', [5, 4, 3]),
    'ylhl': ('4-14-01-02', '医疗护理员', None, [5, 4, 3, 2, 1]),
    'yys': ('4-14-02-01', '营养师', '公共营养师', [4, 3, 2, 1]),
    'sqjk': ('4-14-04-04', '社群健康助理员', None, [4, 3, 2]),
    'ywzj': ('6-12-03-00', '药物制剂工', '片剂制备', [5, 4, 3, 2, 1]),
    'zczz': ('6-18-01-13', '增材制造设备操作员', None, [5, 4, 3, 2, 1]),
    'gg': ('6-29-03-04', '管工', None, [5, 4, 3, 2, 1]),
    'jly': ('4-08-05-06', '计量员', '热工计量员', [4, 3]),
    # NOT in the catalogue (used for the occupation defect)
    'ylhly': ('4-10-01-05', '养老护理员', None, [5, 4, 3, 2, 1]),
}

CN = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五'}
GONG = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
BARE = {5: '初级', 4: '中级', 3: '高级', 2: '技师', 1: '高级技师'}
FW = {1: '１', 2: '２', 3: '３', 4: '４', 5: '５'}


def lv(n, style):
    if style == 'wu':
        return CN[n] + '级'
    if style == 'wu_gong':
        return CN[n] + '级/' + GONG[n]
    if style == 'wu_paren':
        return CN[n] + '级（' + GONG[n] + '）'
    if style == 'zige':
        return '国家职业资格' + CN[n] + '级'
    if style == 'arabic':
        return '%d级' % n
    if style == 'fw':
        return FW[n] + '级'
    if style == 'bare':
        return BARE[n]
    if style == 'gong':
        return GONG[n]
    raise ValueError(style)


def occ_full(key):
    code, name, work, _ = CAT[key]
    return name + ('（%s）' % work if work else '')


def lv_range(levels, style='wu', sep='至'):
    lo, hi = max(levels), min(levels)
    if style == 'short':
        return CN[lo] + sep + CN[hi] + '级'
    return lv(lo, style) + sep + lv(hi, style)


def cn_date(y, m, d):
    digs = '〇一二三四五六七八九'
    ys = ''.join(digs[int(c)] for c in str(y))

    def num(n):
        if n <= 10:
            return '十' if n == 10 else digs[n]
        if n < 20:
            return '十' + digs[n - 10]
        return digs[n // 10] + '十' + (digs[n % 10] if n % 10 else '')
    return '%s年%s月%s日' % (ys, num(m), num(d))


# --------------------------------------------------------------------------
# application forms
# --------------------------------------------------------------------------

def base_info_rows(o):
    return [
        ['申报单位名称', o['name']],
        ['统一社会信用代码', o['code']],
        ['单位性质', o['nature']],
        ['法定代表人', o['legal']],
        ['注册地址', o['addr']],
        ['考核点地址', o['site']],
        ['联系人', o['contact']],
        ['联系电话', o['phone']],
    ]


def form_blocks(o, apps, variant, date=(2025, 1, 22)):
    """apps: list of (key, levels)."""
    y, m, d = date
    B = []
    title = '社会培训评价组织征集遴选申请表'
    if variant == 'kv_tick':
        B += [('t', title), ('pl', '填报日期：%d年%d月%d日' % date)]
        rows = base_info_rows(o)
        B.append(('tbl', rows, {'widths': [0.3, 0.7]}))
        B.append(('h', '申报职业（工种）及等级'))
        rows = [['职业编码', '职业（工种）名称', '申报等级（请勾选）']]
        for k, levels in apps:
            code, name, work, cat = CAT[k]
            ticks = '  '.join((o.get('tick', '☑') if n in levels else '□') + lv(n, 'wu_gong') for n in [5, 4, 3, 2, 1])
            rows.append([code, occ_full(k), ticks])
        B.append(('tbl', rows, {'widths': [0.18, 0.27, 0.55], 'header': True}))
        B += [('p', '本单位对所填内容及所附材料的真实性负责。'),
              ('sig', ['申报单位（盖章）：' + o['name'], '法定代表人（签字）：' + o['legal'], '%d年%d月%d日' % date]),
              ('seal', o['name'])]
    elif variant == 'online':
        B += [('pl', '上海市人力资源和社会保障自助经办系统 · 新增备案机构申报'),
              ('t', title + '（打印版）'),
              ('pl', '申报编号：SQ2025%02d%02d%04d' % (m, d, o['seq'] * 37 % 10000)),
              ('pl', '—— 单位基本信息 ——')]
        for k, v in base_info_rows(o):
            B.append(('pl', '%s：%s' % (k, v)))
        for i, (k, levels) in enumerate(apps, 1):
            code, name, work, cat = CAT[k]
            B += [('pl', '—— 申报项目 %d ——' % i),
                  ('pl', '职业名称：%s' % name),
                  ('pl', '职业编码：%s' % code),
                  ('pl', '工种：%s' % (work or '无')),
                  ('pl', '申报等级：%s' % '、'.join(lv(n, 'wu') for n in levels))]
        B += [('pl', '—— 提交信息 ——'), ('pl', '提交时间：%d-%02d-%02d 15:42:08' % date),
              ('pl', '经办人：%s' % o['contact']),
              ('sig', ['申报单位（公章）', '%d年%d月%d日' % date]), ('seal', o['name'])]
    elif variant == 'range':
        B += [('t', title)]
        rows = [['单位名称', o['name'], '信用代码', o['code']],
                ['法定代表人', o['legal'], '联系电话', o['phone']],
                ['单位地址', o['addr'], '单位性质', o['nature']],
                ['考核点', o['site'], '联系人', o['contact']]]
        B.append(('tbl', rows, {'widths': [0.15, 0.4, 0.15, 0.3]}))
        rows = [['序号', '职业（工种）', '职业编码', '申报等级范围']]
        for i, (k, levels) in enumerate(apps, 1):
            rows.append([str(i), occ_full(k), CAT[k][0], o.get('range_text', {}).get(k) or lv_range(levels, 'wu')])
        B.append(('tbl', rows, {'widths': [0.08, 0.4, 0.2, 0.32], 'header': True}))
        B += [('pl', '单位意见：同意申报，所填信息属实。'), ('sig', ['（单位盖章）', '%d年%d月%d日' % date]), ('seal', o['name'])]
    elif variant == 'onecell':
        B += [('t', '上海市' + title), ('pl', '（%d年度）' % y)]
        cell = '\n'.join('%s（%s）：%s' % (occ_full(k), CAT[k][0], '、'.join(lv(n, 'wu') for n in levels)) for k, levels in apps)
        rows = [['申报单位', o['name']], ['统一社会信用代码', o['code']], ['单位类型', o['nature']],
                ['法定代表人', o['legal']], ['住所', o['addr']],
                ['申报职业（工种）及等级', cell],
                ['考核点（场地）', o['site']], ['联系人及电话', '%s  %s' % (o['contact'], o['phone'])],
                ['申报单位意见', '以上信息真实有效。\n（盖章）\n%d年%d月%d日' % date]]
        B.append(('tbl', rows, {'widths': [0.3, 0.7]}))
        B.append(('seal', o['name']))
    elif variant == 'arabic':
        B += [('t', title), ('pl', '申报单位（盖章）：%s' % o['name']),
              ('pl', '统一社会信用代码：%s' % o['code'])]
        rows = [['序号', '职业名称', '职业编码', '工种', '等级']]
        for i, (k, levels) in enumerate(apps, 1):
            code, name, work, cat = CAT[k]
            rows.append([str(i), name, code, work or '/', '、'.join(lv(n, 'arabic') for n in levels)])
        B.append(('tbl', rows, {'widths': [0.08, 0.27, 0.2, 0.2, 0.25], 'header': True}))
        rows = base_info_rows(o)[2:]
        B.append(('tbl', rows, {'widths': [0.3, 0.7]}))
        B += [('sig', ['填表日期：%d年%d月%d日' % date]), ('seal', o['name'])]
    elif variant == 'grade':
        B += [('t', title)]
        B.append(('tbl', base_info_rows(o), {'widths': [0.3, 0.7]}))
        rows = [['职业（工种）', '编码', '级别']]
        for k, levels in apps:
            for n in levels:
                rows.append([occ_full(k), CAT[k][0], lv(n, 'bare')])
        B.append(('tbl', rows, {'widths': [0.45, 0.25, 0.3], 'header': True}))
        B += [('sig', ['申请单位（章）', '%d年%d月%d日' % date]), ('seal', o['name'])]
    elif variant == 'levelfirst':
        # landscape table; level cell before the code, several levels in one wrapped cell
        B += [('t', title)]
        rows = [['申报单位名称', '统一社会信用代码', '法定代表人', '联系人/电话', '考核点地址'],
                [o['name'], o['code'], o['legal'], '%s/%s' % (o['contact'], o['phone']), o['site']]]
        B.append(('tbl', rows, {'header': True}))
        rows = [['申报等级', '职业编码', '职业（工种）名称', '备注']]
        for k, levels in apps:
            rows.append(['\n'.join(lv(n, 'wu_paren') for n in levels), CAT[k][0], occ_full(k), '首次申报'])
        B.append(('tbl', rows, {'widths': [0.22, 0.18, 0.35, 0.25], 'header': True}))
        B += [('pl', '单位性质：%s    注册地址：%s' % (o['nature'], o['addr'])),
              ('sig', ['申报单位（公章）：%s' % o['name'], '%d年%d月%d日' % date]), ('seal', o['name'])]
    elif variant == 'grid':
        B += [('t', title), ('tbl', base_info_rows(o), {'widths': [0.3, 0.7]})]
        rows = [['职业编码', '职业（工种）', '五级', '四级', '三级', '二级', '一级']]
        for k, levels in apps:
            rows.append([CAT[k][0], occ_full(k)] + [o.get('check', '✓') if n in levels else '' for n in [5, 4, 3, 2, 1]])
        B.append(('tbl', rows, {'widths': [0.16, 0.34, 0.1, 0.1, 0.1, 0.1, 0.1], 'header': True}))
        B += [('sig', ['申报单位（盖章）', '%d年%d月%d日' % date]), ('seal', o['name'])]
    elif variant == 'zige':
        B += [('t', title), ('tbl', base_info_rows(o), {'widths': [0.3, 0.7]})]
        rows = [['职业（工种）', '职业编码', '申报等级']]
        for k, levels in apps:
            rows.append([occ_full(k), CAT[k][0], '；'.join(lv(n, 'zige') for n in levels)])
        B.append(('tbl', rows, {'widths': [0.35, 0.2, 0.45], 'header': True}))
        B += [('sig', ['申报单位（盖章）', '%d年%d月%d日' % date]), ('seal', o['name'])]
    else:
        raise ValueError(variant)
    return B


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------

def apps_sentence(apps, style='wu'):
    parts = []
    for k, levels in apps:
        parts.append('%s（%s）%s' % (occ_full(k), CAT[k][0], '、'.join(lv(n, style) for n in levels)))
    return '、'.join(parts)


def industry_letter(o, apps, issuer, variant, docno=None, date=(2025, 1, 14), target=None):
    """target: the organisation the letter recommends (defaults to o)."""
    t = target or o
    y, m, d = date
    B = []
    if variant == 'formal_han':
        B += [('lh', issuer), ('rule',), ('no', docno),
              ('t', '关于推荐%s申报\n社会培训评价组织的函' % t['name']),
              ('pl', '上海市人力资源和社会保障局：'),
              ('p', '%s（统一社会信用代码：%s）是本市依法登记的独立法人，长期从事%s相关培训与评价工作，'
                    '管理制度健全，社会信用良好，在行业内具有较好的影响力。' % (t['name'], t['code'], occ_full(apps[0][0]))),
              ('p', '根据《关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，'
                    '经研究，同意推荐该单位申报%s职业技能等级认定社会培训评价组织。' % apps_sentence(apps)),
              ('p', '特此函告。'),
              ('sig', [issuer, cn_date(y, m, d)]), ('seal', issuer),
              ('pl', '（联系人：%s，电话：%s）' % (o['ind_contact'], '2312%04d' % (o['seq'] * 131 % 10000)))]
    elif variant == 'yijian_table':
        B += [('t', '行业主管部门推荐意见'),
              ('tbl', [['被推荐单位', t['name']], ['统一社会信用代码', t['code']],
                       ['推荐职业（工种）及等级', apps_sentence(apps, 'wu_gong')],
                       ['推荐意见', '该单位在本行业具有较广泛的影响力和较丰富的考核评价资源，经审核，同意推荐其申报社会培训评价组织。'],
                       ['推荐单位（盖章）', issuer + '\n\n' + '%d年%d月%d日' % date]],
               {'widths': [0.3, 0.7]}), ('seal', issuer)]
    elif variant == 'tuijianshu':
        B += [('lh', issuer), ('rule',), ('t', '推  荐  书'),
              ('pl', '上海市职业技能鉴定中心：'),
              ('p', '兹推荐%s（统一社会信用代码%s）作为%s的社会培训评价组织申报单位。' % (t['name'], t['code'], apps_sentence(apps))),
              ('p', '该单位具备开展上述职业（工种）等级认定的场地、设备和专家队伍，近年来组织培训评价规模稳定，本单位同意推荐。'),
              ('box', '推荐单位盖章处'),
              ('sig', ['推荐单位：' + issuer, '日期：%d年%d月%d日' % date]), ('seal', issuer)]
    elif variant == 'parent':
        B += [('lh', issuer), ('rule',), ('no', docno),
              ('t', '关于同意%s申报社会培训评价组织的\n推荐意见' % t['name']),
              ('pl', '上海市人力资源和社会保障局、上海市职业技能鉴定中心：'),
              ('p', '%s系本单位%s（统一社会信用代码：%s）。为落实技能人才评价制度改革要求，经本单位研究，同意并推荐其申报%s社会培训评价组织，'
                    '本单位作为其上级主管部门，将督促其规范开展职业技能等级认定工作。' % (t['name'], o.get('parent_rel', '全资子公司'), t['code'], apps_sentence(apps))),
              ('p', '特此推荐。'), ('sig', [issuer, '%d年%d月%d日' % date]), ('seal', issuer)]
    elif variant == 'assoc':
        B += [('lh', issuer), ('rule',), ('no', docno), ('t', '推荐函'),
              ('pl', '上海市人力资源和社会保障局：'),
              ('p', '%s是本会会员单位，统一社会信用代码%s。该单位在%s领域开展培训与评价多年，师资和考核场地条件较好。' % (t['name'], t['code'], occ_full(apps[0][0]))),
              ('p', '本会同意推荐%s申报%s社会培训评价组织。' % (t['name'], apps_sentence(apps, 'wu_paren'))),
              ('sig', [issuer, cn_date(y, m, d)]), ('seal', issuer)]
    else:
        raise ValueError(variant)
    return B


def district_letter(o, apps, issuer, variant, docno=None, date=(2025, 1, 16), target=None, site_district=None):
    t = target or o
    y, m, d = date
    sd = site_district or o['site_district']
    B = []
    if variant == 'formal':
        B += [('lh', issuer), ('rule',), ('no', docno),
              ('t', '关于推荐%s作为社会培训评价组织\n考核点的函' % t['name']),
              ('pl', '上海市人力资源和社会保障局：'),
              ('p', '%s（统一社会信用代码：%s）拟申报%s社会培训评价组织，其考核点位于%s。' % (t['name'], t['code'], apps_sentence(apps), t['site'])),
              ('p', '经我局实地查看，该考核点场地面积、设施设备及视频监控条件能够满足相关职业（工种）等级认定需要。我局同意推荐。'),
              ('p', '特此函告。'), ('sig', [issuer, cn_date(y, m, d)]), ('seal', issuer)]
    elif variant == 'brief':
        B += [('t', '考核点所在区人社部门推荐意见'),
              ('tbl', [['申报单位', t['name']], ['统一社会信用代码', t['code']],
                       ['考核点地址', t['site']], ['所在区', sd],
                       ['申报职业（工种）', apps_sentence(apps)],
                       ['区人社部门意见', '经核查，该考核点符合要求，同意推荐。\n\n%s（盖章）\n%d年%d月%d日' % (issuer, y, m, d)]],
               {'widths': [0.3, 0.7]}), ('seal', issuer)]
    elif variant == 'short':
        B += [('t', '推荐函'), ('pl', '市职业技能鉴定中心：'),
              ('p', '兹有%s（信用代码%s）在我区设立职业技能等级认定考核点（地址：%s），'
                    '场地及设施设备条件符合要求。现推荐该单位申报%s社会培训评价组织。' % (t['name'], t['code'], t['site'], apps_sentence(apps))),
              ('sig', [issuer, '%d年%d月%d日' % date]), ('seal', issuer)]
    elif variant == 'letterhead_only':
        B += [('lh', issuer + '（函）'), ('rule',), ('no', docno),
              ('t', '推荐书'), ('pl', '上海市职业技能鉴定中心：'),
              ('p', '我局对%s设在%s的考核点进行了现场核验，考核场地、设备设施和视频监控系统齐全。' % (t['name'], t['site'])),
              ('p', '同意推荐%s（%s）申报%s社会培训评价组织。' % (t['name'], t['code'], apps_sentence(apps, 'wu_gong'))),
              ('sig', [cn_date(y, m, d)]), ('seal', issuer)]
    else:
        raise ValueError(variant)
    return B


# --------------------------------------------------------------------------
# credit reports, audit reports, registration certificates
# --------------------------------------------------------------------------

def credit_report(o, variant, penalties=0, shixin=0, date=(2025, 1, 13), name=None, code=None):
    name = name or o['name']
    code = code or o['code']
    y, m, d = date
    B = []
    if variant == 'sh_public':
        B += [('pl', '上海市公共信用信息服务平台'), ('t', '公共信用信息报告\n（法人版）'),
              ('pl', '报告编号：SHXY%d%02d%02d%06d' % (y, m, d, o['seq'] * 7919 % 1000000)),
              ('pl', '查询日期：%d年%02d月%02d日' % date),
              ('h', '一、基本信息'),
              ('tbl', [['名称', name], ['统一社会信用代码', code], ['法定代表人（负责人）', o['legal']],
                       ['登记机关', o['reg_auth']], ['住所', o['addr']]], {'widths': [0.3, 0.7]}),
              ('h', '二、行政处罚信息')]
        if penalties:
            B.append(('pl', '查见 %d 条' % penalties))
            rows = [['决定书文号', '处罚事由', '处罚结果', '处罚日期']]
            for i in range(penalties):
                rows.append(['沪市监%s处〔2024〕%d号' % (o['dist_short'], 3100 + o['seq'] * 17 + i),
                             ['未按规定公示年度报告信息', '发布虚假广告', '未取得许可从事经营活动'][i % 3],
                             '罚款人民币%d元' % (5000 * (i + 2)), '2024-%02d-%02d' % (3 + i * 4, 11 + i)])
            B.append(('tbl', rows, {'header': True}))
        else:
            B.append(('pl', '未查见'))
        B.append(('h', '三、严重失信主体名单信息'))
        if shixin:
            B.append(('pl', '查见 %d 条' % shixin))
            B.append(('tbl', [['列入机关', '列入事由', '列入日期'],
                              ['上海市第一中级人民法院', '失信被执行人（有履行能力而拒不履行生效法律文书确定义务）', '2024-06-18']][:1 + shixin], {'header': True}))
        else:
            B.append(('pl', '未查见'))
        B += [('h', '四、经营异常名录信息'), ('pl', '未查见'),
              ('h', '五、其他信用信息'), ('pl', '未查见'),
              ('pl', '说明：本报告信息来源于上海市公共信用信息服务平台归集的公共信用信息，仅供参考。'),
              ('sig', ['上海市公共信用信息服务中心', '%d年%d月%d日' % date])]
    elif variant == 'pbc':
        B += [('t', '企业信用报告\n（自主查询版）'),
              ('pl', '报告编号：%d%02d%02d%010d' % (y, m, d, o['seq'] * 104729 % 10 ** 10)),
              ('pl', '报告时间：%d.%02d.%02d 10:%02d:11' % (y, m, d, o['seq'] % 60)),
              ('pl', '中国人民银行征信中心'),
              ('h', '一  身份信息'),
              ('tbl', [['企业名称', name], ['统一社会信用代码', code], ['登记地址', o['addr']]], {'widths': [0.3, 0.7]}),
              ('h', '二  信息概要'),
              ('tbl', [['首次有信贷交易的年份', '2019'], ['当前有未结清信贷交易', '否'], ['当前不良和违约类余额', '0']], {'widths': [0.5, 0.5]}),
              ('h', '三  公共信息')]
        B.append(('tbl', [['信息类型', '记录'],
                          ['欠税记录', '未查见'],
                          ['行政处罚记录', ('查见 %d 条' % penalties) if penalties else '未查见'],
                          ['民事判决记录', '未查见'],
                          ['强制执行记录', '未查见'],
                          ['失信被执行人信息', ('查见 %d 条' % shixin) if shixin else '未查见']], {'header': True}))
        if penalties:
            B.append(('pl', '行政处罚明细：处罚机关 上海市%s市场监督管理局；处罚内容 罚款人民币20000元；决定日期 2024年5月9日。' % o['dist_name']))
        if shixin:
            B.append(('pl', '失信被执行人明细：执行法院 上海市%s人民法院；立案日期 2024年8月2日；履行情况 全部未履行。' % o['dist_name']))
        B += [('pl', '本报告仅供被查询企业了解自身信用状况使用。'), ('pl', '— 报告结束 —')]
    return B


def money(rng, lo, hi):
    return rng.randint(lo, hi) * 1000 + rng.randint(0, 999)


def fmt(n):
    return '{:,.2f}'.format(n / 1.0)


def audit_report(o, year, rng, firm, nonprofit=False, reportno=None):
    B = []
    stmt2 = '业务活动表' if nonprofit else '利润表'
    changes = '' if nonprofit else '、所有者权益变动表'
    addressee = '%s理事会：' % o['name'] if nonprofit else '%s全体股东：' % o['name']
    B += [('t', '审计报告'), ('no', reportno),
          ('pl', addressee), ('h', '一、审计意见'),
          ('p', '我们审计了%s（以下简称“贵单位”）财务报表，包括%d年12月31日的资产负债表，%d年度的%s、现金流量表%s以及相关财务报表附注。'
                % (o['name'], year, year, stmt2, changes)),
          ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位%d年12月31日的财务状况以及%d年度的经营成果和现金流量。'
                % ('《民间非营利组织会计制度》' if nonprofit else '企业会计准则', year, year)),
          ('h', '二、形成审计意见的基础'),
          ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('h', '三、管理层和治理层对财务报表的责任'),
          ('p', '管理层负责按照适用的会计准则和制度的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
          ('sig', [firm, '中国注册会计师：%s' % o['cpa'][0], '中国注册会计师：%s' % o['cpa'][1],
                   '中国·上海', '%d年%d月%d日' % (year + 1, rng.randint(2, 4), rng.randint(1, 28))]),
          ('seal', firm), ('br',)]
    a1, a0 = money(rng, 800, 9000), money(rng, 700, 9000)
    l1, l0 = money(rng, 100, 600), money(rng, 100, 600)
    B += [('t', '资产负债表'), ('pl', '编制单位：%s    %d年12月31日    单位：元' % (o['name'], year)),
          ('tbl', [['项目', '期末余额', '上年年末余额'],
                   ['货币资金', fmt(a1 * 0.6), fmt(a0 * 0.6)], ['应收款项', fmt(a1 * 0.25), fmt(a0 * 0.25)],
                   ['固定资产', fmt(a1 * 0.15), fmt(a0 * 0.15)], ['资产总计', fmt(a1), fmt(a0)],
                   ['负债合计', fmt(l1), fmt(l0)],
                   ['净资产合计' if nonprofit else '所有者权益合计', fmt(a1 - l1), fmt(a0 - l0)]], {'header': True})]
    r1, r0 = money(rng, 500, 6000), money(rng, 500, 6000)
    if nonprofit:
        B += [('t', '业务活动表'), ('pl', '编制单位：%s    %d年度    单位：元' % (o['name'], year)),
              ('tbl', [['项目', '本年累计数', '上年累计数'], ['一、收入', '', ''],
                       ['  其中：提供服务收入', fmt(r1 * 0.7), fmt(r0 * 0.7)], ['        会费收入', fmt(r1 * 0.3), fmt(r0 * 0.3)],
                       ['二、费用', fmt(r1 * 0.92), fmt(r0 * 0.9)], ['三、净资产变动额', fmt(r1 * 0.08), fmt(r0 * 0.1)]], {'header': True})]
    else:
        B += [('t', '利润表'), ('pl', '编制单位：%s    %d年度    单位：元' % (o['name'], year)),
              ('tbl', [['项目', '本期金额', '上期金额'], ['一、营业收入', fmt(r1), fmt(r0)],
                       ['减：营业成本', fmt(r1 * 0.62), fmt(r0 * 0.6)], ['税金及附加', fmt(r1 * 0.01), fmt(r0 * 0.01)],
                       ['二、营业利润', fmt(r1 * 0.12), fmt(r0 * 0.11)], ['三、净利润', fmt(r1 * 0.09), fmt(r0 * 0.08)]], {'header': True})]
    return B


def cert_fields(o, kind):
    """Fields of a registration certificate, drawn at coordinates by the cert renderer."""
    if kind == 'licence':
        return {'title': '营业执照', 'copy': o.get('licence_copy', '（副本）'),
                'fields': [('统一社会信用代码', o['code']), ('名称', o['lic_name']), ('类型', o['lic_type']),
                           ('法定代表人' if '分公司' not in o['lic_type'] else '负责人', o['legal']),
                           ('经营范围', o['scope']), ('注册资本', o.get('capital', '人民币500.0000万元整')),
                           ('成立日期', o['founded']), ('营业期限', o['founded'] + '至 不约定期限'), ('住所', o['addr'])],
                'issuer': o['reg_auth'], 'date': o.get('lic_date', '2023年06月12日')}
    if kind == 'minfei':
        return {'title': '民办非企业单位登记证书', 'copy': '（法人）',
                'fields': [('统一社会信用代码', o['code']), ('名称', o['lic_name']), ('住所', o['addr']),
                           ('法定代表人', o['legal']), ('业务范围', o['scope']), ('业务主管单位', o['supervisor']),
                           ('开办资金', o.get('capital', '人民币叁拾万元')), ('有效期', '2022年03月08日至2027年03月07日')],
                'issuer': '登记管理机关：' + o['reg_auth'], 'date': '2022年03月08日'}
    if kind == 'shetuan':
        return {'title': '社会团体法人登记证书', 'copy': '',
                'fields': [('统一社会信用代码', o['code']), ('名称', o['lic_name']), ('住所', o['addr']),
                           ('法定代表人', o['legal']), ('业务范围', o['scope']), ('活动地域', '上海市'),
                           ('注册资金', o.get('capital', '人民币伍万元')), ('业务主管单位', o['supervisor']),
                           ('有效期', '2021年09月01日至2026年08月31日')],
                'issuer': '登记管理机关：' + o['reg_auth'], 'date': '2021年09月01日'}
    if kind == 'shiye':
        return {'title': '事业单位法人证书', 'copy': '',
                'fields': [('统一社会信用代码', o['code']), ('名称', o['lic_name']), ('宗旨和业务范围', o['scope']),
                           ('住所', o['addr']), ('法定代表人', o['legal']), ('经费来源', '财政补助'),
                           ('开办资金', '￥120万元'), ('举办单位', o['supervisor']), ('有效期', '自2023年05月20日至2028年05月20日')],
                'issuer': '上海市事业单位登记管理局', 'date': '2023年05月20日'}
    raise ValueError(kind)


def cert_blocks(o, kind):
    """Same certificate as flowing blocks (for HTML/docx producers)."""
    f = cert_fields(o, kind)
    B = [('t', f['title'] + f['copy'])]
    B.append(('tbl', [[k, v] for k, v in f['fields']], {'widths': [0.28, 0.72]}))
    B += [('sig', [f['issuer'], f['date']]), ('seal', f['issuer'])]
    if kind == 'licence':
        B.append(('pl', '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn'))
    return B


# --------------------------------------------------------------------------
# work plan, pledge, integrity letter
# --------------------------------------------------------------------------

def work_plan(o, apps, mention=False):
    B = [('t', '%s\n职业技能等级认定工作方案' % o['name']),
         ('h', '一、单位基本情况'),
         ('p', '%s成立于%s，%s。本单位设有职业技能等级认定工作部，负责认定工作的组织实施。' % (o['name'], o['founded'], o['profile'])),
         ('h', '二、组织机构'),
         ('p', '成立职业技能等级认定工作领导小组，由法定代表人%s任组长；下设认定办公室、质量督导组和考务组，配备专职工作人员%d名。' % (o['legal'], 4 + o['seq'] % 5)),
         ('h', '三、专家团队与考评人员'),
         ('p', '组建由行业专家、高技能人才组成的专家团队，共%d人；考评员、督导员均经培训合格后上岗。' % (12 + o['seq'] % 9)),
         ('h', '四、场地与设备设施'),
         ('p', '考核点位于%s，设理论考场、技能操作考场各一处，全部配备视频监控设备，录像保存不少于两年。' % o['site']),
         ('h', '五、质量管控措施'),
         ('p', '实行考务公开、考评分离、过程留痕；建立内部督导和投诉举报处理制度，自愿接受各级人社部门和行业主管部门的监督。'),
         ('h', '六、经费保障'),
         ('p', '认定工作经费纳入单位年度预算，专款专用，保障认定工作稳定开展。')]
    if mention:
        B.append(('p', '本单位承诺严格遵守职业技能等级认定各项规定，坚持廉洁自律，签订并履行相关承诺事项，不以营利为最终目的。'))
    B.append(('sig', [o['name'], '2025年1月']))
    return B


def pledge(o, date=(2025, 1, 20)):
    return [('t', '承诺书'),
            ('pl', '上海市人力资源和社会保障局：'),
            ('p', '本单位%s（统一社会信用代码：%s）自愿申报社会培训评价组织，现郑重承诺：' % (o['name'], o['code'])),
            ('p', '一、所提交的全部申报材料真实、有效、合法，如有虚假，愿承担相应责任；'),
            ('p', '二、本单位无违法违规、失信等不良行为记录，把社会效益放在首位，不以营利为最终目的；'),
            ('p', '三、严格遵守国家及本市职业技能等级认定相关规定，自愿接受各级人社部门、相关行业主管部门的监督。'),
            ('sig', ['承诺单位（盖章）：%s' % o['name'], '法定代表人（签字）：', '%d年%d月%d日' % date]),
            ('seal', o['name'])]


def integrity(o, date=(2025, 1, 20)):
    return [('t', '廉洁责任书'),
            ('pl', '甲方：上海市职业技能鉴定中心'),
            ('pl', '乙方：%s' % o['name']),
            ('p', '为规范职业技能等级认定工作，营造风清气正的评价环境，双方签订本责任书。'),
            ('p', '一、乙方不得以任何形式向甲方工作人员及评审专家赠送礼金、有价证券或提供宴请、旅游等。'),
            ('p', '二、乙方在认定工作中不得弄虚作假、违规发证，发现问题及时报告。'),
            ('p', '三、本责任书自签订之日起生效，违反本责任书的，按有关规定处理。'),
            ('tbl', [['甲方（盖章）', '乙方（盖章）'], ['代表：', '代表：%s' % o['legal']],
                     ['日期：', '日期：%d年%d月%d日' % date]], {'widths': [0.5, 0.5]}),
            ('seal', o['name'])]


# --------------------------------------------------------------------------
# implementation plan, evaluation plans, sample papers
# --------------------------------------------------------------------------

QBANK = {
    'generic': [
        '职业技能等级认定中，考评人员与考生有利害关系时应当（    ）。A.主动回避 B.继续考评 C.降低标准 D.口头说明',
        '职业道德的基本要求不包括（    ）。A.爱岗敬业 B.诚实守信 C.办事公道 D.追求个人利益最大化',
        '安全生产“三违”是指违章指挥、违章作业和（    ）。A.违反劳动纪律 B.违反合同 C.违反规划 D.违反预算',
        '下列属于劳动者基本权利的是（    ）。A.获得劳动报酬 B.无条件加班 C.放弃社保 D.不签合同',
        '发生火灾时，正确的做法是（    ）。A.乘坐电梯逃生 B.用湿毛巾捂住口鼻低姿撤离 C.返回取物 D.打开所有门窗',
        '《中华人民共和国劳动法》规定，用人单位应当保证劳动者每周至少休息（    ）。A.半日 B.一日 C.两日 D.三日',
        '判断题：从业人员发现事故隐患应当立即向现场安全管理人员报告。（    ）',
        '判断题：职业技能等级证书由社会培训评价组织颁发。（    ）',
    ],
}
SKILL = [
    '按照操作规程完成%s的准备工作，说明所用工具、材料及安全注意事项。',
    '根据给定情境完成%s的一项典型工作任务，并填写工作记录单。',
    '识别并处理%s作业中的一处常见故障或异常情况，口述处理依据。',
    '对%s作业结果进行自检，指出不合格项并提出改进措施。',
]


def sample_set(rng, key, n, label, with_answer=False, parts=False):
    occ = occ_full(key)
    qs = rng.sample(QBANK['generic'], 3)
    sk = rng.sample(SKILL, 2)
    B = [('h', label)]
    if parts:
        B.append(('pl', '第一部分  理论知识（满分100分，考试时间90分钟）'))
    else:
        B.append(('pl', '一、理论知识'))
    for i, q in enumerate(qs, 1):
        B.append(('pl', '%d. %s' % (i, q)))
    B.append(('pl', ('第二部分  技能操作' if parts else '二、技能操作') + '（%s，%s）' % (occ, lv(n, 'wu'))))
    for i, s in enumerate(sk, 1):
        B.append(('pl', '%d. %s' % (i, s % occ)))
    if with_answer:
        B.append(('pl', '参考答案：' + '；'.join('%d.%s' % (i, rng.choice('ABCD')) for i in range(1, 4)) + '；技能题按评分细则评分。'))
    return B


def sample_labels(style, key, n):
    occ = occ_full(key)
    L = lv(n, 'wu')
    if style == 'paren':
        return ['%s%s理论知识样题（一）' % (occ, L), '%s%s理论知识样题（二）' % (occ, L)]
    if style == 'noparen':
        return ['%s%s样题一' % (occ, L), '%s%s样题二' % (occ, L)]
    if style == 'ab':
        return ['%s（%s）样卷A卷' % (occ, L), '%s（%s）样卷B卷' % (occ, L)]
    if style == 'set':
        return ['%s %s 样题 第一套' % (occ, L), '%s %s 样题 第二套' % (occ, L)]
    if style == 'shiti':
        return ['%s%s试题册（样题1）' % (occ, L), '%s%s试题册（样题2）' % (occ, L)]
    if style == 'tiku':
        return ['%s%s题库抽样样题 第1套' % (occ, L), '%s%s题库抽样样题 第2套' % (occ, L)]
    if style == 'shijuan':
        return ['%s%s样题 试卷一' % (occ, L), '%s%s样题 试卷二' % (occ, L)]
    raise ValueError(style)


def samples_for(rng, key, n, style, sets=(0, 1)):
    B = []
    labels = sample_labels(style, key, n)
    for i in sets:
        B += sample_set(rng, key, n, labels[i], with_answer=(style == 'shiti'), parts=(style == 'shijuan'))
    return B


def eval_plan(key, n, title_style='pingjia'):
    occ = occ_full(key)
    code = CAT[key][0]
    L = lv(n, 'wu_paren')
    t = {'pingjia': '%s%s评价方案' % (occ, L), 'kaohe': '%s（%s）%s考核评价方案' % (occ, code, L),
         'dengji': '%s职业技能等级认定评价方案（%s）' % (occ, L)}[title_style]
    return [('h', t),
            ('pl', '1. 认定职业（工种）：%s，职业编码%s，等级%s。' % (occ, code, L)),
            ('pl', '2. 认定方式：理论知识考试采用闭卷机考，技能操作考核采用实际操作与现场答辩相结合。'),
            ('tbl', [['考核科目', '题型题量', '时长', '合格标准'],
                     ['理论知识', '单选60题、判断40题', '90分钟', '60分及以上'],
                     ['技能操作', '%d项实操任务' % (4 - (n >= 4)), '%d分钟' % (60 + (5 - n) * 15), '60分及以上']]
             + ([['综合评审', '论文或业绩评审', '—', '60分及以上']] if n <= 2 else []), {'header': True}),
            ('pl', '3. 考评人员配比：理论考试每30名考生不少于2名监考人员；技能考核考评员与考生配比1:5，且不少于3名考评员。')]


def impl_plan_head(o, apps):
    rows = [['序号', '职业（工种）', '职业编码', '认定等级']]
    for i, (k, levels) in enumerate(apps, 1):
        rows.append([str(i), occ_full(k), CAT[k][0], '、'.join(lv(n, 'wu') for n in levels)])
    return [('t', '职业技能等级认定项目实施方案'),
            ('pl', '申报单位：%s' % o['name']),
            ('h', '一、认定职业（工种）及等级'), ('tbl', rows, {'header': True}),
            ('h', '二、认定对象及申报条件'),
            ('p', '面向本单位职工及社会人员，申报条件按相应国家职业标准执行。'),
            ('h', '三、组织实施'),
            ('p', '每年组织认定不少于4次，考前10个工作日公布认定计划，成绩经公示无异议后核发证书并上传数据。'),
            ('h', '四、各等级评价方案及样题'), ('p', '见后附。')]
