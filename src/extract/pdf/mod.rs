//! PDF → text per page, built on lopdf (parsing, xref repair, decryption,
//! capped decompression) with our own font decoding (`fonts`), content
//! interpreter (`interp`) and reading order (`layout`).
//!
//! Never panics on purpose and never runs unbounded: streams are decompressed
//! with a byte limit, Form XObjects are depth-capped, the interpreter checks a
//! deadline. The caller (`extract`) still runs this on a guarded thread, because
//! a third-party parser may misbehave on hostile input.

pub mod fonts;
pub mod forms;
pub mod hidden;
pub mod images;
pub mod interp;
pub mod layout;
pub mod lexer;

use std::time::Instant;

use lopdf::{Dictionary, Document, LoadOptions, Object};

pub use interp::RedShape;
use interp::{Budget, FontCache, Interpreter, PageGlyphs, Stop};

use super::raster::Raster;
use super::seal::{self, Placement, SealSource};

/// What reading a PDF gave.
#[derive(Debug)]
pub enum PdfOutcome {
    /// The document opened; each page's glyphs and layout text.
    Pages(Vec<PdfPage>),
    /// Needs a password we do not have.
    Encrypted(String),
    /// Could not be parsed at all.
    /// `reason` in Chinese for staff; `detail` the parser's own words.
    Corrupt {
        reason: String,
        detail: Option<String>,
    },
    /// Ran past its deadline; the pages read before it.
    Timeout(Vec<PdfPage>),
}

/// One page: its text in reading order and what the quality signal needs.
#[derive(Debug, Default)]
pub struct PdfPage {
    pub text: String,
    pub glyphs: usize,
    pub unmapped: usize,
    pub images: u32,
    /// Share of the page area covered by images (0..=1).
    pub image_cover: f64,
    /// Path-painting operators (outlined text).
    pub paths: u32,
    /// Notes on what could not be read on this page.
    pub problem: Option<String>,
    /// Some of the page's text may be missing.
    pub lossy: bool,
    /// A page without a text layer, assembled from its images, for OCR
    /// (when asked for).
    pub scan: Option<Raster>,
    /// Why a page without a text layer has no `scan`.
    pub scan_problem: Option<String>,
    /// Seals found: bounding box in points and how.
    pub seals: Vec<([f64; 4], SealSource)>,
    /// For each seal, the page text beneath it (see [`text_beneath`]).
    pub seal_text: Vec<String>,
    /// The page's text-quality signal (assessed once, here).
    pub quality: Option<super::quality::PageQuality>,
    /// Text nobody can see on the printed page, left out of `text`.
    pub hidden: Vec<hidden::HiddenText>,
}

/// Limits for one PDF.
#[derive(Debug, Clone, Copy)]
pub struct PdfLimits {
    pub deadline: Instant,
    pub max_stream_bytes: usize,
    pub max_pages: usize,
    pub max_glyphs_per_page: usize,
    /// Assemble pages without a text layer from their images (for OCR), at
    /// most this many per document.
    pub scan_pages: usize,
    /// The assembled pages will be read by OCR (150–300 dpi); otherwise they
    /// are only searched for seals, which a coarse canvas serves as well.
    pub for_ocr: bool,
}

/// Why a file could not be loaded as a PDF, in words for staff.
/// An OCR layer with fewer characters than this over a scan covering more
/// than `THIN_LAYER_COVER` of the page is read again by OCR.
const THIN_LAYER_CHARS: u32 = 60;
const THIN_LAYER_COVER: f64 = 0.6;

fn load_failure(bytes: &[u8], e: &lopdf::Error) -> &'static str {
    let head = &bytes[..bytes.len().min(1024)];
    if bytes.is_empty() {
        "文件为空（0 字节）"
    } else if !head.windows(5).any(|w| w == b"%PDF-") {
        "不是 PDF 文件（没有 %PDF 文件头）"
    } else if matches!(e, lopdf::Error::Xref(_)) {
        "交叉引用表损坏，且无法从文件中的对象重建"
    } else {
        "文件结构无法解析"
    }
}

