//! A goal's check-ins: the latest beside the goal, the log, and "Add
//! check-in", whose status starts as the one the engine computes when it can.

use goalframes_engine::render::review_html;
use goalframes_engine::sheet::review::check_in::{
    labelled, ADD_CHECK_IN, CHECK_IN_DATE, CURRENT_VALUE, NOTE, SAVE_CHECK_IN, STATUS,
};
use goalframes_engine::sheet::review::{new_entry_id, suggest_status, CheckIn, Stage, Status};
use leptos::prelude::*;

use crate::browser::{clock, focus};
use crate::views::profile::page::Page;
use crate::views::profile::review::Review;
use crate::views::profile::slot::unique_id;

/// The check-ins of the goal `key`, labelled `label` ("SMART goal 1").
#[component]
pub fn CheckIns(key: String, label: Memo<String>) -> impl IntoView {
    let review = expect_context::<Review>();
    let key = StoredValue::new(key);
    // Rebuilt only when this goal's check-ins change (an open log stays open).
    let shown = Memo::new(move |_| {
        review.report.with(|r| {
            r.as_ref()
                .and_then(|r| r.goal(&key.get_value()))
                .map(review_html::check_ins)
                .unwrap_or_default()
        })
    });
    let open = RwSignal::new(false);
    let form_id = unique_id("check-in");
    let add_id = unique_id("add-check-in");
    let closed = move || review.stage() == Stage::Reviewed;
    view! {
        <div class="check-ins" inner_html=shown></div>
        <button
            type="button"
            id=add_id.clone()
            class="add-check-in"
            aria-expanded=move || open.get().to_string()
            aria-controls=form_id.clone()
            disabled=closed
            aria-label=move || labelled(ADD_CHECK_IN, &label.get())
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {ADD_CHECK_IN}
        </button>
        <Show when=move || open.get()>
            <CheckInForm
                id=form_id.clone()
                key=key.get_value()
                label=label
                done={
                    let add_id = add_id.clone();
                    Callback::new(move |()| {
                        open.set(false);
                        let add_id = add_id.clone();
                        focus::before_next_paint(move || focus::focus(&add_id));
                    })
                }
            />
        </Show>
    }
}

/// The fields of a new check-in and "Save check-in".
#[component]
fn CheckInForm(id: String, key: String, label: Memo<String>, done: Callback<()>) -> impl IntoView {
    let review = expect_context::<Review>();
    let page = expect_context::<Page>();
    let key = StoredValue::new(key);
    let date = RwSignal::new(clock::today());
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    // The status chosen by hand; else the computed one, else "On track".
    let chosen = RwSignal::new(None::<Status>);
    let error = RwSignal::new(None::<String>);
    let suggestion = Memo::new(move |_| {
        let (goals, _, _) = review.inputs();
        let goal = goals.into_iter().find(|g| g.key == key.get_value())?;
        let (start, end) = page.sheet.with(|s| {
            s.as_ref()
                .map(|s| (s.period_start.clone(), s.period_end.clone()))
        })?;
        suggest_status(
            goal.baseline.as_deref()?,
            goal.target.as_deref()?,
            &value.get(),
            start.as_deref()?,
            end.as_deref()?,
            &date.get(),
        )
    });
    let status = move || {
        chosen
            .get()
            .or_else(|| suggestion.get().map(|s| s.status))
            .unwrap_or(Status::OnTrack)
    };
    let save = move |_| {
        let tab = page.state.store.with_untracked(|s| s.tab().to_string());
        let entry = |id: String| CheckIn {
            id,
            date: date.get_untracked().trim().to_string(),
            value: value.get_untracked().trim().to_string(),
            status: status(),
            note: note.get_untracked().trim().to_string(),
        };
        let k = key.get_value();
        let saved = page.edit(|s| {
            let id = new_entry_id(&s.review, &tab);
            s.add_check_in(&k, entry(id))
        });
        match saved {
            Ok(()) => {
                error.set(None);
                done.run(());
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let text = move |what: &'static str, signal: RwSignal<String>| {
        view! {
            <label class="review-field">
                <span class="vh">{move || labelled(what, &label.get())}</span>
                <span aria-hidden="true">{what}</span>
                <input
                    type="text"
                    autocomplete="off"
                    prop:value=move || signal.get()
                    on:input=move |ev| signal.set(event_target_value(&ev))
                />
            </label>
        }
    };
    let options = Status::ALL
        .into_iter()
        .map(|s| view! { <option value=s.id() prop:selected=move || status() == s>{s.label()}</option> })
        .collect_view();
    view! {
        <div class="check-in-form" id=id role="group" aria-label=move || labelled(ADD_CHECK_IN, &label.get())>
            {text(CHECK_IN_DATE, date)}
            {text(CURRENT_VALUE, value)}
            <label class="review-field">
                <span class="vh">{move || labelled(STATUS, &label.get())}</span>
                <span aria-hidden="true">{STATUS}</span>
                <select on:change=move |ev| chosen.set(Status::from_id(&event_target_value(&ev)))>
                    {options}
                </select>
            </label>
            {text(NOTE, note)}
            <button type="button" aria-label=move || labelled(SAVE_CHECK_IN, &label.get()) on:click=save>
                {SAVE_CHECK_IN}
            </button>
            {move || suggestion.get().map(|s| view! { <p class="computed">{s.how()}</p> })}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}
