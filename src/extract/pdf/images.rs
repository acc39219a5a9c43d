//! Image XObjects decoded to pixels, without a renderer: DCTDecode through a
//! JPEG decoder, Flate/LZW/RunLength samples unpacked by bit depth and colour
//! space, CCITT fax (group 3 and 4) and JBIG2 (with its globals) through
//! pure-Rust decoders. A scanned page — one image or several strips — is
//! assembled on a canvas in page space, so the image's placement (flips,
//! quarter turns, strips under each other) gives the page as printed.

use lopdf::{Document, Object, ObjectId, Stream};

use super::interp::{Matrix, PlacedImage};
use crate::extract::raster::{MAX_PIXELS, Raster};

/// Most resolution a page canvas gets (300 dpi); scans finer than that are
/// sampled down, which OCR does not need.
const MAX_PX_PER_PT: f64 = 300.0 / 72.0;
/// Least resolution of a page canvas (150 dpi).
const MIN_PX_PER_PT: f64 = 150.0 / 72.0;
/// Canvas resolution when the page is only searched for seals (no OCR):
/// 108 dpi, a 1 cm seal still some 40 pixels across.
const SEAL_PX_PER_PT: f64 = 1.5;

fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn int(doc: &Document, d: &lopdf::Dictionary, key: &[u8]) -> Option<i64> {
    d.get(key)
        .ok()
        .map(|o| resolve(doc, o))
        .and_then(|o| o.as_i64().ok())
}

fn boolean(doc: &Document, d: &lopdf::Dictionary, key: &[u8]) -> Option<bool> {
    d.get(key)
        .ok()
        .map(|o| resolve(doc, o))
        .and_then(|o| o.as_bool().ok())
}

/// The image stream's filters, names only.
fn filters(doc: &Document, s: &Stream) -> Vec<Vec<u8>> {
    match s.dict.get(b"Filter").ok().map(|o| resolve(doc, o)) {
        Some(Object::Name(n)) => vec![n.clone()],
        Some(Object::Array(a)) => a
            .iter()
            .filter_map(|o| resolve(doc, o).as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        _ => Vec::new(),
    }
}

/// The decode parameters of the last filter.
fn last_parms<'a>(doc: &'a Document, s: &'a Stream) -> Option<&'a lopdf::Dictionary> {
    match s.dict.get(b"DecodeParms").ok().map(|o| resolve(doc, o))? {
        Object::Dictionary(d) => Some(d),
        Object::Array(a) => a
            .last()
            .map(|o| resolve(doc, o))
            .and_then(|o| o.as_dict().ok()),
        _ => None,
    }
}

/// How samples map to colour.
enum Space {
    Gray,
    Rgb,
    Cmyk,
    /// Base space's components and the palette (components per entry).
    Indexed(Box<Space>, Vec<u8>),
}

impl Space {
    fn components(&self) -> usize {
        match self {
            Space::Gray => 1,
            Space::Rgb => 3,
            Space::Cmyk => 4,
            Space::Indexed(..) => 1,
        }
    }
}

fn space(doc: &Document, o: Option<&Object>, depth: u8) -> Result<Space, String> {
    let Some(o) = o.map(|o| resolve(doc, o)) else {
        return Ok(Space::Gray);
    };
    let unknown = || "图像色彩空间无法识别".to_string();
    match o {
        Object::Name(n) => match n.as_slice() {
            b"DeviceGray" | b"CalGray" | b"G" => Ok(Space::Gray),
            b"DeviceRGB" | b"CalRGB" | b"RGB" => Ok(Space::Rgb),
            b"DeviceCMYK" | b"CMYK" => Ok(Space::Cmyk),
            _ => Err(unknown()),
        },
        Object::Array(a) if depth < 3 => {
            let head = a
                .first()
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_name().ok());
            match head {
                Some(b"ICCBased") => {
                    let n = a
                        .get(1)
                        .map(|o| resolve(doc, o))
                        .and_then(|o| o.as_stream().ok())
                        .and_then(|s| int(doc, &s.dict, b"N"))
                        .unwrap_or(3);
                    Ok(match n {
                        1 => Space::Gray,
                        4 => Space::Cmyk,
                        _ => Space::Rgb,
                    })
                }
                Some(b"Indexed" | b"I") => {
                    let base = space(doc, a.get(1), depth + 1)?;
                    let table = match a.get(3).map(|o| resolve(doc, o)) {
                        Some(Object::String(s, _)) => s.clone(),
                        Some(Object::Stream(s)) => s
                            .decompressed_content()
                            .unwrap_or_else(|_| s.content.clone()),
                        _ => return Err(unknown()),
                    };
                    Ok(Space::Indexed(Box::new(base), table))
                }
                Some(b"CalGray" | b"DeviceGray") => Ok(Space::Gray),
                Some(b"CalRGB" | b"DeviceRGB" | b"Lab") => Ok(Space::Rgb),
                Some(b"DeviceN" | b"Separation") => Ok(Space::Gray),
                _ => Err(unknown()),
            }
        }
        _ => Err(unknown()),
    }
}

