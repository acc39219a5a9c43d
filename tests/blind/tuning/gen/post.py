"""Post-processing: scans (image only / with OCR layer), photos, encryption, truncation,
Ghostscript re-distilling, and zip archives with Chinese-Windows (GBK) entry names."""
import io
import math
import os
import random
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageEnhance, ImageFont

from render import seal_image, SEAL_FONT, FONT_FILES

ENV1 = dict(os.environ, OMP_THREAD_LIMIT="1")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace')[:800]}")
    return r


def gs_redistill(src, dst):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
         f"-sOutputFile={dst}", src])


def render_pages(pdf, dpi, gray, tmp):
    prefix = os.path.join(tmp, "pg")
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        cmd.append("-gray")
    run(cmd + [pdf, prefix])
    files = sorted(f for f in os.listdir(tmp) if f.startswith("pg") and f.endswith(".png"))
    return [os.path.join(tmp, f) for f in files]


def seeded_noise(size, rng, tile=256):
    """Grey noise from the package's own random stream (Image.effect_noise is not seedable)."""
    t = Image.frombytes("L", (tile, tile), rng.randbytes(tile * tile))
    t = t.point(lambda v: 128 + (v - 128) // 3)
    out = Image.new("L", size)
    for x in range(0, size[0], tile):
        for y in range(0, size[1], tile):
            out.paste(t, (x, y))
    return out


def degrade(img, rng, gray, seal_text=None):
    """Make a rendered page look scanned: seal, rotation, noise, uneven tone, edge shadow."""
    img = img.convert("RGB")
    W, H = img.size
    if seal_text:
        s = seal_image(seal_text, size=int(W * 0.2))
        x = int(W * rng.uniform(0.52, 0.62))
        y = int(H * rng.uniform(0.55, 0.72))
        img.paste(s, (x, y), s)
    ang = rng.uniform(-1.1, 1.1)
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(250, 250, 248), expand=False)
    img = Image.blend(img, seeded_noise((W, H), rng).convert("RGB"), 0.05)
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(0.88, 1.0))
    img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.97, 1.03))
    dr = ImageDraw.Draw(img)
    band = int(W * 0.012)
    side = rng.choice(["l", "r", "t"])
    for i in range(band):
        c = int(90 + 160 * i / band)
        if side == "l":
            dr.line([(i, 0), (i, H)], fill=(c, c, c))
        elif side == "r":
            dr.line([(W - 1 - i, 0), (W - 1 - i, H)], fill=(c, c, c))
        else:
            dr.line([(0, i), (W, i)], fill=(c, c, c))
    if gray:
        img = img.convert("L")
    return img


def scan(src_pdf, dst_pdf, rng, dpi=150, gray=True, seal_text=None, ocr=None, pages_text=None, quality=50):
    """ocr: None (image only) | 'tess' (tesseract pdf renderer) | 'ocrmypdf' | 'rl' (invisible text drawn
    by reportlab in render mode 3 from the known text)"""
    with tempfile.TemporaryDirectory(dir="/tmp/blind-tuning") as tmp:
        pngs = render_pages(src_pdf, dpi, gray, tmp)
        jpgs = []
        for i, p in enumerate(pngs):
            im = degrade(Image.open(p), rng, gray, seal_text if i == len(pngs) - 1 else None)
            j = os.path.join(tmp, f"s{i:02d}.jpg")
            im.save(j, "JPEG", quality=quality, dpi=(dpi, dpi))
            jpgs.append(j)
        if ocr is None:
            run(["img2pdf", "-o", dst_pdf] + jpgs)
        elif ocr == "tess":
            outs = []
            for j in jpgs:
                base = j[:-4]
                run(["tesseract", j, base, "-l", "chi_sim", "--psm", "3", "pdf"], env=ENV1)
                outs.append(base + ".pdf")
            if len(outs) == 1:
                shutil.copy(outs[0], dst_pdf)
            else:
                run(["qpdf", "--empty", "--pages"] + outs + ["--", dst_pdf])
        elif ocr == "ocrmypdf":
            mid = os.path.join(tmp, "img.pdf")
            run(["img2pdf", "-o", mid] + jpgs)
            run(["ocrmypdf", "-q", "-l", "chi_sim", "--output-type", "pdf", "--optimize", "0", "--jobs", "1",
                 mid, dst_pdf], env=ENV1)
        elif ocr == "rl":
            rl_image_with_text(jpgs, pages_text, dst_pdf, dpi)
        else:
            raise ValueError(ocr)


