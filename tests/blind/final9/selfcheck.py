#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final9 corpus (does not run any pre-screening tool).

- every zip opens; names are decoded (UTF-8 flag / GBK) as a Chinese Windows user would see them;
- the key lists exactly the files of each zip (junk excluded; nested zips by member);
- every `text` document shows the organisation name (pdftotext / python-docx, whitespace removed);
- image-only scans (`none`) have no text layer; `ocr-layer` files have one; `encrypted` files need a
  password; `corrupt` files yield no text;
- verdict counts, credit-code checks, packaging features, package sizes.
"""
import io
import json
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
import g_content as C   # noqa: E402

JUNK = re.compile(r'(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)')


def archive_encoding(infos):
    """Decide per archive (one tool wrote all names): flag -> UTF-8; else UTF-8 if every name is valid
    UTF-8, otherwise GB18030."""
    raws = [i.filename.encode('cp437') for i in infos if not i.flag_bits & 0x800]
    if not raws or all(r.isascii() for r in raws):
        return 'ascii'
    try:
        for r in raws:
            r.decode('utf-8')
        return 'utf-8(no flag)'
    except UnicodeDecodeError:
        return 'gbk'


def decode_name(info, enc):
    if info.flag_bits & 0x800:
        return info.filename, 'utf-8'
    raw = info.filename.encode('cp437')
    if enc == 'gbk':
        return raw.decode('gb18030'), 'gbk'
    return raw.decode('utf-8'), enc


def members(zbytes, prefix=''):
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    out = {}
    encs = set()
    aenc = archive_encoding(z.infolist())
    for info in z.infolist():
        name, enc = decode_name(info, aenc)
        encs.add(enc)
        if name.endswith('/') or JUNK.search(name):
            continue
        data = z.read(info)
        if name.lower().endswith('.zip'):
            sub, e2 = members(data, prefix + name + '/')
            out.update(sub)
            encs |= e2
        else:
            out[prefix + name] = data
    return out, encs


def norm(s):
    return re.sub(r'\s+', '', s)


def pdftext(data):
    r = subprocess.run(['pdftotext', '-q', '-', '-'], input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode('utf-8', 'replace')


def docxtext(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return '\n'.join(parts)


def is_encrypted(data):
    import pikepdf
    try:
        pikepdf.open(io.BytesIO(data))
        return False
    except pikepdf.PasswordError:
        return True
    except Exception:
        return False


def main():
    key = json.load(open(os.path.join(ROOT, 'key.json'), encoding='utf-8'))
    expect = json.load(open(os.path.join(ROOT, 'selfcheck_expect.json'), encoding='utf-8'))
    pk = os.path.join(ROOT, 'packages')
    zips = sorted(f for f in os.listdir(pk) if f.endswith('.zip'))
    errors = []
    counts = {}
    feats = {'gbk': [], 'utf-8(no flag)': [], 'nested': [], 'macosx': [], 'docx': [], 'jpg': [], 'encrypted': [], 'corrupt': [], 'ocr-layer': [], 'none': []}
    producers = set()
    if set(zips) != set(key['packages']):
        errors.append('zip files and key differ: %s' % (set(zips) ^ set(key['packages'])))
    for zn in zips:
        ent = key['packages'].get(zn)
        if not ent:
            continue
        counts[ent['verdict']] = counts.get(ent['verdict'], 0) + 1
        raw = open(os.path.join(pk, zn), 'rb').read()
        size = len(raw)
        if size > 1100 * 1024:
            errors.append('%s: %d KB (> ~1 MB)' % (zn, size // 1024))
        try:
            files, encs = members(raw)
        except Exception as e:
            errors.append('%s: does not open: %s' % (zn, e))
            continue
        z = zipfile.ZipFile(io.BytesIO(raw))
        names = [i.filename for i in z.infolist()]
        for e in ('gbk', 'utf-8(no flag)'):
            if e in encs:
                feats[e].append(zn)
        if any(n.endswith('.zip') for n in files) or any('.zip/' in n for n in files):
            feats['nested'].append(zn)
        if any(n.startswith('__MACOSX/') for n in names):
            feats['macosx'].append(zn)
        kp = [d['path'] for d in ent['documents']]
        if len(kp) != len(set(kp)):
            errors.append('%s: duplicate key paths' % zn)
        missing = set(kp) - set(files)
        extra = set(files) - set(kp)
        if missing:
            errors.append('%s: key paths not in zip: %s' % (zn, sorted(missing)))
        if extra:
            errors.append('%s: zip files not in key: %s' % (zn, sorted(extra)))
        org = ent['organisation']['name']
        exp = expect.get(zn, {})
        for d in ent['documents']:
            p = d['path']
            producers.add(d['producer'].split(' -> ')[0].split(':')[0])
            data = files.get(p)
            if data is None:
                continue
            t = d['text']
            low = p.lower()
            if low.endswith('.docx'):
                feats['docx'].append(zn)
            if low.endswith('.jpg'):
                feats['jpg'].append(zn)
            if t in feats:
                feats[t].append(zn)
            want = exp.get(p, org)
            if t == 'text':
                if low.endswith('.pdf'):
                    rc, txt = pdftext(data)
                elif low.endswith('.docx'):
                    txt = docxtext(data)
                else:
                    errors.append('%s: %s marked text but is not pdf/docx' % (zn, p))
                    continue
                if norm(want) not in norm(txt):
                    errors.append('%s: %s: name %r not found in extracted text' % (zn, p, want))
                if want != org and norm(org) in norm(txt) and d['kind'] in ('application_form',):
                    errors.append('%s: %s: expected only the variant name' % (zn, p))
            elif t == 'none':
                if low.endswith('.pdf'):
                    rc, txt = pdftext(data)
                    if norm(txt):
                        errors.append('%s: %s: image-only scan has a text layer (%d chars)' % (zn, p, len(norm(txt))))
                elif low.endswith('.jpg'):
                    from PIL import Image
                    Image.open(io.BytesIO(data)).verify()
            elif t == 'ocr-layer':
                rc, txt = pdftext(data)
                if len(norm(txt)) < 20:
                    errors.append('%s: %s: OCR layer missing' % (zn, p))
            elif t == 'encrypted':
                if not is_encrypted(data):
                    errors.append('%s: %s: not password-protected' % (zn, p))
            elif t == 'corrupt':
                rc, txt = pdftext(data)
                if len(norm(txt)) > 20:
                    errors.append('%s: %s: corrupt file still yields text' % (zn, p))
            if 'seal' in d and not isinstance(d['seal'], bool):
                errors.append('%s: %s: seal not boolean' % (zn, p))
        # credit code sanity
        code = ent['organisation']['credit_code']
        causes = ' '.join(ent['causes'])
        if not C.code_valid(code) and 'credit_code_checksum' not in causes:
            errors.append('%s: invalid credit code %s without a checksum cause' % (zn, code))
        if C.code_valid(code) and 'credit_code_checksum' in causes:
            errors.append('%s: checksum cause but code valid' % zn)
        # pass packages: occupations/levels within the notice, every material present
        if ent['verdict'] == 'pass':
            allowed = {n: l for c, n, l in C.OCCS}
            for a in ent['applications']:
                if a['name'] not in allowed or not set(a['levels']) <= set(allowed[a['name']]):
                    errors.append('%s: pass package applies outside the notice: %s' % (zn, a))
            kinds = set()
            for d in ent['documents']:
                if d['text'] in ('text', 'none', 'ocr-layer'):
                    kinds |= set(d['kind'].split('+'))
            for d in ent['documents']:
                if d.get('seal') is False:
                    errors.append('%s: pass package has an unstamped material %s' % (zn, d['path']))
            need = {'application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report',
                    'registration_certificate', 'work_plan', 'pledge', 'integrity_letter', 'implementation_plan',
                    'evaluation_plan', 'sample_paper'}
            if need - kinds:
                errors.append('%s: pass package lacks %s' % (zn, need - kinds))
        if ent['verdict'] != 'pass' and not ent['causes']:
            errors.append('%s: %s without causes' % (zn, ent['verdict']))
    print('packages: %d  verdicts: %s' % (len(zips), counts))
    for k, v in feats.items():
        print('  %-10s %d packages' % (k, len(set(v))))
    print('producers (first stage):')
    for p in sorted(producers):
        print('   ', p)
    if errors:
        print('\n%d PROBLEMS' % len(errors))
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('\nselfcheck OK')


if __name__ == '__main__':
    main()
