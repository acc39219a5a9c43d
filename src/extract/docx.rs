//! Text extraction from Word 2007+ documents (`.docx`, WordprocessingML) as
//! written by Microsoft Word, WPS Office, LibreOffice and python-docx.
//!
//! [`docx_pages`] reads the main document part (normally `word/document.xml`)
//! with quick-xml's streaming reader and returns the body text split into
//! "pages". A DOCX has no fixed pages – the layout is computed by the program
//! that opens it – so a page here ends where the file itself says one ends:
//! an explicit page break (`<w:br w:type="page"/>`), a paragraph with
//! "page break before" (directly or through its paragraph style), a section
//! break that starts a new page, or a `<w:lastRenderedPageBreak/>` that Word
//! left where it last paginated. A document without any of these is one page.
//! Explicit breaks and new-page sections always start a page (so two in a row
//! leave an empty page, as Word shows it); "page break before" and
//! `lastRenderedPageBreak` only start one if the current page already has
//! visible text, so Word's habit of writing both for the same place does not
//! produce empty pages. Breaks inside a table row move the whole row; breaks
//! inside text boxes are ignored.
//!
//! What is text: paragraphs in document order, one per line; tables one row
//! per line with cells separated by `\t` (nested tables are flattened into the
//! row, and tabs / line breaks inside a cell become spaces so a row stays one
//! line); text boxes (taken from one branch of `mc:AlternateContent` only, so
//! they are not doubled) as lines after the paragraph or row that anchors
//! them; field results (not field codes); inserted text of tracked changes
//! (deleted and moved-away text is left out; a deleted paragraph mark joins
//! the paragraph with the next); OMML equation text. `w:tab` is `\t`, `w:br`
//! and `w:cr` are `\n`, `w:noBreakHyphen` is `-`, soft hyphens vanish, and
//! `w:sym` keeps real Unicode characters and maps the symbol-font check boxes
//! and ticks used in forms (Wingdings / Wingdings 2) to `□ ☑ ☒ ✓ ✗`; other
//! symbol-font glyphs are dropped.
//!
//! What is not: headers, footers, footnotes, endnotes and comments. Word
//! prints headers and footers on every page, but they live in their own parts
//! and would repeat on every page, so they are deliberately left out – check
//! them separately if a rule needs them. Also left out: hidden text
//! (`w:vanish` set directly on a run), phonetic guides (`w:rt`), chart,
//! SmartArt and embedded-object text, and `w:altChunk` imports (their content
//! lives in other parts). Old binary `.doc` files are not read at all; see
//! [`is_doc_legacy`].
//!
//! The input is treated as hostile: every failure is a [`DocxError`] (with a
//! Chinese message for staff), parts are read through `Read::take` with the
//! caller's byte limit, nesting depth costs heap, not stack (no recursion;
//! quick-xml itself refuses more than 65535 levels, reported as
//! [`DocxError::Xml`]), and work stays linear in the input size.

use super::MARKS;
use std::collections::HashMap;
use std::io::{Cursor, Read, Seek};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{QName, ResolveResult};
use quick_xml::reader::NsReader;
use zip::ZipArchive;
use zip::result::ZipError;

/// Why a DOCX could not be turned into text. The `Display` text is Chinese and
/// meant to be shown to bureau staff as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocxError {
    /// Not a ZIP container at all (and not an OLE2 file either).
    #[error("不是有效的 DOCX（ZIP）文件")]
    NotAZip,
    /// An old binary Word `.doc` (OLE2 compound file) rather than a `.docx`.
    #[error("旧版 Word .doc 格式，无法提取文字，请转换为 PDF 或 DOCX")]
    LegacyDoc,
    /// Password-protected: either an Office-encrypted package (which is an
    /// OLE2 file with an `EncryptedPackage` stream) or an encrypted ZIP entry.
    #[error("文件已加密（设有打开密码），无法提取文字，请提供未加密的文件")]
    Encrypted,
    /// A ZIP archive without a main document part – some other kind of ZIP.
    #[error("DOCX 文件中缺少正文（word/document.xml），可能不是 Word 文档")]
    MissingDocumentXml,
    /// The document part is larger than the caller's limit.
    #[error("DOCX 正文超过 {limit} 字节的上限，未提取文字")]
    TooLarge {
        /// The limit that was exceeded, in bytes.
        limit: u64,
    },
    /// The ZIP is damaged: truncated, bad checksum, undecodable entry.
    #[error("DOCX 文件已损坏或不完整（{detail}）")]
    Corrupt {
        /// Technical detail (partly from the zip library, in English).
        detail: String,
    },
    /// The document part is not well-formed XML or not WordprocessingML.
    #[error("DOCX 正文 XML 格式错误（第 {position} 字节处）：{message}")]
    Xml {
        /// Byte offset in the (decompressed) document part.
        position: u64,
        /// What is wrong.
        message: String,
    },
}

/// The eight-byte signature of an OLE2 / Compound File Binary file.
const OLE2_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// `EncryptedPackage` in UTF-16LE, as it appears in an OLE2 directory entry.
const ENCRYPTED_PACKAGE_UTF16: &[u8] = b"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
const DEFAULT_MAIN_PART: &str = "word/document.xml";
/// Relationship parts are tiny; never read more of them than this.
const RELS_LIMIT: u64 = 1 << 20;
/// Text boxes nested deeper than this are read as part of the enclosing box.
/// Word cannot nest text boxes at all; the cap keeps hostile nesting from
/// making every finished line travel through thousands of box levels.
const MAX_BOX_DEPTH: usize = 8;

const W_NS: &[&str] = &[
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
const MC_NS: &[&str] = &["http://schemas.openxmlformats.org/markup-compatibility/2006"];
/// Namespaces whose markup this extractor can take text from: an
/// `mc:Choice` that requires anything else is passed over for the next
/// Choice or the Fallback, as Markup Compatibility prescribes.
const UNDERSTOOD_NS: &[&str] = &[
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "http://schemas.microsoft.com/office/word/2010/wordml",
    "http://schemas.microsoft.com/office/word/2012/wordml",
    "http://schemas.microsoft.com/office/drawing/2010/main",
    "urn:schemas-microsoft-com:vml",
    "urn:schemas-microsoft-com:office:office",
    "urn:schemas-microsoft-com:office:word",
];
const M_NS: &[&str] = &[
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
];

/// True for an old binary Word `.doc` (OLE2 signature `D0 CF 11 E0 A1 B1 1A E1`),
/// so the caller can ask for a PDF or DOCX instead.
///
/// A password-protected `.docx` is also an OLE2 file (the encrypted package
/// sits in an `EncryptedPackage` stream); for those this returns `false` and
/// [`docx_pages`] reports [`DocxError::Encrypted`]. Other OLE2 files (`.xls`,
/// `.ppt`, `.msg`) are not told apart and also return `true`.
pub fn is_doc_legacy(bytes: &[u8]) -> bool {
    bytes.starts_with(&OLE2_MAGIC) && !is_encrypted_ooxml(bytes)
}

fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    bytes.starts_with(&OLE2_MAGIC)
        && bytes
            .windows(ENCRYPTED_PACKAGE_UTF16.len())
            .any(|w| w == ENCRYPTED_PACKAGE_UTF16)
}

