# -*- coding: utf-8 -*-
"""Regenerate the final21 blind corpus: python3 generate.py  (writes packages/, key.json)."""
import os, sys, io, json, random, shutil, zipfile, subprocess, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_lib as G
import gen_content as C
from gen_specs import specs, DSHORT, IND

BASE = G.BASE
BUILD = G.BUILD
PKG = os.path.join(BASE, 'packages')

PRODUCER = {
    'rl': 'reportlab (embedded TTF WenQuanYi Zen Hei)', 'rlcid': 'reportlab (CID STSong-Light, not embedded)',
    'rldroid': 'reportlab (embedded TTF Droid Sans Fallback)', 'docx': 'python-docx → LibreOffice PDF',
    'odt': 'odfpy .odt → LibreOffice PDF', 'html': 'HTML/CSS + SVG seal → Chromium print-to-pdf',
    'htmlweb': 'HTML (web-system printout) → Chromium print-to-pdf', 'gs': 'python-docx → LibreOffice PDF → Ghostscript pdfwrite re-distilled',
    'scan': 'scan: pdftoppm 150dpi colour → Pillow (rotation, blur, JPEG) → img2pdf',
    'scang': 'scan: pdftoppm 150dpi grayscale → Pillow (rotation, JPEG) → img2pdf',
    'ocr': 'scan + invisible OCR text layer (reportlab render mode 3)',
    'faint': 'scan: ~60dpi, heavy blur, very low contrast → img2pdf (illegible)',
    'photo': 'phone photo JPEG (Pillow)', 'photobad': 'phone photo JPEG, dark and blurred (Pillow, illegible)',
    'docxraw': 'python-docx (.docx as uploaded)', 'enc': 'reportlab → qpdf AES-256 encryption (user password)',
    'corrupt': 'reportlab, truncated file', 'cert': 'reportlab canvas (certificate drawn at coordinates)',
    'merge': 'qpdf merge of several materials', 'mergegs': 'qpdf merge → Ghostscript pdfwrite',
}
TEXTMODE = {'rl': 'text', 'rlcid': 'text', 'rldroid': 'text', 'docx': 'text', 'odt': 'text', 'html': 'text', 'htmlweb': 'text',
            'gs': 'text', 'scan': 'none', 'scang': 'none', 'ocr': 'ocr-layer', 'faint': 'none', 'photo': 'none', 'photobad': 'none',
            'docxraw': 'text', 'enc': 'encrypted', 'corrupt': 'corrupt', 'cert': 'text'}

HOUSES = {
    'school': dict(form='docx', ind='scan', dist='scan', credit='rl', audit='rl', reg='scan', work='docx', pledge='scan', integ='scan',
                   impl='docx', samples='docx', slayout='per_level', names='num'),
    'school2': dict(form='docx', ind='ocr', dist='ocr', credit='rldroid', audit='rl', reg='ocr', work='odt', pledge='rl', integ='rl',
                    impl='odt', samples='rl', slayout='per_set', names='num2', eval_sep=True),
    'tech': dict(form='htmlweb', ind='rl', dist='ocr', credit='rldroid', audit='gs', reg='cert', work='html', pledge='html', integ='html',
                 impl='html', samples='html', slayout='per_set', names='folders'),
    'tech2': dict(form='htmlweb', ind='scan', dist='scan', credit='rl', audit='rl', reg='scan', work='html', pledge='html', integ='html',
                  impl='html', samples='rlcid', slayout='per_level', names='attach'),
    'group': dict(form='rl', ind='rl', dist='rl', credit='rl', audit='rl', reg='cert', work='rl', pledge='rl', integ='rl', impl='rl',
                  samples='rl', slayout='per_occ', answers=True, names='folders2', combine=[['work', 'pledge', 'integ']]),
    'group2': dict(form='rldroid', ind='scan', dist='rl', credit='rldroid', audit='rldroid', reg='cert', work='rldroid', pledge='scan',
                   integ='scan', impl='rldroid', samples='rldroid', slayout='per_level', names='folders', combine=[['credit', 'audit*', 'reg']]),
    'foreign': dict(form='scang', ind='scang', dist='scang', credit='scang', audit='scang', reg='scang', work='rl', pledge='scang',
                    integ='scang', impl='rl', samples='rl', slayout='per_level', names='scan'),
    'garden': dict(form='odt', ind='ocr', dist='ocr', credit='rl', audit='rldroid', reg='ocr', work='odt', pledge='rl', integ='rl',
                   impl='odt', samples='rldroid', slayout='all', names='attach'),
    'garden2': dict(form='odt', ind='ocr', dist='scan', credit='rl', audit='rl', reg='cert', work='odt', pledge='scan', integ='scan',
                    impl='odt', samples='rl', slayout='per_set', names='num', eval_sep=True),
    'windows': dict(form='docx', ind='scan', dist='scan', credit='rl', audit='rl', reg='scan', work='docx', pledge='docx', integ='docx',
                    impl='docx', samples='docx', slayout='per_level', names='folders', gbk=True, extras=['teachers_docx', 'toc']),
    'windows2': dict(form='docx', ind='scang', dist='scang', credit='rl', audit='scang', reg='scang', work='docx', pledge='scang',
                     integ='scang', impl='docx', samples='docx', slayout='per_level', names='num', gbk=True),
    'bigpdf': dict(form='rl', ind='rl', dist='rl', credit='rl', audit='rl', reg='cert', work='rl', pledge='rl', integ='rl', impl='rl',
                   samples='rl', slayout='per_level', names='mixed',
                   combine=[['form', 'ind', 'dist', 'credit', 'audit*', 'reg', 'work', 'pledge', 'integ']]),
    'nested': dict(form='docx', ind='ocr', dist='ocr', credit='rl', audit='rl', reg='ocr', work='rl', pledge='ocr', integ='ocr',
                   impl='rlcid', samples='rlcid', slayout='per_set', names='num', nested=['ind', 'dist', 'reg', 'pledge', 'integ']),
    'cid': dict(form='rlcid', ind='scan', dist='scan', credit='rlcid', audit='rlcid', reg='cert', work='rlcid', pledge='rlcid', integ='rlcid',
                impl='rlcid', samples='rlcid', slayout='per_set', names='folders2', eval_sep=True),
    'word': dict(form='docx', ind='html', dist='html', credit='rl', audit='rl', reg='scan', work='docx', pledge='docx', integ='docx',
                 impl='docx', samples='docx', slayout='per_level', names='num2'),
    'word2': dict(form='docx', ind='rl', dist='gs', credit='rldroid', audit='rl', reg='scang', work='docx', pledge='docx', integ='docx',
                  impl='docx', samples='docx', slayout='per_occ', names='attach', extras=['teachers']),
    'mac': dict(form='htmlweb', ind='gs', dist='gs', credit='rl', audit='gs', reg='cert', work='rl', pledge='rl', integ='rl', impl='rl',
                samples='rl', slayout='per_level', names='folders', macosx=True, extras=['sitephoto', 'floorplan', 'toc']),
    'gov': dict(form='rl', ind='rl', dist='rl', credit='rl', audit='rl', reg='cert', work='rl', pledge='rl', integ='rl', impl='rl',
                samples='rl', slayout='per_level', names='num'),
    'assoc': dict(form='html', ind='gs', dist='scan', credit='rl', audit='gs', reg='cert', work='html', pledge='html', integ='html',
                  impl='html', samples='rl', slayout='per_level', names='folders2'),
    'odt': dict(form='odt', ind='rl', dist='ocr', credit='rl', audit='rldroid', reg='cert', work='odt', pledge='rl', integ='rl',
                impl='odt', samples='rldroid', slayout='per_set', names='num', eval_sep=True),
}

