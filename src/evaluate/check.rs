//! `check` rules: a predicate on every value of a field (or of one part of
//! it), and what happens when no value was read (`when_missing`).

use std::collections::BTreeSet;

use super::{Candidate, Ctx, Evidence, Finding, FindingStatus, broken, finding};
use crate::classify::{DocFacts, FieldHit};
use crate::extract::PageQuality;
use crate::rules::{
    ConditionOp, FieldRef, Predicate, Rule, RuleBody, RuleSet, TableMatch, ValueType, WhenMissing,
    strings_of, value_text,
};
use crate::validate::date::Date;

pub fn evaluate(cx: &Ctx, rule: &Rule) -> Vec<Finding> {
    let RuleBody::Check {
        field,
        predicate,
        when_missing,
        ocr_misread,
    } = &rule.body
    else {
        return Vec::new();
    };
    vec![check(
        cx,
        rule,
        field,
        predicate,
        *when_missing,
        *ocr_misread,
    )]
}

/// The value a check looks at: the part when one is named.
fn value_of<'h>(h: &'h FieldHit, part: Option<&str>) -> Option<&'h str> {
    match part {
        Some(p) => h.parts.get(p).map(String::as_str),
        None => Some(h.value.as_str()),
    }
}

fn check(
    cx: &Ctx,
    rule: &Rule,
    fref: &FieldRef,
    predicate: &Predicate,
    when_missing: Option<WhenMissing>,
    ocr_misread: usize,
) -> Finding {
    let def = &cx.rules.fields[fref.field];
    let part = fref.part.as_deref();
    let values: Vec<(&DocFacts, &FieldHit, &str)> = cx
        .facts
        .values(fref.field)
        .filter_map(|(d, h)| value_of(h, part).map(|v| (d, h, v)))
        .filter(|(_, _, v)| !v.is_empty())
        .collect();
    let evidence = |vs: &[(&DocFacts, &FieldHit, &str)]| -> Vec<Evidence> {
        vs.iter().map(|(d, h, _)| cx.field_evidence(d, h)).collect()
    };
    if values.is_empty() {
        // A document of the field's kinds read from its text should have had
        // the value; one known only from its file name is `require`'s business.
        let sources = def.kinds.iter().any(|k| {
            cx.facts
                .with_kind(*k)
                .any(|(_, c)| c != crate::classify::Certainty::NameOnly)
        });
        let status = match when_missing {
            Some(WhenMissing::NotApplicable) => FindingStatus::NotApplicable,
            Some(WhenMissing::Review) => FindingStatus::Review,
            Some(WhenMissing::Fail) => FindingStatus::Fail,
            None if sources => FindingStatus::Review,
            None => FindingStatus::NotApplicable,
        };
        let message = match status {
            FindingStatus::NotApplicable => format!("没有可读取{}的材料", def.title),
            FindingStatus::Fail => rule.message.clone(),
            _ => format!("未能读到{}，无法核对：{}", def.title, rule.title),
        };
        return finding(rule, status, message, None);
    }
    let mut notes: Vec<Candidate> = Vec::new();
    let mut conflicts_only = matches!(predicate, Predicate::InTable(_));
    let bad: Vec<(&DocFacts, &FieldHit, &str)> = match predicate {
        Predicate::Consistent => {
            if distinct(cx, &def.ty, part, &values, ocr_misread).len() > 1 {
                values.clone()
            } else {
                Vec::new()
            }
        }
        Predicate::InTable(m) => values
            .iter()
            .copied()
            .filter(
                |(d, h, v)| match table_mismatch(cx.rules, m, h, v, on_ocr(cx, d, h), 1) {
                    None => false,
                    Some(m) => {
                        conflicts_only &= m.conflict;
                        notes.push(Candidate {
                            path: cx.path(d).to_string(),
                            reason: m.why,
                        });
                        true
                    }
                },
            )
            .collect(),
        p => values
            .iter()
            .copied()
            .filter(|(_, h, v)| !holds(p, h, v))
            .collect(),
    };
    if bad.is_empty() {
        let mut f = finding(
            rule,
            FindingStatus::Pass,
            format!("{}：符合", rule.title),
            None,
        );
        f.evidence = evidence(&values);
        return f;
    }
    if conflicts_only {
        // Only slips between columns of one row (a code and a name of two
        // catalogue entries): which was meant is for a person.
        let mut f = finding(
            rule,
            FindingStatus::Review,
            format!("{}：同一行中所读各项在表中互不对应，需人工核对", rule.title),
            None,
        );
        f.evidence = evidence(&bad);
        f.candidates = notes;
        return f;
    }
    let mut f = finding(rule, broken(rule), rule.message.clone(), None);
    f.evidence = evidence(&bad);
    f.candidates = notes;
    // A value that breaks the rule read from text (not OCR): no misread
    // explains that fail.
    let read_from_text = !matches!(predicate, Predicate::Consistent)
        && bad.iter().any(|(d, h, _)| !on_ocr(cx, d, h));
    f.self_verified = read_from_text
        || match predicate {
            // Documents read from their text disagree among themselves: no
            // misread explains that.
            Predicate::Consistent => {
                let from_text: Vec<_> = values
                    .iter()
                    .copied()
                    .filter(|(d, h, _)| !on_ocr(cx, d, h))
                    .collect();
                distinct(cx, &def.ty, part, &from_text, ocr_misread).len() > 1
            }
            // A part of a credit code whose check characters hold (region,
            // category) was not misread; a code that fails them was.
            _ if matches!(def.ty, ValueType::CreditCode) => {
                part.is_some()
                    && bad
                        .iter()
                        .all(|(_, h, _)| h.check.as_ref().is_some_and(|c| c.valid_code().is_some()))
            }
            // An OCR read that no row is near even with twice the misreads the
            // rule tolerates, whatever precedes it (太仓市人力资源和社会保障局),
            // is no misread of a row; one that is near (苏州市吴江区 by 松江区,
            // 上海市上尝明区 by 崇明区) is left to a person.
            Predicate::InTable(m) if m.conditions.iter().any(|c| c.ocr_misread > 0) => {
                bad.iter().all(|(d, h, v)| {
                    !on_ocr(cx, d, h) || table_mismatch(cx.rules, m, h, v, true, 2).is_some()
                })
            }
            _ => false,
        };
    f
}

