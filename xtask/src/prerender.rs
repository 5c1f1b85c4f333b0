//! The first screen of a profile's page, pre-rendered into the single file:
//! opened at a profile's address, the file paints the banner, the page top,
//! the sheet panel, "Your goals" and the toolbar as soon as it is parsed,
//! before the wasm has inflated, compiled and built the app's view (~100 ms
//! later). The app takes over when it starts: it builds its own view and
//! removes these elements in the same task (`browser::page::remove_prerender`),
//! so the two never show together.
//!
//! The markup is the app's own, captured from its view by
//! `tests/e2e/first-screen.mjs` into `first-screen.html` (`cargo xtask
//! first-screen` refreshes it; an end-to-end test fails while it is stale and
//! another holds the pre-rendered screen to the app's, pixel for pixel). What
//! depends on the canon is filled here from the canon embedded; what depends
//! on the profile, by the file's script from the address: the engine's
//! `text::body` of the breadcrumb and heading, and whether the family has a
//! next level to compare with. The elements are `inert`: nothing in them can
//! be clicked or focused before the app is there.

use std::path::{Path, PathBuf};

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::Canon;
use goalframes_engine::message::CHOSEN_LANG_KEY as LANG_KEY;
use goalframes_engine::portal::EmbedOptions;
use goalframes_engine::render::{html::escape, text};
use goalframes_engine::sheet::SHEET_KEY_PREFIX;
use goalframes_engine::url::{Hash, Location};
use goalframes_engine::{build_frames, Lang, Values};

/// The app's first screen in `lang`, captured from it (see the module's comment).
pub fn first_screen_file(lang: Lang) -> PathBuf {
    crate::root().join(format!("xtask/src/first-screen/{}.html", lang.tag()))
}

/// The profiles' texts cost ~80 bytes a profile (380 KB for the 4,917
/// profiles of 1,000 families, +30 KB gzip; whole lines, one a profile, were
/// 810 KB), all parsed before the first paint; the file's script scans them
/// with `indexOf`, never splitting them. Past this size (some 25,000
/// profiles) the file carries none.
const MAX_TABLE_BYTES: usize = 2 * 1024 * 1024;

/// Finds the address opened (`location.hash`, exactly as the app's links
/// write it) among the profiles' lines (see [`texts_table`]): the family
/// whose address prefix it starts with and, in that family's lines, the rest
/// of it. If it is there, fills a copy of the template with that profile's
/// texts and puts it at the top of the body. Not when this browser holds a
/// saved sheet (or its storage cannot be read): the app's sheet panel would
/// then list them (or say so), and the first screen would move when the app
/// takes over. Nor when the app will speak another language than the screen
/// (`goalframes_l10n::page_language`: a language chosen in this browser,
/// else the canon's declared one, else the browser's; an address that names
/// one is no plain profile address and finds no texts). `SHEET_KEY_PREFIX`,
/// `LANG_KEY`, `SCREEN_LANG`, `DECLARED` and `SPOKEN` are replaced by the
/// engine's and the canon's.
const SCRIPT: &str = "{let fresh=true,top=null;\
    try{for(let i=0;i<localStorage.length;i++)if(localStorage.key(i).startsWith(\"SHEET_KEY_PREFIX\"))fresh=false;}catch(e){fresh=false;}\
    const spoken=SPOKEN,tag=(t)=>String(t||\"\").split(/[-_]/)[0].toLowerCase();\
    let chosen=null;try{chosen=tag(localStorage.getItem(\"LANG_KEY\"));}catch(e){}\
    const lang=spoken.includes(chosen)?chosen:DECLARED?\"SCREEN_LANG\":((navigator.languages||[]).map(tag).find((t)=>spoken.includes(t))||\"en\");\
    if(lang!==\"SCREEN_LANG\")fresh=false;\
    const texts=document.getElementById(\"goalframes-prerender-texts\").textContent,hash=location.hash,\
    line=(at)=>JSON.parse(texts.slice(texts.indexOf(\"\\t\",at+1)+1,texts.indexOf(\"\\n\",at+1)));\
    for(let f=fresh?texts.indexOf(\"\\n#\"):-1;f>=0&&!top;f=texts.indexOf(\"\\n#\",f+1)){\
    const tab=texts.indexOf(\"\\t\",f),prefix=texts.slice(f+1,tab);\
    if(!hash.startsWith(prefix))continue;\
    const end=texts.indexOf(\"\\n#\",f+1),at=texts.indexOf(\"\\n\"+hash.slice(prefix.length)+\"\\t\",tab);\
    if(at<0||(end>=0&&at>end))continue;\
    const family=line(f),own=line(at);\
    top=[family[0]+own[0],family[1]+own[1],own[2]];}\
    if(top){const page=document.getElementById(\"goalframes-prerender\").content.cloneNode(true);\
    page.querySelector(\"[aria-current]\").textContent=top[0];\
    page.querySelector(\"h1\").textContent=top[1];\
    if(!top[2])page.querySelector(\".profile-actions .button-link\").remove();\
    document.body.prepend(page);}}";

