//! The `prescreen` command line. It only parses arguments, wires the library's
//! stages together and prints; all the work lives in the library.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use prescreen::cache::Cache;
use prescreen::extract::{self, Document, ExtractOptions};
use prescreen::unpack::{self, Limits};

#[derive(Parser)]
#[command(
    name = "prescreen",
    version,
    about = "沪人社职〔2024〕447号 申报材料预审工具"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the text of every document in packages (zip files, folders, or
    /// single PDF/DOCX files). Pages are separated by form feeds, like pdftotext.
    Extract(ExtractArgs),
    /// Screen packages against the rules (the embedded 447 set by default):
    /// a verdict (pass / fail / review) with findings and evidence.
    Check(CheckArgs),
    /// Screen a whole round: many packages in parallel, resumable, with the
    /// rules across packages over all of them; writes results.jsonl,
    /// summary.xlsx, summary.csv and html/ into --out.
    Screen(ScreenArgs),
    /// Combine the output folders of `screen --shard` runs into one set of
    /// reports, with the rules across packages applied over all of them.
    Merge(MergeArgs),
    /// Show how one package was read: per document and section the kinds
    /// considered with scores and evidence, the values read and where, the
    /// rules that used them, and the text the patterns see.
    Explain(ExplainArgs),
    /// Work with rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
}

/// Which packages to read and how: shared by `extract` and `check`.
#[derive(clap::Args)]
struct PackageArgs {
    /// Packages: .zip files, folders, or single documents. A folder given
    /// with --each is a folder of packages.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Treat each sub-folder and each .zip file inside the given folders as
    /// its own package (other files there, such as a README, are ignored).
    #[arg(long)]
    each: bool,
    /// Worker threads (default: number of CPUs).
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    /// Time limit per document, in seconds.
    #[arg(long, default_value_t = 30)]
    time_limit: u64,
    /// Do not OCR scanned pages and image files (they stay unread, for review).
    #[arg(long)]
    no_ocr: bool,
}

impl PackageArgs {
    fn extract_options(&self) -> ExtractOptions {
        ExtractOptions {
            time_limit: Duration::from_secs(self.time_limit.max(1)),
            ocr: !self.no_ocr,
            ..ExtractOptions::default()
        }
    }
}

#[derive(clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    packages: PackageArgs,
    /// A rule folder or file instead of the embedded 447 set.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Output format: text (Chinese, for staff) or json (schemas/report.schema.json; one report per line).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    cache: CacheArgs,
}

/// Where extracted text is cached (shared by check, screen and rules diff).
#[derive(clap::Args, Clone)]
struct CacheArgs {
    /// Cache folder (default: the platform's cache folder, e.g. ~/.cache/prescreen).
    #[arg(long, value_name = "DIR")]
    cache: Option<PathBuf>,
    /// Do not read or write the extraction cache.
    #[arg(long, conflicts_with = "cache")]
    no_cache: bool,
    /// Largest size of the cache folder, in MiB; the least recently used
    /// entries are removed beyond it.
    #[arg(long, default_value_t = 2048, value_name = "MIB")]
    cache_size: u64,
}

