# document content (block lists) in several house styles
import random
from gen_core import *

def occ_full(a): return a['name'] + (f"（{a['gz']}）" if a.get('gz') else '')

def d_str(date, style):
    y, m, d = date
    return cn_date(y, m, d) if style == 'cn' else (f'{y}年{m}月{d}日' if style == 'zh' else f'{y}-{m:02d}-{d:02d}')

# ---------------- application form ----------------
def app_form(o, apps, v, date, name=None):
    name = name or o['name']; ds = d_str(date, 'zh')
    B = []
    if v == 0:  # ticked boxes table
        B += [('title', '社会培训评价组织征集遴选申请表'), ('pr', f'填表日期：{ds}'),
              ('table', [['单位名称', name, '统一社会信用代码', o['code']], ['单位性质', o['nature'], '法定代表人', o['rep']],
                         ['注册地址', o['addr'], '联系电话', o['tel']], ['联系人', o['contact'], '电子邮箱', o['mail']]], {'head': False, 'cw': [.17, .38, .2, .25]}),
              ('h', '申报职业（工种）及等级')]
        rows = [['序号', '职业编码', '职业（工种）名称', '五级', '四级', '三级', '二级', '一级']]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a['code'], occ_full(a)] + [('☑' if l in a['levels'] else '□') for l in (5, 4, 3, 2, 1)])
        B += [('table', rows, {'cw': [.07, .15, .33, .09, .09, .09, .09, .09]}),
              ('p', '本单位承诺所填信息及提交材料真实、有效，自愿接受人社部门及行业主管部门的监督管理。'),
              ('sign', [f'申报单位（盖章）：{name}', ds], name, '')]
    elif v == 1:  # field:value with ranges
        B += [('c', '附件1'), ('title', '上海市社会培训评价组织征集遴选\n申 请 表'),
              ('p', f'申报单位：{name}'), ('p', f'统一社会信用代码：{o["code"]}'), ('p', f'单位类型：{o["nature"]}'),
              ('p', f'法定代表人：{o["rep"]}        联系人：{o["contact"]}（{o["tel"]}）'), ('p', f'单位地址：{o["addr"]}'),
              ('p', f'考核点地址：{o["site"]}'), ('h', '一、申报评价项目')]
        rows = [['职业编码', '职业名称', '工种', '申报等级', '备注']]
        for a in apps:
            rows.append([a['code'], a['name'], a.get('gz') or '—', lv_range(a['levels'], '—' if len(a['levels']) > 2 else '至'), '新申报'])
        B += [('table', rows, {'cw': [.17, .25, .22, .2, .16]}), ('h', '二、单位基本情况'),
              ('p', o['intro']), ('h', '三、申报单位意见'), ('p', '经研究，同意申报上述职业（工种）社会培训评价组织，所报材料真实有效。'),
              ('sign', [name, ds], name)]
    elif v == 2:  # old level names, remarks column, occupation table on page 2
        B += [('title', '社会培训评价组织申请表'), ('table', [['项目', '内容'], ['机构名称', name], ['统一社会信用代码', o['code']],
               ['登记类型', o['nature']], ['法定代表人 / 负责人', o['rep']], ['住所', o['addr']], ['专职工作人员', f'{o["staff"]}人'],
               ['考评员 / 督导员', f'{o["staff"]*2}人 / {max(2,o["staff"]//3)}人'], ['评价场地面积', f'{o["area"]}平方米']], {'cw': [.3, .7]}),
              ('p', o['intro']), ('br',), ('h', '申报职业（工种）明细')]
        rows = [['职业编码', '职业（工种）', '申报等级', '备注']]
        for a in apps:
            rows.append([a['code'], occ_full(a), '、'.join(LVO[l] for l in sorted(a['levels'], reverse=True)), '考核点：' + o['district']])
        B += [('table', rows, {'cw': [.18, .37, .3, .15]}), ('sp', 20), ('sign', ['单位盖章：' + name, '负责人签字：' + o['rep'], ds], name)]
    else:  # web system printout
        B += [('small', f'上海市人力资源和社会保障自助经办系统  ›  劳动就业  ›  技能鉴定  ›  新增备案机构申报        打印时间：{date[0]}-{date[1]:02d}-{date[2]:02d} 10:{17+date[2]%40:02d}'),
              ('title', '新增备案机构申报 — 申请信息'),
              ('table', [['字段', '填报内容'], ['申报单位名称', name], ['统一社会信用代码', o['code']], ['单位类别', o['nature']],
                         ['所属区', o['district']], ['法定代表人', o['rep']], ['经办人', o['contact']], ['经办人手机', o['tel']], ['申报批次', '沪人社职〔2024〕447号']], {'cw': [.3, .7]}),
              ('h', '申报评价项目')]
        rows = [['#', '职业编码', '职业（工种）', '等级']]
        for i, a in enumerate(apps, 1):
            rows.append([str(i), a['code'], occ_full(a), '，'.join(LVB[l] for l in sorted(a['levels'], reverse=True))])
        B += [('table', rows, {'cw': [.06, .18, .38, .38]}), ('small', '提交状态：已暂存（待上传附件）   系统流水号：ZZJB' + o['code'][-6:] + '2025')]
    return B

