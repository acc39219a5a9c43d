#!/usr/bin/env python3
"""Self-checks of the corpus without the tool: zips open, key paths exist, text/no-text as keyed,
intended phrases present (whitespace-normalised pdftotext), key shape."""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report', 'registration_certificate',
         'work_plan', 'pledge', 'integrity_letter', 'implementation_plan', 'evaluation_plan', 'sample_paper', 'other'}
TEXTS = {'text', 'ocr_layer', 'none', 'editable', 'encrypted', 'corrupt'}
JUNK = re.compile(r'(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)')


def decode_names(z, mode):
    out = {}
    for zi in z.infolist():
        if zi.flag_bits & 0x800:
            n = zi.filename
        else:
            raw = zi.filename.encode('cp437')
            n = raw.decode('utf-8') if mode in ('utf8noflag',) else raw.decode('gb18030')
        out[n] = zi
    return out


def pdf_text(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        r = subprocess.run(['pdftotext', f.name, '-'], capture_output=True)
        # NFKC: Ghostscript-distilled Chromium text comes out with Kangxi radicals (⼈ U+2F08 for 人)
        return r.returncode, unicodedata.normalize('NFKC', re.sub(r'\s+', '', r.stdout.decode('utf-8', 'replace')))


def raw_has_kangxi(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        t = subprocess.run(['pdftotext', f.name, '-'], capture_output=True).stdout.decode('utf-8', 'replace')
        return any('\u2f00' <= ch <= '\u2fdf' for ch in t)


def needs_password(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        return subprocess.run(['qpdf', '--requires-password', f.name], capture_output=True).returncode == 0


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return re.sub(r'\s+', '', ''.join(parts))


def main():
    key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
    try:
        exp = json.load(open('/tmp/blind-validation/expect.json', encoding='utf-8'))
    except OSError:
        exp = {}
    errors = []
    kangxi = []
    assert key['author'] == 'validation'
    for zname, e in sorted(key['packages'].items()):
        def err(msg):
            errors.append('%s: %s' % (zname, msg))
        assert e['verdict'] in ('pass', 'fail', 'review')
        assert all(1 <= c <= 8 for c in e['causes'])
        if e['verdict'] == 'pass' and e['defects']:
            err('pass with defects')
        if e['verdict'] != 'pass' and not e['defects']:
            err('non-pass without defects')
        zpath = os.path.join(HERE, 'packages', zname)
        if not os.path.exists(zpath):
            err('zip missing')
            continue
        z = zipfile.ZipFile(zpath)
        if z.testzip() is not None:
            err('bad crc')
        mode = exp.get(zname, {}).get('zipmode', 'gbk')
        names = decode_names(z, 'utf8noflag' if mode == 'utf8noflag' else 'gbk')
        listed = set()
        for d in e['documents']:
            assert set(d['kind'].split('+')) <= KINDS, d['kind']
            assert d['text'] in TEXTS, d['text']
            p = d['path']
            listed.add(p)
            if p in names:
                data = z.read(names[p])
            else:
                # nested zip
                m = re.match(r'(.+?\.zip)/(.+)$', p)
                if not m or m.group(1) not in names:
                    err('path not in zip: ' + p)
                    continue
                inner = zipfile.ZipFile(io.BytesIO(z.read(names[m.group(1)])))
                inames = decode_names(inner, 'gbk')
                if m.group(2) not in inames:
                    err('path not in nested zip: ' + p)
                    continue
                data = inner.read(inames[m.group(2)])
            t = d['text']
            want = exp.get(zname, {}).get('docs', {}).get(p, {}).get('expect', [])
            if t in ('text', 'ocr_layer'):
                rc, txt = pdf_text(data)
                if rc != 0 or len(txt) < 20:
                    err('no text in %s (%s)' % (p, t))
                for w in want:
                    if unicodedata.normalize('NFKC', re.sub(r'\s+', '', w)) not in txt:
                        err('phrase %r missing in %s' % (w, p))
                for w in exp.get(zname, {}).get('docs', {}).get(p, {}).get('absent', []):
                    if unicodedata.normalize('NFKC', re.sub(r'\s+', '', w)) in txt:
                        err('phrase %r must not be in %s' % (w, p))
                if raw_has_kangxi(data):
                    kangxi.append('%s: %s' % (zname, p))
            elif t == 'none':
                if p.lower().endswith('.pdf'):
                    rc, txt = pdf_text(data)
                    if len(txt) > 0:
                        err('image-only pdf has text: ' + p)
                else:
                    if data[:3] != b'\xff\xd8\xff':
                        err('not a jpeg: ' + p)
            elif t == 'editable':
                txt = docx_text(data)
                for w in want:
                    if re.sub(r'\s+', '', w) not in txt:
                        err('phrase %r missing in docx %s' % (w, p))
            elif t == 'encrypted':
                if not needs_password(data):
                    err('not encrypted: ' + p)
            elif t == 'corrupt':
                rc, txt = pdf_text(data)
                if rc == 0 and len(txt) > 50:
                    err('corrupt pdf still readable: ' + p)
        # every non-junk file entry is listed
        for n, zi in names.items():
            if n.endswith('/') or JUNK.search(n):
                continue
            if n not in listed and not n.endswith('.zip'):
                err('unlisted entry: ' + n)
        # applications appear on a readable application form
        forms = [d for d in e['documents'] if 'application_form' in d['kind'] and d['text'] in ('text', 'ocr_layer')]
        for d in forms:
            data = z.read(names[d['path']]) if d['path'] in names else None
            if data is None:
                continue
            rc, txt = pdf_text(data)
            for a in e['applications']:
                if a['code'] not in txt:
                    err('application code %s not on the form' % a['code'])
    size = sum(os.path.getsize(os.path.join(HERE, 'packages', n)) for n in key['packages'])
    print('%d packages checked, %.1f MB, %d problems' % (len(key['packages']), size / 1e6, len(errors)))
    for x in errors:
        print('  ' + x)
    if kangxi:
        print('note: %d readable documents extract with Kangxi-radical code points (NFKC restores them):' % len(kangxi))
        for x in kangxi:
            print('  ' + x)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
