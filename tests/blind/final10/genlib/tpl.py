"""Document templates. Each returns a render.Doc (or draws a certificate)."""
import random

from .occ import BOTH, CN, OLD, PAREN, TOPICS, full, level_range
from .render import Doc

CNUM = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CNUM[int(c)] for c in str(y))


def cn_day(n):
    if n < 10:
        return CNUM[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CNUM[n - 10]
    if n % 10 == 0:
        return CNUM[n // 10] + "十"
    return CNUM[n // 10] + "十" + CNUM[n % 10]


def cn_date(d):
    y, m, dd = d
    return f"{cn_year(y)}年{cn_day(m)}月{cn_day(dd)}日"


def ar_date(d, pad=False):
    y, m, dd = d
    return f"{y}年{m:02d}月{dd:02d}日" if pad else f"{y}年{m}月{dd}日"


def iso(d):
    return f"{d[0]}-{d[1]:02d}-{d[2]:02d}"


def occ_label(o, style="full"):
    code, name, work, _ = o
    if style == "full":
        return full(o)
    if style == "code":
        return f"{code} {full(o)}"
    if style == "bracket":
        return f"{full(o)}（{code}）"
    return full(o)


def lv_list(levels, style="cn", sep="、"):
    ls = sorted(levels, reverse=True)
    m = {"cn": CN, "old": OLD, "both": BOTH, "paren": PAREN}[style]
    return sep.join(m[x] for x in ls)


def apps_text(C, style="cn"):
    parts = []
    for o, lv in C.apps:
        parts.append(f"{full(o)}（{o[0]}）{lv_list(lv, style)}")
    return "；".join(parts)


def occ_names(C):
    return "、".join(full(o) for o, _ in C.apps)


# ======================================================================= application forms

def af_ticks(C, rng, tick="☑", box="□", seal=True):
    d = Doc(font=C.style.get("font", "serif"), size=11, pagenum="n")
    d.add("p", "附件1", {"indent": False, "align": "left"})
    d.add("title", "社会培训评价组织征集遴选申请表")
    d.add("p", f"填报日期：{ar_date(C.form_date)}", {"align": "right", "indent": False})
    rows = [
        [{"t": "申报单位名称", "b": True}, {"t": C.form_name, "cs": 3}],
        [{"t": "统一社会信用代码", "b": True}, C.code, {"t": "单位类型", "b": True}, C.type_word],
        [{"t": "法定代表人", "b": True}, C.rep, {"t": "成立时间", "b": True}, ar_date(C.founded)],
        [{"t": "注册地址", "b": True}, {"t": C.addr, "cs": 3}],
        [{"t": "考核点地址", "b": True}, {"t": C.site_addr, "cs": 3}],
        [{"t": "联系人", "b": True}, C.contact, {"t": "联系电话", "b": True}, C.phone],
        [{"t": "专职工作人员", "b": True}, f"{C.staff}人", {"t": "考评员/督导员", "b": True}, f"{C.assessors}人/{C.supervisors}人"],
    ]
    d.add("table", rows, {"widths": [2.2, 3, 2, 3]})
    d.add("p", "申报职业（工种）及等级（在申报等级前的方框内打“" + tick + "”）", {"indent": False, "bold": True})
    orow = [["序号", "职业编码", "职业（工种）名称", "申报等级"]]
    for i, (o, lv) in enumerate(C.apps, 1):
        marks = " ".join(f"{tick if k in lv else box}{CN[k]}" for k in (5, 4, 3, 2, 1))
        orow.append([str(i), o[0], full(o), marks])
    d.add("table", orow, {"header": 1, "widths": [0.8, 1.8, 3.4, 4.6]})
    d.add("table", [[{"t": "申报单位意见", "b": True, "al": "center"},
                     {"t": "本单位对所填报内容及提交材料的真实性负责。\n\n\n法定代表人（签字）：" + C.rep_sign +
                      f"            （单位盖章）\n{' ' * 30}{ar_date(C.form_date)}", "h": 38}]],
          {"widths": [2, 8.6]})
    if seal:
        d.add("sign", [], C.seal_spec(), {"seal_dx": 14, "seal_dy": -40})
    return d


def af_web(C, rng):
    """Printed from the web system (HTML, system header, URL footer)."""
    d = Doc(font="wqy", size=10, margins=(14, 12, 14, 12), pagenum="n/N",
            footer=f"https://zzjb.rsj.sh.gov.cn/zzjbdl/jnjd/xzbajg/preview?sbbh={C.sbbh}")
    d.add("raw", f'<div style="font-size:8pt;color:#666;display:flex;justify-content:space-between">'
                 f'<span>{iso(C.form_date).replace("-", "/")} {rng.randint(9, 17)}:{rng.randint(10, 59)}</span>'
                 f'<span>上海市人力资源和社会保障自助经办系统</span></div>')
    d.add("raw", '<div style="background:#1f5fa8;color:#fff;padding:6pt 10pt;margin:6pt 0;font-size:13pt">'
                 '上海市人力资源和社会保障自助经办系统'
                 '<span style="float:right;font-size:9pt">劳动就业 &gt; 技能鉴定 &gt; 新增备案机构申报</span></div>')
    d.add("title", "社会培训评价组织征集遴选申请表")
    d.add("p", f"申报编号：{C.sbbh}　　　　状态：已提交　　　　提交时间：{iso(C.form_date)}", {"indent": False, "size": 9})
    d.add("h", 2, "■ 申报单位基本信息")
    g = "#eef2f8"
    rows = [
        [{"t": "单位名称", "bg": g}, {"t": C.form_name, "cs": 3}],
        [{"t": "统一社会信用代码", "bg": g}, C.code, {"t": "登记类型", "bg": g}, C.type_word],
        [{"t": "法定代表人", "bg": g}, C.rep, {"t": "注册资本（开办资金）", "bg": g}, C.capital],
        [{"t": "注册地址", "bg": g}, {"t": C.addr, "cs": 3}],
        [{"t": "经办人", "bg": g}, C.contact, {"t": "手机号码", "bg": g}, C.phone],
        [{"t": "电子邮箱", "bg": g}, C.email, {"t": "所属区", "bg": g}, C.site_district],
    ]
    d.add("table", rows, {"widths": [2, 3, 2, 3], "size": 9.5})
    d.add("h", 2, "■ 考核点信息")
    d.add("table", [["考核点名称", "考核点地址", "场地面积（㎡）", "视频监控"],
                    [f"{C.short}考核点", C.site_addr, str(C.area), "已安装，可远程调阅"]],
          {"header": 1, "hbg": g, "widths": [2.4, 4.6, 1.6, 2], "size": 9.5})
    d.add("h", 2, "■ 申报职业（工种）")
    rows = [["序号", "职业编码", "职业名称", "工种", "申报等级"]]
    for i, (o, lv) in enumerate(C.apps, 1):
        rows.append([str(i), o[0], o[1], o[2] or "—", lv_list(lv, "both", "；")])
    d.add("table", rows, {"header": 1, "hbg": g, "widths": [0.7, 1.7, 2.8, 2.4, 4], "size": 9.5})
    d.add("h", 2, "■ 申报承诺")
    d.add("p", "☑ 本单位已阅知《关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》（沪人社职〔2024〕447号），"
               "承诺所填信息及上传材料真实、有效、合法。", {"indent": False, "size": 9.5})
    d.add("p", "（本页由系统生成，打印后加盖单位公章）", {"align": "right", "size": 8.5, "color": "#666666"})
    if C.style.get("web_seal", True):
        d.add("sign", [f"申报单位（盖章）：{C.form_name}", ar_date(C.form_date)], C.seal_spec(svg=True))
    return d


def af_range(C, rng, sep="至"):
    d = Doc(font=C.style.get("font", "serif"), size=11, pagenum="第n页")
    d.add("title", "上海市社会培训评价组织\n征集遴选申请表")
    kv = [("机构名称", C.form_name), ("统一社会信用代码", C.code), ("机构性质", C.type_word),
          ("法定代表人", f"{C.rep}（身份证号：{C.rep_id}）"), ("机构地址", C.addr), ("邮政编码", C.zip),
          ("考核场地", f"{C.site_addr}，面积约{C.area}平方米"), ("联系人及电话", f"{C.contact}  {C.phone}")]
    d.add("table", [[{"t": k, "al": "center"}, v] for k, v in kv], {"widths": [2.4, 7.6]})
    d.add("p", "申报职业（工种）及等级", {"indent": False, "bold": True, "align": "center"})
    rows = [["序号", "职业（工种）", "职业编码", "申报等级", "备注"]]
    for i, (o, lv) in enumerate(C.apps, 1):
        rows.append([str(i), full(o), o[0], level_range(lv, sep), C.remarks[i - 1] if i - 1 < len(C.remarks) else ""])
    d.add("table", rows, {"header": 1, "widths": [0.8, 3.4, 1.8, 2, 2.6]})
    d.add("p", "机构简介：" + C.intro, {"indent": False})
    d.add("sign", [f"申报机构（盖章）：{C.form_name}", cn_date(C.form_date) if C.style.get("cn_dates") else ar_date(C.form_date)],
          C.seal_spec())
    return d


def af_matrix(C, rng, mark="√"):
    d = Doc(font=C.style.get("font", "wqy"), size=10.5, pagenum="n", landscape=True, margins=(18, 18, 18, 18))
    d.add("title", "社会培训评价组织征集遴选申请表")
    d.add("table", [["单位名称", C.form_name, "统一社会信用代码", C.code],
                    ["单位性质", C.type_word, "法定代表人", C.rep],
                    ["单位地址", C.addr, "联系人/电话", f"{C.contact}/{C.phone}"]], {"widths": [1.6, 4, 1.8, 3]})
    rows = [[{"t": "序号", "rs": 2}, {"t": "职业编码", "rs": 2}, {"t": "职业名称", "rs": 2}, {"t": "工种", "rs": 2},
             {"t": "申报等级（在对应等级栏内打“" + mark + "”）", "cs": 5}],
            ["五级\n初级工", "四级\n中级工", "三级\n高级工", "二级\n技师", "一级\n高级技师"]]
    for i, (o, lv) in enumerate(C.apps, 1):
        rows.append([str(i), o[0], o[1], o[2] or "/"] + [{"t": mark if k in lv else "", "al": "center"} for k in (5, 4, 3, 2, 1)])
    d.add("table", rows, {"header": 2, "widths": [0.6, 1.5, 2.4, 2.4, 1, 1, 1, 1, 1.1]})
    d.add("p", "说明：等级栏只勾选本次申报的等级；职业（工种）应在《通知》附件所列范围内。", {"indent": False, "size": 9})
    d.add("sign", ["单位（公章）", ar_date(C.form_date)], C.seal_spec(), {"seal_dx": 6, "seal_dy": -18})
    return d


def af_page2(C, rng):
    d = Doc(font=C.style.get("font", "serif"), size=11.5, pagenum="- n -")
    d.add("space", 30)
    d.add("title", "社会培训评价组织征集遴选\n申 请 表")
    d.add("space", 30)
    d.add("table", [["申报单位（盖章）", C.form_name], ["统一社会信用代码", C.code], ["填报日期", cn_date(C.form_date)]],
          {"noborder": True, "widths": [3, 6], "size": 14})
    d.add("space", 40)
    d.add("p", "上海市职业技能鉴定中心制", {"align": "center", "indent": False})
    d.add("pagebreak")
    d.add("h", 1, "一、申报单位基本情况")
    d.add("table", [["单位名称", {"t": C.form_name, "cs": 3}],
                    ["单位性质", C.type_word, "成立日期", ar_date(C.founded)],
                    ["法定代表人", C.rep, "注册资本", C.capital],
                    ["地址", {"t": C.addr, "cs": 3}],
                    ["职工总数", f"{C.employees}人", "其中专职评价人员", f"{C.staff}人"],
                    ["联系人", C.contact, "电话", C.phone]], {"widths": [2, 3, 2, 3]})
    d.add("h", 1, "二、机构概况")
    d.add("p", C.intro)
    d.add("p", f"近三年累计开展{occ_names(C)}等职业培训{C.trained}人次，现有专兼职教师{C.teachers}名，"
               f"考核场地位于{C.site_addr}，总面积{C.area}平方米，设理论考试机房和实操考核区，全程视频监控。")
    d.add("pagebreak")
    d.add("h", 1, "三、申报职业（工种）及等级")
    rows = [["职业编码", "职业名称", "工种", "申报等级"]]
    for o, lv in C.apps:
        rows.append([o[0], o[1], o[2] or "—", lv_list(lv, "old")])
    d.add("table", rows, {"header": 1, "widths": [2, 3, 3, 3]})
    d.add("h", 1, "四、申报单位意见")
    d.add("p", "我单位自愿申报社会培训评价组织，保证所提供材料真实有效，并自觉接受人社部门和行业主管部门的监督管理。")
    d.add("sign", ["法定代表人签字：" + C.rep_sign, "单位盖章：", cn_date(C.form_date)], C.seal_spec())
    return d


def af_kv(C, rng):
    d = Doc(font=C.style.get("font", "fangsong"), size=13, pagenum=None)
    d.add("title", "社会培训评价组织申请表")
    for k, v in [("申报单位", C.form_name), ("统一社会信用代码", C.code), ("单位性质", C.type_word),
                 ("法定代表人", C.rep), ("通讯地址", C.addr), ("考核点", C.site_addr),
                 ("联系人", f"{C.contact}（{C.phone}）")]:
        d.add("p", f"{k}：{v}", {"indent": False})
    d.add("p", "申报职业（工种）及等级：", {"indent": False, "space": 0.6})
    for i, (o, lv) in enumerate(C.apps, 1):
        d.add("p", f"{i}. {full(o)}（职业编码 {o[0]}）：{lv_list(lv, 'both')}", {"indent": True})
    d.add("p", "申报理由：" + C.intro, {"indent": False, "space": 0.6})
    d.add("sign", ["申报单位（盖章）", ar_date(C.form_date)], C.seal_spec())
    return d


# ======================================================================= letters

def _title_rec(C, name, mode):
    if mode == "func":
        return f"关于推荐{name}申报\n社会培训评价组织的函"
    if mode == "func1":
        return f"关于推荐{name}申报社会培训评价组织的函"
    if mode == "yijian":
        return "推荐意见"
    if mode == "shu":
        return "推 荐 书"
    if mode == "hanr":
        return f"关于同意推荐{name}\n作为职业技能等级认定社会培训评价组织的函"
    if mode == "site":
        return f"关于推荐{name}\n职业技能等级认定考核点的函"
    return "推荐函"


def industry_letter(C, rng, I, mode="func", sign_name=True, date_cn=True, seal=True, addressee=None,
                    rec_name=None, contact=True, docno_pos="center", lh_suffix=""):
    """I: issuer dict(name, docno, kind, intro)."""
    name = rec_name or C.name
    d = Doc(font=I.get("font", "fangsong"), size=14 if I.get("font", "fangsong") == "fangsong" else 13, pagenum="- n -",
            margins=(30, 26, 30, 28))
    d.add("letterhead", I["name"] + lh_suffix, {"size": I.get("lh_size", 24 if len(I["name"]) > 10 else 30)})
    if docno_pos == "center":
        d.add("docno", I["docno"])
    else:
        d.add("docno", I["docno"] + "　　　　　　　　　　签发人：" + I.get("signer", "王建"), "right")
    d.add("redline")
    d.add("title", _title_rec(C, name, mode))
    d.add("p", (addressee or "上海市人力资源和社会保障局") + "：", {"indent": False, "align": "left"})
    kind = I.get("kind", "gov")
    occ_txt = "、".join(f"{full(o)}（{lv_list(lv, 'cn')}）" for o, lv in C.apps)
    if kind == "gov":
        d.add("p", f"{name}（统一社会信用代码：{C.rec_code if rec_name else C.code}）是在本市依法登记的独立法人单位，"
                   f"{C.field_desc}。该单位长期从事{occ_names(C)}相关领域的培训与技能评价工作，"
                   f"组织机构健全，管理制度规范，具备开展职业技能等级认定的场地、设备和专家资源。")
        d.add("p", f"根据《上海市人力资源和社会保障局关于开展政务服务办事员等社会培训评价组织征集遴选工作的通知》"
                   f"（沪人社职〔2024〕447号）要求，经审核，{I.get('self', '我委')}同意推荐{name}申报{occ_txt}"
                   f"社会培训评价组织。")
        d.add("p", f"请予支持。")
    elif kind == "assoc":
        d.add("p", f"{name}系我会{rng.choice(['理事单位', '副会长单位', '会员单位'])}，"
                   f"在本行业内具有较好的社会声誉和较强的培训评价能力。{C.field_desc}。")
        d.add("p", f"{I['name']}作为{occ_names(C)}相关行业的行业组织，依据沪人社职〔2024〕447号文件精神，"
                   f"对该单位申报材料进行了审核，认为其符合社会培训评价组织的申报条件，特推荐其申报以下职业（工种）："
                   f"{occ_txt}。")
        d.add("p", "我会将协助做好行业指导和监督工作。特此推荐。")
    else:  # group parent
        d.add("p", f"{name}为我集团{rng.choice(['全资子公司', '控股子公司'])}，{C.field_desc}。")
        d.add("p", f"为贯彻落实技能人才评价制度改革要求，经集团{rng.choice(['党委会', '总经理办公会'])}研究，"
                   f"同意并推荐{name}申报{occ_txt}社会培训评价组织，集团将在人员、场地和经费上给予保障。")
    if contact:
        d.add("p", f"（联系人：{I.get('contact', '李敏')}，联系电话：{I.get('tel', '021-23115678')}）", {"indent": True})
    lines = ([I["name"]] if sign_name else []) + [cn_date(I["date"]) if date_cn else ar_date(I["date"])]
    d.add("sign", lines, I["seal"] if seal else None, {"seal_dx": 8, "seal_dy": -20 if sign_name else -26})
    if I.get("cc"):
        d.add("space", 8)
        d.add("p", "抄送：" + I["cc"], {"indent": False, "size": 11})
    return d


def group_pifu(C, rng, I, seal=True):
    d = Doc(font="serif", size=13, pagenum=None, margins=(28, 25, 28, 25))
    d.add("letterhead", I["name"] + "文件", {"size": 28})
    d.add("docno", I["docno"])
    d.add("redline")
    d.add("title", f"关于同意{C.name}\n申报社会培训评价组织的批复")
    d.add("p", f"{C.name}：", {"indent": False})
    d.add("p", f"你公司《关于申报社会培训评价组织的请示》（{C.short}〔2025〕{rng.randint(2, 9)}号）收悉。经集团研究，批复如下：")
    d.add("p", f"一、同意你公司申报{'、'.join(f'{full(o)}（{lv_list(lv)}）' for o, lv in C.apps)}社会培训评价组织。")
    d.add("p", "二、你公司须严格执行国家和本市职业技能等级认定有关规定，建立健全质量管控体系，确保评价结果公正、公平。")
    d.add("p", "三、集团人力资源部负责对该项工作进行指导和监督，并在经费、场地和人员方面予以保障。")
    d.add("p", "特此批复。")
    d.add("sign", [I["name"], ar_date(I["date"])], I["seal"] if seal else None)
    d.add("space", 6)
    d.add("p", f"抄送：上海市人力资源和社会保障局、{C.dist['name']}。", {"indent": False, "size": 11})
    return d


def opinion_form(C, rng, I, seal=True, district=False):
    """A 推荐意见表 (table) used by associations or by a district bureau."""
    d = Doc(font=I.get("font", "serif"), size=12, pagenum=None)
    d.add("title", "考核点推荐意见表" if district else "社会培训评价组织推荐意见表")
    rows = [["申报单位", {"t": C.name, "cs": 3}],
            ["统一社会信用代码", C.code, "单位性质", C.type_word],
            ["申报职业（工种）", {"t": "；".join(f"{full(o)} {level_range(lv)}" for o, lv in C.apps), "cs": 3}]]
    if district:
        rows.append(["考核点地址", {"t": C.site_addr, "cs": 3}])
        rows.append(["场地面积", f"{C.area}平方米", "监控设备", "已安装，覆盖考场"])
        opinion = (f"经我局实地核查，{C.name}位于本区的考核点场地、设施设备和视频监控条件满足"
                   f"{occ_names(C)}职业技能等级认定考核要求，同意推荐。")
        who = "区人社部门意见"
    else:
        opinion = (f"{C.name}在{occ_names(C)}领域具有较丰富的培训评价资源和经验，"
                   f"社会信誉良好。经审核，同意推荐该单位申报社会培训评价组织。")
        who = "推荐单位意见"
    rows.append([who, {"t": opinion + f"\n\n\n{I['name']}（盖章）\n{ar_date(I['date'])}", "cs": 3, "h": 70,
                       "seal": I["seal"] if seal else None}])
    d.add("table", rows, {"widths": [2.2, 3.2, 1.8, 3]})
    d.add("p", "注：本表一式三份。", {"indent": False, "size": 10})
    return d


def district_letter(C, rng, B, mode="site", sign_name=True, date_cn=False, seal=True, lh_suffix="",
                    addressee="上海市职业技能鉴定中心"):
    """B: bureau dict(name, docno, date, seal)."""
    d = Doc(font=B.get("font", "fangsong"), size=14 if B.get("font", "fangsong") == "fangsong" else 13,
            pagenum=None, margins=(32, 26, 30, 28))
    d.add("letterhead", B["name"] + lh_suffix, {"size": B.get("lh_size", 22 if len(B["name"]) > 14 else 26)})
    d.add("docno", B["docno"])
    d.add("redline")
    d.add("title", _title_rec(C, C.name, mode))
    d.add("p", addressee + "：", {"indent": False, "align": "left"})
    occ_txt = "、".join(full(o) for o, _ in C.apps)
    d.add("p", f"{C.name}拟在{C.site_addr}设立职业技能等级认定考核点。该考核点场地面积约{C.area}平方米，"
               f"设有理论考试机房{C.rooms}间（机位{C.seats}个）、实操考核工位{C.stations}个，"
               f"配备视频监控及身份核验设备，并安排专人管理。")
    d.add("p", f"经{B.get('self', '我局')}实地核查，该考核点具备开展{occ_txt}职业技能等级认定考核的条件。"
               f"根据沪人社职〔2024〕447号文件要求，同意推荐其作为{occ_txt}职业（工种）考核点。"
               f"{B.get('self', '我局')}将按照属地管理职责，加强对考核点的日常监督。")
    d.add("p", "特此函告。")
    lines = ([B["name"]] if sign_name else []) + [cn_date(B["date"]) if date_cn else ar_date(B["date"])]
    d.add("sign", lines, B["seal"] if seal else None, {"seal_dx": 8, "seal_dy": -18})
    if B.get("contact"):
        d.add("space", 10)
        d.add("p", f"联系人：{B['contact']}　　联系电话：{B['tel']}", {"indent": False, "size": 11})
    return d


def district_letter_short(C, rng, B, seal=True):
    """Short 推荐意见 without letterhead text block, issuer in heading."""
    d = Doc(font="wqy", size=12.5, pagenum=None, margins=(30, 25, 30, 25))
    d.add("letterhead", B["name"], {"size": 22, "font": "hei"})
    d.add("redline")
    d.add("docno", B["docno"], "right")
    d.add("title", "推荐意见")
    d.add("p", f"{C.name}（统一社会信用代码{C.code}）申报社会培训评价组织，其职业技能等级认定考核点设在我区"
               f"{C.site_addr.replace('上海市', '').replace(C.site_district, '')}。")
    d.add("p", f"经核查，该考核点符合{occ_names(C)}等级认定考核场地和设备要求，同意推荐。")
    d.add("sign", [B["name"], ar_date(B["date"])], B["seal"] if seal else None)
    return d


# ======================================================================= credit reports

def _rec_rows(recs):
    rows = [["信息类别", "查询结果"]]
    for cat in ["行政处罚信息", "失信被执行人信息", "严重失信主体名单信息", "经营异常名录信息", "欠缴税款信息"]:
        n = len(recs.get(cat, []))
        rows.append([cat, f"查见 {n} 条" if n else "未查见"])
    return rows


def credit_xyzg(C, rng, R):
    """信用中国（上海）公共信用信息报告（法人版），several pages, record table last."""
    d = Doc(font=R.get("font", "serif"), size=11, pagenum="第n页", header="公共信用信息报告（法人版）",
            footer=f"报告编号：{R['no']}")
    d.add("space", 25)
    d.add("p", "信用中国（上海）", {"align": "center", "size": 18, "indent": False, "color": "#1a4f9c"})
    d.add("title", "公共信用信息报告\n（法人版）")
    d.add("space", 25)
    d.add("table", [["报告编号", R["no"]], ["信息主体", C.name], ["统一社会信用代码", C.code],
                    ["查询日期", ar_date(R["date"])], ["报告用途", "申报社会培训评价组织"]],
          {"widths": [3, 6], "size": 12})
    d.add("space", 20)
    d.add("p", "上海市公共信用信息服务中心", {"align": "center", "indent": False})
    d.add("pagebreak")
    d.add("h", 1, "报告说明")
    for t in ["1. 本报告由上海市公共信用信息服务平台依据信息主体的申请出具，信息来源于本市各行政机关、司法机关等信息提供单位归集的公共信用信息。",
              "2. 本报告仅反映截至查询日期平台归集的信息，不构成对信息主体的信用评价。",
              "3. 信息主体对报告内容有异议的，可通过“信用中国（上海）”网站提出异议申请。",
              "4. 本报告自出具之日起30日内有效，可通过报告编号在“信用中国（上海）”网站验证真伪。"]:
        d.add("p", t, {"indent": False})
    d.add("h", 1, "一、基本信息")
    d.add("table", [["名称", C.name], ["统一社会信用代码", C.code], ["法定代表人（负责人）", C.rep],
                    ["成立日期", ar_date(C.founded, pad=True)], ["登记机关", C.reg_auth], ["住所", C.addr],
                    ["登记状态", "存续（在营、开业、在册）"]], {"widths": [3, 7]})
    d.add("h", 1, "二、行政许可及资质信息")
    d.add("p", C.licences_text, {"indent": False})
    d.add("pagebreak")
    d.add("h", 1, "三、重点关注信息")
    d.add("table", _rec_rows(R["recs"]), {"header": 1, "widths": [5, 5]})
    for cat, items in R["recs"].items():
        if not items:
            continue
        d.add("p", f"{cat}明细：", {"indent": False, "bold": True})
        if cat == "行政处罚信息":
            rows = [["决定书文号", "处罚事由", "处罚结果", "处罚机关", "处罚日期"]]
            for it in items:
                rows.append([it["no"], it["reason"], it["result"], it["org"], it["date"]])
            d.add("table", rows, {"header": 1, "widths": [2.6, 3.2, 2, 2.2, 1.6], "size": 9})
        else:
            rows = [["案号", "执行法院", "失信情形", "发布日期"]]
            for it in items:
                rows.append([it["no"], it["court"], it["reason"], it["date"]])
            d.add("table", rows, {"header": 1, "widths": [3, 2.4, 3.4, 1.6], "size": 9})
    d.add("p", "—— 报告结束 ——", {"align": "center", "indent": False, "space": 1})
    d.add("sign", ["上海市公共信用信息服务中心", ar_date(R["date"])], R.get("seal"))
    return d


def credit_special(C, rng, R):
    """上海市公共信用信息服务中心 专用信用报告 (compact, records first)."""
    d = Doc(font="wqy", size=10.5, pagenum="n/N", margins=(20, 18, 20, 18))
    d.add("p", f"报告编号：{R['no']}", {"align": "right", "indent": False, "size": 9})
    d.add("title", "专用信用报告")
    d.add("subtitle", "（适用于申报社会培训评价组织）")
    d.add("table", [["信息主体名称", C.name, "统一社会信用代码", C.code],
                    ["出具机构", "上海市公共信用信息服务中心", "出具日期", iso(R["date"])]],
          {"widths": [2, 3.6, 2.2, 2.8]})
    d.add("h", 2, "一、查询结果摘要")
    rows = [["序号", "查询事项", "查询结果", "信息提供单位"]]
    src = ["市相关行政执法部门", "市高级人民法院", "市发展改革委", "市市场监管局", "市税务局"]
    for i, (r_, s) in enumerate(zip(_rec_rows(R["recs"])[1:], src), 1):
        rows.append([str(i), r_[0], r_[1], s])
    d.add("table", rows, {"header": 1, "widths": [0.8, 3.4, 2, 3.4]})
    pen = R["recs"].get("行政处罚信息", [])
    if pen:
        d.add("h", 2, "二、行政处罚信息明细")
        rows = [["文书号", "违法行为", "处罚内容", "决定机关", "决定日期"]]
        for it in pen:
            rows.append([it["no"], it["reason"], it["result"], it["org"], it["date"]])
        d.add("table", rows, {"header": 1, "size": 9, "widths": [2.6, 3.2, 2, 2.2, 1.6]})
    sx = R["recs"].get("失信被执行人信息", [])
    if sx:
        d.add("h", 2, "二、失信被执行人信息明细")
        rows = [["案号", "执行法院", "失信情形", "发布日期"]]
        for it in sx:
            rows.append([it["no"], it["court"], it["reason"], it["date"]])
        d.add("table", rows, {"header": 1, "size": 9, "widths": [3, 2.4, 3.4, 1.6]})
    d.add("h", 2, "说明")
    d.add("p", "本报告依据《上海市社会信用条例》出具，所载信息截至出具日期。报告真伪可登录“信用中国（上海）”网站核验。",
          {"indent": False, "size": 9.5})
    d.add("sign", ["上海市公共信用信息服务中心（信用报告专用章）"], R.get("seal"), {"seal_dx": 20})
    return d


def credit_pboc(C, rng, R):
    d = Doc(font=R.get("font", "serif"), size=10.5, pagenum="n", header="企业信用报告（自主查询版）",
            margins=(22, 18, 20, 18))
    d.add("p", "中国人民银行征信中心", {"align": "center", "indent": False, "size": 15})
    d.add("title", "企业信用报告")
    d.add("subtitle", "（自主查询版）")
    d.add("table", [["报告编号", R["no"], "报告时间", iso(R["date"]) + " 10:" + f"{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
                    ["企业名称", {"t": C.name, "cs": 3}],
                    ["统一社会信用代码", C.code, "中征码", "".join(str(rng.randint(0, 9)) for _ in range(16))]],
          {"widths": [2.2, 3.4, 1.6, 3.2]})
    d.add("h", 2, "一、身份信息")
    d.add("table", [["登记注册类型", C.type_word, "成立年份", str(C.founded[0])],
                    ["登记地址", {"t": C.addr, "cs": 3}],
                    ["法定代表人", C.rep, "注册资本", C.capital]], {"widths": [2, 3.6, 1.8, 3]})
    d.add("h", 2, "二、信息概要")
    d.add("table", [["首次有信贷交易的年份", "--", "发生信贷交易的机构数", "0"],
                    ["当前有未结清信贷交易的机构数", "0", "借贷交易余额（万元）", "0"]], {"widths": [3, 2, 3, 2]})
    d.add("h", 2, "三、公共信息概要")
    pen = len(R["recs"].get("行政处罚信息", []))
    sx = len(R["recs"].get("失信被执行人信息", []))
    d.add("table", [["信息类型", "记录条数", "涉及金额（元）"],
                    ["欠税记录", "0", "--"], ["民事判决记录", "0", "--"], ["强制执行记录", str(sx), "--"],
                    ["行政处罚记录", str(pen), "--"], ["失信被执行人记录", str(sx), "--"]],
          {"header": 1, "widths": [4, 3, 3]})
    d.add("p", "说明：本报告仅供信息主体自身使用，请妥善保管。", {"indent": False, "size": 9})
    return d


def credit_national(C, rng, R):
    d = Doc(font="wqy", size=11, pagenum="第n页", margins=(22, 20, 22, 20))
    d.add("raw", '<div style="border-bottom:3pt solid #c8161d;padding-bottom:4pt;margin-bottom:8pt">'
                 '<span style="font-size:20pt;color:#c8161d;font-weight:bold">信用中国</span>'
                 '<span style="font-size:10pt;color:#444;margin-left:12pt">www.creditchina.gov.cn</span></div>',
          [("p", "信用中国　www.creditchina.gov.cn", {"align": "left", "indent": False, "size": 18, "color": "#c8161d"}), ("redline",)])
    d.add("title", "法人和非法人组织公共信用信息报告")
    d.add("subtitle", f"（无违法违规记录证明版）　报告编号：{R['no']}")
    d.add("table", [["主体名称", C.name], ["统一社会信用代码", C.code], ["出具时间", ar_date(R["date"])]], {"widths": [3, 7]})
    d.add("h", 2, "一、行政管理信息")
    pen = R["recs"].get("行政处罚信息", [])
    d.add("p", f"行政处罚信息：{'查见 %d 条' % len(pen) if pen else '未查见'}", {"indent": False})
    for it in pen:
        d.add("p", f"　{it['no']}　{it['reason']}　{it['result']}　{it['org']}　{it['date']}", {"indent": False, "size": 9.5})
    d.add("h", 2, "二、严重失信主体名单信息")
    d.add("p", "未查见", {"indent": False})
    d.add("h", 2, "三、失信被执行人信息")
    sx = R["recs"].get("失信被执行人信息", [])
    d.add("p", f"{'查见 %d 条' % len(sx) if sx else '未查见'}", {"indent": False})
    for it in sx:
        d.add("p", f"　{it['no']}　{it['court']}　{it['reason']}　{it['date']}", {"indent": False, "size": 9.5})
    d.add("h", 2, "四、经营异常名录信息")
    d.add("p", "未查见", {"indent": False})
    d.add("p", "本报告信息来源于全国信用信息共享平台，报告出具后信息主体信用状况可能发生变化，请以最新查询结果为准。",
          {"indent": False, "size": 9, "space": 1})
    d.add("sign", ["国家公共信用信息中心", ar_date(R["date"])], R.get("seal"))
    return d


# ======================================================================= audit reports

def _money(rng, lo, hi):
    v = rng.uniform(lo, hi)
    return f"{v:,.2f}"


def audit_report(C, rng, A):
    """A: dict(year, firm, fprefix, no, date, cpas, cn=False, title_only=False, nonprofit, cover, font, seal)"""
    y = A["year"]
    cn = A.get("cn", False)
    Y = (cn_year(y) if cn else str(y))
    end = f"{Y}年十二月三十一日" if cn else f"{y}年12月31日"
    nonprofit = A.get("nonprofit", False)
    gov = A.get("acct") == "gov"
    addressee = A.get("to") or (f"{C.name}理事会：" if nonprofit else f"{C.name}：" if gov else f"{C.name}全体股东：")
    std = "《民间非营利组织会计制度》" if nonprofit else ("政府会计准则制度" if gov else "企业会计准则")
    act = "业务活动表" if nonprofit else ("收入费用表" if gov else "利润表")
    d = Doc(font=A.get("font", "serif"), size=11.5, pagenum="n", footer=A["firm"] if A.get("foot") else "")
    if A.get("cover", True):
        d.add("space", 35)
        d.add("title", f"{C.name}\n{Y}年度财务报表审计报告")
        d.add("space", 20)
        d.add("p", A["no"], {"align": "center", "indent": False})
        d.add("space", 70)
        d.add("p", A["firm"], {"align": "center", "indent": False, "size": 14})
        d.add("p", A.get("faddr", "上海市"), {"align": "center", "indent": False, "size": 10})
        d.add("pagebreak")
    d.add("title", "审 计 报 告")
    d.add("p", A["no"], {"align": "right", "indent": False})
    d.add("p", addressee, {"indent": False})
    if A.get("title_only"):
        op1 = (f"我们审计了后附的{C.name}（以下简称“{C.short}”）财务报表，包括资产负债表，"
               f"{act}、现金流量表以及相关财务报表附注。")
        op2 = (f"我们认为，后附的财务报表在所有重大方面按照{std}的规定编制，公允反映了{C.short}的财务状况以及"
               f"{'业务活动成果' if nonprofit else '运行情况' if gov else '经营成果'}和现金流量。")
    else:
        stm = f"{end}的资产负债表，{Y}年度的" + ("业务活动表和现金流量表" if nonprofit else "收入费用表和净资产变动表" if gov else "利润表、现金流量表、所有者权益变动表")
        op1 = f"我们审计了{C.name}（以下简称“{C.short}”）财务报表，包括{stm}以及相关财务报表附注。"
        op2 = (f"我们认为，后附的财务报表在所有重大方面按照{std}的规定编制，公允反映了{C.short}{end}的财务状况以及{Y}年度的"
               f"{'业务活动成果' if nonprofit else '运行情况' if gov else '经营成果'}和现金流量。")
    basis = ("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
             f"我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于{C.short}，并履行了职业道德方面的其他责任。"
             "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")
    mgmt = (f"{C.short}管理层负责按照{std}的规定编制财务报表，"
            "使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。")
    cpa = ("我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
           "合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。")
    if A.get("old"):
        # pre-2016 layout: responsibilities first, opinion last, headings without the word 审计意见 first
        d.add("p", op1)
        d.add("h", 2, "一、管理层对财务报表的责任")
        d.add("p", mgmt)
        d.add("h", 2, "二、注册会计师的责任")
        d.add("p", "我们的责任是在执行审计工作的基础上对财务报表发表审计意见。" + cpa)
        d.add("h", 2, "三、审计意见")
        d.add("p", op2)
    else:
        d.add("h", 2, "一、审计意见")
        d.add("p", op1)
        d.add("p", op2)
        d.add("h", 2, "二、形成审计意见的基础")
        d.add("p", basis)
        d.add("h", 2, "三、管理层和治理层对财务报表的责任")
        d.add("p", mgmt)
        d.add("h", 2, "四、注册会计师对财务报表审计的责任")
        d.add("p", cpa)
    ds = cn_date(A["date"]) if cn else ar_date(A["date"])
    d.add("table", [[f"{A['firm']}\n（盖章）\n\n中国·上海", f"中国注册会计师：{A['cpas'][0]}\n\n中国注册会计师：{A['cpas'][1]}\n\n{ds}"]],
          {"noborder": True, "widths": [5, 5]})
    if A.get("seal"):
        d.add("sign", [], A["seal"], {"seal_dx": 95, "seal_dy": -48})
    d.add("pagebreak")
    # balance sheet
    d.add("title", "资产负债表")
    d.add("p", f"编制单位：{C.name}　　　　{end}　　　　单位：元", {"indent": False, "size": 9.5, "align": "center"})
    r2 = random.Random(A["no"])
    items = ["货币资金", "应收账款", "预付账款", "其他应收款", "固定资产", "无形资产"]
    rows = [["资产", "期末余额", "上年年末余额"]]
    for it in items:
        rows.append([it, _money(r2, 1e5, 3e6), _money(r2, 1e5, 3e6)])
    rows.append([{"t": "资产总计", "b": True}, _money(r2, 5e6, 9e6), _money(r2, 5e6, 9e6)])
    d.add("table", rows, {"header": 1, "widths": [3, 2.5, 2.5], "size": 9.5})
    if nonprofit or gov:
        d.add("title", act)
        d.add("p", f"编制单位：{C.name}　　　　{Y}年度　　　　单位：元", {"indent": False, "size": 9.5, "align": "center"})
        rows = [["项目", "非限定性", "限定性", "合计"]]
        for it in ["一、收入", "其中：捐赠收入", "提供服务收入", "政府补助收入", "二、费用", "（一）业务活动成本", "（二）管理费用", "三、净资产变动额"]:
            a, b = r2.uniform(1e4, 2e6), r2.uniform(0, 3e5)
            rows.append([it, f"{a:,.2f}", f"{b:,.2f}", f"{a + b:,.2f}"])
        d.add("table", rows, {"header": 1, "widths": [3, 2, 2, 2], "size": 9.5})
    else:
        d.add("title", "利润表")
        d.add("p", f"编制单位：{C.name}　　　　{Y}年度　　　　单位：元", {"indent": False, "size": 9.5, "align": "center"})
        rows = [["项目", "本期金额", "上期金额"]]
        for it in ["一、营业收入", "减：营业成本", "税金及附加", "销售费用", "管理费用", "二、营业利润", "三、利润总额", "四、净利润"]:
            rows.append([it, _money(r2, 1e5, 8e6), _money(r2, 1e5, 8e6)])
        d.add("table", rows, {"header": 1, "widths": [3, 2.5, 2.5], "size": 9.5})
    return d


# ======================================================================= work plan / pledge / integrity

def work_plan(C, rng, variant="A"):
    d = Doc(font=C.style.get("font", "serif"), size=12, pagenum="- n -")
    if variant == "A":
        d.add("title", f"{C.name}\n职业技能等级认定工作方案")
        secs = [("一、机构基本情况", [C.intro]),
                ("二、组织机构与人员", [f"成立职业技能等级认定工作领导小组，由{C.rep}任组长，下设评价办公室、考务组、质量督导组。"
                                   f"现有专职工作人员{C.staff}名、考评员{C.assessors}名、内部质量督导员{C.supervisors}名。"]),
                ("三、评价工作流程", ["按照“报名受理—资格审核—考务编排—考核实施—阅卷评分—成绩审核—结果公示—证书发放—档案归档”的流程组织实施，"
                                 "各环节明确责任人和时限，关键环节留痕可追溯。"]),
                ("四、质量管控措施", ["实行考评人员回避制度和随机派遣制度；考场全程视频监控，录像保存不少于一年；"
                                 "建立内部督导和外部督导相结合的质量监督机制；对评价结果实行复核抽查。"]),
                ("五、考核场地与设施设备", [f"考核点位于{C.site_addr}，面积约{C.area}平方米，设理论考试机房{C.rooms}间、"
                                      f"实操工位{C.stations}个，配备身份证核验仪和高清视频监控设备。"]),
                ("六、经费保障", ["设立职业技能等级认定专项经费，收费标准按规定公示，收支纳入单位财务统一管理。"]),
                ("七、信息公开与接受监督", ["通过单位网站和公众号公开评价职业、等级、收费标准和投诉渠道，自觉接受人社部门和行业主管部门的监督检查。"])]
        for h, ps in secs:
            d.add("h", 2, h)
            for p in ps:
                d.add("p", p)
    elif variant == "B":
        d.add("title", "职业技能等级认定工作方案")
        d.add("subtitle", f"（{C.name}　{ar_date(C.form_date)}）")
        d.add("h", 1, "第一部分　工作目标")
        d.add("p", f"围绕{occ_names(C)}等职业（工种），建立科学规范的技能评价体系，每年计划评价约{C.trained // 3}人次。")
        d.add("h", 1, "第二部分　机构与职责")
        rows = [["岗位", "姓名", "职责"]]
        for post, nm, duty in C.staff_rows:
            rows.append([post, nm, duty])
        d.add("table", rows, {"header": 1, "widths": [2, 1.6, 6]})
        d.add("h", 1, "第三部分　管理制度")
        for i, t in enumerate(["考务管理制度", "考评人员管理制度", "题库安全保密制度", "证书管理制度", "档案管理制度", "投诉处理制度"], 1):
            d.add("p", f"{i}. {t}：已制定并印发，明确责任分工与追责办法。")
        d.add("h", 1, "第四部分　质量控制")
        d.add("p", "建立“事前审核、事中监控、事后抽查”的全过程质量管控机制，引入第三方督导，确保评价结果客观公正。")
        d.add("h", 1, "第五部分　保障条件")
        d.add("p", f"考核场地{C.area}平方米，位于{C.site_addr}；年度专项经费预算{rng.randint(30, 120)}万元。")
    else:
        d.add("title", "职业技能等级认定\n工作实施总体方案")
        d.add("p", f"编制单位：{C.name}", {"align": "center", "indent": False})
        d.add("p", f"为做好{occ_names(C)}职业技能等级认定工作，结合{C.short}实际，制定本方案。")
        for h, t in [("（一）指导思想", "坚持以职业能力为导向、以工作业绩为重点，注重职业道德和职业知识水平，健全技能人才评价体系。"),
                     ("（二）工作任务", f"面向社会开展{occ_names(C)}职业技能等级认定，规范报名、考核、发证等各环节。"),
                     ("（三）组织保障", f"成立以{C.rep}为组长的工作领导小组，专职工作人员{C.staff}名。"),
                     ("（四）场地设备", f"{C.site_addr}，面积{C.area}平方米，视频监控全覆盖。"),
                     ("（五）监督管理", "主动接受市、区人社部门监督，落实考评人员回避和督导员派驻制度。")]:
            d.add("h", 2, h)
            d.add("p", t)
    return d


def pledge(C, rng, variant="A", seal=True, title=None):
    d = Doc(font=C.style.get("pfont", "fangsong"), size=14, pagenum=None, margins=(35, 28, 30, 28))
    if variant == "A":
        d.add("title", title or "承 诺 书")
        d.add("p", "上海市人力资源和社会保障局：", {"indent": False})
        d.add("p", f"{C.name}自愿申报社会培训评价组织，现郑重承诺如下：")
        for i, t in enumerate(["所提交的申报材料真实、准确、完整、有效，不存在虚假记载或重大遗漏；",
                               "严格遵守国家和本市职业技能等级认定的有关规定，规范开展评价活动；",
                               "不以营利为最终目的，收费项目和标准按规定公示；",
                               "自觉接受人社部门、行业主管部门和社会的监督；",
                               "如有违反上述承诺的行为，自愿承担相应责任。"], 1):
            d.add("p", f"{CNUM[i] if i < 10 else i}、{t}")
        d.add("sign", [f"法定代表人（签字）：{C.rep_sign}", f"单位（盖章）：{C.name}", cn_date(C.form_date)],
              C.seal_spec() if seal else None)
    elif variant == "B":
        d.add("title", title or "诚信承诺书")
        d.add("p", f"本单位{C.name}（统一社会信用代码：{C.code}）在申报{occ_names(C)}社会培训评价组织过程中，"
                   "承诺：一是申报材料均真实有效；二是本单位近三年无违法违规、失信等不良记录；三是严格执行职业技能等级认定"
                   "各项管理规定，确保评价质量；四是如有不实，愿承担由此产生的一切后果，并接受取消资格等处理。")
        d.add("p", "特此承诺。")
        d.add("sign", [f"承诺单位：{C.name}（公章）", f"法定代表人：{C.rep_sign}", ar_date(C.form_date)],
              C.seal_spec() if seal else None)
    else:
        d.add("title", title or "申报承诺书")
        d.add("p", "我单位郑重承诺：", {"indent": False})
        d.add("p", f"{C.name}为依法登记的独立法人，非政府部门及其所属事业单位；本次提交的全部申报材料及其内容真实、合法、有效。"
                   "我单位将严格按照国家职业标准和评价规范开展职业技能等级认定工作，不降低评价标准，不违规发放证书。")
        d.add("p", "若违反以上承诺，我单位愿意承担相应的法律责任。")
        d.add("sign", ["承诺单位（盖章）", ar_date(C.form_date)], C.seal_spec() if seal else None)
    return d


def integrity(C, rng, variant="A", seal=True):
    d = Doc(font=C.style.get("pfont", "fangsong"), size=13.5, pagenum=None, margins=(32, 28, 30, 28))
    if variant == "A":
        d.add("title", "职业技能等级认定工作\n廉洁责任书")
        d.add("p", "甲方：上海市职业技能鉴定中心", {"indent": False})
        d.add("p", f"乙方：{C.name}", {"indent": False})
        d.add("p", "为加强职业技能等级认定工作中的党风廉政建设，规范评价行为，防止各种不正当行为发生，经双方协商，订立本责任书。")
        for i, t in enumerate(["乙方应严格遵守国家法律法规和廉洁从业各项规定，不得以任何形式向甲方工作人员赠送礼金、有价证券和贵重物品；",
                               "乙方不得为甲方工作人员报销应由个人支付的费用，不得安排宴请和娱乐活动；",
                               "乙方在评价工作中不得弄虚作假、降低标准、违规发证；",
                               "乙方发现甲方工作人员有违反廉洁规定行为的，应及时向有关部门举报；",
                               "本责任书自双方签署之日起生效，有效期与备案有效期一致。"], 1):
            d.add("p", f"第{CNUM[i]}条　{t}")
        d.add("table", [["甲方（盖章）：上海市职业技能鉴定中心\n\n代表签字：\n\n日期：", f"乙方（盖章）：{C.name}\n\n法定代表人签字：{C.rep_sign}\n\n日期：{ar_date(C.form_date)}"]],
              {"noborder": True, "widths": [5, 5], "size": 12})
        if seal:
            d.add("sign", [], C.seal_spec(), {"seal_dx": 10, "seal_dy": -48})
    elif variant == "B":
        d.add("title", "廉洁责任书")
        d.add("p", f"为确保职业技能等级认定工作公开、公平、公正，{C.name}（以下简称“本单位”）作如下廉洁承诺：")
        for t in ["（一）严格执行中央八项规定精神，不向人社部门、行业主管部门及鉴定机构工作人员输送任何不正当利益。",
                  "（二）严禁考评人员、督导人员收受考生财物，严禁泄露试题、违规指导。",
                  "（三）建立廉洁风险防控台账，每年开展廉洁教育不少于两次。",
                  "（四）自觉接受纪检监察部门及社会各界的监督，对违规行为零容忍。"]:
            d.add("p", t)
        d.add("sign", [f"责任单位（盖章）：{C.name}", f"主要负责人（签字）：{C.rep_sign}", cn_date(C.form_date)],
              C.seal_spec() if seal else None)
    else:
        d.add("title", "社会培训评价组织廉洁从业责任书")
        d.add("p", f"责任单位：{C.name}", {"indent": False})
        d.add("p", "一、本单位主要负责人为廉洁从业第一责任人，对评价工作的廉洁风险防控负总责。")
        d.add("p", "二、评价工作实行考培分离，考评员、督导员由系统随机抽取，执行回避制度。")
        d.add("p", "三、不得以任何名义乱收费，不得搞“花钱买证”“助考包过”等违规行为。")
        d.add("p", "四、违反本责任书的，自愿接受约谈、暂停评价直至撤销备案等处理，并追究相关人员责任。")
        d.add("sign", [f"{C.name}", f"法定代表人：{C.rep_sign}", ar_date(C.form_date)], C.seal_spec() if seal else None)
    return d


# ======================================================================= implementation plan

def _eval_detail(o, lv, rng):
    theory = {5: 90, 4: 90, 3: 90, 2: 120, 1: 120}[lv]
    skill = {5: 60, 4: 90, 3: 120, 2: 150, 1: 180}[lv]
    review = lv <= 2
    return theory, skill, review


def impl_paragraph(C, rng):
    d = Doc(font=C.style.get("font", "serif"), size=11.5, pagenum="第n页")
    d.add("title", f"职业技能等级认定项目实施方案")
    d.add("subtitle", C.name)
    d.add("h", 1, "一、项目概述")
    d.add("p", f"本方案适用于{C.name}开展的{occ_names(C)}职业技能等级认定，依据相应国家职业技能标准编制。")
    d.add("h", 1, "二、评价方案")
    for o, lvs in C.apps:
        d.add("h", 2, f"{full(o)}（{o[0]}）")
        for k in sorted(lvs, reverse=True):
            t, s, rv = _eval_detail(o, k, rng)
            d.add("p", f"{PAREN[k]}评价方案", {"indent": False, "bold": True})
            d.add("p", f"评价方式：理论知识考试采用闭卷机考，考试时间{t}分钟，题型为单项选择题、判断题和多项选择题；"
                       f"操作技能考核采用现场实际操作方式，考核时间{s}分钟"
                       + ("；另进行综合评审，主要审核技术总结和业绩材料并进行答辩" if rv else "") + "。")
            d.add("p", f"合格标准：理论知识考试、操作技能考核{'、综合评审' if rv else ''}均实行百分制，成绩皆达60分（含）以上者为合格。"
                       f"理论知识考试考评人员与考生配比为1:15，操作技能考核考评员与考生配比为1:5，且考评人员不少于3名。")
    d.add("h", 1, "三、组织实施")
    d.add("p", "评价计划提前30日报送，考试结束后10个工作日内完成阅卷和成绩审核，成绩公示5个工作日后上报备案并发放证书。")
    d.add("h", 1, "四、样题")
    d.add("p", "每个等级提供两套样题，详见附件。", {"indent": True})
    return d


def impl_table(C, rng, landscape=True):
    d = Doc(font=C.style.get("font", "wqy"), size=10.5, pagenum="n", landscape=landscape, margins=(18, 16, 18, 16))
    d.add("title", f"{C.short}职业技能等级认定项目实施方案")
    d.add("p", f"申报单位：{C.name}", {"indent": False})
    d.add("h", 2, "一、实施范围")
    d.add("p", "、".join(f"{full(o)}（{level_range(lv, '—')}）" for o, lv in C.apps) + "。")
    d.add("h", 2, "二、各等级评价方案一览表")
    rows = [[{"t": "职业（工种）", "rs": 2}, {"t": "等级", "rs": 2}, {"t": "理论知识考试", "cs": 2},
             {"t": "操作技能考核", "cs": 2}, {"t": "综合评审", "rs": 2}, {"t": "合格标准", "rs": 2}],
            ["方式", "时长", "方式", "时长"]]
    for o, lvs in C.apps:
        ks = sorted(lvs, reverse=True)
        for i, k in enumerate(ks):
            t, s, rv = _eval_detail(o, k, rng)
            row = []
            if i == 0:
                row.append({"t": f"{full(o)}\n{o[0]}", "rs": len(ks)})
            row += [PAREN[k], "闭卷机考", f"{t}min", "实际操作" if k >= 3 else "实操+答辩", f"{s}min",
                    "技术总结、答辩" if rv else "—", "各项≥60分"]
            rows.append(row)
    d.add("table", rows, {"header": 2, "widths": [3, 2, 1.6, 1, 1.6, 1, 1.8, 1.4], "size": 9.5})
    d.add("h", 2, "三、考评人员配置")
    d.add("p", "理论考试每标准考场配备监考人员2名；操作技能考核考评员与考生配比1:5；综合评审专家组不少于5人。")
    d.add("h", 2, "四、质量督导")
    d.add("p", "每场考试派驻质量督导员1名，全程视频监控并保存录像。")
    return d


def impl_chapters(C, rng):
    d = Doc(font=C.style.get("font", "serif"), size=11.5, pagenum="- n -")
    d.add("title", "职业技能等级认定项目实施方案")
    d.add("p", f"（{C.name}）", {"align": "center", "indent": False})
    d.add("h", 1, "第一章　总则")
    d.add("p", "第一条　为规范本单位职业技能等级认定工作，依据国家职业技能标准和本市有关规定，制定本方案。")
    d.add("p", "第二条　评价工作坚持客观、公正、科学、规范的原则，实行考培分离。")
    for n, (o, lvs) in enumerate(C.apps, 2):
        d.add("h", 1, f"第{CNUM[n]}章　{full(o)}评价方案")
        d.add("p", f"职业编码：{o[0]}；申报等级：{lv_list(lvs, 'paren')}。", {"indent": False})
        for k in sorted(lvs, reverse=True):
            t, s, rv = _eval_detail(o, k, rng)
            d.add("p", f"{CN[k]}：理论知识考试{t}分钟（机考），操作技能考核{s}分钟"
                       + ("，综合评审采用答辩方式" if rv else "") + "，各项成绩均达60分及以上为合格。")
    d.add("h", 1, f"第{CNUM[len(C.apps) + 2]}章　附则")
    d.add("p", "本方案由评价办公室负责解释，自备案之日起施行。样题见附件。")
    return d


# ======================================================================= sample papers

SET_TITLES = {
    "yt": ("理论知识样题（一）", "理论知识样题（二）"),
    "ab": ("样卷（A卷）", "样卷（B卷）"),
    "mn": ("模拟试卷1", "模拟试卷2"),
    "tao": ("理论知识试卷（第一套）", "理论知识试卷（第二套）"),
    "yi": ("样题一", "样题二"),
    "jn": ("技能操作考核试题 A 卷", "技能操作考核试题 B 卷"),
}


def set_title(style, setno):
    return SET_TITLES[style][setno - 1]


def sample_blocks(C, o, lv, setno, style, rng, answers=False, lvstyle="paren"):
    """Blocks for one sample set; the layout depends on the style of the paper."""
    topics, tasks = TOPICS[o[1]]
    r = random.Random(f"{C.q}-{o[0]}-{o[2]}-{lv}-{setno}")
    tp = topics[:]
    r.shuffle(tp)
    lvname = {"paren": PAREN, "cn": CN, "old": OLD, "both": BOTH}[lvstyle][lv]
    b = []
    task = tasks[(setno - 1 + lv) % len(tasks)]
    if style == "jn":
        # skill test only: 试题单 + 评分记录表
        b.append(("p", f"{C.name}", {"align": "right", "indent": False, "size": 9, "color": "#555555"}))
        b.append(("title", f"{full(o)}（{lvname}）\n{set_title(style, setno)}"))
        b.append(("h", 2, "一、试题单"))
        b.append(("table", [["试题名称", task], ["考核时间", f"{60 + 30 * (5 - lv)}分钟"],
                            ["考核方式", "现场实际操作"], ["考核要求", "按操作规程完成全部步骤，注意安全防护，操作完毕清理现场。"],
                            ["考场准备", "工位、工具、材料及记录表由考点统一准备；考生自带身份证、准考证。"]],
                  {"widths": [2, 8]}))
        b.append(("h", 2, "二、评分记录表"))
        rows = [["序号", "评价要素", "配分", "评分标准", "扣分", "得分"]]
        for i, (a, p_, s) in enumerate([("准备工作", 10, "工具材料准备不全扣2～10分"), (tp[0], 25, "操作不规范每处扣5分"),
                                          (tp[1], 25, "关键步骤遗漏每处扣10分"), (tp[2], 20, "记录不完整扣5～20分"),
                                          ("安全与文明操作", 20, "违反安全规定本项不得分")], 1):
            rows.append([str(i), a, str(p_), s, "", ""])
        rows.append([{"t": "合计", "cs": 2}, "100", "", "", ""])
        b.append(("table", rows, {"header": 1, "widths": [0.7, 2.4, 0.8, 4, 0.8, 0.8], "size": 9.5}))
        b.append(("p", "考评员签名：__________　　　　　　日期：________", {"indent": False}))
        return b
    if style in ("tao", "mn"):
        # formal theory paper with 标封 and score table
        b.append(("table", [["考生姓名", "", "准考证号", "", "单位", ""]], {"size": 9, "widths": [1.2, 1.8, 1.2, 2.4, 0.8, 2.6]}))
        b.append(("p", "- - - - - - - - - - - - - 密 - - - - - - - - 封 - - - - - - - - 线 - - - - - - - - - - - - -",
                  {"align": "center", "indent": False, "size": 8}))
        b.append(("title", f"{full(o)}（{lvname}）\n{set_title(style, setno)}"))
        b.append(("p", f"命题单位：{C.name}", {"align": "center", "indent": False, "size": 9.5}))
        b.append(("table", [["题　号", "一", "二", "三", "总分", "评分人"], ["得　分", "", "", "", "", ""]],
                  {"size": 9.5, "align": "center"}))
        b.append(("h", 2, "一、单项选择题（共4题，每题5分）"))
        for i in range(4):
            t_ = tp[i]
            b.append(("p", f"{i + 1}．{t_}工作中，首先应当（　　）。", {"indent": False}))
            b.append(("p", f"A．核对{t_}的要求　B．直接开始操作　C．跳过记录　D．凭经验判断", {"indent": True, "size": 10.5}))
        b.append(("h", 2, "二、多项选择题（共2题，每题10分）"))
        for i in range(2):
            t_ = tp[4 + i]
            b.append(("p", f"{i + 5}．下列属于“{t_}”相关要求的有（　　）。", {"indent": False}))
            b.append(("p", "A．遵守操作规程　B．做好记录　C．注意安全　D．随意简化　E．接受监督", {"indent": True, "size": 10.5}))
        b.append(("h", 2, "三、简答题（共2题，每题20分）"))
        b.append(("p", f"7．简述{tp[6]}的主要步骤。", {"indent": False}))
        b.append(("p", f"8．结合实例说明{task}的要点。", {"indent": False}))
        if answers:
            b.append(("p", "参考答案：1.A 2.A 3.A 4.A 5.ABCE 6.ABCE（简答题略）", {"indent": False, "size": 9.5}))
        return b
    b.append(("p", f"{C.name}　职业技能等级认定", {"align": "center", "indent": False, "size": 9, "color": "#555555"}))
    b.append(("title", f"{full(o)}（{lvname}）\n{set_title(style, setno)}"))
    b.append(("p", "注意事项：1. 考试时间为90分钟。2. 请首先按要求在试卷的标封处填写您的姓名、准考证号和所在单位的名称。"
                   "3. 请仔细阅读各种题目的回答要求，在规定的位置填写您的答案。", {"size": 9.5}))
    b.append(("h", 2, "一、单项选择题（每题1分）"))
    ans = []
    for i in range(4):
        t = tp[i]
        b.append(("p", f"{i + 1}. 在{full(o)}工作中，关于“{t}”的做法，下列说法正确的是（　　）。", {"indent": False}))
        opts = [f"按照{t}相关规范要求执行", f"凭个人经验简化{t}流程", f"忽略{t}的记录环节", f"{t}仅需口头交接"]
        r.shuffle(opts)
        ans.append("ABCD"[opts.index(f"按照{t}相关规范要求执行")])
        b.append(("p", "　".join(f"{'ABCD'[j]}. {x}" for j, x in enumerate(opts)), {"indent": True, "size": 10.5}))
    b.append(("h", 2, "二、判断题（正确的打“√”，错误的打“×”）"))
    for i in range(2):
        t = tp[4 + i]
        b.append(("p", f"{i + 5}. {t}是{full(o)}{CN[lv]}应掌握的内容之一。（　　）", {"indent": False}))
        ans.append("√")
    b.append(("h", 2, "三、技能操作"))
    b.append(("p", f"试题：{task}。考核时间：{60 + 30 * (5 - lv) if lv > 1 else 180}分钟。", {"indent": False}))
    b.append(("table", [["序号", "考核要点", "配分", "评分标准"],
                        ["1", "操作前准备", "20", "准备不充分扣5～20分"],
                        ["2", "操作过程规范", "50", "每处不规范扣5分"],
                        ["3", "结果与记录", "30", "结果不符合要求扣10～30分"]],
              {"header": 1, "widths": [0.8, 3, 1, 4], "size": 9.5}))
    if answers:
        b.append(("p", "参考答案：" + "  ".join(f"{i + 1}.{a}" for i, a in enumerate(ans)), {"indent": False, "size": 9.5}))
    return b


def answer_sheet(C, o, lv, setno, style):
    return [("h", 2, f"答题卡（{set_title(style, setno)}）"),
            ("table", [["题号", "1", "2", "3", "4", "5", "6"], ["答案", "", "", "", "", "", ""]], {"size": 10}),
            ("p", "考生姓名：________　准考证号：________________", {"indent": False})]


def samples_doc(C, rng, sets, style, answers=False, sheet=False, font=None, lvstyle="paren"):
    """sets: list of (o, lv, setno)."""
    d = Doc(font=font or C.style.get("font", "serif"), size=11, pagenum="n", header=C.style.get("sample_header", ""))
    first = True
    for (o, lv, sn) in sets:
        if not first:
            d.add("pagebreak")
        first = False
        for blk in sample_blocks(C, o, lv, sn, style, rng, answers, lvstyle):
            d.add(*blk)
        if sheet:
            for blk in answer_sheet(C, o, lv, sn, style):
                d.add(*blk)
    return d


# ======================================================================= extras

def toc_doc(C, entries):
    d = Doc(font="serif", size=12, pagenum=None)
    d.add("title", "申报材料目录")
    d.add("p", f"申报单位：{C.name}", {"indent": False, "align": "center"})
    rows = [["序号", "材料名称", "备注"]]
    for i, (a, b) in enumerate(entries, 1):
        rows.append([str(i), a, b])
    d.add("table", rows, {"header": 1, "widths": [1, 6, 3]})
    return d


def teacher_list(C, rng):
    d = Doc(font="wqy", size=10.5, pagenum=None)
    d.add("title", "考评人员及师资名单")
    d.add("p", f"单位：{C.name}", {"indent": False})
    rows = [["序号", "姓名", "性别", "职业资格/技能等级", "从事本职业年限", "拟承担工作"]]
    sur = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    giv = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华"
    for i in range(1, 9):
        nm = rng.choice(sur) + rng.choice(giv) + (rng.choice(giv) if rng.random() < 0.6 else "")
        rows.append([str(i), nm, rng.choice("男女"), f"{occ_names(C).split('、')[0]}{rng.choice(['一级', '二级', '三级'])}",
                     f"{rng.randint(5, 22)}年", rng.choice(["考评员", "督导员", "考务管理", "培训讲师"])])
    d.add("table", rows, {"header": 1, "widths": [0.8, 1.4, 0.8, 3.4, 1.6, 2]})
    return d


def floor_plan_pdf(C, out, kind="ttf"):
    """Floor plan drawn with reportlab."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from .render import _rl_font
    fn = _rl_font(kind)
    W, H = landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setFont(fn, 16)
    c.drawCentredString(W / 2, H - 20 * mm, f"{C.name}考核点平面布置图")
    c.setFont(fn, 9)
    c.drawCentredString(W / 2, H - 27 * mm, C.site_addr)
    x0, y0 = 25 * mm, 25 * mm
    c.setLineWidth(2)
    c.rect(x0, y0, W - 50 * mm, H - 65 * mm)
    c.setLineWidth(1)
    rooms = [("理论考试机房", 0, 0, 0.35, 0.5), ("实操考核区", 0.35, 0, 0.4, 0.6), ("候考区", 0.75, 0, 0.25, 0.3),
             ("监控室", 0.75, 0.3, 0.25, 0.3), ("考务办公室", 0, 0.5, 0.35, 0.5), ("试卷保密室", 0.35, 0.6, 0.2, 0.4),
             ("走廊", 0.55, 0.6, 0.45, 0.4)]
    ww, hh = W - 50 * mm, H - 65 * mm
    for nm, a, b_, w, h in rooms:
        c.rect(x0 + a * ww, y0 + b_ * hh, w * ww, h * hh)
        c.setFont(fn, 11)
        c.drawCentredString(x0 + (a + w / 2) * ww, y0 + (b_ + h / 2) * hh, nm)
    c.setFont(fn, 8)
    c.drawString(x0, 15 * mm, f"图例：● 监控摄像头　总面积约{C.area}㎡　比例 1:200")
    import random as _r
    r = _r.Random(C.q)
    for _ in range(8):
        c.circle(x0 + r.random() * ww, y0 + r.random() * hh, 2.2 * mm, fill=1)
    c.showPage()
    c.save()
    return out


def equipment_list(C, rng):
    d = Doc(font="serif", size=11, pagenum=None)
    d.add("title", "考核场地设施设备清单")
    d.add("p", f"{C.name}　考核点：{C.site_addr}", {"indent": False})
    rows = [["序号", "设备名称", "规格型号", "数量", "用途"]]
    items = [("计算机", "联想启天M430", f"{C.seats}台", "理论机考"), ("高清摄像头", "海康DS-2CD3T47", "16个", "视频监控"),
             ("身份证核验仪", "华视CVR-100U", "2台", "身份核验"), ("硬盘录像机", "海康DS-7816N", "1台", "录像存储"),
             ("实操工位", "定制", f"{C.stations}个", "操作技能考核")]
    for i, it in enumerate(items, 1):
        rows.append([str(i)] + list(it))
    d.add("table", rows, {"header": 1, "widths": [0.8, 2.2, 2.6, 1.2, 2]})
    return d


def assoc_letter(C, rng, I, seal=True, rec_name=None, title="推荐函"):
    """An association's letter on its own letter paper (no red 发文机关标志)."""
    name = rec_name or C.name
    code = C.rec_code if rec_name else C.code
    d = Doc(font="serif", size=12.5, pagenum=None, margins=(22, 24, 26, 24), footer=I.get("addr", ""))
    d.add("raw", f'<div style="display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1.5pt solid #1d4e89;padding-bottom:3pt">'
                 f'<div><div style="font-size:19pt;color:#1d4e89;font-weight:bold">{I["name"]}</div>'
                 f'<div style="font-size:8pt;color:#1d4e89">{I.get("en", "")}</div></div>'
                 f'<div style="font-size:8pt;text-align:right;color:#333">{I.get("addr", "")}<br>电话：{I.get("tel", "")}</div></div>',
          [("p", I["name"], {"align": "left", "indent": False, "size": 19, "color": "#1d4e89"}),
           ("p", I.get("en", "") + "　　电话：" + I.get("tel", ""), {"align": "left", "indent": False, "size": 8, "color": "#1d4e89"})])
    d.add("p", I["docno"], {"align": "right", "indent": False, "size": 10})
    d.add("title", title)
    d.add("p", I.get("to", "上海市职业技能鉴定中心") + "：", {"indent": False})
    d.add("p", f"兹有{name}（统一社会信用代码：{code}），{C.field_desc}。该单位系我会{I.get('member', '会员单位')}，"
               f"长期参与行业职业培训和技能竞赛组织工作，在业内具有较好口碑。")
    d.add("p", f"根据沪人社职〔2024〕447号通知精神，我会同意推荐{name}申报"
               + "、".join(f"{full(o)}（{level_range(lv)}）" for o, lv in C.apps) + "社会培训评价组织，"
               "并将依托行业资源在专家推荐、标准宣贯等方面给予支持。")
    d.add("p", "特此推荐。")
    d.add("sign", [I["name"], ar_date(I["date"])], I["seal"] if seal else None)
    return d


def site_letter_other(C, rng, I, seal=True):
    """A site recommendation issued by a body that is NOT a district HR bureau."""
    d = Doc(font="fangsong", size=14, pagenum=None, margins=(32, 26, 30, 28))
    d.add("letterhead", I["name"], {"size": 22})
    d.add("docno", I["docno"])
    d.add("redline")
    d.add("title", f"关于{C.name}\n考核点设置的推荐意见")
    d.add("p", "上海市职业技能鉴定中心：", {"indent": False})
    d.add("p", f"{C.name}拟在{C.site_addr}设立{occ_names(C)}职业技能等级认定考核点，场地面积约{C.area}平方米。"
               f"经{I.get('self', '我局')}现场查看，该场地具备开展相关实操考核的条件，同意推荐。")
    d.add("sign", [I["name"], ar_date(I["date"])], I["seal"] if seal else None)
    return d


def eval_plan_doc(C, rng, o, lvs):
    """A separate 评价方案 for one occupation, a table per level."""
    d = Doc(font=C.style.get("font", "serif"), size=11, pagenum="n")
    d.add("title", f"{full(o)}职业技能等级认定评价方案")
    d.add("p", f"制定单位：{C.name}　　职业编码：{o[0]}", {"indent": False, "align": "center"})
    for k in sorted(lvs, reverse=True):
        t, s, rv = _eval_detail(o, k, rng)
        d.add("h", 2, f"{BOTH[k]}")
        rows = [["评价内容", "评价方式", "时长", "权重/合格线"],
                ["理论知识", "闭卷机考（单选、判断、多选）", f"{t}分钟", "百分制，60分合格"],
                ["操作技能", "现场实际操作", f"{s}分钟", "百分制，60分合格"]]
        if rv:
            rows.append(["综合评审", "技术总结评审+答辩", "20分钟/人", "百分制，60分合格"])
        d.add("table", rows, {"header": 1, "widths": [2, 4, 1.6, 2.4]})
    return d


# ======================================================================= further variants

def district_letter_b(C, rng, B, seal=True):
    """Structured 推荐函 with numbered sections and a site table (a different bureau's house style)."""
    d = Doc(font="song", size=13, pagenum="- n -", margins=(30, 26, 28, 26))
    d.add("letterhead", B["name"], {"size": 22})
    d.add("redline")
    d.add("p", B["docno"], {"align": "right", "indent": False, "size": 12})
    d.add("title", "考核点推荐函")
    d.add("p", "上海市职业技能鉴定中心：", {"indent": False})
    d.add("p", f"根据沪人社职〔2024〕447号通知要求，{B.get('self', '我局')}对{C.name}设在本区的职业技能等级认定考核点进行了核查，现将有关情况函告如下。")
    d.add("h", 2, "一、考核点基本情况")
    d.add("table", [["申报单位", C.name], ["统一社会信用代码", C.code], ["考核点地址", C.site_addr],
                    ["场地面积", f"约{C.area}平方米"], ["考场设置", f"理论机房{C.rooms}间（{C.seats}机位），实操工位{C.stations}个"],
                    ["监控设施", "考场及候考区全覆盖，录像保存不少于1年"]], {"widths": [2.5, 7]})
    d.add("h", 2, "二、核查意见")
    d.add("p", f"经现场核查，该考核点场地、设施设备及管理制度能够满足{occ_names(C)}职业技能等级认定考核需要。")
    d.add("h", 2, "三、推荐意见")
    d.add("p", f"同意推荐{C.name}以上述地址作为考核点申报社会培训评价组织。")
    d.add("sign", [B["name"], ar_date(B["date"])], B["seal"] if seal else None)
    return d


def district_reply(C, rng, B, seal=True):
    """复函 answering the applicant's request."""
    d = Doc(font="fangsong", size=14, pagenum=None, margins=(34, 27, 30, 27))
    d.add("letterhead", B["name"], {"size": 22})
    d.add("docno", B["docno"])
    d.add("redline")
    d.add("title", f"关于{C.name}\n职业技能等级认定考核点设置的复函")
    d.add("p", f"{C.name}：", {"indent": False})
    d.add("p", f"你单位《关于申请推荐职业技能等级认定考核点的请示》收悉。经研究并实地查看，现函复如下：")
    d.add("p", f"一、同意推荐你单位位于{C.site_addr}的场地作为{occ_names(C)}职业技能等级认定考核点，"
               f"用于申报社会培训评价组织。")
    d.add("p", "二、你单位应严格落实考务管理和视频监控要求，考核点地址如有变更，应及时向我局报告。")
    d.add("p", "此复。")
    d.add("sign", [cn_date(B["date"])], B["seal"] if seal else None, {"seal_dy": -22})
    d.add("space", 6)
    d.add("p", "抄送：上海市职业技能鉴定中心", {"indent": False, "size": 11})
    return d


def industry_letter_b(C, rng, I, seal=True):
    """A commission's letter with the recommended occupations in a table and 推荐理由 as a list."""
    d = Doc(font="serif", size=12.5, pagenum=None, margins=(28, 24, 26, 24))
    d.add("letterhead", I["name"] + "办公室", {"size": 24})
    d.add("redline")
    d.add("docno", I["docno"], "right")
    d.add("title", f"关于推荐{C.name}\n申报社会培训评价组织的函")
    d.add("p", "市人力资源社会保障局：", {"indent": False})
    d.add("p", f"现推荐{C.name}（统一社会信用代码：{C.code}）申报社会培训评价组织，推荐职业（工种）及等级如下：")
    rows = [["序号", "职业编码", "职业（工种）", "推荐等级"]]
    for i, (o, lv) in enumerate(C.apps, 1):
        rows.append([str(i), o[0], full(o), lv_list(lv, "both")])
    d.add("table", rows, {"header": 1, "widths": [0.8, 2, 3.6, 3.6]})
    d.add("p", "推荐理由：", {"indent": False, "bold": True})
    for i, t in enumerate([f"该单位{C.field_desc}，在行业内具有较强代表性；",
                           "具备专门的评价工作机构、专职人员和专家队伍，考核场地设施完备；",
                           "近年来无违法违规和失信记录，社会信誉良好。"], 1):
        d.add("p", f"{i}. {t}")
    from .build import seal_png
    sp = dict(I["seal"], text=I["name"] + "办公室", png=seal_png(I["name"] + "办公室", "", I["seal"].get("seed", 1)))
    d.add("sign", [I["name"] + "办公室", ar_date(I["date"])], sp if seal else None)
    return d


def industry_reply(C, rng, I, seal=True):
    """复函 from an authority to the applicant."""
    d = Doc(font="fangsong", size=14, pagenum=None, margins=(34, 27, 30, 27))
    d.add("letterhead", I["name"], {"size": 24 if len(I["name"]) > 10 else 30})
    d.add("docno", I["docno"])
    d.add("redline")
    d.add("title", f"关于同意推荐{C.name}\n申报社会培训评价组织的复函")
    d.add("p", f"{C.name}：", {"indent": False})
    d.add("p", f"你单位《关于恳请给予行业推荐的请示》收悉。经审核，{I.get('self', '我委')}同意推荐你单位申报"
               + "、".join(f"{full(o)}{level_range(lv)}" for o, lv in C.apps) + "社会培训评价组织。")
    d.add("p", "请你单位按照市人力资源社会保障局有关要求，规范开展职业技能等级认定工作，确保评价质量。")
    d.add("p", "特此函复。")
    d.add("sign", [I["name"], cn_date(I["date"])], I["seal"] if seal else None)
    return d


def credit_platform(C, rng, R):
    """上海市公共信用信息服务平台 法人公共信用信息查询报告 with an overview grid; detail table at the end."""
    d = Doc(font="sans", size=10.5, pagenum="第n页", margins=(18, 18, 18, 18),
            header="上海市公共信用信息服务平台　法人公共信用信息查询报告")
    d.add("title", "法人公共信用信息查询报告")
    d.add("table", [["查询编号", R["no"], "查询时间", iso(R["date"]) + f" {rng.randint(9, 16)}:{rng.randint(10, 59)}"],
                    ["被查询主体", C.name, "统一社会信用代码", C.code],
                    ["查询用途", "申报社会培训评价组织", "查询方式", "网上自助查询"]], {"widths": [1.6, 3.8, 1.8, 2.8], "size": 9.5})
    d.add("h", 2, "信息概览")
    recs = R["recs"]
    cats = [("登记注册信息", "1"), ("行政许可信息", "1"), ("资质认定信息", "0"), ("荣誉表彰信息", str(rng.randint(0, 3))),
            ("行政处罚信息", str(len(recs.get("行政处罚信息", [])))), ("失信被执行人信息", str(len(recs.get("失信被执行人信息", [])))),
            ("严重失信主体名单信息", "0"), ("经营异常名录信息", "0"), ("欠缴税款信息", "0"), ("其他失信信息", "0")]
    rows = []
    for i in range(0, len(cats), 2):
        a, b = cats[i], cats[i + 1]
        rows.append([a[0], a[1] + " 条", b[0], b[1] + " 条"])
    d.add("table", rows, {"widths": [3, 1.5, 3, 1.5], "size": 9.5})
    d.add("h", 2, "登记注册信息")
    d.add("table", [["名称", C.name], ["类型", C.type_line or C.type_word], ["法定代表人", C.rep],
                    ["住所", C.addr], ["登记机关", C.reg_auth], ["成立日期", iso(C.founded)]], {"widths": [2, 8], "size": 9.5})
    d.add("pagebreak")
    d.add("h", 2, "失信及违法违规信息")
    has = False
    for cat in ["行政处罚信息", "失信被执行人信息"]:
        for it in recs.get(cat, []):
            has = True
            d.add("table", [["信息类别", cat], ["文书号/案号", it["no"]], ["内容", it.get("reason", "")],
                            ["结果", it.get("result", "")], ["机关/法院", it.get("org", it.get("court", ""))], ["日期", it["date"]]],
                  {"widths": [2, 8], "size": 9.5})
    if not has:
        d.add("p", "经查询，截至查询时间，未查见该主体的行政处罚、失信被执行人、严重失信主体名单、经营异常名录及欠缴税款信息。", {"indent": False})
    d.add("p", "本报告由上海市公共信用信息服务平台自动生成，可通过查询编号在“信用中国（上海）”网站核验。", {"indent": False, "size": 9, "space": 1})
    d.add("sign", ["上海市公共信用信息服务中心", iso(R["date"])], R.get("seal"), {"seal_dx": 14})
    return d


def audit_report_toc(C, rng, A):
    """Audit report of another firm: cover, 目录 page, unnumbered headings, 其他信息, statements with 行次."""
    y = A["year"]
    nonprofit = A.get("nonprofit", False)
    act = "业务活动表" if nonprofit else "利润表"
    std = "《民间非营利组织会计制度》" if nonprofit else "企业会计准则"
    d = Doc(font=A.get("font", "song"), size=11, pagenum="n", header=f"{A['firm']}　　{A['no']}")
    d.add("space", 20)
    d.add("p", A["firm"], {"align": "center", "indent": False, "size": 16})
    d.add("space", 30)
    d.add("title", f"{C.name}\n审计报告")
    d.add("p", f"{y}年1月1日至{y}年12月31日", {"align": "center", "indent": False})
    d.add("p", A["no"], {"align": "center", "indent": False})
    d.add("pagebreak")
    d.add("title", "目　录")
    d.add("table", [["内容", "页次"], ["一、审计报告", "1-2"], ["二、资产负债表", "3"], [f"三、{act}", "4"],
                    ["四、现金流量表", "5"], ["五、财务报表附注", "6-18"]], {"header": 1, "widths": [7, 2], "noborder": True})
    d.add("pagebreak")
    d.add("title", "审计报告")
    d.add("p", A["no"], {"align": "right", "indent": False})
    d.add("p", f"{C.name}{'理事会' if nonprofit else '全体股东'}：", {"indent": False})
    d.add("p", "审计意见", {"indent": False, "bold": True})
    d.add("p", f"我们审计了{C.name}财务报表，包括{y}年12月31日的资产负债表，{y}年度的{act}、现金流量表以及相关财务报表附注。")
    d.add("p", f"我们认为，后附的财务报表在所有重大方面按照{std}的规定编制，公允反映了{C.name}{y}年12月31日的财务状况以及{y}年度的"
               f"{'业务活动成果' if nonprofit else '经营成果'}和现金流量。")
    d.add("p", "形成审计意见的基础", {"indent": False, "bold": True})
    d.add("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")
    d.add("p", "其他信息", {"indent": False, "bold": True})
    d.add("p", "管理层对其他信息负责。我们对财务报表发表的审计意见并不涵盖其他信息，我们也不对其他信息发表任何形式的鉴证结论。")
    d.add("p", "管理层和治理层对财务报表的责任", {"indent": False, "bold": True})
    d.add("p", "管理层负责按照适用的财务报告编制基础编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。")
    ds = ar_date(A["date"])
    d.add("table", [[f"{A['firm']}", "中国注册会计师\n（项目合伙人）：" + A["cpas"][0]],
                    ["中国　上海", "中国注册会计师：" + A["cpas"][1]], ["", ds]], {"noborder": True, "widths": [5, 5]})
    if A.get("seal"):
        d.add("sign", [], A["seal"], {"seal_dx": 100, "seal_dy": -40})
    d.add("pagebreak")
    d.add("title", "资产负债表")
    d.add("p", f"编制单位：{C.name}　　　{y}年12月31日　　　金额单位：人民币元", {"indent": False, "size": 9.5, "align": "center"})
    r2 = random.Random(A["no"] + "toc")
    rows = [["项　　目", "行次", "年末数", "年初数"]]
    for i, it in enumerate(["货币资金", "应收账款", "其他应收款", "存货", "流动资产合计", "固定资产", "资产总计",
                            "流动负债合计", "负债合计", "所有者权益合计" if not nonprofit else "净资产合计"], 1):
        rows.append([it, str(i), _money(r2, 1e5, 5e6), _money(r2, 1e5, 5e6)])
    d.add("table", rows, {"header": 1, "widths": [3.4, 0.8, 2.4, 2.4], "size": 9.5})
    return d


def work_plan_d(C, rng):
    d = Doc(font=C.style.get("font", "song"), size=11.5, pagenum="n")
    d.add("title", "职业技能等级认定工作方案")
    d.add("p", f"{C.name}　（{ar_date(C.form_date)}）", {"align": "center", "indent": False})
    d.add("p", f"为规范开展{occ_names(C)}职业技能等级认定工作，现将工作任务分解如下：")
    rows = [["序号", "工作事项", "主要内容", "责任部门", "完成时限"]]
    for i, (a, b, c_, t) in enumerate([
            ("机构建设", "设立评价办公室，配备专职人员", "综合管理部", "2025年2月"),
            ("制度建设", "制定考务、考评员、督导、档案等管理制度", "评价办公室", "2025年2月"),
            ("场地设备", f"完善考核点（{C.site_addr}）视频监控与机房设施", "后勤保障部", "2025年3月"),
            ("题库建设", "按国家职业标准开发理论和技能题库", "专家委员会", "2025年4月"),
            ("评价实施", "按计划组织考核、阅卷、成绩公示", "评价办公室", "常态化"),
            ("质量督导", "内部督导全覆盖，接受人社部门监督", "质量督导组", "常态化"),
            ("证书管理", "按规定核发证书并上传数据", "信息管理组", "考后20个工作日内")], 1):
        rows.append([str(i), a, b, c_, t])
    d.add("table", rows, {"header": 1, "widths": [0.7, 1.6, 4.6, 1.8, 1.8], "size": 10})
    d.add("h", 2, "保障措施")
    d.add("p", f"成立以法定代表人{C.rep}为组长的领导小组；专职工作人员{C.staff}名、考评员{C.assessors}名；"
               "设立专项经费，实行收支两条线管理。")
    return d


def pledge_d(C, rng, seal=True):
    d = Doc(font=C.style.get("pfont", "song"), size=12.5, pagenum=None, margins=(30, 26, 28, 26))
    d.add("title", "社会培训评价组织申报承诺书")
    d.add("table", [["申报单位", C.name], ["统一社会信用代码", C.code], ["法定代表人", C.rep]], {"widths": [2.6, 7]})
    rows = [["序号", "承诺事项", "确认"]]
    for i, t in enumerate(["本单位为依法登记的独立法人，不属于政府部门及其所属事业单位", "申报材料真实、完整、有效",
                           "近三年无违法违规、失信等不良行为记录", "评价工作不以营利为最终目的", "自愿接受各级人社部门和行业主管部门监督"], 1):
        rows.append([str(i), t, "☑"])
    d.add("table", rows, {"header": 1, "widths": [0.8, 7.4, 1.2]})
    d.add("p", "以上承诺如有不实，本单位愿承担相应法律责任。")
    d.add("sign", [f"法定代表人（签章）：{C.rep_sign}", "申报单位（公章）", ar_date(C.form_date)], C.seal_spec() if seal else None)
    return d


def elicense_html(C, spec):
    """Printout of the 电子营业执照 (mobile-card look) with the applicant's seal."""
    import base64 as _b
    seal = ""
    if spec.get("copy_seal"):
        with open(spec["copy_seal"], "rb") as f:
            seal = _b.b64encode(f.read()).decode()
    rows = "".join(f'<tr><td class="k">{a.replace("　", "")}</td><td>{b}</td></tr>' for a, b in spec["fields"])
    r = random.Random(C.code)
    qr = "".join(f'<rect x="{j}" y="{i}" width="1" height="1"/>' for i in range(25) for j in range(25) if r.random() < 0.5)
    sealimg = f'<img src="data:image/png;base64,{seal}" style="position:absolute;right:30mm;top:150mm;width:40mm">' if seal else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 15mm; }} body {{ font-family: "WenQuanYi Zen Hei"; position:relative }}
.card {{ width: 150mm; margin: 0 auto; border: 1px solid #b9c6d8; border-radius: 4mm; overflow:hidden }}
.hd {{ background: linear-gradient(#2a62b8,#1b4a93); color:#fff; text-align:center; padding: 6mm 0 4mm 0 }}
.hd .t {{ font-size: 22pt; letter-spacing: 4pt; font-family: "Noto Sans CJK SC" }} .hd .s {{ font-size: 9pt }}
table {{ width: 100%; border-collapse: collapse; font-size: 10.5pt }} td {{ padding: 2.2mm 4mm; border-bottom: 1px solid #e3e8ef; vertical-align: top }}
td.k {{ width: 30mm; color: #5a6b80 }} .ft {{ font-size: 8pt; color:#666; text-align:center; padding: 3mm }}
</style></head><body>
<div class="card"><div class="hd"><div class="t">电子营业执照</div><div class="s">国家市场监督管理总局</div></div>
<table><tr><td class="k">统一社会信用代码</td><td>{spec["code"]}</td></tr>{rows}<tr><td class="k">登记机关</td><td>{spec["auth"]}</td></tr>
<tr><td class="k">核准日期</td><td>{spec["date"]}</td></tr></table>
<div style="text-align:center;padding:4mm"><svg viewBox="0 0 25 25" style="width:32mm;height:32mm">{qr}</svg></div>
<div class="ft">下载时间：{spec.get("dl", "2025-01-15 09:32:11")}　　本电子营业执照与纸质营业执照具有同等法律效力</div></div>
<div style="position:absolute;left:25mm;top:160mm;color:#1f3fae;font-size:12pt;transform:rotate(-5deg)">{spec.get("copy_note") or ""}</div>
{sealimg}
</body></html>"""
