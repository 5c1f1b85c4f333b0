//! The level's competency rows, quoted from the canon with their sources,
//! each rated self and manager on the canon's scale.

use goalframes_engine::render::review_html;
use goalframes_engine::sheet::review::report::COMPETENCIES;
use goalframes_engine::sheet::review::{Rater, Stage};
use leptos::prelude::*;

use crate::views::profile::page::Page;
use crate::views::profile::review::fields::RatingSelect;
use crate::views::profile::review::Review;

/// The competency rows.
#[component]
pub fn Competencies() -> impl IntoView {
    let review = expect_context::<Review>();
    let keys = Memo::new(move |_| {
        review.report.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.competencies
                        .iter()
                        .map(|c| c.competency.key.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="competencies" aria-labelledby="competencies-heading">
            <h3 id="competencies-heading">{COMPETENCIES}</h3>
            <ul>
                <For each=move || keys.get() key=|k| k.clone() let:key>
                    <CompetencyRow key=key />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn CompetencyRow(key: String) -> impl IntoView {
    let review = expect_context::<Review>();
    let page = expect_context::<Page>();
    let key = StoredValue::new(key);
    let row = Memo::new(move |_| {
        review.report.with(|r| {
            r.as_ref().and_then(|r| {
                r.competencies
                    .iter()
                    .find(|c| c.competency.key == key.get_value())
                    .cloned()
            })
        })
    });
    let quoted = Memo::new(move |_| {
        row.with(|r| r.as_ref().map(review_html::competency).unwrap_or_default())
    });
    let locked = Signal::derive(move || review.stage() == Stage::Reviewed);
    let rating = move |rater: Rater| {
        let value =
            Signal::derive(move || row.with(|r| r.as_ref().and_then(|r| r.ratings.of(rater))));
        let set = Callback::new(move |rating: Option<u32>| {
            let k = key.get_value();
            page.edit(|s| s.set_competency_rating(&k, rater, rating))
                .map_err(|e| e.to_string())
        });
        let name = Signal::derive(move || {
            row.with(|r| {
                r.as_ref()
                    .map(|r| r.competency.rating_label(rater))
                    .unwrap_or_default()
            })
        });
        view! { <RatingSelect name=name what=rater.label() value=value set=set locked=locked /> }
    };
    view! {
        <li class="competency">
            <div inner_html=quoted></div>
            <div class="competency-ratings">{rating(Rater::Employee)} {rating(Rater::Manager)}</div>
        </li>
    }
}
