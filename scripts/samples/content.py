"""The text of every sample document, as a small block model that both the
python-docx and the reportlab renderers understand.

A document is a Doc: a list of blocks plus metadata. Blocks:
    ("title", text)          centred, large
    ("center", text)         centred, normal size (文号, 副标题)
    ("h", text)              bold heading line
    ("p", text)              body paragraph, first line indented two characters
    ("pl", text)             paragraph without indent (称谓 such as "上海市职业技能鉴定中心：")
    ("right", text)          right-aligned line (落款, 日期)
    ("table", rows, widths)  grid table, first row is the header; widths in mm or None
    ("kv", rows, widths)     grid table without a header row (key/value form)
    ("blank",)               an empty line
    ("pagebreak",)

Doc.checks lists phrases that pdftotext (or the .docx text) must contain,
compared with all whitespace removed.
"""

LEVEL_NAMES = {5: "五级", 4: "四级", 3: "三级", 2: "二级", 1: "一级"}
LEVEL_TRAD = {5: "初级工", 4: "中级工", 3: "高级工", 2: "技师", 1: "高级技师"}


def level_label(level, style="slash"):
    """How an applicant writes a level; each package picks one style."""
    n, t = LEVEL_NAMES[level], LEVEL_TRAD[level]
    if style == "slash":
        return f"{n}/{t}"
    if style == "paren":
        return f"{n}（{t}）"
    if style == "zige":
        return f"国家职业资格{n}"
    if style == "bare":
        return n
    raise ValueError(style)


def cn_date(d):
    y, m, day = d[:3]
    return f"{y}年{m}月{day}日"


class Doc:
    def __init__(self, title, blocks, checks, date, author="Administrator",
                 font="WenQuanYi Micro Hei", nocheck=()):
        self.title = title
        self.blocks = blocks
        self.checks = list(checks)
        self.date = date  # (y, m, d, H, M, S) used for metadata
        self.author = author
        self.font = font
        self.nocheck = list(nocheck)  # phrases that must NOT appear

    def text(self):
        out = []
        for b in self.blocks:
            if b[0] in ("table", "kv"):
                for row in b[1]:
                    out.extend(row)
            elif len(b) > 1:
                out.append(b[1])
        return "\n".join(out)


def occ_display(o):
    return o["occupation"] + (f"（{o['work_type']}）" if o.get("work_type") else "")


# ---------------------------------------------------------------------------
# 四（一）1 申请表

def application_form(org, occs, date, level_style="slash"):
    rows = [["序号", "职业编码", "职业名称", "工种", "申报等级"]]
    n = 0
    for o in occs:
        for lv in o["levels"]:
            n += 1
            rows.append([str(n), o["code"], o["occupation"], o.get("work_type") or "—",
                         level_label(lv, level_style)])
    kv = [
        ["申报单位名称", org["name"]],
        ["统一社会信用代码", org["code"]],
        ["单位性质", org["nature"]],
        ["法定代表人", org["legal_rep"]],
        ["注册地址", org["address"]],
        ["考核点地址", org["site"]],
        ["联系人及电话", f"{org['contact']}  {org['phone']}"],
    ]
    blocks = [
        ("title", "社会培训评价组织征集遴选申请表"),
        ("center", "（依据沪人社职〔2024〕447号）"),
        ("kv", kv, [45, 115]),
        ("blank",),
        ("h", "申报职业（工种）及等级"),
        ("table", rows, [12, 28, 42, 42, 36]),
        ("blank",),
        ("p", "本单位承诺所填信息及所附材料真实、有效、合法，自愿接受各级人力资源社会保障部门及行业主管部门的监督。"),
        ("blank",),
        ("right", f"申报单位（盖章）：{org['name']}"),
        ("right", f"申报日期：{cn_date(date)}"),
    ]
    checks = ["社会培训评价组织征集遴选申请表", org["name"], org["code"], cn_date(date)]
    for o in occs:
        checks += [o["code"], o["occupation"]]
    return Doc("社会培训评价组织征集遴选申请表", blocks, checks, date + (10, 5, 0))


# ---------------------------------------------------------------------------
# 四（一）2 推荐函

