"""Document contents (block lists) written the way many different real organisations write them."""

CN = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五'}
FW = {1: '１', 2: '２', 3: '３', 4: '４', 5: '５'}
TITLE = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}

# 附件 of 沪人社职〔2024〕447号 (code, 职业, 工种 or '', levels)
CATALOGUE = [
    ('3-01-01-02', '政务服务办事员', '', [5, 4, 3]),
    ('4-03-02-10', '调饮师', '', [5, 4, 3, 2, 1]),
    ('4-03-02-11', '食品安全管理师', '', [5, 4, 3, 2, 1]),
    ('4-04-04-02', '网络与信息安全管理师', '数据安全管理员', [4, 3, 2, 1]),
    ('4-04-04-05', '数字化解决方案设计师', '', [4, 3, 2, 1]),
    ('4-04-05-10', '数字孪生应用技术员', '', [5, 4, 3, 2, 1]),
    ('4-06-02-02', '房地产策划师', '', [4, 3, 2, 1]),
    ('4-07-02-02', '科技咨询师', '', [3, 2, 1]),
    ('4-07-02-04', '信用管理师', '', [4, 3, 2, 1]),
    ('4-08-05-06', '计量员', '热工计量员', [4, 3]),
    ('4-08-08-04', '色彩搭配师', '', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', '', [5]),
    ('4-09-07-04', '碳排放管理员', '碳排放监测员', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', '碳排放核算员', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', '碳排放核查员', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', '碳排放交易员', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', '碳排放咨询员', [3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', '民航碳排放管理员', [4, 3, 2, 1]),
    ('4-09-07-06', '建筑节能减排咨询师', '', [5, 4, 3, 2, 1]),
    ('4-09-08-01', '保洁员', '', [5, 4, 3]),
    ('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工', [5, 4, 3]),
    ('4-09-10-03', '盆景师', '', [5, 4, 3, 2, 1]),
    ('4-10-04-01', '保健调理师', '保健艾灸师', [5, 4, 3]),
    ('4-14-01-02', '医疗护理员', '', [5, 4, 3, 2, 1]),
    ('4-14-02-01', '营养师', '公共营养师', [4, 3, 2, 1]),
    ('4-14-03-01', '助听器验配师', '', [4, 3, 2, 1]),
    ('4-14-04-04', '社群健康助理员', '', [4, 3, 2]),
    ('6-11-01-03', '化工总控工', '', [5, 4, 3, 2, 1]),
    ('6-12-03-00', '药物制剂工', '片剂制备', [5, 4, 3, 2, 1]),
    ('6-12-03-00', '药物制剂工', '颗粒剂制备', [5, 4, 3, 2, 1]),
    ('6-18-01-13', '增材制造设备操作员', '', [5, 4, 3, 2, 1]),
    ('6-29-03-04', '管工', '', [5, 4, 3, 2, 1]),
    ('6-29-03-10', '轨道交通信号工', '城市轨道交通信号工', [5, 4, 3, 2, 1]),
]


def in_catalogue(code, occ, gz, level):
    for c, o, g, lv in CATALOGUE:
        if c == code and o == occ and g == gz:
            return level in lv
    return False


def app(code, occ, gz, levels):
    return dict(code=code, occ=occ, gz=gz, levels=list(levels),
                full=occ + ('（%s）' % gz if gz else ''))


def lv(n, style='slash'):
    if style == 'slash':
        return '%s级/%s' % (CN[n], TITLE[n])
    if style == 'paren':
        return '%s级（%s）' % (CN[n], TITLE[n])
    if style == 'zyzg':
        return '国家职业资格%s级' % CN[n]
    if style == 'plain':
        return '%s级' % CN[n]
    if style == 'fw':
        return '%s级' % FW[n]
    if style == 'title':
        return TITLE[n]
    raise ValueError(style)


def lv_list(levels, style='slash', sep='、'):
    return sep.join(lv(n, style) for n in sorted(levels, reverse=True))


def lv_range(levels, style='zhi'):
    hi, lo = max(levels), min(levels)  # hi number = lower level (五级)
    if hi == lo:
        return lv(hi, 'plain')
    if style == 'zhi':
        return '%s级至%s级' % (CN[hi], CN[lo])
    if style == 'dash':
        return '%s级—%s级' % (CN[hi], CN[lo])
    if style == 'short':
        return '%s至%s级' % (CN[hi], CN[lo])
    if style == 'title':
        return '%s至%s' % (TITLE[hi], TITLE[lo])
    raise ValueError(style)


def ticks(levels, allowed=(5, 4, 3, 2, 1), on='☑', off='□', style='slash', sep='  '):
    return sep.join('%s%s' % (on if n in levels else off, lv(n, style)) for n in allowed)


def cn_date(y, m, d):
    digs = '〇一二三四五六七八九'
    ys = ''.join(digs[int(c)] for c in str(y))

    def num(n):
        if n <= 10:
            return ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n]
        if n < 20:
            return '十' + digs[n - 10]
        return digs[n // 10] + '十' + (digs[n % 10] if n % 10 else '')
    return '%s年%s月%s日' % (ys, num(m), num(d))


def ar_date(y, m, d, style=0):
    if style == 0:
        return '%d年%d月%d日' % (y, m, d)
    if style == 1:
        return '%d年%02d月%02d日' % (y, m, d)
    if style == 2:
        return '%d-%02d-%02d' % (y, m, d)
    return '%d.%d.%d' % (y, m, d)


# --------------------------------------------------------------------------- districts and issuers

DISTRICTS = {
    '黄浦区': ('310101', '黄'), '徐汇区': ('310104', '徐'), '长宁区': ('310105', '长'), '静安区': ('310106', '静'),
    '普陀区': ('310107', '普'), '虹口区': ('310109', '虹'), '杨浦区': ('310110', '杨'), '闵行区': ('310112', '闵'),
    '宝山区': ('310113', '宝'), '嘉定区': ('310114', '嘉'), '浦东新区': ('310115', '浦'), '金山区': ('310116', '金'),
    '松江区': ('310117', '松'), '青浦区': ('310118', '青'), '奉贤区': ('310120', '奉'), '崇明区': ('310151', '崇'),
}
STREETS = {
    '黄浦区': ['北京东路', '河南南路', '制造局路'], '徐汇区': ['宜山路', '漕溪北路', '田林路'],
    '长宁区': ['天山路', '金钟路', '淞虹路'], '静安区': ['共和新路', '江场三路', '万荣路'],
    '普陀区': ['真北路', '金沙江路', '武威东路'], '虹口区': ['四平路', '广纪路', '曲阳路'],
    '杨浦区': ['国权北路', '政立路', '军工路'], '闵行区': ['春东路', '都会路', '紫星路'],
    '宝山区': ['沪太路', '逸仙路', '抚远路'], '嘉定区': ['城北路', '叶城路', '嘉松北路'],
    '浦东新区': ['张江路', '川沙路', '龙东大道', '秀浦路'], '金山区': ['卫清西路', '亭卫公路'],
    '松江区': ['九亭中心路', '新飞路', '荣乐东路'], '青浦区': ['华青路', '崧泽大道', '徐泾北路'],
    '奉贤区': ['望园路', '环城东路'], '崇明区': ['城桥镇八一路', '陈家镇北沿公路'],
}

INDUSTRY = {
    '4-14-01-02': ('上海市卫生健康委员会', '沪卫医'), '4-14-04-04': ('上海市卫生健康委员会', '沪卫基层'),
    '4-14-02-01': ('上海市卫生健康委员会', '沪卫食品'), '4-14-03-01': ('上海市卫生健康委员会', '沪卫医'),
    '4-10-04-01': ('上海市中医药管理局', '沪中医药'),
    '4-09-08-01': ('上海市绿化和市容管理局', '沪绿容'), '4-09-08-02': ('上海市绿化和市容管理局', '沪绿容'),
    '4-09-10-03': ('上海市绿化和市容管理局', '沪绿容'),
    '4-03-02-10': ('上海市商务委员会', '沪商服'), '4-03-02-11': ('上海市市场监督管理局', '沪市监食'),
    '4-09-07-04': ('上海市生态环境局', '沪环气'), '4-09-07-06': ('上海市住房和城乡建设管理委员会', '沪建建材'),
    '4-04-04-02': ('上海市经济和信息化委员会', '沪经信软'), '4-04-04-05': ('上海市经济和信息化委员会', '沪经信软'),
    '4-04-05-10': ('上海市经济和信息化委员会', '沪经信技'), '6-18-01-13': ('上海市经济和信息化委员会', '沪经信装'),
    '6-29-03-04': ('上海市住房和城乡建设管理委员会', '沪建人'), '6-11-01-03': ('上海市经济和信息化委员会', '沪经信材'),
    '4-07-02-02': ('上海市科学技术委员会', '沪科'), '4-07-02-04': ('上海市发展和改革委员会', '沪发改财金'),
    '4-08-05-06': ('上海市市场监督管理局', '沪市监计量'), '4-08-08-04': ('上海市商务委员会', '沪商消费'),
    '6-12-03-00': ('上海市药品监督管理局', '沪药监药生'), '6-29-03-10': ('上海市交通委员会', '沪交科'),
    '3-01-01-02': ('上海市人民政府办公厅', '沪府办'), '4-06-02-02': ('上海市房屋管理局', '沪房市场'),
}

PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄蕾', '周敏', '吴昊', '徐婷', '孙浩', '马骏', '朱琳',
          '胡斌', '郭倩', '何涛', '高翔', '林晓', '罗军', '梁颖', '宋健', '郑丽', '谢峰', '韩雪', '唐亮', '冯超', '于洁',
          '董明', '萧然', '程伟', '曹阳', '袁媛', '邓鹏', '许静', '傅强', '沈佳', '曾力', '彭辉', '吕晨', '苏畅', '卢涛',
          '蒋琪', '蔡宁', '贾敏', '丁磊', '魏然', '薛冰', '叶青', '阎凯', '余波', '潘越', '杜娟', '戴军', '夏琳', '钟鸣',
          '汪洁', '田甜', '任重', '姜楠', '范磊', '方圆', '石磊', '姚远', '谭斌', '廖凡', '邹静', '熊伟', '金鑫', '陆敏']

FIRMS = [
    ('上海立衡会计师事务所（特殊普通合伙）', '沪立衡审字'),
    ('上海信德华会计师事务所有限公司', '信德华会审字'),
    ('上海正诚联合会计师事务所（普通合伙）', '沪正诚审'),
    ('上海申益会计师事务所有限公司', '申益审字'),
    ('上海明瑞会计师事务所（特殊普通合伙）', '明瑞会审字'),
    ('上海宏达永信会计师事务所有限公司', '宏永审字'),
    ('上海中恒信会计师事务所有限公司', '中恒信审'),
    ('上海华谊德勤会计师事务所（普通合伙）', '华谊审字'),
]


def person(rng, used=None):
    while True:
        p = rng.choice(PEOPLE)
        if not used or p not in used:
            if used is not None:
                used.add(p)
            return p


def district_bureau(district, full=True):
    return ('上海市' if full else '') + district + '人力资源和社会保障局'


def district_short(district):
    return district + '人社局'


# --------------------------------------------------------------------------- organisation facts

COMPANY_TYPES = ['有限责任公司（自然人投资或控股）', '其他有限责任公司', '有限责任公司（自然人独资）',
                 '股份有限公司（非上市、自然人投资或控股）', '有限责任公司（非自然人投资或控股的法人独资）']


def org_kind_label(org):
    return {'company': '企业', 'mnf': '民办非企业单位', 'st': '社会团体', 'sy': '事业单位'}[org['kind']]


# --------------------------------------------------------------------------- application form

def _app_rows_ticks(apps, on='☑', off='□', style='slash'):
    rows = []
    for a in apps:
        allowed = (5, 4, 3, 2, 1)
        rows.append([a['code'], a['occ'], a['gz'] or '—', ticks(a['levels'], allowed, on, off, style, '\n')])
    return rows


def application_form(org, apps, rng, layout, labels=None, lvstyle='slash', date=(2025, 1, 17), extra=None):
    """layout: kv | above | nextrow | columns | ticks | rows | levelfirst | range | wps"""
    labels = labels or {}
    L_name = labels.get('name', '申请单位名称')
    L_code = labels.get('code', '统一社会信用代码')
    title = labels.get('title', '社会培训评价组织征集遴选申请表')
    nature = org_kind_label(org)
    contact = org['contact']
    blocks = []
    if labels.get('pre'):
        blocks.append(('pn', labels['pre']))
    blocks.append(('title', title))
    if labels.get('sub'):
        blocks.append(('subtitle', labels['sub']))
    ds = ar_date(*date, style=labels.get('datestyle', 0))

    def occ_text(a, sep='、'):
        if lvstyle.startswith('range'):
            return lv_range(a['levels'], lvstyle.split(':')[1])
        return lv_list(a['levels'], lvstyle, sep)

    if layout == 'kv':
        rows = [[{'t': L_name, 'b': True}, {'t': org['name'], 'cs': 3}],
                [{'t': L_code, 'b': True}, {'t': org['code'], 'cs': 3}],
                [{'t': '单位性质', 'b': True}, nature, {'t': '法定代表人', 'b': True}, org['rep']],
                [{'t': '成立时间', 'b': True}, ar_date(*org['est']), {'t': '联系人', 'b': True}, contact],
                [{'t': '注册地址', 'b': True}, {'t': org['address'], 'cs': 3}],
                [{'t': '考核点地址', 'b': True}, {'t': org['site'], 'cs': 3}],
                [{'t': '联系电话', 'b': True}, {'t': org['phone'], 'cs': 3}]]
        occ_lines = '\n'.join('%s %s：%s' % (a['code'], a['full'], occ_text(a)) for a in apps)
        rows.append([{'t': '申报职业（工种）\n及等级', 'b': True}, {'t': occ_lines, 'cs': 3}])
        rows.append([{'t': '专职工作人员', 'b': True}, '%d人' % org['staff'], {'t': '考评员/督导员', 'b': True},
                     '%d人/%d人' % (org['assessors'], org['supervisors'])])
        rows.append([{'t': '申请单位意见', 'b': True}, {'t': '以上信息真实有效。\n\n（盖章）\n' + ds, 'cs': 3}])
        blocks.append(('table', rows, {'widths': [22, 30, 18, 30]}))
    elif layout == 'above':
        # labels above values: each label line followed by its value line
        for lab, val in [(L_name, org['name']), (L_code, org['code']), ('单位类型', nature),
                         ('法定代表人 / 联系电话', '%s / %s' % (org['rep'], org['phone'])),
                         ('住所', org['address']), ('考核点（场地）地址', org['site'])]:
            blocks.append(('h', lab))
            blocks.append(('pn', val))
        blocks.append(('h', '拟申报的职业（工种）及等级'))
        for i, a in enumerate(apps, 1):
            blocks.append(('pn', '（%d）职业编码：%s' % (i, a['code'])))
            blocks.append(('pn', '     职业（工种）：%s' % a['full']))
            blocks.append(('pn', '     申报等级：%s' % occ_text(a)))
        blocks.append(('h', '单位承诺'))
        blocks.append(('pn', '本单位对所填内容的真实性负责。'))
        blocks.append(('sign', ['申报单位（盖章）：', ds], org['seal']))
    elif layout == 'nextrow':
        rows = [[{'t': L_name, 'b': True}, {'t': L_code, 'b': True}],
                [org['name'], org['code']],
                [{'t': '单位性质', 'b': True}, {'t': '法定代表人', 'b': True}],
                [nature, org['rep']],
                [{'t': '联系人及电话', 'b': True}, {'t': '成立日期', 'b': True}],
                ['%s %s' % (contact, org['phone']), ar_date(*org['est'], style=2)],
                [{'t': '考核点地址', 'b': True, 'cs': 2}],
                [{'t': org['site'], 'cs': 2}],
                [{'t': '申报职业（工种）', 'b': True}, {'t': '申报等级', 'b': True}]]
        for a in apps:
            rows.append(['%s  %s' % (a['code'], a['full']), occ_text(a)])
        blocks.append(('table', rows, {'widths': [50, 50]}))
        blocks.append(('sign', ['申请单位（盖章）', ds], org['seal']))
    elif layout in ('columns', 'range', 'wps'):
        rows = [[{'t': L_name, 'b': True}, {'t': org['name'], 'cs': 4}],
                [{'t': L_code, 'b': True}, {'t': org['code'], 'cs': 2}, {'t': '登记类型', 'b': True}, nature],
                [{'t': '地址', 'b': True}, {'t': org['address'], 'cs': 4}],
                [{'t': '负责人', 'b': True}, org['rep'], {'t': '联系人', 'b': True}, contact, org['phone']],
                [{'t': '序号', 'b': True}, {'t': '职业编码', 'b': True}, {'t': '职业名称', 'b': True},
                 {'t': '工种', 'b': True}, {'t': '申报等级', 'b': True}]]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a['code'], a['occ'], a['gz'] or '/', occ_text(a, '\n' if layout == 'wps' else '、')])
        rows.append([{'t': '考核点', 'b': True}, {'t': org['site'], 'cs': 4}])
        blocks.append(('table', rows, {'widths': [16, 20, 26, 18, 20]}))
        blocks.append(('sign', ['单位（公章）', '法定代表人（签字）：' + org['rep'], ds], org['seal']))
    elif layout == 'ticks':
        on, off = labels.get('on', '☑'), labels.get('off', '□')
        rows = [[{'t': L_name, 'b': True}, {'t': org['name'], 'cs': 3}],
                [{'t': L_code, 'b': True}, {'t': org['code'], 'cs': 3}],
                [{'t': '单位性质', 'b': True},
                 {'t': '  '.join(('%s%s' % (on if k == nature else off, k)) for k in ['企业', '社会团体', '民办非企业单位', '院校', '其他']), 'cs': 3}],
                [{'t': '法定代表人', 'b': True}, org['rep'], {'t': '电话', 'b': True}, org['phone']],
                [{'t': '职业编码', 'b': True}, {'t': '职业（工种）', 'b': True}, {'t': '申报等级（请勾选）', 'b': True, 'cs': 2}]]
        for a in apps:
            allowed = labels.get('allowed', (5, 4, 3, 2, 1))
            rows.append([a['code'], a['full'], {'t': ticks(a['levels'], allowed, on, off, lvstyle, '  '), 'cs': 2}])
        rows.append([{'t': '考核点地址', 'b': True}, {'t': org['site'], 'cs': 3}])
        blocks.append(('table', rows, {'widths': [20, 30, 25, 25]}))
        blocks.append(('sign', ['申请单位（盖章）', ds], org['seal']))
    elif layout == 'rows':
        rows = [[{'t': '一、单位基本情况', 'b': True, 'cs': 2}],
                [L_name, org['name']], [L_code, org['code']], ['法定代表人', org['rep']], ['单位地址', org['address']],
                [{'t': '二、申报项目', 'b': True, 'cs': 2}]]
        for i, a in enumerate(apps, 1):
            rows += [['职业名称（%d）' % i, a['occ']], ['职业编码', a['code']], ['工种', a['gz'] or '无'],
                     ['等级', occ_text(a)]]
        rows += [[{'t': '三、考核点', 'b': True, 'cs': 2}], ['地址', org['site']],
                 ['场地面积', '%d平方米' % org['area']]]
        blocks.append(('table', rows, {'widths': [30, 70]}))
        blocks.append(('sign', ['（单位盖章）', ds], org['seal']))
    elif layout == 'levelfirst':
        rows = [[{'t': L_name, 'b': True}, {'t': org['name'], 'cs': 2}],
                [{'t': L_code, 'b': True}, {'t': org['code'], 'cs': 2}],
                [{'t': '申报等级', 'b': True}, {'t': '职业编码', 'b': True}, {'t': '职业（工种）名称', 'b': True}]]
        for a in apps:
            rows.append([occ_text(a, '\n'), a['code'], a['full']])
        rows.append([{'t': '考核点', 'b': True}, {'t': org['site'], 'cs': 2}])
        blocks.append(('table', rows, {'widths': [22, 22, 56]}))
        blocks.append(('sign', ['申请单位：（章）', ds], org['seal']))
    else:
        raise ValueError(layout)
    if extra:
        blocks += extra
    return blocks


