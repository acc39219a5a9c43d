//! Stage 5, report: the verdict of one package with its findings and
//! evidence, as a stable JSON document (`schemas/report.schema.json`) and as
//! Chinese terminal text for staff (human-only; do not parse it).

use serde::Serialize;

use crate::classify::Classified;
use crate::evaluate::{Evaluation, Finding, FindingStatus, Verdict};
use crate::extract::{Document, Status};
use crate::rules::{FieldType, RuleSet};

#[derive(Debug, Clone, Serialize)]
pub struct RuleSetRef {
    pub id: String,
    pub title: String,
}

/// The applicant as read from its documents (most frequent values).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Organisation {
    pub name: Option<String>,
    pub credit_code: Option<String>,
}

/// One occupation applied for, with its levels.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Application {
    pub code: String,
    pub name: String,
    pub levels: Vec<String>,
}

/// What is applied for: the rule set's applications field, grouped by
/// occupation, in order of first appearance.
fn applications(rules: &RuleSet, facts: &Classified) -> Vec<Application> {
    let Some(field) = rules.applications else {
        return Vec::new();
    };
    let mut out: Vec<Application> = Vec::new();
    for h in facts
        .docs
        .iter()
        .flat_map(|d| &d.fields)
        .filter(|h| h.field == field)
    {
        let g = |k: &str| h.groups.get(k).cloned().unwrap_or_default();
        let name: String = g("name").chars().filter(|c| c.is_alphanumeric()).collect();
        let (code, level) = (g("code"), g("level"));
        match out.iter_mut().find(|a| a.code == code && a.name == name) {
            Some(a) => {
                if !a.levels.contains(&level) {
                    a.levels.push(level);
                }
            }
            None => out.push(Application {
                code,
                name,
                levels: vec![level],
            }),
        }
    }
    out
}

#[derive(Debug, Clone, Serialize)]
pub struct DocSummary {
    pub path: String,
    pub kinds: Vec<String>,
    pub pages: usize,
    pub status: Status,
    pub sha256: String,
}

/// The report of one package; the stage boundary to output formats.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub package: String,
    pub verdict: Verdict,
    pub ruleset: RuleSetRef,
    pub organisation: Organisation,
    pub applications: Vec<Application>,
    pub documents: Vec<DocSummary>,
    pub findings: Vec<Finding>,
    /// Every field value found, for checks across packages (not serialised).
    #[serde(skip)]
    pub values: Vec<Value>,
}

/// A field value with where it was found.
#[derive(Debug, Clone)]
pub struct Value {
    pub field: usize,
    pub value: String,
    pub groups: std::collections::BTreeMap<String, String>,
    pub raw: String,
    pub path: String,
    pub page: usize,
}

fn most_frequent(values: Vec<String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(k, _)| *k == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    // Most frequent first; the first seen wins ties.
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

pub fn build(
    package: &str,
    rules: &RuleSet,
    docs: &[Document],
    facts: &Classified,
    evaluation: Evaluation,
) -> Report {
    let values_of = |ty: FieldType| -> Vec<String> {
        facts
            .docs
            .iter()
            .flat_map(|d| d.fields.iter())
            .filter(|h| rules.fields.get(h.field).is_some_and(|f| f.ty == ty))
            .map(|h| match ty {
                FieldType::OrgName => h.raw.clone(),
                _ => h.value.clone(),
            })
            .collect()
    };
    Report {
        package: package.to_string(),
        verdict: evaluation.verdict,
        ruleset: RuleSetRef {
            id: rules.id.clone(),
            title: rules.title.clone(),
        },
        organisation: Organisation {
            name: most_frequent(values_of(FieldType::OrgName)),
            credit_code: most_frequent(values_of(FieldType::CreditCode)),
        },
        applications: applications(rules, facts),
        documents: docs
            .iter()
            .zip(&facts.docs)
            .map(|(d, f)| DocSummary {
                path: d.path.clone(),
                kinds: f.kinds.iter().map(|k| k.kind_id.clone()).collect(),
                pages: d.pages.len(),
                status: d.status,
                sha256: d.sha256.clone(),
            })
            .collect(),
        findings: evaluation.findings,
        values: facts
            .docs
            .iter()
            .flat_map(|f| {
                let path = docs.get(f.doc).map(|d| d.path.clone()).unwrap_or_default();
                f.fields.iter().map(move |h| Value {
                    field: h.field,
                    value: h.value.clone(),
                    groups: h.groups.clone(),
                    raw: h.raw.clone(),
                    path: path.clone(),
                    page: h.page,
                })
            })
            .collect(),
    }
}

fn verdict_text(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "通过",
        Verdict::Review => "需人工复核",
        Verdict::Fail => "不通过",
    }
}

