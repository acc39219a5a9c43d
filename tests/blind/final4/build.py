"""Package assembly: standard material sets, rendering pipeline, zips and key entries."""
import os, io, json, random, shutil, subprocess, zipfile, html as _html
import lib
from content import *

CATALOGUE = {}
for line in """3-01-01-02 政务服务办事员 54 3
4-03-02-10 调饮师 54321
4-03-02-11 食品安全管理师 54321
4-04-04-02 网络与信息安全管理师（数据安全管理员） 4321
4-04-05-10 数字孪生应用技术员 54321
4-07-02-04 信用管理师 4321
4-08-08-04 色彩搭配师 4321
4-09-07-04 碳排放管理员 5
4-09-07-04 碳排放管理员（碳排放核算员） 4321
4-09-08-01 保洁员 543
4-14-01-02 医疗护理员 54321
4-14-02-01 营养师（公共营养师） 4321
6-11-01-03 化工总控工 54321
6-12-03-00 药物制剂工（片剂制备） 54321
6-12-03-00 药物制剂工（颗粒剂制备） 54321
6-18-01-13 增材制造设备操作员 54321
6-29-03-04 管工 54321""".splitlines():
    parts = line.split()
    CATALOGUE[(parts[0], parts[1])] = {int(c) for c in ''.join(parts[2:])}

KIND_ORDER = ['application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report',
              'registration_certificate', 'work_plan', 'pledge', 'integrity_letter', 'implementation_plan',
              'evaluation_plan', 'sample_paper', 'other']
STAMPED = {'industry_letter', 'district_letter', 'registration_certificate', 'pledge', 'integrity_letter'}

PRODUCER_DESC = {
    'docx:A': 'python-docx template A (Noto Serif CJK SC, merged-cell tables) -> LibreOffice 7.4 writer_pdf_Export',
    'docx:B': 'python-docx template B (WenQuanYi Zen Hei, header line) -> LibreOffice 7.4 writer_pdf_Export',
    'docx:C': 'python-docx template C (AR PL UMing, wide margins) -> LibreOffice 7.4 writer_pdf_Export',
    'docx:D': 'python-docx template D (Noto Sans CJK SC, organisation header) -> LibreOffice 7.4 writer_pdf_Export',
    'docx:E': 'python-docx template E (AR PL UKai) -> LibreOffice 7.4 writer_pdf_Export',
    'fodt': 'hand-written flat ODT (.fodt, covered-cell tables, embedded seal image) -> LibreOffice 7.4',
    'html:gov': 'HTML (Noto Serif CJK, red letterhead) -> Chromium headless print-to-pdf',
    'html:kai': 'HTML (AR PL UKai) -> Chromium headless print-to-pdf',
    'html:sans': 'HTML (Noto Sans CJK) -> Chromium headless print-to-pdf',
    'html:wqy': 'HTML (WenQuanYi Zen Hei) -> Chromium headless print-to-pdf',
    'html:ming': 'HTML (AR PL UMing) -> Chromium headless print-to-pdf',
    'rl:WQY': 'reportlab platypus, embedded TrueType WenQuanYi Zen Hei (subset)',
    'rl:UKAI': 'reportlab platypus, embedded TrueType AR PL UKai (subset)',
    'rl:UMING': 'reportlab platypus, embedded TrueType AR PL UMing (subset)',
    'rl:STSong-Light': 'reportlab platypus, non-embedded CID font STSong-Light',
    'cert:UKAI': 'reportlab canvas certificate layout at coordinates, embedded AR PL UKai, vector seal',
    'cert:WQY': 'reportlab canvas certificate layout at coordinates, embedded WenQuanYi Zen Hei, vector seal',
    'keepdocx:A': 'python-docx .docx left as a Word file',
    'keepdocx:D': 'python-docx .docx left as a Word file (e-seal picture pasted)',
    'site': 'Pillow-drawn JPEG photo',
}
POST_DESC = {
    None: '', 'gs': ' -> Ghostscript pdfwrite re-distilled',
    'scan': ' -> pdftoppm 150 dpi grayscale, skew+speckle (Pillow), JPEG q50 -> img2pdf (image only)',
    'scancolor': ' -> pdftoppm 150 dpi colour, skew (Pillow), JPEG q50 -> img2pdf (image only)',
    'poor': ' -> pdftoppm 60 dpi, blurred, faint, rotated 3 deg, JPEG q25 -> img2pdf (poor scan, image only)',
    'poor2': ' -> pdftoppm 90 dpi, heavy speckle, faint, blurred, JPEG q22 -> img2pdf (poor scan, image only)',
    'ocr_rl': ' -> 150 dpi grayscale scan image + invisible text layer (reportlab render mode 3)',
    'ocrmypdf': ' -> 150 dpi grayscale scan via img2pdf -> ocrmypdf -l chi_sim (OCR text layer)',
    'tiff': ' -> 200 dpi bilevel multi-page CCITT G4 TIFF -> img2pdf (image only)',
    'photo': ' -> rendered 80 dpi, phone-photo perspective, dim, blurred JPEG',
    'photo_ok': ' -> rendered 110 dpi, phone-photo with slight perspective JPEG',
    'encrypt': ' -> qpdf AES-256 user password',
    'corrupt': ' -> truncated to 45 % of its bytes',
}
TEXT_OF_POST = {None: 'text', 'gs': 'text', 'scan': 'none', 'scancolor': 'none', 'poor': 'poor', 'poor2': 'poor',
                'ocr_rl': 'ocr_layer', 'ocrmypdf': 'ocr_layer', 'tiff': 'none', 'photo': 'poor', 'photo_ok': 'none',
                'encrypt': 'encrypted', 'corrupt': 'corrupt'}


