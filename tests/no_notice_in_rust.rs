//! Architecture invariant: nothing specific to a notice is in Rust. The
//! vocabulary of notice 447 (its materials, authorities, region and number)
//! must not appear in the engine's code or string literals; comments, test
//! modules and the CLI's one-line description (`about = …`) may name it.
//! Validators of national standards (`src/validate/`: the credit code, dates)
//! are generic and not scanned.

use std::path::{Path, PathBuf};

const NOTICE_WORDS: &[&str] = &[
    "申请表",
    "推荐函",
    "信用报告",
    "审计报告",
    "营业执照",
    "登记证书",
    "承诺书",
    "廉洁",
    "样题",
    "工作方案",
    "实施方案",
    "评价方案",
    "人社",
    "人力资源和社会保障局",
    "上海",
    "沪人社",
    "447",
    "工种",
    "社会培训评价组织",
    "征集遴选",
    "初级工",
    "高级技师",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src readable").flatten() {
        let p = entry.path();
        if p.is_dir() {
            if !p.ends_with("validate") {
                rust_files(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without comments and without `#[cfg(test)]` modules.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut in_tests = false;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            in_tests = true;
        }
        if in_tests || t.starts_with("//") || t.contains("about =") {
            continue;
        }
        let code = match line.find("//") {
            // A `//` inside a string literal (a URL) is not a comment; keep it.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        };
        out.push((i + 1, code));
    }
    out
}

#[test]
fn the_engine_names_no_material_authority_or_notice() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "found {} files", files.len());
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable");
        for (n, line) in code_lines(&text) {
            for w in NOTICE_WORDS {
                if line.contains(w) {
                    found.push(format!("{}:{n}: {w} in {}", f.display(), line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "notice vocabulary in Rust:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_would_see_a_notice_word() {
    // The check itself works: a literal is seen, a comment is not.
    let lines = code_lines("let k = \"推荐函\"; // 审计报告\n// 营业执照\n");
    assert_eq!(lines.len(), 1);
    assert!(lines[0].1.contains("推荐函") && !lines[0].1.contains("审计报告"));
}
