"""The packages of the corpus. Each spec states the verdict, the causes it exercises and the defects the
generator plants; the document set is built by Pkg.standard() and then changed where a defect needs it."""
import random

import codes
from pkg import D, Pkg

SPECS = []


def spec(fn):
    SPECS.append(fn)
    return fn


def P(slug, verdict, causes, defects, why, hard=False):
    p = Pkg(slug, verdict, causes, defects, why)
    p.hard = hard
    return p


def readable_post(p, *slots):
    """Force the given slots to readable producers (no image-only scans)."""
    for d in p.docs:
        if (d.slot in slots or (d.slot == "audits" and "audit23" in slots)) and d.text not in ("text", "ocr_layer"):
            d.post = []


# ============================================================ PASS

@spec
def p01():
    p = P("p01", "pass", [2, 3], [],
          "Complete and eligible; the industry letter's title 关于推荐…的函 breaks over two lines under a letterhead and the form ticks levels with ☑.")
    p.org("上海瑞康医护服务有限公司", "company", "310115", apps=[("ylhl", [5, 4])])
    p.standard(levels="ticks", tick="☑", form_prod="docx:form:Noto Serif CJK SC",
               ind_st=dict(title="han"), ind_prod="html:gov:WenQuanYi Zen Hei", ind_post=[],
               dist_st=dict(title="tjh"), dist_prod="docx:gw:AR PL UKai CN", dist_post=[], others=["staff"])
    return p


@spec
def p02():
    p = P("p02", "pass", [3], [],
          "A 民办非企业单位 with a registration certificate that has no 类型 line, non-profit audit reports (业务活动表) and levels given as the range 五级至三级; everything required is present and readable.")
    p.org("上海市徐汇区启航职业技能培训学校", "minfei", "310104", apps=[("bjy", [5, 4, 3])],
          supervisor="上海市徐汇区人力资源和社会保障局")
    p.standard(levels="range:zhi", form_prod="fodt:AR PL UMing CN", reg_prod="cert:uming", reg_post=[],
               audit_post=[])
    return p


@spec
def p03():
    p = P("p03", "pass", [1], [],
          "All materials present and readable, but the licence is saved as 信用报告.pdf and the credit report as 营业执照副本.pdf; content decides, so nothing is missing.")
    p.org("上海知衡信用管理咨询有限公司", "company", "310106", apps=[("xygl", [4, 3])])
    p.standard(naming="meaningful", reg_post=[], credit_post=[])
    p.get("reg").names = ("信用报告", "信用报告")
    p.get("credit").names = ("营业执照副本", "营业执照副本")
    return p


@spec
def p04():
    p = P("p04", "pass", [6], [],
          "Complete and valid; the only unreadable files are two site photos (.jpg) and an image-only floor plan among 其他材料.")
    p.org("上海绿苑盆景艺术有限公司", "company", "310118", apps=[("pjs", [5, 4, 3])])
    p.standard(others=["photo", "photo", "floor_scan"])
    return p


@spec
def p05():
    p = P("p05", "pass", [2, 3], [],
          "A decoupled 社会团体 (registration certificate without 类型 line, form states 已脱钩) with letters titled …的推荐意见 and 推荐书; complete and readable.")
    p.org("上海市营养健康促进会", "shetuan", "310101", apps=[("yys", [4, 3])], supervisor="无",
          decoupled="已于2020年完成与原业务主管单位脱钩，现为直接登记的社会团体")
    p.standard(ind_st=dict(title="yj"), dist_st=dict(title="tjs"), ind_prod="docx:gw:Noto Serif CJK SC",
               dist_prod="html:gov:WenQuanYi Zen Hei")
    return p


@spec
def p06():
    p = P("p06", "pass", [3], [],
          "Levels written as 国家职业资格五级…三级, sample papers as A卷/B卷, and the implementation materials in a nested 实施方案.zip; complete and readable.")
    p.org("上海智造增材科技有限公司", "company", "310114", apps=[("zczz", [5, 4, 3])])
    p.standard(levels="natl", sample_style="ab", impl_mode="per_level",
               nested=dict(name="实施方案.zip", inner_dir="实施方案"))
    return p


@spec
def p07():
    p = P("p07", "pass", [1], [],
          "Licence and district letter are scans WITH an OCR text layer, all files under uninformative names (scan_00N.pdf); they are readable, so the package is complete.")
    p.org("上海申安数据安全技术有限公司", "company", "310112", apps=[("sjaq", [4, 3])])
    p.standard(naming="bland", bland_style="scan", reg_prod="cert:wqy", reg_post=["scan", "ocr:tess"],
               dist_post=["scan", "ocr:ocrmypdf"], ind_post=[])
    return p


