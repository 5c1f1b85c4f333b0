//! The status a check-in suggests: is the goal where it should be by now?
//!
//! When baseline, target and the current value are numbers of one unit
//! ([`super::number`]) and the period has a start and an end, two progress
//! figures are compared:
//!
//! - **expected progress**: the share of the period gone by the check-in's
//!   day, linear from the period start (0 %) to the period end (100 %),
//!   clamped to that range;
//! - **actual progress**: how far the current value is from baseline toward
//!   target, linear as for achievement ([`super::achievement::progress`]),
//!   not clamped.
//!
//! The gap is expected minus actual, in percentage points; the status is
//! decided by the two thresholds below, the one place they are kept:
//!
//! | gap                                          | status   |
//! |----------------------------------------------|----------|
//! | at most [`ON_TRACK_WITHIN`] (10 points), or ahead | On track |
//! | at most [`BEHIND_WITHIN`] (25 points)        | Behind   |
//! | more                                         | At risk  |
//!
//! The result is a suggestion, labelled "Computed" wherever it is shown:
//! the manager chooses the status the check-in stores, and may choose
//! another.

use crate::dates;
use crate::message::Catalog;
use crate::sheet::review::achievement;
use crate::sheet::review::check_in::Status;
use crate::sheet::review::number::{self, comparable, one_decimal};

/// The largest gap, in percentage points, that is still on track.
pub const ON_TRACK_WITHIN: f64 = 10.0;

/// The largest gap, in percentage points, that is behind rather than at risk.
pub const BEHIND_WITHIN: f64 = 25.0;

/// A suggested status and the figures it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggestion {
    /// The suggested status.
    pub status: Status,
    /// The share of the period gone, in percent (0 to 100).
    pub expected: f64,
    /// How far the value is from baseline toward target, in percent.
    pub actual: f64,
}

impl Suggestion {
    /// Expected minus actual progress, in percentage points (negative when ahead).
    pub fn gap(&self) -> f64 {
        self.expected - self.actual
    }

    /// The suggestion in a sentence, e.g. `Computed: on track (50.0 % of
    /// the period gone, 45.0 % of the way to the target: 5.0 points behind).`
    pub fn how(&self, t: &Catalog) -> String {
        let gap = self.gap();
        let standing = if gap > 0.0 {
            t.progress_points_behind(&one_decimal(gap))
        } else if gap < 0.0 {
            t.progress_points_ahead(&one_decimal(-gap))
        } else {
            t.progress_as_expected().to_string()
        };
        t.progress_how(
            &one_decimal(self.actual),
            &one_decimal(self.expected),
            &standing,
            self.status.in_sentence(t),
        )
        .replace('-', "−")
    }
}

/// The status for a gap, by the thresholds (a gap within 10⁻⁹ of a
/// threshold counts as on it, so that float rounding never tips a status).
pub fn status_for_gap(gap: f64) -> Status {
    if gap <= ON_TRACK_WITHIN + 1e-9 {
        Status::OnTrack
    } else if gap <= BEHIND_WITHIN + 1e-9 {
        Status::Behind
    } else {
        Status::AtRisk
    }
}

/// The share of the period from `start` to `end` (`YYYY-MM-DD`) gone on
/// `day`, in percent, clamped to 0–100; `None` when a date is not a real
/// day or the period does not end after it starts.
pub fn expected_progress(start: &str, end: &str, day: &str) -> Option<f64> {
    let (start, end, day) = (
        dates::parse(start).ok()?,
        dates::parse(end).ok()?,
        dates::parse(day).ok()?,
    );
    let length = (end - start).whole_days();
    if length <= 0 {
        return None;
    }
    let gone = (day - start).whole_days() as f64 / length as f64 * 100.0;
    Some(gone.clamp(0.0, 100.0))
}

