# -*- coding: utf-8 -*-
"""Document wording for generate.py (part final7).  Each function returns IR blocks
(see gen_base) for one material; wording varies with the package's random generator."""
from gen_base import LV, LVT, LVS, cn_date, ar_date, lv_range, split_occ, cn_int, cn_year

# field phrase, knowledge topics, skill tasks
OCCINFO = {
    '政务服务办事员': ('政务服务', '政务服务事项清单、“一网通办”办件流程、首问负责制、一次性告知制度、容缺受理、帮办代办服务、政务服务“好差评”、窗口服务礼仪、办件材料核验、政务信息安全',
                '综合窗口收件受理、“一网通办”线上帮办、办件材料预审、投诉工单处置'),
    '调饮师': ('茶饮与咖啡饮品', '茶叶的分类与冲泡温度、浓缩咖啡萃取参数、奶沫打发、糖浆的配制与储存、饮品器具清洗消毒、原料验收与储存、饮品成本核算、食品添加剂使用规范、门店卫生管理、创意饮品设计',
             '手冲咖啡制作、奶茶调制与出品、果茶调饮、创意特调饮品设计与展示'),
    '食品安全管理师': ('食品安全管理', '食品安全法律法规、HACCP体系、食品安全风险分级、餐饮服务原料验收、食品留样制度、清洗消毒规范、过敏原管理、从业人员健康管理、食品安全事故处置、追溯体系建设',
                '餐饮单位食品安全自查、原料进货查验记录审核、HACCP关键控制点识别、食品安全事故应急演练方案编制'),
    '网络与信息安全管理师（数据安全管理员）': ('数据安全', '数据分类分级、个人信息保护法、数据出境安全评估、访问控制策略、数据脱敏技术、数据备份与恢复、日志审计、数据安全风险评估、加密算法应用、安全事件应急响应',
                                    '数据分类分级清单编制、数据库审计策略配置、敏感数据脱敏处理、数据安全事件应急处置'),
    '数字化解决方案设计师': ('数字化转型', '企业数字化成熟度评估、业务流程建模、云计算服务模式、数据中台架构、工业互联网平台、需求调研方法、解决方案经济性分析、低代码开发平台、系统集成接口、项目交付管理',
                   '数字化转型需求调研报告编写、业务流程数字化方案设计、系统架构图绘制、解决方案汇报答辩'),
    '数字孪生应用技术员': ('数字孪生', '数字孪生体的构成、三维建模精度、物联网数据采集、传感器选型、模型轻量化、实时数据映射、仿真分析、可视化渲染、边缘计算、数据接口协议',
                  '设备三维模型构建、传感数据接入与映射、产线数字孪生场景搭建、仿真结果分析'),
    '房地产策划师': ('房地产策划', '房地产市场调研、项目定位、产品规划、营销推广策略、价格策略、容积率与规划指标、投资收益测算、竞品分析、客群细分、销售节点控制',
               '项目市场调研报告编写、产品定位方案设计、营销推广方案编制、投资测算表编制'),
    '科技咨询师': ('科技咨询', '技术合同认定登记、科技成果评价、高新技术企业认定、研发费用加计扣除、知识产权布局、技术转移流程、科技项目申报、技术尽职调查、咨询报告结构、创新政策解读',
              '科技项目可行性研究报告编写、科技成果评价报告编写、企业技术创新诊断、咨询方案答辩'),
    '信用管理师': ('信用管理', '企业信用评估指标、应收账款管理、信用政策制定、征信数据采集、公共信用信息、信用修复流程、客户授信额度、逾期账款催收、信用风险预警、信用报告解读',
              '客户信用档案建立、授信额度测算、应收账款账龄分析、信用管理制度编写'),
    '计量员（热工计量员）': ('热工计量', '温度计量单位、热电偶分度表、热电阻检定、压力表检定规程、测量不确定度、计量器具周期检定、恒温槽均匀度、数据修约规则、计量法规、检定证书出具',
                   '工业热电偶检定、数字温度指示调节仪校准、弹簧管式压力表检定、测量不确定度评定'),
    '色彩搭配师': ('色彩设计', '色彩三属性、孟塞尔色彩体系、色彩心理效应、服饰色彩搭配、室内色彩规划、色卡与色差、品牌色彩识别、季节色彩理论、配色方案评价、数字色彩模式',
              '个人色彩诊断、服饰配色方案设计、室内空间色彩方案设计、品牌配色提案'),
    '碳排放管理员': ('碳排放管理', '温室气体种类、碳排放权交易、排放源识别、活动数据收集、排放因子、碳排放报告、碳资产管理、碳达峰碳中和目标、能源计量、监测计划',
               '企业排放源识别与清单编制、活动数据台账整理、碳排放量计算、碳排放报告填报'),
    '建筑节能减排咨询师': ('建筑节能', '建筑围护结构热工、公共建筑节能设计标准、能耗监测系统、绿色建筑评价、可再生能源建筑应用、合同能源管理、空调系统节能、照明节能、建筑碳排放计算、既有建筑改造',
                   '公共建筑能源审计、建筑能耗数据分析、节能改造方案编制、建筑碳排放计算'),
    '保洁员': ('保洁服务', '清洁剂的酸碱性、地面清洁方法、玻璃清洁工具、石材养护、地毯清洗、卫生间消毒、垃圾分类、高空作业安全、清洁设备维护、职业礼仪',
            '地面湿拖与清洁、玻璃刮洗、卫生间清洁消毒、石材地面晶面处理'),
    '生活垃圾清运工': ('生活垃圾分类与清运', '上海市生活垃圾管理条例、四分类标准、收集容器标识、清运车辆操作、湿垃圾收集、有害垃圾暂存、作业安全防护、垃圾厢房保洁、收运台账、混装混运处置',
                '垃圾分类投放检查与二次分拣、收集容器清洗消毒、清运车辆作业前检查、收运台账填写'),
    '盆景师': ('盆景艺术', '盆景的分类、树桩盆景造型、山水盆景选石、蟠扎技法、修剪技法、上盆与翻盆、病虫害防治、盆景用土配制、盆景几架配置、盆景鉴赏',
            '树木盆景蟠扎造型、山水盆景制作、盆景修剪与养护、盆景作品命名与陈设'),
    '保健调理师（保健艾灸师）': ('保健艾灸', '艾绒的制作与分级、常用腧穴定位、艾条温和灸、隔物灸、灸感与灸量、施灸禁忌、经络基础、烫伤预防与处理、灸疗环境与通风、服务礼仪',
                     '常用腧穴定位、温和灸操作、隔姜灸操作、施灸方案制订'),
    '医疗护理员': ('医疗护理', '生活照护、体温测量、压疮预防、协助进食、卧床患者更换床单、轮椅转运、失智老人照护、感染防控与手卫生、安全防护、临终关怀',
              '卧床患者翻身与压疮预防、协助患者进食与饮水、轮椅转运、七步洗手法与防护用品穿脱'),
    '营养师（公共营养师）': ('公共营养', '膳食营养素参考摄入量、中国居民膳食指南、食物成分表应用、体格测量、膳食调查方法、营养教育、特殊人群营养、营养配餐、食品营养标签、营养缺乏病',
                   '24小时膳食回顾调查、人体体格测量与评价、营养食谱编制、营养宣教方案设计'),
    '健康管理师': ('健康管理', '健康风险评估、慢病管理、健康档案建立、生活方式干预、健康教育、流行病学基础、体检报告解读、健康管理服务流程、随访管理、心理健康',
              '健康档案建立、健康风险评估报告撰写、个体干预方案制订、随访记录'),
    '助听器验配师': ('听力与助听器验配', '耳的解剖与生理、纯音测听、言语测听、鼓室图、助听器类型、真耳测量、耳模制取、验配公式、儿童验配、助听器保养',
                '纯音气导骨导测听、耳印模制取、助听器编程调试、验配效果评估'),
    '社群健康助理员': ('社区健康服务', '社区卫生服务体系、家庭医生签约服务、健康档案管理、慢病随访、健康宣教、血压血糖测量、老年人健康管理、突发公共卫生事件报告、传染病防控、沟通技巧',
                '社区居民健康档案建立、血压血糖测量与记录、健康宣教活动组织、慢病随访'),
    '化工总控工': ('化工生产', '化工单元操作、精馏塔操作、DCS控制系统、工艺参数调节、危险化学品管理、反应釜操作、开停车操作、安全联锁、三废处理、设备巡检',
              'DCS精馏装置开车操作、反应釜温度压力调节、异常工况处置、装置停车与交接'),
    '药物制剂工': ('药物制剂', '药品生产质量管理规范（GMP）、洁净区管理、物料平衡、称量配料、制粒工艺、压片工艺参数、包衣、批生产记录、清场管理、偏差处理',
              '湿法制粒操作、压片机调试与压片、片重差异检查、清场与批记录填写'),
    '增材制造设备操作员': ('增材制造', '增材制造工艺分类、熔融沉积成型、光固化成型、选区激光熔化、切片软件参数、支撑设计、打印材料性能、后处理工艺、设备维护保养、成形件质量检测',
                   '三维模型切片与参数设置、熔融沉积设备打印操作、光固化成型件后处理、打印件尺寸检测'),
    '管工': ('管道安装', '管道识图、管材与管件、管道切割与坡口、焊接与法兰连接、管道支吊架、压力试验、管道防腐与保温、阀门安装、给排水系统、安全技术规程',
           '给水管道螺纹连接安装、碳钢管道法兰连接、管道水压试验、管道系统图绘制'),
    '轨道交通信号工': ('城市轨道交通信号', '信号机与显示、轨道电路、道岔转辙机、计轴设备、联锁原理、CBTC系统、ATP与ATO、信号设备维护规程、故障应急处置、作业安全',
                '转辙机检修与调整、轨道电路测试、信号机点灯电路故障处理、联锁试验'),
}


