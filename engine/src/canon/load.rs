//! Loading a canon folder and validating it against CANON.md.
//!
//! Every problem is collected, not only the first: each [`Diagnostic`] names the
//! file, the line (from the TOML spans), the key and what is wrong. The TOML is
//! walked as a spanned tree rather than deserialised with serde so that every
//! unknown key, wrong type and bad text in a file is reported in one pass.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{
    Canon, Diagnostic, Dimension, DimensionText, Family, FamilyLevel, LadderLevel, List, Rubric,
    Severity, Text, KNOWN_RUBRICS,
};

/// One canon file's path (relative to the canon folder, `/`-separated) and contents.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// e.g. `canon.toml` or `families/data.toml`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// A canon that passed validation, and the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The validated canon.
    pub canon: Canon,
    /// Problems that do not stop the canon (unknown rubric names).
    pub warnings: Vec<Diagnostic>,
}

/// The metadata file's name inside a canon folder.
pub const CANON_FILE: &str = "canon.toml";
/// The folder of family files inside a canon folder.
pub const FAMILIES_DIR: &str = "families";

/// Reads and validates the canon folder `dir`: `canon.toml` and every
/// `families/**/*.toml`, in path order. On failure, every diagnostic found
/// (errors and warnings, in file and line order).
pub fn load_dir(dir: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let canon_file = read_source(dir, Path::new(CANON_FILE), &mut diags);
    let mut family_paths = Vec::new();
    let families_dir = dir.join(FAMILIES_DIR);
    if families_dir.is_dir() {
        collect_toml_files(&families_dir, &mut family_paths, &mut diags, dir);
    } else {
        diags.push(file_error(
            FAMILIES_DIR,
            "the canon folder has no families/ folder; each job family is a .toml file in it",
        ));
    }
    family_paths.sort();
    let families: Vec<SourceFile> = family_paths
        .iter()
        .filter_map(|rel| read_source(dir, rel, &mut diags))
        .collect();
    match canon_file {
        Some(canon_file) => match load_sources(&canon_file, &families) {
            Ok(loaded) if diags.is_empty() => Ok(loaded),
            Ok(loaded) => {
                diags.extend(loaded.warnings);
                Err(diags)
            }
            Err(more) => {
                diags.extend(more);
                Err(diags)
            }
        },
        None => Err(diags),
    }
}

fn collect_toml_files(
    dir: &Path,
    out: &mut Vec<std::path::PathBuf>,
    diags: &mut Vec<Diagnostic>,
    root: &Path,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            diags.push(file_error(
                &relative(root, dir),
                &format!("cannot read folder: {err}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml_files(&path, out, diags, root);
        } else if path.extension().is_some_and(|e| e == "toml") {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_path_buf());
            }
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn read_source(root: &Path, rel: &Path, diags: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    let name = relative(root, &root.join(rel));
    match std::fs::read(root.join(rel)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(SourceFile { path: name, text }),
            Err(_) => {
                diags.push(file_error(&name, "the file is not valid UTF-8"));
                None
            }
        },
        Err(err) => {
            diags.push(file_error(&name, &format!("cannot read the file: {err}")));
            None
        }
    }
}

fn file_error(file: &str, message: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        file: file.to_string(),
        line: None,
        key: String::new(),
        message: message.to_string(),
    }
}

/// Validates a canon given as in-memory files: the core of [`load_dir`].
pub fn load_sources(
    canon_file: &SourceFile,
    families: &[SourceFile],
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let meta = {
        let mut cx = FileCx::new(canon_file, &mut diags);
        parse_canon_file(&mut cx)
    };
    let mut parsed_families = Vec::new();
    for file in families {
        let mut cx = FileCx::new(file, &mut diags);
        if let Some(family) = parse_family_file(&mut cx, meta.as_ref()) {
            parsed_families.push((file.path.as_str(), family));
        }
    }
    if families.is_empty() {
        diags.push(file_error(
            FAMILIES_DIR,
            "the canon has no family files; add at least one families/<name>.toml",
        ));
    }

    // Cross-file rule: family ids are unique across the canon.
    let mut first_file: HashMap<String, &str> = HashMap::new();
    for (path, (family, id_line)) in &parsed_families {
        if let Some(other) = first_file.get(family.id.as_ref()) {
            diags.push(Diagnostic {
                severity: Severity::Error,
                file: path.to_string(),
                line: *id_line,
                key: "id".into(),
                message: format!(
                    "duplicate family id \"{}\": {other} already uses it; ids must be unique across the canon",
                    family.id
                ),
            });
        } else {
            first_file.insert(family.id.to_string(), path);
        }
    }

    let has_errors = diags.iter().any(|d| d.severity == Severity::Error);
    match meta {
        Some(meta) if !has_errors => Ok(Loaded {
            canon: Canon {
                families: List::Owned(parsed_families.into_iter().map(|(_, (f, _))| f).collect()),
                ..meta
            },
            warnings: diags,
        }),
        _ => Err(diags),
    }
}

