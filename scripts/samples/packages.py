"""The sample packages: applicants, what each package contains, which producer
makes each file, and the verdict a correct pre-screen gives.

Every package has its own applicant (name and code) so that the notice's
三（四） cross-package rule (same applicant, same occupation, twice a year)
never fires across the samples folder; the exceptions are stated per package.
"""

import uscc
from content import (application_form, audit_report, credit_report, district_letter,
                     implementation_plan, industry_letter, licence_copy, pledge_doc,
                     sample_paper, work_plan)

DISTRICT_BY_CODE = {
    "310101": "黄浦区", "310104": "徐汇区", "310105": "长宁区", "310106": "静安区",
    "310107": "普陀区", "310109": "虹口区", "310110": "杨浦区", "310112": "闵行区",
    "310113": "宝山区", "310114": "嘉定区", "310115": "浦东新区", "310116": "金山区",
    "310117": "松江区", "310118": "青浦区", "310120": "奉贤区", "310151": "崇明区",
}

COMPANY_TYPE = "有限责任公司（自然人投资或控股）"
BRANCH_TYPE = "有限责任公司分公司（自然人投资或控股）"
TRAINING_SCOPE = ("一般项目：职业技能培训（不含需要取得许可的培训）；教育咨询服务（不含涉许可审批的教育培训活动）；"
                  "人力资源服务（不含职业中介活动、劳务派遣服务）。")


def fin(scale):
    """Balance-sheet figures (货币资金, 资产总计, 负债合计, 所有者权益合计) for 2021-2023."""
    out = {}
    for i, y in enumerate((2021, 2022, 2023)):
        cash = scale * (100 + 17 * i)
        assets = scale * (260 + 31 * i)
        debt = scale * (90 + 9 * i)
        out[y] = ["{:,}.00".format(v) for v in (cash * 1000 + 315, assets * 1000 + 842,
                                                 debt * 1000 + 127, (assets - debt) * 1000 + 715)]
    return out


def company(name, code, site_district, site, legal_rep, founded, scale, **kw):
    div = code[2:8]
    reg_district = DISTRICT_BY_CODE.get(div, "浦东新区")
    org = dict(
        name=name, code=code, nature="企业（有限责任公司）", type=COMPANY_TYPE,
        legal_rep=legal_rep, founded=founded, capital="人民币100.0000万元整",
        scope=TRAINING_SCOPE, registrar=f"上海市{reg_district}市场监督管理局",
        licence_date="2023年05月10日",
        address=f"上海市{reg_district}{kw.pop('street')}",
        site=f"上海市{site_district}{site}", district=site_district,
        contact=kw.pop("contact", "刘某某"), phone=kw.pop("phone", "021-5820××××"),
        trained=kw.pop("trained", 3200), staff=kw.pop("staff", 8), assessors=kw.pop("assessors", 26),
        fin=fin(scale),
    )
    org.update(kw)
    return org


def occ(code, occupation, levels, work_type=None):
    return dict(code=code, occupation=occupation, work_type=work_type, levels=levels)


NURSE = occ("4-14-01-02", "医疗护理员", [5, 4])
CLEANER = occ("4-09-08-01", "保洁员", [5])

# ---------------------------------------------------------------------------
# Applicants

ORG1 = company("上海某某职业技能培训有限公司", "91310115MA1FL0A00C", "浦东新区", "川沙路××号3楼",
               "张某某", "2018年06月12日", 3, street="张江路××号2幢501室")
ORG2 = company("上海某康职业技能培训有限公司", uscc.make("91", "310104", "MA1G5R2K"), "徐汇区",
               "漕宝路××号5楼", "赵某某", "2019年03月08日", 2, street="钦州路××号302室")
ORG3 = company("上海某安家政服务有限公司", uscc.make("91", "310112", "MA1H0T6P"), "闵行区",
               "莘松路××号1楼", "钱某某", "2017年09月21日", 4, street="七莘路××弄8号",
               scope="一般项目：家政服务；职业技能培训（不含需要取得许可的培训）；养老服务。")
