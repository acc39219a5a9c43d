# Post-processing: scans, photos, OCR layers, Ghostscript, encryption, truncation, merging, certificates
import os, io, random, subprocess, glob, shutil, math, zlib
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageOps
import pikepdf
def img2pdf_cli(imgs, out):
    subprocess.run(['img2pdf', '-o', out] + list(imgs), check=True)
    return out
import gen_render as R
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

def _tmp(name):
    p = os.path.join(R.BUILD, 'tmp', name); os.makedirs(os.path.dirname(p), exist_ok=True); return p

def render_pages(pdf, dpi, gray=False):
    base = _tmp('pg_%08x' % zlib.crc32((pdf + str(dpi)).encode()))
    for f in glob.glob(base + '*'): os.remove(f)
    subprocess.run(['pdftoppm', '-r', str(dpi)] + (['-gray'] if gray else []) + ['-png', pdf, base], check=True)
    return sorted(glob.glob(base + '*.png'))

def degrade(im, seed, rot=0.6, noise=5, gray=False, faint=False, blur=0.0, tint=True):
    rnd = random.Random(seed)
    im = im.convert('L' if gray else 'RGB')
    if tint and not gray:
        # paper tint
        r, g, b = im.split()
        b = b.point(lambda v: int(v * 0.96)); r = r.point(lambda v: min(255, int(v * 1.0)))
        im = Image.merge('RGB', (r, g, b))
    if faint:
        im = ImageEnhance.Contrast(im).enhance(0.18)
        im = ImageEnhance.Brightness(im).enhance(1.45)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = rnd.uniform(-rot, rot)
    fill = 250 if gray else (250, 250, 246)
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if noise:
        px = im.load(); w, h = im.size
        for _ in range(w * h // 60):
            x = rnd.randrange(w); y = rnd.randrange(h)
            d = rnd.randint(-noise * 6, noise * 6)
            if gray:
                px[x, y] = max(0, min(255, px[x, y] + d))
            else:
                p = px[x, y]; px[x, y] = tuple(max(0, min(255, c + d)) for c in p)
    return im

def scan(src, out, dpi=150, gray=False, rot=0.7, noise=5, quality=55, faint=False, blur=0.0, seed=1, pages=None):
    pngs = render_pages(src, dpi, gray=False)
    if pages: pngs = [pngs[i] for i in pages]
    jpgs = []
    for i, p in enumerate(pngs):
        im = degrade(Image.open(p), seed + i, rot, noise, gray, faint, blur)
        j = _tmp('scan_%08x_%d.jpg' % (zlib.crc32(out.encode()), i))
        im.save(j, 'JPEG', quality=quality, dpi=(dpi, dpi))
        jpgs.append(j)
    return img2pdf_cli(jpgs, out)

def scan_ocr_layer(src, out, dpi=150, gray=True, seed=3, rot=0.5):
    """Image page + invisible text (render mode 3) taken from the source PDF's own text."""
    pngs = render_pages(src, dpi)
    c = rlcanvas.Canvas(out, pagesize=A4)
    c.setProducer('ScanSoft PDF Create! 8 / ReportLab')
    for i, p in enumerate(pngs):
        im = degrade(Image.open(p), seed + i, rot, 4, gray)
        j = _tmp('ocr_%08x_%d.jpg' % (zlib.crc32(out.encode()), i)); im.save(j, 'JPEG', quality=48)
        w, h = A4
        c.setPageSize((w, h))
        c.drawImage(j, 0, 0, w, h)
        txt = subprocess.run(['pdftotext', '-layout', '-f', str(i + 1), '-l', str(i + 1), src, '-'],
                             capture_output=True, text=True).stdout
        t = c.beginText(); t.setTextRenderMode(3); t.setFont('ZH', 10)
        y = h - 25 * mm
        for ln in txt.splitlines():
            if ln.strip():
                t.setTextOrigin(20 * mm, y); t.textOut(' '.join(ln.split()))
            y -= 13
            if y < 15 * mm: y = 15 * mm
        c.drawText(t)
        c.showPage()
    c.save()
    return out

def ocrmypdf(src_scan, out):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    r = subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--jobs', '1', '--output-type', 'pdf', '--optimize', '0',
                        src_scan, out], env=env, capture_output=True, timeout=600)
    if r.returncode != 0 or not os.path.exists(out):
        raise RuntimeError('ocrmypdf failed: %s' % r.stderr[-400:])
    return out