# --------------------------------------------------------------------------- letters

def _occ_phrase(apps, lvstyle='plain', with_levels=True):
    parts = []
    for a in apps:
        if with_levels:
            parts.append('%s（%s）' % (a['full'], lv_list(a['levels'], lvstyle)))
        else:
            parts.append(a['full'])
    return '、'.join(parts)


def industry_letter(org, apps, rng, issuer, docno=None, title_style='han2', salutation='上海市人力资源和社会保障局：',
                    sign=None, date=(2025, 1, 14), cn=True, recommended=None, letterhead=True, seal=True, body_style=0):
    target = recommended or org
    name = target['name']
    b = []
    if letterhead:
        b.append(('letterhead', issuer, rng.choice(['', '']) if title_style != 'wen' else '文件'))
        b.append(('rule',))
    if docno:
        b.append(('docno', docno))
    b.append(('title', _letter_title(name, title_style)))
    b.append(('pn', salutation))
    occ = _occ_phrase(apps, 'plain')
    if body_style == 0:
        b.append(('p', '%s（统一社会信用代码：%s）是本市%s领域具有较大影响力的单位，长期从事相关职业的培训和评价工作，'
                       '在所申报职业（工种）方面具有较丰富的考核评价资源和经验，培训评价具有一定规模。'
                  % (name, target['code'], apps[0]['domain'])))
        b.append(('p', '经研究，我%s同意推荐%s申报%s社会培训评价组织。' % (issuer_short(issuer), name, occ)))
    elif body_style == 1:
        b.append(('p', '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》'
                       '（沪人社职〔2024〕447号）要求，经审核，%s财务和管理制度规范，社会信用良好，'
                       '具备开展%s职业技能等级认定工作的条件。' % (name, occ)))
        b.append(('p', '现推荐该单位申报上述职业（工种）的社会培训评价组织，请予支持。'))
    else:
        b.append(('p', '兹有%s，拟申报%s社会培训评价组织。该单位在行业内具有广泛影响力，'
                       '具有专门的认定工作机构和专职人员，场地设备满足考核要求。' % (name, occ)))
        role = '上级主管单位' if issuer.endswith(('公司', '集团')) else rng.choice(['上级主管部门', '行业主管部门'])
        b.append(('p', '我单位作为其%s，同意推荐。' % role))
        b.append(('p', '特此函告。'))
    if sign is None:
        sign = issuer
    date_s = cn_date(*date) if cn else ar_date(*date)
    b.append(('sign', [sign, date_s], issuer if seal else None))
    if rng.random() < 0.5:
        b.append(('small', '（联系人：%s，联系电话：021-%d）' % (person(rng), rng.randint(50000000, 69999999))))
    return b


