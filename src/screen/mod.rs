//! `prescreen screen`: the bulk first pass after the deadline. Packages run
//! in parallel (documents within a package too); each finished package is
//! appended to the journal at once, so a run killed at any point loses
//! nothing and `--resume` finishes only what is missing. When every package
//! is done, the rules across packages run over the whole set and the outputs
//! are written from the journal: `results.jsonl`, `summary.csv`,
//! `summary.xlsx`, `html/`. `--shard K/N` takes a stable share of the
//! inputs; `merge` combines the journals of several shard runs into the same
//! outputs a single run gives.

pub mod diff;
pub mod journal;
pub mod outputs;

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use rayon::prelude::*;

use crate::cache::{self, Cache, CacheStats};
use crate::evaluate::{self, BatchInput, FindingStatus, Verdict};
use crate::extract::ExtractOptions;
use crate::pipeline;
use crate::rules::RuleSet;
use crate::unpack::Limits;
use journal::{Entry, Journal};
use outputs::{Row, RuleCount};

/// A share of the inputs: the packages whose stable hash falls in part `k`
/// of `n` (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: u32,
    pub n: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Shard, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("分片应写作 K/N，如 1/3，得到 {s}"))?;
        let (k, n): (u32, u32) = (
            k.trim()
                .parse()
                .map_err(|_| format!("分片序号不是数字：{k}"))?,
            n.trim()
                .parse()
                .map_err(|_| format!("分片总数不是数字：{n}"))?,
        );
        if n == 0 || k == 0 || k > n {
            return Err(format!("分片 {k}/{n} 无效：须 1 ≤ K ≤ N"));
        }
        Ok(Shard { k, n })
    }
}

impl Shard {
    /// Whether a package (by its name as given, folders stripped) is in
    /// this share. The hash is FNV-1a of the file name, so a package keeps
    /// its shard wherever the batch is mounted.
    pub fn holds(&self, name: &str) -> bool {
        let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in file.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        (h % u64::from(self.n)) as u32 == self.k - 1
    }
}

/// A `screen` run's settings.
pub struct ScreenOptions {
    pub out: PathBuf,
    pub resume: bool,
    pub shard: Option<Shard>,
    pub progress: bool,
    pub extract: ExtractOptions,
    pub limits: Limits,
}

/// Errors of a run as a whole (a bad package is never one).
#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    #[error("无法读取输入 {path}：{source}")]
    Input {
        path: String,
        source: std::io::Error,
    },
    #[error("无法写入 {path}：{source}")]
    Output {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Journal(#[from] journal::JournalError),
    #[error("无法写入 Excel 汇总表：{0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("输出文件夹 {0} 中没有进度文件 journal.jsonl")]
    NoJournal(String),
}

fn output_error(path: &Path) -> impl Fn(std::io::Error) -> ScreenError + '_ {
    move |source| ScreenError::Output {
        path: path.display().to_string(),
        source,
    }
}