/// The markup and the script that puts it in, for the single file's body.
pub struct Prerender {
    /// A `<template>` with the first screen, the profile's texts left empty,
    /// and a data block (`<script type="text/plain">`, never run) with the
    /// profiles' texts, a family at a time ([`texts_table`]).
    pub markup: String,
    /// A classic script: fills the template for the address opened, if it is
    /// a profile's plain address, and puts it at the top of the body.
    pub script: String,
}

/// The pre-rendered first screen for the canon in `canon_dir` (the one the wasm
/// embeds), or `None` when the canon has too many profiles for it to pay.
pub fn for_canon(canon_dir: &Path) -> Result<Option<Prerender>, String> {
    build(canon_dir, MAX_TABLE_BYTES)
}

/// The language the canon in `canon_dir` is written in (English when it
/// declares none): the single file's `<html lang>` before the app starts.
pub fn canon_lang(canon_dir: &Path) -> Result<Lang, String> {
    load_dir(canon_dir)
        .map(|loaded| loaded.canon.lang())
        .map_err(|d| {
            format!(
                "{} does not load ({} problem(s))",
                canon_dir.display(),
                d.len()
            )
        })
}

fn build(canon_dir: &Path, max_table_bytes: usize) -> Result<Option<Prerender>, String> {
    let canon = load_dir(canon_dir)
        .map_err(|d| {
            format!(
                "{} does not load ({} problem(s))",
                canon_dir.display(),
                d.len()
            )
        })?
        .canon;
    let (table, preamble) = texts_table(&canon);
    if table.len() > max_table_bytes {
        return Ok(None);
    }

    let lang = canon.lang();
    let file = first_screen_file(lang);
    let screen = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let notice = canon
        .notice
        .as_deref()
        .map(|n| format!("<p class=\"canon-notice\">{}</p>", escape(n)))
        .unwrap_or_default();
    let screen = fill(
        &file,
        &screen,
        &[
            ("%CANON_NAME%", &escape(&canon.name)),
            ("%CANON_VERSION%", &escape(&canon.version)),
            ("%CANON_NOTICE%", &notice),
            ("%PREAMBLE%", &escape(&preamble)),
        ],
    )?;
    let markup = format!(
        "<template id=\"goalframes-prerender\">{screen}</template>\
         <script type=\"text/plain\" id=\"goalframes-prerender-texts\">{table}</script>"
    );
    Ok(Some(Prerender {
        markup,
        script: SCRIPT
            .replace("SHEET_KEY_PREFIX", SHEET_KEY_PREFIX)
            .replace("LANG_KEY", LANG_KEY)
            .replace("SCREEN_LANG", lang.tag())
            .replace(
                "DECLARED",
                if canon.language.is_some() {
                    "true"
                } else {
                    "false"
                },
            )
            .replace(
                "SPOKEN",
                &serde_json::json!(Lang::ALL.map(Lang::tag)).to_string(),
            ),
    }))
}

