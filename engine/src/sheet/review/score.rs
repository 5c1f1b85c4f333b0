//! The review's scores, by one documented formula.
//!
//! Over the kept and own goals, with their weights wᵢ in percent:
//!
//! - **goal achievement** (%) = Σ wᵢ × achievementᵢ / 100, each achievement
//!   computed from baseline, target and actual when they are numbers, else
//!   the one typed by hand, either way clamped to 0 and the cap
//!   ([`super::achievement`]);
//! - **goal rating** = Σ wᵢ × manager ratingᵢ / 100, on the rating scale;
//! - **competency rating** = the mean of the manager's ratings of every
//!   competency row ([`super::competency`]);
//! - **overall rating** = goals share × goal rating + competencies share ×
//!   competency rating (shares in percent, [`super::rules`]; by default 100
//!   and 0); its label is the point of the scale nearest the overall as
//!   shown, halves rounding up (a shown 3.5 is 4 on a 1–5 scale).
//!
//! The self ratings are scored by the same formulas beside them ([`Score::employee`]).
//! Each figure is shown to one decimal place ([`Scored::shown`]) with how it
//! was computed ([`Scored::how`], and term by term, [`Scored::terms`]).
//!
//! Nothing is scored while the weights do not total 100 % or a figure's
//! input is missing; the figure then says which ([`Figure::NotScored`]),
//! e.g. "Weights total 90 %, not 100 %." or "No manager rating for SMART
//! goal 2.". A goal weighted 0 % (or not weighted, when the others total
//! 100 %) counts for nothing and needs no achievement or rating. The overall
//! rating needs the goal rating only when goals have a share, and the
//! competency rating only when competencies have one.

use crate::canon::review::{ReviewRules, ScalePoint};
use crate::message::Catalog;
use crate::sheet::review::achievement::{self, clamp, clamp_note, parse_typed};
use crate::sheet::review::appraisal::{Appraisal, Rater};
use crate::sheet::review::competency::Competency;
use crate::sheet::review::number::{one_decimal, plain, round_half_up};
use crate::sheet::Sheet;

/// A goal as the score needs it: its key and label, weight, and the
/// baseline and target its achievement is computed from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewGoal {
    /// The goal's key on the sheet.
    pub key: String,
    /// Its label, e.g. "SMART goal 1", "Your own goal 1".
    pub label: String,
    /// Its weight in percent, when set.
    pub weight: Option<u32>,
    /// Its measure's first filled baseline.
    pub baseline: Option<String>,
    /// Its measure's first filled target.
    pub target: Option<String>,
}

/// Where a goal's achievement comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AchievementSource {
    /// Computed from baseline, target and actual.
    Computed,
    /// Typed by hand.
    Typed,
}

/// A goal's achievement as the score uses it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalAchievement {
    /// The achievement in percent, clamped to 0 and the cap.
    pub percent: f64,
    /// Computed or typed.
    pub source: AchievementSource,
    /// How it was found, e.g. `from 400 ms to 200 ms, reached 250 ms: (250 −
    /// 400) / (200 − 400) = 75.0 %` or `typed: 80.0 %`.
    pub how: String,
}

/// A goal's achievement: computed from its baseline, target and actual
/// when they are numbers of one unit, else the one typed by hand; `None`
/// when neither is there. Clamped to 0 and `cap`.
pub fn goal_achievement(
    goal: &ReviewGoal,
    appraisal: Option<&Appraisal>,
    cap: u32,
    t: &Catalog,
) -> Option<GoalAchievement> {
    let appraisal = appraisal?;
    let computed = match (&goal.baseline, &goal.target, &appraisal.actual) {
        (Some(b), Some(t), Some(a)) => achievement::compute(b, t, a, cap),
        _ => None,
    };
    if let Some(a) = computed {
        return Some(GoalAchievement {
            percent: a.percent,
            source: AchievementSource::Computed,
            how: a.how(t),
        });
    }
    let typed = parse_typed(appraisal.achievement.as_deref()?)?;
    let percent = clamp(typed, cap);
    Some(GoalAchievement {
        percent,
        source: AchievementSource::Typed,
        how: t.achievement_typed(&one_decimal(typed)) + &clamp_note(t, typed, percent, cap),
    })
}

