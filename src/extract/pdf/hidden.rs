//! Text a reader of the printed page cannot see: placed outside the crop
//! box, painted invisibly (render mode 3 or 7) where no image lies beneath,
//! painted white where neither an image nor a coloured area lies beneath, or
//! drawn smaller than a point. An applicant could hide keywords that way
//! (承诺书 in white on a site photo's page), so such glyphs are taken out of
//! the page's text before layout and reported instead.
//!
//! Invisible text over an image is an OCR layer (ocrmypdf, scanners' own
//! software, reportlab's render mode 3): it is the page's text and stays.

use serde::{Deserialize, Serialize};

use super::interp::{Glyph, PageGlyphs};
use crate::extract::quality::is_han;

/// How a glyph was hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HowHidden {
    OutsideCropBox,
    Tiny,
    Invisible,
    White,
}

impl HowHidden {
    /// In words for staff.
    pub fn label(self) -> &'static str {
        match self {
            HowHidden::OutsideCropBox => "位于页面可见区域（裁剪框）之外",
            HowHidden::Tiny => "字号小于 1 磅",
            HowHidden::Invisible => "以不可见方式绘制（下方没有扫描图像）",
            HowHidden::White => "白色文字（下方没有图像或色块）",
        }
    }
}

/// Hidden text found on one page, by how it was hidden.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HiddenText {
    pub how: HowHidden,
    /// Non-whitespace characters hidden this way.
    pub chars: usize,
    /// How many of them are Chinese characters (what a keyword is made of).
    pub han: usize,
    /// The first of them, in content order.
    pub sample: String,
}

/// Characters kept as a sample of hidden text.
const SAMPLE_CHARS: usize = 60;
/// Below this size (device points) a glyph cannot be read on paper.
const MIN_SIZE: f64 = 1.0;
/// Slack (points) around boxes: glyph centres are estimates.
const SLACK: f64 = 2.0;
/// Most backdrop boxes looked at per page (the biggest), so a hostile page
/// with thousands of images and glyphs stays linear.
const MAX_BACKDROPS: usize = 256;

fn inside(b: &[f64; 4], (x, y): (f64, f64), slack: f64) -> bool {
    x >= b[0] - slack && x <= b[2] + slack && y >= b[1] - slack && y <= b[3] + slack
}

/// The biggest boxes first, at most `MAX_BACKDROPS`.
fn biggest(boxes: impl Iterator<Item = [f64; 4]>) -> Vec<[f64; 4]> {
    let mut v: Vec<[f64; 4]> = boxes
        .filter(|b| b.iter().all(|v| v.is_finite()) && b[2] > b[0] && b[3] > b[1])
        .collect();
    v.sort_by(|a, b| {
        let area = |b: &[f64; 4]| (b[2] - b[0]) * (b[3] - b[1]);
        area(b).total_cmp(&area(a))
    });
    v.truncate(MAX_BACKDROPS);
    v
}

/// Wholly outside the crop box (as poppler, a glyph cut by the edge still
/// counts as shown). Across the line only when its position is known: a
/// font without widths is advanced by a guess, and a line's tail drifts
/// past the edge though it is printed.
fn outside(g: &Glyph, crop: &[f64; 4]) -> bool {
    let (x0, x1) = (g.x.min(g.x1), g.x.max(g.x1));
    let (y0, y1) = (g.y.min(g.y1), g.y.max(g.y1) + g.size);
    let across = !g.approx_x && (x1 < crop[0] - 1.0 || x0 > crop[2] + 1.0);
    across || y1 < crop[1] - 1.0 || y0 > crop[3] + 1.0
}

/// Roughly the middle of a glyph's box (device space).
fn centre(g: &Glyph) -> (f64, f64) {
    ((g.x + g.x1) / 2.0, (g.y + g.y1) / 2.0 + 0.35 * g.size)
}

