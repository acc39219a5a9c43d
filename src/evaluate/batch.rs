//! Rules across the packages of a batch (`batch_unique`): one applicant must
//! not have the same key (an occupation) in two packages — unless the two
//! are one submission: the same bytes uploaded twice, or a re-upload whose
//! name is the other's plus a marker the rule names (重新上传). A batch can be
//! a whole `screen` run, its shards merged, or resumed from a journal, so the
//! rules read only the few values they need (`BatchValue`), not documents.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Candidate, Finding, FindingStatus, broken, finding};
use crate::classify::Classified;
use crate::rules::{RuleBody, RuleSet, Severity};

/// A field value a batch rule reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchValue {
    /// The field's id.
    pub field: String,
    pub value: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parts: BTreeMap<String, String>,
}

/// One package of a batch.
pub struct BatchInput<'a> {
    /// The package as given (its file name tells a re-upload).
    pub name: &'a str,
    /// SHA-256 of the package's bytes (empty when unknown).
    pub sha256: &'a str,
    pub values: &'a [BatchValue],
}

/// The values of the fields batch rules read, from a package's classification.
pub fn batch_values(rules: &RuleSet, facts: &Classified) -> Vec<BatchValue> {
    let mut fields: Vec<usize> = Vec::new();
    for r in &rules.rules {
        if let RuleBody::BatchUnique { field, by, .. } = &r.body {
            fields.extend([*field, *by]);
        }
    }
    fields.sort_unstable();
    fields.dedup();
    let mut out: Vec<BatchValue> = Vec::new();
    for f in fields {
        for (_, h) in facts.values(f) {
            let v = BatchValue {
                field: rules.fields[f].id.clone(),
                value: h.value.clone(),
                parts: h.parts.clone(),
            };
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// A package's name without folders and extension.
fn stem(name: &str) -> &str {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file.strip_suffix(".zip")
        .or_else(|| file.strip_suffix(".ZIP"))
        .unwrap_or(file)
}

/// The name with every marker and the brackets around it removed.
fn without_markers(name: &str, markers: &[String]) -> String {
    let mut s = crate::normalize::compact(stem(name));
    for m in markers {
        s = s.replace(m.as_str(), "");
    }
    s.chars()
        .filter(|c| !matches!(c, '(' | ')' | '[' | ']' | '【' | '】' | '-' | '_'))
        .collect()
}

/// Whether two packages are one submission: the same bytes, or names equal
/// but for a re-upload marker that one of them carries.
fn same_submission(a: &BatchInput, b: &BatchInput, markers: &[String]) -> bool {
    if !a.sha256.is_empty() && a.sha256 == b.sha256 {
        return true;
    }
    let marked = |n: &str| {
        let c = crate::normalize::compact(stem(n));
        markers.iter().any(|m| c.contains(m.as_str()))
    };
    (marked(a.name) || marked(b.name))
        && without_markers(a.name, markers) == without_markers(b.name, markers)
}

/// One package's applicant (when unambiguous) and its (key, shown) pairs.
type Keyed = (Option<String>, Vec<(String, String)>);

/// The findings of the batch rules for each package, in input order.
pub fn batch(rules: &RuleSet, packages: &[BatchInput]) -> Vec<Vec<Finding>> {
    let mut out: Vec<Vec<Finding>> = vec![Vec::new(); packages.len()];
    for rule in &rules.rules {
        let RuleBody::BatchUnique {
            field,
            key,
            by,
            markers,
        } = &rule.body
        else {
            continue;
        };
        let field_id = &rules.fields[*field].id;
        let by_id = &rules.fields[*by].id;
        let keyed: Vec<Keyed> = packages
            .iter()
            .map(|p| {
                let mut applicants: Vec<&str> = p
                    .values
                    .iter()
                    .filter(|v| v.field == *by_id)
                    .map(|v| v.value.as_str())
                    .collect();
                applicants.sort();
                applicants.dedup();
                let applicant = (applicants.len() == 1).then(|| applicants[0].to_string());
                let mut keys: Vec<(String, String)> = p
                    .values
                    .iter()
                    .filter(|v| v.field == *field_id)
                    .map(|v| {
                        let parts: Vec<String> = key
                            .iter()
                            .map(|g| v.parts.get(g).cloned().unwrap_or_default())
                            .collect();
                        let shown: Vec<String> = key
                            .iter()
                            .zip(&parts)
                            .map(|(g, x)| rules.show_group(*field, g, x).to_string())
                            .filter(|s| !s.is_empty())
                            .collect();
                        (parts.join(" "), shown.join(" "))
                    })
                    .collect();
                keys.sort();
                keys.dedup_by(|a, b| a.0 == b.0);
                (applicant, keys)
            })
            .collect();
        for (i, findings) in out.iter_mut().enumerate() {
            let (applicant, keys) = &keyed[i];
            let before = findings.len();
            let mut resubmitted: Vec<usize> = Vec::new();
            if let Some(applicant) = applicant {
                for (k, shown) in keys {
                    let mut others: Vec<usize> = Vec::new();
                    for (j, (a, ks)) in keyed.iter().enumerate() {
                        if j == i
                            || a.as_deref() != Some(applicant)
                            || !ks.iter().any(|(x, _)| x == k)
                        {
                            continue;
                        }
                        if same_submission(&packages[i], &packages[j], markers) {
                            if !resubmitted.contains(&j) {
                                resubmitted.push(j);
                            }
                        } else {
                            others.push(j);
                        }
                    }
                    if others.is_empty() {
                        continue;
                    }
                    let mut f = finding(
                        rule,
                        broken(rule),
                        rule.message.replace("{item}", shown),
                        Some(shown.clone()),
                    );
                    f.candidates = others
                        .iter()
                        .map(|j| Candidate {
                            path: packages[*j].name.to_string(),
                            reason: format!("同一单位（{applicant}）也申报了 {shown}"),
                        })
                        .collect();
                    findings.push(f);
                }
            }
            if !resubmitted.is_empty() {
                let mut f = finding(
                    rule,
                    FindingStatus::Warning,
                    "与本批次另一申报包为同一申报（重复上传或重新上传），不计为重复申报；请以最后上传的为准".into(),
                    None,
                );
                f.severity = Severity::Warning;
                f.candidates = resubmitted
                    .iter()
                    .map(|j| Candidate {
                        path: packages[*j].name.to_string(),
                        reason: "同一申报的另一次上传".into(),
                    })
                    .collect();
                findings.push(f);
            }
            if findings.len() == before {
                findings.push(finding(
                    rule,
                    FindingStatus::Pass,
                    format!("{}：本批次未发现重复", rule.title),
                    None,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(name: &'a str, sha: &'a str) -> BatchInput<'a> {
        BatchInput {
            name,
            sha256: sha,
            values: &[],
        }
    }

    #[test]
    fn a_reupload_by_name_or_identical_bytes_is_one_submission() {
        let markers = vec!["重新上传".to_string(), "更正".to_string()];
        let a = input("batch/12-上海某泰职业技能培训有限公司.zip", "aa");
        let b = input(
            "batch/12-上海某泰职业技能培训有限公司（重新上传）.zip",
            "bb",
        );
        assert!(same_submission(&a, &b, &markers));
        let c = input("batch/13-上海某泰职业技能培训有限公司.zip", "cc");
        assert!(!same_submission(&a, &c, &markers));
        let d = input("other/副本.zip", "aa");
        assert!(same_submission(&a, &d, &markers));
        // Two names without a marker are two submissions.
        let e = input("x/上海某泰.zip", "e1");
        let f = input("y/上海某泰.zip", "f1");
        assert!(!same_submission(&e, &f, &markers));
    }
}
