//! OCR through the `tesseract` program (Debian `tesseract-ocr` with
//! `tesseract-ocr-chi-sim`). A page goes in as a gray uncompressed TIFF on
//! stdin with the red already dropped; the word table (TSV) comes back on
//! stdout and gives the text line by line and a confidence.
//! `OMP_THREAD_LIMIT=1`: Tesseract's own threads make it several times
//! slower on a busy machine; pages run in parallel instead. The program
//! rather than a binding: no C toolchain or headers at build time, a crash
//! or hang in Tesseract cannot take the batch down (it is killed at its time
//! limit), and without it the tool still runs.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::raster::tiff;

/// How OCR runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OcrOptions {
    /// Tesseract language(s), e.g. `chi_sim`.
    pub lang: String,
    /// Wall-clock limit per page.
    pub page_timeout: Duration,
    /// Most pages OCR'd per document (the rest are left unread, and said so).
    pub max_pages: usize,
}

impl Default for OcrOptions {
    fn default() -> Self {
        OcrOptions {
            lang: "chi_sim".into(),
            page_timeout: Duration::from_secs(90),
            max_pages: 40,
        }
    }
}

/// Text read by OCR from one page.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrText {
    pub text: String,
    /// Mean word confidence (0–100), weighted by characters.
    pub confidence: f32,
}

/// The program to run: `PRESCREEN_TESSERACT` or `tesseract` on the PATH.
fn program() -> String {
    std::env::var("PRESCREEN_TESSERACT").unwrap_or_else(|_| "tesseract".into())
}

/// Whether Tesseract with `lang` can run here; the reason (in Chinese) when
/// not. Checked once per process.
pub fn available(lang: &str) -> Result<(), String> {
    static LANGS: OnceLock<Result<Vec<String>, String>> = OnceLock::new();
    let langs = LANGS.get_or_init(|| {
        let out = Command::new(program())
            .arg("--list-langs")
            .stdin(Stdio::null())
            .output()
            .map_err(|_| {
                "未安装 OCR 程序 tesseract（Debian：tesseract-ocr、tesseract-ocr-chi-sim）"
                    .to_string()
            })?;
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        Ok(text
            .lines()
            .skip_while(|l| !l.starts_with("List of available languages"))
            .skip(1)
            .map(|l| l.trim().to_string())
            .collect())
    });
    match langs {
        Err(e) => Err(e.clone()),
        Ok(list) => {
            let missing: Vec<&str> = lang
                .split('+')
                .filter(|l| !list.iter().any(|x| x == l))
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "OCR 程序缺少语言包 {}（Debian：tesseract-ocr-chi-sim）",
                    missing.join("、")
                ))
            }
        }
    }
}

/// Reads the text of a gray page (`width` × `height`, 8 bits a pixel).
///
/// Tesseract's page layout analysis now and then drops a line standing on
/// its own, most often a big title (承诺书, 营业执照) above a table: ink
/// that no word box covers is read again, band by band, as a block of text
/// (see [`missed_bands`]), and what reads with confidence joins the page
/// at its place.
pub fn recognise(
    gray: &[u8],
    width: u32,
    height: u32,
    opts: &OcrOptions,
) -> Result<OcrText, String> {
    available(&opts.lang)?;
    let psm = std::env::var("PRESCREEN_OCR_PSM").unwrap_or_else(|_| "3".into());
    let started = Instant::now();
    let tsv = run(gray, width, height, &psm, opts)?;
    let mut words = parse_words(&tsv);
    let bands = missed_bands(gray, width, height, &line_boxes(&tsv, width, height));
    for (i, (y0, y1)) in bands.into_iter().enumerate() {
        let left = opts.page_timeout.saturating_sub(started.elapsed());
        let w = width as usize;
        let Some(band) = gray.get(y0 as usize * w..y1 as usize * w) else {
            continue;
        };
        let (band, columns) = close_gaps(band, w, (y1 - y0) as usize);
        let band_opts = OcrOptions {
            page_timeout: left,
            ..opts.clone()
        };
        let Ok(tsv) = run(&band, columns.len() as u32, y1 - y0, "6", &band_opts) else {
            continue;
        };
        let page_x = |x: u32| columns.get(x as usize).copied().unwrap_or(width);
        // Only words where the page read none: a band also takes in the
        // edges of lines that were read.
        let found: Vec<Word> = parse_words(&tsv)
            .into_iter()
            // A rule read as | or a speck as a stop is no word.
            .filter(|w| w.text.chars().any(char::is_alphanumeric))
            .map(|w| Word {
                key: (w.key.0, w.key.1 + 1000 * (i as u32 + 1), w.key.2, w.key.3),
                top: w.top + y0,
                left: page_x(w.left),
                width: page_x(w.left + w.width).saturating_sub(page_x(w.left)),
                ..w
            })
            .filter(|w| {
                let (cx, cy) = (w.left + w.width / 2, w.top + w.height / 2);
                !words.iter().any(|o| {
                    !o.text.is_empty()
                        && cx + 4 >= o.left
                        && cx <= o.left + o.width + 4
                        && cy + 4 >= o.top
                        && cy <= o.top + o.height + 4
                })
            })
            .collect();
        let chars: usize = found.iter().map(|w| w.text.chars().count()).sum();
        if chars >= 2 && mean_confidence(&found) >= BAND_MIN_CONFIDENCE {
            // Before the first line of the page that starts below the band.
            let at = words.iter().position(|w| w.top > y0).unwrap_or(words.len());
            words.splice(at..at, found);
        }
    }
    Ok(assemble(&words))
}

