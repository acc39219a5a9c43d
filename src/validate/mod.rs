//! Validators and finders for the few structured values the rules of notice
//! 沪人社职〔2024〕447号 depend on: the 统一社会信用代码 (both check characters,
//! the category and the registering division), dates and fiscal years written
//! the many ways Chinese documents write them, and organisation names folded so
//! that two spellings of one name compare equal. Everything here is a pure
//! function of its input: no I/O and no panics, whatever the text.
//!
//! This module reports what a value *is*; it does not decide what that means
//! for an application. It does not say a package is eligible, which year an
//! audit report covers, or whether a found code belongs to the applicant:
//! those judgements, with their context and evidence, belong to the rule
//! engine. A failed checksum is reported as a fact, never turned into a
//! refusal here (a few real, issued codes fail their checks).

pub mod credit_code;
pub mod date;
pub mod org_name;
