//! Stage 4, evaluate: runs a rule set's rules on a classified package and
//! returns findings with evidence and the verdict. Input: the documents,
//! their [`Classified`] facts, the package's unpack problems. Output:
//! [`Evaluation`].
//!
//! Each rule gives findings with a status; the verdict follows from them
//! (`docs/rules.md`, "The verdict"):
//!
//! | findings                                  | verdict  |
//! |-------------------------------------------|----------|
//! | any `fail`                                | `fail`   |
//! | no `fail`, any `review`                   | `review` |
//! | only `pass`, `warning`, `not_applicable`  | `pass`   |
//!
//! A value that was read decides its check whatever else could not be read,
//! so a disqualifier read on one page fails the package although another page
//! is a scan. What was not read turns a finding into `review` only where it
//! could change the answer: a missing item while an unreadable document could
//! be it, a kind known only from a file name or from a close call.
//!
//! - `require`: materials (`require`), `records`;
//! - `check`: predicates on values;
//! - `documents`: `signed`, `mentions`, and unreadable documents;
//! - `batch`: rules across the packages of a batch.

mod batch;
mod check;
mod documents;
mod require;

use serde::Serialize;

pub use batch::{BatchInput, BatchValue, batch, batch_values};

use crate::classify::{Certainty, Classified, DocFacts, FieldHit};
use crate::extract::{Document, Status};
use crate::rules::model::UnreadablePolicy;
use crate::rules::{Rule, RuleBody, RuleSet, Severity};
use crate::unpack::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Review,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    /// The rule holds.
    Pass,
    /// The rule is broken (an `error` rule fails the package).
    Fail,
    /// Could not be verified, or a `review` rule is broken: staff must look.
    Review,
    /// A `warning` rule is broken, or something worth knowing that does not
    /// change the answer: reported, verdict unchanged.
    Warning,
    /// Nothing to check (the documents it reads are missing; another rule says so).
    NotApplicable,
}

/// Where a finding's evidence is.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Evidence {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    pub snippet: String,
}

/// A document that came close to satisfying a missing item, and why it did not.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Candidate {
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub title: String,
    pub status: FindingStatus,
    pub severity: Severity,
    pub message: String,
    pub clause: String,
    /// The for_each item this finding is about (a year, an occupation × level).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
    /// The values it rests on verify themselves (credit codes whose check
    /// characters hold): an OCR misread is ruled out, so a fail on a scan
    /// stays a fail.
    #[serde(skip)]
    pub self_verified: bool,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
}

/// What every rule evaluation reads.
pub(crate) struct Ctx<'a> {
    pub rules: &'a RuleSet,
    pub docs: &'a [Document],
    pub facts: &'a Classified,
    /// The archive itself could not be read completely (not a zip, cut…):
    /// anything may be missing for that reason.
    pub archive_unreadable: bool,
}

