//! The page's language as the browser knows it: the person's languages
//! (`navigator.languages`), the choice made with the language switch
//! (kept in storage), and `<html lang dir>`.

use goalframes_engine::message::CHOSEN_LANG_KEY as CHOSEN;
use goalframes_engine::Lang;

/// The browser's languages, most preferred first (`navigator.languages`).
pub fn preferred() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The language chosen with the switch in this browser, as stored.
pub fn chosen() -> Option<String> {
    super::storage::get(CHOSEN).ok().flatten()
}

/// Keeps the language chosen with the switch (where storage allows).
pub fn choose(lang: Lang) {
    let _ = super::storage::set(CHOSEN, lang.tag());
}

/// Sets `<html lang>` and `dir` (every language Goalframes speaks is
/// written left to right).
pub fn set_document(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", "ltr");
    }
}
