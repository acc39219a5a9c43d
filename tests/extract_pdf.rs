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

/// A truncated Chromium file (final15 X10: the first 45% of an upload) is
/// rebuilt from its objects, but its fonts' ToUnicode maps are gone: its
/// text, however much of it decodes, is never marked readable unless it is
/// the whole file's text.
#[test]
fn truncated_file_missing_its_fonts_is_not_read_as_text() {
    let bytes = std::fs::read(dir().join("chromium-recommendation-letter.pdf")).expect("fixture");
    let whole = extract_document("whole.pdf", &bytes, &ExtractOptions::default());
    assert_eq!(whole.status, Status::Ok);
    let mut flagged = 0;
    for pct in (20..100).step_by(5) {
        let cut = bytes.len() * pct / 100;
        let doc = extract_document("cut.pdf", &bytes[..cut], &ExtractOptions::default());
        if doc.status == Status::Ok {
            assert_eq!(
                doc.pages, whole.pages,
                "cut at {pct}%: ok but not the whole text"
            );
        } else if doc
            .reason
            .as_deref()
            .is_some_and(|r| r.contains("文件不完整"))
        {
            flagged += 1;
        }
    }
    assert!(flagged > 0, "no cut was reported as an incomplete file");
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

/// Text nobody sees on the printed page (tests/fixtures/hidden/make.py: a
/// LibreOffice file with a white paragraph, a reportlab page with invisible,
/// cropped-away and half-point text, Chromium with white and 0.4 px spans)
/// is left out of the page text and recorded with how it was hidden; white
/// text on a shaded cell and an invisible OCR layer over a scan stay.
#[test]
fn hidden_text_is_left_out_and_recorded() {
    use prescreen::extract::HowHidden::*;
    let hidden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hidden");
    let opts = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    let cases: [(&str, &[&str], &[&str], &[_]); 3] = [
        (
            "libreoffice-white-text.pdf",
            &["场地照片说明", "考核场地一览", "张江路"],
            &["承诺书", "廉洁责任书"],
            &[White],
        ),
        (
            "reportlab-hidden.pdf",
            &["考核场地照片", "营业执照"],
            &["廉洁责任书", "信用报告", "承诺书"],
            &[OutsideCropBox, Tiny, Invisible],
        ),
        (
            "chromium-white-tiny.pdf",
            &["培训场地平面图说明", "自有产权"],
            &["推荐函", "审计报告"],
            &[Tiny, White],
        ),
    ];
    for (name, shown, gone, hows) in cases {
        let bytes = std::fs::read(hidden.join(name)).expect("fixture");
        let doc = extract_document(name, &bytes, &opts);
        let text: String = doc.pages.join("\n").split_whitespace().collect();
        for s in shown {
            assert!(text.contains(s), "{name}: {s} lost from {text}");
        }
        for s in gone {
            assert!(!text.contains(s), "{name}: hidden {s} read as page text");
        }
        let found: Vec<_> = doc.hidden.iter().map(|h| h.how).collect();
        assert_eq!(found, hows, "{name}");
        let samples: String = doc.hidden.iter().map(|h| h.sample.as_str()).collect();
        for s in gone {
            assert!(
                samples.contains(s),
                "{name}: {s} not in the samples {samples}"
            );
        }
        assert!(doc.hidden.iter().all(|h| h.page == 1), "{name}");
    }
}

/// A Type 3 font whose glyph space is small (about 130 units at FontMatrix
/// 0.007, as TeX bitmap fonts are written; tests/fixtures/gaps/make.py, by
/// Ghostscript): its em is the FontBBox's height, not 1000 units, so
/// repeated letters are not taken for overprinted duplicates and word gaps
/// are seen.
#[test]
fn type3_fonts_with_a_small_glyph_space_keep_every_letter() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/gaps/type3-small-glyph-space.pdf");
    let bytes = std::fs::read(&path).expect("fixture");
    let doc = extract_document("t3.pdf", &bytes, &ExtractOptions::default());
    assert_eq!(doc.status, Status::Ok, "{:?}", doc.reason);
    let lines: Vec<&str> = doc.pages[0]
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(
        lines,
        [
            "December 2011 Ideology as ritual",
            "p20-40:p15-25.qxd 10/02/2012"
        ]
    );
}