def mk_org(rng, name, kind, div, rep, addr, site, founded, district, prefix=None, body8=None, **kw):
    prefix = prefix or {'company': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[kind]
    if body8 is None:
        al = '0123456789ABCDEFGHJKLMNPQRTUWXY'
        body8 = ('MA1' if prefix == '91' else ('MJ' if prefix in ('51', '52') else '')) 
        body8 += ''.join(rng.choice(al if prefix != '12' else '0123456789') for _ in range(8 - len(body8)))
    code = lib.make_code(prefix, div, body8)
    o = dict(name=name, kind=kind, code=code, rep=rep, addr=addr, site=site, founded=founded, district=district)
    o.setdefault('authority', {'company': f'{district}市场监督管理局', 'branch': f'{district}市场监督管理局',
                               'minfei': f'{district}民政局', 'shetuan': '上海市民政局', 'shiye': '上海市事业单位登记管理局'}[kind])
    o['type'] = '有限责任公司（自然人投资或控股）'
    o['scope'] = '职业技能培训（不含需取得许可审批的项目）；人力资源服务；技术服务、技术开发、技术咨询。'
    o['capital'] = '人民币500.0000万元' if kind in ('company', 'branch') else '人民币50万元'
    o['term'] = '长期' if kind in ('company', 'branch') else '2021年6月3日至2026年6月2日'
    o['sponsor'] = '上海市人力资源和社会保障局'
    o['regdate'] = '2023年5月16日'
    o.update(kw)
    return o


def app(code, name, levels, **kw):
    d = dict(code=code, name=name, levels=list(levels))
    d.update(kw)
    return d


# ------------------------------------------------------------------ standard material set
def std(P):
    """Build the doc list of a package from its options. Returns list of doc dicts."""
    o, A, rng, opt = P['org'], P['apps'], P['rng'], P['opt']
    names = opt.get('names', {})
    prod = opt.get('prod', {})
    post = opt.get('post', {})
    folders = opt.get('folders', {})
    dd = opt.get('dates', {})
    docs = []

    def add(key, kind, blocks, default_name, producer, seal=None, **kw):
        d = dict(key=key, kind=kind, blocks=blocks, name=names.get(key, default_name), folder=folders.get(key, folders.get(kind.split('+')[0], '')),
                 producer=prod.get(key, producer), post=post.get(key), seal=seal if seal is not None else any(b[0] == 'seal' for b in blocks if isinstance(b, tuple)))
        d.update(kw)
        docs.append(d)
        return d

    f = opt.get('form', {})
    add('form', 'application_form', app_form(o.get('form_org', o), A, f.get('style', 'grid_ticks'), rng, prev=f.get('prev'),
                                             date=f.get('date', '2025年1月18日')),
        '申请表.pdf', 'docx:A', landscape=f.get('landscape', False))
    il = opt.get('ind', {})
    add('ind', 'industry_letter', industry_letter(o, il['issuer'], il['docno'], il.get('date', '二〇二五年一月十日'), il.get('style', 'formal'),
                                                  rec_name=il.get('rec_name'), rec_code=il.get('rec_code'), seal=il.get('seal', True),
                                                  parent=il.get('parent', False), topic=il.get('topic', '')),
        '行业主管部门推荐函.pdf', 'html:gov')
    dl = opt.get('dist', {})
    add('dist', 'district_letter', district_letter(o, dl['bureau'], dl['docno'], dl.get('date', '2025年1月13日'), dl.get('style', 'formal'),
                                                   short_sign=dl.get('short'), letterhead=dl.get('letterhead'), seal=dl.get('seal', True)),
        '区人社局推荐函.pdf', 'docx:B')
    cr = opt.get('credit', {})
    add('credit', 'credit_report', credit_report(o, cr.get('style', 'sh'), cr.get('pen', 0), cr.get('dis', 0), rng=rng,
                                                 no=cr.get('no', f'XY31{rng.randrange(10**11, 10**12)}')),
        '信用报告.pdf', 'rl:STSong-Light' if cr.get('style', 'sh') == 'sh' else 'html:sans')
    au = opt.get('audit', {})
    firm = au.get('firm', rng.choice(FIRMS))
    for y in au.get('years', [2023, 2022]):
        cp = rng.sample(CPAS, 2)
        add(f'audit{y}', 'audit_report',
            audit_report(o, y, firm, f'沪{firm[2:4]}审字（{y + 1}）第{rng.randrange(100, 2000):04d}号', rng,
                         yearfmt=au.get('yearfmt', 'arabic'), cover=au.get('cover', False),
                         nonprofit=o['kind'] in ('minfei', 'shetuan'), cpas=cp),
            f'{y}年度审计报告.pdf', 'rl:WQY')
    rg = opt.get('reg', {})
    rblocks = registration_blocks(o)
    if not rg.get('seal', True):
        rblocks = [b for b in rblocks if b[0] != 'seal']
    add('reg', 'registration_certificate', rblocks, {'company': '营业执照.pdf', 'branch': '营业执照.pdf'}.get(o['kind'], '登记证书.pdf'),
        'cert:UKAI', seal=rg.get('seal', True))
    wp = opt.get('wp', {})
    dc = dd.get('pledge', '2025年1月16日')
    wpb = work_plan(o, A, cover=wp.get('cover', False), toc=wp.get('toc', False), decoupled=o['kind'] == 'shetuan',
                    mention_pledge=wp.get('mention_pledge', False))
    pl = pledge(o, dc, seal=wp.get('pledge_seal', True))
    it = integrity(o, dc, seal=wp.get('integ_seal', True))
    g = wp.get('group', 'separate')
    if g == 'all_in':
        add('wp', 'work_plan+pledge+integrity_letter', wpb + [('pb',)] + pl + [('pb',)] + it, '工作方案.pdf', 'docx:C')
    elif g == 'pledge_in':
        add('wp', 'work_plan+pledge', wpb + [('pb',)] + pl, '工作方案.pdf', 'docx:C')
        add('integ', 'integrity_letter', it, '廉洁责任书.pdf', 'html:kai')
    else:
        add('wp', 'work_plan', wpb, '工作方案.pdf', 'docx:C')
        if not wp.get('no_pledge'):
            add('pledge', 'pledge', pl, '承诺书.pdf', 'html:kai')
        if not wp.get('no_integ'):
            add('integ', 'integrity_letter', it, '廉洁责任书.pdf', 'html:kai')
    # implementation plan, evaluation plans, samples
    ip = opt.get('impl', {})
    sstyle = ip.get('sstyle', 'paren')
    skip = set(ip.get('skip', []))
    sep_sets = ip.get('sep', {})  # (ai, level, set) -> dict(post=..., name=..., producer=...)
    impl_b = impl_plan(o, A, cover=ip.get('cover', False))
    evals = [(ai, eval_plan(a, a['levels'], ip.get('etitle', 'plain'))) for ai, a in enumerate(A)]
    samples = []
    for ai, a in enumerate(A):
        for n in sorted(a['levels'], reverse=True):
            for s in (1, 2):
                if (ai, n, s) in skip:
                    continue
                samples.append((ai, n, s, sample_set(a, n, s, sstyle, rng)))
    eg, sg = ip.get('evals', 'in_impl'), ip.get('samples', 'per_level')
    impl_blocks, impl_kinds = impl_b, ['implementation_plan']
    if eg == 'in_impl':
        for ai, b in evals:
            impl_blocks = impl_blocks + [('pb',)] + b
        impl_kinds.append('evaluation_plan')
    main_samples = [x for x in samples if (x[0], x[1], x[2]) not in sep_sets]
    if sg == 'in_impl':
        for (ai, n, s, b) in main_samples:
            impl_blocks = impl_blocks + [('pb',)] + b
        impl_kinds.append('sample_paper')
    ifold = folders.get('impl', '')
    add('impl', '+'.join(impl_kinds), impl_blocks, '实施方案.pdf', 'fodt')
    if eg == 'per_app':
        for ai, b in evals:
            add(f'eval{ai}', 'evaluation_plan', b, f'{A[ai]["name"]}评价方案.pdf', prod.get('eval', 'docx:D'))
    elif eg == 'one_file':
        bb = []
        for ai, b in evals:
            bb += ([('pb',)] if bb else []) + b
        add('evals', 'evaluation_plan', bb, '各等级评价方案.pdf', prod.get('eval', 'docx:D'))
    sname = ip.get('sname', lambda a, n, s: f'{a["name"]}{lv(n)}样题{"" if s is None else s}.pdf')
    if sg == 'per_level':
        for ai, a in enumerate(A):
            for n in sorted(a['levels'], reverse=True):
                bb = []
                for (xi, xn, xs, b) in main_samples:
                    if xi == ai and xn == n:
                        bb += ([('pb',)] if bb else []) + b
                if bb:
                    add(f's{ai}_{n}', 'sample_paper', bb, sname(a, n, None), prod.get('sample', 'rl:UMING'))
    elif sg == 'per_set':
        for (ai, n, s, b) in main_samples:
            add(f's{ai}_{n}_{s}', 'sample_paper', b, sname(A[ai], n, s), prod.get('sample', 'rl:STSong-Light'))
    elif sg == 'per_app':
        for ai, a in enumerate(A):
            bb = []
            for (xi, xn, xs, b) in main_samples:
                if xi == ai:
                    bb += ([('pb',)] if bb else []) + b
            add(f's{ai}', 'sample_paper', bb, sname(a, 0, None) if 'sname' in ip else f'{a["name"]}样题汇总.pdf', prod.get('sample', 'rl:UMING'))
    for (ai, n, s), spec in sep_sets.items():
        b = [x for x in samples if x[:3] == (ai, n, s)][0][3]
        d = add(f'sep{ai}_{n}_{s}', 'sample_paper', b, spec['name'], spec.get('producer', 'rl:WQY'))
        d['post'] = spec.get('post')
    for ex in opt.get('extras', []):
        d = dict(key=ex['key'], kind='other', blocks=ex.get('blocks'), name=ex['name'], folder=ex.get('folder', folders.get('other', '')),
                 producer=ex['producer'], post=ex.get('post'), seal=False)
        docs.append(d)
    for k in opt.get('drop', []):
        docs[:] = [d for d in docs if d['key'] != k]
    return docs


# ------------------------------------------------------------------ rendering
def collapse(kinds):
    out = []
    for k in kinds.split('+'):
        if not out or out[-1] != k:
            out.append(k)
    return '+'.join(out)


def render_all(packages, work):
    lo_in = os.path.join(work, 'lo')
    os.makedirs(lo_in, exist_ok=True)
    jobs = []
    for P in packages:
        for i, d in enumerate(P['docs']):
            d['uid'] = f'{P["id"]}_{i:02d}'
            base = os.path.join(work, d['uid'])
            pr = d['producer']
            d['src_pdf'] = base + '.pdf'
            if pr.startswith('docx:') or pr.startswith('keepdocx:'):
                tpl = pr.split(':')[1]
                path = os.path.join(lo_in, d['uid'] + '.docx')
                lib.render_docx(d['blocks'], path, tpl, landscape=d.get('landscape', False),
                                header_text=(P['org']['name'] if tpl == 'D' else None),
                                footer_text=d.get('footer'))
                if pr.startswith('keepdocx:'):
                    d['final'] = path
                else:
                    jobs.append(path)
            elif pr == 'fodt':
                path = os.path.join(lo_in, d['uid'] + '.fodt')
                lib.render_fodt(d['blocks'], path, font=d.get('font', 'Noto Sans CJK SC'))
                jobs.append(path)
            elif pr.startswith('html:'):
                hp = base + '.html'
                open(hp, 'w', encoding='utf-8').write(lib.render_html(d['blocks'], pr.split(':')[1], landscape=d.get('landscape', False),
                                                                      css_seals=d.get('css_seals', False)))
                lib.chromium_pdf(hp, d['src_pdf'])
            elif pr.startswith('rl:'):
                lib.render_rl(d['blocks'], d['src_pdf'], font=pr.split(':')[1], landscape=d.get('landscape', False))
            elif pr.startswith('cert:'):
                render_cert_rl(P['org'] if not d.get('cert_org') else d['cert_org'], d['src_pdf'], font=pr.split(':')[1],
                               seal=d['seal'])
            elif pr == 'site':
                d['final'] = base + '.jpg'
                lib.site_photo(d['final'], P['rng'])
            else:
                raise ValueError(pr)
    # LibreOffice in one call (slow to start)
    lib.soffice_convert(jobs, work)
    for P in packages:
        for d in P['docs']:
            if d['producer'].startswith('docx:') or d['producer'] == 'fodt':
                assert os.path.exists(d['src_pdf']), d['src_pdf']
    # post-processing
    for P in packages:
        rng = random.Random(P['seed'] * 7 + 1)
        for d in P['docs']:
            if 'final' in d:
                continue
            p, src = d['post'], d['src_pdf']
            out = src.replace('.pdf', '.final.pdf')
            if p is None:
                out = src
            elif p == 'gs':
                lib.gs_redistill(src, out)
            elif p == 'scan':
                lib.scan_legible(src, out, rng)
            elif p == 'scancolor':
                lib.scan_legible(src, out, rng, color=True)
            elif p in ('poor', 'poor2'):
                lib.scan_poor(src, out, rng, 'lowdpi' if p == 'poor' else 'speckle')
            elif p == 'ocr_rl':
                lib.scan_with_rl_textlayer(src, out, rng)
            elif p == 'ocrmypdf':
                lib.scan_ocrmypdf(src, out, rng)
            elif p == 'tiff':
                lib.scan_tiff_g4(src, out)
            elif p in ('photo', 'photo_ok'):
                out = src.replace('.pdf', '.jpg')
                lib.phone_photo(src, out, rng, legible=(p == 'photo_ok'))
            elif p == 'encrypt':
                lib.qpdf_encrypt(src, out)
            elif p == 'corrupt':
                lib.truncate(src, out)
            d['final'] = out


def text_state(d):
    if d['producer'].startswith('keepdocx:'):
        return 'editable'
    if d['producer'] == 'site':
        return 'none'
    return TEXT_OF_POST[d['post']]


def producer_desc(d):
    return PRODUCER_DESC[d['producer']] + POST_DESC[d['post']]


def entry_path(d):
    return (d['folder'] + d['name']) if d['folder'] else d['name']


def assemble(P, outdir):
    zopt = P['opt'].get('zip', {})
    enc, flag = zopt.get('enc', 'gbk'), zopt.get('flag', False)
    top = zopt.get('top', '')
    nested = zopt.get('nested')  # dict(name='实施方案.zip', inner_top='实施方案/', keys=[...])
    entries, nested_entries = [], []
    dirs = set()
    key_docs = []
    for d in P['docs']:
        data = open(d['final'], 'rb').read()
        ep = entry_path(d)
        if nested and d['key'] in nested['keys']:
            nested_entries.append((nested['inner_top'] + ep, data))
            kp = nested['name'] + '/' + nested['inner_top'] + ep
        else:
            full = top + ep
            if zopt.get('dirs', True):
                parts = full.split('/')[:-1]
                for i in range(1, len(parts) + 1):
                    dp = '/'.join(parts[:i]) + '/'
                    if dp not in dirs:
                        dirs.add(dp)
                        entries.append((dp, None))
            entries.append((full, data))
            kp = full
        key_docs.append(dict(path=kp, kind=collapse(d['kind']), producer=producer_desc(d), text=text_state(d),
                             seal=bool(d['seal'])))
    if nested:
        inner = lib.zip_bytes([(nested['inner_top'], None)] + nested_entries, enc, flag)
        entries.append((top + nested['name'], inner))
        for kd in key_docs:
            if kd['path'].startswith(nested['name'] + '/'):
                kd['path'] = top + kd['path']
    if zopt.get('macosx'):
        for (n, data) in list(entries):
            if data is not None and not n.endswith('/'):
                dn, bn = os.path.split(n)
                entries.append(('__MACOSX/' + (dn + '/' if dn else '') + '._' + bn,
                                b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 40))
        entries.append((top + '.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 60))
    zp = os.path.join(outdir, P['zipname'])
    lib.write_zip(zp, entries, enc, flag)
    return key_docs
