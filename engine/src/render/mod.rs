//! Renderers: the same [`ProfileFrames`](crate::ProfileFrames) and
//! [`Values`](crate::Values) as plain text (the golden format), Markdown, JSON,
//! CSV and Word ([`docx`]); the page's HTML view of the frames ([`html`], with
//! the [`hooks`] the app patches it by); the printed goal sheet
//! ([`sheet_html`]); the review CSV and calibration summary for HR
//! ([`review_csv`]); and profiles side by side ([`compare`]). [`file_name`]
//! names every exported file. Each fills slot values in place of their
//! placeholders and leaves unfilled ones as is.

pub mod compare;
pub mod csv;
pub mod docx;
pub mod file_name;
pub mod hooks;
pub mod html;
pub mod json;
pub mod markdown;
pub mod review_csv;
pub mod review_html;
pub mod sheet_columns;
pub mod sheet_html;
pub mod text;

/// An output format of the renderers: the one list of export formats, used
/// by the app's export buttons, the CLI's `--format` and its batch files.
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
    /// Word (.docx).
    Docx,
}

impl Format {
    /// All formats.
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Csv,
        Format::Docx,
    ];

    /// Identifier (`text`, `markdown`, `json`, `csv`, `docx`).
    pub fn id(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Docx => "docx",
        }
    }

    /// The format for an identifier.
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Docx => "docx",
        }
    }

    /// The MIME type of a file in this format.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Text => "text/plain;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Json => "application/json",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    /// What a person calls it, with its extension: "Word (.docx)".
    pub fn label(self, t: &crate::message::Catalog) -> &'static str {
        match self {
            Format::Text => t.format_text(),
            Format::Markdown => t.format_markdown(),
            Format::Json => t.format_json(),
            Format::Csv => t.format_csv(),
            Format::Docx => t.format_docx(),
        }
    }

    /// True for formats that are text (every one but Word).
    pub fn is_text(self) -> bool {
        self != Format::Docx
    }
}

/// The one file-name rule, kept here too (its home is [`crate::slug`]).
pub use crate::slug::slug;

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
    pub fn lines(&self, t: &crate::message::Catalog) -> Vec<String> {
        [
            (t.sheet_person(), &self.person),
            (t.sheet_period(), &self.period),
            (t.sheet_exported(), &self.date),
        ]
        .into_iter()
        .filter_map(|(label, value)| {
            value
                .as_ref()
                .map(|v| format!("{} {v}", t.label_colon(label)))
        })
        .collect()
    }
}

/// Renders the chosen frames of a profile as a file's bytes; a single frame
/// in text is exactly its text block.
pub fn render(
    frames: &crate::ProfileFrames,
    kinds: &[crate::FrameKind],
    values: &crate::Values,
    format: Format,
) -> Vec<u8> {
    export(frames, kinds, values, format, &ExportInfo::default())
}

/// Like [`render`], with who and when the export is for.
pub fn export(
    frames: &crate::ProfileFrames,
    kinds: &[crate::FrameKind],
    values: &crate::Values,
    format: Format,
    info: &ExportInfo,
) -> Vec<u8> {
    let text = match format {
        Format::Text => match kinds {
            [one] => text::frame(frames.frame(*one), values),
            _ => text::document(frames, kinds, values, info),
        },
        Format::Markdown => markdown::document(frames, kinds, values, info),
        Format::Json => json::document(frames, kinds, values, info),
        Format::Csv => csv::document(frames, kinds, values, info),
        Format::Docx => return docx::document(frames, kinds, values, info),
    };
    text.into_bytes()
}

/// A comparison of profiles as text in a format; `None` for Word, which a
/// comparison is not written in (its table is for screens and spreadsheets).
pub fn comparison(c: &crate::compare::Comparison, format: Format) -> Option<String> {
    Some(match format {
        Format::Text => compare::text(c),
        Format::Markdown => compare::markdown(c),
        Format::Csv => compare::csv(c),
        Format::Json => compare::json(c),
        Format::Docx => return None,
    })
}

/// The goal sheet (kept and own goals in order) as a file's bytes. JSON is
/// the sheet itself (schema `goalframes.sheet/3`).
pub fn goal_sheet(
    goals: &crate::goals::GoalSheet<'_>,
    format: Format,
    info: &ExportInfo,
) -> Vec<u8> {
    match format {
        Format::Text => text::goal_sheet(goals, info).into_bytes(),
        Format::Markdown => markdown::goal_sheet(goals, info).into_bytes(),
        Format::Csv => csv::goal_sheet(goals).into_bytes(),
        Format::Docx => docx::goal_sheet(goals, info),
        Format::Json => goals.sheet.to_json().into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_name_themselves() {
        for format in Format::ALL {
            assert_eq!(Format::from_id(format.id()), Some(format));
            assert!(!format.extension().is_empty() && !format.mime().is_empty());
        }
    }
}
