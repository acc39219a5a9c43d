//! The text classification sees: each page folded (NFKC, radical look-alikes)
//! with whitespace removed, split into the lines extraction gave, with running
//! headers and footers marked. Patterns and labels run on this form; raw text
//! stays with the document for evidence.

use crate::extract::{Document, PageFlag, Status};
use crate::normalize;
use regex::Regex;

/// One page in matching form.
#[derive(Debug, Clone, Default)]
pub struct PageText {
    /// The whole page, folded and without whitespace.
    pub compact: String,
    /// Byte offset in `compact` where each line starts.
    pub lines: Vec<usize>,
    /// The page has readable text.
    pub readable: bool,
    /// Lines at the top (bottom) repeated on most pages: a running header
    /// (footer), left out of title (tail) areas.
    pub header_lines: usize,
    pub footer_lines: usize,
}

impl PageText {
    /// The text of line `i`.
    pub fn line(&self, i: usize) -> &str {
        let start = self.lines.get(i).copied().unwrap_or(self.compact.len());
        let end = self.lines.get(i + 1).copied().unwrap_or(self.compact.len());
        &self.compact[start..end]
    }

    /// Byte offset where line `i` starts (the page's end past the last line).
    pub fn line_start(&self, i: usize) -> usize {
        self.lines.get(i).copied().unwrap_or(self.compact.len())
    }

    /// The line holding byte offset `at`.
    pub fn line_of(&self, at: usize) -> usize {
        match self.lines.binary_search(&at) {
            Ok(i) => {
                // Empty lines share an offset: take the last one starting here.
                let mut i = i;
                while self.lines.get(i + 1) == Some(&at) {
                    i += 1;
                }
                i
            }
            Err(i) => i.saturating_sub(1),
        }
    }
}

/// A document in matching form.
#[derive(Debug, Clone, Default)]
pub struct DocText {
    pub pages: Vec<PageText>,
    /// The path, folded and without whitespace.
    pub path: String,
}

impl DocText {
    pub fn new(doc: &Document) -> DocText {
        let mut pages: Vec<PageText> = doc
            .pages
            .iter()
            .enumerate()
            .map(|(i, raw)| {
                let flag = doc.page_quality.get(i).map(|q| q.flag);
                let mut compact = String::with_capacity(raw.len());
                let mut lines = Vec::new();
                for line in raw.split('\n') {
                    lines.push(compact.len());
                    compact.push_str(&normalize::compact(line));
                }
                let readable = match flag {
                    Some(PageFlag::Ok) => true,
                    Some(_) => false,
                    // Formats without page quality (DOCX, text) are readable
                    // when the document is.
                    None => !matches!(doc.status, Status::NoTextLayer | Status::UnreliableText),
                };
                PageText {
                    compact,
                    lines,
                    readable: readable && doc_readable(doc.status),
                    header_lines: 0,
                    footer_lines: 0,
                }
            })
            .collect();
        mark_running_lines(&mut pages);
        DocText {
            pages,
            path: normalize::compact(&doc.path),
        }
    }

    /// Whether any page has readable text.
    pub fn any_readable(&self) -> bool {
        self.pages
            .iter()
            .any(|p| p.readable && !p.compact.is_empty())
    }
}

/// Statuses whose pages may carry text.
fn doc_readable(status: Status) -> bool {
    matches!(status, Status::Ok | Status::PartialText | Status::Timeout)
}

/// A line as compared across pages: digits dropped (page numbers differ).
fn line_key(line: &str) -> String {
    line.chars().filter(|c| !c.is_ascii_digit()).collect()
}

/// Marks first and last lines that repeat on most pages (at least 3 pages,
/// and on more than half of them).
fn mark_running_lines(pages: &mut [PageText]) {
    let n = pages.iter().filter(|p| !p.compact.is_empty()).count();
    if n < 3 {
        return;
    }
    let repeated = |keys: Vec<String>| -> Vec<bool> {
        keys.iter()
            .map(|k| k.chars().count() >= 2 && keys.iter().filter(|o| *o == k).count() * 2 > n)
            .collect()
    };
    let first_nonempty = |p: &PageText| (0..p.lines.len()).find(|&i| !p.line(i).is_empty());
    let last_nonempty = |p: &PageText| (0..p.lines.len()).rev().find(|&i| !p.line(i).is_empty());
    let heads: Vec<String> = pages
        .iter()
        .map(|p| {
            first_nonempty(p)
                .map(|i| line_key(p.line(i)))
                .unwrap_or_default()
        })
        .collect();
    let tails: Vec<String> = pages
        .iter()
        .map(|p| {
            last_nonempty(p)
                .map(|i| line_key(p.line(i)))
                .unwrap_or_default()
        })
        .collect();
    for (page, rep) in pages.iter_mut().zip(repeated(heads)) {
        if rep && let Some(i) = first_nonempty(page) {
            page.header_lines = i + 1;
        }
    }
    for (page, rep) in pages.iter_mut().zip(repeated(tails)) {
        if rep && let Some(i) = last_nonempty(page) {
            page.footer_lines = page.lines.len() - i;
        }
    }
}

