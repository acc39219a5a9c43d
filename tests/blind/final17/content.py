# -*- coding: utf-8 -*-
"""Document content (block lists) for the final17 corpus. Each function takes the package
config `c`, a variant number and a seeded Random, and returns a block list."""
import random

# ---------------------------------------------------------------- credit codes
CODE_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(first8):
    s = sum(_v36(ch) * w for ch, w in zip(first8, W9))
    c = 11 - s % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)


def code_check(first17):
    s = sum(CODE_ALPHA.index(ch) * w for ch, w in zip(first17, W18))
    return CODE_ALPHA[(31 - s % 31) % 31]


def make_code(cat, div, rnd, prefix8=None):
    alpha = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    for _ in range(1000):
        if prefix8 is None:
            if cat[0] == '9':
                o8 = 'MA' + rnd.choice('1234567') + ''.join(rnd.choice(alpha) for _ in range(5))
            elif cat[0] == '5':
                o8 = rnd.choice(['MJ', '50', '51']) + ''.join(rnd.choice(alpha) for _ in range(6))
            else:
                o8 = ''.join(rnd.choice('0123456789') for _ in range(8))
        else:
            o8 = prefix8
        ck = org_check(o8)
        if ck not in CODE_ALPHA:
            continue
        f17 = cat + div + o8 + ck
        return f17 + code_check(f17)
    raise RuntimeError


def valid_code(code):
    if len(code) != 18 or any(ch not in CODE_ALPHA for ch in code):
        return False
    return org_check(code[8:16]) == code[16] and code_check(code[:17]) == code[17]


def _selftest():
    assert valid_code('91310115MA1FL0A00C')
    assert valid_code('52310104MJ5K3L7D1F')
    assert valid_code('123100004250018698')
    assert not valid_code('91310115MA1FL0A00D')
    assert not valid_code('52310104MJ5K3L7D0C')
_selftest()

# ---------------------------------------------------------------- occupations (notice 附件)
OCC = {
    '政务服务办事员': ('3-01-01-02', '政务服务办事员', '', [5, 4, 3]),
    '调饮师': ('4-03-02-10', '调饮师', '', [5, 4, 3, 2, 1]),
    '食品安全管理师': ('4-03-02-11', '食品安全管理师', '', [5, 4, 3, 2, 1]),
    '数据安全管理员': ('4-04-04-02', '网络与信息安全管理师', '数据安全管理员', [4, 3, 2, 1]),
    '数字化解决方案设计师': ('4-04-04-05', '数字化解决方案设计师', '', [4, 3, 2, 1]),
    '数字孪生应用技术员': ('4-04-05-10', '数字孪生应用技术员', '', [5, 4, 3, 2, 1]),
    '房地产策划师': ('4-06-02-02', '房地产策划师', '', [4, 3, 2, 1]),
    '科技咨询师': ('4-07-02-02', '科技咨询师', '', [3, 2, 1]),
    '信用管理师': ('4-07-02-04', '信用管理师', '', [4, 3, 2, 1]),
    '热工计量员': ('4-08-05-06', '计量员', '热工计量员', [4, 3]),
    '色彩搭配师': ('4-08-08-04', '色彩搭配师', '', [4, 3, 2, 1]),
    '碳排放核算员': ('4-09-07-04', '碳排放管理员', '碳排放核算员', [4, 3, 2, 1]),
    '碳排放咨询员': ('4-09-07-04', '碳排放管理员', '碳排放咨询员', [3, 2, 1]),
    '碳排放监测员': ('4-09-07-04', '碳排放管理员', '碳排放监测员', [4, 3, 2, 1]),
    '建筑节能减排咨询师': ('4-09-07-06', '建筑节能减排咨询师', '', [5, 4, 3, 2, 1]),
    '保洁员': ('4-09-08-01', '保洁员', '', [5, 4, 3]),
    '生活垃圾收集工': ('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工', [5, 4, 3]),
    '盆景师': ('4-09-10-03', '盆景师', '', [5, 4, 3, 2, 1]),
    '保健艾灸师': ('4-10-04-01', '保健调理师', '保健艾灸师', [5, 4, 3]),
    '医疗护理员': ('4-14-01-02', '医疗护理员', '', [5, 4, 3, 2, 1]),
    '公共营养师': ('4-14-02-01', '营养师', '公共营养师', [4, 3, 2, 1]),
    '助听器验配师': ('4-14-03-01', '助听器验配师', '', [4, 3, 2, 1]),
    '社群健康助理员': ('4-14-04-04', '社群健康助理员', '', [4, 3, 2]),
    '化工总控工': ('6-11-01-03', '化工总控工', '', [5, 4, 3, 2, 1]),
    '片剂制备': ('6-12-03-00', '药物制剂工', '片剂制备', [5, 4, 3, 2, 1]),
    '颗粒剂制备': ('6-12-03-00', '药物制剂工', '颗粒剂制备', [5, 4, 3, 2, 1]),
    '增材制造设备操作员': ('6-18-01-13', '增材制造设备操作员', '', [5, 4, 3, 2, 1]),
    '管工': ('6-29-03-04', '管工', '', [5, 4, 3, 2, 1]),
    '城市轨道交通信号工': ('6-29-03-10', '轨道交通信号工', '城市轨道交通信号工', [5, 4, 3, 2, 1]),
    # NOT in the notice (used for a planted defect)
    '育婴员': ('4-10-01-02', '育婴员', '', [5, 4, 3]),
}


def occ_label(k, style=0):
    code, name, sub, _ = OCC[k]
    if not sub:
        return name
    return ['%s（%s）' % (name, sub), '%s(%s)' % (name, sub), '%s——%s' % (name, sub)][style % 3]


