# -*- coding: utf-8 -*-
"""Writes README.md from key.json (run after generate.py)."""
import json, os, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
k = json.load(open(os.path.join(ROOT, 'key.json')))
P = k['packages']
cnt = collections.Counter(p['verdict'] for p in P.values())
prod = collections.Counter()
for p in P.values():
    for d in p['documents']:
        prod[d['producer']] += 1
L = ['# final26 — blind test corpus (沪人社职〔2024〕447号 application packages)', '',
     'Regenerate: `python3 generate.py && python3 make_readme.py && python3 selfcheck.py` (deterministic: seeded `random`, fixed dates).',
     'Needs LibreOffice, chromium, Ghostscript, poppler-utils, qpdf, img2pdf, tesseract-ocr-chi-sim + ocrmypdf, fonts-noto-cjk, fonts-wqy-zenhei; pip: reportlab, python-docx, odfpy, pikepdf, pillow.',
     '', 'Files: `generate.py` (package specs, pipeline, zipping, key), `gen_core.py` (credit codes, seals, renderers: reportlab / python-docx / odfpy / HTML, scan + photo simulation, GBK zip entries), `gen_content.py` (texts of every material in several house styles), `gen_cert.py` (certificates at coordinates), `selfcheck.py`, `make_readme.py`. `build/` holds intermediates and `build/expect.json` (name expected in each text document, used by selfcheck).',
     '', '## Counts', '', '- packages: %d — pass %d, fail %d, review %d' % (len(P), cnt['pass'], cnt['fail'], cnt['review']),
     '- documents listed in key: %d' % sum(len(p['documents']) for p in P.values()),
     '- GBK-named zips (no UTF-8 flag): D02, D12; `__MACOSX` junk: D07, D10; nested zip: D06; one big multi-material PDF: D06; top folder inside zip: D02, D11, D15, D28',
     '', '## Producers (documents per producer string)', '']
for k2, v in prod.most_common():
    L.append('- %d × %s' % (v, k2))
L += ['', '## Packages', '', '| zip | verdict | causes | defects |', '|---|---|---|---|']
for z, p in sorted(P.items()):
    L.append('| %s | %s | %s | %s |' % (z, p['verdict'], ', '.join(p['causes']), '；'.join(p['defects']) or '—'))
open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(L) + '\n')
