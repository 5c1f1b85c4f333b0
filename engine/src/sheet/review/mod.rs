//! The review: agree a sheet's goals, check in through the period, appraise
//! at its end and score it.
//!
//! A sheet's review data is one [`Review`] (the sheet's JSON field `review`,
//! left out while it holds nothing, so that a draft without review data
//! reads as it did before schema `/3`):
//!
//! - its [`Stage`]: Draft → Agreed → Reviewed, with who agreed and when
//!   ([`Agreement`]), the day it was reviewed, and a log of reopenings
//!   ([`Reopening`]) — [`stage`];
//! - per kept goal and own goal, an append-only log of [`CheckIn`]s — [`check_in`];
//! - per goal, an [`Appraisal`] (actual, achievement typed by hand, self and
//!   manager ratings, comments), and per competency row a self and a manager
//!   rating ([`Ratings`]) — [`appraisal`].
//!
//! In a sheet's JSON (every field optional; `stage` is left out for a draft):
//!
//! ```json
//! "review": {
//!   "stage": "reviewed",
//!   "agreed": {"employee": "Ada Lovelace", "manager": "Grace Hopper", "date": "2026-01-15"},
//!   "reviewed_on": "2026-12-15",
//!   "reopened": [{"id": "tab1-9", "date": "2026-02-01", "from": "agreed",
//!                 "agreed": {"employee": "Ada Lovelace", "manager": "Grace Hopper", "date": "2026-01-10"}}],
//!   "check_ins": {"smart-1": [{"id": "tab1-1", "date": "2026-04-01", "value": "350 ms",
//!                              "status": "on_track", "note": "index rebuild pending"}]},
//!   "appraisals": {"smart-1": {"actual": "250 ms", "self_rating": 3, "manager_rating": 4,
//!                              "employee_comment": "…", "manager_comment": "…"},
//!                  "mbo-2": {"actual": "all schema changes reviewed", "achievement": "80"}},
//!   "competencies": {"dimension-scope": {"self_rating": 3, "manager_rating": 4}}
//! }
//! ```
//!
//! Around the data, pure functions: reading numbers as a person reads them
//! ([`number`]), achievement from baseline, target and actual
//! ([`achievement`]), the suggested check-in status ([`progress`]), the
//! rating scale and score split (the canon's [`ReviewRules`]), the scores ([`mod@score`]), the
//! competency rows quoted from the canon ([`competency`]), what an agreed
//! sheet refuses to change ([`lock`]), and the next period's sheet
//! ([`next_period`]), and the review as every presentation shows it
//! ([`report`]). Review data merges part by part like the rest of the
//! sheet (`parts`: check-ins and reopenings by union).

pub mod achievement;
pub mod appraisal;
pub mod check_in;
pub mod competency;
mod keys;
pub mod lock;
pub mod next_period;
pub mod number;
pub(crate) mod parts;
pub mod progress;
pub mod report;
pub mod score;
pub mod stage;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::dates::{self, DateError};
use crate::message::{Catalog, Message};
use crate::values::{check_text, check_value, ValueError, Values};

pub use crate::canon::review::{ReviewRules, RulesError, ScalePoint};
pub use appraisal::{Appraisal, AppraisalError, AppraisalField, Rater, Ratings};
pub use check_in::{CheckIn, CheckInError, CheckInField, Status};
pub use competency::{competencies, Competency, CompetencyKind};
pub use lock::{locked_change, owns_item, LockedChange};
pub use next_period::{NextPeriod, NextPeriodError};
pub use progress::{suggest_status, Suggestion};
pub use report::{CompetencyReview, GoalReview, ReviewReport};
pub use score::{score, Figure, GoalScore, ReviewGoal, Score, Scored, Side};
pub use stage::{Agreement, Reopening, Stage, StageError};

/// The most check-ins one goal's log holds.
pub const MAX_CHECK_INS_PER_GOAL: usize = 100;

/// The most reopenings a sheet records.
pub const MAX_REOPENINGS: usize = 100;

/// The longest employee or manager comment, in characters (one line).
pub const MAX_COMMENT_CHARS: usize = 500;

/// The largest rating a sheet holds (a scale's values are at most this);
/// the canon's review rules own it, since they bound the scale.
pub use crate::canon::review::MAX_RATING;