MATNAME = {'form': '社会培训评价组织征集遴选申请表', 'ind': '行业主管部门推荐函', 'dist': '考核点所在区人社部门推荐函', 'credit': '信用报告',
           'reg': '营业执照复印件', 'work': '职业技能等级认定工作方案', 'pledge': '承诺书', 'integ': '廉洁责任书', 'impl': '项目实施方案'}
KIND = {'form': 'application_form', 'ind': 'industry_letter', 'dist': 'district_letter', 'credit': 'credit_report', 'reg': 'registration_certificate',
        'work': 'work_plan', 'pledge': 'pledge', 'integ': 'integrity_letter', 'impl': 'implementation_plan', 'eval': 'evaluation_plan',
        'sample': 'sample_paper', 'audit': 'audit_report', 'other': 'other'}
STAMPED = {'ind', 'dist', 'pledge', 'integ', 'reg'}


class Doc:
    n = 0

    def __init__(self, mat, blocks, prod, kinds, seal=None, special=None, lines=None):
        Doc.n += 1
        self.id = 'd%04d' % Doc.n
        self.mat, self.blocks, self.prod, self.kinds, self.seal, self.special = mat, blocks, prod, kinds, seal, special
        self.lines = lines if lines is not None else (G.doc_text(blocks) if blocks else [])
        self.pdf = os.path.join(BUILD, 'pdf', self.id + '.pdf')
        self.final = None
        self.ext = '.pdf'


