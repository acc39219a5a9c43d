#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the blind corpus "final7": 36 application packages answering 沪人社职〔2024〕447号,
key.json and the README table.  Usage:  python3 generate.py   (takes a few minutes)

Helpers live in gen_base.py (codes, seals, renderers, scans) and gen_content.py (wording).
All content is deterministic: every package draws from random.Random(SEED + index)."""
import os, sys, io, json, random, shutil, zipfile, zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_base as B
import gen_content as C
from gen_base import (ROOT, WORK, make_code, code_valid, occ_allowed, LV, LVT, ar_date, cn_date)

SEED = 447_2025
PKG_DIR = ROOT / 'packages'

DIST = {'黄浦区': '310101', '徐汇区': '310104', '长宁区': '310105', '静安区': '310106', '普陀区': '310107', '虹口区': '310109',
        '杨浦区': '310110', '闵行区': '310112', '宝山区': '310113', '嘉定区': '310114', '浦东新区': '310115', '金山区': '310116',
        '松江区': '310117', '青浦区': '310118', '奉贤区': '310120', '崇明区': '310151'}
DPREFIX = {'黄浦区': '黄人社', '徐汇区': '徐人社', '长宁区': '长人社', '静安区': '静人社', '普陀区': '普人社', '虹口区': '虹人社',
           '杨浦区': '杨人社', '闵行区': '闵人社', '宝山区': '宝人社', '嘉定区': '嘉人社', '浦东新区': '浦人社', '金山区': '金人社',
           '松江区': '松人社', '青浦区': '青人社', '奉贤区': '奉人社', '崇明区': '崇人社'}
ROADS = {'黄浦区': ['西藏中路', '南京东路', '复兴东路', '局门路'], '徐汇区': ['漕溪北路', '宜山路', '虹漕路', '龙华中路'],
         '长宁区': ['延安西路', '天山路', '金钟路', '协和路'], '静安区': ['共和新路', '天目西路', '江场三路', '万荣路'],
         '普陀区': ['真北路', '同普路', '武威路', '中山北路'], '虹口区': ['四平路', '临平路', '东大名路', '广纪路'],
         '杨浦区': ['国定东路', '长阳路', '政立路', '军工路'], '闵行区': ['莘松路', '虹梅南路', '剑川路', '申长路'],
         '宝山区': ['长江西路', '逸仙路', '沪太路', '富联路'], '嘉定区': ['叶城路', '安亭镇墨玉南路', '嘉松北路', '兴贤路'],
         '浦东新区': ['张江路', '环湖西二路', '川沙路', '锦绣东路', '东方路'], '金山区': ['卫零路', '亭林镇林慧路', '龙胜路', '山阳镇亭卫公路'],
         '松江区': ['新飞路', '思贤路', '九亭镇沪松公路', '广富林路'], '青浦区': ['华新镇华腾路', '外青松公路', '赵巷镇业辉路', '盈港东路'],
         '奉贤区': ['金海公路', '南桥镇运河北路', '环城东路', '望园南路'], '崇明区': ['城桥镇西门路', '陈家镇揽海路', '长兴镇潘园公路', '新河镇新申路']}

IND = {
    'shangwu': ('上海市商务委员会', '沪商服函', 'gov'), 'jingxin': ('上海市经济和信息化委员会', '沪经信产函', 'gov'),
    'shengtai': ('上海市生态环境局', '沪环气函', 'gov'), 'zhujian': ('上海市住房和城乡建设管理委员会', '沪建人函', 'gov'),
    'weijian': ('上海市卫生健康委员会', '沪卫医函', 'gov'), 'lvrong': ('上海市绿化和市容管理局', '沪绿容函', 'gov'),
    'jiaotong': ('上海市交通委员会', '沪交科函', 'gov'), 'yaojian': ('上海市药品监督管理局', '沪药监药注函', 'gov'),
    'shijian': ('上海市市场监督管理局', '沪市监计量函', 'gov'), 'kewei': ('上海市科学技术委员会', '沪科函', 'gov'),
    'fagai': ('上海市发展和改革委员会', '沪发改信用函', 'gov'), 'canlian': ('上海市残疾人联合会', '沪残联康函', 'gov'),
    'fangguan': ('上海市房屋管理局', '沪房市场函', 'gov'), 'shuju': ('上海市数据局', '沪数据函', 'gov'),
    'minzheng': ('上海市民政局', '沪民社函', 'gov'), 'zhongyi': ('上海市中医药管理局', '沪中医药函', 'gov'),
    'anzhuang': ('上海市安装行业协会', '沪安协', 'assoc'), 'wuye': ('上海市物业管理行业协会', '沪物协', 'assoc'),
    'huahui': ('上海市花卉协会', '沪花协', 'assoc'), 'zengcai': ('上海市增材制造协会', '沪增材协', 'assoc'),
    'dongbin': ('上海东滨环境科技集团有限公司', '东滨集团', 'group'), 'chengtou': ('上海城乡环境集团有限公司', '城环集', 'group'),
}
SURN = '张王李赵陈刘杨黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严'
GIVEN = '建国志强海涛丽华晓明伟东文静玉兰春燕国平永刚秀英卫民红梅俊杰佳怡思远德华婷婷振宇雪峰立新慧敏宏伟晨曦'


def person(rnd):
    g = GIVEN[rnd.randrange(0, len(GIVEN) - 1, 2): ][:2]
    return rnd.choice(SURN) + (g if rnd.random() < 0.7 else g[0])


def phone(rnd):
    return rnd.choice(['021-%d%07d' % (rnd.choice([5, 6]), rnd.randint(0, 9999999)), '1%d%d%08d' % (rnd.choice([3, 5, 8]), rnd.randint(0, 9), rnd.randint(0, 99999999))])


def mkorg(rnd, name, kind, district, **kw):
    code_div = kw.pop('code_div', DIST.get(district, '310000'))
    prefix = {'company': '91', 'branch': '91', 'mfq': '52', 'st': '51', 'sy': '12'}[kind]
    style = kw.pop('code_style', 'new' if kind in ('company', 'branch') else ('mj' if kind in ('mfq', 'st') else 'old'))
    code = kw.pop('code', None) or make_code(rnd, prefix, code_div, style, kw.pop('bad', None))
    site_district = kw.pop('site_district', district)
    addr = kw.pop('address', None) or '上海市%s%s%d号%s' % (district, rnd.choice(ROADS[district]), rnd.randint(8, 1888), rnd.choice(['', '%d幢' % rnd.randint(1, 12), '%d楼' % rnd.randint(2, 9), 'A座%d室' % rnd.randint(201, 1805)]))
    site = kw.pop('site', None) or ('上海市%s%s%d号%s' % (site_district, rnd.choice(ROADS[site_district]), rnd.randint(8, 1888), rnd.choice(['%d楼' % rnd.randint(2, 6), '%d幢%d层' % (rnd.randint(1, 9), rnd.randint(1, 5))])))
    fy = kw.pop('founded_year', rnd.randint(2003, 2019))
    org = dict(name=name, kind=kind, code=code, district=district, site_district=site_district, address=addr, site=site,
               legal_rep=person(rnd), contact=person(rnd), phone=phone(rnd), founded=(fy, rnd.randint(1, 12), rnd.randint(1, 28)),
               capital=kw.pop('capital', '%d万元人民币' % rnd.choice([50, 100, 200, 300, 500, 1000, 2000])),
               staff=rnd.randint(5, 15), assessors=rnd.randint(12, 40), area=rnd.choice([320, 450, 600, 800, 1200, 1500]),
               type_line=kw.pop('type_line', {'company': '有限责任公司（自然人投资或控股）', 'branch': '有限责任公司分公司（自然人投资或控股）',
                                              'mfq': '民办非企业单位（法人）', 'st': '社会团体法人', 'sy': '事业单位法人'}[kind]),
               reg_authority=kw.pop('reg_authority', {'company': '上海市%s市场监督管理局' % district, 'branch': '上海市%s市场监督管理局' % district,
                                                       'mfq': '上海市%s民政局' % district, 'st': '上海市民政局', 'sy': '上海市事业单位登记管理局'}[kind]),
               supervisor=kw.pop('supervisor', '上海市%s教育局' % district), sponsor=kw.pop('sponsor', ''),
               licence_date=(rnd.randint(2021, 2024), rnd.randint(1, 12), rnd.randint(1, 28)))
    org['scope'] = kw.pop('scope')
    org.update(kw)
    return org


# --------------------------------------------------------------------------- file naming schemes
SCHEMES = {
    'folders': dict(form='01申请表/社会培训评价组织征集遴选申请表.{ext}', ind='02推荐函/行业主管部门推荐函.{ext}', dist='02推荐函/考核点所在区人社部门推荐函.{ext}',
                    credit='03信用佐证/信用报告.{ext}', audit='03信用佐证/{year}年度审计报告.{ext}', cert='03信用佐证/{certname}复印件.{ext}',
                    work='04工作方案/职业技能等级认定工作方案.{ext}', pledge='04工作方案/承诺书.{ext}', integrity='04工作方案/廉洁责任书.{ext}',
                    impl='05实施方案/{occ}实施方案.{ext}', eval='05实施方案/{occ}/{lv}评价方案.{ext}', sample='05实施方案/{occ}/{lv}{title}.{ext}',
                    samples_occ='05实施方案/{occ}样题.{ext}', samples_level='05实施方案/{occ}/{lv}样题（两套）.{ext}', other='06其他材料/{x}',
                    bundle='{x}'),
    'flat': dict(form='1.申请表.{ext}', ind='2-1.行业主管部门推荐函.{ext}', dist='2-2.区人社局推荐函.{ext}', credit='3-1.信用报告.{ext}',
                 audit='3-{n}.审计报告{year}.{ext}', cert='3-4.{certname}.{ext}', work='4-1.工作方案.{ext}', pledge='4-2.承诺书.{ext}',
                 integrity='4-3.廉洁责任书.{ext}', impl='5-{n}.{occ}实施方案.{ext}', eval='5-评价方案-{occ}-{lv}.{ext}',
                 sample='5-样题-{occ}-{lv}-{title}.{ext}', samples_occ='5-样题-{occ}.{ext}', samples_level='5-样题-{occ}-{lv}.{ext}',
                 other='6.其他-{x}', bundle='{x}'),
    'orgtop': dict(form='{org}/一、申请表/申请表.{ext}', ind='{org}/二、推荐函/行业推荐函.{ext}', dist='{org}/二、推荐函/区人社推荐函.{ext}',
                   credit='{org}/三、信用佐证材料/公共信用信息报告.{ext}', audit='{org}/三、信用佐证材料/审计报告/{year}审计报告.{ext}',
                   cert='{org}/三、信用佐证材料/{certname}.{ext}', work='{org}/四、工作方案/工作方案.{ext}', pledge='{org}/四、工作方案/承诺书.{ext}',
                   integrity='{org}/四、工作方案/廉洁责任书.{ext}', impl='{org}/五、实施方案/{occ}/实施方案.{ext}', eval='{org}/五、实施方案/{occ}/评价方案{lv}.{ext}',
                   sample='{org}/五、实施方案/{occ}/样题/{lv}-{title}.{ext}', samples_occ='{org}/五、实施方案/{occ}/样题汇总.{ext}',
                   samples_level='{org}/五、实施方案/{occ}/{lv}样题.{ext}', other='{org}/六、其他材料/{x}', bundle='{org}/{x}'),
    'attach': dict(form='申报材料/附件1 申请表.{ext}', ind='申报材料/附件2 行业主管部门推荐函.{ext}', dist='申报材料/附件3 区人社部门推荐函.{ext}',
                   credit='申报材料/附件4 信用报告.{ext}', audit='申报材料/附件5 审计报告（{year}年度）.{ext}', cert='申报材料/附件6 {certname}.{ext}',
                   work='申报材料/附件7 工作方案.{ext}', pledge='申报材料/附件8 承诺书.{ext}', integrity='申报材料/附件9 廉洁责任书.{ext}',
                   impl='申报材料/附件10 实施方案（{occ}）.{ext}', eval='申报材料/附件11 评价方案/{occ}{lv}.{ext}', sample='申报材料/附件12 样题/{occ}{lv}{title}.{ext}',
                   samples_occ='申报材料/附件12 样题/{occ}.{ext}', samples_level='申报材料/附件12 样题/{occ}{lv}.{ext}', other='申报材料/其他/{x}', bundle='申报材料/{x}'),
    'scans': dict(form='申请表.{ext}', ind='IMG_20250116_0001.{ext}', dist='IMG_20250116_0002.{ext}', credit='信用报告.{ext}',
                  audit='审计报告{year}.{ext}', cert='scan_003.{ext}', work='工作方案.{ext}', pledge='IMG_20250117_0004.{ext}',
                  integrity='IMG_20250117_0005.{ext}', impl='实施方案-{occ}.{ext}', eval='评价方案-{occ}{lv}.{ext}', sample='样题/{occ}{lv}{title}.{ext}',
                  samples_occ='样题/{occ}.{ext}', samples_level='样题/{occ}-{lv}.{ext}', other='其他/{x}', bundle='{x}'),
}
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}
CERTNAME = {'company': '营业执照', 'branch': '营业执照', 'mfq': '民办非企业单位登记证书', 'st': '社会团体法人登记证书', 'sy': '事业单位法人证书'}
PROD = {
    'rl': 'reportlab (embedded TTF subset, WenQuanYi Zen Hei)', 'rlcid': 'reportlab (CID font STSong-Light, not embedded)',
    'docx': 'python-docx → LibreOffice PDF export', 'odt': 'odfpy .odt → LibreOffice PDF export',
    'html': 'Chromium print-to-pdf (HTML/CSS, inline SVG seal)', 'html-corp': 'Chromium print-to-pdf (HTML/CSS, inline SVG seal)',
    'html-css': 'Chromium print-to-pdf (HTML/CSS, CSS seal)', 'html-serif': 'Chromium print-to-pdf (HTML/CSS, Noto Serif CJK Type 3, SVG seal)',
    'docx-gs': 'python-docx → LibreOffice → Ghostscript pdfwrite re-distilled', 'odt-gs': 'odfpy .odt → LibreOffice → Ghostscript pdfwrite re-distilled',
    'docx-raw': 'python-docx (.docx as submitted)', 'cert': 'reportlab canvas (certificate drawn at coordinates)',
}


class Pkg:
    def __init__(self, spec, idx):
        self.s = spec
        self.rnd = random.Random(SEED + idx)
        self.dir = WORK / spec['slot']
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        self.files = []  # dict(zpath, src, kind, producer, text, seal, nested)
        self.n = 0
        o = spec['opts']
        self.scheme = SCHEMES[o.get('scheme', 'folders')]

    # ---- naming
    def name(self, key, ext='pdf', **kw):
        kw.setdefault('org', self.s['org']['name'])
        kw.setdefault('certname', CERTNAME[self.s['org']['kind']])
        return self.scheme[key].format(ext=ext, **kw)

    # ---- rendering
    def tmp(self, stem, ext):
        self.n += 1
        return self.dir / ('%03d_%s.%s' % (self.n, stem, ext))

    def render(self, blocks, prod, stem='doc', header=False):
        """Returns (path, producer label)."""
        pk = self.s
        if prod in ('rl', 'rlcid'):
            p = self.tmp(stem, 'pdf')
            hd = self.rnd.random() < 0.3
            B.render_rl(blocks, p, 'wqy' if prod == 'rl' else 'cid', page_header=pk.get('header') if (hd and header) else None)
            return p, PROD[prod]
        if prod.startswith('docx'):
            d = self.tmp(stem, 'docx')
            B.render_docx(blocks, d, self.rnd, font=self.rnd.choice(['宋体', '仿宋_GB2312', 'Noto Serif CJK SC', '微软雅黑']), seal_dir=self.dir)
            if prod == 'docx-raw':
                return d, PROD[prod]
            p = B.lo_convert(d, self.dir)
            if prod == 'docx-gs':
                q = self.tmp(stem + '_gs', 'pdf')
                B.gs_redistill(p, q)
                return q, PROD[prod]
            return p, PROD[prod]
        if prod.startswith('odt'):
            d = self.tmp(stem, 'odt')
            B.render_odt(blocks, d, font=self.rnd.choice(['Noto Sans CJK SC', 'Noto Serif CJK SC', 'WenQuanYi Zen Hei']))
            p = B.lo_convert(d, self.dir)
            if prod == 'odt-gs':
                q = self.tmp(stem + '_gs', 'pdf')
                B.gs_redistill(p, q)
                return q, PROD[prod]
            return p, PROD[prod]
        if prod.startswith('html'):
            h = self.tmp(stem, 'html')
            style = {'html': 'gov', 'html-corp': 'corp', 'html-css': 'plain', 'html-serif': 'serif'}[prod]
            B.render_html(blocks, h, style=style, seal='css' if prod == 'html-css' else 'svg')
            p = h.with_suffix('.pdf')
            B.chromium_pdf(h, p)
            return p, PROD[prod]
        raise ValueError(prod)

    def add(self, zpath, src, kind, producer, text='text', seal=None, nested=None):
        f = dict(zpath=zpath, src=Path(src), kind=kind, producer=producer, text=text, nested=nested)
        kinds = set(kind.split('+'))
        if kinds & STAMPED:
            f['seal'] = bool(seal)
        self.files.append(f)
        return f

    # ---- post-processing
    def scan(self, pdf, stem, ocr=None, **kw):
        out = self.tmp(stem + '_scan', 'pdf')
        if ocr == 'rl3':
            imgs = B.scan_images(pdf, self.rnd, **kw)
            B.rl3_layer(pdf, imgs, out)
            return out, 'scan: pdftoppm → Pillow (rotation, noise, JPEG) + reportlab invisible text layer (render mode 3)', 'ocr-layer'
        B.scan_pdf(pdf, out, self.rnd, **kw)
        label = 'scan: pdftoppm %d dpi → Pillow (%s, rotation, noise, JPEG) → img2pdf' % (kw.get('dpi', 150), 'grayscale' if kw.get('gray', True) else 'colour')
        if kw.get('faint'):
            label = 'scan: pdftoppm %d dpi → Pillow (very faint, blurred) → img2pdf' % kw.get('dpi', 150)
        if ocr == 'ocrmypdf':
            o2 = self.tmp(stem + '_ocr', 'pdf')
            B.ocrmypdf_layer(out, o2)
            return o2, label + ' → ocrmypdf (chi_sim) text layer', 'ocr-layer'
        return out, label, 'none'

    def photo(self, pdf, stem, **kw):
        out = self.tmp(stem + '_photo', 'jpg')
        B.photo_jpg(pdf, out, self.rnd, **kw)
        return out, 'phone photo: pdftoppm → Pillow (desk background, rotation, shading%s) → JPEG' % (', heavy blur' if kw.get('blur', 0.6) > 2 else '')


def dates(rnd):
    return dict(date_ind=(2025, 1, rnd.randint(6, 15)), date_dist=(2025, 1, rnd.randint(8, 16)),
                date_credit=(2025, 1, rnd.randint(10, 17)), date_form=(2025, 1, rnd.randint(16, 19)))


# --------------------------------------------------------------------------- the standard build
def build(pk_obj):
    P = pk_obj
    s = P.s
    o = s['opts']
    rnd = P.rnd
    org = s['org']
    apps = s['apps']
    allowed_map = {n: B.NOTICE_MAP.get((c, n), [5, 4, 3, 2, 1]) for c, n, _ in apps}
    bundle = o.get('bundle', {})   # material -> bundle name
    bundled = {}                   # bundle name -> list of (kind, blocks)

    def emit(key, kind, blocks, prod, fmt=None, stem=None, post=None, seal=None, nested=None):
        fmt = fmt or {}
        for bname, members in bundle.items():
            if key in members:
                bundled.setdefault(bname, []).append((key, kind, blocks, seal))
                return
        if prod == 'docx-raw':
            path, label = P.render(blocks, prod, stem or key)
            return P.add(P.name(key, 'docx', **fmt), path, kind, label, 'text', seal=False, nested=nested)
        path, label = P.render(blocks, prod, stem or key, header=key in ('form', 'work', 'pledge', 'integrity', 'impl', 'eval', 'sample', 'samples_level', 'samples_occ'))
        text = 'text'
        if post:
            mode = post.pop('mode')
            if mode == 'scan':
                path, label2, text = P.scan(path, stem or key, **post)
                label = label2 + ' (from %s)' % label.split(' ')[0]
            elif mode in ('photo', 'photo_blur'):
                path, label2 = P.photo(path, stem or key, **post)
                label = label2
                text = 'none'
                return P.add(P.name(key, 'jpg', **fmt), path, kind, label, text, seal=seal, nested=nested)
            elif mode == 'encrypt':
                q = P.tmp((stem or key) + '_enc', 'pdf')
                B.qpdf_encrypt(path, q)
                path, label, text = q, label + ' → qpdf AES-256 encryption (user password set)', 'encrypted'
            elif mode == 'corrupt':
                q = P.tmp((stem or key) + '_cut', 'pdf')
                B.truncate_pdf(path, q, post.get('keep', 0.12))
                path, label, text = q, label + ' → truncated (incomplete upload)', 'corrupt'
        return P.add(P.name(key, 'pdf', **fmt), path, kind, label, text, seal=seal, nested=nested)

    # 1 application form
    f = o.get('form', {})
    emit('form', 'application_form', C.form_blocks(s, rnd, f.get('style', 'tick'), name=f.get('name'), seal=f.get('seal', False), allowed_map=allowed_map),
         f.get('prod', 'rl'), post=f.get('post'))
    # 2 letters
    i = o.get('ind', {})
    if not i.get('missing'):
        seal = i.get('seal', True)
        blocks = C.industry_letter_blocks(s, rnd, i.get('variant', 0), recommended=i.get('wrong'), seal=seal)
        emit('ind', 'industry_letter', blocks, i.get('prod', 'rl'), post=i.get('post'), seal=seal and i.get('prod') != 'docx-raw')
    d = o.get('dist', {})
    if not d.get('missing'):
        seal = d.get('seal', True)
        blocks = C.district_letter_blocks(s, rnd, d.get('variant', 0), bureau=d.get('bureau'), prefix=d.get('prefix'), seal=seal)
        emit('dist', 'district_letter', blocks, d.get('prod', 'rl'), post=d.get('post'), seal=seal and d.get('prod') != 'docx-raw')
    # 3 credit report, audits, certificate
    c = o.get('credit', {})
    emit('credit', 'credit_report', C.credit_blocks(s, rnd, c.get('variant', 0), c.get('penalties')), c.get('prod', 'rl'), post=c.get('post'))
    if c.get('faint_copy'):
        path, label = P.render(C.credit_blocks(s, rnd, c.get('variant', 0)), 'rl', 'credit_copy')
        path, label2, text = P.scan(path, 'credit_copy', dpi=60, faint=True, blur=1.6)
        P.add(P.name('other', x='信用报告（扫描件）.pdf'), path, 'credit_report', label2, text)
    a = o.get('audit', {})
    for k, year in enumerate(a.get('years', [2022, 2023])):
        post = dict(a['corrupt']) if a.get('corrupt_year') == year else None
        emit('audit', 'audit_report', C.audit_blocks(s, rnd, year, a.get('variant', rnd.randint(0, 1))), a.get('prod', 'rl'),
             fmt=dict(year=year, n=k + 2), stem='audit%d' % year, post=post)
    ct = o.get('cert', {})
    cpath = P.tmp('cert', 'pdf')
    C.cert_pdf(s, rnd, cpath, stamped=ct.get('stamped', True))
    cseal = ct.get('stamped', True)
    if 'cert' in sum(bundle.values(), []):
        bundled.setdefault([b for b, m in bundle.items() if 'cert' in m][0], []).append(('cert', 'registration_certificate', cpath, cseal))
    elif ct.get('post'):
        post = dict(ct['post'])
        mode = post.pop('mode')
        if mode == 'scan':
            path, label, text = P.scan(cpath, 'cert', **post)
            P.add(P.name('cert'), path, 'registration_certificate', label + ' (from reportlab canvas)', text, seal=cseal)
        else:
            path, label = P.photo(cpath, 'cert', **post)
            P.add(P.name('cert', 'jpg'), path, 'registration_certificate', label, 'none', seal=cseal)
    else:
        P.add(P.name('cert'), cpath, 'registration_certificate', PROD['cert'], 'text', seal=cseal)
    # 4 work plan, pledge, integrity letter
    w = o.get('work', {})
    mode = w.get('mode', 'separate')
    wb = C.work_plan_blocks(s, rnd)
    pseal, iseal = w.get('pledge_seal', True), w.get('integrity_seal', True)
    pb = C.pledge_blocks(s, rnd, seal=pseal)
    ib = C.integrity_blocks(s, rnd, seal=iseal)
    if mode == 'combined':
        emit('work', 'work_plan+pledge+integrity_letter', wb + [('pb',)] + pb + [('pb',)] + ib, w.get('prod', 'rl'), seal=pseal and iseal)
    else:
        emit('work', 'work_plan', wb, w.get('prod', 'rl'))
        pprod = w.get('pledge_prod', w.get('prod', 'rl'))
        iprod = w.get('integrity_prod', w.get('prod', 'rl'))
        emit('pledge', 'pledge', pb if pprod != 'docx-raw' else C.pledge_blocks(s, rnd, seal=False), pprod, post=w.get('pledge_post'),
             seal=pseal and pprod != 'docx-raw')
        emit('integrity', 'integrity_letter', ib if iprod != 'docx-raw' else C.integrity_blocks(s, rnd, seal=False), iprod,
             post=w.get('integrity_post'), seal=iseal and iprod != 'docx-raw')
    # 5 implementation plan, evaluation plans, sample papers
    im = o.get('impl', {})
    eval_sep = im.get('eval_sep', False)
    samples = o.get('samples', {})
    smode = samples.get('mode', 'per_set')
    tstyle = samples.get('tstyle', 0)
    sprod = samples.get('prod', 'rl')
    missing = set(tuple(x) for x in samples.get('missing', []))  # (occ index, level, setno)
    nested = samples.get('nested')
    occ_short = lambda nm: nm.replace('（', '-').replace('）', '').replace('、', '')
    if im.get('one_file') and len(apps) > 1:
        emit('impl', 'implementation_plan' + ('' if eval_sep else '+evaluation_plan'),
             C.impl_blocks(s, rnd, apps, im.get('eval_style', 'para'), with_eval=not eval_sep), im.get('prod', 'rl'), fmt=dict(occ='', n=1))
    for oi, occ in enumerate(apps):
        code, oname, lv = occ
        occn = occ_short(oname)
        if not (im.get('one_file') and len(apps) > 1):
            emit('impl', 'implementation_plan' + ('' if eval_sep else '+evaluation_plan'),
                 C.impl_blocks(s, rnd, [occ], im.get('eval_style', 'para'), with_eval=not eval_sep), im.get('prod', 'rl'),
                 fmt=dict(occ=occn, n=oi + 1), stem='impl%d' % oi)
        if eval_sep:
            for l in sorted(lv, reverse=True):
                emit('eval', 'evaluation_plan', C.eval_plan_blocks(s, rnd, occ, levels=[l]), im.get('eval_prod', 'rl'),
                     fmt=dict(occ=occn, lv=LV[l]), stem='eval%d_%d' % (oi, l))
        # samples
        if smode == 'per_set':
            for l in sorted(lv, reverse=True):
                for sn in (1, 2):
                    if (oi, l, sn) in missing:
                        continue
                    title = C.SAMPLE_TITLES[tstyle][sn - 1].replace(' ', '')
                    blocks = C.sample_blocks(s, rnd, occ, l, sn, tstyle)
                    if nested:
                        path, label = P.render(blocks, sprod, 'sample%d_%d_%d' % (oi, l, sn))
                        P.add('%s/%s%s.pdf' % (occn, LV[l], title), path, 'sample_paper', label, nested=nested)
                    else:
                        emit('sample', 'sample_paper', blocks, sprod, fmt=dict(occ=occn, lv=LV[l], title=title), stem='sample%d_%d_%d' % (oi, l, sn))
        elif smode == 'per_level':
            for l in sorted(lv, reverse=True):
                blocks = []
                for sn in (1, 2):
                    if (oi, l, sn) in missing:
                        continue
                    if blocks:
                        blocks.append(('pb',))
                    blocks += C.sample_blocks(s, rnd, occ, l, sn, tstyle)
                emit('samples_level', 'sample_paper', blocks, sprod, fmt=dict(occ=occn, lv=LV[l]), stem='samples%d_%d' % (oi, l))
        elif smode == 'per_occ':
            blocks = []
            for l in sorted(lv, reverse=True):
                for sn in (1, 2):
                    if (oi, l, sn) in missing:
                        continue
                    if blocks:
                        blocks.append(('pb',))
                    blocks += C.sample_blocks(s, rnd, occ, l, sn, tstyle)
            emit('samples_occ', 'sample_paper', blocks, sprod, fmt=dict(occ=occn), stem='samples%d' % oi)

    # bundles: one big PDF holding several materials
    for bname, parts in bundled.items():
        pdfs, kinds, seals = [], [], []
        order = ['form', 'ind', 'dist', 'credit', 'audit', 'cert', 'work', 'pledge', 'integrity', 'impl', 'eval', 'sample']
        parts.sort(key=lambda x: order.index(x[0]) if x[0] in order else 99)
        bprod = o.get('bundle_prod', 'rl')
        for key, kind, blocks, seal in parts:
            if isinstance(blocks, Path):
                pdfs.append(blocks)
                kinds.append(kind)
            else:
                p, _ = P.render(blocks, bprod, 'bundle_' + key)
                pdfs.append(p)
                kinds.append(kind)
            if set(kind.split('+')) & STAMPED:
                seals.append(bool(seal))
        out = P.tmp('bundle', 'pdf')
        B.merge_pdfs(pdfs, out)
        uniq = []
        for k in '+'.join(kinds).split('+'):
            if k not in uniq:
                uniq.append(k)
        P.add(P.name('bundle', x=bname), out, '+'.join(uniq), PROD[bprod] + ' + reportlab canvas certificate, merged with qpdf', 'text',
              seal=all(seals) if seals else None)

    # extras
    for ex in o.get('extras', []):
        if ex == 'toc':
            entries = [(f['kind'].replace('+', '、'), f['zpath'].split('/')[-1]) for f in P.files]
            p, label = P.render(C.toc_blocks(s, entries), o.get('toc_prod', 'rl'), 'toc')
            P.add(P.name('other', x='目录.pdf') if o.get('scheme') != 'folders' else '00目录.pdf', p, 'other', label)
        elif ex == 'teachers':
            p, label = P.render(C.teachers_blocks(s, rnd), 'docx', 'teachers')
            P.add(P.name('other', x='考评人员名单.pdf'), p, 'other', label)
        elif ex == 'floor':
            p = P.tmp('floor', 'pdf')
            C.floorplan_pdf(s, rnd, p)
            P.add(P.name('other', x='考核点平面图.pdf'), p, 'other', 'reportlab canvas (drawing)')
        elif ex == 'floor_enc':
            p = P.tmp('floor', 'pdf')
            C.floorplan_pdf(s, rnd, p)
            q = P.tmp('floor_enc', 'pdf')
            B.qpdf_encrypt(p, q, user='kh2025')
            P.add(P.name('other', x='考核点平面布置图.pdf'), q, 'other', 'reportlab canvas → qpdf AES-256 encryption', 'encrypted')
        elif ex in ('photos', 'photo_blur'):
            for k in range(2 if ex == 'photos' else 1):
                p = P.tmp('site%d' % k, 'jpg')
                B.site_photo(p, rnd, org['name'][2:10] if k == 0 else '', blur=0.4 if ex == 'photos' else 5.5)
                P.add(P.name('other', x='考核点照片%d.jpg' % (k + 1) if ex == 'photos' else 'IMG_%d.jpg' % rnd.randint(2000, 9000)), p, 'other',
                      'site photo (Pillow drawing → JPEG%s)' % (', heavy blur' if ex == 'photo_blur' else ''), 'none')
    return P


# --------------------------------------------------------------------------- zip writing
class GBKInfo(zipfile.ZipInfo):
    """Entry name stored as GBK bytes without the UTF-8 flag, as Windows' built-in zip writer does."""
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(P, out):
    o = P.s['opts']
    enc = o.get('enc', 'utf8')
    IC = GBKInfo if enc == 'gbk' else zipfile.ZipInfo
    nested = {}
    top = []
    for f in P.files:
        if f['nested']:
            nested.setdefault(f['nested'], []).append(f)
        else:
            top.append(f)
    dt = (2025, 1, 20 + P.rnd.randint(0, 5), P.rnd.randint(8, 21), P.rnd.randint(0, 59), 0)

    def put(z, name, data):
        zi = IC(name, date_time=dt)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)

    with zipfile.ZipFile(out, 'w') as z:
        dirs_done = set()
        entries = [(f['zpath'], f['src'].read_bytes()) for f in top]
        for nzip, members in nested.items():
            bio = io.BytesIO()
            with zipfile.ZipFile(bio, 'w') as nz:
                for m in members:
                    zi = zipfile.ZipInfo(m['zpath'], date_time=dt)
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    nz.writestr(zi, m['src'].read_bytes())
            entries.append((nzip, bio.getvalue()))
        for name, data in entries:
            if o.get('dir_entries', True):
                parts = name.split('/')[:-1]
                for k in range(1, len(parts) + 1):
                    dn = '/'.join(parts[:k]) + '/'
                    if dn not in dirs_done:
                        dirs_done.add(dn)
                        zi = IC(dn, date_time=dt)
                        zi.external_attr = 0o40755 << 16 | 0x10
                        z.writestr(zi, b'')
            put(z, name, data)
            if o.get('macosx'):
                d, _, base = name.rpartition('/')
                put(z, '__MACOSX/%s._%s' % (d + '/' if d else '', base), b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + bytes(60))
        if o.get('macosx'):
            put(z, '.DS_Store', b'\x00\x00\x00\x01Bud1' + bytes(200))


