//! Font decoding: turns the bytes of a text-showing operator into character
//! codes, each with its Unicode text and its advance width.
//!
//! The order in which a code finds its text (first hit wins):
//! 1. the font's `/ToUnicode` CMap (also for Type 3 fonts);
//! 2. a predefined `Uni*-UCS2-*`/`Uni*-UTF16-*` encoding: the code *is* UTF-16BE;
//! 3. another predefined or embedded encoding CMap (GBK-EUC-H, UniGB-UTF8, …):
//!    code → CID → Unicode through the collection's `Adobe-*-UCS2` table;
//! 4. `Identity-H` without a usable ToUnicode: CID → GID → the embedded
//!    TrueType/OpenType font's own `cmap`, read backwards;
//! 5. simple fonts: the base encoding plus `/Differences` glyph names.
//!
//! A code that none of them maps becomes U+FFFD, which the quality signal counts.
//! This module knows nothing of positions; the interpreter does the geometry.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use hayro_cmap::{BfString, CMap, CMapName, CidFamily};
use lopdf::{Dictionary, Document, Object};

/// The text a code decodes to: stored inline for the common single character.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeText {
    Char(char),
    Str(Box<str>),
    /// No mapping was found: the code is unreadable.
    Unmapped,
}

/// One decoded character code.
#[derive(Debug, Clone)]
pub struct Code {
    /// Horizontal advance in text space units (already divided by 1000, or
    /// scaled by a Type 3 `FontMatrix`), before font size and spacing.
    pub width: f64,
    /// A single-byte code 32, to which word spacing (`Tw`) applies.
    pub is_space: bool,
    pub text: CodeText,
}

/// How the bytes of a string are split into codes.
enum Split {
    OneByte,
    TwoByte,
    /// UTF-16BE: 2 bytes, or 4 for a surrogate pair.
    Utf16,
    /// By the code ranges of an encoding CMap.
    CMap,
}

/// Where CIDs come from for width lookup and CID-keyed Unicode.
enum CidSource {
    /// CID = code (Identity-H/V).
    Identity,
    /// An encoding CMap maps codes to CIDs.
    CMap(Arc<CMap>),
}

/// A decoded font, ready to turn strings into codes.
pub struct Font {
    split: Split,
    to_unicode: Option<CMap>,
    /// Type0 only.
    cids: Option<CidSource>,
    utf16: bool,
    /// CID → Unicode table of the font's character collection (Adobe-GB1-UCS2 …).
    cid_unicode: Option<Arc<CMap>>,
    /// GID → Unicode, read backwards from an embedded font's cmap.
    gid_unicode: Option<HashMap<u16, char>>,
    /// CIDToGIDMap when it is a stream (Identity otherwise).
    cid_to_gid: Option<Vec<u16>>,
    /// Simple fonts: code → text from the encoding and Differences.
    simple: Option<SimpleEncoding>,
    widths: Widths,
    /// Multiplies the font size to get the em height (Type 3 FontMatrix).
    pub size_scale: f64,
    /// Vertical writing mode (Identity-V and friends).
    pub vertical: bool,
    /// A Type 3 font (glyphs drawn by content streams).
    type3: bool,
}

/// A simple font's encoding: the base table plus `/Differences`, turned into
/// a code → text table on first use (most fonts have a ToUnicode map that
/// answers every code, so the table is often never needed).
struct SimpleEncoding {
    base: Option<&'static pdf_encoding::ForwardMap>,
    differences: Vec<(u8, Vec<u8>)>,
    table: OnceLock<Box<[Option<CodeText>]>>,
}

impl SimpleEncoding {
    fn get(&self, code: u32) -> Option<CodeText> {
        let table = self.table.get_or_init(|| {
            let mut table: Vec<Option<CodeText>> = (0u32..256)
                .map(|c| self.base.and_then(|m| m.get(c as u8)).map(CodeText::Char))
                .collect();
            for (code, name) in &self.differences {
                table[usize::from(*code)] =
                    glyph_name_text(name).or_else(|| pass_through(i64::from(*code)));
            }
            // Codes without a name or encoding entry read as themselves, as
            // poppler does for unknown glyph names ("square", "g12").
            for (code, slot) in table.iter_mut().enumerate() {
                if slot.is_none() {
                    *slot = pass_through(code as i64);
                }
            }
            table.into_boxed_slice()
        });
        table.get(code as usize).cloned().flatten()
    }
}

