//! The URL hash as the browser holds it; what it means is the engine's
//! (`goalframes_engine::url`).

use wasm_bindgen::{JsCast, JsValue};

/// The page's hash, `#` included (or empty); when it is longer than `limit`
/// characters, only its length: a hash of megabytes (a broken or hostile
/// sheet link) is not copied into the app to be refused.
pub fn current(limit: usize) -> Result<String, usize> {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Ok(String::new());
    };
    let hash = js_sys::Reflect::get(&location, &JsValue::from_str("hash"))
        .ok()
        .and_then(|h| h.dyn_into::<js_sys::JsString>().ok());
    match hash {
        Some(hash) if hash.length() as usize > limit => Err(hash.length() as usize),
        Some(hash) => Ok(hash.into()),
        None => Ok(String::new()),
    }
}

/// Goes to a hash, adding a history entry; false when the browser refused.
pub fn go(hash: &str) -> bool {
    web_sys::window().is_some_and(|w| w.location().set_hash(hash).is_ok())
}

/// Changes the hash without a history entry (and without a `hashchange`).
pub fn replace(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// The page's address without its hash.
pub fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Calls `changed` whenever the hash changes (links, back, forward).
pub fn on_change(changed: impl Fn() + 'static) {
    // The listener lives as long as the page: its handle is not kept.
    let _ = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |_| changed());
}
