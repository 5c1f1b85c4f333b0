//! The sheet store: the one owner of this tab's sheets and of the rule
//! **never lose a typed value**.
//!
//! Plain Rust over a [`KeyValue`] storage (browser storage in the page, memory
//! in tests), with no signals: the app keeps one store in a signal and every
//! change goes through it. It holds the sheets, the copy of each this tab last
//! saw in storage (its *base*), which changes are not saved yet, the entries it
//! could not read, and notices of what another tab did.
//!
//! - **Write, retry.** Every change is written at once. A write that fails
//!   (storage full or refused) leaves the change in memory, marked unsaved, and
//!   every later change tries again; nothing is dropped.
//! - **Unreadable entries** (corrupt JSON, a later schema, a hand edit) are set
//!   aside as they are and never written over.
//! - **Two tabs.** A write merges with what storage holds, and a change another
//!   tab made merges into this tab's copy ([`Sheet::merge`]), part by part, by
//!   the writes each copy has seen: a part changed on one side only keeps that
//!   change, whatever any clock says (even when the other tab wrote from a
//!   stale read, as browsers' storage allows across tabs); a part changed on
//!   both takes one whole value. Every change records this tab's write
//!   ([`SheetStore::tab`]); imports are one local change made now ([`Sheet::restamp`]).
//! - **Replace and delete** in another tab are followed here, with a notice
//!   that offers to keep what this tab held.
//! - **Overwritten text.** When another tab's write replaces a slot value this
//!   tab typed (the same slot typed in both at once, or changed there later),
//!   this tab takes the value that stands, as every tab does, and records
//!   what it typed ([`Overwritten`]): the page says so beside the slot and
//!   offers to keep this tab's text, which is then written as a new change.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use goalframes_engine::sheet::review::{locked_change, LockedChange};
use goalframes_engine::sheet::{Sheet, SheetError, SHEET_KEY_PREFIX};
use goalframes_engine::{Catalog, Message, SlotKind};

use crate::state::key_value::{KeyValue, StorageError};

mod open;
pub use open::CanonStamp;

/// A storage entry the app could not read, kept as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Its storage key, e.g. `goalframes:sheet:abc`.
    pub key: String,
    /// Its text, exactly as stored.
    pub text: String,
    /// Why it could not be read.
    pub reason: UnreadableReason,
}

/// Why a stored entry could not be read.
#[derive(Clone, Debug)]
pub enum UnreadableReason {
    /// It is not a valid sheet (shared: a JSON error is not `Clone`).
    Sheet(Arc<SheetError>),
    /// A valid sheet, under another sheet's key: its id.
    OtherId(String),
}

// Reasons compare by what they say: a JSON error has no other equality.
impl PartialEq for UnreadableReason {
    fn eq(&self, other: &Self) -> bool {
        self.to_string() == other.to_string()
    }
}

impl Eq for UnreadableReason {}

impl Message for UnreadableReason {
    fn message(&self, t: &Catalog) -> String {
        match self {
            UnreadableReason::Sheet(e) => e.message(t),
            UnreadableReason::OtherId(id) => t.store_other_id(id),
        }
    }
}

goalframes_engine::english_display!(UnreadableReason);

/// Why the last write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// Storage refused a save.
    Storage(StorageError),
    /// Storage refused a deletion.
    NotDeleted(StorageError),
    /// Storage's entry for the sheet could not be read: it is kept as it is.
    KeptAsIs,
}

impl Message for WriteError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            WriteError::Storage(e) => e.message(t),
            WriteError::NotDeleted(e) => t.store_not_deleted(&e.message(t)),
            WriteError::KeptAsIs => t.store_kept_as_is().to_string(),
        }
    }
}

goalframes_engine::english_display!(WriteError);

/// What another tab did to a sheet this tab held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Another tab deleted it.
    DeletedElsewhere,
    /// Another tab replaced it by an import while this tab had changes not
    /// yet in storage (they are in the notice's sheet).
    ReplacedElsewhere,
}

/// A sheet another tab deleted or replaced, as this tab last held it: offered
/// to be kept, never silently dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// What happened.
    pub kind: NoticeKind,
    /// The sheet as this tab held it.
    pub sheet: Sheet,
}

