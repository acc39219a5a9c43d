# -*- coding: utf-8 -*-
"""Document content templates (blocks) for the final12 corpus. Each template has several house styles."""
import random
from gen_core import LV_CN, LV_NAME, cn_date, ar_date, cn_year, lv_range, lv_list, cn_num

OCC = {
    '保洁员': (['清洁剂的分类与安全使用', '石材地面养护', '玻璃幕墙清洁作业安全', '本市生活垃圾分类规定'],
            ['大理石地面晶面处理', '卫生间清洁与消毒', '地毯抽洗作业']),
    '生活垃圾清运工': (['生活垃圾分类标准', '收集车辆安全操作', '湿垃圾收运规范', '作业人员职业防护'],
                ['分类收集点巡检', '垃圾桶清洗消毒', '收运台账填写']),
    '医疗护理员': (['生命体征观察', '压力性损伤预防', '医院感染控制', '老年患者饮食照护'],
              ['协助卧床患者翻身', '测量体温、脉搏、呼吸', '床单位整理']),
    '营养师': (['膳食营养素参考摄入量', '食物营养价值评价', '膳食调查方法', '营养教育与咨询'],
            ['24小时膳食回顾调查', '一日食谱编制', '预包装食品营养标签解读']),
    '调饮师': (['茶饮原料知识', '乳制品与植脂末', '饮品加工卫生要求', '出品与服务标准'],
            ['鲜奶茶调制', '鲜果茶调配', '意式拿铁制作与拉花']),
    '食品安全管理师': (['食品安全法律法规', 'HACCP体系', '食品添加剂管理', '食源性疾病预防'],
                ['餐饮单位食品安全自查', '原料进货查验', '食品安全事故处置演练']),
    '碳排放管理员': (['温室气体核算边界', '排放因子的选用', '碳排放权交易规则', '监测计划编制'],
               ['企业温室气体排放报告编制', '核查不符合项判定', '监测数据质量控制']),
    '轨道交通信号工': (['计算机联锁原理', '信号机与转辙机', 'CBTC系统构成', '信号设备维护安全规程'],
                ['道岔转换设备检修', '计轴设备测试', '信号故障应急处置']),
    '药物制剂工': (['药品GMP基本要求', '洁净区人员行为规范', '制剂工艺参数控制', '设备清洁与验证'],
              ['压片机装配与调试', '湿法制粒操作', '批生产记录填写']),
    '增材制造设备操作员': (['增材制造工艺分类', '切片参数设置', '金属粉末安全管理', '零件后处理方法'],
                  ['熔融沉积设备打印零件', '激光选区熔化设备开机检查', '支撑去除与表面处理']),
    '信用管理师': (['信用风险识别', '企业征信报告解读', '应收账款管理', '企业信用政策制定'],
              ['客户信用评分', '赊销额度测算', '逾期账款催收方案']),
    '数字孪生应用技术员': (['数字孪生体系架构', '三维建模基础', '物联网数据接入', '可视化引擎应用'],
                  ['产线孪生场景搭建', '传感器数据映射', '孪生模型运行调试']),
    '数字化解决方案设计师': (['业务流程数字化', '需求分析方法', '系统架构设计', '项目成本评估'],
                   ['数字化解决方案撰写', '业务流程建模', '方案汇报与答辩']),
    '盆景师': (['盆景分类与流派', '树木生物学特性', '盆景造型技法', '盆景养护管理'],
            ['树桩盆景蟠扎造型', '山水盆景布局', '上盆与换盆']),
    '政务服务办事员': (['“一网通办”相关政策', '窗口服务规范', '政务服务事项清单', '投诉与咨询处理'],
                ['申请材料受理与审核', '帮办代办情景模拟', '窗口服务情景应答']),
    '助听器验配师': (['听觉生理基础', '纯音测听', '助听器类型与选配', '验配效果评估'],
               ['纯音听阈测试', '耳印模制取', '助听器调试与验证']),
    '化工总控工': (['化工单元操作', 'DCS集散控制系统', '危险化学品安全管理', '工艺参数控制'],
              ['精馏装置开车操作', '反应釜温度控制', '泄漏事故应急处置']),
    '管工': (['管道识图', '管材与管件', '管道连接方式', '管道压力试验'],
           ['管道安装放样', '钢管螺纹连接', '管道系统水压试验']),
    '建筑节能减排咨询师': (['建筑节能设计标准', '围护结构热工性能', '可再生能源建筑应用', '建筑能耗监测'],
                  ['既有建筑能耗诊断', '节能改造方案编制', '建筑碳排放计算']),
    '色彩搭配师': (['色彩三要素', '色彩心理与情感', '服饰色彩搭配原理', '空间色彩规划'],
              ['个人色彩诊断', '服饰搭配方案设计', '室内空间配色方案']),
    '化妆师': (['皮肤类型与护理', '化妆品安全使用', '妆面设计原理'], ['日常妆面', '新娘妆面', '舞台妆面']),
    '科技咨询师': (['科技创新政策', '技术评估方法', '知识产权基础', '科技项目申报'],
              ['科技项目可行性分析', '技术成果评价', '科技咨询报告撰写']),
    '社群健康助理员': (['社区居民健康档案', '慢性病管理基础', '健康教育方法', '居家安全'],
                ['血压测量与记录', '健康宣教活动策划', '随访记录填写']),
    '保健调理师': (['经络与腧穴基础', '艾灸操作规范', '禁忌证识别', '服务礼仪'],
              ['温和灸操作', '隔姜灸操作', '烫伤预防与处置']),
    '计量员': (['计量法律法规', '温度计量基础', '热电偶与热电阻', '测量不确定度评定'],
            ['工作用热电偶检定', '温度二次仪表校准', '检定记录与证书出具']),
}


def base_of(name):
    return name.split('（')[0]


