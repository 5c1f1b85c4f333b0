//! The canon through a spreadsheet and back (feature `spreadsheet`): export
//! as .xlsx, .ods and the CSV trio, read the files, import, write the canon
//! folder, load it. The shipped canon and generated canons with awkward text
//! (quotes, `<`, `&`, commas, leading `=`/`+`/`-`/`@`/`'`, doubled spaces,
//! `_x0041_`, right-to-left scripts, emoji) come back as the same model, and
//! every profile's frames as the same bytes.
#![cfg(feature = "spreadsheet")]

use std::path::Path;

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::spreadsheet::{export_files, import, read, toml_writer};
use goalframes_engine::render::{slug, text, ExportInfo};
use goalframes_engine::{build_frames, Canon, FrameKind, Values};
use proptest::prelude::*;

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
fn exporting_the_same_canon_twice_gives_the_same_xlsx_bytes() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../canon");
    let canon = load_dir(&shipped).unwrap().canon;
    let out = Path::new("canon.xlsx");
    let first = export_files(&canon, out).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(export_files(&canon, out).unwrap(), first);
}

// ---- generated canons --------------------------------------------------------

fn word() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => proptest::char::range('A', 'Z'),
        2 => proptest::sample::select(vec![
            '"', '\'', '<', '>', '&', '\\', ',', ';', '=', '+', '-', '@', '_', '#', '{', '}',
            '—', '·', 'א', 'ש', 'ב', 'ع', 'ر', '🚀', '🎯', 'é', '\u{301}', '\u{200f}', '中',
        ]),
    ];
    prop_oneof![
        8 => proptest::collection::vec(chars, 1..8).prop_map(|c| c.into_iter().collect()),
        // What an .xlsx file writes as an escape; text that looks like one stays text.
        1 => Just("_x0041_".to_string()),
    ]
}

/// Clean canon text: words joined by one or two spaces, sometimes starting
/// the way a spreadsheet formula does.
fn text() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(vec!["", "", "", "=", "+", "-", "@", "'", "'=", "''+"]),
        proptest::collection::vec((word(), prop_oneof![4 => Just(" "), 1 => Just("  ")]), 1..6),
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
}

fn texts(max: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(text(), 0..max)
}

#[derive(Clone, Debug)]
struct GenLevel {
    rung: usize,
    title: Option<String>,
    aliases: Vec<String>,
    responsibilities: Vec<String>,
    components: Vec<String>,
    rubrics: [Option<String>; 3],
}

#[derive(Clone, Debug)]
struct GenFamily {
    group: String,
    name: String,
    aliases: Vec<String>,
    levels: Vec<GenLevel>,
}

#[derive(Clone, Debug)]
struct GenCanon {
    name: String,
    abbrev: String,
    version: String,
    notice: Option<String>,
    dimensions: Vec<(String, String)>,
    ladder: Vec<(String, Vec<Option<String>>)>,
    families: Vec<GenFamily>,
}

/// The rubric names a generated level may have, in the order the export's
/// columns take them (the frames' two, then one of the canon's own).
const RUBRICS: [&str; 3] = [
    "complexity/problem-solving",
    "knowledge-application",
    "tact & \"grace\" <רך>",
];