def industry_letter(org, occs, issuer, date, number=None, font="WenQuanYi Micro Hei"):
    names = "、".join(occ_display(o) for o in occs)
    blocks = [("title", "推荐函")]
    if number:
        blocks.append(("center", number))
    blocks += [
        ("pl", "上海市职业技能鉴定中心："),
        ("p", f"根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》"
              f"（沪人社职〔2024〕447号）要求，经审核，现推荐{org['name']}（统一社会信用代码：{org['code']}）"
              f"申报{names}职业（工种）社会培训评价组织。"),
        ("p", f"该单位在本行业领域具有较好的影响力，近年来持续开展{names}等职业技能培训，"
              "培训评价具有一定规模，财务制度和管理制度规范，社会信用良好，未发现违法违规及失信行为。"),
        ("p", "特此推荐。"),
        ("blank",),
        ("right", f"{issuer}（盖章）"),
        ("right", cn_date(date)),
    ]
    checks = ["推荐函", org["name"], issuer, cn_date(date)]
    return Doc("推荐函", blocks, checks, date + (15, 20, 0), author="user", font=font)


def district_letter(org, district, date, number):
    bureau = f"{district}人力资源和社会保障局"
    blocks = [
        ("title", f"关于推荐{org['name']}申报社会培训评价组织的函"),
        ("center", number),
        ("pl", "上海市职业技能鉴定中心："),
        ("p", f"{org['name']}（统一社会信用代码：{org['code']}）拟申报社会培训评价组织，"
              f"其考核点位于{org['site']}，属我区辖区。"),
        ("p", "经实地查看，该考核点场地面积、理论考场和实操考场、视频监控设备等基础条件能够满足"
              "所申报职业（工种）职业技能等级认定工作需要。我局同意推荐该单位参加本次社会培训评价组织征集遴选，"
              "并将按照属地管理要求做好日常监督工作。"),
        ("p", "特此函告。"),
        ("blank",),
        ("right", bureau),
        ("seal",),
        ("right", cn_date(date)),
        ("blank",),
        ("pl", "（联系人：王某某，联系电话：021-5888××××）"),
    ]
    checks = [org["name"], bureau, number, cn_date(date)]
    return Doc(f"关于推荐{org['name']}申报社会培训评价组织的函", blocks, checks,
               date + (9, 40, 0), author="rsj")


# ---------------------------------------------------------------------------
# 四（一）3 信用报告、审计报告、营业执照

def credit_report(org, date, number, name_override=None):
    name = name_override or org["name"]
    blocks = [
        ("title", "法人公共信用信息报告"),
        ("center", "（无违法违规证明版）"),
        ("kv", [
            ["报告编号", number],
            ["查询对象", name],
            ["统一社会信用代码", org["code"]],
            ["报告出具日期", cn_date(date)],
            ["出具机构", "上海市公共信用信息服务中心"],
        ], [45, 115]),
        ("blank",),
        ("h", "一、登记信息"),
        ("kv", [
            ["名称", name],
            ["统一社会信用代码", org["code"]],
            ["法定代表人", org["legal_rep"]],
            ["登记状态", "存续"],
            ["住所", org["address"]],
        ], [45, 115]),
        ("h", "二、行政处罚信息"),
        ("p", "经查询，报告期内（近三年）未发现该主体的行政处罚信息。"),
        ("h", "三、严重失信主体名单信息"),
        ("p", "经查询，未发现该主体被列入严重失信主体名单。"),
        ("h", "四、欠税、欠费信息"),
        ("p", "经查询，未发现该主体的欠税、欠费信息。"),
        ("blank",),
        ("p", "说明：本报告依据上海市公共信用信息服务平台归集的信息生成，仅反映报告出具日之前平台归集的信息。"),
        ("right", "上海市公共信用信息服务中心"),
        ("right", cn_date(date)),
    ]
    checks = ["公共信用信息报告", name, org["code"], cn_date(date)]
    return Doc("法人公共信用信息报告", blocks, checks, date + (11, 2, 37), author="", font="WenQuanYi Micro Hei")


