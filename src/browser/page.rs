//! The page as a whole: its title, printing, and leaving it.

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Asks the person to confirm leaving the page whenever `unsaved()` is true
/// (the browser shows its own "leave site?" prompt).
pub fn confirm_leaving_when(unsaved: impl Fn() -> bool + 'static) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved() {
            ev.prevent_default();
            // Older browsers show the prompt only when a return value is set.
            ev.set_return_value("unsaved");
        }
    });
}

/// Adds or removes a class on the document's root element.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = root.class_list();
        let _ = if on {
            classes.add_1(class)
        } else {
            classes.remove_1(class)
        };
    }
}

/// Removes the single file's pre-rendered first screen (`xtask/src/prerender.rs`):
/// called in the task that mounted the app's own view, so the two never show
/// together.
pub fn remove_prerender() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(nodes) = document.query_selector_all("[data-prerender]") {
        for i in 0..nodes.length() {
            if let Some(node) = nodes.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}

/// Adds a named mark to the page's performance timeline (read by the benchmarks).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