/// One profile's texts for the pre-rendered screen.
struct Entry {
    family: String,
    /// The address the app's own links use.
    address: String,
    /// The engine's breadcrumb and heading (`text::body`).
    texts: [String; 2],
    /// The family has a next level to compare with.
    next: bool,
}

/// The profiles' texts, a family at a time, and the canon's preamble (the
/// same on every profile). A family's line holds what all its profiles'
/// lines start with, each of its profiles' lines the rest:
///
/// ```text
/// \n#family=database-engineering&level=P\t["Data & … · Database Engineering · P","Goal templates — Database Engineering — P"]
/// \n2\t["2 — Developing Professional","2",1]
/// …
/// \n5\t["5 — Principal Professional","5"]
/// ```
///
/// A family's line is the only one that starts with `#`: no address holds a
/// second `#`, a tab or a line break (they are percent-encoded; one that did
/// would only go without a pre-render). JSON escapes line breaks and tabs in
/// the texts, and `<` is escaped (as `\u003c`), so no text can end the data
/// block early. Factored so, 1,000 families' texts are less than half the
/// size of one whole line a profile (380 KB against 810 KB; 30 KB gzip
/// against 60).
fn texts_table(canon: &Canon) -> (String, String) {
    let none = Values::new();
    let mut preamble = None;
    let entries: Vec<Entry> = canon
        .profiles()
        .map(|profile| {
            let frames = build_frames(&profile);
            preamble.get_or_insert_with(|| text::body(&frames.preamble, &none));
            Entry {
                address: Hash::of(
                    &Location::profile(&frames.family, &frames.level),
                    &EmbedOptions::default(),
                ),
                texts: [&frames.breadcrumb, &frames.heading].map(|l| text::body(l, &none)),
                next: frames.growth.is_some(),
                family: frames.family.to_string(),
            }
        })
        .filter(|e| e.address.starts_with('#') && !e.address[1..].contains(['#', '\t', '\n']))
        .collect();
    let mut table = String::from("\n");
    for family in entries.chunk_by(|a, b| a.family == b.family) {
        let address = common_prefix(family.iter().map(|e| e.address.as_str()));
        let texts = [0, 1].map(|i| common_prefix(family.iter().map(|e| e.texts[i].as_str())));
        table.push_str(&format!("{address}\t{}\n", serde_json::json!(texts)));
        for entry in family {
            let rest = [0, 1].map(|i| &entry.texts[i][texts[i].len()..]);
            let own = match entry.next {
                true => serde_json::json!([rest[0], rest[1], 1]),
                false => serde_json::json!(rest),
            };
            table.push_str(&format!("{}\t{own}\n", &entry.address[address.len()..]));
        }
    }
    (table.replace('<', "\\u003c"), preamble.unwrap_or_default())
}

/// The longest start all of `texts` share (whole characters).
fn common_prefix<'a>(mut texts: impl Iterator<Item = &'a str>) -> &'a str {
    let first = texts.next().unwrap_or_default();
    texts.fold(first, |prefix, text| {
        let len = prefix
            .chars()
            .zip(text.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        &prefix[..len]
    })
}

