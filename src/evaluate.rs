//! Stage 4, evaluate: runs a rule set's rules on a classified package and
//! returns findings with evidence and the verdict. Input: the documents, their
//! [`Classified`] facts, the package's unpack problems. Output: [`Evaluation`].
//!
//! The verdict: any broken `error` rule → `fail`; otherwise anything that
//! could not be verified (unreadable documents, a checksum failure on a code
//! that may still be real, an unreadable archive) → `review`, with the reason;
//! otherwise `pass`. A requirement is never failed on what was not read: when
//! an item is missing but unreadable documents of unknown kind exist, the
//! finding is `review`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::classify::{Classified, DocFacts, FieldHit};
use crate::extract::{Document, Status};
use crate::rules::{ForEach, Predicate, Rule, RuleBody, RuleSet, Severity};
use crate::unpack::Problem;
use crate::validate::date::{Date, last_fiscal_years};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Review,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    /// The rule holds.
    Pass,
    /// The rule is broken (an `error` rule fails the package).
    Fail,
    /// Could not be verified: staff must look.
    Review,
    /// A `warning` rule is broken: reported, verdict unchanged.
    Warning,
    /// Nothing to check (the documents it reads are missing; another rule says so).
    NotApplicable,
}

/// Where a finding's evidence is.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    pub snippet: String,
}

/// A document that came close to satisfying a missing item, and why it did not.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Candidate {
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub title: String,
    pub status: FindingStatus,
    pub severity: String,
    pub message: String,
    pub clause: String,
    /// The for_each item this finding is about (a year, an occupation × level).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub evidence: Vec<Evidence>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
}

struct Ctx<'a> {
    rules: &'a RuleSet,
    docs: &'a [Document],
    facts: &'a Classified,
    /// The archive itself could not be read completely (not a zip, cut…):
    /// anything may be missing for that reason.
    archive_unreadable: bool,
}

impl Ctx<'_> {
    fn path(&self, f: &DocFacts) -> &str {
        self.docs.get(f.doc).map(|d| d.path.as_str()).unwrap_or("")
    }

    /// Unreadable documents that no kind claims: they could be anything.
    fn unknown_unreadable(&self) -> Vec<&DocFacts> {
        self.facts
            .docs
            .iter()
            .filter(|f| f.unreadable && f.kinds.is_empty())
            .collect()
    }

    fn kind_evidence(&self, f: &DocFacts, kind: usize) -> Evidence {
        let hit = f.kinds.iter().find(|k| k.kind == kind);
        Evidence {
            path: self.path(f).to_string(),
            page: hit.and_then(|h| h.page),
            snippet: hit.map(|h| h.snippet.clone()).unwrap_or_default(),
        }
    }

    fn field_evidence(&self, f: &DocFacts, h: &FieldHit) -> Evidence {
        Evidence {
            path: self.path(f).to_string(),
            page: Some(h.page),
            snippet: h.raw.clone(),
        }
    }

    fn values(&self, field: usize) -> Vec<(&DocFacts, &FieldHit)> {
        self.facts
            .docs
            .iter()
            .flat_map(|f| {
                f.fields
                    .iter()
                    .filter(move |h| h.field == field)
                    .map(move |h| (f, h))
            })
            .collect()
    }
}

fn finding(rule: &Rule, status: FindingStatus, message: String, item: Option<String>) -> Finding {
    Finding {
        rule: rule.id.clone(),
        title: rule.title.clone(),
        status,
        severity: match rule.severity {
            Severity::Error => "error".into(),
            Severity::Warning => "warning".into(),
        },
        message,
        clause: rule.clause.clone(),
        item,
        evidence: Vec::new(),
        candidates: Vec::new(),
    }
}

fn broken(rule: &Rule) -> FindingStatus {
    match rule.severity {
        Severity::Error => FindingStatus::Fail,
        Severity::Warning => FindingStatus::Warning,
    }
}