ORG4 = company("上海某和护理服务有限公司", uscc.make("91", "310106", "MA1J3N8W"), "静安区",
               "共和新路××号4楼", "孙某某", "2020年01月15日", 2, street="万荣路××号201室",
               scope="一般项目：护理服务（不含医疗服务）；职业技能培训（不含需要取得许可的培训）。")
ORG5 = dict(
    name="上海市某某职业技能鉴定指导中心", code="123100004250018698", nature="事业单位",
    type="事业单位", legal_rep="周某某", founded="2002年03月01日", capital="人民币350万元",
    scope="开展职业技能鉴定指导服务，促进职业技能人才培养。职业技能鉴定组织实施、考务管理、质量督导。",
    sponsor="上海市某某管理局", address="上海市黄浦区中山南路××号", site="上海市黄浦区中山南路××号6楼",
    district="黄浦区", contact="吴某某", phone="021-6315××××", trained=5600, staff=15, assessors=40,
    fin=fin(6),
)
ORG6 = company("上海某诚职业技能培训有限公司", uscc.make("91", "310110", "MA1K7Q2C"), "杨浦区",
               "军工路××号2楼", "郑某某", "2018年11月02日", 3, street="国权路××号1102室")
ORG7 = company("上海某达职业技能培训有限公司松江分公司", uscc.make("91", "310117", "MA1L4D9E"), "松江区",
               "荣乐东路××号3楼", "冯某某", "2021年04月19日", 2, street="荣乐东路××号3楼",
               type=BRANCH_TYPE, capital="")
ORG8 = company("上海某盛健康管理有限公司", uscc.make("91", "310113", "MA1M2B5H"), "宝山区",
               "友谊路××号2楼", "陈某某", "2019年07月30日", 2, street="牡丹江路××号605室",
               scope="一般项目：健康咨询服务（不出具诊疗报告）；职业技能培训（不含需要取得许可的培训）。")
ORG9 = company("上海某信职业技能培训有限公司", "91310115MA1FL0A00D", "浦东新区", "金桥路××号4楼",
               "褚某某", "2018年06月20日", 3, street="金桥路××号4楼")
ORG10 = company("上海某某职业培训有限公司", uscc.make("91", "310115", "MA1N8X3R"), "浦东新区",
                "周浦镇年家浜路××号", "卫某某", "2016年12月05日", 3, street="周浦镇年家浜路××号")
ORG11 = company("上海某嘉职业技能培训有限公司", uscc.make("91", "310114", "MA1P6G4U"), "嘉定区",
                "墨玉路××号6楼", "蒋某某", "2020年08月11日", 2, street="墨玉路××号6楼")
ORG12 = company("上海某泰职业技能培训有限公司", uscc.make("91", "310107", "MA1Q9Y7T"), "普陀区",
                "真南路××号1楼", "沈某某", "2019年05月27日", 2, street="真南路××号1楼")

AUDIT_FIRMS = [
    ("上海某明会计师事务所（普通合伙）", "沪明审字({y})第{n:04d}号"),
    ("上海某华诚会计师事务所有限公司", "沪华诚审字（{y}）第{n:04d}号"),
    ("上海某信达会计师事务所（特殊普通合伙）", "沪信达审字[{y}]第{n:04d}号"),
]


# ---------------------------------------------------------------------------
# Package assembly

class Package:
    def __init__(self, file, org, verdict, defects, summary, findings, stamp, level_style="slash",
                 verdict_without_ocr=None):
        self.file = file
        # Where Tesseract is not installed (scans stay unread), if different.
        self.verdict_without_ocr = verdict_without_ocr
        self.org = org
        self.verdict = verdict
        self.defects = defects
        self.summary = summary
        self.findings = findings
        self.stamp = stamp
        self.level_style = level_style
        self.entries = []      # (path, producer, Doc or bytes)
        self.nested = {}       # nested zip path -> list of (path, producer, Doc)
        self.raw = None        # bytes of a package that is not a zip

    def add(self, path, producer, doc, into=None):
        (self.nested.setdefault(into, []) if into else self.entries).append((path, producer, doc))


