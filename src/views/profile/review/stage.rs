//! The stage: "Mark as agreed" (who agreed and when, typed in), "Mark as
//! reviewed" and "Reopen", with the records the engine keeps of each.

use goalframes_engine::render::review_html;
use goalframes_engine::sheet::review::stage::{
    Party, AGREED_ON, MARK_AS_AGREED, MARK_AS_REVIEWED, REOPEN, REVIEWED_ON,
};
use goalframes_engine::sheet::review::{new_entry_id, Stage};
use leptos::prelude::*;

use crate::browser::clock;
use crate::views::profile::page::Page;
use crate::views::profile::review::Review;

/// The stage, its records, and the buttons that move it.
#[component]
pub fn StagePanel() -> impl IntoView {
    let review = expect_context::<Review>();
    let page = expect_context::<Page>();
    let error = RwSignal::new(None::<String>);
    let lines = Memo::new(move |_| {
        review
            .report
            .with(|r| r.as_ref().map(review_html::stage).unwrap_or_default())
    });
    let person = move || {
        page.sheet
            .with_untracked(|s| s.as_ref().and_then(|s| s.person.clone()))
            .unwrap_or_default()
    };
    let employee = RwSignal::new(person());
    let manager = RwSignal::new(String::new());
    let agreed_on = RwSignal::new(clock::today());
    let reviewed_on = RwSignal::new(clock::today());
    let result = move |r: Result<(), String>| error.set(r.err());
    let agree = move |_| {
        let (e, m, d) = (employee.get(), manager.get(), agreed_on.get());
        result(
            page.edit(|s| s.agree(e.trim(), m.trim(), d.trim()))
                .map_err(|e| e.to_string()),
        );
    };
    let mark_reviewed = move |_| {
        let (goals, rows, rules) = review.inputs();
        let day = reviewed_on.get();
        result(
            page.edit(|s| s.mark_reviewed(day.trim(), &goals, &rows, &rules))
                .map_err(|e| e.to_string()),
        );
    };
    let reopen = move |_| {
        let tab = page.state.store.with_untracked(|s| s.tab().to_string());
        result(
            page.edit(|s| {
                let id = new_entry_id(&s.review, &tab);
                s.reopen(&id, &clock::today())
            })
            .map_err(|e| e.to_string()),
        );
    };
    let field = |label: &'static str, value: RwSignal<String>| {
        view! {
            <label class="review-field">
                <span>{label}</span>
                <input
                    type="text"
                    autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </label>
        }
    };
    let controls = move || match review.stage() {
        Stage::Draft => view! {
            <div class="stage-form" role="group" aria-label=MARK_AS_AGREED>
                {field(Party::Employee.label(), employee)}
                {field(Party::Manager.label(), manager)}
                {field(AGREED_ON, agreed_on)}
                <button type="button" on:click=agree>{MARK_AS_AGREED}</button>
            </div>
        }
        .into_any(),
        Stage::Agreed => view! {
            <div class="stage-form">
                {field(REVIEWED_ON, reviewed_on)}
                <button type="button" on:click=mark_reviewed>{MARK_AS_REVIEWED}</button>
                <button type="button" on:click=reopen>{REOPEN}</button>
            </div>
        }
        .into_any(),
        Stage::Reviewed => view! {
            <div class="stage-form">
                <button type="button" on:click=reopen>{REOPEN}</button>
            </div>
        }
        .into_any(),
    };
    view! {
        <div role="status" inner_html=lines></div>
        {controls}
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        {move || {
            page.state
                .store
                .with(|s| s.locked().map(str::to_string))
                .map(|why| view! { <p class="error" role="alert">{why}</p> })
        }}
    }
}
