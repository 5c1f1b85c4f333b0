//! Writes a validated [`Canon`] as Rust source for a `static`, so that the app
//! embeds its canon as plain data: no TOML parser in the wasm and nothing parsed
//! or copied at start-up. Used by the `goalframes-canon` build script.

use std::fmt::Write;

use super::review::{ReviewRules, ScalePoint};
use super::{Canon, DimensionText, Family, FamilyLevel, LadderLevel, Rubric, TemplatePiece, Text};

/// Rust source of an expression of type `Canon` built only from borrowed statics.
pub fn canon_expr(canon: &Canon) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "Canon {{ name: {}, abbrev: {}, version: {}, notice: {}, dimensions: Cow::Borrowed(&[",
        text(&canon.name),
        text(&canon.abbrev),
        text(&canon.version),
        option(&canon.notice),
    );
    for d in canon.dimensions.iter() {
        let _ = write!(
            out,
            "Dimension {{ key: {}, name: {} }},",
            text(&d.key),
            text(&d.name)
        );
    }
    out.push_str("]), ladder: Cow::Borrowed(&[");
    for level in canon.ladder.iter() {
        ladder_level(&mut out, level);
    }
    out.push_str("]), families: Cow::Borrowed(&[");
    for family in canon.families.iter() {
        family_expr(&mut out, family);
    }
    out.push_str("]), review: ");
    review_expr(&mut out, &canon.review);
    match canon.language {
        Some(lang) => {
            let _ = write!(out, ", language: Some(Lang::{lang:?})");
        }
        None => out.push_str(", language: None"),
    }
    out.push_str(", templates: Cow::Borrowed(&[");
    for wording in canon.templates.iter() {
        let _ = write!(
            out,
            "TemplateWording {{ id: Id::{:?}, pieces: Cow::Borrowed(&[",
            wording.id
        );
        for piece in wording.pieces.iter() {
            match piece {
                TemplatePiece::Text(t) => {
                    let _ = write!(out, "TemplatePiece::Text({}),", text(t));
                }
                TemplatePiece::Var(v) => {
                    let _ = write!(out, "TemplatePiece::Var({}),", text(v));
                }
            }
        }
        out.push_str("]) },");
    }
    out.push_str("]) }");
    out
}

/// The review rules as a `ReviewRules` literal; the default as its constant,
/// so that a canon without a `[review]` table embeds no second copy.
fn review_expr(out: &mut String, rules: &ReviewRules) {
    if *rules == ReviewRules::DEFAULT {
        out.push_str("ReviewRules::DEFAULT");
        return;
    }
    out.push_str("ReviewRules { scale: Cow::Borrowed(&[");
    for ScalePoint { value, label } in rules.scale.iter() {
        let _ = write!(
            out,
            "ScalePoint {{ value: {value}, label: {} }},",
            option(label)
        );
    }
    let _ = write!(
        out,
        "]), goals_share: {}, competencies_share: {}, achievement_cap: {} }}",
        rules.goals_share, rules.competencies_share, rules.achievement_cap
    );
}

fn ladder_level(out: &mut String, level: &LadderLevel) {
    let _ = write!(
        out,
        "\nLadderLevel {{ code: {}, title: {}, dimensions: Cow::Borrowed(&[",
        text(&level.code),
        text(&level.title)
    );
    for DimensionText { key, text: t } in level.dimensions.iter() {
        let _ = write!(
            out,
            "DimensionText {{ key: {}, text: {} }},",
            text(key),
            text(t)
        );
    }
    out.push_str("]) },");
}

fn family_expr(out: &mut String, family: &Family) {
    let _ = write!(
        out,
        "\nFamily {{ id: {}, group: {}, name: {}, aliases: {}, levels: Cow::Borrowed(&[",
        text(&family.id),
        text(&family.group),
        text(&family.name),
        text_list(&family.aliases)
    );
    for level in family.levels.iter() {
        family_level(out, level);
    }
    out.push_str("]) },");
}

fn family_level(out: &mut String, level: &FamilyLevel) {
    let _ = write!(
        out,
        "\nFamilyLevel {{ code: {}, title: {}, aliases: {}, responsibilities: {}, component_responsibilities: {}, rubrics: Cow::Borrowed(&[",
        text(&level.code),
        option(&level.title),
        text_list(&level.aliases),
        text_list(&level.responsibilities),
        text_list(&level.component_responsibilities),
    );
    for Rubric { name, text: t } in level.rubrics.iter() {
        let _ = write!(out, "Rubric {{ name: {}, text: {} }},", text(name), text(t));
    }
    out.push_str("]) },");
}

/// `{:?}` of a `str` is a valid Rust string literal with every byte kept.
fn text(t: &Text) -> String {
    format!("Cow::Borrowed({:?})", t.as_ref())
}

fn option(t: &Option<Text>) -> String {
    match t {
        Some(t) => format!("Some({})", text(t)),
        None => "None".into(),
    }
}

fn text_list(list: &[Text]) -> String {
    let items: Vec<String> = list.iter().map(text).collect();
    format!("Cow::Borrowed(&[{}])", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_rules_are_written_as_a_literal_and_the_default_as_its_constant() {
        let mut out = String::new();
        review_expr(&mut out, &ReviewRules::DEFAULT);
        assert_eq!(out, "ReviewRules::DEFAULT");
        let scale = vec![
            ScalePoint {
                value: 1,
                label: Some("Below \"expectations\"".into()),
            },
            ScalePoint {
                value: 3,
                label: None,
            },
        ];
        let mut out = String::new();
        review_expr(&mut out, &ReviewRules::new(scale, 70, 30, 120).unwrap());
        assert_eq!(
            out,
            "ReviewRules { scale: Cow::Borrowed(&[\
             ScalePoint { value: 1, label: Some(Cow::Borrowed(\"Below \\\"expectations\\\"\")) },\
             ScalePoint { value: 3, label: None },\
             ]), goals_share: 70, competencies_share: 30, achievement_cap: 120 }"
        );
    }
}
