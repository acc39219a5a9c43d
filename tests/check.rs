//! `prescreen check` end to end on the bundled samples (made by
//! scripts/samples/make_samples.py with LibreOffice, reportlab and img2pdf):
//! the verdict each sample's README promises, reports that conform to
//! schemas/report.schema.json, and findings that cite file, page and text.

use std::path::PathBuf;
use std::process::Command;

use prescreen::evaluate::{FindingStatus, Verdict};
use prescreen::extract::ExtractOptions;
use prescreen::pipeline::check_package;
use prescreen::report::Report;
use prescreen::rules;
use prescreen::unpack::Limits;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn expected() -> Vec<(String, String)> {
    let raw = std::fs::read_to_string(root().join("samples/expected.json")).expect("expected.json");
    let v: Value = serde_json::from_str(&raw).expect("json");
    let mut out: Vec<(String, String)> = v
        .as_object()
        .expect("object")
        .iter()
        .map(|(k, e)| {
            // A sample whose scan OCR reads has another verdict where
            // Tesseract is not installed.
            let key = if prescreen::extract::ocr::available("chi_sim").is_err()
                && e.get("verdict_without_ocr").is_some()
            {
                "verdict_without_ocr"
            } else {
                "verdict"
            };
            (k.clone(), e[key].as_str().unwrap_or("").to_string())
        })
        .collect();
    out.sort();
    out
}

fn check(name: &str) -> Report {
    let set = rules::embedded().expect("rules");
    check_package(
        &root().join("samples").join(name),
        &set,
        &Limits::default(),
        &ExtractOptions::default(),
    )
}

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "pass",
        Verdict::Fail => "fail",
        Verdict::Review => "review",
    }
}

