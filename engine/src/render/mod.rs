//! Renderers: the same [`ProfileFrames`](crate::ProfileFrames) and
//! [`Values`](crate::Values) as plain text (the golden format), Markdown, JSON and CSV.
//! Each fills slot values in place of their placeholders and leaves unfilled ones as is.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod text;

/// An output format of the renderers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text: a frame's "Copy / print as text" block.
    Text,
    /// Markdown.
    Markdown,
    /// JSON, schema [`json::SCHEMA`].
    Json,
    /// CSV, one row per item.
    Csv,
}

impl Format {
    /// All formats.
    pub const ALL: [Format; 4] = [Format::Text, Format::Markdown, Format::Json, Format::Csv];

    /// Identifier (`text`, `markdown`, `json`, `csv`).
    pub fn id(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }

    /// The format for an identifier.
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// Renders the chosen frames of a profile in a format.
pub fn render(
    frames: &crate::ProfileFrames,
    kinds: &[crate::FrameKind],
    values: &crate::Values,
    format: Format,
) -> String {
    match format {
        Format::Text => match kinds {
            [one] => text::frame(frames.frame(*one), values),
            _ => text::document(frames, kinds, values),
        },
        Format::Markdown => markdown::document(frames, kinds, values),
        Format::Json => json::document(frames, kinds, values),
        Format::Csv => csv::document(frames, kinds, values),
    }
}
