"""The pool: a few dozen documents from the expensive producers, rendered once
and cached (default /tmp/corpus-pool), then reused across packages.

- LibreOffice: .docx written with python-docx (scripts/samples/producers.py
  build_docx) converted by `soffice --headless --convert-to pdf` with its own
  profile (-env:UserInstallation=file:///tmp/lo-corpus); /CreationDate and /ID
  pinned with producers._pin_lo_pdf.
- Chromium: HTML → `chromium --headless … --print-to-pdf` (Skia/PDF; CJK text
  in Noto Sans CJK comes out as Type 3 fonts).

Pool documents carry the name of one of four pool applicants. The pool does
not depend on the seed; it is rebuilt when this file or texts.py changes, or
with --rebuild-pool.
"""

import hashlib
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

import producers  # scripts/samples/producers.py

import catalogue
import orgs
import render
import texts

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-corpus"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer"]
LO_KINDS = ["workplan", "audit2023", "industry", "district", "mgmt_rules", "lease"]
CHROMIUM_KINDS = ["credit", "staff_list", "equipment_list", "training_record"]
LO_FONTS = ["WenQuanYi Micro Hei", "Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UMing CN"]
HTML_FONTS = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Noto Serif CJK SC", "WenQuanYi Zen Hei"]
N_ORGS = 4


