# -*- coding: utf-8 -*-
"""Core helpers for the final12 blind corpus: credit codes, levels, seals, renderers, post-processing."""
import os, re, io, zlib, json, math, random, shutil, subprocess, zipfile, html as htmlmod
from concurrent.futures import ThreadPoolExecutor
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageChops, ImageOps

WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

# ---------------------------------------------------------------- credit codes
ALPH31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _v36(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(s8):
    s = sum(_v36(c) * w for c, w in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2]))
    r = 11 - s % 11
    return 'X' if r == 10 else ('0' if r == 11 else str(r))


def check18(b17):
    s = sum(ALPH31.index(c) * w for c, w in zip(b17, W18))
    return ALPH31[(31 - s % 31) % 31]


def make_code(cat, region, org8, bad18=False, bad_org=False):
    oc = org_check(org8)
    if bad_org:
        # pick a wrong embedded digit, then a *valid* position 18 over it
        oc = '0123456789X'[('0123456789X'.index(oc) + 3) % 11]
    b17 = cat + region + org8 + oc
    c = check18(b17)
    if bad18:
        c = ALPH31[(ALPH31.index(c) + 7) % 31]
    return b17 + c


def code_ok(code):
    return check18(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


def rand_org8(rng, style='MA'):
    al = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    if style == 'MA':
        return 'MA' + rng.choice('1234567') + ''.join(rng.choice(al) for _ in range(5))
    if style == 'MJ':
        return 'MJ' + ''.join(rng.choice(al) for _ in range(6))
    if style == 'num':
        return ''.join(rng.choice('0123456789') for _ in range(8))
    return ''.join(rng.choice(al) for _ in range(8))


# ---------------------------------------------------------------- levels / dates
LV_CN = {5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级'}
LV_NAME = {5: '初级工', 4: '中级工', 3: '高级工', 2: '技师', 1: '高级技师'}
LV_FULL = {k: '%s/%s' % (LV_CN[k], LV_NAME[k]) for k in LV_CN}
CN_DIG = '〇一二三四五六七八九'


def cn_year(y):
    return ''.join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n <= 10:
        return ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n]
    if n < 20:
        return '十' + CN_DIG[n - 10]
    return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')


def cn_date(y, m, d):
    return '%s年%s月%s日' % (cn_year(y), cn_num(m), cn_num(d))


def ar_date(y, m, d):
    return '%d年%d月%d日' % (y, m, d)


def lv_range(levels, sep='至'):
    ls = sorted(levels, reverse=True)
    if len(ls) == 1:
        return LV_CN[ls[0]]
    if ls == list(range(ls[0], ls[-1] - 1, -1)):
        return '%s%s%s' % (LV_CN[ls[0]], sep, LV_CN[ls[-1]])
    return '、'.join(LV_CN[x] for x in ls)


def lv_list(levels, style='cn'):
    ls = sorted(levels, reverse=True)
    if style == 'cn':
        return '、'.join(LV_CN[x] for x in ls)
    if style == 'name':
        return '、'.join(LV_NAME[x] for x in ls)
    if style == 'both':
        return '、'.join('%s（%s）' % (LV_CN[x], LV_NAME[x]) for x in ls)
    return '、'.join(str(x) for x in ls)


# ---------------------------------------------------------------- seals
_font_cache = {}


def pfont(path, size, index=0):
    k = (path, size, index)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(path, size, index=index)
    return _font_cache[k]


def seal_png(path, name, bottom='', color=(214, 30, 36), size=240, oval=False, seed=0):
    """Round red seal: name along the upper arc, star in the middle, optional bottom text."""
    rng = random.Random(seed)
    S = size * 2
    im = Image.new('RGBA', (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    cx = cy = S // 2
    R = S // 2 - 12
    d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=color + (235,), width=int(S * 0.028))
    # star
    rs, ri = S * 0.13, S * 0.05
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        r = rs if i % 2 == 0 else ri
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=color + (235,))
    n = len(name)
    span = min(250, 22 * n + 30)
    fs = int(S * (0.115 if n <= 12 else 0.095 if n <= 17 else 0.08))
    f = pfont(NOTO_SERIF_B, fs)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        rr = R - fs * 0.85
        x = cx + rr * math.cos(rad)
        y = cy + rr * math.sin(rad)
        g = Image.new('RGBA', (fs + 10, fs + 10), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((5, 0), ch, font=f, fill=color + (235,))
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if bottom:
        fb = pfont(NOTO_SERIF_B, int(S * 0.075))
        w = d.textlength(bottom, font=fb)
        d.text((cx - w / 2, cy + S * 0.2), bottom, font=fb, fill=color + (235,))
    # ink unevenness
    a = im.split()[3]
    noise = Image.effect_noise((S // 12, S // 12), 70).resize((S, S), Image.NEAREST).point(lambda v: 255 if v > 75 else 140)
    a = ImageChops.multiply(a, noise)
    im.putalpha(a)
    im = im.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
    im = im.resize((size, size), Image.LANCZOS)
    im.save(path)
    return path


def seal_svg(name, bottom='', size=150, color='#d7262c', rot=0):
    n = len(name)
    span = min(250, 22 * n + 30)
    r = size / 2 - 6
    rr = r - size * 0.1
    a0 = math.radians(-90 - span / 2)
    a1 = math.radians(-90 + span / 2)
    c = size / 2
    x0, y0 = c + rr * math.cos(a0), c + rr * math.sin(a0)
    x1, y1 = c + rr * math.cos(a1), c + rr * math.sin(a1)
    large = 1 if span > 180 else 0
    fs = size * (0.115 if n <= 12 else 0.095 if n <= 17 else 0.08)
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rad = size * (0.13 if i % 2 == 0 else 0.05)
        pts.append('%.1f,%.1f' % (c + rad * math.cos(a), c + rad * math.sin(a)))
    pid = 'p%d' % (zlib.crc32(name.encode()) % 100000)
    s = ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
         'style="transform:rotate(%ddeg);opacity:.86">' % (size, size, size, size, rot))
    s += '<circle cx="%g" cy="%g" r="%g" fill="none" stroke="%s" stroke-width="%g"/>' % (c, c, r, color, size * 0.03)
    s += '<polygon points="%s" fill="%s"/>' % (' '.join(pts), color)
    s += '<defs><path id="%s" d="M %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f"/></defs>' % (pid, x0, y0, rr, rr, large, x1, y1)
    s += ('<text fill="%s" font-family="WenQuanYi Zen Hei" font-weight="bold" font-size="%.1f" '
          'textLength="%.1f" lengthAdjust="spacing"><textPath href="#%s">%s</textPath></text>'
          % (color, fs, rr * math.radians(span) * 0.97, pid, htmlmod.escape(name)))
    if bottom:
        s += ('<text x="%g" y="%g" fill="%s" font-size="%.1f" text-anchor="middle" '
              'font-family="Noto Serif CJK SC">%s</text>' % (c, c + size * 0.3, color, size * 0.075, bottom))
    s += '</svg>'
    return s


# ---------------------------------------------------------------- external tools
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed: %s\n%s' % (cmd, r.stderr.decode('utf8', 'replace')[-2000:]))
    return r


def chromium_pdf(html_path, pdf_path):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--print-to-pdf-no-header', '--run-all-compositor-stages-before-draw',
         '--print-to-pdf=' + pdf_path, 'file://' + os.path.abspath(html_path)])


def soffice_batch(paths, outdir):
    if not paths:
        return
    prof = '/tmp/lo_profile_final12'
    for i in range(0, len(paths), 40):
        run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'pdf',
             '--outdir', outdir] + paths[i:i + 40])


