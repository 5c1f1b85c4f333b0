//! The appraisal at the period end: per goal what was reached and how it is
//! rated, per competency row a self and a manager rating.
//!
//! A goal's [`Appraisal`] holds the actual value reached (as typed, the
//! value rules), the achievement in percent typed by hand (used when it
//! cannot be computed from baseline, target and actual: see
//! [`super::achievement`]), a self rating and a manager rating (points of
//! the rating scale, [`super::rules`]), and an employee and a manager
//! comment (one line each, at most [`super::MAX_COMMENT_CHARS`] characters). Every
//! field merges on its own, like a slot value.

use serde::{Deserialize, Serialize};

use crate::message::{Catalog, Message};
use crate::sheet::review::achievement::parse_typed;
use crate::sheet::review::{check_comment, check_rating, Problem};
use crate::sheet::{Sheet, MAX_KEY_CHARS};
use crate::values::check_value;

/// Whose rating: the employee's own (self) or the manager's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rater {
    /// "Self rating".
    Employee,
    /// "Manager rating".
    Manager,
}

impl Rater {
    /// Both, in the order the page shows them.
    pub const ALL: [Rater; 2] = [Rater::Employee, Rater::Manager];

    /// The rating's label: "Self rating", "Manager rating".
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            Rater::Employee => t.review_self_rating(),
            Rater::Manager => t.review_manager_rating(),
        }
    }

    /// Its JSON name: `self_rating`, `manager_rating`.
    pub fn id(self) -> &'static str {
        match self {
            Rater::Employee => "self_rating",
            Rater::Manager => "manager_rating",
        }
    }
}

/// A goal's appraisal. Every field is optional; an empty appraisal is not kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appraisal {
    /// "Actual": the value reached, as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
    /// "Achievement %" typed by hand, e.g. `80` or `82.5 %`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<String>,
    /// "Self rating": a point of the scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_rating: Option<u32>,
    /// "Manager rating": a point of the scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_rating: Option<u32>,
    /// "Employee comment".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_comment: Option<String>,
    /// "Manager comment".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_comment: Option<String>,
}

/// A competency row's ratings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ratings {
    /// "Self rating, {competency}".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_rating: Option<u32>,
    /// "Manager rating, {competency}".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_rating: Option<u32>,
}

impl Ratings {
    /// The rating of `rater`.
    pub fn of(&self, rater: Rater) -> Option<u32> {
        match rater {
            Rater::Employee => self.self_rating,
            Rater::Manager => self.manager_rating,
        }
    }

    fn of_mut(&mut self, rater: Rater) -> &mut Option<u32> {
        match rater {
            Rater::Employee => &mut self.self_rating,
            Rater::Manager => &mut self.manager_rating,
        }
    }

    /// How many ratings it holds.
    pub(crate) fn filled(&self) -> usize {
        usize::from(self.self_rating.is_some()) + usize::from(self.manager_rating.is_some())
    }

    pub(crate) fn check(&self) -> Result<(), (&'static str, Problem)> {
        for rater in Rater::ALL {
            if let Some(r) = self.of(rater) {
                check_rating(r).map_err(|p| (rater.id(), p))?;
            }
        }
        Ok(())
    }
}

/// A field of a goal's appraisal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppraisalField {
    /// The value reached.
    Actual,
    /// Achievement % typed by hand.
    Achievement,
    /// The employee's rating.
    SelfRating,
    /// The manager's rating.
    ManagerRating,
    /// The employee's comment.
    EmployeeComment,
    /// The manager's comment.
    ManagerComment,
}

impl AppraisalField {
    /// All six, in the order the page shows them.
    pub const ALL: [AppraisalField; 6] = [
        AppraisalField::Actual,
        AppraisalField::Achievement,
        AppraisalField::SelfRating,
        AppraisalField::ManagerRating,
        AppraisalField::EmployeeComment,
        AppraisalField::ManagerComment,
    ];