/// Runs Tesseract on one gray image with a page segmentation mode; its TSV.
fn run(
    gray: &[u8],
    width: u32,
    height: u32,
    psm: &str,
    opts: &OcrOptions,
) -> Result<String, String> {
    let timeout = opts.page_timeout;
    let input = tiff(width, height, gray).ok_or("OCR 无法准备页面图像")?;
    let mut child = Command::new(program())
        .args(["stdin", "stdout", "-l", &opts.lang, "--psm", psm])
        // No search for white-on-black text: a fifth less time on a page.
        .args(["-c", "tessedit_do_invert=0", "tsv"])
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("OCR 程序无法启动（{e}）"))?;
    let mut stdin = child.stdin.take().ok_or("OCR 程序无法启动（无输入管道）")?;
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child
        .stdout
        .take()
        .ok_or("OCR 程序无法启动（无输出管道）")?;
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(15)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let _ = writer.join();
    let out = reader.join().unwrap_or_default();
    match status {
        None => Err(format!("OCR 超过 {} 秒未完成，已停止", timeout.as_secs())),
        Some(s) if !s.success() => Err("OCR 程序运行失败".into()),
        Some(_) => Ok(String::from_utf8_lossy(&out).into_owned()),
    }
}

/// A band (`w` wide, `h` high) with every blank gap between inked columns
/// cut to a quarter of its height: a title set with wide letter spacing
/// (承　诺　书) reads as one word, which Tesseract reads far better than
/// three lone characters. Also the page column of each column kept.
fn close_gaps(band: &[u8], w: usize, h: usize) -> (Vec<u8>, Vec<u32>) {
    let inked: Vec<bool> = (0..w)
        .map(|x| (0..h).any(|y| band.get(y * w + x).is_some_and(|v| *v < INK)))
        .collect();
    let most = (h / 4).max(4);
    let mut columns: Vec<u32> = Vec::with_capacity(w);
    let mut blank = 0;
    for (x, ink) in inked.iter().enumerate() {
        blank = if *ink { 0 } else { blank + 1 };
        if blank <= most {
            columns.push(x as u32);
        }
    }
    let mut out = Vec::with_capacity(columns.len() * h);
    for y in 0..h {
        out.extend(
            columns
                .iter()
                .map(|&x| band.get(y * w + x as usize).copied().unwrap_or(255)),
        );
    }
    (out, columns)
}

/// Below this gray level a pixel is ink (a grey seal on a grayscale scan,
/// JPEG noise and paper texture are lighter).
const INK: u8 = 110;
/// A band read again must reach this mean confidence to join the page (a
/// photo or a seal read as text does not).
const BAND_MIN_CONFIDENCE: f64 = 70.0;
/// Most bands read again on one page.
const MAX_BANDS: usize = 3;