/// The packages among the inputs: a folder holding .zip files or folders is
/// a folder of packages (each of them one); a folder holding only documents
/// is one package; a file is one package. Sorted by path.
pub fn packages_of(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, ScreenError> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let children: Vec<PathBuf> = fs::read_dir(input)
                .map_err(|source| ScreenError::Input {
                    path: input.display().to_string(),
                    source,
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            let packages: Vec<PathBuf> = children
                .iter()
                .filter(|c| {
                    c.is_dir() || c.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
                })
                .cloned()
                .collect();
            if packages.is_empty() {
                out.push(input.clone());
            } else {
                out.extend(packages);
            }
        } else {
            out.push(input.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// What a run did, for the terminal summary.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub out: PathBuf,
    pub packages: usize,
    pub screened_now: usize,
    pub resumed: usize,
    pub pages: usize,
    pub documents: usize,
    pub seconds: f64,
    pub verdicts: BTreeMap<String, usize>,
    /// Most frequent failing or reviewed findings: (rule, message, count).
    pub frequent: Vec<(String, String, usize)>,
    /// Rules with no finding but `not_applicable` in the whole run.
    pub idle_rules: Vec<String>,
    /// Kinds never recognised, fields never read.
    pub idle_kinds: Vec<String>,
    pub idle_fields: Vec<String>,
    pub cache: Option<CacheStats>,
    pub fails: usize,
    pub reviews: usize,
}

impl Summary {
    /// The terminal summary, in Chinese.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let get = |k: &str| self.verdicts.get(k).copied().unwrap_or(0);
        s.push_str(&format!(
            "共 {} 个申报包（本次筛查 {}，续跑沿用 {}），{} 个文件，{} 页，用时 {:.1} 秒\n",
            self.packages,
            self.screened_now,
            self.resumed,
            self.documents,
            self.pages,
            self.seconds
        ));
        s.push_str(&format!(
            "结论：通过 {}，需人工复核 {}，不通过 {}\n",
            get("pass"),
            get("review"),
            get("fail")
        ));
        if !self.frequent.is_empty() {
            s.push_str("最常见的问题：\n");
            for (rule, msg, n) in &self.frequent {
                s.push_str(&format!("  {n:>4} 个申报包  {rule} {msg}\n"));
            }
        }
        if !self.idle_rules.is_empty() {
            s.push_str(&format!(
                "本次没有适用到任何申报包的规则（可能写错了）：{}\n",
                self.idle_rules.join("、")
            ));
        }
        if !self.idle_kinds.is_empty() {
            s.push_str(&format!(
                "从未识别到的材料类型：{}\n",
                self.idle_kinds.join("、")
            ));
        }
        if !self.idle_fields.is_empty() {
            s.push_str(&format!(
                "从未读到的字段：{}\n",
                self.idle_fields.join("、")
            ));
        }
        if let Some(c) = self.cache {
            s.push_str(&format!("提取缓存：命中 {}，未命中 {}\n", c.hits, c.misses));
        }
        let out = self.out.display();
        s.push_str(&format!(
            "报告：{out}/html/index.html（网页）、{out}/summary.xlsx（Excel）、{out}/summary.csv、{out}/results.jsonl\n"
        ));
        s
    }
}

fn progress_bar(total: usize, show: bool) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    let style = indicatif::ProgressStyle::with_template(
        "{bar:30} {pos}/{len} 个申报包  {msg}  剩余约 {eta}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// Screens the packages among `inputs` into `opts.out`.
pub fn run(
    rules: &RuleSet,
    inputs: &[PathBuf],
    opts: &ScreenOptions,
    cache: Option<&Cache>,
) -> Result<Summary, ScreenError> {
    let started = Instant::now();
    let mut packages = packages_of(inputs)?;
    if let Some(shard) = opts.shard {
        packages.retain(|p| shard.holds(&p.display().to_string()));
    }
    fs::create_dir_all(&opts.out).map_err(output_error(&opts.out))?;
    let journal_path = opts.out.join("journal.jsonl");
    let (journal, index) = if opts.resume {
        Journal::resume(&journal_path)?
    } else {
        (Journal::create(&journal_path)?, journal::Index::default())
    };
    let size_of = |p: &Path| {
        fs::metadata(p)
            .map(|m| if m.is_file() { m.len() } else { 0 })
            .unwrap_or(0)
    };
    let todo: Vec<&PathBuf> = packages
        .iter()
        .filter(|p| {
            let name = p.display().to_string();
            !matches!(index.lines.get(&name), Some((_, _, size)) if *size == size_of(p))
        })
        .collect();
    let resumed = packages.len() - todo.len();
    let bar = progress_bar(packages.len(), opts.progress);
    bar.set_position(resumed as u64);
    let pages = AtomicUsize::new(0);
    let (fails, reviews) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let failed_writes = AtomicU64::new(0);
    let first_error: std::sync::Mutex<Option<ScreenError>> = std::sync::Mutex::new(None);
    todo.par_iter().for_each(|path| {
        let t = Instant::now();
        let (docs, problems) = cache::unpack_and_extract(path, &opts.limits, &opts.extract, cache);
        let n_docs = docs.len();
        let screened =
            pipeline::screen_documents(&path.display().to_string(), rules, &docs, &problems, cache);
        drop(docs);
        match screened.report.verdict {
            Verdict::Fail => fails.fetch_add(1, Ordering::Relaxed),
            Verdict::Review => reviews.fetch_add(1, Ordering::Relaxed),
            Verdict::Pass => 0,
        };
        let p = pages.fetch_add(screened.pages, Ordering::Relaxed) + screened.pages;
        let entry = Entry::new(
            path.display().to_string(),
            size_of(path),
            screened,
            n_docs,
            t.elapsed().as_millis() as u64,
        );
        if let Err(e) = journal.append(&entry) {
            failed_writes.fetch_add(1, Ordering::Relaxed);
            let mut slot = first_error
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            slot.get_or_insert(e.into());
        }
        let secs = started.elapsed().as_secs_f64().max(0.001);
        bar.set_message(format!(
            "{:.0} 页/秒  不通过 {}  需复核 {}",
            p as f64 / secs,
            fails.load(Ordering::Relaxed),
            reviews.load(Ordering::Relaxed)
        ));
        bar.inc(1);
    });
    bar.finish_and_clear();
    journal.sync()?;
    if let Some(e) = first_error
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
    {
        return Err(e);
    }
    let mut summary = finish(rules, &opts.out, &[journal_path])?;
    summary.screened_now = todo.len();
    summary.resumed = resumed;
    summary.seconds = started.elapsed().as_secs_f64();
    summary.cache = cache.map(|c| {
        c.evict();
        c.stats()
    });
    Ok(summary)
}

/// Combines the journals of shard runs (their output folders) into one set
/// of outputs in `out`, applying the rules across packages to all of them.
pub fn merge(rules: &RuleSet, dirs: &[PathBuf], out: &Path) -> Result<Summary, ScreenError> {
    let started = Instant::now();
    fs::create_dir_all(out).map_err(output_error(out))?;
    let mut journals = Vec::new();
    for d in dirs {
        let j = d.join("journal.jsonl");
        if !j.exists() {
            return Err(ScreenError::NoJournal(d.display().to_string()));
        }
        journals.push(j);
    }
    // The merged journal, so that the output folder is like a single run's.
    let merged = out.join("journal.jsonl");
    let mut w = BufWriter::new(File::create(&merged).map_err(output_error(&merged))?);
    for j in &journals {
        let index = journal::scan(j)?;
        let mut f = File::open(j).map_err(output_error(j))?;
        let mut spans: Vec<(u64, usize)> = index.lines.values().map(|(o, l, _)| (*o, *l)).collect();
        spans.sort_unstable();
        for (o, l) in spans {
            let mut buf = vec![0u8; l];
            use std::io::{Read, Seek, SeekFrom};
            f.seek(SeekFrom::Start(o)).map_err(output_error(j))?;
            f.read_exact(&mut buf).map_err(output_error(j))?;
            w.write_all(&buf).map_err(output_error(&merged))?;
            w.write_all(b"\n").map_err(output_error(&merged))?;
        }
    }
    w.flush().map_err(output_error(&merged))?;
    drop(w);
    let mut summary = finish(rules, out, &[merged])?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Builds every output from journals: the rules across packages, then
/// `results.jsonl`, the HTML pages and index, `summary.csv`,
/// `summary.xlsx`. Packages are ordered by name; a package in several
/// journals counts once (the last line wins).
/// Packages read from the journal and rendered together by `finish`.
const FINISH_CHUNK: usize = 256;

pub fn finish(rules: &RuleSet, out: &Path, journals: &[PathBuf]) -> Result<Summary, ScreenError> {
    // Where each package's line is, and what the rules across packages
    // read (a later journal wins, as a later line does).
    let mut at: BTreeMap<String, (usize, u64, usize)> = BTreeMap::new();
    let mut heads: BTreeMap<String, (String, Vec<evaluate::BatchValue>)> = BTreeMap::new();
    for (ji, j) in journals.iter().enumerate() {
        let index = journal::scan(j)?;
        for (name, (o, l, _)) in index.lines {
            at.insert(name, (ji, o, l));
        }
        heads.extend(index.batch);
    }
    let mut files: Vec<File> = journals
        .iter()
        .map(|j| File::open(j).map_err(output_error(j)))
        .collect::<Result<_, _>>()?;
    // Pass 1: the rules across packages.
    let heads: Vec<(&String, &(String, Vec<evaluate::BatchValue>))> = heads.iter().collect();
    let inputs: Vec<BatchInput> = heads
        .iter()
        .map(|(n, (fp, b))| BatchInput {
            name: n,
            sha256: fp,
            values: b,
        })
        .collect();
    let added = evaluate::batch(rules, &inputs);
    let added: BTreeMap<&str, Vec<evaluate::Finding>> =
        heads.iter().map(|(n, _)| n.as_str()).zip(added).collect();
    // Pass 2: each package's outputs, in name order.
    let html_dir = out.join("html");
    fs::create_dir_all(&html_dir).map_err(output_error(&html_dir))?;
    let results_path = out.join("results.jsonl");
    let mut results =
        BufWriter::new(File::create(&results_path).map_err(output_error(&results_path))?);
    let mut rows: Vec<Row> = Vec::new();
    let mut finding_rows: Vec<Vec<String>> = Vec::new();
    let mut counts: BTreeMap<String, RuleCount> = BTreeMap::new();
    let mut frequent: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut summary = Summary {
        out: out.to_path_buf(),
        ..Summary::default()
    };
    let mut kinds_seen: BTreeSet<String> = BTreeSet::new();
    let mut fields_seen: BTreeSet<String> = BTreeSet::new();
    let mut title = String::new();
    // Packages in chunks: read in order, rendered in parallel, written in
    // order — memory stays bounded by the chunk, not the run.
    let all: Vec<(usize, &String, &(usize, u64, usize))> = at
        .iter()
        .enumerate()
        .map(|(i, (name, pos))| (i, name, pos))
        .collect();
    for chunk in all.chunks(FINISH_CHUNK) {
        // Lines read in order, parsed and rendered in parallel.
        let lines: Vec<(usize, &String, Vec<u8>)> = chunk
            .iter()
            .filter_map(|&(i, name, &(ji, o, l))| {
                journal::read_line(&mut files[ji], o, l).map(|line| (i, name, line))
            })
            .collect();
        // The package's page is written here too, and its rows built, in
        // parallel; what is summed over packages is summed below, in order.
        let done: Vec<Result<Rendered, ScreenError>> = lines
            .par_iter()
            .filter_map(|(i, name, line)| {
                let mut entry = journal::parse_entry(line)?;
                if let Some(f) = added.get(name.as_str()) {
                    entry.report.add_findings(f.clone());
                }
                Some(render(out, &results_path, *i, entry))
            })
            .collect();
        for done in done {
            let Rendered {
                entry,
                json,
                row,
                findings,
            } = done?;
            results
                .write_all(json.as_bytes())
                .and_then(|()| results.write_all(b"\n"))
                .map_err(output_error(&results_path))?;
            rows.push(row);
            finding_rows.extend(findings);
            let report = &entry.report;
            title = report.ruleset.title.clone();
            for f in &report.findings {
                let c = counts.entry(f.rule.clone()).or_insert_with(|| RuleCount {
                    rule: f.rule.clone(),
                    title: f.title.clone(),
                    clause: f.clause.clone(),
                    ..RuleCount::default()
                });
                c.add(f.status);
            }
            let mut seen_here: BTreeSet<(String, String)> = BTreeSet::new();
            for f in report
                .findings
                .iter()
                .filter(|f| matches!(f.status, FindingStatus::Fail | FindingStatus::Review))
            {
                seen_here.insert((f.rule.clone(), f.title.clone()));
            }
            for k in seen_here {
                *frequent.entry(k).or_default() += 1;
            }
            for d in &report.documents {
                kinds_seen.extend(d.kinds.iter().map(|k| k.kind.clone()));
            }
            fields_seen.extend(entry.fields_read.iter().cloned());
            summary.packages += 1;
            summary.pages += entry.pages;
            summary.documents += entry.documents;
            let v = match report.verdict {
                Verdict::Pass => "pass",
                Verdict::Review => "review",
                Verdict::Fail => "fail",
            };
            *summary.verdicts.entry(v.to_string()).or_default() += 1;
        }
    }
    results.flush().map_err(output_error(&results_path))?;

    // Rules in the rule set's order, then PKG/DOC.
    let mut ordered: Vec<RuleCount> = rules
        .rules
        .iter()
        .filter_map(|r| counts.remove(&r.id))
        .collect();
    ordered.extend(counts.into_values());
    // The workbook (the slowest to write) beside the index and the CSV.
    let (sheets, others) = rayon::join(
        || outputs::xlsx::write(&out.join("summary.xlsx"), &rows, &finding_rows, &ordered),
        || -> Result<(), ScreenError> {
            let index_path = html_dir.join("index.html");
            fs::write(&index_path, outputs::html::index(&title_or(&title), &rows))
                .map_err(output_error(&index_path))?;
            outputs::csv::write(&out.join("summary.csv"), &rows)
                .map_err(output_error(&out.join("summary.csv")))
        },
    );
    sheets?;
    others?;

    let mut freq: Vec<((String, String), usize)> = frequent.into_iter().collect();
    freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    summary.frequent = freq
        .into_iter()
        .take(5)
        .map(|((r, t), n)| (r, t, n))
        .collect();
    summary.idle_rules = ordered
        .iter()
        .filter(|c| c.fail + c.review + c.warning + c.pass == 0)
        .map(|c| c.rule.clone())
        .collect();
    if summary.packages > 0 {
        summary.idle_kinds = rules
            .kinds
            .iter()
            .filter(|k| !kinds_seen.contains(&k.id))
            .map(|k| k.id.clone())
            .collect();
        summary.idle_fields = rules
            .fields
            .iter()
            .filter(|f| !fields_seen.contains(&f.id))
            .map(|f| f.id.clone())
            .collect();
    } else {
        summary.idle_rules.clear();
    }
    summary.fails = summary.verdicts.get("fail").copied().unwrap_or(0);
    summary.reviews = summary.verdicts.get("review").copied().unwrap_or(0);
    Ok(summary)
}

/// One package's outputs, made in parallel by `finish`.
struct Rendered {
    entry: journal::Entry,
    /// Its line of `results.jsonl`.
    json: String,
    row: Row,
    /// Its rows of the findings sheet.
    findings: Vec<Vec<String>>,
}

/// Writes package `i`'s HTML page and makes its other outputs.
fn render(
    out: &Path,
    results_path: &Path,
    i: usize,
    entry: journal::Entry,
) -> Result<Rendered, ScreenError> {
    let json = serde_json::to_string(&entry.report).map_err(|e| ScreenError::Output {
        path: results_path.display().to_string(),
        source: std::io::Error::other(e),
    })?;
    let page_path = out.join(page_name(i));
    fs::write(&page_path, outputs::html::package(&entry.report))
        .map_err(output_error(&page_path))?;
    let report = &entry.report;
    let findings = report
        .findings
        .iter()
        .filter(|f| f.status != FindingStatus::NotApplicable)
        .map(|f| outputs::finding_cells(&report.package, f))
        .collect();
    Ok(Rendered {
        row: Row::of(report, page_name(i)),
        json,
        findings,
        entry,
    })
}

/// A package's HTML page, by its place in name order.
fn page_name(i: usize) -> String {
    format!("html/p{:05}.html", i + 1)
}

fn title_or(title: &str) -> String {
    if title.is_empty() {
        "申报材料预审结果".into()
    } else {
        format!("{title}：预审结果")
    }
}
