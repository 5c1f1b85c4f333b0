//! A problem found in a canon: which file, which line, which key, and what is wrong.

use std::fmt;

/// Whether a problem stops the canon from loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The canon is rejected.
    Error,
    /// Kept, but worth a look (e.g. a rubric name the frames do not use).
    Warning,
}

/// One problem in a canon, reported with every other one found.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the canon folder, e.g. `families/data.toml`.
    pub file: String,
    /// 1-based line, where TOML gives one.
    pub line: Option<usize>,
    /// The key in dotted form, e.g. `level[2].responsibilities[0]`; empty for the whole file.
    pub key: String,
    /// What is wrong, in a plain sentence.
    pub message: String,
}

impl Diagnostic {
    /// An error about a whole file or folder (no line, no key).
    pub fn file(file: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line: None,
            key: String::new(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}: {}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.key.is_empty() {
            write!(f, ": {}", self.key)?;
        }
        write!(f, ": {}", self.message)
    }
}
