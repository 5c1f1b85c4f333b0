//! CSV (RFC 4180, via the csv crate): one row per item with its slot values.
//!
//! **API boundary: the CSV columns.** Spreadsheets and HR systems map columns
//! by name: columns are only added (at the end), never renamed or reordered.
//!
//! Columns: family, level, frame, item, label, text, baseline, target, date,
//! source, canon, canon_version, exported (the export date, when given).
//! `text` is the item's lines as in the text block (filled), joined by line feeds;
//! `source` names the canon fields they quote, e.g. `responsibilities[0]; rubrics."knowledge-application"`.
//!
//! **Cells are never formulas**: every cell is written through
//! [`safe_cell`] and read back through [`unescape_cell`] ([`crate::cells`]).

use crate::cells::write_safe;
use crate::frame::{Field, FrameKind, ProfileFrames, SlotKind};
use crate::message::Lang;
use crate::render::text;
use crate::render::ExportInfo;
use crate::sheet::review::report::{hr_cells, HR_COLUMNS};
use crate::values::Values;

/// The cell rule, kept here too (its home is [`crate::cells`]).
pub use crate::cells::{safe_cell, unescape_cell};

/// The header row.
pub const COLUMNS: [&str; 13] = [
    "family",
    "level",
    "frame",
    "item",
    "label",
    "text",
    "baseline",
    "target",
    "date",
    "source",
    "canon",
    "canon_version",
    "exported",
];

/// The items of the chosen frames as CSV with a header row.
pub fn document(
    frames: &ProfileFrames,
    kinds: &[FrameKind],
    values: &Values,
    info: &ExportInfo,
) -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).expect("writing to memory");
    for kind in kinds {
        let frame = frames.frame(*kind);
        for item in &frame.items {
            let lines: Vec<_> = frame
                .lines()
                .filter(|l| l.item.as_deref() == Some(item.key.as_str()))
                .collect();
            let text = lines
                .iter()
                .map(|l| text::line(l, values))
                .collect::<Vec<_>>()
                .join("\n");
            let mut sources: Vec<String> = Vec::new();
            for quote in lines.iter().flat_map(|l| l.quotes()) {
                if let Some(path) = field_path(&quote.field) {
                    if !sources.contains(&path) {
                        sources.push(path);
                    }
                }
            }
            let slot = |kind: SlotKind| {
                if item.slots.contains(&kind) {
                    values
                        .get(&item.key, kind)
                        .unwrap_or(kind.placeholder(frames.lang))
                } else {
                    ""
                }
            };
            write_safe(
                &mut writer,
                &[
                    frames.family.as_ref(),
                    frames.level.as_ref(),
                    kind.id(),
                    item.key.as_str(),
                    item.label.as_str(),
                    text.as_str(),
                    slot(SlotKind::Baseline),
                    slot(SlotKind::Target),
                    slot(SlotKind::Date),
                    sources.join("; ").as_str(),
                    frames.canon.name.as_ref(),
                    frames.canon.version.as_ref(),
                    info.date.as_deref().unwrap_or(""),
                ],
            );
        }
    }
    let bytes = writer.into_inner().expect("writing to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 text is UTF-8")
}

/// The canon key a quote comes from, for the fields worth naming as a source.
fn field_path(field: &Field) -> Option<String> {
    match field {
        Field::Responsibility { index } => Some(format!("responsibilities[{index}]")),
        Field::ComponentResponsibility { index } => {
            Some(format!("component_responsibilities[{index}]"))
        }
        Field::Rubric { name } => Some(format!("rubrics.\"{name}\"")),
        Field::DimensionText { key } => Some(format!("dimensions.{key}")),
        _ => None,
    }
}

