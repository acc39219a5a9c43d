//! The verdict table (docs/rules.md, "The verdict"), row by row, on text-only
//! packages screened with the embedded 447 rules: a fail read on one page
//! stays a fail whatever else could not be read; review only where what was
//! not read could matter; an unreadable extra leaves a complete package
//! `pass`.

use prescreen::evaluate::{FindingStatus, Verdict};
use prescreen::extract::{self, DocKind, Document, Seal, SealSource, Status};
use prescreen::pipeline::screen_documents;
use prescreen::report::Report;
use prescreen::rules;

/// A born-digital document; each page carries a seal (the materials that
/// must be stamped are), as a seal drawn in red would give.
fn doc(path: &str, pages: &[&str]) -> Document {
    Document {
        path: path.into(),
        kind: extract::detect_kind(path, b""),
        status: Status::Ok,
        reason: None,
        detail: None,
        note: None,
        sha256: String::new(),
        size: 0,
        pages: pages.iter().map(|p| p.to_string()).collect(),
        page_quality: pages
            .iter()
            .map(|p| extract::quality::assess(p, 0, 0.0, 0))
            .collect(),
        seals: (1..=pages.len())
            .map(|page| Seal {
                page,
                bbox: [400.0, 100.0, 510.0, 210.0],
                source: SealSource::Vector,
                over: String::new(),
            })
            .collect(),
        hidden: Vec::new(),
        millis: 0,
    }
}

fn unreadable(path: &str, kind: DocKind, status: Status) -> Document {
    Document {
        kind,
        status,
        reason: Some("第1页无文字层（扫描件或轮廓文字，需要 OCR）".into()),
        ..doc(path, &[""])
    }
}

const CODE: &str = "91310115MA1FL0A00C";
const NAME: &str = "上海某某职业技能培训有限公司";

/// A complete, valid package as text: every material of 四（一）1–5.
fn complete(level_line: &str, code: &str) -> Vec<Document> {
    vec![
        doc(
            "申请表.pdf",
            &[&format!(
                "社会培训评价组织征集遴选申请表\n申报单位名称：{NAME}\n统一社会信用代码：{code}\n申报职业（工种）及等级\n{level_line}"
            )],
        ),
        doc(
            "行业推荐函.pdf",
            &[&format!(
                "上海市卫生健康委员会\n推荐函\n上海市人力资源和社会保障局：\n现推荐{NAME}申报医疗护理员社会培训评价组织。\n上海市卫生健康委员会\n2025年1月15日"
            )],
        ),
        doc(
            "区推荐函.pdf",
            &[&format!(
                "关于推荐{NAME}申报社会培训评价组织的函\n浦人社函〔2025〕8号\n上海市人力资源和社会保障局：\n{NAME}考核点位于我区。特此推荐。\n上海市浦东新区人力资源和社会保障局\n2025年1月16日"
            )],
        ),
        doc(
            "信用报告.pdf",
            &[&format!(
                "法人公共信用信息报告\n单位名称：{NAME}\n统一社会信用代码：{code}\n行政处罚信息：未查见\n失信信息：未查见"
            )],
        ),
        doc(
            "审计报告2023.pdf",
            &[
                "审计报告\n沪某会审字(2024)第0101号\n一、审计意见\n我们审计了财务报表，包括2023年12月31日的资产负债表。\n某某会计师事务所",
            ],
        ),
        doc(
            "审计报告2022.pdf",
            &[
                "审计报告\n沪某会审字(2023)第0102号\n一、审计意见\n我们审计了财务报表，包括2022年12月31日的资产负债表。\n某某会计师事务所",
            ],
        ),
        doc(
            "营业执照.pdf",
            &[&format!(
                "营业执照\n统一社会信用代码 {code}\n名称 {NAME}\n类型 有限责任公司（自然人投资或控股）\n法定代表人 王某\n经营范围 职业技能培训\n成立日期 2015年3月1日\n登记机关 上海市浦东新区市场监督管理局"
            )],
        ),
        doc(
            "工作方案.pdf",
            &[
                "职业技能等级认定工作方案\n一、组织机构\n设立领导小组，负责质量管控和督导。",
                "承诺书\n本单位郑重承诺：遵守职业技能等级认定各项规定，所提交材料真实有效，如有不实愿承担责任。",
                "廉洁责任书\n为加强职业技能等级认定工作廉洁建设，不得收受任何形式的回扣，落实廉洁责任。",
            ],
        ),
        doc(
            "实施方案.pdf",
            &[
                "医疗护理员职业技能等级认定项目实施方案\n一、评价方案\n医疗护理员（五级/初级工）评价方案\n理论知识考试与操作技能考核，考试时间90分钟。",
                "医疗护理员（五级/初级工）样题一\n一、单项选择题（每题1分）\n1. 下列说法正确的是（ ）",
                "医疗护理员（五级/初级工）样题二\n一、判断题（每题1分）\n1. 护理员应当保持手部卫生。（ ）",
            ],
        ),
    ]
}

