//! The canon through a spreadsheet and back (feature `spreadsheet`): export
//! as .xlsx, .ods and the CSV trio, read the files, import, write the canon
//! folder, load it. The shipped canon and generated canons with awkward text
//! (quotes, `<`, `&`, commas, leading `=`/`+`/`-`/`@`/`'`, doubled spaces,
//! `_x0041_`, right-to-left scripts, emoji) come back as the same model, and
//! every profile's frames as the same bytes.
#![cfg(feature = "spreadsheet")]

use std::path::Path;

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::review::{ReviewRules, ScalePoint};
use goalframes_engine::canon::spreadsheet::{export_files, import, read, toml_writer};
use goalframes_engine::canon::templates::{TemplatePiece, TemplateWording};
use goalframes_engine::render::{text, ExportInfo};
use goalframes_engine::{build_frames, Canon, FrameKind, Values};
use goalframes_l10n::Id;
use proptest::prelude::*;

mod support;

use support::generated::{self, Layout};

fn write_files(dir: &Path, files: &[(String, String)]) {
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// `canon` exported as `file_name` in `dir`, then imported and loaded.
fn round_trip(canon: &Canon, dir: &Path, file_name: &str) -> Canon {
    let out = dir.join(file_name);
    for (path, bytes) in export_files(canon, &out).unwrap() {
        std::fs::write(path, bytes).unwrap();
    }
    let tables = read::tables(&out).unwrap_or_else(|p| panic!("{p:?}"));
    let imported = import::canon(file_name, &tables).unwrap_or_else(|problems| {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}", lines.join("\n"))
    });
    let folder = dir.join(format!("{file_name}-canon"));
    let files: Vec<(String, String)> = toml_writer::files(&imported.canon)
        .into_iter()
        .map(|f| (f.path, f.text))
        .collect();
    write_files(&folder, &files);
    load_dir(&folder).unwrap_or_else(|d| panic!("{d:?}")).canon
}

/// Every profile's frames, as the text renderer prints the whole profile.
fn all_frames(canon: &Canon) -> Vec<(String, String, String)> {
    canon
        .profiles()
        .map(|p| {
            let frames = build_frames(&p);
            let text = text::document(
                &frames,
                &FrameKind::ALL,
                &Values::new(),
                &ExportInfo::default(),
            );
            (p.family.id.to_string(), p.level.code.to_string(), text)
        })
        .collect()
}

fn assert_round_trips(canon: &Canon) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    for file_name in ["canon.xlsx", "canon.ods", "canon.csv"] {
        let back = round_trip(canon, dir.path(), file_name);
        prop_assert_eq!(&back, canon, "{}", file_name);
        prop_assert_eq!(all_frames(&back), all_frames(canon), "{}", file_name);
    }
    Ok(())
}

#[test]
fn the_shipped_canon_comes_back_the_same_through_every_format() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../canon");
    let canon = load_dir(&shipped).unwrap().canon;
    assert_round_trips(&canon).unwrap();
}

#[test]
fn review_rules_come_back_the_same_through_every_format() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../canon");
    let mut canon = load_dir(&shipped).unwrap().canon;
    let point = |value: u32, label: Option<&str>| ScalePoint {
        value,
        label: label.map(|l| l.to_string().into()),
    };
    // Labels a spreadsheet could mistake: a formula's start, a number, commas.
    let scale = vec![
        point(1, Some("=Below, expectations")),
        point(2, None),
        point(3, Some("3")),
        point(5, Some("Far exceeds \"expectations\"")),
    ];
    canon.review = ReviewRules::new(scale, 60, 40, 200).unwrap();
    assert_round_trips(&canon).unwrap();
    // A canon with the default rules writes no Review sheet.
    canon.review = ReviewRules::DEFAULT;
    let files = export_files(&canon, Path::new("canon.csv")).unwrap();
    assert_eq!(files.len(), 3, "the CSV trio alone");
}

