"""Package object: an applicant, what it declares, and its documents with producers and paths."""
import random

import codes
import content as C
from catalog import CN, OCC, full_name
from people import FIRMS, person, phone

LO_FONTS = ["Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
            "AR PL UMing CN", "AR PL UKai CN"]
# Chromium embeds WenQuanYi Zen Hei compactly; AR PL and Noto CJK come out 5-8 times larger (Type 3)
HTML_FONTS = ["WenQuanYi Zen Hei"]
RL_FONTS = ["wqy", "micro", "uming", "ukai"]

FOLDER_SETS = [
    ["01申请表", "02推荐函", "03信用佐证", "04工作方案", "05实施方案", "06其他材料"],
    ["1.申请表", "2.推荐函", "3.信用及财务", "4.认定工作方案", "5.项目实施方案", "6.其他"],
    ["一、申请表", "二、推荐函", "三、信用佐证及登记证书", "四、工作方案", "五、实施方案", "六、其他材料"],
    ["材料1", "材料2", "材料3", "材料4", "材料5", "材料6"],
]

SCOPE = {
    "company": "职业技能培训（不含需取得许可的职业技能培训）；{f}技术服务、技术咨询；人力资源服务（不含职业中介活动、劳务派遣服务）；会议及展览服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    "minfei": "{f}等职业技能培训；职业技能等级认定相关服务。",
    "shetuan": "行业自律、行业培训、技能评价、信息交流、咨询服务。",
    "shiye": "为辖区{f}工作提供业务指导、人员培训和技术支持。",
}


class D:
    """One document of a package."""

    def __init__(self, slot, kind, fn, st, producer, post=(), folder=6, names=None, path=None, nested=None,
                 parts=None):
        self.slot = slot
        self.kind = kind
        self.fn = fn
        self.st = dict(st)
        self.producer = producer
        self.post = list(post)
        self.folder = folder
        self.names = names  # (meaningful, attach-style)
        self.path = path
        self.nested = nested
        self.parts = parts
        self.id = None
        self.label = None
        self.final = None

    @property
    def ext(self):
        if "docx" in self.post:
            return ".docx"
        if "txt" in self.post:
            return ".txt"
        if "photo" in self.post or self.fn == "site_photo":
            return ".jpg"
        return ".pdf"

    @property
    def text(self):
        if "docx" in self.post or "txt" in self.post:
            return "editable"
        if "encrypt" in self.post:
            return "encrypted"
        if "truncate" in self.post:
            return "corrupt"
        if "photo" in self.post or self.fn == "site_photo":
            return "none"
        if "scan" in self.post:
            return "ocr_layer" if any(x.startswith("ocr:") for x in self.post) else "none"
        return "text"