/// Where problems in one file are written, and how spans become line numbers.
struct FileCx<'a> {
    file: &'a SourceFile,
    diags: &'a mut Vec<Diagnostic>,
    /// Byte offsets at which each line starts.
    line_starts: Vec<usize>,
    failed: bool,
}

impl<'a> FileCx<'a> {
    fn new(file: &'a SourceFile, diags: &'a mut Vec<Diagnostic>) -> Self {
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

    fn line(&self, span: &Range<usize>) -> usize {
        self.line_starts
            .partition_point(|&start| start <= span.start)
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

    fn error(&mut self, span: &Range<usize>, key: &str, message: impl Into<String>) {
        self.report(Severity::Error, Some(span), key, message.into());
    }

    fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
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

type Entry<'i> = (
    &'i Spanned<toml::de::DeString<'i>>,
    &'i Spanned<DeValue<'i>>,
);

/// A TOML table being read: its key path, where it starts, and its entries.
struct TableReader<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    path: String,
}

impl<'t, 'i> TableReader<'t, 'i> {
    fn new(table: &'t DeTable<'i>, span: Range<usize>, path: String) -> Self {
        TableReader { table, span, path }
    }

    fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Where `key`'s value stands, or the table itself when the key is absent.
    fn span_of(&self, key: &str) -> Range<usize> {
        self.entry(key)
            .map(|(_, v)| v.span())
            .unwrap_or(self.span.clone())
    }

    fn entry(&self, key: &str) -> Option<Entry<'_>> {
        self.table.iter().find(|(k, _)| k.get_ref().as_ref() == key)
    }