/// Evaluates every rule and decides the verdict.
pub fn evaluate(
    rules: &RuleSet,
    docs: &[Document],
    facts: &Classified,
    problems: &[Problem],
) -> Evaluation {
    let cx = Ctx {
        rules,
        docs,
        facts,
        archive_unreadable: !problems.is_empty(),
    };
    let mut findings = Vec::new();
    for rule in &rules.rules {
        match &rule.body {
            RuleBody::Require {
                for_each,
                kind,
                min,
                field,
            } => match for_each {
                None => findings.push(require(&cx, rule, *kind, *min, None, None)),
                Some(ForEach::FiscalYears(n)) => {
                    let (y, m, d) = rules.params.reference_date;
                    let reference = Date {
                        year: y,
                        month: m,
                        day: d,
                    };
                    for year in last_fiscal_years(reference, *n) {
                        findings.push(require(
                            &cx,
                            rule,
                            *kind,
                            *min,
                            *field,
                            Some(year.to_string()),
                        ));
                    }
                }
            },
            RuleBody::Check { field, predicate } => {
                findings.push(check(&cx, rule, *field, predicate))
            }
            RuleBody::Records {
                items,
                field,
                distinct,
                min,
                equal,
                overlap,
            } => {
                let mut seen: Vec<&str> = Vec::new();
                for (_, item) in cx.values(*items) {
                    if seen.contains(&item.value.as_str()) {
                        continue;
                    }
                    seen.push(&item.value);
                    findings.push(records(
                        &cx, rule, item, *field, distinct, *min, equal, overlap,
                    ));
                }
            }
            // Checked across packages by `batch`.
            RuleBody::BatchUnique { .. } => {}
            RuleBody::Signed { kinds, editable } => {
                for &kind in kinds {
                    findings.push(signed(&cx, rule, kind, editable));
                }
            }
        }
    }
    // Package-level problems and unreadable documents: never silent.
    for p in problems {
        findings.push(Finding {
            rule: "PKG".into(),
            title: "压缩包问题".into(),
            status: FindingStatus::Review,
            severity: "error".into(),
            message: p.detail.clone(),
            clause: String::new(),
            item: None,
            evidence: vec![Evidence {
                path: p.path.clone(),
                page: None,
                snippet: String::new(),
            }],
            candidates: Vec::new(),
        });
    }
    for (f, doc) in facts.docs.iter().zip(docs) {
        if doc.status != Status::Ok {
            findings.push(Finding {
                rule: "DOC".into(),
                title: "文件无法完整读取".into(),
                status: FindingStatus::Review,
                severity: "error".into(),
                message: doc
                    .reason
                    .clone()
                    .unwrap_or_else(|| "文件无法完整读取".into()),
                clause: String::new(),
                item: None,
                evidence: vec![Evidence {
                    path: doc.path.clone(),
                    page: None,
                    snippet: f
                        .kinds
                        .iter()
                        .map(|k| k.kind_id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                }],
                candidates: Vec::new(),
            });
        }
    }
    let verdict = verdict_of(&findings);
    Evaluation { verdict, findings }
}

fn require(
    cx: &Ctx,
    rule: &Rule,
    kind: usize,
    min: usize,
    field: Option<usize>,
    item: Option<String>,
) -> Finding {
    let message = match &item {
        Some(i) => rule.message.replace("{item}", i),
        None => rule.message.clone(),
    };
    let of_kind: Vec<&DocFacts> = cx.facts.with_kind(kind).collect();
    // With an item: the document must carry it as a value of `field`.
    let matching: Vec<&DocFacts> = of_kind
        .iter()
        .copied()
        .filter(|f| match (field, &item) {
            (Some(fid), Some(i)) => f.fields.iter().any(|h| h.field == fid && h.value == *i),
            _ => true,
        })
        .collect();
    let readable: Vec<&DocFacts> = matching.iter().copied().filter(|f| !f.unreadable).collect();
    let kind_title = &cx.rules.kinds[kind].title;
    if readable.len() >= min {
        let what = match &item {
            Some(i) => format!("已找到{kind_title}（{i}）"),
            None => format!("已找到{kind_title}"),
        };
        let mut f = finding(rule, FindingStatus::Pass, what, item);
        f.evidence = readable.iter().map(|d| cx.kind_evidence(d, kind)).collect();
        return f;
    }
    let unknown = cx.unknown_unreadable();
    let mut f = if matching.len() >= min {
        // Present, but only as unreadable documents recognised by name.
        finding(
            rule,
            FindingStatus::Review,
            format!("{message}（疑似文件无法读取文字，需人工核对）"),
            item,
        )
    } else if cx.archive_unreadable {
        finding(
            rule,
            FindingStatus::Review,
            format!("{message}；压缩包未能完整读取，可能包含该材料，需人工核对"),
            item,
        )
    } else if !unknown.is_empty() {
        finding(
            rule,
            FindingStatus::Review,
            format!(
                "{message}；另有 {} 个文件无法读取，可能包含该材料，需人工核对",
                unknown.len()
            ),
            item,
        )
    } else {
        finding(rule, broken(rule), message, item)
    };
    f.evidence = matching.iter().map(|d| cx.kind_evidence(d, kind)).collect();
    // Candidates: same kind without the item, and unreadable documents.
    for d in of_kind
        .iter()
        .filter(|d| !matching.iter().any(|m| m.doc == d.doc))
    {
        let values: Vec<String> = field
            .map(|fid| {
                d.fields
                    .iter()
                    .filter(|h| h.field == fid)
                    .map(|h| h.value.clone())
                    .collect()
            })
            .unwrap_or_default();
        let title = field
            .map(|fid| cx.rules.fields[fid].title.as_str())
            .unwrap_or("");
        f.candidates.push(Candidate {
            path: cx.path(d).to_string(),
            reason: if values.is_empty() {
                format!("是{kind_title}，但未读到{title}")
            } else {
                let mut v = values;
                v.dedup();
                format!("是{kind_title}，但{title}为 {}", v.join("、"))
            },
        });
    }
    for d in unknown {
        f.candidates.push(Candidate {
            path: cx.path(d).to_string(),
            reason: "文件无法读取文字，无法判断是否为该材料".into(),
        });
    }
    f
}

/// The verdict of a list of findings.
pub fn verdict_of(findings: &[Finding]) -> Verdict {
    if findings.iter().any(|f| f.status == FindingStatus::Fail) {
        Verdict::Fail
    } else if findings.iter().any(|f| f.status == FindingStatus::Review) {
        Verdict::Review
    } else {
        Verdict::Pass
    }
}

/// One package's applicant (when unambiguous) and its (key, raw text) pairs.
type Keyed = (Option<String>, Vec<(String, String)>);

/// Rules over a batch of packages screened together (`batch_unique`): adds
/// their findings to each report and updates its verdict.
pub fn batch(rules: &RuleSet, reports: &mut [crate::report::Report]) {
    for rule in &rules.rules {
        let RuleBody::BatchUnique { field, key, by } = &rule.body else {
            continue;
        };
        // (applicant, key) → packages, per report.
        let keyed: Vec<Keyed> = reports
            .iter()
            .map(|r| {
                let mut applicants: Vec<&str> = r
                    .values
                    .iter()
                    .filter(|v| v.field == *by)
                    .map(|v| v.value.as_str())
                    .collect();
                applicants.sort();
                applicants.dedup();
                let applicant = (applicants.len() == 1).then(|| applicants[0].to_string());
                let mut keys: Vec<(String, String)> = r
                    .values
                    .iter()
                    .filter(|v| v.field == *field)
                    .map(|v| {
                        let k = key
                            .iter()
                            .map(|g| v.groups.get(g).cloned().unwrap_or_default())
                            .collect::<Vec<_>>()
                            .join(" ");
                        (k, v.raw.clone())
                    })
                    .collect();
                keys.sort();
                keys.dedup_by(|a, b| a.0 == b.0);
                (applicant, keys)
            })
            .collect();
        let names: Vec<String> = reports.iter().map(|r| r.package.clone()).collect();
        for (i, report) in reports.iter_mut().enumerate() {
            let (applicant, keys) = &keyed[i];
            let mut findings = Vec::new();
            if let Some(applicant) = applicant {
                for (k, raw) in keys {
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
                        rule.message.replace("{item}", raw),
                        Some(k.clone()),
                    );
                    f.candidates = others
                        .iter()
                        .map(|j| Candidate {
                            path: names[*j].clone(),
                            reason: format!("同一单位（{applicant}）也申报了 {raw}"),
                        })
                        .collect();
                    findings.push(f);
                }
            }
            if findings.is_empty() {
                findings.push(finding(
                    rule,
                    FindingStatus::Pass,
                    format!("{}：本批次未发现重复申报", rule.title),
                    None,
                ));
            }
            report.findings.extend(findings);
            report.verdict = verdict_of(&report.findings);
        }
    }
}