def occ_key(name):
    base, branch = split_occ(name)
    if name in OCCINFO:
        return name
    return base if base in OCCINFO else name


def occ_list_text(apps, with_code=True, with_levels=False):
    parts = []
    for code, name, lv in apps:
        s = ('%s（%s）' % (name, code)) if with_code and '（' not in name else (name + ('（%s）' % code if with_code else ''))
        if with_levels:
            s += lv_range(lv)
        parts.append(s)
    return '、'.join(parts)


def org_kind_cn(org):
    return {'company': '企业', 'branch': '企业（分支机构）', 'mfq': '民办非企业单位', 'st': '社会团体', 'sy': '事业单位'}[org['kind']]


# ============================================================== 申请表
FORM_TITLES = ['社会培训评价组织征集遴选申请表', '上海市社会培训评价组织征集遴选申请表',
               '社会培训评价组织征集遴选申请表（2025年度）', '社会培训评价组织\n征集遴选申请表']


def level_cell(style, lv, allowed, rnd):
    if style == 'tick':
        mark = rnd.choice(['☑', '■', '√'])
        return ' '.join(('%s%s' % (mark if l in lv else '□', LV[l])) for l in sorted(allowed, reverse=True))
    if style == 'range':
        return lv_range(lv, rnd.choice(['至', '—', '～']))
    if style == 'names':
        return '、'.join(LVT[l] for l in sorted(lv, reverse=True))
    if style == 'combo':
        return '\n'.join('%s（%s）' % (LV[l], LVT[l]) for l in sorted(lv, reverse=True))
    return '、'.join(LV[l] for l in sorted(lv, reverse=True))


def form_blocks(pk, rnd, style='tick', name=None, seal=False, allowed_map=None):
    org = pk['org']
    name = name or org['name']
    apps = pk['apps']
    allowed_map = allowed_map or {}
    d = pk['date_form']
    b = [('title', rnd.choice(FORM_TITLES))]
    if rnd.random() < 0.6:
        b.append(('pn', '申报单位（盖章）：%s\u3000\u3000填表日期：%s' % (name, ar_date(*d))))
    else:
        b.append(('right', '填报日期：%d年%02d月%02d日' % d))
    info = [
        ('单位名称', name), ('统一社会信用代码', org['code']), ('单位性质', org_kind_cn(org) if style != 'kv' else org.get('type_line', org_kind_cn(org))),
        ('法定代表人' if org['kind'] != 'branch' else '负责人', org['legal_rep']), ('注册地址', org['address']),
        ('成立时间', ar_date(*org['founded'])), ('注册资本（开办资金）', org['capital']),
        ('考核点地址', org['site']), ('联系人', org['contact']), ('联系电话', org['phone']),
        ('专职工作人员（人）', str(org['staff'])), ('考评人员（人）', str(org['assessors'])),
    ]
    def app_rows(kind):
        rows = []
        for i, (code, oname, lv) in enumerate(apps, 1):
            allowed = allowed_map.get(oname, [5, 4, 3, 2, 1])
            base, branch = split_occ(oname)
            if kind == 'split':
                rows.append([str(i), code, base, branch or '—', level_cell('range', lv, allowed, rnd)])
            elif kind == 'cols':
                rows.append([str(i), code, oname] + ['√' if l in lv else '' for l in (5, 4, 3, 2, 1)])
            elif kind == 'remarks':
                rows.append([str(i), code, oname, level_cell('plain', lv, allowed, rnd),
                             rnd.choice(['首次申报，考核点已配备视频监控及理论机考设备', '已开展相关职业培训三年以上，年培训规模约%d人次' % (rnd.randint(3, 12) * 100),
                                         '拟在%s考核点实施，配备实操工位%d个' % (org['site_district'], rnd.randint(12, 40))])])
            else:
                rows.append([str(i), code, oname, level_cell(kind, lv, allowed, rnd)])
        return rows

    if style == 'kv':
        b.append(('kv', info[:8]))
        b.append(('h', '申报职业（工种）及等级'))
        for i, (code, oname, lv) in enumerate(apps, 1):
            b.append(('pn', '%d. 职业编码：%s\u3000职业（工种）：%s\u3000申报等级：%s' % (i, code, oname, '、'.join('%s/%s' % (LV[l], LVT[l]) for l in sorted(lv, reverse=True)))))
        b.append(('kv', info[8:]))
    else:
        rows = []
        for i in range(0, len(info), 2):
            rows.append([info[i][0], info[i][1], info[i + 1][0], info[i + 1][1]])
        b.append(('h', '一、申报单位基本情况'))
        b.append(('table', rows, [2.2, 3.6, 2.2, 3.2], 0))
        if style == 'page2':
            b.append(('h', '二、单位简介'))
            for para in pk['intro']:
                b.append(('p', para))
            b.append(('pb',))
            b.append(('h', '三、申报职业（工种）及等级'))
            b.append(('table', [['序号', '职业编码', '职业（工种）名称', '申报等级']] + app_rows('combo'), [0.8, 2, 4.2, 3]))
        else:
            b.append(('h', '二、申报职业（工种）及等级'))
            if style == 'split':
                b.append(('table', [['序号', '职业编码', '职业名称', '工种', '申报等级']] + app_rows('split'), [0.8, 2, 3, 2.8, 2.4]))
            elif style == 'cols':
                b.append(('table', [['序号', '职业编码', '职业（工种）', '五级', '四级', '三级', '二级', '一级']] + app_rows('cols'), [0.8, 2, 4.5, 0.9, 0.9, 0.9, 0.9, 0.9]))
            elif style == 'remarks':
                b.append(('table', [['序号', '职业编码', '职业（工种）名称', '申报等级', '备注']] + app_rows('remarks'), [0.7, 1.8, 3.4, 2.4, 3.6]))
            else:
                b.append(('table', [['序号', '职业编码', '职业（工种）名称', '申报等级']] + app_rows(style), [0.8, 2, 4.2, 4.5]))
            b.append(('h', '三、单位简介'))
            b.append(('p', pk['intro'][0]))
    b.append(('h', '申报单位承诺'))
    b.append(('p', '本单位对所填报内容及提交材料的真实性、有效性、合法性负责，自愿接受人力资源社会保障部门及行业主管部门的监督管理。'))
    b.append(('sign', ['法定代表人（签字）：%s' % org['legal_rep'] if org['kind'] != 'branch' else '负责人（签字）：%s' % org['legal_rep'],
                       '申报单位（盖章）：%s' % name, ar_date(*d)], name if seal else None))
    return b


