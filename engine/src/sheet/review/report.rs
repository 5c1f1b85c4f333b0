//! The review as every presentation shows it: the page, text, Markdown,
//! Word, print and the HR CSV all read one [`ReviewReport`], so that a
//! figure, a label or a sentence is worded in one place.
//!
//! Each line is fixed template wrapping what was typed or computed; the
//! competency rows quote the canon verbatim ([`super::competency`]).

use crate::canon::ReviewRules;
use crate::message::{catalog, Catalog, Lang};
use crate::sheet::review::appraisal::{Appraisal, AppraisalField, Rater, Ratings};
use crate::sheet::review::check_in::CheckIn;
use crate::sheet::review::competency::Competency;
use crate::sheet::review::number::one_decimal;
use crate::sheet::review::progress::{suggest_status, Suggestion};
use crate::sheet::review::score::{
    goal_achievement, score, Figure, GoalAchievement, ReviewGoal, Score, Side,
};
use crate::sheet::review::stage::{Agreement, Reopening, Stage};
use crate::sheet::Sheet;

/// The acknowledgement block's signature lines, after the catalog's
/// `review-acknowledgement` sentence (signing records the conversation, not
/// consent, as Lattice and 15Five word it): the goal sheet's signature lines.
pub fn acknowledgement_lines(t: &Catalog) -> [&'static str; 2] {
    [t.signature_employee(), t.signature_manager()]
}

/// The columns the review adds at the end of the HR goals CSV, one row per
/// goal ([`hr_cells`]).
pub const HR_COLUMNS: [&str; 7] = [
    "status",
    "last_checkin",
    "actual",
    "achievement_pct",
    "self_rating",
    "manager_rating",
    "stage",
];

/// One goal's cells under [`HR_COLUMNS`]: its latest check-in's status
/// label and date, its actual, achievement (one decimal), self and manager
/// ratings as numbers, and the sheet's stage id; empty where nothing is
/// recorded. Read from the goal's `review` when the sheet has one, else from
/// the sheet itself (without an achievement, which needs the canon's rules).
pub fn hr_cells(sheet: &Sheet, key: &str, review: Option<&GoalReview>) -> [String; 7] {
    let latest = match review {
        Some(g) => g.latest(),
        None => sheet.check_ins(key).last(),
    };
    let appraisal = review
        .map(|g| &g.appraisal)
        .or_else(|| sheet.appraisal(key));
    let rating = |rater| {
        appraisal
            .and_then(|a| a.rating(rater))
            .map(|r| r.to_string())
            .unwrap_or_default()
    };
    [
        latest
            .map(|c| c.status.csv_label().to_string())
            .unwrap_or_default(),
        latest.map(|c| c.date.clone()).unwrap_or_default(),
        appraisal.and_then(|a| a.actual.clone()).unwrap_or_default(),
        review
            .and_then(|g| g.achievement.as_ref())
            .map(|a| one_decimal(a.percent))
            .unwrap_or_default(),
        rating(Rater::Employee),
        rating(Rater::Manager),
        sheet.review.stage.id().to_string(),
    ]
}

/// One goal's review: its check-ins, the status suggested for the latest,
/// its appraisal and achievement.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalReview {
    /// The goal's key.
    pub key: String,
    /// Its label, e.g. "SMART goal 1".
    pub label: String,
    /// Its check-ins, oldest first.
    pub check_ins: Vec<CheckIn>,
    /// The status computed for the latest check-in, when its value, the
    /// baseline and the target are numbers and the period is set.
    pub suggestion: Option<Suggestion>,
    /// Its appraisal (empty when nothing is appraised yet).
    pub appraisal: Appraisal,
    /// Its achievement, computed or typed, when it has one.
    pub achievement: Option<GoalAchievement>,
}

impl GoalReview {
    /// The latest check-in, shown beside the goal.
    pub fn latest(&self) -> Option<&CheckIn> {
        self.check_ins.last()
    }

