//! The app's location: which profile, frame and sheet the URL hash names,
//! e.g. `#family=database-engineering&level=P4&frame=okr`.
//!
//! Parsing is forgiving (unknown keys and a bad frame are ignored); writing
//! gives a canonical hash, so `parse(write(l)) == l`.

use crate::frame::FrameKind;

/// What the URL hash names. All parts are optional: an empty location is the
/// profile finder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// The family id.
    pub family: Option<String>,
    /// The level code.
    pub level: Option<String>,
    /// The frame to show first.
    pub frame: Option<FrameKind>,
    /// The sheet being filled.
    pub sheet: Option<String>,
}

impl Location {
    /// A profile's page, with no frame or sheet chosen.
    pub fn profile(family: &str, level: &str) -> Self {
        Location {
            family: Some(family.to_string()),
            level: Some(level.to_string()),
            ..Location::default()
        }
    }

    /// The family and level, when both are named.
    pub fn profile_key(&self) -> Option<(&str, &str)> {
        Some((self.family.as_deref()?, self.level.as_deref()?))
    }

    /// Reads a hash, with or without its leading `#`.
    pub fn parse(hash: &str) -> Self {
        let mut location = Location::default();
        for (key, value) in pairs(hash) {
            if value.is_empty() {
                continue;
            }
            match key {
                "family" => location.family = Some(value),
                "level" => location.level = Some(value),
                "frame" => location.frame = FrameKind::from_id(&value),
                "sheet" => location.sheet = Some(value),
                _ => {}
            }
        }
        location
    }

    /// The hash naming this location, `#` included; `#` alone for the finder.
    pub fn to_hash(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(family) = &self.family {
            pairs.push(format!("family={}", encode(family)));
        }
        if let Some(level) = &self.level {
            pairs.push(format!("level={}", encode(level)));
        }
        if let Some(frame) = self.frame {
            pairs.push(format!("frame={}", frame.id()));
        }
        if let Some(sheet) = &self.sheet {
            pairs.push(format!("sheet={}", encode(sheet)));
        }
        format!("#{}", pairs.join("&"))
    }
}

/// The `key=value` pairs of a URL hash (with or without `#`), values decoded.
pub(crate) fn pairs(hash: &str) -> impl Iterator<Item = (&str, String)> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key, decode(value))
    })
}

/// Percent-encodes everything but unreserved URL characters.
fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+`; malformed escapes are kept as written.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_issue_example() {
        let l = Location::parse("#family=database-engineering&level=P4&frame=okr");
        assert_eq!(l.family.as_deref(), Some("database-engineering"));
        assert_eq!(l.level.as_deref(), Some("P4"));
        assert_eq!(l.frame, Some(FrameKind::Okr));
        assert_eq!(l.sheet, None);
        assert_eq!(l.profile_key(), Some(("database-engineering", "P4")));
    }

    #[test]
    fn empty_and_unknown_parts_are_ignored() {
        assert_eq!(Location::parse(""), Location::default());
        assert_eq!(Location::parse("#"), Location::default());
        let l = Location::parse("frame=nope&x=1&family=&level=P4");
        assert_eq!(
            l,
            Location {
                level: Some("P4".into()),
                ..Location::default()
            }
        );
        assert_eq!(l.profile_key(), None);
    }

    #[test]
    fn writes_a_canonical_hash_that_parses_back() {
        let l = Location {
            family: Some("database-engineering".into()),
            level: Some("P4".into()),
            frame: Some(FrameKind::Scorecard),
            sheet: Some("s 1&2=3%".into()),
        };
        let hash = l.to_hash();
        assert_eq!(
            hash,
            "#family=database-engineering&level=P4&frame=scorecard&sheet=s%201%262%3D3%25"
        );
        assert_eq!(Location::parse(&hash), l);
        assert_eq!(Location::default().to_hash(), "#");
        assert_eq!(
            Location::profile("finance", "M2").to_hash(),
            "#family=finance&level=M2"
        );
    }

    #[test]
    fn decoding_tolerates_bad_escapes() {
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("a%zz"), "a%zz");
        assert_eq!(decode("%C3%A9+x"), "é x");
    }
}
