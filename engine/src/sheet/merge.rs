//! Merging two copies of one sheet against their common base (three-way).
//!
//! A sheet is seen as a set of independent parts, its [`Registers`]: the
//! person, the period and each review-cycle date, each slot value, each kept
//! goal with its weight, the goal order, each own goal, and the canon stamp.
//! Merging `mine` and `theirs` against `base` (the last copy both sides had in
//! common), part by part:
//!
//! - changed on one side only: that side's value, **whatever any clock says**;
//! - changed on both sides to different values: one side's whole value, never
//!   a mix; the later edit time (see [`Sheet::edited`]) wins, and on equal times
//!   the greater value, so that every tab makes the same choice and they converge.
//!
//! Edit times are this browser's: an imported sheet or link is restamped as one
//! local change made now ([`Sheet::restamp`]), so a time from another machine
//! (a fast clock, a hostile year 9999) never outranks a local edit.

use std::collections::BTreeMap;

use crate::frame::SlotKind;
use crate::sheet::{Goal, OwnGoal, Sheet, SCHEMA};
use crate::values::Values;

/// A sheet's independent parts: part key → value (absent when empty).
///
/// Keys: `person`, `period`, `period_start`, `period_end`, `review_date`,
/// `{item}/{slot}` (a slot value), `keep/{goal}` (a kept goal: its weight, or
/// empty), `order` (kept goals, space-separated), `own/{key}` (an own goal:
/// `{number}:{text}`), and `canon` (the canon name, version and fingerprints).
pub type Registers = BTreeMap<String, String>;

/// The key of a slot's part, e.g. `smart-1/target`.
pub fn slot_key(item: &str, slot: SlotKind) -> String {
    format!("{item}/{}", slot.id())
}

const KEEP: &str = "keep/";
const OWN: &str = "own/";
const ORDER: &str = "order";
const CANON: &str = "canon";

