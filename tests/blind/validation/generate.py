#!/usr/bin/env python3
"""Blind validation corpus for the 沪人社职〔2024〕447号 pre-screening tool.

Writes packages/V??-*.zip, key.json and README.md next to this file.  Deterministic in content:
every choice comes from random.Random seeded per package; only PDF timestamps/IDs differ between runs.

    python3 generate.py            # build everything (about 5-10 minutes)
    python3 generate.py --check    # build, then run the self-checks (check.py)
"""
import copy
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from vlib import content as C  # noqa: E402
from vlib import pipeline as PL  # noqa: E402
from vlib import standard as S  # noqa: E402
from vlib.codes import break_last, is_valid, make_code  # noqa: E402
from vlib.pipeline import Doc, Pkg  # noqa: E402

OUT = os.path.join(HERE, 'packages')
A = S.app

# occupations used (code, 职业, 工种)
HULI = ('4-14-01-02', '医疗护理员', '')
SQJK = ('4-14-04-04', '社群健康助理员', '')
BAOJIE = ('4-09-08-01', '保洁员', '')
SHIAN = ('4-03-02-11', '食品安全管理师', '')
TIAOYIN = ('4-03-02-10', '调饮师', '')
TAN5 = ('4-09-07-04', '碳排放管理员', '')
TAN_HS = ('4-09-07-04', '碳排放管理员', '碳排放核算员')
TAN_ZX = ('4-09-07-04', '碳排放管理员', '碳排放咨询员')
TAN_JC = ('4-09-07-04', '碳排放管理员', '碳排放监测员')
LUANSHENG = ('4-04-05-10', '数字孪生应用技术员', '')
ZENGCAI = ('6-18-01-13', '增材制造设备操作员', '')
XINYONG = ('4-07-02-04', '信用管理师', '')
KEJI = ('4-07-02-02', '科技咨询师', '')
GUANGONG = ('6-29-03-04', '管工', '')
HUAGONG = ('6-11-01-03', '化工总控工', '')
SECAI = ('4-08-08-04', '色彩搭配师', '')
YINGYANG = ('4-14-02-01', '营养师', '公共营养师')
XINHAO = ('6-29-03-10', '轨道交通信号工', '城市轨道交通信号工')
TINGLI = ('4-14-03-01', '助听器验配师', '')
AIJIU = ('4-10-04-01', '保健调理师', '保健艾灸师')
SHUJU = ('4-04-04-02', '网络与信息安全管理师', '数据安全管理员')
JILIANG = ('4-08-05-06', '计量员', '热工计量员')
LAJI = ('4-09-08-02', '生活垃圾清运工', '生活垃圾收集工')
PIANJI = ('6-12-03-00', '药物制剂工', '片剂制备')
KELIJI = ('6-12-03-00', '药物制剂工', '颗粒剂制备')
FANGDC = ('4-06-02-02', '房地产策划师', '')
ZHENGWU = ('3-01-01-02', '政务服务办事员', '')
JIANZHU = ('4-09-07-06', '建筑节能减排咨询师', '')
PENJING = ('4-09-10-03', '盆景师', '')
SZFA = ('4-04-04-05', '数字化解决方案设计师', '')
TAN_MH = ('4-09-07-04', '碳排放管理员', '民航碳排放管理员')
YUYING = ('4-10-01-02', '育婴员', '')  # NOT in the 附件


def mk(num, name, kind, district, occs, verdict, causes, defects, why, zipmode='gbk', dirs=False, junk=(), **orgkw):
    P = Pkg(num, None, None, verdict, causes, defects, why, zipmode, dirs, junk)
    org = S.mk_org(P.rng, name, kind, district, **orgkw)
    apps = [A(c, o, g, lv) for (c, o, g), lv in occs]
    S.set_scope(org, apps)
    P.org, P.apps = org, apps
    return P


def nested_adder(zipdoc):
    def add(path, kinds, src, post=(), expect=None, absent_expect=()):
        d = Doc(path, kinds, src, post, expect or [], absent_expect)
        zipdoc.children.append(d)
        return d
    return add


def ins_before_sign(extra):
    def f(blocks):
        i = max(i for i, b in enumerate(blocks) if b[0] == 'sign')
        return blocks[:i] + extra + blocks[i:]
    return f


MAC_JUNK = [('__MACOSX/._信用报告.pdf', b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        '), ('.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 40)]
WIN_JUNK = [('Thumbs.db', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 120)]


