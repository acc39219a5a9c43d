//! Seals on pages without colour. A grayscale or black-and-white scan turns a
//! red stamp into a gray or black ring, which no colour test can find. Round
//! borders are found with a circle Hough transform on edge directions (each
//! edge pixel votes for centres along its gradient, at every radius a seal can
//! have), and each candidate is confirmed by looking round the circle: a
//! seal's border is unbroken ink in every direction, which text lines,
//! tables, ticks and handwriting are not; and a seal is a ring, not a filled
//! disc.

use super::super::raster::{Raster, luma};

/// Radius of a round seal's border in points (diameter 2.1–5.3 cm; an
/// official seal is 3.8–4.5 cm, a QR code's corner square under 1 cm).
const MIN_R_PT: f64 = 30.0;
const MAX_R_PT: f64 = 75.0;
/// Working resolution in pixels per point (larger rasters are averaged down
/// over whole pixel boxes, so the resolution used is near this).
const WORK_PX_PER_PT: f64 = 0.75;
/// How much darker than the paper a pixel must be to count as ink: a red
/// stamp scanned in gray is 80–180 (a pale stamp, light ink) on paper of
/// 230–255.
const INK_BELOW_PAPER: u8 = 50;
/// Edge strength (|gx| + |gy| of the Sobel operator) that casts votes.
const EDGE: i32 = 80;
/// Directions looked at round a candidate circle, and the share that must
/// find ink on the border.
const ANGLES: usize = 180;
const RING_COVER: f64 = 0.93;
/// Share of ink inside the ring (between 0.35 and 0.55 of its radius) above
/// which it is a filled disc or a dense patch (a QR code), not a seal: seals
/// measured on the blind corpora's scans hold 0–0.3 there.
const MAX_INNER_INK: f64 = 0.35;
/// Candidate centres confirmed per raster, best voted first.
const CANDIDATES: usize = 10;
/// How far (working pixels) the coarse search moves a voted centre, and the
/// share of its directions that must find ink for the fine search to run.
const COARSE_SHIFT: i32 = 8;
const COARSE_COVER: f64 = 0.8;

/// Whether a raster has no colour: gray, or RGB whose pixels are (nearly) all
/// neutral. Only such rasters are searched for gray rings: on a colour page a
/// black ring is a drawing, and a stamp would be red.
pub fn is_colourless(r: &Raster) -> bool {
    if r.channels < 3 {
        return true;
    }
    let c = r.channels as usize;
    let (mut seen, mut coloured) = (0u64, 0u64);
    for p in r.data.chunks_exact(c).step_by(7) {
        let (hi, lo) = (p[0].max(p[1]).max(p[2]), p[0].min(p[1]).min(p[2]));
        seen += 1;
        if hi - lo > 48 {
            coloured += 1;
        }
    }
    coloured * 1000 <= seen
}

/// Round seal borders in a colourless raster at `px_per_pt`: bounding boxes in
/// pixels `[x0, y0, x1, y1)` from the top left.
pub fn in_gray_px(r: &Raster, px_per_pt: f64) -> Vec<[usize; 4]> {
    if px_per_pt <= 0.0 || r.width < 8 || r.height < 8 {
        return Vec::new();
    }
    let step = (px_per_pt / WORK_PX_PER_PT).round().max(1.0);
    let g = downsample(r, step);
    let q = px_per_pt / step;
    let (rmin, rmax) = (
        (MIN_R_PT * q).round() as usize,
        (MAX_R_PT * q).round() as usize,
    );
    if rmin < 4 || g.w <= 2 * rmin || g.h <= 2 * rmin {
        return Vec::new();
    }
    // Votes come from a lightly blurred copy: gradients of a bilevel or
    // speckled scan point every which way until smoothed.
    let acc = votes(&blurred(&g), rmin, rmax);
    let masks = InkMasks::new(&g);
    let mut found: Vec<[f64; 4]> = Vec::new();
    for (cx, cy) in peaks(&acc, g.w, g.h, rmin) {
        if found
            .iter()
            .any(|&[fx, fy, rx, ry]| (fx - cx as f64).hypot(fy - cy as f64) < rx.max(ry))
        {
            continue;
        }
        if let Some(ring) = confirm(&masks, cx, cy, rmin, rmax) {
            found.push(ring);
        }
    }
    let (w, h) = (r.width as usize, r.height as usize);
    found
        .into_iter()
        .map(|[cx, cy, rx, ry]| {
            let (pad_x, pad_y) = (rx * 1.08 + 2.0, ry * 1.08 + 2.0);
            let px = |v: f64, hi: usize| ((v * step).round().max(0.0) as usize).min(hi);
            [
                px(cx - pad_x, w),
                px(cy - pad_y, h),
                px(cx + pad_x, w),
                px(cy + pad_y, h),
            ]
        })
        .collect()
}