def audit_report(org, year, firm, number, issued):
    y = year
    bs = [
        ["项目", f"{y}年12月31日", f"{y - 1}年12月31日"],
        ["货币资金", org["fin"][y][0], org["fin"][y - 1][0]],
        ["资产总计", org["fin"][y][1], org["fin"][y - 1][1]],
        ["负债合计", org["fin"][y][2], org["fin"][y - 1][2]],
        ["所有者权益合计", org["fin"][y][3], org["fin"][y - 1][3]],
    ]
    company = org["nature"].startswith("企业")
    standard = "企业会计准则" if company else "政府会计准则制度"
    blocks = [
        ("title", "审计报告"),
        ("center", number),
        ("pl", f"{org['name']}{'全体股东' if company else ''}："),
        ("h", "一、审计意见"),
        ("p", f"我们审计了{org['name']}（以下简称贵单位）财务报表，包括{y}年12月31日的资产负债表，"
              f"{y}年度的利润表、现金流量表以及相关财务报表附注。"),
        ("p", f"我们认为，后附的财务报表在所有重大方面按照{standard}的规定编制，公允反映了贵单位"
              f"{y}年12月31日的财务状况以及{y}年度的经营成果和现金流量。"),
        ("h", "二、形成审计意见的基础"),
        ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，"
              "我们独立于贵单位，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，"
              "为发表审计意见提供了基础。"),
        ("h", "三、管理层对财务报表的责任"),
        ("p", f"管理层负责按照{standard}的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。"),
        ("blank",),
        ("right", firm),
        ("right", "中国注册会计师：陈某某  周某某"),
        ("right", "中国·上海"),
        ("right", cn_date(issued)),
        ("pagebreak",),
        ("center", "资产负债表（简表）"),
        ("center", f"编制单位：{org['name']}    单位：元"),
        ("table", bs, [50, 55, 55]),
    ]
    checks = ["审计报告", firm, number, f"{y}年12月31日的资产负债表", f"{y}年度", org["name"]]
    return Doc(f"{org['name']}{y}年度审计报告", blocks, checks, issued + (16, 0, 0), author="USER")


def licence_fields(org):
    """Fields of the 营业执照 (or 事业单位法人证书) copy; drawn by the reportlab
    licence renderer or laid out as a table for LibreOffice."""
    if org["nature"] == "事业单位":
        return {
            "heading": "事业单位法人证书",
            "rows": [
                ("统一社会信用代码", org["code"]),
                ("名称", org["name"]),
                ("宗旨和业务范围", org["scope"]),
                ("住所", org["address"]),
                ("法定代表人", org["legal_rep"]),
                ("经费来源", "财政补助"),
                ("开办资金", org["capital"]),
                ("举办单位", org["sponsor"]),
                ("有效期", "自2022年03月01日至2027年03月01日"),
            ],
            "authority": "上海市事业单位登记管理局",
            "date": "2022年03月01日",
        }
    rep_label = "负责人" if "分公司" in org["type"] else "法定代表人"
    addr_label = "营业场所" if "分公司" in org["type"] else "住所"
    rows = [
        ("统一社会信用代码", org["code"]),
        ("名称", org["name"]),
        ("类型", org["type"]),
        (rep_label, org["legal_rep"]),
        ("经营范围", org["scope"]),
    ]
    if "分公司" not in org["type"]:
        rows.append(("注册资本", org["capital"]))
    rows += [
        ("成立日期", org["founded"]),
        (addr_label, org["address"]),
    ]
    return {
        "heading": "营业执照",
        "rows": rows,
        "authority": org["registrar"],
        "date": org["licence_date"],
    }


def licence_copy(org):
    f = licence_fields(org)
    blocks = [
        ("title", f["heading"] + "（副本）"),
        ("kv", [list(r) for r in f["rows"]], [45, 115]),
        ("blank",),
        ("right", f"登记机关：{f['authority']}"),
        ("right", f["date"]),
        ("blank",),
        ("pl", "（本复印件与原件一致，仅供申报社会培训评价组织使用）"),
    ]
    checks = [f["heading"], org["name"], org["code"]]
    if f["heading"] == "营业执照":
        checks.append(org["type"])
    return Doc(f["heading"] + "复印件", blocks, checks, (2025, 1, 17, 14, 3, 0))


# ---------------------------------------------------------------------------
# 四（一）4 工作方案（含承诺书、廉洁责任书）

