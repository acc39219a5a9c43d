//! The compiled rule set: what `compile` makes of the rule files and what the
//! classify and evaluate stages read. Every reference is resolved to an index,
//! every regex built, every parameter substituted and type-checked.

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Serialize;
use serde_json::Value;

use super::model::{Place, UnreadablePolicy};
use super::source::Pos;
use crate::extract::DocKind;
use crate::validate::date::Date;

/// Where a definition came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub pos: Pos,
}

/// A regex with a weight and phrases whose inside does not count.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub regex: Regex,
    pub weight: f64,
    /// Folded phrases: a match lying inside an occurrence of one is skipped.
    pub except: Vec<String>,
    /// Kind evidence that must match for the kind to be chosen.
    pub required: bool,
}

impl Pattern {
    /// The matches in `text` that do not lie inside an `except` phrase.
    pub fn find_all<'t>(&self, text: &'t str) -> Vec<regex::Match<'t>> {
        let mut found: Vec<regex::Match<'t>> = self
            .regex
            .find_iter(text)
            .filter(|m| m.start() < m.end())
            .collect();
        // The exceptions are looked for only when there is a match to judge.
        if !found.is_empty() && !self.except.is_empty() {
            let excluded = spans_of(text, &self.except);
            found.retain(|m| !inside(&excluded, m.start(), m.end()));
        }
        found
    }

    /// The first match not inside an `except` phrase.
    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        if self.except.is_empty() {
            return self.regex.find(text).filter(|m| m.start() < m.end());
        }
        self.find_all(text).into_iter().next()
    }

    pub fn source(&self) -> &str {
        self.regex.as_str()
    }
}

/// Byte spans of every occurrence of the phrases in `text`.
pub fn spans_of(text: &str, phrases: &[String]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for p in phrases.iter().filter(|p| !p.is_empty()) {
        spans.extend(
            text.match_indices(p.as_str())
                .map(|(i, s)| (i, i + s.len())),
        );
    }
    spans
}

/// Whether `start..end` lies inside one of `spans`.
pub fn inside(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    spans.iter().any(|&(a, b)| a <= start && end <= b)
}

/// Classification settings (`classification:` in a rule file).
#[derive(Debug, Clone)]
pub struct Classification {
    pub title_chars: usize,
    pub tail_chars: usize,
    /// A line matching this ends the tail area: what follows it (an official
    /// document's distribution block, 抄送/印发) is not its signature.
    pub tail_ends_before: Option<Regex>,
    pub heading_chars: usize,
    pub min_score: f64,
    pub margin: f64,
    pub ocr_min_confidence: f64,
}

impl Default for Classification {
    fn default() -> Self {
        Classification {
            title_chars: 120,
            tail_chars: 150,
            tail_ends_before: None,
            heading_chars: 30,
            min_score: 3.0,
            margin: 1.0,
            ocr_min_confidence: 75.0,
        }
    }
}

/// Default weight of an evidence pattern by place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub title: f64,
    pub issuer: f64,
    pub body: f64,
    pub file_name: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            title: 3.0,
            issuer: 2.0,
            body: 1.0,
            file_name: 1.0,
        }
    }
}

/// One piece of evidence a kind declares.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub place: Place,
    pub pattern: Pattern,
}

#[derive(Debug, Clone)]
pub struct Kind {
    pub id: String,
    pub title: String,
    pub evidence: Vec<Evidence>,
    pub min_score: f64,
    /// Kinds a document of this kind often holds too (indices).
    pub holds: Vec<usize>,
    pub origin: Origin,
}

/// A data table: rows of a YAML list.
#[derive(Debug, Clone)]
pub struct Table {
    pub id: String,
    /// How messages name the table.
    pub title: String,
    pub rows: Vec<serde_json::Map<String, Value>>,
}

/// Terms that stand for values, matched leftmost-longest.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub id: String,
    /// (NFKC-folded term, value), longest term first.
    pub terms: Vec<(String, String)>,
    /// Folded terms that are never a value (高级工程师): they consume their span.
    pub excluded: Vec<String>,
    /// value → how to show it (五级/初级工).
    pub display: Vec<(String, String)>,
    matcher: Option<AhoCorasick>,
    /// Per pattern of `matcher`: `Some(value)` for a term, `None` for an excluded one.
    pattern_values: Vec<Option<String>>,
}

/// A term found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

