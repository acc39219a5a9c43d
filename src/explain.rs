//! `prescreen explain`: the rule author's microscope. For one package it
//! shows, per document and section, every kind considered with its score and
//! the evidence behind it, the kind chosen and how sure, each field value
//! with where it was read (and the groups of records, inherited ones
//! marked), the findings that cite the document, and the folded,
//! whitespace-free text the patterns run on, line by line. Human-only
//! output; `--format json` gives the same facts as data.

use std::fmt::Write as _;

use serde::Serialize;

use crate::classify::{self, Certainty, DocFacts, DocText};
use crate::evaluate::{self, Evaluation, FindingStatus};
use crate::extract::Document;
use crate::report::doc_status_text;
use crate::rules::RuleSet;
use crate::rules::model::Place;
use crate::unpack::Problem;

/// Everything `explain` shows, as data.
#[derive(Debug, Serialize)]
pub struct Explained {
    pub package: String,
    pub documents: Vec<ExplainedDoc>,
    pub evaluation: Evaluation,
}

#[derive(Debug, Serialize)]
pub struct ExplainedDoc {
    pub path: String,
    pub status: crate::extract::Status,
    pub facts: DocFacts,
    /// Per page, the lines as patterns see them.
    pub text: Vec<Vec<String>>,
}

/// Classifies and evaluates extracted documents, keeping what explains them.
pub fn explain(name: &str, rules: &RuleSet, docs: &[Document], problems: &[Problem]) -> Explained {
    let texts: Vec<DocText> = docs.iter().map(DocText::new).collect();
    let mut facts = classify::Classified {
        docs: docs
            .iter()
            .zip(&texts)
            .enumerate()
            .map(|(i, (d, t))| classify::classify_one(rules, i, d, t))
            .collect(),
    };
    classify::agree::agree_codes(&mut facts, docs);
    let evaluation = evaluate::evaluate(rules, docs, &facts, problems);
    let documents = docs
        .iter()
        .zip(texts)
        .zip(facts.docs)
        .map(|((d, t), f)| ExplainedDoc {
            path: d.path.clone(),
            status: d.status,
            facts: f,
            text: t
                .pages
                .iter()
                .map(|p| (0..p.lines.len()).map(|i| p.line(i).to_string()).collect())
                .collect(),
        })
        .collect();
    Explained {
        package: name.to_string(),
        documents,
        evaluation,
    }
}

fn place_text(p: Place) -> &'static str {
    match p {
        Place::Title => "标题",
        Place::Issuer => "出具",
        Place::Tail => "落款",
        Place::Body => "正文",
        Place::FileName => "文件名",
    }
}

fn certainty_text(c: Certainty) -> &'static str {
    match c {
        Certainty::Sure => "确定",
        Certainty::Close => "难以区分",
        Certainty::NameOnly => "仅凭文件名",
        Certainty::LowOcr => "OCR 置信度低",
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

/// Renders the explanation as Chinese text. `full_text`: every line of every
/// page (otherwise at most 40 lines a page).
pub fn render(rules: &RuleSet, e: &Explained, full_text: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}  结论：{:?}", e.package, e.evaluation.verdict);
    for d in &e.documents {
        let _ = writeln!(
            out,
            "\n== {}  [{}] {}页",
            d.path,
            doc_status_text(d.status),
            d.text.len()
        );
        for (si, s) in d.facts.sections.iter().enumerate() {
            let chosen: Vec<String> = s
                .kinds
                .iter()
                .map(|(k, c)| {
                    format!(
                        "{}（{}，{}）",
                        rules.kinds[*k].title,
                        rules.kinds[*k].id,
                        certainty_text(*c)
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "  -- 分段 {}：第{}-{}页  结论：{}",
                si + 1,
                s.first_page,
                s.last_page,
                if chosen.is_empty() {
                    "未识别".to_string()
                } else {
                    chosen.join("、")
                }
            );
            for sc in &s.scores {
                let min = rules.kinds[sc.kind].min_score;
                let _ = writeln!(out, "     {:<26} {:>5.1}（需 {min}）", sc.kind_id, sc.score);
                for ev in &sc.evidence {
                    let page = ev.page.map(|p| format!(" 第{p}页")).unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "         {:+.1} {}{page} /{}/ {}",
                        ev.weight,
                        place_text(ev.place),
                        ev.pattern,
                        ev.snippet
                    );
                }
            }
            for h in d.facts.fields.iter().filter(|h| h.section == si) {
                let parts: Vec<String> = h
                    .parts
                    .iter()
                    .map(|(k, v)| {
                        let shown = rules.show_group(h.field, k, v);
                        let mark = if h.inherited.contains(k) {
                            "（沿用）"
                        } else {
                            ""
                        };
                        format!("{k}={shown}{mark}")
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "     值 {} 第{}页：{}  {}{}",
                    h.field_id,
                    h.page,
                    h.value,
                    h.snippet,
                    if parts.is_empty() {
                        String::new()
                    } else {
                        format!("  [{}]  行：{}", parts.join(" "), h.raw)
                    }
                );
            }
        }
        let cited: Vec<String> = e
            .evaluation
            .findings
            .iter()
            .filter(|f| {
                f.evidence.iter().any(|ev| ev.path == d.path)
                    || f.candidates.iter().any(|c| c.path == d.path)
            })
            .map(|f| {
                let item = f
                    .item
                    .as_deref()
                    .map(|i| format!("（{i}）"))
                    .unwrap_or_default();
                format!("{}{item} {}", f.rule, status_text(f.status))
            })
            .collect();
        if !cited.is_empty() {
            let _ = writeln!(out, "  规则使用：{}", cited.join("；"));
        }
        for (p, lines) in d.text.iter().enumerate() {
            let _ = writeln!(out, "  文本 第{}页（规则看到的形式，每行一段）：", p + 1);
            let limit = if full_text { usize::MAX } else { 40 };
            for (i, line) in lines.iter().enumerate().take(limit) {
                if !line.is_empty() {
                    let _ = writeln!(out, "     {:>3}| {line}", i + 1);
                }
            }
            if lines.len() > limit {
                let _ = writeln!(
                    out,
                    "     …（另有 {} 行，用 --full-text 显示）",
                    lines.len() - limit
                );
            }
        }
    }
    let _ = writeln!(out, "\n== 规则结果");
    for f in &e.evaluation.findings {
        let item = f
            .item
            .as_deref()
            .map(|i| format!("（{i}）"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {} {}{item} {}：{}",
            status_text(f.status),
            f.rule,
            f.title,
            f.message
        );
    }
    out
}
