//! The Goalframes web app: find a profile, fill its frames, copy and print.
//!
//! A Leptos client-side app with no server and no network requests. Every piece
//! of frame text comes from the engine (`goalframes-engine`) over the canon
//! embedded at build time (`goalframes-canon`); the views only arrange engine
//! output and the values a person types.
#![forbid(unsafe_code)]

pub mod embed;
pub mod exports;
pub mod finder;
pub mod frame;
pub mod import;
pub mod profile;
pub mod sheets;
pub mod state;
pub mod storage;

use goalframes_canon::CANON;
use leptos::prelude::*;

pub use state::AppState;

/// Starts the app in the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The whole app: banner, storage notice, and the finder or a profile's page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    state.follow_hash();
    provide_context(state);
    embed::start(state);

    let profile_key = Memo::new(move |_| {
        state.route.with(|r| {
            r.profile_key()
                .map(|(family, level)| (family.to_string(), level.to_string()))
        })
    });
    focus_on_navigation(state, profile_key);

    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_by_id("main");
    };

    view! {
        <a class="skip" href="#main" on:click=skip>"Skip to content"</a>
        <header class="banner">
            <div class="banner-row">
                <a class="brand" href="#">"Goalframes"</a>
                <p class="canon-stamp">
                    "Canon: " <strong>{CANON.name.as_ref()}</strong> " "
                    <span class="version">{CANON.version.as_ref()}</span>
                </p>
            </div>
            {CANON.notice.as_deref().map(|notice| view! { <p class="canon-notice">{notice}</p> })}
            <Show when=move || !state.storage_ok.get()>
                <p class="storage-notice" role="status">
                    "Browser storage is unavailable: your sheets are kept in memory only and are lost when this page is closed or reloaded."
                </p>
            </Show>
            <storage::StorageNotices />
        </header>
        <main id="main" tabindex="-1">
            <import::ImportPanel />
            {move || match profile_key.get() {
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
            }}
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
        request_animation_frame(move || match (profile, frame) {
            (Some(_), Some(frame)) => scroll_and_focus(&format!("frame-{}", frame.id())),
            (Some(_), None) if !first => {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                focus_by_id("page-heading");
            }
            (None, _) if !first => {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                focus_by_id("search");
            }
            _ => {}
        });
    });
}

/// Focuses the element with this id; the browser scrolls it into view if needed.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scrolls the element with this id to the top of the view and focuses it.
pub fn scroll_and_focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let scroll = web_sys::ScrollIntoViewOptions::new();
        scroll.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&scroll);
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}
