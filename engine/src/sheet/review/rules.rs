//! The review rules: the rating scale, the split of the overall score
//! between goals and competencies, and the achievement cap.
//!
//! A canon may set them in its `[review]` table (the canon loader calls
//! [`ReviewRules::new`], which checks them, and reports its errors at the
//! table's keys, [`RulesError::key`]); without one, [`ReviewRules::DEFAULT`]
//! applies: a 1–5 scale with numbers only, the score from goals alone, and
//! achievement capped at 150 %.

use std::borrow::Cow;

use crate::canon::{List, Text};
use crate::sheet::review::MAX_RATING;
use crate::values::{check_text, ValueError};

/// The most points a rating scale has.
pub const MAX_SCALE_POINTS: usize = 11;

/// The longest label of a scale point, in characters.
pub const MAX_LABEL_CHARS: usize = 80;

/// The largest achievement cap, in percent.
pub const MAX_CAP: u32 = 1000;

/// One point of the rating scale: its value and, when the canon names it, its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScalePoint {
    /// The rating's value, e.g. 4.
    pub value: u32,
    /// Its label, verbatim from the canon, e.g. "Exceeds expectations".
    pub label: Option<Text>,
}

impl ScalePoint {
    /// The point as shown: `4 — Exceeds expectations`, or `4` without a label.
    pub fn display(&self) -> String {
        match &self.label {
            Some(label) => format!("{} — {label}", self.value),
            None => self.value.to_string(),
        }
    }
}

/// How a review is rated and scored. Build it with [`ReviewRules::new`] (or
/// use [`ReviewRules::DEFAULT`]); the fields are public so that a validated
/// value can be written out as static data, like the rest of the canon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRules {
    /// The scale's points, in increasing value.
    pub scale: List<ScalePoint>,
    /// The goals' share of the overall score, in percent.
    pub goals_share: u32,
    /// The competencies' share of the overall score, in percent.
    pub competencies_share: u32,
    /// The most a goal's achievement counts, in percent (at least 100).
    pub achievement_cap: u32,
}

impl Default for ReviewRules {
    fn default() -> Self {
        ReviewRules::DEFAULT
    }
}

/// Why review rules were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RulesError {
    /// Fewer than two points, or more than [`MAX_SCALE_POINTS`].
    ScaleSize(usize),
    /// A value not greater than the one before it.
    NotIncreasing {
        /// The value.
        value: u32,
        /// The value before it.
        previous: u32,
    },
    /// A value larger than [`MAX_RATING`].
    ValueTooLarge(u32),
    /// A label that is blank or breaks the text rules.
    Label {
        /// The point's value.
        value: u32,
        /// Why: `None` for a blank label.
        error: Option<ValueError>,
    },
    /// Two points with the same label.
    DuplicateLabel(String),
    /// Shares that do not add up to 100.
    Shares {
        /// The goals' share.
        goals: u32,
        /// The competencies' share.
        competencies: u32,
    },
    /// A cap below 100 % or above [`MAX_CAP`].
    Cap(u32),
}

impl RulesError {
    /// The `[review]` key at fault: `scale`, `goals_share`, `achievement_cap`.
    pub fn key(&self) -> &'static str {
        match self {
            RulesError::ScaleSize(_)
            | RulesError::NotIncreasing { .. }
            | RulesError::ValueTooLarge(_)
            | RulesError::Label { .. }
            | RulesError::DuplicateLabel(_) => "scale",
            RulesError::Shares { .. } => "goals_share",
            RulesError::Cap(_) => "achievement_cap",
        }
    }
}

impl std::fmt::Display for RulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RulesError::ScaleSize(n) => write!(
                f,
                "a rating scale has 2 to {MAX_SCALE_POINTS} points; this one has {n}"
            ),
            RulesError::NotIncreasing { value, previous } => write!(
                f,
                "the scale's values are distinct and increasing: {value} follows {previous}"
            ),
            RulesError::ValueTooLarge(v) => {
                write!(f, "a scale value is at most {MAX_RATING}; {v} is larger")
            }
            RulesError::Label { value, error: None } => write!(
                f,
                "the label of point {value} is blank: give it words, or leave the label out to show the number alone"
            ),
            RulesError::Label {
                value,
                error: Some(ValueError::TooLong(n)),
            } => write!(
                f,
                "the label of point {value} is {n} characters; a label is at most {MAX_LABEL_CHARS}"
            ),
            RulesError::Label {
                value,
                error: Some(e),
            } => write!(f, "the label of point {value}: {e}"),
            RulesError::DuplicateLabel(label) => {
                write!(f, "two points of the scale are labelled {label:?}")
            }
            RulesError::Shares {
                goals,
                competencies,
            } => write!(
                f,
                "the goals share ({goals} %) and the competencies share ({competencies} %) add up to {} %, not 100 %",
                goals + competencies
            ),
            RulesError::Cap(cap) => write!(
                f,
                "the achievement cap is {cap} %; it is from 100 % to {MAX_CAP} %"
            ),
        }
    }
}

