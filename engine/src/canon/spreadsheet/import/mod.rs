//! A workbook's cells checked and turned into a [`Canon`]. Every problem is
//! reported at once, each at its cell (`Families!C14`), in words an HR editor
//! can act on: a missing, renamed or doubled column, a blank required cell, a
//! number, date, formula or merged cell where text belongs, text with stray
//! white space, a level the ladder lacks, a family id used twice, an extra sheet.
//! Text is taken byte for byte or refused, never trimmed. What a value must
//! be, and the words when it is not, are the canon's rules
//! ([`crate::canon::rules`]), the same as the TOML loader's; this module finds
//! the values in the sheets and knows the sheet-only mistakes (columns,
//! headers, cell types, merged cells, rows of one family that disagree).
//! The Families sheet, the largest, is read in `families.rs`; the optional
//! Review sheet (the review rules) in `review.rs`, and the optional Templates
//! sheet (the canon's own wording of templates) in `templates.rs`.

use crate::canon::rules::{self, text_problem, Location, Unique};
use crate::canon::{
    templates, Canon, Dimension, DimensionText, LadderLevel, Lang, List, ReviewRules, Severity,
    Text,
};
use crate::suggest::nearest_first;

use super::grid::{column_letters, Cell, CellRef, Problem, Table};
use super::{
    CanonField, LadderColumn, ALL_SHEETS, CANON_SHEET, FAMILIES_SHEET, FIELD, LADDER_SHEET,
    OPTIONAL_SHEETS, REVIEW_SHEET, SHEETS, TEMPLATES_SHEET, VALUE,
};

mod families;
mod review;
mod templates_sheet;

use families::families_sheet;
use review::review_sheet;
use templates_sheet::templates_sheet;

/// A canon read from a workbook, and the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The canon, its families in the order of their first rows.
    pub canon: Canon,
    /// Problems that do not stop the import (a rubric name the frames do not use).
    pub warnings: Vec<Problem>,
}

/// The canon the sheets of `workbook` (the file as given) hold; or every
/// problem, errors and warnings, in sheet, row and column order.
pub fn canon(workbook: &str, tables: &[Table]) -> Result<Imported, Vec<Problem>> {
    let mut problems = Vec::new();
    let sheet = |name: &str| tables.iter().find(|t| t.name == name);
    for table in tables {
        if !ALL_SHEETS.contains(&table.name.as_str()) {
            problems.push(Problem::sheet(
                table,
                format!(
                    "unknown sheet \"{}\"; a canon workbook has only the sheets {} (and {}, which may be left out): remove or rename it",
                    table.name,
                    SHEETS.join(", "),
                    OPTIONAL_SHEETS.join(" and ")
                ),
            ));
        }
    }
    for name in SHEETS {
        if sheet(name).is_none() {
            problems.push(Problem::file(
                workbook,
                format!(
                    "the sheet \"{name}\" is missing; a canon workbook has the sheets {}",
                    SHEETS.join(", ")
                ),
            ));
        }
    }
    for table in tables
        .iter()
        .filter(|t| ALL_SHEETS.contains(&t.name.as_str()))
    {
        for area in &table.merged {
            problems.push(Problem::at(
                table,
                *area,
                "merged cells; unmerge them and fill in every cell (a family's group, name and id repeat on each of its rows)",
            ));
        }
    }

    let meta = sheet(CANON_SHEET).map(|t| canon_sheet(&mut SheetReader::new(t, &mut problems)));
    let ladder = sheet(LADDER_SHEET).map(|t| ladder_sheet(&mut SheetReader::new(t, &mut problems)));
    let families = sheet(FAMILIES_SHEET).map(|t| {
        let codes = ladder.as_ref().and_then(|l| l.codes.as_deref());
        families_sheet(&mut SheetReader::new(t, &mut problems), codes)
    });
    // Optional: without the sheet, the default rules.
    let review = sheet(REVIEW_SHEET).map_or(ReviewRules::DEFAULT, |t| {
        review_sheet(&mut SheetReader::new(t, &mut problems))
    });
    // A wording is checked against the templates of the canon's language.
    let lang = meta.as_ref().and_then(|m| m.language).unwrap_or_default();
    let wordings = sheet(TEMPLATES_SHEET).map_or_else(Vec::new, |t| {
        templates_sheet(&mut SheetReader::new(t, &mut problems), lang)
    });

    let order = |p: &Problem| {
        let sheet = p.sheet.as_deref().map(|s| {
            let at = ALL_SHEETS.iter().position(|n| *n == s);
            at.unwrap_or(ALL_SHEETS.len())
        });
        (sheet, p.at)
    };
    problems.sort_by_key(order);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems);
    }
    match (meta, ladder, families) {
        (Some(meta), Some(ladder), Some(families)) => Ok(Imported {
            canon: Canon {
                name: Text::Owned(meta.name.unwrap_or_default()),
                abbrev: Text::Owned(meta.abbrev.unwrap_or_default()),
                version: Text::Owned(meta.version.unwrap_or_default()),
                notice: meta.notice.map(Text::Owned),
                dimensions: List::Owned(ladder.dimensions),
                ladder: List::Owned(ladder.levels),
                families: List::Owned(families),
                review,
                language: meta.language,
                templates: List::Owned(wordings),
            },
            warnings: problems,
        }),
        // A missing sheet is an error, reported above.
        _ => Err(problems),
    }
}

