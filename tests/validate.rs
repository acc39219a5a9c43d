//! Integration tests of `prescreen::validate`: the 统一社会信用代码 values of
//! DOMAIN.md and a few computed here, code finding in extracted text, dates,
//! years, the fiscal-year rule, and organisation-name folding.

use prescreen::validate::credit_code::{self, CreditCodeCheck};
use prescreen::validate::date::{self, Date};
use prescreen::validate::org_name::normalise_org_name;

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).expect("test date exists")
}

fn valid(code: &str) -> CreditCodeCheck {
    let c = credit_code::check(code);
    assert!(
        c.well_formed && c.mod31_ok && c.org_check_ok && c.is_valid(),
        "{code} should be valid: {c:?}"
    );
    assert_eq!(c.repaired, None, "{code}");
    assert_eq!(c.valid_code(), Some(code));
    c
}

// ---- 统一社会信用代码: DOMAIN.md test values ----

#[test]
fn domain_company_pudong_is_valid() {
    let c = valid("91310115MA1FL0A00C");
    assert_eq!(c.code, "91310115MA1FL0A00C");
    assert_eq!(c.authority, Some('9'));
    assert_eq!(c.category.as_deref(), Some("91"));
    assert_eq!(c.category_name.as_deref(), Some("企业"));
    assert_eq!(c.division.as_deref(), Some("310115"));
    assert!(c.is_shanghai);
}

#[test]
fn domain_private_non_enterprise_xuhui_is_valid() {
    let c = valid("52310104MJ5K3L7D1F");
    assert_eq!(c.authority, Some('5'));
    assert_eq!(c.category.as_deref(), Some("52"));
    assert_eq!(c.category_name.as_deref(), Some("民办非企业单位"));
    assert_eq!(c.division.as_deref(), Some("310104"));
    assert!(c.is_shanghai);
}

#[test]
fn domain_public_institution_is_valid_but_category_12() {
    let c = valid("123100004250018698");
    assert_eq!(c.authority, Some('1'));
    assert_eq!(c.category.as_deref(), Some("12"));
    assert_eq!(c.category_name.as_deref(), Some("事业单位"));
    assert_eq!(c.division.as_deref(), Some("310000"));
    assert!(c.is_shanghai);
}

#[test]
fn domain_bad_position_18_fails_only_mod31() {
    let c = credit_code::check("91310115MA1FL0A00D");
    assert!(c.well_formed);
    assert!(!c.mod31_ok);
    assert!(c.org_check_ok);
    assert!(!c.is_valid());
    assert_eq!(c.valid_code(), None);
    assert_eq!(c.repaired, None);
    // Still decoded, so the package can go to review with its category.
    assert_eq!(c.category_name.as_deref(), Some("企业"));
    assert!(c.is_shanghai);
}

#[test]
fn domain_bad_embedded_digit_fails_only_org_check() {
    let c = credit_code::check("52310104MJ5K3L7D0C");
    assert!(c.well_formed);
    assert!(c.mod31_ok, "passes mod 31, as DOMAIN.md says");
    assert!(!c.org_check_ok);
    assert!(!c.is_valid());
    assert_eq!(c.repaired, None);
}

// ---- 统一社会信用代码: codes computed here ----
//
// Values: org check (positions 9–16) uses 0–9 → 0–9, A–Z → 10–35; the mod-31
// check uses the index in 0123456789ABCDEFGHJKLMNPQRTUWXY (…H=17 J=18 K=19
// L=20 M=21 N=22 P=23 Q=24 R=25 T=26 U=27 W=28 X=29 Y=30).
// Weights: org 3,7,9,10,5,8,4,2; mod 31 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28.

