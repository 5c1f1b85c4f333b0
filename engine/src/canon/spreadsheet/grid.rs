//! Cells as a spreadsheet file holds them, their A1-style references, and the
//! problems an import reports at them (`families.xlsx: Families!C14: …`).

use std::fmt;

use crate::canon::Severity;

/// A cell's place: 0-based row and column, shown A1-style (`C14`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    /// 0-based row; row 0 is the header row, shown as 1.
    pub row: u32,
    /// 0-based column; column 0 is shown as A.
    pub col: u32,
}

impl CellRef {
    /// The cell at 0-based `row` and `col`.
    pub fn new(row: u32, col: u32) -> CellRef {
        CellRef { row, col }
    }
}

/// A column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letters(col: u32) -> String {
    let mut n = col as u64 + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", column_letters(self.col), self.row as u64 + 1)
    }
}

/// A rectangle of cells: one cell (`C14`) or a range such as a merged region (`A3:A6`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Area {
    /// Top-left cell.
    pub first: CellRef,
    /// Bottom-right cell.
    pub last: CellRef,
}

impl From<CellRef> for Area {
    fn from(cell: CellRef) -> Area {
        Area {
            first: cell,
            last: cell,
        }
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}:{}", self.first, self.last)
        }
    }
}

/// What a cell holds, as read. Only [`Cell::Text`] is canon text: anything a
/// spreadsheet made of what was typed (a number, a date) is reported, not converted.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing, or an empty string.
    Empty,
    /// A string, byte for byte.
    Text(String),
    /// A number, as the spreadsheet shows it plainly (e.g. `4`, `2026.11`).
    Number(String),
    /// A date or time, e.g. `2026-11-01`.
    Date(String),
    /// A true/false value.
    Bool(bool),
    /// An error value such as `#N/A`.
    Error(String),
    /// A formula, e.g. `=B2&" (lead)"`, whatever its result.
    Formula(String),
}

/// One sheet as read from a file: its cells by row, and its merged regions.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The file it came from, as given (the CSV trio has one file per sheet).
    pub file: String,
    /// The sheet's name.
    pub name: String,
    /// Rows from row 1 (the header row); rows may be shorter than the widest.
    pub rows: Vec<Vec<Cell>>,
    /// Merged regions (none in CSV).
    pub merged: Vec<Area>,
}

impl Table {
    /// The cell at `at` ([`Cell::Empty`] beyond the data).
    pub fn cell(&self, at: CellRef) -> &Cell {
        self.rows
            .get(at.row as usize)
            .and_then(|row| row.get(at.col as usize))
            .unwrap_or(&Cell::Empty)
    }

    /// The number of columns: the widest row's length.
    pub fn width(&self) -> u32 {
        self.rows.iter().map(Vec::len).max().unwrap_or(0) as u32
    }

    /// Whether the row holds nothing at all.
    pub fn blank_row(&self, row: u32) -> bool {
        self.rows
            .get(row as usize)
            .is_none_or(|cells| cells.iter().all(|c| *c == Cell::Empty))
    }
}

/// A problem in a spreadsheet: the file, the sheet and the cell (where there is
/// one), and what is wrong in a plain sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Error (nothing is written) or warning.
    pub severity: Severity,
    /// The file, as given.
    pub file: String,
    /// The sheet, unless the problem is the whole file's.
    pub sheet: Option<String>,
    /// The cell or region, unless the problem is the whole sheet's.
    pub at: Option<Area>,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// An error at a cell or region of a table.
    pub fn at(table: &Table, at: impl Into<Area>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            file: table.file.clone(),
            sheet: Some(table.name.clone()),
            at: Some(at.into()),
            message: message.into(),
        }
    }

    /// An error in a whole sheet.
    pub fn sheet(table: &Table, message: impl Into<String>) -> Problem {
        Problem {
            at: None,
            ..Problem::at(table, CellRef::new(0, 0), message)
        }
    }

    /// An error in a whole file.
    pub fn file(file: &str, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            file: file.into(),
            sheet: None,
            at: None,
            message: message.into(),
        }
    }
}

/// `families.xlsx: Families!C14: level "Z9" is not in the ladder`; warnings
/// start with `warning: `.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.severity == Severity::Warning {
            write!(f, "warning: ")?;
        }
        write!(f, "{}: ", self.file)?;
        match (&self.sheet, &self.at) {
            (Some(sheet), Some(at)) => write!(f, "{sheet}!{at}: ")?,
            (Some(sheet), None) => write!(f, "{sheet}: ")?,
            _ => {}
        }
        write!(f, "{}", self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_shown_a1_style() {
        assert_eq!(CellRef::new(13, 2).to_string(), "C14");
        assert_eq!(CellRef::new(0, 25).to_string(), "Z1");
        assert_eq!(CellRef::new(0, 26).to_string(), "AA1");
        assert_eq!(CellRef::new(0, 701).to_string(), "ZZ1");
        assert_eq!(CellRef::new(0, 702).to_string(), "AAA1");
        let merged = Area {
            first: CellRef::new(2, 0),
            last: CellRef::new(5, 0),
        };
        assert_eq!(merged.to_string(), "A3:A6");
    }
}
