//! The canon's rules, in one place for both ways a canon arrives: a folder of
//! TOML files ([`super::load`]) and a workbook ([`super::spreadsheet::import`]).
//!
//! Each check takes a [`Location`]: where the value stands, able to take a
//! problem. The loader's locations are keys of a TOML file (file, line, key
//! path), the import's are cells of a sheet (file, sheet, cell). The words of a
//! problem come from here, so the same mistake reads the same in both; only the
//! location differs, and so does the place a check is told another value
//! stands at ("on line 9", "in families/a.toml"; "on row 4", "in column C").
//!
//! Finding the values (reading keys or cells, knowing which came first) is the
//! reader's job; what a value must be, and what is said when it is not, is here.

use super::{Severity, KNOWN_RUBRICS};
use crate::suggest::nearest_first;

/// Where a canon value stands, able to take a problem about it: a key of a
/// TOML file, a cell of a workbook.
pub trait Location {
    /// Reports a problem here.
    fn report(&mut self, severity: Severity, message: String);

    /// Reports an error here: the canon is refused.
    fn error(&mut self, message: String) {
        self.report(Severity::Error, message);
    }
}

/// Why a string is not clean canon text, if it is not. Canon text is quoted
/// verbatim, so it is refused at the source rather than trimmed or rewritten.
pub fn text_problem(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some("the text is empty or only white space".into());
    }
    if let Some(c) = text.chars().find(|c| is_line_break(*c)) {
        return Some(format!(
            "the text contains a line break (U+{:04X}); canon text is one line",
            c as u32
        ));
    }
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Some(format!(
            "the text contains a control character (U+{:04X})",
            c as u32
        ));
    }
    if text.starts_with(char::is_whitespace) {
        return Some(
            "the text has leading white space; it is quoted verbatim, so remove it".into(),
        );
    }
    if text.ends_with(char::is_whitespace) {
        return Some(
            "the text has trailing white space; it is quoted verbatim, so remove it".into(),
        );
    }
    None
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether a level code holds only letters, digits and '-'.
pub fn is_level_code(code: &str) -> bool {
    code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Whether a family id is `[a-z0-9-]+`.
pub fn is_family_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Clean canon text ([`text_problem`]); `false` when reported.
pub fn text(text: &str, at: &mut impl Location) -> bool {
    match text_problem(text) {
        Some(problem) => {
            at.error(problem);
            false
        }
        None => true,
    }
}

/// A level code of the ladder or of a family: letters, digits and '-' only;
/// `false` when reported.
pub fn level_code(code: &str, at: &mut impl Location) -> bool {
    let ok = is_level_code(code);
    if !ok {
        at.error(format!(
            "level code \"{code}\" may hold only letters, digits and '-'"
        ));
    }
    ok
}

/// A family id: a-z, 0-9 and '-' only; `false` when reported.
pub fn family_id(id: &str, at: &mut impl Location) -> bool {
    let ok = is_family_id(id);
    if !ok {
        at.error(format!("family id \"{id}\" may hold only a-z, 0-9 and '-'"));
    }
    ok
}

/// A rubric's name: clean text, or refused (`false`); a name the frames do not
/// use is kept, with a warning.
pub fn rubric_name(name: &str, at: &mut impl Location) -> bool {
    if let Some(problem) = text_problem(name) {
        at.error(format!("the rubric name: {problem}"));
        return false;
    }
    if !KNOWN_RUBRICS.contains(&name) {
        at.report(
            Severity::Warning,
            format!(
                "rubric \"{name}\" is not used by the frames (they use {}); it is kept and shown in the canon browser",
                KNOWN_RUBRICS.join(" and ")
            ),
        );
    }
    true
}

/// A value that must be unique, and among what.
#[derive(Clone, Copy, Debug)]
pub enum Unique<'a> {
    /// A level dimension's key, among the dimensions.
    DimensionKey,
    /// A level code, in the ladder.
    LadderLevel,
    /// A level code, in one family (its id, when it has a good one).
    FamilyLevel {
        /// The family's id.
        family: Option<&'a str>,
    },
    /// A family id, across the canon.
    FamilyId {
        /// The name of the family that has the id first.
        first_name: &'a str,
    },
}

