#!/usr/bin/env python3
"""Self-check of packages/ against key.json (does not use any pre-screening tool)."""
import os, sys, json, zipfile, io, subprocess, tempfile, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_core import valid_code
ROOT = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(ROOT, 'key.json'), encoding='utf-8'))
exempt = json.load(open(os.path.join(ROOT, 'selfcheck_exempt.json'), encoding='utf-8'))
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')
errors = []; gbk_zips = 0
def err(*a): errors.append(' '.join(str(x) for x in a)); print('ERROR', *a)

def names(z):
    out = {}; gbk = False
    for i in z.infolist():
        n = i.filename
        if not (i.flag_bits & 0x800) and any(ord(c) > 127 for c in n):
            raw = n.encode('cp437')
            try: n = raw.decode('utf-8')
            except UnicodeDecodeError: n = raw.decode('gbk'); gbk = True
        if n.endswith('/') or any(n.startswith(j) or os.path.basename(n) == j.rstrip('/') for j in JUNK): continue
        out[n] = z.read(i)
    return out, gbk

def pdftext(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b); f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')

norm = lambda s: re.sub(r'\s+', '', s)
verdicts = collections.Counter(); producers = collections.Counter()
for zname, e in key['packages'].items():
    zp = os.path.join(ROOT, 'packages', zname)
    if not os.path.exists(zp): err('missing zip', zname); continue
    if os.path.getsize(zp) > 1_100_000: err('zip too large', zname, os.path.getsize(zp))
    z = zipfile.ZipFile(zp); files, gbk = names(z); gbk_zips += gbk
    for n in list(files):
        if n.lower().endswith('.zip'):
            inner, _ = names(zipfile.ZipFile(io.BytesIO(files.pop(n))))
            for m, b in inner.items(): files[n + '/' + m] = b
    kp = {d['path'] for d in e['documents']}
    for n in files:
        if n not in kp: err(zname, 'file not in key:', n)
    org = e['organisation']['name']; code = e['organisation']['credit_code']
    if valid_code(code) == ('credit_code_checksum' in e['causes']): err(zname, 'credit code check inconsistent', code)
    verdicts[e['verdict']] += 1
    for d in e['documents']:
        p = d['path']; producers[d['producer'].split(' -> ')[0].split(' (')[0]] += 1
        if p not in files: err(zname, 'key path missing in zip:', p); continue
        b = files[p]; ext = p.lower().rsplit('.', 1)[-1]
        if ext == 'pdf':
            rc, t = pdftext(b)
            if d['text'] == 'text':
                if rc != 0: err(zname, p, 'pdftotext failed')
                elif norm(org) not in norm(t) and p not in exempt.get(zname, []): err(zname, p, 'org name not in text')
            elif d['text'] == 'none':
                if norm(t): err(zname, p, 'image-only scan has text layer:', norm(t)[:40])
            elif d['text'] == 'ocr-layer':
                if not norm(t): err(zname, p, 'ocr layer empty')
            elif d['text'] == 'encrypted':
                import pikepdf
                try: pikepdf.open(io.BytesIO(b)); err(zname, p, 'not encrypted')
                except pikepdf.PasswordError: pass
            elif d['text'] == 'corrupt':
                import pikepdf
                try:
                    pdf = pikepdf.open(io.BytesIO(b)); len(pdf.pages)
                    if rc == 0 and norm(t): err(zname, p, 'corrupt pdf still readable')
                except Exception: pass
        elif ext == 'docx':
            import docx
            dd = docx.Document(io.BytesIO(b))
            t = '\n'.join(pp.text for pp in dd.paragraphs) + '\n'.join(c.text for tb in dd.tables for r in tb.rows for c in r.cells)
            if norm(org) not in norm(t) and p not in exempt.get(zname, []): err(zname, p, 'org name not in docx')
        elif ext in ('jpg', 'jpeg', 'png'):
            from PIL import Image
            Image.open(io.BytesIO(b)).verify()
            if d['text'] != 'none': err(zname, p, 'image with text status', d['text'])
        else: err(zname, p, 'unexpected extension')
print('packages', len(key['packages']), dict(verdicts), 'gbk zips', gbk_zips)
print('producers', dict(producers))
if gbk_zips < 2: err('fewer than two GBK zips')
print('FAILED' if errors else 'ALL OK', len(errors))
sys.exit(1 if errors else 0)
