#!/usr/bin/env python3
"""Writes README.md from key.json (called by generate.py)."""
import collections, json
from pathlib import Path
HERE = Path(__file__).resolve().parent


NOTES = "## Notes\n\n- G01's grid form (python-docx -> LibreOffice) wraps the occupation code inside its narrow cell (`4-14-01-` / `02`); this is deliberate real-world layout, and the package is still `pass`. `check.py` reports it as its single expected warning.\n- Packages average about 510 KB (largest about 730 KB) because every text PDF embeds its own CJK font subset. That is over the 500 KB target.\n- G26/G27 are the one allowed duplicate pair (same credit code, same occupation). No other applicant or credit code is reused.\n- Organisations with a 51 code (社会团体) appear only in packages that fail for another definite reason. This avoids the open question of whether the body has been 脱钩.\n"


def main():
    key = json.loads((HERE / 'key.json').read_text(encoding='utf-8'))
    P = key['packages']
    verd = collections.Counter(p['verdict'] for p in P.values())
    causes = collections.Counter(c for p in P.values() for c in p['causes'])
    defects = collections.Counter(d for p in P.values() for d in p['defects'])
    prods = collections.Counter(d['producer'].split(' -> ')[0].split(' (')[0].split(',')[0] for p in P.values() for d in p['documents'])
    posts = collections.Counter(d['text'] for p in P.values() for d in p['documents'])
    size = sum((HERE / 'packages' / f).stat().st_size for f in P)
    L = ['# Blind corpus final2', '',
         'Written blind: only the notice, DOMAIN.md and the task prompt were read. The key comes from what the generator',
         'planted, never from running the tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py   # ~3 min: LibreOffice + Chromium + scans; writes packages/, key.json, README.md',
         'python3 check.py      # self-check: zips open, key paths exist, text/scan expectations, sizes', '```', '',
         'Deterministic: `random.Random` with fixed seeds, no wall-clock in content (PDF timestamps/IDs may differ).',
         'Modules: `specs.py` (the packages and their planted defects), `content.py` (document texts, several templates per kind),',
         '`render.py` (producers).', '',
         '## Producers', '',
         '- python-docx documents (fonts Noto Serif CJK SC, WenQuanYi Zen Hei, AR PL UKai; merged cells) -> LibreOffice PDF (own profile /tmp/lo-final2)',
         '- hand-written flat ODT (.fodt, fonts AR PL UMing, Noto Sans CJK) -> LibreOffice PDF',
         '- HTML/CSS letterheads, tables, ☑/□ boxes, CSS seals -> Chromium --print-to-pdf (AR PL UMing/UKai, WenQuanYi TrueType; Noto Serif CJK emitted as Type 3 for a few letters)',
         '- reportlab platypus with embedded TrueType (wqy-zenhei, wqy-microhei, ukai, uming) and a few with non-embedded STSong-Light',
         '- reportlab canvas certificate layouts at coordinates (营业执照 with QR-like block, 民办非企业单位登记证书, 社会团体法人登记证书, 事业单位法人证书)',
         '- Ghostscript pdfwrite re-distilled LibreOffice output',
         '- scans: pdftoppm 150 dpi gray + Pillow rotation/noise/seal ring -> img2pdf (image only); the same with a reportlab invisible text layer (render mode 3)',
         '- .docx left editable, Pillow-drawn site photos (.jpg), a page photographed as .jpg, qpdf AES-256 encrypted PDF, truncated (corrupt) PDF',
         '- zips: GBK entry names without the UTF-8 flag (most), UTF-8 (G10), a nested zip (G04, inner names UTF-8)', '',
         f'Total size: {size / 1024 / 1024:.1f} MB in {len(P)} packages.', '',
         '## Packages', '', '| file | verdict | causes | defects |', '|---|---|---|---|']
    for f, p in P.items():
        L.append(f'| {f} | {p["verdict"]} | {", ".join(map(str, p["causes"]))} | {", ".join(p["defects"])} |')
    L += ['', '## Counts', '', 'Verdicts: ' + ', '.join(f'{k} {v}' for k, v in sorted(verd.items())), '',
          '| cause | packages |', '|---|---|'] + [f'| {c} | {causes[c]} |' for c in range(1, 9)]
    L += ['', '| defect | packages |', '|---|---|'] + [f'| {d} | {n} |' for d, n in sorted(defects.items())]
    L += ['', 'Document text modes: ' + ', '.join(f'{k} {v}' for k, v in sorted(posts.items())), '']
    L += NOTES.split('\n')
    (HERE / 'README.md').write_text('\n'.join(L), encoding='utf-8')


if __name__ == '__main__':
    main()
