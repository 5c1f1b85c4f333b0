//! Merging two copies of one sheet, part by part.
//!
//! A sheet is seen as a set of independent parts, its [`Registers`]
//! (`registers.rs`): the
//! person, the period and each review-cycle date, each slot value, each kept
//! goal with its weight, the goal order, each own goal, and the canon stamp.
//! Every local change of a part records the write that made it, a [`Dot`]: a
//! write number one above every write the copy holds (a Lamport clock), the
//! time, and the tab. Merging two copies takes, part by part, the value of
//! the greater write:
//!
//! - a part changed after seeing the other side's value has the greater
//!   number: that change is kept, **whatever any clock says**; a copy that
//!   never saw a change (written from a stale read, as browsers' storage
//!   allows across tabs) has nothing for that part, and never undoes it;
//! - a part changed on both sides at once (equal numbers): one side's whole
//!   value, never a mix: the later edit time wins, then the tab, then the value.
//!
//! Taking the greater of a total order is the same in every order of merges,
//! so every tab reaches the same sheet.
//!
//! Edit times are this browser's: an imported sheet or link is restamped as one
//! local change made now ([`Sheet::restamp`]), so a time from another machine
//! (a fast clock, a hostile year 9999) never outranks a local edit.

use std::collections::BTreeMap;