# ============================================================== 推荐函（行业主管部门）
def industry_letter_blocks(pk, rnd, variant=0, recommended=None, seal=True):
    org = pk['org']
    who = recommended or org['name']
    who_code = pk.get('rec_code') if recommended else org['code']
    ind = pk['ind']
    y, m, d = pk['date_ind']
    dt = cn_date(y, m, d) if rnd.random() < 0.6 else ar_date(y, m, d)
    occs = occ_list_text(pk['apps'], with_code=rnd.random() < 0.5)
    field = OCCINFO[occ_key(pk['apps'][0][1])][0]
    docno = '%s〔2025〕%d号' % (ind['prefix'], ind['num'])
    basis = '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求'
    b = []
    if variant == 0:
        b += [('lh', ind['name'] + rnd.choice(['', '函', '文件']), docno),
              ('title', '关于推荐%s\n申报社会培训评价组织的函' % who), ('pn', '上海市人力资源和社会保障局：'),
              ('p', '%s，经研究，同意推荐%s（统一社会信用代码：%s）申报%s等职业（工种）社会培训评价组织。' % (basis, who, who_code, occs)),
              ('p', '该单位长期从事%s领域的人才培养和职业培训工作，管理制度健全，培训评价资源较为丰富，在本行业具有一定影响力，具备开展相关职业（工种）技能等级认定工作的基础条件。' % field),
              ('p', '我%s将按照行业管理职责，支持并督促该单位规范开展职业技能等级认定工作。' % ('委' if '委员会' in ind['name'] else '局' if ind['name'].endswith('局') else '单位')),
              ('p', '特此函告。'), ('sp', 8),
              ('sign', [ind['name'], dt], ind['name'] if seal else None)]
    elif variant == 1:
        b += [('lh', ind['name'], None), ('title', '推 荐 意 见'),
              ('table', [['被推荐单位', who], ['统一社会信用代码', who_code], ['推荐职业（工种）', occ_list_text(pk['apps'], True, True)],
                         ['推荐意见', '%s申报材料已经我单位审核。该单位在%s领域具有较丰富的考核评价资源和经验，社会信用良好，同意推荐其申报上述职业（工种）社会培训评价组织。' % (who, field)]],
               [2.5, 7.5], 0),
              ('sp', 6), ('sign', ['推荐单位（盖章）：%s' % ind['name'], dt], ind['name'] if seal else None),
              ('small', '联系人：%s\u3000联系电话：%s' % (ind['contact'], ind['phone']))]
    elif variant == 2:  # association 推荐书
        b += [('lh', ind['name'], '%s〔2025〕%d号' % (ind['prefix'], ind['num'])), ('title', '推 荐 书'),
              ('pn', '上海市职业技能鉴定中心：'),
              ('p', '%s系本会%s，%s。根据沪人社职〔2024〕447号文件精神，本会作为其%s，经会长办公会议研究，同意推荐%s申报%s社会培训评价组织。' % (
                  who, rnd.choice(['理事单位', '副会长单位', '常务理事单位', '会员单位']), rnd.choice(['多年来积极参与行业标准制定和技能竞赛组织工作', '长期承担行业从业人员培训任务，培训质量得到会员单位普遍认可']),
                  rnd.choice(['行业主管单位', '业务主管单位']), who, occs)),
              ('p', '本会将发挥行业组织作用，协助做好评价标准开发、考评人员推荐和质量督导等工作。'),
              ('p', '特此推荐。'), ('sp', 6), ('sign', [ind['name'], dt], ind['name'] if seal else None)]
    else:  # group 批复
        b += [('lh', ind['name'], docno),
              ('title', '关于同意%s申报社会培训评价组织的批复' % who),
              ('pn', '%s：' % who),
              ('p', '你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，现批复如下：'),
              ('p', '一、同意你公司按照沪人社职〔2024〕447号文件要求，申报%s社会培训评价组织。' % occs),
              ('p', '二、你公司应建立健全职业技能等级认定工作机构和质量管控制度，配备专职人员，确保认定工作规范有序开展。'),
              ('p', '三、集团作为你公司的上级主管部门，对认定工作实施指导和监督，并提供必要的经费和场地保障。'),
              ('p', '此复。'), ('sp', 8), ('sign', [ind['name'], dt], ind['name'] if seal else None)]
    return b


# ============================================================== 推荐函（考核点所在区人社部门）
def district_letter_blocks(pk, rnd, variant=0, bureau=None, prefix=None, seal=True):
    org = pk['org']
    bureau = bureau or '上海市%s人力资源和社会保障局' % pk['org']['site_district']
    prefix = prefix or pk['dist_prefix']
    y, m, d = pk['date_dist']
    dt = cn_date(y, m, d) if variant != 2 else ar_date(y, m, d)
    occs = occ_list_text(pk['apps'], with_code=False)
    num = rnd.randint(2, 38)
    area = org['area']
    if variant == 0:
        b = [('lh', bureau, '%s〔2025〕%d号' % (prefix, num)),
             ('title', '关于推荐%s\n考核点的函' % org['name']), ('pn', '上海市人力资源和社会保障局：'),
             ('p', '%s拟申报%s社会培训评价组织，其考核点位于%s。经我局实地查看，该考核点场地面积约%d平方米，设有理论考试机房、技能操作考核区和候考区，' % (org['name'], occs, org['site'], area) +
              '考场已安装视频监控设备，消防安全设施符合要求，能够满足相应职业（工种）技能等级认定需要。'),
             ('p', '经研究，同意推荐该考核点。我局将按照属地管理职责，做好考核点日常监督工作。'),
             ('p', '特此函告。'), ('sp', 8), ('sign', [bureau, dt], bureau if seal else None)]
    elif variant == 1:
        b = [('lh', bureau, None), ('title', '推 荐 函'), ('pn', '上海市职业技能鉴定中心：'),
             ('p', '兹有%s（统一社会信用代码%s），考核点设在本区%s，拟申报%s等职业（工种）的社会培训评价组织。' % (org['name'], org['code'], org['site'], occs)),
             ('p', '经审核，该单位考核点场地、设施设备、视频监控及人员配备情况符合要求，同意推荐。'),
             ('right', '%s\n%s' % (bureau, dt)), ('sign', [''], bureau if seal else None)]
    elif variant == 2:
        b = [('title', '考核点所在区人社部门推荐意见'),
             ('table', [['申报单位', org['name']], ['统一社会信用代码', org['code']], ['考核点地址', org['site']],
                        ['考核点面积', '%d平方米' % area], ['申报职业（工种）', occ_list_text(pk['apps'], True, True)],
                        ['区人社部门意见', '经实地核查，该考核点具备开展上述职业（工种）技能等级认定的场地和设备条件，视频监控覆盖考场，同意推荐。\n\n%s（盖章）\n%s' % (bureau, dt)]],
              [2.5, 7.5], 0), ('sign', [' '], bureau if seal else None)]
    else:
        b = [('lh', bureau, '%s函〔2025〕%d号' % (prefix, num)),
             ('title', '关于%s申报社会培训评价组织\n的推荐意见' % org['name']), ('pn', '市人力资源社会保障局：'),
             ('p', '根据《关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号），我局对辖区内%s的考核点（%s）进行了核查。' % (org['name'], org['site'])),
             ('p', '该考核点可同时容纳%d名考生参加理论知识考试，配备技能操作工位%d个，考务用房独立，监控录像保存期限不少于%d个月。' % (rnd.choice([30, 40, 50, 60]), rnd.randint(12, 36), rnd.choice([6, 12]))),
             ('p', '我局同意推荐%s作为%s职业技能等级认定考核点。' % (org['name'], occs)),
             ('sp', 8), ('sign', [bureau, dt], bureau if seal else None)]
    return b