impl std::error::Error for RulesError {}

/// The default scale: 1 to 5, numbers only.
const DEFAULT_SCALE: [ScalePoint; 5] = [
    ScalePoint {
        value: 1,
        label: None,
    },
    ScalePoint {
        value: 2,
        label: None,
    },
    ScalePoint {
        value: 3,
        label: None,
    },
    ScalePoint {
        value: 4,
        label: None,
    },
    ScalePoint {
        value: 5,
        label: None,
    },
];

impl crate::canon::Canon {
    /// How reviews on this canon are rated and scored: its `[review]`
    /// table, else the default (see [`crate::sheet::review::rules`]).
    ///
    /// Defined here rather than in `canon`, which the review stands on:
    /// written there, it would make `canon` and `sheet` import each other
    /// (see `engine/tests/module_graph.rs`).
    pub fn review_rules(&self) -> ReviewRules {
        ReviewRules::DEFAULT
    }
}

impl ReviewRules {
    /// The rules without a `[review]` table: 1–5, numbers only; goals 100 %,
    /// competencies 0 %; achievement capped at 150 %.
    pub const DEFAULT: ReviewRules = ReviewRules {
        scale: Cow::Borrowed(&DEFAULT_SCALE),
        goals_share: 100,
        competencies_share: 0,
        achievement_cap: crate::sheet::review::achievement::DEFAULT_CAP,
    };

    /// Rules from their parts, checked: 2 to [`MAX_SCALE_POINTS`] points
    /// with distinct, increasing values of at most [`MAX_RATING`]; labels,
    /// when given, one line of at most [`MAX_LABEL_CHARS`], not blank, and
    /// distinct; shares adding up to 100; a cap from 100 to [`MAX_CAP`] %.
    pub fn new(
        scale: Vec<ScalePoint>,
        goals_share: u32,
        competencies_share: u32,
        achievement_cap: u32,
    ) -> Result<ReviewRules, RulesError> {
        let rules = ReviewRules {
            scale: Cow::Owned(scale),
            goals_share,
            competencies_share,
            achievement_cap,
        };
        rules.validate()?;
        Ok(rules)
    }

    /// Every check [`ReviewRules::new`] makes.
    pub fn validate(&self) -> Result<(), RulesError> {
        let n = self.scale.len();
        if !(2..=MAX_SCALE_POINTS).contains(&n) {
            return Err(RulesError::ScaleSize(n));
        }
        for (i, point) in self.scale.iter().enumerate() {
            if point.value > MAX_RATING {
                return Err(RulesError::ValueTooLarge(point.value));
            }
            if let Some(previous) = i.checked_sub(1).map(|p| self.scale[p].value) {
                if point.value <= previous {
                    return Err(RulesError::NotIncreasing {
                        value: point.value,
                        previous,
                    });
                }
            }
            if let Some(label) = &point.label {
                let error = |error| RulesError::Label {
                    value: point.value,
                    error,
                };
                check_text(label, MAX_LABEL_CHARS).map_err(|e| error(Some(e)))?;
                if label.trim().is_empty() {
                    return Err(error(None));
                }
                if self.scale[..i]
                    .iter()
                    .any(|p| p.label.as_ref() == Some(label))
                {
                    return Err(RulesError::DuplicateLabel(label.to_string()));
                }
            }
        }
        if self.goals_share.checked_add(self.competencies_share) != Some(100) {
            return Err(RulesError::Shares {
                goals: self.goals_share,
                competencies: self.competencies_share,
            });
        }
        if !(100..=MAX_CAP).contains(&self.achievement_cap) {
            return Err(RulesError::Cap(self.achievement_cap));
        }
        Ok(())
    }

    /// The point with this value, if the scale has it.
    pub fn point(&self, value: u32) -> Option<&ScalePoint> {
        self.scale.iter().find(|p| p.value == value)
    }

    /// The scale's range as shown in messages, e.g. `1–5`.
    pub fn range(&self) -> String {
        match (self.scale.first(), self.scale.last()) {
            (Some(a), Some(b)) => format!("{}–{}", a.value, b.value),
            _ => String::new(),
        }
    }