@spec
def p08():
    p = P("p08", "pass", [8], [],
          "承诺书 and 廉洁责任书 exist as sealed scans with an OCR layer; the editable .docx drafts sent along do not matter.")
    p.org("上海沁香茶饮管理有限公司", "company", "310105", apps=[("tys", [5, 4])])
    p.standard(wp_mode="separate", pledge_post=["scan", "ocr:rl"], integ_post=["scan", "ocr:tess"],
               pledge_prod="docx:plain:Noto Serif CJK SC", integ_prod="docx:plain:AR PL UMing CN")
    pl, ig = p.get("pledge"), p.get("integ")
    p.add(D("pledge_docx", "pledge", "pledge", pl.st, "docx:plain:Noto Serif CJK SC", ["docx"], 4,
            ("承诺书（word版）", "承诺书-可编辑")))
    p.add(D("integ_docx", "integrity_letter", "integ", ig.st, "docx:plain:AR PL UMing CN", ["docx"], 4,
            ("廉洁责任书（word版）", "廉洁责任书-可编辑")))
    return p


@spec
def p09():
    p = P("p09", "pass", [3, 7], [],
          "Two 工种 under code 4-09-07-04 (碳排放管理员 level 5, 碳排放核算员 levels 4-3, full-width ５级 notation) and a PBOC 企业信用报告 with zero penalty records; complete.")
    p.org("上海碳衡环境科技有限公司", "company", "310110", apps=[("tpf", [5]), ("tpfhs", [4, 3])])
    p.standard(levels="fw", credit_style="pboc", credit_prod="html:report:WenQuanYi Zen Hei")
    return p


@spec
def p10():
    p = P("p10", "pass", [3, 4], [],
          "Credit code carries the historical 闸北 division 310108 (still valid), the district letter comes from 静安区人社局, and the .odt form has wrapped cells with the level before the code.")
    p.org("上海苏河洁境环境服务有限公司", "company", "310108", site="静安区", apps=[("ljqy", [5, 4])])
    p.standard(levels="wrapped", form_prod="odt:Noto Sans CJK SC", dist_st=dict(issuer="上海市静安区人力资源和社会保障局"))
    return p


@spec
def p11():
    p = P("p11", "pass", [2, 4], [],
          "Industry letter from the parent group (上级主管部门) titled 推荐函, district letter titled 推荐书 from 金山区 signed with the short name 金山区人社局; complete.")
    p.org("上海金港化工技术培训有限公司", "company", "310116", apps=[("hgzk", [4, 3])])
    p.standard(ind_st=dict(issuer="上海金港化工集团有限公司", issuer_kind="parent", docno="金港集团〔2025〕5号",
                           title="tjh", we="我集团"),
               ind_prod="docx:textbox:Noto Serif CJK SC", ind_post=[],
               dist_st=dict(title="tjs", issuer="上海市金山区人力资源和社会保障局", sign_name="金山区人社局"),
               dist_prod="fodt:AR PL UKai CN", dist_post=[])
    return p


@spec
def p12():
    p = P("p12", "pass", [3, 6], [],
          "Sample papers titled 样题一/样题二 without brackets, all evaluation plans in one PDF, 承诺书 and 廉洁责任书 as pages of the work plan, several PDFs re-distilled by Ghostscript, plus a site photo; complete.")
    p.org("上海和瑞制药技术服务有限公司", "company", "310117", apps=[("pjzb", [5, 4])])
    p.standard(sample_style="plain", impl_mode="evals_samples", wp_mode="inside", wp_post=["gs"], ind_post=["gs"],
               others=["photo"],
               ind_prod="docx:gw:WenQuanYi Zen Hei", wp_prod="fodt:WenQuanYi Micro Hei",
               credit_prod="docx:plain:WenQuanYi Micro Hei", credit_post=["gs"])
    return p


@spec
def p13():
    p = P("p13", "pass", [6, 7], [],
          "The credit report finds no penalties or 失信 records (its only 查见 1 条 is a 守信激励 A-level taxpayer entry); a site photo is the only unreadable file.")
    p.org("上海卓衡食品安全技术服务有限公司", "company", "310113", apps=[("spaq", [4, 3])])
    p.standard(credit_style="sh", credit_st=dict(honours=[("守信激励", "纳税信用A级纳税人（2023年度）", "国家税务总局上海市税务局")]),
               others=["photo"])
    return p


