import json, zipfile, io, subprocess, os, sys
key = json.load(open('key.json', encoding='utf-8'))
bad = 0; tot = 0
def names(zf):
    out = {}
    for i in zf.infolist():
        n = i.orig_filename if i.flag_bits & 0x800 else i.orig_filename.encode('cp437').decode('gbk')
        out[n] = i
    return out
for zn, pk in key['packages'].items():
    zb = open('packages/' + zn, 'rb').read(); tot += len(zb)
    zf = zipfile.ZipFile(io.BytesIO(zb)); nm = names(zf)
    for d in pk['documents']:
        p = d['path']
        if '.zip/' in p:
            outer, inner = p.split('.zip/', 1)
            iz = zipfile.ZipFile(io.BytesIO(zf.read(nm[outer + '.zip']))); inm = names(iz)
            if inner not in inm: print('MISSING', zn, p); bad += 1; continue
            data = iz.read(inm[inner])
        else:
            if p not in nm: print('MISSING', zn, p); bad += 1; continue
            data = zf.read(nm[p])
        if not p.endswith('.pdf'): continue
        open('/tmp/blind-final5/chk.pdf', 'wb').write(data)
        r = subprocess.run(['pdftotext', '-q', '/tmp/blind-final5/chk.pdf', '-'], capture_output=True)
        t = ''.join(r.stdout.decode('utf-8', 'replace').split())
        if d['text'] in ('text', 'ocr_layer'):
            k = d['kind']
            want = [pk['organisation']['credit_code']] if k.split('+')[0] not in ('sample_paper', 'evaluation_plan') else [pk['applications'][0]['name'][:3]]
            if k.startswith('application_form') and 'K21' in zn: want = ['上海数衡信息科技有限公司']
            if k.split('+')[0] not in ('sample_paper', 'evaluation_plan'): want = [pk['organisation']['name'][:6]]
            for w in want:
                if w not in t and not (w.startswith('上海') is False): print('NOTFOUND', zn, p, w, t[:80]); bad += 1
        elif d['text'] in ('none', 'poor'):
            if t.strip(): print('HASTEXT', zn, p); bad += 1
print('bad', bad, 'total bytes', tot, 'max', max(os.path.getsize('packages/'+z) for z in key['packages']))
