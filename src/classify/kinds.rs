//! Kinds by weighted evidence. A document is cut into sections — a new one
//! starts at a page whose title area names another kind, or at a heading line
//! that is exactly a kind's title — and every kind is scored on each section:
//! the weights of its evidence patterns that match in their place (title
//! area, issuer areas, body, file name). The best kind wins when it reaches
//! its `min_score`; when the runner-up is within `margin`, both are kept as a
//! close call. A document without readable text gets a kind from its file
//! name alone, marked as such.

use serde::Serialize;

use super::text::{At, DocText, Span, snippet};
use crate::rules::model::Place;
use crate::rules::{Kind, RuleSet};

/// Characters of context either side of a match in snippets.
const CONTEXT: usize = 12;
/// A section started by a heading line needs this much text of its own;
/// shorter ones are lines of a table of contents.
const MIN_HEADING_SECTION: usize = 40;

/// One evidence pattern that matched.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct EvidenceHit {
    pub place: Place,
    pub pattern: String,
    pub weight: f64,
    /// 1-based page; `None` for the file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    pub snippet: String,
    /// Characters from the start of the title area to a title match.
    #[serde(skip)]
    pub at: Option<usize>,
}

/// A kind's score on a section, with the evidence behind it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct KindScore {
    #[serde(skip)]
    pub kind: usize,
    pub kind_id: String,
    pub score: f64,
    pub evidence: Vec<EvidenceHit>,
}

/// How sure the kind of a section is.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// The text decides, with a clear margin.
    Sure,
    /// Two kinds score within the margin of each other.
    Close,
    /// The document has no readable text; its file name suggests the kind.
    NameOnly,
    /// The text decides, but it was read by OCR with a low confidence.
    LowOcr,
}

/// A stretch of a document and what it is.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Section {
    #[serde(skip)]
    pub span: Span,
    /// 1-based first and last page.
    pub first_page: usize,
    pub last_page: usize,
    /// Kinds with a positive score, best first.
    pub scores: Vec<KindScore>,
    /// The kinds chosen: one (sure or from the name), two (a close call) or none.
    pub kinds: Vec<(usize, Certainty)>,
}

impl Section {
    /// The chosen kinds' score records.
    pub fn score_of(&self, kind: usize) -> Option<&KindScore> {
        self.scores.iter().find(|s| s.kind == kind)
    }
}

/// Scores every kind on a span; `file_name` adds the file-name evidence.
fn score(rules: &RuleSet, text: &DocText, span: Span, file_name: bool) -> Vec<KindScore> {
    score_places(rules, text, span, file_name, true)
}

