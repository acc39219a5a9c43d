//! Seal (公章) detection: a red, roughly round stamp, 1–8 cm across.
//!
//! In pixels (a scan, a photo, a seal image pasted into a document): the
//! seal-red pixels are grouped into blobs on a grid of 2-point cells; a blob
//! of the right size and shape whose red runs round its rim (a ring or an
//! oval border, not a line of red title text, a rule or a square box) is a
//! seal. In vector drawings (a seal drawn by the producer): a red-painted
//! path with curves, round or oval, of a seal's size.

use serde::{Deserialize, Serialize};

use super::raster::Raster;

mod ring;
use ring::{in_gray_px, is_colourless};

/// Smallest and largest seal side, in points (1 cm, 8 cm).
const MIN_SIDE_PT: f64 = 28.0;
const MAX_SIDE_PT: f64 = 230.0;
/// Longest side over shortest: round seals are 1, oval ones up to about 1.6.
const MAX_ASPECT: f64 = 1.8;
/// Grid cell side in points.
const CELL_PT: f64 = 2.0;
/// Share of a cell's pixels that must be red for the cell to count.
const CELL_RED: f64 = 0.06;
/// Angular sectors of the rim, and the share that must show red.
const SECTORS: usize = 24;
const RIM_SHARE: f64 = 0.7;

/// A seal found on a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seal {
    /// 1-based page.
    pub page: usize,
    /// Bounding box in PDF points (origin bottom-left), or in pixels of the
    /// image for an image file.
    pub bbox: [f32; 4],
    /// `image` (red pixels), `vector` (a red drawn path) or `gray_image`
    /// (a round border on a colourless scan).
    pub source: SealSource,
    /// The page text printed beneath the seal, when the page has a text
    /// layer (a stamp over its issuer's name, or over nothing).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub over: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SealSource {
    /// Red pixels of an image.
    Image,
    /// A red drawn path.
    Vector,
    /// A round border on a page without colour (a grayscale or
    /// black-and-white scan): a stamp whose colour cannot be seen.
    GrayImage,
}

/// Where pixels lie on the page: `px_per_pt` and the page point of a pixel.
pub struct Placement<'a> {
    pub px_per_pt: f64,
    pub to_page: &'a dyn Fn(f64, f64) -> (f64, f64),
}

/// Seals in the pixels of a page or an image file: red stamps, or on a
/// raster without colour (where a stamp is gray or black), round borders.
/// Pixel boxes `[x0, y0, x1, y1)` from the top left, with their source.
pub fn in_page_px(r: &Raster, px_per_pt: f64) -> Vec<([usize; 4], SealSource)> {
    let red = in_raster_px(r, px_per_pt);
    if !red.is_empty() || !is_colourless(r) {
        return red.into_iter().map(|b| (b, SealSource::Image)).collect();
    }
    in_gray_px(r, px_per_pt)
        .into_iter()
        .map(|b| (b, SealSource::GrayImage))
        .collect()
}

/// Red seal boxes among found seals (the pixels colour dropout may clear).
pub fn red_boxes(found: &[([usize; 4], SealSource)]) -> Vec<[usize; 4]> {
    found
        .iter()
        .filter(|(_, s)| *s == SealSource::Image)
        .map(|(b, _)| *b)
        .collect()
}

/// Seals among the red pixels of `r`: bounding boxes in page space.
pub fn in_raster(r: &Raster, at: &Placement) -> Vec<[f64; 4]> {
    in_raster_px(r, at.px_per_pt)
        .into_iter()
        .map(|b| page_box(b, at.to_page))
        .collect()
}

/// A pixel box's bounding box in page space.
pub fn page_box(
    [px0, py0, px1, py1]: [usize; 4],
    to_page: &dyn Fn(f64, f64) -> (f64, f64),
) -> [f64; 4] {
    let corners =
        [(px0, py0), (px1, py0), (px0, py1), (px1, py1)].map(|(x, y)| to_page(x as f64, y as f64));
    let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for (x, y) in corners {
        bbox = [
            bbox[0].min(x),
            bbox[1].min(y),
            bbox[2].max(x),
            bbox[3].max(y),
        ];
    }
    bbox
}

