"""Post-processing: merge, scan simulation, OCR layers, Ghostscript, encryption, damage, photos."""
import glob
import io
import math
import os
import random
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace')[:500]}")
    return r


def merge(pdfs, out):
    run(["qpdf", "--empty", "--pages"] + list(pdfs) + ["--", out])
    return out


def pages(pdf, sel, out):
    run(["qpdf", pdf, "--pages", pdf, sel, "--", out])
    return out


def npages(pdf):
    r = run(["pdfinfo", pdf])
    for ln in r.stdout.decode().splitlines():
        if ln.startswith("Pages:"):
            return int(ln.split()[1])
    return 0


def raster(pdf, dpi, gray, tmp, first=None, last=None):
    base = os.path.join(tmp, "pg")
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        cmd.append("-gray")
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    run(cmd + [pdf, base])
    return sorted(glob.glob(base + "*.png"))


def _scanify(im, rng, rot, noise, gray, contrast=1.0, brightness=1.0, blur=0.0, tint=True):
    if rot:
        im = im.convert("RGB").rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
        if gray:
            im = im.convert("L")
    if not gray and tint:
        # slightly warm paper
        im = im.convert("RGB")
        r, g, b = im.split()
        b = b.point(lambda v: int(v * 0.96))
        im = Image.merge("RGB", (r, g, b))
    if contrast != 1.0:
        im = ImageEnhance.Contrast(im).enhance(contrast)
    if brightness != 1.0:
        im = ImageEnhance.Brightness(im).enhance(brightness)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        w, h = im.size
        n = Image.effect_noise((w, h), noise).convert("L")
        n = n.point(lambda v: (v - 128) // 3 + 128)
        if im.mode == "L":
            im = Image.blend(im, n, 0.08)
        else:
            im = Image.blend(im, Image.merge("RGB", (n, n, n)), 0.07)
    # dark specks / edge shadow
    d = ImageDraw.Draw(im)
    w, h = im.size
    for _ in range(rng.randint(3, 12)):
        x, y = rng.randrange(w), rng.randrange(h)
        d.point((x, y), fill=(90 if im.mode == "L" else (90, 90, 90)))
    return im


def scan(pdf, out, dpi=150, gray=True, rot=None, noise=18, quality=45, seed=0, contrast=1.0, brightness=1.0,
         blur=0.0, page_range=None, down=None, producer="img2pdf", bilevel=False):
    """Image-only PDF like a scanner produces (one JPEG per page)."""
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="scan")
    try:
        first, last = page_range if page_range else (None, None)
        pngs = raster(pdf, dpi, gray, tmp, first, last)
        jpgs = []
        for i, p in enumerate(pngs):
            im = Image.open(p)
            r = rot if rot is not None else rng.uniform(-1.2, 1.2)
            im = _scanify(im, rng, r, noise, gray, contrast, brightness, blur)
            if down:
                im = im.resize((int(im.width * down), int(im.height * down)), Image.BILINEAR)
            if bilevel:
                # black-and-white scanner mode: CCITT G4 TIFF, embedded as is by img2pdf
                bw = im.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1")
                jp = os.path.join(tmp, f"s{i:03d}.tif")
                bw.save(jp, "TIFF", compression="group4", dpi=(dpi, dpi))
            else:
                jp = os.path.join(tmp, f"s{i:03d}.jpg")
                im.save(jp, "JPEG", quality=quality, dpi=(dpi * (down or 1), dpi * (down or 1)))
            jpgs.append(jp)
        run(["img2pdf", "-D", "--producer", producer, "-o", out] + jpgs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def scan_images(pdf, outdir, stem, dpi=150, gray=False, quality=60, seed=0, rot=None, noise=14, page_range=None):
    """Scanner saving one JPEG per page."""
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="scan")
    outs = []
    try:
        first, last = page_range if page_range else (None, None)
        for i, p in enumerate(raster(pdf, dpi, gray, tmp, first, last)):
            im = _scanify(Image.open(p), rng, rot if rot is not None else rng.uniform(-1.5, 1.5), noise, gray)
            o = os.path.join(outdir, stem.format(i + 1))
            im.save(o, "JPEG", quality=quality, dpi=(dpi, dpi))
            outs.append(o)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return outs