/// `markup` with each token replaced by its value; each must be there once,
/// or the captured screen and this file no longer agree.
fn fill(file: &Path, markup: &str, tokens: &[(&str, &str)]) -> Result<String, String> {
    let mut out = markup.to_string();
    for (token, value) in tokens {
        let found = out.matches(token).count();
        if found != 1 {
            return Err(format!(
                "{}: {token} is there {found} times, not once; run `cargo xtask first-screen`",
                file.display()
            ));
        }
        out = out.replace(token, value);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table read back as the file's script reads it: each profile's
    /// address, breadcrumb, heading and next-level flag.
    fn read_back(table: &str) -> Vec<(String, String, String, bool)> {
        let mut family: Option<(&str, Vec<String>)> = None;
        let mut out = Vec::new();
        for line in table.lines().filter(|l| !l.is_empty()) {
            let (key, json) = line.split_once('\t').expect("a tab on every line");
            let texts: serde_json::Value = serde_json::from_str(json).unwrap();
            let text = |i: usize| texts[i].as_str().unwrap().to_string();
            if key.starts_with('#') {
                family = Some((key, vec![text(0), text(1)]));
            } else {
                let (prefix, shared) = family.as_ref().expect("a family's line first");
                out.push((
                    format!("{prefix}{key}"),
                    format!("{}{}", shared[0], text(0)),
                    format!("{}{}", shared[1], text(1)),
                    texts.get(2).is_some(),
                ));
            }
        }
        out
    }

    #[test]
    fn every_profile_s_texts_read_back_whole_and_nothing_ends_the_block() {
        let root = crate::root().join("canon");
        let canon = load_dir(&root).unwrap().canon;
        let (table, preamble) = texts_table(&canon);
        let none = Values::new();
        let expected: Vec<_> = canon
            .profiles()
            .map(|profile| {
                let frames = build_frames(&profile);
                (
                    format!("#family={}&level={}", frames.family, frames.level),
                    text::body(&frames.breadcrumb, &none),
                    text::body(&frames.heading, &none),
                    frames.growth.is_some(),
                )
            })
            .collect();
        assert_eq!(read_back(&table), expected);
        assert!(expected.iter().any(|e| e.3) && expected.iter().any(|e| !e.3));
        // A family's line carries what its profiles share, once.
        assert!(table.contains(
            "\n#family=database-engineering&level=P\t[\"Data & Database Engineering · Database Engineering · P\",\"Goal templates — Database Engineering — P\"]\n2\t[\"2 — Developing Professional\",\"2\",1]\n3\t[\"3 — Career Professional\",\"3\",1]\n4\t[\"4 — Senior Professional\",\"4\",1]\n5\t[\"5 — Principal Professional\",\"5\"]\n"
        ));
        assert!(!preamble.is_empty());

        let pre = for_canon(&root).unwrap().expect("it has one");
        let texts = pre
            .markup
            .split("goalframes-prerender-texts\">")
            .nth(1)
            .unwrap();
        assert_eq!(
            texts.find('<'),
            Some(texts.len() - "</script>".len()),
            "no < before the block's end"
        );
        assert!(pre.markup.contains(&*escape(&canon.name)));
        assert!(pre.markup.contains("<p class=\"canon-notice\">"));
        assert!(
            !pre.markup.contains("%CANON_") && !pre.markup.contains("%PREAMBLE%"),
            "every token filled"
        );
        assert!(pre.script.contains("startsWith(\"goalframes:sheet:\")"));
    }

    #[test]
    fn a_shared_start_is_cut_at_whole_characters() {
        assert_eq!(common_prefix(["a · b", "a · c"].into_iter()), "a · ");
        // "é" and "è" share their first UTF-8 byte, not a character.
        assert_eq!(common_prefix(["xé", "xè"].into_iter()), "x");
        assert_eq!(common_prefix(["same"].into_iter()), "same");
        assert_eq!(common_prefix(std::iter::empty()), "");
    }

    #[test]
    fn a_thousand_families_get_one_and_a_canon_over_the_limit_none() {
        let dir = tempfile::tempdir().unwrap();
        let shipped = crate::root().join("canon/canon.toml");
        crate::gen_canon::generate(1000, &shipped, dir.path()).unwrap();
        let pre = for_canon(dir.path())
            .unwrap()
            .expect("1,000 families are within it");
        assert!(pre.markup.len() < MAX_TABLE_BYTES);
        assert!(build(dir.path(), pre.markup.len() / 2).unwrap().is_none());
    }

    #[test]
    fn a_captured_screen_that_no_longer_agrees_is_refused() {
        let tokens = [("%A%", "a"), ("%B%", "b")];
        let file = Path::new("x.html");
        assert_eq!(fill(file, "<p>%A% %B%</p>", &tokens).unwrap(), "<p>a b</p>");
        let missing = fill(file, "<p>%A%</p>", &tokens).unwrap_err();
        assert!(missing.contains("%B% is there 0 times"), "{missing}");
        assert!(fill(file, "%A%%A%%B%", &tokens).is_err());
    }
}
