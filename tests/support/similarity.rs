//! Character similarity of extracted text with a reference, shared by the
//! extraction tests and the pdf.js sweep (`examples/sweep.rs`); it needs the
//! `similar` crate, a dev-dependency only.

use prescreen::normalize::compact;

/// Character similarity of two texts after `compact`: the share of
/// characters that a minimal diff keeps, `matched / max(len_a, len_b)`, which
/// is `1 - levenshtein / max(len)` when the edits are substitutions and close
/// to it otherwise. 1.0 for two empty texts. Uses Myers' diff (O(N·D)), so
/// long, nearly equal texts are cheap; a very long, very different pair is cut
/// off after a few seconds and scored on the diff found so far.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (compact(a), compact(b));
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la == 0 && lb == 0 {
        return 1.0;
    }
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Myers)
        .timeout(std::time::Duration::from_secs(5))
        .diff_chars(&a, &b);
    let matched: usize = diff
        .ops()
        .iter()
        .map(|op| match op {
            similar::DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    matched as f64 / la.max(lb) as f64
}

#[test]
fn similarity_ignores_whitespace() {
    assert_eq!(similarity("2023年12月\n31日", "2023年12月31日"), 1.0);
    assert_eq!(similarity("审计报告", "审计"), 0.5);
    assert_eq!(similarity("审计报告", "审汁报告"), 0.75);
}