#[test]
fn computed_company_fengxian_with_x_check_digit() {
    // 91310120 MA1HT4K6 ?:
    //   org: M22·3 + A10·7 + 1·9 + H17·10 + T29·5 + 4·8 + K20·4 + 6·2 = 584;
    //        584 mod 11 = 1; 11 − 1 = 10 → 'X'.
    //   mod 31 over 91310120MA1HT4K6X: 9·1 + 1·3 + 3·9 + 1·27 + 0·19 + 1·26
    //        + 2·16 + 0·17 + M21·20 + A10·29 + 1·25 + H17·13 + T26·8 + 4·24
    //        + K19·10 + 6·30 + X29·28 = 2566; 2566 mod 31 = 24; 31 − 24 = 7 → '7'.
    let c = valid("91310120MA1HT4K6X7");
    assert_eq!(c.division.as_deref(), Some("310120"));
    assert_eq!(c.category_name.as_deref(), Some("企业"));
    // Any other position-17 character breaks the org check.
    let c = credit_code::check("91310120MA1HT4K607");
    assert!(!c.org_check_ok);
}

#[test]
fn computed_social_organisation_city_level_with_zero_check_digit() {
    // 51310000 MJ4T7E2N ?:
    //   org: M22·3 + J19·7 + 4·9 + T29·10 + 7·5 + E14·8 + 2·4 + N23·2 = 726;
    //        726 mod 11 = 0; 11 − 0 = 11 → '0'.
    //   mod 31 over 51310000MJ4T7E2N0: 5·1 + 1·3 + 3·9 + 1·27 + 0 + 0 + 0 + 0
    //        + M21·20 + J18·29 + 4·25 + T26·13 + 7·8 + E14·24 + 2·10 + N22·30
    //        + 0·28 = 2514; 2514 mod 31 = 3; 31 − 3 = 28 → 'W'.
    let c = valid("51310000MJ4T7E2N0W");
    assert_eq!(c.category_name.as_deref(), Some("社会团体"));
    assert_eq!(c.division.as_deref(), Some("310000"));
}

#[test]
fn computed_individual_business_pudong() {
    // 92310115 MA1H7L3Q ?:
    //   org: M22·3 + A10·7 + 1·9 + H17·10 + 7·5 + L21·8 + 3·4 + Q26·2 = 582;
    //        582 mod 11 = 10; 11 − 10 = 1 → '1'.
    //   mod 31 over 92310115MA1H7L3Q1: 9·1 + 2·3 + 3·9 + 1·27 + 0·19 + 1·26
    //        + 1·16 + 5·17 + M21·20 + A10·29 + 1·25 + H17·13 + 7·8 + L20·24
    //        + 3·10 + Q24·30 + 1·28 = 2466; 2466 mod 31 = 17; 31 − 17 = 14 → 'E'.
    let c = valid("92310115MA1H7L3Q1E");
    assert_eq!(c.category.as_deref(), Some("92"));
    assert_eq!(c.category_name.as_deref(), Some("个体工商户"));
}

#[test]
fn computed_beijing_company_is_valid_but_not_shanghai() {
    // 91110108 MA00FB7N ?:
    //   org: M22·3 + A10·7 + 0·9 + 0·10 + F15·5 + B11·8 + 7·4 + N23·2 = 373;
    //        373 mod 11 = 10; 11 − 10 = 1 → '1'.
    //   mod 31 over 91110108MA00FB7N1: 9·1 + 1·3 + 1·9 + 1·27 + 0·19 + 1·26
    //        + 0·16 + 8·17 + M21·20 + A10·29 + 0·25 + 0·13 + F15·8 + B11·24
    //        + 7·10 + N22·30 + 1·28 = 2062; 2062 mod 31 = 16; 31 − 16 = 15 → 'F'.
    let c = valid("91110108MA00FB7N1F");
    assert_eq!(c.division.as_deref(), Some("110108"));
    assert!(!c.is_shanghai);
}