/// Reports `value` used a second time; `first` is where it stands first, as
/// the reader tells a place ("on line 9", "in families/a.toml", "on row 4",
/// "in column C", "on rows 2–5").
pub fn duplicate(what: Unique<'_>, value: &str, first: &str, at: &mut impl Location) {
    let message = match what {
        Unique::DimensionKey => format!(
            "duplicate dimension key \"{value}\": already used {first}; each dimension has its own key"
        ),
        Unique::LadderLevel => format!(
            "duplicate level code \"{value}\" in the ladder: already used {first}; each ladder level has its own code"
        ),
        Unique::FamilyLevel { family } => {
            let family = match family {
                Some(id) => format!("family \"{id}\""),
                None => "this family".into(),
            };
            format!(
                "duplicate level code \"{value}\" in {family}: already used {first}; a family has each level once"
            )
        }
        Unique::FamilyId { first_name } => format!(
            "duplicate family id \"{value}\": already used {first} by the family \"{first_name}\"; each family has its own id, and all its levels in one place"
        ),
    };
    at.error(message);
}

/// A family level's code must be a level of the ladder; `ladder` names where
/// the ladder is ("canon.toml", "the Ladder sheet"). `false` when reported.
pub fn level_in_ladder(
    code: &str,
    ladder_codes: &[&str],
    ladder: &str,
    at: &mut impl Location,
) -> bool {
    let ok = ladder_codes.contains(&code);
    if !ok {
        let names = nearest_first(code, ladder_codes.iter().copied());
        let names = if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        };
        at.error(format!(
            "level code \"{code}\" is not in the ladder ({ladder}); the ladder has (nearest first): {names}"
        ));
    }
    ok
}

/// The ladder has no levels; `add` is how one is written (`[[level]] table`, `row`).
pub fn empty_ladder(add: &str, at: &mut impl Location) {
    at.error(format!("the ladder has no levels; add one {add} per level"));
}

/// The canon has no families; `add` says how one is written.
pub fn no_families(add: &str, at: &mut impl Location) {
    at.error(format!("the canon has no families; add {add}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A location that keeps what it is told.
    #[derive(Default)]
    struct Said(Vec<(Severity, String)>);

    impl Location for Said {
        fn report(&mut self, severity: Severity, message: String) {
            self.0.push((severity, message));
        }
    }

    #[test]
    fn a_good_value_says_nothing_and_a_bad_one_says_why() {
        let mut said = Said::default();
        assert!(text("Fine", &mut said) && level_code("P-4", &mut said));
        assert!(family_id("data-2", &mut said) && rubric_name(KNOWN_RUBRICS[0], &mut said));
        assert!(level_in_ladder(
            "P2",
            &["P1", "P2"],
            "canon.toml",
            &mut said
        ));
        assert!(said.0.is_empty());

        assert!(!level_code("P 4", &mut said) && !family_id("Data", &mut said));
        assert!(!level_in_ladder(
            "P9",
            &["M1", "P2"],
            "canon.toml",
            &mut said
        ));
        assert!(rubric_name("communication", &mut said));
        let messages: Vec<&str> = said.0.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "level code \"P 4\" may hold only letters, digits and '-'",
                "family id \"Data\" may hold only a-z, 0-9 and '-'",
                "level code \"P9\" is not in the ladder (canon.toml); the ladder has (nearest first): P2, M1",
                "rubric \"communication\" is not used by the frames (they use complexity/problem-solving and knowledge-application); it is kept and shown in the canon browser",
            ]
        );
        assert_eq!(said.0[3].0, Severity::Warning);
    }
}
