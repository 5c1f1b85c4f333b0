//! What an agreed sheet refuses to change.
//!
//! While a sheet is Agreed or Reviewed, its goals are read-only until it is
//! reopened: which goals are kept and in what order, their weights, own
//! goals' texts, the slot values of the kept goals' items (targets,
//! baselines, due dates) and the period's start and end (the due date of
//! every ⟨date⟩ slot not filled on its own). While Reviewed, the appraisal,
//! the competency ratings and the check-ins are read-only too. At every
//! stage, check-ins and reopenings are append-only, and the agreement and
//! the review day change only by a stage change ([`super::stage`]).
//!
//! [`locked_change`] compares a sheet before and after an edit and names the
//! first locked part the edit changed, so that the store can refuse it.
//! Stage changes themselves (agree, reopen, mark as reviewed) change no
//! locked part; an edit that reopens and changes a goal at once is refused.

use std::collections::BTreeSet;

use crate::frame::SlotKind;
use crate::message::{Catalog, Message};
use crate::sheet::review::check_in::CheckIn;
use crate::sheet::review::stage::Stage;
use crate::sheet::{CycleDate, Sheet};

/// A locked part an edit changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockedChange {
    /// Which goals are kept, or their order.
    Goals,
    /// A kept goal's weight.
    Weight(String),
    /// An own goal's text.
    OwnGoal(String),
    /// A slot value of a kept goal's item.
    Value(String, SlotKind),
    /// The period's start or end.
    Period(CycleDate),
    /// The agreement or the review day, other than by a stage change.
    StageRecord,
    /// A goal's appraisal, while Reviewed.
    Appraisal(String),
    /// A competency row's ratings, while Reviewed.
    CompetencyRating(String),
    /// A check-in added while Reviewed.
    CheckInAdded(String),
    /// An existing check-in changed or removed (never allowed).
    CheckInChanged(String),
    /// An existing reopening changed or removed (never allowed).
    ReopeningChanged,
}

impl Message for LockedChange {
    fn message(&self, t: &Catalog) -> String {
        match self {
            LockedChange::Goals => t.lock_goals().into(),
            LockedChange::Weight(goal) => t.lock_weight(goal),
            LockedChange::OwnGoal(goal) => t.lock_own_goal(goal),
            // Shown beside the slot, which names the goal: its key would only confuse.
            LockedChange::Value(_, slot) => match slot {
                SlotKind::Baseline => t.lock_baseline(),
                SlotKind::Target => t.lock_target(),
                SlotKind::Date => t.lock_date(),
            }
            .into(),
            LockedChange::Period(field) => match field {
                CycleDate::PeriodStart => t.lock_period_start(),
                CycleDate::PeriodEnd => t.lock_period_end(),
                CycleDate::ReviewDate => t.lock_review_date(),
            }
            .into(),
            LockedChange::StageRecord => t.lock_stage_record().into(),
            LockedChange::Appraisal(goal) => t.lock_appraisal(goal),
            LockedChange::CompetencyRating(key) => t.lock_competency_rating(key),
            LockedChange::CheckInAdded(goal) => t.lock_check_in_added(goal),
            LockedChange::CheckInChanged(goal) => t.lock_check_in_changed(goal),
            LockedChange::ReopeningChanged => t.lock_reopening_changed().into(),
        }
    }
}

crate::english_display!(LockedChange);

/// True when `item` belongs to the goal `goal`: the goal's own item
/// (`smart-2`, `mbo-1`, `scorecard-internal-1`, `growth-scope`, an own
/// goal), or, for an objective, one of its key results (`okr-1-kr1` of
/// `okr-1`). Tested against every goal's items of the shipped and example
/// canons.
pub fn owns_item(goal: &str, item: &str) -> bool {
    let key_result = || {
        let number = item.strip_prefix(goal)?.strip_prefix("-kr")?;
        let digits = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
        Some(goal.starts_with("okr-") && digits)
    };
    item == goal || key_result() == Some(true)
}