impl CacheArgs {
    fn open(&self) -> Result<Option<Cache>> {
        if self.no_cache {
            return Ok(None);
        }
        let dir = match &self.cache {
            Some(d) => d.clone(),
            None => match Cache::default_dir() {
                Some(d) => d,
                None => return Ok(None),
            },
        };
        Ok(Some(
            Cache::open(&dir, self.cache_size.saturating_mul(1 << 20))
                .with_context(|| format!("缓存文件夹 {}", dir.display()))?,
        ))
    }
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
enum FailOn {
    Fail,
    Review,
}

#[derive(clap::Args)]
struct ScreenArgs {
    /// Folders of packages (zips and/or package folders) or package paths.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output folder (created; nothing is written outside it and the cache).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// A rule folder or file instead of the embedded 447 set.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Worker threads (default: number of CPUs).
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    /// Continue an interrupted run in the same --out: only packages not yet
    /// in its journal are screened.
    #[arg(long)]
    resume: bool,
    /// Screen only share K of N of the inputs (a stable hash of each
    /// package's file name), e.g. 2/3; combine the shares with `merge`.
    #[arg(long, value_name = "K/N")]
    shard: Option<prescreen::screen::Shard>,
    /// No progress bar (it is also off when stderr is not a terminal).
    #[arg(long)]
    quiet: bool,
    /// Exit 1 when a package fails (`fail`), or fails or needs review (`review`).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Time limit per document, in seconds.
    #[arg(long, default_value_t = 30)]
    time_limit: u64,
    /// Do not OCR scanned pages and image files (they stay unread, for review).
    #[arg(long)]
    no_ocr: bool,
    #[command(flatten)]
    cache: CacheArgs,
}

#[derive(clap::Args)]
struct MergeArgs {
    /// Output folders of `screen --shard` runs.
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
    /// Output folder for the combined reports.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// A rule folder or file instead of the embedded 447 set (the one the
    /// shards used).
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Exit 1 when a package fails (`fail`), or fails or needs review (`review`).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
}

#[derive(clap::Args)]
struct DiffArgs {
    /// The rule set before the change: a folder or file, or `embedded`.
    #[arg(long)]
    base: String,
    /// The rule set after the change: a folder or file, or `embedded`.
    #[arg(long)]
    head: String,
    /// Folders of packages or package paths (as for `screen`).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output: text (terminal) or markdown (a pull-request comment).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Exit 1 when any package's verdict or findings change.
    #[arg(long)]
    fail_on_change: bool,
    /// Worker threads (default: number of CPUs).
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    #[command(flatten)]
    cache: CacheArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Markdown,
}

#[derive(clap::Args)]
struct ExplainArgs {
    /// One package: a .zip file, a folder, or a single document.
    package: PathBuf,
    /// A rule folder or file instead of the embedded 447 set.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Only documents whose path contains this text.
    #[arg(long)]
    doc: Option<String>,
    /// Every line of every page (default: 40 lines a page).
    #[arg(long)]
    full_text: bool,
    /// Output format: text (for people) or json (the same facts as data).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Time limit per document, in seconds.
    #[arg(long, default_value_t = 30)]
    time_limit: u64,
    /// Do not OCR scanned pages and image files (they stay unread, for review).
    #[arg(long)]
    no_ocr: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Validate rule files (schema, regexes, references); every error is
    /// reported. Without a path, checks the embedded set.
    Check {
        /// Rule folders or files.
        paths: Vec<PathBuf>,
    },
    /// Run a rule folder's test cases (its tests/*.yaml): each a package or
    /// text-only fixture with the expected verdict and the rule ids that must
    /// and must not fire. Exits 1 when a case fails.
    Test {
        /// The rule folder (default: rules).
        #[arg(default_value = "rules")]
        dir: PathBuf,
        /// Also write the results as JUnit XML to this file.
        #[arg(long)]
        junit: Option<PathBuf>,
    },
    /// Evaluate two rule sets over the same packages (text from the
    /// extraction cache) and show which packages change verdict and which
    /// findings appear or disappear.
    Diff(DiffArgs),
}

#[derive(clap::Args)]
struct ExtractArgs {
    #[command(flatten)]
    packages: PackageArgs,
    /// Print JSON Lines: one object per document
    /// {"package","path","kind","status","reason","sha256","size","pages","page_quality","millis"},
    /// plus one {"package","problem":{…}} line per package-level unpack problem.
    #[arg(long)]
    json: bool,
    /// Print a one-line summary per package to stderr instead of the text.
    #[arg(long)]
    quiet: bool,
}

fn main() {
    // Panics inside extraction are caught and reported as a document status;
    // keep the default hook from printing them in the middle of the output.
    std::panic::set_hook(Box::new(|info| {
        if std::thread::current().name() != Some("extract") {
            eprintln!("prescreen: 内部错误：{info}");
        }
    }));
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::Check(args) => run_check(args),
        Command::Explain(args) => run_explain(args),
        Command::Screen(args) => run_screen(args),
        Command::Merge(args) => run_merge(args),
        Command::Rules(RulesCommand::Check { paths }) => run_rules_check(&paths),
        Command::Rules(RulesCommand::Test { dir, junit }) => run_rules_test(&dir, junit.as_deref()),
        Command::Rules(RulesCommand::Diff(args)) => run_rules_diff(args),
    };
    if let Err(e) = result {
        eprintln!("prescreen: 错误：{e:#}");
        std::process::exit(2);
    }
}

fn thread_pool(jobs: Option<usize>) -> Result<()> {
    if let Some(j) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .context("无法创建线程池")?;
    }
    Ok(())
}

fn load_rules(path: Option<&Path>) -> Result<prescreen::rules::RuleSet> {
    let loaded = match path {
        Some(p) => prescreen::rules::load_path(p),
        None => prescreen::rules::embedded(),
    };
    loaded.map_err(|diags| {
        for d in &diags {
            eprint!("{d}");
        }
        anyhow::anyhow!("规则文件有 {} 处错误", diags.len())
    })
}