# ---------------- letters ----------------
def ind_letter(o, iss, v, date, rec_name=None, seal=True, apps=()):
    rn = rec_name or o['name']; occs = '、'.join(occ_full(a) for a in apps)
    B = []
    if v == 0:
        B += [('lh', iss['name'] + ('' if iss.get('assoc') else '文件')), ('no', f'{iss["abbr"]}〔2025〕{iss["no"]}号'),
              ('title', f'关于推荐{rn}\n申报社会培训评价组织的函'), ('p', '上海市人力资源和社会保障局：'),
              ('p', f'根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经审核，{rn}在{occs}等职业领域具有较好的培训评价基础，管理制度健全，近年来无违法违规记录。'),
              ('p', f'现推荐{rn}申报{occs}职业（工种）社会培训评价组织，请予支持。'), ('p', '特此函告。')]
    elif v == 1:
        B += [('lh', iss['name']), ('title', '推 荐 意 见'), ('p', '上海市职业技能鉴定中心：'),
              ('p', f'{rn}（统一社会信用代码：{o["code"] if rec_name is None else "见申报材料"}）系我{"会会员单位" if iss.get("assoc") else "委联系的行业重点单位"}。该单位长期从事{occs}相关人员培训，师资、场地和设备能够满足职业技能等级认定需要。'),
              ('p', f'我{"会" if iss.get("assoc") else "单位"}同意推荐其申报{occs}社会培训评价组织，并将按照职责做好行业指导和监督。')]
    elif v == 2:
        B += [('title', '推荐书'), ('table', [['被推荐单位', rn], ['推荐职业（工种）', occs], ['推荐单位', iss['name']],
              ['推荐理由', f'该单位在{occs}领域具有较丰富的考核评价资源和经验，评价场地、设备设施及视频监控满足要求，内部质量管控措施完善。'],
              ['推荐意见', '同意推荐。']], {'head': False, 'cw': [.25, .75]})]
    else:  # parent company 批复
        B += [('lh', iss['name']), ('no', f'{iss["abbr"]}〔2025〕{iss["no"]}号'), ('title', f'关于同意{rn}申报社会培训评价组织的批复'),
              ('p', f'{rn}：'), ('p', f'你公司《关于申报{occs}社会培训评价组织的请示》收悉。经集团研究，同意你公司作为集团所属独立法人企业申报上述职业（工种）社会培训评价组织，并按要求向上海市人力资源和社会保障局推荐。'),
              ('p', '请严格按照国家和本市职业技能等级认定有关规定，规范开展评价工作。'), ('p', '特此批复。')]
    B.append(('sign', [iss['name'], d_str(date, 'cn' if v != 2 else 'zh')], iss['name'] if seal else None))
    return B