#[test]
fn samples_get_the_verdicts_their_readme_promises() {
    let mut wrong = Vec::new();
    for (name, want) in expected() {
        let got = verdict_name(check(&name).verdict);
        if got != want {
            wrong.push(format!("{name}: want {want}, got {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn one_sample_set_for_a_level_fails_that_level_only() {
    // 医疗护理员 四级 has only 样题一, in the same PDF as both sets of 五级.
    let report = check("04-上海某和护理服务有限公司.zip");
    assert_eq!(report.verdict, Verdict::Fail);
    let c02: Vec<_> = report.findings.iter().filter(|f| f.rule == "C02").collect();
    let failed: Vec<_> = c02
        .iter()
        .filter(|f| f.status == FindingStatus::Fail)
        .collect();
    assert_eq!(failed.len(), 1, "{c02:#?}");
    let item = failed[0].item.as_deref().unwrap_or("");
    assert!(
        item.contains("医疗护理员") && item.contains("四级"),
        "{item}"
    );
    assert!(
        failed[0]
            .candidates
            .iter()
            .any(|c| c.reason.contains("样题一")),
        "{:?}",
        failed[0].candidates
    );
    assert!(c02.iter().any(|f| f.status == FindingStatus::Pass
        && f.item.as_deref().is_some_and(|i| i.contains("五级"))));
}

#[test]
fn a_missing_item_names_what_was_found_instead() {
    let report = check("03-上海某安家政服务有限公司.zip");
    let missing = report
        .findings
        .iter()
        .find(|f| f.rule == "M05" && f.item.as_deref() == Some("2022"))
        .expect("M05 for 2022");
    assert_eq!(missing.status, FindingStatus::Fail);
    assert!(missing.message.contains("2022"));
    // The 2023 report is the nearest candidate, with why it does not count.
    assert!(
        missing.candidates.iter().any(|c| c.reason.contains("2023")),
        "{:?}",
        missing.candidates
    );
}

#[test]
fn passing_findings_cite_file_page_and_text() {
    let report = check("01-上海某某职业技能培训有限公司.zip");
    assert_eq!(report.verdict, Verdict::Pass);
    let code = report
        .facts
        .iter()
        .find(|f| f.field == "credit_code")
        .expect("a fact");
    assert_eq!(code.value.as_deref(), Some("91310115MA1FL0A00C"));
    let district = report
        .findings
        .iter()
        .find(|f| f.rule == "M03")
        .expect("M03");
    let e = district.evidence.first().expect("evidence");
    assert!(e.path.contains("推荐函"), "{e:?}");
    assert_eq!(e.page, Some(1));
    // The snippet is the strongest evidence of the kind: the letter's title.
    assert!(
        e.snippet.contains("【") && e.snippet.contains("推荐"),
        "{e:?}"
    );
    // The pledge is found inside the work plan, on its own page.
    let pledge = report
        .findings
        .iter()
        .find(|f| f.rule == "M08")
        .expect("M08");
    assert!(
        pledge
            .evidence
            .iter()
            .any(|e| e.path.contains("工作方案") && e.page > Some(1)),
        "{pledge:?}"
    );
}

#[test]
fn json_reports_conform_to_the_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/report.schema.json")).expect("schema"),
    )
    .expect("schema json");
    let validator = jsonschema::draft202012::new(&schema).expect("valid schema");
    let out = Command::new(env!("CARGO_BIN_EXE_prescreen"))
        .args(["check", "--format", "json", "--each"])
        .arg(root().join("samples"))
        .output()
        .expect("runs");
    assert!(out.status.success(), "exit 0 whenever reports are produced");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let reports: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(reports.len(), expected().len());
    for r in &reports {
        let errors: Vec<String> = validator.iter_errors(r).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", r["package"]);
    }
}

#[test]
fn rules_check_reports_a_broken_rule_file_and_exits_non_zero() {
    let dir = std::env::temp_dir().join(format!("prescreen-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    for (name, text) in rules::embedded_texts() {
        let file = dir.join(name.strip_prefix("rules/").unwrap_or(&name));
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        let text = if name.ends_with("materials.yaml") {
            text.replacen(
                "require: { kind: work_plan }",
                "require: { kind: work_plna }",
                1,
            )
        } else {
            text
        };
        std::fs::write(file, text).expect("write");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_prescreen"))
        .args(["rules", "check"])
        .arg(&dir)
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("materials.yaml:") && err.contains("规则 M07") && err.contains("work_plna"),
        "{err}"
    );
}

#[test]
fn a_level_outside_the_catalogue_fails_with_the_allowed_levels() {
    let report = check("08-上海某盛健康管理有限公司.zip");
    assert_eq!(report.verdict, Verdict::Fail);
    let c01 = report
        .findings
        .iter()
        .find(|f| f.rule == "C01")
        .expect("C01");
    assert_eq!(c01.status, FindingStatus::Fail);
    assert!(
        c01.evidence
            .iter()
            .any(|e| e.snippet.contains("4-14-04-04")),
        "{c01:?}"
    );
    assert!(
        c01.candidates
            .iter()
            .any(|c| c.reason.contains("申报 五级/初级工")
                && c.reason
                    .contains("允许 四级/中级工、三级/高级工、二级/技师")),
        "{c01:?}"
    );
}

/// A package of 60 compression bombs (each refused) gives a short report:
/// one finding for all of them with the count, the first refused entries
/// listed and the rest counted, at most ten files named as possibly being
/// a missing material — and the report still conforms to the schema.
#[test]
fn a_package_of_many_bombs_gives_a_short_report() {
    use std::io::Write;
    let path = std::env::temp_dir().join(format!("prescreen-bombs-{}.zip", std::process::id()));
    {
        let file = std::fs::File::create(&path).expect("tmp");
        let mut z = zip::ZipWriter::new(file);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let zeros = vec![0u8; 2 << 20];
        for i in 0..60 {
            z.start_file(format!("材料/{i:02}.pdf"), opts)
                .expect("start");
            z.write_all(&zeros).expect("write");
        }
        z.finish().expect("finish");
    }
    let set = rules::embedded().expect("rules");
    let report = check_package(&path, &set, &Limits::default(), &ExtractOptions::default());
    let _ = std::fs::remove_file(&path);
    assert_eq!(report.verdict, Verdict::Review);
    assert_eq!(report.documents.len(), prescreen::report::REFUSED_LISTED);
    assert_eq!(
        report.documents_omitted,
        60 - prescreen::report::REFUSED_LISTED
    );
    let docs: Vec<_> = report.findings.iter().filter(|f| f.rule == "DOC").collect();
    assert_eq!(docs.len(), 1, "{docs:#?}");
    assert!(
        docs[0].message.contains("共 60 个文件"),
        "{}",
        docs[0].message
    );
    assert!(report.findings.iter().all(|f| f.candidates.len() <= 11));
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/report.schema.json")).expect("schema"),
    )
    .expect("schema json");
    let validator = jsonschema::draft202012::new(&schema).expect("valid schema");
    let json = serde_json::to_value(&report).expect("json");
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// A complete package with an extra PDF whose white paragraph claims
/// 承诺书 and 廉洁责任书: the verdict is the package's own, and a warning
/// names the file, the page and the hidden words.
/// Sample 01 (complete) with the entries whose names start with `drop`
/// left out and `add` (name, fixture path) added, checked with the embedded
/// rules.
fn check_sample_01_with(drop: Option<&str>, add: (&str, &str)) -> Report {
    use std::io::Write;
    let src = root().join("samples/01-上海某某职业技能培训有限公司.zip");
    let path = std::env::temp_dir().join(format!(
        "prescreen-01-{}-{}.zip",
        std::process::id(),
        add.0.len() + add.1.len()
    ));
    {
        let mut zin =
            zip::ZipArchive::new(std::fs::File::open(&src).expect("sample")).expect("zip");
        let mut z = zip::ZipWriter::new(std::fs::File::create(&path).expect("tmp"));
        let opts = zip::write::SimpleFileOptions::default();
        for i in 0..zin.len() {
            let e = zin.by_index_raw(i).expect("entry");
            // Entry names are GBK (the UTF-8 flag clear): compare decoded.
            let (name, _, _) = encoding_rs::GBK.decode(e.name_raw());
            if drop.is_some_and(|d| name.starts_with(d)) {
                continue;
            }
            z.raw_copy_file(e).expect("copy");
        }
        let extra = std::fs::read(root().join(add.1)).expect("fixture");
        z.start_file(add.0, opts).expect("start");
        z.write_all(&extra).expect("write");
        z.finish().expect("finish");
    }
    let set = rules::embedded().expect("rules");
    let report = check_package(&path, &set, &Limits::default(), &ExtractOptions::default());
    let _ = std::fs::remove_file(&path);
    report
}

#[test]
fn hidden_text_is_reported_and_does_not_change_the_verdict() {
    let report = check_sample_01_with(
        None,
        (
            "07-场地照片说明.pdf",
            "tests/fixtures/hidden/libreoffice-white-text.pdf",
        ),
    );
    assert_eq!(report.verdict, Verdict::Pass, "{:#?}", report.findings);
    let hidden: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.title == "文件含隐藏文字")
        .collect();
    assert_eq!(hidden.len(), 1, "{:#?}", report.findings);
    let e = &hidden[0].evidence[0];
    assert_eq!(e.path, "07-场地照片说明.pdf");
    assert_eq!(e.page, Some(1));
    assert!(e.snippet.contains("承诺书"), "{}", e.snippet);
    assert!(
        hidden[0].message.contains("白色文字"),
        "{}",
        hidden[0].message
    );
}

/// A licence copy carries its registration authority's seal over the
/// authority's name; only another seal is the applicant's stamp on the copy
/// (fixtures: tests/fixtures/seals/make.py, Chromium and reportlab).
#[test]
fn the_registration_authoritys_seal_is_not_the_applicants_stamp() {
    let m14 = |r: &Report| {
        r.findings
            .iter()
            .find(|f| f.rule == "M14" && f.item.as_deref() == Some("营业执照"))
            .cloned()
            .expect("M14 营业执照")
    };
    let unstamped = check_sample_01_with(
        Some("05-"),
        (
            "05-营业执照（副本）.pdf",
            "tests/fixtures/seals/chromium-licence-authority-seal-only.pdf",
        ),
    );
    assert_eq!(
        unstamped.verdict,
        Verdict::Review,
        "{:#?}",
        unstamped.findings
    );
    let f = m14(&unstamped);
    assert_eq!(f.status, FindingStatus::Review);
    assert!(
        f.candidates
            .iter()
            .any(|c| c.reason.contains("只有签发机关的印章") && c.reason.contains("市场监督")),
        "{:#?}",
        f.candidates
    );
    for fixture in [
        "tests/fixtures/seals/chromium-licence-copy-stamped.pdf",
        "tests/fixtures/seals/reportlab-licence-stamp-over-authority.pdf",
    ] {
        let stamped = check_sample_01_with(Some("05-"), ("05-营业执照（副本）.pdf", fixture));
        assert_eq!(
            stamped.verdict,
            Verdict::Pass,
            "{fixture}: {:#?}",
            stamped.findings
        );
        assert_eq!(m14(&stamped).status, FindingStatus::Pass, "{fixture}");
    }
}
