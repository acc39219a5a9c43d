# -*- coding: utf-8 -*-
"""Document wording for the final14 corpus: several house styles per material."""
import random
from gen_lib import cn_date, ar_date, cn_year

LV_NUM = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LV_GONG = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LV_BOTH = {k: f'{LV_NUM[k]}（{LV_GONG[k]}）' for k in LV_NUM}
LV_BOTH2 = {k: f'{LV_NUM[k]}/{LV_GONG[k]}' for k in LV_NUM}

TOPICS = {
    '4-04-04-05': (['业务需求调研', '数字化转型成熟度评估', '解决方案架构设计', '数据治理', '云计算服务选型', '项目交付管理'],
                   ['编制某制造企业数字化转型需求分析报告', '完成一套业务流程数字化方案设计', '绘制系统总体架构图并说明']),
    '4-14-01-02': (['生活照护', '协助进食与饮水', '压力性损伤预防', '体位转移', '感染防控', '安宁疗护基础'],
                   ['为卧床患者更换床单位', '协助患者由床上移至轮椅', '为患者进行口腔清洁']),
    '4-10-04-01': (['经络腧穴基础', '艾灸器具使用', '艾灸禁忌症', '施灸环境管理', '灸后护理', '常见亚健康调理'],
                   ['温和灸操作（足三里穴）', '隔姜灸操作', '艾灸箱灸操作及安全防护']),
    '4-09-07-04': (['温室气体核算边界', '排放因子选取', '碳排放监测计划', '碳排放报告编制', '碳市场交易规则', '数据质量控制'],
                   ['计算某企业化石燃料燃烧排放量', '编制年度温室气体排放报告', '对排放数据开展核查抽样']),
    '4-03-02-10': (['饮品原料识别', '茶饮冲泡', '咖啡萃取', '奶制品打发', '饮品食品安全', '门店设备清洁'],
                   ['制作一杯手摇柠檬茶', '意式浓缩咖啡萃取与拿铁制作', '创意调饮设计与出品']),
    '6-12-03-00': (['GMP基本要求', '物料称量与复核', '制粒工艺', '压片工艺参数', '清场管理', '中间产品质量检查'],
                   ['湿法制粒操作', '压片机安装调试与片重调节', '颗粒剂分装与质量检查']),
    '4-09-08-01': (['清洁剂的选择与配比', '地面清洁保养', '玻璃幕墙清洁安全', '清洁设备操作', '垃圾分类', '作业安全防护'],
                   ['大理石地面晶面处理', '洗地机操作与保养', '室内玻璃清洁作业']),
    '6-18-01-13': (['增材制造工艺分类', '切片软件参数设置', '光固化设备操作', '金属粉末安全管理', '后处理工艺', '设备维护保养'],
                   ['FDM设备调平与打印测试件', '切片参数设置与支撑设计', '打印件后处理与尺寸检测']),
    '6-29-03-10': (['信号基础设备', '转辙机结构', '计轴设备', '联锁原理', 'CBTC系统构成', '信号设备维护作业安全'],
                   ['ZD6型转辙机检修', '信号机点灯电路故障处理', '计轴设备复位操作']),
    '4-14-02-01': (['膳食营养素', '膳食调查方法', '营养评价', '食谱编制', '营养宣教', '食品卫生'],
                   ['24小时膳食回顾调查', '为高血压人群编制一日食谱', '体格测量与评价']),
    '4-14-04-04': (['社区健康档案', '慢病随访', '健康宣教', '居家照护指导', '心理支持', '急救常识'],
                   ['建立居民健康档案', '开展一次社区健康讲座设计', '血压测量与记录']),
    '4-07-02-04': (['信用风险识别', '征信数据采集', '企业信用评估', '应收账款管理', '信用修复', '信用法律法规'],
                   ['撰写客户信用调查报告', '设计企业授信审批流程', '分析逾期账款并提出催收方案']),
    '4-09-10-03': (['盆景树种识别', '蟠扎技法', '修剪与造型', '盆钵与几架', '养护管理', '盆景题名'],
                   ['树木盆景蟠扎造型', '山水盆景布局制作', '盆景换盆与根系修剪']),
    '4-04-05-10': (['数字孪生概念', '三维建模', '物联网数据接入', '仿真引擎应用', '可视化开发', '运维管理'],
                   ['搭建设备三维模型并导入平台', '接入传感器实时数据', '配置孪生场景告警规则']),
    '3-01-01-02': (['政务服务事项清单', '一网通办', '窗口服务礼仪', '材料受理与审核', '好差评制度', '信息安全保密'],
                   ['企业开办事项窗口受理模拟', '帮办代办服务情景演练', '投诉处理情景应答']),
    '6-29-03-04': (['管道识图', '管材与管件', '管道切割与坡口', '焊接与连接', '试压与冲洗', '安全文明施工'],
                   ['镀锌钢管螺纹连接安装', 'PPR管热熔连接', '管道系统水压试验']),
    '6-31-01-03': (['电工基础', '电气安全', '低压电器', '照明线路', '电动机控制', '仪表使用'],
                   ['三相异步电动机正反转控制线路安装', '照明线路安装', '电气故障排除']),
    '4-07-02-02': (['科技成果评价', '技术合同', '创新政策', '知识产权', '项目可行性研究', '科技咨询规范'],
                   ['撰写科技项目可行性研究报告', '技术合同审查', '企业创新能力诊断']),
    '4-03-02-11': (['食品安全法律法规', '食品安全风险管理', 'HACCP体系', '从业人员健康管理', '食品添加剂', '食品召回'],
                   ['编制餐饮企业食品安全自查表', 'HACCP危害分析', '食品安全事故应急处置演练']),
    '4-04-04-02': (['数据分类分级', '数据安全风险评估', '访问控制', '数据脱敏', '安全审计', '个人信息保护'],
                   ['制定数据分类分级清单', '配置数据库审计策略', '实施数据脱敏方案']),
    '6-11-01-03': (['化工单元操作', 'DCS操作', '精馏原理', '反应器控制', '化工安全', '应急处置'],
                   ['精馏装置开车操作', '反应釜温度异常处置', 'DCS仿真操作']),
    '4-14-03-01': (['听力学基础', '纯音测听', '助听器结构', '验配流程', '耳模制作', '效果评估'],
                   ['纯音听阈测试', '助听器编程调试', '耳印模取样']),
    '4-08-08-04': (['色彩原理', '色彩心理', '服饰色彩搭配', '个人色彩诊断', '空间色彩设计', '流行色趋势'],
                   ['个人色彩诊断与报告', '服饰搭配方案设计', '家居空间配色方案']),
    '4-09-07-06': (['建筑节能标准', '围护结构热工', '暖通系统节能', '能耗监测', '绿色建筑评价', '碳减排测算'],
                   ['既有建筑节能诊断报告', '围护结构热工计算', '建筑能耗分项计量分析']),
    '4-06-02-02': (['房地产市场调研', '项目定位', '产品策划', '营销推广', '房地产法规', '投资测算'],
                   ['编制项目市场调研报告', '制定楼盘营销推广方案', '项目投资收益测算']),
    '4-09-08-02': (['生活垃圾分类', '收集车辆操作', '作业规范', '臭气与渗滤液控制', '安全防护', '应急处理'],
                   ['四分类垃圾收集作业', '收集车辆日常检查', '垃圾箱房清洗消毒']),
    '4-08-05-06': (['计量法规', '温度计量基础', '热电偶与热电阻', '检定规程', '不确定度评定', '计量器具管理'],
                   ['工作用热电偶检定', '数字温度计校准', '检定证书编制']),
}


