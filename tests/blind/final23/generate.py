#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final23 blind corpus: packages/*.zip and key.json.  Usage: python3 generate.py"""
import os, sys, json, random, shutil, subprocess, copy, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib23 import *
import content23 as C
from content23 import OCC, LV, SET_NAMES

OUT = os.path.join(BASE, 'packages')
WORK = '/tmp/blind23_work'
R = random.Random(20250123)

DIST = {'黄浦区': ('310101', '黄人社'), '徐汇区': ('310104', '徐人社'), '长宁区': ('310105', '长人社'), '静安区': ('310106', '静人社'),
        '普陀区': ('310107', '普人社'), '虹口区': ('310109', '虹人社'), '杨浦区': ('310110', '杨人社'), '闵行区': ('310112', '闵人社'),
        '宝山区': ('310113', '宝人社'), '嘉定区': ('310114', '嘉人社'), '浦东新区': ('310115', '浦人社'), '金山区': ('310116', '金人社'),
        '松江区': ('310117', '松人社'), '青浦区': ('310118', '青人社'), '奉贤区': ('310120', '奉人社'), '崇明区': ('310151', '崇人社')}
ISS = {
    'jxw': ('上海市经济和信息化委员会', '沪经信', 'gov'), 'swj': ('上海市商务委员会', '沪商', 'gov'), 'stj': ('上海市生态环境局', '沪环', 'gov'),
    'wjw': ('上海市卫生健康委员会', '沪卫', 'gov'), 'jsw': ('上海市住房和城乡建设管理委员会', '沪建', 'gov'), 'lhj': ('上海市绿化和市容管理局', '沪绿容', 'gov'),
    'yjj': ('上海市药品监督管理局', '沪药监', 'gov'), 'jtw': ('上海市交通委员会', '沪交', 'gov'), 'scj': ('上海市市场监督管理局', '沪市监', 'gov'),
    'kw': ('上海市科学技术委员会', '沪科', 'gov'), 'mzj': ('上海市民政局', '沪民', 'gov'), 'sjj': ('上海市数据局', '沪数据', 'gov'),
    'hgxh': ('上海市化学化工行业协会', '沪化协', 'assoc'), 'xyxh': ('上海市信用服务行业协会', '沪信协', 'assoc'), 'wyxh': ('上海市物业管理行业协会', '沪物协', 'assoc'),
    'cyxh': ('上海市餐饮烹饪行业协会', '沪餐协', 'assoc'), 'ylxh': ('上海市养老服务行业协会', '沪养协', 'assoc'), 'sjxh': ('上海市室内装饰行业协会', '沪装协', 'assoc'),
}
FIRMS = [('上海立衡会计师事务所（特殊普通合伙）', '沪立衡会审字'), ('上海东信联合会计师事务所有限公司', '东信审字'), ('上海申城永正会计师事务所有限公司', '申永审'),
         ('立达华明会计师事务所（特殊普通合伙）上海分所', '立达沪审字'), ('上海宏润会计师事务所有限公司', '沪宏润审'), ('上海汇诚方正会计师事务所', '汇诚审字')]
SUR = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭'
GIV = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文斌'
STREETS = ['张江路', '漕溪北路', '延安西路', '江场路', '真北路', '四川北路', '国定路', '七莘路', '友谊路', '博乐路', '浦东大道', '石化一路',
           '荣乐东路', '华新路', '南奉公路', '城桥镇人民路', '新闸路', '中山南二路', '金海路', '沪太路', '虹梅路', '淞沪路']

PACKS = []


def P(idx, verdict, name, cat, district, reg, apps, ind, house, **kw):
    PACKS.append(dict(idx=idx, verdict=verdict, name=name, cat=cat, district=district, reg=reg, apps=apps, ind=ind, house=house, kw=kw))

# ------------------------------------------------------------------ the 36 packages
# kw: type_line, code(explicit), site_district, layout, merges, samples, letters(post), defects...
P(1, 'pass', '上海云栈数字科技有限公司', '91', '浦东新区', 'company', [('szls', [4, 3]), ('szh', [4, 3])], 'jxw', 'docx',
  layout='dirs', samples='per_level', form_v=0, letters='scan', extras=['teachers', 'site_photo'])
P(2, 'fail', '上海沪昆化工技术服务有限公司', '91', '浦东新区', 'company', [('hgzk', [4, 3])], 'hgxh', 'html',
  region='320583', reg_auth='昆山市市场监督管理局', addr='江苏省昆山市玉山镇前进西路1688号', layout='num', samples='per_occ',
  causes=['non_shanghai_code'], defects=['统一社会信用代码 {code} 的登记管理机关行政区划码为320583（江苏省昆山市），非上海市登记（营业执照登记机关为昆山市市场监督管理局）'])
P(3, 'pass', '上海市徐汇区启衡职业技能培训学校', '52', '徐汇区', 'minfei', [('ylhl', [5, 4, 3])], 'ylxh', 'html',
  sponsor='上海市徐汇区教育局', layout='top', samples='nested', form_v=2, letters='scan', extras=['toc', 'floorplan'])
P(4, 'review', '上海闵达食品检测技术有限公司', '91', '闵行区', 'company', [('spaq', [4, 3])], 'scj', 'rl',
  layout='num', samples='per_set', form_v=3, encrypt=['credit'],
  causes=['encrypted_pdf'], defects=['信用报告仅有一份且为加密PDF（需口令才能打开），内容无法读取'])
P(5, 'fail', '上海市热工计量检测所', '12', '静安区', 'shiye', [('jly', [4, 3])], 'scj', 'odt',
  sponsor='上海市市场监督管理局', layout='dirs', samples='per_level', form_v=1,
  causes=['public_institution'], defects=['申报单位为事业单位：统一社会信用代码类别12，登记证书为事业单位法人证书'])
P(6, 'pass', '上海宝泓管道安装工程有限公司', '91', '宝山区', 'company', [('gg', [5, 4])], 'jsw', 'docx',
  layout='scanner', samples='per_level', form_v=0, scan_all='gray', mark='■',
  notes='全部材料为灰度扫描件（150–200dpi，轻微倾斜，JPEG噪声），均清晰可读')
