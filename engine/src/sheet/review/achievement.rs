//! Achievement: how far a goal got from its baseline toward its target, in
//! percent.
//!
//! When baseline, target and actual are numbers of one unit ([`number`]),
//! achievement is linear from baseline (0 %) to target (100 %):
//!
//! ```text
//! achievement = (actual − baseline) / (target − baseline) × 100 %
//! ```
//!
//! The same formula serves goals where lower is better: a latency from
//! baseline 400 ms toward target 200 ms, reached at 250 ms, is
//! (250 − 400) / (200 − 400) = 75 %. The result is clamped to 0 % (worse
//! than the baseline) and to the cap (150 % unless the canon's review rules
//! set another, [`super::rules`]), so that one goal far over target cannot
//! carry the others.
//!
//! When baseline and target are equal the goal was to hold a value: 100 %
//! when the actual equals it, and otherwise not computed (whether more is
//! better is not known); then, as for text that is not a number, the
//! manager types the achievement by hand ([`parse_typed`]), and the typed
//! value is clamped the same way.

use crate::message::Catalog;
use crate::sheet::review::number::{self, comparable, one_decimal, plain, Quantity};

/// The achievement cap when the canon sets none, in percent (the canon's
/// review rules own it: it is their default).
pub use crate::canon::review::DEFAULT_CAP;

/// The largest achievement that may be typed, in percent.
pub const MAX_TYPED: f64 = 1000.0;

/// An achievement computed from baseline, target and actual.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Achievement {
    /// The baseline, as read.
    pub baseline: Quantity,
    /// The target, as read.
    pub target: Quantity,
    /// The actual, as read.
    pub actual: Quantity,
    /// The linear progress before clamping, in percent.
    pub reached: f64,
    /// The achievement used, clamped to 0 and the cap, in percent.
    pub percent: f64,
    /// The cap it was clamped to, in percent.
    pub cap: u32,
}

impl Achievement {
    /// How it was computed, e.g. `from 400 ms to 200 ms, reached 250 ms:
    /// (250 − 400) / (200 − 400) = 75.0 %`.
    pub fn how(&self, t: &Catalog) -> String {
        let show = |q: &Quantity| match q.unit {
            Some("%") => format!("{}%", plain(q.value)),
            Some(unit) => format!("{} {unit}", plain(q.value)),
            None => plain(q.value),
        };
        let (baseline, target, actual) =
            (show(&self.baseline), show(&self.target), show(&self.actual));
        let (b, tv, a) = (self.baseline.value, self.target.value, self.actual.value);
        let formula = if b == tv {
            t.achievement_held().to_string()
        } else {
            format!(
                "({} − {}) / ({} − {}) = {} %",
                signed(a),
                signed(b),
                signed(tv),
                signed(b),
                one_decimal(self.reached)
            )
        };
        let how = t.achievement_how(&actual, &baseline, &formula, &target)
            + &clamp_note(t, self.reached, self.percent, self.cap);
        how.replace('-', "−")
    }
}

/// A value in a formula, negative ones bracketed.
fn signed(value: f64) -> String {
    if value < 0.0 {
        format!("({})", plain(value))
    } else {
        plain(value)
    }
}

/// What clamping did, for an explanation: `, capped at 150 %` or `, counted as 0 %`.
pub(crate) fn clamp_note(t: &Catalog, reached: f64, used: f64, cap: u32) -> String {
    if reached > used {
        t.achievement_capped(&cap.to_string())
    } else if reached < used {
        t.achievement_counted_as_zero().to_string()
    } else {
        String::new()
    }
}

/// The linear progress from `baseline` to `target` that `actual` stands
/// at, in percent, not clamped; `None` when baseline equals target and the
/// actual differs (see the module documentation).
pub fn progress(baseline: f64, target: f64, actual: f64) -> Option<f64> {
    if baseline == target {
        return (actual == target).then_some(100.0);
    }
    Some((actual - baseline) / (target - baseline) * 100.0)
}

/// A percentage clamped to 0 and `cap`.
pub fn clamp(percent: f64, cap: u32) -> f64 {
    percent.clamp(0.0, f64::from(cap))
}

/// The achievement of a goal from its baseline, target and actual as
/// typed, clamped to `cap`; `None` when one of them is not a number by
/// [`number::read`], their units differ, or baseline equals target and the
/// actual differs.
pub fn compute(baseline: &str, target: &str, actual: &str, cap: u32) -> Option<Achievement> {
    let (baseline, target, actual) = (
        number::read(baseline)?,
        number::read(target)?,
        number::read(actual)?,
    );
    let agree = comparable(&baseline, &target)
        && comparable(&baseline, &actual)
        && comparable(&target, &actual);
    if !agree {
        return None;
    }
    let reached = progress(baseline.value, target.value, actual.value)?;
    Some(Achievement {
        baseline,
        target,
        actual,
        reached,
        percent: clamp(reached, cap),
        cap,
    })
}