/// Gray pixels at the working resolution.
struct Gray {
    w: usize,
    h: usize,
    px: Vec<u8>,
    /// Below this is ink: some way under the paper's gray (the median).
    ink: u8,
}

/// The raster's luma averaged over `step`-pixel boxes.
fn downsample(r: &Raster, step: f64) -> Gray {
    let k = step as usize;
    let (sw, sh) = (r.width as usize, r.height as usize);
    let (w, h) = ((sw / k).max(1), (sh / k).max(1));
    let c = r.channels as usize;
    let cols = (w * k).min(sw);
    // Sums of k×k boxes (fewer at the edges of a raster smaller than a box).
    let mut px = Vec::with_capacity(w * h);
    let mut sums = vec![0u32; w];
    let mut counts = vec![0u32; w];
    for y in 0..h {
        sums.iter_mut().for_each(|s| *s = 0);
        counts.iter_mut().for_each(|n| *n = 0);
        for yy in y * k..((y + 1) * k).min(sh) {
            let start = yy * sw * c;
            match r.data.get(start..start + cols * c) {
                Some(row) if c == 1 => {
                    for (sum, bx) in sums.iter_mut().zip(row.chunks(k)) {
                        *sum += bx.iter().map(|v| u32::from(*v)).sum::<u32>();
                    }
                }
                Some(row) if c >= 3 => {
                    for (sum, bx) in sums.iter_mut().zip(row.chunks(k * c)) {
                        *sum += bx
                            .chunks_exact(c)
                            .map(|p| u32::from(luma(p[0], p[1], p[2])))
                            .sum::<u32>();
                    }
                }
                // A short or two-channel raster: paper where data is missing.
                _ => {
                    for xx in 0..cols {
                        let i = (yy * sw + xx) * c;
                        sums[xx / k] += match r.data.get(i..i + c) {
                            Some([v, ..]) if c < 3 => u32::from(*v),
                            Some([a, b, d, ..]) => u32::from(luma(*a, *b, *d)),
                            _ => 255,
                        };
                    }
                }
            }
            for (xx, n) in counts.iter_mut().enumerate() {
                let lo = xx * k;
                *n += (lo + k).min(cols).saturating_sub(lo) as u32;
            }
        }
        px.extend(
            sums.iter()
                .zip(&counts)
                .map(|(s, n)| (s / (*n).max(1)) as u8),
        );
    }
    let mut hist = [0usize; 256];
    for v in &px {
        hist[*v as usize] += 1;
    }
    let (mut seen, mut paper) = (0, 255u8);
    for (v, n) in hist.iter().enumerate() {
        seen += n;
        if seen * 2 >= px.len() {
            paper = v as u8;
            break;
        }
    }
    let ink = paper.saturating_sub(INK_BELOW_PAPER);
    Gray { w, h, px, ink }
}

/// A 3×3 box blur (edges copied): sums of three along rows, then of three
/// row sums down columns.
fn blurred(g: &Gray) -> Gray {
    let (w, h) = (g.w, g.h);
    let mut px = g.px.clone();
    if w < 3 || h < 3 {
        return Gray { px, ..*g };
    }
    let mut rows = vec![0u16; w * h];
    for (src, dst) in g.px.chunks_exact(w).zip(rows.chunks_exact_mut(w)) {
        for x in 1..w - 1 {
            dst[x] = u16::from(src[x - 1]) + u16::from(src[x]) + u16::from(src[x + 1]);
        }
    }
    for y in 1..h - 1 {
        let (a, b, c) = (
            &rows[(y - 1) * w..y * w],
            &rows[y * w..(y + 1) * w],
            &rows[(y + 1) * w..(y + 2) * w],
        );
        let out = &mut px[y * w..(y + 1) * w];
        for x in 1..w - 1 {
            out[x] = ((u32::from(a[x]) + u32::from(b[x]) + u32::from(c[x])) / 9) as u8;
        }
    }
    Gray { px, ..*g }
}

/// Ink, and ink grown by 1 and 2 pixels (a point "near ink" in one lookup).
struct InkMasks {
    w: usize,
    h: usize,
    ink: Vec<bool>,
    near: Vec<bool>,
    wide: Vec<bool>,
}