LV_NUM = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LV_TRAD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LV_BOTH = {5: '五级/初级工', 4: '四级/中级工', 3: '三级/高级工', 2: '二级/技师', 1: '一级/高级技师'}
CN_DIG = '〇一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return '十' + (CN_DIG[n % 10] if n % 10 else '')
    return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')


def cn_date(y, m, d):
    return ''.join(CN_DIG[int(ch)] for ch in str(y)) + '年' + cn_num(m) + '月' + cn_num(d) + '日'


def ar_date(y, m, d):
    return '%d年%d月%d日' % (y, m, d)


def lv_range(levels, style):
    lv = sorted(levels, reverse=True)  # 5..1
    if style == 'range':
        return LV_NUM[lv[0]] + ('至' + LV_NUM[lv[-1]] if len(lv) > 1 else '')
    if style == 'dash':
        return LV_NUM[lv[-1]][0] + '级—' + LV_NUM[lv[0]] if False else (LV_NUM[lv[0]] + '—' + LV_NUM[lv[-1]] if len(lv) > 1 else LV_NUM[lv[0]])
    if style == 'trad':
        return '、'.join(LV_TRAD[x] for x in lv)
    if style == 'list':
        return '、'.join(LV_NUM[x] for x in lv)
    if style == 'both':
        return '、'.join(LV_BOTH[x] for x in lv)
    return '、'.join(LV_NUM[x] for x in lv)


def ticks(levels, mark='☑', empty='□', names=LV_NUM):
    return '  '.join(('%s%s' % (mark if l in levels else empty, names[l])) for l in (5, 4, 3, 2, 1))


# ---------------------------------------------------------------- application form
def application_form(c, v, rnd):
    o = c
    date = o.get('form_date', (2025, 1, 21))
    base = [('单位名称', o['form_name']), ('统一社会信用代码', o['code']), ('单位性质', o['nature']),
            ('法定代表人', o['rep']), ('注册地址', o['addr']), ('考核点地址', o['site_addr']),
            ('联系人', o['contact']), ('联系电话', o['phone'])]
    apps = o['apps']
    if v == 0:   # Word-like form: two tables, ticks
        rows = [[a, b] for a, b in base]
        t2 = [['序号', '职业编码', '职业（工种）名称', '申报等级', '备注']]
        for i, (k, lv) in enumerate(apps, 1):
            t2.append([str(i), OCC[k][0], occ_label(k, 0), ticks(lv), '首次申报'])
        return [('title', '社会培训评价组织征集遴选申请表'),
                ('right', '填表日期：' + ar_date(*date)),
                ('table', rows, {'header': False, 'widths': [1, 3]}),
                ('h', '申报职业（工种）及等级'),
                ('table', t2, {'widths': [0.6, 1.5, 2.6, 4.2, 1.2]}),
                ('h', '单位承诺'),
                ('p', '本单位对所填报信息及提交材料的真实性、有效性、合法性负责。'),
                ('sign', ['申报单位（盖章）：' + o['form_name'], ar_date(*date)], o['seal_name'])]
    if v == 1:   # printed from a web system
        rows = [['字段', '填报内容']] + [[a, b] for a, b in base]
        t2 = [['#', '职业编码', '职业名称', '工种', '申报等级范围']]
        for i, (k, lv) in enumerate(apps, 1):
            t2.append([str(i), OCC[k][0], OCC[k][1], OCC[k][2] or '—', lv_range(lv, 'range')])
        return [('raw', '<div class="sysbar"><span>上海市人力资源和社会保障自助经办系统 · 新增备案机构申报</span><span>打印时间：%d-%02d-%02d 10:%02d</span></div>' % (date[0], date[1], date[2], rnd.randint(10, 59))),
                ('title', '社会培训评价组织征集遴选申请表（网上申报打印件）'),
                ('small', '业务流水号：ZJ%d%02d%02d%06d' % (date[0], date[1], date[2], rnd.randint(0, 999999))),
                ('h', '一、申报单位基本信息'),
                ('table', rows, {'widths': [1, 3]}),
                ('h', '二、申报评价项目'),
                ('table', t2, {'widths': [0.4, 1.3, 2, 1.8, 1.6]}),
                ('h', '三、申报单位意见'),
                ('pl', '经办人：%s        单位负责人：%s' % (o['contact'], o['rep'])),
                ('sign', ['（单位公章）', ar_date(*date)], o['seal_name'])]
    if v == 2:   # field:value lines, occupation table on page 2, trad level names
        blocks = [('title', '社会培训评价组织\n征集遴选申请表'),
                  ('pl', '')]
        for a, b in base + [('成立时间', o['founded']), ('从业人员数', str(o['staff'])),
                            ('年培训规模', '约%d人次' % o['scale'])]:
            blocks.append(('pl', '%s：%s' % (a, b)))
        blocks += [('h', '单位简介'), ('p', o['intro']), ('pb',),
                   ('h', '申报职业（工种）及等级（见下表）')]
        t2 = [['职业编码', '职业（工种）', '初级工', '中级工', '高级工', '技师', '高级技师']]
        for k, lv in apps:
            t2.append([OCC[k][0], occ_label(k, 1)] + [('√' if l in lv else '') for l in (5, 4, 3, 2, 1)])
        blocks += [('table', t2, {'widths': [1.3, 2.6, 0.8, 0.8, 0.8, 0.8, 1]}),
                   ('small', '注：在拟申报等级栏内打“√”。'),
                   ('sign', ['申报单位：' + o['form_name'] + '（盖章）', '日期：%d.%d.%d' % date], o['seal_name'])]
        return blocks
    if v == 3:   # one big table incl. wrapped cells and remarks column
        rows = [['单位名称', o['form_name'], '', ''],
                ['统一社会信用代码', o['code'], '单位性质', o['nature']],
                ['法定代表人', o['rep'], '成立日期', o['founded']],
                ['住所', o['addr'], '联系人/电话', o['contact'] + '\n' + o['phone']],
                ['考核点', o['site_addr'], '考核场地面积', '%d平方米' % o['area']]]
        t2 = [['序号', '职业（工种）及编码', '申报等级', '考评员（人）', '备注']]
        for i, (k, lv) in enumerate(apps, 1):
            t2.append([str(i), '%s\n%s' % (occ_label(k, 0), OCC[k][0]), lv_range(lv, 'dash'), str(rnd.randint(6, 18)),
                       rnd.choice(['已具备理论考场及实操工位', '实操设备自有', '与合作医院共建实训基地', '—'])])
        return [('title', '社会培训评价组织征集遴选申请表'),
                ('table', rows, {'header': False, 'widths': [1.1, 2, 1.2, 2], 'span': [(0, 1, 1, 3)]}),
                ('table', t2, {'widths': [0.5, 2.6, 1.4, 1, 2]}),
                ('pl', '申报单位意见：经研究，同意申报上述职业（工种）的职业技能等级认定。'),
                ('sign', ['法定代表人（签字）：' + o['rep'], '单位（盖章）', cn_date(*date)], o['seal_name'])]
    # v == 4: list style, levels written as 五级（初级工） list in one cell
    rows = [['项目', '内容']] + [[a, b] for a, b in base]
    for k, lv in apps:
        rows.append(['申报职业', '%s %s' % (OCC[k][0], occ_label(k, 2))])
        rows.append(['申报等级', '、'.join('%s（%s）' % (LV_NUM[l], LV_TRAD[l]) for l in sorted(lv, reverse=True))])
    return [('title', '征集遴选申请表'),
            ('small', '（社会培训评价组织用）'),
            ('table', rows, {'widths': [1, 3]}),
            ('sign', ['申请单位：' + o['form_name'], ar_date(*date)], o['seal_name'])]


