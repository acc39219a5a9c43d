import zlib
def shash(s): return zlib.crc32(str(s).encode())
"""Material texts. Each function returns a list of blocks; `v` selects a house style."""
CN = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
OLD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
NUM = '〇一二三四五六七八九'
def cn_year(y): return ''.join(NUM[int(d)] for d in str(y))
def cn_date(y, m, d):
    def n(x): return NUM[x] if x < 10 else ('十' + (NUM[x - 10] if x > 10 else '') if x < 20 else NUM[x // 10] + '十' + (NUM[x % 10] if x % 10 else ''))
    return '%s年%s月%s日' % (cn_year(y), n(m), n(d))
def lvl_range(levels, style):
    a, b = max(levels), min(levels)
    if style == 0: return '%s至%s' % (CN[a], CN[b]) if a != b else CN[a]
    if style == 1: return '%s—%s' % (CN[b], CN[a]) if a != b else CN[a]
    if style == 2: return '、'.join(OLD[l] for l in sorted(levels, reverse=True))
    if style == 3: return '、'.join('%s（%s）' % (CN[l], OLD[l]) for l in sorted(levels, reverse=True))
    return '，'.join(CN[l] for l in sorted(levels, reverse=True))
def occ_full(a): return a['name']

def application_form(o, apps, v, date):
    hdr = [('h', '社会培训评价组织征集遴选申请表', 18)]
    base = [('单位名称', o['name']), ('统一社会信用代码', o['code']), ('单位性质', o['nature']),
            ('法定代表人', o['legal']), ('注册地址', o['addr']), ('联系人', o['contact']), ('联系电话', o['phone'])]
    if v == 0:  # ticked boxes
        rows = [['序号', '职业编码', '职业（工种）名称', '五级', '四级', '三级', '二级', '一级']]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a['code'], a['name']] + ['☑' if l in a['levels'] else '□' for l in (5, 4, 3, 2, 1)])
        return hdr + [('table', [[k, val] for k, val in base], [1, 3]), ('h2', '申报职业（工种）及等级'), ('table', rows, [0.6, 1.6, 3.2, .7, .7, .7, .7, .7]),
                      ('pl', '申报单位（盖章）：%s' % o['name']), ('pr', '填表日期：%s' % date)]
    if v == 1:  # ranges, field:value
        out = hdr + [('pl', '%s：%s' % kv) for kv in base] + [('h2', '二、申报评价项目')]
        for a in apps:
            out.append(('pl', '职业编码：%s    职业（工种）：%s    申报等级：%s' % (a['code'], a['name'], lvl_range(a['levels'], 0))))
        return out + [('h2', '三、单位承诺'), ('p', '本单位承诺所填信息及提交材料真实、有效，如有虚假愿承担相应责任。'), ('pr', '%s    %s' % (o['name'], date))]
    if v == 2:  # old names + remarks column
        rows = [['职业编码', '职业名称', '工种', '申报等级', '备注']]
        for a in apps:
            nm, gz = (a['name'].split('（', 1) + [''])[:2]
            rows.append([a['code'], nm, gz.rstrip('）') or '—', lvl_range(a['levels'], 2), '考核点：' + o['site']])
        return [('small', '上海市人力资源和社会保障自助经办系统  打印时间 %s 10:42' % date.replace('年', '-').replace('月', '-').replace('日', ''))] + hdr + \
               [('table', [['申报单位', o['name'], '信用代码', o['code']], ['单位类型', o['nature'], '成立时间', o['founded']], ['通讯地址', o['addr'], '邮编', o['zip']]], [1, 2.4, 1, 1.6]),
                ('table', rows, [1.3, 1.8, 2.2, 2, 2.2]), ('pr', '申请单位：%s（盖章）' % o['name']), ('pr', date)]
    if v == 3:  # table on page 2
        out = hdr + [('table', [[k, val] for k, val in base] + [['单位简介', o['intro']]], [1, 3.2]), ('pagebreak',), ('h2', '申报职业（工种）信息（续表）')]
        rows = [['职业编码', '职业（工种）', '拟开展等级']]
        for a in apps: rows.append([a['code'], a['name'], lvl_range(a['levels'], 3)])
        return out + [('table', rows, [1.4, 3, 2.6]), ('pl', '经办人：%s      单位负责人：%s' % (o['contact'], o['legal'])), ('pr', '%s  %s' % (o['name'], date))]
    # v == 4: one row per level, ■
    rows = [['申报职业（工种）', '职业编码', '等级', '是否申报']]
    for a in apps:
        for l in (5, 4, 3, 2, 1):
            if l in a['allowed']:
                rows.append([a['name'], a['code'], '%s/%s' % (CN[l], OLD[l]), '■ 是' if l in a['levels'] else '□ 否'])
    return [('h', '%s' % o['name'], 14)] + hdr + [('table', [[k, val] for k, val in base[:4]], [1, 3]), ('table', rows, [3, 1.5, 1.6, 1]), ('pr', '填报日期：' + date)]

