#!/usr/bin/env python3
"""Self-check without the tool: zips open, key paths exist, text PDFs show intended phrases, scans have no text."""
import io, json, re, subprocess, sys, tempfile, zipfile
from pathlib import Path
HERE = Path(__file__).resolve().parent
key = json.loads((HERE / 'key.json').read_text(encoding='utf-8'))

def names(z):
    out = {}
    for i in z.infolist():
        if i.flag_bits & 0x800:
            n = i.filename
        else:
            raw = i.filename.encode('cp437')
            try: n = raw.decode('gbk')
            except UnicodeDecodeError: n = raw.decode('utf-8')
        out[n] = i
    return out

def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data); f.flush()
        r = subprocess.run(['pdftotext', f.name, '-'], capture_output=True, text=True)
        return r.returncode, re.sub(r'\s+', '', r.stdout)

bad = 0; total = 0
for zname, pk in key['packages'].items():
    zp = HERE / 'packages' / zname
    total += zp.stat().st_size
    z = zipfile.ZipFile(zp)
    nm = names(z)
    for d in pk['documents']:
        path = d['path']
        if path in nm:
            data = z.read(nm[path])
        else:
            outer, _, inner = path.partition('.zip/')
            iz = zipfile.ZipFile(io.BytesIO(z.read(nm[outer + '.zip'])))
            data = iz.read(names(iz)[inner])
        t = d['text']
        if path.endswith('.pdf'):
            rc, txt = pdftext(data)
            if t in ('text', 'ocr_layer'):
                want = []
                k = d['kind']
                if 'application_form' in k: want = [pk['organisation']['name'][:6]] + [a['code'] for a in pk['applications']]
                if 'registration_certificate' in k or 'credit_report' in k: want = ['统一社会信用代码']
                if 'audit_report' in k: want = ['审计报告', '年12月31日']
                if 'industry_letter' in k or 'district_letter' in k: want = ['推荐']
                if 'sample_paper' in k: want = ['操作技能']
                miss = [w for w in want if w not in txt]
                if rc != 0 or len(txt) < 30 or miss:
                    bad += 1; print('TEXT?', zname, path, rc, len(txt), miss)
            elif t == 'none' and txt:
                bad += 1; print('SCAN HAS TEXT', zname, path)
            elif t in ('encrypted', 'corrupt') and rc == 0 and txt:
                bad += 1; print('READABLE?', zname, path)
    print(f'{zname}: {zp.stat().st_size // 1024} KB, {len(pk["documents"])} docs, {pk["verdict"]}')
print('problems:', bad, 'total KB:', total // 1024)
