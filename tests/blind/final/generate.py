#!/usr/bin/env python3
"""Blind test corpus F for the 沪人社职〔2024〕447号 pre-screening tool.

Writes packages/*.zip, key.json and README.md next to this file. Deterministic in content
(random.Random seeded per package label); only PDF timestamps differ between runs.
Scratch files go to /tmp/blind-final/.

    python3 generate.py            # build everything
    python3 generate.py F07 F12    # rebuild a few packages (key.json is always rewritten in full)
"""
import json
import os
import random
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bf_content as C  # noqa: E402
import bf_render as R  # noqa: E402
from bf_build import (SCRATCH, Pkg, assemble, impl_parts, post_process, producer_desc, stage_sources,  # noqa: E402
                      text_status)
from bf_common import (CAT, DISTRICTS, break_embedded, break_last, code_valid, make_code, occ,  # noqa: E402
                       person, seed_for)

# ====================================================================== issuers
INDUSTRY = {
    "医疗护理员": ("上海市卫生健康委员会", "沪卫人事函"), "营养师": ("上海市卫生健康委员会", "沪卫疾控函"),
    "社群健康助理员": ("上海市卫生健康委员会", "沪卫基层函"), "助听器验配师": ("上海市卫生健康委员会", "沪卫医函"),
    "保健调理师": ("上海市卫生健康委员会", "沪卫中医函"),
    "保洁员": ("上海市绿化和市容管理局", "沪绿容函"), "生活垃圾清运工": ("上海市绿化和市容管理局", "沪绿容环函"),
    "盆景师": ("上海市绿化和市容管理局", "沪绿容绿函"),
    "碳排放管理员": ("上海市生态环境局", "沪环气候函"),
    "调饮师": ("上海市商务委员会", "沪商服函"), "食品安全管理师": ("上海市市场监督管理局", "沪市监食函"),
    "网络与信息安全管理师": ("上海市经济和信息化委员会", "沪经信安函"), "数字化解决方案设计师": ("上海市经济和信息化委员会", "沪经信数函"),
    "数字孪生应用技术员": ("上海市经济和信息化委员会", "沪经信数函"), "增材制造设备操作员": ("上海市经济和信息化委员会", "沪经信装函"),
    "房地产策划师": ("上海市房屋管理局", "沪房市场函"), "科技咨询师": ("上海市科学技术委员会", "沪科函"),
    "信用管理师": ("上海市发展和改革委员会", "沪发改财金函"), "计量员": ("上海市市场监督管理局", "沪市监量函"),
    "色彩搭配师": ("上海市服装服饰行业协会", "沪服协"), "建筑节能减排咨询师": ("上海市住房和城乡建设管理委员会", "沪建科函"),
    "管工": ("上海市住房和城乡建设管理委员会", "沪建人函"), "化工总控工": ("上海市经济和信息化委员会", "沪经信材函"),
    "药物制剂工": ("上海市药品监督管理局", "沪药监药生函"), "轨道交通信号工": ("上海市交通委员会", "沪交科函"),
    "政务服务办事员": ("上海市人民政府办公厅", "沪府办政务函"),
}

FIRMS = [
    dict(name="上海衡章会计师事务所有限公司", prefix="沪衡会审字"),
    dict(name="上海同勤会计师事务所（普通合伙）", prefix="同勤审字"),
    dict(name="上海沛然会计师事务所有限公司", prefix="沛然审"),
    dict(name="上海鼎域会计师事务所（特殊普通合伙）", prefix="鼎域沪审"),
    dict(name="上海明澈会计师事务所有限公司", prefix="沪明澈审字"),
    dict(name="上海嘉信中和会计师事务所有限公司", prefix="嘉中审字"),
]
for f in FIRMS:
    f["seal"] = f["name"]


def base_occ(name):
    from bf_common import split_occ
    b = split_occ(name)[0]
    return b


def ind_issuer(P, idx=0):
    return INDUSTRY[base_occ(P.apps_declared[idx][1])]


def docno(P, prefix, bracket="〔〕"):
    n = P.rng.randrange(3, 48)
    if bracket == "()":
        return "%s(2025)%d号" % (prefix, n)
    if bracket == "[]":
        return "%s[2025]%d号" % (prefix, n)
    return "%s〔2025〕%d号" % (prefix, n)


# ====================================================================== document shortcuts
def A(label, verdict, causes, defects, why):
    return Pkg(label, verdict, causes, defects, why)


def form(P, path, render, post=(), **v):
    return P.add(path, [("application_form", C.application_form(P, v))], render, post)


def ind(P, path, render, post=(), issuer=None, dn=None, occ_i=0, **v):
    iss, pre = ind_issuer(P, occ_i)
    same = [a[1] for a in P.apps_declared if INDUSTRY.get(base_occ(a[1]), ("",))[0] == iss]
    if issuer is None and len(same) < len(P.apps_declared) and "occs" not in v:
        v["occs"] = "、".join(same)
    issuer = issuer or iss
    dn = dn if dn is not None else docno(P, pre)
    v.setdefault("cn_date", P.rng.random() < 0.5)
    return P.add(path, [("industry_letter", C.letter(P, "industry", issuer, dn, v))], render, post)


def dist(P, path, render, post=(), issuer=None, dn=None, **v):
    d = P.site_district
    issuer = issuer or "上海市%s人力资源和社会保障局" % d
    if dn is None:
        ab = DISTRICTS[d][1] if d in DISTRICTS else ""
        dn = docno(P, ab + P.rng.choice(["人社函", "人社", "人社便函"]))
    v.setdefault("title", P.rng.choice(["han2", "tjh", "kaohedian"]))
    v.setdefault("cn_date", P.rng.random() < 0.5)
    return P.add(path, [("district_letter", C.letter(P, "district", issuer, dn, v))], render, post)


def credit(P, path, render, post=(), style="sh", **v):
    fn = {"sh": C.credit_sh, "xyzg": C.credit_xyzgsh, "pboc": C.credit_pboc}[style]
    return P.add(path, [("credit_report", fn(P, v))], render, post)


def audit(P, path, render, year, firm, post=(), **v):
    return P.add(path, [("audit_report", C.audit_report(P, year, FIRMS[firm], v))], render, post)


def audits(P, path, render, firm, years=(2023, 2022), post=(), **v):
    parts = [("audit_report", C.audit_report(P, y, FIRMS[firm], v)) for y in years]
    return P.add(path, parts, render, post)


def cert(P, path, render="cert:zenhei", post=(), **v):
    if render.startswith("cert"):
        return P.add(path, [("registration_certificate", C.CERTS[P.org["regtype"]](P, v))], render, post)
    return P.add(path, [("registration_certificate", C.licence_as_blocks(P, v))], render, post)


def work(P, path, render, post=(), pledge=True, integ=True, wv=None, pv=None, iv=None):
    parts = [("work_plan", C.work_plan(P, wv or {}))]
    if pledge:
        parts.append(("pledge", C.pledge(P, pv or {})))
    if integ:
        parts.append(("integrity_letter", C.integrity(P, iv or {})))
    return P.add(path, parts, render, post)


def pledge(P, path, render, post=(), **v):
    return P.add(path, [("pledge", C.pledge(P, v))], render, post)


def integ(P, path, render, post=(), **v):
    return P.add(path, [("integrity_letter", C.integrity(P, v))], render, post)


def impl(P, path, render, post=(), v=None, **kw):
    return P.add(path, impl_parts(P, v or {}, **kw), render, post)


def photo(P, path, label=""):
    d = P.add(path, [("other", None)], "photo_site")
    d["label"] = label
    return d


def floor(P, path, label="考核点平面布置图"):
    d = P.add(path, [("other", None)], "floorplan")
    d["label"] = label
    return d


def experts(P, path, render, post=()):
    return P.add(path, [("other", C.expert_list(P, {}))], render, post)


def equipment(P, path, render, post=()):
    return P.add(path, [("other", C.equipment_list(P, {}))], render, post)


def apps(*items):
    """items: (name, [levels]) with catalogue names, or (code, name, [levels]) for off-catalogue entries."""
    out = []
    for it in items:
        if len(it) == 3:
            out.append(it)
        else:
            code, name, _ = occ(it[0])
            out.append((code, name, list(it[1])))
    return out


def per_level_files(P, folder, render, v, post=(), name_fmt="{occ}{lv}级{what}.pdf", skip=(), lvl_cn=True, eval_render=None,
                    dup_sample=(), sample_names=None):
    """One evaluation-plan file and one or two sample files per occupation×level."""
    from bf_common import LV_CN, split_occ
    for code, name, lv in P.apps_declared:
        short = split_occ(name)[1] or name
        for l in lv:
            lvs = LV_CN[l] if lvl_cn else str(l)
            P.add("%s/%s" % (folder, name_fmt.format(occ=short, lv=lvs, what="评价方案")),
                  [("evaluation_plan", C.evaluation_plan(P, code, name, l, v))], eval_render or render, post)
            if sample_names == "split":
                for k in (1, 2):
                    kk = 1 if (k == 2 and (name, l) in dup_sample) else k
                    P.add("%s/%s" % (folder, name_fmt.format(occ=short, lv=lvs, what="样题" + "一二"[k - 1])),
                          [("sample_paper", C.sample_set(P, code, name, l, kk, v))], render, post)
            else:
                P.add("%s/%s" % (folder, name_fmt.format(occ=short, lv=lvs, what="样题")),
                      [("sample_paper", C.sample_set(P, code, name, l, 1, v)), ("sample_paper", C.sample_set(P, code, name, l, 2, v))], render, post)


# ====================================================================== the packages
PKGS = []


def pkg(fn):
    PKGS.append(fn)
    return fn


