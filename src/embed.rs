//! Portal embedding: theming and the compact view from the URL, and the
//! postMessage protocol with the parent page (see `goalframes_engine::embed`).
//!
//! The options are read once, from the hash the page was opened with: later
//! navigation inside the app does not drop them. Without an `origin` option the
//! app neither posts nor listens; with one, it posts only to that origin and
//! ignores every message from any other.

use goalframes_canon::CANON;
use goalframes_engine::embed::{EmbedOptions, Event, Request, PROTOCOL_VERSION};
use goalframes_engine::location::Location;
use goalframes_engine::sheet::Sheet;
use goalframes_engine::FrameKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::AppState;

/// Applies the page's embed options and, with an origin, starts the protocol.
pub fn start(state: AppState) -> EmbedOptions {
    let options = EmbedOptions::parse(&window().location().hash().unwrap_or_default());
    if let Some(root) = document().document_element() {
        if options.compact {
            let _ = root.class_list().add_1("embed");
        }
        if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
            // Set through the CSSOM: allowed by the strict CSP, unlike a style attribute.
            for (name, value) in options.css_properties() {
                let _ = root.style().set_property(name, value);
            }
        }
    }
    if let Some(origin) = options.origin.clone() {
        connect(state, options.clone(), origin);
    }
    options
}

fn connect(state: AppState, options: EmbedOptions, origin: String) {
    let post = {
        let origin = origin.clone();
        move |event: &Event<'_>| post_to_parent(&origin, event)
    };

    let (family, level) = state
        .route
        .with_untracked(|r| (r.family.clone(), r.level.clone()));
    post(&Event::Ready {
        version: PROTOCOL_VERSION,
        family: family.as_deref(),
        level: level.as_deref(),
    });

    // Every saved change of the open sheet goes to the parent.
    let current = Memo::new(move |_| open_sheet(state));
    Effect::new({
        let post = post.clone();
        move |previous: Option<Option<String>>| {
            let sheet = current.get();
            let stamp = sheet.as_ref().map(|s| format!("{}@{}", s.id, s.updated));
            if let Some(sheet) = &sheet {
                if previous.is_some_and(|p| p != stamp) {
                    post(&Event::SheetChanged { sheet });
                }
            }
            stamp
        }
    });

    let handle = window_event_listener(leptos::ev::message, move |event: web_sys::MessageEvent| {
        if !options.accepts(&event.origin()) {
            return;
        }
        let Some(json) = js_sys::JSON::stringify(&event.data())
            .ok()
            .and_then(|s| s.as_string())
        else {
            return;
        };
        match Request::parse(&json) {
            Some(Request::Open {
                family,
                level,
                frame,
            }) => {
                if CANON.profile(&family, &level).is_none() {
                    post(&Event::Error {
                        message: format!(
                            "This canon has no profile “{family}” at level “{level}”."
                        ),
                    });
                    return;
                }
                state.navigate(&Location {
                    family: Some(family),
                    level: Some(level),
                    frame: frame.as_deref().and_then(FrameKind::from_id),
                    sheet: None,
                });
            }
            Some(Request::GetSheet) => {
                let sheet = open_sheet(state);
                post(&Event::Sheet {
                    sheet: sheet.as_ref(),
                });
            }
            None => {}
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// The sheet open on the current profile, if one has been started.
fn open_sheet(state: AppState) -> Option<Sheet> {
    let (family, level) = state
        .route
        .with(|r| Some((r.family.clone()?, r.level.clone()?)))?;
    let id = state.open_sheet_id(&family, &level)?;
    state.sheet(&id)
}

fn post_to_parent(origin: &str, event: &Event<'_>) {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    // Not in a frame: there is no parent page to talk to.
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    if let Ok(message) = js_sys::JSON::parse(&event.to_json()) {
        let _ = parent.post_message(&message, origin);
    }
}
