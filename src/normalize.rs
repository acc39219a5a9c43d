//! Text normalisation for matching, kept apart from the raw text that is shown
//! as evidence. NFKC folds full-width digits and letters (GBK documents are full
//! of them) and Kangxi radicals; a small table folds the CJK Radicals
//! Supplement look-alikes that some producers' ToUnicode maps emit instead of
//! the ideograph (⻓ for 长, ⻔ for 门 …), and angle brackets 〈〉 fold to
//! parentheses. Whitespace can be squeezed out
//! because extraction breaks phrases across lines.

use unicode_normalization::UnicodeNormalization;

/// CJK Radicals Supplement code points that stand for a simplified or
/// traditional ideograph in running text.
const RADICAL_FOLDS: &[(char, char)] = &[
    ('\u{2E84}', '乙'),
    ('\u{2E86}', '冂'),
    ('\u{2E87}', '几'),
    ('\u{2E88}', '刀'),
    ('\u{2E8B}', '卩'),
    ('\u{2E8C}', '小'),
    ('\u{2E8D}', '小'),
    ('\u{2E8E}', '兀'),
    ('\u{2E8F}', '尢'),
    ('\u{2E90}', '尢'),
    ('\u{2E92}', '巳'),
    ('\u{2E93}', '幺'),
    ('\u{2E94}', '彐'),
    ('\u{2E95}', '彐'),
    ('\u{2E96}', '忄'),
    ('\u{2E97}', '心'),
    ('\u{2E98}', '扌'),
    ('\u{2E99}', '攵'),
    ('\u{2E9B}', '旡'),
    ('\u{2E9D}', '月'),
    ('\u{2E9E}', '歺'),
    ('\u{2E9F}', '母'),
    ('\u{2EA0}', '民'),
    ('\u{2EA1}', '氵'),
    ('\u{2EA2}', '氵'),
    ('\u{2EA3}', '灬'),
    ('\u{2EA4}', '爫'),
    ('\u{2EA5}', '爫'),
    ('\u{2EA6}', '丬'),
    ('\u{2EA7}', '牛'),
    ('\u{2EA8}', '犭'),
    ('\u{2EA9}', '王'),
    ('\u{2EAA}', '疋'),
    ('\u{2EAB}', '目'),
    ('\u{2EAC}', '示'),
    ('\u{2EAD}', '礻'),
    ('\u{2EAE}', '竹'),
    ('\u{2EAF}', '纟'),
    ('\u{2EB0}', '纟'),
    ('\u{2EB1}', '网'),
    ('\u{2EB2}', '罒'),
    ('\u{2EB3}', '罒'),
    ('\u{2EB4}', '罒'),
    ('\u{2EB5}', '罒'),
    ('\u{2EB6}', '羊'),
    ('\u{2EB7}', '羊'),
    ('\u{2EB8}', '羊'),
    ('\u{2EB9}', '老'),
    ('\u{2EBA}', '肀'),
    ('\u{2EBB}', '聿'),
    ('\u{2EBC}', '月'),
    ('\u{2EBD}', '臼'),
    ('\u{2EBE}', '艹'),
    ('\u{2EBF}', '艹'),
    ('\u{2EC0}', '艹'),
    ('\u{2EC1}', '虎'),
    ('\u{2EC2}', '衤'),
    ('\u{2EC3}', '覀'),
    ('\u{2EC4}', '西'),
    ('\u{2EC5}', '见'),
    ('\u{2EC6}', '角'),
    ('\u{2EC7}', '角'),
    ('\u{2EC8}', '讠'),
    ('\u{2EC9}', '贝'),
    ('\u{2ECA}', '足'),
    ('\u{2ECB}', '车'),
    ('\u{2ECC}', '辶'),
    ('\u{2ECD}', '辶'),
    ('\u{2ECE}', '辶'),
    ('\u{2ECF}', '阝'),
    ('\u{2ED0}', '钅'),
    ('\u{2ED1}', '长'),
    ('\u{2ED2}', '长'),
    ('\u{2ED3}', '长'),
    ('\u{2ED4}', '门'),
    ('\u{2ED5}', '阜'),
    ('\u{2ED6}', '阝'),
    ('\u{2ED7}', '雨'),
    ('\u{2ED8}', '青'),
    ('\u{2ED9}', '韦'),
    ('\u{2EDA}', '页'),
    ('\u{2EDB}', '风'),
    ('\u{2EDC}', '飞'),
    ('\u{2EDD}', '食'),
    ('\u{2EDE}', '食'),
    ('\u{2EDF}', '食'),
    ('\u{2EE0}', '饣'),
    ('\u{2EE1}', '首'),
    ('\u{2EE2}', '马'),
    ('\u{2EE3}', '骨'),
    ('\u{2EE4}', '鬼'),
    ('\u{2EE5}', '鱼'),
    ('\u{2EE6}', '鸟'),
    ('\u{2EE7}', '卤'),
    ('\u{2EE8}', '麦'),
    ('\u{2EE9}', '黄'),
    ('\u{2EEA}', '黾'),
    ('\u{2EEB}', '斉'),
    ('\u{2EEC}', '齐'),
    ('\u{2EED}', '歯'),
    ('\u{2EEE}', '齿'),
    ('\u{2EEF}', '竜'),
    ('\u{2EF0}', '龙'),
    ('\u{2EF1}', '龜'),
    ('\u{2EF2}', '亀'),
    ('\u{2EF3}', '龟'),
];

fn fold_radical(c: char) -> char {
    // Angle brackets stand for parentheses in running text, and OCR reads a
    // full-width （ as 〈 often: 五级〈初级工） is 五级(初级工).
    match c {
        '\u{3008}' => return '(',
        '\u{3009}' => return ')',
        _ => {}
    }
    if ('\u{2E80}'..='\u{2EFF}').contains(&c)
        && let Ok(i) = RADICAL_FOLDS.binary_search_by_key(&c, |p| p.0)
    {
        return RADICAL_FOLDS[i].1;
    }
    c
}

/// NFKC plus radical folding; whitespace is kept.
pub fn fold(text: &str) -> String {
    text.nfkc().map(fold_radical).collect()
}

/// `fold`, then every whitespace character removed: the form rule patterns and
/// similarity scores are computed on.
pub fn compact(text: &str) -> String {
    text.nfkc()
        .map(fold_radical)
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_fullwidth_and_radicals() {
        assert_eq!(fold("２０２３年"), "2023年");
        // Kangxi radical ⼈ (U+2F08) by NFKC, ⻓ (U+2ED3) by the table.
        assert_eq!(fold("\u{2F08}\u{2ED3}"), "人长");
        assert_eq!(fold("五级〈初级工）"), "五级(初级工)");
    }

    #[test]
    fn table_is_sorted() {
        assert!(RADICAL_FOLDS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