/// Gray or RGB of one pixel's components (0..=255 each).
fn to_pixel(space: &Space, comps: &[u8], out: &mut Vec<u8>, rgb: bool) {
    let (r, g, b) = match space {
        Space::Gray => {
            let v = comps.first().copied().unwrap_or(255);
            (v, v, v)
        }
        Space::Rgb => (
            comps.first().copied().unwrap_or(255),
            comps.get(1).copied().unwrap_or(255),
            comps.get(2).copied().unwrap_or(255),
        ),
        Space::Cmyk => {
            let c = |i: usize| comps.get(i).copied().unwrap_or(0) as u32;
            let k = c(3);
            let f = |x: u32| ((255 - x) * (255 - k) / 255) as u8;
            (f(c(0)), f(c(1)), f(c(2)))
        }
        Space::Indexed(base, table) => {
            let n = base.components();
            let i = comps.first().copied().unwrap_or(0) as usize * n;
            let entry = table.get(i..i + n).unwrap_or(&[]);
            let mut px = Vec::with_capacity(3);
            to_pixel(base, entry, &mut px, true);
            (
                px.first().copied().unwrap_or(255),
                px.get(1).copied().unwrap_or(255),
                px.get(2).copied().unwrap_or(255),
            )
        }
    };
    if rgb {
        out.extend_from_slice(&[r, g, b]);
    } else {
        out.push(crate::extract::raster::luma(r, g, b));
    }
}

/// Whether a colour space can show colour (RGB, CMYK, a palette of them).
fn coloured(space: &Space) -> bool {
    match space {
        Space::Gray => false,
        Space::Rgb | Space::Cmyk => true,
        Space::Indexed(base, _) => coloured(base),
    }
}

/// Unpacks samples of `bpc` bits, `comps` per pixel, rows padded to bytes.
fn unpack(
    data: &[u8],
    width: u32,
    height: u32,
    bpc: u32,
    space: &Space,
    invert: bool,
) -> Result<Raster, String> {
    let comps = space.components();
    let row_bits = width as usize * comps * bpc as usize;
    let row_bytes = row_bits.div_ceil(8);
    if row_bytes == 0 || !matches!(bpc, 1 | 2 | 4 | 8 | 16) {
        return Err("图像采样位数无法识别".into());
    }
    let rgb = coloured(space);
    let channels: u8 = if rgb { 3 } else { 1 };
    let mut out = Vec::with_capacity(width as usize * height as usize * channels as usize);
    let max = ((1u32 << bpc.min(8)) - 1) as f32;
    let indexed = matches!(space, Space::Indexed(..));
    let mut px = vec![0u8; comps];
    for y in 0..height as usize {
        let row = data.get(y * row_bytes..(y + 1) * row_bytes);
        for x in 0..width as usize {
            for (c, slot) in px.iter_mut().enumerate() {
                let Some(row) = row else {
                    *slot = 255;
                    continue;
                };
                let i = x * comps + c;
                let v: u32 = match bpc {
                    8 => row.get(i).copied().unwrap_or(255) as u32,
                    16 => row.get(2 * i).copied().unwrap_or(255) as u32,
                    _ => {
                        let bit = i * bpc as usize;
                        let byte = row.get(bit / 8).copied().unwrap_or(0xFF) as u32;
                        let shift = 8 - bpc as usize - bit % 8;
                        (byte >> shift) & ((1 << bpc) - 1)
                    }
                };
                let v = if indexed {
                    v as u8
                } else {
                    let scaled = if bpc >= 8 {
                        v as f32
                    } else {
                        v as f32 * 255.0 / max
                    };
                    let s = scaled.round().clamp(0.0, 255.0) as u8;
                    if invert { 255 - s } else { s }
                };
                *slot = v;
            }
            to_pixel(space, &px, &mut out, rgb);
        }
    }
    Ok(Raster {
        width,
        height,
        channels,
        data: out,
    })
}