@spec
def p14():
    p = P("p14", "pass", [3], [],
          "The application form is a scan with an invisible OCR layer, levels ticked with ■ and unticked □; complete and readable.")
    p.org("上海沪声听力康复技术有限公司", "company", "310109", apps=[("zty", [4, 3])])
    p.standard(levels="ticks", tick="■", form_prod="docx:form:WenQuanYi Zen Hei", form_post=["scan", "ocr:rl"])
    return p


@spec
def p15():
    p = P("p15", "pass", [2, 7], [],
          "Industry letter titled only 推荐意见; the district letter has no letterhead or document number (issuer only in the signature) and names the applicant with its credit code; complete.")
    p.org("上海慧聚政务服务外包有限公司", "company", "310101", apps=[("zwfw", [5, 4])])
    p.standard(ind_st=dict(title="tjyj", we="我厅"), dist_st=dict(body=1, title="han1", letterhead=False, docno=None))
    return p


@spec
def p16():
    p = P("p16", "pass", [1, 3], [],
          "Levels as the range 三级—二级, sample sets titled 第一套/第二套 in separate files named 新建 Microsoft Word 文档 (N).pdf; complete.")
    p.org("上海科略技术转移服务有限公司", "company", "310104", apps=[("kjzx", [3, 2])])
    p.standard(levels="range:dash", sample_style="set", impl_mode="impl_eval+sets", naming="bland",
               bland_style="wordnew")
    return p


@spec
def p17():
    p = P("p17", "pass", [6], [],
          "Complete and valid; an extra password-protected lease contract under 其他材料 is unreadable but is not a required material.")
    p.org("上海海韵色彩设计有限公司", "company", "310105", apps=[("scdp", [4, 3])])
    p.standard(others=["staff"])
    p.add(D("lease", "other", "lease", {}, "rl:wqy", ["encrypt"], 6, ("场地租赁合同", "租赁合同")))
    return p


@spec
def p18():
    p = P("p18", "pass", [2], [],
          "A 民办非企业单位 whose letters (关于同意推荐…的函) are Chromium-printed with image seals; UTF-8 zip names; evaluation plan and both sample sets per level in one file; complete.")
    p.org("上海同舟社区健康服务中心", "minfei", "310107", apps=[("sqjk", [4, 3])], supervisor="上海市普陀区卫生健康委员会")
    p.standard(encoding="utf8", ind_st=dict(title="tongyi"), ind_prod="html:gov:WenQuanYi Zen Hei",
               dist_prod="html:gov:WenQuanYi Zen Hei", impl_mode="per_level")
    return p


@spec
def p19():
    p = P("p19", "pass", [3, 6], [],
          "Form with separate 职业名称 and 工种 columns, a macOS-made zip (UTF-8 names without the UTF-8 flag, __MACOSX entries) and a site photo; complete.")
    p.org("上海匠心管道工程技术有限公司", "company", "310113", apps=[("gg", [5, 4, 3])])
    p.standard(levels="split", encoding="utf8raw", others=["photo"])
    p.macosx = True
    return p


@spec
def p20():
    p = P("p20", "pass", [3], [],
          "A 民办非企业单位 training school: several levels in one form cell, letters with a text-box letterhead, a 信用中国（上海） report; complete.")
    p.org("上海市浦东新区银龄康养职业技能培训学校", "minfei", "310115", apps=[("ylhl", [4, 3])],
          supervisor="上海市浦东新区人力资源和社会保障局")
    p.standard(levels="multicell", credit_style="xyzg", ind_prod="docx:textbox:AR PL UMing CN",
               dist_prod="docx:textbox:Noto Serif CJK SC")
    return p


@spec
def p21():
    p = P("p21", "pass", [3, 6], [],
          "Two occupations (保洁员 5-4, 生活垃圾收集工 5), sample papers titled 试卷一/试卷二, GBK names with Unicode-path extra fields; the image-only floor plan is an extra.")
    p.org("上海洁城环境服务有限公司", "company", "310120", apps=[("bjy", [5, 4]), ("ljqy", [5])])
    p.standard(sample_style="juan", naming="attach", encoding="gbk+7075", others=["floor_scan", "equip"])
    return p


# ============================================================ FAIL

@spec
def f01():
    p = P("f01", "fail", [1], ["credit_report_missing"],
          "There is no credit report: the file named 信用报告.pdf is the business licence, and every document is readable.")
    p.org("上海鼎信企业服务有限公司", "company", "310115", apps=[("xygl", [4, 3])])
    p.standard(naming="meaningful", reg_post=[])
    p.remove("credit")
    p.get("reg").names = ("信用报告", "信用报告")
    return p


