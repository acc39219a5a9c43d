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

pub mod cases;
pub mod compile;
pub mod model;
pub mod source;

use std::path::Path;

pub use compile::{
    Field, FieldType, ForEach, Kind, Params, Predicate, Rule, RuleBody, RuleSet, Severity, Table,
    TableMatch, Vocabulary, strings_of, value_text,
};
use source::{Pos, Source};

/// The JSON Schema every rule file must satisfy.
pub const RULES_SCHEMA: &str = include_str!("../../schemas/rules.schema.json");

/// The default rule set (notice 447), embedded at build time.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "rules/ruleset.yaml",
        include_str!("../../rules/ruleset.yaml"),
    ),
    ("rules/kinds.yaml", include_str!("../../rules/kinds.yaml")),
    ("rules/fields.yaml", include_str!("../../rules/fields.yaml")),
    (
        "rules/materials.yaml",
        include_str!("../../rules/materials.yaml"),
    ),
    (
        "rules/eligibility.yaml",
        include_str!("../../rules/eligibility.yaml"),
    ),
    (
        "rules/catalogue.yaml",
        include_str!("../../rules/catalogue.yaml"),
    ),
    (
        "rules/data/occupations.yaml",
        include_str!("../../rules/data/occupations.yaml"),
    ),
    (
        "rules/data/levels.yaml",
        include_str!("../../rules/data/levels.yaml"),
    ),
    (
        "rules/data/sample_sets.yaml",
        include_str!("../../rules/data/sample_sets.yaml"),
    ),
];

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
        let caret_pad: String = self
            .line_text
            .chars()
            .take(self.pos.column.saturating_sub(1) as usize)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "error: {item}{}\n{pad}--> {}:{}:{}\n{pad} |\n{num} | {}\n{pad} | {caret_pad}^\n",
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
            message: format!("cannot read: {e}"),
            line_text: String::new(),
        }]
    };
    let mut files = Vec::new();
    if path.is_dir() {
        let mut names: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| io_error(path, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|e| {
                        e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml")
                    })
            })
            .collect();
        let data_dir = path.join("data");
        if data_dir.is_dir() {
            names.extend(
                std::fs::read_dir(&data_dir)
                    .map_err(|e| io_error(&data_dir, e))?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml")),
            );
        }
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

/// Loads a rule set from `(file name, YAML text)` pairs; files under a
/// `data/` folder are data (tables, vocabularies), the others rule files.
pub fn load_texts(files: Vec<(String, String)>) -> Result<RuleSet, Vec<Diagnostic>> {
    let (data, files): (Vec<_>, Vec<_>) = files.into_iter().partition(|(n, _)| is_data(n));
    let data: std::collections::HashMap<String, String> = data.into_iter().collect();
    let schema: serde_json::Value = match serde_json::from_str(RULES_SCHEMA) {
        Ok(s) => s,
        Err(e) => return Err(vec![internal(format!("rules schema is not JSON: {e}"))]),
    };
    let validator = match jsonschema::draft202012::new(&schema) {
        Ok(v) => v,
        Err(e) => return Err(vec![internal(format!("rules schema is invalid: {e}"))]),
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
                    message: format!("YAML syntax: {message}"),
                });
                continue;
            }
        };
        let json = source.to_json();
        let before = diags.len();
        for err in validator.iter_errors(&json) {
            let pointer = err.instance_path().as_str().to_string();
            diags.push(at(&source, &json, &pointer, format!("{pointer}: {err}")));
        }
        if diags.len() > before {
            continue;
        }
        match serde_json::from_value::<model::RuleFile>(json.clone()) {
            Ok(file) => parsed.push((source, json, file)),
            Err(e) => diags.push(at(
                &source,
                &json,
                "",
                format!("cannot read rule file: {e}"),
            )),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    compile::compile(&parsed, &data)
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
                    "rules" => "rule",
                    "kinds" => "kind",
                    _ => "field",
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
