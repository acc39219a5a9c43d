"""Document content for corpus F, written the way different real issuers write them.

Every builder returns a list of blocks (see bf_render) or, for certificates, a dict for render_cert.
"""
from bf_common import (LV_CN, LV_OLD, ar_date, cn_date, lv_paren, lv_plain, lv_qual, lv_slash, person,
                       split_occ)


def B(t, **kw):
    d = {"t": t}
    d.update(kw)
    return d


def P_(text):
    return B("p", text=text)


def lvname(n, style):
    return {"slash": lv_slash, "paren": lv_paren, "plain": lv_plain, "qual": lv_qual,
            "cnparen": lambda k: "%s级（%s）" % (LV_CN[k], LV_OLD[k].rstrip("工") if k >= 3 else LV_OLD[k]),
            "old": lambda k: LV_OLD[k]}[style](n)


def levels_list(levels, style, sep="、"):
    return sep.join(lvname(n, style) for n in levels)


def level_range(levels, style):
    """五级至三级 / 四级—二级 / 五至三级 (levels contiguous, highest number first)."""
    hi, lo = levels[0], levels[-1]
    if len(levels) == 1:
        return lv_plain(hi)
    if style == "zhi":
        return "%s级至%s级" % (LV_CN[hi], LV_CN[lo])
    if style == "dash":
        return "%s级—%s级" % (LV_CN[hi], LV_CN[lo])
    if style == "short":
        return "%s至%s级" % (LV_CN[hi], LV_CN[lo])
    if style == "tilde":
        return "%s级～%s级（%s～%s）" % (LV_CN[hi], LV_CN[lo], LV_OLD[hi], LV_OLD[lo])
    raise ValueError(style)


def occ_label(name, code, style="paren_code"):
    if style == "paren_code":
        return "%s（%s）" % (name, code)
    if style == "code_first":
        return "%s %s" % (code, name)
    return name


def occ_names(apps):
    return "、".join(a[1] for a in apps)


# ====================================================================== application form
FORM_TITLES = ["社会培训评价组织征集遴选申请表", "上海市社会培训评价组织征集遴选申请表",
               "社会培训评价组织征集遴选\n申请表", "社会培训评价组织征集遴选申请表（2025年度）"]


def _form_head(P, title_i):
    t = FORM_TITLES[title_i]
    return [B("title", lines=t.split("\n"))]


def _basic_grid(P, variant):
    o = P.org
    regname = {"company": o.get("lic_type", "有限责任公司"), "minfei": "民办非企业单位（法人）",
               "shetuan": "社会团体法人", "shiye": "事业单位法人"}[o["regtype"]]
    if variant == 0:
        rows = [
            [("单位名称", 1), (o["name"], 3)],
            ["统一社会信用代码", o["code_form"], "单位类型", regname],
            ["法定代表人", o["legal_rep"], "成立日期", o["est"]],
            [("注册地址", 1), (o["address"], 3)],
            [("考核点地址", 1), (P.site_address, 3)],
            ["联系人", P.contact, "联系电话", P.phone],
            ["专职工作人员（人）", str(P.staff), "考评员（人）", str(P.assessors)],
        ]
        return B("grid", rows=rows, widths=[2.4, 4.6, 1.9, 3.2])
    if variant == 1:
        rows = [
            ["申报单位", o["name"]],
            ["统一社会信用代码", o["code_form"]],
            ["登记类型", regname],
            ["法定代表人（负责人）", o["legal_rep"]],
            ["住所", o["address"]],
            ["考核点所在区", P.site_district],
            ["考核点地址", P.site_address],
            ["联系人及电话", "%s  %s" % (P.contact, P.phone)],
        ]
        return B("grid", rows=rows, widths=[3, 8])
    # variant 2: narrative list
    return [B("h", text="一、单位基本情况"),
            B("pl", text="单位名称：%s" % o["name"]),
            B("pl", text="统一社会信用代码：%s" % o["code_form"]),
            B("pl", text="单位性质：%s    法定代表人：%s" % (regname, o["legal_rep"])),
            B("pl", text="通讯地址：%s" % o["address"]),
            B("pl", text="考核点：%s（%s）" % (P.site_address, P.site_district)),
            B("pl", text="联系人：%s    手机：%s" % (P.contact, P.phone))]


