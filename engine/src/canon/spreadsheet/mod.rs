//! The canon as a spreadsheet, for the people in HR who keep the job
//! architecture in one: the layout of the workbook, and the way between it and
//! a canon folder.
//!
//! **Layout** (README "Bring your own canon" explains it to editors). Row 1 of
//! every sheet is a header row; columns are found by their header, so their
//! order is free, and every header is checked.
//! - **Canon**: columns `Field` and `Value`; one row each for `Name`,
//!   `Abbreviation`, `Version`, and the optional `Notice` and `Language`
//!   (the canon's `language`, a tag such as `de`).
//! - **Ladder**: one row per ladder level: `Level` (its code), `Title`, then one
//!   column per level dimension, headed `Name [key]` (e.g. `Scope [scope]`): the
//!   display name and the key the canon files use, in dimension order.
//! - **Families**: one row per family level: `Group`, `Family name`, `Family id`,
//!   `Family alias 1…`, `Level`, `Profile title`, `Level alias 1…`,
//!   `Responsibility 1…`, `Component responsibility 1…`, and one `Rubric: NAME`
//!   column per rubric. A family's group, name and aliases repeat on each of its
//!   rows, which sit together.
//!
//! - **Review** (optional: the canon's `[review]` table): columns `Field`,
//!   `Value` and `Label`; a row each for the optional `Goals share`,
//!   `Competencies share` and `Achievement cap` (whole numbers, in percent),
//!   and one `Scale point` row per point of the rating scale, in increasing
//!   value, its optional label under `Label`. Without the sheet, or without
//!   a row, the default rules apply; the export writes the sheet only for a
//!   canon whose rules are not the default.
//!
//! - **Templates** (optional: the canon's `[templates]` table): columns
//!   `Template` and `Wording`; a row per template the canon words itself, in
//!   its language: the key (`smart-measurable`, `smart-measurable.label`) and
//!   one line of Fluent pattern (`{ $baseline }` for a slot). The export
//!   writes the sheet only for a canon that words templates.
//!
//! A list takes one numbered column per item: each item is a whole cell, so no
//! separator character can split or join canon text, and an editor adds an item
//! by filling the next cell (or adding the next numbered column). Blank cells
//! in a list are skipped; the list is its filled cells in column-number order.
//!
//! A workbook is `.xlsx` or `.ods`; as CSV it is a trio of files (one per sheet,
//! see [`csv_trio`]), and one more each for the Review and Templates sheets when
//! they are there.
//!
//! Export: [`export::sheets`] lays a [`Canon`] out; [`xlsx`], [`ods`] and
//! [`csv_trio`] write the sheets. Import: [`read::tables`] reads a file's cells;
//! [`import::canon`] checks them and builds the [`Canon`], every problem at its
//! cell; [`toml_writer::files`] writes it as a canon folder for the loader.

use std::path::{Path, PathBuf};

use super::Canon;

pub mod csv_trio;
pub mod export;
pub mod grid;
pub mod import;
pub mod ods;
pub mod read;
pub mod toml_writer;
pub mod xlsx;

pub use grid::{Area, Cell, CellRef, Problem, Table};

/// The sheet with the canon's name, abbreviation, version and notice.
pub const CANON_SHEET: &str = "Canon";
/// The sheet with the level ladder and the level dimensions.
pub const LADDER_SHEET: &str = "Ladder";
/// The sheet with one row per family level.
pub const FAMILIES_SHEET: &str = "Families";
/// The optional sheet with the review rules (the canon's `[review]` table).
pub const REVIEW_SHEET: &str = "Review";
/// The optional sheet with the canon's own wording of templates (its `[templates]` table).
pub const TEMPLATES_SHEET: &str = "Templates";
/// Every sheet a canon workbook must have, in workbook order.
pub const SHEETS: [&str; 3] = [CANON_SHEET, LADDER_SHEET, FAMILIES_SHEET];
/// The sheets a canon workbook may have besides, in workbook order.
pub const OPTIONAL_SHEETS: [&str; 2] = [REVIEW_SHEET, TEMPLATES_SHEET];
/// Every sheet a canon workbook may have, in workbook order.
pub const ALL_SHEETS: [&str; 5] = [
    CANON_SHEET,
    LADDER_SHEET,
    FAMILIES_SHEET,
    REVIEW_SHEET,
    TEMPLATES_SHEET,
];

