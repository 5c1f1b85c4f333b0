//! Export file names: the one rule for every file the app's exports,
//! `goalframes batch` and `goalframes collect` write, so that the same sheet
//! gives the same name wherever it is exported.

use std::collections::HashSet;

use crate::render::slug;
use crate::sheet::Sheet;

/// What an export file holds, as its name says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holds {
    /// The profile's frames (or the sheet itself, as `.json`): no suffix.
    Frames,
    /// The goal sheet: `-goals`.
    Goals,
}

/// An export's file name: `{family}-{level}-{who}` (who: the person, else
/// the period, when known), then `-goals` for a goal sheet, then the
/// extension; letters and digits only, lower-cased ([`slug`]), so it is safe
/// on every file system. E.g. `database-engineering-p4-ada-lovelace-goals.docx`.
pub fn file_name(
    family: &str,
    level: &str,
    who: Option<&str>,
    holds: Holds,
    extension: &str,
) -> String {
    let mut stem = format!("{family}-{level}");
    if let Some(who) = who.filter(|w| !w.trim().is_empty()) {
        stem.push('-');
        stem.push_str(who);
    }
    // The suffix goes on after the slug's cut, so a long name keeps it.
    let mut name = slug(&stem, "sheet");
    if holds == Holds::Goals {
        name.push_str("-goals");
    }
    format!("{name}.{extension}")
}

/// [`file_name`] for a sheet: who is its person, else its period.
pub fn sheet_file_name(sheet: &Sheet, holds: Holds, extension: &str) -> String {
    let who = sheet.person.as_deref().or(sheet.period.as_deref());
    file_name(&sheet.family, &sheet.level, who, holds, extension)
}

/// The names given in one folder: a name given before comes back with `-2`,
/// `-3`, … before its extension, so that no file overwrites another.
#[derive(Clone, Debug, Default)]
pub struct FolderNames {
    used: HashSet<String>,
}

impl FolderNames {
    /// `name`, or the first of `name-2`, `name-3`, … not given yet.
    pub fn unique(&mut self, name: &str) -> String {
        let (stem, extension) = match name.rsplit_once('.') {
            Some((stem, extension)) => (stem, format!(".{extension}")),
            None => (name, String::new()),
        };
        let mut candidate = name.to_string();
        let mut n = 2;
        while !self.used.insert(candidate.clone()) {
            candidate = format!("{stem}-{n}{extension}");
            n += 1;
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_for_the_app_batch_and_collect() {
        assert_eq!(
            file_name(
                "database-engineering",
                "P4",
                Some("Ada Lovelace"),
                Holds::Goals,
                "docx"
            ),
            "database-engineering-p4-ada-lovelace-goals.docx"
        );
        assert_eq!(
            file_name("payroll", "S3", None, Holds::Frames, "md"),
            "payroll-s3.md"
        );
        assert_eq!(
            file_name("payroll", "S3", Some("  "), Holds::Frames, "md"),
            "payroll-s3.md",
            "a blank person is no person"
        );
        // Nothing of a hostile name reaches the file system but letters and digits.
        assert_eq!(
            file_name(
                "payroll",
                "S3",
                Some("../../etc/passwd"),
                Holds::Goals,
                "txt"
            ),
            "payroll-s3-etc-passwd-goals.txt"
        );
        // A long name is cut, the suffix kept.
        let long = file_name("payroll", "S3", Some(&"x".repeat(200)), Holds::Goals, "csv");
        assert!(
            long.ends_with("-goals.csv") && long.chars().count() <= 60 + 10,
            "{long}"
        );
        // Non-BMP letters are letters.
        assert_eq!(
            file_name("payroll", "S3", Some("𝔄da 😀"), Holds::Frames, "txt"),
            "payroll-s3-𝔄da.txt"
        );
    }

    #[test]
    fn a_sheet_is_named_by_its_person_else_its_period() {
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        assert_eq!(
            sheet_file_name(&sheet, Holds::Frames, "json"),
            "database-engineering-p4.json"
        );
        sheet.set_period("2026 H1").unwrap();
        assert_eq!(
            sheet_file_name(&sheet, Holds::Goals, "csv"),
            "database-engineering-p4-2026-h1-goals.csv"
        );
        sheet.set_person("Ana María").unwrap();
        assert_eq!(
            sheet_file_name(&sheet, Holds::Goals, "csv"),
            "database-engineering-p4-ana-maría-goals.csv"
        );
    }

    #[test]
    fn a_folder_never_gives_a_name_twice() {
        let mut folder = FolderNames::default();
        assert_eq!(folder.unique("a-goals.md"), "a-goals.md");
        assert_eq!(folder.unique("a-goals.md"), "a-goals-2.md");
        assert_eq!(folder.unique("a-goals.md"), "a-goals-3.md");
        assert_eq!(folder.unique("a-goals-2.md"), "a-goals-2-2.md");
        assert_eq!(folder.unique("b"), "b");
        assert_eq!(folder.unique("b"), "b-2");
    }
}
