//! `prescreen screen`, `merge` and `rules diff` as staff and CI run them:
//! outputs are complete and deterministic; a run killed with SIGKILL or with
//! its journal cut mid-line resumes to the same outputs; shards merged equal
//! a single run; nothing is written outside the output folder; the workbook
//! reads back with every cell from input stored as text; the HTML opens in a
//! real browser and a script planted in a file name or in document text does
//! not run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use calamine::{Data, Reader, Xlsx, open_workbook};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("prescreen-screen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("tmp dir");
    d
}

fn prescreen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_prescreen"))
}

/// `screen` with no cache, quiet, one worker unless given.
fn screen(inputs: &[&Path], out: &Path, extra: &[&str]) -> std::process::Output {
    let mut c = prescreen();
    c.arg("screen");
    for i in inputs {
        c.arg(i);
    }
    c.arg("--out")
        .arg(out)
        .args(["--no-cache", "--quiet"])
        .args(extra);
    c.output().expect("runs")
}

/// A batch folder of `copies` × the bundled samples under distinct names.
fn batch(dir: &Path, copies: usize) -> PathBuf {
    let b = dir.join("batch");
    std::fs::create_dir_all(&b).expect("batch");
    let mut samples: Vec<PathBuf> = std::fs::read_dir(root().join("samples"))
        .expect("samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "zip"))
        .collect();
    samples.sort();
    for k in 0..copies {
        for s in &samples {
            let name = format!("{k:02}-{}", s.file_name().expect("name").to_string_lossy());
            std::fs::copy(s, b.join(name)).expect("copy");
        }
    }
    b
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The outputs that must be identical between runs, by content hash (the
/// journal's order is the order packages finished in, so it is not among
/// them).
fn outputs(out: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let hash = |p: &Path| prescreen::extract::sha256_hex(&std::fs::read(p).expect("output file"));
    for f in [
        "results.jsonl",
        "summary.csv",
        "summary.xlsx",
        "html/index.html",
    ] {
        m.insert(f.to_string(), hash(&out.join(f)));
    }
    for e in std::fs::read_dir(out.join("html")).expect("html").flatten() {
        let name = format!("html/{}", e.file_name().to_string_lossy());
        m.insert(name, hash(&e.path()));
    }
    m
}

/// Asserts two runs wrote the same outputs; on a difference, names the file
/// and the first line that differs.
fn same_outputs(a: &Path, b: &Path) {
    let (x, y) = (outputs(a), outputs(b));
    if x == y {
        return;
    }
    for (name, h) in &x {
        if y.get(name) != Some(h) {
            let (ta, tb) = (
                std::fs::read_to_string(a.join(name)).unwrap_or_default(),
                std::fs::read_to_string(b.join(name)).unwrap_or_default(),
            );
            let line = ta
                .lines()
                .zip(tb.lines())
                .position(|(p, q)| p != q)
                .unwrap_or(0);
            let cut = |s: &str| {
                s.lines()
                    .nth(line)
                    .unwrap_or("")
                    .chars()
                    .take(300)
                    .collect::<String>()
            };
            panic!(
                "{name} differs at line {}:\n{}\n{}\n(files: {} vs {})",
                line + 1,
                cut(&ta),
                cut(&tb),
                x.len(),
                y.len()
            );
        }
    }
    panic!(
        "output file sets differ: {:?} vs {:?}",
        x.keys().collect::<Vec<_>>(),
        y.keys().collect::<Vec<_>>()
    );
}

fn hash_tree(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(hash_tree(&p));
        } else {
            out.push((
                p.clone(),
                prescreen::extract::sha256_hex(&std::fs::read(&p).expect("file")),
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn a_screen_writes_every_output_in_a_stable_order() {
    let dir = tmp("outputs");
    let samples = root().join("samples");
    let (a, b) = (dir.join("a"), dir.join("b"));
    let out = screen(&[&samples], &a, &["-j", "1"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = screen(&[&samples], &b, &["-j", "2"]);
    assert!(out.status.success());
    same_outputs(&a, &b);
    let results = read(&a.join("results.jsonl"));
    let packages: Vec<String> = results
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            v["package"].as_str().unwrap_or("").to_string()
        })
        .collect();
    assert_eq!(packages.len(), 13);
    let mut sorted = packages.clone();
    sorted.sort();
    assert_eq!(packages, sorted, "results are in package order");
    let csv = read(&a.join("summary.csv"));
    assert!(csv.starts_with('\u{FEFF}'), "a BOM for Excel");
    assert!(csv.contains("申报包") && csv.contains("结论"));
    assert_eq!(csv.lines().count(), 14);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_run_killed_with_sigkill_resumes_to_the_same_outputs() {
    let dir = tmp("kill");
    let b = batch(&dir, 8);
    let whole = dir.join("whole");
    let out = screen(&[&b], &whole, &["-j", "2"]);
    assert!(out.status.success());
    let killed = dir.join("killed");
    let mut child = prescreen()
        .arg("screen")
        .arg(&b)
        .arg("--out")
        .arg(&killed)
        .args(["--no-cache", "--quiet", "-j", "1"])
        .spawn()
        .expect("spawns");
    let journal = killed.join("journal.jsonl");
    let started = Instant::now();
    let mut lines_at_kill = 0;
    while started.elapsed() < Duration::from_secs(60) {
        lines_at_kill = std::fs::read_to_string(&journal)
            .map(|s| s.lines().count())
            .unwrap_or(0);
        if lines_at_kill >= 5 {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix.
    let _ = child.wait();
    assert!(lines_at_kill >= 5, "the run got going");
    let done = read(&journal).lines().count();
    assert!(done < 104, "killed before the end ({done} of 104 done)");
    let out = screen(&[&b], &killed, &["-j", "2", "--resume"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    same_outputs(&whole, &killed);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_journal_cut_mid_line_is_recovered() {
    let dir = tmp("cut");
    let b = batch(&dir, 1);
    let out_dir = dir.join("out");
    assert!(screen(&[&b], &out_dir, &[]).status.success());
    let whole = dir.join("whole");
    assert!(screen(&[&b], &whole, &[]).status.success());
    let journal = out_dir.join("journal.jsonl");
    let text = read(&journal);
    let cut = text.len() - text.lines().last().expect("a line").len() / 2 - 1;
    std::fs::write(&journal, &text.as_bytes()[..cut]).expect("cut");
    let out = screen(&[&b], &out_dir, &["--resume"]);
    assert!(out.status.success());
    same_outputs(&whole, &out_dir);
    let lines: Vec<String> = read(&journal).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 13, "every package once in the journal");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn three_shards_merged_equal_a_single_run() {
    let dir = tmp("shards");
    let b = batch(&dir, 2);
    let single = dir.join("single");
    assert!(screen(&[&b], &single, &[]).status.success());
    let mut shard_dirs = Vec::new();
    let mut total = 0;
    for k in 1..=3 {
        let d = dir.join(format!("shard{k}"));
        assert!(
            screen(&[&b], &d, &["--shard", &format!("{k}/3")])
                .status
                .success()
        );
        total += read(&d.join("journal.jsonl")).lines().count();
        shard_dirs.push(d);
    }
    assert_eq!(total, 26, "every package in exactly one shard");
    let merged = dir.join("merged");
    let out = prescreen()
        .arg("merge")
        .args(&shard_dirs)
        .arg("--out")
        .arg(&merged)
        .output()
        .expect("merge");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    same_outputs(&single, &merged);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_is_written_outside_the_output_folder_and_inputs_stay_as_they_were() {
    let dir = tmp("confined");
    let b = batch(&dir, 1);
    let before_inputs = hash_tree(&b);
    let before_top: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(screen(&[&b], &dir.join("out"), &[]).status.success());
    assert_eq!(before_inputs, hash_tree(&b));
    let mut after_top: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    after_top.sort();
    let mut expected = before_top.clone();
    expected.push("out".into());
    expected.sort();
    assert_eq!(after_top, expected);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fail_on_sets_the_exit_code() {
    let dir = tmp("failon");
    let samples = root().join("samples");
    let pass_only = dir.join("one");
    std::fs::create_dir_all(&pass_only).expect("dir");
    std::fs::copy(
        samples.join("01-上海某某职业技能培训有限公司.zip"),
        pass_only.join("01.zip"),
    )
    .expect("copy");
    let code =
        |inputs: &Path, extra: &[&str]| screen(&[inputs], &dir.join("out"), extra).status.code();
    assert_eq!(code(&samples, &[]), Some(0), "reports written: 0");
    assert_eq!(code(&samples, &["--fail-on", "fail"]), Some(1));
    assert_eq!(code(&pass_only, &["--fail-on", "review"]), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_workbook_reads_back_with_input_cells_as_text() {
    let dir = tmp("xlsx");
    let b = dir.join("batch");
    std::fs::create_dir_all(&b).expect("dir");
    let samples = root().join("samples");
    std::fs::copy(
        samples.join("02-上海某康职业技能培训有限公司.zip"),
        b.join("=HYPERLINK(\"http-x\",\"点我\").zip"),
    )
    .expect("copy");
    std::fs::copy(
        samples.join("08-上海某盛健康管理有限公司.zip"),
        b.join("@SUM(1+1).zip"),
    )
    .expect("copy");
    // Packages named as given: the file names themselves, so a cell starts
    // with `=` or `@`.
    let out = dir.join("out");
    let status = prescreen()
        .current_dir(&b)
        .arg("screen")
        .args(["=HYPERLINK(\"http-x\",\"点我\").zip", "@SUM(1+1).zip"])
        .arg("--out")
        .arg(&out)
        .args(["--no-cache", "--quiet"])
        .status()
        .expect("runs");
    assert!(status.success());
    let mut wb: Xlsx<_> = open_workbook(out.join("summary.xlsx")).expect("opens");
    let names = wb.sheet_names();
    assert_eq!(names, ["申报包", "问题明细", "规则统计"]);
    let sheet = wb.worksheet_range("申报包").expect("sheet");
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 3, "header and two packages");
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header[0], "申报包");
    assert!(
        header.contains(&"统一社会信用代码".to_string()) && header.contains(&"结论".to_string())
    );
    for row in &rows[1..] {
        match &row[0] {
            Data::String(s) => assert!(s.starts_with("=HYPERLINK") || s.starts_with("@SUM"), "{s}"),
            other => panic!("a package name must be stored as text, got {other:?}"),
        }
    }
    // No cell of the workbook is a formula.
    for name in ["申报包", "问题明细", "规则统计"] {
        let formulas = wb.worksheet_formula(name).expect("formulas");
        assert!(
            formulas.cells().all(|(_, _, f)| f.is_empty()),
            "{name} has a formula"
        );
    }
    let findings = wb.worksheet_range("问题明细").expect("findings");
    assert!(findings.rows().count() > 10);
    let csv = read(&out.join("summary.csv"));
    assert!(
        csv.contains("'=HYPERLINK") && csv.contains("'@SUM"),
        "CSV cells defused: {csv}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn dump_dom(browser: &Path, page: &Path, profile: &Path) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_html_reports_open_in_a_browser_and_planted_scripts_do_not_run() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("PRESCREEN_REQUIRE_BROWSER").is_none(),
            "PRESCREEN_REQUIRE_BROWSER is set but no chromium was found"
        );
        eprintln!(
            "skipped: no chromium (apt-get install chromium; CI sets PRESCREEN_REQUIRE_BROWSER)"
        );
        return;
    };
    let dir = tmp("html");
    let b = dir.join("batch");
    // A file name cannot hold `/`, so names carry an <img onerror> script;
    // the document text a full <script> element.
    let in_name = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
    let evil = "<script>document.body.setAttribute('data-pwned','1')</script>";
    let pkg = b.join(format!("{in_name}申报包"));
    std::fs::create_dir_all(&pkg).expect("dir");
    std::fs::write(
        pkg.join(format!("{in_name}.txt")),
        format!("社会培训评价组织征集遴选申请表\n申报单位名称：{evil}上海某某职业技能培训有限公司\n统一社会信用代码：91310115MA1FL0A00C\n"),
    )
    .expect("doc");
    std::fs::copy(
        root().join("samples/01-上海某某职业技能培训有限公司.zip"),
        b.join("01-上海某某职业技能培训有限公司.zip"),
    )
    .expect("copy");
    let out = dir.join("out");
    assert!(screen(&[&b], &out, &[]).status.success());
    let profile = dir.join("profile");
    let index = dump_dom(&browser, &out.join("html/index.html"), &profile);
    assert!(
        index.contains("上海某某职业技能培训有限公司"),
        "the content is there"
    );
    assert!(
        index.contains("data-ready=\"1\""),
        "our own script ran (its hash is allowed)"
    );
    assert!(
        !index.contains("data-pwned=\"1\""),
        "the planted script did not run"
    );
    for e in std::fs::read_dir(out.join("html")).expect("html").flatten() {
        if e.file_name() == "index.html" {
            continue;
        }
        let page = dump_dom(&browser, &e.path(), &profile);
        assert!(page.contains("【"), "a verdict is shown");
        assert!(!page.contains("data-pwned=\"1\""), "{}", e.path().display());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn rules_diff_lists_changed_packages_and_fails_on_change() {
    let dir = tmp("diff");
    let head = dir.join("rules");
    for (name, text) in prescreen::rules::embedded_texts() {
        let f = head.join(name.strip_prefix("rules/").unwrap_or(&name));
        std::fs::create_dir_all(f.parent().expect("parent")).expect("mkdir");
        std::fs::write(&f, text.replace("audit_years: 2", "audit_years: 3")).expect("write");
    }
    let samples = root().join("samples");
    let out = prescreen()
        .args(["rules", "diff", "--base", "embedded", "--head"])
        .arg(&head)
        .arg(&samples)
        .args(["--format", "markdown", "--fail-on-change", "--no-cache"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("| 申报包 |") && md.contains("2021"), "{md}");
    assert!(
        md.contains("01-上海某某职业技能培训有限公司.zip | 通过 | 不通过"),
        "{md}"
    );
    let same = prescreen()
        .args([
            "rules",
            "diff",
            "--base",
            "embedded",
            "--head",
            "embedded",
            "--fail-on-change",
            "--no-cache",
        ])
        .arg(&samples)
        .output()
        .expect("runs");
    assert_eq!(same.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}
