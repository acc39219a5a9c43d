#!/usr/bin/env python3
"""Regenerate the final19 blind corpus: python3 generate.py  (writes packages/, key.json)."""
import os, sys, io, json, random, shutil, subprocess, zipfile, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render as R, content as C
from codes import make_code, valid

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, 'build'); PK = os.path.join(HERE, 'packages')
rng = random.Random(19019)

DIST = {'黄浦区': ('310101', '黄'), '徐汇区': ('310104', '徐'), '长宁区': ('310105', '长'), '静安区': ('310106', '静'), '普陀区': ('310107', '普'),
        '虹口区': ('310109', '虹'), '杨浦区': ('310110', '杨'), '闵行区': ('310112', '闵'), '宝山区': ('310113', '宝'), '嘉定区': ('310114', '嘉'),
        '浦东新区': ('310115', '浦'), '金山区': ('310116', '金'), '松江区': ('310117', '松'), '青浦区': ('310118', '青'), '奉贤区': ('310120', '奉'), '崇明区': ('310151', '崇')}
OCC = {'数字孪生应用技术员': ('4-04-05-10', [5, 4, 3, 2, 1]), '保洁员': ('4-09-08-01', [5, 4, 3]), '医疗护理员': ('4-14-01-02', [5, 4, 3, 2, 1]),
       '碳排放管理员（碳排放核算员）': ('4-09-07-04', [4, 3, 2, 1]), '药物制剂工（片剂制备）': ('6-12-03-00', [5, 4, 3, 2, 1]),
       '药物制剂工（颗粒剂制备）': ('6-12-03-00', [5, 4, 3, 2, 1]), '调饮师': ('4-03-02-10', [5, 4, 3, 2, 1]),
       '轨道交通信号工（城市轨道交通信号工）': ('6-29-03-10', [5, 4, 3, 2, 1]), '网络与信息安全管理师（数据安全管理员）': ('4-04-04-02', [4, 3, 2, 1]),
       '保健调理师（保健艾灸师）': ('4-10-04-01', [5, 4, 3]), '营养师（公共营养师）': ('4-14-02-01', [4, 3, 2, 1]), '增材制造设备操作员': ('6-18-01-13', [5, 4, 3, 2, 1]),
       '管工': ('6-29-03-04', [5, 4, 3, 2, 1]), '信用管理师': ('4-07-02-04', [4, 3, 2, 1]), '生活垃圾清运工（生活垃圾收集工）': ('4-09-08-02', [5, 4, 3]),
       '计量员（热工计量员）': ('4-08-05-06', [4, 3]), '碳排放管理员（碳排放监测员）': ('4-09-07-04', [4, 3, 2, 1]), '育婴员': ('4-10-01-02', [5, 4, 3, 2, 1]),
       '科技咨询师': ('4-07-02-02', [3, 2, 1]), '食品安全管理师': ('4-03-02-11', [5, 4, 3, 2, 1]), '房地产策划师': ('4-06-02-02', [4, 3, 2, 1]),
       '盆景师': ('4-09-10-03', [5, 4, 3, 2, 1]), '政务服务办事员': ('3-01-01-02', [5, 4, 3]), '色彩搭配师': ('4-08-08-04', [4, 3, 2, 1]),
       '化工总控工': ('6-11-01-03', [5, 4, 3, 2, 1]), '数字化解决方案设计师': ('4-04-04-05', [4, 3, 2, 1]), '建筑节能减排咨询师': ('4-09-07-06', [5, 4, 3, 2, 1]),
       '助听器验配师': ('4-14-03-01', [4, 3, 2, 1]), '社群健康助理员': ('4-14-04-04', [4, 3, 2]), '碳排放管理员（民航碳排放管理员）': ('4-09-07-04', [4, 3, 2, 1]),
       '药物制剂工（注射剂制备）': ('6-12-03-00', [5, 4, 3, 2, 1]), '碳排放管理员（碳排放咨询员）': ('4-09-07-04', [3, 2, 1]), '药物制剂工（胶囊剂制备）': ('6-12-03-00', [5, 4, 3, 2, 1]),
       '碳排放管理员': ('4-09-07-04', [5])}
def app(name, levels):
    code, allowed = OCC[name]
    return {'code': code, 'name': name, 'levels': levels, 'allowed': allowed}

