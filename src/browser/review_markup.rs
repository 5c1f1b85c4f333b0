//! The review's markup in the page (`goalframes_engine::render::review_html`):
//! what an event in it happened to, reading and showing its fields' values,
//! and putting its parts in again, by the hooks the engine names
//! (`render::hooks`, never spelled here). Only what differs is changed, and
//! the field a person is typing in is never written over.

use goalframes_engine::render::hooks::{DATA_REVIEW_ACTION, DATA_REVIEW_FIELD, DATA_REVIEW_PART};
use goalframes_engine::render::review_html::FieldValue;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// What an event in the review's markup happened to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewHook {
    /// An input or select (its `data-review-field`) and its value now.
    Field(String, String),
    /// A button's `data-review-action`.
    Action(String),
}

impl ReviewHook {
    /// The hook an event's target belongs to, if any.
    pub fn of(event: &Event) -> Option<ReviewHook> {
        let target: Element = event.target()?.dyn_into().ok()?;
        if let Some(field) = target.get_attribute(DATA_REVIEW_FIELD) {
            return Some(ReviewHook::Field(field, value_of(&target)?));
        }
        let button = target.closest("button").ok()??;
        button
            .get_attribute(DATA_REVIEW_ACTION)
            .map(ReviewHook::Action)
    }
}

fn value_of(element: &Element) -> Option<String> {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        return Some(input.value());
    }
    element
        .dyn_ref::<HtmlSelectElement>()
        .map(HtmlSelectElement::value)
}

fn find(root: &Element, attribute: &str, name: &str) -> Option<Element> {
    // Names are keys and ids of letters, digits, `-`, `_`, `/` and `|`: no quotes.
    root.query_selector(&format!(r#"[{attribute}="{name}"]"#))
        .ok()?
}

fn is_focused(element: &Element) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == element)
}

/// A field's value now (`data-review-field`), if it is in the page.
pub fn field(root: &Element, name: &str) -> Option<String> {
    value_of(&find(root, DATA_REVIEW_FIELD, name)?)
}

/// Shows a field's value, unless the person is in it.
pub fn set_field(root: &Element, name: &str, value: &str) {
    if let Some(element) = find(root, DATA_REVIEW_FIELD, name) {
        if !is_focused(&element) && value_of(&element).as_deref() != Some(value) {
            set_value(&element, value);
        }
    }
}

fn set_value(element: &Element, value: &str) {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.set_value(value);
    }
}

/// Shows every field's value and whether it is read-only (inputs) or
/// disabled (selects); the field being typed in keeps its text.
pub fn show_values(root: &Element, values: &[FieldValue]) {
    for v in values {
        let Some(element) = find(root, DATA_REVIEW_FIELD, &v.field) else {
            continue;
        };
        if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            if input.read_only() != v.locked {
                input.set_read_only(v.locked);
            }
        } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
            if select.disabled() != v.locked {
                select.set_disabled(v.locked);
            }
        }
        if !is_focused(&element) && value_of(&element).as_deref() != Some(v.value.as_str()) {
            set_value(&element, &v.value);
        }
    }
}

/// Puts each part's markup in (`data-review-part`), where it differs.
pub fn fill_parts<'a>(root: &Element, parts: impl IntoIterator<Item = (&'a str, &'a str)>) {
    for (name, html) in parts {
        if let Some(part) = find(root, DATA_REVIEW_PART, name) {
            if part.inner_html() != html {
                part.set_inner_html(html);
            }
        }
    }
}

/// What has been typed in the fields that are no part of the sheet yet
/// (who agrees, a new check-in's), to put back once the markup is put in anew.
pub fn typed_in_forms(root: &Element) -> Vec<(String, String)> {
    let selector =
        format!(r#"[{DATA_REVIEW_FIELD}^="stage|"], [{DATA_REVIEW_FIELD}^="check-in|"]"#);
    let Ok(list) = root.query_selector_all(&selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .filter_map(|e| Some((e.get_attribute(DATA_REVIEW_FIELD)?, value_of(&e)?)))
        .collect()
}

/// Every error line's name in the markup (`error|…` parts).
pub fn error_parts(root: &Element) -> Vec<String> {
    let Ok(list) = root.query_selector_all(&format!(r#"[{DATA_REVIEW_PART}^="error|"]"#)) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute(DATA_REVIEW_PART))
        .collect()
}

/// What has the focus inside `root`: its hook attribute and name, to find
/// it again once the markup is put in anew.
pub fn focused(root: &Element) -> Option<(&'static str, String)> {
    let active = web_sys::window()?.document()?.active_element()?;
    if !root.contains(Some(&active)) {
        return None;
    }
    for attribute in [DATA_REVIEW_FIELD, DATA_REVIEW_ACTION] {
        if let Some(name) = active.get_attribute(attribute) {
            return Some((attribute, name));
        }
    }
    None
}

/// Focuses the field or button with this hook (see [`focused`]); an input
/// gets its caret at the end of its text.
pub fn focus(root: &Element, (attribute, name): (&str, &str)) {
    let Some(element) = find(root, attribute, name) else {
        return;
    };
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        let end = input.value().chars().count() as u32;
        let _ = input.set_selection_range(end, end);
    }
}

/// Focuses the button with this `data-review-action`.
pub fn focus_action(root: &Element, action: &str) {
    focus(root, (DATA_REVIEW_ACTION, action));
}