def issuer_short(issuer):
    for k, v in [('委员会', '委'), ('管理局', '局'), ('监督管理局', '局'), ('局', '局'), ('办公厅', '厅'), ('协会', '会'),
                 ('公司', '公司'), ('联合会', '会')]:
        if issuer.endswith(k):
            return v
    return '单位'


def _letter_title(name, style):
    if style == 'han2':
        return '关于推荐%s\n申报社会培训评价组织的函' % name
    if style == 'han1':
        return '关于推荐%s申报社会培训评价组织的函' % name
    if style == 'tjh':
        return '推荐函'
    if style == 'tjyj':
        return '关于%s申报社会培训评价组织的\n推荐意见' % name
    if style == 'tjs':
        return '推 荐 书'
    if style == 'tongyi':
        return '关于同意推荐%s参加\n社会培训评价组织征集遴选的函' % name
    if style == 'wen':
        return '关于推荐%s为社会培训评价组织的函' % name
    raise ValueError(style)


def district_letter(org, apps, rng, bureau, docno=None, title_style='han2', salutation='上海市职业技能鉴定中心：',
                    sign=None, date=(2025, 1, 15), cn=True, recommended=None, site=None, seal=True, body_style=0,
                    letterhead=None):
    target = recommended or org
    name = target['name']
    b = []
    b.append(('letterhead', letterhead or bureau, ''))
    b.append(('rule',))
    if docno:
        b.append(('docno', docno))
    b.append(('title', _letter_title(name, title_style)))
    b.append(('pn', salutation))
    occ = _occ_phrase(apps, 'plain', with_levels=False)
    site = site or target['site']
    if body_style == 0:
        b.append(('p', '%s（统一社会信用代码：%s）考核点位于%s，场地面积约%d平方米，设有理论考场%d间、实操考场%d间，'
                       '配备视频监控设备，场地和设施设备满足%s职业技能等级认定考核要求。'
                  % (name, target['code'], site, target['area'], target['rooms'][0], target['rooms'][1], occ)))
        b.append(('p', '经我局实地查看，同意推荐%s申报上述职业（工种）社会培训评价组织。' % name))
    elif body_style == 1:
        b.append(('p', '根据沪人社职〔2024〕447号文件要求，我局对%s设在本区的考核点进行了现场核查。'
                       '该考核点（地址：%s）具备满足申报职业（工种）评价需求的场地和设施设备。' % (name, site)))
        b.append(('p', '我局同意推荐该单位申报%s社会培训评价组织。' % occ))
        b.append(('p', '特此推荐。'))
    else:
        b.append(('p', '兹推荐%s申报%s社会培训评价组织。该单位考核点设在%s，具备开展职业技能等级认定的基础条件。'
                  % (name, occ, site)))
    if sign is None:
        sign = bureau
    date_s = cn_date(*date) if cn else ar_date(*date)
    b.append(('sign', [sign, date_s], bureau if seal else None))
    return b


