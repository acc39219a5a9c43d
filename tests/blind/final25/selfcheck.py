#!/usr/bin/env python3
"""Self-check of part final25: zips open, every key path exists, every `text`
document shows the organisation name (pdftotext / python-docx), image-only scans
have no text layer, encrypted PDFs need a password, corrupt PDFs do not parse,
credit codes are (in)valid as the key says, verdict counts."""
import json, os, sys, io, re, zipfile, subprocess, tempfile, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import valid_code

BASE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(BASE, 'key.json')))
meta = json.load(open(os.path.join(BASE, 'selfcheck_meta.json')))
errors = []


def names_of(z, gbk):
    out = {}
    for zi in z.infolist():
        n = zi.filename
        if gbk and not zi.flag_bits & 0x800:
            n = n.encode('cp437').decode('gbk')
        out[n] = zi
    return out


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data); f.flush()
        r = subprocess.run(['pdftotext', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace')


def norm(s):
    return re.sub(r'\s+', '', s)


counts = collections.Counter()
for zname, pk in key['packages'].items():
    counts[pk['verdict']] += 1
    zp = os.path.join(BASE, 'packages', zname)
    if not os.path.exists(zp):
        errors.append(f'{zname}: zip missing'); continue
    if os.path.getsize(zp) > 1_150_000:
        errors.append(f'{zname}: {os.path.getsize(zp)} bytes > ~1 MB')
    m = meta[zname]
    z = zipfile.ZipFile(zp)
    if z.testzip() is not None:
        errors.append(f'{zname}: bad CRC')
    if m['gbk'] and any(zi.flag_bits & 0x800 for zi in z.infolist()):
        errors.append(f'{zname}: GBK zip has UTF-8 flag')
    members = names_of(z, m['gbk'])
    nested_cache = {}
    listed = set()
    code = pk['organisation']['credit_code']
    if (pk['causes'] == ['credit_code_checksum']) == valid_code(code):
        errors.append(f'{zname}: code validity does not match key ({code})')
    for d in pk['documents']:
        path = d['path']
        data = None
        if path in members:
            data = z.read(members[path]); listed.add(path)
        else:
            for mem in members:
                if mem.endswith('.zip') and path.startswith(mem + '/'):
                    inner = nested_cache.setdefault(mem, zipfile.ZipFile(io.BytesIO(z.read(members[mem]))))
                    sub = path[len(mem) + 1:]
                    if sub in inner.namelist():
                        data = inner.read(sub); listed.add(mem)
        if data is None:
            errors.append(f'{zname}: missing {path}'); continue
        t = d['text']
        names = [norm(n) for n in m['names']]
        if path.endswith('.docx'):
            import docx
            txt = '\n'.join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
            if t == 'text' and path not in m['exempt'] and not any(n in norm(txt) for n in names):
                errors.append(f'{zname}: {path}: organisation name not in docx')
            continue
        if path.endswith('.jpg'):
            if t != 'none': errors.append(f'{zname}: {path}: jpg should be text none')
            continue
        rc, txt, err = pdftext(data)
        if t == 'text':
            if rc != 0: errors.append(f'{zname}: {path}: pdftotext failed')
            elif path not in m['exempt'] and not any(n in norm(txt) for n in names):
                errors.append(f'{zname}: {path}: organisation name not in text')
            if not re.search(r'\d', txt):
                errors.append(f'{zname}: {path}: no digits in text')
        elif t == 'none':
            if norm(txt): errors.append(f'{zname}: {path}: scan has a text layer ({txt[:40]!r})')
        elif t == 'ocr-layer':
            if len(norm(txt)) < 20: errors.append(f'{zname}: {path}: OCR layer empty')
        elif t == 'encrypted':
            if rc == 0 and norm(txt): errors.append(f'{zname}: {path}: encrypted PDF opened without password')
        elif t == 'corrupt':
            if rc == 0 and len(norm(txt)) > 200 and '%%EOF' in data[-64:].decode('latin1'):
                errors.append(f'{zname}: {path}: corrupt PDF looks whole')
    # every non-junk member listed
    for mem, zi in members.items():
        if mem.endswith('/') or mem.startswith('__MACOSX/') or mem.endswith('.DS_Store'):
            continue
        if mem not in listed:
            errors.append(f'{zname}: member {mem} not in key')
    # organisation name appears in the zip name
    if pk['organisation']['name'] not in zname:
        errors.append(f'{zname}: organisation name not in zip name')

print('verdicts:', dict(counts), 'packages:', len(key['packages']))
print('documents:', sum(len(p['documents']) for p in key['packages'].values()))
for e in errors:
    print('ERROR', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
