//! Finding a profile: the search box, the saved sheets, browsing by group.

mod browse;
mod search;

use leptos::prelude::*;

use crate::browser::element_ids;
use crate::views::sheets::SheetList;

/// The finder page.
#[component]
pub fn Finder() -> impl IntoView {
    crate::browser::page::set_title("Goalframes");
    view! {
        <h1 id=element_ids::PAGE_HEADING tabindex="-1">"Find a profile"</h1>
        <p class="lede">
            "Pick a job family at a level to see its goal frames, then fill them in for one person."
        </p>
        <search::Search />
        <SheetList />
        <browse::Browse />
    }
}