class Pkg:
    def __init__(self, slug, verdict, causes, defects, why):
        self.slug = slug
        self.rng = random.Random("tuning-" + slug)
        self.verdict = verdict
        self.causes = causes
        self.defects = defects
        self.why = why
        self.docs = []
        self.folders = None
        self.naming = "meaningful"
        self.encoding = "gbk"
        self.top = None
        self.bland_style = None
        self.macosx = False
        self.dirs = True
        self.number = None

    # ------------------------------------------------------------ organisation
    def org(self, name, regtype="company", div="310115", site=None, style=None, code=None, apps=(),
            type_line=None, supervisor=None, decoupled=None, cat=None, founded=None):
        r = self.rng
        cat = cat or {"company": "91", "branch": "91", "sole": "91", "partner": "91", "minfei": "52",
                      "shetuan": "51", "shiye": "12", "geti": "92"}[regtype]
        style = style or ("MJ" if regtype in ("minfei", "shetuan") else ("old" if regtype == "shiye" else "MA"))
        code = code or codes.make(r, cat, div, style)
        hist = {"310108": "静安区", "310103": "黄浦区", "310119": "浦东新区", "310230": "崇明区"}
        district = C.DISTRICTS.get(div) or hist.get(div) or C.DISTRICTS["310115"]
        site = site or district
        road = r.choice(C.ROADS[district])
        sroad = r.choice(C.ROADS[site])
        founded = founded or (r.randint(2008, 2019), r.randint(1, 12), r.randint(2, 28))
        f = C.FIELD[apps[0][0]] if apps else "职业培训"
        if regtype in ("company", "branch", "sole", "partner", "geti"):
            auth = f"上海市{district}市场监督管理局" if regtype != "geti" else f"上海市{district}市场监督管理局"
        elif regtype in ("minfei", "shetuan"):
            auth = r.choice([f"上海市{district}民政局", "上海市民政局"]) if regtype == "minfei" else "上海市民政局"
        else:
            auth = "上海市事业单位登记管理局"
        self.o = dict(
            name=name, code=code, regtype=regtype, div=div, district=district,
            address=f"上海市{district}{road}{r.randint(8, 1999)}号{r.choice(['', str(r.randint(2, 12)) + '幢', ''])}{r.randint(1, 9)}{r.choice(['01', '02', '05', '08'])}室",
            site_district=site,
            site_address=f"{site}{sroad}{r.randint(10, 1800)}号{r.randint(2, 6)}楼",
            rep=person(r), phone=phone(r), founded=founded,
            capital=r.choice(["500万元人民币", "1000万元人民币", "300万元人民币", "200万元"]) if cat == "91"
            else r.choice(["50万元", "100万元", "30万元"]),
            scope=SCOPE.get("company" if cat in ("91", "92") else regtype, SCOPE["company"]).format(f=f),
            type_line=type_line or "有限责任公司（自然人投资或控股）",
            reg_authority=auth,
            staff=r.randint(8, 30), assessors=r.randint(18, 60), area=r.randint(4, 30) * 50,
            cameras=r.randint(12, 48), rooms=(r.randint(1, 3), r.randint(2, 5)),
            supervisor=supervisor or "", decoupled=decoupled,
        )
        self.o["form_name"] = name
        self.o["form_code"] = code
        self.apps = [(k, list(v)) for k, v in apps]
        return self.o

    # ------------------------------------------------------------ producers
    def pick_applicant_producer(self, house=None):
        r = self.rng
        house = house or self.house
        if house == "word":
            return f"docx:{r.choice(['form', 'plain'])}:{r.choice(['WenQuanYi Micro Hei', 'WenQuanYi Micro Hei', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei', 'AR PL UMing CN', 'Noto Serif CJK SC', 'WenQuanYi Micro Hei'])}"
        if house == "wps":
            return f"fodt:{r.choice(['WenQuanYi Micro Hei', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'AR PL UMing CN', 'AR PL UKai CN'])}"
        if house == "lo":
            return f"odt:{r.choice(['WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei'])}"
        if house == "web":
            return f"html:corp:{r.choice(HTML_FONTS)}"
        return f"rl:{r.choice(['wqy', 'micro', 'micro'])}"

    def pick_letter_producer(self):
        r = self.rng
        c = r.choice(["html", "docx", "textbox", "fodt", "rl"])
        if c == "html":
            return f"html:gov:{r.choice(HTML_FONTS)}"
        if c == "docx":
            return f"docx:gw:{r.choice(['AR PL UKai CN', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'Noto Serif CJK SC'])}"
        if c == "textbox":
            return f"docx:textbox:{r.choice(['Noto Serif CJK SC', 'WenQuanYi Micro Hei', 'WenQuanYi Micro Hei'])}"
        if c == "fodt":
            return f"fodt:{r.choice(['AR PL UKai CN', 'WenQuanYi Micro Hei'])}"
        return f"rl:{r.choice(['micro', 'wqy'])}"

    def pick_letter_post(self):
        r = self.rng
        return r.choice([[], [], [], ["gs"], ["scan", "ocr:rl"], ["scan", "ocr:tess"], ["scan", "ocr:ocrmypdf"], [], [], ["gs"],
                         [], []])

    # ------------------------------------------------------------ standard document set
    def standard(self, **kw):
        r = self.rng
        o, apps = self.o, self.apps
        self.house = kw.get("house") or r.choice(["word", "word", "wps", "lo", "web", "rl"])
        self.folders = kw.get("folders", r.choice([None, "numbered", "numbered", "top", "top_numbered"]))
        self.folder_set = kw.get("folder_set", r.choice(FOLDER_SETS))
        self.naming = kw.get("naming", r.choice(["meaningful", "meaningful", "attach", "mixed", "bland"]))
        self.encoding = kw.get("encoding", r.choice(["gbk", "gbk", "gbk", "gbk+7075", "utf8"]))
        self.bland_style = kw.get("bland_style", r.choice(["scan", "img", "attach_n", "wordnew", "doc"]))
        self.dirs = kw.get("dirs", r.random() < 0.7)
        day = r.randint(20, 24)
        # 1 application form
        fst = dict(levels=kw.get("levels", r.choice(["list", "ticks", "paren", "range:zhi", "split", "multicell", "natl"])),
                   tick=kw.get("tick", r.choice(["☑", "■", "√", "☑"])), date=(2025, 1, day),
                   attach_label=r.random() < 0.6)
        if fst["levels"].startswith("range") and any(
                sorted(l, reverse=True) != list(range(max(l), min(l) - 1, -1)) for _, l in apps):
            fst["levels"] = "list"
        fst.update(kw.get("form_st", {}))
        self.add(D("form", "application_form", "form", fst, kw.get("form_prod") or self.pick_applicant_producer(),
                   kw.get("form_post", []), 1, ("社会培训评价组织征集遴选申请表", "附件1 申请表")))
        # 2 letters
        k0 = apps[0][0]
        issuer, prefix = C.INDUSTRY[k0]
        ist = dict(issuer=issuer, docno=f"{prefix}〔2025〕{r.randint(3, 40)}号",
                   title=r.choice(["han", "han", "tjh", "yj", "han1", "tongyi"]),
                   date=(2025, 1, r.randint(8, 17)), cn_date=r.random() < 0.6,
                   we={"委员会": "我委", "局": "我局", "办公厅": "我厅", "协会": "本会"}.get(
                       next((s for s in ("委员会", "办公厅", "协会", "局") if issuer.endswith(s)), "局"), "我单位"),
                   issuer_kind="assoc" if issuer.endswith("协会") else "gov",
                   contact_name=person(r), contact_phone=str(r.randint(23110000, 63999999)))
        ist.update(kw.get("ind_st", {}))
        self.add(D("ind", "industry_letter", "ind", ist, kw.get("ind_prod") or self.pick_letter_producer(),
                   kw.get("ind_post", self.pick_letter_post()), 2, ("行业主管部门推荐函", "附件2-1 行业主管部门推荐函")))
        site = o["site_district"]
        dst = dict(issuer=f"上海市{site}人力资源和社会保障局" if r.random() < 0.75 else f"{site}人力资源和社会保障局",
                   docno=f"{C.ABBR[site]}人社{r.choice(['函', ''])}〔2025〕{r.randint(2, 30)}号",
                   title=r.choice(["tjh", "han", "han1", "tjs", "tjyj"]), date=(2025, 1, r.randint(9, 18)),
                   cn_date=r.random() < 0.4, body=r.randint(0, 1), place=r.choice(["我区", "本区"]),
                   to=r.choice(["上海市职业技能鉴定中心：", "上海市人力资源和社会保障局：", "市职业技能鉴定中心："]))
        dst.update(kw.get("dist_st", {}))
        dst.setdefault("must_issuer", dst["issuer"])
        self.add(D("dist", "district_letter", "dist", dst, kw.get("dist_prod") or self.pick_letter_producer(),
                   kw.get("dist_post", self.pick_letter_post()), 2,
                   (f"{site}人社局推荐函", "附件2-2 考核点所在区人社部门推荐函")))
        # 3 credit, audits, registration
        cst = dict(style=kw.get("credit_style", r.choice(["sh", "sh", "xyzg", "pboc"])),
                   date=(2025, 1, r.randint(10, 19)), serial=f"{r.randint(10000, 99999)}")
        cst.update(kw.get("credit_st", {}))
        cprod = kw.get("credit_prod") or r.choice([f"html:report:{r.choice(HTML_FONTS)}", f"rl:{r.choice(['wqy', 'micro'])}",
                                                   f"html:report:{r.choice(HTML_FONTS)}", "rlcid", "docx:plain:WenQuanYi Micro Hei"])
        self.add(D("credit", "credit_report", "credit", cst, cprod, kw.get("credit_post", []), 3,
                   ("信用报告", "附件3-1 信用报告")))
        firm, nofmt = r.choice(FIRMS)
        cpas = (person(r), person(r))
        aprod = kw.get("audit_prod") or self.pick_applicant_producer(r.choice(["word", "wps", "rl", "web"]))
        apost = kw.get("audit_post", r.choice([[], [], ["gs"]]))
        for year in (2023, 2022):
            ast = dict(year=year, firm=firm, no=nofmt.format(y=year + 1, n=r.randint(100, 2999)), cpa=cpas,
                       date=(r.randint(3, 4), r.randint(2, 28)), year_headers=r.random() < 0.5,
                       scale=r.uniform(0.4, 2.5))
            ast.update(kw.get(f"audit{year}_st", {}))
            self.add(D(f"audit{year % 100}", "audit_report", "audit", ast, aprod, apost, 3,
                       (f"{year}年度审计报告", f"附件3-{2 if year == 2023 else 3} {year}年审计报告")))
        # both years' reports in one PDF (drawn from a separate stream so other choices stay put)
        r2 = random.Random("layout2-" + self.slug)
        if kw.get("audit_mode", "combined" if r2.random() < 0.4 else "separate") == "combined":
            a23, a22 = self.remove("audit23"), self.remove("audit22")
            self.add(D("audits", "audit_report", "audit2", {"reports": [a23.st, a22.st]}, aprod, apost, 3,
                       ("近两年财务审计报告", "附件3-2 2023、2022年度审计报告")))
        regname = {"company": "营业执照", "branch": "营业执照", "sole": "营业执照", "partner": "营业执照",
                   "geti": "营业执照", "minfei": "民办非企业单位登记证书", "shetuan": "社会团体法人登记证书",
                   "shiye": "事业单位法人证书"}[o["regtype"]]
        rprod = kw.get("reg_prod") or r.choice([f"cert:{r.choice(RL_FONTS)}", f"htmlcert:{r.choice(HTML_FONTS)}",
                                                f"cert:{r.choice(RL_FONTS)}"])
        rpost = kw.get("reg_post", r.choice([[], [], [], [], [], [], ["scan", "ocr:rl"], ["scan", "ocr:tess"]]))
        rst = dict(issue=(r.randint(2019, 2024), r.randint(1, 12), r.randint(2, 27)))
        rst.update(kw.get("reg_st", {}))
        self.add(D("reg", "registration_certificate", "reg", rst, rprod, rpost, 3,
                   (f"{regname}{r.choice(['', '副本', '复印件'])}", f"附件3-4 {regname}")))
        # 4 work plan (+ pledge + integrity)
        wpmode = kw.get("wp_mode", r.choice(["inside", "separate", "inside", "inside", "separate"]))
        if "wp_mode" not in kw and wpmode == "separate" and r2.random() < 0.5:
            wpmode = "pair"
        wst = dict(date=(2025, 1, day), pledge_title=r.choice(["承诺书", "诚信承诺书", "申报承诺书"]),
                   integrity_title=r.choice(["职业技能等级认定工作廉洁责任书", "廉洁责任书", "社会培训评价组织廉洁责任书"]))
        wst.update(kw.get("wp_st", {}))
        wprod = kw.get("wp_prod") or self.pick_applicant_producer()
        if wpmode == "inside":
            self.add(D("wp", "work_plan+pledge+integrity_letter", "wp", dict(wst, with_pledge=True, with_integrity=True),
                       wprod, kw.get("wp_post", []), 4, ("职业技能等级认定工作方案（含承诺书、廉洁责任书）", "附件4 工作方案")))
        elif wpmode == "pair":
            self.add(D("wp", "work_plan", "wp", wst, wprod, kw.get("wp_post", []), 4,
                       ("职业技能等级认定工作方案", "附件4 工作方案")))
            self.add(D("pair", "pledge+integrity_letter", "pair", wst,
                       kw.get("pledge_prod") or self.pick_applicant_producer(),
                       r2.choice([[], [], ["scan", "ocr:rl"]]), 4, ("承诺书及廉洁责任书", "附件4-1 承诺书、廉洁责任书")))
        else:
            self.add(D("wp", "work_plan", "wp", wst, wprod, kw.get("wp_post", []), 4,
                       ("职业技能等级认定工作方案", "附件4 工作方案")))
            self.add(D("pledge", "pledge", "pledge", wst, kw.get("pledge_prod") or self.pick_applicant_producer(),
                       kw.get("pledge_post", r.choice([[], ["scan", "ocr:rl"], [], [], []])), 4,
                       (wst["pledge_title"], "附件4-1 承诺书")))
            self.add(D("integ", "integrity_letter", "integ", wst, kw.get("integ_prod") or self.pick_applicant_producer(),
                       kw.get("integ_post", r.choice([[], [], [], ["gs"]])), 4,
                       ("廉洁责任书", "附件4-2 廉洁责任书")))
        # 5 implementation plan, evaluation plans, sample papers
        ist5 = dict(lvl_style=r.choice(["paren", "plain", "slash"]), eval_title=r.randint(0, 2),
                    sample_style=kw.get("sample_style", r.choice(["paren", "plain", "ab", "set", "juan", "moni"])),
                    sample_lvl=r.choice(["plain", "paren", "slash"]), answers=r.random() < 0.6)
        ist5.update(kw.get("impl_st", {}))
        self.impl_st = ist5
        self.impl_mode = kw.get("impl_mode", r.choice(["one", "one", "one", "per_level", "per_level", "evals_samples",
                                                       "impl_eval+sets"]))
        self.impl_prod = kw.get("impl_prod") or self.pick_applicant_producer()
        self.nested = kw.get("nested")
        self.build_impl()
        # 6 others
        for x in kw.get("others", []):
            self.add_other(x)
        return self

    def impl_doc(self, slot, kind, parts, names, producer=None, post=(), nested=None, st=None):
        d = D(slot, kind, "implset", st or self.impl_st, producer or self.impl_prod, post, 5, names,
              nested=nested if nested is not None else self.nested, parts=parts)
        self.add(d)
        return d

    def build_impl(self):
        apps = self.apps
        mode = self.impl_mode
        lv = [(k, l) for k, ls in apps for l in sorted(ls, reverse=True)]
        occ0 = full_name(apps[0][0])
        if mode == "one":
            parts = [("impl",)] + [("eval", k, l) for k, l in lv] + \
                    [("sample", k, l, s) for k, l in lv for s in (1, 2)]
            self.impl_doc("impl", "implementation_plan+evaluation_plan+sample_paper", parts,
                          ("职业技能等级认定项目实施方案（含评价方案及样题）", "附件5 实施方案"))
            return
        if mode == "impl_eval+sets":
            self.impl_doc("impl", "implementation_plan+evaluation_plan", [("impl",)] + [("eval", k, l) for k, l in lv],
                          ("项目实施方案及各等级评价方案", "附件5 实施方案"))
        else:
            self.impl_doc("impl", "implementation_plan", [("impl",)], ("职业技能等级认定项目实施方案", "附件5 实施方案"))
        if mode == "evals_samples":
            self.impl_doc("evals", "evaluation_plan", [("eval", k, l) for k, l in lv],
                          ("各等级评价方案", "附件5-1 评价方案"))
        for k, l in lv:
            on = full_name(k)
            if mode == "per_level":
                self.impl_doc(f"lv{k}{l}", "evaluation_plan+sample_paper",
                              [("eval", k, l), ("sample", k, l, 1), ("sample", k, l, 2)],
                              (f"{on}{CN[l]}级评价方案及样题", f"附件5-{6 - l} {CN[l]}级评价方案及样题"))
            elif mode == "evals_samples":
                self.impl_doc(f"s{k}{l}", "sample_paper", [("sample", k, l, 1), ("sample", k, l, 2)],
                              (f"{on}{CN[l]}级样题（两套）", f"附件5-{7 - l} {CN[l]}级样题"))
            else:
                for s in (1, 2):
                    self.impl_doc(f"s{k}{l}_{s}", "sample_paper", [("sample", k, l, s)],
                                  (f"{on}{CN[l]}级样题{'一二'[s - 1]}", f"附件5-{CN[l]}级样题{'（一）' if s == 1 else '（二）'}"))

    def add_other(self, x):
        r = self.rng
        if x == "photo":
            n = sum(1 for d in self.docs if d.fn == "site_photo") + 1
            self.add(D(f"photo{n}", "other", "site_photo", {"label": r.choice(["考场", "理论考场", "技能考场"])},
                       "pillow", [], 6, (f"考核场地照片{n}", f"考场照片{n}")))
        elif x == "floor_scan":
            self.add(D("floor", "other", "floor", {}, self.pick_applicant_producer(), ["scan"], 6,
                       ("考核点平面布置图", "场地平面图")))
        elif x == "staff":
            self.add(D("staff", "other", "staff", {}, self.pick_applicant_producer(), [], 6,
                       ("专职工作人员名单", "人员名单")))
        elif x == "equip":
            self.add(D("equip", "other", "equip", {}, self.pick_applicant_producer(), [], 6,
                       ("考核点设施设备清单", "设备清单")))
        elif x == "profile":
            self.add(D("profile", "other", "profile", {}, self.pick_applicant_producer(), [], 6,
                       ("单位简介", "机构简介")))
        else:
            raise ValueError(x)

    # ------------------------------------------------------------ helpers for specs
    def add(self, d):
        self.docs.append(d)
        return d

    def get(self, slot):
        for d in self.docs:
            if d.slot == slot:
                return d
        raise KeyError(slot)

    def remove(self, slot):
        d = self.get(slot)
        self.docs.remove(d)
        return d

    # ------------------------------------------------------------ paths
    def bland(self, ext, n):
        s = self.bland_style
        if ext == ".jpg":
            return f"微信图片_202501{15 + n % 5:02d}{143000 + 37 * n}.jpg" if s in ("wordnew", "doc") else \
                f"IMG_20250116_{1400 + n:04d}.jpg"
        if s == "scan":
            return f"scan_{n:03d}{ext}"
        if s == "img":
            return f"IMG_20250116_{n:04d}{ext}"
        if s == "attach_n":
            return f"附件{n}{ext}"
        if s == "wordnew":
            return f"新建 Microsoft Word 文档 ({n}){ext}" if n > 1 else f"新建 Microsoft Word 文档{ext}"
        return f"文档{n}{ext}"

    def assign_paths(self):
        r = random.Random("paths-" + self.slug)
        top = {"top": True, "top_numbered": True}.get(self.folders, False)
        numbered = self.folders in ("numbered", "top_numbered")
        top_name = self.top or r.choice([f"{self.o['name']}申报材料", f"{self.o['name']}", "社评组织申报材料",
                                         f"{self.o['name']}-社会培训评价组织申报"])
        n = 0
        used = set()
        for d in self.docs:
            if d.path:
                continue
            n += 1
            naming = self.naming
            if naming == "mixed":
                naming = r.choice(["meaningful", "bland", "attach"])
            if naming == "bland" or d.names is None:
                fname = self.bland(d.ext, n)
            else:
                fname = (d.names[0] if naming == "meaningful" else d.names[1]) + d.ext
                if naming == "meaningful" and r.random() < 0.35:
                    fname = f"{d.folder}-{n} " + fname if r.random() < 0.5 else f"{n}.{fname}"
            while fname in used:
                fname = fname.replace(d.ext, f"_{n}{d.ext}")
            used.add(fname)
            if d.nested:
                d.path = f"{d.nested['inner_dir']}/{fname}" if d.nested.get("inner_dir") else fname
                continue
            parts = []
            if top:
                parts.append(top_name)
            if numbered:
                parts.append(self.folder_set[d.folder - 1])
            parts.append(fname)
            d.path = "/".join(parts)
        # nested containers
        self.containers = {}
        for d in self.docs:
            if d.nested:
                key = d.nested["name"]
                if key not in self.containers:
                    parts = []
                    if top:
                        parts.append(top_name)
                    if numbered:
                        parts.append(self.folder_set[4])
                    parts.append(key)
                    self.containers[key] = "/".join(parts)

    def key_path(self, d):
        if d.nested:
            return self.containers[d.nested["name"]] + "/" + d.path
        return d.path

    def zip_name(self):
        return f"T{self.number:02d}-{self.o['name']}.zip"
