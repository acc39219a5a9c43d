//! The rule-file format as serde types: what `schemas/rules.schema.json`
//! describes, before compilation. Field names match the YAML keys; the schema
//! and `docs/rules.md` give each one's meaning. Closed sets of words (a field
//! type, a predicate, a severity) are enums, so an unknown word is an error
//! with a position, never a silent fallback.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub ruleset: Option<RuleSetMeta>,
    /// Parameters of any name; rules refer to them as `$name`.
    #[serde(default)]
    pub parameters: BTreeMap<String, Value>,
    pub classification: Option<ClassificationDef>,
    pub unreadable: Option<UnreadableDef>,
    #[serde(default)]
    pub tables: Vec<TableDef>,
    #[serde(default)]
    pub vocabularies: Vec<VocabularyDef>,
    #[serde(default)]
    pub kinds: Vec<KindDef>,
    #[serde(default)]
    pub fields: Vec<FieldDef>,
    #[serde(default)]
    pub rules: Vec<RuleDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSetMeta {
    pub id: String,
    pub title: String,
    pub notice: Option<String>,
    pub report: Option<ReportDef>,
}

/// What a report's header shows, named by field ids.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ReportDef {
    /// Fields whose most frequent value the header shows (the applicant).
    #[serde(default)]
    pub facts: Vec<String>,
    /// A record field listed as rows grouped by `key`, collecting `collect`.
    pub listing: Option<ListingDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListingDef {
    pub field: String,
    pub key: Vec<String>,
    pub collect: String,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ClassificationDef {
    pub title_chars: Option<usize>,
    pub tail_chars: Option<usize>,
    pub tail_ends_before: Option<String>,
    pub heading_chars: Option<usize>,
    pub min_score: Option<f64>,
    pub margin: Option<f64>,
    /// Below this OCR confidence (0–100) a kind read from a scan is not sure.
    pub ocr_min_confidence: Option<f64>,
    pub weights: Option<WeightsDef>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct WeightsDef {
    pub title: Option<f64>,
    pub issuer: Option<f64>,
    pub body: Option<f64>,
    pub file_name: Option<f64>,
}

/// How unreadable documents count towards the verdict.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum UnreadablePolicy {
    /// Review only when the document could hold something still unmet.
    WhenNeeded,
    /// Every unreadable document sends the package to review.
    Always,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnreadableDef {
    pub review: UnreadablePolicy,
    pub extras: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDef {
    pub id: String,
    /// How messages name the table (征集目录); the id when absent.
    #[serde(default)]
    pub title: Option<String>,
    pub file: String,
    pub list: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyDef {
    pub id: String,
    /// A data file with a list of entries ...
    pub file: Option<String>,
    pub list: Option<String>,
    /// ... or a table's rows.
    pub table: Option<String>,
    /// The entry key holding the value; without it each term is its own value.
    pub value: Option<String>,
    /// Entry keys holding terms (a string or a list of strings each).
    pub terms: Vec<String>,
    /// Entry keys whose terms, joined with `/`, display a value (五级/初级工).
    #[serde(default)]
    pub display: Vec<String>,
    pub exclude: Option<ExcludeDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExcludeDef {
    pub list: String,
    pub term: String,
}

/// A pattern with an optional weight and exceptions, or a bare pattern.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PatternDef {
    Bare(String),
    Full(FullPatternDef),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FullPatternDef {
    pub pattern: String,
    pub weight: Option<f64>,
    /// A match lying inside an occurrence of one of these phrases does not count.
    #[serde(default)]
    pub except: Vec<String>,
    /// Kind evidence: the kind is never chosen without this pattern matching.
    #[serde(default)]
    pub required: bool,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct EvidenceDef {
    #[serde(default)]
    pub title: Vec<PatternDef>,
    #[serde(default)]
    pub issuer: Vec<PatternDef>,
    #[serde(default)]
    pub body: Vec<PatternDef>,
    #[serde(default)]
    pub file_name: Vec<PatternDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    pub id: String,
    pub title: String,
    pub evidence: EvidenceDef,
    pub min_score: Option<f64>,
    /// Kinds a document of this kind often holds too (a 工作方案 with its
    /// 承诺书 and 廉洁责任书): an unreadable file named for this kind may
    /// hide them.
    #[serde(default)]
    pub holds: Vec<String>,
}

/// Where in a section a field's labels or patterns are looked for.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// The title area: the first `title_chars` characters of the section.
    Title,
    /// The title area and the tail: letterhead, document number, signature.
    Issuer,
    /// The last `tail_chars` characters of the section.
    Tail,
    /// The whole section.
    #[default]
    Body,
    /// The document's path in the package.
    FileName,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FieldTypeDef {
    Text,
    OrgName,
    CreditCode,
    Date,
    Year,
    Count,
    Record,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    pub id: String,
    pub title: String,
    pub kinds: Vec<String>,
    #[serde(rename = "type")]
    pub ty: FieldTypeDef,
    /// Labels: the value is looked for in the `window` characters after one.
    #[serde(default)]
    pub labels: Vec<PatternDef>,
    pub window: Option<usize>,
    /// credit_code only: bytes around a label within which the two parts of
    /// a code its narrow cell wrapped are joined (none: not looked for).
    pub wrapped_reach: Option<usize>,
    /// Regexes whose `value` group (or whole match) is the value.
    #[serde(default)]
    pub patterns: Vec<PatternDef>,
    #[serde(rename = "in")]
    pub place: Option<Place>,
    /// A value lying inside one of these phrases is not taken.
    #[serde(default)]
    pub except: Vec<String>,
    /// Text and names end before these phrases.
    #[serde(default)]
    pub stop: Vec<String>,
    /// org_name: the vocabulary of name endings (有限公司, 协会 …).
    pub suffixes: Option<String>,
    /// count: words that mean none (未查见, 无).
    #[serde(default)]
    pub zero: Vec<String>,
    /// record: the groups, one of them the anchor.
    #[serde(default)]
    pub groups: BTreeMap<String, GroupDef>,
    /// record: how far a row reaches from its anchor.
    pub row: Option<RowDef>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct GroupDef {
    pub pattern: Option<String>,
    pub vocabulary: Option<String>,
    /// Each match of this group starts a record (exactly one group is the anchor).
    #[serde(default)]
    pub anchor: bool,
    /// Every value found makes its own record.
    #[serde(default)]
    pub list: bool,
    /// When absent from the row: the nearest earlier value in the document,
    /// then in the document's path.
    #[serde(default)]
    pub inherit: bool,
    /// A record without this group is kept (the group is empty).
    #[serde(default)]
    pub optional: bool,
    /// Every distinct value in the row, joined with this separator, is the value.
    pub join: Option<String>,
    /// Connectors of a range of vocabulary values (五级至三级).
    #[serde(default)]
    pub ranges: Vec<String>,
    /// Separators of a list of choices: different values joined only by
    /// one of these (申报等级（初级工/中级工/高级工/技师/高级技师）) are a
    /// column heading's options, not values.
    #[serde(default)]
    pub choices: Vec<String>,
    pub marks: Option<MarksDef>,
    /// A value lying inside one of these phrases is not taken (评价方案 in
    /// 各等级评价方案及两套样题附后 is a mention, not a heading).
    #[serde(default)]
    pub except: Vec<String>,
    /// When the row has no value: looked up in a table by another group.
    pub fill: Option<FillDef>,
    /// When the row has no value: the values starting the next N lines.
    #[serde(default)]
    pub below: usize,
    /// An anchor its cell wrapped: its head on one line, its tail starting a
    /// later line of the row.
    pub wrapped: Option<WrappedDef>,
}

/// `wrapped: { head: "[0-9]-[0-9]{2}-[0-9]{2}-", tail: "^[0-9]{2}" }`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedDef {
    pub head: String,
    pub tail: String,
}

/// `fill: { table: occupations, where: { column: code, equals: code }, take: occupation }`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FillDef {
    pub table: String,
    #[serde(rename = "where")]
    pub matching: FillWhere,
    pub take: String,
    /// A column of the table whose value for the anchor counts when the row
    /// holds its start only (a work type its cell wrapped).
    pub wrapped: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FillWhere {
    pub column: String,
    pub equals: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarksDef {
    pub checked: Vec<String>,
    pub unchecked: Vec<String>,
    /// Words a box answers with (■是 □否): a box before a `no` word never
    /// ticks its option.
    #[serde(default)]
    pub answers: Option<AnswersDef>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct AnswersDef {
    #[serde(default)]
    pub yes: Vec<String>,
    #[serde(default)]
    pub no: Vec<String>,
}

/// How far a record's row reaches.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RowDef {
    /// The row is the anchor's line ...
    #[serde(default)]
    pub line: bool,
    /// ... and up to this many adjacent lines either side that hold a value of
    /// a row group and no other anchor (a table cell wrapped over lines).
    pub spread: Option<usize>,
    /// Characters before the anchor that belong to its row.
    pub before: Option<usize>,
    /// At most this many characters after the anchor (default 120).
    pub max_chars: Option<usize>,
    /// A row whose anchor line holds one of these phrases is no record (a
    /// form recalling last year's application: 曾申报).
    #[serde(default)]
    pub skip: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SeverityDef {
    Error,
    Review,
    Warning,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    pub title: String,
    pub clause: String,
    pub severity: SeverityDef,
    pub message: String,
    pub for_each: Option<ForEachDef>,
    pub require: Option<RequireDef>,
    pub check: Option<CheckDef>,
    pub signed: Option<SignedDef>,
    pub sealed: Option<SealedDef>,
    pub records: Option<RecordsDef>,
    pub mentions: Option<MentionsDef>,
    pub batch_unique: Option<BatchUniqueDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForEachDef {
    pub fiscal_years: Option<FiscalYearsDef>,
    pub field: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiscalYearsDef {
    /// How many years (a number or `$parameter`).
    pub count: Value,
    /// The date the years are counted back from (a date or `$parameter`).
    pub as_of: Value,
    /// `MM-DD`: the day of the following year from which a year's report exists.
    pub available_from: Value,
}

/// A kind id or a list of alternatives.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum KindRef {
    One(String),
    AnyOf { any_of: Vec<String> },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequireDef {
    pub kind: KindRef,
    /// How many documents (a number or `$parameter`).
    pub min: Option<Value>,
    pub field: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PredicateDef {
    Present,
    Valid,
    Equals,
    NotEquals,
    In,
    NotIn,
    StartsWith,
    NotStartsWith,
    Matches,
    NotMatches,
    AtLeast,
    AtMost,
    OnOrAfter,
    Before,
    Within,
    Consistent,
    InTable,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum WhenMissingDef {
    NotApplicable,
    Review,
    Fail,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckDef {
    /// A field id, or `field.part` for a part of a typed value (credit_code.division).
    pub field: String,
    pub predicate: PredicateDef,
    pub value: Option<Value>,
    #[serde(default)]
    pub values: Vec<Value>,
    pub regex: Option<String>,
    /// `within`: the window in days around `value`.
    pub days: Option<Value>,
    pub table: Option<String>,
    #[serde(rename = "where", default)]
    pub conditions: Vec<WhereDef>,
    pub when_missing: Option<WhenMissingDef>,
    /// `consistent`: a value read by OCR at most this many edits from a value
    /// read from text (or read alike by OCR in two documents) is that value
    /// misread.
    #[serde(default)]
    pub ocr_misread: usize,
}

/// One condition of `in_table`: a table column against a value's group.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhereDef {
    /// A column, or alternatives (any of them may satisfy the condition).
    pub column: ColumnsDef,
    /// The column equals the group.
    pub equals: Option<String>,
    /// The column's text occurs in the group's text.
    pub contained_in: Option<String>,
    /// The column (a list) holds the group's value.
    pub has: Option<String>,
    /// Rows without the column are taken only when no row with it matches.
    #[serde(default)]
    pub optional: bool,
    /// With `contained_in`, for a value read by OCR: characters a row's text
    /// may differ in (substituted) when no row matches exactly and exactly
    /// one row matches so.
    #[serde(default)]
    pub ocr_misread: usize,
    /// With `ocr_misread`: a regex the value's text before the misread
    /// match must match.
    pub ocr_misread_prefix: Option<String>,
    /// With `ocr_misread`: characters of a row's text that a read near the
    /// row only by substituting them shows is no misread of it, when
    /// telling a true mismatch (区: 昆山市 is no misread of 宝山区).
    #[serde(default)]
    pub ocr_misread_keep: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ColumnsDef {
    One(String),
    Any(Vec<String>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsDef {
    pub field: String,
    pub distinct: String,
    /// How many distinct values (a number or `$parameter`).
    pub min: Option<Value>,
    #[serde(default)]
    pub equal: BTreeMap<String, String>,
    #[serde(default)]
    pub overlap: BTreeMap<String, String>,
}

/// Kinds whose documents must show a seal (found in a page image or drawn).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedDef {
    pub kinds: Vec<String>,
    /// A seal printed on the document by its issuer (a licence's
    /// registration authority) does not count as the applicant's stamp.
    pub issuer_seal: Option<IssuerSealDef>,
}

/// How to tell an issuer's printed seal by the text beneath it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssuerSealDef {
    /// A seal over text matching this is the issuer's.
    pub over: String,
    /// ... unless the text beneath also matches this (the applicant's own
    /// stamp placed over the issuer's line).
    pub unless: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedDef {
    pub kinds: Vec<String>,
    /// Document formats that can show a seal (default pdf and image).
    pub sealable: Option<Vec<DocFormatDef>>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DocFormatDef {
    Pdf,
    Image,
    Docx,
    Doc,
    Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionsDef {
    pub kinds: Vec<String>,
    /// Fields whose values (read elsewhere in the package) the document must mention.
    pub fields: Vec<String>,
    /// On pages read by OCR: a value occurring with up to this many
    /// characters substituted (at most a quarter of its length) counts.
    #[serde(default)]
    pub ocr_misread: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchUniqueDef {
    pub field: String,
    pub key: Vec<String>,
    pub by: String,
    /// Words in a package's name that mark a re-upload of the same submission.
    #[serde(default)]
    pub resubmission_markers: Vec<String>,
}
