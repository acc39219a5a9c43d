//! The whole pipeline for one package: unpack → extract → classify →
//! evaluate → report. The CLI and tests call this; each stage stays in its
//! own module.

use std::path::Path;

use crate::extract::{self, ExtractOptions};
use crate::report::{self, Report};
use crate::rules::RuleSet;
use crate::unpack::{self, Limits};
use crate::{classify, evaluate};

/// Screens one package (a zip, a folder or a single document).
pub fn check_package(
    path: &Path,
    rules: &RuleSet,
    limits: &Limits,
    opts: &ExtractOptions,
) -> Report {
    let package = unpack::unpack(path, limits);
    let docs = extract::extract_package(&package, opts);
    let facts = classify::classify(rules, &docs);
    let evaluation = evaluate::evaluate(rules, &docs, &facts, &package.problems);
    report::build(
        &path.display().to_string(),
        rules,
        &docs,
        &facts,
        evaluation,
    )
}

/// Screens packages together: each as `check_package`, then the rules that
/// look across packages (the same occupation applied for twice in a round).
pub fn check_batch(
    paths: &[std::path::PathBuf],
    rules: &RuleSet,
    limits: &Limits,
    opts: &ExtractOptions,
) -> Vec<Report> {
    let mut reports: Vec<Report> = paths
        .iter()
        .map(|p| check_package(p, rules, limits, opts))
        .collect();
    evaluate::batch(rules, &mut reports);
    reports
}