@pkg
def p_hugong_pass():
    P = A("hugong_pass", "pass", [2, 6], [],
          "Complete and valid; the industry letter's title breaks over two lines under a letterhead and a site photo is image-only extra material.")
    P.set_apps(apps(("医疗护理员", [5, 4, 3])))
    P.set_org("上海澄岳护理服务有限公司", "company", "浦东新区")
    form(P, "01申请表/社会培训评价组织征集遴选申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "02推荐函/市卫健委推荐函.pdf", "html:gov", title="han2", suffix="")
    dist(P, "02推荐函/浦东新区人社局推荐函.pdf", "docx:C", title="tjh")
    credit(P, "03信用佐证/公共信用信息报告.pdf", "html:report", style="sh")
    audit(P, "03信用佐证/2023年度审计报告.pdf", "docx:D", 2023, 0)
    audit(P, "03信用佐证/2022年度审计报告.pdf", "docx:D", 2022, 0)
    cert(P, "03信用佐证/营业执照副本.pdf", "cert:zenhei")
    work(P, "04工作方案/职业技能等级认定工作方案（含承诺书、廉洁责任书）.pdf", "docx:B")
    impl(P, "05实施方案/医疗护理员项目实施方案.pdf", "fodt:A", v=dict(level_style="slash", sample_style="paren"))
    photo(P, "06其他材料/考核点现场照片.jpg")
    P.zip_dirs = True
    return P


@pkg
def p_baojie_minfei_pass():
    P = A("baojie_minfei_pass", "pass", [3], [],
          "Complete and valid 民办非企业单位: levels are ticked boxes, the registration certificate has no 类型 line (OCR-layer scan), sample titles like 保洁员三级理论知识样题（一）.")
    P.set_apps(apps(("保洁员", [5, 4, 3])))
    P.set_org("上海市徐汇区洁源职业技能培训学校", "minfei", "徐汇区", supervisor="上海市徐汇区人力资源和社会保障局",
              scope="保洁、家政服务等职业技能培训。")
    form(P, "申请表.pdf", "html:form", basic=1, layout="tick", tick="☑", level_style="slash", title=1)
    ind(P, "行业主管部门推荐意见.pdf", "docx:E", title="yijian", verb="同意推荐")
    dist(P, "区人社局推荐函.pdf", "html:gov2", title="han2")
    credit(P, "信用中国（上海）信用报告.pdf", "html:report", style="xyzg")
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 1)
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 1)
    cert(P, "民办非企业单位登记证书.pdf", "cert:ukai", post=["ocr_rl"])
    work(P, "工作方案.pdf", "fodt:B", iv=dict(bilateral=True))
    impl(P, "实施方案及样题.pdf", "docx:D", v=dict(level_style="plain", sample_style="paren", sample_title="b", eval_title="c"))
    return P


@pkg
def p_tanpaifang_range_pass():
    P = A("tanpaifang_range_pass", "pass", [2, 3], [],
          "Complete and valid: 碳排放管理员 at 五级 plus the 碳排放核算员 工种 written as the range 四级至三级; letters titled 推荐书 and 推荐意见.")
    P.set_apps(apps(("碳排放管理员", [5]), ("碳排放管理员（碳排放核算员）", [4, 3])))
    P.set_org("上海绿衡碳资产管理有限公司", "company", "闵行区")
    form(P, "1-申请表/申请表.pdf", "fodt:B", basic=2, layout="range", range_style="zhi", title=2)
    ind(P, "2-推荐函/生态环境局推荐书.pdf", "rl:ukai", title="shu")
    dist(P, "2-推荐函/闵行区人社局推荐意见.pdf", "docx:A", title="yijian")
    credit(P, "3-信用佐证/信用报告.pdf", "rl:zenhei", style="sh")
    audits(P, "3-信用佐证/近两年审计报告.pdf", "docx:A", 2, post=["gs"])
    cert(P, "3-信用佐证/营业执照.pdf", "cert:microhei")
    work(P, "4-工作方案/工作方案.pdf", "docx:E")
    impl(P, "5-实施方案/实施方案.pdf", "html:plain", v=dict(level_style="slash", sample_style="plain", sample_title="b"))
    P.zip_mode = "utf8"
    P.zip_dirs = True
    return P


