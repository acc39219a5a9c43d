//! Compilation: merged rule files → a typed [`RuleSet`]. Regexes are built,
//! ids checked for uniqueness, references (kinds, fields, parameters)
//! resolved to indices. Every error is collected.

use std::collections::{BTreeMap, HashMap};

use regex::Regex;
use serde_json::Value;

use super::source::{Pos, Source};
use super::{Diagnostic, at, model};

/// Where a definition came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub pos: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Params {
    /// (year, month, day) the package is judged at.
    pub reference_date: (i32, u32, u32),
    pub audit_years: u32,
}

#[derive(Debug, Clone)]
pub struct Kind {
    pub id: String,
    pub title: String,
    pub path: Vec<Regex>,
    pub any: Vec<Regex>,
    pub all: Vec<Regex>,
    pub none: Vec<Regex>,
    pub head: Option<usize>,
    pub origin: Origin,
}

impl Kind {
    /// Whether content conditions are given at all.
    pub fn has_content(&self) -> bool {
        !(self.any.is_empty() && self.all.is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    Text,
    OrgName,
    CreditCode,
    Year,
    Date,
    /// Named groups, each read as text (`None`) or through a vocabulary.
    Record(Vec<(String, Option<usize>)>),
}

/// A data table: rows of a YAML list.
#[derive(Debug, Clone)]
pub struct Table {
    pub id: String,
    pub rows: Vec<serde_json::Map<String, Value>>,
}

/// Terms that stand for values, matched longest first.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub id: String,
    /// (NFKC-folded term, value), longest term first.
    pub terms: Vec<(String, String)>,
    /// Folded terms that are never a value (高级工程师).
    pub excluded: Vec<String>,
}

impl Vocabulary {
    /// The value of the longest term found in `text`, ignoring excluded terms.
    pub fn lookup(&self, text: &str) -> Option<&str> {
        let mut t = crate::normalize::fold(text);
        for x in &self.excluded {
            t = t.replace(x.as_str(), " ");
        }
        self.terms
            .iter()
            .find(|(term, _)| t.contains(term.as_str()))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub title: String,
    /// Indices into `RuleSet::kinds`.
    pub kinds: Vec<usize>,
    pub pattern: Regex,
    pub ty: FieldType,
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForEach {
    /// The last `n` complete fiscal years before the reference date.
    FiscalYears(u32),
}

/// Column ↔ record-group pairs of an `in_table` check.
#[derive(Debug, Clone, Default)]
pub struct TableMatch {
    pub table: usize,
    pub equal: Vec<(String, String)>,
    pub contained: Vec<(String, String)>,
    pub member: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub enum Predicate {
    InTable(TableMatch),
    Present,
    CreditCodeValid,
    Shanghai,
    CategoryNotIn(Vec<String>),
    Matches(Regex),
    NotMatches(Regex),
    Consistent,
}

#[derive(Debug, Clone)]
pub enum RuleBody {
    Require {
        for_each: Option<ForEach>,
        kind: usize,
        min: usize,
        field: Option<usize>,
    },
    Check {
        field: usize,
        predicate: Predicate,
    },
    /// Kinds whose documents must be able to show a seal: review when every
    /// document of the kind is one of the `editable` document kinds.
    Signed {
        kinds: Vec<usize>,
        editable: Vec<crate::extract::DocKind>,
    },
    /// Over a batch of packages: one applicant (`by`) never has the same
    /// `key` of record field `field` in two packages.
    BatchUnique {
        field: usize,
        key: Vec<String>,
        by: usize,
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

/// A compiled rule set, ready to evaluate.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub id: String,
    pub title: String,
    pub notice: Option<String>,
    /// The record field (groups code, name, level) listing what is applied for.
    pub applications: Option<usize>,
    pub params: Params,
    pub tables: Vec<Table>,
    pub vocabularies: Vec<Vocabulary>,
    pub kinds: Vec<Kind>,
    pub fields: Vec<Field>,
    pub rules: Vec<Rule>,
}

impl RuleSet {
    pub fn kind(&self, id: &str) -> Option<usize> {
        self.kinds.iter().position(|k| k.id == id)
    }
    pub fn field(&self, id: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.id == id)
    }
}

struct Ctx<'a> {
    diags: Vec<Diagnostic>,
    source: &'a Source,
    json: &'a Value,
}

impl Ctx<'_> {
    fn err(&mut self, pointer: &str, message: String) {
        self.diags
            .push(at(self.source, self.json, pointer, message));
    }

    fn regex(&mut self, pointer: &str, pattern: &str) -> Option<Regex> {
        match regex::RegexBuilder::new(pattern)
            .size_limit(1 << 22)
            .build()
        {
            Ok(r) => Some(r),
            Err(e) => {
                self.err(pointer, format!("invalid regex: {e}"));
                None
            }
        }
    }

    fn regexes(&mut self, pointer: &str, patterns: &[String]) -> Vec<Regex> {
        patterns
            .iter()
            .enumerate()
            .filter_map(|(i, p)| self.regex(&format!("{pointer}/{i}"), p))
            .collect()
    }

    fn origin(&self, pointer: &str) -> Origin {
        Origin {
            file: self.source.name.clone(),
            pos: self.source.locate(pointer),
        }
    }
}

fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.split('-');
    let (y, m, d) = (
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    );
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

/// Reads a YAML data file (from `data`, keyed by path) as JSON.
fn data_file(data: &HashMap<String, String>, rule_file: &str, file: &str) -> Result<Value, String> {
    let dir = rule_file.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let path = if dir.is_empty() {
        file.to_string()
    } else {
        format!("{dir}/{file}")
    };
    let text = data
        .get(&path)
        .ok_or_else(|| format!("data file `{path}` not found"))?;
    serde_saphyr::from_str::<Value>(text).map_err(|e| format!("data file `{path}`: {e}"))
}

fn list_of(doc: &Value, key: &str) -> Option<Vec<serde_json::Map<String, Value>>> {
    doc.get(key)?
        .as_array()?
        .iter()
        .map(|row| row.as_object().cloned())
        .collect()
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

pub fn compile(
    files: &[(Source, Value, model::RuleFile)],
    data: &HashMap<String, String>,
) -> Result<RuleSet, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut tables: Vec<Table> = Vec::new();
    let mut vocabularies: Vec<Vocabulary> = Vec::new();
    let mut meta: Option<(model::RuleSetMeta, Origin)> = None;
    let mut params = model::Parameters::default();
    let mut param_origin: HashMap<&'static str, Origin> = HashMap::new();
    let mut kinds: Vec<Kind> = Vec::new();

    // Pass 1: metadata, parameters, kinds.
    for (source, json, file) in files {
        let mut cx = Ctx {
            diags: Vec::new(),
            source,
            json,
        };
        if let Some(m) = &file.ruleset {
            if meta.is_some() {
                cx.err(
                    "/ruleset",
                    "a second `ruleset` section: exactly one file names the set".into(),
                );
            } else {
                meta = Some((m.clone(), cx.origin("/ruleset")));
            }
        }
        if let Some(p) = &file.parameters {
            if let Some(d) = &p.reference_date {
                if parse_date(d).is_none() {
                    cx.err(
                        "/parameters/reference_date",
                        format!("not a calendar date: {d}"),
                    );
                }
                if param_origin
                    .insert("reference_date", cx.origin("/parameters/reference_date"))
                    .is_some()
                {
                    cx.err(
                        "/parameters/reference_date",
                        "reference_date is set twice".into(),
                    );
                }
                params.reference_date = Some(d.clone());
            }
            if let Some(n) = p.audit_years {
                if param_origin
                    .insert("audit_years", cx.origin("/parameters/audit_years"))
                    .is_some()
                {
                    cx.err("/parameters/audit_years", "audit_years is set twice".into());
                }
                params.audit_years = Some(n);
            }
        }
        for (i, t) in file.tables.iter().enumerate() {
            let p = format!("/tables/{i}");
            if tables.iter().any(|o| o.id == t.id) {
                cx.err(&format!("{p}/id"), format!("duplicate table id `{}`", t.id));
            }
            match data_file(data, &source.name, &t.file) {
                Ok(doc) => match list_of(&doc, &t.list) {
                    Some(rows) => tables.push(Table {
                        id: t.id.clone(),
                        rows,
                    }),
                    None => cx.err(
                        &format!("{p}/list"),
                        format!("`{}` is not a list of maps in {}", t.list, t.file),
                    ),
                },
                Err(e) => cx.err(&format!("{p}/file"), e),
            }
        }
        for (i, v) in file.vocabularies.iter().enumerate() {
            let p = format!("/vocabularies/{i}");
            if vocabularies.iter().any(|o| o.id == v.id) {
                cx.err(
                    &format!("{p}/id"),
                    format!("duplicate vocabulary id `{}`", v.id),
                );
            }
            let doc = match data_file(data, &source.name, &v.file) {
                Ok(doc) => doc,
                Err(e) => {
                    cx.err(&format!("{p}/file"), e);
                    continue;
                }
            };
            let Some(entries) = list_of(&doc, &v.list) else {
                cx.err(
                    &format!("{p}/list"),
                    format!("`{}` is not a list of maps in {}", v.list, v.file),
                );
                continue;
            };
            let mut terms = Vec::new();
            for entry in &entries {
                let Some(value) = entry.get(&v.value).and_then(value_text) else {
                    cx.err(
                        &format!("{p}/value"),
                        format!("an entry of `{}` has no `{}`", v.list, v.value),
                    );
                    continue;
                };
                for key in &v.terms {
                    for term in strings_of(entry.get(key)) {
                        terms.push((crate::normalize::fold(&term), value.clone()));
                    }
                }
            }
            terms.sort_by(|a, b| {
                b.0.chars()
                    .count()
                    .cmp(&a.0.chars().count())
                    .then(a.0.cmp(&b.0))
            });
            let excluded = match &v.exclude {
                Some(x) => list_of(&doc, &x.list)
                    .unwrap_or_default()
                    .iter()
                    .flat_map(|e| strings_of(e.get(&x.term)))
                    .map(|t| crate::normalize::fold(&t))
                    .collect(),
                None => Vec::new(),
            };
            vocabularies.push(Vocabulary {
                id: v.id.clone(),
                terms,
                excluded,
            });
        }
        for (i, k) in file.kinds.iter().enumerate() {
            let p = format!("/kinds/{i}");
            if kinds.iter().any(|o| o.id == k.id) {
                cx.err(&format!("{p}/id"), format!("duplicate kind id `{}`", k.id));
            }
            let content = k.content.clone().unwrap_or_default();
            if k.path.is_empty() && content.any.is_empty() && content.all.is_empty() {
                cx.err(
                    &p,
                    "a kind needs `path` patterns or `content.any`/`content.all`".into(),
                );
            }
            let kind = Kind {
                id: k.id.clone(),
                title: k.title.clone(),
                path: cx.regexes(&format!("{p}/path"), &k.path),
                any: cx.regexes(&format!("{p}/content/any"), &content.any),
                all: cx.regexes(&format!("{p}/content/all"), &content.all),
                none: cx.regexes(&format!("{p}/content/none"), &content.none),
                head: content.head,
                origin: cx.origin(&p),
            };
            kinds.push(kind);
        }
        diags.extend(cx.diags);
    }

    // Pass 2: fields (refer to kinds).
    let mut fields: Vec<Field> = Vec::new();
    for (source, json, file) in files {
        let mut cx = Ctx {
            diags: Vec::new(),
            source,
            json,
        };
        for (i, f) in file.fields.iter().enumerate() {
            let p = format!("/fields/{i}");
            if fields.iter().any(|o| o.id == f.id) {
                cx.err(&format!("{p}/id"), format!("duplicate field id `{}`", f.id));
            }
            let mut kind_ids = Vec::new();
            for (j, k) in f.kinds.iter().enumerate() {
                match kinds.iter().position(|o| o.id == *k) {
                    Some(idx) => kind_ids.push(idx),
                    None => cx.err(&format!("{p}/kinds/{j}"), format!("unknown kind `{k}`")),
                }
            }
            let ty = match f.ty.as_str() {
                "text" => FieldType::Text,
                "org_name" => FieldType::OrgName,
                "credit_code" => FieldType::CreditCode,
                "year" => FieldType::Year,
                "record" => {
                    let mut groups = Vec::new();
                    if f.groups.is_empty() {
                        cx.err(&format!("{p}/type"), "a record field needs `groups`".into());
                    }
                    for (name, g) in &f.groups {
                        match g {
                            model::GroupDef::Text(_) => groups.push((name.clone(), None)),
                            model::GroupDef::Vocabulary { vocabulary } => {
                                match vocabularies.iter().position(|v| v.id == *vocabulary) {
                                    Some(v) => groups.push((name.clone(), Some(v))),
                                    None => cx.err(
                                        &format!("{p}/groups/{name}"),
                                        format!("unknown vocabulary `{vocabulary}`"),
                                    ),
                                }
                            }
                        }
                    }
                    FieldType::Record(groups)
                }
                _ => FieldType::Date,
            };
            if let Some(pattern) = cx.regex(&format!("{p}/pattern"), &f.pattern) {
                if let FieldType::Record(groups) = &ty {
                    for (name, _) in groups {
                        if !pattern.capture_names().flatten().any(|n| n == name) {
                            cx.err(
                                &format!("{p}/pattern"),
                                format!("the pattern has no group `{name}`"),
                            );
                        }
                    }
                }
                fields.push(Field {
                    id: f.id.clone(),
                    title: f.title.clone(),
                    kinds: kind_ids,
                    pattern,
                    ty,
                    origin: cx.origin(&p),
                });
            }
        }
        diags.extend(cx.diags);
    }

    // Pass 3: rules (refer to kinds, fields, parameters).
    let mut rules: Vec<Rule> = Vec::new();
    for (source, json, file) in files {
        let mut cx = Ctx {
            diags: Vec::new(),
            source,
            json,
        };
        for (i, r) in file.rules.iter().enumerate() {
            let p = format!("/rules/{i}");
            if rules.iter().any(|o| o.id == r.id) {
                cx.err(&format!("{p}/id"), format!("duplicate rule id `{}`", r.id));
            }
            let severity = if r.severity == "warning" {
                Severity::Warning
            } else {
                Severity::Error
            };
            let for_each = match r.for_each.as_ref().and_then(|f| f.fiscal_years.as_deref()) {
                Some("audit_years") => match params.audit_years {
                    Some(n) => Some(ForEach::FiscalYears(n)),
                    None => {
                        cx.err(
                            &format!("{p}/for_each/fiscal_years"),
                            "parameter `audit_years` is not set".into(),
                        );
                        None
                    }
                },
                _ => None,
            };
            if for_each.is_some() && !r.message.contains("{item}") {
                cx.err(
                    &format!("{p}/message"),
                    "a for_each rule's message must name the item with `{item}`".into(),
                );
            }
            let kind_ref = |cx: &mut Ctx, ptr: &str, id: &str| -> Option<usize> {
                let found = kinds.iter().position(|k| k.id == id);
                if found.is_none() {
                    cx.err(ptr, format!("unknown kind `{id}`"));
                }
                found
            };
            let field_ref = |cx: &mut Ctx, ptr: &str, id: &str| -> Option<usize> {
                let found = fields.iter().position(|f| f.id == id);
                if found.is_none() {
                    cx.err(ptr, format!("unknown field `{id}`"));
                }
                found
            };
            let body = if let Some(req) = &r.require {
                let kind = kind_ref(&mut cx, &format!("{p}/require/kind"), &req.kind);
                let field = match &req.field {
                    Some(fid) => {
                        let f = field_ref(&mut cx, &format!("{p}/require/field"), fid);
                        if for_each.is_none() {
                            cx.err(
                                &format!("{p}/require/field"),
                                "`field` needs a `for_each` item to compare with".into(),
                            );
                        }
                        if let (Some(f), Some(k)) = (f, kind)
                            && !fields[f].kinds.contains(&k)
                        {
                            cx.err(
                                &format!("{p}/require/field"),
                                format!("field `{fid}` is not extracted from kind `{}`", req.kind),
                            );
                        }
                        f.map(Some)
                    }
                    None => Some(None),
                };
                match (kind, field) {
                    (Some(kind), Some(field)) => Some(RuleBody::Require {
                        for_each: for_each.clone(),
                        kind,
                        min: req.min.unwrap_or(1),
                        field,
                    }),
                    _ => None,
                }
            } else if let Some(check) = &r.check {
                let field = field_ref(&mut cx, &format!("{p}/check/field"), &check.field);
                let regex = |cx: &mut Ctx| match &check.regex {
                    Some(re) => cx.regex(&format!("{p}/check/regex"), re),
                    None => {
                        cx.err(
                            &format!("{p}/check"),
                            format!("predicate `{}` needs `regex`", check.predicate),
                        );
                        None
                    }
                };
                let predicate = match check.predicate.as_str() {
                    "in_table" => {
                        let table = check.table.as_deref().and_then(|t| {
                            let found = tables.iter().position(|x| x.id == t);
                            if found.is_none() {
                                cx.err(&format!("{p}/check/table"), format!("unknown table `{t}`"));
                            }
                            found
                        });
                        if check.table.is_none() {
                            cx.err(&format!("{p}/check"), "`in_table` needs `table`".into());
                        }
                        let groups: Vec<String> = field
                            .and_then(|f| match &fields[f].ty {
                                FieldType::Record(g) => {
                                    Some(g.iter().map(|(n, _)| n.clone()).collect())
                                }
                                _ => None,
                            })
                            .unwrap_or_default();
                        if field.is_some() && groups.is_empty() {
                            cx.err(
                                &format!("{p}/check/field"),
                                "`in_table` needs a record field".into(),
                            );
                        }
                        let pairs = |cx: &mut Ctx,
                                     key: &str,
                                     m: &BTreeMap<String, String>|
                         -> Vec<(String, String)> {
                            for g in m.values() {
                                if !groups.is_empty() && !groups.contains(g) {
                                    cx.err(
                                        &format!("{p}/check/{key}"),
                                        format!("the field has no group `{g}`"),
                                    );
                                }
                            }
                            m.iter().map(|(c, g)| (c.clone(), g.clone())).collect()
                        };
                        let equal = pairs(&mut cx, "equal", &check.equal);
                        let contained = pairs(&mut cx, "contained", &check.contained);
                        let member = pairs(&mut cx, "member", &check.member);
                        table.map(|table| {
                            Predicate::InTable(TableMatch {
                                table,
                                equal,
                                contained,
                                member,
                            })
                        })
                    }
                    "present" => Some(Predicate::Present),
                    "credit_code_valid" => Some(Predicate::CreditCodeValid),
                    "shanghai" => Some(Predicate::Shanghai),
                    "category_not_in" => {
                        if check.values.is_empty() {
                            cx.err(
                                &format!("{p}/check"),
                                "`category_not_in` needs `values`".into(),
                            );
                        }
                        Some(Predicate::CategoryNotIn(check.values.clone()))
                    }
                    "matches" => regex(&mut cx).map(Predicate::Matches),
                    "not_matches" => regex(&mut cx).map(Predicate::NotMatches),
                    _ => Some(Predicate::Consistent),
                };
                if let (Some(f), Some(pr)) = (field, &predicate)
                    && matches!(
                        pr,
                        Predicate::CreditCodeValid
                            | Predicate::Shanghai
                            | Predicate::CategoryNotIn(_)
                    )
                    && fields[f].ty != FieldType::CreditCode
                {
                    cx.err(
                        &format!("{p}/check/predicate"),
                        format!(
                            "predicate `{}` needs a credit_code field, `{}` is not one",
                            check.predicate, check.field
                        ),
                    );
                }
                match (field, predicate) {
                    (Some(field), Some(predicate)) => Some(RuleBody::Check { field, predicate }),
                    _ => None,
                }
            } else if let Some(bu) = &r.batch_unique {
                let field = field_ref(&mut cx, &format!("{p}/batch_unique/field"), &bu.field);
                let by = field_ref(&mut cx, &format!("{p}/batch_unique/by"), &bu.by);
                if let Some(f) = field {
                    match &fields[f].ty {
                        FieldType::Record(groups) => {
                            for k in &bu.key {
                                if !groups.iter().any(|(n, _)| n == k) {
                                    cx.err(
                                        &format!("{p}/batch_unique/key"),
                                        format!("the field has no group `{k}`"),
                                    );
                                }
                            }
                        }
                        _ => cx.err(
                            &format!("{p}/batch_unique/field"),
                            "`batch_unique` needs a record field".into(),
                        ),
                    }
                }
                if !r.message.contains("{item}") {
                    cx.err(
                        &format!("{p}/message"),
                        "a `batch_unique` rule's message must name the key with `{item}`".into(),
                    );
                }
                match (field, by) {
                    (Some(field), Some(by)) => Some(RuleBody::BatchUnique {
                        field,
                        key: bu.key.clone(),
                        by,
                    }),
                    _ => None,
                }
            } else if let Some(rec) = &r.records {
                let items = match r.for_each.as_ref().and_then(|f| f.field.as_deref()) {
                    Some(fid) => field_ref(&mut cx, &format!("{p}/for_each/field"), fid),
                    None => {
                        cx.err(
                            &format!("{p}/for_each"),
                            "`records` needs `for_each: { field: … }`".into(),
                        );
                        None
                    }
                };
                let field = field_ref(&mut cx, &format!("{p}/records/field"), &rec.field);
                let groups_of = |f: Option<usize>| -> Vec<String> {
                    f.and_then(|f| match &fields[f].ty {
                        FieldType::Record(g) => Some(g.iter().map(|(n, _)| n.clone()).collect()),
                        _ => None,
                    })
                    .unwrap_or_default()
                };
                let (item_groups, record_groups) = (groups_of(items), groups_of(field));
                if items.is_some() && item_groups.is_empty() {
                    cx.err(
                        &format!("{p}/for_each/field"),
                        "for_each field must be a record field".into(),
                    );
                }
                if field.is_some() && record_groups.is_empty() {
                    cx.err(
                        &format!("{p}/records/field"),
                        "`records` needs a record field".into(),
                    );
                }
                if !record_groups.is_empty() && !record_groups.contains(&rec.distinct) {
                    cx.err(
                        &format!("{p}/records/distinct"),
                        format!("the field has no group `{}`", rec.distinct),
                    );
                }
                let mut pairs =
                    |key: &str, m: &BTreeMap<String, String>| -> Vec<(String, String)> {
                        for (i, g) in m {
                            if !item_groups.is_empty() && !item_groups.contains(i) {
                                cx.err(
                                    &format!("{p}/records/{key}"),
                                    format!("the for_each field has no group `{i}`"),
                                );
                            }
                            if !record_groups.is_empty() && !record_groups.contains(g) {
                                cx.err(
                                    &format!("{p}/records/{key}"),
                                    format!("the records field has no group `{g}`"),
                                );
                            }
                        }
                        m.iter().map(|(a, b)| (a.clone(), b.clone())).collect()
                    };
                let equal = pairs("equal", &rec.equal);
                let overlap = pairs("overlap", &rec.overlap);
                if !r.message.contains("{item}") {
                    cx.err(
                        &format!("{p}/message"),
                        "a `records` rule's message must name the item with `{item}`".into(),
                    );
                }
                match (items, field) {
                    (Some(items), Some(field)) => Some(RuleBody::Records {
                        items,
                        field,
                        distinct: rec.distinct.clone(),
                        min: rec.min.unwrap_or(1),
                        equal,
                        overlap,
                    }),
                    _ => None,
                }
            } else if let Some(signed) = &r.signed {
                let mut ks = Vec::new();
                for (j, k) in signed.kinds.iter().enumerate() {
                    ks.extend(kind_ref(&mut cx, &format!("{p}/signed/kinds/{j}"), k));
                }
                use crate::extract::DocKind;
                let editable = signed
                    .editable
                    .clone()
                    .unwrap_or_else(|| vec!["docx".into(), "text".into()])
                    .iter()
                    .map(|e| match e.as_str() {
                        "doc" => DocKind::Doc,
                        "text" => DocKind::Text,
                        _ => DocKind::Docx,
                    })
                    .collect();
                if !r.message.contains("{item}") {
                    cx.err(
                        &format!("{p}/message"),
                        "a `signed` rule's message must name the material with `{item}`".into(),
                    );
                }
                Some(RuleBody::Signed {
                    kinds: ks,
                    editable,
                })
            } else {
                None
            };
            if let Some(body) = body {
                rules.push(Rule {
                    id: r.id.clone(),
                    title: r.title.clone(),
                    clause: r.clause.clone(),
                    severity,
                    message: r.message.clone(),
                    body,
                    origin: cx.origin(&p),
                });
            }
        }
        diags.extend(cx.diags);
    }

    let (meta, meta_origin) = match meta {
        Some(m) => m,
        None => {
            diags.push(Diagnostic {
                file: files.first().map(|f| f.0.name.clone()).unwrap_or_default(),
                pos: Pos::default(),
                item: None,
                message: "no file names the rule set (a `ruleset:` section with id and title)"
                    .into(),
                line_text: String::new(),
            });
            return Err(diags);
        }
    };
    let reference_date = params.reference_date.as_deref().and_then(parse_date);
    if reference_date.is_none() && !param_origin.contains_key("reference_date") {
        diags.push(Diagnostic {
            file: files.first().map(|f| f.0.name.clone()).unwrap_or_default(),
            pos: Pos::default(),
            item: None,
            message: "parameter `reference_date` is not set".into(),
            line_text: String::new(),
        });
    }
    let applications = meta.applications.as_deref().and_then(|id| {
        let found = fields.iter().position(|f| f.id == id);
        let ok = found.is_some_and(|f| match &fields[f].ty {
            FieldType::Record(g) => ["code", "name", "level"]
                .iter()
                .all(|n| g.iter().any(|(x, _)| x == n)),
            _ => false,
        });
        if !ok {
            diags.push(Diagnostic {
                file: meta_origin.file.clone(),
                pos: meta_origin.pos,
                item: None,
                message: format!("`applications` must name a record field with groups code, name and level; `{id}` is not one"),
                line_text: String::new(),
            });
        }
        found
    });
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(RuleSet {
        applications,
        id: meta.id,
        title: meta.title,
        notice: meta.notice,
        params: Params {
            reference_date: reference_date.unwrap_or((1970, 1, 1)),
            audit_years: params.audit_years.unwrap_or(0),
        },
        tables,
        vocabularies,
        kinds,
        fields,
        rules,
    })
}