/// The Canon sheet's label column.
pub const FIELD: &str = "Field";
/// The Canon sheet's value column.
pub const VALUE: &str = "Value";

/// A row of the Canon sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CanonField {
    /// The canon's name.
    Name,
    /// Its abbreviation.
    Abbreviation,
    /// Its version.
    Version,
    /// Its optional notice.
    Notice,
    /// Its optional language tag.
    Language,
}

impl CanonField {
    /// Every field, in sheet order.
    pub const ALL: [CanonField; 5] = [
        CanonField::Name,
        CanonField::Abbreviation,
        CanonField::Version,
        CanonField::Notice,
        CanonField::Language,
    ];

    /// The label in the `Field` column.
    pub fn label(self) -> &'static str {
        match self {
            CanonField::Name => "Name",
            CanonField::Abbreviation => "Abbreviation",
            CanonField::Version => "Version",
            CanonField::Notice => "Notice",
            CanonField::Language => "Language",
        }
    }

    /// Whether the canon must have it.
    pub fn required(self) -> bool {
        !matches!(self, CanonField::Notice | CanonField::Language)
    }
}

/// The Templates sheet's column for the template's key.
pub const TEMPLATE: &str = "Template";
/// The Templates sheet's column for the canon's wording.
pub const WORDING: &str = "Wording";

/// The Review sheet's column for a scale point's label.
pub const LABEL: &str = "Label";

/// A row of the Review sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewField {
    /// The goals' share of the overall score.
    GoalsShare,
    /// The competencies' share.
    CompetenciesShare,
    /// The achievement cap.
    AchievementCap,
    /// One point of the rating scale (a row per point).
    ScalePoint,
}

impl ReviewField {
    /// Every field, in sheet order.
    pub const ALL: [ReviewField; 4] = [
        ReviewField::GoalsShare,
        ReviewField::CompetenciesShare,
        ReviewField::AchievementCap,
        ReviewField::ScalePoint,
    ];

    /// The label in the `Field` column.
    pub fn label(self) -> &'static str {
        match self {
            ReviewField::GoalsShare => "Goals share",
            ReviewField::CompetenciesShare => "Competencies share",
            ReviewField::AchievementCap => "Achievement cap",
            ReviewField::ScalePoint => "Scale point",
        }
    }
}

/// A column of the Ladder sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LadderColumn {
    /// The level's code.
    Level,
    /// The level's title.
    Title,
    /// A level dimension's text.
    Dimension {
        /// Display name, e.g. "Scope".
        name: String,
        /// Key, e.g. "scope".
        key: String,
    },
}

/// The header of the Ladder sheet's level code column (and the Families sheet's).
pub const LEVEL: &str = "Level";
/// The header of the Ladder sheet's title column.
pub const TITLE: &str = "Title";

impl LadderColumn {
    /// The header text.
    pub fn header(&self) -> String {
        match self {
            LadderColumn::Level => LEVEL.into(),
            LadderColumn::Title => TITLE.into(),
            LadderColumn::Dimension { name, key } => format!("{name} [{key}]"),
        }
    }

    /// The column a header names; a dimension's key is what stands in the
    /// last brackets, so names may hold brackets and keys may not.
    pub fn parse(header: &str) -> Option<LadderColumn> {
        match header {
            LEVEL => return Some(LadderColumn::Level),
            TITLE => return Some(LadderColumn::Title),
            _ => {}
        }
        let inner = header.strip_suffix(']')?;
        let open = inner.rfind('[')?;
        let name = inner[..open].strip_suffix(' ')?;
        let key = &inner[open + 1..];
        (!name.is_empty() && !key.is_empty()).then(|| LadderColumn::Dimension {
            name: name.into(),
            key: key.into(),
        })
    }
}

/// A list that takes one numbered column per item on the Families sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListKind {
    /// The family's aliases (repeated on each of its rows).
    FamilyAlias,
    /// The level's aliases.
    LevelAlias,
    /// The level's responsibilities.
    Responsibility,
    /// The level's component responsibilities.
    ComponentResponsibility,
}