# --------------------------------------------------------------------------- credit reports

def credit_report_public(org, rng, penalties=0, dishonest=0, fmt='sh', date=(2025, 1, 16), permits=0):
    """信用中国（上海）/ 上海市公共信用信息服务平台 公共信用信息报告（法人版）."""
    b = []
    if fmt == 'sh':
        b.append(('subtitle', '上海市公共信用信息服务平台'))
        b.append(('title', '公共信用信息报告\n（法人版）'))
    else:
        b.append(('subtitle', '信用中国（上海）'))
        b.append(('title', '法人和非法人组织公共信用信息报告'))
    no = 'SHXY%04d%02d%02d%06d' % (date[0], date[1], date[2], rng.randint(1, 999999))
    b.append(('pn', '报告编号：%s' % no))
    b.append(('pn', '查询日期：%s' % ar_date(*date, style=1)))
    b.append(('pn', '查询对象：%s' % org['name']))
    b.append(('h', '一、基本信息'))
    b.append(('table', [['名称', org['name']], ['统一社会信用代码', org['code']],
                        ['法定代表人（负责人）', org['rep']], ['登记机关', org['reg_authority']],
                        ['成立日期', ar_date(*org['est'], style=1)], ['住所', org['address']]], {'widths': [30, 70]}))
    if fmt == 'sh':
        b.append(('h', '二、行政处罚信息'))
        if penalties:
            b.append(('pn', '查见 %d 条' % penalties))
            rows = [['决定书文号', '违法事实及处罚依据', '处罚内容', '处罚机关', '决定日期']]
            for i in range(penalties):
                rows.append(['沪市监%s处〔2023〕%d号' % (org['dist_short'], rng.randint(100, 999)),
                             rng.choice(['未按规定公示年度报告信息', '发布虚假广告，违反《中华人民共和国广告法》第二十八条',
                                         '未依法取得许可从事经营活动']),
                             '罚款人民币%d元' % rng.choice([5000, 10000, 20000, 30000]),
                             '上海市%s市场监督管理局' % org['district'], ar_date(2023, rng.randint(3, 11), rng.randint(1, 28), 2)])
            b.append(('table', rows, {'widths': [22, 33, 15, 18, 12]}))
        else:
            b.append(('pn', '未查见'))
        b.append(('h', '三、失信信息（严重失信主体名单、失信被执行人等）'))
        if dishonest:
            b.append(('pn', '查见 %d 条' % dishonest))
            rows = [['类别', '认定（列入）依据', '列入机关', '列入日期']]
            for i in range(dishonest):
                rows.append([rng.choice(['失信被执行人', '重大税收违法失信主体']),
                             '（2023）沪01%02d执%d号' % (rng.randint(1, 15), rng.randint(1000, 9999)) if i == 0 else
                             '沪税稽罚〔2023〕%d号' % rng.randint(10, 99),
                             rng.choice(['上海市第一中级人民法院', '国家税务总局上海市税务局第一稽查局']),
                             ar_date(2024, rng.randint(1, 10), rng.randint(1, 28), 2)])
            b.append(('table', rows, {'widths': [22, 34, 28, 16]}))
        else:
            b.append(('pn', '未查见'))
        b.append(('h', '四、其他信息'))
        b.append(('table', [['信息类别', '查询结果'], ['欠缴社会保险费信息', '未查见'], ['欠税信息', '未查见'],
                            ['行政强制信息', '未查见'], ['经营异常名录', '未查见']], {'widths': [50, 50]}))
    else:
        rows = [['信息类别', '查询结果'],
                ['行政许可信息', ('查见 %d 条' % permits) if permits else '未查见'],
                ['行政处罚信息', ('查见 %d 条' % penalties) if penalties else '未查见'],
                ['严重失信主体名单', ('查见 %d 条' % dishonest) if dishonest else '未查见'],
                ['失信被执行人', '未查见'], ['重大税收违法失信主体', '未查见'],
                ['守信激励（荣誉表彰）', '查见 1 条' if permits else '未查见']]
        b.append(('h', '二、信息概览'))
        b.append(('table', rows, {'widths': [50, 50]}))
        if permits:
            b.append(('h', '三、行政许可信息'))
            rows = [['许可文件编号', '许可内容', '许可机关']]
            for i in range(permits):
                rows.append(['%s%d' % (rng.choice(['JY', 'SH']), rng.randint(1000000, 9999999)),
                             rng.choice(['食品经营许可', '人力资源服务许可', '民办职业培训学校办学许可', '消防安全检查合格']),
                             rng.choice(['上海市%s市场监督管理局' % org['district'], '%s人力资源和社会保障局' % org['district']])])
            b.append(('table', rows, {'widths': [30, 40, 30]}))
    b.append(('small', '说明：本报告信息来源于上海市公共信用信息服务平台归集的公共信用信息，反映截至查询日的信息情况。'
                       '本报告仅供申请人申报使用。'))
    b.append(('sign', ['上海市公共信用信息服务中心', ar_date(*date)], None))
    return b


