"""Post-processing producers for corpus F: scans, OCR layers, Ghostscript, encryption, truncation, photos."""
import io
import math
import os
import random
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bf_render import FONT_ZENHEI, rl_font, seal_png


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def pdf_pages_to_images(pdf, dpi, gray=True, tmp=None):
    tmp = tmp or tempfile.mkdtemp(prefix="pg", dir="/tmp/blind-final")
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        args.append("-gray")
    run(args + [pdf, os.path.join(tmp, "p")])
    files = sorted(f for f in os.listdir(tmp) if f.startswith("p") and f.endswith(".png"))
    return [Image.open(os.path.join(tmp, f)).copy() for f in files]


def scanify(im, rng, seal=None, gray=True, rotate=True, dpi=150):
    """Make a clean render look like a scanner page: paper tone, seal stamp, tilt, noise, blur."""
    im = im.convert("RGB")
    W, H = im.size
    if seal:
        sp = "/tmp/blind-final/seal_scan_%d.png" % (abs(sum(map(ord, seal))) % 100000)
        seal_png(seal, sp, px=int(dpi * 1.6), rng=random.Random(seal))
        s = Image.open(sp)
        x = int(W * rng.uniform(0.55, 0.68))
        y = int(H * rng.uniform(0.62, 0.78))
        im.paste(s, (x, y), s)
    if gray:
        im = im.convert("L")
        # paper tone
        im = im.point(lambda v: int(38 + v * 0.82) if v > 0 else 30)
    if rotate:
        ang = rng.uniform(-1.1, 1.1)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250 if gray else (250, 250, 248))
    # speckle noise
    px = im.load()
    for _ in range(W * H // 4000):
        x, y = rng.randrange(W), rng.randrange(H)
        v = rng.randrange(40, 160)
        px[x, y] = v if gray else (v, v, v)
    # dark border strip on one side like a flatbed lid shadow
    d = ImageDraw.Draw(im)
    edge = rng.choice(["l", "r", "t", None])
    if edge == "l":
        d.rectangle([0, 0, rng.randrange(4, 12), H], fill=70 if gray else (70, 70, 70))
    elif edge == "r":
        d.rectangle([W - rng.randrange(4, 12), 0, W, H], fill=70 if gray else (70, 70, 70))
    elif edge == "t":
        d.rectangle([0, 0, W, rng.randrange(3, 9)], fill=70 if gray else (70, 70, 70))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    return im


def jpeg_bytes(im, q=50, dpi=150):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=True, dpi=(dpi, dpi))
    return b.getvalue()


def img2pdf_cli(jpgs, out):
    """Image-only PDF from JPEG bytes with the img2pdf command-line tool (the page size follows the JFIF dpi)."""
    tmp = tempfile.mkdtemp(prefix="i2p", dir="/tmp/blind-final")
    paths = []
    for i, j in enumerate(jpgs):
        p = os.path.join(tmp, "p%03d.jpg" % i)
        open(p, "wb").write(j)
        paths.append(p)
    run(["img2pdf"] + paths + ["-o", out])
    return out


def scan_pdf(src_pdf, out_pdf, rng, dpi=150, seal=None, gray=True, q=45):
    """Image-only scan (no text layer) via img2pdf."""
    pages = pdf_pages_to_images(src_pdf, dpi, gray=gray)
    jpgs = [jpeg_bytes(scanify(p, rng, seal if i == len(pages) - 1 else None, gray, dpi=dpi), q, dpi) for i, p in enumerate(pages)]
    return img2pdf_cli(jpgs, out_pdf)


def _bbox_lines(src_pdf):
    """Lines of the source PDF with their boxes, from pdftotext -bbox-layout."""
    import xml.etree.ElementTree as ET
    r = run(["pdftotext", "-bbox-layout", src_pdf, "-"])
    txt = r.stdout.decode("utf-8", "replace")
    txt = txt[txt.find("<doc"):txt.rfind("</doc>") + 6]
    ns = "{http://www.w3.org/1999/xhtml}"
    root = ET.fromstring(txt.replace(' xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = []
    for pg in root.iter("page"):
        lines = []
        for ln in pg.iter("line"):
            words = [w.text or "" for w in ln.iter("word")]
            lines.append((float(ln.get("xMin")), float(ln.get("yMin")), float(ln.get("xMax")), float(ln.get("yMax")), " ".join(words)))
        pages.append((float(pg.get("width")), float(pg.get("height")), lines))
    return pages


def scan_pdf_ocr_layer(src_pdf, out_pdf, rng, dpi=150, seal=None, gray=True, q=42, producer="OCR"):
    """Scan image plus an invisible text layer (render mode 3) placed at the original line boxes."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    pages = pdf_pages_to_images(src_pdf, dpi, gray=gray)
    boxes = _bbox_lines(src_pdf)
    font = rl_font("zenhei")
    c = canvas.Canvas(out_pdf, pageCompression=1)
    c.setCreator(producer)
    c.setProducer(producer)
    for i, p in enumerate(pages):
        pw, ph, lines = boxes[i]
        c.setPageSize((pw, ph))
        im = scanify(p, rng, seal if i == len(pages) - 1 else None, gray, dpi=dpi)
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, pw, ph)
        t = c.beginText()
        t.setTextRenderMode(3)
        for (x0, y0, x1, y1, s) in lines:
            if not s.strip():
                continue
            fs = max(4.0, (y1 - y0) * 0.9)
            w = stringWidth(s, font, fs) or 1
            t.setFont(font, fs)
            t.setHorizScale(max(20.0, min(300.0, 100.0 * (x1 - x0) / w)))
            t.setTextOrigin(x0, ph - y1 + (y1 - y0) * 0.18)
            t.textOut(s)
        c.drawText(t)
        c.showPage()
    c.save()
    return out_pdf


def ocrmypdf_layer(image_pdf, out_pdf):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    run(["ocrmypdf", "-q", "-l", "chi_sim", "--output-type", "pdf", "--optimize", "0", image_pdf, out_pdf], env=env)
    return out_pdf


def tesseract_pdf(image_pdf, out_pdf, dpi=150):
    """Tesseract's own PDF renderer: page image + GlyphLessFont text."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    tmp = tempfile.mkdtemp(prefix="ts", dir="/tmp/blind-final")
    # take the page images straight out of the image PDF
    run(["pdfimages", "-j", image_pdf, os.path.join(tmp, "im")])
    ims = sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith("im"))
    lst = os.path.join(tmp, "list.txt")
    open(lst, "w").write("\n".join(ims) + "\n")
    base = out_pdf[:-4]
    run(["tesseract", lst, base, "-l", "chi_sim", "--dpi", str(dpi), "pdf"], env=env)
    return out_pdf


def gs_redistill(src, out, compat="1.5"):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=" + compat,
         "-sOutputFile=" + out, src])
    return out


