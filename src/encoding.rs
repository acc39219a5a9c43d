//! Guessing the encoding of bytes that do not declare one, shared by the
//! unpack stage (zip entry names) and plain-text extraction: strict decoding
//! (no replacement characters) and one statistical detector (chardetng) over
//! one or several pieces of text.

use chardetng::{EncodingDetector, Iso2022JpDetection};
use encoding_rs::Encoding;

pub use chardetng::Utf8Detection;

/// Decodes `bytes` with `encoding`, or `None` on a malformed sequence or a
/// character no file name holds: a control character, or a private-use one
/// (GB18030 maps byte pairs unassigned in GBK, such as most Big5, there).
pub fn strict(encoding: &'static Encoding, bytes: &[u8]) -> Option<String> {
    let s = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    if s.chars().any(|c| c.is_control() || is_private_use(c)) {
        return None;
    }
    Some(s.into_owned())
}

fn is_private_use(c: char) -> bool {
    matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

/// chardetng's guess over `pieces` (names of one archive, or one text), fed
/// with a separator between them that cannot extend a multi-byte sequence.
pub fn detect(pieces: &[&[u8]], utf8: Utf8Detection) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    for p in pieces {
        detector.feed(p, false);
        detector.feed(b"\n", false);
    }
    detector.feed(b"", true);
    detector.guess(None, utf8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{GB18030, UTF_8};

    #[test]
    fn strict_refuses_malformed_and_control_bytes() {
        assert_eq!(strict(UTF_8, "目录".as_bytes()).as_deref(), Some("目录"));
        assert!(strict(UTF_8, &[0xC4, 0x28]).is_none());
        assert!(strict(GB18030, b"a\x01b").is_none());
        assert!(strict(GB18030, b"a\nb").is_none());
    }

    #[test]
    fn detect_guesses_gbk_chinese() {
        let (gbk, _, _) = encoding_rs::GBK.encode("职业技能等级认定工作方案，承诺书和廉洁责任书");
        let guess = detect(&[&gbk], Utf8Detection::Allow);
        assert!(
            guess == encoding_rs::GBK || guess == GB18030,
            "{}",
            guess.name()
        );
    }
}
