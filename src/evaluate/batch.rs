//! Rules across the packages of a batch (`batch_unique`): one applicant must
//! not have the same key (an occupation) in two packages.

use super::{Candidate, Finding, FindingStatus, broken, finding};
use crate::classify::Classified;
use crate::rules::{RuleBody, RuleSet};

/// One package of a batch: its name and classification.
pub struct BatchInput<'a> {
    pub name: &'a str,
    pub facts: &'a Classified,
}

/// One package's applicant (when unambiguous) and its (key, shown) pairs.
type Keyed = (Option<String>, Vec<(String, String)>);

/// The findings of the batch rules for each package, in input order.
pub fn batch(rules: &RuleSet, packages: &[BatchInput]) -> Vec<Vec<Finding>> {
    let mut out: Vec<Vec<Finding>> = vec![Vec::new(); packages.len()];
    for rule in &rules.rules {
        let RuleBody::BatchUnique { field, key, by } = &rule.body else {
            continue;
        };
        let keyed: Vec<Keyed> = packages
            .iter()
            .map(|p| {
                let mut applicants: Vec<&str> =
                    p.facts.values(*by).map(|(_, h)| h.value.as_str()).collect();
                applicants.sort();
                applicants.dedup();
                let applicant = (applicants.len() == 1).then(|| applicants[0].to_string());
                let mut keys: Vec<(String, String)> = p
                    .facts
                    .values(*field)
                    .map(|(_, h)| {
                        let parts: Vec<String> = key
                            .iter()
                            .map(|g| h.parts.get(g).cloned().unwrap_or_default())
                            .collect();
                        let shown: Vec<String> = key
                            .iter()
                            .zip(&parts)
                            .map(|(g, v)| rules.show_group(*field, g, v).to_string())
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
            if let Some(applicant) = applicant {
                for (k, shown) in keys {
                    let others: Vec<usize> = keyed
                        .iter()
                        .enumerate()
                        .filter(|(j, (a, ks))| {
                            *j != i
                                && a.as_deref() == Some(applicant)
                                && ks.iter().any(|(x, _)| x == k)
                        })
                        .map(|(j, _)| j)
                        .collect();
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
