"""Package context, lazy outputs, rendering queue, zip writing, key entries."""
import hashlib
import os
import random
import shutil
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor

from . import cert, post, render, seal as sealmod
from .occ import find

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
SEALS = os.path.join(BUILD, "_seals")

DISTRICTS = {
    "黄浦区": ("310101", "黄人社", ["西藏中路", "南京东路", "制造局路", "徐家汇路"]),
    "徐汇区": ("310104", "徐人社", ["漕溪北路", "宜山路", "田林路", "钦州路"]),
    "长宁区": ("310105", "长人社", ["天山路", "延安西路", "金钟路", "淞虹路"]),
    "静安区": ("310106", "静人社", ["共和新路", "江场路", "天目中路", "万荣路"]),
    "普陀区": ("310107", "普人社", ["真北路", "曹杨路", "武宁路", "云岭东路"]),
    "虹口区": ("310109", "虹人社", ["四平路", "东江湾路", "广纪路", "曲阳路"]),
    "杨浦区": ("310110", "杨人社", ["国定路", "军工路", "长阳路", "政立路"]),
    "闵行区": ("310112", "闵人社", ["莘建路", "虹梅南路", "剑川路", "元江路"]),
    "宝山区": ("310113", "宝人社", ["友谊路", "蕰川路", "长江西路", "沪太路"]),
    "嘉定区": ("310114", "嘉人社", ["裕民南路", "墨玉路", "叶城路", "胜辛路"]),
    "浦东新区": ("310115", "浦人社", ["张江路", "川沙路", "东方路", "祖冲之路", "康桥东路"]),
    "金山区": ("310116", "金人社", ["卫清西路", "龙胜路", "亭卫公路"]),
    "松江区": ("310117", "松人社", ["九新公路", "新飞路", "荣乐东路"]),
    "青浦区": ("310118", "青人社", ["华志路", "沙家埭路", "外青松公路"]),
    "奉贤区": ("310120", "奉人社", ["环城西路", "金海公路", "望园路"]),
    "崇明区": ("310151", "崇人社", ["八一路", "翠竹路"]),
}

SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIV = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国宁晨瑶雯倩婷浩宇俊凯皓昊佳欣怡嘉晓"


def person(rng):
    return rng.choice(SUR) + rng.choice(GIV) + (rng.choice(GIV) if rng.random() < 0.7 else "")


def seal_png(text, bottom="", seed=0, oval=False):
    os.makedirs(SEALS, exist_ok=True)
    h = hashlib.md5(f"{text}|{bottom}|{seed}|{oval}".encode()).hexdigest()[:12]
    p = os.path.join(SEALS, h + ".png")
    if not os.path.exists(p):
        sealmod.seal_png(p, text, bottom=bottom, seed=seed, oval=oval)
    return p