# ---------------------------------------------------------------- recommendation letters
def apps_text(c):
    parts = []
    for k, lv in c['apps']:
        parts.append('%s（%s）%s' % (occ_label(k, 0), OCC[k][0], lv_range(lv, 'range')))
    return '、'.join(parts)


def industry_letter(c, v, rnd):
    ind = c['ind']
    who = ind.get('recommends', c['form_name'])
    d = ind['date']
    occs = apps_text(c)
    if v == 0:   # GB/T 9704 letter
        return [('lh', ind['issuer'] + ('文件' if rnd.random() < 0.3 else '')),
                ('docno', ind['docno']),
                ('title', '关于推荐%s\n申报社会培训评价组织的函' % who),
                ('pl', '上海市人力资源和社会保障局：'),
                ('p', '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经审核，%s具有规范的管理制度和财务制度，在%s领域具有较好的培训评价基础和行业影响力。' % (who, OCC[c['apps'][0][0]][1])),
                ('p', '现推荐该单位申报%s的社会培训评价组织，请予支持。' % occs),
                ('p', '特此函告。'),
                ('sign', [ind['issuer'], cn_date(*d)], ind.get('seal', ind['issuer']))]
    if v == 1:   # association 推荐意见表
        return [('title', '行业主管部门推荐意见'),
                ('table', [['被推荐单位', who], ['统一社会信用代码', c['code'] if 'recommends' not in ind else ind.get('rec_code', '')],
                           ['推荐申报职业（工种）', occs],
                           ['推荐单位', ind['issuer']],
                           ['推荐意见', '%s系本会会员单位，长期从事相关职业培训工作，师资和场地条件较好，诚信经营，近三年无不良记录。同意推荐其申报社会培训评价组织。' % who]],
                 {'header': False, 'widths': [1, 3]}),
                ('sign', ['%s（盖章）' % ind['issuer'], ar_date(*d)], ind.get('seal', ind['issuer']))]
    if v == 2:   # group parent 批复
        return [('lh', ind['issuer']),
                ('docno', ind['docno']),
                ('title', '关于同意%s申报\n社会培训评价组织的批复' % who),
                ('pl', '%s：' % who),
                ('p', '你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，同意你公司作为集团内职业技能等级认定工作的实施主体，申报%s社会培训评价组织。' % occs),
                ('p', '请你公司严格按照市人力资源社会保障局有关要求，规范开展评价工作，集团人力资源部将做好指导和监督。'),
                ('pl', '此复。'),
                ('sign', [ind['issuer'], ar_date(*d)], ind.get('seal', ind['issuer'])),
                ('small', '抄送：上海市职业技能鉴定中心')]
    # v == 3: 推荐书 with issuer only in the red letterhead and the seal
    return [('lh', ind['issuer']),
            ('title', '推 荐 书'),
            ('pl', '上海市职业技能鉴定中心：'),
            ('p', '兹推荐%s（统一社会信用代码：%s）申报%s社会培训评价组织。' % (who, ind.get('rec_code', c['code']), occs)),
            ('p', '该单位在本行业内开展技能培训多年，熟悉职业标准，具备开展职业技能等级认定的考核场地和专家队伍。我单位将按照职责加强对其评价活动的行业指导。'),
            ('sign', [cn_date(*d)], ind.get('seal', ind['issuer']))]