    /// True when nothing is recorded for it.
    pub fn is_empty(&self) -> bool {
        self.check_ins.is_empty() && self.appraisal == Appraisal::default()
    }

    /// Its review as lines, each led by its label: the check-ins
    /// ([`check_in_line`]), then each filled appraisal field, the
    /// achievement with how it was found.
    pub fn lines(&self, rules: &ReviewRules, t: &Catalog) -> Vec<String> {
        let mut lines = Vec::new();
        let labelled = |label: &str, value: &str| format!("{} {value}", t.label_colon(label));
        if !self.check_ins.is_empty() {
            lines.push(t.label_colon(t.review_check_ins()));
            lines.extend(
                self.check_ins
                    .iter()
                    .map(|c| format!("  {}", check_in_line(c, t, false))),
            );
        }
        let a = &self.appraisal;
        if let Some(actual) = &a.actual {
            lines.push(labelled(AppraisalField::Actual.label(t), actual));
        }
        if let Some(achievement) = &self.achievement {
            lines.push(achievement_line(achievement, t));
        }
        for rater in [Rater::Employee, Rater::Manager] {
            if let Some(r) = a.rating(rater) {
                lines.push(labelled(rater.label(t), &rating_shown(r, rules)));
            }
        }
        for (field, text) in [
            (AppraisalField::EmployeeComment, &a.employee_comment),
            (AppraisalField::ManagerComment, &a.manager_comment),
        ] {
            if let Some(text) = text {
                lines.push(labelled(field.label(t), text));
            }
        }
        lines
    }
}

/// A check-in on one line: `2026-04-01 · 350 ms · On track · index rebuild
/// pending`, its date as the page writes it when `screen`, else ISO.
pub fn check_in_line(c: &CheckIn, t: &Catalog, screen: bool) -> String {
    let date = if screen {
        t.screen_date(&c.date)
    } else {
        c.date.clone()
    };
    let mut line = format!("{date} · {} · {}", c.value, c.status.label(t));
    if !c.note.is_empty() {
        line.push_str(" · ");
        line.push_str(&c.note);
    }
    line
}

/// `Achievement: 75.0 % (computed: from 400 ms to 200 ms, …)`.
pub fn achievement_line(a: &GoalAchievement, t: &Catalog) -> String {
    let how = match a.source {
        crate::sheet::review::score::AchievementSource::Computed => t.achievement_computed(&a.how),
        crate::sheet::review::score::AchievementSource::Typed => a.how.clone(),
    };
    t.achievement_line(&how, &one_decimal(a.percent))
}

/// A rating as shown: the scale's point (`4 — Exceeds expectations`), or
/// the bare number when the scale lacks it.
pub fn rating_shown(rating: u32, rules: &ReviewRules) -> String {
    rules
        .point(rating)
        .map_or_else(|| rating.to_string(), |p| p.display())
}

/// One competency row: the canon's text and the two ratings.
#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyReview {
    /// The row, quoted from the canon.
    pub competency: Competency,
    /// Its self and manager ratings.
    pub ratings: Ratings,
}

impl CompetencyReview {
    /// `Scope — self 3, manager 4`, with `—` for a rating not given.
    pub fn line(&self, rules: &ReviewRules, t: &Catalog) -> String {
        format!(
            "{} — {}",
            self.competency.label,
            self.ratings_line(rules, t)
        )
    }

    /// The ratings alone, for a table's column: `self 3, manager 4`.
    pub fn ratings_line(&self, rules: &ReviewRules, t: &Catalog) -> String {
        let shown = |r: Option<u32>| r.map_or_else(|| "—".to_string(), |r| rating_shown(r, rules));
        t.competency_ratings(
            &shown(self.ratings.manager_rating),
            &shown(self.ratings.self_rating),
        )
    }

    /// Where its text comes from: `Source: level dimension text (scope) · P4`.
    pub fn source_line(&self, t: &Catalog) -> String {
        format!(
            "{} {}",
            t.label_colon(t.doc_source()),
            self.competency.source
        )
    }
}