def _is_portrait(j):
    w, h = Image.open(j).size
    return h >= w


def rl_image_with_text(jpgs, pages_text, dst, dpi):
    from reportlab.pdfgen import canvas
    from render import rl_font
    fn = rl_font("wqy")
    c = None
    for i, j in enumerate(jpgs):
        w, h = Image.open(j).size
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        if c is None:
            c = canvas.Canvas(dst, pagesize=(pw, ph), invariant=1)
        else:
            c.setPageSize((pw, ph))
        c.drawImage(j, 0, 0, pw, ph)
        raw = [ln for ln in (pages_text[i] if pages_text and i < len(pages_text) else []) if ln.strip()]
        top, bottom = ph - 60, 50
        fs = 10.5
        for _ in range(4):
            lines = [w for ln in raw for w in _wrap(ln, int((pw - 120) / fs))]
            step = (top - bottom) / max(1, len(lines))
            if step >= fs * 1.25:
                break
            fs = max(3.0, step / 1.25)
        step = min(22, (top - bottom) / max(1, len(lines)))
        if lines:
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont(fn, fs)
            y = top
            for ln in lines:
                t.setTextOrigin(60, y)
                t.textLine(ln)
                y -= step
            c.drawText(t)
        c.showPage()
    c.save()


def _wrap(line, width):
    """Split a text line so that it stays inside the page (CJK = 1 unit, ASCII = 0.5)."""
    out, cur, w = [], "", 0.0
    for ch in line:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > width and cur:
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        out.append(cur)
    return out


