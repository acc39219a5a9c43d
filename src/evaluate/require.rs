//! Materials that must be there: `require` (a document of one of some kinds,
//! per for_each item when it names a field) and `records` (for each declared
//! item, enough distinct matching records).

use super::{Candidate, Ctx, Evidence, Finding, FindingStatus, broken, finding};
use crate::classify::{Certainty, DocFacts, FieldHit};
use crate::rules::{ForEach, Rule, RuleBody};

pub fn evaluate(cx: &Ctx, rule: &Rule) -> Vec<Finding> {
    match &rule.body {
        RuleBody::Require {
            for_each,
            kinds,
            min,
            field,
        } => match for_each {
            None => vec![require(cx, rule, kinds, *min, None, None)],
            Some(ForEach::FiscalYears(years)) => years
                .iter()
                .map(|y| require(cx, rule, kinds, *min, *field, Some(y.to_string())))
                .collect(),
            Some(ForEach::Field(_)) => Vec::new(),
        },
        RuleBody::Records {
            items,
            field,
            distinct,
            min,
            equal,
            overlap,
        } => {
            let mut seen: Vec<&str> = Vec::new();
            let mut out = Vec::new();
            for (_, item) in cx.facts.values(*items) {
                if seen.contains(&item.value.as_str()) {
                    continue;
                }
                seen.push(&item.value);
                out.push(records(
                    cx, rule, item, *field, distinct, *min, equal, overlap,
                ));
            }
            out
        }
        _ => Vec::new(),
    }
}

fn certainty_text(c: Certainty) -> &'static str {
    match c {
        Certainty::Sure => "",
        Certainty::Close => "内容与另一类材料难以区分",
        Certainty::NameOnly => "文件无法读取文字，仅凭文件名判断",
        Certainty::LowOcr => "扫描件 OCR 识别置信度低",
    }
}

fn require(
    cx: &Ctx,
    rule: &Rule,
    kinds: &[usize],
    min: usize,
    field: Option<usize>,
    item: Option<String>,
) -> Finding {
    let message = match &item {
        Some(i) => rule.message.replace("{item}", i),
        None => rule.message.clone(),
    };
    let titles: Vec<&str> = kinds.iter().map(|k| cx.rules.kind_title(*k)).collect();
    let kind_title = titles.join("或");
    // Documents of any of the kinds, with their certainty and the kind.
    let mut of_kind: Vec<(&DocFacts, Certainty, usize)> = Vec::new();
    for &k in kinds {
        for (d, c) in cx.facts.with_kind(k) {
            if !of_kind.iter().any(|(o, _, _)| o.doc == d.doc) {
                of_kind.push((d, c, k));
            }
        }
    }
    let carries = |d: &DocFacts| match (field, &item) {
        (Some(fid), Some(want)) => d.fields.iter().any(|h| h.field == fid && h.value == *want),
        _ => true,
    };
    let matching: Vec<&(&DocFacts, Certainty, usize)> =
        of_kind.iter().filter(|(d, _, _)| carries(d)).collect();
    // Documents of the kind where the item's field was not read at all (a
    // report whose year is printed in a glyph the font lacks): any of them
    // may be the item, which is then for staff to see, not missing.
    let field_unread: Vec<&DocFacts> = match (field, &item) {
        (Some(fid), Some(_)) => of_kind
            .iter()
            .filter(|(d, _, _)| !d.fields.iter().any(|h| h.field == fid))
            .map(|(d, _, _)| *d)
            .collect(),
        _ => Vec::new(),
    };
    let sure: Vec<_> = matching
        .iter()
        .filter(|(_, c, _)| *c == Certainty::Sure)
        .collect();
    let label = match &item {
        Some(i) => format!("{kind_title}（{i}）"),
        None => kind_title.clone(),
    };
    let mut f = if sure.len() >= min {
        finding(
            rule,
            FindingStatus::Pass,
            format!("{label}：已找到"),
            item.clone(),
        )
    } else if matching.len() >= min {
        let why: Vec<&str> = matching
            .iter()
            .map(|(_, c, _)| certainty_text(*c))
            .filter(|s| !s.is_empty())
            .collect();
        finding(
            rule,
            FindingStatus::Review,
            format!("{label}：可能已提供（{}），需人工核对", why.join("；")),
            item.clone(),
        )
    } else if matching.len() + field_unread.len() >= min {
        let fid = field.unwrap_or(usize::MAX);
        let ftitle = cx.rules.fields.get(fid).map(|f| f.title.as_str());
        finding(
            rule,
            FindingStatus::Review,
            format!(
                "{message}；有{kind_title}未读到{}，可能即是，需人工核对",
                ftitle.unwrap_or("")
            ),
            item.clone(),
        )
    } else if cx.archive_unreadable || !cx.could_hide_kinds(kinds).is_empty() {
        finding(
            rule,
            FindingStatus::Review,
            format!("{message}；有文件或压缩包无法读取，可能包含该材料，需人工核对"),
            item.clone(),
        )
    } else {
        finding(rule, broken(rule), message, item.clone())
    };
    f.evidence = matching
        .iter()
        .map(|(d, _, k)| cx.kind_evidence(d, *k))
        .collect();
    // Candidates: uncertain ones, same kind without the item, unreadable documents.
    for (d, c, k) in &of_kind {
        let in_matching = matching.iter().any(|(m, _, _)| m.doc == d.doc);
        if in_matching && *c == Certainty::Sure {
            continue;
        }
        let title = cx.rules.kind_title(*k);
        let reason = if in_matching {
            format!("可能是{title}：{}", certainty_text(*c))
        } else {
            let fid = field.unwrap_or(usize::MAX);
            let mut values: Vec<String> = d
                .fields
                .iter()
                .filter(|h| h.field == fid)
                .map(|h| h.value.clone())
                .collect();
            values.dedup();
            let ftitle = cx
                .rules
                .fields
                .get(fid)
                .map(|f| f.title.as_str())
                .unwrap_or("");
            if values.is_empty() {
                format!("是{title}，但未读到{ftitle}")
            } else {
                format!("是{title}，但{ftitle}为 {}", values.join("、"))
            }
        };
        f.candidates.push(Candidate {
            path: cx.path(d).to_string(),
            reason,
        });
    }
    if f.status != FindingStatus::Pass {
        let hidden: Vec<_> = cx
            .could_hide_kinds(kinds)
            .into_iter()
            .filter(|d| !of_kind.iter().any(|(o, _, _)| o.doc == d.doc))
            .collect();
        for d in hidden.iter().take(HIDDEN_LISTED) {
            f.candidates.push(Candidate {
                path: cx.path(d).to_string(),
                reason: if d.ocr.is_some() {
                    "扫描件经 OCR 识别，未能判断是否为该材料".into()
                } else {
                    "文件无法读取文字，无法判断是否为该材料".into()
                },
            });
        }
        if hidden.len() > HIDDEN_LISTED {
            f.candidates.push(Candidate {
                path: String::new(),
                reason: format!(
                    "另有 {} 个无法读取的文件未逐一列出",
                    hidden.len() - HIDDEN_LISTED
                ),
            });
        }
    }
    f
}