/// Collects CCITT or JBIG2 rows into a bitonal raster (black = 0).
struct Bits {
    width: u32,
    data: Vec<u8>,
    x: u32,
    cap: usize,
}

impl Bits {
    fn new(width: u32, height: u32) -> Bits {
        let cap = width as usize * height as usize;
        Bits {
            width,
            data: Vec::with_capacity(cap.min(MAX_PIXELS as usize)),
            x: 0,
            cap,
        }
    }
    fn push(&mut self, black: bool) {
        if self.data.len() < self.cap && self.x < self.width {
            self.data.push(if black { 0 } else { 255 });
        }
        self.x += 1;
    }
    fn end_row(&mut self) {
        while self.x < self.width && self.data.len() < self.cap {
            self.data.push(255);
            self.x += 1;
        }
        self.x = 0;
    }
}

impl hayro_ccitt::Decoder for Bits {
    fn push_row(&mut self, changes: &[u32]) {
        let mut black = false;
        let mut at = 0u32;
        let width = self.width;
        for &c in changes.iter().chain(std::iter::once(&width)) {
            let c = c.min(self.width);
            for _ in at..c {
                self.push(black);
            }
            at = c.max(at);
            black = !black;
        }
        self.end_row();
    }
}

impl hayro_jbig2::Decoder for Bits {
    fn push_pixel(&mut self, black: bool) {
        self.push(black);
    }
    fn push_pixel_chunk(&mut self, black: bool, chunk_count: u32) {
        for _ in 0..chunk_count.saturating_mul(8) {
            self.push(black);
        }
    }
    fn next_line(&mut self) {
        self.end_row();
    }
}

fn bitonal(bits: Bits, height: u32, invert: bool) -> Raster {
    let mut data = bits.data;
    data.resize(bits.width as usize * height as usize, 255);
    if invert {
        data.iter_mut().for_each(|v| *v = 255 - *v);
    }
    Raster {
        width: bits.width,
        height,
        channels: 1,
        data,
    }
}