def occ_label(o, bracket=True):
    """'医疗护理员' / '碳排放管理员（碳排放核算员）'"""
    return o['name']


def levels_text(levels, style):
    lv = sorted(levels, reverse=True)
    if style == 'num':
        return '、'.join(LV_NUM[x] for x in lv)
    if style == 'gong':
        return '、'.join(LV_GONG[x] for x in lv)
    if style == 'both':
        return '、'.join(LV_BOTH[x] for x in lv)
    if style == 'range':
        if len(lv) == 1:
            return LV_NUM[lv[0]]
        if lv[0] - lv[-1] == len(lv) - 1:
            return f'{LV_NUM[lv[0]]}至{LV_NUM[lv[-1]]}'
        return '、'.join(LV_NUM[x] for x in lv)
    if style == 'dash':
        if len(lv) > 1 and lv[0] - lv[-1] == len(lv) - 1:
            return f'{LV_NUM[lv[0]]}—{LV_NUM[lv[-1]]}'
        return '、'.join(LV_NUM[x] for x in lv)
    if style.startswith('box'):
        on, off = {'box': ('☑', '□'), 'boxsq': ('■', '□'), 'boxv': ('√', '□')}[style]
        allowed = [5, 4, 3, 2, 1]
        return ' '.join(f'{on if x in levels else off}{LV_NUM[x]}' for x in allowed)
    return '、'.join(LV_NUM[x] for x in lv)


def _apps_lines(pk, style='num'):
    return [f'{o["code"]} {o["name"]}：{levels_text(lv, style)}' for o, lv in pk.apps]


# =============================================================== application form
def form_blocks(pk, v):
    r = pk.rng
    name = pk.form_name or pk.name
    d = pk.form_date
    kind = {'91': '企业', '52': '民办非企业单位', '51': '社会团体', '12': '事业单位'}[pk.cat]
    if pk.branch:
        kind = '企业（分支机构）'
    base = [('申报单位名称', name), ('统一社会信用代码', pk.code), ('单位性质', kind),
            ('法定代表人' if not pk.branch else '负责人', pk.legal), ('成立日期', ar_date(pk.founded)),
            ('注册地址', pk.addr), ('联系人', pk.contact), ('联系电话', pk.phone)]
    B = []
    if v == 0:   # classic table with ticked boxes
        box = pk.opt.get('box', 'box')
        B += [('title', '社会培训评价组织征集遴选申请表'), ('right', f'填表日期：{ar_date(d)}'),
              ('kv', base + [('电子邮箱', pk.email), ('专职工作人员', f'{pk.staff}人')], 4), ('h', '申报职业（工种）及等级')]
        rows = [[str(i + 1), o['code'], o['name'], levels_text(lv, box)] for i, (o, lv) in enumerate(pk.apps)]
        B += [('table', ['序号', '职业编码', '职业（工种）', '申报等级'], rows, [0.08, 0.2, 0.36, 0.36]),
              ('pn', '申报单位意见：本单位自愿申报社会培训评价组织，所填信息及所附材料真实、有效。'),
              ('sign', ['申报单位（盖章）', cn_date(d)], name)]
    elif v == 1:  # printed from the web system
        B += [('small', f'上海市人力资源和社会保障自助经办系统  >  劳动就业  >  技能鉴定  >  新增备案机构申报  >  打印预览'),
              ('title', '新增备案机构申报信息表'),
              ('pn', f'申报编号：ZJBA{d[0]}{d[1]:02d}{d[2]:02d}{r.randint(1000, 9999)}'),
              ('pn', '【机构基本信息】')]
        for k, v_ in base:
            B.append(('pn', f'{k}：{v_}'))
        B.append(('pn', f'机构类型：{kind}　　　专职人员数：{pk.staff}　　　考评员数：{pk.staff * 2 + 3}'))
        B.append(('pn', '【申报项目】'))
        rows = []
        for o, lv in pk.apps:
            nm = o['name']
            base_nm, work = (nm.split('（', 1) + [''])[:2]
            rows.append([base_nm, work.rstrip('）') or '—', o['code'], levels_text(lv, pk.opt.get('range', 'range'))])
        B += [('table', ['职业名称', '工种', '职业编码', '等级范围'], rows, [0.28, 0.28, 0.2, 0.24]),
              ('pn', f'考核点：{pk.site_addr}'),
              ('small', f'打印时间：{d[0]}-{d[1]:02d}-{d[2]:02d} {r.randint(9, 17)}:{r.randint(10, 59)}:{r.randint(10, 59)}    https://zzjb.rsj.sh.gov.cn/zzjbdl/    第1页/共1页')]
    elif v == 2:  # remarks column, 工级 names
        B += [('title', '社会培训评价组织征集遴选\n申请表'), ('kv', base)]
        rows = []
        for o, lv in pk.apps:
            rows.append([o['code'], o['name'], levels_text(lv, 'gong'), pk.site_short, r.choice(['新申报', '首次申报', '—'])])
        B += [('table', ['职业编码', '职业（工种）', '申报等级', '考核点', '备注'], rows, [0.15, 0.3, 0.25, 0.18, 0.12]),
              ('pn', '单位负责人签字：' + pk.legal),
              ('sign', [f'{name}（公章）', ar_date(d)], name)]
    elif v == 3:  # occupation table on page 2
        B += [('title', '社会培训评价组织征集遴选申请表'), ('h', '一、申报单位基本情况'), ('kv', base),
              ('h', '二、机构简介'), ('p', pk.intro),
              ('p', f'单位现有专职工作人员{pk.staff}名，兼职考评员{pk.staff * 2 + 3}名，考核场地面积约{pk.area}平方米，'
                    f'配备视频监控设备{pk.cams}路，理论考试机位{pk.seats}个。'),
              ('h', '三、评价工作基础'),
              ('p', f'近三年累计开展相关职业培训{pk.trained}人次，与行业龙头企业共建实训基地{r.randint(2, 6)}个，'
                    '具备独立组织命题、考务、阅卷和证书管理的能力。'),
              ('pb',), ('h', '四、申报职业（工种）及等级')]
        rows = []
        for o, lv in pk.apps:
            rows.append([o['code'], o['name']] + [('√' if x in lv else '') for x in (5, 4, 3, 2, 1)])
        B += [('table', ['职业编码', '职业（工种）', '五级', '四级', '三级', '二级', '一级'], rows,
               [0.16, 0.34, 0.1, 0.1, 0.1, 0.1, 0.1]),
              ('h', '五、申报单位承诺'), ('p', '以上信息真实准确，如有不实，愿承担相应责任。'),
              ('sign', ['法定代表人（签字）：', f'申报单位（盖章）：{name}', ar_date(d)], name)]
    else:  # field:value with sentences
        B += [('title', '申 请 表'), ('center', '（社会培训评价组织征集遴选）'), ('space',)]
        for k, v_ in base:
            B.append(('pn', f'{k}：{v_}'))
        B.append(('pn', '拟申报职业（工种）及等级：'))
        for i, (o, lv) in enumerate(pk.apps):
            B.append(('pn', f'{i + 1}. 职业编码 {o["code"]}，{o["name"]}，等级：{levels_text(lv, "both")}'))
        B += [('pn', f'考核点地址：{pk.site_addr}'),
              ('p', '我单位已认真阅读沪人社职〔2024〕447号文件，符合申报条件，现提出申请。'),
              ('sign', [f'申请单位：{name}', f'日期：{ar_date(d, 1)}'], name)]
    return B


