//! Calendar dates and years as Chinese documents write them: `2025年1月18日`,
//! `2025 年 1 月 18 日`, `2025-01-18`, `2025/1/18`, `2025.1.18`, full-width
//! digits (`２０２５年`), and Chinese numerals (`二〇二五年一月十八日`,
//! `二零二五年元月十八号`); plus the fiscal years an audit report should cover.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Years a found date may have; anything else is taken for a number.
const DATE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Years [`find_years`] reports.
const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// A calendar date (proleptic Gregorian). Ordered chronologically; displayed
/// and serialised as `YYYY-MM-DD`, and parsed (`FromStr`, `Deserialize`) from
/// exactly that form.
///
/// The fields are public for reading and matching; build dates with
/// [`Date::new`], which checks the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, 1–9999 for a date made by [`Date::new`].
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The day of the month, from 1.
    pub day: u32,
}

impl Date {
    /// The date, if it exists: year 1–9999, month 1–12, and a day the month
    /// has (`Date::new(2025, 2, 29)` is `None`, `Date::new(2024, 2, 29)` is not).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before), for differences between dates.
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The error of parsing a [`Date`] from a string that is not a real date in
/// the form `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid YYYY-MM-DD date: {0:?}")]
pub struct ParseDateError(pub String);

impl FromStr for Date {
    type Err = ParseDateError;

    /// Exactly `YYYY-MM-DD` in ASCII digits, and a date that exists.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseDateError(s.to_string());
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(err());
        }
        let year = s[0..4].parse().map_err(|_| err())?;
        let month = s[5..7].parse().map_err(|_| err())?;
        let day = s[8..10].parse().map_err(|_| err())?;
        Date::new(year, month, day).ok_or_else(err)
    }
}

/// Finds the dates in `text`: `(start, end, date)` with byte offsets, where
/// `&text[start..end]` is the date as written.
///
/// Recognised, with ASCII or full-width digits:
/// - `Y年M月D日` (or `号`), whitespace allowed around every part, so
///   `2025 年 1 月 18 日` and a date broken across lines are found; the year
///   may be four Arabic digits or four Chinese digits (`〇 ○ 零 一 … 九`), the
///   month and day Arabic digits or Chinese numerals (`十八`, `三十一`), and
///   month 1 may be `元月`;
/// - `Y-M-D`, `Y/M/D`, `Y.M.D` (full-width separators too) with a four-digit
///   year, one- or two-digit month and day and the same separator twice, not
///   inside a longer dotted or dashed number (`1.2025.1.18`, `2025.1.18.3`).
///
/// Only dates that exist (no `2月30日`) with years 1900–2100 are returned.
/// A year and month without a day (`2023年12月`) is not a date; see
/// [`find_years`].
pub fn find_dates(text: &str) -> Vec<(usize, usize, Date)> {
    let s = Scan::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.chars.len() {
        let found = s.cjk_date_at(i).or_else(|| s.numeric_date_at(i));
        match found {
            Some((date, end)) if DATE_YEARS.contains(&date.year) => {
                out.push((s.byte(i), s.byte(end), date));
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Finds the years in `text` that are written as years, 1990–2100:
/// `(start, end, year)` with byte offsets. The span covers the year and its
/// marker as written:
/// - a year followed by `年` or `年度` (whitespace allowed): `2023年度`,
///   `2023 年`, `二〇二三年度`, and the `2023年` of `2023年12月31日`;
/// - the year of a numeric date (`2025-01-18`): the four digits only;
/// - a year in brackets, as in document numbers: `(2024)` of
///   `沪XX审字(2024)第0123号`, `〔2024〕`, `［2024］`, brackets included;
/// - a year joined to such a year by `-`, `–`, `—`, `~`, `至`, `到`, `、`, `和`,
///   `及` or `与`: the `2022` of `2022-2023年度` or `2022、2023年度`, digits
///   only.
///
/// A bare number (`2000万元`) is not a year. Context (whether a bracketed year
/// is a document number's, whether `2023年` is a fiscal year) is left to the
/// caller.
pub fn find_years(text: &str) -> Vec<(usize, usize, i32)> {
    let s = Scan::new(text);
    let mut tokens: Vec<YearToken> = Vec::new();
    let mut i = 0;
    while i < s.chars.len() {
        let Some((year, end)) = s.year_at(i) else {
            i += 1;
            continue;
        };
        tokens.push(YearToken {
            start: i,
            end,
            year,
            span: s.year_marker(i, end),
        });
        i = end;
    }
    // A year joined to a marked year is marked; walk back so chains work.
    for k in (0..tokens.len()).rev() {
        if tokens[k].span.is_some() {
            continue;
        }
        if let Some(next) = tokens.get(k + 1)
            && next.span.is_some()
            && s.joined(tokens[k].end, next.start)
        {
            tokens[k].span = Some((tokens[k].start, tokens[k].end));
        }
    }
    tokens
        .into_iter()
        .filter(|t| PLAUSIBLE_YEARS.contains(&t.year))
        .filter_map(|t| t.span.map(|(a, b)| (s.byte(a), s.byte(b), t.year)))
        .collect()
}

/// Four digits read as a year (character indices), with the span of the year
/// and its marker if it has one.
struct YearToken {
    start: usize,
    end: usize,
    year: i32,
    span: Option<(usize, usize)>,
}

/// The last `n` fiscal years whose report can be expected on `reference`
/// (e.g. an application deadline), most recent first.
///
/// Fiscal years are calendar years, and the report of year Y is taken to exist
/// from `available_from` = (month, day) of year Y + 1 (for Chinese annual
/// audits, finished by the end of May, a rule set says `06-01`). So the latest
/// year is `reference.year − 1` when `reference` is on or after that day of
/// its year, else `reference.year − 2`. Years stop at year 1, so a huge `n`
/// yields at most `reference.year` years.
pub fn last_fiscal_years(reference: Date, n: u32, available_from: (u32, u32)) -> Vec<i32> {
    let latest = if (reference.month, reference.day) >= available_from {
        reference.year.saturating_sub(1)
    } else {
        reference.year.saturating_sub(2)
    };
    (0..n)
        .map_while(|k| i32::try_from(k).ok().and_then(|k| latest.checked_sub(k)))
        .take_while(|&y| y >= 1)
        .collect()
}

fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
        _ => None,
    }
}

/// A Chinese digit as used digit by digit in years (`二〇二五`).
fn cn_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' => Some(0),
        _ => cn_unit(c),
    }
}