/// Decodes an image XObject to pixels.
pub fn decode(doc: &Document, s: &Stream, max_stream: usize) -> Result<Raster, String> {
    let d = &s.dict;
    let width = int(doc, d, b"Width").unwrap_or(0);
    let height = int(doc, d, b"Height").unwrap_or(0);
    if width <= 0 || height <= 0 {
        return Err("图像尺寸缺失".into());
    }
    let (width, height) = (width as u32, height as u32);
    if width as u64 * height as u64 > MAX_PIXELS {
        return Err(format!("图像过大（{width}×{height}），未识别"));
    }
    let mask = boolean(doc, d, b"ImageMask").unwrap_or(false);
    let decode_inverted = d
        .get(b"Decode")
        .ok()
        .map(|o| resolve(doc, o))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first().map(|o| resolve(doc, o)))
        .and_then(|o| o.as_float().ok())
        .is_some_and(|v| v > 0.5);
    let filters = filters(doc, s);
    let last = filters.last().map(Vec::as_slice);
    let codec = matches!(
        last,
        Some(b"DCTDecode" | b"DCT" | b"CCITTFaxDecode" | b"CCF" | b"JBIG2Decode")
    );
    // An image codec after byte filters (reportlab writes [/ASCII85Decode
    // /DCTDecode]): the byte filters are undone first.
    let encoded: std::borrow::Cow<[u8]> = if codec && filters.len() > 1 {
        std::borrow::Cow::Owned(leading_filters_undone(
            doc,
            s,
            &filters[..filters.len() - 1],
            max_stream,
        )?)
    } else {
        std::borrow::Cow::Borrowed(&s.content)
    };
    match last {
        Some(b"DCTDecode" | b"DCT") => {
            let img = crate::extract::raster::from_image_file(&encoded)?;
            Ok(img)
        }
        Some(b"JPXDecode") => Err("JPEG 2000 图像暂不支持识别".into()),
        Some(b"CCITTFaxDecode" | b"CCF") => {
            let p = last_parms(doc, s);
            let get = |k: &[u8]| p.and_then(|p| int(doc, p, k));
            let getb = |k: &[u8]| p.and_then(|p| boolean(doc, p, k));
            let k = get(b"K").unwrap_or(0);
            let columns = get(b"Columns").unwrap_or(1728).max(1) as u32;
            let rows = get(b"Rows").unwrap_or(height as i64).max(0) as u32;
            let settings = hayro_ccitt::DecodeSettings {
                columns,
                rows,
                end_of_block: getb(b"EndOfBlock").unwrap_or(true),
                end_of_line: getb(b"EndOfLine").unwrap_or(false),
                rows_are_byte_aligned: getb(b"EncodedByteAlign").unwrap_or(false),
                encoding: match k {
                    k if k < 0 => hayro_ccitt::EncodingMode::Group4,
                    0 => hayro_ccitt::EncodingMode::Group3_1D,
                    _ => hayro_ccitt::EncodingMode::Group3_2D,
                },
                strict: false,
            };
            let mut ctx = hayro_ccitt::DecoderContext::new(settings);
            let mut bits = Bits::new(columns, height);
            // A damaged stream still gives the rows decoded before the damage.
            let _ = hayro_ccitt::decode(&encoded, &mut bits, &mut ctx);
            let black_is_1 = getb(b"BlackIs1").unwrap_or(false);
            Ok(bitonal(bits, height, black_is_1 != decode_inverted))
        }
        Some(b"JBIG2Decode") => {
            let settings = hayro_jbig2::DecodeSettings::default();
            let globals_data = last_parms(doc, s)
                .and_then(|p| p.get(b"JBIG2Globals").ok())
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_stream().ok())
                .map(|g| {
                    g.decompressed_content()
                        .unwrap_or_else(|_| g.content.clone())
                });
            let globals = match &globals_data {
                Some(g) => Some(
                    hayro_jbig2::Globals::new(g, &settings)
                        .map_err(|e| format!("JBIG2 全局数据无法解码（{e:?}）"))?,
                ),
                None => None,
            };
            let page = hayro_jbig2::Page::new_embedded(&encoded, globals.as_ref(), &settings)
                .map_err(|e| format!("JBIG2 图像无法解码（{e:?}）"))?;
            let (w, h) = (page.width(), page.height());
            if w as u64 * h as u64 > MAX_PIXELS || w == 0 || h == 0 {
                return Err("JBIG2 图像尺寸异常".into());
            }
            let mut bits = Bits::new(w, h);
            page.decode(&mut bits)
                .map_err(|e| format!("JBIG2 图像无法解码（{e:?}）"))?;
            Ok(bitonal(bits, h, decode_inverted))
        }
        _ => {
            let data = if filters.is_empty() {
                s.content.clone()
            } else {
                s.decompressed_content_with_limit(max_stream)
                    .map_err(|e| format!("图像数据无法解压（{e}）"))?
            };
            if mask {
                // Stencil mask: 0 paints (black) unless /Decode [1 0].
                return unpack(&data, width, height, 1, &Space::Gray, decode_inverted);
            }
            let bpc = int(doc, d, b"BitsPerComponent").unwrap_or(8).clamp(1, 16) as u32;
            let space = space(doc, d.get(b"ColorSpace").ok(), 0)?;
            unpack(&data, width, height, bpc, &space, decode_inverted)
        }
    }
}

/// The bytes of an image stream with its leading filters `leading` (byte
/// filters such as ASCII85 or Flate, each bounded by `max_stream`) undone.
fn leading_filters_undone(
    doc: &Document,
    s: &Stream,
    leading: &[Vec<u8>],
    max_stream: usize,
) -> Result<Vec<u8>, String> {
    let n = leading.len();
    let names: Vec<Object> = leading.iter().cloned().map(Object::Name).collect();
    let mut dict = lopdf::Dictionary::new();
    dict.set("Filter", Object::Array(names));
    if let Some(Object::Array(parms)) = s.dict.get(b"DecodeParms").ok().map(|o| resolve(doc, o)) {
        let parms: Vec<Object> = parms
            .iter()
            .take(n)
            .map(|o| resolve(doc, o).clone())
            .collect();
        dict.set("DecodeParms", Object::Array(parms));
    }
    Stream::new(dict, s.content.clone())
        .decompressed_content_with_limit(max_stream)
        .map_err(|e| format!("图像数据无法解压（{e}）"))
}

/// The image of an id, when it is an image stream.
pub fn image_stream(doc: &Document, id: ObjectId) -> Option<&Stream> {
    doc.get_object(id).ok()?.as_stream().ok()
}

