//! Stage 2, extract: the text of every document in an unpacked package.
//!
//! Input: an entry's path and bytes (from `unpack`). Output: a [`Document`]
//! with its kind, SHA-256, per-page text, per-page quality and a status.
//!
//! **Invariant: extraction never fails.** Whatever the input — corrupt,
//! encrypted, hostile, slow — the result is a `Document` whose `status` and
//! `reason` say what happened. Each document runs on its own thread with a
//! large stack and a deadline; a panic or an overrun becomes a status and the
//! rest of the package goes on.

pub mod docx;
pub mod ocr;
pub mod pdf;
pub mod plain;
pub mod quality;
pub mod raster;
pub mod seal;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

/// Check boxes and ticks, checked or not, as forms draw them: a cell holding
/// only one of these in a grid whose column headings are the options is
/// written with its column's heading after it (✓三级), by the PDF layout and
/// by the DOCX table reader alike.
pub(crate) const MARKS: &[&str] = &[
    "✓", "✔", "√", "☑", "☒", "■", "□", "☐", "●", "○", "×", "✗", "✘", "▇",
];
use sha2::{Digest, Sha256};

pub use pdf::hidden::HowHidden;
pub use quality::{PageFlag, PageQuality};
pub use seal::{Seal, SealSource};

/// What kind of file a document is, by its content first and its name second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    Pdf,
    Docx,
    /// Legacy binary Word (.doc, .wps): listed, not read.
    Doc,
    Text,
    /// jpg, png, tif, bmp…: listed for OCR (a later stage).
    Image,
    /// An archive that could not be unpacked (its problem is the reason).
    Archive,
    Other,
}

/// How far extraction got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every non-empty page has readable text.
    Ok,
    /// Some pages readable, others lack a text layer or are unreliable.
    PartialText,
    /// No page has a text layer (scan, outlines): needs OCR.
    NoTextLayer,
    /// Text is there but largely unmapped or garbage.
    UnreliableText,
    /// Needs a password.
    Encrypted,
    /// Damaged beyond what the parser could recover.
    Corrupt,
    /// Ran past the time limit.
    Timeout,
    /// The parser crashed on it (caught).
    Panic,
    /// A format we list but do not read (images, .doc, unknown files).
    Unsupported,
    /// The unpack stage refused the entry (unsafe path, too large, encrypted zip entry…).
    Refused,
}

/// One document of a package, with its text. The stage boundary between
/// extract and classify.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Document {
    /// Decoded path inside the package, '/'-separated (nested zips appear as folders).
    pub path: String,
    pub kind: DocKind,
    pub status: Status,
    /// Why the status is not `ok`, in Chinese for staff.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The underlying cause as the parser gave it (often English), for the
    /// log and for developers; never shown to staff as the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// A remark for staff on how the document was read, whatever its status:
    /// its content and its file name's extension disagree (a PDF named
    /// .docx is read as the PDF it is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// SHA-256 of the bytes, lower-case hex (empty when the bytes were refused).
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// Raw text per page, in reading order. A DOCX has pages at explicit breaks.
    pub pages: Vec<String>,
    /// Quality signal per page, parallel to `pages`.
    pub page_quality: Vec<PageQuality>,
    /// Seals found (red round or oval stamps, in page images or drawn).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seals: Vec<Seal>,
    /// Text nobody can see on the printed page (outside the crop box,
    /// invisible without a scan beneath, white on white, under a point),
    /// left out of `pages` and reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<Hidden>,
    /// Wall time spent extracting, in milliseconds.
    pub millis: u64,
}

/// Hidden text on one page of a document.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Hidden {
    /// 1-based page.
    pub page: usize,
    pub how: HowHidden,
    /// Non-whitespace characters hidden this way on the page.
    pub chars: usize,
    /// How many of them are Chinese characters.
    #[serde(default)]
    pub han: usize,
    /// The first of them.
    pub sample: String,
}

