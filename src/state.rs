//! App state shared through context: where we are (the URL hash as a
//! [`Location`]) and the sheets, saved to browser storage as they change.
//!
//! Storage is `localStorage`, keys prefixed `goalframes:`. When it is missing or
//! throws, the sheets live in memory only and the page says so.

use goalframes_canon::CANON;
use goalframes_engine::location::Location;
use goalframes_engine::sheet::{Sheet, SHEET_KEY_PREFIX, STORAGE_PREFIX};
use goalframes_engine::values::ValueError;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// What every view reads and writes.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The location the URL hash names.
    pub route: RwSignal<Location>,
    /// Every sheet in this browser, most recently changed first.
    pub sheets: RwSignal<Vec<Sheet>>,
    /// False once browser storage has failed: sheets are then kept in memory.
    pub storage_ok: RwSignal<bool>,
}

impl AppState {
    /// Reads the hash and the saved sheets.
    pub fn new() -> Self {
        let (sheets, storage_ok) = match local_storage() {
            Some(storage) => (load_sheets(&storage), true),
            None => (Vec::new(), false),
        };
        AppState {
            route: RwSignal::new(Location::parse(&current_hash())),
            sheets: RwSignal::new(sheets),
            storage_ok: RwSignal::new(storage_ok),
        }
    }

    /// Follows the URL hash (back, forward, links).
    pub fn follow_hash(&self) {
        let route = self.route;
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            route.set(Location::parse(&current_hash()));
        });
        // The app lives as long as the page: keep listening.
        std::mem::forget(handle);
    }

    /// Goes to a location, adding a history entry.
    pub fn navigate(&self, location: &Location) {
        let hash = location.to_hash();
        if window().location().set_hash(&hash).is_err() {
            self.route.set(location.clone());
        }
    }

    /// The sheet with this id.
    pub fn sheet(&self, id: &str) -> Option<Sheet> {
        self.sheets.with(|s| s.iter().find(|s| s.id == id).cloned())
    }

    /// The id of the sheet the route names, if it exists and is for this profile.
    pub fn open_sheet_id(&self, family: &str, level: &str) -> Option<String> {
        let id = self.route.with(|r| r.sheet.clone())?;
        self.sheets
            .with(|s| {
                s.iter()
                    .any(|s| s.id == id && s.family == family && s.level == level)
            })
            .then_some(id)
    }

    /// Changes the open sheet of a profile, creating it on the first change,
    /// then saves it. The edit's error, if any, leaves the sheet unchanged.
    pub fn edit_sheet(
        &self,
        family: &str,
        level: &str,
        edit: impl FnOnce(&mut Sheet) -> Result<(), ValueError>,
    ) -> Result<(), ValueError> {
        let id = match untrack(|| self.open_sheet_id(family, level)) {
            Some(id) => id,
            None => {
                let sheet = Sheet::new(&new_id(), family, level, &CANON.version, &now());
                let id = sheet.id.clone();
                self.sheets.update(|s| s.insert(0, sheet));
                self.replace_route(|r| r.sheet = Some(id.clone()));
                id
            }
        };
        let mut sheet = untrack(|| self.sheet(&id)).expect("the open sheet exists");
        edit(&mut sheet)?;
        sheet.updated = now();
        self.save(&sheet);
        self.sheets.update(|s| {
            s.retain(|s| s.id != id);
            s.insert(0, sheet);
        });
        Ok(())
    }

    /// Adds a copy of a sheet and saves it.
    pub fn duplicate(&self, id: &str) {
        if let Some(sheet) = untrack(|| self.sheet(id)) {
            let copy = sheet.duplicate(&new_id(), &now());
            self.save(&copy);
            self.sheets.update(|s| s.insert(0, copy));
        }
    }

    /// Renames a sheet (its person).
    pub fn rename(&self, id: &str, name: &str) -> Result<(), ValueError> {
        let Some(mut sheet) = untrack(|| self.sheet(id)) else {
            return Ok(());
        };
        sheet.set_person(name.trim())?;
        sheet.updated = now();
        self.save(&sheet);
        self.sheets.update(|s| {
            if let Some(slot) = s.iter_mut().find(|s| s.id == sheet.id) {
                *slot = sheet;
            }
        });
        Ok(())
    }

    /// Deletes a sheet from the list and from storage.
    pub fn delete(&self, id: &str) {
        if let Some(storage) = self.storage() {
            let key = format!("{SHEET_KEY_PREFIX}{id}");
            if storage.remove_item(&key).is_err() {
                self.storage_ok.set(false);
            }
        }
        self.sheets.update(|s| s.retain(|s| s.id != id));
    }

    /// Writes a sheet to storage; on failure, switches to memory only.
    fn save(&self, sheet: &Sheet) {
        if let Some(storage) = self.storage() {
            if storage
                .set_item(&sheet.storage_key(), &sheet.to_json())
                .is_err()
            {
                self.storage_ok.set(false);
            }
        }
    }

    fn storage(&self) -> Option<web_sys::Storage> {
        if !self.storage_ok.get_untracked() {
            return None;
        }
        let storage = local_storage();
        if storage.is_none() {
            self.storage_ok.set(false);
        }
        storage
    }

    /// Changes the route and the URL without a new history entry.
    fn replace_route(&self, change: impl FnOnce(&mut Location)) {
        let mut location = self.route.get_untracked();
        change(&mut location);
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&location.to_hash()));
        }
        self.route.set(location);
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The page's hash, `#` included (or empty).
fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Browser storage, if it exists and takes a write.
fn local_storage() -> Option<web_sys::Storage> {
    let storage = window().local_storage().ok()??;
    let probe = format!("{STORAGE_PREFIX}probe");
    storage.set_item(&probe, "1").ok()?;
    storage.remove_item(&probe).ok()?;
    Some(storage)
}

/// Every readable sheet in storage, most recently changed first. Unreadable
/// entries are left alone.
fn load_sheets(storage: &web_sys::Storage) -> Vec<Sheet> {
    let count = storage.length().unwrap_or(0);
    let mut sheets: Vec<Sheet> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(SHEET_KEY_PREFIX))
        .filter_map(|key| storage.get_item(&key).ok().flatten())
        .filter_map(|json| Sheet::from_json(&json).ok())
        .collect();
    sheets.sort_by(|a, b| b.updated.cmp(&a.updated));
    sheets
}

/// Now, as ISO 8601.
fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A fresh sheet id: time and randomness, base 36.
fn new_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("{}{}", base36(time), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}