def district_letter(c, v, rnd):
    dl = c['dist']
    bureau = dl['bureau']
    d = dl['date']
    who = c['form_name']
    if v == 0:
        return [('lh', bureau),
                ('docno', dl['docno']),
                ('title', '关于同意推荐%s考核点的函' % who),
                ('pl', '上海市职业技能鉴定中心：'),
                ('p', '%s拟申报社会培训评价组织，其考核点设在%s。经我局实地查看，该考核点场地面积约%d平方米，设有理论考场%d间、实操工位%d个，视频监控设备覆盖全部考场，符合开展%s职业技能等级认定的基本条件。' % (who, c['site_addr'], c['area'], rnd.randint(1, 4), rnd.randint(12, 40), '、'.join(occ_label(k) for k, _ in c['apps']))),
                ('p', '同意推荐。'),
                ('sign', [bureau, cn_date(*d)], dl.get('seal', bureau))]
    if v == 1:
        return [('title', '考核点所在区人社部门推荐意见表'),
                ('table', [['申报单位', who], ['考核点名称', c['site_name']], ['考核点地址', c['site_addr']],
                           ['场地面积', '%d㎡' % c['area']], ['申报职业', '、'.join(occ_label(k) for k, _ in c['apps'])],
                           ['区人社部门意见', '经现场核查，该考核点场地、设施设备及监控条件满足要求，同意推荐。\n\n%s\n%s' % (bureau, ar_date(*d))]],
                 {'header': False, 'widths': [1, 3]}),
                ('sign', ['（盖章）'], dl.get('seal', bureau))]
    # v == 2 short 推荐函 with docno right-aligned
    return [('lh', bureau + '（函）'),
            ('right', dl['docno']),
            ('title', '推荐函'),
            ('pl', '上海市人力资源和社会保障局：'),
            ('p', '%s位于我区%s的考核点，具备开展职业技能等级认定所需的场地和设备条件。该单位在我区开展职业技能培训工作以来，管理规范，未发现违规行为。' % (who, c['site_addr'])),
            ('p', '经研究，我局同意推荐该单位申报社会培训评价组织。'),
            ('sign', [bureau, ar_date(*d)], dl.get('seal', bureau))]


# ---------------------------------------------------------------- credit report
def credit_report(c, v, rnd):
    cr = c['credit']
    name = cr.get('name', c['form_name'])
    qd = cr['date']
    rno = cr['no']
    pen = cr.get('penalties', [])
    pen_t = ('查见%d条' % len(pen)) if pen else '未查见'
    if v in (0, 2):   # 信用中国（上海）公共信用信息报告 (several pages, records on last page)
        blocks = [('title', '公共信用信息报告\n（法人版）'),
                  ('pl', '报告编号：%s' % rno),
                  ('pl', '查询对象：%s' % name),
                  ('pl', '统一社会信用代码：%s' % c['code']),
                  ('pl', '出具单位：信用中国（上海）/ 上海市公共信用信息服务平台'),
                  ('pl', '查询日期：%s' % ar_date(*qd)),
                  ('small', '本报告依据上海市公共信用信息服务平台截至查询日期归集的信息生成，仅供申请人在申报政府项目时使用。'),
                  ('pb',),
                  ('h', '一、基本信息'),
                  ('table', [['项目', '内容'], ['名称', name], ['统一社会信用代码', c['code']], ['法定代表人', c['rep']],
                             ['登记机关', c['reg_authority']], ['成立日期', c['founded']], ['住所', c['addr']], ['登记状态', '存续']],
                   {'widths': [1, 3]}),
                  ('h', '二、资质许可信息'),
                  ('p', '截至查询日期，平台归集该主体行政许可信息%d条，详见平台查询页面。' % rnd.randint(1, 6)),
                  ('h', '三、守信激励信息'),
                  ('p', '未查见。'),
                  ('pb',),
                  ('h', '四、失信信息'),
                  ('table', [['信息类别', '查询结果', '说明'],
                             ['行政处罚', pen_t, '见附表' if pen else '—'],
                             ['失信被执行人', '未查见', '—'],
                             ['严重失信主体名单', '未查见', '—'],
                             ['欠缴税款', '未查见', '—']], {'widths': [1.4, 1, 2]})]
        if pen:
            blocks += [('h', '附表：行政处罚信息'),
                       ('table', [['序号', '决定文书号', '处罚事由', '处罚结果', '决定日期', '处罚机关']] +
                        [[str(i + 1)] + p for i, p in enumerate(pen)], {'widths': [0.4, 1.6, 2, 1.3, 1, 1.4]})]
        blocks += [('small', '（报告结束）')]
        return blocks
    # v == 1 上海市公共信用信息服务中心 专用信用报告
    rows = [['领域', '查询事项', '查询结果']]
    for dom, item in [('市场监管', '行政处罚信息'), ('人力资源社会保障', '行政处罚信息'), ('税务', '重大税收违法失信主体'),
                      ('法院', '失信被执行人'), ('生态环境', '行政处罚信息'), ('应急管理', '安全生产行政处罚')]:
        res = '未查见'
        if pen and dom == pen[0][-1][:0] + '市场监管' and item == '行政处罚信息':
            res = pen_t
        rows.append([dom, item, res])
    blocks = [('title', '市场主体专用信用报告\n（有无违法违规记录证明版）'),
              ('pl', '报告编号：%s' % rno),
              ('pl', '主体名称：%s' % name),
              ('pl', '统一社会信用代码：%s' % c['code']),
              ('pl', '报告时间段：%d年%d月%d日至%s' % (qd[0] - 3, qd[1], qd[2], ar_date(*qd))),
              ('h', '查询结果'),
              ('table', rows, {'widths': [1.3, 2, 1.3]})]
    if pen:
        blocks += [('h', '行政处罚记录明细'),
                   ('table', [['序号', '文书号', '违法事实', '处罚内容', '日期', '机关']] + [[str(i + 1)] + p for i, p in enumerate(pen)],
                    {'widths': [0.4, 1.6, 2, 1.3, 1, 1.4]})]
    blocks += [('p', '说明：本报告由上海市公共信用信息服务中心依据各领域主管部门报送的信息出具，报告内容截至出具日期。'),
               ('sign', ['上海市公共信用信息服务中心', ar_date(*qd)], '上海市公共信用信息服务中心')]
    return blocks