/// 一–九.
fn cn_unit(c: char) -> Option<u32> {
    "一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .and_then(|p| u32::try_from(p + 1).ok())
}

fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || c == '十'
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '/' | '.' | '－' | '／' | '．')
}

/// Brackets around a year in a document number.
fn is_opener(c: char) -> bool {
    matches!(c, '(' | '（' | '〔' | '[' | '［' | '【' | '﹝' | '〖')
}

fn is_closer(c: char) -> bool {
    matches!(c, ')' | '）' | '〕' | ']' | '］' | '】' | '﹞' | '〗')
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '－' | '–' | '—' | '~' | '～' | '至' | '到' | '、' | '和' | '及' | '与'
    )
}

/// The text as characters with their byte offsets; all positions below are
/// character indices.
struct Scan<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        Scan {
            text,
            chars: text.char_indices().collect(),
        }
    }

    fn ch(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|p| p.1)
    }

    /// The character before index `i`.
    fn prev(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|p| self.ch(p))
    }

    /// Byte offset of character index `i` (the text length past the end).
    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |p| p.0)
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.ch(i).is_some_and(char::is_whitespace) {
            i += 1;
        }
        i
    }

    /// A run of exactly four digits of one kind starting at `i` (Arabic, or
    /// Chinese digit by digit): the year and the index after it.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let c = self.ch(i)?;
        let digit: fn(char) -> Option<u32> = if arabic_digit(c).is_some() {
            arabic_digit
        } else if cn_digit(c).is_some() {
            if self.prev(i).is_some_and(is_cn_numeral) {
                return None;
            }
            cn_digit
        } else {
            return None;
        };
        if self.prev(i).and_then(digit).is_some() {
            return None;
        }
        let mut value = 0u32;
        let mut j = i;
        while let Some(d) = self.ch(j).and_then(digit) {
            if j - i == 4 {
                return None;
            }
            value = value * 10 + d;
            j += 1;
        }
        if j - i != 4 || self.ch(j).is_some_and(|c| c == '十') {
            return None;
        }
        Some((i32::try_from(value).ok()?, j))
    }

    /// One or two Arabic digits, not followed by a third.
    fn arabic_number_at(&self, i: usize) -> Option<(u32, usize)> {
        let mut value = arabic_digit(self.ch(i)?)?;
        let mut j = i + 1;
        if let Some(d) = self.ch(j).and_then(arabic_digit) {
            value = value * 10 + d;
            j += 1;
        }
        if self.ch(j).and_then(arabic_digit).is_some() {
            return None;
        }
        Some((value, j))
    }

    /// A month or day: Arabic digits, or a Chinese numeral up to 九十九
    /// (一, 十, 十八, 二十, 三十一).
    fn small_number_at(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.arabic_number_at(i) {
            return Some(n);
        }
        let mut j = i;
        let units = self.ch(j).and_then(cn_unit);
        if units.is_some() {
            j += 1;
        }
        let value = if self.ch(j) == Some('十') {
            j += 1;
            let ones = self.ch(j).and_then(cn_unit);
            if ones.is_some() {
                j += 1;
            }
            units.unwrap_or(1) * 10 + ones.unwrap_or(0)
        } else {
            units?
        };
        if self.ch(j).is_some_and(is_cn_numeral) {
            return None;
        }
        Some((value, j))
    }

    /// `Y年M月D日` at `i`: the date and the index after `日`.
    fn cjk_date_at(&self, i: usize) -> Option<(Date, usize)> {
        let (year, j) = self.year_at(i)?;
        let j = self.skip_ws(j);
        (self.ch(j)? == '年').then_some(())?;
        let j = self.skip_ws(j + 1);
        let (month, j) = if self.ch(j)? == '元' {
            (1, j + 1)
        } else {
            self.small_number_at(j)?
        };
        let j = self.skip_ws(j);
        (self.ch(j)? == '月').then_some(())?;
        let j = self.skip_ws(j + 1);
        let (day, j) = self.small_number_at(j)?;
        let j = self.skip_ws(j);
        matches!(self.ch(j)?, '日' | '号' | '號').then_some(())?;
        Some((Date::new(year, month, day)?, j + 1))
    }

    /// `Y-M-D`, `Y/M/D` or `Y.M.D` at `i`: the date and the index after it.
    fn numeric_date_at(&self, i: usize) -> Option<(Date, usize)> {
        arabic_digit(self.ch(i)?)?;
        if self.prev(i).is_some_and(is_separator)
            && i.checked_sub(2)
                .and_then(|p| self.ch(p))
                .is_some_and(|c| c.is_ascii_alphanumeric() || arabic_digit(c).is_some())
        {
            return None;
        }
        let (year, j) = self.year_at(i)?;
        let sep = self.ch(j).filter(|c| is_separator(*c))?;
        let (month, j) = self.arabic_number_at(j + 1)?;
        (self.ch(j)? == sep).then_some(())?;
        let (day, j) = self.arabic_number_at(j + 1)?;
        if self.ch(j).is_some_and(is_separator) && self.ch(j + 1).and_then(arabic_digit).is_some() {
            return None;
        }
        Some((Date::new(year, month, day)?, j))
    }

    /// The span (char indices) of a year token `[i, end)` with its marker.
    fn year_marker(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        let k = self.skip_ws(end);
        if self.ch(k) == Some('年') {
            let d = self.skip_ws(k + 1);
            let stop = if self.ch(d) == Some('度') {
                d + 1
            } else {
                k + 1
            };
            return Some((i, stop));
        }
        if self.numeric_date_at(i).is_some() {
            return Some((i, end));
        }
        if self.prev(i).is_some_and(is_opener) && self.ch(end).is_some_and(is_closer) {
            return Some((i - 1, end + 1));
        }
        None
    }

    /// `[from, to)` is whitespace around one joiner.
    fn joined(&self, from: usize, to: usize) -> bool {
        let k = self.skip_ws(from);
        self.ch(k).is_some_and(is_joiner) && self.skip_ws(k + 1) == to
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn calendar() {
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2025, 4, 31).is_none());
        assert!(Date::new(2025, 13, 1).is_none());
        assert!(Date::new(2025, 1, 0).is_none());
    }

    #[test]
    fn small_numbers() {
        let s = Scan::new("十八日三十一日十八三");
        assert_eq!(s.small_number_at(0), Some((18, 2)));
        assert_eq!(s.small_number_at(3), Some((31, 6)));
        // A numeral running on is not a month or day.
        assert_eq!(s.small_number_at(7), None);
        let s = Scan::new("十");
        assert_eq!(s.small_number_at(0), Some((10, 1)));
        let s = Scan::new("九十");
        assert_eq!(s.small_number_at(0), Some((90, 2)));
        let s = Scan::new("123");
        assert_eq!(s.small_number_at(0), None);
    }

    #[test]
    fn year_needs_exactly_four_digits() {
        assert_eq!(Scan::new("2023").year_at(0), Some((2023, 4)));
        assert_eq!(Scan::new("20231").year_at(0), None);
        assert_eq!(Scan::new("12023").year_at(1), None);
        assert_eq!(Scan::new("二〇二三").year_at(0), Some((2023, 4)));
        assert_eq!(Scan::new("二〇二三十").year_at(0), None);
    }

    #[test]
    fn fiscal_rule_boundary() {
        assert_eq!(last_fiscal_years(d(2025, 5, 31), 1, (6, 1)), vec![2023]);
        assert_eq!(last_fiscal_years(d(2025, 6, 1), 1, (6, 1)), vec![2024]);
    }
}

#[cfg(test)]
mod epoch_tests {
    use super::Date;

    #[test]
    fn days_since_epoch_counts_calendar_days() {
        let d = |y, m, d| Date::new(y, m, d).expect("a date");
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(
            d(2000, 3, 1).days_since_epoch() - d(2000, 2, 28).days_since_epoch(),
            2
        );
        assert_eq!(
            d(2025, 1, 26).days_since_epoch() - d(2024, 1, 26).days_since_epoch(),
            366
        );
        assert_eq!(d(1969, 12, 31).days_since_epoch(), -1);
    }
}