# --------------------------------------------------------------------------- key / README
def key_entry(P):
    s = P.s
    docs = []
    for f in P.files:
        path = f['zpath'] if not f['nested'] else f['nested'] + '/' + f['zpath']
        e = dict(path=path, kind=f['kind'], producer=f['producer'], text=f['text'])
        if 'seal' in f:
            e['seal'] = f['seal']
        docs.append(e)
    return dict(verdict=s['verdict'], causes=s['causes'], defects=s['defects'], why=s['why'],
                organisation=dict(name=s['org']['name'], credit_code=s['org']['code']),
                applications=[dict(code=c, name=n, levels=sorted(l, reverse=True)) for c, n, l in s['apps']],
                documents=docs)


def main():
    import specs
    WORK.mkdir(exist_ok=True)
    if PKG_DIR.exists():
        shutil.rmtree(PKG_DIR)
    PKG_DIR.mkdir()
    only = set(sys.argv[1:])
    all_specs = specs.make_specs(random.Random(SEED), mkorg, IND, DIST, DPREFIX, dates)
    key = {'author': 'final7', 'packages': {}}
    for idx, spec in enumerate(all_specs):
        zname = '%s-%s.zip' % (spec['id'], spec['org']['name'])
        if only and spec['id'] not in only and spec['slot'] not in only:
            continue
        print('building', zname, flush=True)
        P = build(Pkg(spec, idx))
        write_zip(P, PKG_DIR / zname)
        key['packages'][zname] = key_entry(P)
    (ROOT / 'key.json').write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding='utf-8')
    specs.write_readme(key, PROD)
    print('done: %d packages' % len(key['packages']))


if __name__ == '__main__':
    main()