impl InkMasks {
    fn new(g: &Gray) -> InkMasks {
        let ink: Vec<bool> = g.px.iter().map(|&v| v < g.ink).collect();
        let near = grown(&ink, g.w, g.h, 1);
        let wide = grown(&near, g.w, g.h, 1);
        InkMasks {
            w: g.w,
            h: g.h,
            ink,
            near,
            wide,
        }
    }

    fn at(&self, mask: &[bool], x: f64, y: f64) -> bool {
        let (x, y) = (x + 0.5, y + 0.5);
        if x < 0.0 || y < 0.0 || x as usize >= self.w || y as usize >= self.h {
            return false;
        }
        mask.get(y as usize * self.w + x as usize)
            .copied()
            .unwrap_or(false)
    }
}

/// A mask grown by `by` pixels in every direction (a square), in two passes
/// of running counts over the window.
fn grown(mask: &[bool], w: usize, h: usize, by: usize) -> Vec<bool> {
    // Along rows: the count of set pixels in [x - by, x + by].
    let mut rows = vec![false; w * h];
    for (src, dst) in mask.chunks_exact(w).zip(rows.chunks_exact_mut(w)) {
        let mut n = src[..by.min(w)].iter().filter(|m| **m).count();
        for x in 0..w {
            if x + by < w && src[x + by] {
                n += 1;
            }
            if x > by && src[x - by - 1] {
                n -= 1;
            }
            dst[x] = n > 0;
        }
    }
    // Down columns, a row at a time.
    let mut out = vec![false; w * h];
    let mut n = vec![0u32; w];
    for r in rows.chunks_exact(w).take(by.min(h)) {
        for (c, m) in n.iter_mut().zip(r) {
            *c += u32::from(*m);
        }
    }
    for y in 0..h {
        if y + by < h {
            for (c, m) in n.iter_mut().zip(&rows[(y + by) * w..(y + by + 1) * w]) {
                *c += u32::from(*m);
            }
        }
        if y > by {
            for (c, m) in n.iter_mut().zip(&rows[(y - by - 1) * w..(y - by) * w]) {
                *c -= u32::from(*m);
            }
        }
        for (o, c) in out[y * w..(y + 1) * w].iter_mut().zip(&n) {
            *o = *c > 0;
        }
    }
    out
}

/// Hough votes: every strong edge of ink votes, at each radius, for the
/// points that lie that far along and against its gradient.
fn votes(g: &Gray, rmin: usize, rmax: usize) -> Vec<u32> {
    let (w, h) = (g.w, g.h);
    let mut acc = vec![0u32; w * h];
    let p = |x: usize, y: usize| i32::from(g.px[y * w + x]);
    for y in 1..h - 1 {
        // Every other edge pixel (a checkerboard: x + y even) is enough to
        // find a border's centre, at half the cost.
        for x in (1 + (y + 1) % 2..w - 1).step_by(2) {
            let gx = p(x + 1, y - 1) + 2 * p(x + 1, y) + p(x + 1, y + 1)
                - p(x - 1, y - 1)
                - 2 * p(x - 1, y)
                - p(x - 1, y + 1);
            let gy = p(x - 1, y + 1) + 2 * p(x, y + 1) + p(x + 1, y + 1)
                - p(x - 1, y - 1)
                - 2 * p(x, y - 1)
                - p(x + 1, y - 1);
            if gx.abs() + gy.abs() < EDGE {
                continue;
            }
            // Only edges of ink: the darker side is ink.
            if p(x, y)
                .min(p(x - 1, y))
                .min(p(x + 1, y))
                .min(p(x, y - 1))
                .min(p(x, y + 1))
                >= i32::from(g.ink)
            {
                continue;
            }
            let n = f64::from(gx).hypot(f64::from(gy));
            let (ux, uy) = (f64::from(gx) / n, f64::from(gy) / n);
            // The outer edge of a dark ring is lighter outside (its gradient
            // points away from the centre), the inner edge lighter inside.
            for rad in rmin..=rmax {
                let (dx, dy) = (rad as f64 * ux, rad as f64 * uy);
                for (cx, cy) in [
                    (x as f64 - dx, y as f64 - dy),
                    (x as f64 + dx, y as f64 + dy),
                ] {
                    let (cx, cy) = (cx + 0.5, cy + 0.5);
                    if cx >= 0.0 && cy >= 0.0 && (cx as usize) < w && (cy as usize) < h {
                        acc[cy as usize * w + cx as usize] += 1;
                    }
                }
            }
        }
    }
    acc
}