INTRO = ['根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，',
         '按照沪人社职〔2024〕447号文件关于社会培训评价组织征集遴选的有关规定，',
         '为做好本市社会培训评价组织征集遴选工作，根据贵局相关通知精神，']

def letter(issuer, docno, title, recipient_name, apps, v, date_str, seal, district=None, body_extra=''):
    occ = '、'.join('%s（%s）' % (a['name'], lvl_range(a['levels'], 0)) for a in apps)
    t = title.replace('{N}', recipient_name)
    bl = [('letterhead', issuer + ('文件' if v == 3 else '')), ('docno', docno)]
    if v == 1 and len(t) > 20:
        k = len(t) // 2; bl += [('h', t[:k]), ('h', t[k:])]
    else:
        bl.append(('h', t))
    bl.append(('pl', '上海市人力资源和社会保障局：' if v != 2 else '上海市职业技能鉴定中心：'))
    if district:
        body = ['%s%s位于我区%s，场地面积、设备设施及视频监控条件能够满足%s职业技能等级认定考核需要。' % (INTRO[v % 3], recipient_name, district, occ),
                '经我局实地查看和审核，同意推荐该单位考核点参加本次社会培训评价组织征集遴选，并将按属地管理要求做好日常监督工作。' + body_extra]
    else:
        body = ['%s%s在本行业具有较好的培训评价基础和社会影响力，近年来累计开展相关培训逾千人次，拥有稳定的专兼职师资和考评人员队伍。' % (INTRO[(v + 1) % 3], recipient_name),
                '经研究，同意推荐%s申报%s的社会培训评价组织。我单位将按照职责做好行业指导和监督。%s' % (recipient_name, occ, body_extra)]
    if v == 2: body.append('特此推荐。')
    else: body.append('特此函告。')
    bl += [('p', x) for x in body]
    bl += [('space', 20), ('sign', [issuer if v != 4 else '', date_str], seal)]
    if v == 3: bl.append(('pl', '（联系人：王老师，电话：2302%04d）' % (len(recipient_name) * 37)))
    return bl