/// One sheet being read: problems are reported at its cells.
struct SheetReader<'t, 'p> {
    table: &'t Table,
    problems: &'p mut Vec<Problem>,
}

impl<'t, 'p> SheetReader<'t, 'p> {
    fn new(table: &'t Table, problems: &'p mut Vec<Problem>) -> Self {
        SheetReader { table, problems }
    }

    fn error(&mut self, at: CellRef, message: impl Into<String>) {
        self.problems.push(Problem::at(self.table, at, message));
    }

    /// The cell `at`, as a [`Location`] for the canon's rules.
    fn at(&mut self, at: CellRef) -> CellAt<'_, 't, 'p> {
        CellAt { sheet: self, at }
    }

    /// A cell's text, `Ok(None)` when blank; `Err` (reported) when the cell
    /// holds something other than clean text.
    fn text(&mut self, at: CellRef) -> Result<Option<String>, ()> {
        match self.raw_text(at)? {
            Some(text) if !rules::text(&text, &mut self.at(at)) => Err(()),
            text => Ok(text),
        }
    }

    /// A cell's text as typed, for a value whose own rule checks it (a
    /// review scale's label): `Ok(None)` when blank; `Err` (reported) when
    /// the cell holds something other than text.
    fn raw_text(&mut self, at: CellRef) -> Result<Option<String>, ()> {
        let message = match self.table.cell(at) {
            Cell::Empty => return Ok(None),
            Cell::Text(text) => return Ok(Some(text.clone())),
            Cell::Number(n) => format!(
                "the cell holds the number {n}, not text; format the cell as Text and type it again"
            ),
            Cell::Date(d) => format!(
                "the cell holds a date ({d}), not text: the spreadsheet turned what was typed into a date; format the cell as Text and type it again"
            ),
            Cell::Bool(b) => format!(
                "the cell holds the true/false value {}, not text; format the cell as Text and type it again",
                if *b { "TRUE" } else { "FALSE" }
            ),
            Cell::Error(e) => format!("the cell holds the error {e}; type the text instead"),
            Cell::Formula(f) => format!(
                "the cell holds a formula ({f}); canon text is typed, not computed: replace it with its text (copy, paste as values), or start text that begins with =, +, - or @ with an apostrophe"
            ),
        };
        self.error(at, message);
        Err(())
    }

    /// Optional text: `None` when blank or reported.
    fn optional(&mut self, at: CellRef) -> Option<String> {
        self.text(at).ok().flatten()
    }

    /// Required text: a blank cell is reported as such.
    fn required(&mut self, at: CellRef, what: &str) -> Option<String> {
        match self.text(at) {
            Ok(Some(text)) => Some(text),
            Ok(None) => {
                self.error(at, format!("{what} is blank; fill it in"));
                None
            }
            Err(()) => None,
        }
    }

    /// The rows below the header that hold anything.
    fn data_rows(&self) -> Vec<u32> {
        (1..self.table.rows.len() as u32)
            .filter(|row| !self.table.blank_row(*row))
            .collect()
    }

    /// The header row: each named column's meaning, left to right. Reports a
    /// header that is not clean text, one `parse` does not know (with the known
    /// ones, nearest first), a column named twice, a column with data but no
    /// header, and each of `required` that is missing.
    fn header<C: PartialEq>(
        &mut self,
        parse: impl Fn(&str) -> Option<C>,
        known: &[String],
        required: &[(C, String)],
    ) -> Vec<(u32, C)> {
        let mut columns: Vec<(u32, C)> = Vec::new();
        let mut next_free = 0;
        for col in 0..self.table.width() {
            let at = CellRef::new(0, col);
            let header = match self.table.cell(at) {
                Cell::Empty => {
                    if let Some(row) = (1..self.table.rows.len() as u32)
                        .find(|row| *self.table.cell(CellRef::new(*row, col)) != Cell::Empty)
                    {
                        self.error(
                            CellRef::new(row, col),
                            "this column has no header, so it cannot be read; give it one of the sheet's headers or clear it",
                        );
                    }
                    continue;
                }
                Cell::Text(text) => match text_problem(text) {
                    None => text.clone(),
                    Some(problem) => {
                        next_free = col + 1;
                        self.error(at, format!("the header \"{text}\": {problem}"));
                        continue;
                    }
                },
                _ => {
                    next_free = col + 1;
                    let _ = self.text(at);
                    continue;
                }
            };
            next_free = col + 1;
            match parse(&header) {
                Some(column) => {
                    if let Some((first, _)) = columns.iter().find(|(_, c)| *c == column) {
                        let first = column_letters(*first);
                        self.error(
                            at,
                            format!("the column \"{header}\" is also column {first}; keep one"),
                        );
                    } else {
                        columns.push((col, column));
                    }
                }
                None => {
                    let names = nearest_first(&header, known.iter().map(String::as_str));
                    self.error(
                        at,
                        format!(
                            "unknown column \"{header}\"; the {} sheet's columns are (nearest first): {}",
                            self.table.name,
                            names.join(", ")
                        ),
                    );
                }
            }
        }
        for (column, header) in required {
            if !columns.iter().any(|(_, c)| c == column) {
                self.error(
                    CellRef::new(0, next_free),
                    format!("the header row has no \"{header}\" column; add it"),
                );
            }
        }
        columns
    }
}