#[test]
fn computed_social_organisation_pudong_with_letter_check() {
    // 52310115 MJ7B2P36 ?:
    //   org: M22·3 + J19·7 + 7·9 + B11·10 + 2·5 + P25·8 + 3·4 + 6·2 = 606;
    //        606 mod 11 = 1; 11 − 1 = 10 → 'X'.
    //   mod 31 over 52310115MJ7B2P36X: 5·1 + 2·3 + 3·9 + 1·27 + 0·19 + 1·26
    //        + 1·16 + 5·17 + M21·20 + J18·29 + 7·25 + B11·13 + 2·8 + P23·24
    //        + 3·10 + 6·30 + X29·28 = 3042; 3042 mod 31 = 4; 31 − 4 = 27 → 'U'.
    let c = valid("52310115MJ7B2P36XU");
    assert_eq!(c.category_name.as_deref(), Some("民办非企业单位"));
}

#[test]
fn computed_company_putuo_with_zero_position_18() {
    // 91310107 MA1G018R ?:
    //   org: M22·3 + A10·7 + 1·9 + G16·10 + 0·5 + 1·8 + 8·4 + R27·2 = 399;
    //        399 mod 11 = 3; 11 − 3 = 8 → '8'.
    //   mod 31 over 91310107MA1G018R8: 9·1 + 1·3 + 3·9 + 1·27 + 0·19 + 1·26
    //        + 0·16 + 7·17 + M21·20 + A10·29 + 1·25 + G16·13 + 0·8 + 1·24
    //        + 8·10 + R25·30 + 8·28 = 2232; 2232 mod 31 = 0; (31 − 0) mod 31
    //        = 0 → '0' (the outer mod 31 matters here).
    let c = valid("91310107MA1G018R80");
    assert_eq!(c.division.as_deref(), Some("310107"));
}

// ---- 统一社会信用代码: normalisation, shape and repair ----

#[test]
fn spaces_full_width_and_lower_case_are_folded() {
    let raw = " ９１３１ ０１１５ma1fl0a00c\u{3000}";
    let c = credit_code::check(raw);
    assert_eq!(c.input, raw);
    assert_eq!(c.code, "91310115MA1FL0A00C");
    assert!(c.is_valid());
}

#[test]
fn wrong_length_is_not_well_formed_and_not_decoded() {
    for raw in [
        "91310115MA1FL0A00",
        "91310115MA1FL0A00CC",
        "",
        "统一社会信用代码",
    ] {
        let c = credit_code::check(raw);
        assert!(!c.well_formed, "{raw}");
        assert!(!c.mod31_ok && !c.org_check_ok, "{raw}");
        assert_eq!(c.category, None, "{raw}");
        assert_eq!(c.division, None, "{raw}");
        assert!(!c.is_shanghai, "{raw}");
        assert_eq!(c.repaired, None, "{raw}");
    }
}

#[test]
fn ocr_confusions_are_repaired_when_both_checks_then_pass() {
    // S for 5 (position 1), Z for 2 (2 and 13), I for 1 (7) in 52310115MJ7B2P36XU.
    let c = credit_code::check("SZ3101I5MJ7BZP36XU");
    assert!(!c.well_formed);
    assert!(!c.is_valid());
    assert_eq!(c.repaired.as_deref(), Some("52310115MJ7B2P36XU"));
    assert_eq!(c.valid_code(), Some("52310115MJ7B2P36XU"));
    // Decoded from the repair.
    assert_eq!(c.category_name.as_deref(), Some("民办非企业单位"));
    assert_eq!(c.division.as_deref(), Some("310115"));
    // O for 0 three times.
    let c = credit_code::check("9131O115MA1FLOA0OC");
    assert_eq!(c.repaired.as_deref(), Some("91310115MA1FL0A00C"));
}

