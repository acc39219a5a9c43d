//! What a `screen` run writes besides `results.jsonl`: one summary row per
//! package (`Row`), written as CSV, as an Excel workbook and as HTML pages.
//! Everything here reads finished reports; nothing knows a notice — the
//! header columns are the rule set's report facts and listing.

pub mod csv;
pub mod html;
pub mod xlsx;

use crate::evaluate::{Finding, FindingStatus, Verdict};
use crate::report::Report;

/// How a verdict reads to staff.
pub fn verdict_text(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "通过",
        Verdict::Review => "需人工复核",
        Verdict::Fail => "不通过",
    }
}

/// How a finding's status reads to staff.
pub fn status_text(s: FindingStatus) -> &'static str {
    match s {
        FindingStatus::Pass => "符合",
        FindingStatus::Fail => "不符合",
        FindingStatus::Review => "需复核",
        FindingStatus::Warning => "提示",
        FindingStatus::NotApplicable => "不适用",
    }
}

/// One package in the summary.
#[derive(Debug, Clone)]
pub struct Row {
    pub package: String,
    pub verdict: Verdict,
    /// The report's facts: (title, value).
    pub facts: Vec<(String, String)>,
    /// The listing's title and rows as staff read them.
    pub listing: Option<(String, Vec<String>)>,
    pub fails: usize,
    pub reviews: usize,
    pub warnings: usize,
    /// The first reasons: messages of failing, then reviewed findings.
    pub reasons: Vec<String>,
    /// The package's HTML page, relative to the output folder.
    pub page: String,
}

/// How many reasons a row lists.
const REASONS: usize = 3;

impl Row {
    pub fn of(report: &Report, page: String) -> Row {
        let count = |s: FindingStatus| report.findings.iter().filter(|f| f.status == s).count();
        let reasons: Vec<String> = [FindingStatus::Fail, FindingStatus::Review]
            .iter()
            .flat_map(|s| report.findings.iter().filter(move |f| f.status == *s))
            .map(|f| f.message.clone())
            .take(REASONS)
            .collect();
        Row {
            package: report.package.clone(),
            verdict: report.verdict,
            facts: report
                .facts
                .iter()
                .map(|f| (f.title.clone(), f.value.clone().unwrap_or_default()))
                .collect(),
            listing: report.listing.as_ref().map(|l| {
                (
                    l.title.clone(),
                    l.rows.iter().map(|r| r.shown.clone()).collect(),
                )
            }),
            fails: count(FindingStatus::Fail),
            reviews: count(FindingStatus::Review),
            warnings: count(FindingStatus::Warning),
            reasons,
            page,
        }
    }
}

/// The column titles of the package sheet and CSV, from the first row's
/// facts and listing (every report of a run has the same ones).
pub fn headers(rows: &[Row]) -> Vec<String> {
    let mut h = vec!["申报包".to_string()];
    if let Some(first) = rows.first() {
        h.extend(first.facts.iter().map(|(t, _)| t.clone()));
        if let Some((t, _)) = &first.listing {
            h.push(t.clone());
        }
    }
    h.extend(
        ["结论", "不符合项", "需复核项", "提示项", "主要原因", "报告"]
            .iter()
            .map(|s| s.to_string()),
    );
    h
}

/// A row's cells in `headers` order.
pub fn cells(row: &Row) -> Vec<String> {
    let mut c = vec![row.package.clone()];
    c.extend(row.facts.iter().map(|(_, v)| v.clone()));
    if let Some((_, items)) = &row.listing {
        c.push(items.join("；"));
    }
    c.push(verdict_text(row.verdict).into());
    c.push(row.fails.to_string());
    c.push(row.reviews.to_string());
    c.push(row.warnings.to_string());
    c.push(row.reasons.join("；"));
    c.push(row.page.clone());
    c
}

/// One finding as a row of the findings sheet.
pub fn finding_cells(package: &str, f: &Finding) -> Vec<String> {
    let e = f.evidence.first();
    vec![
        package.to_string(),
        f.rule.clone(),
        f.title.clone(),
        f.clause.clone(),
        status_text(f.status).into(),
        f.message.clone(),
        f.item.clone().unwrap_or_default(),
        e.map(|e| e.path.clone()).unwrap_or_default(),
        e.and_then(|e| e.page)
            .map(|p| p.to_string())
            .unwrap_or_default(),
        e.map(|e| e.snippet.clone()).unwrap_or_default(),
    ]
}

pub const FINDING_HEADERS: [&str; 10] = [
    "申报包",
    "规则",
    "规则名称",
    "依据条款",
    "结论",
    "说明",
    "对象",
    "文件",
    "页",
    "摘录",
];

/// Per rule: (rule, title, clause, counts by status).
#[derive(Debug, Clone, Default)]
pub struct RuleCount {
    pub rule: String,
    pub title: String,
    pub clause: String,
    pub fail: usize,
    pub review: usize,
    pub warning: usize,
    pub pass: usize,
    pub not_applicable: usize,
}

impl RuleCount {
    pub fn add(&mut self, s: FindingStatus) {
        match s {
            FindingStatus::Fail => self.fail += 1,
            FindingStatus::Review => self.review += 1,
            FindingStatus::Warning => self.warning += 1,
            FindingStatus::Pass => self.pass += 1,
            FindingStatus::NotApplicable => self.not_applicable += 1,
        }
    }
}

pub const COUNT_HEADERS: [&str; 8] = [
    "规则",
    "规则名称",
    "依据条款",
    "不符合",
    "需复核",
    "提示",
    "符合",
    "不适用",
];
