//! The "Score" region: goal achievement, goal rating, competency rating and
//! overall, each to one decimal with how it was computed (or what is
//! missing), the self ratings' scores beside the manager's; the engine's
//! markup ([`review_html::score`]).

use goalframes_engine::render::review_html;
use goalframes_engine::sheet::review::score::SCORE;
use leptos::prelude::*;

use crate::views::profile::review::Review;

/// The score of the open sheet's review.
#[component]
pub fn ScorePanel() -> impl IntoView {
    let review = expect_context::<Review>();
    let figures = Memo::new(move |_| {
        review
            .report
            .with(|r| r.as_ref().map(review_html::score).unwrap_or_default())
    });
    view! {
        <section class="score" role="region" aria-label=SCORE>
            <h3>{SCORE}</h3>
            <div inner_html=figures></div>
        </section>
    }
}