/// The status a check-in on `day` with `current` suggests for a goal from
/// `baseline` to `target` over the period `start`..`end`; `None` when a
/// value is not a number of the same unit, a date is missing or not a day,
/// or baseline equals target and the value differs.
pub fn suggest_status(
    baseline: &str,
    target: &str,
    current: &str,
    start: &str,
    end: &str,
    day: &str,
) -> Option<Suggestion> {
    let expected = expected_progress(start, end, day)?;
    let (b, t, c) = (
        number::read(baseline)?,
        number::read(target)?,
        number::read(current)?,
    );
    if !(comparable(&b, &t) && comparable(&b, &c) && comparable(&t, &c)) {
        return None;
    }
    let actual = achievement::progress(b.value, t.value, c.value)?;
    Some(Suggestion {
        status: status_for_gap(expected - actual),
        expected,
        actual,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Catalog {
        crate::message::catalog(crate::message::Lang::En)
    }
    use proptest::prelude::*;

    const YEAR: (&str, &str) = ("2026-01-01", "2026-12-31");

    fn suggest(current: &str, day: &str) -> Option<Suggestion> {
        suggest_status("400 ms", "200 ms", current, YEAR.0, YEAR.1, day)
    }

    #[test]
    fn the_gap_between_expected_and_actual_progress_decides() {
        // 2026-07-02 is day 182 of 364: 50 % of the period.
        assert_eq!(expected_progress(YEAR.0, YEAR.1, "2026-07-02"), Some(50.0));
        assert_eq!(expected_progress(YEAR.0, YEAR.1, "2025-12-01"), Some(0.0));
        assert_eq!(expected_progress(YEAR.0, YEAR.1, "2027-03-01"), Some(100.0));
        assert_eq!(expected_progress(YEAR.1, YEAR.0, "2026-03-01"), None);
        // Halfway through, 300 ms is halfway: on track.
        let s = suggest("300 ms", "2026-07-02").unwrap();
        assert_eq!(
            (s.status, s.expected, s.actual),
            (Status::OnTrack, 50.0, 50.0)
        );
        assert_eq!(
            s.how(en()),
            "Computed: on track (50.0 % of the period gone, 50.0 % of the way to the target: as expected)."
        );
        // 10 points behind is still on track; 10.5 is behind; 25 behind; 25.5 at risk.
        assert_eq!(
            suggest("320 ms", "2026-07-02").unwrap().status,
            Status::OnTrack
        );
        assert_eq!(
            suggest("321 ms", "2026-07-02").unwrap().status,
            Status::Behind
        );
        assert_eq!(
            suggest("350 ms", "2026-07-02").unwrap().status,
            Status::Behind
        );
        assert_eq!(
            suggest("351 ms", "2026-07-02").unwrap().status,
            Status::AtRisk
        );
        assert_eq!(
            suggest("351 ms", "2026-07-02").unwrap().how(en()),
            "Computed: at risk (50.0 % of the period gone, 24.5 % of the way to the target: 25.5 points behind)."
        );
        // Ahead, even past the target, is on track.
        let ahead = suggest("180 ms", "2026-07-02").unwrap();
        assert_eq!(ahead.status, Status::OnTrack);
        assert!(
            ahead.how(en()).contains("60.0 points ahead"),
            "{}",
            ahead.how(en())
        );
    }

    #[test]
    fn no_suggestion_without_numbers_or_a_period() {
        assert_eq!(suggest("fast", "2026-07-02"), None);
        assert_eq!(suggest("0.3 s", "2026-07-02"), None, "units differ");
        assert_eq!(
            suggest_status("400 ms", "200 ms", "300 ms", "", YEAR.1, "2026-07-02"),
            None
        );
        assert_eq!(suggest("300 ms", "2026-02-30"), None);
    }

    proptest! {
        #[test]
        fn a_greater_gap_never_suggests_a_better_status(g1 in -200.0f64..200.0, g2 in -200.0f64..200.0) {
            let (small, large) = if g1 <= g2 { (g1, g2) } else { (g2, g1) };
            prop_assert!(status_for_gap(small) <= status_for_gap(large));
        }
    }
}