/// `score`, with or without the body evidence (the costly part: patterns
/// over every page of the span).
fn score_places(
    rules: &RuleSet,
    text: &DocText,
    span: Span,
    file_name: bool,
    body: bool,
) -> Vec<KindScore> {
    let c = &rules.classification;
    let title = span.title(text, c.title_chars);
    let tail = span.tail(text, c.tail_chars, c.tail_ends_before.as_ref());
    let slices = if body { span.slices(text) } else { Vec::new() };
    let mut out: Vec<KindScore> = rules
        .kinds
        .iter()
        .enumerate()
        .filter_map(|(k, kind)| {
            let evidence = evidence_of(kind, text, title, tail, &slices, file_name);
            let score: f64 = evidence.iter().map(|e| e.weight).sum();
            (score > 0.0 && !evidence.is_empty()).then(|| KindScore {
                kind: k,
                kind_id: kind.id.clone(),
                score,
                evidence,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.kind.cmp(&b.kind)));
    out
}

type Area<'t> = Option<(usize, usize, &'t str)>;

fn evidence_of(
    kind: &Kind,
    text: &DocText,
    title: Area,
    tail: Area,
    slices: &[(usize, usize, &str)],
    file_name: bool,
) -> Vec<EvidenceHit> {
    let mut hits = Vec::new();
    for e in &kind.evidence {
        if e.place == Place::FileName {
            hits.extend(file_name_evidence(e, text, file_name));
            continue;
        }
        let areas: Vec<(Option<usize>, &str)> = match e.place {
            Place::Title => title.iter().map(|(p, _, s)| (Some(*p), *s)).collect(),
            Place::Issuer => title
                .iter()
                .chain(tail.iter())
                .map(|(p, _, s)| (Some(*p), *s))
                .collect(),
            Place::Tail => tail.iter().map(|(p, _, s)| (Some(*p), *s)).collect(),
            Place::Body => slices.iter().map(|(p, _, s)| (Some(*p), *s)).collect(),
            Place::FileName => Vec::new(),
        };
        // A title, issuer or signature in a contents list (…申请表……………1,
        // …人力资源和社会保障局推荐函……4) names a document further on, not
        // this one: every place but the body and the file name.
        let found = areas.into_iter().find_map(|(page, area)| {
            let m = if matches!(e.place, Place::Title | Place::Issuer | Place::Tail) {
                e.pattern
                    .find_all(area)
                    .into_iter()
                    .find(|m| !contents_entry(&area[m.end()..]))
            } else {
                e.pattern.find(area)
            };
            m.map(|m| (page, area, m))
        });
        if let Some((page, area, m)) = found {
            hits.push(EvidenceHit {
                place: e.place,
                pattern: e.pattern.source().to_string(),
                weight: e.pattern.weight,
                page: page.map(|p| p + 1),
                snippet: snippet(area, m.start(), m.end(), CONTEXT),
                at: (e.place == Place::Title).then(|| area[..m.start()].chars().count()),
            });
        }
    }
    hits
}

/// Whether the text after a title match goes on to a contents list's
/// leaders and page number (申请表 ………… 1, 推荐函......3): a few more
/// characters of the entry at most, then dots, then the number.
fn contents_entry(rest: &str) -> bool {
    static LEADERS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[^…\.·．。]{0,20}?(…{2,}|\.{4,}|·{4,}|．{4,})\(?[0-9]{1,3}\)?")
            .expect("leaders pattern")
    });
    // The number is a page's, not a year's or a date's (……2025年).
    LEADERS.find(rest).is_some_and(|m| {
        !rest[m.end()..].starts_with(|c: char| c.is_ascii_digit() || "年月日号".contains(c))
    })
}

/// File-name evidence: full weight when the pattern matches the file's own
/// name, half when it matches only a folder of its path (03信用佐证/营业执照.pdf
/// is a licence, not a credit report).
fn file_name_evidence(
    e: &crate::rules::Evidence,
    text: &DocText,
    file_name: bool,
) -> Option<EvidenceHit> {
    if !file_name {
        return None;
    }
    let path = text.path.as_str();
    let name_at = path.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (m, weight) = match e.pattern.find(&path[name_at..]) {
        Some(m) => (
            Some((m.start() + name_at, m.end() + name_at)),
            e.pattern.weight,
        ),
        None => (
            e.pattern
                .find(&path[..name_at])
                .map(|m| (m.start(), m.end())),
            e.pattern.weight / 2.0,
        ),
    };
    let (start, end) = m?;
    Some(EvidenceHit {
        place: Place::FileName,
        pattern: e.pattern.source().to_string(),
        weight,
        page: None,
        snippet: snippet(path, start, end, CONTEXT),
        at: None,
    })
}

/// The best kind of a page taken alone, when its title area names it.
fn page_candidate(rules: &RuleSet, text: &DocText, page: usize) -> Option<usize> {
    let p = text.pages.get(page)?;
    let span = Span {
        start: At { page, offset: 0 },
        end: At {
            page,
            offset: p.compact.len(),
        },
    };
    // Title and issuer evidence decide: the head of a page tells where a new
    // document starts. The page's body only confirms what a kind requires
    // there (a letter recommends).
    let head_score = |s: &KindScore| -> f64 {
        s.evidence
            .iter()
            .filter(|e| e.place != Place::Body)
            .map(|e| e.weight)
            .sum()
    };
    let mut scores = score_places(rules, text, span, false, true);
    scores.sort_by(|a, b| {
        head_score(b)
            .total_cmp(&head_score(a))
            .then(a.kind.cmp(&b.kind))
    });
    let best = scores
        .iter()
        .find(|s| head_score(s) >= rules.kinds[s.kind].min_score && qualifies(rules, s))?;
    let titled = best
        .evidence
        .iter()
        .any(|e| e.place == Place::Title && e.weight > 0.0);
    titled.then_some(best.kind)
}