/// Horizontal bands of ink that no line or word box covers (rows `y0..y1`): a line
/// Tesseract's layout analysis did not find. A table's rules (long vertical
/// or horizontal runs) are not ink here; a band is as high as a line of text
/// (a sixth of the page at most) and padded a little.
fn missed_bands(gray: &[u8], width: u32, height: u32, boxes: &[[u32; 4]]) -> Vec<(u32, u32)> {
    let (w, h) = (width as usize, height as usize);
    if w == 0 || h < 20 || gray.len() < w * h {
        return Vec::new();
    }
    let mut cover = vec![false; w * h];
    for &[left, top, bw, bh] in boxes {
        let (x0, y0) = (
            (left as usize).saturating_sub(4),
            (top as usize).saturating_sub(4),
        );
        let x1 = (left as usize + bw as usize + 4).min(w);
        let y1 = (top as usize + bh as usize + 4).min(h);
        for y in y0..y1 {
            if let Some(row) = cover.get_mut(y * w + x0.min(x1)..y * w + x1) {
                row.fill(true);
            }
        }
    }
    let covered = |x: usize, y: usize| cover[y * w + x];
    // Columns crossed by a long vertical run of ink: rules, frames.
    let long = h / 20;
    let mut rule = vec![false; w];
    for (x, r) in rule.iter_mut().enumerate() {
        let mut run = 0;
        for y in 0..h {
            if gray[y * w + x] < INK {
                run += 1;
                if run > long {
                    *r = true;
                    break;
                }
            } else {
                run = 0;
            }
        }
    }
    // Rows with uncovered ink, row by row (word boxes per row first).
    let min_ink = (w / 300).max(4);
    let wide = w / 12;
    let mut inked = vec![false; h];
    for (y, flag) in inked.iter_mut().enumerate() {
        let row = &gray[y * w..(y + 1) * w];
        // Ink outside rules: not in a vertical rule's column, not in a
        // horizontal run longer than a few characters (a table's line).
        let mut uncovered = 0;
        let mut x = 0;
        while x < w {
            if row[x] >= INK {
                x += 1;
                continue;
            }
            let from = x;
            while x < w && row[x] < INK {
                x += 1;
            }
            if x - from <= wide {
                uncovered += (from..x).filter(|&i| !rule[i] && !covered(i, y)).count();
            }
        }
        *flag = uncovered >= min_ink;
    }
    let (min_h, max_h, pad) = ((h / 150).max(8), h / 6, (h / 200).max(4));
    let mut bands = Vec::new();
    let mut y = 0;
    while y < h && bands.len() < MAX_BANDS {
        if !inked[y] {
            y += 1;
            continue;
        }
        let start = y;
        let mut end = y;
        while y < h && (inked[y] || (y - end) <= 3) {
            if inked[y] {
                end = y;
            }
            y += 1;
        }
        let tall = end + 1 - start;
        if (min_h..=max_h).contains(&tall) {
            bands.push((
                start.saturating_sub(pad) as u32,
                (end + 1 + pad).min(h) as u32,
            ));
        }
    }
    bands
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// One word of Tesseract's TSV (level 5), with its box in pixels.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    /// (page, block, paragraph, line): words with the same key share a line.
    pub key: (u32, u32, u32, u32),
    pub left: u32,
    pub top: u32,
    pub width: u32,
    pub height: u32,
    /// 0–100; negative when Tesseract gives none.
    pub conf: f64,
    pub text: String,
}

/// The words of Tesseract's TSV, in its reading order (blank ones too: they
/// box a table's rules).
fn parse_words(tsv: &str) -> Vec<Word> {
    tsv.lines()
        .skip(1)
        .filter_map(|row| {
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() < 12 || cols[0] != "5" {
                return None;
            }
            let n = |i: usize| cols[i].parse::<u32>().unwrap_or(0);
            Some(Word {
                key: (n(1), n(2), n(3), n(4)),
                left: n(6),
                top: n(7),
                width: n(8),
                height: n(9),
                conf: cols[10].parse::<f64>().unwrap_or(-1.0),
                text: cols[11].trim().to_string(),
            })
        })
        .collect()
}

/// The boxes (left, top, width, height) of the lines and words in
/// Tesseract's TSV: what its layout analysis found. A line counts when a
/// word of it has text; a blank word (a table's rule) when it is small: a
/// certificate's frame comes back as a blank word the size of the page.
fn line_boxes(tsv: &str, width: u32, height: u32) -> Vec<[u32; 4]> {
    // (level, line key, box, has text)
    type Row<'a> = (&'a str, (u32, u32, u32, u32), [u32; 4], bool);
    let rows: Vec<Row> = tsv
        .lines()
        .skip(1)
        .filter_map(|row| {
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() < 12 || !matches!(cols[0], "4" | "5") {
                return None;
            }
            let n = |i: usize| cols[i].parse::<u32>().unwrap_or(0);
            let texty = !cols[11].trim().is_empty();
            Some((
                cols[0],
                (n(1), n(2), n(3), n(4)),
                [n(6), n(7), n(8), n(9)],
                texty,
            ))
        })
        .collect();
    let texty_lines: Vec<(u32, u32, u32, u32)> = rows
        .iter()
        .filter(|r| r.0 == "5" && r.3)
        .map(|r| r.1)
        .collect();
    let small = |b: &[u32; 4]| {
        b[3] <= height / 8 && (b[2] as u64 * b[3] as u64) * 50 <= width as u64 * height as u64
    };
    rows.iter()
        .filter(|(level, key, b, texty)| match *level {
            "4" => texty_lines.contains(key),
            _ => *texty || small(b),
        })
        .map(|r| r.2)
        .collect()
}

