//! Values by label and type. A field names labels (the value is looked for in
//! the `window` characters after one), or patterns (their `value` group is
//! the value), or neither (every value of the type in its place). The type
//! reads and validates: a credit code must pass both check characters (or
//! pass them after OCR repair; right after a label a failing one is kept, to
//! be reviewed), a name must end in one of the set's organisation suffixes,
//! dates in any usual Chinese form become ISO dates, counts read 未查见 as 0.

use std::collections::BTreeMap;

use super::text::{snippet, take_chars};
use crate::rules::set::{inside, spans_of};
use crate::rules::{Field, RuleSet, ValueType};
use crate::validate::credit_code::{self, CreditCodeCheck};
use crate::validate::{date, org_name};

/// Context characters either side of a value in snippets.
const CONTEXT: usize = 12;
/// Right after a label (separators aside), a code failing its checks is
/// taken; further on, another label's value (a licence's 证照编号) may stand
/// between.
const CODE_AFTER_LABEL: usize = 3;
/// Characters between two name endings that still make one name
/// (有限公司松江分公司).
const SHORT_PLACE: usize = 4;
/// Longest organisation name read (characters before the suffix).
const MAX_NAME: usize = 40;

/// A value read from text.
#[derive(Debug, Clone, PartialEq)]
pub struct Typed {
    /// Byte offsets in the text read.
    pub start: usize,
    pub end: usize,
    /// The value rules compare: a code, a folded name, an ISO date, a number.
    pub value: String,
    /// Named parts (a credit code's category, division…).
    pub parts: BTreeMap<String, String>,
    pub check: Option<CreditCodeCheck>,
}

/// A value with where it was read: the text area and the value's span in it.
#[derive(Debug, Clone)]
pub struct Read {
    pub page: usize,
    pub typed: Typed,
    pub raw: String,
    pub snippet: String,
}

/// Reads a scalar field's values from text areas `(page, area)`.
pub fn read(rules: &RuleSet, field: &Field, areas: &[(usize, &str)]) -> Vec<Read> {
    let mut out: Vec<Read> = Vec::new();
    for &(page, area) in areas {
        let excluded = spans_of(area, &field.except);
        let mut push = |t: Typed| {
            // Excepted: inside an except phrase, or ending inside one (a name
            // read with stray characters before 上海市人力资源和社会保障局, or
            // before the addressee's 人力资源社会保障局:).
            let ends_with_except = excluded
                .iter()
                .any(|&(a, b)| a < t.end && t.end <= b && a >= t.start);
            if inside(&excluded, t.start, t.end)
                || ends_with_except
                || out
                    .iter()
                    .any(|r| r.page == page && r.typed.start == t.start && r.typed.value == t.value)
            {
                return;
            }
            out.push(Read {
                page,
                raw: area[t.start..t.end].to_string(),
                snippet: snippet(area, t.start, t.end, CONTEXT),
                typed: t,
            });
        };
        for label in &field.labels {
            for m in label.find_all(area) {
                let window = take_chars(&area[m.end()..], field.window);
                // A label's value is in its own sentence.
                let window = window.split(['。', ';']).next().unwrap_or(window);
                if let Some(mut t) = first(rules, field, window, true) {
                    t.start += m.end();
                    t.end += m.end();
                    let valid = t.check.as_ref().is_some_and(|c| c.is_valid());
                    push(t);
                    if valid {
                        continue;
                    }
                }
                // A code its narrow cell wrapped around the label's line.
                if matches!(field.ty, ValueType::CreditCode)
                    && let Some(reach) = field.wrapped_reach
                    && let Some(f) = credit_code::find_split_code(area, (m.start(), m.end()), reach)
                {
                    push(code_value(f.start, f.end, f.check));
                }
            }
        }
        for pattern in &field.patterns {
            let pattern_excluded = spans_of(area, &pattern.except);
            for caps in pattern.regex.captures_iter(area) {
                let Some(m) = caps.name("value").or_else(|| caps.get(0)) else {
                    continue;
                };
                if m.start() == m.end() || inside(&pattern_excluded, m.start(), m.end()) {
                    continue;
                }
                if let Some(mut t) = whole(rules, field, m.as_str()) {
                    t.start = m.start();
                    t.end = m.end();
                    push(t);
                }
            }
        }
        if field.labels.is_empty() && field.patterns.is_empty() {
            for t in all(rules, field, area) {
                push(t);
            }
        }
    }
    out
}

