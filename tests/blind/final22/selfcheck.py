#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final22 corpus: zips open, key paths exist, text layers as declared, sizes, credit codes."""
import os, io, sys, json, zipfile, subprocess, tempfile, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

WORK = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.join(WORK, 'packages')
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')


def decode(zi):
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
            name = decode(zi)
            if name.endswith('/') or any(name.startswith(j) or name.endswith(j) or ('/' + j) in name for j in JUNK):
                continue
            b = z.read(zi)
            if name.lower().endswith('.zip'):
                out.update(members(b, prefix + name + '/'))
            else:
                out[prefix + name] = b
    return out


def pdf_text(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b)
        f.flush()
        r = subprocess.run(['pdftotext', f.name, '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, r.stdout.decode('utf-8', 'replace')


def docx_text(b):
    import docx
    d = docx.Document(io.BytesIO(b))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for c in row.cells:
                t.append(c.text)
    return '\n'.join(t)


def main():
    key = json.load(open(os.path.join(WORK, 'key.json'), encoding='utf-8'))
    errors, notes = [], []
    verdicts = collections.Counter()
    zips = sorted(f for f in os.listdir(PKG) if f.endswith('.zip'))
    if set(zips) != set(key['packages']):
        errors.append('zip set differs from key: %s' % (set(zips) ^ set(key['packages'])))
    gbk_count = 0
    for zn in zips:
        k = key['packages'].get(zn)
        if not k:
            continue
        verdicts[k['verdict']] += 1
        data = open(os.path.join(PKG, zn), 'rb').read()
        if len(data) > 1100 * 1024:
            errors.append('%s: %d KB > 1.1 MB' % (zn, len(data) // 1024))
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if any(not (zi.flag_bits & 0x800) and any(ord(c) > 127 for c in zi.filename) for zi in z.infolist()):
                gbk_count += 1
        try:
            mem = members(data)
        except Exception as e:
            errors.append('%s: cannot open: %s' % (zn, e))
            continue
        kp = {d['path'] for d in k['documents']}
        for p in kp - set(mem):
            errors.append('%s: key path missing in zip: %s' % (zn, p))
        for p in set(mem) - kp:
            errors.append('%s: file not in key: %s' % (zn, p))
        name = k['organisation']['name']
        code = k['organisation']['credit_code']
        bad_code = any(c == 'credit_code_check_failed' for c in k['causes'])
        if lib.valid_code(code) == bad_code:
            errors.append('%s: credit code validity %s not as planned' % (zn, lib.valid_code(code)))
        for d in k['documents']:
            b = mem.get(d['path'])
            if b is None:
                continue
            p = d['path'].lower()
            t = d['text']
            if p.endswith('.pdf'):
                rc, txt = pdf_text(b)
                flat = re.sub(r'\s+', '', txt)
                if t == 'text':
                    if rc != 0:
                        errors.append('%s: %s: pdftotext failed' % (zn, d['path']))
                    elif name not in flat:
                        exempt = (d['kind'] == 'application_form' and 'name_mismatch' in k['causes']) or \
                                 (d['kind'] == 'district_letter' and 'letter_names_other_organisation' in k['causes'])
                        (notes if exempt else errors).append('%s: %s: organisation name not in text layer%s' % (zn, d['path'], ' (planted defect)' if exempt else ''))
                elif t == 'none':
                    if flat:
                        errors.append('%s: %s: image-only scan has a text layer' % (zn, d['path']))
                elif t == 'ocr-layer':
                    if not flat:
                        errors.append('%s: %s: OCR layer empty' % (zn, d['path']))
                elif t in ('encrypted', 'corrupt'):
                    if rc == 0 and flat:
                        errors.append('%s: %s: declared %s but pdftotext read it' % (zn, d['path'], t))
            elif p.endswith('.docx'):
                txt = re.sub(r'\s+', '', docx_text(b))
                if t == 'text' and name not in txt:
                    errors.append('%s: %s: organisation name not in docx' % (zn, d['path']))
            elif p.endswith(('.jpg', '.jpeg', '.png')):
                if t != 'none':
                    errors.append('%s: %s: image declared %s' % (zn, d['path'], t))
        print('%-48s %-6s %3d files %5d KB' % (zn, k['verdict'], len(mem), len(data) // 1024))
    print('verdicts:', dict(verdicts), ' GBK-named zips:', gbk_count)
    for n in notes:
        print('NOTE', n)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