/// Limits for extracting one document.
#[derive(Debug, Clone, Copy)]
pub struct ExtractOptions {
    /// Wall-clock limit per document.
    pub time_limit: Duration,
    /// Cap on any single decompressed stream.
    pub max_stream_bytes: usize,
    /// Pages beyond this are not read (and the reason says so).
    pub max_pages: usize,
    /// Cap on glyphs recorded per page.
    pub max_glyphs_per_page: usize,
    /// Stack size of the extraction thread.
    pub stack_bytes: usize,
    /// OCR pages without a text layer and image files (when Tesseract is
    /// there), at most `ocr_pages` per document, each within `ocr_page_timeout`.
    pub ocr: bool,
    pub ocr_pages: usize,
    pub ocr_page_timeout: Duration,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            time_limit: Duration::from_secs(30),
            max_stream_bytes: 128 << 20,
            max_pages: 2000,
            max_glyphs_per_page: 500_000,
            stack_bytes: 64 << 20,
            ocr: true,
            ocr_pages: 20,
            ocr_page_timeout: Duration::from_secs(90),
        }
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lower-case hexadecimal of a digest.
pub fn hex(digest: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(2 * digest.len());
    for b in digest {
        let _ = write!(s, "{b:02x}");
    }
    s
}

fn extension(path: &str) -> String {
    path.rsplit('/')
        .next()
        .and_then(|name| name.rsplit_once('.'))
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Detects the kind from magic bytes, then from the extension.
/// A note when the file name's extension names another format than the
/// content has.
fn extension_mismatch(path: &str, kind: DocKind) -> Option<String> {
    let ext = extension(path);
    let named = kind_named_by(&ext);
    if matches!(named, DocKind::Other | DocKind::Text) {
        return None;
    }
    let content = match kind {
        DocKind::Pdf => "PDF",
        DocKind::Docx => "Word（.docx）",
        DocKind::Doc => "旧版 Word（.doc）",
        DocKind::Image => "图片",
        DocKind::Archive => "压缩包",
        _ => return None,
    };
    (kind != named).then(|| format!("文件扩展名为 .{ext}，内容实为{content}，已按内容读取"))
}

/// The kind a (lower-case) file extension names.
fn kind_named_by(ext: &str) -> DocKind {
    match ext {
        "pdf" => DocKind::Pdf,
        "docx" => DocKind::Docx,
        "doc" | "wps" => DocKind::Doc,
        "txt" | "csv" | "md" | "text" => DocKind::Text,
        "jpg" | "jpeg" | "png" | "tif" | "tiff" | "bmp" | "gif" => DocKind::Image,
        "zip" | "rar" | "7z" => DocKind::Archive,
        _ => DocKind::Other,
    }
}

pub fn detect_kind(path: &str, bytes: &[u8]) -> DocKind {
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return DocKind::Pdf;
    }
    if docx::is_doc_legacy(bytes) {
        return DocKind::Doc;
    }
    if bytes.starts_with(b"\xFF\xD8\xFF")
        || bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"II*\0")
        || bytes.starts_with(b"MM\0*")
        || bytes.starts_with(b"BM")
        || bytes.starts_with(b"GIF8")
    {
        return DocKind::Image;
    }
    let ext = extension(path);
    if bytes.starts_with(b"PK") {
        return match ext.as_str() {
            "docx" | "docm" | "dotx" => DocKind::Docx,
            "zip" => DocKind::Archive,
            _ if contains(bytes, b"word/document.xml") => DocKind::Docx,
            _ => DocKind::Other,
        };
    }
    kind_named_by(&ext)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A document the unpack stage refused; `reason` is its problem's message.
pub fn refused(path: &str, kind: DocKind, size: u64, reason: &str) -> Document {
    Document {
        path: path.to_string(),
        kind,
        status: Status::Refused,
        reason: Some(reason.to_string()),
        detail: None,
        note: None,
        sha256: String::new(),
        size,
        pages: Vec::new(),
        page_quality: Vec::new(),
        seals: Vec::new(),
        hidden: Vec::new(),
        millis: 0,
    }
}

/// Extracts every entry of an unpacked package, in parallel on the rayon pool,
/// in the package's entry order. Refused entries become documents with status
/// `refused` and the unpack problem as the reason, so nothing is dropped silently.
pub fn extract_package(package: &crate::unpack::Package, opts: &ExtractOptions) -> Vec<Document> {
    use rayon::prelude::*;
    package
        .entries
        .par_iter()
        .map(|entry| extract_package_entry(entry, opts))
        .collect()
}

