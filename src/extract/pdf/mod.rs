//! PDF → text per page, built on lopdf (parsing, xref repair, decryption,
//! capped decompression) with our own font decoding (`fonts`), content
//! interpreter (`interp`) and reading order (`layout`).
//!
//! Never panics on purpose and never runs unbounded: streams are decompressed
//! with a byte limit, Form XObjects are depth-capped, the interpreter checks a
//! deadline. The caller (`extract`) still runs this on a guarded thread, because
//! a third-party parser may misbehave on hostile input.

pub mod fonts;
pub mod interp;
pub mod layout;
pub mod lexer;

use std::time::Instant;

use lopdf::{Dictionary, Document, LoadOptions, Object};

use interp::{Budget, FontCache, Interpreter, PageGlyphs, Stop};

/// What reading a PDF gave.
#[derive(Debug)]
pub enum PdfOutcome {
    /// The document opened; each page's glyphs and layout text.
    Pages(Vec<PdfPage>),
    /// Needs a password we do not have.
    Encrypted(String),
    /// Could not be parsed at all.
    Corrupt(String),
    /// Ran past its deadline.
    Timeout,
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
    /// Why this page's text may be partial.
    pub problem: Option<String>,
}

/// Limits for one PDF.
#[derive(Debug, Clone, Copy)]
pub struct PdfLimits {
    pub deadline: Instant,
    pub max_stream_bytes: usize,
    pub max_pages: usize,
    pub max_glyphs_per_page: usize,
}

pub fn extract(bytes: &[u8], limits: &PdfLimits) -> PdfOutcome {
    let options = LoadOptions {
        max_decompressed_size: Some(limits.max_stream_bytes),
        ..LoadOptions::default()
    };
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(lopdf::Error::InvalidPassword) => {
            return PdfOutcome::Encrypted("需要打开密码".into());
        }
        Err(e) => return PdfOutcome::Corrupt(e.to_string()),
    };
    if doc.is_encrypted() && !doc.was_encrypted() {
        return PdfOutcome::Encrypted("需要打开密码，空密码无法解密".into());
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return PdfOutcome::Corrupt("未找到任何页面（页面树缺失或损坏）".into());
    }
    let mut fonts = FontCache::default();
    let mut out = Vec::with_capacity(pages.len().min(limits.max_pages));
    for (_, &page_id) in pages.iter().take(limits.max_pages) {
        if Instant::now() > limits.deadline {
            return PdfOutcome::Timeout;
        }
        let mut page = PdfPage::default();
        let page_dict = doc.get_dictionary(page_id).ok();
        let content = match doc.get_page_content_with_limit(page_id, limits.max_stream_bytes) {
            Ok(c) => c,
            Err(e) => {
                page.problem = Some(format!("页面内容无法读取：{e}"));
                out.push(page);
                continue;
            }
        };
        let resources = page_resources(&doc, page_id);
        let budget = Budget {
            deadline: limits.deadline,
            max_stream_bytes: limits.max_stream_bytes,
            max_glyphs: limits.max_glyphs_per_page,
            max_form_depth: 12,
        };
        let mut interp = Interpreter::new(&doc, &mut fonts, budget);
        if let Err(Stop::Timeout) = interp.run_page(&content, &resources) {
            return PdfOutcome::Timeout;
        }
        // Annotation appearances: filled-in form fields, stamps, free text.
        for annot in annotations(&doc, page_dict) {
            if let Err(Stop::Timeout) = interp.run_annotation(annot, &resources) {
                return PdfOutcome::Timeout;
            }
        }
        let glyphs: PageGlyphs = interp.finish();
        let rotate = page_dict
            .and_then(|d| inherited(&doc, d, b"Rotate"))
            .and_then(|o| o.as_i64().ok())
            .unwrap_or(0);
        let area = page_dict
            .and_then(|d| inherited(&doc, d, b"MediaBox"))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| {
                let v: Vec<f64> = a
                    .iter()
                    .filter_map(|o| o.as_float().ok().map(f64::from))
                    .collect();
                match v.as_slice() {
                    [x0, y0, x1, y1] => Some(((x1 - x0) * (y1 - y0)).abs()),
                    _ => None,
                }
            })
            .filter(|a| *a > 1.0)
            .unwrap_or(612.0 * 792.0);
        page.text = layout::page_text(&glyphs, rotate);
        let (mapped, unmapped) = layout::mapped_glyphs(&glyphs);
        page.glyphs = mapped + unmapped;
        page.unmapped = unmapped;
        page.images = glyphs.images;
        page.image_cover = (glyphs.image_area / area).min(1.0);
        page.paths = glyphs.paths;
        page.problem = glyphs.truncated;
        out.push(page);
    }
    PdfOutcome::Pages(out)
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

/// The page's resource dictionaries, nearest first (page, then inherited).
fn page_resources(doc: &Document, page_id: lopdf::ObjectId) -> Vec<&Dictionary> {
    let Ok((direct, ids)) = doc.get_page_resources(page_id) else {
        return Vec::new();
    };
    let mut out: Vec<&Dictionary> = direct.into_iter().collect();
    out.extend(ids.iter().filter_map(|id| doc.get_dictionary(*id).ok()));
    out
}

/// A page attribute, looked up through the page tree's `/Parent` chain.
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