/// The first locked part `after` changed from `before` (see the module
/// documentation), or `None` when the edit may be saved.
pub fn locked_change(before: &Sheet, after: &Sheet) -> Option<LockedChange> {
    let (b, a) = (&before.review, &after.review);
    if let Some(change) = append_only(before, after) {
        return Some(change);
    }
    let stage = before.stage();
    if stage == after.stage() && (b.agreed != a.agreed || b.reviewed_on != a.reviewed_on) {
        return Some(LockedChange::StageRecord);
    }
    if stage.locks_goals() {
        if let Some(change) = goals_changed(before, after) {
            return Some(change);
        }
    }
    if stage == Stage::Reviewed {
        let goals: BTreeSet<&String> = b.appraisals.keys().chain(a.appraisals.keys()).collect();
        if let Some(goal) = goals
            .into_iter()
            .find(|g| b.appraisals.get(*g) != a.appraisals.get(*g))
        {
            return Some(LockedChange::Appraisal(goal.clone()));
        }
        let keys: BTreeSet<&String> = b.competencies.keys().chain(a.competencies.keys()).collect();
        if let Some(key) = keys
            .into_iter()
            .find(|k| b.competencies.get(*k) != a.competencies.get(*k))
        {
            return Some(LockedChange::CompetencyRating(key.clone()));
        }
        if let Some((goal, _)) = a
            .check_ins
            .iter()
            .find(|(goal, log)| log.len() > before.check_ins(goal).len())
        {
            return Some(LockedChange::CheckInAdded(goal.clone()));
        }
    }
    None
}

/// A check-in or reopening of `before` that `after` changed or lost.
fn append_only(before: &Sheet, after: &Sheet) -> Option<LockedChange> {
    for (goal, log) in &before.review.check_ins {
        let kept = |entry: &CheckIn| after.check_ins(goal).contains(entry);
        if !log.iter().all(kept) {
            return Some(LockedChange::CheckInChanged(goal.clone()));
        }
    }
    let reopenings = &after.review.reopened;
    if !before
        .review
        .reopened
        .iter()
        .all(|r| reopenings.contains(r))
    {
        return Some(LockedChange::ReopeningChanged);
    }
    None
}