/// A sheet's review, ready to present.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewReport {
    /// The language its lines are worded in.
    pub lang: Lang,
    /// Where the sheet is in its cycle.
    pub stage: Stage,
    /// Who agreed and when.
    pub agreed: Option<Agreement>,
    /// The day it was marked as reviewed.
    pub reviewed_on: Option<String>,
    /// Every reopening, oldest first.
    pub reopened: Vec<Reopening>,
    /// Every kept and own goal, in the sheet's order.
    pub goals: Vec<GoalReview>,
    /// The profile's level dimensions and rubrics, rated.
    pub competencies: Vec<CompetencyReview>,
    /// The scores.
    pub score: Score,
    /// The scale and split they are scored by.
    pub rules: ReviewRules,
}

impl ReviewReport {
    /// The review of `sheet` over its `goals` (see `GoalSheet::review_goals`)
    /// and its profile's `competencies`, by `rules`, worded in `lang`.
    pub fn new(
        sheet: &Sheet,
        goals: &[ReviewGoal],
        competencies: Vec<Competency>,
        rules: &ReviewRules,
        lang: Lang,
    ) -> Self {
        let t = catalog(lang);
        let goal_reviews = goals
            .iter()
            .map(|goal| {
                let check_ins = sheet.check_ins(&goal.key).to_vec();
                let suggestion = check_ins
                    .last()
                    .and_then(|c| suggestion_at(sheet, goal, &c.value, &c.date));
                let appraisal = sheet.appraisal(&goal.key).cloned().unwrap_or_default();
                GoalReview {
                    key: goal.key.clone(),
                    label: goal.label.clone(),
                    achievement: goal_achievement(goal, Some(&appraisal), rules.achievement_cap, t),
                    check_ins,
                    suggestion,
                    appraisal,
                }
            })
            .collect();
        let score = score(sheet, goals, &competencies, rules, t);
        let competencies = competencies
            .into_iter()
            .map(|competency| CompetencyReview {
                ratings: sheet
                    .competency_ratings(&competency.key)
                    .cloned()
                    .unwrap_or_default(),
                competency,
            })
            .collect();
        let review = &sheet.review;
        ReviewReport {
            lang,
            stage: review.stage,
            agreed: review.agreed.clone(),
            reviewed_on: review.reviewed_on.clone(),
            reopened: review.reopened.clone(),
            goals: goal_reviews,
            competencies,
            score,
            rules: rules.clone(),
        }
    }

    /// True when exports carry the review: the sheet is past its draft, or
    /// something of the review is recorded. A draft with nothing recorded
    /// exports as it always has.
    pub fn shown(&self) -> bool {
        self.stage != Stage::Draft
            || !self.reopened.is_empty()
            || self.goals.iter().any(|g| !g.is_empty())
            || self
                .competencies
                .iter()
                .any(|c| c.ratings != Ratings::default())
    }

    /// A goal's review by key.
    pub fn goal(&self, key: &str) -> Option<&GoalReview> {
        self.goals.iter().find(|g| g.key == key)
    }

    /// The stage and its records, one per line: `Stage: Agreed`, `Agreed
    /// by employee Ada Lovelace and manager Grace Hopper on 2026-01-15`,
    /// `Reviewed on 2026-12-15`, and every reopening.
    pub fn stage_lines(&self) -> Vec<String> {
        let t = self.catalog();
        let mut lines = vec![format!(
            "{} {}",
            t.label_colon(t.review_stage()),
            self.stage.label(t)
        )];
        if let Some(a) = &self.agreed {
            lines.push(agreement_line(a, t));
        }
        if let Some(day) = &self.reviewed_on {
            lines.push(t.review_reviewed_on_line(day));
        }
        lines.extend(self.reopened.iter().map(|r| reopening_line(r, t)));
        lines
    }

