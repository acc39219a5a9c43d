//! The blind corpus (tests/blind/*/, each part written by a helper session
//! that never saw the rules or the code, with its own answer key) as a
//! regression guard: the verdicts stay right on documents nobody here wrote.
//! Each part was scored blind once, by scripts/blind/score.py, before anyone
//! studied it (README, Blind corpus, has those first scores); these tests hold
//! the verdicts reached after studying it. A new part joins here only after
//! its blind score is recorded.
//!
//! The keys up to final3 were written when scans were unreadable and seals
//! were not checked: those parts run with OCR off and without the `sealed`
//! rules. final4's key counts seals (a stamped material without one is
//! review): it runs with them. OCR stays off everywhere, so that the verdicts
//! do not depend on a Tesseract version (final4's legible scans are never
//! what a verdict rests on).

use std::collections::BTreeMap;
use std::path::PathBuf;

use prescreen::evaluate::Verdict;
use prescreen::extract::ExtractOptions;
use prescreen::pipeline::check_batch;
use prescreen::rules;
use prescreen::unpack::Limits;

/// The packages of one part whose verdict differs from its key.
fn wrong_verdicts(part: &str, seals: bool) -> (Vec<String>, usize) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/blind")
        .join(part);
    let key: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("key.json")).expect("key"))
            .expect("key json");
    let expected: BTreeMap<String, String> = key["packages"]
        .as_object()
        .expect("packages")
        .iter()
        .map(|(k, v)| (k.clone(), v["verdict"].as_str().unwrap_or("").to_string()))
        .collect();
    let paths: Vec<PathBuf> = expected
        .keys()
        .map(|name| dir.join("packages").join(name))
        .collect();
    let mut set = rules::embedded().expect("rules");
    if !seals {
        set.rules
            .retain(|r| !matches!(r.body, rules::RuleBody::Sealed { .. }));
    }
    let opts = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    let reports = check_batch(&paths, &set, &Limits::default(), &opts, None);
    let mut wrong = Vec::new();
    for (report, (name, want)) in reports.iter().zip(&expected) {
        let got = match report.verdict {
            Verdict::Pass => "pass",
            Verdict::Review => "review",
            Verdict::Fail => "fail",
        };
        if got != want {
            wrong.push(format!("{name}: {got}, key {want}"));
        }
    }
    (wrong, expected.len())
}

/// Asserts that at most `allowed` packages of a part get another verdict
/// than the key.
fn keeps_verdicts(part: &str, allowed: usize) {
    keeps_verdicts_with(part, allowed, false);
}

