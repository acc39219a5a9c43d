//! Extract stage, hostile PDFs: whatever the input, extraction returns (no
//! crash, no hang past its time limit), keeps memory bounded, and gives a status
//! with a Chinese reason when the status is not `ok`.
//!
//! Fixtures live in `tests/fixtures/hostile/` (built by its `make.py`; see the
//! table there). Payloads too big to commit even compressed are built here at
//! run time: an uncompressed 200 000-deep nest, 200 000 plain objects, and
//! single-layer deflate streams (1 GiB of spaces; 100 MiB of spaces between two
//! lines of text) written with a tiny fixed-Huffman deflate encoder.
//!
//! The bomb and flood cases run in a child process (this test binary
//! re-executed on one test, under `ulimit -v`), which reports its peak resident
//! memory: a blow-up then fails one test instead of taking the machine or the
//! whole test binary down, and "memory stays bounded" is checked, not assumed.
//!
//! Tests marked `#[ignore = "BUG: …"]` are open bugs found by these fixtures,
//! each next to an always-on test of the guarantee for the same input; run them
//! with `cargo test --release --test extract_hostile -- --ignored`.
//!
//! Nothing here asserts on timing: a test that returns is the proof that the
//! extraction returned. Time-critical cases use a short time limit so the file
//! stays fast.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use prescreen::extract::{DocKind, Document, ExtractOptions, Status, extract_document};