def dist_letter(o, dist, v, date, seal=True, issuer=None, apps=()):
    bureau = issuer or f'上海市{dist}人力资源和社会保障局'
    occs = '、'.join(occ_full(a) for a in apps); short = dist[:1]
    B = []
    if v == 0:
        B += [('lh', bureau), ('no', f'{short}人社函〔2025〕{7 + len(o["name"]) % 30}号'), ('title', f'关于推荐{o["name"]}\n申报社会培训评价组织的函'),
              ('p', '上海市人力资源和社会保障局：'), ('p', f'{o["name"]}考核点位于{o["site"]}，经我局实地查看，考核场地面积约{o["area"]}平方米，配备理论考试机房、实操工位及全覆盖视频监控设备，满足{occs}职业技能等级认定要求。'),
              ('p', '经研究，同意推荐该单位申报社会培训评价组织。'), ('p', '特此函告。')]
    elif v == 1:
        B += [('lh', bureau), ('title', '推荐函'), ('p', '市职业技能鉴定中心：'),
              ('p', f'兹有{o["name"]}拟申报{occs}社会培训评价组织，其考核点设在本区（地址：{o["site"]}）。'),
              ('p', '经核查，该考核点场地、设施设备符合要求，同意推荐。')]
    else:
        B += [('title', f'{bureau}\n考核点推荐意见'), ('table', [['申报单位', o['name']], ['考核点地址', o['site']], ['申报职业（工种）', occs],
              ['核查情况', '考场布置、监控设备、消防通道等符合要求。'], ['区人社部门意见', '同意推荐']], {'head': False, 'cw': [.25, .75]})]
    B.append(('sign', [bureau, d_str(date, 'cn' if v == 0 else 'zh')], bureau if seal else None))
    return B

# ---------------- credit report ----------------
def credit(o, v, date, pen=0, shixin=0, name=None):
    name = name or o['name']; ds = d_str(date, 'zh')
    recs = [['行政处罚信息', f'查见{pen}条' if pen else '未查见'], ['失信被执行人', f'查见{shixin}条' if shixin else '未查见'],
            ['严重失信主体名单', '未查见'], ['经营异常名录', '未查见'], ['欠缴社会保险费', '未查见']]
    B = []
    if v == 0:
        B += [('c', '信用中国（上海）'), ('title', '公共信用信息报告\n（法人版）'), ('p', f'报告编号：SHXY{date[0]}{date[1]:02d}{date[2]:02d}{o["code"][-5:]}'),
              ('p', f'查询主体：{name}'), ('p', f'统一社会信用代码：{o["code"]}'), ('p', f'查询日期：{ds}'),
              ('small', '本报告由上海市公共信用信息服务平台依据已归集的公共信用信息生成，仅供参考。'), ('br',),
              ('h', '一、基本信息'), ('table', [['名称', name], ['统一社会信用代码', o['code']], ['法定代表人', o['rep']], ['登记机关', o['authority']], ['住所', o['addr']]], {'head': False, 'cw': [.3, .7]}),
              ('h', '二、良好信息'), ('p', '暂无。'), ('br',), ('h', '三、失信及行政处罚信息'),
              ('table', [['信息类别', '查询结果']] + recs, {'cw': [.4, .6]})]
    else:
        B += [('lh', '上海市公共信用信息服务中心'), ('title', '专用信用报告'), ('c', '（适用于社会培训评价组织申报）'),
              ('table', [['主体名称', name, '统一社会信用代码', o['code']], ['报告日期', ds, '报告用途', '社会培训评价组织征集遴选']], {'head': False}),
              ('h', '信用记录查询结果'), ('table', [['序号', '记录类别', '结果']] + [[str(i + 1)] + r for i, r in enumerate(recs)], {'cw': [.1, .45, .45]})]
    if v == 2:
        B = [('small', f'https://credit.fgw.sh.gov.cn  信用查询  打印于 {ds}'), ('title', '法人公共信用信息查询报告'),
             ('p', f'被查询法人：{name}'), ('p', f'统一社会信用代码：{o["code"]}    查询机构：上海市公共信用信息服务平台'),
             ('h', '第一部分  登记信息'), ('p', f'登记机关：{o["authority"]}；住所：{o["addr"]}；法定代表人：{o["rep"]}。'),
             ('h', '第二部分  资质、荣誉信息'), ('p', '无相关记录。'), ('br',), ('h', '第三部分  不良信息'),
             ('table', [['类别', '记录数', '说明']] + [[r[0], r[1], '截至查询日'] for r in recs], {'cw': [.35, .25, .4]})]
    if pen:
        B += [('h', '行政处罚明细'), ('table', [['决定书文号', '处罚事由', '处罚结果', '决定日期'],
              [f'沪市监{o["district"][:1]}处〔2023〕{2000 + pen * 37}号', '未按规定公示相关信息、从业人员健康证明过期', '警告，罚款人民币伍仟元', '2023-08-14']][:1 + pen], {'cw': [.3, .32, .2, .18]})]
    if shixin:
        B += [('h', '失信被执行人明细'), ('table', [['案号', '执行法院', '失信情形', '发布日期']] +
              [[f'（2023）沪0{104 + i}执{1200 + 31 * i}号', '上海市徐汇区人民法院', '有履行能力而拒不履行生效法律文书确定义务', '2023-11-0' + str(i + 2)] for i in range(shixin)], {'cw': [.28, .25, .3, .17]})]
    B.append(('small', f'—— 报告结束 ——   查询日期 {ds}'))
    return B

