//! A sheet code: the sheet compressed into text a colleague can paste, or
//! carry in a link's hash (`#share=…`). JSON, deflated, base64url without
//! padding. Decoding is bounded (code length and inflated size) and goes
//! through the sheet's own validation.
//!
//! **API boundary:** the code's format (raw DEFLATE of the sheet's JSON,
//! base64url) is read by every later version; the sheet inside follows the
//! sheet schema's own versioning.

use base64::Engine as _;

use crate::message::{Catalog, Message};
use crate::sheet::{Sheet, SheetError, MAX_SHEET_BYTES};

/// The longest encoded code accepted, in characters.
pub const MAX_LINK_CHARS: usize = 64 * 1024;

/// Why a link does not hold a sheet.
#[derive(Debug)]
pub enum LinkError {
    /// Longer than [`MAX_LINK_CHARS`].
    TooLong(usize),
    /// Not base64url.
    Encoding,
    /// Not deflate data, or it inflates past [`MAX_SHEET_BYTES`].
    Compression,
    /// Not UTF-8 text.
    Text,
    /// Not a valid sheet.
    Sheet(SheetError),
}

impl Message for LinkError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            LinkError::TooLong(n) => {
                t.link_error_too_long(&n.to_string(), &MAX_LINK_CHARS.to_string())
            }
            LinkError::Encoding => t.link_error_encoding().into(),
            LinkError::Compression => t.link_error_compression(&MAX_SHEET_BYTES.to_string()),
            LinkError::Text => t.link_error_text().into(),
            LinkError::Sheet(e) => t.link_error_sheet(&e.message(t)),
        }
    }
}

crate::english_display!(LinkError);

impl std::error::Error for LinkError {}

/// The sheet as a link parameter value.
pub fn encode(sheet: &Sheet) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(sheet.to_json().as_bytes(), 9);
    encode_deflated(&deflated)
}

/// The link parameter value for a sheet's JSON already compressed as raw
/// DEFLATE by the caller: the web app uses the browser's own
/// `CompressionStream("deflate-raw")`, so that no compressor ships in its wasm.
pub fn encode_deflated(deflated: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
}

/// The sheet in a link parameter value (or a pasted sheet code), validated.
/// Its length is checked before anything else: a code of megabytes is refused
/// without being read.
pub fn decode(link: &str) -> Result<Sheet, LinkError> {
    if link.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong(link.len()));
    }
    let deflated = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(link.trim())
        .map_err(|_| LinkError::Encoding)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_SHEET_BYTES)
        .map_err(|_| LinkError::Compression)?;
    let json = String::from_utf8(json).map_err(|_| LinkError::Text)?;
    Sheet::from_json(&json).map_err(LinkError::Sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_oversized_code_is_refused_by_its_length_before_any_decoding() {
        // Neither base64url nor deflate data: had decoding started, the error
        // would say so; the length is what refuses it.
        for code in ["*".repeat(MAX_LINK_CHARS + 1), "%41".repeat(650_000)] {
            match decode(&code) {
                Err(LinkError::TooLong(n)) => assert_eq!(n, code.len()),
                other => panic!("expected TooLong, got {other:?}"),
            }
        }
        let message = decode(&"A".repeat(1_900_000)).unwrap_err().to_string();
        assert_eq!(
            message,
            "the sheet link is too long (1900000 characters; at most 65536)"
        );
        // At the limit, decoding goes on (and finds these characters are not a code).
        assert!(matches!(
            decode(&"*".repeat(MAX_LINK_CHARS)),
            Err(LinkError::Encoding)
        ));
    }
}
