//! Loading a canon folder and validating it against CANON.md.
//!
//! Every problem is collected, not only the first: each [`Diagnostic`] names the
//! file, the line (from the TOML spans), the key and what is wrong. The rules
//! and their words are the canon's ([`crate::canon::rules`]), shared with the
//! spreadsheet import; here they are applied to TOML:
//! - `folder.rs`: the canon folder on disk, read in path order ([`load_dir`]);
//! - `toml_reader.rs`: a file's TOML walked as a spanned tree, key by key;
//! - `canon_file.rs` and `family_file.rs`: what `canon.toml` and a family file hold,
//!   and `review_table.rs`: `canon.toml`'s optional `[review]` table;
//! - this module: the whole canon from its files ([`load_sources`]), and the
//!   rule across files (family ids are unique).

use std::collections::HashMap;

use super::rules::{self, Location, Unique};
use super::{Canon, Diagnostic, List, Severity};

mod canon_file;
mod family_file;
mod folder;
mod review_table;
mod templates_table;
mod toml_reader;

pub use folder::load_dir;
/// The text rules, kept here too (their home is [`crate::canon::rules`]).
pub use rules::{is_family_id, is_level_code, text_problem};

/// One canon file's path (relative to the canon folder, `/`-separated) and contents.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// e.g. `canon.toml` or `families/data.toml`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// A canon that passed validation, and the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The validated canon.
    pub canon: Canon,
    /// Problems that do not stop the canon (unknown rubric names).
    pub warnings: Vec<Diagnostic>,
}

/// The metadata file's name inside a canon folder.
pub const CANON_FILE: &str = "canon.toml";
/// The folder of family files inside a canon folder.
pub const FAMILIES_DIR: &str = "families";

/// A place known by its file, line and key alone (a whole file has neither),
/// as a [`Location`] for the rules checked across files.
struct Place<'d> {
    diags: &'d mut Vec<Diagnostic>,
    file: &'d str,
    line: Option<usize>,
    key: &'d str,
}

impl Location for Place<'_> {
    fn report(&mut self, severity: Severity, message: String) {
        self.diags.push(Diagnostic {
            severity,
            file: self.file.to_string(),
            line: self.line,
            key: self.key.to_string(),
            message,
        });
    }
}

/// Validates a canon given as in-memory files: the core of [`load_dir`].
pub fn load_sources(
    canon_file: &SourceFile,
    families: &[SourceFile],
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let meta = canon_file::parse(&mut toml_reader::FileCx::new(canon_file, &mut diags));
    let ladder: Option<Vec<&str>> = meta
        .as_ref()
        .map(|m| m.ladder_codes.iter().map(AsRef::as_ref).collect());
    let mut parsed_families = Vec::new();
    for file in families {
        let mut cx = toml_reader::FileCx::new(file, &mut diags);
        if let Some(family) = family_file::parse(&mut cx, ladder.as_deref()) {
            parsed_families.push((file.path.as_str(), family));
        }
    }
    if families.is_empty() {
        let at = &mut Place {
            diags: &mut diags,
            file: FAMILIES_DIR,
            line: None,
            key: "",
        };
        rules::no_families("one file per family, families/<name>.toml", at);
    }

    // Family ids are unique across the canon: each id's first file and family name.
    let mut first: HashMap<&str, (&str, &str)> = HashMap::new();
    for (path, (family, id_line)) in &parsed_families {
        if let Some((other, name)) = first.get(family.id.as_ref()) {
            let at = &mut Place {
                diags: &mut diags,
                file: path,
                line: *id_line,
                key: "id",
            };
            let what = Unique::FamilyId { first_name: name };
            rules::duplicate(what, &family.id, &format!("in {other}"), at);
        } else {
            first.insert(family.id.as_ref(), (path, family.name.as_ref()));
        }
    }

    let has_errors = diags.iter().any(|d| d.severity == Severity::Error);
    match meta {
        Some(meta) if !has_errors => Ok(Loaded {
            canon: Canon {
                families: List::Owned(parsed_families.into_iter().map(|(_, (f, _))| f).collect()),
                ..meta.canon
            },
            warnings: diags,
        }),
        _ => Err(diags),
    }
}
