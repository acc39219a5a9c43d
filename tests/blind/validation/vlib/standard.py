"""Organisation facts and a configurable 'complete package' builder."""
from . import content as C
from .codes import make_code

DOMAIN_WORDS = {
    '医疗护理员': '医疗护理服务', '社群健康助理员': '社区健康服务', '保洁员': '清洁服务', '食品安全管理师': '食品安全管理',
    '调饮师': '餐饮与饮品服务', '碳排放管理员': '碳排放管理与低碳服务', '数字孪生应用技术员': '数字孪生与工业软件',
    '增材制造设备操作员': '增材制造', '信用管理师': '社会信用服务', '科技咨询师': '科技服务', '管工': '建筑安装',
    '化工总控工': '化工生产', '色彩搭配师': '形象设计与色彩服务', '营养师': '营养健康服务', '轨道交通信号工': '城市轨道交通运营维护',
    '助听器验配师': '听力健康服务', '保健调理师': '中医养生保健服务', '网络与信息安全管理师': '数据安全',
    '计量员': '计量检测', '生活垃圾清运工': '环境卫生', '药物制剂工': '医药制造', '房地产策划师': '房地产服务',
    '政务服务办事员': '政务服务', '育婴员': '家庭服务', '建筑节能减排咨询师': '建筑节能', '盆景师': '园艺与盆景',
    '数字化解决方案设计师': '数字化转型服务',
}

SCOPES = {
    'company': '一般项目：%s；职业技能培训（不含需取得许可的职业技能培训）；技术服务、技术开发、技术咨询、技术交流；'
               '企业管理咨询；会议及展览服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
    'mnf': '%s等职业技能培训；职业技能评价服务；相关咨询服务。',
    'st': '开展%s领域行业自律、标准制定、技能评价、培训交流、咨询服务。',
    'sy': '为%s提供公共服务保障。',
}


def app(code, occ, gz, levels):
    a = C.app(code, occ, gz, levels)
    a['domain'] = DOMAIN_WORDS.get(occ, occ)
    return a


