"""Document objects, rendering pipeline, packaging."""
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import zlib

from . import canvas_docs, post, render
from .render import plain_text
from .zipper import build_zip

WORK = '/tmp/blind-validation/work'
CHROME_PROFILE = '/tmp/blind-validation/chrome-profile'


def seed_of(*parts):
    return zlib.crc32('|'.join(str(p) for p in parts).encode('utf-8'))


class Doc:
    def __init__(self, path, kinds, src, post=(), expect=(), absent_expect=()):
        self.path = path
        self.kinds = kinds if isinstance(kinds, list) else kinds.split('+')
        self.src = src
        self.post = list(post)
        self.expect = list(expect)
        self.absent_expect = list(absent_expect)  # phrases that must NOT be in the text
        self.children = []  # for nested zips
        self.file = None
        self.producer = ''
        self.text = 'text'

    @property
    def kind(self):
        return '+'.join(self.kinds)


class Pkg:
    def __init__(self, num, org, apps, verdict, causes, defects, why, zipmode='gbk', dirs=False, junk=(),
                 key_apps=None):
        self.num = num
        self.id = 'V%02d' % num
        self.org = org
        self.apps = apps
        self.key_apps = key_apps
        self.verdict = verdict
        self.causes = sorted(set(causes))
        self.defects = list(defects)
        self.why = why
        self.zipmode = zipmode
        self.dirs = dirs
        self.junk = list(junk)
        self.docs = []
        self.rng = random.Random(seed_of('validation-corpus', num))

    @property
    def zipname(self):
        return '%s-%s.zip' % (self.id, self.org['name'])

    def add(self, path, kinds, src, post=(), expect=None, absent_expect=()):
        if expect is None:
            expect = default_expect(src, self.org)
        d = Doc(path, kinds, src, post, expect, absent_expect)
        self.docs.append(d)
        return d

    def find(self, kind):
        return [d for d in self.docs if kind in d.kinds]

    def remove(self, d):
        self.docs.remove(d)


def default_expect(src, org):
    blocks = src.get('blocks')
    if not blocks:
        return []
    txt = ''.join(plain_text(blocks))
    flat = re.sub(r'\s+', '', txt)
    exp = []
    for b in blocks:
        if b[0] == 'title':
            exp.append(b[1].replace('\n', ''))
            break
    for s in (org['name'], org['code']):
        if s in flat:
            exp.append(s)
    return exp


# --------------------------------------------------------------------------- producers

def producer_of(src):
    f = src['fmt']
    if f == 'html':
        sealed = any(b[0] == 'sign' and len(b) > 2 and b[2] for b in src['blocks'])
        return 'HTML (%s fonts%s) → Chromium --print-to-pdf' % (
            src.get('style', 'gov'), (', CSS-drawn seal' if src.get('css_seal', True) else ', PNG seal') if sealed else '')
    if f == 'docx':
        return "python-docx (template '%s') → LibreOffice soffice --convert-to pdf" % src.get('tpl', 'songti')
    if f == 'docx_keep':
        return "python-docx (template '%s'), left as Word .docx" % src.get('tpl', 'songti')
    if f == 'odt':
        return 'odfpy .odt (%s) → LibreOffice' % src.get('font', 'AR PL UMing CN')
    if f == 'fodt':
        return 'hand-written flat ODF .fodt (%s) → LibreOffice' % src.get('font', 'Noto Serif CJK SC')
    if f == 'rl':
        font = src.get('font', 'uming')
        if font == 'STSong-Light':
            return 'reportlab platypus, non-embedded CID font STSong-Light'
        return 'reportlab platypus, embedded TrueType %s' % font
    if f == 'canvas_licence':
        return 'reportlab canvas licence layout, embedded TrueType %s/%s, QR pattern, PNG seal' % (
            src.get('font', 'wqy'), src.get('title_font', 'ukai'))
    if f == 'canvas_cert':
        return 'reportlab canvas certificate layout (landscape), embedded TrueType %s' % src.get('font', 'uming')
    if f == 'canvas_credit':
        return 'reportlab canvas report layout, embedded TrueType %s' % src.get('font', 'microhei')
    if f == 'site_photo':
        return 'Pillow synthetic site photo (.jpg)'
    if f == 'floorplan':
        return 'Pillow floor-plan drawing → img2pdf (image only)'
    if f == 'zip':
        return 'nested zip'
    return f


