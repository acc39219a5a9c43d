//! The `prescreen extract` command end to end: packages in, JSON Lines out.
//! Bad input (a non-zip named .zip, traversal paths, a bomb, an encrypted
//! entry) yields a reasoned status or problem, the batch goes on, the exit
//! code is 0, and the inputs are left unmodified.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run_json(args: &[&Path]) -> (Vec<Value>, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_prescreen"))
        .arg("extract")
        .arg("--json")
        .args(args)
        .output()
        .expect("runs");
    let lines = String::from_utf8(out.stdout)
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    (lines, out.status.code().unwrap_or(-1))
}

fn hash_tree(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&d)
            .expect("dir")
            .filter_map(|e| e.ok())
            .collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).expect("file");
                out.push((p, prescreen::extract::sha256_hex(&bytes)));
            }
        }
    }
    out
}

#[test]
fn a_batch_of_good_and_bad_packages_goes_through() {
    let zips = root().join("tests/fixtures/zip");
    let before = hash_tree(&zips);
    let packages: Vec<PathBuf> = [
        "not-a-zip.zip",
        "traversal.zip",
        "bomb-ratio.zip",
        "encrypted.zip",
        "gbk-names.zip",
    ]
    .iter()
    .map(|n| zips.join(n))
    .collect();
    let refs: Vec<&Path> = packages.iter().map(PathBuf::as_path).collect();
    let (lines, code) = run_json(&refs);
    assert_eq!(code, 0, "a report was produced, so exit 0");

    let for_package = |name: &str| -> Vec<&Value> {
        lines
            .iter()
            .filter(|l| l["package"].as_str().is_some_and(|p| p.ends_with(name)))
            .collect()
    };
    // Not a zip: a package-level problem, with a Chinese reason.
    let bad = for_package("not-a-zip.zip");
    assert!(
        bad.iter().any(|l| l["problem"]["kind"] == "not_a_zip"),
        "{bad:?}"
    );
    // Traversal names are listed and refused, never followed.
    let trav = for_package("traversal.zip");
    let refused: Vec<&str> = trav
        .iter()
        .filter(|l| l["status"] == "refused")
        .filter_map(|l| l["path"].as_str())
        .collect();
    assert!(refused.len() >= 4, "traversal entries refused: {refused:?}");
    assert!(
        trav.iter()
            .all(|l| l.get("reason").is_some() || l["status"] == "ok")
    );
    // The bomb is refused by the ratio limit.
    let bomb = for_package("bomb-ratio.zip");
    assert!(bomb.iter().any(|l| l["status"] == "refused"), "{bomb:?}");
    // The encrypted entry is refused, the plain one beside it is read.
    let enc = for_package("encrypted.zip");
    assert!(enc.iter().any(|l| l["status"] == "refused"));
    // GBK names come out decoded.
    let gbk = for_package("gbk-names.zip");
    assert!(gbk.iter().any(|l| l["path"] == "营业执照.pdf"), "{gbk:?}");
    assert!(gbk.iter().any(|l| l["path"] == "目录.pdf"), "{gbk:?}");
    // Inputs untouched.
    assert_eq!(before, hash_tree(&zips));
}

#[test]
fn json_lines_carry_the_documented_fields() {
    let pdf = root().join("tests/fixtures/pdf/chromium-recommendation-letter.pdf");
    let (lines, code) = run_json(&[&pdf]);
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 1);
    let doc = &lines[0];
    for key in [
        "package",
        "path",
        "kind",
        "status",
        "sha256",
        "size",
        "pages",
        "page_quality",
    ] {
        assert!(doc.get(key).is_some(), "missing {key}: {doc}");
    }
    assert_eq!(doc["kind"], "pdf");
    assert_eq!(doc["status"], "ok");
    let text = doc["pages"][0].as_str().expect("page text");
    assert!(text.contains("人力资源和社会保障局"), "{text}");
}

#[test]
fn plain_output_separates_pages_with_form_feeds() {
    let pdf = root().join("tests/fixtures/pdf/libreoffice-implementation-plan.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_prescreen"))
        .args(["extract"])
        .arg(&pdf)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(
        text.matches('\x0c').count(),
        7,
        "7 pages, one form feed after each"
    );
}

#[test]
fn a_missing_path_is_reported_not_fatal_for_the_batch() {
    let missing = root().join("tests/fixtures/does-not-exist.zip");
    let good = root().join("tests/fixtures/pdf/reportlab-cid-stsong-pledges.pdf");
    let (lines, code) = run_json(&[&missing, &good]);
    assert_eq!(code, 0);
    assert!(lines.iter().any(|l| l.get("problem").is_some()));
    assert!(lines.iter().any(|l| l["status"] == "ok"));
}