/// Removes the glyphs nobody can see from `page` and says what they were.
/// `crop` is the page's crop box (default user space). Whitespace glyphs are
/// left alone: they carry nothing a rule could match.
pub fn remove_hidden(page: &mut PageGlyphs, crop: [f64; 4]) -> Vec<HiddenText> {
    let images = biggest(page.image_boxes.iter().copied());
    let backdrops = biggest(
        page.image_boxes
            .iter()
            .chain(page.dark_fills.iter())
            .copied(),
    );
    // A line that starts where it can be seen and runs off the page's edge
    // or off its scan's edge (a producer's overflow, an OCR layer a little
    // wider than its image) is not hiding anything: its tail stays, as
    // pdftotext keeps it. Text placed wholly outside is hidden.
    let placed = |g: &Glyph| -> Option<HowHidden> {
        if outside(g, &crop) {
            Some(HowHidden::OutsideCropBox)
        } else if g.invisible && !images.iter().any(|b| inside(b, centre(g), SLACK)) {
            Some(HowHidden::Invisible)
        } else {
            None
        }
    };
    let mut line: Option<(Glyph, bool)> = None;
    let mut how = |g: &Glyph, text: &str| -> Option<HowHidden> {
        let continues = line.is_some_and(|(last, _)| {
            (last.y - g.y).abs() < 0.3 * g.size.max(last.size) && g.x >= last.x - 0.1 * g.size
        });
        let by_place = placed(g);
        let starts_seen = if continues {
            line.is_some_and(|(_, seen)| seen)
        } else {
            by_place.is_none()
        };
        line = Some((*g, starts_seen));
        if text.chars().all(char::is_whitespace) {
            return None;
        }
        if by_place.is_some() && !starts_seen {
            by_place
        } else if g.size < MIN_SIZE && !g.approx_size {
            Some(HowHidden::Tiny)
        } else if g.white && !g.invisible && !backdrops.iter().any(|b| inside(b, centre(g), SLACK))
        {
            Some(HowHidden::White)
        } else {
            None
        }
    };
    let mut found: Vec<HiddenText> = Vec::new();
    let mut kept: Vec<Glyph> = Vec::with_capacity(page.glyphs.len());
    for g in &page.glyphs {
        let text = page.text_of(g);
        match how(g, text) {
            None => kept.push(*g),
            Some(h) => {
                let entry = match found.iter_mut().position(|f| f.how == h) {
                    Some(i) => &mut found[i],
                    None => {
                        found.push(HiddenText {
                            how: h,
                            chars: 0,
                            han: 0,
                            sample: String::new(),
                        });
                        let last = found.len() - 1;
                        &mut found[last]
                    }
                };
                let visible: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
                entry.chars += visible.len();
                entry.han += visible.iter().filter(|c| is_han(**c)).count();
                let room = SAMPLE_CHARS.saturating_sub(entry.sample.chars().count());
                entry.sample.extend(visible.into_iter().take(room));
            }
        }
    }
    if !found.is_empty() {
        page.glyphs = kept;
        found.sort_by_key(|f| f.how);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(items: &[(&str, f64, f64, f64, bool, bool)]) -> PageGlyphs {
        let mut p = PageGlyphs::default();
        for &(t, x, y, size, invisible, white) in items {
            let start = p.text.len() as u32;
            p.text.push_str(t);
            p.glyphs.push(Glyph {
                start,
                len: t.len() as u32,
                x,
                y,
                x1: x + size,
                y1: y,
                size,
                unmapped: false,
                invisible,
                white,
                approx_x: false,
                approx_size: false,
            });
        }
        p
    }

    const A4: [f64; 4] = [0.0, 0.0, 595.0, 842.0];

    #[test]
    fn visible_text_stays() {
        let mut p = page(&[("承", 100.0, 700.0, 12.0, false, false)]);
        assert!(remove_hidden(&mut p, A4).is_empty());
        assert_eq!(p.glyphs.len(), 1);
    }

    #[test]
    fn each_way_of_hiding_is_named_and_removed() {
        let mut p = page(&[
            ("诺", 700.0, 700.0, 12.0, false, false),
            ("书", 100.0, 700.0, 0.5, false, false),
            ("承", 100.0, 600.0, 12.0, true, false),
            ("廉", 100.0, 500.0, 12.0, false, true),
            ("洁", 100.0, 400.0, 12.0, false, false),
            (" ", 100.0, 300.0, 12.0, false, true),
        ]);
        let found = remove_hidden(&mut p, A4);
        let hows: Vec<HowHidden> = found.iter().map(|f| f.how).collect();
        assert_eq!(
            hows,
            [
                HowHidden::OutsideCropBox,
                HowHidden::Tiny,
                HowHidden::Invisible,
                HowHidden::White
            ]
        );
        let kept: String = p.glyphs.iter().map(|g| p.text_of(g)).collect();
        assert_eq!(kept, "洁 ");
    }

    #[test]
    fn a_line_running_off_the_edge_keeps_its_tail() {
        let mut p = page(&[
            ("廉", 560.0, 700.0, 12.0, false, false),
            ("洁", 572.0, 700.0, 12.0, false, false),
            ("承", 584.0, 700.0, 12.0, false, false),
            ("诺", 596.0, 700.0, 12.0, false, false),
            ("：", 608.0, 700.0, 12.0, false, false),
            // The next line starts outside: hidden.
            ("藏", 620.0, 680.0, 12.0, false, false),
        ]);
        let found = remove_hidden(&mut p, A4);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].sample, "藏");
        assert_eq!(p.glyphs.len(), 5);
    }

    #[test]
    fn an_ocr_layer_over_a_scan_stays() {
        let mut p = page(&[("营", 100.0, 700.0, 12.0, true, false)]);
        p.image_boxes.push(A4);
        assert!(remove_hidden(&mut p, A4).is_empty());
        assert_eq!(p.glyphs.len(), 1);
    }

    #[test]
    fn white_text_on_a_coloured_header_stays() {
        let mut p = page(&[("表", 100.0, 700.0, 12.0, false, true)]);
        p.dark_fills.push([90.0, 690.0, 300.0, 720.0]);
        assert!(remove_hidden(&mut p, A4).is_empty());
        // A coloured box elsewhere does not make it visible.
        let mut p = page(&[("表", 100.0, 500.0, 12.0, false, true)]);
        p.dark_fills.push([90.0, 690.0, 300.0, 720.0]);
        assert_eq!(remove_hidden(&mut p, A4).len(), 1);
    }

    #[test]
    fn samples_are_bounded_and_counts_complete() {
        let items: Vec<(&str, f64, f64, f64, bool, bool)> = (0..200)
            .map(|i| ("字", 100.0 + i as f64, 700.0, 0.2, false, false))
            .collect();
        let mut p = page(&items);
        let found = remove_hidden(&mut p, A4);
        assert_eq!(found[0].chars, 200);
        assert_eq!(found[0].sample.chars().count(), SAMPLE_CHARS);
        assert!(p.glyphs.is_empty());
    }
}