enum Widths {
    Simple {
        first: u32,
        widths: Vec<f64>,
        missing: f64,
    },
    Cid {
        ranges: Vec<(u32, u32, f64)>,
        default: f64,
    },
}

impl Widths {
    fn simple(&self, code: u32) -> f64 {
        match self {
            Widths::Simple {
                first,
                widths,
                missing,
            } => code
                .checked_sub(*first)
                .and_then(|i| widths.get(i as usize))
                .copied()
                .unwrap_or(*missing),
            Widths::Cid { default, .. } => *default,
        }
    }

    fn cid(&self, cid: u32) -> f64 {
        match self {
            Widths::Cid { ranges, default } => {
                // Ranges are sorted by start; find the last one starting at or before cid.
                let idx = ranges.partition_point(|r| r.0 <= cid);
                if idx > 0 {
                    let r = ranges[idx - 1];
                    if cid <= r.1 {
                        return r.2;
                    }
                }
                *default
            }
            Widths::Simple { .. } => self.simple(cid),
        }
    }
}

/// Cap on the bytes of an embedded font or CMap we decompress.
const MAX_FONT_BYTES: usize = 32 << 20;

pub(super) fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Object> {
    doc.dereference(obj).ok().map(|(_, o)| o)
}

fn dict_get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    resolve(doc, dict.get(key).ok()?)
}

