//! Embedding in a portal: the options a portal passes in the URL hash, and the
//! postMessage protocol between the app (in an iframe) and its parent page.
//!
//! **API boundary: the portal protocol, version [`PROTOCOL_VERSION`].** Portals
//! are built against it and not redeployed with the app: message types and
//! fields are only added, never renamed or given a new meaning; a change an
//! existing portal would misread takes a new version, announced in
//! `goalframes:ready`. The README's message table documents every field.
//!
//! `goalframes.html#family=…&level=…&embed=1&origin=https://portal.example&accent=%23004488&font=Inter`
//!
//! - `embed=1` asks for the compact view.
//! - `origin` names the parent's origin (`scheme://host[:port]`, or `null` for a
//!   page opened from disk): the app posts only to its parent window, only when
//!   the parent has that origin, and reads only messages that come from its parent
//!   window with that origin. Without it the app neither posts nor listens.
//! - `accent`, `accent-dark` (a CSS colour: `#rgb`, `#rrggbb` or a colour name)
//!   and `font` (a font-family list) theme the app through the CSS custom
//!   properties `--goalframes-accent`, `--goalframes-accent-dark`, `--goalframes-font`.
//!   An accent that is transparent or too faint to read is ignored (see [`readable_accent`]).
//! - `lang` (`de`, `fr-CH`: a language Goalframes speaks) sets the page's
//!   language before any other choice (see `goalframes_l10n::page_language`).
//!
//! Messages are plain objects with a `type`:
//! - app → parent: `goalframes:ready` `{version, family?, level?}`,
//!   `goalframes:sheet-changed` `{sheet, stage}`, `goalframes:sheet` `{sheet|null,
//!   stage|null}` (the answer to `get-sheet`; `stage` is the review's: `draft`,
//!   `agreed` or `reviewed`), `goalframes:opened` `{family, level, sheet|null}`,
//!   `goalframes:error` `{message}`;
//! - parent → app: `goalframes:open` `{family, level, frame?, person?, period?, lang?}`,
//!   `goalframes:open-sheet` `{sheet}`, `goalframes:get-sheet`.

use serde::{Deserialize, Serialize};

use crate::message::Lang;
use crate::sheet::{Sheet, MAX_SHEET_BYTES};

/// The protocol's version, sent in `goalframes:ready`.
pub const PROTOCOL_VERSION: u32 = 1;

/// The longest message read, in characters of JSON: a whole sheet and a little more.
pub const MAX_MESSAGE_CHARS: usize = MAX_SHEET_BYTES + 4096;

/// The longest option value read from the hash, in characters.
pub const MAX_OPTION_CHARS: usize = 512;

/// What a portal asked for in the URL hash; invalid values are dropped, each
/// with a warning in [`EmbedOptions::warnings`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The compact view for a portal panel.
    pub compact: bool,
    /// The parent's origin, e.g. `https://intranet.example.com`, or `null`.
    pub origin: Option<String>,
    /// Accent colour (light theme).
    pub accent: Option<String>,
    /// Accent colour (dark theme).
    pub accent_dark: Option<String>,
    /// Font-family list.
    pub font: Option<String>,
    /// The page's language (`lang=de`), before any other choice.
    pub lang: Option<Lang>,
    /// Why an option given was not used, one sentence each (for the console).
    pub warnings: Vec<String>,
}

impl EmbedOptions {
    /// Reads one `key=value` of the hash; keys that are not embed options are ignored.
    pub fn read(&mut self, key: &str, value: String) {
        let shown = || {
            let cut: String = value.chars().take(60).collect();
            if value.chars().count() > 60 {
                format!("{cut}…")
            } else {
                cut
            }
        };
        if value.chars().count() > MAX_OPTION_CHARS {
            let warning = format!(
                "the {key} option is longer than {MAX_OPTION_CHARS} characters and was ignored"
            );
            if key == "origin" {
                self.warnings
                    .push(format!("{warning}; the portal message protocol is off"));
            } else if matches!(key, "embed" | "accent" | "accent-dark" | "font" | "lang") {
                self.warnings.push(warning);
            }
            return;
        }
        match key {
            "embed" => self.compact = value == "1" || value == "true",
            "origin" if is_origin(&value) => self.origin = Some(value),
            "origin" => self.warnings.push(format!(
                "the origin option “{}” is not an origin (scheme://host[:port], or null for a page opened from disk); the portal message protocol is off",
                shown()
            )),
            "accent" | "accent-dark" if !is_color(&value) => self.warnings.push(format!(
                "the {key} option “{}” is not a colour (#rgb, #rrggbb or a colour name) and was ignored",
                shown()
            )),
            "accent" => self.accent = Some(value),
            "accent-dark" => self.accent_dark = Some(value),
            "font" if is_font_list(&value) => self.font = Some(value),
            "font" => self.warnings.push(format!(
                "the font option “{}” is not a font-family list and was ignored",
                shown()
            )),
            "lang" => match Lang::from_tag(&value) {
                Some(lang) => self.lang = Some(lang),
                None => self.warnings.push(format!(
                    "the lang option “{}” is not a language Goalframes speaks ({}) and was ignored",
                    shown(),
                    Lang::ALL.map(Lang::tag).join(", ")
                )),
            },
            _ => {}
        }
    }

