#!/usr/bin/env python3
"""Check the rule data in this folder against its sources.

occupations.yaml is checked against the notice 沪人社职〔2024〕447号 twice, by
two independent methods:

  A. token pass: every code-like token (d-dd-dd-dd) and every 等级 cell found
     anywhere in the notice, in order, must equal the YAML's codes and
     levels_text in row order (and vice versa, as multisets and as sequences);
     the count must equal the "N 个职业（工种）" the notice announces.
  B. row pass: the attachment table is parsed line by line (tab-separated
     序号/职业编码/职业（工种）/等级) and each row is compared field by field with
     the YAML entry of the same row, the printed name being rebuilt as
     occupation + "（" + work_type + "）".

Plus internal checks (field set, levels vs levels_text, order) and checks of
districts.yaml and levels.yaml against DOMAIN.md.

Usage: verify_catalogue.py [NOTICE_TXT [DOMAIN_MD]]
(defaults: /work/shared/notice-2024-447.txt, /work/shared/DOMAIN.md).
Prints OK and exits 0 when everything matches; otherwise lists the problems
and exits 1. Needs PyYAML.
"""

import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/notice-2024-447.txt"
DOMAIN = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/DOMAIN.md"

CODE_RE = re.compile(r"(?<![\d-])\d-\d{2}-\d{2}-\d{2}(?![\d-])")
LEVELS_CELL_RE = re.compile(r"(?<=\t)[1-5](?:、[1-5])*$")

problems = []