/// The kind a short line is the heading of: a title pattern of the kind
/// matches up to the line's end (trailing punctuation aside), so contents
/// lines with page numbers and sentences that mention a title are not.
fn heading_candidate(rules: &RuleSet, line: &str) -> Option<usize> {
    let line = line.trim_end_matches([':', '。', '.', ';']);
    let n = line.chars().count();
    if n < 2 || n > rules.classification.heading_chars {
        return None;
    }
    // The heaviest title ending the line wins; then the longest match.
    let mut best: Option<(f64, usize, usize)> = None;
    for (k, kind) in rules.kinds.iter().enumerate() {
        for e in kind.evidence.iter().filter(|e| e.place == Place::Title) {
            if e.pattern.weight < kind.min_score {
                continue;
            }
            if let Some(m) = e
                .pattern
                .find_all(line)
                .into_iter()
                .find(|m| m.end() == line.len())
            {
                let better = match best {
                    None => true,
                    Some((w, start, _)) => {
                        e.pattern.weight > w || (e.pattern.weight == w && m.start() < start)
                    }
                };
                if better {
                    best = Some((e.pattern.weight, m.start(), k));
                }
            }
        }
    }
    best.map(|(_, _, k)| k)
}

/// Section starts: the document start, pages whose title area names a kind,
/// heading lines that are a kind's title. Consecutive starts of the same kind
/// merge.
fn starts(rules: &RuleSet, text: &DocText) -> Vec<(At, Option<usize>)> {
    let mut found: Vec<(At, Option<usize>, bool)> = Vec::new();
    for (p, page) in text.pages.iter().enumerate() {
        if !page.readable {
            continue;
        }
        if let Some(k) = page_candidate(rules, text, p) {
            found.push((At { page: p, offset: 0 }, Some(k), false));
        }
        let first_content = (page.header_lines..page.lines.len())
            .find(|&i| !page.line(i).is_empty())
            .unwrap_or(page.lines.len());
        for i in first_content + 1..page.lines.len() {
            if let Some(k) = heading_candidate(rules, page.line(i)) {
                // A letterhead and a document number above the title belong
                // to the document the title starts: so does the whole head
                // of the page when it is that short.
                // Rule lines (a letterhead's red line set as ─ or ＿) count
                // for nothing: only letters, digits and ideographs do.
                let words = |l: usize| page.line(l).chars().filter(|c| c.is_alphanumeric()).count();
                let head: usize = (first_content..i).map(words).sum();
                // A head of a few short lines without a full stop is a
                // letterhead (issuer, 函, document number), however long.
                let worded: Vec<usize> = (first_content..i).filter(|&l| words(l) > 0).collect();
                let letterhead = worded.len() <= 6
                    && worded.iter().all(|&l| {
                        let line = page.line(l);
                        words(l) <= 30 && !line.contains('。')
                    });
                let offset = if head < MIN_HEADING_SECTION || letterhead {
                    0
                } else {
                    page.line_start(i)
                };
                found.push((At { page: p, offset }, Some(k), true));
            }
        }
    }
    found.sort_by_key(|(at, _, _)| *at);
    // Heading sections too short to be more than a contents line are dropped.
    let total_len = |from: At, to: Option<At>| -> usize {
        let end = to.unwrap_or(At {
            page: text.pages.len().saturating_sub(1),
            offset: text.pages.last().map(|p| p.compact.len()).unwrap_or(0),
        });
        Span { start: from, end }
            .slices(text)
            .iter()
            .map(|(_, _, s)| s.chars().count())
            .sum()
    };
    let mut kept: Vec<(At, Option<usize>)> = Vec::new();
    for (i, (at, k, heading)) in found.iter().enumerate() {
        if *heading && total_len(*at, found.get(i + 1).map(|f| f.0)) < MIN_HEADING_SECTION {
            continue;
        }
        kept.push((*at, *k));
    }
    let mut out: Vec<(At, Option<usize>)> = vec![(At::default(), None)];
    for (at, k) in kept {
        let last = out.last_mut().expect("starts with the document start");
        if last.0 == at {
            last.1 = k;
            continue;
        }
        if last.1 == k {
            continue;
        }
        out.push((at, k));
    }
    out
}