# ---------------- audit ----------------
def audit(o, year, firm, v, nonprofit=False, name=None):
    name = name or o['name']; yy = str(year) if v != 1 else cn_year(year)
    stmt = '业务活动表' if nonprofit else '利润表'; addressee = '理事会' if nonprofit else '全体股东'
    rng = random.Random(year * 7 + len(name))
    assets = rng.randint(300, 4000) * 10000 + rng.randint(0, 9999)
    B = [('title', f'{name}\n{yy}年度财务报表审计报告' if v == 2 else '审 计 报 告'), ('c', f'{firm["abbr"]}审字（{year + 1}）第{rng.randint(100, 2999):04d}号'),
         ('p', f'{name}{addressee}：'), ('h', '一、审计意见')]
    if v == 2:
        B.append(('p', f'我们审计了{name}财务报表，包括资产负债表、{stmt}、现金流量表以及相关财务报表附注。'))
    else:
        B.append(('p', f'我们审计了{name}（以下简称“贵{"单位" if nonprofit else "公司"}”）财务报表，包括{yy}年12月31日的资产负债表，{yy}年度的{stmt}、现金流量表以及相关财务报表附注。'))
    B += [('p', f'我们认为，后附的财务报表在所有重大方面按照{"《民间非营利组织会计制度》" if nonprofit else "企业会计准则"}的规定编制，公允反映了贵{"单位" if nonprofit else "公司"}的财务状况以及经营成果和现金流量。'),
          ('h', '二、形成审计意见的基础'), ('p', '我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。'),
          ('h', '三、管理层和治理层对财务报表的责任'), ('p', '管理层负责按照适用的会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。'),
          ('sign', [firm['name'], '中国注册会计师：' + firm['cpa'][0], '中国注册会计师：' + firm['cpa'][1], f'{year + 1}年{rng.randint(3, 4)}月{rng.randint(2, 28)}日'], firm['name']),
          ('br',), ('title', '资产负债表'), ('c', f'编制单位：{name}      {year}年12月31日      单位：元'),
          ('table', [['项目', '期末数', '年初数'], ['货币资金', f'{assets*0.42:,.2f}', f'{assets*0.38:,.2f}'], ['应收账款', f'{assets*0.21:,.2f}', f'{assets*0.25:,.2f}'],
                     ['固定资产', f'{assets*0.3:,.2f}', f'{assets*0.31:,.2f}'], ['资产总计', f'{assets:,.2f}', f'{assets*0.97:,.2f}'],
                     ['负债合计', f'{assets*0.35:,.2f}', f'{assets*0.37:,.2f}'], ['净资产合计' if nonprofit else '所有者权益合计', f'{assets*0.65:,.2f}', f'{assets*0.6:,.2f}']], {'cw': [.4, .3, .3]})]
    return B