// ---------------------------------------------------------------------------
// Helpers

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(dir().join(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

fn short(secs: u64) -> ExtractOptions {
    ExtractOptions {
        time_limit: Duration::from_secs(secs),
        ..ExtractOptions::default()
    }
}

fn extract(name: &str, opts: &ExtractOptions) -> (Vec<u8>, Document) {
    let bytes = fixture(name);
    let doc = extract_document(&format!("材料/{name}"), &bytes, opts);
    (bytes, doc)
}

fn text(doc: &Document) -> String {
    doc.pages.join("\u{c}")
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF)
}

/// The invariants every result must keep, whatever the input, and the status
/// among `allowed`.
fn check(name: &str, bytes: &[u8], doc: &Document, allowed: &[Status]) {
    assert!(
        allowed.contains(&doc.status),
        "{name}: status {:?} not in {allowed:?}; reason {:?}; pages {}",
        doc.status,
        doc.reason,
        doc.pages.len()
    );
    if doc.status != Status::Ok {
        let reason = doc
            .reason
            .as_deref()
            .unwrap_or_else(|| panic!("{name}: status {:?} without a reason", doc.status));
        assert!(
            reason.chars().any(is_han),
            "{name}: reason is not Chinese: {reason:?}"
        );
    }
    assert_eq!(doc.kind, DocKind::Pdf, "{name}: kind");
    assert_eq!(doc.size, bytes.len() as u64, "{name}: size");
    assert_eq!(
        doc.sha256,
        prescreen::extract::sha256_hex(bytes),
        "{name}: sha256"
    );
    assert_eq!(
        doc.pages.len(),
        doc.page_quality.len(),
        "{name}: pages and page_quality differ in length"
    );
}

/// Status `ok` and every marker in the text.
fn check_text(name: &str, bytes: &[u8], doc: &Document, markers: &[&str]) {
    check(name, bytes, doc, &[Status::Ok]);
    let t = text(doc);
    for m in markers {
        assert!(t.contains(m), "{name}: text lacks {m:?}: {t:?}");
    }
}

/// If the status is `ok`, the text must hold the markers (an `ok` document with
/// its text lost would be a silent failure).
fn ok_means_text(name: &str, doc: &Document, markers: &[&str]) {
    if doc.status == Status::Ok {
        let t = text(doc);
        for m in markers {
            assert!(t.contains(m), "{name}: ok but text lacks {m:?}: {t:?}");
        }
    }
}

const NOT_OK_BUT_GRACEFUL: &[Status] = &[
    Status::Ok,
    Status::PartialText,
    Status::NoTextLayer,
    Status::UnreliableText,
    Status::Corrupt,
];

// ---------------------------------------------------------------------------
// Building PDFs in memory (for payloads too big to commit)

/// Same text as `make.py`: "测试" through UniGB-UTF16-H, then ASCII.
const TEXT: &[u8] =
    b"BT /F1 24 Tf 72 760 Td <6D4B8BD5> Tj ET\nBT /F2 12 Tf 72 730 Td (hostile fixture) Tj ET\n";
const FONTS: &[u8] = b"/Font << /F1 6 0 R /F2 8 0 R >>";

fn stream_obj(dict_extra: &[u8], data: &[u8]) -> Vec<u8> {
    let mut v = b"<< ".to_vec();
    v.extend_from_slice(dict_extra);
    v.extend_from_slice(format!("/Length {} >>\nstream\n", data.len()).as_bytes());
    v.extend_from_slice(data);
    v.extend_from_slice(b"\nendstream");
    v
}

/// The standard one-page document of `make.py`, with `content` (a full stream
/// object) as object 4 and `resources` as object 5.
fn base_objects(content: Vec<u8>, resources: &[u8]) -> BTreeMap<u32, Vec<u8>> {
    let mut o = BTreeMap::new();
    o.insert(1, b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    o.insert(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec());
    o.insert(
        3,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents 4 0 R >>"
            .to_vec(),
    );
    o.insert(4, content);
    o.insert(5, resources.to_vec());
    o.insert(
        6,
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [7 0 R] >>"
            .to_vec(),
    );
    o.insert(
        7,
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >> /DW 1000 >>"
            .to_vec(),
    );
    o.insert(
        8,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    o
}

fn default_resources() -> Vec<u8> {
    let mut r = b"<< ".to_vec();
    r.extend_from_slice(FONTS);
    r.extend_from_slice(b" >>");
    r
}

/// A PDF with a classic xref table; object numbers must be 1..=max, gaps free.
fn classic_pdf(objs: &BTreeMap<u32, Vec<u8>>) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let size = objs.keys().max().copied().unwrap_or(0) + 1;
    let mut offsets = vec![None; size as usize];
    for (num, body) in objs {
        offsets[*num as usize] = Some(out.len());
        out.extend_from_slice(format!("{num} 0 obj\n").as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref_at = out.len();
    out.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f\r\n").as_bytes());
    for off in offsets.iter().skip(1) {
        match off {
            Some(o) => out.extend_from_slice(format!("{o:010} 00000 n\r\n").as_bytes()),
            None => out.extend_from_slice(b"0000000000 65535 f\r\n"),
        }
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n")
            .as_bytes(),
    );
    out
}

/// A piece of a deflate stream: literal bytes, or `n` copies of one byte.
enum Part<'a> {
    Lit(&'a [u8]),
    Run(u8, u64),
}

/// A zlib stream (one fixed-Huffman block) of `parts`. Runs are one literal and
/// then length-258, distance-1 matches: 13 bits per 258 bytes, so 1 GiB of one
/// byte is about 6.6 MB.
fn zlib_fixed(parts: &[Part]) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        n: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, len: u32) {
            self.acc |= u64::from(value) << self.n;
            self.n += len;
            while self.n >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.n -= 8;
            }
        }
        /// Huffman codes go most-significant bit first.
        fn code(&mut self, code: u32, len: u32) {
            let rev = (0..len).fold(0, |r, i| r | ((code >> i) & 1) << (len - 1 - i));
            self.put(rev, len);
        }
        fn literal(&mut self, b: u8) {
            if b < 144 {
                self.code(0x30 + u32::from(b), 8);
            } else {
                self.code(0x190 + u32::from(b) - 144, 9);
            }
        }
    }
    const MOD: u128 = 65521;
    let (mut a, mut b) = (1u128, 0u128);
    let mut w = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        n: 0,
    };
    w.put(1, 1); // BFINAL
    w.put(1, 2); // BTYPE = fixed Huffman
    for part in parts {
        match *part {
            Part::Lit(bytes) => {
                for &x in bytes {
                    w.literal(x);
                    a = (a + u128::from(x)) % MOD;
                    b = (b + a) % MOD;
                }
            }
            Part::Run(x, n) => {
                if n == 0 {
                    continue;
                }
                let (v, n128) = (u128::from(x), u128::from(n));
                b = (b + n128 * a + v * (n128 * (n128 + 1) / 2)) % MOD;
                a = (a + n128 * v) % MOD;
                w.literal(x);
                let mut left = n - 1;
                while left >= 258 {
                    w.code(0xC5, 8); // length symbol 285 = 258, no extra bits
                    w.code(0, 5); // distance code 0 = 1
                    left -= 258;
                }
                for _ in 0..left {
                    w.literal(x);
                }
            }
        }
    }
    w.code(0, 7); // end of block
    if w.n > 0 {
        w.out.push(w.acc as u8);
    }
    let adler = ((b as u32) << 16) | a as u32;
    w.out.extend_from_slice(&adler.to_be_bytes());
    w.out
}

