//! Focus and scrolling, and how the person last moved through the page
//! (pointer or keyboard), which decides whether focus the app moves shows a ring.

use std::cell::Cell;

use wasm_bindgen::JsCast;

thread_local! {
    /// True after a mouse, pen or touch press, false after a key.
    static POINTER: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Follows whether the person last used a pointer or the keyboard, in the
/// root element's `data-input` (`pointer` or `keyboard`): the style sheet
/// shows no ring on an element the app focuses (a heading after a
/// navigation) after a pointer press, as browsers do for focus a click gives.
pub fn follow_input_modality() {
    fn set(pointer: bool) {
        if POINTER.replace(Some(pointer)) == Some(pointer) {
            return;
        }
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let value = if pointer { "pointer" } else { "keyboard" };
            let _ = root.set_attribute("data-input", value);
        }
    }
    // The listeners live as long as the page: their handles are not kept.
    let _ = leptos::prelude::window_event_listener(leptos::ev::pointerdown, |_| set(true));
    let _ = leptos::prelude::window_event_listener(leptos::ev::keydown, |_| set(false));
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Focuses the element with this id; the browser scrolls it into view if needed.
pub fn focus(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Scrolls the element with this id to the top of the view and focuses it.
pub fn scroll_and_focus(id: &str) {
    if let Some(el) = element(id) {
        let scroll = web_sys::ScrollIntoViewOptions::new();
        scroll.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&scroll);
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}

/// Scrolls the element with this id just into view (the nearest edge).
pub fn scroll_into_view(id: &str) {
    if let Some(el) = element(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls the page to its top.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// True when the element with this id has focus.
pub fn has_focus(id: &str) -> bool {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    active.is_some_and(|a| a.id() == id)
}

/// Runs `f` before the next frame is painted.
pub fn before_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(f);
}