def packages():
    P_ = []

    # ======================================================================= PASS
    P = mk(1, '上海康颐护理服务有限公司', 'company', '浦东新区', [(HULI, [5, 4])], 'pass', [2, 6], [],
           'Complete and valid; the industry letter title is split over two lines under a letterhead and a site photo is an image-only extra.',
           dirs=True)
    S.standard(P, 'folders', fmts={'form': 'docx', 'ind': 'html', 'dist': 'docx', 'credit': 'rl', 'audit': 'docx', 'work': 'docx'},
               form=dict(layout='kv', lvstyle='slash', labels={'name': '申报单位', 'code': '统一社会信用代码'}, src={'tpl': 'notoserif'}),
               ind=dict(title='han2', docno='沪卫医函〔2025〕12号', src={'style': 'gov', 'css_seal': False}),
               dist=dict(title='han1', docno='浦人社函〔2025〕8号', src={'tpl': 'fangsong'}),
               credit=dict(kind='sh'), reg=dict(kind='canvas'), work=dict(mode='inside'),
               impl=dict(mode='all', sample_style='paren'),
               others=[{'kind': 'site_photo', 'name': '考场实景照片'}, {'kind': 'experts'}])
    P_.append(P)

    P = mk(2, '上海市徐汇区洁美职业技能培训中心', 'mnf', '徐汇区', [(BAOJIE, [5, 4, 3])], 'pass', [2, 3], [],
           'Complete and valid: a 民办非企业单位 certificate without a 类型 line, levels as ticked boxes, an association letter titled 推荐意见 and sample papers titled 保洁员三级理论知识样题（一）.')
    S.standard(P, 'folders2', fmts={'form': 'html', 'ind': 'html', 'dist': 'rl', 'audit': 'fodt', 'work': 'odt'},
               form=dict(layout='ticks', lvstyle='slash', labels={'name': '机构名称', 'code': '社会信用代码'}, src={'style': 'zen'}),
               ind=dict(issuer=('上海市保洁服务行业协会', '沪保协'), docno=None, title='tjyj', body=2),
               dist=dict(title='tjh', docno='徐人社函〔2025〕5号'), credit=dict(kind='sh'), reg=dict(kind='canvas'),
               work=dict(mode='separate'), impl=dict(mode='sep', samples='perset', sample_style='paren', sample_fmt='html', lvstyle='plain'))
    P_.append(P)

    P = mk(3, '上海静安食品安全培训中心', 'mnf', '静安区', [(SHIAN, [4, 3, 2])], 'pass', [3, 7], [],
           'Complete and valid; levels written as the range 四级—二级 and the credit report shows 查见 3 条 only for 行政许可 (permits), no penalty or 失信 record.')
    S.standard(P, 'flat', fmts={'form': 'docx', 'ind': 'docx', 'dist': 'html', 'credit': 'html', 'audit': 'rl', 'work': 'html', 'impl': 'docx'},
               form=dict(layout='columns', lvstyle='range:dash', labels={'name': '单位全称'}, src={'tpl': 'songti'}),
               ind=dict(title='han2', src={'tpl': 'uming'}), dist=dict(title='tjs', src={'style': 'gov'}),
               credit=dict(kind='xy', permits=3, src={'style': 'modern'}), audit=dict(cover=True, src={'font': 'microhei'}),
               reg=dict(kind='flow', src={'style': 'ming'}), work=dict(mode='pledge_inside'),
               impl=dict(mode='eval_in', samples='perlevel', sample_style='juan'))
    P_.append(P)

    P = mk(4, '上海碳衡环境科技有限公司', 'company', '闵行区', [(TAN5, [5]), (TAN_HS, [4, 3])], 'pass', [1, 3], [],
           'Complete and valid; the licence is saved as 信用报告.pdf and the credit report as 营业执照.pdf, and the form is an .odt with levels as ranges.')
    S.standard(P, 'folders2', fmts={'form': 'odt', 'ind': 'html', 'dist': 'html', 'credit': 'rl', 'audit': 'docx'},
               form=dict(layout='range', lvstyle='range:zhi', labels={'name': '申请单位'}),
               ind=dict(title='han1'), dist=dict(title='han2'),
               credit=dict(kind='pboc', path='3.信用证明及资质/营业执照.pdf', src={'font': 'wqy'}),
               reg=dict(kind='canvas', path='3.信用证明及资质/信用报告.pdf'),
               work=dict(mode='inside'), impl=dict(mode='all', sample_style='tao'))
    P_.append(P)

    P = mk(5, '上海孪数智造科技有限公司', 'company', '嘉定区', [(LUANSHENG, [5, 4]), (ZENGCAI, [4, 3])], 'pass', [2, 3, 6], [],
           'Complete and valid; the implementation plan and A卷/B卷 sample papers sit in a nested zip, letters are titled 推荐书, and the photo and floor plan are image-only extras.',
           zipmode='utf8', dirs=True)
    S.standard(P, 'root', fmts={'form': 'html', 'ind': 'html', 'dist': 'html', 'credit': 'html', 'audit': 'html', 'work': 'docx'},
               form=dict(layout='rows', lvstyle='paren', src={'style': 'modern'}),
               ind=dict(title='tjs', docno='沪经信技函〔2025〕31号'), dist=dict(title='tjs', docno='嘉人社推〔2025〕4号'),
               credit=dict(kind='sh'), reg=dict(kind='canvas'), work=dict(mode='separate'), skip=('impl',),
               others=[{'kind': 'site_photo', 'path': '上海孪数智造科技有限公司申报材料/六、其他材料/实操考场.jpg'},
                       {'kind': 'floorplan', 'path': '上海孪数智造科技有限公司申报材料/六、其他材料/考核点平面布置图.pdf'}])
    z = P.add('上海孪数智造科技有限公司申报材料/五、项目实施方案.zip', 'other', dict(fmt='zip', mode='gbk', dirs=True), expect=[])
    nm = S.Namer('folders', P.org, P.rng)
    S.implementation(P, lambda role, ext='pdf', **kw: '实施方案/' + nm(role, ext, **kw).split('/', 1)[1],
                     dict(mode='eval_in', samples='perlevel', sample_style='ab', adder=nested_adder(z)))
    P_.append(P)

    P = mk(6, '上海诚信通信用管理咨询有限公司', 'company', '黄浦区', [(XINYONG, [3, 2])], 'pass', [2], [],
           'Complete and valid; the letters, credit report and licence are scans that carry an OCR text layer, so they are readable.')
    S.standard(P, 'folders', fmts={'form': 'html', 'ind': 'html', 'dist': 'docx', 'credit': 'rl', 'audit': 'rl'},
               form=dict(layout='above', lvstyle='zyzg', labels={'name': '申请单位', 'code': '信用代码'}),
               ind=dict(title='tongyi', docno='沪发改财金函〔2025〕9号', post=[('ocr', {'engine': 'ocrmypdf'})]),
               dist=dict(title='han2', post=[('ocr', {'engine': 'rl', 'color': True})]),
               credit=dict(kind='sh', post=[('ocr', {'engine': 'rl'})]),
               reg=dict(kind='canvas', spaced=False, post=[('ocr', {'engine': 'tess'})]),
               work=dict(mode='inside'), impl=dict(mode='sep', samples='perlevel', sample_style='moni'))
    P_.append(P)

    P = mk(7, '上海仁和社区健康服务中心', 'mnf', '普陀区', [(HULI, [5, 4]), (SQJK, [4, 3])], 'pass', [3, 8], [],
           'Complete and valid; the form puts the levels column before the occupation code, and the signed 承诺书 PDF is accompanied by an editable .docx copy.')
    d = S.standard(P, 'folders', fmts={'form': 'docx', 'ind': 'rl', 'dist': 'html', 'credit': 'rl', 'audit': 'rl', 'work': 'docx'},
                   form=dict(layout='levelfirst', lvstyle='paren', src={'tpl': 'zenhei'}),
                   ind=dict(title='han2', docno='沪卫基层函〔2025〕7号', src={'font': 'STSong-Light'}), dist=dict(title='tjyj'),
                   credit=dict(kind='xy'), reg=dict(kind='canvas'), work=dict(mode='separate', pledge_fmt='html'),
                   impl=dict(mode='eval_in', samples='perset', sample_style='bare'))
    P.add('04工作方案/承诺书（可编辑版）.docx', 'pledge', S.src('docx_keep', C.pledge(P.org, P.rng, 0), P.rng))
    P_.append(P)

    P = mk(8, '上海申沪管道工程技术有限公司', 'company', '松江区', [(GUANGONG, [5, 4, 3])], 'pass', [2, 3], [],
           'Complete and valid; Ghostscript re-distilled PDFs, sample papers titled 第一套/第二套 inside the implementation plan, the 承诺书 and 廉洁责任书 as separate files.')
    S.standard(P, 'flat', fmts={'form': 'docx', 'ind': 'docx', 'dist': 'html', 'credit': 'html', 'audit': 'docx', 'work': 'rl', 'impl': 'html'},
               form=dict(layout='columns', lvstyle='slash', post=[('gs',)], src={'tpl': 'ukai'}),
               ind=dict(title='han1', docno='沪建人函〔2025〕15号', post=[('gs',)], src={'tpl': 'notosans'}),
               dist=dict(title='han2', post=[('gs',)]), credit=dict(kind='sh', post=[('gs',)]),
               audit=dict(post={2023: [('gs',)], 2022: [('gs',)]}), reg=dict(kind='canvas', post=[('gs',)]),
               work=dict(mode='separate', pledge_fmt='html', integrity_fmt='html'),
               impl=dict(mode='all', sample_style='tao', post=[('gs',)]))
    P_.append(P)

    P = mk(9, '上海茶语餐饮管理有限公司', 'company', '长宁区', [(TIAOYIN, [5, 4, 3])], 'pass', [2, 3, 7], [],
           'Complete and valid; WPS-style form with ■/□ boxes, letters titled 推荐意见, the implementation plan left as an editable Word file (it needs no seal), and a credit report whose only 查见 entries are permits.')
    S.standard(P, 'folders', fmts={'form': 'docx', 'ind': 'html', 'dist': 'docx', 'credit': 'rl', 'audit': 'fodt', 'work': 'html', 'impl': 'docx_keep'},
               form=dict(layout='ticks', lvstyle='paren', labels={'on': '■', 'off': '□', 'allowed': (5, 4, 3), 'name': '单位名称（盖章）'}, src={'tpl': 'fangsong'}),
               ind=dict(title='tjyj', docno='沪商服函〔2025〕21号'), dist=dict(title='tjyj', docno='长人社函〔2025〕11号', src={'tpl': 'songti'}),
               credit=dict(kind='xy', permits=2, src={'font': 'wqy'}), reg=dict(kind='flow', src={'style': 'kai'}),
               work=dict(mode='inside'),
               impl=dict(mode='eval_in', samples='perlevel', sample_style='shijuan', sample_fmt='rl', path='05实施方案/调饮师职业技能等级认定项目实施方案.docx'))
    P_.append(P)

    P = mk(10, '上海艺彩形象设计有限公司', 'company', '青浦区', [(SECAI, [4, 3])], 'pass', [1, 6], [],
           'Complete and valid although every file has a scanner-style name (IMG_…, scan_…, 新建 Microsoft Word 文档); the floor plan is an image-only extra.')
    S.standard(P, 'scanner', fmts={'form': 'docx', 'ind': 'html', 'dist': 'html', 'credit': 'rl', 'audit': 'docx', 'work': 'docx'},
               form=dict(layout='kv', lvstyle='plain'), ind=dict(title='han2'), dist=dict(title='tjh'),
               credit=dict(kind='sh'), reg=dict(kind='canvas'), work=dict(mode='inside'),
               impl=dict(mode='all', sample_style='bare'), others=[{'kind': 'floorplan'}, {'kind': 'equipment'}])
    P_.append(P)

    P = mk(11, '上海市公共营养促进会', 'st', '杨浦区', [(YINGYANG, [4, 3])], 'pass', [3], [],
           'Complete and valid; a 社会团体法人登记证书 (no 类型 line, 业务主管单位 none after 脱钩), audit reports with 业务活动表, levels as 四级—三级.')
    S.standard(P, 'folders', fmts={'form': 'docx', 'ind': 'html', 'dist': 'html', 'credit': 'html', 'audit': 'docx', 'work': 'rl'},
               form=dict(layout='columns', lvstyle='range:dash', labels={'name': '申报单位名称'}),
               ind=dict(title='han2', docno='沪卫食品函〔2025〕4号', body=0,
                        mutate=ins_before_sign([('p', '该会已于2021年完成与行政机关脱钩改革，现为依法直接登记的社会团体。')])),
               dist=dict(title='han1'), credit=dict(kind='sh'), reg=dict(kind='canvas'),
               work=dict(mode='inside'), impl=dict(mode='sep', samples='perlevel', sample_style='paren'))
    P_.append(P)

    P = mk(12, '上海轨信轨道交通技术服务有限公司', 'company', '静安区', [(XINHAO, [5, 4, 3])], 'pass', [2, 3, 4], [],
           'Complete and valid; the recommendation comes from the parent group (上级主管部门) without a document number, the district letter is signed 静安区人社局, and the code carries the historical 闸北 division 310108.',
           code_div='310108')
    S.standard(P, 'folders', fmts={'form': 'html', 'ind': 'docx', 'dist': 'html', 'credit': 'rl', 'audit': 'rl', 'work': 'docx'},
               form=dict(layout='rows', lvstyle='slash', src={'style': 'gov'}),
               ind=dict(issuer=('上海申城轨道交通集团有限公司', ''), docno=None, title='tjh', body=2, src={'tpl': 'notoserif'}),
               dist=dict(title='han2', docno=None, sign='静安区人社局', letterhead='上海市静安区人力资源和社会保障局'),
               credit=dict(kind='pboc'), reg=dict(kind='canvas'), work=dict(mode='pledge_inside'),
               impl=dict(mode='all', sample_style='paren', level_headings=True))
    P_.append(P)

    P = mk(13, '上海颐康保健服务有限公司', 'company', '奉贤区', [(AIJIU, [5, 4])], 'pass', [2, 4], [],
           'Complete and valid; zipped on a Mac (UTF-8 names without the flag, __MACOSX junk), form from a flat .fodt, district letter signed with the short name 奉贤区人社局.',
           zipmode='utf8noflag', junk=MAC_JUNK)
    S.standard(P, 'flat', fmts={'form': 'fodt', 'ind': 'html', 'dist': 'rl', 'audit': 'rl', 'work': 'fodt', 'impl': 'fodt'},
               form=dict(layout='kv', lvstyle='paren', labels={'name': '单位名称'}),
               ind=dict(issuer=('上海市中医药管理局', '沪中医药'), title='han2'),
               dist=dict(title='tjh', sign='奉贤区人社局', src={'font': 'wqy'}), credit=dict(kind='canvas'),
               reg=dict(kind='canvas', copy='正本'), work=dict(mode='inside'),
               impl=dict(mode='eval_in', samples='perset', sample_style='paren', sample_fmt='html'))
    P_.append(P)

    P = mk(14, '上海药研制剂技术培训中心', 'mnf', '金山区', [(PIANJI, [5, 4, 3])], 'pass', [2, 3], [],
           'Complete and valid; evaluation plans are separate files, both sample sets of a level share one PDF, and the district letter and certificate are OCR-layered scans.')
    S.standard(P, 'folders2', fmts={'form': 'docx', 'ind': 'html', 'dist': 'html', 'credit': 'rl', 'audit': 'html', 'work': 'docx'},
               form=dict(layout='nextrow', lvstyle='slash'), ind=dict(title='han1', docno='沪药监药生函〔2025〕2号'),
               dist=dict(title='han2', post=[('ocr', {'engine': 'tess'})]), credit=dict(kind='sh', src={'font': 'STSong-Light'}),
               reg=dict(kind='canvas', post=[('ocr', {'engine': 'tess'})]), work=dict(mode='inside'),
               impl=dict(mode='sep', samples='perlevel', sample_style='paren', eval_fmt='html'))
    P_.append(P)

    P = mk(15, '上海城环清运服务有限公司', 'company', '嘉定区', [(LAJI, [5, 4, 3])], 'pass', [2, 4, 6], [],
           'Complete and valid; files are named 附件N, letters are titled 推荐书 and signed with short names, and an encrypted lease contract is an unreadable extra.',
           zipmode='gbk7075', junk=WIN_JUNK)
    o = S.standard(P, 'attach', fmts={'form': 'html', 'ind': 'html', 'dist': 'html', 'audit': 'html', 'work': 'html', 'impl': 'html'},
                   form=dict(layout='columns', lvstyle='slash'), ind=dict(title='tjs', sign='市绿化市容局'),
                   dist=dict(title='tjs', sign='嘉定区人社局'), credit=dict(kind='canvas'), reg=dict(kind='flow', src={'style': 'gov'}),
                   work=dict(mode='inside'), impl=dict(mode='all', sample_style='moni'),
                   others=[{'kind': 'site_photo'}])
    P.add('附件%d.pdf' % (len(P.docs) + 1), 'other', S.src('docx', [('title', '房屋租赁合同'), ('pn', '出租方（甲方）：上海嘉城物业有限公司'),
                                                                  ('pn', '承租方（乙方）：' + P.org['name']), ('p', '甲方将位于' + P.org['site'] + '的房屋出租给乙方作为培训及考核场地使用。')], P.rng),
          post=[('encrypt',)], expect=[])
    P_.append(P)

    P = mk(16, '上海数安信息技术有限公司', 'company', '徐汇区', [(SHUJU, [4, 3, 2])], 'pass', [3], [],
           'Complete and valid; the credit report and work plan are ocrmypdf-processed scans and the sample papers are titled 试卷一/试卷二.',
           zipmode='utf8')
    S.standard(P, 'folders', fmts={'form': 'docx', 'ind': 'html', 'dist': 'html', 'credit': 'html', 'audit': 'docx', 'work': 'docx'},
               form=dict(layout='nextrow', lvstyle='zyzg', labels={'name': '申报机构', 'code': '统一代码'}),
               ind=dict(title='han2', docno='沪经信软函〔2025〕18号'),
               dist=dict(title='tjyj', letterhead='上海市徐汇区人力资源和社会保障局文件', docno='徐人社〔2025〕14号'),
               credit=dict(kind='sh', post=[('ocr', {'engine': 'ocrmypdf'})]), reg=dict(kind='canvas'),
               work=dict(mode='inside', post=[('ocr', {'engine': 'ocrmypdf'})]),
               impl=dict(mode='eval_in', samples='perset', sample_style='shijuan'))
    P_.append(P)

    # ======================================================================= FAIL
    P = mk(17, '上海衡远计量检测技术有限公司', 'company', '宝山区', [(JILIANG, [4, 3])], 'fail', [4],
           ['district_letter_from_outside_shanghai'],
           'The 考核点所在区 recommendation letter is issued by 昆山市人力资源和社会保障局 (Jiangsu), not by a Shanghai district HR bureau.')
    S.standard(P, 'folders', form=dict(layout='kv'), ind=dict(title='han2'),
               dist=dict(bureau='昆山市人力资源和社会保障局', letterhead='昆山市人力资源和社会保障局', docno='昆人社函〔2025〕6号',
                         title='han2', site='江苏省昆山市花桥镇绿地大道%d号' % P.rng.randint(100, 999)),
               credit=dict(kind='sh'), reg=dict(kind='canvas'))
    P_.append(P)

    P = mk(18, '上海绿循环境服务有限公司', 'company', '金山区', [(LAJI, [5, 4])], 'fail', [4, 5],
           ['district_letter_from_outside_shanghai', 'credit_report_image_only_scan'],
           'The district letter comes from 南通市海门区人力资源和社会保障局 (a 区 outside Shanghai); the unreadable credit-report scan cannot rescue it.')
    S.standard(P, 'flat', form=dict(layout='columns'), ind=dict(title='han1'),
               dist=dict(bureau='南通市海门区人力资源和社会保障局', letterhead='南通市海门区人力资源和社会保障局',
                         docno='海人社函〔2025〕3号', title='tjh', site='江苏省南通市海门区北京东路%d号' % P.rng.randint(10, 99)),
               credit=dict(kind='sh', post=[('scan', {'dpi': 150})]), reg=dict(kind='canvas'))
    P_.append(P)

    P = mk(19, '上海启航数字科技有限公司', 'company', '浦东新区', [(SHUJU, [4, 3])], 'fail', [7],
           ['credit_report_lists_penalty'],
           'The public credit report lists one administrative penalty (行政处罚 查见 1 条).')
    S.standard(P, 'folders', form=dict(layout='nextrow'), credit=dict(kind='sh', penalties=1), reg=dict(kind='canvas'))
    P_.append(P)

    P = mk(20, '上海悦享茶饮文化传播有限公司', 'company', '黄浦区', [(TIAOYIN, [5, 4])], 'fail', [7],
           ['credit_report_lists_dishonesty_record'],
           'The credit report lists two entries on the 严重失信主体名单 (查见 2 条).')
    S.standard(P, 'folders2', form=dict(layout='ticks', lvstyle='slash'), credit=dict(kind='xy', dishonest=2, permits=1),
               reg=dict(kind='canvas'))
    P_.append(P)

    xr = random.Random(2147)
    other21 = dict(name='上海慧智科技咨询有限公司', code=make_code(xr, '91', '310105'), site='上海市长宁区金钟路%d号' % xr.randint(100, 999),
                   area=600, rooms=(2, 3))
    P = mk(21, '上海慧评人才测评有限公司', 'company', '长宁区', [(KEJI, [3, 2])], 'fail', [2, 7],
           ['industry_letter_recommends_other_org'],
           'The industry letter (沪科函) recommends 上海慧智科技咨询有限公司, a different organisation, not the applicant.',
           zipmode='utf8')
    o = S.standard(P, 'folders', form=dict(layout='columns', lvstyle='slash'),
                   ind=dict(title='han2', docno='沪科函〔2025〕27号', recommended=other21, body=0), reg=dict(kind='canvas'))
    o['ind'].absent_expect = [P.org['name'], P.org['code']]
    o['ind'].expect += [other21['name'], other21['code']]
    P_.append(P)

    other22 = dict(name='上海安心家政服务有限公司', code=make_code(xr, '91', '310113'), site='上海市宝山区沪太路%d号' % xr.randint(1000, 3999),
                   area=420, rooms=(1, 2))
    P = mk(22, '上海安馨护理服务有限公司', 'company', '宝山区', [(HULI, [4, 3])], 'fail', [7],
           ['district_letter_recommends_other_org'],
           'The 宝山区 district letter recommends 上海安心家政服务有限公司 and its site, not the applicant.')
    o = S.standard(P, 'folders', form=dict(layout='kv', lvstyle='slash'),
                   dist=dict(title='han2', recommended=other22, body=0, docno='宝人社函〔2025〕9号'), reg=dict(kind='canvas'),
                   others=[{'kind': 'site_photo'}])
    o['dist'].absent_expect = [P.org['name'], P.org['code']]
    o['dist'].expect += [other22['name'], other22['code']]
    P_.append(P)

    P = mk(23, '上海净源物业服务有限公司', 'company', '虹口区', [(BAOJIE, [5, 4, 3, 2])], 'fail', [3, 5],
           ['level_not_in_catalogue', 'district_letter_image_only_scan'],
           'The form declares 保洁员 五级至二级 but the 附件 lists 保洁员 only at levels 5, 4, 3; the unreadable district-letter scan does not change that.')
    S.standard(P, 'folders', fmts={'form': 'docx'}, form=dict(layout='columns', lvstyle='range:zhi'),
               dist=dict(title='han2', post=[('scan', {'dpi': 150})]), reg=dict(kind='canvas'),
               impl=dict(mode='all', sample_style='paren'))
    P_.append(P)

    P = mk(24, '上海科创桥技术转移有限公司', 'company', '杨浦区', [(KEJI, [4, 3])], 'fail', [3],
           ['level_not_in_catalogue'],
           'The ticked boxes select 科技咨询师 四级, a level the 附件 does not list (only 3, 2, 1).')
    S.standard(P, 'folders', fmts={'form': 'html'}, form=dict(layout='ticks', lvstyle='slash', labels={'on': '☑', 'off': '☐'}),
               reg=dict(kind='canvas'), impl=dict(mode='eval_in', samples='perlevel'))
    P_.append(P)

    P = mk(25, '上海贝亲家庭服务有限公司', 'company', '闵行区', [(HULI, [5, 4]), (YUYING, [5, 4])], 'fail', [5],
           ['occupation_not_in_catalogue', 'audit_report_2022_encrypted'],
           'The form also applies for 育婴员 (4-10-01-02), which is not among the 48 occupations; the encrypted 2022 audit report does not change that.')
    S.standard(P, 'flat', form=dict(layout='columns', lvstyle='slash'), reg=dict(kind='canvas'),
               audit=dict(post={2022: [('encrypt',)]}))
    P_.append(P)

    P = mk(26, '江苏沪苏职业培训有限公司', 'company', '嘉定区', [(ZENGCAI, [5, 4])], 'fail', [5],
           ['credit_code_not_shanghai', 'work_plan_image_only_scan'],
           'The credit code 913205… is registered in 昆山 (Jiangsu), not in Shanghai; the image-only work plan scan does not change that.',
           code_div='320583', reg_authority='昆山市市场监督管理局',
           address='江苏省昆山市玉山镇前进西路%d号' % 1288)
    S.standard(P, 'folders', form=dict(layout='kv'), reg=dict(kind='canvas'), credit=dict(kind='pboc'),
               work=dict(mode='inside', post=[('scan', {'dpi': 150})]))
    P_.append(P)

    P = mk(27, '上海景程教育科技有限公司闵行分公司', 'company', '闵行区', [(ZHENGWU, [5, 4])], 'fail', [],
           ['branch_company_applicant'],
           'The licence 类型 reads 有限责任公司分公司: a branch is not an independent legal person.',
           ltype='有限责任公司分公司（自然人投资或控股）')
    S.standard(P, 'folders2', form=dict(layout='rows'), ind=dict(issuer=('上海市人民政府办公厅', '沪府办')),
               reg=dict(kind='canvas', spaced=True))
    P_.append(P)

    P = mk(28, '上海市浦东新区社区服务指导中心', 'sy', '浦东新区', [(SQJK, [4, 3])], 'fail', [3],
           ['public_institution_applicant'],
           'The applicant holds a 事业单位法人证书 (code category 12): public institutions may not apply.')
    S.standard(P, 'folders', form=dict(layout='kv', labels={'name': '单位名称'}), reg=dict(kind='canvas'),
               credit=dict(kind='sh'))
    P_.append(P)

    P = mk(29, '上海博研企业管理咨询有限公司', 'company', '徐汇区', [(FANGDC, [4, 3])], 'fail', [1],
           ['audit_report_2022_missing'],
           'Only the 2023 audit report is present; the file named 2022年度财务审计报告.pdf is a second copy of the 2023 report (its 2022 figures are only comparatives).')
    o = S.standard(P, 'folders', form=dict(layout='columns'), reg=dict(kind='canvas'), audit=dict(years=(2023,), style=1))
    a23 = o['audit2023']
    P.add('03信用佐证/2022年度财务审计报告.pdf', 'audit_report', dict(a23.src), (), expect=list(a23.expect),
          absent_expect=['2022年12月31日的资产负债表', '2022年度的利润表'])
    a23.absent_expect = ['2022年12月31日的资产负债表', '2022年度的利润表']
    P_.append(P)

    P = mk(30, '上海匠心盆景园艺有限公司', 'company', '崇明区', [(PENJING, [5, 4, 3])], 'fail', [1],
           ['credit_report_missing'],
           'There is no credit report: the file 信用报告.pdf is another copy of the business licence.')
    o = S.standard(P, 'folders', form=dict(layout='nextrow'), skip=('credit',), reg=dict(kind='canvas'))
    P.add('03信用佐证/信用报告.pdf', 'registration_certificate', dict(o['reg'].src, copy='正本'), [('gs',)], expect=list(o['reg'].expect),
          absent_expect=['信用信息报告', '企业信用报告', '行政处罚'])
    P_.append(P)

    P = mk(31, '上海普济医药科技有限公司', 'company', '奉贤区', [(PIANJI, [5, 4])], 'fail', [8],
           ['pledge_missing'],
           'No 承诺书 is present; the work plan only contains a paragraph headed 诚信承诺.')
    o = S.standard(P, 'pinyin', form=dict(layout='kv'), reg=dict(kind='canvas'),
                   work=dict(mode='separate', mention_pledge=True, skip=('pledge',)))
    o['work'].expect += ['诚信承诺']
    o['work'].absent_expect = ['承诺书']
    P_.append(P)

    P = mk(32, '上海康宁护理职业培训学校', 'mnf', '长宁区', [(HULI, [5, 4, 3])], 'fail', [3],
           ['only_one_sample_set_for_level_3'],
           'For 医疗护理员 三级 only one sample set (样题一) is provided; two distinct sets are required for every level.')
    S.standard(P, 'folders', form=dict(layout='columns'), reg=dict(kind='canvas'),
               impl=dict(mode='eval_in', samples='perset', sample_style='bare', skip_sets=[(HULI[0], 3, 2)]))
    P_.append(P)

    P = mk(33, '上海智汇数字孪生技术研究院', 'mnf', '浦东新区', [(LUANSHENG, [4, 3, 2])], 'fail', [],
           ['evaluation_plan_missing_for_level_2'],
           'The implementation plan has evaluation plans for 四级 and 三级 but none for the declared 二级.',
           zipmode='utf8', dirs=True)
    S.standard(P, 'root', form=dict(layout='rows'), reg=dict(kind='canvas'),
               impl=dict(mode='sep', samples='perlevel', sample_style='juan', skip_eval=[(LUANSHENG[0], 2)]))
    P_.append(P)

    P = mk(34, '上海食安卫士企业管理有限公司', 'company', '普陀区', [(SHIAN, [4, 3])], 'fail', [],
           ['duplicate_application_same_occupation'],
           'The same applicant (same credit code) applies for 食品安全管理师 in this package and in V35.')
    dup_org = P.org
    S.standard(P, 'folders', form=dict(layout='kv'), reg=dict(kind='canvas'))
    P_.append(P)

    P = Pkg(35, copy.deepcopy(dup_org), [A(*SHIAN, [3, 2]), A(*TIAOYIN, [5, 4])], 'fail', [],
            ['duplicate_application_same_occupation'],
            'The same applicant (same credit code) applies for 食品安全管理师 here and in V34; one applicant may not apply twice for the same occupation.')
    S.set_scope(P.org, P.apps)
    S.standard(P, 'flat', form=dict(layout='columns', lvstyle='paren'), reg=dict(kind='flow'))
    P_.append(P)

    P = mk(36, '上海绿碳咨询服务有限公司', 'company', '浦东新区', [(TAN_ZX, [3, 2])], 'fail', [],
           ['credit_code_mismatch_between_documents'],
           'The application form gives a different (valid) credit code from the one on the licence and the credit report.')
    wrong = dict(P.org, code=make_code(P.rng, '91', '310115'))
    o = S.standard(P, 'folders', form=dict(layout='kv', org=wrong), reg=dict(kind='canvas'), credit=dict(kind='sh'))
    o['form'].expect += [wrong['code']]
    o['form'].absent_expect = [P.org['code']]
    P_.append(P)

    P = mk(37, '上海声益听力技术有限公司', 'company', '静安区', [(TINGLI, [4, 3])], 'fail', [],
           ['industry_letter_missing'],
           'There is no 行业主管部门（或上级主管部门）推荐函; every document is readable, so none can be it.')
    S.standard(P, 'folders', form=dict(layout='nextrow'), skip=('ind',), reg=dict(kind='canvas'), others=[{'kind': 'experts'}])
    P_.append(P)

    P = mk(38, '上海节能汇建筑技术咨询服务部', 'company', '松江区', [(JIANZHU, [5, 4])], 'fail', [],
           ['sole_proprietorship_applicant'],
           'The licence 类型 is 个人独资企业: not an independent legal person, although the code starts with 91.',
           ltype='个人独资企业')
    S.standard(P, 'flat', form=dict(layout='columns'), reg=dict(kind='canvas'), others=[{'kind': 'site_photo'}])
    P_.append(P)

    P = mk(39, '上海临港化工技能服务有限公司', 'company', '金山区', [(HUAGONG, [5, 4])], 'fail', [1, 8],
           ['integrity_letter_missing'],
           'There is no 廉洁责任书: the file named 廉洁责任书.pdf is a second copy of the 承诺书.')
    o = S.standard(P, 'folders', form=dict(layout='kv'), reg=dict(kind='canvas'),
                   work=dict(mode='separate', skip=('integrity',), pledge_fmt='html'))
    P.add('04工作方案/廉洁责任书.pdf', 'pledge', dict(o['pledge'].src, style='kai'), (), expect=list(o['pledge'].expect),
          absent_expect=['廉洁'])
    P_.append(P)

    # ======================================================================= REVIEW
    P = mk(40, '上海东护健康科技有限公司', 'company', '浦东新区', [(HULI, [4, 3])], 'review', [1],
           ['district_letter_image_only_scan'],
           'The district letter exists only as an image-only scan (附件3.pdf) whose issuer cannot be read.')
    S.standard(P, 'attach', form=dict(layout='kv'), reg=dict(kind='canvas'),
               dist=dict(title='han2', post=[('scan', {'dpi': 150, 'color': False})]))
    P_.append(P)

    P = mk(41, '上海政通企业服务有限公司', 'company', '黄浦区', [(ZHENGWU, [5, 4, 3])], 'review', [1],
           ['credit_report_image_only_scan'],
           'The credit report is an image-only scan: only its file name says 信用报告, so its content (penalties, 失信) cannot be checked.')
    S.standard(P, 'folders', form=dict(layout='columns'), reg=dict(kind='canvas'),
               credit=dict(kind='sh', post=[('scan', {'dpi': 150})]))
    P_.append(P)

    P = mk(42, '上海蓝天低碳科技有限公司', 'company', '闵行区', [(TAN_JC, [4, 3])], 'review', [8],
           ['pledge_only_docx'],
           'The 承诺书 exists only as an editable .docx (no seal possible); the work plan merely mentions 承诺.')
    S.standard(P, 'folders', form=dict(layout='kv'), reg=dict(kind='canvas'),
               work=dict(mode='separate', mention_pledge=True, pledge_fmt='docx_keep'))
    P_.append(P)

    P = mk(43, '上海橙意饮品管理有限公司', 'company', '杨浦区', [(TIAOYIN, [4, 3])], 'review', [8],
           ['integrity_letter_only_docx'],
           'The 廉洁责任书 exists only as an editable .docx, so it cannot carry the seal.')
    S.standard(P, 'flat', form=dict(layout='nextrow'), reg=dict(kind='canvas'),
               work=dict(mode='pledge_inside', integrity_fmt='docx_keep'))
    P_.append(P)

    P = mk(44, '上海安居物业管理有限公司', 'company', '普陀区', [(BAOJIE, [5, 4])], 'review', [4, 8],
           ['district_letter_only_docx'],
           'The 普陀区 district letter exists only as an editable .docx without a seal.')
    S.standard(P, 'folders', fmts={'dist': 'docx_keep'}, form=dict(layout='columns'), reg=dict(kind='canvas'),
               dist=dict(title='han2'))
    P_.append(P)

    P = mk(45, '上海立达增材科技有限公司', 'company', '松江区', [(ZENGCAI, [5, 4, 3])], 'review', [],
           ['credit_code_checksum_fails'],
           'The credit code printed consistently on every document fails the GB 32100 check character, so it must be verified by a person.',
           zipmode='utf8')
    P.org['code'] = break_last(P.org['code'])
    assert not is_valid(P.org['code'])
    S.standard(P, 'pinyin', form=dict(layout='kv'), reg=dict(kind='canvas'))
    P_.append(P)

    P = mk(46, '上海恒泰制药技术有限公司', 'company', '奉贤区', [(KELIJI, [4, 3])], 'review', [1],
           ['audit_report_2022_encrypted'],
           'The 2022 audit report is a password-protected PDF, so its year and content cannot be read.')
    S.standard(P, 'folders', form=dict(layout='columns'), reg=dict(kind='canvas'),
               audit=dict(post={2022: [('encrypt',)]}, paths={2022: '03信用佐证/附件5.pdf'}))
    P_.append(P)

    P = mk(47, '上海数智方案科技有限公司', 'company', '长宁区', [(SZFA, [4, 3])], 'review', [1],
           ['sample_paper_pdf_corrupt'],
           'The second sample set for 三级 is a truncated, unreadable PDF; only its file name says 样题二.')
    o = S.standard(P, 'folders', form=dict(layout='kv'), reg=dict(kind='canvas'),
                   impl=dict(mode='eval_in', samples='perset', sample_style='paren', sample_fmt='docx'))
    bad = [d for d in o['samples'] if '三级样题二' in d.path][0]
    bad.post = [('corrupt', {'frac': 0.4})]
    P_.append(P)

    P = mk(48, '上海置业通房地产顾问有限公司', 'company', '闵行区', [(FANGDC, [3, 2])], 'review', [1],
           ['licence_photo_only'],
           'The business licence is present only as a phone photo (.jpg) without text.')
    S.standard(P, 'folders', form=dict(layout='columns'),
               reg=dict(kind='canvas', path='03信用佐证/营业执照.jpg', post=[('photo',)]))
    P_.append(P)

    P = mk(49, '上海宏管机电安装有限公司', 'company', '宝山区', [(GUANGONG, [4, 3])], 'review', [1],
           ['application_form_image_only_scan'],
           'The application form is an image-only scan, so the declared occupations and levels cannot be read.')
    S.standard(P, 'folders', form=dict(layout='kv', post=[('scan', {'dpi': 150, 'seal': None})]), reg=dict(kind='canvas'))
    P_.append(P)

    # ======================================================================= added late (kept after the review block so
    # that the seeds and contents of V01-V49 stay unchanged)
    P = mk(50, '上海云翼航空碳资产管理有限公司', 'company', '长宁区', [(TAN_MH, [4, 3])], 'fail', [4],
           ['district_letter_from_outside_shanghai'],
           'The district letter is issued by 苏州市吴江区人力资源和社会保障局 and signed 吴江区人社局: a 区 bureau, but not one of Shanghai\'s 16 districts.')
    S.standard(P, 'folders', form=dict(layout='columns', lvstyle='slash'), reg=dict(kind='canvas'),
               dist=dict(bureau='苏州市吴江区人力资源和社会保障局', letterhead='苏州市吴江区人力资源和社会保障局',
                         sign='吴江区人社局', docno='吴人社函〔2025〕2号', title='tjh', body=1,
                         site='江苏省苏州市吴江区汾湖高新区康力大道%d号' % P.rng.randint(100, 999)))
    P_.append(P)

    P = mk(51, '上海精测热工计量技术有限公司', 'company', '嘉定区', [(JILIANG, [4, 3])], 'pass', [1, 2], [],
           'Complete and valid although every document was scanned (OCR text layer, scanner file names); the text layers are readable.')
    ocr = [('ocr', {'engine': 'rl', 'dpi': 110})]
    S.standard(P, 'scanner', fmts={'form': 'docx', 'ind': 'html', 'dist': 'docx', 'credit': 'rl', 'audit': 'docx', 'work': 'docx', 'impl': 'html'},
               form=dict(layout='rows', lvstyle='slash', post=ocr), ind=dict(title='han2', post=ocr),
               dist=dict(title='tjyj', post=ocr), credit=dict(kind='sh', post=ocr), audit=dict(post={2023: ocr, 2022: ocr}),
               reg=dict(kind='canvas', post=ocr), work=dict(mode='inside', post=ocr),
               impl=dict(mode='all', sample_style='paren', post=ocr))
    P_.append(P)

    return P_


