//! Stage 5, report: the verdict of one package with its findings and
//! evidence, as a stable JSON document (`schemas/report.schema.json`) and as
//! Chinese terminal text for staff (human-only; do not parse it). The header
//! (who applies, for what) is whatever the rule set's `ruleset.report` names:
//! nothing here knows a notice.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::classify::{Certainty, Classified};
use crate::evaluate::{Evaluation, Finding, FindingStatus, Verdict};
use crate::extract::{Document, Status};
use crate::rules::RuleSet;

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct RuleSetRef {
    pub id: String,
    pub title: String,
}

/// A header value: a field's most frequent value in the package.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Fact {
    pub field: String,
    pub title: String,
    pub value: Option<String>,
}

/// One row of the listing: a record key and the values collected for it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct ListingRow {
    pub key: BTreeMap<String, String>,
    pub values: Vec<String>,
    /// The row as staff read it (levels through their vocabulary: 五级/初级工).
    pub shown: String,
}

/// The listing of what is applied for, with its field's title.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Listing {
    pub title: String,
    pub rows: Vec<ListingRow>,
}

/// A kind found in a document section, with why.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct KindFound {
    pub kind: String,
    pub title: String,
    pub certainty: Certainty,
    pub score: f64,
    pub first_page: usize,
    pub last_page: usize,
    /// The strongest evidence: the matched text in context.
    pub because: String,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct DocSummary {
    pub path: String,
    pub kinds: Vec<KindFound>,
    pub pages: usize,
    pub status: Status,
    pub sha256: String,
}

/// The report of one package; the stage boundary to output formats.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Report {
    pub package: String,
    pub verdict: Verdict,
    pub ruleset: RuleSetRef,
    pub facts: Vec<Fact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing: Option<Listing>,
    pub documents: Vec<DocSummary>,
    /// Entries the unpack stage refused beyond the first
    /// `REFUSED_LISTED`: counted, not listed (their findings say why).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub documents_omitted: usize,
    pub findings: Vec<Finding>,
}