fn flate_stream(parts: &[Part]) -> Vec<u8> {
    stream_obj(b"/Filter /FlateDecode ", &zlib_fixed(parts))
}

/// Content: the text, then 1 GiB of spaces, in one FlateDecode stream.
fn single_layer_bomb() -> Vec<u8> {
    let content = flate_stream(&[Part::Lit(TEXT), Part::Run(b' ', 1 << 30)]);
    classic_pdf(&base_objects(content, &default_resources()))
}

/// Content: the text, 100 MiB of spaces (under the 128 MiB stream cap), a
/// second line of text.
fn big_allowed_stream() -> Vec<u8> {
    let content = flate_stream(&[
        Part::Lit(TEXT),
        Part::Run(b' ', 100 << 20),
        Part::Lit(b"\nBT /F2 12 Tf 72 700 Td (after spaces) Tj ET\n"),
    ]);
    classic_pdf(&base_objects(content, &default_resources()))
}

/// Objects 9 and 10 are a 200 000-deep array and dictionary, uncompressed, in
/// the file body; the page's /Properties refer to them.
fn nested_plain() -> Vec<u8> {
    let n = 200_000;
    let mut content = TEXT.to_vec();
    content.extend_from_slice(b"/Span /P1 BDC EMC /Span /P2 BDC EMC\n");
    let mut res = b"<< ".to_vec();
    res.extend_from_slice(FONTS);
    res.extend_from_slice(b" /Properties << /P1 9 0 R /P2 10 0 R >> >>");
    let mut objs = base_objects(stream_obj(b"", &content), &res);
    let mut arr = "[".repeat(n).into_bytes();
    arr.extend("]".repeat(n).bytes());
    let mut dict = "<</A ".repeat(n).into_bytes();
    dict.push(b'1');
    dict.extend(">>".repeat(n).bytes());
    objs.insert(9, arr);
    objs.insert(10, dict);
    classic_pdf(&objs)
}

/// 200 000 tiny plain objects (`[k]`) after the page, one referenced.
fn many_plain() -> Vec<u8> {
    let n = 200_000u32;
    let mut res = b"<< ".to_vec();
    res.extend_from_slice(FONTS);
    res.extend_from_slice(format!(" /Properties << /Last {} 0 R >> >>", 8 + n).as_bytes());
    let mut objs = base_objects(stream_obj(b"", TEXT), &res);
    for k in 0..n {
        objs.insert(9 + k, format!("[{}]", k % 10).into_bytes());
    }
    classic_pdf(&objs)
}

/// loop-pages.pdf's tree (2 -> 9 -> [page, 2, 9]) with 6 000 unused objects.
fn kids_loop_many_objects() -> Vec<u8> {
    let mut objs = base_objects(stream_obj(b"", TEXT), &default_resources());
    objs.insert(2, b"<< /Type /Pages /Kids [9 0 R] /Count 1 >>".to_vec());
    objs.insert(
        9,
        b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R 9 0 R] /Count 1 >>".to_vec(),
    );
    objs.insert(
        3,
        b"<< /Type /Page /Parent 9 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents 4 0 R >>"
            .to_vec(),
    );
    for k in 10..6010 {
        objs.insert(k, b"null".to_vec());
    }
    classic_pdf(&objs)
}

/// `n` pages, page k showing "page k"; objects 1 catalog, 2 pages, 5 resources,
/// 6-8 fonts, then a page and its content per page from 10 on.
fn n_pages(n: u32) -> Vec<u8> {
    let mut objs = base_objects(stream_obj(b"", TEXT), &default_resources());
    objs.remove(&3);
    objs.remove(&4);
    let kids: Vec<String> = (0..n).map(|k| format!("{} 0 R", 10 + 2 * k)).collect();
    objs.insert(
        2,
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes(),
    );
    for k in 0..n {
        let page = 10 + 2 * k;
        objs.insert(
            page,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents {} 0 R >>",
                page + 1
            )
            .into_bytes(),
        );
        let content = format!("BT /F2 12 Tf 72 700 Td (page {}) Tj ET\n", k + 1);
        objs.insert(page + 1, stream_obj(b"", content.as_bytes()));
    }
    classic_pdf(&objs)
}

