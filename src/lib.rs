//! The Goalframes web app: find a profile, fill its frames, keep the goals
//! that matter, export the goal sheet.
//!
//! A Leptos client-side app with no server and no network requests. Every
//! piece of frame text comes from the engine (`goalframes-engine`) over the
//! canon embedded at build time (`goalframes-canon`).
//!
//! - [`views`]: components, one module per page or part of a page;
//! - [`state`]: the signals views share, and the sheet store under them;
//! - [`browser`]: every call into the browser's own APIs;
//! - [`portal`]: the conversation with a portal that embeds the app.
#![forbid(unsafe_code)]

pub mod browser;
pub mod portal;
pub mod state;
pub mod views;

pub use state::AppState;
pub use views::app::App;

/// Starts the app in the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    browser::page::mark("goalframes:instantiated");
    leptos::mount::mount_to_body(App);
    browser::page::remove_prerender();
    // For the boot breakdown (tests/bench/boot-phases.mjs): the wasm is
    // running (above), the first view is built (below).
    browser::page::mark("goalframes:mounted");
}
