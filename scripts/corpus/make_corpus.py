#!/usr/bin/env python3
"""Generates a large corpus of realistic application packages (沪人社职〔2024〕447号)
for measuring the throughput of `prescreen screen`.

    python3 scripts/corpus/make_corpus.py --count 1000 --out /tmp/corpus --seed 1

writes OUT/P0001-<applicant>.zip … and OUT/manifest.json. The same seed and
count give the same texts and the same file list (see README.md). Producers,
layouts, defects and hostile packages are described in README.md.
"""

import argparse
import collections
import json
import multiprocessing
import os
import re
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in scripts/samples or here
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(os.path.dirname(HERE), "samples")
sys.path.insert(0, SAMPLES)
sys.path.insert(0, HERE)

import build  # noqa: E402
import catalogue  # noqa: E402
import pool  # noqa: E402

_CTX = {}


def _init(pool_dir, index, out_dir):
    _CTX["index"] = index
    _CTX["bytes"] = pool.load_bytes(pool_dir, index) if index else {}
    _CTX["out"] = out_dir


def _one(spec):
    t = time.time()
    try:
        row = build.build_package(spec, _CTX["index"], _CTX["bytes"], _CTX["out"])
    except Exception as e:
        raise RuntimeError(f"{spec['file']}: {type(e).__name__}: {e}") from e
    return row, time.time() - t


OUR_FILES = re.compile(r"^P\d{4,}-.*\.zip$")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="number of packages (default 1000)")
    ap.add_argument("--out", default="/tmp/corpus", help="output folder (default /tmp/corpus)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", "-j", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--pool-dir", default="/tmp/corpus-pool", help="cache of LibreOffice/Chromium documents")
    ap.add_argument("--rebuild-pool", action="store_true", help="render the pool again even if cached")
    ap.add_argument("--no-pool", action="store_true", help="no LibreOffice/Chromium documents at all")
    args = ap.parse_args()
    if args.count < 1:
        ap.error("--count must be at least 1")

    t0 = time.time()
    if catalogue.check_against_notice() is False:
        print("warning: catalogue.py differs from /work/shared/notice-2024-447.txt", file=sys.stderr)
    index = None if args.no_pool else pool.ensure(args.pool_dir, rebuild=args.rebuild_pool)
    t_pool = time.time() - t0

    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):  # only what an earlier run wrote
        if OUR_FILES.match(name) or name == "manifest.json":
            os.remove(os.path.join(args.out, name))

    specs = build.plan_corpus(args.seed, args.count)
    t1 = time.time()
    rows = []
    slow = []
    with multiprocessing.get_context("fork").Pool(args.jobs, initializer=_init,
                                                  initargs=(args.pool_dir, index, args.out)) as workers:
        for n, (row, dt) in enumerate(workers.imap(_one, specs, chunksize=1), 1):
            rows.append(row)
            slow.append((dt, row["file"]))
            if n % 50 == 0 or n == len(specs):
                el = time.time() - t1
                print(f"{n}/{len(specs)} packages, {el:.0f} s, {n / el:.1f} packages/s", file=sys.stderr)
    t_build = time.time() - t1

    docs = [d for r in rows for d in r["documents"]]
    producers = collections.Counter(d["producer"] for d in docs)
    totals = dict(
        packages=len(rows), bytes=sum(r["bytes"] for r in rows), documents=len(docs),
        pages=sum(d["pages"] or 0 for d in docs),
        documents_by_producer=dict(sorted(producers.items())),
        documents_by_extension=dict(sorted(collections.Counter(d["path"].rpartition(".")[2].lower()
                                                               for d in docs).items())),
        defects=dict(sorted(collections.Counter(r["defect"]["kind"] for r in rows if r["defect"]).items())),
        hostile=dict(sorted(collections.Counter(r["hostile"]["kind"] for r in rows if r["hostile"]).items())),
        packages_with_scans=sum(1 for r in rows if r["scan"]),
        packages_with_nested_zips=sum(1 for r in rows if r["nested_zips"]),
    )
    manifest = dict(
        generator="scripts/corpus/make_corpus.py", seed=args.seed, count=args.count,
        pool=None if index is None else dict(dir=args.pool_dir, version=index["version"],
                                             documents=len(index["docs"])),
        totals=totals, packages=rows,
    )
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")

    share = lambda keys: sum(producers[k] for k in keys) / max(1, len(docs))  # noqa: E731
    print(f"wrote {len(rows)} packages to {args.out}: {totals['bytes'] / 2**20:.1f} MiB, "
          f"{totals['documents']} documents, {totals['pages']} pages", file=sys.stderr)
    print("producers: " + ", ".join(f"{k} {v}" for k, v in sorted(producers.items(), key=lambda kv: -kv[1]))
          + f" (pool {100 * share(['libreoffice', 'chromium']):.1f}%)", file=sys.stderr)
    print(f"defects {sum(totals['defects'].values())}, hostile {sum(totals['hostile'].values())}, "
          f"with scans {totals['packages_with_scans']}, with nested zips {totals['packages_with_nested_zips']}",
          file=sys.stderr)
    slow.sort(reverse=True)
    print(f"time: pool {t_pool:.1f} s, packages {t_build:.1f} s with {args.jobs} workers, total "
          f"{time.time() - t0:.1f} s; slowest package {slow[0][0]:.1f} s ({slow[0][1]})", file=sys.stderr)


if __name__ == "__main__":
    main()
