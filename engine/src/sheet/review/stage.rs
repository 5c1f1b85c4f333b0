//! A sheet's stage: Draft → Agreed → Reviewed, and the moves between them.
//!
//! - **Mark as agreed** ([`Sheet::agree`]), from a draft: records the
//!   employee's and the manager's names and the day, as typed (not a
//!   signature). The goals must be ready to agree: at least one kept, the
//!   weights totalling 100 %, every own goal saying something. From then on
//!   the goals, their order, weights, targets and the period are read-only
//!   ([`super::lock`]).
//! - **Mark as reviewed** ([`Sheet::mark_reviewed`]), from an agreed sheet,
//!   once the appraisal scores: records the day. Then the appraisal, ratings
//!   and check-ins are read-only too.
//! - **Reopen** ([`Sheet::reopen`]) goes one step back (Reviewed → Agreed,
//!   Agreed → Draft) and is recorded with its day in [`Review::reopened`],
//!   which keeps the agreement or review day it undid: nothing is lost, and
//!   every export shows the log.
//!
//! The stage, the agreement and the review day are one part of the sheet
//! when it merges (the review's `parts`): a stage change is one write, never
//! undone by a tab that did not see it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::canon::review::ReviewRules;
use crate::dates::{self, DateError};
use crate::message::{Catalog, Message};
use crate::sheet::review::competency::Competency;
use crate::sheet::review::keys;
use crate::sheet::review::score::{score, ReviewGoal};
use crate::sheet::review::{check_filled, is_entry_id, Problem, Review};
use crate::sheet::{is_own_goal_key, Dot, Sheet, TotalWeight};
use crate::values::ValueError;

/// Where a sheet is in its review cycle.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Being written: everything can change.
    #[default]
    Draft,
    /// Agreed by employee and manager: goals, weights and targets are read-only.
    Agreed,
    /// Appraised and scored: only reopening changes it.
    Reviewed,
}

impl Stage {
    /// All three, in order.
    pub const ALL: [Stage; 3] = [Stage::Draft, Stage::Agreed, Stage::Reviewed];

    /// Its JSON name: `draft`, `agreed`, `reviewed`.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Agreed => "agreed",
            Stage::Reviewed => "reviewed",
        }
    }

    /// Its label on screen and in exports: "Draft", "Agreed", "Reviewed".
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            Stage::Draft => t.stage_draft(),
            Stage::Agreed => t.stage_agreed(),
            Stage::Reviewed => t.stage_reviewed(),
        }
    }

    /// Its name inside a sentence ("this sheet is agreed").
    pub fn in_sentence(self, t: &Catalog) -> &'static str {
        match self {
            Stage::Draft => t.stage_draft_in_sentence(),
            Stage::Agreed => t.stage_agreed_in_sentence(),
            Stage::Reviewed => t.stage_reviewed_in_sentence(),
        }
    }

    /// True for a draft.
    pub fn is_draft(&self) -> bool {
        *self == Stage::Draft
    }

    /// True when the goals are read-only (Agreed or Reviewed).
    pub fn locks_goals(self) -> bool {
        self != Stage::Draft
    }

    /// True when the appraisal, ratings and check-ins are read-only too (Reviewed).
    pub fn locks_appraisal(self) -> bool {
        self == Stage::Reviewed
    }
}

/// Who agreed the goals, and when: names and a day as typed, not a signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// "Agreed by employee".
    pub employee: String,
    /// "Agreed by manager".
    pub manager: String,
    /// "Agreed on" (`YYYY-MM-DD`).
    pub date: String,
}

impl Agreement {
    /// Names that follow the value rules and are not blank, a real day.
    pub(crate) fn check(&self) -> Result<(), Problem> {
        let part = |name, p| Problem::In(name, Box::new(p));
        check_filled(&self.employee).map_err(|p| part("employee", p))?;
        check_filled(&self.manager).map_err(|p| part("manager", p))?;
        dates::check(&self.date).map_err(|e| part("date", Problem::Date(e)))
    }
}

