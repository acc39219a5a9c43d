//! The set-wide sections: `ruleset` (name and report header), `parameters`
//! (any name, typed by their YAML value), `classification` and `unreadable`.

use serde_json::Value;

use super::{Parsed, each_file};
use crate::rules::Diagnostic;
use crate::rules::model::{self, UnreadablePolicy};
use crate::rules::set::{Classification, Field, Listing, Param, ReportSpec, Weights};
use crate::validate::date::Date;

/// What the set-wide sections give.
pub struct Settings {
    pub meta: Option<model::RuleSetMeta>,
    pub params: Vec<(String, Param)>,
    pub classification: Classification,
    pub weights: Weights,
    pub unreadable: UnreadablePolicy,
    pub unreadable_extras: Option<regex::Regex>,
}

/// A parameter value from YAML: a `YYYY-MM-DD` string is a date.
pub fn param_of(v: &Value) -> Option<Param> {
    Some(match v {
        Value::String(s) => match s.parse::<Date>() {
            Ok(d) => Param::Date(d),
            Err(_) => Param::Text(s.clone()),
        },
        Value::Number(n) => Param::Number(n.as_f64()?),
        Value::Bool(b) => Param::Bool(*b),
        Value::Array(a) => Param::List(a.iter().map(param_of).collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

pub fn compile(files: &[Parsed], diags: &mut Vec<Diagnostic>) -> Settings {
    let mut s = Settings {
        meta: None,
        params: Vec::new(),
        classification: Classification::default(),
        weights: Weights::default(),
        unreadable: UnreadablePolicy::WhenNeeded,
        unreadable_extras: None,
    };
    let mut seen_classification = false;
    let mut seen_unreadable = false;
    each_file(files, diags, |cx, file| {
        if let Some(m) = &file.ruleset {
            if s.meta.is_some() {
                cx.err(
                    "/ruleset",
                    "第二个 `ruleset` 部分：规则集只能在一个文件中声明".into(),
                );
            } else {
                s.meta = Some(m.clone());
            }
        }
        for (name, value) in &file.parameters {
            let ptr = format!("/parameters/{name}");
            if s.params.iter().any(|(n, _)| n == name) {
                cx.err(&ptr, format!("参数 `{name}` 重复定义"));
                continue;
            }
            match param_of(value) {
                Some(p) => s.params.push((name.clone(), p)),
                None => cx.err(&ptr, format!("参数 `{name}` 的值不是标量或标量列表")),
            }
        }
        if let Some(c) = &file.classification {
            if seen_classification {
                cx.err("/classification", "`classification` 重复定义".into());
            }
            seen_classification = true;
            let d = Classification::default();
            s.classification = Classification {
                title_chars: c.title_chars.unwrap_or(d.title_chars),
                tail_chars: c.tail_chars.unwrap_or(d.tail_chars),
                tail_ends_before: c
                    .tail_ends_before
                    .as_deref()
                    .and_then(|p| cx.regex("/classification/tail_ends_before", p)),
                heading_chars: c.heading_chars.unwrap_or(d.heading_chars),
                min_score: c.min_score.unwrap_or(d.min_score),
                margin: c.margin.unwrap_or(d.margin),
                ocr_min_confidence: c.ocr_min_confidence.unwrap_or(d.ocr_min_confidence),
            };
            if let Some(w) = &c.weights {
                let d = Weights::default();
                s.weights = Weights {
                    title: w.title.unwrap_or(d.title),
                    issuer: w.issuer.unwrap_or(d.issuer),
                    body: w.body.unwrap_or(d.body),
                    file_name: w.file_name.unwrap_or(d.file_name),
                };
            }
        }
        if let Some(u) = &file.unreadable {
            if seen_unreadable {
                cx.err("/unreadable", "`unreadable` 重复定义".into());
            }
            seen_unreadable = true;
            s.unreadable = u.review;
            s.unreadable_extras = u
                .extras
                .as_deref()
                .and_then(|p| cx.regex("/unreadable/extras", p));
        }
    });
    s
}

/// The report header: fields named in `ruleset.report`.
pub fn report(
    files: &[Parsed],
    settings: &Settings,
    fields: &[Field],
    diags: &mut Vec<Diagnostic>,
) -> ReportSpec {
    let mut spec = ReportSpec::default();
    each_file(files, diags, |cx, file| {
        let Some(report) = file.ruleset.as_ref().and_then(|m| m.report.as_ref()) else {
            return;
        };
        if settings.meta.is_none() {
            return;
        }
        for (i, id) in report.facts.iter().enumerate() {
            match fields.iter().position(|f| f.id == *id) {
                Some(f) => spec.facts.push(f),
                None => cx.err(
                    &format!("/ruleset/report/facts/{i}"),
                    format!("未知字段 `{id}`"),
                ),
            }
        }
        if let Some(l) = &report.listing {
            let ptr = "/ruleset/report/listing";
            match fields.iter().position(|f| f.id == l.field) {
                Some(f) => {
                    let parts = fields[f].ty.parts();
                    let missing: Vec<&String> = l
                        .key
                        .iter()
                        .chain(std::iter::once(&l.collect))
                        .filter(|g| !parts.contains(g))
                        .collect();
                    if fields[f].ty.record().is_none() {
                        cx.err(
                            &format!("{ptr}/field"),
                            format!("`{}` 不是记录字段", l.field),
                        );
                    } else if !missing.is_empty() {
                        cx.err(
                            ptr,
                            format!(
                                "字段 `{}` 没有分组 {}",
                                l.field,
                                missing
                                    .iter()
                                    .map(|m| format!("`{m}`"))
                                    .collect::<Vec<_>>()
                                    .join("、")
                            ),
                        );
                    } else {
                        spec.listing = Some(Listing {
                            field: f,
                            key: l.key.clone(),
                            collect: l.collect.clone(),
                        });
                    }
                }
                None => cx.err(&format!("{ptr}/field"), format!("未知字段 `{}`", l.field)),
            }
        }
    });
    spec
}
