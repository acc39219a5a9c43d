#!/usr/bin/env python3
"""Regenerates the final16 blind corpus: packages/*.zip, key.json (and build/ intermediates).
Deterministic content (seeded random). Usage: python3 generate.py"""
import os, sys, json, random, shutil, zipfile, io, struct, time
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_render as R
import gen_post as X
import gen_content as T
from gen_content import LV, LVN

BUILD = os.path.join(HERE, 'build'); PKGDIR = os.path.join(HERE, 'packages')
random.seed(16016)

# ------------------------------------------------------------ credit codes (GB 32100 / GB 11714)
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"; C31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def orgcheck(s8):
    v = 11 - sum(ALNUM.index(c) * w for c, w in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return 'X' if v == 10 else ('0' if v == 11 else str(v))
def check18(s17):
    W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    return C31[(31 - sum(C31.index(c) * w for c, w in zip(s17, W)) % 31) % 31]
def code_ok(c):
    return len(c) == 18 and orgcheck(c[8:16]) == c[16] and check18(c[:17]) == c[17]
def mkcode(prefix, region, org8, bad=False):
    s17 = prefix + region + org8 + orgcheck(org8)
    ch = check18(s17)
    if bad:
        ch = C31[(C31.index(ch) + 7) % 31]
    return s17 + ch
for _c, _v in [("91310115MA1FL0A00C", True), ("52310104MJ5K3L7D1F", True), ("123100004250018698", True),
               ("91310115MA1FL0A00D", False), ("52310104MJ5K3L7D0C", False)]:
    assert code_ok(_c) == _v, _c

# ------------------------------------------------------------ notice scope
OCC = {}
for line in open('/work/shared/notice-2024-447.txt', encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if len(p) == 4 and p[0].isdigit():
        OCC[p[2]] = (p[1], [int(x) for x in p[3].split('、')])
def occ(name):
    return OCC[name]

DIST_ABBR = {'黄浦区': '黄', '徐汇区': '徐', '长宁区': '长', '静安区': '静', '普陀区': '普', '虹口区': '虹', '杨浦区': '杨', '闵行区': '闵',
             '宝山区': '宝', '嘉定区': '嘉', '浦东新区': '浦', '金山区': '金', '松江区': '松', '青浦区': '青', '奉贤区': '奉', '崇明区': '崇'}
REGION = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107', '虹口区': '310109',
          '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114', '浦东新区': '310115', '金山区': '310116',
          '松江区': '310117', '青浦区': '310118', '奉贤区': '310120', '崇明区': '310151'}

FIRMS = [dict(name='上海申诚会计师事务所（特殊普通合伙）', prefix='沪申诚审字', cpas=('王立群', '陈晓燕')),
         dict(name='上海明信会计师事务所有限公司', prefix='明信会审字', cpas=('周建平', '李文婷')),
         dict(name='上海浦江华越会计师事务所有限公司', prefix='沪浦华审', cpas=('赵海', '孙佳颖')),
         dict(name='上海众汇联合会计师事务所（普通合伙）', prefix='众汇审字', cpas=('吴国强', '高敏')),
         dict(name='上海东信永和会计师事务所有限公司', prefix='东信审〔财〕', cpas=('郑凯', '何丽华'))]

PRODUCER = {
    'rl': 'reportlab (embedded TrueType subset, WenQuanYi Zen Hei)',
    'cid': 'reportlab (STSong-Light CID font, not embedded, UniGB-UCS2-H)',
    'docx': 'LibreOffice 7.4 writer_pdf_Export (from python-docx .docx)',
    'odt': 'LibreOffice 7.4 writer_pdf_Export (from odfpy .odt)',
    'html': 'Chromium headless --print-to-pdf (HTML/CSS, inline SVG seal)',
    'docxraw': 'python-docx (.docx, editable)',
    'cert': 'reportlab canvas (certificate drawn at coordinates)',
}

# ------------------------------------------------------------ package builder
class Pkg:
    def __init__(self, idx, org, apps, verdict, causes, defects, why, cfg):
        self.idx = idx; self.org = org; self.verdict = verdict; self.causes = causes; self.defects = defects
        self.why = why; self.cfg = cfg; self.entries = []; self.nested = {}
        self.dir = os.path.join(BUILD, 'X%02d' % idx); os.makedirs(self.dir, exist_ok=True)
        self.n = 0
        self.apps = apps
    def _src(self, stem):
        self.n += 1
        return os.path.join(self.dir, '%02d_%s' % (self.n, stem))
    def render(self, blocks, backend, stem='doc'):
        """returns (lazy path, producer)"""
        cfg = self.cfg
        if backend == 'rl':
            p = R.render_rl(blocks, self._src(stem + '.pdf'), 'ZH', base=cfg.get('rl_base', 11.5),
                            footer=cfg.get('footer'), header=cfg.get('header'))
            return R.lz(p), PRODUCER['rl']
        if backend == 'cid':
            p = R.render_rl(blocks, self._src(stem + '.pdf'), 'STSong-Light', base=cfg.get('rl_base', 11),
                            footer=cfg.get('footer'), header=cfg.get('header'))
            return R.lz(p), PRODUCER['cid']
        if backend in ('docx', 'docxraw'):
            d = R.render_docx(blocks, self._src(stem + '.docx'), font=cfg.get('docx_font', 'WenQuanYi Zen Hei'),
                              header=cfg.get('header'))
            if backend == 'docxraw':
                return R.lz(d), PRODUCER['docxraw']
            pdf = R.queue_lo(d)
            return R.Lazy(lambda: pdf), PRODUCER['docx']
        if backend == 'odt':
            d = R.render_odt(blocks, self._src(stem + '.odt'), font=cfg.get('odt_font', 'WenQuanYi Zen Hei'))
            pdf = R.queue_lo(d)
            return R.Lazy(lambda: pdf), PRODUCER['odt']
        if backend == 'html':
            h = R.render_html(blocks, self._src(stem + '.html'), css_extra=cfg.get('css', ''), font=cfg.get('html_font', 'WenQuanYi Zen Hei'))
            pdf = R.queue_chrome(h)
            return R.Lazy(lambda: pdf), PRODUCER['html']
        raise ValueError(backend)
    def post(self, lazy, producer, post, stem):
        """apply a post-processing step; returns (lazy, producer, text)"""
        if not post:
            return lazy, producer, 'text'
        kind = post[0]; kw = post[1] if len(post) > 1 else {}
        out = self._src(stem + ('.jpg' if kind in ('photo',) else '.pdf'))
        if kind == 'scan':
            dpi = kw.get('dpi', 150); g = kw.get('gray', False)
            return R.Lazy(lambda: X.scan(lazy(), out, seed=self.idx * 7 + self.n, **kw)), \
                'scan: pdftoppm → Pillow (%d dpi, %s, rotation/noise, JPEG) → img2pdf; source %s' % (dpi, 'grayscale' if g else 'colour', producer), 'none'
        if kind == 'faint':
            return R.Lazy(lambda: X.scan(lazy(), out, dpi=60, gray=True, faint=True, blur=1.6, quality=35, seed=self.idx)), \
                'unreadable scan: pdftoppm 60 dpi → Pillow (faint, blurred) → img2pdf', 'none'
        if kind == 'ocr':
            return R.Lazy(lambda: X.scan_ocr_layer(lazy(), out, seed=self.idx, gray=kw.get('gray', True))), \
                'scan image (Pillow JPEG) + invisible text layer (reportlab render mode 3); source %s' % producer, 'ocr-layer'
        if kind == 'ocrmypdf':
            mid = self._src(stem + '_img.pdf')
            return R.Lazy(lambda: X.ocrmypdf(X.scan(lazy(), mid, dpi=200, gray=True, seed=self.idx, rot=0.4, noise=2), out)), \
                'scan (200 dpi grayscale) + OCR text layer by ocrmypdf/tesseract chi_sim', 'ocr-layer'
        if kind == 'gs':
            return R.Lazy(lambda: X.gs_distill(lazy(), out)), 'Ghostscript pdfwrite re-distilled; source %s' % producer, 'text'
        if kind == 'encrypt':
            return R.Lazy(lambda: X.encrypt(lazy(), out)), 'pikepdf AES-256 encrypted with user password; source %s' % producer, 'encrypted'
        if kind == 'corrupt':
            return R.Lazy(lambda: X.truncate(lazy(), out)), 'truncated PDF (first 42%% of bytes); source %s' % producer, 'corrupt'
        if kind == 'photo':
            return R.Lazy(lambda: X.photo(lazy(), out, seed=self.idx, **kw)), \
                'phone photo JPEG (Pillow, tilt, uneven light%s)' % (', heavy blur, dark' if kw.get('blur', 0) > 2 else ''), 'none'
        raise ValueError(kind)
    def add(self, path, lazy, kind, producer, text, seal=None, expect=None):
        d = dict(path=path, kind=kind, producer=producer, text=text)
        if seal is not None:
            d['seal'] = seal
        self.entries.append((path, lazy, d, expect))
    def key_docs(self):
        return [e[2] for e in self.entries]

# ------------------------------------------------------------ the standard builder: one house style per package
SCHEMES = {
    'flat': dict(form='01-申请表', ind='02-行业主管部门推荐函', dist='03-区人社局推荐函', credit='04-信用报告', audit='05-{y}年度审计报告',
                 lic='06-营业执照复印件', work='07-职业技能等级认定工作方案', pledge='08-承诺书', integ='09-廉洁责任书',
                 impl='10-项目实施方案', eval='11-评价方案（{occ}）', sample='12-样题/{occ}{lv}{set}', extra='13-其他材料/{x}'),
    'folders': dict(form='1.申请表/社会培训评价组织征集遴选申请表', ind='2.推荐函/行业主管部门推荐函', dist='2.推荐函/考核点所在区人社部门推荐函',
                    credit='3.信用佐证/信用报告', audit='3.信用佐证/{y}年财务审计报告', lic='3.信用佐证/法人登记证书',
                    work='4.工作方案/工作方案', pledge='4.工作方案/承诺书', integ='4.工作方案/廉洁责任书',
                    impl='5.实施方案/实施方案', eval='5.实施方案/评价方案_{occ}', sample='5.实施方案/样题/{occ}/{lv}_{set}', extra='6.其他/{x}'),
    'scanner': dict(form='scan_001', ind='IMG_20250116_0001', dist='IMG_20250116_0002', credit='附件4', audit='附件5-{y}',
                    lic='scan_003', work='附件7', pledge='scan_004', integ='scan_005', impl='附件9', eval='附件10-{occ}',
                    sample='样题/{occ}-{lv}-{set}', extra='其他/{x}'),
    'word': dict(form='新建 Microsoft Word 文档', ind='推荐函（行业）', dist='推荐函（区人社）', credit='信用报告', audit='审计报告{y}',
                 lic='营业执照', work='工作方案（含承诺书、廉洁责任书）', pledge='承诺书', integ='廉洁责任书', impl='实施方案',
                 eval='{occ}评价方案', sample='试题/{occ}{lv}{set}', extra='附件/{x}'),
}

def short(nm):
    a, b = T.occ_split(nm)
    return b or a

def build_std(P, cfg):
    """P: Pkg. cfg: house-style and defect toggles."""
    o = P.org
    sch = dict(SCHEMES[cfg.get('scheme', 'flat')]); sch.update(cfg.get('names', {}))
    root = cfg.get('root', '')
    be = cfg.get('be', 'rl')
    def bk(mat):
        return cfg.get('be_' + mat, be)
    posts = cfg.get('post', {})
    missing = set(cfg.get('missing', []))
    noseal = set(cfg.get('noseal', []))
    expect = cfg.get('expect', {})
    ctx = dict(idx=P.idx, org=o, date=cfg['date'], apps_form=cfg['apps_form'], apps_eval=cfg.get('apps_eval', cfg['apps_form']),
               site_addr=cfg['site_addr'], intro=cfg['intro'], numbers=cfg['numbers'],
               seal=R.seal_png(o['name'], '', color=(214, 30, 36)), tick_on=cfg.get('tick_on', '☑'), tick_off=cfg.get('tick_off', '□'),
               ind=cfg['ind'], ind_date=cfg.get('ind_date', (2025, 1, 10 + P.idx % 6)), ind_seal=R.seal_png(cfg['ind']['issuer']),
               dist=cfg['dist'], dist_date=cfg.get('dist_date', (2025, 1, 9 + P.idx % 8)), dist_seal=R.seal_png(cfg['dist']['issuer']),
               credit=cfg['credit'], credit_date=cfg.get('credit_date', (2025, 1, 6 + P.idx % 10)),
               credit_seal=R.seal_png('上海市公共信用信息服务中心', '', color=(214, 30, 36)),
               firm=cfg['firm'], firm_seal=R.seal_png(cfg['firm']['name']))
    parts = {}   # material -> (lazy, producer, text, kinds, seal)
    bigset = set(cfg.get('bigpdf', {}).get('mats', []))
    def ext_of(backend, post):
        if post and post[0] == 'photo': return '.jpg'
        return '.docx' if backend == 'docxraw' else '.pdf'
    def emit(mat, key, blocks, kind, seal=None, fill=None):
        if mat in missing: return
        b = bk(mat); post = posts.get(mat)
        if mat in noseal:
            blocks = [x if x[0] != 'sig' else (x[0], x[1], None) + tuple(x[3:]) for x in blocks]
            seal = False if seal is not None else None
        if b == 'docxraw':
            blocks = [x if x[0] != 'sig' else (x[0], x[1], None) + tuple(x[3:]) for x in blocks]
            if seal is not None: seal = False
        lazy, prod = P.render(blocks, b, stem=mat)
        lazy, prod, text = P.post(lazy, prod, post, mat + '_p')
        path = root + sch[key].format(**(fill or {})) + ext_of(b, post)
        if mat in bigset:
            parts[mat] = (lazy, prod, text, kind, seal); return
        P.add(path, lazy, kind, prod, text, seal, expect.get(mat, o['name'] if text == 'text' else None))
    # 1 application form
    emit('form', 'form', T.form_blocks(ctx, cfg['form']), 'application_form')
    if 'form' in expect: pass
    # 2 letters
    emit('ind', 'ind', T.ind_letter_blocks(ctx, cfg['ind_v']), 'industry_letter', seal=True)
    emit('dist', 'dist', T.dist_letter_blocks(ctx, cfg['dist_v']), 'district_letter', seal=True)
    # 3 credit, audits, licence
    emit('credit', 'credit', T.credit_blocks(ctx, cfg['credit_v']), 'credit_report')
    for y in cfg.get('audit_years', (2022, 2023)):
        av = cfg.get('audit_v', ['std', 'std'])
        v = av[0] if y <= 2022 else av[1]
        emit('audit%d' % y, 'audit', T.audit_blocks(ctx, y, v), 'audit_report', fill={'y': y})
    if 'lic' not in missing:
        lk = cfg.get('lic_kind', 'licence_copy')
        src = os.path.join(P.dir, 'licence.pdf')
        stamped = 'lic' not in noseal
        X.certificate(src, lk, o['lic'], font='ZH', copy_seal=ctx['seal'] if stamped else None, seed=P.idx)
        post = posts.get('lic')
        lazy, prod, text = P.post(R.lz(src), PRODUCER['cert'], post, 'lic_p')
        path = root + sch['lic'] + ('.jpg' if post and post[0] == 'photo' else '.pdf')
        if 'lic' in bigset:
            parts['lic'] = (lazy, prod, text, 'registration_certificate', stamped)
        else:
            P.add(path, lazy, 'registration_certificate', prod, text, stamped, o['name'] if text == 'text' else None)
    # 4 work plan + pledge + integrity
    wv = cfg.get('pledge_v', P.idx % 2)
    if cfg.get('combine_work'):
        blocks = T.work_plan_blocks(ctx) + [('pb',)] + T.pledge_blocks(ctx, wv, 'pledge' not in noseal) + [('pb',)] + T.integrity_blocks(ctx, 1 - wv, 'integ' not in noseal)
        emit('work', 'work', blocks, 'work_plan+pledge+integrity_letter', seal='pledge' not in noseal)
    else:
        emit('work', 'work', T.work_plan_blocks(ctx), 'work_plan')
        emit('pledge', 'pledge', T.pledge_blocks(ctx, wv), 'pledge', seal=True)
        emit('integ', 'integ', T.integrity_blocks(ctx, 1 - wv), 'integrity_letter', seal=True)
    # 5 implementation plan + evaluation plans
    im = cfg.get('impl', 'para')
    if im == 'separate':
        emit('impl', 'impl', T.impl_blocks(ctx, 'none'), 'implementation_plan')
        for app in ctx['apps_eval']:
            if ('eval', app[1]) in missing: continue
            emit('eval_' + short(app[1]), 'eval', T.eval_plan_blocks(ctx, app), 'evaluation_plan', fill={'occ': short(app[1])})
    else:
        emit('impl', 'impl', T.impl_blocks(ctx, im), 'implementation_plan+evaluation_plan')
    # sample papers
    st = cfg.get('set_style', 'yt'); mode = cfg.get('samples', 'per_set')
    single = cfg.get('single_set', set())
    sb = cfg.get('be_sample', be)
    nested = cfg.get('nested_samples')
    spaths = []
    for app in ctx['apps_eval']:
        for l in sorted(app[2], reverse=True):
            sets = [0] if (short(app[1]), l) in single else [0, 1]
            if mode == 'per_set':
                for s in sets:
                    blocks = T.sample_blocks(ctx, app, l, s, st, cfg.get('answers', False))
                    fill = {'occ': short(app[1]), 'lv': LV[l], 'set': T.SETNAMES[st][s]}
                    emit('sample', 'sample', blocks, 'sample_paper', fill=fill)
            else:
                blocks = []
                for s in sets:
                    blocks += T.sample_blocks(ctx, app, l, s, st, cfg.get('answers', False)) + [('pb',)]
                fill = {'occ': short(app[1]), 'lv': LV[l], 'set': '样题' if len(sets) == 2 else T.SETNAMES[st][0]}
                emit('sample', 'sample', blocks[:-1], 'sample_paper', fill=fill)
    # extras
    for x in cfg.get('extras', []):
        if x == 'toc':
            items = [('申请表', '1'), ('推荐函（行业主管部门、区人社局）', '2'), ('信用报告、审计报告、营业执照', '3'),
                     ('工作方案（含承诺书、廉洁责任书）', '4'), ('实施方案（含评价方案及样题）', '5')]
            lazy, prod = P.render(T.toc_blocks(ctx, items), cfg.get('be_toc', be), 'toc')
            P.add(root + sch['extra'].format(x='目录') + '.pdf', lazy, 'other', prod, 'text', None, o['name'])
        elif x == 'teachers':
            lazy, prod = P.render(T.teachers_blocks(ctx), cfg.get('be_toc', be), 'teachers')
            P.add(root + sch['extra'].format(x='考评员名单') + '.pdf', lazy, 'other', prod, 'text', None, o['name'])
        elif x in ('photo', 'photo_blur'):
            for k in range(2 if x == 'photo' else 1):
                p = os.path.join(P.dir, 'site%d.jpg' % k)
                X.site_photo(p, o['name'][2:10], seed=P.idx + k, blur=6 if x == 'photo_blur' else 0)
                P.add(root + sch['extra'].format(x=('考核场地照片%d' % (k + 1)) if x == 'photo' else '现场照片（模糊）') + '.jpg', R.lz(p), 'other',
                      'Pillow-drawn JPEG photo' + (' (heavily blurred, unreadable)' if x == 'photo_blur' else ''), 'none')
        elif x == 'plan':
            p = os.path.join(P.dir, 'plan.png')
            X.floor_plan(p, '%s 考核点平面布置图' % o['name'], ['理论考场', '实操考场A', '实操考场B', '候考区', '监控室', '档案室'], seed=P.idx)
            pdf = os.path.join(P.dir, 'plan.pdf')
            X.img2pdf_cli([p], pdf)
            P.add(root + sch['extra'].format(x='考核点平面图') + '.pdf', R.lz(pdf), 'other', 'Pillow PNG floor plan → img2pdf (image only)', 'none')
    # extra copies (e.g. a faint duplicate of a material that is also present readably)
    for (mat, path, kind) in cfg.get('dups', []):
        src_blocks = {'credit': lambda: T.credit_blocks(ctx, cfg['credit_v'])}[mat]()
        lazy, prod = P.render(src_blocks, 'rl', 'dup_' + mat)
        lazy, prod, text = P.post(lazy, prod, ('faint',), 'dup_' + mat + '_p')
        P.add(root + path, lazy, kind, prod, text)
    # big PDF
    if bigset:
        order = cfg['bigpdf']['mats']
        got = [parts[m] for m in order if m in parts]
        kinds = []
        for g in got:
            for k in g[3].split('+'):
                if k not in kinds: kinds.append(k)
        lz = R.Lazy(lambda: X.merge([g[0]() for g in got], os.path.join(P.dir, 'big.pdf')))
        seal = any(g[4] for g in got if g[4] is not None) if any(g[4] is not None for g in got) else None
        texts = set(g[2] for g in got)
        P.add(root + cfg['bigpdf']['path'], lz, '+'.join(kinds), 'pikepdf merge of: ' + '; '.join(sorted(set(g[1] for g in got))),
              'text' if texts == {'text'} else sorted(texts)[0], seal, o['name'])

# ------------------------------------------------------------ zip writing
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800

def write_zip(zpath, files, gbk=False, macosx=False, dsstore=False):
    """files: list of (arcname, bytes)"""
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        dirs = []
        for name, data in files:
            parts = name.split('/')[:-1]
            for i in range(1, len(parts) + 1):
                dn = '/'.join(parts[:i]) + '/'
                if dn not in dirs:
                    dirs.append(dn)
                    zi = (GBKInfo if gbk else zipfile.ZipInfo)(dn, date_time=(2025, 1, 20, 9, 30, 0))
                    zi.external_attr = 0o40755 << 16 | 0x10
                    z.writestr(zi, b'')
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(name, date_time=(2025, 1, 19, 17, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
            if macosx:
                d, b = os.path.split(name)
                junk = '__MACOSX/' + (d + '/' if d else '') + '._' + b
                zi = zipfile.ZipInfo(junk, date_time=(2025, 1, 19, 17, 12, 0))
                z.writestr(zi, b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 40)
        if dsstore:
            z.writestr(zipfile.ZipInfo('.DS_Store', date_time=(2025, 1, 19, 17, 12, 0)), b'\x00\x00\x00\x01Bud1' + b'\x00' * 60)

def assemble(P):
    cfg = P.cfg
    zname = 'X%02d-%s.zip' % (P.idx, P.org['name'])
    files = []
    nested = cfg.get('nested')      # (prefix inside pkg to collect, nested zip path)
    nested_files = []
    for path, lazy, d, exp in P.entries:
        data = open(lazy(), 'rb').read()
        if nested and path.startswith(nested[0]):
            inner = path[len(nested[0]):]
            nested_files.append((inner, data))
            d['path'] = nested[1] + '/' + inner
        else:
            files.append((path, data))
    if nested_files:
        bio = os.path.join(P.dir, 'nested.zip')
        write_zip(bio, nested_files, gbk=cfg.get('nested_gbk', False))
        files.append((nested[1], open(bio, 'rb').read()))
    write_zip(os.path.join(PKGDIR, zname), files, gbk=cfg.get('gbk', False), macosx=cfg.get('macosx', False),
              dsstore=cfg.get('dsstore', False))
    return zname

# ------------------------------------------------------------ the 36 packages
from packages_def import define_packages

def main():
    for d in (BUILD, PKGDIR):
        if os.path.exists(d): shutil.rmtree(d)
        os.makedirs(d)
    R.set_build(BUILD)
    R.PENDING_LO.clear(); R.PENDING_CHROME.clear()
    t0 = time.time()
    pkgs = []
    only = os.environ.get('ONLY')
    for spec in define_packages(sys.modules[__name__]):
        if only and str(spec['idx']) not in only.split(','): continue
        P = Pkg(spec['idx'], spec['org'], spec['cfg']['apps_form'], spec['verdict'], spec['causes'], spec['defects'], spec['why'], spec['cfg'])
        build_std(P, spec['cfg'])
        pkgs.append(P)
    print('rendered sources in %.0fs; converting…' % (time.time() - t0))
    R.run_conversions()
    key = {'author': 'final16', 'packages': {}}
    meta = {}
    for P in pkgs:
        zname = assemble(P)
        o = P.org
        key['packages'][zname] = dict(
            verdict=P.verdict, causes=P.causes, defects=P.defects, why=P.why,
            organisation=dict(name=o['name'], credit_code=o['code']),
            applications=[dict(code=c, name=n, levels=sorted(lv, reverse=True)) for c, n, lv, al in P.cfg['apps_form']],
            documents=P.key_docs())
        meta[zname] = {e[2]['path']: e[3] for e in P.entries}
        print(zname, P.verdict, '%d KB' % (os.path.getsize(os.path.join(PKGDIR, zname)) // 1024))
    json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(meta, open(os.path.join(HERE, 'selfcheck_names.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    import write_readme; write_readme.main()
    print('done in %.0fs' % (time.time() - t0))

if __name__ == '__main__':
    main()