/// One entry of a package: its document, or a refused one.
pub fn extract_package_entry(entry: &crate::unpack::Entry, opts: &ExtractOptions) -> Document {
    match &entry.content {
        Ok(bytes) => extract_document(&entry.path, bytes, opts),
        Err(problem) => refused(
            &entry.path,
            detect_kind(&entry.path, &[]),
            entry.size,
            &problem.detail,
        ),
    }
}

/// The part of a `Document` that the format readers fill in.
struct Body {
    status: Status,
    reason: Option<String>,
    detail: Option<String>,
    pages: Vec<String>,
    page_quality: Vec<PageQuality>,
    /// Pages to OCR (0-based page, gray pixels with the red dropped).
    scans: Vec<(usize, raster::Raster)>,
    /// Why pages without a text layer cannot be OCR'd (0-based page).
    scan_problems: Vec<(usize, String)>,
    seals: Vec<Seal>,
    hidden: Vec<Hidden>,
    /// Notes on the pages besides their flags (damaged parts, limits).
    note: Option<String>,
    /// Some text may be missing whatever OCR reads (damaged streams, limits).
    lossy: bool,
}

impl Body {
    fn status(status: Status, reason: impl Into<String>) -> Body {
        Body {
            status,
            reason: Some(reason.into()),
            detail: None,
            pages: Vec::new(),
            page_quality: Vec::new(),
            scans: Vec::new(),
            scan_problems: Vec::new(),
            seals: Vec::new(),
            hidden: Vec::new(),
            note: None,
            lossy: false,
        }
    }

    fn with_reason(mut self, reason: Option<String>) -> Body {
        self.reason = reason;
        self
    }

    fn with_detail(mut self, detail: String) -> Body {
        self.detail = Some(detail);
        self
    }
}

/// Extracts one document. Never panics, never returns an error; see the
/// module invariant.
pub fn extract_document(path: &str, bytes: &[u8], opts: &ExtractOptions) -> Document {
    let started = Instant::now();
    let kind = detect_kind(path, bytes);
    let mut body = guarded(kind, bytes, opts);
    if !opts.ocr {
        let pages: Vec<usize> = body.scans.drain(..).map(|(p, _)| p).collect();
        body.scan_problems
            .extend(pages.into_iter().map(|p| (p, "未启用 OCR".to_string())));
    }
    if !body.scans.is_empty() || !body.scan_problems.is_empty() {
        run_ocr(&mut body, opts);
    }
    Document {
        path: path.to_string(),
        kind,
        status: body.status,
        reason: body.reason,
        detail: body.detail,
        note: extension_mismatch(path, kind),
        sha256: sha256_hex(bytes),
        size: bytes.len() as u64,
        pages: body.pages,
        page_quality: body.page_quality,
        seals: body.seals,
        hidden: body.hidden,
        millis: started.elapsed().as_millis() as u64,
    }
}