def standard(pkg, names, occs, producers=None, sets=None, dates=None, industry_issuer="上海市卫生健康委员会",
             drop=(), missing_set=None, nested=None, industry_font="WenQuanYi Micro Hei", only=None):
    """Fill pkg with the full material list of 四（一）.

    names: material key -> path (a missing key means the file is not there)
    producers: material key -> "lo" | "rl" | "licence" | "docx" | "scan" (default lo)
    sets: occupation index -> (inline: bool, set_style)
    """
    org = pkg.org
    pkg.occs = occs
    producers = producers or {}
    dates = dates or {}
    ls = pkg.level_style
    pr = lambda k, d="lo": producers.get(k, d)  # noqa: E731
    firm_i = sum(map(ord, org["name"])) % len(AUDIT_FIRMS)
    firm, numfmt = AUDIT_FIRMS[firm_i]
    into = lambda k: nested if (nested and k.startswith("plan")) else None  # noqa: E731

    docs = {
        "form": application_form(org, occs, dates.get("form", pkg.stamp[:3]), ls),
        "industry": industry_letter(org, occs, industry_issuer, (2025, 1, 15), font=industry_font),
        "district": district_letter(org, org["district"], (2025, 1, 16),
                                    f"{org['district'][:2]}人社函〔2025〕{12 + len(org['name'])}号"),
        "credit": credit_report(org, (2025, 1, 10), "XYBG2025011000" + org["code"][-4:],
                                name_override=dates.get("credit_name")),
        "audit2023": audit_report(org, 2023, firm, numfmt.format(y=2024, n=123), (2024, 3, 18)),
        "audit2022": audit_report(org, 2022, firm, numfmt.format(y=2023, n=87), (2023, 3, 20)),
        "licence": licence_copy(org),
        "workplan": work_plan(org, occs, (2025, 1, 18), with_pledges="pledge" not in names),
    }
    if "pledge" in names:
        docs["pledge"] = pledge_doc(org, (2025, 1, 18))
    for key in ("form", "industry", "district", "credit", "audit2023", "audit2022", "licence",
                "workplan", "pledge"):
        if key in names and key not in drop and (only is None or key in only):
            producer = pr(key, "licence" if key == "licence" else "lo")
            pkg.add(names[key], producer, docs[key])
    for i, o in enumerate(occs):
        if only is not None and f"plan{i}" not in only:
            continue
        inline, set_style = sets[i]
        plan = implementation_plan(org, o, (2025, 1, 18), ls, set_style, inline_sets=inline,
                                   missing_set=missing_set if i == 0 else None)
        pkg.add(names[f"plan{i}"].format(occ=o["occupation"]), pr(f"plan{i}"), plan, into=into(f"plan{i}"))
        if not inline:
            for lv in o["levels"]:
                for si in (0, 1):
                    paper = sample_paper(org, o, lv, ls, set_style, si, (2025, 1, 18))
                    path = names[f"set{i}"].format(occ=o["occupation"], lv=LEVEL_SHORT[lv],
                                                   set=SET_FILE[set_style][si])
                    pkg.add(path, pr(f"set{i}", "rl"), paper, into=into(f"plan{i}"))
    return pkg


LEVEL_SHORT = {5: "五级", 4: "四级", 3: "三级", 2: "二级", 1: "一级"}
SET_FILE = {"tao": ("第一套", "第二套"), "juan": ("A卷", "B卷"),
            "yangti": ("样题一", "样题二"), "yangti_paren": ("样题（一）", "样题（二）")}


# Naming styles seen in real uploads.
NAMES_A = {
    "form": "01-社会培训评价组织征集遴选申请表.pdf",
    "industry": "02-推荐函/01 行业主管部门推荐函.pdf",
    "district": "02-推荐函/02 {district}人社局推荐函.pdf",
    "credit": "03-信用报告（2025年1月10日）.pdf",
    "audit2023": "04-审计报告/2023年度审计报告.pdf",
    "audit2022": "04-审计报告/2022年度审计报告.pdf",
    "licence": "05-营业执照（副本）.pdf",
    "workplan": "06-职业技能等级认定工作方案（含承诺书、廉洁责任书）.pdf",
    "plan0": "{occ}/{occ}项目实施方案（含样题一、样题二）.pdf",
    "plan1": "{occ}/{occ}项目实施方案.pdf",
    "set1": "{occ}/{occ}{lv}样题（{set}）.pdf",
}


