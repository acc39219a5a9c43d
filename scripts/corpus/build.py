"""Planning (main process: applicants, occupations, defects, hostile kinds)
and building (worker: documents, producers, layout, zip) of the packages."""

import copy
import os
import random

import catalogue
import orgs
import render
import texts
import zips

# ---------------------------------------------------------------------------
# Plan

DEFECTS = [
    ("missing_district_letter", "考核点所在区人社部门推荐函 missing"),
    ("missing_industry_letter", "行业主管部门推荐函 missing"),
    ("missing_credit_report", "信用报告 missing"),
    ("missing_audit_report_2022", "only the 2023 audit report"),
    ("missing_licence", "营业执照 / 登记证书 missing"),
    ("missing_work_plan", "工作方案 missing (承诺书 and 廉洁责任书 are separate files)"),
    ("missing_pledge", "承诺书 missing (the work plan ends with the 廉洁责任书 only)"),
    ("missing_integrity_pledge", "廉洁责任书 missing (承诺书 is a separate file)"),
    ("missing_implementation_plan", "the first occupation's 项目实施方案 is missing (its 评价方案 and 样题 are there)"),
    ("one_sample_set_only", "one level of the first occupation has only one set of sample papers"),
    ("level_not_in_catalogue", "a level outside the 附件's levels for that occupation"),
    ("occupation_not_in_catalogue", "an occupation that is not in the 附件"),
    ("non_shanghai_code", "统一社会信用代码 registered outside Shanghai (positions 3-4 not 31)"),
    ("credit_code_checksum_failed", "the 18th character of the code fails the mod-31 check"),
    ("ineligible_public_institution", "a 事业单位 (code category 12, 事业单位法人证书)"),
    ("branch_not_independent", "a 分公司 (营业执照 类型 有限责任公司分公司)"),
    ("credit_report_name_mismatch", "the credit report names a different organisation (same code)"),
    ("credit_record_penalty", "the credit report shows administrative penalties (查见)"),
    ("audit_wrong_years", "audit reports for 2022 and 2021, none for 2023"),
    ("duplicate_application", "same applicant and occupation as an earlier package (三（四）)"),
]
HOSTILE = ["zip_bomb_entry", "path_traversal", "corrupt_pdf", "not_a_zip"]

RATE_DEFECT, RATE_HOSTILE, RATE_SCAN = 0.10, 0.01, 0.05


def _n(count, rate, minimum_at):
    n = round(count * rate)
    return max(n, 1) if count >= minimum_at else n


def _levels(rng, allowed):
    k = min(len(allowed), random_choice_w(rng, [(35, 1), (40, 2), (25, 3)]))
    start = rng.randint(0, len(allowed) - k)
    return allowed[start:start + k]


def random_choice_w(rng, pairs):
    return orgs.wchoice(rng, pairs)


def _occs(rng, n):
    rows = rng.sample(catalogue.CATALOGUE, n)
    if n > 1 and rng.random() < 0.3:  # related work types of one occupation
        base = rows[0]
        same = [r for r in catalogue.CATALOGUE if r["code"] == base["code"] and r is not base]
        if same:
            rows = [base] + rng.sample(same, min(n - 1, len(same)))
    out = []
    for r in rows:
        o = dict(code=r["code"], occupation=r["occupation"], work_type=r["work_type"], row=r["row"])
        o["levels"] = _levels(rng, r["levels"])
        out.append(o)
    return out


def _outside_level(rng, o):
    allowed = next(r["levels"] for r in catalogue.CATALOGUE
                   if r["code"] == o["code"] and r["work_type"] == o["work_type"] and r["occupation"] == o["occupation"])
    candidates = [lv for lv in (5, 4, 3, 2, 1) if lv not in allowed and
                  (lv - 1 in allowed or lv + 1 in allowed)]
    return rng.choice(candidates) if candidates else None


