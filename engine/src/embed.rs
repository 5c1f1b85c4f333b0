//! Embedding in a portal: the options a portal passes in the URL hash, and the
//! postMessage protocol between the app (in an iframe) and its parent page.
//!
//! `goalframes.html#family=…&level=…&embed=1&origin=https://portal.example&accent=%23004488&font=Inter`
//!
//! - `embed=1` asks for the compact view.
//! - `origin` names the parent's origin: the only one the app posts to and the
//!   only one whose messages it reads. Without it the app neither posts nor listens.
//! - `accent`, `accent-dark` (a CSS colour: `#rgb`, `#rrggbb` or a colour name)
//!   and `font` (a font-family list) theme the app through the CSS custom
//!   properties `--goalframes-accent`, `--goalframes-accent-dark`, `--goalframes-font`.
//!
//! Messages are plain objects with a `type`:
//! - app → parent: `goalframes:ready` `{version, family?, level?}`,
//!   `goalframes:sheet-changed` `{sheet}`, `goalframes:sheet` `{sheet|null}` (the answer
//!   to `get-sheet`), `goalframes:error` `{message}`;
//! - parent → app: `goalframes:open` `{family, level, frame?}`, `goalframes:get-sheet`.

use serde::{Deserialize, Serialize};

use crate::location::pairs;
use crate::sheet::Sheet;

/// The protocol's version, sent in `goalframes:ready`.
pub const PROTOCOL_VERSION: u32 = 1;

/// What a portal asked for in the URL hash; invalid values are dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The compact view for a portal panel.
    pub compact: bool,
    /// The parent's origin, e.g. `https://intranet.example.com`.
    pub origin: Option<String>,
    /// Accent colour (light theme).
    pub accent: Option<String>,
    /// Accent colour (dark theme).
    pub accent_dark: Option<String>,
    /// Font-family list.
    pub font: Option<String>,
}

impl EmbedOptions {
    /// Reads the options from a URL hash (with or without `#`).
    pub fn parse(hash: &str) -> Self {
        let mut options = EmbedOptions::default();
        for (key, value) in pairs(hash) {
            match key {
                "embed" => options.compact = value == "1" || value == "true",
                "origin" if is_origin(&value) => options.origin = Some(value),
                "accent" if is_color(&value) => options.accent = Some(value),
                "accent-dark" if is_color(&value) => options.accent_dark = Some(value),
                "font" if is_font_list(&value) => options.font = Some(value),
                _ => {}
            }
        }
        options
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

    /// Whether a message from `origin` may be read.
    pub fn accepts(&self, origin: &str) -> bool {
        self.origin.as_deref() == Some(origin)
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

/// A hex colour or a colour name: nothing that could escape a CSS value.
pub fn is_color(value: &str) -> bool {
    match value.strip_prefix('#') {
        Some(hex) => {
            matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
        }
        None => (3..=20).contains(&value.len()) && value.chars().all(|c| c.is_ascii_alphabetic()),
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

/// A message from the parent page.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
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
    },
    /// Answer with the open sheet.
    #[serde(rename = "goalframes:get-sheet")]
    GetSheet,
}

impl Request {
    /// Reads a message's data (as JSON text); `None` for anything that is not a
    /// Goalframes request, which is then ignored.
    pub fn parse(json: &str) -> Option<Request> {
        if json.len() > 4096 {
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
    },
    /// The answer to `goalframes:get-sheet`.
    #[serde(rename = "goalframes:sheet")]
    Sheet {
        /// The open sheet, or null when nothing has been filled.
        sheet: Option<&'a Sheet>,
    },
    /// A request could not be carried out.
    #[serde(rename = "goalframes:error")]
    Error {
        /// What went wrong, in a sentence.
        message: String,
    },
}

impl Event<'_> {
    /// The message as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("events always serialise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_portal_options() {
        let o = EmbedOptions::parse(
            "#family=payroll&level=S3&embed=1&origin=http%3A%2F%2F127.0.0.1%3A8123&accent=%23004488&font=Inter%2C%20sans-serif",
        );
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
        let o = EmbedOptions::parse("#origin=*&accent=red;background:url(x)&font=a%7Bb%7D");
        assert_eq!(o, EmbedOptions::default());
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
                frame: None
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
            Event::Sheet { sheet: None }.to_json(),
            r#"{"type":"goalframes:sheet","sheet":null}"#
        );
    }
}