# =============================================================== industry letter
def industry_blocks(pk, v):
    r = pk.rng
    auth = pk.ind_auth
    who = pk.ind_target_name or pk.name
    code = pk.ind_target_code or pk.code
    occs = '、'.join(o['name'] for o, _ in pk.apps)
    d = pk.ind_date
    no = pk.ind_docno
    B = []
    if v == 0:
        B += [('letterhead', auth), ('docno', no), ('redline',),
              ('title', f'关于推荐{who}\n申报社会培训评价组织的函'), ('pn', '上海市人力资源和社会保障局：'),
              ('p', f'根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》'
                    f'（沪人社职〔2024〕447号）要求，经审核，{who}（统一社会信用代码：{code}）在{pk.field}领域具有较强的行业影响力，'
                    f'培训评价资源丰富，管理制度健全，近三年无违法违规和失信记录。'),
              ('p', f'{"我委" if auth.endswith("委员会") else ("我局" if auth.endswith("局") else ("我厅" if auth.endswith("厅") else "我单位"))}同意推荐该单位申报{occs}等职业（工种）社会培训评价组织，'
                    '并将按照职责做好行业指导和监督工作。'),
              ('p', '特此函告。'), ('space',),
              ('sign', [auth, cn_date(d)], auth if pk.seal_ind else None)]
    elif v == 1:
        B += [('letterhead', auth), ('redline',), ('title', '推荐意见'),
              ('p', f'兹有我会会员单位{who}，统一社会信用代码{code}，自成立以来长期从事{pk.field}相关培训与技能评价工作，'
                    f'行业认可度高，师资力量较强。该单位拟申报{occs}社会培训评价组织。'),
              ('p', f'经{auth}会长办公会议研究，同意推荐。我会作为该单位的业务主管单位，将督促其严格遵守职业技能等级认定有关规定。'),
              ('space',), ('sign', [auth, ar_date(d)], auth if pk.seal_ind else None)]
    elif v == 2:
        B += [('letterhead', auth), ('docno', no), ('redline',),
              ('title', f'关于同意{who}申报\n社会培训评价组织的批复'), ('pn', f'{who}：'),
              ('p', f'你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，批复如下：'),
              ('p', f'一、同意你公司按照沪人社职〔2024〕447号文件要求，申报{occs}等职业（工种）社会培训评价组织。'),
              ('p', '二、你公司应建立健全职业技能等级认定工作制度，配备专职人员，落实经费保障，确保评价质量。'),
              ('p', '三、集团将作为上级主管部门对相关工作进行指导和监督。'),
              ('p', '此复。'), ('sign', [auth, cn_date(d)], auth if pk.seal_ind else None)]
    else:
        B += [('letterhead', auth), ('space',), ('title', '推  荐  书'),
              ('kv', [('被推荐单位', who), ('统一社会信用代码', code), ('推荐职业（工种）', occs),
                      ('推荐理由', f'该单位在{pk.field}领域深耕多年，具备开展职业技能等级认定的场地、设备和专家队伍，'
                                  '内部管理规范，社会信用良好。'),
                      ('推荐单位意见', f'同意推荐。\n\n（盖章）\n{cn_date(d)}')]),
              ('seal', auth) if pk.seal_ind else ('space',)]
    return B


