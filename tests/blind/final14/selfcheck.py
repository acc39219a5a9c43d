#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the final14 corpus (does not run any pre-screening tool).

- every zip opens; entry names decode (UTF-8 flag, else UTF-8 / GBK bytes)
- the key lists exactly the files in each zip (junk excluded, nested zips expanded)
- every `text` document shows the organisation name (pdftotext / python-docx), whitespace-normalised
  (expect.json holds the expected name where a document deliberately names another one)
- `none` documents (scans, photos) have no text layer; `ocr-layer` ones have one
- `encrypted` PDFs need a password; `corrupt` PDFs do not parse
- credit codes: check characters as planted, Shanghai region except where planted
- package sizes (~1 MB) and verdict counts
"""
import io, json, re, subprocess, sys, tempfile, zipfile
from pathlib import Path
from collections import Counter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_lib import code_valid

JUNK = ('__MACOSX/', '.DS_Store', 'Thumbs.db', 'desktop.ini')


def decode_name(info):
    if info.flag_bits & 0x800:
        return info.filename
    raw = info.filename.encode('cp437')
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('gbk')


def members(zbytes, prefix=''):
    z = zipfile.ZipFile(io.BytesIO(zbytes))
    out = {}
    gbk = False
    for info in z.infolist():
        name = decode_name(info)
        if not (info.flag_bits & 0x800):
            try:
                info.filename.encode('cp437').decode('utf-8')
            except UnicodeDecodeError:
                gbk = True
        if name.endswith('/') or any(j in name for j in JUNK):
            continue
        data = z.read(info)
        if name.lower().endswith('.zip'):
            sub, _ = members(data, prefix + name + '/')
            out.update(sub)
        else:
            out[prefix + name] = data
    return out, gbk


def pdftext(data):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as t:
        t.write(data); t.flush()
        r = subprocess.run(['pdftotext', '-q', t.name, '-'], capture_output=True)
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


def norm(s):
    return re.sub(r'\s+', '', s)


def main():
    key = json.loads((HERE / 'key.json').read_text(encoding='utf-8'))
    expect = json.loads((HERE / 'expect.json').read_text(encoding='utf-8')) if (HERE / 'expect.json').exists() else {}
    errors, notes = [], []
    zips = sorted((HERE / 'packages').glob('*.zip'))
    if len(zips) != len(key['packages']):
        errors.append(f'{len(zips)} zips but {len(key["packages"])} key entries')
    gbk_count = 0
    verdicts = Counter()
    for zp in zips:
        k = key['packages'].get(zp.name)
        if not k:
            errors.append(f'{zp.name}: not in key'); continue
        verdicts[k['verdict']] += 1
        pid = zp.name.split('-')[0]
        size = zp.stat().st_size
        if size > 1_100_000:
            errors.append(f'{zp.name}: {size} bytes (> ~1 MB)')
        try:
            files, gbk = members(zp.read_bytes())
        except Exception as e:
            errors.append(f'{zp.name}: does not open ({e})'); continue
        gbk_count += gbk
        kp = {d['path'] for d in k['documents']}
        if set(files) != kp:
            errors.append(f'{zp.name}: zip-only {sorted(set(files) - kp)}; key-only {sorted(kp - set(files))}')
        code = k['organisation']['credit_code']
        if ('credit_code_checksum' in k['causes']) == code_valid(code):
            errors.append(f'{zp.name}: code {code} validity does not match causes')
        if (code[2:4] != '31') != ('not_registered_in_shanghai' in k['causes']):
            errors.append(f'{zp.name}: region of {code} does not match causes')
        for d in k['documents']:
            data = files.get(d['path'])
            if data is None:
                continue
            p, t = d['path'], d['text']
            isp = p.lower().endswith('.pdf')
            name = expect.get(f'{pid}|{p}', k['organisation']['name'])
            if t == 'text':
                if isp:
                    rc, txt = pdftext(data)
                elif p.lower().endswith('.docx'):
                    txt = docxtext(data)
                else:
                    errors.append(f'{zp.name}: {p} marked text but not pdf/docx'); continue
                if norm(name) not in norm(txt):
                    errors.append(f'{zp.name}: {p}: "{name}" not found in text')
            elif t == 'none':
                if isp:
                    rc, txt = pdftext(data)
                    if norm(txt):
                        errors.append(f'{zp.name}: {p}: scan has a text layer')
            elif t == 'ocr-layer':
                rc, txt = pdftext(data)
                if len(norm(txt)) < 20:
                    errors.append(f'{zp.name}: {p}: OCR layer missing')
                elif norm(name) not in norm(txt):
                    notes.append(f'{zp.name}: {p}: OCR layer does not spell the name exactly')
            elif t == 'encrypted':
                import pikepdf
                try:
                    pikepdf.open(io.BytesIO(data))
                    errors.append(f'{zp.name}: {p}: opens without password')
                except pikepdf.PasswordError:
                    pass
            elif t == 'corrupt':
                import pikepdf
                rc, txt = pdftext(data)
                ok = True
                try:
                    pikepdf.open(io.BytesIO(data)).pages[-1]
                except Exception:
                    ok = False
                if ok and rc == 0 and norm(name) in norm(txt):
                    notes.append(f'{zp.name}: {p}: truncated PDF still fully readable?')
    if gbk_count < 2:
        errors.append(f'only {gbk_count} zips with GBK names')
    print('verdicts:', dict(verdicts), 'zips:', len(zips), 'GBK-named zips:', gbk_count)
    for n in notes:
        print('note:', n)
    for e in errors:
        print('ERROR:', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
