//! The review rules a canon sets: the rating scale, the split of the overall
//! score between goals and competencies, and the achievement cap.
//!
//! A canon may set them in its `[review]` table (the canon loader and the
//! spreadsheet import call [`ReviewRules::new`], which checks them, and
//! report its errors at the table's keys, [`RulesError::key`]); without one,
//! [`ReviewRules::DEFAULT`] applies: a 1–5 scale with numbers only, the score
//! from goals alone, and achievement capped at 150 %.
//!
//! They live with the canon, not with the review that applies them
//! (`sheet::review`), so that the arrow points one way: the canon is read
//! without knowing sheets, and a sheet's review quotes the canon's rules.

use std::borrow::Cow;

use super::rules::text_problem;
use super::{List, Text};

/// The largest rating a sheet holds: a scale's values are at most this.
pub const MAX_RATING: u32 = 100;

/// The achievement cap when the canon sets none, in percent.
pub const DEFAULT_CAP: u32 = 150;

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
        /// The point's position in the scale, from 0.
        point: usize,
        /// The value.
        value: u32,
        /// The value before it.
        previous: u32,
    },
    /// A value larger than [`MAX_RATING`].
    ValueTooLarge {
        /// The point's position in the scale, from 0.
        point: usize,
        /// The value.
        value: u32,
    },
    /// A label that is blank, too long or not clean canon text.
    Label {
        /// The point's position in the scale, from 0.
        point: usize,
        /// The point's value.
        value: u32,
        /// Why.
        problem: LabelProblem,
    },
    /// Two points with the same label.
    DuplicateLabel {
        /// The second point's position in the scale, from 0.
        point: usize,
        /// The label.
        label: String,
    },
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

/// Why a scale point's label was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelProblem {
    /// Empty or only white space: a label has words, or is left out.
    Blank,
    /// More than [`MAX_LABEL_CHARS`] characters (how many it has).
    TooLong(usize),
    /// Not clean canon text ([`text_problem`]'s words): a label is quoted
    /// verbatim, like all canon text.
    Text(String),
}

impl RulesError {
    /// The `[review]` key at fault: `scale`, `goals_share`, `achievement_cap`.
    pub fn key(&self) -> &'static str {
        match self {
            RulesError::ScaleSize(_)
            | RulesError::NotIncreasing { .. }
            | RulesError::ValueTooLarge { .. }
            | RulesError::Label { .. }
            | RulesError::DuplicateLabel { .. } => "scale",
            RulesError::Shares { .. } => "goals_share",
            RulesError::Cap(_) => "achievement_cap",
        }
    }

    /// The scale point at fault (its position, from 0) and which of its
    /// fields, when the error is about one point: so that a reader reports
    /// it where the point stands (`review.scale[2].value`, a cell of its row).
    pub fn point(&self) -> Option<(usize, PointField)> {
        match self {
            RulesError::NotIncreasing { point, .. } | RulesError::ValueTooLarge { point, .. } => {
                Some((*point, PointField::Value))
            }
            RulesError::Label { point, .. } | RulesError::DuplicateLabel { point, .. } => {
                Some((*point, PointField::Label))
            }
            RulesError::ScaleSize(_) | RulesError::Shares { .. } | RulesError::Cap(_) => None,
        }
    }
}

/// A scale point's field a [`RulesError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointField {
    /// The point's `value`.
    Value,
    /// The point's `label`.
    Label,
}

impl PointField {
    /// The field's key in a scale point: `value`, `label`.
    pub fn key(self) -> &'static str {
        match self {
            PointField::Value => "value",
            PointField::Label => "label",
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
            RulesError::NotIncreasing {
                value, previous, ..
            } => write!(
                f,
                "the scale's values are distinct and increasing: {value} follows {previous}"
            ),
            RulesError::ValueTooLarge { value: v, .. } => {
                write!(f, "a scale value is at most {MAX_RATING}; {v} is larger")
            }
            RulesError::Label {
                value,
                problem: LabelProblem::Blank,
                ..
            } => write!(
                f,
                "the label of point {value} is blank: give it words, or leave the label out to show the number alone"
            ),
            RulesError::Label {
                value,
                problem: LabelProblem::TooLong(n),
                ..
            } => write!(
                f,
                "the label of point {value} is {n} characters; a label is at most {MAX_LABEL_CHARS}"
            ),
            RulesError::Label {
                value,
                problem: LabelProblem::Text(problem),
                ..
            } => write!(f, "the label of point {value}: {problem}"),
            RulesError::DuplicateLabel { label, .. } => {
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

impl ReviewRules {
    /// The rules without a `[review]` table: 1–5, numbers only; goals 100 %,
    /// competencies 0 %; achievement capped at 150 %.
    pub const DEFAULT: ReviewRules = ReviewRules {
        scale: Cow::Borrowed(&DEFAULT_SCALE),
        goals_share: 100,
        competencies_share: 0,
        achievement_cap: DEFAULT_CAP,
    };

    /// Rules from their parts, checked: 2 to [`MAX_SCALE_POINTS`] points
    /// with distinct, increasing values of at most [`MAX_RATING`]; labels,
    /// when given, clean canon text of at most [`MAX_LABEL_CHARS`] characters,
    /// not blank, and distinct; shares adding up to 100; a cap from 100 to [`MAX_CAP`] %.
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
                return Err(RulesError::ValueTooLarge {
                    point: i,
                    value: point.value,
                });
            }
            if let Some(previous) = i.checked_sub(1).map(|p| self.scale[p].value) {
                if point.value <= previous {
                    return Err(RulesError::NotIncreasing {
                        point: i,
                        value: point.value,
                        previous,
                    });
                }
            }
            if let Some(label) = &point.label {
                let refuse = |problem| RulesError::Label {
                    point: i,
                    value: point.value,
                    problem,
                };
                if label.trim().is_empty() {
                    return Err(refuse(LabelProblem::Blank));
                }
                let chars = label.chars().count();
                if chars > MAX_LABEL_CHARS {
                    return Err(refuse(LabelProblem::TooLong(chars)));
                }
                if let Some(problem) = text_problem(label) {
                    return Err(refuse(LabelProblem::Text(problem)));
                }
                if self.scale[..i]
                    .iter()
                    .any(|p| p.label.as_ref() == Some(label))
                {
                    return Err(RulesError::DuplicateLabel {
                        point: i,
                        label: label.to_string(),
                    });
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
                "the label of point 1: the text contains a line break (U+000A); canon text is one line",
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