    /// Reports every key that is not in `allowed`: a typo must not pass silently.
    fn deny_unknown(&self, cx: &mut FileCx<'_>, allowed: &[&str]) {
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

    fn missing(&self, cx: &mut FileCx<'_>, key: &str, what: &str) {
        cx.error(
            &self.span,
            &self.key_path(key),
            format!("the required key \"{key}\" is missing ({what})"),
        );
    }

    /// A required text value, checked for clean canon text.
    fn text(&self, cx: &mut FileCx<'_>, key: &str) -> Option<Text> {
        match self.entry(key) {
            Some((_, value)) => checked_text(cx, value, &self.key_path(key)),
            None => {
                self.missing(cx, key, "a string");
                None
            }
        }
    }

    /// An optional text value: `Ok(None)` when absent, `Err(())` when present but bad.
    fn optional_text(&self, cx: &mut FileCx<'_>, key: &str) -> Result<Option<Text>, ()> {
        match self.entry(key) {
            Some((_, value)) => checked_text(cx, value, &self.key_path(key))
                .map(Some)
                .ok_or(()),
            None => Ok(None),
        }
    }

    /// An optional array of text values (empty when absent).
    fn text_list(&self, cx: &mut FileCx<'_>, key: &str) -> Vec<Text> {
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

    /// A sub-table, as (table, span, key path).
    fn table(&self, cx: &mut FileCx<'_>, key: &str) -> Option<TableReader<'t, 'i>> {
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
    fn tables(&self, cx: &mut FileCx<'_>, key: &str) -> Option<Vec<TableReader<'t, 'i>>> {
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

/// Canon text must be clean at the source: it is quoted verbatim, never trimmed.
fn checked_text(cx: &mut FileCx<'_>, value: &Spanned<DeValue<'_>>, path: &str) -> Option<Text> {
    let DeValue::String(text) = value.get_ref() else {
        wrong_type(cx, value, path, "a string", value.get_ref());
        return None;
    };
    match text_problem(text) {
        Some(problem) => {
            cx.error(&value.span(), path, problem);
            None
        }
        None => Some(Text::Owned(text.to_string())),
    }
}

/// Why a string is not clean canon text, if it is not.
pub fn text_problem(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some("the text is empty or only white space".into());
    }
    if let Some(c) = text.chars().find(|c| is_line_break(*c)) {
        return Some(format!(
            "the text contains a line break (U+{:04X}); canon text is one line",
            c as u32
        ));
    }
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Some(format!(
            "the text contains a control character (U+{:04X})",
            c as u32
        ));
    }
    if text.starts_with(char::is_whitespace) {
        return Some(
            "the text has leading white space; it is quoted verbatim, so remove it".into(),
        );
    }
    if text.ends_with(char::is_whitespace) {
        return Some(
            "the text has trailing white space; it is quoted verbatim, so remove it".into(),
        );
    }
    None
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether a level code holds only letters, digits and '-'.
pub fn is_level_code(code: &str) -> bool {
    code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Whether a family id is `[a-z0-9-]+`.
pub fn is_family_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reads `canon.toml`: metadata, dimensions and the ladder (families left empty).
fn parse_canon_file(cx: &mut FileCx<'_>) -> Option<Canon> {
    let doc = cx.parse()?;
    let root = TableReader::new(doc.get_ref(), doc.span(), String::new());
    root.deny_unknown(
        cx,
        &["name", "abbrev", "version", "notice", "dimension", "level"],
    );
    let name = root.text(cx, "name");
    let abbrev = root.text(cx, "abbrev");
    let version = root.text(cx, "version");
    let notice = root.optional_text(cx, "notice");

    let mut dimensions: Vec<Dimension> = Vec::new();
    for table in root.tables(cx, "dimension").unwrap_or_default() {
        table.deny_unknown(cx, &["key", "name"]);
        let key = table.text(cx, "key");
        let name = table.text(cx, "name");
        if let Some(key) = &key {
            if dimensions.iter().any(|d| d.key == *key) {
                let span = table.span_of("key");
                cx.error(
                    &span,
                    &table.key_path("key"),
                    format!("duplicate dimension key \"{key}\""),
                );
            }
        }
        if let (Some(key), Some(name)) = (key, name) {
            dimensions.push(Dimension { key, name });
        }
    }

    let mut ladder: Vec<LadderLevel> = Vec::new();
    match root.tables(cx, "level") {
        None => root.missing(cx, "level", "the level ladder, as [[level]] tables"),
        Some(levels) if levels.is_empty() => {}
        Some(levels) => {
            for table in levels {
                table.deny_unknown(cx, &["code", "title", "dimensions"]);
                let code = level_code(cx, &table);
                let title = table.text(cx, "title");
                if let Some(code) = &code {
                    if ladder.iter().any(|l| l.code == *code) {
                        let span = table.span_of("code");
                        cx.error(
                            &span,
                            &table.key_path("code"),
                            format!("duplicate level code \"{code}\" in the ladder"),
                        );
                    }
                }
                let mut texts: Vec<DimensionText> = Vec::new();
                if let Some(dims) = table.table(cx, "dimensions") {
                    for (key, value) in dims.table.iter() {
                        let key_name = key.get_ref().as_ref();
                        let path = dims.key_path(key_name);
                        let text = checked_text(cx, value, &path);
                        if dimensions.iter().all(|d| d.key != key_name) {
                            let declared: Vec<&str> =
                                dimensions.iter().map(|d| d.key.as_ref()).collect();
                            cx.error(
                                &key.span(),
                                &path,
                                format!(
                                    "\"{key_name}\" is not a declared dimension; declared: {}",
                                    if declared.is_empty() {
                                        "none".to_string()
                                    } else {
                                        declared.join(", ")
                                    }
                                ),
                            );
                        } else if let Some(text) = text {
                            texts.push(DimensionText {
                                key: Text::Owned(key_name.to_string()),
                                text,
                            });
                        }
                    }
                }
                // Dimension texts are kept in canon dimension order, whatever the file order.
                texts.sort_by_key(|t| dimensions.iter().position(|d| d.key == t.key));
                if let (Some(code), Some(title)) = (code, title) {
                    ladder.push(LadderLevel {
                        code,
                        title,
                        dimensions: List::Owned(texts),
                    });
                }
            }
        }
    }
    if ladder.is_empty() && !cx.failed {
        cx.error(
            &doc.span(),
            "level",
            "the ladder declares no levels; add [[level]] tables",
        );
    }

    // Bad metadata is already reported; the ladder is still returned so that
    // family files are checked against it in the same run.
    Some(Canon {
        name: name.unwrap_or_default(),
        abbrev: abbrev.unwrap_or_default(),
        version: version.unwrap_or_default(),
        notice: notice.ok().flatten(),
        dimensions: List::Owned(dimensions),
        ladder: List::Owned(ladder),
        families: List::Owned(Vec::new()),
    })
}

fn level_code(cx: &mut FileCx<'_>, table: &TableReader<'_, '_>) -> Option<Text> {
    let code = table.text(cx, "code")?;
    if !is_level_code(&code) {
        let span = table.span_of("code");
        cx.error(
            &span,
            &table.key_path("code"),
            format!("level code \"{code}\" may hold only letters, digits and '-'"),
        );
        return None;
    }
    Some(code)
}

/// Reads one family file; returns the family and the line of its `id`.
fn parse_family_file(cx: &mut FileCx<'_>, meta: Option<&Canon>) -> Option<(Family, Option<usize>)> {
    let doc = cx.parse()?;
    let root = TableReader::new(doc.get_ref(), doc.span(), String::new());
    root.deny_unknown(cx, &["group", "name", "id", "level", "aliases"]);
    let group = root.text(cx, "group");
    let name = root.text(cx, "name");
    let aliases = root.text_list(cx, "aliases");
    let id = root.text(cx, "id");
    let id_span = root.entry("id").map(|(_, v)| v.span());
    if let (Some(id), Some(span)) = (&id, &id_span) {
        if !is_family_id(id) {
            cx.error(
                span,
                "id",
                format!("family id \"{id}\" may hold only a-z, 0-9 and '-'"),
            );
        }
    }

    let mut levels: Vec<FamilyLevel> = Vec::new();
    let mut seen_codes = HashSet::new();
    match root.tables(cx, "level") {
        None => root.missing(cx, "level", "the family's levels, as [[level]] tables"),
        Some(tables) => {
            for table in tables {
                table.deny_unknown(
                    cx,
                    &[
                        "code",
                        "title",
                        "responsibilities",
                        "component_responsibilities",
                        "rubrics",
                        "aliases",
                    ],
                );
                let code = level_code(cx, &table);
                let code_span = table.span_of("code");
                if let Some(code) = &code {
                    if !seen_codes.insert(code.to_string()) {
                        cx.error(
                            &code_span,
                            &table.key_path("code"),
                            format!("duplicate level code \"{code}\" in this family"),
                        );
                    }
                    if let Some(meta) = meta {
                        if meta.rung(code).is_none() {
                            let declared: Vec<&str> =
                                meta.ladder.iter().map(|l| l.code.as_ref()).collect();
                            cx.error(
                                &code_span,
                                &table.key_path("code"),
                                format!("level code \"{code}\" is not declared in canon.toml's ladder; declared: {}", declared.join(", ")),
                            );
                        }
                    }
                }
                let title = table.optional_text(cx, "title");
                let level_aliases = table.text_list(cx, "aliases");
                let responsibilities = table.text_list(cx, "responsibilities");
                let component_responsibilities = table.text_list(cx, "component_responsibilities");
                let mut rubrics = Vec::new();
                if let Some(rubric_table) = table.table(cx, "rubrics") {
                    for (key, value) in rubric_table.table.iter() {
                        let rubric_name = key.get_ref().as_ref();
                        let path = rubric_table.key_path(&format!("\"{rubric_name}\""));
                        if let Some(problem) = text_problem(rubric_name) {
                            cx.error(&key.span(), &path, format!("rubric name: {problem}"));
                            continue;
                        }
                        if !KNOWN_RUBRICS.contains(&rubric_name) {
                            let line = cx.line(&key.span());
                            cx.diags.push(Diagnostic {
                                severity: Severity::Warning,
                                file: cx.file.path.clone(),
                                line: Some(line),
                                key: path.clone(),
                                message: format!(
                                    "rubric \"{rubric_name}\" is not used by the frames (they use {}); it is kept and shown in the canon browser",
                                    KNOWN_RUBRICS.join(" and ")
                                ),
                            });
                        }
                        if let Some(text) = checked_text(cx, value, &path) {
                            rubrics.push(Rubric {
                                name: Text::Owned(rubric_name.to_string()),
                                text,
                            });
                        }
                    }
                }
                if let (Some(code), Ok(title)) = (code, title) {
                    levels.push(FamilyLevel {
                        code,
                        title,
                        aliases: List::Owned(level_aliases),
                        responsibilities: List::Owned(responsibilities),
                        component_responsibilities: List::Owned(component_responsibilities),
                        rubrics: List::Owned(rubrics),
                    });
                }
            }
        }
    }
    let id_line = id_span.map(|s| cx.line(&s));
    Some((
        Family {
            id: id?,
            group: group?,
            name: name?,
            aliases: List::Owned(aliases),
            levels: List::Owned(levels),
        },
        id_line,
    ))
}