@spec
def f02():
    p = P("f02", "fail", [4], ["district_letter_from_outside_shanghai"],
          "The 'district' recommendation letter is issued by 昆山市人力资源和社会保障局, not a Shanghai district HR bureau.", hard=True)
    p.org("上海汇智数字孪生科技有限公司", "company", "310114", apps=[("szls", [5, 4])])
    p.standard(dist_st=dict(issuer="昆山市人力资源和社会保障局", docno="昆人社函〔2025〕6号", place="我市",
                            site_address="昆山市花桥镇绿地大道231号3楼", title="han"),
               dist_post=[])
    p.get("dist").names = ("考核点所在地人社部门推荐函", "附件2-2 考核点推荐函")
    return p


@spec
def f03():
    p = P("f03", "fail", [4, 5], ["district_letter_from_outside_shanghai"],
          "The district letter is from 苏州市吴江区人力资源和社会保障局 (a district bureau outside Shanghai); an unreadable site photo does not soften the fail.", hard=True)
    p.org("上海优护健康管理有限公司", "company", "310112", apps=[("ylhl", [4, 3])])
    p.standard(dist_st=dict(issuer="苏州市吴江区人力资源和社会保障局", docno="吴人社〔2025〕3号", place="我区",
                            site_address="吴江区汾湖高新区康力大道88号"), others=["photo"])
    p.get("dist").names = ("考核点所在区人社部门推荐函", "附件2-2 区人社部门推荐函")
    return p


@spec
def f04():
    p = P("f04", "fail", [4], ["district_letter_not_from_hr_bureau"],
          "The only district-level letter is issued by 上海市长宁区商务委员会, not by a district 人力资源和社会保障局.", hard=True)
    p.org("上海绿建节能技术有限公司", "company", "310105", apps=[("jzjn", [4, 3])])
    p.standard(dist_st=dict(issuer="上海市长宁区商务委员会", docno="长商委〔2025〕4号", we="我委"))
    return p


@spec
def f05():
    p = P("f05", "fail", [3, 5], ["level_not_in_catalogue"],
          "The form ticks 二级/技师 for 保洁员, which the 附件 lists only at levels 5-3; the image-only licence scan does not change the fail.", hard=True)
    p.org("上海洁丽雅保洁服务有限公司", "company", "310107", apps=[("bjy", [4, 3, 2])])
    p.standard(levels="ticks", tick="■", form_prod="fodt:WenQuanYi Micro Hei", reg_post=["scan"])
    return p


@spec
def f06():
    p = P("f06", "fail", [5], ["occupation_not_in_catalogue"],
          "The applicant applies for 育婴员 (4-10-01-02), which is not one of the 48 occupations in the 附件; an image-only floor plan is irrelevant.", hard=True)
    p.org("上海贝佳家庭服务有限公司", "company", "310112", apps=[("yyy", [5, 4])])
    p.standard(levels="split", others=["floor_scan"])
    return p


@spec
def f07():
    p = P("f07", "fail", [5], ["credit_code_not_registered_in_shanghai"],
          "The credit code 913205… is registered in Jiangsu (positions 3-4 are 32, not 31); an encrypted extra PDF does not turn this into review.", hard=True)
    p.org("昆山华东职业技能评价有限公司", "company", "320583", site="嘉定区", apps=[("gg", [4, 3])])
    p.o["district"] = "昆山市"
    p.o["address"] = "江苏省昆山市花桥镇徐公桥路" + str(p.rng.randint(10, 300)) + "号"
    p.o["reg_authority"] = "昆山市市场监督管理局"
    p.standard()
    p.add(D("lease", "other", "lease", {}, "rl:micro", ["encrypt"], 6, ("考核点租赁协议", "租赁协议")))
    return p


@spec
def f08():
    p = P("f08", "fail", [7], ["credit_report_lists_penalty"],
          "The public credit report lists one administrative penalty (查见1条行政处罚信息, a fine by 长宁区市场监督管理局).", hard=True)
    p.org("上海宏济餐饮管理有限公司", "company", "310105", apps=[("tys", [5, 4])])
    p.standard(credit_style="sh", credit_st=dict(penalties=[
        ("沪市监长处〔2023〕2105号", "经营超过保质期的食品原料", "警告，罚款人民币5000元", "2023-08-14",
         "上海市长宁区市场监督管理局")]))
    return p


