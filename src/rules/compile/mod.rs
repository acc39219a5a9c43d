//! Compilation: parsed rule files → a typed [`RuleSet`]. One compiler per
//! section, in dependency order: parameters and settings (`params`), data
//! tables and vocabularies (`data`), kinds (`kinds`), fields (`fields`), rules
//! (`rules`), and the report header last. Each compiler reads every file's
//! section, resolves references to what earlier sections built, and adds a
//! [`Diagnostic`] for every problem; all of them are reported.

mod data;
mod fields;
mod kinds;
mod params;
mod rules;

use std::collections::HashMap;

use regex::Regex;
use serde_json::Value;

use super::model::{self, PatternDef};
use super::set::{Origin, Pattern, RuleSet};
use super::source::Source;
use super::{Diagnostic, at};

/// One parsed rule file: its source (for positions), its JSON tree (for
/// pointers) and its typed form.
pub type Parsed = (Source, Value, model::RuleFile);

/// Diagnostics of one file's section, with the file's positions at hand.
pub(crate) struct Ctx<'a> {
    pub diags: &'a mut Vec<Diagnostic>,
    pub source: &'a Source,
    pub json: &'a Value,
}

impl Ctx<'_> {
    pub fn err(&mut self, pointer: &str, message: String) {
        self.diags
            .push(at(self.source, self.json, pointer, message));
    }

    pub fn regex(&mut self, pointer: &str, pattern: &str) -> Option<Regex> {
        match regex::RegexBuilder::new(pattern)
            .size_limit(1 << 22)
            .build()
        {
            Ok(r) => Some(r),
            Err(e) => {
                self.err(pointer, format!("正则表达式无效：{e}"));
                None
            }
        }
    }

    /// A pattern definition with `default_weight` when it names none.
    pub fn pattern(
        &mut self,
        pointer: &str,
        def: &PatternDef,
        default_weight: f64,
    ) -> Option<Pattern> {
        let (source, weight, except, required) = match def {
            PatternDef::Bare(s) => (s.as_str(), default_weight, Vec::new(), false),
            PatternDef::Full(f) => (
                f.pattern.as_str(),
                f.weight.unwrap_or(default_weight),
                f.except.clone(),
                f.required,
            ),
        };
        let ptr = match def {
            PatternDef::Bare(_) => pointer.to_string(),
            PatternDef::Full(_) => format!("{pointer}/pattern"),
        };
        let regex = self.regex(&ptr, source)?;
        Some(Pattern {
            regex,
            weight,
            except: except
                .iter()
                .map(|e| crate::normalize::compact(e))
                .collect(),
            required,
        })
    }

    pub fn patterns(
        &mut self,
        pointer: &str,
        defs: &[PatternDef],
        default_weight: f64,
    ) -> Vec<Pattern> {
        defs.iter()
            .enumerate()
            .filter_map(|(i, d)| self.pattern(&format!("{pointer}/{i}"), d, default_weight))
            .collect()
    }

    pub fn origin(&self, pointer: &str) -> Origin {
        Origin {
            file: self.source.name.clone(),
            pos: self.source.locate(pointer),
        }
    }
}

/// Runs `f` with a context for each file.
pub(crate) fn each_file(
    files: &[Parsed],
    diags: &mut Vec<Diagnostic>,
    mut f: impl FnMut(&mut Ctx, &model::RuleFile),
) {
    for (source, json, file) in files {
        let mut cx = Ctx {
            diags,
            source,
            json,
        };
        f(&mut cx, file);
    }
}

/// A diagnostic not tied to a place in a file.
pub(crate) fn general(files: &[Parsed], message: String) -> Diagnostic {
    Diagnostic {
        file: files.first().map(|f| f.0.name.clone()).unwrap_or_default(),
        pos: Default::default(),
        item: None,
        message,
        line_text: String::new(),
    }
}

/// Compiles parsed rule files (and their data files, by path) into a rule set.
pub fn compile(
    files: &[Parsed],
    data: &HashMap<String, String>,
) -> Result<RuleSet, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let settings = params::compile(files, &mut diags);
    let (tables, vocabularies) = data::compile(files, data, &mut diags);
    let kinds = kinds::compile(files, &settings, &mut diags);
    let scope = fields::Scope {
        kinds: &kinds,
        vocabularies: &vocabularies,
        tables: &tables,
    };
    let fields = fields::compile(files, &scope, &mut diags);
    let rule_scope = rules::Scope {
        kinds: &kinds,
        fields: &fields,
        tables: &tables,
        params: &settings.params,
    };
    let rules = rules::compile(files, &rule_scope, &mut diags);
    let report = params::report(files, &settings, &fields, &mut diags);
    let Some(meta) = settings.meta else {
        diags.push(general(
            files,
            "没有文件声明规则集（需要一个含 id 和 title 的 `ruleset:` 部分）".into(),
        ));
        return Err(diags);
    };
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(RuleSet {
        id: meta.id,
        title: meta.title,
        notice: meta.notice,
        report,
        params: settings.params,
        classification: settings.classification,
        unreadable: settings.unreadable,
        unreadable_extras: settings.unreadable_extras,
        tables,
        vocabularies,
        kinds,
        fields,
        rules,
        classifier_fp: Default::default(),
    })
}