    /// Its JSON name.
    pub fn id(self) -> &'static str {
        match self {
            AppraisalField::Actual => "actual",
            AppraisalField::Achievement => "achievement",
            AppraisalField::SelfRating => "self_rating",
            AppraisalField::ManagerRating => "manager_rating",
            AppraisalField::EmployeeComment => "employee_comment",
            AppraisalField::ManagerComment => "manager_comment",
        }
    }

    /// The field with this JSON name.
    pub fn from_id(id: &str) -> Option<AppraisalField> {
        AppraisalField::ALL.into_iter().find(|f| f.id() == id)
    }

    /// Its label; inputs are labelled "{label}, {goal label}", e.g. "Actual, SMART goal 1".
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            AppraisalField::Actual => t.review_actual(),
            AppraisalField::Achievement => t.review_achievement_percent(),
            AppraisalField::SelfRating => t.review_self_rating(),
            AppraisalField::ManagerRating => t.review_manager_rating(),
            AppraisalField::EmployeeComment => t.review_employee_comment(),
            AppraisalField::ManagerComment => t.review_manager_comment(),
        }
    }

    /// The rater, for the two ratings.
    pub fn rater(self) -> Option<Rater> {
        match self {
            AppraisalField::SelfRating => Some(Rater::Employee),
            AppraisalField::ManagerRating => Some(Rater::Manager),
            _ => None,
        }
    }
}

impl Appraisal {
    /// A field's value as text (ratings as their number), if set.
    pub fn get(&self, field: AppraisalField) -> Option<String> {
        match field {
            AppraisalField::Actual => self.actual.clone(),
            AppraisalField::Achievement => self.achievement.clone(),
            AppraisalField::SelfRating => self.self_rating.map(|r| r.to_string()),
            AppraisalField::ManagerRating => self.manager_rating.map(|r| r.to_string()),
            AppraisalField::EmployeeComment => self.employee_comment.clone(),
            AppraisalField::ManagerComment => self.manager_comment.clone(),
        }
    }

    /// The rating of `rater`.
    pub fn rating(&self, rater: Rater) -> Option<u32> {
        match rater {
            Rater::Employee => self.self_rating,
            Rater::Manager => self.manager_rating,
        }
    }

    /// How many fields it holds.
    pub(crate) fn filled(&self) -> usize {
        AppraisalField::ALL
            .into_iter()
            .filter(|f| self.get(*f).is_some())
            .count()
    }

    /// Sets a field from text (empty clears it), checked by its rule.
    fn set(&mut self, field: AppraisalField, text: &str) -> Result<(), AppraisalError> {
        let bad = |why: Problem| AppraisalError::Field(field, why);
        let opt = |t: &str| (!t.is_empty()).then(|| t.to_string());
        match field {
            AppraisalField::Actual => {
                check_value(text).map_err(|e| bad(Problem::Value(e)))?;
                self.actual = opt(text);
            }
            AppraisalField::Achievement => {
                if !text.is_empty() {
                    parse_typed(text).ok_or_else(|| bad(Problem::AchievementNotPercent))?;
                }
                self.achievement = opt(text);
            }
            AppraisalField::SelfRating | AppraisalField::ManagerRating => {
                let rating = parse_rating(text).map_err(bad)?;
                match field {
                    AppraisalField::SelfRating => self.self_rating = rating,
                    _ => self.manager_rating = rating,
                }
            }
            AppraisalField::EmployeeComment | AppraisalField::ManagerComment => {
                check_comment(text).map_err(bad)?;
                match field {
                    AppraisalField::EmployeeComment => self.employee_comment = opt(text),
                    _ => self.manager_comment = opt(text),
                }
            }
        }
        Ok(())
    }

    pub(crate) fn check(&self) -> Result<(), (&'static str, Problem)> {
        for field in AppraisalField::ALL {
            if let Some(text) = self.get(field) {
                let mut copy = Appraisal::default();
                // Setting a field of an empty appraisal fails only by its rule.
                if let Err(AppraisalError::Field(_, why)) = copy.set(field, &text) {
                    return Err((field.id(), why));
                }
            }
        }
        Ok(())
    }
}