# ---------------------------------------------------------------- audit report
def audit_report(c, year, v, rnd):
    au = c['audit']
    firm = au['firm']
    name = au.get('name', c['form_name'])
    nonprofit = c['ctype'] in ('minfei', 'shetuan')
    no = '%s〔%d〕第%04d号' % (au['prefix'], year + 1, rnd.randint(100, 2999))
    rd = (year + 1, rnd.choice([3, 3, 4, 4, 5]), rnd.randint(1, 28))
    addressee = '%s理事会' % name if nonprofit else ('%s全体股东' % name if c['ctype'] != 'jituan' else '%s董事会' % name)
    stmts = '资产负债表、%s年度的业务活动表和现金流量表' if nonprofit else '资产负债表、%s年度的利润表、现金流量表、所有者权益变动表'
    ystr = str(year) if v != 2 else ''.join(CN_DIG[int(ch)] for ch in str(year))
    fin = {}
    base = rnd.randint(300, 3000) * 1000
    for lab in ['货币资金', '应收账款', '固定资产', '资产总计', '流动负债合计', '负债合计', '净资产合计' if nonprofit else '所有者权益合计']:
        fin[lab] = (base * rnd.uniform(0.2, 1.5), base * rnd.uniform(0.2, 1.5))
    bs = [['项目', '期末余额', '年初余额']] + [[k, '{:,.2f}'.format(a), '{:,.2f}'.format(b)] for k, (a, b) in fin.items()]
    if v == 1:   # year only in the title and balance-sheet date
        op = ('我们审计了%s（以下简称“贵单位”）后附的财务报表，包括资产负债表、%s、现金流量表以及相关财务报表附注。'
              % (name, '业务活动表' if nonprofit else '利润表'))
        head = [('title', '%s\n%d年度财务报表审计报告' % (name, year)), ('docno', no)]
    else:
        op = ('我们审计了%s财务报表，包括%s年12月31日的' % (name, ystr)) + (stmts % ystr) + '以及相关财务报表附注。'
        head = [('title', '审 计 报 告'), ('docno', no)]
    blocks = head + [
        ('pl', addressee + '：'),
        ('h', '一、审计意见'),
        ('p', op),
        ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位%s的财务状况以及%s的%s和现金流量。'
         % ('《民间非营利组织会计制度》' if nonprofit else '企业会计准则',
            ('%s年12月31日' % ystr) if v != 1 else '期末', ('%s年度' % ystr) if v != 1 else '本期',
            '业务活动成果' if nonprofit else '经营成果')),
        ('h', '二、形成审计意见的基础'),
        ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
        ('h', '三、管理层和治理层对财务报表的责任'),
        ('p', '管理层负责按照适用的会计准则和制度的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
        ('sign', [firm, '中国注册会计师：%s' % au['cpa'][0], '中国注册会计师：%s' % au['cpa'][1],
                  '中国·上海', ar_date(*rd) if v != 2 else cn_date(*rd)], firm if au.get('seal', True) else None),
        ('pb',),
        ('title', '资产负债表'),
        ('pl', '编制单位：%s        %d年12月31日        单位：元' % (name, year)),
        ('table', bs, {'widths': [2, 1.5, 1.5]}),
    ]
    return blocks


# ---------------------------------------------------------------- registration certificates
def registration(c, v, rnd):
    rg = c['reg']
    name = rg.get('name', c['form_name'])
    ct = c['ctype']
    copy_seal = rg.get('copy_seal', True)
    common = dict(copy_text='复印件与原件一致\n仅供申报社会培训评价组织使用', copy_seal=(c['seal_name'] if copy_seal else None),
                  code_top='统一社会信用代码  %s' % c['code'])
    if ct in ('company', 'jituan', 'foreign', 'branch'):
        fields = [('名        称', name), ('类        型', rg['type']),
                  ('负 责 人' if ct == 'branch' else '法定代表人', c['rep']),
                  ('经营范围', rg['scope'])]
        if ct != 'branch':
            fields.append(('注册资本', rg['capital']))
        fields += [('成立日期', c['founded']), ('营业期限' if ct != 'branch' else '营业期限', '%s 至 不约定期限' % c['founded']),
                   ('住        所' if ct != 'branch' else '营业场所', c['addr'])]
        return dict(title='营 业 执 照', sub='（副    本）', fields=fields, issuer='登记机关  ' + c['reg_authority'],
                    date=rg['issue'], issuer_seal=c['reg_authority'], red_title=True, qr=True, frame='#b5651d', **common)
    if ct == 'minfei':
        fields = [('名        称', name), ('住        所', c['addr']), ('法定代表人', c['rep']), ('业务范围', rg['scope']),
                  ('业务主管单位', rg['supervisor']), ('开办资金', rg['capital']), ('有 效 期', rg['valid'])]
        return dict(title='民办非企业单位登记证书', sub='（法人）    副本', fields=fields, issuer='登记管理机关  ' + c['reg_authority'],
                    date=rg['issue'], issuer_seal=c['reg_authority'], frame='#1d5fb5', **common)
    if ct == 'shetuan':
        fields = [('名        称', name), ('住        所', c['addr']), ('法定代表人', c['rep']), ('业务范围', rg['scope']),
                  ('活动地域', '上海市'), ('注册资金', rg['capital']), ('业务主管单位', rg['supervisor']), ('有 效 期', rg['valid'])]
        return dict(title='社会团体法人登记证书', sub='副    本', fields=fields, issuer='登记管理机关  ' + c['reg_authority'],
                    date=rg['issue'], issuer_seal=c['reg_authority'], frame='#1d8a5f', **common)
    # shiye
    fields = [('名        称', name), ('宗旨和业务范围', rg['scope']), ('住        所', c['addr']), ('法定代表人', c['rep']),
              ('经费来源', '财政补助'), ('开办资金', rg['capital']), ('举办单位', rg['supervisor']), ('有 效 期', rg['valid'])]
    return dict(title='事业单位法人证书', sub='', fields=fields, issuer='登记管理机关  ' + c['reg_authority'],
                date=rg['issue'], issuer_seal=c['reg_authority'], red_title=True, frame='#b51d1d', **common)