def gs_redistill(src, dst):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
         '-dPDFSETTINGS=/ebook', '-sOutputFile=' + dst, src])


def render_pages(pdf, dpi, gray=False, first=None, last=None):
    tmp = pdf + '.pages'
    os.makedirs(tmp, exist_ok=True)
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    if first:
        cmd += ['-f', str(first)]
    if last:
        cmd += ['-l', str(last)]
    run(cmd + [pdf, tmp + '/p'])
    files = sorted(os.listdir(tmp))
    ims = [Image.open(os.path.join(tmp, f)).copy() for f in files]
    shutil.rmtree(tmp)
    return ims


def degrade(im, rng, angle=0.0, noise=10, gray=False, quality=60, faint=False, blur=0.0, dark=False):
    im = im.convert('L' if gray else 'RGB')
    if faint:
        im = ImageEnhance.Contrast(im).enhance(0.22)
        im = ImageEnhance.Brightness(im).enhance(1.12)
    if dark:
        im = ImageEnhance.Brightness(im).enhance(0.45)
        im = ImageEnhance.Contrast(im).enhance(0.5)
    if angle:
        fill = 255 if gray else (255, 255, 255)
        if faint or dark:
            fill = 200 if gray else (200, 200, 200)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        n = Image.effect_noise(im.size, noise).convert('L')
        n = n.point(lambda v: v - 128 + 128)
        if gray:
            im = ImageChops.add(ImageChops.subtract(im, n.point(lambda v: max(0, 128 - v) // 3)),
                                n.point(lambda v: max(0, v - 128) // 3))
        else:
            nn = Image.merge('RGB', [n, n, n])
            im = ImageChops.add(ImageChops.subtract(im, nn.point(lambda v: max(0, 128 - v) // 3)),
                                nn.point(lambda v: max(0, v - 128) // 3))
    # slight scanner tint / border shadow
    if not gray and not faint:
        im = ImageChops.multiply(im, Image.new('RGB', im.size, (250, 248, 242)))
    return im


def scan_pdf(src, dst, rng, dpi=150, gray=True, angle=None, noise=8, quality=42, faint=False, blur=0.0,
             out_dpi=None, dark=False):
    ims = render_pages(src, dpi, gray=False)
    jpgs = []
    for i, im in enumerate(ims):
        a = angle if angle is not None else rng.uniform(-1.2, 1.2)
        im2 = degrade(im, rng, angle=a, noise=noise, gray=gray, faint=faint, blur=blur, dark=dark)
        jp = '%s.%d.jpg' % (dst, i)
        im2.save(jp, 'JPEG', quality=quality, dpi=(dpi, dpi))
        jpgs.append(jp)
    run(['img2pdf', '--producer', 'img2pdf', '-o', dst] + jpgs)
    for j in jpgs:
        os.remove(j)


def rl3_ocr_layer(src_text_pdf, scan_pdf_path, dst):
    """Image-only scan + invisible text (render mode 3) built from the source text lines."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    ensure_rl_fonts()
    txt = run(['pdftotext', '-layout', src_text_pdf, '-']).stdout.decode('utf8').split('\f')
    pages = render_pages(scan_pdf_path, 150)
    tmpimgs = []
    c = canvas.Canvas(dst, pagesize=A4)
    c.setProducer('PDF Scan Kit 3.2 (reportlab OCR layer)')
    W, H = A4
    for i, im in enumerate(pages):
        p = '%s.%d.jpg' % (dst, i)
        im.convert('RGB').save(p, 'JPEG', quality=50)
        tmpimgs.append(p)
        c.drawImage(p, 0, 0, W, H)
        lines = [l.strip() for l in (txt[i] if i < len(txt) else '').split('\n') if l.strip()]
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont('WQY', 10)
        y = H - 60
        for l in lines:
            t.setTextOrigin(60, y)
            t.textLine(re.sub(r'\s+', ' ', l))
            y -= max(10, (H - 120) / max(len(lines), 1))
        c.drawText(t)
        c.showPage()
    c.save()
    for p in tmpimgs:
        os.remove(p)


def photo_jpg(src_pdf, dst, rng, width=1400, dark=False, blur=0.0, quality=70, tilt=True):
    im = render_pages(src_pdf, 110, first=1, last=1)[0].convert('RGB')
    w, h = im.size
    # desk background and perspective
    bg = Image.new('RGB', (int(w * 1.25), int(h * 1.18)), (rng.randint(90, 130), rng.randint(70, 100), rng.randint(50, 80)))
    bg = ImageChops.add(bg, Image.merge('RGB', [Image.effect_noise(bg.size, 30).convert('L')] * 3).point(lambda v: v // 8))
    ox, oy = int(w * 0.12), int(h * 0.08)
    bg.paste(im, (ox, oy))
    if tilt:
        W, H = bg.size
        d = [rng.uniform(-0.04, 0.06) * W for _ in range(8)]
        quad = (0 + d[0], 0 + d[1], 0 + d[2], H - d[3], W - d[4], H - d[5], W - d[6], 0 + d[7])
        bg = bg.transform(bg.size, Image.QUAD, quad, resample=Image.BICUBIC)
    # uneven lighting
    grad = Image.linear_gradient('L').resize(bg.size).rotate(rng.choice([0, 90, 180, 270]))
    light = Image.merge('RGB', [grad.point(lambda v: 170 + v * 85 // 255)] * 3)
    bg = ImageChops.multiply(bg, light)
    if dark:
        bg = ImageEnhance.Brightness(bg).enhance(0.35)
        bg = ImageEnhance.Contrast(bg).enhance(0.45)
    if blur:
        bg = bg.filter(ImageFilter.GaussianBlur(blur))
    bg = bg.resize((width, int(width * bg.size[1] / bg.size[0])), Image.LANCZOS)
    bg.save(dst, 'JPEG', quality=quality)


def encrypt_pdf(src, dst, pw):
    import pikepdf
    with pikepdf.open(src) as p:
        p.save(dst, encryption=pikepdf.Encryption(user=pw, owner=pw + 'x', R=6))


def truncate_pdf(src, dst, frac=0.45):
    b = open(src, 'rb').read()
    open(dst, 'wb').write(b[:int(len(b) * frac)])


def ocrmypdf_layer(src, dst):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0', '--jobs', '2', src, dst], env=env)


_rl_fonts = [False]


def ensure_rl_fonts():
    if _rl_fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    _rl_fonts[0] = True
