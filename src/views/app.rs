//! The whole app: banner, notices, and the finder or a profile's page.

use std::sync::Arc;

use goalframes_canon::CANON;
use goalframes_engine::render::hooks;
use goalframes_engine::{build_frames_in, FrameKind, Lang, ProfileFrames};
use leptos::prelude::*;

use crate::browser::{element_ids, focus, lang};
use crate::state::AppState;
use crate::views::{compare, finder, import, notices, profile};

/// The app: it owns the state and hands it to every view through context.
/// Its views are built anew when the page's language changes: each reads
/// its words once, as it is built.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    state.follow_the_browser();
    focus::follow_input_modality();
    provide_context(state);
    crate::portal::start(state);
    Effect::new(move |_| lang::set_document(state.lang.get()));
    move || {
        state.lang.track();
        view! { <Shell /> }
    }
}

/// Banner, notices, and the finder or a profile's page, in the page's language.
#[component]
fn Shell() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let lang = state.lang.get_untracked();

    let profile_key = Memo::new(move |_| {
        state.route.with(|r| {
            r.profile_key()
                .map(|(family, level)| (family.to_string(), level.to_string()))
        })
    });
    let comparing = Memo::new(move |_| state.route.with(|r| r.compare.clone()));
    focus_on_navigation(state, profile_key);
    // The shown profile's frames. Going from profile to profile changes these,
    // not the page: the profile page stays and updates (see `profile::page`).
    let frames = Memo::new(move |previous: Option<&Option<Arc<ProfileFrames>>>| {
        let (family, level) = profile_key.get()?;
        if let Some(Some(frames)) = previous {
            if frames.family == family.as_str() && frames.level == level.as_str() {
                return Some(frames.clone());
            }
        }
        CANON
            .profile(&family, &level)
            .map(|p| Arc::new(build_frames_in(&p, lang)))
    });
    let shown = Memo::new(move |_| {
        if !comparing.with(Vec::is_empty) {
            Shown::Compare(comparing.get())
        } else if frames.with(Option::is_some) {
            Shown::Profile
        } else {
            match profile_key.get() {
                Some(key) => Shown::NotFound(key),
                None => Shown::Finder,
            }
        }
    });

    // Skip links, first in the tab order and shown when focused: on a
    // profile's page, to the frames (their "Keep" boxes) and to "Your goals";
    // elsewhere, to the content.
    let skip_to = move |id: String| {
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            focus::scroll_and_focus(&id);
        }
    };
    let skips = move || {
        if shown.get() != Shown::Profile {
            return view! {
                <a class="skip" href="#main" on:click=skip_to(element_ids::MAIN.to_string())>
                    {t.app_skip_to_content()}
                </a>
            }
            .into_any();
        }
        // The targets' ids are the links' addresses (what a link to a place
        // in the page says); a click focuses them instead of routing there.
        let frames = hooks::frame_id(FrameKind::ALL[0].id());
        view! {
            <a class="skip" href=format!("#{frames}") on:click=skip_to(frames.clone())>
                {t.app_skip_to_frames()}
            </a>
            <a
                class="skip"
                href=format!("#{}", element_ids::GOALS)
                on:click=skip_to(element_ids::GOALS.to_string())
            >
                {t.app_skip_to_goals()}
            </a>
        }
        .into_any()
    };

    view! {
        {skips}
        <header class="banner">
            <div class="banner-row">
                <a class="brand" href=move || state.href(&Default::default())>"Goalframes"</a>
                <p class="canon-stamp">
                    {t.label_colon(t.app_canon())} " " <strong>{CANON.name.as_ref()}</strong> " "
                    <span class="version">{CANON.version.as_ref()}</span>
                </p>
                <LanguageSwitch />
            </div>
            {CANON.notice.as_deref().map(|notice| view! { <p class="canon-notice">{notice}</p> })}
            <notices::StorageNotices />
        </header>
        <main id=element_ids::MAIN tabindex="-1">
            <import::ImportPanel />
            <compare::CompareTray />
            {move || match shown.get() {
                Shown::Compare(profiles) => view! { <compare::ComparePage profiles=profiles /> }.into_any(),
                Shown::Profile => {
                    let frames = Memo::new(move |previous: Option<&Arc<ProfileFrames>>| {
                        frames.get().or_else(|| previous.cloned()).expect("shown only with a profile")
                    });
                    view! { <profile::ProfilePage frames=frames /> }.into_any()
                }
                Shown::NotFound((family, level)) => view! {
                    <p class="not-found" role="alert">
                        {t.app_not_found(&family, &level)}
                    </p>
                    <finder::Finder />
                }
                .into_any(),
                Shown::Finder => view! { <finder::Finder /> }.into_any(),
            }}
        </main>
    }
}

/// The language switch: every language Goalframes speaks, in its own name.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let current = state.lang.get_untracked();
    let change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            state.set_lang(lang);
            // The switch is built anew in the new language: it keeps the focus.
            focus::before_next_paint(|| focus::focus(element_ids::LANGUAGE));
        }
    };
    view! {
        <label class="language">
            <span>{t.app_language()}</span>
            <select id=element_ids::LANGUAGE on:change=change>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.tag() selected=lang == current lang=lang.tag()>
                                {lang.name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// What the main area shows.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    /// The compare page, of these profiles.
    Compare(Vec<(String, String)>),
    /// A profile's page (it follows the route from profile to profile).
    Profile,
    /// A profile the canon does not have, and the finder.
    NotFound((String, String)),
    /// The finder.
    Finder,
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
            (Some(_), Some(frame)) => focus::scroll_and_focus(&hooks::frame_id(frame.id())),
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
