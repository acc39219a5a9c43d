//! Rule files: the notice's requirements as data. A rule set is a folder of
//! YAML files (`rules/*.yaml`); each file is parsed with positions
//! (`source`), validated against `schemas/rules.schema.json`, deserialised
//! (`model`) and compiled (`compile`) into a typed [`RuleSet`] whose regexes
//! are built and whose references (kinds, fields, parameters) are resolved.
//! Every problem becomes a [`Diagnostic`] naming the file, line, column and
//! rule id; all of them are reported, not just the first.
//!
//! Nothing here knows notice 447: the engine is generic and the 447 set is
//! data, embedded in the binary as the default.

pub mod compile;
pub mod model;
pub mod set;
pub mod source;

use std::path::Path;

pub use set::{
    Classification, Condition, ConditionOp, Evidence, Field, FieldRef, ForEach, Group, Kind,
    Listing, Marks, Origin, Param, Pattern, Predicate, Record, ReportSpec, Row, Rule, RuleBody,
    RuleSet, Severity, Table, TableMatch, Term, ValueType, Vocabulary, WhenMissing, inside,
    spans_of, strings_of, value_text,
};
use source::{Pos, Source};

/// The JSON Schema every rule file must satisfy.
pub const RULES_SCHEMA: &str = include_str!("../../schemas/rules.schema.json");

// Every rule file under `rules/` (not `rules/tests/`), listed by build.rs.
include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// Whether a file of a set is a data file (under a `data/` folder) rather
/// than a rule file.
fn is_data(name: &str) -> bool {
    name.starts_with("data/") || name.contains("/data/")
}

/// A problem in a rule file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub pos: Pos,
    /// The id of the rule, kind or field the problem is in, when known.
    pub item: Option<String>,
    pub message: String,
    /// The source line, for rendering.
    pub line_text: String,
}

impl Diagnostic {
    /// Renders like a compiler diagnostic:
    ///
    /// ```text
    /// error: rule M05: /rules/4/require/min: 0 is less than the minimum of 1
    ///   --> rules/materials.yaml:31:12
    ///    |
    /// 31 |       min: 0
    ///    |            ^
    /// ```
    pub fn render(&self) -> String {
        let item = self
            .item
            .as_deref()
            .map(|i| format!("{i}: "))
            .unwrap_or_default();
        let num = self.pos.line.to_string();
        let pad = " ".repeat(num.len());
        // Wide (CJK) characters take two columns on a terminal: pad with
        // their display width so the caret stands under the right character.
        let caret_pad: String = self
            .line_text
            .chars()
            .take(self.pos.column.saturating_sub(1) as usize)
            .map(|c| match c {
                '\t' => "\t".to_string(),
                c => " ".repeat(unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)),
            })
            .collect();
        format!(
            "错误：{item}{}\n{pad}--> {}:{}:{}\n{pad} |\n{num} | {}\n{pad} | {caret_pad}^\n",
            self.message, self.file, self.pos.line, self.pos.column, self.line_text
        )
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

/// The embedded default rule files as `(name, YAML text)`, e.g. to derive a
/// modified set in tests.
pub fn embedded_texts() -> Vec<(String, String)> {
    EMBEDDED
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect()
}

/// Loads the embedded default rule set.
pub fn embedded() -> Result<RuleSet, Vec<Diagnostic>> {
    load_texts(embedded_texts())
}

/// Loads a rule set from a folder (its `*.yaml` files, sorted) or a single file.
pub fn load_path(path: &Path) -> Result<RuleSet, Vec<Diagnostic>> {
    let io_error = |p: &Path, e: std::io::Error| {
        vec![Diagnostic {
            file: p.display().to_string(),
            pos: Pos::default(),
            item: None,
            message: format!("无法读取：{e}"),
            line_text: String::new(),
        }]
    };
    let mut files = Vec::new();
    if path.is_dir() {
        let mut names = Vec::new();
        collect_yaml(path, path, &mut names).map_err(|(p, e)| io_error(&p, e))?;
        names.sort();
        for p in names {
            let text = std::fs::read_to_string(&p).map_err(|e| io_error(&p, e))?;
            files.push((p.display().to_string(), text));
        }
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| io_error(path, e))?;
        files.push((path.display().to_string(), text));
    }
    load_texts(files)
}

