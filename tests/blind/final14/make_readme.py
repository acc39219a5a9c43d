#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write README.md from key.json (called at the end of generate.py)."""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

INTRO = """# Blind test corpus, part final14

36 application packages for 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the
pre-screening tool. Everything here is generated; organisations, codes, people and document numbers are invented.

## Regenerate

    python3 generate.py          # ~7 min on 2 cores: packages/*.zip, key.json, expect.json, README.md
    python3 generate.py --only=X17,X21   # rebuild some packages, keeping the other key entries
    python3 selfcheck.py         # zips open, key paths exist, names in text layers, scans text-free, ...

`generate.py` holds the 36 package specifications (organisation, occupations/levels, planted defects, producers,
naming scheme, zip encoding); `gen_content.py` the wording (several house styles per material);
`gen_lib.py` the renderers and post-processors. Content is deterministic (`random.Random` seeded per package);
PDF bytes carry creation timestamps. `expect.json` lists, per text document, the organisation name
selfcheck expects (it differs where a defect is a document naming another organisation).
LibreOffice runs with a private profile under `_build/` (deleted at the end unless `--keep-build`).

## Producers used

| producer | how |
|---|---|
| python-docx → LibreOffice | Word documents (WenQuanYi Zen Hei or Noto Serif CJK), seals as PNG pictures |
| odfpy (.odt) → LibreOffice | ODF text documents with ODF tables and seal images |
| Chromium `--print-to-pdf` | HTML/CSS with inline SVG seals (text on a path); CID TrueType or Type 3 fonts (Noto, qpdf-compressed) |
| reportlab platypus, embedded TTF | WenQuanYi Zen Hei subset, vector seals drawn on the canvas, page headers/footers |
| reportlab, STSong-Light CID | non-embedded Adobe-GB1 font (needs poppler-data to extract) |
| reportlab canvas certificates | 营业执照 / 民办非企业单位登记证书 / 社会团体法人登记证书 / 事业单位法人证书 drawn at coordinates, authority seal, QR pattern, applicant seal on the copy |
| Ghostscript pdfwrite | one package fully re-distilled (/ebook) |
| scans | pdftoppm → Pillow (rotation, noise, grayscale or colour cast, JPEG) → img2pdf; no text layer |
| OCR layer | ocrmypdf (chi_sim) over a scan, or reportlab image page + invisible text (render mode 3) |
| faint scan | 60 dpi, washed out, blurred (unreadable) |
| phone photos | JPEG on a desk background with lighting gradient; one deliberately unreadable |
| qpdf | AES-256 encryption with a user password; merging several materials into one PDF |
| truncation | a PDF cut to 55 % of its bytes |
| .docx as submitted | python-docx file shipped as is |

Zip variety: UTF-8 names with the flag, GBK names without it (Windows built-in zip; `ZipInfo` subclass),
ASCII pinyin names, scanner-style names (IMG_2025…, scan_003, 新建 Microsoft Word 文档 (3), 附件9), a top folder,
numbered folders, nested zips of sample papers, `__MACOSX/` + `.DS_Store` junk, one big merged PDF.

## Key conventions

* `causes`: short codes of the defects that decide the verdict; `defects`: what was planted, in words
  (a fail package may also list a review-level defect, e.g. X25).
* `seal` is given for stamped materials (the two letters, 承诺书, 廉洁责任书, the licence copy) and for merged
  PDFs containing one.
* Nested zips: members are listed as `<nested zip path>/<member>`; the nested zip itself is not listed.
* `text`: `text` (text PDF or .docx), `ocr-layer`, `none` (image-only scans, JPEG photos), `encrypted`, `corrupt`.
* Submission window 2025-01-20…26, so the required audit years are 2022 and 2023.

"""


def main():
    key = json.loads((HERE / 'key.json').read_text(encoding='utf-8'))
    pk = key['packages']
    c = Counter(v['verdict'] for v in pk.values())
    prods = Counter()
    ndocs = 0
    texts = Counter()
    for v in pk.values():
        for d in v['documents']:
            ndocs += 1
            texts[d['text']] += 1
            prods[d['producer'].split(' → ')[0].split(' (')[0]] += 1
    lines = [INTRO, '## Packages\n',
             '| zip | verdict | causes | defects / notes | occupations (levels) |', '|---|---|---|---|---|']
    for z, v in pk.items():
        occ = '; '.join(f"{a['code']} {a['name']} ({','.join(map(str, a['levels']))})" for a in v['applications'])
        lines.append(f"| {z} | {v['verdict']} | {', '.join(v['causes']) or '—'} | "
                     f"{'; '.join(v['defects']) or v['why']} | {occ} |")
    lines += ['', '## Counts', '',
              f"* packages: {len(pk)} — pass {c['pass']}, fail {c['fail']}, review {c['review']}",
              f"* documents listed in the key: {ndocs}; text layer: " + ', '.join(f'{k} {n}' for k, n in sorted(texts.items())),
              '* documents by first producer: ' + ', '.join(f'{k} {n}' for k, n in prods.most_common()), '']
    (HERE / 'README.md').write_text('\n'.join(lines), encoding='utf-8')


if __name__ == '__main__':
    main()
