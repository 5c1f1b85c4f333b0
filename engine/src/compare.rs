//! Comparing up to four profiles side by side: one column per profile, one
//! row per level dimension, the responsibilities, the component
//! responsibilities and each rubric — all verbatim canon text with where it
//! comes from. A row whose cells are not all the same is marked as
//! differing; a field a profile lacks is absent, never filled.

use serde::Serialize;

use crate::canon::{Canon, Profile};
use crate::message::{catalog, Catalog, Lang};

/// The most profiles a comparison shows.
pub const MAX_PROFILES: usize = 4;

/// One profile's text in a row: verbatim canon text, in canon order, and its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The canon text (one item, or a list's items in order).
    pub texts: Vec<String>,
    /// Where it comes from, e.g. `JFM responsibility (P4)`, `level dimension (Scope), P4`.
    pub source: String,
}

/// One row: a dimension, the responsibilities, the component
/// responsibilities or a rubric, across the profiles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// A stable key: `dimension:{key}`, `responsibilities`,
    /// `component_responsibilities`, `rubric:{name}`.
    pub key: String,
    /// What the row is, in words: the dimension's name, "Responsibilities", …
    pub label: String,
    /// One cell per profile; `None` where the canon has nothing for it.
    pub cells: Vec<Option<Cell>>,
    /// True when the cells are not all the same (an absent cell differs from a present one).
    pub differs: bool,
}

/// A compared profile, as named in the comparison's columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Column {
    /// The family id.
    pub family: String,
    /// The level code.
    pub level: String,
    /// The profile's display title.
    pub title: String,
    /// The level's ladder title.
    pub level_title: String,
}

/// Profiles side by side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// The language its words (row names, sources) are in.
    #[serde(serialize_with = "lang_tag")]
    pub lang: Lang,
    /// The canon's name and version, stamped on every export.
    pub canon: String,
    /// Its version.
    pub canon_version: String,
    /// The profiles, in the order asked for.
    pub columns: Vec<Column>,
    /// The rows: dimensions (canon order), responsibilities, component
    /// responsibilities, rubrics (in the order first met).
    pub rows: Vec<Row>,
}

/// Reads `family:LEVEL,family:LEVEL` (the `compare` URL value and the CLI's `--profiles`).
pub fn parse_list(text: &str) -> Vec<(String, String)> {
    text.split(',')
        .filter_map(|pair| {
            let (family, level) = pair.trim().split_once(':')?;
            (!family.is_empty() && !level.is_empty())
                .then(|| (family.to_string(), level.to_string()))
        })
        .collect()
}

