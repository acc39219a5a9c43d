//! Record fields: each match of the anchor group starts a row (its line, or
//! the text up to the next anchor); the other groups are read in the row. A
//! vocabulary group expands ranges (五级至三级) and, when the row carries check
//! marks, keeps only the ticked terms; a `list` group gives one record per
//! value; an `inherit` group missing from the row takes the nearest earlier
//! value in the document, then in its path (a section heading, a file name).

use std::collections::BTreeMap;

use super::text::{At, DocText, snippet, take_chars};
use crate::rules::{Group, Record, RuleSet, Term};

/// Context characters either side of a row in snippets.
const CONTEXT: usize = 8;
/// Longest row text kept as the record's raw text.
const MAX_RAW: usize = 80;

/// One record read from a row.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordRead {
    pub page: usize,
    /// Group name → value.
    pub groups: BTreeMap<String, String>,
    /// The row as read (capped).
    pub raw: String,
    pub snippet: String,
    /// Groups taken from earlier text or the path, not from the row.
    pub inherited: Vec<String>,
}

/// A value of one group found in text, with its byte span.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    value: String,
}

/// Values of a group in `text`: pattern matches (through the vocabulary when
/// the group has one) or vocabulary terms, ranges expanded, unticked terms
/// dropped when the text carries marks.
fn find(rules: &RuleSet, g: &Group, text: &str) -> Vec<Found> {
    let vocab = g.vocabulary.and_then(|v| rules.vocabularies.get(v));
    if let Some(re) = &g.pattern {
        return re
            .find_iter(text)
            .filter(|m| m.start() < m.end())
            .filter_map(|m| {
                let value = match vocab {
                    Some(v) => v.find_all(m.as_str()).into_iter().next()?.value,
                    None => m.as_str().to_string(),
                };
                Some(Found {
                    start: m.start(),
                    end: m.end(),
                    value,
                })
            })
            .collect();
    }
    let Some(vocab) = vocab else {
        return Vec::new();
    };
    let terms = vocab.find_all(text);
    let terms = match &g.marks {
        Some(marks) => ticked(text, terms, &marks.checked, &marks.unchecked),
        None => terms,
    };
    let mut out: Vec<Found> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        if !g.ranges.is_empty()
            && let Some(from) = range_start(vocab, &g.ranges, text, &terms, i)
            && let (Ok(a), Ok(b)) = (from.parse::<i64>(), t.value.parse::<i64>())
        {
            let (lo, hi) = (a.min(b), a.max(b));
            let values: Vec<String> = {
                let mut vs: Vec<i64> = vocab
                    .terms
                    .iter()
                    .filter_map(|(_, v)| v.parse::<i64>().ok())
                    .filter(|v| (lo..=hi).contains(v))
                    .collect();
                vs.sort_unstable();
                vs.dedup();
                if a > b {
                    vs.reverse();
                }
                vs.iter().map(|v| v.to_string()).collect()
            };
            for value in values {
                out.push(Found {
                    start: t.start,
                    end: t.end,
                    value,
                });
            }
            continue;
        }
        out.push(Found {
            start: t.start,
            end: t.end,
            value: t.value.clone(),
        });
    }
    out
}

/// When term `i` closes a range (`X至Y`), the value of its opening term `X`:
/// the previous term, or a bare head sharing Y's ending (五至三级 → 五级).
fn range_start(
    vocab: &crate::rules::Vocabulary,
    connectors: &[String],
    text: &str,
    terms: &[Term],
    i: usize,
) -> Option<String> {
    let t = &terms[i];
    let before = &text[..t.start];
    let connector = connectors
        .iter()
        .filter(|c| !c.is_empty())
        .find(|c| before.ends_with(c.as_str()))?;
    let head_end = t.start - connector.len();
    if let Some(prev) = i.checked_sub(1).map(|j| &terms[j])
        && prev.end == head_end
    {
        return Some(prev.value.clone());
    }
    // A bare head: one character plus the closing term's ending.
    let head = text[..head_end].chars().last()?;
    let closing = &text[t.start..t.end];
    let ending: String = closing.chars().skip(1).collect();
    let candidate = format!("{head}{ending}");
    vocab
        .terms
        .iter()
        .find(|(term, _)| *term == candidate)
        .map(|(_, v)| v.clone())
}

/// Keeps the ticked terms when any term carries a mark. Marks sit before the
/// terms (☑五级) or, when the first marked term has none before it, after them.
fn ticked(text: &str, terms: Vec<Term>, checked: &[String], unchecked: &[String]) -> Vec<Term> {
    let mark_before = |t: &Term| -> Option<bool> {
        let before = &text[..t.start];
        let before = before.trim_end_matches(['(', ':']);
        if checked
            .iter()
            .any(|m| !m.is_empty() && before.ends_with(m.as_str()))
        {
            Some(true)
        } else if unchecked
            .iter()
            .any(|m| !m.is_empty() && before.ends_with(m.as_str()))
        {
            Some(false)
        } else {
            None
        }
    };
    let mark_after = |t: &Term| -> Option<bool> {
        let after = &text[t.end..];
        let after = after.trim_start_matches([')', ':']);
        if checked
            .iter()
            .any(|m| !m.is_empty() && after.starts_with(m.as_str()))
        {
            Some(true)
        } else if unchecked
            .iter()
            .any(|m| !m.is_empty() && after.starts_with(m.as_str()))
        {
            Some(false)
        } else {
            None
        }
    };
    let before: Vec<Option<bool>> = terms.iter().map(mark_before).collect();
    let after: Vec<Option<bool>> = terms.iter().map(mark_after).collect();
    let use_before = before.iter().any(|m| m.is_some());
    let marks = if use_before { before } else { after };
    if marks.iter().all(|m| m.is_none()) {
        return terms;
    }
    terms
        .into_iter()
        .zip(marks)
        .filter(|(_, m)| *m == Some(true))
        .map(|(t, _)| t)
        .collect()
}