def photo(src, out, page=0, dpi=110, blur=0.0, dark=False, seed=7, quality=70, persp=True):
    pngs = render_pages(src, dpi)
    im = Image.open(pngs[page]).convert('RGB')
    rnd = random.Random(seed)
    # place on a desk background with a tilt
    W, H = int(im.width * 1.25), int(im.height * 1.18)
    bg = Image.new('RGB', (W, H), (120 + rnd.randint(0, 30), 98, 76))
    dr = ImageDraw.Draw(bg)
    for k in range(0, W, 17):
        dr.line([(k, 0), (k + 40, H)], fill=(112, 92, 70), width=3)
    im = im.rotate(rnd.uniform(-5, 5), expand=True, fillcolor=(120, 98, 76), resample=Image.BICUBIC)
    bg.paste(im, ((W - im.width) // 2, (H - im.height) // 2))
    # uneven light
    grad = Image.linear_gradient('L').resize((W, H)).rotate(rnd.choice([30, 120, 210]))
    shade = Image.new('RGB', (W, H), (0, 0, 0))
    bg = Image.composite(bg, shade, grad.point(lambda v: 150 + v * 105 // 255 if not dark else 60 + v * 90 // 255))
    if blur: bg = bg.filter(ImageFilter.GaussianBlur(blur))
    bg.save(out, 'JPEG', quality=quality)
    return out

def gs_distill(src, out, setting='/ebook'):
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                    '-dPDFSETTINGS=' + setting, '-sOutputFile=' + out, src], check=True)
    return out

def encrypt(src, out, user='sh2025'):
    with pikepdf.open(src) as p:
        p.save(out, encryption=pikepdf.Encryption(user=user, owner='own' + user, R=6))
    return out

def truncate(src, out, frac=0.42):
    b = open(src, 'rb').read()
    open(out, 'wb').write(b[:int(len(b) * frac)])
    return out

def merge(srcs, out):
    pdf = pikepdf.Pdf.new()
    for s in srcs:
        with pikepdf.open(s) as p:
            pdf.pages.extend(p.pages)
    pdf.save(out)
    return out

def set_info(src, out, producer=None, creator=None):
    with pikepdf.open(src) as p:
        if producer: p.docinfo['/Producer'] = producer
        if creator: p.docinfo['/Creator'] = creator
        p.save(out)
    return out

# ---------------------------------------------------------------- certificates at coordinates (reportlab canvas)
def certificate(out, kind, f, font='ZH', stamped=True, copy_seal=None, seed=0, landscape_page=None):
    """kind: licence_copy (副本, portrait), licence_orig (正本, landscape), minfei, shetuan, shiye"""
    rnd = random.Random(seed)
    land = kind in ('licence_orig', 'shetuan') if landscape_page is None else landscape_page
    ps = landscape(A4) if land else A4
    W, H = ps
    c = rlcanvas.Canvas(out, pagesize=ps)
    c.setProducer('Canon iR-ADV C5535 PDF / ReportLab')
    red = (0.78, 0.1, 0.1)
    # ornamental border
    c.setStrokeColorRGB(0.55, 0.35, 0.12) if kind.startswith('licence') else c.setStrokeColorRGB(0.15, 0.3, 0.6)
    c.setLineWidth(6); c.rect(14 * mm, 14 * mm, W - 28 * mm, H - 28 * mm)
    c.setLineWidth(1.2); c.rect(19 * mm, 19 * mm, W - 38 * mm, H - 38 * mm)
    for k in range(0, int(W - 40 * mm), 9):
        c.circle(20 * mm + k, 16.5 * mm, 1.2, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)
    def ctext(y, s, size):
        c.setFont(font, size); c.drawCentredString(W / 2, y, s)
    if kind.startswith('licence'):
        # emblem placeholder
        c.setFillColorRGB(*red); c.circle(W / 2, H - 40 * mm, 11 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0.95, 0.8, 0.2); c.circle(W / 2, H - 40 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        ctext(H - 66 * mm, '营 业 执 照', 34)
        ctext(H - 76 * mm, '（副　本）' if kind == 'licence_copy' else '（正　本）', 13)
        c.setFont(font, 10); c.drawString(28 * mm, H - 56 * mm, '统一社会信用代码')
        c.setFont(font, 12); c.drawString(28 * mm, H - 62 * mm, f['code'])
        if kind == 'licence_copy':
            c.drawString(W - 70 * mm, H - 56 * mm, '副本编号：%s' % f.get('copyno', '1-1'))
        # QR-like block
        qx, qy = W - 60 * mm, H - 100 * mm if land else H - 110 * mm
        for i in range(21):
            for j in range(21):
                if rnd.random() < 0.48 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6) or 2 <= i <= 4 and 2 <= j <= 4)):
                    c.rect(qx + i * 1.3 * mm, qy + j * 1.3 * mm, 1.3 * mm, 1.3 * mm, stroke=0, fill=1)
        c.setFont(font, 7); c.drawString(qx - 2 * mm, qy - 5 * mm, '扫描二维码登录“国家企业信用')
        c.drawString(qx - 2 * mm, qy - 9 * mm, '信息公示系统”了解更多登记')
        fields = [('名　　称', f['name']), ('类　　型', f['type']), ('法定代表人' if 'branch' not in f else '负 责 人', f['rep']),
                  ('经营范围', f['scope'])]
        right = [('注册资本', f.get('capital', '')), ('成立日期', f['founded']), ('营业期限', f.get('term', '长期')), ('住　　所', f['addr'])]
        if 'branch' in f:
            right = [('成立日期', f['founded']), ('营业期限', f.get('term', '长期')), ('营业场所', f['addr'])]
        y0 = H - 92 * mm if not land else H - 92 * mm
        x1, x2 = 28 * mm, (W / 2 + 4 * mm) if land else 28 * mm
        y = y0
        def field(x, y, k, v, wmax):
            c.setFont(font, 11); c.drawString(x, y, k)
            c.setFont(font, 11)
            lines = wrap(v, font, 11, wmax)
            for i, ln in enumerate(lines):
                c.drawString(x + 27 * mm, y - i * 15, ln)
            return y - max(1, len(lines)) * 15 - 9
        wmax = (W / 2 - 60 * mm) if land else (W - 90 * mm)
        for k, v in fields:
            y = field(x1, y, k, v, wmax)
        y2 = y0 if land else y
        for k, v in right:
            y2 = field(x2, y2, k, v, wmax)
        c.setFont(font, 12)
        c.drawString(W - 95 * mm, 44 * mm, '登记机关')
        c.drawString(W - 90 * mm, 36 * mm, f['issued'])
        c.drawImage(R.seal_png(f['authority'], '', color=(200, 20, 20)), W - 88 * mm, 28 * mm, 34 * mm, 34 * mm, mask='auto')
        c.setFont(font, 7)
        c.drawCentredString(W / 2, 22 * mm, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn　　国家市场监督管理总局监制')
    else:
        title = {'minfei': '民办非企业单位登记证书', 'shetuan': '社会团体法人登记证书', 'shiye': '事业单位法人证书'}[kind]
        ctext(H - 45 * mm, title, 26)
        ctext(H - 55 * mm, '（副本）' if f.get('copy') else '（法人）' if kind == 'minfei' else '', 12)
        c.setFont(font, 11)
        if kind == 'minfei':
            fields = [('统一社会信用代码', f['code']), ('名称', f['name']), ('住所', f['addr']), ('法定代表人', f['rep']),
                      ('业务范围', f['scope']), ('业务主管单位', f.get('sponsor', '')), ('开办资金', f.get('capital', '')),
                      ('有效期', f.get('term', '')), ('登记管理机关', f['authority'])]
        elif kind == 'shetuan':
            fields = [('统一社会信用代码', f['code']), ('名称', f['name']), ('住所', f['addr']), ('法定代表人', f['rep']),
                      ('业务范围', f['scope']), ('活动地域', f.get('area', '上海市')), ('注册资金', f.get('capital', '')),
                      ('业务主管单位', f.get('sponsor', '')), ('有效期', f.get('term', ''))]
        else:
            fields = [('统一社会信用代码', f['code']), ('名称', f['name']), ('宗旨和业务范围', f['scope']), ('住所', f['addr']),
                      ('法定代表人', f['rep']), ('经费来源', f.get('funding', '财政补助')), ('开办资金', f.get('capital', '')),
                      ('举办单位', f.get('sponsor', '')), ('有效期', f.get('term', ''))]
        y = H - 72 * mm
        wmax = W - 105 * mm
        for k, v in fields:
            c.setFont(font, 11); c.drawString(32 * mm, y, k)
            lines = wrap(v, font, 11, wmax)
            for i, ln in enumerate(lines):
                c.drawString(72 * mm, y - i * 15, ln)
            y -= max(1, len(lines)) * 15 + 10
        c.drawString(W - 92 * mm, 40 * mm, '发证机关：' if kind != 'shiye' else '登记管理机关：')
        c.drawString(W - 85 * mm, 32 * mm, f['issued'])
        c.drawImage(R.seal_png(f['authority'], '', color=(200, 20, 20)), W - 80 * mm, 24 * mm, 32 * mm, 32 * mm, mask='auto')
    if copy_seal:
        # 复印件加盖公章：与原件一致
        c.saveState()
        c.translate(50 * mm, 70 * mm if not land else 55 * mm); c.rotate(8)
        c.setStrokeColorRGB(*red); c.setFillColorRGB(*red); c.setLineWidth(1.5)
        c.rect(-3 * mm, -4 * mm, 60 * mm, 13 * mm)
        c.setFont(font, 14); c.drawString(2 * mm, 0, '与原件一致')
        c.setFont(font, 8); c.drawString(2 * mm, -3 * mm, '仅供社评组织申报使用')
        c.restoreState()
        c.drawImage(copy_seal, 66 * mm, 46 * mm if not land else 34 * mm, 40 * mm, 40 * mm, mask='auto')
    c.showPage(); c.save()
    return out

def wrap(s, font, size, wmax):
    lines, cur = [], ''
    for ch in s:
        if pdfmetrics.stringWidth(cur + ch, font, size) > wmax:
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur: lines.append(cur)
    return lines or ['']

# ---------------------------------------------------------------- extras drawn as images
def site_photo(out, label, seed=0, blur=0.0, w=900, h=640):
    rnd = random.Random(seed)
    im = Image.new('RGB', (w, h), (200, 196, 188))
    d = ImageDraw.Draw(im)
    d.polygon([(0, h), (w, h), (w * 0.8, h * 0.6), (w * 0.2, h * 0.6)], fill=(160, 150, 140))
    d.rectangle([w * 0.2, h * 0.12, w * 0.8, h * 0.6], fill=(228, 226, 220))
    for k in range(rnd.randint(4, 7)):
        x = w * 0.24 + k * w * 0.09
        d.rectangle([x, h * 0.5, x + w * 0.06, h * 0.66], fill=(70, 90, 120))
        d.rectangle([x + 8, h * 0.42, x + w * 0.05, h * 0.5], fill=(30, 30, 35))
    d.rectangle([w * 0.35, h * 0.16, w * 0.65, h * 0.26], fill=(170, 20, 20))
    f = ImageFont.truetype(R.WQY, 24)
    d.text((w * 0.37, h * 0.18), label[:12], font=f, fill=(255, 240, 200))
    d.ellipse([w * 0.86, h * 0.1, w * 0.92, h * 0.16], fill=(40, 40, 40))
    im = im.filter(ImageFilter.GaussianBlur(blur or 0.8))
    im.save(out, 'JPEG', quality=68)
    return out

def floor_plan(out, title, rooms, seed=0):
    rnd = random.Random(seed)
    im = Image.new('RGB', (1100, 800), 'white'); d = ImageDraw.Draw(im)
    f = ImageFont.truetype(R.WQY, 22); f2 = ImageFont.truetype(R.WQY, 17)
    d.text((40, 20), title, font=f, fill='black')
    x = 60
    for i, r in enumerate(rooms):
        w = rnd.randint(180, 260); y = 90 if i % 2 == 0 else 420
        d.rectangle([x, y, x + w, y + 280], outline='black', width=4)
        d.text((x + 14, y + 120), r, font=f2, fill='black')
        d.arc([x + w - 60, y + 280 - 60, x + w + 60, y + 280 + 60], 180, 270, fill='black', width=2)
        if i % 2 == 1: x += w + 20
    d.line([(40, 760), (240, 760)], fill='black', width=3); d.text((40, 765), '0      5      10m', font=f2, fill='black')
    im.save(out, 'PNG')
    return out