/// Refused entries listed one by one in a report (a nested bomb has
/// thousands).
pub const REFUSED_LISTED: usize = 20;

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Report {
    /// Adds findings (from rules across packages) and updates the verdict.
    pub fn add_findings(&mut self, findings: Vec<Finding>) {
        self.findings.extend(findings);
        self.verdict = crate::evaluate::verdict_of(&self.findings);
    }
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

fn listing(rules: &RuleSet, facts: &Classified) -> Option<Listing> {
    let spec = rules.report.listing.as_ref()?;
    let field = &rules.fields[spec.field];
    let mut rows: Vec<ListingRow> = Vec::new();
    for (_, h) in facts.values(spec.field) {
        let key: BTreeMap<String, String> = spec
            .key
            .iter()
            .map(|g| (g.clone(), h.parts.get(g).cloned().unwrap_or_default()))
            .collect();
        let value = h.parts.get(&spec.collect).cloned().unwrap_or_default();
        match rows.iter_mut().find(|r| r.key == key) {
            Some(r) => {
                if !r.values.contains(&value) {
                    r.values.push(value);
                }
            }
            None => rows.push(ListingRow {
                key,
                values: vec![value],
                shown: String::new(),
            }),
        }
    }
    for r in &mut rows {
        let key: Vec<String> = spec
            .key
            .iter()
            .map(|g| {
                rules
                    .show_group(
                        spec.field,
                        g,
                        r.key.get(g).map(String::as_str).unwrap_or(""),
                    )
                    .to_string()
            })
            .filter(|s| !s.is_empty())
            .collect();
        let values: Vec<&str> = r
            .values
            .iter()
            .map(|v| rules.show_group(spec.field, &spec.collect, v))
            .collect();
        r.shown = format!("{} {}", key.join(" "), values.join("、"));
    }
    Some(Listing {
        title: field.title.clone(),
        rows,
    })
}

pub fn build(
    package: &str,
    rules: &RuleSet,
    docs: &[Document],
    facts: &Classified,
    evaluation: Evaluation,
) -> Report {
    let fact_values = rules
        .report
        .facts
        .iter()
        .map(|&f| Fact {
            field: rules.fields[f].id.clone(),
            title: rules.fields[f].title.clone(),
            value: most_frequent(facts.values(f).map(|(_, h)| h.value.clone()).collect()),
        })
        .collect();
    let mut refused = 0;
    let mut report = Report {
        package: package.to_string(),
        verdict: evaluation.verdict,
        ruleset: RuleSetRef {
            id: rules.id.clone(),
            title: rules.title.clone(),
        },
        facts: fact_values,
        listing: listing(rules, facts),
        documents: docs
            .iter()
            .zip(&facts.docs)
            .map(|(d, f)| DocSummary {
                path: d.path.clone(),
                kinds: f
                    .sections
                    .iter()
                    .flat_map(|s| {
                        s.kinds.iter().map(move |&(k, c)| {
                            let score = s.score_of(k);
                            KindFound {
                                kind: rules.kinds[k].id.clone(),
                                title: rules.kinds[k].title.clone(),
                                certainty: c,
                                score: score.map(|x| x.score).unwrap_or(0.0),
                                first_page: s.first_page,
                                last_page: s.last_page,
                                because: score
                                    .and_then(|x| {
                                        x.evidence
                                            .iter()
                                            .max_by(|a, b| a.weight.total_cmp(&b.weight))
                                    })
                                    .map(|e| e.snippet.clone())
                                    .unwrap_or_default(),
                            }
                        })
                    })
                    .collect(),
                pages: d.pages.len(),
                status: d.status,
                sha256: d.sha256.clone(),
            })
            .filter(|d| {
                // Keep every readable document and the first refused ones.
                if d.status != Status::Refused {
                    return true;
                }
                refused += 1;
                refused <= REFUSED_LISTED
            })
            .collect(),
        documents_omitted: 0,
        findings: evaluation.findings,
    };
    report.documents_omitted = refused.saturating_sub(REFUSED_LISTED);
    report
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

/// How a document's status reads to staff.
pub fn doc_status_text(s: Status) -> &'static str {
    match s {
        Status::Ok => "可读",
        Status::PartialText => "部分页无文字",
        Status::NoTextLayer => "无文字层（扫描件）",
        Status::UnreliableText => "文字不可靠",
        Status::Encrypted => "已加密",
        Status::Corrupt => "文件损坏",
        Status::Timeout => "读取超时",
        Status::Panic => "读取出错",
        Status::Unsupported => "格式不支持",
        Status::Refused => "已拒绝",
    }
}

fn certainty_note(c: Certainty) -> &'static str {
    match c {
        Certainty::Sure => "",
        Certainty::Close => "（难以区分）",
        Certainty::NameOnly => "（仅凭文件名）",
        Certainty::LowOcr => "（OCR 置信度低）",
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
    let facts: Vec<String> = r
        .facts
        .iter()
        .map(|f| {
            format!(
                "{}：{}",
                f.title,
                f.value.as_deref().unwrap_or("（未读到）")
            )
        })
        .collect();
    if !facts.is_empty() {
        out.push_str(&facts.join("   "));
        out.push('\n');
    }
    out.push_str(&format!(
        "规则集：{}（{}）\n",
        r.ruleset.title, r.ruleset.id
    ));
    if let Some(l) = &r.listing {
        for row in &l.rows {
            out.push_str(&format!("{}：{}\n", l.title, row.shown));
        }
    }
    out.push('\n');
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
                if c.path.is_empty() {
                    out.push_str(&format!("    候选：{}\n", c.reason));
                } else {
                    out.push_str(&format!("    候选：{} —— {}\n", c.path, c.reason));
                }
            }
        }
    }
    out.push_str("\n文件：\n");
    for d in &r.documents {
        let kinds = if d.kinds.is_empty() {
            "（未识别）".to_string()
        } else {
            d.kinds
                .iter()
                .map(|k| {
                    let pages = if k.first_page == k.last_page {
                        format!("第{}页", k.first_page)
                    } else {
                        format!("第{}-{}页", k.first_page, k.last_page)
                    };
                    format!("{}{}（{pages}）", k.title, certainty_note(k.certainty))
                })
                .collect::<Vec<_>>()
                .join("，")
        };
        out.push_str(&format!(
            "    {}  [{}] {}页 {}\n",
            d.path,
            doc_status_text(d.status),
            d.pages,
            kinds
        ));
    }
    out
}

fn page(p: Option<usize>) -> String {
    p.map(|p| format!(" 第{p}页")).unwrap_or_default()
}
