"""Fictitious applicants: names (with 某, as in the samples), 统一社会信用代码
that pass both check characters, registration types, addresses and figures.

An applicant is a dict with the keys scripts/samples/content.py reads (name,
code, nature, type, legal_rep, founded, capital, scope, registrar,
licence_date, address, site, district, contact, phone, trained, staff,
assessors, fin) plus `reg` (company | minfei | shetuan | shiye | branch) and
`sponsor` (业务主管单位 / 举办单位) where the registration has one.
"""

import packages as sample_packages  # scripts/samples/packages.py
import uscc  # scripts/samples/uscc.py

DISTRICT_BY_CODE = dict(sample_packages.DISTRICT_BY_CODE)
DISTRICTS = list(DISTRICT_BY_CODE.items())  # [(division, district)]
# Historical divisions still printed on valid codes, with the district the
# address is in today.
HISTORICAL = [("310108", "静安区"), ("310103", "黄浦区"), ("310119", "浦东新区")]
NON_SHANGHAI = [
    ("320505", "江苏省苏州市虎丘区", "苏州市虎丘区市场监督管理局"),
    ("330106", "浙江省杭州市西湖区", "杭州市西湖区市场监督管理局"),
    ("110108", "北京市海淀区", "北京市海淀区市场监督管理局"),
    ("320583", "江苏省昆山市", "昆山市市场监督管理局"),
    ("330402", "浙江省嘉兴市南湖区", "嘉兴市南湖区市场监督管理局"),
]

ROADS = {
    "黄浦区": ["中山南路", "西藏南路", "瞿溪路", "制造局路"],
    "徐汇区": ["漕宝路", "钦州路", "宜山路", "虹漕路"],
    "长宁区": ["天山路", "仙霞路", "金钟路", "临虹路"],
    "静安区": ["共和新路", "万荣路", "江场西路", "汶水路"],
    "普陀区": ["真南路", "金沙江路", "中山北路", "同普路"],
    "虹口区": ["四平路", "曲阳路", "广纪路", "东长治路"],
    "杨浦区": ["军工路", "国权路", "政立路", "长阳路"],
    "闵行区": ["莘松路", "七莘路", "虹梅南路", "剑川路"],
    "宝山区": ["友谊路", "牡丹江路", "沪太路", "蕰川路"],
    "嘉定区": ["墨玉路", "嘉松北路", "叶城路", "城北路"],
    "浦东新区": ["张江路", "川沙路", "金桥路", "年家浜路", "博园路"],
    "金山区": ["龙航路", "卫零路", "金山大道", "亭卫公路"],
    "松江区": ["荣乐东路", "新飞路", "九亭大街", "广富林路"],
    "青浦区": ["华徐公路", "外青松公路", "崧泽大道", "盈港东路"],
    "奉贤区": ["望园路", "南桥路", "环城东路", "大叶公路"],
    "崇明区": ["城桥镇东门路", "北沿公路", "陈家镇揽海路", "新河镇新申路"],
}

BRAND_CHARS = ("安邦宝博诚达鼎东丰福富光广国海浩和恒弘鸿华辉汇佳嘉建杰金锦晶竞骏凯康科坤兰朗乐立利联良林龙隆路茂美铭明南鹏品平启谦"
               "庆瑞润盛实世仕泰通同万威伟文祥翔新信星兴旭亚扬业益逸永优远岳云泽展正致智众卓")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉宁飞琳燕晨凯宇浩瑞佳倩婷雪琴欣颖丹斌鹏斌云峰"