def credit_report(o, v, date, penalties=0, dishonest=0, pages=1):
    name, code = o['name'], o['code']
    tables = [['类别', '查询结果'], ['行政处罚信息', '查见 %d 条' % penalties if penalties else '未查见'],
              ['失信被执行人信息', '查见 %d 条' % dishonest if dishonest else '未查见'],
              ['严重失信主体名单', '未查见'], ['经营异常名录', '未查见']]
    detail = []
    if penalties:
        detail = [('h2', '行政处罚记录明细'), ('table', [['序号', '决定书文号', '处罚事由', '处罚结果', '处罚机关', '日期']] +
                  [[str(i + 1), '沪市监%s处〔2024〕%d号' % (o['dshort'], 3101 + i * 117), ['未按规定公示食品安全信息', '使用超过保质期的食品原料'][i % 2],
                    '罚款%d元' % (5000 * (i + 2)), '上海市%s市场监督管理局' % o['district'], '2024年%d月%d日' % (4 + i * 3, 12 + i)] for i in range(penalties)], [0.5, 2, 2.4, 1.2, 2, 1.4])]
    if v == 0:
        bl = [('h', '公共信用信息报告', 20), ('pl', '（法人版）'), ('pl', '报告编号：XYZG-SH-%s-%06d' % (date.replace('-', ''), abs(shash(code)) % 999999)),
              ('pl', '查询对象：%s' % name), ('pl', '统一社会信用代码：%s' % code), ('pl', '查询日期：%s' % date), ('pl', '出具单位：信用中国（上海）'),
              ('h2', '一、基本信息'), ('table', [['名称', name], ['统一社会信用代码', code], ['法定代表人', o['legal']], ['登记机关', o['regauth']], ['住所', o['addr']]], [1, 3])]
        if pages > 1:
            bl += [('pagebreak',), ('h2', '二、资质许可及荣誉信息'), ('p', '本报告查询期间，该主体共有行政许可信息%d条、荣誉信息1条，详见网站公示。' % (len(name) % 4 + 1)),
                   ('p', '说明：本报告信息来源于上海市公共信用信息服务平台归集的各部门数据，查询范围为近三年。'), ('pagebreak',)]
        bl += [('h2', '三、失信及行政处罚信息'), ('table', tables, [2, 2])] + detail + [('small', '本报告仅供申报社会培训评价组织使用 · 信用中国（上海）www.creditsh.gov.cn')]
        return bl
    if v == 1:
        return [('letterhead', '上海市公共信用信息服务中心', 20), ('h', '专用信用报告'), ('pl', '报告编号：ZY%s%05d' % (date[:4], abs(shash(name)) % 99999)),
                ('pl', '申请主体：%s' % name), ('pl', '主体代码：%s' % code), ('pl', '报告用途：申报社会培训评价组织（沪人社职〔2024〕447号）'),
                ('p', '经查询上海市公共信用信息服务平台，截至%s，该主体信用记录如下：' % date),
                ('table', [['信息类别', '记录条数', '说明']] + [[r[0], r[1], '—'] for r in tables[1:]], [2, 1.3, 1.5])] + detail + \
               [('sign', ['上海市公共信用信息服务中心', date], '上海市公共信用信息服务中心')]
    return [('h', '企业信用信息查询报告'), ('pl', '被查询主体：%s（%s）' % (name, code)), ('pl', '数据来源：信用中国（上海）、国家企业信用信息公示系统'),
            ('pl', '生成时间：%s 09:15:32' % date), ('table', [['查询项目', '结果']] + tables[1:], [2, 2])] + detail + \
           [('p', '注：“未查见”表示在查询范围内未发现相关记录。')]

FIRMS = [('上海立衡会计师事务所（特殊普通合伙）', '沪立衡审字'), ('上海众信华会计师事务所有限公司', '众信华审'), ('上海申达会计师事务所有限公司', '申达会审字'),
         ('上海沪中正会计师事务所有限公司', '沪中正审字'), ('上海明诚会计师事务所（普通合伙）', '明诚审')]