// ---------------------------------------------------------------------------
// Isolated runs: a child process under a memory limit, reporting its peak RSS

/// Virtual-memory ceiling for a child (KiB). Generous: thread stacks and malloc
/// arenas are virtual too. Only a blow-up hits it.
const CHILD_ULIMIT_KIB: u64 = 6 << 20;
/// Peak resident memory a child may reach. Streams are capped at 128 MiB and
/// a bomb inflates to 1 GiB, so this separates "capped" from "inflated".
const PEAK_RSS_LIMIT_KIB: u64 = 1 << 20;

/// Ceiling for the command-line run (it extracts documents in parallel).
const CLI_ULIMIT_KIB: u64 = 8 << 20;

const CHILD_ENV: &str = "PRESCREEN_HOSTILE_CHILD";
const CHILD_MARK: &str = "HOSTILE-CHILD-RESULT ";

fn case_bytes(case: &str) -> Vec<u8> {
    match case {
        "mem:single-layer-bomb" => single_layer_bomb(),
        "mem:big-allowed-stream" => big_allowed_stream(),
        name => fixture(name),
    }
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Entry point of the child process; a no-op in a normal run.
#[test]
fn zz_isolated_child_entry() {
    let Ok(case) = std::env::var(CHILD_ENV) else {
        return;
    };
    let bytes = case_bytes(&case);
    let doc = extract_document(&case, &bytes, &ExtractOptions::default());
    let value = serde_json::json!({
        "status": doc.status,
        "reason": doc.reason,
        "pages": doc.pages.len(),
        "text_head": text(&doc).chars().take(2000).collect::<String>(),
        "text_chars": text(&doc).chars().count(),
        "peak_rss_kib": peak_rss_kib(),
        "size": bytes.len(),
    });
    println!("\n{CHILD_MARK}{value}");
}

/// `program` under a virtual-memory ceiling (`ulimit -v`, via /bin/sh) on Unix;
/// unlimited elsewhere.
fn limited(program: &std::path::Path, kib: u64) -> Command {
    if cfg!(unix) {
        let mut c = Command::new("/bin/sh");
        c.arg("-c")
            .arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\""))
            .arg(program);
        c
    } else {
        Command::new(program)
    }
}

struct ChildResult {
    status: String,
    reason: Option<String>,
    text_head: String,
    text_chars: u64,
    peak_rss_kib: Option<u64>,
}

/// Runs `case` in a child process under `ulimit -v`; panics with the child's
/// output if it died (abort, signal, allocation failure).
fn run_isolated(case: &str) -> ChildResult {
    let exe = std::env::current_exe().expect("test binary path");
    let out = limited(&exe, CHILD_ULIMIT_KIB)
        .args([
            "zz_isolated_child_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, case)
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stdout
        .lines()
        .find_map(|l| l.find(CHILD_MARK).map(|i| &l[i + CHILD_MARK.len()..]));
    let (true, Some(line)) = (out.status.success(), line) else {
        panic!(
            "{case}: child process failed ({}), i.e. extraction crashed or ran out of memory \
             (ulimit -v {CHILD_ULIMIT_KIB} KiB)\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            out.status
        );
    };
    let v: serde_json::Value = serde_json::from_str(line).expect("child result is JSON");
    let r = ChildResult {
        status: v["status"].as_str().unwrap_or_default().to_string(),
        reason: v["reason"].as_str().map(str::to_string),
        text_head: v["text_head"].as_str().unwrap_or_default().to_string(),
        text_chars: v["text_chars"].as_u64().unwrap_or_default(),
        peak_rss_kib: v["peak_rss_kib"].as_u64(),
    };
    println!(
        "{case}: status {} peak RSS {:?} KiB reason {:?}",
        r.status, r.peak_rss_kib, r.reason
    );
    r
}

fn check_isolated(case: &str, allowed: &[&str], reason_required: bool) -> ChildResult {
    let r = run_isolated(case);
    assert!(
        allowed.contains(&r.status.as_str()),
        "{case}: status {} not in {allowed:?}; reason {:?}",
        r.status,
        r.reason
    );
    if r.status != "ok" || reason_required {
        let reason = r
            .reason
            .as_deref()
            .unwrap_or_else(|| panic!("{case}: status {} without a reason", r.status));
        assert!(
            reason.chars().any(is_han),
            "{case}: reason not Chinese: {reason:?}"
        );
    }
    if cfg!(target_os = "linux") {
        let peak = r.peak_rss_kib.expect("VmHWM readable on Linux");
        assert!(
            peak < PEAK_RSS_LIMIT_KIB,
            "{case}: peak RSS {peak} KiB, over {PEAK_RSS_LIMIT_KIB} KiB: memory not bounded"
        );
    }
    r
}

// ---------------------------------------------------------------------------
// 1. Nesting

#[test]
fn nested_arrays_and_dicts_do_not_overflow() {
    let name = "nested-arrays.pdf";
    let (bytes, doc) = extract(name, &ExtractOptions::default());
    // The page is fine: the lexer must get past 200 000 `[`, `<<` and an
    // unclosed run of `[` and read the text after them.
    check_text(
        name,
        &bytes,
        &doc,
        &["测试", "hostile fixture", "after nesting"],
    );
}

#[test]
fn nested_objects_in_the_file_body_do_not_overflow() {
    let name = "mem:nested-plain";
    let bytes = nested_plain();
    let doc = extract_document(name, &bytes, &ExtractOptions::default());
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
}

// 2. Forms

#[test]
fn form_that_draws_itself_is_drawn_once() {
    let name = "form-draws-itself.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture", "form B"]);
    let t = text(&doc);
    assert_eq!(t.matches("测试").count(), 1, "{name}: {t:?}");
    assert_eq!(t.matches("form B").count(), 1, "{name}: {t:?}");
}