# ============================================================== 信用报告
def credit_blocks(pk, rnd, variant=0, penalties=None, name=None):
    org = pk['org']
    name = name or org['name']
    y, m, d = pk['date_credit']
    penalties = penalties or []
    repno = '%s%d%02d%02d%06d' % (rnd.choice(['XYSH', 'SHCX', 'GGXY']), y, m, d, rnd.randint(1, 999999))
    pen_res = ('查见 %d 条' % len(penalties)) if penalties else '未查见'
    if variant == 0:
        b = [('center', '信用中国（上海）'), ('title', '公共信用信息报告\n（法人版）'),
             ('kv', [('报告编号', repno), ('查询对象', name), ('统一社会信用代码', org['code']), ('查询日期', '%d-%02d-%02d' % (y, m, d)), ('报告用途', '申报社会培训评价组织')]),
             ('h', '一、基本信息'),
             ('table', [['名称', name], ['统一社会信用代码', org['code']], ['类型', org.get('type_line', org_kind_cn(org))],
                        ['法定代表人（负责人）', org['legal_rep']], ['成立日期', '%d-%02d-%02d' % org['founded']], ['住所', org['address']]], [3, 7], 0),
             ('h', '二、信用记录概况'),
             ('table', [['信息类别', '查询结果'], ['行政处罚信息', pen_res], ['失信被执行人信息', '未查见'], ['严重失信主体名单', '未查见'],
                        ['重大税收违法失信主体', '未查见'], ['经营异常名录', '未查见']], [5, 5])]
        if penalties:
            b.append(('h', '三、行政处罚信息明细'))
            b.append(('table', [['序号', '决定书文号', '处罚机关', '决定日期', '违法事实及处罚内容']] +
                      [[str(i + 1)] + list(p) for i, p in enumerate(penalties)], [0.7, 2.6, 2.6, 1.6, 4]))
        b.append(('small', '说明：本报告依据上海市公共信用信息服务平台归集的信息生成，仅反映截至查询日期已归集的信息。报告有效期为自查询日期起三十日。'))
    elif variant == 1:
        b = [('title', '上海市公共信用信息服务中心\n专用信用报告'),
             ('right', '报告编号：%s' % repno),
             ('pn', '信息主体：%s' % name), ('pn', '统一社会信用代码：%s' % org['code']),
             ('pn', '出具日期：%s' % ar_date(y, m, d)),
             ('h', '第一部分\u3000登记注册信息'),
             ('p', '%s于%s登记成立，登记机关为%s，住所%s。' % (name, ar_date(*org['founded']), org['reg_authority'], org['address'])),
             ('h', '第二部分\u3000行政管理信息'),
             ('p', '行政处罚信息：%s。' % (pen_res if penalties else '经查询，未查见该主体的行政处罚信息'))]
        if penalties:
            b.append(('table', [['决定书文号', '处罚机关', '决定日期', '处罚内容']] + [list(p) for p in penalties], [2.6, 2.6, 1.6, 4]))
        b += [('h', '第三部分\u3000司法信息'), ('p', '失信被执行人信息：未查见。'),
              ('h', '第四部分\u3000信用评价与名单信息'), ('p', '严重失信主体名单：未查见。重点关注名单：未查见。'),
              ('small', '本报告仅供信息主体申报社会培训评价组织使用，不得用于其他用途。'),
              ('sign', ['上海市公共信用信息服务中心', ar_date(y, m, d)], '上海市公共信用信息服务中心', '信用报告专用章')]
    else:
        b = [('title', '企业信用报告（自主查询版）'), ('center', '中国人民银行征信中心'),
             ('kv', [('报告编号', repno), ('报告时间', '%d-%02d-%02d %02d:%02d:%02d' % (y, m, d, rnd.randint(9, 16), rnd.randint(0, 59), rnd.randint(0, 59))),
                     ('企业名称', name), ('统一社会信用代码', org['code']), ('中征码', '31%014d' % rnd.randint(0, 10 ** 14 - 1))]),
             ('h', '一、报告说明'),
             ('p', '本报告由中国人民银行征信中心出具，依据截至报告时间企业征信系统记录的信息生成。'),
             ('h', '二、信息概要'),
             ('table', [['信贷交易概要', '首次有信贷交易的年份', '未结清信贷笔数', '关注类', '不良类'], ['', str(org['founded'][0] + 1), str(rnd.randint(0, 3)), '0', '0']], [3, 3, 2, 1.2, 1.2]),
             ('h', '三、公共信息概要'),
             ('table', [['信息类型', '记录条数'], ['欠税记录', '0'], ['民事判决记录', '0'], ['强制执行记录', '0'],
                        ['行政处罚记录', str(len(penalties))], ['失信被执行人', '0']], [5, 5]),
             ('small', '—— 报告结束 ——')]
    return b


# ============================================================== 审计报告
FIRMS = [('上海立远会计师事务所（普通合伙）', '沪立远审字〔%d〕第%04d号'), ('上海中衡信会计师事务所有限公司', '中衡信审（%d）第%d号'),
         ('上海华诚联合会计师事务所（特殊普通合伙）', '华诚审字[%d]第SH-%04d号'), ('上海东信会计师事务所有限公司', '沪东信会审字（%d）第%04d号'),
         ('上海明正信会计师事务所有限公司', '明正信审字〔%d〕%d号')]
CPAS = ['王立新', '陈思远', '李婧', '周海涛', '吴敏', '张晓燕', '刘建华', '顾文杰', '孙悦', '沈慧']


