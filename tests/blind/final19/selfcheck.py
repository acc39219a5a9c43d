#!/usr/bin/env python3
"""Self-check of the final19 corpus: zips open, key paths exist, text docs show the organisation name, scans have no text layer."""
import os, io, re, json, sys, zipfile, subprocess, tempfile, collections
from codes import valid
HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
alt = json.load(open(os.path.join(HERE, 'selfcheck_names.json'), encoding='utf-8'))
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')
errors = []; gbk_zips = 0

def names(z):
    global gbk_zips
    out = {}; isgbk = False
    for i in z.infolist():
        n = i.filename
        if not (i.flag_bits & 0x800) and not n.isascii():
            n = n.encode('cp437').decode('gbk'); isgbk = True
        out[n] = i
    return out, isgbk

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
        for row in tb.rows: t += [c.text for c in row.cells]
    return '\n'.join(t)

norm = lambda s: re.sub(r'\s+', '', s)
verdicts = collections.Counter()
assert key['author'] == 'final19'
zips = sorted(f for f in os.listdir(os.path.join(HERE, 'packages')) if f.endswith('.zip'))
if len(zips) != 36: errors.append('expected 36 zips, got %d' % len(zips))
if set(zips) != set(key['packages']): errors.append('zip set != key set')
for zn in zips:
    e = key['packages'].get(zn)
    if not e: continue
    verdicts[e['verdict']] += 1
    size = os.path.getsize(os.path.join(HERE, 'packages', zn))
    if size > 1_100_000: errors.append('%s: %d bytes' % (zn, size))
    z = zipfile.ZipFile(os.path.join(HERE, 'packages', zn))
    if z.testzip() is not None: errors.append(zn + ': bad CRC')
    members, isgbk = names(z); gbk_zips += isgbk
    files = {}
    for n, i in members.items():
        if n.endswith('/') or any(n.startswith(j) or n.endswith(j) for j in JUNK): continue
        data = z.read(i)
        if n.lower().endswith('.zip'):
            inner = zipfile.ZipFile(io.BytesIO(data))
            for ii in inner.infolist():
                if not ii.filename.endswith('/'): files[n + '/' + ii.filename] = inner.read(ii)
        else:
            files[n] = data
    kp = [d['path'] for d in e['documents']]
    for p in set(files) - set(kp): errors.append('%s: file not in key: %s' % (zn, p))
    for p in set(kp) - set(files): errors.append('%s: key path missing: %s' % (zn, p))
    okname = [norm(e['organisation']['name'])] + [norm(a) for a in alt.get(zn, [])]
    code = e['organisation']['credit_code']
    if valid(code) == ('credit_code_checksum' in e['causes']): errors.append('%s: code validity vs causes' % zn)
    for d in e['documents']:
        data = files.get(d['path'])
        if data is None: continue
        p = d['path'].lower(); t = d['text']
        if t in ('text', 'ocr-layer'):
            if p.endswith('.docx'): txt = docxtext(data)
            elif p.endswith('.pdf'): rc, txt = pdftext(data)
            else: errors.append('%s: %s text doc not pdf/docx' % (zn, d['path'])); continue
            if not any(n in norm(txt) for n in okname): errors.append('%s: name not in text of %s' % (zn, d['path']))
        elif t == 'none':
            if p.endswith('.pdf'):
                rc, txt = pdftext(data)
                if norm(txt): errors.append('%s: scan has text: %s' % (zn, d['path']))
                fonts = subprocess.run(['pdffonts', '-'], input=data, capture_output=True).stdout.decode().splitlines()
            elif not p.endswith('.jpg'): errors.append('%s: none-text doc not pdf/jpg: %s' % (zn, d['path']))
        elif t == 'encrypted':
            import pikepdf
            try: pikepdf.open(io.BytesIO(data)); errors.append('%s: not encrypted %s' % (zn, d['path']))
            except pikepdf.PasswordError: pass
        elif t == 'corrupt':
            with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
                f.write(data); f.flush()
                if subprocess.run(['qpdf', '--check', f.name], capture_output=True).returncode == 0: errors.append('%s: not corrupt %s' % (zn, d['path']))
    print('%-48s %-6s %4d KB %2d docs%s' % (zn, e['verdict'], size // 1024, len(e['documents']), ' GBK' if isgbk else ''))
print(dict(verdicts), 'gbk zips:', gbk_zips)
if gbk_zips < 2: errors.append('fewer than two GBK zips')
print('\n'.join(errors) if errors else 'ALL CHECKS PASSED')
sys.exit(1 if errors else 0)