P(7, 'fail', '上海洁境物业服务有限公司', '91', '静安区', 'company', [('bjy', [5, 4, 3])], 'wyxh', 'cid',
  layout='num', samples='per_level', form_v=3, dup='A23',
  causes=['duplicate_application'], defects=['同一单位（{code}）在本语料的A23中也申报了保洁员（4-09-08-01），同一职业重复申报，两包均不通过'])
P(8, 'review', '上海市杨浦区康乐养护职业技能培训中心', '52', '杨浦区', 'minfei', [('sqjk', [4, 3])], 'ylxh', 'odt',
  sponsor='上海市杨浦区民政局', layout='dirs', samples='per_set', form_v=2, docx_only=['pledge', 'integrity'],
  causes=['signed_material_docx_only'], defects=['承诺书、廉洁责任书仅以可编辑的.docx提交，无签章版本'])
P(9, 'fail', '上海蓓蕾家庭服务有限公司', '91', '普陀区', 'company', [('yyy', [5, 4]), ('bjai', [5, 4])], 'swj', 'docx',
  layout='num', samples='per_level', form_v=0,
  causes=['occupation_not_in_notice'], defects=['申请表申报“育婴员（4-10-01-02）”，不在通知附件所列48个职业（工种）范围内'])
P(10, 'pass', '上海安锐信息安全技术有限公司', '91', '长宁区', 'company', [('sjaq', [3, 2])], 'sjj', 'html',
  type_line='有限责任公司（外国法人独资）', layout='bigpdf', gbk=True, form_v=1, letters='scan',
  notes='外商独资企业；除两封推荐函扫描件外，全部材料合并在一个PDF中；GBK文件名')
P(11, 'fail', '上海智衡科技咨询有限公司', '91', '长宁区', 'company', [('kjzx', [4, 3])], 'kw', 'rl',
  layout='num', samples='per_level', form_v=3,
  causes=['level_not_allowed'], defects=['申报科技咨询师（4-07-02-02）四级，通知附件中该职业仅开放三级、二级、一级'])
P(12, 'review', '上海嘉擎增材制造技术有限公司', '91', '嘉定区', 'company', [('zczz', [4, 3])], 'jxw', 'docx',
  layout='scanner', samples='per_level', form_v=3, unreadable=['dist_letter'],
  causes=['unreadable_scan'], defects=['区人社部门推荐函仅有一份极淡、模糊的低分辨率扫描件（约60dpi），无法辨认'])
P(13, 'pass', '上海申联轨道交通培训有限公司', '91', '闵行区', 'company', [('gdjt', [4, 3, 2])], 'group:上海申联轨道交通（集团）有限公司:申联集团', 'rl',
  layout='dirs', samples='per_occ', form_v=2, ind_v=2, merges=[['work_plan', 'pledge', 'integrity']], extras=['teachers'],
  notes='集团子公司，行业推荐函为集团（上级主管单位）批复')
P(14, 'fail', '上海味研餐饮管理有限公司', '91', '黄浦区', 'company', [('tys', [5, 4])], 'cyxh', 'html',
  layout='num', samples='per_level', form_v=1, credit_v=0, penalties=[('黄市监案处字〔2024〕第010120240123号', '经营标签不符合规定的食品', '警告、罚款人民币8000元', '上海市黄浦区市场监督管理局', '2024-06-18')],
  no_seal=['ind_letter'],
  causes=['credit_penalty', 'seal_missing'], defects=['信用报告“行政处罚信息”查见1条（黄浦区市场监督管理局罚款8000元）', '行业推荐函无印章（复核项，但已有不通过事项）'])
P(15, 'review', '上海市园艺盆景协会', '51', '徐汇区', 'shetuan', [('pjs', [5, 4, 3])], 'lhj', 'odtgs',
  sponsor='上海市绿化和市容管理局', layout='top', samples='per_level', form_v=0, ind_v=0,
  causes=['social_organisation'], defects=['申报单位为社会团体（代码类别51），是否与政府部门脱钩无法从代码判断，需人工核实'])
P(16, 'pass', '上海碳衡环境科技有限公司', '91', '青浦区', 'company', [('tpfhs', [4, 3]), ('tpf', [5])], 'stj', 'odtgs',
  layout='num', samples='per_set', form_v=3, macosx=True, layer=['licence', 'credit'], letters='layer',
  notes='部分材料为带隐藏文字层的扫描件；含__MACOSX垃圾文件')
P(17, 'fail', '上海药康制药有限公司', '91', '奉贤区', 'company', [('ywpj', [4, 3])], 'yjj', 'docx',
  layout='dirs', samples='per_level', form_v=2, ind_names='上海药康医药科技有限公司',
  causes=['letter_wrong_org'], defects=['行业主管部门推荐函推荐的是“上海药康医药科技有限公司”，而非申报单位上海药康制药有限公司'])
P(18, 'review', '上海色界设计咨询有限公司', '91', '虹口区', 'company', [('scdp', [4, 3])], 'sjxh', 'rl',
  layout='num', samples='per_set', form_v=0, badcode='check18',
  causes=['credit_code_checksum'], defects=['统一社会信用代码 {code} 第18位校验码不符（GB 32100校验失败），需人工核实'])
P(19, 'fail', '上海汇通政务服务外包有限公司', '91', '松江区', 'company', [('zwfw', [5, 4])], 'scj', 'html',
  layout='top', samples='per_level', form_v=1, dist_bureau='昆山市人力资源和社会保障局', dist_pre='昆人社', gbk=True,
  causes=['district_letter_not_shanghai'], defects=['考核点推荐函由江苏省昆山市人力资源和社会保障局出具，非上海市区级人社部门'])
P(20, 'pass', '上海市静安区华育职业技能培训学校', '52', '静安区', 'minfei', [('yys', [4, 3])], 'wjw', 'odt',
  sponsor='上海市静安区教育局', layout='dirs', samples='in_impl', form_v=2, extras=['toc'], audit_extra=[2021])