/// The first value of the field's type in a window after a label.
fn first(rules: &RuleSet, field: &Field, window: &str, after_label: bool) -> Option<Typed> {
    match &field.ty {
        ValueType::CreditCode => {
            let found = credit_code::find_codes(window);
            let pick = found
                .iter()
                .find(|f| f.check.valid_code().is_some())
                .or_else(|| {
                    found.iter().find(|f| {
                        after_label && window[..f.start].chars().count() <= CODE_AFTER_LABEL
                    })
                })?;
            Some(code_value(pick.start, pick.end, pick.check.clone()))
        }
        // A label's name follows it, not the next clause of a sentence
        // (报告仅供被查询企业使用，报告内容以征信中心…: 被查询企业 is no label there).
        ValueType::OrgName { suffixes } => org_names(rules, field, *suffixes, window, true)
            .into_iter()
            .next()
            .filter(|t| !window[..t.start].contains(['，', ',', '。', '；', ';'])),
        ValueType::Text => text_value(field, window),
        ValueType::Date => date::find_dates(window)
            .into_iter()
            .next()
            .map(|(s, e, d)| simple(s, e, d.to_string(), &[("year", d.year.to_string())])),
        ValueType::Year => date::find_years(window)
            .into_iter()
            .next()
            .map(|(s, e, y)| simple(s, e, y.to_string(), &[])),
        ValueType::Count { zero } => count(window, zero),
        ValueType::Record(_) => None,
    }
}

/// A pattern's capture read as the field's type.
fn whole(rules: &RuleSet, field: &Field, text: &str) -> Option<Typed> {
    match &field.ty {
        ValueType::CreditCode => Some(code_value(0, text.len(), credit_code::check(text))),
        ValueType::OrgName { .. } => {
            let name = org_name::normalise_org_name(text);
            (!name.is_empty()).then(|| simple(0, text.len(), name, &[]))
        }
        ValueType::Text => {
            let t = text.trim_matches(|c: char| SEPARATORS.contains(c));
            (!t.is_empty()).then(|| simple(0, text.len(), t.to_string(), &[]))
        }
        ValueType::Year => match text.parse::<i32>() {
            Ok(y) => Some(simple(0, text.len(), y.to_string(), &[])),
            Err(_) => first(rules, field, text, false),
        },
        _ => first(rules, field, text, false),
    }
}

/// Every value of the type in an area (fields without labels or patterns).
fn all(rules: &RuleSet, field: &Field, area: &str) -> Vec<Typed> {
    match &field.ty {
        ValueType::CreditCode => credit_code::find_codes(area)
            .into_iter()
            .filter(|f| f.check.valid_code().is_some())
            .map(|f| code_value(f.start, f.end, f.check))
            .collect(),
        ValueType::OrgName { suffixes } => org_names(rules, field, *suffixes, area, false),
        ValueType::Date => date::find_dates(area)
            .into_iter()
            .map(|(s, e, d)| simple(s, e, d.to_string(), &[("year", d.year.to_string())]))
            .collect(),
        ValueType::Year => date::find_years(area)
            .into_iter()
            .map(|(s, e, y)| simple(s, e, y.to_string(), &[]))
            .collect(),
        ValueType::Count { zero } => count(area, zero).into_iter().collect(),
        ValueType::Text | ValueType::Record(_) => Vec::new(),
    }
}

fn simple(start: usize, end: usize, value: String, parts: &[(&str, String)]) -> Typed {
    Typed {
        start,
        end,
        value,
        parts: parts
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        check: None,
    }
}

fn code_value(start: usize, end: usize, check: CreditCodeCheck) -> Typed {
    let value = check.valid_code().unwrap_or(&check.code).to_string();
    let mut parts = BTreeMap::new();
    if let Some(a) = check.authority {
        parts.insert("authority".into(), a.to_string());
    }
    if let Some(c) = &check.category {
        parts.insert("category".into(), c.clone());
    }
    if let Some(d) = &check.division {
        parts.insert("division".into(), d.clone());
    }
    Typed {
        start,
        end,
        value,
        parts,
        check: Some(check),
    }
}