/// Every `.yaml`/`.yml` file under `dir`, except the rule folder's own
/// `tests/` (test cases, not rules) — the same files build.rs embeds.
fn collect_yaml(
    dir: &Path,
    root: &Path,
    out: &mut Vec<std::path::PathBuf>,
) -> Result<(), (std::path::PathBuf, std::io::Error)> {
    let entries = std::fs::read_dir(dir).map_err(|e| (dir.to_path_buf(), e))?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            if dir == root && p.file_name().is_some_and(|n| n == "tests") {
                continue;
            }
            collect_yaml(&p, root, out)?;
        } else if p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
        {
            out.push(p);
        }
    }
    Ok(())
}

/// Loads a rule set from `(file name, YAML text)` pairs; files under a
/// `data/` folder are data (tables, vocabularies), the others rule files.
pub fn load_texts(files: Vec<(String, String)>) -> Result<RuleSet, Vec<Diagnostic>> {
    let (data, files): (Vec<_>, Vec<_>) = files.into_iter().partition(|(n, _)| is_data(n));
    let data: std::collections::HashMap<String, String> = data.into_iter().collect();
    let schema: serde_json::Value = match serde_json::from_str(RULES_SCHEMA) {
        Ok(s) => s,
        Err(e) => return Err(vec![internal(format!("规则 schema 不是 JSON：{e}"))]),
    };
    let validator = match jsonschema::draft202012::new(&schema) {
        Ok(v) => v,
        Err(e) => return Err(vec![internal(format!("规则 schema 无效：{e}"))]),
    };
    let mut diags = Vec::new();
    let mut parsed = Vec::new();
    for (name, text) in files {
        let source = match Source::parse(&name, &text) {
            Ok(s) => s,
            Err((pos, message)) => {
                diags.push(Diagnostic {
                    line_text: text
                        .lines()
                        .nth(pos.line.saturating_sub(1) as usize)
                        .unwrap_or("")
                        .to_string(),
                    file: name,
                    pos,
                    item: None,
                    message: format!("YAML 语法错误：{message}"),
                });
                continue;
            }
        };
        let json = source.to_json();
        let before = diags.len();
        for err in validator.iter_errors(&json) {
            let pointer = err.instance_path().as_str().to_string();
            diags.push(at(&source, &json, &pointer, schema_message(&pointer, &err)));
        }
        if diags.len() > before {
            continue;
        }
        match serde_json::from_value::<model::RuleFile>(json.clone()) {
            Ok(file) => parsed.push((source, json, file)),
            Err(e) => diags.push(at(&source, &json, "", format!("无法读取规则文件：{e}"))),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    compile::compile(&parsed, &data)
}

/// A schema violation in Chinese, for the kinds a rule author meets.
fn schema_message(pointer: &str, err: &jsonschema::ValidationError) -> String {
    use jsonschema::error::ValidationErrorKind as K;
    let at = if pointer.is_empty() { "/" } else { pointer };
    let what = match err.kind() {
        K::AdditionalProperties { unexpected } => format!(
            "不认识的键 {}",
            unexpected
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join("、")
        ),
        K::Required { property } => format!("缺少必填键 {property}"),
        K::Enum { options } => format!("取值须为 {options} 之一"),
        K::Type { .. } => format!("类型不对：{err}"),
        K::Minimum { limit } => format!("不能小于 {limit}"),
        K::MinItems { limit } => format!("至少需要 {limit} 项"),
        K::Pattern { pattern } => format!("不符合格式 {pattern}"),
        _ => format!("不符合 schema：{err}"),
    };
    format!("{at}：{what}")
}

fn internal(message: String) -> Diagnostic {
    Diagnostic {
        file: "schemas/rules.schema.json".into(),
        pos: Pos::default(),
        item: None,
        message,
        line_text: String::new(),
    }
}

/// A diagnostic at a JSON pointer of a file; names the enclosing rule, kind or
/// field by its id.
pub(crate) fn at(
    source: &Source,
    json: &serde_json::Value,
    pointer: &str,
    message: String,
) -> Diagnostic {
    let pos = source.locate(pointer);
    let mut segs = pointer.split('/').skip(1);
    let item = match (segs.next(), segs.next()) {
        (Some(section @ ("rules" | "kinds" | "fields")), Some(idx)) => json
            .get(section)
            .and_then(|s| s.get(idx.parse::<usize>().ok()?))
            .and_then(|r| r.get("id"))
            .and_then(|id| id.as_str())
            .map(|id| {
                let what = match section {
                    "rules" => "规则",
                    "kinds" => "材料类型",
                    _ => "字段",
                };
                format!("{what} {id}")
            }),
        _ => None,
    };
    Diagnostic {
        file: source.name.clone(),
        pos,
        item,
        message,
        line_text: source.line_text(pos.line).to_string(),
    }
}
