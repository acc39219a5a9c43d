# -*- coding: utf-8 -*-
"""Self-check of the final21 corpus: python3 selfcheck.py"""
import os, io, re, sys, json, zipfile, subprocess, tempfile

BASE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.join(BASE, 'packages')
JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')


def decode_name(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    raw = zi.filename.encode('cp437')
    try:
        raw.decode('ascii')
        return zi.filename
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode('gb18030')
    except UnicodeDecodeError:
        return raw.decode('utf-8')


def read_zip(data, prefix=''):
    out = {}
    z = zipfile.ZipFile(io.BytesIO(data))
    enc = set()
    for zi in z.infolist():
        if zi.is_dir():
            continue
        n = decode_name(zi)
        if not zi.flag_bits & 0x800 and not zi.filename.isascii():
            enc.add('legacy')
        if any(n.startswith(j) or ('/' + j) in n or n.endswith(j) for j in JUNK):
            continue
        b = z.read(zi)
        if n.lower().endswith('.zip'):
            inner, _ = read_zip(b, prefix + n + '/')
            out.update(inner)
        out[prefix + n] = b
    return out, enc


def pdftext(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, r.stdout.decode('utf-8', 'replace')


def norm(s):
    return re.sub(r'\s+', '', s)


def main():
    key = json.load(open(os.path.join(BASE, 'key.json'), encoding='utf-8'))
    expect = json.load(open(os.path.join(BASE, 'selfcheck_expect.json'), encoding='utf-8'))
    errors = []
    counts = {}
    gbk = 0
    zips = sorted(f for f in os.listdir(PKG) if f.endswith('.zip'))
    if sorted(key['packages']) != zips:
        errors.append('key/package list mismatch')
    for zn in zips:
        pk = key['packages'][zn]
        counts[pk['verdict']] = counts.get(pk['verdict'], 0) + 1
        size = os.path.getsize(os.path.join(PKG, zn))
        if size > 1100 * 1024:
            errors.append('%s: size %d KB' % (zn, size // 1024))
        try:
            files, enc = read_zip(open(os.path.join(PKG, zn), 'rb').read())
        except Exception as e:
            errors.append('%s: cannot open: %s' % (zn, e))
            continue
        if 'legacy' in enc:
            gbk += 1
        listed = {d['path'] for d in pk['documents']}
        real = {n for n in files if not n.lower().endswith('.zip')}
        for n in real - listed:
            errors.append('%s: file not in key: %s' % (zn, n))
        for d in pk['documents']:
            path = d['path']
            if path not in files:
                errors.append('%s: missing %s' % (zn, path))
                continue
            b = files[path]
            exp = expect[zn].get(path, pk['organisation']['name'])
            if path.endswith('.pdf'):
                rc, txt = pdftext(b)
                t = d['text']
                if t in ('text', 'ocr-layer'):
                    if norm(exp) not in norm(txt):
                        errors.append('%s: %s: name %s not in text' % (zn, path, exp))
                elif t == 'none':
                    if norm(txt):
                        errors.append('%s: %s: image-only PDF has text' % (zn, path))
                elif t == 'encrypted':
                    if rc == 0 and norm(txt):
                        errors.append('%s: %s: encrypted PDF readable' % (zn, path))
                elif t == 'corrupt':
                    if norm(exp) in norm(txt):
                        errors.append('%s: %s: corrupt PDF readable' % (zn, path))
            elif path.endswith('.docx'):
                import docx
                dd = docx.Document(io.BytesIO(b))
                txt = '\n'.join(p.text for p in dd.paragraphs) + '\n'.join(c.text for t in dd.tables for r in t.rows for c in r.cells)
                if norm(exp) not in norm(txt):
                    errors.append('%s: %s: name not in docx' % (zn, path))
            elif path.endswith('.jpg'):
                if d['text'] != 'none':
                    errors.append('%s: %s: jpg marked %s' % (zn, path, d['text']))
    print('packages:', len(zips), 'verdicts:', counts, 'zips with legacy (GBK) names:', gbk)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
