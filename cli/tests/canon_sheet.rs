//! `goalframes canon export|import` as HR meets it: the shipped canon goes
//! out as .xlsx, .ods and the CSV trio and comes back the same; a spreadsheet
//! with an editor's mistakes is refused with every problem named by file,
//! sheet and cell, and nothing is written. The broken spreadsheets are built
//! here from the exported sheets (rust_xlsxwriter and spreadsheet-ods for
//! typed, formula and merged cells), not checked in.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use goalframes_engine::canon::spreadsheet::csv_trio;
use goalframes_engine::canon::spreadsheet::export::{sheets, Sheet};
use goalframes_engine::canon::spreadsheet::grid::column_letters;
use goalframes_engine::render::csv::{safe_cell, unescape_cell};

fn goalframes(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalframes"))
        .args(args)
        .output()
        .expect("run goalframes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    Xlsx,
    Ods,
    Csv,
}

impl Format {
    const ALL: [Format; 3] = [Format::Xlsx, Format::Ods, Format::Csv];

    fn file_name(self) -> &'static str {
        match self {
            Format::Xlsx => "canon.xlsx",
            Format::Ods => "canon.ods",
            Format::Csv => "canon.csv",
        }
    }
}

/// A cell a spreadsheet stores as something other than a string.
#[derive(Clone, Debug)]
enum Typed {
    Number(f64),
    /// 2026-11-01 (.xlsx only).
    Date,
    Formula(&'static str),
    /// The cell merged with the `rows - 1` cells below it.
    Merge(u32),
}

/// A workbook to write: the exported sheets (edited), cells of other types,
/// extra sheets.
struct Book {
    sheets: Vec<Sheet>,
    /// (sheet, spreadsheet row from 1, header, cell).
    typed: Vec<(&'static str, u32, String, Typed)>,
    extra_sheets: Vec<&'static str>,
}

impl Book {
    /// The embedded canon's sheets, as `canon export` writes them.
    fn shipped() -> Book {
        Book {
            sheets: sheets(&goalframes_canon::CANON).unwrap(),
            typed: Vec::new(),
            extra_sheets: Vec::new(),
        }
    }

    fn sheet(&self, name: &str) -> &Sheet {
        self.sheets.iter().find(|s| s.name == name).unwrap()
    }

    fn sheet_mut(&mut self, name: &str) -> &mut Sheet {
        self.sheets.iter_mut().find(|s| s.name == name).unwrap()
    }

    fn col(&self, sheet: &str, header: &str) -> usize {
        self.sheet(sheet)
            .columns
            .iter()
            .position(|c| c.header == header)
            .unwrap_or_else(|| panic!("no column {header}"))
    }

    /// The Families sheet's row (from 1) of a family's level.
    fn row(&self, family: &str, level: &str) -> u32 {
        let (id, code) = (
            self.col("Families", "Family id"),
            self.col("Families", "Level"),
        );
        let index = self
            .sheet("Families")
            .rows
            .iter()
            .position(|r| r[id] == family && r[code] == level)
            .unwrap();
        index as u32 + 2
    }

    /// The Families sheet's rows (from 1) of a family.
    fn rows(&self, family: &str) -> Vec<u32> {
        let id = self.col("Families", "Family id");
        (0u32..)
            .zip(&self.sheet("Families").rows)
            .filter(|(_, r)| r[id] == family)
            .map(|(i, _)| i + 2)
            .collect()
    }

    fn set(&mut self, sheet: &str, row: u32, header: &str, value: &str) {
        let col = self.col(sheet, header);
        self.sheet_mut(sheet).rows[row as usize - 2][col] = value.to_string();
    }

    /// `Sheet!C14` for a cell.
    fn at(&self, sheet: &str, row: u32, header: &str) -> String {
        format!(
            "{sheet}!{}{row}",
            column_letters(self.col(sheet, header) as u32)
        )
    }

    fn remove_column(&mut self, sheet: &str, header: &str) {
        let col = self.col(sheet, header);
        let sheet = self.sheet_mut(sheet);
        sheet.columns.remove(col);
        for row in &mut sheet.rows {
            row.remove(col);
        }
    }