/// The goal sheet as CSV for an HR system: one row per goal, one line per
/// cell, unfilled slots empty.
///
/// Columns ([`GOAL_COLUMNS`]): employee, period, goal (what it says), description
/// (its filled lines, joined by ` | `, each led by its label, unfilled slots as
/// `—` after a label or named, `target —`), framework (`SMART`, `OKR`, `MBO`,
/// `Balanced Scorecard`, `Development`, `Own goal`, `No longer in the canon`),
/// item (its key), weight (percent),
/// baseline, target, due_date (the period end when not set for the goal),
/// source (its provenance, or "Your own goal — not from the canon"), canon,
/// canon_version; then the review's ([`HR_COLUMNS`], always there, empty but
/// `stage` for a draft): status (the latest check-in's, "On track", "Behind"
/// or "At risk"), last_checkin (its date), actual, achievement_pct (one
/// decimal), self_rating, manager_rating (numbers), stage (`draft`, `agreed`,
/// `reviewed`).
pub fn goal_sheet(goals: &crate::goals::GoalSheet<'_>) -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer
        .write_record(GOAL_COLUMNS)
        .expect("writing to memory");
    let sheet = goals.sheet;
    let period = sheet
        .period
        .clone()
        .or_else(|| goals.sheet.period_line(goals.frames.catalog()))
        .unwrap_or_default();
    for row in &goals.rows {
        let weight = row.weight.map(|w| w.to_string()).unwrap_or_default();
        // An HR system stores what it reads: no ⟨target⟩ placeholders, a
        // dash that says what it stands for instead.
        let description = goals.description(row, crate::goals::Unfilled::Dash);
        // A goal the canon no longer has has no text: its label says so.
        let goal = if row.is_gone() {
            &row.label
        } else {
            &row.headline
        };
        let review = hr_cells(
            sheet,
            &row.key,
            goals.review.as_ref().and_then(|r| r.goal(&row.key)),
        );
        let cells = [
            sheet.person.as_deref().unwrap_or(""),
            period.as_str(),
            goal.as_str(),
            description.as_str(),
            row.framework.csv_name(),
            row.key.as_str(),
            weight.as_str(),
            row.baseline.as_deref().unwrap_or(""),
            row.target.as_deref().unwrap_or(""),
            row.due.as_deref().unwrap_or(""),
            row.source.as_str(),
            goals.frames.canon.name.as_ref(),
            goals.frames.canon.version.as_ref(),
        ];
        let review = review.each_ref().map(String::as_str);
        write_safe(&mut writer, &[&cells[..], &review[..]].concat());
    }
    let bytes = writer.into_inner().expect("writing to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 text is UTF-8")
}

/// The goal sheet CSV's header row: the goal's columns, then the review's
/// ([`HR_COLUMNS`]).
pub const GOAL_COLUMNS: [&str; 20] = [
    "employee",
    "period",
    "goal",
    "description",
    "framework",
    "item",
    "weight",
    "baseline",
    "target",
    "due_date",
    "source",
    "canon",
    "canon_version",
    HR_COLUMNS[0],
    HR_COLUMNS[1],
    HR_COLUMNS[2],
    HR_COLUMNS[3],
    HR_COLUMNS[4],
    HR_COLUMNS[5],
    HR_COLUMNS[6],
];

/// Values read back from a CSV export: the profile it was for and its filled slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadBack {
    /// The family id of every row.
    pub family: String,
    /// The level code of every row.
    pub level: String,
    /// The filled slots (cells that still hold their placeholder count as unfilled).
    pub values: Values,
}

/// The largest CSV accepted for reading back, in bytes.
pub const MAX_CSV_BYTES: usize = 1024 * 1024;

/// Reads values back from a CSV in this module's format (header row required).
/// Errors name the line and what is wrong.
pub fn read_values(text: &str) -> Result<ReadBack, String> {
    if text.len() > MAX_CSV_BYTES {
        return Err(format!(
            "the CSV is too large ({} bytes; at most {MAX_CSV_BYTES})",
            text.len()
        ));
    }
    let mut reader = ::csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("line 1: {e}"))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("line 1: the header row has no \"{name}\" column"))
    };
    let (family_col, level_col, item_col) = (column("family")?, column("level")?, column("item")?);
    let slot_cols: Vec<(SlotKind, usize)> = SlotKind::ALL
        .into_iter()
        .map(|k| column(k.id()).map(|c| (k, c)))
        .collect::<Result<_, _>>()?;
    let mut profile: Option<(String, String)> = None;
    let mut values = Values::new();
    for record in reader.records() {
        let record =
            record.map_err(|e| format!("line {}: {e}", e.position().map_or(0, |p| p.line())))?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |i: usize| unescape_cell(record.get(i).unwrap_or(""));
        let this = (cell(family_col).to_string(), cell(level_col).to_string());
        match &profile {
            None => profile = Some(this),
            Some(p) if *p != this => {
                return Err(format!(
                    "line {line}: rows for {}/{} and {}/{} in one file; a CSV holds one profile",
                    p.0, p.1, this.0, this.1
                ))
            }
            Some(_) => {}
        }
        let item = cell(item_col);
        for (kind, col) in &slot_cols {
            let value = cell(*col);
            // A placeholder, in whichever language the file was written, is no value.
            let placeholder = Lang::ALL.iter().any(|l| value == kind.placeholder(*l));
            if !value.is_empty() && !placeholder {
                values
                    .set(item, *kind, value)
                    .map_err(|e| format!("line {line}: {} of {item}: {e}", kind.id()))?;
            }
        }
    }
    let (family, level) = profile.ok_or("the CSV has no rows")?;
    Ok(ReadBack {
        family,
        level,
        values,
    })
}