TYPES = {'co': ('有限责任公司（自然人投资或控股）', '企业'), 'fie': ('有限责任公司（外商投资、非独资）', '企业（外商投资）'), 'gf': ('股份有限公司（非上市、自然人投资或控股）', '企业'),
         'sub': ('有限责任公司（非自然人投资或控股的法人独资）', '企业（集团子公司）'), 'br': ('有限责任公司分公司（自然人投资或控股）', '企业分支机构'),
         'mf': ('', '民办非企业单位'), 'st': ('', '社会团体'), 'sy': ('', '事业单位')}
LEGALS = ['王建华', '陈丽萍', '张志强', '李文静', '刘海峰', '周晓燕', '吴国栋', '徐敏', '孙立新', '朱慧琳', '胡永明', '郭佳', '何振宇', '高雪梅', '林涛', '罗红', '梁伟', '宋晓东']
def org(i, name, district, kind='co', body=None, cat=None, region=None, bad_check=False, street='路', scope='职业技能培训；技术服务、技术开发、技术咨询', **kw):
    region = region or DIST[district][0]
    cat = cat or {'mf': '52', 'st': '51', 'sy': '12'}.get(kind, '91')
    if body is None:
        chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
        body = ('MA' + ''.join(rng.choice(chars) for _ in range(6))) if cat == '91' else (''.join(rng.choice('0123456789') for _ in range(8)) if cat == '12' else 'MJ' + ''.join(rng.choice(chars) for _ in range(6)))
    code = make_code(cat, region, body)
    if bad_check:
        code = code[:17] + ('A' if code[17] != 'A' else 'B')
        assert not valid(code)
    t, nature = TYPES[kind]
    o = dict(name=name, code=code, type=t, nature=nature, legal=LEGALS[i % len(LEGALS)], district=district, dshort=DIST.get(district, ('', '沪'))[1],
             addr='上海市%s%s%d号%d楼' % (district, ['漕溪', '张江', '江场', '控江', '沪闵', '富锦', '曹安', '莘庄', '通波', '南桥'][i % 10] + street, 100 + i * 17, 2 + i % 6),
             contact=['赵老师', '钱经理', '孙主任', '李女士', '周先生', '吴老师'][i % 6], phone='021-6%07d' % (1234567 + i * 7919), zip='200%03d' % (i * 7 % 999),
             founded='%d年%02d月%02d日' % (2008 + i % 13, 1 + i % 12, 1 + i % 27), regauth='上海市%s市场监督管理局' % district, scope=scope,
             intro='本单位成立以来长期从事相关职业培训与技能评价服务，拥有专职教师和考评员队伍。', site='上海市%s%d号考核点' % (district, 200 + i * 3))
    if kind == 'mf': o['regauth'] = '上海市%s民政局' % district
    if kind in ('st', 'sy'): o['regauth'] = '上海市社会团体管理局' if kind == 'st' else '上海市事业单位登记管理局'
    o.update(kw)
    return o

# ---------------------------------------------------------------- industry issuers
IND = {'经信委': ('上海市经济和信息化委员会', '沪经信推函'), '商务委': ('上海市商务委员会', '沪商服函'), '卫健委': ('上海市卫生健康委员会', '沪卫推函'),
       '生态局': ('上海市生态环境局', '沪环气函'), '住建委': ('上海市住房和城乡建设管理委员会', '沪建人函'), '交通委': ('上海市交通委员会', '沪交科函'),
       '药监局': ('上海市药品监督管理局', '沪药监函'), '市场局': ('上海市市场监督管理局', '沪市监计函'), '科委': ('上海市科学技术委员会', '沪科函'),
       '房管局': ('上海市房屋管理局', '沪房人函'), '绿容局': ('上海市绿化和市容管理局', '沪绿容函'), '民政局': ('上海市民政局', '沪民社函'),
       '数据局': ('上海市数据局', '沪数据函'), '发改委': ('上海市发展和改革委员会', '沪发改函'), '教委': ('上海市教育委员会', '沪教委职函')}
TITLES_IND = ['关于推荐{N}申报社会培训评价组织的函', '关于同意推荐{N}参加社会培训评价组织征集遴选的推荐意见', '推荐书', '关于{N}申报社会培训评价组织的推荐函', '推荐意见']
TITLES_DIS = ['关于推荐{N}考核点的函', '推荐函', '关于{N}职业技能等级认定考核点的推荐意见', '考核点所在区人社部门推荐函', '关于同意推荐{N}考核点参加社会培训评价组织征集遴选的函']