def pledge_blocks(org, date):
    return [
        ("title", "承诺书"),
        ("pl", "上海市职业技能鉴定中心："),
        ("p", f"{org['name']}自愿申报社会培训评价组织，现郑重承诺："),
        ("p", "一、所提交的全部申报材料真实、有效、合法，如有虚假，自愿承担相应责任。"),
        ("p", "二、严格遵守国家及本市职业技能等级认定相关规定，规范开展评价工作，不以营利为最终目的。"),
        ("p", "三、自愿接受各级人力资源社会保障部门、相关行业主管部门和社会各界的监督。"),
        ("p", "四、如出现违纪违规行为，自愿接受相应处理。"),
        ("blank",),
        ("right", f"承诺单位（盖章）：{org['name']}"),
        ("right", "法定代表人（签字）："),
        ("right", cn_date(date)),
    ]


def integrity_blocks(org, date):
    return [
        ("title", "廉洁责任书"),
        ("p", f"为加强职业技能等级认定工作中的廉政建设，{org['name']}（以下简称“责任单位”）作出如下承诺："),
        ("p", "一、不以任何名义向有关工作人员赠送礼金、有价证券和贵重物品，不宴请有关工作人员。"),
        ("p", "二、不在评价工作中弄虚作假、降低标准、违规发证，不违规收取费用。"),
        ("p", "三、考评人员、督导人员严格执行回避制度，发现违纪违规线索及时报告。"),
        ("p", "四、违反本责任书的，自愿承担相应责任，并接受取消评价资质等处理。"),
        ("blank",),
        ("right", f"责任单位（盖章）：{org['name']}"),
        ("right", "法定代表人（签字）："),
        ("right", cn_date(date)),
    ]


def work_plan(org, occs, date, with_pledges=True):
    names = "、".join(occ_display(o) for o in occs)
    blocks = [
        ("title", "职业技能等级认定工作方案"),
        ("center", org["name"]),
        ("h", "一、机构基本情况"),
        ("p", f"{org['name']}成立于{org['founded']}，住所位于{org['address']}。"
              f"单位长期从事{names}等职业技能培训，近三年累计培训{org['trained']}人次。"),
        ("h", "二、组织机构"),
        ("p", "单位设立职业技能等级认定工作办公室，由主要负责人分管，下设考务组、题库管理组和质量督导组，"
              "分别负责考务组织实施、试卷与题库管理、全过程质量监督。"),
        ("h", "三、人员队伍"),
        ("p", f"现有专职工作人员{org['staff']}名，考评员{org['assessors']}名，质量督导员4名，"
              "并聘请行业企业专家组成专家团队，负责评价标准与题库的开发和审定。"),
        ("h", "四、场地与设备设施"),
        ("p", f"考核点位于{org['site']}，设理论考场2间、实操考场3间，均配备视频监控设备，"
              "考核全过程录像，录像资料保存不少于一年。"),
        ("h", "五、工作流程"),
        ("p", "报名与资格审核、考前公示、考试组织实施、阅卷评分、成绩复核与公示、证书核发与数据上报，"
              "各环节按规定留存档案。"),
        ("h", "六、质量管控措施"),
        ("p", "实行考评人员随机抽取和回避制度，试卷专人保管，督导员全程督导，"
              "评价结果经内部复核后公示，接受人社部门和行业主管部门的监督检查。"),
        ("h", "七、经费保障"),
        ("p", "单位设立专项经费用于场地维护、设备更新和人员培训，保障职业技能等级认定工作稳定开展。"),
        ("blank",),
        ("right", org["name"]),
        ("right", cn_date(date)),
    ]
    checks = ["职业技能等级认定工作方案", org["name"], "质量管控措施"]
    if with_pledges:
        blocks += [("pagebreak",)] + pledge_blocks(org, date)
        blocks += [("pagebreak",)] + integrity_blocks(org, date)
        checks += ["承诺书", "廉洁责任书"]
    else:
        blocks += [("pagebreak",)] + integrity_blocks(org, date)
        checks += ["廉洁责任书"]
    return Doc("职业技能等级认定工作方案", blocks, checks, date + (17, 45, 0))


def pledge_doc(org, date):
    return Doc("承诺书", pledge_blocks(org, date), ["承诺书", org["name"], cn_date(date)],
               date + (17, 50, 0))


# ---------------------------------------------------------------------------
# 四（一）5 项目实施方案、评价方案、样题