def audit_blocks(pk, rnd, year, variant=0, firm=None, name=None):
    org = pk['org']
    name = name or org['name']
    firm = firm or FIRMS[pk['firm']]
    no = firm[1] % (year + 1, rnd.randint(30, 1800))
    nonprofit = org['kind'] in ('mfq', 'st')
    yr = cn_year(year) if variant == 1 else str(year)
    stmt = '业务活动表' if nonprofit else '利润表'
    eq = '净资产变动表' if nonprofit else '所有者权益变动表'
    std = '《民间非营利组织会计制度》' if nonprofit else '企业会计准则'
    addressee = {'company': '%s全体股东：' % name, 'branch': '%s：' % name, 'mfq': '%s理事会：' % name, 'st': '%s理事会：' % name, 'sy': '%s：' % name}[org['kind']]
    cpa = rnd.sample(CPAS, 2)
    rm, rd = rnd.randint(3, 4), rnd.randint(2, 28)
    b = [('title', '审 计 报 告'), ('right', no), ('pn', addressee),
         ('h', '一、审计意见'),
         ('p', '我们审计了%s（以下简称“贵单位”）财务报表，包括%s年12月31日的资产负债表，%s年度的%s、现金流量表%s以及相关财务报表附注。' % (
             name, yr, yr, stmt, ('、' + eq) if not nonprofit else '')),
         ('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位%s年12月31日的财务状况以及%s年度的经营成果和现金流量。' % (std, yr, yr)),
         ('h', '二、形成审计意见的基础'),
         ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
         ('h', '三、管理层和治理层对财务报表的责任'),
         ('p', '贵单位管理层负责按照%s的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。' % std),
         ('h', '四、注册会计师对财务报表审计的责任'),
         ('p', '我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。'),
         ('sp', 4),
         ('sign', [firm[0], '中国注册会计师：%s' % cpa[0], '中国注册会计师：%s' % cpa[1], '中国·上海\u3000%s' % (cn_date(year + 1, rm, rd) if variant == 1 else ar_date(year + 1, rm, rd))], firm[0]),
         ('pb',),
         ('title', '资产负债表（简表）'), ('right', '编制单位：%s\u3000\u3000单位：人民币元' % name)]
    base = rnd.randint(2, 30) * 100000
    rows = [['项目', '期末余额', '年初余额']]
    for item in ['货币资金', '应收款项', '固定资产', '资产总计', '负债合计', '净资产合计' if nonprofit else '所有者权益合计']:
        a = base * rnd.uniform(0.2, 1.6)
        rows.append([item, '{:,.2f}'.format(a), '{:,.2f}'.format(a * rnd.uniform(0.8, 1.15))])
    b.append(('table', rows, [4, 3, 3]))
    b.append(('title', '%s（简表）' % stmt))
    rows = [['项目', '本年金额', '上年金额']]
    for item in (['捐赠收入', '提供服务收入', '政府补助收入', '业务活动成本', '管理费用', '净资产变动额'] if nonprofit else
                 ['营业收入', '营业成本', '税金及附加', '管理费用', '利润总额', '净利润']):
        a = base * rnd.uniform(0.1, 1.2)
        rows.append([item, '{:,.2f}'.format(a), '{:,.2f}'.format(a * rnd.uniform(0.8, 1.2))])
    b.append(('table', rows, [4, 3, 3]))
    return b


# ============================================================== 工作方案 / 承诺书 / 廉洁责任书
def work_plan_blocks(pk, rnd, name=None):
    org = pk['org']
    name = name or org['name']
    occs = occ_list_text(pk['apps'], with_code=False)
    title = rnd.choice(['%s职业技能等级认定工作方案' % name, '职业技能等级认定工作方案', '%s\n职业技能等级认定工作方案' % name])
    b = [('title', title)]
    if '\n' not in title and name not in title:
        b.append(('center', name))
    b += [('h', '一、指导思想和工作目标'),
          ('p', '以习近平新时代中国特色社会主义思想为指导，贯彻落实技能人才评价制度改革要求，坚持“谁评价、谁颁证、谁负责”原则，规范开展%s等职业（工种）技能等级认定工作，'
                '力争每年完成认定%d人次以上，为本市%s领域培养输送高素质技能人才。' % (occs, rnd.choice([300, 500, 800, 1200]), OCCINFO[occ_key(pk['apps'][0][1])][0])),
          ('h', '二、组织机构'),
          ('p', '成立职业技能等级认定工作领导小组，由%s任组长，分管负责人任副组长，下设认定工作办公室（%s）、专家委员会和质量督导组。'
                '认定工作办公室负责考务组织、证书管理和档案管理；专家委员会负责题库建设和评价标准开发；质量督导组独立开展内部督导。' % (org['legal_rep'], rnd.choice(['设在培训部', '设在人力资源部', '设在教务处', '独立设置']))),
          ('h', '三、人员配备'),
          ('table', [['岗位', '人数', '要求'], ['专职工作人员', str(org['staff']), '熟悉职业技能等级认定政策，经培训合格'],
                     ['考评人员', str(org['assessors']), '具有相应职业（工种）高级工及以上等级或相关专业中级及以上职称'],
                     ['内部质量督导员', str(rnd.randint(2, 5)), '具备督导员资质，不参与考评工作'], ['命题专家', str(rnd.randint(5, 12)), '行业企业专家及院校教师']], [3, 1.2, 6]),
          ('h', '四、场地设施'),
          ('p', '考核点位于%s，面积约%d平方米，设理论考试机房1间（机位%d个）、技能操作考场%d间，所有考场均安装具备录音录像功能的视频监控设备，监控资料保存不少于一年。' % (
              org['site'], org['area'], rnd.choice([30, 40, 50, 60]), rnd.randint(1, 4))),
          ('h', '五、工作流程'),
          ('p', '认定工作按照发布计划、报名审核、考务准备、组织实施、阅卷评分、成绩公示、证书核发、档案归档的流程开展。考试计划提前在“上海职业技能鉴定”平台发布，成绩公示期不少于5个工作日。'),
          ('h', '六、质量管控'),
          ('p', '严格执行考评人员回避制度和考务管理规定，实行命题、考务、阅卷相互分离；建立考务全过程留痕制度，接受市、区人社部门和行业主管部门监督检查；对违纪违规行为按照《技能人才评价违纪违规行为处理工作指引（试行）》处理。'),
          ('h', '七、经费保障'),
          ('p', '认定工作经费纳入单位年度预算，专款专用，保障题库建设、考务组织、设备更新和人员培训等支出。')]
    return b


def pledge_blocks(pk, rnd, seal=True, name=None, variant=None):
    org = pk['org']
    name = name or org['name']
    variant = rnd.randint(0, 1) if variant is None else variant
    y, m, d = pk['date_form']
    if variant == 0:
        b = [('title', '承 诺 书'), ('pn', '上海市人力资源和社会保障局：'),
             ('p', '我单位自愿申报社会培训评价组织，现郑重承诺如下：'),
             ('p', '一、所提交的申报材料真实、有效、合法，如有虚假，愿承担由此产生的一切后果。'),
             ('p', '二、严格遵守国家和本市职业技能等级认定有关政策规定，坚持把社会效益放在首位，不以营利为最终目的。'),
             ('p', '三、严格执行职业标准和评价规范，确保认定质量，不降低标准、不弄虚作假、不乱收费。'),
             ('p', '四、自觉接受人力资源社会保障部门、行业主管部门和社会的监督，如出现违纪违规行为，自愿接受相应处理。'),
             ('sp', 6),
             ('sign', ['承诺单位（公章）：%s' % name, '法定代表人（签字）：%s' % org['legal_rep'], cn_date(y, m, d)], name if seal else None)]
    else:
        b = [('title', '社会培训评价组织信用承诺书'),
             ('p', '%s（统一社会信用代码：%s）在申报%s社会培训评价组织过程中，作出以下承诺：' % (name, org['code'], occ_list_text(pk['apps'], False))),
             ('p', '1. 本单位为依法登记的独立法人，近三年内无违法违规、失信等不良行为记录；'),
             ('p', '2. 本单位不属于政府及其所属部门、事业单位或未与政府部门脱钩的社会团体；'),
             ('p', '3. 本单位提交的全部材料真实准确，不存在伪造、变造情形；'),
             ('p', '4. 备案后严格按照备案范围开展评价，不超范围、超等级评价，不委托其他机构代为评价。'),
             ('p', '本单位知悉违反上述承诺将被撤销备案，并记入信用记录。'),
             ('sp', 6),
             ('sign', [name, '法定代表人：%s' % org['legal_rep'], ar_date(y, m, d)], name if seal else None)]
    return b


