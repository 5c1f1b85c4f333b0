//! The URL hash: where the app is, and how a portal set it up.
//!
//! **API boundary: the URL hash.** People bookmark and share these addresses
//! and portals build them, so keys are never renamed or given a new meaning;
//! new keys may be added, and unknown keys are ignored. This module is the one
//! reader and the one writer of the hash:
//!
//! `#family=database-engineering&level=P4&frame=okr&sheet=abc`
//! `#compare=database-engineering:P4,database-engineering:P5` (profiles side by side)
//! `  &embed=1&origin=https%3A%2F%2Fportal.example&accent=%23004488&font=Inter`
//! `  &person=Ada%20Lovelace&period=2026%20H1` (a portal's context, read once)
//! `#share=…` (a sheet code: offered for import, then taken out of the address)
//!
//! A hash longer than [`MAX_HASH_CHARS`] is longer than any address the app
//! writes (a sheet code is at most [`MAX_LINK_CHARS`]): it is refused by its
//! length before anything else, unread ([`Hash::too_long`]).
//!
//! Parsing is forgiving (unknown keys and bad values are ignored); writing
//! gives a canonical hash, so `parse(write(h)) == h`. The embed options are
//! written into every address the app goes to, so that navigating or reloading
//! inside a portal's frame keeps them.

use crate::frame::FrameKind;
use crate::portal::EmbedOptions;
use crate::sheet::link::MAX_LINK_CHARS;

/// The longest hash read, in bytes: a sheet code at its longest and room for
/// every other key. A longer one is not an address the app wrote.
pub const MAX_HASH_CHARS: usize = MAX_LINK_CHARS + 4 * 1024;

/// Which page the hash names. All parts are optional: an empty location is
/// the profile finder.
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
    /// Profiles compared side by side, as (family id, level code).
    pub compare: Vec<(String, String)>,
}

impl Location {
    /// Profiles side by side.
    pub fn comparing(profiles: Vec<(String, String)>) -> Self {
        Location {
            compare: profiles,
            ..Location::default()
        }
    }

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
}

/// Who a portal opens a profile for: the person and the period, which pick
/// (or start) that person's sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The person's name.
    pub person: Option<String>,
    /// The period's name.
    pub period: Option<String>,
}

impl Context {
    /// True when neither is given.
    pub fn is_empty(&self) -> bool {
        self.person.is_none() && self.period.is_none()
    }
}

/// Everything a URL hash says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hash {
    /// The page.
    pub location: Location,
    /// The portal's options (kept in every address the app goes to).
    pub embed: EmbedOptions,
    /// The portal's person and period for the profile.
    pub context: Context,
    /// A sheet code (`share=`), to offer for import.
    pub share: Option<String>,
    /// The hash's length, when it is longer than [`MAX_HASH_CHARS`]: it is
    /// not read, and says nothing else. (Only a sheet code grows that long:
    /// the app refuses it as a sheet link too long.)
    pub too_long: Option<usize>,
}

/// The key of a sheet code in the hash.
pub const SHARE: &str = "share";

impl Hash {
    /// Reads a hash, with or without its leading `#`. Its length is checked
    /// first: one longer than [`MAX_HASH_CHARS`] is not read at all.
    pub fn parse(hash: &str) -> Self {
        if hash.len() > MAX_HASH_CHARS {
            return Hash::refused(hash.len());
        }
        let mut out = Hash::default();
        for (key, value) in pairs(hash) {
            if value.is_empty() {
                continue;
            }
            let location = &mut out.location;
            match key {
                "family" => location.family = Some(value),
                "level" => location.level = Some(value),
                "frame" => location.frame = FrameKind::from_id(&value),
                "sheet" => location.sheet = Some(value),
                "compare" => location.compare = crate::compare::parse_list(&value),
                "person" => out.context.person = Some(value),
                "period" => out.context.period = Some(value),
                SHARE => out.share = Some(value),
                _ => out.embed.read(key, value),
            }
        }
        out
    }

    /// A hash of `len` bytes, too long to be read (see [`Hash::too_long`]).
    pub fn refused(len: usize) -> Self {
        Hash {
            too_long: Some(len),
            ..Hash::default()
        }
    }

    /// The hash, `#` included; `#` alone for the finder outside a portal.
    pub fn to_hash(&self) -> String {
        let l = &self.location;
        let compare = crate::compare::write_list(&l.compare);
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        let fields = [
            ("family", l.family.as_deref()),
            ("level", l.level.as_deref()),
            ("frame", l.frame.map(FrameKind::id)),
            ("sheet", l.sheet.as_deref()),
            ("compare", (!compare.is_empty()).then_some(compare.as_str())),
            ("person", self.context.person.as_deref()),
            ("period", self.context.period.as_deref()),
            (SHARE, self.share.as_deref()),
        ];
        pairs.extend(fields.into_iter().filter_map(|(k, v)| Some((k, v?))));
        pairs.extend(self.embed.pairs());
        let pairs: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        format!("#{}", pairs.join("&"))
    }