fn as_number(obj: &Object) -> Option<f64> {
    match obj {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn name_of(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<Vec<u8>> {
    match dict_get(doc, dict, key)? {
        Object::Name(n) => Some(n.clone()),
        _ => None,
    }
}

fn stream_bytes(doc: &Document, obj: &Object) -> Option<Vec<u8>> {
    match resolve(doc, obj)? {
        Object::Stream(s) => super::stream_content(doc, s, MAX_FONT_BYTES).ok(),
        _ => None,
    }
}

/// A predefined CMap by name, parsed once per process.
fn predefined_cmap(name: &[u8]) -> Option<Arc<CMap>> {
    type Cache = Mutex<HashMap<Vec<u8>, Option<Arc<CMap>>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Ok(map) = cache.lock()
        && let Some(hit) = map.get(name)
    {
        return hit.clone();
    }
    let parsed = match name {
        b"Identity-H" => Some(CMap::identity_h()),
        b"Identity-V" => Some(CMap::identity_v()),
        _ => hayro_cmap::load_embedded(CMapName::from_bytes(name))
            .and_then(|data| CMap::parse(data, hayro_cmap::load_embedded)),
    }
    .map(Arc::new);
    if let Ok(mut map) = cache.lock() {
        map.insert(name.to_vec(), parsed.clone());
    }
    parsed
}

fn ucs2_table(family: &CidFamily) -> Option<Arc<CMap>> {
    let name = family.ucs2_cmap()?;
    predefined_cmap(name.to_bytes())
}

/// A map's text for a code; a code mapped to U+0000 (reportlab maps the
/// `.notdef` glyph it draws for a character its font lacks so) has none.
fn bf_to_text(bf: BfString) -> CodeText {
    match bf {
        BfString::Char('\0') => CodeText::Unmapped,
        BfString::Char(c) => CodeText::Char(c),
        BfString::String(s) if !s.is_empty() && s.chars().all(|c| c == '\0') => CodeText::Unmapped,
        BfString::String(s) => text_of(s),
    }
}

/// Unicode text for a glyph name (`/Differences`): the Adobe Glyph List, then
/// `uniXXXX`, `uXXXX[XX]`.
pub fn glyph_name_text(name: &[u8]) -> Option<CodeText> {
    let name = std::str::from_utf8(name).ok()?;
    // "a.sc", "f_i" (ligature components): use the part before the first '.'.
    let base = name.split('.').next().unwrap_or(name);
    if let Some(s) = pdf_encoding::glyphname_to_unicode(base) {
        return (!s.is_empty()).then(|| text_of(s.to_string()));
    }
    if let Some(hex) = base.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
    {
        let units: Option<Vec<u16>> = (0..hex.len() / 4)
            .map(|i| u16::from_str_radix(hex.get(i * 4..i * 4 + 4)?, 16).ok())
            .collect();
        let s = String::from_utf16(&units?).ok()?;
        return Some(text_of(s));
    }
    if let Some(hex) = base.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && let Ok(v) = u32::from_str_radix(hex, 16)
    {
        return char::from_u32(v).map(CodeText::Char);
    }
    if base.contains('_') && !base.starts_with('_') {
        // Ligature of known names: "f_f_i".
        let mut out = String::new();
        for part in base.split('_') {
            match glyph_name_text(part.as_bytes())? {
                CodeText::Char(c) => out.push(c),
                CodeText::Str(s) => out.push_str(&s),
                CodeText::Unmapped => return None,
            }
        }
        return Some(text_of(out));
    }
    None
}

/// A printable one-byte code read as Latin-1.
fn pass_through(code: i64) -> Option<CodeText> {
    match code {
        0x20..=0x7E | 0xA0..=0xFF => char::from_u32(code as u32).map(CodeText::Char),
        _ => None,
    }
}

fn text_of(s: String) -> CodeText {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => CodeText::Char(c),
        _ => CodeText::Str(s.into_boxed_str()),
    }
}

/// Picks the better of two code points that share a glyph: a unified ideograph
/// beats a radical look-alike, a compatibility form or a private-use point.
fn char_rank(c: char) -> u8 {
    match c as u32 {
        0xE000..=0xF8FF | 0xF0000.. => 4,
        0x2E80..=0x2FDF | 0xF900..=0xFAFF | 0x2F800..=0x2FA1F | 0x3200..=0x33FF => 3,
        0..=0x1F => 5,
        _ => 0,
    }
}

/// GID → Unicode from an embedded TrueType/OpenType font's Unicode cmaps.
fn reverse_cmap(data: &[u8]) -> Option<HashMap<u16, char>> {
    let face = ttf_parser::Face::parse(data, 0).ok()?;
    let cmap = face.tables().cmap?;
    let mut map: HashMap<u16, char> = HashMap::new();
    for sub in cmap.subtables {
        if !sub.is_unicode() {
            continue;
        }
        sub.codepoints(|cp| {
            let (Some(ch), Some(gid)) = (char::from_u32(cp), sub.glyph_index(cp)) else {
                return;
            };
            if gid.0 == 0 {
                return;
            }
            map.entry(gid.0)
                .and_modify(|old| {
                    if char_rank(ch) < char_rank(*old) {
                        *old = ch;
                    }
                })
                .or_insert(ch);
        });
    }
    if map.is_empty() { None } else { Some(map) }
}

fn base_encoding(name: &[u8]) -> Option<&'static pdf_encoding::ForwardMap> {
    use pdf_encoding::Encoding as E;
    let e = match name {
        b"WinAnsiEncoding" => E::WinAnsiEncoding,
        b"MacRomanEncoding" => E::MacRomanEncoding,
        b"StandardEncoding" => E::AdobeStandard,
        b"MacExpertEncoding" => E::AdobeExpert,
        _ => return None,
    };
    e.forward_map()
}

fn builtin_for_base_font(base_font: &[u8]) -> Option<&'static pdf_encoding::ForwardMap> {
    let stripped = strip_subset_tag(base_font);
    if stripped.starts_with(b"Symbol") {
        pdf_encoding::Encoding::AdobeSymbol.forward_map()
    } else if stripped.starts_with(b"ZapfDingbats") {
        pdf_encoding::Encoding::AdobeZdingbat.forward_map()
    } else {
        None
    }
}

fn strip_subset_tag(name: &[u8]) -> &[u8] {
    if name.len() > 7 && name[6] == b'+' && name[..6].iter().all(u8::is_ascii_uppercase) {
        &name[7..]
    } else {
        name
    }
}

impl Font {
    /// The font states its glyph widths (a simple font without `/Widths`,
    /// such as a standard-14 font, is advanced by a guess, so positions
    /// along a line drift).
    pub fn widths_known(&self) -> bool {
        !matches!(&self.widths, Widths::Simple { widths, .. } if widths.is_empty())
    }