@spec
def f09():
    p = P("f09", "fail", [5, 7], ["credit_report_lists_dishonesty_record"],
          "The credit report lists a 失信被执行人 record (查见1条失信信息); the unreadable site photo does not matter.", hard=True)
    p.org("上海康颐保健服务有限公司", "company", "310112", apps=[("ajs", [5, 4])])
    p.standard(credit_style="xyzg", credit_st=dict(dishonesty=[
        ("失信被执行人", "未履行生效法律文书确定的给付义务（(2023)沪0112执1234号）", "上海市闵行区人民法院", "2024-05-20")]),
        others=["photo"])
    return p


@spec
def f10():
    r = random.Random("f10-other")
    other = codes.make(r, "91", "310112")
    p = P("f10", "fail", [2, 7], ["industry_letter_names_other_organisation"],
          "The industry letter (关于推荐…的函, title over two lines) recommends 上海轨信交通技术有限公司, a different organisation with a different credit code.", hard=True)
    p.org("上海轨信科技培训有限公司", "company", "310112", apps=[("gdxh", [4, 3])])
    p.standard(ind_st=dict(title="han", target_name="上海轨信交通技术有限公司", target_code=other),
               ind_prod="html:gov:WenQuanYi Zen Hei", ind_post=[])
    return p


@spec
def f11():
    r = random.Random("f11-other")
    other = codes.make(r, "91", "310110")
    p = P("f11", "fail", [7], ["district_letter_names_other_organisation"],
          "The district letter recommends 上海盈科营养科技有限公司 (another name and credit code), not the applicant.", hard=True)
    p.org("上海盈科营养健康咨询有限公司", "company", "310110", apps=[("yys", [4, 3])])
    p.standard(dist_st=dict(target_name="上海盈科营养科技有限公司", target_code=other, body=1))
    return p


@spec
def f12():
    p = P("f12", "fail", [1], ["audit_report_2022_missing"],
          "The file named 2022年度审计报告.pdf is a second copy of the FY2023 audit report, so there is no audit report for 2022; all documents are readable.")
    p.org("上海正源医药技术服务有限公司", "company", "310117", apps=[("klj", [5, 4])])
    p.standard(naming="meaningful", audit_post=[], audit_mode="separate")
    a22, a23 = p.get("audit22"), p.get("audit23")
    a22.st = dict(a23.st)
    return p


@spec
def f13():
    p = P("f13", "fail", [1], ["only_one_sample_set_for_level_3"],
          "For 热工计量员 三级 only one sample set exists: the file named …三级样题二 actually holds the level-3 evaluation plan again.")
    p.org("上海精测计量技术服务有限公司", "company", "310104", apps=[("rgjl", [4, 3])])
    p.standard(impl_mode="impl_eval+sets", naming="meaningful")
    d = p.get("srgjl3_2")
    d.parts = [("eval", "rgjl", 3)]
    d.kind = "evaluation_plan"
    return p


@spec
def f14():
    p = P("f14", "fail", [3], ["evaluation_plan_missing_for_level_4"],
          "The form declares 五级至三级 (5, 4, 3) but there is no evaluation plan for level 4 (only its two sample sets); all documents are readable.")
    p.org("上海净城环境服务有限公司", "company", "310110", apps=[("ljqy", [5, 4, 3])])
    p.standard(levels="range:zhi", impl_mode="per_level")
    d = p.get("lvljqy4")
    d.parts = [("sample", "ljqy", 4, 1), ("sample", "ljqy", 4, 2)]
    d.kind = "sample_paper"
    d.names = ("生活垃圾清运工（生活垃圾收集工）四级样题", "附件5-2 四级样题")
    readable_post(p, "form", "ind", "dist", "credit", "audit23", "audit22", "reg")
    return p


@spec
def f15():
    p = P("f15", "fail", [5], ["licence_type_branch_office"],
          "The licence's 类型 is 有限责任公司分公司 — a branch, not an independent legal person; the site photo is irrelevant.", hard=True)
    p.org("上海明德教育科技有限公司浦东分公司", "branch", "310115", apps=[("xygl", [4])],
          type_line="有限责任公司分公司（自然人投资或控股）")
    p.standard(others=["photo"])
    return p


@spec
def f16():
    p = P("f16", "fail", [3], ["public_institution_ineligible"],
          "The applicant is a 事业单位 (code category 12, 事业单位法人证书), which the notice excludes.", hard=True)
    p.org("上海市杨浦区社区卫生服务指导中心", "shiye", "310110", apps=[("sqjk", [4, 3])],
          supervisor="上海市杨浦区卫生健康委员会")
    p.standard()
    return p


