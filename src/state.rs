//! App state shared through context: where we are (the URL hash as a
//! [`Location`]) and the sheets, saved to browser storage as they change.
//!
//! Storage is `localStorage`, keys prefixed `goalframes:` (see
//! [`crate::storage`] for its faults). When it is missing, the sheets live in
//! memory only and the page says so; when a write fails, the change stays in
//! memory and is written at the next change.
//!
//! Two tabs on one sheet: every write merges with what storage holds, and every
//! `storage` event from another tab merges into memory, with [`Sheet::merge`]
//! against the last copy this tab saw in storage (its base). The rule is **per
//! slot, the last writer wins**: a slot changed in one tab is never undone by a
//! write of the other tab that did not touch that slot.

use std::collections::{BTreeMap, BTreeSet};

use goalframes_canon::CANON;
use goalframes_engine::location::Location;
use goalframes_engine::sheet::{check_profile, ImportError, Sheet, SHEET_KEY_PREFIX};
use goalframes_engine::values::ValueError;
use goalframes_engine::{build_frames, drift, sheet_link};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::storage::{self, local_storage, Unreadable};

/// A valid sheet waiting for the person to confirm its import.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    /// The sheet as read.
    pub sheet: Sheet,
    /// Where it came from: a file name, or "a sheet link".
    pub source: String,
}

/// How to import a sheet whose id is already taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Under its own id (free) or, if taken, replacing that sheet.
    Replace,
    /// Under a new id, next to the existing sheet.
    KeepBoth,
}

/// What every view reads and writes.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The location the URL hash names.
    pub route: RwSignal<Location>,
    /// Every sheet in this browser, most recently changed first.
    pub sheets: RwSignal<Vec<Sheet>>,
    /// False when browser storage cannot be used at all: sheets are then kept in memory.
    pub storage_ok: RwSignal<bool>,
    /// Ids of sheets whose latest change is not in storage (a write failed).
    pub unsaved: RwSignal<BTreeSet<String>>,
    /// Why the last write failed, e.g. "browser storage is full".
    pub write_error: RwSignal<Option<String>>,
    /// Entries under the sheet prefix that could not be read: never written.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// A sheet read from a file or link, waiting for confirmation.
    pub pending_import: RwSignal<Option<PendingImport>>,
    /// Why the last import was refused, or what it did.
    pub import_message: RwSignal<Option<(bool, String)>>,
    /// Per sheet id, the copy this tab last read from or wrote to storage.
    bases: StoredValue<BTreeMap<String, Sheet>>,
}

impl AppState {
    /// Reads the hash and the saved sheets; a sheet link in the hash is offered for import.
    pub fn new() -> Self {
        let (sheets, unreadable, storage_ok) = match local_storage() {
            Some(storage) => {
                let (sheets, unreadable) = storage::load(&storage);
                (sheets, unreadable, true)
            }
            None => (Vec::new(), Vec::new(), false),
        };
        let bases = sheets.iter().map(|s| (s.id.clone(), s.clone())).collect();
        let state = AppState {
            route: RwSignal::new(Location::parse(&current_hash())),
            sheets: RwSignal::new(sheets),
            storage_ok: RwSignal::new(storage_ok),
            unsaved: RwSignal::new(BTreeSet::new()),
            write_error: RwSignal::new(None),
            unreadable: RwSignal::new(unreadable),
            pending_import: RwSignal::new(None),
            import_message: RwSignal::new(None),
            bases: StoredValue::new(bases),
        };
        state.take_sheet_link();
        state
    }