# ------------------------------------------------------------------ certificates
def draw_cert(p, path, stamped, font='WQY'):
    G.rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    o = p['org']
    rng = random.Random(p['seed'] * 5)
    kind = o['kind']
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setStrokeColorRGB(0.55, 0.35, 0.1)
    c.setLineWidth(6)
    c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(1.5)
    c.rect(34, 34, W - 68, H - 68)
    c.setFillColorRGB(0, 0, 0)
    if kind in ('company', 'branch'):
        title, sub = '营 业 执 照', '（副    本）'
        fields = [('名', '称', o['name']), ('类', '型', o['regtype']), ('法定代表人' if kind != 'branch' else '负 责 人', '', o['rep']),
                  ('经营范围', '', o['scope']), ('注册资本' if kind != 'branch' else '', '', o['capital'] if kind != 'branch' else ''),
                  ('成立日期', '', o['founded']), ('营业期限', '', '%s至不约定期限' % o['founded']), ('住', '所' if kind != 'branch' else '',
                                                                                         o['addr'])]
        if kind == 'branch':
            fields[6] = ('营业场所', '', o['addr'])
            fields[7] = ('', '', '')
        auth = o['regauth']
    elif kind == 'minfei':
        title, sub = '民办非企业单位登记证书', '（法人）'
        fields = [('名', '称', o['name']), ('住', '所', o['addr']), ('法定代表人', '', o['rep']), ('业务范围', '', o['scope']),
                  ('业务主管单位', '', '上海市%s人力资源和社会保障局' % G_dist(o)), ('开办资金', '', '人民币%d万元' % rng.choice([10, 30, 50, 100])),
                  ('有 效 期', '', '2023年5月16日至2028年5月15日')]
        auth = o['regauth']
    elif kind == 'shetuan':
        title, sub = '社会团体法人登记证书', ''
        fields = [('名', '称', o['name']), ('住', '所', o['addr']), ('法定代表人', '', o['rep']), ('业务范围', '', o['scope']),
                  ('活动地域', '', '上海市'), ('注册资金', '', '人民币%d万元' % rng.choice([10, 30, 50])), ('业务主管单位', '', '上海市绿化和市容管理局'),
                  ('有 效 期', '', '2022年9月12日至2027年9月11日')]
        auth = o['regauth']
    else:
        title, sub = '事业单位法人证书', ''
        fields = [('名', '称', o['name']), ('宗旨和业务范围', '', '为本区劳动者提供职业技能培训、评价指导服务。'), ('住', '所', o['addr']),
                  ('法定代表人', '', o['rep']), ('经费来源', '', '财政补助'), ('开办资金', '', '人民币%d万元' % rng.choice([50, 120, 300])),
                  ('举办单位', '', '上海市闵行区人力资源和社会保障局'), ('有 效 期', '', '自2024年3月1日至2029年3月1日')]
        auth = '上海市事业单位登记管理局'
    c.setFont(font, 34)
    c.drawCentredString(W / 2, H - 95, title)
    if sub:
        c.setFont(font, 14)
        c.drawCentredString(W / 2, H - 118, sub)
    c.setFont(font, 11)
    c.drawString(70, H - 80, '统一社会信用代码')
    c.drawString(70, H - 96, o['code'])
    c.drawString(W - 190, H - 80, '证照编号：%s' % ''.join(rng.choice('0123456789') for _ in range(14)))
    # QR-like block
    x0, y0, s = W - 150, H - 230, 5
    for i in range(21):
        for j in range(21):
            if (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                on = i % 6 == 0 or j % 6 == 0 or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                c.rect(x0 + j * s, y0 + (20 - i) * s, s, s, stroke=0, fill=1)
    y = H - 165
    from reportlab.lib.utils import simpleSplit
    for k1, k2, v in fields:
        if not (k1 or v):
            continue
        c.setFont(font, 13)
        lab = k1 + ('    ' + k2 if k2 else '')
        c.drawString(95, y, lab)
        c.setFont(font, 12)
        lines = simpleSplit(v, font, 12, W - 410)
        for ln in lines[:3]:
            c.drawString(215, y, ln)
            y -= 18
        y -= 8
    c.setFont(font, 12)
    c.drawString(W - 260, 95, '登记机关')
    c.drawString(W - 260, 75, auth)
    c.drawString(W - 230, 55, '%d年%d月%d日' % (rng.choice([2022, 2023, 2024]), rng.randint(1, 12), rng.randint(1, 28)))
    G.rl_seal(c, W - 200, 95, 42, auth, color=G.RED, alpha=0.7, font=font)
    if stamped:
        c.setFont(font, 15)
        c.setFillColorRGB(*G.RED)
        c.drawString(90, 110, '与原件一致')
        c.drawString(90, 90, '仅供社会培训评价组织申报使用')
        G.rl_seal(c, 200, 95, 48, o['name'], font=font)
    c.showPage()
    c.save()


def G_dist(o):
    from gen_specs import DISTRICTS
    return DISTRICTS.get(o['region'], '')


# ------------------------------------------------------------------ images (extras)
def site_photo(p, path, k, bad=False):
    from PIL import Image, ImageDraw, ImageFilter, ImageEnhance
    rng = random.Random(p['seed'] * 31 + k)
    im = Image.new('RGB', (1000, 750), (rng.randint(200, 230), rng.randint(200, 225), rng.randint(190, 215)))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 500), (1000, 500), (1000, 750), (0, 750)], fill=(150, 130, 110))
    for r in range(3):
        for c in range(4):
            x, y = 120 + c * 210, 420 + r * 90
            d.rectangle([x, y, x + 150, y + 30], fill=(180, 140, 90))
            d.rectangle([x + 55, y - 45, x + 95, y], fill=(60, 60, 70))
    d.rectangle([300, 120, 700, 330], fill=(30, 60, 40))
    d.rectangle([880, 60, 930, 100], fill=(20, 20, 20))  # camera
    im = im.filter(ImageFilter.GaussianBlur(1.2 if not bad else 5))
    if bad:
        im = ImageEnhance.Brightness(im).enhance(0.4)
    im.save(path, 'JPEG', quality=70 if not bad else 40)


