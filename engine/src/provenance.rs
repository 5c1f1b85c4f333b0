//! Provenance in words: where in the canon a quoted piece of a line comes from,
//! for the app's "show sources" view (e.g. `responsibility 2 · database-engineering · P4`).

use crate::frame::{Field, Quote};
use crate::message::Catalog;

/// Names the canon field of a quote, with its family and level when it
/// has them, in `t`'s language.
pub fn describe(quote: &Quote, t: &Catalog) -> String {
    let field = match &quote.field {
        Field::CanonName => t.provenance_canon_name().to_string(),
        Field::Abbrev => t.provenance_abbrev().to_string(),
        Field::FamilyGroup => t.provenance_family_group().to_string(),
        Field::FamilyName => t.provenance_family_name().to_string(),
        Field::LevelCode => t.provenance_level_code().to_string(),
        Field::LevelTitle => t.provenance_level_title().to_string(),
        Field::ProfileTitle => t.provenance_profile_title().to_string(),
        Field::Responsibility { index } => t.provenance_responsibility(&(index + 1).to_string()),
        Field::ComponentResponsibility { index } => {
            t.provenance_component_responsibility(&(index + 1).to_string())
        }
        Field::Rubric { name } => t.provenance_rubric(name),
        Field::DimensionText { key } => t.provenance_dimension_text(key),
        Field::DimensionName { key } => t.provenance_dimension_name(key),
    };
    [
        Some(field.as_str()),
        quote.family.as_deref(),
        quote.level.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::describe;
    use crate::frame::{Case, Field, Quote};
    use std::borrow::Cow;

    fn en() -> &'static crate::message::Catalog {
        crate::message::catalog(crate::message::Lang::En)
    }

    #[test]
    fn names_field_family_and_level() {
        let quote = Quote {
            text: Cow::Borrowed("Architects"),
            field: Field::Responsibility { index: 1 },
            family: Some(Cow::Borrowed("database-engineering")),
            level: Some(Cow::Borrowed("P4")),
            case: Case::AsWritten,
        };
        assert_eq!(
            describe(&quote, en()),
            "responsibility 2 · database-engineering · P4"
        );
        let abbrev = Quote {
            field: Field::Abbrev,
            family: None,
            level: None,
            case: Case::Lower,
            ..quote
        };
        assert_eq!(describe(&abbrev, en()), "canon abbreviation");
    }
}
