#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the final6 blind corpus: packages/*.zip, key.json.
Usage: python3 generate.py        (deterministic content; seed 20250120)"""
import os, sys, json, copy, random, shutil, zipfile, struct, time, subprocess
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_lib as L
import gen_content as C
from gen_orgs import org, OCC, IND

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, 'build')
OUT = os.path.join(HERE, 'packages')
SEED = 20250120

KIND = {'form': 'application_form', 'ind': 'industry_letter', 'dist': 'district_letter', 'credit': 'credit_report',
        'audit': 'audit_report', 'cert': 'registration_certificate', 'workplan': 'work_plan', 'pledge': 'pledge',
        'integrity': 'integrity_letter', 'impl': 'implementation_plan', 'eval': 'evaluation_plan',
        'sample': 'sample_paper', 'extra': 'other'}
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}

PRODUCER = {
    'rl': 'reportlab 4 platypus, TTF WenQuanYi Zen Hei embedded (subset)',
    'rlcid': 'reportlab 4, CID font STSong-Light (not embedded, UniGB-UCS2-H)',
    'docx': 'python-docx .docx -> LibreOffice 7 headless (writer_pdf_Export)',
    'odt': 'odfpy .odt -> LibreOffice 7 headless (writer_pdf_Export)',
    'chrome': 'HTML/CSS + inline SVG seal -> Chromium headless --print-to-pdf (Skia, Type 3 CJK fonts)',
    'cert-rl': 'reportlab canvas certificate (text placed at coordinates), TTF embedded',
    'cert-html': 'absolutely positioned HTML certificate -> Chromium headless --print-to-pdf',
    'gs': 'python-docx -> LibreOffice 7 -> Ghostscript 10 pdfwrite re-distilled',
    'scan': 'scan: pdftoppm 150 dpi -> Pillow (grayscale, skew, noise, JPEG) -> img2pdf, no text layer',
    'scanc': 'scan: pdftoppm 150 dpi -> Pillow (colour, skew, noise, JPEG) -> img2pdf, no text layer',
    'faint': 'scan: ~60 dpi, blurred and faded -> img2pdf (unreadable), no text layer',
    'ocr': 'scan (pdftoppm -> Pillow -> JPEG) + invisible text layer (reportlab render mode 3)',
    'ocrmypdf': 'scan (pdftoppm -> Pillow -> img2pdf) + OCR text layer by ocrmypdf/tesseract chi_sim',
    'photo': 'phone photo: Pillow perspective, desk background, lighting gradient, JPEG',
    'poorphoto': 'phone photo, dark, heavily blurred and downscaled JPEG (unreadable)',
    'enc': 'qpdf --encrypt AES-256 with user password',
    'corrupt': 'PDF truncated to 45% of its bytes',
    'rawdocx': 'python-docx (editable .docx)',
    'img': 'Pillow-drawn JPEG image',
    'imgpdf': 'Pillow-drawn image -> img2pdf',
}


def prod_desc(prod):
    parts = prod.split(':')
    return ' <- '.join(PRODUCER[p] for p in parts)


def text_mode(prod):
    post = prod.split(':')[0]
    return {'scan': 'none', 'scanc': 'none', 'faint': 'none', 'photo': 'none', 'poorphoto': 'none', 'img': 'none',
            'imgpdf': 'none', 'ocr': 'ocr-layer', 'ocrmypdf': 'ocr-layer', 'enc': 'encrypted',
            'corrupt': 'corrupt'}.get(post, 'text')


# =========================================================================== package plans
def D(name):
    return C.OCC[name]


def plans():
    P = []

    def add(num, verdict, o, opt, causes=(), defects=(), why=''):
        P.append(dict(num=num, verdict=verdict, org=o, opt=opt, causes=list(causes), defects=list(defects), why=why))

    add(1, 'pass', org(101, '上海锦政通政务服务有限公司', 'company', '310101', [('政务服务办事员', [5, 4, 3])], '黄浦区'),
        dict(prod='docx', layout='numbered', form='boxes', samples='per_set', sstyle='yt', impl='para', credit='center',
             cert='cert-rl', extras=['toc']),
        why='Complete package; python-docx/LibreOffice text PDFs; levels as ticked boxes.')
    add(2, 'review', org(102, '上海茶悦餐饮管理有限公司', 'company', '310106', [('调饮师', [5, 4, 3])], '静安区', bad_last=True),
        dict(prod='chrome', layout='chinese', form='remarks', samples='per_level', sstyle='ab', impl='table', credit='xyzg',
             cert='cert-html', lvstyle='range'),
        causes=['credit_code_checksum'],
        defects=['统一社会信用代码 position-18 check character is wrong (printed consistently on form, licence, credit report and letters); everything else complete'],
        why='Credit code fails the GB 32100 mod-31 check: review, not fail.')
    add(3, 'fail', org(103, '上海洁旭物业服务有限公司', 'company', '310118', [('保洁员', [5, 4, 3])], '青浦区'),
        dict(prod='odt', layout='numbered', form='list', samples='per_set', sstyle='ytp', impl='para', credit='center',
             cert='cert-rl', dist_issuer=dict(name='上海市青浦区商务委员会', docno='青商务函〔2025〕11号', unit='商贸服务科')),
        causes=['district_letter_not_hr_bureau'],
        defects=['考核点推荐函 issued and sealed by 上海市青浦区商务委员会 (a commerce commission), not the district 人力资源和社会保障局; no HR-bureau letter in the package'],
        why='The district recommendation must come from the district HR bureau; it comes from the district commerce commission.')
    add(4, 'pass', org(104, '上海市徐汇区康膳职业技能培训学校', 'minfei', '310104', [('营养师（公共营养师）', [4, 3, 2])], '徐汇区',
                       supervisor='上海市徐汇区教育局', type_label='民办非企业单位（法人）'),
        dict(prod='chrome', layout='chinese', form='columns', samples='per_set', sstyle='tao', impl='para', credit='xyzg',
             cert='cert-html', enc='gbk', extras=['teachers']),
        why='民办非企业单位 (52) with 业务活动表 audits; Chromium PDFs; GBK-encoded zip names.')
    o5 = org(105, '昆山聚成增材制造技术有限公司', 'company', '320583', [('增材制造设备操作员', [4, 3])], '嘉定区',
             address='江苏省昆山市花桥镇绿地大道231弄8号1203室', authority='昆山市市场监督管理局')
    add(5, 'fail', o5, dict(prod='rl', layout='flat', form='boxes', samples='per_level', sstyle='mn', impl='table', credit='center',
                            cert='cert-rl'),
        causes=['credit_code_not_shanghai'],
        defects=['credit code 91320583… (region 320583 昆山市) with a valid check character; licence issued by 昆山市市场监督管理局'],
        why='Applicant is registered in Jiangsu (region code 320583), not in Shanghai.')
    add(6, 'review', org(106, '上海诚衡信用管理咨询有限公司', 'company', '310109', [('信用管理师', [4, 3, 2])], '虹口区'),
        dict(prod='odt', layout='numbered', form='list', samples='per_set', sstyle='ABjuan', impl='para', credit='center',
             cert='cert-rl', prods={'credit': 'enc:chrome'}),
        causes=['unreadable_required:credit_report'],
        defects=['信用报告 is an AES-256 encrypted PDF with a user password (no readable copy elsewhere)'],
        why='The only credit report cannot be opened; a person must check it.')
    add(7, 'pass', org(107, '上海绿碳环境科技有限公司', 'company', '310112', [('碳排放管理员', [5])], '闵行区'),
        dict(prod='rl', layout='flat', names='scanner', form='fieldvalue', samples='per_set', sstyle='yt', impl='para',
             credit='xyzg', cert='cert-rl', allscan=True, scanq=25,
             prods={'cert': 'photo:cert-rl', 'pledge': 'photo:rl'}),
        why='Complete package made only of legible scans (grayscale/colour image PDFs, 150 dpi) and two legible phone photos.')
    add(8, 'fail', org(108, '上海市长宁区社区健康促进中心', 'shiye', '310105', [('社群健康助理员', [4, 3])], '长宁区',
                       supervisor='上海市长宁区卫生健康委员会', capital='人民币120万元'),
        dict(prod='docx', layout='chinese', form='boxes', samples='per_set', sstyle='ytp', impl='table', credit='center',
             cert='cert-html'),
        causes=['ineligible_public_institution'],
        defects=['applicant is a 事业单位: code category 12 and a 事业单位法人证书 (举办单位 上海市长宁区卫生健康委员会)'],
        why='Public institutions (事业单位) may not apply.')
    add(9, 'pass', org(109, '上海数智方略信息技术有限公司', 'company', '310115', [('数字化解决方案设计师', [4, 3])], '浦东新区'),
        dict(prod='rl', layout='flat', form='list', samples='per_set', sstyle='ab', impl='para', credit='center',
             cert='cert-rl', big=['form', 'workplan', 'pledge', 'integrity', 'impl'], nested='samples'),
        why='One big PDF holds 申请表+工作方案+承诺书+廉洁责任书+实施方案; sample papers in a nested zip.')
    add(10, 'fail', org(110, '上海科睿创新咨询有限公司', 'company', '310110', [('科技咨询师', [4, 3])], '杨浦区'),
        dict(prod='chrome', layout='numbered', form='boxes', samples='per_level', sstyle='yt', impl='para', credit='xyzg',
             cert='cert-html'),
        causes=['level_not_allowed'],
        defects=['applies for 科技咨询师 四级, but the notice allows only 三级、二级、一级 for 4-07-02-02'],
        why='A level the notice does not allow for this occupation.')
    add(11, 'review', org(111, '上海膳安食品安全技术服务有限公司', 'company', '310113', [('食品安全管理师', [4, 3])], '宝山区'),
        dict(prod='docx', layout='numbered', form='columns', samples='per_set', sstyle='tao', impl='table', credit='center',
             cert='cert-rl', prods={'audit2023': 'corrupt:docx'}),
        causes=['unreadable_required:audit_report_2023'],
        defects=['2023年度审计报告 is a truncated PDF (45% of its bytes); no other copy'],
        why='The 2023 audit report cannot be read; a person must check it.')
    add(12, 'fail', org(112, '上海沪嘉安装技能培训有限公司', 'company', '310114',
                        [('管工', [5, 4]), (('6-31-01-03', '电工', [5, 4, 3, 2, 1]), [4, 3])], '嘉定区'),
        dict(prod='rlcid', layout='chinese', form='list', samples='per_set', sstyle='ytp', impl='para', credit='center',
             cert='cert-rl'),
        causes=['occupation_not_in_notice'],
        defects=['applies for 电工 (6-31-01-03), which is not among the notice\'s 48 occupations (管工 is fine)'],
        why='One applied occupation is outside the notice.')
    add(13, 'pass', org(113, '上海华御药业有限公司', 'company', '310120',
                        [('药物制剂工（片剂制备）', [4, 3]), ('化工总控工', [3, 2])], '奉贤区'),
        dict(prod='odt', layout='numbered', form='page2', samples='per_level', sstyle='ytp', impl='para', credit='xyzg',
             cert='cert-rl', prods={'form': 'docx'}),
        why='Two occupations; occupation table on page 2 of the form; odfpy/LibreOffice documents.')
    o14 = org(114, '上海康颐护理服务有限公司', 'company', '310106', [('医疗护理员', [5, 4, 3])], '静安区')
    add(14, 'fail', o14, dict(prod='docx', layout='numbered', form='boxes', samples='per_set', sstyle='yt', impl='para',
                              credit='center', cert='cert-rl', big=['workplan', 'pledge', 'integrity'], big_name='工作方案',
                              big_folder='work'),
        causes=['duplicate_application'],
        defects=['the same organisation (上海康颐护理服务有限公司, same credit code) also applies for 医疗护理员 in L29'],
        why='Same organisation applies for the same occupation twice in this round (L14 and L29): both fail.')
    add(15, 'review', org(115, '上海置策房地产顾问有限公司', 'company', '310104', [('房地产策划师', [4, 3])], '徐汇区'),
        dict(prod='rl', layout='flat', form='list', samples='per_set', sstyle='mn', impl='table', credit='center',
             cert='cert-rl', prods={'ind': 'faint:rl'}, names='scanner_some'),
        causes=['unreadable_required:industry_letter'],
        defects=['行业主管部门推荐函 exists only as a ~60 dpi blurred, faded scan that nobody can read'],
        why='The industry letter is unreadable and not present elsewhere.')
    add(16, 'fail', org(116, '上海彩韵形象设计有限公司', 'company', '310105', [('色彩搭配师', [4, 3])], '长宁区'),
        dict(prod='chrome', layout='chinese', form='remarks', samples='per_set', sstyle='ab', impl='para', credit='center',
             cert='cert-html', records={'行政处罚信息': [['沪市监长处〔2023〕052023000318号', '发布虚假广告，对服务效果作出保证性承诺',
                                                          '罚款人民币3万元', '上海市长宁区市场监督管理局', '2023-08-17']]}),
        causes=['credit_record_penalty'],
        defects=['信用报告 lists 行政处罚信息 查见 1 条 with a detail row (沪市监长处〔2023〕052023000318号)'],
        why='Credit report shows an administrative penalty.')
    add(17, 'pass', org(117, '上海艾和堂健康管理有限公司', 'company', '310107', [('保健调理师（保健艾灸师）', [5, 4, 3])], '普陀区'),
        dict(prod='rlcid', layout='root', form='list', lvstyle='old', samples='per_set', sstyle='yt', impl='para',
             credit='xyzg', cert='cert-rl', junk=True, extras=['photo', 'floor']),
        why='Levels written as 初级工/中级工/高级工; reportlab CID STSong-Light; __MACOSX junk.')
    o18 = org(118, '上海安数信息安全技术有限公司', 'company', '310115', [('网络与信息安全管理师（数据安全管理员）', [4, 3])], '浦东新区')
    add(18, 'fail', o18, dict(prod='docx', layout='numbered', form='columns', samples='per_level', sstyle='tao', impl='table',
                              credit='center', cert='cert-rl', ind_named='上海安信数据科技有限公司'),
        causes=['letter_names_other_org'],
        defects=['行业主管部门推荐函 recommends 上海安信数据科技有限公司 (a different organisation, different code), not the applicant'],
        why='The industry recommendation letter is for another organisation.')
    add(19, 'review', org(119, '上海孪生视界科技有限公司', 'company', '310117', [('数字孪生应用技术员', [5, 4])], '松江区'),
        dict(prod='rl', layout='numbered', form='boxes', mark='■', samples='per_set', sstyle='ytp', impl='para', credit='center',
             cert='cert-rl', prods={'pledge': 'rawdocx', 'integrity': 'rawdocx'}),
        causes=['signed_material_docx_only'],
        defects=['承诺书 and 廉洁责任书 exist only as editable .docx files, unsigned and unstamped'],
        why='Signed materials only as editable Word files: a person must check.')
    o20 = org(120, '上海轨信机电技术有限公司', 'company', '310114', [('轨道交通信号工（城市轨道交通信号工）', [4, 3])], '嘉定区')
    o20['site_address'] = '江苏省太仓市城厢镇常胜南路88号'
    o20['site_district'] = '太仓市'
    o20['bureau'] = dict(name='太仓市人力资源和社会保障局', docno='太人社函〔2025〕6号')
    add(20, 'fail', o20, dict(prod='odt', layout='chinese', form='list', samples='per_set', sstyle='ABjuan', impl='table',
                              credit='xyzg', cert='cert-rl', prods={'dist': 'scan:rl'}),
        causes=['district_letter_outside_shanghai'],
        defects=['考核点推荐函 issued by 太仓市人力资源和社会保障局 (Jiangsu) for a site in 太仓市 (legible grayscale scan)'],
        why='The district letter comes from a bureau outside Shanghai.')
    add(21, 'pass', org(121, '上海节能绿建咨询有限公司', 'company', '310116', [('建筑节能减排咨询师', [4, 3])], '金山区'),
        dict(prod='docx', layout='numbered', form='list', samples='per_set', sstyle='yt', impl='table', credit='center',
             cert='cert-rl', prods={'ind': 'ocrmypdf:docx', 'dist': 'ocr:rl', 'cert': 'scanc:cert-rl'},
             big=['workplan', 'pledge', 'integrity'], big_name='职业技能等级认定工作方案（含承诺书、廉洁责任书）', big_folder='work'),
        why='Letters are scans with OCR text layers (ocrmypdf and reportlab invisible text); licence a colour scan.')
    o22 = org(122, '上海恒碳企业管理咨询有限公司', 'company', '310106', [('碳排放管理员（碳排放核算员）', [4, 3])], '静安区')
    add(22, 'fail', o22, dict(prod='chrome', layout='flat', form='list', samples='per_set', sstyle='yt', impl='para',
                              credit='center', cert='cert-html', form_name='上海恒碳管理咨询有限公司'),
        causes=['name_mismatch'],
        defects=['申请表 names 上海恒碳管理咨询有限公司; licence and credit report name 上海恒碳企业管理咨询有限公司 (same code)'],
        why='Organisation name on the form differs from the registration certificate / credit report.')
    o23 = org(123, '上海市园艺盆景行业协会', 'shetuan', '310000', [('盆景师', [5, 4, 3])], '闵行区',
              address='上海市长宁区仙霞路350号6楼', authority='上海市社会团体管理局', supervisor='上海市绿化和市容管理局',
              scope='开展盆景园艺技艺交流、行业培训、技能评价、展览展示、咨询服务。', capital='人民币30万元')
    add(23, 'review', o23, dict(prod='rl', layout='chinese', form='boxes', samples='per_set', sstyle='ab', impl='para',
                                credit='xyzg', cert='cert-rl'),
        causes=['social_organisation_51'],
        defects=['applicant is a 社会团体 (code category 51); whether it is decoupled from government (未脱钩) cannot be told from the documents'],
        why='社会团体 applicant: a person must check 脱钩 status; otherwise complete.')
    add(24, 'fail', org(124, '上海华源化工技术服务有限公司', 'company', '310116', [('化工总控工', [4, 3])], '金山区'),
        dict(prod='docx', layout='numbered', form='boxes', samples='per_set', sstyle='yt', impl='para', credit='center',
             cert='cert-rl', single_sample=('化工总控工', 3)),
        causes=['single_sample_set'],
        defects=['化工总控工 三级 has only one sample set (样题一); 四级 has two'],
        why='Two sets of sample papers are required per applied level.')
    o25 = org(125, '上海聆康听力技术有限公司', 'company', '310108', [('助听器验配师', [4, 3])], '静安区')
    add(25, 'pass', o25, dict(prod='odt', layout='chinese', form='columns', samples='per_level', sstyle='ytp', impl='table',
                              credit='center', cert='cert-rl', enc='gbk', extras=['photo', 'blurphoto', 'floor', 'teachers', 'toc']),
        defects=['harmless: one extra site photo is too blurred to read (extra only)',
                 'harmless: credit code region 310108 (historical 闸北区 code), valid check characters'],
        why='Complete; historical 闸北 code is still Shanghai; unreadable site photo is only an extra.')
    o26 = org(126, '上海洁城环境服务有限公司宝山分公司', 'branch', '310113', [('生活垃圾清运工（生活垃圾收集工）', [5, 4])], '宝山区')
    add(26, 'fail', o26, dict(prod='rl', layout='numbered', form='list', samples='per_set', sstyle='mn', impl='para',
                              credit='xyzg', cert='cert-rl'),
        causes=['branch_not_legal_person'],
        defects=['营业执照 类型 有限责任公司分公司（自然人投资或控股）, 负责人 instead of 法定代表人: not an independent legal person'],
        why='A branch office (分公司) cannot apply.')
    add(27, 'review', org(127, '上海热衡计量检测技术有限公司', 'company', '310112', [('计量员（热工计量员）', [4, 3])], '闵行区'),
        dict(prod='chrome', layout='chinese', form='list', lvstyle='both', samples='per_set', sstyle='tao', impl='para',
             credit='center', cert='cert-rl', dist_seal=False, cert_seals=False),
        causes=['seal_absent:district_letter', 'seal_absent:registration_certificate'],
        defects=['考核点所在区人社部门推荐函 has no seal', '营业执照复印件 has neither the issuing seal nor the applicant\'s copy stamp'],
        why='Stamped materials without seals: a person must check.')
    o28 = org(128, '上海信谊宏康制药有限公司', 'company', '310117', [('药物制剂工（颗粒剂制备）', [5, 4, 3])], '松江区')
    o28['industry'] = dict(kind='group', name='上海宏康医药（集团）有限公司', docno='宏康集团〔2025〕7号', self='集团',
                           relation='', contact='冯海燕', phone='021-57731200')
    add(28, 'pass', o28, dict(prod='docx', layout='flat', names='misleading', form='boxes', mark='√', samples='per_occ',
                              sstyle='ab', impl='para', credit='center', cert='cert-rl', prods={'credit': 'rl'}),
        defects=['harmless: misleading file names (licence saved as 信用报告.pdf, credit report as 附件3.pdf)'],
        why='Complete; the industry letter is the parent group\'s 批复 (上级主管部门); file names are misleading.')
    o29 = copy.deepcopy(o14)
    o29['apps'] = [(C.OCC['医疗护理员'], [4, 3])]
    o29['form_day'] = 23
    o29['seed'] = 129
    add(29, 'fail', o29, dict(prod='chrome', layout='chinese', form='remarks', samples='per_level', sstyle='tao', impl='table',
                              credit='xyzg', cert='cert-html'),
        causes=['duplicate_application'],
        defects=['the same organisation (上海康颐护理服务有限公司, same credit code) also applies for 医疗护理员 in L14'],
        why='Same organisation applies for the same occupation twice in this round (L14 and L29): both fail.')
    add(30, 'review', org(130, '上海碳测环境监测有限公司', 'company', '310115', [('碳排放管理员（碳排放监测员）', [4, 3])], '浦东新区'),
        dict(prod='odt', layout='numbered', form='list', samples='per_set', sstyle='yt', impl='para', credit='center',
             cert='cert-rl', prods={'cert': 'poorphoto:cert-rl'}),
        causes=['unreadable_required:registration_certificate'],
        defects=['营业执照 only as a dark, blurred, downscaled phone photo (JPEG) that cannot be read'],
        why='The only registration certificate is an unreadable photo.')
    add(31, 'fail', org(131, '上海味安餐饮管理有限公司', 'company', '310109', [('食品安全管理师', [3, 2])], '虹口区'),
        dict(prod='rl', layout='chinese', form='boxes', samples='per_set', sstyle='ytp', impl='para', credit='center',
             cert='cert-rl', prods={'workplan': 'faint:rl'},
             records={'失信被执行人信息': [['（2024）沪0109执1234号', '有履行能力而拒不履行生效法律文书确定义务', '186,500.00',
                                           '上海市虹口区人民法院', '2024-05-20']]}),
        causes=['credit_record_dishonest', 'unreadable_required:work_plan'],
        defects=['信用报告 lists 失信被执行人信息 查见 1 条 with a detail row (fail)',
                 '工作方案 exists only as an unreadable ~60 dpi faint scan (review-type; the fail stands)'],
        why='A readable disqualifier (失信被执行人) stands even though the work plan is unreadable.')
    add(32, 'pass', org(132, '上海沁茶饮品管理有限公司', 'company', '310101', [('调饮师', [3, 2, 1])], '黄浦区'),
        dict(prod='gs', layout='numbered', form='list', lvstyle='dash', samples='per_set', sstyle='ABjuan', impl='para',
             credit='xyzg', cert='cert-rl', junk=True, enc_copy='audit2023', corrupt_extra=True, docx_copy='pledge'),
        defects=['harmless: an extra AES-encrypted copy of the 2023 audit report (a readable copy is present)',
                 'harmless: a truncated extra 目录.pdf',
                 'harmless: an editable .docx copy of 承诺书 beside the stamped PDF'],
        why='Complete; unreadable items are duplicates or extras.')
    add(33, 'review', org(133, '上海膳衡营养健康咨询有限公司', 'company', '310107', [('营养师（公共营养师）', [4, 3])], '普陀区'),
        dict(prod='rl', layout='numbered', form='columns', samples='per_level', sstyle='ab', impl='table', credit='center',
             cert='cert-rl', prods={'ind': 'rawdocx'}),
        causes=['signed_material_docx_only'],
        defects=['行业主管部门推荐函 only as an editable .docx (no seal)'],
        why='The industry letter exists only as an editable Word file.')
    add(34, 'fail', org(134, '上海迅成三维打印科技有限公司', 'company', '310114', [('增材制造设备操作员', [3, 2])], '嘉定区'),
        dict(prod='chrome', layout='flat', form='list', samples='per_set', sstyle='mn', impl='para', credit='xyzg',
             cert='cert-html', audit_years=[2021, 2023]),
        causes=['missing_material:audit_report_2022'],
        defects=['audit reports for 2021 and 2023 only; the 2022 audit report is missing'],
        why='近两年 audits are 2022 and 2023; 2022 is missing (2021 does not replace it).')
    o35 = org(135, '上海市浦东新区绿碳职业技能培训中心', 'minfei', '310115', [('碳排放管理员（碳排放咨询员）', [3, 2, 1])], '浦东新区',
              supervisor='上海市浦东新区教育局')
    o35['industry'] = dict(kind='authority', name='上海市节能减排行业协会', docno='沪节协〔2025〕3号', self='会',
                           relation='系本会会员单位，本会为其行业业务指导单位', contact='钱文斌', phone='021-62470088', suffix='')
    add(35, 'pass', o35, dict(prod='gs', layout='root', form='remarks', lvstyle='dash', samples='per_set', sstyle='tao',
                              impl='para', credit='center', cert='cert-rl'),
        why='民办非企业单位; industry association letter; levels as 三级—一级; Ghostscript re-distilled PDFs.')
    add(36, 'pass', org(136, '上海悦饮职业技能培训有限公司', 'company', '310151', [('调饮师', [5, 4, 3, 2, 1])], '崇明区'),
        dict(prod='docx', layout='chinese', form='remarks', lvstyle='digits', samples='per_occ', sstyle='mn', impl='para',
             eval_separate=True, credit='xyzg', cert='cert-rl', audit_variant='cn', prods={'sample': 'rl', 'eval': 'rl'}),
        why='All five levels; separate evaluation plans per level; all ten sample sets in one PDF; audit years in Chinese numerals.')
    # stamped paper originals that applicants typically scan or photograph (all legible)
    extra_scans = {
        1: {'dist': 'scan:docx', 'cert': 'scan:cert-rl'}, 4: {'ind': 'scanc:chrome'}, 10: {'pledge': 'scan:chrome'},
        13: {'pledge': 'ocr:odt', 'integrity': 'scan:odt'}, 16: {'audit2022': 'scan:chrome'},
        17: {'ind': 'scan:rlcid', 'dist': 'scanc:rlcid'}, 24: {'cert': 'photo:cert-rl'}, 26: {'dist': 'scan:rl'},
        29: {'ind': 'ocrmypdf:chrome'}, 33: {'cert': 'scanc:cert-rl', 'dist': 'scan:rl'}, 34: {'ind': 'scan:chrome'},
        35: {'cert': 'photo:cert-rl'},
        36: {'ind': 'scan:docx', 'dist': 'scan:docx', 'pledge': 'scan:docx', 'integrity': 'scan:docx'},
    }
    for p in P:
        for k, v in extra_scans.get(p['num'], {}).items():
            p['opt'].setdefault('prods', {}).setdefault(k, v)
    return P


# =========================================================================== documents of a package
FOLD = {
    'numbered': dict(form='01-申请表', letters='02-推荐函', credit='03-信用佐证及登记证书', work='04-工作方案',
                     impl='05-项目实施方案', sample='05-项目实施方案/样题', extra='06-其他材料'),
    'chinese': dict(form='一、申请表', letters='二、推荐函', credit='三、信用佐证材料', work='四、职业技能等级认定工作方案',
                    impl='五、项目实施方案', sample='五、项目实施方案/两套样题', extra='六、其他材料'),
    'flat': dict(form='', letters='', credit='', work='', impl='', sample='', extra=''),
}


def build_docs(p):
    o, opt = p['org'], p['opt']
    rng = random.Random(SEED + p['num'])
    layout = opt.get('layout', 'numbered')
    F = dict(FOLD['numbered' if layout == 'root' else layout])
    if layout == 'root':
        F = {k: o['name'] + '申报材料/' + v for k, v in F.items()}
    if opt.get('extras_flat'):
        F['extra'] = ''
    docs = []
    prods = opt.get('prods', {})
    base = opt.get('prod', 'rl')
    allscan = opt.get('allscan')
    scan_i = [0]

    def pr(mat, default=None):
        if mat in prods:
            return prods[mat]
        if mat.startswith('audit') and 'audit' in prods:
            return prods['audit']
        d = default or base
        if allscan:
            return ('scanc' if mat in ('ind', 'dist') else 'scan') + ':' + d
        return d

    def fn(folder, name, prod, ext='pdf'):
        post = prod.split(':')[0]
        if post == 'rawdocx':
            ext = 'docx'
        elif post in ('photo', 'poorphoto', 'img'):
            ext = 'jpg'
        if opt.get('names') == 'scanner' and post in ('scan', 'scanc', 'photo', 'ocr', 'ocrmypdf', 'faint'):
            scan_i[0] += 1
            name = ('IMG_202501%02d_%04d' % (14 + scan_i[0] % 5, scan_i[0])) if post == 'photo' else rng.choice(
                ['scan_%03d' % scan_i[0], 'IMG_20250116_%04d' % scan_i[0], '扫描全能王 2025-01-1%d %02d.%02d' % (scan_i[0] % 9, 9 + scan_i[0] % 8, scan_i[0] * 7 % 60)])
        elif opt.get('names') == 'scanner_some' and post in ('scan', 'scanc', 'faint'):
            scan_i[0] += 1
            name = 'scan_%03d' % (scan_i[0] + 2)
        return (folder + '/' if folder else '') + name + '.' + ext

    def add(mat, name, folder, blocks=None, cert=None, kinds=None, prod=None, seal=None, header=None):
        prod = prod or pr(mat)
        kinds = kinds or [KIND[mat.rstrip('0123456789')]]
        d = dict(path=fn(F[folder], name, prod), kinds=kinds, prod=prod, blocks=blocks, cert=cert, seal=seal,
                 header=header, mat=mat, scanq=opt.get('scanq'))
        docs.append(d)
        return d

    lvstyle = opt.get('lvstyle', 'list')
    o['lvstyle'] = lvstyle
    o['mark'] = opt.get('mark', '☑')
    name_choice = lambda alts: alts[rng.randrange(len(alts))]
    mis = opt.get('names') == 'misleading'

    # ---- blocks of each material
    form_b = C.form_blocks(o, opt.get('form', 'list'), rng, name_override=opt.get('form_name'))
    named = opt.get('ind_named')
    if named:
        o['other_code'] = L.make_uscc(random.Random(9), '91', '310115')
    ind_seal = pr('ind').split(':')[0] != 'rawdocx'
    ind_b = C.industry_letter_blocks(o, rng.choice(['letter', 'letter', 'opinion', 'book']), rng, named=named, seal=ind_seal)
    dist_issuer = opt.get('dist_issuer')
    dist_b = None if opt.get('no_district') else C.district_letter_blocks(
        o, rng.choice(['letter', 'opinion', 'short']), rng, bureau=dist_issuer, seal=opt.get('dist_seal', True))
    credit_b = C.credit_report_blocks(o, opt.get('credit', 'center'), rng, records=opt.get('records'))
    years = opt.get('audit_years', [2022, 2023])
    audits = {y: C.audit_blocks(o, y, opt.get('audit_variant', rng.choice(['ar', 'ar', 'cn'])), rng) for y in years}
    cs = opt.get('cert_seals', True)
    cert = C.cert_spec(o, copy_seal=cs, auth_seal=cs)
    wp_b = C.workplan_blocks(o, rng)
    pledge_raw = pr('pledge').split(':')[0] == 'rawdocx'
    integ_raw = pr('integrity').split(':')[0] == 'rawdocx'
    pledge_b = C.pledge_blocks(o, seal=not pledge_raw)
    integ_b = C.integrity_blocks(o, seal=not integ_raw)
    eval_sep = opt.get('eval_separate')
    impl_bs = [(occ, lv, C.impl_blocks(o, occ, lv, opt.get('impl', 'para'), include_eval=not eval_sep)) for occ, lv in o['apps']]
    hdr = o['name'] + ' · 职业技能等级认定申报材料'

    big = opt.get('big') or []
    # ---- application form
    if 'form' not in big:
        add('form', 'form' and (('附件1' if mis else name_choice(['社会培训评价组织征集遴选申请表', '申请表', '1.申请表（盖章版）', '附件1-申请表']))),
            'form', form_b, header=None)
    # ---- letters
    add('ind', name_choice(['行业主管部门推荐函', '行业推荐函', '2-1 行业主管部门推荐函', '上级主管部门批复' if o['industry']['kind'] == 'group' else '推荐函（行业）']),
        'letters', ind_b, seal=ind_seal)
    if dist_b:
        add('dist', name_choice(['区人社局推荐函', '考核点所在区人社部门推荐函', '2-2 考核点推荐函', '%s推荐意见' % o['site_district']]),
            'letters', dist_b, seal=opt.get('dist_seal', True))
    # ---- credit / audit / certificate
    cname = '附件3' if mis else name_choice(['信用报告', '公共信用信息报告', '专用信用报告', '3-1 信用报告'])
    add('credit', cname if not mis else '附件3', 'credit', credit_b, prod=pr('credit', 'chrome' if base not in ('rl', 'rlcid') and rng.random() < 0.4 else None))
    ac = name_choice(['%d年度审计报告', '审计报告%d', '%d年审计报告', '3-2 %d财务审计报告'])
    for y in years:
        add('audit%d' % y, (ac % y) if not mis else ('scan_%d' % (y - 2000)), 'credit', audits[y])
    cprod = pr('cert', opt.get('cert', 'cert-rl'))
    if cprod in ('cert-rl', 'cert-html') and allscan:
        cprod = 'scan:' + cprod
    certname = {'company': name_choice(['营业执照', '营业执照副本复印件', '营业执照（盖章）']), 'branch': '营业执照',
                'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[o['kind']]
    add('cert', '信用报告' if mis else certname, 'credit', cert=cert, prod=cprod, seal=cs)
    # ---- work plan, pledge, integrity
    if 'workplan' not in big:
        add('workplan', name_choice(['职业技能等级认定工作方案', '工作方案', '4.职业技能等级认定工作方案']), 'work', wp_b, header=hdr)
    if 'pledge' not in big:
        add('pledge', name_choice(['承诺书', '4-1 承诺书', '申报单位承诺书']), 'work', pledge_b, seal=not pledge_raw)
    if 'integrity' not in big:
        add('integrity', name_choice(['廉洁责任书', '4-2 廉洁责任书']), 'work', integ_b, seal=not integ_raw)
    # ---- implementation plans / evaluation plans
    ik = ['implementation_plan'] if eval_sep else ['implementation_plan', 'evaluation_plan']
    if 'impl' not in big:
        for occ, lv, b in impl_bs:
            add('impl', '%s实施方案' % occ[1], 'impl', b, kinds=list(ik), header=hdr)
    else:
        pass
    if eval_sep:
        for occ, lv in o['apps']:
            for l in sorted(lv, reverse=True):
                add('eval', '%s-%s评价方案' % (occ[1], C.LV[l]), 'impl', C.eval_blocks(o, occ, l), header=hdr)
    # ---- big combined PDF
    if big:
        bl, kinds = [], []
        parts = {'form': (form_b, ['application_form']), 'workplan': (wp_b, ['work_plan']), 'pledge': (pledge_b, ['pledge']),
                 'integrity': (integ_b, ['integrity_letter'])}
        for m in big:
            if m == 'impl':
                for occ, lv, b in impl_bs:
                    bl += b + [('pb',)]
                kinds += ik
            else:
                bl += parts[m][0] + [('pb',)]
                kinds += parts[m][1]
        add('big', opt.get('big_name', '%s申报材料汇编' % o['name']), opt.get('big_folder', 'form'), bl[:-1], kinds=kinds,
            seal=True, prod=pr('big'), header=hdr if 'form' not in big else None)
    # ---- sample papers
    smode = opt.get('samples', 'per_set')
    sst = opt.get('sstyle', 'yt')
    single = opt.get('single_sample')
    nested = opt.get('nested') == 'samples'
    sfold = 'sample'
    tit = C.SET_TITLES[sst]
    lvs = 'new' if lvstyle not in ('old', 'both') else 'old'

    def sets_for(occ, l):
        n = 1 if single and single[0] == occ[1] and single[1] == l else 2
        return list(range(n))
    sdocs = []
    for occ, lv in o['apps']:
        if smode == 'per_occ':
            bl = []
            for l in sorted(lv, reverse=True):
                for k in sets_for(occ, l):
                    bl += C.sample_blocks(o, occ, l, k, sst, rng, lvs) + [('pb',)]
            sdocs.append(add('sample', '%s样题（全部等级）' % occ[1], sfold, bl[:-1], header=o['name'] + ' 样题汇编'))
            continue
        for l in sorted(lv, reverse=True):
            if smode == 'per_level':
                bl = []
                for k in sets_for(occ, l):
                    bl += C.sample_blocks(o, occ, l, k, sst, rng, lvs) + [('pb',)]
                sdocs.append(add('sample', '%s%s样题' % (occ[1], C.LV[l]), sfold, bl[:-1], header=o['name']))
            else:
                for k in sets_for(occ, l):
                    sdocs.append(add('sample', '%s-%s-%s' % (occ[1], C.LV[l], tit[k]), sfold,
                                     C.sample_blocks(o, occ, l, k, sst, rng, lvs), header=o['name']))
    if nested:
        for d in sdocs:
            d['nested'] = '样题.zip'
            d['path'] = os.path.basename(d['path'])
    # ---- extras and duplicates
    extras = opt.get('extras', [])
    if 'toc' in extras:
        items = ['社会培训评价组织征集遴选申请表', '行业主管部门推荐函', '考核点所在区人社部门推荐函', '信用报告', '近两年财务审计报告',
                 '营业执照复印件', '职业技能等级认定工作方案', '承诺书', '廉洁责任书', '项目实施方案（含评价方案）', '样题']
        add('extra', '00-目录', 'extra' if layout != 'numbered' else 'form', C.toc_blocks(o, items), prod=pr('extra', base))
    if 'teachers' in extras:
        add('extra', '考评人员名单', 'extra', C.teacher_list_blocks(o, rng), prod=rng.choice(['rawdocx', base]))
    if 'photo' in extras:
        add('extra', '考核场地照片1', 'extra', prod='img', blocks=[('photo', 'room')])
        add('extra', '考核场地照片2', 'extra', prod='img', blocks=[('photo', 'monitor')])
    if 'blurphoto' in extras:
        add('extra', '考核场地照片3', 'extra', prod='img', blocks=[('photo', 'blur')])
    if 'floor' in extras:
        add('extra', '考核点平面图', 'extra', prod='imgpdf', blocks=[('photo', 'floor')])
    if opt.get('enc_copy'):
        add('audit2023', '2023年度审计报告（加密版）', 'credit', audits[2023], prod='enc:' + base)
    if opt.get('corrupt_extra'):
        add('extra', '目录', 'extra', C.toc_blocks(o, ['申请表', '推荐函', '信用报告', '审计报告', '营业执照', '工作方案', '实施方案', '样题']),
            prod='corrupt:' + base)
    if opt.get('docx_copy') == 'pledge':
        add('pledge', '承诺书（可编辑版）', 'work', C.pledge_blocks(o, seal=False), prod='rawdocx', seal=False)
    return docs


# =========================================================================== rendering
def draw_photo(kind, path, seed, name):
    from PIL import Image, ImageDraw, ImageFilter
    r = random.Random(seed)
    W, H = 1280, 960
    im = Image.new('RGB', (W, H), (228, 226, 220))
    d = ImageDraw.Draw(im)
    f = L.pil_font(34)
    if kind == 'floor':
        im = Image.new('RGB', (1400, 990), 'white')
        d = ImageDraw.Draw(im)
        d.rectangle([60, 60, 1340, 930], outline='black', width=6)
        rooms = [('理论机考室', 60, 60, 560, 480), ('技能操作考场一', 560, 60, 1000, 480), ('技能操作考场二', 1000, 60, 1340, 480),
                 ('候考室', 60, 480, 420, 930), ('监控室', 420, 480, 700, 930), ('档案室', 700, 480, 950, 930), ('办公室', 950, 480, 1340, 930)]
        for n, x0, y0, x1, y1 in rooms:
            d.rectangle([x0, y0, x1, y1], outline='black', width=4)
            d.text(((x0 + x1) / 2 - 17 * len(n), (y0 + y1) / 2 - 17), n, font=f, fill='black')
            d.ellipse([x1 - 40, y0 + 15, x1 - 15, y0 + 40], outline='red', width=3)
        d.text((70, 940), '%s 考核点平面示意图（红圈为监控摄像头）' % name, font=L.pil_font(26), fill='black')
    else:
        # floor and wall
        d.polygon([(0, H * 0.62), (W, H * 0.62), (W, H), (0, H)], fill=(170, 160, 150))
        for i in range(5):
            for j in range(3):
                x, y = 120 + i * 220, 560 + j * 120
                d.rectangle([x, y, x + 170, y + 60], fill=(200, 190, 170), outline=(90, 80, 70))
                d.rectangle([x + 50, y - 70, x + 120, y - 5], fill=(40, 40, 50))
        d.rectangle([380, 120, 900, 220], fill=(180, 20, 30))
        d.text((420, 150), '职业技能等级认定考场' if kind != 'monitor' else '视频监控室', font=f, fill='white')
        d.ellipse([1150, 60, 1210, 120], fill=(30, 30, 30))
        if kind == 'blur':
            im = im.resize((W // 6, H // 6)).filter(ImageFilter.GaussianBlur(4)).resize((W // 2, H // 2))
            from PIL import ImageEnhance
            im = ImageEnhance.Brightness(im).enhance(0.35)
    im.save(path, 'JPEG', quality=60)


def render_all(packages):
    src = os.path.join(BUILD, 'src')
    pdf = os.path.join(BUILD, 'pdf')
    tmp = os.path.join(BUILD, 'tmp')
    fin = os.path.join(BUILD, 'final')
    keep = os.environ.get('KEEP') == '1'  # debugging: reuse LibreOffice/Chromium outputs
    for d in (src, pdf, tmp, fin):
        if keep and d == pdf:
            os.makedirs(d, exist_ok=True)
            continue
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    lo_files, html_jobs = [], []
    alldocs = []
    for p in packages:
        for i, d in enumerate(p['docs']):
            d['id'] = 'L%02d_%02d' % (p['num'], i)
            alldocs.append(d)
    # ---- base renders
    for d in alldocs:
        parts = d['prod'].split(':')
        b = parts[-1]
        did = d['id']
        seed = int(did[1:3]) * 100 + int(did[4:])
        if b in ('img', 'imgpdf'):
            continue
        if d['prod'] == 'rawdocx':
            L.docx_render(d['blocks'], os.path.join(fin, did + '.docx'), tmp, header=d['header'], seed=seed,
                          font=random.Random(seed).choice(['宋体', '仿宋_GB2312', '微软雅黑']))
            continue
        out = os.path.join(pdf, did + '.pdf')
        if b == 'rl':
            L.rl_render(d['blocks'], out, header=d['header'])
        elif b == 'rlcid':
            L.rl_render(d['blocks'], out, font='STSong-Light', header=d['header'])
        elif b == 'cert-rl':
            L.rl_certificate(d['cert'], out)
        elif b == 'cert-html':
            h = os.path.join(src, did + '.html')
            open(h, 'w', encoding='utf-8').write(L.html_certificate(d['cert']))
            html_jobs.append((h, out))
        elif b == 'chrome':
            h = os.path.join(src, did + '.html')
            open(h, 'w', encoding='utf-8').write(L.html_render(d['blocks'], d['header'], css_variant=seed))
            html_jobs.append((h, out))
        elif b in ('docx', 'gs'):
            f = os.path.join(src, did + '.docx')
            L.docx_render(d['blocks'], f, tmp, header=d['header'], seed=seed,
                          font=random.Random(seed).choice(['宋体', 'WenQuanYi Zen Hei', 'WenQuanYi Zen Hei', 'WenQuanYi Zen Hei Sharp']))
            lo_files.append(f)
        elif b == 'odt':
            f = os.path.join(src, did + '.odt')
            L.odt_render(d['blocks'], f, tmp, header=d['header'], seed=seed)
            lo_files.append(f)
        else:
            raise ValueError(d['prod'])
    t = time.time()
    if keep:
        lo_files = [f for f in lo_files if not os.path.exists(os.path.join(pdf, os.path.splitext(os.path.basename(f))[0] + '.pdf'))]
        html_jobs = [j for j in html_jobs if not os.path.exists(j[1])]
    L.soffice_batch(lo_files, pdf)
    print('soffice: %d files %.0fs' % (len(lo_files), time.time() - t))
    t = time.time()
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(lambda j: L.chromium_pdf(*j), html_jobs))
    print('chromium: %d files %.0fs' % (len(html_jobs), time.time() - t))
    # ---- post-processing
    t = time.time()

    def post(d):
        parts = d['prod'].split(':')
        did = d['id']
        seed = int(did[1:3]) * 100 + int(did[4:])
        r = random.Random(SEED + seed)
        b = os.path.join(pdf, did + '.pdf')
        if parts[0] == 'rawdocx':
            d['file'] = os.path.join(fin, did + '.docx')
            return
        if parts[0] in ('img', 'imgpdf'):
            jpg = os.path.join(fin, did + '.jpg')
            draw_photo(d['blocks'][0][1], jpg, seed, d['org_name'])
            if parts[0] == 'imgpdf':
                subprocess.run(['img2pdf', '-o', os.path.join(fin, did + '.pdf'), jpg], check=True)
                d['file'] = os.path.join(fin, did + '.pdf')
            else:
                d['file'] = jpg
            return
        chain = parts[:-1]
        if parts[-1] == 'gs':
            chain = chain + ['gs']
        cur = b
        for step in reversed(chain):
            nxt = os.path.join(tmp, '%s_%s.%s' % (did, step, 'jpg' if step in ('photo', 'poorphoto') else 'pdf'))
            if step == 'gs':
                L.gs_redistill(cur, nxt)
            elif step in ('scan', 'scanc'):
                L.scan_pdf(cur, nxt, r, tmp, did, dpi=150, gray=(step == 'scan'), quality=d.get('scanq') or (32 if step == 'scan' else 28))
            elif step == 'faint':
                L.scan_pdf(cur, nxt, r, tmp, did, mode='faint')
            elif step == 'ocr':
                L.ocr_layer_pdf(cur, nxt, r, tmp, did, dpi=150, gray=False)
            elif step == 'ocrmypdf':
                im = os.path.join(tmp, did + '_forocr.pdf')
                L.scan_pdf(cur, im, r, tmp, did + 'o', dpi=200, gray=True, quality=60)
                L.ocrmypdf_pdf(im, nxt)
            elif step in ('photo', 'poorphoto'):
                L.photo_jpg(cur, nxt, r, tmp, did, poor=(step == 'poorphoto'))
            elif step == 'enc':
                L.encrypt_pdf(cur, nxt, 'hk%04d' % r.randrange(10000))
            elif step == 'corrupt':
                L.truncate_pdf(cur, nxt)
            else:
                raise ValueError(step)
            cur = nxt
        d['file'] = cur
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(post, alldocs))
    print('post: %.0fs' % (time.time() - t))


# =========================================================================== zip writing
class GBKInfo(zipfile.ZipInfo):
    """Entry whose name is stored as GBK bytes without the UTF-8 flag (Windows 'Send to compressed folder')."""
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800


def write_zip(path, entries, enc='utf8', junk=False, dirs=False):
    """entries: list of (arcname, bytes)."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        seen = set()
        dt = (2025, 1, 21, 10, 12, 30)
        allnames = [a for a, _ in entries]
        if dirs:
            for a in allnames:
                parts = a.split('/')[:-1]
                for i in range(1, len(parts) + 1):
                    dn = '/'.join(parts[:i]) + '/'
                    if dn not in seen:
                        seen.add(dn)
                        zi = (GBKInfo if enc == 'gbk' else zipfile.ZipInfo)(dn, dt)
                        zi.external_attr = 0x10
                        z.writestr(zi, b'')
        for a, data in entries:
            zi = (GBKInfo if enc == 'gbk' else zipfile.ZipInfo)(a, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
            if junk:
                dn, bn = os.path.split(a)
                apple = b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + b'\x00' * 60
                z.writestr(zipfile.ZipInfo('__MACOSX/' + (dn + '/' if dn else '') + '._' + bn, dt), apple)
        if junk:
            z.writestr(zipfile.ZipInfo('.DS_Store', dt), b'\x00\x00\x00\x01Bud1' + b'\x00' * 120)
            z.writestr(zipfile.ZipInfo('__MACOSX/._.DS_Store', dt), b'\x00\x05\x16\x07' + b'\x00' * 60)


def assemble(p):
    o, opt = p['org'], p['opt']
    zname = 'L%02d-%s.zip' % (p['num'], o['name'])
    entries, nested = [], {}
    for d in p['docs']:
        data = open(d['file'], 'rb').read()
        if d.get('nested'):
            nested.setdefault(d['nested'], []).append((d['path'], data))
        else:
            entries.append((d['path'], data))
    for nz, ents in nested.items():
        tmpz = os.path.join(BUILD, 'tmp', 'nested_%02d.zip' % p['num'])
        write_zip(tmpz, ents)
        folder = ''
        entries.append((folder + nz, open(tmpz, 'rb').read()))
    write_zip(os.path.join(OUT, zname), entries, enc=opt.get('enc', 'utf8'), junk=opt.get('junk', False),
              dirs=opt.get('enc') == 'gbk')
    return zname


def main():
    t0 = time.time()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    P = plans()
    for p in P:
        p['docs'] = build_docs(p)
        for d in p['docs']:
            d['org_name'] = p['org']['name']
    render_all(P)
    key = {'author': 'final6', 'packages': {}}
    for p in P:
        zname = assemble(p)
        o = p['org']
        docs = []
        for d in p['docs']:
            path = (d['nested'] + '/' + d['path']) if d.get('nested') else d['path']
            e = dict(path=path, kind='+'.join(d['kinds']), producer=prod_desc(d['prod']), text=text_mode(d['prod']))
            if STAMPED & set(d['kinds']):
                e['seal'] = bool(d['seal'])
            docs.append(e)
        key['packages'][zname] = dict(
            verdict=p['verdict'], causes=p['causes'], defects=p['defects'], why=p['why'],
            organisation=dict(name=o['reg_name'], credit_code=o['code']),
            applications=[dict(code=occ[0], name=occ[1], levels=sorted(lv, reverse=True)) for occ, lv in o['apps']],
            documents=docs)
        print('%s  %d docs  %d KB' % (zname, len(docs), os.path.getsize(os.path.join(OUT, zname)) // 1024))
    json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    import gen_readme
    gen_readme.write_readme(PRODUCER)
    print('done in %.0fs' % (time.time() - t0))


if __name__ == '__main__':
    main()