def application_form(P, v):
    """v: dict(layout=..., basic=0|1|2, level_style=..., tick=..., range_style=..., title=i)"""
    blocks = _form_head(P, v.get("title", 0))
    if v.get("form_no"):
        blocks.append(B("pr", text="编号：%s" % v["form_no"]))
    b = _basic_grid(P, v.get("basic", 0))
    blocks += b if isinstance(b, list) else [b]
    lay = v.get("layout", "list")
    ls = v.get("level_style", "slash")
    apps = P.apps_declared
    if lay == "list":
        rows = [["序号", "职业编码", "职业（工种）名称", "申报等级"]]
        for i, (code, name, lv) in enumerate(apps, 1):
            rows.append([str(i), code, name, levels_list(lv, ls, v.get("sep", "、"))])
        blocks += [B("h", text=v.get("occ_head", "申报职业（工种）及等级")), B("grid", rows=rows, widths=[0.8, 2.0, 6.4, 4.4], head=True)]
    elif lay == "split_gz":
        rows = [["职业编码", "职业名称", "工种", "申报等级"]]
        for code, name, lv in apps:
            base, gz = split_occ(name)
            rows.append([code, base, gz or "—", levels_list(lv, ls, "\n")])
        blocks += [B("h", text="申报评价项目"), B("grid", rows=rows, widths=[2.0, 3.0, 4.8, 3.0], head=True)]
    elif lay == "tick":
        sym = v.get("tick", "☑")
        empty = v.get("empty", "□")
        rows = [["职业编码", "职业（工种）", "申报等级（请勾选）"]]
        for code, name, lv in apps:
            cells = []
            for n in [5, 4, 3, 2, 1]:
                cells.append("%s%s" % (sym if n in lv else empty, lvname(n, v.get("level_style", "slash"))))
            rows.append([code, name, v.get("tick_sep", "  " if v.get("level_style") == "plain" else "\n").join(cells)])
        blocks += [B("h", text="申报职业（工种）及等级"), B("grid", rows=rows, widths=[2.3, 6.0, 5.5], head=True)]
    elif lay == "tick_cols":
        sym = v.get("tick", "√")
        rows = [["职业（工种）", "编码", "五级", "四级", "三级", "二级", "一级"]]
        for code, name, lv in apps:
            rows.append([name, code] + [sym if n in lv else "" for n in [5, 4, 3, 2, 1]])
        blocks += [B("h", text="拟开展评价的职业（工种）及等级（在对应等级下打“%s”）" % sym),
                   B("grid", rows=rows, widths=[5.2, 2.2, 1.15, 1.15, 1.15, 1.15, 1.15], head=True)]
    elif lay == "range":
        rows = [["序号", "职业（工种）", "职业编码", "等级范围"]]
        for i, (code, name, lv) in enumerate(apps, 1):
            rows.append([str(i), name, code, level_range(lv, v.get("range_style", "zhi"))])
        blocks += [B("h", text="申报职业（工种）"), B("grid", rows=rows, widths=[0.8, 6.2, 2.2, 3.4], head=True)]
    elif lay == "level_first":
        # one row per level; occupation cell vertically merged; level column comes first
        rows = [["申报等级", "职业编码", "职业（工种）名称", "备注"]]
        for code, name, lv in apps:
            for j, n in enumerate(lv):
                if j == 0:
                    rows.append([lvname(n, ls), code, name, "新申报"])
                else:
                    rows.append([lvname(n, ls), None, None, None])
        blocks += [B("h", text="申报项目"), B("grid", rows=rows, widths=[3.2, 2.2, 5.2, 1.6], head=True)]
    elif lay == "narrative":
        blocks.append(B("h", text="二、申报职业（工种）及等级"))
        for i, (code, name, lv) in enumerate(apps, 1):
            if v.get("range_style"):
                lvs = level_range(lv, v["range_style"])
            else:
                lvs = levels_list(lv, ls)
            blocks.append(B("pl", text="%d. %s（职业编码%s）：%s" % (i, name, code, lvs)))
    blocks += [B("h", text=v.get("intro_head", "单位简介")), P_(P.intro)]
    blocks += [B("h", text="申报单位意见"),
               P_("本单位自愿申报社会培训评价组织，所填内容及提交材料真实有效。"),
               B("sign", lines=["申报单位（盖章）：%s" % P.org["name"], P.date_apply], seal=P.org["seal"] if v.get("seal", True) else None)]
    return blocks


# ====================================================================== recommendation letters
def letter(P, kind, issuer, docno, v):
    """kind 'industry' or 'district'. v: title style, suffix, addressee, date style, recommend name/code override."""
    name = v.get("rec_name", P.org["name"])
    code = v.get("rec_code", P.org["code"])
    ts = v.get("title", "han2")
    titles = {
        "han2": ["关于推荐%s" % name, "申报社会培训评价组织的函"],
        "han1": ["关于推荐%s申报社会培训评价组织的函" % name],
        "tjh": ["推荐函"],
        "yijian": ["关于%s申报" % name, "社会培训评价组织的推荐意见"],
        "shu": ["推  荐  书"],
        "tongyi": ["关于同意推荐%s参加" % name, "社会培训评价组织征集遴选的函"],
        "kaohedian": ["关于推荐%s" % name, "考核点的函"],
    }[ts]
    blocks = []
    if v.get("letterhead", True):
        blocks.append(B("letterhead", org=issuer, suffix=v.get("suffix", ""), docno=docno if v.get("docno_in_head", True) else ""))
    blocks.append(B("title", lines=titles))
    if docno and not v.get("docno_in_head", True):
        blocks.append(B("sub", text=docno))
    blocks.append(B("pl", text=v.get("addressee", "上海市人力资源和社会保障局：")))
    occs = v.get("occs", occ_names(P.apps_declared))
    code_part = "（统一社会信用代码：%s）" % code if v.get("with_code", True) else ""
    if kind == "industry":
        body = [
            "根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号）要求，%s" % v.get("who", "经研究，"),
            "%s%s%s。该单位%s，在%s领域具有较好的行业影响力和考核评价资源，培训评价具备一定规模，近年来未发现违法违规、失信等不良行为记录。" % (
                v.get("verb", "同意推荐"), name, code_part, v.get("desc", "长期从事本行业职业技能培训工作"), v.get("field", occs)),
            "拟申报职业（工种）：%s。" % occs,
            v.get("close", "特此函告。"),
        ]
        body[0] = body[0] + body.pop(1)
    else:
        body = [
            "根据沪人社职〔2024〕447号文件要求，%s%s%s拟在我区设立职业技能等级认定考核点，考核点地址：%s。" % (
                v.get("who", "经我局实地查看，"), name, code_part, P.site_address),
            "该考核点具备满足%s等职业（工种）评价需求的理论考试场地、技能操作场地及视频监控设备，管理制度健全。%s同意推荐其申报社会培训评价组织。" % (
                occs, v.get("we", "我局")),
            v.get("close", "特此推荐。"),
        ]
    for t in body:
        blocks.append(P_(t))
    if v.get("contact"):
        blocks.append(B("pl", text="（联系人：%s，联系电话：%s）" % (v["contact"], v.get("phone", "021-5" + "1234567"[:7]))))
    date = v.get("date_text") or (P.date_letter_cn if v.get("cn_date") else P.date_letter)
    blocks.append(B("sign", lines=[v.get("sign_name", issuer), date], seal=v.get("seal", issuer)))
    if v.get("cc"):
        blocks.append(B("pl", text="抄送：%s" % v["cc"]))
    return blocks


