//! Embeds every rule file under `rules/` (except its `tests/` folder) in the
//! binary, so a new rule or data file needs no Rust edit; and fingerprints
//! the extract and classify stages' source for the caches' keys.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "tests") && dir == root {
                continue;
            }
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

/// FNV-1a over the source files under `dirs` (folders or files): a cache
/// keyed by it is invalidated by any change to that code.
fn source_fingerprint(manifest: &Path, dirs: &[&str]) -> String {
    let mut files = Vec::new();
    for d in dirs {
        let p = manifest.join(d);
        if p.is_dir() {
            collect_rs(&p, &mut files);
        } else {
            files.push(p);
        }
    }
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let bytes = std::fs::read(f).unwrap_or_default();
        for b in f
            .strip_prefix(manifest)
            .unwrap_or(f)
            .to_string_lossy()
            .bytes()
            .chain(bytes)
        {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    // The extraction cache is keyed by the extract stage's source; the
    // classification cache by everything classification runs.
    println!(
        "cargo:rustc-env=PRESCREEN_EXTRACTOR={}",
        source_fingerprint(&manifest, &["src/extract"])
    );
    println!(
        "cargo:rustc-env=PRESCREEN_CLASSIFIER={}",
        source_fingerprint(
            &manifest,
            &[
                "src/classify",
                "src/validate",
                "src/rules",
                "src/normalize.rs",
                "src/extract/mod.rs",
            ]
        )
    );
    let root = manifest.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut code = String::from(
        "/// Every rule file under `rules/`, as (name, text).\npub const EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&manifest).expect("under the manifest dir");
        let name = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("embedded_rules.rs");
    std::fs::write(out, code).expect("write embedded_rules.rs");
}
