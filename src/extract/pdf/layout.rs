//! Reading order: turns a page's glyphs into lines of text.
//!
//! Glyphs are grouped by writing direction (after the page's `/Rotate`), then
//! into lines by baseline, lines ordered top to bottom and glyphs left to right.
//! A space is inserted only where the gap between glyphs is wide enough —
//! never between CJK characters that merely sit apart in justified text.
//! Overprinted duplicates (fake bold) are dropped. Multi-column detection is
//! out of scope: a row of a table comes out as one line, which is what the
//! rule patterns expect.

use super::interp::{Glyph, PageGlyphs};

/// A glyph in reading space: baseline along +x, "up" is +y.
#[derive(Clone, Copy)]
struct Placed {
    x: f64,
    y: f64,
    x1: f64,
    size: f64,
    idx: usize,
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3100..=0x312F
        | 0x3200..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Rotates `(x, y)` by `-quarter × 90°`.
fn rotate(x: f64, y: f64, quarter: u8) -> (f64, f64) {
    match quarter % 4 {
        0 => (x, y),
        1 => (y, -x),
        2 => (-x, -y),
        _ => (-y, x),
    }
}

/// Lays out a page. `rotate` is the page's `/Rotate` in degrees.
pub fn page_text(page: &PageGlyphs, page_rotate: i64) -> String {
    let page_quarter = (page_rotate.rem_euclid(360) / 90) as u8;
    // Direction buckets: 0..=3 quarter turns of the baseline, 4 = skewed.
    let mut buckets: [Vec<Placed>; 5] = Default::default();
    for (idx, g) in page.glyphs.iter().enumerate() {
        let (x, y) = rotate(g.x, g.y, page_quarter);
        let (x1, y1) = rotate(g.x1, g.y1, page_quarter);
        let (dx, dy) = (x1 - x, y1 - y);
        let quarter = if dx.abs() < 1e-9 && dy.abs() < 1e-9 {
            Some(0)
        } else {
            let angle = dy.atan2(dx).to_degrees().rem_euclid(360.0);
            let nearest = (angle / 90.0).round();
            if (angle - nearest * 90.0).abs() <= 10.0 {
                Some((nearest as u8) % 4)
            } else {
                None
            }
        };
        match quarter {
            Some(q) => {
                let (rx, ry) = rotate(x, y, q);
                let (rx1, _) = rotate(x1, y1, q);
                buckets[q as usize].push(Placed {
                    x: rx,
                    y: ry,
                    x1: rx1.max(rx),
                    size: g.size.max(0.1),
                    idx,
                });
            }
            None => buckets[4].push(Placed {
                x: idx as f64,
                y: 0.0,
                x1: idx as f64,
                size: g.size.max(0.1),
                idx,
            }),
        }
    }
    let mut out = String::new();
    for q in [0usize, 1, 3, 2] {
        lay_out_lines(page, &mut buckets[q], &mut out);
    }
    // Skewed text (watermarks, stamps): one line in content order.
    if !buckets[4].is_empty() {
        let line: String = buckets[4]
            .iter()
            .map(|p| page.text_of(&page.glyphs[p.idx]))
            .collect();
        let line = line.trim();
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A run of glyphs that the content stream shows one after another along one
/// baseline: a word, a phrase, one line of a table cell.
struct Chunk {
    glyphs: Vec<Placed>,
    /// Glyphs of wrapped table-cell lines merged onto this chunk, in order.
    continuation: Vec<Placed>,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    merged: bool,
}

impl Chunk {
    fn new(g: Placed) -> Chunk {
        Chunk {
            glyphs: vec![g],
            continuation: Vec::new(),
            x0: g.x,
            x1: g.x1,
            y: g.y,
            size: g.size,
            merged: false,
        }
    }
}

/// Splits glyphs (in content order) into chunks.
fn chunks(page: &PageGlyphs, glyphs: &[Placed]) -> Vec<Chunk> {
    let mark = |g: &Placed| {
        page.glyphs[g.idx].unmapped || MARKS.contains(&page.text_of(&page.glyphs[g.idx]).trim())
    };
    let mut out: Vec<Chunk> = Vec::new();
    for g in glyphs {
        if let Some(c) = out.last_mut()
            && let Some(p) = c.glyphs.last()
        {
            let size = p.size.max(g.size);
            let same_baseline = (p.y - g.y).abs() < 0.3 * size;
            let gap = g.x - p.x1;
            // A check mark set apart from the text before or after it (a
            // cell of its own: 医疗护理员 | √ | √) is a chunk of its own,
            // for `mark_headings`.
            let apart = gap > 0.5 * size && (mark(g) || mark(p));
            if same_baseline && gap > -0.5 * size && gap < 1.5 * size && !apart {
                c.x1 = c.x1.max(g.x1);
                c.size = c.size.max(g.size);
                c.glyphs.push(*g);
                continue;
            }
        }
        out.push(Chunk::new(*g));
    }
    out
}

/// Table cells that wrap: a producer that writes a cell's lines one after the
/// other and then goes back up to the next cell of the row. Chunk `a` is
/// followed in content order by chunks directly below it, left-aligned with
/// it, and then by a chunk back up at `a`'s height or above: those chunks are
/// the rest of `a`'s cell and are read right after `a`.
fn merge_wrapped_cells(chunks: &mut [Chunk]) {
    let n = chunks.len();
    let mut i = 0;
    while i < n {
        let (ax0, ay, asize) = (chunks[i].x0, chunks[i].y, chunks[i].size);
        let mut j = i + 1;
        let mut prev_y = ay;
        while j < n {
            let c = &chunks[j];
            let below = prev_y - c.y;
            let aligned = (c.x0 - ax0).abs() < 0.6 * asize;
            if aligned && below > 0.5 * asize && below < 2.0 * asize.max(c.size) {
                prev_y = c.y;
                j += 1;
            } else {
                break;
            }
        }
        let goes_back_up = j < n && j > i + 1 && chunks[j].y > ay - 0.3 * asize;
        if goes_back_up {
            for k in i + 1..j {
                let glyphs = std::mem::take(&mut chunks[k].glyphs);
                chunks[k].merged = true;
                chunks[i].continuation.extend(glyphs);
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

fn lay_out_lines(page: &PageGlyphs, glyphs: &mut [Placed], out: &mut String) {
    if glyphs.is_empty() {
        return;
    }
    glyphs.sort_by_key(|g| g.idx);
    let mut chunks = chunks(page, glyphs);
    merge_wrapped_cells(&mut chunks);
    let live: Vec<&Chunk> = chunks.iter().filter(|c| !c.merged).collect();
    let lines: Vec<Vec<&Chunk>> = group_lines(live)
        .into_iter()
        .flat_map(|line| separate_overprints(page, line))
        .collect();
    match find_gutter(&lines) {
        Some(gutter) => write_columns(page, &lines, gutter, out),
        None => {
            for (i, line) in lines.iter().enumerate() {
                let headings = mark_headings(page, &lines, i);
                write_line_with(page, line, &headings, out);
            }
        }
    }
}

/// Check-box marks that may stand alone in a table cell.
use crate::extract::MARKS;

/// Text of a chunk (its glyphs only), trimmed.
fn chunk_text(page: &PageGlyphs, c: &Chunk) -> String {
    c.glyphs
        .iter()
        .map(|g| page.text_of(&page.glyphs[g.idx]))
        .collect::<String>()
        .trim()
        .to_string()
}

/// A check mark alone, or a glyph alone that maps to no character (a ☑ its
/// font lacks, drawn as `.notdef`): in a grid of options it marks a column
/// as much as a box does, and `ticked` reads it as an option without a box.
fn is_mark(page: &PageGlyphs, c: &Chunk) -> bool {
    // A mark is one glyph (two with a space): skip building the text of
    // every other chunk of every line.
    c.glyphs.len() <= 2 && c.continuation.is_empty() && {
        let text = chunk_text(page, c);
        MARKS.contains(&text.as_str()) || text == "\u{FFFD}"
    }
}

/// A chunk's glyphs split where the gap between two glyphs exceeds half the
/// type size: (x0, x1, text) per piece.
fn cells_of(page: &PageGlyphs, c: &Chunk) -> Vec<(f64, f64, String)> {
    let mut out: Vec<(f64, f64, String)> = Vec::new();
    let mut last_x1 = f64::NAN;
    for g in &c.glyphs {
        let text = page.text_of(&page.glyphs[g.idx]);
        match out.last_mut() {
            Some(cell) if g.x - last_x1 <= 0.5 * g.size => {
                cell.1 = cell.1.max(g.x1);
                cell.2.push_str(text);
            }
            _ => out.push((g.x, g.x1, text.to_string())),
        }
        last_x1 = g.x1;
    }
    for cell in &mut out {
        cell.2 = cell.2.trim().to_string();
    }
    out.retain(|cell| !cell.2.is_empty());
    out
}

/// A grid with options as column headings and a mark under the chosen ones
/// (职业 编码 五级 四级 三级 / 盆景师 4-09-10-03 ✓ ✓): read left to right, the
/// marks lose their columns. Each lone mark of line `i` is given the text of
/// the heading cell above it, written right after the mark (✓五级), when every
/// mark of the line sits under a different cell of one earlier heading line
/// (at most six lines up, with no marks of its own and at least two cells),
/// and no mark touches text of its own line.
fn mark_headings<'a>(
    page: &PageGlyphs,
    lines: &[Vec<&'a Chunk>],
    i: usize,
) -> Vec<(&'a Chunk, String)> {
    let line = &lines[i];
    let marks: Vec<&Chunk> = line.iter().copied().filter(|c| is_mark(page, c)).collect();
    if marks.is_empty() {
        return Vec::new();
    }
    let size = marks.iter().map(|c| c.size).fold(0.0, f64::max);
    // A mark touching text on its own line is a box of that text (☑二级, a
    // box drawn after its label in content order), not a mark in a column.
    let touches = |m: &Chunk| {
        line.iter().any(|c| {
            !std::ptr::eq(*c, m)
                && !is_mark(page, c)
                && ((c.x0 - m.x1).abs() < 0.6 * size || (m.x0 - c.x1).abs() < 0.6 * size)
        })
    };
    if marks.iter().any(|m| touches(m)) {
        return Vec::new();
    }
    for h in (i.saturating_sub(6)..i).rev() {
        let head = &lines[h];
        if head.iter().any(|c| is_mark(page, c)) || head.len() < 2 {
            continue;
        }
        if head.iter().map(|c| c.y).fold(f64::MIN, f64::max) - line[0].y > 12.0 * size {
            break;
        }
        // Heading cells: a chunk's glyphs split at visible gaps (cells
        // drawn close together run into one chunk).
        let heads: Vec<(f64, f64, String)> = head.iter().flat_map(|c| cells_of(page, c)).collect();
        let cell_over = |m: &Chunk| {
            let centre = (m.x0 + m.x1) / 2.0;
            let pad = 0.5 * size;
            heads
                .iter()
                .position(|(x0, x1, _)| centre >= x0 - pad && centre <= x1 + pad)
        };
        let cells: Vec<Option<usize>> = marks.iter().map(|m| cell_over(m)).collect();
        if cells.iter().all(Option::is_none) {
            continue;
        }
        let mut seen: Vec<usize> = cells.iter().flatten().copied().collect();
        seen.sort_unstable();
        seen.dedup();
        // A line over only some of the marks is a heading's wrapped second
        // line or a cell of the row above: the heading is further up.
        if cells.iter().any(Option::is_none) {
            continue;
        }
        if seen.len() != cells.len() {
            return Vec::new();
        }
        let found: Vec<(&Chunk, String)> = marks
            .iter()
            .zip(&cells)
            .filter_map(|(m, c)| Some((*m, heads.get((*c)?)?.2.clone())))
            .collect();
        // Options written on the mark's own line (五级 ☑ 四级 □) are read
        // from the line itself.
        let own: Vec<String> = line
            .iter()
            .flat_map(|c| cells_of(page, c))
            .map(|(_, _, t)| t)
            .collect();
        if heads.iter().any(|(_, _, t)| own.contains(t)) {
            return Vec::new();
        }
        return found;
    }
    Vec::new()
}

/// Groups chunks into lines by baseline, top to bottom; each line left to right.
fn group_lines(mut live: Vec<&Chunk>) -> Vec<Vec<&Chunk>> {
    // Top to bottom; content order breaks ties (the sort is stable).
    live.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut lines: Vec<Vec<&Chunk>> = Vec::new();
    let mut line_y = f64::NAN;
    let mut line_size: f64 = 0.0;
    for c in live {
        let same_line =
            !lines.is_empty() && (line_y - c.y).abs() < 0.5 * line_size.min(c.size).max(0.5);
        if same_line {
            if let Some(line) = lines.last_mut() {
                line.push(c);
            }
            line_size = line_size.max(c.size);
        } else {
            lines.push(vec![c]);
            line_y = c.y;
            line_size = c.size;
        }
    }
    for line in &mut lines {
        line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    lines
}

/// Layers of overprinted text kept apart on one line.
const MAX_LAYERS: usize = 8;

/// Text printed over other text on one line — a seal's lettering over the
/// date of a signature, a stamp over a table cell — cannot be read left to
/// right as one line. A chunk that covers more than half of an earlier
/// chunk's span (or of its own) goes to a layer of its own; each layer is a
/// line, top first. Two exceptions stay on the line: a copy of the same
/// glyphs at almost the same place (fake bold, a shadow), and a short run of the same size
/// on the same baseline lying inside the other (quotes drawn later in another
/// font), which `merge_overlapping` puts back in place.
fn separate_overprints<'a>(page: &PageGlyphs, line: Vec<&'a Chunk>) -> Vec<Vec<&'a Chunk>> {
    if line.len() < 2 {
        return vec![line];
    }
    let text_of = |g: &Placed| page.text_of(&page.glyphs[g.idx]);
    let covers = |a: &Chunk, b: &Chunk| {
        let overlap = a.x1.min(b.x1) - a.x0.max(b.x0);
        let narrow = (a.x1 - a.x0).min(b.x1 - b.x0).max(0.1);
        overlap > 0.5 * narrow
    };
    let mut layers: Vec<Vec<&'a Chunk>> = Vec::new();
    'chunks: for c in line {
        for layer in layers.iter_mut() {
            // Chunks come left to right: only the last few of a layer can
            // reach under this one (bounded work on a line of many chunks).
            let Some(hit) = layer.iter().rev().take(8).find(|h| covers(h, c)) else {
                layer.push(c);
                continue 'chunks;
            };
            if is_inside_run(c, hit) {
                layer.push(c);
                continue 'chunks;
            }
            // Fake bold or a shadow: the glyphs over the other chunk repeat
            // its glyphs at almost the same place. A full copy is dropped; a
            // partial one stays for `push_glyph` to deduplicate.
            let over: Vec<&Placed> = c
                .glyphs
                .iter()
                .filter(|g| g.x < hit.x1 - 0.3 * g.size && g.x1 > hit.x0 + 0.3 * g.size)
                .collect();
            let copies = over
                .iter()
                .filter(|g| {
                    hit.glyphs.iter().any(|h| {
                        (h.x - g.x).abs() < 0.3 * g.size
                            && (h.y - g.y).abs() < 0.3 * g.size
                            && text_of(h) == text_of(g)
                    })
                })
                .count();
            if copies > 0 && copies == over.len() {
                if copies == c.glyphs.len() && c.continuation.is_empty() {
                    continue 'chunks;
                }
                layer.push(c);
                continue 'chunks;
            }
        }
        match layers.get_mut(MAX_LAYERS - 1) {
            // Text stacked deeper than this (a pathological page) shares
            // the last layer.
            Some(last) => last.push(c),
            None => layers.push(vec![c]),
        }
    }
    if layers.len() > 1 {
        let top = |l: &Vec<&Chunk>| l.iter().map(|c| c.y).fold(f64::MIN, f64::max);
        layers.sort_by(|a, b| top(b).total_cmp(&top(a)));
    }
    layers
}

/// A short run of the same size on the same baseline lying wholly inside
/// `host`: glyphs a producer drew later in another font.
fn is_inside_run(chunk: &Chunk, host: &Chunk) -> bool {
    chunk.glyphs.len() <= 3
        && chunk.continuation.is_empty()
        && host.continuation.is_empty()
        && chunk.x0 > host.x0
        && chunk.x1 <= host.x1 + 0.3 * host.size
        && (chunk.size - host.size).abs() < 0.2 * host.size
        && (chunk.y - host.y).abs() < 0.15 * host.size
}

/// Whether the host run leaves a gap between two of its glyphs where
/// `chunk` lies: the room a producer left for glyphs it draws later. Without
/// one (widths misread, a last glyph drawn by a separate operator) the chunk
/// is read after the host, in content order.
fn fits_a_gap(chunk: &Chunk, host: &Chunk) -> bool {
    let tol = 0.3 * host.size;
    let width = chunk.x1 - chunk.x0;
    host.glyphs.windows(2).any(|w| {
        w[1].x - w[0].x1 >= 0.6 * width && w[0].x1 <= chunk.x0 + tol && w[1].x >= chunk.x1 - tol
    })
}

/// A vertical gutter between two columns of running text: an x that almost
/// no chunk crosses, with at least 8 lines of text on each side whose chunks
/// are on average a quarter of the text width or wider (prose, not the narrow
/// label column of a form). Tables and forms do not qualify, so their rows
/// stay whole.
fn find_gutter(lines: &[Vec<&Chunk>]) -> Option<f64> {
    let all: Vec<&Chunk> = lines.iter().flatten().copied().collect();
    if all.len() < 16 {
        return None;
    }
    let x0 = all.iter().map(|c| c.x0).fold(f64::MAX, f64::min);
    let x1 = all.iter().map(|c| c.x1).fold(f64::MIN, f64::max);
    let width = x1 - x0;
    if width <= 0.0 {
        return None;
    }
    let crossing = |x: f64| all.iter().filter(|c| c.x0 < x && c.x1 > x).count();
    let (best_x, best_n) = (30..=70)
        .map(|pct| x0 + width * f64::from(pct) / 100.0)
        .map(|x| (x, crossing(x)))
        .min_by(|a, b| {
            a.1.cmp(&b.1).then(
                (a.0 - (x0 + width / 2.0))
                    .abs()
                    .total_cmp(&(b.0 - (x0 + width / 2.0)).abs()),
            )
        })?;
    if best_n > 2.max(all.len() * 3 / 100) {
        return None;
    }
    let side = |left: bool| -> (usize, f64) {
        let mut n = 0;
        let mut total = 0.0;
        for line in lines {
            let parts: Vec<&&Chunk> = line
                .iter()
                .filter(|c| if left { c.x1 <= best_x } else { c.x0 >= best_x })
                .collect();
            if !parts.is_empty() {
                n += 1;
                total += parts.iter().map(|c| c.x1 - c.x0).sum::<f64>();
            }
        }
        (n, if n > 0 { total / n as f64 } else { 0.0 })
    };
    let (ln, lw) = side(true);
    let (rn, rw) = side(false);
    let prose = |n: usize, w: f64| n >= 8 && w >= 0.25 * width;
    (prose(ln, lw) && prose(rn, rw)).then_some(best_x)
}

/// Writes a page with two columns: bands of lines that do not cross the
/// gutter are written left column first, then right; a line that crosses it
/// (a title, a full-width figure caption) is written whole between bands.
fn write_columns(page: &PageGlyphs, lines: &[Vec<&Chunk>], gutter: f64, out: &mut String) {
    let mut left: Vec<Vec<&Chunk>> = Vec::new();
    let mut right: Vec<Vec<&Chunk>> = Vec::new();
    let flush = |left: &mut Vec<Vec<&Chunk>>, right: &mut Vec<Vec<&Chunk>>, out: &mut String| {
        for line in left.drain(..).chain(right.drain(..)) {
            write_line(page, &line, out);
        }
    };
    for line in lines {
        if line.iter().any(|c| c.x0 < gutter && c.x1 > gutter) {
            flush(&mut left, &mut right, out);
            write_line(page, line, out);
            continue;
        }
        let (l, r): (Vec<&Chunk>, Vec<&Chunk>) = line.iter().partition(|c| c.x1 <= gutter);
        if !l.is_empty() {
            left.push(l);
        }
        if !r.is_empty() {
            right.push(r);
        }
    }
    flush(&mut left, &mut right, out);
}

/// A line's chunks, with a short run that a producer drew later inside an
/// earlier run (curly quotes or a symbol in another font) put back in x
/// order. Only a few glyphs of the same size on the same baseline, lying
/// wholly inside the run: the text of a seal overlapping a signature, at
/// other sizes and baselines, stays apart.
fn merge_overlapping<'a>(line: &[&'a Chunk]) -> Vec<(Vec<Placed>, &'a [Placed], &'a Chunk)> {
    let mut out: Vec<(Vec<Placed>, &'a [Placed], &'a Chunk)> = Vec::new();
    for chunk in line {
        match out.last_mut() {
            Some((glyphs, _, host)) if is_inside_run(chunk, host) && fits_a_gap(chunk, host) => {
                glyphs.extend(chunk.glyphs.iter().copied());
                glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
            }
            _ => out.push((chunk.glyphs.clone(), &chunk.continuation, chunk)),
        }
    }
    out
}

fn write_line(page: &PageGlyphs, line: &[&Chunk], out: &mut String) {
    write_line_with(page, line, &[], out);
}

/// Writes one line; a chunk listed in `headings` is followed by its text.
fn write_line_with(
    page: &PageGlyphs,
    line: &[&Chunk],
    headings: &[(&Chunk, String)],
    out: &mut String,
) {
    let start_len = out.len();
    let mut kept: Vec<Placed> = Vec::new();
    for (glyphs, continuation, chunk) in merge_overlapping(line) {
        for (k, g) in glyphs.iter().chain(continuation).enumerate() {
            let continued = k >= glyphs.len();
            push_glyph(page, g, continued && k == glyphs.len(), &mut kept, out);
        }
        if let Some((_, heading)) = headings.iter().find(|(c, _)| std::ptr::eq(*c, chunk)) {
            out.push_str(heading);
        }
    }
    // Collapse runs of whitespace inside the line and trim it.
    let line: String = {
        let raw = &out[start_len..];
        let mut s = String::with_capacity(raw.len());
        let mut last_space = true;
        for c in raw.chars() {
            if c.is_whitespace() {
                if !last_space {
                    s.push(' ');
                }
                last_space = true;
            } else {
                s.push(c);
                last_space = false;
            }
        }
        s.truncate(s.trim_end().len());
        s
    };
    out.truncate(start_len);
    if !line.is_empty() {
        out.push_str(&line);
        out.push('\n');
    }
}

/// Appends one glyph's text, with a space before it when the gap (or a wrap
/// inside a table cell between two non-CJK characters) calls for one.
fn push_glyph(
    page: &PageGlyphs,
    g: &Placed,
    wrap_start: bool,
    kept: &mut Vec<Placed>,
    out: &mut String,
) {
    let text = page.text_of(&page.glyphs[g.idx]);
    if text.is_empty() {
        return;
    }
    // Overprinted duplicate (fake bold, shadow): same text almost at the
    // same place as one of the last few glyphs.
    let dup = kept.iter().rev().take(4).any(|k| {
        (k.x - g.x).abs() < 0.2 * g.size
            && (k.y - g.y).abs() < 0.2 * g.size
            && page.text_of(&page.glyphs[k.idx]) == text
    });
    if dup {
        return;
    }
    if let Some(prev) = kept.last() {
        let prev_text = page.text_of(&page.glyphs[prev.idx]);
        let cjk =
            prev_text.chars().last().is_some_and(is_cjk) || text.chars().next().is_some_and(is_cjk);
        let size = prev.size.max(g.size);
        let gap = g.x - prev.x1;
        let threshold = if cjk { 1.5 * size } else { 0.15 * size };
        let wide = if wrap_start { !cjk } else { gap > threshold };
        let already_space =
            prev_text.ends_with(char::is_whitespace) || text.starts_with(char::is_whitespace);
        if wide && !already_space {
            out.push(' ');
        }
    }
    out.push_str(text);
    kept.push(*g);
}

/// Glyph count helper used by the quality signal.
pub fn mapped_glyphs(page: &PageGlyphs) -> (usize, usize) {
    let unmapped = page.glyphs.iter().filter(|g: &&Glyph| g.unmapped).count();
    (page.glyphs.len() - unmapped, unmapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(items: &[(&str, f64, f64)]) -> PageGlyphs {
        let mut p = PageGlyphs::default();
        for (t, x, y) in items {
            let start = p.text.len() as u32;
            p.text.push_str(t);
            p.glyphs.push(Glyph {
                start,
                len: t.len() as u32,
                x: *x,
                y: *y,
                x1: x + 10.0,
                y1: *y,
                size: 10.0,
                unmapped: *t == "\u{FFFD}",
                invisible: false,
                white: false,
                approx_x: false,
                approx_size: false,
            });
        }
        p
    }

    #[test]
    fn a_mark_under_a_column_heading_carries_the_heading() {
        // 五级 四级 三级 head the columns (the last two drawn close enough to
        // run into one chunk); the row marks 四级 and 三级.
        let mut items = vec![("职", 0.0, 100.0), ("业", 10.0, 100.0)];
        items.extend([("五", 100.0, 100.0), ("级", 110.0, 100.0)]);
        items.extend([("四", 135.0, 100.0), ("级", 145.0, 100.0)]);
        items.extend([("三", 164.0, 100.0), ("级", 174.0, 100.0)]);
        items.extend([("盆", 0.0, 85.0), ("景", 10.0, 85.0), ("师", 20.0, 85.0)]);
        items.extend([("✓", 140.0, 85.0), ("✓", 170.0, 85.0)]);
        assert_eq!(
            page_text(&glyphs(&items), 0),
            "职业 五级四级三级\n盆景师 ✓四级 ✓三级\n"
        );
        // A mark off every column, or marks next to options on their own
        // line, are left as they are.
        let p = glyphs(&[
            ("五", 100.0, 100.0),
            ("级", 110.0, 100.0),
            ("四", 135.0, 100.0),
            ("级", 145.0, 100.0),
            ("✓", 300.0, 85.0),
        ]);
        assert_eq!(page_text(&p, 0), "五级四级\n✓\n");
        let p = glyphs(&[
            ("五", 100.0, 100.0),
            ("级", 110.0, 100.0),
            ("四", 135.0, 100.0),
            ("级", 145.0, 100.0),
            ("五", 100.0, 85.0),
            ("级", 110.0, 85.0),
            ("☑", 140.0, 85.0),
        ]);
        assert_eq!(page_text(&p, 0), "五级四级\n五级 ☑\n");
    }

    #[test]
    fn a_glyph_its_font_lacks_alone_in_a_column_carries_the_heading() {
        // reportlab's .notdef for a ☑ the font lacks, beside real □ boxes.
        let mut items = vec![("五", 100.0, 100.0), ("级", 110.0, 100.0)];
        items.extend([("四", 140.0, 100.0), ("级", 150.0, 100.0)]);
        items.extend([("三", 180.0, 100.0), ("级", 190.0, 100.0)]);
        items.extend([("工", 0.0, 85.0), ("□", 105.0, 85.0)]);
        items.extend([("\u{FFFD}", 145.0, 85.0), ("□", 185.0, 85.0)]);
        assert_eq!(
            page_text(&glyphs(&items), 0),
            "五级 四级 三级\n工 □五级 \u{FFFD}四级 □三级\n"
        );
    }

    #[test]
    fn a_mark_in_a_cell_close_after_the_name_is_a_mark_of_its_own() {
        // LibreOffice from .odt: the row's name and its first mark in one
        // run, the mark a cell away (more than half a character, less than
        // the gap that ends a run of words).
        let mut items = vec![("职", 0.0, 100.0), ("业", 10.0, 100.0)];
        items.extend([("五", 40.0, 100.0), ("级", 50.0, 100.0)]);
        items.extend([("四", 80.0, 100.0), ("级", 90.0, 100.0)]);
        items.extend([("盆", 0.0, 85.0), ("景", 10.0, 85.0), ("师", 20.0, 85.0)]);
        items.extend([("✓", 42.0, 85.0), ("✓", 85.0, 85.0)]);
        assert_eq!(
            page_text(&glyphs(&items), 0),
            "职业 五级 四级\n盆景师✓五级 ✓四级\n"
        );
    }

    #[test]
    fn glyphs_drawn_later_inside_a_run_take_their_place() {
        // A line in one font, then its curly quotes in another, drawn after it.
        let p = glyphs(&[
            ("简", 0.0, 100.0),
            ("称", 10.0, 100.0),
            ("贵", 30.0, 100.0),
            ("单", 40.0, 100.0),
            ("位", 50.0, 100.0),
            ("财", 70.0, 100.0),
            ("务", 80.0, 100.0),
            ("\u{201C}", 20.0, 100.0),
            ("\u{201D}", 60.0, 100.0),
        ]);
        assert_eq!(page_text(&p, 0), "简称\u{201C}贵单位\u{201D}财务\n");
    }

    #[test]
    fn lines_top_to_bottom_left_to_right() {
        let p = glyphs(&[
            ("乙", 100.0, 500.0),
            ("甲", 90.0, 500.5),
            ("丙", 90.0, 480.0),
        ]);
        assert_eq!(page_text(&p, 0), "甲乙\n丙\n");
    }

    #[test]
    fn no_space_between_spread_cjk_but_space_for_columns() {
        let p = glyphs(&[("申", 0.0, 0.0), ("请", 14.0, 0.0), ("表", 60.0, 0.0)]);
        assert_eq!(page_text(&p, 0), "申请 表\n");
    }

    #[test]
    fn latin_words_get_spaces() {
        let p = glyphs(&[("a", 0.0, 0.0), ("b", 13.0, 0.0)]);
        assert_eq!(page_text(&p, 0), "a b\n");
    }

    #[test]
    fn fake_bold_is_deduplicated() {
        let p = glyphs(&[("审", 0.0, 0.0), ("审", 0.5, 0.0), ("计", 10.0, 0.0)]);
        assert_eq!(page_text(&p, 0), "审计\n");
    }

    #[test]
    fn a_whole_copy_drawn_over_a_run_is_dropped() {
        let p = glyphs(&[
            ("申", 0.0, 0.0),
            ("请", 10.0, 0.0),
            ("单", 20.0, 0.0),
            ("位", 30.0, 0.0),
            ("名", 40.0, 0.0),
            ("申", 0.4, 0.3),
            ("请", 10.4, 0.3),
            ("单", 20.4, 0.3),
            ("位", 30.4, 0.3),
            ("名", 40.4, 0.3),
        ]);
        assert_eq!(page_text(&p, 0), "申请单位名\n");
    }

    #[test]
    fn text_printed_over_other_text_is_a_line_of_its_own() {
        // A seal's second line of lettering drawn over the signature date.
        let p = glyphs(&[
            ("2", 0.0, 100.0),
            ("0", 6.0, 100.0),
            ("日", 12.0, 100.0),
            ("理", 3.0, 99.0),
            ("咨", 13.0, 99.0),
            ("询", 23.0, 99.0),
        ]);
        assert_eq!(page_text(&p, 0), "20日\n理咨询\n");
    }

    #[test]
    fn wrapped_table_cell_is_read_as_one() {
        // Row: [川沙考核点] [浦东新区 / 5558号] [40]; the middle cell wraps and
        // the producer writes its second line before going back up for "40".
        let p = glyphs(&[
            ("川", 0.0, 100.0),
            ("沙", 10.0, 100.0),
            ("浦", 50.0, 100.0),
            ("东", 60.0, 100.0),
            ("5", 50.0, 86.0),
            ("8", 60.0, 86.0),
            ("4", 120.0, 100.0),
        ]);
        assert_eq!(page_text(&p, 0), "川沙 浦东58 4\n");
    }

    #[test]
    fn ordinary_paragraph_lines_are_not_merged() {
        let p = glyphs(&[
            ("第", 0.0, 100.0),
            ("一", 10.0, 100.0),
            ("第", 0.0, 86.0),
            ("二", 10.0, 86.0),
        ]);
        assert_eq!(page_text(&p, 0), "第一\n第二\n");
    }

    #[test]
    fn two_columns_of_prose_are_read_column_by_column() {
        // Two columns of 10 lines, each line a run of glyphs 100 wide.
        let mut items: Vec<(String, f64, f64)> = Vec::new();
        for row in 0..10 {
            let y = 700.0 - 14.0 * f64::from(row);
            for k in 0..10 {
                items.push((format!("L{row}"), 10.0 * f64::from(k), y));
            }
            for k in 0..10 {
                items.push((format!("R{row}"), 200.0 + 10.0 * f64::from(k), y));
            }
        }
        let refs: Vec<(&str, f64, f64)> =
            items.iter().map(|(t, x, y)| (t.as_str(), *x, *y)).collect();
        let text = page_text(&glyphs(&refs), 0);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 20);
        assert!(
            lines[0].starts_with("L0") && lines[9].starts_with("L9"),
            "{text}"
        );
        assert!(lines[10].starts_with("R0"), "{text}");
    }

    #[test]
    fn a_form_with_a_narrow_label_column_keeps_its_rows() {
        let mut items: Vec<(String, f64, f64)> = Vec::new();
        for row in 0..10 {
            let y = 700.0 - 14.0 * f64::from(row);
            items.push((format!("K{row}"), 0.0, y));
            for k in 0..20 {
                items.push((format!("V{row}"), 200.0 + 10.0 * f64::from(k), y));
            }
        }
        let refs: Vec<(&str, f64, f64)> =
            items.iter().map(|(t, x, y)| (t.as_str(), *x, *y)).collect();
        let text = page_text(&glyphs(&refs), 0);
        assert!(
            text.lines().next().is_some_and(|l| l.starts_with("K0 V0")),
            "{text}"
        );
    }

    #[test]
    fn rotated_page() {
        // Text running up the page (baseline +y), on a page rotated 90°.
        let mut p = glyphs(&[("上", 100.0, 100.0), ("海", 100.0, 110.0)]);
        for g in &mut p.glyphs {
            g.x1 = g.x;
            g.y1 = g.y + 10.0;
        }
        assert_eq!(page_text(&p, 90), "上海\n");
    }
}
