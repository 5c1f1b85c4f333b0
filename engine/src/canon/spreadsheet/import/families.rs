//! The Families sheet: one row per family level, a family's rows together,
//! its group, name and aliases repeated on each. Read in three steps: the
//! columns ([`FamilyColumns`]), each row's cells on their own ([`read_row`]),
//! and the rows into families ([`Families`]), where the rules across rows are
//! kept (rows of a family agree, an id is one family's, a family has each
//! level once).

use std::collections::HashMap;

use super::{column_of, level_code, on_row, SheetReader};
use crate::canon::rules::{self, Unique};
use crate::canon::spreadsheet::grid::CellRef;
use crate::canon::spreadsheet::{FamilyColumn, ListKind};
use crate::canon::{Family, FamilyLevel, List, Rubric, Text};

/// The families on the sheet, in the order of their first rows; each level
/// code checked against `ladder` when the Ladder sheet could be read.
pub(super) fn families_sheet(
    sheet: &mut SheetReader<'_, '_>,
    ladder: Option<&[String]>,
) -> Vec<Family> {
    let Some(cols) = FamilyColumns::read(sheet) else {
        return Vec::new();
    };
    let rows = sheet.data_rows();
    if rows.is_empty() {
        let at = &mut sheet.at(CellRef::new(1, cols.id));
        rules::no_families("one row per family level", at);
    }
    let mut families = Families::default();
    for row in rows {
        let row = read_row(sheet, &cols, row, ladder);
        families.add(sheet, &cols, row);
    }
    families.finish()
}

/// Where the Families sheet's columns are, found by their headers.
struct FamilyColumns {
    /// Every column the header row names, left to right.
    headers: Vec<(u32, FamilyColumn)>,
    group: u32,
    name: u32,
    id: u32,
    level: u32,
    title: Option<u32>,
    /// Each list's columns, in item-number order.
    lists: HashMap<ListKind, Vec<u32>>,
    /// The rubric columns whose names are good, and the names.
    rubrics: Vec<(u32, String)>,
}

impl FamilyColumns {
    /// Reads and checks the header row (rubric names included); `None` when a
    /// required column is missing (reported).
    fn read(sheet: &mut SheetReader<'_, '_>) -> Option<FamilyColumns> {
        let known = [
            FamilyColumn::Group.header(),
            FamilyColumn::FamilyName.header(),
            FamilyColumn::FamilyId.header(),
            FamilyColumn::Level.header(),
            FamilyColumn::ProfileTitle.header(),
        ]
        .into_iter()
        .chain(ListKind::ALL.iter().map(|k| format!("{} N", k.stem())))
        .chain([FamilyColumn::Rubric("NAME".into()).header()])
        .collect::<Vec<_>>();
        let required: Vec<(FamilyColumn, String)> = FamilyColumn::REQUIRED
            .iter()
            .map(|c| (c.clone(), c.header()))
            .collect();
        let headers = sheet.header(FamilyColumn::parse, &known, &required);
        let rubrics = rubric_columns(sheet, &headers);
        let lists = ListKind::ALL
            .iter()
            .map(|kind| (*kind, list_columns(&headers, *kind)))
            .collect();
        let col = |c: FamilyColumn| column_of(&headers, &c);
        Some(FamilyColumns {
            group: col(FamilyColumn::Group)?,
            name: col(FamilyColumn::FamilyName)?,
            id: col(FamilyColumn::FamilyId)?,
            level: col(FamilyColumn::Level)?,
            title: col(FamilyColumn::ProfileTitle),
            lists,
            rubrics,
            headers,
        })
    }

    /// The header of column `col`, as a blank cell's message names it.
    fn header(&self, col: u32) -> String {
        self.headers
            .iter()
            .find(|(c, _)| *c == col)
            .map(|(_, column)| column.header())
            .unwrap_or_default()
    }

    /// The columns that say something of the whole family (group, name, the
    /// family aliases), repeated on each of its rows.
    fn shared(&self) -> Vec<u32> {
        [self.group, self.name]
            .into_iter()
            .chain(self.lists[&ListKind::FamilyAlias].iter().copied())
            .collect()
    }
}