# ====================================================================== credit reports
def credit_sh(P, v):
    """上海市公共信用信息服务平台 公共信用信息报告（法人版）."""
    o = P.org
    pen = v.get("penalties", [])
    shixin = v.get("shixin", [])
    name = v.get("name", o["name"])
    code = v.get("code", o["code"])
    blocks = [B("sub", text=v.get("platform", "上海市公共信用信息服务平台")),
              B("title", lines=[v.get("title", "公共信用信息报告（法人版）")]),
              B("pl", text="报告编号：%s" % v.get("report_no", "SHXY%s" % P.num(14))),
              B("pl", text="查询日期：%s" % v.get("query_date", P.date_credit)),
              B("pl", text="查询目的：%s" % v.get("purpose", "申报社会培训评价组织")),
              B("h", text="一、主体基本信息"),
              B("grid", rows=[["主体名称", name], ["统一社会信用代码", code], ["法定代表人", o["legal_rep"]],
                              ["登记机关", o["authority"]], ["住所", o["address"]]], widths=[3, 8]),
              B("h", text="二、行政处罚信息")]
    if pen:
        blocks.append(B("pl", text="查见 %d 条。" % len(pen)))
        rows = [["决定书文号", "处罚事由", "处罚结果", "决定日期", "处罚机关"]] + pen
        blocks.append(B("grid", rows=rows, widths=[3.2, 4, 2.6, 2.2, 3], head=True))
    else:
        blocks.append(B("pl", text="未查见。"))
    blocks.append(B("h", text="三、失信被执行人及严重失信主体名单信息"))
    if shixin:
        blocks.append(B("pl", text="查见 %d 条。" % len(shixin)))
        rows = [["列入名单", "案号/文号", "列入原因", "列入日期", "认定机关"]] + shixin
        blocks.append(B("grid", rows=rows, widths=[3, 3.4, 4, 2.2, 3], head=True))
    else:
        blocks.append(B("pl", text="未查见。"))
    blocks += [B("h", text="四、行政许可及资质信息"), B("pl", text=v.get("permits", "未查见。")),
               B("h", text="五、其他信息"), B("pl", text="欠缴社会保险费信息：未查见。欠税信息：未查见。"),
               B("h", text="说明"),
               P_("本报告信息来源于上海市公共信用信息服务平台归集的公共信用信息，报告内容截至查询日期。本报告仅供查询目的使用。")]
    if v.get("seal", True):
        blocks.append(B("sign", lines=["上海市公共信用信息服务中心", v.get("query_date", P.date_credit)], seal="上海市公共信用信息服务中心"))
    return blocks


def credit_xyzgsh(P, v):
    """信用中国（上海） style report: a 信用报告 with 行政处罚（N条）-style headings."""
    o = P.org
    pen = v.get("penalties", [])
    blocks = [B("title", lines=["信用中国（上海）", "法人和非法人组织公共信用信息报告"]),
              B("grid", rows=[["报告编号", "XYZGSH-%s" % P.num(12)], ["生成时间", v.get("query_date", P.date_credit)]], widths=[3, 8]),
              B("h", text="基础信息"),
              B("grid", rows=[["名称", o["name"]], ["统一社会信用代码", o["code"]], ["类型", o.get("lic_type") or o.get("regname", "")],
                              ["成立日期", o["est"]], ["登记状态", "存续（在营、开业、在册）"]], widths=[3, 8]),
              B("h", text="行政管理信息")]
    blocks.append(B("pl", text="行政许可（%d条）" % v.get("permits_n", 0)))
    blocks.append(B("pl", text="行政处罚（%d条）" % len(pen)))
    if pen:
        blocks.append(B("pl", text="查见 %d 条行政处罚记录：" % len(pen)))
        rows = [["决定书文号", "违法行为", "处罚内容", "决定日期", "决定机关"]] + pen
        blocks.append(B("grid", rows=rows, widths=[3.2, 4, 2.6, 2.2, 3], head=True))
    blocks += [B("h", text="严重失信主体名单"), B("pl", text="未查见相关信息。"),
               B("h", text="经营异常名录"), B("pl", text="未查见相关信息。"),
               B("h", text="信用承诺"), B("pl", text="已作出信用承诺 %d 项，履约正常。" % v.get("promises", 2)),
               P_("本报告由信用中国（上海）网站生成，可通过报告编号在网站核验真伪。")]
    return blocks


