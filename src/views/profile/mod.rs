//! A profile's page: heading, breadcrumb, preamble, the sheet being filled
//! (who, when), the goals kept for it, their exports, and the four frames.

mod drift;
mod exports;
mod frames;
mod goals;
pub mod page;
mod review;
mod sheet_panel;
mod slot;

use std::sync::Arc;

use goalframes_engine::frame::Line;
use goalframes_engine::render::text;
use goalframes_engine::url::Location;
use goalframes_engine::{FrameKind, ProfileFrames, Values};
use leptos::prelude::*;

use crate::browser::{element_ids, page as browser_page};
use crate::state::AppState;
use crate::views::compare::AddToCompare;
use page::Page;

/// A profile's page.
#[component]
pub fn ProfilePage(
    /// The frames of the profile the route shows; the page follows them from
    /// profile to profile.
    frames: Memo<Arc<ProfileFrames>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let page = Page::new(state, frames);
    provide_context(page);

    let line = move |pick: fn(&ProfileFrames) -> &Line| {
        move || frames.with(|f| text::body(pick(f), &Values::new()))
    };
    let title = Memo::new(move |_| frames.with(|f| text::body(&f.display_title, &Values::new())));
    Effect::new(move |_| browser_page::set_title(&t.app_page_title(&title.get())));

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
            let name = move || frames.with(|f| f.frame(kind).title.to_string());
            view! {
                <li>
                    <a href=href>{name}</a>
                </li>
            }
        })
        .collect_view();
    let kept_any = move || {
        page.sheet
            .with(|s| s.as_ref().is_some_and(|s| !s.goals.is_empty()))
    };

    // "Compare with the next level", when the family has one.
    let compare_next = move || {
        frames.with(|f| {
            let next = f.growth.as_ref()?;
            let (family, level) = (f.family.to_string(), f.level.to_string());
            let href = state.href(&Location::comparing(vec![
                (family.clone(), level),
                (family, next.code.to_string()),
            ]));
            let title = format!(" ({})", next.display_title);
            Some(view! {
                <a class="button-link" href=href>
                    {t.profile_compare_next()}
                    <span class="vh">{title}</span>
                </a>
            })
        })
    };
    let family = Signal::derive(move || page.profile().0);
    let level = Signal::derive(move || page.profile().1);

    view! {
        <div class="profile" class:has-goals=kept_any>
            <nav class="breadcrumb" aria-label=t.app_breadcrumb()>
                <ol>
                    <li>
                        <a href=move || state.href(&Location::default())>{t.app_all_profiles()}</a>
                    </li>
                    <li aria-current="page">{line(|f| &f.breadcrumb)}</li>
                </ol>
            </nav>
            <h1 id=element_ids::PAGE_HEADING tabindex="-1">{line(|f| &f.heading)}</h1>
            <p class="preamble">{line(|f| &f.preamble)}</p>
            <p class="profile-actions">
                {compare_next}
                <AddToCompare family=family level=level name=title />
            </p>
            // The goals lead (on a phone the first goal is in the first
            // screen), their review after them; who and when they are for
            // follows, then the exports.
            <goals::GoalsPanel />
            <review::ReviewPanel />
            <sheet_panel::SheetPanel />
            <exports::ExportPanel />
            <div class="toolbar">
                <nav class="frame-links" aria-label=t.profile_frames()>
                    <ul>{frame_links}</ul>
                </nav>
                <label class="sources-toggle">
                    <input
                        type="checkbox"
                        prop:checked=move || page.show_sources.get()
                        on:change=move |ev| page.show_sources.set(event_target_checked(&ev))
                    />
                    {t.profile_show_sources()}
                </label>
                <button type="button" on:click=move |_| browser_page::print()>
                    {move || if kept_any() { t.profile_print_goal_sheet() } else { t.exports_print() }}
                </button>
            </div>
            <frames::Frames />
        </div>
    }
}
