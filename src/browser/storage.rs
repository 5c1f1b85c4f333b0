//! `localStorage`, as the sheet store's [`KeyValue`], and its `storage`
//! events (another tab's changes).

use wasm_bindgen::JsCast;

use crate::state::key_value::{KeyValue, StorageError};

/// The page's `localStorage`, fetched at each call (nothing to hold: the
/// handle is not `Send`, and the store lives in a signal).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LocalStorage;

impl LocalStorage {
    /// The storage, when the page may use it (reading `localStorage` throws
    /// when storage is disabled).
    pub fn available() -> Option<LocalStorage> {
        storage().map(|_| LocalStorage)
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn unavailable() -> StorageError {
    StorageError::Refused("storage is unavailable".into())
}

/// A storage exception in words.
fn describe(error: &wasm_bindgen::JsValue) -> StorageError {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::Full
    } else {
        StorageError::Refused(name)
    }
}

impl KeyValue for LocalStorage {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = storage().ok_or_else(unavailable)?;
        let count = storage.length().map_err(|e| describe(&e))?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        storage()
            .ok_or_else(unavailable)?
            .get_item(key)
            .map_err(|e| describe(&e))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        storage()
            .ok_or_else(unavailable)?
            .set_item(key, value)
            .map_err(|e| describe(&e))
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        storage()
            .ok_or_else(unavailable)?
            .remove_item(key)
            .map_err(|e| describe(&e))
    }
}

/// Calls `changed` with the key of every change another tab makes to storage.
pub fn on_change(changed: impl Fn(&str) + 'static) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            changed(&key);
        }
    });
}
