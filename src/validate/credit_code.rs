//! The 统一社会信用代码 (unified social credit code, GB 32100-2015): checking one
//! code and finding codes in extracted text.
//!
//! A code has 18 characters: position 1 the registration authority, 2 the
//! category, 3–8 the division of the registering authority (GB/T 2260), 9–17
//! the organisation code (GB 11714) whose last character is its own check
//! digit, and 18 a mod-31 check character over positions 1–17. Both checks are
//! needed: `52310104MJ5K3L7D0C` passes the mod-31 check and fails the embedded
//! one.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// The 31 characters a code may use, in value order (no I, O, Z, S, V).
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Weights of positions 1–17 for the position-18 check (GB 32100-2015).
const WEIGHTS_18: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// Weights of positions 9–16 for the GB 11714 check digit at position 17.
const WEIGHTS_ORG: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// Position-1 characters that name a registration authority.
const AUTHORITIES: &str = "123456789ANY";

/// Category names for positions 1–2, as listed in DOMAIN.md.
const CATEGORIES: &[(&str, &str)] = &[
    ("11", "机关"),
    ("12", "事业单位"),
    ("13", "群众团体"),
    ("19", "其他"),
    ("51", "社会团体"),
    ("52", "民办非企业单位"),
    ("53", "基金会"),
    ("59", "其他"),
    ("91", "企业"),
    ("92", "个体工商户"),
    ("93", "农民专业合作社"),
];

/// The result of checking one string as a 统一社会信用代码.
///
/// The decoded fields (`authority` … `is_shanghai`) describe the characters,
/// not a verified code: they are filled from `repaired` when there is one,
/// otherwise from `code` whenever it has 18 characters, even if a check
/// failed, so that a failed code can still be sent to review with its
/// category. Whether the code is valid is `well_formed && mod31_ok &&
/// org_check_ok` ([`CreditCodeCheck::is_valid`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct CreditCodeCheck {
    /// The string as given.
    pub input: String,
    /// The input after NFKC folding (full-width → ASCII), whitespace removal
    /// and ASCII upper-casing: 18 characters for a plausible code, otherwise
    /// whatever was there.
    pub code: String,
    /// `code` has exactly 18 characters, all from the 31-character alphabet
    /// `0123456789ABCDEFGHJKLMNPQRTUWXY`.
    pub well_formed: bool,
    /// Position 18 is the GB 32100-2015 mod-31 check character of positions
    /// 1–17. Always false when not `well_formed`.
    pub mod31_ok: bool,
    /// Position 17 is the GB 11714 check digit of positions 9–16 (weights
    /// 3,7,9,10,5,8,4,2; `11 − sum mod 11`, 10 → `X`, 11 → `0`). Always
    /// false when not `well_formed`.
    pub org_check_ok: bool,
    /// Position 1 when it is a known registration authority (`1`–`9`, `A`,
    /// `N`, `Y`; e.g. `9` 工商/市场监管, `5` 民政, `1` 机构编制).
    pub authority: Option<char>,
    /// Positions 1–2 (e.g. `"91"`), when both are from the alphabet.
    pub category: Option<String>,
    /// The name of `category` (机关, 事业单位, 群众团体, 社会团体, 民办非企业单位,
    /// 基金会, 企业, 个体工商户, 农民专业合作社, 其他) for the categories
    /// DOMAIN.md lists (11–13, 19, 51–53, 59, 91–93); `None` for the others.
    pub category_name: Option<String>,
    /// Positions 3–8, the registering authority's division code, when they
    /// are six digits (e.g. `"310115"`).
    pub division: Option<String>,
    /// `division` starts with `31` (registered in Shanghai).
    pub is_shanghai: bool,
    /// When a check fails and `code` holds characters outside the alphabet: the
    /// code with the OCR confusions I/l→1, O→0, Z→2, S→5 undone and letters
    /// read in lower case raised, kept only if it
    /// is well formed and passes both checks.
    pub repaired: Option<String>,
}

impl CreditCodeCheck {
    /// The input is a valid code as it stands (after folding): well formed and
    /// both checks pass. A repaired code is not counted.
    pub fn is_valid(&self) -> bool {
        self.well_formed && self.mod31_ok && self.org_check_ok
    }