def credit_report_pboc(org, rng, date=(2025, 1, 13), penalties=0):
    b = [('subtitle', '中国人民银行征信中心'), ('title', '企业信用报告\n（自主查询版）')]
    b.append(('pn', '报告编号：%s' % ''.join(str(rng.randint(0, 9)) for _ in range(22))))
    b.append(('pn', '报告时间：%s %02d:%02d:%02d' % (ar_date(*date, style=2), rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59))))
    b.append(('table', [['企业名称', org['name']], ['中征码', '31%014d' % rng.randint(10 ** 12, 10 ** 13)],
                        ['统一社会信用代码', org['code']]], {'widths': [30, 70]}))
    b.append(('h', '一、身份信息'))
    b.append(('table', [['登记注册类型', org['pboc_type']], ['成立年份', str(org['est'][0])],
                        ['登记地址', org['address']], ['法定代表人', org['rep']]], {'widths': [30, 70]}))
    b.append(('h', '二、信息概要'))
    b.append(('table', [['首次有信贷交易的年份', '被追偿的业务', '关注类业务', '不良类业务'],
                        [str(org['est'][0] + 2), '0', '0', '0']], {'widths': [28, 24, 24, 24]}))
    b.append(('h', '三、公共信息概要'))
    b.append(('table', [['欠税记录', '民事判决记录', '强制执行记录', '行政处罚记录'],
                        ['0', '0', '0', str(penalties)]], {'widths': [25, 25, 25, 25]}))
    b.append(('pn', '注：公共信息中行政处罚记录为%d条。' % penalties if penalties else '注：报告期内未发现欠税、民事判决、强制执行及行政处罚记录。'))
    b.append(('small', '本报告由中国人民银行征信中心出具，依据截至报告时间企业征信系统记录的信息生成。'))
    return b


# --------------------------------------------------------------------------- audit reports