@spec
def f17():
    p = P("f17", "fail", [], ["organisation_name_mismatch"],
          "The application form names 上海安澜健康科技有限公司 while the licence and credit report (same credit code) name 上海安澜健康管理有限公司.", hard=True)
    p.org("上海安澜健康管理有限公司", "company", "310106", apps=[("ylhl", [5])])
    p.o["form_name"] = "上海安澜健康科技有限公司"
    p.standard()
    return p


@spec
def f18():
    p = P("f18", "fail", [], ["credit_code_mismatch"],
          "The credit code on the application form differs from the one on the licence and the credit report (both structurally valid).", hard=True)
    p.org("上海碳谷低碳科技有限公司", "company", "310118", apps=[("tpfhs", [3, 2])])
    r = random.Random("f18-form")
    c = p.o["code"]
    while True:
        body = c[8:10] + "".join(r.choice(codes.BODY) for _ in range(6))
        alt = c[:8] + body + codes.org_check(body)
        alt = alt + codes.code_check(alt)
        if alt != c and codes.valid(alt):
            break
    p.o["form_code"] = alt
    p.standard()
    return p


DUP_CODE = codes.make(random.Random("dup-pair"), "91", "310114")


@spec
def f19():
    p = P("f19", "fail", [], ["duplicate_application_same_occupation"],
          "The same applicant (same credit code) applies for 增材制造设备操作员 in another package of this corpus.", hard=True)
    p.org("上海铭匠增材制造技术有限公司", "company", "310114", apps=[("zczz", [5, 4])], code=DUP_CODE)
    p.standard()
    return p


@spec
def f20():
    p = P("f20", "fail", [], ["duplicate_application_same_occupation"],
          "The same applicant (same credit code) applies for 增材制造设备操作员 in another package of this corpus.", hard=True)
    p.org("上海铭匠增材制造技术有限公司", "company", "310114", apps=[("zczz", [3])], code=DUP_CODE)
    p.standard()
    p.slug_note = "second"
    return p


@spec
def f21():
    p = P("f21", "fail", [], ["licence_type_sole_proprietorship"],
          "The licence's 类型 is 个人独资企业, not an independent legal person.", hard=True)
    p.org("上海巧匠保洁服务中心", "sole", "310109", apps=[("bjy", [5, 4])], type_line="个人独资企业")
    p.standard()
    return p


@spec
def f22():
    p = P("f22", "fail", [8], ["pledge_missing"],
          "There is no 承诺书: the work plan only mentions 承诺 in a sentence and the 廉洁责任书 is a separate document; all documents are readable.")
    p.org("上海食安卫士技术服务有限公司", "company", "310113", apps=[("spaq", [4, 3])])
    p.standard(wp_mode="separate", wp_st=dict(mention_pledge=True), integ_post=[])
    p.remove("pledge")
    readable_post(p, "form", "ind", "dist", "credit", "audit23", "audit22", "reg")
    return p


@spec
def f23():
    p = P("f23", "fail", [], ["individual_business_not_legal_person"],
          "The applicant is a 个体工商户 (code category 92, licence 类型 个体工商户), not a legal person.", hard=True)
    p.org("上海市宝山区阿芳家政服务部", "geti", "310113", apps=[("bjy", [5])])
    p.standard()
    return p


@spec
def f24():
    p = P("f24", "fail", [3, 5], ["level_not_in_catalogue"],
          "碳排放管理员 without a 工种 is listed only at level 5, but the form (level written before the code in wrapped cells) also declares 四级; the unreadable district-letter scan does not matter.", hard=True)
    p.org("上海零碳未来环境咨询有限公司", "company", "310115", apps=[("tpf", [5, 4])])
    p.standard(levels="wrapped", form_prod="docx:form:Noto Sans CJK SC", dist_post=["scan"])
    return p


@spec
def f25():
    p = P("f25", "fail", [1], ["sample_sets_not_distinct"],
          "For 管工 四级 the file named as the second sample set is a copy of the first set, so there are not two distinct sets; all documents are readable.")
    p.org("上海宏通管道安装技术有限公司", "company", "310118", apps=[("gg", [4, 3])])
    p.standard(impl_mode="impl_eval+sets", naming="attach", nested=dict(name="实施方案及样题.zip", inner_dir="实施方案及样题"))
    d = p.get("sgg4_2")
    d.parts = [("sample", "gg", 4, 1)]
    readable_post(p, "form", "ind", "dist", "credit", "audit23", "audit22", "reg")
    return p


