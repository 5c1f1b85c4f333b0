//! The values a manager fills into slots, keyed by item and slot.
//!
//! Every occurrence of a slot within its item shows the same value, so values are
//! stored once per (item, slot) and every view substitutes from here.
//!
//! **Invariant: the slot rule lives here and nowhere else.** A value is one
//! line of at most [`MAX_VALUE_CHARS`] characters without control or
//! bidirectional-override characters, and a ⟨date⟩ slot's text shaped like
//! `YYYY-MM-DD` is a real day ([`dates::check_slot`]). [`check_slot_value`]
//! is the rule; [`Values::set`] keeps it (a refused value changes nothing)
//! and `Sheet::validate` (in `sheet/mod.rs`) applies it to every
//! value read from storage, a file, a link, the CLI or the JavaScript module.
//! The app's slots show its refusal as it is.

use std::collections::BTreeMap;

use crate::dates::{self, DateError};
use crate::frame::{ItemKey, SlotKind};

/// The longest value a slot takes, in characters.
pub const MAX_VALUE_CHARS: usize = 200;

/// Filled slot values: item key → slot → value. Unfilled slots are absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Values(BTreeMap<ItemKey, BTreeMap<SlotKind, String>>);

/// Why a value was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueError {
    /// More than [`MAX_VALUE_CHARS`] characters.
    TooLong(usize),
    /// A line break or other control character.
    NotOneLine,
    /// A bidirectional control character (U+202A–U+202E, U+2066–U+2069), which
    /// would make text read in an order other than the one it is stored in.
    BidiControl,
    /// A ⟨date⟩ slot's text shaped like `YYYY-MM-DD` that is no real day
    /// (e.g. `2026-02-31`): it would print as an impossible due date.
    Date(DateError),
}

impl crate::message::Message for ValueError {
    fn message(&self, t: &crate::message::Catalog) -> String {
        match self {
            ValueError::TooLong(n) => {
                t.error_value_too_long(&n.to_string(), &MAX_VALUE_CHARS.to_string())
            }
            ValueError::NotOneLine => t.error_value_not_one_line().to_string(),
            ValueError::BidiControl => t.error_value_bidi().to_string(),
            ValueError::Date(e) => e.message(t),
        }
    }
}

crate::english_display!(ValueError);

impl std::error::Error for ValueError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ValueError::Date(e) => Some(e),
            _ => None,
        }
    }
}

/// Checks a value for a slot: every rule a slot's value keeps (see the
/// module's invariant). The one check [`Values::set`] and sheet validation make.
pub fn check_slot_value(slot: SlotKind, value: &str) -> Result<(), ValueError> {
    check_value(value)?;
    if slot == SlotKind::Date {
        dates::check_slot(value).map_err(ValueError::Date)?;
    }
    Ok(())
}

/// A slot's name in messages, as its place in the sheet's JSON reads
/// (`values` → item → slot): e.g. `smart-1.date`.
pub fn slot_name(item: &str, slot: SlotKind) -> String {
    format!("{item}.{}", slot.id())
}

/// Checks that a value is one line of at most [`MAX_VALUE_CHARS`] characters.
pub fn check_value(value: &str) -> Result<(), ValueError> {
    check_text(value, MAX_VALUE_CHARS)
}

/// Checks that a text is one line of at most `max` characters, with no
/// bidirectional control characters.
pub fn check_text(value: &str, max: usize) -> Result<(), ValueError> {
    let chars = value.chars().count();
    if chars > max {
        return Err(ValueError::TooLong(chars));
    }
    if value
        .chars()
        .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
    {
        return Err(ValueError::NotOneLine);
    }
    if value.chars().any(is_bidi_control) {
        return Err(ValueError::BidiControl);
    }
    Ok(())
}

/// The embedding, override and isolate controls of the Unicode bidirectional
/// algorithm (the "Trojan Source" characters). Marks (U+200E, U+200F) stay allowed:
/// right-to-left text needs them and they reorder nothing.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

impl Values {
    /// No values.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of a slot, if filled.
    pub fn get(&self, item: &str, slot: SlotKind) -> Option<&str> {
        self.0.get(item)?.get(&slot).map(String::as_str)
    }