P(21, 'fail', '上海绿源环境卫生服务有限公司', '91', '普陀区', 'company', [('ljqy', [5, 4])], 'lhj', 'odtgs',
  layout='num', samples='per_level', form_v=3, form_name='上海绿源垃圾清运服务有限公司',
  causes=['name_mismatch'], defects=['申请表单位名称为“上海绿源垃圾清运服务有限公司”，营业执照及信用报告为“上海绿源环境卫生服务有限公司”'])
P(22, 'review', '上海聆音听力技术有限公司', '91', '黄浦区', 'company', [('ztq', [4, 3])], 'wjw', 'rl',
  layout='dirs', samples='per_level', form_v=1, corrupt=['audit2022'],
  causes=['corrupt_pdf'], defects=['2022年度审计报告PDF被截断（文件损坏，无法打开），无其他可读副本'])
P(23, 'fail', '上海洁境物业服务有限公司', '91', '静安区', 'company', [('bjy', [4, 3])], 'wyxh', 'cid',
  layout='dirs', samples='per_set', form_v=0, dup='A07', site_district='普陀区',
  causes=['duplicate_application'], defects=['同一单位（{code}）在本语料的A07中也申报了保洁员（4-09-08-01），同一职业重复申报，两包均不通过'])
P(24, 'pass', '上海筑能建筑节能科技有限公司', '91', '杨浦区', 'company', [('jzjn', [5, 4, 3])], 'jsw', 'html',
  layout='top', samples='per_level', form_v=0, macosx=True, extras=['corrupt_floorplan', 'site_photo_poor'], mark='√',
  notes='含损坏的平面图PDF和模糊的场地照片（附加材料，不影响结论）')
P(25, 'fail', '上海信达信用管理咨询有限公司', '91', '浦东新区', 'company', [('xygl', [4, 3])], 'xyxh', 'docx',
  layout='num', samples='per_set', form_v=2, one_set=[('xygl', 3)],
  causes=['single_sample_set'], defects=['信用管理师三级只有一套样题（缺第二套）'])
P(26, 'review', '上海房策不动产咨询有限公司', '91', '浦东新区', 'company', [('fdc', [4, 3])], 'jsw', 'html',
  layout='dirs', samples='per_level', form_v=3, no_seal=['licence'],
  causes=['seal_missing'], defects=['营业执照复印件未加盖单位公章'])
P(27, 'fail', '上海华顶餐饮管理有限公司徐汇分公司', '91', '徐汇区', 'company', [('spaq', [5, 4])], 'swj', 'rl',
  type_line='有限责任公司分公司', layout='num', samples='per_level', form_v=0,
  causes=['branch_office'], defects=['营业执照类型为“有限责任公司分公司”，非独立法人'])
P(28, 'pass', '上海金山石化职业技能培训有限公司', '91', '金山区', 'company', [('hgzk', [4, 3])], 'hgxh', 'odt',
  layout='scanner', samples='per_level', form_v=1, scan_all='color',
  notes='全部材料为彩色扫描件（150dpi，JPEG），均清晰可读')
P(29, 'fail', '上海松茂园林绿化有限公司', '91', '松江区', 'company', [('pjs', [4, 3])], 'lhj', 'docx',
  layout='dirs', samples='per_level', form_v=3, audit_years=[2021, 2023],
  causes=['audit_year_missing'], defects=['只提交了2021年度和2023年度审计报告，缺2022年度审计报告'])
P(30, 'review', '上海市青浦区鑫技职业技能培训学校', '52', '青浦区', 'minfei', [('tys', [5, 4, 3])], 'cyxh', 'html',
  sponsor='上海市青浦区教育局', layout='scanner', samples='per_level', form_v=2, poor_photo=['licence'],
  causes=['unreadable_scan'], defects=['登记证书仅有一张模糊、低分辨率的手机照片，无法辨认'])
P(31, 'pass', '上海瀛洲康养服务有限公司', '91', '崇明区', 'company', [('ylhl', [5, 4])], 'wjw', 'cid',
  layout='dirs', samples='per_set', form_v=3, gbk=True, letters='scan', extras=['teachers'])
P(32, 'fail', '上海数衡信息技术有限公司', '91', '杨浦区', 'company', [('szh', [3, 2])], 'jxw', 'docx',
  layout='num', samples='per_level', form_v=0, missing=['integrity'],
  causes=['missing_material'], defects=['未提交廉洁责任书（工作方案中也未包含）'])
P(33, 'review', '上海虹信政务服务外包有限公司', '91', '虹口区', 'company', [('zwfw', [5, 4, 3])], 'scj', 'odt',
  layout='dirs', samples='per_occ', form_v=1, badcode='check9',
  causes=['credit_code_checksum'], defects=['统一社会信用代码 {code} 第18位校验通过，但第9–17位组织机构代码的校验位不符，需人工核实'])
P(34, 'pass', '上海药典制药技术培训有限公司', '91', '奉贤区', 'company', [('ywkl', [5, 4]), ('ywpj', [5, 4])], 'yjj', 'rl',
  layout='dirs', samples='nested', form_v=0, mark='■', merges=[['credit', 'audit2022', 'audit2023', 'licence']],
  notes='信用报告、两年审计报告与营业执照合并为一个“信用佐证材料”PDF；样题在嵌套zip中')
P(35, 'review', '上海恒准热工仪表校验有限公司', '91', '宝山区', 'company', [('jly', [4])], 'scj', 'odt',
  layout='num', samples='per_set', form_v=2, no_seal=['dist_letter'],
  causes=['seal_missing'], defects=['区人社部门推荐函无印章'])
P(36, 'pass', '上海绿链碳资产管理有限公司', '91', '浦东新区', 'company', [('tpfzx', [3, 2])], 'stj', 'html',
  layout='top', samples='per_level', form_v=2, letters='ocrmypdf', extras=['site_photo'],
  notes='两封推荐函为ocrmypdf处理过的扫描件')

HOUSE_PROD = {'docx': 'python-docx+LibreOffice', 'odt': 'odfpy+LibreOffice', 'odtgs': 'odfpy+LibreOffice+Ghostscript',
              'html': 'Chromium (HTML/CSS, SVG seal)', 'rl': 'reportlab (embedded WenQuanYi TTF)', 'cid': 'reportlab (STSong-Light CID, not embedded)'}
