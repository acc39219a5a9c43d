"""Content of every document kind, written the way different real issuers write them.
Every builder returns a model.Doc (or model.Cert) and never decides a verdict."""
from catalog import OCC, CN, TRAD, full_name, lvl, lvl_range, sample_items
from model import Doc, Cert

CNUM = "〇一二三四五六七八九"


def cn_date(y, m, d):
    def num(n):
        if n < 10:
            return CNUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CNUM[n - 10]
        return CNUM[n // 10] + "十" + (CNUM[n % 10] if n % 10 else "")
    return "".join(CNUM[int(c)] for c in str(y)) + "年" + num(m) + "月" + num(d) + "日"


def ar_date(y, m, d, style=0):
    if style == 1:
        return f"{y}.{m:02d}.{d:02d}"
    if style == 2:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{y}年{m}月{d}日"


DISTRICTS = {
    "310101": "黄浦区", "310104": "徐汇区", "310105": "长宁区", "310106": "静安区", "310107": "普陀区",
    "310109": "虹口区", "310110": "杨浦区", "310112": "闵行区", "310113": "宝山区", "310114": "嘉定区",
    "310115": "浦东新区", "310116": "金山区", "310117": "松江区", "310118": "青浦区", "310120": "奉贤区",
    "310151": "崇明区",
}
ABBR = {"黄浦区": "黄", "徐汇区": "徐", "长宁区": "长", "静安区": "静", "普陀区": "普", "虹口区": "虹",
        "杨浦区": "杨", "闵行区": "闵", "宝山区": "宝", "嘉定区": "嘉", "浦东新区": "浦", "金山区": "金",
        "松江区": "松", "青浦区": "青", "奉贤区": "奉", "崇明区": "崇"}
ROADS = {
    "黄浦区": ["福州路", "西藏南路", "局门路"], "徐汇区": ["宜山路", "漕溪北路", "虹漕路"],
    "长宁区": ["天山路", "金钟路", "协和路"], "静安区": ["江场西路", "共和新路", "万荣路"],
    "普陀区": ["真北路", "金沙江路", "武威东路"], "虹口区": ["东大名路", "曲阳路", "广纪路"],
    "杨浦区": ["国权北路", "政立路", "长阳路"], "闵行区": ["申长路", "春东路", "光华路"],
    "宝山区": ["沪太路", "逸仙路", "宝杨路"], "嘉定区": ["嘉松北路", "叶城路", "沪宜公路"],
    "浦东新区": ["张衡路", "金科路", "川沙路", "秀浦路"], "金山区": ["龙航路", "亭卫公路"],
    "松江区": ["九亭中心路", "新飞路", "荣乐东路"], "青浦区": ["崧泽大道", "华新路"],
    "奉贤区": ["金海公路", "环城东路"], "崇明区": ["城桥镇八一路", "陈家镇瀛东路"],
}

UNIT_TYPE = {"company": "企业", "minfei": "民办非企业单位", "shetuan": "社会团体", "shiye": "事业单位",
             "geti": "个体工商户", "branch": "企业（分公司）", "sole": "企业", "partner": "企业"}

INDUSTRY = {
    "zwfw": ("上海市人民政府办公厅", "沪府办函"),
    "tys": ("上海市商务委员会", "沪商服函"), "ajs": ("上海市商务委员会", "沪商服函"),
    "spaq": ("上海市市场监督管理局", "沪市监食经函"),
    "sjaq": ("上海市经济和信息化委员会", "沪经信人函"), "szls": ("上海市经济和信息化委员会", "沪经信人函"),
    "zczz": ("上海市经济和信息化委员会", "沪经信人函"), "hgzk": ("上海市经济和信息化委员会", "沪经信人函"),
    "kjzx": ("上海市科学技术委员会", "沪科函"),
    "xygl": ("上海市发展和改革委员会", "沪发改信用函"),
    "rgjl": ("上海市市场监督管理局", "沪市监计量函"),
    "scdp": ("上海市服装行业协会", "沪服协"),
    "tpf": ("上海市生态环境局", "沪环气函"), "tpfhs": ("上海市生态环境局", "沪环气函"),
    "tpfzx": ("上海市生态环境局", "沪环气函"),
    "jzjn": ("上海市住房和城乡建设管理委员会", "沪建人函"), "gg": ("上海市住房和城乡建设管理委员会", "沪建人函"),
    "bjy": ("上海市绿化和市容管理局", "沪绿容函"), "ljqy": ("上海市绿化和市容管理局", "沪绿容函"),
    "pjs": ("上海市绿化和市容管理局", "沪绿容函"),
    "ylhl": ("上海市卫生健康委员会", "沪卫人事函"), "yys": ("上海市卫生健康委员会", "沪卫人事函"),
    "zty": ("上海市卫生健康委员会", "沪卫人事函"), "sqjk": ("上海市卫生健康委员会", "沪卫人事函"),
    "pjzb": ("上海市药品监督管理局", "沪药监函"), "klj": ("上海市药品监督管理局", "沪药监函"),
    "gdxh": ("上海市交通委员会", "沪交人函"),
    "yyy": ("上海市家庭服务业行业协会", "沪家协"), "zscp": ("上海市商务委员会", "沪商服函"),
}
FIELD = {
    "zwfw": "政务服务", "tys": "餐饮服务", "ajs": "保健服务", "spaq": "食品安全", "sjaq": "数据安全",
    "szls": "数字化转型", "zczz": "先进制造", "hgzk": "化工", "kjzx": "科技服务", "xygl": "信用服务",
    "rgjl": "计量测试", "scdp": "时尚设计", "tpf": "碳排放管理", "tpfhs": "碳排放管理", "tpfzx": "碳排放管理",
    "jzjn": "建筑节能", "gg": "建筑安装", "bjy": "物业保洁", "ljqy": "环境卫生", "pjs": "园林园艺",
    "ylhl": "医疗护理", "yys": "营养健康", "zty": "听力康复", "sqjk": "社区健康", "pjzb": "医药制造",
    "klj": "医药制造", "gdxh": "城市轨道交通", "yyy": "家庭服务", "zscp": "餐饮",
}


def occ_list_text(apps):
    return "、".join(full_name(k) for k, _ in apps)


# ---------------------------------------------------------------- application form

def level_cell(levels, style, tick="☑", key=None):
    ls = sorted(levels, reverse=True)
    if style == "list":
        return "、".join(lvl(l, "slash") for l in ls)
    if style == "paren":
        return "；".join(lvl(l, "paren") for l in ls)
    if style == "natl":
        return "、".join(lvl(l, "natl") for l in ls)
    if style == "fw":
        return " ".join(lvl(l, "fw") for l in ls)
    if style == "multicell":
        return "\n".join(lvl(l, "slash") for l in ls)
    if style.startswith("range"):
        return lvl_range(ls, style.split(":")[1])
    if style == "ticks":
        parts = []
        for l in [5, 4, 3, 2, 1]:
            mark = tick if l in levels else "□"
            parts.append(f"{mark}{lvl(l, 'slash')}")
        return "  ".join(parts)
    if style == "ticks_short":
        parts = []
        for l in [5, 4, 3, 2, 1]:
            mark = tick if l in levels else "□"
            parts.append(f"{mark}{CN[l]}级")
        return " ".join(parts)
    raise ValueError(style)


def application_form(o, apps, st):
    title = st.get("title", "社会培训评价组织征集遴选申请表")
    ls = st.get("levels", "list")
    tick = st.get("tick", "☑")
    y, m, d = st.get("date", (2025, 1, 21))
    blocks = []
    if st.get("attach_label", True):
        blocks.append(("pn", st.get("attach_text", "附件1")))
    blocks.append(("title", title))
    blocks.append(("pr", f"填报日期：{ar_date(y, m, d)}"))
    basic = [
        ["申请单位名称", o["form_name"], None, None],
        ["统一社会信用代码", o["form_code"], "单位类型", UNIT_TYPE[o["regtype"]]],
        ["法定代表人", o["rep"], "联系电话", o["phone"]],
        ["注册地址", o["address"], None, None],
        ["考核点地址", o["site_address"], None, None],
        ["专职工作人员", f"{o['staff']}人", "考评人员", f"{o['assessors']}人"],
        ["考核场地面积", f"{o['area']}平方米", "视频监控", f"{o['cameras']}路，全覆盖"],
    ]
    if o["regtype"] == "shetuan" and o.get("decoupled"):
        basic.append(["与行政机关脱钩情况", o["decoupled"], None, None])
    merges = [(i, 1, 1, 3) for i, r in enumerate(basic) if r[2] is None]
    blocks.append(("h", "一、申请单位基本情况"))
    blocks.append(("table", basic, dict(merge=merges, widths=[2.2, 3, 1.6, 2.2])))
    blocks.append(("h", "二、申报职业（工种）及等级"))
    must = [o["form_name"], o["form_code"]]
    if ls == "wrapped":
        rows = [["申报等级", "职业（工种）名称", "职业编码"]]
        for k, levels in apps:
            rows.append([level_cell(levels, "multicell"), full_name(k), OCC[k][0]])
            must.append(OCC[k][0])
        blocks.append(("table", rows, dict(header=True, widths=[2.4, 1.5, 2.2])))
    elif ls == "split":
        rows = [["序号", "职业编码", "职业名称", "工种", "申报等级"]]
        for i, (k, levels) in enumerate(apps, 1):
            code, name, gz, _ = OCC[k]
            rows.append([str(i), code, name, gz or "—", level_cell(levels, st.get("split_levels", "list"))])
            must += [code]
        blocks.append(("table", rows, dict(header=True, widths=[0.8, 2, 2.6, 2.2, 3.4])))
    else:
        hdr = "申报等级（请在□内打√）" if ls.startswith("ticks") else "申报等级"
        rows = [["序号", "职业编码", "职业（工种）名称", hdr]]
        for i, (k, levels) in enumerate(apps, 1):
            cell = level_cell(levels, ls, tick)
            rows.append([str(i), OCC[k][0], full_name(k), cell])
            must.append(OCC[k][0])
            if ls.startswith("ticks"):
                for l in levels:
                    must.append(f"{tick}{CN[l]}级")
            elif ls in ("list", "natl", "paren"):
                must.append(cell.split("、")[0].split("；")[0])
        w = [0.8, 1.9, 3.2, 5.2] if ls.startswith("ticks") else [0.8, 2, 3.6, 3.6]
        blocks.append(("table", rows, dict(header=True, widths=w)))
    blocks.append(("h", "三、申请单位承诺"))
    blocks.append(("p", "本单位自愿申报社会培训评价组织，所填内容及提交材料真实、准确、完整，"
                        "愿意接受人力资源社会保障部门和行业主管部门的监督管理。"))
    blocks.append(("sign", ["法定代表人（签字）：", "申请单位（盖章）", ar_date(y, m, d)],
                   o["name"] if st.get("eseal") else None))
    return Doc(blocks, must=must, name=title)


# ---------------------------------------------------------------- letters

def letter_title(style, org_name, purpose="申报社会培训评价组织"):
    if style == "han":
        return f"关于推荐{org_name}\n{purpose}的函"
    if style == "han1":
        return f"关于推荐{org_name}{purpose}的函"
    if style == "tjh":
        return "推荐函"
    if style == "yj":
        return f"关于{org_name}\n申报社会培训评价组织的推荐意见"
    if style == "tjs":
        return "推 荐 书"
    if style == "tjyj":
        return "推荐意见"
    if style == "tongyi":
        return f"关于同意推荐{org_name}\n参加社会培训评价组织征集遴选的函"
    raise ValueError(style)


def industry_letter(o, apps, st):
    issuer = st["issuer"]
    docno = st.get("docno")
    target = st.get("target_name", o["name"])
    tcode = st.get("target_code", o["code"])
    y, m, d = st.get("date", (2025, 1, 15))
    date = cn_date(y, m, d) if st.get("cn_date", True) else ar_date(y, m, d)
    occs = st.get("occs_text", occ_list_text(apps))
    field = FIELD[apps[0][0]]
    kind = st.get("issuer_kind", "gov")  # gov | assoc | parent
    blocks = []
    if st.get("letterhead", True):
        blocks.append(("letterhead", issuer + st.get("lh_suffix", "")))
    if docno:
        blocks.append(("docno", docno))
    blocks.append(("title", letter_title(st.get("title", "han"), target)))
    blocks.append(("pn", st.get("to", "上海市人力资源和社会保障局：")))
    if kind == "parent":
        intro = (f"{target}（统一社会信用代码：{tcode}）系我集团全资子公司，"
                 f"长期承担集团{field}条线的职工技能培训与评价工作，具有独立法人资格。")
        we = "我集团"
    elif kind == "assoc":
        intro = (f"{target}是本会会员单位（统一社会信用代码：{tcode}），多年来在{field}行业开展"
                 f"从业人员培训和技能评价，在行业内具有较好的口碑和影响力。")
        we = "本会"
    else:
        intro = (f"{target}（统一社会信用代码：{tcode}）是本市{field}领域的骨干单位，"
                 f"近年来累计开展{occs}等相关培训{st.get('trainees', 3200)}余人次，"
                 f"在考核评价资源、专家团队和考核场地等方面具备较好的基础。")
        we = st.get("we", "我委")
    blocks.append(("p", intro))
    blocks.append(("p", "根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织"
                        "征集遴选工作的通知》（沪人社职〔2024〕447号）要求，经研究，"
                        f"{we}同意推荐{target}申报{occs}职业（工种）社会培训评价组织。"))
    blocks.append(("p", st.get("closing", "特此函告。")))
    sign = [issuer, date]
    blocks.append(("sign", sign, issuer))
    if st.get("contact", True):
        blocks.append(("note", f"（联系人：{st.get('contact_name', '王敏')}，联系电话：{st.get('contact_phone', '23118456')}）"))
    must = [target, issuer.replace("\n", "")]
    return Doc(blocks, must=must, name="推荐函")


def district_letter(o, apps, st):
    issuer = st["issuer"]  # e.g. 上海市浦东新区人力资源和社会保障局
    target = st.get("target_name", o["name"])
    tcode = st.get("target_code", o["code"])
    site = st.get("site_address", o["site_address"])
    y, m, d = st.get("date", (2025, 1, 16))
    date = cn_date(y, m, d) if st.get("cn_date", False) else ar_date(y, m, d)
    occs = occ_list_text(apps)
    place = st.get("place", "我区")
    we = st.get("we", "我局")
    blocks = []
    if st.get("letterhead", True):
        blocks.append(("letterhead", issuer + st.get("lh_suffix", "")))
    if st.get("docno"):
        blocks.append(("docno", st["docno"]))
    blocks.append(("title", letter_title(st.get("title", "tjh"), target)))
    blocks.append(("pn", st.get("to", "上海市职业技能鉴定中心：")))
    if st.get("body", 0) == 0:
        blocks.append(("p", f"{target}（统一社会信用代码：{tcode}）拟申报{occs}职业（工种）社会培训评价组织，"
                            f"其考核点位于{place}{site}，场地面积约{o['area']}平方米，设有理论考试机房"
                            f"{o['rooms'][0]}间、技能操作考场{o['rooms'][1]}间，配备视频监控设备{o['cameras']}路。"))
        blocks.append(("p", f"经{we}实地查看，该考核点场地、设施设备及管理制度能够满足相应职业（工种）"
                            "职业技能等级认定的考核需要。现同意推荐该单位参加本次社会培训评价组织征集遴选。"))
    else:
        blocks.append(("p", f"根据沪人社职〔2024〕447号文件要求，{place}对{target}设在"
                            f"{site}的考核点进行了现场核查。"))
        blocks.append(("p", f"该单位考核点共有考场{sum(o['rooms'])}间，视频监控实现考场全覆盖，"
                            "专职管理人员配备到位，考务管理制度健全。"))
        blocks.append(("p", f"{we}同意推荐{target}（{tcode}）作为{occs}职业（工种）社会培训评价组织申报单位。"))
    blocks.append(("p", st.get("closing", "特此推荐。")))
    blocks.append(("sign", [st.get("sign_name", issuer), date], issuer))
    must = [target, st.get("must_issuer", issuer)]
    return Doc(blocks, must=must, name="区推荐函")


# ---------------------------------------------------------------- credit reports

def credit_report(o, st):
    style = st.get("style", "sh")
    name = st.get("name", o["name"])
    code = st.get("code", o["code"])
    y, m, d = st.get("date", (2025, 1, 14))
    pen = st.get("penalties", [])
    dis = st.get("dishonesty", [])
    blocks = []
    must = [name, code]
    if style in ("sh", "xyzg"):
        if style == "sh":
            blocks.append(("title", "公共信用信息报告\n（法人版）"))
            blocks.append(("pn", f"报告编号：XYBG{y}{m:02d}{d:02d}{st.get('serial', '00318')}"))
            src = "上海市公共信用信息服务平台"
        else:
            blocks.append(("title", "信用中国（上海）\n法人和非法人组织公共信用信息查询报告"))
            blocks.append(("pn", f"报告编号：SHXY-{y}-{st.get('serial', '00318')}"))
            src = "信用中国（上海）"
        blocks.append(("pn", f"查询日期：{ar_date(y, m, d)}    出具机构：{src}"))
        blocks.append(("h", "一、主体基本信息"))
        blocks.append(("table", [["主体名称", name], ["统一社会信用代码", code],
                                 ["法定代表人（负责人）", o["rep"]], ["登记机关", o["reg_authority"]],
                                 ["成立日期", ar_date(*o["founded"])], ["住所", o["address"]]],
                       dict(widths=[2.2, 6])))
        blocks.append(("h", "二、行政许可信息"))
        blocks.append(("p", st.get("permits", "未查见该主体的行政许可信息。")))
        blocks.append(("h", "三、行政处罚信息"))
        if pen:
            blocks.append(("p", f"查见{len(pen)}条行政处罚信息，详见下表。"))
            rows = [["决定书文号", "处罚事由", "处罚内容", "决定日期", "处罚机关"]]
            rows += [list(p) for p in pen]
            blocks.append(("table", rows, dict(header=True, widths=[2.6, 3, 2, 1.6, 2])))
            must.append(pen[0][0])
        else:
            blocks.append(("p", "未查见该主体的行政处罚信息。"))
        blocks.append(("h", "四、失信信息"))
        blocks.append(("note", "（包括严重失信主体名单、失信被执行人、重大税收违法失信主体、欠缴社会保险费等）"))
        if dis:
            blocks.append(("p", f"查见{len(dis)}条失信信息。"))
            rows = [["类别", "列入原因", "认定机关", "列入日期"]] + [list(x) for x in dis]
            blocks.append(("table", rows, dict(header=True, widths=[2.4, 4, 2.4, 1.6])))
            must.append(dis[0][1])
        else:
            blocks.append(("p", "未查见该主体的失信信息。"))
        blocks.append(("h", "五、守信激励信息"))
        if st.get("honours"):
            h = st["honours"]
            blocks.append(("p", f"查见{len(h)}条。"))
            blocks.append(("table", [["类别", "内容", "认定机关"]] + [list(x) for x in h],
                           dict(header=True, widths=[2.4, 4.5, 2.6])))
        else:
            blocks.append(("p", "未查见。"))
        blocks.append(("h", "六、其他信息"))
        blocks.append(("p", "未查见该主体被列入经营异常名录信息。"))
        blocks.append(("note", "说明：本报告信息来源于各信息提供单位依法归集的公共信用信息，"
                               "报告内容截至查询日期。本报告仅供参考，不作为法律依据。"))
        blocks.append(("sign", [src, ar_date(y, m, d)], None))
    else:  # pboc
        blocks.append(("title", "企业信用报告\n（自主查询版）"))
        blocks.append(("pn", f"报告编号：{y}{m:02d}{d:02d}{st.get('serial', '1032')}8871206"))
        blocks.append(("pn", f"报告时间：{ar_date(y, m, d, 2)} 10:32:17"))
        blocks.append(("pn", "中国人民银行征信中心"))
        blocks.append(("h", "一、身份信息"))
        blocks.append(("table", [["企业名称", name, None, None],
                                 ["统一社会信用代码", code, "中征码", st.get("zzm", "3101150001234567")],
                                 ["登记注册地址", o["address"], None, None]],
                       dict(merge=[(0, 1, 1, 3), (2, 1, 1, 3)], widths=[2.4, 3.6, 1.6, 3])))
        blocks.append(("h", "二、信息概要"))
        blocks.append(("table", [["首次有信贷交易的年份", "借贷交易余额（万元）", "担保交易余额（万元）", "被追偿余额"],
                                 [str(st.get("first_credit", 2019)), str(st.get("loan", 120)), "0", "0"]],
                       dict(header=True)))
        blocks.append(("h", "三、公共信息概要"))
        n_pen = len(pen)
        rows = [["信息类型", "记录条数", "涉及金额（元）"], ["欠税记录", "0", "0"], ["民事判决记录", "0", "0"],
                ["强制执行记录", str(len(dis)), "0" if not dis else dis[0][-1]],
                ["行政处罚记录", str(n_pen), "0" if not pen else pen[0][2]]]
        blocks.append(("table", rows, dict(header=True, widths=[3, 2, 3])))
        if pen:
            blocks.append(("h", "四、行政处罚记录明细"))
            blocks.append(("table", [["处罚机构", "处罚决定书文号", "违法行为", "处罚决定日期"]] +
                           [[p[4], p[0], p[1], p[3]] for p in pen], dict(header=True)))
            must.append(pen[0][0])
        blocks.append(("note", "本报告由中国人民银行征信中心出具，依据截至报告时间企业征信系统记录的信息生成。"))
    return Doc(blocks, must=must, name="信用报告")


# ---------------------------------------------------------------- audit reports

def audit_report(o, st):
    year = st["year"]
    firm = st["firm"]
    no = st["no"]
    np_ = o["regtype"] in ("minfei", "shetuan")
    name = st.get("name", o["name"])
    addressee = "理事会" if np_ else ("全体股东" if o["regtype"] != "shiye" else "举办单位")
    y2 = year + 1
    m, d = st.get("date", (3, 26))
    blocks = [("title", "审 计 报 告"), ("pr", no)]
    blocks.append(("pn", f"{name}{addressee}："))
    blocks.append(("h", "一、审计意见"))
    if np_:
        stmts = f"{year}年12月31日的资产负债表，{year}年度的业务活动表、现金流量表以及相关财务报表附注"
        basis = "《民间非营利组织会计制度》"
    else:
        stmts = f"{year}年12月31日的资产负债表，{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注"
        basis = "企业会计准则"
    blocks.append(("p", f"我们审计了{name}（以下简称“贵单位”）财务报表，包括{stmts}。"))
    blocks.append(("p", f"我们认为，后附的财务报表在所有重大方面按照{basis}的规定编制，公允反映了贵单位"
                        f"{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。"))
    blocks.append(("h", "二、形成审计意见的基础"))
    blocks.append(("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、"
                        "适当的，为发表审计意见提供了基础。"))
    blocks.append(("h", "三、管理层对财务报表的责任"))
    blocks.append(("p", f"管理层负责按照{basis}的规定编制财务报表，并设计、执行和维护必要的内部控制。"))
    blocks.append(("sign", [firm, f"中国注册会计师：{st['cpa'][0]}", f"中国注册会计师：{st['cpa'][1]}",
                            "中国·上海", ar_date(y2, m, d)], firm if st.get("eseal") else None))
    blocks.append(("br",))
    rng_scale = st.get("scale", 1.0)
    cur_hdr = f"{year}年12月31日" if st.get("year_headers") else "期末余额"
    prev_hdr = f"{year - 1}年12月31日" if st.get("year_headers") else "年初余额"
    a = [int(x * rng_scale) for x in (3865210, 1203344, 862100, 5930654, 1120300, 4810354)]
    b = [int(x * rng_scale * 0.91) for x in (3865210, 1203344, 862100, 5930654, 1120300, 4810354)]
    blocks.append(("subtitle", "资产负债表"))
    blocks.append(("pn", f"编制单位：{name}    单位：元"))
    blk = [["项目", cur_hdr, prev_hdr],
           ["货币资金", f"{a[0]:,}", f"{b[0]:,}"], ["应收款项", f"{a[1]:,}", f"{b[1]:,}"],
           ["固定资产", f"{a[2]:,}", f"{b[2]:,}"], ["资产总计", f"{a[3]:,}", f"{b[3]:,}"],
           ["负债合计", f"{a[4]:,}", f"{b[4]:,}"],
           ["净资产合计" if np_ else "所有者权益合计", f"{a[5]:,}", f"{b[5]:,}"]]
    blocks.append(("table", blk, dict(header=True, widths=[3, 2.4, 2.4])))
    cur2 = f"{year}年度" if st.get("year_headers") else ("本年数" if np_ else "本期金额")
    prev2 = f"{year - 1}年度" if st.get("year_headers") else ("上年数" if np_ else "上期金额")
    if np_:
        blocks.append(("subtitle", "业务活动表"))
        rows = [["项目", cur2, prev2], ["一、收入", "", ""], ["其中：提供服务收入", "2,836,500", "2,512,800"],
                ["捐赠收入", "120,000", "80,000"], ["政府补助收入", "356,000", "298,000"],
                ["二、费用", "", ""], ["业务活动成本", "2,604,330", "2,331,920"], ["管理费用", "512,880", "468,300"],
                ["三、净资产变动额", "195,290", "90,580"]]
    else:
        blocks.append(("subtitle", "利润表"))
        rows = [["项目", cur2, prev2], ["一、营业收入", "8,652,300", "7,918,420"],
                ["减：营业成本", "5,103,870", "4,760,115"], ["税金及附加", "52,310", "47,208"],
                ["销售费用", "611,200", "580,300"], ["管理费用", "1,402,660", "1,311,950"],
                ["二、营业利润", "1,482,260", "1,218,847"], ["三、利润总额", "1,490,100", "1,220,017"],
                ["四、净利润", "1,266,585", "1,037,014"]]
    blocks.append(("table", rows, dict(header=True, widths=[3, 2.4, 2.4])))
    must = [name, f"{year}年12月31日", f"{year}年度", no]
    return Doc(blocks, must=must, name=f"{year}年度审计报告")


# ---------------------------------------------------------------- registration certificates

def registration(o, st):
    k = o["regtype"]
    code = st.get("code", o["code"])
    name = st.get("name", o["name"])
    y, m, d = st.get("issue", (2024, 6, 18))
    must = [name, code]
    if k in ("company", "branch", "sole", "partner", "geti"):
        if k == "geti":
            fields = [("名称", name), ("类型", "个体工商户"), ("经营者", o["rep"]),
                      ("组成形式", "个人经营"), ("经营范围", o["scope"]), ("注册日期", ar_date(*o["founded"])),
                      ("经营场所", o["address"])]
        else:
            rep_label = "负责人" if k == "branch" else ("投资人" if k == "sole" else
                                                       ("执行事务合伙人" if k == "partner" else "法定代表人"))
            fields = [("名称", name), ("类型", o["type_line"]), (rep_label, o["rep"]),
                      ("经营范围", o["scope"])]
            if k == "company":
                fields.append(("注册资本", o["capital"]))
            if k == "partner":
                fields.append(("出资额", o["capital"]))
            fields += [("成立日期", ar_date(*o["founded"])), ("营业期限", st.get("term", f"{ar_date(*o['founded'])}至不约定期限")),
                       ("营业场所" if k == "branch" else ("主要经营场所" if k == "partner" else "住所"), o["address"])]
        must.append(fields[1][1])
        must.append("类型")
        return Cert("licence", "营业执照", "", code, fields, o["reg_authority"], ar_date(y, m, d),
                    must=must, copy=st.get("copy", "副本"))
    if k == "minfei":
        fields = [("名称", name), ("住所", o["address"]), ("法定代表人", o["rep"]),
                  ("开办资金", o["capital"]), ("业务主管单位", o.get("supervisor", "")),
                  ("业务范围", o["scope"]), ("有效期", f"{ar_date(y, m, d)}至{ar_date(y + 5, m, d - 1)}")]
        return Cert("minfei", "民办非企业单位登记证书", "（法人）", code, fields, o["reg_authority"],
                    ar_date(y, m, d), must=must, cert_no=None)
    if k == "shetuan":
        fields = [("名称", name), ("住所", o["address"]), ("法定代表人", o["rep"]),
                  ("业务范围", o["scope"]), ("活动地域", "上海市"), ("注册资金", o["capital"]),
                  ("业务主管单位", o.get("supervisor", "无")),
                  ("有效期", f"{ar_date(y, m, d)}至{ar_date(y + 5, m, d - 1)}")]
        return Cert("shetuan", "社会团体法人登记证书", "", code, fields, o["reg_authority"], ar_date(y, m, d),
                    must=must)
    if k == "shiye":
        fields = [("名称", name), ("宗旨和业务范围", o["scope"]), ("住所", o["address"]),
                  ("法定代表人", o["rep"]), ("经费来源", "财政补助"), ("开办资金", o["capital"]),
                  ("举办单位", o.get("supervisor", "")),
                  ("有效期", f"自{ar_date(y, m, d)}至{ar_date(y + 5, m, d - 1)}")]
        return Cert("shiye", "事业单位法人证书", "", code, fields, o["reg_authority"], ar_date(y, m, d),
                    must=must)
    raise ValueError(k)


# ---------------------------------------------------------------- work plan, pledge, integrity

def pledge_blocks(o, st):
    title = st.get("pledge_title", "承诺书")
    y, m, d = st.get("date", (2025, 1, 20))
    b = [("title", title), ("pn", "上海市人力资源和社会保障局："),
         ("p", f"{o['name']}自愿申报社会培训评价组织，现郑重承诺如下："),
         ("p", "一、本单位提交的全部申报材料真实、有效、合法，不存在弄虚作假行为；"),
         ("p", "二、本单位社会信用良好，近三年无违法违规、失信等不良行为记录；"),
         ("p", "三、严格遵守国家和本市职业技能等级认定的各项规定，规范开展评价活动，不以营利为最终目的；"),
         ("p", "四、自愿接受各级人力资源社会保障部门、行业主管部门的监督检查。"),
         ("p", "如有违反，本单位愿承担由此产生的一切后果和法律责任。"),
         ("sign", ["法定代表人（签字）：", f"{o['name']}（盖章）", ar_date(y, m, d)], o["name"] if st.get("eseal") else None)]
    return b


def integrity_blocks(o, st):
    title = st.get("integrity_title", "职业技能等级认定工作廉洁责任书")
    y, m, d = st.get("date", (2025, 1, 20))
    b = [("title", title),
         ("p", "为加强职业技能等级认定工作的党风廉政建设，确保认定工作公平、公正、规范开展，"
               f"{o['name']}（以下简称“责任单位”）作出如下廉洁责任约定："),
         ("p", "一、严禁以任何名义向人力资源社会保障部门及市职业技能鉴定中心工作人员赠送礼金、有价证券、礼品；"),
         ("p", "二、严禁在认定过程中弄虚作假、违规发证、替考、泄露试题等行为；"),
         ("p", "三、考评人员、督导人员实行回避制度，不得参与本单位培训学员的考评；"),
         ("p", "四、建立内部廉洁风险防控制度，明确第一责任人。"),
         ("p", "责任单位如违反上述约定，自愿接受取消备案资格等处理，并承担相应责任。"),
         ("sign", ["责任单位（盖章）：" + o["name"], "法定代表人（签字）：", ar_date(y, m, d)],
                  o["name"] if st.get("eseal") else None)]
    return b


def work_plan(o, apps, st):
    title = st.get("wp_title", f"{o['name']}\n职业技能等级认定工作方案")
    occs = occ_list_text(apps)
    b = [("title", title)]
    b.append(("h", "一、机构基本情况"))
    b.append(("p", f"{o['name']}成立于{o['founded'][0]}年，注册地址为{o['address']}。单位现有专职工作人员"
                   f"{o['staff']}人，考评人员{o['assessors']}人，考核场地{o['area']}平方米。"))
    b.append(("h", "二、组织机构"))
    b.append(("p", "设立职业技能等级认定工作领导小组，由法定代表人任组长；下设认定工作办公室（考务组）、"
                   "专家委员会和质量督导组，分别负责日常考务、题库与技术标准、过程监督。"))
    b.append(("h", "三、认定职业（工种）"))
    b.append(("p", f"本次申报{occs}职业（工种）。"))
    b.append(("h", "四、工作流程"))
    b.append(("p", "报名受理→资格审核→考务安排→理论及技能考核→阅卷与成绩复核→成绩公示→证书核发→档案归档。"))
    b.append(("h", "五、质量管控措施"))
    b.append(("p", "实行考评人员随机抽取、考场全程视频监控、试卷统一保密管理、成绩双人复核、"
                   "内部督导与外部督导相结合；建立考评人员退出机制和违纪违规处理台账。"))
    b.append(("h", "六、经费保障"))
    b.append(("p", "认定工作经费纳入单位年度预算，专款专用，确保认定工作稳定开展。"))
    if st.get("mention_pledge"):
        b.append(("p", "本单位承诺严格遵守职业技能等级认定相关规定，廉洁自律，自觉接受监督。"))
    if st.get("with_pledge"):
        b.append(("br",))
        b += pledge_blocks(o, st)
    if st.get("with_integrity"):
        b.append(("br",))
        b += integrity_blocks(o, st)
    must = [o["name"], "工作方案"]
    return Doc(b, must=must, name="工作方案")


def pledge(o, st):
    return Doc(pledge_blocks(o, st), must=[o["name"], st.get("pledge_title", "承诺书")], name="承诺书")


def integrity(o, st):
    return Doc(integrity_blocks(o, st), must=[o["name"], "廉洁责任书"], name="廉洁责任书")


# ---------------------------------------------------------------- implementation plan, evaluation plans, samples

def impl_blocks(o, apps, st):
    occs = occ_list_text(apps)
    title = st.get("ip_title", "职业技能等级认定项目实施方案")
    b = [("title", title), ("subtitle", o["name"])]
    b.append(("h", "一、项目概况"))
    b.append(("p", f"本单位申报{occs}职业（工种）职业技能等级认定，申报等级见下表。"))
    rows = [["职业编码", "职业（工种）", "等级"]]
    for k, levels in apps:
        rows.append([OCC[k][0], full_name(k), "、".join(f"{CN[l]}级" for l in sorted(levels, reverse=True))])
    b.append(("table", rows, dict(header=True, widths=[2, 4, 3])))
    b.append(("h", "二、评价依据"))
    b.append(("p", "依据相应的国家职业标准（或评价规范），结合本市产业发展和岗位需求组织评价。"))
    b.append(("h", "三、考评人员与考场"))
    b.append(("p", f"考评人员与考生配比：理论知识考试不低于1:15，技能考核不低于1:5。考核点设在{o['site_address']}。"))
    b.append(("h", "四、考务管理"))
    b.append(("p", "试卷由题库随机组卷，考前24小时内启封；考试全程录像，视频资料保存不少于1年。"))
    return b


EVAL_TIME = {5: (90, 60), 4: (90, 90), 3: (90, 120), 2: (120, 150), 1: (120, 180)}


def eval_blocks(k, level, st):
    occ = full_name(k)
    lab = lvl(level, st.get("lvl_style", "paren"))
    tstyle = st.get("eval_title", 0)
    if tstyle == 0:
        title = f"{occ}（{lab}）评价方案" if "（" not in lab else f"{occ}{lab}评价方案"
    elif tstyle == 1:
        title = f"{occ}职业技能等级认定评价方案\n" + (lab if "（" in lab else f"（{lab}）")
    else:
        title = f"{lab}评价方案（{occ}）"
    t, s = EVAL_TIME[level]
    b = [("title", title)]
    b.append(("h", "一、评价对象"))
    b.append(("p", f"从事或准备从事{occ}工作、符合{CN[level]}级申报条件的人员。"))
    b.append(("h", "二、评价方式"))
    b.append(("p", "分为理论知识考试和技能考核。理论知识考试以闭卷机考方式为主；技能考核采用现场操作、"
                   "模拟操作等方式。" + ("二级、一级另须进行综合评审。" if level <= 2 else "") +
              "各项均实行百分制，成绩皆达60分（含）以上者为合格。"))
    b.append(("h", "三、考试时间与配比"))
    b.append(("p", f"理论知识考试{t}分钟；技能考核不少于{s}分钟。理论考试考评人员与考生配比1:15，"
                   "技能考核1:5，且每个考场不少于3名考评人员。"))
    b.append(("h", "四、权重表"))
    rows = [["项目", "理论知识（%）", "技能要求（%）"], ["基本要求", "25", "—"],
            ["相关知识/技能", str(75 - 5 * (5 - level)), str(100 - 10 * (5 - level))],
            ["管理与培训", str(5 * (5 - level)), str(10 * (5 - level))], ["合计", "100", "100"]]
    b.append(("table", rows, dict(header=True, widths=[3, 2, 2])))
    return b, title


SET_LABEL = {
    "paren": ("（一）", "（二）"), "plain": ("一", "二"), "ab": ("A卷", "B卷"),
    "set": ("第一套", "第二套"), "juan": ("试卷一", "试卷二"), "moni": ("模拟题（一）", "模拟题（二）"),
}


def sample_title(k, level, set_no, st):
    occ = full_name(k)
    lab = lvl(level, st.get("sample_lvl", "plain"))
    s = SET_LABEL[st.get("sample_style", "paren")][set_no - 1]
    style = st.get("sample_style", "paren")
    if style in ("paren", "plain"):
        return f"{occ}{lab}理论知识样题{s}", f"{occ}{lab}技能操作样题{s}"
    wl = lab if "（" in lab else f"（{lab}）"
    if style == "ab":
        return f"{occ}{wl}职业技能等级认定样卷 {s}", None
    if style == "set":
        return f"{occ}{wl}样题 {s}", None
    if style == "juan":
        return f"{occ}{lab}理论知识{s}", f"{occ}{lab}技能操作{s}"
    return f"{occ}{lab}{s}", None


def sample_blocks(k, level, set_no, st, copy_of=None):
    """copy_of: build set `copy_of`'s questions under set_no's label (a duplicated set)."""
    qs, task = sample_items(k, level, copy_of or set_no)
    t1, t2 = sample_title(k, level, set_no, st)
    b = [("title", t1)]
    if t2 is None:
        b.append(("h", "第一部分 理论知识（单项选择题）"))
    for i, (stem, opts, ans) in enumerate(qs, 1):
        b.append(("pn", f"{i}. {stem}"))
        b.append(("pn", "    " + "  ".join(f"{'ABCD'[j]}. {x}" for j, x in enumerate(opts))))
    if st.get("answers", True):
        b.append(("note", "参考答案：" + " ".join(f"{i}.{a}" for i, (_, _, a) in enumerate(qs, 1))))
    if t2:
        b.append(("subtitle", t2))
    else:
        b.append(("h", "第二部分 技能操作"))
    b.append(("pn", f"试题1：{task}"))
    b.append(("pn", "考核要求：操作规范、安全文明；配分100分，时间按评价方案执行。"))
    return b, t1


def implementation_doc(o, apps, st, parts):
    """parts: sequence of ('impl',) | ('eval', k, level) | ('sample', k, level, set_no[, copy_of])"""
    b = []
    must = []
    for i, p in enumerate(parts):
        if i:
            b.append(("br",))
        if p[0] == "impl":
            b += impl_blocks(o, apps, st)
            must.append(o["name"])
        elif p[0] == "eval":
            eb, t = eval_blocks(p[1], p[2], st)
            b += eb
            must.append(t.replace("\n", ""))
        elif p[0] == "sample":
            sb, t = sample_blocks(p[1], p[2], p[3], st, copy_of=p[4] if len(p) > 4 else None)
            b += sb
            must.append(t)
    return Doc(b, must=must, name="实施方案")


# ---------------------------------------------------------------- other materials

def staff_list(o, st, rng):
    from people import person
    rows = [["序号", "姓名", "岗位", "职称/资格", "专兼职"]]
    posts = ["认定办公室主任", "考务专员", "考务专员", "质量督导员", "信息管理员", "档案管理员"]
    for i, p in enumerate(posts, 1):
        rows.append([str(i), person(rng), p, rng.choice(["高级工程师", "经济师", "高级技师", "考评员", "—"]), "专职"])
    return Doc([("title", "认定工作专职人员名单"), ("pn", o["name"]), ("table", rows, dict(header=True))],
               must=["专职人员"], name="人员名单")


def equipment_list(o, st):
    rows = [["序号", "设备名称", "数量", "用途"], ["1", "视频监控摄像机", str(o["cameras"]), "考场全程监控"],
            ["2", "硬盘录像机（NVR）", "2", "视频存储≥1年"], ["3", "理论考试计算机", "60", "机考"],
            ["4", "身份证识别仪", "4", "考生身份核验"], ["5", "信号屏蔽仪", "6", "防作弊"]]
    return Doc([("title", "考核点设施设备清单"), ("pn", o["name"]), ("table", rows, dict(header=True))],
               must=["设施设备清单"], name="设备清单")


def profile(o, apps, st):
    b = [("title", "单位简介"), ("p", f"{o['name']}成立于{o['founded'][0]}年，位于{o['address']}。"
                                 f"单位长期从事{FIELD[apps[0][0]]}领域的职业培训，近三年累计培训"
                                 f"{st.get('n', 5200)}人次，合作企业{st.get('partners', 46)}家。"),
         ("p", "单位设有培训部、考务部、质量管理部和综合办公室，拥有一支由行业专家、高技能人才组成的专兼职师资队伍。")]
    return Doc(b, must=["单位简介"], name="单位简介")


def floor_plan_text(o):
    return Doc([("title", "考核点平面布置图"), ("pn", o["site_address"]),
                ("table", [["理论考场A（60座）", "理论考场B（40座）", "候考区"],
                           ["技能考场1", "技能考场2", "监控室"],
                           ["考务办公室", "试卷保密室", "卫生间"]], dict(widths=[3, 3, 3]))],
               must=["平面布置图"], name="平面图")


def lease(o, st):
    b = [("title", "房屋租赁合同"), ("pn", "出租方（甲方）：上海某某物业管理有限公司"), ("pn", f"承租方（乙方）：{o['name']}"),
         ("p", f"甲方将位于{o['site_address']}的房屋出租给乙方，建筑面积{o['area']}平方米，用于职业培训及考核。"),
         ("p", "租赁期限自2024年7月1日起至2027年6月30日止。租金按季度支付。"),
         ("sign", ["甲方（盖章）：", "乙方（盖章）：", "2024年6月20日"], None)]
    return Doc(b, must=["房屋租赁合同"], name="租赁合同")


def audit_pair(o, st):
    docs = [audit_report(o, x) for x in st["reports"]]
    blocks = docs[0].blocks + [("br",)] + docs[1].blocks
    return Doc(blocks, must=docs[0].must + docs[1].must, name="近两年审计报告")


def pledge_pair(o, st):
    b = pledge_blocks(o, st) + [("br",)] + integrity_blocks(o, st)
    return Doc(b, must=[o["name"], st.get("pledge_title", "承诺书"), "廉洁责任书"], name="承诺书及廉洁责任书")
