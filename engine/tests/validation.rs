//! One test per CANON.md validation rule: each error names the file, the line
//! (where TOML gives one), the key and what is wrong; all errors are reported.

mod support;

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::{Diagnostic, ReviewRules, Severity};
use support::{errors, load, CANON_TOML, FAMILY_HEAD};

fn family(level_body: &str) -> String {
    format!("{FAMILY_HEAD}\n[[level]]\ncode = \"P2\"\n{level_body}")
}

/// The one error whose key is `key`, asserting its file, line and message.
fn assert_error(diags: &[Diagnostic], file: &str, line: usize, key: &str, message_part: &str) {
    let found = diags.iter().find(|d| d.key == key && d.file == file);
    let Some(d) = found else {
        panic!("no diagnostic for {file} {key}: {diags:#?}");
    };
    assert_eq!(d.severity, Severity::Error, "{d}");
    assert_eq!(d.line, Some(line), "{d}");
    assert!(d.message.contains(message_part), "{d}");
}

#[test]
fn toml_that_does_not_parse_names_file_and_line() {
    let diags = errors(
        CANON_TOML,
        &[("families/f.toml", "group = \"G\"\nname = \"N\nid = \"x\"\n")],
    );
    let d = &diags[0];
    assert_eq!(d.file, "families/f.toml");
    assert_eq!(d.line, Some(2));
    assert!(d.message.contains("does not parse"), "{d}");
}

#[test]
fn every_unknown_key_is_an_error_with_its_line() {
    let diags = errors(
        CANON_TOML,
        &[(
            "families/f.toml",
            &family("responsibilites = [\"typo\"]\ntitel = \"typo\"\n"),
        )],
    );
    assert_error(
        &diags,
        "families/f.toml",
        7,
        "level[0].responsibilites",
        "unknown key",
    );
    assert_error(
        &diags,
        "families/f.toml",
        8,
        "level[0].titel",
        "unknown key",
    );
    let top = errors(
        &format!("colour = \"red\"\n{CANON_TOML}"),
        &[("families/f.toml", &family(""))],
    );
    assert_error(&top, "canon.toml", 1, "colour", "unknown key");
}

#[test]
fn a_missing_required_key_is_an_error() {
    let diags = errors(
        CANON_TOML,
        &[(
            "families/f.toml",
            "group = \"G\"\nid = \"f\"\n\n[[level]]\ncode = \"P2\"\n",
        )],
    );
    let d = diags
        .iter()
        .find(|d| d.key == "name")
        .expect("missing name reported");
    assert!(
        d.message.contains("required key \"name\" is missing"),
        "{d}"
    );
    let no_code = errors(
        CANON_TOML,
        &[(
            "families/f.toml",
            &format!("{FAMILY_HEAD}\n[[level]]\ntitle = \"T\"\n"),
        )],
    );
    assert!(
        no_code
            .iter()
            .any(|d| d.key == "level[0].code" && d.message.contains("missing")),
        "{no_code:#?}"
    );
}

#[test]
fn a_value_of_the_wrong_type_is_an_error() {
    let diags = errors(
        CANON_TOML,
        &[(
            "families/f.toml",
            &family("responsibilities = \"not a list\"\ntitle = 3\n"),
        )],
    );
    assert_error(
        &diags,
        "families/f.toml",
        7,
        "level[0].responsibilities",
        "expected an array of strings, found a string",
    );
    assert_error(
        &diags,
        "families/f.toml",
        8,
        "level[0].title",
        "expected a string, found an integer",
    );
}

#[test]
fn duplicate_family_ids_are_an_error_naming_both_files() {
    let f = family("");
    let diags = errors(
        CANON_TOML,
        &[("families/a.toml", &f), ("families/b.toml", &f)],
    );
    assert_error(
        &diags,
        "families/b.toml",
        3,
        "id",
        "duplicate family id \"fam\": already used in families/a.toml by the family \"Fam\"; each family has its own id",
    );
}

#[test]
fn duplicate_level_codes_in_the_ladder_are_an_error() {
    let canon = format!("{CANON_TOML}\n[[level]]\ncode = \"P2\"\ntitle = \"Again\"\n");
    let diags = errors(&canon, &[("families/f.toml", &family(""))]);
    assert_error(
        &diags,
        "canon.toml",
        25,
        "level[2].code",
        "duplicate level code \"P2\" in the ladder: already used on line 14; each ladder level has its own code",
    );
}