/// One reopening: when, from which stage, and what it undid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reopening {
    /// Unique on the sheet (see [`super::new_entry_id`]).
    pub id: String,
    /// The day it was reopened (`YYYY-MM-DD`).
    pub date: String,
    /// The stage it left: Agreed (back to Draft) or Reviewed (back to Agreed).
    pub from: Stage,
    /// The agreement it set aside (reopening an agreed sheet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Agreement>,
    /// The review day it set aside (reopening a reviewed sheet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<String>,
}

impl Reopening {
    /// Puts reopenings in their one order (see `keys::order`).
    pub(crate) fn order(log: &mut [Reopening], edited: &BTreeMap<String, Dot>) {
        keys::order(log, edited, keys::REOPEN, |r| &r.date, |r| &r.id);
    }
}

/// Who a name belongs to, in "Mark as agreed".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Party {
    /// "Agreed by employee".
    Employee,
    /// "Agreed by manager".
    Manager,
}

impl Party {
    /// The field's label.
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            Party::Employee => t.review_agreed_by_employee(),
            Party::Manager => t.review_agreed_by_manager(),
        }
    }
}

/// A step between stages: its button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageAction {
    /// "Mark as agreed".
    Agree,
    /// "Mark as reviewed".
    Review,
    /// "Reopen".
    Reopen,
}

impl StageAction {
    /// Its button's label.
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            StageAction::Agree => t.review_mark_as_agreed(),
            StageAction::Review => t.review_mark_as_reviewed(),
            StageAction::Reopen => t.review_reopen(),
        }
    }
}

/// A day a stage change records: its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageDay {
    /// "Agreed on".
    Agreed,
    /// "Reviewed on".
    Reviewed,
    /// "Reopened on".
    Reopened,
}

impl StageDay {
    /// Its field's label.
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            StageDay::Agreed => t.review_agreed_on(),
            StageDay::Reviewed => t.review_reviewed_on(),
            StageDay::Reopened => t.review_reopened_on(),
        }
    }
}

/// Why a stage change was refused. Nothing changes when it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StageError {
    /// The action does not apply at this stage.
    WrongStage {
        /// The button: "Mark as agreed", "Mark as reviewed", "Reopen".
        action: StageAction,
        /// The sheet's stage.
        stage: Stage,
    },
    /// A name left empty.
    NoName(Party),
    /// A name that breaks the value rules.
    Name(Party, ValueError),
    /// A day that is not a real `YYYY-MM-DD` day, and its field.
    Date(StageDay, DateError),
    /// No goal is kept.
    NoGoals,
    /// The weights do not total 100 %: their total.
    Weights(u32),
    /// An own goal with no text: its number.
    EmptyOwnGoal(u32),
    /// The score cannot be computed yet: why, as the score says it.
    NotScored(Vec<String>),
    /// A reopening id that is malformed or taken.
    Id(String),
}

impl Message for StageError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            StageError::WrongStage { action, stage } => {
                let needs = match action {
                    StageAction::Agree => t.stage_needs_draft(),
                    StageAction::Review => t.stage_needs_agreed(),
                    StageAction::Reopen => t.stage_needs_agreed_or_reviewed(),
                };
                t.stage_error_wrong_stage(action.label(t), needs, stage.in_sentence(t))
            }
            StageError::NoName(party) => t.stage_error_no_name(party.label(t)),
            StageError::Name(party, e) => t.error_field(party.label(t), &e.message(t)),
            StageError::Date(day, e) => t.error_field(day.label(t), &e.message(t)),
            StageError::NoGoals => t.stage_error_no_goals().into(),
            StageError::Weights(total) => t.stage_error_weights(&total.to_string()),
            StageError::EmptyOwnGoal(n) => t.stage_error_empty_own_goal(&n.to_string()),
            StageError::NotScored(why) => t.stage_error_not_scored(&why.join(" ")),
            StageError::Id(id) => t.stage_error_id(&format!("{id:?}")),
        }
    }
}