/// Seals among the red pixels of `r`: bounding boxes in pixels
/// `[x0, y0, x1, y1)` from the top left.
pub fn in_raster_px(r: &Raster, px_per_pt: f64) -> Vec<[usize; 4]> {
    let mask = r.red_mask();
    if mask.is_empty() {
        return Vec::new();
    }
    let (w, h) = (r.width as usize, r.height as usize);
    let cell = (px_per_pt * CELL_PT).round().max(1.0) as usize;
    let (gw, gh) = (w.div_ceil(cell), h.div_ceil(cell));
    // Red cells.
    let mut counts = vec![0u32; gw * gh];
    for (i, _) in mask.iter().enumerate().filter(|(_, m)| **m) {
        let (x, y) = (i % w, i / w);
        counts[(y / cell) * gw + x / cell] += 1;
    }
    let need = ((cell * cell) as f64 * CELL_RED).max(1.0) as u32;
    let red: Vec<bool> = counts.iter().map(|&c| c >= need).collect();
    if !red.iter().any(|r| *r) {
        return Vec::new();
    }
    // Blobs: red cells joined across gaps of one cell (the letters and the
    // ring of a seal are one blob).
    let mut label = vec![usize::MAX; gw * gh];
    let mut out = Vec::new();
    for start in 0..red.len() {
        if !red[start] || label[start] != usize::MAX {
            continue;
        }
        let mut stack = vec![start];
        label[start] = start;
        let (mut x0, mut y0, mut x1, mut y1) = (gw, gh, 0, 0);
        while let Some(i) = stack.pop() {
            let (x, y) = (i % gw, i / gw);
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
            for ny in y.saturating_sub(2)..=(y + 2).min(gh - 1) {
                for nx in x.saturating_sub(2)..=(x + 2).min(gw - 1) {
                    let j = ny * gw + nx;
                    if red[j] && label[j] == usize::MAX {
                        label[j] = start;
                        stack.push(j);
                    }
                }
            }
        }
        let side = |a: usize, b: usize| ((b - a + 1) * cell) as f64 / px_per_pt;
        let (bw, bh) = (side(x0, x1), side(y0, y1));
        let (lo, hi) = (bw.min(bh), bw.max(bh));
        if lo < MIN_SIDE_PT || hi > MAX_SIDE_PT || hi / lo > MAX_ASPECT {
            continue;
        }
        if !rim_is_red(&red, gw, (x0, y0, x1, y1)) {
            continue;
        }
        out.push([
            x0 * cell,
            y0 * cell,
            ((x1 + 1) * cell).min(w),
            ((y1 + 1) * cell).min(h),
        ]);
    }
    out
}

/// Whether red runs round the rim of the ellipse inscribed in the blob's box:
/// in most angular sectors some red cell lies in the outer band.
fn rim_is_red(red: &[bool], gw: usize, (x0, y0, x1, y1): (usize, usize, usize, usize)) -> bool {
    let (cx, cy) = ((x0 + x1) as f64 / 2.0, (y0 + y1) as f64 / 2.0);
    let (rx, ry) = (
        ((x1 - x0) as f64 / 2.0).max(1.0),
        ((y1 - y0) as f64 / 2.0).max(1.0),
    );
    let mut hit = [false; SECTORS];
    for y in y0..=y1 {
        for x in x0..=x1 {
            if !red[y * gw + x] {
                continue;
            }
            let (dx, dy) = ((x as f64 - cx) / rx, (y as f64 - cy) / ry);
            let r = (dx * dx + dy * dy).sqrt();
            if !(0.7..=1.08).contains(&r) {
                continue;
            }
            let angle = dy.atan2(dx).rem_euclid(std::f64::consts::TAU);
            let s = ((angle / std::f64::consts::TAU) * SECTORS as f64) as usize;
            hit[s.min(SECTORS - 1)] = true;
        }
    }
    hit.iter().filter(|h| **h).count() as f64 >= RIM_SHARE * SECTORS as f64
}