/// Letters and digits only, for comparing names across documents.
fn bare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// One for_each item of a `records` rule.
#[allow(clippy::too_many_arguments)]
fn records(
    cx: &Ctx,
    rule: &Rule,
    item: &FieldHit,
    field: usize,
    distinct: &str,
    min: usize,
    equal: &[(String, String)],
    overlap: &[(String, String)],
) -> Finding {
    let label = item.raw.clone();
    let message = rule.message.replace("{item}", &label);
    let group = |h: &FieldHit, g: &str| h.groups.get(g).cloned().unwrap_or_default();
    let matching: Vec<(&DocFacts, &FieldHit)> = cx
        .values(field)
        .into_iter()
        .filter(|(_, h)| {
            equal.iter().all(|(i, r)| group(item, i) == group(h, r))
                && overlap.iter().all(|(i, r)| {
                    let (a, b) = (bare(&group(item, i)), bare(&group(h, r)));
                    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
                })
        })
        .collect();
    let mut values: Vec<String> = matching.iter().map(|(_, h)| group(h, distinct)).collect();
    values.sort();
    values.dedup();
    let evidence: Vec<Evidence> = matching
        .iter()
        .map(|(d, h)| cx.field_evidence(d, h))
        .collect();
    let mut f = if values.len() >= min {
        finding(
            rule,
            FindingStatus::Pass,
            format!("{label}：符合"),
            Some(label),
        )
    } else if cx.archive_unreadable || !cx.unknown_unreadable().is_empty() {
        finding(
            rule,
            FindingStatus::Review,
            format!("{message}；有文件或压缩包无法读取，可能包含该材料，需人工核对"),
            Some(label),
        )
    } else {
        finding(rule, broken(rule), message, Some(label))
    };
    if f.status != FindingStatus::Pass {
        f.candidates = matching
            .iter()
            .map(|(d, h)| Candidate {
                path: cx.path(d).to_string(),
                reason: format!("第{}页 {}（只找到 {} 种）", h.page, h.raw, values.len()),
            })
            .collect();
    }
    f.evidence = evidence;
    f
}