def version():
    h = hashlib.sha256()
    for name in ("pool.py", "texts.py", "orgs.py", "catalogue.py", "render.py"):
        with open(os.path.join(HERE, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def pool_orgs():
    rng = random.Random("corpus-pool")
    used = set()
    out = []
    for i in range(N_ORGS):
        reg = ["company", "company", "minfei", "company"][i]
        occ = rng.choice(catalogue.CATALOGUE)
        o = dict(occ)
        o["levels"] = o["levels"][:2]
        org = orgs.make_org(rng, reg, [o["occupation"]], used)
        out.append((org, [o]))
    return out


# ---------------------------------------------------------------------------
# LibreOffice

def _lo_docs():
    docs = []
    for i, (org, occs) in enumerate(pool_orgs()):
        rng = random.Random(f"pool-lo/{i}")
        issuer = catalogue.ISSUERS[occs[0]["occupation"]][0]
        firm, fmt = texts.AUDIT_FIRMS[i % len(texts.AUDIT_FIRMS)]
        made = {
            "workplan": texts.work_plan(org, occs, (2025, 1, 18), "both",
                                        extra_rules=list(texts.RULES)[:2 + i] if i % 2 else ()),
            "audit2023": texts.audit_report(org, 2023, firm, fmt.format(y=2024, n=100 + i), (2024, 3, 20 + i),
                                            notes_pages=i % 3),
            "industry": texts.industry_letter(org, occs, issuer, (2025, 1, 14), f"沪{issuer[3:5]}函〔2025〕{20 + i}号",
                                              ["plain", "gw", "opinion", "gw_file"][i]),
            "district": texts.district_letter(org, (2025, 1, 15),
                                              f"{texts.DISTRICT_ABBR.get(org['district'], '沪')}人社函〔2025〕{8 + i}号",
                                              ["gw", "plain", "gw", "plain"][i]),
            "mgmt_rules": texts.management_rules(org, rng.sample(list(texts.RULES), 3 + i), (2025, 1, 12)),
            "lease": texts.lease(org, rng),
        }
        for kind in LO_KINDS:
            d = made[kind]
            d.font = LO_FONTS[(i + LO_KINDS.index(kind)) % len(LO_FONTS)]
            docs.append((f"lo-{i + 1:02d}-{kind}", kind, org, d))
    return docs


def _render_lo(docs, out_dir, log):
    tmp = tempfile.mkdtemp(prefix="corpus-lo-")
    try:
        names = []
        for pid, kind, org, d in docs:
            path = os.path.join(tmp, pid + ".docx")
            with open(path, "wb") as f:
                f.write(producers.build_docx(_plain(d)))
            names.append(path)
        env = dict(os.environ, TZ="Asia/Shanghai", LANG="zh_CN.UTF-8")
        log(f"pool: LibreOffice converting {len(names)} documents")
        for start in range(0, len(names), 30):
            subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                            "--outdir", tmp] + names[start:start + 30],
                           check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for pid, kind, org, d in docs:
            with open(os.path.join(tmp, pid + ".pdf"), "rb") as f:
                pdf = producers._pin_lo_pdf(f.read(), d.date)
            with open(os.path.join(out_dir, pid + ".pdf"), "wb") as f:
                f.write(pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _plain(d):
    return render.plain(d)


# ---------------------------------------------------------------------------
# Chromium

CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "%s"; font-size: 11pt; color: #222; }
h1 { text-align: center; font-size: 20pt; margin: 4mm 0; }
h2 { font-size: 12.5pt; border-left: 4px solid %s; padding-left: 6px; margin: 5mm 0 2mm; }
table { border-collapse: collapse; width: 100%%; margin: 2mm 0; }
td, th { border: 1px solid #999; padding: 4px 6px; font-size: 10pt; }
th { background: #eef2f7; }
.bar { background: %s; color: #fff; padding: 8px 12px; font-size: 13pt; }
.meta { color: #666; font-size: 9pt; text-align: right; }
.sign { text-align: right; margin-top: 8mm; }
"""


def _page(title, body, fontname, colour):
    return ("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style>"
            "</head><body>%s</body></html>" % (html.escape(title), CSS % (fontname, colour, colour), body))


def _table(rows, header=True):
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _chromium_docs():
    docs = []
    for i, (org, occs) in enumerate(pool_orgs()):
        rng = random.Random(f"pool-chromium/{i}")
        fontname = HTML_FONTS[i % len(HTML_FONTS)]
        q = f"2025-01-{10 + i:02d}"
        # 信用中国（上海）web print of the 公共信用信息报告
        body = (f"<div class=bar>信用中国（上海） · 上海市公共信用信息服务平台</div>"
                f"<h1>法人公共信用信息报告</h1><p class=meta>报告编号：SHXY{q.replace('-', '')}{rng.randint(100000, 999999)}"
                f"　查询日期：{q}</p>"
                + _table([["查询对象", org["name"]], ["统一社会信用代码", org["code"]],
                          ["法定代表人", org["legal_rep"]], ["住所", org["address"]]], header=False)
                + "<h2>一、行政处罚信息</h2><p>未查见。</p><h2>二、严重失信主体名单信息</h2><p>未查见。</p>"
                + "<h2>三、经营异常名录</h2><p>未查见。</p><h2>四、欠税信息</h2><p>未查见。</p>"
                + "<h2>五、说明</h2>" + "".join(
                    f"<p>{n}. 本报告仅反映截至查询日期平台归集的信息，信息来源于本市各行政机关及公共服务机构。</p>"
                    for n in range(1, 4 + i * 6))
                + "<p class=sign>上海市公共信用信息服务中心<br>" + q + "</p>")
        docs.append((f"cr-{i + 1:02d}-credit", "credit", org, _page("法人公共信用信息报告", body, fontname, "#1a5fa8")))
        # staff list
        rows = [["序号", "姓名", "性别", "岗位", "职业资格/职称", "专/兼职"]]
        for k in range(1, 12 + 22 * i):
            rows.append([str(k), orgs.person(rng), rng.choice("男女"), rng.choice(texts.POSTS),
                         rng.choice(texts.QUALS), rng.choice(["专职", "兼职"])])
        body = f"<h1>职业技能等级认定工作人员名单</h1><p class=meta>{html.escape(org['name'])}</p>" + _table(rows)
        docs.append((f"cr-{i + 1:02d}-staff_list", "staff_list", org, _page("人员名单", body, fontname, "#555")))
        # equipment list
        rows = [["序号", "设备名称", "规格型号", "数量", "单位", "存放位置"]]
        for k in range(1, 15 + 15 * i):
            name, model, unit = rng.choice(texts.EQUIPMENT)
            rows.append([str(k), name, model, str(rng.randint(1, 40)), unit, rng.choice(["理论考场", "实操考场", "监控室"])])
        body = (f"<h1>考核点场地及设备设施清单</h1><p class=meta>考核点：{html.escape(org['site'])}</p>" + _table(rows)
                + f"<p class=sign>{html.escape(org['name'])}</p>")
        docs.append((f"cr-{i + 1:02d}-equipment_list", "equipment_list", org, _page("设备清单", body, fontname, "#555")))
        # training record
        rows = [["年度", "职业（工种）", "培训人次", "评价人次", "合格人次"]]
        for y in (2022, 2023, 2024):
            for o in occs:
                t = rng.randint(80, 900)
                e = rng.randint(t // 2, t)
                rows.append([str(y), catalogue.display(o), str(t), str(e), str(rng.randint(e * 6 // 10, e))])
        body = (f"<h1>近三年培训评价业绩统计表</h1><p class=meta>{html.escape(org['name'])}</p>" + _table(rows)
                + "<p>以上数据真实有效，相关台账可供核查。</p>"
                + f"<p class=sign>{html.escape(org['name'])}<br>2025-01-1{i}</p>")
        docs.append((f"cr-{i + 1:02d}-training_record", "training_record", org,
                     _page("培训业绩", body, fontname, "#2e7d32")))
    return docs


def _render_chromium(docs, out_dir, log):
    tmp = tempfile.mkdtemp(prefix="corpus-chromium-")
    try:
        log(f"pool: Chromium printing {len(docs)} documents")
        for pid, kind, org, page in docs:
            src = os.path.join(tmp, pid + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(page)
            out = os.path.join(out_dir, pid + ".pdf")
            ud = os.path.join(tmp, "profile")
            subprocess.run(["chromium"] + CHROMIUM_FLAGS + [f"--user-data-dir={ud}", f"--print-to-pdf={out}",
                                                            "file://" + src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
            if not os.path.exists(out):
                raise RuntimeError(f"Chromium wrote no PDF for {pid}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------

def pdfinfo_pages(path):
    res = subprocess.run(["pdfinfo", path], check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise RuntimeError(f"pdfinfo: no page count for {path}")


def ensure(pool_dir, rebuild=False, log=lambda s: print(s, file=sys.stderr)):
    """Build the pool unless a matching one is cached; returns its index."""
    ver = version()
    index_path = os.path.join(pool_dir, "index.json")
    if not rebuild and os.path.exists(index_path):
        with open(index_path, encoding="utf-8") as f:
            index = json.load(f)
        if index.get("version") == ver and all(os.path.exists(os.path.join(pool_dir, d["file"]))
                                                for d in index["docs"]):
            log(f"pool: reusing {len(index['docs'])} documents in {pool_dir}")
            return index
    if os.path.isdir(pool_dir):
        shutil.rmtree(pool_dir)
    os.makedirs(pool_dir)
    lo = _lo_docs()
    cr = _chromium_docs()
    _render_lo(lo, pool_dir, log)
    _render_chromium(cr, pool_dir, log)
    docs = []
    for producer, items in (("libreoffice", lo), ("chromium", cr)):
        for pid, kind, org, _ in items:
            path = os.path.join(pool_dir, pid + ".pdf")
            docs.append(dict(id=pid, kind=kind, producer=producer, applicant=org["name"], code=org["code"],
                             file=pid + ".pdf", pages=pdfinfo_pages(path), bytes=os.path.getsize(path)))
    index = dict(version=ver, docs=docs)
    with open(index_path, "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
    log(f"pool: {len(docs)} documents in {pool_dir} "
        f"({sum(d['pages'] for d in docs)} pages, {sum(d['bytes'] for d in docs) // 1024} KiB)")
    return index


def load_bytes(pool_dir, index):
    out = {}
    for d in index["docs"]:
        with open(os.path.join(pool_dir, d["file"]), "rb") as f:
            out[d["id"]] = f.read()
    return out