def photo(pdf, out, page=1, seed=0, poor=False, width=None):
    """A phone photo of a printed page lying on a desk (JPEG)."""
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="ph")
    try:
        dpi = 45 if poor else 130
        p = raster(pdf, dpi, False, tmp, page, page)[0]
        pg = Image.open(p).convert("RGB")
        W, H = int(pg.width * 1.25), int(pg.height * 1.18)
        bg = Image.new("RGB", (W, H), (118, 92, 70))
        # wood-ish stripes
        d = ImageDraw.Draw(bg)
        for y in range(0, H, 7):
            c = 100 + rng.randint(-12, 12)
            d.line([(0, y), (W, y + rng.randint(-3, 3))], fill=(c + 20, c - 5, c - 30), width=3)
        pg = pg.rotate(rng.uniform(-5, 5) if not poor else rng.uniform(-9, 9), expand=True, fillcolor=(118, 92, 70),
                       resample=Image.BICUBIC)
        bg.paste(pg, ((W - pg.width) // 2, (H - pg.height) // 2))
        # perspective
        dx = W * (0.05 if not poor else 0.12)
        coeffs = _persp([(0, 0), (W, 0), (W, H), (0, H)], [(dx, 0), (W - dx * 0.4, dx * 0.3), (W, H), (0, H - dx * 0.2)])
        bg = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        # uneven lighting
        shade = Image.radial_gradient("L").resize((W, H))
        shade = ImageOps.invert(shade).point(lambda v: 120 + v // 2)
        bg = Image.composite(bg, Image.new("RGB", (W, H), (30, 25, 20)), shade)
        if poor:
            bg = bg.filter(ImageFilter.GaussianBlur(2.6))
            bg = ImageEnhance.Brightness(bg).enhance(0.55)
            bg = ImageEnhance.Contrast(bg).enhance(0.5)
        else:
            bg = bg.filter(ImageFilter.GaussianBlur(0.5))
        if width:
            bg = bg.resize((width, int(bg.height * width / bg.width)), Image.BILINEAR)
        bg.save(out, "JPEG", quality=35 if poor else 68)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def _solve(A, B):
    n = len(B)
    M = [row[:] + [b] for row, b in zip(A, B)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(M[r][i]))
        M[i], M[p] = M[p], M[i]
        for r in range(n):
            if r != i:
                f = M[r][i] / M[i][i]
                for c in range(i, n + 1):
                    M[r][c] -= f * M[i][c]
    return [M[i][n] / M[i][i] for i in range(n)]


def _persp(src, dst):
    A = []
    B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return _solve(A, B)


def ocrmypdf(image_pdf, out):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    run(["ocrmypdf", "-l", "chi_sim+eng", "--jobs", "2", "--output-type", "pdf", "--optimize", "0", "-q",
         image_pdf, out], env=env, timeout=1800)
    return out


def ocr_layer_from_source(src_pdf, out, dpi=200, gray=True, seed=0, quality=50, noise=14):
    """Scan src_pdf to page images and put an invisible text layer (render mode 3) under each
    image, positioned from the source's word boxes, like a scanner's built-in OCR."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="ocr")
    try:
        bbox = os.path.join(tmp, "b.html")
        run(["pdftotext", "-bbox-layout", src_pdf, bbox])
        txt = open(bbox, encoding="utf-8").read()
        txt = txt[txt.index("<doc>"): txt.index("</doc>") + 6]
        root = ET.fromstring(txt.replace("&nbsp;", " "))
        pngs = raster(src_pdf, dpi, gray, tmp)
        c = canvas.Canvas(out)
        c.setCreator("Scanner OCR")
        pages_ = list(root)
        for i, p in enumerate(pngs):
            pg = pages_[i]
            pw, ph = float(pg.get("width")), float(pg.get("height"))
            c.setPageSize((pw, ph))
            im = _scanify(Image.open(p), rng, 0, noise, gray)
            jp = os.path.join(tmp, f"p{i}.jpg")
            im.save(jp, "JPEG", quality=quality)
            t = c.beginText()
            t.setTextRenderMode(3)
            for line in pg.iter("line"):
                words = [w for w in line if w.tag == "word"]
                if not words:
                    continue
                s = "".join(w.text or "" for w in words)
                x0 = float(line.get("xMin"))
                y1 = float(line.get("yMax"))
                y0 = float(line.get("yMin"))
                x1 = float(line.get("xMax"))
                fs = max(4.0, (y1 - y0) * 0.9)
                w = pdfmetrics.stringWidth(s, "STSong-Light", fs) or 1
                t.setFont("STSong-Light", fs)
                t.setHorizScale(100.0 * (x1 - x0) / w)
                t.setTextOrigin(x0, ph - y1 + (y1 - y0) * 0.15)
                t.textOut(s)
            c.drawText(t)
            c.drawImage(jp, 0, 0, pw, ph)
            c.showPage()
        c.save()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def gs_redistill(pdf, out, setting="/ebook"):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-dPDFSETTINGS={setting}",
         "-dCompatibilityLevel=1.5", f"-sOutputFile={out}", pdf])
    return out


def encrypt(pdf, out, user="sh2025", owner="owner#447"):
    run(["qpdf", "--encrypt", user, owner, "256", "--", pdf, out])
    return out


def truncate(pdf, out, frac=0.55):
    data = open(pdf, "rb").read()
    with open(out, "wb") as f:
        f.write(data[: int(len(data) * frac)])
    return out


# ------------------------------------------------------------ synthetic pictures

def site_photo(out, seed=0, label="", w=1024, h=768, faint=False, quality=62):
    """A crude training-room photo: walls, floor, desks, screens, a camera."""
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), (200, 200, 195))
    d = ImageDraw.Draw(im)
    wall = tuple(rng.randint(200, 235) for _ in range(3))
    d.rectangle([0, 0, w, h * 0.55], fill=wall)
    floor = (rng.randint(120, 170), rng.randint(110, 150), rng.randint(90, 130))
    d.polygon([(0, h * 0.55), (w, h * 0.55), (w, h), (0, h)], fill=floor)
    # window / board
    d.rectangle([w * 0.1, h * 0.08, w * 0.45, h * 0.38], fill=(235, 240, 245), outline=(120, 120, 120), width=4)
    d.rectangle([w * 0.55, h * 0.1, w * 0.92, h * 0.36], fill=(40, 70, 60))
    # rows of desks
    for row in range(3):
        y = h * (0.6 + row * 0.12)
        for col in range(4 + row):
            x = w * (0.05 + col * (0.9 / (4 + row)))
            dw = w * 0.9 / (4 + row) * 0.8
            d.rectangle([x, y, x + dw, y + h * 0.05], fill=(180, 160, 130), outline=(90, 80, 60))
            d.rectangle([x + dw * 0.3, y - h * 0.06, x + dw * 0.7, y], fill=(30, 30, 35))
    # ceiling camera
    d.ellipse([w * 0.88, h * 0.02, w * 0.94, h * 0.07], fill=(245, 245, 245), outline=(60, 60, 60))
    if label:
        try:
            f = ImageFont.truetype(FONT, int(h * 0.04), index=2)
            d.text((w * 0.57, h * 0.12), label, font=f, fill=(230, 230, 230))
        except Exception:
            pass
    im = im.filter(ImageFilter.GaussianBlur(1.1))
    n = Image.effect_noise((w, h), 22).convert("RGB")
    im = Image.blend(im, n, 0.06)
    if faint:
        im = im.resize((w // 6, h // 6)).resize((w // 2, h // 2)).filter(ImageFilter.GaussianBlur(3))
        im = ImageEnhance.Brightness(im).enhance(1.8)
        im = ImageEnhance.Contrast(im).enhance(0.25)
    im.save(out, "JPEG", quality=quality)
    return out
