# -*- coding: utf-8 -*-
"""Package assembly and build pipeline for generate.py."""
import os, json, random, shutil, subprocess, zipfile, io, copy
from concurrent.futures import ThreadPoolExecutor
from gen_render import *      # noqa
from gen_content import *     # noqa

GS_OK = ('docx', 'odt', 'html')   # gs keeps ToUnicode for these; reportlab's subset TrueType would lose it
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}
FIRMS = [('上海立远会计师事务所（普通合伙）', '沪立远会审字（{y}）第{n:04d}号'), ('上海沪信会计师事务所有限公司', '沪信审字〔{y}〕第{n}号'),
         ('上海东衡会计师事务所有限公司', '东衡审（{y}）{n:04d}号'), ('上海中汇申城会计师事务所（特殊普通合伙）', '中汇申审字[{y}]第{n:04d}号'),
         ('上海明诚信会计师事务所有限公司', '明诚信审字（{y}）第{n}号'), ('上海华亭联合会计师事务所', '华亭会审[{y}]{n:03d}号')]
BUREAU_SHORT = {'黄浦区': '黄人社', '徐汇区': '徐人社', '长宁区': '长人社', '静安区': '静人社', '普陀区': '普人社', '虹口区': '虹人社',
                '杨浦区': '杨人社', '闵行区': '闵人社', '宝山区': '宝人社', '嘉定区': '嘉人社', '浦东新区': '浦人社', '金山区': '金人社',
                '松江区': '松人社', '青浦区': '青人社', '奉贤区': '奉人社', '崇明区': '崇人社'}


def adate(d):
    return '%d年%d月%d日' % d


class Doc:
    def __init__(self, path, kinds, parts, seal=None, post=None, rawdocx=False, jpg=None, name_shown=None):
        self.path, self.kinds, self.parts = path, kinds, parts   # parts: list of (blocks, renderer)
        self.seal, self.post, self.rawdocx, self.jpg = seal, post or [], rawdocx, jpg
        self.name_shown = name_shown

    @property
    def kind(self):
        return '+'.join(self.kinds)


# ------------------------------------------------------------------ naming schemes
def names_for(scheme, s, o, rng):
    short = o['name'].replace('上海市', '').replace('上海', '').replace('有限公司', '')[:8]
    if scheme == 'num_dirs':
        return dict(af='01 申请表/社会培训评价组织征集遴选申请表.pdf', il='02 推荐函/行业主管部门推荐函.pdf', dl='02 推荐函/考核点所在区人社局推荐函.pdf',
                    cr='03 信用佐证/信用报告.pdf', au='03 信用佐证/{y}年度审计报告.pdf', rc='03 信用佐证/{rcname}复印件.pdf',
                    wp='04 工作方案/职业技能等级认定工作方案.pdf', pl='04 工作方案/承诺书.pdf', ig='04 工作方案/廉洁责任书.pdf',
                    wpc='04 工作方案/工作方案（含承诺书、廉洁责任书）.pdf', ip='05 实施方案/项目实施方案（含各等级评价方案）.pdf',
                    sp_dir='05 实施方案/样题/', ex='06 其他材料/')
    if scheme == 'notice':
        return dict(af='一、申请表/申请表.pdf', il='二、推荐函/1.行业主管部门推荐函.pdf', dl='二、推荐函/2.区人社部门推荐函.pdf',
                    cr='三、信用佐证材料/信用报告.pdf', au='三、信用佐证材料/审计报告{y}.pdf', rc='三、信用佐证材料/{rcname}.pdf',
                    wp='四、工作方案/工作方案.pdf', pl='四、工作方案/承诺书.pdf', ig='四、工作方案/廉洁责任书.pdf', wpc='四、工作方案/职业技能等级认定工作方案.pdf',
                    ip='五、实施方案/实施方案.pdf', sp_dir='五、实施方案/样题/', ex='六、其他材料/')
    if scheme == 'orgdir':
        d = '%s申报材料/' % short
        return dict(af=d + '1.申请表.pdf', il=d + '2.推荐函（行业）.pdf', dl=d + '3.推荐函（区人社局）.pdf', cr=d + '4.信用报告.pdf',
                    au=d + '5.审计报告（{y}年度）.pdf', rc=d + '6.{rcname}.pdf', wp=d + '7.工作方案.pdf', pl=d + '7-1.承诺书.pdf',
                    ig=d + '7-2.廉洁责任书.pdf', wpc=d + '7.工作方案及承诺书.pdf', ip=d + '8.实施方案.pdf', sp_dir=d + '9.样题/', ex=d + '10.其他/')
    if scheme == 'flat_fj':
        return dict(af='附件1 申请表.pdf', il='附件2-1 行业主管部门推荐函.pdf', dl='附件2-2 区人社部门推荐函.pdf', cr='附件3-1 信用报告.pdf',
                    au='附件3-{ai} {y}年审计报告.pdf', rc='附件3-4 {rcname}.pdf', wp='附件4-1 工作方案.pdf', pl='附件4-2 承诺书.pdf',
                    ig='附件4-3 廉洁责任书.pdf', wpc='附件4 工作方案.pdf', ip='附件5 实施方案.pdf', sp_dir='附件5-样题/', ex='附件6 其他材料/')
    if scheme == 'scanner':
        base = 20250114 + rng.randint(0, 3)
        c = iter(range(1, 99))
        return dict(af='申请表.pdf', il='IMG_%d_%04d.pdf' % (base, next(c)), dl='IMG_%d_%04d.pdf' % (base, next(c)),
                    cr='scan_%03d.pdf' % next(c), au='scan_%03d.pdf', rc='IMG_%d_%04d.pdf' % (base, next(c) + 10),
                    wp='新建 Microsoft Word 文档 (%d).pdf' % next(c), pl='承诺书.pdf', ig='附件%d.pdf' % next(c),
                    wpc='工作方案.pdf', ip='实施方案.pdf', sp_dir='样题/', ex='其他/', scanner=True)
    if scheme == 'bigpdf':
        return dict(big='%s社会培训评价组织申报材料汇编.pdf' % o['name'], sp_dir='样题/', ex='其他材料/')
    raise ValueError(scheme)


