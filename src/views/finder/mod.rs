//! Finding a profile: the search box, the saved sheets, browsing by group.

mod browse;
mod search;

use leptos::prelude::*;

use crate::browser::element_ids;
use crate::state::AppState;
use crate::views::sheets::SheetList;

/// The finder page.
#[component]
pub fn Finder() -> impl IntoView {
    crate::browser::page::set_title("Goalframes");
    let t = expect_context::<AppState>().t();
    view! {
        <h1 id=element_ids::PAGE_HEADING tabindex="-1">{t.finder_heading()}</h1>
        <p class="lede">{t.finder_lede()}</p>
        <search::Search />
        <SheetList />
        <browse::Browse />
    }
}
