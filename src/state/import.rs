//! The import dialog's state: a sheet read from a file, a pasted code, a link
//! or a portal, waiting for the person to confirm; or why it was refused.

use goalframes_engine::roster::Roster;
use goalframes_engine::sheet::Sheet;
use goalframes_engine::Catalog;
use leptos::prelude::*;

/// A valid sheet waiting for the person to confirm its import.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    /// The sheet as read.
    pub sheet: Sheet,
    /// Where it came from: “file.json”, "a sheet link", "a sheet code", "the portal".
    pub source: String,
}

/// A roster read, waiting for the person to confirm the sheets it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingRoster {
    /// The file's name.
    pub file: String,
    /// Its good and bad rows.
    pub roster: Roster,
}

/// The dialog: what waits for confirmation, and the last import's message.
#[derive(Clone, Copy)]
pub struct ImportDialog {
    /// A sheet read, waiting for confirmation.
    pub pending: RwSignal<Option<PendingImport>>,
    /// A roster read, waiting for confirmation.
    pub roster: RwSignal<Option<PendingRoster>>,
    /// The last import's outcome: true and what it did, or false and why it
    /// was refused.
    pub message: RwSignal<Option<(bool, String)>>,
}

impl ImportDialog {
    /// No import under way.
    pub fn new() -> Self {
        ImportDialog {
            pending: RwSignal::new(None),
            roster: RwSignal::new(None),
            message: RwSignal::new(None),
        }
    }

    /// Shows a read sheet for confirmation, or why it cannot be imported.
    /// Nothing is saved yet.
    pub fn offer(&self, result: Result<Sheet, String>, source: &str, t: &Catalog) {
        match result {
            Ok(sheet) => {
                self.message.set(None);
                self.pending.set(Some(PendingImport {
                    sheet,
                    source: source.to_string(),
                }));
            }
            Err(e) => {
                self.pending.set(None);
                self.message
                    .set(Some((false, t.import_refused(source, &e))));
            }
        }
    }

    /// Closes the dialog without importing.
    pub fn cancel(&self) {
        self.pending.set(None);
        self.roster.set(None);
    }
}

impl Default for ImportDialog {
    fn default() -> Self {
        Self::new()
    }
}
