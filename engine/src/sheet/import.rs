//! Reading a sheet from outside this browser: a file a colleague sent, or
//! text pasted in. Bounded, validated, and for a profile of this canon.

use crate::canon::Canon;
use crate::message::{Catalog, Message};
use crate::sheet::{Sheet, SheetError, MAX_IMPORT_BYTES};

/// Why a file or link could not be imported as a sheet.
#[derive(Debug)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge(usize),
    /// Not a valid sheet.
    Sheet(SheetError),
    /// A valid sheet for a profile this canon does not have.
    UnknownProfile {
        /// The sheet's family id.
        family: String,
        /// The sheet's level code.
        level: String,
    },
}

impl Message for ImportError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            ImportError::TooLarge(n) => {
                t.import_error_too_large(&n.to_string(), &(MAX_IMPORT_BYTES / 1024).to_string())
            }
            ImportError::Sheet(e) => t.import_error_sheet(&e.message(t)),
            ImportError::UnknownProfile { family, level } => {
                t.import_error_unknown_profile(family, level)
            }
        }
    }
}

crate::english_display!(ImportError);

impl std::error::Error for ImportError {}

/// Reads an imported file as a sheet: at most [`MAX_IMPORT_BYTES`], UTF-8 (a
/// leading byte-order mark, as Windows Notepad writes, is read past), valid
/// (see [`Sheet::from_json`]) and for a profile of `canon`.
pub fn import(bytes: &[u8], canon: &Canon) -> Result<Sheet, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| {
        ImportError::Sheet(SheetError::Json(serde::de::Error::custom(
            "the file is not UTF-8 text",
        )))
    })?;
    let sheet = Sheet::from_json(text).map_err(ImportError::Sheet)?;
    check_profile(sheet, canon)
}

/// Refuses a sheet for a profile `canon` does not have.
pub fn check_profile(sheet: Sheet, canon: &Canon) -> Result<Sheet, ImportError> {
    if canon.profile(&sheet.family, &sheet.level).is_none() {
        return Err(ImportError::UnknownProfile {
            family: sheet.family,
            level: sheet.level,
        });
    }
    Ok(sheet)
}