/// One goal of the score.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalScore {
    /// The goal's key.
    pub key: String,
    /// Its label.
    pub label: String,
    /// Its weight in percent (0 when not set).
    pub weight: u32,
    /// Its achievement, when it has one.
    pub achievement: Option<GoalAchievement>,
    /// The employee's rating.
    pub self_rating: Option<u32>,
    /// The manager's rating.
    pub manager_rating: Option<u32>,
}

impl GoalScore {
    /// The rating of `rater`.
    pub fn rating(&self, rater: Rater) -> Option<u32> {
        match rater {
            Rater::Employee => self.self_rating,
            Rater::Manager => self.manager_rating,
        }
    }
}

/// One term of a figure: a goal's weighted value, or a rating in a mean.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// What it is: a goal's or competency's label, or a score's.
    pub label: String,
    /// Its weight in percent (`None` in a mean, where every term counts once).
    pub weight: Option<u32>,
    /// Its value: an achievement in percent or a rating.
    pub value: f64,
}

/// A computed figure: its value, the terms it was computed from, and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    /// The exact value.
    pub value: f64,
    /// The terms, in order.
    pub terms: Vec<Term>,
    /// The formula with its numbers, e.g. `Σ weight × manager rating / 100 =
    /// (50 × 4 + 50 × 3) / 100 = 3.5`.
    pub how: String,
}

impl Scored {
    /// The value to one decimal place, halves up: `3.8`.
    pub fn shown(&self) -> String {
        one_decimal(self.value)
    }
}

/// A figure of the score: computed, or not, and why not.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// Computed.
    Scored(Scored),
    /// Not computed: what is missing, each a sentence.
    NotScored(Vec<String>),
}

impl Figure {
    /// The figure, or what is missing.
    pub fn result(&self) -> Result<&Scored, &[String]> {
        match self {
            Figure::Scored(s) => Ok(s),
            Figure::NotScored(why) => Err(why),
        }
    }

    /// Its value, when computed.
    pub fn value(&self) -> Option<f64> {
        self.result().ok().map(|s| s.value)
    }

    /// Its value to one decimal place, when computed.
    pub fn shown(&self) -> Option<String> {
        self.result().ok().map(Scored::shown)
    }
}

/// One rater's scores: from the manager's ratings, or the employee's own.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// Whose ratings.
    pub rater: Rater,
    /// Σ weight × rating / 100 over the goals.
    pub goal_rating: Figure,
    /// The mean rating of the competency rows.
    pub competency_rating: Figure,
    /// goals share × goal rating + competencies share × competency rating.
    pub overall: Figure,
    /// The point of the scale nearest the overall as shown.
    pub label: Option<ScalePoint>,
}

/// A review's scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// Every kept and own goal, in the sheet's order.
    pub goals: Vec<GoalScore>,
    /// Σ weight × achievement / 100, in percent.
    pub achievement: Figure,
    /// From the manager's ratings: the review's score.
    pub manager: Side,
    /// From the employee's own ratings, shown beside.
    pub employee: Side,
}