/// Extracts the body text of a DOCX, one string per page (see the module
/// documentation for what a page and what text is). Lines within a page are
/// separated by `\n`; trailing newlines are trimmed; a page may be empty (two
/// consecutive page breaks). Headers, footers and footnotes are not included.
///
/// At most `max_xml_bytes` of the decompressed main document part are read
/// (the same limit applies to `styles.xml`); a larger part is
/// [`DocxError::TooLarge`].
pub fn docx_pages(bytes: &[u8], max_xml_bytes: u64) -> Result<Vec<String>, DocxError> {
    if bytes.starts_with(&OLE2_MAGIC) {
        return Err(if is_encrypted_ooxml(bytes) {
            DocxError::Encrypted
        } else {
            DocxError::LegacyDoc
        });
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        if bytes.starts_with(b"PK") {
            DocxError::Corrupt {
                detail: format!("ZIP 目录无法读取：{e}"),
            }
        } else {
            DocxError::NotAZip
        }
    })?;
    let main = main_part_index(&mut archive).ok_or(DocxError::MissingDocumentXml)?;
    let main_name = match archive.name_for_index(main) {
        Some(Ok(name)) => name.into_owned(),
        _ => DEFAULT_MAIN_PART.to_owned(),
    };
    let xml = read_entry(&mut archive, main, max_xml_bytes)?;
    let styles = load_styles(&mut archive, &main_name, max_xml_bytes);
    extract(&xml, &styles)
}

// ---------------------------------------------------------------------------
// ZIP access

/// Finds the main document part: the `officeDocument` relationship in
/// `_rels/.rels`, else `word/document.xml` (also case-insensitively).
fn main_part_index<R: Read + Seek>(archive: &mut ZipArchive<R>) -> Option<usize> {
    let from_rels = archive
        .index_for_name("_rels/.rels")
        .and_then(|i| read_entry(archive, i, RELS_LIMIT).ok())
        .and_then(|rels| office_document_target(&rels))
        .and_then(|target| find_entry(archive, &target));
    from_rels.or_else(|| find_entry(archive, DEFAULT_MAIN_PART))
}

fn find_entry<R: Read + Seek>(archive: &ZipArchive<R>, name: &str) -> Option<usize> {
    let name = name.trim_start_matches('/');
    let name = name.strip_prefix("./").unwrap_or(name);
    // Some generators write other letter cases or Windows separators.
    let loose = |n: &str| {
        n.len() == name.len()
            && n.bytes()
                .zip(name.bytes())
                .all(|(a, b)| a.eq_ignore_ascii_case(&b) || (a == b'\\' && b == b'/'))
    };
    archive.index_for_name(name).or_else(|| {
        (0..archive.len()).find(|&i| {
            archive
                .name_for_index(i)
                .is_some_and(|n| n.is_ok_and(|n| loose(&n)))
        })
    })
}

/// The `Target` of the package relationship whose type ends in `/officeDocument`.
fn office_document_target(rels: &[u8]) -> Option<String> {
    let mut reader = NsReader::from_reader(rels);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let kind = attr(&e, "Type")?;
                if kind.ends_with("/officeDocument")
                    && attr(&e, "TargetMode").is_none_or(|m| m != "External")
                {
                    return attr(&e, "Target");
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// Reads one entry completely, refusing encrypted entries and anything larger
/// than `limit` bytes once decompressed.
fn read_entry<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    index: usize,
    limit: u64,
) -> Result<Vec<u8>, DocxError> {
    if archive
        .by_index_raw(index)
        .map_err(entry_error)?
        .encrypted()
    {
        return Err(DocxError::Encrypted);
    }
    let file = archive.by_index(index).map_err(entry_error)?;
    let declared = file.size();
    if declared > limit {
        return Err(DocxError::TooLarge { limit });
    }
    // The declared size only sizes the first allocation (and is capped).
    let capacity = usize::try_from(declared.min(1 << 24)).unwrap_or(0);
    let mut buf = Vec::with_capacity(capacity);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| DocxError::Corrupt {
            detail: format!("解压失败：{e}"),
        })?;
    if u64::try_from(buf.len()).unwrap_or(u64::MAX) > limit {
        return Err(DocxError::TooLarge { limit });
    }
    Ok(buf)
}

fn entry_error(e: ZipError) -> DocxError {
    match e {
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
            DocxError::Encrypted
        }
        ZipError::CompressionMethodNotSupported(m) => DocxError::Corrupt {
            detail: format!("不支持的压缩方式 {m}"),
        },
        other => DocxError::Corrupt {
            detail: other.to_string(),
        },
    }
}

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find_map(|a| {
        let key = a.key.0;
        let key_local = key.rsplit_once(':').map_or(key, |(_, l)| l);
        (key_local == local).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_or_else(|_| a.value.to_string(), |v| v.into_owned())
        })
    })
}

/// `w:val` of an on/off property: absent, `true`, `1` and `on` mean on.
fn on_off(e: &BytesStart<'_>) -> bool {
    attr(e, "val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"))
}

// ---------------------------------------------------------------------------
// styles.xml: which paragraph styles carry "page break before"

#[derive(Debug, Default)]
struct Styles {
    /// styleId → (basedOn, pageBreakBefore set in the style itself)
    paragraph: HashMap<String, (Option<String>, Option<bool>)>,
    default_style: Option<String>,
    doc_default: Option<bool>,
}

impl Styles {
    fn page_break_before(&self, style: Option<&str>) -> bool {
        let mut id = style.or(self.default_style.as_deref());
        // basedOn chains are short in practice; the bound defeats cycles.
        for _ in 0..32 {
            let Some((based_on, pbb)) = id.and_then(|i| self.paragraph.get(i)) else {
                break;
            };
            if let Some(v) = pbb {
                return *v;
            }
            id = based_on.as_deref();
        }
        self.doc_default.unwrap_or(false)
    }
}

/// Styles are optional: a missing, oversized or broken `styles.xml` only
/// loses style-defined page breaks, so every failure yields empty styles.
fn load_styles<R: Read + Seek>(archive: &mut ZipArchive<R>, main: &str, limit: u64) -> Styles {
    let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
    let name = if dir.is_empty() {
        "styles.xml".to_owned()
    } else {
        format!("{dir}/styles.xml")
    };
    find_entry(archive, &name)
        .and_then(|i| read_entry(archive, i, limit).ok())
        .and_then(|xml| parse_styles(&xml))
        .unwrap_or_default()
}

fn parse_styles(xml: &[u8]) -> Option<Styles> {
    let mut reader = NsReader::from_reader(xml);
    let mut styles = Styles::default();
    let mut path: Vec<String> = Vec::new();
    // (styleId, basedOn, pageBreakBefore) of the paragraph style being read
    let mut current: Option<(String, Option<String>, Option<bool>)> = None;
    loop {
        let (start, empty) = match reader.read_event().ok()? {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                if path.pop().as_deref() == Some("style")
                    && let Some((id, based_on, pbb)) = current.take()
                {
                    styles.paragraph.insert(id, (based_on, pbb));
                }
                continue;
            }
            Event::Eof => return Some(styles),
            _ => continue,
        };
        let local = start.local_name().as_ref().to_owned();
        let parent = path.last().map(String::as_str);
        match (local.as_str(), parent) {
            ("style", _) if attr(&start, "type").as_deref() == Some("paragraph") => {
                if let Some(id) = attr(&start, "styleId") {
                    if attr(&start, "default").is_some_and(|d| d == "1" || d == "true") {
                        styles.default_style = Some(id.clone());
                    }
                    current = Some((id, None, None));
                }
            }
            ("basedOn", Some("style")) => {
                if let Some(cur) = current.as_mut() {
                    cur.1 = attr(&start, "val");
                }
            }
            ("pageBreakBefore", Some("pPr")) => {
                let in_doc_defaults = path.iter().any(|p| p == "pPrDefault");
                if in_doc_defaults {
                    styles.doc_default = Some(on_off(&start));
                } else if let Some(cur) = current.as_mut() {
                    cur.2 = Some(on_off(&start));
                }
            }
            _ => {}
        }
        if !empty {
            path.push(local);
        } else if local == "style"
            && let Some((id, based_on, pbb)) = current.take()
        {
            styles.paragraph.insert(id, (based_on, pbb));
        }
    }
}