KIND_OF = {'form': 'application_form', 'ind_letter': 'industry_letter', 'dist_letter': 'district_letter', 'credit': 'credit_report',
           'audit2021': 'audit_report', 'audit2022': 'audit_report', 'audit2023': 'audit_report', 'licence': 'registration_certificate',
           'work_plan': 'work_plan', 'pledge': 'pledge', 'integrity': 'integrity_letter', 'impl': 'implementation_plan+evaluation_plan'}
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}


def rname(rnd):
    return rnd.choice(SUR) + rnd.choice(GIV) + (rnd.choice(GIV) if rnd.random() < 0.6 else '')


def build_ctx(p):
    rnd = random.Random(p['idx'] * 7919)
    kw = p['kw']
    o = dict(idx=p['idx'], apps=p['apps'])
    region = kw.get('region') or DIST[p['district']][0]
    if p['reg'] == 'shiye':
        region = '310000'
    pref = 'MA1' if p['cat'] == '91' else ('MJ' if p['cat'][0] == '5' else '')
    # duplicate pair shares one code
    seed_name = random.Random(p['name'])
    code = make_code(seed_name, p['cat'], region, pref)
    if kw.get('badcode') == 'check18':
        code = code[:17] + ALPH[(ALPH.index(code[17]) + 5) % 31]
    elif kw.get('badcode') == 'check9':
        body = code[8:16]
        wrong = str((int(code[16]) + 3) % 10) if code[16].isdigit() else '7'
        s17 = code[:16] + wrong
        code = s17 + check18(s17)
        assert check18(code[:17]) == code[17] and org_check(body) != code[16]
    o['code'] = o['code_shown'] = code
    o['lic_name'] = p['name']
    o['form_name'] = kw.get('form_name', p['name'])
    o['reg_type'] = p['reg']
    o['type_line'] = kw.get('type_line', '有限责任公司（自然人投资或控股）' if p['idx'] % 3 else '有限责任公司（自然人独资）')
    o['kind_word'] = {'company': '企业（' + o['type_line'] + '）', 'minfei': '民办非企业单位', 'shetuan': '社会团体', 'shiye': '事业单位'}[p['reg']]
    o['rep'] = rname(random.Random(p['name'] + 'rep'))
    o['contact'] = rname(rnd)
    o['phone'] = f'021-{rnd.randint(5000, 6999)}{rnd.randint(1000, 9999)}'
    st = rnd.choice(STREETS)
    dist = p['district']
    o['addr'] = kw.get('addr', f'上海市{dist}{st}{rnd.randint(18, 1999)}号{rnd.randint(2, 12)}楼')
    sd = kw.get('site_district', dist)
    o['site_district'] = sd
    o['site'] = f'上海市{sd}{rnd.choice(STREETS)}{rnd.randint(10, 999)}号{rnd.choice(["A座", "2号楼", "", "3层"])}'
    o['site_name'] = o['form_name'] + rnd.choice(['职业技能评价考核点', '考核中心', '实训基地考核点'])
    o['area'] = rnd.choice([380, 460, 520, 650, 800, 1200])
    o['rooms'] = rnd.randint(2, 6)
    o['staff'] = rnd.randint(5, 12)
    o['scale'] = rnd.choice([300, 500, 800, 1200])
    fy = rnd.randint(2008, 2019)
    o['founded'] = f'{fy}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日'
    o['term'] = f'{o["founded"]}至不约定期限' if p['reg'] == 'company' else f'2023年{rnd.randint(1, 12)}月1日至2028年{rnd.randint(1, 12)}月1日'
    o['capital'] = f'人民币{rnd.choice([100, 200, 300, 500, 1000])}.0000万元整' if p['reg'] == 'company' else f'人民币{rnd.choice([10, 30, 50])}万元'
    occs = '、'.join(C.oname(k) for k, _ in p['apps'])
    o['scope'] = {'company': f'一般项目：技术服务、技术开发、技术咨询；职业技能培训（不含需取得许可的培训）；{occs}相关服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
                  'minfei': f'{occs}等职业技能培训。', 'shetuan': '行业交流、技术培训、展览展示、咨询服务。',
                  'shiye': '开展热工计量检定、校准和测试，为社会提供计量技术服务。'}[p['reg']]
    o['sponsor'] = kw.get('sponsor', '')
    if p['reg'] == 'company':
        o['reg_auth'] = kw.get('reg_auth', f'上海市{dist}市场监督管理局' if p['idx'] % 4 else '上海市市场监督管理局')
    elif p['reg'] in ('minfei', 'shetuan'):
        o['reg_auth'] = f'上海市{dist}民政局' if p['reg'] == 'minfei' else '上海市社会团体管理局'
    else:
        o['reg_auth'] = '上海市事业单位登记管理局'
    o['reg_date'] = f'{rnd.randint(2020, 2024)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日'
    o['nonprofit'] = p['reg'] in ('minfei', 'shetuan', 'shiye')
    o['intro'] = {'company': f'{o["form_name"]}成立于{fy}年，注册地{dist}，主要从事{occs}相关业务及从业人员培训，年培训规模约{o["scale"]}人次，具有稳定的师资和实训条件。',
                  'minfei': f'本校（中心）为经民政部门登记的民办非企业单位，业务主管单位为{o["sponsor"]}，长期开展{occs}等职业技能培训，累计培训学员逾{o["scale"]*5}人次。',
                  'shetuan': f'本会是由本市{occs}从业单位和个人自愿组成的行业性社会团体，业务主管单位为{o["sponsor"]}，拥有会员单位一百余家。',
                  'shiye': f'本所成立于{fy}年，主要从事热工计量检定校准工作，具备完善的计量标准装置和专业技术队伍。'}[p['reg']]
    sub = (2025, 1, 20 + p['idx'] % 7)
    o['sub_date'] = sub
    o['mark'] = kw.get('mark', '☑')
    # industry issuer
    ind = p['ind']
    if ind.startswith('group:'):
        _, gname, gpre = ind.split(':')
        o['ind'] = (gname, gpre + '发', 'group')
    else:
        o['ind'] = ISS[ind]
    o['ind_names'] = kw.get('ind_names', o['lic_name'])
    o['ind_date'] = (2025, 1, rnd.randint(6, 16))
    o['ind_no'] = rnd.randint(3, 60)
    o['ind_contact'] = rname(rnd)
    o['ind_phone'] = f'021-{rnd.randint(2300, 2399)}{rnd.randint(1000, 9999)}'
    o['dist_bureau'] = kw.get('dist_bureau', f'上海市{sd}人力资源和社会保障局')
    o['dist_pre'] = kw.get('dist_pre', DIST[sd][1])
    o['dist_names'] = o['form_name']
    o['dist_date'] = (2025, 1, rnd.randint(8, 17))
    o['dist_no'] = rnd.randint(2, 40)
    o['credit_date'] = (2025, 1, rnd.randint(10, 19))
    o['credit_no'] = f'{"XYSH" if p["idx"] % 2 else "GGXY"}{2025011000 + p["idx"] * 37:d}{rnd.randint(100, 999)}'
    o['penalties'] = kw.get('penalties', [])
    o['firm'] = FIRMS[p['idx'] % len(FIRMS)]
    o['cpa'] = (rname(rnd), rname(rnd))
    o['cash'] = rnd.randint(80, 900) * 10000.0 + rnd.randint(0, 99) * 1.37
    o['audit_no'] = rnd.randint(100, 900)
    o['occ_disp'] = occs
    return o