thread_local! {
    /// The decompression cap `skip_oversized_object_streams` applies (a
    /// `FilterFunc` is a plain function; lopdf loads on the calling thread).
    static OBJSTM_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A load filter that leaves out object streams that inflate past the cap
/// (a bomb among unused objects), keeping every other object.
fn skip_oversized_object_streams(
    id: lopdf::ObjectId,
    obj: &mut Object,
) -> Option<(lopdf::ObjectId, Object)> {
    if let Object::Stream(stream) = obj
        && stream.dict.has_type(b"ObjStm")
    {
        let limit = OBJSTM_LIMIT.with(|l| l.get());
        if matches!(
            stream.decompressed_content_with_limit(limit),
            Err(lopdf::Error::Decompress(
                lopdf::DecompressError::MemoryLimitExceeded { .. }
            ))
        ) {
            return None;
        }
    }
    // At the top level lopdf keeps the object it passed in and the returned
    // one only says "keep"; inside an object stream the returned one is
    // kept, and there it is never a stream. So streams (images, big) are not
    // copied.
    if matches!(obj, Object::Stream(_)) {
        return Some((id, Object::Null));
    }
    Some((id, obj.clone()))
}

/// Loads the file; an object stream past the decompression cap is left out
/// (the rest of the file may not need it), with a note saying so.
fn load(bytes: &[u8], limits: &PdfLimits) -> Result<(Document, Option<String>), lopdf::Error> {
    match Document::load_mem_with_options(bytes, options_for(limits)) {
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            OBJSTM_LIMIT.with(|l| l.set(limits.max_stream_bytes));
            let options = LoadOptions {
                filter: Some(skip_oversized_object_streams),
                ..options_for(limits)
            };
            let doc = Document::load_mem_with_options(bytes, options)?;
            let note = format!(
                "文件中的对象流解压后超过 {} MiB 上限，已跳过其中的对象",
                limits.max_stream_bytes >> 20
            );
            Ok((doc, Some(note)))
        }
        other => other.map(|d| (d, None)),
    }
}

