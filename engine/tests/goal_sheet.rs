//! The goal sheet a manager hands in, in every format: the scenario of
//! `tests/fixtures/sheets/documents.json` (Database Engineering P4, three
//! kept goals weighted 60/30/10, one own goal, period end 2027-06-30, long
//! values and an emoji). Every format says the same thing, and keeps every
//! character typed, outside the Basic Multilingual Plane too.

use std::path::Path;

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::goals::{GoalSheet, TotalWeight};

/// The mark every own goal carries, in English.
const OWN_GOAL_MARK: &str = "Your own goal — not from the canon";

fn en() -> &'static goalframes_engine::Catalog {
    goalframes_engine::catalog(goalframes_engine::Lang::En)
}
use goalframes_engine::render::{self, sheet_html, ExportInfo, Format};
use goalframes_engine::sheet::Sheet;
use goalframes_engine::{build_frames, ProfileFrames, SlotKind};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn frames() -> ProfileFrames {
    let canon = load_dir(&root().join("tests/fixtures/example-canon"))
        .unwrap()
        .canon;
    build_frames(&canon.profile("database-engineering", "P4").unwrap())
}

fn scenario() -> Sheet {
    let json =
        std::fs::read_to_string(root().join("tests/fixtures/sheets/documents.json")).unwrap();
    Sheet::from_json(&json).unwrap()
}

fn info() -> ExportInfo {
    ExportInfo {
        date: Some("2027-01-15".into()),
        ..Default::default()
    }
}

/// The document part of a .docx: its zip's entries are stored, so it is read
/// straight from the local file headers.
fn docx_document(zip: &[u8]) -> String {
    let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes(zip[i..i + 4].try_into().unwrap()) as usize;
    let mut at = 0;
    while zip[at..].starts_with(b"PK\x03\x04") {
        assert_eq!(u16_at(at + 8), 0, "stored");
        let (size, name_len, extra) = (u32_at(at + 18), u16_at(at + 26), u16_at(at + 28));
        let name = &zip[at + 30..at + 30 + name_len];
        let data = at + 30 + name_len + extra;
        if name == b"word/document.xml" {
            return String::from_utf8(zip[data..data + size].to_vec()).expect("UTF-8 XML");
        }
        at = data + size;
    }
    panic!("no word/document.xml")
}

/// Every format of the goal sheet, as text (Word's as its document part).
fn every_format(goals: &GoalSheet<'_>) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = [
        Format::Text,
        Format::Markdown,
        Format::Csv,
        Format::Docx,
        Format::Json,
    ]
    .into_iter()
    .map(|f| {
        let bytes = render::goal_sheet(goals, f, &info());
        let text = match f {
            Format::Docx => docx_document(&bytes),
            _ => String::from_utf8(bytes).expect("UTF-8"),
        };
        (f.id(), text)
    })
    .collect();
    out.push(("print", sheet_html::goal_sheet(goals, &info())));
    out
}

#[test]
fn every_format_keeps_every_character_outside_the_basic_plane() {
    let frames = frames();
    let mut sheet = scenario();
    // Emoji, a modifier and a joined sequence, a mathematical letter, a CJK
    // extension B ideograph, a flag: all four bytes in UTF-8, two UTF-16 units.
    let typed = "😀 👩🏽‍💻 𝔄 𠜎 🇪🇺 🚀";
    sheet.set_person(&format!("Ada {typed}")).unwrap();
    sheet
        .values
        .set("smart-2", SlotKind::Target, &format!("p95 {typed}"))
        .unwrap();
    sheet
        .set_own_goal_text("own-documents", &format!("Mentor {typed}"))
        .unwrap();
    let goals = GoalSheet::new(&frames, &sheet);
    for (format, text) in every_format(&goals) {
        assert!(
            !text.contains('\u{fffd}'),
            "{format}: a replacement character"
        );
        for (what, value) in [
            ("person", format!("Ada {typed}")),
            ("target", format!("p95 {typed}")),
            ("own goal", format!("Mentor {typed}")),
        ] {
            // JSON may escape: read it back instead.
            let kept = if format == "json" {
                let back = Sheet::from_json(&text).unwrap();
                [
                    back.person.clone().unwrap_or_default(),
                    back.values
                        .get("smart-2", SlotKind::Target)
                        .unwrap_or_default()
                        .to_string(),
                    back.own_goals["own-documents"].text.clone(),
                ]
                .contains(&value)
            } else {
                text.contains(&value)
            };
            assert!(kept, "{format} keeps the {what} {value:?}");
        }
    }
}