def level_sets(p):
    """[(occ, level, set_index)] the package really contains."""
    one = set(tuple(x) for x in p['kw'].get('one_set', []))
    out = []
    for k, ls in p['apps']:
        for l in sorted(ls, reverse=True):
            for s in (0, 1):
                if s == 1 and (k, l) in one:
                    continue
                out.append((k, l, s))
    return out


def materials(p, o):
    """Ordered dict mkey -> (kinds, blocks)."""
    kw = p['kw']
    i = p['idx']
    M = {}
    M['form'] = C.form(o, kw.get('form_v', i % 4))
    M['ind_letter'] = C.ind_letter(o, kw.get('ind_v', 2 if o['ind'][2] == 'group' else (1 if o['ind'][2] == 'assoc' and i % 2 else (0 if i % 3 else 3))))
    M['dist_letter'] = C.dist_letter(o, kw.get('dist_v', i % 4))
    M['credit'] = C.credit(o, kw.get('credit_v', i % 3))
    years = kw.get('audit_years', [2022, 2023]) + kw.get('audit_extra', [])
    for y in sorted(years):
        M[f'audit{y}'] = C.audit(o, y, (i + y) % 4)
    M['licence'] = C.licence(o, i % 2)
    M['work_plan'] = C.work_plan(o, i % 3)
    M['pledge'] = C.pledge(o, (i + 1) % 3)
    M['integrity'] = C.integrity(o, (i + 2) % 3)
    M['impl'] = C.impl(o, i % 3)
    for m in kw.get('missing', []):
        M.pop(m, None)
    for m in kw.get('no_seal', []):
        M[m] = [b for b in M[m] if b[0] != 'seal' and not (b[0] == 'r' and b[1] == '与原件一致')]
        M[m] = [('cert', dict(b[1], seal=False)) if b[0] == 'cert' else b for b in M[m]]
    return M


def sample_blocks(p, o, k, l, s):
    names = SET_NAMES[p['idx'] % len(SET_NAMES)]
    return C.sample(o, k, l, s, names, answer=(p['idx'] % 3 == 0))


# file names per layout
NAMES = {
    'num': {'form': '01_申请表', 'ind_letter': '02_行业主管部门推荐函', 'dist_letter': '03_区人社局推荐函', 'credit': '04_信用报告',
            'audit2021': '05_2021年度审计报告', 'audit2022': '05_2022年度审计报告', 'audit2023': '06_2023年度审计报告', 'licence': '07_营业执照复印件',
            'work_plan': '08_工作方案', 'pledge': '09_承诺书', 'integrity': '10_廉洁责任书', 'impl': '11_项目实施方案'},
    'dirs': {'form': '1.申请表/征集遴选申请表', 'ind_letter': '2.推荐函/行业主管部门推荐函', 'dist_letter': '2.推荐函/考核点所在区人社部门推荐函',
             'credit': '3.信用佐证/信用报告', 'audit2021': '3.信用佐证/2021审计报告', 'audit2022': '3.信用佐证/2022审计报告', 'audit2023': '3.信用佐证/2023审计报告',
             'licence': '3.信用佐证/法人登记证书', 'work_plan': '4.工作方案/职业技能等级认定工作方案', 'pledge': '4.工作方案/承诺书',
             'integrity': '4.工作方案/廉洁责任书', 'impl': '5.实施方案/项目实施方案'},
    'top': {'form': '申请表', 'ind_letter': '推荐函（行业）', 'dist_letter': '推荐函（区人社）', 'credit': '信用中国报告', 'audit2021': '审计报告2021',
            'audit2022': '审计报告2022', 'audit2023': '审计报告2023', 'licence': '证照', 'work_plan': '工作方案', 'pledge': '承诺书',
            'integrity': '廉洁责任书', 'impl': '实施方案及评价方案'},
}


