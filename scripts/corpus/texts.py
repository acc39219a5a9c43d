"""Document texts for the corpus. Reuses scripts/samples/content.py (the block
model and the sample texts: 申请表, 推荐函, 信用报告, 审计报告, 营业执照, 工作方案,
承诺书, 廉洁责任书, 实施方案, 评价方案, 样题) and adds variants seen in real
uploads plus the extras (staff lists, equipment lists, rules, lease, …).

Extra block kinds understood by render.py's own renderer (render.plain() maps
them to sample kinds for the sample renderers):
    ("letterhead", text)  red 发文机关标志 (GB/T 9704)
    ("redline",)          the red separator line under the letterhead
"""

import content  # scripts/samples/content.py
from content import Doc, cn_date, level_label as _sample_level_label  # noqa: F401

import catalogue

LEVEL_NAMES = content.LEVEL_NAMES
LEVEL_TRAD = content.LEVEL_TRAD
LEVEL_SHORT = {5: "初级", 4: "中级", 3: "高级", 2: "技师", 1: "高级技师"}


# ---------------------------------------------------------------------------
# Extend the sample content module in memory (the files stay untouched).

def level_label(level, style="slash"):
    if style == "trad":
        return LEVEL_TRAD[level]
    if style == "dual":
        return f"{LEVEL_NAMES[level]}（{LEVEL_SHORT[level]}）"
    return _sample_level_label(level, style)


content.level_label = level_label
content.SET_NAMES.update({
    "yangjuan": ("样卷A", "样卷B"),
    "shijuan": ("试卷一", "试卷二"),
})
for _k, _v in catalogue.EXTRA_DETAIL.items():
    content.OCC_DETAIL.setdefault(_k, _v)

LEVEL_STYLES = ["slash", "paren", "zige", "bare", "trad", "dual"]
SET_STYLES = list(content.SET_NAMES)
SET_FILE = {"tao": ("第一套", "第二套"), "juan": ("A卷", "B卷"), "yangti": ("样题一", "样题二"),
            "yangti_paren": ("样题（一）", "样题（二）"), "yangjuan": ("样卷A", "样卷B"),
            "shijuan": ("试卷一", "试卷二")}

CN_DIGITS = "〇一二三四五六七八九"