/// Mean word confidence weighted by characters (0 without words).
fn mean_confidence(words: &[Word]) -> f64 {
    let (mut weighted, mut chars) = (0.0f64, 0usize);
    for w in words.iter().filter(|w| !w.text.is_empty() && w.conf >= 0.0) {
        let k = w.text.chars().count();
        weighted += w.conf * k as f64;
        chars += k;
    }
    if chars == 0 {
        0.0
    } else {
        weighted / chars as f64
    }
}

/// Words joined into lines (a space only between two non-CJK words), in
/// Tesseract's reading order, with their confidence.
fn assemble(words: &[Word]) -> OcrText {
    let mut text = String::new();
    let mut line_key: Option<(u32, u32, u32, u32)> = None;
    for w in words.iter().filter(|w| !w.text.is_empty()) {
        if line_key != Some(w.key) {
            if line_key.is_some() {
                text.push('\n');
            }
            line_key = Some(w.key);
        } else {
            let prev = text.chars().last();
            let next = w.text.chars().next();
            if !(prev.is_some_and(is_cjk) || next.is_some_and(is_cjk)) {
                text.push(' ');
            }
        }
        text.push_str(&w.text);
    }
    if !text.is_empty() {
        text.push('\n');
    }
    OcrText {
        text: pair_brackets(&cjk_punctuation(&text)),
        confidence: (mean_confidence(words) * 10.0).round() as f32 / 10.0,
    }
}

/// Chinese text uses full-width punctuation; Tesseract often gives the ASCII
/// look-alike (：read as :). An ASCII mark next to a CJK character becomes
/// the full-width one.
fn cjk_punctuation(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let near_cjk = |i: usize| {
        let before = chars[..i].iter().rev().find(|c| **c != ' ').copied();
        let after = chars
            .get(i + 1..)
            .and_then(|r| r.iter().find(|c| **c != ' ').copied());
        before.is_some_and(is_cjk) || after.is_some_and(is_cjk)
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let wide = match c {
                ':' => '：',
                ',' => '，',
                ';' => '；',
                '(' => '（',
                ')' => '）',
                '?' => '？',
                '!' => '！',
                _ => return c,
            };
            if near_cjk(i) { wide } else { c }
        })
        .collect()
}

