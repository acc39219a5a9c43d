//! OCR through the `tesseract` program (Debian `tesseract-ocr` with
//! `tesseract-ocr-chi-sim`). A page goes in as a gray PGM on stdin with the
//! red already dropped; the word table (TSV) comes back on stdout and gives
//! the text line by line and a confidence. `OMP_THREAD_LIMIT=1`: Tesseract's
//! own threads make it several times slower on a busy machine; pages run in
//! parallel instead. The program rather than a binding: no C toolchain or
//! headers at build time, a crash or hang in Tesseract cannot take the batch
//! down (it is killed at its time limit), and without it the tool still runs.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::raster::pgm;

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
pub fn recognise(
    gray: &[u8],
    width: u32,
    height: u32,
    opts: &OcrOptions,
) -> Result<OcrText, String> {
    available(&opts.lang)?;
    let input = pgm(width, height, gray);
    let psm = std::env::var("PRESCREEN_OCR_PSM").unwrap_or_else(|_| "3".into());
    let mut child = Command::new(program())
        .args(["stdin", "stdout", "-l", &opts.lang, "--psm", &psm])
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
    let deadline = Instant::now() + opts.page_timeout;
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
        None => Err(format!(
            "OCR 超过 {} 秒未完成，已停止",
            opts.page_timeout.as_secs()
        )),
        Some(s) if !s.success() => Err("OCR 程序运行失败".into()),
        Some(_) => Ok(parse_tsv(&String::from_utf8_lossy(&out))),
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Text and confidence from Tesseract's TSV: words joined into lines (a
/// space only between two non-CJK words), lines in reading order.
pub fn parse_tsv(tsv: &str) -> OcrText {
    let mut text = String::new();
    let mut line_key: Option<(u32, u32, u32, u32)> = None;
    let (mut weighted, mut chars) = (0.0f64, 0usize);
    for row in tsv.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let word = cols[11].trim();
        if word.is_empty() {
            continue;
        }
        let n = |i: usize| cols[i].parse::<u32>().unwrap_or(0);
        let key = (n(1), n(2), n(3), n(4));
        if line_key != Some(key) {
            if line_key.is_some() {
                text.push('\n');
            }
            line_key = Some(key);
        } else {
            let prev = text.chars().last();
            let next = word.chars().next();
            if !(prev.is_some_and(is_cjk) || next.is_some_and(is_cjk)) {
                text.push(' ');
            }
        }
        text.push_str(word);
        if let Ok(conf) = cols[10].parse::<f64>()
            && conf >= 0.0
        {
            let k = word.chars().count();
            weighted += conf * k as f64;
            chars += k;
        }
    }
    if !text.is_empty() {
        text.push('\n');
    }
    OcrText {
        text: cjk_punctuation(&text),
        confidence: if chars == 0 {
            0.0
        } else {
            ((weighted / chars as f64) * 10.0).round() as f32 / 10.0
        },
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
        let o = parse_tsv(tsv);
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
    fn empty_output_is_empty_text() {
        let o = parse_tsv("");
        assert_eq!(o.text, "");
        assert_eq!(o.confidence, 0.0);
    }
}
