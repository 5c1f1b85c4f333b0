//! A goal's appraisal at the period end: actual, achievement (computed when
//! baseline, target and actual are numbers, else typed), self and manager
//! ratings, and the two comments.

use goalframes_engine::sheet::review::check_in::labelled;
use goalframes_engine::sheet::review::number::one_decimal;
use goalframes_engine::sheet::review::score::AchievementSource;
use goalframes_engine::sheet::review::{AppraisalField, Rater, Stage};
use leptos::prelude::*;

use crate::views::profile::page::Page;
use crate::views::profile::review::fields::{RatingSelect, TextField};
use crate::views::profile::review::Review;

/// The appraisal of the goal `key`, labelled `label`.
#[component]
pub fn AppraisalFields(key: String, label: Memo<String>) -> impl IntoView {
    let review = expect_context::<Review>();
    let page = expect_context::<Page>();
    let key = StoredValue::new(key);
    let goal = Memo::new(move |_| {
        review
            .report
            .with(|r| r.as_ref().and_then(|r| r.goal(&key.get_value()).cloned()))
    });
    let locked = Signal::derive(move || review.stage() == Stage::Reviewed);
    let of = Signal::derive(move || label.get());
    let saved = move |field: AppraisalField| {
        Signal::derive(move || {
            goal.with(|g| g.as_ref().and_then(|g| g.appraisal.get(field)))
                .unwrap_or_default()
        })
    };
    let set = move |field: AppraisalField| {
        Callback::new(move |text: String| {
            let k = key.get_value();
            page.edit(|s| s.set_appraisal(&k, field, text.trim()))
                .map_err(|e| e.to_string())
        })
    };
    let computed = move || {
        goal.with(|g| {
            g.as_ref()
                .and_then(|g| g.achievement.clone())
                .filter(|a| a.source == AchievementSource::Computed)
        })
    };
    // Rebuilt only when it switches between computed and typed, so that
    // typing in the field never loses focus.
    let is_computed = Memo::new(move |_| computed().is_some());
    let percent = move || {
        computed()
            .map(|a| one_decimal(a.percent))
            .unwrap_or_default()
    };
    let how = move || computed().map(|a| a.how).unwrap_or_default();
    let achievement = move || {
        view! {
            <Show
                when=move || is_computed.get()
                fallback=move || view! {
                    <TextField
                        what=AppraisalField::Achievement.label()
                        of=of
                        saved=saved(AppraisalField::Achievement)
                        set=set(AppraisalField::Achievement)
                        locked=locked
                        placeholder="typed when not computed"
                    />
                }
            >
                // Computed: shown, not typed; how it was found beside it.
                <label class="review-field">
                    <span class="vh">{move || labelled(AppraisalField::Achievement.label(), &label.get())}</span>
                    <span aria-hidden="true">{AppraisalField::Achievement.label()}</span>
                    <input type="text" readonly prop:value=percent />
                </label>
                <span class="computed">"Computed: " {how}</span>
            </Show>
        }
    };
    let rating = move |rater: Rater| {
        let value = Signal::derive(move || {
            goal.with(|g| g.as_ref().and_then(|g| g.appraisal.rating(rater)))
        });
        let set = Callback::new(move |rating: Option<u32>| {
            let k = key.get_value();
            page.edit(|s| s.set_goal_rating(&k, rater, rating))
                .map_err(|e| e.to_string())
        });
        view! {
            <RatingSelect
                name=Signal::derive(move || labelled(rater.label(), &label.get()))
                what=rater.label()
                value=value
                set=set
                locked=locked
            />
        }
    };
    let comment = move |field: AppraisalField| {
        view! { <TextField what=field.label() of=of saved=saved(field) set=set(field) locked=locked /> }
    };
    view! {
        <div class="appraisal" role="group" aria-label=move || format!("Appraisal, {}", label.get())>
            <TextField
                what=AppraisalField::Actual.label()
                of=of
                saved=saved(AppraisalField::Actual)
                set=set(AppraisalField::Actual)
                locked=locked
            />
            {achievement}
            {rating(Rater::Employee)}
            {rating(Rater::Manager)}
            {comment(AppraisalField::EmployeeComment)}
            {comment(AppraisalField::ManagerComment)}
        </div>
    }
}