impl Ctx<'_> {
    pub fn path(&self, f: &DocFacts) -> &str {
        self.docs.get(f.doc).map(|d| d.path.as_str()).unwrap_or("")
    }

    /// Documents that could hold anything: not fully read, and no section of
    /// them recognised from its text.
    pub fn could_hide(&self) -> Vec<&DocFacts> {
        self.facts
            .docs
            .iter()
            // Not read, or read by OCR (which may have garbled what would
            // name it), and not recognised as anything.
            .filter(|f| {
                (f.unreadable || f.ocr.is_some())
                    && !f.kinds().any(|(_, _, c)| c != Certainty::NameOnly)
                    && !self.is_extra(f)
            })
            .collect()
    }

    /// Whether the document's file name says it is an extra (the rule set's
    /// `unreadable.extras`).
    fn is_extra(&self, f: &DocFacts) -> bool {
        let path = self.path(f);
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        self.rules
            .unreadable_extras
            .as_ref()
            .is_some_and(|re| re.is_match(&crate::normalize::compact(name)))
    }

    /// Whether something unread could hold a missing item.
    pub fn something_unread(&self) -> bool {
        self.archive_unreadable || !self.could_hide().is_empty()
    }

    /// `could_hide`, for a material of one of `kinds`: a file whose own name
    /// says what it is (信用报告.pdf, encrypted) hides that and what that
    /// kind `holds` (工作方案.pdf: its 承诺书), not an audit report; a name
    /// that says nothing (附件5.pdf, in a folder 03信用佐证) hides anything.
    pub fn could_hide_kinds(&self, kinds: &[usize]) -> Vec<&DocFacts> {
        self.could_hide()
            .into_iter()
            .filter(|f| {
                let path = self.path(f);
                let name =
                    crate::normalize::compact(path.rsplit(['/', '\\']).next().unwrap_or(path));
                let named: Vec<(usize, &crate::rules::Kind)> = self
                    .rules
                    .kinds
                    .iter()
                    .enumerate()
                    .filter(|(_, k)| {
                        k.evidence.iter().any(|e| {
                            e.place == crate::rules::model::Place::FileName
                                && e.pattern.weight > 0.0
                                && e.pattern.find(&name).is_some()
                        })
                    })
                    .collect();
                named.is_empty()
                    || named.iter().any(|(i, k)| {
                        kinds.contains(i) || k.holds.iter().any(|h| kinds.contains(h))
                    })
            })
            .collect()
    }

    /// Evidence of a document's `kind`: the section's best evidence.
    pub fn kind_evidence(&self, f: &DocFacts, kind: usize) -> Evidence {
        let section = f
            .sections
            .iter()
            .find(|s| s.kinds.iter().any(|(k, _)| *k == kind));
        let best = section.and_then(|s| s.score_of(kind)).and_then(|sc| {
            sc.evidence
                .iter()
                .max_by(|a, b| a.weight.total_cmp(&b.weight))
        });
        Evidence {
            path: self.path(f).to_string(),
            // File-name evidence has no page; a section without evidence
            // cites its first page.
            page: match best {
                Some(e) => e.page,
                None => section.map(|s| s.first_page),
            },
            snippet: best.map(|e| e.snippet.clone()).unwrap_or_default(),
        }
    }

    pub fn field_evidence(&self, f: &DocFacts, h: &FieldHit) -> Evidence {
        Evidence {
            path: self.path(f).to_string(),
            page: Some(h.page),
            snippet: h.snippet.clone(),
        }
    }
}

pub(crate) fn finding(
    rule: &Rule,
    status: FindingStatus,
    message: String,
    item: Option<String>,
) -> Finding {
    Finding {
        rule: rule.id.clone(),
        title: rule.title.clone(),
        status,
        severity: rule.severity,
        message,
        clause: rule.clause.clone(),
        item,
        evidence: Vec::new(),
        candidates: Vec::new(),
        self_verified: false,
    }
}

/// The status of a broken rule, by its severity.
pub(crate) fn broken(rule: &Rule) -> FindingStatus {
    match rule.severity {
        Severity::Error => FindingStatus::Fail,
        Severity::Review => FindingStatus::Review,
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
            RuleBody::Require { .. } | RuleBody::Records { .. } => {
                findings.extend(require::evaluate(&cx, rule))
            }
            RuleBody::Check { .. } => findings.extend(check::evaluate(&cx, rule)),
            RuleBody::Signed { .. } | RuleBody::Sealed { .. } | RuleBody::Mentions { .. } => {
                findings.extend(documents::evaluate(&cx, rule))
            }
            // Checked across packages by `batch`.
            RuleBody::BatchUnique { .. } => {}
        }
    }
    // A fail that rests on text read by OCR (a misread name or code looks
    // like a defect) is for a person to confirm, unless what it rests on
    // verifies itself (a credit code's check characters).
    let ocr_pages: Vec<(&str, usize)> = docs
        .iter()
        .flat_map(|d| {
            d.page_quality
                .iter()
                .enumerate()
                .filter(|(_, q)| q.ocr.is_some())
                .map(move |(i, _)| (d.path.as_str(), i + 1))
        })
        .collect();
    if !ocr_pages.is_empty() {
        for f in &mut findings {
            let on_ocr = f.evidence.iter().any(|e| {
                e.page
                    .is_some_and(|p| ocr_pages.contains(&(e.path.as_str(), p)))
            });
            if f.status == FindingStatus::Fail && on_ocr && !f.self_verified {
                f.status = FindingStatus::Review;
                f.message
                    .push_str("（依据含扫描件 OCR 识别的文字，需人工核对）");
            }
        }
    }
    // Something required is not (surely) there: unreadable documents may be it.
    let unmet = findings.iter().any(|f| {
        matches!(f.status, FindingStatus::Fail | FindingStatus::Review)
            && rules.rules.iter().any(|r| {
                r.id == f.rule
                    && matches!(r.body, RuleBody::Require { .. } | RuleBody::Records { .. })
            })
    });
    let mut about_files: Vec<Finding> = Vec::new();
    for p in problems {
        about_files.push(Finding {
            rule: "PKG".into(),
            title: "压缩包问题".into(),
            status: FindingStatus::Review,
            severity: Severity::Review,
            message: p.detail.clone(),
            clause: String::new(),
            item: None,
            evidence: vec![Evidence {
                path: p.path.clone(),
                page: None,
                snippet: String::new(),
            }],
            candidates: Vec::new(),
            self_verified: false,
        });
    }
    for (f, doc) in facts.docs.iter().zip(docs) {
        if doc.status != Status::Ok {
            about_files.push(documents::unreadable(&cx, f, doc, unmet));
        }
        if let Some(note) = &doc.note {
            about_files.push(documents::misnamed(doc, note));
        }
        about_files.extend(documents::hidden_text(doc));
    }
    findings.extend(aggregate(about_files));
    let verdict = verdict_of(&findings);
    Evaluation { verdict, findings }
}

