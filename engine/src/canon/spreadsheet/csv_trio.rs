//! The canon as CSV. One CSV file holds one sheet, so the workbook is a trio
//! of files side by side, named after the Families file: `--out canon.csv`
//! writes `canon.csv` (Families), `canon-ladder.csv` (Ladder) and
//! `canon-canon.csv` (Canon), and importing `canon.csv` reads the other two.
//! A canon with review rules of its own has a fourth file, `canon-review.csv`
//! (the optional Review sheet), and one that words templates itself
//! `canon-templates.csv` (the optional Templates sheet), each read when it is there.
//!
//! Cells are written with [`safe_cell`] (a cell a spreadsheet would run as a
//! formula gets a leading `'`) and read back with [`unescape_cell`], so every
//! text comes back exactly. A cell that starts like a formula without that
//! apostrophe was not written by the export: it is reported as a formula.

use std::path::{Path, PathBuf};

use crate::cells::{safe_cell, unescape_cell, write_safe};

use super::export::Sheet;
use super::grid::{Cell, Problem, Table};
use super::{
    CANON_SHEET, FAMILIES_SHEET, LADDER_SHEET, OPTIONAL_SHEETS, REVIEW_SHEET, TEMPLATES_SHEET,
};

/// The trio for the Families file `families`, and the optional Review and
/// Templates files: (sheet, path), in workbook order.
pub fn paths(families: &Path) -> [(&'static str, PathBuf); 5] {
    let stem = families
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sibling = |suffix: &str| families.with_file_name(format!("{stem}-{suffix}.csv"));
    [
        (CANON_SHEET, sibling("canon")),
        (LADDER_SHEET, sibling("ladder")),
        (FAMILIES_SHEET, families.to_path_buf()),
        (REVIEW_SHEET, sibling("review")),
        (TEMPLATES_SHEET, sibling("templates")),
    ]
}

/// The files of the sheets there are, as (path, bytes).
pub fn files(sheets: &[Sheet], families: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    paths(families)
        .into_iter()
        .filter_map(|(name, path)| {
            let sheet = sheets.iter().find(|s| s.name == name)?;
            Some((path, bytes(sheet)))
        })
        .collect()
}

fn bytes(sheet: &Sheet) -> Vec<u8> {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let header: Vec<&str> = sheet.columns.iter().map(|c| c.header.as_str()).collect();
    write_safe(&mut writer, &header);
    for row in &sheet.rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        write_safe(&mut writer, &cells);
    }
    writer.into_inner().expect("writing to memory")
}

/// The trio's sheets, and the optional sheets whose files are there; every
/// file of the trio that is missing, and every file that is unreadable, is reported.
pub fn read(families: &Path) -> Result<Vec<Table>, Vec<Problem>> {
    let mut tables = Vec::new();
    let mut problems = Vec::new();
    for (name, path) in paths(families) {
        let file = path.display().to_string();
        match std::fs::read(&path) {
            Ok(bytes) => match table(&file, name, &bytes) {
                Ok(table) => tables.push(table),
                Err(message) => problems.push(Problem::file(&file, message)),
            },
            Err(e)
                if OPTIONAL_SHEETS.contains(&name) && e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => problems.push(Problem::file(
                &file,
                format!(
                    "cannot read the {name} sheet's file ({e}); a CSV canon is three files side by side: {}",
                    paths(families)
                        .iter()
                        .filter(|(sheet, _)| !OPTIONAL_SHEETS.contains(sheet))
                        .map(|(_, p)| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        }
    }
    if problems.is_empty() {
        Ok(tables)
    } else {
        Err(problems)
    }
}

fn table(file: &str, name: &str, bytes: &[u8]) -> Result<Table, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "the file is not UTF-8 text; save it as \"CSV UTF-8\"".to_string())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("not readable as CSV: {e}"))?;
        rows.push(record.iter().map(cell).collect());
    }
    Ok(Table {
        file: file.to_string(),
        name: name.to_string(),
        rows,
        merged: Vec::new(),
    })
}

fn cell(raw: &str) -> Cell {
    if raw.is_empty() {
        return Cell::Empty;
    }
    let text = unescape_cell(raw);
    if safe_cell(text) != raw {
        // Starts like a formula, and the export would have written it with a `'`.
        Cell::Formula(raw.to_string())
    } else {
        Cell::Text(text.to_string())
    }
}
