//! `localStorage` and its `storage` events (another tab's changes). The sheet
//! store reaches it through its key-value interface
//! (`LocalStorage` in `state/key_value.rs`).

use wasm_bindgen::JsCast;

/// Why storage refused: the quota is full, or another reason (its exception's name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// `QuotaExceededError`.
    Full,
    /// Any other exception, by name (empty when it has none).
    Other(String),
}

fn storage() -> Result<web_sys::Storage, Refusal> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| Refusal::Other("storage is unavailable".into()))
}

/// True when the page may use storage (reading `localStorage` throws when it is disabled).
pub fn available() -> bool {
    storage().is_ok()
}

/// A storage exception as a [`Refusal`].
fn refusal(error: &wasm_bindgen::JsValue) -> Refusal {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        Refusal::Full
    } else {
        Refusal::Other(name)
    }
}

/// Every key.
pub fn keys() -> Result<Vec<String>, Refusal> {
    let storage = storage()?;
    let count = storage.length().map_err(|e| refusal(&e))?;
    Ok((0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect())
}

/// The text under `key`, if any.
pub fn get(key: &str) -> Result<Option<String>, Refusal> {
    storage()?.get_item(key).map_err(|e| refusal(&e))
}

/// Puts text under `key`.
pub fn set(key: &str, value: &str) -> Result<(), Refusal> {
    storage()?.set_item(key, value).map_err(|e| refusal(&e))
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), Refusal> {
    storage()?.remove_item(key).map_err(|e| refusal(&e))
}

/// Calls `changed` with the key of every change another tab makes to storage.
pub fn on_change(changed: impl Fn(&str) + 'static) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            changed(&key);
        }
    });
}