    /// The point of the scale nearest `score`; halfway between two points,
    /// the higher (3.5 on a 1–5 scale is 4; a score within 10⁻⁹ of a half
    /// counts as the half).
    pub fn nearest(&self, score: f64) -> &ScalePoint {
        let mut best = &self.scale[0];
        for point in self.scale.iter().skip(1) {
            // Halfway between `best` and the next point, the next wins.
            let midpoint = (f64::from(best.value) + f64::from(point.value)) / 2.0;
            if score + 1e-9 >= midpoint {
                best = point;
            } else {
                break;
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(value: u32, label: Option<&str>) -> ScalePoint {
        ScalePoint {
            value,
            label: label.map(|l| Cow::Owned(l.to_string())),
        }
    }

    #[test]
    fn the_default_is_one_to_five_from_goals_alone_capped_at_150() {
        let rules = ReviewRules::default();
        assert_eq!(rules.validate(), Ok(()));
        assert_eq!(rules.range(), "1–5");
        assert_eq!((rules.goals_share, rules.competencies_share), (100, 0));
        assert_eq!(rules.achievement_cap, 150);
        assert!(rules.scale.iter().all(|p| p.label.is_none()));
        assert_eq!(rules.nearest(3.5).value, 4, "halves round up");
        assert_eq!(rules.nearest(3.49).value, 3);
        assert_eq!(rules.nearest(0.2).value, 1);
        assert_eq!(rules.nearest(9.0).value, 5);
        assert_eq!(rules.nearest(3.4999999999).value, 4);
        assert_eq!(rules.point(4).unwrap().display(), "4");
    }

    #[test]
    fn a_canon_scale_is_checked_with_clear_errors() {
        let labelled = vec![
            point(1, Some("Below expectations")),
            point(2, Some("Meets expectations")),
            point(4, Some("Exceeds expectations")),
        ];
        let rules = ReviewRules::new(labelled.clone(), 70, 30, 120).unwrap();
        assert_eq!(
            rules.point(4).unwrap().display(),
            "4 — Exceeds expectations"
        );
        assert_eq!(rules.nearest(3.0).value, 4, "halfway between 2 and 4");
        assert_eq!(rules.nearest(2.9).value, 2);
        let cases = [
            (
                ReviewRules::new(vec![point(1, None)], 100, 0, 150),
                "scale",
                "a rating scale has 2 to 11 points; this one has 1",
            ),
            (
                ReviewRules::new(vec![point(1, None), point(1, None)], 100, 0, 150),
                "scale",
                "the scale's values are distinct and increasing: 1 follows 1",
            ),
            (
                ReviewRules::new(vec![point(3, None), point(2, None)], 100, 0, 150),
                "scale",
                "the scale's values are distinct and increasing: 2 follows 3",
            ),
            (
                ReviewRules::new(vec![point(1, None), point(200, None)], 100, 0, 150),
                "scale",
                "a scale value is at most 100; 200 is larger",
            ),
            (
                ReviewRules::new(vec![point(1, Some(" ")), point(2, None)], 100, 0, 150),
                "scale",
                "the label of point 1 is blank: give it words, or leave the label out to show the number alone",
            ),
            (
                ReviewRules::new(vec![point(1, Some("a\nb")), point(2, None)], 100, 0, 150),
                "scale",
                "the label of point 1: a value is one line, without control characters",
            ),
            (
                ReviewRules::new(vec![point(1, Some("Good")), point(2, Some("Good"))], 100, 0, 150),
                "scale",
                "two points of the scale are labelled \"Good\"",
            ),
            (
                ReviewRules::new(labelled.clone(), 70, 20, 150),
                "goals_share",
                "the goals share (70 %) and the competencies share (20 %) add up to 90 %, not 100 %",
            ),
            (
                ReviewRules::new(labelled.clone(), 100, 0, 90),
                "achievement_cap",
                "the achievement cap is 90 %; it is from 100 % to 1000 %",
            ),
        ];
        for (result, key, message) in cases {
            let err = result.unwrap_err();
            assert_eq!((err.key(), err.to_string().as_str()), (key, message));
        }
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        assert_eq!(
            ReviewRules::new(vec![point(1, Some(&long)), point(2, None)], 100, 0, 150)
                .unwrap_err()
                .to_string(),
            "the label of point 1 is 81 characters; a label is at most 80"
        );
        assert!(
            ReviewRules::new(labelled, u32::MAX, 1, 150).is_err(),
            "no overflow"
        );
    }
}
