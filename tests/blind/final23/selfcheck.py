#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final23 corpus: zips open, every key path exists, text documents show the organisation
name (pdftotext / python-docx), image-only scans have no text layer, encrypted/corrupt files really are."""
import os, sys, json, zipfile, io, subprocess, tempfile, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib23 import valid_code

BASE = os.path.dirname(os.path.abspath(__file__))
JUNK = ('__MACOSX/', '.DS_Store')


def names_of(z):
    out = {}
    for zi in z.infolist():
        n = zi.filename
        if not (zi.flag_bits & 0x800):
            try:
                n = zi.filename.encode('cp437').decode('gbk')
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out[n] = zi
    return out


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')


def main():
    key = json.load(open(os.path.join(BASE, 'key.json'), encoding='utf-8'))
    errs = []
    counts = collections.Counter()
    for zname, pk in key['packages'].items():
        counts[pk['verdict']] += 1
        zp = os.path.join(BASE, 'packages', zname)
        if not os.path.exists(zp):
            errs.append(f'{zname}: missing zip')
            continue
        if os.path.getsize(zp) > 1_300_000:
            errs.append(f'{zname}: {os.path.getsize(zp)} bytes (> ~1 MB)')
        z = zipfile.ZipFile(zp)
        names = names_of(z)
        listed = set()
        orgname = pk['organisation']['name']
        code = pk['organisation']['credit_code']
        if pk['verdict'] == 'pass' and not valid_code(code):
            errs.append(f'{zname}: pass with invalid code')
        for d in pk['documents']:
            path = d['path']
            inner = None
            for n in names:
                if n.endswith('.zip') and path.startswith(n + '/'):
                    inner = n
            if inner:
                iz = zipfile.ZipFile(io.BytesIO(z.read(names[inner])))
                inames = names_of(iz)
                sub = path[len(inner) + 1:]
                if sub not in inames:
                    errs.append(f'{zname}: nested path missing {path}')
                    continue
                data = iz.read(inames[sub])
                listed.add(inner)
            else:
                if path not in names:
                    errs.append(f'{zname}: path missing {path}')
                    continue
                data = z.read(names[path])
            listed.add(path)
            t = d['text']
            if path.endswith('.pdf'):
                rc, txt = pdftext(data)
                norm = ''.join(txt.split())
                if t == 'text':
                    if rc != 0 or orgname not in norm and pk['organisation']['name'] not in norm:
                        # name-mismatch packages show the form's name on the org's own documents
                        alt = [x for x in pk.get('defects', []) if '“' in x]
                        ok = any(a.split('“')[1].split('”')[0] in norm for a in alt) if alt else False
                        if not ok:
                            errs.append(f'{zname}: {path}: organisation name not in text layer')
                elif t == 'none':
                    if norm:
                        errs.append(f'{zname}: {path}: image-only scan has a text layer ({norm[:30]})')
                elif t == 'ocr-layer':
                    if not norm:
                        errs.append(f'{zname}: {path}: OCR layer empty')
                elif t == 'encrypted':
                    if rc == 0 and norm:
                        errs.append(f'{zname}: {path}: encrypted file readable')
                elif t == 'corrupt':
                    if data.rstrip().endswith(b'%%EOF'):
                        errs.append(f'{zname}: {path}: corrupt file looks complete')
            elif path.endswith('.docx'):
                import docx
                dd = docx.Document(io.BytesIO(data))
                txt = ''.join(p.text for p in dd.paragraphs) + ''.join(c.text for t_ in dd.tables for r in t_.rows for c in r.cells)
                if orgname not in txt:
                    errs.append(f'{zname}: {path}: organisation name not in docx')
            elif path.endswith('.jpg'):
                if t != 'none':
                    errs.append(f'{zname}: {path}: jpg must be text=none')
        for n, zi in names.items():
            if n.endswith('/') or n.startswith('__MACOSX/') or n.endswith('.DS_Store'):
                continue
            if n not in listed:
                errs.append(f'{zname}: unlisted entry {n}')
    print('verdicts:', dict(counts))
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else f'{len(errs)} problems')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
