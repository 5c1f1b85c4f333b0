//! The review scenario the review tests share: database engineering P4 in
//! 2026 with SMART goal 1 (50 %), Objective 2 (30 %), MBO area 2 (10 %) and
//! an own goal (10 %), appraised the same way.

use goalframes_engine::sheet::review::{self, AppraisalField, CheckIn, Rater, Status};
use goalframes_engine::sheet::{CycleDate, Sheet};
use goalframes_engine::{ProfileFrames, SlotKind};

/// The own goal's key.
pub const OWN: &str = "own-mentoring";

/// Per goal: actual, typed achievement (where none can be computed), self
/// and manager rating.
pub const APPRAISALS: [(&str, &str, Option<&str>, u32, u32); 4] = [
    ("smart-1", "250 ms", None, 3, 4),
    ("okr-2", "96%", None, 4, 5),
    ("mbo-2", "all schema changes reviewed", Some("80"), 3, 3),
    (OWN, "2 mentees", None, 5, 4),
];

/// The sheet as planned, a draft: its person, period, four goals, weights,
/// baselines and targets, stamped with `frames`' fingerprints.
pub fn planned(frames: &ProfileFrames) -> Sheet {
    let mut sheet = Sheet::new(
        "s1",
        "database-engineering",
        "P4",
        "example-1",
        "2026-01-05T09:00:00Z",
    );
    sheet.stamp(
        "JobFrame",
        "example-1",
        goalframes_engine::drift::fingerprints(frames),
    );
    sheet.set_person("Ada Lovelace").unwrap();
    sheet.set_period("2026").unwrap();
    for (field, day) in [
        (CycleDate::PeriodStart, "2026-01-01"),
        (CycleDate::PeriodEnd, "2026-12-31"),
        (CycleDate::ReviewDate, "2026-12-15"),
    ] {
        sheet.set_cycle_date(field, day).unwrap();
    }
    for key in ["smart-1", "okr-2", "mbo-2"] {
        sheet.keep(key);
    }
    sheet.add_own_goal(OWN);
    sheet
        .set_own_goal_text(OWN, "Mentor two junior engineers")
        .unwrap();
    for (key, weight) in [("smart-1", 50), ("okr-2", 30), ("mbo-2", 10), (OWN, 10)] {
        sheet.set_weight(key, Some(weight)).unwrap();
    }
    let values = [
        ("smart-1", SlotKind::Baseline, "400 ms"),
        ("smart-1", SlotKind::Target, "200 ms"),
        ("okr-2-kr1", SlotKind::Baseline, "60%"),
        ("okr-2-kr1", SlotKind::Target, "90%"),
        ("mbo-2", SlotKind::Target, "every schema change reviewed"),
        ("mbo-2", SlotKind::Date, "2026-09-30"),
        (OWN, SlotKind::Baseline, "0 mentees"),
        (OWN, SlotKind::Target, "2 mentees"),
    ];
    for (item, slot, value) in values {
        sheet.values.set(item, slot, value).unwrap();
    }
    sheet
}

/// A check-in made in tab `tab1`, with the next id.
pub fn check_in(sheet: &Sheet, date: &str, value: &str, status: Status) -> CheckIn {
    CheckIn {
        id: review::new_entry_id(&sheet.review, "tab1"),
        date: date.into(),
        value: value.into(),
        status,
        note: String::new(),
    }
}

/// Appraises every goal by [`APPRAISALS`], with a manager's and an
/// employee's comment on SMART goal 1.
pub fn appraise(sheet: &mut Sheet) {
    for (goal, actual, typed, self_rating, manager_rating) in APPRAISALS {
        sheet
            .set_appraisal(goal, AppraisalField::Actual, actual)
            .unwrap();
        if let Some(typed) = typed {
            sheet
                .set_appraisal(goal, AppraisalField::Achievement, typed)
                .unwrap();
        }
        sheet
            .set_goal_rating(goal, Rater::Employee, Some(self_rating))
            .unwrap();
        sheet
            .set_goal_rating(goal, Rater::Manager, Some(manager_rating))
            .unwrap();
    }
    for (field, text) in [
        (
            AppraisalField::ManagerComment,
            "The index redesign paid off.",
        ),
        (
            AppraisalField::EmployeeComment,
            "p95 still spikes at month end.",
        ),
    ] {
        sheet.set_appraisal("smart-1", field, text).unwrap();
    }
}
