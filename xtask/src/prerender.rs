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
use goalframes_engine::portal::EmbedOptions;
use goalframes_engine::render::{html::escape, text};
use goalframes_engine::sheet::SHEET_KEY_PREFIX;
use goalframes_engine::url::{Hash, Location};
use goalframes_engine::{build_frames, Values};

/// The app's first screen, captured from it (see the module's comment).
pub fn first_screen_file() -> PathBuf {
    crate::root().join("xtask/src/first-screen.html")
}

/// The profiles' texts cost ~175 bytes a profile (860 KB for the 4,917
/// profiles of 1,000 families, +61 KB gzip), and the file's script finds the
/// address opened in them with one `indexOf`: about 20 ms before the first
/// paint at that size, where a JavaScript object of them would cost twice
/// that to parse. Past this size (some 12,000 profiles) the file carries none.
const MAX_TABLE_BYTES: usize = 2 * 1024 * 1024;

/// Finds the address opened (`location.hash`, exactly as the app's links
/// write it) among the profiles' lines; if it is there, fills a copy of the
/// template with that profile's texts and puts it at the top of the body.
/// Not when this browser holds a saved sheet (or its storage cannot be
/// read): the app's sheet panel would then list them (or say so), and the
/// first screen would move when the app takes over. `SHEET_KEY_PREFIX` is
/// replaced by the engine's.
const SCRIPT: &str = "{let fresh=true;\
    try{for(let i=0;i<localStorage.length;i++)if(localStorage.key(i).startsWith(\"SHEET_KEY_PREFIX\"))fresh=false;}catch(e){fresh=false;}\
    const texts=document.getElementById(\"goalframes-prerender-texts\").textContent,\
    at=fresh?texts.indexOf(\"\\n\"+location.hash+\"\\t\"):-1,\
    top=at<0?null:JSON.parse(texts.slice(texts.indexOf(\"\\t\",at)+1,texts.indexOf(\"\\n\",at+1)));\
    if(top){const page=document.getElementById(\"goalframes-prerender\").content.cloneNode(true);\
    page.querySelector(\"[aria-current]\").textContent=top[0];\
    page.querySelector(\"h1\").textContent=top[1];\
    if(!top[2])page.querySelector(\".profile-actions .button-link\").remove();\
    document.body.prepend(page);}}";

/// The markup and the script that puts it in, for the single file's body.
pub struct Prerender {
    /// A `<template>` with the first screen, the profile's texts left empty,
    /// and a data block (`<script type="text/plain">`, never run) with each
    /// profile's texts on a line: `\n{address}\t{JSON array}`.
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
    let none = Values::new();
    // A line per profile: the address the app's own links use, a tab, then
    // [breadcrumb, heading] and a 1 when there is a next level to compare
    // with. JSON escapes every line break and tab inside the texts.
    let mut table = String::from("\n");
    let mut preamble = None;
    for profile in canon.profiles() {
        let frames = build_frames(&profile);
        let address = Hash::of(
            &Location::profile(&frames.family, &frames.level),
            &EmbedOptions::default(),
        );
        let [breadcrumb, heading] =
            [&frames.breadcrumb, &frames.heading].map(|l| text::body(l, &none));
        let entry = match frames.growth {
            Some(_) => serde_json::json!([breadcrumb, heading, 1]),
            None => serde_json::json!([breadcrumb, heading]),
        };
        // No address holds a tab or a line break (they are percent-encoded);
        // one that did would only go without a pre-render.
        if !address.contains(['\t', '\n']) {
            table.push_str(&format!("{address}\t{entry}\n"));
        }
        // The same for every profile of the canon.
        preamble.get_or_insert_with(|| text::body(&frames.preamble, &none));
    }
    // `<` escaped (in JSON, as \u003c; in an address it never is bare): no
    // text can end the data block early.
    let table = table.replace('<', "\\u003c");
    if table.len() > max_table_bytes {
        return Ok(None);
    }

    let screen = std::fs::read_to_string(first_screen_file())
        .map_err(|e| format!("{}: {e}", first_screen_file().display()))?;
    let notice = canon
        .notice
        .as_deref()
        .map(|n| format!("<p class=\"canon-notice\">{}</p>", escape(n)))
        .unwrap_or_default();
    let screen = fill(
        &screen,
        &[
            ("%CANON_NAME%", &escape(&canon.name)),
            ("%CANON_VERSION%", &escape(&canon.version)),
            ("%CANON_NOTICE%", &notice),
            ("%PREAMBLE%", &escape(&preamble.unwrap_or_default())),
        ],
    )?;
    let markup = format!(
        "<template id=\"goalframes-prerender\">{screen}</template>\
         <script type=\"text/plain\" id=\"goalframes-prerender-texts\">{table}</script>"
    );
    Ok(Some(Prerender {
        markup,
        script: SCRIPT.replace("SHEET_KEY_PREFIX", SHEET_KEY_PREFIX),
    }))
}

/// `markup` with each token replaced by its value; each must be there once,
/// or the captured screen and this file no longer agree.
fn fill(markup: &str, tokens: &[(&str, &str)]) -> Result<String, String> {
    let mut out = markup.to_string();
    for (token, value) in tokens {
        let found = out.matches(token).count();
        if found != 1 {
            return Err(format!(
                "{}: {token} is there {found} times, not once; run `cargo xtask first-screen`",
                first_screen_file().display()
            ));
        }
        out = out.replace(token, value);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_canon_gets_every_profile_s_texts_and_nothing_that_ends_the_block() {
        let root = crate::root().join("canon");
        let pre = for_canon(&root).unwrap().expect("it has one");
        let canon = load_dir(&root).unwrap().canon;
        let count = canon.profiles().count();
        assert_eq!(pre.markup.matches("\n#family=").count(), count);
        assert!(pre.markup.contains(
            "\n#family=database-engineering&level=P4\t[\"Data & Database Engineering · Database Engineering · P4 — Senior Professional\",\"Goal templates — Database Engineering — P4\",1]\n"
        ));
        // The family's top level has no next level to compare with.
        assert!(pre
            .markup
            .contains("\"Goal templates — Database Engineering — P5\"]\n"));
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
        assert_eq!(fill("<p>%A% %B%</p>", &tokens).unwrap(), "<p>a b</p>");
        let missing = fill("<p>%A%</p>", &tokens).unwrap_err();
        assert!(missing.contains("%B% is there 0 times"), "{missing}");
        assert!(fill("%A%%A%%B%", &tokens).is_err());
    }
}
