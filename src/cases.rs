//! Rule test cases (`prescreen rules test`): small packages or text-only
//! fixtures with the verdict they must get and the rule ids that must and
//! must not fire. Case files are `tests/*.yaml` inside a rule folder:
//!
//! ```yaml
//! cases:
//!   - name: 完整材料
//!     package: ../../samples/01-上海某某职业技能培训有限公司.zip   # relative to this file
//!     expect: { verdict: pass, must_not_fire: [M01, C02] }
//!   - name: 外地登记
//!     documents:                                               # text-only fixture
//!       - path: 申请表.pdf
//!         pages: ["社会培训评价组织征集遴选申请表 统一社会信用代码 91110000…"]
//!     expect: { must_fire: [E03] }
//! ```
//!
//! `must_review: [E06]` asks that a rule fire as `review` only, never `fail`;
//! `must_fail: [M05]` that it fire as `fail` only.
//!
//! A text-only document may list its seals as seal detection would report
//! them: `seals: [{ page: 1, over: "登记机关 上海市浦东新区市场监督管理局" }]`
//! (`over`: the page text beneath the seal), and say its pages were read by
//! OCR: `ocr: 90` (the mean confidence).
//!
//! A rule *fires* when one of its findings is `fail`, `review` or `warning`.
//! Results render as text for people and as JUnit XML for CI systems; the
//! coverage report names rules that no case makes fire or pass.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Deserialize;

use crate::evaluate::{self, FindingStatus};
use crate::extract::{self, Document, ExtractOptions, Status};
use crate::pipeline::{self, Screened};
use crate::rules::RuleSet;
use crate::unpack::Limits;