@spec
def f26():
    p = P("f26", "fail", [1], ["work_plan_missing"],
          "There is no 职业技能等级认定工作方案: the file named 工作方案 is another copy of the project implementation plan; all documents are readable.")
    p.org("上海味道调饮技术培训有限公司", "company", "310106", apps=[("tys", [4, 3])])
    p.standard(wp_mode="separate", naming="meaningful")
    wp = p.get("wp")
    wp.fn = "implset"
    wp.parts = [("impl",)]
    wp.st = dict(p.impl_st)
    wp.kind = "implementation_plan"
    readable_post(p, "form", "ind", "dist", "credit", "audit23", "audit22", "reg", "pledge", "integ")
    return p


@spec
def f27():
    p = P("f27", "fail", [1], ["integrity_letter_missing"],
          "There is no 廉洁责任书: the file named 廉洁责任书 contains the 承诺书 again; all documents are readable.")
    p.org("上海康泰医疗护理服务有限公司", "company", "310151", apps=[("ylhl", [3, 2])])
    p.standard(wp_mode="separate", naming="meaningful")
    ig = p.get("integ")
    ig.fn = "pledge"
    ig.kind = "pledge"
    readable_post(p, "form", "ind", "dist", "credit", "audit23", "audit22", "reg", "pledge", "integ")
    return p


@spec
def f28():
    p = P("f28", "fail", [1, 4], ["district_letter_not_from_hr_bureau"],
          "The letter filed as 闵行区人社局推荐函 is issued by 上海市闵行区就业促进中心, a subordinate agency, not by 闵行区人力资源和社会保障局.", hard=True)
    p.org("上海艾康堂健康管理有限公司", "company", "310112", site="闵行区", apps=[("ajs", [5, 4])])
    p.standard(naming="meaningful", dist_st=dict(issuer="上海市闵行区就业促进中心", docno="闵就促〔2025〕2号", title="tjh",
                                                      we="我中心"))
    return p


# ============================================================ REVIEW

@spec
def r01():
    p = P("r01", "review", [1], ["registration_certificate_unreadable_scan"],
          "The business licence exists only as an image-only scan named 营业执照.pdf; the name alone cannot confirm it or its 类型.")
    p.org("上海瑞禾科技咨询有限公司", "company", "310104", apps=[("kjzx", [3, 2])])
    p.standard(naming="meaningful", reg_post=["scan"])
    p.get("reg").names = ("营业执照", "营业执照")
    return p


@spec
def r02():
    p = P("r02", "review", [1], ["credit_report_only_photo"],
          "The credit report exists only as a phone photo (信用报告.jpg), so its penalty and 失信 sections cannot be read.")
    p.org("上海数孪智能科技有限公司", "company", "310115", apps=[("szls", [4, 3])])
    p.standard(naming="meaningful", credit_post=["photo"])
    p.get("credit").names = ("信用报告", "信用报告")
    return p


@spec
def r03():
    p = P("r03", "review", [4], ["district_letter_unreadable_scan"],
          "The district HR bureau's letter is an image-only scan (scan_00N.pdf); its issuer cannot be verified.")
    p.org("上海清源保洁服务有限公司", "company", "310117", apps=[("bjy", [5, 4])])
    p.standard(naming="bland", bland_style="scan", dist_post=["scan"])
    return p


@spec
def r04():
    p = P("r04", "review", [8], ["pledge_only_editable_docx"],
          "The 承诺书 exists only as an editable .docx (it must carry a seal); the work plan merely mentions 承诺.")
    p.org("上海安信数据科技有限公司", "company", "310110", apps=[("sjaq", [3, 2])])
    p.standard(wp_mode="separate", wp_st=dict(mention_pledge=True), pledge_prod="docx:plain:Noto Serif CJK SC",
               pledge_post=["docx"])
    return p


@spec
def r05():
    p = P("r05", "review", [8], ["integrity_letter_only_editable_docx"],
          "The 廉洁责任书 exists only as an editable .docx, which cannot carry the required seal.")
    p.org("上海绿洲碳资产管理有限公司", "company", "310101", apps=[("tpfhs", [4, 3])])
    p.standard(wp_mode="separate", integ_prod="docx:form:AR PL UMing CN", integ_post=["docx"])
    return p