/// Unreadable files named one by one as possibly being a missing material.
const HIDDEN_LISTED: usize = 10;

/// Letters and digits only, for comparing names across documents.
fn bare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// How an item of a record field is named to staff (through vocabularies).
pub fn item_label(cx: &Ctx, item: &FieldHit) -> String {
    item.parts
        .iter()
        .map(|(g, v)| cx.rules.show_group(item.field, g, v).to_string())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One for_each item of a `records` rule.
#[allow(clippy::too_many_arguments)]
fn records(
    cx: &Ctx,
    rule: &Rule,
    item: &FieldHit,
    field: usize,
    distinct: &str,
    min: usize,
    equal: &[(String, String)],
    overlap: &[(String, String)],
) -> Finding {
    let label = item_label(cx, item);
    let message = rule.message.replace("{item}", &label);
    let group = |h: &FieldHit, g: &str| h.parts.get(g).cloned().unwrap_or_default();
    let matching: Vec<(&DocFacts, &FieldHit)> = cx
        .facts
        .values(field)
        .filter(|(_, h)| {
            equal.iter().all(|(i, r)| group(item, i) == group(h, r))
                && overlap
                    .iter()
                    .all(|(i, r)| overlaps(&group(item, i), &group(h, r)))
        })
        .collect();
    let mut values: Vec<String> = matching.iter().map(|(_, h)| group(h, distinct)).collect();
    values.sort();
    values.dedup();
    let evidence: Vec<Evidence> = matching
        .iter()
        .map(|(d, h)| cx.field_evidence(d, h))
        .collect();
    let mut f = if values.len() >= min {
        finding(
            rule,
            FindingStatus::Pass,
            format!("{label}：符合"),
            Some(label),
        )
    } else if cx.something_unread() {
        finding(
            rule,
            FindingStatus::Review,
            format!("{message}；有文件或压缩包无法读取，可能包含该材料，需人工核对"),
            Some(label),
        )
    } else {
        finding(rule, broken(rule), message, Some(label))
    };
    if f.status != FindingStatus::Pass {
        f.candidates = matching
            .iter()
            .map(|(d, h)| Candidate {
                path: cx.path(d).to_string(),
                reason: format!("第{}页 {}（只找到 {} 种）", h.page, h.snippet, values.len()),
            })
            .collect();
    }
    f.evidence = evidence;
    f
}

/// Whether two texts overlap: one contains the other (letters and digits
/// compared), or every `/`-joined part of one is in the other — names joined
/// in the order they were read (片剂制备/药物制剂工 and 药物制剂工/片剂制备).
fn overlaps(a: &str, b: &str) -> bool {
    let (x, y) = (bare(a), bare(b));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    if x.contains(&y) || y.contains(&x) {
        return true;
    }
    let parts =
        |s: &str| -> Vec<String> { s.split('/').map(bare).filter(|p| !p.is_empty()).collect() };
    let (pa, pb) = (parts(a), parts(b));
    let within = |small: &[String], big: &str| small.iter().all(|p| big.contains(p.as_str()));
    (pa.len() > 1 || pb.len() > 1) && (within(&pa, &y) || within(&pb, &x))
}

#[cfg(test)]
mod tests {
    use super::overlaps;

    #[test]
    fn joined_names_overlap_in_any_order_but_not_across_work_types() {
        assert!(overlaps("药物制剂工/片剂制备", "片剂制备/药物制剂工"));
        assert!(overlaps("药物制剂工", "药物制剂工/片剂制备"));
        assert!(overlaps("保洁员", "保洁员"));
        assert!(!overlaps("药物制剂工/注射剂制备", "片剂制备/药物制剂工"));
        assert!(!overlaps("保洁员", ""));
    }
}