/// The longest id of a check-in or a reopening, in characters of `[A-Za-z0-9_-]`.
pub const MAX_ENTRY_ID_CHARS: usize = 40;

/// A sheet's review data (see the module documentation). Empty by default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Where the sheet is in its cycle.
    #[serde(default, skip_serializing_if = "Stage::is_draft")]
    pub stage: Stage,
    /// Who agreed the goals and when: set while Agreed or Reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Agreement>,
    /// The day it was marked as reviewed (`YYYY-MM-DD`): set while Reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<String>,
    /// Every reopening, oldest first: kept for good, shown in every export.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reopened: Vec<Reopening>,
    /// Per goal key, its check-ins, oldest first (by date).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub check_ins: BTreeMap<String, Vec<CheckIn>>,
    /// Per goal key, its appraisal at the period end.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub appraisals: BTreeMap<String, Appraisal>,
    /// Per competency key ([`Competency::key`]), its self and manager ratings.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub competencies: BTreeMap<String, Ratings>,
}

/// Why a sheet's review data is refused: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewError {
    /// The field, as a path in the sheet's JSON, e.g. `review.check_ins.smart-1[2].date`.
    pub field: String,
    /// What is wrong with it.
    pub problem: Problem,
}

impl Message for ReviewError {
    fn message(&self, t: &Catalog) -> String {
        format!("{}: {}", self.field, self.problem.message(t))
    }
}

crate::english_display!(ReviewError);

/// What is wrong with one field of review data (a value typed, or a field
/// of a file's JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// It breaks the value rules (one line, its length, no bidi controls).
    Value(ValueError),
    /// Not a real `YYYY-MM-DD` day.
    Date(DateError),
    /// Blank where a name or value is needed.
    Empty,
    /// A comment over [`MAX_COMMENT_CHARS`] characters (how many it has).
    CommentTooLong(usize),
    /// A rating over [`MAX_RATING`].
    RatingTooHigh(u32),
    /// A rating that is not a whole number.
    RatingNotWhole,
    /// A typed achievement that is not a percentage from 0 to
    /// [`achievement::MAX_TYPED`].
    AchievementNotPercent,
    /// An entry id that is not 1 to [`MAX_ENTRY_ID_CHARS`] of `[A-Za-z0-9_-]`.
    BadId,
    /// An entry id used twice.
    IdTwice(String),
    /// A slot value keyed like review data.
    PartKey,
    /// More reopenings than a sheet records.
    TooManyReopenings(usize),
    /// More check-ins than a goal holds.
    TooManyCheckIns(usize),
    /// A reopening from the draft.
    DraftReopened,
    /// Agreed or reviewed without who agreed.
    NoAgreement,
    /// A draft with an agreement.
    DraftAgreement,
    /// Reviewed without the day.
    NoReviewDay,
    /// A review day before the sheet is reviewed.
    EarlyReviewDay,
    /// Of a part of the field: `employee: it is empty`.
    In(&'static str, Box<Problem>),
}

impl Message for Problem {
    fn message(&self, t: &Catalog) -> String {
        let n = |n: &dyn std::fmt::Display| n.to_string();
        match self {
            Problem::Value(e) => e.message(t),
            Problem::Date(e) => e.message(t),
            Problem::Empty => t.problem_empty().into(),
            Problem::CommentTooLong(count) => {
                t.problem_comment_too_long(&n(count), &n(&MAX_COMMENT_CHARS))
            }
            Problem::RatingTooHigh(rating) => {
                t.problem_rating_too_high(&n(&MAX_RATING), &n(rating))
            }
            Problem::RatingNotWhole => t.problem_rating_not_whole().into(),
            Problem::AchievementNotPercent => {
                // As a whole number: formatting an f64 would link float formatting into the wasm.
                t.problem_achievement_not_percent(&n(&(achievement::MAX_TYPED as u32)))
            }
            Problem::BadId => t.problem_bad_id(&n(&MAX_ENTRY_ID_CHARS)),
            Problem::IdTwice(id) => t.problem_id_twice(&format!("{id:?}")),
            Problem::PartKey => t.problem_part_key(&format!("{:?}", parts::PREFIX)),
            Problem::TooManyReopenings(count) => {
                t.problem_too_many_reopenings(&n(count), &n(&MAX_REOPENINGS))
            }
            Problem::TooManyCheckIns(count) => {
                t.problem_too_many_check_ins(&n(count), &n(&MAX_CHECK_INS_PER_GOAL))
            }
            Problem::DraftReopened => t.problem_draft_reopened().into(),
            Problem::NoAgreement => t.problem_no_agreement().into(),
            Problem::DraftAgreement => t.problem_draft_agreement().into(),
            Problem::NoReviewDay => t.problem_no_review_day().into(),
            Problem::EarlyReviewDay => t.problem_early_review_day().into(),
            Problem::In(part, inner) => format!("{part}: {}", inner.message(t)),
        }
    }
}

