//! Competency rows: the level rated verbatim.
//!
//! A profile's level dimensions (scope, autonomy, complexity, impact,
//! decision rights, leadership, … — one row per dimension its ladder level
//! has text for, in canon order) and its leveling rubrics (in file order)
//! become the rows of the review's competency part. Each row quotes the
//! canon: its label is the dimension's name or the rubric's name as
//! written, its text the level's dimension text or the rubric text, with the
//! quote's provenance, as frames quote them. Each row is rated self and
//! manager on the review's scale ("Self rating, Scope", "Manager rating,
//! Scope").

use crate::canon::{Profile, Text};
use crate::frame::{Case, Field, Quote};
use crate::message::Catalog;
use crate::sheet::review::appraisal::Rater;

/// What a competency row comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompetencyKind {
    /// A level dimension (scope, autonomy, …).
    Dimension,
    /// A leveling rubric of the profile.
    Rubric,
}

/// One competency row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Competency {
    /// Stable key on the sheet: `dimension-{key}` or `rubric-{name}`
    /// ([`competency_key`]).
    pub key: String,
    /// A dimension or a rubric.
    pub kind: CompetencyKind,
    /// Its label, verbatim: the dimension's name ("Scope") or the rubric's
    /// name ("complexity/problem-solving").
    pub label: Text,
    /// The canon text rated, verbatim, with its provenance.
    pub text: Quote,
    /// Where the text comes from, in words (see [`crate::provenance::describe`]),
    /// e.g. `level dimension text (scope) · P4`.
    pub source: String,
}

impl Competency {
    /// The label of a rating's field: "Self rating, Scope", "Manager rating, Scope".
    pub fn rating_label(&self, rater: Rater, t: &Catalog) -> String {
        t.control_for(rater.label(t), &self.label)
    }
}

/// The longest canon key a competency key holds as written; a longer one,
/// or one with characters a sheet key may not hold, is replaced by its hash.
const MAX_WRITTEN: usize = 60;

/// The sheet key of a competency: `dimension-scope`,
/// `rubric-complexity/problem-solving`. A canon key that is long or holds
/// characters other than `[A-Za-z0-9_/-]` is written as a hash of it
/// (`rubric-h3f9a…`), stable as long as the canon key is.
pub fn competency_key(kind: CompetencyKind, canon_key: &str) -> String {
    let prefix = match kind {
        CompetencyKind::Dimension => "dimension-",
        CompetencyKind::Rubric => "rubric-",
    };
    let plain = !canon_key.is_empty()
        && canon_key.len() <= MAX_WRITTEN
        && canon_key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'/'));
    if plain {
        format!("{prefix}{canon_key}")
    } else {
        // FNV-1a, as the canon fingerprints: stable across platforms.
        let hash = canon_key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        format!("{prefix}h{hash:016x}")
    }
}

/// A profile's competency rows: its level's dimensions, then its rubrics,
/// their sources described in `t`'s language.
pub fn competencies(profile: &Profile<'_>, t: &Catalog) -> Vec<Competency> {
    let code = profile.level.code.clone();
    let mut rows = Vec::new();
    for dim in profile.rung.dimensions.iter() {
        let Some(declared) = profile.canon.dimension(&dim.key) else {
            continue; // The loader refuses undeclared keys; nothing to label.
        };
        let text = Quote {
            text: dim.text.clone(),
            field: Field::DimensionText {
                key: dim.key.clone(),
            },
            family: None,
            level: Some(code.clone()),
            case: Case::AsWritten,
        };
        rows.push(Competency {
            key: competency_key(CompetencyKind::Dimension, &dim.key),
            kind: CompetencyKind::Dimension,
            label: declared.name.clone(),
            source: crate::provenance::describe(&text, t),
            text,
        });
    }
    for rubric in profile.level.rubrics.iter() {
        let text = Quote {
            text: rubric.text.clone(),
            field: Field::Rubric {
                name: rubric.name.clone(),
            },
            family: Some(profile.family.id.clone()),
            level: Some(code.clone()),
            case: Case::AsWritten,
        };
        rows.push(Competency {
            key: competency_key(CompetencyKind::Rubric, &rubric.name),
            kind: CompetencyKind::Rubric,
            label: rubric.name.clone(),
            source: crate::provenance::describe(&text, t),
            text,
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dimensions_and_rubrics_become_rows_quoted_verbatim_with_sources() {
        let canon = crate::fixtures::example_canon();
        let profile = canon.profile("database-engineering", "P4").unwrap();
        let en = crate::message::catalog(crate::message::Lang::En);
        let rows = competencies(&profile, en);
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_ref()).collect();
        assert_eq!(
            labels,
            [
                "Scope",
                "Autonomy",
                "Complexity",
                "Impact",
                "Decision rights",
                "Leadership",
                "complexity/problem-solving",
                "knowledge-application"
            ]
        );
        let scope = &rows[0];
        assert_eq!(scope.key, "dimension-scope");
        assert_eq!(scope.kind, CompetencyKind::Dimension);
        assert_eq!(
            scope.text.text,
            profile.rung.dimension_text("scope").unwrap()
        );
        assert_eq!(scope.source, "level dimension text (scope) · P4");
        assert_eq!(
            scope.rating_label(Rater::Manager, en),
            "Manager rating, Scope"
        );
        assert_eq!(
            scope.rating_label(Rater::Employee, en),
            "Self rating, Scope"
        );
        let rubric = &rows[6];
        assert_eq!(rubric.key, "rubric-complexity/problem-solving");
        assert_eq!(
            rubric.text.text,
            profile.level.rubric("complexity/problem-solving").unwrap()
        );
        assert_eq!(
            rubric.source,
            "rubric “complexity/problem-solving” · database-engineering · P4"
        );
        // Every key is a valid sheet key, and unique.
        let keys: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys.len(), rows.len());
    }

    #[test]
    fn keys_are_stable_and_always_valid_sheet_keys() {
        assert_eq!(
            competency_key(CompetencyKind::Dimension, "decision_rights"),
            "dimension-decision_rights"
        );
        let odd = competency_key(CompetencyKind::Rubric, "problem solving (deep)");
        assert_eq!(
            odd,
            competency_key(CompetencyKind::Rubric, "problem solving (deep)")
        );
        assert_ne!(
            odd,
            competency_key(CompetencyKind::Rubric, "problem solving (wide)")
        );
        for key in [
            odd,
            competency_key(CompetencyKind::Dimension, &"x".repeat(300)),
        ] {
            assert!(
                key.len() <= 80
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_/".contains(&b)),
                "{key}"
            );
        }
    }
}