/// The `Rubric: NAME` columns whose names pass [`rules::rubric_name`].
fn rubric_columns(
    sheet: &mut SheetReader<'_, '_>,
    headers: &[(u32, FamilyColumn)],
) -> Vec<(u32, String)> {
    let mut rubrics = Vec::new();
    for (col, column) in headers {
        let FamilyColumn::Rubric(name) = column else {
            continue;
        };
        if rules::rubric_name(name, &mut sheet.at(CellRef::new(0, *col))) {
            rubrics.push((*col, name.clone()));
        }
    }
    rubrics
}

/// The columns of one list, in item-number order.
fn list_columns(headers: &[(u32, FamilyColumn)], kind: ListKind) -> Vec<u32> {
    let mut numbered: Vec<(u32, u32)> = headers
        .iter()
        .filter_map(|(col, c)| match c {
            FamilyColumn::List(k, n) if *k == kind => Some((*n, *col)),
            _ => None,
        })
        .collect();
    numbered.sort();
    numbered.into_iter().map(|(_, col)| col).collect()
}

/// A family-level cell (group, name, alias): its value, blank as `Some(None)`;
/// `None` when the cell is reported already (bad text, a blank required cell),
/// so that it is not reported again as disagreeing.
type Shared = Option<Option<String>>;

/// One row of the Families sheet, every cell read and checked on its own.
struct FamilyRow {
    row: u32,
    /// The family id, when good.
    id: Option<String>,
    /// The family-level cells, by column ([`FamilyColumns::shared`]).
    shared: Vec<(u32, Shared)>,
    /// The level, when its code is good.
    level: Option<FamilyLevel>,
}

/// Reads row `row`'s cells, checking each (the id, the level code against
/// `ladder` when the Ladder sheet could be read, the text of every cell).
fn read_row(
    sheet: &mut SheetReader<'_, '_>,
    cols: &FamilyColumns,
    row: u32,
    ladder: Option<&[String]>,
) -> FamilyRow {
    let at = |col: u32| CellRef::new(row, col);
    let id = sheet.required(at(cols.id), &format!("\"{}\"", cols.header(cols.id)));
    if let Some(id) = &id {
        rules::family_id(id, &mut sheet.at(at(cols.id)));
    }
    let shared = cols
        .shared()
        .into_iter()
        .map(|col| {
            let value = if col == cols.group || col == cols.name {
                let what = format!("\"{}\"", cols.header(col));
                sheet.required(at(col), &what).map(Some)
            } else {
                sheet.text(at(col)).ok()
            };
            (col, value)
        })
        .collect();
    let code = level_code(sheet, at(cols.level));
    if let (Some(code), Some(ladder)) = (&code, ladder) {
        let ladder: Vec<&str> = ladder.iter().map(String::as_str).collect();
        let place = &mut sheet.at(at(cols.level));
        rules::level_in_ladder(code, &ladder, "the Ladder sheet", place);
    }
    let title = cols
        .title
        .and_then(|col| sheet.optional(at(col)).map(Text::Owned));
    let mut list = |kind: ListKind| -> Vec<Text> {
        cols.lists[&kind]
            .iter()
            .filter_map(|&col| sheet.optional(at(col)).map(Text::Owned))
            .collect()
    };
    let aliases = list(ListKind::LevelAlias);
    let responsibilities = list(ListKind::Responsibility);
    let component_responsibilities = list(ListKind::ComponentResponsibility);
    let rubrics: Vec<Rubric> = cols
        .rubrics
        .iter()
        .filter_map(|(col, name)| {
            let text = sheet.optional(at(*col))?;
            Some(Rubric {
                name: Text::Owned(name.clone()),
                text: Text::Owned(text),
            })
        })
        .collect();
    let level = code.map(|code| FamilyLevel {
        code: Text::Owned(code),
        title,
        aliases: List::Owned(aliases),
        responsibilities: List::Owned(responsibilities),
        component_responsibilities: List::Owned(component_responsibilities),
        rubrics: List::Owned(rubrics),
    });
    FamilyRow {
        row,
        id,
        shared,
        level,
    }
}

/// A family being read: its first and last rows, what its first row says
/// of the whole family, and its levels so far.
struct FamilyRows {
    family: Family,
    levels: Vec<FamilyLevel>,
    first_row: u32,
    last_row: u32,
    /// The family-level cells of the first row, by column (see [`Shared`]).
    shared: Vec<(u32, Shared)>,
    /// The row of each level.
    rows: Vec<u32>,
}

/// The family a row goes to.
enum Current {
    /// Rows of this family (an index into the families).
    Family(usize),
    /// Rows under an id used before: reported once, not read into a family.
    Duplicate(String),
}