# ---------------- work plan / pledge / integrity ----------------
def work_plan(o, apps, v):
    if v == 2:
        occs = '、'.join(occ_full(a) for a in apps)
        return [('title', '职业技能等级认定工作方案'), ('c', f'编制单位：{o["name"]}'),
                ('table', [['项目', '工作安排'], ['机构设置', f'成立认定工作办公室，{o["rep"]}任主任，专职工作人员{o["staff"]}人'],
                           ['评价范围', occs], ['考核场地', f'{o["site"]}，{o["area"]}平方米，含机考室和实操区'],
                           ['设备设施', '计算机40台、实操工位20个、高清视频监控24路、身份核验设备2套'],
                           ['质量管控', '考评员随机派遣、全过程录像、试卷双人双锁管理、成绩复核公示'],
                           ['经费保障', '设立专账，年度预算不少于50万元'], ['进度安排', '2025年2月完成题库建设，3月起按计划组织评价']], {'cw': [.22, .78]}),
                ('p', '本方案经单位负责人办公会审议通过，自备案之日起实施。')]
    occs = '、'.join(occ_full(a) for a in apps)
    B = [('title', f'{o["name"]}\n职业技能等级认定工作方案' if v else '职业技能等级认定工作方案'), ('c', o['name'] if not v else f'（{2025}年1月）'),
         ('h', '一、机构概况'), ('p', o['intro']),
         ('h', '二、组织架构'), ('p', f'设立职业技能等级认定工作领导小组，由{o["rep"]}任组长；下设评价管理部（专职{o["staff"]}人）、质量督导组和专家委员会，分别负责评价组织实施、过程督导和题库建设。'),
         ('h', '三、场地与设施设备'), ('p', f'考核点位于{o["site"]}，面积{o["area"]}平方米，设理论机考室、实操考核区、候考区和监控室，视频监控全覆盖并保存不少于一年。'),
         ('h', '四、质量管控'), ('p', '实行考评人员随机抽取、考务回避、试卷保密、成绩复核和结果公示制度；建立评价档案，接受人社部门和行业主管部门的监督检查。'),
         ('h', '五、经费保障'), ('p', f'每年安排职业技能等级认定专项经费，确保{occs}评价工作稳定开展。')]
    return B

def pledge(o, date, seal=True, v=0):
    ds = d_str(date, 'zh' if v else 'cn')
    if v == 2:
        return [('title', '诚信承诺书'), ('p', f'本单位{o["name"]}（统一社会信用代码{o["code"]}）郑重承诺：'),
                ('table', [['序号', '承诺事项'], ['1', '申报材料真实、准确、完整，无伪造、变造情形'], ['2', '严格按国家职业标准开展评价，不乱发证、不虚假评价'],
                           ['3', '评价收费公开透明，不以营利为最终目的'], ['4', '接受人社部门和行业主管部门监督，违诺自愿承担责任']], {'cw': [.12, .88]}),
                ('sign', [f'单位名称（公章）：{o["name"]}', f'法定代表人签名：{o["rep"]}', ds], o['name'] if seal else None)]
    B = [('title', '承 诺 书' if v == 0 else '社会培训评价组织申报承诺书'), ('p', '上海市人力资源和社会保障局：'),
         ('p', f'{o["name"]}自愿申报社会培训评价组织，现郑重承诺：'),
         ('p', '一、所提交的申报材料真实、有效、合法，如有虚假，自愿承担相应责任；'),
         ('p', '二、严格执行国家职业标准和评价规范，不以营利为最终目的，不降低标准、不虚假评价；'),
         ('p', '三、自愿接受各级人社部门、行业主管部门的监督检查，发现违规行为的，按照有关规定接受处理。'),
         ('sign', [f'承诺单位（盖章）：{o["name"]}', f'法定代表人（签字）：{o["rep"]}', ds], o['name'] if seal else None)]
    return B