/// A position in a document: page index and byte offset in its compact text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct At {
    pub page: usize,
    pub offset: usize,
}

/// A stretch of a document: from `start` (inclusive) to `end` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: At,
    pub end: At,
}

impl Span {
    /// The part of each page inside the span: (page index, offset of the
    /// slice in the page, slice).
    pub fn slices<'t>(&self, text: &'t DocText) -> Vec<(usize, usize, &'t str)> {
        let mut out = Vec::new();
        for p in self.start.page..=self.end.page.min(text.pages.len().saturating_sub(1)) {
            let Some(page) = text.pages.get(p) else {
                continue;
            };
            if !page.readable {
                continue;
            }
            let from = if p == self.start.page {
                self.start.offset
            } else {
                0
            };
            let to = if p == self.end.page {
                self.end.offset
            } else {
                page.compact.len()
            };
            if from < to
                && let Some(s) = page.compact.get(from..to)
            {
                out.push((p, from, s));
            }
        }
        out
    }

    /// The title area: up to `chars` characters from the start, after a
    /// running header when the span starts at the top of a page.
    pub fn title<'t>(&self, text: &'t DocText, chars: usize) -> Option<(usize, usize, &'t str)> {
        let (page, from, slice) = self.slices(text).into_iter().next()?;
        let pt = &text.pages[page];
        let skip = if from == 0 && pt.header_lines > 0 {
            pt.line_start(pt.header_lines).min(slice.len())
        } else {
            0
        };
        let rest = &slice[skip..];
        let area = take_chars(rest, chars);
        // The area ends with its line (a cut word would defeat a pattern or
        // an exception), within a bound.
        let end = line_end(pt, from + skip + area.len()).saturating_sub(from + skip);
        let end = end.min(area.len() + take_chars(&rest[area.len()..], LINE_SLACK).len());
        Some((page, from + skip, &rest[..end.max(area.len())]))
    }

    /// The tail area: the last `chars` characters before the end, before a
    /// running footer when the span ends at the bottom of a page, and before
    /// the first later line that `ends_before` matches at its start (a
    /// distribution block: 抄送 a bureau is not being signed by it).
    pub fn tail<'t>(
        &self,
        text: &'t DocText,
        chars: usize,
        ends_before: Option<&Regex>,
    ) -> Option<(usize, usize, &'t str)> {
        let (page, from, slice) = self.slices(text).into_iter().last()?;
        let pt = &text.pages[page];
        let end_at = from + slice.len();
        let mut cut = if end_at == pt.compact.len() && pt.footer_lines > 0 {
            let footer_start = pt.line_start(pt.lines.len() - pt.footer_lines);
            footer_start.saturating_sub(from).min(slice.len())
        } else {
            slice.len()
        };
        if let Some(re) = ends_before {
            let first = pt.line_of(from);
            let block = (first + 1..pt.lines.len())
                .take_while(|&i| pt.line_start(i) < from + cut)
                .find(|&i| re.find(pt.line(i)).is_some_and(|m| m.start() == 0));
            if let Some(i) = block {
                cut = pt.line_start(i) - from;
            }
        }
        let body = &slice[..cut];
        let tail = last_chars(body, chars);
        // The area starts with its line, within a bound.
        let tail_at = from + body.len() - tail.len();
        let line_at = pt.line_start(pt.line_of(tail_at)).max(from);
        let slack_at = tail_at - last_chars(&body[..body.len() - tail.len()], LINE_SLACK).len();
        let start = line_at.max(slack_at);
        Some((page, start, &slice[start - from..cut]))
    }
}

/// How far a title or tail area may grow to take its line whole.
const LINE_SLACK: usize = 60;

/// The end (byte offset) of the line holding byte `at`.
fn line_end(pt: &PageText, at: usize) -> usize {
    if at == 0 {
        return pt.line_start(1).min(pt.compact.len());
    }
    pt.line_start(pt.line_of(at - 1) + 1).min(pt.compact.len())
}

/// The first `n` characters of `s`.
pub fn take_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The last `n` characters of `s`.
pub fn last_chars(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    match s.char_indices().nth(count - n) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

/// `text[start..end]` with up to `context` characters either side, the match
/// in 【】.
pub fn snippet(text: &str, start: usize, end: usize, context: usize) -> String {
    let (Some(before), Some(hit), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return String::new();
    };
    format!(
        "{}【{hit}】{}",
        last_chars(before, context),
        take_chars(after, context)
    )
}
