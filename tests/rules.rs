//! Rule files: the embedded 447 set compiles; broken rule files give
//! diagnostics that name the file, line, column and rule, all of them at once;
//! a policy change is a rule edit only (no Rust change) and changes verdicts.

use std::path::PathBuf;

use prescreen::evaluate::{FindingStatus, Verdict};
use prescreen::extract::ExtractOptions;
use prescreen::pipeline::check_package;
use prescreen::rules::{self, Param, RuleBody};
use prescreen::unpack::Limits;
use prescreen::validate::date::Date;

fn sample(prefix: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    std::fs::read_dir(&dir)
        .expect("samples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .expect("sample exists")
}

fn edited(file: &str, from: &str, to: &str) -> Vec<(String, String)> {
    let mut texts = rules::embedded_texts();
    let (_, text) = texts
        .iter_mut()
        .find(|(n, _)| n.ends_with(file))
        .expect("rule file");
    assert!(text.contains(from), "{file} lacks {from:?}");
    *text = text.replacen(from, to, 1);
    texts
}

#[test]
fn the_embedded_set_compiles_and_every_rule_cites_a_clause() {
    let set = rules::embedded().expect("embedded set compiles");
    assert_eq!(set.id, "hrss-447");
    assert_eq!(
        set.param("reference_date"),
        Some(&Param::Date(Date::new(2025, 1, 26).expect("date")))
    );
    assert_eq!(set.param("audit_years"), Some(&Param::Number(2.0)));
    assert!(set.rules.len() >= 17);
    for r in &set.rules {
        assert!(!r.clause.is_empty() && !r.message.is_empty(), "{}", r.id);
    }
    // The material list of 四（一） is all there.
    for kind in [
        "application_form",
        "industry_letter",
        "district_letter",
        "credit_report",
        "audit_report",
        "business_licence",
        "registration_certificate",
        "work_plan",
        "pledge",
        "integrity_letter",
        "implementation_plan",
    ] {
        let k = set.kind(kind).expect(kind);
        assert!(
            set.rules
                .iter()
                .any(|r| matches!(&r.body, RuleBody::Require { kinds, .. } if kinds.contains(&k))),
            "{kind}"
        );
    }
}

/// The embedded set with two compile errors: an unknown kind in rule M04 and
/// an invalid regex in kind application_form.
fn two_compile_errors() -> Vec<(String, String)> {
    let mut texts = edited(
        "materials.yaml",
        "require: { kind: credit_report }",
        "require: { kind: credit_reprot }",
    );
    let kinds = texts
        .iter_mut()
        .find(|(n, _)| n.ends_with("kinds.yaml"))
        .expect("kinds");
    kinds.1 = kinds
        .1
        .replacen("征集遴选(申请|申报)(表|书)", "征集遴选(申请|申报)(表|书", 1);
    texts
}

#[test]
fn a_schema_error_is_reported_with_file_line_and_rule() {
    let mut texts = two_compile_errors();
    let elig = texts
        .iter_mut()
        .find(|(n, _)| n.ends_with("eligibility.yaml"))
        .expect("elig");
    elig.1 = elig.1.replacen("severity: error", "severity: fatal", 1);
    let diags = rules::load_texts(texts).expect_err("schema error");
    // A schema error stops compilation (references cannot be trusted), so only
    // it is reported here, pointing at eligibility.yaml and rule E01.
    let all: String = diags.iter().map(|d| d.render()).collect();
    assert!(all.contains("eligibility.yaml:"), "{all}");
    assert!(all.contains("规则 E01"), "{all}");
    assert!(all.contains("/rules/0/severity"), "{all}");
}

#[test]
fn all_compile_errors_are_reported_at_once() {
    let diags = rules::load_texts(two_compile_errors()).expect_err("two errors");
    assert_eq!(diags.len(), 2, "{diags:#?}");
    let unknown = diags
        .iter()
        .find(|d| d.message.contains("credit_reprot"))
        .expect("unknown kind");
    assert_eq!(unknown.file, "rules/materials.yaml");
    assert_eq!(unknown.item.as_deref(), Some("规则 M04"));
    assert!(unknown.line_text.contains("credit_reprot"), "{unknown:?}");
    let regex = diags
        .iter()
        .find(|d| d.message.contains("正则表达式无效"))
        .expect("bad regex");
    assert_eq!(regex.item.as_deref(), Some("材料类型 application_form"));
    assert!(
        regex.render().contains("--> rules/kinds.yaml:"),
        "{}",
        regex.render()
    );
}

#[test]
fn yaml_syntax_errors_point_at_the_line() {
    let diags = rules::load_texts(vec![(
        "bad.yaml".into(),
        "rules:\n  - id: M01\n    title: [x\n".into(),
    )])
    .expect_err("syntax error");
    assert_eq!(diags.len(), 1);
    assert!(diags[0].pos.line >= 3, "{:?}", diags[0]);
}

fn verdict_with(
    texts: Vec<(String, String)>,
    package: &str,
) -> (Verdict, Vec<(String, FindingStatus, Option<String>)>) {
    let set = rules::load_texts(texts).expect("edited set compiles");
    let report = check_package(
        &sample(package),
        &set,
        &Limits::default(),
        &ExtractOptions::default(),
    );
    let findings = report
        .findings
        .iter()
        .map(|f| (f.rule.clone(), f.status, f.item.clone()))
        .collect();
    (report.verdict, findings)
}

#[test]
fn three_audit_years_instead_of_two_is_a_rule_edit() {
    let (before, _) = verdict_with(rules::embedded_texts(), "01-");
    assert_eq!(before, Verdict::Pass);
    let (after, findings) = verdict_with(
        edited("ruleset.yaml", "audit_years: 2", "audit_years: 3"),
        "01-",
    );
    assert_eq!(after, Verdict::Fail);
    assert!(
        findings.contains(&("M05".into(), FindingStatus::Fail, Some("2021".into()))),
        "{findings:?}"
    );
    assert!(
        findings.contains(&("M05".into(), FindingStatus::Pass, Some("2023".into()))),
        "{findings:?}"
    );
}

#[test]
fn an_extra_required_kind_is_a_rule_edit() {
    let mut texts = rules::embedded_texts();
    texts.push((
        "rules/site.yaml".into(),
        "kinds:\n  - id: site_proof\n    title: 场地证明\n    evidence:\n      title: [\"场地证明|租赁合同\"]\n      file_name: [\"场地\"]\nrules:\n  - id: M11\n    title: 场地证明\n    clause: 一（三）\n    severity: error\n    message: 未找到考核场地证明\n    require: { kind: site_proof }\n".into(),
    ));
    let (after, findings) = verdict_with(texts, "01-");
    assert_eq!(after, Verdict::Fail);
    assert!(
        findings.contains(&("M11".into(), FindingStatus::Fail, None)),
        "{findings:?}"
    );
}

#[test]
fn a_different_occupation_list_is_a_data_edit() {
    // Drop 保洁员 (4-09-08-01) from the catalogue: sample 01 applies for it.
    let mut texts = rules::embedded_texts();
    let (_, catalogue) = texts
        .iter_mut()
        .find(|(n, _)| n.ends_with("data/occupations.yaml"))
        .expect("catalogue");
    let before = catalogue.len();
    *catalogue = catalogue.replace("code: \"4-09-08-01\"", "code: \"4-09-08-99\"");
    assert_ne!(before, 0);
    assert!(catalogue.contains("4-09-08-99"), "the edit applied");
    let (after, findings) = verdict_with(texts, "01-");
    assert_eq!(after, Verdict::Fail);
    assert!(
        findings.contains(&("C01".into(), FindingStatus::Fail, None)),
        "{findings:?}"
    );
}

#[test]
fn unknown_vocabulary_and_missing_group_are_reported() {
    let texts = edited(
        "catalogue.yaml",
        "level: { vocabulary: level, inherit: true }",
        "level: { vocabulary: levle, inherit: true }",
    );
    let diags = rules::load_texts(texts).expect_err("unknown vocabulary");
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("levle") && d.item.as_deref() == Some("字段 sample_set")),
        "{diags:#?}"
    );
}