/// An achievement typed by hand: a number of percent from 0 to
/// [`MAX_TYPED`], read by [`number::read`] (`80`, `82.5 %`, `82,5`), with no
/// unit but `%`.
/// `None` otherwise: the caller words it (`Problem::AchievementNotPercent`).
pub fn parse_typed(text: &str) -> Option<f64> {
    let q = number::read(text)?;
    (matches!(q.unit, None | Some("%")) && (0.0..=MAX_TYPED).contains(&q.value)).then_some(q.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Catalog {
        crate::message::catalog(crate::message::Lang::En)
    }
    use proptest::prelude::*;

    fn pct(b: &str, t: &str, a: &str) -> Option<f64> {
        compute(b, t, a, DEFAULT_CAP).map(|a| a.percent)
    }

    #[test]
    fn linear_from_baseline_to_target_also_when_lower_is_better() {
        assert_eq!(pct("400 ms", "200 ms", "250 ms"), Some(75.0));
        assert_eq!(
            pct("400 ms", "200 ms", "250"),
            Some(75.0),
            "unit on one side"
        );
        assert_eq!(pct("p95 400 ms", "p95 200 ms", "p95 250 ms"), Some(75.0));
        assert_eq!(pct("12%", "20%", "18%"), Some(75.0));
        assert_eq!(pct("1,200", "2,000", "1,600"), Some(50.0));
        assert_eq!(pct("€40k", "€50k", "€45,000"), Some(50.0));
        assert_eq!(pct("0", "2 mentees", "2"), Some(100.0));
        let a = compute("400 ms", "200 ms", "250 ms", DEFAULT_CAP).unwrap();
        assert_eq!(
            a.how(en()),
            "from 400 ms to 200 ms, reached 250 ms: (250 − 400) / (200 − 400) = 75.0 %"
        );
    }

    #[test]
    fn clamped_to_zero_and_the_cap() {
        assert_eq!(
            pct("400 ms", "200 ms", "500 ms"),
            Some(0.0),
            "worse than the baseline"
        );
        assert_eq!(pct("400 ms", "200 ms", "0 ms"), Some(150.0), "200 % capped");
        assert_eq!(compute("0", "10", "30", 300).unwrap().percent, 300.0);
        let over = compute("400 ms", "200 ms", "0 ms", DEFAULT_CAP).unwrap();
        assert_eq!(over.reached, 200.0);
        assert!(
            over.how(en()).ends_with("= 200.0 %, capped at 150 %"),
            "{}",
            over.how(en())
        );
        let under = compute("-5 %", "5 %", "-10 %", DEFAULT_CAP).unwrap();
        assert_eq!(
            under.how(en()),
            "from −5% to 5%, reached −10%: ((−10) − (−5)) / (5 − (−5)) = −50.0 %, counted as 0 %"
        );
    }

    #[test]
    fn unreadable_numbers_and_other_units_are_not_computed() {
        assert_eq!(pct("400 ms", "0.2 s", "250 ms"), None, "units differ");
        assert_eq!(pct("three", "five", "four"), None);
        assert_eq!(pct("400 ms", "200 ms", ""), None);
        assert_eq!(pct("from 3 to 5", "5", "4"), None);
        assert_eq!(pct("€40k", "$50k", "$45k"), None);
    }

    #[test]
    fn a_target_equal_to_the_baseline_is_held_or_typed() {
        assert_eq!(pct("99.9%", "99.9%", "99.9%"), Some(100.0));
        assert_eq!(pct("99.9%", "99.9%", "99.5%"), None);
        let held = compute("3", "3", "3", DEFAULT_CAP).unwrap();
        assert_eq!(
            held.how(en()),
            "from 3 to 3, reached 3: the target was held = 100.0 %"
        );
    }

    #[test]
    fn typed_achievement_is_a_percentage() {
        assert_eq!(parse_typed("80"), Some(80.0));
        assert_eq!(parse_typed("82.5 %"), Some(82.5));
        assert_eq!(parse_typed("82,5"), Some(82.5));
        assert!(parse_typed("80 ms").is_none());
        assert!(parse_typed("-5").is_none());
        assert!(parse_typed("1001").is_none());
        assert!(parse_typed("a lot").is_none());
    }

    proptest! {
        #[test]
        fn achievement_is_always_within_zero_and_the_cap_and_hits_the_ends(
            b in -1000i32..1000, t in -1000i32..1000, a in -3000i32..3000, cap in 100u32..400,
        ) {
            let (bs, ts, as_) = (b.to_string(), t.to_string(), a.to_string());
            match compute(&bs, &ts, &as_, cap) {
                Some(got) => {
                    prop_assert!((0.0..=f64::from(cap)).contains(&got.percent));
                    if b != t {
                        let at_target = compute(&bs, &ts, &ts, cap).unwrap().percent;
                        let at_baseline = compute(&bs, &ts, &bs, cap).unwrap().percent;
                        prop_assert!((at_target - 100.0).abs() < 1e-9);
                        prop_assert_eq!(at_baseline, 0.0);
                    }
                }
                None => prop_assert!(b == t && a != t),
            }
        }

        #[test]
        fn moving_toward_the_target_never_lowers_achievement(
            b in -1000i32..1000, t in -1000i32..1000, a1 in -3000i32..3000, step in 0i32..500,
        ) {
            prop_assume!(b != t);
            let toward = if t > b { a1 + step } else { a1 - step };
            let one = compute(&b.to_string(), &t.to_string(), &a1.to_string(), DEFAULT_CAP).unwrap();
            let two = compute(&b.to_string(), &t.to_string(), &toward.to_string(), DEFAULT_CAP).unwrap();
            prop_assert!(two.percent >= one.percent);
        }
    }
}
