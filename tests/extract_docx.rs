//! Fixture tests for `extract::docx` and `extract::plain`.
//!
//! The fixtures in tests/fixtures/docx/ are made by real producers
//! (python-docx, LibreOffice) with `make.py` in that folder; each one has its
//! expected text (`NAME.txt`, pages separated by `\f`) or the expected start of
//! its error message (`NAME.error.txt`), both written from the generator's
//! source strings.

use std::path::PathBuf;

use prescreen::extract::docx::{DocxError, docx_pages, is_doc_legacy};
use prescreen::extract::plain::decode_text;

const LIMIT: u64 = 16 << 20;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/docx")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn fixture_text(name: &str) -> String {
    String::from_utf8(fixture(name)).expect("expected-text files are UTF-8")
}

fn expected_pages(stem: &str) -> Vec<String> {
    fixture_text(&format!("{stem}.txt"))
        .split('\u{c}')
        .map(str::to_owned)
        .collect()
}

fn assert_docx_matches(stem: &str) {
    let pages = docx_pages(&fixture(&format!("{stem}.docx")), LIMIT)
        .unwrap_or_else(|e| panic!("{stem}.docx: {e}"));
    assert_eq!(pages, expected_pages(stem), "{stem}.docx");
}

fn assert_error_message(file: &str, stem: &str) -> DocxError {
    let err = docx_pages(&fixture(file), LIMIT).expect_err(file);
    let expected = fixture_text(&format!("{stem}.error.txt"));
    assert!(
        err.to_string().starts_with(&expected),
        "{file}: got {err:?} / {err}, expected a message starting with {expected:?}"
    );
    err
}

#[test]
fn python_docx_paragraphs_table_breaks_and_sections() {
    assert_docx_matches("pydocx_basic");
}

#[test]
fn python_docx_header_and_footer_are_not_page_text() {
    let pages = docx_pages(&fixture("pydocx_basic.docx"), LIMIT).expect("extracts");
    let all = pages.concat();
    assert!(!all.contains("页眉"), "{all}");
    assert!(!all.contains("页脚"), "{all}");
}

#[test]
fn libreoffice_text_box_once_and_table_rows() {
    assert_docx_matches("lo_textbox_table");
    let pages = docx_pages(&fixture("lo_textbox_table.docx"), LIMIT).expect("extracts");
    // The text box is in both mc:Choice and mc:Fallback; it must appear once.
    assert_eq!(pages.concat().matches("文本框中的说明文字").count(), 1);
}

#[test]
fn libreoffice_field_result_footnote_and_nested_table() {
    assert_docx_matches("lo_fields_footnote");
    let text = docx_pages(&fixture("lo_fields_footnote.docx"), LIMIT)
        .expect("extracts")
        .concat();
    assert!(!text.contains("PAGE"), "field code leaked: {text}");
    assert!(!text.contains("脚注内容"), "footnote leaked: {text}");
}

#[test]
fn libreoffice_tracked_changes_keep_insertions_drop_deletions() {
    assert_docx_matches("lo_tracked_changes");
    let text = docx_pages(&fixture("lo_tracked_changes.docx"), LIMIT)
        .expect("extracts")
        .concat();
    assert!(!text.contains("已删除的文字"), "{text}");
}

#[test]
fn legacy_doc_is_detected_and_refused() {
    let bytes = fixture("legacy.doc");
    assert!(is_doc_legacy(&bytes));
    let err = assert_error_message("legacy.doc", "legacy");
    assert_eq!(err, DocxError::LegacyDoc);
    assert!(!is_doc_legacy(&fixture("pydocx_basic.docx")));
}

#[test]
fn truncated_docx_is_corrupt() {
    let err = assert_error_message("truncated.docx", "truncated");
    assert!(matches!(err, DocxError::Corrupt { .. }), "{err:?}");
}

#[test]
fn zip_without_document_xml() {
    let err = assert_error_message("no_document_xml.docx", "no_document_xml");
    assert_eq!(err, DocxError::MissingDocumentXml);
}

#[test]
fn not_a_zip() {
    let err = assert_error_message("not_a_zip.docx", "not_a_zip");
    assert_eq!(err, DocxError::NotAZip);
}

#[test]
fn document_larger_than_limit_is_refused() {
    let bytes = fixture("pydocx_basic.docx");
    assert_eq!(
        docx_pages(&bytes, 100),
        Err(DocxError::TooLarge { limit: 100 })
    );
}

#[test]
fn every_truncation_of_a_real_docx_errors_without_panicking() {
    let bytes = fixture("lo_tracked_changes.docx");
    for len in (0..bytes.len()).step_by(97) {
        assert!(
            docx_pages(&bytes[..len], LIMIT).is_err(),
            "prefix of {len} bytes"
        );
    }
}

fn assert_plain(stem: &str, encoding: &str) {
    let (text, enc) = decode_text(&fixture(&format!("{stem}.dat")));
    assert_eq!(enc, encoding, "{stem}");
    assert_eq!(text, fixture_text(&format!("{stem}.txt")), "{stem}");
}

#[test]
fn plain_gb18030() {
    assert_plain("plain_gb18030", "gb18030");
}

#[test]
fn plain_utf8_with_bom() {
    assert_plain("plain_utf8_bom", "UTF-8");
}

#[test]
fn plain_utf16le_with_bom() {
    assert_plain("plain_utf16le_bom", "UTF-16LE");
}
