#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final13 corpus (does not run any pre-screening tool).

Checks: every zip opens; every key path exists in its zip (nested zips opened); every file in a zip
(except __MACOSX/.DS_Store junk and the nested zip container) is in the key; pdftotext shows the
organisation name in every `text` PDF (python-docx for .docx); image-only scans (`none`) have no
text layer; `encrypted` PDFs need a password; `corrupt` PDFs yield no text; credit codes in the key
pass/fail the GB 32100 check as the key's causes say; verdict counts.
"""
import os, sys, json, io, zipfile, subprocess, tempfile, re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_render import valid_code

key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
expect = json.load(open(os.path.join(HERE, 'selfcheck_expect.json'), encoding='utf-8'))
JUNK = ('__MACOSX/', '.DS_Store')
errors = []


def zip_names(z):
    out = {}
    for i in z.infolist():
        if i.is_dir():
            continue
        name = i.filename
        if not (i.flag_bits & 0x800):
            try:
                name = i.filename.encode('cp437').decode('gbk')
            except Exception:
                pass
        out[name] = i
    return out


def norm(t):
    return re.sub(r'\s+', '', t)


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')


def pdfinfo(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        r = subprocess.run(['pdfinfo', f.name], capture_output=True)
        return r.returncode, (r.stdout + r.stderr).decode('utf-8', 'replace')


counts = {}
ndocs = 0
for zname, pk in sorted(key['packages'].items()):
    counts[pk['verdict']] = counts.get(pk['verdict'], 0) + 1
    zp = os.path.join(HERE, 'packages', zname)
    if not os.path.exists(zp):
        errors.append('%s: zip missing' % zname)
        continue
    if os.path.getsize(zp) > 1100 * 1024:
        errors.append('%s: zip larger than ~1 MB (%d KB)' % (zname, os.path.getsize(zp) // 1024))
    try:
        z = zipfile.ZipFile(zp)
        assert z.testzip() is None
    except Exception as e:
        errors.append('%s: zip does not open: %s' % (zname, e))
        continue
    names = zip_names(z)
    files = {}
    nested = set()
    for n, info in names.items():
        if n.startswith('__MACOSX/') or n.endswith('.DS_Store'):
            continue
        data = z.read(info)
        if n.lower().endswith('.zip'):
            nested.add(n)
            iz = zipfile.ZipFile(io.BytesIO(data))
            for nn, ii in zip_names(iz).items():
                files[n + '/' + nn] = iz.read(ii)
        else:
            files[n] = data
    kpaths = [d['path'] for d in pk['documents']]
    for p in set(files) - set(kpaths):
        errors.append('%s: file not in key: %s' % (zname, p))
    code = pk['organisation']['credit_code']
    if 'code_checksum' in pk['causes']:
        if valid_code(code):
            errors.append('%s: code %s should fail the check' % (zname, code))
    elif not valid_code(code):
        errors.append('%s: code %s fails the check but no code_checksum cause' % (zname, code))
    for d in pk['documents']:
        ndocs += 1
        p = d['path']
        if p not in files:
            errors.append('%s: key path missing from zip: %s' % (zname, p))
            continue
        data = files[p]
        want = expect.get(zname, {}).get(p, pk['organisation']['name'])
        t = d['text']
        low = p.lower()
        if low.endswith('.docx'):
            from docx import Document
            doc = Document(io.BytesIO(data))
            txt = '\n'.join(x.text for x in doc.paragraphs) + '\n'.join(c.text for tb in doc.tables for r in tb.rows for c in r.cells)
            if t != 'text' or want not in norm(txt):
                errors.append('%s: docx %s does not show %s' % (zname, p, want))
        elif low.endswith('.jpg'):
            if t != 'none':
                errors.append('%s: jpg %s should be text=none' % (zname, p))
        elif low.endswith('.pdf'):
            if t == 'text':
                rc, txt = pdftext(data)
                if want not in norm(txt):
                    errors.append('%s: %s: pdftotext does not show %s' % (zname, p, want))
            elif t == 'none':
                rc, txt = pdftext(data)
                if norm(txt):
                    errors.append('%s: %s: image-only scan has a text layer (%r)' % (zname, p, txt[:40]))
            elif t == 'ocr-layer':
                rc, txt = pdftext(data)
                if len(norm(txt)) < 20:
                    errors.append('%s: %s: OCR layer missing' % (zname, p))
            elif t == 'encrypted':
                rc, info = pdfinfo(data)
                if rc == 0 or 'ncrypt' not in info and 'assword' not in info:
                    errors.append('%s: %s: should need a password (%s)' % (zname, p, info[:80]))
            elif t == 'corrupt':
                rc, txt = pdftext(data)
                if norm(txt):
                    errors.append('%s: %s: corrupt PDF still yields text (%r)' % (zname, p, txt[:60]))
        else:
            errors.append('%s: unexpected file type %s' % (zname, p))

print('packages: %d  documents: %d  verdicts: %s' % (len(key['packages']), ndocs, counts))
if errors:
    print('\n'.join('ERROR ' + e for e in errors))
    sys.exit(1)
print('selfcheck OK')
