//! `canon.toml`'s `language` and optional `[templates]` table: the language
//! the canon is written in, and its own wording of frame templates in that
//! language (the rules are `canon/templates.rs`'s, the same for a workbook).
//!
//! ```toml
//! language = "de"
//!
//! [templates]
//! smart-measurable = "Die Kennzahl von { $baseline } auf { $target } bringen, bis { $date }."
//! "smart-measurable.label" = "Messbar"
//! ```

use super::toml_reader::{FileCx, TableReader};
use crate::canon::templates::{self, TemplateWording};
use crate::canon::Lang;
use toml::de::DeValue;

/// The language key's name.
pub(super) const LANGUAGE: &str = "language";
/// The table's name.
pub(super) const TABLE: &str = "templates";

/// The canon's declared language, when it declares one it may (else reported).
pub(super) fn language(cx: &mut FileCx<'_>, root: &TableReader<'_, '_>) -> Option<Lang> {
    let tag = root.optional_text(cx, LANGUAGE).ok().flatten()?;
    let at = &mut cx.at(&root.span_of(LANGUAGE), &root.key_path(LANGUAGE));
    templates::language(&tag, at)
}

/// The `[templates]` table's wordings, in `lang`; each problem reported at its key.
pub(super) fn read(
    cx: &mut FileCx<'_>,
    root: &TableReader<'_, '_>,
    lang: Lang,
) -> Vec<TemplateWording> {
    let Some(table) = root.table(cx, TABLE) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    words(cx, &table, "", lang, &mut out);
    out
}

/// Every string under `table`, keyed by its dotted path below `[templates]`
/// (a quoted `"smart-specific.label"` and a nested `smart-specific.label` alike).
fn words(
    cx: &mut FileCx<'_>,
    table: &TableReader<'_, '_>,
    prefix: &str,
    lang: Lang,
    out: &mut Vec<TemplateWording>,
) {
    for (key, value) in table.table.iter() {
        let name = key.get_ref().as_ref();
        let template = if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}.{name}")
        };
        match value.get_ref() {
            DeValue::Table(_) => {
                if let Some(inner) = table.table(cx, name) {
                    words(cx, &inner, &template, lang, out);
                }
            }
            DeValue::String(text) => {
                let at = &mut cx.at(&value.span(), &table.key_path(name));
                if let Some(wording) = templates::wording(&template, text, lang, at) {
                    if out.iter().any(|w| w.id == wording.id) {
                        at_twice(cx, &value.span(), &table.key_path(name), &template);
                    } else {
                        out.push(wording);
                    }
                }
            }
            _ => cx.error(
                &value.span(),
                &table.key_path(name),
                "expected a string: the template's wording",
            ),
        }
    }
}

fn at_twice(cx: &mut FileCx<'_>, span: &std::ops::Range<usize>, key: &str, template: &str) {
    cx.error(
        span,
        key,
        format!("the template \"{template}\" is worded twice"),
    );
}
