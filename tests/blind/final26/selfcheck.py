# -*- coding: utf-8 -*-
"""Self-check of the final26 corpus: python3 selfcheck.py
- every zip opens (incl. nested zips), names decoded (GBK where no UTF-8 flag)
- every key path exists and every non-junk file is in the key
- pdftotext shows the expected organisation name in every `text` PDF (python-docx for .docx)
- image-only scans (`none`) have no text layer; encrypted PDFs need a password; corrupt PDFs fail to open
- credit codes: valid check characters except where the key says credit_code_checksum
- packages are under ~1.2 MB; verdict counts
"""
import os, sys, io, json, re, zipfile, subprocess, tempfile, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_core import valid_code

ROOT = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(ROOT, 'key.json')))
expect = json.load(open(os.path.join(ROOT, 'build', 'expect.json')))
JUNK = ('__MACOSX/', '.DS_Store')

def names(z):
    out = {}
    for i in z.infolist():
        n = i.filename
        if not (i.flag_bits & 0x800):
            raw = n.encode('cp437')
            try:
                n = raw.decode('utf-8')
            except UnicodeDecodeError:
                n = raw.decode('gbk')
        out[n] = i
    return out

def norm(s):
    return re.sub(r'\s+', '', s)

errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

tmp = tempfile.mkdtemp()
counts = collections.Counter()
for zname, pk in sorted(key['packages'].items()):
    zp = os.path.join(ROOT, 'packages', zname)
    if not os.path.exists(zp):
        err('missing zip', zname); continue
    if os.path.getsize(zp) > 1.25 * 1024 * 1024:
        err('zip too big', zname, os.path.getsize(zp))
    counts[pk['verdict']] += 1
    files = {}
    with zipfile.ZipFile(zp) as z:
        for n, i in names(z).items():
            if i.is_dir() or n.startswith(JUNK) or n.endswith('.DS_Store'):
                continue
            data = z.read(i)
            if n.lower().endswith('.zip'):
                with zipfile.ZipFile(io.BytesIO(data)) as z2:
                    for n2, i2 in names(z2).items():
                        if not i2.is_dir():
                            files[n + '/' + n2] = z2.read(i2)
            else:
                files[n] = data
    kp = {d['path'] for d in pk['documents']}
    for p in kp - set(files):
        err(zname, 'key path not in zip:', p)
    for p in set(files) - kp:
        err(zname, 'file not in key:', p)
    code = pk['organisation']['credit_code']
    if valid_code(code) == ('credit_code_checksum' in pk['causes']):
        err(zname, 'credit code validity unexpected', code)
    for d in pk['documents']:
        p = d['path']
        if p not in files:
            continue
        f = os.path.join(tmp, 'x' + os.path.splitext(p)[1])
        open(f, 'wb').write(files[p])
        exp = expect[zname].get(d['path'])
        if p.endswith('.pdf'):
            r = subprocess.run(['pdftotext', '-q', f, '-'], capture_output=True)
            txt = r.stdout.decode('utf-8', 'replace')
            if d['text'] == 'text':
                if r.returncode != 0 or norm(exp) not in norm(txt):
                    err(zname, 'name not in text:', p, exp, repr(txt[:80]))
                if '统一社会信用代码' in norm(txt) and d['kind'] in ('application_form', 'credit_report', 'registration_certificate') \
                        and code not in norm(txt) and 'name_mismatch' not in pk['causes']:
                    err(zname, 'credit code not printed:', p)
            elif d['text'] == 'none':
                if norm(txt):
                    err(zname, 'scan has text layer:', p)
            elif d['text'] == 'ocr-layer':
                if len(norm(txt)) < 10:
                    err(zname, 'no OCR layer:', p)
            elif d['text'] == 'encrypted':
                r2 = subprocess.run(['pdfinfo', f], capture_output=True, text=True)
                if r2.returncode == 0 or 'password' not in (r2.stdout + r2.stderr).lower():
                    err(zname, 'not password protected:', p)
            elif d['text'] == 'corrupt':
                r2 = subprocess.run(['qpdf', '--check', f], capture_output=True, text=True)
                if r2.returncode == 0:
                    err(zname, 'corrupt file opens cleanly:', p)
        elif p.endswith('.docx'):
            import docx
            dd = docx.Document(f)
            t = '\n'.join(x.text for x in dd.paragraphs) + '\n'.join(c.text for tb in dd.tables for r in tb.rows for c in r.cells)
            if norm(exp) not in norm(t):
                err(zname, 'name not in docx:', p)
        elif p.endswith('.jpg'):
            from PIL import Image
            Image.open(f).verify()
print('packages:', sum(counts.values()), dict(counts))
print('documents:', sum(len(p['documents']) for p in key['packages'].values()))
if errors:
    print('\n'.join(errors))
    print('FAILED', len(errors))
    sys.exit(1)
print('selfcheck OK')