/// OCRs the scanned pages of a body (outside the reader's guarded thread:
/// Tesseract runs as a child process with its own time limit), pages in
/// parallel, and sets the status again from what was read.
fn run_ocr(body: &mut Body, opts: &ExtractOptions) {
    use rayon::prelude::*;
    let ocr_opts = ocr::OcrOptions {
        page_timeout: opts.ocr_page_timeout,
        max_pages: opts.ocr_pages,
        ..ocr::OcrOptions::default()
    };
    let scans = std::mem::take(&mut body.scans);
    let mut problems = std::mem::take(&mut body.scan_problems);
    type Read = (usize, bool, Result<ocr::OcrText, String>);
    let results: Vec<Read> = match ocr::available(&ocr_opts.lang) {
        Err(why) => scans
            .into_iter()
            .map(|(p, _)| (p, false, Err(format!("OCR 不可用：{why}"))))
            .collect(),
        Ok(()) => scans
            .into_par_iter()
            .map(|(p, r)| {
                let blank = raster::nearly_blank(&r.data);
                (
                    p,
                    blank,
                    ocr::recognise(&r.data, r.width, r.height, &ocr_opts),
                )
            })
            .collect(),
    };
    let mut read: Vec<(usize, f32)> = Vec::new();
    for (p, blank, result) in results {
        match result {
            Ok(t) => {
                if let (Some(text), Some(q)) = (body.pages.get_mut(p), body.page_quality.get_mut(p))
                {
                    let mut nq = quality::assess(&t.text, q.images, 0.0, 0);
                    nq.images = q.images;
                    if nq.flag == PageFlag::Ok {
                        nq.ocr = Some(t.confidence);
                        *q = nq;
                        *text = t.text;
                        read.push((p, t.confidence));
                    } else if blank {
                        // A blank sheet (a scanner's empty back side, a page
                        // holding only its number): nothing to read, nothing
                        // missed.
                        q.flag = PageFlag::Empty;
                    } else {
                        problems.push((p, "OCR 未识别出文字".into()));
                    }
                }
            }
            Err(why) => problems.push((p, why)),
        }
    }
    problems.sort();
    let mut notes: Vec<String> = Vec::new();
    if !read.is_empty() {
        let pages: Vec<usize> = read.iter().map(|(p, _)| *p).collect();
        let low = read.iter().map(|(_, c)| *c).fold(f32::MAX, f32::min);
        notes.push(format!(
            "第{}页为扫描件，文字由 OCR 识别（最低置信度 {low:.0}）",
            page_list(&pages)
        ));
    }
    // One note per distinct reason, with its pages.
    let mut by_reason: Vec<(String, Vec<usize>)> = Vec::new();
    for (p, why) in problems {
        match by_reason.iter_mut().find(|(w, _)| *w == why) {
            Some((_, ps)) => ps.push(p),
            None => by_reason.push((why, vec![p])),
        }
    }
    for (why, pages) in by_reason {
        notes.push(format!("第{}页：{why}", page_list(&pages)));
    }
    let note = [body.note.take()]
        .into_iter()
        .flatten()
        .chain(notes)
        .collect::<Vec<_>>()
        .join("；");
    let (status, reason) = summarise(&body.page_quality, (!note.is_empty()).then_some(note));
    // A reader's harder verdict (a time-out) stands.
    if matches!(
        body.status,
        Status::Ok | Status::NoTextLayer | Status::PartialText | Status::Unsupported
    ) {
        body.status = if status == Status::Ok && body.lossy {
            Status::PartialText
        } else {
            status
        };
        body.reason = reason;
    }
}

/// Runs the reader on its own thread: a big stack, `catch_unwind`, and a hard
/// wall-clock limit on top of the reader's own deadline checks. A thread that
/// overruns is abandoned (it stops at its next deadline check).
fn guarded(kind: DocKind, bytes: &[u8], opts: &ExtractOptions) -> Body {
    let (tx, rx) = mpsc::channel();
    let data = bytes.to_vec();
    let o = *opts;
    let spawned = std::thread::Builder::new()
        .name("extract".into())
        .stack_size(opts.stack_bytes)
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| read(kind, &data, &o)));
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return Body::status(Status::Panic, format!("无法启动提取线程：{e}"));
    }
    let hard_limit = opts.time_limit + opts.time_limit / 2 + Duration::from_secs(1);
    match rx.recv_timeout(hard_limit) {
        Ok(Ok(body)) => body,
        Ok(Err(panic)) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Body::status(Status::Panic, format!("解析时程序崩溃（已拦截）：{msg}"))
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Body::status(
            Status::Timeout,
            format!("提取超时（超过 {} 秒）", opts.time_limit.as_secs()),
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Body::status(Status::Panic, "解析线程意外终止")
        }
    }
}

fn read(kind: DocKind, bytes: &[u8], opts: &ExtractOptions) -> Body {
    match kind {
        DocKind::Pdf => read_pdf(bytes, opts),
        DocKind::Docx => match docx::docx_pages(bytes, opts.max_stream_bytes as u64) {
            Ok(pages) => text_pages(pages),
            Err(e @ docx::DocxError::Encrypted) => Body::status(Status::Encrypted, e.to_string()),
            Err(e @ docx::DocxError::LegacyDoc) => Body::status(Status::Unsupported, e.to_string()),
            Err(e) => Body::status(Status::Corrupt, e.to_string()),
        },
        DocKind::Text => {
            let (text, _encoding) = plain::decode_text(bytes);
            text_pages(vec![text])
        }
        DocKind::Doc => Body::status(
            Status::Unsupported,
            "旧版 Word .doc/.wps 格式，无法提取文字，请转换为 PDF 或 DOCX",
        ),
        DocKind::Image => read_image(bytes),
        DocKind::Archive => Body::status(Status::Unsupported, "压缩包未能解开"),
        DocKind::Other => Body::status(Status::Unsupported, "无法识别的文件格式"),
    }
}

