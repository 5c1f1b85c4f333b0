//! What the parts of a profile's page share: its frames, the open sheet,
//! and how to change it (provided through context as [`Page`]).
//!
//! The page stays mounted while the person goes from profile to profile: the
//! frames are a memo of the route's profile, and every part reads them
//! reactively, so a switch updates what differs instead of rebuilding the page.

use std::collections::BTreeMap;
use std::sync::Arc;

use goalframes_canon::CANON;
use goalframes_engine::goals::GoalSheet;
use goalframes_engine::sheet::review::ReviewReport;
use goalframes_engine::sheet::Sheet;
use goalframes_engine::values::check_slot_value;
use goalframes_engine::{drift, Catalog, Message, ProfileFrames, SlotKind, Values};
use leptos::prelude::*;

use crate::browser::clock;
use crate::browser::markup::OverwriteNotice;
use crate::state::AppState;

/// A value a slot refused, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    /// The reason, shown beside the slot.
    pub reason: String,
    /// The text as typed.
    pub text: String,
}

/// What a slot says when another tab's text replaced the one typed here
/// (`mine`) by `theirs`, which the slot shows; and its buttons' words.
pub fn overwrite_notice(t: &Catalog, mine: &str, theirs: &str) -> OverwriteNotice {
    let message = match (mine.is_empty(), theirs.is_empty()) {
        (false, false) => t.overwrite_changed(mine, theirs),
        (false, true) => t.overwrite_cleared(mine),
        _ => t.overwrite_filled(theirs),
    };
    OverwriteNotice {
        message,
        keep_mine: t.overwrite_keep_mine().to_string(),
        keep_theirs: t.overwrite_keep_theirs().to_string(),
    }
}

/// The profile page.
#[derive(Clone, Copy)]
pub struct Page {
    /// The shown profile's frames.
    pub frames: Memo<Arc<ProfileFrames>>,
    /// The open sheet's id (none until the first value is typed).
    pub sheet_id: Memo<Option<String>>,
    /// The open sheet.
    pub sheet: Memo<Option<Sheet>>,
    /// The open sheet's values (empty until the first one is typed).
    pub values: Memo<Values>,
    /// The open sheet's review, when it keeps goals: one for the Review
    /// region and the printed sheet.
    pub review: Memo<Option<ReviewReport>>,
    /// The period end: the date every ⟨date⟩ slot not filled on its own shows.
    pub inherited_date: Memo<Option<String>>,
    /// Refused values, by item and slot: the reason and the text refused,
    /// which the slot keeps showing so that it can be corrected.
    pub errors: RwSignal<BTreeMap<(String, SlotKind), Refused>>,
    /// Whether every line shows where its canon text comes from.
    pub show_sources: RwSignal<bool>,
    /// The app's state.
    pub state: AppState,
    profile: Memo<(String, String)>,
}

impl Page {
    /// The page's state for the profile the route shows (`frames`); the open
    /// sheet is the one the route names.
    pub fn new(state: AppState, frames: Memo<Arc<ProfileFrames>>) -> Self {
        let profile =
            Memo::new(move |_| frames.with(|f| (f.family.to_string(), f.level.to_string())));
        let sheet_id =
            Memo::new(move |_| profile.with(|(family, level)| state.open_sheet_id(family, level)));
        let sheet = Memo::new(move |_| sheet_id.get().and_then(|id| state.sheet(&id)));
        let values = Memo::new(move |_| {
            sheet.with(|s| s.as_ref().map(|s| s.values.clone()).unwrap_or_default())
        });
        let review = Memo::new(move |_| {
            sheet.with(|sheet| {
                let sheet = sheet.as_ref().filter(|s| !s.goals.is_empty())?;
                frames.with(|frames| GoalSheet::reviewed(frames, sheet, &CANON).review)
            })
        });
        let inherited_date = Memo::new(move |_| {
            sheet.with(|s| {
                s.as_ref()
                    .and_then(|s| s.inherited_date().map(str::to_string))
            })
        });
        let errors = RwSignal::new(BTreeMap::new());
        // A refusal belongs to the profile it was typed on.
        Effect::new(move |_| {
            profile.track();
            errors.set(BTreeMap::new());
        });
        Page {
            frames,
            sheet_id,
            sheet,
            values,
            review,
            inherited_date,
            errors,
            show_sources: RwSignal::new(false),
            state,
            profile,
        }
    }