def names_b(root, licence="三、信用佐证材料/营业执照.pdf"):
    """Everything under a top-level folder named after the applicant, Chinese numerals."""
    n = {
        "form": "一、申请表.pdf",
        "industry": "二、推荐函/行业主管部门推荐函.pdf",
        "district": "二、推荐函/区人社局推荐函.pdf",
        "credit": "三、信用佐证材料/信用报告.pdf",
        "audit2023": "三、信用佐证材料/审计报告（2023年度）.pdf",
        "audit2022": "三、信用佐证材料/审计报告（2022年度）.pdf",
        "licence": licence,
        "workplan": "四、工作方案（含承诺书、廉洁责任书）.pdf",
        "plan0": "五、实施方案/{occ}实施方案.pdf",
        "plan1": "五、实施方案/{occ}实施方案.pdf",
        "set1": "五、实施方案/{occ}{lv}样题{set}.pdf",
    }
    return {k: f"{root}/{v}" for k, v in n.items()}


NAMES_C = {
    "form": "1.申请表 {name}.pdf",
    "industry": "2.行业推荐函.pdf",
    "district": "2.{district}人社局推荐函.pdf",
    "credit": "3.信用报告.pdf",
    "audit2023": "3.审计报告 2023.pdf",
    "audit2022": "3.审计报告 2022.pdf",
    "licence": "3.营业执照 副本.pdf",
    "workplan": "4.工作方案 承诺书 廉洁责任书.pdf",
    "plan0": "5.{occ} 实施方案 样题.pdf",
    "plan1": "5.{occ} 实施方案.pdf",
    "set1": "5.{occ} {lv} {set}.pdf",
}


def fill(names, org):
    return {k: v.replace("{district}", org["district"]).replace("{name}", org["name"])
            for k, v in names.items()}