def fail(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return yaml.safe_load(f)


notice = open(NOTICE, encoding="utf-8").read()
domain = open(DOMAIN, encoding="utf-8").read()
occ = load("occupations.yaml")["occupations"]

# ---------------------------------------------------------------- internal
ALLOWED = {"row", "code", "occupation", "work_type", "levels", "levels_text"}
REQUIRED = ALLOWED - {"work_type"}
for i, e in enumerate(occ, 1):
    keys = set(e)
    if not REQUIRED <= keys or not keys <= ALLOWED:
        fail(f"entry {i}: fields {sorted(keys)}")
        continue
    if e["row"] != i:
        fail(f"entry {i}: row {e['row']} out of order")
    if not isinstance(e["code"], str) or not CODE_RE.fullmatch(e["code"]):
        fail(f"row {e['row']}: bad code {e['code']!r}")
    for k in ("occupation", "work_type"):
        v = e.get(k)
        if k in e and (not isinstance(v, str) or not v or "（" in v or "(" in v):
            fail(f"row {e['row']}: bad {k} {v!r}")
    lv = e["levels"]
    if not (isinstance(lv, list) and lv and all(isinstance(x, int) and 1 <= x <= 5 for x in lv)):
        fail(f"row {e['row']}: bad levels {lv!r}")
    elif lv != sorted(set(lv), reverse=True):
        fail(f"row {e['row']}: levels not unique/descending {lv!r}")
    elif [int(x) for x in e["levels_text"].split("、")] != lv:
        fail(f"row {e['row']}: levels {lv} != levels_text {e['levels_text']!r}")
keys = [(e.get("code"), e.get("work_type")) for e in occ]
for k, n in collections.Counter(keys).items():
    if n > 1:
        fail(f"duplicate (code, work_type) {k} x{n}")

# ------------------------------------------------------- pass A: tokens
announced = {int(n) for n in re.findall(r"(\d+)\s*个职业（工种）", notice)}
if announced != {len(occ)}:
    fail(f"notice announces {sorted(announced)} 职业（工种）, YAML has {len(occ)}")

notice_codes = CODE_RE.findall(notice)
yaml_codes = [e["code"] for e in occ]
if collections.Counter(notice_codes) != collections.Counter(yaml_codes):
    fail(f"code multisets differ: notice-only "
         f"{sorted((collections.Counter(notice_codes) - collections.Counter(yaml_codes)).elements())}, "
         f"yaml-only {sorted((collections.Counter(yaml_codes) - collections.Counter(notice_codes)).elements())}")
elif notice_codes != yaml_codes:
    fail("codes in a different order than the notice")

notice_levels = [m.group(0) for line in notice.splitlines()
                 for m in [LEVELS_CELL_RE.search(line)] if m]
yaml_levels = [e["levels_text"] for e in occ]
if notice_levels != yaml_levels:
    diffs = [(i + 1, a, b) for i, (a, b) in enumerate(zip(notice_levels, yaml_levels)) if a != b]
    fail(f"levels_text differ (notice {len(notice_levels)} cells, yaml {len(yaml_levels)}): {diffs[:5]}")

for e in occ:  # every name as a substring of the notice
    printed = e["occupation"] + (f"（{e['work_type']}）" if "work_type" in e else "")
    if printed not in notice:
        fail(f"row {e['row']}: {printed!r} not found in the notice")

# --------------------------------------------------------- pass B: rows
table = notice[notice.rindex("征集遴选社会培训评价组织的项目范围"):notice.index("注：职业编码")]
rows = []
for line in table.splitlines()[1:]:
    line = line.strip()
    if not line:
        continue
    cells = line.split("\t")
    if cells == ["序号", "职业编码", "职业（工种）", "等级"]:
        continue  # header, repeated after a page break
    if len(cells) != 4 or not cells[0].isdigit():
        fail(f"unparsed table line {line!r}")
        continue
    rows.append(cells)

if len(rows) != len(occ):
    fail(f"table has {len(rows)} rows, YAML has {len(occ)}")
DIGIT = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
for cells, e in zip(rows, occ):
    seq, code, name, levels = cells
    m = re.fullmatch(r"([^（）]+)(?:（([^（）]+)）)?", name)
    if not m:
        fail(f"row {seq}: unparsed name {name!r}")
        continue
    want = {"row": int(seq), "code": code, "occupation": m.group(1),
            "levels": [DIGIT[d] for d in levels.split("、")], "levels_text": levels}
    if m.group(2):
        want["work_type"] = m.group(2)
    if want != e:
        fail(f"row {seq}: notice {want} != yaml {e}")

# ------------------------------------------------------------ districts
dist = load("districts.yaml")
sect = domain[domain.index("## Shanghai divisions"):domain.index("## Skill levels")]
cur_txt = sect[sect.index("Current 16 districts"):sect.index("City level")]
hist_txt = sect[sect.index("Historical codes"):sect.index("Accept any")]
dom_cur = dict(re.findall(r"(31\d{4}) (\S+?)[,.]", cur_txt))
dom_hist = dict(re.findall(r"(31\d{4}) (\S+?)[,.]", hist_txt))
yd = dist["districts"]
y_cur = {d["code"]: d["name"] for d in yd if not d.get("historical")}
y_hist = {d["code"]: d["name"] for d in yd if d.get("historical")}
if len(dom_cur) != 16 or y_cur != dom_cur:
    fail(f"current districts differ: DOMAIN {dom_cur} yaml {y_cur}")
if len(dom_hist) != 4 or {c: n.rstrip("区") for c, n in y_hist.items()} != \
        {c: n.rstrip("区") for c, n in dom_hist.items()}:
    fail(f"historical codes differ: DOMAIN {dom_hist} yaml {y_hist}")
for d in yd:
    if d.get("historical"):
        if d.get("successor") not in y_cur or "hr_bureau" in d:
            fail(f"historical {d}")
    elif d.get("hr_bureau") != d["name"] + "人力资源和社会保障局" or \
            d.get("hr_bureau_short") != d["name"] + "人社局":
        fail(f"bureau names of {d['name']}")
if dist["city"]["code"] != "310000" or "City level: 310000" not in sect:
    fail("city level code")
if dist["city"]["hr_bureau"] not in notice:
    fail("city bureau name not in notice")

# --------------------------------------------------------------- levels
lv = load("levels.yaml")
sect = domain[domain.index("## Skill levels"):domain.index("## Zip archives")]
dom_pairs = {int(n): [a, b] for a, b, n in re.findall(r"(\S+?)/(\S+?) = (\d)", sect)}
y_pairs = {e["level"]: e["names"] for e in lv["levels"]}
if dom_pairs != y_pairs or sorted(y_pairs) != [1, 2, 3, 4, 5]:
    fail(f"level names differ: DOMAIN {dom_pairs} yaml {y_pairs}")
dom_not = re.search(r"Not levels: (.*?)\.\s*$", sect, re.M).group(1)
dom_not = [t.split(" (")[0].strip() for t in dom_not.split(",")]
y_not = [t["term"] for t in lv["not_levels"]]
if sorted(dom_not) != sorted(y_not):
    fail(f"not_levels differ: DOMAIN {dom_not} yaml {y_not}")
if lv.get("match_order") != "longest_first":
    fail("match_order must be longest_first")
seen = {}
for e in lv["levels"]:
    terms = e["names"] + e["variants"] + e["ambiguous"]
    n = e["level"]
    for t in terms:
        if t in seen and seen[t] != n:
            fail(f"term {t!r} maps to levels {seen[t]} and {n}")
        seen[t] = n
    fw = "０１２３４５"[n]
    for need in (f"国家职业资格{e['names'][0]}", f"{fw}级", f"L{n}"):
        if need not in terms:
            fail(f"level {n}: missing variant {need!r}")
for t in y_not:
    if t in seen:
        fail(f"not-level {t!r} listed as a level")
for need in ("初级", "中级", "高级"):
    if need not in seen:
        fail(f"bare {need} missing")

# ----------------------------------------------------------------- report
if problems:
    for p in problems:
        print("FAIL:", p)
    sys.exit(1)
n_wt = sum("work_type" in e for e in occ)
dups = {c: n for c, n in collections.Counter(yaml_codes).items() if n > 1}
print(f"occupations: {len(occ)} rows ({n_wt} with work_type), "
      f"{len(set(yaml_codes))} distinct codes, repeated codes {dups}")
print(f"pass A (tokens): {len(notice_codes)} codes, {len(notice_levels)} level cells match")
print(f"pass B (rows): {len(rows)} table rows match field by field")
print(f"districts: {len(y_cur)} current + {len(y_hist)} historical + city 310000 match DOMAIN.md")
print(f"levels: 5 levels, {len(seen)} terms, {len(y_not)} not-levels match DOMAIN.md")
print("OK")