/// The distinct values of a `consistent` check. For a whole organisation
/// name, reads that are another read in part are not another name: a name
/// whose beginning was not read (cut by a seal or a line break) is the end
/// of the full name; a seal's ring lettering read round the ring in another
/// order (建限上海研…有公司) holds exactly the characters of the name it
/// stamps. For any value, with `ocr_misread` N > 0: a read from a page read
/// by OCR at most N edits (Levenshtein) off a value read from text, or off
/// one read alike by OCR in two documents (上海志茶… for 上海馨茶…), is that
/// value misread.
fn distinct<'v>(
    cx: &Ctx,
    ty: &ValueType,
    part: Option<&str>,
    values: &[(&DocFacts, &FieldHit, &'v str)],
    ocr_misread: usize,
) -> BTreeSet<&'v str> {
    let mut distinct: BTreeSet<&str> = values.iter().map(|(_, _, v)| *v).collect();
    if matches!(ty, ValueType::OrgName { .. }) && part.is_none() {
        let all: Vec<&str> = distinct.iter().copied().collect();
        distinct.retain(|v| !all.iter().any(|o| o.len() > v.len() && o.ends_with(*v)));
        let sorted = |s: &str| {
            let mut c: Vec<char> = s.chars().collect();
            c.sort_unstable();
            c
        };
        let all: Vec<&str> = distinct.iter().copied().collect();
        distinct.retain(|v| !all.iter().any(|o| o < v && sorted(o) == sorted(v)));
        // A ring partly read: most of a name's characters, not in its order
        // (新训上海程餐饮技能培学校 for 上海新程餐饮职业技能培训学校). A shorter
        // name in order (上海华碳科技有限公司) may be another organisation.
        let all: Vec<&str> = distinct.iter().copied().collect();
        distinct.retain(|v| !all.iter().any(|o| ring_part(v, o)));
    }
    if ocr_misread == 0 {
        return distinct;
    }
    // Anchors: values read from text, or, by OCR alone, read alike in two
    // documents.
    let mut anchors: BTreeSet<&str> = values
        .iter()
        .filter(|(d, h, _)| !on_ocr(cx, d, h))
        .map(|(_, _, v)| *v)
        .collect();
    for v in &distinct {
        let docs: BTreeSet<usize> = values
            .iter()
            .filter(|(_, _, x)| x == v)
            .map(|(d, _, _)| d.doc)
            .collect();
        if docs.len() >= 2 {
            anchors.insert(v);
        }
    }
    distinct.retain(|v| {
        anchors.contains(v)
            || !anchors
                .iter()
                .any(|t| strsim::levenshtein(t, v) <= ocr_misread)
    });
    distinct
}