def audit_report(org, year, firm, rng, style=0, cpas=None, date=None, figures=True, cover=False):
    nonprofit = org['kind'] in ('mnf', 'st', 'sy')
    name = org['name']
    fname, fprefix = firm
    no = '%s（%d）第%04d号' % (fprefix, year + 1, rng.randint(100, 2999)) if style % 2 == 0 else \
        '%s〔%d〕%d号' % (fprefix, year + 1, rng.randint(100, 2999))
    cpas = cpas or (person(rng), person(rng))
    date = date or (year + 1, rng.randint(2, 4), rng.randint(1, 28))
    b = []
    if cover:
        b += [('title', name + '\n%d年度财务报表审计报告' % year), ('subtitle', no),
              ('pn', '审计意见类型：标准无保留意见'), ('pn', '报告期间：%d年1月1日至%d年12月31日' % (year, year)),
              ('right', fname), ('pagebreak',)]
    b.append(('title', '审 计 报 告'))
    b.append(('right', no))
    b.append(('pn', '%s%s：' % (name, '理事会' if nonprofit else rng.choice(['全体股东', '董事会', '股东']))))
    b.append(('h', '一、审计意见'))
    if org['kind'] == 'sy':
        b.append(('p', '我们审计了%s（以下简称“贵单位”）财务报表，包括%d年12月31日的资产负债表，%d年度的收入费用表、'
                       '净资产变动表和现金流量表以及相关财务报表附注。' % (name, year, year)))
        b.append(('p', '我们认为，后附的财务报表在所有重大方面按照《政府会计制度》的规定编制，公允反映了贵单位%d年'
                       '12月31日的财务状况以及%d年度的运行情况和现金流量。' % (year, year)))
    elif nonprofit:
        b.append(('p', '我们审计了%s（以下简称“贵单位”）财务报表，包括%d年12月31日的资产负债表，%d年度的业务活动表和'
                       '现金流量表以及相关财务报表附注。' % (name, year, year)))
        b.append(('p', '我们认为，后附的财务报表在所有重大方面按照《民间非营利组织会计制度》的规定编制，公允反映了贵单位%d年'
                       '12月31日的财务状况以及%d年度的业务活动情况和现金流量。' % (year, year)))
    else:
        std = '企业会计准则' if style != 2 else '《小企业会计准则》'
        b.append(('p', '我们审计了%s（以下简称“贵公司”）财务报表，包括%d年12月31日的资产负债表，%d年度的利润表、'
                       '现金流量表、所有者权益变动表以及相关财务报表附注。' % (name, year, year)))
        b.append(('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵公司%d年12月31日的财务状况'
                       '以及%d年度的经营成果和现金流量。' % (std, year, year)))
    b.append(('h', '二、形成审计意见的基础'))
    b.append(('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步'
                   '阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵%s，并履行了职业道德方面的其他责任。'
                   '我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。' % ('单位' if nonprofit else '公司')))
    b.append(('h', '三、管理层和治理层对财务报表的责任'))
    b.append(('p', '管理层负责按照适用的会计准则（制度）的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'))
    b.append(('h', '四、注册会计师对财务报表审计的责任'))
    b.append(('p', '我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。'))
    b.append(('sign', [fname, '中国注册会计师：%s' % cpas[0], '中国注册会计师：%s' % cpas[1], '中国·上海',
                       cn_date(*date) if style in (0, 3) else ar_date(*date)], fname.split('（')[0]))
    if figures:
        b.append(('pagebreak',))
        scale = rng.randint(300, 5000) * 1000
        cur = [scale * rng.uniform(0.8, 1.2) for _ in range(6)]
        prev = [v * rng.uniform(0.8, 1.1) for v in cur]
        f = lambda v: '{:,.2f}'.format(v)
        b.append(('title', '资产负债表'))
        b.append(('pn', '编制单位：%s            %d年12月31日            单位：元' % (name, year)))
        yearcols = style in (1, 3)
        rows = [['项目'] + (['%d年12月31日' % year, '%d年12月31日' % (year - 1)] if yearcols else ['期末余额', '上年年末余额']),
                ['货币资金', f(cur[0]), f(prev[0])], ['应收款项', f(cur[1] * 0.3), f(prev[1] * 0.3)],
                ['固定资产', f(cur[2] * 0.5), f(prev[2] * 0.5)], ['资产总计', f(cur[0] + cur[1] * 0.3 + cur[2] * 0.5), f(prev[0] + prev[1] * 0.3 + prev[2] * 0.5)],
                ['负债合计', f(cur[3] * 0.4), f(prev[3] * 0.4)],
                ['净资产合计' if nonprofit else '所有者权益合计', f(cur[0] + cur[1] * 0.3 + cur[2] * 0.5 - cur[3] * 0.4),
                 f(prev[0] + prev[1] * 0.3 + prev[2] * 0.5 - prev[3] * 0.4)]]
        b.append(('table', rows, {'widths': [40, 30, 30]}))
        if nonprofit:
            b.append(('title', '收入费用表' if org['kind'] == 'sy' else '业务活动表'))
            b.append(('pn', '编制单位：%s            %d年度            单位：元' % (name, year)))
            rows = [['项目'] + (['%d年度' % year, '%d年度' % (year - 1)] if yearcols else ['本年数', '上年数']), ['一、收入', '', ''], ['其中：捐赠收入', f(cur[4] * 0.1), f(prev[4] * 0.1)],
                    ['提供服务收入', f(cur[4]), f(prev[4])], ['二、费用', '', ''], ['业务活动成本', f(cur[5] * 0.8), f(prev[5] * 0.8)],
                    ['管理费用', f(cur[5] * 0.15), f(prev[5] * 0.15)],
                    ['三、净资产变动额', f(cur[4] * 1.1 - cur[5] * 0.95), f(prev[4] * 1.1 - prev[5] * 0.95)]]
        else:
            b.append(('title', '利润表'))
            b.append(('pn', '编制单位：%s            %d年度            单位：元' % (name, year)))
            rows = [['项目'] + (['%d年度' % year, '%d年度' % (year - 1)] if yearcols else ['本期金额', '上期金额']), ['一、营业收入', f(cur[4]), f(prev[4])],
                    ['减：营业成本', f(cur[5] * 0.7), f(prev[5] * 0.7)], ['税金及附加', f(cur[4] * 0.006), f(prev[4] * 0.006)],
                    ['管理费用', f(cur[5] * 0.2), f(prev[5] * 0.2)],
                    ['二、营业利润', f(cur[4] - cur[5] * 0.9 - cur[4] * 0.006), f(prev[4] - prev[5] * 0.9 - prev[4] * 0.006)],
                    ['三、净利润', f((cur[4] - cur[5] * 0.9 - cur[4] * 0.006) * 0.95), f((prev[4] - prev[5] * 0.9 - prev[4] * 0.006) * 0.95)]]
        b.append(('table', rows, {'widths': [40, 30, 30]}))
    return b


# --------------------------------------------------------------------------- registration certificates (flow versions)

def licence_blocks(org, spaced=True, copy='副本'):
    sp = (lambda s: '　'.join(s) if len(s) <= 3 else s) if spaced else (lambda s: s)
    b = [('title', '营 业 执 照' if spaced else '营业执照'), ('subtitle', '（%s）' % copy)]
    b.append(('pn', '统一社会信用代码  %s' % org['code']))
    rows = [[sp('名称'), org['name']], [sp('类型'), org['ltype']], ['法定代表人' if '分公司' not in org['ltype'] else sp('负责人'), org['rep']],
            [sp('经营范围'), org['scope']], ['注册资本', org['capital']], ['成立日期', ar_date(*org['est'])],
            ['营业期限', '%s至%s' % (ar_date(*org['est']), '不约定期限' if org['est'][0] % 2 else ar_date(org['est'][0] + 30, org['est'][1], org['est'][2] - 1 or 1))],
            [sp('住所'), org['address']]]
    b.append(('table', rows, {'widths': [22, 78]}))
    b.append(('sign', ['登记机关', ar_date(*org['reg_date'])], org['reg_authority']))
    b.append(('small', '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn    市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。'))
    return b


def cert_blocks(org):
    k = org['kind']
    if k == 'mnf':
        b = [('title', '民办非企业单位登记证书'), ('subtitle', '（法人）')]
        rows = [['统一社会信用代码', org['code']], ['名称', org['name']], ['住所', org['address']],
                ['法定代表人', org['rep']], ['业务范围', org['scope']], ['业务主管单位', org['supervisor']],
                ['开办资金', org['capital']], ['有效期', '%s至%s' % (ar_date(*org['reg_date']), ar_date(org['reg_date'][0] + 5, org['reg_date'][1], org['reg_date'][2]))]]
        b.append(('table', rows, {'widths': [28, 72]}))
        b.append(('sign', ['登记管理机关：' + org['reg_authority'], '发证日期：' + ar_date(*org['reg_date'])], org['reg_authority']))
    elif k == 'st':
        b = [('title', '社会团体法人登记证书')]
        rows = [['统一社会信用代码', org['code']], ['名称', org['name']], ['住所', org['address']],
                ['法定代表人', org['rep']], ['业务范围', org['scope']], ['活动地域', '上海市'],
                ['注册资金', org['capital']], ['业务主管单位', org['supervisor']],
                ['有效期', '%s至%s' % (ar_date(*org['reg_date']), ar_date(org['reg_date'][0] + 5, org['reg_date'][1], org['reg_date'][2]))]]
        b.append(('table', rows, {'widths': [28, 72]}))
        b.append(('sign', ['登记管理机关：' + org['reg_authority'], ar_date(*org['reg_date'])], org['reg_authority']))
    elif k == 'sy':
        b = [('title', '事业单位法人证书')]
        rows = [['统一社会信用代码', org['code']], ['名称', org['name']], ['宗旨和业务范围', org['scope']],
                ['住所', org['address']], ['法定代表人', org['rep']], ['经费来源', '财政补助'],
                ['开办资金', org['capital']], ['举办单位', org['supervisor']],
                ['有效期', '自%s至%s' % (ar_date(*org['reg_date']), ar_date(org['reg_date'][0] + 5, org['reg_date'][1], org['reg_date'][2]))]]
        b.append(('table', rows, {'widths': [28, 72]}))
        b.append(('sign', ['登记管理机关：' + org['reg_authority'], ar_date(*org['reg_date'])], '上海市事业单位登记管理局'))
    else:
        return licence_blocks(org)
    return b


# --------------------------------------------------------------------------- work plan, pledge, integrity