/// The families of the sheet as its rows come, each family's rows together.
#[derive(Default)]
struct Families {
    families: Vec<FamilyRows>,
    /// The family the last row went to; `None` after a row without a good id.
    current: Option<Current>,
}

impl Families {
    /// Adds a row to its family: the row after a family's rows with the same
    /// id continues it, a row with a new id starts one, a row with an id used
    /// further up is a duplicate.
    fn add(&mut self, sheet: &mut SheetReader<'_, '_>, cols: &FamilyColumns, row: FamilyRow) {
        let Some(id) = row.id.clone() else {
            self.current = None;
            return;
        };
        let Some(index) = self.family_of(sheet, cols, &row, id) else {
            return;
        };
        let family = &mut self.families[index];
        family.last_row = row.row;
        if family.first_row != row.row {
            agrees_with_first_row(sheet, cols, family, &row);
        }
        let Some(level) = row.level else {
            return;
        };
        let first = family
            .levels
            .iter()
            .zip(&family.rows)
            .find(|(l, _)| l.code == level.code);
        if let Some((_, first)) = first {
            let what = Unique::FamilyLevel {
                family: Some(&family.family.id),
            };
            let at = &mut sheet.at(CellRef::new(row.row, cols.level));
            rules::duplicate(what, &level.code, &on_row(*first), at);
            return;
        }
        family.levels.push(level);
        family.rows.push(row.row);
    }

    /// The index of the family row `row` (of family `id`) goes to, starting
    /// one when the id is new; `None` for a row of a duplicate id (reported on
    /// the duplicate's first row).
    fn family_of(
        &mut self,
        sheet: &mut SheetReader<'_, '_>,
        cols: &FamilyColumns,
        row: &FamilyRow,
        id: String,
    ) -> Option<usize> {
        match &self.current {
            Some(Current::Family(i)) if self.families[*i].family.id == id.as_str() => {
                return Some(*i)
            }
            Some(Current::Duplicate(dup)) if *dup == id => return None,
            _ => {}
        }
        if let Some(first) = self.families.iter().find(|f| f.family.id == id.as_str()) {
            let rows = if first.first_row == first.last_row {
                on_row(first.first_row)
            } else {
                format!("on rows {}–{}", first.first_row + 1, first.last_row + 1)
            };
            let what = Unique::FamilyId {
                first_name: &first.family.name,
            };
            rules::duplicate(
                what,
                &id,
                &rows,
                &mut sheet.at(CellRef::new(row.row, cols.id)),
            );
            self.current = Some(Current::Duplicate(id));
            return None;
        }
        let shared = |i: usize| row.shared[i].1.clone().flatten();
        let aliases = (2..row.shared.len()).filter_map(shared);
        self.families.push(FamilyRows {
            family: Family {
                id: Text::Owned(id),
                group: Text::Owned(shared(0).unwrap_or_default()),
                name: Text::Owned(shared(1).unwrap_or_default()),
                aliases: List::Owned(aliases.map(Text::Owned).collect()),
                levels: List::Owned(Vec::new()),
            },
            levels: Vec::new(),
            first_row: row.row,
            last_row: row.row,
            shared: row.shared.clone(),
            rows: Vec::new(),
        });
        let index = self.families.len() - 1;
        self.current = Some(Current::Family(index));
        Some(index)
    }

    fn finish(self) -> Vec<Family> {
        self.families
            .into_iter()
            .map(|f| Family {
                levels: List::Owned(f.levels),
                ..f.family
            })
            .collect()
    }
}

/// Reports each family-level cell of `row` that says otherwise than the
/// family's first row.
fn agrees_with_first_row(
    sheet: &mut SheetReader<'_, '_>,
    cols: &FamilyColumns,
    family: &FamilyRows,
    row: &FamilyRow,
) {
    let shown = |v: &Option<String>| match v {
        Some(v) => format!("\"{v}\""),
        None => "blank".into(),
    };
    for ((col, value), (_, first)) in row.shared.iter().zip(&family.shared) {
        let (Some(value), Some(first)) = (value, first) else {
            continue;
        };
        if value != first {
            let message = format!(
                "\"{}\" is {} here but {} on row {}, the first row of family \"{}\"; every row of a family must agree",
                cols.header(*col),
                shown(value),
                shown(first),
                family.first_row + 1,
                family.family.id,
            );
            sheet.error(CellRef::new(row.row, *col), message);
        }
    }
}
