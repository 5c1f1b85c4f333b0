//! A canon file's TOML read as a spanned tree, key by key: every value's
//! place is known, so each problem is reported at its line and key path
//! (`level[2].responsibilities[0]`), and every unknown key, wrong type and bad
//! text in a file is found in one pass. (Walked by hand rather than
//! deserialised with serde, which stops at the first problem.)

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::SourceFile;
use crate::canon::rules::{self, Location};
use crate::canon::{Diagnostic, Severity, Text};

/// One file being read: where its problems go, and how spans become lines.
pub(super) struct FileCx<'a> {
    file: &'a SourceFile,
    diags: &'a mut Vec<Diagnostic>,
    /// Byte offsets at which each line starts.
    line_starts: Vec<usize>,
    /// Whether an error was reported in this file.
    pub(super) failed: bool,
}

impl<'a> FileCx<'a> {
    pub(super) fn new(file: &'a SourceFile, diags: &'a mut Vec<Diagnostic>) -> Self {
        let line_starts = std::iter::once(0)
            .chain(file.text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        FileCx {
            file,
            diags,
            line_starts,
            failed: false,
        }
    }

    /// The 1-based line a span starts on.
    pub(super) fn line(&self, span: &Range<usize>) -> usize {
        self.line_starts
            .partition_point(|&start| start <= span.start)
    }

    /// How many problems were reported so far, in this file and before:
    /// a reader compares counts to know whether a part was read whole.
    pub(super) fn reported(&self) -> usize {
        self.diags.len()
    }

    /// "on line 9": how a rule is told where a value of this file stands.
    pub(super) fn on_line(&self, span: &Range<usize>) -> String {
        format!("on line {}", self.line(span))
    }

    fn report(
        &mut self,
        severity: Severity,
        span: Option<&Range<usize>>,
        key: &str,
        message: String,
    ) {
        if severity == Severity::Error {
            self.failed = true;
        }
        let line = span.map(|s| self.line(s));
        self.diags.push(Diagnostic {
            severity,
            file: self.file.path.clone(),
            line,
            key: key.to_string(),
            message,
        });
    }

    pub(super) fn error(&mut self, span: &Range<usize>, key: &str, message: impl Into<String>) {
        self.report(Severity::Error, Some(span), key, message.into());
    }

    /// The key `key` at `span`, as a [`Location`] for the canon's rules.
    pub(super) fn at<'c>(&'c mut self, span: &Range<usize>, key: &str) -> KeyAt<'c, 'a> {
        KeyAt {
            cx: self,
            span: span.clone(),
            key: key.to_string(),
        }
    }

    /// The file's TOML as a spanned tree; `None` (reported) when it does not parse.
    pub(super) fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        match DeTable::parse(&self.file.text) {
            Ok(table) => Some(table),
            Err(err) => {
                let span = err.span();
                let message = format!("the TOML does not parse: {}", err.message().trim());
                self.report(Severity::Error, span.as_ref(), "", message);
                None
            }
        }
    }
}

/// A key of a TOML file, where a rule reports: `families/f.toml:7: level[0].code`.
pub(super) struct KeyAt<'c, 'a> {
    cx: &'c mut FileCx<'a>,
    span: Range<usize>,
    key: String,
}

impl Location for KeyAt<'_, '_> {
    fn report(&mut self, severity: Severity, message: String) {
        self.cx
            .report(severity, Some(&self.span), &self.key, message);
    }
}

type Entry<'i> = (
    &'i Spanned<toml::de::DeString<'i>>,
    &'i Spanned<DeValue<'i>>,
);

/// A TOML table being read: its key path, where it starts, and its entries.
pub(super) struct TableReader<'t, 'i> {
    pub(super) table: &'t DeTable<'i>,
    span: Range<usize>,
    path: String,
}

impl<'t, 'i> TableReader<'t, 'i> {
    /// The file's top table.
    pub(super) fn root(doc: &'t Spanned<DeTable<'i>>) -> Self {
        TableReader::new(doc.get_ref(), doc.span(), String::new())
    }

    fn new(table: &'t DeTable<'i>, span: Range<usize>, path: String) -> Self {
        TableReader { table, span, path }
    }

    /// `key`'s dotted path from the top of the file.
    pub(super) fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Where `key`'s value stands, or the table itself when the key is absent.
    pub(super) fn span_of(&self, key: &str) -> Range<usize> {
        self.entry(key)
            .map(|(_, v)| v.span())
            .unwrap_or(self.span.clone())
    }

