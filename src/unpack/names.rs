//! Decoding of zip entry names, decided once per archive.
//!
//! Zips made on Chinese Windows store GBK/GB18030 names without the UTF-8
//! flag, and many GBK names are also valid UTF-8 (GBK `目录` = `C4 BF C2 BC`
//! reads as UTF-8 "Ŀ¼"), so a name can't be decoded on its own: one tool wrote
//! every name of an archive, and the choice is made over all of them.

use crate::encoding::{Utf8Detection, detect, strict};
use encoding_rs::{GB18030, GBK, UTF_8};
use serde::Serialize;

/// One entry name as stored in a zip header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawName {
    /// The name's bytes as stored in the header (the zip crate's `name_raw()`).
    pub bytes: Vec<u8>,
    /// The entry declares its name UTF-8: general-purpose bit 11 is set, or a
    /// valid Info-ZIP Unicode Path extra field (0x7075) gave the name (the zip
    /// crate applies that field itself: `name_raw()` is then the field's UTF-8
    /// and bit 11 is set in `flags()`).
    pub utf8: bool,
}

impl RawName {
    /// A name without the UTF-8 flag.
    pub fn unflagged(bytes: impl Into<Vec<u8>>) -> Self {
        RawName {
            bytes: bytes.into(),
            utf8: false,
        }
    }

    /// A name with the UTF-8 flag (or a Unicode Path extra field).
    pub fn flagged(bytes: impl Into<Vec<u8>>) -> Self {
        RawName {
            bytes: bytes.into(),
            utf8: true,
        }
    }
}

/// How the names of an archive that carry no UTF-8 flag were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "name")]
pub enum NameEncoding {
    /// Every name is ASCII: nothing to decide.
    Ascii,
    /// Every non-ASCII name carries the UTF-8 flag (or a Unicode Path extra
    /// field): nothing to decide.
    Utf8Flag,
    /// UTF-8 without the flag (Info-ZIP on Linux, macOS).
    Utf8,
    /// GB18030 (a superset of GBK): Chinese Windows.
    Gb18030,
    /// Neither UTF-8 nor GB18030 fits every name; chardetng's guess (e.g.
    /// `Big5`, `Shift_JIS`) decodes every name strictly.
    Detected(&'static str),
    /// No single encoding fits: each name was decoded on its own as UTF-8 or
    /// GB18030 (an archive updated by two tools).
    Mixed,
    /// Last resort: IBM code page 437, the zip format's historical default.
    /// Always decodes, rarely right for these packages.
    Cp437,
}

/// The result of [`decode_names`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedNames {
    /// The encoding chosen for the unflagged, non-ASCII names.
    pub encoding: NameEncoding,
    /// The decoded names, in the order of the input.
    pub names: Vec<String>,
}