def cn_numeral_date(d):
    """二〇二五年一月十五日 (成文日期 of official letters)."""
    y, m, day = d[:3]

    def small(n):
        if n < 10:
            return CN_DIGITS[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIGITS[n % 10]
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return "".join(CN_DIGITS[int(c)] for c in str(y)) + f"年{small(m)}月{small(day)}日"


def occ_display(o):
    return catalogue.display(o)


def levels_text(levels, style):
    return "、".join(level_label(lv, style) for lv in levels)


def level_range(levels):
    lv = sorted(levels, reverse=True)
    contiguous = all(a - b == 1 for a, b in zip(lv, lv[1:]))
    if len(lv) == 1:
        return LEVEL_NAMES[lv[0]]
    if contiguous:
        return f"{LEVEL_NAMES[lv[0]]}至{LEVEL_NAMES[lv[-1]]}"
    return "、".join(LEVEL_NAMES[x] for x in lv)


# ---------------------------------------------------------------------------
# 申请表

def application_form(org, occs, date, style, variant):
    if variant == "table":
        return content.application_form(org, occs, date, style)
    kv = [
        ["申报单位名称", org["name"]],
        ["统一社会信用代码", org["code"]],
        ["单位性质", org["nature"]],
        ["法定代表人", org["legal_rep"]],
        ["成立时间", org["founded"]],
        ["注册地址", org["address"]],
        ["考核点地址", org["site"]],
        ["专职工作人员", f"{org['staff']}人"],
        ["考评人员", f"{org['assessors']}人"],
        ["联系人及电话", f"{org['contact']}  {org['phone']}"],
    ]
    if variant == "ticks":
        rows = [["序号", "职业编码", "职业（工种）", "申报等级（请勾选）"]]
        for i, o in enumerate(occs, 1):
            marks = "  ".join(("■" if lv in o["levels"] else "□") + f"{LEVEL_NAMES[lv]}/{LEVEL_TRAD[lv]}"
                              for lv in (5, 4, 3, 2, 1))
            rows.append([str(i), o["code"], occ_display(o), marks])
        widths = [12, 26, 48, 78]
    else:  # range
        rows = [["序号", "职业编码", "职业名称", "工种", "申报等级"]]
        for i, o in enumerate(occs, 1):
            rows.append([str(i), o["code"], o["occupation"], o.get("work_type") or "/", level_range(o["levels"])])
        widths = [12, 28, 40, 44, 40]
    blocks = [
        ("title", "社会培训评价组织征集遴选申请表"),
        ("center", f"填表日期：{cn_date(date)}"),
        ("kv", kv, [45, 115]),
        ("blank",),
        ("h", "一、申报职业（工种）及等级"),
        ("table", rows, widths),
        ("blank",),
        ("h", "二、单位简介"),
        ("p", f"{org['name']}成立于{org['founded']}，长期从事{org.get('industry', '职业技能培训')}相关工作，"
              f"近三年累计开展职业技能培训{org['trained']}人次，具备开展所申报职业（工种）职业技能等级认定的"
              "场地、设备设施和专兼职人员队伍。"),
        ("h", "三、申报单位承诺"),
        ("p", "本单位承诺所填信息及所附材料真实、有效、合法，自愿接受各级人力资源社会保障部门及行业主管部门的监督。"),
        ("blank",),
        ("right", f"申报单位（盖章）：{org['name']}"),
        ("right", f"法定代表人（签字）：{org['legal_rep']}"),
        ("right", cn_date(date)),
    ]
    checks = ["社会培训评价组织征集遴选申请表", org["name"], org["code"]]
    return Doc("社会培训评价组织征集遴选申请表", blocks, checks, date + (10, 5, 0))


# ---------------------------------------------------------------------------
# 推荐函

DISTRICT_ABBR = {"黄浦区": "黄", "徐汇区": "徐", "长宁区": "长", "静安区": "静", "普陀区": "普",
                 "虹口区": "虹", "杨浦区": "杨", "闵行区": "闵", "宝山区": "宝", "嘉定区": "嘉",
                 "浦东新区": "浦", "金山区": "金", "松江区": "松", "青浦区": "青", "奉贤区": "奉",
                 "崇明区": "崇"}


def industry_letter(org, occs, issuer, date, number, variant):
    names = "、".join(occ_display(o) for o in occs)
    if variant == "plain":
        return content.industry_letter(org, occs, issuer, date, number=number)
    if variant == "opinion":
        kv = [
            ["被推荐单位", org["name"]],
            ["统一社会信用代码", org["code"]],
            ["推荐职业（工种）", names],
            ["推荐单位", issuer],
            ["推荐意见", f"经审核，{org['name']}在{names}领域具有较丰富的培训评价资源和经验，"
                         "财务制度和管理制度规范，社会信用良好，同意推荐其申报社会培训评价组织。"],
        ]
        blocks = [("title", "行业主管部门推荐意见"), ("kv", kv, [40, 120]), ("blank",),
                  ("right", f"{issuer}（盖章）"), ("right", cn_date(date))]
        return Doc("推荐意见", blocks, ["推荐意见", org["name"], issuer], date + (15, 0, 0), author="user")
    head = issuer + ("文件" if variant == "gw_file" else "")
    blocks = [
        ("letterhead", head),
        ("center", number),
        ("redline",),
        ("title", f"关于推荐{org['name']}"),
        ("title", "申报社会培训评价组织的函"),
        ("pl", "上海市人力资源和社会保障局："),
        ("p", f"根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》"
              f"（沪人社职〔2024〕447号）要求，经研究，同意推荐{org['name']}（统一社会信用代码：{org['code']}）"
              f"申报{names}社会培训评价组织。"),
        ("p", f"该单位长期从事{names}等职业（工种）的培训与评价工作，具有专门的评价工作机构和专职工作人员，"
              "场地设施完备，管理制度健全，近三年未发现违法违规及失信行为。"),
        ("p", "请予支持。"),
        ("blank",),
        ("right", issuer),
        ("right", cn_numeral_date(date)),
        ("blank",),
        ("pl", f"（联系人：{org['contact'][0]}某某，联系电话：021-{6000 + len(issuer) * 37}××××）"),
    ]
    return Doc("推荐函", blocks, ["推荐", org["name"], issuer], date + (15, 20, 0), author="user")


def district_letter(org, date, number, variant):
    district = org["district"]
    bureau = f"上海市{district}人力资源和社会保障局"
    if variant == "plain":
        return content.district_letter(org, district, date, number)
    blocks = [
        ("letterhead", bureau),
        ("center", number),
        ("redline",),
        ("title", f"关于同意推荐{org['name']}作为"),
        ("title", "社会培训评价组织考核点的函"),
        ("pl", "上海市人力资源和社会保障局："),
        ("p", f"{org['name']}（统一社会信用代码：{org['code']}）拟申报社会培训评价组织，"
              f"考核点设在{org['site']}。经我局实地核查，该考核点场地、设备设施及视频监控等条件符合要求。"),
        ("p", "经研究，同意推荐。我局将按照属地管理要求加强对该考核点的日常监督。"),
        ("p", "特此函告。"),
        ("blank",),
        ("right", bureau),
        ("right", cn_numeral_date(date)),
    ]
    return Doc("区人社局推荐函", blocks, [org["name"], bureau], date + (9, 40, 0), author="rsj")


# ---------------------------------------------------------------------------
# 信用报告

def credit_report(org, date, number, variant, name=None, penalties=0):
    name = name or org["name"]
    if variant == "plain" and not penalties:
        return content.credit_report(org, date, number, name_override=None if name == org["name"] else name)
    if variant == "pbc":
        blocks = [
            ("title", "企业信用报告"),
            ("center", "（自主查询版）"),
            ("kv", [["报告编号", number], ["查询机构", "中国人民银行征信中心"], ["报告时间", cn_date(date)],
                    ["企业名称", name], ["统一社会信用代码", org["code"]]], [45, 115]),
            ("h", "一、身份信息"),
            ("kv", [["名称", name], ["登记地址", org["address"]], ["法定代表人", org["legal_rep"]],
                    ["成立年份", org["founded"][:5]]], [45, 115]),
            ("h", "二、信息概要"),
            ("table", [["项目", "笔数", "余额（万元）"], ["未结清信贷", "0", "0.00"], ["已结清信贷", "0", "0.00"],
                       ["对外担保", "0", "0.00"]], [60, 50, 50]),
            ("h", "三、公共信息"),
            ("p", "欠税记录：无。民事判决记录：无。强制执行记录：无。行政处罚记录：无。"),
            ("h", "四、声明"),
            ("p", "本报告由中国人民银行征信中心出具，依据截至报告时间企业征信系统记录的信息生成。"),
            ("right", "中国人民银行征信中心"),
            ("right", cn_date(date)),
        ]
        return Doc("企业信用报告", blocks, ["企业信用报告", name], date + (10, 0, 0), author="")
    pen = []
    if penalties:
        pen = [("table", [["序号", "决定书文号", "处罚事由", "处罚结果", "处罚机关", "决定日期"]] +
                [[str(i + 1), f"沪市监{['浦', '徐', '静'][i % 3]}处〔2024〕{3100 + 17 * i}号",
                  "超范围经营" if i % 2 == 0 else "未按规定公示年度报告", "警告、罚款", "区市场监督管理局",
                  f"2024年{3 + i}月{10 + i}日"] for i in range(penalties)],
                [10, 36, 30, 22, 30, 26])]
    blocks = [
        ("title", "法人公共信用信息报告"),
        ("center", "（无违法违规证明版）" if not penalties else "（完整版）"),
        ("kv", [["报告编号", number], ["查询对象", name], ["统一社会信用代码", org["code"]],
                ["报告出具日期", cn_date(date)], ["出具机构", "上海市公共信用信息服务中心"]], [45, 115]),
        ("h", "一、登记信息"),
        ("kv", [["名称", name], ["统一社会信用代码", org["code"]], ["法定代表人", org["legal_rep"]],
                ["登记状态", "存续"], ["住所", org["address"]]], [45, 115]),
        ("h", "二、行政处罚信息"),
        ("p", f"经查询，报告期内（近三年）查见该主体行政处罚信息{penalties}条。" if penalties
         else "经查询，报告期内（近三年）未查见该主体的行政处罚信息。"),
    ] + pen + [
        ("h", "三、严重失信主体名单信息"),
        ("p", "未查见。"),
        ("h", "四、经营异常名录信息"),
        ("p", "未查见。"),
        ("h", "五、欠税、欠费信息"),
        ("p", "未查见。"),
        ("blank",),
        ("p", "说明：本报告依据上海市公共信用信息服务平台归集的信息生成，仅反映报告出具日之前平台归集的信息。"),
        ("right", "上海市公共信用信息服务中心"),
        ("right", cn_date(date)),
    ]
    return Doc("法人公共信用信息报告", blocks, ["公共信用信息报告", name], date + (11, 2, 37), author="")


# ---------------------------------------------------------------------------
# 审计报告

NOTES = [
    "一、单位基本情况：{name}系依法设立的{nature}，主要从事{industry}及职业技能培训业务。",
    "二、财务报表的编制基础：本单位以持续经营为基础，根据实际发生的交易和事项，按照{standard}进行确认和计量，"
    "在此基础上编制财务报表。",
    "三、遵循会计准则的声明：本单位编制的财务报表符合{standard}的要求，真实、完整地反映了本单位的财务状况。",
    "四、会计期间：本单位会计年度自公历1月1日起至12月31日止。记账本位币为人民币。",
    "五、货币资金：期末货币资金均为银行存款及库存现金，无抵押、冻结等对变现有限制的款项。",
    "六、固定资产：固定资产按取得时的实际成本计价，采用年限平均法计提折旧，房屋建筑物折旧年限20年，"
    "教学及办公设备折旧年限3至5年。",
    "七、收入确认：培训服务收入在服务已经提供、收到价款或取得收款凭据时确认。",
    "八、税项：本单位适用增值税，税率6%；城市维护建设税按应缴流转税额的7%计缴。",
    "九、关联方关系及其交易：报告期内本单位无重大关联方交易。",
    "十、或有事项及承诺事项：截至资产负债表日，本单位无需要披露的重大或有事项。",
    "十一、资产负债表日后事项：截至审计报告日，本单位无需要披露的资产负债表日后事项。",
]


def audit_report(org, year, firm, number, issued, notes_pages=0):
    company = org["reg"] in ("company", "branch")
    if company or org["reg"] == "shiye":
        doc = content.audit_report(org, year, firm, number, issued)
        standard = "企业会计准则" if company else "政府会计准则制度"
    else:
        doc = _audit_np(org, year, firm, number, issued)
        standard = "民间非营利组织会计制度"
    if notes_pages:
        blocks = [("pagebreak",), ("center", f"{org['name']}{year}年度财务报表附注")]
        for k in range(notes_pages):
            for n in NOTES:
                blocks.append(("p", n.format(name=org["name"], nature=org["nature"],
                                             industry=org.get("industry", "职业技能培训"), standard=standard)))
            if k + 1 < notes_pages:
                blocks.append(("pagebreak",))
        doc.blocks = doc.blocks + blocks
    return doc


def _audit_np(org, y, firm, number, issued):
    """审计报告 of a 民间非营利组织 (民办非企业单位 / 社会团体): 业务活动表, 理事会."""
    f = org["fin"]
    bs = [["项目", f"{y}年12月31日", f"{y - 1}年12月31日"],
          ["货币资金", f[y][0], f[y - 1][0]], ["资产总计", f[y][1], f[y - 1][1]],
          ["负债合计", f[y][2], f[y - 1][2]], ["净资产合计", f[y][3], f[y - 1][3]]]
    blocks = [
        ("title", "审计报告"),
        ("center", number),
        ("pl", f"{org['name']}理事会："),
        ("h", "一、审计意见"),
        ("p", f"我们审计了{org['name']}（以下简称贵单位）财务报表，包括{y}年12月31日的资产负债表，"
              f"{y}年度的业务活动表、现金流量表以及相关财务报表附注。"),
        ("p", f"我们认为，后附的财务报表在所有重大方面按照《民间非营利组织会计制度》的规定编制，公允反映了贵单位"
              f"{y}年12月31日的财务状况以及{y}年度的业务活动成果和现金流量。"),
        ("h", "二、形成审计意见的基础"),
        ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
              "为发表审计意见提供了基础。"),
        ("h", "三、管理层和治理层对财务报表的责任"),
        ("p", "贵单位管理层负责按照《民间非营利组织会计制度》的规定编制财务报表，使其实现公允反映。"),
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


AUDIT_FIRMS = [
    ("上海某明会计师事务所（普通合伙）", "沪明审字({y})第{n:04d}号"),
    ("上海某华诚会计师事务所有限公司", "沪华诚审字（{y}）第{n:04d}号"),
    ("上海某信达会计师事务所（特殊普通合伙）", "沪信达审字[{y}]第{n:04d}号"),
    ("上海某立信会计师事务所有限公司", "沪立会审字〔{y}〕第{n:04d}号"),
    ("上海某众华会计师事务所（普通合伙）", "众华沪审字（{y}）第{n:04d}号"),
    ("上海某德安会计师事务所有限公司", "德安审字〔{y}〕{n:04d}号"),
]


# ---------------------------------------------------------------------------
# 营业执照 / 登记证书

def licence_fields(org):
    """Fields for producers.reportlab_licence (canvas) and licence_doc (table)."""
    if org["reg"] in ("company", "branch", "shiye"):
        return content.licence_fields(org)
    if org["reg"] == "minfei":
        return {
            "heading": "民办非企业单位登记证书",
            "rows": [
                ("统一社会信用代码", org["code"]), ("名称", org["name"]), ("住所", org["address"]),
                ("法定代表人", org["legal_rep"]), ("业务范围", org["scope"]),
                ("业务主管单位", org["sponsor"]), ("开办资金", org["capital"]),
                ("有效期", "自2023年06月01日至2028年05月31日"),
            ],
            "authority": org["registrar"],
            "date": org["licence_date"],
        }
    return {
        "heading": "社会团体法人登记证书",
        "rows": [
            ("统一社会信用代码", org["code"]), ("名称", org["name"]), ("住所", org["address"]),
            ("法定代表人", org["legal_rep"]), ("业务范围", org["scope"]), ("活动地域", "上海市"),
            ("注册资金", org["capital"]), ("业务主管单位", org["sponsor"]),
            ("有效期", "自2022年09月01日至2027年08月31日"),
        ],
        "authority": org["registrar"],
        "date": org["licence_date"],
    }


def licence_doc(org):
    if org["reg"] in ("company", "branch", "shiye"):
        return content.licence_copy(org)
    f = licence_fields(org)
    heading = f["heading"] + ("（法人）" if org["reg"] == "minfei" else "")
    blocks = [("title", heading + "（副本）"), ("kv", [list(r) for r in f["rows"]], [45, 115]), ("blank",),
              ("right", f"登记管理机关：{f['authority']}"), ("right", f["date"]), ("blank",),
              ("pl", "（本复印件与原件一致，仅供申报社会培训评价组织使用）")]
    return Doc(f["heading"] + "复印件", blocks, [f["heading"], org["name"], org["code"]], (2025, 1, 17, 14, 3, 0))


def licence_title(org):
    return licence_fields(org)["heading"]


# ---------------------------------------------------------------------------
# 工作方案、承诺书、廉洁责任书

RULES = {
    "考务管理制度": [
        "第一条 为规范职业技能等级认定考务工作，保证考试公平公正，制定本制度。",
        "第二条 考务工作实行分级负责制，考务组负责报名审核、考场编排、试卷领取与回收、考试组织实施。",
        "第三条 每个理论考场配备不少于2名监考人员，考生与监考人员配比不超过15:1。",
        "第四条 操作技能考核每个考场配备不少于3名考评人员，实行考评人员随机抽取和回避制度。",
        "第五条 考试全过程视频监控，录像资料保存不少于一年，以备核查。",
        "第六条 考务人员违反本制度的，按照《技能人才评价违纪违规行为处理工作指引（试行）》处理。",
    ],
    "考评人员管理制度": [
        "第一条 考评人员须具备相应职业（工种）高一级的职业技能等级或相关专业中级以上职称。",
        "第二条 考评人员实行聘任制，聘期三年，每年进行一次考核，考核不合格的不再续聘。",
        "第三条 考评人员应遵守考评纪律，不得在考评工作中弄虚作假、徇私舞弊。",
        "第四条 考评人员与考生有亲属关系或其他利害关系的，应当主动回避。",
        "第五条 建立考评人员档案，记录参与考评的次数、评价和奖惩情况。",
    ],
    "题库及试卷管理制度": [
        "第一条 题库由专人管理，实行双人双锁，未经批准任何人不得查阅、复制题库。",
        "第二条 试卷印制、运送、保管全过程实行登记签收制度，确保试卷安全。",
        "第三条 考试结束后，试卷、答题卡当场密封，由两名工作人员共同送交保密室。",
        "第四条 题库每年更新比例不低于20%，更新试题须经专家审定。",
    ],
    "档案管理制度": [
        "第一条 职业技能等级认定档案包括报名材料、考场记录、试卷、成绩单、视频资料等。",
        "第二条 档案实行专人管理，分类立卷，保管期限不少于五年。",
        "第三条 档案借阅须经分管负责人批准，并履行登记手续。",
    ],
    "证书管理制度": [
        "第一条 职业技能等级证书按照国家统一规范制作，实行专人管理、登记发放。",
        "第二条 证书信息须在规定时间内上传至人力资源社会保障部门的数据库，确保可查可验。",
        "第三条 严禁违规发放证书，对违规发证的责任人依法依规追究责任。",
    ],
    "收费管理制度": [
        "第一条 评价收费严格执行本市有关收费规定，收费标准向社会公示。",
        "第二条 收费统一开具票据，专款专用，不得另立名目收取费用。",
    ],
    "投诉处理制度": [
        "第一条 设立投诉电话和投诉邮箱，在考核点显著位置公示。",
        "第二条 接到投诉后5个工作日内核实处理，并将处理结果告知投诉人。",
        "第三条 投诉处理情况定期报送相关人力资源社会保障部门。",
    ],
    "突发事件应急预案": [
        "一、适用范围：考试过程中发生的试卷泄密、停电、网络中断、火灾、考生突发疾病等突发事件。",
        "二、组织机构：成立应急处置领导小组，由主要负责人任组长，考务组、安保组、医疗组分工负责。",
        "三、处置措施：发生突发事件时，现场负责人立即报告并启动相应处置程序，做好记录。",
        "四、后续工作：事件处置完毕后，形成书面报告报送有关部门。",
    ],
}


def rules_blocks(names):
    blocks = []
    for i, n in enumerate(names):
        if i:
            blocks.append(("blank",))
        blocks.append(("h", n))
        blocks += [("p", s) for s in RULES[n]]
    return blocks


def work_plan(org, occs, date, pledges, extra_rules=()):
    """pledges: 'both' (承诺书 and 廉洁责任书 as pages), 'integrity' (only the
    廉洁责任书 page), 'none' (both are separate files or missing)."""
    doc = content.work_plan(org, occs, date, with_pledges=(pledges == "both"))
    if pledges == "none":
        i = max(k for k, b in enumerate(doc.blocks) if b[0] == "pagebreak")
        doc.blocks = doc.blocks[:i]
        doc.checks = [c for c in doc.checks if c != "廉洁责任书"]
    if extra_rules:
        doc.blocks = doc.blocks + [("pagebreak",), ("title", "附件：职业技能等级认定管理制度")] + rules_blocks(extra_rules)
    return doc


def pledge_doc(org, date):
    return content.pledge_doc(org, date)


def integrity_doc(org, date):
    return Doc("廉洁责任书", content.integrity_blocks(org, date), ["廉洁责任书", org["name"]], date + (17, 55, 0))


def management_rules(org, names, date):
    blocks = [("title", "职业技能等级认定管理制度汇编"), ("center", org["name"])] + rules_blocks(names)
    blocks += [("blank",), ("right", org["name"]), ("right", cn_date(date))]
    return Doc("管理制度汇编", blocks, ["管理制度"], date + (16, 0, 0))


# ---------------------------------------------------------------------------
# 实施方案、评价方案、样题

def implementation_plan(org, o, date, style, set_style, mode, missing_set=None):
    """mode: 'inline' (评价方案 and both sample sets of every level in the plan),
    'eval' (评价方案 in the plan, 样题另附), 'brief' (评价方案 and 样题 另附)."""
    if mode == "inline":
        return content.implementation_plan(org, o, date, style, set_style, inline_sets=True, missing_set=missing_set)
    if mode == "eval":
        return content.implementation_plan(org, o, date, style, set_style, inline_sets=False)
    occ = occ_display(o)
    d = content.OCC_DETAIL[o["occupation"]]
    blocks = [
        ("title", "职业技能等级认定项目实施方案"),
        ("center", f"职业（工种）：{occ}    职业编码：{o['code']}"),
        ("center", f"申报单位：{org['name']}"),
        ("h", "一、项目概况"),
        ("p", f"本单位申报{occ}职业（工种）{levels_text(o['levels'], style)}的职业技能等级认定，"
              "依据国家职业技能标准组织实施。"),
        ("h", "二、组织实施"),
        ("p", "项目由职业技能等级认定工作办公室统一组织，考务组负责报名、考场编排和考试实施，"
              "题库管理组负责命题与试卷管理，质量督导组负责全过程督导。"),
        ("h", "三、考核场地与设备"),
        ("p", f"理论知识考试在标准化机房进行；操作技能考核在{d['site']}进行，全程视频监控。"),
        ("h", "四、命题与题库建设"),
        ("p", "依据国家职业技能标准和本市有关要求，组织行业企业专家开发题库，每个等级理论知识试题不少于500道，"
              "操作技能试题不少于20道，题库每年更新。"),
        ("h", "五、质量督导"),
        ("p", "每场考试派驻质量督导员，督导考务规范、考评纪律和成绩评定，督导报告归档备查。"),
        ("h", "六、各等级评价方案及样题"),
        ("p", f"各等级评价方案及{content.SET_NAMES[set_style][0]}、{content.SET_NAMES[set_style][1]}另附。"),
        ("blank",), ("right", org["name"]), ("right", cn_date(date)),
    ]
    return Doc(f"{occ}职业技能等级认定项目实施方案", blocks, ["职业技能等级认定项目实施方案", o["code"]],
               date + (18, 30, 0))


def eval_plan(org, o, level, date, style, weights=False):
    occ = occ_display(o)
    lab = level_label(level, style)
    blocks = [
        ("title", f"{occ}（{lab}）评价方案"),
        ("center", f"申报单位：{org['name']}"),
    ] + content.eval_plan_blocks(o, level, style)[1:] + [
        ("p", "6. 命题方式：从题库中随机抽取组卷，理论知识试卷和操作技能试卷各备A、B两套。"),
        ("p", "7. 成绩管理：成绩经考评组长签字确认，内部复核后公示5个工作日，公示无异议后上报。"),
        ("p", "8. 证书核发：考核合格者由本单位按规定核发职业技能等级证书，并将数据上传至国家数据库。"),
    ] + (weights_blocks(o, level, style) if weights else []) + [
        ("blank",), ("right", org["name"]), ("right", cn_date(date)),
    ]
    return Doc(f"{occ}{lab}评价方案", blocks, ["评价方案", o["occupation"], lab], date + (18, 40, level))


def sample_pair(org, o, level, style, set_style, date, only_first=False, more=0, scoring=False):
    """Both sample sets of one level in one file (only_first: the second is missing)."""
    occ = occ_display(o)
    lab = level_label(level, style)
    labels = content.SET_NAMES[set_style]
    blocks = [("title", f"{occ}（{lab}）职业技能等级认定样题"),
              ("center", f"申报单位：{org['name']}")]
    blocks += content.sample_set_blocks(o, level, style, 0, labels[0]) + more_questions(o, level, 0, more)
    if scoring:
        blocks += scoring_blocks(o, level, 0)
    if not only_first:
        blocks.append(("pagebreak",))
        blocks += content.sample_set_blocks(o, level, style, 1, labels[1]) + more_questions(o, level, 1, more)
        if scoring:
            blocks += scoring_blocks(o, level, 1)
    return Doc(f"{occ}{lab}样题", blocks, ["样题", o["occupation"], lab], date + (19, 0, level))


def sample_paper(org, o, level, style, set_style, set_index, date, more=0, scoring=False):
    doc = content.sample_paper(org, o, level, style, set_style, set_index, date)
    doc.blocks = doc.blocks + more_questions(o, level, set_index, more) + (scoring_blocks(o, level, set_index)
                                                                          if scoring else [])
    return doc


MORE_Q = [
    ("{task}前，应首先（ ）。", ["检查工具和设备是否完好", "直接开始操作", "跳过安全检查", "交由他人负责"]),
    ("{task}过程中发现异常情况，正确的做法是（ ）。", ["立即停止并报告", "继续操作", "自行拆除设备", "隐瞒不报"]),
    ("{task}完成后，应（ ）。", ["整理现场并做好记录", "直接离开", "丢弃剩余材料", "不做任何处理"]),
    ("下列关于{task}的说法，正确的是（ ）。", ["应按照操作规程进行", "可以省略必要步骤", "无需个人防护", "可由无资质人员完成"]),
    ("{occ}在{task}时应遵守的首要原则是（ ）。", ["安全第一", "速度优先", "成本最低", "个人习惯"]),
    ("{task}的质量检查应由（ ）进行。", ["具备相应资格的人员", "任何在场人员", "服务对象", "无人负责"]),
]


def more_questions(o, level, set_index, n):
    """n more theory questions (multiple choice), distinct per set and level."""
    if not n:
        return []
    occ = occ_display(o)
    tasks = content.OCC_DETAIL[o["occupation"]]["tasks"]
    blocks = [("pl", "四、理论知识（单项选择题，每题1分）")]
    for i in range(n):
        q, opts = MORE_Q[(i * 5 + set_index * 3 + level) % len(MORE_Q)]
        task = tasks[(i + set_index + level) % len(tasks)]
        k = (i + set_index) % 4
        opts = opts[k:] + opts[:k]
        blocks.append(("pl", f"{i + 1}. " + q.format(task=task, occ=occ)))
        blocks.append(("pl", "    " + "  ".join(f"{'ABCD'[j]}. {x}" for j, x in enumerate(opts))))
    return blocks


def scoring_blocks(o, level, set_index):
    """操作技能评分标准 table for the tasks of one set."""
    tasks = content.OCC_DETAIL[o["occupation"]]["tasks"]
    rows = [["试题", "评分要素", "配分", "评分标准", "得分"]]
    for j in range(2):
        task = tasks[(set_index * 2 + (5 - level) + j) % len(tasks)]
        for elem, pts, std in (("准备工作", "10", "工具、材料准备齐全，每缺一项扣2分"),
                               ("操作过程", "25", "操作规范、步骤正确，每错一步扣5分"),
                               ("质量效果", "10", "达到质量要求，不达标扣5～10分"),
                               ("安全文明", "5", "违反安全规定扣5分，造成事故的本题不得分")):
            rows.append([task, elem, pts, std, ""])
    return [("pagebreak",), ("center", "操作技能考核评分标准"), ("table", rows, [34, 24, 14, 72, 16])]


def weights_blocks(o, level, style):
    """理论知识与操作技能比重表 (part of an evaluation plan)."""
    tasks = content.OCC_DETAIL[o["occupation"]]["tasks"]
    rows = [["项目", "内容", f"{level_label(level, style)}比重（%）"],
            ["基本要求", "职业道德", "5"], ["基本要求", "基础知识", "20" if level >= 3 else "10"]]
    rest = 75 if level >= 3 else 85
    share = [rest // len(tasks)] * len(tasks)
    share[0] += rest - sum(share)
    rows += [["相关知识要求", t, str(x)] for t, x in zip(tasks, share)]
    rows.append(["合计", "", "100"])
    return [("blank",), ("h", "理论知识权重表"), ("table", rows, [40, 80, 40])]


# ---------------------------------------------------------------------------
# Extras

POSTS = ["主任", "副主任", "考务组长", "考务专员", "题库管理员", "质量督导员", "考评员", "考评员", "考评员",
         "信息管理员", "档案管理员", "财务专员"]
QUALS = ["高级技师", "技师", "高级工程师", "工程师", "副主任护师", "主管护师", "高级经济师", "中级经济师",
         "高级考评员", "考评员"]


def staff_list(org, rng, n, person):
    rows = [["序号", "姓名", "性别", "岗位", "职业资格/职称", "证书编号", "专/兼职"]]
    for i in range(1, n + 1):
        rows.append([str(i), person(rng), rng.choice("男女"), rng.choice(POSTS), rng.choice(QUALS),
                     f"{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}{rng.randint(10, 99)}",
                     "专职" if rng.random() < 0.4 else "兼职"])
    blocks = [("title", "职业技能等级认定工作人员及考评人员名单"), ("center", f"申报单位：{org['name']}"),
              ("table", rows, [12, 22, 12, 28, 32, 38, 16]), ("blank",),
              ("right", org["name"]), ("right", "2025年1月")]
    return Doc("人员名单", blocks, ["名单"], (2025, 1, 15, 9, 0, 0))


EQUIPMENT = [("台式计算机", "联想启天M系列", "台"), ("监控摄像头", "海康威视DS-2CD系列", "个"), ("硬盘录像机", "NVR 16路", "台"),
             ("身份证识读器", "华视CVR-100", "台"), ("手机信号屏蔽器", "TX-5G", "台"), ("考试桌椅", "单人", "套"),
             ("打印机", "惠普M系列", "台"), ("试卷保密柜", "双锁", "个"), ("投影仪", "爱普生CB系列", "台"),
             ("实操工位", "标准工位", "个"), ("急救箱", "标准", "个"), ("灭火器", "4kg干粉", "具"),
             ("空调", "立式3匹", "台"), ("不间断电源", "UPS 3kVA", "台"), ("交换机", "24口千兆", "台")]


def equipment_list(org, rng, n):
    rows = [["序号", "设备名称", "规格型号", "数量", "单位", "存放位置"]]
    for i in range(1, n + 1):
        name, model, unit = rng.choice(EQUIPMENT)
        rows.append([str(i), name, model, str(rng.randint(1, 60)), unit,
                     rng.choice(["理论考场一", "理论考场二", "实操考场", "监控室", "保密室", "候考区"])])
    blocks = [("title", "考核点场地及设备设施清单"), ("center", f"考核点地址：{org['site']}"),
              ("table", rows, [12, 36, 42, 16, 14, 40]), ("blank",), ("right", org["name"])]
    return Doc("设备设施清单", blocks, ["设备"], (2025, 1, 15, 10, 0, 0))


def training_record(org, rng, occs):
    rows = [["年度", "职业（工种）", "培训人次", "评价人次", "合格人次", "合格率"]]
    for y in (2022, 2023, 2024):
        for o in occs:
            t = rng.randint(80, 900)
            e = rng.randint(t // 2, t)
            p = rng.randint(e * 6 // 10, e)
            rows.append([str(y), occ_display(o), str(t), str(e), str(p), f"{100 * p / e:.1f}%"])
    blocks = [("title", "近三年培训评价业绩统计表"), ("center", f"单位名称：{org['name']}"),
              ("table", rows, [18, 52, 22, 22, 22, 22]), ("blank",),
              ("p", "以上数据真实有效，相关台账及证书数据可供核查。"), ("right", org["name"])]
    return Doc("培训业绩", blocks, ["业绩"], (2025, 1, 15, 11, 0, 0))


def lease(org, rng):
    area = rng.randint(300, 3000)
    blocks = [
        ("title", "房屋租赁合同"),
        ("kv", [["出租方（甲方）", f"上海某{rng.choice('丰嘉泰兴')}实业有限公司"], ["承租方（乙方）", org["name"]],
                ["房屋坐落", org["site"]], ["建筑面积", f"{area}平方米"], ["租赁期限", "2023年1月1日至2027年12月31日"],
                ["租金", f"每月人民币{area * rng.randint(3, 6)}元"]], [45, 115]),
        ("h", "第一条 租赁用途"),
        ("p", "乙方租赁该房屋用于职业技能培训、职业技能等级认定及办公，不得擅自改变用途。"),
        ("h", "第二条 租金及支付方式"),
        ("p", "租金按季度支付，乙方应于每季度首月10日前支付当季租金。逾期支付的，每逾期一日按应付租金的千分之一支付违约金。"),
        ("h", "第三条 房屋维修"),
        ("p", "租赁期间，房屋主体结构的维修由甲方负责；乙方自行添置的设施设备由乙方负责维修。"),
        ("h", "第四条 合同解除"),
        ("p", "任何一方违反本合同约定，经催告后仍不履行的，守约方有权解除合同，并要求违约方赔偿损失。"),
        ("h", "第五条 争议解决"),
        ("p", "本合同履行中发生争议的，双方协商解决；协商不成的，向房屋所在地人民法院提起诉讼。"),
        ("blank",),
        ("pl", "甲方（盖章）：                         乙方（盖章）："),
        ("pl", "签订日期：2022年12月20日"),
    ]
    return Doc("房屋租赁合同", blocks, ["租赁"], (2022, 12, 20, 10, 0, 0))


def cctv(org, rng):
    rows = [["序号", "安装位置", "设备型号", "数量", "存储天数"]]
    for i, place in enumerate(["理论考场一", "理论考场二", "实操考场", "候考区", "保密室", "走廊", "出入口"], 1):
        rows.append([str(i), place, "DS-2CD3T47", str(rng.randint(1, 6)), str(rng.choice([90, 180, 365]))])
    blocks = [("title", "考核点视频监控系统配置说明"), ("center", org["name"]),
              ("p", "考核点各考场、候考区、保密室均安装高清网络摄像机，实现考试全过程无死角录像，"
                    "录像资料集中存储于监控室硬盘录像机，保存期限不少于一年。"),
              ("table", rows, [14, 40, 40, 20, 30]), ("blank",), ("right", org["name"])]
    return Doc("视频监控说明", blocks, ["视频监控"], (2025, 1, 15, 12, 0, 0))


def contents(org, titles):
    rows = [["序号", "材料名称", "备注"]] + [[str(i), t, ""] for i, t in enumerate(titles, 1)]
    blocks = [("title", "申报材料目录"), ("center", org["name"]), ("table", rows, [16, 120, 24])]
    return Doc("申报材料目录", blocks, ["目录"], (2025, 1, 19, 9, 0, 0))


def pad_blocks(org, n):
    """About n pages of appendix text (管理制度) for page-count variety."""
    names = list(RULES)
    blocks = []
    for k in range(n):
        blocks += [("pagebreak",)] + rules_blocks(names[(2 * k) % len(names):(2 * k) % len(names) + 3])
    return blocks