/// A cell of a sheet, where a rule reports: `canon.xlsx: Families!C14`.
struct CellAt<'r, 't, 'p> {
    sheet: &'r mut SheetReader<'t, 'p>,
    at: CellRef,
}

impl Location for CellAt<'_, '_, '_> {
    fn report(&mut self, severity: Severity, message: String) {
        let sheet = &mut *self.sheet;
        sheet.problems.push(Problem {
            severity,
            ..Problem::at(sheet.table, self.at, message)
        });
    }
}

fn column_of<C: PartialEq>(columns: &[(u32, C)], column: &C) -> Option<u32> {
    columns
        .iter()
        .find(|(_, c)| c == column)
        .map(|(col, _)| *col)
}

/// What the Canon sheet says.
#[derive(Default)]
struct Meta {
    name: Option<String>,
    abbrev: Option<String>,
    version: Option<String>,
    notice: Option<String>,
    language: Option<Lang>,
}

fn canon_sheet(sheet: &mut SheetReader<'_, '_>) -> Meta {
    // The two columns, as their places in `names`.
    let names = [FIELD.to_string(), VALUE.to_string()];
    let columns = sheet.header(
        |h| names.iter().position(|n| n == h),
        &names,
        &[(0, FIELD.into()), (1, VALUE.into())],
    );
    let mut meta = Meta::default();
    let (Some(field_col), Some(value_col)) = (column_of(&columns, &0), column_of(&columns, &1))
    else {
        return meta;
    };
    let labels: Vec<String> = CanonField::ALL.iter().map(|f| f.label().into()).collect();
    let mut seen: Vec<(CanonField, u32)> = Vec::new();
    let rows = sheet.data_rows();
    for &row in &rows {
        let field_at = CellRef::new(row, field_col);
        let value_at = CellRef::new(row, value_col);
        let label = match sheet.text(field_at) {
            Ok(Some(label)) => label,
            Ok(None) => {
                if *sheet.table.cell(value_at) != Cell::Empty {
                    sheet.error(
                        field_at,
                        format!(
                            "this row has a value but no field; the fields are {}",
                            labels.join(", ")
                        ),
                    );
                }
                continue;
            }
            Err(()) => continue,
        };
        let Some(field) = CanonField::ALL.into_iter().find(|f| f.label() == label) else {
            let names = nearest_first(&label, labels.iter().map(String::as_str));
            sheet.error(
                field_at,
                format!(
                    "unknown field \"{label}\"; the fields are (nearest first): {}",
                    names.join(", ")
                ),
            );
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(f, _)| *f == field) {
            sheet.error(
                field_at,
                format!(
                    "the field \"{label}\" is also on row {}; keep one",
                    first + 1
                ),
            );
            continue;
        }
        seen.push((field, row));
        let value = if field.required() {
            sheet.required(value_at, &format!("the canon's {label}"))
        } else {
            sheet.optional(value_at)
        };
        match field {
            CanonField::Name => meta.name = value,
            CanonField::Abbreviation => meta.abbrev = value,
            CanonField::Version => meta.version = value,
            CanonField::Notice => meta.notice = value,
            CanonField::Language => {
                meta.language =
                    value.and_then(|tag| templates::language(&tag, &mut sheet.at(value_at)))
            }
        }
    }
    let next_row = sheet.table.rows.len().max(1) as u32;
    for field in CanonField::ALL {
        if field.required() && !seen.iter().any(|(f, _)| *f == field) {
            sheet.error(
                CellRef::new(next_row, field_col),
                format!(
                    "the field \"{}\" is missing; add a row with \"{}\" under {FIELD} and its value under {VALUE}",
                    field.label(),
                    field.label()
                ),
            );
        }
    }
    meta
}

