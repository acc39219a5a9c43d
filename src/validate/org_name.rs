//! Organisation names folded for comparison, so that the name on the
//! application form, the licence and a recommendation letter can be matched
//! although each producer writes brackets, spaces and full-width letters its
//! own way. The folded form is for comparing only; show the name as written.

/// Folds an organisation name for equality comparison:
/// - NFKC (full-width letters, digits and punctuation to ASCII: `（` → `(`)
///   and the CJK radical look-alikes some PDFs emit (`⻓` → `长`), as
///   [`crate::normalize::compact`] does;
/// - every whitespace and zero-width character removed;
/// - every kind of bracket folded to `(` `)`: `（）`, `[]`, `［］`, `【】`, `〔〕`,
///   `〖〗`, `﹝﹞`;
/// - dashes (`‐ ‑ ‒ – — ― − ﹘`) to `-`, middle dots (`· ・ ‧ •`) to `·`,
///   curly and corner quotes to `"` or `'`;
/// - ASCII letters upper-cased (`abc` and `ＡＢＣ` both become `ABC`).
///
/// So `上海某某（集团）有限公司`, `上海某某(集团) 有限公司` and
/// `上海某某【集团】有限公司` fold to the same string. Words are not touched:
/// `有限公司` and `有限责任公司` stay different.
pub fn normalise_org_name(s: &str) -> String {
    crate::normalize::compact(s)
        .chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'))
        .map(fold_char)
        .collect()
}

fn fold_char(c: char) -> char {
    match c {
        '(' | '[' | '【' | '〔' | '〖' | '﹝' | '⦅' => '(',
        ')' | ']' | '】' | '〕' | '〗' | '﹞' | '⦆' => ')',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' => '-',
        '\u{00B7}' | '\u{30FB}' | '\u{2027}' | '\u{2022}' | '\u{2219}' | '\u{22C5}' => '·',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '「' | '」' | '『' | '』' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' => '\'',
        _ => c.to_ascii_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_brackets_and_spaces() {
        assert_eq!(
            normalise_org_name("上海某某（集团） 有限公司"),
            "上海某某(集团)有限公司"
        );
        assert_eq!(
            normalise_org_name("上海某某〔集团〕有限公司"),
            "上海某某(集团)有限公司"
        );
    }

    #[test]
    fn folds_dots_dashes_and_case() {
        assert_eq!(
            normalise_org_name("上海ａｂｃ—培训・中心"),
            "上海ABC-培训·中心"
        );
    }
}