impl ListKind {
    /// Every list, in column order.
    pub const ALL: [ListKind; 4] = [
        ListKind::FamilyAlias,
        ListKind::LevelAlias,
        ListKind::Responsibility,
        ListKind::ComponentResponsibility,
    ];

    /// The header before the number, e.g. "Responsibility" for "Responsibility 3".
    pub fn stem(self) -> &'static str {
        match self {
            ListKind::FamilyAlias => "Family alias",
            ListKind::LevelAlias => "Level alias",
            ListKind::Responsibility => "Responsibility",
            ListKind::ComponentResponsibility => "Component responsibility",
        }
    }
}

/// The header prefix of a rubric column, e.g. `Rubric: knowledge-application`.
pub const RUBRIC_PREFIX: &str = "Rubric: ";

/// A column of the Families sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FamilyColumn {
    /// The job family group.
    Group,
    /// The family's name.
    FamilyName,
    /// The family's id.
    FamilyId,
    /// The level's code.
    Level,
    /// The profile's optional title.
    ProfileTitle,
    /// Item `n` (from 1) of a list.
    List(ListKind, u32),
    /// A named rubric's text.
    Rubric(String),
}

impl FamilyColumn {
    /// The columns every Families sheet needs.
    pub const REQUIRED: [FamilyColumn; 4] = [
        FamilyColumn::Group,
        FamilyColumn::FamilyName,
        FamilyColumn::FamilyId,
        FamilyColumn::Level,
    ];

    /// The header text.
    pub fn header(&self) -> String {
        match self {
            FamilyColumn::Group => "Group".into(),
            FamilyColumn::FamilyName => "Family name".into(),
            FamilyColumn::FamilyId => "Family id".into(),
            FamilyColumn::Level => LEVEL.into(),
            FamilyColumn::ProfileTitle => "Profile title".into(),
            FamilyColumn::List(kind, n) => format!("{} {n}", kind.stem()),
            FamilyColumn::Rubric(name) => format!("{RUBRIC_PREFIX}{name}"),
        }
    }

    /// The column a header names. A list number is written plainly (`3`, not `03`).
    pub fn parse(header: &str) -> Option<FamilyColumn> {
        let fixed = [
            FamilyColumn::Group,
            FamilyColumn::FamilyName,
            FamilyColumn::FamilyId,
            FamilyColumn::Level,
            FamilyColumn::ProfileTitle,
        ];
        if let Some(column) = fixed.into_iter().find(|c| c.header() == header) {
            return Some(column);
        }
        if let Some(name) = header.strip_prefix(RUBRIC_PREFIX) {
            return (!name.is_empty()).then(|| FamilyColumn::Rubric(name.into()));
        }
        ListKind::ALL.into_iter().find_map(|kind| {
            let number = header.strip_prefix(kind.stem())?.strip_prefix(' ')?;
            let n: u32 = number.parse().ok()?;
            (n >= 1 && n.to_string() == number).then_some(FamilyColumn::List(kind, n))
        })
    }
}

/// A spreadsheet file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML (Excel).
    Xlsx,
    /// OpenDocument (LibreOffice).
    Ods,
    /// The CSV trio ([`csv_trio`]).
    Csv,
}

impl Format {
    /// The format a file name's extension names (`.xlsx`, `.ods`, `.csv`, any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "xlsx" => Some(Format::Xlsx),
            "ods" => Some(Format::Ods),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// The message for a file whose extension is not a spreadsheet format.
pub fn unknown_format(path: &Path) -> String {
    format!(
        "{}: not a spreadsheet format this reads or writes; use a name ending in .xlsx, .ods or .csv",
        path.display()
    )
}

/// The files that hold `canon` as a spreadsheet named `out`: one workbook, or
/// the CSV trio. Fails on a canon the layout cannot hold (see [`export::sheets`]).
pub fn export_files(canon: &Canon, out: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    let format = Format::from_path(out).ok_or_else(|| unknown_format(out))?;
    let sheets = export::sheets(canon)?;
    Ok(match format {
        Format::Xlsx => vec![(out.to_path_buf(), xlsx::bytes(&sheets)?)],
        Format::Ods => vec![(out.to_path_buf(), ods::bytes(&sheets)?)],
        Format::Csv => csv_trio::files(&sheets, out),
    })
}
