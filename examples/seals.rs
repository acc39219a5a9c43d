//! Seals found in packages, per document and page, by source — a survey for
//! tuning seal detection against blind corpora whose keys say which
//! materials are stamped.
//!
//! ```text
//! cargo run --release --example seals -- tests/blind/final5/packages/*.zip
//! ```
//!
//! Prints one line per document: package, path, pages, and each seal as
//! `p<page>:<source>`. OCR is off (seals do not depend on it).

use std::path::Path;

use prescreen::extract::{ExtractOptions, extract_package};
use prescreen::unpack::{Limits, unpack};
use rayon::prelude::*;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let opts = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    let lines: Vec<String> = paths
        .par_iter()
        .flat_map(|p| {
            let package = unpack(Path::new(p), &Limits::default());
            let name = Path::new(p)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            extract_package(&package, &opts)
                .into_iter()
                .map(|d| {
                    let seals: Vec<String> = d
                        .seals
                        .iter()
                        .map(|s| format!("p{}:{:?}[{}]", s.page, s.source, s.over))
                        .collect();
                    format!("{name}\t{}\t{}\t{}", d.path, d.pages.len(), seals.join(" "))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    for l in lines {
        println!("{l}");
    }
}
