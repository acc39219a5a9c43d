#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check for the final24 corpus: zips open, key paths exist, text docs show the organisation name,
image-only scans have no text layer, encrypted/corrupt files really are so, PDFs' digits survive (pdftotext)."""
import os, sys, json, zipfile, io, subprocess, tempfile, re
HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
expect = json.load(open(os.path.join(HERE, 'build', 'expect.json'), encoding='utf-8')) if os.path.exists(os.path.join(HERE, 'build', 'expect.json')) else {}
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')

def decode(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    raw = zi.filename.encode('cp437')
    try:
        return raw.decode('gbk')
    except UnicodeDecodeError:
        return zi.filename

def members(zbytes, prefix=''):
    out = {}
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    for zi in z.infolist():
        if zi.is_dir(): continue
        name = decode(zi)
        if any(name.startswith(j) or name.endswith(j) for j in JUNK): continue
        data = z.read(zi)
        out[prefix + name] = data
        if name.lower().endswith('.zip'):
            out.update(members(data, prefix + name + '/'))
    return out

def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data); f.flush()
        r = subprocess.run(['pdftotext', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')

def docxtext(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    t = '\n'.join(p.text for p in d.paragraphs)
    for tb in d.tables:
        for row in tb.rows:
            for c in row.cells: t += '\n' + c.text
    return t

errors = 0; n_docs = 0
def err(*a):
    global errors; errors += 1; print('ERROR', *a)

for zname, ent in key['packages'].items():
    zp = os.path.join(HERE, 'packages', zname)
    if not os.path.exists(zp): err(zname, 'missing zip'); continue
    size = os.path.getsize(zp)
    if size > 1_100_000: print('WARN size', zname, size)
    try:
        mem = members(open(zp, 'rb').read())
    except Exception as e:
        err(zname, 'zip does not open', e); continue
    listed = {d['path'] for d in ent['documents']}
    nested_containers = {p for p in mem if p.lower().endswith('.zip')}
    for p in mem:
        if p not in listed and p not in nested_containers: err(zname, 'unlisted member', p)
    name = ent['organisation']['name']; code = ent['organisation']['credit_code']
    for d in ent['documents']:
        n_docs += 1
        p = d['path']
        if p not in mem: err(zname, 'key path missing', p); continue
        data = mem[p]
        want = expect.get(zname, {}).get(p, name)
        norm = lambda s: re.sub(r'\s+', '', s)
        if p.lower().endswith('.docx'):
            if d['text'] == 'text' and norm(want) not in norm(docxtext(data)): err(zname, p, 'name not in docx')
            continue
        if p.lower().endswith('.jpg'):
            if d['text'] != 'none': err(zname, p, 'jpg must be text none')
            continue
        rc, txt = pdftext(data)
        if d['text'] == 'text':
            if rc != 0: err(zname, p, 'pdftotext failed')
            elif norm(want) not in norm(txt): err(zname, p, 'organisation name not found in text:', want)
            elif d['kind'].split('+')[0] in ('application_form', 'credit_report', 'registration_certificate') and code not in norm(txt) and d['kind'] != 'application_form':
                err(zname, p, 'credit code not in text')
        elif d['text'] == 'none':
            if norm(txt): err(zname, p, 'image-only scan has a text layer')
        elif d['text'] == 'ocr-layer':
            if not norm(txt): err(zname, p, 'ocr layer empty')
        elif d['text'] == 'encrypted':
            if rc == 0 and norm(txt): err(zname, p, 'encrypted file opened without password')
        elif d['text'] == 'corrupt':
            r = subprocess.run(['qpdf', '--check', '-'], input=data, capture_output=True)
            if rc == 0 and r.returncode == 0: err(zname, p, 'corrupt file is fine')
print('checked %d packages, %d documents, %d errors' % (len(key['packages']), n_docs, errors))
sys.exit(1 if errors else 0)