    fn typed(&mut self, sheet: &'static str, row: u32, header: &str, cell: Typed) {
        self.typed.push((sheet, row, header.to_string(), cell));
    }

    /// Writes the workbook as `dir/canon.{xlsx,ods,csv}` (the CSV trio beside it).
    fn write(&self, format: Format, dir: &Path) -> PathBuf {
        let path = dir.join(format.file_name());
        match format {
            Format::Xlsx => self.write_xlsx(&path),
            Format::Ods => self.write_ods(&path),
            Format::Csv => self.write_csv(&path),
        }
        path
    }

    fn typed_at(&self, sheet: &str) -> Vec<(u32, u16, &Typed)> {
        self.typed
            .iter()
            .filter(|(s, ..)| *s == sheet)
            .map(|(s, row, header, cell)| (row - 1, self.col(s, header) as u16, cell))
            .collect()
    }

    fn write_xlsx(&self, path: &Path) {
        use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook};
        let mut book = Workbook::new();
        for sheet in &self.sheets {
            let ws = book.add_worksheet();
            ws.set_name(sheet.name).unwrap();
            for (col, c) in (0u16..).zip(&sheet.columns) {
                ws.write_string(0, col, &c.header).unwrap();
            }
            for (row, cells) in (1u32..).zip(&sheet.rows) {
                for (col, cell) in (0u16..).zip(cells) {
                    if !cell.is_empty() {
                        ws.write_string(row, col, cell).unwrap();
                    }
                }
            }
            for (row, col, cell) in self.typed_at(sheet.name) {
                match cell {
                    Typed::Number(n) => {
                        ws.write_number(row, col, *n).unwrap();
                    }
                    Typed::Date => {
                        let date = ExcelDateTime::from_ymd(2026, 11, 1).unwrap();
                        let format = CellFormat::new().set_num_format("yyyy-mm-dd");
                        ws.write_datetime_with_format(row, col, date, &format)
                            .unwrap();
                    }
                    Typed::Formula(f) => {
                        ws.write_formula(row, col, *f).unwrap();
                    }
                    Typed::Merge(rows) => {
                        let first = sheet.rows[row as usize - 1][col as usize].clone();
                        ws.merge_range(row, col, row + rows - 1, col, &first, &CellFormat::new())
                            .unwrap();
                    }
                }
            }
        }
        for name in &self.extra_sheets {
            let ws = book.add_worksheet();
            ws.set_name(*name).unwrap();
            ws.write_string(0, 0, "Notes for the next review").unwrap();
        }
        book.save(path).unwrap();
    }

    fn write_ods(&self, path: &Path) {
        use spreadsheet_ods::{Sheet as OdsSheet, WorkBook};
        let mut book = WorkBook::new_empty();
        for sheet in &self.sheets {
            let mut ods = OdsSheet::new(sheet.name);
            for (col, c) in (0u32..).zip(&sheet.columns) {
                ods.set_value(0, col, c.header.as_str());
            }
            for (row, cells) in (1u32..).zip(&sheet.rows) {
                for (col, cell) in (0u32..).zip(cells) {
                    if !cell.is_empty() {
                        ods.set_value(row, col, cell.as_str());
                    }
                }
            }
            for (row, col, cell) in self.typed_at(sheet.name) {
                let col = col as u32;
                match cell {
                    Typed::Number(n) => ods.set_value(row, col, *n),
                    Typed::Date => panic!("dates are built for .xlsx only"),
                    Typed::Formula(f) => {
                        ods.set_formula(row, col, format!("of:{f}"));
                        ods.set_value(row, col, "computed");
                    }
                    Typed::Merge(rows) => {
                        ods.set_row_span(row, col, *rows);
                        for covered in row + 1..row + rows {
                            ods.set_value(covered, col, spreadsheet_ods::Value::Empty);
                        }
                    }
                }
            }
            book.push_sheet(ods);
        }
        for name in &self.extra_sheets {
            let mut ods = OdsSheet::new(*name);
            ods.set_value(0, 0, "Notes for the next review");
            book.push_sheet(ods);
        }
        spreadsheet_ods::write_ods(&mut book, path).unwrap();
    }