impl Vocabulary {
    pub fn new(
        id: String,
        mut terms: Vec<(String, String)>,
        excluded: Vec<String>,
        display: Vec<(String, String)>,
    ) -> Vocabulary {
        terms.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        terms.dedup_by(|a, b| a.0 == b.0);
        let mut patterns: Vec<&str> = Vec::new();
        let mut pattern_values = Vec::new();
        for (t, v) in &terms {
            if !t.is_empty() {
                patterns.push(t);
                pattern_values.push(Some(v.clone()));
            }
        }
        for x in &excluded {
            if !x.is_empty() {
                patterns.push(x);
                pattern_values.push(None);
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Vocabulary {
            id,
            terms,
            excluded,
            display,
            matcher,
            pattern_values,
        }
    }

    /// Every term in `text` (already folded), leftmost-longest, excluded
    /// terms consuming their span without giving a value. A term that
    /// starts or ends with a Latin letter or digit is a word of its own: not
    /// one inside a longer run of them (L2 in a credit code's …8L26H).
    pub fn find_all(&self, text: &str) -> Vec<Term> {
        let Some(m) = &self.matcher else {
            return Vec::new();
        };
        let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        m.find_iter(text)
            .filter(|hit| {
                let term = &text[hit.start()..hit.end()];
                let glued_before =
                    alnum(term.chars().next()) && alnum(text[..hit.start()].chars().next_back());
                let glued_after =
                    alnum(term.chars().next_back()) && alnum(text[hit.end()..].chars().next());
                !glued_before && !glued_after
            })
            .filter_map(|hit| {
                let value = self.pattern_values.get(hit.pattern().as_usize())?.clone()?;
                Some(Term {
                    start: hit.start(),
                    end: hit.end(),
                    value,
                })
            })
            .collect()
    }

    /// The value of the first term found in `text`.
    pub fn lookup(&self, text: &str) -> Option<String> {
        let folded = crate::normalize::compact(text);
        self.find_all(&folded).into_iter().next().map(|t| t.value)
    }

    /// How a value is shown to staff.
    pub fn show<'a>(&'a self, value: &'a str) -> &'a str {
        self.display
            .iter()
            .find(|(v, _)| v == value)
            .map(|(_, d)| d.as_str())
            .unwrap_or(value)
    }
}

/// Check marks beside a vocabulary term (☑ 五级 □ 四级).
#[derive(Debug, Clone, Default)]
pub struct Marks {
    pub checked: Vec<String>,
    pub unchecked: Vec<String>,
    /// Words after a box that answer for its option (■是): a box before one
    /// is a mark, not a statement's bullet.
    pub yes: Vec<String>,
    /// Words after a box that refuse its option (□否, ■否): such a box never
    /// ticks.
    pub no: Vec<String>,
}

/// A group of a record field.
#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub pattern: Option<Regex>,
    pub vocabulary: Option<usize>,
    pub list: bool,
    pub inherit: bool,
    pub optional: bool,
    pub join: Option<String>,
    pub ranges: Vec<String>,
    /// Separators (folded) of a list of choices; see `records`.
    pub choices: Vec<String>,
    pub marks: Option<Marks>,
    /// Phrases (folded) a value must not lie inside.
    pub except: Vec<String>,
    /// When the row has no value: the value a table gives for another group.
    pub fill: Option<Fill>,
    /// When the row has no value: the values starting the next this many
    /// lines (a table under a heading), one record each; 0 for none.
    pub below: usize,
    /// An anchor its cell wrapped: (head, tail) patterns; see `records`.
    pub wrapped: Option<(Regex, Regex)>,
}

/// A group's value looked up in a table: the distinct values of column
/// `take` in the rows whose column `column` equals the record's `group`
/// (an occupation's name from its code, when a wrapped cell broke the name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub table: usize,
    pub column: String,
    pub group: String,
    pub take: String,
    /// A column whose value for the anchor the row holds only the start of
    /// (a name its cell wrapped) is a value too.
    pub wrapped: Option<String>,
}

/// How far a record's row reaches from its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub line: bool,
    pub spread: usize,
    pub before: usize,
    pub max_chars: usize,
}

#[derive(Debug, Clone)]
pub struct Record {
    pub groups: Vec<Group>,
    /// Index of the anchor group.
    pub anchor: usize,
    pub row: Row,
    /// Phrases (folded): a row whose anchor line holds one is no record.
    pub skip: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum ValueType {
    Text,
    OrgName { suffixes: Option<usize> },
    CreditCode,
    Date,
    Year,
    Count { zero: Vec<String> },
    Record(Record),
}

impl ValueType {
    pub fn name(&self) -> &'static str {
        match self {
            ValueType::Text => "text",
            ValueType::OrgName { .. } => "org_name",
            ValueType::CreditCode => "credit_code",
            ValueType::Date => "date",
            ValueType::Year => "year",
            ValueType::Count { .. } => "count",
            ValueType::Record(_) => "record",
        }
    }

