//! Canon changes under a saved sheet: each item's fingerprint is a hash of the
//! canon text it quotes. A sheet keeps the fingerprints it was filled against;
//! comparing them with today's frames says which items changed, went or came,
//! and which saved values no longer have an item (orphaned, never dropped).

use std::collections::BTreeMap;

use crate::frame::{ItemKey, ProfileFrames, SlotKind};
use crate::values::Values;

/// Item key → fingerprint (16 hex digits).
pub type Fingerprints = BTreeMap<ItemKey, String>;

/// FNV-1a, 64-bit: tiny, stable across platforms and versions, and enough to
/// notice an edited text (not a security hash).
fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The fingerprint of every item: the canon text of every line of the item, in order.
pub fn fingerprints(frames: &ProfileFrames) -> Fingerprints {
    let mut out = Fingerprints::new();
    for frame in &frames.frames {
        for item in &frame.items {
            let quoted = frame
                .lines()
                .filter(|l| l.item.as_deref() == Some(item.key.as_str()))
                .flat_map(|l| l.quotes())
                .flat_map(|q| q.text.bytes().chain([0x1f]));
            out.insert(item.key.clone(), format!("{:016x}", fnv1a(quoted)));
        }
    }
    out
}

/// What changed in a profile's canon text since a sheet was filled.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Drift {
    /// Items whose quoted canon text changed.
    pub changed: Vec<ItemKey>,
    /// Items that no longer exist.
    pub removed: Vec<ItemKey>,
    /// Items that are new.
    pub added: Vec<ItemKey>,
}

impl Drift {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty() && self.added.is_empty()
    }
}

/// Compares a sheet's saved fingerprints with today's frames.
pub fn compare(saved: &Fingerprints, frames: &ProfileFrames) -> Drift {
    let now = fingerprints(frames);
    let mut drift = Drift::default();
    for (key, old) in saved {
        match now.get(key) {
            Some(new) if new != old => drift.changed.push(key.clone()),
            Some(_) => {}
            None => drift.removed.push(key.clone()),
        }
    }
    drift.added = now
        .keys()
        .filter(|k| !saved.contains_key(*k))
        .cloned()
        .collect();
    drift
}

/// Saved values whose item (or slot) the frames no longer have: kept and
/// shown, never dropped. Own goals' values belong to no frame and are never orphaned.
pub fn orphaned<'v>(
    values: &'v Values,
    frames: &ProfileFrames,
) -> Vec<(&'v str, SlotKind, &'v str)> {
    values
        .iter()
        .filter(|(item, slot, _)| {
            !crate::frame::is_own_goal_key(item)
                && !frames
                    .items()
                    .map(|(_, i)| i)
                    .chain(frames.growth_items())
                    .any(|i| i.key == *item && i.slots.contains(slot))
        })
        .collect()
}