fn gen_canon() -> impl Strategy<Value = GenCanon> {
    let keys = vec!["scope", "autonomy", "decision_rights", "impact-area"];
    (
        (
            text(),
            "[A-Za-z]{2,4}",
            text(),
            proptest::option::of(text()),
        ),
        proptest::sample::subsequence(keys, 0..=4).prop_shuffle(),
        1usize..=4,
    )
        .prop_flat_map(|((name, abbrev, version, notice), keys, rungs)| {
            let dims = keys.len();
            let dimensions = proptest::collection::vec(text(), dims).prop_map(move |names| {
                keys.iter()
                    .map(|k| k.to_string())
                    .zip(names)
                    .collect::<Vec<_>>()
            });
            let ladder = proptest::collection::vec(
                (
                    text(),
                    proptest::collection::vec(proptest::option::of(text()), dims),
                ),
                rungs,
            );
            let rubric = || proptest::option::of(text());
            let level = (
                0..rungs,
                proptest::option::of(text()),
                texts(3),
                texts(6),
                texts(3),
                [rubric(), rubric(), rubric()],
            )
                .prop_map(
                    |(rung, title, aliases, responsibilities, components, rubrics)| GenLevel {
                        rung,
                        title,
                        aliases,
                        responsibilities,
                        components,
                        rubrics,
                    },
                );
            let family = (
                text(),
                text(),
                texts(3),
                proptest::collection::vec(level, 1..4),
            )
                .prop_map(|(group, name, aliases, mut levels)| {
                    let mut seen = std::collections::HashSet::new();
                    levels.retain(|l| seen.insert(l.rung));
                    GenFamily {
                        group,
                        name,
                        aliases,
                        levels,
                    }
                });
            (
                Just((name, abbrev, version, notice)),
                dimensions,
                ladder,
                proptest::collection::vec(family, 1..4),
            )
        })
        .prop_map(
            |((name, abbrev, version, notice), dimensions, ladder, families)| GenCanon {
                name,
                abbrev,
                version,
                notice,
                dimensions,
                ladder,
                families,
            },
        )
}

fn toml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn toml_list(key: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let items: Vec<String> = items.iter().map(|s| toml_str(s)).collect();
    format!("{key} = [{}]\n", items.join(", "))
}

/// The generated canon as TOML files, written independently of the engine's
/// writer. Family files sit at `families/<group-slug>/f<i>.toml`, where the
/// import puts them: the loader orders families by path, so the canon loaded
/// from them is in the order an import gives back.
fn to_files(g: &GenCanon) -> Vec<(String, String)> {
    let mut canon = format!(
        "name = {}\nabbrev = {}\nversion = {}\n",
        toml_str(&g.name),
        toml_str(&g.abbrev),
        toml_str(&g.version)
    );
    if let Some(notice) = &g.notice {
        canon += &format!("notice = {}\n", toml_str(notice));
    }
    for (key, name) in &g.dimensions {
        canon += &format!(
            "\n[[dimension]]\nkey = {}\nname = {}\n",
            toml_str(key),
            toml_str(name)
        );
    }
    for (i, (title, texts)) in g.ladder.iter().enumerate() {
        canon += &format!(
            "\n[[level]]\ncode = \"L{i}\"\ntitle = {}\n[level.dimensions]\n",
            toml_str(title)
        );
        for ((key, _), text) in g.dimensions.iter().zip(texts) {
            if let Some(text) = text {
                canon += &format!("{} = {}\n", toml_str(key), toml_str(text));
            }
        }
    }
    let mut files = vec![("canon.toml".to_string(), canon)];
    for (i, f) in g.families.iter().enumerate() {
        let mut out = format!(
            "group = {}\nname = {}\nid = \"f{i}\"\n{}",
            toml_str(&f.group),
            toml_str(&f.name),
            toml_list("aliases", &f.aliases)
        );
        for l in &f.levels {
            out += &format!("\n[[level]]\ncode = \"L{}\"\n", l.rung);
            if let Some(title) = &l.title {
                out += &format!("title = {}\n", toml_str(title));
            }
            out += &toml_list("aliases", &l.aliases);
            out += &toml_list("responsibilities", &l.responsibilities);
            out += &toml_list("component_responsibilities", &l.components);
            out += "[level.rubrics]\n";
            for (name, text) in RUBRICS.iter().zip(&l.rubrics) {
                if let Some(text) = text {
                    out += &format!("{} = {}\n", toml_str(name), toml_str(text));
                }
            }
        }
        files.push((
            format!("families/{}/f{i}.toml", slug(&f.group, "group")),
            out,
        ));
    }
    files
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn generated_canons_come_back_the_same_through_every_format(g in gen_canon()) {
        let dir = tempfile::tempdir().unwrap();
        write_files(dir.path(), &to_files(&g));
        let canon = load_dir(dir.path()).unwrap_or_else(|d| panic!("{d:?}")).canon;
        assert_round_trips(&canon)?;
    }
}
