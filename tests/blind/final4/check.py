#!/usr/bin/env python3
"""Self-check of the corpus without the tool: zips open, key paths exist, text PDFs show intended phrases,
image-only scans have no text, key parses. Prints counts."""
import io, json, os, re, subprocess, sys, zipfile, collections, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))


def names(z):
    out = {}
    for zi in z.infolist():
        if zi.flag_bits & 0x800:
            n = zi.filename
        else:
            raw = zi.filename.encode('cp437')
            try:
                n = raw.decode('utf-8')
            except UnicodeDecodeError:
                n = raw.decode('gbk')
        out[n] = zi
    return out


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, re.sub(r'\s+', '', r.stdout.decode('utf-8', 'replace'))


errors = []
total = 0
for zn, P in key['packages'].items():
    zp = os.path.join(HERE, 'packages', zn)
    total += os.path.getsize(zp)
    z = zipfile.ZipFile(zp)
    assert z.testzip() is None
    nm = names(z)
    org = P['organisation']['name']
    for d in P['documents']:
        path = d['path']
        data = None
        if '.zip/' in path:
            outer, inner = path.split('.zip/', 1)
            iz = zipfile.ZipFile(io.BytesIO(z.read(nm[outer + '.zip'])))
            data = iz.read(names(iz)[inner])
        elif path in nm:
            data = z.read(nm[path])
        else:
            errors.append(f'{zn}: missing {path}')
            continue
        t = d['text']
        if t in ('text', 'ocr_layer'):
            rc, txt = pdftext(data)
            kinds = d['kind'].split('+')
            want = []
            if set(kinds) & {'credit_report', 'registration_certificate', 'pledge', 'integrity_letter', 'audit_report', 'district_letter'}:
                want.append(org)
            if 'application_form' in kinds:
                want.append(P['organisation']['credit_code'])
                for a in P['applications']:
                    want.append(a['code'])
            if 'sample_paper' in kinds and not re.search('样题|试卷|样卷|模拟题|题库|试题册', txt):
                errors.append(f'{zn}: {path}: no sample-paper title')
            for w in want:
                if w not in txt:
                    errors.append(f'{zn}: {path}: lacks {w}')
        elif t in ('none', 'poor') and path.lower().endswith('.pdf'):
            rc, txt = pdftext(data)
            if txt:
                errors.append(f'{zn}: {path}: image-only scan has text {txt[:30]}')
        elif t == 'encrypted':
            rc, txt = pdftext(data)
            if rc == 0 and txt:
                errors.append(f'{zn}: {path}: encrypted but readable')
        elif t == 'corrupt':
            rc, txt = pdftext(data)
            if rc == 0 and txt:
                errors.append(f'{zn}: {path}: corrupt but readable')

verd = collections.Counter(P['verdict'] for P in key['packages'].values())
causes = collections.Counter(c for P in key['packages'].values() for c in P['causes'])
defects = collections.Counter(x for P in key['packages'].values() for x in P['defects'])
print('packages', len(key['packages']), dict(verd))
print('causes', dict(sorted(causes.items())))
print('defects', len(defects), dict(defects))
print('total size %.1f MB' % (total / 1e6))
print('\n'.join(errors) or 'no errors')
sys.exit(1 if errors else 0)
