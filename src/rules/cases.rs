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
//! A rule *fires* when one of its findings is `fail`, `review` or `warning`.
//! Results render as text for people and as JUnit XML for CI systems; the
//! coverage report names rules that no case makes fire or pass.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Deserialize;

use super::RuleSet;
use crate::evaluate::FindingStatus;
use crate::extract::{self, Document, ExtractOptions, Status};
use crate::unpack::Limits;
use crate::{classify, evaluate, pipeline};

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
    expect: ExpectDef,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocDef {
    path: String,
    #[serde(default)]
    pages: Vec<String>,
    status: Option<Status>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ExpectDef {
    verdict: Option<evaluate::Verdict>,
    #[serde(default)]
    must_fire: Vec<String>,
    #[serde(default)]
    must_not_fire: Vec<String>,
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
pub fn run(rules: &RuleSet, dir: &Path) -> Result<Vec<CaseResult>, String> {
    let tests = dir.join("tests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&tests)
        .map_err(|e| format!("{}: {e}", tests.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    let mut results = Vec::new();
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let parsed: CaseFile =
            serde_saphyr::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        let base = file.parent().unwrap_or(Path::new("."));
        for case in parsed.cases {
            results.push(run_case(rules, &file.display().to_string(), base, case));
        }
    }
    Ok(results)
}

fn run_case(rules: &RuleSet, file: &str, base: &Path, case: CaseDef) -> CaseResult {
    let started = Instant::now();
    let mut problems = Vec::new();
    let packages: Option<Vec<String>> = match (&case.package, &case.packages) {
        (Some(p), None) => Some(vec![p.clone()]),
        (None, Some(ps)) => Some(ps.clone()),
        _ => None,
    };
    let outcomes: Vec<(evaluate::Verdict, Vec<evaluate::Finding>)> =
        match (packages, &case.documents) {
            (Some(ps), None) => {
                let paths: Vec<PathBuf> = ps.iter().map(|p| base.join(p)).collect();
                match paths.iter().find(|p| !p.exists()) {
                    Some(missing) => {
                        problems.push(format!("fixture not found: {}", missing.display()));
                        Vec::new()
                    }
                    None => pipeline::check_batch(
                        &paths,
                        rules,
                        &Limits::default(),
                        &ExtractOptions::default(),
                    )
                    .into_iter()
                    .map(|r| (r.verdict, r.findings))
                    .collect(),
                }
            }
            (None, Some(docs)) => {
                let docs: Vec<Document> = docs.iter().map(text_document).collect();
                let facts = classify::classify(rules, &docs);
                let e = evaluate::evaluate(rules, &docs, &facts, &[]);
                vec![(e.verdict, e.findings)]
            }
            _ => {
                problems.push(
                    "a case needs exactly one of `package`, `packages` and `documents`".into(),
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
            problems.push(format!("verdict {verdict:?}, expected {want:?}"));
        }
        for id in &case.expect.must_fire {
            if !fired.contains(id) {
                problems.push(format!("{id} did not fire"));
            }
        }
        for id in &case.expect.must_not_fire {
            if fired.contains(id) {
                let why: Vec<&str> = findings
                    .iter()
                    .filter(|f| &f.rule == id && fires(f.status))
                    .map(|f| f.message.as_str())
                    .collect();
                problems.push(format!("{id} fired: {}", why.join("; ")));
            }
        }
        for id in case
            .expect
            .must_fire
            .iter()
            .chain(&case.expect.must_not_fire)
        {
            if !rules.rules.iter().any(|r| &r.id == id) && !matches!(id.as_str(), "PKG" | "DOC") {
                problems.push(format!("unknown rule id {id}"));
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
        .map(|p| extract::quality::assess(p, 0, 0.0, 0))
        .collect();
    Document {
        path: d.path.clone(),
        kind: extract::detect_kind(&d.path, b""),
        status: d.status.unwrap_or(Status::Ok),
        reason: d
            .status
            .filter(|s| *s != Status::Ok)
            .map(|s| format!("{s:?}")),
        sha256: String::new(),
        size: 0,
        pages: d.pages.clone(),
        page_quality,
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
