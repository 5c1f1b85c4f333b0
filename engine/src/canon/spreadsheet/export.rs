//! A canon laid out as the sheets of the workbook (see the module above):
//! headers, rows of text, and column widths for the people who edit them.

use crate::canon::{Canon, ReviewRules, KNOWN_RUBRICS};

use super::{
    CanonField, FamilyColumn, LadderColumn, ListKind, ReviewField, CANON_SHEET, FAMILIES_SHEET,
    FIELD, LABEL, LADDER_SHEET, REVIEW_SHEET, TEMPLATE, TEMPLATES_SHEET, VALUE, WORDING,
};

/// A column to write: its header and how it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The header in row 1.
    pub header: String,
    /// Width in characters.
    pub width: f64,
    /// Long text: wrapped in its cell rather than cut off.
    pub wrap: bool,
}

/// One sheet to write: a header row, then rows of text (`""` for a blank cell).
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The sheet's name.
    pub name: &'static str,
    /// Its columns, left to right.
    pub columns: Vec<Column>,
    /// Its rows below the header, each as long as `columns`.
    pub rows: Vec<Vec<String>>,
}

fn column(header: String, width: f64, wrap: bool) -> Column {
    Column {
        header,
        width,
        wrap,
    }
}

/// The Canon, Ladder and Families sheets of `canon`, its Review sheet
/// when its review rules are not the default, and its Templates sheet when
/// it words templates itself. Fails, naming the
/// reason, on what the layout cannot hold: a dimension key with `[` in it
/// (the Ladder header is `Name [key]`) or a family without levels (the
/// Families sheet has a row per family level).
pub fn sheets(canon: &Canon) -> Result<Vec<Sheet>, String> {
    let mut sheets = vec![
        canon_sheet(canon),
        ladder_sheet(canon)?,
        families_sheet(canon)?,
    ];
    // A canon without a `[review]` table exports as it did before there was one.
    if canon.review != ReviewRules::DEFAULT {
        sheets.push(review_sheet(&canon.review));
    }
    if !canon.templates.is_empty() {
        sheets.push(templates_sheet(canon));
    }
    Ok(sheets)
}

/// The Templates sheet: a row per template the canon words, in catalog order.
fn templates_sheet(canon: &Canon) -> Sheet {
    let wordings = crate::canon::templates::in_catalog_order(&canon.templates);
    Sheet {
        name: TEMPLATES_SHEET,
        columns: vec![
            column(TEMPLATE.into(), 32.0, false),
            column(WORDING.into(), 90.0, true),
        ],
        rows: wordings
            .into_iter()
            .map(|w| vec![w.id.key().to_string(), w.source()])
            .collect(),
    }
}

/// The Review sheet: the shares and the cap, then a row per scale point.
fn review_sheet(rules: &ReviewRules) -> Sheet {
    let row = |field: ReviewField, value: u32, label: &str| {
        vec![
            field.label().to_string(),
            value.to_string(),
            label.to_string(),
        ]
    };
    let mut rows = vec![
        row(ReviewField::GoalsShare, rules.goals_share, ""),
        row(ReviewField::CompetenciesShare, rules.competencies_share, ""),
        row(ReviewField::AchievementCap, rules.achievement_cap, ""),
    ];
    for point in rules.scale.iter() {
        let label = point.label.as_deref().unwrap_or_default();
        rows.push(row(ReviewField::ScalePoint, point.value, label));
    }
    Sheet {
        name: REVIEW_SHEET,
        columns: vec![
            column(FIELD.into(), 20.0, false),
            column(VALUE.into(), 8.0, false),
            column(LABEL.into(), 40.0, false),
        ],
        rows,
    }
}

fn canon_sheet(canon: &Canon) -> Sheet {
    let rows = CanonField::ALL
        .iter()
        .filter_map(|field| {
            let value = match field {
                CanonField::Name => canon.name.to_string(),
                CanonField::Abbreviation => canon.abbrev.to_string(),
                CanonField::Version => canon.version.to_string(),
                CanonField::Notice => canon.notice.as_deref().unwrap_or_default().to_string(),
                // An English canon that does not say so exports as before.
                CanonField::Language => canon.language?.tag().to_string(),
            };
            Some(vec![field.label().to_string(), value])
        })
        .collect();
    Sheet {
        name: CANON_SHEET,
        columns: vec![
            column(FIELD.into(), 16.0, false),
            column(VALUE.into(), 90.0, true),
        ],
        rows,
    }
}

