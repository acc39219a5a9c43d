"""Post-processing producers: scans, OCR layers, photos, Ghostscript, encryption, truncation."""
import glob
import io
import os
import shutil
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .render import FONT_DIR, seal_png


def render_pages(pdf, dpi=150, gray=True, first=None, last=None):
    tmp = tempfile.mkdtemp(prefix='pp', dir='/tmp/blind-validation')
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    if first:
        cmd += ['-f', str(first)]
    if last:
        cmd += ['-l', str(last)]
    subprocess.run(cmd + [pdf, os.path.join(tmp, 'p')], check=True)
    imgs = []
    for f in sorted(glob.glob(os.path.join(tmp, 'p*.png'))):
        im = Image.open(f)
        im.load()
        imgs.append(im)
    shutil.rmtree(tmp)
    return imgs


def noise_mask(size, rng, p=0.012, tile=192):
    """Deterministic speckle mask: 255 = keep, 200 = grey speck (tiled from a seeded tile)."""
    t = Image.new('L', (tile, tile), 255)
    px = t.load()
    for y in range(tile):
        for x in range(tile):
            if rng.random() < p:
                px[x, y] = 200
    out = Image.new('L', size, 255)
    for y in range(0, size[1], tile):
        for x in range(0, size[0], tile):
            out.paste(t, (x, y))
    return out


def scanify(im, rng, angle=None, noise=True, color=False, seal=None, shade=True):
    """Make a rendered page look scanned."""
    im = im.convert('RGB' if color else 'L')
    if seal:
        sp = Image.open(io.BytesIO(seal_png(seal, size=int(im.width * 0.2))))
        x = int(im.width * (0.58 + rng.uniform(-0.03, 0.03)))
        y = int(im.height * (rng.uniform(0.45, 0.72)))
        if color:
            im.paste(sp, (x, y), sp)
        else:
            base = im.convert('RGBA')
            base.alpha_composite(sp, (x, y))
            im = base.convert('L')
    if angle is None:
        angle = rng.uniform(-1.2, 1.2)
    fill = (250, 250, 248) if color else 248
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if shade:
        # darker margin on one side, like a flatbed lid shadow
        d = ImageDraw.Draw(im)
        w = int(im.width * 0.012)
        for i in range(w):
            v = int(120 + 128 * i / w)
            d.line([(i, 0), (i, im.height)], fill=(v, v, v) if color else v)
    if noise:
        n = noise_mask(im.size, rng)
        if color:
            im = Image.composite(im, Image.new('RGB', im.size, (200, 200, 200)), n)
        else:
            im = Image.composite(im, Image.new('L', im.size, 200), n)
        im = im.filter(ImageFilter.GaussianBlur(0.35))
        # a few specks
        d = ImageDraw.Draw(im)
        for _ in range(rng.randint(20, 60)):
            x, y = rng.randint(0, im.width - 1), rng.randint(0, im.height - 1)
            r = rng.choice([1, 1, 2])
            d.ellipse([x, y, x + r, y + r], fill=(60, 60, 60) if color else 60)
    return im


def images_to_pdf(images, out, quality=50, dpi=150):
    tmp = tempfile.mkdtemp(prefix='i2p', dir='/tmp/blind-validation')
    files = []
    for i, im in enumerate(images):
        f = os.path.join(tmp, 'p%03d.jpg' % i)
        im.save(f, 'JPEG', quality=quality, dpi=(dpi, dpi), optimize=True)
        files.append(f)
    subprocess.run(['img2pdf', '--output', out] + files, check=True)
    shutil.rmtree(tmp)