pub fn extract(bytes: &[u8], limits: &PdfLimits) -> PdfOutcome {
    let (doc, load_note) = match load(bytes, limits) {
        Ok(loaded) => loaded,
        Err(lopdf::Error::InvalidPassword) => {
            return PdfOutcome::Encrypted("需要打开密码".into());
        }
        Err(e) => {
            return PdfOutcome::Corrupt {
                reason: load_failure(bytes, &e).to_string(),
                detail: Some(e.to_string()),
            };
        }
    };
    // Without the password lopdf leaves the objects as they are: readable
    // when only embedded files are encrypted (crypt filters /Identity for
    // streams and strings, /EFF for attachments), ciphertext otherwise.
    let mut attachments_locked = false;
    let doc = if doc.is_encrypted() && !doc.was_encrypted() {
        if !only_attachments_encrypted(&doc) {
            return PdfOutcome::Encrypted("需要打开密码，空密码无法解密".into());
        }
        // lopdf loads nothing but the encryption dictionary without the
        // key: read the file again as if it were not encrypted.
        let plain = without_encrypt_key(bytes);
        match Document::load_mem_with_options(&plain, options_for(limits)) {
            Ok(d) => {
                attachments_locked = true;
                d
            }
            Err(_) => return PdfOutcome::Encrypted("需要打开密码，空密码无法解密".into()),
        }
    } else {
        doc
    };
    let (pages, total) = page_ids(&doc, limits.max_pages);
    if pages.is_empty() {
        return PdfOutcome::Corrupt {
            reason: "未找到任何页面（页面树缺失或损坏）".into(),
            detail: None,
        };
    }
    let rebuilt = doc.xref_recovery == Some(lopdf::xref::XrefRecovery::Reconstructed);
    let need_appearances = forms::need_appearances(&doc);
    let mut fonts = FontCache::default();
    let mut out: Vec<PdfPage> = Vec::with_capacity(pages.len());
    for &page_id in &pages {
        if Instant::now() > limits.deadline {
            return PdfOutcome::Timeout(out);
        }
        let mut page = PdfPage::default();
        let page_dict = doc.get_dictionary(page_id).ok();
        let (content, problem) = page_content(&doc, page_id, limits.max_stream_bytes);
        let resources = page_resources(&doc, page_id);
        let budget = Budget {
            deadline: limits.deadline,
            max_stream_bytes: limits.max_stream_bytes,
            max_glyphs: limits.max_glyphs_per_page,
            max_form_depth: 12,
        };
        let mut interp = Interpreter::new(&doc, &mut fonts, budget);
        if let Err(Stop::Timeout) = interp.run_page(&content, &resources) {
            return PdfOutcome::Timeout(out);
        }
        // Annotation appearances: filled-in form fields, stamps, free text;
        // a field value without a (trustworthy) appearance is placed itself.
        for annot in annotations(&doc, page_dict) {
            if let Some(field) = forms::field_text(&doc, annot, need_appearances) {
                interp.place_text(&field.text, field.rect);
            } else if let Err(Stop::Timeout) = interp.run_annotation(annot, &resources) {
                return PdfOutcome::Timeout(out);
            }
        }
        let mut glyphs: PageGlyphs = interp.finish();
        let rotate = page_dict
            .and_then(|d| inherited(&doc, d, b"Rotate"))
            .and_then(|o| o.as_i64().ok())
            .unwrap_or(0);
        let page_box = page_dict
            .and_then(|d| page_rect(&doc, d, b"MediaBox"))
            .unwrap_or([0.0, 0.0, 612.0, 792.0]);
        // The crop box is what a viewer or a printer shows (default: the
        // media box); text outside it is hidden.
        let crop = page_dict
            .and_then(|d| page_rect(&doc, d, b"CropBox"))
            .map(|c| {
                [
                    c[0].max(page_box[0]),
                    c[1].max(page_box[1]),
                    c[2].min(page_box[2]),
                    c[3].min(page_box[3]),
                ]
            })
            .filter(|c| c[2] > c[0] && c[3] > c[1])
            .unwrap_or(page_box);
        let area = (page_box[2] - page_box[0]) * (page_box[3] - page_box[1]);
        page.hidden = hidden::remove_hidden(&mut glyphs, crop);
        page.text = layout::page_text(&glyphs, rotate);
        let (mapped, unmapped) = layout::mapped_glyphs(&glyphs);
        page.glyphs = mapped + unmapped;
        page.unmapped = unmapped;
        page.images = glyphs.images;
        page.image_cover = (glyphs.image_area / area).min(1.0);
        page.paths = glyphs.paths;
        page.lossy = glyphs.lossy || problem.is_some();
        page.problem = match (problem, glyphs.truncated.clone()) {
            (Some(a), Some(b)) => Some(format!("{a}；{b}")),
            (a, b) => a.or(b),
        };
        let mut quality =
            super::quality::assess(&page.text, page.images, page.image_cover, page.paths);
        // A file rebuilt from a scan of its objects (truncated, damaged) may
        // lack objects this page uses (a font's ToUnicode map): its text
        // cannot be trusted, however it looks.
        if rebuilt && missing_objects(&doc, page_id) > 0 && !page.text.trim().is_empty() {
            quality.flag = super::quality::PageFlag::UnreliableText;
            page.lossy = true;
            let note = "文件不完整（被截断或损坏），本页引用的字体等对象缺失，文字不可靠";
            page.problem = Some(match page.problem.take() {
                Some(p) => format!("{p}；{note}"),
                None => note.to_string(),
            });
        }
        // Invisible glyphs left after `remove_hidden` lie over an image.
        let invisible = glyphs.glyphs.iter().filter(|g| g.invisible).count();
        quality.ocr_layer = invisible > 0 && 2 * invisible > glyphs.glyphs.len();
        // An OCR layer of a few words over a page-filling scan (a name and a
        // code over a whole licence) is no reading of the page: it is read
        // again by OCR, as a scan without a layer.
        if quality.ocr_layer
            && quality.flag == super::quality::PageFlag::Ok
            && page.image_cover > THIN_LAYER_COVER
            && quality.chars < THIN_LAYER_CHARS
        {
            quality.flag = super::quality::PageFlag::NoTextLayer;
        }
        let flag = quality.flag;
        page.quality = Some(quality);
        let scanned = out.iter().filter(|p| p.scan.is_some()).count();
        images_of_page(
            &doc,
            &glyphs,
            page_box,
            flag,
            scanned < limits.scan_pages,
            limits,
            &mut page,
        );
        page.seal_text = page
            .seals
            .iter()
            .map(|(b, _)| text_beneath(&glyphs, *b))
            .collect();
        out.push(page);
    }
    if total > out.len()
        && let Some(last) = out.last_mut()
    {
        last.lossy = true;
        let note = format!(
            "共 {total} 页，超过 {} 页上限，其后的页面未读取",
            limits.max_pages
        );
        last.problem = Some(match last.problem.take() {
            Some(p) => format!("{p}；{note}"),
            None => note,
        });
    }
    let notes = [
        attachments_locked.then(|| "文件内嵌的附件已加密，未读取（页面内容不受影响）".to_string()),
        load_note,
    ];
    if let Some(first) = out.first_mut() {
        for note in notes.into_iter().flatten() {
            first.problem = Some(match first.problem.take() {
                Some(p) => format!("{p}；{note}"),
                None => note,
            });
        }
    }
    PdfOutcome::Pages(out)
}