INDUSTRY_BY_OCC = {
    "政务服务办事员": ["政务咨询服务", "人力资源", "企业服务"],
    "调饮师": ["餐饮管理", "茶饮文化", "餐饮服务"],
    "食品安全管理师": ["食品科技", "餐饮管理", "食品检测技术"],
    "网络与信息安全管理师": ["信息技术", "网络科技", "数据科技"],
    "数字化解决方案设计师": ["数字科技", "信息技术", "软件科技"],
    "数字孪生应用技术员": ["智能科技", "数字科技", "智能制造技术"],
    "房地产策划师": ["房地产咨询", "置业顾问", "房地产经纪"],
    "科技咨询师": ["科技咨询", "科技服务", "技术转移"],
    "信用管理师": ["信用管理咨询", "征信服务", "信用评估"],
    "计量员": ["计量检测技术", "检测技术", "仪器仪表"],
    "色彩搭配师": ["形象设计", "服饰文化", "设计咨询"],
    "碳排放管理员": ["环境科技", "低碳科技", "节能科技"],
    "建筑节能减排咨询师": ["建筑节能科技", "节能科技", "绿色建筑技术"],
    "保洁员": ["家政服务", "物业管理", "保洁服务"],
    "生活垃圾清运工": ["环境卫生服务", "环保科技", "市容环境服务"],
    "盆景师": ["园林绿化", "园艺", "花卉园艺"],
    "保健调理师": ["健康管理", "中医养生", "保健服务"],
    "医疗护理员": ["护理服务", "健康管理", "医疗护理"],
    "营养师": ["营养健康科技", "健康管理", "营养咨询"],
    "助听器验配师": ["听力技术", "医疗器械", "听力康复"],
    "社群健康助理员": ["健康管理", "社区服务", "健康科技"],
    "化工总控工": ["化工科技", "化工技术", "化工工程"],
    "药物制剂工": ["医药科技", "制药技术", "生物医药"],
    "增材制造设备操作员": ["增材制造技术", "三维科技", "智能装备"],
    "管工": ["机电安装工程", "建设工程", "管道工程"],
    "轨道交通信号工": ["轨道交通技术", "轨道交通设备", "信号技术"],
}
GENERIC_INDUSTRY = ["职业技能培训", "教育科技", "人才发展", "职业培训", "人力资源"]

COMPANY_TYPES = [
    (60, "有限责任公司（自然人投资或控股）"),
    (15, "有限责任公司（自然人独资）"),
    (10, "其他有限责任公司"),
    (8, "股份有限公司（非上市、自然人投资或控股）"),
    (7, "有限责任公司（国有控股）"),
]
BRANCH_TYPE = sample_packages.BRANCH_TYPE


def wchoice(rng, pairs):
    total = sum(w for w, _ in pairs)
    x = rng.uniform(0, total)
    for w, v in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][1]


def person(rng):
    """A fictitious name in the samples' style: 张某某 or 王某华."""
    s = rng.choice(SURNAMES)
    return s + "某某" if rng.random() < 0.6 else s + "某" + rng.choice(GIVEN)


def _body(rng, head, n):
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return head + "".join(rng.choice(alphabet) for _ in range(n - len(head)))


def code_for(rng, prefix2, division):
    head = {"91": "MA1", "52": "MJ", "51": "50", "12": "42"}.get(prefix2, "")
    return uscc.make(prefix2, division, _body(rng, head, 8))