/// A slot value typed in this tab that another tab's write replaced: the
/// sheet now holds `theirs` (in every tab and in storage); `mine` is offered
/// back until the person keeps it, dismisses it, or types in the slot again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overwritten {
    /// The sheet's id.
    pub sheet: String,
    /// The item whose slot it is, e.g. `smart-1`.
    pub item: String,
    /// The slot.
    pub slot: SlotKind,
    /// What this tab had typed ("" when it had cleared the slot).
    pub mine: String,
    /// What the slot holds now ("" when the other tab cleared it).
    pub theirs: String,
}

/// The item and slot of a slot value's part key (`smart-1/target`); `None`
/// for the other parts (`keep/…`, `own/…`, `person`, …).
fn slot_of(key: &str) -> Option<(&str, SlotKind)> {
    let (item, slot) = key.split_once('/')?;
    Some((item, SlotKind::from_id(slot)?))
}

/// How to import a sheet whose id is already taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Under its own id (free) or, if taken, replacing that sheet in every tab.
    Replace,
    /// Under a new id, next to the existing sheet.
    KeepBoth,
}

/// The sheets of this tab and their storage.
#[derive(Clone, Debug)]
pub struct SheetStore<K> {
    /// This tab's id in the sheets' write records (random per page load).
    tab: String,
    /// `None` when the page may not use storage at all: sheets live in memory.
    storage: Option<K>,
    /// Every sheet, most recently changed first.
    sheets: Vec<Sheet>,
    /// Per sheet id, the copy this tab last read from or wrote to storage:
    /// what tells whether a sheet replaced elsewhere had changes of ours.
    stored: BTreeMap<String, Sheet>,
    /// Ids of sheets whose latest change is not in storage.
    unsaved: BTreeSet<String>,
    /// Why the last write failed.
    write_error: Option<WriteError>,
    /// Entries under the sheet prefix that could not be read.
    unreadable: Vec<Unreadable>,
    /// Sheets another tab deleted or replaced.
    notices: Vec<Notice>,
    /// Slot values typed here that another tab's write replaced.
    overwritten: Vec<Overwritten>,
    /// Why the last edit was refused: it changed a part an agreed or
    /// reviewed sheet locks (the engine's `locked_change`).
    locked: Option<LockedChange>,
}

impl<K> PartialEq for SheetStore<K> {
    // Signals compare their values to skip needless updates; the storage
    // handle is no part of what views show.
    fn eq(&self, other: &Self) -> bool {
        self.sheets == other.sheets
            && self.unsaved == other.unsaved
            && self.write_error == other.write_error
            && self.unreadable == other.unreadable
            && self.notices == other.notices
            && self.overwritten == other.overwritten
            && self.storage.is_some() == other.storage.is_some()
    }
}

/// Reads a stored sheet: valid, and saved under its own id (a sheet under
/// another sheet's key would overwrite it when saved).
fn read_stored(key: &str, text: &str) -> Result<Sheet, UnreadableReason> {
    let sheet = Sheet::from_json(text).map_err(|e| UnreadableReason::Sheet(Arc::new(e)))?;
    if sheet.storage_key() != key {
        return Err(UnreadableReason::OtherId(sheet.id));
    }
    Ok(sheet)
}

/// How a write treats what storage holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WriteMode {
    /// Merge with storage's copy first.
    Merge,
    /// Write this copy as it is (a replacement the person chose).
    Replace,
}