def encrypt(src, out, user_pw="147258", owner_pw="owner2025"):
    run(["qpdf", "--encrypt", user_pw, owner_pw, "256", "--", src, out])
    return out


def truncate(src, out, frac=0.42):
    data = open(src, "rb").read()
    open(out, "wb").write(data[: int(len(data) * frac)])
    return out


def photo_site(out, rng, label="", w=1024, h=768, q=62):
    """A 'site photo' (training room / exam room with cameras) drawn with Pillow; no text layer."""
    im = Image.new("RGB", (w, h), (rng.randrange(200, 235), rng.randrange(195, 225), rng.randrange(180, 210)))
    d = ImageDraw.Draw(im)
    # floor and wall
    d.polygon([(0, h * 0.62), (w, h * 0.58), (w, h), (0, h)], fill=(150 + rng.randrange(30), 130, 110))
    # windows
    for i in range(3):
        x = int(w * (0.1 + 0.3 * i))
        d.rectangle([x, int(h * 0.12), x + int(w * 0.18), int(h * 0.4)], fill=(190, 215, 240), outline=(90, 90, 90), width=4)
    # desks in rows
    for r in range(3):
        for k in range(5):
            x = int(w * 0.06 + k * w * 0.18 + r * 14)
            y = int(h * 0.64 + r * h * 0.1)
            d.rectangle([x, y, x + int(w * 0.14), y + int(h * 0.05)], fill=(230, 230, 225), outline=(80, 80, 80))
            d.rectangle([x + 20, y - 28, x + 60, y], fill=(40, 40, 45))
    # camera on the wall
    d.ellipse([w - 120, 40, w - 70, 90], fill=(245, 245, 245), outline=(60, 60, 60), width=3)
    d.ellipse([w - 102, 58, w - 88, 72], fill=(20, 20, 20))
    if label:
        f = ImageFont.truetype(FONT_ZENHEI, 30)
        d.rectangle([w * 0.3, h * 0.44, w * 0.7, h * 0.52], fill=(170, 20, 20))
        d.text((w / 2, h * 0.48), label, font=f, fill=(255, 240, 200), anchor="mm")
    px = im.load()
    for _ in range(w * h // 60):
        x, y = rng.randrange(w), rng.randrange(h)
        r, g, b = px[x, y]
        n = rng.randrange(-25, 25)
        px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    im = im.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, fillcolor=(30, 30, 30))
    im.save(out, "JPEG", quality=q)
    return out


def photo_of_pdf(src_pdf, out, rng, q=58):
    """A phone photo of a printed page (.jpg): page on a desk, skewed, colour, no text layer."""
    pg = pdf_pages_to_images(src_pdf, 110, gray=False)[0].convert("RGB")
    W, H = pg.size
    bg = Image.new("RGB", (int(W * 1.25), int(H * 1.2)), (rng.randrange(90, 140), rng.randrange(70, 110), rng.randrange(50, 80)))
    pg = pg.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True, fillcolor=bg.getpixel((0, 0)))
    bg.paste(pg, (int(W * 0.1), int(H * 0.08)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    bg.save(out, "JPEG", quality=q)
    return out




def floor_plan_pdf(out, rng, title, dpi=120):
    """An image-only scan of a hand-drawn floor plan (其他材料)."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (W, H), 245)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT_ZENHEI, int(dpi * 0.22))
    d.text((W / 2, dpi * 0.8), title, font=f, fill=20, anchor="mm")
    x0, y0 = dpi, int(dpi * 1.4)
    d.rectangle([x0, y0, W - dpi, y0 + int(H * 0.5)], outline=10, width=4)
    for i in range(1, 4):
        x = x0 + i * (W - 2 * dpi) // 4
        d.line([x, y0, x, y0 + int(H * 0.3)], fill=10, width=3)
    d.line([x0, y0 + int(H * 0.3), W - dpi, y0 + int(H * 0.3)], fill=10, width=3)
    rooms = ["理论考场一", "理论考场二", "实操室", "候考区", "监控室", "资料室"]
    for i, r in enumerate(rooms[:4]):
        x = x0 + i * (W - 2 * dpi) // 4 + 20
        d.text((x, y0 + 40), r, font=ImageFont.truetype(FONT_ZENHEI, int(dpi * 0.14)), fill=30)
    for _ in range(12):
        x, y = rng.randrange(x0, W - dpi), rng.randrange(y0, y0 + int(H * 0.5))
        d.ellipse([x, y, x + 14, y + 14], outline=20, width=2)
    im = scanify(im, rng, None, True, dpi=dpi)
    return img2pdf_cli([jpeg_bytes(im, 45, dpi)], out)
