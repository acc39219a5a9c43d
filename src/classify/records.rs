//! Record fields: each match of the anchor group starts a row (its line, or
//! the text up to the next anchor); the other groups are read in the row. A
//! vocabulary group expands ranges (五级至三级) and, when the row carries check
//! marks, keeps only the ticked terms; a `list` group gives one record per
//! value; an `inherit` group missing from the row takes the nearest earlier
//! value in the document, then in its path (a section heading, a file name).

use std::collections::BTreeMap;

use super::text::{At, DocText, snippet, take_chars};
use crate::normalize;
use crate::rules::{Group, Marks, Record, RuleSet, Term};

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
    find_marked(rules, g, text, true)
}

/// `find_marked` without the values lying inside an `except` phrase.
fn find_marked(rules: &RuleSet, g: &Group, text: &str, use_marks: bool) -> Vec<Found> {
    let mut found = find_all(rules, g, text, use_marks);
    if !g.except.is_empty() {
        let excluded = crate::rules::spans_of(text, &g.except);
        found.retain(|f| !crate::rules::inside(&excluded, f.start, f.end));
    }
    found
}

/// Values of a group, with check marks applied or not (a line's marks may
/// belong to options on the next line: whether it joins a row ignores them).
fn find_all(rules: &RuleSet, g: &Group, text: &str, use_marks: bool) -> Vec<Found> {
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
    let terms = without_choices(vocab.find_all(text), text, &g.choices);
    let terms = match &g.marks {
        Some(marks) if use_marks => ticked(text, terms, marks),
        _ => terms,
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

/// Terms less every list of choices: a run of terms joined only by a
/// separator of `choices` that separators both open and close, with two
/// different values or more (the middle of a list its cell wrapped:
/// 工/高级工/技师/高级技), or that a bracket opens or closes when a separator
/// also bounds it or it holds three different values or more (申报等级（初级工/
/// 中级, 级工/技师/高级技师）, 高级工/技师/高级技师）): a column heading's
/// options. A row's own 五级/四级/三级 is kept, also when its cell wrapped it
/// (四级/三级/二 | 级), after an empty cell's / (管工 / 五级/初级工) or a
/// misread (卫级/四级/三级), as are （五级/四级） and one value under two
/// names (五级/初级工).
fn without_choices(terms: Vec<Term>, text: &str, choices: &[String]) -> Vec<Term> {
    if choices.is_empty() || terms.is_empty() {
        return terms;
    }
    let joined = |a: &Term, b: &Term| {
        a.end <= b.start
            && text
                .get(a.end..b.start)
                .is_some_and(|gap| choices.iter().any(|c| c == gap))
    };
    let mut drop = vec![false; terms.len()];
    let mut i = 0;
    while i < terms.len() {
        let mut j = i;
        while j + 1 < terms.len() && joined(&terms[j], &terms[j + 1]) {
            j += 1;
        }
        let before = text.get(..terms[i].start).unwrap_or("");
        let after = text.get(terms[j].end..).unwrap_or("");
        let opened = choices.iter().any(|c| before.ends_with(c.as_str()));
        let goes_on = choices.iter().any(|c| after.starts_with(c.as_str()));
        let bracketed = before.ends_with('(') || after.starts_with(')');
        let mut values: Vec<&str> = terms[i..=j].iter().map(|t| t.value.as_str()).collect();
        values.sort_unstable();
        values.dedup();
        // A run a separator only opens is a row's own: the separator marks
        // an empty cell (管工 / 五级/初级工) or follows a misread (卫级/四级/三级).
        let middle = opened && goes_on && values.len() >= 2;
        if middle || (bracketed && (opened || goes_on || values.len() >= 3)) {
            drop[i..=j].iter_mut().for_each(|d| *d = true);
        }
        i = j + 1;
    }
    terms
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(t, _)| t)
        .collect()
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

/// The marks of a text that mark options: (start, end, ticked?). A box
/// before words that are no option labels is a statement's bullet (a
/// heading ■申报承诺, ☑本单位已阅知…, a web form's ■职业编码:…): it marks
/// nothing.
fn option_marks(text: &str, terms: &[Term], m: &Marks) -> Vec<(usize, usize, bool)> {
    let answer = |e: usize| -> Option<bool> {
        let rest = &text[e..];
        if m.no.iter().any(|w| rest.starts_with(w.as_str())) {
            Some(false)
        } else if m.yes.iter().any(|w| rest.starts_with(w.as_str())) {
            Some(true)
        } else {
            None
        }
    };
    let mut marks: Vec<(usize, usize, bool)> = Vec::new();
    for (list, value) in [(&m.checked, true), (&m.unchecked, false)] {
        for k in list.iter().filter(|k| !k.is_empty()) {
            marks.extend(text.match_indices(k.as_str()).map(|(i, s)| {
                let e = i + s.len();
                (i, e, value && answer(e) != Some(false))
            }));
        }
    }
    marks.retain(|&(_, e, _)| {
        !text[e..].starts_with(crate::extract::quality::is_han)
            || terms.iter().any(|t| t.start == e)
            || answer(e).is_some()
    });
    marks
}

/// Keeps the ticked terms when the text carries check marks. Terms of the
/// same value joined only by `/`, brackets or a mark form one option
/// (五级/初级工, 五级(初级工), 四级☑/中级工). An
/// option is ticked by a mark inside it, or by the nearest mark on its
/// side — before it when the first option has a mark before it (☑五级 □四级),
/// otherwise after it (五级☑ 四级□) — with no other option in between.
/// A box followed by an answer (■是, □否) is a mark of the option before
/// it; a box before a `no` answer never ticks. Text without marks keeps
/// every term.
fn ticked(text: &str, terms: Vec<Term>, m: &Marks) -> Vec<Term> {
    let mut marks = option_marks(text, &terms, m);
    if marks.is_empty() || terms.is_empty() {
        return terms;
    }
    marks.sort_unstable();
    // Options: runs of terms separated only by joiners (and marks inside).
    let is_joiner = |gap: &str| {
        let rest: String = gap
            .chars()
            .filter(|c| !matches!(c, '/' | '(' | ')'))
            .collect();
        rest.is_empty()
            || marks
                .iter()
                .any(|&(s, e, _)| text.get(s..e) == Some(rest.as_str()))
    };
    let mut options: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        match options.last_mut() {
            Some((_, end, members))
                if t.start >= *end
                    && terms[members[0]].value == t.value
                    && is_joiner(&text[*end..t.start]) =>
            {
                *end = t.end;
                members.push(i);
            }
            _ => options.push((t.start, t.end, vec![i])),
        }
    }
    let inside =
        |o: &(usize, usize, Vec<usize>)| marks.iter().position(|&(s, e, _)| s >= o.0 && e <= o.1);
    let before = |k: usize| {
        let o = &options[k];
        let floor = k.checked_sub(1).map(|j| options[j].1).unwrap_or(0);
        marks.iter().rposition(|&(s, e, _)| e <= o.0 && s >= floor)
    };
    let after = |k: usize| {
        let o = &options[k];
        let ceil = options.get(k + 1).map(|n| n.0).unwrap_or(text.len());
        marks.iter().position(|&(s, e, _)| s >= o.1 && e <= ceil)
    };
    // Marks go before the options when the first option has one before it,
    // or when the first has none at all and the last has one only before it
    // (五级 四级□三级□二级: the first's mark was lost).
    let last = options.len() - 1;
    let use_before = before(0).is_some()
        || (inside(&options[0]).is_none()
            && after(0).is_none()
            && after(last).is_none()
            && before(last).is_some());
    let mut keep = Vec::new();
    let mut unmarked = Vec::new();
    let mut used = vec![false; marks.len()];
    for (k, o) in options.iter().enumerate() {
        let mark = inside(o).or(if use_before { before(k) } else { after(k) });
        if let Some(m) = mark {
            used[m] = true;
            if marks[m].2 {
                keep.extend(o.2.iter().copied());
            }
        } else {
            unmarked.extend(o.2.iter().copied());
        }
    }
    // Only empty boxes, and options without any: the ticked boxes' glyph
    // (☑ in a font that cannot show it) was lost, and the options left
    // without a box are the ticked ones.
    if marks.iter().all(|m| !m.2) {
        keep = unmarked;
    }
    // A tick that ticks no option (ticks in a grid row under a header of
    // options, whose columns the text does not keep) makes the reading
    // unsure: nothing is read rather than a wrong level.
    if marks.iter().zip(&used).any(|(m, u)| m.2 && !u) {
        return Vec::new();
    }
    terms
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, t)| t)
        .collect()
}

