#!/usr/bin/env python3
"""Writes README.md from key.json."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
P = key['packages']
verd = collections.Counter(p['verdict'] for p in P.values())
causes = collections.Counter(c for p in P.values() for c in p['causes'])
defects = collections.Counter(d for p in P.values() for d in p['defects'])
prods = collections.Counter(d['producer'] for p in P.values() for d in p['documents'])
size = sum(os.path.getsize(os.path.join(HERE, 'packages', z)) for z in P)
L = ['# Blind corpus final4', '',
     'Written blind (only the notice, DOMAIN.md and the brief were read); the key comes from the generator, never from the tool.', '',
     '## Regenerate', '', '```', 'python3 generate.py   # ~2.5 min: writes packages/*.zip and key.json (scratch in /tmp/blind-final4)',
     'python3 check.py      # self-check: zips open, key paths exist, pdftotext shows name/code/occupation codes, scans have no text',
     'python3 readme.py     # rewrites this README from key.json', '```', '',
     'Content is deterministic (random.Random(4000+n) per package); PDF timestamps from LibreOffice/Chromium may differ between runs.',
     'Needs: python-docx, reportlab, Pillow, img2pdf (pip), LibreOffice (own profile /tmp/lo-final4), Chromium, poppler-utils, Ghostscript, qpdf, ocrmypdf + tesseract chi_sim, wqy/noto-cjk/arphic fonts.', '',
     '## Producers used', '',
     '- python-docx with five templates (Noto Serif CJK / WenQuanYi Zen Hei with header / AR PL UMing / Noto Sans CJK with organisation header / AR PL UKai; merged-cell tables, red letterhead rule, pasted e-seal PNG) -> LibreOffice 7.4 in one batch call',
     '- hand-written flat ODT (.fodt) with covered-cell tables and base64 seal images -> LibreOffice',
     '- HTML -> Chromium headless print-to-pdf (letterheads, landscape ■/□ grids, PNG seals and CSS-drawn seals with rotated rim characters)',
     '- reportlab platypus with embedded TrueType fonts (WenQuanYi Zen Hei, AR PL UKai, AR PL UMing) and vector seals; reportlab canvas certificate layouts (licence / 登记证书 / 事业单位法人证书) with text at coordinates; a few reportlab STSong-Light (non-embedded CID) documents',
     '- Ghostscript pdfwrite re-distilled LibreOffice PDFs',
     '- scans: pdftoppm -> Pillow skew/speckle -> JPEG -> img2pdf (legible 150 dpi grayscale/colour: text `none`; 60-90 dpi faint/blurred/speckled: `poor`); multi-page CCITT G4 TIFF -> img2pdf; scan + invisible reportlab text layer (render mode 3); scan -> ocrmypdf -l chi_sim',
     '- phone photos (.jpg with perspective, dim, blur), Pillow-drawn site photos, .docx files left as Word files, qpdf AES-256 encrypted PDF, truncated (corrupt) PDF, nested zip, GBK entry names without the UTF-8 flag (most), UTF-8 names without the flag plus __MACOSX/.DS_Store and a top folder named after the applicant (J02), one 申报材料汇编.pdf holding the whole package with a 目录 (J04)', '',
     '## Packages', '', '| file | verdict | causes | defects |', '|---|---|---|---|']
for z, p in P.items():
    L.append(f"| {z} | {p['verdict']} | {', '.join(map(str, p['causes']))} | {', '.join(p['defects'])} |")
L += ['', f'Verdicts: ' + ', '.join(f'{k} {v}' for k, v in sorted(verd.items())) + f'; total size {size / 1e6:.1f} MB.', '',
      '## Per-cause counts', '', '| cause | packages |', '|---|---|'] + [f'| {c} | {n} |' for c, n in sorted(causes.items())]
L += ['', '## Per-defect counts', '', '| defect | packages |', '|---|---|'] + [f'| {d} | {n} |' for d, n in sorted(defects.items())]
L += ['', '## Notes on the key', '',
      '- Legible image-only scans (`text: none`) of required materials appear only in packages whose verdict does not depend on them; pass packages satisfy every requirement with text PDFs or scans with a text layer (`ocr_layer`), so the brief\'s two statements about scans (legible scan counts vs. "a requirement met only by a scan is still review") never disagree here.',
      '- J03 is a 社会团体 (51 code) whose work plan states it completed 与行政机关脱钩; the key treats it as eligible (pass).',
      '- J08\'s form mentions a previous year\'s application for another occupation (化工总控工); that is not an application in this package.',
      '- Every stamped material carries a seal except the two planted `seal_missing_on_*` cases (J34, J35); the pledge draft .docx in J10 is an unstamped extra beside the stamped PDF.',
      '- Defects that only describe an unreadable part of a fail package (e.g. `integrity_letter_poor_scan` in J14) are listed for information; the verdict comes from the readable disqualifier.']
open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
print('README written')