/// Objects a page's text depends on — its contents and resources (fonts
/// with their ToUnicode maps and descendants, forms), not its annotations,
/// thumbnail or metadata — that the file does not hold. Walks at most a few
/// thousand objects.
fn missing_objects(doc: &Document, page: lopdf::ObjectId) -> usize {
    const MAX_VISITS: usize = 5000;
    const SKIP: &[&[u8]] = &[b"Parent", b"P", b"Metadata", b"Annots", b"Thumb", b"SMask"];
    let Ok(dict) = doc.get_dictionary(page) else {
        return 0;
    };
    let mut seen = std::collections::HashSet::new();
    // Resources may be inherited from the page tree.
    let mut stack: Vec<&Object> = [
        dict.get(b"Contents").ok(),
        inherited(doc, dict, b"Resources"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut missing = 0;
    while let Some(o) = stack.pop() {
        match o {
            Object::Reference(r) => {
                if seen.len() >= MAX_VISITS || !seen.insert(*r) {
                    continue;
                }
                match doc.get_object(*r) {
                    Ok(obj) => stack.push(obj),
                    Err(_) => missing += 1,
                }
            }
            Object::Array(a) => stack.extend(a.iter()),
            Object::Dictionary(d) => stack.extend(
                d.iter()
                    .filter(|(k, _)| !SKIP.contains(&k.as_slice()))
                    .map(|(_, v)| v),
            ),
            Object::Stream(st) => stack.extend(
                st.dict
                    .iter()
                    .filter(|(k, _)| !SKIP.contains(&k.as_slice()))
                    .map(|(_, v)| v),
            ),
            _ => {}
        }
    }
    missing
}

fn options_for(limits: &PdfLimits) -> LoadOptions {
    LoadOptions {
        max_decompressed_size: Some(limits.max_stream_bytes),
        ..LoadOptions::default()
    }
}

/// A copy of the file with each trailer's `/Encrypt` key renamed (same
/// length, so every offset holds), for a file whose page content is not
/// encrypted at all. `/EncryptMetadata` and the like are left alone.
fn without_encrypt_key(bytes: &[u8]) -> Vec<u8> {
    const KEY: &[u8] = b"/Encrypt";
    let mut out = bytes.to_vec();
    let mut i = 0;
    while let Some(pos) = out[i..].windows(KEY.len()).position(|w| w == KEY) {
        let at = i + pos;
        let next = out.get(at + KEY.len()).copied().unwrap_or(b' ');
        if next.is_ascii_whitespace() || matches!(next, b'<' | b'/' | b'[') || next.is_ascii_digit()
        {
            out[at + 1] = b'X';
        }
        i = at + KEY.len();
    }
    out
}

/// Seals and, for a page without a text layer, the page assembled from its
/// images. A scan is looked at as a whole; on a page with text, each colour
/// image not much bigger than a seal could be (a seal pasted into a letter).
fn images_of_page(
    doc: &Document,
    glyphs: &PageGlyphs,
    page_box: [f64; 4],
    flag: super::quality::PageFlag,
    want_scan: bool,
    limits: &PdfLimits,
    page: &mut PdfPage,
) {
    page.seals = seal::in_vectors(&glyphs.red_shapes)
        .into_iter()
        .map(|b| (b, SealSource::Vector))
        .collect();
    let no_text = flag == super::quality::PageFlag::NoTextLayer;
    if no_text && glyphs.placed_images.is_empty() {
        page.scan_problem = Some("页面由矢量图形构成（轮廓文字），无法 OCR".into());
        return;
    }
    if no_text && limits.scan_pages > 0 {
        if !want_scan {
            page.scan_problem = Some(format!("扫描页超过 {} 页上限，未 OCR", limits.scan_pages));
            return;
        }
        let (canvas, problems) = images::page_canvas(
            doc,
            &glyphs.placed_images,
            page_box,
            limits.max_stream_bytes,
            limits.for_ocr,
        );
        match canvas {
            Some(c) => {
                let found = seals_on_canvas(&c, page_box, page);
                // OCR reads gray with the seals' red dropped; only that is kept.
                let (gray, _) = c.gray_without_seals(&found);
                page.scan = Some(Raster {
                    width: c.width,
                    height: c.height,
                    channels: 1,
                    data: gray,
                });
            }
            None => {
                page.scan_problem = Some(if problems.is_empty() {
                    "页面图像无法读取".into()
                } else {
                    problems.join("；")
                });
            }
        }
        return;
    }
    // A page-sized image under a text layer (a scan with OCR text, a
    // certificate on its background): looked at as a whole, like a scan.
    let page_area = ((page_box[2] - page_box[0]) * (page_box[3] - page_box[1])).abs();
    let covers_page = |p: &&interp::PlacedImage| {
        let m = p.ctm;
        let area = (m[0] * m[3] - m[1] * m[2]).abs();
        area >= 0.4 * page_area
    };
    let big: Vec<_> = glyphs
        .placed_images
        .iter()
        .filter(covers_page)
        .take(4)
        .cloned()
        .collect();
    if page.seals.is_empty() && !big.is_empty() {
        let (c, _) = images::page_canvas(doc, &big, page_box, limits.max_stream_bytes, false);
        if let Some(c) = c {
            seals_on_canvas(&c, page_box, page);
        }
    }
    // Pasted seal images: colour images up to a seal's size several times over.
    for p in glyphs.placed_images.iter().take(16) {
        let m = p.ctm;
        let (w_pt, h_pt) = (
            (m[0] * m[0] + m[1] * m[1]).sqrt(),
            (m[2] * m[2] + m[3] * m[3]).sqrt(),
        );
        if !(20.0..=400.0).contains(&w_pt) || !(20.0..=400.0).contains(&h_pt) {
            continue;
        }
        let Some(stream) = images::image_stream(doc, p.id) else {
            continue;
        };
        let Ok(img) = images::decode(doc, stream, limits.max_stream_bytes) else {
            continue;
        };
        if img.channels < 3 || img.width as u64 * img.height as u64 > 6_000_000 {
            continue;
        }
        let (iw, ih) = (img.width as f64, img.height as f64);
        let to_page = |x: f64, y: f64| {
            let (u, v) = (x / iw, 1.0 - y / ih);
            (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5])
        };
        let at = Placement {
            px_per_pt: iw / w_pt.max(1e-3),
            to_page: &to_page,
        };
        page.seals.extend(
            seal::in_raster(&img, &at)
                .into_iter()
                .map(|b| (b, SealSource::Image)),
        );
    }
}

/// The text printed beneath a seal: the glyphs whose middle lies in the
/// seal's box, in drawing order, at most 80 characters. It tells a stamp over
/// its issuer's name (a licence's registration authority) from a stamp
/// added by the applicant.
fn text_beneath(glyphs: &PageGlyphs, b: [f64; 4]) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for g in &glyphs.glyphs {
        let (mx, my) = ((g.x + g.x1) / 2.0, g.y + g.size * 0.35);
        if mx >= b[0] && mx <= b[2] && my >= b[1] && my <= b[3] {
            let t = glyphs.text_of(g);
            out.push_str(t);
            chars += t.chars().count();
            if chars >= 80 {
                break;
            }
        }
    }
    out
}

