//! Check-ins: where a goal stands during the period, one dated entry at a
//! time.
//!
//! Every kept goal and own goal has a log of check-ins, oldest first. An
//! entry holds the day, the current value, a status (on track, behind, at
//! risk: the one chosen, which may differ from the computed suggestion of
//! [`super::progress`]) and an optional one-line note. Values and notes follow
//! the slots' value rules. The log is append-only: entries are added, never
//! changed or removed ([`super::lock`] refuses an edit that does), and two
//! tabs' entries merge by union, each under its own id.

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::dates;
use crate::message::{Catalog, Message};
use crate::sheet::review::keys;
use crate::sheet::review::{check_filled, is_entry_id, Problem, MAX_CHECK_INS_PER_GOAL};
use crate::sheet::{Dot, Sheet};
use crate::values::check_value;

/// A control's label for one goal, as people and screen readers find it:
/// `labelled(t, t.check_in_date(), "SMART goal 1")` is "Check-in date, SMART goal 1".
pub fn labelled(t: &Catalog, label: &str, goal: &str) -> String {
    t.control_for(label, goal)
}

/// A field of a check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckInField {
    /// "Check-in date".
    Date,
    /// "Current value".
    Value,
    /// "Note".
    Note,
}

impl CheckInField {
    /// Its label.
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            CheckInField::Date => t.check_in_date(),
            CheckInField::Value => t.check_in_value(),
            CheckInField::Note => t.check_in_note(),
        }
    }

    /// Its JSON name.
    pub fn id(self) -> &'static str {
        match self {
            CheckInField::Date => "date",
            CheckInField::Value => "value",
            CheckInField::Note => "note",
        }
    }
}

/// How a goal stands at a check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// On track.
    OnTrack,
    /// Behind.
    Behind,
    /// At risk.
    AtRisk,
}

impl Status {
    /// All three, in the order the page offers them.
    pub const ALL: [Status; 3] = [Status::OnTrack, Status::Behind, Status::AtRisk];

    /// Its JSON name: `on_track`, `behind`, `at_risk`.
    pub fn id(self) -> &'static str {
        match self {
            Status::OnTrack => "on_track",
            Status::Behind => "behind",
            Status::AtRisk => "at_risk",
        }
    }

    /// The status with this JSON name.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Its label: "On track", "Behind", "At risk".
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            Status::OnTrack => t.status_on_track(),
            Status::Behind => t.status_behind(),
            Status::AtRisk => t.status_at_risk(),
        }
    }

    /// Its name inside a sentence ("Computed: on track (…)").
    pub fn in_sentence(self, t: &Catalog) -> &'static str {
        match self {
            Status::OnTrack => t.status_on_track_in_sentence(),
            Status::Behind => t.status_behind_in_sentence(),
            Status::AtRisk => t.status_at_risk_in_sentence(),
        }
    }

    /// Its name in the HR CSV's `status` column, a contract kept in English:
    /// "On track", "Behind", "At risk".
    pub fn csv_label(self) -> &'static str {
        self.label(crate::message::catalog(crate::message::Lang::En))
    }
}

/// One check-in of a goal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Unique on the sheet (see [`super::new_entry_id`]): how tabs' logs merge.
    pub id: String,
    /// "Check-in date" (`YYYY-MM-DD`).
    pub date: String,
    /// "Current value", as typed.
    pub value: String,
    /// "Status": the one chosen.
    pub status: Status,
    /// "Note": one line, may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl CheckIn {
    /// Puts a goal's check-ins in their one order (see `keys::order`).
    pub(crate) fn order(log: &mut [CheckIn], edited: &BTreeMap<String, Dot>) {
        keys::order(log, edited, keys::CHECK_IN, |c| &c.date, |c| &c.id);
    }

    /// A real day, a value that follows the value rules and is not blank,
    /// a note that follows them: or the field at fault and why.
    pub(crate) fn check(&self) -> Result<(), (CheckInField, Problem)> {
        dates::check(&self.date).map_err(|e| (CheckInField::Date, Problem::Date(e)))?;
        check_filled(&self.value).map_err(|p| (CheckInField::Value, p))?;
        check_value(&self.note).map_err(|e| (CheckInField::Note, Problem::Value(e)))
    }
}

/// Why a check-in was refused. Nothing changes when it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckInError {
    /// The sheet is reviewed: reopen it first.
    Reviewed,
    /// The goal is not kept on the sheet.
    NotKept(String),
    /// The log already holds [`MAX_CHECK_INS_PER_GOAL`] entries.
    Full,
    /// The id is malformed or already used on the sheet.
    Id(String),
    /// A field breaks its rule, and why.
    Field(CheckInField, Problem),
}