def work_plan(org, apps, rng, title=None, mention_pledge=False):
    name = org['name']
    b = [('title', title or '%s\n职业技能等级认定工作方案' % name)]
    secs = [
        ('一、机构基本情况', '%s成立于%d年，注册地址%s，现有员工%d人，其中专职从事职业技能等级认定工作人员%d人。'
         '单位具有规范的财务制度和管理制度，社会信用良好。' % (name, org['est'][0], org['address'], org['employees'], org['staff'])),
        ('二、组织机构', '单位设立职业技能等级认定中心，负责认定工作的组织实施；设立质量督导部，负责内部质量监督；'
         '组建由%d名行业专家组成的专家委员会，负责题库建设与技术指导。' % org['experts']),
        ('三、场地与设施设备', '考核点位于%s，建筑面积约%d平方米，设理论考场%d间、实操考场%d间，考场全部安装视频监控设备，'
         '监控录像保存不少于一年。' % (org['site'], org['area'], org['rooms'][0], org['rooms'][1])),
        ('四、认定工作流程', '发布认定公告→报名与资格审核→考务安排→理论知识考试与操作技能考核→阅卷与成绩复核→'
         '成绩公示→证书核发→数据上报与档案管理。'),
        ('五、质量管控措施', '严格执行考评人员回避制度，实行考务、考评、督导分离；每次认定派驻内部质量督导员，'
         '自觉接受市、区人社部门和行业主管部门的监督检查。'),
        ('六、经费保障', '认定工作经费纳入单位年度预算，单独核算，保障认定工作稳定运行。'),
    ]
    for h, p in secs:
        b.append(('h', h))
        b.append(('p', p))
    if mention_pledge:
        b.append(('h', '七、诚信承诺'))
        b.append(('p', '本单位承诺严格遵守国家及本市职业技能等级认定相关要求，所提交材料真实有效，自愿接受各级人社部门、'
                       '相关行业主管部门的监督。'))
    b.append(('sign', [name, ar_date(2025, 1, rng.randint(10, 18))], None))
    return b


def pledge(org, rng, style=0, date=(2025, 1, 18)):
    name = org['name']
    titles = ['承 诺 书', '社会培训评价组织申报承诺书', '诚信承诺书', '申报材料真实性承诺书']
    b = [('title', titles[style % 4]), ('pn', '上海市人力资源和社会保障局：')]
    b.append(('p', '%s（统一社会信用代码：%s）自愿申报社会培训评价组织，现郑重承诺如下：' % (name, org['code'])))
    for i, t in enumerate(['所提交的全部申报材料真实、有效、合法，如有虚假，愿承担相应法律责任；',
                           '本单位无违法违规、失信等不良行为记录；',
                           '严格遵守国家及本市职业技能等级认定相关规定，把社会效益放在首位，不以营利为最终目的；',
                           '自愿接受各级人社部门、相关行业主管部门的监督检查。'], 1):
        b.append(('p', '%s、%s' % (CN[i], t)))
    b.append(('sign', ['承诺单位（盖章）：%s' % name, '法定代表人（签字）：', ar_date(*date) if style % 2 else cn_date(*date)], org['seal']))
    return b


def integrity(org, rng, style=0, date=(2025, 1, 18)):
    name = org['name']
    titles = ['廉洁责任书', '职业技能等级认定工作廉洁责任书', '廉 洁 从 业 责 任 书']
    b = [('title', titles[style % 3])]
    b.append(('pn', '甲方：上海市职业技能鉴定中心'))
    b.append(('pn', '乙方：%s' % name))
    b.append(('p', '为加强职业技能等级认定工作中的党风廉政建设，规范认定行为，防止各种不正当行为的发生，甲乙双方签订本责任书。'))
    for i, t in enumerate(['乙方不得以任何形式向甲方工作人员赠送礼金、有价证券、支付凭证和贵重物品；',
                           '乙方不得违规收取认定费用，不得以认定名义组织营利性培训；',
                           '乙方应建立考评人员廉洁自律制度，严禁考评人员徇私舞弊；',
                           '如违反本责任书，按照《技能人才评价违纪违规行为处理工作指引（试行）》处理。'], 1):
        b.append(('p', '%s、%s' % (CN[i], t)))
    b.append(('sign', ['乙方（盖章）：%s' % name, '负责人：%s' % org['rep'], ar_date(*date)], org['seal']))
    return b


# --------------------------------------------------------------------------- implementation plan, evaluation plans, sample papers

TOPICS = {
    '医疗护理员': ['生命体征观察', '协助进食', '体位转换', '压疮预防', '手卫生', '跌倒风险评估', '协助如厕', '床单位整理'],
    '社群健康助理员': ['健康档案建立', '慢病随访', '血压测量', '健康宣教', '居民健康需求评估', '社区资源链接', '隐私保护', '数据上报'],
    '保洁员': ['清洁剂配比', '地面清洁', '玻璃清洁', '卫生间消毒', '垃圾分类', '清洁工具维护', '作业安全', '石材养护'],
    '食品安全管理师': ['进货查验', '食品留样', '从业人员健康管理', '过敏原管理', '餐用具消毒', '食品标签审核', '追溯体系', '应急处置'],
    '调饮师': ['原料验收', '茶汤萃取', '奶泡制作', '饮品配方', '器具清洗', '出品标准', '过敏原告知', '成本核算'],
    '碳排放管理员': ['排放源识别', '活动数据收集', '排放因子选择', '碳排放报告', '配额清缴', '监测计划', '数据质量控制', '核算边界'],
    '数字孪生应用技术员': ['三维建模', '数据接入', '场景渲染', '物理模型', '设备联动', '数据可视化', '平台部署', '模型轻量化'],
    '增材制造设备操作员': ['切片参数设置', '粉末管理', '打印平台调平', '支撑设计', '后处理', '设备维护', '质量检测', '安全防护'],
    '信用管理师': ['信用信息采集', '客户资信评估', '应收账款管理', '信用风险预警', '信用报告解读', '信用修复', '征信合规', '商账追收'],
    '科技咨询师': ['技术需求分析', '科技项目评估', '技术合同登记', '知识产权检索', '成果转化方案', '咨询报告撰写', '政策解读', '尽职调查'],
    '管工': ['管道识图', '管道切割', '坡口加工', '法兰连接', '管道试压', '支吊架安装', '焊接检验', '安全施工'],
    '化工总控工': ['工艺参数控制', 'DCS操作', '开停车操作', '巡回检查', '异常处置', '物料衡算', '安全联锁', '设备切换'],
    '色彩搭配师': ['色彩三要素', '色相环', '肤色分析', '服饰搭配', '色彩心理', '空间配色', '配色方案', '流行色'],
    '营养师': ['膳食调查', '营养评价', '食谱编制', '人体测量', '营养宣教', '膳食指南', '营养素参考摄入量', '营养干预'],
    '轨道交通信号工': ['信号机维护', '转辙机检修', '轨道电路测试', '联锁试验', '计轴设备', 'ATS终端', '故障处理', '作业安全'],
    '助听器验配师': ['纯音测听', '耳镜检查', '助听器选配', '真耳分析', '效果评估', '耳模制作', '用户指导', '设备维护'],
    '保健调理师': ['艾灸操作', '穴位定位', '施灸安全', '体质辨识', '调理方案', '不良反应处理', '器具消毒', '服务礼仪'],
    '网络与信息安全管理师': ['数据分类分级', '数据脱敏', '访问控制', '安全审计', '数据备份', '风险评估', '应急响应', '合规检查'],
    '计量员': ['温度计校准', '热电偶检定', '不确定度评定', '计量器具管理', '检定规程', '原始记录', '标准装置', '数据修约'],
    '生活垃圾清运工': ['垃圾分类收集', '收集容器清洗', '车辆作业规范', '收运记录', '作业安全', '渗滤液防护', '交接规范', '应急处置'],
    '药物制剂工': ['物料称量', '制粒', '压片', '包衣', '清场', '批生产记录', '洁净区管理', '偏差处理'],
    '房地产策划师': ['市场调研', '项目定位', '营销策划', '价格策略', '客户分析', '推广方案', '竞品分析', '销售控制'],
    '政务服务办事员': ['一网通办', '受理登记', '告知承诺', '帮办代办', '咨询答复', '好差评', '材料审核', '窗口礼仪'],
    '育婴员': ['婴儿喂养', '生活照料', '早期教育', '日常保健', '安全防护', '辅食添加', '睡眠照护', '沐浴抚触'],
}