def credit_pboc(P, v):
    """中国人民银行征信中心 企业信用报告（自主查询版）."""
    o = P.org
    blocks = [B("sub", text="中国人民银行征信中心"),
              B("title", lines=["企业信用报告", "（自主查询版）"]),
              B("grid", rows=[["报告编号", "2025%s" % P.num(16)], ["报告时间", v.get("query_date", P.date_credit) + " 10:%02d:%02d" % (P.rng.randrange(60), P.rng.randrange(60))],
                              ["企业名称", o["name"]], ["统一社会信用代码", o["code"]], ["中征码", "31%s" % P.num(14)]], widths=[3, 8]),
              B("h", text="一、信息概要"),
              B("pl", text="首次有信贷交易的年份：%d    发生信贷交易的机构数：%d" % (2016 + P.rng.randrange(6), P.rng.randrange(1, 3))),
              B("grid", rows=[["借贷交易余额（万元）", "担保交易余额（万元）", "被追偿余额", "关注类余额", "不良类余额"],
                              ["%d" % P.rng.randrange(0, 200), "0", "0", "0", "0"]], widths=[3, 3, 2, 2, 2], head=True),
              B("h", text="二、公共信息概要"),
              B("grid", rows=[["欠税记录", "民事判决记录", "强制执行记录", "行政处罚记录", "失信被执行人记录"],
                              ["0", "0", "0", "0", "0"]], widths=[2, 2, 2, 2, 2.4], head=True),
              B("h", text="三、基本信息"),
              B("grid", rows=[["登记注册类型", o.get("lic_type") or o.get("regname", "")], ["成立年份", o["est"][:4]],
                              ["注册地址", o["address"]], ["法定代表人", o["legal_rep"]]], widths=[3, 8]),
              B("h", text="声明"),
              P_("本报告由中国人民银行征信中心出具，依据截至报告时间企业征信系统记录的信息生成，除征信中心标注外，其他信息均由相关机构提供，征信中心不保证其真实性和准确性。")]
    return blocks


# ====================================================================== audit report
def audit_report(P, year, firm, v):
    o = P.org
    np_ = o["regtype"] in ("minfei", "shetuan")
    addressee = v.get("addressee") or ("%s理事会：" % o["name"] if np_ else "%s全体股东：" % o["name"])
    stmt2 = "业务活动表" if np_ else "利润表"
    extra = "" if np_ else "、所有者权益变动表"
    fy = year
    no = v.get("no") or "%s〔%d〕第%04d号" % (firm["prefix"], fy + 1, P.rng.randrange(100, 2000))
    blocks = [B("title", lines=["审 计 报 告"]),
              B("sub", text=no),
              B("pl", text=addressee),
              B("h", text="一、审计意见"),
              P_("我们审计了%s（以下简称“%s”）财务报表，包括%d年12月31日的资产负债表，%d年度的%s、现金流量表%s以及相关财务报表附注。" % (
                  o["name"], "贵单位" if np_ else "贵公司", fy, fy, stmt2, extra)),
              P_("我们认为，后附的财务报表在所有重大方面按照%s的规定编制，公允反映了%s%d年12月31日的财务状况以及%d年度的%s和现金流量。" % (
                  "《民间非营利组织会计制度》" if np_ else "企业会计准则", "贵单位" if np_ else "贵公司", fy, fy, "业务活动成果" if np_ else "经营成果")),
              B("h", text="二、形成审计意见的基础"),
              P_("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于%s，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。" % ("贵单位" if np_ else "贵公司")),
              B("h", text="三、管理层和治理层对财务报表的责任"),
              P_("管理层负责按照适用的财务报告编制基础编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。"),
              B("sign", lines=[firm["name"], "中国注册会计师：%s" % person(P.rng), "中国注册会计师：%s" % person(P.rng),
                               "中国·上海    %d年%d月%d日" % (fy + 1, P.rng.choice([3, 4]), P.rng.randrange(2, 28))], seal=firm["seal"]),
              B("break")]
    a = P.rng.randrange(300, 3000) * 1000 + P.rng.randrange(1000)
    b = int(a * P.rng.uniform(0.75, 1.1))
    inc = P.rng.randrange(200, 2000) * 1000
    inc0 = int(inc * P.rng.uniform(0.7, 1.15))
    f = lambda x: "{:,.2f}".format(x)
    colcur, colprev = v.get("cols", ("期末余额", "年初余额"))
    if v.get("dated_cols"):
        colcur, colprev = "%d年12月31日" % fy, "%d年12月31日" % (fy - 1)
    blocks += [B("title", lines=["资产负债表（简表）"], size=13),
               B("sub", text="编制单位：%s        %d年12月31日        单位：元" % (o["name"], fy)),
               B("grid", rows=[["项目", colcur, colprev],
                               ["货币资金", f(a * 0.42), f(b * 0.4)], ["资产总计", f(a), f(b)],
                               ["负债合计", f(a * 0.31), f(b * 0.35)],
                               ["净资产合计" if np_ else "所有者权益合计", f(a * 0.69), f(b * 0.65)]], widths=[4, 3, 3], head=True),
               B("title", lines=["%s（简表）" % stmt2], size=13),
               B("sub", text="%d年度        单位：元" % fy),
               B("grid", rows=[["项目", "本年金额" if not np_ else "本年数", "上年金额" if not np_ else "上年数"],
                               ["营业收入" if not np_ else "收入合计", f(inc), f(inc0)],
                               ["营业成本" if not np_ else "费用合计", f(inc * 0.83), f(inc0 * 0.86)],
                               ["净利润" if not np_ else "净资产变动额", f(inc * 0.11), f(inc0 * 0.09)]], widths=[4, 3, 3], head=True)]
    return blocks