/// Inverse of an affine matrix, when it has one.
fn invert(m: &Matrix) -> Option<Matrix> {
    let det = m[0] * m[3] - m[1] * m[2];
    if det.abs() < 1e-9 {
        return None;
    }
    let (a, b, c, d) = (m[3] / det, -m[1] / det, -m[2] / det, m[0] / det);
    Some([a, b, c, d, -(m[4] * a + m[5] * c), -(m[4] * b + m[5] * d)])
}

/// One image pixel onto one canvas pixel (gray or RGB either side).
fn copy_pixel(src: &[u8], dst: &mut [u8]) {
    match (src, dst) {
        ([g], [d]) => *d = *g,
        ([g], [r, gg, b]) => (*r, *gg, *b) = (*g, *g, *g),
        // (A gray canvas holds gray images only.)
        ([r, _, _], [d]) => *d = *r,
        ([r, g, b], dst) => dst.copy_from_slice(&[*r, *g, *b]),
        _ => {}
    }
}

/// The page's images drawn on one canvas covering the page box
/// `[x0, y0, x1, y1]`, at the resolution of the finest image (within
/// 150–300 dpi). `None` when no image could be decoded; the reasons of the
/// images that could not be decoded are returned too.
pub fn page_canvas(
    doc: &Document,
    placed: &[PlacedImage],
    page_box: [f64; 4],
    max_stream: usize,
    for_ocr: bool,
) -> (Option<Raster>, Vec<String>) {
    let mut problems = Vec::new();
    let mut decoded: Vec<(Raster, Matrix)> = Vec::new();
    for p in placed {
        let Some(s) = image_stream(doc, p.id) else {
            continue;
        };
        match decode(doc, s, max_stream) {
            Ok(r) => decoded.push((r, p.ctm)),
            Err(e) => problems.push(e),
        }
    }
    if decoded.is_empty() {
        return (None, problems);
    }
    let [bx0, by0, bx1, by1] = page_box;
    let (pw, ph) = ((bx1 - bx0).abs().max(1.0), (by1 - by0).abs().max(1.0));
    // Resolution: pixels per point of the finest image.
    let scale = decoded
        .iter()
        .map(|(r, m)| {
            let w_pt = (m[0] * m[0] + m[1] * m[1]).sqrt().max(1e-3);
            let h_pt = (m[2] * m[2] + m[3] * m[3]).sqrt().max(1e-3);
            (r.width as f64 / w_pt).max(r.height as f64 / h_pt)
        })
        .fold(0.0, f64::max);
    let mut scale = if for_ocr {
        scale.clamp(MIN_PX_PER_PT, MAX_PX_PER_PT)
    } else {
        scale.min(SEAL_PX_PER_PT)
    };
    while (pw * scale) * (ph * scale) > MAX_PIXELS as f64 && scale > 0.5 {
        scale *= 0.8;
    }
    let (cw, ch) = ((pw * scale).round() as u32, (ph * scale).round() as u32);
    let channels = if decoded.iter().any(|(r, _)| r.channels == 3) {
        3
    } else {
        1
    };
    let mut canvas = Raster::white(cw.max(1), ch.max(1), channels);
    for (img, m) in &decoded {
        let Some(inv) = invert(m) else { continue };
        // The image's bounding box on the canvas.
        let corners = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
            .map(|(u, v)| (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]));
        let to_px = |x: f64, y: f64| ((x - bx0) * scale, (by1 - y) * scale);
        let (mut lo_x, mut lo_y, mut hi_x, mut hi_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (x, y) in corners {
            let (px, py) = to_px(x, y);
            lo_x = lo_x.min(px);
            lo_y = lo_y.min(py);
            hi_x = hi_x.max(px);
            hi_y = hi_y.max(py);
        }
        let (sx, ex) = (
            lo_x.floor().max(0.0) as u32,
            hi_x.ceil().min(cw as f64) as u32,
        );
        let (sy, ey) = (
            lo_y.floor().max(0.0) as u32,
            hi_y.ceil().min(ch as f64) as u32,
        );
        let c = canvas.channels as usize;
        let ic = img.channels as usize;
        let (iw, ih) = (img.width as f64, img.height as f64);
        // Canvas pixel centre → page point → image unit square; along a
        // canvas row (x grows by 1/scale) u and v grow by constant steps.
        let (du, dv) = (inv[0] / scale, inv[1] / scale);
        if inv[1] == 0.0 && inv[2] == 0.0 {
            // Upright (a scan as scanned): the image column depends on the
            // canvas column only and the row on the row, so both are looked
            // up once, the same steps as the general case.
            let x = bx0 + (sx as f64 + 0.5) / scale;
            let mut u = inv[0] * x + inv[4];
            let cols: Vec<Option<usize>> = (sx..ex)
                .map(|_| {
                    let ix = (0.0..1.0)
                        .contains(&u)
                        .then(|| ((u * iw) as usize).min(img.width as usize - 1));
                    u += du;
                    ix
                })
                .collect();
            for py in sy..ey {
                let y = by1 - (py as f64 + 0.5) / scale;
                let v = inv[3] * y + inv[5];
                if !(0.0..1.0).contains(&v) {
                    continue;
                }
                let iy = (((1.0 - v) * ih) as usize).min(img.height as usize - 1);
                let src_row = iy * img.width as usize;
                let row = py as usize * cw as usize;
                for (px, ix) in (sx..ex).zip(&cols) {
                    let Some(ix) = ix else { continue };
                    let from = (src_row + ix) * ic;
                    let at = (row + px as usize) * c;
                    if let (Some(src), Some(dst)) = (
                        img.data.get(from..from + ic),
                        canvas.data.get_mut(at..at + c),
                    ) {
                        copy_pixel(src, dst);
                    }
                }
            }
            continue;
        }
        for py in sy..ey {
            let y = by1 - (py as f64 + 0.5) / scale;
            let x = bx0 + (sx as f64 + 0.5) / scale;
            let mut u = inv[0] * x + inv[2] * y + inv[4];
            let mut v = inv[1] * x + inv[3] * y + inv[5];
            let row = py as usize * cw as usize;
            for px in sx..ex {
                if (0.0..1.0).contains(&u) && (0.0..1.0).contains(&v) {
                    let ix = ((u * iw) as usize).min(img.width as usize - 1);
                    let iy = (((1.0 - v) * ih) as usize).min(img.height as usize - 1);
                    let from = (iy * img.width as usize + ix) * ic;
                    let at = (row + px as usize) * c;
                    if let (Some(src), Some(dst)) = (
                        img.data.get(from..from + ic),
                        canvas.data.get_mut(at..at + c),
                    ) {
                        copy_pixel(src, dst);
                    }
                }
                u += du;
                v += dv;
            }
        }
    }
    (Some(canvas), problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpacks_one_bit_gray_and_inverts_with_decode() {
        // Two rows of 3 pixels: 101, 010 (1 = white for DeviceGray).
        let data = [0b1010_0000, 0b0100_0000];
        let r = unpack(&data, 3, 2, 1, &Space::Gray, false).unwrap();
        assert_eq!(r.data, [255, 0, 255, 0, 255, 0]);
        let r = unpack(&data, 3, 2, 1, &Space::Gray, true).unwrap();
        assert_eq!(r.data, [0, 255, 0, 255, 0, 255]);
    }

    #[test]
    fn short_data_is_white_not_a_panic() {
        let r = unpack(&[0], 4, 3, 8, &Space::Rgb, false).unwrap();
        assert_eq!(r.data.len(), 4 * 3 * 3);
        assert_eq!(r.data[3..6], [255, 255, 255]);
    }

    #[test]
    fn indexed_palette() {
        let pal = vec![255, 0, 0, 0, 0, 255];
        let space = Space::Indexed(Box::new(Space::Rgb), pal);
        let r = unpack(&[0, 1], 2, 1, 8, &space, false).unwrap();
        assert_eq!(r.channels, 3);
        assert_eq!(r.data, [255, 0, 0, 0, 0, 255]);
    }

    #[test]
    fn ccitt_rows_become_pixels() {
        let mut b = Bits::new(6, 2);
        hayro_ccitt::Decoder::push_row(&mut b, &[1, 3]);
        hayro_ccitt::Decoder::push_row(&mut b, &[]);
        let r = bitonal(b, 2, false);
        assert_eq!(
            r.data,
            [255, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255]
        );
    }

    #[test]
    fn inverse_matrix() {
        let m = [200.0, 0.0, 0.0, -100.0, 10.0, 300.0];
        let i = invert(&m).unwrap();
        let (x, y) = (m[0] * 0.25 + m[4], m[3] * 0.5 + m[5]);
        let u = i[0] * x + i[2] * y + i[4];
        let v = i[1] * x + i[3] * y + i[5];
        assert!((u - 0.25).abs() < 1e-9 && (v - 0.5).abs() < 1e-9);
    }
}