@pkg
def p_xinyong_swapped_names_pass():
    P = A("xinyong_swapped_names_pass", "pass", [1], [],
          "Complete and valid although two file names are swapped: 营业执照.pdf is the credit report and 信用报告.pdf is the licence.")
    P.set_apps(apps(("信用管理师", [4, 3, 2])))
    P.set_org("上海信达诚信用管理咨询有限公司", "company", "杨浦区")
    form(P, "申请表.pdf", "docx:D", basic=0, layout="list", level_style="paren")
    ind(P, "发改委推荐函.pdf", "docx:A", title="han1")
    dist(P, "杨浦区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "营业执照.pdf", "html:report", style="sh")
    cert(P, "信用报告.pdf", "cert:zenhei")
    audit(P, "2023审计报告.pdf", "docx:B", 2023, 3, post=["gs"])
    audit(P, "2022审计报告.pdf", "docx:B", 2022, 3, post=["gs"])
    work(P, "工作方案（含承诺书、廉洁责任书）.pdf", "fodt:A")
    impl(P, "项目实施方案.pdf", "docx:C", v=dict(level_style="paren", sample_style="AB"))
    P.zip_mode = "utf8-noflag"
    return P


@pkg
def p_huagong_parent_pass():
    P = A("huagong_parent_pass", "pass", [2, 6], [],
          "Complete and valid: the industry letter is a 推荐意见 from the parent group (上级主管部门); a floor-plan scan and a photo are image-only extras.")
    P.set_apps(apps(("化工总控工", [4, 3, 2])))
    P.set_org("上海金岚化工科技有限公司", "company", "金山区")
    form(P, "01 申请表.pdf", "docx:B", basic=1, layout="split_gz", level_style="slash")
    ind(P, "02 上级主管部门推荐意见.pdf", "docx:E", issuer="上海金岚化工（集团）有限公司", dn="金岚集团〔2025〕7号",
        title="yijian", suffix="", addressee="上海市职业技能鉴定中心：", who="经集团研究，", verb="同意推荐所属全资子公司",
        seal="上海金岚化工（集团）有限公司")
    dist(P, "03 金山区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "04 信用报告.pdf", "html:report", style="pboc")
    audit(P, "05 2023年审计报告.pdf", "fodt:C", 2023, 4)
    audit(P, "06 2022年审计报告.pdf", "fodt:C", 2022, 4)
    cert(P, "07 营业执照.pdf", "cert:ukai", post=["ocr_rl"])
    work(P, "08 工作方案.pdf", "docx:D")
    impl(P, "09 实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="tao", sample_title="c"))
    floor(P, "10 其他材料/考核点平面图.pdf")
    photo(P, "10 其他材料/实操考场.jpg")
    return P


@pkg
def p_tiaoyin_nested_pass():
    P = A("tiaoyin_nested_pass", "pass", [3], [],
          "Complete and valid; evaluation plans and sample papers sit in a zip inside the zip, one file per level; pledge and integrity letter are OCR-layer scans.")
    P.set_apps(apps(("调饮师", [5, 4]), ("食品安全管理师", [3])))
    P.set_org("上海茗悦餐饮管理有限公司", "company", "静安区")
    form(P, "申报材料/1.申请表.pdf", "html:form", basic=0, layout="list", level_style="cnparen")
    ind(P, "申报材料/2.商务委推荐函.pdf", "html:gov2", title="han2")
    ind(P, "申报材料/2.市场监管局推荐函.pdf", "docx:E", occ_i=1, title="tjh")
    dist(P, "申报材料/2.静安区人社局推荐函.pdf", "docx:C", title="kaohedian")
    credit(P, "申报材料/3.信用报告.pdf", "rl:zenhei", style="xyzg")
    audit(P, "申报材料/3.审计报告（2023年度）.pdf", "docx:D", 2023, 5)
    audit(P, "申报材料/3.审计报告（2022年度）.pdf", "docx:D", 2022, 5)
    cert(P, "申报材料/3.营业执照.pdf", "cert:zenhei")
    work(P, "申报材料/4.工作方案.pdf", "fodt:A", pledge=False, integ=False)
    pledge(P, "申报材料/4.承诺书.pdf", "docx:B", post=["ocr_rl"])
    integ(P, "申报材料/4.廉洁责任书.pdf", "docx:B", post=["tesseract"], title="廉洁责任书")
    impl(P, "申报材料/5.实施方案.pdf", "docx:D", v=dict(level_style="cnparen"), evals=False, samples=False)
    v = dict(level_style="cnparen", sample_style="paren", eval_title="b")
    per_level_files(P, "申报材料/5.实施方案附件.zip/评价方案及样题", "fodt:C", v)
    return P


@pkg
def p_zhiji_levelfirst_pass():
    P = A("zhiji_levelfirst_pass", "pass", [3], [],
          "Complete and valid: the form lists one row per level with the level column before the code and merged occupation cells; sample sets 样卷A/样卷B.")
    P.set_apps(apps(("药物制剂工（片剂制备）", [5, 4]), ("药物制剂工（颗粒剂制备）", [4, 3])))
    P.set_org("上海禾润制药技术有限公司", "company", "奉贤区")
    form(P, "申请表/遴选申请表.pdf", "docx:D", basic=0, layout="level_first", level_style="slash")
    ind(P, "推荐函/药监局推荐函.pdf", "html:gov", title="tongyi", suffix="")
    dist(P, "推荐函/奉贤区人社局.pdf", "rl:uming", title="han2")
    credit(P, "信用/公共信用信息报告（法人版）.pdf", "docx:A", style="sh")
    audit(P, "信用/审计报告2023.pdf", "rl:zenhei", 2023, 0, dated_cols=True)
    audit(P, "信用/审计报告2022.pdf", "rl:zenhei", 2022, 0, dated_cols=True)
    cert(P, "信用/营业执照.pdf", "cert:microhei")
    work(P, "工作方案/工作方案.pdf", "docx:B", pv=dict(title="诚信承诺书"))
    impl(P, "实施方案/实施方案.pdf", "fodt:B", v=dict(level_style="slash", sample_style="AB", eval_title="a"), grouped=False)
    return P


@pkg
def p_zengcai_meaningless_names_pass():
    P = A("zengcai_meaningless_names_pass", "pass", [1], [],
          "Complete and valid with meaningless file names (IMG_…, scan_…, 附件N, 新建 Microsoft Word 文档); every document is readable, two through OCR layers.")
    P.set_apps(apps(("增材制造设备操作员", [4, 3, 2])))
    P.set_org("上海峰锐增材科技有限公司", "company", "宝山区")
    form(P, "附件1.pdf", "docx:A", basic=1, layout="list", level_style="slash")
    ind(P, "IMG_20250116_0001.pdf", "docx:E", post=["ocr_rl"], title="han2")
    dist(P, "IMG_20250116_0002.pdf", "html:gov", post=["ocr_rl"], title="tjh")
    credit(P, "附件3.pdf", "html:report", style="pboc")
    audit(P, "scan_003.pdf", "rl:cid", 2023, 2)
    audit(P, "scan_004.pdf", "rl:cid", 2022, 2)
    cert(P, "附件9.pdf", "cert:zenhei")
    work(P, "新建 Microsoft Word 文档 (3).pdf", "docx:D")
    impl(P, "新建 Microsoft Word 文档 (4).pdf", "docx:D", v=dict(level_style="slash", sample_style="shijuan"))
    return P


@pkg
def p_zhengwu_minfei_chongming_pass():
    P = A("zhengwu_minfei_chongming_pass", "pass", [2, 4, 7], [],
          "Complete and valid: district letter from 上海市崇明区人力资源和社会保障局 signed 崇明区人社局, a 中国人民银行征信中心 企业信用报告 with all-zero public records, levels as 五至三级.")
    P.set_apps(apps(("政务服务办事员", [5, 4, 3])))
    P.set_org("上海市崇明区政通职业技能培训中心", "minfei", "崇明区", supervisor="上海市崇明区教育局",
              scope="政务服务、办公事务等职业技能培训。")
    form(P, "一、申请表.pdf", "fodt:C", basic=2, layout="narrative", range_style="short")
    ind(P, "二、推荐函（市政府办公厅）.pdf", "html:gov2", title="han1")
    dist(P, "二、推荐函（区人社）.pdf", "docx:E", title="yijian", sign_name="崇明区人社局", seal="上海市崇明区人力资源和社会保障局",
         date_text=None)
    credit(P, "三、企业信用报告.pdf", "html:report", style="pboc")
    audit(P, "三、2023审计.pdf", "docx:A", 2023, 1)
    audit(P, "三、2022审计.pdf", "docx:A", 2022, 1)
    cert(P, "三、登记证书.pdf", "cert:ukai")
    work(P, "四、工作方案.pdf", "html:plain")
    impl(P, "五、实施方案.pdf", "html:plain", v=dict(level_style="paren", sample_style="paren", sample_title="a"))
    P.zip_mode = "gbk+7075"
    return P


@pkg
def p_shujuanquan_qual_pass():
    P = A("shujuanquan_qual_pass", "pass", [3], [],
          "Complete and valid: levels written 国家职业资格四级 / 国家职业资格三级, both audit years in one PDF, pledge and integrity letter as pages of the work plan, sample sets A卷/B卷.")
    P.set_apps(apps(("网络与信息安全管理师（数据安全管理员）", [4, 3])))
    P.set_org("上海安衡数据科技有限公司", "company", "长宁区")
    form(P, "01-申请表.pdf", "docx:C", basic=0, layout="list", level_style="qual", sep="；")
    ind(P, "02-经信委推荐函.pdf", "docx:E", title="han2")
    dist(P, "03-长宁区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "04-信用报告.pdf", "html:report", style="sh")
    audits(P, "05-2022-2023年度审计报告.pdf", "docx:B", 3, years=(2023, 2022), post=["gs"])
    cert(P, "06-营业执照.pdf", "cert:zenhei")
    work(P, "07-工作方案.pdf", "docx:D", wv=dict(title="职业技能等级认定\n工作方案"))
    impl(P, "08-实施方案.pdf", "docx:D", v=dict(level_style="qual", sample_style="juan", sample_title="a"))
    return P


@pkg
def p_yingyang_photos_pass():
    P = A("yingyang_photos_pass", "pass", [2, 6], [],
          "Complete and valid: both letters titled 推荐函 under a letterhead ending in 函, plus two image-only site photos.")
    P.set_apps(apps(("营养师（公共营养师）", [4, 3, 2])))
    P.set_org("上海膳源营养健康咨询有限公司", "company", "普陀区")
    form(P, "申请表.pdf", "html:form", basic=1, layout="tick", tick="■", level_style="slash")
    ind(P, "推荐函1.pdf", "html:gov", title="tjh", suffix="函")
    dist(P, "推荐函2.pdf", "html:gov", title="tjh", suffix="函")
    credit(P, "信用报告.pdf", "docx:D", style="sh")
    audit(P, "审计报告-2023.pdf", "fodt:A", 2023, 4)
    audit(P, "审计报告-2022.pdf", "fodt:A", 2022, 4)
    cert(P, "营业执照.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    photo(P, "现场照片/IMG_20250110_142233.jpg")
    photo(P, "现场照片/IMG_20250110_142410.jpg", label="职业技能等级认定考核点")
    return P


@pkg
def p_guangong_mac_pass():
    P = A("guangong_mac_pass", "pass", [6], [],
          "Complete and valid: two occupations with one industry letter each, macOS __MACOSX entries, and an editable .docx list of experts as extra material.")
    P.set_apps(apps(("管工", [5, 4]), ("轨道交通信号工（城市轨道交通信号工）", [3])))
    P.set_org("上海松辰管道工程技术有限公司", "company", "松江区")
    root = "上海松辰管道工程技术有限公司申报材料/"
    form(P, root + "申请表.pdf", "fodt:A", basic=0, layout="split_gz", level_style="slash")
    ind(P, root + "推荐函/住建委推荐函.pdf", "docx:A", title="han2")
    ind(P, root + "推荐函/交通委推荐函.pdf", "html:gov2", occ_i=1, title="tjh")
    dist(P, root + "推荐函/松江区人社局推荐函.pdf", "docx:E", title="han2")
    credit(P, root + "信用佐证/信用报告.pdf", "html:report", style="sh")
    audit(P, root + "信用佐证/2023年度审计报告.pdf", "docx:D", 2023, 5)
    audit(P, root + "信用佐证/2022年度审计报告.pdf", "docx:D", 2022, 5)
    cert(P, root + "信用佐证/营业执照.pdf", "cert:zenhei")
    work(P, root + "工作方案.pdf", "fodt:B")
    impl(P, root + "实施方案.pdf", "fodt:B", v=dict(level_style="slash", sample_style="paren"))
    experts(P, root + "其他材料/专家名单.docx", "keepdocx:D")
    photo(P, root + "其他材料/考场监控.jpg")
    P.zip_mode = "utf8"
    P.junk = [("__MACOSX/" + root + "._申请表.pdf", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + b"\x00" * 60),
              (root + ".DS_Store", b"\x00\x00\x00\x01Bud1" + b"\x00" * 120)]
    return P


@pkg
def p_shuzi_luansheng_misnamed_pass():
    P = A("shuzi_luansheng_misnamed_pass", "pass", [1, 7], [],
          "Complete and valid: the credit report (信用中国（上海）, 行政处罚（0条）) is saved as 承诺书.pdf while the real 承诺书 is a page of the work plan.")
    P.set_apps(apps(("数字孪生应用技术员", [5, 4])))
    P.set_org("上海虹数孪生科技有限公司", "company", "虹口区")
    form(P, "申请表.pdf", "docx:B", basic=0, layout="tick_cols", tick="✓")
    ind(P, "推荐函.pdf", "docx:C", title="han2")
    dist(P, "虹口区推荐函.pdf", "html:gov", title="han2")
    credit(P, "承诺书.pdf", "html:report", style="xyzg")
    audit(P, "审计报告2023.pdf", "html:plain", 2023, 2)
    audit(P, "审计报告2022.pdf", "html:plain", 2022, 2)
    cert(P, "营业执照.pdf", "cert:microhei")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_zhiji_sanji_split_gz_pass():
    P = A("zhiji_sanji_split_gz_pass", "pass", [3], [],
          "Complete and valid: the 工种 散剂、茶剂与灸熨剂制备 (with an internal 、) sits in its own column and the levels are listed in one cell.")
    P.set_apps(apps(("药物制剂工（散剂、茶剂与灸熨剂制备）", [5, 4])))
    P.set_org("上海申草堂中药技术有限公司", "company", "闵行区")
    form(P, "申请表.pdf", "docx:E", basic=1, layout="split_gz", level_style="slash")
    ind(P, "药监局推荐函.pdf", "docx:E", title="han2")
    dist(P, "闵行区人社局推荐函.pdf", "html:gov2", title="tjh")
    credit(P, "企业信用报告.pdf", "docx:D", style="pboc")
    audit(P, "2023年度审计报告.pdf", "html:plain", 2023, 0)
    audit(P, "2022年度审计报告.pdf", "html:plain", 2022, 0)
    cert(P, "营业执照.pdf", "cert:zenhei", post=["ocr_rl"])
    work(P, "工作方案.pdf", "rl:zenhei")
    impl(P, "实施方案.pdf", "rl:zenhei", v=dict(level_style="paren", sample_style="moni", sample_title="a"))
    P.zip_mode = "gbk+7075"
    return P


@pkg
def p_minhang_tan_deep_pass():
    P = A("minhang_tan_deep_pass", "pass", [2, 3], [],
          "Complete and valid 民办非企业单位 applying for two 碳排放管理员 工种; evaluation plans and samples in a deep per-工种/per-level folder tree, industry letter from an aviation authority.")
    P.set_apps(apps(("碳排放管理员（民航碳排放管理员）", [4, 3]), ("碳排放管理员（碳排放咨询员）", [3])))
    P.set_org("上海浦东新区航碳低碳发展研究中心", "minfei", "浦东新区", supervisor="上海市浦东新区科学技术协会",
              scope="低碳发展研究、碳排放管理培训与咨询。")
    form(P, "01 申请表/申请表.pdf", "html:form", basic=0, layout="tick", tick="√", empty="□", level_style="slash")
    ind(P, "02 推荐函/行业主管部门推荐函.pdf", "docx:A", issuer="中国民用航空华东地区管理局", dn="民航华东函〔2025〕11号", title="han2")
    dist(P, "02 推荐函/区人社推荐函.pdf", "docx:C", title="tjh")
    credit(P, "03 信用/信用报告.pdf", "html:report", style="sh")
    audit(P, "03 信用/审计报告/2023.pdf", "docx:B", 2023, 1)
    audit(P, "03 信用/审计报告/2022.pdf", "docx:B", 2022, 1)
    cert(P, "03 信用/登记证书.pdf", "cert:zenhei")
    work(P, "04 工作方案/工作方案.pdf", "fodt:C")
    impl(P, "05 项目实施方案/项目实施方案.pdf", "fodt:C", v=dict(level_style="slash"), evals=False, samples=False)
    from bf_common import LV_CN, split_occ
    v = dict(level_style="slash", sample_style="plain", eval_title="b", sample_title="a")
    for code, name, lv in P.apps_declared:
        for l in lv:
            folder = "05 项目实施方案/%s/%s级" % (split_occ(name)[1], LV_CN[l])
            P.add(folder + "/评价方案.pdf", [("evaluation_plan", C.evaluation_plan(P, code, name, l, v))], "docx:D")
            P.add(folder + "/样题.pdf", [("sample_paper", C.sample_set(P, code, name, l, 1, v)),
                                        ("sample_paper", C.sample_set(P, code, name, l, 2, v))], "docx:D")
    P.zip_dirs = True
    return P


@pkg
def p_guangong_high_levels_pass():
    P = A("guangong_high_levels_pass", "pass", [2, 3, 6], [],
          "Complete and valid: 管工 三级/高级工 to 一级/高级技师 with ✓ ticks, a district letter without letterhead (issuer only in document number and signature), samples 第一套/第二套.")
    P.set_apps(apps(("管工", [3, 2, 1])))
    P.set_org("上海嘉通管道安装技术有限公司", "company", "嘉定区")
    form(P, "申请表.pdf", "html:form", basic=0, layout="tick", tick="✓", level_style="slash", tick_sep="\n")
    ind(P, "推荐函-住建.pdf", "html:gov", title="han2")
    dist(P, "推荐函-嘉定.pdf", "html:plain", title="han2", letterhead=False, docno_in_head=False)
    credit(P, "信用报告.pdf", "html:report", style="xyzg")
    audit(P, "审计报告2023.pdf", "html:plain", 2023, 5)
    audit(P, "审计报告2022.pdf", "html:plain", 2022, 5)
    cert(P, "营业执照.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "html:plain")
    impl(P, "实施方案.pdf", "html:plain", v=dict(level_style="slash", sample_style="tao", sample_title="c"))
    photo(P, "照片.jpg")
    return P


# ---------------------------------------------------------------------- fail
@pkg
def p_secai_no_credit_fail():
    P = A("secai_no_credit_fail", "fail", [1], ["credit_report_missing"],
          "The file named 信用报告.pdf is in fact the business licence (the licence is also present) and no credit report exists, while every document is readable.")
    P.set_apps(apps(("色彩搭配师", [4, 3])))
    P.set_org("上海彩韵形象设计有限公司", "company", "黄浦区")
    form(P, "1申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "2行业协会推荐函.pdf", "docx:E", title="han2", addressee="上海市职业技能鉴定中心：")
    dist(P, "2黄浦区人社局推荐函.pdf", "html:gov", title="tjh")
    cert(P, "3信用报告.pdf", "cert:zenhei")
    cert(P, "3营业执照副本.pdf", "html:plain")
    audit(P, "3审计报告2023.pdf", "docx:B", 2023, 2)
    audit(P, "3审计报告2022.pdf", "docx:B", 2022, 2)
    work(P, "4工作方案.pdf", "docx:C")
    impl(P, "5实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_kunshan_district_fail():
    P = A("kunshan_district_fail", "fail", [2, 4], ["district_letter_from_outside_shanghai"],
          "The 考核点所在区 letter is issued by 昆山市人力资源和社会保障局, which is not one of Shanghai's 16 district HR bureaus.")
    P.set_apps(apps(("数字化解决方案设计师", [4, 3])))
    P.set_org("上海嘉数智能科技有限公司", "company", "嘉定区", site_district="昆山市",
              site_address="江苏省昆山市花桥镇金洋路%d号" % 188)
    form(P, "申请表.pdf", "docx:C", basic=0, layout="list", level_style="slash")
    ind(P, "经信委推荐函.pdf", "docx:A", title="han2")
    dist(P, "考核点所在地人社部门推荐函.pdf", "html:gov", issuer="昆山市人力资源和社会保障局", dn="昆人社函〔2025〕6号", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 4)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 4)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_wujiang_district_fail():
    P = A("wujiang_district_fail", "fail", [4], ["district_letter_from_outside_shanghai"],
          "The district letter comes from 苏州市吴江区人力资源和社会保障局, a district bureau outside Shanghai.")
    P.set_apps(apps(("建筑节能减排咨询师", [5, 4, 3])))
    P.set_org("上海青筑节能科技有限公司", "company", "青浦区", site_district="吴江区",
              site_address="江苏省苏州市吴江区黎里镇汾湖大道%d号" % 558)
    form(P, "01申请表.pdf", "fodt:A", basic=1, layout="list", level_style="paren")
    ind(P, "02住建委推荐函.pdf", "docx:E", title="han2")
    dist(P, "03区人社局推荐函.pdf", "docx:C", issuer="苏州市吴江区人力资源和社会保障局", dn="吴人社函〔2025〕9号", title="tjh")
    credit(P, "04信用报告.pdf", "html:report", style="sh")
    audits(P, "05审计报告.pdf", "docx:A", 0)
    cert(P, "06营业执照.pdf", "cert:ukai")
    work(P, "07工作方案.pdf", "docx:C")
    impl(P, "08实施方案.pdf", "fodt:A", v=dict(level_style="paren", sample_style="plain"))
    return P


@pkg
def p_shian_penalty_fail():
    P = A("shian_penalty_fail", "fail", [7], ["credit_report_lists_penalty"],
          "The public credit report lists one administrative penalty (查见 1 条), so the applicant has an illegal-conduct record.")
    P.set_apps(apps(("食品安全管理师", [4, 3])))
    P.set_org("上海汇禾食品安全技术服务有限公司", "company", "徐汇区")
    form(P, "申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "推荐函（市场监管局）.pdf", "html:gov", title="han2")
    dist(P, "推荐函（徐汇区人社局）.pdf", "docx:E", title="han2")
    credit(P, "公共信用信息报告.pdf", "html:report", style="sh",
           penalties=[["沪市监徐处〔2023〕042023001587号", "经营标签不符合食品安全标准的预包装食品", "罚款人民币2万元", "2023年8月14日", "上海市徐汇区市场监督管理局"]])
    audit(P, "2023年审计报告.pdf", "docx:D", 2023, 0)
    audit(P, "2022年审计报告.pdf", "docx:D", 2022, 0)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_aijiu_shixin_fail():
    P = A("aijiu_shixin_fail", "fail", [7], ["credit_report_lists_dishonesty_record"],
          "The credit report finds the applicant on a 失信 list (查见 1 条) although the penalty section says 未查见.")
    P.set_apps(apps(("保健调理师（保健艾灸师）", [5, 4])))
    P.set_org("上海市静安区颐和职业技能培训学校", "minfei", "静安区", supervisor="上海市静安区人力资源和社会保障局",
              scope="保健调理、养生保健等职业技能培训。")
    form(P, "申请表.pdf", "fodt:B", basic=0, layout="tick", tick="☑", level_style="slash")
    ind(P, "卫健委推荐函.pdf", "docx:A", title="han2")
    dist(P, "静安区人社局推荐函.pdf", "html:gov2", title="tjh")
    credit(P, "信用报告.pdf", "rl:zenhei", style="sh",
           shixin=[["失信被执行人", "(2024)沪0106执1523号", "有履行能力而拒不履行生效法律文书确定义务", "2024年6月3日", "上海市静安区人民法院"]])
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 1)
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 1)
    cert(P, "登记证书.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "fodt:B")
    impl(P, "实施方案.pdf", "fodt:B", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_hecha_other_org_fail():
    P = A("hecha_other_org_fail", "fail", [2, 7], ["industry_letter_names_other_organisation"],
          "The industry recommendation letter recommends a different organisation (上海澜舟碳资产管理有限公司, other credit code), not this applicant.")
    P.set_apps(apps(("碳排放管理员（碳排放核查员）", [4, 3])))
    P.set_org("上海浦岚环境科技有限公司", "company", "浦东新区")
    other_code = make_code(random.Random(seed_for("other-org-1")), "91", "310110")
    form(P, "申请表.pdf", "docx:D", basic=0, layout="list", level_style="slash")
    ind(P, "生态环境局推荐函.pdf", "html:gov", title="tongyi", rec_name="上海澜舟碳资产管理有限公司", rec_code=other_code)
    dist(P, "浦东新区人社局推荐函.pdf", "docx:C", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告（2023）.pdf", "docx:A", 2023, 3)
    audit(P, "审计报告（2022）.pdf", "docx:A", 2022, 3)
    cert(P, "营业执照.pdf", "cert:microhei")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_zhengwu_level2_scan_fail():
    P = A("zhengwu_level2_scan_fail", "fail", [3, 5], ["level_not_in_catalogue", "audit_report_2022_scan_without_text"],
          "The form ticks 二级/技师 for 政务服务办事员, which the catalogue lists only at levels 5-3; the image-only 2022 audit scan does not soften that fail.")
    P.set_apps(apps(("政务服务办事员", [4, 3, 2])))
    P.set_org("上海普惠政务服务外包有限公司", "company", "普陀区")
    form(P, "申请表.pdf", "html:form", basic=0, layout="tick", tick="☑", level_style="slash")
    ind(P, "推荐函1.pdf", "docx:E", title="han2")
    dist(P, "推荐函2.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 4)
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 4, post=["scan"])
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_kunshan_code_fail():
    P = A("kunshan_code_fail", "fail", [5], ["credit_code_not_shanghai", "registration_certificate_scan_without_text"],
          "The credit code on the form and the credit report is registered in 昆山 (positions 3-4 = 32), so the applicant is not registered in Shanghai, even though the licence scan is unreadable.")
    P.set_apps(apps(("增材制造设备操作员", [5, 4])))
    P.set_org("昆山澄锦教育科技有限公司", "company", "嘉定区", division="320583", authority="昆山市市场监督管理局")
    P.org["address"] = "江苏省昆山市玉山镇前进西路%d号" % 1288
    form(P, "申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "经信委推荐函.pdf", "docx:E", title="han2")
    dist(P, "嘉定区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "企业信用报告.pdf", "html:report", style="pboc")
    audit(P, "2023审计报告.pdf", "docx:D", 2023, 2)
    audit(P, "2022审计报告.pdf", "docx:D", 2022, 2)
    cert(P, "营业执照.pdf", "cert:zenhei", post=["scan"])
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_yuying_not_in_catalogue_fail():
    P = A("yuying_not_in_catalogue_fail", "fail", [3], ["occupation_not_in_catalogue"],
          "Besides 保洁员 the form (√ in level columns) applies for 育婴员 4-10-01-02, which is not among the 48 occupations of the 附件.")
    P.set_apps(apps(("保洁员", [5, 4]), ("4-10-01-02", "育婴员", [5, 4])))
    P.set_org("上海市杨浦区安居家政职业技能培训学校", "minfei", "杨浦区", supervisor="上海市杨浦区人力资源和社会保障局",
              scope="家政服务、保洁、育婴等职业技能培训。")
    form(P, "申请表.pdf", "docx:B", basic=0, layout="tick_cols", tick="√")
    ind(P, "推荐函（绿化市容局）.pdf", "docx:E", title="han2")
    dist(P, "推荐函（杨浦区人社局）.pdf", "html:gov", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 5)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 5)
    cert(P, "登记证书.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"), apps=P.apps_declared[:1])
    impl(P, "育婴员实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"), apps=P.apps_declared[1:], head=False)
    return P


@pkg
def p_branch_fail():
    P = A("branch_fail", "fail", [3], ["branch_office_not_independent"],
          "The licence's 类型 is 有限责任公司分公司 (a branch), not an independent legal person.")
    P.set_apps(apps(("调饮师", [5, 4])))
    P.set_org("上海茶颂餐饮管理有限公司浦东分公司", "company", "浦东新区", lic_type="有限责任公司分公司（自然人投资或控股）")
    form(P, "申请表.pdf", "fodt:C", basic=1, layout="list", level_style="slash")
    ind(P, "商务委推荐函.pdf", "html:gov2", title="han2")
    dist(P, "浦东新区人社局推荐函.pdf", "docx:E", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="xyzg")
    audit(P, "审计报告2023.pdf", "docx:A", 2023, 3)
    audit(P, "审计报告2022.pdf", "docx:A", 2022, 3)
    cert(P, "营业执照（分公司）.pdf", "cert:zenhei", post=["ocr_rl"])
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_shiye_fail():
    P = A("shiye_fail", "fail", [3], ["public_institution_ineligible"],
          "The applicant is a 事业单位 (code category 12, 事业单位法人证书), which the notice excludes.")
    P.set_apps(apps(("生活垃圾清运工（生活垃圾收集工）", [5, 4])))
    P.set_org("上海市徐汇区环境卫生职业技能培训中心", "shiye", "徐汇区", supervisor="上海市徐汇区绿化和市容管理局",
              scope="为环境卫生行业提供职业技能培训服务。环卫作业人员培训、职业技能评价相关服务。")
    form(P, "申请表.pdf", "docx:D", basic=0, layout="list", level_style="slash")
    ind(P, "绿化市容局推荐函.pdf", "docx:A", title="han2")
    dist(P, "徐汇区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 1, addressee="上海市徐汇区环境卫生职业技能培训中心：")
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 1, addressee="上海市徐汇区环境卫生职业技能培训中心：")
    cert(P, "事业单位法人证书.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_fangdichan_2021_fail():
    P = A("fangdichan_2021_fail", "fail", [1], ["audit_report_2022_missing"],
          "Audit reports cover 2023 and 2021: the file named 2022年度审计报告.pdf audits fiscal 2021, and the 2023 report's 2022 comparative column is not a 2022 audit.")
    P.set_apps(apps(("房地产策划师", [4, 3])))
    P.set_org("上海长屹房地产顾问有限公司", "company", "长宁区")
    form(P, "01申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "02房管局推荐函.pdf", "docx:E", title="han2")
    dist(P, "02长宁区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "03信用报告.pdf", "html:report", style="sh")
    audit(P, "03审计报告/2023年度审计报告.pdf", "docx:D", 2023, 0, dated_cols=True)
    audit(P, "03审计报告/2022年度审计报告.pdf", "docx:D", 2021, 0, dated_cols=True)
    cert(P, "03营业执照.pdf", "cert:zenhei")
    work(P, "04工作方案.pdf", "docx:C")
    impl(P, "05实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_tingli_one_set_fail():
    P = A("tingli_one_set_fail", "fail", [1], ["only_one_sample_set_for_level_3"],
          "For 助听器验配师 三级 the file named 三级样题二.pdf repeats 样题一, so only one distinct sample set exists for level 3.")
    P.set_apps(apps(("助听器验配师", [4, 3])))
    P.set_org("上海闵声听力技术有限公司", "company", "闵行区")
    form(P, "申请表.pdf", "html:form", basic=0, layout="list", level_style="slash")
    ind(P, "卫健委推荐函.pdf", "html:gov", title="han2")
    dist(P, "闵行区人社局推荐函.pdf", "docx:C", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:A", 2023, 2)
    audit(P, "审计报告2022.pdf", "docx:A", 2022, 2)
    cert(P, "营业执照.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案/实施方案.pdf", "docx:D", v=dict(level_style="slash"), evals=False, samples=False)
    per_level_files(P, "实施方案", "docx:D", dict(level_style="slash", sample_style="plain", sample_title="b"),
                    name_fmt="{lv}级{what}.pdf", sample_names="split", dup_sample={("助听器验配师", 3)})
    return P


@pkg
def p_penjing_no_eval2_fail():
    P = A("penjing_no_eval2_fail", "fail", [3], ["evaluation_plan_missing_level_2"],
          "The implementation plan has an evaluation plan for 盆景师 三级 but none for 二级 (both sample sets exist for both levels); every document is readable.")
    P.set_apps(apps(("盆景师", [3, 2])))
    P.set_org("上海嘉盆园艺有限公司", "company", "嘉定区")
    form(P, "申请表.pdf", "docx:E", basic=0, layout="tick_cols", tick="✓")
    ind(P, "绿化市容局推荐函.pdf", "docx:A", title="han2")
    dist(P, "嘉定区人社局推荐函.pdf", "html:gov2", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="xyzg")
    audit(P, "审计报告2023.pdf", "fodt:A", 2023, 4)
    audit(P, "审计报告2022.pdf", "fodt:A", 2022, 4)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案（含评价方案及样题）.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"),
         skip_eval={("盆景师", 2)})
    return P


@pkg
def p_jiliang_no_pledge_fail():
    P = A("jiliang_no_pledge_fail", "fail", [8], ["pledge_missing"],
          "There is no 承诺书 at all; the work plan only contains a paragraph beginning 我单位承诺 (all documents readable).")
    P.set_apps(apps(("计量员（热工计量员）", [4, 3])))
    P.set_org("上海松衡计量检测技术有限公司", "company", "松江区")
    form(P, "申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "市场监管局推荐函.pdf", "docx:E", title="han2")
    dist(P, "松江区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 5)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 5)
    cert(P, "营业执照.pdf", "cert:microhei")
    work(P, "工作方案（含工作承诺）.pdf", "docx:C", pledge=False, integ=False, wv=dict(mention_pledge=True))
    integ(P, "廉洁责任书.pdf", "docx:B")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_name_mismatch_fail():
    P = A("name_mismatch_fail", "fail", [], ["organisation_name_mismatch"],
          "The licence names 上海奉康医药科技有限公司 while the form and credit report name 上海奉康医药技术有限公司 (same credit code).")
    P.set_apps(apps(("药物制剂工（注射剂制备）", [4, 3])))
    P.set_org("上海奉康医药技术有限公司", "company", "奉贤区")
    form(P, "申请表.pdf", "docx:D", basic=0, layout="list", level_style="slash")
    ind(P, "药监局推荐函.pdf", "docx:A", title="han2")
    dist(P, "奉贤区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 0)
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 0)
    real = P.org["name"]
    P.org["name"] = "上海奉康医药科技有限公司"
    cert(P, "营业执照.pdf", "cert:zenhei")
    P.org["name"] = real
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


DUP_CODE = make_code(random.Random(seed_for("dup-pair")), "91", "310101")


@pkg
def p_dup_a_fail():
    P = A("dup_a_fail", "fail", [3], ["duplicate_application_same_occupation"],
          "The same applicant (same credit code) applies for 医疗护理员 in two packages of this corpus; both fail.")
    P.set_apps(apps(("医疗护理员", [5, 4, 3])))
    P.set_org("上海瑞颐护理服务有限公司", "company", "黄浦区", code=DUP_CODE, org_seed="dup-pair-org")
    form(P, "申请表.pdf", "html:form", basic=0, layout="tick", tick="■", level_style="slash")
    ind(P, "卫健委推荐函.pdf", "html:gov", title="han2")
    dist(P, "黄浦区人社局推荐函.pdf", "docx:E", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:A", 2023, 1)
    audit(P, "审计报告2022.pdf", "docx:A", 2022, 1)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_dup_b_fail():
    P = A("dup_b_fail", "fail", [2], ["duplicate_application_same_occupation"],
          "The same applicant (same credit code) applies for 医疗护理员 again in a second package of this corpus; both fail.")
    P.set_apps(apps(("医疗护理员", [2, 1]), ("社群健康助理员", [4, 3])))
    P.set_org("上海瑞颐护理服务有限公司", "company", "黄浦区", code=DUP_CODE, org_seed="dup-pair-org")
    form(P, "01-申请表.pdf", "docx:C", basic=1, layout="list", level_style="slash")
    ind(P, "02-推荐意见.pdf", "docx:E", title="yijian")
    dist(P, "03-推荐书.pdf", "html:gov2", title="shu")
    credit(P, "04-信用报告.pdf", "docx:D", style="pboc")
    audits(P, "05-审计报告2022-2023.pdf", "docx:B", 3)
    cert(P, "06-营业执照.pdf", "cert:ukai")
    work(P, "07-工作方案.pdf", "fodt:A")
    impl(P, "08-实施方案.pdf", "fodt:A", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_partnership_encrypted_fail():
    P = A("partnership_encrypted_fail", "fail", [5], ["partnership_not_eligible", "audit_report_2022_encrypted"],
          "The licence's 类型 is 有限合伙企业, not an eligible independent legal person; the password-protected 2022 audit report cannot change that.")
    P.set_apps(apps(("科技咨询师", [3, 2])))
    P.set_org("上海嘉策企业管理咨询合伙企业（有限合伙）", "company", "嘉定区", lic_type="有限合伙企业")
    P.org["capital"] = "人民币300万元"
    form(P, "申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "科委推荐函.pdf", "docx:E", title="han2")
    dist(P, "嘉定区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 3, addressee="上海嘉策企业管理咨询合伙企业（有限合伙）全体合伙人：")
    audit(P, "附件5.pdf", "docx:D", 2022, 3, post=["encrypt"], addressee="上海嘉策企业管理咨询合伙企业（有限合伙）全体合伙人：")
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_qingpu_lvrong_district_fail():
    P = A("qingpu_lvrong_district_fail", "fail", [4], ["district_letter_not_from_hr_bureau"],
          "The only district-level letter comes from 上海市青浦区绿化和市容管理局, not from the district HR bureau.")
    P.set_apps(apps(("生活垃圾清运工（生活垃圾收集工）", [5, 4, 3])))
    P.set_org("上海青洁环境服务有限公司", "company", "青浦区")
    form(P, "申请表.pdf", "docx:B", basic=0, layout="list", level_style="slash")
    ind(P, "市绿化市容局推荐函.pdf", "docx:A", title="han2")
    dist(P, "区推荐函.pdf", "html:gov", issuer="上海市青浦区绿化和市容管理局", dn="青绿容〔2025〕5号", title="han2",
         we="我局")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "fodt:C", 2023, 2)
    audit(P, "审计报告2022.pdf", "fodt:C", 2022, 2)
    cert(P, "营业执照.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_jiliang_range_corrupt_fail():
    P = A("jiliang_range_corrupt_fail", "fail", [3, 5], ["level_not_in_catalogue", "truncated_pdf_unreadable"],
          "The form applies for 计量员（热工计量员） 四级—二级, but the catalogue allows only 4 and 3; a corrupt PDF among the extras does not change the fail.")
    P.set_apps(apps(("计量员（热工计量员）", [4, 3, 2])))
    P.set_org("上海宝衡仪表校准技术有限公司", "company", "宝山区")
    form(P, "申请表.pdf", "fodt:A", basic=0, layout="range", range_style="dash")
    ind(P, "市场监管局推荐函.pdf", "docx:E", title="han2")
    dist(P, "宝山区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 5)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 5)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    equipment(P, "其他材料/设备清单.pdf", "docx:A", post=["truncate"])
    return P


@pkg
def p_jingan_reused_district_fail():
    P = A("jingan_reused_district_fail", "fail", [4, 7], ["district_letter_names_other_organisation"],
          "The 静安区人社局 letter recommends another organisation (上海静和康养服务有限公司); no district letter names this applicant.")
    P.set_apps(apps(("社群健康助理员", [4, 3])))
    P.set_org("上海静和健康管理有限公司", "company", "静安区")
    other_code = make_code(random.Random(seed_for("other-org-2")), "91", "310106")
    form(P, "申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "卫健委推荐函.pdf", "docx:E", title="han2")
    dist(P, "静安区人社局推荐函.pdf", "html:gov", title="han2", rec_name="上海静和康养服务有限公司", rec_code=other_code)
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 4)
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 4)
    cert(P, "营业执照.pdf", "cert:microhei")
    work(P, "工作方案.pdf", "fodt:B")
    impl(P, "实施方案.pdf", "fodt:B", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_hangzhou_docx_fail():
    P = A("hangzhou_docx_fail", "fail", [5, 8], ["credit_code_not_shanghai", "pledge_only_editable_docx"],
          "The applicant's credit code is registered in 杭州 (positions 3-4 = 33), a definite fail even though its 承诺书 exists only as an unsealable .docx.")
    P.set_apps(apps(("数字孪生应用技术员", [4, 3])))
    P.set_org("杭州启衡教育科技有限公司", "company", "闵行区", division="330106", authority="杭州市西湖区市场监督管理局")
    P.org["address"] = "浙江省杭州市西湖区文三路%d号" % 398
    form(P, "申请表.pdf", "docx:D", basic=0, layout="list", level_style="slash")
    ind(P, "经信委推荐函.pdf", "docx:E", title="han2")
    dist(P, "闵行区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="pboc")
    audit(P, "审计报告2023.pdf", "docx:A", 2023, 0)
    audit(P, "审计报告2022.pdf", "docx:A", 2022, 0)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C", pledge=False)
    pledge(P, "承诺书.docx", "keepdocx:B")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


# ---------------------------------------------------------------------- review
@pkg
def p_pledge_docx_review():
    P = A("pledge_docx_review", "review", [8], ["pledge_only_editable_docx"],
          "The 承诺书 exists only as an editable .docx, which cannot carry the seal; the work plan merely mentions 承诺.")
    P.set_apps(apps(("食品安全管理师", [5, 4])))
    P.set_org("上海黄歇食品安全咨询有限公司", "company", "黄浦区")
    form(P, "01申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "02推荐函/市场监管局.pdf", "html:gov", title="han2")
    dist(P, "02推荐函/黄浦区人社局.pdf", "docx:C", title="han2")
    credit(P, "03信用报告.pdf", "html:report", style="sh")
    audit(P, "04审计报告2023.pdf", "docx:D", 2023, 1)
    audit(P, "04审计报告2022.pdf", "docx:D", 2022, 1)
    cert(P, "05营业执照.pdf", "cert:zenhei")
    work(P, "06工作方案.pdf", "docx:C", pledge=False, wv=dict(mention_pledge=True))
    pledge(P, "06承诺书.docx", "keepdocx:A")
    impl(P, "07实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    P.zip_dirs = True
    return P


@pkg
def p_district_docx_review():
    P = A("district_docx_review", "review", [8], ["district_letter_only_editable_docx"],
          "The district HR bureau's letter is only an editable .docx draft, so its seal cannot be verified.")
    P.set_apps(apps(("调饮师", [3, 2])))
    P.set_org("上海浦饮餐饮管理有限公司", "company", "浦东新区")
    form(P, "申请表.pdf", "html:form", basic=0, layout="tick", tick="☑", level_style="slash")
    ind(P, "商务委推荐函.pdf", "html:gov", title="han2")
    dist(P, "浦东新区人社局推荐函.docx", "keepdocx:E", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="xyzg")
    audit(P, "审计报告2023.pdf", "docx:A", 2023, 5)
    audit(P, "审计报告2022.pdf", "docx:A", 2022, 5)
    cert(P, "营业执照.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_licence_photo_review():
    P = A("licence_photo_review", "review", [1], ["registration_certificate_photo_without_text"],
          "The business licence exists only as a phone photo (.jpg) without text; its name alone cannot make the item pass.")
    P.set_apps(apps(("房地产策划师", [3, 2])))
    P.set_org("上海徐景房地产咨询有限公司", "company", "徐汇区")
    form(P, "申请表.pdf", "docx:B", basic=0, layout="list", level_style="slash")
    ind(P, "房管局推荐函.pdf", "docx:E", title="han2")
    dist(P, "徐汇区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 2)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 2)
    cert(P, "营业执照IMG_20250115_093512.jpg", "cert:zenhei", post=["photo"])
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_audit_scan_review():
    P = A("audit_scan_review", "review", [1], ["audit_report_2022_scan_without_text"],
          "The 2022 audit report exists only as an image-only scan; its file name suggests it but nothing can be read.")
    P.set_apps(apps(("营养师（公共营养师）", [4, 3])))
    P.set_org("上海市闵行区膳康营养职业技能培训中心", "minfei", "闵行区", supervisor="上海市闵行区人力资源和社会保障局",
              scope="营养配餐、公共营养等职业技能培训。")
    form(P, "申请表.pdf", "fodt:C", basic=0, layout="list", level_style="slash")
    ind(P, "卫健委推荐函.pdf", "docx:A", title="han2")
    dist(P, "闵行区人社局推荐函.pdf", "html:gov2", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "2023年度审计报告.pdf", "docx:B", 2023, 0)
    audit(P, "2022年度审计报告.pdf", "docx:B", 2022, 0, post=["scan"])
    cert(P, "登记证书.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_credit_encrypted_review():
    P = A("credit_encrypted_review", "review", [1], ["credit_report_encrypted"],
          "The only candidate credit report is a password-protected PDF named 信用报告.pdf, so it cannot be read.")
    P.set_apps(apps(("碳排放管理员（碳排放交易员）", [4, 3])))
    P.set_org("上海长沣碳资产服务有限公司", "company", "长宁区")
    form(P, "申请表.pdf", "docx:D", basic=0, layout="list", level_style="slash")
    ind(P, "生态环境局推荐函.pdf", "docx:E", title="han2")
    dist(P, "长宁区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh", post=["encrypt"])
    audit(P, "审计报告2023.pdf", "docx:A", 2023, 3)
    audit(P, "审计报告2022.pdf", "docx:A", 2022, 3)
    cert(P, "营业执照.pdf", "cert:microhei")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_checksum_last_review():
    P = A("checksum_last_review", "review", [], ["credit_code_checksum_invalid"],
          "The credit code printed consistently on every document fails the position-18 check character; it may be a real but irregular code, so a person must verify it.")
    P.set_apps(apps(("数字化解决方案设计师", [3, 2])))
    P.set_org("上海杨数信息技术有限公司", "company", "杨浦区")
    bad = break_last(P.org["code"])
    for k in ("code", "code_form", "code_cert"):
        P.org[k] = bad
    form(P, "申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "经信委推荐函.pdf", "docx:E", title="han2")
    dist(P, "杨浦区人社局推荐函.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 4)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 4)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_checksum_embedded_review():
    P = A("checksum_embedded_review", "review", [3], ["credit_code_checksum_invalid"],
          "The 民办非企业单位's credit code passes the mod-31 check but fails the embedded GB 11714 digit, so it must be verified by a person.")
    P.set_apps(apps(("助听器验配师", [4, 3])))
    P.set_org("上海市普陀区聆听康复服务中心", "minfei", "普陀区", supervisor="上海市普陀区卫生健康委员会",
              scope="听力康复服务、助听器验配技能培训。")
    bad = break_embedded(P.org["code"])
    for k in ("code", "code_form", "code_cert"):
        P.org[k] = bad
    form(P, "申请表.pdf", "html:form", basic=1, layout="tick", tick="☑", level_style="slash")
    ind(P, "卫健委推荐函.pdf", "docx:A", title="han2")
    dist(P, "普陀区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 5)
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 5)
    cert(P, "登记证书.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "fodt:A")
    impl(P, "实施方案.pdf", "fodt:A", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_sample_corrupt_review():
    P = A("sample_corrupt_review", "review", [1], ["sample_papers_file_corrupt"],
          "The sample papers for 增材制造设备操作员 四级 are only in a truncated, unreadable PDF named 四级样题.pdf; no readable copy exists.")
    P.set_apps(apps(("增材制造设备操作员", [5, 4])))
    P.set_org("上海金熔增材制造技术有限公司", "company", "金山区")
    form(P, "申请表.pdf", "docx:D", basic=0, layout="list", level_style="slash")
    ind(P, "经信委推荐函.pdf", "html:gov", title="han2")
    dist(P, "金山区人社局推荐函.pdf", "docx:E", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:A", 2023, 1)
    audit(P, "审计报告2022.pdf", "docx:A", 2022, 1)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案.pdf", "docx:D")
    v = dict(level_style="slash", sample_style="paren")
    impl(P, "实施方案/实施方案.pdf", "docx:C", v=v, samples=False)
    code, name, _ = P.apps_declared[0]
    P.add("实施方案/五级样题.pdf", [("sample_paper", C.sample_set(P, code, name, 5, 1, v)), ("sample_paper", C.sample_set(P, code, name, 5, 2, v))], "docx:D")
    P.add("实施方案/四级样题.pdf", [("sample_paper", C.sample_set(P, code, name, 4, 1, v)), ("sample_paper", C.sample_set(P, code, name, 4, 2, v))], "docx:D", post=["truncate"])
    return P


@pkg
def p_shetuan_review():
    P = A("shetuan_review", "review", [3], ["social_organisation_decoupling_unverified"],
          "The applicant is a 社会团体 (category 51, 社会团体法人登记证书 without a 类型 line); whether it has been decoupled from government cannot be verified from the documents.")
    P.set_apps(apps(("色彩搭配师", [3, 2])))
    P.set_org("上海市形象色彩协会", "shetuan", "上海市", division="310000", supervisor="无",
              scope="行业自律、标准制定、色彩搭配职业技能培训与交流。")
    P.site_district = "黄浦区"
    P.site_address = "上海市黄浦区制造局路%d号" % 616
    form(P, "申请表.pdf", "docx:E", basic=1, layout="list", level_style="slash")
    ind(P, "推荐函-行业.pdf", "docx:A", issuer="上海市服装服饰行业协会", dn="沪服协〔2025〕2号", title="han2")
    dist(P, "推荐函-黄浦区人社局.pdf", "html:gov", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 3)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 3)
    cert(P, "社会团体法人登记证书.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "docx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_integrity_docx_review():
    P = A("integrity_docx_review", "review", [8], ["integrity_letter_only_editable_docx"],
          "The 廉洁责任书 exists only as an editable .docx, which cannot carry the seal.")
    P.set_apps(apps(("盆景师", [5, 4])))
    P.set_org("上海崇绿园艺有限公司", "company", "崇明区")
    form(P, "申请表.pdf", "fodt:B", basic=0, layout="list", level_style="slash")
    ind(P, "绿化市容局推荐函.pdf", "docx:A", title="han2")
    dist(P, "崇明区人社局推荐函.pdf", "html:gov", title="han2")
    credit(P, "信用报告.pdf", "html:report", style="xyzg")
    audit(P, "审计报告2023.pdf", "docx:D", 2023, 0)
    audit(P, "审计报告2022.pdf", "docx:D", 2022, 0)
    cert(P, "营业执照.pdf", "cert:zenhei")
    work(P, "工作方案及承诺书.pdf", "docx:C", integ=False)
    integ(P, "廉洁责任书.docx", "keepdocx:C")
    impl(P, "实施方案.pdf", "docx:C", v=dict(level_style="slash", sample_style="paren"))
    return P


@pkg
def p_industry_photo_review():
    P = A("industry_photo_review", "review", [1], ["industry_letter_photo_without_text"],
          "The industry recommendation letter exists only as a phone photo (IMG_….jpg) with no text layer.")
    P.set_apps(apps(("信用管理师", [4, 3])))
    P.set_org("上海宝楷职业技能培训有限公司", "company", "宝山区")
    form(P, "申请表.pdf", "docx:A", basic=0, layout="list", level_style="slash")
    ind(P, "IMG_20250117_101544.jpg", "html:gov", post=["photo"], title="han2")
    dist(P, "宝山区人社局推荐函.pdf", "docx:C", title="tjh")
    credit(P, "信用报告.pdf", "html:report", style="sh")
    audit(P, "审计报告2023.pdf", "docx:B", 2023, 2)
    audit(P, "审计报告2022.pdf", "docx:B", 2022, 2)
    cert(P, "营业执照.pdf", "cert:ukai")
    work(P, "工作方案.pdf", "docx:D")
    impl(P, "实施方案.pdf", "docx:D", v=dict(level_style="slash", sample_style="paren"))
    return P


# ====================================================================== main
def build_all(only=None):
    os.makedirs(SCRATCH, exist_ok=True)
    pk_dir = os.path.join(HERE, "packages")
    os.makedirs(pk_dir, exist_ok=True)
    pkgs = [fn() for fn in PKGS]
    # deterministic shuffle of numbers so verdicts are not grouped
    order = list(range(len(pkgs)))
    random.Random(447).shuffle(order)
    for num, i in enumerate(order, 1):
        pkgs[i].fid = "F%02d" % num
    pkgs.sort(key=lambda p: p.fid)
    for P in pkgs:
        P.zipname = "%s-%s.zip" % (P.fid, P.org["name"])
    sel = [P for P in pkgs if (not only or P.fid in only or P.label in only)]
    build = os.path.join(SCRATCH, "build")
    lo_all, html_all = [], []
    for P in sel:
        d = os.path.join(build, P.fid)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        lo, ht = stage_sources(P, d)
        lo_all += [(x, d) for x in lo]
        html_all += ht
    # LibreOffice: one call per output directory group (slow to start; batch all files of a dir)
    by_dir = {}
    for x, d in lo_all:
        by_dir.setdefault(d, []).append(x)
    flat = os.path.join(build, "_lo")
    os.makedirs(flat, exist_ok=True)
    # copy into one flat dir with unique names, convert once, move back
    mapping = {}
    for d, xs in by_dir.items():
        for x in xs:
            key = os.path.basename(d) + "__" + os.path.basename(x)
            shutil.copy(x, os.path.join(flat, key))
            mapping[key] = x
    if mapping:
        print("LibreOffice: converting %d files" % len(mapping), flush=True)
        R.lo_convert([os.path.join(flat, k) for k in sorted(mapping)], flat, "/tmp/lo-final")
        for k, x in mapping.items():
            src = os.path.join(flat, k.rsplit(".", 1)[0] + ".pdf")
            shutil.move(src, x.rsplit(".", 1)[0] + ".pdf")
    print("Chromium: printing %d files" % len(html_all), flush=True)

    def ch(job):
        i, (h, p) = job
        R.chromium_pdf(h, p)
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(ch, enumerate(html_all)))
    for P in sel:
        post_process(P)
        assemble(P, os.path.join(pk_dir, P.zipname))
        print("built", P.zipname, flush=True)
    write_key(pkgs)
    write_readme(pkgs)
    return pkgs


def write_key(pkgs):
    key = {"author": "final", "packages": {}}
    for P in pkgs:
        key["packages"][P.zipname] = {
            "verdict": P.verdict,
            "causes": P.causes,
            "defects": P.defects,
            "why": P.why,
            "organisation": {"name": P.org["name"], "credit_code": P.org["code"]},
            "applications": [{"code": c, "name": n, "levels": lv} for c, n, lv in P.apps_declared],
            "documents": [{"path": d["path"], "kind": d["kind"], "producer": producer_desc(d), "text": text_status(d)} for d in P.docs]
            + [{"path": j[0], "kind": "other", "producer": "macOS Finder metadata (junk entry, not a document)", "text": "none"} for j in P.junk],
        }
    with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(SCRATCH, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({P.zipname: {"label": P.label, "zip_mode": P.zip_mode,
                               "expect": {d["path"]: d["expect"] for d in P.docs}} for P in pkgs}, f, ensure_ascii=False, indent=1)


PRODUCERS_TEXT = """- **python-docx → LibreOffice 7.4** (`soffice --headless --convert-to pdf`, batched, private profile
  `/tmp/lo-final`), five .docx templates: A Noto Serif CJK SC with a page-number footer; B AR PL UMing CN with wide
  margins; C WenQuanYi Zen Hei with the letterhead inside a VML text box and a running header; D WenQuanYi Micro Hei
  with narrow margins; E AR PL UKai CN with a right-aligned document number. Tables use real merged cells
  (horizontal spans and vertical merges), seals are pasted PNG images.
- **flat ODT (.fodt) written as XML → LibreOffice 7.4**, three styles (Noto Sans CJK SC, AR PL UKai CN,
  WenQuanYi Micro Hei), with `number-columns-spanned`/`number-rows-spanned` cells and embedded seal images.
- **HTML/CSS → Chromium headless `--print-to-pdf`** (fresh `--user-data-dir` per call), five templates: `gov`
  (red letterhead and title in Noto Serif CJK SC, which Chromium emits as Type 3 fonts; CSS-drawn round seal),
  `gov2` (double red rule, PNG seal), `report` (credit-report look with coloured section bars), `form`
  (application forms with ☑ ■ √ ✓ □ boxes), `plain`.
- **reportlab canvas with embedded TrueType fonts** (WenQuanYi Zen Hei / Micro Hei, AR PL UKai / UMing via
  `subfontIndex`): a flow layout for letters, reports and plans, and a certificate layout with text placed at
  coordinates (营业执照 with QR block, 民办非企业单位登记证书, 社会团体法人登记证书, 事业单位法人证书).
- **reportlab with the non-embedded CID font STSong-Light** (two audit reports only).
- **Ghostscript `pdfwrite`** re-distilling LibreOffice PDFs (only those: re-distilling Chromium Type 3 or reportlab
  subset fonts destroys their text, which this corpus does not intend).
- **Scans without text**: pdftoppm 150 dpi grayscale → Pillow (tilt, speckle, lid shadow, blur) → JPEG q45 →
  `img2pdf`.
- **Scans with an OCR text layer**: the same scan image drawn by reportlab plus an invisible text layer
  (render mode 3) placed on the source's line boxes (`pdftotext -bbox-layout`), and one page through
  **tesseract 5 `-l chi_sim` pdf renderer** (real OCR text with its errors).
- **Phone photos (.jpg)** of printed pages and Pillow-drawn site photos; a Pillow-drawn floor plan as an
  image-only PDF.
- **.docx left as Word files** (python-docx), **qpdf AES-256 encryption** with a user password, and
  **truncated PDFs** (42 % of the bytes; qpdf cannot reconstruct them).
- **Zip entry names**: GBK without the UTF-8 flag (most packages, as Chinese Windows writes them), UTF-8 with the
  flag (two packages), GBK plus the Info-ZIP Unicode Path extra field 0x7075 (two), UTF-8 without the flag (one);
  flat, numbered-folder, deep-folder and top-folder layouts; one zip nested inside the zip; directory entries in
  some; macOS `__MACOSX/` and `.DS_Store` junk in one.
"""


def write_readme(pkgs):
    from collections import Counter
    cc, dc, vc = Counter(), Counter(), Counter()
    for P in pkgs:
        vc[P.verdict] += 1
        for c in P.causes:
            cc[c] += 1
        for d in P.defects:
            dc[d] += 1
    lines = ["# Blind corpus F (final) — application packages for 沪人社职〔2024〕447号", "",
             "Written blind: only the notice, DOMAIN.md and the task prompt were read; the tool, its rules, samples and "
             "other corpora were never opened or run. The answer key comes from what the generator planted.", "",
             "## Regenerate", "",
             "```", "python3 generate.py          # all packages, key.json, README.md (about 5 minutes)",
             "python3 generate.py F07 F12  # rebuild some zips (key.json and README.md are always rewritten in full)",
             "python3 check.py             # self-check without the tool", "```", "",
             "Needs LibreOffice, Chromium, poppler-utils, qpdf, ghostscript, img2pdf, tesseract-ocr(+chi-sim), the CJK fonts "
             "(wqy, noto-cjk, arphic) and python3 with reportlab, python-docx, pillow. Scratch files go to `/tmp/blind-final/`. "
             "Content is deterministic (`random.Random` seeded per package label, package numbers from a fixed shuffle); "
             "only PDF timestamps and IDs differ between runs.", "",
             "Files: `generate.py` (package definitions and the key), `bf_content.py` (document wording), `bf_render.py` "
             "(docx/fodt/html/reportlab renderers, seals), `bf_post.py` (scans, OCR layers, photos, encryption, truncation), "
             "`bf_zip.py` (zip name encodings), `bf_build.py` (build machinery), `bf_common.py` (catalogue, credit codes), "
             "`check.py` (self-check).", "",
             "## Producers used", "", PRODUCERS_TEXT,
             "## Packages", "",
             "%d packages: %s." % (len(pkgs), ", ".join("%d %s" % (vc[k], k) for k in ("pass", "fail", "review"))), "",
             "| file | verdict | causes | defects |", "|---|---|---|---|"]
    for P in pkgs:
        lines.append("| %s | %s | %s | %s |" % (P.zipname, P.verdict, ", ".join(map(str, P.causes)) or "—",
                                              ", ".join("`%s`" % d for d in P.defects) or "—"))
    lines += ["", "## Counts per cause", "", "| cause | packages |", "|---|---|"]
    names = {1: "file name beats content", 2: "real titles vary", 3: "values in other layouts", 4: "who issued a letter",
             5: "clear fail hidden behind review", 6: "unreadable extras", 7: "content the notice asks for",
             8: "wrong-format signed material"}
    for c in range(1, 9):
        lines.append("| %d %s | %d |" % (c, names[c], cc[c]))
    lines += ["", "## Counts per defect (%d distinct)" % len(dc), "", "| defect | packages |", "|---|---|"]
    for d, n in sorted(dc.items()):
        lines.append("| `%s` | %d |" % (d, n))
    lines += ["", "## Key conventions", "",
              "- `kind` lists the distinct kinds a document holds, in order of first appearance (a PDF with both audit "
              "years is `audit_report`; an implementation plan with its evaluation plans and sample sets is "
              "`implementation_plan+evaluation_plan+sample_paper`).",
              "- A document inside the nested zip has the path `<inner zip>/<path inside it>`.",
              "- The macOS junk entries of one package (`__MACOSX/…`, `.DS_Store`) are listed as kind `other`, text `none`; "
              "they are not documents.",
              "- `organisation` is the applicant as written on its application form; `applications` are the occupations and "
              "levels it declares (including any outside the catalogue), numbers 1–5 with 一级 = 1.",
              "- Verdicts follow the prompt's policy: fail for a definite defect read from text (even if something else is "
              "unreadable), review when a required material or the code cannot be read or verified, pass otherwise; an "
              "unreadable extra (site photo, floor-plan scan) never changes a pass.",
              "- One review is taken from DOMAIN.md rather than the prompt's list: a 社会团体 (category 51) applicant, whose "
              "decoupling from government cannot be told from its documents.",
              "- The duplicate-applicant pair shares one credit code and applies for 医疗护理员 in both packages; no other "
              "applicant or credit code is reused. Organisations named inside 'recommends another organisation' letters are not "
              "applicants anywhere in the corpus.",
              "", "## Self-check", "",
              "`check.py` opens every zip, decodes the entry names per archive, verifies that every key path exists and every "
              "file is listed, that text PDFs (and OCR layers) yield their titles, names and credit codes with pdftotext "
              "(whitespace-normalised), that image-only scans and photos have no text, that encrypted files need a password, "
              "that truncated files do not parse, and that .docx files contain their titles.", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    build_all(set(sys.argv[1:]) or None)
