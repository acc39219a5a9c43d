//! The content-stream interpreter: runs a page's operators with a text and
//! graphics state and records every shown glyph with its position, size and
//! decoded text (`PageGlyphs`). It follows Form XObjects (depth-capped, with a
//! guard against forms that draw themselves), applies `/ActualText` spans and
//! counts images for the text-quality signal. It does not render anything and
//! does not decide reading order: that is `layout`'s job.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{CodeText, Font};
use super::lexer::{Lexer, Operand};

/// A 2-D affine matrix `[a b c d e f]` as in PDF.
pub type Matrix = [f64; 6];

pub const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m1 × m2`: apply m1 first, then m2.
pub fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    [
        m1[0] * m2[0] + m1[1] * m2[2],
        m1[0] * m2[1] + m1[1] * m2[3],
        m1[2] * m2[0] + m1[3] * m2[2],
        m1[2] * m2[1] + m1[3] * m2[3],
        m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
        m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
    ]
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// One shown glyph in device (default user) space.
#[derive(Debug, Clone, Copy)]
pub struct Glyph {
    /// Byte range of its text in `PageGlyphs::text`.
    pub start: u32,
    pub len: u32,
    /// Origin on the baseline.
    pub x: f64,
    pub y: f64,
    /// End of its advance on the baseline.
    pub x1: f64,
    pub y1: f64,
    /// Em size in device space.
    pub size: f64,
    /// The code had no Unicode mapping (text is U+FFFD).
    pub unmapped: bool,
    /// Painted with an invisible render mode (3 or 7): an OCR layer over a
    /// scan, or text hidden from the reader.
    pub invisible: bool,
    /// Painted in white (a device colour at or near 1,1,1).
    pub white: bool,
    /// Its x position is a guess (its font states no widths).
    pub approx_x: bool,
    /// Its size is a guess (a Type 3 font).
    pub approx_size: bool,
}

/// Everything the interpreter saw on one page.
#[derive(Debug, Default)]
pub struct PageGlyphs {
    /// Arena holding all glyph texts.
    pub text: String,
    pub glyphs: Vec<Glyph>,
    /// Image XObjects and inline images drawn.
    pub images: u32,
    /// Area covered by images, in square points (clamped to the page later).
    pub image_area: f64,
    /// Path-painting operators run (text drawn as outlines shows up here).
    pub paths: u32,
    /// Paths painted in red (vector seals, red rules and borders).
    pub red_shapes: Vec<RedShape>,
    /// Image XObjects drawn, where.
    pub placed_images: Vec<PlacedImage>,
    /// Bounding boxes (device space) of every image drawn, inline ones too.
    pub image_boxes: Vec<[f64; 4]>,
    /// Bounding boxes of areas filled in a colour other than white (table
    /// headers, coloured boxes): white text on them is visible.
    pub dark_fills: Vec<[f64; 4]>,
    /// Notes on what was skipped (limits, damaged objects, loops).
    pub truncated: Option<String>,
    /// Some text may be missing because of what `truncated` describes.
    pub lossy: bool,
}

impl PageGlyphs {
    pub fn text_of(&self, g: &Glyph) -> &str {
        self.text
            .get(g.start as usize..(g.start + g.len) as usize)
            .unwrap_or("")
    }
}

/// Why interpretation stopped early.
#[derive(Debug, Clone, PartialEq)]
pub enum Stop {
    Timeout,
}

/// Per-document limits for the interpreter.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub deadline: Instant,
    pub max_stream_bytes: usize,
    pub max_glyphs: usize,
    pub max_form_depth: u32,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Arc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    h_scale: f64,
    leading: f64,
    rise: f64,
    /// Fill and stroke colours as RGB (0..=1), approximated from gray, RGB
    /// or CMYK operands; other colour spaces count as black.
    fill: [f32; 3],
    stroke: [f32; 3],
    /// Whether the current fill (stroke) colour space is a device space, so
    /// `sc`/`scn` operands are gray, RGB or CMYK values; other colour spaces
    /// (a spot colour's tint 1.0 is dark) never count as white.
    fill_device: bool,
    stroke_device: bool,
    /// Text render mode (`Tr`).
    render: u8,
}

impl GState {
    /// The fill colour is a device colour at or near white.
    fn fill_white(&self) -> bool {
        self.fill_device && is_white(self.fill)
    }

    fn initial() -> GState {
        GState {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            h_scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            fill: [0.0; 3],
            stroke: [0.0; 3],
            fill_device: true,
            stroke_device: true,
            render: 0,
        }
    }
}

/// A colour from colour operator operands: 1 gray, 3 RGB, 4 CMYK numbers.
fn colour(args: &[Operand]) -> [f32; 3] {
    let n: Vec<f32> = args
        .iter()
        .filter_map(Operand::as_f64)
        .map(|v| v.clamp(0.0, 1.0) as f32)
        .collect();
    match n.as_slice() {
        [g] => [*g; 3],
        [r, g, b] => [*r, *g, *b],
        [c, m, y, k] => [
            (1.0 - c) * (1.0 - k),
            (1.0 - m) * (1.0 - k),
            (1.0 - y) * (1.0 - k),
        ],
        _ => [0.0; 3],
    }
}

/// White enough to vanish on white paper.
fn is_white(c: [f32; 3]) -> bool {
    c.iter().all(|&v| v >= 0.97)
}

/// A colour space operand of `cs`/`CS` names a device space (gray, RGB, CMYK).
fn is_device_space(args: &[Operand]) -> bool {
    matches!(
        args.first(),
        Some(Operand::Name(n)) if matches!(n.as_slice(), b"DeviceGray" | b"DeviceRGB" | b"DeviceCMYK" | b"G" | b"RGB" | b"CMYK")
    )
}

/// Bounding box of the unit square under `m` (an image's place on the page).
pub fn unit_square_bbox(m: &Matrix) -> [f64; 4] {
    let pts = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)].map(|(x, y)| apply(m, x, y));
    let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for (x, y) in pts {
        b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
    }
    b
}

/// Seal red: a strong red, not orange, pink-white or dark brown.
pub fn is_red(c: [f32; 3]) -> bool {
    let [r, g, b] = c;
    r >= 0.55 && r - g >= 0.35 && r - b >= 0.3
}

/// A path painted in red: its bounding box in device space and whether it
/// has curves (a circle or an oval has; a rule or a table border has not).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RedShape {
    pub bbox: [f64; 4],
    pub curved: bool,
    /// Closed (`h`, a closing paint operator) or filled: an outline, not an
    /// open stroke such as handwriting.
    pub closed: bool,
    /// Filled in red as one outline, with no red stroke and no white painted
    /// over its middle afterwards: a disc, not a ring (a national emblem's
    /// red ground, a bullet), so not a seal's rim.
    pub solid: bool,
}

/// An image XObject drawn on the page, with the matrix mapping its unit
/// square to device space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedImage {
    pub id: ObjectId,
    pub ctm: Matrix,
}

/// Most red shapes or placed images recorded per page.
const MAX_RECORDED: usize = 4096;

/// The path being built: its bounding box and whether it has curves.
#[derive(Default)]
struct PathBox {
    bbox: Option<[f64; 4]>,
    curved: bool,
    closed: bool,
    /// Subpaths begun (`m`, `re`).
    subpaths: u32,
    /// First point of the path and the current point (device space).
    start: Option<(f64, f64)>,
    last: Option<(f64, f64)>,
}

impl PathBox {
    /// Closed by `h` or by ending where it started (a circle of four curves).
    fn is_closed(&self) -> bool {
        self.closed
            || matches!((self.start, self.last), (Some(a), Some(b)) if (a.0 - b.0).abs() < 0.5 && (a.1 - b.1).abs() < 0.5)
    }

    /// The current point moves to (x, y) in user space.
    fn to(&mut self, m: &Matrix, x: f64, y: f64) {
        let p = apply(m, x, y);
        if self.start.is_none() {
            self.start = Some(p);
        }
        self.last = Some(p);
        self.add(m, x, y);
    }

    fn add(&mut self, m: &Matrix, x: f64, y: f64) {
        let (x, y) = apply(m, x, y);
        if !x.is_finite() || !y.is_finite() {
            return;
        }
        self.bbox = Some(match self.bbox {
            None => [x, y, x, y],
            Some([a, b, c, d]) => [a.min(x), b.min(y), c.max(x), d.max(y)],
        });
    }
}

/// Fonts loaded so far in this document, by object id.
#[derive(Default)]
pub struct FontCache {
    by_id: HashMap<ObjectId, Arc<Font>>,
}

struct Span {
    actual_text: Option<String>,
    first_glyph: usize,
}

pub struct Interpreter<'d> {
    doc: &'d Document,
    fonts: &'d mut FontCache,
    budget: Budget,
    out: PageGlyphs,
    form_stack: Vec<ObjectId>,
    ops: u64,
}

impl<'d> Interpreter<'d> {
    pub fn new(doc: &'d Document, fonts: &'d mut FontCache, budget: Budget) -> Self {
        Interpreter {
            doc,
            fonts,
            budget,
            out: PageGlyphs::default(),
            form_stack: Vec::new(),
            ops: 0,
        }
    }

    /// Runs a page's content stream.
    pub fn run_page(&mut self, content: &[u8], resources: &[&'d Dictionary]) -> Result<(), Stop> {
        self.run(content, resources, GState::initial(), 0)
    }

    /// Places a form field's value in its rectangle, line by line from the
    /// top, as a viewer building its appearance would (a size that fits,
    /// at most 12 pt; CJK characters one em wide, others half).
    pub fn place_text(&mut self, text: &str, rect: [f64; 4]) {
        let height = rect[3] - rect[1];
        let lines: Vec<&str> = text.split(['\r', '\n']).collect();
        let size = if lines.len() > 1 {
            12.0_f64.min(height / (1.2 * lines.len() as f64))
        } else {
            12.0_f64.min(0.7 * height)
        }
        .max(6.0);
        for (i, line) in lines.iter().enumerate() {
            let y = if lines.len() > 1 {
                rect[3] - 1.2 * size * (i as f64 + 1.0)
            } else {
                rect[1] + (height - size) / 2.0
            };
            let mut x = rect[0] + 2.0;
            for c in line.chars() {
                if self.out.glyphs.len() >= self.budget.max_glyphs {
                    return;
                }
                let w = if c.is_ascii() { 0.5 * size } else { size };
                let start = self.out.text.len() as u32;
                self.out.text.push(c);
                self.out.glyphs.push(Glyph {
                    start,
                    len: c.len_utf8() as u32,
                    x,
                    y,
                    x1: x + w,
                    y1: y,
                    size,
                    unmapped: false,
                    invisible: false,
                    white: false,
                    approx_x: false,
                    approx_size: false,
                });
                x += w;
            }
        }
    }

    /// What the page showed.
    pub fn finish(self) -> PageGlyphs {
        self.out
    }

    fn resolve(&self, obj: &'d Object) -> Option<&'d Object> {
        self.doc.dereference(obj).ok().map(|(_, o)| o)
    }

    /// Looks `name` up in the `category` subdictionary of the resource chain.
    fn lookup(
        &self,
        resources: &[&'d Dictionary],
        category: &[u8],
        name: &[u8],
    ) -> Option<&'d Object> {
        resources.iter().find_map(|res| {
            let cat = self.resolve(res.get(category).ok()?)?.as_dict().ok()?;
            cat.get(name).ok()
        })
    }

    fn font(&mut self, resources: &[&'d Dictionary], name: &[u8]) -> Arc<Font> {
        let Some(obj) = self.lookup(resources, b"Font", name) else {
            return Arc::new(Font::fallback());
        };
        if let Object::Reference(id) = obj {
            if let Some(f) = self.fonts.by_id.get(id) {
                return f.clone();
            }
            let font = match self.doc.get_dictionary(*id) {
                Ok(d) => Arc::new(Font::load(self.doc, d)),
                Err(_) => Arc::new(Font::fallback()),
            };
            self.fonts.by_id.insert(*id, font.clone());
            return font;
        }
        match obj.as_dict() {
            Ok(d) => Arc::new(Font::load(self.doc, d)),
            Err(_) => Arc::new(Font::fallback()),
        }
    }

    fn note_truncated(&mut self, why: String) {
        self.out.lossy = true;
        self.note(why);
    }

    /// A note that loses no text (a loop that was cut, for instance).
    fn note(&mut self, why: String) {
        if self.out.truncated.is_none() {
            self.out.truncated = Some(why);
        }
    }

    fn run(
        &mut self,
        content: &[u8],
        resources: &[&'d Dictionary],
        mut gs: GState,
        depth: u32,
    ) -> Result<(), Stop> {
        let mut stack: Vec<GState> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut spans: Vec<Span> = Vec::new();
        let mut path = PathBox::default();
        let mut lexer = Lexer::new(content);

        while let Some((op, args)) = lexer.next_op() {
            self.ops += 1;
            if self.ops.is_multiple_of(2048) && Instant::now() > self.budget.deadline {
                return Err(Stop::Timeout);
            }
            let num = |i: usize| args.get(i).and_then(Operand::as_f64).unwrap_or(0.0);
            match op {
                b"q" if stack.len() < 256 => stack.push(gs.clone()),
                b"Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                b"cm" if args.len() >= 6 => {
                    let m = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    gs.ctm = mul(&m, &gs.ctm);
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                b"Tf" => {
                    if let Some(Operand::Name(n)) = args.first() {
                        gs.font = Some(self.font(resources, n));
                    }
                    gs.size = num(1);
                }
                b"Tc" => gs.char_spacing = num(0),
                b"Tw" => gs.word_spacing = num(0),
                b"Tz" => gs.h_scale = num(0) / 100.0,
                b"TL" => gs.leading = num(0),
                b"Ts" => gs.rise = num(0),
                b"Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, num(0), num(1)], &tlm);
                    tm = tlm;
                }
                b"TD" => {
                    gs.leading = -num(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, num(0), num(1)], &tlm);
                    tm = tlm;
                }
                b"Tm" if args.len() >= 6 => {
                    tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    tm = tlm;
                }
                b"T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                b"Tj" => {
                    if let Some(Operand::String(s)) = args.first() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                b"'" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    if let Some(Operand::String(s)) = args.first() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                b"\"" => {
                    gs.word_spacing = num(0);
                    gs.char_spacing = num(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    if let Some(Operand::String(s)) = args.get(2) {
                        self.show(s, &gs, &mut tm);
                    }
                }
                b"TJ" => {
                    if let Some(Operand::Array(items)) = args.first() {
                        let items = items.clone();
                        for item in &items {
                            match item {
                                Operand::String(s) => self.show(s, &gs, &mut tm),
                                Operand::Number(n) => {
                                    let vertical = gs.font.as_ref().is_some_and(|f| f.vertical);
                                    let adj = -n / 1000.0 * gs.size;
                                    let t = if vertical {
                                        [1.0, 0.0, 0.0, 1.0, 0.0, adj]
                                    } else {
                                        [1.0, 0.0, 0.0, 1.0, adj * gs.h_scale, 0.0]
                                    };
                                    tm = mul(&t, &tm);
                                }
                                _ => {}
                            }
                        }
                    }
                }
                b"Tr" => gs.render = num(0).clamp(0.0, 7.0) as u8,
                b"cs" => {
                    gs.fill_device = is_device_space(args);
                    gs.fill = [0.0; 3];
                }
                b"CS" => {
                    gs.stroke_device = is_device_space(args);
                    gs.stroke = [0.0; 3];
                }
                b"g" | b"rg" | b"k" | b"sc" | b"scn" => {
                    if matches!(op, b"g" | b"rg" | b"k") {
                        gs.fill_device = true;
                    }
                    gs.fill = colour(args);
                }
                b"G" | b"RG" | b"K" | b"SC" | b"SCN" => {
                    if matches!(op, b"G" | b"RG" | b"K") {
                        gs.stroke_device = true;
                    }
                    gs.stroke = colour(args);
                }
                b"m" if args.len() >= 2 => {
                    path.subpaths += 1;
                    path.to(&gs.ctm, num(0), num(1));
                }
                b"l" if args.len() >= 2 => path.to(&gs.ctm, num(0), num(1)),
                b"c" if args.len() >= 6 => {
                    for i in [0, 2] {
                        path.add(&gs.ctm, num(i), num(i + 1));
                    }
                    path.to(&gs.ctm, num(4), num(5));
                    path.curved = true;
                }
                b"v" | b"y" if args.len() >= 4 => {
                    path.add(&gs.ctm, num(0), num(1));
                    path.to(&gs.ctm, num(2), num(3));
                    path.curved = true;
                }
                b"re" if args.len() >= 4 => {
                    let (x, y, w, h) = (num(0), num(1), num(2), num(3));
                    path.subpaths += 1;
                    path.add(&gs.ctm, x, y);
                    path.add(&gs.ctm, x + w, y + h);
                    path.add(&gs.ctm, x, y + h);
                    path.add(&gs.ctm, x + w, y);
                }
                b"h" => path.closed = true,
                b"n" => path = PathBox::default(),
                b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*" | b"S" | b"s" => {
                    self.out.paths = self.out.paths.saturating_add(1);
                    let stroked = matches!(op, b"S" | b"s" | b"B" | b"B*" | b"b" | b"b*");
                    let filled = !matches!(op, b"S" | b"s");
                    let red = (stroked && is_red(gs.stroke)) || (filled && is_red(gs.fill));
                    if filled
                        && !gs.fill_white()
                        && let Some(bbox) = path.bbox
                        && self.out.dark_fills.len() < MAX_RECORDED
                    {
                        self.out.dark_fills.push(bbox);
                    }
                    if filled
                        && gs.fill_white()
                        && let Some(b) = path.bbox
                    {
                        // White over the middle of a red disc makes it a ring.
                        for r in self.out.red_shapes.iter_mut().filter(|r| r.solid) {
                            let o = r.bbox;
                            let (ow, bw) = (o[2] - o[0], b[2] - b[0]);
                            if b[0] >= o[0]
                                && b[1] >= o[1]
                                && b[2] <= o[2]
                                && b[3] <= o[3]
                                && bw >= 0.6 * ow
                            {
                                r.solid = false;
                            }
                        }
                    }
                    if red
                        && let Some(bbox) = path.bbox
                        && self.out.red_shapes.len() < MAX_RECORDED
                    {
                        self.out.red_shapes.push(RedShape {
                            bbox,
                            curved: path.curved,
                            closed: path.is_closed() || filled || matches!(op, b"s" | b"b" | b"b*"),
                            solid: filled && !(stroked && is_red(gs.stroke)) && path.subpaths <= 1,
                        });
                    }
                    path = PathBox::default();
                }
                // A shading fills the clip region: anything may lie beneath.
                b"sh" if self.out.dark_fills.len() < MAX_RECORDED => {
                    self.out.dark_fills.push([-1e9, -1e9, 1e9, 1e9]);
                }
                b"BI" => {
                    self.out.images += 1;
                    self.out.image_area += unit_square_area(&gs.ctm);
                    if self.out.image_boxes.len() < MAX_RECORDED {
                        self.out.image_boxes.push(unit_square_bbox(&gs.ctm));
                    }
                }
                b"Do" => {
                    if let Some(Operand::Name(n)) = args.first() {
                        self.do_xobject(resources, n, &gs, depth)?;
                    }
                }
                b"BMC" => spans.push(Span {
                    actual_text: None,
                    first_glyph: self.out.glyphs.len(),
                }),
                b"BDC" => {
                    let actual_text = self.actual_text(resources, args.get(1));
                    spans.push(Span {
                        actual_text,
                        first_glyph: self.out.glyphs.len(),
                    });
                }
                b"EMC" => {
                    if let Some(span) = spans.pop()
                        && let Some(text) = span.actual_text
                    {
                        self.replace_with_actual_text(span.first_glyph, &text);
                    }
                }
                _ => {}
            }
            if self.out.glyphs.len() >= self.budget.max_glyphs {
                self.note_truncated(format!(
                    "文字过多，只读取了前 {} 个字符",
                    self.budget.max_glyphs
                ));
                break;
            }
        }
        Ok(())
    }

    fn actual_text(&self, resources: &[&'d Dictionary], props: Option<&Operand>) -> Option<String> {
        let raw: Vec<u8> = match props? {
            Operand::Dict(entries) => entries.iter().find_map(|(k, v)| match v {
                Operand::String(s) if k == b"ActualText" => Some(s.clone()),
                _ => None,
            })?,
            Operand::Name(n) => {
                let dict = self.resolve(self.lookup(resources, b"Properties", n)?)?;
                let s = self.resolve(dict.as_dict().ok()?.get(b"ActualText").ok()?)?;
                s.as_str().ok()?.to_vec()
            }
            _ => return None,
        };
        Some(decode_text_string(&raw))
    }

    /// Replaces the glyphs shown since `first` with one glyph carrying `text`,
    /// spanning from the first glyph's origin to the last one's end.
    fn replace_with_actual_text(&mut self, first: usize, text: &str) {
        let glyphs = &mut self.out.glyphs;
        if first >= glyphs.len() {
            return;
        }
        let (Some(head), Some(tail)) = (glyphs.get(first).copied(), glyphs.last().copied()) else {
            return;
        };
        glyphs.truncate(first);
        let start = self.out.text.len() as u32;
        self.out.text.push_str(text);
        glyphs.push(Glyph {
            start,
            len: text.len() as u32,
            x1: tail.x1,
            y1: tail.y1,
            unmapped: false,
            ..head
        });
    }

    fn do_xobject(
        &mut self,
        resources: &[&'d Dictionary],
        name: &[u8],
        gs: &GState,
        depth: u32,
    ) -> Result<(), Stop> {
        let Some(obj) = self.lookup(resources, b"XObject", name) else {
            return Ok(());
        };
        let Some(Object::Stream(stream)) = self.resolve(obj) else {
            return Ok(());
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name).ok() {
            Some(b"Image") => {
                self.out.images += 1;
                self.out.image_area += unit_square_area(&gs.ctm);
                if self.out.image_boxes.len() < MAX_RECORDED {
                    self.out.image_boxes.push(unit_square_bbox(&gs.ctm));
                }
                if let Object::Reference(id) = obj
                    && self.out.placed_images.len() < MAX_RECORDED
                {
                    self.out.placed_images.push(PlacedImage {
                        id: *id,
                        ctm: gs.ctm,
                    });
                }
                Ok(())
            }
            Some(b"Form") => self.run_form(obj, resources, gs, depth),
            _ => Ok(()),
        }
    }

    /// Runs a Form XObject (`obj`, a stream or a reference to one) with the
    /// graphics state `gs`; its own `/Matrix` and `/Resources` apply inside.
    fn run_form(
        &mut self,
        obj: &'d Object,
        resources: &[&'d Dictionary],
        gs: &GState,
        depth: u32,
    ) -> Result<(), Stop> {
        let id = match obj {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        let Some(Object::Stream(stream)) = self.resolve(obj) else {
            return Ok(());
        };
        if depth >= self.budget.max_form_depth {
            self.note_truncated("表单对象（Form XObject）嵌套过深，已跳过内层内容".into());
            return Ok(());
        }
        if let Some(id) = id {
            if self.form_stack.contains(&id) {
                self.note("表单对象（Form XObject）引用自身，已跳过".into());
                return Ok(());
            }
            self.form_stack.push(id);
        }
        let result = self.run_form_stream(stream, resources, gs, depth);
        if id.is_some() {
            self.form_stack.pop();
        }
        result
    }

    fn run_form_stream(
        &mut self,
        stream: &'d lopdf::Stream,
        resources: &[&'d Dictionary],
        gs: &GState,
        depth: u32,
    ) -> Result<(), Stop> {
        let content = match super::stream_content(self.doc, stream, self.budget.max_stream_bytes) {
            Ok(c) => c,
            Err(e) => {
                self.note_truncated(format!("表单对象（Form XObject）内容无法读取：{e}"));
                return Ok(());
            }
        };
        let matrix = self.matrix_of(&stream.dict, b"Matrix").unwrap_or(IDENTITY);
        let mut inner = gs.clone();
        inner.ctm = mul(&matrix, &gs.ctm);
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|r| self.resolve(r))
            .and_then(|r| r.as_dict().ok());
        let mut chain: Vec<&'d Dictionary> = Vec::with_capacity(resources.len() + 1);
        chain.extend(own);
        chain.extend_from_slice(resources);
        self.run(&content, &chain, inner, depth + 1)
    }

    fn numbers(&self, obj: &'d Object) -> Vec<f64> {
        self.resolve(obj)
            .and_then(|m| m.as_array().ok())
            .map(|a| {
                a.iter()
                    .filter_map(|o| match self.resolve(o) {
                        Some(Object::Integer(i)) => Some(*i as f64),
                        Some(Object::Real(r)) => Some(f64::from(*r)),
                        _ => None,
                    })
                    .filter(|v| v.is_finite())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn matrix_of(&self, dict: &'d Dictionary, key: &[u8]) -> Option<Matrix> {
        let v = self.numbers(dict.get(key).ok()?);
        <[f64; 6]>::try_from(v.as_slice()).ok()
    }

    /// Runs the normal appearance stream of an annotation (form fields, free
    /// text, stamps), placed on its `/Rect` as the PDF spec prescribes.
    /// Hidden annotations are skipped.
    pub fn run_annotation(
        &mut self,
        annot: &'d Dictionary,
        resources: &[&'d Dictionary],
    ) -> Result<(), Stop> {
        let flags = annot
            .get(b"F")
            .ok()
            .and_then(|f| self.resolve(f))
            .and_then(|f| f.as_i64().ok())
            .unwrap_or(0);
        if flags & 2 != 0 {
            return Ok(());
        }
        let Some(ap) = annot
            .get(b"AP")
            .ok()
            .and_then(|o| self.resolve(o))
            .and_then(|o| o.as_dict().ok())
        else {
            return Ok(());
        };
        let Ok(normal) = ap.get(b"N") else {
            return Ok(());
        };
        // /N is a stream, or a dictionary of appearance states chosen by /AS.
        let form: &'d Object = match self.resolve(normal) {
            Some(Object::Stream(_)) => normal,
            Some(Object::Dictionary(states)) => {
                let Some(state) = annot.get(b"AS").ok().and_then(|s| s.as_name().ok()) else {
                    return Ok(());
                };
                match states.get(state) {
                    Ok(o) => o,
                    Err(_) => return Ok(()),
                }
            }
            _ => return Ok(()),
        };
        let Some(Object::Stream(stream)) = self.resolve(form) else {
            return Ok(());
        };
        let rect = annot
            .get(b"Rect")
            .map(|r| self.numbers(r))
            .unwrap_or_default();
        let bbox = stream
            .dict
            .get(b"BBox")
            .map(|r| self.numbers(r))
            .unwrap_or_default();
        let (Ok([rx0, ry0, rx1, ry1]), Ok([bx0, by0, bx1, by1])) = (
            <[f64; 4]>::try_from(rect.as_slice()),
            <[f64; 4]>::try_from(bbox.as_slice()),
        ) else {
            return Ok(());
        };
        let m = self.matrix_of(&stream.dict, b"Matrix").unwrap_or(IDENTITY);
        // The transformed BBox's bounding box is mapped onto the Rect.
        let corners =
            [(bx0, by0), (bx1, by0), (bx0, by1), (bx1, by1)].map(|(x, y)| apply(&m, x, y));
        let (mut minx, mut miny, mut maxx, mut maxy) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (x, y) in corners {
            minx = minx.min(x);
            miny = miny.min(y);
            maxx = maxx.max(x);
            maxy = maxy.max(y);
        }
        let (w, h) = (maxx - minx, maxy - miny);
        let (rx0, rx1) = (rx0.min(rx1), rx0.max(rx1));
        let (ry0, ry1) = (ry0.min(ry1), ry0.max(ry1));
        let sx = if w.abs() > 1e-9 { (rx1 - rx0) / w } else { 1.0 };
        let sy = if h.abs() > 1e-9 { (ry1 - ry0) / h } else { 1.0 };
        let placement = [sx, 0.0, 0.0, sy, rx0 - minx * sx, ry0 - miny * sy];
        let gs = GState {
            ctm: placement,
            ..GState::initial()
        };
        self.run_form(form, resources, &gs, 0)
    }

    fn show(&mut self, bytes: &[u8], gs: &GState, tm: &mut Matrix) {
        let Some(font) = gs.font.clone() else {
            // Text without a font: PDF requires Tf first; use a fallback so the
            // text is not lost.
            let mut tmp = gs.clone();
            tmp.font = Some(Arc::new(Font::fallback()));
            if tmp.size == 0.0 {
                tmp.size = 12.0;
            }
            return self.show(bytes, &tmp, tm);
        };
        let fs = gs.size;
        let vertical = font.vertical;
        let max_glyphs = self.budget.max_glyphs;
        let invisible = matches!(gs.render, 3 | 7);
        let approx_x = !font.widths_known();
        let approx_size = font.size_guessed();
        let white = match gs.render {
            1 | 5 => gs.stroke_device && is_white(gs.stroke),
            _ => gs.fill_white(),
        };
        let out = &mut self.out;
        font.decode(bytes, |code| {
            if out.glyphs.len() >= max_glyphs {
                return false;
            }
            let trm = mul(tm, &gs.ctm);
            let (x, y) = apply(&trm, 0.0, gs.rise);
            let glyph_w = code.width * fs * gs.h_scale;
            let spacing = gs.char_spacing + if code.is_space { gs.word_spacing } else { 0.0 };
            let (x1, y1, advance) = if vertical {
                let (x1, y1) = apply(&trm, 0.0, gs.rise - fs);
                (x1, y1, [1.0, 0.0, 0.0, 1.0, 0.0, -(fs + spacing)])
            } else {
                let (x1, y1) = apply(&trm, glyph_w, gs.rise);
                (
                    x1,
                    y1,
                    [
                        1.0,
                        0.0,
                        0.0,
                        1.0,
                        (code.width * fs + spacing) * gs.h_scale,
                        0.0,
                    ],
                )
            };
            // Em size: length of the text-space y unit in device space.
            let size = (trm[2].hypot(trm[3]) * fs * font.size_scale).abs();
            let start = out.text.len() as u32;
            let unmapped = match &code.text {
                CodeText::Char(c) => {
                    out.text.push(*c);
                    false
                }
                CodeText::Str(s) => {
                    out.text.push_str(s);
                    false
                }
                CodeText::Unmapped => {
                    out.text.push('\u{FFFD}');
                    true
                }
            };
            let len = out.text.len() as u32 - start;
            if x.is_finite()
                && y.is_finite()
                && x1.is_finite()
                && y1.is_finite()
                && size.is_finite()
            {
                out.glyphs.push(Glyph {
                    start,
                    len,
                    x,
                    y,
                    x1,
                    y1,
                    size,
                    unmapped,
                    invisible,
                    white,
                    approx_x,
                    approx_size,
                });
            }
            *tm = mul(&advance, tm);
            true
        });
    }
}

fn unit_square_area(m: &Matrix) -> f64 {
    (m[0] * m[3] - m[1] * m[2]).abs()
}

/// Decodes a PDF text string: UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding
/// (approximated by Latin-1, which it equals for printable ASCII and most letters).
pub fn decode_text_string(raw: &[u8]) -> String {
    if let Some(rest) = raw.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = raw.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    raw.iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_order() {
        let t = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        let s = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        // Translate then scale.
        assert_eq!(apply(&mul(&t, &s), 0.0, 0.0), (20.0, 40.0));
    }

    #[test]
    fn text_strings() {
        assert_eq!(decode_text_string(&[0xFE, 0xFF, 0x4E, 0x2D]), "中");
        assert_eq!(decode_text_string(b"abc"), "abc");
    }
}
