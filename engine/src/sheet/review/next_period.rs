//! "Start next period from this sheet": a new draft for the next period
//! with the same goals, the actuals reached becoming the new baselines.
//!
//! [`Sheet::next_period`] copies the kept and own goals (their order,
//! weights, own goals' texts) and the slot values of their items, for the
//! same person and profile, stamped with the same canon. A goal's actual
//! becomes the baseline of its first item that has a ⟨baseline⟩ slot (its
//! first key result for an objective; an MBO area or scorecard row has none,
//! so its actual stays on the old sheet). A ⟨date⟩ slot holding a day
//! before the new period starts is left empty, so that it takes the new
//! period's end. The new sheet is a draft with no check-ins, appraisal or
//! ratings; the old sheet is not changed.

use crate::dates::{self, DateError};
use crate::frame::{ProfileFrames, SlotKind};
use crate::message::{Catalog, Message};
use crate::sheet::review::lock::owns_item;
use crate::sheet::{is_own_goal_key, CycleDate, Sheet};
use crate::values::{check_value, ValueError};

/// The next period's name and dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextPeriod {
    /// Its name, e.g. "2027" (none to leave it for the manager to type).
    pub name: Option<String>,
    /// Its first day (`YYYY-MM-DD`).
    pub start: String,
    /// Its last day (`YYYY-MM-DD`).
    pub end: String,
    /// The day of its review (`YYYY-MM-DD`), if known.
    pub review_date: Option<String>,
}

/// Why a next period was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextPeriodError {
    /// A date that is not a real day, and its field.
    Date(CycleDate, DateError),
    /// The end is not after the start.
    EndsBeforeStart,
    /// The name breaks the value rules.
    Name(ValueError),
}

impl Message for NextPeriodError {
    fn message(&self, t: &Catalog) -> String {
        match self {
            NextPeriodError::Date(field, e) => t.error_field(field.label(t), &e.message(t)),
            NextPeriodError::EndsBeforeStart => t.next_period_error_ends_before_start().into(),
            NextPeriodError::Name(e) => t.error_field(t.sheet_period(), &e.message(t)),
        }
    }
}

crate::english_display!(NextPeriodError);

impl std::error::Error for NextPeriodError {}

impl NextPeriod {
    /// The period after `sheet`'s, as a proposal: from the day after its
    /// end, as many whole months as it had (a period from the first of a
    /// month to the last of one), else as many days; the review date moved
    /// by as much; a name that is the old period's year becomes the new
    /// one's. `None` when the sheet's period has no start and end.
    pub fn after(sheet: &Sheet) -> Option<NextPeriod> {
        let start = dates::parse(sheet.period_start.as_deref()?).ok()?;
        let end = dates::parse(sheet.period_end.as_deref()?).ok()?;
        let next_start = end.next_day()?;
        let months = whole_months(start, next_start);
        let shift = |day: time::Date| match months {
            Some(m) => add_months(day, m),
            None => day.checked_add(next_start - start),
        };
        let next_end = shift(end.next_day()?)?.previous_day()?;
        let review_date = sheet
            .review_date
            .as_deref()
            .and_then(|d| dates::parse(d).ok())
            .and_then(shift)
            .map(iso);
        let name = sheet
            .period
            .as_deref()
            .filter(|n| *n == start.year().to_string())
            .map(|_| next_start.year().to_string());
        Some(NextPeriod {
            name,
            start: iso(next_start),
            end: iso(next_end),
            review_date,
        })
    }

    fn check(&self) -> Result<(), NextPeriodError> {
        if let Some(name) = &self.name {
            check_value(name).map_err(NextPeriodError::Name)?;
        }
        let start = dates::parse(&self.start)
            .map_err(|e| NextPeriodError::Date(CycleDate::PeriodStart, e))?;
        let end =
            dates::parse(&self.end).map_err(|e| NextPeriodError::Date(CycleDate::PeriodEnd, e))?;
        if let Some(day) = &self.review_date {
            dates::check(day).map_err(|e| NextPeriodError::Date(CycleDate::ReviewDate, e))?;
        }
        if end <= start {
            return Err(NextPeriodError::EndsBeforeStart);
        }
        Ok(())
    }
}