    /// The trio, each cell written safe except formulas, which are written
    /// raw as an editor's text editor would leave them.
    fn write_csv(&self, path: &Path) {
        assert!(self.extra_sheets.is_empty(), "CSV has no extra sheets");
        for (name, file) in csv_trio::paths(path) {
            // The Review file is there only for a canon with its own rules.
            let Some(sheet) = self.sheets.iter().find(|s| s.name == name) else {
                continue;
            };
            let mut rows: Vec<Vec<String>> = vec![sheet
                .columns
                .iter()
                .map(|c| safe_cell(&c.header).into_owned())
                .collect()];
            rows.extend(
                sheet
                    .rows
                    .iter()
                    .map(|r| r.iter().map(|c| safe_cell(c).into_owned()).collect()),
            );
            for (row, col, cell) in self.typed_at(name) {
                match cell {
                    Typed::Formula(f) => rows[row as usize][col as usize] = f.to_string(),
                    other => panic!("CSV cells are all text: {other:?}"),
                }
            }
            let mut writer = csv::Writer::from_path(file).unwrap();
            for row in rows {
                writer.write_record(row).unwrap();
            }
            writer.flush().unwrap();
        }
    }
}

/// `canon import FILE --out DIR`.
fn import(file: &Path, out: &Path) -> Output {
    goalframes(&[
        "canon",
        "import",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

/// Imports a broken book: exit 2, every expected `Sheet!Cell: message` in
/// stderr, nothing written.
fn assert_refused(book: &Book, format: Format, expected: &[String]) {
    let dir = tempfile::tempdir().unwrap();
    let file = book.write(format, dir.path());
    let out_dir = dir.path().join("imported");
    let out = import(&file, &out_dir);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{format:?}: {err}");
    for expected in expected {
        assert!(
            err.contains(expected.as_str()),
            "{format:?}: missing {expected:?} in:\n{err}"
        );
    }
    assert!(
        err.ends_with("error(s); nothing was written\n"),
        "{format:?}: {err}"
    );
    assert!(!out_dir.exists(), "{format:?}: nothing is written");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".goalframes-import")
        })
        .collect();
    assert!(
        leftovers.is_empty(),
        "{format:?}: no staging folder is left"
    );
}

#[test]
fn export_then_import_reproduces_the_shipped_canon_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let embedded_list = goalframes(&["list"]);
    for format in Format::ALL {
        let file = dir.path().join(format.file_name());
        let out = goalframes(&["canon", "export", "--out", file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let canon = dir.path().join(format!("canon-from-{format:?}"));
        let out = import(&file, &canon);
        assert!(out.status.success(), "{format:?}: {}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains(": JobFrame 2026.11-sample: 16 families,"),
            "{}",
            text(&out.stdout)
        );
        let canon = canon.to_str().unwrap();
        let list = goalframes(&["list", "--canon", canon]);
        assert_eq!(list.stdout, embedded_list.stdout, "{format:?}: profiles");
        for frame in ["smart", "okr", "mbo", "scorecard"] {
            let golden = std::fs::read(
                fixtures().join(format!("golden/database-engineering.P4.{frame}.txt")),
            )
            .unwrap();
            let rendered = goalframes(&[
                "render",
                "--canon",
                canon,
                "--family",
                "database-engineering",
                "--level",
                "P4",
                "--frame",
                frame,
            ]);
            assert_eq!(rendered.stdout, golden, "{format:?}: golden {frame}");
        }
        let profile = [
            "--family",
            "data-analytics",
            "--level",
            "P4",
            "--frame",
            "all",
        ];
        let embedded = goalframes(&[&["render"][..], &profile].concat());
        let imported = goalframes(&[&["render", "--canon", canon][..], &profile].concat());
        assert!(!embedded.stdout.is_empty());
        assert_eq!(
            imported.stdout, embedded.stdout,
            "{format:?}: the whole profile"
        );
    }
}

#[test]
fn the_csv_trio_is_three_files_side_by_side_and_all_three_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jobs.csv");
    let out = goalframes(&["canon", "export", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for name in ["jobs.csv", "jobs-ladder.csv", "jobs-canon.csv"] {
        assert!(text(&out.stdout).contains(name), "{}", text(&out.stdout));
    }
    let families = std::fs::read_to_string(&file).unwrap();
    assert!(families.starts_with("Group,Family name,Family id,Family alias 1,"));
    let ladder = std::fs::read_to_string(dir.path().join("jobs-ladder.csv")).unwrap();
    assert!(ladder.starts_with("Level,Title,Scope [scope],Autonomy [autonomy],"));
    let canon = std::fs::read_to_string(dir.path().join("jobs-canon.csv")).unwrap();
    assert!(canon.starts_with("Field,Value\nName,JobFrame\nAbbreviation,JFM\n"));

    std::fs::remove_file(dir.path().join("jobs-ladder.csv")).unwrap();
    let out_dir = dir.path().join("imported");
    let out = import(&file, &out_dir);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("jobs-ladder.csv: cannot read the Ladder sheet's file"),
        "{err}"
    );
    assert!(!out_dir.exists());
}

#[test]
fn a_text_that_starts_like_a_formula_is_written_safe_in_csv_and_read_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = Book::shipped();
    let row = book.row("payroll", "P2");
    for (header, value) in [
        ("Responsibility 1", "=Runs payroll, not a formula"),
        ("Responsibility 2", "+1 hour of checks per run"),
        ("Responsibility 3", "-Reconciles \"gross\" & net <pay>"),
        ("Profile title", "'@Payroll specialist"),
    ] {
        book.set("Families", row, header, value);
    }
    let from_xlsx = dir.path().join("from-xlsx");
    let out = import(&book.write(Format::Xlsx, dir.path()), &from_xlsx);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let payroll = "families/people/payroll.toml";
    let family = std::fs::read_to_string(from_xlsx.join(payroll)).unwrap();
    assert!(
        family.contains("title = \"'@Payroll specialist\""),
        "{family}"
    );
    assert!(family.contains("  \"=Runs payroll, not a formula\",\n"));
    assert!(family.contains("  \"-Reconciles \\\"gross\\\" & net <pay>\",\n"));

    let csv = dir.path().join("jobs.csv");
    let out = goalframes(&[
        "canon",
        "export",
        "--canon",
        from_xlsx.to_str().unwrap(),
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let families = std::fs::read_to_string(&csv).unwrap();
    for written in [
        ",\"'=Runs payroll, not a formula\",",
        ",'+1 hour of checks per run,",
        ",''@Payroll specialist,",
    ] {
        assert!(families.contains(written), "{written} in {families}");
    }
    let from_csv = dir.path().join("from-csv");
    let out = import(&csv, &from_csv);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(from_csv.join(payroll)).unwrap(),
        family
    );
}

/// An editor's mistake, the formats it can happen in, and what must be said.
struct Mistake {
    name: &'static str,
    formats: &'static [Format],
    make: fn(&mut Book) -> Vec<String>,
}

const ALL: &[Format] = &Format::ALL;
const WORKBOOKS: &[Format] = &[Format::Xlsx, Format::Ods];

fn mistakes() -> Vec<Mistake> {
    vec![
        Mistake {
            name: "a missing header",
            formats: ALL,
            make: |book| {
                book.remove_column("Families", "Family id");
                let next = book.sheet("Families").columns.len() as u32;
                vec![format!(
                    "Families!{}1: the header row has no \"Family id\" column; add it",
                    column_letters(next)
                )]
            },
        },
        Mistake {
            name: "a renamed column",
            formats: ALL,
            make: |book| {
                let at = book.at("Families", 1, "Responsibility 1");
                let col = book.col("Families", "Responsibility 1");
                book.sheet_mut("Families").columns[col].header = "Responsibilities 1".into();
                vec![format!("{at}: unknown column \"Responsibilities 1\"; the Families sheet's columns are (nearest first): Responsibility N")]
            },
        },
        Mistake {
            name: "a blank required cell",
            formats: ALL,
            make: |book| {
                let row = book.row("database-engineering", "P3");
                book.set("Families", row, "Family name", "");
                vec![format!(
                    "{}: \"Family name\" is blank; fill it in",
                    book.at("Families", row, "Family name")
                )]
            },
        },
        Mistake {
            name: "a level the ladder lacks",
            formats: ALL,
            make: |book| {
                let row = book.row("database-engineering", "P4");
                book.set("Families", row, "Level", "Z9");
                vec![format!(
                    "{}: level code \"Z9\" is not in the ladder (the Ladder sheet); the ladder has (nearest first): ",
                    book.at("Families", row, "Level")
                )]
            },
        },
        Mistake {
            name: "a duplicate family id",
            formats: ALL,
            make: |book| {
                let rows = book.rows("payroll");
                for &row in &rows {
                    book.set("Families", row, "Family id", "data-analytics");
                }
                vec![format!(
                    "{}: duplicate family id \"data-analytics\": already used on rows 2–5 by the family \"Data Analytics\"; each family has its own id, and all its levels in one place",
                    book.at("Families", rows[0], "Family id")
                )]
            },
        },
        Mistake {
            name: "merged cells",
            formats: WORKBOOKS,
            make: |book| {
                let rows = book.rows("database-engineering");
                let n = rows.len() as u32;
                book.typed("Families", rows[0], "Group", Typed::Merge(n));
                vec![format!(
                    "Families!A{}:A{}: merged cells; unmerge them",
                    rows[0],
                    rows[0] + n - 1
                )]
            },
        },
        Mistake {
            name: "a formula",
            formats: ALL,
            make: |book| {
                let row = book.row("database-engineering", "P2");
                book.typed(
                    "Families",
                    row,
                    "Responsibility 2",
                    Typed::Formula("=B3&\" lead\""),
                );
                vec![format!(
                    "{}: the cell holds a formula (=B3&\" lead\")",
                    book.at("Families", row, "Responsibility 2")
                )]
            },
        },
        Mistake {
            name: "a number where text belongs",
            formats: WORKBOOKS,
            make: |book| {
                let row = book.row("database-engineering", "P4");
                book.typed("Families", row, "Level", Typed::Number(4.0));
                vec![format!(
                    "{}: the cell holds the number 4, not text",
                    book.at("Families", row, "Level")
                )]
            },
        },
        Mistake {
            name: "a version the spreadsheet turned into a date",
            formats: &[Format::Xlsx],
            make: |book| {
                book.typed("Canon", 4, "Value", Typed::Date);
                vec!["Canon!B4: the cell holds a date (2026-11-01), not text".into()]
            },
        },
        Mistake {
            name: "trailing spaces",
            formats: ALL,
            make: |book| {
                let row = book.row("database-engineering", "P4");
                book.set("Families", row, "Responsibility 1", "Architects systems ");
                let ladder_row = 3;
                book.set("Ladder", ladder_row, "Title", " Support Specialist");
                vec![
                    format!(
                        "{}: the text has trailing white space; it is quoted verbatim, so remove it",
                        book.at("Families", row, "Responsibility 1")
                    ),
                    "Ladder!B3: the text has leading white space".into(),
                ]
            },
        },
        Mistake {
            name: "a line break in a cell",
            formats: ALL,
            make: |book| {
                let row = book.row("payroll", "P2");
                book.set(
                    "Families",
                    row,
                    "Responsibility 1",
                    "Runs payroll\nand checks it",
                );
                vec![format!(
                    "{}: the text contains a line break (U+000A)",
                    book.at("Families", row, "Responsibility 1")
                )]
            },
        },
        Mistake {
            name: "an extra sheet",
            formats: WORKBOOKS,
            make: |book| {
                book.extra_sheets.push("Notes");
                vec!["Notes: unknown sheet \"Notes\"; a canon workbook has only the sheets Canon, Ladder, Families".into()]
            },
        },
        Mistake {
            name: "rows of one family that disagree",
            formats: ALL,
            make: |book| {
                let rows = book.rows("database-engineering");
                book.set("Families", rows[1], "Group", "Data Engineering");
                vec![format!(
                    "{}: \"Group\" is \"Data Engineering\" here but \"Data & Database Engineering\" on row {}, the first row of family \"database-engineering\"",
                    book.at("Families", rows[1], "Group"),
                    rows[0]
                )]
            },
        },
        Mistake {
            name: "a missing Canon field",
            formats: ALL,
            make: |book| {
                book.sheet_mut("Canon").rows.remove(2);
                vec!["Canon!A5: the field \"Version\" is missing".into()]
            },
        },
    ]
}

#[test]
fn each_mistake_an_editor_makes_is_named_by_sheet_and_cell() {
    for mistake in mistakes() {
        for &format in mistake.formats {
            let mut book = Book::shipped();
            let expected = (mistake.make)(&mut book);
            eprintln!("{}: {format:?}", mistake.name);
            assert_refused(&book, format, &expected);
        }
    }
}

#[test]
fn a_wrong_level_a_blank_required_cell_and_a_duplicate_id_are_all_reported_at_once() {
    for format in Format::ALL {
        let mut book = Book::shipped();
        let p4 = book.row("database-engineering", "P4");
        book.set("Families", p4, "Level", "Z9");
        let p2 = book.row("data-analytics", "P2");
        book.set("Families", p2, "Group", "");
        let payroll = book.rows("payroll");
        for &row in &payroll {
            book.set("Families", row, "Family id", "data-analytics");
        }
        let file = format.file_name();
        let expected = [
            format!(
                "{file}: {}: level code \"Z9\" is not in the ladder (the Ladder sheet); the ladder has (nearest first): ",
                book.at("Families", p4, "Level")
            ),
            format!(
                "{file}: {}: \"Group\" is blank; fill it in",
                book.at("Families", p2, "Group")
            ),
            format!(
                "{file}: {}: duplicate family id \"data-analytics\"",
                book.at("Families", payroll[0], "Family id")
            ),
        ];
        let dir = tempfile::tempdir().unwrap();
        let written = book.write(format, dir.path());
        let out = Command::new(env!("CARGO_BIN_EXE_goalframes"))
            .args(["canon", "import", file, "--out", "imported"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        for expected in &expected {
            assert!(
                err.contains(expected.as_str()),
                "{format:?}: missing {expected:?} in:\n{err}"
            );
        }
        assert!(
            err.ends_with(&format!("{file}: 3 error(s); nothing was written\n")),
            "{err}"
        );
        assert!(!dir.path().join("imported").exists());
        assert!(written.exists());
    }
}

#[test]
fn importing_over_a_canon_folder_replaces_its_canon_and_families_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let canon = dir.path().join("canon");
    std::fs::create_dir_all(canon.join("families/old")).unwrap();
    std::fs::write(
        canon.join("families/old/retired.toml"),
        "# a family HR removed\n",
    )
    .unwrap();
    std::fs::write(canon.join("canon.toml"), "# the old canon\n").unwrap();
    std::fs::write(canon.join("VARIANTS.md"), "notes\n").unwrap();

    // A refused import leaves the folder as it was.
    let mut broken = Book::shipped();
    let row = broken.row("payroll", "P2");
    broken.set("Families", row, "Level", "Z9");
    let file = broken.write(Format::Xlsx, dir.path());
    assert_eq!(import(&file, &canon).status.code(), Some(2));
    assert!(canon.join("families/old/retired.toml").exists());
    assert_eq!(
        std::fs::read_to_string(canon.join("canon.toml")).unwrap(),
        "# the old canon\n"
    );

    let file = Book::shipped().write(Format::Xlsx, dir.path());
    let out = import(&file, &canon);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !canon.join("families/old").exists(),
        "families/ is replaced"
    );
    assert!(canon
        .join("families/data-database-engineering/database-engineering.toml")
        .exists());
    assert_eq!(
        std::fs::read_to_string(canon.join("VARIANTS.md")).unwrap(),
        "notes\n"
    );
    let check = goalframes(&["check", "--canon", canon.to_str().unwrap()]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    let leftovers = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".goalframes-import")
        })
        .count();
    assert_eq!(leftovers, 0, "no staging folder is left");
}

