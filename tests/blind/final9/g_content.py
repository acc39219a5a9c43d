# -*- coding: utf-8 -*-
"""Content for the final9 corpus: occupations, credit codes, organisations and
templates (as block lists, see g_render) for every material of the notice."""
import datetime as dt
import random
from g_render import (LH, DOCNO, TITLE, SUB, H, P, KV, TABLE, SIGN, PB, SP, IMG, RULE, Seal)

# ------------------------------------------------------------------ notice
OCCS = [
    ('3-01-01-02', '政务服务办事员', [5, 4, 3]),
    ('4-03-02-10', '调饮师', [5, 4, 3, 2, 1]),
    ('4-03-02-11', '食品安全管理师', [5, 4, 3, 2, 1]),
    ('4-04-04-02', '网络与信息安全管理师（数据安全管理员）', [4, 3, 2, 1]),
    ('4-04-04-05', '数字化解决方案设计师', [4, 3, 2, 1]),
    ('4-04-05-10', '数字孪生应用技术员', [5, 4, 3, 2, 1]),
    ('4-06-02-02', '房地产策划师', [4, 3, 2, 1]),
    ('4-07-02-02', '科技咨询师', [3, 2, 1]),
    ('4-07-02-04', '信用管理师', [4, 3, 2, 1]),
    ('4-08-05-06', '计量员（热工计量员）', [4, 3]),
    ('4-08-08-04', '色彩搭配师', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员', [5]),
    ('4-09-07-04', '碳排放管理员（碳排放监测员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放核算员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放核查员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放交易员）', [4, 3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（碳排放咨询员）', [3, 2, 1]),
    ('4-09-07-04', '碳排放管理员（民航碳排放管理员）', [4, 3, 2, 1]),
    ('4-09-07-06', '建筑节能减排咨询师', [5, 4, 3, 2, 1]),
    ('4-09-08-01', '保洁员', [5, 4, 3]),
    ('4-09-08-02', '生活垃圾清运工（生活垃圾收集工）', [5, 4, 3]),
    ('4-09-10-03', '盆景师', [5, 4, 3, 2, 1]),
    ('4-10-04-01', '保健调理师（保健艾灸师）', [5, 4, 3]),
    ('4-14-01-02', '医疗护理员', [5, 4, 3, 2, 1]),
    ('4-14-02-01', '营养师（公共营养师）', [4, 3, 2, 1]),
    ('4-14-03-01', '助听器验配师', [4, 3, 2, 1]),
    ('4-14-04-04', '社群健康助理员', [4, 3, 2]),
    ('6-11-01-03', '化工总控工', [5, 4, 3, 2, 1]),
] + [('6-12-03-00', '药物制剂工（%s）' % g, [5, 4, 3, 2, 1]) for g in [
    '片剂制备', '注射剂制备', '液体制剂制备', '胶囊剂制备', '气雾剂与喷雾剂制备', '滴丸剂制备', '软膏剂与乳膏剂制备',
    '栓剂与膜剂制备', '贴膏剂制备', '制剂与医用制品灭菌', '浸出药剂制备', '泛制丸与塑制丸制备', '散剂、茶剂与灸熨剂制备',
    '膏药制备', '胶剂制备', '提取物制备', '颗粒剂制备']] + [
    ('6-18-01-13', '增材制造设备操作员', [5, 4, 3, 2, 1]),
    ('6-29-03-04', '管工', [5, 4, 3, 2, 1]),
    ('6-29-03-10', '轨道交通信号工（城市轨道交通信号工）', [5, 4, 3, 2, 1]),
]
assert len(OCCS) == 48
NOT_IN_NOTICE = {'育婴员': ('4-10-01-02', '育婴员', [5, 4, 3, 2, 1])}


class Occ:
    def __init__(self, code, full, allowed):
        self.code, self.full, self.allowed = code, full, allowed
        if '（' in full and full.endswith('）'):
            self.base, self.gz = full[:-1].split('（', 1)
        else:
            self.base, self.gz = full, None


def occ(full):
    for c, n, l in OCCS:
        if n == full:
            return Occ(c, n, l)
    c, n, l = NOT_IN_NOTICE[full]
    return Occ(c, n, l)


class App:
    def __init__(self, full, levels):
        self.occ = occ(full)
        self.levels = sorted(levels, reverse=True)   # 5 first


# ------------------------------------------------------------------ levels
LV = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LV_OLD = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LV_SHORT = {5: '初级', 4: '中级', 3: '高级', 2: '技师', 1: '高级技师'}
CN = '〇一二三四五六七八九'
FW = '０１２３４５６７８９'


def lv_combo(l):
    return '%s/%s' % (LV[l], LV_OLD[l])


def lv_paren(l):
    return '%s（%s）' % (LV[l], LV_OLD[l])


def fmt_levels(levels, mode):
    ls = sorted(levels, reverse=True)
    if mode == 'boxes':
        return '  '.join(('☑' if l in ls else '□') + LV[l] for l in [5, 4, 3, 2, 1])
    if mode == 'boxes_sq':
        return '  '.join(('■' if l in ls else '□') + LV_OLD[l] for l in [5, 4, 3, 2, 1])
    if mode == 'boxes_check':
        return ' '.join(('√' if l in ls else '  ') + LV[l] for l in [5, 4, 3, 2, 1] if True)
    if mode == 'range':
        return LV[ls[0]] if len(ls) == 1 else '%s至%s' % (LV[ls[0]], LV[ls[-1]])
    if mode == 'range_short':
        return LV[ls[0]] if len(ls) == 1 else '%s至%s级' % (LV[ls[0]][0], LV[ls[-1]][0])
    if mode == 'range_dash':
        return LV[ls[0]] if len(ls) == 1 else '%s—%s' % (LV[ls[-1]], LV[ls[0]])
    if mode == 'old':
        return '、'.join(LV_OLD[l] for l in ls)
    if mode == 'combo':
        return '、'.join(lv_combo(l) for l in ls)
    if mode == 'paren':
        return '、'.join(lv_paren(l) for l in ls)
    if mode == 'fullwidth':
        return '、'.join('%s级' % FW[l] for l in ls)
    if mode == 'list':
        return '、'.join(LV[l] for l in ls)
    raise ValueError(mode)


# ------------------------------------------------------------------ dates
def cn_num(n):
    if n < 10:
        return '〇一二三四五六七八九'[n] if n else '〇'
    if n < 20:
        return '十' + ('' if n == 10 else CN[n - 10])
    return CN[n // 10] + '十' + ('' if n % 10 == 0 else CN[n % 10])


def cn_date(d):
    return '%s年%s月%s日' % (''.join(CN[int(c)] for c in str(d.year)), cn_num(d.month).replace('〇', ''), cn_num(d.day))


def ar_date(d, style=0):
    return ['%d年%d月%d日' % (d.year, d.month, d.day), '%d年%02d月%02d日' % (d.year, d.month, d.day),
            '%d-%02d-%02d' % (d.year, d.month, d.day), '%d.%d.%d' % (d.year, d.month, d.day)][style]


def cn_year(y):
    return ''.join(CN[int(c)] for c in str(y))


# ------------------------------------------------------------------ credit codes
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(c):
    return int(c) if c.isdigit() else ord(c) - 55


def chk9(s8):
    r = 11 - sum(_v36(c) * w for c, w in zip(s8, W9)) % 11
    return 'X' if r == 10 else '0' if r == 11 else str(r)


def chk18(s17):
    return ALPH[(31 - sum(ALPH.index(c) * w for c, w in zip(s17, W18)) % 31) % 31]


def code_valid(code):
    return chk9(code[8:16]) == code[16] and chk18(code[:17]) == code[17]


def make_code(rnd, cat, region, style='MA'):
    al = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    if style == 'MA':
        body = 'MA' + ''.join(rnd.choice(al) for _ in range(6))
    elif style == 'MJ':
        body = 'MJ' + ''.join(rnd.choice(al) for _ in range(6))
    elif style == 'old':   # converted from an old 9-digit organisation code
        body = ''.join(rnd.choice('0123456789') for _ in range(8))
    else:
        body = style + ''.join(rnd.choice(al) for _ in range(8 - len(style)))
    org9 = body + chk9(body)
    s17 = cat + region + org9
    code = s17 + chk18(s17)
    assert code_valid(code)
    return code


def break_code(code):
    """Same code with a wrong 18th character (mod-31 check fails, embedded digit still fine)."""
    i = ALPH.index(code[17])
    return code[:17] + ALPH[(i + 7) % 31]


for _c in ['91310115MA1FL0A00C', '52310104MJ5K3L7D1F', '123100004250018698']:
    assert code_valid(_c)
for _c in ['91310115MA1FL0A00D', '52310104MJ5K3L7D0C']:
    assert not code_valid(_c)

DISTRICTS = {
    '黄浦区': ('310101', '黄人社'), '徐汇区': ('310104', '徐人社'), '长宁区': ('310105', '长人社'),
    '静安区': ('310106', '静人社'), '普陀区': ('310107', '普人社'), '虹口区': ('310109', '虹人社'),
    '杨浦区': ('310110', '杨人社'), '闵行区': ('310112', '闵人社'), '宝山区': ('310113', '宝人社'),
    '嘉定区': ('310114', '嘉人社'), '浦东新区': ('310115', '浦人社'), '金山区': ('310116', '金人社'),
    '松江区': ('310117', '松人社'), '青浦区': ('310118', '青人社'), '奉贤区': ('310120', '奉人社'),
    '崇明区': ('310151', '崇人社'),
}


# ------------------------------------------------------------------ organisations
class Org:
    def __init__(self, **kw):
        self.parent = None
        self.sponsor = None
        self.english = None
        self.__dict__.update(kw)

    @property
    def is_np(self):
        return self.kind in ('minfei', 'shetuan')


class Issuer:
    def __init__(self, name, abbr, kind='gov', address='', contact='', short=None):
        self.name, self.abbr, self.kind, self.address, self.contact = name, abbr, kind, address, contact
        self.short = short or name


class Ctx:
    """Everything a template needs for one package."""
    def __init__(self, org, apps, rnd, submit, industry, district, seed):
        self.org, self.apps, self.rnd, self.submit, self.ind, self.district, self.seed = \
            org, apps, rnd, submit, industry, district, seed
        self.form_name = org.name          # name written on the application form
        self.letter_name = org.name        # name the industry letter recommends
        self.district_issuer = None        # override: (issuer name, docno prefix)
        self.code_shown = org.code
        self.other_code = None
        r = random.Random(seed * 7 + 1)
        self.ind_phone = '2%d%06d' % (r.randint(1, 4), r.randint(0, 999999))
        self.dist_contact = r.choice(['李老师', '王科长', '陈老师', '张科', '周老师', '赵主任'])
        self.dist_phone = '%d%07d' % (r.choice([5, 6]), r.randint(0, 9999999))
        self.credit_records = {}

    def occ_list(self, sep='、'):
        return sep.join(a.occ.full for a in self.apps)

    def app_lines(self, mode='list'):
        return '；'.join('%s（%s）%s' % (a.occ.full, a.occ.code, fmt_levels(a.levels, mode)) for a in self.apps)

    def pick(self, seq):
        return self.rnd.choice(seq)


def seal_org(ctx, sub=''):
    return Seal(ctx.org.name, sub=sub)


# ------------------------------------------------------------------ knowledge for plans and papers
TERMS = {
    '政务服务办事员': (['政务服务事项清单', '“一网通办”受理流程', '首问负责制', '一次性告知制度', '容缺受理机制', '“好差评”评价制度', '政务信息保密要求', '帮办代办服务'],
                 ['综合窗口受理登记', '办件材料预审', '群众咨询接待与解答', '投诉处理与回访']),
    '调饮师': (['茶饮原料验收', '奶茶基底调配', '鲜果处理与储存', '饮品糖度控制', '食品添加剂使用规范', '门店卫生管理', '冷饮出品温度', '器具清洗消毒'],
            ['调制一杯珍珠奶茶', '调制鲜果茶', '冷萃咖啡饮品制作', '新品饮品配方设计']),
    '食品安全管理师': (['HACCP体系', '食品贮存温度控制', '食品添加剂管理', '过敏原标识', '从业人员健康管理', '食品召回制度', '进货查验记录', '餐用具清洗消毒'],
                ['编制关键控制点计划', '开展食品安全自查', '处置食品安全事故', '培训考核从业人员']),
    '网络与信息安全管理师': (['数据分类分级', '个人信息保护', '访问控制策略', '数据脱敏', '安全审计日志', '数据备份与恢复', '数据出境评估', '密钥管理'],
                   ['配置数据库访问权限', '实施数据脱敏方案', '数据安全事件应急处置', '编制数据安全管理制度']),
    '数字化解决方案设计师': (['业务流程建模', '需求调研方法', '系统架构设计', '云计算部署模式', '数据中台', '项目成本估算', '解决方案评审', '数字化成熟度评估'],
                   ['编写需求规格说明书', '绘制业务流程图', '设计解决方案总体架构', '方案评审与汇报']),
    '数字孪生应用技术员': (['三维建模', '物联网数据接入', '模型轻量化', '数据可视化', '仿真运行', '孪生体更新机制', '坐标系与精度', '数据接口协议'],
                  ['搭建设备三维模型', '接入传感器实时数据', '配置可视化看板', '运行仿真并分析结果']),
    '房地产策划师': (['市场调研', '项目定位', '营销推广', '客群分析', '价格策略', '销售进度控制', '竞品分析', '开盘策划'],
               ['撰写项目市场调研报告', '制定项目定位方案', '编制营销推广计划', '制定一房一价表']),
    '科技咨询师': (['技术评估', '科技项目申报', '知识产权分析', '技术交易', '可行性研究', '咨询合同管理', '技术成熟度', '科技成果转化'],
              ['编写可行性研究报告', '开展技术成熟度评估', '专利检索与分析', '制定技术转移方案']),
    '信用管理师': (['企业信用评估', '客户信用档案', '应收账款管理', '信用风险预警', '征信数据使用', '信用修复', '信用额度核定', '商账追收'],
              ['建立客户信用档案', '核定客户信用额度', '制定逾期账款催收方案', '分析企业信用报告']),
    '计量员': (['温度计量器具检定', '压力表检定', '测量不确定度评定', '计量标准器管理', '量值传递', '原始记录管理', '检定规程', '环境条件控制'],
            ['工业铂电阻检定', '弹簧管压力表检定', '热电偶校准', '编制检定证书']),
    '色彩搭配师': (['色相、明度与纯度', '色彩心理', '服饰色彩搭配', '空间色彩设计', '四季色彩理论', '配色方案表达', '色卡使用', '光源与显色'],
              ['个人色彩诊断', '服饰搭配方案设计', '室内空间配色', '品牌色彩方案']),
    '碳排放管理员': (['温室气体种类', '排放因子选取', '核算边界确定', '监测计划', '碳排放配额', '核查程序', '数据质量控制', '碳交易规则'],
               ['编制碳排放监测计划', '计算企业年度排放量', '核查现场资料', '完成一次配额交易操作']),
    '建筑节能减排咨询师': (['围护结构热工性能', '建筑能耗监测', '可再生能源建筑应用', '绿色建筑评价标准', '节能诊断', '合同能源管理', '暖通空调系统节能', '照明节能'],
                  ['开展建筑能耗诊断', '编制节能改造方案', '绿色建筑自评估', '分析能耗监测数据']),
    '保洁员': (['清洁剂分类与使用', '地面清洁保养', '玻璃清洁', '卫生间消毒', '垃圾分类', '清洁设备安全操作', '石材养护', '作业标识设置'],
            ['大理石地面清洁', '卫生间清洁消毒', '地毯清洗', '编制清洁作业计划']),
    '生活垃圾清运工': (['生活垃圾分类标准', '收集容器管理', '收运车辆操作', '作业安全防护', '密闭化运输', '收运台账记录', '湿垃圾破袋', '混装处置'],
                ['分类收集作业', '垃圾桶清洗消毒', '收运路线规划', '混装问题现场处置']),
    '盆景师': (['树木盆景造型', '山水盆景', '蟠扎技法', '修剪技法', '盆钵选配', '养护管理', '题名与陈设', '病虫害防治'],
            ['树桩盆景蟠扎', '山石选材与拼接', '盆景翻盆换土', '盆景作品创作']),
    '保健调理师': (['艾灸常用穴位', '艾条与艾炷', '温和灸', '隔姜灸', '艾灸禁忌', '烫伤预防与处理', '体质辨识', '服务礼仪'],
              ['温和灸操作', '隔物灸操作', '体质辨识与记录', '制定艾灸调理方案']),
    '医疗护理员': (['生命体征观察', '卧床患者翻身', '压疮预防', '口腔清洁', '鼻饲喂食', '消毒隔离', '跌倒预防', '出入量记录'],
              ['协助患者翻身侧卧', '床上擦浴', '测量体温、脉搏、呼吸', '为卧床患者更换床单']),
    '营养师': (['膳食营养素参考摄入量', '膳食调查', '人体测量', '营养评价', '食谱编制', '营养宣教', '食物成分表', '特殊人群营养'],
            ['24小时膳食回顾调查', '身体测量与评价', '编制一日食谱', '营养咨询与指导']),
    '助听器验配师': (['纯音测听', '声导抗测试', '助听器选配', '耳印模制取', '验配调试', '效果评估', '听力损失分级', '助听器保养'],
               ['纯音听阈测试', '耳印模制取', '助听器编程调试', '言语识别率评估']),
    '社群健康助理员': (['健康档案管理', '慢病随访', '健康教育', '社区资源链接', '居家安全评估', '心理支持', '健康风险筛查', '家庭医生签约'],
                ['建立居民健康档案', '高血压患者随访', '组织社区健康讲座', '居家环境安全评估']),
    '化工总控工': (['化工单元操作', 'DCS操作', '工艺参数控制', '安全联锁', '危险化学品管理', '开停车操作', '物料衡算', '设备巡检'],
              ['精馏塔开车操作', '反应器温度控制', '异常工况应急处置', 'DCS仿真操作']),
    '药物制剂工': (['GMP基本要求', '洁净区管理', '物料称量与复核', '工艺用水', '设备清洁与状态标识', '批生产记录', '偏差处理', '中间产品质量控制'],
              ['{gz}关键工序操作', '设备清洁与状态标识', '批生产记录填写', '中间产品质量检查']),
    '增材制造设备操作员': (['三维模型处理', '切片参数设置', '熔融沉积成型', '光固化成型', '激光选区熔化', '后处理工艺', '粉末材料管理', '设备维护保养'],
                  ['模型修复与切片', '设备调平与打印', '支撑去除与后处理', '打印缺陷分析']),
    '管工': (['管道识图', '管材与管件', '管道切割与坡口', '螺纹连接', '焊接连接', '压力试验', '支吊架安装', '管道防腐保温'],
           ['管道放样下料', '螺纹管路安装', '管道压力试验', '管道支吊架安装']),
    '轨道交通信号工': (['信号机', '转辙机', '计轴设备', '联锁系统', 'ATC系统', '信号设备维护', '电源屏', '应答器'],
                ['转辙机检修', '信号机点灯电路测试', '计轴设备故障处理', '联锁试验']),
    '育婴员': (['婴儿喂养', '生活照料', '日常保健', '早期发展', '意外伤害预防', '辅食添加', '睡眠照料', '预防接种'],
            ['冲调配方奶', '婴儿沐浴', '婴儿抚触', '辅食制作']),
}


def terms(o):
    t, k = TERMS[o.base]
    return t, [x.format(gz=o.gz or o.base) for x in k]


def eval_row(o, l):
    """Assessment design for one occupation + level."""
    theory = 90 if l >= 4 else 120
    skill = {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[l]
    review = l <= 2
    return theory, skill, review


# ------------------------------------------------------------------ application forms
def _org_type_word(org):
    return {'company': '企业', 'branch': '企业（分支机构）', 'minfei': '民办非企业单位', 'shetuan': '社会团体',
            'shiye': '事业单位'}[org.kind]


def af_table(ctx, mode='boxes', remarks=False, title_lines=('社会培训评价组织征集遴选申请表',)):
    o = ctx.org
    rows = [
        ['单位名称', ctx.form_name, '', ''],
        ['统一社会信用代码', ctx.code_shown, '单位性质', _org_type_word(o)],
        ['法定代表人', o.rep, '成立时间', ar_date(o.founded)],
        ['注册地址', o.address, '', ''],
        ['考核点地址', o.site, '', ''],
        ['联系人', o.contact, '联系电话', o.phone],
        ['申报职业（工种）及等级', '', '', ''],
        ['职业编码', '职业（工种）名称', '申报等级', '备注' if remarks else '考核点'],
    ]
    spans = [(0, 1, 1, 3), (3, 1, 1, 3), (4, 1, 1, 3), (6, 0, 1, 4)]
    for a in ctx.apps:
        rows.append([a.occ.code, a.occ.full, fmt_levels(a.levels, mode),
                     ('首次申报' if remarks else o.site_district)])
    rows.append(['单位意见', '本单位对所填报信息及提交材料的真实性、有效性、合法性负责。\n\n单位（盖章）：\n%s' % ar_date(ctx.submit, 1), '', ''])
    spans.append((len(rows) - 1, 1, 1, 3))
    b = [TITLE(*title_lines), P('填报日期：%s' % ar_date(ctx.submit), indent=False, align='right'),
         TABLE(rows, widths=[0.2, 0.38, 0.24, 0.18], header=0, spans=spans, align='left')]
    b.append(SIGN([ctx.form_name], seal=Seal(ctx.form_name)))
    return b


def af_web(ctx, mode='combo'):
    """Printed from the 自助经办系统 web form (rendered by Chromium with a fixed header)."""
    o = ctx.org
    b = [TITLE('新增备案机构申报 — 申请表', size=15), SUB('申报批次：2025年第1批（沪人社职〔2024〕447号）　业务流水号：ZJ%s%04d' % (ctx.submit.strftime('%Y%m%d'), ctx.seed % 10000)),
         H('一、申报单位信息', 2),
         TABLE([['单位名称', ctx.form_name, '统一社会信用代码', ctx.code_shown],
                ['单位类型', _org_type_word(o), '法定代表人', o.rep],
                ['所在区', o.district, '注册资本（开办资金）', o.capital],
                ['通讯地址', o.address, '邮政编码', o.zip],
                ['经办人', o.contact, '手机号码', o.phone]], widths=[0.16, 0.34, 0.2, 0.3], header=0, align='left', size=9.5),
         H('二、申报项目', 2)]
    rows = [['序号', '职业编码', '职业名称', '工种', '申报等级']]
    for i, a in enumerate(ctx.apps, 1):
        rows.append([str(i), a.occ.code, a.occ.base, a.occ.gz or '—', fmt_levels(a.levels, mode)])
    b.append(TABLE(rows, widths=[0.07, 0.15, 0.28, 0.2, 0.3], size=9.5))
    b += [H('三、考核点信息', 2),
          TABLE([['考核点名称', '考核点地址', '所在区', '场地面积（㎡）'],
                 [o.site_name, o.site, o.site_district, str(o.site_area)]], widths=[0.28, 0.42, 0.12, 0.18], size=9.5),
          H('四、申报承诺', 2),
          P('本单位已知悉申报要求，承诺所填报信息及上传附件真实、准确、完整，如有虚假，自愿承担相应责任。'),
          P('提交状态：已提交　　提交时间：%s 10:%02d:%02d' % (ar_date(ctx.submit, 2), ctx.seed % 60, (ctx.seed * 7) % 60), indent=False),
          SIGN(['申报单位（电子签章）：%s' % ctx.form_name], seal=Seal(ctx.form_name, sub='电子签章'))]
    return b


def af_kv_page2(ctx, mode='range', cover=True):
    o = ctx.org
    b = [TITLE('上海市社会培训评价组织', '征集遴选申请表', size=20), SP(10),
         KV([('申报单位：', ctx.form_name), ('统一社会信用代码：', ctx.code_shown), ('申报类别：', '社会培训评价组织'),
             ('填报日期：', ar_date(ctx.submit))], widths=(0.3, 0.7)), SP(20),
         P('上海市职业技能鉴定中心　制', indent=False, align='center'), PB()] if cover else [
         TITLE('社会培训评价组织征集遴选申请表', size=17), P('填报日期：%s' % ar_date(ctx.submit, 3), indent=False, align='right')]
    b += [H('一、单位基本情况'),
         KV([('单位名称', ctx.form_name), ('统一社会信用代码', ctx.code_shown), ('登记类型', o.type_line),
             ('法定代表人', o.rep), ('住所', o.address), ('成立日期', ar_date(o.founded)),
             ('专职工作人员', '%d人' % o.staff), ('考评人员', '%d人' % o.raters), ('联系人及电话', '%s　%s' % (o.contact, o.phone))], border=True),
         H('二、单位简介'),
         P(o.intro), PB(),
         H('三、申报职业（工种）及等级')]
    rows = [['序号', '职业（工种）', '职业编码', '申报等级', '考核点']]
    for i, a in enumerate(ctx.apps, 1):
        rows.append([str(i), a.occ.full, a.occ.code, fmt_levels(a.levels, mode), o.site])
    b.append(TABLE(rows, widths=[0.07, 0.3, 0.15, 0.18, 0.3]))
    b += [H('四、申报单位承诺'),
          P('我单位自愿申报社会培训评价组织，所提交材料真实有效，愿意接受人力资源社会保障部门及行业主管部门的监督管理。'),
          SIGN(['法定代表人（签字）：%s' % o.rep, '申报单位（公章）', ar_date(ctx.submit)], seal=Seal(ctx.form_name))]
    return b


def af_columns(ctx):
    """Level columns with √ and a two-row header with merged cells."""
    o = ctx.org
    rows = [['职业编码', '职业名称', '工种', '申报等级', '', '', '', ''],
            ['', '', '', '五级', '四级', '三级', '二级', '一级']]
    for a in ctx.apps:
        rows.append([a.occ.code, a.occ.base, a.occ.gz or '', ] + [('√' if l in a.levels else '') for l in [5, 4, 3, 2, 1]])
    spans = [(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 5)]
    b = [TITLE('社会培训评价组织征集遴选申请表', size=17),
         TABLE([['申报单位名称', ctx.form_name], ['统一社会信用代码', ctx.code_shown], ['单位地址', o.address],
                ['法定代表人', o.rep], ['联系人/电话', '%s / %s' % (o.contact, o.phone)],
                ['考核点', '%s（%s）' % (o.site, o.site_district)]], widths=[0.26, 0.74], header=0, align='left'),
         P('申报职业（工种）及等级（在对应等级栏内打“√”）：', indent=False),
         TABLE(rows, widths=[0.15, 0.25, 0.2, 0.08, 0.08, 0.08, 0.08, 0.08], header=2, spans=spans),
         P('注：等级对应关系为五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。', indent=False, size=9),
         SIGN(['申报单位（盖章）', ar_date(ctx.submit, 1)], seal=Seal(ctx.form_name))]
    return b


def af_wrapped(ctx, mode='old'):
    """Wrapped cells with code under the name, a remarks column and 考核点 column."""
    o = ctx.org
    rows = [['序号', '职业（工种）名称\n及编码', '申报等级', '考核点地址', '备注']]
    for i, a in enumerate(ctx.apps, 1):
        rows.append([str(i), '%s\n%s' % (a.occ.full, a.occ.code), fmt_levels(a.levels, mode), o.site,
                     '已具备%s考核设备' % ('理论机考及技能' if i % 2 else '技能')])
    b = [P('附件1', indent=False, bold=True), TITLE('社会培训评价组织征集遴选申请表'),
         KV([('申报单位（盖章）：', ctx.form_name), ('统一社会信用代码：', ctx.code_shown), ('单位性质：', o.type_line),
             ('法定代表人：', o.rep), ('联系人：', '%s（%s）' % (o.contact, o.phone))]),
         TABLE(rows, widths=[0.07, 0.3, 0.2, 0.28, 0.15]),
         P('申报理由：%s' % o.reason),
         SIGN(['%s（盖章）' % ctx.form_name, ar_date(ctx.submit)], seal=Seal(ctx.form_name))]
    return b


def af_sections(ctx, mode='boxes'):
    """One block of fields per occupation (申报项目一、二…), levels as a tick list."""
    o = ctx.org
    b = [TITLE('社会培训评价组织征集遴选申请表', size=16), SUB('（2025年度）'),
         H('第一部分　申报单位', 2),
         KV([('单位全称', ctx.form_name), ('统一社会信用代码', ctx.code_shown), ('登记机关', o.authority),
             ('单位地址', o.address), ('法定代表人/负责人', o.rep), ('联系人', o.contact), ('联系电话', o.phone)], border=True),
         H('第二部分　申报项目', 2)]
    for i, a in enumerate(ctx.apps, 1):
        b.append(P('申报项目%s' % '一二三四五'[i - 1], indent=False, bold=True))
        b.append(KV([('职业名称', a.occ.base), ('工种', a.occ.gz or '无'), ('职业编码', a.occ.code),
                     ('申报等级', fmt_levels(a.levels, mode)), ('考核点', '%s（%s）' % (o.site, o.site_district))], border=True))
    b += [H('第三部分　申报单位意见', 2),
          P('经本单位研究，同意申报上述项目，并对申报材料的真实性负责。'),
          SIGN(['负责人签字：%s' % o.rep, '（单位公章）', ar_date(ctx.submit, 3)], seal=Seal(ctx.form_name))]
    return b


# ------------------------------------------------------------------ letters
def _letter_body_ind(ctx, variant):
    o = ctx.org
    n = ctx.letter_name
    occs = ctx.app_lines(['list', 'range', 'combo', 'old'][variant % 4])
    if variant % 3 == 0:
        return [P('%s（统一社会信用代码：%s）是本市依法登记的%s，长期从事%s相关培训和评价工作，管理规范，社会信用良好。'
                  % (n, ctx.code_shown if n == o.name else ctx.other_code, '独立法人单位', o.field)),
                P('经研究，同意推荐该单位申报社会培训评价组织，申报职业（工种）及等级为：%s。' % occs),
                P('我委将按照职责做好行业指导和监督工作。'), P('特此函告。')]
    if variant % 3 == 1:
        return [P('根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，'
                  '经审核，%s具有开展%s职业技能等级认定的基础条件，在行业内有较好影响力。' % (n, ctx.occ_list())),
                P('现推荐%s申报%s。' % (n, occs)), P('请予支持。')]
    return [P('兹有%s，系本行业%s领域骨干单位，具备专职工作人员、专家团队和考核场地设备，近三年未发生违法违规行为。' % (n, o.field)),
            P('我单位同意推荐其参加本次社会培训评价组织征集遴选，申报项目：%s。' % occs),
            P('特此推荐。')]


def industry_letter(ctx, variant, date, seal=True, docno_n=None):
    i = ctx.ind
    n = ctx.letter_name
    s = Seal(i.name) if seal else None
    docno = '%s〔2025〕%d号' % (i.abbr, docno_n or (ctx.seed % 90 + 7))
    dstr = cn_date(date) if variant % 2 == 0 else ar_date(date)
    if i.kind == 'parent':
        return [LH(i.name, size=22, rule=True), DOCNO(docno.replace('函', '')),
                TITLE('关于同意%s' % n, '申报社会培训评价组织的批复'),
                P('%s：' % n, indent=False),
                P('你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，批复如下：'),
                P('一、同意你公司作为集团所属独立法人企业，申报%s社会培训评价组织。' % ctx.app_lines('range')),
                P('二、你公司应建立健全职业技能等级认定工作机构和质量管理制度，确保考核场地、设备和人员满足要求，接受人力资源社会保障部门和行业主管部门监督。'),
                P('三、集团人力资源部负责对你公司评价工作进行指导和检查。'),
                P('此复。'),
                SIGN([i.name, dstr], seal=s),
                P('抄送：上海市职业技能鉴定中心', indent=False, size=10)]
    if i.kind == 'assoc':
        return [LH(i.name, size=22), TITLE('推　荐　书'),
                P('上海市人力资源和社会保障局：', indent=False)] + _letter_body_ind(ctx, 2) + [
                P('本会作为该单位的业务主管单位，对上述推荐意见负责。'),
                SIGN([i.name, '（盖章）', dstr], seal=s)]
    if variant % 4 == 0:
        return [LH(i.name, sub=None, size=24), DOCNO(docno, 'right'),
                TITLE('关于推荐%s' % n, '申报社会培训评价组织的函'),
                P('上海市人力资源和社会保障局：', indent=False)] + _letter_body_ind(ctx, 0) + [
                SIGN([i.name, dstr], seal=s),
                P('（联系人：%s，电话：%s）' % (i.contact, ctx.ind_phone), indent=True, size=10)]
    if variant % 4 == 1:
        return [LH(i.name + '办公室' if not i.name.endswith('办公厅') else i.name, size=22), DOCNO(docno),
                TITLE('推荐意见'),
                P('上海市职业技能鉴定中心：', indent=False)] + _letter_body_ind(ctx, 1) + [
                SIGN([dstr], seal=s)]       # issuer only in the red letterhead and the seal
    if variant % 4 == 2:
        rows = [['申报单位', n], ['统一社会信用代码', ctx.code_shown if n == ctx.org.name else ctx.other_code],
                ['申报职业（工种）及等级', ctx.app_lines('combo').replace('；', '\n')],
                ['行业主管部门\n推荐意见', '经审核，该单位在本行业具有一定影响力和评价资源，同意推荐。\n\n（盖章）\n' + dstr]]
        return [LH(i.name, size=22, rule=False), TITLE('社会培训评价组织申报', '行业主管部门推荐函'),
                TABLE(rows, widths=[0.28, 0.72], header=0, align='left'),
                SIGN([i.name], seal=s)]
    return [LH(i.name, size=24), DOCNO(docno, 'center'),
            TITLE('关于推荐%s申报' % n, '2025年社会培训评价组织的函'),
            P('市人力资源社会保障局：', indent=False)] + _letter_body_ind(ctx, 2) + [
            SIGN([i.short, dstr], seal=s)]


def district_letter(ctx, variant, date, seal=True, docno_n=None):
    o = ctx.org
    if ctx.district_issuer:
        iss, abbr, where = ctx.district_issuer
    else:
        iss = '上海市%s人力资源和社会保障局' % ctx.district
        abbr = DISTRICTS[ctx.district][1]
        where = ctx.district
    s = Seal(iss) if seal else None
    we = '我委' if iss.endswith('委员会') else '我局'
    docno = '%s函〔2025〕%d号' % (abbr, docno_n or (ctx.seed * 3 % 40 + 3))
    dstr = cn_date(date) if variant % 2 else ar_date(date)
    site = o.site
    occs = ctx.occ_list()
    if variant % 4 == 0:
        return [LH(iss, size=22), DOCNO(docno, 'right'),
                TITLE('关于推荐%s' % o.name, '申报社会培训评价组织的函'),
                P('上海市人力资源和社会保障局：', indent=False),
                P('%s拟在本区设立职业技能等级认定考核点，考核点位于%s，场地面积约%d平方米。' % (o.name, site, o.site_area)),
                P('经%s实地查看，该考核点理论考场、技能操作考场及视频监控设备等基本满足%s职业技能等级认定工作需要，管理制度较为健全。' % (we, occs)),
                P('经研究，同意推荐该单位申报社会培训评价组织。'), P('特此函告。'),
                SIGN([iss, dstr], seal=s)]
    if variant % 4 == 1:
        return [LH(iss, size=21), TITLE('推荐意见'),
                P('%s：' % '上海市职业技能鉴定中心', indent=False),
                P('经审核，%s（考核点：%s）具备开展%s职业技能等级认定的场地和设施设备，考核点视频监控可接入区级监管平台。' % (o.name, site, occs)),
                P('%s同意推荐。' % we),
                SIGN([dstr], seal=s)]
    if variant % 4 == 2:
        rows = [['申报单位名称', o.name], ['考核点地址', site], ['考核点所在区', where],
                ['申报职业（工种）', occs], ['现场核查情况', '考场%d间，技能操作工位%d个，视频监控%d路，消防设施齐全。' % (o.rooms, o.stations, o.cams)],
                ['区人社部门推荐意见', '同意推荐。\n\n%s（盖章）\n%s' % (iss, dstr)]]
        return [LH(iss, size=20, rule=True), TITLE('考核点所在区人社部门推荐函'),
                TABLE(rows, widths=[0.26, 0.74], header=0, align='left'), SIGN([''], seal=s)]
    return [LH(iss, size=22), DOCNO(docno),
            TITLE('推　荐　函'),
            P('市职业技能鉴定中心：', indent=False),
            P('根据沪人社职〔2024〕447号文件要求，%s申报社会培训评价组织，其考核点设在%s。' % (o.name, site)),
            P('%s已对该考核点进行现场核查，场地、设备及人员配备符合职业技能等级认定要求，同意推荐其申报%s等职业（工种）。' % (we, ctx.apps[0].occ.full)),
            P('联系人：%s　联系电话：%s' % (ctx.dist_contact, ctx.dist_phone), indent=True),
            SIGN([iss, dstr], seal=s)]


# ------------------------------------------------------------------ credit reports
def _records(ctx, kind):
    """kind -> (label, n, rows) for the credit report record tables."""
    recs = getattr(ctx, 'credit_records', {})
    return recs.get(kind, [])


def credit_report(ctx, variant, date):
    o = ctx.org
    no = 'XY%s%s%05d' % (date.strftime('%Y%m%d'), o.code[8:12], ctx.seed * 37 % 100000)
    pen = _records(ctx, 'penalty')
    dis = _records(ctx, 'dishonest')
    ser = _records(ctx, 'serious')

    def res(lst):
        return ('查见 %d 条' % len(lst)) if lst else '未查见'
    summary = [['信息类别', '查询结果'],
               ['行政许可信息', '查见 %d 条' % (ctx.seed % 3 + 1)],
               ['行政处罚信息', res(pen)],
               ['失信被执行人信息', res(dis)],
               ['严重失信主体名单信息', res(ser)],
               ['经营异常名录信息', '未查见'],
               ['欠缴税款信息', '未查见'],
               ['表彰荣誉信息', '查见 %d 条' % (ctx.seed % 2)]]
    detail = []
    if pen:
        detail += [H('行政处罚信息（查见 %d 条）' % len(pen), 2),
                   TABLE([['序号', '决定书文号', '处罚事由', '处罚结果', '处罚机关', '决定日期']] +
                         [[str(i + 1)] + list(r) for i, r in enumerate(pen)], widths=[0.06, 0.2, 0.27, 0.17, 0.17, 0.13], size=8.5)]
    if dis:
        detail += [H('失信被执行人信息（查见 %d 条）' % len(dis), 2),
                   TABLE([['序号', '案号', '执行法院', '失信情形', '发布日期']] +
                         [[str(i + 1)] + list(r) for i, r in enumerate(dis)], widths=[0.07, 0.25, 0.2, 0.33, 0.15], size=8.5)]
    if variant == 0:
        # 信用中国（上海）法人版, several pages, record table on the last page
        b = [P('信用中国（上海）', indent=False, align='left', size=10), SP(30),
             TITLE('公共信用信息报告', size=24), SUB('（法人版）'), SP(25),
             KV([('报告编号：', no), ('主体名称：', o.name), ('统一社会信用代码：', o.code), ('查询日期：', ar_date(date))], widths=(0.35, 0.65)),
             SP(40), P('上海市公共信用信息服务中心', indent=False, align='center'), PB(),
             H('报告说明'),
             P('1. 本报告由上海市公共信用信息服务平台依据查询日归集的公共信用信息生成，信息来源于本市各行政机关、司法机关及公共事业单位。'),
             P('2. 本报告仅反映截至查询日平台归集的信息，不构成对信息主体的信用评价。'),
             P('3. 报告使用人应妥善保管本报告，不得用于报告用途以外的其他目的。本报告用途：社会培训评价组织申报。'),
             H('一、基本信息'),
             KV([('名称', o.name), ('统一社会信用代码', o.code), ('法定代表人（负责人）', o.rep), ('类型', o.type_line),
                 ('成立日期', ar_date(o.founded)), ('住所', o.address), ('登记机关', o.authority)], border=True),
             PB(),
             H('二、公共信用信息概要'),
             TABLE(summary, widths=[0.55, 0.45])] + detail + [
             P('—— 报告结束 ——', indent=False, align='center'),
             SIGN(['上海市公共信用信息服务中心', ar_date(date)], seal=Seal('上海市公共信用信息服务中心', sub='信用报告专用章'))]
        return b
    if variant == 1:
        # 专用信用报告, one page table
        return [TITLE('上海市公共信用信息服务中心', '专用信用报告', size=18),
                P('报告编号：%s　　　查询时间：%s' % (no, ar_date(date, 2)), indent=False, align='center', size=9.5),
                TABLE([['查询主体', o.name], ['统一社会信用代码', o.code], ['报告用途', '申报社会培训评价组织（沪人社职〔2024〕447号）'],
                       ['查询期限', '%d年1月1日至查询日' % (date.year - 3)]], widths=[0.25, 0.75], header=0, align='left'),
                P('查询结果：', indent=False, bold=True),
                TABLE([['序号', '信息类别', '查询结果']] + [[str(i), r[0], r[1]] for i, r in enumerate(summary[1:], 1)],
                      widths=[0.1, 0.5, 0.4])] + detail + [
                P('说明：“未查见”表示截至查询时间，本平台未归集到该主体的相关信息。', indent=False, size=9),
                SIGN(['上海市公共信用信息服务中心（盖章）', ar_date(date)], seal=Seal('上海市公共信用信息服务中心', sub='专用章'))]
    if variant == 2:
        # 中国人民银行征信中心 企业信用报告 (自主查询版)
        return [P('中国人民银行征信中心', indent=False, align='center', size=10),
                TITLE('企业信用报告', size=22), SUB('（自主查询版）'),
                KV([('报告编号：', '2025%s%06d' % (date.strftime('%m%d'), ctx.seed * 113 % 1000000)), ('查询机构：', '中国人民银行上海市分行'),
                    ('报告时间：', '%s 09:%02d:11' % (ar_date(date, 2), ctx.seed % 60))]),
                H('一、身份信息'),
                TABLE([['企业名称', o.name], ['统一社会信用代码', o.code], ['中征码', '3101%012d' % (ctx.seed * 7919 % 10 ** 12)],
                       ['注册地址', o.address]], widths=[0.28, 0.72], header=0, align='left'),
                H('二、信息概要'),
                TABLE([['信贷交易信息', '未结清信贷账户 %d 个，无关注类、不良类账户' % (ctx.seed % 3)],
                       ['公共信息', '欠税 0 条　民事判决 0 条　强制执行 0 条　行政处罚 %d 条' % len(pen)],
                       ['失信被执行人', res(dis)]], widths=[0.28, 0.72], header=0, align='left')] + detail + [
                P('本报告仅供信息主体自身使用，征信中心不保证其真实性和准确性，但承诺在信息汇总、加工、整合的全过程中保持客观、中立的地位。', size=9),
                SIGN(['中国人民银行征信中心'], seal=Seal('中国人民银行征信中心', sub='征信报告专用章'))]
    # variant 3: 信用中国（上海） web print with summary in prose
    return [P('信用中国（上海）　www.shcredit.gov.cn', indent=False, size=9),
            TITLE('法人公共信用信息查询报告', size=19),
            P('报告编号：%s' % no, indent=False, align='center', size=10),
            P('应%s申请，上海市公共信用信息服务平台于%s对其公共信用信息进行了查询，查询结果如下：' % (o.name, ar_date(date))),
            H('（一）登记信息'),
            TABLE([['统一社会信用代码', o.code, '法定代表人', o.rep], ['登记状态', '存续', '成立日期', ar_date(o.founded, 2)]],
                  widths=[0.22, 0.33, 0.18, 0.27], header=0, align='left'),
            H('（二）行政处罚信息'), P(('查见 %d 条，详见附表。' % len(pen)) if pen else '未查见该主体的行政处罚信息。'),
            H('（三）失信被执行人信息'), P(('查见 %d 条，详见附表。' % len(dis)) if dis else '未查见该主体的失信被执行人信息。'),
            H('（四）严重失信主体名单信息'), P('未查见该主体被列入严重失信主体名单。' if not ser else '查见 %d 条。' % len(ser)),
            H('（五）其他信息'), P('未查见经营异常名录、欠缴税费等信息。')] + ([PB(), H('附表')] + detail if detail else []) + [
            SIGN(['上海市公共信用信息服务中心', ar_date(date)], seal=Seal('上海市公共信用信息服务中心', sub='信用报告专用章'))]


# ------------------------------------------------------------------ audit reports
FIRMS = [
    ('上海申信会计师事务所有限公司', '沪申会审字〔{y}〕第{n:04d}号'),
    ('上海沪诚会计师事务所（普通合伙）', '沪诚审（{y}）第{n}号'),
    ('上海正衡联合会计师事务所', '正衡审字[{y}]第2-{n:04d}号'),
    ('上海东审会计师事务所有限公司', '东审（{y}）财字第{n:03d}号'),
    ('上海明德会计师事务所（特殊普通合伙）', '明德沪审字〔{y}〕{n}号'),
    ('上海华勤会计师事务所有限公司', '华勤审字（{y}）第{n:04d}号'),
    ('上海信永正会计师事务所有限公司', '信永正审〔{y}〕第{n:03d}号'),
]
CPAS = ['王立新', '陈思敏', '周建华', '刘婧', '顾海峰', '沈晓燕', '钱卫东', '朱莉', '徐斌', '孙雅琴', '吴国强', '陆佳']


def _fin(ctx, year):
    r = random.Random(ctx.seed * 100 + year)
    scale = ctx.org.scale
    assets = round(scale * r.uniform(0.8, 1.3), 2)
    liab = round(assets * r.uniform(0.2, 0.55), 2)
    rev = round(scale * r.uniform(0.6, 1.6), 2)
    prof = round(rev * r.uniform(0.02, 0.09), 2)
    return assets, liab, rev, prof


def _money(v):
    return '{:,.2f}'.format(v)


def audit_report(ctx, year, firm_i, variant, date, seal=True):
    o = ctx.org
    firm, fmt = FIRMS[firm_i]
    no = fmt.format(y=year + 1, n=(ctx.seed * 17 + year) % 900 + 100)
    cpa = random.Random(ctx.seed + year).sample(CPAS, 2)
    a, l, rev, prof = _fin(ctx, year)
    pa, pl, prev, pprof = _fin(ctx, year - 1)
    np_ = o.is_np
    addressee = '%s%s：' % (o.name, '理事会' if np_ else ('全体股东' if o.kind != 'branch' else ''))
    stmts = '资产负债表、业务活动表和现金流量表' if np_ else '资产负债表、利润表、现金流量表和所有者权益变动表'
    yr = str(year) if variant != 3 else cn_year(year)
    variant_ = variant
    ydate = '%s年12月31日' % yr if variant != 3 else '%s年十二月三十一日' % yr
    gaap = '《民间非营利组织会计制度》' if np_ else '企业会计准则'
    sign_date = cn_date(date) if variant in (1, 3) else ar_date(date)
    if variant == 2:
        # year only in the title and on the balance sheet
        opinion = [H('一、审计意见'),
                   P('我们审计了%s（以下简称“贵单位”）后附的财务报表，包括资产负债表，%s，以及相关财务报表附注。' % (o.name, stmts.split('、', 1)[1])),
                   P('我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。' % gaap)]
        head = [TITLE(o.name, '%s年度财务报表审计报告' % year, size=17), P(no, indent=False, align='center')]
    else:
        opinion = [H('一、审计意见'),
                   P('我们审计了%s（以下简称“%s”）财务报表，包括%s的%s，%s年度的%s，以及相关财务报表附注。'
                     % (o.name, '贵单位' if np_ else '贵公司', ydate, stmts.split('、')[0], yr, '、'.join(stmts.split('、')[1:]))),
                   P('我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了%s%s的财务状况以及%s年度的%s和现金流量。'
                     % (gaap, '贵单位' if np_ else '贵公司', ydate, yr, '业务活动成果' if np_ else '经营成果'))]
        head = [TITLE('审　计　报　告', size=20), P(no, indent=False, align='right' if variant else 'center')]
    if variant == 4:
        head = [SP(30), TITLE(o.name, '审计报告', size=22), SP(10), P(no, indent=False, align='center'),
                P('%s年度' % year, indent=False, align='center'), SP(40),
                TABLE([['目　　录', '页次'], ['一、审计报告', '1-3'], ['二、已审财务报表', ''], ['　资产负债表', '4'],
                       ['　%s' % ('业务活动表' if np_ else '利润表'), '5'], ['　现金流量表', '6'], ['三、财务报表附注', '7-18']],
                      widths=[0.7, 0.3], align='left'), SP(30), P(firm, indent=False, align='center'), PB(),
                TITLE('审计报告', size=18), P(no, indent=False, align='right')]
    body = head + [P(addressee, indent=False)] + opinion + [
        H('二、形成审计意见的基础'),
        P('我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。'
          '按照中国注册会计师职业道德守则，我们独立于%s，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'
          % ('贵单位' if np_ else '贵公司')),
        H('三、管理层和治理层对财务报表的责任'),
        P('管理层负责按照%s的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。' % gaap),
        H('四、注册会计师对财务报表审计的责任'),
        P('我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。'),
        SIGN(['%s' % firm, '中国注册会计师：%s' % cpa[0], '中国注册会计师：%s' % cpa[1], '中国·上海　%s' % sign_date],
             seal=Seal(firm) if seal else None, align='right'),
        PB(),
        TITLE('资产负债表', size=15),
        P('编制单位：%s　　　%s　　　单位：元' % (o.name, ydate if variant != 3 else '%s年12月31日' % year), indent=False, size=9.5),
        TABLE([['项目', '期末余额', '上年年末余额'],
               ['货币资金', _money(a * 0.42), _money(pa * 0.4)], ['应收账款', _money(a * 0.18), _money(pa * 0.2)],
               ['固定资产', _money(a * 0.3), _money(pa * 0.31)], ['资产总计', _money(a), _money(pa)],
               ['负债合计', _money(l), _money(pl)],
               ['净资产合计' if np_ else '所有者权益合计', _money(a - l), _money(pa - pl)]], widths=[0.4, 0.3, 0.3], size=9.5),
        TITLE('业务活动表' if np_ else '利润表', size=15),
        P('编制单位：%s　　　%s年度　　　单位：元' % (o.name, year), indent=False, size=9.5),
        TABLE([['项目', '本年金额', '上年金额'],
               ['收入合计' if np_ else '营业收入', _money(rev), _money(prev)],
               ['费用合计' if np_ else '营业成本及费用', _money(rev - prof), _money(prev - pprof)],
               ['净资产变动额' if np_ else '净利润', _money(prof), _money(pprof)]], widths=[0.4, 0.3, 0.3], size=9.5),
    ]
    return body


# ------------------------------------------------------------------ registration documents (drawn on a canvas)
def draw_licence(c, ctx, kind, variant=0, seal_applicant=True, name=None, seal_authority=True):
    """Draw a registration certificate on a reportlab canvas (A4 portrait or landscape)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.colors import Color, black
    from g_render import seal_rl, RED
    import math
    o = ctx.org
    name = name or o.name
    W, Hh = c._pagesize
    font = 'WQY'
    red = Color(*[v / 255 for v in RED])
    # border
    c.setStrokeColor(Color(0.75, 0.55, 0.2) if kind == 'licence' else Color(0.6, 0.1, 0.1))
    c.setLineWidth(6)
    c.rect(28, 28, W - 56, Hh - 56)
    c.setLineWidth(1.2)
    c.rect(38, 38, W - 76, Hh - 76)
    c.setFillColor(black)
    title = {'licence': '营 业 执 照', 'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书',
             'shiye': '事业单位法人证书'}[kind]
    c.setFont(font, 30 if kind == 'licence' else 24)
    # emblem placeholder
    c.setFillColor(red)
    c.circle(W / 2, Hh - 95, 26, stroke=0, fill=1)
    c.setFillColor(Color(1, 0.85, 0.2))
    c.circle(W / 2, Hh - 95, 9, stroke=0, fill=1)
    c.setFillColor(black)
    c.drawCentredString(W / 2, Hh - 160, title)
    c.setFont(font, 13)
    sub = {'licence': '（副　本）' if variant % 2 else '（正　本）', 'minfei': '（法人）', 'shetuan': '（副本）', 'shiye': '（副本）'}[kind]
    c.drawCentredString(W / 2, Hh - 185, sub)
    c.setFont(font, 11)
    c.drawString(70, Hh - 215, '统一社会信用代码')
    c.setFont(font, 13)
    c.drawString(70, Hh - 233, ctx.code_shown)
    # QR placeholder
    if kind == 'licence':
        r = random.Random(ctx.seed)
        qx, qy, cell = W - 150, Hh - 270, 4
        for i in range(21):
            for j in range(21):
                fin = (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7)
                if (fin and (i in (0, 6, 14, 20) or j in (0, 6, 14, 20) or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4))) or (not fin and r.random() < 0.45):
                    c.rect(qx + j * cell, qy + (20 - i) * cell, cell, cell, stroke=0, fill=1)
        c.setFont(font, 7)
        c.drawString(qx - 10, qy - 12, '扫描二维码登录“国家企业信用')
        c.drawString(qx - 10, qy - 21, '信息公示系统”了解更多登记、备案、')
        c.drawString(qx - 10, qy - 30, '许可、监管信息')
    if kind == 'licence':
        fields = [('名　　称', name), ('类　　型', o.type_line), ('法定代表人' if o.kind != 'branch' else '负 责 人', o.rep),
                  ('经营范围', o.scope), ('注册资本', o.capital), ('成立日期', ar_date(o.founded)),
                  ('营业期限', '%s 至 %s' % (ar_date(o.founded), '不约定期限' if variant % 2 else ar_date(o.founded.replace(year=o.founded.year + 30)))),
                  ('住　　所' if o.kind != 'branch' else '营业场所', o.address)]
        auth = o.authority
    elif kind == 'minfei':
        fields = [('名　　称', name), ('住　　所', o.address), ('法定代表人', o.rep), ('开办资金', o.capital),
                  ('业务范围', o.scope), ('业务主管单位', o.sponsor or '—'), ('有 效 期', '%s至%s' % (ar_date(dt.date(2022, 6, 1)), ar_date(dt.date(2027, 5, 31))))]
        auth = o.authority
    elif kind == 'shetuan':
        fields = [('名　　称', name), ('住　　所', o.address), ('法定代表人', o.rep), ('业务范围', o.scope),
                  ('活动地域', '上海市'), ('注册资金', o.capital), ('业务主管单位', o.sponsor),
                  ('有 效 期', '%s至%s' % (ar_date(dt.date(2021, 9, 1)), ar_date(dt.date(2026, 8, 31))))]
        auth = o.authority
    else:
        fields = [('名　　称', name), ('宗旨和业务范围', o.scope), ('住　　所', o.address), ('法定代表人', o.rep),
                  ('经费来源', '财政补助'), ('开办资金', o.capital), ('举办单位', o.sponsor),
                  ('有 效 期', '自%s至%s' % (ar_date(dt.date(2023, 4, 20)), ar_date(dt.date(2028, 4, 20))))]
        auth = o.authority
    y = Hh - 300

    def simpleSplit(text, fnt, size, width):
        lines, cur = [], ''
        for ch in text:
            if c.stringWidth(cur + ch, fnt, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines
    for k, v in fields:
        c.setFont(font, 12)
        c.drawString(70, y, k)
        lines = simpleSplit(v, font, 12, W - 250)
        for ln in lines[:6]:
            c.drawString(170, y, ln)
            y -= 19
        y -= 8
    # authority + date
    c.setFont(font, 12)
    c.drawString(W - 270, 150, '登记机关' if kind in ('licence', 'minfei', 'shetuan') else '登记管理机关')
    c.drawString(W - 270, 128, auth)
    issued = ctx.licence_date if hasattr(ctx, 'licence_date') else dt.date(o.founded.year + 1, 5, 12)
    c.drawString(W - 250, 100, ar_date(issued))
    if seal_authority:
        seal_rl(c, Seal(auth), W - 180, 135, 110, font)
    if kind == 'licence':
        c.setFont(font, 8)
        c.drawCentredString(W / 2, 48, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn　　　　国家市场监督管理总局监制')
    if seal_applicant:
        # applicant's copy stamp
        c.saveState()
        c.setFillColor(red)
        c.setFont(font, 14)
        c.translate(130, 150)
        c.rotate(8)
        c.drawString(0, 0, '复印件与原件一致')
        c.restoreState()
        seal_rl(c, Seal(name), 190, 150, 100, font)


def draw_licence_land(c, ctx, seal_applicant=True, name=None):
    """营业执照 in landscape (正本 style): code and QR on the left, fields in two columns."""
    from reportlab.lib.colors import Color, black
    from g_render import seal_rl, RED
    o = ctx.org
    name = name or o.name
    W, Hh = c._pagesize
    red = Color(*[v / 255 for v in RED])
    c.setStrokeColor(Color(0.55, 0.35, 0.15))
    c.setLineWidth(4)
    c.rect(20, 20, W - 40, Hh - 40)
    c.setLineWidth(0.8)
    c.rect(27, 27, W - 54, Hh - 54)
    c.setFillColor(red)
    c.circle(W / 2, Hh - 62, 20, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont('WQY', 30)
    c.drawCentredString(W / 2, Hh - 118, '营　业　执　照')
    c.setFont('WQY', 10)
    c.drawString(60, Hh - 150, '统一社会信用代码')
    c.setFont('WQY', 12)
    c.drawString(60, Hh - 166, ctx.code_shown)
    r = random.Random(ctx.seed + 3)
    qx, qy, cell = 70, Hh - 300, 4.2
    for i in range(25):
        for j in range(25):
            if r.random() < 0.47 or (i < 7 and j < 7):
                c.rect(qx + j * cell, qy + i * cell, cell, cell, stroke=0, fill=1)
    c.setFont('WQY', 7)
    c.drawString(55, qy - 14, '扫描二维码登录国家企业信用信息公示系统')

    def wrap(text, width, size):
        out, cur = [], ''
        for ch in text:
            if c.stringWidth(cur + ch, 'WQY', size) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        return out + ([cur] if cur else [])
    left = [('名　　称', name), ('类　　型', o.type_line), ('法定代表人' if o.kind != 'branch' else '负 责 人', o.rep), ('经营范围', o.scope)]
    right = [('注册资本', o.capital), ('成立日期', ar_date(o.founded)), ('营业期限', '%s至长期' % ar_date(o.founded)),
             ('住　　所' if o.kind != 'branch' else '营业场所', o.address)]
    for col, x in ((left, 205), (right, 500)):
        y = Hh - 160
        for k, v in col:
            c.setFont('WQY', 11)
            c.drawString(x, y, k)
            for ln in wrap(v, 210 if x == 205 else 235, 11)[:7]:
                c.drawString(x + 68, y, ln)
                y -= 16
            y -= 10
    c.setFont('WQY', 11)
    c.drawString(W - 250, 105, '登记机关')
    c.drawString(W - 250, 88, o.authority)
    c.drawString(W - 220, 70, ar_date(dt.date(o.founded.year + 2, 9, 16)))
    seal_rl(c, Seal(o.authority), W - 175, 95, 100, 'WQY')
    c.setFont('WQY', 7)
    c.drawCentredString(W / 2, 34, '市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。')
    if seal_applicant:
        c.saveState()
        c.setFillColor(red)
        c.setFont('WQY', 13)
        c.drawString(80, 95, '此复印件仅供申报社评组织使用')
        c.restoreState()
        seal_rl(c, Seal(name), 170, 80, 95, 'WQY')


def licence_land_pdf(ctx, seal_applicant=True, name=None, out=None):
    from g_render import rl_setup, tmp
    rl_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    out = out or tmp('pdf')
    c = canvas.Canvas(out, pagesize=landscape(A4), invariant=1, pageCompression=1)
    draw_licence_land(c, ctx, seal_applicant, name)
    c.showPage()
    c.save()
    return out


def licence_elec_html(ctx, seal_applicant=True):
    """Print of the 电子营业执照 (phone-app style card)."""
    from g_render import seal_svg
    import html as h
    o = ctx.org
    e = h.escape
    rows = ''.join('<tr><th>%s</th><td>%s</td></tr>' % (e(k), e(v)) for k, v in [
        ('统一社会信用代码', ctx.code_shown), ('名称', o.name), ('类型', o.type_line), ('法定代表人' if o.kind != 'branch' else '负责人', o.rep),
        ('注册资本', o.capital), ('成立日期', ar_date(o.founded)), ('住所', o.address), ('经营范围', o.scope),
        ('登记机关', o.authority)])
    sp = seal_svg(Seal(o.name), 130) if seal_applicant else ''
    r = random.Random(ctx.seed + 11)
    cells = ''.join('<rect x="%d" y="%d" width="1" height="1"/>' % (j, i) for i in range(25) for j in range(25)
                    if (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7) or r.random() < 0.45)
    qr = '<svg viewBox="0 0 25 25" width="100%%" height="100%%" shape-rendering="crispEdges">%s</svg>' % cells
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page{size:A4;margin:18mm}
body{font-family:'WenQuanYi Zen Hei';font-size:11pt;color:#222}
.card{width:120mm;margin:0 auto;border-radius:6mm;border:1px solid #c9a86a;background:#fffaf0;padding:8mm;position:relative}
.hd{background:#b8262b;color:#fff;text-align:center;font-size:18pt;padding:4mm;border-radius:4mm 4mm 0 0;margin:-8mm -8mm 6mm -8mm}
th{text-align:left;color:#7a5a2a;font-weight:normal;width:32mm;vertical-align:top;padding:1.5mm 0}
td{padding:1.5mm 0}
.qr{width:30mm;height:30mm;margin:5mm auto}
.note{font-size:8pt;color:#666;text-align:center}
.sp{position:absolute;right:12mm;bottom:30mm}
.time{font-size:9pt;color:#555;margin-top:6mm;text-align:center}
</style></head><body><div class="card"><div class="hd">电子营业执照</div><table>%s</table><div class="qr">%s</div>
<div class="note">国家市场监督管理总局监制 · 电子营业执照与纸质营业执照具有同等法律效力</div><div class="sp">%s</div></div>
<div class="time">下载时间：%s 14:06　　用途：社会培训评价组织申报</div></body></html>""" % (rows, qr, sp, ar_date(ctx.submit - dt.timedelta(days=4), 2))


def licence_table_blocks(ctx, seal_applicant=True):
    """营业执照 copy retyped as a bordered table (as some offices do for the upload)."""
    o = ctx.org
    return [TITLE('营业执照（副本）'), P('统一社会信用代码：%s' % ctx.code_shown, indent=False, align='right', size=10),
            TABLE([['名称', o.name], ['类型', o.type_line], ['法定代表人' if o.kind != 'branch' else '负责人', o.rep],
                   ['注册资本', o.capital], ['成立日期', ar_date(o.founded)], ['营业期限', '%s 至 不约定期限' % ar_date(o.founded)],
                   ['住所' if o.kind != 'branch' else '营业场所', o.address], ['经营范围', o.scope]], widths=[0.2, 0.8], header=0, align='left'),
            SIGN(['登记机关：%s' % o.authority, ar_date(dt.date(o.founded.year + 1, 6, 3))], seal=Seal(o.authority)),
            P('（复印件与原件一致）', indent=False, align='left')] + (
            [SIGN(['%s' % o.name, '（公章）'], seal=Seal(o.name), align='left')] if seal_applicant else [])


def licence_pdf(ctx, kind, variant=0, seal_applicant=True, name=None, out=None, landscape_=False):
    from g_render import rl_setup, tmp
    rl_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    out = out or tmp('pdf')
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    draw_licence(c, ctx, kind, variant, seal_applicant, name)
    c.showPage()
    c.save()
    return out


def licence_html(ctx, kind, variant=0, seal_applicant=True, name=None):
    """A licence drawn in HTML with absolute positions (as some office software exports it)."""
    from g_render import seal_svg
    import html as h
    o = ctx.org
    name = name or o.name
    e = h.escape
    fields = [('统一社会信用代码', ctx.code_shown), ('名称', name), ('类型', o.type_line),
              ('法定代表人' if o.kind != 'branch' else '负责人', o.rep), ('注册资本', o.capital), ('成立日期', ar_date(o.founded)),
              ('营业期限', '长期'), ('住所' if o.kind != 'branch' else '营业场所', o.address), ('经营范围', o.scope)]
    if kind == 'minfei':
        fields = [('统一社会信用代码', ctx.code_shown), ('名称', name), ('住所', o.address), ('法定代表人', o.rep),
                  ('开办资金', o.capital), ('业务范围', o.scope), ('业务主管单位', o.sponsor or '—'), ('有效期', '2023年3月1日至2028年2月29日')]
    title = {'licence': '营业执照', 'minfei': '民办非企业单位登记证书（法人）', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[kind]
    rows = ''.join('<div class="f"><span class="k">%s</span><span class="v">%s</span></div>' % (e(k), e(v)) for k, v in fields)
    sa = seal_svg(Seal(o.authority), 150) if True else ''
    sp = seal_svg(Seal(name), 140) if seal_applicant else ''
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page{size:A4;margin:0}
body{margin:0;font-family:'WenQuanYi Zen Hei';}
.page{position:relative;width:210mm;height:296mm;}
.frame{position:absolute;left:12mm;top:12mm;right:12mm;bottom:12mm;border:5px double #b0892e;}
.t{position:absolute;top:40mm;width:100%%;text-align:center;font-size:%s;letter-spacing:%s}
.s{position:absolute;top:58mm;width:100%%;text-align:center;font-size:13pt}
.fields{position:absolute;top:80mm;left:26mm;right:26mm;font-size:12pt;line-height:1.7}
.f{display:flex;margin-bottom:3mm}.k{width:38mm;flex:none;text-align:justify}.v{flex:1}
.auth{position:absolute;bottom:40mm;right:30mm;font-size:12pt;text-align:center}
.sa{position:absolute;bottom:30mm;right:36mm}
.sp{position:absolute;bottom:34mm;left:40mm}
.cp{position:absolute;bottom:62mm;left:34mm;color:#d21c22;font-size:14pt;transform:rotate(-6deg)}
</style></head><body><div class="page"><div class="frame"></div>
<div class="t">%s</div><div class="s">%s</div><div class="fields">%s</div>
<div class="auth">登记机关　%s<br>%s</div><div class="sa">%s</div>%s%s</div></body></html>""" % (
        '34pt' if len(title) < 6 else '22pt', '18px' if len(title) < 6 else '4px', e(title), '（副本）' if variant % 2 else '', rows, e(o.authority), ar_date(dt.date(o.founded.year + 1, 3, 8)), sa,
        ('<div class="cp">与原件核对一致</div>' if seal_applicant else ''), ('<div class="sp">%s</div>' % sp if seal_applicant else ''))


# ------------------------------------------------------------------ work plan, pledge, integrity letter
def work_plan(ctx, variant):
    o = ctx.org
    t = '%s职业技能等级认定工作方案' % o.name if variant != 1 else '职业技能等级认定工作方案'
    b = [TITLE(*([o.name, '职业技能等级认定工作方案'] if variant == 1 else [t]))]
    if variant == 1:
        b.append(SUB('（%s年%d月）' % (ctx.submit.year, ctx.submit.month)))
    secs = [
        ('机构概况', o.intro),
        ('组织机构', '本单位设立职业技能等级认定工作领导小组，由%s任组长，下设职业技能等级认定办公室（评价中心），配备专职工作人员%d名，负责考务组织、考评人员管理、证书管理和档案管理等工作；另设质量督导组，独立开展内部质量检查。' % (o.rep, o.staff)),
        ('考评人员与专家团队', '现有考评人员%d名、督导人员%d名，专家团队由行业企业技术骨干、院校教师组成，负责题库开发、考核方案论证和考评质量评估。' % (o.raters, max(2, o.raters // 6))),
        ('场地与设施设备', '考核点位于%s，面积约%d平方米，设理论考场%d间、技能操作考场%d间，技能工位%d个，配备视频监控%d路，监控录像保存不少于6个月。' % (o.site, o.site_area, max(1, o.rooms // 2), max(1, o.rooms - o.rooms // 2), o.stations, o.cams)),
        ('工作流程', '按照“报名受理—资格审核—考务安排—考核实施—阅卷评分—成绩公示—证书发放—档案归档”流程组织实施，各环节留痕可追溯。'),
        ('质量管控', '严格执行考评人员回避、考场巡考、试卷保密、成绩复核等制度，接受人力资源社会保障部门、行业主管部门和上海市职业技能鉴定中心的监督检查，发现违规行为按规定处理。'),
        ('经费保障', '评价工作经费由本单位自有资金保障，年度预算不低于%d万元，专款专用。' % (10 + ctx.seed % 40)),
    ]
    if variant == 2:
        rows = [['项目', '主要内容']] + [[k, v] for k, v in secs[1:]]
        b += [H('一、%s' % secs[0][0]), P(secs[0][1]), H('二、工作安排'), TABLE(rows, widths=[0.2, 0.8], align='left')]
    else:
        nums = '一二三四五六七八'
        for i, (k, v) in enumerate(secs):
            b += [H(('%s、%s' % (nums[i], k)) if variant != 3 else ('第%s章　%s' % (nums[i], k))), P(v)]
    b.append(SIGN([o.name, ar_date(ctx.submit - dt.timedelta(days=3), variant % 2)], seal=None))
    return b


def pledge(ctx, variant, date, seal=True, sign_name=True):
    o = ctx.org
    s = Seal(o.name) if seal else None
    if variant == 0:
        return [TITLE('承　诺　书'), P('上海市人力资源和社会保障局：', indent=False),
                P('我单位自愿申报社会培训评价组织，现郑重承诺如下：'),
                P('一、所提交的全部申报材料真实、有效、合法，如有虚假，自愿承担一切责任；'),
                P('二、严格遵守国家及本市职业技能等级认定有关政策规定，规范开展评价活动；'),
                P('三、坚持把社会效益放在首位，不以营利为最终目的，不乱收费；'),
                P('四、自愿接受各级人社部门、行业主管部门的监督检查。'),
                SIGN(['承诺单位（盖章）：%s' % o.name, '法定代表人（签字）：%s' % o.rep, ar_date(date)], seal=s)]
    if variant == 1:
        return [TITLE('社会培训评价组织申报承诺书', size=17),
                P('本单位%s（统一社会信用代码：%s）在此承诺：' % (o.name, ctx.code_shown)),
                P('1. 本单位为依法登记的独立法人，无违法违规、失信等不良行为记录；'),
                P('2. 不属于政府及其所属部门、事业单位或未与政府部门脱钩的社会团体；'),
                P('3. 申报材料及所附证明均真实有效；'),
                P('4. 备案后严格按照国家职业标准和评价规范开展认定工作，确保评价质量。'),
                P('如违反上述承诺，愿意接受取消申报资格、撤销备案等处理。'),
                SIGN(['单位名称（公章）：%s' % o.name, '日期：%s' % ar_date(date, 1)], seal=s)]
    if variant == 3:
        return [P('附件4', indent=False), TITLE('申报单位承诺书'),
                KV([('申报单位', o.name), ('统一社会信用代码', ctx.code_shown), ('申报职业（工种）', ctx.occ_list())], border=True),
                P('本单位承诺：'),
                P('（一）具有规范的财务制度和管理制度，社会信用良好，近三年无违法违规、失信等不良行为记录；'),
                P('（二）本单位为依法登记的独立法人，非政府及其所属部门、事业单位；'),
                P('（三）一年内未在其他批次重复申报同一职业（工种）；'),
                P('（四）提交材料真实、有效、合法，对因材料不实造成的后果承担全部责任。'),
                SIGN(['法定代表人签字：%s' % o.rep, '单位盖章：%s' % o.name, cn_date(date)], seal=s, align='left')]
    return [TITLE('诚信承诺书'),
            P('为规范开展职业技能等级认定工作，%s郑重承诺：严格执行职业技能等级认定相关规定，做到考务规范、考评公正、结果真实；'
              '不弄虚作假、不降低标准、不以任何形式发放“考证包过”等虚假宣传信息；所有申报材料真实准确。如有违反，自愿承担相应法律责任。' % o.name),
            SIGN(['承诺单位：%s' % o.name, '负责人：%s' % o.rep, cn_date(date)], seal=s)]


def integrity(ctx, variant, date, seal=True):
    o = ctx.org
    s = Seal(o.name) if seal else None
    if variant == 0:
        return [TITLE('职业技能等级认定廉洁责任书'),
                P('甲方：上海市职业技能鉴定中心', indent=False), P('乙方：%s' % o.name, indent=False),
                P('为加强职业技能等级认定工作中的廉政建设，规范评价行为，双方订立本责任书。'),
                H('一、乙方责任'),
                P('1. 不得向甲方工作人员赠送礼金、有价证券、购物卡等财物；2. 不得邀请甲方工作人员参加可能影响公正执行公务的宴请和娱乐活动；'
                  '3. 不得在评价过程中弄虚作假、徇私舞弊；4. 发现违纪违规问题及时向甲方报告。'),
                H('二、责任追究'),
                P('乙方违反本责任书的，甲方可视情节终止其申报或备案资格，并依法依规移交有关部门处理。'),
                P('本责任书一式两份，双方各执一份，自签订之日起生效。'),
                SIGN(['乙方（盖章）：%s' % o.name, '法定代表人：%s' % o.rep, ar_date(date)], seal=s)]
    if variant == 1:
        return [TITLE('廉洁责任书'),
                P('%s作为社会培训评价组织申报单位，郑重作出如下廉洁承诺：' % o.name),
                TABLE([['序号', '廉洁责任事项'],
                       ['1', '严格遵守党风廉政建设有关规定，不向有关工作人员输送任何利益'],
                       ['2', '考评人员、督导人员执行回避制度，不参与亲属的考核评价'],
                       ['3', '不违规收取评价费用，不捆绑培训收费'],
                       ['4', '建立内部廉洁风险防控制度，定期开展廉洁教育'],
                       ['5', '自觉接受纪检监察部门和社会监督']], widths=[0.12, 0.88], align='left'),
                SIGN(['责任单位（公章）', o.name, ar_date(date, 3)], seal=s)]
    if variant == 3:
        return [TITLE('社会培训评价组织', '廉洁从业责任书', size=17),
                P('为营造风清气正的技能人才评价环境，%s就职业技能等级认定工作签订本责任书，并向社会公开承诺：' % o.name),
                P('第一条　本单位法定代表人%s对评价工作廉洁从业负总责，分管负责人负直接领导责任。' % o.rep),
                P('第二条　不以任何名义向评价工作相关的公职人员、督导人员提供礼品礼金、宴请或报销应由个人支付的费用。'),
                P('第三条　不组织、不参与代考替考、违规发证、“考证包过”等违纪违规行为。'),
                P('第四条　违反本责任书的，自愿接受暂停评价、撤销备案等处理，并依法承担相应责任。'),
                SIGN(['责任单位：%s（章）' % o.name, '签订日期：%s' % ar_date(date, 2)], seal=s)]
    return [TITLE('廉 洁 责 任 书'),
            P('根据《技能人才评价违纪违规行为处理工作指引（试行）》等规定，%s（以下简称“本单位”）在职业技能等级认定工作中履行下列廉洁责任：' % o.name),
            P('（一）本单位主要负责人为廉洁工作第一责任人，评价机构负责人为直接责任人；'),
            P('（二）严禁考评人员收受考生财物，严禁泄露试题、篡改成绩；'),
            P('（三）对违反廉洁规定的人员，按有关规定严肃处理，构成犯罪的移送司法机关。'),
            SIGN(['%s' % o.name, '%s' % cn_date(date)], seal=s)]


# ------------------------------------------------------------------ implementation plan + evaluation plans
def impl_plan(ctx, variant, include_eval=True, eval_style=None, title=None):
    o = ctx.org
    v = variant % 4
    if v == 0:
        b = [TITLE(*(title or ['%s' % o.name, '职业技能等级认定项目实施方案']))]
        b += [H('一、实施范围'),
              P('本方案适用于本单位开展的%s职业技能等级认定工作，依据相应国家职业技能标准（或评价规范）组织实施。' % ctx.occ_list()),
              H('二、组织实施'),
              P('每年计划组织认定%d批次，每批次规模不超过%d人。报名条件按照国家职业技能标准中的申报条件执行，实行网上报名、资格审核、考前公示。' % (4 + ctx.seed % 6, 30 + ctx.seed % 50)),
              H('三、考评人员配置'),
              P('理论知识考试每个标准考场配备监考人员不少于2名，技能考核考评人员与考生配比不低于1:5，每个考核项目考评小组不少于3人。'),
              H('四、质量督导'),
              P('实行内部督导全覆盖，考核全过程视频录像，成绩经复核后公示5个工作日，无异议后报送备案并核发证书。')]
    elif v == 1:
        b = [TITLE(*(title or ['职业技能等级认定实施细则'])), SUB('（%s）' % o.name)]
        arts = ['为规范本单位%s职业技能等级认定工作，依据国家职业技能标准和本市有关规定，制定本细则。' % ctx.occ_list(),
                '认定对象为本单位职工及社会人员，申报条件按国家职业技能标准执行，不得降低申报条件。',
                '认定工作由本单位职业技能等级认定中心组织实施，考务、考评、督导人员分设，相互制约。',
                '理论知识考试采用机考或闭卷笔试，技能考核采用现场实际操作、模拟操作等方式。',
                '考评人员须经培训合格后持证上岗，实行回避制度。',
                '成绩实行百分制，各科目均达到60分（含）以上为合格；二级及以上等级须通过综合评审。',
                '认定结果经内部复核后公示，公示无异议的，按规定核发职业技能等级证书并上传全国联网查询系统。',
                '本细则自备案之日起施行。']
        for i, a in enumerate(arts, 1):
            b.append(P('第%s条　%s' % ('一二三四五六七八九十'[i - 1], a)))
    elif v == 2:
        b = [TITLE(*(title or ['%s项目实施方案' % ctx.apps[0].occ.full if len(ctx.apps) == 1 else '职业技能等级认定项目实施方案'])),
             P('实施单位：%s' % o.name, indent=False, align='center'),
             H('一、工作流程与职责分工'),
             TABLE([['环节', '工作内容', '责任部门', '时限'],
                    ['报名受理', '发布公告、网上报名、资格初审', '考务部', '考前20日'],
                    ['资格审核', '审核工作年限、学历及证书', '考务部', '考前10日'],
                    ['考务准备', '抽取试卷、编排考场、培训考评员', '评价中心', '考前3日'],
                    ['考核实施', '理论考试、技能考核、全程录像', '考评组/督导组', '考试日'],
                    ['成绩管理', '阅卷、复核、公示', '评价中心', '考后15日'],
                    ['证书发放', '证书打印、数据上报、档案归档', '办公室', '公示后10日']], widths=[0.15, 0.45, 0.22, 0.18], size=9.5),
             H('二、保障措施'),
             P('配备专职考务人员%d名，建立试题保密、考场巡视、成绩复核、档案管理等制度，评价全过程接受监督。' % o.staff)]
    else:
        b = [TITLE(*(title or ['%s实施方案' % o.name])),
             H('1 目的'), P('明确本单位开展%s职业技能等级认定的实施要求，保证评价质量。' % ctx.occ_list()),
             H('2 依据'), P('国家职业技能标准；《职业技能等级认定工作规程》；沪人社职〔2024〕447号。'),
             H('3 评价对象与条件'), P('符合国家职业技能标准申报条件的从业人员，按等级分别申报。'),
             H('4 实施步骤'), P('4.1 报名与审核；4.2 命题与组卷（从题库随机抽取）；4.3 考核实施；4.4 评分与复核；4.5 公示与发证。'),
             H('5 考务纪律'), P('考生须持身份证件参加考核，严禁代考、夹带；考评人员违规的，按规定处理。')]
    if include_eval:
        b += [PB()] + eval_plans(ctx, eval_style if eval_style is not None else variant)
    return b


def eval_plans(ctx, style):
    """Evaluation plans for every occupation and level, in one of four layouts."""
    b = []
    if style == 0:      # paragraphs per level
        b.append(H('各等级评价方案'))
        for ai, a in enumerate(ctx.apps):
            b.append(H('（%s）%s（%s）' % ('一二三四五'[ai], a.occ.full, a.occ.code), 2))
            t, k = terms(a.occ)
            for l in a.levels:
                th, sk, rv = eval_row(a.occ, l)
                b.append(P('%s评价方案：采用理论知识考试与技能考核相结合的方式%s。理论知识考试以闭卷机考方式进行，考试时间%d分钟；'
                           '技能考核以实际操作方式进行，考核时间%d分钟，主要考核%s、%s等内容。各项成绩均实行百分制，皆达60分（含）以上者为合格。'
                           % (lv_paren(l), '，并进行综合评审' if rv else '', th, sk, k[l % len(k)], k[(l + 1) % len(k)])))
        return b
    if style == 1:      # one row per level
        b.append(H('附：各等级评价方案一览表'))
        rows = [['职业（工种）', '等级', '理论知识考试', '技能考核', '综合评审', '合格标准']]
        spans = []
        for a in ctx.apps:
            r0 = len(rows)
            for l in a.levels:
                th, sk, rv = eval_row(a.occ, l)
                rows.append([a.occ.full, LV[l], '机考 %d分钟' % th, '实操 %d分钟' % sk, '论文答辩' if rv else '—', '各科60分及以上'])
            if len(a.levels) > 1:
                spans.append((r0, 0, len(a.levels), 1))
        b.append(TABLE(rows, widths=[0.28, 0.1, 0.16, 0.16, 0.14, 0.16], spans=spans, size=9.5))
        b.append(P('说明：二级、一级增加综合评审，采取业绩评审与论文答辩相结合的方式。', indent=False, size=9.5))
        return b
    if style == 2:      # per occupation chapters with a weight table per level
        for ai, a in enumerate(ctx.apps):
            t, k = terms(a.occ)
            b.append(H('第%s部分　%s评价方案' % ('一二三四五'[ai], a.occ.full)))
            for l in a.levels:
                th, sk, rv = eval_row(a.occ, l)
                b.append(H('%s（%s）' % (LV[l], LV_OLD[l]), 2))
                b.append(TABLE([['考核内容', '考核方式', '时长', '比重'],
                                ['基本要求与相关知识', '理论知识考试（闭卷）', '%d min' % th, '100%'],
                                ['%s、%s' % (k[0], k[(l + 2) % len(k)]), '技能操作考核', '%d min' % sk, '100%']]
                               + ([['工作业绩与技术总结', '综合评审', '30 min', '—']] if rv else []),
                               widths=[0.4, 0.3, 0.12, 0.18], size=9.5))
        return b
    # style 3: a single merged-cell matrix: occupation x level with method cells merged across
    rows = [['职业（工种）', '申报等级', '评价方式', '', ''], ['', '', '理论', '技能', '综合评审']]
    spans = [(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 3)]
    for a in ctx.apps:
        r0 = len(rows)
        for l in a.levels:
            th, sk, rv = eval_row(a.occ, l)
            rows.append([a.occ.full, lv_paren(l), '笔试/机考%d分钟' % th, '实际操作%d分钟' % sk, '需要' if rv else '不适用'])
        if len(a.levels) > 1:
            spans.append((r0, 0, len(a.levels), 1))
    b += [H('评价方案'), TABLE(rows, widths=[0.3, 0.18, 0.18, 0.18, 0.16], header=2, spans=spans, size=9.5),
          P('成绩评定：理论知识考试、技能考核（及综合评审）均实行百分制，成绩皆达60分（含）以上者为合格。', indent=False)]
    return b


# ------------------------------------------------------------------ sample papers
SET_TITLES = [
    ('样题一', '样题二'), ('样卷（A卷）', '样卷（B卷）'), ('模拟试卷1', '模拟试卷2'), ('第一套', '第二套'),
    ('样题（一）', '样题（二）'), ('A卷', 'B卷'), ('试卷一', '试卷二'),
]


def sample_set(ctx, app, level, set_i, scheme, answers=False, header_org=True):
    """One set of sample papers (theory + skill) for one occupation and level."""
    o = app.occ
    t, k = terms(o)
    r = random.Random(ctx.seed * 1000 + sum(map(ord, o.full)) % 997 + level * 10 + set_i)
    label = SET_TITLES[scheme][set_i]
    lvname = [LV[level], lv_paren(level), LV_OLD[level], '%s级' % LV[level][0]][scheme % 4]
    if scheme == 3:
        title = ['%s（%s）职业技能等级认定' % (o.full, lvname), '理论知识试卷（%s）' % label]
    elif scheme == 5:
        title = ['%s %s 技能操作考核试题 %s' % (o.full, lvname, label)]
    elif scheme == 2:
        title = ['%s %s %s' % (o.full, lvname, label)]
    else:
        title = ['%s职业技能等级认定%s' % (o.full, label), '（%s）' % lvname]
    b = []
    if header_org:
        b.append(P('%s　职业技能等级认定' % ctx.org.name, indent=False, align='center', size=9))
    b.append(TITLE(*title, size=15))
    b.append(P('注意事项：1.考试时间：%d分钟。2.请首先按要求在答题卡上填写姓名、准考证号。3.请仔细阅读各题目要求，在规定位置填写答案。' % eval_row(o, level)[0], indent=False, size=9.5))
    picks = r.sample(t, min(6, len(t)))
    b.append(H('一、单项选择题（每题2分）', 2))
    ans = []
    for i, tp in enumerate(picks[:4], 1):
        opts = ['严格按规范操作并做好记录', '发现异常立即报告', '由未经培训人员独立完成', '按%s要求执行' % ('操作规程' if i % 2 else '作业指导书')]
        r.shuffle(opts)
        ans.append('ABCD'[opts.index('由未经培训人员独立完成')])
        b.append(P('%d. 关于%s，下列做法错误的是（　）。\nA. %s　B. %s\nC. %s　D. %s' % (i, tp, *opts), indent=False, align='left'))
    b.append(H('二、判断题（每题1分）', 2))
    for i, tp in enumerate(picks[2:6], 5):
        true = r.random() < 0.5
        ans.append('√' if true else '×')
        b.append(P('%d.（　）%s' % (i, ('%s是%s应掌握的相关知识。' % (tp, LV_OLD[level])) if true else ('开展%s时可省略记录和复核环节。' % tp)), indent=False, align='left'))
    tasks = r.sample(k, 2)
    b.append(H('三、技能操作考核', 2))
    for j, task in enumerate(tasks, 1):
        b.append(P('试题%d：%s\n考核要求：按操作规程完成%s，操作规范、记录完整、安全文明。考核时间%d分钟，配分%d分。'
                   % (j, task, task, eval_row(o, level)[1] // 2, 50), indent=False, align='left'))
    if answers:
        b.append(H('参考答案', 2))
        b.append(P('　'.join('%d.%s' % (i + 1, a) for i, a in enumerate(ans)), indent=False))
    return b


def answer_sheet(ctx, app, level, label):
    rows = [['题号', '1', '2', '3', '4', '5', '6', '7', '8'], ['答案', '', '', '', '', '', '', '', '']]
    return [P('%s' % ctx.org.name, indent=False, align='center', size=9), TITLE('答题卡（%s）' % label, size=14),
            TABLE([['姓名', '', '准考证号', ''], ['职业（工种）', app.occ.full, '等级', LV[level]]], widths=[0.18, 0.32, 0.18, 0.32], header=0),
            TABLE(rows, widths=[0.12] + [0.11] * 8, header=1)]


# ------------------------------------------------------------------ extras
def toc(ctx, items, title='申报材料目录'):
    rows = [['序号', '材料名称', '页码/文件']]
    for i, (n, f) in enumerate(items, 1):
        rows.append([str(i), n, f])
    return [TITLE(title), P('申报单位：%s' % ctx.org.name, indent=False, align='center'),
            TABLE(rows, widths=[0.1, 0.55, 0.35], align='left')]


def teacher_list(ctx, n=8):
    r = random.Random(ctx.seed + 5)
    fam = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
    giv = ['建国', '丽华', '晓东', '敏', '静', '海燕', '志强', '伟', '婷', '振宇', '雪梅', '立军', '佳怡', '文斌']
    rows = [['序号', '姓名', '职称/技能等级', '从事专业年限', '拟承担工作']]
    for i in range(n):
        rows.append([str(i + 1), r.choice(fam) + r.choice(giv), r.choice(['高级技师', '技师', '高级工程师', '讲师', '副主任护师', '高级经济师']),
                     str(r.randint(6, 28)), r.choice(['考评员', '督导员', '命题专家', '考务管理'])])
    return [TITLE('%s' % ctx.org.name, '考评人员及专家名单', size=15), TABLE(rows, widths=[0.08, 0.16, 0.26, 0.2, 0.3])]


def equipment_list(ctx):
    a = ctx.apps[0]
    t, k = terms(a.occ)
    rows = [['序号', '设备设施名称', '数量', '用途']]
    for i, task in enumerate(k, 1):
        rows.append([str(i), '%s实训工位' % task[:8], str(4 + i * 2), '技能考核'])
    rows.append([str(len(k) + 1), '高清视频监控摄像头', str(ctx.org.cams), '考场监控'])
    rows.append([str(len(k) + 2), '理论机考终端', str(ctx.org.stations + 10), '理论考试'])
    return [TITLE('考核场地设施设备清单'), P('单位：%s　考核点：%s' % (ctx.org.name, ctx.org.site), indent=False), TABLE(rows, widths=[0.1, 0.5, 0.12, 0.28])]


def site_photo(rnd, label, out, w=900, h=640, poor=False):
    """A synthetic 'photo' of a training room: floor, walls, windows, desks with monitors, a camera."""
    from PIL import Image, ImageDraw, ImageFilter
    wall = tuple(rnd.randint(190, 235) for _ in range(3))
    im = Image.new('RGB', (w, h), wall)
    d = ImageDraw.Draw(im)
    hz = rnd.uniform(0.45, 0.62)
    d.polygon([(0, h * hz), (w, h * hz), (w, h), (0, h)], fill=tuple(rnd.randint(110, 175) for _ in range(3)))
    d.rectangle([0, 0, w, h * 0.1], fill=(236, 236, 232))
    nwin = rnd.randint(2, 5)
    for i in range(nwin):
        x = 40 + i * (w - 80) // nwin
        d.rectangle([x, h * 0.16, x + rnd.randint(80, 150), h * (hz - 0.12)], fill=(rnd.randint(70, 110), rnd.randint(110, 140), rnd.randint(150, 190)))
    desk = tuple(rnd.randint(60, 150) for _ in range(3))
    ncol = rnd.randint(3, 6)
    for row in range(rnd.randint(2, 4)):
        for col in range(ncol):
            x = 30 + col * (w - 60) // ncol
            y = int(h * (hz + 0.06) + row * h * 0.11)
            d.rectangle([x, y, x + (w - 60) // ncol - 20, y + 20], fill=desk)
            if rnd.random() < 0.8:
                d.rectangle([x + 30, y - 28, x + 70, y], fill=(30, 30, 35))
    cx = rnd.randint(60, w - 60)
    d.ellipse([cx - 20, 18, cx + 20, 58], fill=(250, 250, 250), outline=(60, 60, 60))
    im = Image.blend(im, Image.merge('RGB', [Image.effect_noise((w, h), 40)] * 3), 0.08)
    if poor:
        im = im.filter(ImageFilter.GaussianBlur(4)).resize((w // 3, h // 3))
    im.save(out, 'JPEG', quality=55 if not poor else 25)
    return out


def floor_plan_blocks(ctx):
    o = ctx.org
    return [TITLE('考核点平面布置示意图', size=15), P('%s　%s' % (o.name, o.site), indent=False, align='center', size=10)]


def draw_floor_plan(c, ctx):
    """Floor plan drawn on a reportlab canvas."""
    from reportlab.lib.colors import black, Color
    o = ctx.org
    W, Hh = c._pagesize
    c.setFont('WQY', 15)
    c.drawCentredString(W / 2, Hh - 70, '考核点平面布置图')
    c.setFont('WQY', 10)
    c.drawCentredString(W / 2, Hh - 90, '%s　%s' % (o.name, o.site))
    x0, y0, w, h = 70, Hh - 560, W - 140, 420
    c.setLineWidth(3)
    c.rect(x0, y0, w, h)
    c.setLineWidth(1.2)
    rooms = [('理论考场', 0, 0.55, 0.45, 0.45), ('技能考场一', 0.45, 0.55, 0.3, 0.45), ('技能考场二', 0.75, 0.55, 0.25, 0.45),
             ('候考区', 0, 0, 0.3, 0.4), ('监控室', 0.3, 0, 0.2, 0.4), ('考务办公室', 0.5, 0, 0.25, 0.4), ('资料室', 0.75, 0, 0.25, 0.4)]
    for n, rx, ry, rw, rh in rooms:
        c.rect(x0 + rx * w, y0 + ry * h, rw * w, rh * h)
        c.drawCentredString(x0 + (rx + rw / 2) * w, y0 + (ry + rh / 2) * h, n)
    c.setFillColor(Color(0.8, 0.1, 0.1))
    for i in range(o.cams % 8 + 4):
        c.circle(x0 + 12 + (i * 53) % (w - 24), y0 + h - 10 if i % 2 else y0 + h * 0.42, 4, fill=1, stroke=0)
    c.setFillColor(black)
    c.drawString(x0, y0 - 22, '图例：● 视频监控点位　　走廊宽度1.8m　　比例 1:200')