#[test]
fn repair_is_dropped_when_a_check_still_fails() {
    // O → 0 gives 91310115MA1FL0A00D, whose position 18 is wrong.
    let c = credit_code::check("91310115MA1FLOA00D");
    assert_eq!(c.repaired, None);
    assert_eq!(c.valid_code(), None);
    // V has no repair.
    assert_eq!(credit_code::check("V1310115MA1FL0A00C").repaired, None);
    // Allowed characters are never changed, even when a check fails.
    assert_eq!(credit_code::check("52310104MJ5K3L7D0C").repaired, None);
}

// ---- find_codes (on folded, whitespace-free text) ----

fn codes(text: &str) -> Vec<(String, bool)> {
    credit_code::find_codes(&prescreen::normalize::compact(text))
        .into_iter()
        .map(|f| {
            (
                f.check.valid_code().unwrap_or(&f.check.code).to_string(),
                f.check.is_valid(),
            )
        })
        .collect()
}

#[test]
fn finds_a_code_broken_by_spaces_and_lines() {
    let found =
        codes("单位名称：上海某某职业技能培训有限公司\n统一社会信用代码：91310115 MA1FL0A00C\n");
    assert_eq!(found, [("91310115MA1FL0A00C".to_string(), true)]);
    let found = codes("信用代码 5 2 3 1 0 1 0 4 M J 5 K 3 L 7 D\n1 F 。");
    assert_eq!(found, [("52310104MJ5K3L7D1F".to_string(), true)]);
}

#[test]
fn full_width_and_glued_neighbours_are_read() {
    let text = prescreen::normalize::compact("代码为９１３１０１１５ＭＡ１ＦＬ０Ａ００Ｃ（盖章）");
    let found = credit_code::find_codes(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].start..found[0].end], "91310115MA1FL0A00C");
    // A table cell's number glued to the code by whitespace removal.
    assert_eq!(
        codes("序号 1 91310115MA1FL0A00C 2025年"),
        [("91310115MA1FL0A00C".to_string(), true)]
    );
}

#[test]
fn a_run_without_a_valid_code_gives_its_first_18_characters() {
    // A misprinted code: returned, failing its checks, for callers to take
    // only right after a label.
    assert_eq!(
        codes("统一社会信用代码：91310115MA1FL0A00D"),
        [("91310115MA1FL0A00D".to_string(), false)]
    );
    // An ID card number has the shape of a code and fails its checks.
    let found = credit_code::find_codes("310104199001011234");
    assert_eq!(found.len(), 1);
    assert!(!found[0].check.is_valid());
    assert_eq!(found[0].check.repaired, None);
}

#[test]
fn words_and_short_runs_are_not_candidates() {
    assert!(codes("the organisation has been registered").is_empty());
    assert!(codes("编号 12345678901234567").is_empty());
    // Positions 3–8 must be digits (after OCR folds): letters there are words.
    assert!(credit_code::find_codes("ABCDEFGHJKLMNPQRTUWX").is_empty());
}

#[test]
fn an_ocr_damaged_code_is_found_and_repaired() {
    let found = credit_code::find_codes("统一社会信用代码9131O115MA1FL0A00C");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].check.repaired.as_deref(),
        Some("91310115MA1FL0A00C")
    );
}

// ---- dates ----

fn dates(text: &str) -> Vec<(String, Date)> {
    date::find_dates(text)
        .into_iter()
        .map(|(s, e, d)| (text[s..e].to_string(), d))
        .collect()
}

#[test]
fn finds_every_written_form() {
    let cases = [
        ("2025年1月18日", "2025年1月18日"),
        ("落款：2025 年 1 月 18 日。", "2025 年 1 月 18 日"),
        ("日期 2025-01-18 签", "2025-01-18"),
        ("2025/1/18", "2025/1/18"),
        ("于2025.1.18提交", "2025.1.18"),
        ("２０２５年１月１８日", "２０２５年１月１８日"),
        ("２０２５－０１－１８", "２０２５－０１－１８"),
        ("二〇二五年一月十八日", "二〇二五年一月十八日"),
        ("二零二五年元月十八号", "二零二五年元月十八号"),
        ("二○二五年一月十八日", "二○二五年一月十八日"),
        ("2025年01月18号", "2025年01月18号"),
        ("2025年\n1月\n18日", "2025年\n1月\n18日"),
    ];
    for (text, written) in cases {
        assert_eq!(
            dates(text),
            [(written.to_string(), date(2025, 1, 18))],
            "{text}"
        );
    }
}