/// Seals on a page canvas (pixels of the page box, top left first), added to
/// the page; returns the red ones' pixel boxes (for colour dropout).
fn seals_on_canvas(c: &Raster, page_box: [f64; 4], page: &mut PdfPage) -> Vec<[usize; 4]> {
    let scale = c.width as f64 / (page_box[2] - page_box[0]).max(1.0);
    let to_page = |x: f64, y: f64| (page_box[0] + x / scale, page_box[3] - y / scale);
    let found = seal::in_page_px(c, scale);
    for (b, source) in &found {
        page.seals.push((seal::page_box(*b, &to_page), *source));
    }
    seal::red_boxes(&found)
}

/// The page objects in order, walking the page tree from the catalog with a
/// guard against cycles (a `/Kids` entry pointing back up would otherwise
/// repeat pages). Returns at most `max` pages and the total page count.
fn page_ids(doc: &Document, max: usize) -> (Vec<lopdf::ObjectId>, usize) {
    let root = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").ok())
        .and_then(|p| p.as_reference().ok());
    let mut pages = Vec::new();
    let mut total = 0usize;
    if let Some(root) = root {
        let mut seen = std::collections::HashSet::new();
        let mut stack = vec![root];
        let mut steps = 0usize;
        while let Some(id) = stack.pop() {
            steps += 1;
            if steps > 5_000_000 || !seen.insert(id) {
                continue;
            }
            let Ok(node) = doc.get_dictionary(id) else {
                continue;
            };
            let is_page = node.get(b"Type").and_then(Object::as_name).ok() == Some(b"Page");
            match node.get(b"Kids").and_then(Object::as_array) {
                Ok(kids) if !is_page => {
                    for kid in kids.iter().rev() {
                        if let Ok(k) = kid.as_reference() {
                            stack.push(k);
                        }
                    }
                }
                _ => {
                    total += 1;
                    if pages.len() < max {
                        pages.push(id);
                    }
                }
            }
        }
    }
    if pages.is_empty() {
        // No usable tree from the catalog: take what lopdf found.
        let all = doc.get_pages();
        total = all.len();
        pages = all.values().copied().take(max).collect();
    }
    (pages, total)
}

