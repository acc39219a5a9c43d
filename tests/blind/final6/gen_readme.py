# -*- coding: utf-8 -*-
"""Write README.md from key.json (called at the end of generate.py)."""
import os, json, collections

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = """# final6 — blind test corpus for the 沪人社职〔2024〕447号 pre-screening tool

36 application packages (`packages/L01-…zip` … `L36-…zip`) as Shanghai organisations would upload them
for the notice 沪人社职〔2024〕447号 (submission window 2025-01-20…26), plus `key.json` with the expected
verdict, causes, planted defects and a per-file inventory. Written without reading the tool.

## Regenerate

```
python3 generate.py      # ~4 min on 2 cores: renders everything into build/, writes packages/, key.json, README.md
python3 selfcheck.py     # zips open, key paths exist, every non-junk member is in the key, pdftotext shows the
                         # organisation name in every `text` document, scans have no text layer, encrypted files
                         # need a password, truncated files fail `qpdf --check`, credit codes agree with the key
```
Content is deterministic (seeded `random`, seed 20250120, crc32 instead of `hash()`); PDF bytes differ between
runs only by producer timestamps/IDs. Debug shortcut: `KEEP=1 python3 generate.py` reuses LibreOffice/Chromium outputs
in `build/pdf`.

Files: `generate.py` (package plans, document assembly, rendering pipeline, zip writing, key),
`gen_orgs.py` (organisations, authorities, audit firms), `gen_content.py` (the notice's 48 occupations and the
text of every material), `gen_lib.py` (credit-code check characters, seals, renderers), `selfcheck.py`, `gen_readme.py`.

## Producers used
| label | how the file was made |
|---|---|
"""

POLICY = """
## Verdict policy applied
* **pass** — all required materials present and readable: 申请表, 行业主管部门推荐函, 考核点所在区人社局推荐函, 信用报告,
  审计报告 2022 **and** 2023, 营业执照/登记证书, 工作方案, 承诺书, 廉洁责任书, 实施方案 with 评价方案 per occupation and level,
  two sample sets per applied level. Legible scans (150 dpi, grey or colour, skew, JPEG noise) and legible phone photos count.
* **fail** — a readable disqualifier (missing material, non-Shanghai code, 事业单位, occupation/level outside the notice,
  duplicate application in the corpus, penalty/失信 records, letter for another organisation, district letter from outside
  Shanghai or from a non-HR body, name mismatch, one sample set, branch office). Fail wins over review.
* **review** — unreadable only copy (encrypted, truncated, faint scan, poor photo), signed material only as .docx, missing
  seal, credit code with a failing check character, 社会团体 (51) applicant.

Key conventions: `organisation.name` is the name on the registration certificate / credit report; `seal` is given
only for stamped materials (the two letters, 承诺书, 廉洁责任书, 登记证书 copy) and is true when the drawn seal is present
(on grey scans the seal is grey); `text` is `text` for PDFs/DOCX with a text layer, `ocr-layer` for scans with an
invisible text layer, `none` for image-only PDFs/JPEGs. Paths of GBK-named zips are given decoded; members of a nested
zip are prefixed by the nested zip's path. Junk (`__MACOSX/`, `.DS_Store`) and directory entries are not listed.
"""


def write_readme(producers):
    key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
    P = key['packages']
    used = collections.Counter()
    texts = collections.Counter()
    kinds = collections.Counter()
    for pk in P.values():
        for d in pk['documents']:
            for part in d['producer'].split(' <- '):
                used[part] += 1
            texts[d['text']] += 1
            kinds[d['kind']] += 1
    out = [HEAD]
    for lab, desc in producers.items():
        n = used.get(desc, 0)
        if n:
            out.append('| `%s` | %s (%d files) |\n' % (lab, desc, n))
    v = collections.Counter(pk['verdict'] for pk in P.values())
    nd = sum(len(pk['documents']) for pk in P.values())
    out.append('\n## Counts\n* packages: %d — pass %d, fail %d, review %d\n* documents listed in the key: %d\n' % (
        len(P), v['pass'], v['fail'], v['review'], nd))
    out.append('* text modes: %s\n' % ', '.join('%s %d' % kv for kv in texts.most_common()))
    sizes = [os.path.getsize(os.path.join(HERE, 'packages', z)) // 1024 for z in P]
    out.append('* zip sizes: %d–%d KB\n' % (min(sizes), max(sizes)))
    out.append('* GBK-named zips (no UTF-8 flag, with directory entries): %s\n' % ', '.join(
        z[:3] for z in P if z[:3] in ('L04', 'L25')))
    out.append(POLICY)
    out.append('\n## Packages\n| zip | verdict | causes | defects / notes |\n|---|---|---|---|\n')
    for z, pk in sorted(P.items()):
        out.append('| %s | %s | %s | %s |\n' % (z, pk['verdict'], ', '.join(pk['causes']) or '—',
                                               '; '.join(pk['defects']).replace('|', '/') or pk['why']))
    out.append('\n## Things not made\n* No real Microsoft Word / WPS-exported PDFs (no such producer on this machine): Word-style\n'
               '  documents are python-docx files converted by LibreOffice.\n'
               '* No CCITT/1-bit scans; all scans are JPEG (grey or colour).\n'
               '* Seals in python-docx documents are inline pictures below the signature lines, not floating over them.\n')
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(''.join(out))