crate::english_display!(Problem);

impl std::error::Error for ReviewError {}

impl Review {
    /// True when it holds nothing: a draft with no review data.
    pub fn is_empty(&self) -> bool {
        *self == Review::default()
    }

    /// How many entries it holds (check-ins, appraisal fields, ratings,
    /// reopenings, the stage), for the sheet's limit on entries.
    pub fn entries(&self) -> usize {
        let appraisal_fields: usize = self.appraisals.values().map(Appraisal::filled).sum();
        let ratings: usize = self.competencies.values().map(Ratings::filled).sum();
        usize::from(!self.stage.is_draft())
            + self.reopened.len()
            + self.check_ins.values().map(Vec::len).sum::<usize>()
            + self.check_ins.len()
            + appraisal_fields
            + self.appraisals.len()
            + ratings
            + self.competencies.len()
    }

    /// Every key the review names (goals and competencies), for the sheet's key check.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.check_ins
            .keys()
            .chain(self.appraisals.keys())
            .chain(self.competencies.keys())
            .map(String::as_str)
    }

    /// Checks every field: the stage's records agree with the stage, dates
    /// are real days, names, values and notes follow the value rules,
    /// comments are one line of at most [`MAX_COMMENT_CHARS`], ratings at
    /// most [`MAX_RATING`], typed achievements readable percentages, ids
    /// well formed and unique, logs within their limits. `values` are the
    /// sheet's slot values: none may use the review's part keys.
    pub fn validate(&self, values: &Values) -> Result<(), ReviewError> {
        let err = |field: String, problem: Problem| ReviewError { field, problem };
        if let Some(item) = values.item_keys().find(|k| k.starts_with(parts::PREFIX)) {
            return Err(err(format!("values.{item}"), Problem::PartKey));
        }
        self.validate_stage()?;
        let mut ids = BTreeSet::new();
        if self.reopened.len() > MAX_REOPENINGS {
            return Err(err(
                "review.reopened".into(),
                Problem::TooManyReopenings(self.reopened.len()),
            ));
        }
        for (i, reopening) in self.reopened.iter().enumerate() {
            let field = format!("review.reopened[{i}]");
            check_entry_id(&reopening.id, &mut ids).map_err(|p| err(format!("{field}.id"), p))?;
            check_date(&reopening.date).map_err(|p| err(format!("{field}.date"), p))?;
            if reopening.from.is_draft() {
                return Err(err(format!("{field}.from"), Problem::DraftReopened));
            }
            if let Some(agreement) = &reopening.agreed {
                agreement
                    .check()
                    .map_err(|p| err(format!("{field}.agreed"), p))?;
            }
            if let Some(day) = &reopening.reviewed_on {
                check_date(day).map_err(|p| err(format!("{field}.reviewed_on"), p))?;
            }
        }
        for (goal, log) in &self.check_ins {
            if log.len() > MAX_CHECK_INS_PER_GOAL {
                return Err(err(
                    format!("review.check_ins.{goal}"),
                    Problem::TooManyCheckIns(log.len()),
                ));
            }
            for (i, entry) in log.iter().enumerate() {
                let field = format!("review.check_ins.{goal}[{i}]");
                check_entry_id(&entry.id, &mut ids).map_err(|p| err(format!("{field}.id"), p))?;
                entry
                    .check()
                    .map_err(|(f, p)| err(format!("{field}.{}", f.id()), p))?;
            }
        }
        for (goal, appraisal) in &self.appraisals {
            appraisal
                .check()
                .map_err(|(f, p)| err(format!("review.appraisals.{goal}.{f}"), p))?;
        }
        for (key, ratings) in &self.competencies {
            ratings
                .check()
                .map_err(|(f, p)| err(format!("review.competencies.{key}.{f}"), p))?;
        }
        Ok(())
    }

    /// The stage's records agree with the stage: an agreement exactly while
    /// Agreed or Reviewed, a review day exactly while Reviewed.
    fn validate_stage(&self) -> Result<(), ReviewError> {
        let err = |field: &str, problem: Problem| ReviewError {
            field: format!("review.{field}"),
            problem,
        };
        match (&self.agreed, self.stage) {
            (None, Stage::Agreed | Stage::Reviewed) => {
                return Err(err("agreed", Problem::NoAgreement))
            }
            (Some(_), Stage::Draft) => return Err(err("agreed", Problem::DraftAgreement)),
            (Some(agreement), _) => agreement.check().map_err(|p| err("agreed", p))?,
            (None, Stage::Draft) => {}
        }
        match (&self.reviewed_on, self.stage) {
            (None, Stage::Reviewed) => Err(err("reviewed_on", Problem::NoReviewDay)),
            (Some(_), Stage::Draft | Stage::Agreed) => {
                Err(err("reviewed_on", Problem::EarlyReviewDay))
            }
            (Some(day), Stage::Reviewed) => check_date(day).map_err(|p| err("reviewed_on", p)),
            (None, _) => Ok(()),
        }
    }
}