    /// The code to use: `code` when valid, else `repaired` if any.
    pub fn valid_code(&self) -> Option<&str> {
        if self.is_valid() {
            Some(&self.code)
        } else {
            self.repaired.as_deref()
        }
    }
}

/// Checks one string as a 统一社会信用代码. `raw` may contain spaces, full-width
/// characters and lower case; they are folded before checking (see
/// [`CreditCodeCheck::code`]).
pub fn check(raw: &str) -> CreditCodeCheck {
    let code: String = raw
        .nfkc()
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let chars: Vec<char> = code.chars().collect();
    let well_formed = chars.len() == 18 && chars.iter().all(|&c| alphabet_value(c).is_some());
    let (mod31_ok, org_check_ok) = if well_formed {
        (mod31_check(&chars), org_check(&chars))
    } else {
        (false, false)
    };
    let repaired = if mod31_ok && org_check_ok {
        None
    } else {
        repair(&chars)
    };
    let basis: Vec<char> = match &repaired {
        Some(r) => r.chars().collect(),
        None => chars,
    };
    let decoded = decode(&basis);
    CreditCodeCheck {
        input: raw.to_string(),
        code,
        well_formed,
        mod31_ok,
        org_check_ok,
        authority: decoded.authority,
        category: decoded.category,
        category_name: decoded.category_name,
        division: decoded.division,
        is_shanghai: decoded.is_shanghai,
        repaired,
    }
}

/// Zero-width characters that some producers put between letters.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn alphabet_value(c: char) -> Option<u32> {
    let b = u8::try_from(c).ok()?;
    ALPHABET.iter().position(|&a| a == b).map(|i| i as u32)
}

/// The GB 32100 check character of 17 alphabet characters.
fn mod31_char(first17: &[char]) -> Option<char> {
    let mut sum = 0u32;
    for (c, w) in first17.iter().zip(WEIGHTS_18) {
        sum += alphabet_value(*c)? * w;
    }
    let check = (31 - sum % 31) % 31;
    ALPHABET.get(check as usize).map(|&b| char::from(b))
}

fn mod31_check(chars: &[char]) -> bool {
    chars.len() == 18 && mod31_char(&chars[..17]) == Some(chars[17])
}

/// The GB 11714 check character of the 8 body characters of an organisation
/// code (0–9 and A–Z valued 0–35).
fn org_check_char(body: &[char]) -> Option<char> {
    let mut sum = 0u32;
    for (c, w) in body.iter().zip(WEIGHTS_ORG) {
        sum += c.to_digit(36)? * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from_digit(d, 10)?,
    })
}

fn org_check(chars: &[char]) -> bool {
    chars.len() == 18 && org_check_char(&chars[8..16]) == Some(chars[16])
}

/// OCR confusions with a character the alphabet does not have.
fn ocr_fold(c: char) -> Option<char> {
    match c {
        'I' | 'i' | 'l' => Some('1'),
        'O' | 'o' => Some('0'),
        'Z' | 'z' => Some('2'),
        'S' | 's' => Some('5'),
        // A letter of the alphabet read in lower case (Hc1 for HC1).
        c if c.is_ascii_lowercase() => {
            Some(c.to_ascii_uppercase()).filter(|u| alphabet_value(*u).is_some())
        }
        _ => None,
    }
}

/// Undo OCR confusions on the characters outside the alphabet; `None` unless
/// something changed and the result passes both checks.
fn repair(chars: &[char]) -> Option<String> {
    if chars.len() != 18 {
        return None;
    }
    let mut changed = false;
    let mut out = Vec::with_capacity(18);
    for &c in chars {
        if alphabet_value(c).is_some() {
            out.push(c);
        } else {
            out.push(ocr_fold(c)?);
            changed = true;
        }
    }
    (changed && mod31_check(&out) && org_check(&out)).then(|| out.into_iter().collect())
}

struct Decoded {
    authority: Option<char>,
    category: Option<String>,
    category_name: Option<String>,
    division: Option<String>,
    is_shanghai: bool,
}