class Ctx:
    def __init__(self, q, spec):
        rng = random.Random(f"final10-ctx-{q}")
        self.q = q
        self.rng = rng
        for k, v in spec.items():
            setattr(self, k, v)
        self.apps = [(find(*a[0]) if isinstance(a[0], tuple) else find(a[0]), a[1]) for a in spec["apps"]]
        self.form_name = spec.get("form_name", self.name)
        dname = spec["district"]
        self.div = DISTRICTS.get(dname, ("", "", ["人民路"]))[0]
        st = rng.choice(DISTRICTS.get(dname, ("", "", ["人民路"]))[2])
        self.addr = spec.get("addr", f"上海市{dname}{st}{rng.randint(8, 1999)}号" + rng.choice(["", f"{rng.randint(2, 12)}楼", f"{rng.randint(1, 9)}幢{rng.randint(101, 608)}室"]))
        sd = spec.get("site_district", dname)
        self.site_district = sd
        st2 = rng.choice(DISTRICTS.get(sd, ("", "", ["人民路"]))[2])
        self.site_addr = spec.get("site_addr", f"上海市{sd}{st2}{rng.randint(10, 1500)}号{rng.randint(1, 6)}楼")
        self.dist = {"name": spec.get("dist_name", f"上海市{sd}人力资源和社会保障局"),
                     "prefix": DISTRICTS.get(sd, ("", "沪人社", []))[1]}
        self.rep = spec.get("rep") or person(rng)
        self.rep_sign = spec.get("rep_sign", self.rep)
        self.rep_id = f"310{rng.randint(100, 230)}19{rng.randint(60, 89)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(100, 999)}{rng.choice('0123456789X')}"
        self.contact = spec.get("contact") or person(rng)
        self.phone = f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"
        self.email = f"{spec.get('mail', 'pj')}{rng.randint(10, 99)}@{spec.get('domain', '163.com')}"
        self.zip = f"20{rng.randint(0, 2)}{rng.randint(100, 999)}"
        self.area = spec.get("area", rng.randint(3, 18) * 100 + rng.choice([0, 20, 50, 80]))
        self.rooms = rng.randint(1, 3)
        self.seats = self.rooms * rng.choice([30, 40, 50])
        self.stations = rng.choice([12, 16, 20, 24, 30])
        self.staff = rng.randint(6, 20)
        self.assessors = rng.randint(12, 40)
        self.supervisors = rng.randint(2, 6)
        self.employees = self.staff + rng.randint(20, 300)
        self.teachers = rng.randint(10, 45)
        self.trained = rng.randint(8, 60) * 100
        self.sbbh = f"SB{2025}{rng.randint(100000, 999999)}"
        self.style = spec.get("style", {})
        self.remarks = spec.get("remarks", [])
        self.licences_text = spec.get("licences_text", "截至查询日期，共归集行政许可信息1条，无资质异常信息。")
        self.staff_rows = [("组长", self.rep, "全面负责职业技能等级认定工作"),
                           ("副组长", person(rng), "分管考务与质量督导"),
                           ("评价办公室主任", person(rng), "组织实施评价计划、考务安排"),
                           ("质量督导", person(rng), "现场督导、考评人员管理"),
                           ("信息管理", person(rng), "数据上报、证书与档案管理")]
        if not hasattr(self, "short"):
            self.short = self.name.replace("上海市", "").replace("上海", "")[:4]
        self.seal_seed = int(hashlib.md5(self.name.encode()).hexdigest()[:6], 16)

    def seal_spec(self, svg=False, name=None, bottom=""):
        nm = name or getattr(self, "seal_name", None) or self.name
        return {"text": nm, "png": seal_png(nm, bottom, self.seal_seed), "svg": svg, "seed": self.seal_seed, "size_mm": 40}


def issuer(name, docno, date, kind="gov", seed=1, **kw):
    d = {"name": name, "docno": docno, "date": date, "kind": kind,
         "seal": {"text": name, "png": seal_png(name, "", seed), "size_mm": 40, "seed": seed}}
    d.update(kw)
    return d


# ------------------------------------------------------------------ lazy handles and ops

class H:
    """A file produced by rendering (pdf or docx/odt) with a producer label."""

    def __init__(self, path, producer):
        self.path = path
        self.producer = producer

    def get(self):
        return self.path


class Op:
    def __init__(self, fn, producer, *srcs, **kw):
        self.fn, self.producer, self.srcs, self.kw = fn, producer, srcs, kw
        self.path = None

    def get(self):
        if self.path is None:
            self.path = self.fn(*[s.get() for s in self.srcs], **self.kw)
        return self.path


class Queue:
    def __init__(self):
        self.html = []
        self.office = []

    def run(self):
        with ThreadPoolExecutor(max_workers=3) as ex:
            list(ex.map(lambda a: render.chromium_pdf(*a), self.html))
        # group office conversions by output directory
        by = {}
        for src, outdir, wd in self.office:
            by.setdefault((outdir, wd), []).append(src)
        items = list(by.items())
        allsrc = []
        for (outdir, wd), srcs in items:
            allsrc.append((outdir, wd, srcs))

        def conv(a):
            outdir, wd, srcs = a
            for i in range(0, len(srcs), 25):
                render.soffice_pdf(srcs[i:i + 25], outdir, wd)
        # LibreOffice instances with separate profiles can run in parallel
        with ThreadPoolExecutor(max_workers=2) as ex:
            list(ex.map(conv, allsrc))


QUEUE = Queue()