/// A page's content streams, decoded and concatenated, and a note when some
/// of it could not be read.
fn page_content(
    doc: &Document,
    page_id: lopdf::ObjectId,
    limit: usize,
) -> (Vec<u8>, Option<String>) {
    let mut content = Vec::new();
    let mut problems = Vec::new();
    for id in doc.get_page_contents(page_id) {
        let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else {
            continue;
        };
        match stream_content(doc, stream, limit.saturating_sub(content.len())) {
            Ok(data) => content.extend_from_slice(&data),
            Err(e) => problems.push(format!("页面内容无法完整读取：{e}")),
        }
        content.push(b'\n');
    }
    let problem = if problems.is_empty() {
        None
    } else {
        Some(problems.join("；"))
    };
    (content, problem)
}

/// A stream's decoded bytes, at most `limit`. A damaged Flate stream keeps
/// what inflates before the damage (with a note), as other readers do.
pub(crate) fn stream_content(
    doc: &Document,
    stream: &lopdf::Stream,
    limit: usize,
) -> Result<Vec<u8>, String> {
    // /Filter and /DecodeParms may be indirect references (or arrays holding
    // them): decode with the resolved values.
    let indirect = [b"Filter".as_slice(), b"DecodeParms".as_slice()]
        .iter()
        .any(|k| stream.dict.get(k).is_ok_and(has_reference));
    if indirect {
        let mut resolved = lopdf::Stream::new(stream.dict.clone(), stream.content.clone());
        resolved.allows_compression = stream.allows_compression;
        for key in [b"Filter".as_slice(), b"DecodeParms".as_slice()] {
            if let Ok(v) = stream.dict.get(key) {
                resolved.dict.set(key, resolve_deep(doc, v, 0));
            }
        }
        return decode(&resolved, limit);
    }
    decode(stream, limit)
}

fn has_reference(o: &Object) -> bool {
    match o {
        Object::Reference(_) => true,
        Object::Array(a) => a.iter().any(has_reference),
        _ => false,
    }
}

/// `o` with references replaced by what they point to (two levels deep:
/// a filter array, its parameter dictionaries).
fn resolve_deep(doc: &Document, o: &Object, depth: u8) -> Object {
    let o = match o {
        Object::Reference(_) => doc
            .dereference(o)
            .map(|(_, v)| v.clone())
            .unwrap_or(Object::Null),
        other => other.clone(),
    };
    match o {
        Object::Array(a) if depth < 2 => {
            Object::Array(a.iter().map(|x| resolve_deep(doc, x, depth + 1)).collect())
        }
        other => other,
    }
}

/// A stream's decoded bytes, its filters being direct objects.
fn decode(stream: &lopdf::Stream, limit: usize) -> Result<Vec<u8>, String> {
    let filter = match stream.dict.get(b"Filter") {
        Err(_) | Ok(Object::Null) => return Ok(stream.content.clone()),
        // An empty filter list is no filter.
        Ok(Object::Array(a)) if a.is_empty() => return Ok(stream.content.clone()),
        Ok(f) => f,
    };
    match stream.decompressed_content_with_limit(limit) {
        Ok(data) => Ok(data),
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            Err(format!("解压后超过 {} MiB 上限，已跳过", limit >> 20))
        }
        Err(e) => {
            let only_flate = match filter {
                Object::Name(n) => n == b"FlateDecode",
                Object::Array(a) => a.len() == 1 && a[0].as_name().ok() == Some(b"FlateDecode"),
                _ => false,
            };
            let predictor = stream.dict.get(b"DecodeParms").is_ok();
            if only_flate && !predictor {
                let partial = partial_inflate(&stream.content, limit);
                if !partial.is_empty() {
                    return Ok(partial);
                }
            }
            Err(format!("数据流已损坏（{e}）"))
        }
    }
}

