#!/usr/bin/env python3
"""Score prescreen's verdicts and document kinds on a blind corpus.

A blind corpus (tests/blind/<part>/) holds packages/*.zip and key.json,
written by a helper that never saw the rules or the code. This script runs
`prescreen check --each packages/ --format json` (the packages of a part are
screened together, so the cross-package rule sees them all) and compares:

  - verdicts with key["packages"][name]["verdict"];
  - per document, the kinds found with the key's kind labels.

Usage:
  scripts/blind/score.py tests/blind/tuning [--bin target/release/prescreen]
                         [--json out.json] [--misses] [--kinds]
Prints the verdict score, a confusion table, misses per cause, and with
--misses each miss with the findings that decided it.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

# Key labels → the 447 rule set's kind ids (registration documents are two kinds).
LABELS = {
    "application_form": {"application_form"},
    "industry_letter": {"industry_letter"},
    "district_letter": {"district_letter"},
    "credit_report": {"credit_report"},
    "audit_report": {"audit_report"},
    "registration_certificate": {"business_licence", "registration_certificate"},
    "work_plan": {"work_plan"},
    "pledge": {"pledge"},
    "integrity_letter": {"integrity_letter"},
    "implementation_plan": {"implementation_plan"},
    "evaluation_plan": {"evaluation_plan"},
    "sample_paper": {"sample_paper"},
    "other": set(),
}


def run(binary, part, no_seal_rules=False, no_ocr=False):
    pk = os.path.join(part, "packages")
    extra = []
    if no_seal_rules:
        # The rule folder without rules/seals.yaml: the blind keys' verdict
        # policy predates the seal check (see README, Blind corpus).
        import shutil
        import tempfile
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "rules")
        tmp = tempfile.mkdtemp(prefix="rules-")
        dst = os.path.join(tmp, "rules")
        shutil.copytree(root, dst, ignore=shutil.ignore_patterns("tests"))
        os.remove(os.path.join(dst, "seals.yaml"))
        extra = ["--rules", dst]
    if no_ocr:
        extra.append("--no-ocr")
    out = subprocess.run([binary, "check", "--each", pk, "--format", "json", *extra],
                         capture_output=True, text=True, check=True)
    reports = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        reports[os.path.basename(r["package"])] = r
    return reports


def kind_sets(label):
    """The set of rule kinds a key label (a+b+c) stands for, and a label set."""
    labels = [l for l in label.split("+") if l]
    return labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("part")
    ap.add_argument("--bin", default="target/release/prescreen")
    ap.add_argument("--json")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--no-ocr", action="store_true",
                    help="do not OCR scans (keys written when scans were unreadable)")
    ap.add_argument("--no-seal-rules", action="store_true",
                    help="score without rules/seals.yaml (keys written before seals were checked)")
    ap.add_argument("--kinds", action="store_true", help="list document kind mismatches")
    a = ap.parse_args()
    key = json.load(open(os.path.join(a.part, "key.json")))["packages"]
    reports = run(a.bin, a.part, a.no_seal_rules, a.no_ocr)
    confusion = collections.Counter()
    misses = []
    cause_total = collections.Counter()
    cause_miss = collections.Counter()
    for name, k in sorted(key.items()):
        r = reports.get(name)
        got = r["verdict"] if r else "missing"
        confusion[(k["verdict"], got)] += 1
        for c in k.get("causes", []):
            cause_total[c] += 1
        if got != k["verdict"]:
            misses.append((name, k, r))
            for c in k.get("causes", []):
                cause_miss[c] += 1
    n = len(key)
    right = n - len(misses)
    print(f"verdicts: {right}/{n} = {right / n:.1%}")
    print("expected \\ got   pass  review  fail")
    for e in ["pass", "review", "fail"]:
        row = "  ".join(f"{confusion[(e, g)]:5d}" for g in ["pass", "review", "fail"])
        print(f"{e:15s} {row}")
    print("misses per cause (cause: missed/total):",
          ", ".join(f"{c}: {cause_miss[c]}/{cause_total[c]}" for c in sorted(cause_total)))
    # Document kinds.
    docs_total = docs_right = 0
    per_label = collections.Counter()
    per_label_hit = collections.Counter()
    kind_misses = []
    for name, k in sorted(key.items()):
        r = reports.get(name)
        if not r:
            continue
        found = {d["path"]: d for d in r["documents"]}
        for d in k.get("documents", []):
            want = kind_sets(d["kind"])
            rd = found.get(d["path"])
            # Reports before the rule language 2 listed kind ids as strings.
            got = {x["kind"] if isinstance(x, dict) else x for x in rd["kinds"]} if rd else set()
            want_ids = set().union(*(LABELS.get(l, {l}) for l in want)) if want else set()
            ok_all = True
            for l in want:
                if l == "other":
                    continue
                per_label[l] += 1
                if LABELS.get(l, {l}) & got:
                    per_label_hit[l] += 1
                else:
                    ok_all = False
            extra = got - want_ids
            if extra:
                ok_all = False
            docs_total += 1
            docs_right += ok_all
            if not ok_all:
                kind_misses.append((name, d["path"], d["kind"], d.get("text"), sorted(got)))
    print(f"documents whose kinds match the key exactly: {docs_right}/{docs_total}")
    print("recall per kind:", ", ".join(
        f"{l} {per_label_hit[l]}/{per_label[l]}" for l in sorted(per_label)))
    if a.kinds:
        for m in kind_misses:
            print("  kind:", *m)
    if a.misses:
        for name, k, r in misses:
            print(f"\n== {name}: expected {k['verdict']}, got {r['verdict'] if r else 'missing'}")
            print(f"   key: causes {k.get('causes')} defects {k.get('defects')} — {k.get('why')}")
            if r:
                for f in r["findings"]:
                    if f["status"] in ("fail", "review"):
                        ev = "; ".join(f"{e['path']} p{e.get('page')} {e['snippet'][:40]}" for e in f["evidence"][:2])
                        print(f"   {f['status']:6s} {f['rule']} {f['message'][:80]} | {ev}")
    if a.json:
        json.dump({"n": n, "right": right,
                   "misses": [{"package": m[0], "expected": m[1]["verdict"],
                               "got": m[2]["verdict"] if m[2] else None,
                               "causes": m[1].get("causes")} for m in misses],
                   "documents": {"total": docs_total, "right": docs_right}},
                  open(a.json, "w"), ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