def post_desc(step):
    k = step[0]
    o = step[1] if len(step) > 1 else {}
    if k == 'gs':
        return 'Ghostscript 10 pdfwrite re-distilled (-dNEWPDF=false)'
    if k == 'scan':
        return 'printed and scanned: pdftoppm %d dpi %s + Pillow (tilt, speckle%s) → img2pdf, image only' % (
            o.get('dpi', 150), 'colour' if o.get('color') else 'grey', ', seal' if o.get('seal') else '')
    if k == 'ocr':
        eng = o.get('engine', 'rl')
        if o.get('fallback_from'):
            return ('scanned 150 dpi JPEG + invisible text (reportlab render mode 3; %s output was discarded because it '
                    'garbled the name/code/title)' % o['fallback_from'])
        return {'rl': 'scanned %d dpi JPEG + invisible OCR text (reportlab render mode 3)' % min(o.get('dpi', 150), 150),
                'tess': 'scanned %d dpi + tesseract chi_sim pdf renderer (image + OCR text)' % o.get('dpi', 200),
                'ocrmypdf': 'scanned %d dpi → img2pdf → ocrmypdf -l chi_sim' % o.get('dpi', 200)}[eng]
    if k == 'encrypt':
        return 'qpdf AES-256 with a user password'
    if k == 'corrupt':
        return 'truncated upload (first %d%% of the bytes)' % int(100 * o.get('frac', 0.45))
    if k == 'photo':
        return 'phone photo of the printout (.jpg)'
    return k


# --------------------------------------------------------------------------- rendering

CACHE = '/tmp/blind-validation/cache'
APPLICANT_AUTHORED = {'application_form', 'work_plan', 'pledge', 'integrity_letter', 'implementation_plan',
                      'evaluation_plan', 'sample_paper'}
_RENDER_VERSION = __import__('hashlib').sha1(open(render.__file__, 'rb').read()).hexdigest()


def _src_hash(s):
    import hashlib
    import json
    return hashlib.sha1(json.dumps(s, ensure_ascii=False, sort_keys=True, default=str).encode('utf-8')).hexdigest()[:20]


def _base_render(pkg, i, d, lo_queue, chrome_queue):
    """Render the source of one document; slow producers (Chromium, LibreOffice) are cached by content hash."""
    s = d.src
    if s['fmt'] in ('html', 'docx', 'odt', 'fodt'):
        h = _src_hash(dict(s, _hdr=pkg.org['name'] if set(d.kinds) <= APPLICANT_AUTHORED else '', _renderer=_RENDER_VERSION))
        cached = os.path.join(CACHE, h + '.pdf')
        if os.path.exists(cached):
            return cached
        d._cache_to = cached
    return _base_render2(pkg, i, d, lo_queue, chrome_queue)