/// Characters trimmed around a text value.
const SEPARATORS: &str = ":;,.、|/()[]-—_";

/// Text after a label up to the first stop phrase or sentence end.
fn text_value(field: &Field, window: &str) -> Option<Typed> {
    let lead = window.len()
        - window
            .trim_start_matches(|c: char| SEPARATORS.contains(c))
            .len();
    let rest = &window[lead..];
    let mut end = rest.len();
    for stop in field.stop.iter().filter(|s| !s.is_empty()) {
        if let Some(i) = rest.find(stop.as_str()) {
            end = end.min(i);
        }
    }
    if let Some(i) = rest.find(['。', ';']) {
        end = end.min(i);
    }
    let value = rest[..end].trim_end_matches(|c: char| SEPARATORS.contains(c) && c != ')');
    (!value.is_empty()).then(|| simple(lead, lead + value.len(), value.to_string(), &[]))
}

fn is_name_char(c: char) -> bool {
    matches!(c, '(' | ')' | '·') || is_han(c)
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Organisation names in `text`: a run of name characters ending in a suffix
/// of the set's suffix vocabulary (longest suffix; a suffix right after
/// another, as in 中心有限公司, or up to four characters and a suffix, as in
/// 有限公司松江分公司, extends the name). A name starts after the nearest stop
/// phrase or non-name character. `first_only`: the first name (after a label).
fn org_names(
    rules: &RuleSet,
    field: &Field,
    suffixes: Option<usize>,
    text: &str,
    first_only: bool,
) -> Vec<Typed> {
    let Some(vocab) = suffixes.and_then(|v| rules.vocabularies.get(v)) else {
        return Vec::new();
    };
    let terms = vocab.find_all(text);
    // A name starts after a stop phrase or after one of the field's own
    // labels (申请单位基本情况申请单位名称上海…: the name follows the last one).
    let mut stops = spans_of(text, &field.stop);
    for label in &field.labels {
        stops.extend(label.find_all(text).iter().map(|m| (m.start(), m.end())));
    }
    // An excepted phrase starting after a suffix is another text (the
    // addressee 上海市人力资源和社会保障局: under a district's letterhead), not
    // the rest of one name.
    let excepted = spans_of(text, &field.except);
    let mut out = Vec::new();
    let mut consumed = 0;
    let mut i = 0;
    while i < terms.len() {
        let t = &terms[i];
        if t.start < consumed {
            i += 1;
            continue;
        }
        let mut end = t.end;
        let mut j = i + 1;
        while let Some(next) = terms.get(j) {
            let gap = &text[end..next.start];
            let short_place = gap.chars().count() <= SHORT_PLACE
                && gap.chars().all(is_han)
                && !stops.iter().any(|&(a, b)| a < next.start && b > end)
                && !excepted.iter().any(|&(a, _)| a >= end && a < next.start);
            // Two endings alike (有限公司 | 有限责任公司: a name, then the
            // type column after it) end two texts, not one name.
            let alike = |a: &str, b: &str| {
                let tail = |s: &str| s.chars().rev().take(2).collect::<String>();
                tail(a) == tail(b)
            };
            // Nor does the same ending twice (…股份有限公司 类型 股份有限公司,
            // a licence's type misread by OCR between them): a branch adds
            // another ending (有限公司 … 分公司).
            let same = text[t.start..t.end] == text[next.start..next.end];
            let two =
                same || (gap.is_empty() && alike(&text[t.start..end], &text[next.start..next.end]));
            let adjacent = gap.chars().all(|c| c == ')');
            if (adjacent || short_place) && !two {
                end = next.end;
                j += 1;
            } else {
                break;
            }
        }
        // Walk back from the suffix over name characters, not past a stop
        // phrase or the previous name.
        let floor = stops
            .iter()
            .filter(|&&(_, b)| b <= t.start)
            .map(|&(_, b)| b)
            .max()
            .unwrap_or(0)
            .max(consumed);
        let mut start = t.start;
        let mut before = text[floor..t.start].char_indices().rev().peekable();
        let mut n = 0;
        while let Some((k, c)) = before.next() {
            // 年/月/日/号 right after a digit end a date, not begin a name.
            let date_unit = matches!(c, '年' | '月' | '日' | '号')
                && before.peek().is_some_and(|(_, p)| p.is_ascii_digit());
            if !is_name_char(c) || date_unit || n >= MAX_NAME {
                break;
            }
            start = floor + k;
            n += 1;
        }
        // Leading brackets belong to a label (（盖章）), not to the name.
        let lead = &text[start..t.start];
        let trimmed = lead.trim_start_matches(['(', ')']);
        start += lead.len() - trimmed.len();
        let core = &text[start..t.start];
        let name_chars = core.chars().filter(|c| is_han(*c)).count();
        // A suffix inside an open bracket is a type in parentheses
        // (单位性质:企业(有限责任公司)), not the end of a name.
        let open = core.matches('(').count() > core.matches(')').count();
        if name_chars >= 2 && !open {
            out.push(simple(
                start,
                end,
                org_name::normalise_org_name(&text[start..end]),
                &[],
            ));
            if first_only {
                break;
            }
        }
        consumed = end;
        i = j;
    }
    out
}

/// A count: a zero word, or a number followed by a counter (条, 项 …), which
/// ever comes first.
fn count(text: &str, zero: &[String]) -> Option<Typed> {
    let zero_at = zero
        .iter()
        .filter(|z| !z.is_empty())
        .filter_map(|z| text.find(z.as_str()).map(|i| (i, i + z.len())))
        .min();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut number_at = None;
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let mut j = k;
        let mut n: Option<u64> = None;
        if c.is_ascii_digit() {
            let mut v: u64 = 0;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                v = v
                    .saturating_mul(10)
                    .saturating_add(chars[j].1.to_digit(10).unwrap_or(0) as u64);
                j += 1;
            }
            n = Some(v);
        } else if let Some((v, len)) = cn_number(&chars[k..]) {
            n = Some(v);
            j = k + len;
        }
        if let Some(v) = n
            && chars
                .get(j)
                .is_some_and(|(_, c)| "条项次起个件宗".contains(*c))
        {
            let end = chars.get(j + 1).map(|c| c.0).unwrap_or(text.len());
            number_at = Some((i, end, v));
            break;
        }
        k = j.max(k + 1);
    }
    match (zero_at, number_at) {
        (Some((zs, ze)), Some((ns, _, _))) if zs <= ns => Some(simple(zs, ze, "0".into(), &[])),
        (_, Some((s, e, v))) => Some(simple(s, e, v.to_string(), &[])),
        (Some((zs, ze)), None) => Some(simple(zs, ze, "0".into(), &[])),
        (None, None) => None,
    }
}

