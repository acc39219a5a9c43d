//! `summary.xlsx`: a sheet with one row per package (Chinese headers, a
//! frozen header row, filters, verdict colours, a link to each package's
//! HTML page), a sheet with one row per finding, and a sheet of counts per
//! rule. Every cell from input is written as a string: a package or file
//! name starting with `=` stays text, never a formula.

use std::path::Path;

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Url, Workbook, Worksheet, XlsxError,
};

use super::{COUNT_HEADERS, FINDING_HEADERS, Row, RuleCount, cells, headers};
use crate::evaluate::Verdict;

/// Excel's limit on a cell's text, with room to spare.
const MAX_CELL: usize = 32_000;

fn clip(s: &str) -> String {
    if s.chars().count() <= MAX_CELL {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX_CELL).collect();
        t.push('…');
        t
    }
}

fn header_row(ws: &mut Worksheet, headers: &[String], format: &Format) -> Result<(), XlsxError> {
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, format)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Writes the workbook. `findings`: (package, finding cells) rows.
pub fn write(
    path: &Path,
    rows: &[Row],
    findings: &[Vec<String>],
    counts: &[RuleCount],
) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    // The two long sheets are written row by row in constant memory, their
    // rows spilled to temporary files beside the workbook (never outside the
    // output folder); a fast compression level: the sheets are mostly text.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        wb.set_tempdir(dir)?;
    }
    wb.set_zip_compression_level(1);
    // A fixed creation time: the same packages give the same workbook, byte
    // for byte, whenever and however (resumed, merged) the run was made.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title("申报材料预审汇总")
            .set_creation_datetime(&created),
    );
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDE4EE))
        .set_border_bottom(FormatBorder::Thin);
    let verdict_format = |v: Verdict| match v {
        Verdict::Pass => Format::new().set_background_color(Color::RGB(0xC6EFCE)),
        Verdict::Review => Format::new().set_background_color(Color::RGB(0xFFEB9C)),
        Verdict::Fail => Format::new().set_background_color(Color::RGB(0xFFC7CE)),
    };
    let link = Format::new()
        .set_font_color(Color::RGB(0x0563C1))
        .set_underline(rust_xlsxwriter::FormatUnderline::Single);

    let ws = wb.add_worksheet_with_constant_memory()?;
    ws.set_name("申报包")?;
    let h = headers(rows);
    ws.set_column_width(0, 40)?;
    for c in 1..h.len() as u16 {
        ws.set_column_width(c, 18)?;
    }
    header_row(ws, &h, &head)?;
    let verdict_col = h.iter().position(|x| x == "结论").unwrap_or(0) as u16;
    let page_col = h.iter().position(|x| x == "报告").unwrap_or(0) as u16;
    for (i, row) in rows.iter().enumerate() {
        let r = (i + 1) as u32;
        for (c, cell) in cells(row).iter().enumerate() {
            let c = c as u16;
            if c == verdict_col {
                ws.write_string_with_format(r, c, cell, &verdict_format(row.verdict))?;
            } else if c == page_col {
                ws.write_url_with_format(
                    r,
                    c,
                    Url::new(format!("file:///{cell}")).set_text("打开报告"),
                    &link,
                )?;
            } else {
                ws.write_string(r, c, clip(cell))?;
            }
        }
    }
    ws.autofilter(0, 0, rows.len() as u32, (h.len() - 1) as u16)?;

    let ws = wb.add_worksheet_with_constant_memory()?;
    ws.set_name("问题明细")?;
    let fh: Vec<String> = FINDING_HEADERS.iter().map(|s| s.to_string()).collect();
    ws.set_column_width(0, 36)?;
    ws.set_column_width(5, 50)?;
    header_row(ws, &fh, &head)?;
    for (i, row) in findings.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string((i + 1) as u32, c as u16, clip(cell))?;
        }
    }
    ws.autofilter(0, 0, findings.len() as u32, (fh.len() - 1) as u16)?;

    let ws = wb.add_worksheet();
    ws.set_name("规则统计")?;
    let ch: Vec<String> = COUNT_HEADERS.iter().map(|s| s.to_string()).collect();
    header_row(ws, &ch, &head)?;
    for (i, c) in counts.iter().enumerate() {
        let r = (i + 1) as u32;
        ws.write_string(r, 0, &c.rule)?;
        ws.write_string(r, 1, &c.title)?;
        ws.write_string(r, 2, &c.clause)?;
        for (k, n) in [c.fail, c.review, c.warning, c.pass, c.not_applicable]
            .iter()
            .enumerate()
        {
            ws.write_number(r, (3 + k) as u16, *n as f64)?;
        }
    }
    ws.autofilter(0, 0, counts.len() as u32, (ch.len() - 1) as u16)?;
    ws.set_column_width(1, 30)?;
    wb.save(path)
}