/// Decodes the names of one archive, choosing one encoding for all of them.
///
/// Rules, in order (shared/DOMAIN.md, "Zip archives from Chinese Windows"):
/// 1. a name flagged UTF-8 (bit 11 or 0x7075) that is valid UTF-8 is UTF-8;
///    an ASCII name is itself. The other names are decided together:
/// 2. all valid UTF-8 and not all valid GB18030 → UTF-8; the reverse → GB18030
///    ("valid": no malformed sequence, no control or private-use character);
/// 3. both valid → the decoding with more CJK characters. Common characters
///    (GB2312 level 1) weigh 2, other GB2312 hanzi 1, and the plain count of
///    CJK ideographs breaks ties: GBK read as UTF-8 yields Latin/Cyrillic
///    letters (`目录` → "Ŀ¼"), UTF-8 read as GBK yields rare hanzi and symbols;
///    a full tie goes to chardetng between the two;
/// 4. neither → chardetng's guess, if it is a multi-byte encoding (Big5,
///    Shift_JIS, EUC-KR, …) that decodes every name strictly;
/// 5. each name valid in UTF-8 or GB18030 → each on its own ([`NameEncoding::Mixed`]);
/// 6. CP437.
pub fn decode_names(raw: &[RawName]) -> DecodedNames {
    let mut names: Vec<Option<String>> = raw
        .iter()
        .map(|r| {
            if r.bytes.is_ascii() || r.utf8 {
                std::str::from_utf8(&r.bytes).ok().map(str::to_owned)
            } else {
                None
            }
        })
        .collect();
    let undecided: Vec<usize> = (0..raw.len()).filter(|&i| names[i].is_none()).collect();
    if undecided.is_empty() {
        let flagged = raw.iter().any(|r| !r.bytes.is_ascii());
        return DecodedNames {
            encoding: if flagged {
                NameEncoding::Utf8Flag
            } else {
                NameEncoding::Ascii
            },
            names: names.into_iter().map(Option::unwrap_or_default).collect(),
        };
    }
    let bytes: Vec<&[u8]> = undecided.iter().map(|&i| raw[i].bytes.as_slice()).collect();
    let as_utf8: Option<Vec<String>> = bytes.iter().map(|b| strict(UTF_8, b)).collect();
    let as_gb: Option<Vec<String>> = bytes.iter().map(|b| strict(GB18030, b)).collect();

    let (encoding, decoded): (NameEncoding, Vec<String>) = match (as_utf8, as_gb) {
        (Some(u), None) => (NameEncoding::Utf8, u),
        (None, Some(g)) => (NameEncoding::Gb18030, g),
        (Some(u), Some(g)) => {
            let su = cjk_score(&u);
            let sg = cjk_score(&g);
            if sg > su {
                (NameEncoding::Gb18030, g)
            } else if su > sg {
                (NameEncoding::Utf8, u)
            } else {
                let guess = detect(&bytes, Utf8Detection::Allow);
                if guess == GBK || guess == GB18030 {
                    (NameEncoding::Gb18030, g)
                } else {
                    (NameEncoding::Utf8, u)
                }
            }
        }
        (None, None) => decode_neither(&bytes),
    };
    for (&i, name) in undecided.iter().zip(decoded) {
        names[i] = Some(name);
    }
    DecodedNames {
        encoding,
        names: names.into_iter().map(Option::unwrap_or_default).collect(),
    }
}

/// Steps 4–6 of [`decode_names`]: neither UTF-8 nor GB18030 decodes every name.
fn decode_neither(bytes: &[&[u8]]) -> (NameEncoding, Vec<String>) {
    let guess = detect(bytes, Utf8Detection::Deny);
    // A single-byte guess (windows-1251, IBM866, …) decodes any bytes, so
    // "decodes strictly" proves nothing: only a multi-byte guess is taken.
    if !guess.is_single_byte()
        && let Some(v) = bytes.iter().map(|b| strict(guess, b)).collect()
    {
        return (NameEncoding::Detected(guess.name()), v);
    }
    let mixed: Option<Vec<String>> = bytes
        .iter()
        .map(|b| strict(UTF_8, b).or_else(|| strict(GB18030, b)))
        .collect();
    if let Some(v) = mixed {
        return (NameEncoding::Mixed, v);
    }
    (
        NameEncoding::Cp437,
        bytes.iter().map(|b| cp437(b)).collect(),
    )
}

/// (weighted common-hanzi score, plain CJK count) over all names.
fn cjk_score(names: &[String]) -> (usize, usize) {
    let mut weighted = 0;
    let mut plain = 0;
    for c in names.iter().flat_map(|n| n.chars()) {
        if !is_cjk(c) {
            continue;
        }
        plain += 1;
        weighted += match gb2312_level(c) {
            Some(1) => 2,
            Some(_) => 1,
            None => 0,
        };
    }
    (weighted, plain)
}