crate::english_display!(StageError);

impl std::error::Error for StageError {}

impl Sheet {
    /// The sheet's stage.
    pub fn stage(&self) -> Stage {
        self.review.stage
    }

    /// "Mark as agreed": a draft whose goals are ready (at least one kept,
    /// weights totalling 100 %, no empty own goal) becomes Agreed by
    /// `employee` and `manager` on `date`. Refused, changing nothing, otherwise.
    pub fn agree(&mut self, employee: &str, manager: &str, date: &str) -> Result<(), StageError> {
        if self.stage() != Stage::Draft {
            return Err(StageError::WrongStage {
                action: StageAction::Agree,
                stage: self.stage(),
            });
        }
        for (party, name) in [(Party::Employee, employee), (Party::Manager, manager)] {
            crate::values::check_value(name).map_err(|e| StageError::Name(party, e))?;
            if name.trim().is_empty() {
                return Err(StageError::NoName(party));
            }
        }
        dates::check(date).map_err(|e| StageError::Date(StageDay::Agreed, e))?;
        if self.goals.is_empty() {
            return Err(StageError::NoGoals);
        }
        let total = TotalWeight::of(self.kept_goals().map(|(_, weight)| weight));
        if total.is_off() || total.sum().is_none() {
            return Err(StageError::Weights(total.sum().unwrap_or(0)));
        }
        let empty_own = self
            .goals
            .iter()
            .filter(|g| is_own_goal_key(&g.key))
            .filter_map(|g| self.own_goals.get(&g.key))
            .find(|own| own.text.trim().is_empty());
        if let Some(own) = empty_own {
            return Err(StageError::EmptyOwnGoal(own.number));
        }
        self.review.stage = Stage::Agreed;
        self.review.agreed = Some(Agreement {
            employee: employee.to_string(),
            manager: manager.to_string(),
            date: date.to_string(),
        });
        Ok(())
    }