#[test]
fn chinese_numerals_for_two_digit_days() {
    assert_eq!(
        date::find_dates("二〇二三年十二月三十一日")[0].2,
        date(2023, 12, 31)
    );
    assert_eq!(
        date::find_dates("二〇二四年二月二十九日")[0].2,
        date(2024, 2, 29)
    );
    assert_eq!(
        date::find_dates("二〇二四年十月十日")[0].2,
        date(2024, 10, 10)
    );
}

#[test]
fn impossible_dates_are_not_found() {
    for text in [
        "2025年2月30日",
        "2025年2月29日",
        "2023年4月31日",
        "2025年13月1日",
        "2025-00-10",
        "二〇二五年二月三十日",
        "2025年1月32日",
    ] {
        assert!(date::find_dates(text).is_empty(), "{text}");
    }
    assert_eq!(dates("2024年2月29日").len(), 1);
}

#[test]
fn numbers_that_only_look_like_dates_are_not_found() {
    for text in [
        "版本 1.2025.1.18",
        "v2025.1.18.3",
        "12025-01-18",
        "2025-1-180",
        "2025-01/18",
        "2023年12月",
        "1899年1月1日",
    ] {
        assert!(date::find_dates(text).is_empty(), "{text}");
    }
}

#[test]
fn several_dates_in_order_with_spans() {
    let text = "申报时间：2025年1月20日至2025年1月26日24:00";
    let found = date::find_dates(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].2, date(2025, 1, 20));
    assert_eq!(found[1].2, date(2025, 1, 26));
    assert_eq!(&text[found[1].0..found[1].1], "2025年1月26日");
}

#[test]
fn date_order_display_serde_and_parse() {
    let mut v = vec![date(2025, 1, 26), date(2023, 12, 31), date(2025, 1, 20)];
    v.sort();
    assert_eq!(
        v,
        [date(2023, 12, 31), date(2025, 1, 20), date(2025, 1, 26)]
    );
    assert_eq!(date(2025, 1, 8).to_string(), "2025-01-08");
    assert_eq!(
        serde_json::to_string(&date(2025, 1, 8)).unwrap(),
        "\"2025-01-08\""
    );
    let back: Date = serde_json::from_str("\"2024-02-29\"").unwrap();
    assert_eq!(back, date(2024, 2, 29));
    assert!(serde_json::from_str::<Date>("\"2025-02-29\"").is_err());
    assert_eq!("2025-01-26".parse::<Date>(), Ok(date(2025, 1, 26)));
    for bad in ["2025-1-26", "2025/01/26", "2025-02-30", "", "2025-01-26 "] {
        assert!(bad.parse::<Date>().is_err(), "{bad}");
    }
}

// ---- years ----

fn years(text: &str) -> Vec<(String, i32)> {
    date::find_years(text)
        .into_iter()
        .map(|(s, e, y)| (text[s..e].to_string(), y))
        .collect()
}

fn yr(written: &str, year: i32) -> (String, i32) {
    (written.to_string(), year)
}

#[test]
fn years_with_their_markers() {
    assert_eq!(years("2023年度财务报表"), [yr("2023年度", 2023)]);
    assert_eq!(years("2023 年 度"), [yr("2023 年 度", 2023)]);
    assert_eq!(
        years("截至2023年12月31日的资产负债表"),
        [yr("2023年", 2023)]
    );
    assert_eq!(years("二〇二三年度"), [yr("二〇二三年度", 2023)]);
    assert_eq!(years("２０２２年"), [yr("２０２２年", 2022)]);
    assert_eq!(years("报告日 2025-01-18"), [yr("2025", 2025)]);
}

