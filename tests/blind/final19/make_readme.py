"""Write README.md from key.json (called at the end of generate.py)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
def main():
    key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
    P = key['packages']; v = collections.Counter(e['verdict'] for e in P.values())
    prods = collections.Counter(d['producer'] for e in P.values() for d in e['documents'])
    texts = collections.Counter(d['text'] for e in P.values() for d in e['documents'])
    L = ['# Blind corpus part final19', '',
         '36 application packages for 沪人社职〔2024〕447号 (社会培训评价组织征集遴选), written without reading the pre-screening tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py     # ~6 min on 2 cores: renders build/, writes packages/*.zip, key.json, README.md', 'python3 selfcheck.py    # zips open, key paths exist, names in text layers, scans without text', '```', '',
         'Deterministic: fixed seeds (random.Random(19019) for codes, per-file seeds for scan noise), no hash randomisation. Files: `codes.py` (GB 32100 check characters, tested on DOMAIN.md values), '
         '`render.py` (one block model → reportlab / python-docx→LibreOffice / odfpy→LibreOffice / HTML→Chromium / Ghostscript / scans), `content.py` (material wording, several house styles per material), '
         '`packages_spec.py` (the 36 organisations, applications and planted defects), `generate.py` (assembly, zips incl. GBK names, nested zip, __MACOSX junk).', '',
         '## Counts', '', '- verdicts: %s' % ', '.join('%s %d' % kv for kv in sorted(v.items())),
         '- documents: %d; text layers: %s' % (sum(len(e['documents']) for e in P.values()), ', '.join('%s %d' % kv for kv in sorted(texts.items()))), '',
         '## Producers', ''] + ['- %s: %d files' % kv for kv in prods.most_common()] + ['', '## Packages', '',
         '| zip | verdict | causes | defects |', '|---|---|---|---|']
    for zn, e in P.items():
        L.append('| %s | %s | %s | %s |' % (zn, e['verdict'], ', '.join(e['causes']) or '—', '; '.join(e['defects']) or e['why']))
    L += ['', '## Notes', '',
          '- V13 and V14 are the same organisation (same credit code) applying for 保洁员 twice: both fail.',
          '- V21 carries a fail defect (太仓 district letter) plus a review defect (unsealed 廉洁责任书): fail.',
          '- GBK-named zips (no UTF-8 flag, as Windows writes them): V02, V07, V14. Nested zip: V10 (样题.zip). __MACOSX/.DS_Store junk: V05, V36.',
          '- Legible scans (150–170 dpi gray or colour, slight rotation, noise) count as the material; only V29 (60 dpi faint licence) and V34 (blurred phone photo of the form) are unreadable.',
          '- Not made: Ghostscript re-distilled PDFs. Ghostscript 10.00 pdfwrite rewrote the ToUnicode maps of the embedded CJK subsets (上 came out as P, 、 as 1), so the organisation name was no longer extractable; the gs path is still in generate.py (mode "gs") but no package uses it. LibreOffice → Ghostscript gave fully garbled text.',
          '- `selfcheck_names.json` lists the other names that legitimately appear instead of the applicant in V20 (letter recommends another company) and V23 (form with a different name).']
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
if __name__ == '__main__': main()