class Bundle:
    def __init__(self, C):
        self.C = C
        self.dir = os.path.join(BUILD, C.q)
        self.src = os.path.join(self.dir, "src")
        self.tmp = os.path.join(self.dir, "tmp")
        for p in (self.src, self.tmp):
            os.makedirs(p, exist_ok=True)
        self.n = 0
        self.files = []  # (zip path, source handle, meta)
        self.expect = {}
        self.junk = []
        self.nested = {}
        self.gbk = False
        self.mac = False
        self.dirs_entries = True

    def _name(self, ext):
        self.n += 1
        return os.path.join(self.src, f"d{self.n:03d}.{ext}")

    # ---- producers
    def html(self, doc_or_html, label="chromium(html/css)"):
        out = self._name("pdf")
        html = doc_or_html if isinstance(doc_or_html, str) else render.to_html(doc_or_html)
        QUEUE.html.append((html, out, self.tmp))
        svg = "<svg" in html
        return H(out, label + ("+svg-seal" if svg and "svg-seal" not in label else ""))

    def docx(self, doc):
        out = self._name("docx")
        render.to_docx(doc, out)
        QUEUE.office.append((out, self.src, self.tmp))
        return H(out[:-5] + ".pdf", "libreoffice(docx by python-docx)")

    def odt(self, doc):
        out = self._name("odt")
        render.to_odt(doc, out)
        QUEUE.office.append((out, self.src, self.tmp))
        return H(out[:-4] + ".pdf", "libreoffice(odt by odfpy)")

    def rl(self, doc, kind="ttf", title=""):
        out = self._name("pdf")
        render.to_reportlab(doc, out, kind, title=title)
        return H(out, "reportlab(embedded TTF wqy-zenhei)" if kind == "ttf" else "reportlab(CID STSong-Light, not embedded)")

    def raw_docx(self, doc):
        out = self._name("docx")
        render.to_docx(doc, out)
        return H(out, "python-docx(.docx)")

    def cert(self, spec, how="rl"):
        if how == "html":
            return self.html(cert.cert_html(spec), "chromium(html absolute layout)")
        out = self._name("pdf")
        cert.cert_rl(out, spec, "cid" if how == "rlcid" else "ttf")
        return H(out, "reportlab canvas(" + ("CID STSong-Light" if how == "rlcid" else "embedded TTF") + ")")

    def make(self, producer, fn):
        """Arbitrary producer: fn(out_path) writes the file now."""
        out = self._name("pdf")
        fn(out)
        return H(out, producer)

    def by(self, prod, doc):
        return {"html": self.html, "docx": self.docx, "odt": self.odt, "rl": self.rl,
                "rlcid": lambda d: self.rl(d, "cid")}[prod](doc)

    # ---- ops
    def merge(self, *hs):
        out = self._name("pdf")
        labels = sorted(set(h.producer for h in hs))
        return Op(lambda *ps: post.merge(ps, out), "qpdf merge of [" + "; ".join(labels) + "]", *hs)

    def scan(self, h, **kw):
        out = self._name("pdf")
        dpi = kw.get("dpi", 150)
        gray = kw.get("gray", True)
        label = kw.pop("label", None) or (f"scan: pdftoppm {dpi}dpi bilevel -> Pillow -> CCITT G4 TIFF -> img2pdf" if kw.get("bilevel") else
                                          f"scan: pdftoppm {dpi}dpi {'gray' if gray else 'colour'} -> Pillow(rotate/noise/JPEG) -> img2pdf")
        return Op(lambda p: post.scan(p, out, seed=self.n, **kw), label + f" (of {h.producer})", h)

    def ocr(self, h, engine="ocrmypdf", **kw):
        out = self._name("pdf")
        if engine == "ocrmypdf":
            sc = self.scan(h, **kw)
            return Op(lambda p: post.ocrmypdf(p, out), "ocrmypdf chi_sim over " + sc.producer, sc)
        return Op(lambda p: post.ocr_layer_from_source(p, out, seed=self.n, **kw),
                  f"scan {kw.get('dpi', 200)}dpi + reportlab render-mode-3 invisible text layer (of {h.producer})", h)

    def gs(self, h, setting="/ebook"):
        out = self._name("pdf")
        return Op(lambda p: post.gs_redistill(p, out, setting), f"ghostscript pdfwrite {setting} (of {h.producer})", h)

    def encrypt(self, h):
        out = self._name("pdf")
        return Op(lambda p: post.encrypt(p, out), f"qpdf AES-256 user password (of {h.producer})", h)

    def truncate(self, h, frac=0.55):
        out = self._name("pdf")
        return Op(lambda p: post.truncate(p, out, frac), f"truncated to {int(frac * 100)}% (of {h.producer})", h)

    def photo(self, h, poor=False, page=1, width=None):
        out = self._name("jpg")
        return Op(lambda p: post.photo(p, out, page=page, seed=self.n, poor=poor, width=width),
                  ("phone photo, too poor to read" if poor else "phone photo") + f" (Pillow perspective/lighting, of {h.producer})", h)

    def jpgscan(self, h, page=1, dpi=150, gray=False, quality=60):
        out = self._name("jpg")

        def f(p):
            o = post.scan_images(p, self.tmp, f"j{self.n:03d}_{{}}.jpg", dpi=dpi, gray=gray, quality=quality,
                                 seed=self.n, page_range=(page, page))[0]
            shutil.move(o, out)
            return out
        return Op(f, f"scanner JPEG {dpi}dpi {'gray' if gray else 'colour'} (of {h.producer})", h)

    def sitephoto(self, label="", faint=False):
        out = self._name("jpg")
        post.site_photo(out, seed=self.n + len(self.C.q), label=label, faint=faint)
        return H(out, "Pillow synthetic photo" + (" (faint, unreadable)" if faint else ""))

    # ---- registering files
    def add(self, zpath, h, kind, text="text", seal=None, nested=None, expect=None):
        meta = {"path": zpath, "kind": kind, "producer": h.producer, "text": text}
        if expect:
            self.expect[(nested + "/" + zpath) if nested else zpath] = expect
        if seal is not None:
            meta["seal"] = seal
        self.files.append((zpath, h, meta, nested))
        return meta

    def finalize(self):
        for zpath, h, meta, nested in self.files:
            h.get()