def floor_plan(p, path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    im = Image.new('RGB', (1100, 800), 'white')
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(G.FONT_TTC, 26)
    d.rectangle([50, 50, 1050, 750], outline='black', width=6)
    rooms = [('理论考场1', 50, 50, 400, 350), ('理论考场2', 400, 50, 750, 350), ('实操考场', 750, 50, 1050, 500),
             ('候考区', 50, 350, 400, 750), ('监控室', 400, 350, 600, 550), ('考务办公室', 600, 500, 1050, 750)]
    for n, a, b, c2, e in rooms:
        d.rectangle([a, b, c2, e], outline='black', width=3)
        d.text((a + 20, b + 20), n, font=f, fill='black')
    d.text((60, 760), '%s 考核点平面示意图' % p['org']['name'], font=f, fill='black')
    im = im.resize((330, 240)).filter(ImageFilter.GaussianBlur(1.5))
    im.save(path, 'JPEG', quality=35)


# ------------------------------------------------------------------ package assembly
def prepare(p, idx):
    o = p['org']
    rng = random.Random(1000 + idx)
    p['seed'] = idx
    p['tid'] = 'T%02d' % idx
    h = dict(HOUSES[p['house']])
    p['h'] = h
    dd = p['dl_dist']
    p['district'] = G_dist(o) or dd
    if 'dl' not in p:
        p['dl'] = dict(name='上海市%s人力资源和社会保障局' % dd, no='%s人社函〔2025〕%d号' % (DSHORT[dd], rng.randint(2, 40)))
    if 'site' not in p:
        from gen_specs import STREETS
        p['site'] = '上海市%s%s%d号%d楼' % (dd, rng.choice(STREETS), rng.randint(10, 900), rng.randint(2, 6))
    p['site_short'] = p['site'][3:15]
    ind = p['ind'] if isinstance(p['ind'], dict) else dict(IND[p['ind']])
    ind = dict(ind)
    ind['no'] = '%s函〔2025〕%d号' % (ind['abbr'], rng.randint(3, 60)) if ind['abbr'] != '申药集团' else '申药集团〔2025〕%d号' % rng.randint(3, 30)
    p['ind'] = ind
    day = 20 + idx % 5
    p['date'] = (2025, 1, day)
    p['ind_date'] = (2025, 1, 6 + idx % 9)
    p['dl_date'] = (2025, 1, 8 + idx % 8)
    p['credit_date'] = (2025, 1, 10 + idx % 9)
    p['contact'] = rng.choice(['张敏', '李娜', '王磊', '陈静', '刘洋', '赵丽', '孙伟', '周婷'])
    p['phone'] = '021-%d' % rng.randint(50000000, 69999999)
    p['zip'] = '20%04d' % rng.randint(0, 9999)
    p['staff'] = rng.randint(4, 12)
    p['rooms'] = rng.randint(3, 8)
    p['batches'] = rng.randint(2, 6)
    p['intro'] = '%s成立于%s，主要从事%s，现有专兼职培训教师%d名，培训场地%d平方米，年培训规模约%d人次。' % (
        o['name'], o['founded'], p['business'], p['staff'] * 3, rng.randint(6, 30) * 100, rng.randint(5, 60) * 100)
    if 'audit_years' not in p:
        p['audit_years'] = [2022, 2023]


def make_docs(p, idx):
    """Returns list of (Doc, tag) for top-level materials (before naming)."""
    h = p['h']
    omit = set(p.get('omit', []))
    docs = []

    def prod_for(mat, default):
        if mat in p.get('enc', []):
            return 'enc'
        if mat in p.get('corrupt', []):
            return 'corrupt'
        if mat in p.get('faint', []):
            return 'faint'
        if mat in p.get('photobad', []):
            return 'photobad'
        if mat in p.get('docx_only', []):
            return 'docxraw'
        return default

    fv = p.get('form_v', idx % 5)
    docs.append(Doc('form', C.application_form(p, fv), prod_for('form', h['form']), ['application_form']))
    ind_seal = 'ind' not in p.get('noseal', [])
    iv = p.get('ind_v', idx % 3)
    docs.append(Doc('ind', C.industry_letter(p, iv, seal=ind_seal), prod_for('ind', h['ind']), ['industry_letter'], seal=ind_seal))
    dv = (idx + 1) % 3
    docs.append(Doc('dist', C.district_letter(p, dv, seal=True), prod_for('dist', h['dist']), ['district_letter'], seal=True))
    cv = p.get('credit_v', idx % 3)
    docs.append(Doc('credit', C.credit_report(p, cv), prod_for('credit', h['credit']), ['credit_report']))
    for y in p['audit_years']:
        av = idx % 4
        d = Doc('audit%d' % y, C.audit_report(p, y, av), prod_for('audit%d' % y, h['audit']), ['audit_report'])
        d.year = y
        docs.append(d)
    reg_seal = 'reg' not in p.get('noseal', [])
    rp = prod_for('reg', h['reg'])
    d = Doc('reg', None, rp, ['registration_certificate'], seal=reg_seal, special='cert',
            lines=[p['org']['name'], p['org']['code']])
    docs.append(d)
    wv = idx % 3
    docs.append(Doc('work', C.work_plan(p, wv), prod_for('work', h['work']), ['work_plan']))
    dxo = p.get('docx_only', [])
    if 'pledge' not in omit:
        docs.append(Doc('pledge', C.pledge(p, (idx + 1) % 3, seal='pledge' not in dxo), prod_for('pledge', h['pledge']), ['pledge'], seal='pledge' not in dxo))
    if 'integ' not in omit:
        docs.append(Doc('integ', C.integrity(p, (idx + 2) % 3, seal='integ' not in dxo), prod_for('integ', h['integ']), ['integrity_letter'], seal='integ' not in dxo))
    iv2 = idx % 3
    sep = h.get('eval_sep', False)
    docs.append(Doc('impl', C.implementation_plan(p, iv2, include_eval=not sep), prod_for('impl', h['impl']),
                    ['implementation_plan'] if sep else ['implementation_plan', 'evaluation_plan']))
    if sep:
        for i, a in enumerate(p['apps']):
            d = Doc('eval%d' % i, C.eval_plan_doc(p, a, 0), h['impl'] if h['impl'] != 'odt' else 'odt', ['evaluation_plan'])
            d.occ = a
            docs.append(d)
    # samples
    sv = idx % 5
    lay = h['slayout']
    one = p.get('one_set')
    answers = h.get('answers', False)
    groups = []  # (label, [blocks...])
    for ai, a in enumerate(p['apps']):
        occ_blocks = []
        for l in sorted(a['levels'], reverse=True):
            sets = [1] if (one and one == (ai, l)) else [1, 2]
            lvl_blocks = []
            for k in sets:
                sb = C.sample_set(p, a, l, k, sv, answers=answers)
                if lay == 'per_set':
                    groups.append(((a, l, k), sb))
                lvl_blocks += sb + [('br',)]
            if lay == 'per_level':
                groups.append(((a, l, None), lvl_blocks[:-1]))
            occ_blocks += lvl_blocks
        if lay == 'per_occ':
            groups.append(((a, None, None), occ_blocks[:-1]))
    if lay == 'all':
        allb = []
        for g in [C.sample_set(p, a, l, k, sv) + [('br',)] for ai, a in enumerate(p['apps']) for l in sorted(a['levels'], reverse=True)
                  for k in ([1] if (one and one == (ai, l)) else [1, 2])]:
            allb += g
        groups.append(((None, None, None), allb[:-1]))
    for key, blocks in groups:
        d = Doc('sample', blocks, h['samples'], ['sample_paper'])
        d.skey = key
        d.sv = sv
        docs.append(d)
    # extras
    for e in h.get('extras', []):
        if e == 'toc':
            d = Doc('toc', C.toc(p, [MATNAME[m] for m in ['form', 'ind', 'dist', 'credit', 'reg', 'work', 'pledge', 'integ', 'impl']] + ['审计报告', '样题']),
                    'rl' if h['samples'] != 'docx' else 'docx', ['other'])
            docs.append(d)
        elif e == 'teachers':
            docs.append(Doc('teachers', C.teacher_list(p), 'docx', ['other']))
        elif e == 'teachers_docx':
            docs.append(Doc('teachers', C.teacher_list(p), 'docxraw', ['other']))
        elif e == 'sitephoto':
            for k in (1, 2):
                d = Doc('photo%d' % k, None, 'photo', ['other'], special='sitephoto')
                d.k = k
                docs.append(d)
        elif e == 'floorplan':
            docs.append(Doc('floorplan', None, 'photobad', ['other'], special='floorplan'))
    return docs


def base_render(p, d, queue):
    """Produce d.pdf (text PDF) or the source for conversion."""
    pr = d.prod
    if d.special == 'cert':
        draw_cert(p, d.pdf, d.seal, font='WQY' if pr != 'rlcid' else 'STSong-Light')
        return
    if d.special in ('sitephoto', 'floorplan'):
        return
    footer = None
    if pr in ('rl', 'rlcid', 'rldroid', 'scan', 'scang', 'ocr', 'faint', 'photobad', 'photo', 'enc', 'corrupt'):
        font = {'rlcid': 'STSong-Light', 'rldroid': 'Droid'}.get(pr, 'WQY')
        G.render_rl(d.blocks, d.pdf, font=font, page_num=d.mat not in ('ind', 'dist', 'pledge', 'integ'), footer=footer)
    elif pr in ('docx', 'docxraw', 'gs'):
        src = os.path.join(BUILD, 'src', d.id + '.docx')
        G.render_docx(d.blocks, src, font=['宋体', 'WenQuanYi Zen Hei', 'Droid Sans Fallback', 'SimSun'][p['seed'] % 4], seal_dir=os.path.join(BUILD, 'src'))
        d.src = src
        if pr in ('docx', 'gs'):
            queue.append(src)
    elif pr == 'odt':
        assert d.mat not in STAMPED, 'odt cannot carry seals'
        src = os.path.join(BUILD, 'src', d.id + '.odt')
        G.render_odt(d.blocks, src)
        d.src = src
        queue.append(src)
    elif pr in ('html', 'htmlweb'):
        src = os.path.join(BUILD, 'src', d.id + '.html')
        bar = None
        if pr == 'htmlweb':
            bar = '上海市人力资源和社会保障自助经办系统  |  劳动就业 > 技能鉴定 > 新增备案机构申报'
        G.render_html(d.blocks, src, css='web' if pr == 'htmlweb' else 'serif', bar=bar)
        d.src = src
        d.html = True
    else:
        raise ValueError(pr)


def post(p, d, rng):
    pr = d.prod
    if pr in ('html', 'htmlweb'):
        G.chromium_pdf(d.src, d.pdf)
    if pr == 'gs':
        tmp = d.pdf + '.gs.pdf'
        G.gs_redistill(d.pdf, tmp)
        os.replace(tmp, d.pdf)
    elif pr in ('scan', 'scang', 'ocr', 'faint'):
        gray = pr in ('scang', 'faint') or (pr == 'ocr' and p['seed'] % 2 == 0)
        dpi = {'scan': 150, 'scang': 150, 'ocr': 150, 'faint': 200}[pr]
        ims = G.pdf_to_images(d.pdf, dpi, gray=gray)
        jp = []
        for im in ims:
            im2 = G.degrade(im, rng, 'faint' if pr == 'faint' else 'legible')
            jp.append(G.jpeg_bytes(im2, (45 if im2.mode == 'RGB' else 55) if pr != 'faint' else 30))
        out = d.pdf + '.scan.pdf'
        if pr == 'ocr':
            n = len(jp)
            per = max(1, math.ceil(len(d.lines) / n))
            G.ocr_layer_pdf(jp, [d.lines[i * per:(i + 1) * per] for i in range(n)], out, dpi)
        else:
            G.images_to_pdf(jp, out, 60 if pr == 'faint' else dpi)
        os.replace(out, d.pdf)
        d.seal_gray = gray
    elif pr in ('photo', 'photobad'):
        d.ext = '.jpg'
        d.final = os.path.join(BUILD, 'pdf', d.id + '.jpg')
        if d.special == 'sitephoto':
            site_photo(p, d.final, d.k)
        elif d.special == 'floorplan':
            floor_plan(p, d.final)
        else:
            ims = G.pdf_to_images(d.pdf, 110)
            im = G.degrade(ims[0], rng, 'photo_bad' if pr == 'photobad' else 'legible')
            im.save(d.final, 'JPEG', quality=45)
        return
    elif pr == 'enc':
        out = d.pdf + '.enc.pdf'
        G.run(['qpdf', '--encrypt', 'sh%04d' % rng.randint(0, 9999), 'owner%d' % rng.randint(0, 99999), '256', '--', d.pdf, out])
        os.replace(out, d.pdf)
    elif pr == 'corrupt':
        data = open(d.pdf, 'rb').read()
        open(d.pdf, 'wb').write(data[:int(len(data) * 0.42)])
    elif pr == 'docxraw':
        d.ext = '.docx'
        d.final = d.src
        return
    d.final = d.pdf


def merge_pdfs(paths, out):
    G.run(['qpdf', '--empty', '--pages'] + paths + ['--', out])


# ------------------------------------------------------------------ naming
def occ_short(a):
    return a['name'].replace('（', '-').replace('）', '')


def name_docs(p, docs, combined):
    """Assign zip paths. combined: list of (list_of_docs, kinds) merged."""
    sch = p['h']['names']
    o = p['org']
    regname = {'company': '营业执照复印件', 'branch': '营业执照复印件', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书',
               'shiye': '事业单位法人证书'}[o['kind']]
    rng = random.Random(p['seed'] * 3 + 7)
    counter = [0]

    def base(d):
        m = d.mat
        if m.startswith('audit'):
            return '%d年度审计报告' % d.year
        if m == 'reg':
            return regname
        if m.startswith('eval'):
            return '%s评价方案' % occ_short(d.occ)
        if m == 'sample':
            a, l, k = d.skey
            sn = [('样题一', '样题二'), ('A卷', 'B卷'), ('模拟试卷1', '模拟试卷2'), ('第一套', '第二套'), ('A卷', 'B卷')][d.sv % 5]
            if a is None:
                return '样题汇编（全部职业等级）'
            if l is None:
                return '%s-样题' % occ_short(a)
            if k is None:
                return '%s%s样题' % (occ_short(a), C.CN[l])
            return '%s%s%s' % (occ_short(a), C.CN[l], sn[k - 1])
        if m == 'toc':
            return '目录'
        if m == 'teachers':
            return '考评人员名单'
        if m.startswith('photo'):
            return '考核点照片%d' % d.k
        if m == 'floorplan':
            return '考场平面图'
        return MATNAME[m]

    FOLD = {'form': '01申请表', 'ind': '02推荐函', 'dist': '02推荐函', 'credit': '03信用佐证材料', 'audit': '03信用佐证材料',
            'reg': '03信用佐证材料', 'work': '04工作方案', 'pledge': '04工作方案', 'integ': '04工作方案', 'impl': '05实施方案',
            'eval': '05实施方案', 'sample': '05实施方案/样题', 'other': '06其他材料'}
    FOLD2 = {'form': '一、申请表', 'ind': '二、推荐函', 'dist': '二、推荐函', 'credit': '三、信用佐证', 'audit': '三、信用佐证', 'reg': '三、信用佐证',
             'work': '四、工作方案', 'pledge': '四、工作方案', 'integ': '四、工作方案', 'impl': '五、项目实施方案', 'eval': '五、项目实施方案',
             'sample': '五、项目实施方案/两套样题', 'other': '六、其他'}
    ORDER = ['form', 'ind', 'dist', 'credit', 'audit', 'reg', 'work', 'pledge', 'integ', 'impl', 'eval', 'sample', 'other']

    def cat(d):
        m = d.mat
        for k in ('audit', 'eval'):
            if m.startswith(k):
                return k
        if m in ('toc', 'teachers', 'floorplan') or m.startswith('photo'):
            return 'other'
        return m

    items = [(d, base(d)) for d in docs] + [(cd, cname) for cd, cname in combined]
    items.sort(key=lambda x: ORDER.index(cat(x[0])))
    seen = set()
    for d, b in items:
        c = cat(d)
        ext = d.ext
        if sch in ('num', 'num2'):
            if c == 'sample':
                path = ('%02d-两套样题/' % (ORDER.index('sample') + 1)) + b + ext
            else:
                counter[0] += 1
                path = ('%02d-%s%s' if sch == 'num' else '%d.%s%s') % (counter[0], b, ext)
        elif sch == 'folders':
            path = '%s/%s%s' % (FOLD[c], b, ext)
        elif sch == 'folders2':
            path = '%s/%s%s' % (FOLD2[c], b, ext)
        elif sch == 'attach':
            if c == 'sample':
                path = '附件9-样题/%s%s' % (b, ext)
            else:
                counter[0] += 1
                path = '附件%d-%s%s' % (counter[0], b, ext) if rng.random() < 0.6 else '附件%d%s' % (counter[0], ext)
        elif sch == 'scan':
            if d.prod in ('scan', 'scang', 'faint') and c != 'sample':
                counter[0] += 1
                path = 'IMG_20250116_%04d%s' % (counter[0], ext)
            else:
                path = '%s%s' % (b, ext) if c != 'sample' else '样题/%s%s' % (b, ext)
        elif sch == 'mixed':
            if c == 'sample':
                path = '样题/%s%s' % (b, ext)
            elif getattr(d, 'combined', False):
                path = '%s申报材料汇编%s' % (p['org']['name'], ext)
            else:
                counter[0] += 1
                path = rng.choice(['scan_%03d%s' % (counter[0], ext), '新建 Microsoft Word 文档 (%d)%s' % (counter[0], ext), b + ext])
        else:
            raise ValueError(sch)
        while path in seen:
            path = path.replace(ext, '_1' + ext)
        seen.add(path)
        d.zpath = path


class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(path, entries, gbk=False, macosx=False):
    """entries: list of (name, bytes)."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if gbk:
                zi = GBKInfo(name, date_time=(2025, 1, 21, 10, 12, 0))
            else:
                zi = zipfile.ZipInfo(name, date_time=(2025, 1, 21, 10, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        if macosx:
            for name, _ in entries[:4]:
                dn, bn = os.path.split(name)
                z.writestr(zipfile.ZipInfo('__MACOSX/' + (dn + '/' if dn else '') + '._' + bn, date_time=(2025, 1, 21, 10, 12, 0)),
                           b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 40)
            z.writestr(zipfile.ZipInfo('.DS_Store', date_time=(2025, 1, 21, 10, 12, 0)), b'\x00\x00\x00\x01Bud1' + b'\x00' * 60)


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    shutil.rmtree(PKG, ignore_errors=True)
    for s in ('pdf', 'src', 'lo_profile'):
        os.makedirs(os.path.join(BUILD, s), exist_ok=True)
    os.makedirs(PKG)
    ps = specs()
    alld = []
    for i, p in enumerate(ps, 1):
        prepare(p, i)
        p['docs'] = make_docs(p, i)
        alld += [(p, d) for d in p['docs']]
    print('docs:', len(alld), flush=True)
    queue = []
    for p, d in alld:
        base_render(p, d, queue)
    print('soffice:', len(queue), flush=True)
    G.soffice_batch(queue, os.path.join(BUILD, 'lo_out'))
    for p, d in alld:
        if d.prod in ('docx', 'odt', 'gs'):
            shutil.copy(os.path.join(BUILD, 'lo_out', d.id + '.pdf'), d.pdf)
    for n, (p, d) in enumerate(alld):
        post(p, d, random.Random(n * 7919 + 13))
    print('post done', flush=True)
    key = {'author': 'final21', 'packages': {}}
    for p in ps:
        h = p['h']
        docs = p['docs']
        combined = []
        for grp in h.get('combine', []):
            members = [d for d in docs if any(d.mat == g or (g.endswith('*') and d.mat.startswith(g[:-1])) for g in grp)]
            if not members:
                continue
            assert all(d.final and d.final.endswith('.pdf') and d.prod not in ('enc', 'corrupt', 'docxraw') for d in members), p['tid']
            cd = Doc(members[0].mat, None, 'mergegs' if h.get('combine_gs') else 'merge', [])
            for d in members:
                for k in d.kinds:
                    if k not in cd.kinds:
                        cd.kinds.append(k)
            cd.members = members
            cd.combined = True
            merge_pdfs([d.final for d in members], cd.pdf)
            if h.get('combine_gs'):
                G.gs_redistill(cd.pdf, cd.pdf + '.gs.pdf')
                os.replace(cd.pdf + '.gs.pdf', cd.pdf)
            cd.final = cd.pdf
            seals = [d.seal for d in members if d.mat in STAMPED]
            cd.seal = all(seals) if seals else None
            tm = set(TEXTMODE[d.prod] for d in members)
            cd.text = 'text' if tm == {'text'} else ('none' if tm == {'none'} else 'ocr-layer' if 'none' not in tm else 'text')
            cd.sub_prod = sorted(set(d.prod for d in members))
            combined.append((cd, '%s（%s）' % ('申报材料汇编' if len(members) > 4 else '信用佐证材料' if members[0].mat == 'credit' else '工作方案（含承诺书、廉洁责任书）', p['org']['name'][:0] or '合订')))
            for d in members:
                docs.remove(d)
        name_docs(p, docs, combined)
        alldocs = docs + [c for c, _ in combined]
        nested = h.get('nested', [])
        top, inner = [], []
        for d in alldocs:
            data = open(d.final, 'rb').read()
            (inner if d.mat in nested else top).append((d, data))
        entries = [(d.zpath, data) for d, data in top]
        nested_name = None
        if inner:
            nested_name = '盖章材料扫描件.zip'
            b = io.BytesIO()
            with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
                for d, data in inner:
                    d.zpath = os.path.basename(d.zpath)
                    z.writestr(zipfile.ZipInfo(d.zpath, date_time=(2025, 1, 19, 16, 0, 0)), data)
            entries.append((nested_name, b.getvalue()))
            for d, _ in inner:
                d.zpath = nested_name + '/' + d.zpath
        zname = '%s-%s.zip' % (p['tid'], p['org']['name'])
        write_zip(os.path.join(PKG, zname), entries, gbk=h.get('gbk', False), macosx=h.get('macosx', False))
        dl = []
        for d in sorted(alldocs, key=lambda x: x.zpath):
            ent = {'path': d.zpath, 'kind': '+'.join(d.kinds),
                   'producer': PRODUCER[d.prod] + ((' [' + ', '.join(PRODUCER[x] for x in d.sub_prod) + ']') if getattr(d, 'sub_prod', None) else ''),
                   'text': getattr(d, 'text', None) or TEXTMODE[d.prod]}
            if d.seal is not None and (d.mat in STAMPED or getattr(d, 'combined', False)):
                ent['seal'] = bool(d.seal)
            if d.prod == 'docxraw' and d.mat in STAMPED:
                ent['seal'] = False
            dl.append(ent)
        key['packages'][zname] = {
            'verdict': p['verdict'], 'causes': p['causes'], 'defects': p['defects'], 'why': p['why'],
            'organisation': {'name': p['org']['name'], 'credit_code': p['org']['code']},
            'applications': [{'code': a['code'], 'name': a['name'], 'levels': sorted(a['levels'], reverse=True)} for a in p['apps']],
            'documents': dl}
        # expectations for selfcheck (names shown in each text document)
        key['packages'][zname]['_expect'] = {}
        for d in alldocs:
            exp = p['org']['name']
            if d.mat == 'form' and p.get('form_name'):
                exp = p['form_name']
            if d.mat == 'ind' and p.get('ind_target'):
                exp = p['ind_target']
            key['packages'][zname]['_expect'][d.zpath] = exp
        print(zname, p['verdict'], os.path.getsize(os.path.join(PKG, zname)) // 1024, 'KB', flush=True)
    expect = {k: v.pop('_expect') for k, v in key['packages'].items()}
    with open(os.path.join(BASE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(BASE, 'selfcheck_expect.json'), 'w', encoding='utf-8') as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)

    write_readme(key)


def write_readme(key):
    cnt = {}
    for v in key['packages'].values():
        cnt[v['verdict']] = cnt.get(v['verdict'], 0) + 1
    prods = sorted({d['producer'].split(' [')[0] for v in key['packages'].values() for d in v['documents']})
    L = ['# Blind test corpus, part final21', '',
         'Application packages for 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the screening tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py     # writes packages/, key.json, selfcheck_expect.json, README.md (about 4 min)',
         'python3 selfcheck.py    # zips open, key paths exist, org name in every text PDF/docx, scans have no text layer', '```', '',
         'Needs: reportlab, python-docx, odfpy, pillow, img2pdf; LibreOffice (soffice), chromium, ghostscript, qpdf, poppler-utils; fonts wqy-zenhei, Droid Sans Fallback, Noto CJK.',
         'Content is deterministic (seeded random); PDF timestamps differ between runs.', '',
         'Files: `gen_lib.py` (credit codes, doc model, renderers, scan simulation), `gen_content.py` (document wording/templates), '
         '`gen_specs.py` (organisations, planted defects, verdicts), `generate.py` (house styles, assembly, zips, key).', '',
         '`selfcheck_expect.json` lists, per document, the name that must appear in its text (the application form of the name-mismatch package and the '
         'wrong-organisation letter show a different name on purpose).', '',
         '## Producers used', ''] + ['- ' + x for x in prods] + ['',
         '## Counts', '', '%d packages: %s' % (len(key['packages']), ', '.join('%s %d' % (k, cnt[k]) for k in ('pass', 'fail', 'review') if k in cnt)), '',
         '## Packages', '', '| package | verdict | causes | defects |', '|---|---|---|---|']
    for n, v in key['packages'].items():
        L.append('| %s | %s | %s | %s |' % (n, v['verdict'], ', '.join(v['causes']) or '—', '；'.join(v['defects']) or '—'))
    L += ['', 'Notes: three zips (T06, T17, T29) have GBK-encoded names without the UTF-8 flag; T08 holds a nested zip; T11, T24, T30 carry __MACOSX/.DS_Store junk; '
          'unreadable extras (dark floor-plan photo) never affect the verdict.', '']
    open(os.path.join(BASE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L))


if __name__ == '__main__':
    main()