/// Scores `sheet`'s review over its `goals` (see `GoalSheet::review_goals`)
/// and its profile's `competencies`, by `rules` (see the module documentation).
/// Every sentence is worded in `t`'s language.
pub fn score(
    sheet: &Sheet,
    goals: &[ReviewGoal],
    competencies: &[Competency],
    rules: &ReviewRules,
    t: &Catalog,
) -> Score {
    let cap = rules.achievement_cap;
    let scored_goals: Vec<GoalScore> = goals
        .iter()
        .map(|goal| {
            let appraisal = sheet.appraisal(&goal.key);
            GoalScore {
                key: goal.key.clone(),
                label: goal.label.clone(),
                weight: goal.weight.unwrap_or(0),
                achievement: goal_achievement(goal, appraisal, cap, t),
                self_rating: appraisal.and_then(|a| a.self_rating),
                manager_rating: appraisal.and_then(|a| a.manager_rating),
            }
        })
        .collect();
    let weights = weight_problem(&scored_goals, t);
    let weighted: Vec<&GoalScore> = scored_goals.iter().filter(|g| g.weight > 0).collect();

    let achievement = {
        let mut missing: Vec<String> = weights.iter().cloned().collect();
        let mut terms = Vec::new();
        for goal in &weighted {
            match &goal.achievement {
                Some(a) => terms.push(Term {
                    label: goal.label.clone(),
                    weight: Some(goal.weight),
                    value: a.percent,
                }),
                None => missing.push(no_achievement(goal, sheet, t)),
            }
        }
        weighted_figure(
            t,
            missing,
            terms,
            t.score_achievement_term(),
            one_decimal,
            |v| format!("{} %", one_decimal(v)),
        )
    };

    let side = |rater: Rater| {
        let goal_rating = {
            let mut missing: Vec<String> = weights.iter().cloned().collect();
            let mut terms = Vec::new();
            for goal in &weighted {
                match rating_term(t, rater, goal.rating(rater), &goal.label, rules) {
                    Ok(value) => terms.push(Term {
                        label: goal.label.clone(),
                        weight: Some(goal.weight),
                        value,
                    }),
                    Err(why) => missing.push(why),
                }
            }
            weighted_figure(
                t,
                missing,
                terms,
                &rating_name(t, rater),
                plain,
                one_decimal,
            )
        };
        let competency_rating = mean_rating(t, sheet, competencies, rater, rules);
        let overall = overall(t, &goal_rating, &competency_rating, rules);
        let label = overall.value().map(|v| rules.nearest(as_shown(v)).clone());
        Side {
            rater,
            goal_rating,
            competency_rating,
            overall,
            label,
        }
    };

    let (manager, employee) = (side(Rater::Manager), side(Rater::Employee));
    Score {
        goals: scored_goals,
        achievement,
        manager,
        employee,
    }
}

/// A value as shown, to one decimal place (halves up): what the label is
/// the nearest point to, so that a shown 3.5 is labelled 4 even when the
/// exact value is 3.46.
fn as_shown(value: f64) -> f64 {
    round_half_up(value * 10.0) / 10.0
}

/// "manager rating" or "self rating", as the formulas name them.
fn rating_name(t: &Catalog, rater: Rater) -> String {
    match rater {
        Rater::Employee => t.score_self_rating_term(),
        Rater::Manager => t.score_manager_rating_term(),
    }
    .to_string()
}

/// What is wrong with the weights, if anything.
fn weight_problem(goals: &[GoalScore], t: &Catalog) -> Option<String> {
    if goals.is_empty() {
        return Some(t.score_no_goals().to_string());
    }
    let total: u32 = goals.iter().map(|g| g.weight).sum();
    (total != 100).then(|| t.score_weights_off(&total.to_string()))
}

/// Why a weighted goal has no achievement.
fn no_achievement(goal: &GoalScore, sheet: &Sheet, t: &Catalog) -> String {
    let has_actual = sheet
        .appraisal(&goal.key)
        .is_some_and(|a| a.actual.is_some());
    if has_actual {
        t.score_no_achievement_not_numbers(&goal.label)
    } else {
        t.score_no_achievement(&goal.label)
    }
}

/// A rating as a term, or why it cannot be one (missing, or not a point of the scale).
fn rating_term(
    t: &Catalog,
    rater: Rater,
    rating: Option<u32>,
    of: &str,
    rules: &ReviewRules,
) -> Result<f64, String> {
    match rating {
        None => Err(match rater {
            Rater::Employee => t.score_no_self_rating(of),
            Rater::Manager => t.score_no_manager_rating(of),
        }),
        Some(r) if rules.point(r).is_none() => {
            Err(t.score_rating_off_scale(of, &rules.range(), rater.label(t), &r.to_string()))
        }
        Some(r) => Ok(f64::from(r)),
    }
}

/// Σ weight × value / 100 over `terms` (weights in percent).
fn weighted_sum(terms: &[Term]) -> f64 {
    terms
        .iter()
        .map(|t| f64::from(t.weight.unwrap_or(0)) * t.value)
        .sum::<f64>()
        / 100.0
}

/// Σ weight × value / 100 over `terms`, or what is missing.
fn weighted_figure(
    t: &Catalog,
    missing: Vec<String>,
    terms: Vec<Term>,
    name: &str,
    show_term: fn(f64) -> String,
    show_result: impl Fn(f64) -> String,
) -> Figure {
    if !missing.is_empty() {
        return Figure::NotScored(missing);
    }
    let value = weighted_sum(&terms);
    let products: Vec<String> = terms
        .iter()
        .map(|t| format!("{} × {}", t.weight.unwrap_or(0), show_term(t.value)))
        .collect();
    let how = t.score_weighted_how(name, &products.join(" + "), &show_result(value));
    Figure::Scored(Scored { value, terms, how })
}