# --------------------------------------------------------------------------- README

CAUSE_NAMES = {1: 'file name beats content', 2: 'real titles vary', 3: 'values in other layouts', 4: 'who issued a letter',
               5: 'clear fail hidden behind review', 6: 'unreadable extras', 7: 'content the notice asks for',
               8: 'wrong-format signed material'}


def write_readme(pkgs, key, sizes):
    from collections import Counter
    vc = Counter(p.verdict for p in pkgs)
    cc = Counter(c for p in pkgs for c in p.causes)
    dc = Counter(d for p in pkgs for d in p.defects)
    prods = Counter()
    for p in pkgs:
        for d in key['packages'][p.zipname]['documents']:
            for part in d['producer'].split(' → '):
                prods[part.split(' (')[0].split(',')[0]] += 1
    L = ['# Blind validation corpus (沪人社职〔2024〕447号 pre-screening)', '',
         'Written blind: only the notice, DOMAIN.md and the task prompt were read. The answer key (`key.json`) comes from',
         'what the generator planted, never from running the tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py          # writes packages/*.zip, key.json, README.md', 'python3 check.py             # self-checks without the tool (after generate.py)', '```', '',
         'Needs: LibreOffice (own profile `/tmp/lo-validation`), Chromium, poppler-utils, Ghostscript, qpdf, img2pdf, tesseract + chi_sim, ocrmypdf,',
         'CJK fonts (WenQuanYi, Noto CJK, AR PL UMing/UKai), Python: reportlab, python-docx, odfpy, pikepdf, Pillow.',
         'Content is deterministic (seeded `random.Random` per package; scan speckle from a seeded tile); only PDF timestamps/IDs change between runs.',
         'Scratch files go to `/tmp/blind-validation/`.', '',
         '## Producers used', '',
         '- python-docx with 7 templates (宋体/仿宋_GB2312 fall-backs, Noto Serif/Sans CJK, AR PL UKai/UMing, WenQuanYi; merged cells, headers/footers with PAGE fields, VML text-box letterheads, PNG seals) → LibreOffice `--convert-to pdf`',
         '- odfpy `.odt` and hand-written flat `.fodt` → LibreOffice',
         '- HTML/CSS (letterheads, tables, ☑/☐/■ boxes, CSS-drawn or PNG seals) → Chromium `--print-to-pdf` (Type 3 CJK fonts)',
         '- reportlab platypus with embedded TrueType (WenQuanYi Zen/Micro Hei, AR PL UMing/UKai) and, a few times, the non-embedded CID font STSong-Light',
         '- reportlab canvas layouts with text at coordinates: 营业执照 (QR pattern, seal), 民办非企业/社会团体/事业单位 certificates, a banner-style credit report',
         '- Ghostscript `pdfwrite` re-distilled PDFs',
         '- scans: pdftoppm 150 dpi grey + Pillow tilt/speckle/shadow → img2pdf (image only)',
         '- scans with OCR text: reportlab image + invisible text (render mode 3); tesseract `pdf` renderer (chi_sim); ocrmypdf -l chi_sim (tesseract/ocrmypdf output is kept only if the name, code and title come out exactly, else the reportlab layer is used — the producer field says which)',
         '- Word files left as `.docx`; phone photo `.jpg` of a printed licence; synthetic site photos `.jpg`; qpdf AES-256 encrypted PDFs; truncated PDFs',
         '- zips: GBK names without the UTF-8 flag (most), UTF-8 with the flag, GBK + Info-ZIP Unicode Path extra (0x7075), UTF-8 without the flag + `__MACOSX`/`.DS_Store` (Mac), `Thumbs.db`, folder entries, a nested zip', '',
         'Junk entries (`__MACOSX/…`, `.DS_Store`, `Thumbs.db`) are not listed under `documents` in the key. The outer',
         'entry of a nested zip is not listed either; its members are, as `outer.zip/inner/path`.', '',
         'Known real-world quirks planted on purpose:',
         '- V08: all PDFs are re-distilled by Ghostscript; the Chromium-made credit report (3-1 信用报告.pdf) then extracts with Kangxi-radical code points (⼈ U+2F08 for 人, ⽤ for 用); NFKC restores the text. It is keyed `text` (readable).',
         '- Audit reports of some firms head the comparative columns with the previous year (`2022年12月31日`, `2022年度`); only the opinion paragraph states the audited year (V29 relies on this).',
         '- Credit reports in the 信用中国（上海） format list 行政许可 and 守信激励 records as 查见 N 条; these are not penalties (V03, V09 pass).', '',
         '## Self-checks (`check.py`)', '',
         'Every zip opens and passes CRC; entry names decode (GBK / UTF-8); every key path exists (nested zips included) and every',
         'non-junk entry is listed; `text`/`ocr_layer` documents give pdftotext text containing the phrases the generator meant',
         '(organisation name, credit code, titles, years, the other organisation in the wrong-recipient letters) and not the ones it',
         'must not contain (e.g. the applicant in a letter for another organisation, 承诺书 in V31, 廉洁 in V39\'s fake 廉洁责任书);',
         '`none` PDFs have no text, `.jpg` are JPEGs, `encrypted` need a password, `corrupt` do not parse, `.docx` contain their',
         'phrases; each declared occupation code appears on a readable application form. The phrase lists are written by',
         '`generate.py` to `/tmp/blind-validation/expect.json` (scratch); without it `check.py` runs only the structural checks.',
         'Determinism was checked by two runs from an empty render cache: identical `key.json` and identical pdftotext output for',
         'every document.', '',
         '## Verdict policy notes', '',
         '- Verdicts follow the policy in the task prompt. V11 is a 社会团体 (code category 51) keyed `pass`: its certificate shows 业务主管单位 无（直接登记） and its industry letter states that it completed 脱钩; DOMAIN.md notes a tool may send 51 applicants to review, so a `review` there is a policy difference rather than a recognition error.',
         '- V34 and V35 are the one duplicate pair (same credit code, both apply for 食品安全管理师): both `fail`.', '',
         '## Packages', '', '| file | verdict | causes | defects | size KB |', '|---|---|---|---|---|']
    for p in pkgs:
        L.append('| %s | %s | %s | %s | %d |' % (p.zipname, p.verdict, ', '.join(map(str, p.causes)) or '—',
                                                ', '.join(p.defects) or '—', sizes[p.zipname] // 1024))
    L += ['', '## Counts', '', 'Verdicts: ' + ', '.join('%s %d' % (k, vc[k]) for k in ('pass', 'fail', 'review')) + ' (total %d)' % len(pkgs), '',
          '| cause | packages |', '|---|---|']
    for c in range(1, 9):
        L.append('| %d %s | %d |' % (c, CAUSE_NAMES[c], cc[c]))
    L += ['', '| defect | packages |', '|---|---|']
    for d, n in sorted(dc.items()):
        L.append('| %s | %d |' % (d, n))
    L += ['', 'Total size: %.1f MB in %d zips.' % (sum(sizes.values()) / 1e6, len(sizes)), '']
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L))


