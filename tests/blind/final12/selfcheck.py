#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final12 corpus: zips open, key paths exist (and every non-junk file is keyed),
text documents show the organisation name in pdftotext, image-only scans have no text layer,
encrypted/corrupt files really are, seal flags are present for stamped kinds, sizes and counts."""
import io, json, os, re, subprocess, sys, tempfile, zipfile, collections

HERE = os.path.dirname(os.path.abspath(__file__))
STAMPED = {'industry_letter', 'district_letter', 'pledge', 'integrity_letter', 'registration_certificate'}
KINDS = {'application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report', 'registration_certificate',
         'work_plan', 'pledge', 'integrity_letter', 'implementation_plan', 'evaluation_plan', 'sample_paper', 'other'}
ALPH31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def code_ok(c):
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(v(a) * w for a, w in zip(c[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    r = 11 - s % 11
    oc = 'X' if r == 10 else '0' if r == 11 else str(r)
    s2 = sum(ALPH31.index(a) * w for a, w in zip(c[:17], W18))
    return oc == c[16] and ALPH31[(31 - s2 % 31) % 31] == c[17]


def junk(n):
    b = n.rsplit('/', 1)[-1]
    return n.startswith('__MACOSX/') or b in ('.DS_Store', 'Thumbs.db', 'desktop.ini') or n.endswith('/')


def decode(zi):
    if zi.flag_bits & 0x800:
        return zi.filename, 'utf8'
    try:
        raw = zi.filename.encode('cp437')
    except UnicodeEncodeError:
        return zi.filename, 'utf8'
    try:
        return raw.decode('ascii'), 'ascii'
    except UnicodeDecodeError:
        return raw.decode('gbk'), 'gbk'


def members(data, prefix=''):
    out = {}
    encs = set()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for zi in z.infolist():
            n, e = decode(zi)
            encs.add(e)
            if junk(n):
                continue
            b = z.read(zi)
            if n.lower().endswith('.zip'):
                sub, _ = members(b, prefix + n + '/')
                out.update(sub)
            else:
                out[prefix + n] = b
    return out, encs


def pdftext(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, r.stdout.decode('utf8', 'replace')


def docx_text(b):
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        x = z.read('word/document.xml').decode('utf8')
    return re.sub(r'<[^>]+>', '', x)


def norm(s):
    return re.sub(r'\s+', '', s)


def main():
    key = json.load(open(os.path.join(HERE, 'key.json')))
    assert key['author'] == 'final12'
    errs = []
    verdicts = collections.Counter()
    gbk = 0
    texts = collections.Counter()
    pdir = os.path.join(HERE, 'packages')
    zips = sorted(os.listdir(pdir))
    if set(zips) != set(key['packages']):
        errs.append('zip set differs from key: %s' % (set(zips) ^ set(key['packages'])))
    for zn in zips:
        e = key['packages'].get(zn)
        if not e:
            continue
        verdicts[e['verdict']] += 1
        org = e['organisation']['name']
        if not zn.startswith(re.match(r'S\d\d', zn).group(0) + '-' + org):
            errs.append('%s: zip name does not carry organisation name %s' % (zn, org))
        names = [org] + re.findall(r'「([^」]+)」', e['why'])
        data = open(os.path.join(pdir, zn), 'rb').read()
        if len(data) > 1100 * 1024:
            errs.append('%s: %d KB > ~1 MB' % (zn, len(data) // 1024))
        try:
            mem, encs = members(data)
        except Exception as ex:
            errs.append('%s: does not open: %s' % (zn, ex))
            continue
        if 'gbk' in encs:
            gbk += 1
        keyed = {d['path'] for d in e['documents']}
        for extra in set(mem) - keyed:
            errs.append('%s: file not in key: %s' % (zn, extra))
        ok_code = code_ok(e['organisation']['credit_code'])
        if not ok_code and 'credit_code_checksum' not in e['defects']:
            errs.append('%s: bad credit code not declared' % zn)
        if ok_code and 'credit_code_checksum' in e['defects']:
            errs.append('%s: credit code declared bad but passes' % zn)
        for d in e['documents']:
            p = d['path']
            for k in d['kind'].split('+'):
                if k not in KINDS:
                    errs.append('%s: %s unknown kind %s' % (zn, p, k))
            if any(k in STAMPED for k in d['kind'].split('+')) and 'seal' not in d:
                errs.append('%s: %s stamped kind without seal flag' % (zn, p))
            if p not in mem:
                errs.append('%s: key path missing in zip: %s' % (zn, p))
                continue
            b = mem[p]
            t = d['text']
            texts[t] += 1
            if p.lower().endswith('.pdf'):
                if t == 'text':
                    rc, s = pdftext(b)
                    if rc != 0 or not any(norm(n) in norm(s) for n in names):
                        errs.append('%s: %s: organisation name not in pdftotext (rc=%d)' % (zn, p, rc))
                elif t == 'none':
                    rc, s = pdftext(b)
                    if rc != 0 or norm(s):
                        errs.append('%s: %s: scan has a text layer (%r)' % (zn, p, norm(s)[:40]))
                elif t == 'ocr-layer':
                    rc, s = pdftext(b)
                    if rc != 0 or len(norm(s)) < 20:
                        errs.append('%s: %s: OCR layer missing' % (zn, p))
                elif t == 'encrypted':
                    import pikepdf
                    try:
                        pikepdf.open(io.BytesIO(b))
                        errs.append('%s: %s: opens without password' % (zn, p))
                    except pikepdf.PasswordError:
                        pass
                elif t == 'corrupt':
                    if b.rstrip().endswith(b'%%EOF'):
                        errs.append('%s: %s: not truncated' % (zn, p))
            elif p.lower().endswith('.docx'):
                s = docx_text(b)
                if t == 'text' and not any(norm(n) in norm(s) for n in names):
                    errs.append('%s: %s: organisation name not in docx' % (zn, p))
            elif p.lower().endswith('.jpg'):
                if t != 'none' or b[:2] != b'\xff\xd8':
                    errs.append('%s: %s: jpg must be text none and a JPEG' % (zn, p))
        print('%-48s %-6s %3d docs %5d KB  %s' % (zn, e['verdict'], len(e['documents']), len(data) // 1024, ','.join(e['causes'])))
    print('verdicts:', dict(verdicts), ' GBK-named zips:', gbk, ' text states:', dict(texts))
    if gbk < 2:
        errs.append('fewer than two GBK-named zips')
    for x in errs:
        print('ERROR', x)
    print('selfcheck:', 'OK' if not errs else '%d problems' % len(errs))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
