//! Decoding of plain-text attachments (`.txt` and the like) whose encoding is
//! not declared anywhere.
//!
//! Files submitted to the bureau come from Chinese Windows machines (GBK /
//! GB18030, "ANSI" in Notepad), from newer Notepad (UTF-8, with or without a
//! BOM) and occasionally as UTF-16 with a BOM ("Unicode" in Notepad). The order
//! of the checks in [`decode_text`] follows that: a byte-order mark wins, then
//! strict UTF-8, then strict GB18030, and only then chardetng's statistical
//! guess. This module does not detect UTF-16 *without* a BOM, UTF-32, or
//! binary files that are not text at all (they come out as replacement
//! characters); it never fails and never panics.

use crate::encoding::{Utf8Detection, detect};
use encoding_rs::{Encoding, GB18030, UTF_8};

/// Decodes the bytes of a plain text file and returns the text together with
/// the name of the encoding that was used (an `encoding_rs` name such as
/// `"UTF-8"`, `"UTF-16LE"`, `"UTF-16BE"`, `"gb18030"`, `"Big5"`).
///
/// Order of decisions:
/// 1. a UTF-8, UTF-16LE or UTF-16BE byte-order mark selects that encoding
///    (the BOM is removed; malformed sequences after it become U+FFFD);
/// 2. bytes that are valid UTF-8 are UTF-8;
/// 3. bytes that decode as GB18030 without a single error are GB18030
///    (note: most Big5 text also passes this test – in a mainland-Chinese
///    setting GB18030 is the better bet);
/// 4. otherwise chardetng's guess, decoded with U+FFFD for malformed bytes.
///
/// Line ends are normalised: CRLF and a lone CR become LF.
pub fn decode_text(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, _had_errors) = encoding.decode_without_bom_handling(rest);
        return (normalize_newlines(&text), encoding.name());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (normalize_newlines(text), UTF_8.name());
    }
    if let Some(text) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        return (normalize_newlines(&text), GB18030.name());
    }
    let encoding = detect(&[bytes], Utf8Detection::Allow);
    let (text, _had_errors) = encoding.decode_without_bom_handling(bytes);
    (normalize_newlines(&text), encoding.name())
}

/// CRLF → LF, lone CR → LF.
fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_is_utf8() {
        assert_eq!(decode_text(b""), (String::new(), "UTF-8"));
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (text, enc) = decode_text("\u{feff}申请表\r\n第二行".as_bytes());
        assert_eq!(enc, "UTF-8");
        assert_eq!(text, "申请表\n第二行");
    }

    #[test]
    fn utf16_boms() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in "上海\r\nA".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode_text(&le), ("上海\nA".to_owned(), "UTF-16LE"));
        assert_eq!(decode_text(&be), ("上海\nA".to_owned(), "UTF-16BE"));
    }

    #[test]
    fn gbk_bytes_are_gb18030() {
        // "人力资源" in GBK.
        let bytes = [0xC8, 0xCB, 0xC1, 0xA6, 0xD7, 0xCA, 0xD4, 0xB4, b'\r', b'\n'];
        assert_eq!(decode_text(&bytes), ("人力资源\n".to_owned(), "gb18030"));
    }

    #[test]
    fn lone_cr_becomes_lf() {
        assert_eq!(decode_text(b"a\rb\r\r\nc").0, "a\nb\n\nc");
    }

    #[test]
    fn invalid_gb18030_falls_back_to_detector() {
        // 0x80 and 0xFF are never valid GB18030 bytes; windows-1252 decodes them.
        let bytes = b"caf\xe9 \x80 na\xefve \xff";
        let (text, enc) = decode_text(bytes);
        assert_ne!(enc, "gb18030");
        assert_ne!(enc, "UTF-8");
        assert!(text.starts_with("caf"), "{text:?}");
    }
}
