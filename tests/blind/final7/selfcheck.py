#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of corpus final7: every zip opens, every key path exists (nested zips included), every
document marked text=text shows the organisation name in pdftotext (whitespace-normalised), image-only
scans have no text layer, encrypted/corrupt files are really unreadable, ocr-layer scans have some text,
codes in the key match their planted checksum state, and packages stay under ~1 MB."""
import io, json, re, subprocess, sys, tempfile, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from gen_base import code_valid  # noqa: E402

JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')
KINDS = {'application_form', 'industry_letter', 'district_letter', 'credit_report', 'audit_report', 'registration_certificate',
         'work_plan', 'pledge', 'integrity_letter', 'implementation_plan', 'evaluation_plan', 'sample_paper', 'other'}


def decode_name(zi):
    if zi.flag_bits & 0x800:
        return zi.filename
    raw = zi.filename.encode('cp437')
    try:
        raw.decode('ascii')
        return zi.filename
    except UnicodeDecodeError:
        return raw.decode('gbk')


def members(zbytes):
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    out = {}
    for zi in z.infolist():
        if zi.is_dir():
            continue
        n = decode_name(zi)
        if n.startswith('__MACOSX/') or n.split('/')[-1] in ('.DS_Store', 'Thumbs.db', 'desktop.ini'):
            continue
        data = z.read(zi)
        if n.lower().endswith('.zip'):
            for k, v in members(data).items():
                out[n + '/' + k] = v
        else:
            out[n] = data
    return out


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        r = subprocess.run(['pdftotext', '-q', f.name, '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return r.returncode, re.sub(r'\s+', '', r.stdout.decode('utf-8', 'replace'))


def docxtext(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for c in row.cells:
                t.append(c.text)
    return re.sub(r'\s+', '', ''.join(t))


def main():
    key = json.loads((ROOT / 'key.json').read_text(encoding='utf-8'))
    assert key['author'] == 'final7'
    pk = key['packages']
    errors = []
    zips = sorted((ROOT / 'packages').glob('*.zip'))
    if len(zips) != 36 or len(pk) != 36:
        errors.append('expected 36 zips and 36 key entries, got %d / %d' % (len(zips), len(pk)))
    verdicts = {}
    gbk = 0
    for zp in zips:
        k = pk.get(zp.name)
        if not k:
            errors.append('%s: not in key' % zp.name)
            continue
        verdicts[k['verdict']] = verdicts.get(k['verdict'], 0) + 1
        if zp.stat().st_size > 1_050_000:
            errors.append('%s: %d bytes (> ~1 MB)' % (zp.name, zp.stat().st_size))
        raw = zipfile.ZipFile(zp)
        if any(not (zi.flag_bits & 0x800) and any(ord(ch) > 127 for ch in zi.filename) for zi in raw.infolist()):
            gbk += 1
        try:
            m = members(zp.read_bytes())
        except Exception as e:  # noqa: BLE001
            errors.append('%s: cannot open: %s' % (zp.name, e))
            continue
        name = re.sub(r'\s+', '', k['organisation']['name'])
        code = k['organisation']['credit_code']
        if code_valid(code) == any(c.startswith('credit_code_checksum') for c in k['causes']):
            errors.append('%s: checksum state of %s does not match the causes' % (zp.name, code))
        keyed = {d['path'] for d in k['documents']}
        for extra in set(m) - keyed:
            errors.append('%s: file not in key: %s' % (zp.name, extra))
        exempt_kinds = set()
        if any(c.startswith('letter_recommends_other_org') for c in k['causes']):
            exempt_kinds.add('industry_letter')
        if 'name_mismatch' in k['causes']:
            exempt_kinds.add('application_form')
        for d in k['documents']:
            p = d['path']
            for lab in d['kind'].split('+'):
                if lab not in KINDS:
                    errors.append('%s: bad kind %s' % (zp.name, lab))
            if p not in m:
                errors.append('%s: key path missing: %s' % (zp.name, p))
                continue
            data = m[p]
            low = p.lower()
            if low.endswith('.docx'):
                t = docxtext(data)
                if d['text'] == 'text' and name not in t and not (set(d['kind'].split('+')) & exempt_kinds):
                    errors.append('%s: name not in docx %s' % (zp.name, p))
                continue
            if low.endswith('.jpg') or low.endswith('.jpeg') or low.endswith('.png'):
                if d['text'] != 'none':
                    errors.append('%s: image %s should be text=none' % (zp.name, p))
                continue
            rc, t = pdftext(data)
            if d['text'] == 'text':
                if set(d['kind'].split('+')) & exempt_kinds:
                    if name in t:
                        errors.append('%s: %s should NOT name the applicant' % (zp.name, p))
                elif name not in t:
                    errors.append('%s: organisation name not found by pdftotext in %s' % (zp.name, p))
            elif d['text'] == 'none':
                if t:
                    errors.append('%s: image-only scan has a text layer: %s (%r)' % (zp.name, p, t[:40]))
            elif d['text'] == 'ocr-layer':
                if len(t) < 20:
                    errors.append('%s: ocr-layer scan without text: %s' % (zp.name, p))
            elif d['text'] in ('encrypted', 'corrupt'):
                if rc == 0 and t:
                    errors.append('%s: %s document is readable: %s' % (zp.name, d['text'], p))
    if gbk < 2:
        errors.append('fewer than two GBK-named zips (%d)' % gbk)
    for e in errors:
        print('ERROR', e)
    print('packages: %d  verdicts: %s  GBK-named zips: %d' % (len(zips), verdicts, gbk))
    print('selfcheck %s' % ('FAILED (%d errors)' % len(errors) if errors else 'passed'))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