@spec
def r06():
    p = P("r06", "review", [2, 8], ["industry_letter_only_editable_docx"],
          "The industry authority's recommendation letter is only an editable .docx (关于推荐…的函), not a sealed PDF or scan.")
    p.org("上海药联制剂技术服务有限公司", "company", "310117", apps=[("pjzb", [4, 3])])
    p.standard(ind_prod="docx:gw:AR PL UKai CN", ind_post=["docx"], ind_st=dict(title="han"))
    return p


@spec
def r07():
    p = P("r07", "review", [], ["credit_code_check_character_invalid"],
          "The credit code, identical in every document, fails its 18th check character; it must be verified by a person.")
    p.org("上海弘毅物业服务有限公司", "company", "310107", apps=[("ljqy", [5, 4])])
    p.o["code"] = p.o["form_code"] = codes.break_last(p.o["code"])
    p.standard()
    return p


@spec
def r08():
    p = P("r08", "review", [], ["credit_code_embedded_check_digit_invalid"],
          "The credit code passes the mod-31 check but its embedded GB 11714 check digit is wrong (consistent in all documents).")
    p.org("上海市长宁区慧仁职业技能培训学校", "minfei", "310105", apps=[("tys", [5, 4])],
          supervisor="上海市长宁区人力资源和社会保障局")
    p.o["code"] = p.o["form_code"] = codes.break_embedded(p.o["code"], p.rng)
    p.standard()
    return p


@spec
def r09():
    p = P("r09", "review", [1], ["audit_report_2022_unreadable_encrypted"],
          "No readable FY2022 audit report; a password-protected PDF named 附件5.pdf could be it.")
    p.org("上海诚立信用管理有限公司", "company", "310109", apps=[("xygl", [3, 2])])
    p.standard(naming="meaningful", audit_mode="separate")
    a = p.get("audit22")
    a.post = ["encrypt"]
    a.names = ("附件5", "附件5")
    return p


@spec
def r10():
    p = P("r10", "review", [], ["sample_paper_unreadable_corrupt"],
          "The second sample set for 化工总控工 四级 is a truncated, unreadable PDF.")
    p.org("上海化安技术培训有限公司", "company", "310116", apps=[("hgzk", [4, 3])])
    p.standard(impl_mode="impl_eval+sets")
    p.get("shgzk4_2").post = ["truncate"]
    return p


@spec
def r11():
    p = P("r11", "review", [1, 6], ["application_form_unreadable_scan"],
          "The application form is an image-only scan named 申请表.pdf, so the declared occupations and levels cannot be read; the site photo is irrelevant.")
    p.org("上海政通企业服务有限公司", "company", "310106", apps=[("zwfw", [5, 4, 3])])
    p.standard(naming="meaningful", form_post=["scan"], others=["photo"])
    p.get("form").names = ("申请表", "申请表")
    return p


@spec
def r12():
    p = P("r12", "review", [], ["evaluation_plan_unreadable_scan"],
          "Inside the nested 5.项目实施方案.zip, the evaluation plan and sample sets for 医疗护理员 三级 exist only as an image-only scan.")
    p.org("上海丰羽医疗护理服务有限公司", "company", "310113", apps=[("ylhl", [4, 3])])
    p.standard(impl_mode="per_level", nested=dict(name="5.项目实施方案.zip", inner_dir=None))
    p.get("lvylhl3").post = ["scan"]
    return p


@spec
def r13():
    p = P("r13", "review", [4, 8], ["district_letter_only_editable_txt"],
          "The district HR bureau's letter exists only as a plain .txt file, which cannot carry a seal.")
    p.org("上海弘景盆景园艺有限公司", "company", "310151", apps=[("pjs", [5, 4])])
    p.standard(dist_post=["txt"])
    return p


@spec
def r14():
    p = P("r14", "review", [1], ["registration_certificate_encrypted"],
          "The business licence is a password-protected PDF named 营业执照.pdf; it cannot be opened to confirm the 类型 or code.")
    p.org("上海彩悦形象设计有限公司", "company", "310106", apps=[("scdp", [4, 3])])
    p.standard(naming="meaningful", reg_prod="cert:ukai", reg_post=["encrypt"])
    p.get("reg").names = ("营业执照", "营业执照")
    return p


@spec
def r15():
    p = P("r15", "review", [], ["industry_letter_only_photo"],
          "The industry authority's recommendation letter exists only as a phone photo (.jpg).")
    p.org("上海申程轨道交通技术服务有限公司", "company", "310107", apps=[("gdxh", [4, 3])])
    p.standard(ind_post=["photo"])
    return p