/// A case file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("无法读取 {path}：{source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("用例文件 {path} 格式错误：{message}")]
    Format { path: String, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    cases: Vec<CaseDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseDef {
    name: String,
    package: Option<String>,
    /// Packages screened together (for rules across packages); `expect`
    /// applies to each of them.
    packages: Option<Vec<String>>,
    documents: Option<Vec<DocDef>>,
    /// Text-only packages screened together (for rules across packages).
    batch: Option<Vec<BatchDef>>,
    expect: ExpectDef,
    /// What to expect instead where Tesseract is not installed (a case whose
    /// package has scans that OCR reads).
    without_ocr: Option<ExpectDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchDef {
    name: String,
    documents: Vec<DocDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocDef {
    path: String,
    #[serde(default)]
    pages: Vec<String>,
    status: Option<Status>,
    /// Seals on the document's pages, as seal detection would report them.
    #[serde(default)]
    seals: Vec<SealDef>,
    /// The pages were read by OCR, with this mean confidence (0–100).
    ocr: Option<f32>,
}

/// A seal of a text-only document: its page and the page text beneath it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SealDef {
    page: usize,
    #[serde(default)]
    over: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ExpectDef {
    verdict: Option<evaluate::Verdict>,
    #[serde(default)]
    must_fire: Vec<String>,
    #[serde(default)]
    must_not_fire: Vec<String>,
    /// Rules that must fire as `review` only (none of their findings `fail`).
    #[serde(default)]
    must_review: Vec<String>,
    /// Rules that must fire as `fail` (a clear disqualifier not softened).
    #[serde(default)]
    must_fail: Vec<String>,
}

/// The outcome of one case.
#[derive(Debug, Clone)]
pub struct CaseResult {
    pub file: String,
    pub name: String,
    /// Why the case failed; empty when it passed.
    pub problems: Vec<String>,
    /// Rule ids that fired / passed in this case.
    pub fired: Vec<String>,
    pub passed: Vec<String>,
    pub millis: u128,
}

impl CaseResult {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Rules that no case made fire, or pass.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    pub never_fired: Vec<String>,
    pub never_passed: Vec<String>,
}

fn fires(s: FindingStatus) -> bool {
    matches!(
        s,
        FindingStatus::Fail | FindingStatus::Review | FindingStatus::Warning
    )
}

/// Runs every case file in `dir/tests/`. An unreadable or malformed case file
/// is an error naming the file.
pub fn run(rules: &RuleSet, dir: &Path) -> Result<Vec<CaseResult>, CaseError> {
    let tests = dir.join("tests");
    let io = |p: &Path| {
        let path = p.display().to_string();
        move |source| CaseError::Io { path, source }
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&tests)
        .map_err(io(&tests))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    let mut results = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(io(&file))?;
        let parsed: CaseFile = serde_saphyr::from_str(&text).map_err(|e| CaseError::Format {
            path: file.display().to_string(),
            message: e.to_string(),
        })?;
        let base = file.parent().unwrap_or(Path::new("."));
        for case in parsed.cases {
            results.push(run_case(rules, &file.display().to_string(), base, case));
        }
    }
    Ok(results)
}

fn run_case(rules: &RuleSet, file: &str, base: &Path, mut case: CaseDef) -> CaseResult {
    let started = Instant::now();
    if let Some(without) = case.without_ocr.take()
        && extract::ocr::available("chi_sim").is_err()
    {
        case.expect = without;
    }
    let mut problems = Vec::new();
    let packages: Option<Vec<String>> = match (&case.package, &case.packages) {
        (Some(p), None) => Some(vec![p.clone()]),
        (None, Some(ps)) => Some(ps.clone()),
        _ => None,
    };
    let outcomes: Vec<(evaluate::Verdict, Vec<evaluate::Finding>)> =
        match (packages, &case.documents, &case.batch) {
            (Some(ps), None, None) => {
                let paths: Vec<PathBuf> = ps.iter().map(|p| base.join(p)).collect();
                match paths.iter().find(|p| !p.exists()) {
                    Some(missing) => {
                        problems.push(format!("找不到用例文件：{}", missing.display()));
                        Vec::new()
                    }
                    None => {
                        let mut screened: Vec<Screened> = paths
                            .iter()
                            .map(|p| {
                                pipeline::screen_package(
                                    p,
                                    rules,
                                    &Limits::default(),
                                    &ExtractOptions::default(),
                                    None,
                                )
                            })
                            .collect();
                        pipeline::apply_batch(rules, &mut screened);
                        screened
                            .into_iter()
                            .map(|s| (s.report.verdict, s.report.findings))
                            .collect()
                    }
                }
            }
            (None, Some(docs), None) => {
                let docs: Vec<Document> = docs.iter().map(text_document).collect();
                // A batch of one, as `check` screens a single package.
                let mut one = [pipeline::screen_documents(
                    &case.name,
                    rules,
                    &docs,
                    &[],
                    None,
                )];
                pipeline::apply_batch(rules, &mut one);
                let [s] = one;
                vec![(s.report.verdict, s.report.findings)]
            }
            (None, None, Some(batch)) => {
                let mut screened: Vec<Screened> = batch
                    .iter()
                    .map(|b| {
                        let docs: Vec<Document> = b.documents.iter().map(text_document).collect();
                        pipeline::screen_documents(&b.name, rules, &docs, &[], None)
                    })
                    .collect();
                pipeline::apply_batch(rules, &mut screened);
                screened
                    .into_iter()
                    .map(|s| (s.report.verdict, s.report.findings))
                    .collect()
            }
            _ => {
                problems.push(
                    "用例需要且只能有 `package`、`packages`、`documents`、`batch` 之一".into(),
                );
                Vec::new()
            }
        };
    let (mut fired, mut passed) = (Vec::new(), Vec::new());
    for (verdict, findings) in outcomes {
        let mut fired_here: Vec<String> = Vec::new();
        for f in &findings {
            if fires(f.status) && !fired_here.contains(&f.rule) {
                fired_here.push(f.rule.clone());
            }
            let list = if fires(f.status) {
                &mut fired
            } else if f.status == FindingStatus::Pass {
                &mut passed
            } else {
                continue;
            };
            if !list.contains(&f.rule) {
                list.push(f.rule.clone());
            }
        }
        let fired = &fired_here;
        if let Some(want) = case.expect.verdict
            && want != verdict
        {
            problems.push(format!("结论为 {verdict:?}，应为 {want:?}"));
        }
        for id in &case.expect.must_fire {
            if !fired.contains(id) {
                problems.push(format!("{id} 没有触发"));
            }
        }
        for (ids, want, label) in [
            (
                &case.expect.must_review,
                FindingStatus::Review,
                "需人工核对",
            ),
            (&case.expect.must_fail, FindingStatus::Fail, "不通过"),
        ] {
            for id in ids {
                let statuses: Vec<FindingStatus> = findings
                    .iter()
                    .filter(|f| &f.rule == id && fires(f.status))
                    .map(|f| f.status)
                    .collect();
                if statuses.is_empty() {
                    problems.push(format!("{id} 没有触发"));
                } else if statuses.iter().any(|s| *s != want) {
                    problems.push(format!("{id} 应为{label}，却是 {statuses:?}"));
                }
            }
        }
        for id in &case.expect.must_not_fire {
            if fired.contains(id) {
                let why: Vec<&str> = findings
                    .iter()
                    .filter(|f| &f.rule == id && fires(f.status))
                    .map(|f| f.message.as_str())
                    .collect();
                problems.push(format!("{id} 不应触发却触发了：{}", why.join("；")));
            }
        }
        for id in case
            .expect
            .must_fire
            .iter()
            .chain(&case.expect.must_not_fire)
            .chain(&case.expect.must_review)
            .chain(&case.expect.must_fail)
        {
            if !rules.rules.iter().any(|r| &r.id == id) && !matches!(id.as_str(), "PKG" | "DOC") {
                problems.push(format!("未知的规则 id {id}"));
            }
        }
    }
    CaseResult {
        file: file.to_string(),
        name: case.name,
        problems,
        fired,
        passed,
        millis: started.elapsed().as_millis(),
    }
}

fn text_document(d: &DocDef) -> Document {
    let page_quality: Vec<_> = d
        .pages
        .iter()
        .map(|p| extract::quality::PageQuality {
            ocr: d.ocr,
            ..extract::quality::assess(p, 0, 0.0, 0)
        })
        .collect();
    Document {
        path: d.path.clone(),
        kind: extract::detect_kind(&d.path, b""),
        status: d.status.unwrap_or(Status::Ok),
        reason: d
            .status
            .filter(|s| *s != Status::Ok)
            .map(|s| format!("{s:?}")),
        detail: None,
        note: None,
        sha256: String::new(),
        size: 0,
        pages: d.pages.clone(),
        page_quality,
        seals: d
            .seals
            .iter()
            .map(|s| extract::Seal {
                page: s.page,
                bbox: [400.0, 100.0, 510.0, 210.0],
                source: extract::SealSource::Vector,
                over: s.over.clone(),
            })
            .collect(),
        hidden: Vec::new(),
        millis: 0,
    }
}

/// Which rules no case makes fire, and which no case makes pass.
pub fn coverage(rules: &RuleSet, results: &[CaseResult]) -> Coverage {
    let mut c = Coverage::default();
    for r in &rules.rules {
        if !results.iter().any(|x| x.fired.contains(&r.id)) {
            c.never_fired.push(r.id.clone());
        }
        if !results.iter().any(|x| x.passed.contains(&r.id)) {
            c.never_passed.push(r.id.clone());
        }
    }
    c
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// JUnit XML: one testsuite per case file, one testcase per case.
pub fn junit(results: &[CaseResult]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    let mut files: Vec<&str> = results.iter().map(|r| r.file.as_str()).collect();
    files.dedup();
    for file in files {
        let cases: Vec<&CaseResult> = results.iter().filter(|r| r.file == file).collect();
        let failures = cases.iter().filter(|r| !r.ok()).count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\">\n",
            xml_escape(file),
            cases.len()
        ));
        for c in cases {
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3}\"",
                xml_escape(file),
                xml_escape(&c.name),
                c.millis as f64 / 1000.0
            ));
            if c.ok() {
                out.push_str("/>\n");
            } else {
                out.push_str(&format!(
                    ">\n      <failure message=\"{}\"/>\n    </testcase>\n",
                    xml_escape(&c.problems.join("; "))
                ));
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