/// The best voted centres (3×3 sums, local maxima), strongest first, at least
/// `rmin` apart.
fn peaks(acc: &[u32], w: usize, h: usize, rmin: usize) -> Vec<(usize, usize)> {
    let mut sum = vec![0u32; w * h];
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let mut s = 0;
            for dy in 0..3 {
                for dx in 0..3 {
                    s += acc[(y + dy - 1) * w + x + dx - 1];
                }
            }
            sum[y * w + x] = s;
        }
    }
    // A whole border of the smallest seal casts about 2π·rmin votes per edge
    // (half that from the checkerboard of voters); a centre with fewer than
    // half of one edge's is no circle.
    let floor = (std::f64::consts::PI * rmin as f64 / 2.0) as u32;
    let mut cand: Vec<(u32, usize, usize)> = Vec::new();
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let v = sum[y * w + x];
            if v < floor {
                continue;
            }
            let is_max = (y - 1..=y + 1).all(|yy| (x - 1..=x + 1).all(|xx| sum[yy * w + xx] <= v));
            if is_max {
                cand.push((v, x, y));
            }
        }
    }
    cand.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)).then(a.1.cmp(&b.1)));
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (_, x, y) in cand {
        if out.len() >= CANDIDATES {
            break;
        }
        let near = out.iter().any(|&(ox, oy)| {
            (ox as f64 - x as f64).hypot(oy as f64 - y as f64) < rmin as f64 / 2.0
        });
        if !near {
            out.push((x, y));
        }
    }
    out
}

/// Unit directions round a circle.
fn directions(n: usize) -> Vec<(f64, f64)> {
    (0..n)
        .map(|a| {
            let t = a as f64 * std::f64::consts::TAU / n as f64;
            (t.cos(), t.sin())
        })
        .collect()
}