    /// Follows the URL hash (back, forward, links) and other tabs' changes.
    pub fn follow_hash(&self) {
        let state = *self;
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            if !state.take_sheet_link() {
                state.route.set(Location::parse(&current_hash()));
            }
        });
        // The app lives as long as the page: keep listening.
        std::mem::forget(handle);
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if let Some(key) = ev.key() {
                state.storage_changed(&key, ev.new_value());
            }
        });
        std::mem::forget(handle);
    }

    /// If the hash holds a sheet link (`#share=…`), offers it for import and
    /// takes it out of the URL (so that a reload does not offer it again).
    fn take_sheet_link(&self) -> bool {
        let hash = current_hash();
        let Some(link) = share_param(&hash) else {
            return false;
        };
        let result = sheet_link::decode(link)
            .map_err(|e| e.to_string())
            .and_then(|sheet| check_profile(sheet, &CANON).map_err(|e| e.to_string()));
        self.offer_import(result, "a sheet link");
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("#"));
        }
        self.route.set(Location::default());
        true
    }

    /// Shows a read sheet for confirmation, or why it cannot be imported.
    /// Nothing is saved yet.
    pub fn offer_import(&self, result: Result<Sheet, String>, source: &str) {
        match result {
            Ok(sheet) => {
                self.import_message.set(None);
                self.pending_import.set(Some(PendingImport {
                    sheet,
                    source: source.to_string(),
                }));
            }
            Err(e) => {
                self.pending_import.set(None);
                self.import_message.set(Some((
                    false,
                    format!("Could not import {source}: {e}. Nothing was changed."),
                )));
            }
        }
    }

    /// Reads a file's bytes as a sheet and offers it; see [`Self::offer_import`].
    pub fn offer_file(&self, name: &str, bytes: &[u8]) {
        let result =
            goalframes_engine::sheet::import(bytes, &CANON).map_err(|e: ImportError| e.to_string());
        self.offer_import(result, &format!("“{name}”"));
    }

    /// True when importing this sheet under its id would replace something:
    /// a sheet of this browser, or an entry that could not be read.
    pub fn id_taken(&self, id: &str) -> bool {
        let key = format!("{SHEET_KEY_PREFIX}{id}");
        self.sheets.with(|s| s.iter().any(|s| s.id == id))
            || self.unreadable.with(|u| u.iter().any(|u| u.key == key))
    }

    /// Imports the pending sheet and opens it.
    pub fn confirm_import(&self, mode: ImportMode) {
        let Some(PendingImport { mut sheet, .. }) = self.pending_import.get_untracked() else {
            return;
        };
        let unreadable_key = {
            let key = sheet.storage_key();
            self.unreadable
                .with_untracked(|u| u.iter().any(|u| u.key == key))
        };
        if mode == ImportMode::KeepBoth || unreadable_key {
            sheet.id = new_id();
        }
        let id = sheet.id.clone();
        // A replacement is the person's explicit choice: the whole sheet, no merge.
        self.bases.update_value(|b| {
            b.remove(&id);
        });
        let stored = self.write_sheet(sheet, true);
        self.sheets.update(|s| {
            s.retain(|s| s.id != id);
            s.insert(0, stored.clone());
        });
        self.pending_import.set(None);
        self.import_message
            .set(Some((true, format!("Imported “{}”.", stored.name()))));
        self.navigate(&Location {
            sheet: Some(id),
            ..Location::profile(&stored.family, &stored.level)
        });
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
                let mut sheet = Sheet::new(&new_id(), family, level, &CANON.version, &now());
                sheet.stamp(
                    &CANON.name,
                    &CANON.version,
                    current_fingerprints(family, level),
                );
                let id = sheet.id.clone();
                self.sheets.update(|s| s.insert(0, sheet));
                self.replace_route(|r| r.sheet = Some(id.clone()));
                id
            }
        };
        let mut sheet = untrack(|| self.sheet(&id)).expect("the open sheet exists");
        let before = sheet.clone();
        edit(&mut sheet)?;
        // Edit times per slot let another tab's copy merge in: the last writer wins.
        sheet.touch_changes(&before, &now());
        // A sheet saved before fingerprints existed, under this canon version:
        // its values were filled against today's text.
        if sheet.fingerprints.is_empty() && sheet.canon_version == CANON.version {
            sheet.stamp(
                &CANON.name,
                &CANON.version,
                current_fingerprints(family, level),
            );
        }
        sheet.updated = now();
        self.put(sheet);
        Ok(())
    }

    /// Records that a sheet's values were reviewed against today's canon: its
    /// canon version and fingerprints become today's. Values are kept, orphaned ones too.
    pub fn mark_reviewed(&self, id: &str) {
        if let Some(mut sheet) = untrack(|| self.sheet(id)) {
            let fingerprints = current_fingerprints(&sheet.family, &sheet.level);
            sheet.stamp(&CANON.name, &CANON.version, fingerprints);
            sheet.updated = now();
            self.put(sheet);
        }
    }

    /// Saves a changed sheet and shows it first in the list, as merged with storage.
    fn put(&self, sheet: Sheet) {
        let id = sheet.id.clone();
        let saved = self.write_sheet(sheet, false);
        self.sheets.update(|s| {
            s.retain(|s| s.id != id);
            s.insert(0, saved);
        });
        self.retry_unsaved(&id);
    }

    /// Writes a sheet to storage and returns it as it now stands. Unless
    /// `replace`, it is first merged with the copy in storage (another tab's
    /// changes), per slot. A failed write keeps the sheet in memory, marked unsaved.
    fn write_sheet(&self, mine: Sheet, replace: bool) -> Sheet {
        let Some(storage) = self.storage() else {
            return mine;
        };
        let key = mine.storage_key();
        if self
            .unreadable
            .with_untracked(|u| u.iter().any(|u| u.key == key))
        {
            // Never write over data we could not read.
            self.mark_unsaved(
                &mine.id,
                "its saved entry could not be read and is kept as it is",
            );
            return mine;
        }
        let stored = storage.get_item(&key).ok().flatten();
        let merged = match stored
            .as_deref()
            .map(|text| storage::read_sheet(&key, text))
        {
            Some(Err(reason)) => {
                self.set_aside(key, stored.unwrap_or_default(), reason);
                self.mark_unsaved(
                    &mine.id,
                    "its saved entry could not be read and is kept as it is",
                );
                return mine;
            }
            Some(Ok(theirs)) if !replace => {
                let base = self.bases.with_value(|b| b.get(&mine.id).cloned());
                match base {
                    Some(base) if base != theirs => mine.merge(&base, &theirs),
                    Some(_) => mine,
                    // Never seen by this tab: my slots win, theirs fill the rest.
                    None => mine.merge(&theirs, &theirs),
                }
            }
            _ => mine,
        };
        match storage::write(&storage, &key, &merged.to_json()) {
            Ok(()) => {
                self.bases.update_value(|b| {
                    b.insert(merged.id.clone(), merged.clone());
                });
                if self.unsaved.with_untracked(|u| u.contains(&merged.id)) {
                    self.unsaved.update(|u| {
                        u.remove(&merged.id);
                    });
                }
                if self.unsaved.with_untracked(|u| u.is_empty()) {
                    self.write_error.set(None);
                }
            }
            Err(why) => self.mark_unsaved(&merged.id, &why),
        }
        merged
    }

    /// After a successful save, writes the other sheets whose changes are only in memory.
    fn retry_unsaved(&self, just_saved: &str) {
        let pending: Vec<String> = self
            .unsaved
            .with_untracked(|u| u.iter().filter(|id| *id != just_saved).cloned().collect());
        if pending.is_empty() || self.unsaved.with_untracked(|u| u.contains(just_saved)) {
            return;
        }
        for id in pending {
            if let Some(sheet) = untrack(|| self.sheet(&id)) {
                let saved = self.write_sheet(sheet, false);
                self.sheets.update(|s| {
                    if let Some(slot) = s.iter_mut().find(|s| s.id == id) {
                        *slot = saved;
                    }
                });
            }
        }
    }

    fn mark_unsaved(&self, id: &str, why: &str) {
        if !self.unsaved.with_untracked(|u| u.contains(id)) {
            self.unsaved.update(|u| {
                u.insert(id.to_string());
            });
        }
        self.write_error.set(Some(why.to_string()));
    }

    fn set_aside(&self, key: String, text: String, reason: String) {
        self.unreadable.update(|u| {
            u.retain(|u| u.key != key);
            u.push(Unreadable { key, text, reason });
        });
    }

    /// Another tab changed storage: merge its copy of a sheet into ours, per
    /// slot, keeping this tab's changes that are not in storage yet.
    fn storage_changed(&self, key: &str, new_value: Option<String>) {
        let Some(id) = key.strip_prefix(SHEET_KEY_PREFIX) else {
            return;
        };
        let Some(text) = new_value else {
            // Deleted in another tab; kept here only if it holds unsaved changes.
            if !self.unsaved.with_untracked(|u| u.contains(id)) {
                self.bases.update_value(|b| {
                    b.remove(id);
                });
                self.sheets.update(|s| s.retain(|s| s.id != id));
            }
            return;
        };
        let theirs = match storage::read_sheet(key, &text) {
            Ok(sheet) => sheet,
            Err(reason) => {
                self.set_aside(key.to_string(), text, reason);
                return;
            }
        };
        if self
            .unreadable
            .with_untracked(|u| u.iter().any(|u| u.key == key))
        {
            self.unreadable.update(|u| u.retain(|u| u.key != key));
        }
        let mine = untrack(|| self.sheet(id));
        let base = self.bases.with_value(|b| b.get(id).cloned());
        self.bases.update_value(|b| {
            b.insert(id.to_string(), theirs.clone());
        });
        let merged = match (mine, base) {
            (Some(mine), Some(base)) => mine.merge(&base, &theirs),
            (Some(mine), None) => mine.merge(&theirs, &theirs),
            (None, _) => theirs.clone(),
        };
        let merged = if merged != theirs {
            // This tab holds changes the other tab has not seen: write them back.
            self.write_sheet(merged, false)
        } else {
            merged
        };
        self.sheets
            .update(|s| match s.iter_mut().find(|s| s.id == id) {
                Some(slot) => *slot = merged,
                None => s.insert(0, merged),
            });
    }

    /// Adds a copy of a sheet and saves it.
    pub fn duplicate(&self, id: &str) {
        if let Some(sheet) = untrack(|| self.sheet(id)) {
            let copy = sheet.duplicate(&new_id(), &now());
            let copy = self.write_sheet(copy, true);
            self.sheets.update(|s| s.insert(0, copy));
        }
    }

    /// Renames a sheet (its person).
    pub fn rename(&self, id: &str, name: &str) -> Result<(), ValueError> {
        let Some(mut sheet) = untrack(|| self.sheet(id)) else {
            return Ok(());
        };
        let before = sheet.clone();
        sheet.set_person(name.trim())?;
        sheet.touch_changes(&before, &now());
        sheet.updated = now();
        let saved = self.write_sheet(sheet, false);
        self.sheets.update(|s| {
            if let Some(slot) = s.iter_mut().find(|s| s.id == saved.id) {
                *slot = saved;
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
        self.bases.update_value(|b| {
            b.remove(id);
        });
        if self.unsaved.with_untracked(|u| u.contains(id)) {
            self.unsaved.update(|u| {
                u.remove(id);
            });
        }
        self.sheets.update(|s| s.retain(|s| s.id != id));
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

/// The sheet link in a hash (`#share=…`, alone or among other parameters).
pub fn share_param(hash: &str) -> Option<&str> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{}=", sheet_link::PARAM)))
}

/// Today's fingerprints of a profile's items (none for a profile this canon lacks).
pub fn current_fingerprints(family: &str, level: &str) -> drift::Fingerprints {
    CANON
        .profile(family, level)
        .map(|p| drift::fingerprints(&build_frames(&p)))
        .unwrap_or_default()
}

/// Now, as ISO 8601.
pub fn now() -> String {
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
