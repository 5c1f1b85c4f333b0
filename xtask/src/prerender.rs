//! The top of a profile's page, pre-rendered into the single file: opened at a
//! profile's address, the file paints the banner, breadcrumb, heading and
//! preamble as soon as it is parsed, before the wasm has inflated, compiled
//! and built the app's view (~100 ms later). The app takes over when it
//! starts: it builds its own view and removes these elements in the same task
//! (`browser::page::remove_prerender`), so the two never show together.
//!
//! The texts are the engine's (`text::body` of the profile's lines, as the
//! profile page shows them); the markup mirrors the app's banner
//! (`src/views/app.rs`) and page top (`src/views/profile/mod.rs`). The
//! end-to-end test "a profile's address paints its top before the app…"
//! holds the two to the same texts at the same places. The elements are
//! `inert`: nothing in them can be clicked or focused before the app is there.

use std::path::Path;

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::portal::EmbedOptions;
use goalframes_engine::render::{html::escape, text};
use goalframes_engine::url::{Hash, Location};
use goalframes_engine::{build_frames, Values};

/// The texts cost ~170 bytes a profile (86 KB for the 506 profiles of 100
/// families), parsed before anything paints. At 1,000 families they would be
/// ~850 KB, ~45 ms of parsing that would hold back the app's own view as much
/// as the early top gains; above this size the file carries none.
const MAX_TABLE_BYTES: usize = 128 * 1024;

/// The markup and the script that puts it in, for the single file's body.
pub struct Prerender {
    /// A `<template>` with the page top, the profile's texts left empty.
    pub template: String,
    /// A classic script: fills the template for the address opened, if it is
    /// a profile's plain address, and puts it at the top of the body.
    pub script: String,
}

/// The pre-rendered page top for the canon in `canon_dir` (the one the wasm
/// embeds), or `None` when the canon has too many profiles for it to pay.
pub fn for_canon(canon_dir: &Path) -> Result<Option<Prerender>, String> {
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
    // Address → [breadcrumb, heading], for the addresses the app's own links use.
    let mut tops = serde_json::Map::new();
    let mut preamble = String::new();
    for profile in canon.profiles() {
        let frames = build_frames(&profile);
        let address = Hash::of(
            &Location::profile(&frames.family, &frames.level),
            &EmbedOptions::default(),
        );
        let texts = [&frames.breadcrumb, &frames.heading].map(|l| text::body(l, &none));
        tops.insert(address, serde_json::json!(texts));
        // The same for every profile of the canon.
        preamble = text::body(&frames.preamble, &none);
    }
    // `<` escaped: no text can end the script element early.
    let table = serde_json::Value::Object(tops)
        .to_string()
        .replace('<', "\\u003c");
    if table.len() > MAX_TABLE_BYTES {
        return Ok(None);
    }

    let notice = canon
        .notice
        .as_deref()
        .map(|n| format!("<p class=\"canon-notice\">{}</p>", escape(n)))
        .unwrap_or_default();
    let template = format!(
        "<template id=\"goalframes-prerender\">\
         <header class=\"banner\" data-prerender inert><div class=\"banner-row\">\
         <a class=\"brand\" href=\"#\">Goalframes</a>\
         <p class=\"canon-stamp\">Canon: <strong>{name}</strong> <span class=\"version\">{version}</span></p>\
         </div>{notice}</header>\
         <main data-prerender inert><div class=\"profile\">\
         <nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"#\">All profiles</a></li>\
         <li aria-current=\"page\"></li></ol></nav>\
         <h1></h1><p class=\"preamble\">{preamble}</p>\
         </div></main></template>",
        name = escape(&canon.name),
        version = escape(&canon.version),
        preamble = escape(&preamble),
    );
    let script = format!(
        "{{const top={table}[location.hash];\
         if(top){{const page=document.getElementById(\"goalframes-prerender\").content.cloneNode(true);\
         page.querySelector(\"[aria-current]\").textContent=top[0];\
         page.querySelector(\"h1\").textContent=top[1];\
         document.body.prepend(page);}}}}"
    );
    Ok(Some(Prerender { template, script }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_canon_gets_every_profile_s_top_and_no_markup_in_the_script() {
        let root = crate::root().join("canon");
        let pre = for_canon(&root)
            .unwrap()
            .expect("the shipped canon is small");
        let canon = load_dir(&root).unwrap().canon;
        let count = canon.profiles().count();
        assert_eq!(pre.script.matches("\"#family=").count(), count);
        assert!(pre.script.contains(
            "\"#family=database-engineering&level=P4\":[\"Data & Database Engineering · Database Engineering · P4 — Senior Professional\",\"Goal templates — Database Engineering — P4\"]"
        ));
        assert!(
            !pre.script.contains('<'),
            "a script holding < could be ended early"
        );
        assert!(pre.template.contains(&*escape(&canon.name)));
    }

    #[test]
    fn a_canon_too_large_for_it_gets_none() {
        let dir = tempfile::tempdir().unwrap();
        let shipped = crate::root().join("canon/canon.toml");
        crate::gen_canon::generate(300, &shipped, dir.path()).unwrap();
        assert!(for_canon(dir.path()).unwrap().is_none());
    }
}
