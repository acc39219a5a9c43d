//! `prescreen rules diff`: what a rule change does to real packages. Both
//! rule sets are evaluated over the same packages (text from the extraction
//! cache, so only the rules run twice), and the packages whose verdict
//! changes are listed with the findings that appear or disappear — as text
//! for a terminal and as Markdown for a pull-request comment.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::PathBuf;

use rayon::prelude::*;

use super::outputs::{status_text, verdict_text};
use crate::cache::{self, Cache};
use crate::evaluate::{FindingStatus, Verdict};
use crate::extract::ExtractOptions;
use crate::pipeline::{self, Screened};
use crate::report::Report;
use crate::rules::RuleSet;
use crate::unpack::Limits;

/// A finding as compared between rule sets.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    pub rule: String,
    pub status: String,
    pub item: String,
    pub message: String,
}

/// One package whose outcome differs.
#[derive(Debug, Clone)]
pub struct Change {
    pub package: String,
    pub base: Verdict,
    pub head: Verdict,
    pub appeared: Vec<Key>,
    pub disappeared: Vec<Key>,
}

/// The comparison over all packages.
#[derive(Debug, Clone, Default)]
pub struct Diff {
    pub packages: usize,
    pub changes: Vec<Change>,
}

impl Diff {
    /// Packages whose verdict changes.
    pub fn verdict_changes(&self) -> usize {
        self.changes.iter().filter(|c| c.base != c.head).count()
    }
}

fn keys(r: &Report) -> BTreeSet<Key> {
    r.findings
        .iter()
        .filter(|f| {
            matches!(
                f.status,
                FindingStatus::Fail | FindingStatus::Review | FindingStatus::Warning
            )
        })
        .map(|f| Key {
            rule: f.rule.clone(),
            status: status_text(f.status).to_string(),
            item: f.item.clone().unwrap_or_default(),
            message: f.message.clone(),
        })
        .collect()
}

/// Evaluates `base` and `head` over `packages`.
pub fn diff(
    base: &RuleSet,
    head: &RuleSet,
    packages: &[PathBuf],
    opts: &ExtractOptions,
    limits: &Limits,
    cache: Option<&Cache>,
) -> Diff {
    let pairs: Vec<(Screened, Screened)> = packages
        .par_iter()
        .map(|path| {
            let (docs, problems) = cache::unpack_and_extract(path, limits, opts, cache);
            let name = path.display().to_string();
            (
                pipeline::screen_documents(&name, base, &docs, &problems, cache),
                pipeline::screen_documents(&name, head, &docs, &problems, cache),
            )
        })
        .collect();
    let (mut a, mut b): (Vec<Screened>, Vec<Screened>) = pairs.into_iter().unzip();
    pipeline::apply_batch(base, &mut a);
    pipeline::apply_batch(head, &mut b);
    let mut changes = Vec::new();
    for (x, y) in a.iter().zip(&b) {
        let (kx, ky) = (keys(&x.report), keys(&y.report));
        let appeared: Vec<Key> = ky.difference(&kx).cloned().collect();
        let disappeared: Vec<Key> = kx.difference(&ky).cloned().collect();
        if x.report.verdict != y.report.verdict || !appeared.is_empty() || !disappeared.is_empty() {
            changes.push(Change {
                package: x.report.package.clone(),
                base: x.report.verdict,
                head: y.report.verdict,
                appeared,
                disappeared,
            });
        }
    }
    Diff {
        packages: packages.len(),
        changes,
    }
}

fn key_text(k: &Key) -> String {
    let item = if k.item.is_empty() {
        String::new()
    } else {
        format!("（{}）", k.item)
    };
    format!("[{}] {}{item} {}", k.status, k.rule, k.message)
}

/// Plain text for a terminal.
pub fn render_text(d: &Diff) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "共 {} 个申报包：{} 个结论改变，{} 个只有问题项改变",
        d.packages,
        d.verdict_changes(),
        d.changes.len() - d.verdict_changes()
    );
    for c in &d.changes {
        let _ = writeln!(
            s,
            "\n{}：{} → {}",
            c.package,
            verdict_text(c.base),
            verdict_text(c.head)
        );
        for k in &c.appeared {
            let _ = writeln!(s, "  + {}", key_text(k));
        }
        for k in &c.disappeared {
            let _ = writeln!(s, "  - {}", key_text(k));
        }
    }
    s
}

/// Markdown for a pull-request comment (cells escaped for tables).
pub fn render_markdown(d: &Diff) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut s = String::new();
    let _ = writeln!(s, "### 规则修改的影响\n");
    let _ = writeln!(
        s,
        "共 {} 个申报包：**{} 个结论改变**，{} 个只有问题项改变。\n",
        d.packages,
        d.verdict_changes(),
        d.changes.len() - d.verdict_changes()
    );
    if d.changes.is_empty() {
        return s;
    }
    let _ = writeln!(
        s,
        "| 申报包 | 修改前 | 修改后 | 新出现的问题 | 消失的问题 |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|");
    for c in &d.changes {
        let list = |ks: &[Key]| {
            ks.iter()
                .map(|k| cell(&key_text(k)))
                .collect::<Vec<_>>()
                .join("<br>")
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            cell(&c.package),
            verdict_text(c.base),
            verdict_text(c.head),
            list(&c.appeared),
            list(&c.disappeared)
        );
    }
    s
}