def _base_render2(pkg, i, d, lo_queue, chrome_queue):
    base = os.path.join(WORK, pkg.id, '%02d' % i)
    os.makedirs(os.path.dirname(base), exist_ok=True)
    s = d.src
    f = s['fmt']
    if f == 'html':
        h = render.to_html(s['blocks'], s.get('style', 'gov'), s.get('css_seal', True),
                           s.get('margin', '22mm 20mm'), s.get('css', ''))
        open(base + '.html', 'w', encoding='utf-8').write(h)
        chrome_queue.append((base + '.html', base + '.pdf'))
        return base + '.pdf'
    if f in ('docx', 'docx_keep'):
        # only the applicant's own documents carry its name in the page header
        hdr = pkg.org['name'] if set(d.kinds) <= APPLICANT_AUTHORED else ''
        doc = render.to_docx(s['blocks'], s.get('tpl', 'songti'), header_text=hdr)
        name = os.path.join(WORK, 'lo_in', '%s_%02d.docx' % (pkg.id, i))
        os.makedirs(os.path.dirname(name), exist_ok=True)
        doc.save(name)
        if f == 'docx_keep':
            shutil.copy(name, base + '.docx')
            return base + '.docx'
        lo_queue.append(name)
        return os.path.join(WORK, 'lo_out', '%s_%02d.pdf' % (pkg.id, i))
    if f in ('odt', 'fodt'):
        name = os.path.join(WORK, 'lo_in', '%s_%02d.%s' % (pkg.id, i, f))
        os.makedirs(os.path.dirname(name), exist_ok=True)
        if f == 'odt':
            render.to_odt(s['blocks'], name, s.get('font', 'AR PL UMing CN'))
        else:
            render.to_fodt(s['blocks'], name, s.get('font', 'Noto Serif CJK SC'))
        lo_queue.append(name)
        return os.path.join(WORK, 'lo_out', '%s_%02d.pdf' % (pkg.id, i))
    if f == 'rl':
        render.to_rl_flow(s['blocks'], base + '.pdf', s.get('font', 'uming'), s.get('title_font'), s.get('size', 11))
        return base + '.pdf'
    rng = random.Random(seed_of(pkg.id, d.path, 'base'))
    if f == 'canvas_licence':
        canvas_docs.licence_canvas(s['org'], base + '.pdf', rng, s.get('font', 'wqy'), s.get('title_font', 'ukai'),
                                   s.get('copy', '副本'), s.get('orient', 'portrait'), s.get('spaced', True))
        return base + '.pdf'
    if f == 'canvas_cert':
        canvas_docs.certificate_canvas(s['org'], base + '.pdf', rng, s.get('font', 'uming'), s.get('title_font', 'wqy'))
        return base + '.pdf'
    if f == 'canvas_credit':
        canvas_docs.credit_report_canvas(s['org'], base + '.pdf', rng, s.get('date', (2025, 1, 15)), s.get('font', 'microhei'),
                                         s.get('penalties', 0), s.get('dishonest', 0))
        return base + '.pdf'
    if f == 'site_photo':
        post.site_photo(base + '.jpg', rng)
        return base + '.jpg'
    if f == 'floorplan':
        im = post.floor_plan_image(rng)
        im = post.scanify(im, rng)
        post.images_to_pdf([im], base + '.pdf', quality=45)
        return base + '.pdf'
    raise ValueError(f)


def _pdf_pages_text(pdf):
    out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True).stdout.decode('utf-8', 'replace')
    pages = out.split('\f')
    return [p.splitlines() for p in pages]


def flat_text(path):
    if path.endswith('.docx'):
        import docx
        dd = docx.Document(path)
        parts = [p.text for p in dd.paragraphs]
        for t in dd.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for sec in dd.sections:
            parts += [p.text for p in sec.header.paragraphs]
        return re.sub(r'\s+', '', ''.join(parts))
    r = subprocess.run(['pdftotext', path, '-'], capture_output=True)
    return re.sub(r'\s+', '', r.stdout.decode('utf-8', 'replace'))


