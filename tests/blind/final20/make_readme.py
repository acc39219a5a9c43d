#!/usr/bin/env python3
"""Write README.md from key.json (called at the end of generate.py)."""
import os, json, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(ROOT, 'key.json'), encoding='utf-8'))
V = collections.Counter(e['verdict'] for e in key['packages'].values())
prods = collections.Counter(d['producer'] for e in key['packages'].values() for d in e['documents'])
texts = collections.Counter(d['text'] for e in key['packages'].values() for d in e['documents'])
L = ['# Blind test corpus — part final20', '',
     'Thirty-six application packages for 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written from the notice and DOMAIN.md only, with an answer key.', '',
     '## Regenerate', '', '```', 'python3 generate.py     # ~10 min: renders every document, writes packages/*.zip, key.json, selfcheck_exempt.json, README.md',
     'python3 selfcheck.py    # zips open, every key path exists, org name in every text PDF/docx, scans without text layer, encrypted/corrupt as keyed', '```', '',
     'Files: `generate.py` (package definitions, layout, rendering pipeline, zip writer), `gen_core.py` (credit codes with both check digits, block model, renderers for reportlab / python-docx / odfpy / HTML, seals as reportlab drawing / PNG / SVG, scan and photo simulation), `gen_content.py` (document texts in several house styles), `selfcheck.py`, `make_readme.py`.',
     'Content is deterministic (seeded `random.Random`); PDF bytes differ between runs only by timestamps/IDs that the producers embed.', '',
     '`selfcheck_exempt.json` lists the two documents that intentionally do not carry the registered organisation name (W20: the industry letter recommends another company; W22: the application form uses a different name).', '',
     '## Counts', '', f'- packages: {len(key["packages"])} — ' + ', '.join(f'{k}: {v}' for k, v in sorted(V.items())),
     f'- documents: {sum(len(e["documents"]) for e in key["packages"].values())} — text status: ' + ', '.join(f'{k}: {v}' for k, v in texts.most_common()), '',
     '## Producers used', ''] + [f'- {k}: {v} documents' for k, v in prods.most_common()] + ['',
     'Zip variations: UTF-8 names with folders (一、申请表/ …), flat numbered names, 附件N names, scanner names (IMG_2025…, scan_0NN), pinyin names; GBK-encoded names without the UTF-8 flag (W04, W12, W18, as Windows 资源管理器 writes them); `__MACOSX/` and `.DS_Store` junk (W08, W09); a nested 样题.zip (W07, W23); one big merged PDF holding several materials (W05).', '',
     '## Packages', '', '| zip | verdict | causes | defects | organisation | applications |', '|---|---|---|---|---|---|']
for z, e in key['packages'].items():
    apps = '; '.join(f'{a["code"]} {a["name"]} {"/".join(map(str, a["levels"]))}' for a in e['applications'])
    L.append(f'| {z} | {e["verdict"]} | {", ".join(e["causes"]) or "—"} | {", ".join(e["defects"]) or "—"} | {e["organisation"]["name"]} {e["organisation"]["credit_code"]} | {apps} |')
L += ['', '## Notes on the key', '',
      '- Submission window 2025-01-20…26, so the two audit years are 2022 and 2023.',
      '- `seal` is given for stamped material kinds (the two letters, 承诺书, 廉洁责任书, registration certificate). Editable .docx copies of signed materials carry no seal.',
      '- Legible scans (150 dpi grayscale or 200 dpi colour, slight rotation, noise, JPEG) are counted as the material; some have an invisible text layer (reportlab render mode 3, or ocrmypdf/tesseract chi_sim), keyed `ocr-layer`; the others `none`.',
      '- W26 has a fail defect (2022 audit missing: 2021 supplied instead) and a review defect (district letter only as .docx): verdict fail.',
      '- W08 contains an unreadable (blurred, tiny) site photo as an extra: it does not change the pass verdict.']
open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
print('README written')