/// Form fields filled by a tool that only sets values
/// (tests/fixtures/forms/make.py: a reportlab AcroForm filled by pikepdf):
/// with `/NeedAppearances true` over stale blank appearances, and with no
/// appearance at all, each value is read next to its label; the blank
/// form shows only its labels.
#[test]
fn filled_form_values_without_appearances_are_read() {
    let forms = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forms");
    let values = [
        "单位名称上海申城职业技能培训有限公司",
        "统一社会信用代码91310115MA1K4FQX3B",
        "申报职业（工种）4-10-01-01保育师",
        "申报等级五级/初级工、四级/中级工",
        "联系人及电话王晓梅021-58881234",
    ];
    for name in ["filled-need-appearances.pdf", "filled-no-appearance.pdf"] {
        let bytes = std::fs::read(forms.join(name)).expect("fixture");
        let doc = extract_document(name, &bytes, &ExtractOptions::default());
        assert_eq!(doc.status, Status::Ok, "{name}: {:?}", doc.reason);
        let lines: Vec<String> = doc.pages[0]
            .lines()
            .map(|l| l.split_whitespace().collect())
            .collect();
        for v in values {
            assert!(
                lines.iter().any(|l| l == v),
                "{name}: no line {v} in {lines:?}"
            );
        }
    }
    let bytes = std::fs::read(forms.join("reportlab-form-blank.pdf")).expect("fixture");
    let doc = extract_document("blank.pdf", &bytes, &ExtractOptions::default());
    assert!(!doc.pages[0].contains("申城"), "{}", doc.pages[0]);
    assert!(doc.pages[0].contains("统一社会信用代码"));
}

/// A file whose only encrypted part is an attachment (tests/fixtures/gaps/
/// make_attachment_encrypted.py: the LibreOffice work plan with an
/// attachments-only encryption dictionary, password unknown) reads its
/// pages, and says the attachment could not be read.
#[test]
fn encrypted_attachments_alone_do_not_lock_the_pages() {
    let expected =
        std::fs::read_to_string(dir().join("libreoffice-work-plan.txt")).expect("expected text");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/gaps/attachment-encrypted.pdf");
    let bytes = std::fs::read(&path).expect("fixture");
    let doc = extract_document("a.pdf", &bytes, &ExtractOptions::default());
    assert_eq!(doc.status, Status::Ok, "{:?}", doc.reason);
    let sim = similarity(&doc.pages.join("\n"), &expected);
    assert!(sim >= 0.99, "similarity {sim:.4}");
    let reason = doc.reason.unwrap_or_default();
    assert!(reason.contains("附件已加密"), "{reason}");
}

/// Damaged cross-reference data on a real LibreOffice file: junk before
/// `%PDF` (every offset off by its length), the `xref` keyword destroyed,
/// and the whole table and trailer cut off. Each is rebuilt by scanning the
/// objects, as poppler and qpdf do, and the text is the file's text.
#[test]
fn damaged_cross_reference_data_is_rebuilt_from_the_objects() {
    let expected =
        std::fs::read_to_string(dir().join("libreoffice-work-plan.txt")).expect("expected text");
    let good = std::fs::read(dir().join("libreoffice-work-plan.pdf")).expect("fixture");
    let table = good
        .windows(5)
        .rposition(|w| w == b"\nxref")
        .expect("a classic xref table");
    let mut junk_first = b"From: scanner@office\r\nContent-Type: application/pdf\r\n\r\n".to_vec();
    junk_first.extend_from_slice(&good);
    let mut keyword_gone = good.clone();
    keyword_gone[table + 2] = b'X';
    let cut = good[..table].to_vec();
    for (name, bytes) in [
        ("junk before %PDF", junk_first),
        ("xref keyword destroyed", keyword_gone),
        ("table and trailer cut off", cut),
    ] {
        let doc = extract_document("x.pdf", &bytes, &ExtractOptions::default());
        assert_eq!(doc.status, Status::Ok, "{name}: {:?}", doc.reason);
        let sim = similarity(&doc.pages.join("\n"), &expected);
        assert!(sim >= 0.99, "{name}: similarity {sim:.4}");
    }
}