/// The records of a CSV file, with `safe_cell` undone when `ours`.
fn records(path: &Path, ours: bool) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .unwrap();
    reader
        .records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(|c| if ours { unescape_cell(c) } else { c }.to_string())
                .collect()
        })
        .collect()
}

/// LibreOffice opens the exported .xlsx and .ods (headless conversion of
/// every sheet to CSV) and reads in each sheet exactly the cells of the CSV
/// export, including text with doubled spaces, `<`, `&`, quotes, a leading
/// `=`, right-to-left script and emoji; and a workbook LibreOffice saved again
/// (as an editor would) imports to the same canon files.
#[test]
fn exported_workbooks_open_in_libreoffice_with_every_cell_as_written() {
    if !Path::new("/usr/bin/soffice").exists() {
        eprintln!("skipped: /usr/bin/soffice is missing (apt-get install libreoffice-calc-nogui)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let canon = dir.path().join("canon");
    std::fs::create_dir_all(canon.join("families")).unwrap();
    let example = fixtures().join("example-canon");
    let canon_toml = std::fs::read_to_string(example.join("canon.toml")).unwrap();
    let notice = "Two  spaces, <b> & \"quotes\", עברית 🚀, _x0041_ and =not a formula";
    let canon_toml = canon_toml
        .lines()
        .filter(|l| !l.starts_with("notice"))
        .collect::<Vec<_>>()
        .join("\n")
        .replacen('\n', &format!("\nnotice = {notice:?}\n"), 1);
    std::fs::write(canon.join("canon.toml"), canon_toml).unwrap();
    for entry in std::fs::read_dir(example.join("families"))
        .unwrap()
        .flatten()
    {
        std::fs::copy(entry.path(), canon.join("families").join(entry.file_name())).unwrap();
    }
    let canon = canon.to_str().unwrap();
    for name in ["canon.xlsx", "canon.ods", "canon.csv"] {
        let out = goalframes(&[
            "canon",
            "export",
            "--canon",
            canon,
            "--out",
            dir.path().join(name).to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let ours = |sheet: &str| match sheet {
        "Canon" => dir.path().join("canon-canon.csv"),
        "Ladder" => dir.path().join("canon-ladder.csv"),
        _ => dir.path().join("canon.csv"),
    };
    assert!(records(&ours("Canon"), true).contains(&vec!["Notice".to_string(), notice.to_string()]));
    for workbook in ["canon.xlsx", "canon.ods"] {
        let out_dir = dir.path().join(format!("lo-{workbook}"));
        // Text CSV, comma, double quote, UTF-8, from row 1, every sheet to its own file.
        let filter =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
        let convert = Command::new("/usr/bin/soffice")
            .args(["--headless", "--convert-to", filter, "--outdir"])
            .arg(&out_dir)
            .arg(dir.path().join(workbook))
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(
            convert.status.success(),
            "{workbook}: {} (LibreOffice Calc is needed: apt-get install libreoffice-calc-nogui)",
            text(&convert.stderr)
        );
        for sheet in ["Canon", "Ladder", "Families"] {
            let converted = out_dir.join(format!("canon-{sheet}.csv"));
            let size = std::fs::metadata(&converted).map(|m| m.len()).unwrap_or(0);
            assert!(size > 0, "{workbook}: LibreOffice wrote no {sheet} sheet");
            assert_eq!(
                records(&converted, false),
                records(&ours(sheet), true),
                "{workbook}: the {sheet} sheet as LibreOffice reads it"
            );
        }
    }

    let canon_files = |folder: &Path| -> Vec<(String, String)> {
        let mut files = Vec::new();
        let mut stack = vec![folder.to_path_buf()];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(
                    std::fs::read_dir(&path)
                        .unwrap()
                        .flatten()
                        .map(|e| e.path()),
                );
            } else {
                let name = path.strip_prefix(folder).unwrap().display().to_string();
                files.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
        files.sort();
        files
    };
    let original = dir.path().join("from-export");
    assert!(import(&dir.path().join("canon.xlsx"), &original)
        .status
        .success());
    for (workbook, resaved_as) in [("canon.xlsx", "ods"), ("canon.ods", "xlsx")] {
        let out_dir = dir.path().join(format!("resaved-{workbook}"));
        let convert = Command::new("/usr/bin/soffice")
            .args(["--headless", "--convert-to", resaved_as, "--outdir"])
            .arg(&out_dir)
            .arg(dir.path().join(workbook))
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(convert.status.success(), "{}", text(&convert.stderr));
        let folder = dir.path().join(format!("from-resaved-{workbook}"));
        let out = import(&out_dir.join(format!("canon.{resaved_as}")), &folder);
        assert!(
            out.status.success(),
            "{workbook} saved as .{resaved_as}: {}",
            text(&out.stderr)
        );
        assert_eq!(
            canon_files(&folder),
            canon_files(&original),
            "{workbook} saved as .{resaved_as}"
        );
    }
}