/// Writes profiles as `family:LEVEL,family:LEVEL`.
pub fn write_list(profiles: &[(String, String)]) -> String {
    profiles
        .iter()
        .map(|(f, l)| format!("{f}:{l}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Adds a profile to a comparison being put together (the app's "Add to
/// compare"): once only, and at most [`MAX_PROFILES`], a fifth dropping the
/// first picked.
pub fn add(picked: &mut Vec<(String, String)>, family: &str, level: &str) {
    let profile = (family.to_string(), level.to_string());
    if !picked.contains(&profile) {
        picked.push(profile);
        if picked.len() > MAX_PROFILES {
            picked.remove(0);
        }
    }
}

fn lang_tag<S: serde::Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(lang.tag())
}

/// Compares the profiles named by (family id, level code), worded in
/// `lang`; an unknown name or more than [`MAX_PROFILES`] gives a sentence
/// saying what is wrong.
pub fn compare(
    canon: &Canon,
    named: &[(String, String)],
    lang: Lang,
) -> Result<Comparison, String> {
    let t: &Catalog = catalog(lang);
    if named.is_empty() {
        return Err(t.compare_error_none().into());
    }
    if named.len() > MAX_PROFILES {
        return Err(t.compare_error_too_many(&named.len().to_string(), &MAX_PROFILES.to_string()));
    }
    let profiles: Vec<Profile<'_>> = named
        .iter()
        .map(|(family, level)| canon.find_profile(family, level))
        .collect::<Result<_, _>>()?;
    let mut rows = Vec::new();
    for dim in canon.dimensions.iter() {
        let cells = profiles
            .iter()
            .map(|p| {
                p.rung.dimension_text(&dim.key).map(|text| Cell {
                    texts: vec![text.to_string()],
                    source: t.source_next_dimension(&dim.name, &p.level.code),
                })
            })
            .collect();
        rows.push(row(
            format!("dimension:{}", dim.key),
            dim.name.to_string(),
            cells,
        ));
    }
    let list = |items: &[crate::canon::Text], source: String| {
        (!items.is_empty()).then(|| Cell {
            texts: items.iter().map(|t| t.to_string()).collect(),
            source,
        })
    };
    let cells = profiles
        .iter()
        .map(|p| {
            list(
                &p.level.responsibilities,
                t.source_responsibility(&canon.abbrev, &p.level.code),
            )
        })
        .collect();
    rows.push(row(
        "responsibilities".into(),
        t.compare_responsibilities().into(),
        cells,
    ));
    let cells = profiles
        .iter()
        .map(|p| {
            list(
                &p.level.component_responsibilities,
                t.compare_component_source(&canon.abbrev, &p.level.code),
            )
        })
        .collect();
    rows.push(row(
        "component_responsibilities".into(),
        t.compare_component_responsibilities().into(),
        cells,
    ));
    let mut rubric_names: Vec<&str> = Vec::new();
    for p in &profiles {
        for rubric in p.level.rubrics.iter() {
            if !rubric_names.contains(&rubric.name.as_ref()) {
                rubric_names.push(&rubric.name);
            }
        }
    }
    for name in rubric_names {
        let cells = profiles
            .iter()
            .map(|p| {
                p.level.rubric(name).map(|text| Cell {
                    texts: vec![text.to_string()],
                    source: t.compare_rubric_source(&canon.abbrev, &p.level.code, name),
                })
            })
            .collect();
        rows.push(row(format!("rubric:{name}"), t.compare_rubric(name), cells));
    }
    Ok(Comparison {
        lang,
        canon: canon.name.to_string(),
        canon_version: canon.version.to_string(),
        columns: profiles
            .iter()
            .map(|p| Column {
                family: p.family.id.to_string(),
                level: p.level.code.to_string(),
                title: p.display_title(),
                level_title: p.rung.title.to_string(),
            })
            .collect(),
        rows,
    })
}

/// A row, marked as differing when its cells' texts are not all the same.
fn row(key: String, label: String, cells: Vec<Option<Cell>>) -> Row {
    let texts = |c: &Option<Cell>| c.as_ref().map(|c| c.texts.clone());
    let differs = cells.windows(2).any(|w| texts(&w[0]) != texts(&w[1]));
    Row {
        key,
        label,
        cells,
        differs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::load::load_dir;

    fn shipped() -> Canon {
        load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../canon"))
            .unwrap()
            .canon
    }

    #[test]
    fn picking_adds_once_and_keeps_the_last_four() {
        let mut picked = Vec::new();
        for level in ["P1", "P2", "P2", "P3", "P4"] {
            add(&mut picked, "f", level);
        }
        assert_eq!(write_list(&picked), "f:P1,f:P2,f:P3,f:P4", "P2 once");
        add(&mut picked, "f", "P5");
        assert_eq!(
            write_list(&picked),
            "f:P2,f:P3,f:P4,f:P5",
            "a fifth drops the first"
        );
        add(&mut picked, "f", "P3");
        assert_eq!(
            picked.len(),
            MAX_PROFILES,
            "one already picked adds nothing"
        );
    }

    #[test]
    fn neighbouring_levels_side_by_side_with_differing_rows_marked() {
        let canon = shipped();
        let c = compare(
            &canon,
            &parse_list("database-engineering:P4, database-engineering:P5"),
            Lang::En,
        )
        .unwrap();
        assert_eq!(c.columns.len(), 2);
        assert_eq!(c.columns[0].level_title, "Senior Professional");
        let scope = c.rows.iter().find(|r| r.key == "dimension:scope").unwrap();
        assert!(scope.differs);
        assert_eq!(
            scope.cells[0].as_ref().unwrap().texts[0],
            canon.rung("P4").unwrap().dimension_text("scope").unwrap()
        );
        assert_eq!(
            scope.cells[1].as_ref().unwrap().source,
            "level dimension (Scope), P5"
        );
        let resp = c.rows.iter().find(|r| r.key == "responsibilities").unwrap();
        assert_eq!(
            resp.cells[0].as_ref().unwrap().source,
            "JFM responsibility (P4)"
        );
        // The same profile twice: nothing differs.
        let same = compare(&canon, &parse_list("payroll:S3,payroll:S3"), Lang::En).unwrap();
        assert!(same.rows.iter().all(|r| !r.differs));
    }

    #[test]
    fn absent_fields_stay_absent_and_bad_names_are_refused() {
        let canon = shipped();
        let c = compare(
            &canon,
            &parse_list("database-engineering:P2,database-engineering:P4"),
            Lang::En,
        )
        .unwrap();
        let components = c
            .rows
            .iter()
            .find(|r| r.key == "component_responsibilities")
            .unwrap();
        assert!(components.cells.iter().any(Option::is_none) || !components.differs);
        let err = compare(&canon, &parse_list("databse-engineering:P4"), Lang::En).unwrap_err();
        assert!(err.starts_with("unknown family \"databse-engineering\"; these exist (nearest first): database-engineering"));
        let five = "payroll:S2,payroll:S3,payroll:S4,payroll:P1,payroll:P2";
        assert!(compare(&canon, &parse_list(five), Lang::En)
            .unwrap_err()
            .contains("at most 4"));
        assert_eq!(write_list(&parse_list("a:P1,b:P2")), "a:P1,b:P2");
    }

    #[test]
    fn the_next_level_follows_the_ladder_within_the_family() {
        let canon = shipped();
        let p4 = canon.profile("database-engineering", "P4").unwrap();
        assert_eq!(p4.next_level().unwrap().level.code, "P5");
        let s4 = canon.profile("payroll", "S4").unwrap();
        assert_eq!(s4.next_level().unwrap().level.code, "P1");
    }
}