    /// The family id and level code (tracked).
    pub fn profile(&self) -> (String, String) {
        self.profile.get()
    }

    /// The family id and level code now, for event handlers.
    pub fn profile_now(&self) -> (String, String) {
        self.profile.get_untracked()
    }

    /// What a slot's inputs show: the refused text while there is one, else
    /// the value, or "" when unfilled.
    pub fn shown(&self, item: &str, slot: SlotKind) -> String {
        let key = (item.to_string(), slot);
        match self.errors.with(|e| e.get(&key).map(|r| r.text.clone())) {
            Some(text) => text,
            None => self.value(item, slot),
        }
    }

    /// The value of a slot, or "" when unfilled.
    pub fn value(&self, item: &str, slot: SlotKind) -> String {
        self.values
            .with(|v| v.get(item, slot).unwrap_or_default().to_string())
    }

    /// The open sheet's values with every unfilled ⟨date⟩ slot showing the
    /// period end: what text blocks and exports show.
    pub fn effective_values(&self) -> Values {
        let sheet = self.sheet.get();
        self.frames.with(|frames| match sheet {
            Some(sheet) => sheet.effective_values(frames),
            None => Values::new(),
        })
    }

    /// Fills a slot (an empty value clears it), or records why the engine
    /// refuses the value ([`check_slot_value`], the rule `Values::set` keeps).
    pub fn set(&self, item: &str, slot: SlotKind, value: &str) {
        let key = (item.to_string(), slot);
        // Asked before the edit, so that a refused keystroke does not touch the store.
        if let Err(why) = check_slot_value(slot, value) {
            self.errors.update(|errors| {
                let refused = Refused {
                    reason: why.message(self.state.t()),
                    text: value.to_string(),
                };
                errors.insert(key, refused);
            });
            return;
        }
        if self.errors.with_untracked(|e| e.contains_key(&key)) {
            self.errors.update(|errors| {
                errors.remove(&key);
            });
        }
        let _ = self.edit(|sheet| sheet.values.set(item, slot, value));
        // An agreed sheet's targets are locked: the store's refusal shows
        // beside the slot, which keeps the text typed.
        if let Some(why) = self
            .state
            .store
            .with_untracked(|s| s.locked().map(|l| l.message(self.state.t())))
        {
            self.errors.update(|errors| {
                let refused = Refused {
                    reason: why,
                    text: value.to_string(),
                };
                errors.insert((item.to_string(), slot), refused);
            });
        }
    }

    /// Changes the open sheet (starting it on the first change).
    pub fn edit<E>(&self, edit: impl FnOnce(&mut Sheet) -> Result<(), E>) -> Result<(), E> {
        let (family, level) = self.profile_now();
        let frames = self.frames;
        self.state.edit_sheet(
            &family,
            &level,
            move || frames.with_untracked(|f| drift::fingerprints(f)),
            edit,
        )
    }

    /// What this tab had typed in a slot of the open sheet whose text another
    /// tab's write replaced, if it did (tracked).
    pub fn overwritten(&self, item: &str, slot: SlotKind) -> Option<String> {
        let id = self.sheet_id.get()?;
        self.state.store.with(|s| {
            s.overwritten()
                .iter()
                .find(|o| o.sheet == id && o.item == item && o.slot == slot)
                .map(|o| o.mine.clone())
        })
    }

    /// Answers a slot's overwrite notice: `keep_mine` writes this tab's text
    /// back (a new change every tab takes); otherwise the other tab's text
    /// stands and this tab's is forgotten.
    pub fn answer_overwrite(&self, item: &str, slot: SlotKind, keep_mine: bool) {
        let Some(id) = self.sheet_id.get_untracked() else {
            return;
        };
        let now = clock::now();
        self.state.store.update(|s| {
            if keep_mine {
                _ = s.keep_mine(&id, item, slot, &now);
            } else {
                s.dismiss_overwritten(&id, item, slot);
            }
        });
    }

    /// Today's fingerprints of the profile's items.
    pub fn fingerprints(&self) -> drift::Fingerprints {
        self.frames.with_untracked(|f| drift::fingerprints(f))
    }
}
