#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final11 corpus: every zip opens, every key path exists (nested zips included),
pdftotext shows the expected organisation name in every `text` document (.docx read with python-docx),
image-only scans have no text layer, encrypted files need a password, corrupt files fail to parse,
credit codes' check characters agree with the planted defects, and package size stays under ~1 MB."""
import os, sys, io, json, zipfile, subprocess, tempfile, re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib as L

key = json.load(open(os.path.join(HERE, 'key.json')))
meta = json.load(open(os.path.join(HERE, 'meta.json')))
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')


def decode_names(z):
    out = {}
    for i in z.infolist():
        n = i.filename
        if not (i.flag_bits & 0x800):
            try:
                n = n.encode('cp437').decode('gbk')
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out[n] = i
    return out


def members(zbytes):
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    names = decode_names(z)
    res = {}
    for n, i in names.items():
        if n.endswith('/') or any(n.startswith(j) or n.endswith(j) for j in JUNK):
            continue
        data = z.read(i)
        if n.lower().endswith('.zip'):
            for nn, dd in members(data)[0].items():
                res[n + '/' + nn] = dd
        else:
            res[n] = data
    return res, names


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as t:
        t.write(data)
        t.flush()
        r = subprocess.run(['pdftotext', '-q', t.name, '-'], capture_output=True, text=True)
        return r.returncode, r.stdout


def docxtext(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return '\n'.join(parts)


errors = []
counts = {'pass': 0, 'fail': 0, 'review': 0}
gbk = 0
for zname, ent in sorted(key['packages'].items()):
    counts[ent['verdict']] += 1
    path = os.path.join(HERE, 'packages', zname)
    if not os.path.exists(path):
        errors.append('%s: zip missing' % zname)
        continue
    size = os.path.getsize(path)
    if size > 1200 * 1024:
        errors.append('%s: too big (%d bytes)' % (zname, size))
    raw = open(path, 'rb').read()
    try:
        mem, names = members(raw)
    except Exception as e:
        errors.append('%s: does not open: %s' % (zname, e))
        continue
    z = zipfile.ZipFile(io.BytesIO(raw))
    if any(not (i.flag_bits & 0x800) and any(ord(c) > 127 for c in i.filename) for i in z.infolist()):
        gbk += 1
    listed = {d['path'] for d in ent['documents']}
    for p in mem:
        if p not in listed:
            errors.append('%s: file %s not in key' % (zname, p))
    code = ent['organisation']['credit_code']
    valid = L.code_valid(code)
    if ('credit_code_checksum' in ent['causes']) == valid:
        errors.append('%s: credit code validity %s disagrees with causes' % (zname, valid))
    R = zname.split('-')[0]
    for d in ent['documents']:
        p = d['path']
        if p not in mem:
            errors.append('%s: key path missing in zip: %s' % (zname, p))
            continue
        data = mem[p]
        expect = meta[R][p]
        if d['text'] == 'text':
            if p.endswith('.docx'):
                txt = docxtext(data)
            else:
                rc, txt = pdftext(data)
            if expect not in re.sub(r'\s+', '', txt):
                errors.append('%s: %s: expected name %s not in text' % (zname, p, expect))
        elif d['text'] == 'none':
            if p.lower().endswith('.pdf'):
                rc, txt = pdftext(data)
                if txt.strip():
                    errors.append('%s: %s: image-only scan has text' % (zname, p))
            elif not p.lower().endswith(('.jpg', '.jpeg', '.png')):
                errors.append('%s: %s: text=none for non-image' % (zname, p))
        elif d['text'] == 'ocr-layer':
            rc, txt = pdftext(data)
            if len(txt.strip()) < 20:
                errors.append('%s: %s: OCR layer empty' % (zname, p))
        elif d['text'] == 'encrypted':
            import pikepdf
            try:
                pikepdf.open(io.BytesIO(data))
                errors.append('%s: %s: opens without password' % (zname, p))
            except pikepdf.PasswordError:
                pass
        elif d['text'] == 'corrupt':
            rc, txt = pdftext(data)
            with tempfile.NamedTemporaryFile(suffix='.pdf') as t:
                t.write(data)
                t.flush()
                r2 = subprocess.run(['qpdf', '--check', t.name], capture_output=True)
            if r2.returncode == 0:
                errors.append('%s: %s: corrupt file passes qpdf --check' % (zname, p))

print('packages:', len(key['packages']), counts, 'GBK-named zips:', gbk)
if errors:
    print('\n'.join(errors))
    print('FAILED: %d problems' % len(errors))
    sys.exit(1)
print('selfcheck OK')