def mk_org(rng, name, kind='company', district='浦东新区', code=None, ltype=None, code_div=None, supervisor=None,
           reg_authority=None, site_district=None, prefix=None, address=None, site=None):
    div = code_div or C.DISTRICTS[district][0]
    pre = prefix or {'company': '91', 'mnf': '52', 'st': '51', 'sy': '12'}[kind]
    style = {'company': 'MA', 'mnf': 'MJ', 'st': 'MJ', 'sy': 'old'}[kind]
    if code is None:
        code = make_code(rng, pre, div, style)
    used = set()
    street = rng.choice(C.STREETS.get(district, ['中山路']))
    addr = '上海市%s%s%d号%s' % (district, street, rng.randint(8, 2999),
                               rng.choice(['', '%d楼' % rng.randint(2, 12), '%d幢%d室' % (rng.randint(1, 9), rng.randint(101, 1208))]))
    sd = site_district or district
    site = '上海市%s%s%d号%s' % (sd, rng.choice(C.STREETS.get(sd, ['中山路'])), rng.randint(8, 2999),
                               rng.choice(['%d层' % rng.randint(1, 6), 'B座%d楼' % rng.randint(1, 8), '']))
    est = (rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    o = dict(name=name, code=code, kind=kind, district=district, dist_short=C.DISTRICTS.get(district, ('', '沪'))[1],
             rep=C.person(rng, used), contact=C.person(rng, used), phone='021-%d' % rng.randint(50000000, 69999999),
             address=addr, site=site, site_district=sd, est=est,
             reg_date=(rng.randint(max(est[0], 2020), 2024), rng.randint(1, 12), rng.randint(1, 28)),
             capital='%d万元人民币' % rng.choice([50, 100, 200, 300, 500, 1000]) if kind == 'company' else
             '%d万元' % rng.choice([3, 10, 30, 50, 100]),
             staff=rng.randint(5, 18), employees=rng.randint(20, 160), experts=rng.randint(7, 25),
             assessors=rng.randint(10, 40), supervisors=rng.randint(2, 8), area=rng.choice([380, 520, 640, 800, 1200, 1500]),
             rooms=(rng.randint(1, 4), rng.randint(2, 6)))
    o['seal'] = name
    if address:
        o['address'] = address
    if site:
        o['site'] = site
    if kind == 'company':
        o['ltype'] = ltype or rng.choice(C.COMPANY_TYPES)
        o['reg_authority'] = reg_authority or ('上海市%s市场监督管理局' % district if district in C.DISTRICTS else '上海市市场监督管理局')
        o['pboc_type'] = '企业'
    elif kind == 'mnf':
        o['ltype'] = ''
        o['reg_authority'] = reg_authority or ('上海市%s民政局' % district)
        o['supervisor'] = supervisor or ('上海市%s人力资源和社会保障局' % district)
        o['pboc_type'] = '民办非企业单位'
    elif kind == 'st':
        o['ltype'] = ''
        o['reg_authority'] = reg_authority or '上海市社会团体管理局'
        o['supervisor'] = supervisor or '无（直接登记）'
        o['pboc_type'] = '社会团体'
    else:
        o['ltype'] = ''
        o['reg_authority'] = '上海市事业单位登记管理局'
        o['supervisor'] = supervisor or ('上海市%s人民政府' % district)
        o['pboc_type'] = '事业单位'
    return o


def set_scope(org, apps):
    words = '、'.join(sorted(set(a['domain'] for a in apps)))
    org['scope'] = SCOPES[org['kind']] % words


# --------------------------------------------------------------------------- naming schemes

FOLDER_SETS = {
    'folders': ['01申请表', '02推荐函', '03信用佐证', '04工作方案', '05实施方案', '06其他材料'],
    'folders2': ['1.申请表', '2.推荐函', '3.信用证明及资质', '4.认定工作方案', '5.项目实施方案', '6.其他'],
    'root': ['一、申请表', '二、推荐函', '三、信用佐证材料', '四、职业技能等级认定工作方案', '五、项目实施方案', '六、其他材料'],
}


class Namer:
    def __init__(self, scheme, org, rng, regname=None):
        self.scheme = scheme
        self.org = org
        self.rng = rng
        self.n = 0
        self.regname = regname or {'company': '营业执照', 'mnf': '民办非企业单位登记证书', 'st': '社会团体法人登记证书',
                                   'sy': '事业单位法人证书'}[org['kind']]
        self.scan_pat = ['IMG_20250116_%04d', 'scan_%03d', '新建 Microsoft Word 文档 (%d)', 'DOC%03d', 'CamScanner 01-16-2025 %02d.%02d']

    def __call__(self, role, ext='pdf', **kw):
        self.n += 1
        s = self.scheme
        a = kw.get('app')
        lvl = kw.get('level')
        idx = kw.get('idx')
        occ = a['full'] if a else ''
        lvn = C.lv(lvl, 'plain') if lvl else ''
        if s in ('attach',):
            return '附件%d.%s' % (self.n, ext)
        if s == 'scanner':
            pat = self.scan_pat[self.n % len(self.scan_pat)]
            if pat.count('%') == 2:
                return (pat % (self.n, self.rng.randint(10, 59))) + '.' + ext
            return (pat % self.n) + '.' + ext
        if s == 'pinyin':
            m = {'form': 'sqb', 'ind': 'tjh-hy', 'dist': 'tjh-qrs', 'credit': 'xybg', 'audit2023': 'sjbg2023',
                 'audit2022': 'sjbg2022', 'reg': 'yyzz', 'work': 'gzfa', 'pledge': 'cns', 'integrity': 'ljzrs',
                 'impl': 'ssfa', 'eval': 'pjfa-%s-%d' % (a['code'] if a else '', lvl or 0),
                 'sample': 'yt-%s-%d-%s' % (a['code'] if a else '', lvl or 0, idx or 'AB'),
                 'other': kw.get('name', 'qt%d' % self.n)}
            return m.get(role, role) + '.' + ext
        if s == 'flat':
            m = {'form': '1.申请表', 'ind': '2-1 行业主管部门推荐函', 'dist': '2-2 区人社局推荐函', 'credit': '3-1 信用报告',
                 'audit2023': '3-2 审计报告（2023年度）', 'audit2022': '3-3 审计报告（2022年度）', 'reg': '3-4 %s复印件' % self.regname,
                 'work': '4 职业技能等级认定工作方案', 'pledge': '4-1 承诺书', 'integrity': '4-2 廉洁责任书',
                 'impl': '5 项目实施方案', 'eval': '5-%d 评价方案-%s-%s' % (self.n, occ, lvn),
                 'sample': '5-%d 样题-%s-%s%s' % (self.n, occ, lvn, ('-' + '一二'[idx - 1]) if idx else ''),
                 'other': '6 其他材料-%s' % kw.get('name', '')}
            return m[role] + '.' + ext
        # folder schemes
        F = FOLDER_SETS[s]
        root = (self.org['name'] + '申报材料/') if s == 'root' else ''
        m = {'form': (0, '社会培训评价组织征集遴选申请表'), 'ind': (1, '行业主管部门推荐函'), 'dist': (1, '考核点所在区人社部门推荐函'),
             'credit': (2, '信用报告'), 'audit2023': (2, '2023年度财务审计报告'), 'audit2022': (2, '2022年度财务审计报告'),
             'reg': (2, self.regname), 'work': (3, '职业技能等级认定工作方案'), 'pledge': (3, '承诺书'),
             'integrity': (3, '廉洁责任书'), 'impl': (4, '职业技能等级认定项目实施方案'),
             'eval': (4, '评价方案/%s%s评价方案' % (occ, lvn)),
             'sample': (4, '样题/%s%s样题%s' % (occ, lvn, ('一二'[idx - 1]) if idx else '')),
             'other': (5, kw.get('name', '其他'))}
        fi, nm = m[role]
        return root + F[fi] + '/' + nm + '.' + ext


# --------------------------------------------------------------------------- source helpers

# weighted pools (heavy Type 3 / brush fonts are used less often to keep packages small)
HTML_STYLES = ['zen'] * 6 + ['modern'] * 2 + ['gov']   # 'kai'/'ming' (AR PL brush fonts as Type 3) only where set explicitly
DOCX_TPLS = ['songti', 'songti', 'zenhei', 'zenhei', 'zenhei', 'fangsong', 'notosans', 'notoserif', 'uming', 'ukai']
RL_FONTS = ['wqy', 'wqy', 'wqy', 'microhei', 'microhei', 'uming', 'STSong-Light']


def src(fmt, blocks, rng, **kw):
    s = dict(fmt=fmt, blocks=blocks)
    if fmt == 'html':
        s.setdefault('style', kw.pop('style', rng.choice(HTML_STYLES)))
        s.setdefault('css_seal', kw.pop('css_seal', rng.random() < 0.5))
    elif fmt in ('docx', 'docx_keep'):
        s['tpl'] = kw.pop('tpl', rng.choice(DOCX_TPLS))
    elif fmt == 'rl':
        s['font'] = kw.pop('font', rng.choice(RL_FONTS))
    elif fmt == 'odt':
        s['font'] = kw.pop('font', rng.choice(['AR PL UMing CN', 'WenQuanYi Zen Hei', 'Noto Sans CJK SC']))
    elif fmt == 'fodt':
        s['font'] = kw.pop('font', rng.choice(['Noto Serif CJK SC', 'AR PL UKai CN', 'WenQuanYi Micro Hei']))
    s.update(kw)
    return s


def pick(rng, options):
    return rng.choice(options)


def small(fmt, rng):
    """Producer options with compact fonts, for the many small per-level files."""
    if fmt == 'html':
        return {'style': 'zen'}
    if fmt in ('docx', 'docx_keep'):
        return {'tpl': pick(rng, ['zenhei', 'songti'])}
    if fmt == 'rl':
        return {'font': pick(rng, ['wqy', 'STSong-Light', 'microhei'])}
    return {}


# --------------------------------------------------------------------------- the standard complete package

def standard(P, naming='folders', fmts=None, form=None, ind=None, dist=None, credit=None, audit=None, reg=None,
             work=None, impl=None, others=(), skip=()):
    """Add a complete, valid set of documents to P.  Every option dict may override content and producer.
    Returns dict role -> Doc (or list of Docs)."""
    rng = P.rng
    org, apps = P.org, P.apps
    nm = Namer(naming, org, rng, (reg or {}).get('regname'))
    fmts = fmts or {}
    out = {}
    F = lambda role, default: fmts.get(role) or default

    # 1 application form
    if 'form' not in skip:
        form = form or {}
        layout = form.get('layout') or pick(rng, ['kv', 'nextrow', 'columns', 'rows', 'above'])
        blocks = C.application_form(form.get('org', org), form.get('apps', apps), rng, layout, form.get('labels'),
                                    form.get('lvstyle') or pick(rng, ['slash', 'paren', 'zyzg', 'plain']),
                                    form.get('date', (2025, 1, rng.randint(16, 22))))
        blocks = form.get('mutate', lambda b: b)(blocks)
        fmt = F('form', pick(rng, ['docx', 'html', 'odt', 'docx']))
        out['form'] = P.add(form.get('path') or nm('form', 'docx' if fmt == 'docx_keep' else 'pdf'), 'application_form',
                            src(fmt, blocks, rng, **form.get('src', {})), form.get('post', ()))

    # 2 letters
    if 'ind' not in skip:
        ind = ind or {}
        a0 = apps[0]
        issuer, pfx = ind.get('issuer') or C.INDUSTRY.get(a0['code'], ('上海市经济和信息化委员会', '沪经信'))
        if 'docno' in ind:
            docno = ind['docno']
        else:
            docno = '%s函〔2025〕%d号' % (pfx, rng.randint(3, 60)) if rng.random() < 0.7 else None
        blocks = C.industry_letter(org, apps, rng, issuer, docno, ind.get('title') or pick(rng, ['han2', 'han1', 'tjh', 'tjyj', 'tjs', 'tongyi']),
                                   ind.get('salutation', pick(rng, ['上海市人力资源和社会保障局：', '上海市职业技能鉴定中心：', '市职鉴中心：'])),
                                   ind.get('sign'), ind.get('date', (2025, 1, rng.randint(8, 17))), ind.get('cn', rng.random() < 0.6),
                                   ind.get('recommended'), ind.get('letterhead', True), True, ind.get('body', rng.randint(0, 2)))
        blocks = ind.get('mutate', lambda b: b)(blocks)
        fmt = F('ind', pick(rng, ['html', 'docx', 'html', 'rl']))
        out['ind'] = P.add(ind.get('path') or nm('ind', 'docx' if fmt == 'docx_keep' else 'pdf'), 'industry_letter',
                           src(fmt, blocks, rng, **ind.get('src', {})), ind.get('post', ()),
                           expect=ind.get('expect'))
    if 'dist' not in skip:
        dist = dist or {}
        dname = dist.get('district', org['site_district'])
        bureau = dist.get('bureau') or C.district_bureau(dname, full=rng.random() < 0.7)
        if 'docno' in dist:
            docno = dist['docno']
        else:
            ab = C.DISTRICTS.get(dname, ('', '沪'))[1]
            docno = rng.choice(['%s人社函〔2025〕%d号', '%s人社〔2025〕%d号', '%s人社推〔2025〕%d号']) % (ab, rng.randint(2, 40)) \
                if rng.random() < 0.75 else None
        blocks = C.district_letter(org, apps, rng, bureau, docno, dist.get('title') or pick(rng, ['han2', 'tjh', 'tjyj', 'han1', 'tjs']),
                                   dist.get('salutation', pick(rng, ['上海市职业技能鉴定中心：', '上海市人力资源和社会保障局：'])),
                                   dist.get('sign'), dist.get('date', (2025, 1, rng.randint(9, 17))), dist.get('cn', rng.random() < 0.5),
                                   dist.get('recommended'), dist.get('site'), True, dist.get('body', rng.randint(0, 2)),
                                   dist.get('letterhead'))
        blocks = dist.get('mutate', lambda b: b)(blocks)
        fmt = F('dist', pick(rng, ['html', 'docx', 'rl', 'html']))
        out['dist'] = P.add(dist.get('path') or nm('dist', 'docx' if fmt == 'docx_keep' else 'pdf'), 'district_letter',
                            src(fmt, blocks, rng, **dist.get('src', {})), dist.get('post', ()),
                            expect=dist.get('expect'))

    # 3 credit report, audits, registration
    if 'credit' not in skip:
        credit = credit or {}
        kind = credit.get('kind') or pick(rng, ['sh', 'xy', 'pboc', 'canvas'])
        date = credit.get('date', (2025, 1, rng.randint(6, 16)))
        if kind == 'canvas':
            s = dict(fmt='canvas_credit', org=org, date=date, penalties=credit.get('penalties', 0),
                     dishonest=credit.get('dishonest', 0), font=credit.get('font', pick(rng, ['microhei', 'wqy'])))
            exp = [org['name'], org['code'], '公共信用信息报告']
        else:
            if kind == 'pboc':
                blocks = C.credit_report_pboc(org, rng, date, credit.get('penalties', 0))
            else:
                blocks = C.credit_report_public(org, rng, credit.get('penalties', 0), credit.get('dishonest', 0), kind,
                                                date, credit.get('permits', 0))
            fmt = F('credit', pick(rng, ['rl', 'html', 'rl', 'docx']))
            s = src(fmt, blocks, rng, **credit.get('src', {}))
            exp = None
        out['credit'] = P.add(credit.get('path') or nm('credit'), 'credit_report', s, credit.get('post', ()), expect=exp)
    if 'audit' not in skip:
        audit = audit or {}
        firm = audit.get('firm') or pick(rng, C.FIRMS)
        style = audit.get('style', rng.randint(0, 3))
        fmt = F('audit', pick(rng, ['docx', 'rl', 'html', 'fodt']))
        cpas = (C.person(rng), C.person(rng))
        for y in audit.get('years', (2023, 2022)):
            blocks = C.audit_report(org, y, firm, rng, style, cpas, cover=audit.get('cover', False))
            key = 'audit%d' % y
            pth = (audit.get('paths') or {}).get(y) or nm(key if key in ('audit2023', 'audit2022') else 'audit2022')
            out[key] = P.add(pth, 'audit_report', src(fmt, blocks, rng, **audit.get('src', {})),
                             (audit.get('post') or {}).get(y, ()),
                             expect=[org['name'], '%d年12月31日' % y, '%d年度' % y])
    if 'reg' not in skip:
        reg = reg or {}
        kind = reg.get('kind') or ('canvas' if rng.random() < 0.6 else 'flow')
        if kind == 'canvas':
            if org['kind'] == 'company':
                s = dict(fmt='canvas_licence', org=org, font=reg.get('font', pick(rng, ['wqy', 'microhei', 'uming'])),
                         title_font=reg.get('title_font', pick(rng, ['ukai', 'wqy'])), copy=reg.get('copy', pick(rng, ['副本', '正本'])),
                         spaced=reg.get('spaced', rng.random() < 0.7))
                exp = [org['name'], org['code'], org['ltype']]
            else:
                s = dict(fmt='canvas_cert', org=org, font=reg.get('font', pick(rng, ['uming', 'wqy', 'ukai'])))
                exp = [org['name'], org['code']]
        else:
            blocks = C.cert_blocks(org)
            s = src(F('reg', pick(rng, ['html', 'rl', 'docx'])), blocks, rng, **reg.get('src', {}))
            exp = [org['name'], org['code']]
        out['reg'] = P.add(reg.get('path') or nm('reg'), 'registration_certificate', s, reg.get('post', ()), expect=exp)

    # 4 work plan with pledge and integrity letter
    if 'work' not in skip:
        work = work or {}
        mode = work.get('mode') or pick(rng, ['inside', 'separate', 'pledge_inside'])
        wb = C.work_plan(org, apps, rng, work.get('title'), work.get('mention_pledge', False))
        pb = C.pledge(org, rng, work.get('pledge_style', rng.randint(0, 3)))
        ib = C.integrity(org, rng, work.get('integrity_style', rng.randint(0, 2)))
        fmt = F('work', pick(rng, ['docx', 'html', 'rl', 'odt']))
        if mode == 'inside':
            out['work'] = P.add(work.get('path') or nm('work'), 'work_plan+pledge+integrity_letter',
                                src(fmt, wb + [('pagebreak',)] + pb + [('pagebreak',)] + ib, rng, **work.get('src', {})),
                                work.get('post', ()), expect=[org['name'], '工作方案', '责任书'])
        elif mode == 'pledge_inside':
            out['work'] = P.add(work.get('path') or nm('work'), 'work_plan+pledge',
                                src(fmt, wb + [('pagebreak',)] + pb, rng, **work.get('src', {})), work.get('post', ()),
                                expect=[org['name'], '工作方案'])
            if 'integrity' not in work.get('skip', ()):
                ifmt = work.get('integrity_fmt') or pick(rng, ['html', 'docx', 'rl'])
                out['integrity'] = P.add(work.get('integrity_path') or nm('integrity', 'docx' if ifmt == 'docx_keep' else 'pdf'),
                                         'integrity_letter', src(ifmt, ib, rng), work.get('integrity_post', ()))
        else:
            out['work'] = P.add(work.get('path') or nm('work'), 'work_plan', src(fmt, wb, rng, **work.get('src', {})),
                                work.get('post', ()), expect=[org['name'], '工作方案'])
            if 'pledge' not in work.get('skip', ()):
                pfmt = work.get('pledge_fmt') or pick(rng, ['html', 'docx', 'rl'])
                out['pledge'] = P.add(work.get('pledge_path') or nm('pledge', 'docx' if pfmt == 'docx_keep' else 'pdf'),
                                      'pledge', src(pfmt, pb, rng), work.get('pledge_post', ()))
            if 'integrity' not in work.get('skip', ()):
                ifmt = work.get('integrity_fmt') or pick(rng, ['html', 'docx', 'rl'])
                out['integrity'] = P.add(work.get('integrity_path') or nm('integrity', 'docx' if ifmt == 'docx_keep' else 'pdf'),
                                         'integrity_letter', src(ifmt, ib, rng), work.get('integrity_post', ()))

    # 5 implementation plan, evaluation plans, sample papers
    if 'impl' not in skip:
        impl = impl or {}
        out.update(implementation(P, nm, impl, F))

    # 6 others
    for o in others:
        out.setdefault('others', []).append(add_other(P, nm, o))
    return out


def implementation(P, nm, impl, F=lambda r, d: d):
    rng = P.rng
    org, apps = P.org, P.apps
    mode = impl.get('mode') or pick(rng, ['all', 'eval_in', 'sep'])
    layout = impl.get('samples') or pick(rng, ['perset', 'perlevel'])
    sstyle = impl.get('sample_style') or pick(rng, ['paren', 'bare', 'juan', 'tao', 'shijuan', 'moni'])
    estyle = impl.get('eval_style', rng.randint(0, 3))
    lvs = impl.get('lvstyle', pick(rng, ['plain', 'slash', 'paren']))
    skip_sets = set(impl.get('skip_sets', ()))
    skip_eval = set(impl.get('skip_eval', ()))
    fmt = F('impl', pick(rng, ['docx', 'html', 'rl', 'odt', 'fodt']))
    sfmt = impl.get('sample_fmt') or pick(rng, ['docx', 'html', 'rl'])
    head = C.implementation_plan_head(org, apps, rng, impl.get('title'))
    add = impl.get('adder') or P.add
    out = {}

    def sets_for(a, lvl, short=False):
        bl = []
        kinds = 0
        for idx in (1, 2):
            if (a['code'], a['gz'], lvl, idx) in skip_sets or (a['code'], lvl, idx) in skip_sets:
                continue
            st = ('shortparen' if sstyle in ('paren', 'moni') else 'short') if short else sstyle
            bl += C.sample_set(a, lvl, idx, rng, st, lvs)
            kinds += 1
        return bl, kinds

    def eval_for(a, lvl):
        if (a['code'], lvl) in skip_eval:
            return []
        return C.evaluation_plan(a, lvl, rng, estyle)

    if mode == 'all':
        b = list(head)
        n = 4
        b.append(('h', '%s、各等级评价方案' % C.CN[n]))
        for a in apps:
            for lvl in sorted(a['levels'], reverse=True):
                b += eval_for(a, lvl)
        b.append(('pagebreak',))
        b.append(('title', impl.get('samples_title', '样题')))
        for a in apps:
            for lvl in sorted(a['levels'], reverse=True):
                if impl.get('level_headings'):
                    b.append(('h', '%s %s' % (a['full'], C.lv(lvl, 'slash'))))
                    sb, _ = sets_for(a, lvl, short=True)
                else:
                    sb, _ = sets_for(a, lvl)
                b += sb
        out['impl'] = add(impl.get('path') or nm('impl'), 'implementation_plan+evaluation_plan+sample_paper',
                          src(fmt, b, rng, **impl.get('src', {})), impl.get('post', ()),
                          expect=[org['name'], '实施方案'])
        return out
    if mode == 'eval_in':
        b = list(head)
        b.append(('h', '四、评价方案'))
        for a in apps:
            for lvl in sorted(a['levels'], reverse=True):
                b += eval_for(a, lvl)
        out['impl'] = add(impl.get('path') or nm('impl'), 'implementation_plan+evaluation_plan',
                          src(fmt, b, rng, **impl.get('src', {})), impl.get('post', ()), expect=[org['name'], '实施方案'])
    else:
        out['impl'] = add(impl.get('path') or nm('impl'), 'implementation_plan', src(fmt, head, rng, **impl.get('src', {})),
                          impl.get('post', ()), expect=[org['name'], '实施方案'])
        efmt = impl.get('eval_fmt') or pick(rng, ['docx', 'html', 'rl'])
        out['evals'] = []
        for a in apps:
            for lvl in sorted(a['levels'], reverse=True):
                eb = eval_for(a, lvl)
                if not eb:
                    continue
                out['evals'].append(add(nm('eval', app=a, level=lvl), 'evaluation_plan', src(efmt, eb, rng, **small(efmt, rng)), (),
                                        expect=[a['full']]))
    out['samples'] = []
    for a in apps:
        for lvl in sorted(a['levels'], reverse=True):
            if layout == 'perlevel':
                sb, k = sets_for(a, lvl)
                if k:
                    out['samples'].append(add(nm('sample', app=a, level=lvl), 'sample_paper', src(sfmt, sb, rng, **small(sfmt, rng)), (),
                                              expect=[a['full']]))
            else:
                for idx in (1, 2):
                    if (a['code'], a['gz'], lvl, idx) in skip_sets or (a['code'], lvl, idx) in skip_sets:
                        continue
                    sb = C.sample_set(a, lvl, idx, rng, sstyle, lvs)
                    out['samples'].append(add(nm('sample', app=a, level=lvl, idx=idx), 'sample_paper',
                                              src(sfmt, sb, rng, **small(sfmt, rng)), (), expect=[a['full']]))
    return out


def add_other(P, nm, o):
    rng = P.rng
    kind = o['kind']
    if kind == 'site_photo':
        return P.add(o.get('path') or nm('other', 'jpg', name=o.get('name', '考场照片')), 'other',
                     dict(fmt='site_photo'), (), expect=[])
    if kind == 'floorplan':
        return P.add(o.get('path') or nm('other', name=o.get('name', '考核点平面图')), 'other', dict(fmt='floorplan'), (),
                     expect=[])
    blocks = C.other_doc(P.org, kind, rng)
    fmt = o.get('fmt') or pick(rng, ['html', 'docx', 'rl'])
    return P.add(o.get('path') or nm('other', name=o.get('name', {'experts': '专家名单', 'equipment': '设备清单', 'intro': '单位简介'}[kind])),
                 'other', src(fmt, blocks, rng), o.get('post', ()), expect=[P.org['name']] if kind != 'experts' else [])
