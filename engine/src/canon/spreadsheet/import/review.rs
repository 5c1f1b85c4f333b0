//! The optional Review sheet: the canon's `[review]` table as rows of
//! `Field`, `Value` and `Label` (a row each for the shares and the cap, a
//! `Scale point` row per point). What the rules must be is
//! [`ReviewRules::new`]'s, as for the TOML loader; its error is reported at
//! the cell at fault (the point's value or label, the share's or cap's value).

use super::{column_of, on_row, SheetReader};
use crate::canon::review::{PointField, ReviewRules, RulesError, ScalePoint};
use crate::canon::spreadsheet::grid::{Cell, CellRef};
use crate::canon::spreadsheet::{ReviewField, FIELD, LABEL, VALUE};
use crate::canon::Text;
use crate::suggest::nearest_first;

/// The Review sheet's columns, as their places in this list.
const COLUMNS: [&str; 3] = [FIELD, VALUE, LABEL];

/// The rules the sheet holds; the default for a field without a row. A
/// problem is reported, and the default returned (the import fails anyway).
pub(super) fn review_sheet(sheet: &mut SheetReader<'_, '_>) -> ReviewRules {
    let default = ReviewRules::DEFAULT;
    let known: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    let columns = sheet.header(
        |h| COLUMNS.iter().position(|c| *c == h),
        &known,
        &[(0, FIELD.into()), (1, VALUE.into())],
    );
    let (Some(field_col), Some(value_col)) = (column_of(&columns, &0), column_of(&columns, &1))
    else {
        return default;
    };
    let label_col = column_of(&columns, &2);
    let reported = sheet.problems.len();
    let rows = read_rows(sheet, field_col, value_col, label_col);
    // With a cell unread, the rules would be checked without it: wrongly.
    if sheet.problems.len() > reported {
        return default;
    }
    let number = |field: ReviewField, or: u32| rows.number(field).map_or(or, |(_, n)| n);
    let points: Vec<ScalePoint> = rows.points.iter().map(|(_, p)| p.clone()).collect();
    let rules = ReviewRules::new(
        if points.is_empty() {
            default.scale.to_vec()
        } else {
            points
        },
        number(ReviewField::GoalsShare, default.goals_share),
        number(ReviewField::CompetenciesShare, default.competencies_share),
        number(ReviewField::AchievementCap, default.achievement_cap),
    );
    rules.unwrap_or_else(|error| {
        let at = rows.cell_at_fault(&error, field_col, value_col, label_col);
        sheet.error(at, error.to_string());
        default
    })
}

/// The rows read: each number field's row and value, and the scale's points
/// with their rows, in sheet order.
#[derive(Default)]
struct ReviewRows {
    numbers: Vec<(ReviewField, u32, u32)>,
    points: Vec<(u32, ScalePoint)>,
}

impl ReviewRows {
    /// A number field's row and value, if the sheet has it.
    fn number(&self, field: ReviewField) -> Option<(u32, u32)> {
        self.numbers
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, row, n)| (*row, *n))
    }

    /// The cell a rules error is about.
    fn cell_at_fault(
        &self,
        error: &RulesError,
        field_col: u32,
        value_col: u32,
        label_col: Option<u32>,
    ) -> CellRef {
        if let Some((i, field)) = error.point() {
            if let Some((row, _)) = self.points.get(i) {
                let col = match field {
                    PointField::Value => value_col,
                    PointField::Label => label_col.unwrap_or(value_col),
                };
                return CellRef::new(*row, col);
            }
        }
        let field = match error {
            RulesError::Shares { .. } => self
                .number(ReviewField::GoalsShare)
                .map(|_| ReviewField::GoalsShare)
                .unwrap_or(ReviewField::CompetenciesShare),
            RulesError::Cap(_) => ReviewField::AchievementCap,
            // The scale as a whole: at its first point's field.
            _ => ReviewField::ScalePoint,
        };
        match (field, self.number(field), self.points.first()) {
            (_, Some((row, _)), _) => CellRef::new(row, value_col),
            (ReviewField::ScalePoint, _, Some((row, _))) => CellRef::new(*row, field_col),
            _ => CellRef::new(1, field_col),
        }
    }
}

fn read_rows(
    sheet: &mut SheetReader<'_, '_>,
    field_col: u32,
    value_col: u32,
    label_col: Option<u32>,
) -> ReviewRows {
    let labels: Vec<&str> = ReviewField::ALL.iter().map(|f| f.label()).collect();
    let mut rows = ReviewRows::default();
    for row in sheet.data_rows() {
        let field_at = CellRef::new(row, field_col);
        let value_at = CellRef::new(row, value_col);
        let label = match sheet.text(field_at) {
            Ok(Some(label)) => label,
            Ok(None) => {
                sheet.error(
                    field_at,
                    format!(
                        "this row has no field; the fields are {}",
                        labels.join(", ")
                    ),
                );
                continue;
            }
            Err(()) => continue,
        };
        let Some(field) = ReviewField::ALL.into_iter().find(|f| f.label() == label) else {
            let names = nearest_first(&label, labels.iter().copied());
            sheet.error(
                field_at,
                format!(
                    "unknown field \"{label}\"; the fields are (nearest first): {}",
                    names.join(", ")
                ),
            );
            continue;
        };
        let value = number(sheet, value_at, &label);
        if field != ReviewField::ScalePoint {
            if let Some((first, _)) = rows.number(field) {
                let first = on_row(first);
                sheet.error(
                    field_at,
                    format!("the field \"{label}\" is also {first}; keep one"),
                );
                continue;
            }
            if let Some(col) = label_col {
                if *sheet.table.cell(CellRef::new(row, col)) != Cell::Empty {
                    sheet.error(
                        CellRef::new(row, col),
                        format!(
                            "only a \"{}\" row has a label; clear this cell",
                            ReviewField::ScalePoint.label()
                        ),
                    );
                }
            }
            if let Some(value) = value {
                rows.numbers.push((field, row, value));
            }
            continue;
        }
        let point_label = match label_col {
            Some(col) => sheet.raw_text(CellRef::new(row, col)),
            None => Ok(None),
        };
        if let (Some(value), Ok(label)) = (value, point_label) {
            let label = label.map(Text::Owned);
            rows.points.push((row, ScalePoint { value, label }));
        }
    }
    rows
}

/// A whole number of 0 or more, typed as a number or as text; reported and
/// `None` when blank or anything else.
fn number(sheet: &mut SheetReader<'_, '_>, at: CellRef, field: &str) -> Option<u32> {
    let (shown, problem) = match sheet.table.cell(at) {
        Cell::Empty => {
            sheet.error(at, format!("the value of \"{field}\" is blank; fill it in"));
            return None;
        }
        Cell::Text(text) | Cell::Number(text) => match text.parse::<u32>() {
            Ok(n) if n.to_string() == *text => return Some(n),
            _ => (text.clone(), "a whole number of 0 or more"),
        },
        _ => {
            // Not text nor a number: the reader's own words for the cell.
            let _ = sheet.raw_text(at);
            return None;
        }
    };
    sheet.error(
        at,
        format!("the value of \"{field}\" is {shown:?}; it is {problem}, e.g. 100"),
    );
    None
}
