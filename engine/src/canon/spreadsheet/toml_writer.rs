//! A canon written as a canon folder in CANON.md's format: `canon.toml`, and
//! one file per family at `families/<group-slug>/<family-id>.toml`, laid out
//! as a person would write them. Every string is a TOML basic string with each
//! character that needs it escaped, so any text the loader accepts reads back
//! byte for byte. (Written by hand rather than through the `toml` crate's
//! serialiser, which picks its own string styles and layout.)

use std::fmt::Write;

use crate::canon::load::{SourceFile, CANON_FILE, FAMILIES_DIR};
use crate::canon::{Canon, Family, ReviewRules, Text};
use crate::slug::slug;

/// The canon folder's files, paths relative to it: `canon.toml` first, then
/// the families in canon order.
pub fn files(canon: &Canon) -> Vec<SourceFile> {
    std::iter::once(SourceFile {
        path: CANON_FILE.into(),
        text: canon_toml(canon),
    })
    .chain(canon.families.iter().map(|family| SourceFile {
        path: family_path(family),
        text: family_toml(family),
    }))
    .collect()
}

/// `families/<group-slug>/<family-id>.toml`: families grouped in folders by
/// group. The loader reads families in path order, so that is their order.
pub fn family_path(family: &Family) -> String {
    format!(
        "{FAMILIES_DIR}/{}/{}.toml",
        slug(&family.group, "group"),
        family.id
    )
}

fn canon_toml(canon: &Canon) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "name = {}", string(&canon.name));
    let _ = writeln!(out, "abbrev = {}", string(&canon.abbrev));
    let _ = writeln!(out, "version = {}", string(&canon.version));
    if let Some(notice) = &canon.notice {
        let _ = writeln!(out, "notice = {}", string(notice));
    }
    if let Some(language) = canon.language {
        let _ = writeln!(out, "language = {}", string(language.tag()));
    }
    for d in canon.dimensions.iter() {
        let _ = write!(
            out,
            "\n[[dimension]]\nkey = {}\nname = {}\n",
            string(&d.key),
            string(&d.name)
        );
    }
    for level in canon.ladder.iter() {
        let _ = write!(
            out,
            "\n[[level]]\ncode = {}\ntitle = {}\n",
            string(&level.code),
            string(&level.title)
        );
        if !level.dimensions.is_empty() {
            out.push_str("\n[level.dimensions]\n");
            for d in level.dimensions.iter() {
                let _ = writeln!(out, "{} = {}", key(&d.key), string(&d.text));
            }
        }
    }
    review_table(&mut out, &canon.review);
    templates_table(&mut out, canon);
    out
}

/// The `[templates]` table, in catalog order; nothing for a canon that
/// words no template. Keys are quoted: `"smart-measurable.label"` is one
/// key, where a bare dotted key would be a nested table.
fn templates_table(out: &mut String, canon: &Canon) {
    if canon.templates.is_empty() {
        return;
    }
    out.push_str("\n[templates]\n");
    for w in crate::canon::templates::in_catalog_order(&canon.templates) {
        let _ = writeln!(out, "{} = {}", key(w.id.key()), string(&w.source()));
    }
}

/// The `[review]` table, written only for rules that are not the default
/// (a canon without one reads as the default).
fn review_table(out: &mut String, rules: &ReviewRules) {
    if *rules == ReviewRules::DEFAULT {
        return;
    }
    let _ = write!(
        out,
        "\n[review]\ngoals_share = {}\ncompetencies_share = {}\nachievement_cap = {}\n",
        rules.goals_share, rules.competencies_share, rules.achievement_cap
    );
    for point in rules.scale.iter() {
        let _ = write!(out, "\n[[review.scale]]\nvalue = {}\n", point.value);
        if let Some(label) = &point.label {
            let _ = writeln!(out, "label = {}", string(label));
        }
    }
}

fn family_toml(family: &Family) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "group = {}", string(&family.group));
    let _ = writeln!(out, "name = {}", string(&family.name));
    let _ = writeln!(out, "id = {}", string(&family.id));
    array(&mut out, "aliases", &family.aliases);
    for level in family.levels.iter() {
        let _ = write!(out, "\n[[level]]\ncode = {}\n", string(&level.code));
        if let Some(title) = &level.title {
            let _ = writeln!(out, "title = {}", string(title));
        }
        array(&mut out, "aliases", &level.aliases);
        array(&mut out, "responsibilities", &level.responsibilities);
        array(
            &mut out,
            "component_responsibilities",
            &level.component_responsibilities,
        );
        if !level.rubrics.is_empty() {
            out.push_str("\n[level.rubrics]\n");
            for r in level.rubrics.iter() {
                // Quoted like CANON.md's rubric names, bare-key-able or not.
                let _ = writeln!(out, "{} = {}", string(&r.name), string(&r.text));
            }
        }
    }
    out
}

/// `name = [` one item a line `]`; nothing for an empty list (the loader's default).
fn array(out: &mut String, name: &str, items: &[Text]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "{name} = [");
    for item in items {
        let _ = writeln!(out, "  {},", string(item));
    }
    out.push_str("]\n");
}

/// A bare key when TOML allows one (as dimension keys are written), else a quoted key.
fn key(name: &str) -> String {
    let bare = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        name.to_string()
    } else {
        string(name)
    }
}

/// A TOML basic string: `"` and `\` escaped, control characters as escapes.
fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_keys_are_escaped() {
        assert_eq!(string(r#"a "b" \ c"#), r#""a \"b\" \\ c""#);
        assert_eq!(string("x\u{7f}\ty"), r#""x\u007F\ty""#);
        assert_eq!(key("decision_rights"), "decision_rights");
        assert_eq!(key("scope & reach"), "\"scope & reach\"");
    }
}