/// Whether one value satisfies a predicate (all but `consistent` and `in_table`).
fn holds(p: &Predicate, h: &FieldHit, v: &str) -> bool {
    let number = || v.parse::<f64>().ok();
    let date = || v.parse::<Date>().ok();
    match p {
        Predicate::Present => true,
        Predicate::Valid => h.check.as_ref().is_none_or(|c| c.valid_code().is_some()),
        Predicate::Equals(x) => v == x,
        Predicate::NotEquals(x) => v != x,
        Predicate::In(xs) => xs.iter().any(|x| x == v),
        Predicate::NotIn(xs) => !xs.iter().any(|x| x == v),
        Predicate::StartsWith(x) => v.starts_with(x.as_str()),
        Predicate::NotStartsWith(x) => !v.starts_with(x.as_str()),
        Predicate::Matches(re) => re.is_match(v),
        Predicate::NotMatches(re) => !re.is_match(v),
        Predicate::AtLeast(n) => number().is_some_and(|x| x >= *n),
        Predicate::AtMost(n) => number().is_some_and(|x| x <= *n),
        Predicate::OnOrAfter(d) => date().is_some_and(|x| x >= *d),
        Predicate::Before(d) => date().is_some_and(|x| x < *d),
        Predicate::Within { of, days } => {
            date().is_some_and(|x| (x.days_since_epoch() - of.days_since_epoch()).abs() <= *days)
        }
        Predicate::Consistent | Predicate::InTable(_) => true,
    }
}

/// Whether a value was read from a page read by OCR (ours, or a scan's own
/// invisible OCR layer).
fn on_ocr(cx: &Ctx, d: &DocFacts, h: &FieldHit) -> bool {
    cx.docs
        .get(d.doc)
        .and_then(|doc| doc.page_quality.get(h.page.saturating_sub(1)))
        .is_some_and(PageQuality::by_ocr)
}

/// Whether `needle` occurs in `hay` with at most `max` characters
/// substituted (and at most a quarter of them), none of them one of
/// `keep`, after a prefix that `prefix` (when given) matches.
pub(super) fn contains_misread(
    hay: &str,
    needle: &str,
    max: usize,
    prefix: Option<&regex::Regex>,
    keep: &[char],
) -> bool {
    let h: Vec<char> = hay.chars().collect();
    let n: Vec<char> = needle.chars().collect();
    let max = max.min(n.len() / 4);
    !n.is_empty()
        && n.len() <= h.len()
        && h.windows(n.len()).enumerate().any(|(i, w)| {
            let differ: Vec<&char> = w
                .iter()
                .zip(&n)
                .filter(|(a, b)| a != b)
                .map(|(_, b)| b)
                .collect();
            differ.len() <= max
                && !differ.iter().any(|b| keep.contains(b))
                && prefix.is_none_or(|p| p.is_match(&h[..i].iter().collect::<String>()))
        })
}

/// Whether `v` holds only characters of `o` (each at most as often), at
/// least two thirds of them, and not in `o`'s order: the lettering of a
/// seal's ring read in part, round the ring.
fn ring_part(v: &str, o: &str) -> bool {
    let vc: Vec<char> = v.chars().collect();
    let oc: Vec<char> = o.chars().collect();
    if vc.len() >= oc.len() || 3 * vc.len() < 2 * oc.len() {
        return false;
    }
    let mut left = oc.clone();
    for c in &vc {
        match left.iter().position(|x| x == c) {
            Some(i) => {
                left.swap_remove(i);
            }
            None => return false,
        }
    }
    // In order, it is a subsequence of `o`.
    let mut it = oc.iter();
    let in_order = vc.iter().all(|c| it.any(|x| x == c));
    !in_order
}

/// Letters and digits only.
fn bare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Why a value has no row in the table.
struct Mismatch {
    why: String,
    /// The required columns name a row whose optional columns say otherwise
    /// (a code of one occupation beside the name of another): a slip of the
    /// pen for a person to settle, not a value outside the table.
    conflict: bool,
}

impl Mismatch {
    fn outside(why: String) -> Self {
        Mismatch {
            why,
            conflict: false,
        }
    }
}