# ====================================================================== registration certificates
def cert_licence(P, v):
    o = P.org
    return {
        "kind": "licence", "title": "营 业 执 照", "copy": v.get("copy", "（副 本）"),
        "serial": "编号 %s" % P.num(20 if False else 14)[:14],
        "code_label": "统一社会信用代码", "code": o["code_cert"], "qr": True,
        "fields": [("名称", o["name"]), ("类型", o["lic_type"]), ("法定代表人" if "分公司" not in o["lic_type"] and "合伙" not in o["lic_type"] and "独资" not in o["lic_type"] else ("执行事务合伙人" if "合伙" in o["lic_type"] else ("投资人" if "独资" in o["lic_type"] else "负责人")), o["legal_rep"]),
                   ("经营范围", o["scope"]),
                   ("注册资本" if ("有限" in o["lic_type"] and "分公司" not in o["lic_type"]) else "出资额" if "合伙" in o["lic_type"] else "成立日期", o["capital"] if ("有限" in o["lic_type"] and "分公司" not in o["lic_type"]) or "合伙" in o["lic_type"] else o["est"]),
                   ("成立日期", o["est"]), ("营业期限", o["term"]), ("住所" if "分公司" not in o["lic_type"] else "营业场所", o["address"])],
        "split": 4,
        "authority": {"label": "登 记 机 关", "date": o["lic_date"], "seal": o["authority"]},
        "footer": "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn    国家市场监督管理总局监制",
    }


def cert_minfei(P, v):
    o = P.org
    return {
        "kind": "minfei", "title": "民办非企业单位登记证书", "copy": "（法人）  副本",
        "code_label": "统一社会信用代码", "code": o["code_cert"], "qr": False,
        "fields": [("名称", o["name"]), ("住所", o["address"]), ("法定代表人", o["legal_rep"]),
                   ("开办资金", o["capital"]), ("业务主管单位", o["supervisor"]), ("业务范围", o["scope"]),
                   ("有效期", o["term"])],
        "authority": {"label": "登记管理机关", "date": o["lic_date"], "seal": o["authority"]},
        "footer": "中华人民共和国民政部监制",
    }


def cert_shetuan(P, v):
    o = P.org
    return {
        "kind": "shetuan", "title": "社会团体法人登记证书", "copy": "（副本）",
        "code_label": "统一社会信用代码", "code": o["code_cert"], "qr": False,
        "fields": [("名称", o["name"]), ("住所", o["address"]), ("法定代表人", o["legal_rep"]),
                   ("业务范围", o["scope"]), ("活动地域", "上海市"), ("注册资金", o["capital"]),
                   ("业务主管单位", o["supervisor"]), ("有效期", o["term"])],
        "authority": {"label": "登记管理机关", "date": o["lic_date"], "seal": o["authority"]},
        "footer": "中华人民共和国民政部监制",
    }


def cert_shiye(P, v):
    o = P.org
    return {
        "kind": "shiye", "title": "事业单位法人证书", "copy": "（副本）",
        "code_label": "统一社会信用代码", "code": o["code_cert"], "qr": False,
        "fields": [("名称", o["name"]), ("宗旨和业务范围", o["scope"]), ("住所", o["address"]),
                   ("法定代表人", o["legal_rep"]), ("经费来源", "财政补助"), ("开办资金", o["capital"]),
                   ("举办单位", o["supervisor"]), ("有效期", o["term"])],
        "authority": {"label": "登记管理机关", "date": o["lic_date"], "seal": "上海市事业单位登记管理局"},
        "footer": "国家事业单位登记管理局监制",
    }


CERTS = {"company": cert_licence, "minfei": cert_minfei, "shetuan": cert_shetuan, "shiye": cert_shiye}


def licence_as_blocks(P, v):
    """A licence 'copy' retyped as a table (some applicants print the registration info page)."""
    c = CERTS[P.org["regtype"]](P, v)
    rows = [[c["code_label"], c["code"]]] + [[k, val] for k, val in c["fields"]] + [[c["authority"]["label"].replace(" ", ""), c["authority"]["seal"]], ["发照日期", c["authority"]["date"]]]
    return [B("title", lines=[c["title"].replace(" ", "") + ("（副本）复印件" if v.get("fuyin", True) else "")]),
            B("grid", rows=rows, widths=[3, 8]),
            B("pr", text="与原件一致    %s（盖章）" % P.org["name"]),
            B("sign", lines=[P.date_apply], seal=P.org["seal"])]


