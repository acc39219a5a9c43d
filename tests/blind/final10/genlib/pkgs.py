"""The 36 packages of part final10: organisations, house styles, planted defects."""
import hashlib
import random

from . import codes
from . import tpl as T
from .build import Bundle, Ctx, issuer, seal_png
from .occ import CN, full
from .tpl import ar_date

# ------------------------------------------------------------------ writers of letters and reports

GOV = {
    "swei": ("上海市商务委员会", "沪商服函", "我委"),
    "sthj": ("上海市生态环境局", "沪环气函", "我局"),
    "wjw": ("上海市卫生健康委员会", "沪卫人事函", "我委"),
    "jxw": ("上海市经济和信息化委员会", "沪经信人函", "我委"),
    "zjw": ("上海市住房和城乡建设管理委员会", "沪建人函", "我委"),
    "lhsr": ("上海市绿化和市容管理局", "沪绿容函", "我局"),
    "yjj": ("上海市药品监督管理局", "沪药监人函", "我局"),
    "scj": ("上海市市场监督管理局", "沪市监人函", "我局"),
    "kw": ("上海市科学技术委员会", "沪科函", "我委"),
    "fgw": ("上海市发展和改革委员会", "沪发改信用函", "我委"),
    "bgt": ("上海市人民政府办公厅", "沪府办函", "我厅"),
    "mzj": ("上海市民政局", "沪民养老函", "我局"),
    "hgq": ("上海化学工业区管理委员会", "沪化管函", "我委"),
    "kx": ("上海市科学技术协会", "沪科协函", "我会"),
}

ASSOC = {
    "wuye": ("上海市物业管理行业协会", "Shanghai Property Management Industry Association", "沪物协〔2025〕{}号"),
    "yangsheng": ("上海市养生保健服务行业协会", "Shanghai Health Preservation Service Association", "沪养协字〔2025〕第{}号"),
    "yiyao": ("上海市医药行业协会", "Shanghai Pharmaceutical Industry Association", "沪医药协〔2025〕{}号"),
    "zhuangshi": ("上海市室内装饰行业协会", "Shanghai Interior Decoration Industry Association", "沪装协〔2025〕{}号"),
    "jiazheng": ("上海市家庭服务业行业协会", "Shanghai Home Service Industry Association", "沪家协〔2025〕{}号"),
    "tingli": ("上海市听力言语康复行业协会", "Shanghai Hearing & Speech Rehabilitation Association", "沪听协函〔2025〕{}号"),
    "guidao": ("上海市轨道交通协会", "Shanghai Rail Transit Association", "沪轨协〔2025〕{}号"),
    "fangdichan": ("上海市房地产行业协会", "Shanghai Real Estate Trade Association", "沪房协〔2025〕{}号"),
    "jiliang": ("上海市计量协会", "Shanghai Metrology Association", "沪计协〔2025〕{}号"),
    "pengren": ("上海市餐饮烹饪行业协会", "Shanghai Catering & Cuisine Association", "沪餐协〔2025〕{}号"),
    "xinyong": ("上海市信用服务行业协会", "Shanghai Credit Service Industry Association", "沪信协〔2025〕{}号"),
    "jieneng": ("上海市节能协会", "Shanghai Energy Conservation Association", "沪节协〔2025〕{}号"),
    "zengcai": ("上海市增材制造协会", "Shanghai Additive Manufacturing Association", "沪增材协〔2025〕{}号"),
}

FIRMS = {
    "shenheng": ("上海申衡会计师事务所有限公司", "沪申衡审字〔{y}〕第{n:04d}号", ("周立新", "陆静怡"), "上海市黄浦区福州路318号"),
    "lidaxin": ("上海立达信会计师事务所（特殊普通合伙）", "立达信审报字[{y}]第ZA{n:05d}号", ("沈一鸣", "顾佳"), "上海市南京东路61号"),
    "zhengze": ("上海正则会计师事务所有限公司", "正则审字（{y}）第{n}号", ("钱卫东", "施蕾"), "上海市静安区江场路1313号"),
    "huicheng": ("上海汇诚联合会计师事务所（普通合伙）", "汇诚会审〔{y}〕{n:04d}号", ("黄敏", "范晓军"), "上海市徐汇区漕溪北路88号"),
    "dongshen": ("上海东审华信会计师事务所有限公司", "东审华信审字（{y}）{n:03d}号", ("许国平", "金晓燕"), "上海市杨浦区国权路39号"),
    "pujiang": ("上海浦江中和会计师事务所有限公司", "浦中会审字〔{y}〕第{n}号", ("唐振华", "邵琳"), "上海市浦东新区东方路800号"),
    "kunshan": ("苏州华瑞会计师事务所有限公司昆山分所", "苏华瑞昆审〔{y}〕{n:04d}号", ("陶建伟", "吴琴"), "江苏省昆山市前进西路1801号"),
}


def seed_of(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:6], 16)


def gov(key, n, date, **kw):
    name, pre, self_ = GOV[key]
    kw.setdefault("self", self_)
    return issuer(name, f"{pre}〔2025〕{n}号", date, "gov", seed_of(name), **kw)


def assoc(key, n, date, **kw):
    name, en, fmt = ASSOC[key]
    return issuer(name, fmt.format(n), date, "assoc", seed_of(name), en=en, **kw)


def bureau(C, n, date, fn=True, **kw):
    name = C.dist["name"]
    pre = C.dist["prefix"] + ("函" if fn else "")
    return issuer(name, f"{pre}〔2025〕{n}号", date, "district", seed_of(name), **kw)


def credit_R(C, date, recs=None, seal=True, issuer_name="上海市公共信用信息服务中心"):
    r = random.Random(C.q + "credit")
    no = f"XYBG{date[0]}{date[1]:02d}{date[2]:02d}{r.randint(10000000, 99999999)}"
    return {"no": no, "date": date, "recs": recs or {},
            "seal": {"text": issuer_name, "png": seal_png(issuer_name, "信用报告专用章", 77), "size_mm": 38} if seal else None}


def audit_A(C, year, firm, date, seal=True, **kw):
    name, fmt, cpas, addr = FIRMS[firm]
    r = random.Random(f"{C.q}{year}")
    A = {"year": year, "firm": name, "no": fmt.format(y=year + 1, n=r.randint(60, 1800)), "date": date, "cpas": cpas,
         "faddr": addr, "seal": {"text": name, "png": seal_png(name, "", seed_of(name), oval=False), "size_mm": 40} if seal else None}
    A.update(kw)
    return A


# ------------------------------------------------------------------ registration documents

def lic_spec(C, copy=True, sub="（副　本）", how_note=True):
    auth = C.reg_auth
    f = [("名　　称", C.name), ("类　　型", C.type_line)]
    if C.kind == "branch":
        f += [("负 责 人", C.rep), ("经营范围", C.scope), ("成立日期", ar_date(C.founded, pad=True)),
              ("营业期限", f"{ar_date(C.founded, pad=True)} 至 不约定期限"), ("营业场所", C.addr)]
    else:
        f += [("法定代表人", C.rep), ("经营范围", C.scope), ("注册资本", C.capital),
              ("成立日期", ar_date(C.founded, pad=True)),
              ("营业期限", f"{ar_date(C.founded, pad=True)} 至 {'不约定期限' if C.founded[0] > 2012 else ar_date((C.founded[0] + 30, C.founded[1], C.founded[2] - 1 or 1), pad=True)}"),
              ("住　　所", C.addr)]
    r = random.Random(C.q + "lic")
    return {"title": "营　业　执　照", "sub": sub, "code": C.code, "no": f"证照编号：{r.randint(10, 31)}000000{r.randint(100000000, 999999999)}",
            "fields": f, "auth": auth, "date": ar_date(C.lic_date, pad=False), "auth_label": "登记机关",
            "auth_seal": seal_png(auth, "", seed_of(auth)), "qr": True, "seed": seed_of(C.name),
            "footer": "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "supervised": "国家市场监督管理总局监制",
            "copy_seal": C.seal_spec()["png"] if copy else None,
            "copy_note": "此复印件与原件一致，仅供申报社会培训评价组织使用" if (copy and how_note) else None,
            "doc_title": "营业执照"}


def minfei_spec(C, copy=True):
    auth = C.reg_auth
    f = [("名　　称", C.name), ("住　　所", C.addr), ("法定代表人", C.rep), ("开办资金", C.capital),
         ("业务范围", C.scope), ("业务主管单位", C.biz_unit),
         ("有 效 期", f"自{ar_date(C.valid_from, pad=True)}至{ar_date((C.valid_from[0] + 5, C.valid_from[1], C.valid_from[2]), pad=True)}")]
    return {"title": "民办非企业单位登记证书", "sub": "（法人）（副本）", "code": C.code, "no": "",
            "fields": f, "auth": auth, "date": ar_date(C.lic_date), "auth_label": "登记管理机关",
            "auth_seal": seal_png(auth, "", seed_of(auth)), "qr": False, "supervised": "中华人民共和国民政部监制",
            "copy_seal": C.seal_spec()["png"] if copy else None,
            "copy_note": "与原件核对一致" if copy else None, "border": "#3b6e3b"}


def shetuan_spec(C, copy=True):
    auth = C.reg_auth
    f = [("名　　称", C.name), ("住　　所", C.addr), ("法定代表人", C.rep), ("业务范围", C.scope),
         ("活动地域", "上海市"), ("注册资金", C.capital), ("业务主管单位", C.biz_unit),
         ("有 效 期", f"自{ar_date(C.valid_from, pad=True)}至{ar_date((C.valid_from[0] + 5, C.valid_from[1], C.valid_from[2]), pad=True)}")]
    return {"title": "社会团体法人登记证书", "sub": "（副本）", "code": C.code, "no": "",
            "fields": f, "auth": auth, "date": ar_date(C.lic_date), "auth_label": "登记管理机关",
            "auth_seal": seal_png(auth, "", seed_of(auth)), "qr": False, "supervised": "中华人民共和国民政部制",
            "copy_seal": C.seal_spec()["png"] if copy else None, "copy_note": "复印件与原件一致" if copy else None,
            "border": "#7a1f1f"}


def shiye_spec(C, copy=True):
    auth = C.reg_auth
    f = [("名　　称", C.name), ("宗旨和业务范围", C.scope), ("住　　所", C.addr), ("法定代表人", C.rep),
         ("经费来源", "财政补助"), ("开办资金", C.capital), ("举办单位", C.sponsor),
         ("有 效 期", f"自{ar_date(C.valid_from, pad=True)}至{ar_date((C.valid_from[0] + 5, C.valid_from[1], C.valid_from[2]), pad=True)}")]
    return {"title": "事业单位法人证书", "sub": "（副本）", "code": C.code, "no": "",
            "fields": f, "auth": auth, "date": ar_date(C.lic_date), "auth_label": "登记管理机关",
            "auth_seal": seal_png(auth, "", seed_of(auth)), "qr": False, "supervised": "国家事业单位登记管理局监制",
            "copy_seal": C.seal_spec()["png"] if copy else None, "copy_note": "与原件一致" if copy else None,
            "border": "#1f3f7a"}


# ------------------------------------------------------------------ samples helper

def samples(C, B, arrangement, style, prod, path, kind_prod=None, nested=None, answers=False, sheet=False,
            skip=(), lvstyle="paren", post=None, text="text"):
    """arrangement: set | level | occ | all. path(o, lv, sn) -> zip path (args that do not apply are None)."""
    rng = random.Random(C.q + "samples")
    groups = []
    for oi, (o, lvs) in enumerate(C.apps):
        for lv in sorted(lvs, reverse=True):
            for sn in (1, 2):
                if (oi, lv, sn) in skip:
                    continue
                if arrangement == "set":
                    key = (o, lv, sn)
                elif arrangement == "level":
                    key = (o, lv, None)
                elif arrangement == "occ":
                    key = (o, None, None)
                else:
                    key = (None, None, None)
                if not groups or groups[-1][0] != key:
                    groups.append((key, []))
                groups[-1][1].append((o, lv, sn))
    out = []
    for key, sets in groups:
        d = T.samples_doc(C, rng, sets, style, answers=answers, sheet=sheet, lvstyle=lvstyle)
        h = B.by(prod, d) if prod != "raw_docx" else B.raw_docx(d)
        t = text
        if post:
            h, t = post(h)
        B.add(path(*key), h, "sample_paper", t, nested=nested)
        out.append(key)
    return out


def ctx(q, **spec):
    # codes beginning with MA/MJ were issued from 2015 on; older bodies carry their former organisation code
    code = spec.get("code", "")
    if code[8:10] in ("MA", "MJ") and spec.get("founded", (2020,))[0] < 2015 and codes.valid(code):
        spec["code"] = codes.make(random.Random("num" + code), code[:2], code[2:8], "num")
    return Ctx(q, spec)


def mkcode(q, cat, div, style="MA"):
    return codes.make(random.Random("code" + q), cat, div, style)


# ------------------------------------------------------------------ packages

PACKAGES = []


def package(fn):
    PACKAGES.append(fn)
    return fn


SCOPE_TRAIN = "职业技能培训（不含国家统一认可的职业证书类培训）；职业技能等级认定服务；教育咨询服务（不含涉许可审批的教育培训活动）。"