fn run_check(args: CheckArgs) -> Result<()> {
    thread_pool(args.packages.jobs)?;
    let rules = load_rules(args.rules.as_deref())?;
    let opts = args.packages.extract_options();
    let limits = Limits::default();
    let stdout = io::stdout();
    let color = stdout.is_terminal();
    let mut out = BufWriter::new(stdout.lock());
    let paths = packages(&args.packages.paths, args.packages.each)?;
    let cache = args.cache.open()?;
    for report in prescreen::pipeline::check_batch(&paths, &rules, &limits, &opts, cache.as_ref()) {
        match args.format {
            Format::Json => writeln!(out, "{}", serde_json::to_string(&report)?)?,
            Format::Text => writeln!(out, "{}", prescreen::report::render_text(&report, color))?,
        }
    }
    out.flush()?;
    Ok(())
}

fn exit_for(summary: &prescreen::screen::Summary, fail_on: Option<FailOn>) -> ! {
    let failing = match fail_on {
        Some(FailOn::Fail) => summary.fails > 0,
        Some(FailOn::Review) => summary.fails + summary.reviews > 0,
        None => false,
    };
    std::process::exit(if failing { 1 } else { 0 })
}

fn run_screen(args: ScreenArgs) -> Result<()> {
    thread_pool(args.jobs)?;
    let rules = load_rules(args.rules.as_deref())?;
    let cache = args.cache.open()?;
    let opts = prescreen::screen::ScreenOptions {
        out: args.out.clone(),
        resume: args.resume,
        shard: args.shard,
        progress: !args.quiet && io::stderr().is_terminal(),
        extract: ExtractOptions {
            time_limit: Duration::from_secs(args.time_limit.max(1)),
            ocr: !args.no_ocr,
            ..ExtractOptions::default()
        },
        limits: Limits::default(),
    };
    let summary = prescreen::screen::run(&rules, &args.inputs, &opts, cache.as_ref())?;
    if !args.quiet {
        eprint!("{}", summary.render());
    }
    exit_for(&summary, args.fail_on)
}

fn run_merge(args: MergeArgs) -> Result<()> {
    let rules = load_rules(args.rules.as_deref())?;
    let summary = prescreen::screen::merge(&rules, &args.dirs, &args.out)?;
    eprint!("{}", summary.render());
    exit_for(&summary, args.fail_on)
}

fn run_explain(args: ExplainArgs) -> Result<()> {
    let rules = load_rules(args.rules.as_deref())?;
    let opts = ExtractOptions {
        time_limit: Duration::from_secs(args.time_limit.max(1)),
        ocr: !args.no_ocr,
        ..ExtractOptions::default()
    };
    if !args.package.exists() {
        anyhow::bail!("找不到 {}", args.package.display());
    }
    let package = unpack::unpack(&args.package, &Limits::default());
    let docs = extract::extract_package(&package, &opts);
    let mut explained = prescreen::explain::explain(
        &args.package.display().to_string(),
        &rules,
        &docs,
        &package.problems,
    );
    if let Some(filter) = &args.doc {
        explained
            .documents
            .retain(|d| d.path.contains(filter.as_str()));
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(&explained)?)?,
        Format::Text => write!(
            out,
            "{}",
            prescreen::explain::render(&rules, &explained, args.full_text)
        )?,
    }
    out.flush()?;
    Ok(())
}

fn run_rules_diff(args: DiffArgs) -> Result<()> {
    thread_pool(args.jobs)?;
    let set = |s: &str| -> Result<prescreen::rules::RuleSet> {
        if s == "embedded" {
            load_rules(None)
        } else {
            load_rules(Some(Path::new(s)))
        }
    };
    let (base, head) = (set(&args.base)?, set(&args.head)?);
    let cache = args.cache.open()?;
    let packages = prescreen::screen::packages_of(&args.inputs)?;
    let d = prescreen::screen::diff::diff(
        &base,
        &head,
        &packages,
        &ExtractOptions::default(),
        &Limits::default(),
        cache.as_ref(),
    );
    match args.format {
        DiffFormat::Text => print!("{}", prescreen::screen::diff::render_text(&d)),
        DiffFormat::Markdown => print!("{}", prescreen::screen::diff::render_markdown(&d)),
    }
    if args.fail_on_change && !d.changes.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}

