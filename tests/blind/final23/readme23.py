# -*- coding: utf-8 -*-
"""Write README.md from key.json (called at the end of generate.py)."""
import json, os, collections
BASE = os.path.dirname(os.path.abspath(__file__))


def write():
    key = json.load(open(os.path.join(BASE, 'key.json'), encoding='utf-8'))
    cnt = collections.Counter(p['verdict'] for p in key['packages'].values())
    prods = collections.Counter()
    for p in key['packages'].values():
        for d in p['documents']:
            prods[d['producer'].split(' -> ')[0] if not d['producer'].startswith('scan') else d['producer'].split(':')[0]] += 1
    L = ['# final23 — blind test corpus (36 application packages for 沪人社职〔2024〕447号)', '',
         'Written without reading the pre-screening tool. Only the notice and DOMAIN.md were used.', '',
         '## Regenerate', '', '```', 'python3 generate.py     # ~8 min on 2 cores; writes packages/*.zip and key.json, README.md',
         'python3 selfcheck.py    # zips open, key paths exist, text layers, scans without text', '```', '',
         'Files: `generate.py` (package definitions, layout, post-processing, zip + key), `content23.py` (document texts, several variants per material),',
         '`lib23.py` (credit codes, seals, renderers: reportlab, Chromium, python-docx, odfpy, LibreOffice, Ghostscript, scans, photos, encryption, zip with GBK names).',
         'Deterministic: every random choice comes from seeded `random.Random` instances. Temporary files go to /tmp/blind23_work.', '',
         '## Producers used', '']
    for k, v in prods.most_common():
        L.append(f'- {k}: {v} documents')
    L += ['', 'Other packaging features: UTF-8 Chinese folder names; GBK names without the UTF-8 flag (A10, A19, A31);',
          'nested zips with the sample papers (A03, A34); `__MACOSX`/.DS_Store junk (A16, A24); one big merged PDF (A10);',
          'merged PDFs (work plan + pledge + integrity letter in A13; credit report + two audits + licence in A34; implementation plan + samples in A20);',
          'scanner file names (A06, A12, A28, A30); .docx files (A08); JPEG photos (site photos, a licence photo in A30).', '',
          '## Notes', '',
          '- Ghostscript re-distilling is applied only to LibreOffice PDFs made from .odt with Noto Sans CJK: on reportlab/TrueType and Chromium Type 3 output gs 10 lost the ToUnicode mapping (garbled text), which would have put documents in the corpus whose text layer says something other than the key.',
          '- ☑ is not in Noto CJK or WenQuanYi; reportlab draws it with DejaVu Sans, Chromium/LibreOffice fall back to DejaVu. pdftotext returns ☑/□/■/√ on every form.',
          '- Sizes: most packages are 0.3–1.2 MB; all-scan packages (A06, A28) use 150 dpi JPEG scans to stay near 1 MB.',
          '- `seal` in the key is set for stamped materials only and means the organisation/issuer seal on that document (a licence copy without the applicant seal, A26, is drawn without any seal at all).',
          '',
          f'## Counts', '', f'pass {cnt["pass"]}, fail {cnt["fail"]}, review {cnt["review"]} (total {sum(cnt.values())})', '',
          '## Packages', '', '| package | verdict | causes | defects |', '|---|---|---|---|']
    for z, p in key['packages'].items():
        L.append(f'| {z} | {p["verdict"]} | {", ".join(p["causes"]) or "—"} | {"；".join(p["defects"]) or "—"} |')
    open(os.path.join(BASE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')


if __name__ == '__main__':
    write()