impl Message for CheckInError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            CheckInError::Reviewed => t.check_in_error_reviewed().into(),
            CheckInError::NotKept(goal) => t.error_not_kept(goal),
            CheckInError::Full => t.check_in_error_full(&MAX_CHECK_INS_PER_GOAL.to_string()),
            CheckInError::Id(id) => t.check_in_error_id(&format!("{id:?}")),
            CheckInError::Field(field, why) => t.error_field(field.label(t), &why.message(t)),
        }
    }
}

crate::english_display!(CheckInError);

impl std::error::Error for CheckInError {}

impl Sheet {
    /// The check-ins of a goal, oldest first.
    pub fn check_ins(&self, goal: &str) -> &[CheckIn] {
        self.review
            .check_ins
            .get(goal)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The latest check-in of a goal (the one shown beside it).
    pub fn latest_check_in(&self, goal: &str) -> Option<&CheckIn> {
        self.check_ins(goal).last()
    }

    /// "Save check-in": adds `entry` to a kept goal's log, in date order
    /// (after the entries of its day). Refused, changing nothing, when the
    /// sheet is reviewed, the goal not kept, the log full, the id malformed
    /// or taken, or a field breaks its rule.
    pub fn add_check_in(&mut self, goal: &str, entry: CheckIn) -> Result<(), CheckInError> {
        if self.stage().locks_appraisal() {
            return Err(CheckInError::Reviewed);
        }
        if !self.is_kept(goal) {
            return Err(CheckInError::NotKept(goal.to_string()));
        }
        if self.check_ins(goal).len() >= MAX_CHECK_INS_PER_GOAL {
            return Err(CheckInError::Full);
        }
        if !is_entry_id(&entry.id) || self.review_uses_id(&entry.id) {
            return Err(CheckInError::Id(entry.id));
        }
        entry
            .check()
            .map_err(|(field, why)| CheckInError::Field(field, why))?;
        let edited = self.edited.clone();
        let log = self.review.check_ins.entry(goal.to_string()).or_default();
        log.push(entry);
        CheckIn::order(log, &edited);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, date: &str, value: &str) -> CheckIn {
        CheckIn {
            id: id.into(),
            date: date.into(),
            value: value.into(),
            status: Status::OnTrack,
            note: String::new(),
        }
    }

    #[test]
    fn check_ins_are_kept_in_date_order_and_refused_when_malformed() {
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet
            .add_check_in("smart-1", entry("a-1", "2026-04-01", "320 ms"))
            .unwrap();
        sheet
            .add_check_in("smart-1", entry("a-2", "2026-02-01", "380 ms"))
            .unwrap();
        sheet
            .add_check_in("smart-1", entry("a-3", "2026-04-01", "310 ms"))
            .unwrap();
        let values: Vec<&str> = sheet
            .check_ins("smart-1")
            .iter()
            .map(|c| c.value.as_str())
            .collect();
        assert_eq!(values, ["380 ms", "320 ms", "310 ms"]);
        assert_eq!(sheet.latest_check_in("smart-1").unwrap().value, "310 ms");
        let before = sheet.clone();
        let refusals = [
            (
                sheet.add_check_in("okr-9", entry("a-4", "2026-05-01", "1")),
                "okr-9 is not a goal of this sheet.",
            ),
            (
                sheet.add_check_in("smart-1", entry("a-1", "2026-05-01", "1")),
                "The check-in id \"a-1\" is malformed or already used on this sheet.",
            ),
            (
                sheet.add_check_in("smart-1", entry("a-4", "2026-02-30", "1")),
                "“Check-in date”: there is no such day in the calendar.",
            ),
            (
                sheet.add_check_in("smart-1", entry("a-4", "2026-05-01", " ")),
                "“Current value”: it is empty.",
            ),
            (
                sheet.add_check_in(
                    "smart-1",
                    CheckIn {
                        note: "two\nlines".into(),
                        ..entry("a-4", "2026-05-01", "1")
                    },
                ),
                "“Note”: a value is one line, without control characters.",
            ),
        ];
        for (result, message) in refusals {
            assert_eq!(result.unwrap_err().to_string(), message);
        }
        assert_eq!(sheet, before, "refusals change nothing");
        for i in 4..=super::MAX_CHECK_INS_PER_GOAL {
            sheet
                .add_check_in("smart-1", entry(&format!("a-{i}"), "2026-06-01", "1"))
                .unwrap();
        }
        assert_eq!(
            sheet.add_check_in("smart-1", entry("z", "2026-06-01", "1")),
            Err(CheckInError::Full)
        );
        assert_eq!(Sheet::from_json(&sheet.to_json()).unwrap(), sheet);
        assert_eq!(
            labelled(
                crate::message::catalog(crate::message::Lang::En),
                "Check-in date",
                "SMART goal 1"
            ),
            "Check-in date, SMART goal 1"
        );
        assert_eq!(
            Status::from_id("at_risk").map(Status::csv_label),
            Some("At risk")
        );
    }
}
