//! The canon's language and its own wording of templates (CANON.md,
//! `language` and `[templates]`): the German example canon's golden blocks,
//! written by hand from the German templates; English unchanged; and each
//! override error with its file, line and key.

mod support;

use std::path::PathBuf;

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::{Diagnostic, Severity};
use goalframes_engine::frame::Wording;
use goalframes_engine::render::text;
use goalframes_engine::{build_frames, build_frames_in, FrameKind, Lang, Values};
use support::{canon, errors, CANON_TOML, FAMILY_HEAD};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn golden(dir: &str, name: &str) -> String {
    std::fs::read_to_string(root().join("tests/fixtures").join(dir).join(name))
        .expect("golden file")
}

#[test]
fn the_german_example_canon_reproduces_its_golden_blocks_byte_for_byte() {
    let loaded = load_dir(&root().join("examples/canon-de")).expect("examples/canon-de loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.canon.language, Some(Lang::De));
    let profile = loaded
        .canon
        .profile("datenbanktechnik", "P4")
        .expect("profile");
    let frames = build_frames(&profile);
    for kind in FrameKind::ALL {
        let rendered = text::frame(frames.frame(kind), &Values::new());
        let expected = golden(
            "golden-de",
            &format!("datenbanktechnik.P4.{}.txt", kind.id()),
        );
        assert_eq!(rendered, expected, "{} differs from golden-de", kind.id());
    }
    assert_eq!(
        text::line(&frames.heading, &Values::new()),
        "Zielvorlagen — Datenbanktechnik — P4"
    );
    assert!(text::line(&frames.preamble, &Values::new()).starts_with(
        "Dies sind aus dem Kanon abgeleitete Zielrahmen, keine Ratschläge: Jede Zeile ist entweder wörtlicher Text aus dem Kanon Stellenrahmen Muster AG oder eine feste Vorlage"
    ));
    // Every line is the German templates' (no `[templates]` in the example).
    let lines = FrameKind::ALL
        .iter()
        .flat_map(|k| frames.frame(*k).blocks.iter().flat_map(|b| b.lines.iter()));
    for line in lines {
        assert_eq!(line.wording, Wording::Template(Lang::De));
    }
}

#[test]
fn the_english_golden_blocks_are_unchanged_when_english_is_asked_for() {
    let loaded = load_dir(&root().join("tests/fixtures/example-canon")).unwrap();
    let profile = loaded.canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames_in(&profile, Lang::En);
    for kind in FrameKind::ALL {
        let rendered = text::frame(frames.frame(kind), &Values::new());
        let expected = golden(
            "golden",
            &format!("database-engineering.P4.{}.txt", kind.id()),
        );
        assert_eq!(rendered, expected, "{}", kind.id());
    }
}

#[test]
fn an_english_canon_framed_in_french_quotes_the_canon_in_french_templates() {
    let loaded = load_dir(&root().join("tests/fixtures/example-canon")).unwrap();
    let profile = loaded.canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames_in(&profile, Lang::Fr);
    let smart = text::frame(frames.frame(FrameKind::Smart), &Values::new());
    let first = smart.lines().nth(1).unwrap();
    assert!(
        first.contains("«\u{a0}Architects complex database systems"),
        "{first}"
    );
    // The labels align one column after the widest, as in English.
    assert!(
        first.starts_with("   Spécifique\u{202f}:   Réaliser"),
        "{first}"
    );
    assert!(!smart.contains("Move the metric"), "{smart}");
}

fn family() -> String {
    format!(
        "{FAMILY_HEAD}\n[[level]]\ncode = \"P2\"\nresponsibilities = [\"Ships the widget\"]\n\n[level.rubrics]\n\"complexity/problem-solving\" = \"Solves widget problems.\"\n"
    )
}

/// `CANON_TOML` with `extra` after its first three lines (name, abbrev, version).
fn with(extra: &str) -> String {
    let mut lines: Vec<&str> = CANON_TOML.lines().collect();
    lines.insert(3, extra);
    lines.join("\n") + "\n"
}

/// `CANON_TOML` with a `[templates]` table at its end.
fn with_templates(table: &str) -> String {
    format!("{CANON_TOML}\n[templates]\n{table}")
}

fn assert_error(diags: &[Diagnostic], line: usize, key: &str, message_part: &str) {
    let Some(d) = diags
        .iter()
        .find(|d| d.key == key && d.file == "canon.toml")
    else {
        panic!("no diagnostic for canon.toml {key}: {diags:#?}");
    };
    assert_eq!(d.severity, Severity::Error, "{d}");
    assert_eq!(d.line, Some(line), "{d}");
    assert!(d.message.contains(message_part), "{d}");
}

/// The line of `needle` in `text`, 1-based.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("in the text")
        + 1
}

#[test]
fn the_language_is_a_tag_of_a_language_goalframes_speaks() {
    let f = family();
    let ok = canon(&with("language = \"de-CH\""), &[("families/f.toml", &f)]);
    assert_eq!(ok.language, Some(Lang::De));
    let none = canon(CANON_TOML, &[("families/f.toml", &f)]);
    assert_eq!(none.language, None, "without it, the canon is English");
    assert_eq!(none.lang(), Lang::En);

    let text = with("language = \"pt-BR\"");
    let diags = errors(&text, &[("families/f.toml", &f)]);
    assert_error(
        &diags,
        4,
        "language",
        "not a language Goalframes speaks: en, de, es, fr",
    );
    let diags = errors(&with("language = \"German\""), &[("families/f.toml", &f)]);
    assert_error(&diags, 4, "language", "is not a language tag");
    let diags = errors(&with("language = 49"), &[("families/f.toml", &f)]);
    assert_error(&diags, 4, "language", "string");
}

