//! The review: agree the goals, check in through the period, appraise at
//! its end, rate the level's competencies and read the score.
//!
//! Everything shown comes from the engine's [`ReviewReport`] (the one
//! presentation exports use too) and every change goes through the engine's
//! sheet methods, which refuse what the stage locks; this module only lays
//! them out and wires inputs to them.

mod appraisal;
mod check_ins;
mod competencies;
mod fields;
mod next_period;
mod score;
mod stage;

use goalframes_canon::CANON;
use goalframes_engine::goals::GoalSheet;
use goalframes_engine::sheet::review::{
    competencies, Competency, ReviewGoal, ReviewReport, ReviewRules, Stage,
};
use leptos::prelude::*;

use crate::browser::element_ids;
use crate::views::profile::page::Page;

/// What the review's parts share: the report of the open sheet.
#[derive(Clone, Copy)]
pub struct Review {
    /// The open sheet's review, when a sheet keeps goals.
    pub report: Memo<Option<ReviewReport>>,
    page: Page,
}

impl Review {
    /// The stage (tracked); Draft without a sheet.
    pub fn stage(&self) -> Stage {
        self.report
            .with(|r| r.as_ref().map_or(Stage::Draft, |r| r.stage))
    }

    /// What the engine's stage and score functions take: the goals as the
    /// score sees them, the profile's competency rows and the canon's rules.
    pub fn inputs(&self) -> (Vec<ReviewGoal>, Vec<Competency>, ReviewRules) {
        let page = self.page;
        let (family, level) = page.profile_now();
        let goals = page.sheet.with_untracked(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                page.frames
                    .with_untracked(|f| GoalSheet::new(f, s).review_goals())
            })
        });
        let rows = CANON
            .profile(&family, &level)
            .map(|p| competencies(&p))
            .unwrap_or_default();
        (goals, rows, CANON.review_rules().clone())
    }
}

/// The "Review" region, shown once the sheet keeps a goal.
#[component]
pub fn ReviewPanel() -> impl IntoView {
    let page = expect_context::<Page>();
    let report = Memo::new(move |_| {
        page.sheet.with(|sheet| {
            let sheet = sheet.as_ref().filter(|s| !s.goals.is_empty())?;
            page.frames
                .with(|frames| GoalSheet::reviewed(frames, sheet, &CANON).review)
        })
    });
    let review = Review { report, page };
    provide_context(review);
    let past_draft = move || review.stage() != Stage::Draft;
    let keys = Memo::new(move |_| {
        report.with(|r| {
            r.as_ref()
                .map(|r| r.goals.iter().map(|g| g.key.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // Rebuilt only when a report comes or goes, never on an edit.
    let shown = Memo::new(move |_| report.with(Option::is_some));
    move || {
        shown.get().then(|| {
            view! {
                <section id=element_ids::REVIEW class="review" tabindex="-1" aria-labelledby=element_ids::REVIEW_HEADING>
                    <h2 id=element_ids::REVIEW_HEADING>"Review"</h2>
                    <stage::StagePanel />
                    <Show
                        when=past_draft
                        fallback=|| view! {
                            <p class="help">"Once the goals are agreed, each gets its check-ins through the period and its appraisal at the end; the level's competencies are rated and the review is scored here."</p>
                        }
                    >
                        <ol class="review-goals">
                            <For each=move || keys.get() key=|k| k.clone() let:key>
                                <ReviewedGoal key=key />
                            </For>
                        </ol>
                        <competencies::Competencies />
                        <score::ScorePanel />
                        <next_period::NextPeriodButton />
                    </Show>
                </section>
            }
        })
    }
}

/// One goal's check-ins and appraisal.
#[component]
fn ReviewedGoal(key: String) -> impl IntoView {
    let review = expect_context::<Review>();
    let key = StoredValue::new(key);
    let label = Memo::new(move |_| {
        review.report.with(|r| {
            r.as_ref()
                .and_then(|r| r.goal(&key.get_value()))
                .map(|g| g.label.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <li class="review-goal">
            <h3>{label}</h3>
            <check_ins::CheckIns key=key.get_value() label=label />
            <appraisal::AppraisalFields key=key.get_value() label=label />
        </li>
    }
}