#[test]
fn duplicate_level_codes_within_a_family_are_an_error() {
    let diags = errors(
        CANON_TOML,
        &[(
            "families/f.toml",
            &format!("{}\n[[level]]\ncode = \"P2\"\n", family("")),
        )],
    );
    assert_error(
        &diags,
        "families/f.toml",
        9,
        "level[1].code",
        "duplicate level code \"P2\" in family \"fam\": already used on line 6; a family has each level once",
    );
}

#[test]
fn a_family_level_the_ladder_does_not_declare_is_an_error() {
    let diags = errors(
        CANON_TOML,
        &[(
            "families/f.toml",
            &format!("{FAMILY_HEAD}\n[[level]]\ncode = \"P9\"\n"),
        )],
    );
    assert_error(
        &diags,
        "families/f.toml",
        6,
        "level[0].code",
        "level code \"P9\" is not in the ladder (canon.toml); the ladder has (nearest first): P2, M1",
    );
}

#[test]
fn duplicate_dimension_keys_are_an_error() {
    let canon = CANON_TOML.replace("key = \"decision_rights\"", "key = \"scope\"");
    let diags = errors(&canon, &[("families/f.toml", &family(""))]);
    assert_error(
        &diags,
        "canon.toml",
        10,
        "dimension[1].key",
        "duplicate dimension key \"scope\": already used on line 6; each dimension has its own key",
    );
}

#[test]
fn an_undeclared_level_dimension_key_is_an_error() {
    let canon = CANON_TOML.replace("scope = \"A feature\"", "scpoe = \"A feature\"");
    let diags = errors(&canon, &[("families/f.toml", &family(""))]);
    assert_error(
        &diags,
        "canon.toml",
        17,
        "level[0].dimensions.scpoe",
        "not a declared dimension; declared: scope, decision_rights",
    );
}

#[test]
fn unclean_text_is_an_error_never_trimmed() {
    let cases = [
        ("\"\"", "empty"),
        ("\"   \"", "empty or only white space"),
        ("\" Leading\"", "leading white space"),
        ("\"Trailing \"", "trailing white space"),
        ("\"Tab\\tinside\"", "control character (U+0009)"),
        ("\"Bell\\u0007\"", "control character (U+0007)"),
        ("\"Two\\nlines\"", "line break (U+000A)"),
        ("\"\"\"\nMulti\nline\"\"\"", "line break"),
        ("\"Para\\u2029graph\"", "line break (U+2029)"),
    ];
    for (literal, message) in cases {
        let diags = errors(
            CANON_TOML,
            &[(
                "families/f.toml",
                &family(&format!("responsibilities = [\"Fine\", {literal}]\n")),
            )],
        );
        assert_error(
            &diags,
            "families/f.toml",
            7,
            "level[0].responsibilities[1]",
            message,
        );
    }
    // Metadata text is checked the same way.
    let diags = errors(
        &CANON_TOML.replace("name = \"Acme\"", "name = \"Acme \""),
        &[("families/f.toml", &family(""))],
    );
    assert_error(&diags, "canon.toml", 1, "name", "trailing white space");
}

#[test]
fn an_unknown_rubric_name_is_a_warning_and_is_kept() {
    let loaded = load(
        CANON_TOML,
        &[(
            "families/f.toml",
            &family("[level.rubrics]\n\"communication\" = \"Writes clearly\"\n"),
        )],
    )
    .expect("a warning does not reject the canon");
    assert_eq!(loaded.warnings.len(), 1);
    let w = &loaded.warnings[0];
    assert_eq!((w.severity, w.line), (Severity::Warning, Some(8)));
    assert!(w.message.contains("not used by the frames"));
    let level = &loaded.canon.families[0].levels[0];
    assert_eq!(level.rubric("communication"), Some("Writes clearly"));
}