def broken_code(code):
    """Same code with a wrong 18th character (fails mod-31, GB 11714 digit intact)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    i = alphabet.index(code[17])
    bad = code[:17] + alphabet[(i + 7) % 31]
    assert not uscc.is_valid(bad)
    return bad


def fin(rng):
    """Balance-sheet figures per year 2019-2023, as scripts/samples/packages.fin
    (货币资金, 资产总计, 负债合计, 所有者权益合计) but over five years."""
    scale = rng.randint(1, 24)
    out = {}
    for i, y in enumerate(range(2019, 2024)):
        cash, assets, debt = scale * (66 + 17 * i), scale * (198 + 31 * i), scale * (72 + 9 * i)
        out[y] = ["{:,}.00".format(v) for v in (cash * 1000 + 315, assets * 1000 + 842,
                                                 debt * 1000 + 127, (assets - debt) * 1000 + 715)]
    return out


def _date(rng, y0, y1):
    return f"{rng.randint(y0, y1)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"


def _street(rng, district):
    road = rng.choice(ROADS[district])
    r = rng.random()
    if r < 0.4:
        return f"{road}××号{rng.randint(1, 12)}幢{rng.randint(1, 12)}{rng.randint(1, 20):02d}室"
    if r < 0.7:
        return f"{road}××号{rng.randint(1, 9)}楼"
    return f"{road}××弄{rng.randint(1, 99)}号{rng.randint(1, 6)}层"


def make_org(rng, reg, occ_names, used, division=None, non_shanghai=None):
    """A new applicant. reg: company | minfei | shetuan | shiye | branch.
    used: set of names already taken (updated)."""
    if division is None:
        if rng.random() < 0.03:
            division, reg_district = rng.choice(HISTORICAL)
        else:
            division, reg_district = rng.choice(DISTRICTS)
    else:
        reg_district = DISTRICT_BY_CODE.get(division, "浦东新区")
    site_district = reg_district if rng.random() < 0.7 else rng.choice(DISTRICTS)[1]
    industries = []
    for o in occ_names:
        industries += INDUSTRY_BY_OCC.get(o, [])
    industries = industries or GENERIC_INDUSTRY
    for _ in range(1000):
        brand = "某" + rng.choice(BRAND_CHARS) + (rng.choice(BRAND_CHARS) if rng.random() < 0.8 else "")
        ind = rng.choice(industries) if rng.random() < 0.65 else rng.choice(GENERIC_INDUSTRY)
        if reg == "company":
            suffix = wchoice(rng, [(80, "有限公司"), (12, "股份有限公司"), (8, "集团有限公司")])
            name = f"上海{brand}{ind}{suffix}"
        elif reg == "branch":
            name = f"上海{brand}{ind}有限公司{site_district[:2]}分公司"
        elif reg == "minfei":
            name = wchoice(rng, [(50, f"上海市{reg_district}{brand}职业技能培训学校"),
                                 (30, f"上海{brand}职业培训中心"),
                                 (20, f"上海市{brand}{ind}服务中心")])
        elif reg == "shetuan":
            name = f"上海市{brand}{ind}协会"
        elif reg == "shiye":
            name = f"上海市{brand}职业技能鉴定指导中心"
        else:
            raise ValueError(reg)
        if name not in used:
            used.add(name)
            break
    else:
        raise RuntimeError("cannot find a new applicant name")

    rep = person(rng)
    org = dict(
        name=name, reg=reg, legal_rep=rep, founded=_date(rng, 2003, 2021),
        district=site_district, site=f"上海市{site_district}{_street(rng, site_district)}",
        contact=person(rng), phone=f"021-{rng.randint(3000, 6999)}××××",
        trained=rng.randint(6, 200) * 100, staff=rng.randint(4, 30), assessors=rng.randint(10, 80),
        fin=fin(rng), licence_date=_date(rng, 2019, 2024), industry=ind,
    )
    address = f"上海市{reg_district}{_street(rng, reg_district)}"
    if reg in ("company", "branch"):
        prefix2 = "91"
        org.update(
            nature="企业（有限责任公司）",
            type=(BRANCH_TYPE if reg == "branch" else
                   "股份有限公司（非上市、自然人投资或控股）" if "股份有限公司" in name else
                   wchoice(rng, [t for t in COMPANY_TYPES if not t[1].startswith("股份")])),
            capital="" if reg == "branch" else f"人民币{rng.choice([50, 100, 200, 300, 500, 1000, 2000])}.0000万元整",
            scope=(f"一般项目：{ind}领域内的技术开发、技术咨询、技术服务；职业技能培训（不含需要取得许可的培训）；"
                   "教育咨询服务（不含涉许可审批的教育培训活动）；人力资源服务（不含职业中介活动、劳务派遣服务）。"
                   "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"),
            registrar=f"上海市{reg_district}市场监督管理局" if rng.random() < 0.85 else "上海市市场监督管理局",
        )
        if org["type"].startswith("股份"):
            org["nature"] = "企业（股份有限公司）"
    elif reg == "minfei":
        prefix2 = "52"
        org.update(
            nature="民办非企业单位", type="民办非企业单位（法人）",
            capital=f"人民币{rng.choice([3, 10, 30, 50, 100])}万元",
            scope=f"{ind}、职业技能培训（{'、'.join(occ_names[:2]) or '相关职业'}等）。",
            registrar=f"上海市{reg_district}民政局",
            sponsor=f"上海市{reg_district}{rng.choice(['人力资源和社会保障局', '教育局'])}",
        )
    elif reg == "shetuan":
        prefix2 = "51"
        division = "310000"
        org.update(
            nature="社会团体", type="社会团体法人",
            capital=f"人民币{rng.choice([3, 10, 30, 50])}万元",
            scope=f"行业自律、行业服务、{ind}领域的职业技能培训与评价、咨询服务、交流合作。",
            registrar="上海市社会团体管理局",
            sponsor=rng.choice(["上海市商务委员会", "上海市经济和信息化委员会", "上海市科学技术协会",
                                "上海市卫生健康委员会", "上海市住房和城乡建设管理委员会"]),
        )
    elif reg == "shiye":
        prefix2 = "12"
        division = "310000"
        org.update(
            nature="事业单位", type="事业单位",
            capital=f"人民币{rng.randint(100, 900)}万元",
            scope="开展职业技能鉴定指导服务，促进职业技能人才培养。职业技能鉴定组织实施、考务管理、质量督导。",
            registrar="上海市事业单位登记管理局",
            sponsor=f"上海市{rng.choice(['某某管理局', '某某委员会', '某某办公室'])}",
        )
    if non_shanghai:
        division, place, registrar = non_shanghai
        address = f"{place}{rng.choice(['科技城', '高新区', '经济开发区'])}{rng.choice(['锦峰路', '科灵路', '文三路', '祖冲之路'])}××号"
        org["registrar"] = registrar
    org["address"] = address
    org["code"] = code_for(rng, prefix2, division)
    org["reg_district"] = reg_district
    return org