def photo_of_document(src_pdf, dst_jpg, rng, page=0):
    """A phone photo of a printed page: colour, tilted, on a desk, uneven light."""
    with tempfile.TemporaryDirectory(dir="/tmp/blind-tuning") as tmp:
        pngs = render_pages(src_pdf, 100, False, tmp)
        pg = Image.open(pngs[page]).convert("RGB")
    W, H = pg.size
    bg = Image.new("RGB", (int(W * 1.25), int(H * 1.18)), (118, 92, 64))
    dr = ImageDraw.Draw(bg)
    for i in range(0, bg.size[1], 7):
        c = 100 + int(18 * math.sin(i / 23.0))
        dr.line([(0, i), (bg.size[0], i + 9)], fill=(c + 18, c - 6, c - 34))
    pg = pg.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, expand=True, fillcolor=(118, 92, 64))
    bg.paste(pg, (int(W * 0.1), int(H * 0.07)))
    grad = Image.linear_gradient("L").resize(bg.size).rotate(rng.choice([0, 90, 180, 270]))
    shade = Image.new("RGB", bg.size, (20, 20, 30))
    bg = Image.composite(shade, bg, grad.point(lambda v: int(v * 0.22)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    bg = bg.resize((int(bg.size[0] * 0.9), int(bg.size[1] * 0.9)))
    bg.save(dst_jpg, "JPEG", quality=55)


def site_photo(dst_jpg, rng, label="考场"):
    """A synthetic photo of an examination room (desks, monitors, a ceiling camera)."""
    W, H = 1024, 768
    img = Image.new("RGB", (W, H), (205, 208, 200))
    dr = ImageDraw.Draw(img)
    wall = (rng.randint(215, 235), rng.randint(215, 232), rng.randint(200, 225))
    dr.rectangle([0, 0, W, 380], fill=wall)
    dr.polygon([(0, 768), (0, 380), (W, 380), (W, 768)], fill=(150, 140, 128))
    for i in range(0, W, 64):
        dr.line([(i, 380), (W / 2 + (i - W / 2) * 3, 768)], fill=(138, 128, 118))
    dr.rectangle([380, 120, 640, 260], fill=(40, 60, 90))
    font = ImageFont.truetype(SEAL_FONT, 26)
    dr.text((400, 170), "职业技能等级认定" + label, font=font, fill=(240, 240, 240))
    dr.ellipse([880, 30, 930, 80], fill=(30, 30, 30))
    dr.rectangle([895, 0, 915, 40], fill=(220, 220, 220))
    for row in range(4):
        y = 420 + row * 85
        scale = 0.7 + row * 0.18
        for col in range(5):
            x = 90 + col * 180 + (1 - scale) * 200
            w = 130 * scale
            dr.rectangle([x, y, x + w, y + 22 * scale], fill=(185, 160, 120))
            dr.rectangle([x + w * 0.3, y - 48 * scale, x + w * 0.7, y - 6 * scale], fill=(25, 25, 28))
            dr.rectangle([x + w * 0.46, y - 6 * scale, x + w * 0.54, y], fill=(60, 60, 60))
    img = Image.blend(img, seeded_noise((W, H), rng).convert("RGB"), 0.06).filter(ImageFilter.GaussianBlur(0.8))
    img.save(dst_jpg, "JPEG", quality=55)


def encrypt(src, dst, user="sh2025"):
    run(["qpdf", "--encrypt", user, "owner-" + user, "256", "--", src, dst])


def truncate(src, dst, frac=0.4):
    data = open(src, "rb").read()
    open(dst, "wb").write(data[: int(len(data) * frac)])


# ------------------------------------------------------------------ zip writing

class WinZipInfo(zipfile.ZipInfo):
    """ZipInfo writing names as GBK bytes without the UTF-8 flag (as Chinese Windows tools do),
    optionally with an Info-ZIP Unicode Path extra field (0x7075)."""
    name_encoding = "gbk"

    def _encodeFilenameFlags(self):
        if self.name_encoding == "utf8":
            return super()._encodeFilenameFlags()
        if self.name_encoding == "utf8raw":  # macOS Archive Utility: UTF-8 bytes, flag not set
            return self.filename.encode("utf-8"), self.flag_bits & ~0x800
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("gbk"), self.flag_bits & ~0x800


def unicode_path_extra(name):
    raw = name.encode("gbk")
    u8 = name.encode("utf-8")
    body = struct.pack("<BI", 1, zlib.crc32(raw) & 0xFFFFFFFF) + u8
    return struct.pack("<HH", 0x7075, len(body)) + body


def write_zip(path_or_buf, entries, encoding="gbk", dt=(2025, 1, 22, 10, 0, 0), dirs=True):
    """entries: list of (name, bytes). encoding: gbk | utf8 | gbk+7075."""
    zf = zipfile.ZipFile(path_or_buf, "w", zipfile.ZIP_DEFLATED)
    seen = set()
    h, m, s = dt[3], dt[4], dt[5]
    k = 0

    def info(name, is_dir=False):
        nonlocal k
        k += 1
        t = (dt[0], dt[1], dt[2], h, (m + k // 30) % 60, (s + 2 * k) % 60)
        zi = WinZipInfo(name, date_time=t)
        zi.name_encoding = encoding if encoding in ("utf8", "utf8raw") else "gbk"
        zi.compress_type = zipfile.ZIP_DEFLATED
        unix = encoding in ("utf8", "utf8raw")
        zi.create_system = 3 if unix else 0
        zi.external_attr = ((0o40755 << 16) | 0x10 if is_dir else (0o100644 << 16)) if unix else \
            (0x10 if is_dir else 0x20)
        if encoding == "gbk+7075" and not all(ord(c) < 128 for c in name):
            zi.extra = unicode_path_extra(name)
        return zi

    for name, data in entries:
        if dirs:
            parts = name.split("/")[:-1]
            for i in range(1, len(parts) + 1):
                d = "/".join(parts[:i]) + "/"
                if d not in seen:
                    seen.add(d)
                    zi = info(d, True)
                    zi.compress_type = zipfile.ZIP_STORED
                    zf.writestr(zi, b"")
        zf.writestr(info(name), data)
    zf.close()