def occ_label(a):
    return a['name']


def occ_list_text(apps, style='cn'):
    out = []
    for a in apps:
        if style == 'range':
            out.append('%s（%s）%s' % (a['name'], a['code'], lv_range(a['levels'])))
        elif style == 'name':
            out.append('%s %s（%s）' % (a['code'], a['name'], lv_list(a['levels'], 'name')))
        else:
            out.append('%s（职业编码%s）%s' % (a['name'], a['code'], lv_list(a['levels'])))
    return '；'.join(out)


# ============================================================ application form
def app_form(p, v):
    o, apps = p['org'], p['apps']
    name = p['flags'].get('form_name', o['name'])
    y, m, d = p['date']
    B = []
    kvrows = [['单位名称', name], ['统一社会信用代码', o['code']], ['单位类型', o['nature']],
              ['法定代表人', o['rep']], ['注册地址', o['addr']], ['考核点地址', o['site']],
              ['联系人', o['contact']], ['联系电话', o['phone']]]
    if v == 'web':
        top = ('<div style="background:#1f5fa8;color:#fff;padding:8px 12px;font-family:Noto Sans CJK SC;font-size:14px">'
               '上海市人力资源和社会保障自助经办系统 &nbsp;|&nbsp; 劳动就业 &gt; 技能鉴定 &gt; 新增备案机构申报</div>'
               '<div style="font-size:11px;color:#666;text-align:right;margin:4px 0">业务流水号：ZZJB2025012%06d &nbsp; 打印时间：%d-%02d-%02d %02d:%02d:%02d</div>'
               % (p['idx'] * 7919 % 1000000, y, m, d, 9 + p['idx'] % 8, p['idx'] * 7 % 60, p['idx'] * 13 % 60))
        B.append(('title', '社会培训评价组织征集遴选申请表'))
        B.append(('note', '申报批次：沪人社职〔2024〕447号 政务服务办事员等48个职业（工种）'))
        B.append(('table', [['字段', '填报内容']] + kvrows, {'widths': [0.28, 0.72]}))
        hdr = ['序号', '职业编码', '职业（工种）', '五级', '四级', '三级', '二级', '一级']
        rows = [hdr]
        for i, a in enumerate(apps):
            rows.append([str(i + 1), a['code'], a['name']] + [('☑' if l in a['levels'] else '□') for l in (5, 4, 3, 2, 1)])
        B.append(('h', '申报职业（工种）及等级'))
        B.append(('table', rows, {'widths': [0.07, 0.15, 0.38, 0.08, 0.08, 0.08, 0.08, 0.08]}))
        B.append(('p', '本单位承诺所填报信息及上传材料真实、有效、合法，如有不实，愿承担相应责任。'))
        B.append(('pr', '申报单位：%s' % name))
        B.append(('pr', '提交日期：%d-%02d-%02d' % (y, m, d)))
        return B, {'top_html': top, 'size': 13, 'tsize': 20,
                   'bottom_html': '<div style="font-size:10px;color:#888;text-align:center;margin-top:20px">第1页/共1页 · 本页由系统生成</div>'}
    if v == 'range':
        B.append(('title', '社会培训评价组织征集遴选申请表'))
        B.append(('pl', '填报单位（盖章）：%s                填报日期：%s' % (name, ar_date(y, m, d))))
        B.append(('table', [['项目', '内容']] + kvrows + [['专职工作人员', '%d人' % o['staff']], ['考评员/督导员', '%d人 / %d人' % (o['staff'] * 2, o['staff'] // 2 + 2)]],
                  {'widths': [0.3, 0.7]}))
        rows = [['序号', '职业编码', '职业名称', '工种', '申报等级', '备注']]
        for i, a in enumerate(apps):
            nm = a['name'].split('（')
            rows.append([str(i + 1), a['code'], nm[0], nm[1].rstrip('）') if len(nm) > 1 else '—',
                         lv_range(a['levels'], p['lay'].get('sep', '至')),
                         a.get('remark', '新申报')])
        B.append(('h', '申报职业（工种）'))
        B.append(('table', rows, {'widths': [0.07, 0.14, 0.24, 0.2, 0.17, 0.18]}))
        B.append(('h', '申报单位意见'))
        B.append(('p', '经本单位研究，同意申报上述职业（工种）社会培训评价组织，并对申报材料的真实性负责。'))
        B.append(('sign', ['（单位盖章）', ar_date(y, m, d)], {'name': name} if p['lay'].get('form_seal') else None))
        return B, {}
    if v == 'kv_p2':
        B.append(('title', '社会培训评价组织征集遴选\n申  请  表'))
        B.append(('sp', 2))
        B.append(('pl', '申报单位：%s' % name))
        B.append(('pl', '填报日期：%s' % cn_date(y, m, d)))
        B.append(('sp', 1))
        B.append(('h', '一、申报单位基本情况'))
        for k, val in kvrows:
            B.append(('pl', '%s：%s' % (k, val)))
        B.append(('pl', '登记机关：%s' % o['reg_auth']))
        B.append(('h', '二、单位简介'))
        B.append(('p', o['intro']))
        B.append(('pb',))
        B.append(('h', '三、申报职业（工种）及等级'))
        rows = [['职业编码', '职业（工种）', '申报等级', '拟设考核点']]
        for a in apps:
            rows.append([a['code'], a['name'], lv_list(a['levels'], 'name'), o['site']])
        B.append(('table', rows, {'widths': [0.17, 0.33, 0.25, 0.25]}))
        B.append(('h', '四、申报单位承诺'))
        B.append(('p', '我单位自愿申报社会培训评价组织，遵守职业技能等级认定有关规定，接受人社部门和行业主管部门监督。'))
        B.append(('pr', '法定代表人（签字）：%s' % o['rep']))
        B.append(('pr', '%s（盖章）' % name))
        return B, {}
    if v == 'grid':
        B.append(('title', '社会培训评价组织征集遴选申请表'))
        B.append(('table', [['单位名称', name, '统一社会信用代码', o['code']],
                            ['法定代表人', o['rep'], '单位性质', o['nature']],
                            ['住所', o['addr'], '', ''],
                            ['考核点地址', o['site'], '', ''],
                            ['联系人', o['contact'], '联系电话', o['phone']]],
                  {'header': False, 'widths': [0.17, 0.33, 0.2, 0.3], 'merges': [(2, 1, 2, 3), (3, 1, 3, 3)]}))
        rows = [['职业编码', '职业（工种）名称', '申报等级（在□内打■）', '备注']]
        for a in apps:
            lv = '  '.join(('■' if l in a['levels'] else '□') + LV_CN[l] for l in (5, 4, 3, 2, 1))
            rows.append([a['code'], a['name'], lv, a.get('remark', '')])
        B.append(('table', rows, {'widths': [0.15, 0.32, 0.38, 0.15]}))
        B.append(('table', [['申报单位意见', '以上填报内容属实，同意申报。\n\n法定代表人签字：%s\n（盖章）\n%s' % (o['rep'], ar_date(y, m, d))]],
                  {'header': False, 'widths': [0.2, 0.8]}))
        return B, {}
    if v == 'tick':
        B.append(('title', '社会培训评价组织征集遴选申请表'))
        B.append(('table', [['单位全称', name], ['统一社会信用代码', o['code']], ['法定代表人/负责人', o['rep']],
                            ['通讯地址', o['addr']], ['联系人及电话', '%s  %s' % (o['contact'], o['phone'])]],
                  {'header': False, 'widths': [0.3, 0.7]}))
        rows = [['职业编码', '职业（工种）', '五级\n初级工', '四级\n中级工', '三级\n高级工', '二级\n技师', '一级\n高级技师']]
        for a in apps:
            rows.append([a['code'], a['name']] + [('√' if l in a['levels'] else '') for l in (5, 4, 3, 2, 1)])
        B.append(('note', '注：请在申报等级栏内打“√”。'))
        B.append(('table', rows, {'widths': [0.15, 0.35, 0.1, 0.1, 0.1, 0.1, 0.1]}))
        B.append(('p', '本单位已知悉沪人社职〔2024〕447号文件要求，所报材料真实有效。'))
        B.append(('sign', ['申报单位（公章）：%s' % name, '日期：%d年%d月%d日' % (y, m, d)], None))
        return B, {}
    raise ValueError(v)


# ============================================================ letters
def _occ_phrase(apps):
    return '、'.join('%s（%s）' % (a['name'], lv_range(a['levels'])) for a in apps)


def industry_letter(p, v):
    o, apps, ind = p['org'], p['apps'], p['ind']
    target = p['flags'].get('letter_org', o['name'])
    y, m, d = ind['date']
    seal = None if p['flags'].get('ind_noseal') else {'name': ind['seal']}
    B = []
    if v == 'gbt':
        B.append(('lh', ind['issuer'], '', ind['docno'], None))
        B.append(('title', '关于推荐%s\n申报社会培训评价组织的函' % target))
        B.append(('pl', '上海市人力资源和社会保障局：'))
        B.append(('p', '根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经审核，%s在%s领域具有较好的行业基础和评价资源，管理制度健全，近年来无违法违规记录。'
                  % (target, '、'.join(base_of_set(apps)))))
        B.append(('p', '我%s同意推荐该单位申报%s的社会培训评价组织。' % (ind['self'], _occ_phrase(apps))))
        B.append(('p', '特此函告。'))
        B.append(('sign', [ind['issuer'], cn_date(y, m, d)], seal))
        B.append(('note', '（联系人：%s，联系电话：%s）' % (ind['person'], ind['tel'])))
        return B, {'lhs': 28}
    if v == 'plain':
        B.append(('lh', ind['issuer'], '', None, None))
        B.append(('title', '推 荐 函'))
        B.append(('pl', '上海市职业技能鉴定中心：'))
        B.append(('p', '%s（统一社会信用代码：%s）系%s。该单位长期从事%s相关培训工作，具备开展职业技能等级认定的场地、设备和师资条件。'
                  % (target, p['org']['code'] if target == o['name'] else '—', o['nature_desc'], '、'.join(base_of_set(apps)))))
        B.append(('p', '经研究，同意推荐%s作为%s社会培训评价组织参加本次征集遴选。' % (target, _occ_phrase(apps))))
        B.append(('sign', ['%s（盖章）' % ind['issuer'], ar_date(y, m, d)], seal))
        return B, {}
    if v == 'pifu':
        B.append(('lh', ind['issuer'], '文件', ind['docno'], None))
        B.append(('title', '关于同意%s申报\n社会培训评价组织的批复' % target))
        B.append(('pl', '%s：' % target))
        B.append(('p', '你公司《关于申报社会培训评价组织的请示》收悉。经集团研究，批复如下：'))
        B.append(('p', '一、同意你公司按照沪人社职〔2024〕447号文件要求，申报%s社会培训评价组织。' % _occ_phrase(apps)))
        B.append(('p', '二、集团作为上级主管部门，推荐你公司参加本次征集遴选，并对评价工作的经费、场地和人员予以保障。'))
        B.append(('p', '三、你公司应严格执行职业技能等级认定有关规定，确保评价质量。'))
        B.append(('p', '此复。'))
        B.append(('sign', [ind['issuer'], cn_date(y, m, d)], seal))
        B.append(('note', '抄送：上海市人力资源和社会保障局，上海市职业技能鉴定中心'))
        return B, {}
    if v == 'assoc':
        B.append(('lh', ind['issuer'], '', ind['docno'], None))
        B.append(('title', '推荐意见'))
        B.append(('table', [['推荐单位', ind['issuer']], ['被推荐单位', target],
                            ['推荐职业（工种）及等级', '\n'.join('%s %s：%s' % (a['code'], a['name'], lv_list(a['levels'])) for a in apps)],
                            ['推荐意见', '%s是本%s%s，在行业内具有较好的影响力和评价基础。经%s研究，同意推荐其申报上述职业（工种）社会培训评价组织。'
                             % (target, ind['self'], '会员单位' if ind['self'] == '会' else '业务主管单位下属单位', ind['self'])]],
                  {'header': False, 'widths': [0.25, 0.75]}))
        B.append(('sign', ['%s（盖章）' % ind['issuer'], ar_date(y, m, d)], seal))
        return B, {}
    if v == 'short':
        B.append(('lh', ind['issuer'], '', None, None))
        B.append(('pr', ind['docno']))
        B.append(('title', '关于推荐%s申报社会培训评价组织的函' % target))
        B.append(('pl', '市人力资源社会保障局：'))
        B.append(('p', '为贯彻落实沪人社职〔2024〕447号文件精神，支持本市%s领域技能人才评价工作，我%s推荐%s申报%s社会培训评价组织。'
                  % (ind['field'], ind['self'], target, _occ_phrase(apps))))
        B.append(('p', '该单位在行业内具有一定影响力，培训评价规模较大，考核场地、设施设备符合要求，请予支持。'))
        B.append(('sign', [cn_date(y, m, d)], seal))
        return B, {}
    raise ValueError(v)


def base_of_set(apps):
    out = []
    for a in apps:
        b = base_of(a['name'])
        if b not in out:
            out.append(b)
    return out


def district_letter(p, v):
    o, apps, ds = p['org'], p['apps'], p['dist']
    y, m, d = ds['date']
    seal = None if p['flags'].get('dist_noseal') else {'name': ds['issuer']}
    B = []
    if v == 'redonly':
        # issuer only in the red letterhead and in the seal
        B.append(('lh', ds['issuer'], '', ds['docno'], None))
        B.append(('title', '关于推荐%s考核点的函' % o['name']))
        B.append(('pl', '上海市职业技能鉴定中心：'))
        B.append(('p', '%s拟申报社会培训评价组织，其考核点位于%s。经实地查看，该考核点场地面积、功能分区、视频监控及设施设备能够满足%s职业技能等级认定考核需要。'
                  % (o['name'], o['site'], '、'.join(base_of_set(apps)))))
        B.append(('p', '我局同意推荐该考核点，并将按照属地管理要求做好日常监督。'))
        B.append(('sign', [cn_date(y, m, d)], seal))
        return B, {}
    if v == 'book':
        B.append(('lh', ds['issuer'], '', None, None))
        B.append(('title', '推  荐  书'))
        B.append(('pr', ds['docno']))
        B.append(('table', [['申报单位', o['name']], ['考核点名称', o['site_name']], ['考核点地址', o['site']],
                            ['申报职业（工种）', '\n'.join('%s（%s）' % (a['name'], lv_list(a['levels'])) for a in apps)],
                            ['区人社部门意见', '经核查，该考核点位于本区，场地设施符合要求，同意推荐。']],
                  {'header': False, 'widths': [0.26, 0.74]}))
        B.append(('sign', [ds['issuer'], ar_date(y, m, d)], seal))
        return B, {}
    if v == 'yijian':
        B.append(('lh', ds['issuer'], '', ds['docno'], None))
        B.append(('title', '关于%s考核点的推荐意见' % o['name']))
        B.append(('pl', '市职鉴中心：'))
        B.append(('p', '根据沪人社职〔2024〕447号文件要求，%s向我局提出考核点推荐申请。我局对其位于%s的考核点进行了现场核查，情况如下：'
                  % (o['name'], o['site'])))
        B.append(('p', '一、考核点使用面积约%d平方米，设有理论考场、实操考场、候考区和监控室；' % o['area']))
        B.append(('p', '二、考场已安装视频监控设备，录像保存期限符合要求；'))
        B.append(('p', '三、消防、安全设施齐全。'))
        B.append(('p', '综上，我局同意推荐该单位申报%s社会培训评价组织。' % _occ_phrase(apps)))
        B.append(('sign', [ds['issuer'], cn_date(y, m, d)], seal))
        return B, {}
    if v == 'letter':
        B.append(('lh', ds['issuer'], '', None, None))
        B.append(('title', '推荐函'))
        B.append(('pl', '上海市人力资源和社会保障局：'))
        B.append(('p', '兹有%s（统一社会信用代码%s），其职业技能等级认定考核点设在%s。该单位符合考核点设置要求，我局同意推荐。'
                  % (o['name'], o['code'], o['site'])))
        B.append(('p', '推荐职业（工种）：%s。' % occ_list_text(apps)))
        B.append(('sign', ['%s' % ds['issuer'], ar_date(y, m, d)], seal))
        B.append(('note', '联系人：%s  电话：%s' % (ds['person'], ds['tel'])))
        return B, {}
    raise ValueError(v)


# ============================================================ credit report
def credit_report(p, v):
    o = p['org']
    cname = p['flags'].get('cert_name', o['name'])
    y, m, d = p['credit_date']
    pen = p['flags'].get('penalty')
    dis = p['flags'].get('dishonest')
    B = []
    rno = 'XY%d%02d%02d%06d' % (y, m, d, p['idx'] * 4271 % 1000000)
    rec_rows = [['信息类别', '查询结果'],
                ['行政处罚信息', '查见 %d 条' % len(pen) if pen else '未查见'],
                ['失信被执行人信息', '查见 %d 条' % len(dis) if dis else '未查见'],
                ['严重失信主体名单信息', '未查见'],
                ['欠缴税款（重大税收违法）信息', '未查见'],
                ['拖欠农民工工资失信联合惩戒信息', '未查见']]
    if v == 'xyzg':
        B.append(('title', '信用中国（上海）\n法人和非法人组织公共信用信息报告'))
        B.append(('sub', '（无违法违规记录证明版）'))
        B.append(('table', [['报告编号', rno], ['查询日期', '%d-%02d-%02d' % (y, m, d)], ['报告用途', '社会培训评价组织征集遴选申报']],
                  {'header': False, 'widths': [0.3, 0.7]}))
        B.append(('h', '一、主体基本信息'))
        B.append(('table', [['主体名称', cname], ['统一社会信用代码', o['code']], ['法定代表人', o['rep']],
                            ['登记机关', o['reg_auth']], ['成立日期', o['est']], ['住所', o['addr']]],
                  {'header': False, 'widths': [0.3, 0.7]}))
        B.append(('h', '二、信用信息查询结果'))
        B.append(('table', rec_rows, {'widths': [0.55, 0.45]}))
        if pen:
            B.append(('h', '三、行政处罚信息明细'))
            B.append(('table', [['决定书文号', '处罚事由', '处罚结果', '处罚机关', '决定日期']] + pen,
                      {'widths': [0.24, 0.26, 0.18, 0.18, 0.14]}))
        if dis:
            B.append(('h', '三、失信被执行人信息明细'))
            B.append(('table', [['案号', '执行法院', '履行情况', '发布日期']] + dis, {'widths': [0.3, 0.3, 0.2, 0.2]}))
        B.append(('note', '说明：本报告信息来源于上海市公共信用信息服务平台，反映截至查询日期归集的信息。报告可通过“信用中国（上海）”网站扫码验证。'))
        return B, {'size': 13, 'tsize': 21}
    if v == 'center':
        B.append(('sp', 6))
        B.append(('title', '专 用 信 用 报 告'))
        B.append(('sub', '（法人版）'))
        B.append(('sp', 4))
        B.append(('table', [['信息主体', cname], ['统一社会信用代码', o['code']], ['报告编号', rno.replace('XY', 'ZY31')],
                            ['出具机构', '上海市公共信用信息服务中心'], ['出具日期', ar_date(y, m, d)]],
                  {'header': False, 'widths': [0.32, 0.68]}))
        B.append(('sp', 4))
        B.append(('note', '本报告仅供信息主体在报告用途范围内使用，未经许可不得向第三方提供。'))
        B.append(('pb',))
        B.append(('h', '报告说明'))
        for t in ['1. 本报告由上海市公共信用信息服务中心依据《上海市社会信用条例》出具。',
                  '2. 本报告所列信息由本市各行政机关、司法机关等信息提供单位归集。',
                  '3. 信息主体对报告内容有异议的，可向本中心提出异议申请。',
                  '4. 本报告查询范围为自查询日前三年内的公共信用信息。']:
            B.append(('pl', t))
        B.append(('h', '一、登记注册信息'))
        B.append(('table', [['名称', cname], ['类型', o['typ']], ['法定代表人', o['rep']], ['住所', o['addr']], ['成立日期', o['est']]],
                  {'header': False, 'widths': [0.25, 0.75]}))
        B.append(('pb',))
        B.append(('h', '二、公共信用信息记录'))
        rows = [['序号', '信息类别', '记录情况']] + [[str(i), r[0], r[1]] for i, r in enumerate(rec_rows[1:], 1)]
        B.append(('table', rows, {'widths': [0.12, 0.5, 0.38]}))
        if pen:
            B.append(('pl', '行政处罚记录明细：'))
            B.append(('table', [['决定书文号', '违法事实', '处罚内容', '作出机关', '日期']] + pen, {'widths': [0.24, 0.26, 0.18, 0.18, 0.14]}))
        if dis:
            B.append(('pl', '失信被执行人记录明细：'))
            B.append(('table', [['案号', '执行法院', '履行情况', '发布日期']] + dis, {'widths': [0.3, 0.3, 0.2, 0.2]}))
        B.append(('pr', '上海市公共信用信息服务中心'))
        B.append(('pr', ar_date(y, m, d)))
        return B, {'rfont': 'STSong-Light', 'footer': '第 {n} 页', 'rtitle': '专用信用报告'}
    if v == 'docx':
        B.append(('title', '公共信用信息报告（法人版）'))
        B.append(('pl', '报告编号：%s' % rno))
        B.append(('pl', '查询时间：%s' % ar_date(y, m, d)))
        B.append(('h', '基本信息'))
        B.append(('table', [['机构名称', cname, '统一社会信用代码', o['code']],
                            ['法定代表人', o['rep'], '成立日期', o['est']]], {'header': False, 'widths': [0.18, 0.32, 0.22, 0.28]}))
        B.append(('h', '信用记录'))
        B.append(('table', rec_rows, {'widths': [0.6, 0.4]}))
        if pen:
            B.append(('table', [['文书号', '违法行为类型', '处罚结果', '处罚机关', '处罚日期']] + pen, {'widths': [0.24, 0.26, 0.18, 0.18, 0.14]}))
        if dis:
            B.append(('table', [['案号', '执行法院', '履行情况', '发布日期']] + dis, {'widths': [0.3, 0.3, 0.2, 0.2]}))
        B.append(('note', '出具单位：上海市公共信用信息服务中心（信用中国（上海））'))
        return B, {}
    raise ValueError(v)


# ============================================================ audit report
def audit_report(p, v, year):
    o = p['org']
    cname = p['flags'].get('cert_name', o['name'])
    firm = p['firm']
    npo = o['cat'] in ('minfei', 'shetuan')
    stmt = '业务活动表' if npo else '利润表'
    equity = '净资产变动表' if npo else '所有者权益变动表'
    addressee = '%s理事会：' % cname if npo else '%s全体股东：' % cname
    no = '%s〔%d〕第%04d号' % (firm['prefix'], year + 1, 100 + (p['idx'] * 37 + year * 11) % 900)
    rdate = (year + 1, 3 + p['idx'] % 2, 10 + p['idx'] % 15)
    rng = random.Random(p['idx'] * 100 + year)
    total = rng.randint(300, 4000) * 10000 + rng.randint(0, 9999)
    prev = int(total * rng.uniform(0.8, 1.1))
    yr = cn_year(year) if v in ('cn',) else str(year)
    B = []
    B.append(('title', '%s\n%s年度财务报表审计报告' % (cname, yr)))
    B.append(('pr', no))
    B.append(('pl', addressee))
    B.append(('h', '一、审计意见'))
    if v == 'titleonly':
        B.append(('p', '我们审计了%s（以下简称“贵单位”）财务报表，包括资产负债表，%s、现金流量表以及相关财务报表附注。' % (cname, stmt)))
        B.append(('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了贵单位的财务状况以及经营成果和现金流量。'
                  % ('《民间非营利组织会计制度》' if npo else '企业会计准则')))
    else:
        ys = cn_year(year) if v == 'cn' else str(year)
        ye = cn_date(year, 12, 31) if v == 'cn' else '%d年12月31日' % year
        B.append(('p', '我们审计了%s财务报表，包括%s的资产负债表，%s年度的%s、现金流量表、%s以及相关财务报表附注。'
                  % (cname, ye, ys, stmt, equity)))
        B.append(('p', '我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了%s%s的财务状况以及%s年度的%s和现金流量。'
                  % ('《民间非营利组织会计制度》' if npo else '企业会计准则', cname, ye, ys, '业务活动成果' if npo else '经营成果')))
    B.append(('h', '二、形成审计意见的基础'))
    B.append(('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'))
    B.append(('h', '三、管理层和治理层对财务报表的责任'))
    B.append(('p', '管理层负责按照适用的会计准则和制度的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。'))
    B.append(('h', '四、注册会计师对财务报表审计的责任'))
    B.append(('p', '我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。'))
    B.append(('sign', [firm['name'], '中国注册会计师：%s' % firm['cpa'][0], '中国注册会计师：%s' % firm['cpa'][1],
                       '中国·上海', cn_date(*rdate) if v == 'cn' else ar_date(*rdate)], {'name': firm['name']}))
    B.append(('pb',))
    B.append(('title', '资产负债表'))
    B.append(('pl', '编制单位：%s            %d年12月31日            单位：元' % (cname, year)))

    def f(x):
        return '{:,.2f}'.format(x / 1.0)
    cash = int(total * 0.42)
    recv = int(total * 0.18)
    fixed = total - cash - recv
    liab = int(total * rng.uniform(0.2, 0.5))
    rows = [['项目', '期末余额', '上年年末余额'],
            ['货币资金', f(cash), f(int(prev * 0.4))], ['应收账款', f(recv), f(int(prev * 0.2))],
            ['固定资产', f(fixed), f(prev - int(prev * 0.6))], ['资产总计', f(total), f(prev)],
            ['负债合计', f(liab), f(int(prev * 0.35))],
            ['净资产合计' if npo else '所有者权益合计', f(total - liab), f(prev - int(prev * 0.35))]]
    B.append(('table', rows, {'widths': [0.4, 0.3, 0.3]}))
    B.append(('title', stmt))
    inc = int(total * rng.uniform(0.5, 1.4))
    rows = [['项目', '本年金额', '上年金额'],
            ['一、收入' if npo else '一、营业收入', f(inc), f(int(inc * 0.9))],
            ['其中：提供服务收入' if npo else '减：营业成本', f(int(inc * 0.8)), f(int(inc * 0.72))],
            ['二、费用' if npo else '二、营业利润', f(int(inc * 0.93) if npo else int(inc * 0.09)), f(int(inc * 0.8) if npo else int(inc * 0.07))],
            ['三、净资产变动额' if npo else '三、净利润', f(int(inc * 0.05)), f(int(inc * 0.04))]]
    B.append(('table', rows, {'widths': [0.4, 0.3, 0.3]}))
    return B, {}, firm


# ============================================================ work plan / pledge / integrity
def work_plan(p, v):
    o, apps = p['org'], p['apps']
    B = [('title', '%s\n职业技能等级认定工作方案' % o['name'])]
    secs = [
        ('一、指导思想', '以习近平新时代中国特色社会主义思想为指导，坚持“谁评价、谁发证、谁负责”原则，规范开展%s等职业（工种）职业技能等级认定工作，服务本市技能人才队伍建设。' % '、'.join(base_of_set(apps))),
        ('二、组织机构', '单位成立职业技能等级认定工作领导小组，由法定代表人%s任组长；下设认定工作办公室（评价部），配备专职工作人员%d名，负责考务组织、质量督导和证书管理。' % (o['rep'], o['staff'])),
        ('三、评价范围', '本次申报职业（工种）及等级为：%s。' % occ_list_text(apps)),
        ('四、考评人员队伍', '建立考评员、督导员、内部质量督导员队伍，考评员与考生配比不低于1:15（理论）和1:5（实操），实行回避制度。'),
        ('五、场地与设备', '考核点位于%s，设有理论考场、实操考场、候考室、监控室，全部考场安装视频监控设备，录像保存不少于一年。' % o['site']),
        ('六、工作流程', '发布公告—报名审核—考前公示—组织考核—阅卷评分—成绩公示—证书核发—数据上报—档案归档。'),
        ('七、质量管控', '建立内部质量督导制度，实行考试全过程留痕；对违纪违规行为按照《技能人才评价违纪违规行为处理工作指引（试行）》处理。'),
        ('八、经费保障', '认定工作经费纳入单位年度预算，专款专用，收费标准按本市有关规定执行并予以公示。'),
    ]
    if v == 'table':
        B.append(('table', [['事项', '主要内容']] + [[a, b] for a, b in secs], {'widths': [0.22, 0.78]}))
    else:
        for h, t in secs:
            B.append(('h', h))
            B.append(('p', t))
    y, m, d = p['date']
    B.append(('sign', [o['name'], ar_date(y, m, d - 3)], None))
    return B, {}


def pledge(p, v):
    o = p['org']
    y, m, d = p['date']
    seal = None if p['flags'].get('pledge_noseal') else {'name': o['name']}
    B = [('title', '承  诺  书' if v != 'b' else '申报单位诚信承诺书')]
    if v == 'b':
        B.append(('pl', '上海市人力资源和社会保障局：'))
    items = ['所提交的申报材料真实、准确、完整、有效，不存在虚假记载或重大遗漏；',
             '严格执行国家和本市职业技能等级认定政策、标准和规范，不以营利为最终目的；',
             '自觉接受人社部门、行业主管部门和社会监督，按要求报送评价数据；',
             '不出借、转让评价资质，不委托其他机构开展评价，不发生“鉴培不分”等行为；',
             '如有违反，自愿承担相应责任，接受取消备案等处理。']
    B.append(('p', '%s（统一社会信用代码：%s）申报社会培训评价组织，郑重承诺如下：' % (o['name'], o['code'])))
    for i, t in enumerate(items):
        B.append(('pl', '%s、%s' % (cn_num(i + 1), t) if v == 'b' else '%d. %s' % (i + 1, t)))
    B.append(('sign', ['承诺单位（盖章）：%s' % o['name'], '法定代表人（签字）：%s' % o['rep'], ar_date(y, m, d - 2)], seal))
    return B, {}


def integrity(p, v):
    o = p['org']
    y, m, d = p['date']
    seal = None if p['flags'].get('integrity_noseal') else {'name': o['name']}
    B = [('title', '廉洁责任书' if v != 'b' else '职业技能等级认定工作\n廉洁自律责任书')]
    B.append(('p', '为加强职业技能等级认定工作党风廉政建设，确保评价工作公开、公平、公正，%s作出如下廉洁承诺：' % o['name']))
    for i, t in enumerate(['不向人社部门、行业主管部门及其工作人员赠送礼金、有价证券、购物卡等；',
                           '不安排或报销应由个人支付的费用，不提供宴请、旅游、娱乐等活动；',
                           '考评人员严格遵守考评纪律，不徇私舞弊、不弄虚作假；',
                           '发现违纪违规行为及时报告，并配合调查处理。']):
        B.append(('pl', '（%s）%s' % (cn_num(i + 1), t)))
    B.append(('p', '本责任书自签订之日起生效，在社会培训评价组织备案有效期内持续有效。'))
    B.append(('sign', ['责任单位：%s（盖章）' % o['name'], '负责人：%s' % o['rep'], cn_date(y, m, d - 2)], seal))
    return B, {}


# ============================================================ implementation plan with evaluation plans
def _eval_mode(l):
    if l <= 2:
        return '理论知识考试、操作技能考核和综合评审（含论文答辩）'
    return '理论知识考试和操作技能考核'


def impl_plan(p, v):
    o, apps = p['org'], p['apps']
    B = [('title', '%s\n职业技能等级认定项目实施方案' % o['name'])]
    B.append(('h', '一、项目概况'))
    B.append(('p', '依据国家职业技能标准，结合行业企业岗位要求，本单位拟开展以下职业（工种）等级认定：%s。' % occ_list_text(apps)))
    B.append(('h', '二、评价方案'))
    if v == 'para':
        for a in apps:
            B.append(('h', '（%s）%s' % (a['code'], a['name'])))
            for l in sorted(a['levels'], reverse=True):
                B.append(('pl', '%s评价方案：' % ('%s（%s）' % (LV_CN[l], LV_NAME[l]))))
                B.append(('p', '评价方式为%s。理论知识考试采用闭卷笔试或机考，时长90分钟；操作技能考核时长%d分钟，内容涵盖%s等。各项成绩均达60分（含）以上为合格。' %
                          (_eval_mode(l), 120 if l > 3 else 150, '、'.join(OCC[base_of(a['name'])][1][:2]))))
    elif v == 'table':
        rows = [['职业（工种）', '等级', '评价方式', '考核时长', '合格标准']]
        merges = []
        for a in apps:
            r0 = len(rows)
            for l in sorted(a['levels'], reverse=True):
                rows.append(['%s\n%s' % (a['code'], a['name']), '%s\n（%s）' % (LV_CN[l], LV_NAME[l]), _eval_mode(l),
                             '理论90分钟；实操%d分钟' % (120 if l > 3 else 150), '各科60分及以上'])
            if len(rows) - 1 > r0:
                merges.append((r0, 0, len(rows) - 1, 0))
        B.append(('table', rows, {'widths': [0.26, 0.12, 0.3, 0.18, 0.14], 'merges': merges}))
        B.append(('p', '各等级评价方案具体内容（考核要素、权重、考场设置、考评人员配置）见下表说明及样题。'))
    elif v == 'chapters':
        for i, a in enumerate(apps):
            B.append(('pb',) if i else ('sp', 0))
            B.append(('h', '第%s章  %s评价方案' % (cn_num(i + 1), a['name'])))
            for l in sorted(a['levels'], reverse=True):
                B.append(('h', '%s %s' % (a['name'], LV_FULL_(l))))
                B.append(('table', [['项目', '内容'], ['评价方式', _eval_mode(l)],
                                    ['理论知识', '单项选择题、判断题，共100题，90分钟'],
                                    ['操作技能', '、'.join(OCC[base_of(a['name'])][1])],
                                    ['考评人员', '理论1:15，实操1:5，督导员全程巡视']], {'widths': [0.25, 0.75]}))
    B.append(('h', '三、考务管理'))
    B.append(('p', '实行考评分离，考场全程视频监控；试卷按保密要求管理，成绩经内部质量督导复核后公示。'))
    B.append(('h', '四、证书核发'))
    B.append(('p', '成绩合格者由本单位按规定核发职业技能等级证书，并上传全国职业技能等级证书查询系统。'))
    return B, {}


def LV_FULL_(l):
    return '%s（%s）' % (LV_CN[l], LV_NAME[l])


# ============================================================ sample papers
SET_NAMES = {
    'yt': ('样题一', '样题二'),
    'paren': ('样题（一）', '样题（二）'),
    'ab': ('样卷（A卷）', '样卷（B卷）'),
    'mock': ('模拟试卷1', '模拟试卷2'),
    'tao': ('理论知识试卷（第一套）', '理论知识试卷（第二套）'),
    'skill': ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷'),
}


def sample_paper(p, a, l, si, style, answers=False):
    o = p['org']
    nm = SET_NAMES[style][si]
    rng = random.Random(hash_s(p['sid'] + a['name']) + l * 10 + si)
    topics, tasks = OCC[base_of(a['name'])]
    B = [('sub', o['name']),
         ('title', '%s（%s）%s' % (a['name'], LV_FULL_(l), nm))]
    B.append(('pl', '职业编码：%s        考试时间：%d分钟        满分：100分' % (a['code'], 90 if style != 'skill' else 120)))
    if style != 'skill':
        B.append(('h', '一、单项选择题（每题2分，共%d题）' % 5))
        for i in range(5):
            t = topics[(i + si) % len(topics)]
            B.append(('pl', '%d. 关于%s，下列说法正确的是（    ）。' % (i + 1, t)))
            B.append(('pl', '   A. 应按%s要求执行   B. 可根据个人经验处理   C. 无需记录   D. 由客户自行决定'
                      % rng.choice(['国家职业技能标准', '操作规程', '行业规范', '作业指导书'])))
        B.append(('h', '二、判断题（每题1分）'))
        for i in range(4):
            t = topics[(i + 2 + si) % len(topics)]
            B.append(('pl', '%d. （    ）%s是%s%s从业人员必须掌握的基础知识。' % (i + 6, t, LV_CN[l], base_of(a['name']))))
    B.append(('h', '%s、操作技能题' % ('三' if style != 'skill' else '一')))
    for i in range(2):
        t = tasks[(i + si) % len(tasks)]
        B.append(('pl', '试题%d：%s（%d分）' % (i + 1, t, 30 if style != 'skill' else 50)))
        B.append(('p', '考核要求：按照操作规程完成%s，时间%d分钟；考评员依据评分表对操作规范性、安全性和结果质量评分。' % (t, 30 + 10 * i)))
    if l <= 2:
        B.append(('pl', '综合评审：提交一篇与%s相关的技术总结，并进行15分钟答辩。' % topics[si]))
    if answers:
        B.append(('pb',))
        B.append(('title', '%s 参考答案及评分标准' % nm))
        B.append(('pl', '一、选择题：' + ' '.join('%d.%s' % (i + 1, rng.choice('A')) for i in range(5))))
        B.append(('pl', '二、判断题：' + ' '.join('%d.√' % (i + 6) for i in range(4))))
        B.append(('table', [['考核项目', '评分要点', '配分'], ['操作准备', '工具材料准备齐全', '10'], ['操作过程', '步骤规范、安全', '60'],
                            ['结果质量', '符合技术要求', '20'], ['文明生产', '场地整洁', '10']], {'widths': [0.25, 0.55, 0.2]}))
    return B


def hash_s(s):
    import zlib
    return zlib.crc32(s.encode())


# ============================================================ extras
def catalogue(p, entries):
    B = [('title', '申报材料目录'), ('sub', p['org']['name'])]
    B.append(('table', [['序号', '材料名称', '页码/文件']] + [[str(i + 1), e[0], e[1]] for i, e in enumerate(entries)],
              {'widths': [0.1, 0.6, 0.3]}))
    return B


def teacher_list(p, rng):
    o = p['org']
    sur = '张王李赵刘陈杨黄周吴徐孙朱马胡郭林何高罗'
    given = ['建华', '丽萍', '伟', '敏', '海峰', '晓燕', '志强', '静', '明', '雪梅', '国庆', '慧', '俊', '磊']
    rows = [['序号', '姓名', '职务/职称', '证书', '从事年限']]
    for i in range(10):
        rows.append([str(i + 1), rng.choice(sur) + rng.choice(given), rng.choice(['考评员', '督导员', '高级讲师', '技师', '高级技师', '质量督导员']),
                     rng.choice(['考评员证', '一级/高级技师证书', '二级/技师证书', '中级职称']), '%d年' % rng.randint(3, 25)])
    return [('title', '考评人员及师资名单'), ('sub', o['name']), ('table', rows, {'widths': [0.1, 0.18, 0.27, 0.3, 0.15]})]


def equipment_list(p, rng):
    o = p['org']
    rows = [['序号', '设备名称', '数量', '存放地点']]
    items = ['视频监控摄像头', '硬盘录像机', '理论考试机房计算机', '身份证阅读器', '手机信号屏蔽器', '实操工位', '消防器材']
    for i, it in enumerate(items):
        rows.append([str(i + 1), it, str(rng.randint(2, 40)), o['site_name']])
    return [('title', '考核点设施设备清单'), ('sub', o['name']), ('table', rows, {'widths': [0.1, 0.4, 0.15, 0.35]})]