KIND = {'form': 'application_form', 'ind': 'industry_letter', 'dist': 'district_letter', 'credit': 'credit_report', 'audit22': 'audit_report', 'audit23': 'audit_report',
        'audit21': 'audit_report', 'reg': 'registration_certificate', 'work': 'work_plan', 'pledge': 'pledge', 'integ': 'integrity_letter', 'impl': 'implementation_plan+evaluation_plan'}
STAMPED = {'ind', 'dist', 'pledge', 'integ', 'reg'}
PROD = {'rl': 'reportlab (embedded TTF subset, WenQuanYi Zen Hei)', 'cid': 'reportlab (non-embedded CID font STSong-Light)', 'droid': 'reportlab (embedded TTF, Droid Sans Fallback)',
        'docx': 'LibreOffice writer_pdf_Export from python-docx .docx', 'odt': 'LibreOffice writer_pdf_Export from odfpy .odt', 'html': 'Chromium headless --print-to-pdf (HTML/CSS, SVG seal)',
        'gs': 'Ghostscript pdfwrite re-distilled (Chromium HTML source)', 'scan': 'scan: pdftoppm → Pillow (gray, rotation, noise, JPEG) → img2pdf', 'scanc': 'scan: pdftoppm → Pillow (colour, rotation, JPEG) → img2pdf',
        'ocr': 'scan (pdftoppm → Pillow JPEG) + reportlab invisible text layer (render mode 3)', 'jpg': 'photo/scan JPEG (pdftoppm → Pillow)', 'rawdocx': 'python-docx (.docx, not converted)',
        'faint': 'scan, ~60 dpi faint and blurred (pdftoppm → Pillow → img2pdf)', 'badphoto': 'phone photo JPEG, blurred and low resolution', 'enc': 'reportlab + pikepdf AES-256 encryption (user password)',
        'corrupt': 'reportlab PDF truncated to 45% of its bytes'}
TEXT = {'rl': 'text', 'cid': 'text', 'droid': 'text', 'docx': 'text', 'odt': 'text', 'html': 'text', 'gs': 'text', 'scan': 'none', 'scanc': 'none', 'ocr': 'ocr-layer', 'jpg': 'none',
        'rawdocx': 'text', 'faint': 'none', 'badphoto': 'none', 'enc': 'encrypted', 'corrupt': 'corrupt'}
EXT = {'jpg': '.jpg', 'badphoto': '.jpg', 'rawdocx': '.docx'}

deferred = []   # (kind, src, out)

def produce(blocks, mode, out, tag, seed):
    """Write blocks to `out` (without extension logic) with the given producer mode."""
    r = random.Random(seed)
    base = os.path.join(BUILD, 'base', tag + '.pdf')
    fnt = {'cid': 'STSong-Light', 'droid': 'Droid'}.get(mode, 'WQY')
    if mode in ('rl', 'cid', 'droid'):
        R.render_rl(blocks, out, font=fnt, base=11 if mode != 'cid' else 10.5); return
    if mode == 'docx':
        src = os.path.join(BUILD, 'lo', tag + '.docx'); R.render_docx(blocks, src, os.path.join(BUILD, 'tmp'), font=['Noto Serif CJK SC', 'Noto Sans CJK SC', 'Noto Serif CJK SC'][seed % 3])
        deferred.append(('lo', src, out)); return
    if mode == 'rawdocx':
        R.render_docx(blocks, out, os.path.join(BUILD, 'tmp')); return
    if mode == 'odt':
        src = os.path.join(BUILD, 'lo', tag + '.odt'); R.render_odt(blocks, src); deferred.append(('lo', src, out)); return
    if mode == 'html':
        src = os.path.join(BUILD, 'html', tag + '.html'); R.render_html(blocks, src, seed); deferred.append(('html', src, out)); return
    if mode == 'gs':
        src = os.path.join(BUILD, 'html', tag + '.html'); R.render_html(blocks, src, 0); deferred.append(('htmlgs', src, out)); return
    R.render_rl(blocks, base, font='WQY')
    if mode == 'scan': R.scan_pdf(base, out, r, dpi=r.choice([150, 150, 170]), gray=True, quality=55)
    elif mode == 'scanc': R.scan_pdf(base, out, r, dpi=150, gray=False, quality=50)
    elif mode == 'ocr': R.scan_ocr_layer(base, out, r, R.block_lines(blocks), dpi=150)
    elif mode == 'jpg': R.scan_jpg(base, out, r, dpi=130, photo=r.random() < 0.5)
    elif mode == 'faint': R.scan_pdf(base, out, r, dpi=60, gray=True, mode='faint', quality=30)
    elif mode == 'badphoto': R.scan_jpg(base, out, r, dpi=45, mode='blur', photo=True)
    elif mode == 'enc':
        import pikepdf
        with pikepdf.open(base) as p: p.save(out, encryption=pikepdf.Encryption(owner='Own3r#2025', user='sh2025', R=6))
    elif mode == 'corrupt':
        b = open(base, 'rb').read(); open(out, 'wb').write(b[:int(len(b) * 0.45)])
    else: raise ValueError(mode)

