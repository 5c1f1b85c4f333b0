//! The review's inputs: a one-line text field and a rating on the canon's
//! scale, each named "{what}, {whose}" ("Actual, SMART goal 1", "Manager
//! rating, Scope") with the engine's refusal beside it.

use goalframes_canon::CANON;
use leptos::prelude::*;

use crate::views::profile::slot::Typing;

/// A text field that saves as typed (`set` answers the engine's refusal,
/// if any); shown as typed while it has focus.
#[component]
pub fn TextField(
    /// What it holds: its visible label.
    what: &'static str,
    /// Whose it is, for its accessible name.
    #[prop(into)]
    of: Signal<String>,
    /// The saved value.
    #[prop(into)]
    saved: Signal<String>,
    /// Saves a value: `Err` is why it was refused.
    set: Callback<String, Result<(), String>>,
    /// Read-only (the stage locks it).
    #[prop(into)]
    locked: Signal<bool>,
    /// A hint shown inside while empty.
    #[prop(optional)]
    placeholder: &'static str,
) -> impl IntoView {
    let typing = Typing::new();
    let error = RwSignal::new(None::<String>);
    let value = move || typing.shown(|| saved.get());
    let input = move |text: String| {
        typing.typed(text.clone());
        error.set(set.run(text).err());
    };
    view! {
        <label class="review-field">
            <span class="vh">{move || format!("{what}, {}", of.get())}</span>
            <span aria-hidden="true">{what}</span>
            <input
                type="text"
                autocomplete="off"
                placeholder=placeholder
                prop:value=value
                readonly=move || locked.get()
                on:focus=move |_| typing.focused(saved.get_untracked())
                on:blur=move |_| typing.stopped()
                on:input=move |ev| input(event_target_value(&ev))
            />
        </label>
        {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
    }
}

/// A rating: "Not rated" or a point of the canon's scale, shown with its label.
#[component]
pub fn RatingSelect(
    /// Its accessible and visible name, e.g. "Manager rating, Scope".
    #[prop(into)]
    name: Signal<String>,
    /// What it shows visibly ("Manager rating").
    what: &'static str,
    /// The saved rating.
    #[prop(into)]
    value: Signal<Option<u32>>,
    /// Saves a rating (`None` clears it): `Err` is why it was refused.
    set: Callback<Option<u32>, Result<(), String>>,
    /// Read-only (the stage locks it).
    #[prop(into)]
    locked: Signal<bool>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let options = CANON
        .review_rules()
        .scale
        .iter()
        .map(|p| {
            let v = p.value;
            // `selected` per option: a select's value set before its options exist is lost.
            view! { <option value=v.to_string() prop:selected=move || value.get() == Some(v)>{p.display()}</option> }
        })
        .collect_view();
    let change = move |text: String| {
        let rating = text.parse::<u32>().ok();
        error.set(set.run(rating).err());
    };
    view! {
        <label class="review-field rating">
            <span class="vh">{move || name.get()}</span>
            <span aria-hidden="true">{what}</span>
            <select
                disabled=move || locked.get()
                on:change=move |ev| change(event_target_value(&ev))
            >
                <option value="" prop:selected=move || value.get().is_none()>"Not rated"</option>
                {options}
            </select>
        </label>
        {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
    }
}
