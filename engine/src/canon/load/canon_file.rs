//! `canon.toml`: the canon's name, abbreviation, version and notice, its level
//! dimensions, its level ladder, its review rules (`review_table.rs`), and
//! its language and own wording of templates (`templates_table.rs`).

use super::review_table;
use super::templates_table;
use super::toml_reader::{checked_text, FileCx, TableReader};
use crate::canon::rules::{self, Unique};
use crate::canon::{Canon, Dimension, DimensionText, LadderLevel, List, Text};

/// What `canon.toml` holds: the canon without its families, and every level
/// code of the ladder that could be read (a level with a bad title is left out
/// of the canon, but family files are still checked against its code).
pub(super) struct CanonFile {
    pub(super) canon: Canon,
    pub(super) ladder_codes: Vec<Text>,
}

/// Reads `canon.toml`: metadata, dimensions and the ladder. `None` only when
/// the file does not parse: with bad metadata the ladder is still returned, so
/// that family files are checked against it in the same run.
pub(super) fn parse(cx: &mut FileCx<'_>) -> Option<CanonFile> {
    let doc = cx.parse()?;
    let root = TableReader::root(&doc);
    root.deny_unknown(
        cx,
        &[
            "name",
            "abbrev",
            "version",
            "notice",
            "dimension",
            "level",
            review_table::TABLE,
            templates_table::LANGUAGE,
            templates_table::TABLE,
        ],
    );
    let name = root.text(cx, "name");
    let abbrev = root.text(cx, "abbrev");
    let version = root.text(cx, "version");
    let notice = root.optional_text(cx, "notice");
    let dimensions = dimensions(cx, &root);
    let (ladder, ladder_codes) = ladder(cx, &root, &dimensions);
    let review = review_table::read(cx, &root);
    let language = templates_table::language(cx, &root);
    let templates = templates_table::read(cx, &root, language.unwrap_or_default());
    if ladder.is_empty() && !cx.failed {
        rules::empty_ladder("[[level]] table", &mut cx.at(&doc.span(), "level"));
    }
    let canon = Canon {
        name: name.unwrap_or_default(),
        abbrev: abbrev.unwrap_or_default(),
        version: version.unwrap_or_default(),
        notice: notice.ok().flatten(),
        dimensions: List::Owned(dimensions),
        ladder: List::Owned(ladder),
        families: List::Owned(Vec::new()),
        review,
        language,
        templates: List::Owned(templates),
    };
    Some(CanonFile {
        canon,
        ladder_codes,
    })
}

/// The `[[dimension]]` tables, each key once.
fn dimensions(cx: &mut FileCx<'_>, root: &TableReader<'_, '_>) -> Vec<Dimension> {
    // Each dimension read, with the line of its key.
    let mut dimensions: Vec<(Dimension, String)> = Vec::new();
    for table in root.tables(cx, "dimension").unwrap_or_default() {
        table.deny_unknown(cx, &["key", "name"]);
        let key = table.text(cx, "key");
        let name = table.text(cx, "name");
        let span = table.span_of("key");
        if let Some(key) = &key {
            if let Some((_, first)) = dimensions.iter().find(|(d, _)| d.key == *key) {
                let at = &mut cx.at(&span, &table.key_path("key"));
                rules::duplicate(Unique::DimensionKey, key, &first.clone(), at);
            }
        }
        if let (Some(key), Some(name)) = (key, name) {
            dimensions.push((Dimension { key, name }, cx.on_line(&span)));
        }
    }
    dimensions.into_iter().map(|(d, _)| d).collect()
}

/// The `[[level]]` tables: the ladder, each code once, each level's
/// dimension texts in dimension order; and every code read.
fn ladder(
    cx: &mut FileCx<'_>,
    root: &TableReader<'_, '_>,
    dimensions: &[Dimension],
) -> (Vec<LadderLevel>, Vec<Text>) {
    let Some(levels) = root.tables(cx, "level") else {
        root.missing(cx, "level", "the level ladder, as [[level]] tables");
        return (Vec::new(), Vec::new());
    };
    let mut ladder: Vec<LadderLevel> = Vec::new();
    // Each code read, with the line it stands on.
    let mut codes: Vec<(Text, String)> = Vec::new();
    for table in levels {
        table.deny_unknown(cx, &["code", "title", "dimensions"]);
        let code = level_code(cx, &table);
        let title = table.text(cx, "title");
        if let Some(code) = &code {
            let span = table.span_of("code");
            if let Some((_, first)) = codes.iter().find(|(c, _)| c == code) {
                let first = first.clone();
                let at = &mut cx.at(&span, &table.key_path("code"));
                rules::duplicate(Unique::LadderLevel, code, &first, at);
            } else {
                codes.push((code.clone(), cx.on_line(&span)));
            }
        }
        let texts = dimension_texts(cx, &table, dimensions);
        if let (Some(code), Some(title)) = (code, title) {
            ladder.push(LadderLevel {
                code,
                title,
                dimensions: List::Owned(texts),
            });
        }
    }
    (ladder, codes.into_iter().map(|(c, _)| c).collect())
}

/// A ladder level's `[level.dimensions]`: texts for declared dimensions only,
/// kept in canon dimension order whatever the file order.
fn dimension_texts(
    cx: &mut FileCx<'_>,
    table: &TableReader<'_, '_>,
    dimensions: &[Dimension],
) -> Vec<DimensionText> {
    let mut texts: Vec<DimensionText> = Vec::new();
    let Some(dims) = table.table(cx, "dimensions") else {
        return texts;
    };
    for (key, value) in dims.table.iter() {
        let key_name = key.get_ref().as_ref();
        let path = dims.key_path(key_name);
        let text = checked_text(cx, value, &path);
        if dimensions.iter().all(|d| d.key != key_name) {
            let declared: Vec<&str> = dimensions.iter().map(|d| d.key.as_ref()).collect();
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
    texts.sort_by_key(|t| dimensions.iter().position(|d| d.key == t.key));
    texts
}

/// A `[[level]]` table's `code`: required, and a level code ([`rules::level_code`]).
pub(super) fn level_code(cx: &mut FileCx<'_>, table: &TableReader<'_, '_>) -> Option<Text> {
    let code = table.text(cx, "code")?;
    let at = &mut cx.at(&table.span_of("code"), &table.key_path("code"));
    rules::level_code(&code, at).then_some(code)
}
