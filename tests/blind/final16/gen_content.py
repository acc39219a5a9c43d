# Text content of the materials, several house styles per material
import random
CN = '〇一二三四五六七八九'
def cn_num(n):
    if n <= 10: return '十' if n == 10 else CN[n]
    if n < 20: return '十' + CN[n - 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
def cn_date(y, m, d):
    return ''.join(CN[int(x)] for x in str(y)) + '年' + cn_num(m) + '月' + cn_num(d) + '日'
def ar_date(y, m, d, sep=None):
    if sep: return '%d%s%02d%s%02d' % (y, sep, m, sep, d)
    return '%d年%d月%d日' % (y, m, d)

LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LVN = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
def occ_split(name):
    if '（' in name:
        a, b = name.split('（', 1); return a, b.rstrip('）')
    return name, ''
def lv_range(levels, style=0):
    ls = sorted(levels, reverse=True)
    if len(ls) == 1:
        return [LV, LVN][style % 2][ls[0]] if style < 2 else LV[ls[0]]
    if style == 0: return '%s至%s' % (LV[ls[0]], LV[ls[-1]])
    if style == 1: return '%s—%s' % (LV[ls[0]], LV[ls[-1]])
    if style == 2: return '%s至%s' % (LVN[ls[0]], LVN[ls[-1]])
    return '、'.join(LV[l] for l in ls)
def lv_boxes(levels, allowed, on='☑', off='□', names=False):
    out = []
    for l in [5, 4, 3, 2, 1]:
        if l not in allowed and l not in levels: continue
        nm = '%s/%s' % (LV[l], LVN[l]) if names else LV[l]
        out.append('%s%s' % (on if l in levels else off, nm))
    return ' '.join(out)
def lv_list(levels, style):
    ls = sorted(levels, reverse=True)
    if style == 'names': return '、'.join(LVN[l] for l in ls)
    if style == 'both': return '、'.join('%s（%s）' % (LV[l], LVN[l]) for l in ls)
    return '、'.join(LV[l] for l in ls)

# ---------------------------------------------------------------- application forms
def form_blocks(P, variant):
    o = P['org']; apps = P['apps_form']; dt = P['date']
    y, m, d = dt
    head = [('title', '社会培训评价组织征集遴选申请表')]
    base = [('单位名称', o['form_name']), ('统一社会信用代码', o['code']), ('单位类型', o['form_type']),
            ('法定代表人', o['rep']), ('注册地址', o['addr']), ('考核点地址', P['site_addr']),
            ('联系人', o['contact']), ('联系电话', o['phone'])]
    blocks = []
    if variant == 'ticks':
        blocks += head + [('r', '填表日期：%s' % ar_date(*dt))]
        rows = [[k, v] for k, v in base]
        blocks.append(('table', rows, {'widths': [1, 3], 'header': False}))
        blocks.append(('h', '申报职业（工种）及等级'))
        rows = [['序号', '职业编码', '职业（工种）名称', '申报等级']]
        for i, (code, name, lv, allowed) in enumerate(apps):
            rows.append([str(i + 1), code, name, lv_boxes(lv, allowed, P.get('tick_on', '☑'), P.get('tick_off', '□'))])
        blocks.append(('table', rows, {'widths': [0.6, 1.4, 3, 4]}))
        blocks += [('h', '申报单位意见'), ('p', '本单位自愿申报社会培训评价组织，所填信息及提交材料真实、有效。'),
                   ('sig', ['申报单位（盖章）：%s' % o['form_name'], ar_date(*dt)], P['seal'], o['form_name'], '')]
    elif variant == 'web':
        blocks.append(('small', '上海市人力资源和社会保障自助经办系统 › 劳动就业 › 技能鉴定 › 新增备案机构申报　　　打印时间：%d-%02d-%02d %02d:%02d' % (y, m, d, 9 + d % 8, (d * 7) % 60)))
        blocks.append(('title', '新增备案机构申报 — 申请信息'))
        blocks.append(('small', '申报编号：BA%d%02d%02d%04d　　状态：待提交' % (y, m, d, P['idx'] * 37 % 9000 + 1000)))
        rows = [['字段', '填报内容']] + [[k, v] for k, v in base]
        blocks.append(('table', rows, {'widths': [1, 3]}))
        blocks.append(('h', '申报项目'))
        rows = [['职业编码', '职业名称', '工种', '申报等级范围', '备注']]
        for code, name, lv, allowed in apps:
            a, b = occ_split(name)
            rows.append([code, a, b or '—', lv_range(lv, P['idx'] % 2), ''])
        blocks.append(('table', rows, {'widths': [1.3, 2, 2, 1.6, 1]}))
        blocks.append(('small', '本页由系统生成，经申报单位确认后打印。第1页/共1页'))
        blocks.append(('sig', ['单位盖章：', ar_date(*dt)], P['seal'], o['form_name'], ''))
    elif variant == 'names_p2':
        blocks += head
        blocks += [('pn', '申报单位（盖章）：%s' % o['form_name']), ('pn', '填报时间：%s' % cn_date(*dt)), ('sp', 8),
                   ('h', '一、单位基本情况')]
        rows = [[k, v, ''] for k, v in base]
        rows = [['项目', '内容', '备注']] + rows
        blocks.append(('table', rows, {'widths': [1.3, 3, 1]}))
        blocks.append(('h', '二、机构简介'))
        blocks.append(('p', P['intro']))
        blocks.append(('p', '单位现有专职工作人员%d名，兼职考评员%d名，督导员%d名；考核场地总面积约%d平方米，设理论考场%d间、实操考场%d间，均已安装视频监控设备。' % P['numbers']))
        blocks.append(('pb',))
        blocks.append(('h', '三、申报职业（工种）'))
        rows = [['职业编码', '职业（工种）', '申报等级', '备注']]
        for code, name, lv, allowed in apps:
            rows.append([code, name, lv_list(lv, 'names'), '首次申报'])
        blocks.append(('table', rows, {'widths': [1.2, 3, 2.2, 1]}))
        blocks.append(('h', '四、申报单位承诺'))
        blocks.append(('p', '以上填报内容真实准确，如有虚假，本单位愿承担相应责任。'))
        blocks.append(('sig', ['法定代表人（签字）：%s' % o['rep'], '单位（盖章）', ar_date(*dt)], P['seal'], o['form_name'], ''))
    elif variant == 'multi_wrap':
        blocks += [('c', '附件1'), ('title', '社会培训评价组织\n征集遴选申请表')]
        rows = [['申报单位名称', o['form_name'], '统一社会信用代码', o['code']],
                ['单位性质', o['form_type'], '法定代表人', o['rep']],
                ['单位地址', o['addr'], '邮编', o.get('zip', '200000')],
                ['联系人', o['contact'], '联系电话', o['phone']]]
        blocks.append(('table', rows, {'widths': [1.2, 2.4, 1.3, 2], 'header': False}))
        rows = [['序号', '职业编码', '职业名称（工种）', '申报等级（可多选）', '考核点']]
        for i, (code, name, lv, allowed) in enumerate(apps):
            rows.append([str(i + 1), code, name, lv_list(lv, 'both'), P['site_addr']])
        blocks.append(('table', rows, {'widths': [0.5, 1.2, 2.6, 2.4, 2.4]}))
        blocks.append(('pn', '申报单位意见：'))
        blocks.append(('p', '经本单位研究决定，申报上述职业（工种）的社会培训评价组织。'))
        blocks.append(('sig', ['（单位公章）', cn_date(*dt)], P['seal'], o['form_name'], ''))
    elif variant == 'fields':
        blocks += [('title', '社会培训评价组织征集遴选申请表')]
        for k, v in base:
            blocks.append(('pn', '%s：%s' % (k, v)))
        blocks.append(('hr',))
        for i, (code, name, lv, allowed) in enumerate(apps):
            blocks.append(('pn', '申报职业（工种）%s：%s %s' % (cn_num(i + 1), code, name)))
            blocks.append(('pn', '申报等级：%s' % lv_boxes(lv, allowed, '■', '□', names=True)))
        blocks.append(('hr',))
        blocks.append(('pn', '单位简介：%s' % P['intro']))
        blocks.append(('sig', ['申报单位：%s（盖章）' % o['form_name'], '日期：%s' % ar_date(*dt, sep='.')], P['seal'], o['form_name'], ''))
    elif variant == 'remarks':
        blocks += [('title', '社会培训评价组织征集遴选申请表'), ('r', '编号：%s-%02d' % (y, P['idx']))]
        rows = [['名称', o['form_name']], ['统一社会信用代码', o['code']], ['法人类型', o['form_type']],
                ['住所', o['addr']], ['法定代表人/联系人', '%s / %s %s' % (o['rep'], o['contact'], o['phone'])]]
        blocks.append(('table', rows, {'widths': [1, 3], 'header': False}))
        rows = [['职业编码', '职业（工种）', '等级', '是否申报', '备注']]
        spans = []
        r = 1
        for code, name, lv, allowed in apps:
            start = r
            for l in sorted(allowed, reverse=True):
                rows.append([code, name, '%s（%s）' % (LV[l], LVN[l]), '√' if l in lv else '', '' if l in lv else '本次不申报'])
                r += 1
            if r - start > 1:
                spans += [(start, 0, r - 1, 0), (start, 1, r - 1, 1)]
        blocks.append(('table', rows, {'widths': [1.2, 2.6, 1.6, 0.9, 1.4], 'spans': spans}))
        blocks.append(('sig', ['申报单位（公章）', ar_date(*dt)], P['seal'], o['form_name'], ''))
    return blocks

# ---------------------------------------------------------------- letters
def ind_letter_blocks(P, variant):
    o = P['org']; A = P['ind']; y, m, d = P['ind_date']
    name = A.get('recommends', o['name'])
    apps_txt = '、'.join('%s（%s）' % (n, lv_range(lv, 0)) for c, n, lv, al in P['apps_form'])
    b = []
    if variant == 'gov':
        b += [('lh', A['issuer']), ('docno', A['docno']),
              ('title', '关于推荐%s\n申报社会培训评价组织的函' % name), ('pn', '上海市人力资源和社会保障局：')]
        b += [('p', '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经审核，%s在%s领域具有较好的行业基础和评价资源，内部管理规范，社会信用良好。' % (name, A['field'])),
              ('p', '现同意推荐该单位申报%s职业（工种）的社会培训评价组织。我委将督促其严格落实职业技能等级认定各项规定，接受各级人社部门监督。' % apps_txt),
              ('p', '特此函告。'),
              ('sig', [A['issuer'], cn_date(y, m, d)], P['ind_seal'], A['issuer'], ''),
              ('pn', '（联系人：%s，电话：%s）' % (A['contact'], A['phone']))]
    elif variant == 'assoc':
        b += [('lh', A['issuer'], A.get('en', '')), ('title', '推 荐 意 见'), ('pn', '上海市职业技能鉴定中心：')]
        b += [('p', '%s系本会%s，长期参与%s领域的人才培养与技能评价工作，具备开展职业技能等级认定的场地、设备和专家队伍。' % (name, A.get('rel', '会员单位'), A['field'])),
              ('p', '本会作为该单位的业务主管单位，同意推荐其申报%s等职业（工种）社会培训评价组织，并将协助做好行业指导和质量监督。' % apps_txt),
              ('sig', [A['issuer'], ar_date(y, m, d)], P['ind_seal'], A['issuer'], ''),
              ('small', '地址：%s　电话：%s' % (A.get('addr', '上海市'), A['phone']))]
    elif variant == 'group':
        b += [('lh', A['issuer'] + '文件'), ('docno', A['docno']),
              ('title', '关于同意%s申报\n社会培训评价组织的批复' % name), ('pn', '%s：' % name)]
        b += [('p', '你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，批复如下：'),
              ('p', '一、同意你公司按照沪人社职〔2024〕447号文件要求，申报%s的社会培训评价组织。' % apps_txt),
              ('p', '二、你公司应建立健全评价工作质量管理体系，确保评价场地、考评人员和经费保障到位。'),
              ('p', '三、集团作为上级主管部门，推荐你公司参加本次征集遴选，并对评价工作实施监督。'),
              ('p', '此复。'),
              ('sig', [A['issuer'], cn_date(y, m, d)], P['ind_seal'], A['issuer'], ''),
              ('small', '抄送：上海市人力资源和社会保障局')]
    elif variant == 'form':
        b += [('title', '行业主管部门推荐书')]
        rows = [['被推荐单位', name], ['统一社会信用代码', P['org']['code'] if 'recommends' not in A else A.get('rec_code', '')],
                ['推荐职业（工种）及等级', apps_txt],
                ['推荐理由', '该单位在%s领域从业多年，培训评价规模较大，师资和设施条件较好，管理制度健全。' % A['field']],
                ['推荐意见', '同意推荐。']]
        b.append(('table', rows, {'widths': [1.3, 4], 'header': False}))
        b.append(('sig', ['推荐单位（盖章）：%s' % A['issuer'], ar_date(y, m, d)], P['ind_seal'], A['issuer'], ''))
    return b

def dist_letter_blocks(P, variant):
    o = P['org']; D = P['dist']; y, m, d = P['dist_date']
    name = o['name']
    b = []
    occ = '、'.join(n for c, n, lv, al in P['apps_form'])
    if variant == 'gov':
        b += [('lh', D['issuer']), ('docno', D['docno']),
              ('title', '关于推荐%s作为\n职业技能等级认定考核点的函' % name), ('pn', '上海市人力资源和社会保障局：')]
        b += [('p', '%s位于本区%s的考核场地，经我局实地查看，场地面积、工位设置、视频监控及安全保障等条件符合%s职业（工种）职业技能等级认定考核要求。' % (name, P['site_addr'], occ)),
              ('p', '经研究，同意推荐该单位考核点参加本次社会培训评价组织征集遴选。'),
              ('p', '特此函告。'),
              ('sig', [D['issuer'], cn_date(y, m, d)], P['dist_seal'], D['issuer'], '')]
    elif variant == 'red_only':
        b += [('lh', D['issuer']), ('title', '推荐意见'), ('pn', '市职业技能鉴定中心：')]
        b += [('p', '%s考核点（地址：%s）设施设备齐全，管理规范，具备开展%s等职业技能等级认定考核的条件。我局同意推荐。' % (name, P['site_addr'], occ)),
              ('sig', [cn_date(y, m, d)], P['dist_seal'], D['issuer'], '')]
    elif variant == 'table':
        b += [('title', '考核点所在区人社部门推荐表')]
        rows = [['申报单位', name], ['考核点地址', P['site_addr']], ['考核场地面积', '%d平方米' % P['numbers'][3]],
                ['考核职业（工种）', occ], ['视频监控', '已安装，覆盖全部考场'],
                ['区人社部门意见', '经现场核查，该考核点符合条件，同意推荐。\n\n%s（盖章）\n%s' % (D['issuer'], ar_date(y, m, d))]]
        b.append(('table', rows, {'widths': [1.2, 4], 'header': False}))
        b.append(('sig', ['（公章）'], P['dist_seal'], D['issuer'], ''))
    elif variant == 'plain':
        b += [('docno', D['docno']), ('title', '推荐函'), ('pn', '上海市职业技能鉴定中心：')]
        b += [('p', '兹推荐%s（统一社会信用代码：%s）在我区设立的考核点申报社会培训评价组织。该考核点位于%s，场地约%d平方米，满足%s考核需要。' % (name, o['code'], P['site_addr'], P['numbers'][3], occ)),
              ('p', '请予支持。'),
              ('sig', [D['issuer'], ar_date(y, m, d)], P['dist_seal'], D['issuer'], '')]
    return b

# ---------------------------------------------------------------- credit report
def credit_blocks(P, variant):
    o = P['org']; y, m, d = P['credit_date']; C = P['credit']
    pen = C.get('penalty', 0); sx = C.get('shixin', 0)
    def res(n): return '查见%d条' % n if n else '未查见'
    rows = [['信息类别', '查询结果'], ['行政处罚信息', res(pen)], ['失信被执行人信息', res(sx)],
            ['严重失信主体名单', '未查见'], ['经营异常名录', '未查见'], ['欠缴税款信息', '未查见'], ['拖欠社会保险费信息', '未查见']]
    detail = []
    if pen:
        detail += [('h', '行政处罚信息明细'),
                   ('table', [['序号', '决定书文号', '处罚事由', '处罚内容', '处罚机关', '决定日期']] +
                    [[str(i + 1), C['pen_no'][i], C['pen_reason'][i], C['pen_content'][i], C['pen_org'][i], C['pen_date'][i]] for i in range(pen)],
                    {'widths': [0.4, 1.8, 2.2, 1.3, 1.6, 1.1]})]
    if sx:
        detail += [('h', '失信被执行人信息明细'),
                   ('table', [['序号', '案号', '执行法院', '履行情况', '发布日期']] +
                    [[str(i + 1), C['sx_case'][i], C['sx_court'][i], '全部未履行', C['sx_date'][i]] for i in range(sx)],
                    {'widths': [0.4, 2.3, 2, 1.2, 1.2]})]
    b = []
    if variant == 'public':   # multi-page, record table on last page
        b += [('sp', 30), ('title', '公共信用信息报告\n（法人版）'), ('sp', 20),
              ('c', '报告编号：%s' % C['no']), ('c', '信息主体：%s' % o['name']), ('c', '统一社会信用代码：%s' % o['code']),
              ('c', '查询日期：%s' % ar_date(y, m, d)), ('sp', 40), ('c', '上海市公共信用信息服务中心'),
              ('sig', [''], P['credit_seal'], '上海市公共信用信息服务中心', ''),
              ('pb',), ('h', '报告说明'),
              ('p', '1. 本报告由上海市公共信用信息服务平台依据信息主体申请出具，信息来源于本市各行政机关、司法机关及公共服务机构归集的公共信用信息。'),
              ('p', '2. 本报告仅反映截至查询日期平台归集的信息，报告使用者应结合其他信息综合判断。'),
              ('p', '3. 信息主体对报告内容有异议的，可向上海市公共信用信息服务中心提出异议申请。'),
              ('pb',), ('h', '一、基本信息'),
              ('table', [['名称', o['name']], ['统一社会信用代码', o['code']], ['法定代表人', o['rep']], ['登记机关', o['authority']],
                         ['成立日期', o['founded']], ['住所', o['addr']]], {'widths': [1.2, 4], 'header': False}),
              ('pb',), ('h', '二、公共信用信息概要'), ('table', rows, {'widths': [2, 2]})] + detail + \
             [('small', '—— 报告结束 ——　第4页')]
    elif variant == 'special':
        b += [('lh', '信用中国（上海）'), ('title', '市场主体专用信用报告\n（有无违法违规记录证明版）'),
              ('pn', '报告编号：%s　　出具日期：%s' % (C['no'], ar_date(y, m, d))),
              ('table', [['主体名称', o['name']], ['统一社会信用代码', o['code']], ['查询领域', '市场监管、人力资源社会保障、税务、生态环境、住房城乡建设等38个领域'],
                         ['查询期间', '%d年%d月%d日至%d年%d月%d日' % (y - 3, m, d, y, m, d)]], {'widths': [1.2, 4], 'header': False}),
              ('h', '查询结果'), ('table', rows, {'widths': [2, 2]})] + detail + \
             [('p', '以上信息由上海市公共信用信息服务平台提供，核验可登录信用中国（上海）网站输入报告编号查询。'),
              ('sig', ['上海市公共信用信息服务中心', ar_date(y, m, d)], P['credit_seal'], '上海市公共信用信息服务中心', '信用报告专用章')]
    elif variant == 'web':
        b += [('small', 'https://credit.fgw.sh.gov.cn/ 信用中国（上海） 信用报告下载　%d/%d/%d' % (y, m, d)),
              ('title', '法人公共信用信息查询报告'),
              ('pn', '查询对象：%s' % o['name']), ('pn', '统一社会信用代码：%s' % o['code']),
              ('pn', '报告编号：%s' % C['no']), ('hr',),
              ('h', '【失信惩戒类信息】'), ('pn', '严重失信主体名单：未查见；失信被执行人：%s。' % res(sx)),
              ('h', '【行政管理类信息】'), ('pn', '行政处罚：%s；行政许可：查见2条（略）。' % res(pen)),
              ('h', '【汇总】'), ('table', rows, {'widths': [2, 2]})] + detail + \
             [('small', '本报告由上海市公共信用信息服务中心出具，报告内容以查询时点平台数据为准。')]
    return b

# ---------------------------------------------------------------- audit reports
def audit_blocks(P, year, variant):
    o = P['org']; F = P['firm']; nonprofit = o['nonprofit']
    iy, im_, idd = year + 1, 3 + (P['idx'] % 3), 10 + (P['idx'] * 3 + year) % 18
    no = '%s（%d）第%04d号' % (F['prefix'], year + 1, (P['idx'] * 131 + year) % 9000 + 100)
    addressee = '%s理事会：' % o['name'] if nonprofit else '%s全体股东：' % o['name']
    stmt = '资产负债表、业务活动表和现金流量表' if nonprofit else '资产负债表、利润表、现金流量表和所有者权益变动表'
    std = '《民间非营利组织会计制度》' if nonprofit else '企业会计准则'
    ydig = '%d' % year
    ycn = ''.join(CN[int(x)] for x in ydig)
    if variant == 'cn':
        yend = '%s年十二月三十一日' % ycn; yyr = '%s年度' % ycn
    else:
        yend = '%d年12月31日' % year; yyr = '%d年度' % year
    b = []
    title = '审 计 报 告'
    if variant == 'titleyear':
        b += [('sp', 40), ('title', o['name'] + '\n%d年度财务报表审计报告' % year), ('sp', 60), ('c', F['name']), ('pb',)]
        op = '我们审计了%s（以下简称“贵单位”）财务报表，包括%s以及相关财务报表附注。' % (o['name'], stmt.replace('资产负债表', '资产负债表（见附表）'))
    else:
        op = '我们审计了%s（以下简称“贵单位”）财务报表，包括%s的资产负债表，%s的%s以及相关财务报表附注。' % (
            o['name'], yend, yyr, stmt.replace('资产负债表、', '').replace('资产负债表', ''))
    b += [('title', title), ('r', no), ('pn', addressee), ('h', '一、审计意见'), ('p', op),
          ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位%s的财务状况以及%s的经营成果和现金流量。' % (
              std, yend if variant != 'titleyear' else '资产负债表日', yyr if variant != 'titleyear' else '本年度')),
          ('h', '二、形成审计意见的基础'),
          ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('h', '三、管理层和治理层对财务报表的责任'),
          ('p', '贵单位管理层负责按照%s的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。' % std),
          ('h', '四、注册会计师对财务报表审计的责任'),
          ('p', '我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。'),
          ('sig', [F['name'], '中国注册会计师：%s　%s' % F['cpas'], '中国·上海', ar_date(iy, im_, idd) if variant != 'cn' else cn_date(iy, im_, idd)],
           P['firm_seal'], F['name'], ''),
          ('pb',)]
    assets = 1800000 + (P['idx'] * 97331 + year * 13) % 9000000
    b += [('c', '资产负债表'), ('pn', '编制单位：%s　　　%s　　　单位：元' % (o['name'], yend)),
          ('table', [['项目', '期末余额', '上年年末余额'], ['货币资金', '{:,}'.format(assets // 3), '{:,}'.format(assets // 4)],
                     ['应收款项', '{:,}'.format(assets // 7), '{:,}'.format(assets // 8)], ['固定资产', '{:,}'.format(assets // 2), '{:,}'.format(assets // 2 - 12000)],
                     ['资产总计', '{:,}'.format(assets), '{:,}'.format(assets - 150000)],
                     ['负债合计', '{:,}'.format(assets // 5), '{:,}'.format(assets // 6)],
                     ['净资产合计' if nonprofit else '所有者权益合计', '{:,}'.format(assets - assets // 5), '{:,}'.format(assets - 150000 - assets // 6)]],
           {'widths': [2, 1.5, 1.5]})]
    if nonprofit:
        b += [('c', '业务活动表'), ('pn', '%s　　单位：元' % yyr),
              ('table', [['项目', '非限定性', '限定性', '合计'], ['一、收入', '', '', ''], ['提供服务收入', '{:,}'.format(assets // 2), '0', '{:,}'.format(assets // 2)],
                         ['捐赠收入', '0', '{:,}'.format(assets // 40), '{:,}'.format(assets // 40)], ['二、费用', '', '', ''],
                         ['业务活动成本', '{:,}'.format(assets // 3), '0', '{:,}'.format(assets // 3)], ['管理费用', '{:,}'.format(assets // 12), '0', '{:,}'.format(assets // 12)]],
               {'widths': [2, 1.2, 1.2, 1.2]})]
    else:
        b += [('c', '利润表'), ('pn', '%s　　单位：元' % yyr),
              ('table', [['项目', '本期金额', '上期金额'], ['营业收入', '{:,}'.format(assets * 2 // 3), '{:,}'.format(assets // 2)],
                         ['营业成本', '{:,}'.format(assets // 3), '{:,}'.format(assets // 4)], ['利润总额', '{:,}'.format(assets // 11), '{:,}'.format(assets // 13)],
                         ['净利润', '{:,}'.format(assets // 12), '{:,}'.format(assets // 14)]], {'widths': [2, 1.5, 1.5]})]
    return b

# ---------------------------------------------------------------- plans
def work_plan_blocks(P):
    o = P['org']; n = P['numbers']
    occ = '、'.join(nm for c, nm, lv, al in P['apps_form'])
    return [('title', '%s\n职业技能等级认定工作方案' % o['name']),
            ('h', '一、总体目标'), ('p', '为规范开展%s等职业（工种）的职业技能等级认定工作，依据国家职业标准和本市有关规定，结合本单位实际，制定本方案。' % occ),
            ('h', '二、组织机构'), ('p', '成立职业技能等级认定工作领导小组，由%s任组长；下设评价工作部，负责考务组织、题库管理、证书管理和档案管理；设质量督导组，独立开展内部督导。' % o['rep']),
            ('h', '三、人员配备'), ('p', '现有专职工作人员%d名、考评员%d名、内部质量督导员%d名，考评员均具备相应职业技能等级或专业技术职称。' % n[:3]),
            ('h', '四、场地设备'), ('p', '考核点位于%s，面积约%d平方米，理论考场%d间、实操考场%d间，配备视频监控及身份核验设备。' % (P['site_addr'], n[3], n[4], n[5])),
            ('h', '五、质量管控'), ('p', '严格执行考评人员回避、试卷保密、考场巡视、成绩复核和结果公示制度；建立认定档案，保存期限不少于5年；主动接受人社部门和行业主管部门监督检查。'),
            ('h', '六、经费保障'), ('p', '评价工作经费纳入单位年度预算，专款专用，保障考场建设、考评人员劳务和质量督导支出。'),
            ('r', o['name']), ('r', ar_date(*P['date']))]

def pledge_blocks(P, variant, seal=True):
    o = P['org']
    b = [('title', '承 诺 书' if variant == 0 else '社会培训评价组织申报承诺书')]
    if variant == 0:
        b += [('pn', '上海市人力资源和社会保障局：'),
              ('p', '本单位%s自愿申报社会培训评价组织，现郑重承诺：' % o['name']),
              ('p', '一、所提交的申报材料真实、有效、合法，如有虚假，自愿承担相应责任；'),
              ('p', '二、严格遵守国家和本市职业技能等级认定的各项规定，不以营利为最终目的；'),
              ('p', '三、不发生乱发证、滥发证、考培不分离等违规行为；'),
              ('p', '四、自愿接受各级人社部门、行业主管部门和社会的监督。')]
    else:
        b += [('p', '我单位郑重承诺，在申报及开展职业技能等级认定工作中做到以下几点：'),
              ('table', [['序号', '承诺事项'], ['1', '申报材料及信息真实准确'], ['2', '具备与评价工作相适应的场地、设备与人员'],
                         ['3', '严格执行考务管理规定，确保评价质量'], ['4', '违反承诺的，自愿接受取消备案等处理']], {'widths': [0.5, 5]}),
              ('pn', '承诺单位：%s' % o['name'])]
    b.append(('sig', ['单位（盖章）：%s' % o['name'] if variant == 0 else '法定代表人签字：%s' % o['rep'], ar_date(*P['date'])],
              P['seal'] if seal else None, o['name'], ''))
    return b

def integrity_blocks(P, variant, seal=True):
    o = P['org']
    b = [('title', '廉洁责任书')]
    if variant == 0:
        b += [('pn', '甲方：上海市职业技能鉴定中心'), ('pn', '乙方：%s' % o['name']),
              ('p', '为加强职业技能等级认定工作中的廉洁建设，防止各种不正当行为，双方签订本责任书。'),
              ('p', '一、乙方不得向甲方工作人员赠送礼金、有价证券和贵重物品，不得安排宴请及娱乐活动。'),
              ('p', '二、乙方在评价工作中不得弄虚作假，不得降低标准、违规发证。'),
              ('p', '三、乙方发现甲方工作人员有违反廉洁规定行为的，应及时向有关部门举报。'),
              ('p', '四、本责任书自签订之日起生效，至备案有效期届满时终止。'),
              ('sig', ['乙方（盖章）：%s' % o['name'], '法定代表人：%s' % o['rep'], ar_date(*P['date'])], P['seal'] if seal else None, o['name'], '')]
    else:
        b += [('p', '%s（以下简称“本单位”）在社会培训评价组织申报和职业技能等级认定活动中，自觉遵守廉洁从业规定，作出如下责任承诺：' % o['name']),
              ('p', '（一）不以任何形式向主管部门及评审专家输送不正当利益；（二）不收取考生规定外费用；（三）考评人员签署廉洁承诺，落实回避制度；（四）接受纪检监察部门监督。'),
              ('sig', ['责任单位：%s' % o['name'], cn_date(*P['date'])], P['seal'] if seal else None, o['name'], '')]
    return b

def eval_text(nm, l, rnd):
    tmin = [90, 90, 120, 120, 120][5 - l]
    return '%s%s（%s）：理论知识考试采用闭卷机考方式，考试时间%d分钟，满分100分，60分及以上为合格；操作技能考核采用%s方式，考核时间%d分钟%s。' % (
        nm, LV[l], LVN[l], tmin, rnd.choice(['现场实际操作', '模拟操作', '实际操作与答辩相结合']), 60 + 30 * (5 - l) // 2,
        '；另进行综合评审（论文答辩），答辩时间20分钟' if l <= 2 else '')

def impl_blocks(P, mode):
    o = P['org']; rnd = random.Random(P['idx'] * 11)
    b = [('title', '%s\n职业技能等级认定项目实施方案' % o['name']),
         ('h', '一、项目概况'), ('p', '本方案适用于本单位申报的%s。' % '、'.join('%s（%s）' % (nm, lv_range(lv, 0)) for c, nm, lv, al in P['apps_eval'])),
         ('h', '二、评价依据'), ('p', '依据相应国家职业技能标准，参照全国统一题库或自主开发题库组织命题。'),
         ('h', '三、考务组织'), ('p', '实行报名审核、考前公示、身份核验、考评分离、成绩复核、证书核发全过程管理，全程视频监控并留存影像资料。')]
    if mode == 'para':
        b.append(('h', '四、各等级评价方案'))
        for c, nm, lv, al in P['apps_eval']:
            for l in sorted(lv, reverse=True):
                b.append(('p', eval_text(nm, l, rnd)))
    elif mode == 'table':
        b.append(('h', '四、各等级评价方案'))
        rows = [['职业（工种）', '等级', '理论知识', '操作技能', '综合评审']]
        spans = []
        r = 1
        for c, nm, lv, al in P['apps_eval']:
            st = r
            for l in sorted(lv, reverse=True):
                rows.append([nm, '%s/%s' % (LV[l], LVN[l]), '闭卷机考%d分钟' % (90 if l >= 4 else 120),
                             '实操%d分钟' % (90 if l >= 4 else 150), '论文答辩' if l <= 2 else '—'])
                r += 1
            if r - st > 1: spans.append((st, 0, r - 1, 0))
        b.append(('table', rows, {'widths': [2.2, 1.4, 1.6, 1.4, 1.2], 'spans': spans}))
    elif mode == 'chapter':
        for i, (c, nm, lv, al) in enumerate(P['apps_eval']):
            b += [('pb',), ('h', '第%s章　%s（%s）评价方案' % (cn_num(i + 1), nm, c))]
            for l in sorted(lv, reverse=True):
                b += [('pn', '%s（%s）' % (LV[l], LVN[l])), ('p', eval_text(nm, l, rnd))]
    b += [('h', '五、质量保障'), ('p', '建立内部质量督导制度，督导员对考务全过程进行巡查，发现问题及时纠正并记录。'),
          ('r', o['name']), ('r', ar_date(*P['date']))]
    return b

def eval_plan_blocks(P, app):
    c, nm, lv, al = app; rnd = random.Random(len(nm) + P['idx'])
    b = [('title', '%s\n职业技能等级认定评价方案' % nm), ('c', '（%s）' % P['org']['name']),
         ('pn', '职业编码：%s' % c)]
    for l in sorted(lv, reverse=True):
        b += [('h', '%s（%s）' % (LV[l], LVN[l])), ('p', eval_text(nm, l, rnd)),
              ('p', '考评人员配比：理论考试每30名考生配备不少于2名监考人员；操作技能考核考评员与考生配比为1:5，且不少于3名考评员。')]
    return b

SETNAMES = {
    'yt': ('样题一', '样题二'), 'juan': ('样卷（A卷）', '样卷（B卷）'), 'mn': ('模拟试卷1', '模拟试卷2'),
    'tao': ('理论知识试卷（第一套）', '理论知识试卷（第二套）'), 'jn': ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷'),
    'paren': ('样题（一）', '样题（二）'),
}
QPOOL = ['在开展{o}工作前，应首先（　）。\nA. 核对作业规范　B. 直接开始操作　C. 询问他人　D. 忽略安全提示',
         '{o}从业人员应遵守的首要职业道德是（　）。\nA. 爱岗敬业　B. 追求利润　C. 随意变通　D. 个人优先',
         '下列关于{o}安全操作的说法，正确的是（　）。\nA. 未经培训即可上岗　B. 按规程佩戴防护用品　C. 设备异常继续作业　D. 不做记录',
         '{o}作业记录的保存期限一般不少于（　）。\nA. 1个月　B. 3个月　C. 1年　D. 按规定期限',
         '发现工作现场存在隐患时，{o}应当（　）。\nA. 及时报告并处置　B. 视而不见　C. 自行离开　D. 事后补记',
         '{o}在服务对象提出异议时，正确的做法是（　）。\nA. 耐心解释　B. 置之不理　C. 争吵　D. 拒绝服务',
         '与{o}工作相关的国家标准由（　）发布。\nA. 国家标准化管理委员会　B. 个人　C. 企业内部　D. 任意机构',
         '{o}在完成任务后应对工具设备进行（　）。\nA. 清点与维护　B. 随意放置　C. 带回家中　D. 不予理会']
TASKS = ['根据给定情境，完成一项{o}典型工作任务，并填写工作记录单。', '针对所给案例，制定{o}工作方案并现场演示关键步骤。',
         '按照操作规程完成设备（工具）的准备、操作、检查与复位。', '对给定的问题进行分析诊断，提出改进措施并说明理由。']

def sample_blocks(P, app, level, setidx, style, answers=False):
    c, nm, lv, al = app
    rnd = random.Random('%s%s%d%d' % (P['org']['name'], nm, level, setidx))
    sn = SETNAMES[style][setidx]
    b = [('small', '%s　职业技能等级认定' % P['org']['name']),
         ('title', '%s（%s）\n%s' % (nm, '%s/%s' % (LV[level], LVN[level]), sn)),
         ('pn', '注意事项：1. 考试时间：%d分钟。2. 请首先按要求在答题卡上填写姓名、准考证号。' % (90 if level >= 4 else 120)),
         ('h', '一、单项选择题（每题2分）')]
    qs = rnd.sample(QPOOL, 5)
    for i, q in enumerate(qs):
        b.append(('pn', '%d. %s' % (i + 1, q.format(o=nm))))
    b.append(('h', '二、判断题（正确的打“√”，错误的打“×”）'))
    for i in range(3):
        b.append(('pn', '%d. （　）%s' % (i + 6, rnd.choice(['{o}可以不经培训直接上岗。', '{o}应当按照国家职业标准开展工作。', '工作记录可以事后随意补填。', '发现安全隐患应及时报告。']).format(o=nm))))
    b.append(('h', '三、技能操作（%s）' % ('第%d题' % (setidx + 1))))
    b.append(('p', rnd.choice(TASKS).format(o=nm)))
    if answers:
        b += [('pb',), ('c', '答题卡'), ('table', [['题号', '1', '2', '3', '4', '5', '6', '7', '8'], ['答案', '', '', '', '', '', '', '', '']], {}),
              ('c', '参考答案'), ('pn', '一、' + ' '.join('%d.%s' % (i + 1, 'ABAD A'.replace(' ', 'B')[i]) for i in range(5)) + '　二、6.×　7.√　8.√')]
    return b

def toc_blocks(P, items):
    b = [('title', '申报材料目录'), ('c', P['org']['name'])]
    rows = [['序号', '材料名称', '页码/文件']] + [[str(i + 1), a, f] for i, (a, f) in enumerate(items)]
    b.append(('table', rows, {'widths': [0.6, 4, 2]}))
    return b

def teachers_blocks(P):
    rnd = random.Random(P['idx'])
    sur = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
    giv = ['伟', '敏', '静', '磊', '洁', '强', '军', '芳', '杰', '婷', '涛', '燕']
    rows = [['序号', '姓名', '职称/等级', '考评员证书', '从事领域']]
    for i in range(8):
        rows.append([str(i + 1), rnd.choice(sur) + rnd.choice(giv) + rnd.choice(['', '华', '明', '']), rnd.choice(['高级技师', '技师', '高级工程师', '讲师']),
                     '是', P['apps_form'][i % len(P['apps_form'])][1]])
    return [('title', '考评员及专家队伍名单'), ('c', P['org']['name']), ('table', rows, {'widths': [0.5, 1, 1.3, 1, 2.5]})]