impl<K: KeyValue> SheetStore<K> {
    /// Reads every sheet in `storage` (`None`: no storage, memory only), for
    /// the tab `tab`. A sheet whose edit times are later than `now` (saved by
    /// an earlier release from a colleague's fast clock) has them brought back
    /// to `now` and is written so, once, for every tab alike.
    pub fn open(storage: Option<K>, tab: &str, now: &str) -> Self {
        let mut store = SheetStore {
            tab: tab.to_string(),
            storage,
            sheets: Vec::new(),
            stored: BTreeMap::new(),
            unsaved: BTreeSet::new(),
            write_error: None,
            unreadable: Vec::new(),
            notices: Vec::new(),
            overwritten: Vec::new(),
            locked: None,
        };
        let keys = match store.storage.as_ref().map(KeyValue::keys) {
            Some(Ok(keys)) => keys,
            Some(Err(_)) => {
                store.storage = None;
                Vec::new()
            }
            None => Vec::new(),
        };
        for key in keys.into_iter().filter(|k| k.starts_with(SHEET_KEY_PREFIX)) {
            let Some(Ok(Some(text))) = store.storage.as_ref().map(|s| s.get(&key)) else {
                continue;
            };
            match read_stored(&key, &text) {
                Ok(mut sheet) => {
                    let stored = sheet.clone();
                    sheet.clamp_edit_times(now);
                    if sheet != stored {
                        if let Some(storage) = store.storage.as_mut() {
                            let _ = storage.set(&key, &sheet.to_json());
                        }
                    }
                    store.stored.insert(sheet.id.clone(), sheet.clone());
                    store.sheets.push(sheet);
                }
                Err(reason) => store.unreadable.push(Unreadable { key, text, reason }),
            }
        }
        store.sheets.sort_by(|a, b| b.updated.cmp(&a.updated));
        store
    }

    /// Why the last edit was refused by the review's lock, if it was.
    pub fn locked(&self) -> Option<&LockedChange> {
        self.locked.as_ref()
    }

    /// This tab's id in the sheets' write records.
    pub fn tab(&self) -> &str {
        &self.tab
    }

    /// Every sheet, most recently changed first.
    pub fn sheets(&self) -> &[Sheet] {
        &self.sheets
    }