# ---------------------------------------------------------------- work plan / pledge / integrity
def work_plan(c, v, rnd):
    name = c['form_name']
    occs = '、'.join(occ_label(k) for k, _ in c['apps'])
    staff = [['姓名', '职务/岗位', '职称或技能等级', '专/兼职']]
    surn = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
    given = '建国丽华志强晓燕海涛伟敏静雯俊杰秀英文博佳怡明辉国庆晨曦'
    for i in range(rnd.randint(4, 7)):
        nm = rnd.choice(surn) + rnd.choice(given[::2]) + rnd.choice(given[1::2])
        staff.append([nm, ['认定工作负责人', '质量督导员', '考务管理员', '题库管理员', '考评组长', '信息管理员', '财务专员'][i],
                      rnd.choice(['高级技师', '技师', '高级工程师', '讲师', '一级/高级技师', '中级经济师']), rnd.choice(['专职', '专职', '兼职'])])
    if v == 0:
        return [('title', '%s\n职业技能等级认定工作方案' % name),
                ('h', '一、指导思想'),
                ('p', '坚持把社会效益放在首位，严格按照国家职业技能标准和本市有关规定开展%s职业技能等级认定，确保评价结果客观、公正、可信。' % occs),
                ('h', '二、组织机构'),
                ('p', '成立职业技能等级认定工作领导小组，由%s任组长，下设认定办公室、质量督导组和考务组，分别负责日常管理、质量监督和考务组织。' % c['rep']),
                ('table', staff, {'widths': [1, 1.6, 1.6, 0.8]}),
                ('h', '三、场地设施'),
                ('p', '考核点位于%s，面积约%d平方米，配备理论机考教室、实操考场和候考区，全部考场安装视频监控并保存影像资料不少于一年。' % (c['site_addr'], c['area'])),
                ('h', '四、质量管控'),
                ('p', '实行考评员轮换、回避和考务督导制度；试卷由题库随机组卷，考前密封保管；考核结果经内部质量督导复核后报送。'),
                ('h', '五、经费保障'),
                ('p', '认定工作经费纳入单位年度预算，单独核算，专款专用。')]
    if v == 1:
        return [('title', '职业技能等级认定工作方案'),
                ('right', name),
                ('h', '第一章 总则'),
                ('p', '第一条 为规范本单位%s职业技能等级认定工作，依据《职业技能等级认定工作规程》制定本方案。' % occs),
                ('p', '第二条 本单位设立职业技能等级认定中心，作为认定工作的专门机构。'),
                ('h', '第二章 人员配备'),
                ('p', '第三条 认定中心配备专职工作人员%d名，考评员%d名，督导员%d名。' % (len(staff) - 1, rnd.randint(12, 40), rnd.randint(2, 6))),
                ('table', staff, {'widths': [1, 1.6, 1.6, 0.8]}),
                ('h', '第三章 考务管理'),
                ('p', '第四条 认定分理论知识考试、操作技能考核和综合评审，理论知识考试采用闭卷机考，操作技能考核采用现场实际操作方式。'),
                ('p', '第五条 认定结果经公示无异议后，按规定颁发职业技能等级证书并上传数据。'),
                ('h', '第四章 监督'),
                ('p', '第六条 自觉接受人力资源社会保障部门和%s的监督检查。' % c['ind']['issuer'])]
    # v == 2: table-heavy plan
    return [('title', '%s职业技能等级认定工作方案' % name),
            ('table', [['模块', '主要内容', '责任部门'],
                       ['组织保障', '设立认定工作领导小组和认定办公室', '总经理办公室'],
                       ['考评队伍', '考评员%d人、质量督导员%d人，建立专家库' % (rnd.randint(10, 30), rnd.randint(2, 5)), '培训部'],
                       ['场地设备', '考核点%s，%d平方米，视频监控全覆盖' % (c['site_addr'], c['area']), '行政部'],
                       ['题库建设', '按职业标准开发理论和技能题库，专人管理', '教研部'],
                       ['质量管控', '考前检查、考中巡视、考后复核三级管控', '质量督导组'],
                       ['经费保障', '设立专项经费，单独核算', '财务部']], {'widths': [1, 3, 1.2]}),
            ('h', '人员名单'),
            ('table', staff, {'widths': [1, 1.6, 1.6, 0.8]})]


def pledge(c, v, rnd, seal=True):
    name = c['form_name']
    d = c.get('form_date', (2025, 1, 21))
    if v == 0:
        body = [('title', '承 诺 书'),
                ('pl', '上海市人力资源和社会保障局：'),
                ('p', '我单位自愿申报社会培训评价组织，现郑重承诺：'),
                ('p', '一、所提交的申报材料真实、有效、合法，如有虚假，愿承担相应责任；'),
                ('p', '二、严格遵守国家和本市职业技能等级认定有关规定，不以营利为最终目的；'),
                ('p', '三、自愿接受各级人力资源社会保障部门和行业主管部门的监督检查；'),
                ('p', '四、一年内不重复参与同一职业（工种）社会培训评价组织征集遴选。')]
    elif v == 1:
        body = [('title', '诚信承诺书'),
                ('p', '%s（以下简称本单位）在此承诺：本单位为依法登记的独立法人，社会信用良好，无违法违规、失信等不良行为记录；本次申报所附材料均真实有效；在开展职业技能等级认定工作中严格执行国家职业技能标准，规范考务管理，确保评价质量。若违反上述承诺，本单位自愿承担取消备案资格等后果。' % name)]
    else:
        body = [('title', '申报单位承诺书'),
                ('table', [['承诺事项', '内容'],
                           ['材料真实性', '申报材料及佐证均真实、准确、完整'],
                           ['合规经营', '近三年无重大违法违规和失信记录'],
                           ['规范评价', '严格执行职业标准和认定工作规程，不降低标准、不乱收费'],
                           ['接受监督', '自愿接受人社部门、行业主管部门监督']], {'widths': [1, 3]})]
    return body + [('sign', ['承诺单位：%s' % name, '法定代表人：%s' % c['rep'], ar_date(*d)], c['seal_name'] if seal else None)]


