# The 36 packages of part final16: organisation, house style, planted defects, verdict
import random

ROADS = ['江场路', '漕溪北路', '金科路', '长阳路', '武宁路', '天山西路', '沪闵路', '同济路', '曹安公路', '南亭公路', '石化大道',
         '九亭大街', '外青松公路', '南桥路', '城桥路', '淮海中路', '场中路', '临港大道', '吴中路', '大渡河路']

def define_packages(G):
    rnd = random.Random(16)
    IND = {
        'shangwu': dict(issuer='上海市商务委员会', dn='沪商服函', field='餐饮与商贸服务'),
        'weijian': dict(issuer='上海市卫生健康委员会', dn='沪卫老龄函', field='医疗护理与健康服务'),
        'jingxin': dict(issuer='上海市经济和信息化委员会', dn='沪经信人函', field='数字经济与智能制造'),
        'shengtai': dict(issuer='上海市生态环境局', dn='沪环气函', field='应对气候变化与碳排放管理'),
        'zhujian': dict(issuer='上海市住房和城乡建设管理委员会', dn='沪建人函', field='建设工程与建筑节能'),
        'lvrong': dict(issuer='上海市绿化和市容管理局', dn='沪绿容函', field='市容环卫与园林绿化'),
        'shijian': dict(issuer='上海市市场监督管理局', dn='沪市监人函', field='食品安全与计量'),
        'yaojian': dict(issuer='上海市药品监督管理局', dn='沪药监人函', field='药品生产'),
        'jiaotong': dict(issuer='上海市交通委员会', dn='沪交人函', field='城市轨道交通'),
        'keji': dict(issuer='上海市科学技术委员会', dn='沪科人函', field='科技服务'),
        'fagai': dict(issuer='上海市发展和改革委员会', dn='沪发改信用函', field='社会信用体系建设'),
        'fangguan': dict(issuer='上海市房屋管理局', dn='沪房人函', field='房地产服务'),
        'zhengfu': dict(issuer='上海市人民政府办公厅', dn='沪府办函', field='政务服务'),
    }
    def ind(k, n, **kw):
        a = dict(IND[k]); a['docno'] = '%s〔2025〕%d号' % (a['dn'], n)
        a.setdefault('contact', rnd.choice(['沈一鸣', '顾晓丽', '陆文斌', '钱慧', '严俊'])); a.setdefault('phone', '021-%08d' % rnd.randint(23110000, 64999999))
        a.update(kw); return a
    def assoc(issuer, field, rel='会员单位', en='', addr='上海市'):
        return dict(issuer=issuer, field=field, rel=rel, en=en, addr=addr, contact='秘书处', phone='021-%08d' % rnd.randint(50000000, 69999999), docno='')
    def group(issuer, dn, n, field):
        return dict(issuer=issuer, docno='%s〔2025〕%d号' % (dn, n), field=field, contact='人力资源部', phone='021-%08d' % rnd.randint(50000000, 69999999))
    def dist(d, n, issuer=None, docno=None):
        return dict(issuer=issuer or '上海市%s人力资源和社会保障局' % d, docno=docno or '%s人社函〔2025〕%d号' % (G.DIST_ABBR[d], n))
    def credit(**kw):
        c = dict(no='SHCX%08d' % rnd.randint(10000000, 99999999)); c.update(kw); return c
    def org(name, cat, district, org8, typ, rep, scope, founded, capital='500万元人民币', kind='licence', bad=False,
            region=None, nonprofit=False, form_name=None, form_type=None, authority=None, lic_extra=None):
        region = region or G.REGION[district]
        org8 = org8.translate(str.maketrans('IOZSV', '10254'))
        code = G.mkcode(cat, region, org8, bad)
        addr = '上海市%s%s%d号' % (district, rnd.choice(ROADS), rnd.randint(8, 1999)) if district in G.REGION else district
        if authority is None:
            authority = {'licence': '上海市%s市场监督管理局' % district, 'minfei': '上海市%s民政局' % district,
                         'shetuan': '上海市社会团体管理局', 'shiye': '上海市事业单位登记管理局'}[kind]
        lic = dict(code=code, name=name, type=typ, rep=rep, scope=scope, founded=founded, capital=capital, addr=addr,
                   authority=authority, issued='%d年%d月%d日' % (rnd.choice([2022, 2023, 2024]), rnd.randint(1, 12), rnd.randint(1, 28)),
                   sponsor='', term='%s至长期' % founded)
        if lic_extra: lic.update(lic_extra)
        return dict(name=name, code=code, form_name=form_name or name, form_type=form_type or typ, rep=rep, addr=addr,
                    contact=rnd.choice(['张蕾', '李国华', '王宇', '陈思远', '刘芳', '周晨', '吴越', '蒋丽萍']),
                    phone='1%d%08d' % (rnd.choice([35, 38, 39, 58, 86]), rnd.randint(10000000, 99999999)),
                    founded=founded, authority=authority, nonprofit=nonprofit, lic=lic)
    def app(name, levels, code=None, allowed=None):
        if code is None:
            code, al = G.OCC[name]
        else:
            al = allowed or [5, 4, 3, 2, 1]
        return (code, name, levels, allowed or al)
    def base(idx, o, apps, district, **kw):
        c = dict(date=(2025, 1, 20 + idx % 7), apps_form=apps,
                 site_addr='上海市%s%s%d号%d楼' % (district, rnd.choice(ROADS), rnd.randint(10, 1500), rnd.randint(1, 9)),
                 intro='%s成立于%s，长期从事相关领域的职业培训与技能评价服务，拥有稳定的专兼职师资和考评员队伍。' % (o['name'], o['founded']),
                 numbers=(rnd.randint(6, 15), rnd.randint(12, 40), rnd.randint(2, 5), rnd.randint(300, 2200), rnd.randint(1, 3), rnd.randint(2, 6)),
                 firm=G.FIRMS[idx % len(G.FIRMS)], credit=credit(), dist=dist(district, rnd.randint(3, 40)))
        c.update(kw)
        return c
    P = []
    def add(idx, o, verdict, causes, defects, why, cfg):
        P.append(dict(idx=idx, org=o, verdict=verdict, causes=causes, defects=defects, why=why, cfg=cfg))

    # ================================================================= PASS
    o = org('上海沁泉茶饮管理有限公司', '91', '静安区', 'MA1K7QX3', '有限责任公司（自然人投资或控股）', '沈佳怡',
            '餐饮管理；茶饮制作技术培训（不含职业技能培训）；餐饮服务。', '2016年5月12日')
    add(1, o, 'pass', [], [], '完整：申请表（☑勾选等级）、商务委推荐函、静安区人社局推荐函、公共信用信息报告未查见、2022与2023年度审计报告、营业执照副本（加盖公章）、工作方案、承诺书、廉洁责任书、实施方案（按等级分段评价方案）及每级两套样题。',
        base(1, o, [app('调饮师', [5, 4, 3])], '静安区', be='docx', form='ticks', ind=ind('shangwu', 18), ind_v='gov', dist_v='gov',
             credit_v='public', audit_v=['std', 'std'], impl='para', samples='per_set', set_style='yt', scheme='folders', extras=['toc'],
             be_credit='rl', post={'work': ('gs', {})}))

    o = org('上海市浦东新区明德职业技能培训学校', '52', '浦东新区', 'MJ4R8T2B', '', '顾明德', '医疗护理员、保洁员等职业技能培训。',
            '2012年9月3日', capital='50万元', kind='minfei', nonprofit=True, form_type='民办非企业单位',
            lic_extra=dict(sponsor='上海市浦东新区人力资源和社会保障局', term='2023年6月1日至2027年5月31日'))
    add(2, o, 'pass', [], [], '民办非企业单位（52，浦东）材料齐全；推荐函与区人社局推荐意见、登记证书为清晰扫描件（含红章/灰章）；审计报告采用业务活动表（2022年度用中文数字）。',
        base(2, o, [app('医疗护理员', [5, 4]), app('保洁员', [5, 4])], '浦东新区', be='rl', form='names_p2', ind=ind('weijian', 7),
             ind_v='gov', dist_v='red_only', credit_v='special', audit_v=['cn', 'std'], lic_kind='minfei', combine_work=True,
             impl='table', samples='per_level', set_style='juan', scheme='flat',
             post={'ind': ('scan', {'dpi': 170}), 'dist': ('scan', {'dpi': 150, 'gray': True}), 'lic': ('scan', {'dpi': 150})},
             footer='明德培训学校　第{p}页'))

    o = org('上海临港碳衡科技有限公司', '91', '浦东新区', 'MA7C2LG5', '有限责任公司（自然人投资或控股）', '陆晨曦',
            '碳排放核算与核查技术服务；节能技术咨询；技术开发。', '2021年8月19日', capital='1000万元人民币')
    add(3, o, 'pass', [], [], '网办系统打印样式的申请表；评价方案按职业单列；审计报告年度仅见于标题与资产负债表；样题为理论知识试卷第一套/第二套（含答题卡），放在嵌套zip中。',
        base(3, o, [app('碳排放管理员（碳排放核算员）', [4, 3]), app('碳排放管理员（碳排放核查员）', [3])], '浦东新区', be='html', form='web',
             ind=ind('shengtai', 12), ind_v='gov', dist_v='table', credit_v='web', audit_v=['titleyear', 'titleyear'], impl='separate',
             samples='per_set', set_style='tao', answers=True, scheme='word', extras=['plan'], nested=('试题/', '试题.zip')))

    o = org('上海城环保洁服务有限公司', '91', '杨浦区', 'MA1H3Y6W', '有限责任公司（非自然人投资或控股的法人独资）', '钱建军',
            '保洁服务；生活垃圾收集、运输；物业管理。', '2009年11月2日', capital='2000万元人民币')
    add(4, o, 'pass', [], [], '集团子公司：行业推荐函为上级集团批复（上级主管部门推荐）；odt排版；实施方案按职业分章；每级模拟试卷1/2合订；含__MACOSX垃圾文件。',
        base(4, o, [app('保洁员', [5, 4, 3]), app('生活垃圾清运工（生活垃圾收集工）', [5, 4])], '杨浦区', be='odt', form='multi_wrap',
             ind=group('上海申环控股集团有限公司', '申环集人', 5, '市容环卫'), ind_v='group', dist_v='gov', credit_v='public',
             impl='chapter', samples='per_level', set_style='mn', scheme='folders', root='城环保洁申报材料/', macosx=True,
             be_credit='cid'))

    o = org('上海智孪数字科技有限公司', '91', '嘉定区', 'MA1G9EK2', '有限责任公司（外商投资、非独资）', 'Daniel Wu（吴丹）',
            '数字孪生技术开发；软件开发；技术服务、技术咨询。', '2019年3月27日', capital='300万美元')
    add(5, o, 'pass', [], [], '外商投资企业；除样题外全部材料合并为一个大PDF（按顺序含申请表、两封推荐函、信用报告、两年审计、营业执照、工作方案、承诺书、廉洁责任书、实施方案）；另附一份模糊不可读的信用报告副本（可读原件在大PDF中，不影响结论）。',
        base(5, o, [app('数字孪生应用技术员', [4, 3, 2])], '嘉定区', be='rl', form='remarks', ind=ind('jingxin', 33), ind_v='gov',
             dist_v='plain', credit_v='special', audit_v=['std', 'cn'], impl='table', samples='per_level', set_style='jn',
             scheme='flat', bigpdf=dict(mats=['form', 'ind', 'dist', 'credit', 'audit2022', 'audit2023', 'lic', 'work', 'pledge', 'integ', 'impl'],
                                        path='智孪数字-申报材料汇编.pdf'),
             dups=[('credit', '补充/信用报告（手机拍照版）.pdf', 'credit_report')], header='上海智孪数字科技有限公司　社会培训评价组织申报材料'))

    o = org('上海华宜药业股份有限公司', '91', '奉贤区', '13223541', '股份有限公司（非上市、自然人投资或控股）', '黄志宏',
            '药品生产；药品委托生产；医药技术开发。', '1998年4月16日', capital='12000万元人民币')
    add(6, o, 'pass', [], [], 'GBK编码文件名的zip；推荐函为集团批复；区人社局推荐函为彩色扫描；评价方案为合并单元格表格；样题（一）/（二）分文件。',
        base(6, o, [app('药物制剂工（片剂制备）', [4, 3]), app('药物制剂工（颗粒剂制备）', [4, 3])], '奉贤区', be='docx', form='fields',
             ind=group('上海华宜医药控股集团有限公司', '华宜集团', 2, '药品生产'), ind_v='group', dist_v='gov', credit_v='special',
             impl='table', samples='per_set', set_style='paren', scheme='flat', gbk=True, post={'dist': ('scan', {'dpi': 170})}))

    o = org('上海康膳营养健康管理有限公司', '91', '长宁区', 'MA1FP8N4', '有限责任公司（自然人投资或控股）', '蒋丽华',
            '营养健康咨询服务；健康管理咨询；餐饮管理。', '2017年7月7日')
    add(7, o, 'pass', [], [], '几乎全部为清晰扫描件（150–200 dpi，彩色/灰度，轻微倾斜与噪点），部分带OCR隐形文字层；每项必需材料均可读，故为通过。',
        base(7, o, [app('营养师（公共营养师）', [4, 3])], '长宁区', be='cid', form='ticks', tick_on='■', ind=ind('weijian', 21), ind_v='form',
             dist_v='gov', credit_v='public', impl='para', samples='per_set', set_style='yt', scheme='scanner', be_sample='docx',
             post={'form': ('scan', {'gray': True}), 'ind': ('scan', {'dpi': 170}), 'dist': ('scan', {'gray': True, 'dpi': 150}),
                   'credit': ('ocr', {}), 'audit2022': ('scan', {'gray': True, 'quality': 45}), 'audit2023': ('scan', {'dpi': 150, 'quality': 45, 'gray': True}),
                   'lic': ('scan', {'dpi': 150}), 'work': ('ocr', {'gray': True}), 'pledge': ('scan', {'gray': True}),
                   'integ': ('scan', {}), 'impl': ('ocrmypdf', {})}))

    o = org('上海安络信息技术有限公司', '91', '徐汇区', '66072915', '有限责任公司（自然人投资或控股）', '冯志远',
            '信息安全技术服务；数据处理服务；网络技术开发。', '2007年10月30日', capital='1500万元人民币')
    add(8, o, 'pass', [], [], '行业推荐为行业协会（业务指导）推荐意见；Chromium打印的HTML文档（SVG印章）；实施方案经Ghostscript重排；样题为样卷A/B卷，装在嵌套zip中。',
        base(8, o, [app('网络与信息安全管理师（数据安全管理员）', [4, 3, 2])], '徐汇区', be='html', form='ticks', tick_on='■',
             ind=assoc('上海市信息网络安全管理协会', '网络与数据安全', rel='理事单位', addr='上海市徐汇区钦州路100号'), ind_v='assoc',
             dist_v='gov', credit_v='public', audit_v=['cn', 'std'], impl='para', samples='per_set', set_style='juan',
             scheme='folders', nested=('5.实施方案/样题/', '5.实施方案/样题.zip')))

    o = org('上海瑞声听力科技有限公司', '91', '虹口区', 'MA1J5R0V', '有限责任公司（台港澳与境内合资）', '林伟强',
            '助听器验配；医疗器械经营；听力技术咨询。', '2014年2月20日', capital='800万元人民币')
    add(9, o, 'pass', [], [], 'reportlab+STSong-Light（非嵌入CID字体）；行业协会推荐意见；区局推荐意见仅有红头与公章；含__MACOSX与.DS_Store。',
        base(9, o, [app('助听器验配师', [4, 3])], '虹口区', be='cid', form='names_p2', ind=assoc('上海市康复器具协会', '康复辅具与听力服务'),
             ind_v='assoc', dist_v='red_only', credit_v='special', impl='separate', samples='per_level', set_style='yt',
             scheme='word', macosx=True, dsstore=True))

    o = org('上海市金山区化工职业技能培训中心', '52', '金山区', 'MJ5A3C8Q', '', '徐国平', '化工类职业技能培训。', '2008年6月18日',
            capital='30万元', kind='minfei', nonprofit=True, form_type='民办非企业单位（法人）',
            lic_extra=dict(sponsor='上海市金山区人力资源和社会保障局', term='2022年9月1日至2026年8月31日'))
    add(10, o, 'pass', [], [], '民办非企业单位；GBK编码文件名；备注列申请表（合并单元格）；区局推荐函为灰度扫描；审计报告含业务活动表；附考评员名单。',
        base(10, o, [app('化工总控工', [5, 4, 3])], '金山区', be='docx', form='remarks', ind=ind('jingxin', 41), ind_v='gov',
             dist_v='gov', credit_v='web', lic_kind='minfei', impl='separate', samples='per_level', set_style='tao',
             scheme='folders', gbk=True, extras=['teachers'], post={'dist': ('scan', {'gray': True}), 'impl': ('gs', {})}))

    o = org('上海申铁轨道交通技术培训有限公司', '91', '闵行区', 'MA1L2T7D', '有限责任公司（国有控股）', '屠文辉',
            '轨道交通技术培训（不含职业技能培训）；技术咨询。', '2013年12月9日', capital='3000万元人民币')
    add(11, o, 'pass', [], [], 'odt文档；申报职业表在申请表第2页；每级技能操作考核试题A卷/B卷合订在一个PDF（含答题卡与参考答案）；工作方案含承诺书、廉洁责任书。',
        base(11, o, [app('轨道交通信号工（城市轨道交通信号工）', [4, 3, 2])], '闵行区', be='odt', form='names_p2', ind=ind('jiaotong', 9),
             ind_v='gov', dist_v='plain', credit_v='special', combine_work=True, impl='chapter', samples='per_level', set_style='jn',
             answers=True, scheme='folders', be_credit='rl', odt_font='Noto Serif CJK SC'))

    o = org('上海增材智造技术有限公司', '91', '宝山区', 'MA1N6Z4K', '有限责任公司（自然人投资或控股）', '邱振宇',
            '增材制造装备销售；3D打印技术服务；职业技能培训（限分支机构）。', '2018年9月25日')
    add(12, o, 'pass', [], [], '材料齐全；附件中一张考核场地照片严重模糊（不可读的附加材料不影响结论），另有平面图和清晰场地照片。',
        base(12, o, [app('增材制造设备操作员', [5, 4])], '宝山区', be='html', form='multi_wrap', ind=ind('jingxin', 52), ind_v='gov',
             dist_v='table', credit_v='web', audit_v=['titleyear', 'std'], impl='para', samples='per_set', set_style='mn',
             scheme='flat', extras=['photo', 'photo_blur', 'plan'], post={'lic': ('scan', {})}))

    # ================================================================= FAIL
    o = org('昆山数智方案科技有限公司', '91', '江苏省昆山市花桥镇绿地大道231号', 'MA1X4K2P', '有限责任公司（自然人投资或控股）', '唐亦凡',
            '数字化解决方案设计；软件开发；信息技术咨询。', '2020年4月8日', region='320583', authority='昆山市市场监督管理局')
    add(13, o, 'fail', ['non_shanghai_registration'], ['统一社会信用代码地区码320583（江苏昆山），非本市登记'], '申报单位登记在江苏省昆山市（代码第3-8位320583），不属于本市依法登记的独立法人；其余材料齐全（考核点在嘉定区）。',
        base(13, o, [app('数字化解决方案设计师', [4, 3])], '嘉定区', be='rl', form='ticks', tick_on='√', ind=ind('jingxin', 60), ind_v='gov',
             dist_v='gov', credit_v='special', impl='para', samples='per_set', set_style='paren', scheme='flat'))

    o = org('上海市闵行区职业能力评价指导中心', '12', '闵行区', '42501893', '', '方建华', '为职业技能评价提供指导服务；政务服务技能培训。',
            '2004年3月1日', capital='120万元', kind='shiye', nonprofit=True, form_type='事业单位',
            lic_extra=dict(sponsor='上海市闵行区人力资源和社会保障局', funding='财政补助', term='2023年1月1日至2027年12月31日'))
    add(14, o, 'fail', ['public_institution'], ['代码类别12（事业单位），事业单位法人证书'], '申报单位为事业单位（统一社会信用代码以12开头、持事业单位法人证书），属政府所属单位，不能申报。',
        base(14, o, [app('政务服务办事员', [5, 4, 3])], '闵行区', be='docx', form='remarks', ind=ind('zhengfu', 4), ind_v='gov',
             dist_v='gov', credit_v='public', lic_kind='shiye', impl='table', samples='per_level', set_style='yt', scheme='folders'))

    o = org('上海宝贝之家家政服务有限公司', '91', '普陀区', 'MA1E8B3S', '有限责任公司（自然人投资或控股）', '马晓燕',
            '家政服务；母婴护理；保洁服务。', '2015年6月30日')
    add(15, o, 'fail', ['occupation_not_in_notice'], ['申报育婴员（4-10-01-02），不在通知附件48个职业（工种）内'], '申请表同时申报保洁员（在范围内）与育婴员（不在本次征集范围）。',
        base(15, o, [app('育婴员', [4, 3], code='4-10-01-02'), app('保洁员', [5, 4])], '普陀区', be='odt', form='multi_wrap',
             ind=assoc('上海市家庭服务业行业协会', '家庭服务'), ind_v='assoc', dist_v='gov', credit_v='web', impl='chapter',
             samples='per_level', set_style='mn', scheme='word'))

    o = org('上海衡准计量检测技术有限公司', '91', '松江区', 'MA1B7H5J', '有限责任公司（自然人投资或控股）', '严志明',
            '计量检测服务；仪器仪表校准；技术咨询。', '2011年1月18日')
    add(16, o, 'fail', ['level_not_allowed'], ['计量员（热工计量员）申报二级，通知仅允许四级、三级'], '申请表勾选二级/技师，超出该工种允许等级。',
        base(16, o, [app('计量员（热工计量员）', [4, 3, 2], allowed=[4, 3, 2])], '松江区', be='html', form='ticks',
             ind=ind('shijian', 15), ind_v='gov', dist_v='table', credit_v='special', impl='table', samples='per_set', set_style='yt',
             scheme='folders'))

    o17 = org('上海绿苑园艺有限公司', '91', '青浦区', 'MA1C4G8Y', '有限责任公司（自然人投资或控股）', '邵树人',
              '园林绿化工程；盆景制作与销售；园艺技术培训（不含职业技能培训）。', '2010年10月10日')
    add(17, o17, 'fail', ['duplicate_application'], ['同一单位在本批中两次申报盆景师（另见X18）'], '上海绿苑园艺有限公司在X17与X18两个申报包中均申报盆景师，一年内不得多次参与同一职业（工种）征集，两包均不通过。',
        base(17, o17, [app('盆景师', [5, 4, 3])], '青浦区', be='rl', form='ticks', ind=ind('lvrong', 6), ind_v='gov', dist_v='gov',
             credit_v='public', impl='para', samples='per_set', set_style='yt', scheme='flat'))
    add(18, o17, 'fail', ['duplicate_application'], ['同一单位在本批中两次申报盆景师（另见X17）'], '同一单位（同一统一社会信用代码）再次申报盆景师（四级至二级），与X17重复。',
        base(18, o17, [app('盆景师', [4, 3, 2])], '青浦区', be='docx', form='fields', ind=ind('lvrong', 11), ind_v='gov', dist_v='plain',
             credit_v='special', impl='separate', samples='per_level', set_style='juan', scheme='word'))

    o = org('上海鲜食汇餐饮管理有限公司', '91', '黄浦区', 'MA1D2X9F', '有限责任公司（自然人投资或控股）', '叶鸿',
            '餐饮管理；食品经营；食品安全管理咨询。', '2016年3月3日')
    add(19, o, 'fail', ['credit_record'], ['信用报告行政处罚信息查见1条（食品安全违法，罚款）'], '专用信用报告记录表中行政处罚“查见1条”，并列明处罚决定书，属不良信用记录。',
        base(19, o, [app('食品安全管理师', [4, 3])], '黄浦区', be='docx', form='ticks', ind=ind('shijian', 22), ind_v='gov', dist_v='gov',
             credit=credit(penalty=1, pen_no=['沪市监黄处〔2024〕012024000318号'], pen_reason=['经营超过保质期的食品原料'],
                           pen_content=['罚款人民币5万元，没收违法所得'], pen_org=['上海市黄浦区市场监督管理局'], pen_date=['2024-06-17']),
             credit_v='special', impl='para', samples='per_set', set_style='paren', scheme='folders'))

    o = org('上海置诚房地产顾问有限公司', '91', '静安区', 'MA1A6Z2R', '有限责任公司（自然人投资或控股）', '潘立诚',
            '房地产咨询；房地产经纪；市场营销策划。', '2012年8月8日')
    add(20, o, 'fail', ['credit_record'], ['公共信用信息报告（4页）最后一页记录表：失信被执行人信息查见2条'], '多页公共信用信息报告，末页记录表列出2条失信被执行人记录。',
        base(20, o, [app('房地产策划师', [4, 3])], '静安区', be='cid', form='names_p2', ind=ind('fangguan', 3), ind_v='gov', dist_v='red_only',
             credit=credit(shixin=2, sx_case=['（2024）沪0106执1234号', '（2024）沪0106执2877号'], sx_court=['上海市静安区人民法院', '上海市静安区人民法院'],
                           sx_date=['2024-05-20', '2024-09-11']),
             credit_v='public', impl='table', samples='per_level', set_style='tao', scheme='flat'))

    o = org('上海信衡企业信用管理咨询有限公司', '91', '虹口区', 'MA1M3Q7T', '有限责任公司（自然人投资或控股）', '葛信',
            '企业信用管理咨询；信用评估服务；商务信息咨询。', '2015年11月11日')
    add(21, o, 'fail', ['letter_wrong_organisation'], ['行业主管部门推荐函推荐的是“上海信恒征信服务有限公司”，不是申报单位'], '市发改委推荐函标题与正文所推荐单位为另一家公司（名称近似），未推荐申报单位。',
        base(21, o, [app('信用管理师', [4, 3, 2])], '虹口区', be='html', form='web', ind=ind('fagai', 14, recommends='上海信恒征信服务有限公司'),
             ind_v='gov', dist_v='gov', credit_v='web', impl='para', samples='per_set', set_style='yt', scheme='folders',
             expect={'ind': '上海信恒征信服务有限公司'}))

    o = org('上海申管安装工程有限公司', '91', '嘉定区', 'MA1P5W2E', '有限责任公司（自然人投资或控股）', '胡安邦',
            '建设工程施工；管道安装；机电设备安装。', '2006年5月5日', capital='5000万元人民币')
    add(22, o, 'fail', ['district_letter_not_shanghai'], ['考核点推荐函由昆山市人力资源和社会保障局出具'], '考核点所在地人社部门推荐函的出具单位为江苏省昆山市人社局，不是本市区人社局。',
        base(22, o, [app('管工', [5, 4, 3])], '嘉定区', be='odt', form='remarks', ind=ind('zhujian', 27), ind_v='gov',
             dist=dist('嘉定区', 0, issuer='昆山市人力资源和社会保障局', docno='昆人社函〔2025〕6号'), dist_v='gov', credit_v='public',
             impl='table', samples='per_level', set_style='jn', scheme='flat',
             site_addr='江苏省昆山市花桥镇光明路88号'))

    o = org('上海彩语色彩设计有限公司', '91', '长宁区', 'MA1Q8C3U', '有限责任公司（自然人投资或控股）', '于彩云',
            '色彩设计咨询；服装设计；形象设计服务。', '2017年4月21日')
    add(23, o, 'fail', ['district_letter_not_hr_bureau'], ['“区人社部门推荐函”由上海市长宁区商务委员会出具，非区人社局'], '区级推荐函由长宁区商务委员会出具，不属于区人力资源和社会保障局。',
        base(23, o, [app('色彩搭配师', [4, 3])], '长宁区', be='rl', form='fields', ind=ind('shangwu', 30), ind_v='gov',
             dist=dist('长宁区', 0, issuer='上海市长宁区商务委员会', docno='长商委函〔2025〕3号'), dist_v='gov', credit_v='special',
             impl='para', samples='per_set', set_style='juan', scheme='word'))

    o = org('上海恒睿建筑节能科技有限公司', '91', '普陀区', 'MA1R2N6H', '有限责任公司（自然人投资或控股）', '邹恒', '建筑节能技术咨询；节能评估；技术服务。',
            '2014年9月9日', form_name='上海恒瑞建筑节能咨询有限公司')
    add(24, o, 'fail', ['name_mismatch'], ['申请表单位名称“上海恒瑞建筑节能咨询有限公司”与营业执照/信用报告“上海恒睿建筑节能科技有限公司”不一致'], '申请表所填名称与营业执照、信用报告名称不一致。',
        base(24, o, [app('建筑节能减排咨询师', [5, 4])], '普陀区', be='docx', form='ticks', ind=ind('zhujian', 31), ind_v='gov',
             dist_v='gov', credit_v='public', impl='para', samples='per_set', set_style='mn', scheme='folders',
             expect={'form': '上海恒瑞建筑节能咨询有限公司'}))

    o = org('上海灸元健康管理有限公司', '91', '普陀区', 'MA1S5J8L', '有限责任公司（自然人投资或控股）', '艾青', '健康管理咨询；保健艾灸服务。', '2019年12月12日')
    add(25, o, 'fail', ['sample_papers_one_set'], ['保健调理师（保健艾灸师）三级只有一套样题（缺第二套）'], '五级、四级各两套样题，三级仅“样题一”。',
        base(25, o, [app('保健调理师（保健艾灸师）', [5, 4, 3])], '普陀区', be='html', form='web', ind=ind('weijian', 44), ind_v='gov',
             dist_v='plain', credit_v='web', impl='table', samples='per_set', set_style='yt', scheme='flat',
             single_set={('保健艾灸师', 3)}))

    o = org('上海康邻健康科技有限公司浦东分公司', '91', '浦东新区', 'MA1T7K4M', '有限责任公司分公司（自然人投资或控股）', '邓宁',
            '健康咨询服务；社区健康服务（限总公司经营范围内）。', '2020年7月1日', capital='', lic_extra={'branch': True})
    add(26, o, 'fail', ['branch_not_legal_person'], ['营业执照类型为“有限责任公司分公司”，非独立法人'], '申报单位为分公司，营业执照载“负责人”“营业场所”，类型为有限责任公司分公司。',
        base(26, o, [app('社群健康助理员', [4, 3])], '浦东新区', be='rl', form='ticks', ind=ind('weijian', 50), ind_v='gov',
             dist_v='gov', credit_v='special', impl='para', samples='per_set', set_style='paren', scheme='folders'))

    o = org('上海智研科技咨询有限公司', '91', '杨浦区', 'MA1U3V9N', '有限责任公司（自然人投资或控股）', '钟研', '科技咨询；技术转移服务；知识产权服务。', '2013年3月13日')
    add(27, o, 'fail', ['missing_material', 'signed_material_docx_only'], ['缺2022年度审计报告（提交的是2021年度与2023年度）', '廉洁责任书仅为可编辑docx（无盖章）'],
        '近两年审计报告应为2022、2023年度，包内只有2021与2023年度，缺少必需材料；另廉洁责任书仅为docx（复核项），但缺材料已构成不通过。',
        base(27, o, [app('科技咨询师', [3, 2])], '杨浦区', be='cid', form='names_p2', ind=ind('keji', 8), ind_v='gov', dist_v='gov',
             credit_v='public', audit_years=(2021, 2023), impl='separate', samples='per_set', set_style='tao', scheme='flat',
             be_integ='docxraw'))

    # ================================================================= REVIEW
    o = org('上海食安卫士食品科技有限公司', '91', '宝山区', 'MA1V6W3P', '有限责任公司（自然人投资或控股）', '贺卫', '食品安全技术咨询；食品检测服务。', '2018年1月8日')
    add(28, o, 'review', ['unreadable_material'], ['信用报告PDF加密（需打开口令），包内无其他可读副本'], '信用报告为加密PDF，无法读取是否有不良记录，需人工复核。',
        base(28, o, [app('食品安全管理师', [5, 4])], '宝山区', be='docx', form='remarks', ind=ind('shijian', 36), ind_v='gov',
             dist_v='gov', credit_v='special', impl='para', samples='per_set', set_style='yt', scheme='folders',
             post={'credit': ('encrypt', {})}))

    o = org('上海馨护医疗护理服务有限公司', '91', '徐汇区', 'MA1W2X5Q', '有限责任公司（自然人投资或控股）', '温馨', '医疗护理服务；养老服务；护理培训（不含职业技能培训）。', '2016年10月20日')
    add(29, o, 'review', ['unreadable_material'], ['2022年度审计报告PDF被截断（文件损坏无法打开）'], '2022年度审计报告文件残缺，无法确认内容，需人工复核。',
        base(29, o, [app('医疗护理员', [5, 4, 3])], '徐汇区', be='odt', form='multi_wrap', ind=ind('weijian', 58), ind_v='gov',
             dist_v='red_only', credit_v='public', impl='chapter', samples='per_level', set_style='yt', scheme='flat',
             post={'audit2022': ('corrupt', {})}))

    o = org('上海绿循再生资源回收有限公司', '91', '崇明区', 'MA1X9Y2R', '有限责任公司（自然人投资或控股）', '施绿', '再生资源回收；生活垃圾收集运输；环境卫生服务。', '2019年5月15日')
    add(30, o, 'review', ['unreadable_material'], ['区人社局推荐函仅有一份极淡、模糊的60 dpi扫描件，无法辨认'], '考核点所在区人社部门推荐函的唯一副本为不可读扫描件，需人工复核。',
        base(30, o, [app('生活垃圾清运工（生活垃圾收集工）', [5, 4])], '崇明区', be='rl', form='ticks', ind=ind('lvrong', 19), ind_v='gov',
             dist_v='gov', credit_v='web', impl='para', samples='per_set', set_style='juan', scheme='scanner',
             post={'dist': ('faint', {})}))

    o = org('上海茗悦餐饮管理有限公司', '91', '黄浦区', 'MA1Y4Z6S', '有限责任公司（自然人投资或控股）', '茅悦', '餐饮管理；饮品制作服务；食品销售。', '2020年11月3日')
    add(31, o, 'review', ['signed_material_docx_only'], ['承诺书、廉洁责任书仅以可编辑Word（.docx）提交，无签章'], '应签章的承诺书与廉洁责任书只有docx版本，需人工复核。',
        base(31, o, [app('调饮师', [4, 3, 2])], '黄浦区', be='html', form='fields', ind=ind('shangwu', 40), ind_v='gov', dist_v='table',
             credit_v='special', impl='table', samples='per_set', set_style='mn', scheme='folders', be_pledge='docxraw', be_integ='docxraw'))

    o = org('上海凯途轨道设备有限公司', '91', '松江区', 'MA1Z7A3T', '有限责任公司（自然人投资或控股）', '韩凯', '轨道交通设备维修；信号系统技术服务。', '2012年2月29日')
    add(32, o, 'review', ['seal_missing'], ['区人社局推荐函无公章（文字版PDF，落款处无印章）'], '考核点所在区人社部门推荐函未加盖公章，需人工复核。',
        base(32, o, [app('轨道交通信号工（城市轨道交通信号工）', [5, 4])], '松江区', be='docx', form='names_p2', ind=ind('jiaotong', 13), ind_v='gov',
             dist_v='gov', credit_v='public', impl='separate', samples='per_set', set_style='jn', scheme='word', noseal=['dist']))

    o = org('上海碳汇通环境科技有限公司', '91', '浦东新区', 'MA1AB5C7', '有限责任公司（自然人投资或控股）', '邵汇', '碳资产管理咨询；环境咨询服务；技术服务。', '2021年12月1日', bad=True)
    add(33, o, 'review', ['credit_code_checksum'], ['统一社会信用代码第18位校验码不符'], '代码%s的校验位计算不通过，可能为录入错误或个别真实代码，需人工核实。' % o['code'],
        base(33, o, [app('碳排放管理员', [5]), app('碳排放管理员（碳排放交易员）', [4, 3])], '浦东新区', be='rl', form='remarks',
             ind=ind('shengtai', 25), ind_v='gov', dist_v='gov', credit_v='special', impl='table', samples='per_set', set_style='paren',
             scheme='folders'))

    o = org('上海市信用服务行业协会', '51', '', 'MJ4N2K6U', '', '章立信', '信用服务行业自律、培训、交流与咨询。', '2005年9月26日',
            capital='10万元', kind='shetuan', nonprofit=True, form_type='社会团体', region='310000',
            lic_extra=dict(sponsor='上海市发展和改革委员会', term='2023年1月1日至2027年12月31日', area='上海市',
                           addr='上海市黄浦区中山南路1000号'))
    o['addr'] = '上海市黄浦区中山南路1000号'; o['lic']['addr'] = o['addr']
    add(34, o, 'review', ['social_organisation'], ['社会团体（代码类别51），是否已与政府部门脱钩无法从代码判断'], '社会团体法人申报，需人工核实是否已脱钩；其余材料齐全。',
        base(34, o, [app('信用管理师', [4, 3])], '黄浦区', be='odt', form='multi_wrap', ind=ind('fagai', 20), ind_v='gov', dist_v='gov',
             credit_v='public', lic_kind='shetuan', impl='para', samples='per_level', set_style='tao', scheme='folders'))

    o = org('上海艾家物业管理有限公司', '91', '闵行区', 'MA1AC8D2', '有限责任公司（自然人投资或控股）', '艾家明', '物业管理；保洁服务；停车场管理。', '2011年7月19日')
    add(35, o, 'review', ['unreadable_material'], ['营业执照仅有一张昏暗、严重模糊的手机照片，无法辨认'], '营业执照复印件唯一副本为不可读照片，需人工复核。',
        base(35, o, [app('保洁员', [5, 4, 3])], '闵行区', be='cid', form='ticks', ind=assoc('上海市物业管理行业协会', '物业管理'), ind_v='assoc',
             dist_v='gov', credit_v='special', impl='para', samples='per_level', set_style='yt', scheme='flat',
             post={'lic': ('photo', {'blur': 5.0, 'dark': True, 'dpi': 60, 'quality': 40})}))

    o = org('上海市静安区启航职业技能培训学校', '52', '静安区', 'MJ5C9E1V', '', '项启航', '餐饮服务类职业技能培训。', '2015年3月20日',
            capital='20万元', kind='minfei', nonprofit=True, form_type='民办非企业单位',
            lic_extra=dict(sponsor='上海市静安区人力资源和社会保障局', term='2021年4月1日至2025年3月31日'))
    add(36, o, 'review', ['seal_missing'], ['民办非企业单位登记证书复印件未加盖单位公章'], '法人登记证书复印件无单位印章（未注明与原件一致），需人工复核。',
        base(36, o, [app('调饮师', [5, 4])], '静安区', be='html', form='names_p2', ind=ind('shangwu', 47), ind_v='gov', dist_v='plain',
             credit_v='web', lic_kind='minfei', impl='separate', samples='per_set', set_style='yt', scheme='flat', noseal=['lic']))
    return P