/// `YYYY-MM-DD`.
fn iso(day: time::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

/// The number of months from `start` to `next`, when both are the first of a month.
fn whole_months(start: time::Date, next: time::Date) -> Option<i32> {
    if start.day() != 1 || next.day() != 1 {
        return None;
    }
    let index = |d: time::Date| d.year() * 12 + i32::from(u8::from(d.month())) - 1;
    let months = index(next) - index(start);
    (months > 0).then_some(months)
}

/// `day` moved by `months` (its day of the month kept, or the month's last).
fn add_months(day: time::Date, months: i32) -> Option<time::Date> {
    let index = day.year() * 12 + i32::from(u8::from(day.month())) - 1 + months;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    let last = time::util::days_in_month(month, year);
    time::Date::from_calendar_date(year, month, day.day().min(last)).ok()
}

impl Sheet {
    /// A new draft `id` for the `next` period with this sheet's goals (see
    /// the module documentation), made `now` by `tab` as one write; `frames`
    /// are the profile's, to find each goal's baseline slot. This sheet is
    /// not changed.
    pub fn next_period(
        &self,
        id: &str,
        frames: &ProfileFrames,
        next: &NextPeriod,
        tab: &str,
        now: &str,
    ) -> Result<Sheet, NextPeriodError> {
        next.check()?;
        let mut sheet = Sheet::new(id, &self.family, &self.level, &self.canon_version, now);
        sheet.canon = self.canon.clone();
        sheet.fingerprints = self.fingerprints.clone();
        sheet.person = self.person.clone();
        sheet.period = next.name.clone().filter(|n| !n.is_empty());
        sheet.period_start = Some(next.start.clone());
        sheet.period_end = Some(next.end.clone());
        sheet.review_date = next.review_date.clone();
        sheet.goals = self.goals.clone();
        sheet.own_goals = self.own_goals.clone();
        let kept = |item: &str| self.goals.iter().any(|g| owns_item(&g.key, item));
        for (item, slot, value) in self.values.iter().filter(|(item, _, _)| kept(item)) {
            let past =
                slot == SlotKind::Date && dates::looks_iso(value) && value < next.start.as_str();
            if !past {
                // A checked value from a checked sheet: always valid.
                let _ = sheet.values.set(item, slot, value);
            }
        }
        for goal in &self.goals {
            let Some(actual) = self.appraisal(&goal.key).and_then(|a| a.actual.as_deref()) else {
                continue;
            };
            if let Some(item) = self.baseline_item(&goal.key, frames) {
                let _ = sheet.values.set(&item, SlotKind::Baseline, actual);
            }
        }
        sheet.restamp(tab, now);
        Ok(sheet)
    }

    /// The item whose ⟨baseline⟩ a goal's actual becomes: its first item
    /// with a baseline slot in the frames, an own goal itself, or (for a
    /// goal the frames no longer have) its first item holding a baseline.
    fn baseline_item(&self, goal: &str, frames: &ProfileFrames) -> Option<String> {
        if is_own_goal_key(goal) {
            return Some(goal.to_string());
        }
        let mut items = frames
            .items()
            .map(|(_, item)| item)
            .chain(frames.growth_items())
            .filter(|item| owns_item(goal, &item.key))
            .peekable();
        if items.peek().is_some() {
            return items
                .find(|item| item.slots.contains(&SlotKind::Baseline))
                .map(|item| item.key.clone());
        }
        self.values
            .iter()
            .find(|(item, slot, _)| *slot == SlotKind::Baseline && owns_item(goal, item))
            .map(|(item, _, _)| item.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(start: &str, end: &str) -> Sheet {
        let mut sheet = Sheet::new("s", "f", "l", "v", "t");
        sheet.period_start = Some(start.into());
        sheet.period_end = Some(end.into());
        sheet
    }

    #[test]
    fn the_proposed_next_period_follows_on_as_long_as_the_last() {
        let mut year = sheet("2026-01-01", "2026-12-31");
        year.period = Some("2026".into());
        year.review_date = Some("2026-12-15".into());
        assert_eq!(
            NextPeriod::after(&year),
            Some(NextPeriod {
                name: Some("2027".into()),
                start: "2027-01-01".into(),
                end: "2027-12-31".into(),
                review_date: Some("2027-12-15".into()),
            })
        );
        let leap = NextPeriod::after(&sheet("2027-01-01", "2027-12-31")).unwrap();
        assert_eq!(leap.end, "2028-12-31", "whole months, not 365 days");
        let half = NextPeriod::after(&sheet("2026-01-01", "2026-06-30")).unwrap();
        assert_eq!(
            (half.start.as_str(), half.end.as_str()),
            ("2026-07-01", "2026-12-31")
        );
        assert_eq!(half.name, None);
        let days = NextPeriod::after(&sheet("2026-01-15", "2026-04-14")).unwrap();
        assert_eq!(
            (days.start.as_str(), days.end.as_str()),
            ("2026-04-15", "2026-07-13")
        );
        assert_eq!(
            NextPeriod::after(&Sheet::new("s", "f", "l", "v", "t")),
            None
        );
    }
}