fn screen(docs: &[Document]) -> Report {
    let set = rules::embedded().expect("rules");
    screen_documents("package", &set, docs, &[], None).report
}

fn status_of(r: &Report, rule: &str) -> Vec<FindingStatus> {
    r.findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.status)
        .collect()
}

const FIVE: &str = "1 4-14-01-02 医疗护理员 五级/初级工";

#[test]
fn row_pass_a_complete_package_passes() {
    let r = screen(&complete(FIVE, CODE));
    let bad: Vec<_> = r
        .findings
        .iter()
        .filter(|f| matches!(f.status, FindingStatus::Fail | FindingStatus::Review))
        .collect();
    assert_eq!(r.verdict, Verdict::Pass, "{bad:#?}");
}

#[test]
fn row_pass_an_unreadable_extra_is_only_a_warning() {
    let mut docs = complete(FIVE, CODE);
    docs.push(unreadable(
        "其他材料/场地照片.jpg",
        DocKind::Image,
        Status::Unsupported,
    ));
    let r = screen(&docs);
    assert_eq!(r.verdict, Verdict::Pass);
    assert_eq!(status_of(&r, "DOC"), [FindingStatus::Warning]);
}

#[test]
fn row_review_something_unverifiable_and_nothing_failed() {
    // A code whose check characters fail: a person looks.
    let r = screen(&complete(FIVE, "91310115MA1FL0A00D"));
    assert_eq!(r.verdict, Verdict::Review);
    assert_eq!(status_of(&r, "E02"), [FindingStatus::Review]);
}

#[test]
fn row_review_a_missing_item_that_an_unreadable_document_could_be() {
    let mut docs = complete(FIVE, CODE);
    docs.retain(|d| d.path != "区推荐函.pdf");
    docs.push(unreadable(
        "IMG_20250116_0001.pdf",
        DocKind::Pdf,
        Status::NoTextLayer,
    ));
    let r = screen(&docs);
    assert_eq!(r.verdict, Verdict::Review);
    assert_eq!(status_of(&r, "M03"), [FindingStatus::Review]);
    assert_eq!(status_of(&r, "DOC"), [FindingStatus::Review]);
}

#[test]
fn row_fail_a_missing_item_when_everything_was_read() {
    let mut docs = complete(FIVE, CODE);
    docs.retain(|d| d.path != "区推荐函.pdf");
    let r = screen(&docs);
    assert_eq!(r.verdict, Verdict::Fail);
    assert_eq!(status_of(&r, "M03"), [FindingStatus::Fail]);
}

#[test]
fn row_fail_a_disqualifier_read_beside_an_unreadable_page() {
    // 社群健康助理员 is in the catalogue at levels 4, 3, 2 only; a scan in the
    // package does not hide the level read from the form.
    let mut docs = complete("1 4-14-04-04 社群健康助理员 五级/初级工", CODE);
    docs.push(unreadable("扫描件.pdf", DocKind::Pdf, Status::NoTextLayer));
    let r = screen(&docs);
    assert_eq!(r.verdict, Verdict::Fail);
    assert_eq!(status_of(&r, "C01"), [FindingStatus::Fail]);
    // The scan is still reported.
    assert!(!status_of(&r, "DOC").is_empty());
}

#[test]
fn row_review_a_required_seal_not_found() {
    // The same package, the district letter without a seal: review, naming
    // the page looked at.
    let mut docs = complete(FIVE, CODE);
    if let Some(d) = docs.iter_mut().find(|d| d.path == "区推荐函.pdf") {
        d.seals.clear();
    }
    let r = screen(&docs);
    assert_eq!(r.verdict, Verdict::Review);
    let m13: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "M13" && f.status == FindingStatus::Review)
        .collect();
    assert_eq!(m13.len(), 1, "{m13:#?}");
    assert!(
        m13[0]
            .candidates
            .iter()
            .any(|c| c.path == "区推荐函.pdf" && c.reason.contains("第1页"))
    );
}