    /// The catalog of its language.
    pub fn catalog(&self) -> &'static Catalog {
        catalog(self.lang)
    }

    /// The scores, one per line, each with how it was computed or why it is
    /// not: goal achievement, then goal, competency and overall rating from
    /// the manager's ratings with the self ratings' beside them.
    pub fn score_lines(&self) -> Vec<String> {
        let t = self.catalog();
        let s = &self.score;
        let mut lines = vec![figure_line(
            t,
            t.score_goal_achievement(),
            figure_shown(&s.achievement, " %"),
        )];
        for side in [&s.manager, &s.employee] {
            let whose = |label: &str| match side.rater {
                Rater::Manager => label.to_string(),
                Rater::Employee => t.score_self(label),
            };
            lines.push(figure_line(
                t,
                &whose(t.score_goal_rating()),
                figure_shown(&side.goal_rating, ""),
            ));
            lines.push(figure_line(
                t,
                &whose(t.score_competency_rating()),
                figure_shown(&side.competency_rating, ""),
            ));
            lines.push(figure_line(t, &whose(t.score_overall()), overall_of(side)));
        }
        lines
    }

    /// The manager's overall rating as shown with its label, e.g. `3.8 — 4`, when scored.
    pub fn overall_shown(&self) -> Option<String> {
        overall_of(&self.score.manager).ok().map(|(value, _)| value)
    }
}

/// `Agreed by employee Ada Lovelace and manager Grace Hopper on 2026-01-15`.
pub fn agreement_line(a: &Agreement, t: &Catalog) -> String {
    t.review_agreement_line(&a.date, &a.employee, &a.manager)
}

/// `Reopened on 2026-02-01 (was agreed by … on …)`.
pub fn reopening_line(r: &Reopening, t: &Catalog) -> String {
    let undid = match (&r.agreed, &r.reviewed_on) {
        (Some(a), _) => t.review_reopened_was_agreed(&a.date, &a.employee, &a.manager),
        (None, Some(day)) => t.review_reopened_was_reviewed(day),
        (None, None) => t.review_reopened_was(r.from.in_sentence(t)),
    };
    t.review_reopening_line(&r.date, &undid)
}

/// A figure as shown, `(value with unit, how it was computed)`, or why it
/// is not scored (each missing input's sentence, joined).
pub fn figure_shown(figure: &Figure, unit: &str) -> Result<(String, String), String> {
    match figure.result() {
        Ok(scored) => Ok((format!("{}{unit}", scored.shown()), scored.how.clone())),
        Err(why) => Err(why.join(" ")),
    }
}

/// A side's overall rating as [`figure_shown`] gives it, with the nearest
/// point of the scale: `3.8 — 4`.
pub fn overall_of(side: &Side) -> Result<(String, String), String> {
    let (value, how) = figure_shown(&side.overall, "")?;
    Ok(match &side.label {
        Some(point) => (format!("{value} — {}", point.display()), how),
        None => (value, how),
    })
}

/// `Goal rating: 3.8 (Σ weight × … = 3.8)` or `Goal rating: not scored (No
/// manager rating for SMART goal 2.)`.
fn figure_line(t: &Catalog, label: &str, shown: Result<(String, String), String>) -> String {
    match shown {
        Ok((value, how)) => format!("{} {value} ({how})", t.label_colon(label)),
        Err(why) => format!("{} {}", t.label_colon(label), t.score_not_scored_why(&why)),
    }
}

/// The status suggested for a check-in of `goal` on `sheet` with this
/// `value` on this `day`, if it can be computed (numbers, and the period set):
/// what the page suggests for a new check-in and shows beside the latest.
pub fn suggestion_at(
    sheet: &Sheet,
    goal: &ReviewGoal,
    value: &str,
    day: &str,
) -> Option<Suggestion> {
    suggest_status(
        goal.baseline.as_deref()?,
        goal.target.as_deref()?,
        value,
        sheet.period_start.as_deref()?,
        sheet.period_end.as_deref()?,
        day,
    )
}