def integrity_blocks(pk, rnd, seal=True, name=None, variant=None):
    org = pk['org']
    name = name or org['name']
    variant = rnd.randint(0, 1) if variant is None else variant
    y, m, d = pk['date_form']
    if variant == 0:
        b = [('title', '廉洁责任书'),
             ('p', '为加强职业技能等级认定工作中的党风廉政建设，规范评价行为，%s（以下简称“本单位”）签订本责任书，并承诺：' % name),
             ('p', '一、不向人力资源社会保障部门、职业技能鉴定机构及其工作人员赠送礼金、有价证券、购物卡和贵重物品，不安排宴请、旅游和娱乐活动。'),
             ('p', '二、不以任何名义为相关工作人员报销应由个人支付的费用，不为其亲属提供就业、经商等便利。'),
             ('p', '三、本单位考评人员、督导人员严格遵守考务纪律，不徇私舞弊，不收受考生财物。'),
             ('p', '四、发现违反廉洁规定的行为，及时向有关部门报告。'),
             ('p', '本责任书自签订之日起生效，有效期至备案有效期届满。'),
             ('sp', 4),
             ('sign', ['责任单位（盖章）：%s' % name, '法定代表人（签字）：%s' % org['legal_rep'], cn_date(y, m, d)], name if seal else None)]
    else:
        b = [('title', '职业技能等级认定\n廉洁自律责任书'),
             ('pn', '甲方：上海市职业技能鉴定中心'), ('pn', '乙方：%s' % name),
             ('p', '为确保职业技能等级认定工作公开、公平、公正，防止各种不正当行为发生，乙方作出如下廉洁自律承诺：'),
             ('table', [['序号', '责任内容'], ['1', '严格执行职业技能等级认定各项规定，杜绝“花钱买证”“助考替考”等行为'],
                        ['2', '不向甲方工作人员及其亲属输送任何形式的利益'], ['3', '建立内部廉洁风险防控制度，明确岗位职责'],
                        ['4', '自觉接受纪检监察部门和社会监督']], [1, 9]),
             ('sp', 4),
             ('sign', ['乙方（盖章）：%s' % name, '法定代表人或授权代表：%s' % org['legal_rep'], ar_date(y, m, d)], name if seal else None)]
    return b