def audit_report(o, year, v, firm_i, nonprofit=False, cn=False):
    firm, pre = FIRMS[firm_i % len(FIRMS)]
    yr = cn_year(year) + '年' if cn else '%d年' % year
    stmt = '业务活动表' if nonprofit else '利润表'
    addressee = '%s理事会：' % o['name'] if nonprofit else '%s全体股东：' % o['name']
    num = '%s〔%d〕第%04d号' % (pre, year + 1, (year * 7 + len(o['name']) * 31) % 9000 + 100) if v != 1 else '%s（%d）%d号' % (pre, year + 1, (year * 3 + len(o['name'])) % 900 + 10)
    if v == 2:  # year only in title and balance-sheet date
        op = '我们审计了%s（以下简称贵单位）财务报表，包括资产负债表、%s、现金流量表以及相关财务报表附注。' % (o['name'], stmt)
        return [('h', '%s\n%s年度审计报告' % (o['name'], year)), ('pl', num), ('pl', addressee), ('h2', '一、审计意见'), ('p', op),
                ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。' % ('《民间非营利组织会计制度》' if nonprofit else '企业会计准则')),
                ('h2', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
                ('sign', [firm, '中国注册会计师：张立群  李曼', '%d年3月%d日' % (year + 1, 10 + year % 15)], firm),
                ('pagebreak',), ('h', '资产负债表'), ('pl', '编制单位：%s        %d年12月31日        单位：元' % (o['name'], year)),
                ('table', [['项目', '期末余额', '上年年末余额'], ['货币资金', '3,%03d,118.20' % (year % 997), '2,884,310.56'], ['应收账款', '612,400.00', '540,220.00'],
                           ['资产总计', '8,%03d,902.11' % (year % 991), '7,455,019.30'], ['负债合计', '2,118,700.00', '2,306,114.00'], ['所有者权益（或净资产）合计', '6,%03d,202.11' % (year % 983), '5,148,905.30']], [2.5, 1.5, 1.5])]
    op = '我们审计了%s财务报表，包括%s12月31日的资产负债表，%s度的%s、现金流量表以及相关财务报表附注。' % (o['name'], yr, yr, stmt)
    return [('h', '审 计 报 告'), ('pr', num), ('pl', addressee), ('h2', '一、审计意见'), ('p', op),
            ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了%s%s12月31日的财务状况以及%s度的%s和现金流量。' % ('《民间非营利组织会计制度》' if nonprofit else '企业会计准则', o['name'], yr, yr, '业务活动成果' if nonprofit else '经营成果')),
            ('h2', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。'),
            ('h2', '三、管理层和治理层对财务报表的责任'), ('p', '管理层负责按照适用的会计准则和制度的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
            ('sign', [firm, '中国注册会计师：陈志远', '中国注册会计师：何佳敏', '%d年%d月%d日' % (year + 1, 2 + year % 3, 8 + year % 19)], firm)]

def registration(o, seal_copy=True, kind='licence'):
    copy = o['name'] if seal_copy else None
    if kind == 'licence':
        f = [('统一社会信用代码', o['code']), ('名称', o['name']), ('类型', o['type']), ('法定代表人' if '分公司' not in o['type'] else '负责人', o['legal']),
             ('经营范围', o['scope']), ('注册资本', o.get('capital', '人民币500.0000万元整')), ('成立日期', o['founded']), ('营业期限', o['founded'] + '至 不约定期限'), ('住所', o['addr'])]
        return [('cert', '营 业 执 照', '（副  本）', f, '登记机关  ' + o['regauth'], o.get('regdate', '2023年06月18日'), o['regauth'], copy)]
    if kind == 'minfei':
        f = [('统一社会信用代码', o['code']), ('名称', o['name']), ('住所', o['addr']), ('法定代表人', o['legal']), ('业务范围', o['scope']),
             ('业务主管单位', o.get('supervisor', '上海市徐汇区教育局')), ('开办资金', '人民币30万元'), ('有效期', '2022年05月10日至2027年05月09日')]
        return [('cert', '民办非企业单位登记证书', '（法人）', f, '登记管理机关  ' + o['regauth'], '2022年05月10日', o['regauth'], copy)]
    if kind == 'shetuan':
        f = [('统一社会信用代码', o['code']), ('名称', o['name']), ('住所', o['addr']), ('法定代表人', o['legal']), ('业务范围', o['scope']),
             ('活动地域', '上海市'), ('注册资金', '人民币10万元'), ('业务主管单位', o.get('supervisor', '上海市商务委员会')), ('有效期', '2021年09月01日至2026年08月31日')]
        return [('cert', '社会团体法人登记证书', '', f, '登记管理机关  上海市社会团体管理局', '2021年09月01日', '上海市社会团体管理局', copy)]
    f = [('统一社会信用代码', o['code']), ('名称', o['name']), ('宗旨和业务范围', o['scope']), ('住所', o['addr']), ('法定代表人', o['legal']),
         ('经费来源', '财政补助'), ('开办资金', '￥1200万元'), ('举办单位', o.get('sponsor', '上海市生态环境局')), ('有效期', '自2021年03月15日至2026年03月15日')]
    return [('cert', '事业单位法人证书', '', f, '登记管理机关  上海市事业单位登记管理局', '2021年03月15日', '上海市事业单位登记管理局', copy)]

def work_plan(o, apps, v):
    occ = '、'.join(a['name'] for a in apps)
    heads = [['一、总体目标', '二、组织机构', '三、工作流程', '四、质量督导', '五、保障措施'],
             ['第一章 机构概况', '第二章 认定职业与规模', '第三章 考务管理', '第四章 考评人员管理', '第五章 经费与场地保障'],
             ['（一）指导思想', '（二）工作机构及职责', '（三）评价实施安排', '（四）内部质量管控', '（五）信息化及监控']][v % 3]
    paras = ['%s坚持把社会效益放在首位，围绕%s等职业（工种）开展职业技能等级认定，计划每年认定规模不少于%d人次。' % (o['name'], occ, 300 + len(o['name']) * 20),
             '设立职业技能等级认定办公室，由分管负责人牵头，配备专职工作人员%d名、考评员%d名、质量督导员%d名。' % (3 + len(occ) % 4, 12 + len(occ) % 9, 2 + len(occ) % 3),
             '严格执行报名审核、资格审查、考前公示、考场监考、阅卷、成绩复核、证书发放等流程，所有考场实现视频监控全覆盖并保存录像不少于一年。',
             '建立内部质量督导制度，对考评人员实行回避、轮换制度，接受市、区人社部门及行业主管部门的监督检查。',
             '考核点位于%s，设理论机考室1间、实操考核室2间，年度安排认定工作专项经费。' % o['site']]
    bl = [('h', '%s\n职业技能等级认定工作方案' % o['name'] if v != 1 else '职业技能等级认定工作方案')]
    if v == 1: bl.append(('pl', '编制单位：%s' % o['name']))
    for h, p in zip(heads, paras): bl += [('h2', h), ('p', p)]
    return bl

def pledge(o, v, date, seal=True):
    t = ['承 诺 书', '诚信承诺书', '社会培训评价组织申报承诺书'][v % 3]
    items = ['所提交的申报材料真实、准确、完整、有效，不存在弄虚作假行为；', '严格遵守国家和本市职业技能等级认定的各项规定，规范开展评价活动；',
             '不以营利为最终目的，坚持把社会效益放在首位；', '自愿接受人社部门和行业主管部门的监督检查，如有违反，愿承担相应责任。']
    bl = [('h', t), ('pl', '上海市人力资源和社会保障局：'), ('p', '%s（统一社会信用代码：%s）申报社会培训评价组织，现郑重承诺：' % (o['name'], o['code']))]
    bl += [('p', '%s、%s' % ('一二三四'[i], x)) for i, x in enumerate(items)]
    bl += [('sign', ['承诺单位（盖章）：%s' % o['name'], '法定代表人（签字）：%s' % o['legal'], date], o['name'] if seal else None)]
    return bl

def integrity(o, v, date, seal=True):
    t = ['廉洁责任书', '职业技能等级认定廉洁自律责任书', '廉 洁 责 任 书'][v % 3]
    bl = [('h', t), ('p', '为加强职业技能等级认定工作党风廉政建设，确保评价工作公开、公平、公正，%s作出如下廉洁承诺：' % o['name']),
          ('p', '1. 不向人社部门及市职鉴中心工作人员赠送礼品、礼金、有价证券；'), ('p', '2. 不以任何形式干预考评人员独立开展考核评价，不组织、参与考试作弊；'),
          ('p', '3. 严禁乱收费、搭车收费，收费标准向社会公开；'), ('p', '4. 如有违反，自愿接受取消备案资格等处理。'),
          ('sign', ['责任单位：%s（盖章）' % o['name'], '负责人：%s' % o['legal'], date], o['name'] if seal else None)]
    return bl

def impl_plan(o, apps, v):
    bl = [('h', '职业技能等级认定项目实施方案'), ('pl', '申报单位：%s' % o['name'])]
    for ai, a in enumerate(apps):
        bl += [('h2', '%s、%s（%s）' % ('一二三四'[ai], a['name'], a['code'])),
               ('p', '本项目依据国家职业标准开展，考核内容分理论知识考试和操作技能考核，均实行百分制，成绩皆达60分及以上者为合格。')]
        if v == 0:
            for l in sorted(a['levels'], reverse=True):
                bl += [('pl', '%s评价方案' % CN[l]), ('p', '%s（%s）：理论知识考试采用机考，时长90分钟；操作技能考核采用实操方式，时长%d分钟，考评员与考生配比不低于1:%d。' % (CN[l], OLD[l], 60 + (5 - l) * 30, 10 - l))]
        elif v == 1:
            rows = [['等级', '考核方式', '理论时长', '技能时长', '考评人员配比', '合格标准']]
            for i, l in enumerate(sorted(a['levels'], reverse=True)):
                rows.append([CN[l], '理论机考+实操' if i == 0 else None if l > 2 else '理论+实操+综合评审', '90分钟', '%d分钟' % (60 + (5 - l) * 30), '1:%d' % (10 - l), '60分' if i == 0 else None])
            bl += [('pl', '各等级评价方案如下表：'), ('table', rows, [1, 2, 1, 1, 1.2, 1])]
        else:
            for l in sorted(a['levels'], reverse=True):
                bl += [('pl', '第%s节  %s/%s评价方案' % ('一二三四五'[5 - l if 5 - l < 5 else 0], OLD[l], CN[l])),
                       ('p', '申报条件按国家职业标准执行。鉴定比重：理论知识%d%%，操作技能%d%%。%s' % (30 - (5 - l) * 5 + 20, 50 + (5 - l) * 5 - 20, '技师及以上等级增加综合评审。' if l <= 2 else ''))]
    return bl

SET_NAMES = [('样题一', '样题二'), ('样卷（A卷）', '样卷（B卷）'), ('模拟试卷1', '模拟试卷2'), ('理论知识试卷（第一套）', '理论知识试卷（第二套）'),
             ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷'), ('样题（一）', '样题（二）')]

def sample(o, a, level, k, v, answer=False):
    nm = SET_NAMES[v % len(SET_NAMES)][k]
    bl = [('h', '%s %s\n%s' % (a['name'], '%s（%s）' % (CN[level], OLD[level]) if v % 2 else CN[level], nm), 14), ('pl', '命题单位：%s' % o['name'])]
    qs = ['下列关于%s职业守则的表述，正确的是（  ）。' % a['name'].split('（')[0], '%s工作中，安全操作的首要原则是（  ）。' % a['name'].split('（')[0],
          '判断题：从业人员应当遵守相关法律法规和操作规程。（  ）', '简答题：简述%s级别从业人员的主要工作内容（%d分）。' % (CN[level], 10 + k * 5)]
    bl.append(('h2', '一、理论知识部分'))
    bl += [('pl', '%d. %s' % (i + 1, q)) for i, q in enumerate(qs[:3 + (level + k) % 2])]
    bl += [('h2', '二、操作技能部分'), ('p', '试题%d：根据给定任务完成%s相关操作（考核时间%d分钟，配分%d分）。' % (k + 1, a['name'].split('（')[0], 30 + level * 5, 40 + k * 10))]
    if answer:
        bl += [('h2', '答题卡'), ('table', [['题号', '1', '2', '3', '4', '5'], ['答案', '', '', '', '', '']])]
    return bl
LEGALS_T = ['钱文博','沈丽华','韩志刚','杨春燕','黄明亮','马骏','蒋晓琳','曹建国']