fn ladder_sheet(canon: &Canon) -> Result<Sheet, String> {
    let mut columns = vec![
        column(LadderColumn::Level.header(), 8.0, false),
        column(LadderColumn::Title.header(), 28.0, false),
    ];
    for d in canon.dimensions.iter() {
        if d.key.contains('[') {
            return Err(format!(
                "dimension key \"{}\" holds '[', which its Ladder header \"Name [key]\" cannot show; rename the key",
                d.key
            ));
        }
        let header = LadderColumn::Dimension {
            name: d.name.to_string(),
            key: d.key.to_string(),
        }
        .header();
        columns.push(column(header, 40.0, true));
    }
    let rows = canon
        .ladder
        .iter()
        .map(|level| {
            let mut row = vec![level.code.to_string(), level.title.to_string()];
            row.extend(
                canon
                    .dimensions
                    .iter()
                    .map(|d| level.dimension_text(&d.key).unwrap_or_default().to_string()),
            );
            row
        })
        .collect();
    Ok(Sheet {
        name: LADDER_SHEET,
        columns,
        rows,
    })
}

/// The Families sheet's columns for `canon`: each list as many numbered
/// columns as its longest instance (at least one, so that editors see the
/// pattern), and a rubric column per rubric name, the frames' own first.
fn family_columns(canon: &Canon) -> Vec<FamilyColumn> {
    let levels = || canon.families.iter().flat_map(|f| f.levels.iter());
    let longest = |kind: ListKind| -> u32 {
        let longest = match kind {
            ListKind::FamilyAlias => canon.families.iter().map(|f| f.aliases.len()).max(),
            ListKind::LevelAlias => levels().map(|l| l.aliases.len()).max(),
            ListKind::Responsibility => levels().map(|l| l.responsibilities.len()).max(),
            ListKind::ComponentResponsibility => {
                levels().map(|l| l.component_responsibilities.len()).max()
            }
        };
        longest.unwrap_or(0).max(1) as u32
    };
    let list = |kind: ListKind| (1..=longest(kind)).map(move |n| FamilyColumn::List(kind, n));

    let mut rubrics: Vec<&str> = Vec::new();
    for name in KNOWN_RUBRICS
        .into_iter()
        .chain(levels().flat_map(|l| l.rubrics.iter().map(|r| r.name.as_ref())))
    {
        if !rubrics.contains(&name) {
            rubrics.push(name);
        }
    }

    let mut columns = vec![
        FamilyColumn::Group,
        FamilyColumn::FamilyName,
        FamilyColumn::FamilyId,
    ];
    columns.extend(list(ListKind::FamilyAlias));
    columns.extend([FamilyColumn::Level, FamilyColumn::ProfileTitle]);
    columns.extend(list(ListKind::LevelAlias));
    columns.extend(list(ListKind::Responsibility));
    columns.extend(list(ListKind::ComponentResponsibility));
    columns.extend(rubrics.into_iter().map(|r| FamilyColumn::Rubric(r.into())));
    columns
}

fn families_sheet(canon: &Canon) -> Result<Sheet, String> {
    let columns = family_columns(canon);
    let mut rows = Vec::new();
    for family in canon.families.iter() {
        if family.levels.is_empty() {
            return Err(format!(
                "family \"{}\" has no levels; the Families sheet holds one row per family level",
                family.id
            ));
        }
        for level in family.levels.iter() {
            let nth = |list: &[crate::canon::Text], n: u32| {
                list.get(n as usize - 1)
                    .map(ToString::to_string)
                    .unwrap_or_default()
            };
            let row = columns
                .iter()
                .map(|c| match c {
                    FamilyColumn::Group => family.group.to_string(),
                    FamilyColumn::FamilyName => family.name.to_string(),
                    FamilyColumn::FamilyId => family.id.to_string(),
                    FamilyColumn::Level => level.code.to_string(),
                    FamilyColumn::ProfileTitle => {
                        level.title.as_deref().unwrap_or_default().to_string()
                    }
                    FamilyColumn::List(ListKind::FamilyAlias, n) => nth(&family.aliases, *n),
                    FamilyColumn::List(ListKind::LevelAlias, n) => nth(&level.aliases, *n),
                    FamilyColumn::List(ListKind::Responsibility, n) => {
                        nth(&level.responsibilities, *n)
                    }
                    FamilyColumn::List(ListKind::ComponentResponsibility, n) => {
                        nth(&level.component_responsibilities, *n)
                    }
                    FamilyColumn::Rubric(name) => {
                        level.rubric(name).unwrap_or_default().to_string()
                    }
                })
                .collect();
            rows.push(row);
        }
    }
    let columns = columns
        .iter()
        .map(|c| {
            let (width, wrap) = match c {
                FamilyColumn::Group
                | FamilyColumn::FamilyName
                | FamilyColumn::FamilyId
                | FamilyColumn::ProfileTitle => (26.0, false),
                FamilyColumn::Level => (8.0, false),
                FamilyColumn::List(ListKind::FamilyAlias | ListKind::LevelAlias, _) => {
                    (18.0, false)
                }
                FamilyColumn::List(ListKind::Responsibility, _) => (50.0, true),
                FamilyColumn::List(ListKind::ComponentResponsibility, _) => (36.0, true),
                FamilyColumn::Rubric(_) => (50.0, true),
            };
            column(c.header(), width, wrap)
        })
        .collect();
    Ok(Sheet {
        name: FAMILIES_SHEET,
        columns,
        rows,
    })
}