# ------------------------------------------------------------------ zip writing

class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("gbk"), self.flag_bits & ~0x800


FIXED_TIME = (2025, 1, 21, 10, 30, 0)


def _dirs(paths):
    ds = set()
    for p in paths:
        parts = p.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            ds.add("/".join(parts[:i]) + "/")
    return sorted(ds)


def _write_zip(out, entries, gbk=False, mac=False, dir_entries=True, time=FIXED_TIME):
    """entries: list of (zip name, bytes)."""
    cls = GBKInfo if gbk else zipfile.ZipInfo
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = [e[0] for e in entries]
        if dir_entries:
            for d in _dirs(names):
                zi = cls(d, date_time=time)
                zi.external_attr = 0o40755 << 16 | 0x10
                if gbk:
                    zi.create_system = 0
                z.writestr(zi, b"")
        for name, data in entries:
            zi = cls(name, date_time=time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if gbk:
                zi.create_system = 0
            z.writestr(zi, data)
            if mac:
                base = name.rsplit("/", 1)
                junk = "__MACOSX/" + (base[0] + "/._" + base[1] if len(base) == 2 else "._" + base[0])
                zj = cls(junk, date_time=time)
                z.writestr(zj, b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + b"\x00" * 40)
        if mac:
            tops = sorted(set(n.split("/")[0] for n in names if "/" in n))
            for t in tops:
                z.writestr(cls(t + "/.DS_Store", date_time=time), b"\x00\x00\x00\x01Bud1" + b"\x00" * 60)


def write_package(B, zip_out, extra_junk=()):
    nested_groups = {}
    top = []
    for zpath, h, meta, nested in B.files:
        data = open(h.get(), "rb").read()
        if nested:
            nested_groups.setdefault(nested, []).append((zpath, data))
        else:
            top.append((zpath, data))
    for nz, items in nested_groups.items():
        tmpz = os.path.join(B.tmp, "nested.zip")
        _write_zip(tmpz, items, gbk=B.__dict__.get("nested_gbk", False), dir_entries=False)
        top.append((nz, open(tmpz, "rb").read()))
    for name, data in extra_junk:
        top.append((name, data))
    _write_zip(zip_out, top, gbk=B.gbk, mac=B.mac, dir_entries=B.dirs_entries)
    docs = []
    for zpath, h, meta, nested in B.files:
        m = dict(meta)
        m["path"] = (nested + "/" + zpath) if nested else zpath
        docs.append(m)
    return docs
