# -*- coding: utf-8 -*-
"""Self-check of the final17 corpus (does not use any pre-screening tool).
- every zip opens; entry names decode (UTF-8 flag or GBK)
- the key lists exactly the files in each zip (junk excluded; nested zip members by prefixed path)
- every 'text' document shows the organisation name (pdftotext / python-docx), whitespace-normalised
- image-only scans ('none' PDFs) have no text layer and no fonts; 'ocr-layer' PDFs have text
- 'encrypted' PDFs need a password, 'corrupt' PDFs fail to parse
- credit codes pass the GB 32100 checks unless the key plants a checksum defect
- package size and verdict counts"""
import io, json, os, re, subprocess, sys, tempfile, zipfile, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import valid_code

JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')
# documents that legitimately name another organisation (planted defects)
ALT_NAMES = {'上海瑞峰食品检测有限公司', '上海明德教育科技有限公司'}


def decode_name(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    try:
        return zi.filename.encode('cp437').decode('gbk')
    except Exception:
        return zi.filename


def is_junk(n):
    return n.startswith('__MACOSX/') or n.split('/')[-1] in ('.DS_Store', 'Thumbs.db', 'desktop.ini')


def members(data, prefix=''):
    out = {}
    z = zipfile.ZipFile(io.BytesIO(data))
    for zi in z.infolist():
        n = decode_name(zi)
        if n.endswith('/') or is_junk(n):
            continue
        b = z.read(zi)
        if n.lower().endswith('.zip'):
            out.update(members(b, prefix + n + '/'))
        else:
            out[prefix + n] = b
    return out


def norm(s):
    return re.sub(r'\s+', '', s)


def pdf_text(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b); f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')


def pdf_fonts(b):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(b); f.flush()
        r = subprocess.run(['pdffonts', f.name], capture_output=True, text=True)
        return [ln for ln in r.stdout.splitlines()[2:] if ln.strip()]


def docx_text(b):
    import docx
    d = docx.Document(io.BytesIO(b))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for cell in row.cells:
                t.append(cell.text)
    return '\n'.join(t)


def main():
    key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
    assert key['author'] == 'final17'
    errors = []
    counts = collections.Counter()
    seen_gbk = 0
    for zname, ent in sorted(key['packages'].items()):
        zp = os.path.join(HERE, 'packages', zname)
        if not os.path.exists(zp):
            errors.append('%s: zip missing' % zname); continue
        size = os.path.getsize(zp)
        if size > 1.1 * 1024 * 1024:
            errors.append('%s: %d KB > 1.1 MB' % (zname, size // 1024))
        raw = open(zp, 'rb').read()
        z = zipfile.ZipFile(io.BytesIO(raw))
        if z.testzip() is not None:
            errors.append('%s: CRC error' % zname)
        if any(not (zi.flag_bits & 0x800) and any(ord(ch) > 127 for ch in zi.filename) for zi in z.infolist()):
            seen_gbk += 1
        files = members(raw)
        kpaths = [d['path'] for d in ent['documents']]
        for p in kpaths:
            if p not in files:
                errors.append('%s: key path not in zip: %s' % (zname, p))
        for p in files:
            if p not in kpaths:
                errors.append('%s: zip file not in key: %s' % (zname, p))
        org = ent['organisation']['name']
        code = ent['organisation']['credit_code']
        if ('credit_code:checksum' in ent['causes']) == valid_code(code):
            errors.append('%s: credit code check state unexpected (%s)' % (zname, code))
        if code[2:4] != '31' and 'not_shanghai_registered' not in ent['causes']:
            errors.append('%s: non-Shanghai code without planted defect' % zname)
        counts[ent['verdict']] += 1
        for d in ent['documents']:
            b = files.get(d['path'])
            if b is None:
                continue
            p = d['path'].lower()
            mode = d['text']
            if p.endswith('.pdf'):
                rc, txt = pdf_text(b)
                if mode == 'text':
                    t = norm(txt)
                    if norm(org) not in t and not any(a in t for a in ALT_NAMES):
                        errors.append('%s: org name not in text of %s' % (zname, d['path']))
                elif mode == 'ocr-layer':
                    if norm(org)[:6] not in norm(txt):
                        errors.append('%s: OCR layer lacks org name: %s' % (zname, d['path']))
                elif mode == 'none':
                    if norm(txt) or pdf_fonts(b):
                        errors.append('%s: image-only scan has text/fonts: %s' % (zname, d['path']))
                elif mode == 'encrypted':
                    import pikepdf
                    try:
                        pikepdf.open(io.BytesIO(b)); errors.append('%s: not encrypted: %s' % (zname, d['path']))
                    except pikepdf.PasswordError:
                        pass
                elif mode == 'corrupt':
                    import pikepdf
                    ok = True
                    try:
                        with pikepdf.open(io.BytesIO(b)) as pdf:
                            for pg in pdf.pages:
                                pg.get('/Contents').read_bytes() if pg.get('/Contents') is not None else None
                    except Exception:
                        ok = False
                    if ok and rc == 0 and norm(txt):
                        errors.append('%s: corrupt PDF still fully readable: %s' % (zname, d['path']))
            elif p.endswith('.docx'):
                t = norm(docx_text(b))
                if mode == 'text' and norm(org) not in t and not any(a in t for a in ALT_NAMES):
                    errors.append('%s: org name not in docx %s' % (zname, d['path']))
            elif p.endswith('.jpg'):
                if mode != 'none' or b[:2] != b'\xff\xd8':
                    errors.append('%s: jpg entry wrong: %s' % (zname, d['path']))
    print('packages:', len(key['packages']), dict(counts), 'GBK-named zips:', seen_gbk)
    if seen_gbk < 2:
        errors.append('fewer than two GBK-named zips')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