/// Why a value has no row in the table, or `None` when it has one.
fn table_mismatch(
    rules: &RuleSet,
    m: &TableMatch,
    hit: &FieldHit,
    value: &str,
    ocr: bool,
    tolerance: usize,
) -> Option<Mismatch> {
    let Some(table) = rules.tables.get(m.table) else {
        return Some(Mismatch::outside("表不存在".into()));
    };
    let group = |g: &str| -> String {
        if g == "value" && !hit.parts.contains_key(g) {
            value.to_string()
        } else {
            hit.parts.get(g).cloned().unwrap_or_default()
        }
    };
    let show = |g: &str, v: &str| rules.show_group(hit.field, g, v).to_string();
    // `misread`: an OCR read's substituted characters are allowed.
    let holds_read = |row: &serde_json::Map<String, serde_json::Value>,
                      c: &crate::rules::Condition,
                      misread: bool| {
        let g = group(&c.group);
        c.columns.iter().any(|col| match c.op {
            ConditionOp::Equals => row.get(col).and_then(value_text).as_deref() == Some(g.as_str()),
            ConditionOp::ContainedIn => row.get(col).and_then(value_text).is_some_and(|x| {
                !x.is_empty()
                    && (bare(&g).contains(&bare(&x))
                        || (misread
                            && contains_misread(
                                &bare(&g),
                                &bare(&x),
                                c.ocr_misread * tolerance,
                                // Asking whether any row is near at all, a
                                // misread prefix (上海市上尝明区) is no proof.
                                c.ocr_misread_prefix.as_ref().filter(|_| tolerance == 1),
                                // Whether any row is near at all: one that is
                                // near only by a substituted 区 is not.
                                if tolerance > 1 {
                                    &c.ocr_misread_keep
                                } else {
                                    &[]
                                },
                            )))
            }),
            ConditionOp::Has => strings_of(row.get(col)).contains(&g),
        })
    };
    let holds = |row: &serde_json::Map<String, serde_json::Value>, c: &crate::rules::Condition| {
        holds_read(row, c, false)
    };
    let has_columns = |row: &serde_json::Map<String, serde_json::Value>,
                       c: &crate::rules::Condition| {
        c.columns.iter().any(|col| row.contains_key(col))
    };
    let (has, select): (Vec<_>, Vec<_>) =
        m.conditions.iter().partition(|c| c.op == ConditionOp::Has);
    let (optional, required): (Vec<_>, Vec<_>) = select.into_iter().partition(|c| c.optional);
    let mut base: Vec<_> = table
        .rows
        .iter()
        .filter(|row| required.iter().all(|c| holds(row, c)))
        .collect();
    // An OCR read that matches no row may match exactly one with a
    // character or two misread.
    if base.is_empty() && ocr && required.iter().any(|c| c.ocr_misread > 0) {
        let near: Vec<_> = table
            .rows
            .iter()
            .filter(|row| required.iter().all(|c| holds_read(row, c, true)))
            .collect();
        // One row, or, when asking whether any row is near at all (a
        // wider tolerance, to tell a true mismatch), any.
        if near.len() == 1 || (tolerance > 1 && !near.is_empty()) {
            base = near;
        }
    }
    let with: Vec<_> = base
        .iter()
        .copied()
        .filter(|row| !optional.is_empty() && optional.iter().all(|c| holds(row, c)))
        .collect();
    let rows: Vec<_> = if with.is_empty() {
        base.iter()
            .copied()
            .filter(|row| optional.iter().all(|c| !has_columns(row, c)))
            .collect()
    } else {
        with
    };
    // The one row the required columns found, its optional column not
    // named, but what was read beside it is that row's own (the code's
    // occupation 轨道交通信号工 read without its only work type,
    // 城市轨道交通信号工, which its cell wrapped away): that row.
    let rows = if rows.is_empty() && base.len() == 1 && !optional.is_empty() {
        let own = |row: &serde_json::Map<String, serde_json::Value>, v: &str| {
            !v.is_empty()
                && row
                    .values()
                    .filter_map(value_text)
                    .any(|x| bare(&x) == bare(v))
        };
        base.iter()
            .copied()
            .filter(|row| optional.iter().all(|c| own(row, &group(&c.group))))
            .collect()
    } else {
        rows
    };
    let described = m
        .conditions
        .iter()
        .filter(|c| c.op != ConditionOp::Has)
        .map(|c| group(&c.group))
        .collect::<Vec<_>>()
        .join(" ");
    if rows.is_empty() && !base.is_empty() {
        // The required columns found rows; the optional ones read beside
        // them name something else.
        let keys: Vec<String> = required.iter().map(|c| group(&c.group)).collect();
        let mut theirs: Vec<String> = base
            .iter()
            .flat_map(|row| {
                optional.iter().flat_map(move |c| {
                    c.columns
                        .iter()
                        .filter_map(|col| row.get(col).and_then(value_text))
                })
            })
            .collect();
        theirs.dedup();
        return Some(Mismatch {
            why: format!(
                "{described}：{}中 {} 对应 {}，与同一行所读不一致",
                table.title,
                keys.join(" "),
                theirs.join("、")
            ),
            conflict: true,
        });
    }
    if rows.is_empty() {
        return Some(Mismatch::outside(format!(
            "{described}：不在{}中",
            table.title
        )));
    }
    if rows.iter().any(|row| has.iter().all(|c| holds(row, c))) {
        return None;
    }
    let allowed: Vec<String> = rows
        .iter()
        .flat_map(|row| {
            has.iter().flat_map(move |c| {
                c.columns
                    .iter()
                    .flat_map(|col| strings_of(row.get(col)))
                    .map(|v| show(&c.group, &v))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let asked: Vec<String> = has
        .iter()
        .map(|c| show(&c.group, &group(&c.group)))
        .collect();
    Some(Mismatch::outside(format!(
        "{described}：申报 {}，允许 {}",
        asked.join("、"),
        allowed.join("、")
    )))
}