/// Seals among red vector paths: curved and closed (an outline, not an open
/// pen stroke such as a signature), round or oval, a seal's size.
/// Nested shapes (a ring, the star inside it) give one seal. A solid red
/// disc is not a rim.
pub fn in_vectors(shapes: &[super::pdf::RedShape]) -> Vec<[f64; 4]> {
    let mut out: Vec<[f64; 4]> = Vec::new();
    for s in shapes.iter().filter(|s| s.curved && s.closed && !s.solid) {
        let [x0, y0, x1, y1] = s.bbox;
        let (w, h) = (x1 - x0, y1 - y0);
        let (lo, hi) = (w.min(h), w.max(h));
        if lo < MIN_SIDE_PT || hi > MAX_SIDE_PT || hi / lo > MAX_ASPECT {
            continue;
        }
        let inside = |o: &[f64; 4], b: &[f64; 4]| {
            b[0] >= o[0] - 2.0 && b[1] >= o[1] - 2.0 && b[2] <= o[2] + 2.0 && b[3] <= o[3] + 2.0
        };
        if out.iter().any(|o| inside(o, &s.bbox)) {
            continue;
        }
        out.retain(|o| !inside(&s.bbox, o));
        out.push(s.bbox);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A white RGB raster at 2 px per point with red drawn by `paint`.
    fn raster(w: u32, h: u32, paint: impl Fn(f64, f64) -> bool) -> Raster {
        let mut r = Raster::white(w, h, 3);
        for y in 0..h {
            for x in 0..w {
                if paint(x as f64, y as f64) {
                    let i = (y as usize * w as usize + x as usize) * 3;
                    r.data[i..i + 3].copy_from_slice(&[210, 40, 40]);
                }
            }
        }
        r
    }

    fn found(r: &Raster) -> Vec<[f64; 4]> {
        let to_page = |x: f64, y: f64| (x / 2.0, (r.height as f64 - y) / 2.0);
        in_raster(
            r,
            &Placement {
                px_per_pt: 2.0,
                to_page: &to_page,
            },
        )
    }

    #[test]
    fn a_ring_is_a_seal() {
        // A 120 pt ring (240 px), 6 px thick, centred at (300, 300) px.
        let r = raster(600, 600, |x, y| {
            let d = ((x - 300.0).powi(2) + (y - 300.0).powi(2)).sqrt();
            (114.0..120.0).contains(&d)
        });
        let seals = found(&r);
        assert_eq!(seals.len(), 1, "{seals:?}");
        let [x0, _, x1, _] = seals[0];
        assert!((x1 - x0 - 120.0).abs() < 8.0);
    }

    #[test]
    fn an_oval_is_a_seal() {
        let r = raster(600, 400, |x, y| {
            let d = (((x - 300.0) / 150.0).powi(2) + ((y - 200.0) / 100.0).powi(2)).sqrt();
            (0.96..1.0).contains(&d)
        });
        assert_eq!(found(&r).len(), 1);
    }

    #[test]
    fn red_rules_boxes_and_title_bars_are_not() {
        // A red horizontal rule and a wide red title bar.
        let r = raster(1000, 400, |x, y| {
            (50.0..950.0).contains(&x)
                && ((100.0..104.0).contains(&y)
                    || (200.0..260.0).contains(&y) && (x as i64 / 40) % 2 == 0)
        });
        assert!(found(&r).is_empty());
        // A square box stamp (已审核): its border misses the rim at the corners.
        let r = raster(400, 400, |x, y| {
            let inside = (100.0..300.0).contains(&x) && (100.0..300.0).contains(&y);
            let border = !((106.0..294.0).contains(&x) && (106.0..294.0).contains(&y));
            inside && border
        });
        assert!(found(&r).is_empty());
    }

    #[test]
    fn gray_rasters_have_no_seal() {
        let r = Raster::white(100, 100, 1);
        assert!(found(&r).is_empty());
    }

    #[test]
    fn vector_ring_with_star_inside_is_one_seal() {
        use super::super::pdf::RedShape;
        let shapes = [
            RedShape {
                bbox: [100.0, 100.0, 220.0, 220.0],
                curved: true,
                closed: true,
                solid: false,
            },
            RedShape {
                bbox: [140.0, 140.0, 180.0, 180.0],
                curved: true,
                closed: true,
                solid: false,
            },
            // A signature: curved open strokes of a seal's size.
            RedShape {
                bbox: [300.0, 450.0, 345.0, 480.0],
                curved: true,
                closed: false,
                solid: false,
            },
            // A red rule of a 红头 letterhead.
            RedShape {
                bbox: [50.0, 700.0, 550.0, 702.0],
                curved: false,
                closed: true,
                solid: false,
            },
            // A red rectangle (re: no curves).
            RedShape {
                bbox: [300.0, 300.0, 400.0, 380.0],
                curved: false,
                closed: true,
                solid: false,
            },
            // A solid red disc (an emblem's red ground).
            RedShape {
                bbox: [400.0, 600.0, 440.0, 640.0],
                curved: true,
                closed: true,
                solid: true,
            },
        ];
        assert_eq!(in_vectors(&shapes), vec![[100.0, 100.0, 220.0, 220.0]]);
    }
}