fn keeps_verdicts_with(part: &str, allowed: usize, seals: bool) {
    let (wrong, total) = wrong_verdicts(part, seals);
    assert!(
        wrong.len() <= allowed,
        "{part}: {} of {total} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_tuning_part_keeps_its_verdicts() {
    // 63 of 64 when this test was written; the one left is a policy the key
    // and DOMAIN.md disagree on (a 社会团体 code: DOMAIN.md asks for review).
    keeps_verdicts("tuning", 1);
}

#[test]
fn the_validation_part_keeps_its_verdicts() {
    // 50 of 51; the one left is the same policy disagreement (V11).
    keeps_verdicts("validation", 1);
}

#[test]
fn the_final_part_keeps_its_verdicts() {
    // 45 of 50 blind, 50 after study (marks under column headings read).
    keeps_verdicts("final", 0);
}

#[test]
fn the_final2_part_keeps_its_verdicts() {
    // 21 of 37 blind, 33 after study; left: a tick grid whose ticks sit in
    // no heading's column, sets named only by file names, a missing district
    // letter next to an unreadable photo, a form read without its levels.
    keeps_verdicts("final2", 4);
}

#[test]
fn the_final3_part_keeps_its_verdicts() {
    // 34 of 39 blind, 37 after study; the two left are 社会团体 applicants
    // (category 51) the key passes and DOMAIN.md sends to review.
    keeps_verdicts("final3", 2);
}

#[test]
fn the_final4_part_keeps_its_verdicts() {
    // 28 of 36 blind (OCR and seals on, the key's policy), 35 after study
    // (the licence scanned in grey has its seal found as a round border);
    // left: a 社会团体 applicant (DOMAIN.md: review).
    keeps_verdicts_with("final4", 1, true);
}

#[test]
fn the_final5_part_keeps_its_verdicts() {
    // 20 of 34 blind (OCR and seals on), 28 after study (plans in a level
    // table, a bureau named in a letter's sentence, seals on grayscale scans,
    // a footer sentence no longer read as a name label); 32 since final21's
    // study (ticks the producer's font lacked, read as lost ticks under
    // their column headings; a code its cell wrapped). With OCR off, as
    // here, 28: the legible image-only scans stay unread. Left with OCR on:
    // a district bureau acting as 业务主管单位, a 社会团体 applicant.
    keeps_verdicts_with("final5", 6, true);
}

#[test]
fn the_final6_part_keeps_its_verdicts() {
    // 31 of 36 blind (OCR and seals on, scored once, unopened, with commit
    // 7b327f8), 35 after study (a plan table under 四、各等级评价方案, a licence
    // type read without its label by OCR). With OCR off, as here, 25: this
    // part's legible scans (a whole package of them) stay unread and go to
    // review. Left with OCR on: a district letter from 太仓市 read only by
    // OCR is review, not fail (a fail resting on OCR text asks a person).
    keeps_verdicts_with("final6", 11, true);
}

#[test]
fn the_final7_part_keeps_its_verdicts() {
    // 22 of 36 blind (OCR and seals on, scored once, unopened, with the
    // hidden-text, form-field and Type 3 changes of this round), 34 after
    // study: plans as numbered subsections ((二)盆景师四级(中级工)：…) under
    // 四、各等级评价方案, a plan table running onto the next page, a 集团's
    // 批复 as the industry letter. With OCR off, as here, 33. Left with OCR
    // on: a package of scans whose seals and issuer OCR missed, a missing
    // letter next to an unreadable site photo (review by policy).
    keeps_verdicts_with("final7", 3, true);
}

#[test]
fn the_final8_part_keeps_its_verdicts() {
    // 28 of 36 blind (OCR and seals on, scored once, unopened, after
    // final7's study), 31 after study: level tables whose rows name the
    // occupation first (建筑节能减排咨询师 | 四级/中级工 | …) under a heading
    // that names none. With OCR off, as here, 25 (its scans stay unread).
    // Since: the licence copy whose only seal is its registration
    // authority's is review (M14), and a 事业单位's code read by OCR with
    // both check characters holding fails (33/36 with OCR). Left with OCR
    // on: a scanned district letter whose issuer OCR misread, a form whose
    // ticks the producer's font could not draw (a duplicate application
    // hidden).
    keeps_verdicts_with("final8", 11, true);
}

#[test]
fn the_final9_part_keeps_its_verdicts() {
    // 23 of 36 blind (OCR and seals on, scored once, unopened, after
    // final8's study), 33 after study: a 职业技能等级认定实施细则 is the
    // implementation plan, audit years from a 年度财务报表审计报告 title and the
    // balance sheet's date, a sample paper's level on the line under its
    // heading, a seal's lettering that scrambles the name beside it, a plan
    // table whose rows name two occupations in turn, work types broken by
    // wrapped cells on the form (城市轨道交通信号 / 工). With OCR off, as
    // here, 27 (its legible scans stay unread). Left with OCR on: an OCR
    // layer that misread the applicant's name in a letter, a district letter
    // whose issuer our OCR misread, a form scan read without its levels.
    keeps_verdicts_with("final9", 9, true);
}

#[test]
fn the_final10_part_keeps_its_verdicts() {
    // 25 of 36 blind (OCR and seals on, scored once with commit 55de4e1,
    // unopened until then: the honest score of its round), 29 after a short
    // study, 34 with the next round's fixes: a 单位性质 column after the name ends it, a code column
    // (药物制剂工(片剂制备) | 6-12-03-00 | 四级) in a plan table. With OCR off,
    // as here, 28. Left with OCR on: plan layouts read without some levels,
    // forms read without levels, a code OCR read with L for 1, a missing
    // industry letter, a sample set short where an OCR'd page nobody could
    // classify may hold it (review by policy).
    keeps_verdicts_with("final10", 8, true);
}

#[test]
fn the_final11_part_keeps_its_verdicts() {
    // 26 of 36 blind (OCR and seals on, scored once after this round's
    // first fixes), 34 after study: a code column opening a plan table's
    // row, titles Tesseract's layout analysis dropped (read again from the
    // ink no line covers), a 人社函 document number or a 区人社部门 form
    // title as the issuer, duplicates keyed by the occupation code. With OCR
    // off, as here, 31. Left with OCR on: a district letter form whose
    // signature a seal broke, phone photos OCR read with low confidence.
    keeps_verdicts_with("final11", 5, true);
}

#[test]
fn the_final12_part_keeps_its_verdicts() {
    // 29 of 36 blind (OCR and seals on, scored once, unopened until the code
    // was frozen: the honest score of this round), 31 after a short study:
    // a set label whose 套 wrapped (试卷（第一 / 套）), a licence known by its
    // 证照编号, legal form and scope formula when OCR lost its title; 32
    // once a site photo named as such no longer hides a missing audit. With
    // OCR off, as here, 32.
    keeps_verdicts_with("final12", 4, true);
}

#[test]
fn the_final13_part_keeps_its_verdicts() {
    // 31 of 36 blind (OCR and seals on, scored once, unopened until this
    // round began), 36 after study: a scan's letter naming the applicant
    // with one character misread, a merged cell's occupation centred below
    // its first level row, a work type wrapped past the level cells, a
    // 职业技能等级认定实施方案 titled without 项目. With OCR off, as here, 32
    // (its legible scans are unread).
    keeps_verdicts_with("final13", 4, true);
}

#[test]
fn the_final14_part_keeps_its_verdicts() {
    // 28 of 36 blind (OCR and seals on, scored once after final12's study),
    // 35 after study: web-system form titles (申报信息表), ticks whose glyph
    // was lost, a licence authority's seal over the issue date, bracket
    // pairs OCR made inconsistent. With OCR off, as here, 35. Left with OCR
    // on: 150 dpi scans OCR read with a name misread.
    keeps_verdicts_with("final14", 1, true);
}

#[test]
fn the_final15_part_keeps_its_verdicts() {
    // 33 of 36 blind (OCR and seals on, scored once after final13's
    // study), 36 after study: a truncated credit report whose fonts are cut
    // off is unreliable text, not a read report; a licence's label column
    // is not part of the name; a DOCX tick grid reads each tick's column
    // heading. With OCR off, as here, 24: most of its complete packages
    // rest on legible scans, which OCR reads.
    keeps_verdicts_with("final15", 12, true);
}

#[test]
fn the_final16_part_keeps_its_verdicts() {
    // 31 of 36 blind (OCR and seals on, scored once at commit ee533f1,
    // unopened until then: the honest score of this round), 35 after
    // study: 不申报 unticks a level, a merged cell's text centred among its
    // rows, the audit year from the opinion's 年度利润表, an issuer's seal
    // over the end of a date, low-confidence OCR vouched by a valid credit
    // code. With OCR off, as here, 31 (its scans are unread). Left with OCR
    // on: a scanned form whose tick grid OCR lost.
    keeps_verdicts_with("final16", 5, true);
}

#[test]
fn the_final17_part_keeps_its_verdicts() {
    // 30 of 36 blind (OCR and seals on, scored once at commit e1edfb4,
    // unopened until then), 35 after study: a sample set's letter wrapped
    // inside its brackets (样卷（A / 卷）), a pledge whose scanned title OCR
    // misread known by its signature (承诺单位), a name one OCR edit off the
    // name read from text is that name, and a mismatch between two text
    // documents fails even when a third is a scan. With OCR off, as here,
    // 27 (its complete packages rest on legible scans).
    keeps_verdicts_with("final17", 9, true);
}

#[test]
fn the_final18_part_keeps_its_verdicts() {
    // 26 of 36 blind at commit e1edfb4, 27 with final17's fixes (both
    // before it was opened: the honest score of this round), 35 after
    // study: a web-system print titled 申请信息确认单, a tick a cell away
    // from the occupation's name, a district read 上海记因行区 by a scanner's
    // OCR layer, a credit code OCR read with a stray letter, a branch known
    // by its name. With OCR off, as here, 22. Left with OCR on: a 150 dpi
    // scanned form whose tick grid OCR could not read.
    keeps_verdicts_with("final18", 14, true);
}

#[test]
fn the_final19_part_keeps_its_verdicts() {
    // 26 of 36 blind (OCR and seals on), scored once at commit 1443188,
    // after final17's and final18's study and unopened until then. 33 after
    // study: a 是否申报 column (■是 / □否), audit reports whose year is in
    // glyphs the font lacks (review, not missing), a grid whose ☑ glyphs
    // the font lacks (.notdef under a column heading), a 考核点 letter from a
    // 街道办事处. Left: two licence copies without the applicant's seal the
    // key calls sealed, an audit year no one can see. With OCR off, as
    // here, 29.
    keeps_verdicts_with("final19", 7, true);
}

#[test]
fn the_final20_part_keeps_its_verdicts() {
    // 31 of 36 blind (OCR and seals on), scored once at commit 1443188,
    // unopened until then. 32 after study (a credit code its cell wrapped
    // around the label's line). Left: forms and audit reports whose digits
    // the font lacks (no code, no year, no ticks to read), an occupation
    // code of another catalogue entry (review). With OCR off, as here, 29.
    keeps_verdicts_with("final20", 7, true);
}

#[test]
fn the_final21_part_keeps_its_verdicts() {
    // 25 of 36 blind (OCR and seals on), scored once at commit 8780629,
    // after final19's and final20's study and unopened until then: with
    // final22, the honest score of this round. 27 after study (an OCR layer
    // of a few words over a scanned licence is read again by OCR; a seal's
    // ring lettering read in part, out of order, is that name), 28 with an
    // occupation code its cell wrapped (4-09-07- / 04), 30 with a city's
    // bureau told from a district's by its 区 and an encrypted 信用报告.pdf
    // no longer hiding a missing audit report. With OCR off, as here, 23.
    keeps_verdicts_with("final21", 13, true);
}

#[test]
fn the_final22_part_keeps_its_verdicts() {
    // 35 of 36 blind (OCR and seals on), scored once at commit 8780629,
    // unopened until then, and again at the end of that round, still
    // unopened: 35. Studied in the next round: 36 (a licence scan whose
    // spaced title OCR broke is known by its 营业期限 value). With OCR off,
    // as here, 33.
    keeps_verdicts_with("final22", 3, true);
}

#[test]
fn the_final23_part_keeps_its_verdicts() {
    // 23 of 36 blind (OCR and seals on), scored once at commit 13a25e1,
    // unopened until then: with final24, the honest score of this round.
    // 31 after study (a column heading's list of levels is no application,
    // `choices`; subsections numbered 1.2 / 1.3 under a plan's heading; a
    // district's letterhead over its title's 关于 or over the addressee; a
    // letterhead's lost 上; a code's only row named by its occupation alone).
    // Left: two forms the generator printed without a code or without
    // levels, scans OCR reads too poorly, a scanner's own OCR layer
    // (市浦东新区人力资源和社会保隆). With OCR off, as here, 28.
    keeps_verdicts_with("final23", 8, true);
}

#[test]
fn the_final24_part_keeps_its_verdicts() {
    // 34 of 36 blind (OCR and seals on), scored once at commit 13a25e1,
    // unopened until then. Left: a plan's level column one character wide
    // (五 / 级 on two lines), names OCR read a character off on two scans.
    // With OCR off, as here, 34.
    keeps_verdicts_with("final24", 2, true);
}

#[test]
fn the_final25_part_keeps_its_verdicts() {
    // 25 of 36 blind (OCR and seals on), scored once at commit 617a4e0,
    // unopened until then: with final26, the honest score of this round.
    // 28 after study (a letterhead's rule line set as ━ characters; a web
    // form's ■ bullets ticking nothing; an audit year from 公允反映了…的财务状况;
    // one legal form twice ending two texts; plan names read in another
    // order). Left: seven licence copies carrying only the registration
    // authority's seal (the key counts it, M14 asks for the applicant's),
    // a grey scan with a pale seal and a seal-lettering name. With OCR off,
    // as here, 24.
    keeps_verdicts_with("final25", 12, true);
}

#[test]
fn the_final26_part_keeps_its_verdicts() {
    // 35 of 36 blind (OCR and seals on), scored once at commit 617a4e0,
    // unopened until then. Left: a scanned form whose tick boxes OCR reads
    // as 回 and 口. With OCR off, as here, 33.
    keeps_verdicts_with("final26", 3, true);
}

#[test]
fn the_final27_part_keeps_its_verdicts() {
    // 15 of 24 blind (OCR and seals on), written by a helper while final25
    // was studied and scored once at commit e406935, unopened until then:
    // the honest score of the code this round ends with. 16 after study (a
    // code wrapped after its first hyphen, 4- / 09-07-06; L2 inside a credit
    // code is no level). Left: plans whose level table has no 评价方案
    // heading (a row per level: 四级(中级工) | 理论知识… | 操作技能…), licence
    // copies with only the authority's seal, scans whose issuer line OCR or
    // the scanner's own OCR layer lost. With OCR off, as here, 15.
    keeps_verdicts_with("final27", 9, true);
}