/// The sections of a document and their kinds.
pub fn sections(rules: &RuleSet, text: &DocText) -> Vec<Section> {
    let end_of_doc = At {
        page: text.pages.len().saturating_sub(1),
        offset: text.pages.last().map(|p| p.compact.len()).unwrap_or(0),
    };
    if !text.any_readable() {
        let span = Span {
            start: At::default(),
            end: end_of_doc,
        };
        let scores = score(rules, text, span, true);
        let kinds = scores
            .first()
            .filter(|s| s.score > 0.0)
            .map(|s| vec![(s.kind, Certainty::NameOnly)])
            .unwrap_or_default();
        return vec![Section {
            span,
            first_page: 1,
            last_page: text.pages.len().max(1),
            scores,
            kinds,
        }];
    }
    let starts = starts(rules, text);
    let mut out = Vec::new();
    for (i, (start, _)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map(|s| s.0).unwrap_or(end_of_doc);
        let span = Span { start: *start, end };
        let scores = score(rules, text, span, i == 0);
        let last_page = if end.offset == 0 && end.page > start.page {
            end.page
        } else {
            end.page + 1
        };
        out.push(Section {
            span,
            first_page: start.page + 1,
            last_page,
            kinds: choose(rules, &scores),
            scores,
        });
    }
    out
}

/// Whether a kind's score on a section makes it a candidate: its minimum
/// reached, and every `required` pattern of it matched.
fn qualifies(rules: &RuleSet, s: &KindScore) -> bool {
    let kind = &rules.kinds[s.kind];
    s.score >= kind.min_score
        && kind
            .evidence
            .iter()
            .filter(|e| e.pattern.required)
            .all(|e| {
                s.evidence
                    .iter()
                    .any(|h| h.place == e.place && h.pattern == e.pattern.source())
            })
}

/// The best kind when it reaches its minimum. Kinds within `margin` of the
/// best are told apart by their titles: a document states what it is first,
/// so the kind whose title match comes earliest wins; when none does, the two
/// best are a close call.
fn choose(rules: &RuleSet, scores: &[KindScore]) -> Vec<(usize, Certainty)> {
    let qualifying: Vec<&KindScore> = scores.iter().filter(|s| qualifies(rules, s)).collect();
    let Some(best) = qualifying.first() else {
        return Vec::new();
    };
    let contenders: Vec<&&KindScore> = qualifying
        .iter()
        .filter(|s| best.score - s.score < rules.classification.margin)
        .collect();
    if contenders.len() == 1 {
        return vec![(best.kind, Certainty::Sure)];
    }
    let title_at = |s: &KindScore| {
        s.evidence
            .iter()
            .filter(|e| e.weight > 0.0)
            .filter_map(|e| e.at)
            .min()
            .unwrap_or(usize::MAX)
    };
    let mut by_title: Vec<(usize, &KindScore)> =
        contenders.iter().map(|s| (title_at(s), **s)).collect();
    by_title.sort_by_key(|(at, _)| *at);
    if by_title[0].0 < by_title[1].0 {
        return vec![(by_title[0].1.kind, Certainty::Sure)];
    }
    vec![
        (by_title[0].1.kind, Certainty::Close),
        (by_title[1].1.kind, Certainty::Close),
    ]
}