    pub(super) fn entry(&self, key: &str) -> Option<Entry<'_>> {
        self.table.iter().find(|(k, _)| k.get_ref().as_ref() == key)
    }

    /// Reports every key that is not in `allowed`: a typo must not pass silently.
    pub(super) fn deny_unknown(&self, cx: &mut FileCx<'_>, allowed: &[&str]) {
        for (key, _) in self.table.iter() {
            let name = key.get_ref().as_ref();
            if !allowed.contains(&name) {
                cx.error(
                    &key.span(),
                    &self.key_path(name),
                    format!(
                        "unknown key \"{name}\"; allowed here: {}",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    /// Reports the required `key` missing; `what` says what it holds.
    pub(super) fn missing(&self, cx: &mut FileCx<'_>, key: &str, what: &str) {
        cx.error(
            &self.span,
            &self.key_path(key),
            format!("the required key \"{key}\" is missing ({what})"),
        );
    }

    /// A required text value, checked for clean canon text.
    pub(super) fn text(&self, cx: &mut FileCx<'_>, key: &str) -> Option<Text> {
        match self.entry(key) {
            Some((_, value)) => checked_text(cx, value, &self.key_path(key)),
            None => {
                self.missing(cx, key, "a string");
                None
            }
        }
    }

    /// An optional text value: `Ok(None)` when absent, `Err(())` when present but bad.
    pub(super) fn optional_text(&self, cx: &mut FileCx<'_>, key: &str) -> Result<Option<Text>, ()> {
        match self.entry(key) {
            Some((_, value)) => checked_text(cx, value, &self.key_path(key))
                .map(Some)
                .ok_or(()),
            None => Ok(None),
        }
    }

    /// An optional string taken as written, for a value whose own rule
    /// checks it (a review scale's label): `Ok(None)` when absent, `Err(())`
    /// when not a string (reported).
    pub(super) fn optional_string(
        &self,
        cx: &mut FileCx<'_>,
        key: &str,
    ) -> Result<Option<String>, ()> {
        let Some((_, value)) = self.entry(key) else {
            return Ok(None);
        };
        match value.get_ref() {
            DeValue::String(text) => Ok(Some(text.to_string())),
            other => {
                wrong_type(cx, value, &self.key_path(key), "a string", other);
                Err(())
            }
        }
    }

    /// An optional whole number of 0 or more: `Ok(None)` when absent,
    /// `Err(())` when present but not such a number (reported).
    pub(super) fn optional_number(
        &self,
        cx: &mut FileCx<'_>,
        key: &str,
    ) -> Result<Option<u32>, ()> {
        let Some((_, value)) = self.entry(key) else {
            return Ok(None);
        };
        let path = self.key_path(key);
        let DeValue::Integer(int) = value.get_ref() else {
            wrong_type(cx, value, &path, "a whole number", value.get_ref());
            return Err(());
        };
        // Read wide, so that a negative or huge number is told as such.
        let problem = match i128::from_str_radix(int.as_str(), int.radix()) {
            Ok(n) if n < 0 => format!("expected a whole number of 0 or more, found {n}"),
            Ok(n) => match u32::try_from(n) {
                Ok(n) => return Ok(Some(n)),
                Err(_) => format!("the number {n} is too large"),
            },
            Err(_) => format!("the number {} is too large", int.as_str()),
        };
        cx.error(&value.span(), &path, problem);
        Err(())
    }

    /// An optional array of text values (empty when absent).
    pub(super) fn text_list(&self, cx: &mut FileCx<'_>, key: &str) -> Vec<Text> {
        let Some((_, value)) = self.entry(key) else {
            return Vec::new();
        };
        let path = self.key_path(key);
        match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| checked_text(cx, item, &format!("{path}[{i}]")))
                .collect(),
            other => {
                wrong_type(cx, value, &path, "an array of strings", other);
                Vec::new()
            }
        }
    }

    /// A sub-table; `None` when absent or not a table (reported).
    pub(super) fn table(&self, cx: &mut FileCx<'_>, key: &str) -> Option<TableReader<'t, 'i>> {
        let (_, value) = self
            .table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)?;
        let path = self.key_path(key);
        match value.get_ref() {
            DeValue::Table(table) => Some(TableReader::new(table, value.span(), path)),
            other => {
                wrong_type(cx, value, &path, "a table", other);
                None
            }
        }
    }

    /// An array of tables such as `[[level]]`; `None` when absent.
    pub(super) fn tables(
        &self,
        cx: &mut FileCx<'_>,
        key: &str,
    ) -> Option<Vec<TableReader<'t, 'i>>> {
        let (_, value) = self
            .table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)?;
        let path = self.key_path(key);
        let DeValue::Array(items) = value.get_ref() else {
            wrong_type(
                cx,
                value,
                &path,
                "an array of tables ([[...]])",
                value.get_ref(),
            );
            return Some(Vec::new());
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            match item.get_ref() {
                DeValue::Table(table) => out.push(TableReader::new(table, item.span(), item_path)),
                other => wrong_type(cx, item, &item_path, "a table", other),
            }
        }
        Some(out)
    }
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn wrong_type(
    cx: &mut FileCx<'_>,
    at: &Spanned<DeValue<'_>>,
    path: &str,
    expected: &str,
    found: &DeValue<'_>,
) {
    cx.error(
        &at.span(),
        path,
        format!("expected {expected}, found {}", type_name(found)),
    );
}

/// A string value that is clean canon text ([`rules::text`]); `None` when reported.
pub(super) fn checked_text(
    cx: &mut FileCx<'_>,
    value: &Spanned<DeValue<'_>>,
    path: &str,
) -> Option<Text> {
    let DeValue::String(text) = value.get_ref() else {
        wrong_type(cx, value, path, "a string", value.get_ref());
        return None;
    };
    rules::text(text, &mut cx.at(&value.span(), path)).then(|| Text::Owned(text.to_string()))
}
