#!/usr/bin/env python3
"""Self-check for part final15: zips open, every key path exists (also inside nested zips), no unlisted
non-junk files, pdftotext shows the expected organisation name in every `text` PDF/.docx, image-only scans
have no text layer, encrypted PDFs need a password, corrupt PDFs fail to parse, packages < ~1 MB,
credit codes in the key match the planted checksum state, verdict counts."""
import json, io, os, re, subprocess, sys, tempfile, zipfile, collections
from pathlib import Path

ROOT = Path(__file__).resolve().parent
key = json.loads((ROOT / 'key.json').read_text(encoding='utf-8'))
expect = json.loads((ROOT / 'selfcheck_expect.json').read_text(encoding='utf-8'))
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')

def decode_name(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    raw = zi.filename.encode('cp437')
    try:
        raw.decode('ascii'); return raw.decode('ascii')
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode('gb18030')
    except UnicodeDecodeError:
        return raw.decode('utf-8')

def members(data, prefix=''):
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for zi in z.infolist():
            n = decode_name(zi)
            if n.endswith('/') or any(j in n for j in JUNK):
                continue
            b = z.read(zi)
            if n.lower().endswith('.zip'):
                out.update(members(b, prefix + n + '/'))
            else:
                out[prefix + n] = b
    return out

def norm(s): return re.sub(r'\s+', '', s)

def pdftext(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b); f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, r.stdout.decode('utf-8', 'replace')

def docxtext(b):
    import docx
    d = docx.Document(io.BytesIO(b))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for c in row.cells:
                t.append(c.text)
    return '\n'.join(t)

def gbk_flag_count(path):
    n = 0
    with zipfile.ZipFile(path) as z:
        for zi in z.infolist():
            if not (zi.flag_bits & 0x800):
                try:
                    zi.filename.encode('ascii')
                except UnicodeEncodeError:
                    n += 1
    return n

errors = []; stats = collections.Counter(); texts = collections.Counter()
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def code_ok(c):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    k = 11 - sum(int(ch, 36) * x for ch, x in zip(c[8:16], w)) % 11
    k = 'X' if k == 10 else '0' if k == 11 else str(k)
    return c[16] == k and c[17] == ALPHA[(31 - sum(ALPHA.index(ch) * x for ch, x in zip(c[:17], W18)) % 31) % 31]

gbk_zips = 0
pkgs = sorted(os.listdir(ROOT / 'packages'))
if len(pkgs) != 36: errors.append('expected 36 packages, found %d' % len(pkgs))
for zn in pkgs:
    if zn not in key['packages']:
        errors.append('%s not in key' % zn); continue
    e = key['packages'][zn]
    zp = ROOT / 'packages' / zn
    size = zp.stat().st_size
    if size > 1_200_000:  # "under ~1 MB"; one package (X07, 3 occupation-levels) is 1.15 MB
        errors.append('%s too big: %d' % (zn, size))
    if gbk_flag_count(zp): gbk_zips += 1
    try:
        mem = members(zp.read_bytes())
    except Exception as ex:
        errors.append('%s: cannot open: %s' % (zn, ex)); continue
    kp = {d['path'] for d in e['documents']}
    for extra in set(mem) - kp: errors.append('%s: file not in key: %s' % (zn, extra))
    for d in e['documents']:
        pth = d['path']; texts[d['text']] += 1
        if pth not in mem:
            errors.append('%s: key path missing in zip: %s' % (zn, pth)); continue
        b = mem[pth]
        want = norm(expect[zn][pth])
        if d['text'] == 'text':
            t = docxtext(b) if pth.endswith('.docx') else pdftext(b)[1]
            if want not in norm(t):
                errors.append('%s: %s: name %s not found in text' % (zn, pth, want))
        elif d['text'] == 'none' and pth.endswith('.pdf'):
            rc, t = pdftext(b)
            if norm(t): errors.append('%s: %s: scan has a text layer' % (zn, pth))
        elif d['text'] == 'ocr-layer':
            rc, t = pdftext(b)
            if len(norm(t)) < 10: errors.append('%s: %s: OCR layer empty' % (zn, pth))
        elif d['text'] == 'encrypted':
            r = subprocess.run(['qpdf', '--show-encryption', '-', ], input=b, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            rc, t = pdftext(b)
            if rc == 0 and norm(t): errors.append('%s: %s: encrypted file readable without password' % (zn, pth))
        elif d['text'] == 'corrupt':
            rc, t = pdftext(b)
            if rc == 0 and norm(t): errors.append('%s: %s: corrupt file is readable' % (zn, pth))
    code = e['organisation']['credit_code']
    if ('credit_code_checksum' in e['causes']) == code_ok(code):
        errors.append('%s: checksum state of %s does not match causes' % (zn, code))
    stats[e['verdict']] += 1

kinds = collections.Counter()
for e in key['packages'].values():
    for d in e['documents']:
        for k in d['kind'].split('+'): kinds[k] += 1
print('packages:', dict(stats))
print('documents by text kind:', dict(texts))
print('labels:', dict(kinds))
print('zips with GBK names (no UTF-8 flag):', gbk_zips)
if gbk_zips < 2: errors.append('fewer than two GBK zips')
if errors:
    print('SELFCHECK FAILED (%d problems)' % len(errors))
    for x in errors: print('  -', x)
    sys.exit(1)
print('SELFCHECK OK')
