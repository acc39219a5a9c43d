//! Criterion benchmarks of the extract stage on the real-producer fixtures:
//! per producer, the time to extract one document (all pages), and the whole
//! text-fixture set. Whole-process comparisons with pdftotext live in
//! `scripts/bench-vs-pdftotext.sh`.
//!
//! cargo bench --bench extract

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use prescreen::extract::{ExtractOptions, extract_document};

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf");
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("manifest.json")).expect("manifest"),
    )
    .expect("manifest json");
    manifest
        .as_array()
        .expect("array")
        .iter()
        .filter(|f| f["expect"] == "text")
        .filter_map(|f| {
            let name = f["file"].as_str()?.to_string();
            let bytes = std::fs::read(dir.join(&name)).ok()?;
            Some((name, bytes))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let opts = ExtractOptions::default();
    let set = fixtures();
    let mut group = c.benchmark_group("extract_document");
    for (name, bytes) in &set {
        let pages = extract_document(name, bytes, &opts).pages.len() as u64;
        group.throughput(Throughput::Elements(pages));
        group.bench_function(name.trim_end_matches(".pdf"), |b| {
            b.iter(|| extract_document(name, bytes, &opts))
        });
    }
    group.finish();

    let total_pages: u64 = set
        .iter()
        .map(|(n, b)| extract_document(n, b, &opts).pages.len() as u64)
        .sum();
    let mut all = c.benchmark_group("fixture_set");
    all.throughput(Throughput::Elements(total_pages));
    all.bench_function("all_text_fixtures", |b| {
        b.iter(|| {
            set.iter()
                .map(|(n, bytes)| extract_document(n, bytes, &opts).pages.len())
                .sum::<usize>()
        })
    });
    all.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