/// The mean of `rater`'s ratings of every competency row, or what is missing.
fn mean_rating(
    t: &Catalog,
    sheet: &Sheet,
    competencies: &[Competency],
    rater: Rater,
    rules: &ReviewRules,
) -> Figure {
    if competencies.is_empty() {
        return Figure::NotScored(vec![t.score_no_competencies().to_string()]);
    }
    let mut missing = Vec::new();
    let mut terms = Vec::new();
    for row in competencies {
        let rating = sheet.competency_ratings(&row.key).and_then(|r| r.of(rater));
        match rating_term(t, rater, rating, &row.label, rules) {
            Ok(value) => terms.push(Term {
                label: row.label.to_string(),
                weight: None,
                value,
            }),
            Err(why) => missing.push(why),
        }
    }
    if !missing.is_empty() {
        return Figure::NotScored(missing);
    }
    let n = terms.len();
    let value = terms.iter().map(|t| t.value).sum::<f64>() / n as f64;
    let values: Vec<String> = terms.iter().map(|t| plain(t.value)).collect();
    let how = t.score_mean_how(
        &n.to_string(),
        match rater {
            Rater::Employee => t.score_self_ratings_term(),
            Rater::Manager => t.score_manager_ratings_term(),
        },
        &one_decimal(value),
        &values.join(" + "),
    );
    Figure::Scored(Scored { value, terms, how })
}

