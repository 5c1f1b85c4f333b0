//! "Start next period from this sheet": the kept and own goals on a new
//! draft for the period after this one, the actuals as its baselines; this
//! sheet stays as it is.

use goalframes_engine::sheet::review::NextPeriod;
use leptos::prelude::*;

use crate::views::profile::page::Page;

/// The button, and why it cannot be used yet.
#[component]
pub fn NextPeriodButton() -> impl IntoView {
    let page = expect_context::<Page>();
    let error = RwSignal::new(None::<String>);
    let next = Memo::new(move |_| page.sheet.with(|s| s.as_ref().and_then(NextPeriod::after)));
    let start = move |_| {
        let (Some(id), Some(next)) = (page.sheet_id.get_untracked(), next.get_untracked()) else {
            return;
        };
        let started = page
            .frames
            .with_untracked(|f| page.state.start_next_period(&id, f, &next));
        error.set(started.err());
    };
    view! {
        <p class="next-period">
            <button type="button" disabled=move || next.with(Option::is_none) on:click=start>
                "Start next period from this sheet"
            </button>
            {move || match next.get() {
                Some(n) => format!(" {} to {}", n.start, n.end),
                None => " Set the period’s start and end to start the next one.".to_string(),
            }}
        </p>
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}