/// A rating as typed: empty for none, else a whole number of at most [`super::MAX_RATING`].
pub fn parse_rating(text: &str) -> Result<Option<u32>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let rating: u32 = text.parse().map_err(|_| Problem::RatingNotWhole)?;
    check_rating(rating)?;
    Ok(Some(rating))
}

/// Why an appraisal field was refused. Nothing changes when it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppraisalError {
    /// The sheet is reviewed: reopen it first.
    Reviewed,
    /// The goal is not kept on the sheet.
    NotKept(String),
    /// The value breaks the field's rule, and why.
    Field(AppraisalField, Problem),
    /// A competency key that is not a sheet key (see [`super::Competency::key`]).
    Competency(String),
}

impl Message for AppraisalError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            AppraisalError::Reviewed => t.appraisal_error_reviewed().into(),
            AppraisalError::NotKept(goal) => t.error_not_kept(goal),
            AppraisalError::Field(field, why) => t.error_field(field.label(t), &why.message(t)),
            AppraisalError::Competency(key) => {
                t.appraisal_error_competency(&format!("{key:?}"), &MAX_KEY_CHARS.to_string())
            }
        }
    }
}

crate::english_display!(AppraisalError);

impl std::error::Error for AppraisalError {}

impl Sheet {
    /// A goal's appraisal, if any field is set.
    pub fn appraisal(&self, goal: &str) -> Option<&Appraisal> {
        self.review.appraisals.get(goal)
    }

    /// Sets one field of a kept goal's appraisal from text (empty clears
    /// it): the actual and comments by their rules, the achievement as a
    /// percentage, a rating as a whole number. Refused, changing nothing,
    /// when the sheet is reviewed or the goal not kept.
    pub fn set_appraisal(
        &mut self,
        goal: &str,
        field: AppraisalField,
        text: &str,
    ) -> Result<(), AppraisalError> {
        if self.stage().locks_appraisal() {
            return Err(AppraisalError::Reviewed);
        }
        if !self.is_kept(goal) {
            return Err(AppraisalError::NotKept(goal.to_string()));
        }
        let mut appraisal = self.appraisal(goal).cloned().unwrap_or_default();
        appraisal.set(field, text)?;
        if appraisal == Appraisal::default() {
            self.review.appraisals.remove(goal);
        } else {
            self.review.appraisals.insert(goal.to_string(), appraisal);
        }
        Ok(())
    }

    /// Sets a kept goal's self or manager rating (`None` clears it).
    pub fn set_goal_rating(
        &mut self,
        goal: &str,
        rater: Rater,
        rating: Option<u32>,
    ) -> Result<(), AppraisalError> {
        let field = match rater {
            Rater::Employee => AppraisalField::SelfRating,
            Rater::Manager => AppraisalField::ManagerRating,
        };
        let text = rating.map(|r| r.to_string()).unwrap_or_default();
        self.set_appraisal(goal, field, &text)
    }

    /// The ratings of a competency row, if any.
    pub fn competency_ratings(&self, key: &str) -> Option<&Ratings> {
        self.review.competencies.get(key)
    }