#[test]
fn row_review_a_disqualifier_read_only_by_ocr() {
    // The credit report is a scan read by OCR and names another organisation
    // (misread characters look the same): review, not fail. One character
    // off the name read from text is that name misread: no finding.
    let mut docs = complete(FIVE, CODE);
    if let Some(d) = docs.iter_mut().find(|d| d.path == "信用报告.pdf") {
        d.pages[0] = d.pages[0].replace(NAME, "上海某菜职业技能培训有限公司");
        d.page_quality = d
            .pages
            .iter()
            .map(|p| extract::PageQuality {
                ocr: Some(88.0),
                ..extract::quality::assess(p, 1, 1.0, 0)
            })
            .collect();
    }
    assert_eq!(status_of(&screen(&docs), "E06"), [FindingStatus::Pass]);
    let mut docs = complete(FIVE, CODE);
    if let Some(d) = docs.iter_mut().find(|d| d.path == "信用报告.pdf") {
        d.pages[0] = d.pages[0].replace(NAME, "上海某菜职业枝术培训有限公司");
        d.page_quality = d
            .pages
            .iter()
            .map(|p| extract::PageQuality {
                ocr: Some(88.0),
                ..extract::quality::assess(p, 1, 1.0, 0)
            })
            .collect();
    }
    let r = screen(&docs);
    assert!(
        status_of(&r, "E06").contains(&FindingStatus::Review),
        "{:?}",
        status_of(&r, "E06")
    );
    assert_ne!(r.verdict, Verdict::Fail);
    // The same mismatch in a text layer fails.
    let mut docs = complete(FIVE, CODE);
    if let Some(d) = docs.iter_mut().find(|d| d.path == "信用报告.pdf") {
        d.pages[0] = d.pages[0].replace(NAME, "上海另一家职业技能培训有限公司");
    }
    assert_eq!(screen(&docs).verdict, Verdict::Fail);
}

#[test]
fn row_fail_wins_over_review() {
    // A Beijing code (fail, E03) whose check characters also fail (review).
    let r = screen(&complete(FIVE, "91110108MA00FB7N1G"));
    assert_eq!(r.verdict, Verdict::Fail);
    assert_eq!(status_of(&r, "E03"), [FindingStatus::Fail]);
}

#[test]
fn the_policy_always_sends_any_unreadable_document_to_review() {
    let mut texts = rules::embedded_texts();
    let (_, ruleset) = texts
        .iter_mut()
        .find(|(n, _)| n.ends_with("ruleset.yaml"))
        .expect("ruleset");
    *ruleset = ruleset.replace("review: when_needed", "review: always");
    let set = rules::load_texts(texts).expect("compiles");
    let mut docs = complete(FIVE, CODE);
    docs.push(unreadable(
        "其他材料/场地照片.jpg",
        DocKind::Image,
        Status::Unsupported,
    ));
    let r = screen_documents("package", &set, &docs, &[], None).report;
    assert_eq!(r.verdict, Verdict::Review);
}

#[test]
fn a_file_name_alone_never_passes_a_requirement() {
    let mut docs = complete(FIVE, CODE);
    docs.retain(|d| d.path != "信用报告.pdf");
    docs.push(unreadable(
        "信用报告.pdf",
        DocKind::Pdf,
        Status::NoTextLayer,
    ));
    let r = screen(&docs);
    assert_eq!(status_of(&r, "M04"), [FindingStatus::Review]);
    assert_eq!(r.verdict, Verdict::Review);
}

#[test]
fn content_beats_a_misleading_file_name() {
    // The licence saved as 信用报告.pdf is a licence; the credit report is missing.
    let mut docs = complete(FIVE, CODE);
    docs.retain(|d| d.path != "信用报告.pdf");
    for d in &mut docs {
        if d.path == "营业执照.pdf" {
            d.path = "信用报告.pdf".into();
        }
    }
    let r = screen(&docs);
    assert_eq!(status_of(&r, "M04"), [FindingStatus::Fail]);
    assert_eq!(status_of(&r, "M06"), [FindingStatus::Pass]);
}
