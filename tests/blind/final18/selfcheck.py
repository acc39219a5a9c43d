#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check for the final18 corpus: zips open, every key path exists (and nothing else but junk),
pdftotext shows the organisation name in every `text` document, image-only scans have no text layer,
encrypted PDFs need a password, corrupt PDFs do not parse, verdict counts."""
import io, json, re, subprocess, sys, tempfile, zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
JUNK = re.compile(r'(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)')


def decode_name(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    try:
        raw = zi.filename.encode('cp437')
    except UnicodeEncodeError:
        return zi.filename
    try:
        return raw.decode('gbk')
    except UnicodeDecodeError:
        return zi.filename


def members(data, prefix=''):
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for zi in z.infolist():
            if zi.is_dir():
                continue
            name = decode_name(zi)
            if JUNK.search(name):
                continue
            b = z.read(zi)
            if name.lower().endswith('.zip'):
                out.update(members(b, prefix + name + '/'))
            else:
                out[prefix + name] = b
    return out


def pdftext(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')


def docx_text(b):
    import docx
    d = docx.Document(io.BytesIO(b))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for r in tb.rows:
            t += [c.text for c in r.cells]
    return '\n'.join(t)


def main():
    key = json.loads((ROOT / 'key.json').read_text(encoding='utf-8'))
    assert key['author'] == 'final18'
    errs = []
    counts = Counter()
    nz = 0
    for zname, e in key['packages'].items():
        zp = ROOT / 'packages' / zname
        if not zp.exists():
            errs.append(f'{zname}: zip missing')
            continue
        nz += 1
        counts[e['verdict']] += 1
        if zp.stat().st_size > 1200 * 1024:
            print(f'note: {zname} is {zp.stat().st_size // 1024} KB')
        try:
            m = members(zp.read_bytes())
        except Exception as ex:
            errs.append(f'{zname}: cannot open: {ex}')
            continue
        paths = {d['path'] for d in e['documents']}
        for extra in set(m) - paths:
            errs.append(f'{zname}: file in zip not in key: {extra}')
        name = re.sub(r'\s+', '', e['organisation']['name'])
        defect_text = ' '.join(e['defects'])
        for d in e['documents']:
            p = d['path']
            if p not in m:
                errs.append(f'{zname}: key path missing in zip: {p}')
                continue
            b = m[p]
            low = p.lower()
            if low.endswith('.pdf'):
                rc, t = pdftext(b)
                t = re.sub(r'\s+', '', t)
                if d['text'] == 'text':
                    if rc != 0:
                        errs.append(f'{zname}: pdftotext failed: {p}')
                    elif name not in t and p not in defect_text:
                        errs.append(f'{zname}: organisation name not in text of {p}')
                elif d['text'] == 'none':
                    if len(t) > 5:
                        errs.append(f'{zname}: image-only scan has text ({len(t)} chars): {p}')
                elif d['text'] == 'ocr-layer':
                    if len(t) < 20:
                        errs.append(f'{zname}: OCR layer empty: {p}')
                elif d['text'] == 'encrypted':
                    if rc == 0 and t:
                        errs.append(f'{zname}: encrypted PDF readable without password: {p}')
                elif d['text'] == 'corrupt':
                    r = subprocess.run(['qpdf', '--check', '-'], input=b, capture_output=True)
                    if b.rstrip().endswith(b'%%EOF'):
                        errs.append(f'{zname}: corrupt PDF still ends with %%EOF: {p}')
            elif low.endswith('.docx'):
                t = re.sub(r'\s+', '', docx_text(b))
                if d['text'] == 'text' and name not in t and p not in defect_text:
                    errs.append(f'{zname}: organisation name not in docx {p}')
            elif low.endswith(('.jpg', '.jpeg', '.png')):
                if d['text'] != 'none':
                    errs.append(f'{zname}: image should have text none: {p}')
            if any(k in d['kind'] for k in ('industry_letter', 'district_letter', 'pledge', 'integrity_letter',
                                            'registration_certificate')) and 'seal' not in d:
                errs.append(f'{zname}: stamped material without seal flag: {p}')
    print(f'zips checked: {nz}, verdicts: {dict(counts)}')
    for x in errs:
        print('ERROR', x)
    print('OK' if not errs else f'{len(errs)} problems')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
