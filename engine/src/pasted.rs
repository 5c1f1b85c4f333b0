//! What a person pastes to import a sheet, read as the sheet it holds: the
//! sheet's JSON (as a file holds it), a whole sheet link (its hash's
//! `share=` code), or a bare sheet code. A sheet link in the page's own
//! address is its code.
//!
//! It sits above [`crate::sheet`] and [`crate::url`] (which the sheet module
//! must not import: the URL reads portal options, which read sheets).

use crate::canon::Canon;
use crate::message::{Catalog, Message};
use crate::sheet::link::{self, LinkError};
use crate::sheet::{self, ImportError, Sheet};
use crate::url::Hash;

/// Why pasted text does not give a sheet to import.
#[derive(Debug)]
pub enum PasteError {
    /// JSON that is not a sheet of this canon (as a file would be refused).
    Json(ImportError),
    /// A link or code that does not hold a sheet.
    Code(LinkError),
    /// A valid sheet in a link or code, for a profile this canon lacks.
    Profile(ImportError),
}

impl Message for PasteError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            PasteError::Json(e) | PasteError::Profile(e) => e.message(t),
            PasteError::Code(e) => e.message(t),
        }
    }
}

crate::english_display!(PasteError);

impl std::error::Error for PasteError {}

/// The sheet in pasted text (surrounding white space is ignored): JSON when
/// it starts with `{`, else a link's `share=` code when it holds a `#`, else
/// the text is the code itself. The sheet is validated and for a profile of
/// `canon`.
pub fn read(text: &str, canon: &Canon) -> Result<Sheet, PasteError> {
    let text = text.trim();
    if text.starts_with('{') {
        return sheet::import(text.as_bytes(), canon).map_err(PasteError::Json);
    }
    let code = text
        .split_once('#')
        .and_then(|(_, hash)| Hash::parse(hash).share)
        .unwrap_or_else(|| text.to_string());
    let sheet = link::decode(&code).map_err(PasteError::Code)?;
    sheet::check_profile(sheet, canon).map_err(PasteError::Profile)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SlotKind;

    fn canon() -> Canon {
        crate::fixtures::example_canon()
    }

    fn sheet() -> Sheet {
        let mut sheet = Sheet::new("s1", "database-engineering", "P4", "2026.11", "t");
        sheet
            .values
            .set("smart-1", SlotKind::Target, "99.9%")
            .unwrap();
        sheet
    }

    #[test]
    fn json_a_whole_link_and_a_bare_code_give_the_sheet() {
        let canon = canon();
        let code = link::encode(&sheet());
        for pasted in [
            sheet().to_json(),
            format!("  {}\n", sheet().to_json()),
            code.clone(),
            format!(" {code}\n"),
            format!("https://intranet.example/goals/#share={code}"),
            format!("file:///home/ada/goalframes.html#family=x&share={code}&level=P4"),
        ] {
            let read = read(&pasted, &canon).unwrap_or_else(|e| panic!("{pasted}: {e}"));
            assert_eq!(read, sheet(), "{pasted}");
        }
    }

    #[test]
    fn what_holds_no_sheet_says_why() {
        let canon = canon();
        let junk = read("not-a-sheet-code", &canon).unwrap_err();
        assert!(matches!(junk, PasteError::Code(_)), "{junk:?}");
        // A link without a code is read as a code, and is not one.
        let no_share = read("https://intranet.example/#family=x", &canon).unwrap_err();
        assert!(no_share.to_string().contains("not base64url"), "{no_share}");
        let bad_json = read("{\"schema\":", &canon).unwrap_err();
        assert!(matches!(bad_json, PasteError::Json(_)), "{bad_json:?}");
        assert!(bad_json
            .to_string()
            .starts_with("this is not a Goalframes sheet"));
        let mut elsewhere = sheet();
        elsewhere.family = "astronomy".into();
        let unknown = read(&link::encode(&elsewhere), &canon).unwrap_err();
        assert!(matches!(unknown, PasteError::Profile(_)), "{unknown:?}");
        assert!(
            unknown.to_string().contains("family “astronomy”"),
            "{unknown}"
        );
        // The sheet's own rules hold inside a code: an impossible due date.
        let impossible: Sheet = serde_json::from_str(
            &sheet()
                .to_json()
                .replace("\"target\"", "\"date\"")
                .replace("99.9%", "2026-02-31"),
        )
        .unwrap();
        let refused = read(&link::encode(&impossible), &canon).unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("bad value in smart-1.date: there is no such day"),
            "{refused}"
        );
    }
}
