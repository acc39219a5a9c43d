//! The text-quality signal: per page, how much text there is and what it is
//! made of, and a flag saying whether it can be trusted. Scans and text drawn as
//! outlines have images or paths but no text (`no_text_layer`); broken
//! ToUnicode maps give unmapped codes, private-use or Latin-1 mojibake
//! (`unreliable_text`). The rule engine must not treat such a page as read.

use serde::Serialize;

/// What a page's text can be trusted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageFlag {
    /// Readable text.
    Ok,
    /// Nothing on the page (no text, no images).
    Empty,
    /// Images or drawings but (almost) no text: a scan or outlined text. Needs OCR.
    NoTextLayer,
    /// Text is there but much of it is unmapped or garbage.
    UnreliableText,
}

/// Composition of a page's text.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct PageQuality {
    /// Non-whitespace characters.
    pub chars: u32,
    /// Shares of `chars` (0..=1), rounded to 3 decimals.
    pub han: f32,
    pub ascii: f32,
    pub cjk_punct: f32,
    /// Share of unmapped, private-use, control and mojibake-like characters.
    pub suspicious: f32,
    /// Images drawn on the page.
    pub images: u32,
    pub flag: PageFlag,
    /// The text was read by OCR, with this mean confidence (0–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<f32>,
    /// Most of the text is painted invisibly over an image: an OCR layer a
    /// scanner or the applicant made, which may misread like ours.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ocr_layer: bool,
}

impl PageQuality {
    /// The text was read by OCR: ours, or a scan's own invisible layer.
    pub fn by_ocr(&self) -> bool {
        self.ocr.is_some() || self.ocr_layer
    }
}

/// Below this many readable characters a page with images counts as a scan.
const MIN_TEXT_CHARS: u32 = 8;
/// Above this share of suspicious characters the text is unreliable.
const MAX_SUSPICIOUS: f32 = 0.25;

/// A Chinese character (CJK unified ideographs and their extensions).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF65 | 0xFE30..=0xFE4F | 0x2018..=0x201F | 0x2026)
}

fn is_suspicious(c: char) -> bool {
    matches!(c as u32,
        0xFFFD | 0xE000..=0xF8FF | 0xF0000.. | 0x00..=0x08 | 0x0B..=0x1F | 0x7F..=0x9F
        // Latin-1 letters and Latin Extended: GBK bytes read as Latin-1 look like this.
        | 0xC0..=0xFF | 0x100..=0x24F)
}

fn share(n: u32, total: u32) -> f32 {
    if total == 0 {
        0.0
    } else {
        ((n as f64 / total as f64) * 1000.0).round() as f32 / 1000.0
    }
}

/// Measures a page. `images`/`image_cover` and `drawn_paths` come from the
/// interpreter; for formats without pages pass zeros.
pub fn assess(text: &str, images: u32, image_cover: f64, drawn_paths: u32) -> PageQuality {
    let (mut chars, mut han, mut ascii, mut punct, mut bad) = (0u32, 0u32, 0u32, 0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        chars += 1;
        if is_han(c) {
            han += 1;
        } else if c.is_ascii() {
            ascii += 1;
        } else if is_cjk_punct(c) {
            punct += 1;
        }
        if is_suspicious(c) {
            bad += 1;
        }
    }
    let readable = chars - bad;
    let suspicious = share(bad, chars);
    // Text that is there but unmapped (a run of U+FFFD from a font without a
    // usable encoding) is unreliable text, not a missing text layer, even
    // over an image.
    let flag = if chars >= MIN_TEXT_CHARS && suspicious > MAX_SUSPICIOUS {
        PageFlag::UnreliableText
    } else if readable < MIN_TEXT_CHARS && (images > 0 && image_cover > 0.2 || drawn_paths > 100) {
        PageFlag::NoTextLayer
    } else if chars == 0 {
        PageFlag::Empty
    } else if suspicious > MAX_SUSPICIOUS {
        PageFlag::UnreliableText
    } else {
        PageFlag::Ok
    };
    PageQuality {
        chars,
        han: share(han, chars),
        ascii: share(ascii, chars),
        cjk_punct: share(punct, chars),
        suspicious,
        images,
        flag,
        ocr: None,
        ocr_layer: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_text_is_ok() {
        let q = assess("上海市人力资源和社会保障局：兹推荐2025年度", 0, 0.0, 0);
        assert_eq!(q.flag, PageFlag::Ok);
        assert!(q.han > 0.6);
    }

    #[test]
    fn unmapped_text_over_an_image_is_unreliable_not_missing() {
        let unmapped = "\u{FFFD}".repeat(40);
        assert_eq!(assess(&unmapped, 1, 0.95, 0).flag, PageFlag::UnreliableText);
        assert_eq!(assess(&unmapped, 0, 0.0, 0).flag, PageFlag::UnreliableText);
        // A few stray unmapped codes on a scan: still a scan.
        assert_eq!(
            assess("\u{FFFD}\u{FFFD}", 1, 0.95, 0).flag,
            PageFlag::NoTextLayer
        );
    }

    #[test]
    fn scan_has_no_text_layer() {
        assert_eq!(assess("", 1, 0.95, 0).flag, PageFlag::NoTextLayer);
        assert_eq!(assess("", 0, 0.0, 800).flag, PageFlag::NoTextLayer);
        assert_eq!(assess("", 0, 0.0, 0).flag, PageFlag::Empty);
    }

    #[test]
    fn mojibake_is_unreliable() {
        // GBK bytes of 营业执照 read as Latin-1.
        assert_eq!(
            assess("ÓªÒµÖ´ÕÕ ÓªÒµÖ´ÕÕ", 0, 0.0, 0).flag,
            PageFlag::UnreliableText
        );
        assert_eq!(
            assess("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}ab", 0, 0.0, 0).flag,
            PageFlag::UnreliableText
        );
    }
}