# Per occupation: the assessment site, two occupation-specific questions
# (question, options, answer) and four practical tasks.
OCC_DETAIL = {
    "医疗护理员": dict(
        site="模拟病房（配备护理床、轮椅、护理模拟人）",
        q=[("为卧床患者翻身时，应首先（ ）。", ["核对并告知患者", "直接翻身", "抬高床头", "撤去枕头"], "A"),
           ("协助患者进食后，应让患者保持坐位或半坐位（ ）。", ["5分钟", "30分钟", "2小时", "不需要"], "B")],
        tasks=["为卧床患者更换床单", "协助患者进食", "为患者测量体温、脉搏和呼吸", "协助患者由床移至轮椅"]),
    "保洁员": dict(
        site="保洁实训室（配备洗地机、吸尘器、各类清洁剂）",
        q=[("清洁不锈钢表面时，应顺着（ ）方向擦拭。", ["纹理", "任意", "逆时针", "垂直"], "A"),
           ("使用化学清洁剂时，首先应（ ）。", ["阅读使用说明", "加大浓度", "混合使用", "直接喷洒"], "A")],
        tasks=["办公区地面清洁保养", "玻璃门窗刮洗", "卫生间清洁消毒", "地毯吸尘与局部去渍"]),
    "政务服务办事员": dict(
        site="政务服务模拟大厅（配备窗口受理系统）",
        q=[("“一网通办”要求办事人（ ）。", ["最多跑一次", "每次必到现场", "提交纸质原件", "预约三次"], "A"),
           ("首问负责制是指（ ）。", ["首位接待人员负责到底", "领导负责", "办事人自行负责", "窗口轮流负责"], "A")],
        tasks=["综合窗口受理与材料核验", "政务服务系统登记与流转", "办事咨询答复", "投诉处理与回访"]),
    "调饮师": dict(
        site="饮品实训室（配备制冰机、封口机、计量器具）",
        q=[("制作饮品前，操作人员应首先（ ）。", ["洗手消毒", "调配糖浆", "加冰", "封口"], "A"),
           ("鲜奶开封后应（ ）保存。", ["冷藏", "常温", "加热", "冷冻后解冻"], "A")],
        tasks=["调制一款果味茶饮", "调制一款奶茶", "调制一款咖啡饮品", "创意饮品设计与制作"]),
    "食品安全管理师": dict(
        site="食品安全实训室（配备快检设备、留样柜）",
        q=[("食品留样时间应不少于（ ）。", ["48小时", "12小时", "24小时", "6小时"], "A"),
           ("生熟食品加工应（ ）。", ["分开", "混用刀具", "同台操作", "先熟后生"], "A")],
        tasks=["食品安全自查与记录", "食品快速检测", "从业人员健康管理检查", "食品安全事故应急处置"]),
    "社群健康助理员": dict(
        site="社区健康服务实训室（配备血压计、血糖仪）",
        q=[("成年人血压正常值上限为（ ）。", ["140/90mmHg", "160/100mmHg", "120/60mmHg", "180/110mmHg"], "A"),
           ("健康档案应做到（ ）。", ["及时更新", "一年不变", "随意填写", "不需记录"], "A")],
        tasks=["社区居民健康信息采集", "血压测量与记录", "健康宣教活动组织", "慢病随访"]),
    "营养师": dict(
        site="营养实训室（配备膳食模型、体成分仪）",
        q=[("中国居民膳食指南建议成人每天食盐不超过（ ）。", ["5克", "10克", "15克", "20克"], "A"),
           ("体质指数BMI的计算公式为（ ）。", ["体重÷身高²", "身高÷体重", "体重×身高", "体重－身高"], "A")],
        tasks=["膳食调查与评价", "人体测量与营养状况评价", "食谱编制", "营养宣教方案设计"]),
    "碳排放管理员": dict(
        site="碳排放管理实训室（配备核算软件、监测设备）",
        q=[("温室气体排放量通常以（ ）计。", ["二氧化碳当量", "标准煤", "千瓦时", "立方米"], "A"),
           ("排放因子法的计算公式为（ ）。", ["活动数据×排放因子", "活动数据÷排放因子", "排放因子－活动数据", "以上都不对"], "A")],
        tasks=["企业碳排放边界识别", "化石燃料燃烧排放核算", "净购入电力排放核算", "排放报告编制"]),
    "保健调理师": dict(
        site="保健调理实训室（配备艾灸床、艾灸盒）",
        q=[("艾灸时，施灸部位与艾条的距离一般为（ ）。", ["2～3厘米", "0.5厘米", "10厘米", "直接接触"], "A"),
           ("艾灸后应提醒顾客（ ）。", ["注意保暖", "立即洗澡", "剧烈运动", "饮用冰水"], "A")],
        tasks=["温和灸操作", "隔姜灸操作", "艾灸盒灸操作", "艾灸不良反应处置"]),
    "数字孪生应用技术员": dict(
        site="数字孪生实训室（配备建模软件和数据采集终端）",
        q=[("数字孪生的核心是（ ）。", ["物理实体与虚拟模型的映射", "三维动画", "网页设计", "文字处理"], "A"),
           ("数据采集终端常用的通信协议是（ ）。", ["MQTT", "FTP", "SMTP", "POP3"], "A")],
        tasks=["设备三维模型导入与轻量化", "传感器数据接入", "孪生场景搭建", "运行状态可视化展示"]),
    "增材制造设备操作员": dict(
        site="增材制造实训室（配备熔融沉积设备和光固化设备）",
        q=[("熔融沉积成型的英文缩写是（ ）。", ["FDM", "SLA", "SLM", "CNC"], "A"),
           ("打印前调平平台的目的是（ ）。", ["保证首层附着", "提高温度", "减少耗材", "加快速度"], "A")],
        tasks=["设备开机检查与平台调平", "切片参数设置", "零件打印与后处理", "设备日常维护"]),
    "盆景师": dict(
        site="盆景实训基地（配备修剪工具和盆器）",
        q=[("松柏类盆景修剪的适宜时间一般为（ ）。", ["休眠期", "盛夏", "开花期", "任意时间"], "A"),
           ("盆景蟠扎常用的金属丝是（ ）。", ["铝丝或铜丝", "铁丝网", "钢丝绳", "不锈钢板"], "A")],
        tasks=["树木盆景修剪造型", "盆景蟠扎", "山水盆景布局", "盆景养护管理"]),
}

