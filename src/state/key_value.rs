//! The small key-value interface the sheet store saves through: browser
//! storage in the page ([`crate::browser::storage::LocalStorage`]), memory in
//! tests ([`MemoryStorage`], which can also be made full or refusing).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why storage did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The quota is used up.
    Full,
    /// Storage refused for another reason (a security setting, a private mode).
    Refused(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Full => write!(f, "browser storage is full"),
            StorageError::Refused(why) if why.is_empty() => {
                write!(f, "browser storage refused the change")
            }
            StorageError::Refused(why) => write!(f, "browser storage refused the change ({why})"),
        }
    }
}

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

/// What [`MemoryStorage`] holds; shared by the stores of several simulated tabs.
#[derive(Debug, Default)]
pub struct MemoryEntries {
    /// The entries.
    pub entries: BTreeMap<String, String>,
    /// With `Some(n)`, a write that would make the entries' text longer than
    /// `n` bytes fails as [`StorageError::Full`].
    pub quota: Option<usize>,
    /// When true, every write fails as [`StorageError::Refused`].
    pub refuse: bool,
    /// Every successful change, as a `storage` event would report it: the key
    /// and its new text (`None` when removed), and which tab made it.
    pub changes: Vec<(String, Option<String>, usize)>,
}

/// Storage in memory, for tests: several tabs share one [`MemoryEntries`].
#[derive(Clone, Debug)]
pub struct MemoryStorage {
    /// The shared entries.
    pub shared: Rc<RefCell<MemoryEntries>>,
    /// Which tab this is (recorded with each change).
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

    /// Another tab's view of the same storage.
    pub fn tab(&self, tab: usize) -> Self {
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
        Ok(self.shared.borrow().entries.keys().cloned().collect())
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.shared.borrow().entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut shared = self.shared.borrow_mut();
        if shared.refuse {
            return Err(StorageError::Refused("SecurityError".into()));
        }
        if let Some(quota) = shared.quota {
            let others: usize = shared
                .entries
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StorageError::Full);
            }
        }
        shared.entries.insert(key.to_string(), value.to_string());
        let tab = self.tab;
        shared
            .changes
            .push((key.to_string(), Some(value.to_string()), tab));
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        let mut shared = self.shared.borrow_mut();
        if shared.refuse {
            return Err(StorageError::Refused("SecurityError".into()));
        }
        if shared.entries.remove(key).is_some() {
            let tab = self.tab;
            shared.changes.push((key.to_string(), None, tab));
        }
        Ok(())
    }
}