/// Inflates a zlib (or raw deflate) stream up to the first error or `limit`.
fn partial_inflate(data: &[u8], limit: usize) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let mut reader: Box<dyn Read> = if data.len() >= 2 && data[0] & 0x0f == 8 {
        Box::new(flate2::read::ZlibDecoder::new(data))
    } else {
        Box::new(flate2::read::DeflateDecoder::new(data))
    };
    while out.len() < limit {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n.min(limit - out.len())]),
        }
    }
    out
}

/// The page's annotation dictionaries (at most 10,000).
fn annotations<'a>(doc: &'a Document, page: Option<&'a Dictionary>) -> Vec<&'a Dictionary> {
    let Some(annots) = page
        .and_then(|p| p.get(b"Annots").ok())
        .and_then(|a| doc.dereference(a).ok())
        .and_then(|(_, a)| a.as_array().ok())
    else {
        return Vec::new();
    };
    annots
        .iter()
        .take(10_000)
        .filter_map(|a| doc.dereference(a).ok()?.1.as_dict().ok())
        .collect()
}

/// The page's resource dictionaries, nearest first (the page's own, then
/// those inherited through `/Parent`), stopping at a cycle.
fn page_resources(doc: &Document, page_id: lopdf::ObjectId) -> Vec<&Dictionary> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut node = doc.get_dictionary(page_id).ok();
    seen.insert(page_id);
    while let Some(dict) = node {
        if let Ok(res) = dict.get(b"Resources")
            && let Ok((_, Object::Dictionary(d))) = doc.dereference(res)
        {
            out.push(d);
        }
        node = dict
            .get(b"Parent")
            .and_then(Object::as_reference)
            .ok()
            .filter(|id| seen.len() < 64 && seen.insert(*id))
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    out
}

/// A page attribute, looked up through the page tree's `/Parent` chain.
/// The encryption dictionary leaves page content and strings in the clear
/// (V 4 or 5 with `/StmF` and `/StrF` both `/Identity`, their default): only
/// embedded files are encrypted, and the pages read without a password.
fn only_attachments_encrypted(doc: &Document) -> bool {
    let Some(enc) = doc
        .trailer
        .get(b"Encrypt")
        .ok()
        .and_then(|e| doc.dereference(e).ok())
        .and_then(|(_, e)| e.as_dict().ok())
    else {
        return false;
    };
    let v = enc
        .get(b"V")
        .ok()
        .and_then(|v| v.as_i64().ok())
        .unwrap_or(0);
    let identity = |key: &[u8]| {
        enc.get(key)
            .ok()
            .and_then(|f| f.as_name().ok())
            .is_none_or(|f| f == b"Identity")
    };
    matches!(v, 4 | 5) && identity(b"StmF") && identity(b"StrF")
}

/// A page rectangle (`/MediaBox`, `/CropBox`), inherited, normalised to
/// lower-left / upper-right; none when missing or degenerate.
fn page_rect(doc: &Document, page: &Dictionary, key: &[u8]) -> Option<[f64; 4]> {
    let a = inherited(doc, page, key)?.as_array().ok()?;
    let v: Vec<f64> = a
        .iter()
        .filter_map(|o| match o {
            Object::Reference(id) => doc.get_object(*id).ok()?.as_float().ok(),
            o => o.as_float().ok(),
        })
        .map(f64::from)
        .filter(|v| v.is_finite())
        .collect();
    match v.as_slice() {
        [x0, y0, x1, y1] => Some([x0.min(*x1), y0.min(*y1), x0.max(*x1), y0.max(*y1)]),
        _ => None,
    }
    .filter(|[x0, y0, x1, y1]| (x1 - x0) * (y1 - y0) > 1.0)
}

/// An inheritable entry of a page (or a form field): on the node or up its
/// `/Parent` chain.
fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(v) = node.get(key) {
            return doc.dereference(v).ok().map(|(_, o)| o);
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}