def plan_files(p, o, M):
    """Return list of file specs: dict(path, mkeys, blocks, kinds, prod, post)."""
    kw = p['kw']
    rnd = random.Random(p['idx'] * 31)
    layout = kw.get('layout', 'num')
    house = p['house']
    files = []
    merges = kw.get('merges', [])
    merged = {m for g in merges for m in g}
    sets = level_sets(p)
    top = ''
    if layout == 'top':
        top = o['form_name'] + '申报材料/'

    def post_for(mk):
        if mk in kw.get('encrypt', []):
            return 'encrypt'
        if mk in kw.get('corrupt', []):
            return 'corrupt'
        if mk in kw.get('unreadable', []):
            return 'faint'
        if mk in kw.get('poor_photo', []):
            return 'photo_poor'
        if mk in kw.get('layer', []):
            return 'layer'
        if kw.get('scan_all'):
            return 'scan_' + kw['scan_all']
        if mk in ('ind_letter', 'dist_letter') and kw.get('letters'):
            return {'scan': 'scan_gray', 'layer': 'layer', 'ocrmypdf': 'ocrmypdf'}[kw['letters']]
        return None

    def add(name, mkeys, blocks, kinds, post=None, prod=None, ext='.pdf'):
        if kinds == ['sample_paper'] and house != 'cid' and not prod:
            prod = 'rl'
        files.append(dict(path=name + ext, mkeys=mkeys, blocks=blocks, kinds=kinds, prod=prod or house, post=post))

    scan_counter = [1]

    def fname(mk):
        if layout == 'scanner':
            n = f'IMG_20250{1}{16 + p["idx"] % 3:02d}_{scan_counter[0]:04d}' if p['idx'] % 2 == 0 else f'scan_{scan_counter[0]:03d}'
            scan_counter[0] += 1
            return n
        if layout == 'bigpdf':
            return NAMES['num'][mk]
        return top + NAMES[layout][mk]

    if layout == 'bigpdf':
        # letters scanned separately, everything else in one PDF
        for mk in ('ind_letter', 'dist_letter'):
            add(NAMES['num'][mk], [mk], M[mk], [KIND_OF[mk]], post_for(mk))
        big = []
        kinds = []
        for mk in ('form', 'credit', 'audit2022', 'audit2023', 'licence', 'work_plan', 'pledge', 'integrity', 'impl'):
            big += M[mk] + [('pb',)]
            kinds.append(KIND_OF[mk])
        for (k, l, s) in sets:
            big += sample_blocks(p, o, k, l, s) + [('pb',)]
        kinds.append('sample_paper')
        add(o['form_name'] + '社会培训评价组织申报材料（合订本）', list(M), big[:-1], kinds)
        return files

    done = set()
    for mk in M:
        if mk in done:
            continue
        if mk in merged:
            g = [x for x in next(g for g in merges if mk in g) if x in M]
            blocks = []
            for x in g:
                blocks += M[x] + [('pb',)]
            kinds = []
            for x in g:
                for kk in KIND_OF[x].split('+'):
                    if kk not in kinds:
                        kinds.append(kk)
            nm = fname(mk)
            if g[0] == 'credit':
                nm = nm.replace('信用报告', '信用佐证材料').replace('信用中国报告', '信用佐证材料')
            post = post_for(mk)
            if samples_mode(p) == 'in_impl' and 'impl' in g:
                pass
            add(nm, g, blocks[:-1], kinds, post)
            done.update(g)
            continue
        if mk in kw.get('docx_only', []):
            add(fname(mk), [mk], [b for b in M[mk] if b[0] != 'seal'], [KIND_OF[mk]], 'docx_raw', prod='docx', ext='.docx')
            continue
        if mk == 'impl' and samples_mode(p) == 'in_impl':
            blocks = M['impl'] + [('pb',)]
            for (k, l, s) in sets:
                blocks += sample_blocks(p, o, k, l, s) + [('pb',)]
            add(fname(mk), ['impl', 'samples'], blocks[:-1], ['implementation_plan', 'evaluation_plan', 'sample_paper'], post_for(mk))
            continue
        pf = post_for(mk)
        add(fname(mk), [mk], M[mk], KIND_OF[mk].split('+'), pf)
    # samples
    sm = samples_mode(p)
    sdir = {'num': '12_样题/', 'dirs': '5.实施方案/样题/', 'top': top + '样题/', 'scanner': ''}[layout]
    names = SET_NAMES[p['idx'] % len(SET_NAMES)]
    post = 'scan_' + kw['scan_all'] if kw.get('scan_all') else None
    if sm == 'in_impl':
        pass
    elif sm == 'per_set' or sm == 'nested':
        for (k, l, s) in sets:
            nm = f'{C.oname(k, 2).replace(" ", "")}{LV[l]}{names[s]}'
            add(sdir + nm if layout != 'scanner' else fname('x'), ['samples'], sample_blocks(p, o, k, l, s), ['sample_paper'], post)
            if sm == 'nested':
                files[-1]['nested'] = True
                files[-1]['path'] = f'{LV[l]}/{nm}.pdf'
    elif sm == 'per_level':
        by = {}
        for (k, l, s) in sets:
            by.setdefault((k, l), []).append(s)
        for (k, l), ss in by.items():
            blocks = []
            for s in ss:
                blocks += sample_blocks(p, o, k, l, s) + [('pb',)]
            nm = f'{C.oname(k, 2).replace(" ", "")}_{LV[l]}_样题' + ('（两套）' if len(ss) == 2 else '')
            add(sdir + nm if layout != 'scanner' else fname('x'), ['samples'], blocks[:-1], ['sample_paper'], post)
    elif sm == 'per_occ':
        by = {}
        for (k, l, s) in sets:
            by.setdefault(k, []).append((l, s))
        for k, lss in by.items():
            blocks = []
            for l, s in lss:
                blocks += sample_blocks(p, o, k, l, s) + [('pb',)]
            add(sdir + f'{C.oname(k)}各等级样题' if layout != 'scanner' else fname('x'), ['samples'], blocks[:-1], ['sample_paper'], post)
    # extras
    ex = kw.get('extras', [])
    xdir = {'num': '13_其他材料/', 'dirs': '6.其他材料/', 'top': top + '其他/', 'scanner': ''}[layout]
    if 'toc' in ex:
        CNK = {'application_form': '申请表', 'industry_letter': '行业主管部门推荐函', 'district_letter': '区人社部门推荐函', 'credit_report': '信用报告',
               'audit_report': '审计报告', 'registration_certificate': '登记证书', 'work_plan': '工作方案', 'pledge': '承诺书', 'integrity_letter': '廉洁责任书',
               'implementation_plan': '实施方案', 'evaluation_plan': '评价方案', 'sample_paper': '样题'}
        items = [('、'.join(CNK.get(k, '其他') for k in f['kinds']), f['path'].split('/')[-1]) for f in files]
        add(top + '00_目录' if layout == 'top' else '目录', ['other'], C.toc(o, items), ['other'])
    if 'teachers' in ex:
        add(xdir + '考评人员及专家名单', ['other'], C.teachers(o, rnd), ['other'])
    if 'site_photo' in ex or 'site_photo_poor' in ex:
        add(xdir + ('考核点现场照片' if p['idx'] % 2 else 'IMG_3021'), ['other'], C.site_list(o), ['other'],
            'photo_poor' if 'site_photo_poor' in ex else 'photo', ext='.jpg')
    if 'floorplan' in ex:
        add(xdir + '考核点平面图', ['other'], [('t', '考核点平面布置图'), ('img', '@floorplan', 150), ('c', o['site'])], ['other'], 'scan_color')
    if 'corrupt_floorplan' in ex:
        add(xdir + '考场平面图', ['other'], [('t', '考场平面图'), ('img', '@floorplan', 150)], ['other'], 'corrupt')
    for f in files:
        if f['post'] in ('photo', 'photo_poor'):
            f['path'] = f['path'][:-4] + '.jpg'
    return files


