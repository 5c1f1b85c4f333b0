//! The review's parts, as the sheet merges them ([`crate::sheet::Registers`]).
//!
//! Every part is merged by write number like the rest of the sheet
//! ([`crate::sheet::Sheet::merge`]):
//!
//! - `review/stage`: the stage with its agreement and review day, one
//!   value, so that a stage change is one write that a tab which did not see
//!   it never undoes, and two stage changes at once give one whole stage;
//! - `review/reopen/{id}`, `review/checkin/{id}`: one part per reopening and
//!   per check-in, each written once and never changed, so that two tabs'
//!   logs merge by union (a part only one side has is kept);
//! - `review/appraisal/{goal}/{field}` and `review/rating/{competency}/{self|manager}`:
//!   one part per field, merged like slot values.
//!
//! The logs are ordered by date, then by the write that added an entry,
//! then by id: the same order in every tab.

use std::collections::BTreeMap;

use crate::sheet::review::appraisal::{parse_rating, Appraisal, AppraisalField, Rater, Ratings};
use crate::sheet::review::check_in::{CheckIn, Status};
pub(crate) use crate::sheet::review::keys::PREFIX;
use crate::sheet::review::keys::{APPRAISAL, CHECK_IN, RATING, REOPEN, STAGE};
use crate::sheet::review::stage::{Agreement, Reopening, Stage};
use crate::sheet::review::Review;
use crate::sheet::{Dot, Registers, Sheet};

/// The separator of a part's fields: a control character, which no value,
/// name or key may hold ([`crate::values::check_value`]). Plain text rather
/// than JSON, as the sheet's other parts, so that no more serde code ships.
const SEP: char = '\u{1f}';

/// Joins a part's fields.
fn join(fields: &[&str]) -> String {
    fields.join(&SEP.to_string())
}

/// An agreement's three fields, empty when there is none.
fn agreement_fields(agreed: &Option<Agreement>) -> [&str; 3] {
    match agreed {
        Some(a) => [&a.employee, &a.manager, &a.date],
        None => ["", "", ""],
    }
}

/// The agreement in three fields (none when they are empty).
fn agreement(employee: &str, manager: &str, date: &str) -> Option<Agreement> {
    (!employee.is_empty()).then(|| Agreement {
        employee: employee.to_string(),
        manager: manager.to_string(),
        date: date.to_string(),
    })
}

fn optional(field: &str) -> Option<String> {
    (!field.is_empty()).then(|| field.to_string())
}

fn stage_of(id: &str) -> Option<Stage> {
    Stage::ALL.into_iter().find(|s| s.id() == id)
}

/// Adds the review's parts to `r`.
pub(crate) fn insert(review: &Review, r: &mut Registers) {
    if review.stage != Stage::Draft || review.agreed.is_some() || review.reviewed_on.is_some() {
        let [employee, manager, date] = agreement_fields(&review.agreed);
        let reviewed = review.reviewed_on.as_deref().unwrap_or("");
        let part = join(&[review.stage.id(), employee, manager, date, reviewed]);
        r.insert(STAGE.to_string(), part);
    }
    for reopening in &review.reopened {
        let [employee, manager, date] = agreement_fields(&reopening.agreed);
        let reviewed = reopening.reviewed_on.as_deref().unwrap_or("");
        let part = join(&[
            &reopening.date,
            reopening.from.id(),
            employee,
            manager,
            date,
            reviewed,
        ]);
        r.insert(format!("{REOPEN}{}", reopening.id), part);
    }
    for (goal, log) in &review.check_ins {
        for entry in log {
            let part = join(&[
                goal,
                &entry.date,
                entry.status.id(),
                &entry.value,
                &entry.note,
            ]);
            r.insert(format!("{CHECK_IN}{}", entry.id), part);
        }
    }
    for (goal, appraisal) in &review.appraisals {
        for field in AppraisalField::ALL {
            if let Some(value) = appraisal.get(field) {
                r.insert(format!("{APPRAISAL}{goal}/{}", field.id()), value);
            }
        }
    }
    for (key, ratings) in &review.competencies {
        for rater in Rater::ALL {
            if let Some(rating) = ratings.of(rater) {
                r.insert(format!("{RATING}{key}/{}", who(rater)), rating.to_string());
            }
        }
    }
}