/// A real `YYYY-MM-DD` day, or why not.
fn check_date(day: &str) -> Result<(), Problem> {
    dates::check(day).map_err(Problem::Date)
}

/// A one-line name or value (the value rules) that is not blank, or why not.
fn check_filled(text: &str) -> Result<(), Problem> {
    check_value(text).map_err(Problem::Value)?;
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    Ok(())
}

/// A one-line comment of at most [`MAX_COMMENT_CHARS`], or why not.
fn check_comment(text: &str) -> Result<(), Problem> {
    check_text(text, MAX_COMMENT_CHARS).map_err(|e| match e {
        ValueError::TooLong(n) => Problem::CommentTooLong(n),
        other => Problem::Value(other),
    })
}

/// A rating of at most [`MAX_RATING`], or why not.
fn check_rating(rating: u32) -> Result<(), Problem> {
    if rating > MAX_RATING {
        return Err(Problem::RatingTooHigh(rating));
    }
    Ok(())
}

/// True for an id of 1 to [`MAX_ENTRY_ID_CHARS`] characters of `[A-Za-z0-9_-]`.
pub fn is_entry_id(id: &str) -> bool {
    (1..=MAX_ENTRY_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A well-formed id not seen before in `seen` (which it joins), or why not.
fn check_entry_id<'a>(id: &'a str, seen: &mut BTreeSet<&'a str>) -> Result<(), Problem> {
    if !is_entry_id(id) {
        return Err(Problem::BadId);
    }
    if !seen.insert(id) {
        return Err(Problem::IdTwice(id.to_string()));
    }
    Ok(())
}

/// A fresh id for a check-in or reopening made by `tab`: `{tab}-{n}`, `n`
/// one above any this tab has used on the sheet (tab ids are random per
/// page load, so two tabs never make the same id). Characters of the tab id
/// that ids may not hold are left out.
pub fn new_entry_id(review: &Review, tab: &str) -> String {
    let tab: String = tab
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(MAX_ENTRY_ID_CHARS - 6)
        .collect();
    let tab = if tab.is_empty() { "x".to_string() } else { tab };
    let prefix = format!("{tab}-");
    let used = review
        .reopened
        .iter()
        .map(|r| r.id.as_str())
        .chain(review.check_ins.values().flatten().map(|c| c.id.as_str()))
        .filter_map(|id| id.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", used + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::{Sheet, SheetError};
    use serde_json::{json, Value};

    /// An agreed sheet with a check-in, an appraisal and a rating.
    fn reviewed() -> Sheet {
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet.set_weight("smart-1", Some(100)).unwrap();
        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        let entry = CheckIn {
            id: "t-1".into(),
            date: "2026-04-01".into(),
            value: "350 ms".into(),
            status: Status::Behind,
            note: "index rebuild pending".into(),
        };
        sheet.add_check_in("smart-1", entry).unwrap();
        sheet
            .set_appraisal("smart-1", AppraisalField::Actual, "250 ms")
            .unwrap();
        sheet
            .set_competency_rating("dimension-scope", Rater::Manager, Some(4))
            .unwrap();
        sheet
    }

    fn reviewed_json() -> Value {
        serde_json::from_str(&reviewed().to_json()).unwrap()
    }

    /// A change to a sheet's JSON.
    type Edit = Box<dyn FnOnce(&mut Value)>;

    fn refusal(edit: impl FnOnce(&mut Value)) -> String {
        let mut sheet = reviewed_json();
        edit(&mut sheet);
        match Sheet::from_json(&sheet.to_string()) {
            Err(SheetError::Review(e)) => e.to_string(),
            other => panic!("not refused as review data: {other:?}"),
        }
    }

    #[test]
    fn every_review_field_is_checked_with_a_message_naming_it() {
        assert!(Sheet::from_json(&reviewed_json().to_string()).is_ok());
        let cases: Vec<(Edit, &str)> = vec![
            (
                Box::new(|s| s["review"]["agreed"] = Value::Null),
                "review.agreed: an agreed or reviewed sheet records who agreed and when",
            ),
            (
                Box::new(|s| s["review"]["stage"] = json!("draft")),
                "review.agreed: a draft has no agreement (a reopened one is kept in \"reopened\")",
            ),
            (
                Box::new(|s| s["review"]["agreed"]["date"] = json!("2026-02-30")),
                "review.agreed: date: there is no such day in the calendar",
            ),
            (
                Box::new(|s| s["review"]["agreed"]["manager"] = json!(" ")),
                "review.agreed: manager: it is empty",
            ),
            (
                Box::new(|s| s["review"]["reviewed_on"] = json!("2026-12-20")),
                "review.reviewed_on: only a reviewed sheet has a review day (a reopened one is kept in \"reopened\")",
            ),
            (
                Box::new(|s| s["review"]["stage"] = json!("reviewed")),
                "review.reviewed_on: a reviewed sheet records the day it was reviewed",
            ),
            (
                Box::new(|s| s["review"]["check_ins"]["smart-1"][0]["date"] = json!("1 April")),
                "review.check_ins.smart-1[0].date: a date is written YYYY-MM-DD, e.g. 2026-06-30",
            ),
            (
                Box::new(|s| s["review"]["check_ins"]["smart-1"][0]["value"] = json!("")),
                "review.check_ins.smart-1[0].value: it is empty",
            ),
            (
                Box::new(|s| s["review"]["check_ins"]["smart-1"][0]["note"] = json!("a\u{202E}b")),
                "review.check_ins.smart-1[0].note: a value may not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they make text read differently from how it is stored",
            ),
            (
                Box::new(|s| s["review"]["check_ins"]["smart-1"][0]["id"] = json!("a b")),
                "review.check_ins.smart-1[0].id: an id is 1 to 40 letters, digits, '-' or '_'",
            ),
            (
                Box::new(|s| {
                    let entry = s["review"]["check_ins"]["smart-1"][0].clone();
                    s["review"]["check_ins"]["okr-1"] = json!([entry]);
                }),
                "review.check_ins.smart-1[0].id: the id \"t-1\" is used twice",
            ),
            (
                Box::new(|s| {
                    let entry = s["review"]["check_ins"]["smart-1"][0].clone();
                    let log: Vec<Value> = (0..=MAX_CHECK_INS_PER_GOAL)
                        .map(|i| {
                            let mut e = entry.clone();
                            e["id"] = json!(format!("t-{i}"));
                            e
                        })
                        .collect();
                    s["review"]["check_ins"]["smart-1"] = json!(log);
                }),
                "review.check_ins.smart-1: 101 check-ins; a goal holds at most 100",
            ),
            (
                Box::new(|s| s["review"]["appraisals"]["smart-1"]["manager_rating"] = json!(500)),
                "review.appraisals.smart-1.manager_rating: a rating is a point of the rating scale, at most 100; this one is 500",
            ),
            (
                Box::new(|s| s["review"]["appraisals"]["smart-1"]["achievement"] = json!("lots")),
                "review.appraisals.smart-1.achievement: an achievement is a number of percent from 0 to 1000, e.g. 80 or 82.5 %",
            ),
            (
                Box::new(|s| s["review"]["appraisals"]["smart-1"]["employee_comment"] = json!("x".repeat(501))),
                "review.appraisals.smart-1.employee_comment: a comment is at most 500 characters; this one has 501",
            ),
            (
                Box::new(|s| s["review"]["competencies"]["dimension-scope"]["self_rating"] = json!(101)),
                "review.competencies.dimension-scope.self_rating: a rating is a point of the rating scale, at most 100; this one is 101",
            ),
            (
                Box::new(|s| {
                    s["review"]["reopened"] =
                        json!([{"id": "r1", "date": "2026-02-01", "from": "draft"}])
                }),
                "review.reopened[0].from: a draft cannot be reopened: \"from\" is \"agreed\" or \"reviewed\"",
            ),
            (
                Box::new(|s| s["values"]["review/checkin"] = json!({"target": "x"})),
                "values.review/checkin: item keys may not start with \"review/\"",
            ),
        ];
        for (edit, message) in cases {
            assert_eq!(refusal(edit), message);
        }
        assert_eq!(
            Sheet::from_json(&{
                let mut s = reviewed_json();
                s["review"]["appraisals"]["x"] = json!({"actual": "1"});
                s["review"]["appraisals"]["smart-1"]["manager_rating"] = json!(500);
                s.to_string()
            })
            .unwrap_err()
            .to_string(),
            "bad review data in review.appraisals.smart-1.manager_rating: a rating is a point of the rating scale, at most 100; this one is 500"
        );
        // Wrong types and unknown stages are not a sheet at all.
        for bad in [json!("closed"), json!(3)] {
            let mut s = reviewed_json();
            s["review"]["stage"] = bad;
            assert!(matches!(
                Sheet::from_json(&s.to_string()),
                Err(SheetError::Json(_))
            ));
        }
        // Check-ins count toward the sheet's limit on entries.
        let mut s = reviewed_json();
        let entry = s["review"]["check_ins"]["smart-1"][0].clone();
        for g in 0..45 {
            let log: Vec<Value> = (0..MAX_CHECK_INS_PER_GOAL)
                .map(|i| {
                    let mut e = entry.clone();
                    e["id"] = json!(format!("g{g}-{i}"));
                    e
                })
                .collect();
            s["review"]["check_ins"][format!("goal-{g}")] = json!(log);
        }
        assert!(matches!(
            Sheet::from_json(&s.to_string()),
            Err(SheetError::TooMany(_))
        ));
    }

    #[test]
    fn a_draft_without_review_data_writes_no_review_field() {
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        assert!(!sheet.to_json().contains("review"));
        let json = reviewed().to_json();
        assert!(json.contains(
            "\"review\":{\"stage\":\"agreed\",\"agreed\":{\"employee\":\"Ada\",\"manager\":\"Grace\",\"date\":\"2026-01-15\"}"
        ), "{json}");
    }

    #[test]
    fn an_empty_review_is_left_out_and_entry_ids_are_fresh_per_tab() {
        let review = Review::default();
        assert!(review.is_empty());
        assert_eq!(review.entries(), 0);
        assert_eq!(new_entry_id(&review, "tab-7"), "tab7-1");
        assert_eq!(new_entry_id(&review, "---"), "x-1");
        let mut review = Review::default();
        review.check_ins.insert(
            "smart-1".into(),
            vec![CheckIn {
                id: "tab7-9".into(),
                date: "2026-02-01".into(),
                value: "1".into(),
                status: Status::OnTrack,
                note: String::new(),
            }],
        );
        assert_eq!(new_entry_id(&review, "tab7"), "tab7-10");
        assert_eq!(new_entry_id(&review, "other"), "other-1");
        assert!(is_entry_id(&new_entry_id(&review, &"t".repeat(100))));
    }
}