def integrity(o, date, seal=True, v=0):
    ds = d_str(date, 'zh' if v != 1 else 'cn')
    if v == 1:
        return [('title', '职业技能等级认定\n廉洁从业责任书'), ('p', f'责任单位：{o["name"]}'),
                ('p', '为加强党风廉政建设，确保职业技能等级认定工作公平公正，本单位作出如下廉洁从业承诺：'),
                ('p', '（一）不向评价监管人员、督导人员、考评人员输送任何不正当利益；（二）不组织或参与替考、泄题、篡改成绩等违规行为；（三）建立内部廉洁风险防控制度，明确责任人。'),
                ('p', '本责任书自签订之日起生效，在备案有效期内持续有效。'),
                ('sign', [f'责任单位（盖章）：{o["name"]}', f'主要负责人：{o["rep"]}', ds], o['name'] if seal else None)]
    if v == 2:
        return [('title', '廉洁责任书'), ('table', [['甲方', '上海市职业技能鉴定中心'], ['乙方', o['name']], ['乙方法定代表人', o['rep']]], {'head': False, 'cw': [.3, .7]}),
                ('h', '乙方责任'), ('p', '1. 不得以任何理由向甲方及其工作人员馈赠礼品礼金、报销应由个人支付的费用；2. 不得安排甲方工作人员参加可能影响公正执行公务的宴请和娱乐活动；3. 发现违纪违规线索及时向甲方反映。'),
                ('h', '违约责任'), ('p', '乙方违反本责任书的，取消其申报资格，三年内不得再次申报。'),
                ('sign', [f'乙方：{o["name"]}（盖章）', ds], o['name'] if seal else None)]
    B = [('title', '廉洁责任书'), ('p', '甲方：上海市职业技能鉴定中心'), ('p', f'乙方：{o["name"]}'),
         ('p', '为规范职业技能等级认定工作，防止各种不正当行为发生，甲乙双方签订本责任书。'),
         ('p', '第一条 乙方不得以任何形式向甲方工作人员及评审专家赠送礼金、有价证券或提供宴请、旅游等活动。'),
         ('p', '第二条 乙方不得弄虚作假、违规收费，不得为考生提供考试作弊便利。'),
         ('p', '第三条 违反本责任书的，甲方有权终止其申报或备案，并按规定移送有关部门处理。'),
         ('sign', [f'乙方（盖章）：{o["name"]}', f'法定代表人：{o["rep"]}', ds], o['name'] if seal else None)]
    return B

# ---------------- implementation plan ----------------
def impl_plan(o, apps, v):
    B = [('title', f'{o["name"]}\n职业技能等级认定项目实施方案'), ('h', '一、评价依据'),
         ('p', '依据国家职业技能标准，结合本单位培训评价实际，制定本实施方案。'), ('h', '二、评价方式'),
         ('p', '理论知识考试采用闭卷机考方式，技能考核采用现场操作、模拟操作等方式；二级及以上等级增加综合评审。各项成绩均达60分（含）以上为合格。')]
    if v == 0:  # paragraphs per level
        for a in apps:
            B.append(('h', f'三、{occ_full(a)}（{a["code"]}）评价方案'))
            for l in sorted(a['levels'], reverse=True):
                B.append(('p', f'（{LV[l]}）{LV[l]}/{LVO[l]}评价方案：申报条件按国家职业标准执行；理论知识考试{60 if l>2 else 90}分钟，技能考核{90 if l>3 else 120}分钟，{"并进行综合评审；" if l<=2 else ""}考评人员与考生配比不低于1:{15 if l>3 else 10}。'))
    elif v == 1:  # table one row per level (merged first col)
        rows = [['职业（工种）', '等级', '理论知识考试', '技能考核', '综合评审']]
        for a in apps:
            for l in sorted(a['levels'], reverse=True):
                rows.append([occ_full(a), LVB[l], '闭卷机考 90分钟', '实操 120分钟' if l > 3 else '实操 150分钟', '有' if l <= 2 else '—'])
        B += [('h', '三、各等级评价方案'), ('table', rows, {'merge_first': True, 'cw': [.3, .18, .18, .18, .16]})]
    else:  # per occupation chapters with level lists
        for i, a in enumerate(apps):
            B += [('br',), ('title', f'第{"一二三四"[i]}章  {occ_full(a)}评价方案'), ('p', f'职业编码：{a["code"]}；申报等级：{lv_range(a["levels"])}。')]
            for l in sorted(a['levels'], reverse=True):
                B += [('h', f'{LVB[l]}评价方案'), ('p', f'考核内容：理论知识占比30%，操作技能占比70%。考核时长：理论{60 + (5 - l) * 10}分钟、技能{90 + (5 - l) * 15}分钟。考场要求：标准化考场，配备视频监控。')]
    B += [('h', '四、考务管理'), ('p', '评价实施前5个工作日报送评价计划；考试结束后按规定时限上报成绩并公示。')]
    return B