    /// The em size is an estimate (a Type 3 glyph space has no fixed em).
    pub fn size_guessed(&self) -> bool {
        self.type3
    }

    /// A stand-in for a font that is missing or unreadable: one byte per code,
    /// Latin-1 text, half-em widths.
    pub fn fallback() -> Font {
        Font {
            split: Split::OneByte,
            to_unicode: None,
            cids: None,
            utf16: false,
            cid_unicode: None,
            gid_unicode: None,
            cid_to_gid: None,
            simple: Some(SimpleEncoding {
                base: None,
                differences: Vec::new(),
                table: OnceLock::new(),
            }),
            widths: Widths::Simple {
                first: 0,
                widths: Vec::new(),
                missing: 0.5,
            },
            size_scale: 1.0,
            vertical: false,
            type3: false,
        }
    }

    /// Builds a font from its dictionary. Never fails: what cannot be read
    /// falls back to weaker decodings.
    pub fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = name_of(doc, dict, b"Subtype").unwrap_or_default();
        let to_unicode = dict
            .get(b"ToUnicode")
            .ok()
            .and_then(|o| stream_bytes(doc, o))
            .and_then(|data| CMap::parse(&data, hayro_cmap::load_embedded));
        if subtype == b"Type0" {
            Self::load_type0(doc, dict, to_unicode)
        } else {
            Self::load_simple(doc, dict, &subtype, to_unicode)
        }
    }

    fn load_simple(
        doc: &Document,
        dict: &Dictionary,
        subtype: &[u8],
        to_unicode: Option<CMap>,
    ) -> Font {
        let is_type3 = subtype == b"Type3";
        let base_font = name_of(doc, dict, b"BaseFont").unwrap_or_default();
        let descriptor = dict_get(doc, dict, b"FontDescriptor").and_then(|o| o.as_dict().ok());
        let flags = descriptor
            .and_then(|d| dict_get(doc, d, b"Flags"))
            .and_then(as_number)
            .unwrap_or(0.0) as i64;
        let symbolic = flags & 4 != 0 && flags & 32 == 0;

        // Base table: the named encoding, else a builtin for Symbol/Dingbats,
        // else Standard (Type1) or WinAnsi (TrueType, as readers do).
        let encoding = dict_get(doc, dict, b"Encoding");
        let (base_name, differences) = match encoding {
            Some(Object::Name(n)) => (Some(n.clone()), None),
            Some(Object::Dictionary(d)) => (
                name_of(doc, d, b"BaseEncoding"),
                dict_get(doc, d, b"Differences").and_then(|o| o.as_array().ok()),
            ),
            _ => (None, None),
        };
        let base = base_name
            .as_deref()
            .and_then(base_encoding)
            .or_else(|| builtin_for_base_font(&base_font))
            .or_else(|| {
                if is_type3 {
                    None
                } else if subtype == b"TrueType" || symbolic {
                    pdf_encoding::Encoding::WinAnsiEncoding.forward_map()
                } else {
                    pdf_encoding::Encoding::AdobeStandard.forward_map()
                }
            });
        let mut names: Vec<(u8, Vec<u8>)> = Vec::new();
        if let Some(diffs) = differences {
            let mut code: i64 = 0;
            for item in diffs {
                match resolve(doc, item) {
                    Some(Object::Integer(i)) => code = *i,
                    Some(Object::Name(n)) => {
                        if let Ok(c) = u8::try_from(code) {
                            names.push((c, n.clone()));
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }

        // Widths; Type 3 widths are in glyph space, scaled by FontMatrix.
        let (fm_x, fm_y) = if is_type3 {
            let m: Vec<f64> = dict_get(doc, dict, b"FontMatrix")
                .and_then(|o| o.as_array().ok())
                .map(|a| {
                    a.iter()
                        .filter_map(|o| resolve(doc, o).and_then(as_number))
                        .collect()
                })
                .unwrap_or_default();
            match m.as_slice() {
                [a, _, _, d, ..] if a.is_finite() && d.is_finite() && *a != 0.0 => (*a, *d),
                _ => (0.001, 0.001),
            }
        } else {
            (0.001, 0.001)
        };
        let first = dict_get(doc, dict, b"FirstChar")
            .and_then(as_number)
            .unwrap_or(0.0)
            .clamp(0.0, 255.0) as u32;
        let widths: Vec<f64> = dict_get(doc, dict, b"Widths")
            .and_then(|o| o.as_array().ok())
            .map(|a| {
                a.iter()
                    .take(256)
                    .map(|o| resolve(doc, o).and_then(as_number).unwrap_or(0.0) * fm_x)
                    .collect()
            })
            .unwrap_or_default();
        let missing = descriptor
            .and_then(|d| dict_get(doc, d, b"MissingWidth"))
            .and_then(as_number)
            .map(|w| w * fm_x)
            .filter(|w| *w > 0.0)
            .unwrap_or(if widths.is_empty() { 0.5 } else { 0.0 });
        // A Type 3 glyph space has no fixed em: its height is the FontBBox's
        // (TeX bitmap fonts: about 130 units at FontMatrix 0.007; fonts with
        // an identity FontMatrix and pixel-sized glyphs at Tf 0.24).
        let size_scale = if is_type3 {
            let bbox: Vec<f64> = dict_get(doc, dict, b"FontBBox")
                .and_then(|o| o.as_array().ok())
                .map(|a| {
                    a.iter()
                        .filter_map(|o| resolve(doc, o).and_then(as_number))
                        .collect()
                })
                .unwrap_or_default();
            // Without a usable bbox ([0 0 0 0], a bogus [0 0 1 -1]) the
            // FontMatrix is taken to map an em to one text-space unit, as
            // fonts are usually made.
            match bbox.as_slice() {
                [_, y0, _, y1] if (y1 - y0).abs() > 1.0 && (y1 - y0).is_finite() => {
                    (fm_y.abs() * (y1 - y0).abs()).clamp(0.001, 1000.0)
                }
                _ => 1.0,
            }
        } else {
            1.0
        };
        Font {
            split: Split::OneByte,
            to_unicode,
            cids: None,
            utf16: false,
            cid_unicode: None,
            gid_unicode: None,
            cid_to_gid: None,
            simple: Some(SimpleEncoding {
                base,
                differences: names,
                table: OnceLock::new(),
            }),
            widths: Widths::Simple {
                first,
                widths,
                missing,
            },
            size_scale,
            vertical: false,
            type3: is_type3,
        }
    }

    fn load_type0(doc: &Document, dict: &Dictionary, to_unicode: Option<CMap>) -> Font {
        let descendant = dict_get(doc, dict, b"DescendantFonts")
            .and_then(|o| o.as_array().ok())
            .and_then(|a| a.first())
            .and_then(|o| resolve(doc, o))
            .and_then(|o| o.as_dict().ok());

        // The encoding CMap: predefined by name or an embedded stream.
        let mut encoding_name: Vec<u8> = Vec::new();
        let cmap: Option<Arc<CMap>> = match dict_get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                encoding_name = n.clone();
                predefined_cmap(n)
            }
            Some(obj @ Object::Stream(s)) => {
                if let Ok(Object::Name(n)) = s.dict.get(b"CMapName") {
                    encoding_name = n.clone();
                }
                stream_bytes(doc, obj)
                    .and_then(|data| CMap::parse(&data, hayro_cmap::load_embedded))
                    .map(Arc::new)
            }
            _ => None,
        };
        let identity = encoding_name.starts_with(b"Identity-") || cmap.is_none();
        let utf16 = encoding_name.starts_with(b"Uni")
            && (contains(&encoding_name, b"UCS2") || contains(&encoding_name, b"UTF16"));
        let vertical = encoding_name.ends_with(b"-V");
        let split = if utf16 && contains(&encoding_name, b"UTF16") {
            Split::Utf16
        } else if identity || utf16 {
            Split::TwoByte
        } else {
            Split::CMap
        };
        let cids = match (&cmap, identity) {
            (Some(c), false) => Some(CidSource::CMap(c.clone())),
            _ => Some(CidSource::Identity),
        };

        // The character collection: from the CMap, else the CIDSystemInfo.
        let family = cmap
            .as_ref()
            .and_then(|c| c.metadata().character_collection.as_ref())
            .map(|cc| cc.family.clone())
            .filter(|f| !matches!(f, CidFamily::AdobeIdentity))
            .or_else(|| {
                let info = descendant
                    .and_then(|d| dict_get(doc, d, b"CIDSystemInfo"))
                    .and_then(|o| o.as_dict().ok())?;
                let reg = dict_get(doc, info, b"Registry").and_then(|o| o.as_str().ok())?;
                let ord = dict_get(doc, info, b"Ordering").and_then(|o| o.as_str().ok())?;
                Some(CidFamily::from_registry_ordering(reg, ord))
            });
        let cid_unicode = family.as_ref().and_then(ucs2_table);

        // Embedded font program for Identity fonts without a full ToUnicode.
        // Read only when needed: an embedded program is large and ToUnicode usually
        // maps every code the text uses.
        let (gid_unicode, cid_to_gid) = if identity && to_unicode.is_none() {
            let descriptor = descendant
                .and_then(|d| dict_get(doc, d, b"FontDescriptor"))
                .and_then(|o| o.as_dict().ok());
            let program = descriptor.and_then(|d| {
                d.get(b"FontFile2")
                    .or_else(|_| d.get(b"FontFile3"))
                    .ok()
                    .and_then(|o| stream_bytes(doc, o))
            });
            let gid_unicode = program.as_deref().and_then(reverse_cmap);
            let cid_to_gid = descendant
                .and_then(|d| d.get(b"CIDToGIDMap").ok())
                .and_then(|o| match resolve(doc, o) {
                    Some(Object::Stream(_)) => stream_bytes(doc, o),
                    _ => None,
                })
                .map(|b| {
                    b.chunks_exact(2)
                        .map(|p| u16::from_be_bytes([p[0], p[1]]))
                        .collect()
                });
            (gid_unicode, cid_to_gid)
        } else {
            (None, None)
        };

        let default = descendant
            .and_then(|d| dict_get(doc, d, b"DW"))
            .and_then(as_number)
            .unwrap_or(1000.0)
            / 1000.0;
        let mut ranges = Vec::new();
        if let Some(w) = descendant
            .and_then(|d| dict_get(doc, d, b"W"))
            .and_then(|o| o.as_array().ok())
        {
            parse_cid_widths(doc, w, &mut ranges);
        }
        ranges.sort_by_key(|r| r.0);

        Font {
            split,
            to_unicode,
            cids,
            utf16,
            cid_unicode,
            gid_unicode,
            cid_to_gid,
            simple: None,
            widths: Widths::Cid { ranges, default },
            size_scale: 1.0,
            vertical,
            type3: false,
        }
    }

    /// Splits `bytes` into codes and decodes each; calls `f` per code until
    /// it returns `false`.
    pub fn decode(&self, bytes: &[u8], mut f: impl FnMut(Code) -> bool) {
        let mut i = 0;
        while i < bytes.len() {
            let (code, len) = self.next_code(&bytes[i..]);
            i += len.max(1);
            if !f(self.decode_code(code, len as u8)) {
                return;
            }
        }
    }

    fn next_code(&self, b: &[u8]) -> (u32, usize) {
        let be = |n: usize| -> u32 {
            b.iter()
                .take(n)
                .fold(0u32, |acc, &x| acc << 8 | u32::from(x))
        };
        match self.split {
            Split::OneByte => (u32::from(b[0]), 1),
            Split::TwoByte => {
                if b.len() >= 2 {
                    (be(2), 2)
                } else {
                    (be(1), 1)
                }
            }
            Split::Utf16 => {
                if b.len() >= 4 && (0xD8..=0xDB).contains(&b[0]) {
                    (be(4), 4)
                } else if b.len() >= 2 {
                    (be(2), 2)
                } else {
                    (be(1), 1)
                }
            }
            Split::CMap => {
                if let Some(CidSource::CMap(cmap)) = &self.cids {
                    for len in 1..=b.len().min(4) {
                        let code = be(len);
                        if cmap.lookup_cid_code(code, len as u8).is_some() {
                            return (code, len);
                        }
                    }
                }
                (u32::from(b[0]), 1)
            }
        }
    }

    fn cid_of(&self, code: u32, len: u8) -> Option<u32> {
        match self.cids.as_ref()? {
            CidSource::Identity => Some(code),
            CidSource::CMap(c) => c.lookup_cid_code(code, len),
        }
    }

    fn decode_code(&self, code: u32, len: u8) -> Code {
        let is_space = len == 1 && code == 32;
        let cid = if self.simple.is_none() {
            self.cid_of(code, len)
        } else {
            None
        };
        let width = match cid {
            Some(cid) => self.widths.cid(cid),
            None if self.simple.is_none() => self.widths.cid(0),
            None => self.widths.simple(code),
        };
        Code {
            width,
            is_space,
            text: self.unicode(code, len, cid),
        }
    }

    fn unicode(&self, code: u32, len: u8, cid: Option<u32>) -> CodeText {
        if let Some(tu) = &self.to_unicode
            && let Some(bf) = tu.lookup_bf_string(code)
        {
            return bf_to_text(bf);
        }
        if self.utf16 {
            let units: Vec<u16> = if len == 4 {
                vec![(code >> 16) as u16, code as u16]
            } else {
                vec![code as u16]
            };
            if let Ok(s) = String::from_utf16(&units) {
                return text_of(s);
            }
        }
        if let Some(enc) = &self.simple {
            return enc.get(code).unwrap_or(CodeText::Unmapped);
        }
        let Some(cid) = cid else {
            return CodeText::Unmapped;
        };
        if let Some(t) = &self.cid_unicode
            && let Some(bf) = t.lookup_bf_string(cid)
        {
            return bf_to_text(bf);
        }
        if let Some(g) = &self.gid_unicode {
            let gid = match &self.cid_to_gid {
                Some(map) => map.get(cid as usize).copied(),
                None => u16::try_from(cid).ok(),
            };
            if let Some(c) = gid.and_then(|gid| g.get(&gid)) {
                return CodeText::Char(*c);
            }
        }
        CodeText::Unmapped
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Parses a CIDFont `/W` array: `c [w1 w2 …]` and `c_first c_last w` forms.
fn parse_cid_widths(doc: &Document, w: &[Object], out: &mut Vec<(u32, u32, f64)>) {
    let mut i = 0;
    while i < w.len() && out.len() < 1 << 20 {
        let Some(first) = resolve(doc, &w[i]).and_then(as_number) else {
            i += 1;
            continue;
        };
        let first = first.max(0.0) as u32;
        match w.get(i + 1).and_then(|o| resolve(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, o) in list.iter().enumerate() {
                    if let Some(v) = resolve(doc, o).and_then(as_number) {
                        let c = first.saturating_add(k as u32);
                        out.push((c, c, v / 1000.0));
                    }
                }
                i += 2;
            }
            Some(o) => {
                let last = as_number(o).unwrap_or(0.0).max(0.0) as u32;
                let v = w
                    .get(i + 2)
                    .and_then(|o| resolve(doc, o))
                    .and_then(as_number)
                    .unwrap_or(1000.0);
                if last >= first {
                    out.push((first, last, v / 1000.0));
                }
                i += 3;
            }
            None => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_name_text(b"A"), Some(CodeText::Char('A')));
        assert_eq!(glyph_name_text(b"uni4E2D"), Some(CodeText::Char('中')));
        assert_eq!(glyph_name_text(b"u1F600"), Some(CodeText::Char('😀')));
        assert_eq!(glyph_name_text(b"g123"), None);
        assert_eq!(glyph_name_text(b"f_i"), Some(CodeText::Str("fi".into())));
    }

    #[test]
    fn predefined_gb_cmaps_load() {
        let gbk = predefined_cmap(b"GBK-EUC-H").expect("GBK-EUC-H");
        // 中 is 0xD6D0 in GBK.
        let cid = gbk.lookup_cid_code(0xD6D0, 2).expect("cid");
        let table = ucs2_table(&CidFamily::AdobeGB1).expect("Adobe-GB1-UCS2");
        assert_eq!(table.lookup_bf_string(cid), Some(BfString::Char('中')));
    }

    #[test]
    fn radicals_rank_below_ideographs() {
        assert!(char_rank('人') < char_rank('\u{2F08}'));
    }
}