def ocr_layer_rl(images, page_texts, out, quality=50, dpi=150):
    """Scanned image + invisible text (render mode 3), as scanner software writes it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from .render import rl_font
    f = rl_font('STSong-Light')
    c = canvas.Canvas(out, pagesize=A4)
    W, H = A4
    for im, lines in zip(images, page_texts):
        buf = io.BytesIO()
        im.save(buf, 'JPEG', quality=quality, dpi=(dpi, dpi), optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        lines = [ln for ln in lines if ln.strip()]
        if lines:
            step = min(22.0, (H - 120) / max(1, len(lines)))
            y = H - 70
            for ln in lines:
                t = c.beginText()
                t.setTextRenderMode(3)
                t.setFont(f, 10)
                t.setTextOrigin(60, y)
                t.textLine(ln.strip())
                c.drawText(t)
                y -= step
        c.showPage()
    c.save()


def ocr_tesseract(images, out, quality=55, dpi=200):
    """tesseract's own pdf renderer: page image + GlyphLessFont text."""
    tmp = tempfile.mkdtemp(prefix='tess', dir='/tmp/blind-validation')
    parts = []
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    for i, im in enumerate(images):
        f = os.path.join(tmp, 'p%03d.jpg' % i)
        im.save(f, 'JPEG', quality=quality, dpi=(dpi, dpi))
        base = os.path.join(tmp, 'o%03d' % i)
        subprocess.run(['tesseract', f, base, '-l', 'chi_sim', '--dpi', str(dpi), 'pdf'], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        parts.append(base + '.pdf')
    if len(parts) == 1:
        shutil.copy(parts[0], out)
    else:
        subprocess.run(['qpdf', '--empty', '--pages'] + parts + ['--', out], check=True)
    shutil.rmtree(tmp)


def ocrmypdf(in_pdf, out):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    subprocess.run(['ocrmypdf', '-q', '-l', 'chi_sim', '--output-type', 'pdf', '--optimize', '0', in_pdf, out],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def gs_redistill(in_pdf, out):
    # -dNEWPDF=false: Ghostscript 10.0's new interpreter loses ToUnicode on CJK subsets; the old one keeps the text
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dNEWPDF=false', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                    '-o', out, in_pdf], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def encrypt(in_pdf, out, user='2025', owner='sh-owner-447'):
    subprocess.run(['qpdf', '--encrypt', user, owner, '256', '--', in_pdf, out], check=True)


def truncate(in_pdf, out, frac=0.45):
    data = open(in_pdf, 'rb').read()
    open(out, 'wb').write(data[:int(len(data) * frac)])


def photo_of_document(pdf, out, rng, dpi=80, quality=55):
    """A phone photo of a printed page lying on a desk (.jpg, RGB, no text)."""
    page = render_pages(pdf, dpi=dpi, gray=False, first=1, last=1)[0].convert('RGB')
    W, H = int(page.width * 1.25), int(page.height * 1.18)
    desk = Image.new('RGB', (W, H), (rng.randint(120, 160), rng.randint(90, 120), rng.randint(60, 80)))
    d = ImageDraw.Draw(desk)
    for i in range(0, W, 7):
        v = rng.randint(-12, 12)
        d.line([(i, 0), (i + rng.randint(-30, 30), H)], fill=(130 + v, 100 + v, 70 + v), width=3)
    page = page.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(0, 0, 0))
    mask = Image.new('L', page.size, 0)
    ImageDraw.Draw(mask).rectangle([2, 2, page.width - 3, page.height - 3], fill=255)
    mask = page.convert('L').point(lambda p: 255 if p > 0 else 0)
    # warm light
    overlay = Image.new('RGB', page.size, (255, 236, 200))
    page = Image.blend(page, overlay, 0.12)
    desk.paste(page, ((W - page.width) // 2 + rng.randint(-10, 10), (H - page.height) // 2 + rng.randint(-10, 10)), mask)
    desk = desk.filter(ImageFilter.GaussianBlur(0.6))
    desk.save(out, 'JPEG', quality=quality)


def site_photo(out, rng, label=None, size=(960, 720), quality=55):
    """A synthetic photo of an exam room / practical workshop (no readable text)."""
    W, H = size
    im = Image.new('RGB', size, (rng.randint(200, 230), rng.randint(200, 225), rng.randint(190, 215)))
    d = ImageDraw.Draw(im)
    # floor
    d.polygon([(0, H * 0.62), (W, H * 0.62), (W, H), (0, H)], fill=(rng.randint(150, 180), rng.randint(140, 160), rng.randint(120, 140)))
    # windows
    for i in range(3):
        x = 80 + i * 300
        d.rectangle([x, 70, x + 180, 250], fill=(190, 215, 235), outline=(120, 120, 120), width=4)
    # desks and chairs
    for row in range(3):
        for col in range(5):
            x = 60 + col * 180 + row * 15
            y = int(H * 0.58) + row * 70
            d.rectangle([x, y, x + 120, y + 18], fill=(150, 110, 70))
            d.rectangle([x + 10, y + 18, x + 16, y + 55], fill=(90, 70, 50))
            d.rectangle([x + 104, y + 18, x + 110, y + 55], fill=(90, 70, 50))
            d.rectangle([x + 35, y - 30, x + 85, y - 2], fill=(40, 40, 45))
    # camera in the corner
    d.ellipse([W - 90, 40, W - 50, 80], fill=(235, 235, 235), outline=(60, 60, 60), width=3)
    d.ellipse([W - 78, 52, W - 62, 68], fill=(20, 20, 20))
    n = noise_mask(size, rng, p=0.5).convert('RGB')
    im = Image.blend(im, n, 0.06).filter(ImageFilter.GaussianBlur(0.8))
    im.save(out, 'JPEG', quality=quality)


def floor_plan_image(rng, title_blocks=None, size=(1240, 1754)):
    """Image of a floor plan (for image-only scans under 其他材料)."""
    im = Image.new('L', size, 250)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT_DIR['wqy'], 34)
    d.text((size[0] // 2, 110), '考核点平面布置图', font=f, fill=30, anchor='mm')
    x0, y0, x1, y1 = 120, 220, size[0] - 120, 1400
    d.rectangle([x0, y0, x1, y1], outline=20, width=6)
    rooms = rng.randint(4, 6)
    for i in range(1, rooms):
        x = x0 + (x1 - x0) * i // rooms
        d.line([(x, y0), (x, y0 + 500)], fill=20, width=4)
    d.line([(x0, y0 + 500), (x1, y0 + 500)], fill=20, width=4)
    d.line([(x0, y0 + 720), (x1, y0 + 720)], fill=20, width=4)
    f2 = ImageFont.truetype(FONT_DIR['wqy'], 24)
    labels = ['理论考场', '实操考场', '候考区', '监控室', '备考室', '资料室']
    for i in range(rooms):
        x = x0 + (x1 - x0) * i // rooms + (x1 - x0) // rooms // 2
        d.text((x, y0 + 250), labels[i % len(labels)], font=f2, fill=40, anchor='mm')
        d.ellipse([x - 8, y0 + 20, x + 8, y0 + 36], outline=40, width=2)
    d.text((size[0] // 2, y0 + 610), '走廊', font=f2, fill=60, anchor='mm')
    d.text((size[0] // 2, 1500), '● 视频监控点位', font=f2, fill=60, anchor='mm')
    return im