    /// The parts a check may address as `field.part`.
    pub fn parts(&self) -> Vec<String> {
        match self {
            ValueType::CreditCode => ["authority", "category", "division"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            ValueType::Date => vec!["year".into()],
            ValueType::Record(r) => r.groups.iter().map(|g| g.name.clone()).collect(),
            _ => Vec::new(),
        }
    }

    pub fn record(&self) -> Option<&Record> {
        match self {
            ValueType::Record(r) => Some(r),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub title: String,
    /// Indices into `RuleSet::kinds`.
    pub kinds: Vec<usize>,
    pub ty: ValueType,
    pub labels: Vec<Pattern>,
    pub window: usize,
    /// credit_code only: how far around a label a wrapped code's two parts
    /// may lie; `None`: a wrapped code is not looked for.
    pub wrapped_reach: Option<usize>,
    pub patterns: Vec<Pattern>,
    pub place: Place,
    pub except: Vec<String>,
    pub stop: Vec<String>,
    pub origin: Origin,
}

/// What a broken rule does to the package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Fails the package.
    Error,
    /// Sends the package to a person.
    Review,
    /// Reported; the verdict is unchanged.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForEach {
    /// These years, most recent first (computed from the parameters).
    FiscalYears(Vec<i32>),
    /// Each distinct value of a record field.
    Field(usize),
}

/// A field, or one part of its values (`credit_code.division`, a record group).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldRef {
    pub field: usize,
    pub part: Option<String>,
}

/// One `in_table` condition.
#[derive(Debug, Clone)]
pub struct Condition {
    /// Alternative columns: any of them may satisfy the condition.
    pub columns: Vec<String>,
    pub op: ConditionOp,
    /// The value's group (`value` for a scalar field).
    pub group: String,
    pub optional: bool,
    /// `contained_in` only: substituted characters an OCR read may have.
    pub ocr_misread: usize,
    /// What the value's text before a misread match must be.
    pub ocr_misread_prefix: Option<Regex>,
    /// Characters whose substitution makes a read no near miss of a row.
    pub ocr_misread_keep: Vec<char>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionOp {
    Equals,
    ContainedIn,
    Has,
}

#[derive(Debug, Clone)]
pub struct TableMatch {
    pub table: usize,
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Clone)]
pub enum Predicate {
    Present,
    Valid,
    Equals(String),
    NotEquals(String),
    In(Vec<String>),
    NotIn(Vec<String>),
    StartsWith(String),
    NotStartsWith(String),
    Matches(Regex),
    NotMatches(Regex),
    AtLeast(f64),
    AtMost(f64),
    OnOrAfter(Date),
    Before(Date),
    Within { of: Date, days: i64 },
    Consistent,
    InTable(TableMatch),
}

/// What a check does when its field has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenMissing {
    NotApplicable,
    Review,
    Fail,
}

#[derive(Debug, Clone)]
pub enum RuleBody {
    Require {
        for_each: Option<ForEach>,
        /// Alternatives: a document of any of these kinds meets the requirement.
        kinds: Vec<usize>,
        min: usize,
        field: Option<usize>,
    },
    Check {
        field: FieldRef,
        predicate: Predicate,
        /// `None`: the default (review when a document that should carry the
        /// value exists, not applicable otherwise).
        when_missing: Option<WhenMissing>,
        /// `consistent`: edits an OCR read may be from the value it is taken for.
        ocr_misread: usize,
    },
    /// For each value of record field `items`: at least `min` distinct values
    /// of group `distinct` among the matching values of record field `field`.
    Records {
        items: usize,
        field: usize,
        distinct: String,
        min: usize,
        /// (item group, record group) pairs that must be equal.
        equal: Vec<(String, String)>,
        /// (item group, record group) pairs where one text contains the other.
        overlap: Vec<(String, String)>,
    },
    /// Kinds whose documents must be able to show a seal.
    Signed {
        kinds: Vec<usize>,
        sealable: Vec<DocKind>,
    },
    /// Documents of these kinds (in a format that can show one) must show a
    /// seal on a page of the kind.
    Sealed {
        kinds: Vec<usize>,
        issuer_seal: Option<IssuerSeal>,
    },
    /// Every document of `kinds` mentions a value of one of `fields`.
    Mentions {
        kinds: Vec<usize>,
        fields: Vec<usize>,
        /// Characters an OCR read of a value may have substituted.
        ocr_misread: usize,
    },
    /// Over a batch of packages: one applicant (`by`) never has the same
    /// `key` of record field `field` in two packages.
    BatchUnique {
        field: usize,
        key: Vec<String>,
        by: usize,
        /// Folded words marking a re-upload (重新上传) in a package's name.
        markers: Vec<String>,
    },
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub clause: String,
    pub severity: Severity,
    pub message: String,
    pub body: RuleBody,
    pub origin: Origin,
}

