//! Generated canons for property tests: a model drawn by proptest with the
//! caller's kind of awkward text, and its TOML files, written independently
//! of the engine's own writer.

use goalframes_engine::render::slug;
use proptest::prelude::*;

/// A ladder level of a family.
#[derive(Clone, Debug)]
pub struct GenLevel {
    /// Index into the canon's ladder (the level code is `L{rung}`).
    pub rung: usize,
    pub title: Option<String>,
    pub aliases: Vec<String>,
    pub responsibilities: Vec<String>,
    pub components: Vec<String>,
    /// Texts for [`RUBRICS`], in that order.
    pub rubrics: [Option<String>; 3],
}

/// A job family (its id is `f{index}`).
#[derive(Clone, Debug)]
pub struct GenFamily {
    pub group: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub levels: Vec<GenLevel>,
}

/// A canon.
#[derive(Clone, Debug)]
pub struct GenCanon {
    pub name: String,
    pub abbrev: String,
    pub version: String,
    pub notice: Option<String>,
    /// Key and name.
    pub dimensions: Vec<(String, String)>,
    /// Per rung: title and a text per dimension (absent where `None`).
    pub ladder: Vec<(String, Vec<Option<String>>)>,
    pub families: Vec<GenFamily>,
}

/// The rubric names a generated level may have: the two the frames quote,
/// then one of the canon's own.
pub const RUBRICS: [&str; 3] = [
    "complexity/problem-solving",
    "knowledge-application",
    "tact & \"grace\" <רך>",
];

/// Where the family files go.
#[derive(Clone, Copy, Debug)]
pub enum Layout {
    /// `families/f<i>.toml`: the canon loads with the families in generated order.
    Flat,
    /// `families/<group-slug>/f<i>.toml`, where a spreadsheet import puts them.
    ByGroup,
}

/// Canons of 1–4 ladder levels and 1–3 families, every text drawn from `text`.
pub fn gen_canon(text: fn() -> BoxedStrategy<String>) -> impl Strategy<Value = GenCanon> {
    let texts = move |max: usize| proptest::collection::vec(text(), 0..max);
    let keys = vec![
        "scope",
        "autonomy",
        "complexity",
        "impact",
        "decision_rights",
        "leadership",
        "impact-area",
    ];
    (
        (
            text(),
            "[A-Za-z]{2,4}",
            text(),
            proptest::option::of(text()),
        ),
        proptest::sample::subsequence(keys, 0..=7).prop_shuffle(),
        1usize..=4,
    )
        .prop_flat_map(move |((name, abbrev, version, notice), keys, rungs)| {
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
                texts(9),
                texts(4),
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
                    // A family defines each ladder level at most once.
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

/// The canon as files: `canon.toml` first, then one file per family.
pub fn to_files(g: &GenCanon, layout: Layout) -> Vec<(String, String)> {
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
        let path = match layout {
            Layout::Flat => format!("families/f{i}.toml"),
            Layout::ByGroup => format!("families/{}/f{i}.toml", slug(&f.group, "group")),
        };
        files.push((path, out));
    }
    files
}
