//! Stage 3, classify: which kinds of material each document is (by its path
//! and by its pages' text) and which field values it carries. Input: the
//! extracted documents and a compiled rule set. Output: [`Classified`], one
//! [`DocFacts`] per document, with evidence (page and matched text) for every
//! kind and value. Knows nothing of the notice: kinds and fields are data.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::extract::{Document, Status};
use crate::normalize;
use crate::rules::{FieldType, RuleSet};
use crate::validate::{credit_code, date, org_name};

/// How a kind was recognised.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct KindHit {
    /// Index into `RuleSet::kinds`.
    #[serde(skip)]
    pub kind: usize,
    pub kind_id: String,
    /// 1-based page whose text matched; `None` when recognised by path only.
    pub page: Option<usize>,
    /// The matched text (of the page, or of the path).
    pub snippet: String,
}

/// A field value found in a document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldHit {
    #[serde(skip)]
    pub field: usize,
    pub field_id: String,
    pub page: usize,
    /// The captured text as it stands in the (whitespace-free) page text.
    pub raw: String,
    /// The value compared by rules: a normalised name, a code, a year, a date.
    pub value: String,
    /// For credit codes: the check result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<credit_code::CreditCodeCheck>,
    /// For records: each group's value.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub groups: BTreeMap<String, String>,
}

/// What classification learnt about one document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocFacts {
    /// Index into the documents.
    #[serde(skip)]
    pub doc: usize,
    pub kinds: Vec<KindHit>,
    pub fields: Vec<FieldHit>,
    /// The text could not be read (fully); kinds may then rest on the path only.
    pub unreadable: bool,
}

/// Classification of a whole package.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Classified {
    pub docs: Vec<DocFacts>,
}

impl Classified {
    /// Documents recognised as `kind`.
    pub fn with_kind(&self, kind: usize) -> impl Iterator<Item = &DocFacts> {
        self.docs
            .iter()
            .filter(move |d| d.kinds.iter().any(|k| k.kind == kind))
    }
}

/// Whether a document's text is fully readable.
pub fn readable(status: Status) -> bool {
    matches!(status, Status::Ok)
}

/// Characters of context kept on each side of a match in snippets.
const CONTEXT: usize = 12;

fn snippet(text: &str, start: usize, end: usize) -> String {
    let before: String = {
        let mut v: Vec<char> = text[..start].chars().rev().take(CONTEXT).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let after: String = text[end..].chars().take(CONTEXT).collect();
    format!("{before}【{}】{after}", &text[start..end])
}

fn head(text: &str, n: Option<usize>) -> &str {
    match n {
        Some(n) => match text.char_indices().nth(n) {
            Some((i, _)) => &text[..i],
            None => text,
        },
        None => text,
    }
}

/// Classifies every document of a package.
pub fn classify(rules: &RuleSet, docs: &[Document]) -> Classified {
    let facts = docs
        .iter()
        .enumerate()
        .map(|(i, doc)| classify_one(rules, i, doc))
        .collect();
    Classified { docs: facts }
}

fn classify_one(rules: &RuleSet, index: usize, doc: &Document) -> DocFacts {
    let pages: Vec<String> = doc.pages.iter().map(|p| normalize::compact(p)).collect();
    let path = normalize::fold(&doc.path);
    let file_name = path.rsplit('/').next().unwrap_or(&path).to_string();
    let mut kinds = Vec::new();
    for (k, kind) in rules.kinds.iter().enumerate() {
        let by_content = kind.has_content().then(|| {
            pages.iter().enumerate().find_map(|(p, text)| {
                let text = head(text, kind.head);
                let all = kind.all.iter().all(|r| r.is_match(text));
                let any = kind.any.is_empty() || kind.any.iter().any(|r| r.is_match(text));
                let none = !kind.none.iter().any(|r| r.is_match(text));
                if !(all && any && none) {
                    return None;
                }
                // The longest match is the most telling evidence (the
                // bureau's full name rather than "推荐").
                let m = kind
                    .any
                    .iter()
                    .chain(&kind.all)
                    .filter_map(|r| r.find(text))
                    .max_by_key(|m| (m.len(), std::cmp::Reverse(m.start())))?;
                Some(KindHit {
                    kind: k,
                    kind_id: kind.id.clone(),
                    page: Some(p + 1),
                    snippet: snippet(text, m.start(), m.end()),
                })
            })
        });
        let hit = by_content.flatten().or_else(|| {
            // A path pattern looks at the file name, unless it names folders.
            kind.path.iter().find_map(|r| {
                let target = if r.as_str().contains('/') {
                    &path
                } else {
                    &file_name
                };
                r.find(target).map(|m| KindHit {
                    kind: k,
                    kind_id: kind.id.clone(),
                    page: None,
                    snippet: snippet(target, m.start(), m.end()),
                })
            })
        });
        kinds.extend(hit);
    }
    let mut fields = Vec::new();
    for (f, field) in rules.fields.iter().enumerate() {
        if !field
            .kinds
            .iter()
            .any(|k| kinds.iter().any(|h| h.kind == *k))
        {
            continue;
        }
        for (p, text) in pages.iter().enumerate() {
            for caps in field.pattern.captures_iter(text) {
                let Some(m) = caps.name("value").or_else(|| caps.get(0)) else {
                    continue;
                };
                let hit = match &field.ty {
                    FieldType::Record(groups) => record(rules, groups, f, &field.id, p + 1, &caps),
                    ty => typed(ty, f, &field.id, p + 1, m.as_str()),
                };
                fields.extend(hit);
            }
        }
    }
    DocFacts {
        doc: index,
        kinds,
        fields,
        unreadable: !readable(doc.status),
    }
}

/// A record: each named group as text or through its vocabulary. A group
/// whose vocabulary knows none of its terms drops the record.
fn record(
    rules: &RuleSet,
    groups: &[(String, Option<usize>)],
    field: usize,
    id: &str,
    page: usize,
    caps: &regex::Captures,
) -> Option<FieldHit> {
    let mut values = BTreeMap::new();
    for (name, vocab) in groups {
        let text = caps.name(name).map(|m| m.as_str()).unwrap_or("");
        let value = match vocab {
            Some(v) => rules.vocabularies.get(*v)?.lookup(text)?.to_string(),
            None => text.to_string(),
        };
        values.insert(name.clone(), value);
    }
    let value = values
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(";");
    Some(FieldHit {
        field,
        field_id: id.to_string(),
        page,
        raw: caps
            .get(0)
            .map(|m| m.as_str().to_string())
            .unwrap_or_default(),
        value,
        code: None,
        groups: values,
    })
}

/// Applies a field's validator to captured text.
fn typed(ty: &FieldType, field: usize, id: &str, page: usize, raw: &str) -> Option<FieldHit> {
    let hit = |value: String, code| FieldHit {
        field,
        field_id: id.to_string(),
        page,
        raw: raw.to_string(),
        value,
        code,
        groups: BTreeMap::new(),
    };
    match ty {
        FieldType::Text => Some(hit(raw.to_string(), None)),
        FieldType::OrgName => Some(hit(org_name::normalise_org_name(raw), None)),
        FieldType::CreditCode => {
            let check = credit_code::check(raw);
            Some(hit(check.code.clone(), Some(check)))
        }
        FieldType::Year => {
            let y: i32 = raw.parse().ok()?;
            Some(hit(y.to_string(), None))
        }
        FieldType::Date => {
            let (_, _, d) = date::find_dates(raw).into_iter().next()?;
            Some(hit(d.to_string(), None))
        }
        FieldType::Record(_) => None,
    }
}
