//! Reads a canon workbook's cells as they are: `.xlsx` and `.ods` through
//! calamine (each cell's type, formulas, merged regions), the CSV trio
//! through [`csv_trio`]. Nothing is converted or trimmed here; [`super::import`]
//! judges the cells.

use std::fmt::Display;
use std::io::Cursor;
use std::path::Path;

use calamine::{open_workbook_from_rs, Data, ExcelDateTime, Ods, Reader, Xlsx};

use super::grid::{Area, Cell, CellRef, Problem, Table};
use super::{csv_trio, ods, unknown_format, Format};

/// Every sheet of the spreadsheet at `path`, in workbook order; or why it
/// cannot be read.
pub fn tables(path: &Path) -> Result<Vec<Table>, Vec<Problem>> {
    let file = path.display().to_string();
    let format =
        Format::from_path(path).ok_or_else(|| vec![Problem::file(&file, unknown_format(path))])?;
    if format == Format::Csv {
        return csv_trio::read(path);
    }
    let bytes = std::fs::read(path)
        .map_err(|e| vec![Problem::file(&file, format!("cannot read the file: {e}"))])?;
    workbook(&file, &bytes, format).map_err(|message| vec![Problem::file(&file, message)])
}

fn workbook(file: &str, bytes: &[u8], format: Format) -> Result<Vec<Table>, String> {
    if format == Format::Ods {
        let mut book: Ods<_> = open_workbook_from_rs(Cursor::new(bytes))
            .map_err(|e| format!("not a readable .ods workbook: {e}"))?;
        let mut tables = sheets(file, &mut book)?;
        for (sheet, area) in ods::merged_areas(bytes)? {
            if let Some(table) = tables.iter_mut().find(|t| t.name == sheet) {
                table.merged.push(area);
            }
        }
        return Ok(tables);
    }
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("not a readable .xlsx workbook: {e}"))?;
    let mut tables = sheets(file, &mut book)?;
    for table in &mut tables {
        let regions = book
            .merge_cells_by_sheet_name(&table.name)
            .map_err(|e| format!("cannot read the merged cells of sheet {}: {e}", table.name))?;
        table.merged = regions
            .iter()
            .map(|d| Area {
                first: CellRef::new(d.start.0, d.start.1),
                last: CellRef::new(d.end.0, d.end.1),
            })
            .collect();
    }
    Ok(tables)
}

fn sheets<RS, R>(file: &str, book: &mut R) -> Result<Vec<Table>, String>
where
    RS: std::io::Read + std::io::Seek,
    R: Reader<RS>,
    R::Error: Display,
{
    let mut tables = Vec::new();
    for name in book.sheet_names() {
        let unreadable = |e: R::Error| format!("cannot read sheet {name}: {e}");
        let values = book.worksheet_range(&name).map_err(unreadable)?;
        let formulas = book.worksheet_formula(&name).map_err(unreadable)?;
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        // Ranges start at their first used cell: place cells at their absolute row and column.
        if let Some((row0, col0)) = values.start() {
            for (row, col, data) in values.cells() {
                put(&mut rows, row0 + row as u32, col0 + col as u32, cell(data));
            }
        }
        if let Some((row0, col0)) = formulas.start() {
            for (row, col, formula) in formulas.cells() {
                if !formula.is_empty() {
                    // Shown as typed: `.ods` stores `of:=…`, `.xlsx` stores no `=`.
                    let formula = formula.strip_prefix("of:").unwrap_or(formula);
                    let formula = if formula.starts_with('=') {
                        formula.to_string()
                    } else {
                        format!("={formula}")
                    };
                    put(
                        &mut rows,
                        row0 + row as u32,
                        col0 + col as u32,
                        Cell::Formula(formula),
                    );
                }
            }
        }
        tables.push(Table {
            file: file.to_string(),
            name,
            rows,
            merged: Vec::new(),
        });
    }
    Ok(tables)
}

fn put(rows: &mut Vec<Vec<Cell>>, row: u32, col: u32, cell: Cell) {
    if cell == Cell::Empty {
        return;
    }
    let (row, col) = (row as usize, col as usize);
    if rows.len() <= row {
        rows.resize(row + 1, Vec::new());
    }
    if rows[row].len() <= col {
        rows[row].resize(col + 1, Cell::Empty);
    }
    rows[row][col] = cell;
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(n) => Cell::Number(n.to_string()),
        Data::Float(n) => Cell::Number(n.to_string()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => Cell::Date(excel_date(d)),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Date(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

/// An Excel date serial as the day it shows (`2026-11-01`), for messages.
fn excel_date(d: &ExcelDateTime) -> String {
    let serial = d.as_f64();
    let epoch =
        time::Date::from_calendar_date(1899, time::Month::December, 30).expect("a real day");
    match epoch.checked_add(time::Duration::days(serial.floor() as i64)) {
        Some(day) if d.is_datetime() => day.to_string(),
        _ => serial.to_string(),
    }
}