/// CJK ideographs (unified, extension A and B.., compatibility).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// The GB2312 level of a hanzi: 1 (the 3755 common ones, rows 16–55), 2 (rows
/// 56–87), or `None` when the character is not in GB2312.
fn gb2312_level(c: char) -> Option<u8> {
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = GBK.encode(c.encode_utf8(&mut buf));
    if unmappable {
        return None;
    }
    match *bytes {
        [lead @ 0xB0..=0xD7, 0xA1..=0xFE] if !(lead == 0xD7 && bytes[1] > 0xF9) => Some(1),
        [0xD8..=0xF7, 0xA1..=0xFE] => Some(2),
        _ => None,
    }
}

/// IBM code page 437, upper half (0x80–0xFF).
const CP437_HIGH: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}";

/// Decodes with CP437 (never fails).
fn cp437(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b < 0x80 {
                char::from(b)
            } else {
                CP437_HIGH
                    .chars()
                    .nth(usize::from(b - 0x80))
                    .unwrap_or('\u{FFFD}')
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        let (b, _, unmappable) = GBK.encode(s);
        assert!(!unmappable, "{s} not in GBK");
        b.into_owned()
    }

    fn decode_one(raw: RawName) -> (NameEncoding, String) {
        let d = decode_names(&[raw]);
        (d.encoding, d.names[0].clone())
    }

    /// File names seen in these packages (notice 447's list of materials).
    const NAMES: &[&str] = &[
        "目录.pdf",
        "营业执照.pdf",
        "实施方案/样题一.pdf",
        "实施方案/样题二.pdf",
        "申请表.docx",
        "社会培训评价组织征集遴选申请表.pdf",
        "行业主管部门推荐函.pdf",
        "考核点所在区人社部门推荐函.pdf",
        "信用报告.pdf",
        "2023年度财务审计报告.pdf",
        "2022年度审计报告.pdf",
        "法人登记证书.pdf",
        "职业技能等级认定工作方案.docx",
        "承诺书.pdf",
        "廉洁责任书.pdf",
        "职业技能等级认定项目实施方案/评价方案（三级）.pdf",
        "样题（一）.pdf",
        "A卷.pdf",
        "第一套.pdf",
        "附件.zip",
    ];

    #[test]
    fn the_three_gbk_traps_decode_as_gbk() {
        // GBK 目录 and 实施 are valid UTF-8 ("Ŀ¼", "ʵʩ"), and so is the start
        // of 营业执照 (营业 = "Ӫҵ"); decoded as UTF-8 they hold no hanzi.
        for (name, utf8_valid) in [("目录", "目录"), ("实施", "实施"), ("营业执照", "营业")]
        {
            assert!(
                std::str::from_utf8(&gbk(utf8_valid)).is_ok(),
                "{utf8_valid}"
            );
            for n in [
                name.to_string(),
                format!("{name}.pdf"),
                format!("{name}/a.pdf"),
            ] {
                assert_eq!(
                    decode_one(RawName::unflagged(gbk(&n))),
                    (NameEncoding::Gb18030, n.clone())
                );
            }
        }
        assert_eq!(gbk("目录"), [0xC4, 0xBF, 0xC2, 0xBC]);
        assert_eq!(strict(UTF_8, &gbk("目录")).as_deref(), Some("Ŀ¼"));
        // Both readings valid: the rule of more CJK decides.
        let d = decode_names(&[
            RawName::unflagged(gbk("目录")),
            RawName::unflagged(gbk("实施")),
            RawName::unflagged(gbk("营业")),
        ]);
        assert_eq!(d.encoding, NameEncoding::Gb18030);
        assert_eq!(d.names, ["目录", "实施", "营业"]);
    }

    #[test]
    fn each_name_alone_decodes_right_in_gbk_and_in_unflagged_utf8() {
        for name in NAMES {
            assert_eq!(decode_one(RawName::unflagged(gbk(name))).1, *name, "GBK");
            assert_eq!(
                decode_one(RawName::unflagged(name.as_bytes())).1,
                *name,
                "UTF-8 without flag"
            );
        }
    }

    #[test]
    fn a_whole_archive_decides_once() {
        let g: Vec<RawName> = NAMES.iter().map(|n| RawName::unflagged(gbk(n))).collect();
        let d = decode_names(&g);
        assert_eq!(d.encoding, NameEncoding::Gb18030);
        assert_eq!(d.names, NAMES);
        let u: Vec<RawName> = NAMES
            .iter()
            .map(|n| RawName::unflagged(n.as_bytes()))
            .collect();
        let d = decode_names(&u);
        assert_eq!(d.encoding, NameEncoding::Utf8);
        assert_eq!(d.names, NAMES);
    }

    #[test]
    fn flag_wins_and_ascii_passes_through() {
        let d = decode_names(&[
            RawName::flagged("营业执照.pdf".as_bytes()),
            RawName::unflagged(b"readme.txt".to_vec()),
        ]);
        assert_eq!(d.encoding, NameEncoding::Utf8Flag);
        assert_eq!(d.names, ["营业执照.pdf", "readme.txt"]);
        let d = decode_names(&[RawName::unflagged(b"readme.txt".to_vec())]);
        assert_eq!(d.encoding, NameEncoding::Ascii);
        // A flagged name and GBK names in one archive: each decided right.
        let d = decode_names(&[
            RawName::flagged("营业执照.pdf".as_bytes()),
            RawName::unflagged(gbk("目录.pdf")),
        ]);
        assert_eq!(d.encoding, NameEncoding::Gb18030);
        assert_eq!(d.names, ["营业执照.pdf", "目录.pdf"]);
    }

    #[test]
    fn a_flag_on_bytes_that_are_not_utf8_is_ignored() {
        let (enc, name) = decode_one(RawName::flagged(gbk("申请表.docx")));
        assert_eq!((enc, name.as_str()), (NameEncoding::Gb18030, "申请表.docx"));
    }

    #[test]
    fn big5_goes_to_the_detector() {
        let name = "職業技能等級認定實施方案與樣題說明.pdf";
        let (b, _, bad) = encoding_rs::BIG5.encode(name);
        assert!(!bad);
        // GB18030 reads these bytes only with private-use characters.
        assert!(strict(GB18030, &b).is_none());
        let d = decode_names(&[RawName::unflagged(b.into_owned())]);
        assert_eq!(d.encoding, NameEncoding::Detected("Big5"));
        assert_eq!(d.names, [name]);
    }

    #[test]
    fn mixed_archive_decodes_each_name() {
        // One GBK name that is not UTF-8, one UTF-8 name whose byte count
        // makes it invalid GB18030.
        let g = gbk("申请表.docx");
        let u = "样.txt".as_bytes().to_vec();
        assert!(std::str::from_utf8(&g).is_err());
        assert!(strict(GB18030, &u).is_none());
        let d = decode_names(&[RawName::unflagged(g), RawName::unflagged(u)]);
        assert_eq!(d.encoding, NameEncoding::Mixed);
        assert_eq!(d.names, ["申请表.docx", "样.txt"]);
    }

    #[test]
    fn cp437_is_the_last_resort() {
        // 0xFF is invalid in UTF-8 and in GB18030.
        let d = decode_names(&[RawName::unflagged(vec![b'a', 0xFF, 0x80, 0xE9])]);
        assert_eq!(d.encoding, NameEncoding::Cp437);
        assert_eq!(d.names, ["a\u{A0}ÇΘ"]);
        assert_eq!(CP437_HIGH.chars().count(), 128);
    }

    #[test]
    fn gb2312_levels() {
        assert_eq!(gb2312_level('啊'), Some(1)); // B0A1
        assert_eq!(gb2312_level('座'), Some(1)); // D7F9
        assert_eq!(gb2312_level('亍'), Some(2)); // D8A1
        assert_eq!(gb2312_level('瀹'), Some(2));
        assert_eq!(gb2312_level('炴'), None); // GBK only
        assert_eq!(gb2312_level('a'), None);
    }
}