/// Pages of a format without images (DOCX, plain text).
fn text_pages(pages: Vec<String>) -> Body {
    let page_quality: Vec<PageQuality> = pages
        .iter()
        .map(|p| quality::assess(p, 0, 0.0, 0))
        .collect();
    let (status, reason) = summarise(&page_quality, None);
    Body {
        pages,
        page_quality,
        ..Body::status(status, String::new())
    }
    .with_reason(reason)
}

/// An image file: its pixels looked at for seals and given to OCR.
fn read_image(bytes: &[u8]) -> Body {
    let img = match raster::from_image_file(bytes) {
        Ok(img) => img,
        Err(why) => return Body::status(Status::Corrupt, why),
    };
    // Without page size, an image is taken as an A4 page's width.
    let px_per_pt = img.width as f64 / 595.0;
    let found = seal::in_page_px(&img, px_per_pt);
    let seals = found
        .iter()
        .map(|(b, source)| Seal {
            page: 1,
            bbox: b.map(|v| v as f32),
            source: *source,
            over: String::new(),
        })
        .collect();
    let (gray, _) = img.gray_without_seals(&seal::red_boxes(&found));
    let scan = raster::Raster {
        width: img.width,
        height: img.height,
        channels: 1,
        data: gray,
    };
    let quality = quality::assess("", 1, 1.0, 0);
    let mut body = Body {
        pages: vec![String::new()],
        page_quality: vec![quality],
        seals,
        ..Body::status(Status::NoTextLayer, "图片文件，需要 OCR 识别")
    };
    body.scans.push((0, scan));
    body
}

fn read_pdf(bytes: &[u8], opts: &ExtractOptions) -> Body {
    let limits = pdf::PdfLimits {
        deadline: Instant::now() + opts.time_limit,
        max_stream_bytes: opts.max_stream_bytes,
        max_pages: opts.max_pages,
        max_glyphs_per_page: opts.max_glyphs_per_page,
        // Scanned pages are assembled for seals even without OCR.
        scan_pages: opts.ocr_pages,
        for_ocr: opts.ocr,
    };
    match pdf::extract(bytes, &limits) {
        pdf::PdfOutcome::Pages(pages) => pdf_body(pages, None),
        pdf::PdfOutcome::Timeout(pages) => pdf_body(
            pages,
            Some(format!(
                "提取超时（超过 {} 秒），只读取了部分页面",
                opts.time_limit.as_secs()
            )),
        ),
        pdf::PdfOutcome::Encrypted(why) => {
            Body::status(Status::Encrypted, format!("PDF 已加密：{why}"))
        }
        pdf::PdfOutcome::Corrupt { reason, detail } => {
            let body = Body::status(Status::Corrupt, format!("PDF 已损坏，无法解析：{reason}"));
            match detail {
                Some(d) => body.with_detail(d),
                None => body,
            }
        }
    }
}

