//! The whole app: banner, notices, and the finder or a profile's page.

use goalframes_canon::CANON;
use leptos::prelude::*;

use crate::browser::{element_ids, focus};
use crate::state::AppState;
use crate::views::{compare, finder, import, notices, profile};

/// The app: it owns the state and hands it to every view through context.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    state.follow_the_browser();
    provide_context(state);
    crate::portal::start(state);

    let profile_key = Memo::new(move |_| {
        state.route.with(|r| {
            r.profile_key()
                .map(|(family, level)| (family.to_string(), level.to_string()))
        })
    });
    let comparing = Memo::new(move |_| state.route.with(|r| r.compare.clone()));
    focus_on_navigation(state, profile_key);

    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus::focus(element_ids::MAIN);
    };

    view! {
        <a class="skip" href="#main" on:click=skip>"Skip to content"</a>
        <header class="banner">
            <div class="banner-row">
                <a class="brand" href=move || state.href(&Default::default())>"Goalframes"</a>
                <p class="canon-stamp">
                    "Canon: " <strong>{CANON.name.as_ref()}</strong> " "
                    <span class="version">{CANON.version.as_ref()}</span>
                </p>
            </div>
            {CANON.notice.as_deref().map(|notice| view! { <p class="canon-notice">{notice}</p> })}
            <notices::StorageNotices />
        </header>
        <main id=element_ids::MAIN tabindex="-1">
            <import::ImportPanel />
            <compare::CompareTray />
            {move || if !comparing.with(Vec::is_empty) {
                view! { <compare::ComparePage profiles=comparing.get() /> }.into_any()
            } else { match profile_key.get() {
                Some((family, level)) => match CANON.profile(&family, &level) {
                    Some(profile) => view! { <profile::ProfilePage profile=profile /> }.into_any(),
                    None => view! {
                        <p class="not-found" role="alert">
                            {format!("This canon has no profile “{family}” at level “{level}”. Find one below.")}
                        </p>
                        <finder::Finder />
                    }
                    .into_any(),
                },
                None => view! { <finder::Finder /> }.into_any(),
            }}}
        </main>
    }
}

/// After a navigation, moves focus where the person is going: the chosen frame,
/// a profile's heading, or the search box. The first view keeps the browser's
/// focus unless the link names a frame.
fn focus_on_navigation(state: AppState, profile_key: Memo<Option<(String, String)>>) {
    let view_key = Memo::new(move |_| (profile_key.get(), state.route.with(|r| r.frame)));
    Effect::new(move |previous: Option<()>| {
        let (profile, frame) = view_key.get();
        let first = previous.is_none();
        focus::before_next_paint(move || match (profile, frame) {
            (Some(_), Some(frame)) => focus::scroll_and_focus(&element_ids::frame(frame.id())),
            (Some(_), None) if !first => {
                focus::scroll_to_top();
                focus::focus(element_ids::PAGE_HEADING);
            }
            (None, _) if !first => {
                focus::scroll_to_top();
                focus::focus(element_ids::SEARCH);
            }
            _ => {}
        });
    });
}
