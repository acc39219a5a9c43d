//! Robustness and accuracy sweep over a folder of PDFs (the pdf.js corpus).
//!
//! ```text
//! cargo run --release --example sweep -- ../shared/corpus/pdfjs [--jobs 2] [--no-compare] [--worst 15] [--tsv rows.tsv]
//! ```
//!
//! Extracts every `*.pdf` in-process with the same guards as `prescreen extract`
//! (so a crash here would be a crash there), and prints: counts per status,
//! panics caught, documents over the time limit, peak memory (VmHWM), and —
//! for every file where poppler's `pdftotext` succeeds — the mean and worst
//! character similarity of our text with pdftotext's (whitespace removed).
//! `pdftotext` is a test oracle here, never a run-time dependency.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use prescreen::extract::{ExtractOptions, Status, extract_document};
#[path = "../tests/support/similarity.rs"]
mod similarity;
use rayon::prelude::*;
use similarity::similarity;

struct Row {
    name: String,
    status: Status,
    reason: Option<String>,
    pages: usize,
    millis: u64,
    similarity: Option<f64>,
    ours_len: usize,
    theirs_len: usize,
}

fn pdftotext(path: &Path) -> Option<String> {
    // pdftotext itself can run for minutes on some corpus files (bomb_giant.pdf):
    // give it 60 s, and count such files as "pdftotext failed".
    let out = Command::new("timeout")
        .arg("60")
        .arg("pdftotext")
        .arg("-q")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut jobs = 2usize;
    let mut compare = true;
    let mut worst = 15usize;
    let mut tsv: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jobs" => jobs = args.next().and_then(|v| v.parse().ok()).unwrap_or(2),
            "--no-compare" => compare = false,
            "--tsv" => tsv = args.next().map(PathBuf::from),
            "--worst" => worst = args.next().and_then(|v| v.parse().ok()).unwrap_or(15),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("../shared/corpus/pdfjs"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
        .collect();
    files.sort();
    // Silence the default panic printer: panics are caught and counted.
    std::panic::set_hook(Box::new(|_| {}));
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build_global()?;
    // The text layer, as pdftotext reads it: no OCR (scanned pages are still
    // assembled from their images and looked at for seals, so the image
    // decoders are swept too).
    let opts = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    let started = Instant::now();
    let rows: Vec<Row> = files
        .par_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let bytes = std::fs::read(path).unwrap_or_default();
            let doc = extract_document(&name, &bytes, &opts);
            let ours: String = doc.pages.join("\n");
            let (similarity, theirs_len) = if compare {
                match pdftotext(path) {
                    Some(theirs) => (
                        Some(similarity(&ours, &theirs)),
                        theirs.chars().filter(|c| !c.is_whitespace()).count(),
                    ),
                    None => (None, 0),
                }
            } else {
                (None, 0)
            };
            Row {
                name,
                status: doc.status,
                reason: doc.reason,
                pages: doc.pages.len(),
                millis: doc.millis,
                similarity,
                ours_len: ours.chars().filter(|c| !c.is_whitespace()).count(),
                theirs_len,
            }
        })
        .collect();
    let elapsed = started.elapsed();
    if let Some(path) = &tsv {
        let mut out =
            String::from("file\tstatus\tpages\tmillis\tsimilarity\tours_chars\tpdftotext_chars\n");
        for r in &rows {
            out.push_str(&format!(
                "{}\t{:?}\t{}\t{}\t{}\t{}\t{}\n",
                r.name,
                r.status,
                r.pages,
                r.millis,
                r.similarity.map(|s| format!("{s:.4}")).unwrap_or_default(),
                r.ours_len,
                r.theirs_len
            ));
        }
        std::fs::write(path, out)?;
    }

    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    for r in &rows {
        *by_status.entry(format!("{:?}", r.status)).or_default() += 1;
    }
    println!(
        "files: {}   wall time: {:.1} s   jobs: {jobs}",
        rows.len(),
        elapsed.as_secs_f64()
    );
    println!(
        "pages read: {}",
        rows.iter().map(|r| r.pages).sum::<usize>()
    );
    println!("status counts:");
    for (s, n) in &by_status {
        println!("  {s:<16} {n}");
    }
    let panics = rows.iter().filter(|r| r.status == Status::Panic).count();
    let timeouts = rows.iter().filter(|r| r.status == Status::Timeout).count();
    println!("panics caught: {panics}");
    println!(
        "over the time limit ({} s): {timeouts}",
        opts.time_limit.as_secs()
    );
    for r in rows
        .iter()
        .filter(|r| matches!(r.status, Status::Panic | Status::Timeout))
    {
        println!(
            "  {:?} {}: {}",
            r.status,
            r.name,
            r.reason.as_deref().unwrap_or("")
        );
    }
    let slowest = rows.iter().max_by_key(|r| r.millis);
    if let Some(s) = slowest {
        println!("slowest document: {} ({} ms)", s.name, s.millis);
    }
    if let Some(kib) = peak_rss_kib() {
        println!("peak memory (VmHWM): {:.1} MiB", kib as f64 / 1024.0);
    }
    if compare {
        let mut scored: Vec<&Row> = rows.iter().filter(|r| r.similarity.is_some()).collect();
        let with_text: Vec<&Row> = scored
            .iter()
            .copied()
            .filter(|r| r.theirs_len > 0)
            .collect();
        let mean = |v: &[&Row]| {
            if v.is_empty() {
                0.0
            } else {
                v.iter().filter_map(|r| r.similarity).sum::<f64>() / v.len() as f64
            }
        };
        println!(
            "pdftotext succeeded on {} files; mean similarity {:.4} ({} files where pdftotext has text: mean {:.4})",
            scored.len(),
            mean(&scored),
            with_text.len(),
            mean(&with_text)
        );
        let both_text: Vec<&Row> = with_text
            .iter()
            .copied()
            .filter(|r| matches!(r.status, Status::Ok | Status::PartialText))
            .collect();
        let worst_both = both_text
            .iter()
            .filter_map(|r| r.similarity)
            .fold(1.0f64, f64::min);
        println!(
            "  of these, {} files we report as readable (ok/partial_text): mean {:.4}, worst {:.4}",
            both_text.len(),
            mean(&both_text),
            worst_both
        );
        scored.sort_by(|a, b| {
            a.similarity
                .partial_cmp(&b.similarity)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        println!("worst {worst}:");
        for r in scored.iter().take(worst) {
            println!(
                "  {:.3}  {:<50} ours {} chars, pdftotext {} chars, {:?}",
                r.similarity.unwrap_or(0.0),
                r.name,
                r.ours_len,
                r.theirs_len,
                r.status
            );
        }
    }
    Ok(())
}