/// What the Ladder sheet says; `codes` when its level codes could be read.
struct Ladder {
    dimensions: Vec<Dimension>,
    levels: Vec<LadderLevel>,
    codes: Option<Vec<String>>,
}

fn ladder_sheet(sheet: &mut SheetReader<'_, '_>) -> Ladder {
    let known = [
        LadderColumn::Level.header(),
        LadderColumn::Title.header(),
        "Name [key], e.g. Scope [scope]".to_string(),
    ];
    let columns = sheet.header(
        LadderColumn::parse,
        &known,
        &[
            (LadderColumn::Level, known[0].clone()),
            (LadderColumn::Title, known[1].clone()),
        ],
    );
    let mut dimensions: Vec<(u32, Dimension)> = Vec::new();
    for (col, column) in &columns {
        let LadderColumn::Dimension { name, key } = column else {
            continue;
        };
        let at = CellRef::new(0, *col);
        if let Some(problem) = text_problem(name).or_else(|| text_problem(key)) {
            sheet.error(
                at,
                format!("the dimension header \"{name} [{key}]\": {problem}"),
            );
        } else if let Some((first, _)) = dimensions.iter().find(|(_, d)| d.key == key.as_str()) {
            let first = format!("in column {}", column_letters(*first));
            rules::duplicate(Unique::DimensionKey, key, &first, &mut sheet.at(at));
        } else {
            dimensions.push((
                *col,
                Dimension {
                    key: Text::Owned(key.clone()),
                    name: Text::Owned(name.clone()),
                },
            ));
        }
    }
    let mut ladder = Ladder {
        dimensions: dimensions.iter().map(|(_, d)| d.clone()).collect(),
        levels: Vec::new(),
        codes: None,
    };
    let (Some(level_col), title_col) = (
        column_of(&columns, &LadderColumn::Level),
        column_of(&columns, &LadderColumn::Title),
    ) else {
        return ladder;
    };
    let rows = sheet.data_rows();
    if rows.is_empty() {
        rules::empty_ladder("row", &mut sheet.at(CellRef::new(1, level_col)));
    }
    let mut codes: Vec<(String, u32)> = Vec::new();
    for row in rows {
        let code = level_code(sheet, CellRef::new(row, level_col));
        if let Some(code) = &code {
            if let Some((_, first)) = codes.iter().find(|(c, _)| c == code) {
                let first = on_row(*first);
                let at = &mut sheet.at(CellRef::new(row, level_col));
                rules::duplicate(Unique::LadderLevel, code, &first, at);
            } else {
                codes.push((code.clone(), row));
            }
        }
        let title = title_col.and_then(|col| {
            sheet.required(
                CellRef::new(row, col),
                &format!("\"{}\"", LadderColumn::Title.header()),
            )
        });
        let texts: Vec<DimensionText> = dimensions
            .iter()
            .filter_map(|(col, d)| {
                let text = sheet.optional(CellRef::new(row, *col))?;
                Some(DimensionText {
                    key: d.key.clone(),
                    text: Text::Owned(text),
                })
            })
            .collect();
        if let (Some(code), Some(title)) = (code, title) {
            ladder.levels.push(LadderLevel {
                code: Text::Owned(code),
                title: Text::Owned(title),
                dimensions: List::Owned(texts),
            });
        }
    }
    ladder.codes = Some(codes.into_iter().map(|(c, _)| c).collect());
    ladder
}

/// A level code: required, and a level code ([`rules::level_code`]).
fn level_code(sheet: &mut SheetReader<'_, '_>, at: CellRef) -> Option<String> {
    let code = sheet.required(at, &format!("\"{}\"", LadderColumn::Level.header()))?;
    rules::level_code(&code, &mut sheet.at(at)).then_some(code)
}

/// "on row 4" (0-based `row` 3): how a rule is told where a value stands.
fn on_row(row: u32) -> String {
    format!("on row {}", row + 1)
}
