#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final6 corpus against key.json:
zips open; every key path exists and every non-junk member is in the key; pdftotext shows the
organisation name in every `text` document; image-only scans have no text layer; encrypted files
need a password; corrupt files fail qpdf --check; credit codes check out unless the key says otherwise."""
import io, os, re, sys, json, zipfile, subprocess, tempfile, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_lib import uscc_valid

HERE = os.path.dirname(os.path.abspath(__file__))
JUNK = re.compile(r'(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)')


def decode_name(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    raw = zi.filename.encode('cp437')
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('gb18030')


def members(zf, prefix=''):
    out = {}
    for zi in zf.infolist():
        n = decode_name(zi)
        if n.endswith('/') or JUNK.search(n):
            continue
        data = zf.read(zi)
        if n.lower().endswith('.zip'):
            with zipfile.ZipFile(io.BytesIO(data)) as nz:
                out.update(members(nz, prefix + n + '/'))
        else:
            out[prefix + n] = data
    return out


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')


def norm(s):
    return re.sub(r'\s+', '', s)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            t += [c.text for c in row.cells]
    for s in d.sections:
        t += [p.text for p in s.header.paragraphs]
    return '\n'.join(t)


def main():
    key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
    assert key['author'] == 'final6'
    errors, warns = [], []
    counts = collections.Counter()
    ndocs = 0
    for zname, pk in sorted(key['packages'].items()):
        zp = os.path.join(HERE, 'packages', zname)
        if not os.path.exists(zp):
            errors.append('%s: missing zip' % zname)
            continue
        size = os.path.getsize(zp)
        if size > 1.2 * 1024 * 1024:
            warns.append('%s: %d KB' % (zname, size // 1024))
        counts[pk['verdict']] += 1
        try:
            with zipfile.ZipFile(zp) as zf:
                if zf.testzip() is not None:
                    errors.append('%s: CRC error' % zname)
                mem = members(zf)
        except Exception as e:
            errors.append('%s: cannot open: %s' % (zname, e))
            continue
        org = pk['organisation']['name']
        code = pk['organisation']['credit_code']
        if uscc_valid(code) == ('credit_code_checksum' in pk['causes']):
            errors.append('%s: credit code %s validity disagrees with causes' % (zname, code))
        keypaths = [d['path'] for d in pk['documents']]
        for p in set(mem) - set(keypaths):
            errors.append('%s: member not in key: %s' % (zname, p))
        if len(set(keypaths)) != len(keypaths):
            errors.append('%s: duplicate key paths' % zname)
        for d in pk['documents']:
            ndocs += 1
            p = d['path']
            if p not in mem:
                errors.append('%s: key path not in zip: %s' % (zname, p))
                continue
            data = mem[p]
            ext = p.rsplit('.', 1)[-1].lower()
            names = [org]
            if 'name_mismatch' in pk['causes'] and 'application_form' in d['kind']:
                names = ['上海恒碳管理咨询有限公司']
            if 'letter_names_other_org' in pk['causes'] and d['kind'] == 'industry_letter':
                names = ['上海安信数据科技有限公司']
            if d['text'] == 'text':
                if ext == 'pdf':
                    rc, t = pdftext(data)
                elif ext == 'docx':
                    rc, t = 0, docx_text(data)
                else:
                    errors.append('%s: %s text doc with ext %s' % (zname, p, ext))
                    continue
                if rc != 0 or not any(n in norm(t) for n in names):
                    errors.append('%s: %s: organisation name not in extracted text' % (zname, p))
            elif d['text'] == 'none':
                if ext == 'pdf':
                    rc, t = pdftext(data)
                    if rc != 0 or norm(t):
                        errors.append('%s: %s: image-only doc has a text layer (%r)' % (zname, p, t[:40]))
                elif ext not in ('jpg', 'jpeg', 'png'):
                    errors.append('%s: %s: none-text with ext %s' % (zname, p, ext))
            elif d['text'] == 'ocr-layer':
                rc, t = pdftext(data)
                if rc != 0 or len(norm(t)) < 20:
                    errors.append('%s: %s: OCR layer missing' % (zname, p))
                elif not any(n[:4] in norm(t) for n in names):
                    warns.append('%s: %s: OCR layer lacks the name' % (zname, p))
            elif d['text'] == 'encrypted':
                import pikepdf
                try:
                    pikepdf.open(io.BytesIO(data))
                    errors.append('%s: %s: opens without password' % (zname, p))
                except pikepdf.PasswordError:
                    pass
            elif d['text'] == 'corrupt':
                with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
                    f.write(data)
                    f.flush()
                    r = subprocess.run(['qpdf', '--check', f.name], capture_output=True)
                    if r.returncode == 0:
                        errors.append('%s: %s: corrupt file passes qpdf --check' % (zname, p))
    print('packages: %d  documents: %d  verdicts: %s' % (sum(counts.values()), ndocs, dict(counts)))
    for w in warns:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