# ============================================================== 实施方案 / 评价方案
def eval_level_text(name, l, rnd):
    theory_t = 90 if l >= 3 else 120
    skill_t = {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[l]
    s = '%s%s（%s）：采用理论知识考试、技能考核%s相结合的方式。理论知识考试采用闭卷机考，题型为单项选择题、判断题%s，考试时间%d分钟；技能考核采用%s，考核时间不少于%d分钟。' % (
        name, LV[l], LVT[l], '和综合评审' if l <= 2 else '', '和多项选择题' if l <= 4 else '', theory_t,
        rnd.choice(['现场操作', '模拟操作', '实际操作与口试相结合', '方案设计与现场答辩']), skill_t)
    if l <= 2:
        s += '综合评审采取审阅申报材料和答辩相结合的方式，答辩时间不少于20分钟。'
    s += '各项成绩均达到60分（含）以上者为合格。考评人员与考生配比，理论知识考试不低于1:15，技能考核不低于1:5。'
    return s


def eval_plan_blocks(pk, rnd, occ, name=None, levels=None):
    org = pk['org']
    name = name or org['name']
    code, oname, lv = occ
    levels = levels or lv
    b = [('title', '%s（%s）\n职业技能等级认定评价方案' % (oname, code)), ('center', name)]
    for l in sorted(levels, reverse=True):
        b.append(('h', '%s评价方案' % (LV[l] + '/' + LVT[l])))
        b.append(('p', eval_level_text(oname, l, rnd)))
        b.append(('table', [['评价内容', '考核方式', '时长（分钟）', '权重/合格线'],
                            ['理论知识', '闭卷机考', str(90 if l >= 3 else 120), '100分制，60分合格'],
                            ['技能考核', '现场操作', str({5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[l]), '100分制，60分合格']] +
                  ([['综合评审', '答辩', '20', '100分制，60分合格']] if l <= 2 else []), [2.5, 2.5, 2, 3]))
    return b


def impl_blocks(pk, rnd, occs, eval_style='para', name=None, with_eval=True):
    org = pk['org']
    name = name or org['name']
    b = [('title', rnd.choice(['职业技能等级认定项目实施方案', '%s职业技能等级认定实施方案' % name, '职业技能等级认定项目实施方案\n（%s）' % '、'.join(o[1] for o in occs)]))]
    b.append(('center', '申报单位：%s' % name))
    for ci, (code, oname, lv) in enumerate(occs):
        info = OCCINFO[occ_key(oname)]
        chap = '第%s章\u3000%s' % (cn_int(ci + 1), oname) if len(occs) > 1 or eval_style == 'chapter' else None
        if chap:
            b.append(('h', chap))
        b += [('h', '一、项目概况'),
              ('p', '职业编码：%s；职业（工种）名称：%s；申报等级：%s。本项目依据国家职业标准（或评价规范）开展，面向%s领域从业人员及相关专业院校学生。' % (
                  code, oname, lv_range(lv), info[0])),
              ('h', '二、申报条件'),
              ('p', '申报条件按照国家职业标准规定执行。其中，申报%s的，须取得本职业（工种）%s职业技能等级证书后，累计从事本职业工作满%d年；或具有相关专业大专及以上学历。' % (
                  LV[min(lv)], LV[min(lv) + 1] if min(lv) < 5 else '—', rnd.choice([3, 4, 5]))),
              ('h', '三、评价方式'),
              ('p', '分为理论知识考试、技能考核以及综合评审。理论知识考试以笔试或机考方式为主；技能考核采用现场操作、模拟操作等方式；二级及以上等级还须进行综合评审。')]
        if with_eval:
            b.append(('h', '四、各等级评价方案'))
            if eval_style == 'table':
                rows = [['等级', '理论知识考试', '技能考核', '综合评审', '合格标准']]
                for l in sorted(lv, reverse=True):
                    rows.append(['%s（%s）' % (LV[l], LVT[l]), '机考，%d分钟，单选+判断%s' % (90 if l >= 3 else 120, '+多选' if l <= 4 else ''),
                                 '%s，%d分钟' % (info[2].split('、')[(5 - l) % len(info[2].split('、'))], {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[l]),
                                 '答辩不少于20分钟' if l <= 2 else '—', '各项均≥60分'])
                b.append(('table', rows, [1.8, 2.8, 3, 1.8, 1.4]))
            else:
                for k, l in enumerate(sorted(lv, reverse=True)):
                    b.append(('pn', '（%s）%s' % (cn_int(k + 1), eval_level_text(oname, l, rnd))))
        b += [('h', '五、考评人员配置'),
              ('p', '本项目拟配备考评人员%d名、内部质量督导员%d名，考评人员均经过培训并取得相应资格。' % (rnd.randint(6, 20), rnd.randint(2, 4))),
              ('h', '六、场地设备'),
              ('p', '技能考核在%s考核点实施，主要设备包括：%s等相关设施设备，满足同时%d人考核需要。' % (org['site_district'], info[2].replace('、', '设备、') + '设备', rnd.randint(10, 30))),
              ('h', '七、样题'),
              ('p', '各等级理论知识和技能考核样题各两套，见附件。')]
    return b


# ============================================================== 样题
SAMPLE_TITLES = [
    ('样题一', '样题二'), ('样题（一）', '样题（二）'), ('样卷（A卷）', '样卷（B卷）'), ('模拟试卷1', '模拟试卷2'),
    ('理论知识试卷（第一套）', '理论知识试卷（第二套）'), ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷'), ('第一套样题', '第二套样题'),
    ('试卷一', '试卷二'),
]


def sample_blocks(pk, rnd, occ, level, setno, tstyle=0, name=None):
    org = pk['org']
    name = name or org['name']
    code, oname, lv = occ
    info = OCCINFO[occ_key(oname)]
    topics = info[1].split('、')
    skills = info[2].split('、')
    r = __import__('random').Random(__import__('zlib').crc32(('%s|%s|%s|%s' % (oname, level, setno, pk['id'])).encode()))
    r.shuffle(topics)
    tt = SAMPLE_TITLES[tstyle][setno - 1]
    b = [('small', '%s\u3000职业技能等级认定' % name),
         ('title', '%s（%s）%s\n%s' % (oname, LV[level], '' if '试卷' in tt or '试题' in tt else '职业技能等级认定', tt))]
    b.append(('pn', '考试时间：理论%d分钟\u3000技能%d分钟\u3000\u3000姓名：__________\u3000准考证号：__________' % (90 if level >= 3 else 120, {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[level])))
    b.append(('h', '第一部分\u3000理论知识'))
    b.append(('pn', '一、单项选择题（每题1分，选择一个正确答案，将相应字母填入括号内）'))
    letters = 'ABCD'
    for i in range(4):
        t = topics[i % len(topics)]
        q = r.choice(['下列关于%s的说法中，正确的是（  ）。', '在%s工作中，首先应当（  ）。', '%s的主要依据是（  ）。', '以下不属于%s要求的是（  ）。']) % t
        opts = r.sample(['按照操作规程执行', '凭个人经验处理', '先记录后核对', '由负责人统一决定', '执行国家标准', '随意调整参数', '定期检查并记录', '事后补填记录'], 4)
        b.append(('pn', '%d. %s' % (i + 1, q)))
        b.append(('pn', '\u3000'.join('%s. %s' % (letters[j], o) for j, o in enumerate(opts))))
    b.append(('pn', '二、判断题（正确的打“√”，错误的打“×”）'))
    for i in range(3):
        t = topics[(i + 4) % len(topics)]
        b.append(('pn', '%d. %s应严格执行相关标准和规范，并做好记录。（  ）' % (i + 5, t) if i % 2 == 0 else
                  '%d. 为提高效率，%s环节可以省略必要的检查步骤。（  ）' % (i + 5, t)))
    b.append(('h', '第二部分\u3000技能操作'))
    task = skills[(setno + level) % len(skills)]
    b.append(('pn', '试题%d：%s（%s）' % (1, task, LVT[level])))
    b.append(('pn', '考核要求：在规定时间内独立完成%s，操作规范，记录完整；考评员根据评分表现场评分。' % task))
    b.append(('table', [['序号', '考核内容', '配分', '评分标准'],
                        ['1', '准备工作', '10', '工具、材料准备齐全，缺一项扣2分'],
                        ['2', task, '60', '步骤正确、结果符合要求，每处错误扣5分'],
                        ['3', '安全与规范', '20', '违反安全规范本项不得分'],
                        ['4', '记录与整理', '10', '记录不完整扣5分']], [1, 3, 1, 5]))
    return b


def toc_blocks(pk, entries):
    b = [('title', '申报材料目录'), ('center', pk['org']['name'])]
    b.append(('table', [['序号', '材料名称', '页码/文件']] + [[str(i + 1), a, c] for i, (a, c) in enumerate(entries)], [1, 6, 3]))
    return b


def teachers_blocks(pk, rnd):
    names = ['赵磊', '钱芳', '孙伟', '李娜', '周强', '吴静', '郑浩', '王丽', '冯涛', '陈洁', '褚明', '卫红', '蒋斌', '沈玲', '韩旭']
    rnd.shuffle(names)
    rows = [['序号', '姓名', '性别', '职业技能等级/职称', '岗位']]
    for i, n in enumerate(names[:rnd.randint(6, 10)]):
        rows.append([str(i + 1), n, rnd.choice(['男', '女']), rnd.choice(['一级/高级技师', '二级/技师', '高级工程师', '讲师', '三级/高级工']),
                     rnd.choice(['考评员', '督导员', '命题专家', '专职工作人员'])])
    return [('title', '考评人员及专职工作人员名单'), ('center', pk['org']['name']), ('table', rows, [1, 2, 1, 4, 3])]


# ============================================================== registration certificates (drawn at coordinates)
def _wrap(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)] or ['']


def _qr(c, x, y, size, rnd):
    m = 25
    cell = size / m
    c.setFillColorRGB(0, 0, 0)
    for i in range(m):
        for j in range(m):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, m - 7), (m - 7, 0)))
            if finder:
                ii, jj = (i % (m - 7)) if i >= m - 7 else i, (j % (m - 7)) if j >= m - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rnd.random() < 0.48
            if on:
                c.rect(x + j * cell, y + (m - 1 - i) * cell, cell, cell, stroke=0, fill=1)


def _emblem(c, cx, cy, r):
    c.saveState()
    c.setFillColorRGB(0.82, 0.1, 0.1)
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColorRGB(0.98, 0.82, 0.2)
    import math
    for k, (dx, dy, rr) in enumerate(((0, 0.25, 0.3), (-0.42, 0.45, 0.1), (-0.5, 0.15, 0.1), (-0.45, -0.12, 0.1), (-0.3, -0.35, 0.1))):
        p = c.beginPath()
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5
            q = r * rr if i % 2 == 0 else r * rr * 0.4
            px, py = cx + dx * r + q * math.cos(a), cy + dy * r + q * math.sin(a)
            (p.moveTo if i == 0 else p.lineTo)(px, py)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColorRGB(0.98, 0.82, 0.2)
    c.setLineWidth(r * 0.08)
    c.arc(cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85, 200, 140)
    c.restoreState()