def run_deferred():
    lo = [d for d in deferred if d[0] == 'lo']; ht = [d for d in deferred if d[0] == 'html']
    outdir = os.path.join(BUILD, 'lo_out'); os.makedirs(outdir, exist_ok=True)
    for i in range(0, len(lo), 40):
        chunk = lo[i:i + 40]
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(BUILD, 'lo_profile'), '--convert-to', 'pdf', '--outdir', outdir] + [c[1] for c in chunk],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    for _, src, out in lo:
        shutil.copy(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf'), out)
    for _, src, out in ht: R.chromium_pdf(src, out)
    for _, src, out in [d for d in deferred if d[0] == 'htmlgs']:
        R.chromium_pdf(src, out + '.chromium.pdf'); R.gs_redistill(out + '.chromium.pdf', out); os.remove(out + '.chromium.pdf')

# ---------------------------------------------------------------- package assembly
NAMESTYLES = {
    'num': {'form': '01-申请表', 'ind': '02-行业主管部门推荐函', 'dist': '03-区人社局推荐函', 'credit': '04-信用报告', 'audit22': '05-2022年度审计报告', 'audit23': '06-2023年度审计报告',
            'audit21': '05-2021年度审计报告', 'reg': '07-营业执照', 'work': '08-工作方案', 'pledge': '09-承诺书', 'integ': '10-廉洁责任书', 'impl': '11-项目实施方案', 'samples': '12-样题'},
    'dirs': {'form': '1.申请表/社会培训评价组织征集遴选申请表', 'ind': '2.推荐函/行业主管部门推荐函', 'dist': '2.推荐函/区人社局推荐函', 'credit': '3.信用佐证/信用报告',
             'audit22': '3.信用佐证/审计报告2022', 'audit23': '3.信用佐证/审计报告2023', 'audit21': '3.信用佐证/审计报告2021', 'reg': '3.信用佐证/登记证书复印件', 'work': '4.工作方案/工作方案',
             'pledge': '4.工作方案/承诺书', 'integ': '4.工作方案/廉洁责任书', 'impl': '5.实施方案/项目实施方案', 'samples': '5.实施方案/样题'},
    'scan': {'form': '附件1', 'ind': 'scan_002', 'dist': 'scan_003', 'credit': '附件4', 'audit22': '附件5-1', 'audit23': '附件5-2', 'audit21': '附件5-1', 'reg': 'IMG_20250116_0001',
             'work': '附件6', 'pledge': 'scan_007', 'integ': 'scan_008', 'impl': '附件9', 'samples': '附件10'},
    'plain': {'form': '申请表', 'ind': '推荐函（行业）', 'dist': '推荐函（区人社）', 'credit': '公共信用信息报告', 'audit22': '2022年审计报告', 'audit23': '2023年审计报告',
              'audit21': '2021年审计报告', 'reg': '营业执照副本', 'work': '职业技能等级认定工作方案', 'pledge': '承诺书', 'integ': '廉洁责任书', 'impl': '实施方案', 'samples': '样题'},
}

def build_package(P):
    o = P['org']; apps = P['apps']; pid = P['id']; st = P.get('style', 0)
    mode = dict(P.get('modes', {})); main = P.get('main', 'rl')
    form_o = dict(o, name=P.get('form_name', o['name']))
    date_sub = '2025年1月%d日' % P.get('day', 20)
    letter_date = [C.cn_date(2025, 1, 8 + st % 9), '2025年1月%d日' % (9 + st % 9)][st % 2]
    ind_issuer, ind_pre = P.get('ind', ('上海市经济和信息化委员会', '沪经信推函'))
    dist = P.get('dist_name', o['district'])
    dist_issuer = P.get('dist_issuer', '上海市%s人力资源和社会保障局' % dist)
    dist_pre = P.get('dist_pre', '%s人社' % DIST.get(dist, ('', '沪'))[1])
    ind_rec = P.get('ind_rec', o['name'])
    mats = {}
    mats['form'] = C.application_form(form_o, apps, P.get('form_v', st % 5), date_sub)
    mats['ind'] = C.letter(ind_issuer, '%s〔2025〕%d号' % (ind_pre, 3 + st * 2), TITLES_IND[st % 5], ind_rec, apps, st % 5, letter_date, None if 'ind' in P.get('noseal', ()) else ind_issuer)
    mats['dist'] = C.letter(dist_issuer, '%s〔2025〕%d号' % (dist_pre, 1 + st % 7), TITLES_DIS[(st + 2) % 5], o['name'], apps, (st + 2) % 5, letter_date,
                            None if 'dist' in P.get('noseal', ()) else dist_issuer, district=o['site'].replace('上海市', ''))
    mats['credit'] = C.credit_report(o, P.get('credit_v', st % 3), '2025-01-%02d' % (10 + st % 8), penalties=P.get('penalties', 0), pages=P.get('credit_pages', 1 + st % 2))
    years = P.get('audit_years', [2022, 2023])
    for y in years:
        mats['audit%d' % (y % 100)] = C.audit_report(o, y, P.get('audit_v', st % 3), st, nonprofit=P.get('nonprofit', False), cn=P.get('audit_cn', st % 4 == 1))
    mats['reg'] = C.registration(o, seal_copy='reg' not in P.get('noseal', ()), kind=P.get('regkind', 'licence'))
    mats['work'] = C.work_plan(o, apps, st % 3)
    mats['pledge'] = C.pledge(o, st % 3, date_sub, seal='pledge' not in P.get('noseal', ()))
    mats['integ'] = C.integrity(o, st % 3, date_sub, seal='integ' not in P.get('noseal', ()))
    mats['impl'] = C.impl_plan(o, apps, P.get('impl_v', st % 3))
    for m in P.get('omit', []): mats.pop(m, None)
    ns = NAMESTYLES[P.get('names', ['num', 'dirs', 'scan', 'plain'][st % 4])]
    files = []  # dicts: path, kind, mode, blocks, stamped
    used = set()
    groups = P.get('combine', [])
    for g in groups:
        blocks = []
        for m in g['mats']:
            if blocks: blocks.append(('pagebreak',))
            blocks += mats[m]; used.add(m)
        files.append(dict(path=g['path'], kinds=[KIND[m] for m in g['mats']], mode=g.get('mode', main), blocks=blocks,
                          seal=any(m in STAMPED for m in g['mats']) and not any(m in P.get('noseal', ()) for m in g['mats']), stamped=any(m in STAMPED for m in g['mats'])))
    for m, bl in mats.items():
        if m in used: continue
        md = mode.get(m, main)
        files.append(dict(path=P.get('paths', {}).get(m, ns[m] + EXT.get(md, '.pdf')), kinds=[KIND[m]], mode=md, blocks=bl,
                          seal=(m in STAMPED and m not in P.get('noseal', ())), stamped=m in STAMPED))
    # sample papers
    sdir = ns['samples']; smode = P.get('sample_mode', main); sv = P.get('sample_v', st)
    layout = P.get('sample_layout', ['perlevel', 'perset', 'peroccupation'][st % 3])
    for ai, a in enumerate(apps):
        short = a['name'].split('（')[-1].rstrip('）') if '（' in a['name'] else a['name']
        for l in sorted(a['levels'], reverse=True):
            sets = [0] if (a['name'], l) in P.get('one_set', []) else [0, 1]
            if layout == 'perset':
                for k in sets:
                    files.append(dict(path='%s/%s%s_%s.pdf' % (sdir, short, C.CN[l], C.SET_NAMES[sv % 6][k].replace(' ', '')), kinds=['sample_paper'], mode=smode,
                                      blocks=C.sample(o, a, l, k, sv, answer=(k == 1 and st % 2 == 0)), stamped=False))
            elif layout == 'perlevel':
                bl = []
                for k in sets:
                    if bl: bl.append(('pagebreak',))
                    bl += C.sample(o, a, l, k, sv, answer=st % 3 == 1)
                files.append(dict(path='%s/%s_%s样题.pdf' % (sdir, short, C.CN[l]), kinds=['sample_paper'], mode=smode, blocks=bl, stamped=False))
        if layout == 'peroccupation':
            bl = []
            for l in sorted(a['levels'], reverse=True):
                for k in ([0] if (a['name'], l) in P.get('one_set', []) else [0, 1]):
                    if bl: bl.append(('pagebreak',))
                    bl += C.sample(o, a, l, k, sv)
            files.append(dict(path='%s/%s样题汇编.pdf' % (sdir, short), kinds=['sample_paper'], mode=smode, blocks=bl, stamped=False))
    # extras
    for ex in P.get('extras', []):
        if ex == 'toc':
            rows = [['序号', '材料名称', '文件']] + [[str(i + 1), '+'.join(f['kinds']), f['path']] for i, f in enumerate(files)]
            files.insert(0, dict(path='00-目录.pdf' if ns is not NAMESTYLES['dirs'] else '0.目录.pdf', kinds=['other'], mode='rl', blocks=[('h', '%s申报材料目录' % o['name']), ('table', rows, [0.6, 3, 3.4])], stamped=False))
        elif ex == 'teachers':
            rows = [['姓名', '职称/等级', '从事专业', '专兼职']] + [[C.LEGALS_T[i], ['高级技师', '技师', '高级工程师', '讲师'][i % 4], apps[0]['name'], '专职' if i % 3 else '兼职'] for i in range(8)]
            files.append(dict(path='其他材料/师资及考评人员名单.pdf', kinds=['other'], mode=P.get('extra_mode', 'docx'), blocks=[('h', '%s师资及考评人员名单' % o['name']), ('table', rows)], stamped=False))
        elif ex == 'photo':
            files.append(dict(path='其他材料/考核点场地照片%d.jpg' % (pid % 3 + 1), kinds=['other'], mode='sitephoto', blocks=None, stamped=False))
        elif ex == 'plan':
            files.append(dict(path='其他材料/考核点平面布局图.jpg', kinds=['other'], mode='floorplan', blocks=None, stamped=False))
        elif ex == 'blurplan':
            files.append(dict(path='其他材料/场地平面图（手机拍摄）.jpg', kinds=['other'], mode='floorplan_blur', blocks=None, stamped=False))
    for f in P.get('extra_files', []): files.append(f)
    return files

def site_photo(out, seed, blur=False):
    from PIL import Image, ImageDraw, ImageFilter
    r = random.Random(seed); im = Image.new('RGB', (900, 600), (200, 200, 195)); d = ImageDraw.Draw(im)
    d.polygon([(0, 600), (900, 600), (700, 380), (200, 380)], fill=(150, 140, 120))
    for k in range(6):
        x = 120 + k * 120; d.rectangle([x, 300, x + 80, 380], fill=(90, 90, 100)); d.rectangle([x + 10, 260, x + 70, 300], fill=(30, 30, 40))
    d.rectangle([300, 40, 600, 160], fill=(40, 80, 160)); d.rectangle([0, 0, 900, 20], fill=(230, 230, 230))
    if blur: im = im.filter(ImageFilter.GaussianBlur(6)).resize((300, 200))
    im.save(out, 'JPEG', quality=60)

def floor_plan(out, name, blur=False):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    im = Image.new('RGB', (1000, 700), 'white'); d = ImageDraw.Draw(im); f = ImageFont.truetype(R.PILFONT, 22)
    d.rectangle([40, 60, 960, 660], outline='black', width=4)
    for (x0, y0, x1, y1, t) in [(40, 60, 400, 360, '理论机考室'), (400, 60, 960, 360, '实操考核室'), (40, 360, 300, 660, '候考区'), (300, 360, 700, 660, '监控室'), (700, 360, 960, 660, '资料室')]:
        d.rectangle([x0, y0, x1, y1], outline='black', width=3); d.text(((x0 + x1) / 2, (y0 + y1) / 2), t, font=f, fill='black', anchor='mm')
    d.text((500, 30), name + ' 考核点平面布局图', font=f, fill='black', anchor='mm')
    if blur: im = im.filter(ImageFilter.GaussianBlur(7)).resize((320, 224))
    im.save(out, 'JPEG', quality=55)

class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800

def write_zip(zpath, entries, gbk=False, macosx=False):
    with zipfile.ZipFile(zpath, 'w', zipfile.ZIP_DEFLATED) as z:
        dirs = set()
        for p, data in entries:
            parts = p.split('/')
            for i in range(1, len(parts)):
                dd = '/'.join(parts[:i]) + '/'
                if dd not in dirs:
                    dirs.add(dd); zi = (GBKInfo if gbk else zipfile.ZipInfo)(dd, (2025, 1, 18, 9, 30, 0)); z.writestr(zi, b'')
            zi = (GBKInfo if gbk else zipfile.ZipInfo)(p, (2025, 1, 19, 10, 0, 0) if not gbk else (2025, 1, 21, 15, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
            if macosx:
                z.writestr('__MACOSX/' + '/'.join(parts[:-1] + ['._' + parts[-1]]), b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ')
        if macosx: z.writestr('.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 60)

def main():
    global PACKAGES
    from packages_spec import PACKAGES
    if os.path.exists(BUILD): shutil.rmtree(BUILD)
    if os.path.exists(PK): shutil.rmtree(PK)
    for d in ('base', 'lo', 'html', 'tmp', 'out'): os.makedirs(os.path.join(BUILD, d))
    os.makedirs(PK)
    plan = []
    for P in PACKAGES:
        files = build_package(P)
        for fi, f in enumerate(files):
            tag = 'V%02d_%02d' % (P['id'], fi)
            ext = os.path.splitext(f['path'])[1]
            out = os.path.join(BUILD, 'out', tag + ext); f['src'] = out
            if f['mode'] == 'sitephoto': site_photo(out, P['id'] * 100 + fi); f['producer'] = 'photo JPEG (Pillow drawing)'; f['text'] = 'none'; continue
            if f['mode'].startswith('floorplan'): floor_plan(out, P['org']['name'], blur=f['mode'].endswith('blur')); f['producer'] = 'JPEG floor plan (Pillow drawing)' + (', blurred phone photo' if 'blur' in f['mode'] else ''); f['text'] = 'none'; continue
            if f.get('prebuilt'): continue
            produce(f['blocks'], f['mode'], out, tag, P['id'] * 100 + fi)
            f['producer'] = PROD[f['mode']]; f['text'] = TEXT[f['mode']]
        plan.append((P, files))
    print('rendered direct; deferred', len(deferred)); sys.stdout.flush()
    run_deferred()
    key = {'author': 'final19', 'packages': {}}
    for P, files in plan:
        zname = 'V%02d-%s.zip' % (P['id'], P['org']['name'])
        entries = []; docs = []
        nested = P.get('nested')
        inner = []
        for f in files:
            data = open(f['src'], 'rb').read()
            d = {'path': f['path'], 'kind': '+'.join(f['kinds']), 'producer': f['producer'], 'text': f['text']}
            if f.get('stamped'): d['seal'] = bool(f.get('seal'))
            if nested and f['path'].startswith(nested['prefix']):
                ip = f['path'][len(nested['prefix']):]
                inner.append((ip, data)); d['path'] = nested['zip'] + '/' + ip
            else:
                entries.append((f['path'], data))
            docs.append(d)
        if nested:
            b = io.BytesIO()
            with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
                for p, data in inner: z.writestr(p, data)
            entries.append((nested['zip'], b.getvalue()))
        write_zip(os.path.join(PK, zname), entries, gbk=P.get('gbk', False), macosx=P.get('macosx', False))
        o = P['org']
        key['packages'][zname] = {'verdict': P['verdict'], 'causes': P.get('causes', []), 'defects': P.get('defects', []), 'why': P['why'],
                                  'organisation': {'name': o['name'], 'credit_code': o['code']},
                                  'applications': [{'code': a['code'], 'name': a['name'], 'levels': sorted(a['levels'], reverse=True)} for a in P['apps']],
                                  'documents': docs}
    json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump({('V%02d-%s.zip' % (P['id'], P['org']['name'])): P.get('alt_names', []) for P, _ in plan}, open(os.path.join(HERE, 'selfcheck_names.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    import make_readme; make_readme.main()
    print('done', len(plan))

if __name__ == '__main__':
    main()