/// Anchors of line `l` (text `line`) that its cell wrapped: a match of the
/// group's `wrapped.head` (4-09-07-) outside the line's whole anchors, not
/// followed by a letter or digit, completed by a match of `wrapped.tail` (04)
/// starting one of the next `row.spread` lines (up to line `last`), when
/// the two together are a whole match of the anchor. Spans are the head's.
fn wrapped_anchors(
    rules: &RuleSet,
    rec: &Record,
    pt: &super::text::PageText,
    l: usize,
    line: &str,
    whole: &[Found],
    last: usize,
) -> Vec<Found> {
    let group = &rec.groups[rec.anchor];
    let Some((head, tail)) = &group.wrapped else {
        return Vec::new();
    };
    let alnum_at = |s: &str, i: usize| {
        s[i..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
    };
    let mut out = Vec::new();
    for h in head.find_iter(line) {
        if h.start() == h.end()
            || alnum_at(line, h.end())
            || whole.iter().any(|f| f.start < h.end() && h.start() < f.end)
        {
            continue;
        }
        for next in (l + 1)..=(l + rec.row.spread).min(last) {
            let text = pt.line(next);
            let Some(t) = tail.find(text).filter(|t| t.start() == 0 && t.end() > 0) else {
                continue;
            };
            if alnum_at(text, t.end()) {
                continue;
            }
            let joined = format!("{}{}", h.as_str(), t.as_str());
            if let Some(f) = find(rules, group, &joined)
                .into_iter()
                .find(|f| f.start == 0 && f.end == joined.len())
            {
                out.push(Found {
                    start: h.start(),
                    end: h.end(),
                    value: f.value,
                });
                break;
            }
        }
    }
    out
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
        // In line mode the anchor is matched line by line, so its pattern may
        // use ^ and $; otherwise on the whole area, across line breaks (a
        // heading 评价\n方案 broken over two lines).
        let anchors: Vec<Found> = if rec.row.line {
            let first = pt.line_of(offset);
            let last = pt.line_of(offset + area.len().saturating_sub(1));
            (first..=last)
                .flat_map(|l| {
                    let (s, e) = (
                        pt.line_start(l).max(offset),
                        pt.line_start(l + 1).min(offset + area.len()),
                    );
                    let line = if s < e { &pt.compact[s..e] } else { "" };
                    let mut found = find(rules, anchor_group, line);
                    found.extend(wrapped_anchors(rules, rec, pt, l, line, &found, last));
                    found.sort_by_key(|f| f.start);
                    found.into_iter().map(move |f| Found {
                        start: f.start + s - offset,
                        end: f.end + s - offset,
                        value: f.value,
                    })
                })
                .collect()
        } else {
            find(rules, anchor_group, area)
        };
        let line_rows = if rec.row.line {
            line_rows(rules, rec, pt, offset, area, &anchors)
        } else {
            Vec::new()
        };
        for (i, a) in anchors.iter().enumerate() {
            let (row_start, row_end) = if let Some(&row) = line_rows.get(i) {
                row
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
            // A row the rule set names as no record (last year's application).
            if !rec.skip.is_empty() {
                let own = if rec.row.line {
                    pt.line(pt.line_of(offset + a.start))
                } else {
                    row
                };
                if rec.skip.iter().any(|p| own.contains(p.as_str())) {
                    continue;
                }
            }
            let at = At {
                page,
                offset: offset + row_start,
            };
            // Values per group: the anchor's own, then the others in the row
            // outside the anchor's span.
            let mut values: Vec<(String, Vec<String>, bool)> = Vec::new();
            // Per group read from the lines below: each value with its line.
            let mut below_lines: Vec<Option<Vec<(usize, String)>>> = Vec::new();
            let mut complete = true;
            for (gi, g) in rec.groups.iter().enumerate() {
                if gi == rec.anchor {
                    values.push((g.name.clone(), vec![a.value.clone()], false));
                    below_lines.push(None);
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
                let mut from_context = false;
                // A table under the anchor's heading, one row per value:
                // when the heading's own line and what precedes it hold no
                // value, each value starting one of the lines below makes a
                // record.
                let mut from_below = false;
                let mut lined: Option<Vec<(usize, String)>> = None;
                if g.below > 0 {
                    // Values on the heading's own line (what ends the
                    // paragraph before it is not the heading's).
                    let anchor_line = pt.line_of(offset + a.start);
                    let line_begin = pt
                        .line_start(anchor_line)
                        .saturating_sub(offset + row_start);
                    let line_end = pt
                        .line_start(anchor_line + 1)
                        .saturating_sub(offset + row_start);
                    let own = all.iter().any(|f| {
                        (f.start >= line_begin && f.end <= a_start)
                            || (f.start >= a_end && f.end <= line_end)
                    });
                    if !own {
                        let below = values_below(
                            rules,
                            rec,
                            g,
                            pt,
                            text.pages.get(page + 1),
                            offset + a.start,
                            offset + area.len(),
                        );
                        if !below.is_empty() {
                            found = dedup(below.iter().map(|(_, v)| v.clone()).collect());
                            lined = Some(below);
                            from_below = true;
                        }
                    }
                }
                // A name the row holds only the start of, its cell wrapped.
                if let Some(fill) = &g.fill
                    && let Some(col) = &fill.wrapped
                    && !found.is_empty()
                {
                    for w in wrapped_values(
                        rules,
                        fill,
                        col,
                        &a.value,
                        row,
                        &with_next_line(pt, offset, row_start, row_end, area.len()),
                        &found,
                    ) {
                        found.push(w);
                    }
                }
                if let Some(sep) = &g.join
                    && found.len() > 1
                {
                    found = vec![found.join(sep)];
                }
                // A value the table gives for the anchor (an occupation's
                // name from its code).
                if found.is_empty()
                    && let Some(fill) = &g.fill
                {
                    found = filled(rules, fill, &a.value, g.join.as_deref());
                    from_context = !found.is_empty();
                }
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
                if !g.list && !from_below {
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
                below_lines.push(lined);
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
            let combined = by_line(&values, &below_lines).unwrap_or_else(|| combinations(&values));
            for groups in combined {
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

/// The rows of the anchors in line mode: each anchor's line, spread over up
/// to `row.spread` adjacent lines either side (not past a line with another
/// anchor), trimmed to lines that hold a value of a row group. A line two
/// neighbouring anchors both reach goes to one of them: the split between
/// them that gives most of their rows the groups they need, then the one
/// nearest halfway — in a form that lists 职业名称,
/// 职业编码, 工种, 等级 on lines of their own, the 等级 line after a code is
/// that code's, not the next one's. Byte offsets in `area`.
fn line_rows(
    rules: &RuleSet,
    rec: &Record,
    pt: &super::text::PageText,
    offset: usize,
    area: &str,
    anchors: &[Found],
) -> Vec<(usize, usize)> {
    let area_end = offset + area.len();
    let bounds = |l: usize| (pt.line_start(l), pt.line_start(l + 1));
    let inside = |l: usize| {
        let (s, e) = bounds(l);
        s >= offset && e <= area_end && s < e
    };
    let anchor_lines: Vec<usize> = anchors
        .iter()
        .map(|a| pt.line_of(offset + a.start))
        .collect();
    // The row groups (by index) with a value on line `l`.
    let mut cache: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut groups_on = |l: usize| -> Vec<usize> {
        cache
            .entry(l)
            .or_insert_with(|| {
                let (s, e) = bounds(l);
                let text = &pt.compact[s..e];
                rec.groups
                    .iter()
                    .enumerate()
                    .filter(|(gi, g)| {
                        *gi != rec.anchor && !find_marked(rules, g, text, false).is_empty()
                    })
                    .map(|(gi, _)| gi)
                    .collect()
            })
            .clone()
    };
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(anchors.len());
    for &line in &anchor_lines {
        let free = |l: usize| inside(l) && !anchor_lines.contains(&l);
        let (mut first, mut last) = (line, line);
        for _ in 0..rec.row.spread {
            match first.checked_sub(1) {
                Some(l) if free(l) => first = l,
                _ => break,
            }
        }
        for _ in 0..rec.row.spread {
            let l = last + 1;
            if l < pt.lines.len() && free(l) {
                last = l;
            } else {
                break;
            }
        }
        // A line of unmarked options (a heading row 五级 四级 三级) does not
        // join a row whose own line carries marked options of that group.
        let marked = |l: usize| {
            let (s, e) = bounds(l);
            let text = &pt.compact[s..e];
            rec.groups
                .iter()
                .enumerate()
                .filter(|(_, g)| {
                    g.marks.as_ref().is_some_and(|m| {
                        let terms = g
                            .vocabulary
                            .and_then(|v| rules.vocabularies.get(v))
                            .map(|v| v.find_all(text))
                            .unwrap_or_default();
                        !option_marks(text, &terms, m).is_empty()
                    })
                })
                .map(|(gi, _)| gi)
                .collect::<Vec<usize>>()
        };
        let own_marked = marked(line);
        let mut joins = |l: usize| {
            let here = marked(l);
            groups_on(l)
                .iter()
                .any(|g| !own_marked.contains(g) || here.contains(g))
        };
        while first < line && !joins(first) {
            first += 1;
        }
        while last > line && !joins(last) {
            last -= 1;
        }
        ranges.push((first, last));
    }
    for i in 1..ranges.len() {
        let (li, lj) = (anchor_lines[i - 1], anchor_lines[i]);
        let ((fi, ei), (fj, ej)) = (ranges[i - 1], ranges[i]);
        if li >= lj || ei < fj {
            continue;
        }
        // Lines up to `split` are the earlier anchor's.
        let has = |from: usize, to: usize, groups_on: &mut dyn FnMut(usize) -> Vec<usize>| {
            let mut found: Vec<usize> = (from..=to).flat_map(groups_on).collect();
            found.sort_unstable();
            found.dedup();
            found.len()
        };
        // Ties go to the split nearest halfway — or, when one anchor's own
        // line holds fewer of the row's values than the other's, it is a
        // merged cell's text, centred in its rows: it takes as many lines
        // on the other side as it has on its free side (4-09-07-04 碳排放管理员
        // 五级 | 四级 | 三级 | 4-09-07-04 (碳排放交易员) | 二级 | 一级: 四级 and
        // 三级 are the second's).
        let (own_i, own_j) = (groups_on(li).len(), groups_on(lj).len());
        let half = if own_j < own_i {
            lj.saturating_sub(ej - lj + 1)
        } else if own_i < own_j {
            li + (li - fi)
        } else {
            (li + lj) / 2
        };
        let mut best: Option<(usize, usize, usize)> = None;
        for split in fj.saturating_sub(1).max(li)..=ei.min(lj - 1) {
            let got = has(fi, split, &mut groups_on) + has(split + 1, ej, &mut groups_on);
            let off = split.abs_diff(half);
            if best.is_none_or(|(g, o, _)| got > g || (got == g && off < o)) {
                best = Some((got, off, split));
            }
        }
        if let Some((_, _, split)) = best {
            ranges[i - 1].1 = ei.min(split);
            ranges[i].0 = fj.max(split + 1);
        }
    }
    anchors
        .iter()
        .zip(ranges)
        .map(|(a, (first, last))| {
            let start = bounds(first).0.saturating_sub(offset).min(a.start);
            let end = bounds(last)
                .1
                .saturating_sub(offset)
                .clamp(a.end, area.len());
            (start, end)
        })
        .collect()
}

/// The values of group `g` that start the lines below the anchor at `at`
/// (page offsets), at most `g.below` lines, not past a line holding another
/// anchor, a new top-level section (五、…) or the end of the area: a heading
/// over a table with one row per value (等级 | 鉴定方式 | 时长 under 盆景师
/// 评价方案, or 调饮师 | 四级/中级工 | 机考…), or over numbered subsections,
/// one per value ((二)盆景师四级(中级工)：采用…): there the value may follow
/// the number and the record's other values (the occupation's name).
/// A table or a run of subsections that reaches the end of its page goes on
/// at the top of `next` (below its running header).
fn values_below(
    rules: &RuleSet,
    rec: &Record,
    g: &Group,
    pt: &super::text::PageText,
    next: Option<&super::text::PageText>,
    at: usize,
    area_end: usize,
) -> Vec<(usize, String)> {
    let first = pt.line_of(at) + 1;
    let mut lines: Vec<&str> = (first..(first + g.below).min(pt.lines.len()))
        .map(|l| {
            let (s, e) = (pt.line_start(l), pt.line_start(l + 1).min(area_end));
            pt.compact.get(s..e).unwrap_or("")
        })
        .collect();
    let to_page_end = area_end >= pt.compact.len() && first + g.below > pt.lines.len();
    if to_page_end && let Some(n) = next.filter(|n| n.readable) {
        let room = (first + g.below).saturating_sub(pt.lines.len());
        lines.extend(
            (n.header_lines..(n.header_lines + room).min(n.lines.len())).map(|l| {
                n.compact
                    .get(n.line_start(l)..n.line_start(l + 1))
                    .unwrap_or("")
            }),
        );
    }
    let mut out: Vec<(usize, String)> = Vec::new();
    let anchor = &rec.groups[rec.anchor];
    // Lines past the area are empty, as is a page's trailing line.
    let lines: Vec<(usize, &str)> = lines
        .into_iter()
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .collect();
    for (k, &(i, line)) in lines.iter().enumerate() {
        if !find(rules, anchor, line).is_empty() || starts_section(line) {
            break;
        }
        let Some(f) = find(rules, g, line).into_iter().next() else {
            continue;
        };
        // A value line right above the next heading, which names no value
        // of its own, heads that heading ((4-09-08-02)生活垃圾清运工 over
        // 五级(初级工)评价方案): it is not a row under this one.
        if let Some(&(_, next)) = lines.get(k + 1)
            && !find(rules, anchor, next).is_empty()
            && find(rules, g, next).is_empty()
        {
            break;
        }
        // A table's rule or an OCR speck before the value (_五级, |四级)
        // still leaves it opening the row.
        let lead = line.get(..f.start).unwrap_or("");
        let opens = lead.chars().all(|c| !c.is_alphanumeric())
            || Some(f.start) == wrapped_bracket_tail(line)
            || {
                let subject = subject_start(rules, rec, g, line);
                subject == Some(f.start)
                    || subject.is_some_and(|s| in_wrapped_bracket(line, s, f.start))
            };
        if opens {
            out.push((i, f.value));
        }
    }
    out
}

/// Whether `line[from..to]` is the start of a bracket not closed before `to`
/// (a work type wrapped by its cell: 网络与信息安全管理师(数据 | 四级…, its
/// 安全管理员) on the next line): an opening bracket and a few characters.
fn in_wrapped_bracket(line: &str, from: usize, to: usize) -> bool {
    let Some(gap) = line.get(from..to) else {
        return false;
    };
    let opened = line[..from].ends_with('(') || gap.starts_with('(');
    let inner = gap.trim_start_matches('(');
    opened
        && !inner.is_empty()
        && inner.chars().count() <= 8
        && !inner.contains([')', '(', '/', '、'])
}

/// Where a line opening with the end of a wrapped bracket (安全管理员) | 三级…)
/// goes on: after that bracket, when it holds a few characters.
fn wrapped_bracket_tail(line: &str) -> Option<usize> {
    let close = line.find(')')?;
    let inner = &line[..close];
    (!inner.is_empty() && inner.chars().count() <= 8 && !inner.contains(['(', '/', '、']))
        .then_some(close + 1)
}

/// A line opening a top-level section: a Chinese numeral and 、 (五、场地设备).
fn starts_section(line: &str) -> bool {
    let numerals = line
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    numerals > 0 && line.chars().nth(numerals) == Some('、')
}

/// Where a row's or a numbered subsection's subject starts: after its
/// number ((一), 1., 1、, ①), if any, and the values of the record's other
/// groups and a hyphenated code that open it (an occupation's name, its bracketed work type: a
/// table row 调饮师 | 四级/中级工 | …); `None` when nothing precedes it.
fn subject_start(rules: &RuleSet, rec: &Record, g: &Group, line: &str) -> Option<usize> {
    let mut pos = number_prefix(line);
    loop {
        let rest = &line[pos..];
        let skip: usize = rest
            .chars()
            .take_while(|c| "()/、:".contains(*c))
            .map(char::len_utf8)
            .sum();
        if skip > 0 {
            pos += skip;
            continue;
        }
        // A code column before or after the name (6-12-03-00): ASCII digits
        // joined by hyphens.
        let code: usize = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '-')
            .map(char::len_utf8)
            .sum();
        if code >= 3 && rest[..code].contains('-') {
            pos += code;
            continue;
        }
        let other = rec
            .groups
            .iter()
            .enumerate()
            .filter(|(i, o)| *i != rec.anchor && !std::ptr::eq(*o, g))
            .filter_map(|(_, o)| find(rules, o, rest).into_iter().find(|f| f.start == 0))
            .map(|f| f.end)
            .max();
        // Or the start of a value its cell wrapped (a merged first column:
        // 网络与信息安全管 | 四级/中级工 | …, 理师(数据安全管 below).
        let other = other.or_else(|| {
            rec.groups
                .iter()
                .enumerate()
                .filter(|(i, o)| *i != rec.anchor && !std::ptr::eq(*o, g))
                .filter_map(|(_, o)| wrapped_term_head(rules, o, rest))
                .max()
        });
        match other {
            Some(end) if end > 0 => pos += end,
            _ => return (pos > 0).then_some(pos),
        }
    }
}

/// The row's lines and the line after it (in the area), joined by line
/// breaks: a cell the row wrapped continues there even when that line holds
/// no value of its own.
fn with_next_line(
    pt: &super::text::PageText,
    offset: usize,
    row_start: usize,
    row_end: usize,
    area_len: usize,
) -> String {
    let (from, to) = (offset + row_start, offset + area_len);
    let first = pt.line_of(from);
    let last = pt.line_of(offset + row_end.saturating_sub(1).max(row_start)) + 1;
    (first..=last)
        .filter_map(|l| {
            let (s, e) = (pt.line_start(l).max(from), pt.line_start(l + 1).min(to));
            (s < e).then(|| pt.compact.get(s..e).unwrap_or(""))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Length in bytes of the longest start of `text` (four characters or more)
/// that begins, without completing, a term of the group's vocabulary: a
/// value its cell wrapped onto the next line.
fn wrapped_term_head(rules: &RuleSet, g: &Group, text: &str) -> Option<usize> {
    let vocab = rules.vocabularies.get(g.vocabulary?)?;
    vocab
        .terms
        .iter()
        .filter_map(|(term, _)| {
            let common: usize = term
                .chars()
                .zip(text.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a.len_utf8())
                .sum();
            (common < term.len() && term[..common].chars().count() >= 4).then_some(common)
        })
        .max()
}

/// Length in bytes of a line's leading item number: (一), (2), 1., 1、, ①;
/// 0 when the line has none.
fn number_prefix(line: &str) -> usize {
    line.strip_prefix('(')
        .and_then(|r| {
            let n = r
                .chars()
                .take_while(|c| "一二三四五六七八九十".contains(*c) || c.is_ascii_digit())
                .map(char::len_utf8)
                .sum::<usize>();
            (n > 0 && r[n..].starts_with(')')).then_some(n + 2)
        })
        .or_else(|| {
            // 1. / 1、 / 1.2 / 1.2.3 (a subsection's number, the space after
            // it gone in the folded text).
            let n: usize = line
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .map(char::len_utf8)
                .sum();
            let number = &line[..n];
            let dotted = number.contains('.') && !number.starts_with('.') && !number.contains("..");
            if n > 0 && !dotted && line[n..].starts_with('、') {
                Some(n + 1)
            } else {
                dotted.then_some(n)
            }
        })
        .or_else(|| {
            line.chars()
                .next()
                .filter(|c| ('①'..='⑩').contains(c))
                .map(char::len_utf8)
        })
        .unwrap_or(0)
}

/// The values a table gives for an anchor value: column `take` of the rows
/// whose column `column` equals it, distinct, joined when the group joins.
fn filled(
    rules: &RuleSet,
    fill: &crate::rules::set::Fill,
    key: &str,
    join: Option<&str>,
) -> Vec<String> {
    let Some(table) = rules.tables.get(fill.table) else {
        return Vec::new();
    };
    let text = |v: Option<&serde_json::Value>| {
        v.and_then(crate::rules::value_text)
            .map(|t| normalize::compact(&t))
    };
    let key = normalize::compact(key);
    let mut values: Vec<String> = Vec::new();
    for row in &table.rows {
        if text(row.get(&fill.column)).as_deref() == Some(key.as_str())
            && let Some(v) = text(row.get(&fill.take))
            && !v.is_empty()
            && !values.contains(&v)
        {
            values.push(v);
        }
    }
    match join {
        Some(sep) if values.len() > 1 => vec![values.join(sep)],
        _ => values,
    }
}

/// Values of column `col` in the table rows for `key` whose start, at least
/// four characters and half the value, `row` holds where none of `found`
/// covers it: a work type its cell wrapped (城市轨道交通信号 | 工), which the
/// vocabulary cannot find whole.
fn wrapped_values(
    rules: &RuleSet,
    fill: &crate::rules::set::Fill,
    col: &str,
    key: &str,
    row: &str,
    lined: &str,
    found: &[String],
) -> Vec<String> {
    let by_key = crate::rules::set::Fill {
        take: col.to_string(),
        wrapped: None,
        ..fill.clone()
    };
    filled(rules, &by_key, key, None)
        .into_iter()
        .filter(|w| !found.contains(w) && !row.contains(w.as_str()))
        .filter(|w| {
            let chars: Vec<char> = w.chars().collect();
            let least = 4.max(chars.len().div_ceil(2));
            (least..chars.len()).rev().any(|n| {
                let head: String = chars[..n].iter().collect();
                row.contains(head.as_str()) && !found.iter().any(|f| f.contains(head.as_str()))
            }) || split_by_cells(&chars, lined, found)
        })
        .collect()
}

/// Whether a value (four characters or more) is in `row` split in two by a
/// wrapped cell: a start of two characters or more on one line (数据安, after
/// the name it follows and before the next cells), the rest opening a later
/// line (全管理员)).
fn split_by_cells(chars: &[char], row: &str, found: &[String]) -> bool {
    chars.len() >= 4
        && (2..chars.len() - 1).any(|n| {
            let head: String = chars[..n].iter().collect();
            let tail: String = chars[n..].iter().collect();
            let Some(at) = row.find(head.as_str()) else {
                return false;
            };
            !found.iter().any(|f| f.contains(head.as_str()))
                && row[at..]
                    .lines()
                    .skip(1)
                    .any(|l| l.trim_start_matches(['(', ' ']).starts_with(tail.as_str()))
        })
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
/// Records from a table below a heading where several groups were read row
/// by row (an occupation, then its levels on the lines under it: 数字化解决
/// 方案设计师 | 四级 / 三级 / 网络与信息安全管理师 | 四级): each value of the
/// group with most lines takes, of each other such group, the value on its
/// line or the nearest line above. `None` unless two groups were read so
/// and every other group has one value.
fn by_line(
    values: &[(String, Vec<String>, bool)],
    below: &[Option<Vec<(usize, String)>>],
) -> Option<Vec<BTreeMap<String, String>>> {
    let lined: Vec<(usize, &Vec<(usize, String)>)> = below
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.as_ref().map(|b| (i, b)))
        .collect();
    if lined.len() < 2
        || values
            .iter()
            .enumerate()
            .any(|(i, (_, v, _))| below[i].is_none() && v.len() != 1)
    {
        return None;
    }
    let (driver, rows) = lined
        .iter()
        .max_by_key(|(i, b)| (b.len(), usize::MAX - i))?;
    let mut out: Vec<BTreeMap<String, String>> = Vec::new();
    for (k, (line, value)) in rows.iter().enumerate() {
        let mut m = BTreeMap::new();
        for (i, (name, vals, _)) in values.iter().enumerate() {
            let v = if i == *driver {
                value.clone()
            } else if let Some(b) = &below[i] {
                b.iter()
                    .rev()
                    .find(|(l, _)| l <= line)
                    .or(b.first())
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            } else {
                vals.first().cloned().unwrap_or_default()
            };
            m.insert(name.clone(), v);
        }
        // A merged cell's text sits in the middle of its rows: a row that
        // repeats a record (数字孪生应用技术员 | 四级 again) opens the next
        // group, whose value lies below it, before the next row.
        if out.contains(&m) {
            let next = rows.get(k + 1).map_or(usize::MAX, |(l, _)| *l);
            let mut alt = m.clone();
            for (i, (name, _, _)) in values.iter().enumerate() {
                if let Some(b) = below[i].as_ref().filter(|_| i != *driver)
                    && let Some((_, v)) = b.iter().find(|(l, _)| l > line && *l < next)
                {
                    alt.insert(name.clone(), v.clone());
                }
            }
            m = alt;
        }
        if !out.contains(&m) {
            out.push(m);
        }
    }
    Some(out)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, items: &[(&str, &str)]) -> Vec<Term> {
        let mut out = Vec::new();
        let mut from = 0;
        for (t, v) in items {
            let start = from + text[from..].find(t).expect("term in text");
            out.push(Term {
                start,
                end: start + t.len(),
                value: v.to_string(),
            });
            from = start + t.len();
        }
        out
    }

    fn kept(text: &str, items: &[(&str, &str)]) -> Vec<String> {
        let marks = Marks {
            checked: vec!["☑".to_string(), "■".to_string(), "√".to_string()],
            unchecked: vec!["□".to_string()],
            yes: vec!["是".to_string()],
            no: vec!["否".to_string()],
        };
        let mut v: Vec<String> = ticked(text, terms(text, items), &marks)
            .into_iter()
            .map(|t| t.value)
            .collect();
        v.dedup();
        v
    }

    const LEVELS: &[(&str, &str)] = &[
        ("五级", "5"),
        ("初级工", "5"),
        ("四级", "4"),
        ("中级工", "4"),
        ("三级", "3"),
        ("高级工", "3"),
        ("二级", "2"),
        ("技师", "2"),
        ("一级", "1"),
        ("高级技师", "1"),
    ];

    #[test]
    fn boxes_answering_yes_or_no() {
        // One row per level, a 是否申报 column.
        let five = [("五级", "5"), ("初级工", "5")];
        let three = [("三级", "3"), ("高级工", "3")];
        let four = [("四级", "4"), ("中级工", "4")];
        assert_eq!(kept("药物制剂工6-12-03-00五级/初级工■是", &five), ["5"]);
        assert!(kept("药物制剂工6-12-03-00三级/高级工□否", &three).is_empty());
        // Both answers offered, one ticked.
        assert_eq!(kept("四级/中级工■是□否", &four), ["4"]);
        assert!(kept("四级/中级工□是■否", &four).is_empty());
        assert!(kept("四级/中级工■否", &four).is_empty());
    }

    #[test]
    fn marks_before_options() {
        let text = "☑五级/初级工☑四级/中级工□三级/高级工□二级/技师□一级/高级技师";
        assert_eq!(kept(text, LEVELS), ["5", "4"]);
    }

    #[test]
    fn marks_after_options() {
        let text = "五级/初级工√四级/中级工□三级/高级工√二级/技师□一级/高级技师□";
        assert_eq!(kept(text, LEVELS), ["5", "3"]);
    }

    #[test]
    fn a_mark_inside_an_option_ticks_it() {
        let text = "□五级/初级工四级☑/中级工三级☑/高级工□二级/技师□一级/高级技师";
        assert_eq!(kept(text, LEVELS), ["4", "3"]);
    }

    #[test]
    fn a_wrapped_row_keeps_the_mark_of_the_option_after_the_code() {
        // The ■ ending the first line belongs to 二级, which wrapped below the code.
        let text = "□五级/初级工■四级/中级工■三级/高级工■14-09-08-01保洁员二级/技师□一级/高级技师";
        assert_eq!(kept(text, LEVELS), ["4", "3", "2"]);
    }

    #[test]
    fn ticks_in_a_row_under_a_header_of_options_read_nothing() {
        // 五级 … 一级 head the columns; the ticks under 五级 and 四级 sit in
        // the row below, after the code: which columns is not in the text.
        let text = "五级四级三级二级一级数字孪生应用技术员4-04-05-10√√";
        let header = [
            ("五级", "5"),
            ("四级", "4"),
            ("三级", "3"),
            ("二级", "2"),
            ("一级", "1"),
        ];
        assert_eq!(kept(text, &header), Vec::<String>::new());
        // One tick after each option is read as before.
        let text = "五级√四级√三级二级一级";
        assert_eq!(kept(text, &header), ["5", "4"]);
    }

    #[test]
    fn options_left_without_a_box_among_empty_boxes_are_the_ticked_ones() {
        let items = [
            ("五级", "5"),
            ("四级", "4"),
            ("三级", "3"),
            ("二级", "2"),
            ("一级", "1"),
        ];
        assert_eq!(kept("管工五级四级□三级□二级□一级", &items), ["5", "4"]);
        assert_eq!(kept("电工□五级四级三级□二级□一级", &items), ["4", "3"]);
        assert!(kept("□五级□四级□三级□二级□一级", &items).is_empty());
    }

    #[test]
    fn text_without_marks_keeps_every_term() {
        assert_eq!(kept("五级、四级", &LEVELS[..0]), Vec::<String>::new());
        let text = "五级、四级";
        assert_eq!(kept(text, &[("五级", "5"), ("四级", "4")]), ["5", "4"]);
    }
}