    /// "Mark as reviewed": an agreed sheet whose review scores (see
    /// [`score`]: the goal achievement and the overall rating, so every
    /// weighted goal has an achievement and a manager rating, and the
    /// competencies are rated when they count) becomes Reviewed on `date`.
    /// Refused, changing nothing, otherwise; the error says what is missing.
    /// What is missing is worded in `t`'s language.
    pub fn mark_reviewed(
        &mut self,
        date: &str,
        goals: &[ReviewGoal],
        competencies: &[Competency],
        rules: &ReviewRules,
        t: &Catalog,
    ) -> Result<(), StageError> {
        if self.stage() != Stage::Agreed {
            return Err(StageError::WrongStage {
                action: StageAction::Review,
                stage: self.stage(),
            });
        }
        dates::check(date).map_err(|e| StageError::Date(StageDay::Reviewed, e))?;
        let scored = score(self, goals, competencies, rules, t);
        let mut missing: Vec<String> = Vec::new();
        for figure in [&scored.achievement, &scored.manager.overall] {
            for why in figure.result().err().unwrap_or_default() {
                if !missing.contains(why) {
                    missing.push(why.clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(StageError::NotScored(missing));
        }
        self.review.stage = Stage::Reviewed;
        self.review.reviewed_on = Some(date.to_string());
        Ok(())
    }

    /// "Reopen": one stage back (Reviewed → Agreed, Agreed → Draft),
    /// recorded under `id` (unique on the sheet, see
    /// [`super::new_entry_id`]) with its `date` and what it set aside.
    pub fn reopen(&mut self, id: &str, date: &str) -> Result<(), StageError> {
        let from = self.stage();
        if from == Stage::Draft {
            return Err(StageError::WrongStage {
                action: StageAction::Reopen,
                stage: from,
            });
        }
        dates::check(date).map_err(|e| StageError::Date(StageDay::Reopened, e))?;
        if !is_entry_id(id) || self.review_uses_id(id) {
            return Err(StageError::Id(id.to_string()));
        }
        let review = &mut self.review;
        let mut reopening = Reopening {
            id: id.to_string(),
            date: date.to_string(),
            from,
            agreed: None,
            reviewed_on: None,
        };
        match from {
            Stage::Reviewed => {
                reopening.reviewed_on = review.reviewed_on.take();
                review.stage = Stage::Agreed;
            }
            _ => {
                reopening.agreed = review.agreed.take();
                review.stage = Stage::Draft;
            }
        }
        review.reopened.push(reopening);
        let edited = self.edited.clone();
        Reopening::order(&mut self.review.reopened, &edited);
        Ok(())
    }

    /// True when a check-in or a reopening already has this id.
    pub(crate) fn review_uses_id(&self, id: &str) -> bool {
        let review: &Review = &self.review;
        review.reopened.iter().any(|r| r.id == id)
            || review.check_ins.values().flatten().any(|c| c.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::canon::review::ReviewRules;
    use crate::sheet::review::Rater;

    fn en() -> &'static crate::message::Catalog {
        crate::message::catalog(crate::message::Lang::En)
    }

    fn ready() -> Sheet {
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet.keep("okr-1");
        sheet.set_weight("smart-1", Some(60)).unwrap();
        sheet.set_weight("okr-1", Some(40)).unwrap();
        sheet
    }

    fn goals() -> Vec<ReviewGoal> {
        ["smart-1", "okr-1"]
            .into_iter()
            .zip([60, 40])
            .map(|(key, w)| ReviewGoal {
                key: key.into(),
                label: key.into(),
                weight: Some(w),
                baseline: None,
                target: None,
            })
            .collect()
    }

    #[test]
    fn agreeing_needs_names_a_real_day_and_goals_ready_to_agree() {
        let mut sheet = ready();
        let untouched = sheet.clone();
        let refused = [
            (
                sheet.clone().agree("", "Grace", "2026-01-15"),
                "“Agreed by employee” is empty: type the name.",
            ),
            (
                sheet.clone().agree("Ada", "  ", "2026-01-15"),
                "“Agreed by manager” is empty: type the name.",
            ),
            (
                sheet.clone().agree("Ada\nL", "Grace", "2026-01-15"),
                "“Agreed by employee”: a value is one line, without control characters.",
            ),
            (
                sheet.clone().agree("Ada", "Grace", "2026-02-30"),
                "“Agreed on”: there is no such day in the calendar.",
            ),
            (
                sheet.clone().agree("Ada", "Grace", "15/01/2026"),
                "“Agreed on”: a date is written YYYY-MM-DD, e.g. 2026-06-30.",
            ),
        ];
        for (result, message) in refused {
            assert_eq!(result.unwrap_err().to_string(), message);
        }
        let mut unweighted = sheet.clone();
        unweighted.set_weight("okr-1", Some(30)).unwrap();
        assert_eq!(
            unweighted.agree("Ada", "Grace", "2026-01-15"),
            Err(StageError::Weights(90))
        );
        assert_eq!(
            StageError::Weights(90).to_string(),
            "Weights total 90 %, not 100 %: set them before agreeing."
        );
        let mut empty = Sheet::new("s", "f", "l", "v", "t");
        assert_eq!(
            empty.agree("Ada", "Grace", "2026-01-15"),
            Err(StageError::NoGoals)
        );
        let mut own = sheet.clone();
        own.set_weight("okr-1", Some(30)).unwrap();
        let key = own.add_own_goal("own-a");
        own.set_weight(&key, Some(10)).unwrap();
        own.set_own_goal_text(&key, "   ").unwrap();
        assert_eq!(
            own.agree("Ada", "Grace", "2026-01-15"),
            Err(StageError::EmptyOwnGoal(1))
        );
        assert_eq!(sheet, untouched, "a refusal changes nothing");

        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        assert_eq!(sheet.stage(), Stage::Agreed);
        assert_eq!(
            sheet.review.agreed.as_ref().map(|a| a.employee.as_str()),
            Some("Ada")
        );
        assert_eq!(
            sheet
                .clone()
                .agree("Ada", "Grace", "2026-01-15")
                .unwrap_err()
                .to_string(),
            "“Mark as agreed” is for a draft; this sheet is agreed."
        );
    }

    #[test]
    fn reviewing_needs_an_agreed_sheet_that_scores() {
        let rules = ReviewRules::default();
        let mut draft = ready();
        assert_eq!(
            draft
                .mark_reviewed("2026-12-20", &goals(), &[], &rules, en())
                .unwrap_err()
                .to_string(),
            "“Mark as reviewed” is for an agreed sheet; this sheet is draft."
        );
        let mut sheet = ready();
        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        let err = sheet
            .mark_reviewed("2026-12-20", &goals(), &[], &rules, en())
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "The review does not score yet: No achievement for smart-1: type its actual (or its achievement %). No achievement for okr-1: type its actual (or its achievement %). No manager rating for smart-1. No manager rating for okr-1."
        );
        for key in ["smart-1", "okr-1"] {
            sheet
                .set_appraisal(key, crate::sheet::review::AppraisalField::Achievement, "80")
                .unwrap();
            sheet.set_goal_rating(key, Rater::Manager, Some(4)).unwrap();
        }
        assert!(matches!(
            sheet.mark_reviewed("2026-13-01", &goals(), &[], &rules, en()),
            Err(StageError::Date(StageDay::Reviewed, _))
        ));
        sheet
            .mark_reviewed("2026-12-20", &goals(), &[], &rules, en())
            .unwrap();
        assert_eq!(sheet.stage(), Stage::Reviewed);
        assert_eq!(sheet.review.reviewed_on.as_deref(), Some("2026-12-20"));
    }

    #[test]
    fn reopening_goes_one_step_back_and_keeps_what_it_set_aside() {
        let rules = ReviewRules::default();
        let mut sheet = ready();
        assert!(matches!(
            sheet.reopen("r1", "2026-02-01"),
            Err(StageError::WrongStage { .. })
        ));
        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        for key in ["smart-1", "okr-1"] {
            sheet
                .set_appraisal(
                    key,
                    crate::sheet::review::AppraisalField::Achievement,
                    "100",
                )
                .unwrap();
            sheet.set_goal_rating(key, Rater::Manager, Some(3)).unwrap();
        }
        sheet
            .mark_reviewed("2026-12-20", &goals(), &[], &rules, en())
            .unwrap();
        assert!(matches!(
            sheet.reopen("bad id", "2026-12-21"),
            Err(StageError::Id(_))
        ));
        sheet.reopen("r1", "2026-12-21").unwrap();
        assert_eq!(sheet.stage(), Stage::Agreed);
        assert_eq!(sheet.review.reviewed_on, None);
        assert_eq!(
            sheet.reopen("r1", "2026-12-22"),
            Err(StageError::Id("r1".into())),
            "ids are unique"
        );
        sheet.reopen("r2", "2026-12-22").unwrap();
        assert_eq!(sheet.stage(), Stage::Draft);
        assert_eq!(sheet.review.agreed, None);
        let log = &sheet.review.reopened;
        assert_eq!(log.len(), 2);
        assert_eq!(
            (log[0].from, log[0].reviewed_on.as_deref()),
            (Stage::Reviewed, Some("2026-12-20"))
        );
        assert_eq!(log[1].from, Stage::Agreed);
        assert_eq!(log[1].agreed.as_ref().unwrap().manager, "Grace");
        // Agreed again: a new agreement, the old one still in the log.
        sheet.agree("Ada", "Alan", "2026-12-23").unwrap();
        assert_eq!(sheet.review.agreed.as_ref().unwrap().manager, "Alan");
        assert_eq!(
            sheet.review.reopened[1].agreed.as_ref().unwrap().manager,
            "Grace"
        );
        let back = Sheet::from_json(&sheet.to_json()).unwrap();
        assert_eq!(back, sheet);
    }
}