#[test]
fn form_fanout_stops_at_the_time_limit() {
    // 10 draws per level, 20 levels: 10^12 form runs under the depth cap.
    let name = "form-fanout.pdf";
    let (bytes, doc) = extract(name, &short(2));
    check(
        name,
        &bytes,
        &doc,
        &[Status::Timeout, Status::Ok, Status::PartialText],
    );
    ok_means_text(name, &doc, &["测试"]);
}

// 3. Decompression bombs (isolated: memory is measured)

#[test]
fn flate_bomb_content_is_capped() {
    // /Contents [text, bomb]: no text is fine, but the status must say why.
    let r = check_isolated(
        "flate-bomb.pdf",
        &["ok", "partial_text", "no_text_layer", "corrupt"],
        true,
    );
    if r.status == "ok" {
        assert!(r.text_head.contains("测试"), "{:?}", r.text_head);
    }
}

#[test]
fn flate_bombs_in_resources_are_capped() {
    // Form XObject and ToUnicode bombs; the page's own text is fine. The
    // skipped form could have held text, so partial_text with the reason.
    let r = check_isolated("flate-bomb-resources.pdf", &["ok", "partial_text"], true);
    for m in ["测试", "hostile fixture", "bomb cmap"] {
        assert!(r.text_head.contains(m), "lacks {m:?}: {:?}", r.text_head);
    }
}

#[test]
fn flate_bomb_object_stream_is_capped() {
    let r = check_isolated(
        "flate-bomb-objstm.pdf",
        &["ok", "partial_text", "no_text_layer", "corrupt"],
        false,
    );
    if r.status == "ok" {
        assert!(r.text_head.contains("测试"), "{:?}", r.text_head);
    }
}

#[test]
fn flate_bomb_object_stream_with_unused_objects_keeps_the_page() {
    // The bomb is an object stream holding two objects nothing refers to; the
    // page, its content and its fonts are ordinary objects and readable.
    let r = check_isolated("flate-bomb-objstm.pdf", &["ok"], false);
    for m in ["测试", "hostile fixture"] {
        assert!(r.text_head.contains(m), "lacks {m:?}: {:?}", r.text_head);
    }
}

#[test]
fn single_layer_gigabyte_bomb_is_capped() {
    let r = check_isolated(
        "mem:single-layer-bomb",
        &["ok", "partial_text", "no_text_layer", "corrupt"],
        true,
    );
    if r.status == "ok" {
        assert!(r.text_head.contains("测试"), "{:?}", r.text_head);
    }
}

#[test]
fn big_stream_under_the_cap_is_read() {
    let r = check_isolated("mem:big-allowed-stream", &["ok"], false);
    for m in ["测试", "after spaces"] {
        assert!(r.text_head.contains(m), "lacks {m:?}: {:?}", r.text_head);
    }
}