fn who(rater: Rater) -> &'static str {
    match rater {
        Rater::Employee => "self",
        Rater::Manager => "manager",
    }
}

/// The review the parts in `r` hold; `edited` orders the logs.
pub(crate) fn read(r: &Registers, edited: &BTreeMap<String, Dot>) -> Review {
    let mut review = Review::default();
    // Both sides of a merge hold only checked values: a part that does not
    // read is one no checked sheet writes, and is left out.
    if let Some(part) = r.get(STAGE) {
        let fields: Vec<&str> = part.split(SEP).collect();
        if let [stage, employee, manager, date, reviewed] = fields[..] {
            if let Some(stage) = stage_of(stage) {
                review.stage = stage;
                review.agreed = agreement(employee, manager, date);
                review.reviewed_on = optional(reviewed);
            }
        }
    }
    for (key, value) in r.range(PREFIX.to_string()..) {
        if !key.starts_with(PREFIX) {
            break;
        }
        let fields: Vec<&str> = value.split(SEP).collect();
        if let Some(id) = key.strip_prefix(REOPEN) {
            let [date, from, employee, manager, agreed_on, reviewed] = fields[..] else {
                continue;
            };
            let Some(from) = stage_of(from) else {
                continue;
            };
            review.reopened.push(Reopening {
                id: id.to_string(),
                date: date.to_string(),
                from,
                agreed: agreement(employee, manager, agreed_on),
                reviewed_on: optional(reviewed),
            });
        } else if let Some(id) = key.strip_prefix(CHECK_IN) {
            let [goal, date, status, value, note] = fields[..] else {
                continue;
            };
            let Some(status) = Status::from_id(status) else {
                continue;
            };
            let entry = CheckIn {
                id: id.to_string(),
                date: date.to_string(),
                value: value.to_string(),
                status,
                note: note.to_string(),
            };
            review
                .check_ins
                .entry(goal.to_string())
                .or_default()
                .push(entry);
        } else if let Some(rest) = key.strip_prefix(APPRAISAL) {
            let Some((goal, field)) = rest.rsplit_once('/') else {
                continue;
            };
            let Some(field) = AppraisalField::from_id(field) else {
                continue;
            };
            let appraisal = review.appraisals.entry(goal.to_string()).or_default();
            set_field(appraisal, field, value);
        } else if let Some(rest) = key.strip_prefix(RATING) {
            let Some((competency, rater)) = rest.rsplit_once('/') else {
                continue;
            };
            let Some(rater) = Rater::ALL.into_iter().find(|r| who(*r) == rater) else {
                continue;
            };
            let Ok(Some(rating)) = parse_rating(value) else {
                continue;
            };
            let ratings: &mut Ratings = review
                .competencies
                .entry(competency.to_string())
                .or_default();
            match rater {
                Rater::Employee => ratings.self_rating = Some(rating),
                Rater::Manager => ratings.manager_rating = Some(rating),
            }
        }
    }
    review.appraisals.retain(|_, a| *a != Appraisal::default());
    Reopening::order(&mut review.reopened, edited);
    for log in review.check_ins.values_mut() {
        CheckIn::order(log, edited);
    }
    review
}

fn set_field(appraisal: &mut Appraisal, field: AppraisalField, value: &str) {
    let text = Some(value.to_string());
    match field {
        AppraisalField::Actual => appraisal.actual = text,
        AppraisalField::Achievement => appraisal.achievement = text,
        AppraisalField::SelfRating => appraisal.self_rating = parse_rating(value).ok().flatten(),
        AppraisalField::ManagerRating => {
            appraisal.manager_rating = parse_rating(value).ok().flatten()
        }
        AppraisalField::EmployeeComment => appraisal.employee_comment = text,
        AppraisalField::ManagerComment => appraisal.manager_comment = text,
    }
}

impl Sheet {
    /// Puts the review's logs in the order a merge gives them (for a sheet
    /// read from a file, whose logs may come in another order).
    pub(crate) fn order_review_logs(&mut self) {
        Reopening::order(&mut self.review.reopened, &self.edited);
        for log in self.review.check_ins.values_mut() {
            CheckIn::order(log, &self.edited);
        }
    }
}