/// A PDF's body from its pages; `timeout` set when the deadline cut it short.
fn pdf_body(pages: Vec<pdf::PdfPage>, timeout: Option<String>) -> Body {
    let page_quality: Vec<PageQuality> = pages
        .iter()
        .map(|p| {
            p.quality
                .clone()
                .unwrap_or_else(|| quality::assess(&p.text, p.images, p.image_cover, p.paths))
        })
        .collect();
    let problems: Vec<String> = pages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.problem.as_ref().map(|m| format!("第{}页：{m}", i + 1)))
        .collect();
    let note = if problems.is_empty() {
        None
    } else {
        Some(problems.join("；"))
    };
    let (mut status, mut reason) = summarise(&page_quality, note.clone());
    let lossy = pages.iter().any(|p| p.lossy);
    if status == Status::Ok && lossy {
        status = Status::PartialText;
    }
    if let Some(t) = timeout {
        status = Status::Timeout;
        reason = Some(match reason {
            Some(r) => format!("{t}；{r}"),
            None => t,
        });
    }
    let mut body = Body {
        note,
        lossy,
        ..Body::status(status, String::new())
    }
    .with_reason(reason);
    for (i, p) in pages.into_iter().enumerate() {
        body.seals.extend(
            p.seals
                .iter()
                .zip(&p.seal_text)
                .map(|((b, source), over)| Seal {
                    page: i + 1,
                    bbox: b.map(|v| v as f32),
                    source: *source,
                    over: over.clone(),
                }),
        );
        body.hidden.extend(p.hidden.into_iter().map(|h| Hidden {
            page: i + 1,
            how: h.how,
            chars: h.chars,
            han: h.han,
            sample: h.sample,
        }));
        if let Some(scan) = p.scan {
            body.scans.push((i, scan));
        } else if let Some(why) = p.scan_problem {
            body.scan_problems.push((i, why));
        }
        body.pages.push(p.text);
    }
    body.page_quality = page_quality;
    body
}

fn page_list(pages: &[usize]) -> String {
    pages
        .iter()
        .map(|p| (p + 1).to_string())
        .collect::<Vec<_>>()
        .join("、")
}

/// A document's status from its pages' flags.
fn summarise(quality: &[PageQuality], note: Option<String>) -> (Status, Option<String>) {
    let pick = |flag: PageFlag| -> Vec<usize> {
        quality
            .iter()
            .enumerate()
            .filter(|(_, q)| q.flag == flag)
            .map(|(i, _)| i)
            .collect()
    };
    let ok = pick(PageFlag::Ok);
    let no_text = pick(PageFlag::NoTextLayer);
    let unreliable = pick(PageFlag::UnreliableText);
    let mut reasons: Vec<String> = Vec::new();
    if !no_text.is_empty() {
        reasons.push(format!(
            "第{}页无文字层（扫描件或轮廓文字，需要 OCR）",
            page_list(&no_text)
        ));
    }
    if !unreliable.is_empty() {
        reasons.push(format!("第{}页文字无法可靠解码", page_list(&unreliable)));
    }
    let status = if !unreliable.is_empty() && ok.is_empty() {
        Status::UnreliableText
    } else if !no_text.is_empty() && ok.is_empty() && unreliable.is_empty() {
        Status::NoTextLayer
    } else if !no_text.is_empty() || !unreliable.is_empty() {
        Status::PartialText
    } else if ok.is_empty() && !quality.is_empty() {
        reasons.push("文档没有任何文字".into());
        Status::NoTextLayer
    } else {
        Status::Ok
    };
    reasons.extend(note);
    let reason = if reasons.is_empty() {
        None
    } else {
        Some(reasons.join("；"))
    };
    (status, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_magic_then_extension() {
        assert_eq!(detect_kind("a.txt", b"%PDF-1.7\n"), DocKind::Pdf);
        assert_eq!(detect_kind("x.pdf", b"hello"), DocKind::Pdf);
        assert_eq!(detect_kind("scan.JPG", b"\xFF\xD8\xFF\xE0"), DocKind::Image);
        assert_eq!(detect_kind("说明.txt", "你好".as_bytes()), DocKind::Text);
        assert_eq!(detect_kind("a.bin", b"\0\0"), DocKind::Other);
    }

    #[test]
    fn garbage_named_pdf_is_corrupt_not_a_crash() {
        let d = extract_document(
            "营业执照.pdf",
            b"not a pdf at all",
            &ExtractOptions::default(),
        );
        assert_eq!(d.kind, DocKind::Pdf);
        assert_eq!(d.status, Status::Corrupt);
        assert!(d.reason.is_some());
        assert_eq!(d.sha256.len(), 64);
    }

    #[test]
    fn status_from_pages() {
        let ok = quality::assess("上海市人力资源和社会保障局推荐函", 0, 0.0, 0);
        let scan = quality::assess("", 1, 0.9, 0);
        assert_eq!(summarise(std::slice::from_ref(&ok), None).0, Status::Ok);
        assert_eq!(
            summarise(std::slice::from_ref(&scan), None).0,
            Status::NoTextLayer
        );
        assert_eq!(summarise(&[ok, scan], None).0, Status::PartialText);
    }
}