/// Findings about files listed one by one at most this many times with the
/// same message; beyond, one finding with the count and these examples.
const LISTED_FILES: usize = 5;

/// Merges findings about files that say the same thing (a nested bomb's
/// thousands of refused copies, 100,000 tiny entries) into one finding with
/// the count and the first few files, in order of first appearance.
fn aggregate(findings: Vec<Finding>) -> Vec<Finding> {
    let key = |f: &Finding| (f.rule.clone(), f.title.clone(), f.status, f.message.clone());
    let mut groups: Vec<(Finding, usize)> = Vec::new();
    let mut index: std::collections::BTreeMap<(String, String, FindingStatus, String), usize> =
        std::collections::BTreeMap::new();
    for f in findings {
        match index.get(&key(&f)) {
            Some(&i) => {
                let (g, n) = &mut groups[i];
                *n += 1;
                if g.evidence.len() < LISTED_FILES {
                    g.evidence.extend(f.evidence);
                }
            }
            None => {
                index.insert(key(&f), groups.len());
                groups.push((f, 1));
            }
        }
    }
    groups
        .into_iter()
        .map(|(mut f, n)| {
            if n > LISTED_FILES {
                f.message = format!("{}（共 {n} 个文件，列出前 {LISTED_FILES} 个）", f.message);
            } else if n > 1 {
                f.message = format!("{}（共 {n} 个文件）", f.message);
            }
            f
        })
        .collect()
}

/// The verdict of a list of findings (the table in this module's docs).
pub fn verdict_of(findings: &[Finding]) -> Verdict {
    if findings.iter().any(|f| f.status == FindingStatus::Fail) {
        Verdict::Fail
    } else if findings.iter().any(|f| f.status == FindingStatus::Review) {
        Verdict::Review
    } else {
        Verdict::Pass
    }
}

/// Whether an unreadable document counts under the rule set's policy.
pub(crate) fn unreadable_counts(rules: &RuleSet, unmet: bool) -> bool {
    match rules.unreadable {
        UnreadablePolicy::Always => true,
        UnreadablePolicy::WhenNeeded => unmet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about(path: &str, message: &str) -> Finding {
        Finding {
            rule: "DOC".into(),
            title: "文件无法完整读取".into(),
            status: FindingStatus::Review,
            severity: Severity::Review,
            message: message.into(),
            clause: String::new(),
            item: None,
            evidence: vec![Evidence {
                path: path.into(),
                page: None,
                snippet: String::new(),
            }],
            candidates: Vec::new(),
            self_verified: false,
        }
    }

    #[test]
    fn many_files_saying_the_same_make_one_finding_with_a_count() {
        let mut fs: Vec<Finding> = (0..4096)
            .map(|i| about(&format!("42.zip/{i}.zip/zeros.bin"), "疑似压缩炸弹，未读取"))
            .collect();
        fs.insert(1, about("照片.jpg", "图片文件，需要 OCR 识别"));
        let out = aggregate(fs);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].evidence.len(), LISTED_FILES);
        assert_eq!(out[0].evidence[0].path, "42.zip/0.zip/zeros.bin");
        assert!(
            out[0].message.contains("共 4096 个文件"),
            "{}",
            out[0].message
        );
        assert_eq!(out[1].message, "图片文件，需要 OCR 识别");
    }
}