GENERIC_Q = [
    ("{occ}从业人员应遵守的职业守则不包括（ ）。", ["遵纪守法", "诚实守信", "敷衍了事", "爱岗敬业"], "C"),
    ("{occ}在工作中发现安全隐患时，应（ ）。", ["及时报告并处置", "视而不见", "自行离开", "隐瞒不报"], "A"),
    ("下列做法中，符合{occ}服务规范的是（ ）。", ["文明礼貌", "推诿拖延", "态度生硬", "擅自离岗"], "A"),
    ("{occ}开展工作前，应首先做好（ ）。", ["准备工作", "收费", "宣传", "总结"], "A"),
]

JUDGE_Q = [
    "（ ）{occ}只需掌握操作技能，不需要学习相关法律法规。",
    "（ ）{occ}应当按照操作规程开展工作，做好个人防护。",
    "（ ）{occ}在工作结束后不需要整理工具和记录。",
    "（ ）{occ}应当尊重服务对象，保护其隐私。",
]


def eval_plan_blocks(o, level, style):
    occ = occ_display(o)
    d = OCC_DETAIL[o["occupation"]]
    lab = level_label(level, style)
    theory_min = 90 if level >= 3 else 120
    return [
        ("h", f"{occ}（{lab}）评价方案"),
        ("p", f"1. 评价方式：分为理论知识考试和操作技能考核。理论知识考试采用闭卷机考方式，"
              f"操作技能考核采用现场实际操作方式{'，二级及以上另加综合评审' if level <= 2 else ''}。"),
        ("p", f"2. 考试时长：理论知识考试{theory_min}分钟，操作技能考核不少于60分钟。"),
        ("p", "3. 合格标准：理论知识考试和操作技能考核均实行百分制，成绩皆达60分（含）以上者为合格。"),
        ("p", "4. 考评人员配比：理论知识考试监考人员与考生配比为1:15，每个考场不少于2名监考人员；"
              "操作技能考核考评人员与考生配比为1:5，且不少于3名考评人员。"),
        ("p", f"5. 场地设备：理论知识考试在标准教室或机房进行；操作技能考核在{d['site']}进行，全程视频监控。"),
    ]


SET_NAMES = {
    "yangti": ("样题一", "样题二"),
    "yangti_paren": ("样题（一）", "样题（二）"),
    "tao": ("第一套", "第二套"),
    "juan": ("A卷", "B卷"),
}