def _post(pkg, i, d, path):
    producer = [producer_of(d.src)]
    text = 'editable' if path.endswith('.docx') else ('none' if (path.endswith('.jpg') or d.src['fmt'] == 'floorplan') else 'text')
    for step in d.post:
        k = step[0]
        o = step[1] if len(step) > 1 else {}
        rng = random.Random(seed_of(pkg.id, d.path, k))
        out = path.rsplit('.', 1)[0] + '_%s.pdf' % k
        if k == 'gs':
            post.gs_redistill(path, out)
        elif k == 'scan':
            imgs = post.render_pages(path, dpi=o.get('dpi', 150), gray=not o.get('color'))
            imgs = [post.scanify(im, rng, color=o.get('color', False), seal=o.get('seal')) for im in imgs]
            post.images_to_pdf(imgs, out, quality=o.get('quality', 50), dpi=o.get('dpi', 150))
            text = 'none'
        elif k == 'ocr':
            eng = o.get('engine', 'rl')
            dpi = o.get('dpi', {'rl': 150, 'tess': 200, 'ocrmypdf': 170}[eng])
            step = ('ocr', dict(o, dpi=dpi))
            pages = _pdf_pages_text(path)
            imgs = post.render_pages(path, dpi=dpi, gray=not o.get('color'))
            imgs = [post.scanify(im, rng, color=o.get('color', False), angle=rng.uniform(-0.5, 0.5)) for im in imgs]
            ok = False
            if eng in ('tess', 'ocrmypdf'):
                try:
                    if eng == 'tess':
                        post.ocr_tesseract(imgs, out, dpi=dpi)
                    else:
                        tmp = out + '.img.pdf'
                        post.images_to_pdf(imgs, tmp, quality=55, dpi=dpi)
                        post.ocrmypdf(tmp, out)
                        os.remove(tmp)
                    ft = flat_text(out)
                    ok = all(e.replace(' ', '') in ft for e in d.expect)
                except subprocess.CalledProcessError:
                    ok = False
                if not ok:
                    step = ('ocr', dict(o, engine='rl', dpi=150, fallback_from=eng))
                    imgs = [im.resize((im.width * 150 // dpi, im.height * 150 // dpi)) for im in imgs]
            if not ok:
                post.ocr_layer_rl(imgs, pages, out, quality=45 if dpi < 150 else 50, dpi=min(dpi, 150))
            text = 'ocr_layer'
        elif k == 'encrypt':
            post.encrypt(path, out)
            text = 'encrypted'
        elif k == 'corrupt':
            post.truncate(path, out, o.get('frac', 0.45))
            text = 'corrupt'
        elif k == 'photo':
            out = path.rsplit('.', 1)[0] + '_photo.jpg'
            post.photo_of_document(path, out, rng)
            text = 'none'
        else:
            raise ValueError(k)
        producer.append(post_desc(step))
        path = out
    d.file = path
    d.producer = ' → '.join(producer)
    d.text = text


def render_all(pkgs, jobs=2):
    if os.path.exists(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    lo_queue, chrome_queue = [], []
    pending = []
    for p in pkgs:
        alldocs = []
        for d in p.docs:
            if d.src['fmt'] == 'zip':
                alldocs += d.children
            else:
                alldocs.append(d)
        for i, d in enumerate(alldocs):
            path = _base_render(p, i, d, lo_queue, chrome_queue)
            pending.append((p, i, d, path))
    if chrome_queue:
        with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
            futs = [ex.submit(render.chromium_pdf, h, o, CHROME_PROFILE + str(n % jobs)) for n, (h, o) in enumerate(chrome_queue)]
            for f in futs:
                f.result()
    if lo_queue:
        os.makedirs(os.path.join(WORK, 'lo_out'), exist_ok=True)
        render.lo_convert(lo_queue, os.path.join(WORK, 'lo_out'))
    os.makedirs(CACHE, exist_ok=True)
    for (p, i, d, path) in pending:
        c = getattr(d, '_cache_to', None)
        if c and os.path.exists(path) and not os.path.exists(c):
            shutil.copy(path, c)
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        futs = [ex.submit(_post, p, i, d, path) for (p, i, d, path) in pending]
        for f in futs:
            f.result()


def build_package(p, outdir):
    entries = []
    for d in p.docs:
        if d.src['fmt'] == 'zip':
            inner = [(c.path, open(c.file, 'rb').read()) for c in d.children]
            data = build_zip(inner, d.src.get('mode', 'gbk'), dirs=d.src.get('dirs', True))
            entries.append((d.path, data))
        else:
            entries.append((d.path, open(d.file, 'rb').read()))
    data = build_zip(entries, p.zipmode, dirs=p.dirs, junk=p.junk)
    with open(os.path.join(outdir, p.zipname), 'wb') as f:
        f.write(data)
    return len(data)


def key_entry(p):
    docs = []
    for d in p.docs:
        if d.src['fmt'] == 'zip':
            for c in d.children:
                docs.append({'path': d.path + '/' + c.path, 'kind': c.kind, 'producer': c.producer, 'text': c.text})
        else:
            docs.append({'path': d.path, 'kind': d.kind, 'producer': d.producer, 'text': d.text})
    apps = p.key_apps or p.apps
    return {
        'verdict': p.verdict,
        'causes': p.causes,
        'defects': p.defects,
        'why': p.why,
        'organisation': {'name': p.org['name'], 'credit_code': p.org['code']},
        'applications': [{'code': a['code'], 'name': a['full'], 'levels': sorted(a['levels'], reverse=True)} for a in apps],
        'documents': docs,
    }