fn status_text(s: FindingStatus) -> &'static str {
    match s {
        FindingStatus::Pass => "符合",
        FindingStatus::Fail => "不符合",
        FindingStatus::Review => "需复核",
        FindingStatus::Warning => "提示",
        FindingStatus::NotApplicable => "不适用",
    }
}

/// Chinese terminal text: verdict first, then the problems, then what passed.
pub fn render_text(r: &Report, color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let verdict_color = match r.verdict {
        Verdict::Pass => "1;32",
        Verdict::Review => "1;33",
        Verdict::Fail => "1;31",
    };
    let mut out = String::new();
    out.push_str(&format!(
        "{}  {}\n",
        paint(verdict_color, &format!("【{}】", verdict_text(r.verdict))),
        r.package
    ));
    out.push_str(&format!(
        "申报单位：{}   统一社会信用代码：{}\n规则集：{}（{}）\n",
        r.organisation.name.as_deref().unwrap_or("（未读到）"),
        r.organisation
            .credit_code
            .as_deref()
            .unwrap_or("（未读到）"),
        r.ruleset.title,
        r.ruleset.id
    ));
    for a in &r.applications {
        out.push_str(&format!(
            "申报：{} {} 等级 {}\n",
            a.code,
            a.name,
            a.levels.join("、")
        ));
    }
    if !r.applications.is_empty() {
        out.push('\n');
    }
    let order = [
        FindingStatus::Fail,
        FindingStatus::Review,
        FindingStatus::Warning,
        FindingStatus::Pass,
        FindingStatus::NotApplicable,
    ];
    for status in order {
        for f in r.findings.iter().filter(|f| f.status == status) {
            let head = format!("[{}] {} {}", status_text(f.status), f.rule, f.message);
            let c = match f.status {
                FindingStatus::Fail => "31",
                FindingStatus::Review | FindingStatus::Warning => "33",
                _ => "32",
            };
            if f.clause.is_empty() {
                out.push_str(&format!("{}\n", paint(c, &head)));
            } else {
                out.push_str(&format!("{}  （依据：{}）\n", paint(c, &head), f.clause));
            }
            if status == FindingStatus::Pass || status == FindingStatus::NotApplicable {
                if let Some(e) = f.evidence.first() {
                    out.push_str(&format!("    {}{}\n", e.path, page(e.page)));
                }
                continue;
            }
            for e in &f.evidence {
                out.push_str(&format!(
                    "    证据：{}{} {}\n",
                    e.path,
                    page(e.page),
                    e.snippet
                ));
            }
            for c in &f.candidates {
                out.push_str(&format!("    候选：{} —— {}\n", c.path, c.reason));
            }
        }
    }
    out.push_str("\n文件：\n");
    for d in &r.documents {
        let status = serde_json::to_value(d.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        out.push_str(&format!(
            "    {}  [{}] {}页 {}\n",
            d.path,
            status,
            d.pages,
            if d.kinds.is_empty() {
                "（未识别）".to_string()
            } else {
                d.kinds.join(", ")
            }
        ));
    }
    out
}

fn page(p: Option<usize>) -> String {
    p.map(|p| format!(" 第{p}页")).unwrap_or_default()
}