def build_packages():
    P = []

    # 1 ---------------------------------------------------------------
    p = Package("01-上海某某职业技能培训有限公司.zip", ORG1, "pass", [],
                "Complete package: every material of 四（一）1-5, eligible company, two catalogue occupations at allowed levels.",
                ["申请表: 上海某某职业技能培训有限公司, 91310115MA1FL0A00C, 4-14-01-02 医疗护理员 五级/四级, 4-09-08-01 保洁员 五级, 2025年1月20日",
                 "行业主管部门推荐函: 上海市卫生健康委员会, names the applicant",
                 "区人社局推荐函: 浦东新区人力资源和社会保障局 (考核点 in 浦东新区)",
                 "信用报告: 法人公共信用信息报告, same name and code, 2025年1月10日",
                 "审计报告: 2023年度 and 2022年度, 会计师事务所, 沪…审字 numbers",
                 "营业执照: 类型 有限责任公司（自然人投资或控股）, 住所 上海市浦东新区…",
                 "工作方案: last two pages 承诺书 and 廉洁责任书",
                 "实施方案 in the nested 实施方案.zip: 医疗护理员 with 评价方案 + 样题一/样题二 per level in one PDF; "
                 "保洁员 plan + 五级 第一套/第二套 as separate files"],
                (2025, 1, 20, 16, 42, 10))
    standard(p, fill(NAMES_A, ORG1), [NURSE, CLEANER],
             producers={"credit": "rl"}, sets={0: (True, "yangti"), 1: (False, "tao")}, nested="实施方案.zip",
             industry_font="Noto Serif CJK SC")
    P.append(p)

    # 2 ---------------------------------------------------------------
    p = Package("02-上海某康职业技能培训有限公司.zip", ORG2, "fail", ["missing_district_letter"],
                "As package 1 (own applicant, 徐汇区), but the 考核点所在区人社部门推荐函 is missing.",
                ["四（一）2: only the 行业主管部门推荐函 is there; no letter from 徐汇区人力资源和社会保障局 or any district bureau"],
                (2025, 1, 21, 10, 3, 44))
    standard(p, fill(NAMES_A, ORG2), [NURSE, CLEANER], drop=("district",),
             producers={"credit": "rl"}, sets={0: (True, "yangti"), 1: (False, "tao")}, nested="实施方案.zip")
    P.append(p)

    # 3 ---------------------------------------------------------------
    p = Package("03-上海某安家政服务有限公司.zip", ORG3, "fail", ["missing_audit_report_2022"],
                "Only the 2023 audit report; the notice asks for the last two years (2023 and 2022).",
                ["四（一）3: 审计报告 for 2023年度 only (沪…审字(2024)…); the 2022年度 report is missing"],
                (2025, 1, 21, 14, 20, 0), level_style="paren")
    names = names_b(ORG3["name"])
    standard(p, names, [NURSE, CLEANER], drop=("audit2022",), industry_issuer="上海市家庭服务业行业协会",
             producers={"credit": "rl", "licence": "lo", "set1": "lo"},
             sets={0: (True, "yangti_paren"), 1: (False, "juan")})
    P.append(p)

    # 4 ---------------------------------------------------------------
    p = Package("04-上海某和护理服务有限公司.zip", ORG4, "fail", ["missing_second_sample_set"],
                "医疗护理员 四级 has its 评价方案 and 样题一 but no second set of sample papers.",
                ["四（一）5: 4-14-01-02 医疗护理员 四级/中级工 — 样题一 only (样题二 missing); 五级 has both sets; 保洁员 五级 has A卷 and B卷"],
                (2025, 1, 22, 9, 15, 30))
    standard(p, fill(NAMES_C, ORG4), [NURSE, CLEANER], missing_set=4,
             industry_issuer="上海市护理服务行业协会",
             producers={"credit": "rl", "audit2022": "rl", "audit2023": "rl"},
             sets={0: (True, "yangti"), 1: (False, "juan")})
    P.append(p)

    # 5 ---------------------------------------------------------------
    p = Package("05-上海市某某职业技能鉴定指导中心.zip", ORG5, "fail", ["ineligible_public_institution"],
                "A 事业单位 (public institution): code 123100004250018698 (category 12, valid checksum), 事业单位法人证书.",
                ["一（一）: 政府及其所属部门（事业单位…）不能申报 — code category 12 (事业单位), 登记管理机关 上海市事业单位登记管理局",
                 "all materials are otherwise present (政务服务办事员 五级/四级)"],
                (2025, 1, 22, 11, 0, 5), level_style="bare")
    n5 = fill(NAMES_A, ORG5)
    n5["licence"] = "05-事业单位法人证书.pdf"
    n5["plan0"] = "07-实施方案/{occ}项目实施方案（含第一套、第二套样题）.pdf"
    standard(p, n5, [occ("3-01-01-02", "政务服务办事员", [5, 4])], industry_issuer=ORG5["sponsor"],
             producers={"credit": "rl"}, sets={0: (True, "tao")})
    P.append(p)

    # 6 ---------------------------------------------------------------
    p = Package("06-上海某诚职业技能培训有限公司.zip", ORG6, "pass", [],
                "The 区人社局推荐函 is a scan (one colour JPEG per page, no text layer, a red seal): OCR reads it "
                "with high confidence, so it counts; without Tesseract the package is review.",
                ["四（一）2: 02 杨浦区人社局推荐函.pdf has no text layer (img2pdf, JPEG); OCR reads 杨浦区人力资源和社会保障局 and the seal is found in the page image",
                 "everything else complete: 调饮师 五级/四级 (样题（一）/（二） in one file), 食品安全管理师 三级 (第一套/第二套 files)"],
                (2025, 1, 23, 15, 30, 0), level_style="paren", verdict_without_ocr="review")
    n6 = fill(NAMES_A, ORG6)
    n6["plan0"] = "07-实施方案/{occ}实施方案.pdf"
    n6["plan1"] = "07-实施方案/{occ}实施方案.pdf"
    n6["set1"] = "07-实施方案/{occ}{lv}样题（{set}）.pdf"
    standard(p, n6, [occ("4-03-02-10", "调饮师", [5, 4]), occ("4-03-02-11", "食品安全管理师", [3])],
             industry_issuer="上海市餐饮烹饪行业协会",
             producers={"district": "scan", "credit": "rl", "set1": "lo"},
             sets={0: (True, "yangti_paren"), 1: (False, "tao")})
    P.append(p)

    # 7 ---------------------------------------------------------------
    p = Package("07-上海某达职业技能培训有限公司松江分公司.zip", ORG7, "fail", ["branch_not_independent_legal_person"],
                "A branch: the licence says 类型 有限责任公司分公司（自然人投资或控股）, 负责人, 营业场所.",
                ["一: 本市依法登记的独立法人 — a 分公司 is not an independent legal person although its 91 code is valid",
                 "materials otherwise complete: 医疗护理员 五级, 保洁员 五级/四级"],
                (2025, 1, 23, 17, 5, 12))
    standard(p, names_b(ORG7["name"], licence="三、信用佐证材料/营业执照（分公司）.pdf"),
             [occ("4-14-01-02", "医疗护理员", [5]), occ("4-09-08-01", "保洁员", [5, 4])],
             producers={"credit": "rl", "audit2023": "rl"},
             sets={0: (True, "yangti"), 1: (False, "juan")})
    P.append(p)

    # 8 ---------------------------------------------------------------
    p = Package("08-上海某盛健康管理有限公司.zip", ORG8, "fail", ["level_not_in_catalogue"],
                "社群健康助理员 (4-14-04-04) is applied for at 五级, but the catalogue allows only 4、3、2.",
                ["二/附件: row 27 4-14-04-04 社群健康助理员 等级 4、3、2 — 五级（初级工） is outside the list; 四级 is fine",
                 "营养师（公共营养师） 四级 is allowed; all materials present for every level applied for"],
                (2025, 1, 24, 10, 45, 0), level_style="paren")
    standard(p, fill(NAMES_C, ORG8),
             [occ("4-14-04-04", "社群健康助理员", [5, 4]), occ("4-14-02-01", "营养师", [4], "公共营养师")],
             industry_issuer="上海市营养学会",
             producers={"credit": "rl", "set1": "rl"},
             sets={0: (True, "yangti"), 1: (False, "juan")})
    P.append(p)

    # 9 ---------------------------------------------------------------
    p = Package("09-上海某信职业技能培训有限公司.zip", ORG9, "review", ["credit_code_checksum_failed"],
                "Every document prints 91310115MA1FL0A00D, whose 18th character fails the mod-31 check (the GB 11714 digit passes).",
                ["统一社会信用代码 91310115MA1FL0A00D: check character should be C; a few real codes fail the check, so review, not fail",
                 "materials complete: 碳排放管理员 五级 (row 12) and 碳排放管理员（碳排放核算员） 四级/三级 (row 14)"],
                (2025, 1, 24, 16, 0, 0))
    n9 = fill(NAMES_A, ORG9)
    n9["plan0"] = "07-实施方案/{occ}（五级）实施方案（含样题一、样题二）.pdf"
    n9["plan1"] = "07-实施方案/{occ}（碳排放核算员）实施方案.pdf"
    n9["set1"] = "07-实施方案/碳排放核算员{lv}样题（{set}）.pdf"
    standard(p, n9, [occ("4-09-07-04", "碳排放管理员", [5]),
                     occ("4-09-07-04", "碳排放管理员", [4, 3], "碳排放核算员")],
             industry_issuer="上海市节能减排协会",
             producers={"credit": "rl", "set1": "rl", "audit2022": "rl"},
             sets={0: (True, "yangti"), 1: (False, "tao")})
    P.append(p)

    # 10 --------------------------------------------------------------
    p = Package("10-上海某某职业培训有限公司.zip", ORG10, "fail", ["credit_report_name_mismatch"],
                "The credit report names 上海某某职业技能培训有限公司, not the applicant 上海某某职业培训有限公司 (the code on it is the applicant's).",
                ["四（一）3: 信用报告 查询对象 上海某某职业技能培训有限公司 ≠ applicant 上海某某职业培训有限公司 (the names differ by 技能; do not fuzzy-match them)",
                 "materials otherwise complete: 保健调理师（保健艾灸师） 国家职业资格五级/四级"],
                (2025, 1, 24, 18, 22, 0), level_style="zige")
    standard(p, names_b(ORG10["name"]), [occ("4-10-04-01", "保健调理师", [5, 4], "保健艾灸师")],
             industry_issuer="上海市保健服务行业协会",
             producers={"credit": "rl"}, dates={"credit_name": ORG1["name"]},
             sets={0: (True, "yangti")})
    P.append(p)

    # 11 --------------------------------------------------------------
    p = Package("11-上海某嘉职业技能培训有限公司.zip", ORG11, "review", ["signature_materials_editable_only"],
                "The two 推荐函 and the 承诺书 are Word files (.docx), not signed and stamped PDF scans.",
                ["四（一）2/4: 行业推荐函.docx, 嘉定区人社局推荐函.docx and 承诺书.docx are editable; their text is right but a seal cannot be verified",
                 "the 工作方案 PDF ends with the 廉洁责任书; materials otherwise complete: 数字孪生应用技术员 四级/三级, 增材制造设备操作员 五级"],
                (2025, 1, 25, 9, 8, 0), level_style="paren")
    n11 = fill(NAMES_C, ORG11)
    n11["industry"] = "2.行业推荐函.docx"
    n11["district"] = "2.嘉定区人社局推荐函.docx"
    n11["pledge"] = "4.承诺书.docx"
    n11["workplan"] = "4.工作方案（含廉洁责任书）.pdf"
    standard(p, n11, [occ("4-04-05-10", "数字孪生应用技术员", [4, 3]),
                      occ("6-18-01-13", "增材制造设备操作员", [5])],
             industry_issuer="上海市智能制造产业协会",
             producers={"industry": "docx", "district": "docx", "pledge": "docx", "credit": "rl"},
             sets={0: (True, "yangti"), 1: (False, "juan")})
    P.append(p)

    # 12a -------------------------------------------------------------
    p = Package("12-上海某泰职业技能培训有限公司.zip", ORG12, "review", ["not_a_zip"],
                "Named .zip but it is a 7-Zip archive (7z signature 37 7A BC AF 27 1C): cannot be unpacked as zip.",
                ["the package cannot be read: 扩展名为 .zip，但内容不是 zip 压缩包 (a .7z renamed); ask the applicant to re-upload"],
                (2025, 1, 25, 20, 0, 0))
    standard(p, names_b(ORG12["name"]), [occ("4-09-10-03", "盆景师", [5, 4])],
             industry_issuer="上海市盆景赏石协会", producers={"credit": "rl"}, sets={0: (True, "yangti")},
             only=("form", "industry", "district", "credit", "licence"))
    p.raw = "7z"
    P.append(p)

    # 12b -------------------------------------------------------------
    p = Package("12-上海某泰职业技能培训有限公司（重新上传）.zip", ORG12, "review", ["unsafe_entry_path"],
                "The re-upload: a real zip with all materials, plus an entry named ../../evil.txt that would escape the extraction folder.",
                ["unpack: entry ../../evil.txt is an unsafe path (parent-directory traversal); refuse it and send the package to review",
                 "the other entries are a complete package (盆景师 五级/四级); same applicant as the unreadable 7z upload above (a re-upload, not a second application)"],
                (2025, 1, 26, 8, 30, 0))
    standard(p, names_b(ORG12["name"]), [occ("4-09-10-03", "盆景师", [5, 4])],
             industry_issuer="上海市盆景赏石协会", producers={"credit": "rl"}, sets={0: (True, "yangti")})
    p.entries.append(("../../evil.txt", "raw", "本文件用于测试解压路径安全。\r\n".encode("gbk")))
    P.append(p)
    return P