def integrity(c, v, rnd, seal=True):
    name = c['form_name']
    d = c.get('form_date', (2025, 1, 21))
    if v == 0:
        return [('title', '廉洁责任书'),
                ('pl', '甲方：上海市职业技能鉴定中心'),
                ('pl', '乙方：%s' % name),
                ('p', '为加强职业技能等级认定工作中的廉政建设，防止各种不正当行为发生，甲乙双方签订本责任书。'),
                ('p', '一、乙方不得向甲方工作人员赠送礼金、有价证券和贵重物品，不得安排宴请、娱乐等活动。'),
                ('p', '二、乙方在认定工作中不得弄虚作假、违规发证，不得以任何名义变相收取费用。'),
                ('p', '三、乙方发现违纪违规问题，应及时向甲方及有关部门报告。'),
                ('p', '四、本责任书自签订之日起生效，至备案有效期满止。'),
                ('sign', ['乙方（盖章）：%s' % name, '法定代表人：%s' % c['rep'], ar_date(*d)], c['seal_name'] if seal else None)]
    if v == 2:
        return [('title', '廉 洁 责 任 书'),
                ('table', [['责任主体', name], ['主要负责人', c['rep']],
                           ['责任内容', '1. 严守考务纪律，不泄题、不替考、不改分；\n2. 不收受考生及相关单位财物；\n3. 不以认定名义违规收费；\n4. 对违纪违规人员严肃追责并及时报告。'],
                           ['监督电话', c['phone']]], {'header': False, 'widths': [1, 3]}),
                ('sign', ['责任单位（盖章）', ar_date(*d)], c['seal_name'] if seal else None)]
    return [('title', '职业技能等级认定廉洁自律责任书'),
            ('p', '%s郑重作出如下廉洁承诺：坚持公平公正原则，严禁考评人员收受考生财物；严禁泄露试题、替考、篡改成绩；建立廉洁风险防控台账，主要负责人为第一责任人。对违反本责任书的人员，一经查实，严肃处理并报告主管部门。' % name),
            ('sign', ['责任单位：%s' % name, cn_date(*d)], c['seal_name'] if seal else None)]