def main():
    pkgs = packages()
    # sanity on the plan itself
    seen = {}
    for p in pkgs:
        c = p.org['code']
        if c in seen and {seen[c], p.num} != {34, 35}:
            raise SystemExit('credit code reused: %s %s' % (seen[c], p.num))
        seen[c] = p.num
        if p.num != 45:
            assert is_valid(c), (p.id, c)
    PL.render_all(pkgs)
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    sizes = {}
    key = {'author': 'validation', 'packages': {}}
    for p in pkgs:
        sizes[p.zipname] = PL.build_package(p, OUT)
        key['packages'][p.zipname] = PL.key_entry(p)
    with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    # expectations for check.py (not part of the key)
    exp = {p.zipname: {'zipmode': p.zipmode, 'docs': {
        (d.path if d.src['fmt'] != 'zip' else None): {'expect': d.expect, 'absent': d.absent_expect}
        for d in p.docs if d.src['fmt'] != 'zip'}} for p in pkgs}
    for p in pkgs:
        for d in p.docs:
            if d.src['fmt'] == 'zip':
                for c in d.children:
                    exp[p.zipname]['docs'][d.path + '/' + c.path] = {'expect': c.expect, 'absent': c.absent_expect}
    with open('/tmp/blind-validation/expect.json', 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    write_readme(pkgs, key, sizes)
    print('%d packages, %.1f MB' % (len(pkgs), sum(sizes.values()) / 1e6))
    if '--check' in sys.argv:
        import check
        check.main()


if __name__ == '__main__':
    main()