/// A small Chinese number (零 … 九十九, 两) at the start: (value, chars used).
fn cn_number(chars: &[(usize, char)]) -> Option<(u64, usize)> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|v| v as u64)
    };
    let first = chars.first()?.1;
    let d1 = if first == '两' {
        Some(2)
    } else {
        digit(first)
    };
    match (d1, first) {
        (Some(a), _) => {
            if chars.get(1).map(|c| c.1) == Some('十') {
                let b = chars.get(2).and_then(|c| digit(c.1));
                Some((a * 10 + b.unwrap_or(0), if b.is_some() { 3 } else { 2 }))
            } else {
                Some((a, 1))
            }
        }
        (None, '十') => {
            let b = chars.get(1).and_then(|c| digit(c.1));
            Some((10 + b.unwrap_or(0), if b.is_some() { 2 } else { 1 }))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_zero_words_numbers_and_chinese_numerals() {
        let zero = vec!["未查见".to_string(), "无".to_string()];
        assert_eq!(
            count("行政处罚信息:未查见相关记录", &zero).map(|t| t.value),
            Some("0".into())
        );
        assert_eq!(count(":查见3条", &zero).map(|t| t.value), Some("3".into()));
        assert_eq!(
            count("查见两条记录", &zero).map(|t| t.value),
            Some("2".into())
        );
        assert_eq!(count("共十二项", &zero).map(|t| t.value), Some("12".into()));
        assert_eq!(count("信息如下", &zero), None);
        // The earlier of a zero word and a count wins.
        assert_eq!(
            count("查见1条,无其他", &zero).map(|t| t.value),
            Some("1".into())
        );
    }
}
