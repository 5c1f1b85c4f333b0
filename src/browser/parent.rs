//! The window that embeds the app (a portal page): messages to it and from it.
//!
//! Only the parent window is heard: a message must come from it (its
//! `source`), not only from the right origin, so that another frame of the
//! same origin on the portal's page cannot drive the app. A message's size is
//! checked on the JavaScript side, before anything is copied into wasm.

use wasm_bindgen::JsCast;

/// The parent window, when the app is in a frame.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    // Not in a frame: the window is its own parent.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// True when the app runs inside a frame.
pub fn is_framed() -> bool {
    parent().is_some()
}

/// Posts a message (JSON text, sent as the object it describes) to the
/// parent window, for `target_origin` (`*` for an opaque origin, which
/// postMessage cannot name).
pub fn post(json: &str, target_origin: &str) {
    let Some(parent) = parent() else {
        return;
    };
    if let Ok(message) = js_sys::JSON::parse(json) {
        if let Err(e) = parent.post_message(&message, target_origin) {
            crate::browser::console::warn(&format!(
                "could not post to the portal ({}).",
                e.as_string().unwrap_or_default()
            ));
        }
    }
}

/// Calls `received` with the JSON text of every message from the parent
/// window whose origin `accepts` and whose `type` starts with `goalframes:`,
/// when it is at most `max_chars` long; a longer one calls `too_large`.
pub fn listen(
    accepts: impl Fn(&str) -> bool + 'static,
    max_chars: usize,
    received: impl Fn(String) + 'static,
    too_large: impl Fn() + 'static,
) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::message, move |ev| {
        let Some(parent) = parent() else {
            return;
        };
        let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        if !from_parent || !accepts(&ev.origin()) {
            return;
        }
        let data = ev.data();
        let is_ours = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|t| t.len() < 64 && t.starts_with("goalframes:"));
        if !is_ours {
            return;
        }
        // Measured as a JavaScript string: nothing reaches wasm memory before the check.
        let Some(json) = js_sys::JSON::stringify(&data)
            .ok()
            .and_then(|j| j.dyn_into::<js_sys::JsString>().ok())
        else {
            return;
        };
        if json.length() as usize > max_chars {
            too_large();
            return;
        }
        received(String::from(json));
    });
}
