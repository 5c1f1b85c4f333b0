//! A profile's page: heading, breadcrumb, preamble, the sheet being filled
//! (who, when, exports), the goals kept for it, and the four frames.

mod drift;
mod exports;
mod frame;
mod goals;
mod next_level;
pub mod page;
mod sheet_panel;
mod slot;
mod text_block;

use std::sync::Arc;

use goalframes_engine::render::text;
use goalframes_engine::url::Location;
use goalframes_engine::{build_frames, FrameKind, Profile, Values};
use leptos::prelude::*;

use crate::browser::{element_ids, page as browser_page};
use crate::state::AppState;
use crate::views::compare::AddToCompare;
use frame::FrameView;
use page::Page;

/// A profile's page.
#[component]
pub fn ProfilePage(
    /// The family at a level whose frames the page shows.
    profile: Profile<'static>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let frames = Arc::new(build_frames(&profile));
    let page = Page::new(state, frames.clone());
    provide_context(page);

    let no_values = Values::new();
    let title = text::body(&frames.display_title, &no_values);
    browser_page::set_title(&format!("{title} — Goalframes"));
    let heading = text::body(&frames.heading, &no_values);
    let breadcrumb = text::body(&frames.breadcrumb, &no_values);
    let preamble = text::body(&frames.preamble, &no_values);

    let frame_links = FrameKind::ALL
        .into_iter()
        .map(|kind| {
            let href = move || {
                state.route.with(|r| {
                    state.href(&Location {
                        frame: Some(kind),
                        ..r.clone()
                    })
                })
            };
            view! {
                <li>
                    <a href=href>{kind.title()}</a>
                </li>
            }
        })
        .collect_view();
    let kept_any = move || {
        page.sheet
            .with(|s| s.as_ref().is_some_and(|s| !s.goals.is_empty()))
    };

    let (family, level) = page.profile();
    let compare_next = profile.next_level().map(|next| {
        let href = state.href(&Location::comparing(vec![
            (family.clone(), level.clone()),
            (family.clone(), next.level.code.to_string()),
        ]));
        view! {
            <a class="button-link" href=href>
                "Compare with the next level"
                <span class="vh">{format!(" ({})", next.display_title())}</span>
            </a>
        }
    });

    view! {
        <div class="profile" class:has-goals=kept_any>
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <ol>
                    <li>
                        <a href=move || state.href(&Location::default())>"All profiles"</a>
                    </li>
                    <li aria-current="page">{breadcrumb}</li>
                </ol>
            </nav>
            <h1 id=element_ids::PAGE_HEADING tabindex="-1">{heading}</h1>
            <p class="preamble">{preamble}</p>
            <p class="profile-actions">
                {compare_next}
                <AddToCompare family=family.clone() level=level.clone() name=title.clone() />
            </p>
            <sheet_panel::SheetPanel />
            <goals::GoalsPanel />
            <div class="toolbar">
                <nav class="frame-links" aria-label="Frames">
                    <ul>{frame_links}</ul>
                </nav>
                <label class="sources-toggle">
                    <input
                        type="checkbox"
                        prop:checked=move || page.show_sources.get()
                        on:change=move |ev| page.show_sources.set(event_target_checked(&ev))
                    />
                    "Show sources"
                </label>
                <button type="button" on:click=move |_| browser_page::print()>
                    {move || if kept_any() { "Print the goal sheet" } else { "Print" }}
                </button>
            </div>
            <div class="frames">
                {FrameKind::ALL
                    .into_iter()
                    .map(|kind| {
                        let frame = Arc::new(frames.frame(kind).clone());
                        view! { <FrameView frame=frame /> }
                    })
                    .collect_view()}
            </div>
            <next_level::NextLevel />
        </div>
    }
}