#[test]
fn a_german_canon_and_its_own_wording_come_back_the_same_through_every_format() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/canon-de");
    let mut canon = load_dir(&example).unwrap().canon;
    // Wordings a spreadsheet or Fluent could mistake: a formula's start, a
    // brace, quotes, a space at either end, a comma.
    let text = |t: &str| TemplatePiece::Text(t.to_string().into());
    let var = |v: &str| TemplatePiece::Var(v.to_string().into());
    canon.templates = vec![
        TemplateWording {
            id: Id::SmartMeasurable,
            pieces: vec![
                text("=Kennzahl {neu}: "),
                var("baseline"),
                text(" → "),
                var("target"),
                text(", bis „"),
                var("date"),
                text("“ "),
            ]
            .into(),
        },
        TemplateWording {
            id: Id::SmartMeasurableLabel,
            pieces: vec![text(" Messgröße")].into(),
        },
    ]
    .into();
    assert_round_trips(&canon).unwrap();
    let frames = all_frames(&canon);
    assert!(frames[0].2.contains("Messgröße"), "{}", frames[0].2);
    // The files say it as a person would write it.
    let folder = toml_writer::files(&canon);
    assert!(
        folder[0].text.contains("language = \"de\"\n"),
        "{}",
        folder[0].text
    );
    assert!(
        folder[0].text.contains("\n[templates]\nsmart-measurable = \"=Kennzahl {\\\"{\\\"}neu{\\\"}\\\"}: { $baseline } → { $target }, bis „{ $date }“{\\\" \\\"}\"\n\"smart-measurable.label\" = \"{\\\" \\\"}Messgröße\"\n"),
        "{}",
        folder[0].text
    );
    let files = export_files(&canon, Path::new("canon.csv")).unwrap();
    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    assert_eq!(
        names,
        [
            "canon-canon.csv",
            "canon-ladder.csv",
            "canon.csv",
            "canon-templates.csv"
        ]
    );
}

#[test]
fn an_english_canon_that_does_not_say_so_exports_as_before() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../canon");
    let canon = load_dir(&shipped).unwrap().canon;
    assert_eq!((canon.language, canon.templates.len()), (None, 0));
    let files = export_files(&canon, Path::new("canon.csv")).unwrap();
    assert_eq!(files.len(), 3, "the CSV trio alone");
    let meta = String::from_utf8(files[0].1.clone()).unwrap();
    assert!(!meta.contains("Language"), "{meta}");
    assert!(!toml_writer::files(&canon)[0].text.contains("language"));
}

#[test]
fn exporting_the_same_canon_twice_gives_the_same_xlsx_bytes() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../canon");
    let canon = load_dir(&shipped).unwrap().canon;
    let out = Path::new("canon.xlsx");
    let first = export_files(&canon, out).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(export_files(&canon, out).unwrap(), first);
}

// ---- generated canons --------------------------------------------------------

/// Text that tests spreadsheet cells: words joined by one or two spaces,
/// sometimes starting the way a formula does, with separators, quotes,
/// right-to-left scripts, emoji, and what an .xlsx file writes as an escape
/// (`_x0041_`, which must stay text).
fn cell_text() -> BoxedStrategy<String> {
    let chars = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => proptest::char::range('A', 'Z'),
        2 => proptest::sample::select(vec![
            '"', '\'', '<', '>', '&', '\\', ',', ';', '=', '+', '-', '@', '_', '#', '{', '}',
            '—', '·', 'א', 'ש', 'ב', 'ع', 'ر', '🚀', '🎯', 'é', '\u{301}', '\u{200f}', '中',
        ]),
    ];
    let word = prop_oneof![
        8 => proptest::collection::vec(chars, 1..8).prop_map(|c| c.into_iter().collect::<String>()),
        1 => Just("_x0041_".to_string()),
    ];
    (
        proptest::sample::select(vec!["", "", "", "=", "+", "-", "@", "'", "'=", "''+"]),
        proptest::collection::vec((word, prop_oneof![4 => Just(" "), 1 => Just("  ")]), 1..6),
    )
        .prop_map(|(lead, words)| {
            let mut out = lead.to_string();
            for (i, (word, gap)) in words.iter().enumerate() {
                if i > 0 {
                    out.push_str(gap);
                }
                out.push_str(word);
            }
            out
        })
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn generated_canons_come_back_the_same_through_every_format(g in generated::gen_canon(cell_text)) {
        let dir = tempfile::tempdir().unwrap();
        write_files(dir.path(), &generated::to_files(&g, Layout::ByGroup));
        let canon = load_dir(dir.path()).unwrap_or_else(|d| panic!("{d:?}")).canon;
        assert_round_trips(&canon)?;
    }
}