#[test]
fn deflate_encoder_round_trips_through_the_extractor() {
    // The in-memory bombs are only meaningful if the encoder is right: a small
    // stream made the same way must read back.
    let content = flate_stream(&[
        Part::Lit(TEXT),
        Part::Run(b' ', 100_000),
        Part::Lit(b"\nBT /F2 12 Tf 72 700 Td (\xe9 after) Tj ET\n"),
    ]);
    let bytes = classic_pdf(&base_objects(content, &default_resources()));
    let doc = extract_document("roundtrip.pdf", &bytes, &ExtractOptions::default());
    check_text(
        "roundtrip.pdf",
        &bytes,
        &doc,
        &["测试", "hostile fixture", "é after"],
    );
}

// 4. Damaged cross-reference data

#[test]
fn wrong_xref_offsets_are_repaired() {
    let name = "xref-broken.pdf";
    let (bytes, doc) = extract(name, &ExtractOptions::default());
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
}

#[test]
fn missing_xref_is_rebuilt() {
    let name = "no-xref.pdf";
    let (bytes, doc) = extract(name, &ExtractOptions::default());
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
}

#[test]
fn truncated_in_an_object_is_recovered_or_reported() {
    let name = "truncated.pdf";
    let (bytes, doc) = extract(name, &ExtractOptions::default());
    check(name, &bytes, &doc, NOT_OK_BUT_GRACEFUL);
    ok_means_text(name, &doc, &["测试"]);
}

#[test]
fn truncated_in_a_stream_is_recovered_or_reported() {
    let name = "truncated-stream.pdf";
    let (bytes, doc) = extract(name, &ExtractOptions::default());
    check(name, &bytes, &doc, NOT_OK_BUT_GRACEFUL);
    ok_means_text(name, &doc, &["测试"]);
}

// 5. Page-tree loops

#[test]
fn kids_loop_returns() {
    let name = "loop-pages.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
    assert!(
        !doc.pages.is_empty() && doc.pages.len() <= 2000,
        "{name}: {} pages",
        doc.pages.len()
    );
}

#[test]
fn kids_loop_gives_the_page_once() {
    let name = "loop-pages.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
    // The same loop in a file with 6 000 more objects.
    let many = kids_loop_many_objects();
    let doc_many = extract_document("mem:kids-loop-many", &many, &short(10));
    check_text("mem:kids-loop-many", &many, &doc_many, &["测试"]);
    assert_eq!(
        (doc.pages.len(), doc_many.pages.len()),
        (1, 1),
        "pages read for a 1-page file with a /Kids loop ({name}, then with 6 000 more objects)"
    );
}

#[test]
fn parent_loop_returns() {
    let name = "loop-parent.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check(name, &bytes, &doc, NOT_OK_BUT_GRACEFUL);
    assert_eq!(doc.pages.len(), 1, "{name}");
}

#[test]
fn parent_loop_still_inherits_resources() {
    // /Resources sit on the page's parent; the cycle is above it. A reader
    // that gives up on the whole chain loses the fonts and reads the UTF-16
    // text as Latin-1.
    let name = "loop-parent.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
}

// 6. Lying page count

#[test]
fn huge_page_count_gives_one_page() {
    let name = "huge-page-count.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
    assert_eq!(doc.pages.len(), 1, "{name}");
}

#[test]
fn pages_past_max_pages_are_cut() {
    let bytes = n_pages(3);
    let opts = ExtractOptions {
        max_pages: 2,
        ..short(5)
    };
    let doc = extract_document("mem:three-pages", &bytes, &opts);
    check("mem:three-pages", &bytes, &doc, NOT_OK_BUT_GRACEFUL);
    assert_eq!(doc.pages.len(), 2, "max_pages = 2");
    assert!(doc.pages[1].contains("page 2"), "{:?}", doc.pages);
}

#[test]
fn pages_past_max_pages_are_reported() {
    let bytes = n_pages(3);
    let opts = ExtractOptions {
        max_pages: 2,
        ..short(5)
    };
    let doc = extract_document("mem:three-pages", &bytes, &opts);
    assert_eq!(doc.pages.len(), 2, "max_pages = 2");
    let reason = doc.reason.as_deref().unwrap_or("");
    assert!(
        reason.chars().any(is_han) && reason.contains('3'),
        "the reason must say pages were not read (3 pages, 2 read): status {:?}, reason {:?}",
        doc.status,
        doc.reason
    );
}

