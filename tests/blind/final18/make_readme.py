#!/usr/bin/env python3
"""Writes README.md from key.json (run after generate.py)."""
import json
from collections import Counter
from pathlib import Path
ROOT = Path(__file__).resolve().parent
K = json.loads((ROOT / 'key.json').read_text(encoding='utf-8'))['packages']
cnt = Counter(e['verdict'] for e in K.values())
prod = Counter()
texts = Counter()
kinds = Counter()
for e in K.values():
    for d in e['documents']:
        p = d['producer']
        base = p.split(' (source:')[0]
        prod[base[:95]] += 1
        texts[d['text']] += 1
        for k in d['kind'].split('+'):
            kinds[k] += 1
ndocs = sum(len(e['documents']) for e in K.values())
L = []
L.append('# Blind test corpus, part final18\n')
L.append('36 application packages for 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the pre-screening tool.\n')
L.append('## Regenerate\n')
L.append('```\npython3 generate.py          # all 36 packages + key.json (about 10 minutes on 2 cores)\npython3 generate.py 3 17     # only some packages (merged into the existing key.json)\npython3 selfcheck.py         # zips open, key paths exist, org name in every text PDF, scans without text layer\npython3 make_readme.py       # this file\n```\n')
L.append('Needs: LibreOffice (soffice), chromium, Ghostscript, qpdf, poppler-utils, img2pdf, ocrmypdf + tesseract chi_sim, '
         'python packages reportlab, python-docx, odfpy, pikepdf, Pillow; fonts Noto CJK, WenQuanYi Zen Hei, Droid Sans Fallback. '
         'Content is deterministic (seeded `random.Random`, seed 18018, one RNG per package); PDF timestamps and OCR output may differ between runs. '
         '`gen_core.py` holds the credit-code algorithm (tested on DOMAIN.md\'s values), seals, the small document model and its renderers; '
         '`generate.py` holds the organisations, document templates, defects and the key.\n')
L.append('## Counts\n')
L.append(f'- packages: {len(K)} — pass {cnt["pass"]}, fail {cnt["fail"]}, review {cnt["review"]}')
L.append(f'- documents listed in the key: {ndocs}; text kinds: ' + ', '.join(f'{k} {v}' for k, v in texts.most_common()))
L.append('- material labels: ' + ', '.join(f'{k} {v}' for k, v in kinds.most_common()) + '\n')
L.append('## Producers (document count, by final producer)\n')
for k, v in prod.most_common():
    L.append(f'- {v} × {k}')
L.append('\nScans are made from rendered PDFs: pdftoppm → Pillow (rotation, noise, yellowing or grayscale, JPEG) → img2pdf; '
         'OCR layers come from ocrmypdf (tesseract chi_sim) or reportlab text render mode 3; photos are Pillow composites (desk, skew, light gradient). '
         'Seals: SVG (Chromium), PNG (python-docx/odfpy), vector drawing (reportlab).\n')
L.append('## Organisations and house styles\n')
L.append('Training school (民办非企业, docx), catering company (Chromium, GBK zip names), carbon consultancy (grey scans), '
         'group subsidiary with a 集团 批复 (reportlab, nested 样题.zip), home-service training centre (odt, __MACOSX), '
         'foreign-invested pharma company (one big compiled PDF), digital-twin start-up (odt), credit consultancy (ocrmypdf scans), '
         'bonsai company (phone photo of the licence), health company (STSong CID fonts, audit years in Chinese numerals), '
         'additive-manufacturing company (Ghostscript re-distilled, scanner file names), pipe contractor (historic 闸北 code 310108, GBK), '
         'two 社会团体 associations, a 事业单位, a branch office, and others. Letter writers: 市卫健委, 市商务委, 市生态环境局, 市药监局, 市经信委, '
         '市住建委, 市发改委, 市绿化市容局, 市交通委, 市房管局, 市科委, 市场监管局, 市民政局, 市中医药管理局, 市政府办公厅, a group parent, and 16 district HR bureaus; '
         'credit reports in three layouts (公共信用信息报告 法人版 multi-page with record table on the last page; 信用中国（上海） 专用信用报告; '
         '上海市公共信用信息服务平台 市场主体专用信用报告 in paragraphs); six audit firms with different numbering, addressees, '
         'digit/Chinese-numeral years, 业务活动表 for non-profits, and one style where the year appears only in the title and balance sheet.\n')
L.append('## Packages\n')
L.append('| zip | verdict | causes | defects |')
L.append('|---|---|---|---|')
for z, e in K.items():
    L.append(f'| {z} | {e["verdict"]} | {", ".join(e["causes"]) or "—"} | {"; ".join(e["defects"]).replace("|", "/") or e["why"]} |')
L.append('\n## Not made / limitations\n')
L.append('- No Microsoft Word / WPS producers (not available); .docx files are written by python-docx, PDFs "from Word" by LibreOffice.')
L.append('- Ghostscript re-distilling is applied only to LibreOffice output: re-distilled reportlab/Chromium PDFs lost their ToUnicode maps.')
L.append('- The "all scans" package (Z03) keeps its work plan, implementation plan and sample papers as text PDFs to stay near 1 MB.')
L.append('- Some packages are slightly above 1 MB (scans are ~100 KB per page).')
(ROOT / 'README.md').write_text('\n'.join(L) + '\n', encoding='utf-8')
print('README written')
