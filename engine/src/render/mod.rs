//! Renderers: the same [`ProfileFrames`](crate::ProfileFrames) and
//! [`Values`](crate::Values) as plain text (the golden format), Markdown, JSON and CSV.
//! Each fills slot values in place of their placeholders and leaves unfilled ones as is.

pub mod csv;
pub mod docx;
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

/// Who and when an export is for: printed under the heading of document exports.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ExportInfo {
    /// The person the goals are for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The period they cover.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The export date, as the caller states it (the engine reads no clock).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl ExportInfo {
    /// `Person: …`, `Period: …`, `Exported: …` lines for the filled fields.
    pub fn lines(&self) -> Vec<String> {
        [
            ("Person", &self.person),
            ("Period", &self.period),
            ("Exported", &self.date),
        ]
        .into_iter()
        .filter_map(|(label, value)| value.as_ref().map(|v| format!("{label}: {v}")))
        .collect()
    }
}

/// Renders the chosen frames of a profile in a format; a single frame in text is
/// exactly its text block.
pub fn render(
    frames: &crate::ProfileFrames,
    kinds: &[crate::FrameKind],
    values: &crate::Values,
    format: Format,
) -> String {
    export(frames, kinds, values, format, &ExportInfo::default())
}

/// Like [`render`], with who and when the export is for.
pub fn export(
    frames: &crate::ProfileFrames,
    kinds: &[crate::FrameKind],
    values: &crate::Values,
    format: Format,
    info: &ExportInfo,
) -> String {
    match format {
        Format::Text => match kinds {
            [one] => text::frame(frames.frame(*one), values),
            _ => text::document(frames, kinds, values, info),
        },
        Format::Markdown => markdown::document(frames, kinds, values, info),
        Format::Json => json::document(frames, kinds, values, info),
        Format::Csv => csv::document(frames, kinds, values, info),
    }
}