def topics_for(a):
    return TOPICS.get(a['occ'], TOPICS['保洁员'])


def sample_title(a, level, idx, style, lvstyle='plain'):
    L = lv(level, lvstyle)
    cnidx = '一二'[idx - 1]
    ab = 'AB'[idx - 1]
    occ = a['full']
    return {
        'paren': '%s%s理论知识样题（%s）' % (occ, L, cnidx),
        'bare': '%s（%s）样题%s' % (occ, L, cnidx),
        'juan': '%s %s 样卷%s卷' % (occ, L, ab),
        'ab': '%s卷' % ab,
        'tao': '%s%s第%s套样题' % (occ, L, cnidx),
        'shijuan': '%s职业技能等级认定%s试卷%s' % (occ, L, cnidx),
        'moni': '%s（%s）模拟题（%s）' % (occ, L, cnidx),
        'short': '样题%s' % cnidx,
        'shortparen': '样题（%s）' % cnidx,
    }[style]


def sample_set(a, level, idx, rng, style='paren', lvstyle='plain', with_skill=True):
    t = topics_for(a)
    r = rng
    order = list(range(len(t)))
    # the two sets use different topics
    chosen = order[0:4] if idx == 1 else order[4:8]
    b = [('h', sample_title(a, level, idx, style, lvstyle))]
    if style in ('ab', 'short', 'shortparen'):
        b.append(('pn', '职业（工种）：%s    等级：%s' % (a['full'], lv(level, 'slash'))))
    b.append(('pn', '一、判断题（正确的填“√”，错误的填“×”）'))
    for i, k in enumerate(chosen[:2], 1):
        b.append(('pn', '%d. %s工作应按照相关操作规程进行，并如实做好记录。（  ）' % (i, t[k])))
    b.append(('pn', '二、单项选择题'))
    for i, k in enumerate(chosen[2:4], 1):
        b.append(('pn', '%d. 开展%s前，首先应当（  ）。A. 核对任务要求  B. 直接开始操作  C. 省略安全检查  D. 由他人代签记录' % (i, t[k])))
    if with_skill:
        b.append(('pn', '三、操作技能：试题1 %s（考试时间%d分钟，配分%d分）。要求：按规范完成%s全过程操作，并口述要点。'
                  % (t[chosen[0]], r.choice([20, 30, 40]), r.choice([30, 40, 50]), t[chosen[0]])))
    return b


def evaluation_plan(a, level, rng, style=0, lvstyle='slash'):
    L = lv(level, lvstyle)
    titles = ['%s%s评价方案' % (a['full'], L), '%s（%s）职业技能等级认定评价方案' % (a['full'], L),
              '评价方案：%s %s' % (a['full'], L), '%s级评价方案（%s）' % (CN[level], a['full'])]
    b = [('h', titles[style % 4])]
    modes = '理论知识考试、操作技能考核' + ('和综合评审' if level <= 2 else '')
    b.append(('p', '评价对象：符合《国家职业标准》%s申报条件的人员。评价方式：%s。理论知识考试采用闭卷机考，考试时间%d分钟；'
                   '操作技能考核采用现场实际操作方式，考核时间%d分钟。' % (L, modes, rng.choice([90, 90, 120]),
                                                                   rng.choice([60, 90, 120, 150]))))
    b.append(('p', '考评人员配比：理论知识考试每个标准考场不少于2名监考人员；操作技能考核考评人员与考生配比为1:%d，'
                   '且每场不少于3名考评人员。合格标准：各项考试（考核）成绩均达到60分及以上为合格。' % rng.choice([5, 8, 10])))
    return b


def implementation_plan_head(org, apps, rng, title=None):
    name = org['name']
    b = [('title', title or '职业技能等级认定项目实施方案')]
    b.append(('subtitle', name))
    b.append(('h', '一、申报职业（工种）及等级'))
    rows = [['职业编码', '职业（工种）', '等级']]
    for a in apps:
        rows.append([a['code'], a['full'], lv_list(a['levels'], 'slash')])
    b.append(('table', rows, {'widths': [22, 48, 30]}))
    b.append(('h', '二、实施安排'))
    b.append(('p', '每年计划组织认定%d批次，年认定规模约%d人次。理论知识考试在考核点机考室进行，操作技能考核在实训室进行，'
                   '全程视频监控。' % (rng.randint(4, 12), rng.randint(3, 20) * 100)))
    b.append(('h', '三、题库与命题'))
    b.append(('p', '依据国家职业标准组织专家开发题库，理论知识题库不少于%d题，操作技能题库不少于%d题，实行命题、审题分离。'
                   % (rng.choice([800, 1000, 1500]), rng.choice([30, 40, 60]))))
    return b


def other_doc(org, kind, rng):
    if kind == 'experts':
        rows = [['序号', '姓名', '职称/职业资格', '工作单位', '专业领域']]
        for i in range(1, 7):
            rows.append([str(i), person(rng), rng.choice(['高级工程师', '副主任护师', '高级技师', '副教授', '一级/高级技师']),
                         org['name'] if i < 3 else rng.choice(['上海某职业技术学院', '某区疾病预防控制中心', '某行业协会', '某三甲医院']),
                         rng.choice(['职业培训', '技能评价', '质量管理', '行业技术'])])
        return [('title', '专家团队及考评人员名单'), ('table', rows, {'widths': [8, 14, 26, 32, 20]})]
    if kind == 'equipment':
        rows = [['序号', '设备名称', '数量', '用途']]
        for i, (n, u) in enumerate([('理论考试机考终端', '理论知识考试'), ('视频监控摄像头', '考场监控'),
                                    ('硬盘录像机', '监控录像存储'), ('身份证识读器', '考生身份核验'),
                                    ('实操工位', '操作技能考核')], 1):
            rows.append([str(i), n, str(rng.randint(2, 60)), u])
        return [('title', '考核点设施设备清单'), ('pn', org['name']), ('table', rows, {'widths': [10, 40, 15, 35]})]
    if kind == 'intro':
        return [('title', '单位简介'), ('p', '%s成立于%d年，位于%s，主要从事%s。' % (org['name'], org['est'][0], org['district'], org['scope'][:40]))]
    raise ValueError(kind)