SETNAMES = [('样题一', '样题二'), ('样卷（A卷）', '样卷（B卷）'), ('模拟试卷1', '模拟试卷2'), ('理论知识试卷（第一套）', '理论知识试卷（第二套）'), ('技能操作考核试题 A 卷', '技能操作考核试题 B 卷')]
def sample(o, a, l, s, style, answers=False):
    label = SETNAMES[style % len(SETNAMES)][s]
    rnd = random.Random(hash((a['name'], l, s)) & 0xffff)
    occ = occ_full(a)
    B = [('small', f'{o["name"]}  职业技能等级认定'), ('title', f'{occ}（{LV[l]}）\n{label}'),
         ('p', f'职业编码：{a["code"]}    考试时间：90分钟    满分：100分'), ('h', '一、单项选择题（每题2分）')]
    topics = ['工作规范', '安全操作', '质量要求', '设备维护', '法律法规', '职业道德', '记录与报告']
    for i in range(1, 5):
        t = rnd.choice(topics)
        B.append(('p', f'{i}. 关于{occ}{LV[l]}岗位的{t}，下列说法正确的是（  ）。 A. 按标准执行  B. 凭经验处理  C. 可省略记录  D. 由他人代为完成'))
    B += [('h', '二、判断题（每题1分）'), ('p', f'1. {occ}在作业前应核对工作任务单。（  ）'), ('p', '2. 发现设备异常时应继续作业后再报告。（  ）'),
          ('h', '三、技能操作题'), ('p', f'试题{s + 1}：按照给定情境完成一项{occ}{LVO[l]}典型工作任务，并填写操作记录。考核要点：准备（15%）、操作过程（60%）、结果与记录（25%）。')]
    if answers:
        B += [('br',), ('title', f'{label} 参考答案及评分标准'), ('table', [['题号', '1', '2', '3', '4'], ['答案', 'A', 'A', 'A', 'A']]),
              ('p', '判断题：1. √  2. ×。技能操作题按评分表逐项扣分，扣完为止。')]
    return B

def contents_list(o, items):
    return [('title', '申报材料目录'), ('c', o['name']), ('table', [['序号', '材料名称', '页码/文件']] + [[str(i + 1), n, f] for i, (n, f) in enumerate(items)], {'cw': [.1, .55, .35]})]

def teacher_list(o, rnd):
    sur = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'; given = ['伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '海燕', '建华', '志强']
    rows = [['序号', '姓名', '职称/资格', '从事年限', '承担工作']]
    for i in range(8):
        rows.append([str(i + 1), rnd.choice(sur) + rnd.choice(given), rnd.choice(['高级技师', '技师', '高级工程师', '考评员', '督导员']), str(rnd.randint(4, 22)), rnd.choice(['命题', '考评', '督导', '培训'])])
    return [('title', '师资及考评人员名单'), ('c', o['name']), ('table', rows, {'cw': [.1, .2, .25, .2, .25]})]