/// A border round a candidate centre. A coarse search (centre within a few
/// pixels, circles, few directions, a wide band) finds the circle with ink
/// in the most directions; a fine one fits an axis-aligned ellipse there (a
/// round seal a scanner stretched, an oval seal) with a narrow band. Kept
/// when ink lies on the border in nearly every direction and the inside is
/// not solid ink. Returns centre and radii `(x, y, rx, ry)`.
fn confirm(masks: &InkMasks, cx: usize, cy: usize, rmin: usize, rmax: usize) -> Option<[f64; 4]> {
    // Directions (of `dirs`) in which ink lies near the ellipse: within the
    // mask's dilation of the point on it.
    let hits = |dirs: &[(f64, f64)], mask: &[bool], [x, y, rx, ry]: [f64; 4]| {
        dirs.iter()
            .filter(|(c, s)| masks.at(mask, x + rx * c, y + ry * s))
            .count()
    };
    let ink = |x: f64, y: f64| masks.at(&masks.ink, x, y);
    let coarse = directions(60);
    // Coarse circles stop counting once too many directions miss (most
    // candidates on a page of text are no circle at all).
    let allowed_misses = coarse.len() - (COARSE_COVER * coarse.len() as f64).ceil() as usize;
    let coarse_hits = |[x, y, r, _]: [f64; 4]| {
        let mut misses = 0;
        for (c, s) in &coarse {
            if !masks.at(&masks.wide, x + r * c, y + r * s) {
                misses += 1;
                if misses > allowed_misses {
                    return 0;
                }
            }
        }
        coarse.len() - misses
    };
    let mut best: Option<(usize, [f64; 4])> = None;
    for dy in (-COARSE_SHIFT..=COARSE_SHIFT).step_by(2) {
        for dx in (-COARSE_SHIFT..=COARSE_SHIFT).step_by(2) {
            let (x, y) = (cx as f64 + f64::from(dx), cy as f64 + f64::from(dy));
            for rad in (rmin..=rmax).step_by(2) {
                let e = [x, y, rad as f64, rad as f64];
                let n = coarse_hits(e);
                if best.is_none_or(|b| n > b.0) {
                    best = Some((n, e));
                }
            }
        }
    }
    let (n, [x0, y0, r0, _]) = best?;
    if (n as f64) < COARSE_COVER * coarse.len() as f64 {
        return None;
    }
    // Fine, in stages: the circle's centre, then the ellipse's radii there,
    // then both nudged by a pixel.
    let fine = directions(ANGLES);
    let best_of = |cands: &mut dyn Iterator<Item = [f64; 4]>| {
        cands
            .filter(|e| e[2].min(e[3]) >= rmin as f64 && e[2].max(e[3]) <= rmax as f64)
            .map(|e| (hits(&fine, &masks.near, e), e))
            .fold(None, |b: Option<(usize, [f64; 4])>, c| match b {
                Some(b) if b.0 >= c.0 => Some(b),
                _ => Some(c),
            })
    };
    let around = |v: f64, by: i32| (-by..=by).map(move |d| v + f64::from(d));
    let (_, [x1, y1, r1, _]) =
        best_of(&mut around(y0, 2).flat_map(|y| {
            around(x0, 2).flat_map(move |x| around(r0, 3).map(move |r| [x, y, r, r]))
        }))?;
    let (_, [_, _, rx2, ry2]) =
        best_of(&mut around(r1, 6).flat_map(|rx| around(r1, 6).map(move |ry| [x1, y1, rx, ry])))?;
    let best = best_of(&mut around(y1, 1).flat_map(|y| {
        around(x1, 1).flat_map(move |x| {
            around(rx2, 1).flat_map(move |rx| around(ry2, 1).map(move |ry| [x, y, rx, ry]))
        })
    }));
    let (n, e) = best?;
    if (n as f64) < RING_COVER * ANGLES as f64 {
        return None;
    }
    // Inside: a seal holds its name along the rim and a star or a line in
    // the middle, with paper between.
    let [x, y, rx, ry] = e;
    let (mut inner, mut total) = (0usize, 0usize);
    for f in [0.35, 0.45, 0.55] {
        for (c, s) in &fine {
            total += 1;
            inner += usize::from(ink(x + rx * f * c, y + ry * f * s));
        }
    }
    if inner as f64 > MAX_INNER_INK * total as f64 {
        return None;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A white gray raster with ink of `level` where `paint` says.
    fn raster(w: u32, h: u32, level: u8, paint: impl Fn(f64, f64) -> bool) -> Raster {
        let mut r = Raster::white(w, h, 1);
        for y in 0..h {
            for x in 0..w {
                if paint(x as f64, y as f64) {
                    r.data[y as usize * w as usize + x as usize] = level;
                }
            }
        }
        r
    }

    fn ring(cx: f64, cy: f64, r0: f64, r1: f64) -> impl Fn(f64, f64) -> bool {
        move |x, y| (r0..r1).contains(&(x - cx).hypot(y - cy))
    }

    #[test]
    fn a_gray_ring_is_a_seal() {
        // 2 px per point: a 120 pt seal (radius 120 px), 6 px border, gray 120.
        let r = raster(700, 700, 120, ring(350.0, 340.0, 114.0, 120.0));
        let found = in_gray_px(&r, 2.0);
        assert_eq!(found.len(), 1, "{found:?}");
        let [x0, y0, x1, y1] = found[0];
        assert!(
            (x1 - x0).abs_diff(250) < 20 && (y1 - y0).abs_diff(250) < 20,
            "{found:?}"
        );
        assert!(x0.abs_diff(225) < 20 && y0.abs_diff(215) < 20, "{found:?}");
    }

    #[test]
    fn a_ring_broken_by_a_gap_or_a_filled_disc_is_not() {
        // A ring with a quarter missing (a C, a bracket drawn round).
        let c = raster(600, 600, 60, |x, y| {
            ring(300.0, 300.0, 100.0, 106.0)(x, y) && !(x > 300.0 && y > 300.0)
        });
        assert!(in_gray_px(&c, 2.0).is_empty());
        // A filled disc (a photo's dark blob).
        let d = raster(600, 600, 40, ring(300.0, 300.0, 0.0, 106.0));
        assert!(in_gray_px(&d, 2.0).is_empty());
    }

    #[test]
    fn text_lines_and_tables_are_not_rings() {
        // Lines of "text" (dense strokes in 12 pt bands every 20 pt) and a
        // table grid: ink in many directions round many circles, never all.
        let text = raster(1200, 1600, 20, |x, y| {
            let band = (y / 2.0) % 20.0 < 12.0;
            band && (x as i64 % 9 < 3 || (y as i64 % 7) < 2)
        });
        assert!(in_gray_px(&text, 2.0).is_empty());
        let grid = raster(1200, 1200, 0, |x, y| x as i64 % 80 < 3 || y as i64 % 60 < 3);
        assert!(in_gray_px(&grid, 2.0).is_empty());
    }

    #[test]
    fn colour_is_told_from_gray() {
        let gray = Raster::white(50, 50, 3);
        assert!(is_colourless(&gray));
        let mut red = Raster::white(50, 50, 3);
        for p in red.data.chunks_exact_mut(3).take(600) {
            p.copy_from_slice(&[200, 30, 30]);
        }
        assert!(!is_colourless(&red));
    }
}