# =============================================================== district letter
def district_blocks(pk, v):
    r = pk.rng
    bur = pk.dist_bureau
    d = pk.dist_date
    who = pk.name
    occs = '、'.join(o['name'] for o, _ in pk.apps)
    seal = bur if pk.seal_dist else None
    B = []
    if v == 0:
        B += [('letterhead', bur), ('docno', pk.dist_docno), ('redline',),
              ('title', f'关于推荐{who}考核点的函'), ('pn', '上海市职业技能鉴定中心：'),
              ('p', f'{who}拟申报{occs}等职业（工种）社会培训评价组织，其考核点位于{pk.site_addr}。'
                    f'经我局实地查看，该考核点场地面积约{pk.area}平方米，设有理论考试室、技能操作室和候考区，'
                    f'已安装视频监控设备{pk.cams}路，消防及安全设施符合要求。'),
              ('p', '经研究，同意推荐该考核点。我局将按照属地管理要求，加强对考核点的日常监督检查。'),
              ('p', '特此函告。'), ('sign', [bur, cn_date(d)], seal)]
    elif v == 1:
        B += [('letterhead', bur), ('redline',), ('title', '推荐意见'),
              ('p', f'{who}（统一社会信用代码：{pk.code}）位于{pk.site_addr}的考核点，具备开展{occs}职业技能等级认定的'
                    '场地与设备条件，管理制度健全。'),
              ('p', '我局同意推荐该单位申报社会培训评价组织。'),
              ('space',), ('right', ar_date(d)), ('seal', bur) if seal else ('space',)]
    elif v == 2:
        B += [('title', '考核点所在区人社部门推荐表'),
              ('kv', [('申报单位', who), ('考核点名称', pk.site_short), ('考核点地址', pk.site_addr),
                      ('场地面积', f'{pk.area}㎡'), ('监控设备', f'{pk.cams}路，可实时回看'),
                      ('申报职业（工种）', occs),
                      ('区人社部门推荐意见', f'经现场核查，该考核点符合职业技能等级认定考核场地要求，同意推荐。\n\n{bur}\n{ar_date(d)}')])]
        if seal:
            B.append(('seal', bur))
    else:
        B += [('title', '推 荐 函'), ('pn', '上海市人力资源和社会保障局：'),
              ('p', f'兹推荐{who}作为社会培训评价组织申报单位。该单位在我区设立的考核点（{pk.site_addr}）'
                    f'场地、设施设备和人员配备能够满足{occs}职业技能等级认定需要。'),
              ('p', '我局将配合做好属地监管。'), ('space',),
              ('sign', [bur, ar_date(d)], seal)]
    return B


# =============================================================== credit report
def credit_blocks(pk, v):
    r = pk.rng
    d = pk.credit_date
    name, code = pk.name, pk.code
    no = f'{r.choice(["SHXY", "XYBG", "GGXY"])}{d[0]}{d[1]:02d}{d[2]:02d}{r.randint(100000, 999999)}'
    pen = pk.penalties  # list of rows
    recs = [('行政处罚信息', pen), ('失信被执行人信息', []), ('严重失信主体名单信息', []), ('欠缴税款信息', []),
            ('拖欠社会保险费信息', []), ('行政强制信息', [])]

    def res(x):
        return f'查见 {len(x)} 条' if x else '未查见'
    B = []
    if v == 0:
        B += [('space',), ('title', '公共信用信息报告\n（法人版）'), ('space',),
              ('kv', [('报告编号', no), ('查询对象', name), ('统一社会信用代码', code), ('查询时间', ar_date(d, 2) + f' {r.randint(9, 16)}:{r.randint(10, 59)}'),
                      ('出具机构', '上海市公共信用信息服务中心'), ('查询渠道', '信用中国（上海）网站')]),
              ('space',), ('center', '信用中国（上海）'), ('pb',),
              ('h', '报告说明'),
              ('p', '1. 本报告依据《上海市社会信用条例》，由上海市公共信用信息服务平台归集的公共信用信息生成。'),
              ('p', '2. 本报告仅反映截至查询时间平台所归集的信息，不代表对信息主体的信用评价。'),
              ('p', '3. 信息主体对报告内容有异议的，可通过信用中国（上海）网站提出异议申请。'),
              ('h', '一、基本信息'),
              ('kv', [('单位名称', name), ('统一社会信用代码', code), ('法定代表人', pk.legal), ('登记机关', pk.reg_auth),
                      ('成立日期', ar_date(pk.founded)), ('住所', pk.addr)]), ('pb',),
              ('h', '二、公共信用信息记录'),
              ('table', ['信息类别', '查询结果'], [[k, res(x)] for k, x in recs], [0.6, 0.4])]
        if pen:
            B += [('h', '行政处罚信息明细'),
                  ('table', ['决定书文号', '处罚事由', '处罚结果', '处罚机关', '决定日期'], pen, [0.2, 0.3, 0.18, 0.18, 0.14])]
        B += [('small', f'报告编号：{no}　　本报告共3页　　验证方式：登录信用中国（上海）输入报告编号核验')]
    elif v == 1:
        B += [('title', '专用信用报告'), ('center', '（社会培训评价组织申报专用）'),
              ('pn', f'报告编号：{no}'), ('pn', f'信息主体：{name}'), ('pn', f'统一社会信用代码：{code}'),
              ('pn', f'报告日期：{cn_date(d)}'),
              ('h', '查询结果汇总'),
              ('table', ['序号', '信息类别', '记录情况'], [[str(i + 1), k, res(x)] for i, (k, x) in enumerate(recs)],
               [0.12, 0.5, 0.38])]
        if pen:
            B += [('h', '附：行政处罚记录'),
                  ('table', ['决定书文号', '处罚事由', '处罚结果', '处罚机关', '决定日期'], pen, [0.2, 0.3, 0.18, 0.18, 0.14])]
        B += [('p', '本报告由上海市公共信用信息服务中心出具，仅用于信息主体申报社会培训评价组织使用，有效期三个月。'),
              ('sign', ['上海市公共信用信息服务中心', ar_date(d)], '上海市公共信用信息服务中心', '信用报告专用章')]
    elif v == 3:
        B += [('small', 'https://credit.sh.gov.cn  信用中国（上海）—— 信用信息查询'),
              ('title', '法人公共信用信息查询结果'),
              ('pn', f'查询主体：{name}'), ('pn', f'统一社会信用代码：{code}'),
              ('pn', f'查询日期：{ar_date(d, 2)}　　报告编号：{no}'),
              ('h', '■ 登记信息'),
              ('pn', f'法定代表人：{pk.legal}　　登记机关：{pk.reg_auth}　　成立日期：{ar_date(pk.founded)}'),
              ('h', '■ 失信及违法违规信息')]
        for k, x in recs:
            B.append(('pn', f'· {k}：{res(x)}'))
        if pen:
            B.append(('table', ['决定书文号', '处罚事由', '处罚结果', '处罚机关', '决定日期'], pen, [0.2, 0.3, 0.18, 0.18, 0.14]))
        B += [('small', '说明：以上信息来源于上海市公共信用信息服务平台，查询结果以查询时点为准。')]
    else:
        B += [('center', '中国人民银行征信中心'), ('title', '企业信用报告\n（自主查询版）'),
              ('kv', [('报告编号', no.replace('SHXY', 'Q')), ('报告时间', ar_date(d, 2)), ('企业名称', name),
                      ('统一社会信用代码', code)]),
              ('h', '一、身份信息'), ('kv', [('登记注册类型', pk.reg_type_short), ('注册地址', pk.addr), ('法定代表人', pk.legal)]),
              ('h', '二、信息概要'),
              ('table', ['项目', '记录'], [['未结清信贷及授信', '0 笔'], ['已结清信贷', f'{r.randint(0, 3)} 笔'],
                                           ['欠税记录', '未查见'], ['民事判决记录', '未查见'], ['强制执行记录', '未查见'],
                                           ['行政处罚记录', res(pen)], ['失信被执行人', '未查见']], [0.6, 0.4]),
              ('p', '本报告仅供企业自身查询使用。'), ('sign', [ar_date(d)], '中国人民银行征信中心', '征信报告专用章')]
    return B