use crate::frame::SlotKind;
use crate::sheet::registers::{slot_key, Dot, Registers};
use crate::sheet::review;
use crate::sheet::{Goal, OwnGoal, Sheet, SCHEMA};
use crate::values::Values;

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
            ("lang", &self.lang),
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
        review::parts::insert(&self.review, &mut r);
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
        self.lang = get("lang");
        self.values = Values::new();
        self.own_goals = BTreeMap::new();
        let mut kept: BTreeMap<&str, Option<u32>> = BTreeMap::new();
        for (key, value) in r {
            if key.starts_with(review::parts::PREFIX) {
                continue; // Read below.
            } else if let Some(key) = key.strip_prefix(KEEP) {
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
        rest.sort_by_key(|(key, _)| {
            let dot = self.edited.get(&format!("{KEEP}{key}"));
            (dot.map(|d| d.at.clone()), *key)
        });
        for (key, weight) in rest {
            self.goals.push(Goal {
                key: key.to_string(),
                weight,
            });
        }
        self.review = review::parts::read(r, &self.edited);
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

    /// The number of the latest write this copy holds.
    fn latest_write(&self) -> u64 {
        self.edited.values().map(|d| d.n).max().unwrap_or(0)
    }

    /// How many parts hold a write of this copy that `other` would take
    /// over its own: changes `other` lacks.
    pub fn unseen_by(&self, other: &Sheet) -> usize {
        self.edited
            .iter()
            .filter(|(key, dot)| other.edited.get(*key).is_none_or(|theirs| *dot > theirs))
            .count()
    }

    /// Records one write by `tab` at `now`: every part that differs from
    /// `before` gets its [`Dot`]. Returns false when nothing differs.
    pub fn touch_changes(&mut self, before: &Sheet, tab: &str, now: &str) -> bool {
        let (after, old) = (self.registers(), before.registers());
        let changed: Vec<String> = after
            .keys()
            .chain(old.keys())
            .filter(|key| after.get(*key) != old.get(*key))
            .cloned()
            .collect();
        if changed.is_empty() {
            return false;
        }
        let dot = Dot {
            n: self.latest_write().max(before.latest_write()) + 1,
            at: now.to_string(),
            tab: tab.to_string(),
        };
        for key in changed {
            self.edited.insert(key, dot.clone());
        }
        true
    }

    /// Makes the whole sheet one write by `tab` made `now`. For sheets from
    /// outside this browser (a file, a link, another machine), whose writes
    /// and times say nothing of this browser.
    pub fn restamp(&mut self, tab: &str, now: &str) {
        let dot = Dot {
            n: 1,
            at: now.to_string(),
            tab: tab.to_string(),
        };
        self.edited = self
            .registers()
            .into_keys()
            .map(|key| (key, dot.clone()))
            .collect();
        // One write for every entry: the review's logs order by date and id.
        self.order_review_logs();
    }

    /// Brings edit times later than `now` back to `now` (a sheet saved by an
    /// earlier release with a foreign clock's times), so that they cannot
    /// outrank the edits still to come here.
    pub fn clamp_edit_times(&mut self, now: &str) {
        for dot in self.edited.values_mut() {
            if dot.at.as_str() > now {
                dot.at = now.to_string();
            }
        }
    }

    /// Merges `self` (mine) and `theirs`, part by part (see the module's
    /// documentation). Both must be copies of one generation of one sheet.
    pub fn merge(&self, theirs: &Sheet) -> Sheet {
        let (mine_r, theirs_r) = (self.registers(), theirs.registers());
        let mut keys: Vec<&String> = mine_r
            .keys()
            .chain(theirs_r.keys())
            .chain(self.edited.keys())
            .chain(theirs.edited.keys())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let mut registers = Registers::new();
        let mut edited = BTreeMap::new();
        for key in keys {
            let (m, t) = (mine_r.get(key), theirs_r.get(key));
            let (md, td) = (self.edited.get(key), theirs.edited.get(key));
            // The greater write; a part no write touched counts least.
            let (value, dot) = if (md, m) >= (td, t) { (m, md) } else { (t, td) };
            if let Some(value) = value {
                registers.insert(key.clone(), value.clone());
            }
            if let Some(dot) = dot {
                edited.insert(key.clone(), dot.clone());
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

    fn set(sheet: &mut Sheet, tab: &str, item: &str, slot: SlotKind, value: &str, now: &str) {
        let before = sheet.clone();
        sheet.values.set(item, slot, value).unwrap();
        sheet.touch_changes(&before, tab, now);
    }

    fn base() -> Sheet {
        let mut sheet = filled();
        sheet.restamp("t0", "2026-01-01T00:00:00Z");
        sheet
    }

    #[test]
    fn one_sided_changes_are_kept_whatever_the_clocks_say() {
        let base = base();
        let mut mine = base.clone();
        set(
            &mut mine,
            "a",
            "smart-1",
            SlotKind::Baseline,
            "90%",
            "2026-01-05T00:00:00Z",
        );
        set(
            &mut mine,
            "a",
            "smart-1",
            SlotKind::Date,
            "",
            "2026-01-05T00:00:00Z",
        );
        let before = mine.clone();
        mine.set_person("Ada L.").unwrap();
        mine.touch_changes(&before, "a", "2026-01-05T00:00:00Z");
        let mut theirs = base.clone();
        // Their clock is far ahead: it must not matter for parts only they changed.
        set(
            &mut theirs,
            "b",
            "okr-1-kr1",
            SlotKind::Target,
            "3",
            "9999-12-31T00:00:00Z",
        );
        set(
            &mut theirs,
            "b",
            "smart-1",
            SlotKind::Target,
            "99.99%",
            "9999-12-31T00:00:00Z",
        );
        let before = theirs.clone();
        theirs.set_period("2026 H2").unwrap();
        theirs.touch_changes(&before, "b", "9999-12-31T00:00:00Z");
        theirs.updated = "2026-01-03T00:00:00Z".to_string();

        for merged in [mine.merge(&theirs), theirs.merge(&mine)] {
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
        // Nothing changed on one side: the other, exactly.
        assert_eq!(base.merge(&theirs).registers(), theirs.registers());
        assert_eq!(mine.merge(&base).registers(), mine.registers());
    }

    #[test]
    fn a_copy_written_without_seeing_a_change_never_undoes_it() {
        // Tab B sets a target; tab A, reading storage before B's write reached
        // it, writes a copy without it. B's target must survive both ways.
        let base = base();
        let mut b = base.clone();
        set(
            &mut b,
            "b",
            "smart-2",
            SlotKind::Target,
            "target B",
            "2026-01-02T00:00:00Z",
        );
        let mut a = base.clone();
        set(
            &mut a,
            "a",
            "smart-1",
            SlotKind::Baseline,
            "baseline A",
            "2026-01-02T00:00:01Z",
        );
        for merged in [a.merge(&b), b.merge(&a)] {
            assert_eq!(
                merged.values.get("smart-2", SlotKind::Target),
                Some("target B")
            );
            assert_eq!(
                merged.values.get("smart-1", SlotKind::Baseline),
                Some("baseline A")
            );
        }
        // B changed a value A still holds in its older form: B's stays.
        let mut b2 = base.clone();
        set(
            &mut b2,
            "b",
            "smart-1",
            SlotKind::Target,
            "changed by B",
            "2026-01-02T00:00:00Z",
        );
        let stale = base.clone();
        assert_eq!(
            b2.merge(&stale).values.get("smart-1", SlotKind::Target),
            Some("changed by B")
        );
        assert_eq!(
            stale.merge(&b2).values.get("smart-1", SlotKind::Target),
            Some("changed by B")
        );
        // A later change that saw B's is kept over it, even with an earlier clock.
        let mut a2 = b2.clone();
        set(
            &mut a2,
            "a",
            "smart-1",
            SlotKind::Target,
            "after B",
            "2000-01-01T00:00:00Z",
        );
        for merged in [a2.merge(&b2), b2.merge(&a2)] {
            assert_eq!(
                merged.values.get("smart-1", SlotKind::Target),
                Some("after B")
            );
        }
    }

    #[test]
    fn a_part_changed_on_both_sides_takes_one_whole_value_the_same_in_every_tab() {
        let base = base();
        let mut early = base.clone();
        set(
            &mut early,
            "a",
            "smart-1",
            SlotKind::Target,
            "early",
            "2026-01-05T00:00:00Z",
        );
        let mut late = base.clone();
        set(
            &mut late,
            "b",
            "smart-1",
            SlotKind::Target,
            "late",
            "2026-01-06T00:00:00Z",
        );
        for merged in [late.merge(&early), early.merge(&late)] {
            assert_eq!(merged.values.get("smart-1", SlotKind::Target), Some("late"));
        }
        // Equal times: the same choice on both sides.
        let mut a = base.clone();
        set(&mut a, "a", "smart-1", SlotKind::Target, "aaaa", "t");
        let mut b = base.clone();
        set(&mut b, "b", "smart-1", SlotKind::Target, "bbbb", "t");
        assert_eq!(a.merge(&b).registers(), b.merge(&a).registers());
    }

    #[test]
    fn goals_merge_as_kept_sets_with_one_order() {
        let base = base();
        let mut a = base.clone();
        let before = a.clone();
        a.keep("smart-1");
        a.keep("mbo-2");
        a.touch_changes(&before, "a", "t1");
        let mut b = base.clone();
        let before = b.clone();
        b.keep("okr-1");
        b.set_weight("okr-1", Some(40)).unwrap();
        b.touch_changes(&before, "b", "t2");
        let merged = a.merge(&b);
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
        assert_eq!(merged.goals, b.merge(&a).goals, "one order on both sides");
    }

    #[test]
    fn restamped_and_clamped_times_never_outrank_a_later_local_edit() {
        let mut imported = filled();
        imported.edited.insert(
            "smart-1/target".into(),
            Dot {
                n: 9,
                at: "9999-01-01T00:00:00Z".into(),
                tab: "far".into(),
            },
        );
        imported.restamp("here", "2026-03-01T00:00:00Z");
        assert!(imported
            .edited
            .values()
            .all(|d| d.at == "2026-03-01T00:00:00Z" && d.tab == "here" && d.n == 1));
        let mut old = filled();
        old.edited.insert(
            "smart-1/target".into(),
            Dot {
                n: 0,
                at: "9999-01-01T00:00:00Z".into(),
                tab: String::new(),
            },
        );
        old.clamp_edit_times("2026-03-01T00:00:00Z");
        assert_eq!(old.edited["smart-1/target"].at, "2026-03-01T00:00:00Z");
    }

    #[test]
    fn schema_1_edit_times_read_as_the_earliest_writes() {
        let json = filled()
            .to_json()
            .replace(SCHEMA, "goalframes.sheet/1")
            .replace(
                "\"updated\"",
                "\"edited\":{\"smart-1/target\":\"2026-01-02T00:00:00Z\"},\"updated\"",
            );
        let sheet = Sheet::from_json(&json).unwrap();
        let dot = &sheet.edited["smart-1/target"];
        assert_eq!(
            (dot.tab.as_str(), dot.n, dot.at.as_str()),
            ("", 0, "2026-01-02T00:00:00Z")
        );
        // Any later edit outranks it.
        let mut edited = sheet.clone();
        set(
            &mut edited,
            "a",
            "smart-1",
            SlotKind::Target,
            "new",
            "2000-01-01T00:00:00Z",
        );
        assert_eq!(
            sheet.merge(&edited).values.get("smart-1", SlotKind::Target),
            Some("new")
        );
    }

    /// A base both tabs start from: two goals weighted 60/40, agreed.
    fn agreed_base() -> Sheet {
        let mut sheet = filled();
        sheet.keep("smart-1");
        sheet.keep("okr-1");
        sheet.set_weight("smart-1", Some(60)).unwrap();
        sheet.set_weight("okr-1", Some(40)).unwrap();
        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        sheet.restamp("t0", "2026-01-15T00:00:00Z");
        sheet
    }

    fn change(sheet: &mut Sheet, tab: &str, now: &str, f: impl FnOnce(&mut Sheet)) {
        let before = sheet.clone();
        f(sheet);
        assert!(
            sheet.touch_changes(&before, tab, now),
            "the edit changed something"
        );
    }

    fn check_in(sheet: &mut Sheet, tab: &str, goal: &str, value: &str, now: &str) {
        let id = review::new_entry_id(&sheet.review, tab);
        change(sheet, tab, now, |s| {
            s.add_check_in(
                goal,
                review::CheckIn {
                    id,
                    date: "2026-04-01".into(),
                    value: value.into(),
                    status: review::Status::OnTrack,
                    note: String::new(),
                },
            )
            .unwrap()
        });
    }

    #[test]
    fn check_ins_from_two_tabs_are_both_kept_in_one_order() {
        let base = agreed_base();
        let mut a = base.clone();
        check_in(&mut a, "a", "smart-1", "350 ms", "2026-04-01T10:00:00Z");
        check_in(&mut a, "a", "okr-1", "3", "2026-04-01T10:00:01Z");
        let mut b = base.clone();
        check_in(&mut b, "b", "smart-1", "340 ms", "2026-04-01T09:00:00Z");
        let (ab, ba) = (a.merge(&b), b.merge(&a));
        assert_eq!(ab, ba, "the same sheet in every tab, logs in one order");
        let values: Vec<&str> = ab
            .check_ins("smart-1")
            .iter()
            .map(|c| c.value.as_str())
            .collect();
        assert_eq!(values.len(), 2, "both kept: {values:?}");
        assert!(values.contains(&"350 ms") && values.contains(&"340 ms"));
        assert_eq!(ab.check_ins("okr-1").len(), 1);
        // Merging again changes nothing: a union.
        assert_eq!(ab.merge(&a).registers(), ab.registers());
        assert_eq!(ab.merge(&base).registers(), ab.registers());
    }

    #[test]
    fn a_stage_change_is_never_undone_by_a_stale_tab() {
        let mut base = filled();
        base.keep("smart-1");
        base.set_weight("smart-1", Some(100)).unwrap();
        base.restamp("t0", "2026-01-01T00:00:00Z");
        // Tab A agrees; tab B, stale, keeps editing with a clock far ahead.
        let mut a = base.clone();
        change(&mut a, "a", "2026-01-15T00:00:00Z", |s| {
            s.agree("Ada", "Grace", "2026-01-15").unwrap()
        });
        let mut b = base.clone();
        set(
            &mut b,
            "b",
            "mbo-1",
            SlotKind::Target,
            "x",
            "9999-01-01T00:00:00Z",
        );
        check_in(&mut b, "b", "smart-1", "350 ms", "9999-01-01T00:00:01Z");
        for merged in [a.merge(&b), b.merge(&a)] {
            assert_eq!(merged.stage(), review::Stage::Agreed);
            assert_eq!(merged.review.agreed, a.review.agreed);
            assert_eq!(merged.values.get("mbo-1", SlotKind::Target), Some("x"));
            assert_eq!(merged.check_ins("smart-1").len(), 1);
        }
        // Reopened in A after agreeing: a copy that only saw the agreement
        // does not bring the agreement back.
        let agreed = a.clone();
        change(&mut a, "a", "2026-02-01T00:00:00Z", |s| {
            s.reopen("r1", "2026-02-01").unwrap()
        });
        for merged in [a.merge(&agreed), agreed.merge(&a)] {
            assert_eq!(merged.stage(), review::Stage::Draft);
            assert_eq!(merged.review.agreed, None);
            assert_eq!(merged.review.reopened.len(), 1);
        }
    }

    #[test]
    fn two_stage_changes_at_once_take_one_whole_stage_and_reopenings_merge_by_union() {
        let mut base = filled();
        base.keep("smart-1");
        base.set_weight("smart-1", Some(100)).unwrap();
        base.restamp("t0", "2026-01-01T00:00:00Z");
        let mut a = base.clone();
        change(&mut a, "a", "2026-01-15T00:00:00Z", |s| {
            s.agree("Ada", "Grace", "2026-01-15").unwrap()
        });
        let mut b = base.clone();
        change(&mut b, "b", "2026-01-15T00:00:00Z", |s| {
            s.agree("Ada L.", "G. Hopper", "2026-01-16").unwrap()
        });
        let (ab, ba) = (a.merge(&b), b.merge(&a));
        assert_eq!(ab, ba);
        let agreement = ab.review.agreed.clone().unwrap();
        assert!(
            Some(&agreement) == a.review.agreed.as_ref()
                || Some(&agreement) == b.review.agreed.as_ref(),
            "one side's whole agreement, never a mix: {agreement:?}"
        );
        // Both reopen the agreed sheet at once: both records are kept.
        let mut a = ab.clone();
        change(&mut a, "a", "2026-02-01T00:00:00Z", |s| {
            s.reopen("a-1", "2026-02-01").unwrap()
        });
        let mut b = ab.clone();
        change(&mut b, "b", "2026-02-02T00:00:00Z", |s| {
            s.reopen("b-1", "2026-02-02").unwrap()
        });
        let merged = a.merge(&b);
        assert_eq!(merged, b.merge(&a));
        let ids: Vec<&str> = merged
            .review
            .reopened
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["a-1", "b-1"], "by date");
        assert_eq!(merged.stage(), review::Stage::Draft);
        assert!(merged.validate().is_ok());
    }

    #[test]
    fn appraisal_fields_and_ratings_merge_one_by_one() {
        use review::{AppraisalField, Rater};
        let base = agreed_base();
        let mut a = base.clone();
        change(&mut a, "a", "2026-12-01T00:00:00Z", |s| {
            s.set_appraisal("smart-1", AppraisalField::Actual, "250 ms")
                .unwrap();
            s.set_competency_rating("dimension-scope", Rater::Manager, Some(4))
                .unwrap();
        });
        let mut b = base.clone();
        change(&mut b, "b", "2026-12-01T00:00:00Z", |s| {
            s.set_goal_rating("smart-1", Rater::Manager, Some(4))
                .unwrap();
            s.set_competency_rating("dimension-scope", Rater::Employee, Some(3))
                .unwrap();
        });
        for merged in [a.merge(&b), b.merge(&a)] {
            let appraisal = merged.appraisal("smart-1").unwrap();
            assert_eq!(appraisal.actual.as_deref(), Some("250 ms"));
            assert_eq!(appraisal.manager_rating, Some(4));
            let ratings = merged.competency_ratings("dimension-scope").unwrap();
            assert_eq!(
                (ratings.self_rating, ratings.manager_rating),
                (Some(3), Some(4))
            );
        }
        // A field cleared on one side after seeing the other's value stays cleared.
        let mut c = a.merge(&b);
        change(&mut c, "a", "2026-12-02T00:00:00Z", |s| {
            s.set_appraisal("smart-1", AppraisalField::Actual, "")
                .unwrap()
        });
        assert_eq!(c.merge(&b).appraisal("smart-1").unwrap().actual, None);
        assert_eq!(b.merge(&c).appraisal("smart-1").unwrap().actual, None);
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
        sheet.set_weight("okr-2", Some(40)).unwrap();
        sheet.set_weight(&own, Some(0)).unwrap();
        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        let id = review::new_entry_id(&sheet.review, "t");
        sheet
            .add_check_in(
                "smart-1",
                review::CheckIn {
                    id,
                    date: "2026-04-01".into(),
                    value: "350 ms".into(),
                    status: review::Status::Behind,
                    note: "waiting on the new index".into(),
                },
            )
            .unwrap();
        sheet
            .set_appraisal(
                "smart-1",
                review::AppraisalField::ManagerComment,
                "Good year",
            )
            .unwrap();
        sheet
            .set_competency_rating(
                "rubric-complexity/problem-solving",
                review::Rater::Manager,
                Some(4),
            )
            .unwrap();
        sheet.reopen("r1", "2026-05-01").unwrap();
        let mut copy = Sheet::new(&sheet.id, &sheet.family, &sheet.level, "", &sheet.created);
        copy.set_registers(&sheet.registers());
        copy.edited = sheet.edited.clone();
        copy.updated = sheet.updated.clone();
        assert_eq!(copy, sheet);
    }
}
