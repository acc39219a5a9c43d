//! The whole pipeline for one package: unpack → extract → classify →
//! evaluate → report, and for a batch the rules across packages. The CLI and
//! tests call this; each stage stays in its own module.

use std::path::Path;

use crate::cache::Cache;
use crate::evaluate;
use crate::evaluate::BatchValue;
use crate::extract::{self, Document, ExtractOptions};
use crate::report::{self, Report};
use crate::rules::RuleSet;
use crate::unpack::{Limits, Problem};

/// One package screened: its report and what the rules across packages
/// need (the documents' text is dropped).
pub struct Screened {
    pub report: Report,
    /// Values of the fields the batch rules read.
    pub batch: Vec<BatchValue>,
    /// A fingerprint of the package's content (documents' paths and hashes):
    /// equal for the same upload under two names.
    pub fingerprint: String,
    /// Pages and documents read, for throughput figures.
    pub pages: usize,
    /// Field ids that got a value, for "rules that matched nothing".
    pub fields_read: Vec<String>,
}

/// Screens already extracted documents (rule tests give text-only ones),
/// classification read from `cache` when it holds this package under
/// rules that classify alike.
pub fn screen_documents(
    name: &str,
    rules: &RuleSet,
    docs: &[Document],
    problems: &[Problem],
    cache: Option<&Cache>,
) -> Screened {
    let facts = crate::cache::classified::classify(rules, docs, cache);
    let evaluation = evaluate::evaluate(rules, docs, &facts, problems);
    let report = report::build(name, rules, docs, &facts, evaluation);
    let mut fields_read: Vec<String> = facts
        .docs
        .iter()
        .flat_map(|d| d.fields.iter().map(|h| h.field_id.clone()))
        .collect();
    fields_read.sort();
    fields_read.dedup();
    Screened {
        report,
        batch: evaluate::batch_values(rules, &facts),
        fingerprint: fingerprint(docs),
        pages: docs.iter().map(|d| d.pages.len()).sum(),
        fields_read,
    }
}

/// SHA-256 over the documents' paths and content hashes.
pub fn fingerprint(docs: &[Document]) -> String {
    let mut s = String::new();
    for d in docs {
        s.push_str(&d.path);
        s.push('\0');
        s.push_str(&d.sha256);
        s.push('\n');
    }
    extract::sha256_hex(s.as_bytes())
}

/// Screens one package (a zip, a folder or a single document), reading
/// documents extracted before from `cache`.
pub fn screen_package(
    path: &Path,
    rules: &RuleSet,
    limits: &Limits,
    opts: &ExtractOptions,
    cache: Option<&Cache>,
) -> Screened {
    let (docs, problems) = crate::cache::unpack_and_extract(path, limits, opts, cache);
    screen_documents(&path.display().to_string(), rules, &docs, &problems, cache)
}

/// Screens one package alone (no rules across packages).
pub fn check_package(
    path: &Path,
    rules: &RuleSet,
    limits: &Limits,
    opts: &ExtractOptions,
) -> Report {
    screen_package(path, rules, limits, opts, None).report
}

/// Applies the rules across packages to screened packages.
pub fn apply_batch(rules: &RuleSet, screened: &mut [Screened]) {
    let names: Vec<String> = screened.iter().map(|s| s.report.package.clone()).collect();
    let inputs: Vec<evaluate::BatchInput> = screened
        .iter()
        .zip(&names)
        .map(|(s, name)| evaluate::BatchInput {
            name,
            sha256: &s.fingerprint,
            values: &s.batch,
        })
        .collect();
    let added = evaluate::batch(rules, &inputs);
    for (s, findings) in screened.iter_mut().zip(added) {
        s.report.add_findings(findings);
    }
}

/// Screens packages together: each as `screen_package`, then the rules that
/// look across packages (the same occupation applied for twice in a round).
pub fn check_batch(
    paths: &[std::path::PathBuf],
    rules: &RuleSet,
    limits: &Limits,
    opts: &ExtractOptions,
    cache: Option<&Cache>,
) -> Vec<Report> {
    let mut screened: Vec<Screened> = paths
        .iter()
        .map(|p| screen_package(p, rules, limits, opts, cache))
        .collect();
    apply_batch(rules, &mut screened);
    screened.into_iter().map(|s| s.report).collect()
}