/// A material that must carry a seal, found only as editable files: review.
fn signed(cx: &Ctx, rule: &Rule, kind: usize, editable: &[crate::extract::DocKind]) -> Finding {
    let title = cx.rules.kinds[kind].title.clone();
    let docs: Vec<&DocFacts> = cx.facts.with_kind(kind).collect();
    let evidence: Vec<Evidence> = docs.iter().map(|d| cx.kind_evidence(d, kind)).collect();
    let all_editable = !docs.is_empty()
        && docs.iter().all(|d| {
            cx.docs
                .get(d.doc)
                .is_some_and(|doc| editable.contains(&doc.kind))
        });
    let mut f = if docs.is_empty() {
        finding(
            rule,
            FindingStatus::NotApplicable,
            format!("未找到{title}"),
            Some(title),
        )
    } else if all_editable {
        finding(
            rule,
            FindingStatus::Review,
            rule.message.replace("{item}", &title),
            Some(title),
        )
    } else {
        finding(
            rule,
            FindingStatus::Pass,
            format!("{title}有可显示签章的文件"),
            Some(title),
        )
    };
    f.evidence = evidence;
    f
}

fn check(cx: &Ctx, rule: &Rule, field: usize, predicate: &Predicate) -> Finding {
    let values = cx.values(field);
    let def = &cx.rules.fields[field];
    let evidence = |vs: &[(&DocFacts, &FieldHit)]| -> Vec<Evidence> {
        vs.iter().map(|(d, h)| cx.field_evidence(d, h)).collect()
    };
    if values.is_empty() {
        let sources_present = def
            .kinds
            .iter()
            .any(|k| cx.facts.with_kind(*k).next().is_some());
        let mut f = match predicate {
            Predicate::Present if cx.unknown_unreadable().is_empty() && !cx.archive_unreadable => {
                finding(rule, broken(rule), rule.message.clone(), None)
            }
            Predicate::Present => finding(
                rule,
                FindingStatus::Review,
                format!("{}（有文件无法读取，需人工核对）", rule.message),
                None,
            ),
            _ if sources_present => finding(
                rule,
                FindingStatus::Review,
                format!("未能读到{}，无法核对：{}", def.title, rule.title),
                None,
            ),
            _ => finding(
                rule,
                FindingStatus::NotApplicable,
                format!("没有可读取{}的材料", def.title),
                None,
            ),
        };
        f.evidence = Vec::new();
        return f;
    }
    let mut notes: Vec<Candidate> = Vec::new();
    let bad: Vec<(&DocFacts, &FieldHit)> = match predicate {
        Predicate::InTable(m) => values
            .iter()
            .copied()
            .filter(|(d, h)| match in_table(cx.rules, m, h) {
                Ok(()) => false,
                Err(why) => {
                    notes.push(Candidate {
                        path: cx.path(d).to_string(),
                        reason: why,
                    });
                    true
                }
            })
            .collect(),
        Predicate::Present => Vec::new(),
        Predicate::CreditCodeValid => values
            .iter()
            .copied()
            .filter(|(_, h)| h.code.as_ref().is_some_and(|c| !c.is_valid()))
            .collect(),
        Predicate::Shanghai => values
            .iter()
            .copied()
            .filter(|(_, h)| {
                h.code
                    .as_ref()
                    .is_some_and(|c| c.division.is_some() && !c.is_shanghai)
            })
            .collect(),
        Predicate::CategoryNotIn(cats) => values
            .iter()
            .copied()
            .filter(|(_, h)| {
                h.code
                    .as_ref()
                    .and_then(|c| c.category.as_ref())
                    .is_some_and(|cat| cats.contains(cat))
            })
            .collect(),
        Predicate::Matches(re) => values
            .iter()
            .copied()
            .filter(|(_, h)| !re.is_match(&h.value))
            .collect(),
        Predicate::NotMatches(re) => values
            .iter()
            .copied()
            .filter(|(_, h)| re.is_match(&h.value))
            .collect(),
        Predicate::Consistent => {
            let mut by_value: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, h) in &values {
                *by_value.entry(h.value.as_str()).or_default() += 1;
            }
            if by_value.len() > 1 {
                values.clone()
            } else {
                Vec::new()
            }
        }
    };
    if bad.is_empty() {
        let mut f = finding(
            rule,
            FindingStatus::Pass,
            format!("{}：符合", rule.title),
            None,
        );
        f.evidence = evidence(&values);
        return f;
    }
    // A checksum failure may be a real, issued code or a reading error: review.
    let status = if matches!(predicate, Predicate::CreditCodeValid) {
        FindingStatus::Review
    } else {
        broken(rule)
    };
    let mut f = finding(rule, status, rule.message.clone(), None);
    f.evidence = evidence(&bad);
    f.candidates = notes;
    f
}

