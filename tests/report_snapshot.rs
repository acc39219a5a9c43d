//! Snapshots of the Chinese terminal report (no colours) for samples with a
//! missing material, a level outside the catalogue and an unreadable scan.
//! Review changes with `cargo insta review` (or INSTA_UPDATE=always).

use std::path::Path;

use prescreen::extract::ExtractOptions;
use prescreen::pipeline::check_package;
use prescreen::report::render_text;
use prescreen::rules;
use prescreen::unpack::Limits;

fn text(name: &str) -> String {
    // Relative to the package root (cargo's working directory for tests), so
    // the snapshot does not depend on where the checkout lives.
    let path = Path::new("samples").join(name);
    let set = rules::embedded().expect("rules");
    // OCR off: the same report on every machine, with or without Tesseract
    // (the scanned letter stays unread here; tests/ocr.rs and the rule cases
    // cover what OCR reads).
    let opts = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    let report = check_package(&path, &set, &Limits::default(), &opts);
    render_text(&report, false)
}

#[test]
fn missing_district_letter() {
    insta::assert_snapshot!(text("02-上海某康职业技能培训有限公司.zip"));
}

#[test]
fn level_outside_the_catalogue() {
    insta::assert_snapshot!(text("08-上海某盛健康管理有限公司.zip"));
}

#[test]
fn scanned_district_letter() {
    insta::assert_snapshot!(text("06-上海某诚职业技能培训有限公司.zip"));
}
