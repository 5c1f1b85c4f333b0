//! A roster: the people a manager writes goals for, as CSV with a header row
//! naming the columns `name`, `family`, `level` and `period` (any order, any
//! case; other columns are ignored). The CLI's `batch` exports one file per
//! row; the app starts one sheet per row.
//!
//! Every row is checked on its own: a bad row is reported with its line and
//! what is wrong, and the others are still used.

use crate::canon::Canon;
use crate::cells::unescape_cell;
use crate::message::{Catalog, Message};
use crate::suggest::nearest_first;
use crate::values::check_value;

/// The columns a roster must have.
pub const COLUMNS: [&str; 4] = ["name", "family", "level", "period"];

/// The largest roster read, in bytes.
pub const MAX_ROSTER_BYTES: usize = 1024 * 1024;

/// One good row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The row's line in the file (the header is line 1).
    pub line: u64,
    /// The person's name.
    pub name: String,
    /// The family id.
    pub family: String,
    /// The level code.
    pub level: String,
    /// The period (empty when the cell is).
    pub period: Option<String>,
}

/// A bad row: its line and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The row's line in the file.
    pub line: u64,
    /// What is wrong, in a sentence.
    pub message: String,
}

/// A roster as read: its good rows and its bad ones.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    /// Rows that name a person and a profile of the canon.
    pub people: Vec<Person>,
    /// Rows that do not, in file order.
    pub errors: Vec<RowError>,
}

/// Reads a roster against a canon, saying what is wrong in `t`'s language.
/// An error that concerns the whole file (no header, a missing column, too
/// large) comes back as `Err`; a bad row is listed in [`Roster::errors`].
pub fn read(text: &str, canon: &Canon, t: &Catalog) -> Result<Roster, RowError> {
    let whole = |line: u64, message: String| RowError { line, message };
    if text.len() > MAX_ROSTER_BYTES {
        return Err(whole(
            1,
            t.roster_error_too_large(&text.len().to_string(), &MAX_ROSTER_BYTES.to_string()),
        ));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| whole(1, t.roster_error_header(&e.to_string())))?
        .clone();
    let positions: Vec<usize> = COLUMNS
        .iter()
        .map(|name| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
                .ok_or_else(|| whole(1, t.roster_error_column(name, &COLUMNS.join(", "))))
        })
        .collect::<Result<_, _>>()?;
    // The line a byte starts: counted from the text itself, since the CSV
    // reader does not count the empty lines it skips.
    let line_at = |byte: u64| {
        let bytes = text.as_bytes();
        let mut end = (byte as usize).min(bytes.len());
        // A record's position can be that of empty lines before it.
        while end < bytes.len() && matches!(bytes[end], b'\n' | b'\r') {
            end += 1;
        }
        bytes[..end].iter().filter(|b| **b == b'\n').count() as u64 + 1
    };
    let mut roster = Roster::default();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map(|p| line_at(p.byte())).unwrap_or(0);
                roster.errors.push(RowError {
                    line,
                    message: t.roster_error_row(&e.to_string()),
                });
                continue;
            }
        };
        let line = record.position().map(|p| line_at(p.byte())).unwrap_or(0);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell =
            |i: usize| unescape_cell(record.get(positions[i]).unwrap_or("").trim()).to_string();
        let (name, family, level, period) = (cell(0), cell(1), cell(2), cell(3));
        match check_row(canon, t, &name, &family, &level, &period) {
            Ok(()) => roster.people.push(Person {
                line,
                name,
                family,
                level,
                period: (!period.is_empty()).then_some(period),
            }),
            Err(message) => roster.errors.push(RowError { line, message }),
        }
    }
    Ok(roster)
}

fn check_row(
    canon: &Canon,
    t: &Catalog,
    name: &str,
    family: &str,
    level: &str,
    period: &str,
) -> Result<(), String> {
    if name.is_empty() {
        return Err(t.roster_error_no_name().into());
    }
    check_value(name).map_err(|e| t.roster_error_name(&e.message(t)))?;
    check_value(period).map_err(|e| t.roster_error_period(&e.message(t)))?;
    let Some(fam) = canon.family(family) else {
        let names = nearest_first(family, canon.families.iter().map(|f| f.id.as_ref()));
        return Err(t.roster_error_family(&names.join(", "), family));
    };
    if canon.profile(family, level).is_none() {
        let codes = nearest_first(level, fam.levels.iter().map(|l| l.code.as_ref()));
        return Err(t.roster_error_level(family, level, &codes.join(", ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Catalog {
        crate::message::catalog(crate::message::Lang::En)
    }

    fn canon() -> Canon {
        crate::fixtures::example_canon()
    }

    #[test]
    fn good_rows_are_read_and_bad_ones_named_by_line() {
        let text = "\u{feff}Period,Name,Family,Level,Team\n\
                    2026 H1,Ada Lovelace,database-engineering,P4,x\n\
                    2026 H1,,database-engineering,P4,x\n\
                    ,Grace,databse-engineering,P4,x\n\
                    \n\
                    ,Linus,database-engineering,Z9,x\n\
                    ,=Eve,database-engineering,P4,x\n";
        let roster = read(text, &canon(), en()).unwrap();
        assert_eq!(
            roster.people.len(),
            2,
            "a name that looks like a formula is still a name"
        );
        assert_eq!(roster.people[1].name, "=Eve");
        let ada = &roster.people[0];
        assert_eq!(
            (ada.line, ada.name.as_str(), ada.period.as_deref()),
            (2, "Ada Lovelace", Some("2026 H1"))
        );
        let errors: Vec<(u64, &str)> = roster
            .errors
            .iter()
            .map(|e| (e.line, e.message.as_str()))
            .collect();
        assert_eq!(errors[0], (3, "the name is empty"));
        assert_eq!(errors[1].0, 4);
        assert!(
            errors[1].1.starts_with("unknown family \"databse-engineering\"; these exist (nearest first): database-engineering"),
            "{}",
            errors[1].1
        );
        assert_eq!(errors[2].0, 6);
        assert!(errors[2]
            .1
            .contains("unknown level for family \"database-engineering\" \"Z9\""));
        assert_eq!(errors.len(), 3, "{errors:?}");
        let missing = read("name,family\nx,y\n", &canon(), en()).unwrap_err();
        assert_eq!(missing.line, 1);
        assert!(missing.message.contains("no \"level\" column"));
    }
}