/// The first goal part `after` changed from `before`.
fn goals_changed(before: &Sheet, after: &Sheet) -> Option<LockedChange> {
    let keys = |s: &Sheet| s.goals.iter().map(|g| g.key.clone()).collect::<Vec<_>>();
    if keys(before) != keys(after) || before.own_goals.keys().ne(after.own_goals.keys()) {
        return Some(LockedChange::Goals);
    }
    for (old, new) in before.goals.iter().zip(&after.goals) {
        if old.weight != new.weight {
            return Some(LockedChange::Weight(old.key.clone()));
        }
    }
    for (key, own) in &before.own_goals {
        if after.own_goals.get(key) != Some(own) {
            return Some(LockedChange::OwnGoal(key.clone()));
        }
    }
    for field in [CycleDate::PeriodStart, CycleDate::PeriodEnd] {
        if before.cycle_date(field) != after.cycle_date(field) {
            return Some(LockedChange::Period(field));
        }
    }
    let slots: BTreeSet<(&str, SlotKind)> = before
        .values
        .iter()
        .chain(after.values.iter())
        .map(|(item, slot, _)| (item, slot))
        .filter(|(item, _)| before.goals.iter().any(|g| owns_item(&g.key, item)))
        .collect();
    slots
        .into_iter()
        .find(|(item, slot)| before.values.get(item, *slot) != after.values.get(item, *slot))
        .map(|(item, slot)| LockedChange::Value(item.to_string(), slot))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::review::{AppraisalField, CheckIn, Rater, ReviewRules, Status};

    fn agreed() -> Sheet {
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet.keep("okr-2");
        let own = sheet.add_own_goal("own-a");
        sheet.set_own_goal_text(&own, "Mentor two juniors").unwrap();
        for (key, w) in [("smart-1", 50), ("okr-2", 40), ("own-a", 10)] {
            sheet.set_weight(key, Some(w)).unwrap();
        }
        sheet
            .values
            .set("smart-1", SlotKind::Target, "200 ms")
            .unwrap();
        sheet
            .values
            .set("okr-2-kr1", SlotKind::Baseline, "12%")
            .unwrap();
        sheet
            .set_cycle_date(CycleDate::PeriodEnd, "2026-12-31")
            .unwrap();
        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        sheet
    }

    fn check_in(id: &str) -> CheckIn {
        CheckIn {
            id: id.into(),
            date: "2026-04-01".into(),
            value: "300 ms".into(),
            status: Status::OnTrack,
            note: String::new(),
        }
    }

    fn edit(sheet: &Sheet, f: impl FnOnce(&mut Sheet)) -> Option<LockedChange> {
        let mut after = sheet.clone();
        f(&mut after);
        locked_change(sheet, &after)
    }

    #[test]
    fn an_agreed_sheet_refuses_changes_to_its_goals_weights_targets_and_period() {
        let sheet = agreed();
        let refused = [
            (edit(&sheet, |s| s.keep("mbo-1")), LockedChange::Goals),
            (edit(&sheet, |s| s.unkeep("okr-2")), LockedChange::Goals),
            (
                edit(&sheet, |s| s.move_goal("okr-2", -1)),
                LockedChange::Goals,
            ),
            (
                edit(&sheet, |s| s.set_weight("okr-2", Some(30)).unwrap()),
                LockedChange::Weight("okr-2".into()),
            ),
            (
                edit(&sheet, |s| {
                    s.set_own_goal_text("own-a", "Mentor one").unwrap()
                }),
                LockedChange::OwnGoal("own-a".into()),
            ),
            (
                edit(&sheet, |s| {
                    s.values.set("smart-1", SlotKind::Target, "150 ms").unwrap()
                }),
                LockedChange::Value("smart-1".into(), SlotKind::Target),
            ),
            (
                edit(&sheet, |s| {
                    s.values
                        .set("okr-2-kr2", SlotKind::Date, "2026-06-30")
                        .unwrap()
                }),
                LockedChange::Value("okr-2-kr2".into(), SlotKind::Date),
            ),
            (
                edit(&sheet, |s| {
                    s.values.set("okr-2-kr1", SlotKind::Baseline, "").unwrap()
                }),
                LockedChange::Value("okr-2-kr1".into(), SlotKind::Baseline),
            ),
            (
                edit(&sheet, |s| {
                    s.set_cycle_date(CycleDate::PeriodEnd, "2026-11-30")
                        .unwrap()
                }),
                LockedChange::Period(CycleDate::PeriodEnd),
            ),
            (
                edit(&sheet, |s| {
                    s.review.agreed.as_mut().unwrap().manager = "Alan".into()
                }),
                LockedChange::StageRecord,
            ),
        ];
        for (got, expected) in refused {
            assert_eq!(got, Some(expected));
        }
        assert_eq!(
            LockedChange::Value("smart-1".into(), SlotKind::Target).to_string(),
            "The goals are agreed: reopen the sheet to change the target."
        );
        // What stays open while agreed: other items' values, the person, the
        // review date, check-ins, the appraisal, ratings; stage changes.
        let allowed = [
            edit(&sheet, |s| {
                s.values.set("mbo-1", SlotKind::Target, "x").unwrap()
            }),
            edit(&sheet, |s| {
                s.values.set("smart-10", SlotKind::Target, "x").unwrap()
            }),
            edit(&sheet, |s| s.set_person("Ada L.").unwrap()),
            edit(&sheet, |s| {
                s.set_cycle_date(CycleDate::ReviewDate, "2026-12-15")
                    .unwrap()
            }),
            edit(&sheet, |s| {
                s.add_check_in("smart-1", check_in("c1")).unwrap()
            }),
            edit(&sheet, |s| {
                s.set_appraisal("smart-1", AppraisalField::Actual, "250 ms")
                    .unwrap()
            }),
            edit(&sheet, |s| {
                s.set_competency_rating("dimension-scope", Rater::Manager, Some(4))
                    .unwrap()
            }),
            edit(&sheet, |s| s.reopen("r1", "2026-03-01").unwrap()),
        ];
        assert!(allowed.iter().all(Option::is_none), "{allowed:?}");
        // Reopen and change a weight in one edit: refused.
        assert_eq!(
            edit(&sheet, |s| {
                s.reopen("r1", "2026-03-01").unwrap();
                s.set_weight("okr-2", Some(30)).unwrap();
            }),
            Some(LockedChange::Weight("okr-2".into()))
        );
        // Reopened, everything is open again.
        let mut draft = sheet.clone();
        draft.reopen("r1", "2026-03-01").unwrap();
        assert_eq!(
            edit(&draft, |s| s.set_weight("okr-2", Some(30)).unwrap()),
            None
        );
        assert_eq!(edit(&draft, |s| s.keep("mbo-1")), None);
    }

    #[test]
    fn a_reviewed_sheet_also_refuses_appraisal_ratings_and_check_ins() {
        let mut sheet = agreed();
        sheet.add_check_in("smart-1", check_in("c1")).unwrap();
        let goals: Vec<_> = ["smart-1", "okr-2", "own-a"]
            .into_iter()
            .zip([50, 40, 10])
            .map(|(key, w)| crate::sheet::review::ReviewGoal {
                key: key.into(),
                label: key.into(),
                weight: Some(w),
                baseline: None,
                target: None,
            })
            .collect();
        for goal in &goals {
            sheet
                .set_appraisal(&goal.key, AppraisalField::Achievement, "90")
                .unwrap();
            sheet
                .set_goal_rating(&goal.key, Rater::Manager, Some(3))
                .unwrap();
        }
        sheet
            .mark_reviewed(
                "2026-12-20",
                &goals,
                &[],
                &ReviewRules::DEFAULT,
                crate::message::catalog(crate::message::Lang::En),
            )
            .unwrap();
        let refused = [
            (
                edit(&sheet, |s| {
                    s.review
                        .appraisals
                        .get_mut("smart-1")
                        .unwrap()
                        .manager_rating = Some(5);
                }),
                LockedChange::Appraisal("smart-1".into()),
            ),
            (
                edit(&sheet, |s| {
                    s.review
                        .competencies
                        .insert("dimension-scope".into(), Default::default());
                }),
                LockedChange::CompetencyRating("dimension-scope".into()),
            ),
            (
                edit(&sheet, |s| {
                    s.review
                        .check_ins
                        .get_mut("smart-1")
                        .unwrap()
                        .push(check_in("c2"));
                }),
                LockedChange::CheckInAdded("smart-1".into()),
            ),
        ];
        for (got, expected) in refused {
            assert_eq!(got, Some(expected));
        }
        assert_eq!(
            edit(&sheet, |s| s.reopen("r1", "2026-12-21").unwrap()),
            None
        );
    }

    #[test]
    fn check_ins_and_reopenings_are_append_only_at_every_stage() {
        let mut sheet = agreed();
        sheet.add_check_in("smart-1", check_in("c1")).unwrap();
        sheet.reopen("r1", "2026-03-01").unwrap();
        assert_eq!(
            edit(&sheet, |s| s.review.check_ins.get_mut("smart-1").unwrap()
                [0]
            .value = "1".into()),
            Some(LockedChange::CheckInChanged("smart-1".into()))
        );
        assert_eq!(
            edit(&sheet, |s| {
                s.review.check_ins.clear();
            }),
            Some(LockedChange::CheckInChanged("smart-1".into()))
        );
        assert_eq!(
            edit(&sheet, |s| s.review.reopened.clear()),
            Some(LockedChange::ReopeningChanged)
        );
    }
}
