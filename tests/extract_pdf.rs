//! Extract stage, PDFs: every fixture in `tests/fixtures/pdf/manifest.json`
//! (real producers: LibreOffice, Chromium, reportlab, Ghostscript, qpdf,
//! img2pdf, plus two hand-written predefined-CMap files) gets the status its
//! manifest expects, and text fixtures match their expected text at >= 99%
//! character similarity after whitespace is removed.

use std::path::PathBuf;

use prescreen::extract::{DocKind, ExtractOptions, PageFlag, Status, extract_document};
#[path = "support/similarity.rs"]
mod similarity;
use serde::Deserialize;
use similarity::similarity;

#[derive(Deserialize)]
struct Fixture {
    file: String,
    producer: String,
    expect: String,
    expected_text: Option<String>,
    pages: Option<usize>,
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf")
}

fn manifest() -> Vec<Fixture> {
    let raw = std::fs::read_to_string(dir().join("manifest.json")).expect("manifest.json");
    serde_json::from_str(&raw).expect("manifest parses")
}

#[test]
fn every_fixture_gets_its_expected_status_and_text() {
    let fixtures = manifest();
    assert!(
        fixtures.len() >= 15,
        "fixture set shrank: {}",
        fixtures.len()
    );
    let mut failures = Vec::new();
    for f in &fixtures {
        let bytes = std::fs::read(dir().join(&f.file)).expect("fixture readable");
        // The text layer as it is: scans stay `no_text_layer` here (OCR has
        // its own tests, tests/ocr.rs).
        let opts = ExtractOptions {
            ocr: false,
            ..ExtractOptions::default()
        };
        let doc = extract_document(&f.file, &bytes, &opts);
        assert_eq!(doc.kind, DocKind::Pdf, "{}", f.file);
        match f.expect.as_str() {
            "text" => {
                let expected_name = f.expected_text.as_deref().expect("expected_text");
                let expected = std::fs::read_to_string(dir().join(expected_name)).expect("txt");
                let expected_pages: Vec<&str> = expected.split('\x0c').collect();
                if let Some(n) = f.pages {
                    assert_eq!(doc.pages.len(), n, "{}: page count", f.file);
                }
                let ours = doc.pages.join("\n");
                let sim = similarity(&ours, &expected);
                println!("{:<48} {:<36} {sim:.4}", f.file, f.producer);
                if doc.status != Status::Ok || sim < 0.99 {
                    failures.push(format!(
                        "{}: status {:?}, similarity {sim:.4}",
                        f.file, doc.status
                    ));
                }
                // Per page too, so a page cannot hide in a long document.
                for (i, (got, want)) in doc.pages.iter().zip(&expected_pages).enumerate() {
                    let s = similarity(got, want);
                    if s < 0.98 {
                        failures.push(format!("{} page {}: similarity {s:.4}", f.file, i + 1));
                    }
                }
            }
            "no_text_layer" => {
                if doc.status != Status::NoTextLayer
                    || doc
                        .page_quality
                        .iter()
                        .any(|q| q.flag != PageFlag::NoTextLayer)
                {
                    failures.push(format!(
                        "{}: expected no_text_layer, got {:?}",
                        f.file, doc.status
                    ));
                }
            }
            "encrypted" => {
                if doc.status != Status::Encrypted || doc.reason.is_none() {
                    failures.push(format!(
                        "{}: expected encrypted, got {:?}",
                        f.file, doc.status
                    ));
                }
            }
            other => panic!("unknown expectation {other} for {}", f.file),
        }
    }
    assert!(
        failures.is_empty(),
        "fixtures failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn sha256_and_path_are_recorded() {
    let name = "reportlab-cid-stsong-pledges.pdf";
    let bytes = std::fs::read(dir().join(name)).expect("fixture");
    let doc = extract_document("材料/承诺书.pdf", &bytes, &ExtractOptions::default());
    assert_eq!(doc.path, "材料/承诺书.pdf");
    assert_eq!(doc.sha256, prescreen::extract::sha256_hex(&bytes));
    assert_eq!(doc.size, bytes.len() as u64);
}

#[test]
fn truncated_pdf_is_recovered_or_reported() {
    let bytes = std::fs::read(dir().join("libreoffice-work-plan.pdf")).expect("fixture");
    for cut in [bytes.len() / 2, bytes.len() * 9 / 10, 100] {
        let doc = extract_document("cut.pdf", &bytes[..cut], &ExtractOptions::default());
        assert!(
            matches!(
                doc.status,
                Status::Ok | Status::PartialText | Status::Corrupt | Status::NoTextLayer
            ),
            "cut at {cut}: {:?}",
            doc.status
        );
        if doc.status != Status::Ok {
            assert!(
                doc.reason.is_some(),
                "cut at {cut}: a non-ok status needs a reason"
            );
        }
    }
}

/// Streams written the unusual ways real files write them
/// (tests/fixtures/gaps/make.py derives each from the LibreOffice work plan):
/// an indirect `/Filter` and an empty `/Filter []` are still decoded, and an
/// operator inside a TJ array loses no text.
#[test]
fn odd_filters_and_operators_inside_tj_lose_no_text() {
    let expected =
        std::fs::read_to_string(dir().join("libreoffice-work-plan.txt")).expect("expected text");
    let gaps = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gaps");
    for name in [
        "filter-indirect.pdf",
        "filter-empty-array.pdf",
        "operator-in-tj.pdf",
    ] {
        let bytes = std::fs::read(gaps.join(name)).expect("fixture");
        let doc = extract_document(name, &bytes, &ExtractOptions::default());
        let sim = similarity(&doc.pages.join("\n"), &expected);
        assert_eq!(doc.status, Status::Ok, "{name}: {:?}", doc.reason);
        assert!(sim >= 0.99, "{name}: similarity {sim:.4}");
    }
}

/// A file that is not a PDF at all gets a reason in Chinese; the parser's
/// own (English) words are kept apart, in `detail`.
#[test]
fn unparseable_files_are_explained_in_chinese() {
    for (bytes, want) in [
        (&b""[..], "文件为空"),
        (&b"hello, not a pdf"[..], "没有 %PDF 文件头"),
    ] {
        let doc = extract_document("x.pdf", bytes, &ExtractOptions::default());
        assert_eq!(doc.status, Status::Corrupt);
        let reason = doc.reason.unwrap_or_default();
        assert!(reason.contains(want), "{reason}");
        assert!(!reason.chars().any(|c| c.is_ascii_lowercase()), "{reason}");
        assert!(doc.detail.is_some());
    }
}

/// A PDF named .docx is read as the PDF it is, with a note for staff; a PDF
/// named .pdf gets none.
#[test]
fn a_pdf_named_docx_is_read_by_content_with_a_note() {
    let bytes = std::fs::read(dir().join("libreoffice-work-plan.pdf")).expect("fixture");
    let doc = extract_document("工作方案.docx", &bytes, &ExtractOptions::default());
    assert_eq!(doc.kind, DocKind::Pdf);
    assert_eq!(doc.status, Status::Ok);
    let note = doc.note.expect("a note");
    assert!(note.contains(".docx") && note.contains("PDF"), "{note}");
    let doc = extract_document("工作方案.pdf", &bytes, &ExtractOptions::default());
    assert_eq!(doc.note, None);
}