# =============================================================== audit report
FIRMS = ['上海信衡会计师事务所有限公司', '上海申立联合会计师事务所（普通合伙）', '上海沪中会计师事务所有限公司',
         '上海永正华会计师事务所有限公司', '上海明诚会计师事务所（特殊普通合伙）', '上海浦诚会计师事务所有限公司']


def audit_blocks(pk, year, v, firm):
    r = pk.rng
    nm = pk.name
    npo = pk.cat in ('52', '51')
    shiye = pk.cat == '12'
    rep_year = year + 1
    pre = {'上海信衡': '沪信衡会审字', '上海申立': '申立审字', '上海沪中': '沪中会审字', '上海永正': '永正审字',
           '上海明诚': '明诚审字', '上海浦诚': '浦诚会审字'}[firm[:4]]
    no = f'{pre}〔{rep_year}〕第{r.randint(100, 1999):04d}号' if r.random() < 0.5 else f'{pre}({rep_year})第{r.randint(100, 1999):04d}号'
    addressee = '理事会' if npo else ('全体股东' if not shiye else '单位领导')
    stmt2 = '业务活动表' if npo else ('收入支出表' if shiye else '利润表')
    rd = (rep_year, r.randint(3, 4), r.randint(2, 28))
    ytxt = str(year) if v != 1 else cn_year(year)
    ydate = f'{year}年12月31日' if v != 1 else f'{cn_year(year)}年十二月三十一日'
    title = '审计报告' if v != 3 else f'{nm}\n{year}年度审计报告'
    if v == 1:
        title = f'{nm}\n{cn_year(year)}年度财务报表审计报告'
    B = [('title', title), ('center', no), ('pn', f'{nm}{addressee}：'), ('h', '一、审计意见')]
    if v == 3:
        B.append(('p', f'我们审计了后附的{nm}（以下简称贵单位）财务报表，包括资产负债表、{stmt2}、现金流量表以及相关财务报表附注。'))
    else:
        B.append(('p', f'我们审计了{nm}（以下简称贵单位）财务报表，包括{ydate}的资产负债表，{ytxt}年度的{stmt2}'
                       f'{"、现金流量表、所有者权益变动表" if not npo else "和现金流量表"}以及相关财务报表附注。'))
    fw = '《民间非营利组织会计制度》' if npo else ('《事业单位会计制度》' if shiye else '企业会计准则')
    B += [('p', f'我们认为，后附的财务报表在所有重大方面按照{fw}的规定编制，公允反映了贵单位'
                f'{"" if v == 3 else ydate}的财务状况以及{"" if v == 3 else ytxt + "年度"}的经营成果和现金流量。'),
          ('h', '二、形成审计意见的基础'),
          ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了'
                '我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。'
                '我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('h', '三、管理层和治理层对财务报表的责任'),
          ('p', f'贵单位管理层负责按照{fw}的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
          ('sign', [firm, f'中国注册会计师：{pk.cpa[0]}', f'中国注册会计师：{pk.cpa[1]}', '中国·上海', ar_date(rd)], firm),
          ('pb',), ('title', '资产负债表'),
          ('pn', f'编制单位：{nm}　　　　　{year}年12月31日　　　　　单位：元')]
    a = r.randint(3, 40) * 100000 + r.randint(0, 99999)
    rows = [['货币资金', f'{a:,}.{r.randint(10, 99)}', f'{int(a * 0.87):,}.{r.randint(10, 99)}'],
            ['应收账款', f'{r.randint(100000, 900000):,}.00', f'{r.randint(100000, 900000):,}.00'],
            ['固定资产', f'{r.randint(200000, 2900000):,}.00', f'{r.randint(200000, 2900000):,}.00'],
            ['资产总计', f'{a * 2:,}.{r.randint(10, 99)}', f'{int(a * 1.8):,}.{r.randint(10, 99)}'],
            ['负债合计', f'{int(a * 0.6):,}.00', f'{int(a * 0.55):,}.00'],
            ['净资产合计' if npo else '所有者权益合计', f'{int(a * 1.4):,}.00', f'{int(a * 1.25):,}.00']]
    B.append(('table', ['项目', '期末余额', '年初余额'], rows, [0.4, 0.3, 0.3]))
    return B


# =============================================================== registration certificate
def reg_spec(pk):
    r = pk.rng
    if pk.reg == 'biz':
        fields = [('名　　称', pk.reg_name or pk.name), ('类　　型', pk.type_line),
                  ('负 责 人' if pk.branch else '法定代表人', pk.legal), ('经营范围', pk.scope)]
        if not pk.branch:
            fields.append(('注册资本', pk.capital))
        fields += [('成立日期', ar_date(pk.founded)), ('营业期限', f'{ar_date(pk.founded)}至{"不约定期限" if r.random() < 0.5 else ar_date((pk.founded[0] + 30, pk.founded[1], pk.founded[2] - 1 or 1))}'),
                   ('营业场所' if pk.branch else '住　　所', pk.addr)]
        return dict(kind='biz', title='营 业 执 照', subtitle='（副　　本）' if r.random() < 0.6 else '', fields=fields,
                    authority=pk.reg_auth, date=ar_date(pk.lic_date), code=pk.code,
                    serial=f'证照编号：{r.randint(10, 99)}000000{r.randint(100000, 999999)}',
                    footer='国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', style=pk.idx % 2)
    if pk.reg == 'minfei':
        return dict(kind='minfei', title='民办非企业单位登记证书', subtitle='（法人）', code=pk.code,
                    fields=[('名　　称', pk.name), ('住　　所', pk.addr), ('法定代表人', pk.legal), ('业务范围', pk.scope),
                            ('业务主管单位', pk.sponsor), ('开办资金', pk.capital), ('有 效 期', f'{ar_date(pk.lic_date)}至{ar_date((pk.lic_date[0] + 5, pk.lic_date[1], pk.lic_date[2]))}')],
                    authority=pk.reg_auth, date=ar_date(pk.lic_date), style=1, qr=False)
    if pk.reg == 'shetuan':
        return dict(kind='shetuan', title='社会团体法人登记证书', subtitle='', code=pk.code,
                    fields=[('名　　称', pk.name), ('住　　所', pk.addr), ('法定代表人', pk.legal), ('业务范围', pk.scope),
                            ('活动地域', '上海市'), ('注册资金', pk.capital), ('业务主管单位', pk.sponsor),
                            ('有 效 期', f'{ar_date(pk.lic_date)}至{ar_date((pk.lic_date[0] + 5, pk.lic_date[1], pk.lic_date[2]))}')],
                    authority=pk.reg_auth, date=ar_date(pk.lic_date), style=0, qr=False)
    return dict(kind='shiye', title='事业单位法人证书', subtitle='', code=pk.code,
                fields=[('名　　称', pk.name), ('宗旨和业务范围', pk.scope), ('住　　所', pk.addr), ('法定代表人', pk.legal),
                        ('经费来源', '财政补助'), ('开办资金', pk.capital), ('举办单位', pk.sponsor),
                        ('有 效 期', f'{ar_date(pk.lic_date)}至{ar_date((pk.lic_date[0] + 5, pk.lic_date[1], pk.lic_date[2]))}')],
                authority=pk.reg_auth, date=ar_date(pk.lic_date), style=1, qr=False)


# =============================================================== work plan / pledge / integrity
def work_blocks(pk, v):
    r = pk.rng
    nm = pk.name
    occs = '、'.join(o['name'] for o, _ in pk.apps)
    if v == 0:
        return [('title', f'{nm}\n职业技能等级认定工作方案'),
                ('h', '一、指导思想'), ('p', '坚持把社会效益放在首位，以职业技能标准为依据，以提升劳动者技能水平为目标，'
                                        '规范开展职业技能等级认定工作。'),
                ('h', '二、组织机构'), ('p', f'成立职业技能等级认定工作领导小组，由{pk.legal}任组长；下设认定办公室（专职人员{pk.staff}名），'
                                        '负责计划编制、考务组织、质量督导和证书管理；设立专家委员会负责题库建设和技术指导。'),
                ('h', '三、认定范围'), ('p', f'本单位申报认定的职业（工种）为：{occs}。'),
                ('h', '四、工作流程'), ('p', '发布认定公告—报名与资格审核—编排考场—组织考核—阅卷与成绩复核—结果公示—证书发放—档案归档。'),
                ('h', '五、质量管控'), ('p', '实行考评人员回避制度、考场全程视频监控、内部督导员巡考制度，建立考务差错责任追究机制。'),
                ('h', '六、经费保障'), ('p', '认定经费纳入单位年度预算，专款专用，收费标准按规定公示。')]
    if v == 1:
        rows = [[pk.legal, '领导小组组长', '法定代表人'], [pk.contact, '认定办公室主任', '高级考评员'],
                [r.choice(['王静', '李明', '赵蕾', '钱伟']), '质量督导员', '质量督导员'],
                [r.choice(['孙晨', '周洁', '吴昊', '郑宇']), '考务专员', '考评员']]
        return [('title', '职业技能等级认定工作方案'), ('center', f'（{nm}）'),
                ('h', '1. 工作目标'), ('p', f'围绕{pk.field}人才队伍建设，建立科学、规范的技能评价体系，年度计划认定{r.randint(3, 12) * 100}人次。'),
                ('h', '2. 机构与人员'), ('table', ['姓名', '岗位', '资格'], rows, [0.3, 0.4, 0.3]),
                ('h', '3. 场地与设备'),
                ('table', ['场地', '面积（㎡）', '主要设备'], [['理论考试室', str(pk.area // 3), f'计算机{pk.seats}台、监控{pk.cams // 2 or 1}路'],
                                                          ['技能操作室', str(pk.area // 2), '专用实训设备若干、监控设备'],
                                                          ['候考区', str(pk.area - pk.area // 3 - pk.area // 2), '身份核验终端']], [0.3, 0.2, 0.5]),
                ('h', '4. 质量监督'), ('p', '严格执行考务规程，考评人员考前签署保密承诺，考试数据实时上传。')]
    return [('title', '工作方案'), ('pn', f'申报单位：{nm}'),
            ('pn', f'（一）认定职业：{occs}。'),
            ('pn', '（二）组织实施：认定办公室具体负责，实行“考培分离”。'),
            ('pn', '（三）考评队伍：建立考评员、督导员库，实行随机抽取。'),
            ('pn', '（四）信息化：使用上海市职业技能等级认定信息系统进行报名、成绩上报。'),
            ('pn', '（五）档案管理：认定档案保存不少于五年。')]


def pledge_blocks(pk, v, sealed=True):
    nm = pk.name
    d = pk.form_date
    seal = nm if sealed else None
    if v == 0:
        return [('title', '承 诺 书'), ('pn', '上海市人力资源和社会保障局：'),
                ('p', f'我单位{nm}自愿申报社会培训评价组织，现郑重承诺如下：'),
                ('p', '一、所提交的全部申报材料真实、准确、完整，不存在虚假内容；'),
                ('p', '二、严格遵守国家和本市职业技能等级认定相关政策规定，自觉接受人社部门和行业主管部门的监督；'),
                ('p', '三、不以营利为最终目的，坚持公平公正，不乱收费、不降低标准；'),
                ('p', '四、如有违反，愿承担相应法律责任并接受处理。'),
                ('sign', [f'承诺单位（盖章）：{nm}', f'法定代表人（签字）：{pk.legal}', cn_date(d)], seal)]
    if v == 1:
        return [('title', '社会培训评价组织申报承诺书'),
                ('p', f'本单位承诺：申报材料均真实有效；本单位为依法登记的独立法人，近三年无违法违规、失信等不良记录；'
                      '认定工作中严格执行考务规程和质量督导制度，对评价结果负责。如违反上述承诺，自愿退出并承担一切后果。'),
                ('sign', [nm, ar_date(d)], seal)]
    return [('title', '诚信承诺书'), ('pn', f'承诺单位：{nm}'), ('pn', f'统一社会信用代码：{pk.code}'),
            ('pn', '1. 遵守法律法规，依法诚信开展职业技能等级认定；'),
            ('pn', '2. 申报信息和材料真实，无伪造、变造；'),
            ('pn', '3. 不委托、转包认定业务；'),
            ('pn', '4. 主动公开认定信息，接受社会监督。'),
            ('sign', ['单位（公章）', ar_date(d, 1)], seal)]


def integrity_blocks(pk, v, sealed=True):
    nm = pk.name
    d = pk.form_date
    seal = nm if sealed else None
    if v == 0:
        return [('title', '廉洁责任书'),
                ('pn', '甲方：上海市职业技能鉴定中心'), ('pn', f'乙方：{nm}'),
                ('p', '为加强职业技能等级认定工作中的廉洁建设，防止各种不正当行为，双方约定如下：'),
                ('p', '一、乙方不得以任何形式向甲方工作人员赠送礼金、有价证券和贵重物品；'),
                ('p', '二、乙方不得在认定工作中弄虚作假、违规发证；'),
                ('p', '三、乙方发现违纪违规行为应及时向有关部门举报；'),
                ('p', '四、本责任书自签订之日起生效。'),
                ('sign', [f'乙方（盖章）：{nm}', f'负责人：{pk.legal}', ar_date(d)], seal)]
    if v == 1:
        return [('title', '职业技能等级认定\n廉洁责任书'),
                ('p', f'{nm}（以下简称“本单位”）在开展职业技能等级认定工作中，自觉遵守以下廉洁要求：'),
                ('pn', '（1）严禁考评人员收受考生财物；\n（2）严禁泄露试题和答案；\n（3）严禁违规降低认定标准或虚报认定人数；\n'
                       '（4）严禁利用认定资格从事与认定无关的营利活动。'),
                ('p', '本单位主要负责人为廉洁工作第一责任人，对违反规定的人员依规严肃处理。'),
                ('sign', [f'{nm}', cn_date(d)], seal)]
    return [('title', '廉洁从业责任书'), ('kv', [('责任单位', nm), ('第一责任人', pk.legal), ('签订日期', ar_date(d, 2))]),
            ('p', '责任单位承诺在社会培训评价工作中廉洁自律，不以任何方式干扰认定公正，建立内部廉政风险防控机制，'
                  '定期开展警示教育，自觉接受纪检监察和社会监督。'),
            ('sign', ['责任单位（盖章）'], seal)]


# =============================================================== implementation / evaluation plans
def _eval_rows(o, lv, r):
    rows = []
    for i, x in enumerate(sorted(lv, reverse=True)):
        theory = '理论知识考试（机考，90分钟）' if x >= 3 else '理论知识考试（120分钟）'
        skill = '技能操作考核（实操，{}分钟）'.format(r.choice([60, 90, 120])) if x >= 3 else '技能操作考核＋综合评审（论文答辩）'
        rows.append([o['name'] if i == 0 else None, LV_BOTH[x], theory, skill, '各科成绩均达60分及以上'])
    return rows


def impl_blocks(pk, v, with_eval=True):
    r = pk.rng
    nm = pk.name
    B = [('title', f'{nm}\n职业技能等级认定项目实施方案'),
         ('h', '一、项目概述'),
         ('p', f'本方案依据相应国家职业技能标准制定，适用于本单位组织实施的{"、".join(o["name"] for o, _ in pk.apps)}职业技能等级认定。'),
         ('h', '二、考务组织'),
         ('p', f'认定工作在{pk.site_addr}考核点进行，每批次考生不超过{r.choice([30, 40, 60])}人，考评员与考生配比不低于1:15，'
               '全程视频监控，督导员现场巡视。'),
         ('h', '三、成绩管理与证书发放'),
         ('p', '考试成绩经两级复核后录入信息系统，公示5个工作日无异议后制发证书。')]
    if not with_eval:
        return B
    if v == 0:  # paragraphs per occupation and level
        B.append(('h', '四、各等级评价方案'))
        for k, (o, lv) in enumerate(pk.apps):
            B.append(('h', f'（{"一二三四五"[k]}）{o["code"]} {o["name"]}'))
            for x in sorted(lv, reverse=True):
                B.append(('p', f'{LV_BOTH[x]}评价方案：申报条件按国家职业技能标准执行；评价方式为理论知识考试和技能操作考核'
                               f'{"及综合评审" if x <= 2 else ""}，理论知识考试采用闭卷机考，时长90分钟，技能考核采用实际操作方式；'
                               '各项成绩均达60分及以上者为合格。'))
    elif v == 1:  # table with merged cells
        rows = []
        for o, lv in pk.apps:
            rows += _eval_rows(o, lv, r)
        B += [('h', '四、评价方案一览'),
              ('table', ['职业（工种）', '等级', '理论知识', '技能考核', '合格标准'], rows, [0.22, 0.18, 0.22, 0.22, 0.16])]
    else:  # chapter per occupation
        for k, (o, lv) in enumerate(pk.apps):
            B += [('pb',), ('title', f'{o["name"]}评价方案'),
                  ('pn', f'职业编码：{o["code"]}　　申报等级：{levels_text(lv, "num")}')]
            for x in sorted(lv, reverse=True):
                B += [('h', f'{LV_NUM[x]}评价方案'),
                      ('pn', f'1. 评价内容：{"、".join(TOPICS.get(o["code"], (["职业道德", "基础知识"], []))[0][:3])}等。'),
                      ('pn', f'2. 评价方式：理论知识考试（{r.choice([60, 90])}分钟）＋技能操作考核（{r.choice([60, 90, 120])}分钟）。'),
                      ('pn', '3. 合格标准：满分100分，各项均达60分以上为合格。')]
    return B


def eval_blocks(pk, o, lv):
    r = pk.rng
    B = [('title', f'{o["name"]}\n职业技能等级评价方案'), ('pn', f'制定单位：{pk.name}'),
         ('pn', f'职业编码：{o["code"]}')]
    rows = _eval_rows(o, lv, r)
    B.append(('table', ['职业（工种）', '等级', '理论知识', '技能考核', '合格标准'], rows, [0.22, 0.18, 0.22, 0.22, 0.16]))
    for x in sorted(lv, reverse=True):
        B += [('h', f'{LV_BOTH[x]}'), ('p', '考核场所、设备及考评人员配置按国家职业技能标准执行；技能考核按操作规范、'
                                             '完成质量、安全文明生产等要素评分。')]
    return B


# =============================================================== sample papers
SET_TITLES = [
    lambda s: f'理论知识样题（{"一二三"[s]}）',
    lambda s: f'样卷（{"AB"[s]}卷）',
    lambda s: f'模拟试卷{s + 1}',
    lambda s: f'理论知识试卷（第{"一二"[s]}套）',
    lambda s: f'技能操作考核试题 {"AB"[s]} 卷',
    lambda s: f'样题{"一二"[s]}',
]


def sample_blocks(pk, o, lv, s, tstyle, answers=False):
    seed = f'{pk.idx}-{o["code"]}-{o["name"]}-{lv}-{s}'
    r = random.Random(seed)
    topics, tasks = TOPICS.get(o['code'], (['职业道德', '安全生产', '法律法规', '基础知识', '操作规范', '质量管理'], ['综合操作']))
    title = SET_TITLES[tstyle](s)
    lvname = LV_BOTH[lv] if tstyle % 2 == 0 else LV_NUM[lv]
    B = [('center', f'{pk.name}　职业技能等级认定'),
         ('title', f'{o["name"]}（{lvname}）\n{title}'),
         ('pn', f'职业编码：{o["code"]}　　考试时间：{r.choice([60, 90, 120])}分钟　　满分：100分')]
    if tstyle != 4:
        B.append(('h', '一、单项选择题（每题2分）'))
        tps = topics[:]
        r.shuffle(tps)
        qs = []
        for i in range(6):
            tp = tps[i % len(tps)]
            stem = r.choice(['下列关于{t}的说法，正确的是', '{t}工作中，首先应当', '在{t}环节，不符合规范的做法是',
                             '{t}的主要目的是', '开展{t}时，应重点关注'])
            B.append(('pn', f'{i + 1}. {stem.format(t=tp)}（　　）。'))
            B.append(('pn', f'A. 严格执行操作规程　B. 凭经验简化步骤　C. 视情况决定　D. 交由他人处理'
                            if r.random() < 0.5 else
                            f'A. 先记录后处理　B. 先确认安全条件　C. 直接开始作业　D. 等待上级指令'))
            qs.append(r.choice('ABCD'))
        B.append(('h', '二、判断题（每题1分）'))
        for i in range(4):
            tp = r.choice(topics)
            B.append(('pn', f'{7 + i}. {tp}应遵循相关国家标准和行业规范。（　　）' if r.random() < 0.6 else
                            f'{7 + i}. 为提高效率，{tp}可以省略复核步骤。（　　）'))
    B.append(('h', '技能操作考核' if tstyle != 4 else '试题'))
    for i, t in enumerate(r.sample(tasks, min(len(tasks), 2))):
        B.append(('pn', f'试题{i + 1}：{t}\n考核要求：按操作规程完成，注意安全防护；配分{r.choice([30, 40, 50])}分；考核时间{r.choice([20, 30, 40])}分钟。'))
    if answers:
        B += [('pb',), ('title', f'{title} 参考答案'), ('pn', '一、' + ' '.join(f'{i + 1}.{r.choice("ABCD")}' for i in range(6))),
              ('pn', '二、7.√ 8.× 9.√ 10.×'), ('pn', '技能操作评分要点：操作规范30%，完成质量50%，安全文明20%。')]
    return B


# =============================================================== extras
def teacher_list_blocks(pk):
    r = pk.rng
    fam = '王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗'
    given = ['敏', '磊', '婷', '杰', '芳', '军', '静', '涛', '燕', '斌', '晓东', '丽华', '建国', '海燕']
    rows = [[str(i + 1), r.choice(fam) + r.choice(given), r.choice(['高级考评员', '考评员', '质量督导员']),
             r.choice(['高级技师', '技师', '高级工程师', '讲师']), str(r.randint(5, 25))] for i in range(10)]
    return [('title', f'{pk.name}\n考评人员及师资名单'),
            ('table', ['序号', '姓名', '岗位', '资格/职称', '从业年限'], rows, [0.1, 0.2, 0.25, 0.25, 0.2])]


def toc_blocks(pk, items):
    return [('title', '申报材料目录'), ('pn', f'申报单位：{pk.name}'),
            ('table', ['序号', '材料名称', '页码'], [[str(i + 1), it, str(i * 2 + 1)] for i, it in enumerate(items)], [0.12, 0.7, 0.18])]


def floorplan_blocks(pk):
    return [('title', f'{pk.name}考核点平面布置图'), ('pn', f'地址：{pk.site_addr}　　面积：{pk.area}㎡'),
            ('raw', '<svg width="640" height="420" style="border:1px solid #333">'
                    '<rect x="10" y="10" width="300" height="200" fill="none" stroke="#000" stroke-width="2"/>'
                    '<text x="100" y="110" font-size="18">理论考试室</text>'
                    '<rect x="320" y="10" width="310" height="200" fill="none" stroke="#000" stroke-width="2"/>'
                    '<text x="420" y="110" font-size="18">技能操作室</text>'
                    '<rect x="10" y="220" width="200" height="190" fill="none" stroke="#000" stroke-width="2"/>'
                    '<text x="60" y="320" font-size="18">候考区</text>'
                    '<rect x="220" y="220" width="410" height="190" fill="none" stroke="#000" stroke-width="2"/>'
                    '<text x="360" y="320" font-size="18">监控室 / 档案室</text>'
                    '<circle cx="30" cy="30" r="6" fill="red"/><circle cx="610" cy="30" r="6" fill="red"/>'
                    '</svg>'),
            ('small', '图例：● 监控摄像头')]