fn decode(chars: &[char]) -> Decoded {
    if chars.len() != 18 {
        return Decoded {
            authority: None,
            category: None,
            category_name: None,
            division: None,
            is_shanghai: false,
        };
    }
    let authority = Some(chars[0]).filter(|c| AUTHORITIES.contains(*c));
    let category = (alphabet_value(chars[0]).is_some() && alphabet_value(chars[1]).is_some())
        .then(|| chars[..2].iter().collect::<String>());
    let category_name = category.as_deref().and_then(|cat| {
        CATEGORIES
            .iter()
            .find(|(code, _)| *code == cat)
            .map(|(_, name)| name.to_string())
    });
    let division = chars[2..8]
        .iter()
        .all(|c| c.is_ascii_digit())
        .then(|| chars[2..8].iter().collect::<String>());
    let is_shanghai = division.as_deref().is_some_and(|d| d.starts_with("31"));
    Decoded {
        authority,
        category,
        category_name,
        division,
        is_shanghai,
    }
}

/// A code candidate found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte offsets of the candidate in the text searched.
    pub start: usize,
    pub end: usize,
    pub check: CreditCodeCheck,
}

/// Finds code candidates in whitespace-free, NFKC-folded text (the form
/// classification matches on, where a code broken over lines is whole
/// again). Candidates lie inside runs of ASCII letters and digits:
/// - every 18-character stretch of a run that passes both checks, or passes
///   them after the OCR repair, leftmost first and not overlapping;
/// - when a run of at least 18 characters holds none, its first 18
///   characters, if positions 3–8 are digits (after the OCR folds), as a
///   candidate that fails its checks: a code may be misprinted, and a few
///   issued codes fail their checks. Callers take such candidates only
///   right after a label.
pub fn find_codes(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].1.is_ascii_alphanumeric() {
            j += 1;
        }
        let byte = |k: usize| chars.get(k).map(|c| c.0).unwrap_or(text.len());
        let mut found_any = false;
        let mut k = i;
        while k + 18 <= j {
            let piece = &text[byte(k)..byte(k + 18)];
            let result = check(piece);
            if result.valid_code().is_some() {
                out.push(Found {
                    start: byte(k),
                    end: byte(k + 18),
                    check: result,
                });
                found_any = true;
                k += 18;
            } else {
                k += 1;
            }
        }
        if !found_any && j - i >= 18 {
            let piece = &text[byte(i)..byte(i + 18)];
            if division_plausible(piece) {
                out.push(Found {
                    start: byte(i),
                    end: byte(i + 18),
                    check: check(piece),
                });
            }
        }
        i = j;
    }
    out
}