/// Tesseract reads Chinese brackets as look-alikes: （ as 〈 or 《, 〔 as 【
/// or [, and one half of a pair often differently from the other. A pair
/// whose halves disagree is made consistent: a round bracket with an angle
/// one or with its other-width twin is （…）, and square brackets of
/// different shapes around a year are 〔…〕 (a document number, 沪人社职
/// 〔2024〕447号). Pairs that agree, and unpaired marks, are left as read.
fn pair_brackets(text: &str) -> String {
    #[derive(PartialEq)]
    enum Family {
        Round,
        Angle,
        Square,
    }
    fn family(c: char) -> Option<(Family, bool)> {
        Some(match c {
            '（' | '(' => (Family::Round, true),
            '）' | ')' => (Family::Round, false),
            '〈' | '《' => (Family::Angle, true),
            '〉' | '》' => (Family::Angle, false),
            '【' | '[' | '〔' => (Family::Square, true),
            '】' | ']' | '〕' => (Family::Square, false),
            _ => return None,
        })
    }
    let mut chars: Vec<char> = text.chars().collect();
    let mut open: Vec<usize> = Vec::new();
    for i in 0..chars.len() {
        let Some((fc, opens)) = family(chars[i]) else {
            continue;
        };
        if opens {
            open.push(i);
            continue;
        }
        let Some(o) = open.pop() else { continue };
        let Some((fo, _)) = family(chars[o]) else {
            continue;
        };
        let (a, b) = (chars[o], chars[i]);
        match (fo, fc) {
            (Family::Round, Family::Round) if (a == '(') != (b == ')') => {
                (chars[o], chars[i]) = ('（', '）')
            }
            (Family::Round, Family::Angle) | (Family::Angle, Family::Round) => {
                (chars[o], chars[i]) = ('（', '）')
            }
            (Family::Square, Family::Square) => {
                let inner: String = chars[o + 1..i].iter().filter(|c| **c != ' ').collect();
                let year = inner.len() == 4 && inner.chars().all(|c| c.is_ascii_digit());
                let agree = matches!((a, b), ('【', '】') | ('[', ']') | ('〔', '〕'));
                if year && !agree {
                    (chars[o], chars[i]) = ('〔', '〕')
                }
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_words_become_lines_with_a_confidence() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n\
            5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\t推荐\n\
            5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t80\t函\n\
            5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t70\tNo.\n\
            5\t1\t1\t1\t2\t2\t0\t0\t10\t10\t70\t12\n";
        let o = assemble(&parse_words(tsv));
        assert_eq!(o.text, "推荐函\nNo. 12\n");
        // (90×2 + 80×1 + 70×3 + 70×2) / 8
        assert_eq!(o.confidence, 76.3);
    }

    #[test]
    fn ascii_punctuation_next_to_chinese_becomes_full_width() {
        assert_eq!(
            cjk_punctuation("(联系人:王敏, 电话: 58012345) Tel: 1"),
            "（联系人：王敏， 电话： 58012345) Tel: 1"
        );
    }

    #[test]
    fn bracket_pairs_whose_halves_disagree_are_made_consistent() {
        assert_eq!(
            pair_brackets("《通知》〈沪\n人社职【2024] 447号）〈工种）电话： 58012345)"),
            "《通知》（沪\n人社职〔2024〕 447号）（工种）电话： 58012345)"
        );
        assert_eq!(
            pair_brackets("（电话 58012345) [2025] 〈书名〉 【注】 （未闭"),
            "（电话 58012345） [2025] 〈书名〉 【注】 （未闭"
        );
    }

    /// A white page with ink blocks (x, y, w, h) of glyph-like strokes.
    fn page(w: u32, h: u32, blocks: &[(u32, u32, u32, u32)]) -> Vec<u8> {
        let mut g = vec![255u8; (w * h) as usize];
        for &(x, y, bw, bh) in blocks {
            for yy in y..y + bh {
                for xx in (x..x + bw).filter(|xx| xx % 6 < 3) {
                    g[(yy * w + xx) as usize] = 0;
                }
            }
        }
        g
    }

    #[test]
    fn a_line_no_box_covers_is_a_missed_band() {
        let (w, h) = (1200, 1600);
        // A title at y 100..150 that layout analysis missed, a line of text
        // it read at y 300..330, a table rule across the page at y 400.
        let mut gray = page(w, h, &[(500, 100, 200, 50), (100, 300, 900, 30)]);
        for x in 50..1150 {
            gray[(400 * w + x) as usize] = 0;
        }
        let bands = missed_bands(&gray, w, h, &[[100, 300, 900, 30]]);
        assert_eq!(bands.len(), 1, "{bands:?}");
        let (y0, y1) = bands[0];
        assert!(y0 <= 100 && (150..300).contains(&y1), "{bands:?}");
        // Everything read: nothing to read again.
        let all = missed_bands(&gray, w, h, &[[100, 300, 900, 30], [500, 100, 200, 50]]);
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn wide_gaps_in_a_band_close_and_columns_map_back() {
        // Three 10-px glyphs 100 px apart in a 40-px band.
        let (w, h) = (300usize, 40usize);
        let gray = page(
            w as u32,
            h as u32,
            &[(0, 5, 10, 30), (108, 5, 10, 30), (216, 5, 10, 30)],
        );
        let (band, columns) = close_gaps(&gray, w, h);
        assert_eq!(band.len(), columns.len() * h);
        // Gaps cut to 10 columns (a quarter of the height).
        assert!(columns.len() < 70, "{}", columns.len());
        assert_eq!(columns[0], 0);
        assert!(columns.contains(&108) && columns.contains(&216));
    }

    #[test]
    fn empty_output_is_empty_text() {
        let o = assemble(&parse_words(""));
        assert_eq!(o.text, "");
        assert_eq!(o.confidence, 0.0);
    }
}
