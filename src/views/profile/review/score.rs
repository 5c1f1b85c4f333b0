//! The "Score" region: goal achievement, goal rating, competency rating and
//! overall, each to one decimal with how it was computed (or what is
//! missing), the self ratings' scores beside the manager's.

use goalframes_engine::sheet::review::score::{
    COMPETENCY_RATING, GOAL_ACHIEVEMENT, GOAL_RATING, OVERALL, SCORE,
};
use goalframes_engine::sheet::review::{Figure, Score, Side};
use leptos::prelude::*;

use crate::views::profile::review::Review;

/// A figure as shown: its value (with `unit`) and how, or "Not scored" and why.
fn shown(figure: &Figure, unit: &str) -> (String, String) {
    match figure.result() {
        Ok(s) => (format!("{}{unit}", s.shown()), s.how.clone()),
        Err(why) => ("Not scored".to_string(), why.join(" ")),
    }
}

/// A row's figure from the score: the manager's value and how, and the self ratings' beside.
type Pick = fn(&Score) -> (String, String, Option<(String, String)>);

/// A figure of both sides: the manager's, and the self ratings' beside it.
fn side(s: &Score, pick: fn(&Side) -> &Figure) -> (String, String, Option<(String, String)>) {
    let (value, how) = shown(pick(&s.manager), "");
    (value, how, Some(shown(pick(&s.employee), "")))
}

/// The score of the open sheet's review.
#[component]
pub fn ScorePanel() -> impl IntoView {
    let review = expect_context::<Review>();
    let score = Memo::new(move |_| review.report.with(|r| r.as_ref().map(|r| r.score.clone())));
    let row = move |name: &'static str, pick: Pick| {
        move || {
            score.with(|s| {
                s.as_ref().map(|s| {
                    let (value, how, own) = pick(s);
                    view! {
                        <dt>{name}</dt>
                        <dd>
                            <span class="figure">{value}</span>
                            <span class="how">{how}</span>
                            {own.map(|(value, how)| view! {
                                <span class="self-score">"Self: " <span class="figure">{value}</span> " " <span class="how">{how}</span></span>
                            })}
                        </dd>
                    }
                })
            })
        }
    };
    let overall = |s: &Score| {
        let with_label = |side: &Side| {
            let (mut value, how) = shown(&side.overall, "");
            if let Some(point) = &side.label {
                value = format!("{value} — {}", point.display());
            }
            (value, how)
        };
        let (value, how) = with_label(&s.manager);
        (value, how, Some(with_label(&s.employee)))
    };
    view! {
        <section class="score" role="region" aria-label=SCORE>
            <h3>{SCORE}</h3>
            <dl>
                {row(GOAL_ACHIEVEMENT, |s| {
                    let (v, h) = shown(&s.achievement, " %");
                    (v, h, None)
                })}
                {row(GOAL_RATING, |s| side(s, |side| &side.goal_rating))}
                {row(COMPETENCY_RATING, |s| side(s, |side| &side.competency_rating))}
                {row(OVERALL, overall)}
            </dl>
        </section>
    }
}