// ---------------------------------------------------------------------------
// document.xml

/// The WordprocessingML elements this extractor reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Document,
    Body,
    P,
    PPr,
    PStyle,
    PageBreakBefore,
    R,
    RPr,
    Vanish,
    /// `w:t` or `m:t`: the only elements whose character data is text.
    T,
    Tab,
    Br,
    Cr,
    NoBreakHyphen,
    Sym,
    FldChar,
    LastRenderedPageBreak,
    Tbl,
    Tr,
    Tc,
    TxbxContent,
    SectPr,
    SectType,
    /// `w:del` / `w:moveFrom`: skipped as a subtree, but as an empty marker
    /// inside the paragraph mark's `w:rPr` it means "paragraph mark deleted".
    Del,
    AlternateContent,
    Choice,
    Fallback,
    /// A subtree that never contains page text (field codes, deleted text,
    /// old properties of tracked changes, phonetic guides, …).
    Skip,
    Other,
}

fn classify(ns: &ResolveResult<'_>, local: &str) -> Tag {
    let ns_is = |list: &[&str], prefix: &str| match ns {
        ResolveResult::Bound(n) => list.contains(&n.0),
        // Tolerate producers that forget the namespace declaration.
        ResolveResult::Unknown(p) => p == prefix,
        ResolveResult::Unbound => false,
    };
    if ns_is(W_NS, "w") {
        match local {
            "document" => Tag::Document,
            "body" => Tag::Body,
            "p" => Tag::P,
            "pPr" => Tag::PPr,
            "pStyle" => Tag::PStyle,
            "pageBreakBefore" => Tag::PageBreakBefore,
            "r" => Tag::R,
            "rPr" => Tag::RPr,
            "vanish" => Tag::Vanish,
            "t" => Tag::T,
            "tab" | "ptab" => Tag::Tab,
            "br" => Tag::Br,
            "cr" => Tag::Cr,
            "noBreakHyphen" => Tag::NoBreakHyphen,
            "sym" => Tag::Sym,
            "fldChar" => Tag::FldChar,
            "lastRenderedPageBreak" => Tag::LastRenderedPageBreak,
            "tbl" => Tag::Tbl,
            "tr" => Tag::Tr,
            "tc" => Tag::Tc,
            "txbxContent" => Tag::TxbxContent,
            "sectPr" => Tag::SectPr,
            "type" => Tag::SectType,
            "del" | "moveFrom" => Tag::Del,
            "instrText" | "delText" | "delInstrText" | "pPrChange" | "rPrChange"
            | "sectPrChange" | "tblPrChange" | "tblPrExChange" | "trPrChange" | "tcPrChange"
            | "tblGridChange" | "numberingChange" | "sdtPr" | "fldData" | "ffData"
            | "customXmlPr" | "rt" => Tag::Skip,
            _ => Tag::Other,
        }
    } else if ns_is(MC_NS, "mc") {
        match local {
            "AlternateContent" => Tag::AlternateContent,
            "Choice" => Tag::Choice,
            "Fallback" => Tag::Fallback,
            _ => Tag::Other,
        }
    } else if ns_is(M_NS, "m") && local == "t" {
        Tag::T
    } else {
        Tag::Other
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Break {
    /// Always starts a new page (explicit page break, new-page section).
    Hard,
    /// Starts a new page only if the current one already shows text
    /// (`lastRenderedPageBreak`, "page break before").
    Soft,
}

/// Body output before pagination.
#[derive(Debug)]
enum Item {
    Line(String),
    Break(Break),
    /// The end of a section; whether it breaks the page depends on the type
    /// of the *next* section, known only later.
    SectionEnd,
}

/// Per-paragraph state.
#[derive(Debug, Default)]
struct Para {
    /// "page break before" has been decided for this paragraph.
    begun: bool,
    style: Option<String>,
    direct_pbb: Option<bool>,
    /// A page break happened in this paragraph and nothing was written since:
    /// the rest of the paragraph is only its mark and gets no line.
    broke: bool,
    ends_section: bool,
    mark_deleted: bool,
}

/// A grid with options as column headings and marks in the cells of the
/// chosen ones (职业 | 初级工 | 中级工 | 高级工 / 人工智能训练师 | | √ | √): each
/// cell holding only a mark gets its column's heading after it (√中级工), so
/// the row reads like a form with the options written out. Only when the
/// row has as many cells as the heading row, every mark's heading is text,
/// and the row does not write the options itself. A row of two or more
/// texts and no marks becomes the headings for the rows below.
fn with_mark_headings(headings: &mut Option<Vec<String>>, row: String) -> String {
    let cells: Vec<&str> = row.split('\t').map(str::trim).collect();
    let is_mark = |c: &str| MARKS.contains(&c);
    let marks = cells.iter().filter(|c| is_mark(c)).count();
    if marks == 0 {
        if cells.iter().filter(|c| !c.is_empty()).count() >= 2 {
            *headings = Some(cells.iter().map(|c| c.to_string()).collect());
        }
        return row;
    }
    let Some(heads) = headings.as_ref() else {
        return row;
    };
    let options: Vec<&str> = cells
        .iter()
        .zip(heads)
        .filter(|(c, _)| is_mark(c))
        .map(|(_, h)| h.as_str())
        .collect();
    let fits = heads.len() == cells.len()
        && options
            .iter()
            .all(|h| !h.is_empty() && !MARKS.iter().any(|m| h.contains(m)))
        && !cells
            .iter()
            .any(|c| !is_mark(c) && options.iter().any(|h| c.contains(h)));
    if !fits {
        return row;
    }
    cells
        .iter()
        .zip(heads)
        .map(|(c, h)| {
            if is_mark(c) {
                format!("{c}{h}")
            } else {
                c.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\t")
}

/// Text of the body or of one text box.
#[derive(Debug, Default)]
struct Frame {
    is_body: bool,
    /// Finished lines (text boxes only; the body writes `Item`s).
    lines: Vec<String>,
    text: String,
    para: Para,
    table_depth: usize,
    row: String,
    row_cells: usize,
    /// The current top-level table's last row of two or more texts and no
    /// marks: the column headings a row of lone marks sits under.
    headings: Option<Vec<String>>,
    /// A paragraph ended inside the current cell: the next text gets a space.
    cell_gap: bool,
    row_soft_break: bool,
    run_hidden: bool,
    /// Text-box lines anchored in the current paragraph or row.
    deferred: Vec<String>,
}

struct Extractor<'s> {
    styles: &'s Styles,
    body: Frame,
    boxes: Vec<Frame>,
    items: Vec<Item>,
    /// Does each section start on a new page? In document order.
    sections: Vec<bool>,
    counting_sect: bool,
    /// Open complex fields: `true` while still in the instruction part.
    fields: Vec<bool>,
    fields_in_instr: usize,
    /// Open `mc:AlternateContent`: has a branch been taken?
    alternates: Vec<bool>,
    stack: Vec<Tag>,
}

fn extract(xml: &[u8], styles: &Styles) -> Result<Vec<String>, DocxError> {
    let transcoded;
    let xml = match encoding_rs::Encoding::for_bom(xml) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let (text, _) = enc.decode_without_bom_handling(xml.get(bom..).unwrap_or_default());
            transcoded = text.into_owned();
            transcoded.as_bytes()
        }
        Some((_, bom)) => xml.get(bom..).unwrap_or_default(),
        None => xml,
    };
    let mut ex = Extractor {
        styles,
        body: Frame {
            is_body: true,
            ..Frame::default()
        },
        boxes: Vec::new(),
        items: Vec::new(),
        sections: Vec::new(),
        counting_sect: false,
        fields: Vec::new(),
        fields_in_instr: 0,
        alternates: Vec::new(),
        stack: Vec::new(),
    };
    ex.run(xml)?;
    Ok(paginate(ex.items, &ex.sections))
}

/// Does every prefix in the Choice's `Requires` name a namespace we read?
fn choice_understood(reader: &NsReader<&[u8]>, e: &BytesStart<'_>) -> bool {
    let Some(requires) = attr(e, "Requires") else {
        return true;
    };
    requires.split_whitespace().all(|prefix| {
        let probe = format!("{prefix}:x");
        match reader.resolver().resolve_element(QName(&probe)).0 {
            ResolveResult::Bound(ns) => UNDERSTOOD_NS.contains(&ns.0),
            _ => false,
        }
    })
}

fn xml_error(position: u64, message: impl Into<String>) -> DocxError {
    DocxError::Xml {
        position,
        message: message.into(),
    }
}

impl Extractor<'_> {
    fn run(&mut self, xml: &[u8]) -> Result<(), DocxError> {
        let mut reader = NsReader::from_reader(xml);
        let mut skip_depth = 0usize;
        let mut seen_root = false;
        loop {
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    let position = match reader.error_position() {
                        0 => reader.buffer_position(),
                        p => p,
                    };
                    return Err(xml_error(position, e.to_string()));
                }
            };
            if skip_depth > 0 {
                match event {
                    Event::Start(_) => skip_depth += 1,
                    Event::End(_) => skip_depth -= 1,
                    Event::Eof => break,
                    _ => {}
                }
                continue;
            }
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(event, Event::Empty(_));
                    let (ns, local) = reader.resolver().resolve_element(e.name());
                    let mut tag = classify(&ns, local.as_ref());
                    if tag == Tag::TxbxContent && self.boxes.len() >= MAX_BOX_DEPTH {
                        tag = Tag::Other;
                    }
                    if !seen_root {
                        if tag != Tag::Document {
                            return Err(xml_error(
                                0,
                                format!(
                                    "根元素是 <{}>，不是 w:document，不是 Word 正文",
                                    e.name().0
                                ),
                            ));
                        }
                        seen_root = true;
                    }
                    let understood = tag != Tag::Choice || choice_understood(&reader, e);
                    if self.enters_skipped(tag, understood) {
                        if !empty {
                            skip_depth = 1;
                        }
                        continue;
                    }
                    self.start(tag, e);
                    if empty {
                        self.end(tag);
                    } else {
                        self.stack.push(tag);
                    }
                }
                Event::End(_) => {
                    if let Some(tag) = self.stack.pop() {
                        self.end(tag);
                    }
                }
                Event::Text(t) => {
                    if self.stack.last() == Some(&Tag::T) {
                        let text = t.xml10_content();
                        self.text(&text);
                    }
                }
                Event::CData(t) => {
                    if self.stack.last() == Some(&Tag::T) {
                        self.text(&t);
                    }
                }
                Event::GeneralRef(r) => {
                    let ch = match r.resolve_char_ref() {
                        Ok(Some(c)) => c,
                        Ok(None) => match &*r {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            other => {
                                return Err(xml_error(
                                    reader.buffer_position(),
                                    format!("未定义的实体 &{other};"),
                                ));
                            }
                        },
                        Err(e) => return Err(xml_error(reader.buffer_position(), e.to_string())),
                    };
                    if self.stack.last() == Some(&Tag::T) {
                        self.text(ch.encode_utf8(&mut [0; 4]));
                    }
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
        if !seen_root {
            return Err(xml_error(0, "没有任何 XML 元素"));
        }
        if skip_depth > 0 || !self.stack.is_empty() {
            return Err(xml_error(
                reader.buffer_position(),
                "XML 意外结束，元素未闭合（文件可能被截断）",
            ));
        }
        self.finish();
        Ok(())
    }

    fn frame(&mut self) -> &mut Frame {
        self.boxes.last_mut().unwrap_or(&mut self.body)
    }

    fn parent(&self) -> Option<Tag> {
        self.stack.last().copied()
    }

    fn grandparent(&self) -> Option<Tag> {
        self.stack
            .len()
            .checked_sub(2)
            .and_then(|i| self.stack.get(i))
            .copied()
    }

    /// Decides whether an opening element starts a skipped subtree.
    /// `understood` is false for an `mc:Choice` requiring unknown markup.
    fn enters_skipped(&mut self, tag: Tag, understood: bool) -> bool {
        match tag {
            Tag::Skip => true,
            Tag::Del => {
                if self.parent() == Some(Tag::RPr) {
                    // Marker on the paragraph mark (or on a run's properties):
                    // it has no content of its own.
                    if self.grandparent() == Some(Tag::PPr) {
                        self.frame().para.mark_deleted = true;
                    }
                    false
                } else {
                    true
                }
            }
            // Exactly one branch of an mc:AlternateContent is read.
            Tag::Choice | Tag::Fallback => match self.alternates.last_mut() {
                Some(taken) if *taken || !understood => true,
                Some(taken) => {
                    *taken = true;
                    false
                }
                None => false,
            },
            _ => false,
        }
    }

    fn start(&mut self, tag: Tag, e: &BytesStart<'_>) {
        let parent = self.parent();
        match tag {
            Tag::P => {
                let f = self.frame();
                f.para = Para::default();
                f.run_hidden = false;
            }
            Tag::PStyle if parent == Some(Tag::PPr) => self.frame().para.style = attr(e, "val"),
            Tag::PageBreakBefore if parent == Some(Tag::PPr) => {
                self.frame().para.direct_pbb = Some(on_off(e));
            }
            Tag::R => self.frame().run_hidden = false,
            Tag::Vanish if parent == Some(Tag::RPr) && self.grandparent() == Some(Tag::R) => {
                self.frame().run_hidden = on_off(e);
            }
            Tag::FldChar => match attr(e, "fldCharType").as_deref() {
                Some("begin") => {
                    self.fields.push(true);
                    self.fields_in_instr += 1;
                }
                Some("separate") => {
                    if let Some(top) = self.fields.last_mut()
                        && *top
                    {
                        *top = false;
                        self.fields_in_instr -= 1;
                    }
                }
                Some("end") => {
                    let was_instruction = self.fields.pop() == Some(true);
                    self.fields_in_instr -= usize::from(was_instruction);
                }
                _ => {}
            },
            Tag::LastRenderedPageBreak => self.page_break(Break::Soft),
            Tag::Tab | Tag::Br | Tag::Cr | Tag::NoBreakHyphen | Tag::Sym
                if parent == Some(Tag::R) && self.run_visible() =>
            {
                match tag {
                    Tag::Tab => self.push_text("\t"),
                    Tag::Cr => self.push_text("\n"),
                    Tag::NoBreakHyphen => self.push_text("-"),
                    Tag::Br => match attr(e, "type").as_deref() {
                        Some("page") => self.page_break(Break::Hard),
                        _ => self.push_text("\n"),
                    },
                    _ => {
                        let font = attr(e, "font");
                        if let Some(c) = sym_char(font.as_deref(), attr(e, "char").as_deref()) {
                            self.push_text(c.encode_utf8(&mut [0; 4]));
                        }
                    }
                }
            }
            Tag::Tbl => {
                let f = self.frame();
                f.table_depth += 1;
                if f.table_depth == 1 {
                    f.headings = None;
                }
            }
            Tag::Tr => {
                let f = self.frame();
                if f.table_depth == 1 {
                    f.row_cells = 0;
                }
            }
            Tag::Tc => {
                let f = self.frame();
                if f.table_depth == 1 {
                    if f.row_cells > 0 {
                        f.row.push('\t');
                    }
                    f.row_cells += 1;
                } else if !f.row.is_empty() && !f.row.ends_with('\t') {
                    f.row.push('\t');
                }
                f.cell_gap = false;
            }
            Tag::TxbxContent => self.boxes.push(Frame::default()),
            Tag::SectPr => {
                let grandparent = self.grandparent();
                let f = self.frame();
                let in_plain_body_para = parent == Some(Tag::PPr)
                    && grandparent == Some(Tag::P)
                    && f.is_body
                    && f.table_depth == 0;
                if in_plain_body_para {
                    f.para.ends_section = true;
                }
                self.counting_sect = in_plain_body_para || parent == Some(Tag::Body);
                if self.counting_sect {
                    // A section without w:type starts on a new page.
                    self.sections.push(true);
                }
            }
            Tag::SectType if parent == Some(Tag::SectPr) && self.counting_sect => {
                let new_page =
                    !matches!(attr(e, "val").as_deref(), Some("continuous" | "nextColumn"));
                if let Some(last) = self.sections.last_mut() {
                    *last = new_page;
                }
            }
            Tag::AlternateContent => self.alternates.push(false),
            _ => {}
        }
    }

    fn end(&mut self, tag: Tag) {
        match tag {
            Tag::P => self.end_paragraph(),
            Tag::R => self.frame().run_hidden = false,
            Tag::Tbl => {
                let f = self.frame();
                f.table_depth = f.table_depth.saturating_sub(1);
                if f.table_depth == 0 && !f.row.is_empty() {
                    // Text directly in a table, outside any row (invalid input).
                    self.end_row();
                }
            }
            Tag::Tr if self.frame().table_depth == 1 => self.end_row(),
            Tag::TxbxContent => {
                if let Some(mut b) = self.boxes.pop() {
                    for rest in [std::mem::take(&mut b.text), std::mem::take(&mut b.row)] {
                        if !rest.is_empty() {
                            b.lines.push(rest);
                        }
                    }
                    b.lines.append(&mut b.deferred);
                    self.frame().deferred.append(&mut b.lines);
                }
            }
            Tag::SectPr => self.counting_sect = false,
            Tag::AlternateContent => {
                self.alternates.pop();
            }
            _ => {}
        }
    }

    fn run_visible(&mut self) -> bool {
        self.fields_in_instr == 0 && !self.frame().run_hidden
    }

    fn text(&mut self, text: &str) {
        if !self.run_visible() {
            return;
        }
        if text.contains(['\n', '\r']) {
            self.push_text(&text.replace(['\n', '\r'], " "));
        } else {
            self.push_text(text);
        }
    }

    /// Applies "page break before" once, before the paragraph's first output.
    fn begin_paragraph(&mut self) {
        let styles = self.styles;
        let f = self.boxes.last_mut().unwrap_or(&mut self.body);
        if f.para.begun {
            return;
        }
        f.para.begun = true;
        if !f.is_body || f.table_depth > 0 {
            return;
        }
        let pbb = f
            .para
            .direct_pbb
            .unwrap_or_else(|| styles.page_break_before(f.para.style.as_deref()));
        if pbb {
            self.items.push(Item::Break(Break::Soft));
        }
    }

    fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.begin_paragraph();
        let f = self.frame();
        f.para.broke = false;
        if f.table_depth == 0 {
            f.text.push_str(s);
            return;
        }
        if f.cell_gap {
            f.cell_gap = false;
            if !f.row.is_empty() && !f.row.ends_with(['\t', ' ']) {
                f.row.push(' ');
            }
        }
        // Tabs and line breaks inside a cell would break the row format.
        f.row.extend(
            s.chars()
                .map(|c| if matches!(c, '\t' | '\n') { ' ' } else { c }),
        );
    }

    fn page_break(&mut self, kind: Break) {
        let in_box = !self.boxes.is_empty();
        let in_table = self.frame().table_depth > 0;
        if in_box || in_table {
            // Text boxes have no pages. A table row is one line, so a page
            // break inside it moves the whole row to the next page.
            match kind {
                Break::Soft if !in_box => self.frame().row_soft_break = true,
                Break::Soft => {}
                Break::Hard => self.push_text("\n"),
            }
            return;
        }
        self.begin_paragraph();
        let f = &mut self.body;
        let line = std::mem::take(&mut f.text);
        if !line.is_empty() {
            self.items.push(Item::Line(line));
        }
        self.items.extend(f.deferred.drain(..).map(Item::Line));
        self.items.push(Item::Break(kind));
        f.para.broke = true;
    }

    fn end_paragraph(&mut self) {
        if self.frame().table_depth > 0 {
            let f = self.frame();
            f.cell_gap = true;
            f.para = Para::default();
            return;
        }
        self.begin_paragraph();
        let f = self.frame();
        if f.para.mark_deleted && !f.para.ends_section {
            // The paragraph mark was deleted: this paragraph runs on into the next.
            return;
        }
        let line = std::mem::take(&mut f.text);
        let skip = f.para.broke && line.is_empty();
        let ends_section = f.para.ends_section;
        f.para = Para::default();
        if !skip {
            self.emit_line(line);
        }
        self.emit_deferred();
        if ends_section {
            self.items.push(Item::SectionEnd);
        }
    }

    fn end_row(&mut self) {
        let f = self.frame();
        let row = std::mem::take(&mut f.row);
        let row = with_mark_headings(&mut f.headings, row);
        f.row_cells = 0;
        f.cell_gap = false;
        if std::mem::take(&mut f.row_soft_break) && f.is_body {
            self.items.push(Item::Break(Break::Soft));
        }
        self.emit_line(row);
        self.emit_deferred();
    }

    fn emit_line(&mut self, line: String) {
        if self.boxes.is_empty() {
            self.items.push(Item::Line(line));
        } else {
            self.frame().lines.push(line);
        }
    }

    fn emit_deferred(&mut self) {
        let deferred = std::mem::take(&mut self.frame().deferred);
        for line in deferred {
            self.emit_line(line);
        }
    }

    /// Flushes whatever an invalid document left open.
    fn finish(&mut self) {
        while !self.boxes.is_empty() {
            self.end(Tag::TxbxContent);
        }
        for rest in [
            std::mem::take(&mut self.body.text),
            std::mem::take(&mut self.body.row),
        ] {
            if !rest.is_empty() {
                self.items.push(Item::Line(rest));
            }
        }
        self.emit_deferred();
    }
}