#[test]
fn a_canon_wording_replaces_its_template_and_is_marked_as_the_canons() {
    let text = with(&format!(
        "language = \"de\"\n{}",
        "" // the table must come after the top-level keys
    )) + "\n[templates]\nsmart-measurable = \"Kennzahl: { $baseline } → { $target }, bis { $date }.\"\n\"smart-measurable.label\" = \"Messgröße\"\nsmart-specific.label = \"Konkret\"\n";
    let c = canon(&text, &[("families/f.toml", &family())]);
    assert_eq!(c.templates.len(), 3);
    let profile = c.profile("fam", "P2").unwrap();
    let frames = build_frames(&profile);
    let smart = frames.frame(FrameKind::Smart);
    let rendered = text::frame(smart, &Values::new());
    assert!(
        rendered.contains("   Messgröße:   Kennzahl: ⟨Ausgangswert⟩ → ⟨Zielwert⟩, bis ⟨Datum⟩.\n"),
        "{rendered}"
    );
    assert!(
        rendered.contains("   Konkret:     Erbringen: „Ships the widget“\n"),
        "{rendered}"
    );
    let wordings: Vec<Wording> = smart.blocks[0].lines.iter().map(|l| l.wording).collect();
    assert_eq!(wordings[2], Wording::Canon(Lang::De), "the Measurable row");
    assert_eq!(wordings[2].describe(), "template (canon)");
    assert_eq!(
        wordings[3].describe(),
        "template (de)",
        "the Achievable row"
    );
    // Framed in another language, the canon's German wording does not apply.
    let english = build_frames_in(&profile, Lang::En);
    let rendered = text::frame(english.frame(FrameKind::Smart), &Values::new());
    assert!(
        rendered.contains("Measurable:  Move the metric"),
        "{rendered}"
    );
}

#[test]
fn a_wording_may_quote_a_canon_word_as_written_or_lower_cased() {
    // `source-responsibility` quotes { $ABBREV }; a wording may lower-case it.
    let text = with_templates("source-responsibility = \"{ $abbrev } duty ({ $code })\"\n");
    let c = canon(&text, &[("families/f.toml", &family())]);
    let profile = c.profile("fam", "P2").unwrap();
    let rendered = text::frame(
        build_frames(&profile).frame(FrameKind::Smart),
        &Values::new(),
    );
    assert!(rendered.contains("[source: acm duty (P2)]"), "{rendered}");
}

#[test]
fn every_template_override_error_names_file_line_and_key() {
    let f = family();
    let cases: [(&str, &str, &str); 8] = [
        (
            "smart-measurabel = \"x { $baseline }\"",
            "templates.smart-measurabel",
            "is not a template; templates a canon may word (nearest first): smart-measurable",
        ),
        (
            "smart-measurable = \"Move it from { $baseline } to { $target }.\"",
            "templates.smart-measurable",
            "uses { $baseline }, { $target } where the template uses { $baseline }, { $date }, { $target }",
        ),
        (
            "smart-specific = \"Deliver { $resp } by { $date }\"",
            "templates.smart-specific",
            "uses { $date }, { $resp } where the template uses { $resp }",
        ),
        (
            "okr-kr2 = \"Evidence: { $area } — { $target } by { $date }\"",
            "templates.okr-kr2",
            "must keep the template's slots and quotes",
        ),
        (
            "smart-time-bound = \"{ $date -> [one] a *[other] b }\"",
            "templates.smart-time-bound",
            "does not read as one line of Fluent pattern",
        ),
        (
            "slot-date = \"⟨when⟩\"",
            "templates.slot-date",
            "is not a template",
        ),
        (
            "smart-relevant = \"For { $group \"",
            "templates.smart-relevant",
            "write a slot or a quote as { $name }",
        ),
        (
            "smart-title = 7",
            "templates.smart-title",
            "expected a string",
        ),
    ];
    for (entry, key, message) in cases {
        let text = with_templates(&format!("{entry}\n"));
        let diags = errors(&text, &[("families/f.toml", &f)]);
        assert_error(&diags, line_of(&text, entry), key, message);
    }
    // A key worded twice: once quoted, once as a nested table's key.
    let text = with_templates(
        "\"smart-specific.label\" = \"A\"\n\n[templates.smart-specific]\nlabel = \"B\"\n",
    );
    let diags = errors(&text, &[("families/f.toml", &f)]);
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("is worded twice") && d.line.is_some()),
        "{diags:#?}"
    );
    // All errors at once.
    let text = with_templates("smart-measurabel = \"x\"\nsmart-title = 7\n");
    assert_eq!(errors(&text, &[("families/f.toml", &f)]).len(), 2);
}

#[test]
fn a_german_canon_words_templates_against_the_german_ones() {
    // A wording with the English template's variables but a German canon:
    // the German template of `okr-kr2` quotes { $Dim }, as English does
    // { $dim }; either case is the same quote.
    let text = with("language = \"de\"")
        + "\n[templates]\nokr-kr2 = \"Nachweis für { $dim }: { $dimtext } — { $target } bis { $date }\"\n";
    let c = canon(&text, &[("families/f.toml", &family())]);
    assert_eq!(c.templates.len(), 1);
}
