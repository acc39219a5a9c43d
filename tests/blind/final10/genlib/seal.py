"""Seal (公章) images: Pillow PNG and SVG."""
import math
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
RED = (214, 32, 38)


def _star(cx, cy, r):
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    return pts


def seal_png(path, text, bottom="", size=260, seed=0, oval=False, color=RED, ink=0.85,
             font=FONT_BOLD, code=""):
    """Round (or oval) red seal with text along the upper arc, a star and an
    optional horizontal bottom line (e.g. 专用章). Transparent background."""
    rng = random.Random(seed)
    W = size
    H = int(size * 0.72) if oval else size
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    cx, cy = W / 2, H / 2
    rx, ry = W / 2 - 6, H / 2 - 6
    ring = max(6, size // 36)
    d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], outline=color + (255,), width=ring)
    if oval:
        d.ellipse([cx - rx + ring * 2.2, cy - ry + ring * 2.2, cx + rx - ring * 2.2, cy + ry - ring * 2.2],
                  outline=color + (255,), width=max(2, ring // 3))
    n = len(text)
    fsz = int(size * (0.13 if n <= 12 else 0.115 if n <= 16 else 0.095 if n <= 21 else 0.08))
    if oval:
        fsz = int(size * (0.075 if n <= 16 else 0.062))
    f = ImageFont.truetype(font, fsz, index=2)  # SC face
    span = min(250.0, 18.0 * n + 40) if not oval else min(250.0, 12.0 * n + 60)
    R = min(rx, ry) - ring - fsz * 0.62
    for i, ch in enumerate(text):
        theta = -span / 2 + span * (i + 0.5) / n if n > 1 else 0
        t = math.radians(theta)
        if oval:
            px = cx + (rx - ring - fsz * 0.62) * math.sin(t)
            py = cy - (ry - ring - fsz * 0.62) * math.cos(t)
        else:
            px = cx + R * math.sin(t)
            py = cy - R * math.cos(t)
        g = Image.new("RGBA", (fsz * 2, fsz * 2), (0, 0, 0, 0))
        gd = ImageDraw.Draw(g)
        gd.text((fsz, fsz), ch, font=f, fill=color + (255,), anchor="mm")
        g = g.rotate(-theta, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(px - fsz), int(py - fsz)))
    if not oval:
        d.polygon(_star(cx, cy, size * 0.13), fill=color + (255,))
    if bottom:
        fb = ImageFont.truetype(font, int(size * 0.085), index=2)
        d.text((cx, cy + size * (0.24 if not oval else 0.12)), bottom, font=fb, fill=color + (255,), anchor="mm")
    if code:
        fc = ImageFont.truetype(font, int(size * 0.045), index=2)
        d.text((cx, cy + size * 0.36), code, font=fc, fill=color + (255,), anchor="mm")
    # ink unevenness: smooth low-frequency variation of the alpha only (constant colour)
    a = im.getchannel("A")
    small = Image.new("L", (12, 12))
    small.putdata([int(255 * (ink + (1 - ink) * rng.random())) for _ in range(144)])
    var = small.resize((W, H), Image.BICUBIC)
    a = Image.composite(var, Image.new("L", (W, H), 0), a)
    dd = ImageDraw.Draw(a)
    for _ in range(18):
        x, y = rng.randrange(W), rng.randrange(H)
        rr = rng.randint(2, 6)
        dd.ellipse([x - rr, y - rr, x + rr, y + rr], fill=0)
    a = a.rotate(rng.uniform(-14, 14), resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.5))
    a = a.point(lambda v: 0 if v < 40 else min(255, (v // 50) * 50 + 30))
    out = Image.new("RGBA", (W, H), color + (0,))
    out.putalpha(a)
    out.save(path, optimize=True)
    return path


def seal_svg(text, bottom="", size=150, seed=0, uid="s"):
    """Inline SVG seal with textPath (vector text)."""
    rng = random.Random(seed)
    n = len(text)
    fs = size * (0.13 if n <= 12 else 0.11 if n <= 16 else 0.09 if n <= 21 else 0.075)
    c = size / 2
    r = c - size * 0.17
    rot = rng.uniform(-12, 12)
    # arc from lower-left to lower-right through the top
    span = min(250.0, 18.0 * n + 40)
    a0 = math.radians(-span / 2)
    a1 = math.radians(span / 2)
    x0, y0 = c + r * math.sin(a0), c - r * math.cos(a0)
    x1, y1 = c + r * math.sin(a1), c - r * math.cos(a1)
    large = 1 if span > 180 else 0
    star = " ".join(f"{x:.1f},{y:.1f}" for x, y in _star(c, c, size * 0.13))
    bt = (f'<text x="{c}" y="{c + size * 0.27:.1f}" font-size="{size * 0.085:.1f}" text-anchor="middle" '
          f'fill="#d62026" font-family="Noto Sans CJK SC" font-weight="bold">{bottom}</text>') if bottom else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
            f'style="opacity:0.88"><g transform="rotate({rot:.1f} {c} {c})">'
            f'<circle cx="{c}" cy="{c}" r="{c - size * 0.03:.1f}" fill="none" stroke="#d62026" stroke-width="{size * 0.035:.1f}"/>'
            f'<path id="arc{uid}" d="M {x0:.1f} {y0:.1f} A {r:.1f} {r:.1f} 0 {large} 1 {x1:.1f} {y1:.1f}" fill="none"/>'
            f'<text font-size="{fs:.1f}" fill="#d62026" font-family="Noto Sans CJK SC" font-weight="bold" letter-spacing="{fs * 0.05:.1f}">'
            f'<textPath href="#arc{uid}" startOffset="50%" text-anchor="middle">{text}</textPath></text>'
            f'<polygon points="{star}" fill="#d62026"/>{bt}</g></svg>')


if __name__ == "__main__":
    seal_png("/tmp/t/seal.png", "上海市浦东新区人力资源和社会保障局", seed=3)
    seal_png("/tmp/t/seal2.png", "上海蓝鲸数字科技有限公司", bottom="合同专用章", seed=4)
    seal_png("/tmp/t/seal3.png", "上海申衡会计师事务所有限公司", oval=True, seed=5)
