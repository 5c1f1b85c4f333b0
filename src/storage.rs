//! Browser storage (`localStorage`) and what can go wrong with it.
//!
//! Three faults are expected and handled without losing a typed value:
//! - storage is disabled (reading `localStorage` throws): sheets live in memory;
//! - storage is full (`setItem` throws `QuotaExceededError`): the change stays in
//!   memory, the page says it is not saved, and every later change retries;
//! - an entry under `goalframes:sheet:` cannot be read (corrupt JSON, another
//!   schema, a hand edit): it is set aside as [`Unreadable`], never written
//!   over, and offered as a download.

use goalframes_engine::sheet::{Sheet, SHEET_KEY_PREFIX};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::AppState;

/// A storage entry the app could not read, kept as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// Its storage key, e.g. `goalframes:sheet:abc`.
    pub key: String,
    /// Its text, exactly as stored.
    pub text: String,
    /// Why it could not be read.
    pub reason: String,
}

/// Browser storage, if the page may use it.
pub fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Every sheet in storage, most recently changed first, and the entries under
/// the sheet prefix that are not readable sheets.
pub fn load(storage: &web_sys::Storage) -> (Vec<Sheet>, Vec<Unreadable>) {
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(SHEET_KEY_PREFIX))
        .collect();
    let mut sheets = Vec::new();
    let mut unreadable = Vec::new();
    for key in keys {
        let Some(text) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        match read_sheet(&key, &text) {
            Ok(sheet) => sheets.push(sheet),
            Err(reason) => unreadable.push(Unreadable { key, text, reason }),
        }
    }
    sheets.sort_by(|a, b| b.updated.cmp(&a.updated));
    (sheets, unreadable)
}

/// The sheet stored under `key`: valid, and saved under its own id (a sheet
/// under another sheet's key would overwrite it when saved).
pub fn read_sheet(key: &str, text: &str) -> Result<Sheet, String> {
    let sheet = Sheet::from_json(text).map_err(|e| e.to_string())?;
    if sheet.storage_key() != key {
        return Err(format!(
            "it names sheet id “{}”, not the id of its key",
            sheet.id
        ));
    }
    Ok(sheet)
}

/// Writes one entry; on failure, says why in a sentence.
pub fn write(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), String> {
    storage.set_item(key, value).map_err(|e| describe(&e))
}

/// A storage exception in words.
fn describe(error: &JsValue) -> String {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        "browser storage is full".to_string()
    } else if name.is_empty() {
        "browser storage refused the change".to_string()
    } else {
        format!("browser storage refused the change ({name})")
    }
}

/// What went wrong with storage, in the banner: unsaved changes, and entries
/// that could not be read, each with a download of its text.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let unsaved = move || {
        let count = state.unsaved.with(|u| u.len());
        (count > 0 && state.storage_ok.get()).then(|| {
            let why = state
                .write_error
                .get()
                .unwrap_or_else(|| "browser storage refused the change".to_string());
            let sheets = if count == 1 {
                "1 sheet has".to_string()
            } else {
                format!("{count} sheets have")
            };
            view! {
                <p class="storage-notice" role="alert">
                    {format!(
                        "Not saved: {why}. {sheets} changes kept in this tab only. Saving is tried again at every change; export the sheet (JSON) to keep a copy now."
                    )}
                </p>
            }
        })
    };
    let unreadable = move || {
        state.unreadable.with(|u| {
            (!u.is_empty()).then(|| {
                let rows = u
                    .iter()
                    .map(|entry| {
                        let text = entry.text.clone();
                        let file = format!(
                            "unreadable-{}.json",
                            crate::exports::file_stem(
                                entry.key.strip_prefix(SHEET_KEY_PREFIX).unwrap_or(&entry.key)
                            )
                        );
                        let label = format!("Download {}", entry.key);
                        view! {
                            <li>
                                <code>{entry.key.clone()}</code>
                                {format!(": {}. ", entry.reason)}
                                <button
                                    type="button"
                                    aria-label=label
                                    on:click=move |_| {
                                        crate::exports::download(
                                            &file,
                                            "application/json",
                                            text.as_bytes(),
                                        )
                                    }
                                >
                                    "Download"
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="storage-notice unreadable" role="status">
                        <p>
                            "Some saved data could not be read. It is left exactly as it is in this browser and never written over; download it to keep it or to show it to someone who can repair it."
                        </p>
                        <ul>{rows}</ul>
                    </div>
                }
            })
        })
    };
    view! {
        {unsaved}
        {unreadable}
    }
}
