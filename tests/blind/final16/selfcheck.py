#!/usr/bin/env python3
"""Self-check of part final16: zips open, every key path exists (incl. nested zips and GBK names),
every file in a zip is in the key (except junk), pdftotext shows the expected organisation name in every
`text` document, image-only scans have no text layer, encrypted/corrupt files really are so."""
import os, sys, json, zipfile, io, subprocess, tempfile, re
HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
names = json.load(open(os.path.join(HERE, 'selfcheck_names.json'), encoding='utf-8'))
JUNK = ('__MACOSX/', '.DS_Store')

def decode(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    raw = zi.filename.encode('cp437')
    try:
        return raw.decode('utf-8') if all(ord(c) < 128 for c in zi.filename) else raw.decode('gbk')
    except UnicodeDecodeError:
        return zi.filename

def members(zbytes, prefix=''):
    out = {}
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    for zi in z.infolist():
        n = decode(zi)
        if n.endswith('/') or n.startswith('__MACOSX/') or n.split('/')[-1] == '.DS_Store':
            continue
        data = z.read(zi)
        out[prefix + n] = data
        if n.lower().endswith('.zip'):
            out.update(members(data, prefix + n + '/'))
    return out

def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data); f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')

def docxtext(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            t += [c.text for c in row.cells]
    return '\n'.join(t)

errors = []; counts = {'pass': 0, 'fail': 0, 'review': 0}; ndocs = 0; kinds = {}
zdir = os.path.join(HERE, 'packages')
zips = sorted(os.listdir(zdir))
if len(zips) != 36: errors.append('expected 36 zips, found %d' % len(zips))
for zn in zips:
    if zn not in key['packages']:
        errors.append('%s not in key' % zn); continue
    pk = key['packages'][zn]; counts[pk['verdict']] += 1
    sz = os.path.getsize(os.path.join(zdir, zn))
    if sz > 1.3 * 1024 * 1024: print('note: %s is %d KB' % (zn, sz // 1024))
    try:
        m = members(open(os.path.join(zdir, zn), 'rb').read())
    except Exception as e:
        errors.append('%s: cannot open: %s' % (zn, e)); continue
    keyed = set(d['path'] for d in pk['documents'])
    if len(keyed) != len(pk['documents']): errors.append('%s: duplicate key paths' % zn)
    try:
        zipfile.ZipFile(os.path.join(zdir, zn)).testzip()
    except Exception as e:
        errors.append('%s: testzip %s' % (zn, e))
    nested_zips = set(p for p in m if p.lower().endswith('.zip'))
    for p in m:
        if p not in keyed and p not in nested_zips:
            errors.append('%s: file %s not in key' % (zn, p))
    for d in pk['documents']:
        ndocs += 1; kinds[d['text']] = kinds.get(d['text'], 0) + 1
        p = d['path']
        if p not in m:
            errors.append('%s: key path missing in zip: %s' % (zn, p)); continue
        data = m[p]; ext = p.lower().rsplit('.', 1)[-1]
        exp = names[zn].get(p)
        if d['text'] == 'text':
            if ext == 'docx':
                txt = docxtext(data)
            elif ext == 'pdf':
                rc, txt = pdftext(data)
                if rc != 0: errors.append('%s: %s pdftotext rc=%d' % (zn, p, rc))
            else:
                errors.append('%s: %s text doc with ext %s' % (zn, p, ext)); continue
            norm = re.sub(r'\s+', '', txt)
            if exp and exp not in norm:
                errors.append('%s: %s does not show %s' % (zn, p, exp))
        elif d['text'] == 'ocr-layer':
            rc, txt = pdftext(data)
            if len(re.sub(r'\s+', '', txt)) < 20: errors.append('%s: %s OCR layer empty' % (zn, p))
        elif d['text'] == 'none':
            if ext == 'pdf':
                rc, txt = pdftext(data)
                if txt.strip(): errors.append('%s: %s image-only scan has text' % (zn, p))
        elif d['text'] in ('encrypted', 'corrupt'):
            rc, txt = pdftext(data)
            if rc == 0 and txt.strip(): errors.append('%s: %s should be unreadable' % (zn, p))
print('packages:', len(zips), counts, 'documents:', ndocs, kinds)
if errors:
    print('\n'.join(errors)); print('SELFCHECK FAILED (%d problems)' % len(errors)); sys.exit(1)
print('SELFCHECK OK')