@package
def q01():
    C = ctx("Q01", name="上海锦程职业技能培训学校", kind="minfei", district="徐汇区",
            code=mkcode("Q01", "52", "310104", "MJ"), type_word="民办非企业单位", type_line="",
            founded=(2014, 6, 12), lic_date=(2022, 6, 20), valid_from=(2022, 6, 20), capital="人民币50万元",
            scope="保健调理、养老护理、育婴等职业技能培训", biz_unit="上海市徐汇区人力资源和社会保障局",
            reg_auth="上海市徐汇区民政局", apps=[(("保健调理师", "保健艾灸师"), [5, 4, 3])],
            intro="学校成立于2014年，是经徐汇区人社局批准设立的民办职业培训学校，设有中医保健、养老护理两个教学部，年培训规模约3000人次。",
            field_desc="主要从事保健调理、养老护理等职业技能培训", form_date=(2025, 1, 17),
            remarks=["已开展保健艾灸培训8年，累计结业2600余人"], style={"font": "serif", "cn_dates": True})
    B = Bundle(C)
    r = C.rng
    B.add("一、申请表/社会培训评价组织征集遴选申请表.pdf", B.odt(T.af_range(C, r, "至")), "application_form")
    I = assoc("yangsheng", 6, (2025, 1, 9), addr="上海市徐汇区零陵路899号", tel="021-64870321", member="副会长单位")
    B.add("二、推荐函/行业协会推荐函.pdf", B.scan(B.docx(T.assoc_letter(C, r, I)), dpi=200, gray=False, quality=50), "industry_letter", "none", seal=True)
    Bu = bureau(C, 4, (2025, 1, 13), contact="沈洁", tel="021-64872233")
    B.add("二、推荐函/徐汇区人社局推荐函.pdf", B.html(T.district_letter(C, r, Bu, mode="site")), "district_letter", seal=True)
    B.add("三、信用佐证/公共信用信息报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 14))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 4, 11)), (2023, (2024, 3, 28))]:
        B.add(f"三、信用佐证/{y}年度审计报告.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "huicheng", dt, nonprofit=True))), "audit_report")
    B.add("三、信用佐证/民办非企业单位登记证书（副本）.pdf", B.cert(minfei_spec(C)), "registration_certificate", seal=True)
    B.add("四、工作方案/职业技能等级认定工作方案.pdf", B.odt(T.work_plan(C, r, "C")), "work_plan")
    B.add("四、工作方案/承诺书.pdf", B.odt(T.pledge(C, r, "A")), "pledge", seal=True)
    B.add("四、工作方案/廉洁责任书.pdf", B.odt(T.integrity(C, r, "B")), "integrity_letter", seal=True)
    B.add("五、实施方案/保健艾灸师项目实施方案.pdf", B.odt(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "yt", "odt", lambda o, lv, sn: f"五、实施方案/样题/保健艾灸师{CN[lv]}样题.pdf")
    B.add("六、其他材料/师资名单.pdf", B.odt(T.teacher_list(C, r)), "other")
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="民办非企业单位（52，徐汇），全部必需材料齐全可读；等级以“五级至三级”区间表示；行业推荐函为彩色扫描件（清晰，有章）。")


@package
def q02():
    C = ctx("Q02", name="上海味道坊食品科技有限公司", kind="company", district="闵行区",
            code=mkcode("Q02", "91", "310112"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2016, 3, 22), lic_date=(2023, 8, 2), capital="人民币300.0000万元整",
            scope="一般项目：食品科技领域内的技术开发、技术咨询、技术服务；餐饮管理；职业技能培训（不含需取得许可的培训）。许可项目：食品销售。",
            reg_auth="上海市闵行区市场监督管理局", apps=[(("食品安全管理师", ""), [4, 3, 2])],
            intro="公司为连锁餐饮企业提供食品安全管理咨询与培训服务，覆盖门店300余家。",
            field_desc="主要从事食品科技研发和餐饮食品安全管理服务", form_date=(2025, 1, 20), style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("1-申请表.pdf", B.rl(T.af_matrix(C, r, "√")), "application_form")
    I = gov("scj", 37, (2025, 1, 10))
    B.add("2-1行业主管部门推荐函.pdf", B.html(T.industry_reply(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 11, (2025, 1, 14))
    B.add("2-2区人社局推荐函.pdf", B.docx(T.district_letter_short(C, r, Bu)), "district_letter", seal=True)
    recs = {"行政处罚信息": [{"no": "沪市监闵处〔2024〕122024000318号", "reason": "销售标签不符合食品安全标准的预包装食品",
                          "result": "警告；没收违法所得；罚款人民币2.5万元", "org": "上海市闵行区市场监督管理局", "date": "2024-06-18"}]}
    B.add("3-1信用报告.pdf", B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 16), recs))), "credit_report")
    B.add("3-2审计报告2022.pdf", B.rl(T.audit_report(C, r, audit_A(C, 2022, "zhengze", (2023, 3, 20), cover=False)), "cid"), "audit_report")
    B.add("3-3审计报告2023.pdf", B.rl(T.audit_report(C, r, audit_A(C, 2023, "zhengze", (2024, 3, 26), cover=False)), "cid"), "audit_report")
    B.add("3-4营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    wp = B.merge(B.docx(T.work_plan(C, r, "A")), B.docx(T.pledge(C, r, "B")), B.docx(T.integrity(C, r, "A")))
    B.add("4-工作方案（含承诺书、廉洁责任书）.pdf", wp, "work_plan+pledge+integrity_letter", seal=True)
    B.add("5-1实施方案.pdf", B.rl(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "ab", "html", lambda o, lv, sn: f"5-2样题/{CN[lv]}{'AB'[sn - 1]}卷.pdf")
    return C, B, dict(verdict="fail", causes=["credit_penalty"],
                      defects=["信用报告“行政处罚信息”查见 1 条（闵行区市场监管局罚款，2024-06-18）"],
                      why="专用信用报告的查询结果摘要列明行政处罚查见1条并附明细：社会信用不良，不符合申报条件。")


@package
def q03():
    C = ctx("Q03", name="上海数联信息安全技术有限公司", kind="company", district="杨浦区",
            code=mkcode("Q03", "91", "310110"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2017, 9, 5), lic_date=(2024, 2, 19), capital="人民币1000.0000万元整",
            scope="一般项目：信息安全技术服务；数据处理服务；软件开发；信息系统集成服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市杨浦区市场监督管理局", apps=[(("网络与信息安全管理师", "数据安全管理员"), [4, 3, 2])],
            intro="公司是国家高新技术企业，提供数据安全评估、等级保护咨询和安全运营服务，拥有CISP、CISSP持证工程师60余名。",
            field_desc="主要从事数据安全评估与信息安全服务", form_date=(2025, 1, 21), mail="hr", domain="shulian-sec.cn")
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.html(T.af_web(C, r)), "application_form")
    I = gov("jxw", 15, (2025, 1, 8))
    B.add("推荐函/经信委推荐函.pdf", B.rl(T.industry_letter_b(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 3, (2025, 1, 15), font="serif")
    B.add("推荐函/杨浦区考核点推荐意见表.pdf", B.docx(T.opinion_form(C, r, Bu, district=True)), "district_letter", seal=True)
    B.add("信用佐证/信用报告.pdf", B.encrypt(B.html(T.credit_national(C, r, credit_R(C, (2025, 1, 17), issuer_name="国家公共信用信息中心")))), "credit_report", "encrypted")
    for y, dt in [(2022, (2023, 4, 6)), (2023, (2024, 4, 2))]:
        B.add(f"信用佐证/审计报告{y}.pdf", B.docx(T.audit_report_toc(C, r, audit_A(C, y, "dongshen", dt))), "audit_report")
    B.add("信用佐证/营业执照副本.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("工作方案/工作方案.pdf", B.docx(T.work_plan(C, r, "B")), "work_plan")
    B.add("工作方案/诚信承诺书.pdf", B.rl(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("工作方案/廉洁责任书.pdf", B.rl(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("实施方案/项目实施方案.pdf", B.docx(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "occ", "tao", "docx", lambda o, lv, sn: "实施方案/数据安全管理员样题（各等级两套）.pdf")
    return C, B, dict(verdict="review", causes=["unreadable_required"],
                      defects=["信用报告PDF设有打开口令（AES-256加密），无法读取，且包内无其他信用报告"],
                      why="唯一的信用报告被加密，必需材料不可读；其余材料齐全。需人工索取口令或重新提交。")


@package
def q04():
    C = ctx("Q04", name="上海蓝鲸数字科技有限公司", kind="company", district="浦东新区",
            code=mkcode("Q04", "91", "310115"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2018, 11, 30), lic_date=(2024, 5, 8), capital="人民币2000.0000万元整",
            scope="一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；数字技术服务；软件开发；人工智能应用软件开发；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市浦东新区市场监督管理局",
            apps=[(("数字孪生应用技术员", ""), [4, 3, 2]), (("数字化解决方案设计师", ""), [3, 2])],
            intro="公司专注工业数字孪生平台研发，服务汽车、装备制造客户120余家，建有张江数字孪生实训基地。",
            field_desc="主要从事工业数字孪生与数字化转型解决方案研发", form_date=(2025, 1, 22), style={"font": "sans"})
    B = Bundle(C)
    r = C.rng
    top = "蓝鲸数字-社评组织申报材料/"
    B.add(top + "01 申请表.pdf", B.docx(T.af_ticks(C, r, "☑", "□")), "application_form")
    I = gov("jxw", 22, (2025, 1, 13), font="wqy", signer="吴金城")
    I["seal"]["svg"] = True
    B.add(top + "02 推荐函（市经信委）.pdf", B.html(T.industry_letter(C, r, I, mode="func", docno_pos="right")), "industry_letter", seal=True)
    Bu = bureau(C, 9, (2025, 1, 16), fn=False)
    B.add(top + "03 推荐函（浦东新区人社局）.pdf", B.rl(T.district_letter(C, r, Bu, lh_suffix="文件", mode="func1"), "cid"), "district_letter", seal=True)
    B.add(top + "04 企业信用报告.pdf", B.rl(T.credit_pboc(C, r, credit_R(C, (2025, 1, 15), seal=False))), "credit_report")
    for y, dt in [(2022, (2023, 3, 15)), (2023, (2024, 3, 18))]:
        B.add(top + f"05 {y}年度审计报告.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "shenheng", dt))), "audit_report")
    B.add(top + "06 营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    B.add(top + "07 工作方案.pdf", B.docx(T.work_plan(C, r, "A")), "work_plan")
    B.add(top + "08 承诺书.pdf", B.html(T.pledge(C, r, "A")), "pledge", seal=True)
    B.add(top + "09 廉洁责任书.pdf", B.html(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add(top + "10 实施方案.pdf", B.html(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "occ", "mn", "html", lambda o, lv, sn: top + f"11 样题-{o[1]}.pdf", answers=True, sheet=True)
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="两个职业（数字孪生应用技术员4-2级、数字化解决方案设计师3-2级）均在附件范围内，各等级两套模拟试卷（含答题卡）；信用报告为人民银行征信中心企业信用报告。")


def anju_common(q):
    return dict(name="上海安居物业服务有限公司", kind="company", district="宝山区", rep="葛建明", contact="吴晓燕",
                code=mkcode("Q05", "91", "310113"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
                founded=(2009, 7, 14), lic_date=(2021, 10, 12), capital="人民币500.0000万元整",
                scope="许可项目：物业管理；一般项目：保洁服务；城市生活垃圾经营性服务；停车场服务；职业技能培训（不含需取得许可的培训）。",
                reg_auth="上海市宝山区市场监督管理局", addr="上海市宝山区友谊路1588号3楼",
                site_addr="上海市宝山区蕰川路2270号2楼",
                intro="公司管理住宅和商业物业86个项目，员工1800余人，设有员工培训中心。",
                field_desc="主要从事物业管理与保洁服务")


@package
def q05():
    C = ctx("Q05", **anju_common("Q05"), apps=[(("保洁员", ""), [5, 4, 3])], form_date=(2025, 1, 20), style={"font": "fangsong"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.docx(T.af_kv(C, r)), "application_form")
    I = assoc("wuye", 12, (2025, 1, 8), addr="上海市黄浦区陆家浜路1056号", tel="021-63023391", member="理事单位")
    B.add("行业推荐函.pdf", B.odt(T.assoc_letter(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 2, (2025, 1, 14), font="wqy")
    B.add("区人社局推荐函.pdf", B.html(T.district_letter_b(C, r, Bu)), "district_letter", seal=True)
    B.add("信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 15)))), "credit_report")
    B.add("2022年审计报告.pdf", B.odt(T.audit_report(C, r, audit_A(C, 2022, "pujiang", (2023, 4, 18)))), "audit_report")
    B.add("2023年审计报告.pdf", B.odt(T.audit_report(C, r, audit_A(C, 2023, "pujiang", (2024, 4, 9)))), "audit_report")
    B.add("营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.odt(T.work_plan(C, r, "C")), "work_plan")
    B.add("承诺书.pdf", B.odt(T.pledge(C, r, "C")), "pledge", seal=True)
    B.add("廉洁责任书.pdf", B.odt(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.odt(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "yi", "rlcid", lambda o, lv, sn: f"保洁员{CN[lv]}样题{'一二'[sn - 1]}.pdf", nested="样题.zip")
    return C, B, dict(verdict="fail", causes=["duplicate_application"],
                      defects=["同一单位（上海安居物业服务有限公司，同一信用代码）在Q28中再次申报保洁员"],
                      why="本包材料齐全，但同一组织在本语料的Q28中再次申报同一职业“保洁员”，一年内不得多次参与同一职业遴选：两包均不通过。样题放在嵌套的 样题.zip 中。")


@package
def q06():
    C = ctx("Q06", name="上海优育家政服务有限公司", kind="company", district="长宁区",
            code=mkcode("Q06", "91", "310105"), type_word="有限责任公司", type_line="有限责任公司（自然人独资）",
            founded=(2015, 4, 9), lic_date=(2022, 9, 1), capital="人民币200.0000万元整",
            scope="一般项目：家政服务；母婴护理服务（不含医疗服务）；保洁服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市长宁区市场监督管理局",
            apps=[(("育婴员", ""), [5, 4, 3]), (("保洁员", ""), [5, 4])],
            intro="公司为长宁区家政服务龙头企业，拥有持证家政员1200余名，年培训家政从业人员4000人次。",
            field_desc="主要从事家政服务和家政从业人员培训", form_date=(2025, 1, 19),
            remarks=["年培训育婴员约1500人次", "年培训保洁员约800人次"], style={"font": "song"})
    B = Bundle(C)
    r = C.rng
    B.add("01申请表/申请表.pdf", B.docx(T.af_range(C, r, "至")), "application_form")
    I = assoc("jiazheng", 5, (2025, 1, 9), addr="上海市长宁区长宁路1027号", tel="021-62400715")
    B.add("02推荐函/行业协会推荐函.pdf", B.html(T.assoc_letter(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 6, (2025, 1, 15))
    B.add("02推荐函/长宁区人社局推荐函.pdf", B.odt(T.district_reply(C, r, Bu)), "district_letter", seal=True)
    B.add("03信用材料/信用报告.pdf", B.rl(T.credit_platform(C, r, credit_R(C, (2025, 1, 16))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 3, 30)), (2023, (2024, 3, 29))]:
        B.add(f"03信用材料/{y}审计报告.pdf", B.rl(T.audit_report_toc(C, r, audit_A(C, y, "lidaxin", dt))), "audit_report")
    B.add("03信用材料/营业执照.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("04工作方案/工作方案.pdf", B.rl(T.work_plan(C, r, "A")), "work_plan")
    B.add("04工作方案/承诺书.pdf", B.rl(T.pledge_d(C, r)), "pledge", seal=True)
    B.add("04工作方案/廉洁责任书.pdf", B.rl(T.integrity(C, r, "B")), "integrity_letter", seal=True)
    B.add("05实施方案/实施方案.pdf", B.docx(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "yt", "rl", lambda o, lv, sn: f"05实施方案/{o[1]}{CN[lv]}理论知识样题.pdf")
    return C, B, dict(verdict="fail", causes=["occupation_not_in_notice"],
                      defects=["申报“育婴员（4-10-01-02）”，不在通知附件所列48个职业（工种）内"],
                      why="申请表申报育婴员五级至三级和保洁员五级至四级；育婴员不在本次征集范围，申报项目不符。")


@package
def q07():
    C = ctx("Q07", name="上海绿源保洁服务有限公司", kind="company", district="闵行区",
            code=mkcode("Q07", "91", "310112"), type_word="有限责任公司（法人独资）",
            type_line="有限责任公司（非自然人投资或控股的法人独资）",
            founded=(2011, 8, 18), lic_date=(2023, 12, 5), capital="人民币1000.0000万元整",
            scope="一般项目：保洁服务；城市生活垃圾经营性服务；园林绿化工程施工；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市闵行区市场监督管理局",
            apps=[(("保洁员", ""), [5, 4, 3]), (("生活垃圾清运工", "生活垃圾收集工"), [5, 4, 3])],
            intro="公司系上海绿源环境服务集团有限公司全资子公司，承担闵行、松江两区道路保洁和生活垃圾收运业务，一线作业人员2600余人。",
            field_desc="主要承担市政道路保洁和生活垃圾分类收运业务", form_date=(2025, 1, 21),
            style={"font": "song"})
    B = Bundle(C)
    B.gbk = True
    r = C.rng
    B.add("1.申请表/征集遴选申请表.pdf", B.docx(T.af_page2(C, r)), "application_form")
    I = issuer("上海绿源环境服务集团有限公司", "绿源集团〔2025〕3号", (2025, 1, 10), "group", seed_of("绿源集团"))
    B.add("2.推荐函/集团批复.pdf", B.docx(T.group_pifu(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 5, (2025, 1, 14))
    B.add("2.推荐函/闵行区人社局推荐函.pdf", B.rl(T.district_letter(C, r, Bu, mode="site")), "district_letter", seal=True)
    B.add("3.信用佐证/专用信用报告.pdf", B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 13)))), "credit_report")
    B.add("3.信用佐证/审计报告（2022年度）.pdf", B.docx(T.audit_report(C, r, audit_A(C, 2022, "zhengze", (2023, 3, 24)))), "audit_report")
    B.add("3.信用佐证/审计报告（2023年度）.pdf", B.docx(T.audit_report(C, r, audit_A(C, 2023, "zhengze", (2024, 3, 22), cn=True))), "audit_report")
    B.add("3.信用佐证/营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("4.工作方案/工作方案.pdf", B.docx(T.work_plan(C, r, "B")), "work_plan")
    B.add("4.工作方案/承诺书.pdf", B.docx(T.pledge(C, r, "A")), "pledge", seal=True)
    B.add("4.工作方案/廉洁从业责任书.pdf", B.docx(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("5.实施方案/实施方案（含评价方案）.pdf", B.docx(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "ab", "docx", lambda o, lv, sn: f"5.实施方案/样卷/{o[1]}-{CN[lv]}.pdf")
    B.add("6.其他材料/设施设备清单.pdf", B.docx(T.equipment_list(C, r)), "other")
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="集团子公司，行业推荐为母公司（上级主管部门）批复；两职业各三个等级均有A/B两套样卷；2023年审计报告年份用中文数字；zip文件名为GBK编码（无UTF-8标志）。")


@package
def q08():
    C = ctx("Q08", name="上海市营养健康促进会", kind="shetuan", district="静安区",
            code=mkcode("Q08", "51", "310000", "MJ"), type_word="社会团体", type_line="",
            founded=(2012, 5, 16), lic_date=(2023, 5, 10), valid_from=(2023, 5, 10), capital="人民币30万元",
            scope="学术交流、科普宣传、业务培训、咨询服务、评价服务", biz_unit="上海市科学技术协会",
            reg_auth="上海市社会团体管理局", apps=[(("营养师", "公共营养师"), [3, 2])],
            intro="本会是由营养学科技工作者和相关单位自愿组成的学术性社会团体，现有个人会员1600余名、单位会员80家。",
            field_desc="主要开展营养健康科普和营养专业人员培训", form_date=(2025, 1, 20), short="促进会",
            style={"font": "serif", "pfont": "serif"})
    B = Bundle(C)
    r = C.rng
    B.add("01 申请表.pdf", B.odt(T.af_kv(C, r)), "application_form")
    I = gov("kx", 4, (2025, 1, 9), font="serif")
    B.add("02 业务主管单位推荐函.pdf", B.odt(T.industry_letter(C, r, I, mode="func1")), "industry_letter", seal=True)
    Bu = bureau(C, 7, (2025, 1, 15))
    B.add("03 静安区人社局推荐函.pdf", B.docx(T.district_letter_b(C, r, Bu)), "district_letter", seal=True)
    B.add("04 信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 14))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 4, 20)), (2023, (2024, 4, 12))]:
        B.add(f"05 {y}年度审计报告.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "huicheng", dt, nonprofit=True))), "audit_report")
    B.add("06 社会团体法人登记证书.pdf", B.cert(shetuan_spec(C)), "registration_certificate", seal=True)
    B.add("07 工作方案.pdf", B.docx(T.work_plan(C, r, "C")), "work_plan")
    B.add("08 诚信承诺书.pdf", B.docx(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("09 廉洁责任书.pdf", B.docx(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("10 实施方案.pdf", B.docx(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "tao", "docx", lambda o, lv, sn: f"11 公共营养师{CN[lv]}理论知识试卷.pdf")
    return C, B, dict(verdict="review", causes=["social_organisation"],
                      defects=["申报单位为社会团体（代码类别51），是否已与政府部门脱钩无法从材料判断"],
                      why="社会团体法人（51）申报，其余材料齐全；按规定需人工核实是否为未脱钩社会团体。")


@package
def q09():
    C = ctx("Q09", name="上海市黄浦区社区健康促进中心", kind="shiye", district="黄浦区",
            code=codes.make(random.Random("Q09"), "12", "310101", "num"), type_word="事业单位", type_line="",
            founded=(2006, 3, 1), lic_date=(2021, 3, 18), valid_from=(2021, 3, 18), capital="人民币120万元",
            scope="开展社区健康促进、健康教育和慢性病社区干预，承担社区卫生人员培训。", sponsor="上海市黄浦区卫生健康委员会",
            reg_auth="上海市黄浦区事业单位登记管理局", apps=[(("社群健康助理员", ""), [4, 3, 2])],
            intro="中心为黄浦区卫生健康委员会举办的公益一类事业单位，承担全区社区健康促进与健康管理人员培训。",
            field_desc="承担全区社区健康促进和健康教育工作", form_date=(2025, 1, 18), short="中心",
            style={"font": "song"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.odt(T.af_ticks(C, r, "√", "□")), "application_form")
    I = gov("wjw", 8, (2025, 1, 10))
    B.add("市卫健委推荐函.pdf", B.docx(T.industry_letter_b(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 1, (2025, 1, 13), font="wqy")
    B.add("黄浦区人社局推荐函.pdf", B.html(T.opinion_form(C, r, Bu, district=True)), "district_letter", seal=True)
    B.add("信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 14)))), "credit_report")
    for y, dt in [(2022, (2023, 5, 8)), (2023, (2024, 4, 25))]:
        B.add(f"审计报告{y}.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "shenheng", dt, acct="gov"))), "audit_report")
    B.add("事业单位法人证书.pdf", B.cert(shiye_spec(C)), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.docx(T.work_plan(C, r, "A")), "work_plan")
    B.add("承诺书.pdf", B.docx(T.pledge(C, r, "A")), "pledge", seal=True)
    B.add("廉洁责任书.pdf", B.docx(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.docx(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "yi", "html", lambda o, lv, sn: f"样题/{CN[lv]}样题{'一二'[sn - 1]}.pdf")
    return C, B, dict(verdict="fail", causes=["public_institution"],
                      defects=["统一社会信用代码类别12（事业单位），登记证书为事业单位法人证书，举办单位为区卫健委"],
                      why="申报单位是政府部门所属事业单位，不能申报社会培训评价组织。")


@package
def q10():
    C = ctx("Q10", name="上海和泰制药有限公司", kind="foreign", district="奉贤区",
            code=mkcode("Q10", "91", "310120"), type_word="外商投资企业", type_line="有限责任公司（外国法人独资）",
            founded=(2004, 10, 26), lic_date=(2023, 6, 30), capital="美元3500.0000万元整",
            scope="许可项目：药品生产；药品委托生产；药品批发。一般项目：医学研究和试验发展；技术服务、技术开发；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市市场监督管理局",
            apps=[(("药物制剂工", "片剂制备"), [4, 3]), (("药物制剂工", "胶囊剂制备"), [4, 3])],
            intro="公司为外商独资制药企业，拥有口服固体制剂GMP车间4个，制剂一线员工420人，建有制剂实训车间。",
            field_desc="主要从事口服固体制剂的研发和生产", form_date=(2025, 1, 22), short="和泰制药",
            style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("01_Application Form 申请表.pdf", B.html(T.af_matrix(C, r, "✓")), "application_form")
    I = gov("yjj", 19, (2025, 1, 14), font="serif")
    B.add("02_Recommendation 市药监局推荐函.pdf", B.rl(T.industry_letter(C, r, I, mode="func1", sign_name=False)), "industry_letter", seal=True)
    Bu = bureau(C, 2, (2025, 1, 16))
    B.add("03_District 奉贤区人社局推荐意见.pdf", B.rl(T.district_letter_short(C, r, Bu)), "district_letter", seal=True)
    B.add("04_Credit 信用报告.pdf", B.html(T.credit_national(C, r, credit_R(C, (2025, 1, 17), issuer_name="国家公共信用信息中心"))), "credit_report")
    for y, dt in [(2022, (2023, 3, 10)), (2023, (2024, 3, 8))]:
        B.add(f"05_Audit {y} 审计报告.pdf", B.rl(T.audit_report_toc(C, r, audit_A(C, y, "lidaxin", dt, foot=True))), "audit_report")
    B.add("06_Business License 营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("07_Work Plan 工作方案.pdf", B.rl(T.work_plan(C, r, "B")), "work_plan")
    B.add("08_Pledge 承诺书.pdf", B.rl(T.pledge(C, r, "C")), "pledge", seal=True)
    B.add("09_Integrity 廉洁责任书.pdf", B.rl(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("10_Implementation 实施方案.pdf", B.rl(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "occ", "tao", "rl", lambda o, lv, sn: f"11_Samples 样题-{o[2]}.pdf", answers=True)
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="外商独资企业（91，奉贤），两个药物制剂工工种四级、三级均有第一套/第二套试卷；行业推荐函落款仅有日期，发文机关见红头与印章；信用报告为“信用中国”全国版。")


@package
def q11():
    C = ctx("Q11", name="上海禾润药业有限公司", kind="company", district="松江区",
            code=mkcode("Q11", "91", "310117"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2010, 1, 8), lic_date=(2022, 11, 15), capital="人民币5000.0000万元整",
            scope="许可项目：药品生产；药品批发。一般项目：中药提取物生产；技术服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市松江区市场监督管理局", apps=[(("药物制剂工", "颗粒剂制备"), [5, 4, 3])],
            intro="公司主营中药配方颗粒和化学药颗粒剂生产，拥有颗粒剂生产线6条，制剂操作人员300余人。",
            field_desc="主要从事颗粒剂药品生产", form_date=(2025, 1, 21), style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.odt(T.af_page2(C, r)), "application_form")
    I = assoc("yiyao", 9, (2025, 1, 8), addr="上海市静安区北京西路1399号", tel="021-62170812")
    B.add("推荐函-行业协会.pdf", B.scan(B.docx(T.assoc_letter(C, r, I)), dpi=150, gray=True), "industry_letter", "none", seal=True)
    Bu = bureau(C, 8, (2025, 1, 15), font="wqy")
    B.add("推荐函-松江区人社局.pdf", B.html(T.opinion_form(C, r, Bu, district=True)), "district_letter", seal=True)
    B.add("信用报告.pdf", B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 16)))), "credit_report")
    B.add("审计报告/2022年度审计报告.pdf", B.truncate(B.docx(T.audit_report(C, r, audit_A(C, 2022, "pujiang", (2023, 4, 14)))), 0.45), "audit_report", "corrupt")
    B.add("审计报告/2023年度审计报告.pdf", B.docx(T.audit_report(C, r, audit_A(C, 2023, "pujiang", (2024, 4, 3)))), "audit_report")
    B.add("营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    wp = B.merge(B.odt(T.work_plan(C, r, "A")), B.odt(T.pledge(C, r, "A")), B.odt(T.integrity(C, r, "B")))
    B.add("工作方案（含承诺书及廉洁责任书）.pdf", wp, "work_plan+pledge+integrity_letter", seal=True)
    B.add("实施方案/实施方案.pdf", B.odt(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "ab", "odt", lambda o, lv, sn: f"实施方案/颗粒剂制备{CN[lv]}样卷.pdf")
    return C, B, dict(verdict="review", causes=["unreadable_required"],
                      defects=["2022年度审计报告PDF被截断（文件只有前45%，无法打开），包内无其他2022年度审计报告"],
                      why="近两年审计报告之一（2022年度）文件损坏不可读，需人工核实；其余材料齐全（行业推荐函为清晰的灰度扫描件）。")


@package
def q12():
    C = ctx("Q12", name="昆山智联轨道交通技术有限公司", kind="company", district="昆山市",
            code=mkcode("Q12", "91", "320583"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2019, 4, 2), lic_date=(2023, 3, 6), capital="人民币800.0000万元整",
            addr="江苏省昆山市花桥镇金洋路15号", site_district="嘉定区",
            scope="一般项目：轨道交通通信信号系统开发；技术服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="昆山市市场监督管理局", apps=[(("轨道交通信号工", "城市轨道交通信号工"), [4, 3])],
            intro="公司从事城市轨道交通信号系统维护服务，承接上海、苏州多条线路信号设备维保，技术人员150余名。",
            field_desc="主要从事城市轨道交通信号设备维护", form_date=(2025, 1, 20), style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    B.add("申报材料/1 申请表.pdf", B.docx(T.af_ticks(C, r, "■", "□")), "application_form")
    I = assoc("guidao", 3, (2025, 1, 10), addr="上海市闵行区吴中路1号", tel="021-64362210")
    B.add("申报材料/2 行业协会推荐函.pdf", B.html(T.assoc_letter(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 4, (2025, 1, 15))
    B.add("申报材料/3 嘉定区人社局推荐函.pdf", B.docx(T.district_reply(C, r, Bu)), "district_letter", seal=True)
    B.add("申报材料/4 信用报告.pdf", B.html(T.credit_national(C, r, credit_R(C, (2025, 1, 16), issuer_name="国家公共信用信息中心"))), "credit_report")
    for y, dt in [(2022, (2023, 3, 28)), (2023, (2024, 3, 27))]:
        B.add(f"申报材料/5 审计报告{y}.pdf", B.rl(T.audit_report(C, r, audit_A(C, y, "kunshan", dt)), "cid"), "audit_report")
    B.add("申报材料/6 营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("申报材料/7 工作方案.pdf", B.docx(T.work_plan(C, r, "C")), "work_plan")
    B.add("申报材料/8 承诺书.pdf", B.docx(T.pledge_d(C, r)), "pledge", seal=True)
    B.add("申报材料/9 廉洁责任书.pdf", B.docx(T.integrity(C, r, "B")), "integrity_letter", seal=True)
    B.add("申报材料/10 实施方案.pdf", B.rl(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "yi", "docx", lambda o, lv, sn: f"申报材料/11 样题（{CN[lv]}）.pdf")
    return C, B, dict(verdict="fail", causes=["not_shanghai_registered"],
                      defects=["统一社会信用代码91320583…（江苏昆山），住所江苏省昆山市，执照登记机关印章为昆山市市场监督管理局：非本市登记"],
                      why="申报单位在江苏昆山登记（代码区划320583），不是本市依法登记的法人，尽管考核点在嘉定区。")


@package
def q13():
    C = ctx("Q13", name="上海申康护理服务有限公司", kind="company", district="静安区",
            code=mkcode("Q13", "91", "310106"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2013, 12, 3), lic_date=(2022, 4, 7), capital="人民币300.0000万元整",
            scope="一般项目：护理机构服务（不含医疗服务）；养老服务；家政服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市静安区市场监督管理局", apps=[(("医疗护理员", ""), [5, 4])],
            intro="公司向本市20余家医院派驻医疗护理员1100余名，设有护理实训室。",
            field_desc="主要从事医院陪护和医疗护理员派遣服务", form_date=(2025, 1, 17), style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    sc = dict(dpi=150, gray=True, quality=35, noise=10)
    bw = dict(dpi=200, bilevel=True)
    B.add("IMG_20250116_0001.pdf", B.scan(B.docx(T.af_kv(C, r)), **sc), "application_form", "none")
    I = gov("wjw", 11, (2025, 1, 9))
    B.add("IMG_20250116_0002.pdf", B.scan(B.docx(T.industry_letter(C, r, I, mode="func", contact=False)), dpi=150, gray=False, quality=40, noise=8), "industry_letter", "none", seal=True)
    Bu = bureau(C, 12, (2025, 1, 14))
    B.add("IMG_20250116_0003.pdf", B.scan(B.rl(T.district_letter(C, r, Bu, mode="site")), **sc), "district_letter", "none", seal=True)
    B.add("scan_004.pdf", B.scan(B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 15)))), **sc), "credit_report", "none")
    for i, (y, dt) in enumerate([(2022, (2023, 3, 21)), (2023, (2024, 3, 19))]):
        B.add(f"scan_00{5 + i}.pdf", B.scan(B.docx(T.audit_report(C, r, audit_A(C, y, "zhengze", dt, cover=False))), **bw), "audit_report", "none")
    B.add("营业执照.jpg", B.jpgscan(B.cert(lic_spec(C)), dpi=150, gray=False, quality=55), "registration_certificate", "none", seal=True)
    B.add("scan_007.pdf", B.scan(B.docx(T.work_plan(C, r, "C")), **bw), "work_plan", "none")
    B.add("scan_008.pdf", B.scan(B.docx(T.pledge(C, r, "C")), **sc), "pledge", "none", seal=True)
    B.add("scan_009.pdf", B.scan(B.docx(T.integrity(C, r, "C")), **sc), "integrity_letter", "none", seal=True)
    B.add("scan_010.pdf", B.scan(B.rl(T.impl_table(C, r, landscape=False)), **bw), "implementation_plan+evaluation_plan", "none")
    samples(C, B, "level", "yt", "docx", lambda o, lv, sn: f"scan_01{1 if lv == 5 else 2}.pdf",
            post=lambda h: (B.scan(h, **bw), "none"))
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="全部材料为清晰扫描件（有章材料150dpi灰度/彩色JPEG，其余200dpi黑白CCITT G4；图像型PDF与JPG，无文本层），有章材料的印章在灰度扫描中呈灰色；内容完整。")


@package
def q14():
    C = ctx("Q14", name="上海色彩空间设计有限公司", kind="company", district="普陀区",
            code=mkcode("Q14", "91", "310107"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2016, 7, 19), lic_date=(2023, 2, 14), capital="人民币100.0000万元整",
            scope="一般项目：专业设计服务；室内装饰设计；色彩咨询服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市普陀区市场监督管理局", apps=[(("色彩搭配师", ""), [4, 3, 2])],
            intro="公司提供空间与品牌色彩设计服务，设色彩实验室一间，累计培训色彩从业人员2000余人次。",
            field_desc="主要从事空间色彩设计与咨询", form_date=(2025, 1, 22),
            rec_code=codes.make(random.Random("Q14other"), "91", "310107"), mail="color", domain="sccolor.cn")
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.html(T.af_web(C, r)), "application_form")
    I = assoc("zhuangshi", 14, (2025, 1, 10), addr="上海市徐汇区肇嘉浜路789号", tel="021-64220117")
    B.add("推荐函1.pdf", B.docx(T.assoc_letter(C, r, I, rec_name="上海色韵空间艺术设计有限公司")), "industry_letter", seal=True,
          expect="上海色韵空间艺术设计有限公司")
    Bu = bureau(C, 10, (2025, 1, 16))
    B.add("推荐函2.pdf", B.rl(T.district_letter_b(C, r, Bu), "cid"), "district_letter", seal=True)
    B.add("信用报告.pdf", B.rl(T.credit_platform(C, r, credit_R(C, (2025, 1, 17)))), "credit_report")
    for y, dt in [(2022, (2023, 4, 4)), (2023, (2024, 3, 29))]:
        B.add(f"审计报告-{y}.pdf", B.odt(T.audit_report_toc(C, r, audit_A(C, y, "shenheng", dt))), "audit_report")
    B.add("营业执照.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.odt(T.work_plan(C, r, "A")), "work_plan")
    B.add("承诺书.pdf", B.odt(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("廉洁责任书.pdf", B.odt(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.html(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "mn", "html", lambda o, lv, sn: f"样题/色彩搭配师{CN[lv]}模拟试卷.pdf")
    return C, B, dict(verdict="fail", causes=["letter_names_other_org"],
                      defects=["行业协会推荐函推荐的是“上海色韵空间艺术设计有限公司”（另一信用代码），并非申报单位"],
                      why="行业推荐函所推荐的单位名称和信用代码均与申报单位不符，等同于缺少针对本单位的行业推荐。")


@package
def q15():
    C = ctx("Q15", name="上海申城政务服务咨询有限公司", kind="company", district="金山区",
            code=mkcode("Q15", "91", "310116"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2017, 2, 27), lic_date=(2024, 1, 9), capital="人民币200.0000万元整",
            scope="一般项目：政务服务咨询；企业管理咨询；人力资源服务（不含职业中介活动）；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市金山区市场监督管理局", apps=[(("政务服务办事员", ""), [5, 4])],
            intro="公司承接金山区多个街镇社区事务受理服务中心的窗口辅助服务，窗口人员210名。",
            field_desc="主要从事政务服务窗口辅助和帮办代办服务", form_date=(2025, 1, 20), style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.docx(T.af_matrix(C, r, "√")), "application_form")
    I = gov("bgt", 2, (2025, 1, 9), font="serif")
    B.add("推荐函（行业）.pdf", B.odt(T.industry_letter(C, r, I, mode="shu")), "industry_letter", seal=True)
    Bu = bureau(C, 3, (2025, 1, 14))
    B.add("推荐函（区人社）.pdf", B.scan(B.html(T.district_letter(C, r, Bu, mode="site")), dpi=60, gray=True, contrast=0.32,
                                     brightness=1.42, blur=1.7, quality=25, label="faint scan: pdftoppm 60dpi gray, contrast 0.32, blur 1.7, JPEG q25 -> img2pdf"),
          "district_letter", "none", seal=True)
    B.add("信用报告.pdf", B.rl(T.credit_special(C, r, credit_R(C, (2025, 1, 16)))), "credit_report")
    for y, dt in [(2022, (2023, 3, 17)), (2023, (2024, 3, 15))]:
        B.add(f"{y}年度审计报告.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "zhengze", dt))), "audit_report")
    B.add("营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.odt(T.work_plan(C, r, "B")), "work_plan")
    B.add("承诺书.pdf", B.odt(T.pledge(C, r, "A")), "pledge", seal=True)
    B.add("廉洁责任书.pdf", B.odt(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.odt(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "yt", "odt", lambda o, lv, sn: f"样题/{CN[lv]}理论知识样题{'一二'[sn - 1]}.pdf")
    return C, B, dict(verdict="review", causes=["unreadable_required"],
                      defects=["区人社局推荐函只有一份60dpi、低对比度、模糊的扫描件，文字无法辨认"],
                      why="考核点所在区人社部门推荐函不可读且无其他副本，需人工核实；其余材料齐全。")


@package
def q16():
    C = ctx("Q16", name="上海聆声听力技术有限公司浦东分公司", kind="branch", district="浦东新区",
            code=mkcode("Q16", "91", "310115"), type_word="分公司", type_line="有限责任公司分公司（自然人投资或控股）",
            founded=(2020, 9, 14), lic_date=(2023, 7, 21), capital="",
            scope="一般项目：助听器及配件销售；听力检测服务（不含医疗服务）；康复辅具适配服务；职业技能培训（不含需取得许可的培训）（以上经营范围由总公司承担法律责任）。",
            reg_auth="上海市浦东新区市场监督管理局", apps=[(("助听器验配师", ""), [4, 3])],
            intro="分公司负责总公司在浦东地区的12家听力中心运营，拥有助听器验配人员45名。",
            field_desc="主要从事助听器验配与听力康复服务", form_date=(2025, 1, 19), short="聆声浦东",
            remarks=["年验配服务约6000人次"], style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    B.add("01申请表.pdf", B.odt(T.af_range(C, r, "—")), "application_form")
    I = assoc("tingli", 2, (2025, 1, 8), addr="上海市静安区延长中路301号", tel="021-56651120")
    B.add("02行业推荐函.pdf", B.odt(T.assoc_letter(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 14, (2025, 1, 15), font="wqy")
    Bu["seal"]["svg"] = True
    B.add("03区人社局推荐函.pdf", B.html(T.district_letter(C, r, Bu, mode="func1")), "district_letter", seal=True)
    B.add("04信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 16))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 4, 10)), (2023, (2024, 4, 8))]:
        B.add(f"05审计报告{y}.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "huicheng", dt))), "audit_report")
    B.add("06营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("07工作方案.pdf", B.docx(T.work_plan(C, r, "A")), "work_plan")
    B.add("08承诺书.pdf", B.docx(T.pledge(C, r, "C")), "pledge", seal=True)
    B.add("09廉洁责任书.pdf", B.docx(T.integrity(C, r, "B")), "integrity_letter", seal=True)
    B.add("10实施方案.pdf", B.docx(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "ab", "rl", lambda o, lv, sn: f"11样题/助听器验配师{CN[lv]}样卷{'AB'[sn - 1]}.pdf")
    return C, B, dict(verdict="fail", causes=["branch_not_legal_person"],
                      defects=["营业执照类型为“有限责任公司分公司（自然人投资或控股）”，设负责人而非法定代表人：不是独立法人"],
                      why="申报单位为分公司，不具备独立法人资格。")


@package
def q17():
    C = ctx("Q17", name="上海碳衡低碳技术服务有限公司", kind="company", district="长宁区",
            code=mkcode("Q17", "91", "310105"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2020, 6, 8), lic_date=(2024, 6, 3), capital="人民币500.0000万元整",
            scope="一般项目：碳减排、碳转化、碳捕捉、碳封存技术研发；节能管理服务；环保咨询服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市长宁区市场监督管理局", apps=[(("碳排放管理员", "碳排放核算员"), [4, 3])],
            intro="公司为本市纳入碳排放交易管理的重点排放单位提供碳核算和监测计划编制服务，累计服务企业300余家。",
            field_desc="主要从事企业温室气体排放核算与碳管理咨询", form_date=(2025, 1, 23), style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.html(T.af_ticks(C, r, "√", "□")), "application_form")
    I = gov("sthj", 6, (2025, 1, 10))
    B.add("推荐函/市生态环境局推荐函.pdf", B.ocr(B.docx(T.industry_letter(C, r, I, mode="func")), "ocrmypdf", dpi=150, gray=True, quality=40), "industry_letter", "ocr-layer", seal=True)
    Bu = bureau(C, 5, (2025, 1, 15))
    B.add("推荐函/长宁区人社局推荐函.pdf", B.ocr(B.odt(T.district_letter(C, r, Bu, mode="site")), "rl", dpi=150, quality=40), "district_letter", "ocr-layer", seal=True)
    B.add("信用/信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 16))), "cid"), "credit_report")
    B.add("信用/2022审计报告.pdf", B.ocr(B.odt(T.audit_report(C, r, audit_A(C, 2022, "dongshen", (2023, 4, 17), cover=False))), "rl", dpi=150, quality=35), "audit_report", "ocr-layer")
    B.add("信用/2023审计报告.pdf", B.odt(T.audit_report(C, r, audit_A(C, 2023, "dongshen", (2024, 4, 16)))), "audit_report")
    B.add("信用/营业执照.pdf", B.ocr(B.cert(lic_spec(C)), "ocrmypdf", dpi=150, gray=False, quality=40), "registration_certificate", "ocr-layer", seal=True)
    wp = B.merge(B.docx(T.work_plan(C, r, "C")), B.docx(T.pledge(C, r, "C")), B.docx(T.integrity(C, r, "B")))
    B.add("工作方案（扫描件）.pdf", B.ocr(wp, "rl", dpi=150, quality=35), "work_plan+pledge+integrity_letter", "ocr-layer", seal=True)
    B.add("实施方案.pdf", B.docx(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "yt", "docx", lambda o, lv, sn: f"核算员{CN[lv]}样题（{'一二'[sn - 1]}）含答案.pdf", nested="样题及答案.zip", answers=True)
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="多份材料为带隐形OCR文本层的扫描件（ocrmypdf和扫描仪式render mode 3），内容完整清晰；样题及答案在嵌套zip中，四级、三级各两套。")


@package
def q18():
    C = ctx("Q18", name="上海创衡科技咨询有限公司", kind="company", district="徐汇区",
            code=mkcode("Q18", "91", "310104"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2012, 10, 11), lic_date=(2023, 10, 19), capital="人民币300.0000万元整",
            scope="一般项目：科技中介服务；技术服务、技术开发、技术咨询；知识产权服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市徐汇区市场监督管理局", apps=[(("科技咨询师", ""), [4, 3])],
            intro="公司是市级技术转移示范机构，年服务科技型中小企业500余家，拥有技术经纪人40名。",
            field_desc="主要从事技术转移和科技咨询服务", form_date=(2025, 1, 21), style={"font": "wqy", "pfont": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.rl(T.af_ticks(C, r, "■", "□"), "cid"), "application_form")
    I = gov("kw", 31, (2025, 1, 13), font="wqy")
    B.add("市科委推荐函.pdf", B.html(T.industry_reply(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 6, (2025, 1, 16))
    B.add("徐汇区人社局推荐意见.pdf", B.docx(T.district_letter_short(C, r, Bu)), "district_letter", seal=True)
    B.add("专用信用报告.pdf", B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 17)))), "credit_report")
    for y, dt in [(2022, (2023, 3, 31)), (2023, (2024, 3, 29))]:
        B.add(f"审计报告{y}年度.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "lidaxin", dt))), "audit_report")
    B.add("营业执照副本.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.html(T.work_plan(C, r, "B")), "work_plan")
    B.add("诚信承诺书.pdf", B.html(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("廉洁从业责任书.pdf", B.html(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("项目实施方案.pdf", B.html(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "tao", "html", lambda o, lv, sn: f"科技咨询师{CN[lv]}试卷（两套）.pdf")
    return C, B, dict(verdict="fail", causes=["level_not_allowed"],
                      defects=["科技咨询师申报四级，通知附件中该职业仅开放三级、二级、一级"],
                      why="申请表勾选科技咨询师四级和三级；四级不在附件允许等级内。")


@package
def q19():
    C = ctx("Q19", name="上海碳惠环境咨询有限公司", kind="company", district="青浦区",
            code=mkcode("Q19", "91", "310118"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2019, 12, 20), lic_date=(2024, 3, 1), capital="人民币300.0000万元整",
            scope="一般项目：环保咨询服务；碳减排技术咨询；节能管理服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市青浦区市场监督管理局", apps=[(("碳排放管理员", "碳排放咨询员"), [3, 2])],
            intro="公司为长三角示范区企业提供碳达峰路径规划和碳资产管理咨询，咨询顾问35名。",
            field_desc="主要从事碳资产管理和低碳发展咨询", form_date=(2025, 1, 22), style={"font": "song"})
    B = Bundle(C)
    r = C.rng
    B.add("1 申请表.pdf", B.docx(T.af_page2(C, r)), "application_form")
    I = gov("sthj", 9, (2025, 1, 13))
    B.add("2 行业推荐函.pdf", B.rl(T.industry_letter_b(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 2, (2025, 1, 16))
    B.add("3 区人社推荐函.pdf", B.docx(T.district_reply(C, r, Bu)), "district_letter", seal=True)
    B.add("4 信用报告.pdf", B.rl(T.credit_platform(C, r, credit_R(C, (2025, 1, 17)))), "credit_report")
    for y, dt in [(2022, (2023, 4, 21)), (2023, (2024, 4, 19))]:
        B.add(f"5 审计报告 {y}.pdf", B.docx(T.audit_report_toc(C, r, audit_A(C, y, "pujiang", dt))), "audit_report")
    B.add("6 营业执照.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("7 工作方案.pdf", B.docx(T.work_plan(C, r, "A")), "work_plan")
    B.add("7-1 承诺书.docx", B.raw_docx(T.pledge(C, r, "A", seal=False)), "pledge", "text", seal=False)
    B.add("7-2 廉洁责任书.docx", B.raw_docx(T.integrity(C, r, "A", seal=False)), "integrity_letter", "text", seal=False)
    B.add("8 实施方案.pdf", B.docx(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "yi", "docx", lambda o, lv, sn: f"9 样题 碳排放咨询员{CN[lv]}.pdf")
    return C, B, dict(verdict="review", causes=["signed_material_docx_only", "seal_missing"],
                      defects=["承诺书、廉洁责任书只有可编辑的.docx文件，无签章"],
                      why="需签章的承诺书和廉洁责任书仅以Word文档提交，无法确认已签署盖章，需人工核实；其余材料齐全。")


@package
def q20():
    C = ctx("Q20", name="上海沪嘉化工技术培训有限公司", kind="company", district="金山区",
            code=mkcode("Q20", "91", "310116"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2015, 5, 25), lic_date=(2022, 12, 28), capital="人民币500.0000万元整",
            scope="一般项目：化工技术培训（不含需取得许可的培训）；化工工程技术咨询；安全咨询服务。",
            reg_auth="上海市金山区市场监督管理局", site_district="太仓市",
            site_addr="江苏省太仓市港区滨江大道88号化工实训基地", dist_name="太仓市人力资源和社会保障局",
            apps=[(("化工总控工", ""), [5, 4, 3])],
            intro="公司依托长三角化工园区开展化工操作人员培训，建有DCS仿真实训室和化工实操装置。",
            field_desc="主要从事化工总控工等化工操作人员培训", form_date=(2025, 1, 20), style={"font": "wqy"})
    C.dist["prefix"] = "太人社"
    B = Bundle(C)
    B.gbk = True
    r = C.rng
    B.add("申报材料/01申请表.pdf", B.rl(T.af_kv(C, r), "cid"), "application_form")
    I = gov("hgq", 5, (2025, 1, 9))
    B.add("申报材料/02行业主管部门推荐函.pdf", B.docx(T.industry_letter(C, r, I, mode="func")), "industry_letter", seal=True)
    Bu = bureau(C, 7, (2025, 1, 14), font="wqy")
    B.add("申报材料/03考核点所在地人社部门推荐函.pdf", B.html(T.district_letter(C, r, Bu, mode="site")), "district_letter", seal=True)
    B.add("申报材料/04信用报告.pdf", B.rl(T.credit_special(C, r, credit_R(C, (2025, 1, 15)))), "credit_report")
    for y, dt in [(2022, (2023, 3, 14)), (2023, (2024, 3, 12))]:
        B.add(f"申报材料/05审计报告（{y}）.pdf", B.odt(T.audit_report(C, r, audit_A(C, y, "shenheng", dt))), "audit_report")
    B.add("申报材料/06营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("申报材料/07工作方案.pdf", B.docx(T.work_plan(C, r, "A")), "work_plan")
    B.add("申报材料/08承诺书.pdf", B.docx(T.pledge_d(C, r)), "pledge", seal=True)
    B.add("申报材料/09廉洁责任书.pdf", B.docx(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("申报材料/10实施方案.pdf", B.odt(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "jn", "odt", lambda o, lv, sn: f"申报材料/11技能操作考核试题（{CN[lv]}）.pdf")
    return C, B, dict(verdict="fail", causes=["district_letter_outside_shanghai"],
                      defects=["“区人社部门推荐函”由太仓市人力资源和社会保障局出具（考核点在江苏太仓），不是本市区人社局"],
                      why="考核点不在上海，所在地推荐函来自外省市人社部门，缺少本市区人社部门推荐。zip文件名为GBK编码。")


@package
def q21():
    C = ctx("Q21", name="上海筑能建筑科技有限公司", kind="company", district="杨浦区",
            code=mkcode("Q21", "91", "310110"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2014, 8, 6), lic_date=(2023, 9, 12), capital="人民币1200.0000万元整",
            scope="一般项目：建筑节能技术服务；合同能源管理；工程管理服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市杨浦区市场监督管理局", apps=[(("建筑节能减排咨询师", ""), [4, 3, 2])],
            intro="公司完成既有公共建筑节能改造项目140余项，是市建筑节能示范服务机构，拥有注册咨询工程师25名。",
            field_desc="主要从事建筑节能诊断与节能改造咨询", form_date=(2025, 1, 24),
            remarks=["", ""], style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    I = gov("zjw", 27, (2025, 1, 14), font="wqy")
    Bu = bureau(C, 9, (2025, 1, 17))
    parts = [B.docx(T.af_range(C, r, "至")),
             B.html(T.industry_letter(C, r, I, mode="func1")),
             B.rl(T.district_letter(C, r, Bu, mode="site", date_cn=True)),
             B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 18))), "cid"),
             B.docx(T.audit_report(C, r, audit_A(C, 2022, "dongshen", (2023, 3, 23), cover=False))),
             B.docx(T.audit_report(C, r, audit_A(C, 2023, "dongshen", (2024, 3, 21), cover=False))),
             B.cert(lic_spec(C)),
             B.docx(T.work_plan(C, r, "B")), B.docx(T.pledge(C, r, "C")), B.docx(T.integrity(C, r, "A"))]
    B.add("上海筑能建筑科技有限公司申报材料汇编.pdf", B.merge(*parts),
          "application_form+industry_letter+district_letter+credit_report+audit_report+registration_certificate+work_plan+pledge+integrity_letter", seal=True)
    B.add("实施方案及评价方案.pdf", B.html(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "ab", "html", lambda o, lv, sn: f"样卷-{CN[lv]}（A、B卷）.pdf")
    toc = T.toc_doc(C, [("申请表", "汇编第1页起"), ("行业主管部门推荐函", "市住建委"), ("区人社局推荐函", "杨浦区"),
                        ("信用报告", ""), ("2022、2023年度审计报告", ""), ("营业执照", "复印件加盖公章"),
                        ("工作方案、承诺书、廉洁责任书", ""), ("实施方案及评价方案", "单独文件"), ("样卷", "每等级A、B两套")])
    B.add("目录.docx", B.raw_docx(toc), "other")
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="一个合订PDF包含申请表、两封推荐函、信用报告、两年审计报告、营业执照、工作方案、承诺书和廉洁责任书（各页来自不同生成器）；实施方案和三个等级的A/B卷另附；目录为.docx。")


@package
def q22():
    C = ctx("Q22", name="上海启航企业管理咨询有限公司", form_name="上海启航职业技能评价有限公司", kind="company",
            district="浦东新区", code=mkcode("Q22", "91", "310115"), type_word="有限责任公司",
            type_line="有限责任公司（自然人投资或控股）", founded=(2018, 3, 15), lic_date=(2022, 8, 26),
            capital="人民币100.0000万元整",
            scope="一般项目：企业管理咨询；人力资源服务（不含职业中介活动、劳务派遣服务）；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市浦东新区市场监督管理局", apps=[(("政务服务办事员", ""), [5, 4, 3])],
            intro="公司为街镇社区事务受理中心提供窗口人员培训，年培训约2000人次。",
            field_desc="主要从事政务服务人员培训与管理咨询", form_date=(2025, 1, 20), style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    B.add("01-申请表.pdf", B.docx(T.af_ticks(C, r, "☑", "□")), "application_form", expect=C.form_name)
    I = gov("bgt", 5, (2025, 1, 10), font="wqy")
    B.add("02-行业推荐函.pdf", B.html(T.industry_letter_b(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 13, (2025, 1, 15))
    B.add("03-区人社局推荐函.pdf", B.docx(T.district_letter_b(C, r, Bu)), "district_letter", seal=True)
    B.add("04-信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 16)))), "credit_report")
    for y, dt in [(2022, (2023, 3, 27)), (2023, (2024, 3, 25))]:
        B.add(f"05-{y}年度审计报告.pdf", B.rl(T.audit_report_toc(C, r, audit_A(C, y, "huicheng", dt)), "cid"), "audit_report")
    B.add("06-营业执照.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("07-工作方案.pdf", B.docx(T.work_plan(C, r, "C")), "work_plan")
    B.add("08-承诺书.pdf", B.docx(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("09-廉洁责任书.pdf", B.docx(T.integrity(C, r, "B")), "integrity_letter", seal=True)
    B.add("10-实施方案.pdf", B.rl(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "yi", "rl", lambda o, lv, sn: f"11-样题/{CN[lv]}-样题{'一二'[sn - 1]}.pdf")
    return C, B, dict(verdict="fail", causes=["name_mismatch"],
                      defects=["申请表单位名称为“上海启航职业技能评价有限公司”，营业执照与信用报告为“上海启航企业管理咨询有限公司”"],
                      why="申请表所填单位名称与营业执照、信用报告登记名称不一致（信用代码相同）。")


@package
def q23():
    C = ctx("Q23", name="上海颐康养老服务有限公司", kind="company", district="崇明区",
            code=mkcode("Q23", "91", "310151"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2016, 11, 2), lic_date=(2023, 4, 18), capital="人民币600.0000万元整",
            scope="许可项目：养老服务。一般项目：护理机构服务（不含医疗服务）；家政服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市崇明区市场监督管理局", apps=[(("医疗护理员", ""), [5, 4, 3])],
            intro="公司运营崇明区养老机构4家、长护险居家照护服务站6个，护理人员520名。",
            field_desc="主要从事机构养老和长护险照护服务", form_date=(2025, 1, 21),
            remarks=["护理员持证上岗率95%"], style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("申报表/申请表.pdf", B.html(T.af_range(C, r, "至")), "application_form")
    I = gov("mzj", 12, (2025, 1, 13))
    B.add("推荐函/市民政局推荐函.pdf", B.docx(T.industry_letter(C, r, I, mode="func", seal=False)), "industry_letter", seal=False)
    Bu = bureau(C, 1, (2025, 1, 16))
    B.add("推荐函/崇明区人社局推荐函.pdf", B.rl(T.district_letter(C, r, Bu, mode="site"), "cid"), "district_letter", seal=True)
    B.add("信用/企业信用报告.pdf", B.rl(T.credit_pboc(C, r, credit_R(C, (2025, 1, 17), seal=False)), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 4, 24)), (2023, (2024, 4, 22))]:
        B.add(f"信用/审计报告{y}.pdf", B.odt(T.audit_report(C, r, audit_A(C, y, "pujiang", dt))), "audit_report")
    B.add("信用/营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    B.add("方案/工作方案.pdf", B.odt(T.work_plan(C, r, "B")), "work_plan")
    B.add("方案/承诺书.pdf", B.odt(T.pledge(C, r, "A")), "pledge", seal=True)
    B.add("方案/廉洁责任书.pdf", B.odt(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("方案/实施方案.pdf", B.html(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "ab", "html", lambda o, lv, sn: f"方案/样卷/医疗护理员{CN[lv]}{'AB'[sn - 1]}卷.pdf")
    return C, B, dict(verdict="review", causes=["seal_missing"],
                      defects=["行业主管部门（市民政局）推荐函无印章，仅有打印的落款"],
                      why="推荐函需加盖公章，本包行业推荐函无章，需人工核实其真实性；其余材料齐全。")


@package
def q24():
    C = ctx("Q24", name="上海宏图房地产营销策划有限公司", kind="company", district="虹口区",
            code=mkcode("Q24", "91", "310109"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2011, 5, 30), lic_date=(2021, 12, 7), capital="人民币500.0000万元整",
            scope="一般项目：房地产咨询；房地产经纪；市场营销策划；企业形象策划；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市虹口区市场监督管理局", apps=[(("房地产策划师", ""), [4, 3])],
            intro="公司为开发企业提供项目定位、营销策划和代理销售服务，策划人员80余名。",
            field_desc="主要从事房地产营销策划与代理", form_date=(2025, 1, 23), mail="hongtu", domain="126.com")
    B = Bundle(C)
    r = C.rng
    B.add("申请表（系统打印）.pdf", B.html(T.af_web(C, r)), "application_form")
    I = assoc("fangdichan", 8, (2025, 1, 9), addr="上海市虹口区四川北路1318号", tel="021-63561260")
    B.add("房协推荐函.pdf", B.html(T.assoc_letter(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 4, (2025, 1, 15))
    B.add("虹口区人社局推荐函.pdf", B.odt(T.district_reply(C, r, Bu)), "district_letter", seal=True)
    recs = {"失信被执行人信息": [{"no": "（2024）沪0109执3326号", "court": "上海市虹口区人民法院",
                             "reason": "有履行能力而拒不履行生效法律文书确定义务", "date": "2024-09-03"}]}
    B.add("信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 16), recs)), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 3, 29)), (2023, (2024, 3, 28))]:
        B.add(f"审计报告（{y}年度）.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "zhengze", dt))), "audit_report")
    B.add("营业执照.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.docx(T.work_plan_d(C, r)), "work_plan")
    B.add("承诺书.docx", B.raw_docx(T.pledge(C, r, "C", seal=False)), "pledge", "text", seal=False)
    B.add("廉洁责任书.pdf", B.docx(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.docx(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "tao", "docx", lambda o, lv, sn: f"样题/房地产策划师{CN[lv]}理论知识试卷.pdf")
    return C, B, dict(verdict="fail", causes=["credit_dishonest", "signed_material_docx_only"],
                      defects=["信用报告“失信被执行人信息”查见 1 条（（2024）沪0109执3326号）",
                               "承诺书仅为可编辑.docx（复核项，被失信记录吸收）"],
                      why="信用报告列有失信被执行人记录，直接不通过；承诺书只有Word版本本应复核，但有明确否决项时判为不通过。")


@package
def q25():
    C = ctx("Q25", name="上海茶语餐饮管理有限公司", kind="company", district="黄浦区",
            code=mkcode("Q25", "91", "310101"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2017, 4, 17), lic_date=(2024, 4, 2), capital="人民币800.0000万元整",
            scope="许可项目：食品经营。一般项目：餐饮管理；品牌管理；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市黄浦区市场监督管理局", apps=[(("调饮师", ""), [5, 4, 3])],
            intro="公司为连锁新式茶饮品牌，在沪直营门店96家，设调饮研发中心和员工学院。",
            field_desc="主要从事新式茶饮连锁经营", form_date=(2025, 1, 24), mail="hr", domain="chayu.com")
    B = Bundle(C)
    B.mac = True
    r = C.rng
    top = "茶语申报材料/"
    B.add(top + "1.申请表.pdf", B.html(T.af_web(C, r)), "application_form")
    I = gov("swei", 21, (2025, 1, 14))
    B.add(top + "2.商务委推荐函.pdf", B.rl(T.industry_letter(C, r, I, mode="func", date_cn=True), "cid"), "industry_letter", seal=True)
    Bu = bureau(C, 8, (2025, 1, 17))
    B.add(top + "3.黄浦区人社局推荐函.pdf", B.docx(T.opinion_form(C, r, Bu, district=True)), "district_letter", seal=True)
    B.add(top + "4.信用报告.pdf", B.rl(T.credit_special(C, r, credit_R(C, (2025, 1, 18))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 4, 12)), (2023, (2024, 4, 11))]:
        B.add(top + f"5.审计报告{y}.pdf", B.rl(T.audit_report(C, r, audit_A(C, y, "shenheng", dt, title_only=(y == 2023))), "cid"), "audit_report")
    B.add(top + "6.营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    B.add(top + "7.工作方案.pdf", B.docx(T.work_plan(C, r, "B")), "work_plan")
    B.add(top + "7.承诺书.pdf", B.docx(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add(top + "7.廉洁责任书.pdf", B.docx(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add(top + "8.实施方案.pdf", B.docx(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "mn", "docx", lambda o, lv, sn: top + f"9.样题/调饮师{CN[lv]}模拟试卷{sn}.pdf")
    B.add(top + "10.其他/考核场地照片1.jpg", B.sitephoto("调饮实操区"), "other", "none")
    B.add(top + "10.其他/考核场地照片2.jpg", B.sitephoto("理论考场"), "other", "none")
    B.add(top + "10.其他/IMG_3321.jpg", B.sitephoto(faint=True), "other", "none")
    B.add(top + "10.其他/考核点平面图.pdf", B.make("reportlab canvas(embedded TTF)", lambda o: T.floor_plan_pdf(C, o)), "other")
    B.add(top + "10.其他/师资名单.pdf", B.html(T.teacher_list(C, r)), "other")
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="macOS压缩（含__MACOSX与.DS_Store垃圾）；2023年审计报告年份只出现在封面“2023年度”与报表日期“2023年12月31日”；附场地照片（其中一张模糊不可读，属附加材料不影响结论）、平面图、师资名单。")


@package
def q26():
    C = ctx("Q26", name="上海古韵园林盆景有限公司", kind="company", district="青浦区",
            code=mkcode("Q26", "91", "310118"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2008, 9, 9), lic_date=(2022, 5, 16), capital="人民币150.0000万元整",
            scope="一般项目：盆景培育与销售；园林绿化工程施工；花卉种植；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市青浦区市场监督管理局", apps=[(("盆景师", ""), [5, 4, 3])],
            intro="公司在朱家角镇建有盆景园120亩，收藏海派盆景2000余盆，多次获中国盆景展金奖。",
            field_desc="主要从事海派盆景培育与园林工程", form_date=(2025, 1, 20), style={"font": "kai"})
    C.style["font"] = "serif"
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.html(T.af_kv(C, r)), "application_form")
    I = gov("lhsr", 16, (2025, 1, 10))
    B.add("市绿化市容局推荐函.pdf", B.docx(T.industry_reply(C, r, I)), "industry_letter", seal=True)
    O = issuer("上海市青浦区绿化和市容管理局", "青绿容〔2025〕6号", (2025, 1, 15), "other", seed_of("青浦绿容"), self="我局")
    B.add("考核点推荐函.pdf", B.html(T.site_letter_other(C, r, O)), "district_letter", seal=True)
    B.add("信用报告.pdf", B.rl(T.credit_platform(C, r, credit_R(C, (2025, 1, 16)))), "credit_report")
    for y, dt in [(2022, (2023, 3, 16)), (2023, (2024, 3, 14))]:
        B.add(f"审计报告_{y}.pdf", B.odt(T.audit_report(C, r, audit_A(C, y, "zhengze", dt, old=True))), "audit_report")
    B.add("营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.odt(T.work_plan(C, r, "C")), "work_plan")
    B.add("承诺书.pdf", B.odt(T.pledge(C, r, "A")), "pledge", seal=True)
    B.add("廉洁责任书.pdf", B.odt(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.odt(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "yt", "odt", lambda o, lv, sn: f"样题_盆景师{CN[lv]}.pdf")
    return C, B, dict(verdict="fail", causes=["district_letter_wrong_issuer"],
                      defects=["考核点推荐函由“上海市青浦区绿化和市容管理局”出具，不是区人力资源和社会保障局；包内无区人社局推荐函"],
                      why="缺少考核点所在区人社部门推荐函，替代函件的出具机关不是区人社局。")


@package
def q27():
    C = ctx("Q27", name="上海膳安餐饮管理有限公司", kind="company", district="宝山区",
            code=mkcode("Q27", "91", "310113"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2013, 6, 28), lic_date=(2023, 11, 6), capital="人民币1000.0000万元整",
            scope="许可项目：餐饮服务；食品销售。一般项目：餐饮管理；食品安全管理咨询；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市宝山区市场监督管理局", apps=[(("食品安全管理师", ""), [4, 3])],
            intro="公司承接学校、企业食堂团餐服务，日供餐6万份，设食品安全管理部和培训中心。",
            field_desc="主要从事团餐服务和食堂食品安全管理", form_date=(2025, 1, 22), style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    B.add("01申请表.pdf", B.odt(T.af_matrix(C, r, "√")), "application_form")
    I = assoc("pengren", 11, (2025, 1, 10), addr="上海市黄浦区茂名南路205号", tel="021-64453355")
    B.add("02行业推荐函.pdf", B.odt(T.opinion_form(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 9, (2025, 1, 16))
    B.add("03区人社推荐函.pdf", B.rl(T.district_letter_b(C, r, Bu)), "district_letter", seal=True)
    B.add("04信用报告.pdf", B.html(T.credit_national(C, r, credit_R(C, (2025, 1, 17), issuer_name="国家公共信用信息中心"))), "credit_report")
    for y, dt in [(2022, (2023, 4, 7)), (2023, (2024, 4, 10))]:
        B.add(f"05审计报告{y}.pdf", B.docx(T.audit_report_toc(C, r, audit_A(C, y, "lidaxin", dt))), "audit_report")
    B.add("06营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    B.add("07工作方案.pdf", B.odt(T.work_plan(C, r, "A")), "work_plan")
    B.add("08承诺书.pdf", B.odt(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("09廉洁责任书.pdf", B.rl(T.integrity(C, r, "B", seal=False)), "integrity_letter", seal=False)
    B.add("10实施方案.pdf", B.odt(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "occ", "ab", "odt", lambda o, lv, sn: "11样卷（四级、三级各A、B卷）.pdf")
    return C, B, dict(verdict="review", causes=["seal_missing"],
                      defects=["廉洁责任书为打印件，落款处无单位公章"],
                      why="廉洁责任书需盖章，本包该文件无印章，需人工核实；其余材料齐全。")


@package
def q28():
    C = ctx("Q28", **anju_common("Q28"), apps=[(("保洁员", ""), [4, 3]), (("生活垃圾清运工", "生活垃圾收集工"), [5, 4])],
            form_date=(2025, 1, 25), style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("安居物业-申请表.pdf", B.html(T.af_ticks(C, r, "■", "□", seal=True)), "application_form")
    I = gov("lhsr", 24, (2025, 1, 17), font="serif")
    B.add("安居物业-绿化市容局推荐函.pdf", B.docx(T.industry_letter_b(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 15, (2025, 1, 21))
    B.add("安居物业-宝山区推荐意见表.pdf", B.rl(T.opinion_form(C, r, Bu, district=True)), "district_letter", seal=True)
    B.add("安居物业-信用报告.pdf", B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 22)))), "credit_report")
    B.add("安居物业-审计报告2022.pdf", B.scan(B.odt(T.audit_report(C, r, audit_A(C, 2022, "pujiang", (2023, 4, 18), cover=False))), dpi=200, bilevel=True), "audit_report", "none")
    B.add("安居物业-审计报告2023.pdf", B.scan(B.odt(T.audit_report(C, r, audit_A(C, 2023, "pujiang", (2024, 4, 9), cover=False))), dpi=200, bilevel=True), "audit_report", "none")
    B.add("安居物业-营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    B.add("安居物业-工作方案.pdf", B.html(T.work_plan_d(C, r)), "work_plan")
    B.add("安居物业-承诺书.pdf", B.html(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("安居物业-廉洁责任书.pdf", B.html(T.integrity(C, r, "B")), "integrity_letter", seal=True)
    B.add("安居物业-实施方案.pdf", B.docx(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "jn", "docx", lambda o, lv, sn: f"安居物业-技能考核试题-{o[1]}{CN[lv]}.pdf")
    return C, B, dict(verdict="fail", causes=["duplicate_application"],
                      defects=["同一单位（上海安居物业服务有限公司）已在Q05申报保洁员，本包再次申报保洁员"],
                      why="本包材料齐全，但同一组织对保洁员重复申报（Q05与Q28），两包均不通过。")


@package
def q29():
    C = ctx("Q29", name="上海沪北管道工程有限公司", kind="company", district="静安区",
            code=codes.make(random.Random("Q29"), "91", "310108", "num"), type_word="有限责任公司",
            type_line="有限责任公司（自然人投资或控股）", founded=(1998, 4, 20), lic_date=(2020, 7, 9),
            capital="人民币2000.0000万元整", addr="上海市静安区共和新路3088弄2号",
            scope="许可项目：建设工程施工。一般项目：管道工程技术服务；给排水设备安装；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市静安区市场监督管理局", apps=[(("管工", ""), [5, 4, 3, 2])],
            intro="公司成立于1998年（原闸北区），具备市政公用工程施工总承包二级资质，管道施工人员450名，设管工实训车间。",
            field_desc="主要从事市政给排水和燃气管道施工", form_date=(2025, 1, 18), style={"font": "song"})
    B = Bundle(C)
    r = C.rng
    B.add("1、申请表.pdf", B.docx(T.af_page2(C, r)), "application_form")
    I = gov("zjw", 18, (2025, 1, 9))
    B.add("2、行业主管部门推荐函.pdf", B.odt(T.industry_letter(C, r, I, mode="hanr", docno_pos="right")), "industry_letter", seal=True)
    Bu = bureau(C, 5, (2025, 1, 13), fn=False)
    B.add("3、静安区人社局推荐函.pdf", B.rl(T.district_letter(C, r, Bu, mode="site", lh_suffix="文件")), "district_letter", seal=True)
    B.add("4、信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 14)))), "credit_report")
    for y, dt in [(2022, (2023, 3, 13)), (2023, (2024, 3, 11))]:
        B.add(f"5、{y}年审计报告.pdf", B.docx(T.audit_report(C, r, audit_A(C, y, "dongshen", dt, old=True))), "audit_report")
    B.add("6、营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("7、工作方案.pdf", B.docx(T.work_plan(C, r, "C")), "work_plan")
    B.add("8、承诺书.pdf", B.docx(T.pledge_d(C, r)), "pledge", seal=True)
    B.add("9、廉洁责任书.pdf", B.docx(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("10、实施方案.pdf", B.docx(T.impl_paragraph(C, r)), "implementation_plan")
    B.add("10、评价方案.pdf", B.docx(T.eval_plan_doc(C, r, *C.apps[0])), "evaluation_plan")
    samples(C, B, "level", "yi", "rl", lambda o, lv, sn: f"11、样题/管工{CN[lv]}.pdf")
    B.add("0、目录.pdf", B.rl(T.toc_doc(C, [("申请表", "1"), ("行业主管部门推荐函", "市住建委"), ("区人社局推荐函", "静安区"),
                                            ("信用报告", ""), ("2022、2023年审计报告", ""), ("营业执照", ""), ("工作方案", ""),
                                            ("承诺书", ""), ("廉洁责任书", ""), ("实施方案、评价方案", ""), ("样题", "五级至二级各两套")]), "cid"), "other")
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="信用代码区划310108（原闸北区，历史代码仍有效）且校验位正确；管工五级至二级，评价方案单独成文，每级两套样题；审计报告为旧版格式（审计意见在最后）。")


@package
def q30():
    C = ctx("Q30", name="上海智造增材科技有限公司", kind="company", district="嘉定区",
            code=mkcode("Q30", "91", "310114"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2016, 1, 19), lic_date=(2023, 5, 25), capital="人民币1500.0000万元整",
            scope="一般项目：增材制造装备制造；3D打印服务；3D打印基础材料销售；技术服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市嘉定区市场监督管理局", apps=[(("增材制造设备操作员", ""), [5, 4, 3, 2, 1])],
            intro="公司拥有金属及高分子增材制造设备60余台，建有增材制造实训中心，是市级专精特新企业。",
            field_desc="主要从事增材制造装备研制和打印服务", form_date=(2025, 1, 23), style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("01申请表.pdf", B.html(T.af_page2(C, r)), "application_form")
    I = assoc("zengcai", 4, (2025, 1, 13), addr="上海市嘉定区叶城路1288号", tel="021-69918800")
    B.add("02行业推荐函.pdf", B.html(T.assoc_letter(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 10, (2025, 1, 16))
    B.add("03嘉定区人社局推荐函.pdf", B.odt(T.district_reply(C, r, Bu)), "district_letter", seal=True)
    B.add("04信用报告.pdf", B.rl(T.credit_special(C, r, credit_R(C, (2025, 1, 17))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 3, 9)), (2023, (2024, 3, 7))]:
        B.add(f"05审计报告{y}.pdf", B.rl(T.audit_report_toc(C, r, audit_A(C, y, "lidaxin", dt))), "audit_report")
    B.add("06营业执照.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("07工作方案.pdf", B.html(T.work_plan(C, r, "B")), "work_plan")
    B.add("08承诺书.pdf", B.html(T.pledge(C, r, "C")), "pledge", seal=True)
    B.add("09廉洁责任书.pdf", B.html(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("10实施方案.pdf", B.rl(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "yi", "rlcid", lambda o, lv, sn: f"11样题/{CN[lv]}样题{'一二'[sn - 1]}.pdf", skip={(0, 2, 2)})
    B.add("12场地照片.jpg", B.sitephoto("增材实训中心"), "other", "none")
    return C, B, dict(verdict="fail", causes=["only_one_sample_set"],
                      defects=["增材制造设备操作员二级只有“样题一”，缺第二套样题（其余四个等级各两套）"],
                      why="通知要求每个申报等级两套样题；二级仅一套。")


@package
def q31():
    good = mkcode("Q31", "91", "310109")
    C = ctx("Q31", name="上海环测科技有限公司", kind="company", district="虹口区",
            code=codes.break_final(good), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2015, 10, 13), lic_date=(2024, 7, 30), capital="人民币600.0000万元整",
            scope="一般项目：环境监测服务；温室气体排放监测；环保咨询服务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市虹口区市场监督管理局", apps=[(("碳排放管理员", "碳排放监测员"), [4, 3])],
            intro="公司具备CMA资质，开展固定源温室气体连续监测和环境监测业务，监测人员90名。",
            field_desc="主要从事环境与温室气体排放监测", form_date=(2025, 1, 24), style={"font": "wqy"})
    B = Bundle(C)
    B.mac = True
    r = C.rng
    top = "环测科技/"
    B.add(top + "申请表.pdf", B.rl(T.af_ticks(C, r, "√", "□")), "application_form")
    I = gov("sthj", 14, (2025, 1, 14), font="wqy")
    B.add(top + "推荐函-生态环境局.pdf", B.html(T.industry_reply(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 11, (2025, 1, 17))
    B.add(top + "推荐函-虹口区人社局.pdf", B.docx(T.district_letter_b(C, r, Bu)), "district_letter", seal=True)
    B.add(top + "信用报告.pdf", B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 20))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 4, 26)), (2023, (2024, 4, 24))]:
        B.add(top + f"审计报告{y}.pdf", B.odt(T.audit_report(C, r, audit_A(C, y, "huicheng", dt))), "audit_report")
    B.add(top + "营业执照.pdf", B.cert(lic_spec(C), "html"), "registration_certificate", seal=True)
    wp = B.merge(B.docx(T.work_plan(C, r, "B")), B.docx(T.pledge(C, r, "A")), B.docx(T.integrity(C, r, "C")))
    B.add(top + "工作方案.pdf", wp, "work_plan+pledge+integrity_letter", seal=True)
    B.add(top + "实施方案.pdf", B.odt(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "jn", "html", lambda o, lv, sn: top + f"样题/碳排放监测员{CN[lv]}技能操作考核试题.pdf")
    return C, B, dict(verdict="review", causes=["credit_code_checksum"],
                      defects=[f"统一社会信用代码{C.code}第18位校验码不正确（按GB 32100应为{good[17]}）"],
                      why="各材料一致使用同一代码，但其校验位不通过；按规则送人工复核而非直接否决。macOS压缩包含__MACOSX垃圾。")


@package
def q32():
    C = ctx("Q32", name="上海康膳营养职业技能培训中心", kind="minfei", district="普陀区",
            code=mkcode("Q32", "52", "310107", "MJ"), type_word="民办非企业单位", type_line="",
            founded=(2017, 8, 1), lic_date=(2022, 8, 15), valid_from=(2022, 8, 15), capital="人民币30万元",
            scope="公共营养、膳食指导等职业技能培训", biz_unit="上海市普陀区人力资源和社会保障局",
            reg_auth="上海市普陀区民政局", apps=[(("营养师", "公共营养师"), [4, 3, 2])],
            intro="中心是普陀区民办职业培训机构，专注营养配餐和公共营养培训，年培训学员1500人次。",
            field_desc="主要从事营养配餐与公共营养职业培训", form_date=(2025, 1, 19), short="康膳中心",
            style={"font": "song"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.gs(B.docx(T.af_page2(C, r))), "application_form")
    I = gov("wjw", 15, (2025, 1, 10))
    B.add("行业主管部门推荐函.pdf", B.gs(B.docx(T.industry_letter(C, r, I, mode="func"))), "industry_letter", seal=True)
    Bu = bureau(C, 3, (2025, 1, 14))
    B.add("区人社局推荐函.pdf", B.gs(B.odt(T.district_letter(C, r, Bu, mode="site", date_cn=True))), "district_letter", seal=True)
    B.add("信用报告.pdf", B.rl(T.credit_platform(C, r, credit_R(C, (2025, 1, 15))), "cid"), "credit_report")
    for y, dt in [(2022, (2023, 5, 12)), (2023, (2024, 5, 10))]:
        B.add(f"审计报告/{y}年度.pdf", B.gs(B.docx(T.audit_report(C, r, audit_A(C, y, "huicheng", dt, nonprofit=True, cn=True)))), "audit_report")
    B.add("民非登记证书.pdf", B.cert(minfei_spec(C), "html"), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.gs(B.odt(T.work_plan(C, r, "A"))), "work_plan")
    B.add("承诺书.pdf", B.gs(B.odt(T.pledge(C, r, "C"))), "pledge", seal=True)
    B.add("廉洁责任书.pdf", B.gs(B.odt(T.integrity(C, r, "B"))), "integrity_letter", seal=True)
    B.add("实施方案.docx", B.raw_docx(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "tao", "raw_docx", lambda o, lv, sn: f"样题/公共营养师{CN[lv]}试卷.docx")
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="民办非企业单位；审计报告按民间非营利组织会计制度（业务活动表），年份用中文数字（二〇二二/二〇二三年度）；多份PDF经Ghostscript重新蒸馏；实施方案与样题为.docx（非签章材料）。")


@package
def q33():
    C = ctx("Q33", name="上海热工计量检测技术有限公司", kind="company", district="嘉定区",
            code=mkcode("Q33", "91", "310114"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2012, 3, 6), lic_date=(2022, 3, 30), capital="人民币300.0000万元整",
            scope="一般项目：计量技术服务；仪器仪表修理；技术服务；职业技能培训（不含需取得许可的培训）。许可项目：检验检测服务。",
            reg_auth="上海市嘉定区市场监督管理局", apps=[(("计量员", "热工计量员"), [4, 3])],
            intro="公司建有温度、压力计量标准装置12项，为汽车零部件企业提供计量校准服务。",
            field_desc="主要从事热工计量校准和检测服务", form_date=(2025, 1, 22), style={"font": "wqy"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.docx(T.af_matrix(C, r, "√")), "application_form")
    I = assoc("jiliang", 3, (2025, 1, 9), addr="上海市徐汇区宜山路716号", tel="021-64701234")
    B.add("推荐函（计量协会）.pdf", B.rl(T.opinion_form(C, r, I), "cid"), "industry_letter", seal=True)
    Bu = bureau(C, 12, (2025, 1, 15))
    B.add("推荐函（嘉定区人社局）.pdf", B.html(T.district_reply(C, r, Bu)), "district_letter", seal=True)
    B.add("信用报告.pdf", B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 16)))), "credit_report")
    B.add("审计报告（2021年度）.pdf", B.docx(T.audit_report_toc(C, r, audit_A(C, 2021, "pujiang", (2022, 4, 15)))), "audit_report")
    B.add("审计报告（2023年度）.pdf", B.docx(T.audit_report_toc(C, r, audit_A(C, 2023, "pujiang", (2024, 4, 12)))), "audit_report")
    B.add("营业执照.pdf", B.cert(lic_spec(C)), "registration_certificate", seal=True)
    B.add("工作方案.pdf", B.docx(T.work_plan(C, r, "C")), "work_plan")
    B.add("承诺书.pdf", B.docx(T.pledge(C, r, "B")), "pledge", seal=True)
    B.add("廉洁责任书.pdf", B.docx(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.html(T.impl_chapters(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "ab", "docx", lambda o, lv, sn: f"样卷/热工计量员{CN[lv]}{'AB'[sn - 1]}卷.pdf")
    return C, B, dict(verdict="fail", causes=["missing_required"],
                      defects=["审计报告为2021年度和2023年度，缺2022年度审计报告（近两年应为2022、2023）"],
                      why="近两年财务审计报告缺2022年度，2021年度不能替代：缺少必需材料。")


@package
def q34():
    C = ctx("Q34", name="上海艾康中医养生保健有限公司", kind="company", district="松江区",
            code=mkcode("Q34", "91", "310117"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2018, 5, 8), lic_date=(2023, 1, 12), capital="人民币100.0000万元整",
            scope="一般项目：中医养生保健服务（非医疗）；养生保健服务（非医疗）；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市松江区市场监督管理局", apps=[(("保健调理师", "保健艾灸师"), [5, 4])],
            intro="公司经营艾灸养生馆15家，保健调理从业人员160名。",
            field_desc="主要从事艾灸养生保健服务", form_date=(2025, 1, 18), remarks=["门店15家"], style={"font": "serif"})
    B = Bundle(C)
    r = C.rng
    B.add("申请表.pdf", B.rl(T.af_range(C, r, "至"), "cid"), "application_form")
    I = assoc("yangsheng", 11, (2025, 1, 10), addr="上海市徐汇区零陵路899号", tel="021-64870321")
    B.add("行业协会推荐函.pdf", B.docx(T.assoc_letter(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 6, (2025, 1, 14))
    B.add("松江区人社局推荐函.pdf", B.html(T.district_letter_b(C, r, Bu)), "district_letter", seal=True)
    B.add("信用报告.pdf", B.rl(T.credit_platform(C, r, credit_R(C, (2025, 1, 15)))), "credit_report")
    for y, dt in [(2022, (2023, 3, 22)), (2023, (2024, 3, 20))]:
        B.add(f"审计报告{y}.pdf", B.odt(T.audit_report(C, r, audit_A(C, y, "zhengze", dt))), "audit_report")
    B.add("营业执照.jpg", B.jpgscan(B.cert(lic_spec(C)), dpi=150, gray=False, quality=55), "registration_certificate", "none", seal=True)
    B.add("工作方案.pdf", B.odt(T.work_plan(C, r, "B")), "work_plan")
    B.add("微信图片_20250118103522.jpg", B.photo(B.odt(T.pledge(C, r, "A")), poor=True, width=700), "pledge", "none", seal=True)
    B.add("廉洁责任书.pdf", B.odt(T.integrity(C, r, "C")), "integrity_letter", seal=True)
    B.add("实施方案.pdf", B.odt(T.impl_paragraph(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "level", "yt", "odt", lambda o, lv, sn: f"样题/保健艾灸师{CN[lv]}样题.pdf")
    return C, B, dict(verdict="review", causes=["unreadable_required"],
                      defects=["承诺书只有一张手机翻拍照片，严重模糊、偏暗，无法辨认内容和印章"],
                      why="必需材料承诺书仅有不可读的照片，需人工核实；营业执照为清晰的彩色JPG扫描。")


@package
def q35():
    C = ctx("Q35", name="上海信维信用管理咨询有限公司", kind="company", district="虹口区",
            code=mkcode("Q35", "91", "310109"), type_word="有限责任公司", type_line="有限责任公司（自然人投资或控股）",
            founded=(2014, 2, 18), lic_date=(2024, 1, 22), capital="人民币500.0000万元整",
            scope="一般项目：信用服务；企业信用管理咨询服务；企业征信业务；职业技能培训（不含需取得许可的培训）。",
            reg_auth="上海市虹口区市场监督管理局", apps=[(("信用管理师", ""), [4, 3])],
            intro="公司为备案企业征信机构，为金融机构和企业提供信用评估和应收账款管理服务，信用分析师70名。",
            field_desc="主要从事企业信用评估与信用管理咨询", form_date=(2025, 1, 21), mail="xw", domain="xinwei-credit.com")
    B = Bundle(C)
    r = C.rng
    B.add("01 申请表.pdf", B.html(T.af_web(C, r)), "application_form")
    I = assoc("xinyong", 7, (2025, 1, 10), addr="上海市虹口区东大名路1089号", tel="021-65120088")
    B.add("02 行业推荐函.pdf", B.docx(T.opinion_form(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 2, (2025, 1, 14))
    B.add("03 区人社局推荐函.pdf", B.rl(T.district_letter_short(C, r, Bu), "cid"), "district_letter", seal=True)
    cr = B.rl(T.credit_xyzg(C, r, credit_R(C, (2025, 1, 15))))
    B.add("04 信用报告（平台下载原件）.pdf", B.encrypt(cr), "credit_report", "encrypted")
    B.add("04 信用报告.pdf", cr, "credit_report")
    for y, dt in [(2022, (2023, 3, 30)), (2023, (2024, 3, 28))]:
        B.add(f"05 审计报告{y}.pdf", B.docx(T.audit_report_toc(C, r, audit_A(C, y, "shenheng", dt))), "audit_report")
    B.add("06 营业执照.pdf", B.html(T.elicense_html(C, lic_spec(C)), "chromium(html e-licence printout)"), "registration_certificate", seal=True)
    B.add("07 工作方案.pdf", B.docx(T.work_plan_d(C, r)), "work_plan")
    B.add("08 承诺书.pdf", B.docx(T.pledge(C, r, "C")), "pledge", seal=True)
    B.add("09 廉洁责任书.pdf", B.docx(T.integrity(C, r, "A")), "integrity_letter", seal=True)
    B.add("10 实施方案.pdf", B.docx(T.impl_table(C, r)), "implementation_plan")
    for o, lvs in C.apps:
        B.add("10 评价方案.pdf", B.html(T.eval_plan_doc(C, r, o, lvs)), "evaluation_plan")
    samples(C, B, "set", "tao", "docx", lambda o, lv, sn: f"11 样题/信用管理师{CN[lv]}（第{'一二'[sn - 1]}套）.pdf")
    return C, B, dict(verdict="pass", causes=[], defects=[],
                      why="信用报告“平台下载原件”被加密不可读，但同包另有同一报告的可读副本，故不影响结论；评价方案单独成文。")


@package
def q36():
    good = mkcode("Q36", "52", "310115", "MJ")
    C = ctx("Q36", name="上海东方药学职业技能培训中心", kind="minfei", district="浦东新区",
            code=codes.break_embedded(good), type_word="民办非企业单位", type_line="",
            founded=(2019, 3, 12), lic_date=(2024, 3, 20), valid_from=(2024, 3, 20), capital="人民币100万元",
            scope="药物制剂、药品检验等职业技能培训", biz_unit="上海市浦东新区人力资源和社会保障局",
            reg_auth="上海市浦东新区民政局", apps=[(("药物制剂工", "注射剂制备"), [4, 3])],
            intro="中心依托张江药谷开展制药行业技能培训，建有无菌制剂模拟车间，年培训1200人次。",
            field_desc="主要从事制药企业技能人才培训", form_date=(2025, 1, 23), short="东方药学",
            style={"font": "fangsong"})
    B = Bundle(C)
    r = C.rng
    B.add("1.申请表.pdf", B.docx(T.af_kv(C, r)), "application_form")
    I = gov("yjj", 25, (2025, 1, 13))
    B.add("2.药监局推荐函.pdf", B.odt(T.industry_letter_b(C, r, I)), "industry_letter", seal=True)
    Bu = bureau(C, 16, (2025, 1, 16))
    B.add("3.浦东新区人社局推荐函.pdf", B.rl(T.district_reply(C, r, Bu), "cid"), "district_letter", seal=True)
    B.add("4.信用报告.pdf", B.html(T.credit_special(C, r, credit_R(C, (2025, 1, 17)))), "credit_report")
    for y, dt in [(2022, (2023, 4, 28)), (2023, (2024, 4, 26))]:
        B.add(f"5.审计报告{y}.pdf", B.odt(T.audit_report_toc(C, r, audit_A(C, y, "dongshen", dt, nonprofit=True))), "audit_report")
    B.add("6.民办非企业单位登记证书.pdf", B.cert(minfei_spec(C)), "registration_certificate", seal=True)
    B.add("7.工作方案.pdf", B.odt(T.work_plan(C, r, "C")), "work_plan")
    B.add("8.承诺书.pdf", B.odt(T.pledge_d(C, r)), "pledge", seal=True)
    B.add("9.廉洁责任书.pdf", B.odt(T.integrity(C, r, "B")), "integrity_letter", seal=True)
    B.add("10.实施方案.pdf", B.html(T.impl_table(C, r)), "implementation_plan+evaluation_plan")
    samples(C, B, "set", "yt", "html", lambda o, lv, sn: f"11.样题/注射剂制备{CN[lv]}样题（{'一二'[sn - 1]}）.pdf")
    return C, B, dict(verdict="review", causes=["credit_code_checksum"],
                      defects=[f"统一社会信用代码{C.code}：第18位与前17位相符，但第9–17位内嵌的组织机构代码校验位错误（应为{good[16]}）"],
                      why="民办非企业单位，材料齐全一致；信用代码的GB 11714内嵌校验位不通过，按规则送人工复核。")