# ---------------------------------------------------------------- implementation / evaluation plans
def eval_level_text(k, l):
    occ = occ_label(k)
    th = {5: 60, 4: 90, 3: 90, 2: 120, 1: 120}[l]
    sk = {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[l]
    extra = '，另须进行综合评审（论文答辩），时间不少于30分钟' if l <= 2 else ''
    return ('%s%s（%s）：理论知识考试采用闭卷机考，时长%d分钟；操作技能考核采用现场操作，时长%d分钟%s。各项成绩均达到60分及以上为合格。'
            % (occ, LV_NUM[l], LV_TRAD[l], th, sk, extra))


def implementation(c, v, rnd, occs=None):
    name = c['form_name']
    apps = occs or c['apps']
    blocks = [('title', '%s\n职业技能等级认定项目实施方案' % name)]
    blocks += [('h', '一、项目概况'),
               ('p', '本单位拟开展%s的职业技能等级认定，考核点设于%s。' % ('、'.join('%s（%s）' % (occ_label(k), lv_range(lv, 'list')) for k, lv in apps), c['site_addr'])),
               ('h', '二、认定流程'),
               ('p', '报名受理—资格审核—考前公示—理论知识考试—操作技能考核—综合评审（二级及以上）—成绩复核—结果公示—证书发放。')]
    if v == 0:   # paragraphs per level
        blocks.append(('h', '三、各等级评价方案'))
        for k, lv in apps:
            blocks.append(('h', '（%s）%s' % ('一二三四五'[apps.index((k, lv))], occ_label(k))))
            for l in sorted(lv, reverse=True):
                blocks.append(('p', eval_level_text(k, l)))
    elif v == 1:  # table, one row per level, merged occupation cell
        blocks.append(('h', '三、评价方案一览表'))
        rows = [['职业（工种）', '等级', '理论知识', '操作技能', '综合评审']]
        spans = []
        for k, lv in apps:
            r0 = len(rows)
            for l in sorted(lv, reverse=True):
                rows.append([occ_label(k), LV_NUM[l], '机考%d分钟' % {5: 60, 4: 90, 3: 90, 2: 120, 1: 120}[l],
                             '实操%d分钟' % {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[l], '论文答辩' if l <= 2 else '—'])
            if len(lv) > 1:
                spans.append((r0, 0, len(lv), 1))
        blocks.append(('table', rows, {'widths': [2.2, 0.8, 1.2, 1.2, 1], 'span': spans}))
        blocks.append(('p', '各等级理论知识考试和操作技能考核均实行百分制，成绩皆达60分及以上者为合格。'))
    else:         # per occupation chapters, per level sub-heading with 评价方案
        for i, (k, lv) in enumerate(apps):
            blocks.append(('h', '第%s部分  %s评价方案' % ('一二三四五'[i], occ_label(k))))
            for l in sorted(lv, reverse=True):
                blocks.append(('pl', '■ %s评价方案' % LV_BOTH[l]))
                blocks.append(('p', eval_level_text(k, l)))
                blocks.append(('p', '考评人员配比：理论考试每标准考场不少于2名监考人员；操作技能考核考评员与考生配比为1:%d。' % rnd.choice([3, 5, 8])))
    blocks += [('h', '四、质量保障'),
               ('p', '建立考务督导、考评员回避和成绩复核制度，全程视频监控，资料保存不少于3年。')]
    return blocks


TOPIC = {
    '医疗护理员': ['协助患者翻身', '生命体征观察', '口腔清洁', '压疮预防'],
    '调饮师': ['茶饮调配', '咖啡萃取', '原料储存', '器具清洗消毒'],
    '化工总控工': ['DCS操作', '精馏塔开车', '压力容器巡检', '危险化学品储存'],
    '片剂制备': ['压片', '制粒', '包衣', '片重差异检查'],
    '保洁员': ['地面清洁', '玻璃擦拭', '清洁剂配比', '垃圾分类'],
    '信用管理师': ['信用评估', '应收账款管理', '征信报告解读', '信用政策制定'],
    '城市轨道交通信号工': ['信号机检修', '转辙机测试', '计轴设备维护', '联锁试验'],
    '房地产策划师': ['市场调研', '项目定位', '营销方案', '投资测算'],
    '增材制造设备操作员': ['切片参数设置', '设备校准', '后处理', '粉末回收'],
    '公共营养师': ['膳食调查', '营养评价', '食谱编制', '营养宣教'],
}


def sample_paper(c, k, l, s, v, rnd, answer_sheet=False):
    """One set (s = 1 or 2) of sample papers for occupation k level l."""
    occ = occ_label(k)
    topics = TOPIC.get(k, ['基础知识', '安全规范', '操作流程', '质量检查'])
    nm = c['form_name']
    cn = '一二'[s - 1]
    ab = 'AB'[s - 1]
    titles = [
        '%s %s 理论知识样题（%s）' % (occ, LV_NUM[l], cn),
        '%s（%s）职业技能等级认定 样卷（%s卷）' % (occ, LV_NUM[l], ab),
        '%s%s 模拟试卷%d' % (occ, LV_TRAD[l], s),
        '%s %s 理论知识试卷（第%s套）' % (occ, LV_BOTH[l], cn),
        '%s %s级 技能操作考核试题 %s 卷' % (occ, '五四三二一'[5 - l], ab),
    ]
    blocks = [('small', nm + ' · 职业技能等级认定'),
              ('title', titles[v % len(titles)])]
    if v % 5 == 4:
        blocks.append(('h', '试题%s：%s' % (cn, topics[s % len(topics)])))
        blocks.append(('p', '考核时间：%d分钟；配分：100分。考生按照给定条件完成%s操作，并填写操作记录单。' % (60 + 30 * (5 - l), topics[s % len(topics)])))
        blocks.append(('table', [['序号', '考核内容', '评分要点', '配分'],
                                 ['1', '操作准备', '工具、材料、防护用品准备齐全', '10'],
                                 ['2', topics[(s + 1) % len(topics)], '步骤正确、动作规范', '40'],
                                 ['3', topics[(s + 2) % len(topics)], '结果符合要求', '35'],
                                 ['4', '安全文明', '遵守安全规程，场地整洁', '15']], {'widths': [0.5, 1.5, 3, 0.7]}))
        return blocks
    blocks.append(('h', '一、单项选择题（每题2分）'))
    for i in range(1, 5):
        t = topics[(i + s) % len(topics)]
        blocks.append(('pl', '%d. 关于%s，下列说法正确的是（  ）。' % (i, t)))
        blocks.append(('pl', '   A. 可以省略检查步骤  B. 应按规程执行  C. 由他人代为确认  D. 视情况而定'))
    blocks.append(('h', '二、判断题（每题1分）'))
    for i in range(5, 8):
        blocks.append(('pl', '%d. %s时必须记录相关数据。（  ）' % (i, topics[(i * s) % len(topics)])))
    blocks.append(('h', '三、%s' % ('简答题' if l >= 3 else '论述题')))
    blocks.append(('pl', '8. 简述%s的主要步骤及注意事项。' % topics[s % len(topics)]))
    if answer_sheet:
        blocks += [('pb',), ('title', '答题卡（%s）' % ('第%s套' % cn)),
                   ('table', [['题号', '1', '2', '3', '4', '5', '6', '7'], ['答案', 'B', 'B', 'B', 'B', '√', '√', '√']],
                    {'widths': [1] * 8}),
                   ('pl', '参考答案要点：8. 准备—实施—检查—记录。')]
    return blocks


def contents_page(c, items):
    return [('title', '申报材料目录'), ('pl', '申报单位：%s' % c['form_name']),
            ('table', [['序号', '材料名称', '页码/文件']] + [[str(i + 1), a, b] for i, (a, b) in enumerate(items)],
             {'widths': [0.5, 3, 1.5]})]


def teacher_list(c, rnd):
    surn = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
    rows = [['序号', '姓名', '性别', '职业技能等级/职称', '从事年限', '拟任']]
    for i in range(10):
        rows.append([str(i + 1), rnd.choice(surn) + rnd.choice('志晓海伟静俊秀文佳明') + rnd.choice('强燕涛敏雯杰英博怡辉'),
                     rnd.choice('男女'), rnd.choice(['一级/高级技师', '二级/技师', '高级讲师', '副主任护师', '高级工程师']),
                     str(rnd.randint(5, 28)), rnd.choice(['考评员', '督导员', '命题专家'])])
    return [('title', '%s考评人员及专家名单' % c['form_name']), ('table', rows, {'widths': [0.5, 1, 0.5, 2, 0.8, 1]})]