    /// The options as hash pairs, in a fixed order (warnings are not written).
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        if self.compact {
            out.push(("embed", "1"));
        }
        let fields = [
            ("origin", &self.origin),
            ("accent", &self.accent),
            ("accent-dark", &self.accent_dark),
            ("font", &self.font),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                out.push((key, value.as_str()));
            }
        }
        if let Some(lang) = self.lang {
            out.push(("lang", lang.tag()));
        }
        out
    }

    /// The CSS custom properties to set on the document, as (name, value).
    pub fn css_properties(&self) -> Vec<(&'static str, &str)> {
        [
            ("--goalframes-accent", &self.accent),
            ("--goalframes-accent-dark", &self.accent_dark),
            ("--goalframes-font", &self.font),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
        .collect()
    }

    /// Whether a message from a window with this origin may be read (the
    /// caller also checks that the message comes from the parent window).
    pub fn accepts(&self, origin: &str) -> bool {
        self.origin.as_deref() == Some(origin)
    }

    /// The `targetOrigin` to post to the parent with: the origin itself, or
    /// `*` for a `null` origin (which `postMessage` cannot name); the caller
    /// posts to the parent window only, and for `null` only while the parent's
    /// origin is opaque.
    pub fn target_origin(&self) -> Option<&str> {
        match self.origin.as_deref()? {
            "null" => Some("*"),
            origin => Some(origin),
        }
    }
}

/// `scheme://host[:port]` with scheme http or https, or `null` (a page from disk).
pub fn is_origin(value: &str) -> bool {
    if value == "null" {
        return true;
    }
    let Some((scheme, rest)) = value.split_once("://") else {
        return false;
    };
    let (host, port) = rest.rsplit_once(':').unwrap_or((rest, ""));
    matches!(scheme, "http" | "https")
        && !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '[' || c == ']')
        && port.chars().all(|c| c.is_ascii_digit())
        && port.len() <= 5
}

/// A hex colour or a colour name: nothing that could escape a CSS value, and
/// none of the keywords that are not a colour one can see (`transparent`,
/// `currentcolor`, the CSS-wide keywords).
pub fn is_color(value: &str) -> bool {
    const NOT_A_COLOUR: [&str; 7] = [
        "transparent",
        "currentcolor",
        "inherit",
        "initial",
        "unset",
        "revert",
        "none",
    ];
    match value.strip_prefix('#') {
        Some(hex) => {
            matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
        }
        None => {
            (3..=20).contains(&value.len())
                && value.chars().all(|c| c.is_ascii_alphabetic())
                && !NOT_A_COLOUR.contains(&value.to_ascii_lowercase().as_str())
        }
    }
}

/// A font-family list: names, spaces, commas, hyphens and quotes only.
pub fn is_font_list(value: &str) -> bool {
    !value.trim().is_empty()
        && value.len() <= 120
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '_' | '"' | '\''))
}

