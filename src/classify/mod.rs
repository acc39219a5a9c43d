//! Stage 3, classify: what each document is and which values it carries.
//! Input: the extracted documents and a compiled rule set. Output:
//! [`Classified`], one [`DocFacts`] per document: its sections with the kinds
//! considered (scores and evidence) and chosen, and the field values read in
//! them with page and snippet. Knows nothing of any notice: kinds, fields and
//! vocabularies are data.
//!
//! - `text`: the matching form of a document (folded, whitespace-free pages
//!   and their lines, running headers marked);
//! - `kinds`: sections and kinds by weighted evidence;
//! - `values`: scalar fields by label and type;
//! - `records`: record fields, one record per row (and per listed value).

pub mod agree;
pub mod kinds;
pub mod records;
pub mod text;
pub mod values;

use std::collections::BTreeMap;

use serde::Serialize;

pub use kinds::{Certainty, EvidenceHit, KindScore, Section};
pub use text::DocText;

use crate::extract::{Document, Status};
use crate::rules::model::Place;
use crate::rules::{RuleSet, ValueType};
use crate::validate::credit_code::CreditCodeCheck;

/// A field value found in a document.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct FieldHit {
    /// Index into `RuleSet::fields`.
    #[serde(skip)]
    pub field: usize,
    pub field_id: String,
    /// Index into the document's sections.
    pub section: usize,
    /// 1-based page.
    pub page: usize,
    /// The text the value was read from (a record's row).
    pub raw: String,
    /// The value rules compare: a code, a folded name, an ISO date, a number;
    /// for records `group=value` pairs.
    pub value: String,
    /// Named parts: a credit code's category and division, a record's groups.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parts: BTreeMap<String, String>,
    /// The value in its context, the value in 【】.
    pub snippet: String,
    /// For credit codes: the check result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<CreditCodeCheck>,
    /// Record groups taken from earlier text or the path.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherited: Vec<String>,
}

/// What classification learnt about one document.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct DocFacts {
    /// Index into the documents.
    #[serde(skip)]
    pub doc: usize,
    pub sections: Vec<Section>,
    pub fields: Vec<FieldHit>,
    /// Some page has readable text.
    pub readable: bool,
    /// Not everything could be read (a page without text, encrypted, corrupt…).
    pub unreadable: bool,
    /// Some page was read by OCR: the lowest confidence (0–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<f32>,
}

impl DocFacts {
    /// Every chosen kind: (section index, kind, certainty).
    pub fn kinds(&self) -> impl Iterator<Item = (usize, usize, Certainty)> + '_ {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.kinds.iter().map(move |&(k, c)| (i, k, c)))
    }

    /// The best certainty with which the document holds `kind`.
    pub fn certainty(&self, kind: usize) -> Option<Certainty> {
        let rank = |c: Certainty| match c {
            Certainty::Sure => 0,
            Certainty::Close | Certainty::LowOcr => 1,
            Certainty::NameOnly => 2,
        };
        self.kinds()
            .filter(|(_, k, _)| *k == kind)
            .map(|(_, _, c)| c)
            .min_by_key(|c| rank(*c))
    }

    /// Whether any section was given a kind.
    pub fn has_kinds(&self) -> bool {
        self.sections.iter().any(|s| !s.kinds.is_empty())
    }
}

/// Classification of a whole package.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Classified {
    pub docs: Vec<DocFacts>,
}

impl Classified {
    /// Documents holding `kind`, with the best certainty.
    pub fn with_kind(&self, kind: usize) -> impl Iterator<Item = (&DocFacts, Certainty)> {
        self.docs
            .iter()
            .filter_map(move |d| d.certainty(kind).map(|c| (d, c)))
    }

    /// Every value of a field: (document, hit).
    pub fn values(&self, field: usize) -> impl Iterator<Item = (&DocFacts, &FieldHit)> {
        self.docs.iter().flat_map(move |d| {
            d.fields
                .iter()
                .filter(move |h| h.field == field)
                .map(move |h| (d, h))
        })
    }
}

/// Classifies every document of a package.
pub fn classify(rules: &RuleSet, docs: &[Document]) -> Classified {
    let facts = docs
        .iter()
        .enumerate()
        .map(|(i, doc)| classify_one(rules, i, doc, &DocText::new(doc)))
        .collect();
    let mut classified = Classified { docs: facts };
    agree::agree_codes(&mut classified, docs);
    classified
}