/// Whether a record value has a row in the table; the error says why not.
fn in_table(rules: &RuleSet, m: &crate::rules::TableMatch, hit: &FieldHit) -> Result<(), String> {
    use crate::rules::{strings_of, value_text};
    let Some(table) = rules.tables.get(m.table) else {
        return Err("表不存在".into());
    };
    let group = |g: &str| hit.groups.get(g).map(String::as_str).unwrap_or("");
    let described = || {
        m.equal
            .iter()
            .map(|(_, g)| group(g))
            .chain(m.contained.iter().map(|(_, g)| group(g)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let equal: Vec<&serde_json::Map<String, serde_json::Value>> = table
        .rows
        .iter()
        .filter(|row| {
            m.equal
                .iter()
                .all(|(col, g)| row.get(col).and_then(value_text).as_deref() == Some(group(g)))
        })
        .collect();
    // Rows whose `contained` columns occur in the text; rows lacking those
    // columns only when no row with them does.
    let with: Vec<_> = equal
        .iter()
        .copied()
        .filter(|row| {
            !m.contained.is_empty()
                && m.contained.iter().all(|(col, g)| {
                    row.get(col)
                        .and_then(value_text)
                        .is_some_and(|v| group(g).contains(v.as_str()))
                })
        })
        .collect();
    let rows = if with.is_empty() {
        equal
            .iter()
            .copied()
            .filter(|row| m.contained.iter().all(|(col, _)| !row.contains_key(col)))
            .collect()
    } else {
        with
    };
    if rows.is_empty() {
        return Err(format!("{}：不在{}中", described(), table.id));
    }
    let ok = rows.iter().any(|row| {
        m.member
            .iter()
            .all(|(col, g)| strings_of(row.get(col)).iter().any(|x| x == group(g)))
    });
    if ok {
        return Ok(());
    }
    let allowed: Vec<String> = rows
        .iter()
        .flat_map(|row| {
            m.member.iter().map(move |(col, _)| {
                let v = row.get(col).map(|v| v.to_string()).unwrap_or_default();
                format!("{col} {v}")
            })
        })
        .collect();
    let asked: Vec<String> = m
        .member
        .iter()
        .map(|(c, g)| format!("{c}={}", group(g)))
        .collect();
    Err(format!(
        "{}：申报 {}，允许 {}",
        described(),
        asked.join(" "),
        allowed.join("；")
    ))
}