/// Every case of the rule folder passes, and every rule both fires in some
/// case and passes in another.
fn cases_pass_and_cover_every_rule(dir: &std::path::Path) {
    let set = rules::load_path(dir).expect("rule folder compiles");
    let results = prescreen::cases::run(&set, dir).expect("case files read");
    let failed: Vec<String> = results
        .iter()
        .filter(|r| !r.ok())
        .map(|r| format!("{}: {:?}", r.name, r.problems))
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
    let cov = prescreen::cases::coverage(&set, &results);
    assert!(
        cov.never_fired.is_empty(),
        "rules no case makes fire: {:?}",
        cov.never_fired
    );
    assert!(
        cov.never_passed.is_empty(),
        "rules no case makes pass: {:?}",
        cov.never_passed
    );
}

#[test]
fn the_447_cases_pass_and_cover_every_rule_both_ways() {
    cases_pass_and_cover_every_rule(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"),
    );
}

#[test]
fn rules_test_fails_a_wrong_expectation_and_writes_junit() {
    let dir = std::env::temp_dir().join(format!("prescreen-cases-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("tests")).expect("tmp");
    for (name, text) in rules::embedded_texts() {
        let file = dir.join(name.strip_prefix("rules/").unwrap_or(&name));
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(file, text).expect("write");
    }
    std::fs::write(
        dir.join("tests/wrong.yaml"),
        "cases:\n  - name: 空包不应通过\n    documents: []\n    expect: { verdict: pass, must_not_fire: [M01] }\n",
    )
    .expect("case");
    let junit = dir.join("junit.xml");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_prescreen"))
        .args(["rules", "test"])
        .arg(&dir)
        .arg("--junit")
        .arg(&junit)
        .output()
        .expect("runs");
    let xml = std::fs::read_to_string(&junit).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("M01 不应触发却触发了"), "{stdout}");
    assert!(
        xml.contains("<failure message=") && xml.contains("空包不应通过"),
        "{xml}"
    );
}

#[test]
fn the_caret_stands_under_the_place_after_wide_characters() {
    let texts = edited(
        "materials.yaml",
        "require: { kind: work_plan }",
        "require: { kind: 工作方案 }",
    );
    let diags = rules::load_texts(texts).expect_err("unknown kind");
    let d = diags
        .iter()
        .find(|d| d.message.contains("工作方案"))
        .expect("the diagnostic");
    let rendered = d.render();
    let lines: Vec<&str> = rendered.lines().collect();
    let source = lines
        .iter()
        .find(|l| l.contains("require:"))
        .expect("source line");
    let caret = lines.last().expect("caret line");
    // Display columns: a CJK character is two columns wide.
    let width = |s: &str| -> usize {
        s.chars()
            .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
            .sum()
    };
    let at = source.find("工作方案").expect("kind in the line");
    let caret_col = caret.find('^').expect("a caret");
    assert_eq!(
        width(&source[..at]),
        width(&caret[..caret_col]),
        "{rendered}"
    );
}

#[test]
fn the_constructs_rule_set_covers_every_rule_both_ways() {
    cases_pass_and_cover_every_rule(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rulesets/constructs"),
    );
}

#[test]
fn an_unknown_predicate_or_place_is_an_error_not_a_fallback() {
    let texts = edited(
        "eligibility.yaml",
        "predicate: present",
        "predicate: exists",
    );
    let diags = rules::load_texts(texts).expect_err("unknown predicate");
    assert!(
        diags.iter().any(|d| d.message.contains("predicate")),
        "{diags:#?}"
    );
    let texts = edited("letters.yaml", "in: issuer", "in: letterhead");
    let diags = rules::load_texts(texts).expect_err("unknown place");
    assert!(
        diags.iter().any(|d| d.message.contains("/in")),
        "{diags:#?}"
    );
}

#[test]
fn an_undefined_or_mistyped_parameter_is_reported() {
    let texts = edited(
        "eligibility.yaml",
        "value: $shanghai_division",
        "value: $shanghai",
    );
    let diags = rules::load_texts(texts).expect_err("undefined parameter");
    assert!(
        diags.iter().any(|d| d.message.contains("$shanghai")),
        "{diags:#?}"
    );
    let texts = edited(
        "materials.yaml",
        "as_of: $reference_date",
        "as_of: $audit_years",
    );
    let diags = rules::load_texts(texts).expect_err("a number is not a date");
    assert!(
        diags.iter().any(|d| d.message.contains("日期")),
        "{diags:#?}"
    );
}

#[test]
fn a_new_rule_file_needs_no_rust_edit() {
    // Every YAML file under a rule folder is read: a file added next to the
    // others takes part (the embedded set is listed the same way by build.rs).
    let mut texts = rules::embedded_texts();
    assert!(
        texts.iter().any(|(n, _)| n == "rules/credit.yaml"),
        "{:?}",
        texts.iter().map(|t| &t.0).collect::<Vec<_>>()
    );
    texts.push((
        "rules/extra.yaml".into(),
        "rules:\n  - id: X01\n    title: 额外\n    clause: 一\n    severity: warning\n    message: 额外检查\n    check: { field: credit_code, predicate: present }\n".into(),
    ));
    let set = rules::load_texts(texts).expect("compiles");
    assert!(set.rules.iter().any(|r| r.id == "X01"));
}

#[test]
fn ocr_misread_is_for_consistent_checks_only() {
    let texts = edited(
        "eligibility.yaml",
        "check: { field: org_name, predicate: consistent, ocr_misread: 1 }",
        "check: { field: org_name, predicate: present, ocr_misread: 1 }",
    );
    let diags = rules::load_texts(texts).expect_err("ocr_misread on present");
    assert!(
        diags.iter().any(|d| d.message.contains("ocr_misread")),
        "{diags:#?}"
    );
    // Without it, one OCR character off the text's name is another name.
    let texts = edited(
        "eligibility.yaml",
        "check: { field: org_name, predicate: consistent, ocr_misread: 1 }",
        "check: { field: org_name, predicate: consistent }",
    );
    assert!(rules::load_texts(texts).is_ok());
}
