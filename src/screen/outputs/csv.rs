//! `summary.csv`: one row per package, UTF-8 with a byte-order mark so that
//! Excel opens the Chinese right. A cell that Excel would take for a formula
//! (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written
//! with a leading `'`, as OWASP recommends against CSV injection.

use std::io::Write;
use std::path::Path;

use super::{Row, cells, headers};

/// A cell Excel will not evaluate.
pub fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

pub fn write(path: &Path, rows: &[Row]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all("\u{FEFF}".as_bytes())?;
    let mut w = csv::Writer::from_writer(file);
    w.write_record(headers(rows))?;
    for row in rows {
        w.write_record(cells(row).iter().map(|c| defuse(c)))?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::defuse;

    #[test]
    fn formula_like_cells_are_defused() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse("-1+1"), "'-1+1");
        assert_eq!(defuse("上海某某有限公司"), "上海某某有限公司");
    }
}