#[test]
fn all_errors_in_all_files_are_reported_at_once() {
    let diags = errors(
        &CANON_TOML.replace("version = \"t-1\"", "version = 7"),
        &[
            (
                "families/a.toml",
                &family("titel = \"x\"\nresponsibilities = [\" pad\"]\n"),
            ),
            (
                "families/b.toml",
                "group = \"G\"\nname = \"B\"\nid = \"Bad Id\"\n\n[[level]]\ncode = \"Z9\"\n",
            ),
        ],
    );
    let keys: Vec<(&str, &str)> = diags
        .iter()
        .map(|d| (d.file.as_str(), d.key.as_str()))
        .collect();
    for expected in [
        ("canon.toml", "version"),
        ("families/a.toml", "level[0].titel"),
        ("families/a.toml", "level[0].responsibilities[0]"),
        ("families/b.toml", "id"),
        ("families/b.toml", "level[0].code"),
    ] {
        assert!(
            keys.contains(&expected),
            "{expected:?} missing from {keys:?}"
        );
    }
}

#[test]
fn text_is_kept_byte_for_byte() {
    let awkward = "Ships \\\"<b>bold</b>\\\" & 'quotes' — עברית العربية 🚀 e\u{301}";
    let canon = support::canon(
        CANON_TOML,
        &[(
            "families/f.toml",
            &family(&format!("responsibilities = [\"{awkward}\"]\n")),
        )],
    );
    assert_eq!(
        canon.families[0].levels[0].responsibilities[0],
        "Ships \"<b>bold</b>\" & 'quotes' — עברית العربية 🚀 e\u{301}"
    );
}

#[test]
fn a_folder_without_families_or_canon_toml_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let diags = load_dir(dir.path()).expect_err("empty folder");
    let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|d| d.starts_with("error: canon.toml: cannot read the file")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|d| d.contains("families") && d.contains("no families/ folder")),
        "{text:?}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("canon.toml"), CANON_TOML).unwrap();
    std::fs::create_dir(dir.path().join("families")).unwrap();
    std::fs::write(dir.path().join("families/f.toml"), b"group = \"\xff\"\n").unwrap();
    let diags = load_dir(dir.path()).expect_err("bad bytes");
    assert_eq!(
        diags[0].to_string(),
        "error: families/f.toml: the file is not valid UTF-8"
    );
}

#[test]
fn diagnostics_print_as_file_line_key_message() {
    let diags = errors(
        CANON_TOML,
        &[("families/f.toml", &family("titel = \"x\"\n"))],
    );
    assert_eq!(
        diags[0].to_string(),
        "error: families/f.toml:7: level[0].titel: unknown key \"titel\"; allowed here: code, title, responsibilities, component_responsibilities, rubrics, aliases"
    );
}

#[test]
fn aliases_are_optional_text_lists_on_families_and_levels() {
    let good = load(
        CANON_TOML,
        &[(
            "families/f.toml",
            &format!("{FAMILY_HEAD}aliases = [\"DBA\", \"Base de données\"]\n\n[[level]]\ncode = \"P2\"\naliases = [\"Junior DBA\"]\n"),
        )],
    );
    let canon = good.unwrap().canon;
    let family = &canon.families[0];
    assert_eq!(family.aliases.len(), 2);
    assert_eq!(family.aliases[1], "Base de données");
    assert_eq!(family.levels[0].aliases[0], "Junior DBA");
    let diags = errors(
        CANON_TOML,
        &[(
            "families/f.toml",
            &format!("{FAMILY_HEAD}aliases = [\" DBA\", 3]\n\n[[level]]\ncode = \"P2\"\naliases = \"Junior DBA\"\n"),
        )],
    );
    assert_error(
        &diags,
        "families/f.toml",
        4,
        "aliases[0]",
        "leading white space",
    );
    assert_error(&diags, "families/f.toml", 4, "aliases[1]", "a string");
    assert_error(
        &diags,
        "families/f.toml",
        8,
        "level[0].aliases",
        "an array of strings",
    );
}

/// CANON_TOML with a `[review]` table after it: `[review]` on line 24, `review` from line 25.
fn with_review(review: &str) -> String {
    format!("{CANON_TOML}\n[review]\n{review}")
}

/// The diagnostics of a canon whose `[review]` table is `review`.
fn review_errors(review: &str) -> Vec<Diagnostic> {
    errors(&with_review(review), &[("families/f.toml", &family(""))])
}

