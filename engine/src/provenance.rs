//! Provenance in words: where in the canon a quoted piece of a line comes from,
//! for the app's "show sources" view (e.g. `responsibility 2 · database-engineering · P4`).

use crate::frame::{Field, Quote};

/// Names the canon field of a quote, with its family and level when it has them.
pub fn describe(quote: &Quote) -> String {
    let field = match &quote.field {
        Field::CanonName => "canon name".to_string(),
        Field::Abbrev => "canon abbreviation".to_string(),
        Field::FamilyGroup => "family group".to_string(),
        Field::FamilyName => "family name".to_string(),
        Field::LevelCode => "level code".to_string(),
        Field::LevelTitle => "ladder title".to_string(),
        Field::ProfileTitle => "profile title".to_string(),
        Field::Responsibility { index } => format!("responsibility {}", index + 1),
        Field::ComponentResponsibility { index } => {
            format!("component responsibility {}", index + 1)
        }
        Field::Rubric { name } => format!("rubric \u{201c}{name}\u{201d}"),
        Field::DimensionText { key } => format!("level dimension text ({key})"),
        Field::DimensionName { key } => format!("dimension name ({key})"),
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
            describe(&quote),
            "responsibility 2 · database-engineering · P4"
        );
        let abbrev = Quote {
            field: Field::Abbrev,
            family: None,
            level: None,
            case: Case::Lower,
            ..quote
        };
        assert_eq!(describe(&abbrev), "canon abbreviation");
    }
}