/// goals share × goal rating + competencies share × competency rating, or what is missing.
fn overall(
    t: &Catalog,
    goal_rating: &Figure,
    competency_rating: &Figure,
    rules: &ReviewRules,
) -> Figure {
    let parts = [
        (rules.goals_share, t.score_goal_rating_term(), goal_rating),
        (
            rules.competencies_share,
            t.score_competency_rating_term(),
            competency_rating,
        ),
    ];
    let mut missing = Vec::new();
    let mut terms = Vec::new();
    for (share, label, figure) in parts {
        if share == 0 {
            continue;
        }
        match figure.result() {
            Ok(scored) => terms.push(Term {
                label: label.to_string(),
                weight: Some(share),
                value: scored.value,
            }),
            Err(why) => missing.extend(why.iter().cloned()),
        }
    }
    if !missing.is_empty() {
        return Figure::NotScored(missing);
    }
    let value = weighted_sum(&terms);
    let products: Vec<String> = terms
        .iter()
        .map(|term| {
            format!(
                "{} % × {} {}",
                term.weight.unwrap_or(0),
                term.label,
                one_decimal(term.value)
            )
        })
        .collect();
    let how = t.score_overall_how(
        &rules.nearest(as_shown(value)).display(),
        &products.join(" + "),
        &one_decimal(value),
    );
    Figure::Scored(Scored { value, terms, how })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Catalog {
        crate::message::catalog(crate::message::Lang::En)
    }
    use crate::sheet::review::AppraisalField;

    fn goal(key: &str, weight: u32, baseline: &str, target: &str) -> ReviewGoal {
        ReviewGoal {
            key: key.into(),
            label: key.into(),
            weight: Some(weight),
            baseline: (!baseline.is_empty()).then(|| baseline.into()),
            target: (!target.is_empty()).then(|| target.into()),
        }
    }

    fn sheet_with(goals: &[ReviewGoal]) -> Sheet {
        let mut sheet = Sheet::new("s", "f", "l", "v", "t");
        for g in goals {
            sheet.keep(&g.key);
            sheet.set_weight(&g.key, g.weight).unwrap();
        }
        sheet
    }

    #[test]
    fn weights_must_total_100_and_every_weighted_goal_needs_its_figures() {
        let goals = [goal("a", 60, "0", "10"), goal("b", 30, "", "")];
        let mut sheet = sheet_with(&goals);
        let s = score(&sheet, &goals, &[], &ReviewRules::DEFAULT, en());
        assert_eq!(
            s.achievement.result().unwrap_err(),
            [
                "Weights total 90 %, not 100 %.",
                "No achievement for a: type its actual (or its achievement %).",
                "No achievement for b: type its actual (or its achievement %)."
            ]
        );
        assert_eq!(
            s.manager.overall.result().unwrap_err(),
            [
                "Weights total 90 %, not 100 %.",
                "No manager rating for a.",
                "No manager rating for b."
            ]
        );
        let goals = [
            goal("a", 60, "0", "10"),
            goal("b", 40, "", ""),
            goal("c", 0, "", ""),
        ];
        sheet = sheet_with(&goals);
        sheet
            .set_appraisal("a", AppraisalField::Actual, "5")
            .unwrap();
        sheet
            .set_appraisal("b", AppraisalField::Actual, "done")
            .unwrap();
        sheet.set_goal_rating("a", Rater::Manager, Some(4)).unwrap();
        sheet.set_goal_rating("b", Rater::Manager, Some(9)).unwrap();
        let s = score(&sheet, &goals, &[], &ReviewRules::DEFAULT, en());
        assert_eq!(
            s.achievement.result().unwrap_err(),
            ["No achievement for b: its baseline, target and actual are not numbers of one unit; type its achievement %."]
        );
        assert_eq!(
            s.manager.goal_rating.result().unwrap_err(),
            ["Manager rating 9 for b is not on the scale (1–5)."]
        );
        sheet
            .set_appraisal("b", AppraisalField::Achievement, "180")
            .unwrap();
        sheet.set_goal_rating("b", Rater::Manager, Some(3)).unwrap();
        let s = score(&sheet, &goals, &[], &ReviewRules::DEFAULT, en());
        let achievement = s.achievement.result().unwrap();
        assert_eq!(achievement.value, 0.6 * 50.0 + 0.4 * 150.0);
        assert_eq!(
            achievement.how,
            "Σ weight × achievement / 100 = (60 × 50.0 + 40 × 150.0) / 100 = 90.0 %"
        );
        assert_eq!(
            s.goals[1].achievement.as_ref().unwrap().how,
            "typed: 180.0 %, capped at 150 %"
        );
        assert_eq!(
            s.goals[2].achievement, None,
            "a goal weighted 0 % needs nothing"
        );
        let rating = s.manager.goal_rating.result().unwrap();
        assert_eq!(
            rating.how,
            "Σ weight × manager rating / 100 = (60 × 4 + 40 × 3) / 100 = 3.6"
        );
        assert_eq!(s.manager.overall.shown().as_deref(), Some("3.6"));
        assert_eq!(s.manager.label.as_ref().map(|p| p.value), Some(4));
        assert_eq!(
            s.manager.overall.result().unwrap().how,
            "100 % × goal rating 3.6 = 3.6; nearest point of the scale: 4"
        );
        assert_eq!(
            s.manager.competency_rating.result().unwrap_err(),
            ["No competency rows: the profile's level has no dimensions or rubrics."],
            "shown as not scored, but the overall does not need it at a 0 % share"
        );
        assert_eq!(
            s.employee.overall.result().unwrap_err(),
            ["No self rating for a.", "No self rating for b."]
        );
    }

    #[test]
    fn the_label_is_the_point_nearest_the_overall_as_shown() {
        // Weights of two goals rated 4 and 3: the overall, as shown, and its label.
        for (weights, shown, label) in [
            ((46, 54), "3.5", 4), // exactly 3.46: shown 3.5, labelled 4
            ((45, 55), "3.5", 4), // 3.45: shown 3.5 (halves up), labelled 4
            ((44, 56), "3.4", 3), // 3.44: shown 3.4, labelled 3
        ] {
            let goals = [goal("a", weights.0, "", ""), goal("b", weights.1, "", "")];
            let mut sheet = sheet_with(&goals);
            for (key, rating) in [("a", 4), ("b", 3)] {
                sheet
                    .set_goal_rating(key, Rater::Manager, Some(rating))
                    .unwrap();
            }
            let s = score(&sheet, &goals, &[], &ReviewRules::DEFAULT, en());
            let exact = f64::from(weights.0 * 4 + weights.1 * 3) / 100.0;
            assert!((s.manager.overall.value().unwrap() - exact).abs() < 1e-12);
            assert_eq!(
                s.manager.overall.shown().as_deref(),
                Some(shown),
                "{weights:?}"
            );
            assert_eq!(s.manager.label.map(|p| p.value), Some(label), "{weights:?}");
        }
    }
}