# ---------------- certificates (canvas drawn) ----------------
def render_cert(o, path, stamp_copy=True, font='WQY'):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4); W, H = A4
    kind = o['reg']
    c.setStrokeColor(colors.Color(0.75, 0.55, 0.2)); c.setLineWidth(6); c.rect(30, 120, W - 60, H - 190)
    c.setLineWidth(1.2); c.rect(42, 132, W - 84, H - 214)
    c.setFillColor(colors.black)
    if kind == 'licence':
        c.setFont(font, 34); c.drawCentredString(W / 2, H - 150, '营 业 执 照'); c.setFont(font, 12); c.drawCentredString(W / 2, H - 175, '（副      本）')
        fields = [('统一社会信用代码', o['code']), ('名    称', o['name']), ('类    型', o['type']), ('法定代表人' if '分公司' not in o['type'] else '负  责  人', o['rep']),
                  ('经营范围', o['scope']), ('注册资本', o.get('capital', '人民币500.0000万元')), ('成立日期', o['founded']), ('营业期限', o['founded'] + ' 至 不约定期限'), ('住    所', o['addr'])]
        auth = o['authority']; title_seal = auth
        c.rect(W - 150, H - 250, 70, 70); c.setFont(font, 7); c.drawCentredString(W - 115, H - 262, '扫描二维码登录“国家企业信用信息公示系统”')
        for i in range(7):
            for j in range(7):
                if (i * 3 + j * 5 + len(o['name'])) % 3 == 0: c.rect(W - 147 + i * 9.5, H - 247 + j * 9.5, 9, 9, fill=1)
    else:
        t = {'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[kind]
        c.setFont(font, 28); c.drawCentredString(W / 2, H - 150, t); c.setFont(font, 12); c.drawCentredString(W / 2, H - 175, '（法人）' if kind == 'minfei' else '（副本）')
        if kind == 'shiye':
            fields = [('统一社会信用代码', o['code']), ('名    称', o['name']), ('宗旨和业务范围', o['scope']), ('住    所', o['addr']), ('法定代表人', o['rep']),
                      ('经费来源', '财政补助'), ('开办资金', '￥1200万元'), ('举办单位', o.get('sponsor', '上海市住房和城乡建设管理委员会')), ('有 效 期', '自2022年5月10日至2027年5月10日')]
        else:
            fields = [('统一社会信用代码', o['code']), ('名    称', o['name']), ('住    所', o['addr']), ('法定代表人', o['rep']),
                      ('业务范围', o['scope']), ('业务主管单位', o.get('supervisor', '上海市民政局')),
                      (('开办资金' if kind == 'minfei' else '注册资金'), '人民币30万元'), ('有 效 期', '2021年6月1日至2026年5月31日')] + ([('活动地域', '上海市')] if kind == 'shetuan' else [])
        auth = o['authority']; title_seal = auth
    y = H - 280
    for k, v in fields:
        c.setFont(font, 12.5); c.drawString(80, y, k)
        c.setFont(font, 12)
        lines = [v[i:i + 25] for i in range(0, len(v), 25)] or ['']
        for ln in lines: c.drawString(205, y, ln); y -= 20
        y -= 8
    c.setFont(font, 13); c.drawString(W - 290, 230, f'登记机关  {auth}'); c.drawString(W - 250, 205, o['issued'])
    rl_seal(c, W - 160, 230, 52, title_seal)
    if stamp_copy:
        c.saveState(); c.setFillColor(colors.Color(0.2, 0.3, 0.7)); c.setFont(font, 14); c.drawString(90, 180, '此复印件与原件一致，仅供社评组织申报使用'); c.restoreState()
        rl_seal(c, 200, 190, 55, o['name'])
    c.showPage(); c.save()

def floor_plan(o, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import landscape
    c = canvas.Canvas(path, pagesize=landscape(A4)); W, H = landscape(A4)
    c.setFont('DROID', 16); c.drawCentredString(W / 2, H - 40, f'{o["name"]}考核点平面布置示意图')
    rooms = [(60, 300, 260, 180, '理论机考室（40机位）'), (330, 300, 240, 180, '实操考核区A'), (580, 300, 200, 180, '实操考核区B'),
             (60, 110, 200, 170, '候考区'), (270, 110, 150, 170, '监控室'), (430, 110, 160, 170, '考务办公室'), (600, 110, 180, 170, '储物/设备间')]
    for x, y, w, h, n in rooms:
        c.rect(x, y, w, h); c.setFont('DROID', 11); c.drawCentredString(x + w / 2, y + h / 2, n)
        c.circle(x + w - 12, y + h - 12, 5)
    c.setFont('DROID', 9); c.drawString(60, 80, f'地址：{o["site"]}   面积约{o["area"]}㎡   ● 监控摄像头'); c.showPage(); c.save()

def site_photo(path, rnd, poor=False):
    w, h = (1200, 900) if not poor else (320, 240)
    im = Image.new('RGB', (w, h), (200, 198, 190)); d = ImageDraw.Draw(im)
    d.rectangle([0, int(h * .62), w, h], fill=(150, 140, 120))
    for i in range(3): d.rectangle([int(w * (.1 + .3 * i)), int(h * .12), int(w * (.3 + .3 * i)), int(h * .45)], fill=(170, 200, 225), outline=(90, 90, 90), width=4)
    for r in range(3):
        for k in range(5):
            x = int(w * (.08 + .18 * k)); y = int(h * (.6 + .12 * r))
            d.rectangle([x, y, x + int(w * .13), y + int(h * .05)], fill=(110, 80, 50)); d.rectangle([x + 20, y - int(h * .09), x + int(w * .08), y], fill=(40, 40, 45))
    im = Image.blend(im, Image.merge('RGB', [Image.effect_noise((w, h), 30)] * 3), 0.08)
    if poor: im = im.filter(ImageFilter.GaussianBlur(3))
    im.save(path, 'JPEG', quality=60 if not poor else 35)