/// Reads a record field from `areas` (page, offset of the slice in the page,
/// slice) of one document.
pub fn read(
    rules: &RuleSet,
    rec: &Record,
    text: &DocText,
    areas: &[(usize, usize, &str)],
) -> Vec<RecordRead> {
    let anchor_group = &rec.groups[rec.anchor];
    // Earlier values for inherit groups: every value in the document, by position.
    let inherited: BTreeMap<&str, Vec<(At, String)>> = rec
        .groups
        .iter()
        .filter(|g| g.inherit)
        .map(|g| {
            let mut vals = Vec::new();
            for (p, page) in text.pages.iter().enumerate() {
                if !page.readable {
                    continue;
                }
                for f in find(rules, g, &page.compact) {
                    vals.push((
                        At {
                            page: p,
                            offset: f.start,
                        },
                        f.value,
                    ));
                }
            }
            (g.name.as_str(), vals)
        })
        .collect();
    let mut out = Vec::new();
    for &(page, offset, area) in areas {
        let pt = &text.pages[page];
        // An anchor lies on one line: a marker broken over two lines is a
        // heading running into the next line's text.
        let anchors: Vec<Found> = find(rules, anchor_group, area)
            .into_iter()
            .filter(|a| pt.line_of(offset + a.start) == pt.line_of(offset + a.end - 1))
            .collect();
        for (i, a) in anchors.iter().enumerate() {
            let (row_start, row_end) = if rec.row.line {
                let line = pt.line_of(offset + a.start);
                let start = pt.line_start(line).saturating_sub(offset).min(a.start);
                let end = pt
                    .line_start(line + 1 + rec.row.lines_after)
                    .saturating_sub(offset)
                    .clamp(a.end, area.len());
                (start, end)
            } else {
                let prev_end = i.checked_sub(1).map(|j| anchors[j].end).unwrap_or(0);
                let before: usize = area[..a.start]
                    .chars()
                    .rev()
                    .take(rec.row.before)
                    .map(char::len_utf8)
                    .sum();
                let start = (a.start - before).max(prev_end);
                let next = anchors.get(i + 1).map(|n| n.start).unwrap_or(area.len());
                let cap = a.end + take_chars(&area[a.end..], rec.row.max_chars).len();
                (start, next.min(cap))
            };
            let row = &area[row_start..row_end];
            let at = At {
                page,
                offset: offset + row_start,
            };
            // Values per group: the anchor's own, then the others in the row
            // outside the anchor's span.
            let mut values: Vec<(String, Vec<String>, bool)> = Vec::new();
            let mut complete = true;
            for (gi, g) in rec.groups.iter().enumerate() {
                if gi == rec.anchor {
                    values.push((g.name.clone(), vec![a.value.clone()], false));
                    continue;
                }
                let (a_start, a_end) = (a.start - row_start, a.end - row_start);
                let all = find(rules, g, row);
                let before: Vec<String> = all
                    .iter()
                    .filter(|f| f.end <= a_start)
                    .map(|f| f.value.clone())
                    .collect();
                let after: Vec<String> = all
                    .iter()
                    .filter(|f| f.start >= a_end)
                    .map(|f| f.value.clone())
                    .collect();
                // A single value is the one nearest the anchor: the last
                // before it, else the first after it.
                let found: Vec<String> = if g.list || g.join.is_some() {
                    before.into_iter().chain(after).collect()
                } else {
                    before
                        .last()
                        .or(after.first())
                        .cloned()
                        .into_iter()
                        .collect()
                };
                let mut found = dedup(found);
                if let Some(sep) = &g.join
                    && found.len() > 1
                {
                    found = vec![found.join(sep)];
                }
                let mut from_context = false;
                if found.is_empty() && g.inherit {
                    let earlier = inherited
                        .get(g.name.as_str())
                        .and_then(|vals| vals.iter().rev().find(|(p, _)| *p < at))
                        .map(|(_, v)| v.clone())
                        .or_else(|| {
                            find(rules, g, &text.path)
                                .into_iter()
                                .last()
                                .map(|f| f.value)
                        });
                    found.extend(earlier);
                    from_context = true;
                }
                if !g.list {
                    found.truncate(1);
                }
                if found.is_empty() {
                    if g.optional {
                        found.push(String::new());
                    } else {
                        complete = false;
                        break;
                    }
                }
                values.push((g.name.clone(), found, from_context));
            }
            if !complete {
                continue;
            }
            let inherited_groups: Vec<String> = values
                .iter()
                .filter(|(_, _, c)| *c)
                .map(|(n, _, _)| n.clone())
                .collect();
            let raw = take_chars(row, MAX_RAW).to_string();
            let snip = snippet(area, a.start, a.end, CONTEXT);
            for groups in combinations(&values) {
                out.push(RecordRead {
                    page,
                    groups,
                    raw: raw.clone(),
                    snippet: snip.clone(),
                    inherited: inherited_groups.clone(),
                });
            }
        }
    }
    out
}

fn dedup(values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Every combination of one value per group (list groups give several).
fn combinations(values: &[(String, Vec<String>, bool)]) -> Vec<BTreeMap<String, String>> {
    let mut out = vec![BTreeMap::new()];
    for (name, vals, _) in values {
        let mut next = Vec::new();
        for partial in &out {
            for v in vals {
                let mut m = partial.clone();
                m.insert(name.clone(), v.clone());
                next.push(m);
            }
        }
        out = next;
    }
    out
}