impl Sheet {
    /// The sheet's parts, as merged.
    pub fn registers(&self) -> Registers {
        let mut r = Registers::new();
        let fields = [
            ("person", &self.person),
            ("period", &self.period),
            ("period_start", &self.period_start),
            ("period_end", &self.period_end),
            ("review_date", &self.review_date),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                r.insert(key.to_string(), value.clone());
            }
        }
        for (item, slot, value) in self.values.iter() {
            r.insert(slot_key(item, slot), value.to_string());
        }
        for goal in &self.goals {
            let weight = goal.weight.map(|w| w.to_string()).unwrap_or_default();
            r.insert(format!("{KEEP}{}", goal.key), weight);
        }
        if !self.goals.is_empty() {
            let order: Vec<&str> = self.goals.iter().map(|g| g.key.as_str()).collect();
            r.insert(ORDER.to_string(), order.join(" "));
        }
        for (key, own) in &self.own_goals {
            r.insert(
                format!("{OWN}{key}"),
                format!("{}:{}", own.number, own.text),
            );
        }
        let fingerprints =
            serde_json::to_string(&self.fingerprints).expect("fingerprints serialise");
        let canon = self.canon.as_deref().unwrap_or("");
        r.insert(
            CANON.to_string(),
            format!("{canon}\u{1f}{}\u{1f}{fingerprints}", self.canon_version),
        );
        r
    }

    /// Sets every part from `r`, leaving id, profile and times as they are.
    fn set_registers(&mut self, r: &Registers) {
        let get = |key: &str| r.get(key).cloned();
        self.person = get("person");
        self.period = get("period");
        self.period_start = get("period_start");
        self.period_end = get("period_end");
        self.review_date = get("review_date");
        self.values = Values::new();
        self.own_goals = BTreeMap::new();
        let mut kept: BTreeMap<&str, Option<u32>> = BTreeMap::new();
        for (key, value) in r {
            if let Some(key) = key.strip_prefix(KEEP) {
                kept.insert(key, value.parse().ok());
            } else if let Some(key) = key.strip_prefix(OWN) {
                let (number, text) = value.split_once(':').unwrap_or(("0", value));
                let own = OwnGoal {
                    number: number.parse().unwrap_or(0),
                    text: text.to_string(),
                };
                self.own_goals.insert(key.to_string(), own);
            } else if let Some((item, slot)) = key.split_once('/') {
                if let Some(slot) = SlotKind::ALL.into_iter().find(|s| s.id() == slot) {
                    // Both sides hold only checked values.
                    let _ = self.values.set(item, slot, value);
                }
            }
        }
        // The order part orders the kept goals; a goal kept on the other side
        // (absent from this order) follows, in the order it was kept.
        self.goals = Vec::new();
        let order = get(ORDER).unwrap_or_default();
        for key in order.split(' ') {
            if let Some(weight) = kept.remove(key) {
                self.goals.push(Goal {
                    key: key.to_string(),
                    weight,
                });
            }
        }
        let mut rest: Vec<(&str, Option<u32>)> = kept.into_iter().collect();
        rest.sort_by_key(|(key, _)| (self.edited.get(&format!("{KEEP}{key}")).cloned(), *key));
        for (key, weight) in rest {
            self.goals.push(Goal {
                key: key.to_string(),
                weight,
            });
        }
        if let Some(canon) = get(CANON) {
            let mut parts = canon.splitn(3, '\u{1f}');
            let (name, version, fingerprints) = (parts.next(), parts.next(), parts.next());
            self.canon = name.filter(|n| !n.is_empty()).map(str::to_string);
            self.canon_version = version.unwrap_or_default().to_string();
            self.fingerprints = fingerprints
                .and_then(|f| serde_json::from_str(f).ok())
                .unwrap_or_default();
        }
    }

    /// Records, in [`Sheet::edited`], `now` for every part that differs from `before`.
    pub fn touch_changes(&mut self, before: &Sheet, now: &str) {
        let (after, before) = (self.registers(), before.registers());
        for key in after.keys().chain(before.keys()) {
            if after.get(key) != before.get(key) {
                self.edited.insert(key.clone(), now.to_string());
            }
        }
    }

    /// Makes the whole sheet one local change made `now`: every part's edit
    /// time becomes `now`. For sheets from outside this browser (a file, a
    /// link, another machine), whose times say nothing of this clock.
    pub fn restamp(&mut self, now: &str) {
        self.edited = self
            .registers()
            .into_keys()
            .map(|key| (key, now.to_string()))
            .collect();
    }

    /// Brings edit times later than `now` back to `now` (a sheet saved by an
    /// earlier release with a foreign clock's times), so that they cannot
    /// outrank the edits still to come here.
    pub fn clamp_edit_times(&mut self, now: &str) {
        for time in self.edited.values_mut() {
            if time.as_str() > now {
                *time = now.to_string();
            }
        }
    }

    /// A copy with no parts: the base to merge against when two copies share
    /// no history (every part then counts as changed on the side that has it).
    pub fn without_parts(&self) -> Sheet {
        let mut blank = Sheet::new(&self.id, &self.family, &self.level, "", &self.created);
        blank.generation = self.generation.clone();
        blank.set_registers(&Registers::new());
        blank
    }

    /// Merges `self` (mine) and `theirs` against `base`, part by part (see the
    /// module's documentation). Both must be copies of one generation of one sheet.
    pub fn merge(&self, base: &Sheet, theirs: &Sheet) -> Sheet {
        let (mine_r, base_r, theirs_r) = (self.registers(), base.registers(), theirs.registers());
        let mut keys: Vec<&String> = mine_r
            .keys()
            .chain(theirs_r.keys())
            .chain(base_r.keys())
            .chain(self.edited.keys())
            .chain(theirs.edited.keys())
            .collect();
        keys.sort();
        keys.dedup();
        let mut registers = Registers::new();
        let mut edited = BTreeMap::new();
        for key in keys {
            let (m, b, t) = (mine_r.get(key), base_r.get(key), theirs_r.get(key));
            let (ms, ts) = (self.edited.get(key), theirs.edited.get(key));
            let (value, stamp) = if m == t {
                (m, ms.max(ts))
            } else if m == b {
                (t, ts)
            } else if t == b {
                (m, ms)
            } else if (ms, m) > (ts, t) {
                // Changed on both sides: the later edit wins as a whole.
                (m, ms)
            } else {
                (t, ts)
            };
            if let Some(value) = value {
                registers.insert(key.clone(), value.clone());
            }
            if let Some(stamp) = stamp {
                edited.insert(key.clone(), stamp.clone());
            }
        }
        let mut merged = Sheet {
            schema: SCHEMA.to_string(),
            edited,
            updated: self.updated.clone().max(theirs.updated.clone()),
            created: self.created.clone().min(theirs.created.clone()),
            ..self.clone()
        };
        merged.set_registers(&registers);
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::tests::filled;

    fn set(sheet: &mut Sheet, item: &str, slot: SlotKind, value: &str, now: &str) {
        let before = sheet.clone();
        sheet.values.set(item, slot, value).unwrap();
        sheet.touch_changes(&before, now);
    }

    #[test]
    fn one_sided_changes_are_kept_whatever_the_clocks_say() {
        let base = filled();
        let mut mine = base.clone();
        set(
            &mut mine,
            "smart-1",
            SlotKind::Baseline,
            "90%",
            "2026-01-05T00:00:00Z",
        );
        set(
            &mut mine,
            "smart-1",
            SlotKind::Date,
            "",
            "2026-01-05T00:00:00Z",
        );
        mine.set_person("Ada L.").unwrap();
        let mut theirs = base.clone();
        // Their clock is far ahead: it must not matter for parts only they changed.
        set(
            &mut theirs,
            "okr-1-kr1",
            SlotKind::Target,
            "3",
            "9999-12-31T00:00:00Z",
        );
        set(
            &mut theirs,
            "smart-1",
            SlotKind::Target,
            "99.99%",
            "9999-12-31T00:00:00Z",
        );
        theirs.set_period("2026 H2").unwrap();
        theirs.updated = "2026-01-03T00:00:00Z".to_string();

        for merged in [mine.merge(&base, &theirs), theirs.merge(&base, &mine)] {
            assert_eq!(
                merged.values.get("smart-1", SlotKind::Baseline),
                Some("90%")
            );
            assert_eq!(merged.values.get("smart-1", SlotKind::Date), None);
            assert_eq!(
                merged.values.get("smart-1", SlotKind::Target),
                Some("99.99%")
            );
            assert_eq!(merged.values.get("okr-1-kr1", SlotKind::Target), Some("3"));
            assert_eq!(merged.person.as_deref(), Some("Ada L."));
            assert_eq!(merged.period.as_deref(), Some("2026 H2"));
            assert_eq!(merged.updated, "2026-01-03T00:00:00Z");
        }
        // Nothing changed on my side: theirs, exactly.
        assert_eq!(base.merge(&base, &theirs), theirs);
        // Nothing changed on theirs: mine (but for the later update time).
        assert_eq!(mine.merge(&base, &base).values, mine.values);
    }

    #[test]
    fn a_part_changed_on_both_sides_takes_one_whole_value_the_same_in_every_tab() {
        let base = filled();
        let mut early = base.clone();
        set(
            &mut early,
            "smart-1",
            SlotKind::Target,
            "early",
            "2026-01-05T00:00:00Z",
        );
        let mut late = base.clone();
        set(
            &mut late,
            "smart-1",
            SlotKind::Target,
            "late",
            "2026-01-06T00:00:00Z",
        );
        for merged in [late.merge(&base, &early), early.merge(&base, &late)] {
            assert_eq!(merged.values.get("smart-1", SlotKind::Target), Some("late"));
        }
        // Equal times: the same choice on both sides.
        let mut a = base.clone();
        set(&mut a, "smart-1", SlotKind::Target, "aaaa", "t");
        let mut b = base.clone();
        set(&mut b, "smart-1", SlotKind::Target, "bbbb", "t");
        assert_eq!(a.merge(&base, &b), b.merge(&base, &a));
    }

    #[test]
    fn goals_merge_as_kept_sets_with_one_order() {
        let base = filled();
        let mut a = base.clone();
        let before = a.clone();
        a.keep("smart-1");
        a.keep("mbo-2");
        a.touch_changes(&before, "t1");
        let mut b = base.clone();
        let before = b.clone();
        b.keep("okr-1");
        b.set_weight("okr-1", Some(40)).unwrap();
        b.touch_changes(&before, "t2");
        let merged = a.merge(&base, &b);
        let keys: Vec<&str> = merged.goals.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys.len(), 3, "every goal kept on either side: {keys:?}");
        assert!(keys.contains(&"smart-1") && keys.contains(&"mbo-2") && keys.contains(&"okr-1"));
        assert_eq!(
            merged
                .goals
                .iter()
                .find(|g| g.key == "okr-1")
                .unwrap()
                .weight,
            Some(40)
        );
        assert_eq!(
            merged.goals,
            b.merge(&base, &a).goals,
            "one order on both sides"
        );
    }

    #[test]
    fn restamped_and_clamped_times_never_outrank_a_later_local_edit() {
        let mut imported = filled();
        imported
            .edited
            .insert("smart-1/target".into(), "9999-01-01T00:00:00Z".into());
        imported.restamp("2026-03-01T00:00:00Z");
        assert!(imported
            .edited
            .values()
            .all(|t| t == "2026-03-01T00:00:00Z"));
        let mut old = filled();
        old.edited
            .insert("smart-1/target".into(), "9999-01-01T00:00:00Z".into());
        old.clamp_edit_times("2026-03-01T00:00:00Z");
        assert_eq!(old.edited["smart-1/target"], "2026-03-01T00:00:00Z");
    }

    #[test]
    fn registers_round_trip() {
        let mut sheet = filled();
        sheet.keep("okr-2");
        sheet.keep("smart-1");
        sheet.set_weight("smart-1", Some(60)).unwrap();
        let own = sheet.add_own_goal("own-x1");
        sheet.set_own_goal_text(&own, "Mentor two juniors").unwrap();
        sheet.set_period("2026 H1").unwrap();
        sheet.stamp("JFM", "2026.11", [("smart-1".into(), "ab".into())].into());
        let mut copy = sheet.without_parts();
        copy.set_registers(&sheet.registers());
        copy.edited = sheet.edited.clone();
        copy.created = sheet.created.clone();
        copy.updated = sheet.updated.clone();
        assert_eq!(copy, sheet);
    }
}