/// Turns the item list into pages.
fn paginate(items: Vec<Item>, sections: &[bool]) -> Vec<String> {
    let mut pages = Vec::new();
    let mut page = String::new();
    let mut visible = false;
    let mut section = 0usize;
    let mut new_page = |page: &mut String, visible: &mut bool| {
        pages.push(std::mem::take(page));
        *visible = false;
    };
    for item in items {
        match item {
            Item::Line(line) => {
                visible |= line.chars().any(|c| !c.is_whitespace());
                page.push_str(&line);
                page.push('\n');
            }
            Item::Break(Break::Hard) => new_page(&mut page, &mut visible),
            Item::Break(Break::Soft) => {
                if visible {
                    new_page(&mut page, &mut visible);
                }
            }
            Item::SectionEnd => {
                section += 1;
                if sections.get(section).copied().unwrap_or(true) {
                    new_page(&mut page, &mut visible);
                }
            }
        }
    }
    pages.push(page);
    for p in &mut pages {
        let len = p.trim_end_matches('\n').len();
        p.truncate(len);
    }
    pages
}

/// Maps `w:sym` to a character. Symbol fonts use the private-use range
/// U+F000–U+F0FF; only the check boxes, ticks and bullets that appear in
/// forms are mapped (every empty box becomes `□`), other symbol-font glyphs
/// are dropped.
fn sym_char(font: Option<&str>, code: Option<&str>) -> Option<char> {
    let code = u32::from_str_radix(code?.trim(), 16).ok()?;
    let in_symbol_area = (0xF000..=0xF0FF).contains(&code);
    let low = if in_symbol_area { code - 0xF000 } else { code };
    let font = font.unwrap_or("").trim().to_ascii_lowercase();
    let mapped = match (font.as_str(), low) {
        ("wingdings", 0x6C) => '●',
        ("wingdings", 0x6E) => '■',
        ("wingdings", 0x6F | 0xA8) => '□',
        ("wingdings", 0x9F) => '•',
        ("wingdings", 0xA1) => '○',
        ("wingdings", 0xFB) => '✗',
        ("wingdings", 0xFC) => '✓',
        ("wingdings", 0xFD) => '☒',
        ("wingdings", 0xFE) => '☑',
        ("wingdings 2", 0x4F) => '✗',
        ("wingdings 2", 0x50) => '✓',
        ("wingdings 2", 0x52) => '☑',
        ("wingdings 2", 0x53 | 0x54) => '☒',
        ("wingdings 2", 0xA3) => '□',
        ("symbol", 0xB7) => '•',
        ("symbol", 0xD6) => '√',
        ("wingdings" | "wingdings 2" | "wingdings 3" | "webdings" | "symbol", _) => return None,
        _ if in_symbol_area => return None,
        _ => return char::from_u32(code).filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c)),
    };
    Some(mapped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    const NS: &str = concat!(
        r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#,
        r#"xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" "#,
        r#"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#,
        r#"xmlns:v="urn:schemas-microsoft-com:vml""#
    );

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in parts {
            w.start_file(*name, SimpleFileOptions::default())
                .expect("start entry");
            w.write_all(data).expect("write entry");
        }
        w.finish().expect("finish zip").into_inner()
    }

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>"#
        )
    }

    fn docx(body: &str) -> Vec<u8> {
        zip_of(&[("word/document.xml", document(body).as_bytes())])
    }

    fn pages(body: &str) -> Vec<String> {
        docx_pages(&docx(body), 1 << 24).expect("extracts")
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
    }

    const PAGE_BR: &str = r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#;

    #[test]
    fn empty_body_is_one_empty_page() {
        assert_eq!(pages(""), vec![String::new()]);
    }

    #[test]
    fn paragraphs_runs_tabs_and_breaks() {
        let body = format!(
            "{}<w:p><w:r><w:t xml:space=\"preserve\">A </w:t></w:r><w:r><w:t>B</w:t><w:tab/><w:t>C</w:t><w:br/><w:t>D</w:t><w:cr/><w:t>E</w:t><w:noBreakHyphen/><w:softHyphen/><w:t>F &amp; &#x4E2D;</w:t></w:r></w:p>",
            p("第一段")
        );
        assert_eq!(pages(&body), vec!["第一段\nA B\tC\nD\nE-F & 中"]);
    }

    #[test]
    fn tab_stops_in_paragraph_properties_are_not_tabs() {
        let body = r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>X</w:t></w:r></w:p>"#;
        assert_eq!(pages(body), vec!["X"]);
    }

    #[test]
    fn explicit_page_break_inside_a_paragraph_splits_it() {
        let body = r#"<w:p><w:r><w:t>前</w:t><w:br w:type="page"/><w:t>后</w:t></w:r></w:p>"#;
        assert_eq!(pages(body), vec!["前", "后"]);
    }

    #[test]
    fn consecutive_page_breaks_leave_an_empty_page() {
        let body = format!("{}{PAGE_BR}{PAGE_BR}{}", p("一"), p("三"));
        assert_eq!(pages(&body), vec!["一", "", "三"]);
    }

    #[test]
    fn last_rendered_page_break_starts_a_page_but_not_twice() {
        let soft =
            |t: &str| format!("<w:p><w:r><w:lastRenderedPageBreak/><w:t>{t}</w:t></w:r></w:p>");
        // Word's pattern after a manual break: the marker on the new page.
        let body = format!("{}{PAGE_BR}{}{}", p("一"), soft("二"), soft("三"));
        assert_eq!(pages(&body), vec!["一", "二", "三"]);
        // Mid-paragraph (automatic pagination): the paragraph is split.
        let body = r#"<w:p><w:r><w:t>上半</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>下半</w:t></w:r></w:p>"#;
        assert_eq!(pages(body), vec!["上半", "下半"]);
        // At the very start nothing happens.
        assert_eq!(pages(&soft("只有一页")), vec!["只有一页"]);
    }

    #[test]
    fn page_break_before_direct_and_from_styles() {
        let body = format!(
            r#"{}<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>直接</w:t></w:r></w:p><w:p><w:pPr><w:pageBreakBefore w:val="0"/></w:pPr><w:r><w:t>关闭</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Chapter"/></w:pPr><w:r><w:t>样式</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Chapter"/><w:pageBreakBefore w:val="false"/></w:pPr><w:r><w:t>覆盖</w:t></w:r></w:p>"#,
            p("开头")
        );
        let styles = format!(
            r#"<w:styles {NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"/><w:style w:type="paragraph" w:styleId="Base"><w:pPr><w:pageBreakBefore/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Chapter"><w:basedOn w:val="Base"/></w:style></w:styles>"#
        );
        let bytes = zip_of(&[
            ("word/document.xml", document(&body).as_bytes()),
            ("word/styles.xml", styles.as_bytes()),
        ]);
        assert_eq!(
            docx_pages(&bytes, 1 << 20).expect("extracts"),
            vec!["开头", "直接\n关闭", "样式\n覆盖"]
        );
    }

    #[test]
    fn style_cycles_do_not_hang() {
        let styles = format!(
            r#"<w:styles {NS}><w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>"#
        );
        let body = format!(
            r#"{}<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#,
            p("a")
        );
        let bytes = zip_of(&[
            ("word/document.xml", document(&body).as_bytes()),
            ("word/styles.xml", styles.as_bytes()),
        ]);
        assert_eq!(docx_pages(&bytes, 1 << 20).expect("extracts"), vec!["a\nx"]);
    }

    #[test]
    fn section_types_decide_page_breaks() {
        let sect = |t: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:sectPr>{t}</w:sectPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = format!(
            "{}{}{}{}<w:sectPr><w:type w:val=\"evenPage\"/></w:sectPr>",
            sect("", "节一"),
            sect(r#"<w:type w:val="continuous"/>"#, "节二"),
            sect(r#"<w:type w:val="nextPage"/>"#, "节三"),
            p("节四")
        );
        // Section 2 is continuous, 3 has no w:type (= next page), 4 even page.
        assert_eq!(pages(&body), vec!["节一\n节二", "节三", "节四"]);
    }

    #[test]
    fn old_section_properties_of_a_tracked_change_are_ignored() {
        let body = r#"<w:p><w:pPr><w:pPrChange><w:pPr><w:pageBreakBefore/><w:sectPr/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>b</w:t></w:r></w:p>"#;
        assert_eq!(pages(&format!("{}{body}", p("a"))), vec!["a\nb"]);
    }

    #[test]
    fn tables_rows_cells_and_nesting() {
        let cell = |inner: &str| format!("<w:tc><w:tcPr/>{inner}</w:tc>");
        let nested = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}</w:tr></w:tbl><w:p/>",
            cell(&p("n1")),
            cell(&p("n2")),
            cell(&p("n3"))
        );
        let two_paras = format!(
            "{}{}",
            p("第一段"),
            "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>"
        );
        let body = format!(
            "{}<w:tbl><w:tblPr/><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>{}",
            p("前"),
            cell(&p("姓名")),
            cell("<w:p/>"),
            cell(&two_paras),
            cell(&p("外")),
            cell(&nested),
            cell(&p("尾")),
            p("后")
        );
        assert_eq!(
            pages(&body),
            vec!["前\n姓名\t\t第一段 甲 乙 丙\n外\tn1\tn2\tn3\t尾\n后"]
        );
    }

    /// final15 X03: levels as column headings, ticks in the cells below.
    #[test]
    fn lone_marks_take_their_column_heading() {
        let cell = |inner: &str| format!("<w:tc>{}</w:tc>", p(inner));
        let empty = "<w:tc><w:p/></w:tc>";
        let row = |cells: &[String]| format!("<w:tr>{}</w:tr>", cells.concat());
        let head = row(&["职业(工种)", "初级工", "中级工", "高级工", "备注"].map(cell));
        let ticked = row(&[
            cell("人工智能训练师(4-04-05-05)"),
            empty.to_string(),
            cell("√"),
            cell("□"),
            cell("首次申报"),
        ]);
        // A row that writes its options itself is left as it is.
        let written = row(&[
            cell("保洁员"),
            cell("√"),
            empty.to_string(),
            empty.to_string(),
            cell("初级工、中级工"),
        ]);
        let body = format!("<w:tbl>{head}{ticked}{written}</w:tbl>");
        assert_eq!(
            pages(&body),
            vec![
                "职业(工种)\t初级工\t中级工\t高级工\t备注\n人工智能训练师(4-04-05-05)\t\t√中级工\t□高级工\t首次申报\n保洁员\t√\t\t\t初级工、中级工"
            ]
        );
    }

    #[test]
    fn page_breaks_inside_tables_keep_rows_whole() {
        let row = |t: &str| format!("<w:tr><w:tc>{t}</w:tc></w:tr>");
        let body = format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&p("r1")),
            row(
                r#"<w:p><w:r><w:t>r2a</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>r2b</w:t></w:r></w:p>"#
            ),
            row(r#"<w:p><w:r><w:t>r3</w:t><w:br w:type="page"/><w:t>x</w:t></w:r></w:p>"#)
        );
        assert_eq!(pages(&body), vec!["r1", "r2ar2b\nr3 x"]);
    }

    #[test]
    fn text_boxes_once_after_their_anchor() {
        let txbx = |t: &str| format!("<w:txbxContent>{}</w:txbxContent>", p(t));
        let body = format!(
            r#"<w:p><w:r><w:t>锚</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>定</w:t></w:r></w:p><w:p><w:r><w:pict><v:textbox>{}</v:textbox></w:pict></w:r></w:p><w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>仅后备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
            txbx("框内"),
            txbx("框内"),
            txbx("旧式文本框")
        );
        assert_eq!(pages(&body), vec!["锚定\n框内\n\n旧式文本框\n仅后备"]);
    }

    #[test]
    fn a_choice_needing_unknown_markup_falls_back() {
        let body = r#"<w:p><w:r><mc:AlternateContent xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"><mc:Choice Requires="cx"><w:t>图表</w:t></mc:Choice><mc:Choice Requires="undeclared"><w:t>未声明</w:t></mc:Choice><mc:Choice Requires="wps v"><w:t>形状</w:t></mc:Choice><mc:Fallback><w:t>后备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p><w:p><w:r><mc:AlternateContent><mc:Choice Requires="wpsCustomData"><w:t>自定义</w:t></mc:Choice><mc:Fallback><w:t>图片说明</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#;
        assert_eq!(pages(body), vec!["形状\n图片说明"]);
    }

    #[test]
    fn backslash_and_case_in_part_names() {
        let bytes = zip_of(&[("Word\\Document.XML", document(&p("宽松")).as_bytes())]);
        assert_eq!(docx_pages(&bytes, 1 << 20), Ok(vec!["宽松".to_owned()]));
    }

    #[test]
    fn hostile_box_nesting_with_many_lines_stays_linear() {
        const DEPTH: usize = 10_000;
        const LINES: usize = 10_000;
        let mut body = String::from("<w:p><w:r><w:t>锚</w:t></w:r><w:r>");
        for _ in 0..DEPTH {
            body.push_str("<w:txbxContent><w:p><w:r>");
        }
        for i in 0..LINES {
            body.push_str(&p(&i.to_string()));
        }
        for _ in 0..DEPTH {
            body.push_str("</w:r></w:p></w:txbxContent>");
        }
        body.push_str("</w:r></w:p>");
        let text = pages(&body).concat();
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.first(), Some(&"锚"));
        assert_eq!(lines.len(), LINES + 1);
        assert_eq!(lines.last(), Some(&"9999"));
    }

    #[test]
    fn text_box_in_a_table_cell_follows_the_row() {
        let body = format!(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r><w:r><w:pict><w:txbxContent>{}<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl></w:txbxContent></w:pict></w:r></w:p></w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            p("框"),
            p("x"),
            p("y"),
            p("B")
        );
        assert_eq!(pages(&body), vec!["A\tB\n框\nx\ty"]);
    }

    #[test]
    fn fields_show_results_not_codes() {
        let fld = |t: &str| format!(r#"<w:r><w:fldChar w:fldCharType="{t}"/></w:r>"#);
        let instr =
            |t: &str| format!(r#"<w:r><w:instrText xml:space="preserve">{t}</w:instrText></w:r>"#);
        let text = |t: &str| format!("<w:r><w:t>{t}</w:t></w:r>");
        let runs = [
            text("第"),
            fld("begin"),
            instr(" PAGE "),
            fld("separate"),
            text("2"),
            fld("end"),
            text("页"),
            // nested field inside the instruction part: its result is code too
            fld("begin"),
            instr(" IF "),
            fld("begin"),
            instr(" DATE "),
            fld("separate"),
            text("隐藏"),
            fld("end"),
            fld("separate"),
            text("结果"),
            fld("end"),
        ]
        .concat();
        let body = format!(
            "<w:p>{runs}</w:p><w:p><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>"
        );
        assert_eq!(pages(&body), vec!["第2页结果\n3"]);
    }

    #[test]
    fn tracked_changes_hidden_text_and_ruby() {
        let body = r#"<w:p><w:r><w:t>留</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:ins><w:r><w:t>增</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>移入</w:t></w:r></w:moveTo><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r><w:r><w:ruby><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"#;
        assert_eq!(pages(body), vec!["留增移入显示注"]);
    }

    #[test]
    fn deleted_paragraph_mark_joins_paragraphs() {
        let body = r#"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>上</w:t></w:r></w:p><w:p><w:r><w:t>下</w:t></w:r></w:p>"#;
        assert_eq!(pages(body), vec!["上下"]);
    }

    #[test]
    fn symbols_and_math() {
        let sym =
            |font: &str, ch: &str| format!(r#"<w:r><w:sym w:font="{font}" w:char="{ch}"/></w:r>"#);
        let body = format!(
            "<w:p>{}{}{}{}{}{}</w:p><w:p><m:oMathPara><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></m:oMathPara></w:p>",
            sym("Wingdings", "F0FE"),
            sym("Wingdings", "F0A8"),
            sym("Wingdings 2", "F052"),
            sym("Wingdings", "F021"),
            sym("SimSun", "4E2D"),
            sym("Webdings", "F061"),
        );
        assert_eq!(pages(&body), vec!["☑□☑中\nx=1"]);
    }

    #[test]
    fn other_prefixes_strict_namespace_and_main_part_from_rels() {
        let xml = r#"<?xml version="1.0"?><ns0:document xmlns:ns0="http://purl.oclc.org/ooxml/wordprocessingml/main"><ns0:body><ns0:p><ns0:r><ns0:t>严格</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"#;
        let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        let bytes = zip_of(&[
            ("_rels/.rels", rels.as_bytes()),
            ("word/document2.xml", xml.as_bytes()),
        ]);
        assert_eq!(docx_pages(&bytes, 1 << 20).expect("extracts"), vec!["严格"]);
    }

    #[test]
    fn utf16_document_part() {
        let xml = document(&p("十六位"));
        let mut bytes = vec![0xFF, 0xFE];
        for unit in xml.replace("UTF-8", "UTF-16").encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let zipped = zip_of(&[("word/document.xml", &bytes)]);
        assert_eq!(
            docx_pages(&zipped, 1 << 20).expect("extracts"),
            vec!["十六位"]
        );
    }

    fn xml_err(xml: &str) -> (u64, String) {
        let bytes = zip_of(&[("word/document.xml", xml.as_bytes())]);
        match docx_pages(&bytes, 1 << 20) {
            Err(DocxError::Xml { position, message }) => (position, message),
            other => panic!("expected an XML error, got {other:?}"),
        }
    }

    #[test]
    fn malformed_xml_reports_a_position() {
        let good = document(&p("好"));
        let (pos, _) = xml_err(&good.replace("</w:r></w:p>", "</w:p></w:r>"));
        let expected = good.find("</w:r></w:p>").expect("marker") as u64;
        assert!(
            pos > 0 && pos <= expected + 12,
            "position {pos}, mismatch at {expected}"
        );
        let truncated = &good[..good.len() - 20];
        let (_, msg) = xml_err(truncated);
        assert!(!msg.is_empty());
        let (_, msg) = xml_err(&document("<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>"));
        assert!(msg.contains("nbsp"), "{msg}");
        let (pos, msg) = xml_err("<html><body>不是 Word</body></html>");
        assert_eq!(pos, 0);
        assert!(msg.contains("w:document"), "{msg}");
        xml_err("");
        let display = DocxError::Xml {
            position: 7,
            message: "x".into(),
        }
        .to_string();
        assert_eq!(display, "DOCX 正文 XML 格式错误（第 7 字节处）：x");
    }

    #[test]
    fn invalid_utf8_is_an_xml_error() {
        let mut bytes = document(&p("AB")).into_bytes();
        if let Some(i) = bytes.windows(2).position(|w| w == b"AB") {
            bytes[i] = 0xFF;
        }
        let zipped = zip_of(&[("word/document.xml", &bytes)]);
        assert!(matches!(
            docx_pages(&zipped, 1 << 20),
            Err(DocxError::Xml { .. })
        ));
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let nested = |depth: usize| {
            let mut body = String::with_capacity(depth * 30);
            for _ in 0..depth {
                body.push_str("<w:customXml>");
            }
            body.push_str(&p("深"));
            for _ in 0..depth {
                body.push_str("</w:customXml>");
            }
            docx(&body)
        };
        assert_eq!(
            docx_pages(&nested(60_000), 1 << 24),
            Ok(vec!["深".to_owned()])
        );
        // quick-xml refuses more than 65535 levels: an error, not a crash.
        let result = docx_pages(&nested(200_000), 1 << 24);
        assert!(
            matches!(&result, Err(DocxError::Xml { position, .. }) if *position > 0),
            "{result:?}"
        );

        const BOXES: usize = 15_000;
        let mut body = String::new();
        for _ in 0..BOXES {
            body.push_str("<w:tbl><w:tr><w:tc><w:txbxContent>");
        }
        body.push_str(&p("底"));
        for _ in 0..BOXES {
            body.push_str("</w:txbxContent></w:tc></w:tr></w:tbl>");
        }
        let got = pages(&body);
        assert_eq!(got.concat().matches('底').count(), 1);
    }

    #[test]
    fn size_limit_uses_take() {
        let bytes = docx(&p(&"长".repeat(1000)));
        assert_eq!(
            docx_pages(&bytes, 64),
            Err(DocxError::TooLarge { limit: 64 })
        );
        assert!(docx_pages(&bytes, 1 << 20).is_ok());
        assert_eq!(
            DocxError::TooLarge { limit: 64 }.to_string(),
            "DOCX 正文超过 64 字节的上限，未提取文字"
        );
    }

    /// Sets the "encrypted" bit in every local and central header.
    fn mark_encrypted(mut bytes: Vec<u8>) -> Vec<u8> {
        let mut i = 0;
        while i + 10 < bytes.len() {
            match &bytes[i..i + 4] {
                b"PK\x03\x04" => bytes[i + 6] |= 1,
                b"PK\x01\x02" => bytes[i + 8] |= 1,
                _ => {}
            }
            i += 1;
        }
        bytes
    }

    #[test]
    fn encrypted_inputs() {
        let zipped = mark_encrypted(docx(&p("密")));
        assert_eq!(docx_pages(&zipped, 1 << 20), Err(DocxError::Encrypted));
        // Office "Encrypt with password": an OLE2 file with EncryptedPackage.
        let mut ole = OLE2_MAGIC.to_vec();
        ole.resize(512, 0);
        ole.extend_from_slice(b"E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0");
        ole.extend_from_slice(ENCRYPTED_PACKAGE_UTF16);
        assert_eq!(docx_pages(&ole, 1 << 20), Err(DocxError::Encrypted));
        assert!(!is_doc_legacy(&ole));
        let mut doc = OLE2_MAGIC.to_vec();
        doc.extend_from_slice(b"W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0");
        assert!(is_doc_legacy(&doc));
        assert_eq!(docx_pages(&doc, 1 << 20), Err(DocxError::LegacyDoc));
        assert!(!is_doc_legacy(&OLE2_MAGIC[..7]));
    }

    #[test]
    fn damaged_entry_data_is_corrupt() {
        let bytes = docx(&p(&"损坏测试".repeat(200)));
        // Local header: 30 bytes + name (17) + extra; damage the deflate stream.
        let name_len = usize::from(u16::from_le_bytes([bytes[26], bytes[27]]));
        let extra_len = usize::from(u16::from_le_bytes([bytes[28], bytes[29]]));
        let data = 30 + name_len + extra_len;
        for offset in [2usize, 20, 40] {
            let mut damaged = bytes.clone();
            damaged[data + offset] ^= 0x5A;
            let result = docx_pages(&damaged, 1 << 20);
            assert!(
                matches!(
                    result,
                    Err(DocxError::Corrupt { .. } | DocxError::Xml { .. })
                ),
                "offset {offset}: {result:?}"
            );
        }
    }

    #[test]
    fn not_zip_and_missing_part() {
        assert_eq!(docx_pages(b"%PDF-1.7", 1 << 20), Err(DocxError::NotAZip));
        assert_eq!(docx_pages(b"", 1 << 20), Err(DocxError::NotAZip));
        let other = zip_of(&[("xl/workbook.xml", b"<workbook/>")]);
        assert_eq!(
            docx_pages(&other, 1 << 20),
            Err(DocxError::MissingDocumentXml)
        );
        assert!(matches!(
            docx_pages(b"PK\x03\x04garbage", 1 << 20),
            Err(DocxError::Corrupt { .. })
        ));
    }
}