def plan_corpus(seed, count):
    rng = random.Random(f"corpus/{seed}/{count}")
    order = list(range(count))
    rng.shuffle(order)
    nh, nd = _n(count, RATE_HOSTILE, 20), _n(count, RATE_DEFECT, 10)
    hostile_idx = order[:nh]
    defect_idx = order[nh:nh + nd]
    scan_idx = set(rng.sample(range(count), _n(count, RATE_SCAN, 10)))
    hk = [HOSTILE[i % len(HOSTILE)] for i in range(nh)]
    rng.shuffle(hk)
    dk = []
    while len(dk) < nd:
        block = [d for d, _ in DEFECTS]
        rng.shuffle(block)
        dk += block
    hostile = dict(zip(hostile_idx, hk))
    defect = dict(zip(defect_idx, dk[:nd]))
    # a duplicate needs an earlier package to copy
    for i, kind in list(defect.items()):
        if kind == "duplicate_application" and i == 0:
            defect[i] = "missing_district_letter"

    width = max(4, len(str(count)))
    used = set()
    specs = []
    for i in range(count):
        prng = random.Random(f"{seed}/{i}/plan")
        d = defect.get(i)
        h = hostile.get(i)
        n_occ = random_choice_w(prng, [(55, 1), (33, 2), (12, 3)])
        occs = _occs(prng, n_occ)
        detail = dict(DEFECTS)[d] if d else None
        if d == "level_not_in_catalogue":
            cands = [o for o in occs if _outside_level(prng, o)]
            if not cands:
                r = prng.choice([r for r in catalogue.CATALOGUE if len(r["levels"]) < 5])
                occs[0] = dict(code=r["code"], occupation=r["occupation"], work_type=r["work_type"], row=r["row"],
                               levels=_levels(prng, r["levels"]))
                cands = [occs[0]]
            o = cands[0]
            lv = _outside_level(prng, o)
            o["levels"] = sorted(set(o["levels"]) | {lv}, reverse=True)
            detail = f"{o['code']} {catalogue.display(o)}: {texts.LEVEL_NAMES[lv]} is not among its levels"
        if d == "occupation_not_in_catalogue":
            r = prng.choice(catalogue.OUTSIDE)
            occs.append(dict(code=r["code"], occupation=r["occupation"], work_type=None, row=None,
                             levels=_levels(prng, r["levels"])[:2]))
            detail = f"{r['code']} {r['occupation']} is not in the 附件"
        reg = random_choice_w(prng, [(70, "company"), (20, "minfei"), (10, "shetuan")])
        non_sh = None
        if d == "ineligible_public_institution":
            reg = "shiye"
        elif d == "branch_not_independent":
            reg = "branch"
        elif d == "non_shanghai_code":
            reg = "company"
            non_sh = prng.choice(orgs.NON_SHANGHAI)
        duplicate_of = None
        if d == "duplicate_application":
            earlier = [s for s in specs if s["hostile"] != "not_a_zip" and not s.get("duplicate_of")] or specs
            src = prng.choice(earlier)
            org = copy.deepcopy(src["org"])
            occs = [copy.deepcopy(src["occs"][0])] + occs[:1]
            if occs[1]["code"] == occs[0]["code"] and occs[1]["work_type"] == occs[0]["work_type"]:
                occs = occs[:1]
            duplicate_of = src["file"]
            detail = f"same applicant and {catalogue.display(occs[0])} as {src['file']}"
        else:
            org = orgs.make_org(prng, reg, [o["occupation"] for o in occs], used, non_shanghai=non_sh)
        if d == "credit_code_checksum_failed":
            org["code"] = orgs.broken_code(org["code"])
        if d == "non_shanghai_code":
            detail = f"code {org['code']} registered in division {org['code'][2:8]}"
        stamp = (2025, 1, prng.randint(20, 26), prng.randint(8, 23), prng.randint(0, 59), prng.randint(0, 58) // 2 * 2)
        specs.append(dict(
            index=i, seed=seed, file=f"P{i + 1:0{width}d}-{org['name']}.zip", org=org, occs=occs,
            defect=d, defect_detail=detail, hostile=h, scan=i in scan_idx and h != "not_a_zip",
            stamp=stamp, duplicate_of=duplicate_of,
        ))
    return specs


# ---------------------------------------------------------------------------
# Build

SECTION_NAMES = {1: "申请表", 2: "推荐函", 3: "信用佐证材料", 4: "工作方案", 5: "实施方案", 6: "其他材料"}
CN_NUM = "零一二三四五六七八九十"


class D:
    """One document of a package before it is placed in the zip."""

    def __init__(self, key, kind, section, label, doc=None, producer=None, **kw):
        self.key, self.kind, self.section, self.label = key, kind, section, label
        self.doc = doc            # texts Doc (or None for pool/photo items)
        self.producer = producer  # see Builder.render
        self.ext = kw.pop("ext", "pdf")
        self.occ = kw.pop("occ", None)
        self.level = kw.pop("level", None)
        self.pad = kw.pop("pad", 0)
        self.pool = kw.pop("pool", None)
        self.extra = kw
        self.data = None
        self.pages = None
        self.pages_estimated = False
        self.path = None
        self.container = None
        self.note = None


class Builder:
    def __init__(self, spec, pool_index, pool_bytes):
        self.s = spec
        self.org = spec["org"]
        self.occs = spec["occs"]
        self.defect = spec["defect"]
        self.rng = random.Random(f"{spec['seed']}/{spec['index']}/build")
        self.pool_index = pool_index
        self.pool_bytes = pool_bytes
        self.docs = []
        r = self.rng
        self.style = r.choice(texts.LEVEL_STYLES)
        fonts = render.ttf_available()
        self.house = "cid" if r.random() < 0.5 or not fonts else "ttf"
        self.ttf = r.choice(fonts) if fonts else None
        self.footer = orgs.wchoice(r, [(50, None), (25, "pageof"), (25, "dash")])
        self.header = self.org["name"] if r.random() < 0.15 else None
        self.creator = r.choice(["Microsoft® Word 2016", "Microsoft® Word 2019", "Microsoft® Word for Microsoft 365",
                                 "WPS 文字", "WPS Office"])
        self.stamp = tuple(spec["stamp"])

    # -- choosing ------------------------------------------------------------
    def pdf_producer(self):
        r = self.rng
        house = self.house if r.random() < 0.8 else ("ttf" if self.house == "cid" else "cid")
        if house == "ttf" and self.ttf:
            return "rl-ttf"
        return "rl-cid"

    def add(self, *a, **kw):
        d = D(*a, **kw)
        if d.producer is None:
            d.producer = self.pdf_producer()
        self.docs.append(d)
        return d

    def plan_docs(self):
        r, org, occs, defect = self.rng, self.org, self.occs, self.defect
        s = self.style
        jan = lambda lo, hi: (2025, 1, r.randint(lo, hi))  # noqa: E731
        form_date = (2025, 1, max(15, self.stamp[2] - r.randint(0, 4)))
        occ0 = occs[0]["occupation"]
        if org["reg"] in ("shetuan", "shiye") and r.random() < 0.6:
            issuer = org["sponsor"]
        else:
            issuer = r.choice(catalogue.ISSUERS.get(occ0, ["上海市人力资源和社会保障局"]))
        abbr = texts.DISTRICT_ABBR.get(org["district"], "沪")

        # 申请表
        self.add("form", "form", 1, r.choice(["社会培训评价组织征集遴选申请表", "申请表", "征集遴选申请表",
                                              "社会培训评价组织申请表"]),
                 texts.application_form(org, occs, form_date, s, orgs.wchoice(r, [(50, "table"), (30, "ticks"),
                                                                                   (20, "range")])))
        # 推荐函
        if defect != "missing_industry_letter":
            num = f"沪{issuer[3:5]}函〔2025〕{r.randint(3, 99)}号" if r.random() < 0.7 else None
            variant = orgs.wchoice(r, [(35, "plain"), (35, "gw"), (15, "gw_file"), (15, "opinion")])
            if variant != "plain" and num is None:
                num = f"{issuer[3:5]}〔2025〕{r.randint(3, 99)}号"
            self.add("industry", "industry_letter", 2,
                     r.choice(["行业主管部门推荐函", "行业推荐函", "主管部门推荐函", f"{issuer}推荐函", "推荐函（行业主管部门）"]),
                     texts.industry_letter(org, occs, issuer, jan(6, 17), num, variant))
        if defect != "missing_district_letter":
            dist = org["district"]
            self.add("district", "district_letter", 2,
                     r.choice([f"{dist}人社局推荐函", "区人社局推荐函", "考核点所在区人社部门推荐函",
                               f"{dist}人力资源和社会保障局推荐函"]),
                     texts.district_letter(org, jan(8, 18), f"{abbr}人社函〔2025〕{r.randint(2, 60)}号",
                                           r.choice(["plain", "gw", "gw"])))
        # 信用报告
        if defect != "missing_credit_report":
            name = None
            penalties = 0
            variant = orgs.wchoice(r, [(60, "plain"), (25, "sh"), (15, "pbc")])
            if defect == "credit_report_name_mismatch":
                name = _similar_name(org["name"], r)
                variant = "sh"
                self.s["defect_detail"] = f"信用报告 names {name}"
            if defect == "credit_record_penalty":
                penalties = r.randint(1, 3)
                variant = "sh"
                self.s["defect_detail"] = f"信用报告: 查见该主体行政处罚信息{penalties}条"
            label = "企业信用报告" if variant == "pbc" else r.choice(["信用报告", "公共信用信息报告", "法人公共信用信息报告",
                                                                    "信用报告（2025年1月）"])
            self.add("credit", "credit_report", 3, label,
                     texts.credit_report(org, jan(3, 18), f"XYBG2025{r.randint(10000000, 99999999)}", variant,
                                         name=name, penalties=penalties))
        # 审计报告
        firm, fmt = r.choice(texts.AUDIT_FIRMS)
        years = (2022, 2021) if defect == "audit_wrong_years" else (2023, 2022)
        for y in years:
            if y == 2022 and defect == "missing_audit_report_2022":
                continue
            label = r.choice([f"{y}年度审计报告", f"审计报告（{y}年度）", f"{y}审计报告", f"{y}年财务审计报告"])
            self.add(f"audit{y}", "audit_report", 3, label,
                     texts.audit_report(org, y, firm, fmt.format(y=y + 1, n=r.randint(20, 900)),
                                        (y + 1, r.randint(2, 4), r.randint(1, 28)),
                                        notes_pages=orgs.wchoice(r, [(50, 0), (30, 1), (20, 2)])))
        # 营业执照 / 登记证书
        if defect != "missing_licence":
            heading = texts.licence_title(org)
            label = {"营业执照": r.choice(["营业执照（副本）", "营业执照", "营业执照复印件"])}.get(heading, heading)
            if r.random() < 0.7:
                self.add("licence", "licence", 3, label, None, producer="licence-canvas")
            else:
                self.add("licence", "licence", 3, label, texts.licence_doc(org))
            if r.random() < 0.05:
                self.add("licence_jpg", "licence_photo", 3, r.choice(["营业执照照片", "微信图片_20250116102355"]),
                         None, producer="jpeg", ext="jpg")
        # 工作方案 / 承诺书 / 廉洁责任书
        pledges = orgs.wchoice(r, [(60, "both"), (15, "integrity"), (25, "none")])
        if defect == "missing_work_plan":
            pledges = "none"
        if defect == "missing_pledge":
            pledges = "integrity"
        if defect == "missing_integrity_pledge":
            pledges = "none"
        if defect != "missing_work_plan":
            label = {"both": "职业技能等级认定工作方案（含承诺书、廉洁责任书）",
                     "integrity": "职业技能等级认定工作方案（含廉洁责任书）",
                     "none": r.choice(["职业技能等级认定工作方案", "工作方案"])}[pledges]
            extra_rules = r.sample(list(texts.RULES), r.randint(1, 3)) if r.random() < 0.3 else ()
            self.add("workplan", "work_plan", 4, label,
                     texts.work_plan(org, occs, (2025, 1, r.randint(10, 18)), pledges, extra_rules))
        if pledges != "both" and defect != "missing_pledge":
            self.add("pledge", "pledge", 4, r.choice(["承诺书", "申报承诺书"]),
                     texts.pledge_doc(org, (2025, 1, r.randint(10, 18))))
        if pledges == "none" and defect != "missing_integrity_pledge":
            self.add("integrity", "integrity_pledge", 4, "廉洁责任书", texts.integrity_doc(org, (2025, 1, r.randint(10, 18))))
        base = len(self.docs)
        self.plan_occupations(30 - base)
        self.plan_extras()

    def plan_occupations(self, budget):
        r = self.rng
        modes = []
        for o in self.occs:
            L = len(o["levels"])
            options = [(25, "eval+pair"), (25, "eval+sets"), (10, "brief+eval+pair"), (10, "brief+eval+sets")]
            if L <= 2:
                options.append((30, "inline"))
            modes.append(orgs.wchoice(r, options))
        if self.defect == "missing_implementation_plan":
            modes[0] = r.choice(["brief+eval+pair", "brief+eval+sets"])
        size = lambda m, L: {"inline": 1, "eval+pair": 1 + L, "eval+sets": 1 + 2 * L,  # noqa: E731
                             "brief+eval+pair": 1 + 2 * L, "brief+eval+sets": 1 + 3 * L}[m]
        def smaller(k):
            m, L = modes[k], len(self.occs[k]["levels"])
            if k == 0 and self.defect == "missing_implementation_plan":
                return {"brief+eval+sets": "brief+eval+pair"}.get(m)
            nxt = {"brief+eval+sets": "eval+sets", "eval+sets": "eval+pair", "brief+eval+pair": "eval+pair"}.get(m)
            if m == "eval+pair" and L <= 2:
                nxt = "inline"
            return nxt

        while sum(size(m, len(o["levels"])) for m, o in zip(modes, self.occs)) > budget:
            cands = [k for k in range(len(modes)) if smaller(k)]
            if not cands:
                break
            k = max(cands, key=lambda j: size(modes[j], len(self.occs[j]["levels"])))
            modes[k] = smaller(k)
        self.modes = modes
        missing = None
        if self.defect == "one_sample_set_only":
            missing = r.choice(self.occs[0]["levels"])
            o = self.occs[0]
            self.s["defect_detail"] = (f"{o['code']} {catalogue.display(o)} {texts.LEVEL_NAMES[missing]}: "
                                       "only the first set of sample papers")
        date = (2025, 1, r.randint(10, 18))
        for i, (o, mode) in enumerate(zip(self.occs, modes)):
            set_style = r.choice(texts.SET_STYLES)
            occ = catalogue.display(o)
            ms = missing if i == 0 else None
            plan_mode = {"inline": "inline", "eval+pair": "eval", "eval+sets": "eval"}.get(mode, "brief")
            if not (i == 0 and self.defect == "missing_implementation_plan"):
                label = r.choice([f"{occ}项目实施方案", f"{occ}实施方案", f"{occ}职业技能等级认定项目实施方案"])
                if plan_mode == "inline":
                    label += r.choice(["（含评价方案及样题）", "", "（含样题）"])
                self.add(f"plan{i}", "implementation_plan", 5, label,
                         texts.implementation_plan(self.org, o, date, self.style, set_style, plan_mode,
                                                   missing_set=ms if plan_mode == "inline" else None),
                         occ=i)
            lvname = lambda lv: r.choice([texts.LEVEL_NAMES[lv], texts.level_label(lv, self.style)])  # noqa: E731
            for lv in o["levels"]:
                if mode.startswith("brief"):
                    self.add(f"eval{i}-{lv}", "evaluation_plan", 5, f"{occ}{lvname(lv)}评价方案",
                             texts.eval_plan(self.org, o, lv, date, self.style, weights=r.random() < 0.5),
                             occ=i, level=lv)
                more = orgs.wchoice(r, [(50, 0), (30, r.randint(4, 12)), (20, r.randint(13, 24))])
                scoring = r.random() < 0.4
                labels = texts.SET_FILE[set_style]
                if mode.endswith("pair"):
                    pair = f"{labels[0]}、{labels[1]}" if "样题" in labels[0] else f"样题（{labels[0]}、{labels[1]}）"
                    self.add(f"pair{i}-{lv}", "sample_papers", 5,
                             r.choice([f"{occ}{lvname(lv)}样题", f"{occ}{lvname(lv)}{pair}"]),
                             texts.sample_pair(self.org, o, lv, self.style, set_style, date, only_first=(ms == lv),
                                               more=more // 2, scoring=scoring and more < 13),
                             occ=i, level=lv, sets=1 if ms == lv else 2)
                if mode.endswith("sets"):
                    for si in (0, 1):
                        if si == 1 and ms == lv:
                            continue
                        lab = labels[si]
                        names = [f"{occ}{lvname(lv)}{lab}"]
                        if "样题" not in lab:
                            names += [f"{occ}{lvname(lv)}样题（{lab}）", f"{occ}{lvname(lv)}样题{lab}"]
                        self.add(f"set{i}-{lv}-{si}", "sample_paper", 5, r.choice(names),
                                 texts.sample_paper(self.org, o, lv, self.style, set_style, si, date,
                                                    more=more, scoring=scoring),
                                 occ=i, level=lv, set=si + 1)

    def plan_extras(self):
        r = self.rng
        n = len(self.docs)
        lo, hi = max(0, 10 - n), 30 - n
        want = min(max(orgs.wchoice(r, [(15, 0), (20, 1), (20, 2), (18, 3), (12, 4), (8, 5), (7, 6)]), lo), hi)
        kinds = ["photos_pdf", "floor_plan", "staff_list", "equipment_list", "mgmt_rules", "training_record",
                 "lease", "cctv", "contents", "photo_jpg", "photo_jpg", "photo_jpg", "photo_jpg"]
        if r.random() < 0.12:  # photos as loose JPEG files
            kinds += ["photo_jpg"] * 4
        else:
            kinds = [k for k in kinds if k != "photo_jpg"] + ["photo_jpg"]
        chosen = []
        while len(chosen) < want and kinds:
            k = r.choice(kinds)
            kinds.remove(k)
            chosen.append(k)
        org = self.org
        for j, k in enumerate(chosen):
            if k == "photos_pdf":
                self.add("photos", "site_photos", 6, r.choice(["考核点场地照片", "场地照片", "考场照片"]), None,
                         producer="photos-canvas", photos=r.randint(2, 6))
            elif k == "floor_plan":
                self.add("floorplan", "floor_plan", 6, r.choice(["考核点平面图", "考场平面布置图", "平面图"]), None,
                         producer="floorplan-canvas")
            elif k == "staff_list":
                rows = orgs.wchoice(r, [(40, r.randint(8, 30)), (40, r.randint(31, 80)), (20, r.randint(81, 140))])
                self.add("staff", "staff_list", 6, r.choice(["人员名单", "专职人员及考评人员名单", "考评人员花名册"]),
                         texts.staff_list(org, r, rows, orgs.person))
            elif k == "equipment_list":
                self.add("equipment", "equipment_list", 6, r.choice(["设备设施清单", "场地设备清单"]),
                         texts.equipment_list(org, r, r.randint(8, 70)))
            elif k == "mgmt_rules":
                self.add("rules", "management_rules", 6, r.choice(["管理制度汇编", "职业技能等级认定管理制度"]),
                         texts.management_rules(org, r.sample(list(texts.RULES), r.randint(2, 8)), (2025, 1, 12)))
            elif k == "training_record":
                self.add("record", "training_record", 6, r.choice(["近三年培训业绩", "培训评价业绩统计表"]),
                         texts.training_record(org, r, self.occs))
            elif k == "lease":
                self.add("lease", "lease", 6, r.choice(["场地租赁合同", "房屋租赁合同"]), texts.lease(org, r))
            elif k == "cctv":
                self.add("cctv", "cctv", 6, r.choice(["视频监控设备说明", "监控系统配置"]), texts.cctv(org, r))
            elif k == "contents":
                self.add("contents", "contents", 0, "申报材料目录", None)  # filled in later
            elif k == "photo_jpg":
                self.add(f"jpg{j}", "site_photo", 6, r.choice(["考场照片", "场地照片", "IMG"]), None, producer="jpeg",
                         ext="jpg", photo=r.randrange(24))

    # -- pool, docx, scans ----------------------------------------------------
    def apply_pool(self):
        r = self.rng
        n = orgs.wchoice(r, [(22, 0), (18, 1), (20, 2), (16, 3), (14, 4), (10, 5)])
        if not self.pool_index or not n:
            return
        protect = {"credit_report_name_mismatch": {"credit"}, "credit_record_penalty": {"credit"},
                   "missing_pledge": {"workplan"}, "missing_integrity_pledge": {"workplan"},
                   "missing_work_plan": {"workplan"}, "audit_wrong_years": {"audit2023"}}.get(self.defect, set())
        by_key = {d.key: d for d in self.docs}
        # never the 申请表: it declares the applicant and its occupations
        core = {"workplan": "workplan", "audit2023": "audit2023", "industry": "industry",
                "district": "district", "credit": "credit"}
        extra_kind = {"staff_list": ("staff", "staff_list", "人员名单"),
                      "equipment_list": ("equipment", "equipment_list", "设备设施清单"),
                      "mgmt_rules": ("rules", "management_rules", "管理制度汇编"),
                      "lease": ("lease", "lease", "场地租赁合同"),
                      "training_record": ("record", "training_record", "近三年培训业绩")}
        cands = list(self.pool_index["docs"])
        r.shuffle(cands)
        used = 0
        for p in cands:
            if used >= n:
                break
            kind = p["kind"]
            if kind in core:
                key = core[kind]
                d = by_key.get(key)
                if d is None or key in protect or d.pool or d.producer in ("licence-canvas",):
                    continue
                if key == "workplan" and any(x.key in ("pledge", "integrity") for x in self.docs):
                    continue  # the pool work plan has both pledges inside
                d.producer, d.pool, d.doc = p["producer"], p, None
                used += 1
            elif kind in extra_kind:
                key, k2, label = extra_kind[kind]
                d = by_key.get(key)
                if d is not None:
                    if d.pool:
                        continue
                    d.producer, d.pool, d.doc = p["producer"], p, None
                elif len(self.docs) < 30:
                    d = self.add(key, k2, 6, label, None, producer=p["producer"], pool=p)
                    by_key[key] = d
                else:
                    continue
                used += 1

    def apply_docx(self):
        r = self.rng
        if r.random() >= 0.10:
            return
        cands = [d for d in self.docs if d.doc is not None and d.producer.startswith("rl")
                 and d.key in ("form", "pledge", "integrity", "staff", "equipment", "rules", "record", "workplan",
                               "cctv", "lease")
                 and max((len(b[1]) for b in d.doc.blocks if b[0] in ("table", "kv")), default=0) <= 40]
        # (python-docx builds big tables in quadratic time: long staff lists stay PDF)
        for d in r.sample(cands, min(len(cands), r.randint(1, 2))):
            d.producer, d.ext = "docx", "docx"

    def apply_scans(self):
        if not self.s["scan"]:
            return
        r = self.rng
        keys = ["district", "industry", "licence", "credit", "pledge", "integrity", "audit2023", "audit2022",
                "form", "workplan", "audit2021"]
        cands = [d for d in self.docs if d.key in keys and d.pool is None and d.ext == "pdf"]
        n = r.randint(1, 3) if r.random() < 0.7 else r.randint(4, 8)
        for d in r.sample(cands, min(n, len(cands))):
            d.extra["scan_of"] = d.producer
            d.producer = "scan"

    # -- rendering -------------------------------------------------------------
    def render(self, d):
        r = self.rng
        fontname = self.ttf if d.producer == "rl-ttf" else render.CID_FONT
        if d.pool:
            d.data = self.pool_bytes[d.pool["id"]]
            d.pages = d.pool["pages"]
            return
        if d.producer in ("rl-cid", "rl-ttf"):
            footer = None if d.kind.endswith("letter") else self.footer
            d.data = render.rl(d.doc, fontname, creator=self.creator, footer=footer, header=self.header)
            if d.doc and r.random() < 0.25 and d.kind in ("work_plan", "management_rules", "lease", "cctv"):
                padded = copy.copy(d.doc)
                padded.blocks = d.doc.blocks + texts.pad_blocks(self.org, r.randint(1, 2))
                data = render.rl(padded, fontname, creator=self.creator, footer=footer, header=self.header)
                if render.count_pages(data) <= 6:
                    d.data = data
        elif d.producer == "licence-canvas":
            f = texts.licence_fields(self.org)
            d.data = render.licence(f, f["heading"] + "复印件", self.ttf if self.house == "ttf" else render.CID_FONT)
        elif d.producer == "floorplan-canvas":
            d.data = render.floor_plan(self.org, r, self.ttf if self.house == "ttf" else render.CID_FONT)
        elif d.producer == "photos-canvas":
            photos = [render.photo(r.randrange(24)) for _ in range(d.extra["photos"])]
            d.data = render.photos_pdf(self.org, photos, r, self.ttf if self.house == "ttf" else render.CID_FONT)
        elif d.producer == "jpeg":
            if d.kind == "licence_photo":
                d.data = render.licence_photo(texts.licence_fields(self.org), r)
            else:
                d.data = render.photo(d.extra["photo"])
            d.pages = 1
            return
        elif d.producer == "docx":
            d.data = render.docx(d.doc, r.choice(["宋体", "仿宋_GB2312", "微软雅黑", "WenQuanYi Micro Hei"]))
            d.pages = render.count_pages(render.rl(d.doc))
            d.pages_estimated = True
            return
        elif d.producer == "scan":
            src = render.rl(d.doc) if d.doc is not None else None
            if d.extra.get("scan_of") == "licence-canvas":
                f = texts.licence_fields(self.org)
                src = render.licence(f, f["heading"])
            seal = None
            if d.kind == "district_letter":
                seal = f"上海市{self.org['district']}人力资源和社会保障局"
            elif d.kind in ("pledge", "integrity_pledge", "form", "licence"):
                seal = self.org["name"][:16]
            d.data = render.scan(src, r, self.stamp, seal_text=seal, max_pages=6)
        else:
            raise ValueError(d.producer)
        d.pages = render.count_pages(d.data)

    # -- layout ----------------------------------------------------------------
    def layout(self):
        r = self.rng
        org = self.org
        scheme = orgs.wchoice(r, [(20, "A"), (20, "B"), (15, "C"), (15, "D"), (15, "E"), (15, "F")])
        self.scheme = scheme
        wrap = None
        if scheme in ("A", "C", "D", "F") and r.random() < 0.25:
            wrap = r.choice([f"{org['name']}申报材料", org["name"], "申报材料", f"{org['name']}-社评组织申报"])
        single_occ = len(self.occs) == 1
        counters = {}
        lvdir = lambda lv: r.choice([texts.LEVEL_NAMES[lv], texts.level_label(lv, self.style)])  # noqa: E731
        occ_dirs = {}
        for i, o in enumerate(self.occs):
            occ_dirs[i] = r.choice([catalogue.display(o), o["work_type"] or o["occupation"],
                                    f"{o['code']} {catalogue.display(o)}"])
        lv_dirs = {}
        for d in self.docs:
            sec = d.section
            counters[sec] = counters.get(sec, 0) + 1
            k = counters[sec]
            name = f"{safe(d.label)}.{d.ext}"
            occdir = safe(occ_dirs.get(d.occ, ""))
            if d.level is not None and (d.occ, d.level) not in lv_dirs:
                lv_dirs[(d.occ, d.level)] = safe(lvdir(d.level))
            if scheme == "A":
                p = {0: f"00-{name}", 1: f"01-{name}", 2: f"02-推荐函/{k:02d} {name}",
                     3: (f"04-审计报告/{name}" if d.kind == "audit_report" else
                         f"{'03' if d.kind == 'credit_report' else '05'}-{name}"),
                     4: f"06-{name}", 5: f"07-实施方案/{occdir}/{name}", 6: f"08-其他材料/{name}"}[sec]
            elif scheme == "B":
                root = org["name"]
                p = {0: f"{root}/{name}", 1: f"{root}/一、{name}", 2: f"{root}/二、推荐函/{name}",
                     3: f"{root}/三、信用佐证材料/{name}", 4: f"{root}/四、{name}",
                     5: f"{root}/五、实施方案/{name}" if single_occ else f"{root}/五、实施方案/{occdir}/{name}",
                     6: f"{root}/六、其他材料/{name}"}[sec]
            elif scheme == "C":
                p = f"{sec}.{name}" if sec in (0, 1) else f"{sec}.{k} {name}"
            elif scheme == "D":
                if sec == 0:
                    p = name
                elif sec == 5 and not single_occ:
                    p = f"附件5 实施方案及样题/{name}"
                else:
                    p = f"附件{sec}-{k} {name}" if sec != 1 else f"附件1 {name}"
            elif scheme == "E":
                part = {0: "", 1: "第一部分 基本材料/", 2: "第一部分 基本材料/", 3: "第一部分 基本材料/",
                        4: "第二部分 工作方案/", 5: f"第三部分 实施方案/{occdir}/", 6: "第四部分 其他材料/"}[sec]
                if sec == 5 and d.level is not None:
                    part += lv_dirs[(d.occ, d.level)] + "/"
                p = f"申报材料/{part}{name}"
            else:  # F
                folder = {0: "", 1: "申请表/", 2: "推荐函/", 3: "信用及登记材料/", 4: "工作方案/",
                          5: f"实施方案及样题/{occdir}/", 6: "附件/"}[sec]
                p = folder + name
            if wrap:
                p = f"{wrap}/{p}"
            d.path = p
        # names that tell little
        for d in self.docs:
            folder, _, base = d.path.rpartition("/")
            new = None
            if d.producer == "scan" and r.random() < 0.5:
                new = r.choice([f"IMG_202501{r.randint(10, 19)}_{r.randint(1, 9999):04d}.pdf",
                                f"scan_{r.randint(1, 120):03d}.pdf",
                                f"扫描全能王 2025-01-{r.randint(10, 19)} {r.randint(8, 20):02d}.{r.randint(0, 59):02d}.pdf"])
            elif d.producer == "jpeg" and d.kind == "site_photo":
                new = r.choice([f"IMG_202501{r.randint(10, 19)}_{r.randint(80000, 235959)}.jpg",
                                f"微信图片_202501{r.randint(10, 19)}{r.randint(100000, 235959)}.jpg",
                                f"{d.label}{r.randint(1, 9)}.jpg", f"DSC{r.randint(1000, 9999):05d}.JPG"])
            elif r.random() < 0.03:
                new = r.choice([f"新建 Microsoft Word 文档 ({r.randint(1, 9)}).{d.ext}", f"附件{r.randint(1, 12)}.{d.ext}",
                                f"未命名{r.randint(1, 5)}.{d.ext}"])
                d.note = "uninformative file name"
            if new:
                d.path = f"{folder}/{new}" if folder else new
        if r.random() < 0.02:  # a licence saved under the credit report's name and vice versa
            a = next((d for d in self.docs if d.key == "licence"), None)
            b = next((d for d in self.docs if d.key == "credit"), None)
            if a and b and a.ext == b.ext:
                a.path, b.path = b.path, a.path
                a.note = b.note = "file names swapped (licence ↔ credit report)"
        seen = set()
        for d in self.docs:
            p = d.path
            n = 2
            while p.lower() in seen:
                stem, dot, ext = d.path.rpartition(".")
                p = f"{stem} ({n}).{ext}"
                n += 1
            d.path = p
            seen.add(p.lower())

    def fill_contents(self):
        for d in self.docs:
            if d.key == "contents":
                titles = [x.label for x in self.docs if x is not d]
                d.doc = texts.contents(self.org, titles)

    # -- zip ------------------------------------------------------------------
    def entry_time(self):
        y, m, day, H, M, S = self.stamp
        r = self.rng
        back = r.randint(0, 6 * 24 * 60)
        total = ((day - 1) * 24 + H) * 60 + M - back
        total = max(total, 0)
        dd, rem = divmod(total, 24 * 60)
        return (y, m, dd + 1, rem // 60, rem % 60, r.randint(0, 29) * 2)

    def assemble(self):
        """The zip bytes and manifest rows; applies nested zips and hostile parts."""
        r = self.rng
        h = self.s["hostile"]
        hostile_info = None
        entries = [(d.path, d.data, self.entry_time()) for d in self.docs]
        if h == "corrupt_pdf":
            pdfs = [d for d in self.docs if d.ext == "pdf"]
            d = r.choice(pdfs)
            cut = int(len(d.data) * r.uniform(0.3, 0.7))
            d.data = d.data[:cut]
            d.note = "truncated PDF (hostile)"
            entries = [(x.path, x.data, t) for x, (_, _, t) in zip(self.docs, entries)]
            hostile_info = dict(kind=h, path=d.path, detail=f"truncated to {cut} bytes")
        nested_rows = []
        self.extra_entries = []
        containers = {}
        dirs = r.random() < 0.6
        order = "sorted" if r.random() < 0.5 else "given"
        level = r.choice([6, 6, 6, 9, 1])
        if r.random() < 0.15:
            # occupation materials as a nested zip
            sec5 = [d for d in self.docs if d.section == 5]
            if sec5:
                folder = _common_folder([d.path for d in sec5])
                if folder:
                    cpath = folder + ".zip"
                    parent = folder.rpartition("/")[0]
                    keep = r.random() < 0.5
                    base = (parent + "/") if (keep and parent) else (folder + "/")
                    if keep and not parent:
                        base = ""
                else:
                    cpath = r.choice(["实施方案.zip", "5.实施方案及样题.zip", "项目实施方案及样题.zip"])
                    base = ""
                containers[cpath] = (sec5, base)
        if r.random() < 0.05:
            sec3 = [d for d in self.docs if d.section == 3]
            folder = _common_folder([d.path for d in sec3])
            if sec3 and folder and not any(folder.startswith(c[:-4]) for c in containers):
                containers[folder + ".zip"] = (sec3, folder.rpartition("/")[0] + "/" if "/" in folder else "")
        if containers:
            inside = set()
            for cpath, (items, base) in containers.items():
                inner = []
                for d in items:
                    ipath = d.path[len(base):] if d.path.startswith(base) else d.path.rpartition("/")[2]
                    inner.append((ipath, d.data, self.entry_time()))
                    d.container = cpath
                    d.path = ipath
                    inside.add(id(d))
                data = zips.write_zip(inner, self.stamp, dirs=r.random() < 0.5, order="sorted", level=6)
                nested_rows.append(dict(path=cpath, bytes=len(data), entries=len(inner)))
                containers[cpath] = data
            entries = [(d.path, d.data, self.entry_time()) for d in self.docs if id(d) not in inside]
            entries += [(c, data, self.entry_time()) for c, data in containers.items()]
        if h == "path_traversal":
            entries.append(("../../x.txt", "本文件用于测试解压路径安全。\r\n".encode("gbk"), self.stamp))
            self.extra_entries.append(dict(path="../../x.txt", kind="path_traversal"))
            hostile_info = dict(kind=h, path="../../x.txt", detail="parent-directory traversal")
        if h == "zip_bomb_entry":
            size = r.choice([96, 128, 160]) << 20
            folder = _common_folder([d.path for d in self.docs if d.section == 6 and not d.container]) or ""
            p = (folder + "/" if folder else "") + r.choice(["补充材料.pdf", "其他说明.txt", "扫描件合集.pdf"])
            entries.append((p, zips.Zeros(size, b"%PDF-1.4\n" if p.endswith(".pdf") else b""), self.entry_time()))
            self.extra_entries.append(dict(path=p, kind="zip_bomb_entry", size=size))
            hostile_info = dict(kind=h, path=p, detail=f"{size >> 20} MiB of zeros, deflated (~1000:1)")
        if r.random() < 0.03 and self.docs:
            folder = self.docs[0].path.rpartition("/")[0] if not self.docs[0].container else ""
            entries.append(((folder + "/" if folder else "") + "Thumbs.db",
                            r.randbytes(r.randint(2000, 20000)), self.entry_time()))
            self.extra_entries.append(dict(path=entries[-1][0], kind="junk"))
        data = zips.write_zip(entries, self.stamp, dirs=dirs, order=order, level=level)
        if r.random() < 0.02 and h is None:
            # the whole package zipped once more inside the upload
            inner_name = f"{self.org['name']}.zip"
            for d in self.docs:
                d.container = inner_name + ("/" + d.container if d.container else "")
            for n_ in nested_rows:
                n_["path"] = inner_name + "/" + n_["path"]
            nested_rows.append(dict(path=inner_name, bytes=len(data), entries=len(entries)))
            outer = [(inner_name, data, self.stamp)]
            if r.random() < 0.5:
                outer.append(("说明.txt", f"{self.org['name']}申报材料，请查收。\r\n".encode("gbk"), self.stamp))
                self.extra_entries.append(dict(path="说明.txt", kind="readme"))
            data = zips.write_zip(outer, self.stamp, dirs=False, order="sorted", level=6)
        if h == "not_a_zip":
            kind = r.choice(["rar", "7z", "pdf", "html"])
            if kind == "rar":
                data = b"Rar!\x1a\x07\x01\x00" + r.randbytes(r.randint(200000, 900000))
            elif kind == "7z":
                data = b"7z\xbc\xaf\x27\x1c\x00\x04" + r.randbytes(r.randint(200000, 900000))
            elif kind == "pdf":
                form = next(d for d in self.docs if d.ext == "pdf")
                data = form.data
            else:
                data = ("<html><head><meta charset=\"utf-8\"><title>下载失败</title></head><body>"
                        "<h1>404 Not Found</h1><p>文件不存在或已过期。</p></body></html>").encode("utf-8")
            hostile_info = dict(kind=h, path="", detail=f"{kind} bytes named .zip")
            self.docs = []
            nested_rows = []
            self.extra_entries = []
        self.layout_info = dict(scheme=self.scheme, folder_entries=dirs, order=order, compresslevel=level)
        return data, hostile_info, nested_rows

    def build(self):
        self.plan_docs()
        self.apply_pool()
        self.apply_docx()
        self.apply_scans()
        self.layout()
        self.fill_contents()
        for d in self.docs:
            self.render(d)
        return self.assemble()


def safe(s):
    """A file or folder name component (no / and no characters Windows forbids)."""
    for c, to in (("/", "、"), ("\\", "、"), (":", "："), ("*", "＊"), ("?", "？"), ('"', "”"), ("<", "《"),
                  (">", "》"), ("|", "｜")):
        s = s.replace(c, to)
    return s.strip()


def _common_folder(paths):
    folders = [p.rpartition("/")[0] for p in paths]
    if not folders or any(not f for f in folders):
        return None
    parts = [f.split("/") for f in folders]
    common = []
    for xs in zip(*parts):
        if all(x == xs[0] for x in xs):
            common.append(xs[0])
        else:
            break
    return "/".join(common) or None


def _similar_name(name, rng):
    """A different organisation whose name looks alike (one brand character changed)."""
    i = name.index("某") + 1 if "某" in name else 2
    chars = [c for c in orgs.BRAND_CHARS if c != name[i]]
    return name[:i] + rng.choice(chars) + name[i + 1:]


PRODUCER_LABEL = {
    "rl-cid": "reportlab (STSong-Light CID, not embedded)",
    "rl-ttf": "reportlab (embedded TrueType subset: {font})",
    "licence-canvas": "reportlab canvas (licence layout, scripts/samples)",
    "floorplan-canvas": "reportlab canvas (floor plan)",
    "photos-canvas": "reportlab canvas (JPEG photos)",
    "jpeg": "Pillow JPEG",
    "docx": "python-docx (.docx)",
    "scan": "scan (pdftoppm 150 dpi grey → Pillow noise → img2pdf JPEG)",
    "libreoffice": "LibreOffice (pool)",
    "chromium": "Chromium print-to-pdf (pool)",
}


def build_package(spec, pool_index, pool_bytes, out_dir):
    b = Builder(spec, pool_index, pool_bytes)
    data, hostile_info, nested = b.build()
    with open(os.path.join(out_dir, spec["file"]), "wb") as f:
        f.write(data)
    docs = []
    for d in b.docs:
        row = dict(path=d.path, container=d.container, kind=d.kind, producer=d.producer,
                   pages=d.pages, bytes=len(d.data))
        if d.producer == "rl-ttf":
            row["font"] = b.ttf
        if d.producer == "scan":
            row["scan_of"] = d.extra.get("scan_of")
        if d.pages_estimated:
            row["pages_estimated"] = True
        if d.occ is not None:
            row["occupation"] = catalogue.display(b.occs[d.occ])
        if d.level is not None:
            row["level"] = d.level
        if "sets" in d.extra:
            row["sets"] = d.extra["sets"]
        if "set" in d.extra:
            row["set"] = d.extra["set"]
        if d.pool:
            row["pool"] = dict(id=d.pool["id"], applicant=d.pool["applicant"], code=d.pool["code"])
        if d.note:
            row["note"] = d.note
        docs.append(row)
    org = spec["org"]
    return dict(
        file=spec["file"], bytes=len(data), applicant=org["name"], credit_code=org["code"],
        code_valid=orgs.uscc.is_valid(org["code"]), registration=org["reg"], nature=org["nature"],
        district=org["district"],
        occupations=[dict(code=o["code"], occupation=o["occupation"], work_type=o["work_type"],
                          catalogue_row=o.get("row"), levels=o["levels"]) for o in spec["occs"]],
        defect=dict(kind=spec["defect"], detail=spec["defect_detail"]) if spec["defect"] else None,
        duplicate_of=spec.get("duplicate_of"),
        hostile=hostile_info, scan=any(d.producer == "scan" for d in b.docs),
        layout=b.layout_info, nested_zips=nested, extra_entries=b.extra_entries, documents=docs,
        document_count=len(docs), page_count=sum(d["pages"] or 0 for d in docs),
    )