#[test]
fn bracketed_years_are_returned_for_the_caller_to_judge() {
    assert_eq!(
        years("沪XX审字(2024)第0123号 2023年度"),
        [yr("(2024)", 2024), yr("2023年度", 2023)]
    );
    assert_eq!(years("沪人社职〔2024〕447号"), [yr("〔2024〕", 2024)]);
}

#[test]
fn year_ranges_and_lists() {
    assert_eq!(
        years("2022-2023年度审计报告"),
        [yr("2022", 2022), yr("2023年度", 2023)]
    );
    assert_eq!(
        years("2021、2022、2023年度"),
        [yr("2021", 2021), yr("2022", 2022), yr("2023年度", 2023)]
    );
    assert_eq!(
        years("二〇二二至二〇二三年"),
        [yr("二〇二二", 2022), yr("二〇二三年", 2023)]
    );
}

#[test]
fn numbers_and_implausible_years_are_not_years() {
    for text in [
        "注册资本2000万元",
        "第0123号",
        "1989年",
        "2101年",
        "20231年",
        "12023年",
        "2023",
        "十二年",
    ] {
        assert!(years(text).is_empty(), "{text}: {:?}", years(text));
    }
    assert_eq!(years("1990年 2100年").len(), 2);
}

#[test]
fn last_fiscal_years_follow_the_june_rule() {
    // The notice's deadline: January 2025 → 2023 and 2022 (DOMAIN.md).
    assert_eq!(
        date::last_fiscal_years(date(2025, 1, 26), 2, (6, 1)),
        [2023, 2022]
    );
    assert_eq!(
        date::last_fiscal_years(date(2025, 5, 31), 2, (6, 1)),
        [2023, 2022]
    );
    assert_eq!(
        date::last_fiscal_years(date(2025, 6, 1), 2, (6, 1)),
        [2024, 2023]
    );
    assert_eq!(
        date::last_fiscal_years(date(2025, 12, 31), 3, (6, 1)),
        [2024, 2023, 2022]
    );
    assert!(date::last_fiscal_years(date(2025, 1, 26), 0, (6, 1)).is_empty());
    // Bounded: never below year 1.
    assert_eq!(
        date::last_fiscal_years(date(2025, 1, 26), u32::MAX, (6, 1)).len(),
        2023
    );
}

// ---- organisation names ----

#[test]
fn bracket_and_space_variants_compare_equal() {
    let a = normalise_org_name("上海某某（集团）有限公司");
    let b = normalise_org_name("上海某某(集团) 有限公司");
    assert_eq!(a, b);
    assert_eq!(a, "上海某某(集团)有限公司");
    for other in [
        "上海某某【集团】有限公司",
        "上海某某〔集团〕有限公司",
        "上海某某［集团］有限公司",
        "上 海 某 某\u{3000}( 集 团 )\n有限公司",
        "上海某某\u{200B}(集团)有限公司",
    ] {
        assert_eq!(normalise_org_name(other), a, "{other}");
    }
}

#[test]
fn full_width_letters_case_and_radicals_fold() {
    assert_eq!(
        normalise_org_name("上海ＡＢＣ教育科技有限公司"),
        normalise_org_name("上海abc教育科技有限公司")
    );
    // ⻓ (U+2ED3, a CJK radical some PDFs emit) is 长.
    assert_eq!(
        normalise_org_name("上海\u{2ED3}宁培训中心"),
        normalise_org_name("上海长宁培训中心")
    );
}

#[test]
fn different_names_stay_different() {
    assert_ne!(
        normalise_org_name("上海某某有限公司"),
        normalise_org_name("上海某某有限责任公司")
    );
    assert_ne!(
        normalise_org_name("上海某某有限公司"),
        normalise_org_name("上海某某有限公司分公司")
    );
}