    /// The sheet with this id.
    pub fn sheet(&self, id: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.id == id)
    }

    /// False when storage cannot be used at all (sheets live in memory).
    pub fn storage_ok(&self) -> bool {
        self.storage.is_some()
    }

    /// Ids of sheets whose latest change is not in storage.
    pub fn unsaved(&self) -> &BTreeSet<String> {
        &self.unsaved
    }

    /// True when closing the page now would lose a change: one is not in
    /// storage, or there is no storage and the page holds sheets.
    pub fn has_unsaved_work(&self) -> bool {
        !self.unsaved.is_empty() || (self.storage.is_none() && !self.sheets.is_empty())
    }

    /// Why the last write failed, while changes are unsaved.
    pub fn write_error(&self) -> Option<&WriteError> {
        self.write_error.as_ref()
    }

    /// Entries under the sheet prefix that could not be read.
    pub fn unreadable(&self) -> &[Unreadable] {
        &self.unreadable
    }

    /// Sheets another tab deleted or replaced, offered to be kept.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Slot values typed in this tab that another tab's write replaced,
    /// oldest first.
    pub fn overwritten(&self) -> &[Overwritten] {
        &self.overwritten
    }

    /// Writes this tab's text back into a slot another tab overwrote: a new
    /// change, made `now`, that every tab then takes. Returns false when
    /// there is no such record (kept or dismissed already, or typed over),
    /// or when the change is refused (the review's lock: the slot's goal
    /// was agreed since; [`SheetStore::locked`] says why): then the record
    /// stays, and the text with it.
    pub fn keep_mine(&mut self, sheet: &str, item: &str, slot: SlotKind, now: &str) -> bool {
        let Some(i) = self.overwritten_index(sheet, item, slot) else {
            return false;
        };
        let mine = self.overwritten[i].mine.clone();
        let kept = self.edit(sheet, now, |s| s.values.set(item, slot, &mine));
        if !matches!(kept, Ok(true)) || self.locked.is_some() {
            return false;
        }
        // Written: the edit ended the record (the slot holds this text again).
        self.dismiss_overwritten(sheet, item, slot);
        true
    }

    /// Forgets a record of overwritten text: the other tab's text stands.
    pub fn dismiss_overwritten(&mut self, sheet: &str, item: &str, slot: SlotKind) {
        if let Some(i) = self.overwritten_index(sheet, item, slot) {
            self.overwritten.remove(i);
        }
    }

    fn overwritten_index(&self, sheet: &str, item: &str, slot: SlotKind) -> Option<usize> {
        self.overwritten
            .iter()
            .position(|o| o.sheet == sheet && o.item == item && o.slot == slot)
    }

    /// True when a sheet under this id would replace something: a sheet of
    /// this tab, or an entry that could not be read.
    pub fn id_taken(&self, id: &str) -> bool {
        let key = format!("{SHEET_KEY_PREFIX}{id}");
        self.sheet(id).is_some() || self.unreadable.iter().any(|u| u.key == key)
    }

    /// Adds a new sheet and saves it.
    pub fn create(&mut self, sheet: Sheet) {
        let saved = self.write(sheet, WriteMode::Merge);
        self.put_first(saved);
    }

    /// Changes a sheet and saves it; the change's error leaves it unchanged.
    /// Returns false when there is no such sheet.
    pub fn edit<E>(
        &mut self,
        id: &str,
        now: &str,
        change: impl FnOnce(&mut Sheet) -> Result<(), E>,
    ) -> Result<bool, E> {
        let Some(mut sheet) = self.sheet(id).cloned() else {
            return Ok(false);
        };
        let before = sheet.clone();
        change(&mut sheet)?;
        // The lock is the store's rule, whatever view made the edit.
        self.locked = locked_change(&before, &sheet);
        if self.locked.is_some() {
            return Ok(true);
        }
        if !sheet.touch_changes(&before, &self.tab, now) {
            return Ok(true);
        }
        sheet.updated = now.to_string();
        // What the person types now supersedes what was overwritten there.
        self.overwritten.retain(|o| {
            o.sheet != id || before.values.get(&o.item, o.slot) == sheet.values.get(&o.item, o.slot)
        });
        let saved = self.write(sheet, WriteMode::Merge);
        self.put_first(saved);
        self.retry_unsaved(id);
        Ok(true)
    }

    /// Imports a sheet read from outside this browser and returns it as saved.
    /// It counts as one change made here `now`; `fresh` makes new ids (for
    /// "keep both") and generations (for "replace").
    pub fn import(
        &mut self,
        mut sheet: Sheet,
        mode: ImportMode,
        now: &str,
        mut fresh: impl FnMut() -> String,
    ) -> Sheet {
        sheet.restamp(&self.tab, now);
        sheet.updated = now.to_string();
        let key = sheet.storage_key();
        let unreadable = self.unreadable.iter().any(|u| u.key == key);
        let taken = self.sheet(&sheet.id).is_some();
        let write = if unreadable || (taken && mode == ImportMode::KeepBoth) {
            sheet.id = fresh();
            sheet.generation = String::new();
            WriteMode::Merge
        } else if taken {
            // A new generation, greater than the one this tab holds (a count
            // of replacements first, then the time): every tab replaces its
            // copy rather than merging, and a replace made after another wins.
            let count = self
                .sheet(&sheet.id)
                .and_then(|s| s.generation.split('~').next()?.parse::<u32>().ok())
                .unwrap_or(0);
            sheet.generation = format!("{:06}~{now}~{}", count + 1, fresh());
            self.stored.remove(&sheet.id);
            self.unsaved.remove(&sheet.id);
            self.overwritten.retain(|o| o.sheet != sheet.id);
            WriteMode::Replace
        } else {
            WriteMode::Merge
        };
        let saved = self.write(sheet, write);
        self.put_first(saved.clone());
        saved
    }

    /// Adds a copy of a sheet under `id` and saves it.
    pub fn duplicate(&mut self, of: &str, id: &str, now: &str) {
        if let Some(sheet) = self.sheet(of) {
            let copy = sheet.duplicate(id, &self.tab, now);
            self.create(copy);
        }
    }

    /// Deletes a sheet here and from storage. If storage refuses, the sheet
    /// stays and the error says why.
    pub fn delete(&mut self, id: &str) {
        let key = format!("{SHEET_KEY_PREFIX}{id}");
        if let Some(storage) = self.storage.as_mut() {
            if let Err(e) = storage.remove(&key) {
                self.write_error = Some(WriteError::NotDeleted(e));
                return;
            }
        }
        self.stored.remove(id);
        self.unsaved.remove(id);
        self.overwritten.retain(|o| o.sheet != id);
        self.sheets.retain(|s| s.id != id);
    }

    /// Another tab changed storage under `key` (a `storage` event). Its copy merges into this
    /// tab's; changes here that storage lacks are written back.
    pub fn storage_changed(&mut self, key: &str) {
        let Some(id) = key.strip_prefix(SHEET_KEY_PREFIX) else {
            return;
        };
        // Storage's text now, not the event's: events can arrive after a
        // later change (another tab wrote the sheet back since).
        let text = match self.storage.as_ref().map(|s| s.get(key)) {
            Some(Ok(text)) => text,
            _ => return,
        };
        let Some(text) = text else {
            self.unreadable.retain(|u| u.key != key);
            self.stored.remove(id);
            self.unsaved.remove(id);
            self.overwritten.retain(|o| o.sheet != id);
            if let Some(i) = self.sheets.iter().position(|s| s.id == id) {
                let sheet = self.sheets.remove(i);
                self.notices.push(Notice {
                    kind: NoticeKind::DeletedElsewhere,
                    sheet,
                });
            }
            return;
        };
        let theirs = match read_stored(key, &text) {
            Ok(sheet) => sheet,
            Err(reason) => {
                self.set_aside(key, &text, reason);
                return;
            }
        };
        self.unreadable.retain(|u| u.key != key);
        let merged = match self.sheet(id).cloned() {
            Some(mine) => self.reconcile(mine, &theirs),
            None => theirs.clone(),
        };
        self.stored.insert(id.to_string(), theirs.clone());
        let merged = if merged != theirs {
            // This tab holds changes the other tab has not seen: write them back.
            self.write(merged, WriteMode::Merge)
        } else {
            merged
        };
        match self.sheets.iter_mut().find(|s| s.id == id) {
            Some(slot) => *slot = merged,
            None => self.sheets.insert(0, merged),
        }
    }

    /// Keeps the sheet of a notice: a sheet deleted elsewhere is saved again
    /// under its id; changes replaced elsewhere are saved as a copy under `id`.
    pub fn keep_notice(&mut self, index: usize, id: &str, now: &str) {
        if index >= self.notices.len() {
            return;
        }
        let Notice { kind, mut sheet } = self.notices.remove(index);
        if kind == NoticeKind::ReplacedElsewhere {
            sheet = sheet.duplicate(id, &self.tab, now);
        }
        sheet.updated = now.to_string();
        self.create(sheet);
    }

    /// Forgets a notice.
    pub fn dismiss_notice(&mut self, index: usize) {
        if index < self.notices.len() {
            self.notices.remove(index);
        }
    }

    /// Merges storage's copy of a sheet (`theirs`) into this tab's (`mine`).
    fn reconcile(&mut self, mine: Sheet, theirs: &Sheet) -> Sheet {
        if mine.generation != theirs.generation {
            // Replaced as a whole: the later replacement stands, in every tab,
            // whichever copy was written last.
            if mine.generation > theirs.generation {
                return mine;
            }
            // What this tab had not saved yet is offered in a notice.
            if self.has_local_changes(&mine) {
                self.notices.push(Notice {
                    kind: NoticeKind::ReplacedElsewhere,
                    sheet: mine,
                });
            }
            self.overwritten.retain(|o| o.sheet != theirs.id);
            return theirs.clone();
        }
        let merged = mine.merge(theirs);
        self.note_overwritten(&mine, &merged);
        merged
    }

    /// Records the slot values this tab typed (`mine`'s writes by this tab)
    /// that the merge replaced by another tab's, and brings the records of
    /// this sheet up to date: a slot holding this tab's text again needs none.
    fn note_overwritten(&mut self, mine: &Sheet, merged: &Sheet) {
        let (before, after) = (mine.registers(), merged.registers());
        let value = |r: &goalframes_engine::sheet::Registers, key: &str| {
            r.get(key).cloned().unwrap_or_default()
        };
        for (key, dot) in &mine.edited {
            let Some((item, slot)) = slot_of(key) else {
                continue;
            };
            // Replaced only by another tab's write (never by an older one of ours).
            if dot.tab != self.tab || merged.edited.get(key).is_none_or(|d| d.tab == self.tab) {
                continue;
            }
            let (ours, standing) = (value(&before, key), value(&after, key));
            if ours != standing && self.overwritten_index(&mine.id, item, slot).is_none() {
                self.overwritten.push(Overwritten {
                    sheet: mine.id.clone(),
                    item: item.to_string(),
                    slot,
                    mine: ours,
                    theirs: String::new(),
                });
            }
        }
        self.overwritten.retain_mut(|o| {
            if o.sheet != merged.id {
                return true;
            }
            o.theirs = merged
                .values
                .get(&o.item, o.slot)
                .unwrap_or_default()
                .to_string();
            o.theirs != o.mine
        });
    }

    /// True when this tab's copy holds writes storage's last copy (as this
    /// tab read or wrote it) lacks.
    fn has_local_changes(&self, sheet: &Sheet) -> bool {
        self.stored
            .get(&sheet.id)
            .is_none_or(|stored| sheet.unseen_by(stored) > 0)
    }

    /// Writes a sheet (merged with storage's copy first, unless replacing) and
    /// returns it as it now stands. A failed write keeps it, marked unsaved.
    fn write(&mut self, mine: Sheet, mode: WriteMode) -> Sheet {
        let key = mine.storage_key();
        if self.storage.is_none() {
            return mine;
        }
        if self.unreadable.iter().any(|u| u.key == key) {
            // Never write over data we could not read.
            self.mark_unsaved(&mine.id, WriteError::KeptAsIs);
            return mine;
        }
        let stored = match self.storage.as_ref().map(|s| s.get(&key)) {
            Some(Ok(stored)) => stored,
            Some(Err(e)) => {
                self.mark_unsaved(&mine.id, WriteError::Storage(e));
                return mine;
            }
            None => return mine,
        };
        let merged = match (stored, mode) {
            (Some(text), WriteMode::Merge) => match read_stored(&key, &text) {
                Ok(theirs) => self.reconcile(mine, &theirs),
                Err(reason) => {
                    self.set_aside(&key, &text, reason);
                    self.mark_unsaved(&mine.id, WriteError::KeptAsIs);
                    return mine;
                }
            },
            _ => mine,
        };
        let result = match self.storage.as_mut() {
            Some(storage) => storage.set(&key, &merged.to_json()),
            None => Ok(()),
        };
        match result {
            Ok(()) => {
                self.stored.insert(merged.id.clone(), merged.clone());
                self.unsaved.remove(&merged.id);
                if self.unsaved.is_empty() {
                    self.write_error = None;
                }
            }
            Err(e) => self.mark_unsaved(&merged.id, WriteError::Storage(e)),
        }
        merged
    }

    /// After a successful save, writes the other sheets whose changes are only in memory.
    fn retry_unsaved(&mut self, just_saved: &str) {
        if self.unsaved.contains(just_saved) {
            return;
        }
        let pending: Vec<String> = self.unsaved.iter().cloned().collect();
        for id in pending {
            if let Some(sheet) = self.sheet(&id).cloned() {
                let saved = self.write(sheet, WriteMode::Merge);
                if let Some(slot) = self.sheets.iter_mut().find(|s| s.id == id) {
                    *slot = saved;
                }
            }
        }
    }

    fn put_first(&mut self, sheet: Sheet) {
        self.sheets.retain(|s| s.id != sheet.id);
        self.sheets.insert(0, sheet);
    }

    fn mark_unsaved(&mut self, id: &str, why: WriteError) {
        self.unsaved.insert(id.to_string());
        self.write_error = Some(why);
    }

    fn set_aside(&mut self, key: &str, text: &str, reason: UnreadableReason) {
        self.unreadable.retain(|u| u.key != key);
        self.unreadable.push(Unreadable {
            key: key.to_string(),
            text: text.to_string(),
            reason,
        });
    }
}

// Native only: proptest does not run in the browser.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