/// What a report's header lists.
#[derive(Debug, Clone, Default)]
pub struct ReportSpec {
    pub facts: Vec<usize>,
    pub listing: Option<Listing>,
}

#[derive(Debug, Clone)]
pub struct Listing {
    pub field: usize,
    pub key: Vec<String>,
    pub collect: String,
}

/// A parameter's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Date(Date),
    Number(f64),
    Text(String),
    Bool(bool),
    List(Vec<Param>),
}

/// A compiled rule set, ready to evaluate.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub id: String,
    pub title: String,
    pub notice: Option<String>,
    pub report: ReportSpec,
    pub params: Vec<(String, Param)>,
    pub classification: Classification,
    pub unreadable: UnreadablePolicy,
    /// File names of extras (site photos, floor plans): an unread one is
    /// not taken for a missing material.
    pub unreadable_extras: Option<Regex>,
    pub tables: Vec<Table>,
    pub vocabularies: Vec<Vocabulary>,
    pub kinds: Vec<Kind>,
    pub fields: Vec<Field>,
    pub rules: Vec<Rule>,
    /// [`RuleSet::classifier_fingerprint`], computed on first use.
    pub classifier_fp: std::sync::OnceLock<String>,
}

impl RuleSet {
    /// A fingerprint of everything classification reads — the classify
    /// code's source, the classification settings, kinds, fields, tables
    /// and vocabularies (not where they are written, not the rules or
    /// parameters) — so that classification results can be cached across a
    /// rule edit that does not touch them. Computed once: a set whose kinds,
    /// fields or vocabularies are changed after its first use must not be
    /// used with a cache.
    pub fn classifier_fingerprint(&self) -> &str {
        self.classifier_fp.get_or_init(|| {
            use std::fmt::Write;
            let mut s = format!(
                "{}|{:?}\n",
                env!("PRESCREEN_CLASSIFIER"),
                self.classification
            );
            let nowhere = Origin {
                file: String::new(),
                pos: Pos::default(),
            };
            for k in &self.kinds {
                let k = Kind {
                    origin: nowhere.clone(),
                    ..k.clone()
                };
                let _ = writeln!(s, "{k:?}");
            }
            for f in &self.fields {
                let f = Field {
                    origin: nowhere.clone(),
                    ..f.clone()
                };
                let _ = writeln!(s, "{f:?}");
            }
            // Tables: a record group may be filled from one.
            for t in &self.tables {
                let _ = writeln!(s, "{t:?}");
            }
            for v in &self.vocabularies {
                let _ = writeln!(s, "{}|{:?}|{:?}|{:?}", v.id, v.terms, v.excluded, v.display);
            }
            crate::extract::sha256_hex(s.as_bytes())
        })
    }

    pub fn kind(&self, id: &str) -> Option<usize> {
        self.kinds.iter().position(|k| k.id == id)
    }
    pub fn field(&self, id: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.id == id)
    }
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(n, _)| n == name).map(|(_, p)| p)
    }
    pub fn kind_title(&self, kind: usize) -> &str {
        self.kinds.get(kind).map(|k| k.title.as_str()).unwrap_or("")
    }
    /// How a record group's value is shown (through its vocabulary's display).
    pub fn show_group<'a>(&'a self, field: usize, group: &str, value: &'a str) -> &'a str {
        let vocab = self
            .fields
            .get(field)
            .and_then(|f| f.ty.record())
            .and_then(|r| r.groups.iter().find(|g| g.name == group))
            .and_then(|g| g.vocabulary);
        match vocab.and_then(|v| self.vocabularies.get(v)) {
            Some(v) => v.show(value),
            None => value,
        }
    }
}

/// A scalar or a list of scalars as texts.
pub fn strings_of(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a.iter().filter_map(value_text).collect(),
        Some(other) => value_text(other).into_iter().collect(),
        None => Vec::new(),
    }
}

/// A scalar as text (numbers without a fraction as integers).
pub fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// An issuer's printed seal, told by the text beneath it: over `over` and
/// not over `unless`.
#[derive(Debug, Clone)]
pub struct IssuerSeal {
    pub over: Regex,
    pub unless: Option<Regex>,
}

impl IssuerSeal {
    /// A seal over `text` is the issuer's, not the applicant's stamp.
    pub fn is_issuers(&self, text: &str) -> bool {
        self.over.is_match(text) && !self.unless.as_ref().is_some_and(|u| u.is_match(text))
    }
}