#[test]
fn a_full_review_table_gives_its_rules() {
    let review = "goals_share = 70\ncompetencies_share = 30\nachievement_cap = 120\n\n\
                  [[review.scale]]\nvalue = 1\nlabel = \"Below expectations\"\n\n\
                  [[review.scale]]\nvalue = 2\n\n\
                  [[review.scale]]\nvalue = 4\nlabel = \"Exceeds expectations\"\n";
    let canon = load(&with_review(review), &[("families/f.toml", &family(""))])
        .unwrap_or_else(|d| panic!("{d:#?}"))
        .canon;
    let rules = &canon.review;
    assert_eq!(
        (
            rules.goals_share,
            rules.competencies_share,
            rules.achievement_cap
        ),
        (70, 30, 120)
    );
    let scale: Vec<String> = rules.scale.iter().map(|p| p.display()).collect();
    assert_eq!(
        scale,
        ["1 — Below expectations", "2", "4 — Exceeds expectations"]
    );
}

#[test]
fn without_a_review_table_or_its_keys_the_rules_are_the_default() {
    let fam = [("families/f.toml", family(""))];
    let fam: Vec<(&str, &str)> = fam.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let canon = load(CANON_TOML, &fam).unwrap().canon;
    assert_eq!(canon.review, ReviewRules::DEFAULT);
    let empty = load(&with_review(""), &fam).unwrap().canon;
    assert_eq!(empty.review, ReviewRules::DEFAULT);
    let cap_only = load(&with_review("achievement_cap = 200\n"), &fam)
        .unwrap()
        .canon;
    assert_eq!(
        cap_only.review,
        ReviewRules {
            achievement_cap: 200,
            ..ReviewRules::DEFAULT
        }
    );
}

#[test]
fn each_review_mistake_is_an_error_at_its_line_and_key() {
    let two = "\n[[review.scale]]\nvalue = 1\n\n[[review.scale]]\nvalue = 2\n";
    // (the table's body, line, key, words), the body starting on line 25.
    let cases: [(String, usize, &str, &str); 12] = [
        (
            "goals_share = 70\ncompetencies_share = 20\n".into(),
            25,
            "review.goals_share",
            "add up to 90 %, not 100 %",
        ),
        (
            "competencies_share = 30\n".into(),
            25,
            "review.goals_share",
            "the goals share (100 %) and the competencies share (30 %) add up to 130 %",
        ),
        (
            "achievement_cap = 90\n".into(),
            25,
            "review.achievement_cap",
            "the achievement cap is 90 %; it is from 100 % to 1000 %",
        ),
        (
            "achievement_cap = 1001\n".into(),
            25,
            "review.achievement_cap",
            "the achievement cap is 1001 %",
        ),
        (
            "[[review.scale]]\nvalue = 1\n".into(),
            25,
            "review.scale",
            "a rating scale has 2 to 11 points; this one has 1",
        ),
        (
            format!("{two}\n[[review.scale]]\nvalue = 2\n"),
            33,
            "review.scale[2].value",
            "the scale's values are distinct and increasing: 2 follows 2",
        ),
        (
            "[[review.scale]]\nvalue = 1\nlabel = \"Good\"\n\n[[review.scale]]\nvalue = 2\nlabel = \"Good\"\n"
                .into(),
            31,
            "review.scale[1].label",
            "two points of the scale are labelled \"Good\"",
        ),
        (
            "[[review.scale]]\nvalue = 1\nlabel = \"  \"\n\n[[review.scale]]\nvalue = 2\n".into(),
            27,
            "review.scale[0].label",
            "the label of point 1 is blank",
        ),
        (
            format!("colour = \"red\"\n{two}"),
            25,
            "review.colour",
            "unknown key \"colour\"; allowed here: goals_share, competencies_share, achievement_cap, scale",
        ),
        (
            format!("{two}rank = 3\n"),
            31,
            "review.scale[1].rank",
            "unknown key \"rank\"; allowed here: value, label",
        ),
        (
            "goals_share = \"70\"\n".into(),
            25,
            "review.goals_share",
            "expected a whole number, found a string",
        ),
        (
            "[[review.scale]]\nvalue = -1\n\n[[review.scale]]\nvalue = 2\n".into(),
            26,
            "review.scale[0].value",
            "expected a whole number of 0 or more, found -1",
        ),
    ];
    for (body, line, key, words) in cases {
        let diags = review_errors(&body);
        assert_error(&diags, "canon.toml", line, key, words);
        assert_eq!(diags.len(), 1, "one error for {key}: {diags:#?}");
    }
}
