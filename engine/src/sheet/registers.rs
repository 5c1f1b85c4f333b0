//! A sheet's independent parts ([`Registers`]) and the writes that change
//! them ([`Dot`]): the vocabulary `merge.rs` merges by and the review's parts
//! are written in.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::frame::SlotKind;

/// A sheet's independent parts: part key → value (absent when empty).
///
/// Keys: `person`, `period`, `period_start`, `period_end`, `review_date`,
/// `{item}/{slot}` (a slot value), `keep/{goal}` (a kept goal: its weight, or
/// empty), `order` (kept goals, space-separated), `own/{key}` (an own goal:
/// `{number}:{text}`), `canon` (the canon name, version and fingerprints),
/// and the review's parts under `review/` (the stage, each reopening and
/// check-in, each appraisal field and rating: see [`crate::sheet::review`]).
pub type Registers = BTreeMap<String, String>;

/// One write to a sheet part: its number (one above every write the copy
/// held when it was made; 0 for schema /1), when (this browser's clock, ISO
/// 8601) and the tab that made it (a random id per page load). Writes are
/// ordered by number, then time, then tab.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Dot {
    /// The write number (a Lamport clock over the sheet's writes).
    #[serde(default)]
    pub n: u64,
    /// When it was made.
    pub at: String,
    /// The tab that made it (empty for schema /1).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tab: String,
}

/// Reads [`Sheet::edited`]: dots, or schema /1's plain edit times.
pub(crate) fn read_edited<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Dot>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Stamp {
        Dot(Dot),
        At(String),
    }
    let stamps = BTreeMap::<String, Stamp>::deserialize(d)?;
    Ok(stamps
        .into_iter()
        .map(|(key, stamp)| {
            let dot = match stamp {
                Stamp::Dot(dot) => dot,
                Stamp::At(at) => Dot {
                    n: 0,
                    at,
                    tab: String::new(),
                },
            };
            (key, dot)
        })
        .collect())
}

/// The key of a slot's part, e.g. `smart-1/target`.
pub fn slot_key(item: &str, slot: SlotKind) -> String {
    format!("{item}/{}", slot.id())
}
