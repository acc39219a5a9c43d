# -*- coding: utf-8 -*-
"""Writes README.md from key.json (called by generate.py)."""
import json, os, collections

INTRO = '''# final13 — blind test corpus (36 application packages for 沪人社职〔2024〕447号)

Written without reading the pre-screening tool. Inputs: `/work/shared/notice-2024-447.txt`, `/work/shared/DOMAIN.md`.

## Regenerate

```
python3 generate.py      # writes packages/W01-…zip … W36-…zip, key.json, selfcheck_expect.json, README.md (≈8 min, 2 CPUs)
python3 selfcheck.py     # zips open, key paths exist, org name in every text PDF, scans without text layer, …
```

Files: `generate.py` (organisations + the 36 package specs: verdict, causes, defects, house style),
`generate_pkg.py` (assembly, naming schemes, build pipeline, zips, key), `gen_content.py` (document texts:
application forms, letters, credit reports, audit reports, certificates, plans, sample papers),
`gen_render.py` (renderers, seals, scans, credit-code algorithm, GBK zip writer). `build/` (created by generate.py, removed after a run is not needed) holds intermediates.
Content is seeded (random.Random with fixed seeds); PDF bytes carry tool timestamps.

## Producers used

- reportlab 5.1 with the WenQuanYi Zen Hei TTF embedded (platypus documents; canvas-drawn certificates with QR code)
- reportlab with the non-embedded CID font STSong-Light (one organisation)
- LibreOffice 7.4 (headless `--convert-to pdf`) from .docx written with python-docx (seal = inline PNG)
- LibreOffice 7.4 from .odt written with odfpy (tables with merged cells, seal frame)
- Chromium headless `--print-to-pdf` from HTML/CSS with an inline SVG seal (Type 3 fonts), then `qpdf --recompress-flate`
- Ghostscript `pdfwrite` re-distilling LibreOffice output (one organisation's text PDFs)
- scans: `pdftoppm` → Pillow (rotation ±1.2°, blur, speckle noise, grayscale or colour) → JPEG → `img2pdf` (image only, no text)
- scans with an invisible text layer: image + reportlab text render mode 3; and one via `ocrmypdf -l chi_sim`
- phone photos (.jpg): Pillow (legible: rotation; unreadable: 1/3 size, heavy blur, dark, skewed on a table)
- `.docx` files shipped as is (python-docx); pikepdf AES-256 encrypted PDFs; a truncated/zero-filled PDF
- zips: Python zipfile with UTF-8 names (flag bit 11), and two with GBK names without the flag as Windows' built-in
  zip writes them (W06 上海碳衡, W33 上海申科); one nested zip of sample papers and `__MACOSX/` + `.DS_Store` junk (W20 博思特).

Sample papers: two distinct sets per applied level (样题一/二, 样题（一）/（二）, 样卷（A卷）/（B卷）, 模拟试卷1/2,
理论知识试卷（第一套）/（第二套）, 技能操作考核试题 A 卷/B 卷), one file per set, per level, or per occupation.
Key conventions: `documents[].path` of a nested zip member is `<nested zip path>/<member path>` (the container itself
is not listed); `seal` is given for documents that contain a stamped material (letters, 承诺书, 廉洁责任书, licence copy).
A document whose text shows a name different from the organisation (the name-mismatch licence/credit report, the
letter recommending another organisation) is listed in `selfcheck_expect.json`.

'''


def write_readme(here, extra_notes):
    key = json.load(open(os.path.join(here, 'key.json'), encoding='utf-8'))
    rows = []
    cnt = collections.Counter()
    texts = collections.Counter()
    ndocs = 0
    for z, pk in sorted(key['packages'].items()):
        cnt[pk['verdict']] += 1
        for d in pk['documents']:
            texts[d['text']] += 1
            ndocs += 1
        apps = '; '.join('%s %s' % (a['name'], ','.join(str(l) for l in a['levels'])) for a in pk['applications'])
        rows.append('| %s | %s | %s | %s | %s | %s |' % (z[:3], pk['organisation']['name'], apps, pk['verdict'],
                                                     ', '.join(pk['causes']) or '—', '；'.join(pk['defects']) or pk['why']))
    out = INTRO
    out += '## Counts\n\n%d packages: %d pass, %d fail, %d review. %d documents listed (text: %s).\n\n' % (
        len(key['packages']), cnt['pass'], cnt['fail'], cnt['review'], ndocs,
        ', '.join('%s %d' % kv for kv in sorted(texts.items())))
    out += '## Packages\n\n| # | organisation | applications (levels) | verdict | causes | defects / notes |\n|---|---|---|---|---|---|\n'
    out += '\n'.join(rows) + '\n\n'
    out += '## Notes\n\n' + extra_notes + '\n'
    open(os.path.join(here, 'README.md'), 'w', encoding='utf-8').write(out)