/// A colour as the browser computes it: `rgb(r, g, b)` or `rgba(r, g, b, a)`,
/// as its channels and whether it is opaque. (Integers and a plain alpha test
/// keep float parsing out of the wasm.)
pub fn parse_computed_rgb(value: &str) -> Option<([f64; 3], bool)> {
    let inner = value
        .trim()
        .strip_prefix("rgba(")
        .or_else(|| value.trim().strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<&str> = inner
        .split([',', '/', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let channel = |p: &str| p.parse::<u8>().ok().map(f64::from);
    match parts.as_slice() {
        [r, g, b] => Some(([channel(r)?, channel(g)?, channel(b)?], true)),
        [r, g, b, a] => {
            let opaque = matches!(*a, "1" | "1.0" | "100%");
            Some(([channel(r)?, channel(g)?, channel(b)?], opaque))
        }
        _ => None,
    }
}

/// WCAG 2 contrast ratio of two sRGB colours (channels 0–255), from 1 to 21.
pub fn contrast_ratio(a: [f64; 3], b: [f64; 3]) -> f64 {
    let luminance = |c: [f64; 3]| {
        let channel = |v: f64| {
            let v = v / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Whether an accent, as the browser computed it, can be read against the
/// page's background: opaque, and at least 3:1 (WCAG's ratio for large text
/// and interface parts: links and the breadcrumb are drawn in it).
pub fn readable_accent(accent: &str, background: &str) -> bool {
    match (parse_computed_rgb(accent), parse_computed_rgb(background)) {
        (Some((fg, opaque)), Some((bg, _))) => opaque && contrast_ratio(fg, bg) >= 3.0,
        _ => false,
    }
}

/// A message from the parent page.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "type")]
pub enum Request {
    /// Show a profile (and optionally one frame).
    #[serde(rename = "goalframes:open")]
    Open {
        /// Family id.
        family: String,
        /// Level code.
        level: String,
        /// Frame id (`smart`, `okr`, `mbo`, `scorecard`).
        #[serde(default)]
        frame: Option<String>,
        /// The person the profile is opened for: their sheet for the profile
        /// is opened if there is one, else one is started for them.
        #[serde(default)]
        person: Option<String>,
        /// The period, used with `person` and to start a sheet.
        #[serde(default)]
        period: Option<String>,
        /// The page's language (`de`, `fr-CH`), as the address's `lang=`.
        #[serde(default)]
        lang: Option<String>,
    },
    /// Open a sheet the portal holds (e.g. one it stored from
    /// `sheet-changed`): checked like an import, and never written over a
    /// saved sheet without the person's confirmation.
    #[serde(rename = "goalframes:open-sheet")]
    OpenSheet {
        /// The sheet object.
        sheet: serde_json::Value,
    },
    /// Answer with the open sheet.
    #[serde(rename = "goalframes:get-sheet")]
    GetSheet,
}

impl Request {
    /// Reads a message's data (as JSON text); `None` for anything that is not a
    /// Goalframes request, which is then ignored.
    pub fn parse(json: &str) -> Option<Request> {
        if json.len() > MAX_MESSAGE_CHARS {
            return None;
        }
        serde_json::from_str(json).ok()
    }
}

/// A message to the parent page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type")]
pub enum Event<'a> {
    /// The app has started.
    #[serde(rename = "goalframes:ready")]
    Ready {
        /// [`PROTOCOL_VERSION`].
        version: u32,
        /// The profile shown, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        family: Option<&'a str>,
        /// Its level.
        #[serde(skip_serializing_if = "Option::is_none")]
        level: Option<&'a str>,
    },
    /// The open sheet changed (a value typed, a person renamed).
    #[serde(rename = "goalframes:sheet-changed")]
    SheetChanged {
        /// The sheet, as saved.
        sheet: &'a Sheet,
        /// Its review's stage: `draft`, `agreed` or `reviewed` (see [`Event::sheet_changed`]).
        stage: &'static str,
    },
    /// The answer to `goalframes:get-sheet`.
    #[serde(rename = "goalframes:sheet")]
    Sheet {
        /// The open sheet, or null when nothing has been filled.
        sheet: Option<&'a Sheet>,
        /// Its review's stage (null with no sheet; see [`Event::sheet`]).
        stage: Option<&'static str>,
    },
    /// A profile (and sheet) was opened at the portal's request.
    #[serde(rename = "goalframes:opened")]
    Opened {
        /// The family id.
        family: &'a str,
        /// The level code.
        level: &'a str,
        /// The sheet opened, or null when none is started yet.
        sheet: Option<&'a Sheet>,
    },
    /// A request could not be carried out.
    #[serde(rename = "goalframes:error")]
    Error {
        /// What went wrong, in a sentence.
        message: String,
    },
}

impl<'a> Event<'a> {
    /// `goalframes:sheet-changed` for `sheet`, with its stage.
    pub fn sheet_changed(sheet: &'a Sheet) -> Self {
        Event::SheetChanged {
            sheet,
            stage: sheet.stage().id(),
        }
    }

    /// `goalframes:sheet`, the answer to `get-sheet`, with the sheet's stage.
    pub fn sheet(sheet: Option<&'a Sheet>) -> Self {
        Event::Sheet {
            sheet,
            stage: sheet.map(|s| s.stage().id()),
        }
    }

    /// The message as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("events always serialise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The options read from decoded hash pairs (the hash itself is url.rs's).
    fn options(pairs: &[(&str, &str)]) -> EmbedOptions {
        let mut o = EmbedOptions::default();
        for (key, value) in pairs {
            o.read(key, value.to_string());
        }
        o
    }

    #[test]
    fn accents_must_be_opaque_and_readable() {
        let white = "rgb(255, 255, 255)";
        assert!(readable_accent("rgb(31, 58, 95)", white));
        assert!(
            !readable_accent("rgba(31, 58, 95, 0)", white),
            "transparent"
        );
        assert!(!readable_accent("rgb(255, 255, 200)", white), "too faint");
        assert!(!readable_accent("nonsense", white));
        assert!((contrast_ratio([0.0; 3], [255.0; 3]) - 21.0).abs() < 0.01);
        assert_eq!(
            parse_computed_rgb("rgb(1 2 3 / 0.5)"),
            Some(([1.0, 2.0, 3.0], false))
        );
        assert_eq!(
            parse_computed_rgb("rgba(1, 2, 3, 1)"),
            Some(([1.0, 2.0, 3.0], true))
        );
    }

    #[test]
    fn a_null_origin_posts_to_the_parent_with_a_wildcard() {
        assert_eq!(options(&[("origin", "null")]).target_origin(), Some("*"));
        assert_eq!(
            options(&[("origin", "https://a.example")]).target_origin(),
            Some("https://a.example")
        );
        assert_eq!(options(&[]).target_origin(), None);
    }

    #[test]
    fn reads_the_portal_options() {
        let o = options(&[
            ("embed", "1"),
            ("origin", "http://127.0.0.1:8123"),
            ("accent", "#004488"),
            ("font", "Inter, sans-serif"),
        ]);
        assert!(o.compact);
        assert_eq!(o.origin.as_deref(), Some("http://127.0.0.1:8123"));
        assert!(o.accepts("http://127.0.0.1:8123"));
        assert!(!o.accepts("http://127.0.0.1:9999"));
        assert_eq!(
            o.css_properties(),
            vec![
                ("--goalframes-accent", "#004488"),
                ("--goalframes-font", "Inter, sans-serif")
            ]
        );
    }

    #[test]
    fn drops_values_that_could_inject_css_or_widen_the_origin() {
        let o = options(&[
            ("origin", "*"),
            ("accent", "red;background:url(x)"),
            ("font", "a{b}"),
        ]);
        assert_eq!(o.warnings.len(), 3, "{:?}", o.warnings);
        assert!(o.warnings[0].contains("portal message protocol is off"));
        assert_eq!(
            EmbedOptions {
                warnings: Vec::new(),
                ..o
            },
            EmbedOptions::default()
        );
        let long_origin = format!("https://{}.example", "a".repeat(600));
        let long = options(&[("origin", &long_origin)]);
        assert_eq!(long.origin, None);
        assert!(long.warnings[0].contains("longer than"));
        assert!(!is_color("transparent") && !is_color("Transparent") && !is_color("currentColor"));
        assert!(
            !EmbedOptions::default().accepts("null"),
            "no origin: no messages at all"
        );
        assert!(!is_origin("javascript://x"));
        assert!(is_origin("https://intranet.example.com"));
        assert!(is_color("#abc") && is_color("teal") && !is_color("#abcde") && !is_color("url(x)"));
    }

    #[test]
    fn parses_requests_and_ignores_everything_else() {
        assert_eq!(
            Request::parse(r#"{"type":"goalframes:open","family":"payroll","level":"S3"}"#),
            Some(Request::Open {
                family: "payroll".into(),
                level: "S3".into(),
                frame: None,
                person: None,
                period: None,
                lang: None,
            })
        );
        assert_eq!(
            Request::parse(r#"{"type":"goalframes:get-sheet"}"#),
            Some(Request::GetSheet)
        );
        assert_eq!(Request::parse(r#"{"type":"other"}"#), None);
        assert_eq!(Request::parse("\"goalframes:open\""), None);
        assert_eq!(
            Request::parse(r#"{"type":"goalframes:open","family":1}"#),
            None
        );
    }

    #[test]
    fn events_serialise_with_their_type() {
        let ready = Event::Ready {
            version: PROTOCOL_VERSION,
            family: Some("payroll"),
            level: None,
        };
        assert_eq!(
            ready.to_json(),
            r#"{"type":"goalframes:ready","version":1,"family":"payroll"}"#
        );
        assert_eq!(
            Event::sheet(None).to_json(),
            r#"{"type":"goalframes:sheet","sheet":null,"stage":null}"#
        );
    }
}
