//! A family file (`families/**/*.toml`): the family's group, name, id and
//! aliases, and its levels with their responsibilities and rubrics.

use super::canon_file::level_code;
use super::toml_reader::{checked_text, FileCx, TableReader};
use crate::canon::rules::{self, Unique};
use crate::canon::{Family, FamilyLevel, List, Rubric, Text};

/// The keys of a family file's `[[level]]` table.
const LEVEL_KEYS: [&str; 6] = [
    "code",
    "title",
    "responsibilities",
    "component_responsibilities",
    "rubrics",
    "aliases",
];

/// Reads one family file, checking its level codes against the ladder's
/// (when `canon.toml` could be read); returns the family and the line of its
/// `id`. `None` when the file does not parse or lacks a required key.
pub(super) fn parse(
    cx: &mut FileCx<'_>,
    ladder: Option<&[&str]>,
) -> Option<(Family, Option<usize>)> {
    let doc = cx.parse()?;
    let root = TableReader::root(&doc);
    root.deny_unknown(cx, &["group", "name", "id", "level", "aliases"]);
    let group = root.text(cx, "group");
    let name = root.text(cx, "name");
    let aliases = root.text_list(cx, "aliases");
    let id = root.text(cx, "id");
    let id_span = root.entry("id").map(|(_, v)| v.span());
    if let (Some(id), Some(span)) = (&id, &id_span) {
        rules::family_id(id, &mut cx.at(span, "id"));
    }

    let mut levels: Vec<FamilyLevel> = Vec::new();
    // Each level code read, with the line it stands on.
    let mut codes: Vec<(Text, String)> = Vec::new();
    match root.tables(cx, "level") {
        None => root.missing(cx, "level", "the family's levels, as [[level]] tables"),
        Some(tables) => {
            for table in tables {
                if let Some(level) = level(cx, &table, ladder, id.as_deref(), &mut codes) {
                    levels.push(level);
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

/// One `[[level]]` table of family `family`; `codes` are the family's codes
/// so far. `None` when its code or title cannot be read (reported).
fn level(
    cx: &mut FileCx<'_>,
    table: &TableReader<'_, '_>,
    ladder: Option<&[&str]>,
    family: Option<&str>,
    codes: &mut Vec<(Text, String)>,
) -> Option<FamilyLevel> {
    table.deny_unknown(cx, &LEVEL_KEYS);
    let code = level_code(cx, table);
    let code_span = table.span_of("code");
    if let Some(code) = &code {
        let key = table.key_path("code");
        if let Some((_, first)) = codes.iter().find(|(c, _)| c == code) {
            let first = first.clone();
            let what = Unique::FamilyLevel { family };
            rules::duplicate(what, code, &first, &mut cx.at(&code_span, &key));
        } else {
            codes.push((code.clone(), cx.on_line(&code_span)));
        }
        if let Some(ladder) = ladder {
            rules::level_in_ladder(code, ladder, "canon.toml", &mut cx.at(&code_span, &key));
        }
    }
    let title = table.optional_text(cx, "title");
    let aliases = table.text_list(cx, "aliases");
    let responsibilities = table.text_list(cx, "responsibilities");
    let component_responsibilities = table.text_list(cx, "component_responsibilities");
    let rubrics = rubrics(cx, table);
    match (code, title) {
        (Some(code), Ok(title)) => Some(FamilyLevel {
            code,
            title,
            aliases: List::Owned(aliases),
            responsibilities: List::Owned(responsibilities),
            component_responsibilities: List::Owned(component_responsibilities),
            rubrics: List::Owned(rubrics),
        }),
        _ => None,
    }
}

/// A level's `[level.rubrics]`, in file order: each name checked
/// ([`rules::rubric_name`]), each text clean.
fn rubrics(cx: &mut FileCx<'_>, table: &TableReader<'_, '_>) -> Vec<Rubric> {
    let mut rubrics = Vec::new();
    let Some(rubric_table) = table.table(cx, "rubrics") else {
        return rubrics;
    };
    for (key, value) in rubric_table.table.iter() {
        let rubric_name = key.get_ref().as_ref();
        let path = rubric_table.key_path(&format!("\"{rubric_name}\""));
        if !rules::rubric_name(rubric_name, &mut cx.at(&key.span(), &path)) {
            continue;
        }
        if let Some(text) = checked_text(cx, value, &path) {
            rubrics.push(Rubric {
                name: Text::Owned(rubric_name.to_string()),
                text,
            });
        }
    }
    rubrics
}