#[test]
fn every_format_says_the_same_total_and_titles_the_own_goal_by_its_words() {
    let frames = frames();
    let mut sheet = scenario();
    let goals = GoalSheet::new(&frames, &sheet);
    let total = goals.total_weight();
    assert_eq!(total, TotalWeight::Sum(100));
    let line = total.line(en()).unwrap();
    for (format, text) in every_format(&goals) {
        if matches!(format, "csv" | "json") {
            continue;
        }
        assert!(text.contains(&line), "{format}: {line}");
        assert!(!text.contains("not 100"), "{format}");
        assert!(
            !text.contains("Your own goal 1"),
            "{format}: the own goal's words are its title"
        );
        assert_eq!(
            text.matches(OWN_GOAL_MARK).count(),
            1,
            "{format}: the own goal's mark once"
        );
        assert!(
            text.contains("Mentor two junior engineers through their first on-call rotation 😀")
        );
    }
    // Off by ten: the same words everywhere.
    sheet.set_weight("mbo-3", Some(20)).unwrap();
    let goals = GoalSheet::new(&frames, &sheet);
    let line = goals.total_weight().line(en()).unwrap();
    assert_eq!(line, "Total weight: 110% (not 100%)");
    for (format, text) in every_format(&goals) {
        if !matches!(format, "csv" | "json") {
            assert!(text.contains(&line), "{format}: {line}");
        }
    }
}

#[test]
fn no_two_values_run_together_and_the_csv_labels_every_part() {
    let frames = frames();
    let sheet = scenario();
    let goals = GoalSheet::new(&frames, &sheet);
    let docx = docx_document(&render::goal_sheet(&goals, Format::Docx, &info()));
    assert!(
        docx.contains("Target: every-production-change-reviewed-before-release-by-a-second-engineer · Due: 2027-06-30"),
        "the MBO row's target and due date, each labelled"
    );
    let markdown =
        String::from_utf8(render::goal_sheet(&goals, Format::Markdown, &info())).unwrap();
    for (format, text) in [("docx", &docx), ("markdown", &markdown)] {
        assert!(!text.contains("engineer2027"), "{format}: run together");
        assert!(text.contains("· Due: 2027-06-30"), "{format}");
    }
    let csv = String::from_utf8(render::goal_sheet(&goals, Format::Csv, &info())).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = header.iter().position(|h| h == "description").unwrap();
    let mut descriptions = Vec::new();
    for record in reader.records() {
        descriptions.push(record.unwrap()[column].to_string());
    }
    assert_eq!(descriptions.len(), 4);
    for description in &descriptions {
        for part in description.split(" | ") {
            assert!(
                part.starts_with("From ") || part.split_once(": ").is_some(),
                "a label before {part:?}"
            );
            assert!(!part.starts_with('—'), "{part:?}");
        }
        assert!(!description.contains("— —"), "{description}");
        assert!(!description.contains('⟨'), "{description}");
    }
    assert!(
        descriptions[1].contains("KR2: Evidence at this level's scope bar: \"A system or set of related features\" — target — by 2027-06-30"),
        "{}",
        descriptions[1]
    );
    assert!(
        descriptions[2].ends_with(
            "Target: every-production-change-reviewed-before-release-by-a-second-engineer · Due: 2027-06-30"
        ),
        "{}",
        descriptions[2]
    );
    assert_eq!(
        descriptions[3],
        "From baseline — to 2 engineers 😀 by 2027-06-30"
    );
}

#[test]
fn a_goal_the_canon_no_longer_has_is_listed_in_every_format() {
    let frames = frames();
    let mut sheet = scenario();
    sheet.keep("smart-99");
    sheet.set_weight("smart-99", Some(5)).unwrap();
    let goals = GoalSheet::new(&frames, &sheet);
    for (format, text) in every_format(&goals) {
        assert!(text.contains("smart-99"), "{format} lists it");
        if format != "json" {
            assert!(
                text.contains("A goal no longer in today’s canon (smart-99)"),
                "{format} says it is gone"
            );
        }
    }
    assert_eq!(
        goals.total_weight().line(en()).as_deref(),
        Some("Total weight: 105% (not 100%)"),
        "its weight counts, as on the page"
    );
}