    /// The hash of `location` with these embed options (and nothing else).
    pub fn of(location: &Location, embed: &EmbedOptions) -> String {
        Hash {
            location: location.clone(),
            embed: embed.clone(),
            ..Hash::default()
        }
        .to_hash()
    }
}

/// The `key=value` pairs of a URL hash (with or without `#`), values decoded.
fn pairs(hash: &str) -> impl Iterator<Item = (&str, String)> {
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

    fn location(hash: &str) -> Location {
        Hash::parse(hash).location
    }

    #[test]
    fn parses_the_issue_example() {
        let l = location("#family=database-engineering&level=P4&frame=okr");
        assert_eq!(l.family.as_deref(), Some("database-engineering"));
        assert_eq!(l.level.as_deref(), Some("P4"));
        assert_eq!(l.frame, Some(FrameKind::Okr));
        assert_eq!(l.sheet, None);
        assert_eq!(l.profile_key(), Some(("database-engineering", "P4")));
    }

    #[test]
    fn empty_and_unknown_parts_are_ignored() {
        assert_eq!(Hash::parse(""), Hash::default());
        assert_eq!(Hash::parse("#"), Hash::default());
        let l = location("frame=nope&x=1&family=&level=P4");
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
            compare: Vec::new(),
        };
        let hash = Hash::of(&l, &EmbedOptions::default());
        assert_eq!(
            hash,
            "#family=database-engineering&level=P4&frame=scorecard&sheet=s%201%262%3D3%25"
        );
        assert_eq!(location(&hash), l);
        assert_eq!(Hash::default().to_hash(), "#");
        assert_eq!(
            Hash::of(
                &Location::profile("finance", "M2"),
                &EmbedOptions::default()
            ),
            "#family=finance&level=M2"
        );
    }

    #[test]
    fn embed_options_context_and_share_codes_travel_in_one_hash() {
        let hash = "#family=payroll&level=S3&embed=1&origin=http%3A%2F%2F127.0.0.1%3A8123&accent=%23004488&font=Inter%2C%20sans-serif&person=Ada%20L&period=2026%20H1";
        let parsed = Hash::parse(hash);
        assert!(parsed.embed.compact);
        assert_eq!(
            parsed.embed.origin.as_deref(),
            Some("http://127.0.0.1:8123")
        );
        assert_eq!(parsed.context.person.as_deref(), Some("Ada L"));
        assert_eq!(parsed.context.period.as_deref(), Some("2026 H1"));
        assert_eq!(Hash::parse(&parsed.to_hash()), parsed);
        // Going elsewhere keeps the embed options.
        let next = Hash::of(&Location::profile("finance", "M2"), &parsed.embed);
        assert_eq!(Hash::parse(&next).embed, parsed.embed);
        assert_eq!(Hash::parse("#share=abc_-").share.as_deref(), Some("abc_-"));
    }

    #[test]
    fn compared_profiles_travel_in_the_hash() {
        let hash = "#compare=database-engineering:P4,database-engineering:P5";
        let l = location(hash);
        assert_eq!(
            l.compare,
            [
                ("database-engineering".to_string(), "P4".to_string()),
                ("database-engineering".to_string(), "P5".to_string())
            ]
        );
        assert_eq!(
            Hash::of(&l, &EmbedOptions::default()),
            "#compare=database-engineering%3AP4%2Cdatabase-engineering%3AP5"
        );
        assert_eq!(location(&Hash::of(&l, &EmbedOptions::default())), l);
    }

    #[test]
    fn a_hash_longer_than_any_the_app_writes_is_refused_by_its_length_unread() {
        // A 1.9 MB sheet link, as in issue 26: percent escapes and keys in it
        // are never looked at.
        let hash = format!("#family=finance&level=M2&share={}", "%41".repeat(650_000));
        assert_eq!(Hash::parse(&hash), Hash::refused(hash.len()));
        assert_eq!(Hash::parse(&hash).location, Location::default());
        // The longest sheet code the reader takes, with a profile and a
        // portal's options, is read as always.
        let code = "A".repeat(MAX_LINK_CHARS);
        let longest = format!("#family=finance&level=M2&share={code}&embed=1&origin=https%3A%2F%2Fintranet.example.com&accent=%23004488&font=Inter%2C%20sans-serif");
        let parsed = Hash::parse(&longest);
        assert_eq!(parsed.too_long, None);
        assert_eq!(parsed.share.as_deref(), Some(code.as_str()));
        assert_eq!(parsed.location.profile_key(), Some(("finance", "M2")));
    }

    #[test]
    fn decoding_tolerates_bad_escapes() {
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("a%zz"), "a%zz");
        assert_eq!(decode("%C3%A9+x"), "é x");
    }
}