    /// Sets a competency row's self or manager rating (`None` clears it);
    /// `key` is the row's [`super::Competency::key`]. Refused when the sheet is
    /// reviewed or the rating larger than [`super::MAX_RATING`].
    pub fn set_competency_rating(
        &mut self,
        key: &str,
        rater: Rater,
        rating: Option<u32>,
    ) -> Result<(), AppraisalError> {
        if self.stage().locks_appraisal() {
            return Err(AppraisalError::Reviewed);
        }
        let key_ok = (1..=MAX_KEY_CHARS).contains(&key.len())
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'/'));
        if !key_ok {
            return Err(AppraisalError::Competency(key.to_string()));
        }
        let field = match rater {
            Rater::Employee => AppraisalField::SelfRating,
            Rater::Manager => AppraisalField::ManagerRating,
        };
        if let Some(r) = rating {
            check_rating(r).map_err(|why| AppraisalError::Field(field, why))?;
        }
        let mut ratings = self.competency_ratings(key).cloned().unwrap_or_default();
        *ratings.of_mut(rater) = rating;
        if ratings == Ratings::default() {
            self.review.competencies.remove(key);
        } else {
            self.review.competencies.insert(key.to_string(), ratings);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::review::MAX_COMMENT_CHARS;

    #[test]
    fn every_field_is_checked_by_its_rule_and_an_empty_appraisal_goes() {
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet
            .set_appraisal("smart-1", AppraisalField::Actual, "250 ms")
            .unwrap();
        sheet
            .set_appraisal("smart-1", AppraisalField::Achievement, "82.5 %")
            .unwrap();
        sheet
            .set_goal_rating("smart-1", Rater::Manager, Some(4))
            .unwrap();
        sheet
            .set_appraisal("smart-1", AppraisalField::SelfRating, " 3 ")
            .unwrap();
        let appraisal = sheet.appraisal("smart-1").unwrap();
        assert_eq!(appraisal.actual.as_deref(), Some("250 ms"));
        assert_eq!(appraisal.self_rating, Some(3));
        assert_eq!(appraisal.manager_rating, Some(4));
        let refusals = [
            (AppraisalField::Actual, "a\nb", "“Actual”: a value is one line, without control characters."),
            (AppraisalField::Achievement, "lots", "“Achievement %”: an achievement is a number of percent from 0 to 1000, e.g. 80 or 82.5 %."),
            (AppraisalField::Achievement, "2000", "“Achievement %”: an achievement is a number of percent from 0 to 1000, e.g. 80 or 82.5 %."),
            (AppraisalField::ManagerRating, "4.5", "“Manager rating”: a rating is a whole number, a point of the rating scale."),
            (AppraisalField::SelfRating, "101", "“Self rating”: a rating is a point of the rating scale, at most 100; this one is 101."),
        ];
        let before = sheet.clone();
        for (field, text, message) in refusals {
            let err = sheet.set_appraisal("smart-1", field, text).unwrap_err();
            assert_eq!(err.to_string(), message);
        }
        let long = "x".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(
            sheet
                .set_appraisal("smart-1", AppraisalField::ManagerComment, &long)
                .unwrap_err()
                .to_string(),
            "“Manager comment”: a comment is at most 500 characters; this one has 501."
        );
        assert_eq!(
            sheet.set_appraisal("okr-1", AppraisalField::Actual, "1"),
            Err(AppraisalError::NotKept("okr-1".into()))
        );
        assert_eq!(sheet, before);
        assert_eq!(Sheet::from_json(&sheet.to_json()).unwrap(), sheet);
        for field in AppraisalField::ALL {
            sheet.set_appraisal("smart-1", field, "").unwrap();
        }
        assert!(
            sheet.review.appraisals.is_empty(),
            "an empty appraisal is not kept"
        );

        sheet
            .set_competency_rating("dimension-scope", Rater::Manager, Some(4))
            .unwrap();
        assert!(sheet
            .set_competency_rating("dimension-scope", Rater::Employee, Some(500))
            .is_err());
        assert_eq!(
            sheet
                .set_competency_rating("dimension scope", Rater::Employee, Some(3))
                .unwrap_err()
                .to_string(),
            "\"dimension scope\" is not a competency row's key (1 to 80 letters, digits, '-', '_' or '/')."
        );
        assert_eq!(
            sheet
                .competency_ratings("dimension-scope")
                .unwrap()
                .of(Rater::Manager),
            Some(4)
        );
        sheet
            .set_competency_rating("dimension-scope", Rater::Manager, None)
            .unwrap();
        assert!(sheet.review.is_empty());
    }
}