/// A code its table cell wrapped in two (`91310120MA12HQPA5` above the
/// label's line, `U` below it: in the compacted text, one part before the
/// label and one after, or both after it with other cells between): two
/// runs of ASCII letters and digits within `reach` bytes of the label
/// (`label` is its byte span), the first of at least 12 characters, that
/// make 18 characters passing both check characters. Returns the first
/// part's span.
pub fn find_split_code(text: &str, label: (usize, usize), reach: usize) -> Option<Found> {
    let lo = text.floor_char_boundary(label.0.saturating_sub(reach));
    let hi = text.ceil_char_boundary((label.1 + reach).min(text.len()));
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text[lo..hi].char_indices() {
        match (c.is_ascii_alphanumeric(), start) {
            (true, None) => start = Some(lo + i),
            (false, Some(s)) => {
                runs.push((s, lo + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, hi));
    }
    // A run cut by the window's edge is not a whole part.
    runs.retain(|&(s, e)| (s > lo || lo == 0) && (e < hi || hi == text.len()));
    for (k, &(s1, e1)) in runs.iter().enumerate() {
        let first = &text[s1..e1];
        if !(12..18).contains(&first.len()) {
            continue;
        }
        for &(s2, e2) in &runs[k + 1..] {
            if first.len() + (e2 - s2) != 18 {
                continue;
            }
            let joined = format!("{first}{}", &text[s2..e2]);
            let result = check(&joined);
            if result.is_valid() {
                return Some(Found {
                    start: s1,
                    end: e1,
                    check: result,
                });
            }
        }
    }
    None
}

/// Positions 3–8 of the candidate are digits once OCR confusions are undone.
fn division_plausible(piece: &str) -> bool {
    piece
        .chars()
        .map(|c| c.to_ascii_uppercase())
        .skip(2)
        .take(6)
        .all(|c| c.is_ascii_digit() || ocr_fold(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check characters of a 17-character prefix, for building test codes.
    fn complete(first16: &str) -> String {
        let chars: Vec<char> = first16.chars().collect();
        let org = org_check_char(&chars[8..16]).unwrap();
        let mut first17 = chars.clone();
        first17.push(org);
        let last = mod31_char(&first17).unwrap();
        first17.push(last);
        first17.into_iter().collect()
    }

    #[test]
    fn a_code_wrapped_around_its_label_is_joined() {
        let code = complete("91310120MA12HQPA");
        let (a, b) = code.split_at(17);
        let text = format!(
            "填表日期:2025年1月24日{a}单位名称上海久某制药有限公司统一社会信用代码{b}单位性质企业"
        );
        let label = text.find("统一社会信用代码").unwrap();
        let f = find_split_code(&text, (label, label + "统一社会信用代码".len()), 80).unwrap();
        assert_eq!(f.check.valid_code(), Some(code.as_str()));
        // Two parts that do not make a valid code are no code.
        let text = format!("{a}统一社会信用代码Z单位");
        let label = text.find("统一").unwrap();
        assert!(find_split_code(&text, (label, label + "统一社会信用代码".len()), 80).is_none());
    }

    #[test]
    fn domain_values() {
        let c = check("91310115MA1FL0A00C");
        assert!(c.is_valid());
        assert_eq!(c.category_name.as_deref(), Some("企业"));
        assert_eq!(c.division.as_deref(), Some("310115"));
        let c = check("52310104MJ5K3L7D1F");
        assert!(c.is_valid());
        assert_eq!(c.category_name.as_deref(), Some("民办非企业单位"));
        let c = check("123100004250018698");
        assert!(c.is_valid());
        assert_eq!(c.category_name.as_deref(), Some("事业单位"));
        let c = check("91310115MA1FL0A00D");
        assert!(c.well_formed && !c.mod31_ok && c.org_check_ok);
        let c = check("52310104MJ5K3L7D0C");
        assert!(c.well_formed && c.mod31_ok && !c.org_check_ok);
    }

    #[test]
    fn helper_agrees_with_known_codes() {
        assert_eq!(complete("91310115MA1FL0A0"), "91310115MA1FL0A00C");
        assert_eq!(complete("52310104MJ5K3L7D"), "52310104MJ5K3L7D1F");
        assert_eq!(complete("1231000042500186"), "123100004250018698");
    }

    #[test]
    fn org_check_maps_ten_and_eleven() {
        // Body 00000001: sum = 2, 11 - 2 = 9.
        assert_eq!(
            org_check_char(&['0', '0', '0', '0', '0', '0', '0', '1']),
            Some('9')
        );
        // Body 0000000A: A=10, 10*2 = 20, 20 mod 11 = 9, 11 - 9 = 2.
        assert_eq!(
            org_check_char(&['0', '0', '0', '0', '0', '0', '0', 'A']),
            Some('2')
        );
        // Body 00000000: sum 0 → 11 → '0'.
        assert_eq!(org_check_char(&['0'; 8]), Some('0'));
        // Body 0000000H: H=17, 17*2 = 34, 34 mod 11 = 1, 11 - 1 = 10 → 'X'.
        assert_eq!(
            org_check_char(&['0', '0', '0', '0', '0', '0', '0', 'H']),
            Some('X')
        );
    }

    #[test]
    fn repair_only_on_foreign_characters() {
        // O in place of 0 at position 14 and 17.
        let c = check("91310115MA1FLOA0OC");
        assert!(!c.well_formed && !c.mod31_ok && !c.org_check_ok);
        assert_eq!(c.repaired.as_deref(), Some("91310115MA1FL0A00C"));
        assert_eq!(c.category.as_deref(), Some("91"));
        // A V has no repair.
        assert_eq!(check("91310115MA1FL0A0VC").repaired, None);
        // A letter read in lower case.
        let c = check("52310104MJ21Hc1U1D");
        assert!(
            c.code == "52310104MJ21HC1U1D" || c.repaired.as_deref() == Some("52310104MJ21HC1U1D"),
            "{c:?}"
        );
        // A well-formed code with a bad checksum is not "repaired".
        assert_eq!(check("91310115MA1FL0A00D").repaired, None);
    }
}