# ------------------------------------------------------------------ assemble one package
def assemble(s, O, AUTH, DIST, all_seq):
    o = copy.deepcopy(O[s['k']])
    rng = random.Random('pkg-' + s.get('pid', s['k']))
    apps = s['apps']
    base = s['base']
    sub_day = rng.randint(20, 26)
    sub_date = (2025, 1, sub_day)
    d_ind = (2025, 1, rng.randint(6, 16))
    d_dis = (2025, 1, rng.randint(6, 16))
    d_cr = (2025, 1, rng.randint(10, 19))
    cnd = lambda d: cn_date(*d) if rng.random() < 0.45 else adate(d)
    orgseal = (o['name'], '')
    N = names_for(s['naming'], s, o, rng)
    docs = []
    post_text = [('gs',)] if s.get('gs') else []
    mixed = s.get('mixed', {})

    def R(kind):
        return mixed.get(kind, base)

    def mk(key, kinds, blocks, seal=None, renderer=None, **kw):
        path = N.get(key, key)
        r = renderer or R(kinds[0])
        post = list(post_text) if r in GS_OK else []
        sk = s.get('scan_kinds', {})
        for k in kinds:
            if k in sk:
                mode = sk[k]
                if mode in ('gray', 'color'):
                    post = [('scan', dict(gray=mode == 'gray', dpi=rng.choice([150, 200]) if mode == 'gray' else 150, quality=rng.choice([50, 60]) if mode == 'gray' else 45))]
                elif mode == 'ocr':
                    post = [('scanocr', dict())]
                elif mode == 'ocrmypdf':
                    post = [('ocrmypdf', dict())]
                elif mode == 'faint':
                    post = [('scan', dict(gray=True, dpi=180, quality=35, mode='faint'))]
        d = Doc(path, kinds, [(blocks, r)], seal=seal, post=post, **kw)
        docs.append(d)
        return d

    # 1 application form
    af = af_blocks(o, apps, s['af'], adate(sub_date) if s['af'] != 'web' else adate(sub_date), orgseal)
    # 2 letters
    ind = s['ind']
    issuer, dprefix = AUTH[ind] if isinstance(ind, str) else ind
    docno = ('%s〔2025〕%d号' if rng.random() < 0.7 else '%s（2025）%d号') % (dprefix, rng.randint(3, 60))
    il_seal = None if s.get('noseal') == 'industry_letter' else (issuer, '')
    il = industry_letter(o, issuer, s['il'], docno, cnd(d_ind), il_seal, target_name=s.get('other_name'), apps=apps)
    il_shown = s.get('other_name')
    bureau = s.get('bureau') or '上海市%s人力资源和社会保障局' % o['site_district']
    bdocno = s.get('bureau_docno') or '%s%s〔2025〕%d号' % (BUREAU_SHORT.get(o['site_district'], '沪人社'), rng.choice(['函', '', '推']), rng.randint(2, 40))
    dl_seal = None if s.get('noseal') == 'district_letter' else (bureau, '')
    dl = district_letter(o, bureau, s['dl'], bdocno, cnd(d_dis), dl_seal)
    # 3 credit, audits, licence
    alt = s.get('alt_name')
    repno = {'xyzg': 'XYBG%s%06d' % ('20250', rng.randint(100000, 999999)), 'zx': 'ZYXY-2025-%05d' % rng.randint(1, 99999),
             'pboc': 'Q31%014d' % rng.randint(10 ** 13, 10 ** 14 - 1), 'shweb': 'CX%d' % rng.randint(10 ** 9, 10 ** 10 - 1)}[s['cr']]
    cr = credit_report(o, s['cr'], adate(d_cr), s.get('records', []), repno, name=alt)
    years = s.get('audit_years', (2022, 2023))
    firm = FIRMS[o['seq'] % len(FIRMS)]
    audits = []
    for i, y in enumerate(years):
        v = s['au'][i]
        rep = firm[1].format(y=y + 1, n=rng.randint(100, 1500))
        sd = (y + 1, rng.choice([3, 4]), rng.randint(2, 28))
        audits.append((y, audit_report(o, y, firm[0], v, rep, cn_date(*sd) if v == 'cn' else adate(sd))))
    ckind = {'licence': 'licence', 'foreign': 'licence', 'branch': 'branch', 'minfei': 'minfei', 'shetuan': 'shetuan', 'shiye': 'shiye'}[o['kind']]
    title, subtitle, left, right = cert_fields(dict(o, name=alt or o['name']), ckind)
    if ckind == 'shiye':
        left = left
    cd = dict(title=title, subtitle=subtitle, fields_left=left, fields_right=right,
              copy='统一社会信用代码\n%s' % o['code'] if ckind in ('licence', 'branch') else '统一社会信用代码：%s' % o['code'],
              qr='http://www.gsxt.gov.cn/%s' % o['code'] if ckind in ('licence', 'branch') else None,
              authority=('登记机关  ' if ckind in ('licence', 'branch') else '登记管理机关  ') + o['reg_auth'],
              date=o['founded'] if rng.random() < 0.3 else '%d年%02d月%02d日' % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)),
              auth_seal=(o['reg_auth'], ''), copy_seal=orgseal, copy_note=rng.choice(['与原件一致', '复印件与原件一致', '此复印件仅供申报社评组织使用']),
              border=rng.choice(['#b8860b', '#8b1a1a', '#1f4e79']))
    rcname = {'licence': '营业执照', 'branch': '营业执照', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[ckind]
    # 4 work plan etc.
    wp = work_plan(o, apps, s['wp'])
    pl_seal = orgseal
    pl = pledge(o, s['pl'], adate(sub_date), pl_seal)
    ig_seal = None if s.get('noseal') == 'integrity_letter' else orgseal
    ig = integrity(o, s['ig'], adate(sub_date), ig_seal)
    ip = impl_plan(o, apps, s['ip'])
    rawk = s.get('rawdocx_kinds', [])

    if s['naming'] == 'bigpdf':
        # one big PDF holding most materials; licence is a certificate page (rendered separately then merged)
        parts = [(af, base), (il, base), (dl, base), (cr, base)] + [(a[1], base) for a in audits] + \
                [([('cert', cd)], 'cert-' + s['cert']), (wp, base), (pl, base), (ig, base), (ip, base)]
        kinds = ['application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report',
                 'registration_certificate', 'work_plan', 'pledge', 'integrity_letter', 'implementation_plan', 'evaluation_plan']
        docs.append(Doc(N['big'], kinds, parts, seal=True))
    else:
        mk('af', ['application_form'], af)
        mk('il', ['industry_letter'], il, seal=il_seal is not None, name_shown=il_shown)
        mk('dl', ['district_letter'], dl, seal=dl_seal is not None)
        d = mk('cr', ['credit_report'], cr)
        if alt:
            d.name_shown = alt
        if s.get('encrypt_kind') == 'credit_report':
            d.post.append(('encrypt',))
        for i, (y, blk) in enumerate(audits):
            path = N['au'].format(y=y, ai=i + 2) if '{' in N['au'] else N['au']
            if N.get('scanner'):
                path = N['au'] % (20 + i)
            d = Doc(path, ['audit_report'], [(blk, R('audit_report'))], post=list(post_text) if R('audit_report') in GS_OK else [])
            if s.get('corrupt_audit') == y:
                d.post.append(('corrupt',))
            docs.append(d)
        # registration certificate
        rcpath = N['rc'].format(rcname=rcname)
        if s.get('photo_cert'):
            d = Doc('IMG_20250115_183022.jpg' if N.get('scanner') else rcpath.rsplit('/', 1)[0] + '/营业执照照片.jpg' if '/' in rcpath else '营业执照.jpg',
                    ['registration_certificate'], [([('cert', cd)], 'cert-rl')], seal=True, jpg='photo_bad')
            docs.append(d)
        else:
            d = mk('rc', ['registration_certificate'], [('cert', cd)], seal=True, renderer='cert-' + s['cert'])
            d.path = rcpath
        if alt:
            d.name_shown = alt
        if s.get('wp_combined'):
            mk('wpc', ['work_plan', 'pledge', 'integrity_letter'], wp + [('br',)] + pl + [('br',)] + ig, seal=ig_seal is not None)
        else:
            d = mk('wp', ['work_plan'], wp)
            if 'work_plan' in rawk:
                d.rawdocx = True
                d.path = d.path[:-4] + '.docx'
            d = mk('pl', ['pledge'], pl if 'pledge' not in rawk else pledge(o, s['pl'], adate(sub_date), None), seal='pledge' not in rawk)
            if 'pledge' in rawk:
                d.rawdocx = True
                d.path = d.path[:-4] + '.docx'
            mk('ig', ['integrity_letter'], ig, seal=ig_seal is not None)
        d = mk('ip', ['implementation_plan', 'evaluation_plan'], ip)
        if 'implementation_plan' in rawk:
            d.rawdocx = True
            d.path = d.path[:-4] + '.docx'

    # 5 sample papers
    spd = N['sp_dir']
    sty = s['sp']
    samples = []
    setword = {'yt': ('样题一', '样题二'), 'paren': ('样题（一）', '样题（二）'), 'ab': ('A卷', 'B卷'), 'moni': ('模拟试卷1', '模拟试卷2'),
               'tao': ('第一套', '第二套'), 'skill': ('A卷', 'B卷')}[sty]
    for a in apps:
        occ_short = a['name'].replace('（', '-').replace('）', '')
        occ_blocks = []
        for l in a['levels']:
            sets = [1, 2]
            if s.get('single_set_level') == l:
                sets = [1]
            lvl_blocks = []
            for sn in sets:
                pb = paper_blocks(o['name'], a['name'], l, sn, sty, rng, answers=s.get('answers', False))
                if s.get('answers') and sn == 2 and l == a['levels'][0]:
                    pb = pb + [('br',)] + answer_sheet(o['name'], a['name'], l, setword[sn - 1])
                if s['sp_layout'] == 'per_set':
                    p = spd + '%s_%s_%s.pdf' % (occ_short, LV[l], setword[sn - 1])
                    d = Doc(p, ['sample_paper'], [(pb, R('sample_paper'))], post=list(post_text) if R('sample_paper') in GS_OK else [])
                    if s.get('encrypt_sample') == (l, sn):
                        d.post.append(('encrypt',))
                    samples.append(d)
                else:
                    lvl_blocks += (pb if not lvl_blocks else [('br',)] + pb)
            if s['sp_layout'] == 'per_level':
                p = spd + '%s（%s）样题.pdf' % (occ_short, LV[l]) if sty != 'tao' else spd + '%s%s理论知识试卷.pdf' % (occ_short, LVG[l])
                samples.append(Doc(p, ['sample_paper'], [(lvl_blocks, R('sample_paper'))], post=list(post_text) if R('sample_paper') in GS_OK else []))
            elif s['sp_layout'] == 'per_occ':
                occ_blocks += (lvl_blocks if not occ_blocks else [('br',)] + lvl_blocks)
        if s['sp_layout'] == 'per_occ':
            samples.append(Doc(spd + '%s 各等级样卷.pdf' % occ_short, ['sample_paper'], [(occ_blocks, R('sample_paper'))]))
    nested = None
    if s.get('nested') == 'samples':
        nested = spd.rstrip('/') + '.zip'
        for d in samples:
            d.nested_in = nested
            d.path = d.path[len(spd):] if d.path.startswith(spd) else d.path
            d.path = '样题/' + d.path
    docs += samples

    # 6 extras
    ex = N['ex']
    for e in s.get('extras', []):
        if e == 'toc':
            items = [(d.kind.split('+')[0], d.path) for d in docs[:8]]
            docs.insert(0, Doc('目录.pdf', ['other'], [(toc_blocks(o, [(KIND_CN.get(k, k), p) for k, p in items]), base)]))
        elif e == 'photo_bad':
            docs.append(Doc(ex + '考核点现场照片1.jpg', ['other'], [(floorplan_blocks(o), 'rl')], jpg='photo_bad'))
            docs.append(Doc(ex + '考核点现场照片2.jpg', ['other'], [(floorplan_blocks(o), 'rl')], jpg='photo_ok'))
        elif e == 'floorplan':
            docs.append(Doc(ex + '考核场地平面图.pdf', ['other'], [(floorplan_blocks(o), 'rl')]))
    return o, docs, nested, sub_date


KIND_CN = {'application_form': '申请表', 'industry_letter': '行业主管部门推荐函', 'district_letter': '区人社部门推荐函', 'credit_report': '信用报告',
           'audit_report': '财务审计报告', 'registration_certificate': '登记证书', 'work_plan': '工作方案', 'pledge': '承诺书',
           'integrity_letter': '廉洁责任书', 'implementation_plan': '实施方案', 'evaluation_plan': '评价方案', 'sample_paper': '样题', 'other': '其他'}


# ------------------------------------------------------------------ HTML certificate
def cert_html(cd):
    E = lambda x: htmlmod.escape(x)
    rows = ''.join('<div class="f"><span class="l">%s</span><span class="v">%s</span></div>' % (E(a), E(b)) for a, b in cd['fields_left'])
    rows2 = ''.join('<div class="f"><span class="l">%s</span><span class="v">%s</span></div>' % (E(a), E(b)) for a, b in cd.get('fields_right', []))
    return ('<div class="cert" style="border-color:%s"><div class="emb"></div><div class="ct">%s</div><div class="cs">%s</div>'
            '<div class="code">%s</div><div class="cols"><div class="c1">%s</div><div class="c2">%s</div></div>'
            '<div class="auth">%s<br>%s<div class="aseal">%s</div></div>'
            '<div class="copy">%s<div class="cseal">%s</div></div></div>') % (
        cd['border'], E(cd['title']), E(cd.get('subtitle') or ''), E(cd['copy']).replace('\n', '<br>'), rows, rows2,
        E(cd['authority']), E(cd['date']), seal_svg(cd['auth_seal'][0], '', 140, 8), E(cd['copy_note']), seal_svg(cd['copy_seal'][0], '', 150, -10))


CERT_CSS = '''@page { size: A4 landscape; margin: 0; }
.cert { position: relative; width: 277mm; height: 190mm; margin: 10mm; border: 6px double; box-sizing: border-box; }
.emb { position:absolute; left:50%; top:12mm; width:20mm; height:20mm; margin-left:-10mm; border-radius:50%; background: radial-gradient(#f4c430 35%, #c8102e 36%); }
.ct { position:absolute; top:36mm; width:100%; text-align:center; font-size:30pt; letter-spacing:8px; }
.cs { position:absolute; top:52mm; width:100%; text-align:center; font-size:13pt; }
.code { position:absolute; left:14mm; top:10mm; font-size:10.5pt; }
.cols { position:absolute; top:66mm; left:18mm; right:16mm; display:flex; font-size:11pt; line-height:1.6; }
.c1 { width:55%; } .c2 { width:45%; padding-left:8mm; }
.f { display:flex; margin-bottom:2.5mm; } .l { width:30mm; flex:none; } .v { flex:1; }
.auth { position:absolute; right:26mm; bottom:18mm; font-size:12pt; text-align:right; }
.aseal { position:absolute; right:10mm; top:-30mm; opacity:.9; }
.copy { position:absolute; left:40mm; bottom:26mm; color:#1a3d8f; font-size:14pt; }
.cseal { position:absolute; left:-10mm; top:-22mm; opacity:.9; }
'''


# ------------------------------------------------------------------ build
def producer_of(d):
    rmap = {'rl': 'reportlab %s (WenQuanYi Zen Hei TTF embedded)', 'rlcid': 'reportlab %s (STSong-Light CID font, not embedded)',
            'docx': 'LibreOffice 7.4 writer_pdf_Export from python-docx .docx', 'odt': 'LibreOffice 7.4 writer_pdf_Export from odfpy .odt',
            'html': 'Chromium headless print-to-pdf (HTML/CSS, SVG seal, Type 3 fonts), qpdf recompressed', 'cert-rl': 'reportlab %s canvas (certificate at coordinates)',
            'cert-html': 'Chromium headless print-to-pdf (absolutely positioned certificate), qpdf recompressed'}
    import reportlab
    rs = sorted(set(r for _, r in d.parts))
    base = ' + '.join(rmap[r].replace('%s', reportlab.Version) if '%s' in rmap[r] else rmap[r] for r in rs)
    if len(d.parts) > 1:
        base += ', merged with qpdf'
    if d.rawdocx:
        return 'python-docx (.docx, not converted)'
    if d.jpg == 'photo_bad':
        return 'phone photo simulation: rendered page → Pillow (1/3 size, blur, dark, skew) → JPEG'
    if d.jpg:
        return 'phone photo simulation: rendered page → Pillow (rotation) → JPEG'
    out = base
    for p in d.post:
        if p[0] == 'gs':
            out = 'Ghostscript pdfwrite re-distill of ' + out
        elif p[0] == 'scan':
            m = p[1].get('mode', 'legible')
            out = 'scan: pdftoppm %ddpi %s → Pillow (%s) → img2pdf JPEG, of %s' % (p[1]['dpi'], 'gray' if p[1]['gray'] else 'colour',
                                                                                'rotation, noise' if m == 'legible' else 'faint, 1/3 resolution, blur', out)
        elif p[0] == 'scanocr':
            out = 'scan with invisible text layer: pdftoppm → Pillow → reportlab image + text render mode 3, of ' + out
        elif p[0] == 'ocrmypdf':
            out = 'scan (pdftoppm → Pillow → img2pdf) + ocrmypdf (tesseract chi_sim) text layer, of ' + out
        elif p[0] == 'encrypt':
            out = 'pikepdf AES-256 user password, of ' + out
        elif p[0] == 'corrupt':
            out = 'truncated upload (first part of file kept, rest zero-filled), of ' + out
    return out


def text_of(d):
    if d.rawdocx:
        return 'text'
    if d.jpg:
        return 'none'
    t = 'text'
    for p in d.post:
        if p[0] == 'scan':
            t = 'none'
        elif p[0] in ('scanocr', 'ocrmypdf'):
            t = 'ocr-layer'
        elif p[0] == 'encrypt':
            t = 'encrypted'
        elif p[0] == 'corrupt':
            t = 'corrupt'
    return t


def build_all(SPECS, O, AUTH, DIST, OUT, BUILD, SEED):
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for sub in ('seals', 'src', 'pdf', 'tmp', 'final'):
        os.makedirs(os.path.join(BUILD, sub))
    seals = {}

    def seal_cache(key):
        key = tuple(key)
        if key not in seals:
            seals[key] = seal_png(os.path.join(BUILD, 'seals', 's%03d.png' % len(seals)), key[0], key[1],
                                  rng=random.Random(key[0]))
        return seals[key]

    # order: seeded shuffle of the specs -> W01..W36
    order = list(range(len(SPECS)))
    random.Random(SEED).shuffle(order)
    pkgs = []
    for wi, si in enumerate(order):
        s = SPECS[si]
        o, docs, nested, sub_date = assemble(s, O, AUTH, DIST, None)
        pkgs.append((wi + 1, s, o, docs, nested))

    # ---------- stage A: sources
    jobs_soffice, jobs_html, n = [], [], 0
    for wi, s, o, docs, nested in pkgs:
        for di, d in enumerate(docs):
            d.id = 'w%02d_%02d' % (wi, di)
            d.part_pdfs = []
            for pi, (blocks, r) in enumerate(d.parts):
                pid = '%s_p%d' % (d.id, pi)
                # resolve seal images for cert blocks
                if blocks and blocks[0][0] == 'cert':
                    cdd = dict(blocks[0][1])
                    if r == 'cert-rl':
                        cdd['auth_seal'] = seal_cache(cdd['auth_seal'])
                        cdd['copy_seal'] = seal_cache(cdd['copy_seal'])
                    blocks = [('cert', cdd)]
                pdf = os.path.join(BUILD, 'pdf', pid + '.pdf')
                d.part_pdfs.append(pdf)
                if d.rawdocx:
                    build_docx(blocks, os.path.join(BUILD, 'final', d.id + '.docx'), seal_cache, author=o['contact'])
                    continue
                if r in ('rl', 'rlcid', 'cert-rl'):
                    render_rl(blocks, pdf, BUILD, font='STSong-Light' if r == 'rlcid' else 'WQY', seal_cache=seal_cache,
                              title='', author=o['contact'])
                elif r == 'docx':
                    src = os.path.join(BUILD, 'src', pid + '.docx')
                    build_docx(blocks, src, seal_cache, author=o['contact'],
                               font=random.Random(o['name']).choice(['宋体', '仿宋_GB2312', 'SimSun']))
                    jobs_soffice.append(src)
                elif r == 'odt':
                    src = os.path.join(BUILD, 'src', pid + '.odt')
                    build_odt(blocks, src, seal_cache, font='WenQuanYi Zen Hei')
                    jobs_soffice.append(src)
                elif r in ('html', 'cert-html'):
                    src = os.path.join(BUILD, 'src', pid + '.html')
                    hrng = random.Random(o['name'])
                    font = "'WenQuanYi Zen Hei', sans-serif"
                    extra = CERT_CSS if r == 'cert-html' else hrng.choice(['', 'h1{font-family:"Noto Sans CJK SC";letter-spacing:1px}',
                                                                          'body{font-size:11pt} td,th{border-color:#666}'])
                    header = ''
                    if s.get('af') == 'web' and 'application_form' in d.kinds:
                        extra += '.small{color:#2a5db0} h1{color:#123a7a}'
                    with open(src, 'w', encoding='utf-8') as f:
                        f.write(build_html(blocks, font=font, extra_css=extra, header_html=header, cert_html=cert_html))
                    jobs_html.append((src, pdf))
                else:
                    raise ValueError(r)

    # ---------- stage B: LibreOffice batch, Chromium
    for i in range(0, len(jobs_soffice), 40):
        soffice_pdf(jobs_soffice[i:i + 40], os.path.join(BUILD, 'pdf'))
    def chrome(j):
        raw = j[1][:-4] + '_chromium.pdf'
        chromium_pdf(j[0], raw)
        # recompress like an upload optimiser would (Type 3 glyph procs from Skia are large)
        subprocess.run(['qpdf', '--recompress-flate', '--compression-level=9', '--object-streams=generate', raw, j[1]], check=True)
    with ThreadPoolExecutor(3) as ex:
        list(ex.map(chrome, jobs_html))

    # ---------- stage C: merge + post-processing
    def finish(item):
        wi, s, o, d = item
        rng = random.Random(d.id + o['name'])
        tmpp = os.path.join(BUILD, 'tmp', d.id)
        if d.rawdocx:
            d.final = os.path.join(BUILD, 'final', d.id + '.docx')
            return
        if len(d.part_pdfs) > 1:
            cur = os.path.join(BUILD, 'tmp', d.id + '_merged.pdf')
            subprocess.run(['qpdf', '--empty', '--pages'] + d.part_pdfs + ['--', cur], check=True)
        else:
            cur = d.part_pdfs[0]
        assert os.path.exists(cur), cur
        if d.jpg:
            pages = raster(cur, 150, False, tmpp)
            im = degrade(Image.open(pages[0]), rng, d.jpg)
            d.final = os.path.join(BUILD, 'final', d.id + '.jpg')
            im.save(d.final, 'JPEG', quality=70 if d.jpg == 'photo_ok' else 45)
            return
        for step in d.post:
            nxt = os.path.join(BUILD, 'tmp', '%s_%s.pdf' % (d.id, step[0]))
            if step[0] == 'gs':
                gs_redistill(cur, nxt)
            elif step[0] == 'scan':
                a = step[1]
                scan_pdf(cur, nxt, rng, dpi=a['dpi'], gray=a['gray'], quality=a['quality'], mode=a.get('mode', 'legible'), tmpprefix=tmpp + 's')
            elif step[0] == 'scanocr':
                lines = blocks_text([b for blocks, r in d.parts for b in blocks])
                scan_with_text_layer(cur, nxt, rng, lines, dpi=150, gray=True, quality=50, tmpprefix=tmpp + 'o')
            elif step[0] == 'ocrmypdf':
                img = os.path.join(BUILD, 'tmp', d.id + '_img.pdf')
                scan_pdf(cur, img, rng, dpi=200, gray=True, quality=60, tmpprefix=tmpp + 'm')
                env = dict(os.environ, OMP_THREAD_LIMIT='1')
                subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0', img, nxt],
                               check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elif step[0] == 'encrypt':
                import pikepdf
                with pikepdf.open(cur) as pdf:
                    pdf.save(nxt, encryption=pikepdf.Encryption(user='Sh%04d' % rng.randint(0, 9999), owner='owner-' + o['seq_code'][:6], R=6))
            elif step[0] == 'corrupt':
                data = open(cur, 'rb').read()
                # keep the header and the first ~22 %, zero-fill the rest: a broken upload
                cut = max(1200, int(len(data) * 0.22))
                with open(nxt, 'wb') as f:
                    f.write(data[:cut] + b'\x00' * (len(data) - cut))
            cur = nxt
        d.final = cur

    items = [(wi, s, o, d) for wi, s, o, docs, nested in pkgs for d in docs]
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(finish, items))

    # ---------- stage D: zips + key
    key = {'author': 'final13', 'packages': {}}
    expect = {}
    for wi, s, o, docs, nested in pkgs:
        zname = 'W%02d-%s.zip' % (wi, o['name'])
        entries = []
        inner = []
        kdocs = []
        for d in docs:
            data = open(d.final, 'rb').read()
            if getattr(d, 'nested_in', None):
                inner.append((d.path, data))
                kpath = d.nested_in + '/' + d.path
            else:
                entries.append((d.path, data))
                kpath = d.path
            kd = {'path': kpath, 'kind': d.kind, 'producer': producer_of(d), 'text': text_of(d)}
            if set(d.kinds) & STAMPED:
                kd['seal'] = bool(d.seal)
            kdocs.append(kd)
            expect.setdefault(zname, {})[kpath] = d.name_shown or o['name']
        if inner:
            bio = io.BytesIO()
            write_zip(bio, inner, gbk=False, dirs=False)
            entries.append((nested, bio.getvalue()))
        if s.get('macosx'):
            junk = []
            for p, _ in entries:
                dname, fname = (p.rsplit('/', 1) if '/' in p else ('', p))
                junk.append(('__MACOSX/' + (dname + '/' if dname else '') + '._' + fname,
                             b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 40))
            dirs = sorted(set(p.rsplit('/', 1)[0] for p, _ in entries if '/' in p))
            entries += [(dd + '/.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 60) for dd in dirs[:2]] + junk
        write_zip(os.path.join(OUT, zname), entries, gbk=s.get('gbk', False))
        key['packages'][zname] = {
            'verdict': s['verdict'], 'causes': s['causes'], 'defects': s['defects'], 'why': s['why'],
            'organisation': {'name': o['name'], 'credit_code': o['code']},
            'applications': [{'code': a['code'], 'name': a['name'], 'levels': a['levels']} for a in s['apps']],
            'documents': kdocs}
        print(zname, s['verdict'], '%d KB' % (os.path.getsize(os.path.join(OUT, zname)) // 1024))
    with open(os.path.join(os.path.dirname(OUT), 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(os.path.dirname(OUT), 'selfcheck_expect.json'), 'w', encoding='utf-8') as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
