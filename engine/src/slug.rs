//! The one file-name rule: every file name the app and the CLI make, and
//! every folder the canon spreadsheet import writes, goes through [`slug`].
//!
//! A low module: it uses nothing else of the crate.

/// A file-name-safe form of a text: letters and digits kept (lower-cased),
/// every run of anything else one `-`, at most 60 characters; `fallback` when
/// nothing is left.
pub fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        fallback.to_string()
    } else {
        out.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_slug_rule() {
        assert_eq!(slug("Ana María O'Neil", "person"), "ana-maría-o-neil");
        assert_eq!(slug("../../etc", "person"), "etc");
        assert_eq!(slug("<>", "person"), "person");
        assert_eq!(
            slug("database-engineering-P4-Ada Lovelace", "sheet"),
            "database-engineering-p4-ada-lovelace"
        );
        assert_eq!(slug(&"x".repeat(100), "sheet").chars().count(), 60);
    }
}