def samples_mode(p):
    return p['kw'].get('samples', 'per_level')


def floorplan_png(path, rnd):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new('RGB', (1400, 900), 'white')
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(NSANS, 30, index=2)
    d.rectangle([40, 40, 1360, 860], outline='black', width=6)
    rooms = ['理论机考室', '实操考场1', '实操考场2', '候考室', '监控室', '档案室']
    for i, r in enumerate(rooms):
        x = 40 + (i % 3) * 440
        y = 40 + (i // 3) * 410
        d.rectangle([x, y, x + 440, y + 410], outline='black', width=4)
        d.text((x + 220, y + 205), r, fill='black', font=f, anchor='mm')
        d.ellipse([x + 400, y + 10, x + 430, y + 40], outline='red', width=3)
    im.save(path)


# ------------------------------------------------------------------ rendering
def main():
    if os.path.exists(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    fp = os.path.join(WORK, 'floorplan.png')
    floorplan_png(fp, R)
    allfiles = []
    ctxs = {}
    for p in PACKS:
        o = build_ctx(p)
        ctxs[p['idx']] = o
        M = materials(p, o)
        files = plan_files(p, o, M)
        for j, f in enumerate(files):
            f['blocks'] = [('img', fp, b[2]) if b[0] == 'img' and b[1] == '@floorplan' else b for b in f['blocks']]
            f['base'] = os.path.join(WORK, f'p{p["idx"]:02d}_{j:02d}')
            f['pidx'] = p['idx']
        allfiles += files
        p['files'] = files
        p['ctx'] = o
    # pass 1: render base documents
    lo_inputs = []
    for f in allfiles:
        prod = f['prod']
        b = f['base']
        if f['post'] == 'docx_raw':
            docx_render(f['blocks'], b + '.docx', WORK, east=['Noto Serif CJK SC', 'Noto Sans CJK SC'][f['pidx'] % 2])
            continue
        if prod == 'docx':
            noto = f['pidx'] % 2 and set(f['kinds']) & {'application_form', 'industry_letter', 'district_letter', 'pledge', 'integrity_letter'}
            docx_render(f['blocks'], b + '.docx', WORK, east='Noto Serif CJK SC' if noto else 'WenQuanYi Zen Hei',
                        title_font='Noto Sans CJK SC' if noto else 'WenQuanYi Zen Hei')
            lo_inputs.append(b + '.docx')
        elif prod in ('odt', 'odtgs'):
            odt_render(f['blocks'], b + '.odt', WORK, fam='Noto Sans CJK SC')
            lo_inputs.append(b + '.odt')
        elif prod == 'html':
            css = 'body,h1,h2,h3{font-family:"WenQuanYi Zen Hei"}' if (f['pidx'] % 2 or not set(f['kinds']) & {'application_form', 'industry_letter', 'district_letter'}) else 'body{font-size:11.5pt} h1{font-size:20pt;letter-spacing:1px}'
            html_render(f['blocks'], b + '.pdf', WORK, css, serif=(f['pidx'] % 3 != 0))
        elif prod == 'rl':
            rl_render(f['blocks'], b + '.pdf', font='WQY', page_no=(f['pidx'] % 2 == 0))
        elif prod == 'cid':
            rl_render(f['blocks'], b + '.pdf', font='STSong-Light', margins=(28, 25, 26, 24))
    for i in range(0, len(lo_inputs), 60):
        soffice_convert(lo_inputs[i:i + 60], WORK)
    for f in allfiles:
        if f['prod'] == 'odtgs' and f['post'] != 'docx_raw':
            gs_distill(f['base'] + '.pdf', f['base'] + '.gs.pdf')
            os.replace(f['base'] + '.gs.pdf', f['base'] + '.pdf')
    # pass 2: post-processing
    for f in allfiles:
        rnd = random.Random(f['base'])
        b = f['base'] + '.pdf'
        post = f['post']
        f['out'] = b
        f['text'] = 'text'
        f['producer'] = HOUSE_PROD[f['prod']]
        if post == 'docx_raw':
            f['out'] = f['base'] + '.docx'
            f['producer'] = 'python-docx (.docx as submitted)'
        elif post in ('scan_gray', 'scan_color'):
            o2 = f['base'] + '.scan.pdf'
            gray = post == 'scan_gray'
            npg = int(subprocess.run(['pdfinfo', b], capture_output=True, text=True).stdout.split('Pages:')[1].split()[0])
            dpi = 170 if npg <= 1 and f['pidx'] not in (6, 28) else 150
            scan_pdf(b, o2, WORK, rnd, dpi=dpi, gray=gray, quality=38 if (npg > 1 or f['pidx'] in (6, 28)) else 50, noise=2, yellow=not gray)
            f['out'] = o2
            f['text'] = 'none'
            f['producer'] = f'scan ({"grayscale" if gray else "colour"} {dpi}dpi JPEG): {HOUSE_PROD[f["prod"]]} -> pdftoppm -> Pillow -> img2pdf'
        elif post == 'layer':
            o2 = f['base'] + '.layer.pdf'
            scan_with_layer(b, o2, WORK, rnd, dpi=150, gray=True, quality=45)
            f['out'] = o2
            f['text'] = 'ocr-layer'
            f['producer'] = 'scan 150dpi + reportlab invisible text layer (render mode 3)'
        elif post == 'ocrmypdf':
            s = f['base'] + '.s.pdf'
            o2 = f['base'] + '.ocr.pdf'
            scan_pdf(b, s, WORK, rnd, dpi=200, gray=True, quality=70, noise=3)
            env = dict(os.environ, OMP_THREAD_LIMIT='1')
            r = subprocess.run(['ocrmypdf', '-l', 'chi_sim', '--jobs', '1', '--optimize', '0', '--output-type', 'pdf', s, o2],
                               env=env, capture_output=True)
            if r.returncode == 0:
                f['out'] = o2
                f['text'] = 'ocr-layer'
                f['producer'] = 'scan 200dpi gray -> ocrmypdf (tesseract chi_sim)'
            else:
                f['out'] = s
                f['text'] = 'none'
                f['producer'] = 'scan 200dpi gray (ocrmypdf failed)'
        elif post == 'faint':
            o2 = f['base'] + '.faint.pdf'
            scan_pdf(b, o2, WORK, rnd, dpi=150, gray=True, faint=True, blur=2.2, down=60, quality=30, noise=10)
            f['out'] = o2
            f['text'] = 'none'
            f['producer'] = 'unreadable scan (60dpi, faint, blurred): pdftoppm -> Pillow -> img2pdf'
        elif post in ('photo', 'photo_poor'):
            o2 = f['base'] + '.jpg'
            photo_jpg(b, o2, WORK, rnd, dpi=110 if post == 'photo' else 90, poor=(post == 'photo_poor'))
            f['out'] = o2
            f['text'] = 'none'
            f['producer'] = 'phone photo JPEG (Pillow)' + (' — blurred, low resolution' if post == 'photo_poor' else '')
        elif post == 'encrypt':
            o2 = f['base'] + '.enc.pdf'
            encrypt_pdf(b, o2)
            f['out'] = o2
            f['text'] = 'encrypted'
            f['producer'] += ' -> pikepdf AES-256 user password'
        elif post == 'corrupt':
            o2 = f['base'] + '.cut.pdf'
            truncate_pdf(b, o2, 0.4)
            f['out'] = o2
            f['text'] = 'corrupt'
            f['producer'] += ' -> truncated at 40%'
    assemble(PACKS)


def macos_junk(name):
    d, b = os.path.split(name)
    return ('__MACOSX/' + (d + '/' if d else '') + '._' + b,
            b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02\x00\x00\x00\x09\x00\x00\x00\x32\x00\x00\x0e\xb0' + b'\x00' * 60)


def assemble(packs):
    key = {'author': 'final23', 'packages': {}}
    for p in packs:
        o = p['ctx']
        kw = p['kw']
        zname = f'A{p["idx"]:02d}-{p["name"]}.zip'
        entries = []
        nested = []
        docs = []
        dirs = set()
        for f in p['files']:
            data = open(f['out'], 'rb').read()
            kinds = '+'.join(dict.fromkeys(x for k in f['kinds'] for x in k.split('+')))
            d = dict(path=f['path'], kind=kinds, producer=f['producer'], text=f['text'])
            if any(k in STAMPED for k in kinds.split('+')):
                d['seal'] = any(b[0] == 'seal' for b in f['blocks'])
            if f.get('nested'):
                nested.append((f['path'], data))
                d['path'] = None
                d['_inner'] = f['path']
            else:
                entries.append((f['path'], data))
                parts = f['path'].split('/')[:-1]
                for i in range(1, len(parts) + 1):
                    dirs.add('/'.join(parts[:i]) + '/')
            docs.append(d)
        if nested:
            inner_name = ('5.实施方案/' if kw.get('layout') == 'dirs' else (o['form_name'] + '申报材料/' if kw.get('layout') == 'top' else '')) + '样题（各等级两套）.zip'
            buf = io.BytesIO()
            tmpz = os.path.join(WORK, f'inner{p["idx"]}.zip')
            write_zip(tmpz, [(n, d_) for n, d_ in nested])
            entries.append((inner_name, open(tmpz, 'rb').read()))
            for d in docs:
                if d.get('_inner'):
                    d['path'] = inner_name + '/' + d.pop('_inner')
            parts = inner_name.split('/')[:-1]
            for i in range(1, len(parts) + 1):
                dirs.add('/'.join(parts[:i]) + '/')
        for d in docs:
            d.pop('_inner', None)
        ent = [(dd, b'') for dd in sorted(dirs)] + entries
        if kw.get('macosx'):
            junk = [macos_junk(n) for n, _ in entries]
            ent += junk + [('.DS_Store', b'\x00\x00\x00\x01Bud1' + b'\x00' * 40)]
        write_zip(os.path.join(OUT, zname), ent, gbk=kw.get('gbk', False))
        causes = kw.get('causes', [])
        defects = [x.format(code=o['code']) for x in kw.get('defects', [])]
        why = {'pass': '所有必需材料齐全可读（申请表、两封推荐函、信用报告、2022及2023年度审计报告、登记证书、工作方案、承诺书、廉洁责任书、实施方案及各等级评价方案、每个申报等级两套样题），无不通过事项。'}.get(p['verdict'], '')
        if p['verdict'] != 'pass':
            why = '；'.join(defects)
        if kw.get('notes'):
            why += '（' + kw['notes'] + '）'
        key['packages'][zname] = dict(
            verdict=p['verdict'], causes=causes, defects=defects, why=why,
            organisation=dict(name=o['lic_name'], credit_code=o['code']),
            applications=[dict(code=OCC[k][0], name=C.oname(k), levels=sorted(ls, reverse=True)) for k, ls in p['apps']],
            documents=docs)
    with open(os.path.join(BASE, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    print('packages:', len(key['packages']))
    import readme23
    readme23.write()


if __name__ == '__main__':
    main()