# ====================================================================== work plan, pledge, integrity letter
def work_plan(P, v):
    o = P.org
    t = v.get("title", "职业技能等级认定工作方案")
    blocks = [B("title", lines=[o["name"]] + t.split("\n")) if v.get("name_in_title", True) else B("title", lines=t.split("\n")),
              B("h", text="一、指导思想"),
              P_("认真贯彻落实国家和本市关于职业技能等级认定工作的部署要求，坚持把社会效益放在首位，按照“谁评价、谁发证、谁负责”的原则，规范开展%s等职业（工种）的职业技能等级认定工作。" % occ_names(P.apps_declared)),
              B("h", text="二、组织机构"),
              P_("成立职业技能等级认定工作领导小组，由%s任组长；下设认定工作部（专门负责职业技能等级认定工作的机构），配备专职工作人员%d名，其中考务管理%d名、质量督导%d名、信息管理%d名。" % (
                  o["legal_rep"], P.staff, max(1, P.staff // 3), max(1, P.staff // 4), 1)),
              B("h", text="三、专家团队"),
              P_("组建由行业企业技术骨干、院校专业教师组成的专家团队共%d人，负责题库开发、考评及督导工作；现有考评员%d名、督导员%d名。" % (
                  P.assessors + 6, P.assessors, max(2, P.assessors // 5))),
              B("h", text="四、场地设备"),
              P_("考核点位于%s，设理论考试机房（%d个机位）、技能操作考场%d间，全部考场安装视频监控设备并接入监控平台，监控录像保存不少于一年。" % (
                  P.site_address, P.rng.choice([40, 50, 60, 80]), P.rng.randrange(2, 6))),
              B("h", text="五、质量管控"),
              P_("建立考务管理、考评人员管理、试卷保密、证书管理、档案管理、内部质量督导等制度，实行考评人员回避和轮换，接受各级人社部门和行业主管部门的监督检查。"),
              B("h", text="六、经费保障"),
              P_("认定工作经费纳入单位年度预算，单独核算，确保工作稳定开展。")]
    if v.get("mention_pledge"):
        blocks += [B("h", text="七、工作承诺"),
                   P_("我单位承诺：严格遵守国家及本市职业技能等级认定相关要求，申报材料真实有效，不以营利为最终目的，自愿接受监督；如有违反，愿承担相应责任。")]
    return blocks


def pledge(P, v):
    o = P.org
    t = v.get("title", "承诺书")
    blocks = [B("title", lines=[t])]
    if v.get("to"):
        blocks.append(B("pl", text=v["to"]))
    items = [
        "本单位为依法登记的独立法人，具有规范的财务制度和管理制度，社会信用良好，无违法违规、失信等不良行为记录。",
        "本单位所提交的全部申报材料真实、有效、合法，如有虚假，自愿承担由此产生的一切后果。",
        "本单位把社会效益放在首位，不以营利为最终目的，严格执行职业技能等级认定收费相关规定。",
        "遵守国家及本市职业技能等级认定相关要求，自愿接受各级人社部门、相关行业主管部门的监督。",
        "一年内不重复申报同一职业（工种）社会培训评价组织征集遴选。",
    ]
    if v.get("short"):
        items = items[:3]
    blocks.append(P_(v.get("lead", "本单位自愿申报上海市社会培训评价组织，现郑重承诺如下：")))
    for i, it in enumerate(items, 1):
        blocks.append(P_("%s、%s" % ("一二三四五六"[i - 1], it)))
    blocks.append(B("sign", lines=["承诺单位（盖章）：%s" % o["name"], "法定代表人（签字）：%s" % o["legal_rep"], P.date_apply], seal=o["seal"]))
    return blocks


def integrity(P, v):
    o = P.org
    t = v.get("title", "廉洁责任书")
    blocks = [B("title", lines=t.split("\n"))]
    if v.get("bilateral"):
        blocks += [B("pl", text="甲方：上海市职业技能鉴定中心"), B("pl", text="乙方：%s" % o["name"])]
    blocks += [P_("为加强职业技能等级认定工作的党风廉政建设，规范评价行为，防止各种不正当行为的发生，%s作出如下廉洁责任约定：" % ("甲乙双方" if v.get("bilateral") else "本单位")),
               P_("一、严格执行职业技能等级认定工作的各项规定，不得向考生收取规定以外的任何费用，不得以任何形式买卖证书。"),
               P_("二、不得向人社部门、职业技能鉴定机构工作人员赠送礼金、有价证券、贵重物品，不得安排宴请、娱乐等活动。"),
               P_("三、考评人员、督导人员执行回避制度，不得徇私舞弊、弄虚作假，发现违纪违规行为及时报告。"),
               P_("四、违反本责任书的，按照《技能人才评价违纪违规行为处理工作指引（试行）》等规定处理。")]
    if v.get("bilateral"):
        blocks.append(B("sign", lines=["甲方：上海市职业技能鉴定中心（盖章）", "乙方：%s（盖章）" % o["name"], P.date_apply], seal=o["seal"]))
    else:
        blocks.append(B("sign", lines=["责任单位（盖章）：%s" % o["name"], "法定代表人：%s" % o["legal_rep"], P.date_apply], seal=o["seal"]))
    return blocks


# ====================================================================== implementation plan, evaluation plans, sample papers
TOPICS = {
    "政务服务办事员": (["窗口受理", "一网通办", "帮办代办", "首问负责制", "政务服务好差评"], ["模拟企业开办综合窗口受理", "模拟办事群众咨询答复"]),
    "调饮师": (["茶饮原料验收", "奶茶制作", "咖啡萃取", "饮品成本核算", "器具清洁消毒"], ["制作一杯指定配方的果茶", "制作两款创意调饮"]),
    "食品安全管理师": (["食品安全风险评估", "进货查验", "HACCP", "食品留样", "从业人员健康管理"], ["编制餐饮门店食品安全自查表", "模拟食品安全事故应急处置"]),
    "网络与信息安全管理师": (["数据分类分级", "数据脱敏", "访问控制", "日志审计", "个人信息保护"], ["对样本数据库实施脱敏", "编制数据安全事件处置报告"]),
    "数字化解决方案设计师": (["需求调研", "业务流程建模", "系统架构设计", "方案评估", "数据治理"], ["为制造企业设计数字化车间方案", "编制解决方案实施计划"]),
    "数字孪生应用技术员": (["三维建模", "数据采集", "孪生体映射", "仿真运行", "可视化展示"], ["完成产线设备孪生模型搭建", "配置孪生系统数据接口"]),
    "房地产策划师": (["市场调研", "项目定位", "营销推广", "客群分析", "价格策略"], ["编制住宅项目营销策划案", "完成商业项目定位分析"]),
    "科技咨询师": (["技术评估", "科技成果转化", "专利分析", "项目可行性研究", "咨询报告撰写"], ["撰写科技成果评价报告", "完成技术路线图分析"]),
    "信用管理师": (["企业信用评估", "应收账款管理", "信用风险预警", "征信报告解读", "客户授信"], ["编制客户授信方案", "分析企业信用报告并提出意见"]),
    "计量员": (["温度计量", "压力仪表检定", "热电偶校准", "测量不确定度", "计量器具管理"], ["完成工业热电阻的检定", "校准压力变送器"]),
    "色彩搭配师": (["色相环", "服饰色彩搭配", "个人色彩诊断", "空间配色", "色彩心理"], ["为顾客进行个人色彩诊断", "完成一组服饰搭配方案"]),
    "碳排放管理员": (["碳排放核算边界", "排放因子", "温室气体种类", "碳配额", "监测计划"], ["核算某企业年度直接排放量", "编制碳排放监测计划"]),
    "建筑节能减排咨询师": (["建筑能耗诊断", "围护结构节能", "绿色建筑评价", "可再生能源应用", "节能改造方案"], ["编制既有建筑节能改造方案", "完成建筑能耗计算"]),
    "保洁员": (["清洁剂的选用", "地面清洁保养", "玻璃幕墙清洁", "卫生间消毒", "清洁设备安全操作"], ["完成一间办公室日常保洁", "使用洗地机清洗大理石地面"]),
    "生活垃圾清运工": (["垃圾分类标准", "收集容器管理", "清运车辆作业", "湿垃圾收运", "作业安全防护"], ["完成小区分类垃圾收集作业", "对收集点进行清洗消毒"]),
    "盆景师": (["树木盆景造型", "山水盆景", "蟠扎技法", "修剪整形", "盆景养护"], ["完成一盆五针松的蟠扎造型", "制作小型山水盆景"]),
    "保健调理师": (["艾灸操作规范", "施灸禁忌", "腧穴定位", "艾灸器具", "灸后护理"], ["完成背部温和灸操作", "为顾客制定艾灸调理方案"]),
    "医疗护理员": (["卧床患者翻身", "生命体征观察", "压疮预防", "协助进食", "院内感染防控"], ["为卧床患者更换床单", "协助患者从床上移至轮椅"]),
    "营养师": (["膳食调查", "营养素参考摄入量", "食谱编制", "营养教育", "体格测量"], ["为学龄儿童编制一日食谱", "完成社区人群膳食调查"]),
    "助听器验配师": (["纯音测听", "言语测听", "助听器选配", "耳印模制取", "验配效果评估"], ["完成一名受试者的纯音听阈测试", "进行助听器调试"]),
    "社群健康助理员": (["社区健康档案", "慢病随访", "健康宣教", "社群活动组织", "健康数据采集"], ["组织一次社区健康讲座", "完成高血压患者随访记录"]),
    "化工总控工": (["DCS操作", "精馏塔控制", "化工安全", "工艺参数调节", "开停车操作"], ["完成精馏装置冷态开车", "处理反应釜超温事故"]),
    "药物制剂工": (["GMP基本要求", "洁净区管理", "制剂工艺参数", "设备清洁验证", "批生产记录"], ["按批生产指令完成制备操作", "完成设备清场与清洁"]),
    "增材制造设备操作员": (["3D打印原理", "切片参数设置", "设备校准", "后处理工艺", "打印缺陷分析"], ["使用FDM设备打印指定零件", "完成金属打印件后处理"]),
    "管工": (["管道识图", "管道切割与坡口", "螺纹连接", "管道试压", "支吊架安装"], ["完成给水管道的下料与连接", "进行管道系统水压试验"]),
    "育婴员": (["婴儿喂养", "婴儿睡眠照料", "生长发育监测", "常见病预防", "早期教育"], ["为婴儿冲调配方奶", "为婴儿进行抚触"]),
    "轨道交通信号工": (["联锁原理", "转辙机维护", "计轴设备", "信号机检修", "故障应急处理"], ["完成ZD6型转辙机检修", "处理道岔失表示故障"]),
}


def topics_for(name):
    base, _ = split_occ(name)
    return TOPICS[base] if base in TOPICS else TOPICS[base.replace("（数据安全管理员）", "")]


def evaluation_plan(P, code, name, lvl, v):
    ls = v.get("level_style", "slash")
    tstyle = v.get("eval_title", "a")
    L = lvname(lvl, ls)
    title = {"a": ["%s（%s）评价方案" % (name, L)],
             "b": ["%s职业技能等级评价方案" % name, "（%s）" % L],
             "c": ["%s %s 职业技能等级认定评价方案" % (name, L)],
             "d": ["评价方案：%s・%s" % (name, L)]}[tstyle]
    th, _ = topics_for(name)
    return [B("title", lines=title, size=14),
            B("pl", text="职业编码：%s    职业（工种）：%s    等级：%s" % (code, name, L)),
            B("h", text="一、考核方式"),
            P_("理论知识考试采用%s方式，考试时间%d分钟；技能考核采用%s方式，考核时间%d分钟。%s" % (
                P.rng.choice(["闭卷机考", "闭卷笔试"]), 90, P.rng.choice(["现场实际操作", "实际操作与答辩相结合"]),
                P.rng.choice([60, 90, 120]), "二级及以上另需进行综合评审。" if lvl <= 2 else "")),
            B("h", text="二、考评人员配比"),
            P_("理论知识考试考评人员与考生配比为1:15，每个考场不少于2名考评人员；技能考核考评人员与考生配比为1:5，且考评人员不少于3名。"),
            B("h", text="三、评分与合格标准"),
            P_("理论知识考试、技能考核均实行百分制，成绩均达60分（含）以上者为合格。考核重点：%s。" % "、".join(th[:3])),
            B("h", text="四、场地设备"),
            P_("考核在%s考核点进行，场地设备符合国家职业标准要求，全过程视频监控。" % P.site_district)]


SET_TITLES = {
    # style: (set-1 label, set-2 label)
    "paren": ("样题（一）", "样题（二）"),
    "plain": ("样题一", "样题二"),
    "AB": ("样卷A", "样卷B"),
    "juan": ("A卷", "B卷"),
    "tao": ("第一套", "第二套"),
    "shijuan": ("试卷一", "试卷二"),
    "moni": ("模拟题（一）", "模拟题（二）"),
}


def sample_set(P, code, name, lvl, k, v):
    """One set (k=1|2) of sample papers for name × lvl (identical when requested twice in a package)."""
    cache = P.__dict__.setdefault("_sample_cache", {})
    ck = (code, name, lvl, k, v.get("level_style"), v.get("sample_style"), v.get("sample_title"))
    if ck not in cache:
        cache[ck] = _sample_set(P, code, name, lvl, k, v)
    return [dict(b) for b in cache[ck]]


def _sample_set(P, code, name, lvl, k, v):
    ls = v.get("level_style", "slash")
    st = v.get("sample_style", "paren")
    lab = SET_TITLES[st][k - 1]
    L = lvname(lvl, ls)
    tform = v.get("sample_title", "a")
    if tform == "a":
        title = ["%s（%s）理论知识%s" % (name, L, lab)] if st not in ("AB", "juan", "tao") else ["%s（%s）职业技能等级认定%s" % (name, L, lab)]
    elif tform == "b":   # 保洁员三级理论知识样题（一）
        title = ["%s%s理论知识%s" % (name, lv_plain(lvl), lab)]
    elif tform == "c":
        title = ["%s %s" % (name, L), "%s" % lab]
    else:
        title = ["%s—%s—%s" % (name, lv_plain(lvl), lab)]
    th, tasks = topics_for(name)
    r = P.rng
    q = []
    off = 0 if k == 1 else 2
    picks = [th[(off + i) % len(th)] for i in range(3)]
    q.append(B("h", text="一、单项选择题（每题2分）"))
    for i, tp in enumerate(picks[:2], 1):
        opts = ["按规范和操作规程执行", "凭个人经验简化步骤", "交由他人代为完成", "事后补填记录"]
        r.shuffle(opts)
        q.append(B("pl", text="%d. 关于“%s”，下列做法正确的是（    ）。" % (i, tp)))
        q.append(B("pl", text="A.%s  B.%s  C.%s  D.%s" % tuple(opts)))
    q.append(B("h", text="二、判断题（每题1分）" if k == 1 else "二、多项选择题（每题2分）"))
    q.append(B("pl", text="3. %s工作中，%s应当严格执行相关标准和规范。（    ）" % (split_occ(name)[0], picks[2])))
    q.append(B("h", text="三、技能操作试题" if k == 1 else "三、操作技能考核题"))
    q.append(B("pl", text="试题：%s（考核时间%d分钟，配分100分）。" % (tasks[(k - 1) % len(tasks)], r.choice([30, 40, 60]))))
    q.append(B("pl", text="考核要求：操作规范、安全文明；%s。" % ("按评分细则记录" if k == 1 else "按操作要点逐项评分")))
    return [B("title", lines=title, size=13), B("pl", text="职业编码：%s    （共%d题，参考答案另附）" % (code, 4))] + q


def implementation_plan_head(P, v):
    o = P.org
    ls = v.get("level_style", "slash")
    blocks = [B("title", lines=v.get("title", "职业技能等级认定项目实施方案").split("\n")),
              B("sub", text=o["name"]),
              B("h", text="一、项目概况"),
              P_("本单位拟开展以下职业（工种）的职业技能等级认定：")]
    rows = [["序号", "职业编码", "职业（工种）", "等级"]]
    for i, (code, name, lv) in enumerate(P.apps_declared, 1):
        rows.append([str(i), code, name, levels_list(lv, ls)])
    blocks.append(B("grid", rows=rows, widths=[0.8, 2.0, 6.4, 4.4], head=True))
    blocks += [B("h", text="二、组织实施"),
               P_("认定工作按照报名、资格审核、考务编排、考核实施、阅卷评分、成绩公示、证书核发、档案管理等环节组织实施，各环节责任到人。"),
               B("h", text="三、考核点与设施"),
               P_("考核点设在%s，配备理论考试机房和技能操作考场，视频监控全覆盖。" % P.site_address),
               B("h", text="四、质量督导"),
               P_("每场考试派驻内部质量督导员，考试结束后五个工作日内形成督导报告；接受市职鉴中心的外部督导。"),
               B("h", text="五、各等级评价方案及样题"),
               P_(v.get("annex_note", "各职业（工种）各等级评价方案及两套样题附后。"))]
    return blocks


def expert_list(P, v):
    rows = [["序号", "姓名", "工作单位", "职称/等级", "专业领域"]]
    for i in range(1, 7):
        rows.append([str(i), person(P.rng), P.rng.choice(["本单位", "上海某三甲医院", "上海某职业技术学院", "行业龙头企业", "上海某设计院"]),
                     P.rng.choice(["高级工程师", "副教授", "一级/高级技师", "主任护师", "高级经济师"]), split_occ(P.apps_declared[0][1])[0]])
    return [B("title", lines=["专家团队及考评人员名单"]), B("grid", rows=rows, widths=[1, 1.8, 4, 2.4, 3], head=True)]


def equipment_list(P, v):
    rows = [["序号", "设备名称", "数量", "存放地点"]]
    items = ["网络硬盘录像机", "高清半球摄像机", "理论考试计算机", "身份证阅读器", "金属探测仪", "技能操作工位"]
    for i, it in enumerate(items, 1):
        rows.append([str(i), it, str(P.rng.randrange(2, 60)), P.site_address])
    return [B("title", lines=["考核点场地及设备设施清单"]), B("grid", rows=rows, widths=[1, 4, 1.4, 6], head=True)]
