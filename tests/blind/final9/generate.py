#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final9 blind corpus: packages/*.zip and key.json.

    python3 generate.py            # everything (about 15-25 minutes)
    python3 generate.py P07 P21    # only some packages (key.json is merged)

Content is deterministic (seeded random); PDF byte streams may differ in
timestamps written by LibreOffice/Chromium/ocrmypdf.
"""
import datetime as dt
import json
import os
import random
import shutil
import struct
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
import g_render as R          # noqa: E402
import g_content as C         # noqa: E402
from g_render import (LH, DOCNO, TITLE, SUB, H, P, KV, TABLE, SIGN, PB, SP, IMG, RULE, Seal)  # noqa: E402,F401

BUILD = os.path.join(ROOT, '_build')
OUT = os.path.join(ROOT, 'packages')
MASTER_SEED = 90909

STAMP_KINDS = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate',
               'application_form'}

PR = {
    'rl': 'reportlab 5 platypus (embedded TrueType subset, WenQuanYi Zen Hei)',
    'rlcid': 'reportlab 5 platypus (STSong-Light CID font, not embedded)',
    'rlcanvas': 'reportlab canvas (certificate drawn at coordinates, embedded TrueType)',
    'html': 'Chromium headless --print-to-pdf (HTML/CSS, SVG seal)',
    'htmlcert': 'Chromium headless --print-to-pdf (absolutely positioned HTML certificate)',
    'docx': 'python-docx -> LibreOffice 7.4 (soffice --convert-to pdf)',
    'odt': 'odfpy -> LibreOffice 7.4 (soffice --convert-to pdf)',
    'docxraw': 'python-docx (.docx as uploaded)',
    'odtraw': 'odfpy (.odt as uploaded)',
}


# ====================================================================== documents
class D:
    """A produced file plus how it was produced."""

    def __init__(self, path, label, text='text', seal=None, docx=None):
        self.path, self.label, self.text, self.seal, self.docx = path, label, text, seal, docx

    def _new(self, path, label, text=None, seal='same'):
        return D(path, label, self.text if text is None else text, self.seal if seal == 'same' else seal)

    def gs(self, settings='/printer'):
        return self._new(R.gs_redistill(self.path, settings=settings), self.label + ' -> Ghostscript 10 pdfwrite re-distilled')

    def scan(self, rnd, dpi=200, gray=True, quality=50, angle=None, noise=8, yellow=False):
        p = R.scan_pdf(self.path, rnd, dpi=dpi, gray=gray, quality=quality, angle=angle, noise=noise, yellow=yellow)
        return self._new(p, 'scan of [%s]: pdftoppm %ddpi %s -> Pillow (rotation, noise, JPEG q%d) -> img2pdf'
                         % (self.label, dpi, 'grayscale' if gray else 'colour', quality), text='none')

    def ocr(self):
        return self._new(R.ocrmypdf_layer(self.path), self.label + ' -> ocrmypdf (tesseract chi_sim text layer)', text='ocr-layer')

    def inv(self, rnd, dpi=170, gray=False):
        p = R.invisible_layer(self.path, rnd, dpi=dpi, gray=gray)
        return self._new(p, 'scanner-style PDF: page image (pdftoppm %ddpi -> Pillow JPEG) + invisible text (reportlab render mode 3) from [%s]'
                         % (dpi, self.label), text='ocr-layer')

    def unread(self, rnd):
        return self._new(R.unreadable_scan(self.path, rnd), 'unreadable scan of [%s]: 60 dpi, blurred, faint -> img2pdf' % self.label,
                         text='none')

    def photo(self, rnd, poor=False, page=1):
        return self._new(R.photo_jpg(self.path, rnd, page=page, poor=poor),
                         'phone photo (JPEG) of [%s]%s' % (self.label, ' - dark, blurred, low resolution' if poor else ''), text='none')

    def jpg(self, rnd, dpi=150, gray=False, page=1):
        return self._new(R.pdf_to_jpg(self.path, rnd, dpi=dpi, gray=gray, page=page),
                         'scanned page saved as JPEG (%d dpi) of [%s]' % (dpi, self.label), text='none')

    def enc(self):
        return self._new(R.encrypt_pdf(self.path), self.label + ' -> qpdf AES-256 encrypted (user password required)', text='encrypted')

    def restrict(self):
        return self._new(R.restrict_pdf(self.path), self.label + ' -> qpdf owner-password restrictions only (opens without password)')

    def trunc(self, frac=0.12):
        return self._new(R.truncate_pdf(self.path, frac=frac), self.label + ' -> truncated upload (%d%% of bytes)' % int(frac * 100),
                         text='corrupt')


def has_seal(blocks):
    return any(b[0] == 'sign' and b[2] is not None for b in blocks)


def mk(blocks, prod, seed=0, **kw):
    seal = has_seal(blocks)
    if prod == 'rl':
        return D(R.render_rl(blocks, seed=seed, **kw), PR['rl'], seal=seal)
    if prod == 'rlcid':
        return D(R.render_rl(blocks, font='STSong-Light', seed=seed, **kw), PR['rlcid'], seal=seal)
    if prod == 'html':
        return D(R.render_html(blocks, seed=seed, **kw), PR['html'], seal=seal)
    if prod == 'docx':
        dx = R.render_docx(blocks, seed=seed, **kw)
        return D(R.soffice_pdf(dx), PR['docx'], seal=seal, docx=dx)
    if prod == 'docxraw':
        return D(R.render_docx(blocks, seed=seed, **kw), PR['docxraw'], seal=seal)
    if prod == 'odt':
        return D(R.soffice_pdf(R.render_odt(blocks, seed=seed, **kw)), PR['odt'], seal=seal)
    if prod == 'odtraw':
        return D(R.render_odt(blocks, seed=seed, **kw), PR['odtraw'], seal=seal)
    raise ValueError(prod)


def lic(ctx, kind, prod='rlcanvas', variant=0, seal_applicant=True, name=None):
    if prod == 'rlland':
        return D(C.licence_land_pdf(ctx, seal_applicant, name), PR['rlcanvas'] + ' - landscape', seal=seal_applicant)
    if prod == 'htmlelec':
        return D(R.chromium_pdf(C.licence_elec_html(ctx, seal_applicant)), PR['html'] + ' - 电子营业执照 print', seal=seal_applicant)
    if prod == 'docxcert':
        d = mk(C.licence_table_blocks(ctx, seal_applicant), 'docx', ctx.seed)
        d.seal = seal_applicant
        return d
    if prod == 'rlcanvas':
        return D(C.licence_pdf(ctx, kind, variant, seal_applicant, name), PR['rlcanvas'], seal=seal_applicant)
    return D(R.chromium_pdf(C.licence_html(ctx, kind, variant, seal_applicant, name)), PR['htmlcert'], seal=seal_applicant)


def floor_plan(ctx):
    R.rl_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    out = R.tmp('pdf')
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    C.draw_floor_plan(c, ctx)
    c.showPage()
    c.save()
    return D(out, 'reportlab canvas (floor plan drawing)')


def photo_file(rnd, poor=False):
    out = R.tmp('jpg')
    C.site_photo(rnd, '', out, poor=poor)
    return D(out, 'site photo (JPEG, Pillow drawing)' + (' - blurred, tiny' if poor else ''), text='none')


def merge(ds, label=None):
    p = R.merge_pdfs([d.path for d in ds])
    return D(p, label or ('qpdf merge of: ' + ' | '.join(d.label for d in ds)), text=ds[0].text,
             seal=any(d.seal for d in ds if d.seal is not None) if any(d.seal is not None for d in ds) else None)


# ====================================================================== packages
class Pkg:
    def __init__(self, pid, ctx, verdict, causes, defects, why, zip_org=None):
        self.pid, self.ctx, self.verdict, self.causes, self.defects, self.why = pid, ctx, verdict, causes, defects, why
        self.zip_org = zip_org or ctx.org.name
        self.files = []          # (path, D, kind)
        self.nested = {}         # nested zip path -> [(path, D, kind)]
        self.dirs = []
        self.gbk = False
        self.macosx = False
        self.expect_name = {}    # path -> name expected in the text instead of the organisation name

    def add(self, path, d, kind, seal=None, nested=None):
        if seal is not None:
            d.seal = seal
        if nested:
            self.nested.setdefault(nested, []).append((path, d, kind))
        else:
            self.files.append((path, d, kind))

    @property
    def zipname(self):
        return '%s-%s.zip' % (self.pid, self.zip_org)


def app_entries(ctx):
    return [{'code': a.occ.code, 'name': a.occ.full, 'levels': a.levels} for a in ctx.apps]


ROADS = {
    '黄浦区': ['西藏中路', '河南南路', '复兴东路'], '徐汇区': ['漕溪北路', '虹漕路', '宜山路'], '长宁区': ['天山路', '仙霞路', '延安西路'],
    '静安区': ['共和新路', '江场路', '万荣路'], '普陀区': ['真北路', '曹杨路', '金沙江路'], '虹口区': ['四平路', '大连西路', '曲阳路'],
    '杨浦区': ['国权路', '军工路', '政立路'], '闵行区': ['申富路', '剑川路', '都市路'], '宝山区': ['友谊路', '长逸路', '蕴川路'],
    '嘉定区': ['博园路', '嘉松北路', '叶城路'], '浦东新区': ['科苑路', '川沙路', '锦绣路'], '金山区': ['卫清西路', '龙胜路', '亭卫公路'],
    '松江区': ['荣乐东路', '九亭大街', '文诚路'], '青浦区': ['华志路', '崧泽大道', '外青松公路'], '奉贤区': ['江海路', '望园路', '金海公路'],
    '崇明区': ['八一路', '北门路', '陈海公路'],
}
SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余'
GIVEN = ['建华', '卫东', '国平', '海涛', '志明', '文静', '晓峰', '丽娟', '永刚', '振华', '红梅', '伟民', '春燕', '德明', '宏伟', '秀英', '俊杰', '佳琪']


def addr(rnd, district, bld=True):
    road = rnd.choice(ROADS[district])
    no = rnd.randint(12, 1688)
    tail = rnd.choice(['', '%d幢' % rnd.randint(1, 9), '%d层' % rnd.randint(2, 12), '%d室' % rnd.randint(101, 1208)]) if bld else ''
    return '上海市%s%s%d号%s' % (district, road, no, tail)


def person(rnd):
    return rnd.choice(SURN) + rnd.choice(GIVEN)


def mkorg(rnd, name, kind, district, site_district=None, field='', cat=None, region=None, type_line=None, code_style='MA',
          authority=None, **over):
    cat = cat or {'company': '91', 'branch': '91', 'minfei': '52', 'shetuan': '51', 'shiye': '12'}[kind]
    region = region or C.DISTRICTS[district][0] if district in C.DISTRICTS else region
    if kind == 'minfei' and code_style == 'MA':
        code_style = 'MJ'
    if kind in ('shetuan', 'shiye'):
        code_style = 'old' if kind == 'shiye' else '5'
    code = C.make_code(rnd, cat, region, code_style)
    site_district = site_district or district
    o = C.Org(
        name=name, code=code, kind=kind, district=district,
        type_line=type_line or {'company': '有限责任公司（自然人投资或控股）', 'branch': '有限责任公司分公司（自然人投资或控股）',
                                'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位'}[kind],
        rep=person(rnd), address=addr(rnd, district) if district in ROADS else '', zip='200%03d' % rnd.randint(0, 999),
        site=addr(rnd, site_district), site_name='%s职业技能等级认定考核点' % name[2:6], site_district=site_district,
        site_area=rnd.choice([320, 450, 560, 680, 800, 1200, 1500]), rooms=rnd.randint(3, 8), stations=rnd.randint(12, 48),
        cams=rnd.randint(8, 32), founded=dt.date(rnd.randint(2003, 2019), rnd.randint(1, 12), rnd.randint(1, 28)),
        capital='%d万元人民币' % rnd.choice([50, 100, 200, 300, 500, 1000, 2000]) if kind in ('company', 'branch') else '%d万元' % rnd.choice([10, 30, 50, 100]),
        scope='', authority=authority or (('上海市%s市场监督管理局' % district) if kind in ('company', 'branch') else
                                          '上海市%s民政局' % district if kind == 'minfei' else '上海市社会团体管理局' if kind == 'shetuan' else '上海市事业单位登记管理局'),
        contact=person(rnd), phone='1%d%d%08d' % (rnd.choice([3, 5, 8]), rnd.randint(0, 9), rnd.randint(0, 99999999)),
        staff=rnd.randint(5, 16), raters=rnd.randint(12, 40), field=field, scale=rnd.choice([2e6, 5e6, 1.2e7, 3e7, 8e7]),
        intro='', reason='')
    o.__dict__.update(over)
    if not o.scope:
        o.scope = '%s相关技术服务、技术咨询；职业技能培训（不含需取得许可的项目）；%s。（依法须经批准的项目，经相关部门批准后方可开展经营活动）' % (field, '会议及展览服务' if kind != 'minfei' else '职业技能评价服务')
        if kind == 'minfei':
            o.scope = '%s等职业技能培训；职业技能评价服务。' % field
        if kind == 'shetuan':
            o.scope = '行业调查、技术交流、标准制定、业务培训、咨询服务。'
        if kind == 'shiye':
            o.scope = '实施中等职业教育，促进园艺技术人才培养。园林园艺专业学历教育、职业培训、技能鉴定。'
    if not o.intro:
        o.intro = ('%s成立于%d年，注册于%s，主要从事%s等业务，现有员工%d人，其中专职从事培训评价工作人员%d人。'
                   '近三年累计开展相关职业培训%d人次，与本市多家行业企业建立了合作关系，具备开展职业技能等级认定的场地、设备和专家资源。'
                   % (name, o.founded.year, district, field, rnd.randint(40, 600), o.staff, rnd.randint(800, 9000)))
    if not o.reason:
        o.reason = '本单位在%s领域具有较丰富的培训评价资源和经验，拥有独立考核场地及专家团队，具备开展相应职业技能等级认定的条件。' % field
    return o


def mkctx(org, apps, seed, submit_day, ind, district):
    rnd = random.Random(MASTER_SEED + seed)
    return C.Ctx(org, [C.App(n, l) for n, l in apps], rnd, dt.date(2025, 1, submit_day), ind, district, seed)


def d_(ctx, lo, hi):
    return ctx.submit - dt.timedelta(days=ctx.rnd.randint(lo, hi))


IND = {
    'wjw': C.Issuer('上海市卫生健康委员会', '沪卫函', contact='孙老师'),
    'jxw': C.Issuer('上海市经济和信息化委员会', '沪经信函', contact='陆老师'),
    'swj': C.Issuer('上海市商务委员会', '沪商服函', contact='何老师'),
    'scj': C.Issuer('上海市市场监督管理局', '沪市监函', contact='沈老师'),
    'sthj': C.Issuer('上海市生态环境局', '沪环函', contact='吴老师'),
    'zjw': C.Issuer('上海市住房和城乡建设管理委员会', '沪建函', contact='蒋老师', short='市住房城乡建设管理委'),
    'lrj': C.Issuer('上海市绿化和市容管理局', '沪绿容函', contact='金老师'),
    'yjj': C.Issuer('上海市药品监督管理局', '沪药监函', contact='钱老师'),
    'kw': C.Issuer('上海市科学技术委员会', '沪科函', contact='严老师'),
    'fgw': C.Issuer('上海市发展和改革委员会', '沪发改函', contact='冯老师'),
    'fgj': C.Issuer('上海市房屋管理局', '沪房函', contact='曹老师'),
    'mzj': C.Issuer('上海市民政局', '沪民函', contact='邹老师'),
    'txj': C.Issuer('上海市通信管理局', '沪通信函', contact='潘老师'),
    'bgt': C.Issuer('上海市人民政府办公厅', '沪府办函', contact='邵老师'),
    'jtw': C.Issuer('上海市交通委员会', '沪交函', contact='汤老师'),
    'mh': C.Issuer('中国民用航空华东地区管理局', '华东局函', contact='黎老师'),
    'kx': C.Issuer('上海市科学技术协会', '沪科协', kind='assoc', contact='韦老师'),
}


def std_key(pkg):
    o = pkg.ctx.org
    return {'verdict': pkg.verdict, 'causes': pkg.causes, 'defects': pkg.defects, 'why': pkg.why,
            'organisation': {'name': o.name, 'credit_code': pkg.ctx.code_shown},
            'applications': app_entries(pkg.ctx)}


# ---------------------------------------------------------------------- shared helpers for the usual materials
def samples_per_level(pkg, ctx, folder, prod, scheme, answers=False, fname='{occ}{lv}样题.pdf', nested=None, **kw):
    """One PDF per occupation+level holding both sets."""
    for a in ctx.apps:
        for l in a.levels:
            b = C.sample_set(ctx, a, l, 0, scheme, answers) + [PB()] + C.sample_set(ctx, a, l, 1, scheme, answers)
            d = mk(b, prod, seed=ctx.seed, **kw)
            pkg.add(folder + fname.format(occ=a.occ.base if a.occ.gz is None else a.occ.gz, lv=C.LV[l], lvo=C.LV_OLD[l]),
                    d, 'sample_paper', nested=nested)


def samples_per_set(pkg, ctx, folder, prod, scheme, fname, answers=False, nested=None, skip=(), with_sheet=False, **kw):
    """One PDF per set (fname gets occ, lv, set label)."""
    for a in ctx.apps:
        for l in a.levels:
            for si in (0, 1):
                if (a.occ.full, l, si) in skip:
                    continue
                b = C.sample_set(ctx, a, l, si, scheme, answers)
                if with_sheet:
                    b += [PB()] + C.answer_sheet(ctx, a, l, C.SET_TITLES[scheme][si])
                d = mk(b, prod, seed=ctx.seed + si, **kw)
                lab = C.SET_TITLES[scheme][si]
                pkg.add(folder + fname.format(occ=a.occ.gz or a.occ.base, lv=C.LV[l], lvo=C.LV_OLD[l], set=lab, n=si + 1),
                        d, 'sample_paper', nested=nested)


def samples_all(ctx, scheme, answers=False, skip=()):
    b = []
    for a in ctx.apps:
        for l in a.levels:
            for si in (0, 1):
                if (a.occ.full, l, si) in skip:
                    continue
                if b:
                    b.append(PB())
                b += C.sample_set(ctx, a, l, si, scheme, answers)
    return b


# ====================================================================== the 36 packages
BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


# ---------------------------------------------------------------- PASS packages
@builder
def a01():
    rnd = random.Random(1)
    org = mkorg(rnd, '上海申程职业技能培训学校', 'minfei', '徐汇区', field='医疗护理、养老护理', sponsor='上海市徐汇区人力资源和社会保障局',
                type_line='民办非企业单位（法人）')
    ctx = mkctx(org, [('医疗护理员', [5, 4, 3])], 101, 20, IND['wjw'], '徐汇区')
    pkg = Pkg('', ctx, 'pass', [], [], '民办非企业单位（52），全部材料齐全可读：申请表、市卫健委推荐函（扫描件，有章）、徐汇区人社局推荐函、信用报告、2022/2023年度审计报告（业务活动表）、民办非企业单位登记证书、工作方案、承诺书、廉洁责任书、实施方案（含各等级评价方案）、五级/四级/三级各两套样题。')
    pkg.add('01申请表/社会培训评价组织征集遴选申请表.pdf', mk(C.af_table(ctx, 'boxes'), 'docx', ctx.seed), 'application_form')
    il = mk(C.industry_letter(ctx, 0, d_(ctx, 8, 14)), 'docx', ctx.seed, font='仿宋')
    pkg.add('02推荐函/市卫健委推荐函.pdf', il.scan(ctx.rnd, dpi=200, gray=False, quality=45), 'industry_letter')
    pkg.add('02推荐函/徐汇区人社局推荐函.pdf', mk(C.district_letter(ctx, 0, d_(ctx, 4, 9)), 'html', ctx.seed, style='plain'), 'district_letter')
    pkg.add('03信用佐证/公共信用信息报告.pdf', mk(C.credit_report(ctx, 0, d_(ctx, 2, 6)), 'html', ctx.seed, style='modern'), 'credit_report')
    pkg.add('03信用佐证/2022年度审计报告.pdf', mk(C.audit_report(ctx, 2022, 0, 0, dt.date(2023, 3, 28)), 'docx', ctx.seed), 'audit_report')
    pkg.add('03信用佐证/2023年度审计报告.pdf', mk(C.audit_report(ctx, 2023, 0, 0, dt.date(2024, 4, 2)), 'docx', ctx.seed), 'audit_report')
    pkg.add('03信用佐证/民办非企业单位登记证书.pdf', lic(ctx, 'minfei').scan(ctx.rnd, dpi=150, gray=False, quality=50), 'registration_certificate')
    pkg.add('04工作方案/职业技能等级认定工作方案.pdf', mk(C.work_plan(ctx, 0), 'docx', ctx.seed), 'work_plan')
    pkg.add('04工作方案/承诺书.pdf', mk(C.pledge(ctx, 0, d_(ctx, 1, 2)), 'docx', ctx.seed), 'pledge')
    pkg.add('04工作方案/廉洁责任书.pdf', mk(C.integrity(ctx, 0, d_(ctx, 1, 2)), 'docx', ctx.seed), 'integrity_letter')
    pkg.add('05实施方案/医疗护理员项目实施方案.pdf', mk(C.impl_plan(ctx, 0, eval_style=0), 'docx', ctx.seed), 'implementation_plan+evaluation_plan')
    samples_per_level(pkg, ctx, '05实施方案/样题/', 'docx', 0, fname='医疗护理员{lv}样题（两套）.pdf')
    pkg.add('06其他/师资及考评人员名单.pdf', mk(C.teacher_list(ctx), 'docx', ctx.seed), 'other')
    pkg.add('目录.docx', mk(C.toc(ctx, [('申请表', '01'), ('推荐函', '02'), ('信用佐证', '03'), ('工作方案', '04'), ('实施方案及样题', '05'), ('其他', '06')]), 'docxraw'), 'other')
    return pkg


@builder
def a02():
    rnd = random.Random(2)
    org = mkorg(rnd, '上海浦江轨道信号技术有限公司', 'company', '闵行区', field='城市轨道交通信号系统维护',
                type_line='有限责任公司（非自然人投资或控股的法人独资）', parent='上海浦江轨道交通集团有限公司')
    ind = C.Issuer('上海浦江轨道交通集团有限公司', '浦轨集团', kind='parent')
    ctx = mkctx(org, [('轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2])], 102, 21, ind, '闵行区')
    pkg = Pkg('', ctx, 'pass', [], [], '集团全资子公司（独立法人，91），行业推荐函为上级主管部门（集团公司）的批复；闵行区人社局推荐函、信用报告、2022/2023年度审计（合并一个PDF）、营业执照、工作方案+承诺书+廉洁责任书、实施方案（合并单元格评价方案表）、四个等级各两套样卷（每套一个文件，附答题卡），材料齐全。')
    pkg.add('1-申请表.pdf', mk(C.af_web(ctx, 'combo'), 'html', ctx.seed, style='modern',
                             head_html='上海市人力资源和社会保障自助经办系统　|　劳动就业 › 技能鉴定 › 新增备案机构申报',
                             foot_html='https://zzjb.rsj.sh.gov.cn/zzjbdl/jnjd/jgsb/print?lsh=ZJ20250121%04d' % ctx.seed), 'application_form')
    pkg.add('2-集团批复（行业推荐）.pdf', mk(C.industry_letter(ctx, 0, d_(ctx, 9, 15)), 'html', ctx.seed, style='gov', lh_size=22), 'industry_letter')
    pkg.add('3-闵行区人社局推荐函.pdf', mk(C.district_letter(ctx, 1, d_(ctx, 4, 8)), 'rl', ctx.seed).scan(ctx.rnd, dpi=180, gray=True, quality=45), 'district_letter')
    pkg.add('4-信用报告.pdf', mk(C.credit_report(ctx, 1, d_(ctx, 1, 5)), 'html', ctx.seed, style='plain'), 'credit_report')
    au = merge([mk(C.audit_report(ctx, 2022, 1, 1, dt.date(2023, 4, 11)), 'docx', ctx.seed),
                mk(C.audit_report(ctx, 2023, 1, 1, dt.date(2024, 4, 9)), 'docx', ctx.seed)])
    pkg.add('5-近两年审计报告（2022、2023）.pdf', au, 'audit_report')
    pkg.add('6-营业执照.pdf', lic(ctx, 'licence', 'htmlcert', 1), 'registration_certificate')
    wp = merge([mk(C.work_plan(ctx, 2), 'html', ctx.seed, style='modern'), mk(C.pledge(ctx, 1, d_(ctx, 1, 2)), 'html', ctx.seed, style='modern'),
                mk(C.integrity(ctx, 1, d_(ctx, 1, 2)), 'html', ctx.seed, style='modern')])
    pkg.add('7-工作方案（含承诺书、廉洁责任书）.pdf', wp, 'work_plan+pledge+integrity_letter')
    pkg.add('8-实施方案.pdf', mk(C.impl_plan(ctx, 2, eval_style=3), 'html', ctx.seed, style='modern'), 'implementation_plan+evaluation_plan')
    samples_per_set(pkg, ctx, '9-样卷/', 'html', 1, '{lv}{set}.pdf', with_sheet=True, style='plain')
    pkg.add('10-考核点照片/信号实训室.jpg', photo_file(ctx.rnd), 'other')
    pkg.add('10-考核点照片/理论考场.jpg', photo_file(ctx.rnd), 'other')
    return pkg


@builder
def a03():
    rnd = random.Random(3)
    org = mkorg(rnd, '上海华菁制药有限公司', 'company', '浦东新区', field='化学药品制剂生产', type_line='有限责任公司（中外合资）',
                capital='3000万美元')
    ctx = mkctx(org, [('药物制剂工（片剂制备）', [4, 3]), ('药物制剂工（注射剂制备）', [4, 3])], 103, 22, IND['jxw'], '浦东新区')
    pkg = Pkg('', ctx, 'pass', [], ['区人社局推荐函另附一份不可读的传真扫描件（60 dpi），同一推荐函另有清晰电子版，不影响结论'],
              '中外合资企业（91，浦东），两个工种各四级、三级；申请表为封面+字段式，职业表在第3页；审计报告之一仅在标题写“2023年度”、资产负债表写日期；区推荐函有一份不可读传真件，但同函另有清晰电子版，材料齐全。')
    pkg.add('申请表.pdf', mk(C.af_kv_page2(ctx, 'range'), 'rl', ctx.seed, pagenum='- %d -'), 'application_form')
    pkg.add('推荐函/市经信委推荐意见.pdf', mk(C.industry_letter(ctx, 1, d_(ctx, 8, 12)), 'rl', ctx.seed), 'industry_letter')
    dl = mk(C.district_letter(ctx, 2, d_(ctx, 3, 7)), 'rl', ctx.seed)
    pkg.add('推荐函/浦东新区人社局推荐函.pdf', dl, 'district_letter')
    pkg.add('推荐函/浦东新区人社局推荐函（传真件）.pdf', dl.unread(ctx.rnd), 'district_letter')
    pkg.add('信用及财务/信用报告.pdf', mk(C.credit_report(ctx, 3, d_(ctx, 2, 6)), 'html', ctx.seed, style='plain'), 'credit_report')
    pkg.add('信用及财务/审计报告2022.pdf', mk(C.audit_report(ctx, 2022, 3, 2, dt.date(2023, 3, 15)), 'rl', ctx.seed), 'audit_report')
    pkg.add('信用及财务/审计报告2023.pdf', mk(C.audit_report(ctx, 2023, 3, 2, dt.date(2024, 3, 19)), 'rl', ctx.seed), 'audit_report')
    pkg.add('营业执照副本.pdf', lic(ctx, 'licence', 'rlcanvas', 1).scan(ctx.rnd, dpi=150, gray=False, quality=50), 'registration_certificate')
    pkg.add('工作方案/工作方案.pdf', mk(C.work_plan(ctx, 3), 'rl', ctx.seed), 'work_plan')
    pkg.add('工作方案/承诺书.pdf', mk(C.pledge(ctx, 2, d_(ctx, 1, 3)), 'rl', ctx.seed), 'pledge')
    pkg.add('工作方案/廉洁责任书.pdf', mk(C.integrity(ctx, 2, d_(ctx, 1, 3)), 'rl', ctx.seed), 'integrity_letter')
    pkg.add('实施方案/项目实施方案（片剂、注射剂）.pdf', mk(C.impl_plan(ctx, 3, eval_style=2), 'rl', ctx.seed), 'implementation_plan+evaluation_plan')
    pkg.add('实施方案/样题汇编.pdf', mk(samples_all(ctx, 3), 'rl', ctx.seed, header='上海华菁制药有限公司 · 职业技能等级认定'), 'sample_paper')
    return pkg


@builder
def a04():
    rnd = random.Random(4)
    org = mkorg(rnd, '上海洁立方物业服务有限公司', 'company', '普陀区', field='物业保洁、楼宇清洁服务')
    ctx = mkctx(org, [('保洁员', [5, 4, 3])], 104, 23, IND['lrj'], '普陀区')
    pkg = Pkg('', ctx, 'pass', [], [],
              '整包几乎都是清晰扫描件（150–200 dpi 灰度，轻微倾斜、噪点，无文字层）：申请表、两份推荐函、营业执照、工作方案、承诺书、廉洁责任书、审计报告均为可读扫描件，印章为灰色；信用报告与样题为电子版。材料齐全。')
    g = dict(dpi=150, gray=True, quality=40)
    pkg.add('IMG_20250116_0001.pdf', mk(C.af_columns(ctx), 'docx', ctx.seed).scan(ctx.rnd, **g), 'application_form')
    pkg.add('IMG_20250116_0002.pdf', mk(C.industry_letter(ctx, 2, d_(ctx, 8, 12)), 'odt', ctx.seed).scan(ctx.rnd, **g), 'industry_letter')
    pkg.add('IMG_20250116_0003.pdf', mk(C.district_letter(ctx, 3, d_(ctx, 4, 8)), 'docx', ctx.seed, font='仿宋').scan(ctx.rnd, **g), 'district_letter')
    pkg.add('IMG_20250116_0004.pdf', lic(ctx, 'licence', 'rlcanvas', 0).scan(ctx.rnd, **g), 'registration_certificate')
    a22 = C.audit_report(ctx, 2022, 5, 0, dt.date(2023, 4, 20))
    a23 = C.audit_report(ctx, 2023, 5, 0, dt.date(2024, 4, 18))
    pkg.add('IMG_20250116_0005.pdf', mk(a22[:a22.index(PB())], 'docx', ctx.seed).scan(ctx.rnd, **g), 'audit_report')
    pkg.add('IMG_20250116_0006.pdf', mk(a23[:a23.index(PB())], 'docx', ctx.seed).scan(ctx.rnd, **g), 'audit_report')
    pkg.add('scan_0007.pdf', mk(C.work_plan(ctx, 1), 'docx', ctx.seed).scan(ctx.rnd, dpi=150, gray=True, quality=35), 'work_plan')
    pkg.add('scan_0008.pdf', mk(C.pledge(ctx, 3, d_(ctx, 1, 3)), 'docx', ctx.seed).scan(ctx.rnd, **g), 'pledge')
    pkg.add('scan_0009.pdf', mk(C.integrity(ctx, 3, d_(ctx, 1, 3)), 'docx', ctx.seed).scan(ctx.rnd, **g), 'integrity_letter')
    pkg.add('信用报告.pdf', mk(C.credit_report(ctx, 1, d_(ctx, 1, 4)), 'rlcid', ctx.seed), 'credit_report')
    pkg.add('保洁员实施方案及评价方案.pdf', mk(C.impl_plan(ctx, 1, eval_style=1), 'rlcid', ctx.seed), 'implementation_plan+evaluation_plan')
    pkg.add('保洁员样题（五级、四级、三级）.pdf', mk(samples_all(ctx, 4, answers=True), 'rlcid', ctx.seed), 'sample_paper')
    return pkg


@builder
def a05():
    rnd = random.Random(5)
    org = mkorg(rnd, '上海数衡信息科技股份有限公司', 'company', '静安区', field='数字化转型咨询、数据安全服务',
                type_line='股份有限公司（非上市、自然人投资或控股）')
    ctx = mkctx(org, [('数字化解决方案设计师', [4, 3, 2]), ('网络与信息安全管理师（数据安全管理员）', [4, 3])], 105, 24, IND['txj'], '静安区')
    pkg = Pkg('', ctx, 'pass', [], [],
              'Windows 自带压缩（GBK 文件名，无 UTF-8 标志）；ODT 经 LibreOffice 导出；两个职业共五个等级，每级两套样题（A/B 卷，分文件）；材料齐全。')
    pkg.gbk = True
    f = 'odt'
    pkg.add('一、申请表/申请表.pdf', mk(C.af_columns(ctx), f, ctx.seed), 'application_form')
    pkg.add('二、推荐函/行业主管部门推荐函.pdf', mk(C.industry_letter(ctx, 3, d_(ctx, 7, 12)), f, ctx.seed), 'industry_letter')
    pkg.add('二、推荐函/静安区人社局推荐函.pdf', mk(C.district_letter(ctx, 0, d_(ctx, 3, 6)), 'html', ctx.seed, style='gov', lh_size=21), 'district_letter')
    pkg.add('三、信用佐证/信用报告.pdf', mk(C.credit_report(ctx, 0, d_(ctx, 2, 5)), 'rl', ctx.seed, pagenum='第 %d 页'), 'credit_report')
    pkg.add('三、信用佐证/2022审计报告.pdf', mk(C.audit_report(ctx, 2022, 4, 1, dt.date(2023, 3, 30)), f, ctx.seed), 'audit_report')
    pkg.add('三、信用佐证/2023审计报告.pdf', mk(C.audit_report(ctx, 2023, 4, 1, dt.date(2024, 3, 27)), f, ctx.seed), 'audit_report')
    pkg.add('三、信用佐证/营业执照.jpg', lic(ctx, 'licence', 'rlcanvas', 0).jpg(ctx.rnd, dpi=110), 'registration_certificate')
    pkg.add('四、工作方案/工作方案.pdf', mk(C.work_plan(ctx, 0), f, ctx.seed), 'work_plan')
    pkg.add('四、工作方案/承诺书.pdf', mk(C.pledge(ctx, 1, d_(ctx, 1, 3)), f, ctx.seed), 'pledge')
    pkg.add('四、工作方案/廉洁责任书.pdf', mk(C.integrity(ctx, 1, d_(ctx, 1, 3)), f, ctx.seed), 'integrity_letter')
    pkg.add('五、实施方案/实施方案.pdf', mk(C.impl_plan(ctx, 0, eval_style=3), f, ctx.seed), 'implementation_plan+evaluation_plan')
    samples_per_set(pkg, ctx, '五、实施方案/样题/', 'rlcid', 5, '{occ}-{lv}-{set}.pdf')
    return pkg


@builder
def a06():
    rnd = random.Random(6)
    org = mkorg(rnd, '上海碳衡环境咨询有限公司', 'company', '虹口区', field='碳排放核算与碳资产咨询')
    ctx = mkctx(org, [('碳排放管理员', [5]), ('碳排放管理员（碳排放核算员）', [4, 3, 2])], 106, 20, IND['sthj'], '虹口区')
    pkg = Pkg('', ctx, 'pass', [], [],
              '碳排放管理员五级（无工种）与碳排放核算员四至二级；申请表为自助经办系统网页打印件；样题放在嵌套的“样题.zip”中（每级两套）；其余材料齐全。')
    pkg.add('申请表（系统打印）.pdf', mk(C.af_web(ctx, 'list'), 'html', ctx.seed, style='modern',
                                  head_html='上海市人力资源和社会保障自助经办系统', foot_html='打印时间：2025-01-20 09:41　　https://zzjb.rsj.sh.gov.cn/zzjbdl/'), 'application_form')
    pkg.add('市生态环境局推荐函.pdf', mk(C.industry_letter(ctx, 0, d_(ctx, 9, 13)), 'html', ctx.seed, style='plain'), 'industry_letter')
    pkg.add('虹口区人社局推荐函.pdf', mk(C.district_letter(ctx, 2, d_(ctx, 3, 8)), 'docx', ctx.seed), 'district_letter')
    pkg.add('信用报告.pdf', mk(C.credit_report(ctx, 3, d_(ctx, 1, 4)), 'html', ctx.seed, style='modern'), 'credit_report')
    pkg.add('审计报告/2022年度.pdf', mk(C.audit_report(ctx, 2022, 2, 0, dt.date(2023, 4, 6)), 'html', ctx.seed, style='plain'), 'audit_report')
    pkg.add('审计报告/2023年度.pdf', mk(C.audit_report(ctx, 2023, 2, 0, dt.date(2024, 4, 3)), 'html', ctx.seed, style='plain'), 'audit_report')
    pkg.add('营业执照.pdf', lic(ctx, 'licence', 'htmlcert', 0), 'registration_certificate')
    pkg.add('工作方案.pdf', mk(C.work_plan(ctx, 2), 'html', ctx.seed, style='modern'), 'work_plan')
    pkg.add('承诺书.pdf', mk(C.pledge(ctx, 0, d_(ctx, 1, 2)), 'html', ctx.seed, style='plain'), 'pledge')
    pkg.add('廉洁责任书.pdf', mk(C.integrity(ctx, 3, d_(ctx, 1, 2)), 'html', ctx.seed, style='plain'), 'integrity_letter')
    pkg.add('实施方案（含评价方案）.pdf', mk(C.impl_plan(ctx, 1, eval_style=2), 'html', ctx.seed, style='modern'), 'implementation_plan+evaluation_plan')
    samples_per_level(pkg, ctx, '', 'rl', 6, fname='{occ}_{lv}.pdf', nested='样题.zip')
    return pkg


@builder
def a07():
    rnd = random.Random(7)
    org = mkorg(rnd, '上海卓食食品安全培训中心', 'minfei', '杨浦区', field='食品安全管理、餐饮从业人员培训', sponsor='上海市杨浦区市场监督管理局',
                type_line='民办非企业单位（法人）')
    ctx = mkctx(org, [('食品安全管理师', [5, 4, 3])], 107, 21, IND['scj'], '杨浦区')
    pkg = Pkg('', ctx, 'pass', [], [],
              '一个合并的大PDF装了申请表、工作方案、承诺书、廉洁责任书、实施方案、评价方案和全部样题（Ghostscript 重新生成）；推荐函、信用报告、审计报告、登记证书分开。材料齐全。')
    parts = [C.af_wrapped(ctx, 'range_short'), C.work_plan(ctx, 3), C.pledge(ctx, 2, d_(ctx, 1, 2)), C.integrity(ctx, 2, d_(ctx, 1, 2)),
             C.impl_plan(ctx, 2, eval_style=0)]
    big = []
    for p in parts:
        big += p + [PB()]
    big += samples_all(ctx, 2)
    pkg.add('卓食中心申报材料（合订本）.pdf', mk(big, 'docx', ctx.seed).gs(), 'application_form+work_plan+pledge+integrity_letter+implementation_plan+evaluation_plan+sample_paper')
    pkg.add('推荐函-市市场监管局.pdf', mk(C.industry_letter(ctx, 1, d_(ctx, 8, 14)), 'docx', ctx.seed).scan(ctx.rnd, dpi=200, gray=False, quality=40), 'industry_letter')
    pkg.add('推荐函-杨浦区人社局.pdf', mk(C.district_letter(ctx, 3, d_(ctx, 3, 7)), 'html', ctx.seed, style='gov', lh_size=22), 'district_letter')
    pkg.add('信用报告.pdf', mk(C.credit_report(ctx, 0, d_(ctx, 1, 5)), 'rlcid', ctx.seed), 'credit_report')
    pkg.add('审计报告（2022年度）.pdf', mk(C.audit_report(ctx, 2022, 6, 0, dt.date(2023, 3, 22)), 'rl', ctx.seed), 'audit_report')
    pkg.add('审计报告（2023年度）.pdf', mk(C.audit_report(ctx, 2023, 6, 0, dt.date(2024, 3, 21)), 'rl', ctx.seed), 'audit_report')
    pkg.add('民非登记证书.pdf', lic(ctx, 'minfei', 'htmlcert', 0), 'registration_certificate')
    return pkg


@builder
def a08():
    rnd = random.Random(8)
    org = mkorg(rnd, '上海茗悦餐饮管理有限公司', 'company', '黄浦区', field='茶饮连锁门店管理、饮品研发')
    ctx = mkctx(org, [('调饮师', [5, 4])], 108, 22, IND['swj'], '黄浦区')
    pkg = Pkg('', ctx, 'pass', [],
              ['营业执照.pdf 被 AES-256 加密（需要密码，打不开），但同一执照另有清晰手机照片（营业执照照片.jpg）', '含 __MACOSX 垃圾文件'],
              'Mac 打包（__MACOSX、.DS_Store）；两份推荐函为带 OCR 文字层的扫描件；营业执照 PDF 加密不可读，但另有可读的执照照片，因此材料仍齐全；调饮师五级、四级各两套样题。')
    pkg.macosx = True
    pkg.add('茗悦申报/申请表.pdf', mk(C.af_table(ctx, 'boxes_sq', remarks=True), 'docx', ctx.seed), 'application_form')
    pkg.add('茗悦申报/推荐函/市商务委推荐函.pdf', mk(C.industry_letter(ctx, 2, d_(ctx, 7, 12)), 'docx', ctx.seed).scan(ctx.rnd, dpi=200, gray=True, quality=50).ocr(), 'industry_letter')
    pkg.add('茗悦申报/推荐函/黄浦区人社局推荐函.pdf', mk(C.district_letter(ctx, 1, d_(ctx, 3, 6)), 'rl', ctx.seed).scan(ctx.rnd, dpi=200, gray=True, quality=50).ocr(), 'district_letter')
    pkg.add('茗悦申报/信用报告.pdf', mk(C.credit_report(ctx, 1, d_(ctx, 1, 3)), 'html', ctx.seed, style='plain'), 'credit_report')
    pkg.add('茗悦申报/审计报告/2022.pdf', mk(C.audit_report(ctx, 2022, 1, 3, dt.date(2023, 4, 14)), 'docx', ctx.seed), 'audit_report')
    pkg.add('茗悦申报/审计报告/2023.pdf', mk(C.audit_report(ctx, 2023, 1, 3, dt.date(2024, 4, 12)), 'docx', ctx.seed), 'audit_report')
    licd = lic(ctx, 'licence', 'rlcanvas', 0)
    pkg.add('茗悦申报/营业执照.pdf', licd.enc(), 'registration_certificate')
    pkg.add('茗悦申报/营业执照照片.jpg', licd.photo(ctx.rnd), 'registration_certificate')
    pkg.add('茗悦申报/工作方案.pdf', mk(C.work_plan(ctx, 1), 'docx', ctx.seed), 'work_plan')
    pkg.add('茗悦申报/承诺书及廉洁责任书.pdf', merge([mk(C.pledge(ctx, 3, d_(ctx, 1, 2)), 'docx', ctx.seed),
                                               mk(C.integrity(ctx, 0, d_(ctx, 1, 2)), 'docx', ctx.seed)]), 'pledge+integrity_letter')
    pkg.add('茗悦申报/实施方案.pdf', mk(C.impl_plan(ctx, 3, eval_style=1), 'docx', ctx.seed), 'implementation_plan+evaluation_plan')
    samples_per_set(pkg, ctx, '茗悦申报/样题/', 'docx', 0, '调饮师{lv}{set}.pdf')
    pkg.add('茗悦申报/门店实训室1.jpg', photo_file(ctx.rnd), 'other')
    pkg.add('茗悦申报/门店实训室2.jpg', photo_file(ctx.rnd), 'other')
    return pkg


@builder
def a09():
    rnd = random.Random(9)
    org = mkorg(rnd, '上海声远听力科技有限公司', 'company', '长宁区', field='助听器验配、听力康复服务')
    ctx = mkctx(org, [('助听器验配师', [4, 3])], 109, 23, IND['mzj'], '长宁区')
    pkg = Pkg('', ctx, 'pass', [], ['信用报告带有所有者密码限制（可直接打开阅读）'],
              '多用 reportlab + 未嵌入的 STSong-Light 字体；信用报告为多页法人版，记录表在最后一页（未查见），带打印/修改限制但可打开；审计报告年份用中文数字；工作方案、承诺书、廉洁责任书合订。材料齐全。')
    pkg.add('附件1 申请表.pdf', mk(C.af_wrapped(ctx, 'paren'), 'rlcid', ctx.seed), 'application_form')
    pkg.add('附件2 市民政局推荐函.pdf', mk(C.industry_letter(ctx, 3, d_(ctx, 8, 13)), 'rlcid', ctx.seed), 'industry_letter')
    pkg.add('附件3 长宁区人社局推荐函.pdf', mk(C.district_letter(ctx, 0, d_(ctx, 3, 8)), 'docx', ctx.seed).scan(ctx.rnd, dpi=220, gray=False, quality=40), 'district_letter')
    pkg.add('附件4 信用报告.pdf', mk(C.credit_report(ctx, 0, d_(ctx, 1, 4)), 'rlcid', ctx.seed).restrict(), 'credit_report')
    pkg.add('附件5 2022年度审计报告.pdf', mk(C.audit_report(ctx, 2022, 4, 3, dt.date(2023, 3, 17)), 'rlcid', ctx.seed), 'audit_report')
    pkg.add('附件6 2023年度审计报告.pdf', mk(C.audit_report(ctx, 2023, 4, 3, dt.date(2024, 3, 15)), 'rlcid', ctx.seed), 'audit_report')
    pkg.add('附件7 营业执照.pdf', lic(ctx, 'licence', 'rlland').scan(ctx.rnd, dpi=160, gray=True, quality=45), 'registration_certificate')
    pkg.add('附件8 工作方案（含承诺书、廉洁责任书）.pdf',
            mk(C.work_plan(ctx, 0) + [PB()] + C.pledge(ctx, 0, d_(ctx, 1, 2)) + [PB()] + C.integrity(ctx, 1, d_(ctx, 1, 2)), 'rlcid', ctx.seed),
            'work_plan+pledge+integrity_letter')
    pkg.add('附件9 实施方案.pdf', mk(C.impl_plan(ctx, 0, include_eval=False), 'rlcid', ctx.seed), 'implementation_plan')
    pkg.add('附件10 评价方案.pdf', mk([TITLE(org.name, '助听器验配师评价方案')] + C.eval_plans(ctx, 2), 'rlcid', ctx.seed), 'evaluation_plan')
    pkg.add('附件11 样题.pdf', mk(samples_all(ctx, 6, answers=True), 'rlcid', ctx.seed), 'sample_paper')
    return pkg


def _jianyan_org():
    rnd = random.Random(10)
    return mkorg(rnd, '上海建研绿色建筑科技有限公司', 'company', '宝山区', field='建筑节能检测、绿色建筑咨询、机电安装')


@builder
def a10():
    org = _jianyan_org()
    ctx = mkctx(org, [('建筑节能减排咨询师', [5, 4, 3])], 110, 24, IND['zjw'], '宝山区')
    pkg = Pkg('', ctx, 'pass', [], ['营业执照文件被命名为“信用报告(1).pdf”（文件名误导，内容是执照）'],
              'Word 生成后经 Ghostscript 重新生成；营业执照误存为“信用报告(1).pdf”，真正的信用报告为“信用中国报告.pdf”；工作方案同时附 .docx 原稿；材料齐全。同一单位另在本语料中申报“管工”（不同职业，不算重复申报）。')
    G = lambda b, **kw: mk(b, 'docx', ctx.seed, **kw).gs()
    pkg.add('建筑节能减排咨询师申报/01 申请表.pdf', G(C.af_table(ctx, 'range', remarks=True)), 'application_form')
    pkg.add('建筑节能减排咨询师申报/02 市住建委推荐函.pdf', G(C.industry_letter(ctx, 0, d_(ctx, 9, 14)), font='仿宋'), 'industry_letter')
    pkg.add('建筑节能减排咨询师申报/03 宝山区人社局推荐函.pdf', mk(C.district_letter(ctx, 1, d_(ctx, 3, 8)), 'odt', ctx.seed).scan(ctx.rnd, dpi=200, gray=True, quality=45), 'district_letter')
    pkg.add('建筑节能减排咨询师申报/信用中国报告.pdf', mk(C.credit_report(ctx, 3, d_(ctx, 1, 5)), 'html', ctx.seed, style='plain'), 'credit_report')
    pkg.add('建筑节能减排咨询师申报/信用报告(1).pdf', lic(ctx, 'licence', 'rlcanvas', 0), 'registration_certificate')
    pkg.add('建筑节能减排咨询师申报/审计报告2022.pdf', G(C.audit_report(ctx, 2022, 0, 1, dt.date(2023, 3, 29))), 'audit_report')
    pkg.add('建筑节能减排咨询师申报/审计报告2023.pdf', G(C.audit_report(ctx, 2023, 0, 1, dt.date(2024, 3, 28))), 'audit_report')
    wp = mk(C.work_plan(ctx, 3), 'docx', ctx.seed)
    pkg.add('建筑节能减排咨询师申报/04 工作方案.pdf', wp.gs(), 'work_plan')
    pkg.add('建筑节能减排咨询师申报/04 工作方案.docx', D(wp.docx, PR['docxraw']), 'work_plan')
    pkg.add('建筑节能减排咨询师申报/05 承诺书.pdf', G(C.pledge(ctx, 1, d_(ctx, 1, 2))), 'pledge')
    pkg.add('建筑节能减排咨询师申报/06 廉洁责任书.pdf', G(C.integrity(ctx, 2, d_(ctx, 1, 2))), 'integrity_letter')
    pkg.add('建筑节能减排咨询师申报/07 实施方案及评价方案.pdf', G(C.impl_plan(ctx, 2, eval_style=1)), 'implementation_plan+evaluation_plan')
    pkg.add('建筑节能减排咨询师申报/08 样题（五级至三级，各两套）.pdf', G(samples_all(ctx, 0)), 'sample_paper')
    return pkg


@builder
def a11():
    rnd = random.Random(11)
    org = mkorg(rnd, '上海匠元增材制造技术有限公司', 'company', '嘉定区', field='金属与高分子增材制造加工服务')
    ctx = mkctx(org, [('增材制造设备操作员', [4, 3, 2])], 111, 25, IND['jxw'], '嘉定区')
    pkg = Pkg('', ctx, 'pass', [], ['一张考场照片严重模糊不可辨认（附加材料，不影响结论）'],
              '等级用中级工/高级工/技师表示；推荐函与承诺书为扫描仪生成的带隐形文字层 PDF；一张现场照片模糊不可读，但属附加材料；材料齐全。')
    pkg.add('申请表.odt.pdf', mk(C.af_wrapped(ctx, 'old'), 'odt', ctx.seed), 'application_form')
    pkg.add('推荐函（经信委）.pdf', mk(C.industry_letter(ctx, 2, d_(ctx, 8, 12)), 'html', ctx.seed, style='gov', lh_size=22).inv(ctx.rnd), 'industry_letter')
    pkg.add('推荐函（嘉定区人社局）.pdf', mk(C.district_letter(ctx, 0, d_(ctx, 3, 7)), 'html', ctx.seed, style='gov', lh_size=21).inv(ctx.rnd, gray=True), 'district_letter')
    pkg.add('信用报告.pdf', mk(C.credit_report(ctx, 2, d_(ctx, 1, 5)), 'rl', ctx.seed), 'credit_report')
    pkg.add('财务审计报告-2022.pdf', mk(C.audit_report(ctx, 2022, 6, 1, dt.date(2023, 4, 25)), 'odt', ctx.seed), 'audit_report')
    pkg.add('财务审计报告-2023.pdf', mk(C.audit_report(ctx, 2023, 6, 1, dt.date(2024, 4, 23)), 'odt', ctx.seed), 'audit_report')
    pkg.add('营业执照.pdf', lic(ctx, 'licence', 'htmlcert', 1), 'registration_certificate')
    pkg.add('工作方案.pdf', mk(C.work_plan(ctx, 2), 'odt', ctx.seed), 'work_plan')
    pkg.add('承诺书（盖章扫描）.pdf', mk(C.pledge(ctx, 2, d_(ctx, 1, 2)), 'odt', ctx.seed).inv(ctx.rnd), 'pledge')
    pkg.add('廉洁责任书.pdf', mk(C.integrity(ctx, 3, d_(ctx, 1, 2)), 'odt', ctx.seed), 'integrity_letter')
    pkg.add('实施方案.pdf', mk(C.impl_plan(ctx, 1, eval_style=0), 'odt', ctx.seed), 'implementation_plan+evaluation_plan')
    samples_per_level(pkg, ctx, '样题/', 'odt', 2, fname='增材制造设备操作员（{lvo}）模拟试卷1-2.pdf')
    pkg.add('现场照片/打印实训区.jpg', photo_file(ctx.rnd), 'other')
    pkg.add('现场照片/IMG_4471.jpg', photo_file(ctx.rnd, poor=True), 'other')
    pkg.add('现场照片/平面图.pdf', floor_plan(ctx), 'other')
    return pkg


@builder
def a12():
    org = _jianyan_org()
    org.site = '上海市松江区九亭大街%d号' % 618
    org.site_district = '松江区'
    ctx = mkctx(org, [('管工', [5, 4, 3])], 112, 26, IND['zjw'], '松江区')
    ctx.seed_org = 110
    pkg = Pkg('', ctx, 'pass', [], ['文件名不说明内容（附件1…附件12）', '设备清单PDF上传不完整（截断，附加材料，不影响结论）'],
              '与另一包同一单位（建研绿色建筑）但申报不同职业“管工”（6-29-03-04），不构成重复申报；考核点在松江区，由松江区人社局推荐；文件名均为“附件N”；一份附加的设备清单截断损坏；必需材料齐全。')
    pkg.add('附件1.pdf', mk(C.af_kv_page2(ctx, 'range_dash'), 'html', ctx.seed, style='plain'), 'application_form')
    pkg.add('附件2.pdf', mk(C.industry_letter(ctx, 1, d_(ctx, 8, 13)), 'html', ctx.seed, style='gov', lh_size=22), 'industry_letter')
    pkg.add('附件3.pdf', mk(C.district_letter(ctx, 2, d_(ctx, 3, 7)), 'html', ctx.seed, style='plain'), 'district_letter')
    # org-level documents reused from the 建筑节能 package (same seed → same content)
    octx = mkctx(org, [('建筑节能减排咨询师', [5, 4, 3])], 110, 24, IND['zjw'], '宝山区')
    pkg.add('附件4.pdf', mk(C.credit_report(octx, 3, d_(octx, 1, 5)), 'html', octx.seed, style='plain'), 'credit_report')
    pkg.add('附件5.pdf', mk(C.audit_report(octx, 2022, 0, 1, dt.date(2023, 3, 29)), 'docx', octx.seed), 'audit_report')
    pkg.add('附件6.pdf', mk(C.audit_report(octx, 2023, 0, 1, dt.date(2024, 3, 28)), 'docx', octx.seed), 'audit_report')
    pkg.add('附件7.pdf', lic(octx, 'licence', 'rlcanvas', 0), 'registration_certificate')
    pkg.add('附件8.pdf', mk(C.work_plan(ctx, 1), 'html', ctx.seed, style='plain'), 'work_plan')
    pkg.add('附件9.pdf', mk(C.pledge(ctx, 3, d_(ctx, 1, 2)) + [PB()] + C.integrity(ctx, 0, d_(ctx, 1, 2)), 'html', ctx.seed, style='plain'), 'pledge+integrity_letter')
    pkg.add('附件10.pdf', mk(C.impl_plan(ctx, 3, eval_style=3), 'html', ctx.seed, style='plain'), 'implementation_plan+evaluation_plan')
    pkg.add('附件11.pdf', mk(samples_all(ctx, 3, answers=True), 'html', ctx.seed, style='plain'), 'sample_paper')
    pkg.add('附件12.pdf', mk(C.equipment_list(ctx), 'html', ctx.seed, style='plain').trunc(0.1), 'other')
    return pkg


# ---------------------------------------------------------------- FAIL packages
def complete_simple(pkg, ctx, prod, names, af=None, il=0, dl=0, cr=0, au=(0, 0), lic_kind='licence', lic_prod='rlcanvas',
                    wp=0, pl=0, it=0, ip=0, ev=0, sp=0, sp_mode='all', skip=(), pl_seal=True, it_seal=True, dl_seal=True,
                    audit_years=(2022, 2023), extra=(), octx=None, **kw):
    """Add a full set of materials in one house style. names: dict material -> zip path.
    octx: context whose organisation-level documents (credit report, audits, licence) are reused."""
    o_ = octx or ctx
    af = af or (lambda: C.af_table(ctx, 'boxes'))
    pkg.add(names['af'], mk(af(), prod, ctx.seed, **kw), 'application_form')
    if 'il' in names:
        pkg.add(names['il'], mk(C.industry_letter(ctx, il, d_(ctx, 8, 14)), prod, ctx.seed, **kw), 'industry_letter')
    pkg.add(names['dl'], mk(C.district_letter(ctx, dl, d_(ctx, 3, 8), seal=dl_seal), prod, ctx.seed, **kw), 'district_letter')
    pkg.add(names['cr'], mk(C.credit_report(o_, cr, d_(o_, 1, 5)), prod, o_.seed, **kw), 'credit_report')
    for y in audit_years:
        pkg.add(names['au'].format(y=y), mk(C.audit_report(o_, y, au[0], au[1], dt.date(y + 1, 3, 20 + y % 7)), prod, o_.seed, **kw), 'audit_report')
    pkg.add(names['lic'], lic(o_, lic_kind, lic_prod, o_.seed % 2), 'registration_certificate')
    pkg.add(names['wp'], mk(C.work_plan(ctx, wp), prod, ctx.seed, **kw), 'work_plan')
    pkg.add(names['pl'], mk(C.pledge(ctx, pl, d_(ctx, 1, 3), seal=pl_seal), prod, ctx.seed, **kw), 'pledge')
    if 'it' in names:
        pkg.add(names['it'], mk(C.integrity(ctx, it, d_(ctx, 1, 3), seal=it_seal), prod, ctx.seed, **kw), 'integrity_letter')
    pkg.add(names['ip'], mk(C.impl_plan(ctx, ip, eval_style=ev), prod, ctx.seed, **kw), 'implementation_plan+evaluation_plan')
    if sp_mode == 'all':
        pkg.add(names['sp'], mk(samples_all(ctx, sp, skip=skip), prod, ctx.seed, **kw), 'sample_paper')
    elif sp_mode == 'level':
        samples_per_level(pkg, ctx, names['sp'], prod, sp, **kw)
    elif sp_mode == 'set':
        samples_per_set(pkg, ctx, names['sp'], prod, sp, names['sp_f'], skip=skip, **kw)


NAMES_A = dict(af='1.申请表.pdf', il='2.行业主管部门推荐函.pdf', dl='3.区人社局推荐函.pdf', cr='4.信用报告.pdf', au='5.{y}年度审计报告.pdf',
               lic='6.营业执照.pdf', wp='7.工作方案.pdf', pl='8.承诺书.pdf', it='9.廉洁责任书.pdf', ip='10.实施方案.pdf', sp='11.样题.pdf')
NAMES_B = dict(af='申请表/申请表.pdf', il='推荐函/行业推荐函.pdf', dl='推荐函/区人社推荐函.pdf', cr='信用佐证/信用报告.pdf',
               au='信用佐证/审计报告{y}.pdf', lic='信用佐证/营业执照复印件.pdf', wp='工作方案/工作方案.pdf', pl='工作方案/承诺书.pdf',
               it='工作方案/廉洁责任书.pdf', ip='实施方案/实施方案.pdf', sp='实施方案/样题/', sp_f='{occ}{lv}{set}.pdf')


@builder
def b01():
    rnd = random.Random(21)
    org = mkorg(rnd, '昆山宏管建设工程有限公司', 'company', '昆山', site_district='青浦区', region='320583', field='工业管道安装、给排水工程',
                authority='昆山市市场监督管理局', address='江苏省昆山市花桥镇绿地大道%d号' % rnd.randint(100, 999))
    ctx = mkctx(org, [('管工', [5, 4, 3])], 201, 20, IND['zjw'], '青浦区')
    pkg = Pkg('', ctx, 'fail', ['credit_code_not_shanghai'], ['统一社会信用代码登记地区为 320583（江苏昆山），不是 31xxxx；营业执照登记机关为昆山市市场监督管理局'],
              '申报单位在江苏昆山登记（代码 91320583…），非本市依法登记的法人；考核点在青浦区、青浦区人社局推荐函及其他材料齐全，但登记地不符。')
    complete_simple(pkg, ctx, 'docx', NAMES_A, af=lambda: C.af_table(ctx, 'list'), il=3, dl=0, cr=2, au=(0, 0), wp=0, pl=0, it=0, ip=0, ev=1, sp=3, lic_prod='rlland')
    return pkg


@builder
def b02():
    rnd = random.Random(22)
    org = mkorg(rnd, '上海市绿苑园艺职业技术学校', 'shiye', '奉贤区', region='310000', field='园林园艺、盆景制作',
                sponsor='上海市绿化和市容管理局', capital='1280万元', type_line='事业单位')
    ctx = mkctx(org, [('盆景师', [5, 4, 3])], 202, 21, IND['lrj'], '奉贤区')
    pkg = Pkg('', ctx, 'fail', ['public_institution', 'missing:integrity_letter'],
              ['申报单位为事业单位（代码第1-2位为12，持事业单位法人证书，举办单位为上海市绿化和市容管理局）', '未提交廉洁责任书'],
              '事业单位不能申报（一（一））；另缺廉洁责任书。')
    names = dict(NAMES_B)
    names.pop('it')
    names['lic'] = '信用佐证/事业单位法人证书.pdf'
    complete_simple(pkg, ctx, 'html', names, af=lambda: C.af_wrapped(ctx, 'list'), il=0, dl=1, cr=1, au=(2, 4), lic_kind='shiye',
                    lic_prod='rlcanvas', wp=2, pl=0, ip=1, ev=0, sp=4, sp_mode='set', style='plain')
    return pkg


@builder
def b03():
    rnd = random.Random(23)
    org = mkorg(rnd, '上海优贝家庭服务有限公司', 'company', '金山区', field='家政服务、母婴照护')
    ctx = mkctx(org, [('育婴员', [5, 4, 3]), ('保洁员', [5, 4])], 203, 22, IND['swj'], '金山区')
    pkg = Pkg('', ctx, 'fail', ['occupation_not_in_notice'], ['申报“育婴员（4-10-01-02）”，不在通知附件的48个职业（工种）内'],
              '申请表同时申报育婴员和保洁员，育婴员不在本次征集范围；其余材料齐全（含两个职业的评价方案和样题）。')
    complete_simple(pkg, ctx, 'rl', NAMES_B, af=lambda: C.af_columns(ctx), il=1, dl=2, cr=3, au=(3, 4), wp=1, pl=2, it=1, ip=3, ev=2,
                    sp=1, sp_mode='set')
    return pkg


@builder
def b04():
    rnd = random.Random(24)
    org = mkorg(rnd, '上海启明科技咨询有限公司', 'company', '徐汇区', field='科技项目咨询、技术转移服务')
    ctx = mkctx(org, [('科技咨询师', [4, 3, 2])], 204, 23, IND['kw'], '徐汇区')
    pkg = Pkg('', ctx, 'fail', ['level_not_allowed'], ['科技咨询师在通知中只开放三级、二级、一级，申请表申报了四级'],
              '申报科技咨询师四级至二级，四级不在该职业允许的等级内；材料本身齐全（Mac 打包，含 __MACOSX）。')
    pkg.macosx = True
    names = {k: '启明-申报材料/' + v for k, v in NAMES_A.items()}
    complete_simple(pkg, ctx, 'odt', names, af=lambda: C.af_table(ctx, 'fullwidth', remarks=True), il=2, dl=3, cr=2, au=(5, 1), wp=3, pl=1,
                    it=2, ip=0, ev=3, sp=5, lic_prod='rlland')
    return pkg


def _xinhe_org():
    rnd = random.Random(25)
    return mkorg(rnd, '上海信和信用管理有限公司', 'company', '静安区', field='企业征信、信用评估与商账管理')


@builder
def b05():
    org = _xinhe_org()
    ctx = mkctx(org, [('信用管理师', [4, 3])], 205, 20, IND['fgw'], '静安区')
    pkg = Pkg('', ctx, 'fail', ['duplicate_application'], ['同一单位（同一信用代码）在本语料另一包中再次申报信用管理师'],
              '上海信和信用管理有限公司两次申报“信用管理师”（本包四级、三级，考核点静安区；另一包三至一级，考核点普陀区），一年内不得重复申报同一职业，两包均不通过。本包材料本身齐全。')
    complete_simple(pkg, ctx, 'docx', NAMES_B, af=lambda: C.af_table(ctx, 'boxes'), il=0, dl=2, cr=1, au=(1, 0), wp=0, pl=0, it=0, ip=2,
                    ev=0, sp=0, sp_mode='set', lic_prod='htmlelec')
    pkg.add('申请表/申请表（可编辑版）.docx', mk(C.af_table(ctx, 'boxes'), 'docxraw', ctx.seed), 'application_form')
    return pkg


@builder
def b06():
    org = _xinhe_org()
    org.site = '上海市普陀区真北路%d号5层' % 1288
    org.site_district = '普陀区'
    ctx = mkctx(org, [('信用管理师', [3, 2, 1])], 206, 25, IND['fgw'], '普陀区')
    pkg = Pkg('', ctx, 'fail', ['duplicate_application'], ['同一单位（同一信用代码）在本语料另一包中再次申报信用管理师'],
              '与另一包为同一单位同一职业（信用管理师）的第二次申报，换了考核点（普陀区）和等级（三级至一级）；两包均不通过。材料本身齐全。')
    complete_simple(pkg, ctx, 'html', NAMES_A, af=lambda: C.af_web(ctx, 'paren'), il=3, dl=1, cr=3, au=(1, 0), wp=2, pl=3, it=3, ip=1,
                    ev=1, sp=6, style='modern', lic_prod='htmlelec', octx=mkctx(org, [('信用管理师', [4, 3])], 205, 20, IND['fgw'], '静安区'))
    return pkg


@builder
def b07():
    rnd = random.Random(27)
    org = mkorg(rnd, '上海恒洁环卫服务有限公司', 'company', '崇明区', field='生活垃圾分类收运、道路保洁')
    ctx = mkctx(org, [('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], 207, 21, IND['lrj'], '崇明区')
    ctx.credit_records = {'penalty': [
        ('崇绿容罚决字〔2024〕第0312号', '生活垃圾收运车辆未密闭化运输，沿途撒漏', '罚款人民币5000元', '上海市崇明区绿化和市容管理局', '2024-06-18'),
        ('崇城管罚字〔2023〕第1187号', '未按规定分类收运生活垃圾（混装混运）', '警告，罚款人民币20000元', '上海市崇明区城市管理行政执法局', '2023-11-02')]}
    pkg = Pkg('', ctx, 'fail', ['credit_penalty'], ['信用报告（法人版，多页）最后一页“行政处罚信息”查见 2 条，并列出处罚决定书'],
              '信用报告显示近两年 2 条行政处罚，不满足“无违法违规、失信等不良行为记录”；其他材料齐全。')
    complete_simple(pkg, ctx, 'rl', NAMES_B, af=lambda: C.af_kv_page2(ctx, 'combo', cover=False), il=1, dl=3, cr=0, au=(6, 2), wp=1, pl=1, it=3, ip=2,
                    ev=2, sp=2, sp_mode='level', lic_prod='rlland')
    pkg.add('其他/收运车辆及场地照片.jpg', photo_file(ctx.rnd), 'other')
    return pkg


@builder
def b08():
    rnd = random.Random(28)
    org = mkorg(rnd, '上海永辉化工科技有限公司', 'company', '金山区', field='精细化工生产、化工工艺培训')
    ctx = mkctx(org, [('化工总控工', [5, 4, 3])], 208, 22, IND['jxw'], '金山区')
    ctx.credit_records = {'dishonest': [('（2024）沪0116执1523号', '上海市金山区人民法院', '有履行能力而拒不履行生效法律文书确定义务', '2024-09-27')]}
    pkg = Pkg('', ctx, 'fail', ['credit_dishonest'],
              ['信用报告“失信被执行人信息”查见 1 条', '2022年度审计报告为加密PDF，无法打开（另有待复核问题，但不改变不通过结论）'],
              '信用报告列出失信被执行人记录 1 条，属失信不良记录；另外 2022 年审计报告加密打不开（本应待复核），但有明确不通过事由。')
    names = dict(NAMES_A)
    complete_simple(pkg, ctx, 'docx', names, af=lambda: C.af_sections(ctx, 'boxes_check'), il=0, dl=2, cr=1, au=(4, 4), wp=0, pl=2, it=1,
                    ip=3, ev=0, sp=3, audit_years=(2023,), lic_prod='docxcert')
    pkg.add('5.2022年度审计报告.pdf', mk(C.audit_report(ctx, 2022, 4, 4, dt.date(2023, 4, 12)), 'docx', ctx.seed).enc(), 'audit_report')
    return pkg


@builder
def b09():
    rnd = random.Random(29)
    org = mkorg(rnd, '上海美绘色彩设计培训有限公司', 'company', '长宁区', field='色彩设计、形象设计培训')
    ctx = mkctx(org, [('色彩搭配师', [4, 3, 2])], 209, 23, IND['swj'], '长宁区')
    ctx.letter_name = '上海美绘形象设计有限公司'
    ctx.other_code = C.make_code(random.Random(290), '91', '310105')
    pkg = Pkg('', ctx, 'fail', ['industry_letter_wrong_organisation'],
              ['行业主管部门推荐函推荐的是“上海美绘形象设计有限公司”（另一信用代码），不是申报单位“上海美绘色彩设计培训有限公司”'],
              '行业推荐函所推荐的单位名称和信用代码与申报单位不一致（关联公司），等于缺少对申报单位的行业推荐；其余材料齐全。')
    complete_simple(pkg, ctx, 'html', NAMES_B, af=lambda: C.af_table(ctx, 'range_short'), il=3, dl=1, cr=3, au=(0, 3), wp=3, pl=1, it=0,
                    ip=1, ev=3, sp=5, sp_mode='set', style='gov')
    pkg.expect_name['推荐函/行业推荐函.pdf'] = ctx.letter_name
    return pkg


@builder
def b10():
    rnd = random.Random(30)
    org = mkorg(rnd, '上海汇通管道安装工程有限公司', 'company', '嘉定区', field='工业与民用管道安装')
    org.site = '江苏省太仓市浏河镇滨江大道%d号' % rnd.randint(10, 300)
    org.site_district = '太仓市'
    ctx = mkctx(org, [('管工', [5, 4, 3, 2])], 210, 24, IND['zjw'], '嘉定区')
    ctx.district_issuer = ('太仓市人力资源和社会保障局', '太人社', '江苏省太仓市')
    pkg = Pkg('', ctx, 'fail', ['district_letter_not_shanghai'],
              ['考核点设在江苏太仓，“区人社部门推荐函”由太仓市人力资源和社会保障局出具，不是本市区人社局'],
              '考核点不在上海，推荐函来自太仓市人社局；Windows 压缩（GBK 文件名）；其余材料齐全。')
    pkg.gbk = True
    names = dict(NAMES_B)
    names['dl'] = '推荐函/考核点所在地人社部门推荐函.pdf'
    complete_simple(pkg, ctx, 'docx', names, af=lambda: C.af_wrapped(ctx, 'combo'), il=2, dl=0, cr=0, au=(2, 4), wp=2, pl=3, it=2, ip=0,
                    ev=1, sp=0, sp_mode='level', font='仿宋', lic_prod='rlland')
    return pkg


@builder
def b11():
    rnd = random.Random(31)
    org = mkorg(rnd, '上海格致营养健康咨询有限公司', 'company', '长宁区', field='营养咨询、膳食指导')
    ctx = mkctx(org, [('营养师（公共营养师）', [4, 3, 2])], 211, 25, IND['wjw'], '长宁区')
    ctx.district_issuer = ('上海市长宁区卫生健康委员会', '长卫', '长宁区')
    pkg = Pkg('', ctx, 'fail', ['district_letter_not_hr_bureau'],
              ['“区人社部门推荐函”由上海市长宁区卫生健康委员会出具，不是区人力资源和社会保障局'],
              '考核点所在区的推荐函应由区人社局出具，本包只有长宁区卫健委的推荐函；其余材料齐全。')
    complete_simple(pkg, ctx, 'odt', NAMES_A, af=lambda: C.af_kv_page2(ctx, 'list'), il=1, dl=1, cr=1, au=(5, 1), wp=0, pl=0, it=3, ip=3,
                    ev=2, sp=4, lic_prod='htmlelec')
    return pkg


@builder
def b12():
    rnd = random.Random(32)
    org = mkorg(rnd, '上海博睿房地产营销策划有限公司', 'company', '浦东新区', field='房地产营销策划、市场研究')
    ctx = mkctx(org, [('房地产策划师', [4, 3, 2])], 212, 20, IND['fgj'], '浦东新区')
    ctx.form_name = '上海博睿房地产策划有限公司'
    pkg = Pkg('', ctx, 'fail', ['organisation_name_mismatch'],
              ['申请表单位名称为“上海博睿房地产策划有限公司”，营业执照、信用报告为“上海博睿房地产营销策划有限公司”（少“营销”二字）'],
              '申请表与营业执照/信用报告的单位名称不一致（信用代码相同）；其余材料齐全。')
    complete_simple(pkg, ctx, 'rl', NAMES_A, af=lambda: C.af_table(ctx, 'combo'), il=0, dl=2, cr=0, au=(3, 1), wp=2, pl=0, it=1, ip=1,
                    ev=1, sp=1, pagenum='%d', lic_prod='docxcert')
    pkg.expect_name['1.申请表.pdf'] = ctx.form_name
    return pkg


@builder
def b13():
    rnd = random.Random(33)
    org = mkorg(rnd, '上海数孪智能科技有限公司', 'company', '闵行区', field='工业数字孪生平台开发')
    ctx = mkctx(org, [('数字孪生应用技术员', [5, 4, 3])], 213, 21, IND['jxw'], '闵行区')
    skip = {('数字孪生应用技术员', 3, 1)}
    pkg = Pkg('', ctx, 'fail', ['single_sample_set:数字孪生应用技术员/3'],
              ['三级只有一套样题（嵌套 zip 中只有三级A卷，无B卷）', '承诺书未盖章（另一待复核问题，不改变不通过结论）'],
              '五级、四级各两套样题，三级只有一套；承诺书无公章。')
    complete_simple(pkg, ctx, 'html', NAMES_B, af=lambda: C.af_web(ctx, 'list'),
                    il=3, dl=3, cr=2, au=(6, 3), wp=1, pl=1, it=2, ip=2, ev=3, sp=5, sp_mode='none', pl_seal=False, style='modern', lic_prod='rlland')
    samples_per_set(pkg, ctx, '', 'rl', 5, '{lv}{set}.pdf', skip=skip, nested='实施方案/样题.zip')
    return pkg


@builder
def b14():
    rnd = random.Random(34)
    org = mkorg(rnd, '上海安护医疗护理服务有限公司浦东分公司', 'branch', '浦东新区', field='医院陪护、居家护理服务',
                type_line='有限责任公司分公司（自然人投资或控股）', capital='—')
    ctx = mkctx(org, [('医疗护理员', [5, 4, 3])], 214, 22, IND['wjw'], '浦东新区')
    pkg = Pkg('', ctx, 'fail', ['branch_not_legal_person'], ['营业执照类型为“有限责任公司分公司（自然人投资或控股）”，设负责人，不是独立法人'],
              '申报主体是分公司，不具备独立法人资格；其余材料齐全。')
    complete_simple(pkg, ctx, 'docx', NAMES_B, af=lambda: C.af_columns(ctx), il=2, dl=1, cr=3, au=(0, 3), wp=3, pl=2, it=0, ip=0, ev=0,
                    sp=6, sp_mode='set', lic_prod='docxcert')
    return pkg


@builder
def b15():
    rnd = random.Random(35)
    org = mkorg(rnd, '上海绿源碳资产管理有限公司', 'company', '黄浦区', field='碳资产管理、碳交易咨询')
    ctx = mkctx(org, [('碳排放管理员（碳排放交易员）', [4, 3])], 215, 23, IND['sthj'], '黄浦区')
    pkg = Pkg('', ctx, 'fail', ['missing:audit_report_2022'], ['“近两年财务审计报告”合订本中是2021年度和2023年度，缺2022年度'],
              '审计报告合订PDF含2021、2023两年，缺少2022年度审计报告（近两年应为2022、2023）；其他材料齐全。')
    names = dict(NAMES_A)
    names.pop('au')
    complete_simple(pkg, ctx, 'rl', dict(names, au='x{y}'), af=lambda: C.af_wrapped(ctx, 'range_dash'), il=1, dl=0, cr=2, au=(1, 0), wp=1,
                    pl=3, it=0, ip=2, ev=0, sp=0, audit_years=())
    au = merge([mk(C.audit_report(ctx, 2021, 1, 0, dt.date(2022, 4, 8)), 'docx', ctx.seed),
                mk(C.audit_report(ctx, 2023, 1, 0, dt.date(2024, 4, 10)), 'docx', ctx.seed)]).gs()
    pkg.add('5.近两年财务审计报告.pdf', au, 'audit_report')
    return pkg


# ---------------------------------------------------------------- REVIEW packages
@builder
def c01():
    rnd = random.Random(41)
    org = mkorg(rnd, '上海市增材制造产业协会', 'shetuan', '宝山区', field='增材制造行业服务、技术培训', sponsor='上海市科学技术协会',
                capital='30万元')
    ctx = mkctx(org, [('增材制造设备操作员', [5, 4, 3])], 301, 24, IND['kx'], '宝山区')
    pkg = Pkg('', ctx, 'review', ['social_organisation_decoupling_unknown'], ['申报单位为社会团体（代码51开头），是否已与政府部门脱钩无法从材料判断'],
              '社会团体法人（51），业务主管单位上海市科学技术协会出具推荐书；材料齐全，但须人工确认是否为未脱钩的社会团体。')
    pkg.add('01 申请表.pdf', mk(C.af_sections(ctx, 'paren'), 'docx', ctx.seed), 'application_form')
    pkg.add('02 业务主管单位推荐书.pdf', mk(C.industry_letter(ctx, 0, d_(ctx, 8, 14)), 'docx', ctx.seed).scan(ctx.rnd, dpi=200, gray=False, quality=42), 'industry_letter')
    pkg.add('03 宝山区人社局推荐函.pdf', mk(C.district_letter(ctx, 2, d_(ctx, 3, 7)), 'docx', ctx.seed), 'district_letter')
    pkg.add('04 信用报告.pdf', mk(C.credit_report(ctx, 1, d_(ctx, 1, 5)), 'html', ctx.seed, style='plain'), 'credit_report')
    pkg.add('05 审计报告2022.pdf', mk(C.audit_report(ctx, 2022, 2, 1, dt.date(2023, 3, 24)), 'docx', ctx.seed), 'audit_report')
    pkg.add('06 审计报告2023.pdf', mk(C.audit_report(ctx, 2023, 2, 1, dt.date(2024, 3, 22)), 'docx', ctx.seed), 'audit_report')
    pkg.add('07 社会团体法人登记证书.pdf', lic(ctx, 'shetuan', 'rlcanvas').scan(ctx.rnd, dpi=150, gray=False, quality=45), 'registration_certificate')
    pkg.add('08 工作方案.pdf', mk(C.work_plan(ctx, 1), 'docx', ctx.seed), 'work_plan')
    pkg.add('09 承诺书.pdf', mk(C.pledge(ctx, 1, d_(ctx, 1, 2)), 'docx', ctx.seed), 'pledge')
    pkg.add('10 廉洁责任书.pdf', mk(C.integrity(ctx, 2, d_(ctx, 1, 2)), 'docx', ctx.seed), 'integrity_letter')
    pkg.add('11 实施方案.pdf', mk(C.impl_plan(ctx, 0, eval_style=1), 'docx', ctx.seed), 'implementation_plan+evaluation_plan')
    samples_per_level(pkg, ctx, '12 样题/', 'docx', 4, fname='{lv}样题（一）（二）.pdf')
    pkg.add('13 会员单位实训基地照片.jpg', photo_file(ctx.rnd), 'other')
    return pkg


@builder
def c02():
    rnd = random.Random(42)
    org = mkorg(rnd, '上海颐养社区健康服务有限公司', 'company', '奉贤区', field='社区健康管理、居家健康服务')
    ctx = mkctx(org, [('社群健康助理员', [4, 3])], 302, 25, IND['wjw'], '奉贤区')
    bad = C.break_code(org.code)
    ctx.code_shown = bad
    org.code = bad
    pkg = Pkg('', ctx, 'review', ['credit_code_checksum'], ['统一社会信用代码第18位校验码不符（所有材料一致印作 %s）' % bad],
              '信用代码校验位不通过（各材料一致），按规则送人工复核而非直接否决；其余材料齐全；工作方案、承诺书、廉洁责任书合订。')
    pkg.add('申请表.pdf', mk(C.af_kv_page2(ctx, 'list'), 'odt', ctx.seed), 'application_form')
    pkg.add('市卫健委推荐函.pdf', mk(C.industry_letter(ctx, 3, d_(ctx, 8, 12)), 'odt', ctx.seed), 'industry_letter')
    pkg.add('奉贤区人社局推荐函.pdf', mk(C.district_letter(ctx, 3, d_(ctx, 3, 7)), 'rl', ctx.seed).scan(ctx.rnd, dpi=200, gray=True, quality=45), 'district_letter')
    pkg.add('信用报告.pdf', mk(C.credit_report(ctx, 3, d_(ctx, 1, 4)), 'odt', ctx.seed), 'credit_report')
    pkg.add('审计报告（2022-2023）.pdf', merge([mk(C.audit_report(ctx, 2022, 5, 2, dt.date(2023, 4, 3)), 'odt', ctx.seed),
                                         mk(C.audit_report(ctx, 2023, 5, 2, dt.date(2024, 4, 1)), 'odt', ctx.seed)]), 'audit_report')
    pkg.add('营业执照.pdf', lic(ctx, 'licence', 'htmlcert', 0), 'registration_certificate')
    pkg.add('工作方案（含承诺书、廉洁责任书）.pdf', mk(C.work_plan(ctx, 2) + [PB()] + C.pledge(ctx, 2, d_(ctx, 1, 2)) + [PB()] + C.integrity(ctx, 1, d_(ctx, 1, 2)), 'odt', ctx.seed),
            'work_plan+pledge+integrity_letter')
    pkg.add('实施方案.pdf', mk(C.impl_plan(ctx, 1, eval_style=3), 'odt', ctx.seed), 'implementation_plan+evaluation_plan')
    pkg.add('样题.pdf', mk(samples_all(ctx, 1, answers=True), 'odt', ctx.seed), 'sample_paper')
    return pkg


@builder
def c03():
    rnd = random.Random(43)
    org = mkorg(rnd, '上海清源垃圾分类服务有限公司', 'company', '崇明区', field='生活垃圾分类指导、收集清运')
    ctx = mkctx(org, [('生活垃圾清运工（生活垃圾收集工）', [5, 4])], 303, 20, IND['lrj'], '崇明区')
    pkg = Pkg('', ctx, 'review', ['unreadable:credit_report(encrypted)'], ['信用报告PDF加密（需用户密码），无法打开，包内无其他信用报告'],
              '唯一的信用报告是加密PDF，内容无法确认（可能有不良记录），需人工处理；其他材料齐全，样题在嵌套zip中。')
    pkg.add('申请材料/申请表.pdf', mk(C.af_sections(ctx, 'boxes'), 'rl', ctx.seed), 'application_form')
    pkg.add('申请材料/推荐函1.pdf', mk(C.industry_letter(ctx, 3, d_(ctx, 8, 13)), 'rl', ctx.seed).scan(ctx.rnd, dpi=180, gray=True, quality=45), 'industry_letter')
    pkg.add('申请材料/推荐函2.pdf', mk(C.district_letter(ctx, 0, d_(ctx, 3, 6)), 'rl', ctx.seed), 'district_letter')
    pkg.add('申请材料/信用报告.pdf', mk(C.credit_report(ctx, 0, d_(ctx, 1, 3)), 'html', ctx.seed, style='modern').enc(), 'credit_report')
    pkg.add('申请材料/审计报告2022.pdf', mk(C.audit_report(ctx, 2022, 3, 0, dt.date(2023, 3, 31)), 'rl', ctx.seed), 'audit_report')
    pkg.add('申请材料/审计报告2023.pdf', mk(C.audit_report(ctx, 2023, 3, 0, dt.date(2024, 3, 29)), 'rl', ctx.seed), 'audit_report')
    pkg.add('申请材料/营业执照.jpg', lic(ctx, 'licence', 'rlcanvas', 1).photo(ctx.rnd), 'registration_certificate')
    pkg.add('申请材料/工作方案.pdf', mk(C.work_plan(ctx, 3), 'rl', ctx.seed), 'work_plan')
    pkg.add('申请材料/承诺书.pdf', mk(C.pledge(ctx, 0, d_(ctx, 1, 2)), 'rl', ctx.seed), 'pledge')
    pkg.add('申请材料/廉洁责任书.pdf', mk(C.integrity(ctx, 0, d_(ctx, 1, 2)), 'rl', ctx.seed), 'integrity_letter')
    pkg.add('申请材料/实施方案.pdf', mk(C.impl_plan(ctx, 2, eval_style=0), 'rl', ctx.seed), 'implementation_plan+evaluation_plan')
    samples_per_set(pkg, ctx, '', 'rlcid', 3, '{lv}{set}.pdf', nested='申请材料/样题.zip')
    return pkg


@builder
def c04():
    rnd = random.Random(44)
    org = mkorg(rnd, '上海澄明制药有限公司', 'company', '松江区', field='中药颗粒剂生产', type_line='有限责任公司（外商投资企业与内资合资）')
    ctx = mkctx(org, [('药物制剂工（颗粒剂制备）', [5, 4, 3])], 304, 21, IND['yjj'], '松江区')
    pkg = Pkg('', ctx, 'review', ['unreadable:audit_report_2022(corrupt)'], ['2022年度审计报告PDF上传不完整（文件被截断，无法打开），包内无其他2022年度审计报告'],
              '2022年度审计报告文件损坏不可读，是否具备近两年审计报告需人工确认；其他材料齐全。')
    pkg.add('1 申请表.pdf', mk(C.af_columns(ctx), 'html', ctx.seed, style='plain'), 'application_form')
    pkg.add('2 市药监局推荐意见.pdf', mk(C.industry_letter(ctx, 1, d_(ctx, 8, 13)), 'html', ctx.seed, style='gov', lh_size=22), 'industry_letter')
    pkg.add('3 松江区人社局推荐函.pdf', mk(C.district_letter(ctx, 1, d_(ctx, 3, 6)), 'docx', ctx.seed).scan(ctx.rnd, dpi=200, gray=False, quality=40), 'district_letter')
    pkg.add('4 信用报告.pdf', mk(C.credit_report(ctx, 1, d_(ctx, 1, 4)), 'html', ctx.seed, style='plain'), 'credit_report')
    pkg.add('5 2022年度审计报告.pdf', mk(C.audit_report(ctx, 2022, 0, 0, dt.date(2023, 4, 19)), 'docx', ctx.seed).trunc(0.08), 'audit_report')
    pkg.add('6 2023年度审计报告.pdf', mk(C.audit_report(ctx, 2023, 0, 0, dt.date(2024, 4, 17)), 'docx', ctx.seed), 'audit_report')
    pkg.add('7 营业执照.pdf', lic(ctx, 'licence', 'htmlcert', 1), 'registration_certificate')
    pkg.add('新建 Microsoft Word 文档 (3).pdf', mk(C.work_plan(ctx, 0), 'html', ctx.seed, style='plain'), 'work_plan')
    pkg.add('9 承诺书+廉洁责任书.pdf', mk(C.pledge(ctx, 1, d_(ctx, 1, 2)) + [PB()] + C.integrity(ctx, 3, d_(ctx, 1, 2)), 'html', ctx.seed, style='plain'), 'pledge+integrity_letter')
    pkg.add('10 实施方案.pdf', mk(C.impl_plan(ctx, 0, eval_style=2), 'html', ctx.seed, style='plain'), 'implementation_plan+evaluation_plan')
    samples_per_level(pkg, ctx, '11 样题/', 'html', 0, fname='颗粒剂制备{lv}.pdf', style='plain')
    return pkg


@builder
def c05():
    rnd = random.Random(45)
    org = mkorg(rnd, '上海知行政务服务外包有限公司', 'company', '青浦区', field='政务服务窗口外包、帮办代办服务')
    ctx = mkctx(org, [('政务服务办事员', [5, 4, 3])], 305, 22, IND['bgt'], '青浦区')
    pkg = Pkg('', ctx, 'review', ['unreadable:district_letter(faint scan)'], ['区人社局推荐函只有一份约60 dpi、模糊发白的扫描件，无法辨认出具机关和内容'],
              '考核点所在区推荐函仅有不可读扫描件，无法判断出具机关与推荐对象；其余材料齐全。')
    complete_simple(pkg, ctx, 'docx', dict(NAMES_A, dl='3.区人社局推荐函（扫描件）.pdf'), af=lambda: C.af_table(ctx, 'range'), il=0, dl=0,
                    cr=0, au=(4, 2), wp=0, pl=1, it=1, ip=3, ev=3, sp=6, lic_prod='rlland')
    # replace the district letter by an unreadable scan of it
    for i, (p, d, k) in enumerate(pkg.files):
        if k == 'district_letter':
            pkg.files[i] = (p, d.unread(ctx.rnd), k)
    return pkg


@builder
def c06():
    rnd = random.Random(46)
    org = mkorg(rnd, '上海艾禾健康管理有限公司', 'company', '杨浦区', field='中医养生保健、艾灸调理服务')
    ctx = mkctx(org, [('保健调理师（保健艾灸师）', [5, 4])], 306, 23, IND['swj'], '杨浦区')
    pkg = Pkg('', ctx, 'review', ['signed_material_docx_only:industry_letter', 'signed_material_docx_only:integrity_letter'],
              ['行业主管部门推荐函只有可编辑的 .docx（无印章）', '廉洁责任书只有 .docx（未盖章）'],
              '需盖章的行业推荐函和廉洁责任书仅以 Word 文档提交，无法确认签章；其余材料齐全。')
    pkg.add('申报材料/申请表.pdf', mk(C.af_wrapped(ctx, 'list'), 'rl', ctx.seed), 'application_form')
    pkg.add('申报材料/行业主管部门推荐函.docx', mk(C.industry_letter(ctx, 0, d_(ctx, 8, 12), seal=False), 'docxraw', ctx.seed, font='仿宋'),
            'industry_letter', seal=False)
    pkg.add('申报材料/杨浦区人社局推荐函.pdf', mk(C.district_letter(ctx, 2, d_(ctx, 3, 7)), 'rl', ctx.seed), 'district_letter')
    pkg.add('申报材料/信用报告.pdf', mk(C.credit_report(ctx, 2, d_(ctx, 1, 4)), 'rl', ctx.seed), 'credit_report')
    pkg.add('申报材料/审计报告-2022年度.pdf', mk(C.audit_report(ctx, 2022, 6, 3, dt.date(2023, 3, 26)), 'rl', ctx.seed), 'audit_report')
    pkg.add('申报材料/审计报告-2023年度.pdf', mk(C.audit_report(ctx, 2023, 6, 3, dt.date(2024, 3, 25)), 'rl', ctx.seed), 'audit_report')
    pkg.add('申报材料/营业执照.pdf', lic(ctx, 'licence', 'rlcanvas', 0).scan(ctx.rnd, dpi=170, gray=False, quality=45), 'registration_certificate')
    pkg.add('申报材料/工作方案.pdf', mk(C.work_plan(ctx, 0), 'rl', ctx.seed), 'work_plan')
    pkg.add('申报材料/承诺书.pdf', mk(C.pledge(ctx, 3, d_(ctx, 1, 2)), 'rl', ctx.seed), 'pledge')
    pkg.add('申报材料/廉洁责任书.docx', mk(C.integrity(ctx, 1, d_(ctx, 1, 2), seal=False), 'docxraw', ctx.seed), 'integrity_letter', seal=False)
    pkg.add('申报材料/实施方案.pdf', mk(C.impl_plan(ctx, 1, eval_style=1), 'rl', ctx.seed), 'implementation_plan+evaluation_plan')
    pkg.add('申报材料/样题（五级、四级各两套）.pdf', mk(samples_all(ctx, 4), 'rl', ctx.seed), 'sample_paper')
    return pkg


@builder
def c07():
    rnd = random.Random(47)
    org = mkorg(rnd, '上海衡碳低碳技术有限公司', 'company', '虹口区', field='碳排放监测与在线监测系统运维')
    ctx = mkctx(org, [('碳排放管理员（碳排放监测员）', [4, 3])], 307, 24, IND['sthj'], '虹口区')
    pkg = Pkg('', ctx, 'review', ['seal_missing:district_letter'], ['虹口区人社局推荐函为打印件，无公章'],
              '区人社局推荐函未加盖印章，需人工核实；其余材料齐全（Mac 打包含 __MACOSX）。')
    pkg.macosx = True
    complete_simple(pkg, ctx, 'odt', NAMES_B, af=lambda: C.af_table(ctx, 'boxes', remarks=True), il=2, dl=0, cr=3, au=(3, 3), wp=3, pl=2,
                    it=1, ip=1, ev=2, sp=2, sp_mode='level', dl_seal=False, lic_prod='docxcert')
    return pkg


@builder
def c08():
    rnd = random.Random(48)
    org = mkorg(rnd, '上海翔宇航空技术服务有限公司', 'company', '长宁区', field='民航碳排放监测与航空技术服务')
    ctx = mkctx(org, [('碳排放管理员（民航碳排放管理员）', [4, 3])], 308, 25, IND['mh'], '长宁区')
    pkg = Pkg('', ctx, 'review', ['seal_missing:integrity_letter'], ['廉洁责任书无单位公章（承诺书有章）'],
              '廉洁责任书未盖章，需人工核实；其余材料齐全。')
    complete_simple(pkg, ctx, 'html', NAMES_A, af=lambda: C.af_kv_page2(ctx, 'paren', cover=False), il=3, dl=2, cr=1, au=(5, 4), wp=2, pl=0, it=0, ip=3,
                    ev=0, sp=1, it_seal=False, style='gov', lic_prod='htmlelec')
    return pkg


@builder
def c09():
    rnd = random.Random(49)
    org = mkorg(rnd, '上海巧手家政服务职业培训学校', 'minfei', '嘉定区', field='家政服务、保洁技能培训', sponsor='上海市嘉定区人力资源和社会保障局',
                type_line='民办非企业单位（法人）')
    ctx = mkctx(org, [('保洁员', [5, 4, 3])], 309, 26, IND['swj'], '嘉定区')
    pkg = Pkg('', ctx, 'review', ['unreadable:pledge(poor photo)'], ['承诺书只有一张昏暗、模糊的手机照片，无法辨认内容和印章'],
              '承诺书仅有一张无法辨认的手机照片；Windows 压缩（GBK 文件名）；其余材料齐全。')
    pkg.gbk = True
    pkg.add('一、申请表.pdf', mk(C.af_sections(ctx, 'old'), 'docx', ctx.seed), 'application_form')
    pkg.add('二、推荐函/市商务委推荐意见.pdf', mk(C.industry_letter(ctx, 1, d_(ctx, 8, 12)), 'docx', ctx.seed), 'industry_letter')
    pkg.add('二、推荐函/嘉定区人社局推荐函.pdf', mk(C.district_letter(ctx, 3, d_(ctx, 3, 7)), 'odt', ctx.seed).scan(ctx.rnd, dpi=200, gray=True, quality=45), 'district_letter')
    pkg.add('三、信用及财务/信用报告.pdf', mk(C.credit_report(ctx, 0, d_(ctx, 1, 4)), 'rlcid', ctx.seed), 'credit_report')
    pkg.add('三、信用及财务/2022年度审计报告.pdf', mk(C.audit_report(ctx, 2022, 2, 4, dt.date(2023, 4, 7)), 'docx', ctx.seed), 'audit_report')
    pkg.add('三、信用及财务/2023年度审计报告.pdf', mk(C.audit_report(ctx, 2023, 2, 4, dt.date(2024, 4, 8)), 'docx', ctx.seed), 'audit_report')
    pkg.add('三、信用及财务/民办非企业单位登记证书.jpg', lic(ctx, 'minfei', 'rlcanvas').jpg(ctx.rnd, dpi=120), 'registration_certificate')
    pkg.add('四、工作方案/工作方案.pdf', mk(C.work_plan(ctx, 1), 'docx', ctx.seed), 'work_plan')
    pkg.add('四、工作方案/承诺书.jpg', mk(C.pledge(ctx, 0, d_(ctx, 1, 2)), 'docx', ctx.seed).photo(ctx.rnd, poor=True), 'pledge')
    pkg.add('四、工作方案/廉洁责任书.pdf', mk(C.integrity(ctx, 2, d_(ctx, 1, 2)), 'docx', ctx.seed), 'integrity_letter')
    pkg.add('五、实施方案/实施方案.pdf', mk(C.impl_plan(ctx, 3, eval_style=1), 'docx', ctx.seed), 'implementation_plan+evaluation_plan')
    samples_per_set(pkg, ctx, '五、实施方案/', 'docx', 2, '保洁员{lvo}{set}.pdf')
    pkg.add('六、其他/考评人员名单.pdf', mk(C.teacher_list(ctx, 10), 'docx', ctx.seed), 'other')
    return pkg


# ====================================================================== template usage (for README)
USAGE = {}
CUR = ['']


def _track(fname, argpos):
    f = getattr(C, fname)

    def w(*a, **k):
        v = a[argpos] if argpos is not None and len(a) > argpos else k.get('variant', k.get('mode', '-'))
        if fname == 'industry_letter' and a[0].ind.kind != 'gov':
            v = a[0].ind.kind
        if fname.startswith('licence_') and fname not in ('licence_pdf', 'licence_html'):
            v = '-'
        if fname in ('af_table', 'af_sections', 'af_web', 'af_kv_page2', 'af_wrapped', 'af_columns'):
            v = '-'
        USAGE.setdefault(fname, {}).setdefault(str(v), set()).add(CUR[0])
        return f(*a, **k)
    setattr(C, fname, w)


for _f, _p in [('af_table', None), ('af_sections', None), ('af_web', None), ('af_kv_page2', None), ('af_columns', None), ('af_wrapped', None),
               ('industry_letter', 1), ('district_letter', 1), ('credit_report', 1), ('audit_report', 3), ('work_plan', 1),
               ('pledge', 1), ('integrity', 1), ('impl_plan', 1), ('eval_plans', 1), ('sample_set', 4),
               ('licence_pdf', 1), ('licence_html', 1), ('licence_land_pdf', None), ('licence_elec_html', None),
               ('licence_table_blocks', None)]:
    _track(_f, _p)


# ====================================================================== zip writing
class GBKInfo(zipfile.ZipInfo):
    """ZipInfo writing the name as GBK bytes without the UTF-8 flag (as Windows' built-in zip does)."""

    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


class MacInfo(zipfile.ZipInfo):
    """ZipInfo writing UTF-8 names without the language-encoding flag (as macOS Archive Utility does)."""

    def _encodeFilenameFlags(self):
        return self.filename.encode('utf-8'), self.flag_bits & ~0x800


def appledouble(name):
    return (b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02\x00\x00\x00\x09\x00\x00\x00\x32\x00\x00\x0e\xb0'
            b'\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00\x01\x1e' + b'\x00' * 60 + name.encode('utf-8')[:20])


def write_zip(pkg, out_path):
    ts = (pkg.ctx.submit.year, pkg.ctx.submit.month, pkg.ctx.submit.day, 9, 30, 0)
    entries = []    # (name, data)
    for path, d, kind in pkg.files:
        entries.append((path, open(d.path, 'rb').read()))
    for nz, members in pkg.nested.items():
        bio = __import__('io').BytesIO()
        with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
            for p, d, k in members:
                zi = zipfile.ZipInfo(p, date_time=ts)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, open(d.path, 'rb').read())
        entries.append((nz, bio.getvalue()))
    # directory entries
    dirs = []
    for name, _ in entries:
        parts = name.split('/')[:-1]
        for i in range(1, len(parts) + 1):
            dname = '/'.join(parts[:i]) + '/'
            if dname not in dirs:
                dirs.append(dname)
    junk = []
    if pkg.macosx:
        junk.append(('.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 120))
        for name, _ in entries[:6]:
            parts = name.rsplit('/', 1)
            jn = '__MACOSX/' + (parts[0] + '/._' + parts[1] if len(parts) == 2 else '._' + parts[0])
            junk.append((jn, appledouble(name)))
    Info = GBKInfo if pkg.gbk else MacInfo if pkg.macosx else zipfile.ZipInfo
    with zipfile.ZipFile(out_path, 'w', zipfile.ZIP_DEFLATED) as z:
        for dname in dirs:
            zi = Info(dname, date_time=ts)
            zi.external_attr = 0x10 if pkg.gbk else (0o40755 << 16) | 0x10
            zi.create_system = 0 if pkg.gbk else 3
            z.writestr(zi, b'')
        for name, data in entries + junk:
            zi = Info(name, date_time=ts)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0 if pkg.gbk else 3
            zi.external_attr = 0x20 if pkg.gbk else (0o100644 << 16)
            z.writestr(zi, data)


def key_entry(pkg):
    k = std_key(pkg)
    docs = []

    def one(path, d, kind):
        e = {'path': path, 'kind': kind, 'producer': d.label, 'text': d.text}
        if set(kind.split('+')) & STAMP_KINDS:
            e['seal'] = bool(d.seal)
        docs.append(e)
    for path, d, kind in pkg.files:
        one(path, d, kind)
    for nz, members in pkg.nested.items():
        for p, d, kind in members:
            one(nz + '/' + p, d, kind)
    k['documents'] = docs
    return k


def main(argv):
    only = set(argv)
    os.makedirs(OUT, exist_ok=True)
    if not only:
        shutil.rmtree(BUILD, ignore_errors=True)
        for f in os.listdir(OUT):
            os.remove(os.path.join(OUT, f))
    R.set_build(BUILD)
    order = list(range(len(BUILDERS)))
    random.Random(MASTER_SEED).shuffle(order)     # package number -> builder
    key_path = os.path.join(ROOT, 'key.json')
    key = {'author': 'final9', 'packages': {}}
    if only and os.path.exists(key_path):
        key = json.load(open(key_path, encoding='utf-8'))
    expect = {}
    exp_path = os.path.join(ROOT, 'selfcheck_expect.json')
    if only and os.path.exists(exp_path):
        expect = json.load(open(exp_path, encoding='utf-8'))
    built = set()
    for num, bi in enumerate(order, 1):
        pid = 'P%02d' % num
        if only and pid not in only and BUILDERS[bi].__name__ not in only:
            continue
        CUR[0] = pid
        built.add(pid)
        try:
            pkg = BUILDERS[bi]()
        except Exception:
            import traceback
            traceback.print_exc()
            print('FAILED', pid, BUILDERS[bi].__name__, flush=True)
            continue
        pkg.pid = pid
        # drop stale entries for this pid
        for kname in [k for k in key['packages'] if k.startswith(pid + '-')]:
            del key['packages'][kname]
        for f in os.listdir(OUT):
            if f.startswith(pid + '-'):
                os.remove(os.path.join(OUT, f))
        zp = os.path.join(OUT, pkg.zipname)
        write_zip(pkg, zp)
        key['packages'][pkg.zipname] = key_entry(pkg)
        expect[pkg.zipname] = pkg.expect_name
        print('%s %-6s %7.0f KB  %s' % (pid, pkg.verdict, os.path.getsize(zp) / 1024, pkg.zipname), flush=True)
    key['packages'] = dict(sorted(key['packages'].items()))
    with open(key_path, 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(exp_path, 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(expect.items())), f, ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD, ignore_errors=True)
    up = os.path.join(ROOT, 'template_usage.json')
    use = {}
    if only and os.path.exists(up):
        use = json.load(open(up, encoding='utf-8'))
        for fn in use:
            for v in use[fn]:
                use[fn][v] = [p for p in use[fn][v] if p not in built]
    for fn, d in USAGE.items():
        for v, s in d.items():
            use.setdefault(fn, {}).setdefault(v, [])
            use[fn][v] = sorted(set(use[fn][v]) | s)
    use = {fn: {v: ps for v, ps in d.items() if ps} for fn, d in use.items()}
    with open(up, 'w', encoding='utf-8') as f:
        json.dump(use, f, ensure_ascii=False, indent=1)
    write_readme()



# ====================================================================== README
README_HEAD = """# final9 — blind test corpus of application packages (沪人社职〔2024〕447号)

36 application packages (`packages/P01-…zip` … `P36-…zip`) as Shanghai organisations would upload them
for the 2025-01-20…26 call for 社会培训评价组织, plus the answer key `key.json`.
Written without looking at the pre-screening tool; only the notice and DOMAIN.md were used.

## Regenerate

    python3 generate.py          # all 36 packages + key.json (about 13 minutes on 2 cores)
    python3 generate.py P07 b13  # selected packages (by number or builder name); key.json is merged
    python3 selfcheck.py         # zips open, key paths exist, org name in every text document, scans have no text

Needs: python3 with reportlab, python-docx, odfpy, pillow, pikepdf; LibreOffice (`soffice`), Chromium,
Ghostscript, qpdf, img2pdf, poppler-utils, ocrmypdf + tesseract `chi_sim`, fonts-wqy-zenhei, fonts-noto-cjk.
Content is deterministic (seeded `random`, master seed 90909); byte streams written by LibreOffice, Chromium and
ocrmypdf carry their own timestamps. Package numbers are a seeded shuffle of the builders in `generate.py`.

Files: `generate.py` (36 package builders, zip writer, key), `g_content.py` (occupations of the notice, credit-code
algorithm, organisations, every material's templates), `g_render.py` (document model and producers),
`selfcheck.py`, `selfcheck_expect.json` (documents that deliberately show a different organisation name),
`template_usage.json` (which template variant each package used).

## Producers

| producer | how | used for |
|---|---|---|
| python-docx → LibreOffice 7.4 | `soffice --headless --convert-to pdf` | forms, letters, audit reports, plans (also some .docx kept as uploaded) |
| odfpy (.odt) → LibreOffice 7.4 | same | whole packages of a few organisations |
| Chromium headless `--print-to-pdf` | HTML/CSS, seals as inline SVG, web-system print with fixed header/URL footer, absolutely positioned certificates | web forms, credit reports, letters, licences |
| reportlab platypus, embedded TrueType subset (WenQuanYi Zen Hei) | | forms, plans, sample papers |
| reportlab platypus, STSong-Light CID font, not embedded | | whole packages of two organisations |
| reportlab canvas | certificates drawn at coordinates (营业执照 with QR code, 民办非/社团/事业单位 certificates), floor plan | registration documents |
| Ghostscript 10 pdfwrite re-distilling | `gs -sDEVICE=pdfwrite` on LibreOffice output | two packages |
| qpdf | merging (one PDF holding several materials), AES-256 encryption with user password, owner-password-only restrictions | |
| scans | pdftoppm (150–220 dpi, colour or grayscale) → Pillow (rotation, noise, scanner edge, JPEG q35–50) → img2pdf | letters, licences, a whole package of legible grayscale scans (洁立方) |
| scan + OCR layer | ocrmypdf (tesseract chi_sim) and reportlab render mode 3 invisible text from pdftotext -bbox | |
| unreadable scans / photos | 60 dpi + blur + fade; phone photos with perspective, desk background, light fall-off (legible or dark/blurred) | |
| truncation | upload cut off at 8–12 % of the bytes | |

## Cause codes used in key.json

`credit_code_not_shanghai`, `public_institution`, `occupation_not_in_notice`, `level_not_allowed`,
`duplicate_application`, `credit_penalty`, `credit_dishonest`, `industry_letter_wrong_organisation`,
`district_letter_not_shanghai`, `district_letter_not_hr_bureau`, `organisation_name_mismatch`,
`single_sample_set:<occupation>/<level>`, `branch_not_legal_person`, `missing:<material>` (fail);
`social_organisation_decoupling_unknown`, `credit_code_checksum`, `unreadable:<material>(<how>)`,
`signed_material_docx_only:<material>`, `seal_missing:<material>` (review).
`causes` lists what decides the verdict; `defects` describes everything planted, including problems that do not
change the verdict (an unreadable extra, an encrypted copy that is also present readably, a review-level problem in
a package that fails anyway).
"""


def write_readme():
    key = json.load(open(os.path.join(ROOT, 'key.json'), encoding='utf-8'))
    use = json.load(open(os.path.join(ROOT, 'template_usage.json'), encoding='utf-8'))
    pk = key['packages']
    lines = [README_HEAD]
    lines.append('## Packages\n')
    lines.append('| zip | verdict | causes | defects | organisation (code) | applications |')
    lines.append('|---|---|---|---|---|---|')
    for zn, e in pk.items():
        apps = '; '.join('%s %s %s' % (a['code'], a['name'], ','.join(map(str, a['levels']))) for a in e['applications'])
        lines.append('| %s | %s | %s | %s | %s (%s) | %s |' % (zn, e['verdict'], ', '.join(e['causes']) or '—',
                                                            '；'.join(e['defects']) or '—', e['organisation']['name'],
                                                            e['organisation']['credit_code'], apps))
    from collections import Counter
    v = Counter(e['verdict'] for e in pk.values())
    kinds = Counter()
    texts = Counter()
    ext = Counter()
    ndoc = 0
    for e in pk.values():
        for d in e['documents']:
            ndoc += 1
            for k in d['kind'].split('+'):
                kinds[k] += 1
            texts[d['text']] += 1
            ext[d['path'].rsplit('.', 1)[-1].lower()] += 1
    sizes = [os.path.getsize(os.path.join(OUT, zn)) for zn in pk]
    lines.append('\n## Counts\n')
    lines.append('- packages: %d — pass %d, fail %d, review %d' % (len(pk), v['pass'], v['fail'], v['review']))
    lines.append('- documents listed in the key: %d (%s)' % (ndoc, ', '.join('%s %d' % kv for kv in ext.most_common())))
    lines.append('- text layers: %s' % ', '.join('%s %d' % kv for kv in texts.most_common()))
    lines.append('- material labels: %s' % ', '.join('%s %d' % kv for kv in kinds.most_common()))
    lines.append('- package sizes: %d–%d KB (mean %d KB)' % (min(sizes) // 1024, max(sizes) // 1024, sum(sizes) // len(sizes) // 1024))
    lines.append('\n## Template variety (packages using each variant; no variant in more than about a third)\n')
    for fn, d in use.items():
        lines.append('- `%s`: %s' % (fn, ', '.join('%s→%d' % (k, len(s)) for k, s in sorted(d.items()))))
    lines.append("""
## Organisations and writers

House styles: a 民办非 training school with numbered Chinese folders and Word files (申程), a 集团 subsidiary whose
industry letter is the parent's 批复 and whose form is a web-system print (浦江轨道信号), a Sino-foreign pharma company
writing everything in reportlab with a cover page form (华菁制药), a property-services firm that scans everything
(IMG_2025….pdf, 洁立方), a 股份公司 using LibreOffice .odt and Windows zip (数衡), a consultancy with a nested 样题.zip
(碳衡), a food-safety 培训中心 that merges everything into one Ghostscript-distilled 合订本 (卓食), a tea-drink chain on a
Mac (__MACOSX, phone photos, OCR'd scans, encrypted licence, 茗悦), a hearing-aid company on STSong-Light (声远), an
engineering firm whose files are all called 附件N (建研, two packages for two different occupations), an additive-
manufacturing firm with scanner-OCR PDFs (匠元), an industry association (社会团体, 增材制造产业协会), and 23 more (35 organisations in all).

Letter writers: 市卫健委, 市经信委, 市商务委, 市市场监管局, 市生态环境局, 市住建委, 市绿化市容局, 市药监局, 市科委, 市发改委,
市房管局, 市民政局, 市通信管理局, 市政府办公厅, 民航华东局, 市科协 (as 业务主管单位), a 集团 parent company, and the HR
bureaus of all 16 districts (plus 太仓市人社局 and 长宁区卫健委 as defects); four letter layouts (formal 函 with
document number and two-line title, 推荐意见 with the issuer only in the red letterhead and seal, a table-form
推荐函, 推荐函/推荐书). Credit reports: 信用中国（上海）法人版 (several pages, record table last), 上海市公共信用信息服务中心
专用信用报告 (one-page table), 中国人民银行征信中心 企业信用报告, 信用中国（上海） web print in prose. Audit reports from
seven invented firms in five layouts (standard CAS 1501, partnership style, year only in title and balance sheet,
Chinese-numeral dates, cover page with contents), 业务活动表 for non-profits.

## Limitations (what was not made)

- Ghostscript re-distilling was applied only to LibreOffice output: re-distilling the reportlab and Chromium PDFs
  with Ghostscript 10 destroyed their ToUnicode maps (pdftotext returned mojibake), which would have produced
  "text" documents whose text cannot be extracted.
- No PDFs from Microsoft Word or WPS (not available here); no CCITT/JBIG2 fax images (every scan is JPEG);
  no zip with an Info-ZIP Unicode Path extra field (0x7075).
- Seals in .docx/.odt output are inline pictures above the signature lines, not floating over them.
- PDF byte streams are not bit-identical between runs (LibreOffice/Chromium/ocrmypdf timestamps); content is.
""")
    open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(lines))


if __name__ == '__main__':
    main(sys.argv[1:])
