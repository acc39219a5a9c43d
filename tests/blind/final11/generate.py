#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final11 blind corpus: packages/*.zip, key.json, meta.json.
Usage: python3 generate.py            (needs soffice, chromium, gs, pdftoppm, img2pdf, ocrmypdf)
Deterministic content: every random choice comes from random.Random(SEED) or name-seeded generators."""
import os, sys, io, json, math, random, shutil, subprocess, zipfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib as L
import gen_content as C

SEED = 20250122
RNG = random.Random(SEED)
BUILD = '/tmp/final11_build'
PKG = os.path.join(HERE, 'packages')

DIST = {'310101': ('黄浦区', '黄'), '310104': ('徐汇区', '徐'), '310105': ('长宁区', '长'), '310106': ('静安区', '静'),
        '310107': ('普陀区', '普'), '310108': ('静安区', '静'), '310109': ('虹口区', '虹'), '310110': ('杨浦区', '杨'),
        '310112': ('闵行区', '闵'), '310113': ('宝山区', '宝'), '310114': ('嘉定区', '嘉'), '310115': ('浦东新区', '浦'),
        '310116': ('金山区', '金'), '310117': ('松江区', '松'), '310118': ('青浦区', '青'), '310120': ('奉贤区', '奉'),
        '310151': ('崇明区', '崇'), '310000': ('黄浦区', '黄'), '320583': ('昆山市', '昆')}

FIRMS = [dict(name='上海沪中会计师事务所有限公司', abbr='沪中会审字', cpas=['陈立华', '吴佳敏']),
         dict(name='上海申信联合会计师事务所（普通合伙）', abbr='申信审字', cpas=['李国庆', '汪晓燕']),
         dict(name='上海东衡会计师事务所有限公司', abbr='东衡会审', cpas=['朱志强', '何丽萍']),
         dict(name='上海明诚会计师事务所有限公司', abbr='沪明诚审字', cpas=['郑海涛', '孙蓓']),
         dict(name='上海宏达信会计师事务所（特殊普通合伙）', abbr='宏信审字', cpas=['黄建伟', '钱莉']),
         dict(name='上海华鼎会计师事务所有限公司', abbr='华鼎审字', cpas=['马俊', '施雯雯'])]

ISS = {
    'shangwu': dict(name='上海市商务委员会', no='沪商服函〔2025〕%d号', kind='gov'),
    'jingxin': dict(name='上海市经济和信息化委员会', no='沪经信产函〔2025〕%d号', kind='gov'),
    'lvrong': dict(name='上海市绿化和市容管理局', no='沪绿容函〔2025〕%d号', kind='gov'),
    'weijian': dict(name='上海市卫生健康委员会', no='沪卫老龄函〔2025〕%d号', kind='gov', cn=False),
    'huanjing': dict(name='上海市生态环境局', no='沪环气候函〔2025〕%d号', kind='gov'),
    'yaojian': dict(name='上海市药品监督管理局', no='沪药监药生函〔2025〕%d号', kind='gov'),
    'shenda': dict(name='上海申达交通集团有限公司', no='申达集团人〔2025〕%d号', kind='group'),
    'xinxie': dict(name='上海市信用服务行业协会', no='沪信协〔2025〕%d号', kind='assoc'),
    'canlian': dict(name='上海市残疾人联合会', no='沪残联康函〔2025〕%d号', kind='gov', cn=False),
    'huaxie': dict(name='上海市化工行业协会', no='沪化协〔2025〕%d号', kind='assoc'),
    'jianwei': dict(name='上海市住房和城乡建设管理委员会', no='沪建人函〔2025〕%d号', kind='gov'),
    'kewei': dict(name='上海市科学技术委员会', no='沪科函〔2025〕%d号', kind='gov'),
    'minzheng': dict(name='上海市民政局', no='沪民养老函〔2025〕%d号', kind='gov', cn=False),
    'shijian': dict(name='上海市市场监督管理局', no='沪市监计量函〔2025〕%d号', kind='gov'),
    'wangan': dict(name='上海市信息网络安全管理协会', no='沪网安协〔2025〕%d号', kind='assoc'),
    'xinfu': dict(name='上海市信息服务业行业协会', no='沪信服协〔2025〕%d号', kind='assoc'),
    'shixie': dict(name='上海市食品协会', no='沪食协〔2025〕%d号', kind='assoc'),
    'fangxie': dict(name='上海市房地产行业协会', no='沪房协〔2025〕%d号', kind='assoc'),
    'xingxiang': dict(name='上海市形象设计协会', no='沪形协〔2025〕%d号', kind='assoc'),
    'zhongyi': dict(name='上海市中医药管理局', no='沪中医药函〔2025〕%d号', kind='gov'),
}

NAMES = ['刘建国', '陈晓红', '王志刚', '张丽华', '徐伟民', '周海燕', '朱振华', '孙立新', '沈佳怡', '吴国良', '黄丽萍', '钱卫东',
         '蒋文斌', '蔡建英', '许志明', '冯雪梅', '杨振宇', '顾秀兰', '陆海峰', '金晓燕', '范明杰', '严丽娟', '唐国强', '叶雯',
         '邱建华', '施红梅', '姚志勇', '方瑜', '丁卫平', '潘静', '魏东升', '傅晓岚', '汤国华', '程敏', '袁立群', '邵振东']
CONTACTS = ['李娜', '赵磊', '孙婷', '钱俊', '周洁', '吴昊', '郑敏', '王琳', '冯涛', '陈蕾', '褚强', '卫芳', '蒋欣', '沈阳',
            '韩梅', '杨帆', '朱琳', '秦川', '尤佳', '许诺', '何畅', '吕静', '施展', '张弛', '孔颖', '曹磊', '严冬', '华清',
            '金鑫', '魏然', '陶冶', '姜楠', '戚薇', '谢宁', '邹凯', '喻晓']


def mkorg(seq, name, prefix, region, nature, body8=None, bad=None, reg_kind='licence', type_line='有限责任公司（自然人投资或控股）',
          site=None, intro=None, np=False, regauth=None, founded='2016年5月18日', capital='500万元人民币', scope=None, district=None,
          **kw):
    r = random.Random('org%d' % seq)
    if body8 is None:
        al = '0123456789ABCDEFGHJKLMNPQRTUWXY'
        if prefix.startswith('9'):
            body8 = 'MA1' + ''.join(r.choice(al) for _ in range(5))
        elif prefix.startswith('5'):
            body8 = 'MJ' + ''.join(r.choice(al) for _ in range(6))
        else:
            body8 = ''.join(r.choice('0123456789') for _ in range(8))
    code = L.uscc(prefix, region, body8, bad)
    dname, dshort = DIST[region]
    district = district or dname
    streets = ['漕溪北路', '江场路', '共和新路', '长寿路', '仙霞路', '张杨路', '沪闵路', '殷高西路', '曹安公路', '蒙自路',
               '中山北路', '国定路', '莘庄工业区申富路', '金山大道', '新松江路', '城中北路', '南桥镇江海路', '城桥镇八一路']
    addr = kw.pop('addr', '上海市%s%s%d号' % (dname if region not in ('320583',) else '', r.choice(streets), r.randrange(10, 1800)))
    if region == '320583':
        addr = '江苏省昆山市玉山镇前进西路%d号' % r.randrange(100, 900)
    o = dict(seq=seq, name=name, code=code, nature=nature, rep=NAMES[seq % len(NAMES)], addr=addr,
             founded=founded, contact=CONTACTS[seq % len(CONTACTS)], phone='021-%d' % r.randrange(50000000, 69999999),
             site=site or addr.replace('号', '号%d楼' % r.randrange(2, 6)) if region != '320583' else site,
             staff=r.randrange(5, 14), area=r.randrange(300, 1500), np=np, reg_kind=reg_kind, type_line=type_line,
             regauth=regauth or '上海市%s市场监督管理局' % dname, capital=capital, dshort=dshort, district=district,
             scope=scope or '职业技能培训（不含需取得许可的职业技能培训）；技术服务、技术开发、技术咨询；会议及展览服务。',
             intro=intro or '%s成立于%s，长期从事相关领域的职业培训、技术服务与人才评价工作，建有标准化考核场地，拥有一支结构合理的考评员和专家队伍。' % (name, founded))
    o['site_short'] = name.replace('上海市', '').replace('上海', '')[:8] + '考核点'
    o.update(kw)
    return o


def bureau(region, n, cn=True, name=None):
    dname = DIST[region][0]
    dshort = DIST[region][1]
    nm = name or '上海市%s人力资源和社会保障局' % dname
    return dict(name=nm, lh=nm.replace('上海市', ''), no='%s人社函〔2025〕%d号' % (dshort, n), cn=cn)


def iss(key, n, **kw):
    d = dict(ISS[key])
    d['no'] = d['no'] % n
    d.update(kw)
    return d


# ------------------------------------------------------------------ package specs
A = C.occ
SPECS = []


def spec(**kw):
    SPECS.append(kw)


# ====== PASS ======
spec(id='p01', org=mkorg(1, '上海瑞禾餐饮管理有限公司', '91', '310106', '企业（有限责任公司）', founded='2015年3月12日'),
     apps=[('调饮师', [5, 4, 3])], verdict='pass', date=(2025, 1, 21), prod='docx',
     v=dict(form='tick', ind='gongwen', dist='gongwen', credit='xyzg', audit='std', wp='cnnum', pledge='a', integ='a', impl='para', sample='yi'),
     ind=iss('shangwu', 17), dist=('310106', 6), firm=0, samples='per_level', scheme='A', enc='utf8',
     extras=['toc', 'site_photo'], why='全部材料齐全、可读，印章齐全；企业，静安区考核点。')
spec(id='p02', org=mkorg(2, '上海浦江数智科技有限公司', '91', '310115', '企业', founded='2019年7月2日', capital='1000万元人民币'),
     apps=[('数字孪生应用技术员', [4, 3]), ('数字化解决方案设计师', [3, 2])], verdict='pass', date=(2025, 1, 23), prod='html',
     v=dict(form='web', ind='lhonly', dist='tuijianshu', credit='zhuanyong', audit='titleonly', wp='table', pledge='b', integ='b', impl='table', sample='A'),
     ind=iss('jingxin', 33), dist=('310115', 12), firm=1, samples='per_set', scheme='C', enc='utf8',
     extras=['teachers'], why='两个职业各两级，评价方案表格（合并单元格）覆盖全部等级，每级两套样卷；行业函仅以红头和印章体现发文机关。')
spec(id='p03', org=mkorg(3, '上海市闵行区启航职业技能培训学校', '52', '310112', '民办非企业单位', reg_kind='minfei', np=True,
                         regauth='上海市闵行区民政局', founded='2012年9月1日', capital='开办资金10万元', supervisor='上海市闵行区人力资源和社会保障局',
                         scope='保洁、垃圾分类、家政服务等职业技能培训'),
     apps=[('保洁员', [5, 4]), ('生活垃圾清运工（生活垃圾收集工）', [5, 4])], verdict='pass', date=(2025, 1, 20), prod='rl',
     v=dict(form='oldnames', ind='gongwen', dist='yijian', credit='xyzg', audit='np', wp='chapter', pledge='c', integ='c', impl='chapter', sample='num'),
     ind=iss('lvrong', 5), dist=('310112', 3), firm=2, samples='per_occ', scheme='B', enc='gbk',
     post=dict(ind='scangray', dist='scangray', pledge='scangray', integrity='scangray', licence='scangray'),
     extras=['floor'], why='民办非企业单位（52），材料齐全；推荐函、承诺书、廉洁责任书、登记证书为清晰的灰度扫描件（印章呈灰色）；GBK 文件名。')
spec(id='p04', org=mkorg(4, '上海康颐护理服务有限公司', '91', '310104', '企业', founded='2017年11月8日'),
     apps=[('医疗护理员', [5, 4, 3])], verdict='pass', date=(2025, 1, 22), prod='rl',
     over=dict(form='rlcid', credit='rlcid', audit2022='rlcid', audit2023='rlcid'),
     v=dict(form='page2', ind='gongwen', dist='gongwen', credit='xyzg', audit='cn', wp='cnnum', pledge='b', integ='a', impl='para', sample='paren'),
     ind=iss('weijian', 9), dist=('310104', 21), firm=3, samples='per_set', scheme='E', enc='utf8',
     nest=dict(path='材料5 实施方案/样题.zip', mats=['sample']), extras=['teachers'],
     why='申请表的职业表在第2页；审计报告年份为中文数字；样题以内嵌 zip 提交。')
spec(id='p05', org=mkorg(5, '上海碳衡环境咨询有限公司', '91', '310110', '企业', founded='2018年4月20日'),
     apps=[('碳排放管理员（碳排放核算员）', [4, 3, 2])], verdict='pass', date=(2025, 1, 24), prod='odt',
     v=dict(form='range', ind='gongwen', dist='lhonly', credit='zhuanyong', audit='std', wp='chapter', pledge='a', integ='b', impl='table', sample='tao'),
     ind=iss('huanjing', 4), dist=('310110', 2), firm=4, samples='per_level', scheme='F', enc='utf8',
     bundles=[['form', 'ind', 'dist', 'credit', 'audit2022', 'audit2023', 'licence', 'wp', 'pledge', 'integrity']],
     why='一个大 PDF 汇编了申请表、两封推荐函、信用报告、两年审计、营业执照、工作方案、承诺书、廉洁责任书；另附实施方案与样题。')
spec(id='p06', org=mkorg(6, '上海华誉医药科技股份有限公司', '91', '310120', '企业（股份有限公司）', type_line='股份有限公司（非上市、自然人投资或控股）',
                         founded='2011年6月30日', capital='8000万元人民币'),
     apps=[('药物制剂工（片剂制备）', [5, 4, 3])], verdict='pass', date=(2025, 1, 25), prod='docx',
     v=dict(form='range', ind='gongwen', dist='tuijianshu', credit='xyzg', audit='titleonly', wp='table', pledge='c', integ='a', impl='para', sample='kaohe'),
     ind=iss('yaojian', 12), dist=('310120', 7), firm=5, samples='per_level', scheme='D', enc='utf8',
     post=dict(ind='ocr', dist='ocr', licence='ocrrl'),
     why='推荐函为带 OCR 文字层的扫描件（ocrmypdf），营业执照为带隐形文字层的扫描件；文件名为扫描仪默认名。')
spec(id='p07', org=mkorg(7, '上海申达轨交技术服务有限公司', '91', '310107', '企业（国有控股）', type_line='其他有限责任公司',
                         founded='2009年12月1日', capital='3000万元人民币'),
     apps=[('轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2])], verdict='pass', date=(2025, 1, 21), prod='html',
     v=dict(form='tick', ind='pifu', dist='gongwen', credit='xyzg', audit='std', wp='cnnum', pledge='a', integ='c', impl='chapter', sample='tao'),
     ind=iss('shenda', 3), dist=('310107', 15), firm=0, samples='per_level', scheme='A', enc='utf8',
     extras=['site_desc'], why='上级主管部门（集团公司）以批复形式推荐；四个等级各两套试卷。')
spec(id='p08', org=mkorg(8, '上海德曼增材制造技术有限公司', '91', '310114', '企业（外商投资）', type_line='有限责任公司（外国法人独资）',
                         founded='2016年2月14日', capital='200万美元', regauth='上海市市场监督管理局'),
     apps=[('增材制造设备操作员', [4, 3, 2])], verdict='pass', date=(2025, 1, 22), prod='docx',
     v=dict(form='range', ind='yijian', dist='gongwen', credit='pbc', audit='std', wp='table', pledge='b', integ='b', impl='para', sample='paren'),
     ind=iss('jingxin', 41), dist=('310114', 9), firm=1, samples='per_set', scheme='F', enc='utf8', macosx=True,
     gsall=True, why='外商独资企业；所有 PDF 经 Ghostscript 重新蒸馏；含 __MACOSX 垃圾文件。')
spec(id='p09', org=mkorg(9, '上海信诚信用管理有限公司', '91', '310108', '企业', founded='2014年8月8日', regauth='上海市静安区市场监督管理局',
                         addr='上海市静安区共和新路1988号', site='上海市静安区共和新路1988号6楼'),
     apps=[('信用管理师', [4, 3])], verdict='pass', date=(2025, 1, 20), prod='rlcid',
     over=dict(form='docxraw', wp='docxraw'),
     v=dict(form='tick', ind='assoc', dist='yijian', credit='zhuanyong', audit='cn', wp='chapter', pledge='c', integ='b', impl='table', sample='yi'),
     ind=iss('xinxie', 2), dist=('310106', 4), firm=2, samples='per_level', scheme='E', enc='utf8',
     why='信用代码带历史区划 310108（闸北）仍有效；行业协会推荐；申请表与工作方案为 .docx（非签章材料，可读即可）。')
spec(id='p10', org=mkorg(10, '上海绿苑盆景艺术有限公司', '91', '310151', '企业', founded='2013年10月10日'),
     apps=[('盆景师', [5, 4, 3])], verdict='pass', date=(2025, 1, 23), prod='html',
     v=dict(form='oldnames', ind='lhonly', dist='gongwen', credit='xyzg', audit='titleonly', wp='cnnum', pledge='a', integ='a', impl='para', sample='num'),
     ind=iss('lvrong', 11), dist=('310151', 1), firm=3, samples='per_occ', scheme='B', enc='utf8',
     post=dict(licence='photo', dist='photo'), extras=['site_photo_blur'],
     why='营业执照与区人社局推荐函为清晰的手机照片（jpg）；附一张模糊的盆景园照片（额外材料，不影响结论）。')
spec(id='p11', org=mkorg(11, '上海聆声听力科技有限公司', '91', '310105', '企业', founded='2018年1月9日'),
     apps=[('助听器验配师', [4, 3])], verdict='pass', date=(2025, 1, 24), prod='odt',
     v=dict(form='web', ind='gongwen', dist='tuijianshu', credit='pbc', audit='std', wp='table', pledge='b', integ='c', impl='para', sample='A'),
     ind=iss('canlian', 6), dist=('310105', 8), firm=4, samples='per_level', scheme='A', enc='gbk', eval_sep=True,
     extras=['toc'], why='评价方案单独成册；样卷附参考答案与答题卡；GBK 文件名。')
spec(id='p12', org=mkorg(12, '上海沪滨职业技能培训中心', '52', '310113', '民办非企业单位', reg_kind='minfei', np=True,
                         regauth='上海市宝山区民政局', founded='2010年5月6日', capital='开办资金30万元', supervisor='上海市宝山区人力资源和社会保障局',
                         scope='化工、安全生产类职业技能培训'),
     apps=[('化工总控工', [5, 4, 3])], verdict='pass', date=(2025, 1, 21), prod='html',
     over=dict(audit2022='rl', audit2023='rl'),
     v=dict(form='page2', ind='assoc', dist='gongwen', credit='zhuanyong', audit='np', wp='cnnum', pledge='a', integ='b', impl='chapter', sample='kaohe'),
     ind=iss('huaxie', 7), dist=('310113', 11), firm=5, samples='in_nest', scheme='C', enc='utf8',
     bundles=[['wp', 'pledge', 'integrity']], post=dict(pledge='scancolor', integrity='scancolor'),
     nest=dict(path='实施方案及样题.zip', mats=['impl', 'sample']),
     why='民非培训中心；工作方案+承诺书+廉洁责任书合订（后两页为彩色扫描）；实施方案及样题以内嵌 zip 提交。')

# ====== FAIL ======
spec(id='f01', org=mkorg(13, '上海优家保洁服务有限公司', '91', '310109', '企业', founded='2016年3月3日'),
     apps=[('保洁员', [5, 4, 3])], verdict='fail', date=(2025, 1, 22), prod='docx', missing=['dist'],
     v=dict(form='tick', ind='gongwen', dist='gongwen', credit='xyzg', audit='std', wp='table', pledge='a', integ='a', impl='para', sample='yi'),
     ind=iss('shangwu', 28), dist=('310109', 5), firm=0, samples='per_level', scheme='A', enc='utf8',
     causes=['missing_material'], defects=['缺少考核点所在区人社部门推荐函（包内只有行业主管部门推荐函）'],
     why='区人社部门推荐函完全缺失。')
spec(id='f02', org=mkorg(14, '昆山华东化工技术服务有限公司', '91', '320583', '企业', regauth='昆山市市场监督管理局',
                         site='上海市金山区金山卫镇秋实路688号', founded='2015年7月7日'),
     apps=[('化工总控工', [4, 3])], verdict='fail', date=(2025, 1, 23), prod='html',
     v=dict(form='range', ind='yijian', dist='gongwen', credit='pbc', audit='std', wp='chapter', pledge='b', integ='a', impl='table', sample='A'),
     ind=iss('huaxie', 15), dist=('310116', 13), firm=1, samples='per_set', scheme='C', enc='utf8',
     causes=['not_shanghai_registered'], defects=['统一社会信用代码 %s 的登记机关区划为 320583（江苏昆山），非上海登记；营业执照登记机关为昆山市市场监督管理局'],
     why='申报单位在江苏昆山登记，不属本市依法登记的法人。')
spec(id='f03', org=mkorg(15, '上海市嘉定区职业技术培训中心', '12', '310114', '事业单位', reg_kind='shiye', np=False,
                         regauth='上海市嘉定区事业单位登记管理局', founded='1998年9月1日', capital='开办资金120万元',
                         sponsor='上海市嘉定区人力资源和社会保障局', funding='财政补助'),
     apps=[('营养师（公共营养师）', [4, 3])], verdict='fail', date=(2025, 1, 20), prod='rl',
     v=dict(form='oldnames', ind='gongwen', dist='yijian', credit='xyzg', audit='std', wp='cnnum', pledge='c', integ='c', impl='para', sample='paren'),
     ind=iss('weijian', 14), dist=('310114', 2), firm=2, samples='per_level', scheme='B', enc='utf8',
     causes=['public_institution'], defects=['统一社会信用代码类别 12（事业单位），登记证书为事业单位法人证书，举办单位为区人社局'],
     why='事业单位不能申报。')
spec(id='f04', org=mkorg(16, '上海安泰健康管理有限公司', '91', '310117', '企业', founded='2019年3月15日'),
     apps=[('健康管理师', [3, 2]), ('保健调理师（保健艾灸师）', [5, 4])], verdict='fail', date=(2025, 1, 24), prod='docx',
     v=dict(form='range', ind='gongwen', dist='tuijianshu', credit='zhuanyong', audit='titleonly', wp='table', pledge='b', integ='b', impl='table', sample='num'),
     ind=iss('zhongyi', 8), dist=('310117', 6), firm=3, samples='per_level', scheme='E', enc='utf8',
     causes=['occupation_not_in_notice'], defects=['申报职业“健康管理师（4-14-02-02）”不在通知所列48个职业（工种）之内'],
     why='两个申报职业中一个不在本次征集范围。')
spec(id='f05', org=mkorg(17, '上海沪计计量技术有限公司', '91', '310113', '企业', founded='2012年12月12日'),
     apps=[('计量员（热工计量员）', [5, 4, 3])], verdict='fail', date=(2025, 1, 21), prod='html',
     v=dict(form='tick', ind='gongwen', dist='gongwen', credit='xyzg', audit='std', wp='cnnum', pledge='a', integ='b', impl='para', sample='yi'),
     ind=iss('shijian', 3), dist=('310113', 14), firm=4, samples='per_level', scheme='A', enc='utf8',
     causes=['level_not_allowed'], defects=['计量员（热工计量员）在通知中只开放四级、三级，申请表勾选了五级'],
     why='申报等级超出通知允许范围。')
spec(id='f06', org=mkorg(18, '上海味道食品安全管理咨询有限公司', '91', '310101', '企业', founded='2017年6月6日'),
     apps=[('食品安全管理师', [4, 3])], verdict='fail', date=(2025, 1, 21), prod='docx',
     v=dict(form='range', ind='assoc', dist='gongwen', credit='xyzg', audit='std', wp='chapter', pledge='a', integ='a', impl='para', sample='tao'),
     ind=iss('shixie', 4), dist=('310101', 3), firm=5, samples='per_level', scheme='A', enc='utf8', dup='food',
     causes=['duplicate_application'], defects=['同一单位（同一信用代码）在本语料中另有一个包申报同一职业“食品安全管理师”'],
     why='同一单位同一职业重复申报（两包均不通过）。')
spec(id='f07', org=mkorg(18, '上海味道食品安全管理咨询有限公司', '91', '310101', '企业', founded='2017年6月6日'),
     apps=[('食品安全管理师', [3, 2])], verdict='fail', date=(2025, 1, 25), prod='html',
     v=dict(form='web', ind='assoc', dist='yijian', credit='zhuanyong', audit='titleonly', wp='table', pledge='c', integ='b', impl='table', sample='A'),
     ind=iss('shixie', 9), dist=('310101', 10), firm=5, samples='per_set', scheme='D', enc='utf8', dup='food',
     post=dict(licence='scan'),
     causes=['duplicate_application'], defects=['同一单位（同一信用代码）在本语料中另有一个包申报同一职业“食品安全管理师”'],
     why='同一单位同一职业重复申报（两包均不通过）。')
spec(id='f08', org=mkorg(19, '上海美承房地产顾问有限公司', '91', '310109', '企业', founded='2014年4月4日', court='0109'),
     apps=[('房地产策划师', [4, 3])], verdict='fail', date=(2025, 1, 22), prod='rl',
     v=dict(form='page2', ind='assoc', dist='gongwen', credit='zhuanyong', audit='std', wp='cnnum', pledge='b', integ='c', impl='chapter', sample='paren'),
     ind=iss('fangxie', 5), dist=('310109', 7), firm=0, samples='per_set', scheme='B', enc='utf8', penalties=1,
     causes=['credit_penalty'], defects=['专用信用报告“行政处罚信息”查见1条（虚假广告，罚款叁万元）'],
     why='信用报告列有行政处罚记录。')
spec(id='f09', org=mkorg(20, '上海云匠色彩设计有限公司', '91', '310118', '企业', founded='2018年9月9日', court='0118'),
     apps=[('色彩搭配师', [4, 3])], verdict='fail', date=(2025, 1, 23), prod='odt',
     v=dict(form='tick', ind='assoc', dist='lhonly', credit='xyzg', audit='std', wp='table', pledge='a', integ='a', impl='para', sample='yi'),
     ind=iss('xingxiang', 2), dist=('310118', 9), firm=1, samples='per_set', scheme='C', enc='utf8', dishonest=1,
     post={'sample:色彩搭配师:3:2': 'encrypt'},
     causes=['credit_dishonest', 'encrypted_pdf'], defects=['信用报告“失信被执行人信息”查见1条（全部未履行）', '三级第二套样题 PDF 加密无法打开'],
     why='失信被执行人记录为明确的不合格项；另有一份加密样题（复核项），整体为不通过。')
spec(id='f10', org=mkorg(21, '上海政通政务服务外包有限公司', '91', '310112', '企业', founded='2016年10月20日'),
     apps=[('政务服务办事员', [5, 4, 3])], verdict='fail', date=(2025, 1, 24), prod='odt',
     v=dict(form='range', ind='assoc', dist='tuijianshu', credit='xyzg', audit='cn', wp='cnnum', pledge='c', integ='b', impl='table', sample='num'),
     ind=iss('xinfu', 6), dist=('310112', 16), firm=2, samples='per_level', scheme='E', enc='utf8', recommended='上海政通信息技术有限公司',
     causes=['letter_wrong_organisation'], defects=['行业协会推荐书推荐的是“上海政通信息技术有限公司”，并非申报单位'],
     why='行业推荐函推荐了另一家单位。')
spec(id='f11', org=mkorg(22, '上海嘉禾建筑节能科技有限公司', '91', '310114', '企业', founded='2015年11月11日',
                         site='江苏省太仓市城厢镇上海东路88号'),
     apps=[('建筑节能减排咨询师', [4, 3])], verdict='fail', date=(2025, 1, 22), prod='html',
     v=dict(form='oldnames', ind='gongwen', dist='gongwen', credit='zhuanyong', audit='std', wp='chapter', pledge='b', integ='a', impl='para', sample='kaohe'),
     ind=iss('jianwei', 19), dist=None, dist_custom=dict(name='太仓市人力资源和社会保障局', lh='太仓市人力资源和社会保障局', no='太人社函〔2025〕4号', cn=True),
     firm=3, samples='per_level', scheme='A', enc='utf8',
     causes=['district_letter_not_shanghai'], defects=['考核点推荐函由江苏省太仓市人力资源和社会保障局出具，非本市区人社部门'],
     why='考核点所在地推荐函来自外省市。')
spec(id='f12', org=mkorg(23, '上海博瑞科技咨询有限公司', '91', '310104', '企业', founded='2017年2月27日'),
     apps=[('科技咨询师', [3, 2])], verdict='fail', date=(2025, 1, 21), prod='docx', form_name='上海博睿科技咨询有限公司',
     v=dict(form='tick', ind='gongwen', dist='yijian', credit='xyzg', audit='std', wp='table', pledge='a', integ='c', impl='table', sample='A'),
     ind=iss('kewei', 23), dist=('310104', 18), firm=4, samples='per_set', scheme='F', enc='gbk',
     causes=['name_mismatch'], defects=['申请表单位名称为“上海博睿科技咨询有限公司”，营业执照与信用报告为“上海博瑞科技咨询有限公司”'],
     why='申请表与营业执照/信用报告名称不一致。')
spec(id='f13', org=mkorg(24, '上海净界数据安全技术有限公司', '91', '310115', '企业', founded='2020年5月20日'),
     apps=[('网络与信息安全管理师（数据安全管理员）', [4, 3])], verdict='fail', date=(2025, 1, 25), prod='rl',
     v=dict(form='web', ind='assoc', dist='gongwen', credit='xyzg', audit='titleonly', wp='cnnum', pledge='c', integ='a', impl='para', sample='paren'),
     ind=iss('wangan', 3), dist=('310115', 27), firm=5, samples='per_set', scheme='A', enc='utf8',
     drop_sets=[('网络与信息安全管理师（数据安全管理员）', 3, 2)],
     causes=['one_sample_set'], defects=['三级只有一套样题（样题（一）），缺第二套'],
     why='某一申报等级样题不足两套。')
spec(id='f14', org=mkorg(25, '上海颐康养老服务有限公司长宁分公司', '91', '310105', '企业分支机构', type_line='有限责任公司分公司（自然人投资或控股）',
                         founded='2019年8月1日', capital=None),
     apps=[('社群健康助理员', [4, 3])], verdict='fail', date=(2025, 1, 23), prod='html',
     v=dict(form='range', ind='gongwen', dist='gongwen', credit='xyzg', audit='std', wp='table', pledge='b', integ='b', impl='table', sample='tao'),
     ind=iss('minzheng', 10), dist=('310105', 12), firm=0, samples='per_level', scheme='C', enc='utf8', seal_off=['dist'],
     causes=['branch_not_legal_person', 'seal_missing'], defects=['营业执照类型为“有限责任公司分公司”，非独立法人', '区人社局推荐函无印章'],
     why='分公司不具独立法人资格（不合格项）；推荐函缺章为复核项，整体不通过。')
spec(id='f15', org=mkorg(26, '上海管道工匠安装工程有限公司', '91', '310116', '企业', founded='2011年1月18日'),
     apps=[('管工', [5, 4, 3])], verdict='fail', date=(2025, 1, 24), prod='docx', audit_years=[2021, 2023],
     v=dict(form='page2', ind='gongwen', dist='lhonly', credit='zhuanyong', audit='std', wp='cnnum', pledge='a', integ='a', impl='chapter', sample='yi'),
     ind=iss('jianwei', 27), dist=('310116', 8), firm=1, samples='per_level', scheme='D', enc='utf8', post=dict(audit2021='scangray'),
     causes=['missing_material'], defects=['审计报告为2021年度和2023年度，缺2022年度'],
     why='近两年（2022、2023）审计报告缺2022年度。')

# ====== REVIEW ======
spec(id='v01', org=mkorg(27, '上海市浦东新区茗香职业技能培训学校', '52', '310115', '民办非企业单位', reg_kind='minfei', np=True,
                         regauth='上海市浦东新区民政局', founded='2013年3月1日', capital='开办资金10万元', supervisor='上海市浦东新区人力资源和社会保障局'),
     apps=[('调饮师', [5, 4])], verdict='review', date=(2025, 1, 22), prod='rl',
     v=dict(form='oldnames', ind='gongwen', dist='gongwen', credit='xyzg', audit='np', wp='chapter', pledge='b', integ='c', impl='para', sample='num'),
     ind=iss('shangwu', 35), dist=('310115', 31), firm=2, samples='per_level', scheme='B', enc='utf8', post=dict(credit='encrypt'),
     causes=['encrypted_pdf'], defects=['信用报告 PDF 设有打开密码，无法阅读，且无其他副本'],
     why='唯一的信用报告加密无法读取，需人工核实。')
spec(id='v02', org=mkorg(28, '上海数孪工业软件有限公司', '91', '310117', '企业', founded='2020年9月9日'),
     apps=[('数字孪生应用技术员', [5, 4])], verdict='review', date=(2025, 1, 23), prod='html',
     v=dict(form='tick', ind='yijian', dist='tuijianshu', credit='zhuanyong', audit='std', wp='table', pledge='a', integ='a', impl='table', sample='yi'),
     ind=iss('jingxin', 52), dist=('310117', 10), firm=3, samples='per_set', scheme='A', enc='utf8', post=dict(audit2023='truncate'),
     causes=['corrupt_pdf'], defects=['2023年度审计报告 PDF 被截断（文件损坏），无法打开'],
     why='唯一的2023年度审计报告损坏。')
spec(id='v03', org=mkorg(29, '上海洁源环境服务有限公司', '91', '310118', '企业', founded='2014年6月18日'),
     apps=[('生活垃圾清运工（生活垃圾收集工）', [5, 4, 3])], verdict='review', date=(2025, 1, 21), prod='docx',
     v=dict(form='oldnames', ind='gongwen', dist='gongwen', credit='xyzg', audit='std', wp='cnnum', pledge='c', integ='b', impl='para', sample='paren'),
     ind=iss('lvrong', 21), dist=('310118', 14), firm=4, samples='per_level', scheme='D', enc='utf8', post=dict(licence='faint'),
     causes=['unreadable_scan'], defects=['营业执照仅有一份极淡、模糊的60dpi扫描件，无法辨认'],
     why='营业执照扫描件不可读。')
spec(id='v04', org=mkorg(30, '上海智策数字科技有限公司', '91', '310106', '企业', founded='2021年4月6日'),
     apps=[('数字化解决方案设计师', [4, 3])], verdict='review', date=(2025, 1, 24), prod='html',
     over=dict(pledge='docxraw', integrity='docxraw'),
     v=dict(form='web', ind='gongwen', dist='yijian', credit='xyzg', audit='titleonly', wp='chapter', pledge='a', integ='a', impl='para', sample='A'),
     ind=iss('jingxin', 60), dist=('310106', 19), firm=5, samples='per_set', scheme='E', enc='utf8',
     causes=['signed_material_docx_only'], defects=['承诺书、廉洁责任书仅以可编辑 .docx 提交，无签章'],
     why='须签章的承诺书、廉洁责任书只有 Word 文件。')
spec(id='v05', org=mkorg(31, '上海汇康营养科技有限公司', '91', '310110', '企业', founded='2016年12月26日'),
     apps=[('营养师（公共营养师）', [4, 3])], verdict='review', date=(2025, 1, 22), prod='odt',
     v=dict(form='range', ind='gongwen', dist='yijian', credit='pbc', audit='cn', wp='table', pledge='b', integ='c', impl='chapter', sample='kaohe'),
     ind=iss('weijian', 31), dist=('310110', 17), firm=0, samples='per_level', scheme='A', enc='utf8', seal_off=['dist'],
     causes=['seal_missing'], defects=['杨浦区人社局推荐意见无印章'],
     why='区人社推荐函缺公章。')
spec(id='v06', org=mkorg(32, '上海航迹低碳科技有限公司', '91', '310115', '企业', bad='p18', founded='2021年11月30日'),
     apps=[('碳排放管理员（民航碳排放管理员）', [4, 3])], verdict='review', date=(2025, 1, 25), prod='rl',
     v=dict(form='tick', ind='gongwen', dist='gongwen', credit='zhuanyong', audit='std', wp='chapter', pledge='a', integ='b', impl='table', sample='tao'),
     ind=iss('huanjing', 13), dist=('310115', 36), firm=1, samples='per_level', scheme='C', enc='utf8',
     causes=['credit_code_checksum'], defects=['统一社会信用代码第18位校验码不符（GB 32100）'],
     why='信用代码校验位错误，需人工核实（可能为录入错误或历史代码）。')
spec(id='v07', org=mkorg(33, '上海市保健养生行业协会', '51', '310000', '社会团体', reg_kind='shetuan', np=True, regauth='上海市民政局',
                         founded='2008年7月18日', capital='注册资金3万元', supervisor='上海市商务委员会',
                         scope='行业自律、行业培训、标准制定、咨询服务'),
     apps=[('保健调理师（保健艾灸师）', [5, 4, 3])], verdict='review', date=(2025, 1, 20), prod='docx',
     v=dict(form='page2', ind='gongwen', dist='gongwen', credit='xyzg', audit='np', wp='cnnum', pledge='b', integ='a', impl='para', sample='num'),
     ind=iss('shangwu', 44), dist=('310101', 22), firm=2, samples='per_occ', scheme='E', enc='utf8',
     causes=['social_group'], defects=['社会团体（代码类别51），无法从代码判断是否已与政府部门脱钩'],
     why='社会团体申报，需人工核实脱钩情况；其余材料齐全。')
spec(id='v08', org=mkorg(34, '上海药谷制剂技术有限公司', '91', '310120', '企业', founded='2015年5月25日'),
     apps=[('药物制剂工（颗粒剂制备）', [4, 3])], verdict='review', date=(2025, 1, 23), prod='html',
     v=dict(form='range', ind='gongwen', dist='tuijianshu', credit='xyzg', audit='std', wp='table', pledge='c', integ='c', impl='para', sample='paren'),
     ind=iss('yaojian', 20), dist=('310120', 5), firm=3, samples='per_set', scheme='D', enc='utf8', post=dict(ind='poorphoto'),
     causes=['unreadable_scan'], defects=['行业主管部门推荐函只有一张昏暗、模糊的手机照片，无法辨认'],
     why='行业推荐函照片不可读。')
spec(id='v09', org=mkorg(35, '上海衡信检测技术有限公司', '91', '310101', '企业', bad='p17', founded='2013年9月23日'),
     apps=[('计量员（热工计量员）', [4, 3])], verdict='review', date=(2025, 1, 21), prod='docx',
     v=dict(form='range', ind='gongwen', dist='gongwen', credit='xyzg', audit='titleonly', wp='cnnum', pledge='a', integ='b', impl='table', sample='yi'),
     ind=iss('shijian', 7), dist=('310101', 13), firm=4, samples='per_level', scheme='F', enc='utf8', macosx=True,
     causes=['credit_code_checksum'], defects=['统一社会信用代码第17位（组织机构代码校验位）不符，第18位校验通过'],
     why='信用代码内嵌组织机构代码校验位错误，需人工核实。')


# ------------------------------------------------------------------ certificates, plans, photos
def qr_pattern(c, x, y, s, seed):
    r = random.Random(seed)
    n = 25
    cell = s / n
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if fin:
                ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                ring = max(abs(ii - 3), abs(jj - 3))
                on = ring in (0, 1, 3)
            else:
                on = r.random() < 0.48
            if on:
                c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)


def cert_pdf(path, org, font='WQY', copy_seal=True):
    L.rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    kind = org['reg_kind']
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle('扫描件')
    frame = (0.62, 0.42, 0.2) if kind == 'licence' else (0.7, 0.1, 0.12)
    c.setStrokeColorRGB(*frame)
    c.setLineWidth(5)
    c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(1.2)
    c.rect(32, 32, W - 64, H - 64)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    titles = {'licence': ('营  业  执  照', '（副    本）'), 'minfei': ('民办非企业单位登记证书', '（法人）'),
              'shetuan': ('社会团体法人登记证书', ''), 'shiye': ('事业单位法人证书', '')}
    t1, t2 = titles[kind]
    # emblem placeholder
    c.setFillColorRGB(0.8, 0.15, 0.12)
    c.circle(W / 2, H - 78, 22, stroke=0, fill=1)
    c.setFillColorRGB(0.95, 0.8, 0.2)
    c.circle(W / 2, H - 78, 8, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(font, 34)
    c.drawCentredString(W / 2, H - 140, t1)
    if t2:
        c.setFont(font, 15)
        c.drawCentredString(W / 2, H - 164, t2)
    c.setFont(font, 11)
    c.drawString(60, H - 120, '统一社会信用代码')
    c.setFont(font, 13)
    c.drawString(60, H - 138, org['code'])
    c.setFont(font, 9)
    c.drawString(60, H - 156, '证照编号：%s' % ''.join(str((org['seq'] * 7 + i * 3) % 10) for i in range(20)))
    qr_pattern(c, W - 150, H - 170, 80, org['code'])
    c.setFont(font, 7.5)
    c.drawString(W - 160, H - 182, '扫描二维码登录“国家企业信用信息公示系统”')
    if kind == 'licence':
        left = [('名        称', org['name']), ('类        型', org['type_line']),
                ('负  责  人' if '分公司' in org['type_line'] else '法定代表人', org['rep'])]
        right = ([('注册资本', org['capital'])] if org.get('capital') else []) + [('成立日期', org['founded']),
                 ('营业期限', '%s至不约定期限' % org['founded']), ('住        所', org['addr'])]
        scope_lbl, scope = '经营范围', org['scope']
        auth_lbl = '登记机关'
    elif kind == 'minfei':
        left = [('名        称', org['name']), ('住        所', org['addr']), ('法定代表人', org['rep'])]
        right = [('开办资金', org['capital']), ('业务主管单位', org.get('supervisor', '')), ('有  效  期', '2022年9月1日至2027年8月31日')]
        scope_lbl, scope = '业务范围', org['scope']
        auth_lbl = '登记管理机关'
    elif kind == 'shetuan':
        left = [('名        称', org['name']), ('住        所', org['addr']), ('法定代表人', org['rep']), ('活动地域', '上海市')]
        right = [('注册资金', org['capital']), ('业务主管单位', org.get('supervisor', '')), ('有  效  期', '2023年7月18日至2028年7月17日')]
        scope_lbl, scope = '业务范围', org['scope']
        auth_lbl = '登记管理机关'
    else:
        left = [('名        称', org['name']), ('住        所', org['addr']), ('法定代表人', org['rep']), ('经费来源', org.get('funding', ''))]
        right = [('开办资金', org['capital']), ('举办单位', org.get('sponsor', '')), ('有  效  期', '自2021年4月1日至2026年3月31日')]
        scope_lbl, scope = '宗旨和业务范围', '提供职业技能培训服务，促进就业创业。职业技能培训、职业指导、技能评价服务。'
        auth_lbl = '登记管理机关'
    y = H - 215
    for k, v in left:
        c.setFont(font, 12)
        c.drawString(70, y, k)
        c.drawString(160, y, v)
        y -= 26
    c.setFont(font, 12)
    c.drawString(70, y, scope_lbl)
    c.setFont(font, 10.5)
    line, lines = '', []
    for ch in scope:
        line += ch
        if len(line) >= 24:
            lines.append(line)
            line = ''
    if line:
        lines.append(line)
    yy = y
    for ln in lines[:5]:
        c.drawString(160, yy, ln)
        yy -= 16
    y2 = H - 215
    for k, v in right:
        c.setFont(font, 12)
        c.drawString(W / 2 + 40, y2, k)
        c.setFont(font, 11 if len(v) < 22 else 9)
        c.drawString(W / 2 + 130, y2, v)
        y2 -= 26
    c.setFont(font, 12)
    c.drawString(W - 300, 100, '%s' % auth_lbl)
    c.drawString(W - 300, 80, org['regauth'])
    c.drawString(W - 260, 60, '2023年%d月%d日' % (1 + org['seq'] % 12, 1 + org['seq'] % 27))
    L.rl_seal(c, W - 200, 95, 50, org['regauth'], font=font)
    if copy_seal:
        L.rl_seal(c, 210, 110, 52, org['name'], font=font)
        c.setFillColorRGB(0.84, 0.11, 0.14)
        c.setFont(font, 15)
        c.drawString(90, 170, '此复印件与原件一致')
        c.drawString(90, 150, '仅供申报社会培训评价组织使用')
    c.save()


def floor_plan(path, org):
    L.rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setFont('WQY', 16)
    c.drawCentredString(W / 2, H - 50, '%s 考核点平面示意图' % org['name'])
    c.setFont('WQY', 10)
    c.drawCentredString(W / 2, H - 70, '地址：%s' % org['site'])
    rooms = [('理论考场（机考40座）', 60, 300, 220, 170), ('技能实操考场一', 290, 300, 220, 170), ('技能实操考场二', 520, 300, 200, 170),
             ('候考室', 60, 140, 150, 130), ('监控室', 220, 140, 120, 130), ('试卷保密室', 350, 140, 130, 130), ('走廊', 490, 140, 230, 130)]
    for n, x, y, w, h in rooms:
        c.rect(x, y, w, h)
        c.drawCentredString(x + w / 2, y + h / 2, n)
    for x, y in [(70, 460), (500, 460), (300, 460), (700, 460), (230, 260)]:
        c.circle(x, y, 4, fill=1)
    c.drawString(60, 110, '● 监控摄像头    比例 1:200    面积合计约%d㎡' % org['area'])
    c.save()


def site_photo(path, org, rng, blur=False):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    w, h = 1280, 960
    im = Image.new('RGB', (w, h), (214, 210, 200))
    d = ImageDraw.Draw(im)
    d.polygon([(0, h * 0.62), (w, h * 0.62), (w, h), (0, h)], fill=(150, 140, 130))
    d.rectangle([w * 0.3, h * 0.12, w * 0.7, h * 0.4], fill=(40, 80, 60))
    f = ImageFont.truetype(L.NOTO_SANS, 34, index=2)
    d.text((w * 0.33, h * 0.2), org['site_short'], font=f, fill=(240, 240, 240))
    for i in range(4):
        for j in range(3):
            x0, y0 = 120 + i * 280, 620 + j * 100
            d.rectangle([x0, y0, x0 + 200, y0 + 40], fill=(110, 80, 50))
    d.ellipse([w - 120, 40, w - 80, 80], fill=(30, 30, 30))
    if blur:
        im = im.resize((320, 240)).filter(ImageFilter.GaussianBlur(4)).resize((640, 480))
    im.save(path, 'JPEG', quality=72)


def cert_html(org):
    kind = org['reg_kind']
    t = {'licence': '营业执照', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[kind]
    rows = [('统一社会信用代码', org['code']), ('名称', org['name'])]
    if kind == 'licence':
        rows += [('类型', org['type_line']), ('法定代表人', org['rep']), ('经营范围', org['scope'])]
        if org.get('capital'):
            rows.append(('注册资本', org['capital']))
        rows += [('成立日期', org['founded']), ('住所', org['addr'])]
    else:
        rows += [('住所', org['addr']), ('法定代表人', org['rep']), ('业务范围', org['scope']), ('开办资金', org['capital']),
                 ('业务主管单位', org.get('supervisor', ''))]
    items = ''.join('<div class="f" style="top:%dmm"><span class="k">%s</span><span class="v">%s</span></div>' % (62 + i * 13, L.html.escape(k), L.html.escape(v)) for i, (k, v) in enumerate(rows))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4 landscape;margin:0}'
            'body{margin:0;font-family:"Noto Serif CJK SC"}.pg{position:relative;width:297mm;height:209mm;border:6px double #9a6b33;box-sizing:border-box}'
            '.t{position:absolute;top:22mm;width:100%%;text-align:center;font-size:36pt;letter-spacing:12px}.s{position:absolute;top:42mm;width:100%%;text-align:center}'
            '.f{position:absolute;left:28mm;width:230mm;font-size:12pt}.k{display:inline-block;width:40mm;color:#333}.v{display:inline-block;width:185mm;vertical-align:top}'
            '.a{position:absolute;right:30mm;bottom:22mm;text-align:right}.seal1{position:absolute;right:40mm;bottom:10mm;opacity:.85}'
            '.seal2{position:absolute;left:40mm;bottom:12mm;opacity:.85}.cp{position:absolute;left:30mm;bottom:52mm;color:#c00;font-size:14pt;transform:rotate(-6deg)}'
            '</style></head><body><div class="pg"><div class="t">%s</div><div class="s">（副本）</div>%s'
            '<div class="a">登记机关：%s<br>2023年%d月%d日</div><div class="seal1">%s</div><div class="seal2">%s</div><div class="cp">与原件核对一致</div></div></body></html>') % (
        t, items, org['regauth'], 1 + org['seq'] % 12, 1 + org['seq'] % 27, L.seal_svg(org['regauth'], '', 140, uid='ra'),
        L.seal_svg(org['name'], '', 150, uid='cs', rot=-12))


# ------------------------------------------------------------------ naming
REG_LABEL = {'licence': '营业执照', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}
KIND = dict(form='application_form', ind='industry_letter', dist='district_letter', credit='credit_report',
            audit='audit_report', licence='registration_certificate', wp='work_plan', pledge='pledge', integrity='integrity_letter',
            impl='implementation_plan', eval='evaluation_plan', sample='sample_paper', extra='other')
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}
SET_LABEL = {'yi': ('样题一', '样题二'), 'A': ('A卷', 'B卷'), 'num': ('模拟试卷1', '模拟试卷2'), 'tao': ('第一套', '第二套'),
             'kaohe': ('考核试题A', '考核试题B'), 'paren': ('样题（一）', '样题（二）')}
EXTRA_LABEL = dict(toc='目录', teachers='考评人员名单', floor='考核点平面图', site_photo='考核点现场照片', site_photo_blur='现场照片',
                   site_desc='场地设施设备情况说明')


def base_mat(key):
    return key.split(':')[0] if not key.startswith('audit') else 'audit'


def name_for(sp, key, idx):
    o = sp['org']
    sch = sp['scheme']
    m = base_mat(key)
    y = key[5:] if key.startswith('audit') else ''
    reg = REG_LABEL[o['reg_kind']]
    sname = sn = ''
    if m == 'sample':
        parts = key.split(':')
        of = parts[1]
        sn = of
        if len(parts) >= 3:
            sn += C.NUM[int(parts[2])]
        if len(parts) == 4:
            sn += SET_LABEL[sp['v']['sample']][int(parts[3]) - 1]
        else:
            sn += '样题'
    if m == 'extra':
        sn = EXTRA_LABEL[key.split(':')[1]]
    short = o['name'].replace('上海市', '').replace('上海', '').replace('有限公司', '')[:6]
    if sch == 'A':
        t = dict(form='01申请表/社会培训评价组织征集遴选申请表', ind='02推荐函/行业主管部门推荐函', dist='02推荐函/考核点所在区人社局推荐函',
                 credit='03信用佐证/信用报告', audit='03信用佐证/%s年度审计报告' % y, licence='03信用佐证/%s复印件' % reg,
                 wp='04工作方案/职业技能等级认定工作方案', pledge='04工作方案/承诺书', integrity='04工作方案/廉洁责任书',
                 impl='05实施方案/项目实施方案', eval='05实施方案/各等级评价方案', sample='05实施方案/样题/' + sn, extra='06其他材料/' + sn)
    elif sch == 'B':
        t = dict(form='1.申请表', ind='2.1行业推荐函', dist='2.2区人社推荐函', credit='3.1信用报告', audit='3.2审计报告（%s）' % y,
                 licence='3.3' + reg, wp='4.1工作方案', pledge='4.2承诺书', integrity='4.3廉洁责任书', impl='5.1实施方案',
                 eval='5.2评价方案', sample='5.3样题-' + sn, extra='6.' + sn)
    elif sch == 'C':
        p = '%s申报材料/' % short
        t = dict(form=p + '一、申请表/申请表（盖章）', ind=p + '二、推荐函/行业推荐函', dist=p + '二、推荐函/区人社推荐函',
                 credit=p + '三、信用佐证/信用报告', audit=p + '三、信用佐证/审计报告%s' % y, licence=p + '三、信用佐证/' + reg,
                 wp=p + '四、工作方案/工作方案', pledge=p + '四、工作方案/承诺书（盖章）', integrity=p + '四、工作方案/廉洁责任书（盖章）',
                 impl=p + '五、实施方案/实施方案', eval=p + '五、实施方案/评价方案', sample=p + '五、实施方案/样题/' + sn, extra=p + '六、其他/' + sn)
    elif sch == 'E':
        t = dict(form='材料1 申请表/申请表', ind='材料2 推荐函/行业主管部门（上级主管部门）推荐函', dist='材料2 推荐函/区人社部门推荐函',
                 credit='材料3 信用佐证/信用报告', audit='材料3 信用佐证/%s年审计报告' % y, licence='材料3 信用佐证/' + reg,
                 wp='材料4 工作方案/工作方案', pledge='材料4 工作方案/承诺书', integrity='材料4 工作方案/廉洁责任书',
                 impl='材料5 实施方案/实施方案', eval='材料5 实施方案/评价方案', sample='材料5 实施方案/样题/' + sn, extra='材料6 其他材料/' + sn)
    elif sch == 'F':
        t = dict(form='01_Application_Form_申请表', ind='02_Recommendation_行业推荐函', dist='03_Recommendation_区人社推荐函',
                 credit='04_Credit_Report', audit='05_Audit_Report_FY%s' % y, licence='06_Business_Licence',
                 wp='07_Work_Plan', pledge='08_Pledge_承诺书', integrity='09_Integrity_廉洁责任书', impl='10_Implementation_Plan',
                 eval='11_Evaluation_Plan', sample='Samples/' + sn, extra='Others/' + sn)
    else:  # D scanner / generic names
        gen = ['IMG_20250116_%04d' % (idx + 3), 'scan_%03d' % (idx + 1), '附件%d' % (idx + 2), '新建 Microsoft Word 文档 (%d)' % (idx % 4 + 1),
               'DOC%08d' % (20250117 + idx * 11)]
        t = {m: gen[idx % len(gen)]}
        if m == 'sample':
            t[m] = '样题/' + sn
        if m == 'extra':
            t[m] = sn
    return t[m]


# ------------------------------------------------------------------ planning
def plan_package(sp, num):
    o = sp['org']
    v = sp['v']
    date = sp['date']
    apps = [(C.occ(a), lv) for a, lv in sp['apps']]
    rng = random.Random('pkg' + sp['id'])
    ld = (2025, 1, max(6, date[2] - rng.randrange(6, 14)))  # letter dates
    cd = (2025, 1, max(8, date[2] - rng.randrange(2, 8)))  # credit query date
    seal_off = set(sp.get('seal_off', []))
    prod = sp['prod']
    over = sp.get('over', {})
    post = sp.get('post', {})
    missing = set(sp.get('missing', []))
    tick = ('■', '□') if prod in ('rl', 'rlcid') else (('☑', '□') if prod != 'odt' else ('√', '□'))
    mats = []  # (key, blocks|special, seal)

    def add(key, blocks, seal=False):
        if base_mat(key) in missing or key in missing:
            return
        mats.append(dict(key=key, blocks=blocks, seal=seal))

    add('form', C.app_form(o, apps, v['form'], date, seal='form' not in seal_off, tick=tick, name_override=sp.get('form_name')), 'form' not in seal_off)
    add('ind', C.ind_letter(o, apps, sp['ind'], v['ind'], ld, seal='ind' not in seal_off, recommended=sp.get('recommended')), 'ind' not in seal_off)
    bu = sp.get('dist_custom') or bureau(sp['dist'][0], sp['dist'][1])
    add('dist', C.dist_letter(o, apps, bu, v['dist'], (2025, 1, ld[2] + 1), seal='dist' not in seal_off), 'dist' not in seal_off)
    add('credit', C.credit_report(o, v['credit'], cd, sp.get('penalties', 0), sp.get('dishonest', 0)))
    for y in sp.get('audit_years', [2022, 2023]):
        av = v['audit'] if v['audit'] != 'np' else 'std'
        if o['np']:
            av = {'np': 'std'}.get(v['audit'], v['audit'])
        add('audit%d' % y, C.audit_report(o, y, FIRMS[sp['firm']], av, o['seq']))
    add('licence', 'CERT', True)
    add('wp', C.work_plan(o, apps, v['wp'], date))
    add('pledge', C.pledge(o, v['pledge'], date, seal='pledge' not in seal_off), 'pledge' not in seal_off)
    add('integrity', C.integrity(o, v['integ'], date, seal='integrity' not in seal_off), 'integrity' not in seal_off)
    add('impl', C.impl_plan(o, apps, v['impl'], date, include_eval=not sp.get('eval_sep')))
    if sp.get('eval_sep'):
        add('eval', C.eval_plan_doc(o, apps, date))
    drop = set(tuple(x) for x in sp.get('drop_sets', []))
    lay = sp['samples']
    srng = random.Random('s' + sp['id'])
    for oc, lv in apps:
        occ_blocks = []
        for l in sorted(lv, reverse=True):
            lvl_blocks = []
            for s in (1, 2):
                if (oc['full'], l, s) in drop:
                    continue
                b = C.sample_blocks(o, oc, l, s, v['sample'], srng, answers=(sp['id'] in ('p11', 'p02', 'p07', 'v02') or s == 1))
                if lay == 'per_set':
                    add('sample:%s:%d:%d' % (oc['full'], l, s), b)
                else:
                    lvl_blocks += (b + [('br',)])
            if lay in ('per_level', 'in_nest') and lvl_blocks:
                add('sample:%s:%d' % (oc['full'], l), lvl_blocks[:-1])
            occ_blocks += lvl_blocks
        if lay == 'per_occ':
            add('sample:%s' % oc['full'], occ_blocks[:-1])
    for e in sp.get('extras', []):
        if e == 'toc':
            add('extra:toc', C.toc(o, [('申请表', '1'), ('推荐函', '2'), ('信用佐证材料', '3'), ('工作方案（含承诺书、廉洁责任书）', '4'),
                                       ('项目实施方案及样题', '5'), ('其他材料', '6')]))
        elif e == 'teachers':
            add('extra:teachers', C.teacher_list(o, apps))
        elif e == 'site_desc':
            add('extra:site_desc', C.site_desc(o))
        else:
            add('extra:' + e, e.upper())
    # --- files
    files = []
    bundles = sp.get('bundles', [])
    in_bundle = {k: i for i, b in enumerate(bundles) for k in b}
    done = set()
    idx = 0
    for m in mats:
        k = m['key']
        if k in done:
            continue
        if k in in_bundle:
            grp = [x for x in mats if x['key'] in bundles[in_bundle[k]]]
            for g in grp:
                done.add(g['key'])
            if 'form' in bundles[in_bundle[k]]:
                path = {'A': '申报材料汇编', 'F': '01-09_申报材料汇编（申请表、推荐函、信用佐证、工作方案）'}.get(sp['scheme'], '申报材料汇编')
            else:
                path = name_for(sp, 'wp', idx) + '（含承诺书、廉洁责任书）'
            files.append(dict(path=path, mats=grp))
        else:
            done.add(k)
            files.append(dict(path=name_for(sp, k, idx), mats=[m]))
        idx += 1
    # producers and posts
    for f in files:
        for m in f['mats']:
            k = m['key']
            bm = base_mat(k)
            p = over.get(k, over.get(bm, prod))
            if m['blocks'] == 'CERT':
                p = 'certhtml' if prod == 'html' else ('certcid' if prod == 'rlcid' else 'cert')
            if k.startswith('extra:') and k.split(':')[1] in ('site_photo', 'site_photo_blur'):
                p = 'jpg'
            if k == 'extra:floor':
                p = 'plan'
            m['prod'] = p
            m['post'] = post.get(k, post.get(bm))
            if p == 'docxraw':
                m['seal'] = False
        f['post'] = None
        if len(f['mats']) == 1:
            f['post'] = f['mats'][0]['post']
        if len(f['mats']) == 1 and f['mats'][0]['prod'] == 'docxraw':
            f['ext'] = '.docx'
        elif f['post'] in ('photo', 'poorphoto') or f['mats'][0]['prod'] == 'jpg':
            f['ext'] = '.jpg'
        else:
            f['ext'] = '.pdf'
        f['path'] += f['ext']
    return files, apps


PROD_DESC = {'html': 'Chromium headless print-to-pdf (HTML/CSS, SVG seal)', 'docx': 'LibreOffice 7.4 from python-docx .docx',
             'odt': 'LibreOffice 7.4 from odfpy .odt', 'rl': 'reportlab (embedded TTF WenQuanYi Zen Hei)',
             'rlcid': 'reportlab (STSong-Light CID, not embedded)', 'cert': 'reportlab canvas certificate (TTF)',
             'certcid': 'reportlab canvas certificate (STSong-Light CID)', 'certhtml': 'Chromium (absolute-positioned HTML certificate)',
             'docxraw': 'python-docx .docx (not converted)', 'jpg': 'Pillow JPEG (photo)', 'plan': 'reportlab canvas (floor plan)'}
POST_DESC = {'scan': 'scan 150dpi colour JPEG (pdftoppm→Pillow→img2pdf)', 'scangray': 'scan 150dpi grayscale JPEG (pdftoppm→Pillow→img2pdf)',
             'scancolor': 'scan 150dpi colour JPEG (pdftoppm→Pillow→img2pdf)', 'ocr': 'scan + ocrmypdf/tesseract chi_sim text layer',
             'ocrrl': 'scan + reportlab invisible text layer (render mode 3)', 'photo': 'phone photo JPEG (Pillow perspective/lighting)',
             'poorphoto': 'phone photo JPEG, dark and blurred (unreadable)', 'faint': 'scan 60dpi, faint and blurred (unreadable)',
             'encrypt': 'pikepdf AES-256, user password', 'truncate': 'truncated at 45% (corrupt)'}


# ------------------------------------------------------------------ build
def build_all():
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    sealdir = os.path.join(BUILD, 'seals')
    os.makedirs(sealdir)
    tmpdir = os.path.join(BUILD, 'tmp')
    os.makedirs(tmpdir)
    if os.path.exists(PKG):
        shutil.rmtree(PKG)
    os.makedirs(PKG)
    order = ['p01', 'f01', 'v01', 'p02', 'f02', 'p03', 'f03', 'v02', 'p04', 'f04', 'f05', 'p05', 'v03', 'f06', 'p06', 'v04',
             'f08', 'p07', 'f09', 'v05', 'p08', 'f10', 'f11', 'p09', 'v06', 'f12', 'p10', 'v07', 'f13', 'p11', 'f07', 'v08',
             'f14', 'p12', 'v09', 'f15']
    assert sorted(order) == sorted(s['id'] for s in SPECS), 'order mismatch'
    byid = {s['id']: s for s in SPECS}
    plans = []
    soffice_in, chrome_jobs = [], []
    for n, sid in enumerate(order, 1):
        sp = byid[sid]
        sp['R'] = 'R%02d' % n
        files, apps = plan_package(sp, n)
        wd = os.path.join(BUILD, sp['R'])
        os.makedirs(wd)
        r = random.Random('render' + sid)
        pi = 0
        for f in files:
            prev = None
            for m in f['mats']:
                groupable = m['prod'] in ('html', 'docx', 'odt', 'rl', 'rlcid') and not m['post'] and m['blocks'] != 'CERT'
                if prev is not None and groupable and prev['prod'] == m['prod']:
                    prev['blocks'] = prev['blocks'] + [('br',)] + m['blocks']
                    m['merged'] = True
                    continue
                prev = m if groupable else None
            for m in f['mats']:
                if m.get('merged'):
                    continue
                pi += 1
                base = os.path.join(wd, '%s_piece%03d' % (sp['R'], pi))
                m['pdf'] = base + '.pdf'
                p, b = m['prod'], m['blocks']
                o = sp['org']
                if p == 'html':
                    st = {'form': 'web' if sp['v']['form'] == 'web' else 'corp', 'ind': 'gov', 'dist': 'gov'}.get(base_mat(m['key']), r.choice(['corp', 'plain']))
                    open(base + '.html', 'w').write(L.render_html(b, st))
                    chrome_jobs.append((base + '.html', m['pdf']))
                elif p in ('docx', 'docxraw'):
                    fonts = r.choice([('宋体', '黑体', 12), ('仿宋_GB2312', '方正小标宋简体', 14), ('微软雅黑', '微软雅黑', 11)])
                    L.render_docx(b, base + '.docx', sealdir, r, font=fonts[0], tfont=fonts[1], size=fonts[2], with_seal=(p == 'docx'))
                    if p == 'docx':
                        soffice_in.append(base + '.docx')
                    m['src'] = base + '.docx'
                elif p == 'odt':
                    L.render_odt(b, base + '.odt', sealdir, r, font='WenQuanYi Zen Hei')
                    soffice_in.append(base + '.odt')
                elif p in ('rl', 'rlcid'):
                    L.render_rl(b, m['pdf'], font='WQY' if p == 'rl' else 'STSong-Light', size=r.choice([10.5, 11, 12]),
                                title_meta=f['path'].split('/')[-1], author=o['contact'])
                elif p in ('cert', 'certcid'):
                    cert_pdf(m['pdf'], o, font='WQY' if p == 'cert' else 'STSong-Light')
                elif p == 'certhtml':
                    open(base + '.html', 'w').write(cert_html(o))
                    chrome_jobs.append((base + '.html', m['pdf']))
                elif p == 'plan':
                    floor_plan(m['pdf'], o)
                elif p == 'jpg':
                    m['jpg'] = base + '.jpg'
                    site_photo(m['jpg'], o, r, blur=m['key'].endswith('blur'))
        plans.append((sp, files, apps))
    # conversions (2 parallel soffice, 2 parallel chromium)
    half = len(soffice_in) // 2
    with ThreadPoolExecutor(4) as ex:
        futs = [ex.submit(L.soffice_batch, soffice_in[:half], os.path.join(BUILD, 'lo1'), '/tmp/final11_lo1'),
                ex.submit(L.soffice_batch, soffice_in[half:], os.path.join(BUILD, 'lo2'), '/tmp/final11_lo2')]
        cf = [ex.submit(L.chromium_pdf, h, p) for h, p in chrome_jobs]
        for fu in futs + cf:
            fu.result()
    for src in soffice_in:
        b = os.path.splitext(os.path.basename(src))[0] + '.pdf'
        for d in ('lo1', 'lo2'):
            cand = os.path.join(BUILD, d, b)
            if os.path.exists(cand):
                shutil.move(cand, os.path.join(os.path.dirname(src), b))
        if not os.path.exists(os.path.join(os.path.dirname(src), b)):
            raise RuntimeError('soffice failed: ' + src)
    return plans, soffice_in, tmpdir, sealdir


def finish(plans, tmpdir):
    key = {'author': 'final11', 'packages': {}}
    meta = {}
    dups = {}
    for sp, files, apps in plans:
        if sp.get('dup'):
            dups.setdefault(sp['dup'], []).append(sp['R'])
    for sp, files, apps in plans:
        o = sp['org']
        r = random.Random('post' + sp['id'])
        wd = os.path.join(BUILD, sp['R'])
        entries = []
        docs = []
        nest = sp.get('nest')
        nest_entries = []
        for f in files:
            kinds = []
            for m in f['mats']:
                k = KIND[base_mat(m['key'])]
                if m['key'] == 'impl' and not sp.get('eval_sep'):
                    k = 'implementation_plan+evaluation_plan'
                kinds.append(k)
            # piece-level posts (scans) and gs
            pdfs = []
            prods = []
            for m in f['mats']:
                if m.get('merged'):
                    continue
                pd = PROD_DESC[m['prod']]
                if m['prod'] in ('jpg', 'docxraw'):
                    prods.append(pd)
                    continue
                src = m['pdf']
                if sp.get('gsall') and m['prod'] in ('docx', 'odt', 'html'):
                    g = src.replace('.pdf', '.gs.pdf')
                    L.gs_redistill(src, g)
                    src = g
                    pd += ' → Ghostscript pdfwrite'
                pp = m['post']
                if pp in ('scan', 'scancolor', 'scangray', 'faint', 'ocr', 'ocrrl'):
                    out = src.replace('.pdf', '.%s.pdf' % pp)
                    if pp == 'scangray':
                        L.scan_pdf(src, out, r, tmpdir, dpi=150, gray=True, quality=58, noise=4)
                    elif pp in ('scan', 'scancolor'):
                        L.scan_pdf(src, out, r, tmpdir, dpi=150, gray=False, quality=62, noise=4)
                    elif pp == 'faint':
                        L.scan_pdf(src, out, r, tmpdir, dpi=60, gray=True, quality=30, blur=1.6, faint=0.8, noise=8)
                    elif pp == 'ocr':
                        img = src.replace('.pdf', '.img.pdf')
                        L.scan_pdf(src, img, r, tmpdir, dpi=170, gray=True, quality=55, noise=3)
                        L.ocrmypdf_layer(img, out)
                    elif pp == 'ocrrl':
                        L.scan_pdf_invisible_text(src, out, r, tmpdir, dpi=170, gray=False, quality=62)
                    src = out
                    pd += ' → ' + POST_DESC[pp]
                m['final'] = src
                pdfs.append(src)
                prods.append(pd)
            fpost = f['post'] if len(f['mats']) == 1 else None
            final = os.path.join(wd, 'file_%s' % os.path.basename(f['mats'][0]['pdf']))
            text = 'text'
            m0 = f['mats'][0]
            if m0['prod'] == 'docxraw':
                data = open(m0['src'], 'rb').read()
            elif m0['prod'] == 'jpg':
                data = open(m0['jpg'], 'rb').read()
                text = 'none'
            else:
                if len(pdfs) > 1:
                    L.merge_pdfs(pdfs, final)
                    prods = ['merged with pikepdf: ' + '; '.join(prods)]
                elif len(f['mats']) > 1:
                    shutil.copy(pdfs[0], final)
                    prods = ['one document holding several materials: ' + prods[0]]
                elif len(pdfs) == 1 and len(f['mats']) == 1:
                    shutil.copy(pdfs[0], final)
                if fpost in ('photo', 'poorphoto'):
                    jp = final.replace('.pdf', '.jpg')
                    L.photo_jpg(final, jp, r, tmpdir, poor=(fpost == 'poorphoto'))
                    final = jp
                    prods = [prods[0] + ' → ' + POST_DESC[fpost]]
                    text = 'none'
                elif fpost == 'encrypt':
                    L.encrypt_pdf(final, final + '.enc')
                    final += '.enc'
                    prods = [prods[0] + ' → ' + POST_DESC[fpost]]
                    text = 'encrypted'
                elif fpost == 'truncate':
                    L.truncate_pdf(final, final + '.cut')
                    final += '.cut'
                    prods = [prods[0] + ' → ' + POST_DESC[fpost]]
                    text = 'corrupt'
                elif fpost in ('scan', 'scancolor', 'scangray', 'faint'):
                    text = 'none'
                elif fpost in ('ocr', 'ocrrl'):
                    text = 'ocr-layer'
                data = open(final, 'rb').read()
            kinds = list(dict.fromkeys('+'.join(kinds).split('+')))
            doc = dict(path=f['path'], kind='+'.join(kinds), producer=prods[0] if len(prods) == 1 else ' | '.join(prods), text=text)
            if any(kk in STAMPED for k in kinds for kk in k.split('+')):
                doc['seal'] = all(m['seal'] for m in f['mats'] if any(kk in STAMPED for kk in KIND[base_mat(m['key'])].split('+')))
            expect = o['name']
            if f['mats'][0]['key'] == 'form' and sp.get('form_name'):
                expect = sp['form_name']
            if f['mats'][0]['key'] == 'ind' and sp.get('recommended'):
                expect = sp['recommended']
            in_nest = nest and any(base_mat(m['key']) in nest['mats'] for m in f['mats'])
            if in_nest:
                inner = f['path'].split('/')
                inner = '/'.join(inner[-2:]) if base_mat(f['mats'][0]['key']) == 'sample' else inner[-1]
                nest_entries.append((inner, data))
                doc['path'] = nest['path'] + '/' + inner
            else:
                entries.append((f['path'], data))
            docs.append(doc)
            meta.setdefault(sp['R'], {})[doc['path']] = expect
        if nest_entries:
            bio = io.BytesIO()
            L.write_zip(bio, nest_entries, encoding='utf8', dirs=False)
            entries.append((nest['path'], bio.getvalue()))
        zname = '%s-%s.zip' % (sp['R'], o['name'])
        L.write_zip(os.path.join(PKG, zname), entries, encoding=sp['enc'], dirs=(sp['scheme'] != 'D'), macosx=sp.get('macosx', False),
                    date=(2025, 1, sp['date'][2], 9 + sp['org']['seq'] % 8, 10, 0))
        causes = list(sp.get('causes', []))
        defects = [d % o['code'] if '%s' in d else d for d in sp.get('defects', [])]
        why = sp['why']
        if sp.get('dup'):
            other = [x for x in dups[sp['dup']] if x != sp['R']]
            defects = [d + '（见 %s）' % ', '.join(other) for d in defects]
            why += ' 另一包：%s。' % ', '.join(other)
        key['packages'][zname] = dict(
            verdict=sp['verdict'], causes=causes, defects=defects, why=why,
            organisation=dict(name=o['name'], credit_code=o['code']),
            applications=[dict(code=a['code'], name=a['full'], levels=sorted(lv, reverse=True)) for a, lv in apps],
            documents=docs)
    return key, meta


def main():
    import pickle
    pk = os.path.join(BUILD + '_plans.pickle')
    if '--finish' in sys.argv:  # debugging aid: reuse rendered pieces
        plans, tmpdir = pickle.load(open(pk, 'rb'))
        cur = {x['id']: x for x in SPECS}
        for sp, _, _ in plans:
            for k in ('nest', 'causes', 'defects', 'why', 'verdict', 'enc', 'macosx', 'scheme'):
                if k in cur[sp['id']]:
                    sp[k] = cur[sp['id']][k]
        if os.path.exists(PKG):
            shutil.rmtree(PKG)
        os.makedirs(PKG)
    else:
        plans, soffice_in, tmpdir, sealdir = build_all()
        pickle.dump((plans, tmpdir), open(pk, 'wb'))
    key, meta = finish(plans, tmpdir)
    json.dump(key, open(os.path.join(HERE, 'key.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(meta, open(os.path.join(HERE, 'meta.json'), 'w'), ensure_ascii=False, indent=1)
    write_readme(key)
    print('packages:', len(key['packages']))


def write_readme(key):
    from collections import Counter
    pk = key['packages']
    cnt = Counter(e['verdict'] for e in pk.values())
    prods = Counter()
    for e in pk.values():
        for d in e['documents']:
            for part in d['producer'].replace('merged with pikepdf: ', '').replace('one document holding several materials: ', '').split(' | '):
                for q in part.split('; '):
                    prods[q.split(' → ')[0]] += 1
    texts = Counter(d['text'] for e in pk.values() for d in e['documents'])
    ndocs = sum(len(e['documents']) for e in pk.values())
    out = ['# final11 blind corpus', '',
           'Test corpus of 36 application packages answering 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written blind '
           '(without reading the pre-screening tool).', '',
           '## Regenerate', '', '```', 'python3 generate.py     # ~10 min: renders every document, writes packages/, key.json, meta.json, README.md',
           'python3 selfcheck.py    # zips open, key paths exist, names in text layers, scans image-only, sizes', '```', '',
           'Files: `generate.py` (package specifications, naming schemes, build pipeline), `gen_content.py` (document texts and their '
           'variants), `gen_lib.py` (credit codes, seals, producers, scans/photos/encryption, GBK zip writer), `meta.json` '
           '(name expected in each text document, used by selfcheck). Randomness: `random.Random` seeded by fixed strings (SEED=%d).' % SEED, '',
           '## Producers used', '',
           '- Chromium headless `--print-to-pdf` from HTML/CSS with inline SVG seals (letters, forms printed from a web system, certificates drawn with absolute positioning)',
           '- LibreOffice 7.4 converting python-docx `.docx` (seal as PNG picture) and odfpy `.odt`',
           '- reportlab platypus with embedded TTF (WenQuanYi Zen Hei) and with the non-embedded CID font STSong-Light; reportlab canvas for certificates (text placed at coordinates, vector seals, fake QR) and floor plans',
           '- Ghostscript pdfwrite re-distilling (one whole package)',
           '- scans: pdftoppm → Pillow (rotation, noise, grayscale or colour, JPEG) → img2pdf; legible at 150–200 dpi, unreadable at 60 dpi faint+blurred',
           '- scans with text layers: ocrmypdf (tesseract chi_sim) and reportlab invisible text (render mode 3)',
           '- phone photos (.jpg) with perspective and lighting, one dark/blurred; site photos drawn with Pillow',
           '- pikepdf AES-256 encryption; truncated PDF; raw .docx deliverables; pikepdf merging into one PDF holding several materials',
           '- zips: UTF-8 names, GBK names without the UTF-8 flag (Windows style), nested zips, `__MACOSX`/.DS_Store junk', '',
           'Document count by producer (first stage):', '']
    for k, v in prods.most_common():
        out.append('- %s: %d' % (k, v))
    out += ['', 'Text layers: ' + ', '.join('%s %d' % kv for kv in texts.most_common()) + ' (of %d documents)' % ndocs, '',
            '## Counts', '', '- pass: %d, fail: %d, review: %d (total %d)' % (cnt['pass'], cnt['fail'], cnt['review'], len(pk)), '',
            '## Packages', '', '| zip | verdict | causes | defects |', '|---|---|---|---|']
    for z, e in sorted(pk.items()):
        out.append('| %s | %s | %s | %s |' % (z, e['verdict'], ', '.join(e['causes']) or '—', '；'.join(e['defects']) or '—'))
    out += ['', '## Notes', '',
            '- Submission dates 2025-01-20…25; audit years required: 2022 and 2023.',
            '- The two 上海味道食品安全管理咨询有限公司 packages apply for the same occupation: both fail (duplicate).',
            '- Credit codes are valid (GB 32100 + GB 11714) except the two planted checksum cases; 310108 (闸北, historical) is used on purpose in one pass package.',
            '- `seal` is given for stamped materials (two letters, 承诺书, 廉洁责任书, registration certificate); grayscale scans keep a grey seal (true).', '']
    open(os.path.join(HERE, 'README.md'), 'w').write('\n'.join(out))


if __name__ == '__main__':
    main()
