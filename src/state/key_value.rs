//! The small key-value interface the sheet store saves through: browser
//! storage in the page ([`LocalStorage`]), memory in tests ([`MemoryStorage`],
//! which can also be made full or refusing).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::browser::storage::{self, Refusal};

/// Why storage did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The quota is used up.
    Full,
    /// Storage refused for another reason (a security setting, a private mode).
    Refused(String),
}

impl goalframes_engine::Message for StorageError {
    fn message(&self, t: &goalframes_engine::Catalog) -> String {
        match self {
            StorageError::Full => t.store_full().to_string(),
            StorageError::Refused(why) if why.is_empty() => t.store_refused().to_string(),
            StorageError::Refused(why) => t.store_refused_why(why),
        }
    }
}

goalframes_engine::english_display!(StorageError);

/// Text under keys, as `localStorage` holds it.
pub trait KeyValue {
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
    /// The text under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Puts text under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key`.
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
}

/// The page's `localStorage` (nothing to hold: the browser's handle is
/// fetched at each call, and the store lives in a signal).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LocalStorage;

impl LocalStorage {
    /// The storage, when the page may use it.
    pub fn available() -> Option<LocalStorage> {
        storage::available().then_some(LocalStorage)
    }
}

impl From<Refusal> for StorageError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Full => StorageError::Full,
            Refusal::Other(name) => StorageError::Refused(name),
        }
    }
}

impl KeyValue for LocalStorage {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(storage::keys()?)
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(storage::get(key)?)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        Ok(storage::set(key, value)?)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        Ok(storage::remove(key)?)
    }
}

/// What [`MemoryStorage`] holds; shared by the stores of several simulated tabs.
///
/// Like a browser's storage across tabs, each tab sees the storage as of the
/// last change that reached it (its own writes at once, others' when their
/// `storage` event is delivered), so a tab can read a stale value and write
/// over a change it has not seen.
#[derive(Debug, Default)]
pub struct MemoryEntries {
    /// Every change, in order: the key, its new text (`None` when removed), and
    /// which tab made it — as `storage` events report them.
    pub changes: Vec<(String, Option<String>, usize)>,
    /// Per tab, per key, the change that tab's view shows.
    views: BTreeMap<usize, BTreeMap<String, usize>>,
    /// With `Some(n)`, a write that would make the entries' text longer than
    /// `n` bytes fails as [`StorageError::Full`].
    pub quota: Option<usize>,
    /// When true, every write fails as [`StorageError::Refused`].
    pub refuse: bool,
}

impl MemoryEntries {
    /// What `tab` sees under `key`.
    fn view(&self, tab: usize, key: &str) -> Option<&String> {
        let change = self.views.get(&tab)?.get(key)?;
        self.changes[*change].1.as_ref()
    }

    /// Every key with a value, as `tab` sees them.
    fn keys(&self, tab: usize) -> Vec<String> {
        self.views
            .get(&tab)
            .map(|v| {
                v.keys()
                    .filter(|k| self.view(tab, k).is_some())
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    fn record(&mut self, tab: usize, key: &str, value: Option<String>) {
        self.changes.push((key.to_string(), value, tab));
        let at = self.changes.len() - 1;
        self.views
            .entry(tab)
            .or_default()
            .insert(key.to_string(), at);
    }

    /// Change `change` reaches `tab` (just before its `storage` event): its
    /// view shows it, unless the tab has written that key since.
    pub fn deliver(&mut self, tab: usize, change: usize) {
        let key = self.changes[change].0.clone();
        let view = self.views.entry(tab).or_default();
        if view.get(&key).is_none_or(|seen| *seen < change) {
            view.insert(key, change);
        }
    }

    /// The change `tab`'s view shows for `key`, if any.
    pub fn shown(&self, tab: usize, key: &str) -> Option<usize> {
        self.views.get(&tab)?.get(key).copied()
    }

    /// The latest value of `key`, as the last change left it.
    pub fn latest(&self, key: &str) -> Option<&String> {
        self.changes.iter().rev().find(|c| c.0 == key)?.1.as_ref()
    }

    /// Every key with a value, as the last changes left them.
    pub fn latest_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.changes.iter().map(|c| c.0.clone()).collect();
        keys.sort();
        keys.dedup();
        keys.retain(|k| self.latest(k).is_some());
        keys
    }
}

/// Storage in memory, for tests: several tabs share one [`MemoryEntries`].
#[derive(Clone, Debug)]
pub struct MemoryStorage {
    /// The shared entries.
    pub shared: Rc<RefCell<MemoryEntries>>,
    /// Which tab this is.
    pub tab: usize,
}

impl MemoryStorage {
    /// An empty storage for one tab.
    pub fn new() -> Self {
        MemoryStorage {
            shared: Rc::default(),
            tab: 0,
        }
    }

    /// Another tab's view of the same storage, up to date when it opens.
    pub fn tab(&self, tab: usize) -> Self {
        {
            let mut shared = self.shared.borrow_mut();
            for change in 0..shared.changes.len() {
                shared.deliver(tab, change);
            }
        }
        MemoryStorage {
            shared: self.shared.clone(),
            tab,
        }
    }
}

impl Default for MemoryStorage {
    fn default() -> Self {
        Self::new()
    }
}

impl KeyValue for MemoryStorage {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.shared.borrow().keys(self.tab))
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.shared.borrow().view(self.tab, key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut shared = self.shared.borrow_mut();
        if shared.refuse {
            return Err(StorageError::Refused("SecurityError".into()));
        }
        if let Some(quota) = shared.quota {
            let others: usize = shared
                .keys(self.tab)
                .iter()
                .filter(|k| *k != key)
                .map(|k| k.len() + shared.view(self.tab, k).map_or(0, String::len))
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StorageError::Full);
            }
        }
        shared.record(self.tab, key, Some(value.to_string()));
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        let mut shared = self.shared.borrow_mut();
        if shared.refuse {
            return Err(StorageError::Refused("SecurityError".into()));
        }
        if shared.view(self.tab, key).is_some() {
            shared.record(self.tab, key, None);
        }
        Ok(())
    }
}