def cert_pdf(pk, rnd, path, kind=None, name=None, stamped=True, font_kind='wqy', copy_note=True):
    """Draw the registration certificate of pk['org'] (营业执照 / 民非登记证书 / 社团登记证书 / 事业单位法人证书)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from gen_base import rl_font, rl_seal
    org = pk['org']
    name = name or org['name']
    kind = kind or {'company': 'licence', 'branch': 'licence', 'mfq': 'mfq', 'st': 'st', 'sy': 'sy'}[org['kind']]
    font = rl_font(font_kind)
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle('')
    # frame
    c.setStrokeColorRGB(0.62, 0.45, 0.2)
    c.setLineWidth(5)
    c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(1.2)
    c.rect(32, 32, W - 64, H - 64)
    c.setFillColorRGB(0, 0, 0)
    if kind == 'licence':
        _emblem(c, W / 2, H - 88, 34)
        c.setFont(font, 40)
        c.drawCentredString(W / 2, H - 168, '营  业  执  照')
        c.setFont(font, 15)
        c.drawCentredString(W / 2, H - 192, '（副        本）')
        c.setFont(font, 10)
        c.drawString(60, H - 68, '统一社会信用代码')
        c.setFont(font, 14)
        c.drawString(60, H - 88, org['code'])
        c.setFont(font, 9)
        c.drawString(60, H - 108, '副本编号：1-%d' % rnd.randint(1, 3))
        _qr(c, W - 140, H - 150, 80, rnd)
        c.setFont(font, 7)
        for i, ln in enumerate(['扫描市场主体身份码', '了解更多登记、备案、', '许可、监管信息']):
            c.drawString(W - 142, H - 162 - i * 9, ln)
        fields = [('名        称', name), ('类        型', org['type_line']),
                  ('负  责  人' if org['kind'] == 'branch' else '法定代表人', org['legal_rep'])]
        y = H - 240
        for k, v in fields:
            c.setFont(font, 12)
            c.drawString(70, y, k)
            c.drawString(160, y, v)
            y -= 30
        c.drawString(70, y, '经营范围')
        for i, ln in enumerate(_wrap(org['scope'], 24)[:7]):
            c.drawString(160, y - i * 18, ln)
        y2 = H - 240
        right = [('注册资本', org['capital'])] if org['kind'] != 'branch' else []
        right += [('成立日期', ar_date(*org['founded'])), ('营业期限', '%s 至 %s' % (ar_date(*org['founded']), '不约定期限' if rnd.random() < 0.5 else ar_date(org['founded'][0] + 30, org['founded'][1], org['founded'][2] - 1 or 1))),
                  ('营业场所' if org['kind'] == 'branch' else '住        所', org['address'])]
        for k, v in right:
            c.drawString(470, y2, k)
            for i, ln in enumerate(_wrap(v, 17)):
                c.drawString(545, y2 - i * 18, ln)
            y2 -= 30 + 18 * (len(_wrap(v, 17)) - 1)
        c.drawString(W - 300, 100, '登 记 机 关')
        y, m, d = org['licence_date']
        c.drawString(W - 250, 75, '%d     年     %d     月     %d     日' % (y, m, d))
        rl_seal(c, W - 175, 100, 48, org['reg_authority'], font)
        c.setFont(font, 7.5)
        c.drawString(60, 48, '国家企业信用信息公示系统网址：https://www.gsxt.gov.cn')
        c.drawCentredString(W / 2, 40, '国家市场监督管理总局监制')
        c.drawRightString(W - 60, 48, '市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。')
    else:
        title = {'mfq': '民办非企业单位登记证书', 'st': '社会团体法人登记证书', 'sy': '事业单位法人证书'}[kind]
        _emblem(c, W / 2, H - 85, 30)
        c.setFont(font, 30)
        c.drawCentredString(W / 2, H - 160, title)
        c.setFont(font, 14)
        c.drawCentredString(W / 2, H - 182, '（法人）' if kind == 'mfq' else '（副本）')
        c.setFont(font, 11)
        c.drawString(70, H - 215, '统一社会信用代码：%s' % org['code'])
        if kind == 'sy':
            fields = [('名        称', name), ('宗旨和业务范围', org['scope']), ('住        所', org['address']), ('法定代表人', org['legal_rep']),
                      ('经 费 来 源', '财政补助'), ('开 办 资 金', org['capital']), ('举 办 单 位', org['sponsor'])]
            issuer = '上海市事业单位登记管理局'
            valid = '自%d年%d月%d日至%d年%d月%d日' % (2022, 5, 10, 2027, 5, 10)
        elif kind == 'st':
            fields = [('名        称', name), ('住        所', org['address']), ('法定代表人', org['legal_rep']), ('业 务 范 围', org['scope']),
                      ('活 动 地 域', '上海市'), ('注 册 资 金', org['capital']), ('业务主管单位', org['supervisor'])]
            issuer = '上海市民政局'
            valid = '%s至%s' % (ar_date(2021, 8, 16), ar_date(2026, 8, 15))
        else:
            fields = [('名        称', name), ('住        所', org['address']), ('法定代表人', org['legal_rep']), ('开 办 资 金', org['capital']),
                      ('业务主管单位', org['supervisor']), ('业 务 范 围', org['scope'])]
            issuer = org['reg_authority']
            valid = '%s至%s' % (ar_date(2022, 3, 1), ar_date(2027, 2, 28))
        y = H - 245
        for k, v in fields:
            c.drawString(70, y, k)
            lines = _wrap(v, 38)
            for i, ln in enumerate(lines[:4]):
                c.drawString(190, y - i * 17, ln)
            y -= 26 + 17 * (min(len(lines), 4) - 1)
        c.drawString(70, y, '有  效  期')
        c.drawString(190, y, valid)
        c.drawString(W - 320, 105, '登记管理机关：%s' % issuer)
        yy, mm_, dd = org['licence_date']
        c.drawString(W - 260, 80, ar_date(yy, mm_, dd))
        rl_seal(c, W - 190, 100, 46, issuer, font)
        c.setFont(font, 8)
        c.drawString(60, 46, '证书号：%s' % ('沪民证字第%06d号' % rnd.randint(1000, 99999) if kind != 'sy' else '事证第1310000%05d号' % rnd.randint(0, 99999)))
    if stamped:
        rl_seal(c, 250, 120, 50, name, font)
        if copy_note:
            c.saveState()
            c.setFillColorRGB(0.1, 0.2, 0.6)
            c.setFont(font, 13)
            c.translate(200, 60)
            c.rotate(4)
            c.drawString(0, 0, '此复印件与原件一致  仅供申报社会培训评价组织使用')
            c.restoreState()
    c.showPage()
    c.save()
    return path


def floorplan_pdf(pk, rnd, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from gen_base import rl_font
    font = rl_font('wqy')
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setFont(font, 16)
    c.drawCentredString(W / 2, H - 45, '%s考核点平面布置图' % pk['org']['name'])
    c.setFont(font, 9)
    c.drawCentredString(W / 2, H - 62, '地址：%s\u3000\u3000面积约%d㎡\u3000\u3000比例 1:100' % (pk['org']['site'], pk['org']['area']))
    x0, y0, w, h = 70, 70, W - 140, H - 160
    c.setLineWidth(3)
    c.rect(x0, y0, w, h)
    c.setLineWidth(1)
    rooms = ['理论考试机房', '技能考核区A', '技能考核区B', '候考区', '考务办公室', '监控室', '资料室', '卫生间']
    cols = 4
    for i, rname in enumerate(rooms):
        cx = x0 + (i % cols) * w / cols
        cy = y0 + (i // cols) * h / 2
        c.rect(cx, cy, w / cols, h / 2)
        c.drawCentredString(cx + w / cols / 2, cy + h / 4, rname)
        c.drawCentredString(cx + w / cols / 2, cy + h / 4 - 14, '%d㎡' % rnd.randint(15, 90))
        if rname not in ('卫生间', '资料室'):
            c.circle(cx + w / cols - 12, cy + h / 2 - 12, 4)  # camera
    c.setFont(font, 8)
    c.drawString(x0, 45, '图例：○ 视频监控点位\u3000 ▭ 门\u3000 考核点负责人：%s' % pk['org']['contact'])
    c.showPage()
    c.save()
    return path