fn run_rules_check(paths: &[PathBuf]) -> Result<()> {
    if paths.is_empty() {
        load_rules(None)?;
        println!("内置规则集：通过");
        return Ok(());
    }
    let mut failed = 0;
    for p in paths {
        match load_rules(Some(p)) {
            Ok(set) => println!(
                "{}：通过（{} 类材料，{} 个字段，{} 条规则）",
                p.display(),
                set.kinds.len(),
                set.fields.len(),
                set.rules.len()
            ),
            Err(e) => {
                eprintln!("{}：{e}", p.display());
                failed += 1;
            }
        }
    }
    if failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}

fn run_rules_test(dir: &Path, junit: Option<&Path>) -> Result<()> {
    let rules = load_rules(Some(dir))?;
    let results = prescreen::cases::run(&rules, dir).map_err(|e| anyhow::anyhow!("{e}"))?;
    let failed = results.iter().filter(|r| !r.ok()).count();
    for r in &results {
        if r.ok() {
            println!("通过  {}：{}", r.file, r.name);
        } else {
            println!("失败  {}：{}", r.file, r.name);
            for p in &r.problems {
                println!("      {p}");
            }
        }
    }
    let cov = prescreen::cases::coverage(&rules, &results);
    if !cov.never_fired.is_empty() {
        println!("没有用例触发的规则：{}", cov.never_fired.join("、"));
    }
    if !cov.never_passed.is_empty() {
        println!("没有用例通过的规则：{}", cov.never_passed.join("、"));
    }
    println!("{} passed, {} failed", results.len() - failed, failed);
    if let Some(path) = junit {
        std::fs::write(path, prescreen::cases::junit(&results))
            .with_context(|| format!("无法写入 {}", path.display()))?;
    }
    if failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}

/// The packages named on the command line, in order.
fn packages(paths: &[PathBuf], each: bool) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if each && p.is_dir() {
            let mut children: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("无法读取文件夹 {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|c| {
                    c.is_dir() || c.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
                })
                .collect();
            children.sort();
            out.extend(children);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn run_extract(args: ExtractArgs) -> Result<()> {
    thread_pool(args.packages.jobs)?;
    let opts = args.packages.extract_options();
    let limits = Limits::default();
    let packages = packages(&args.packages.paths, args.packages.each)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Packages in order; documents of a package in parallel.
    for package_path in &packages {
        let package = unpack::unpack(package_path, &limits);
        let docs = extract::extract_package(&package, &opts);
        let name = package_path.display().to_string();
        if args.json {
            for problem in &package.problems {
                let line = serde_json::json!({ "package": name, "problem": problem });
                writeln!(out, "{line}")?;
            }
            for doc in &docs {
                let mut value = serde_json::to_value(doc)?;
                if let Some(obj) = value.as_object_mut() {
                    obj.insert("package".into(), serde_json::Value::String(name.clone()));
                }
                writeln!(out, "{value}")?;
            }
        } else if args.quiet {
            summary(&mut io::stderr(), package_path, &package, &docs)?;
        } else {
            print_text(&mut out, package_path, &package, &docs)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn print_text(
    out: &mut impl Write,
    path: &Path,
    package: &unpack::Package,
    docs: &[Document],
) -> Result<()> {
    let color = io::stdout().is_terminal();
    let (bold, reset) = if color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    for problem in &package.problems {
        writeln!(
            out,
            "{bold}== {} ：{}{reset}",
            path.display(),
            problem.detail
        )?;
    }
    for doc in docs {
        let status = serde_json::to_value(doc.status)?;
        let status = status.as_str().unwrap_or("");
        writeln!(
            out,
            "{bold}== {} [{}] {}{reset}",
            doc.path,
            status,
            doc.reason.as_deref().unwrap_or("")
        )?;
        for (i, page) in doc.pages.iter().enumerate() {
            if i > 0 {
                write!(out, "\x0c")?;
            }
            write!(out, "{page}")?;
        }
        if !doc.pages.is_empty() {
            writeln!(out, "\x0c")?;
        }
    }
    Ok(())
}

fn summary(
    err: &mut impl Write,
    path: &Path,
    package: &unpack::Package,
    docs: &[Document],
) -> Result<()> {
    let pages: usize = docs.iter().map(|d| d.pages.len()).sum();
    let not_ok = docs
        .iter()
        .filter(|d| d.status != extract::Status::Ok)
        .count();
    writeln!(
        err,
        "{}: {} 个文件，{} 页，{} 个文件需关注，{} 个压缩包问题",
        path.display(),
        docs.len(),
        pages,
        not_ok,
        package.problems.len()
    )?;
    Ok(())
}
