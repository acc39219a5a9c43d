#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes README.md from key.json."""
import os, json, collections
WORK = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(WORK, 'key.json'), encoding='utf-8'))
P = key['packages']
cnt = collections.Counter(p['verdict'] for p in P.values())
prod = collections.Counter()
for p in P.values():
    for d in p['documents']:
        prod[d['producer'].split(' [from')[0]] += 1
lines = ['# Blind test corpus, part final22', '',
         '36 application packages answering 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py        # all packages -> packages/*.zip + key.json (build/ is scratch)',
         'python3 generate.py 3 17   # only some packages (key.json then holds only those)', 'python3 selfcheck.py', 'python3 make_readme.py', '```', '',
         'Needs: LibreOffice (soffice), chromium, ghostscript, qpdf, poppler-utils, ocrmypdf + tesseract chi_sim, python: reportlab python-docx odfpy pillow img2pdf pikepdf; fonts wqy-zenhei, noto-cjk.',
         'Content is deterministic (seeded random, SEED=22022); PDF bytes may differ in timestamps/IDs between runs.', '',
         'Files: `generate.py` (package specs, assembly, zip writing incl. GBK names), `content.py` (document texts, several house styles per material), '
         '`lib.py` (credit-code check digits, block-model renderers: Chromium/python-docx/odfpy/reportlab, seals, scan simulation), `selfcheck.py`, `make_readme.py`.', '',
         '## Counts', '', 'Verdicts: ' + ', '.join('%s %d' % (k, cnt[k]) for k in ('pass', 'fail', 'review')), '',
         '## Producers used (documents)', '']
for k, v in prod.most_common():
    lines.append('- %s: %d' % (k, v))
lines += ['', '## Packages', '', '| zip | verdict | causes | defects |', '|---|---|---|---|']
for zn in sorted(P):
    p = P[zn]
    lines.append('| %s | %s | %s | %s |' % (zn, p['verdict'], ', '.join(p['causes']) or '—', ', '.join(p['defects']) or '—'))
lines += ['', 'Cause vocabulary: `missing:<material>`, `unreadable:<material>`, `seal_absent:<material>`, `signed_material_docx_only:<material>`, '
          '`public_institution`, `not_registered_in_shanghai`, `occupation_not_in_notice`, `level_not_allowed`, `duplicate_application`, `credit_record`, '
          '`letter_names_other_organisation`, `district_letter_not_shanghai`, `name_mismatch`, `one_sample_set`, `branch_not_legal_person`, '
          '`credit_code_check_failed`, `social_organisation`.', '']
open(os.path.join(WORK, 'README.md'), 'w', encoding='utf-8').write('\n'.join(lines))
print('README.md written')