// 7. Huge operators

#[test]
fn million_element_tj_and_hundred_thousand_operands() {
    let name = "deep-tj.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(
        name,
        &bytes,
        &doc,
        &["测试", "hostile fixture", "after operands"],
    );
}

#[test]
fn glyph_flood_in_one_operator_is_capped() {
    // One Tj of 10 000 000 glyphs: the per-page glyph cap (500 000) must hold
    // inside a single operator too, or memory grows with the stream.
    let r = check_isolated(
        "glyph-flood.pdf",
        &["ok", "partial_text", "unreliable_text", "timeout"],
        true,
    );
    if r.status == "ok" {
        assert!(r.text_head.contains("测试"), "{:?}", r.text_head);
    }
    let cap = ExtractOptions::default().max_glyphs_per_page as u64;
    assert!(
        r.text_chars <= cap + 100,
        "glyph cap {cap} not enforced: {} characters of text",
        r.text_chars
    );
}

#[test]
fn page_notes_are_chinese() {
    for name in ["form-draws-itself.pdf", "flate-bomb-resources.pdf"] {
        let (_, doc) = extract(name, &short(5));
        let reason = doc.reason.as_deref().unwrap_or("");
        // "第1页：<note>": the note itself must start in Chinese.
        let note = reason.split_once('：').map_or(reason, |(_, n)| n);
        assert!(
            note.chars().next().is_some_and(is_han),
            "{name}: note not in Chinese: {reason:?}"
        );
    }
}

// 8. Broken fonts

#[test]
fn broken_fonts_fall_back() {
    let name = "bad-font.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(
        name,
        &bytes,
        &doc,
        &["测试", "hostile fixture", "widths", "after bad fonts"],
    );
}

// 9. Not PDFs at all

#[test]
fn not_a_pdf_empty_and_header_only_are_corrupt() {
    for name in ["not-a-pdf.pdf", "empty.pdf", "only-header.pdf"] {
        let (bytes, doc) = extract(name, &ExtractOptions::default());
        check(name, &bytes, &doc, &[Status::Corrupt]);
        assert!(doc.pages.is_empty(), "{name}: pages from nothing");
    }
}

// 10. Inline image cut off

#[test]
fn inline_image_running_to_eof() {
    let name = "inline-image-eof.pdf";
    let (bytes, doc) = extract(name, &short(5));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
}

// 11. Many objects

#[test]
fn many_objects_in_an_object_stream() {
    let name = "many-objects.pdf";
    let (bytes, doc) = extract(name, &short(10));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
}

#[test]
fn many_plain_objects() {
    let name = "mem:many-plain";
    let bytes = many_plain();
    let doc = extract_document(name, &bytes, &short(10));
    check_text(name, &bytes, &doc, &["测试", "hostile fixture"]);
}

// ---------------------------------------------------------------------------
// The whole folder through the command line

#[test]
fn cli_reads_the_whole_folder() {
    let folder = dir();
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .expect("fixture folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert!(
        files.iter().filter(|f| f.ends_with(".pdf")).count() >= 21,
        "fixture set shrank: {files:?}"
    );
    // Under a memory ceiling, so a blow-up fails this test and nothing else.
    let exe = std::path::Path::new(env!("CARGO_BIN_EXE_prescreen"));
    let out = limited(exe, CLI_ULIMIT_KIB)
        .args(["extract", "--json", "--time-limit", "3"])
        .arg(&folder)
        .output()
        .expect("run prescreen");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "prescreen exited with {}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for line in stdout.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            v.get("problem").is_none(),
            "package problem for the fixture folder: {line}"
        );
        let path = v["path"].as_str().expect("path").to_string();
        let status = v["status"]
            .as_str()
            .unwrap_or_else(|| panic!("no status: {line}"))
            .to_string();
        if status != "ok" {
            let reason = v["reason"]
                .as_str()
                .unwrap_or_else(|| panic!("{path}: status {status} without a reason"));
            assert!(reason.chars().any(is_han), "{path}: {reason:?}");
        }
        assert!(seen.insert(path.clone(), status).is_none(), "{path} twice");
    }
    let listed: Vec<String> = seen.keys().cloned().collect();
    assert_eq!(listed, files, "one JSON line per file");
    for (path, status) in &seen {
        println!("{path:28} {status}");
    }
}