    /// Fills a slot; an empty value clears it. A value the slot's rule
    /// refuses ([`check_slot_value`]) changes nothing.
    pub fn set(&mut self, item: &str, slot: SlotKind, value: &str) -> Result<(), ValueError> {
        check_slot_value(slot, value)?;
        if value.is_empty() {
            if let Some(slots) = self.0.get_mut(item) {
                slots.remove(&slot);
                if slots.is_empty() {
                    self.0.remove(item);
                }
            }
        } else {
            self.0
                .entry(item.to_string())
                .or_default()
                .insert(slot, value.to_string());
        }
        Ok(())
    }

    /// Every filled (item, slot, value).
    pub fn iter(&self) -> impl Iterator<Item = (&str, SlotKind, &str)> {
        self.0.iter().flat_map(|(item, slots)| {
            slots
                .iter()
                .map(move |(slot, value)| (item.as_str(), *slot, value.as_str()))
        })
    }

    /// Three-way merge per slot: a slot I changed since `base` (filled,
    /// changed or cleared) keeps my value; every other slot takes theirs.
    /// Per slot, the last writer wins; no slot is lost to a whole-sheet overwrite.
    pub fn merge(&self, base: &Values, theirs: &Values) -> Values {
        let mut keys: Vec<(&str, SlotKind)> = self
            .iter()
            .chain(base.iter())
            .chain(theirs.iter())
            .map(|(item, slot, _)| (item, slot))
            .collect();
        keys.sort();
        keys.dedup();
        let mut out = Values::new();
        for (item, slot) in keys {
            let mine = self.get(item, slot);
            let chosen = if mine != base.get(item, slot) {
                mine
            } else {
                theirs.get(item, slot)
            };
            if let Some(value) = chosen {
                out.0
                    .entry(item.to_string())
                    .or_default()
                    .insert(slot, value.to_string());
            }
        }
        out
    }

    /// True when nothing is filled.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Item keys as stored, including items with no slot (which only a
    /// hand-made file holds): what a size limit must count.
    pub fn item_keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Drops items that hold no slot.
    pub fn drop_empty_items(&mut self) {
        self.0.retain(|_, slots| !slots.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_slot_refuses_an_impossible_day_and_changes_nothing() {
        let mut values = Values::new();
        values.set("smart-1", SlotKind::Date, "2026-06-30").unwrap();
        let before = values.clone();
        let refused = values.set("smart-1", SlotKind::Date, "2026-02-31");
        assert_eq!(refused, Err(ValueError::Date(DateError::NoSuchDay)));
        assert_eq!(values, before, "the value in place stays");
        assert!(Values::new()
            .set("smart-2", SlotKind::Date, "2026-04-31")
            .is_err());
        assert_eq!(
            refused.unwrap_err().to_string(),
            "there is no such day in the calendar",
            "the words shown beside the slot"
        );
    }

    #[test]
    fn a_date_slot_takes_free_text_and_real_days() {
        let mut values = Values::new();
        for ok in ["end of Q3", "2028-02-29", "30/02/2026", "2026-2-31"] {
            values.set("smart-1", SlotKind::Date, ok).unwrap();
            assert_eq!(values.get("smart-1", SlotKind::Date), Some(ok));
        }
        // The date rule is the ⟨date⟩ slot's: other slots take any one line.
        values
            .set("smart-1", SlotKind::Target, "2026-02-31")
            .unwrap();
        assert_eq!(
            check_slot_value(SlotKind::Baseline, "2026-02-31"),
            Ok(()),
            "not a date slot"
        );
    }

    #[test]
    fn every_slot_keeps_the_one_line_rule() {
        for slot in SlotKind::ALL {
            assert_eq!(check_slot_value(slot, "a\nb"), Err(ValueError::NotOneLine));
            assert_eq!(
                check_slot_value(slot, &"x".repeat(201)),
                Err(ValueError::TooLong(201))
            );
            assert_eq!(
                check_slot_value(slot, "a\u{202E}b"),
                Err(ValueError::BidiControl)
            );
        }
        assert_eq!(slot_name("smart-1", SlotKind::Date), "smart-1.date");
    }
}