/// Classifies one document whose matching form is `text`.
pub fn classify_one(rules: &RuleSet, index: usize, doc: &Document, text: &DocText) -> DocFacts {
    let mut sections = kinds::sections(rules, text);
    // Pages read by OCR: the lowest confidence among them.
    let ocr = doc
        .page_quality
        .iter()
        .filter_map(|q| q.ocr)
        .min_by(f32::total_cmp);
    // A kind decided by low-confidence OCR text is not sure.
    for s in &mut sections {
        let low = doc
            .page_quality
            .get(s.first_page.saturating_sub(1)..s.last_page.min(doc.page_quality.len()))
            .unwrap_or(&[])
            .iter()
            .any(|q| {
                q.ocr
                    .is_some_and(|c| (c as f64) < rules.classification.ocr_min_confidence)
            });
        if low {
            for (_, c) in &mut s.kinds {
                if *c == Certainty::Sure {
                    *c = Certainty::LowOcr;
                }
            }
        }
    }
    let mut fields = Vec::new();
    for (f, field) in rules.fields.iter().enumerate() {
        // Sections whose content gave them one of the field's kinds.
        let chosen: Vec<usize> = sections
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.kinds
                    .iter()
                    .any(|(k, c)| *c != Certainty::NameOnly && field.kinds.contains(k))
            })
            .map(|(i, _)| i)
            .collect();
        for &si in &chosen {
            let s = &sections[si];
            let c = &rules.classification;
            let areas: Vec<(usize, usize, &str)> = match field.place {
                Place::Title => s.span.title(text, c.title_chars).into_iter().collect(),
                Place::Tail => s
                    .span
                    .tail(text, c.tail_chars, c.tail_ends_before.as_ref())
                    .into_iter()
                    .collect(),
                Place::Issuer => s
                    .span
                    .title(text, c.title_chars)
                    .into_iter()
                    .chain(s.span.tail(text, c.tail_chars, c.tail_ends_before.as_ref()))
                    .collect(),
                Place::Body | Place::FileName => s.span.slices(text),
            };
            match &field.ty {
                ValueType::Record(rec) => {
                    for r in records::read(rules, rec, text, &areas) {
                        fields.push(FieldHit {
                            field: f,
                            field_id: field.id.clone(),
                            section: si,
                            page: r.page + 1,
                            value: r
                                .groups
                                .iter()
                                .map(|(k, v)| format!("{k}={v}"))
                                .collect::<Vec<_>>()
                                .join(";"),
                            raw: r.raw,
                            parts: r.groups,
                            snippet: r.snippet,
                            check: None,
                            inherited: r.inherited,
                        });
                    }
                }
                _ => {
                    let plain: Vec<(usize, &str)> =
                        areas.iter().map(|(p, _, s)| (*p, *s)).collect();
                    for r in values::read(rules, field, &plain) {
                        fields.push(FieldHit {
                            field: f,
                            field_id: field.id.clone(),
                            section: si,
                            page: r.page + 1,
                            raw: r.raw,
                            value: r.typed.value,
                            parts: r.typed.parts,
                            snippet: r.snippet,
                            check: r.typed.check,
                            inherited: Vec::new(),
                        });
                    }
                }
            }
        }
    }
    // The same record read twice (a section read for two kinds) counts once.
    let mut seen = Vec::new();
    fields.retain(|h| {
        let key = (h.field, h.page, h.value.clone(), h.snippet.clone());
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
    // A kind decided on low-confidence OCR is vouched for by a value that
    // checks itself read on its pages — a credit code whose two check
    // characters hold — when its evidence reaches twice the kind's minimum:
    // OCR that got 18 characters right under two checksums read the page.
    for (si, s) in sections.iter_mut().enumerate() {
        let vouched = fields
            .iter()
            .any(|h| h.section == si && h.check.as_ref().is_some_and(|c| c.valid_code().is_some()));
        if !vouched {
            continue;
        }
        for (k, c) in &mut s.kinds {
            let strong = s
                .scores
                .iter()
                .find(|x| x.kind == *k)
                .zip(rules.kinds.get(*k))
                .is_some_and(|(x, kind)| x.score >= 2.0 * kind.min_score);
            if *c == Certainty::LowOcr && strong {
                *c = Certainty::Sure;
            }
        }
    }
    DocFacts {
        doc: index,
        readable: text.any_readable(),
        unreadable: doc.status != Status::Ok
            || text
                .pages
                .iter()
                .any(|p| !p.readable && !p.compact.is_empty()),
        sections,
        fields,
        ocr,
    }
}