def sample_set_blocks(o, level, style, set_index, set_label, heading=True):
    """One set of sample papers for one occupation and level; set_index 0 or 1
    picks different questions so the two sets are distinct."""
    occ = occ_display(o)
    d = OCC_DETAIL[o["occupation"]]
    lab = level_label(level, style)
    gq = GENERIC_Q[set_index * 2:set_index * 2 + 2]
    sq = d["q"][set_index]
    jq = JUDGE_Q[set_index * 2:set_index * 2 + 2]
    t = d["tasks"]
    k = (set_index * 2 + (5 - level)) % len(t)
    tasks = [t[k], t[(k + 1) % len(t)]]
    blocks = []
    if heading:
        blocks.append(("h", f"{occ}（{lab}）{set_label}"))
    blocks.append(("pl", "一、理论知识（单项选择题，每题2分）"))
    answers = []
    for i, (q, opts, ans) in enumerate(gq + [sq], 1):
        blocks.append(("pl", f"{i}. " + q.format(occ=occ)))
        blocks.append(("pl", "    " + "  ".join(f"{'ABCD'[j]}. {x}" for j, x in enumerate(opts))))
        answers.append(f"{i}.{ans}")
    blocks.append(("pl", "二、理论知识（判断题，每题1分）"))
    for i, q in enumerate(jq, 4):
        blocks.append(("pl", f"{i}. " + q.format(occ=occ)))
    answers.append("4.×" if set_index == 0 else "4.√")
    answers.append("5.√" if set_index == 0 else "5.√")
    blocks.append(("pl", "三、操作技能"))
    for i, task in enumerate(tasks, 1):
        blocks.append(("pl", f"试题{i}：{task}（考核时间30分钟，配分50分）"))
    blocks.append(("pl", "参考答案：" + "  ".join(answers)))
    return blocks


def implementation_plan(org, o, date, style, set_style, inline_sets=True, missing_set=None):
    """职业技能等级认定项目实施方案 for one occupation. inline_sets puts both sample
    sets of every level into this file; otherwise the plan refers to separate
    files. missing_set=level drops the second set of that level."""
    occ = occ_display(o)
    blocks = [
        ("title", "职业技能等级认定项目实施方案"),
        ("center", f"职业（工种）：{occ}    职业编码：{o['code']}"),
        ("center", f"申报单位：{org['name']}"),
        ("h", "一、项目概况"),
        ("p", f"本单位申报{occ}职业（工种）"
              + "、".join(level_label(lv, style) for lv in o["levels"])
              + "的职业技能等级认定，依据国家职业技能标准组织实施。"),
        ("h", "二、各等级评价方案"),
    ]
    for lv in o["levels"]:
        blocks += eval_plan_blocks(o, lv, style)
    labels = SET_NAMES[set_style]
    checks = ["职业技能等级认定项目实施方案", occ if "（" not in occ else o["occupation"], o["code"], "评价方案"]
    nocheck = []
    if inline_sets:
        blocks.append(("h", "三、样题"))
        for lv in o["levels"]:
            for si in (0, 1):
                if si == 1 and missing_set == lv:
                    continue
                blocks.append(("pagebreak",))
                blocks += sample_set_blocks(o, lv, style, si, labels[si])
                checks.append(f"{level_label(lv, style)}）{labels[si]}")
        if missing_set:
            nocheck.append(f"{level_label(missing_set, style)}）{labels[1]}")
    else:
        blocks.append(("h", "三、样题"))
        blocks.append(("p", f"各等级{labels[0]}、{labels[1]}样题另附。"))
    blocks += [("blank",), ("right", org["name"]), ("right", cn_date(date))]
    return Doc(f"{occ}职业技能等级认定项目实施方案", blocks, checks, date + (18, 30, 0), nocheck=nocheck)


def sample_paper(org, o, level, style, set_style, set_index, date):
    """A separate file with one sample set."""
    occ = occ_display(o)
    label = SET_NAMES[set_style][set_index]
    lab = level_label(level, style)
    blocks = [
        ("title", f"{occ}（{lab}）职业技能等级认定样题"),
        ("center", label),
        ("center", "（考试时间：理论90分钟，操作技能60分钟）"),
    ] + sample_set_blocks(o, level, style, set_index, label, heading=False)
    checks = [o["occupation"], lab, label, "样题"]
    return Doc(f"{occ}{lab}样题{label}", blocks, checks, date + (19, 0, set_index))
