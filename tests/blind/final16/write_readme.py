#!/usr/bin/env python3
"""Writes README.md from key.json (called at the end of generate.py)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
def main():
    key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
    P = key['packages']
    cnt = collections.Counter(p['verdict'] for p in P.values())
    texts = collections.Counter(d['text'] for p in P.values() for d in p['documents'])
    prods = collections.Counter()
    for p in P.values():
        for d in p['documents']:
            pr = d['producer']
            for k in ['reportlab (embedded', 'reportlab (STSong', 'from python-docx', 'from odfpy', 'Chromium', 'python-docx (.docx',
                      'Ghostscript', 'render mode 3', 'ocrmypdf', 'scan: pdftoppm', 'unreadable scan', 'phone photo', 'pikepdf AES',
                      'truncated', 'certificate drawn', 'pikepdf merge', 'Pillow-drawn', 'floor plan']:
                if k in pr: prods[k] += 1
    L = ['# Blind test corpus, part final16', '',
         '36 application packages answering 沪人社职〔2024〕447号, written without reading the pre-screening tool.', '',
         '## Regenerate', '', '```', 'python3 generate.py     # writes build/, packages/*.zip, key.json, selfcheck_names.json, README.md',
         'python3 selfcheck.py    # zips open, key paths exist, org name in every text document, scans have no text', '```', '',
         'Code: `generate.py` (credit codes, package builder, zip writer incl. GBK names), `packages_def.py` (the 36 organisations, house styles, planted defects, verdicts),',
         '`gen_content.py` (wording of every material, several variants each), `gen_render.py` (reportlab / python-docx / odfpy / HTML back-ends, seals),',
         '`gen_post.py` (scans, photos, OCR layers, Ghostscript, encryption, truncation, merging, certificates). Content is deterministic (seeded random).',
         'Needs: LibreOffice, chromium, Ghostscript, poppler-utils, img2pdf, ocrmypdf + tesseract chi_sim, python: reportlab python-docx odfpy pikepdf pillow.', '',
         '## Counts', '', 'Verdicts: %s.' % ', '.join('%s %d' % (k, cnt[k]) for k in ('pass', 'fail', 'review')), '',
         'Documents by text kind: %s (total %d).' % (', '.join('%s %d' % kv for kv in sorted(texts.items())), sum(texts.values())), '',
         '## Producers used (documents per producer family)', '']
    for k, v in prods.most_common():
        L.append('- %s: %d' % (k, v))
    L += ['', 'Letters from 16 different issuers styles (市级委办局函, 行业协会推荐意见, 集团批复, 推荐书表格; 区人社局函 / 仅红头+公章推荐意见 / 推荐表 / 无红头推荐函);',
          'credit reports in three layouts (多页公共信用信息报告 with the record table on the last page, 信用中国（上海）专用信用报告, web print);',
          'audit reports from five firms (年度 in digits, in Chinese numerals, or only in the title and the balance sheet; 业务活动表 for non-profits).', '',
          '## Packages', '', '| zip | verdict | causes | defects |', '|---|---|---|---|']
    for zn, p in sorted(P.items()):
        L.append('| %s | %s | %s | %s |' % (zn, p['verdict'], ', '.join(p['causes']) or '—', '; '.join(p['defects']) or '—'))
    L += ['', 'Notes: X17 and X18 are the same organisation applying twice for 盆景师 (both fail). X27 has a fail (missing 2022 audit) and a review defect (docx-only 廉洁责任书): fail.',
          'X05 holds an unreadable duplicate of its credit report and X12 an unreadable site photo: these do not change the verdict (pass).',
          'GBK-encoded entry names (no UTF-8 flag): X06, X10. Nested zips: X03, X08. `__MACOSX`/.DS_Store junk: X04, X09.', '']
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L))
if __name__ == '__main__':
    main()
