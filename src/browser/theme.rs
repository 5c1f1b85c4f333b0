//! The page's theme from a portal's options: the compact view and CSS custom
//! properties, set through the CSSOM (which the strict CSP allows, unlike a
//! style attribute).

use goalframes_engine::portal::{readable_accent, EmbedOptions};
use wasm_bindgen::JsCast;

use crate::browser::console;

/// The page backgrounds the accents are drawn on (style/main.css), as
/// computed colours: light, and dark.
const LIGHT_BACKGROUND: &str = "rgb(255, 255, 255)";
const DARK_BACKGROUND: &str = "rgb(18, 20, 23)";

/// Applies the options: the compact view, the accents that can be read on
/// their background (others are ignored, with a warning), the font.
pub fn apply(options: &EmbedOptions) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .document_element()
        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if options.compact {
        let _ = root.class_list().add_1("embed");
    }
    for (name, value) in options.css_properties() {
        let background = match name {
            "--goalframes-accent" => Some(LIGHT_BACKGROUND),
            "--goalframes-accent-dark" => Some(DARK_BACKGROUND),
            _ => None,
        };
        if let Some(background) = background {
            let computed = computed_colour(&document, value);
            if !computed
                .as_deref()
                .is_some_and(|c| readable_accent(c, background))
            {
                console::warn(&format!(
                    "the accent “{value}” is transparent or too faint to read on this page's background and was ignored."
                ));
                continue;
            }
        }
        let _ = root.style().set_property(name, value);
    }
}

/// The colour a CSS colour value computes to, as `rgb(…)` or `rgba(…)`.
fn computed_colour(document: &web_sys::Document, value: &str) -> Option<String> {
    let probe: web_sys::HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    probe.style().set_property("color", value).ok()?;
    let body = document.body()?;
    body.append_child(&probe).ok()?;
    let colour = web_sys::window()?
        .get_computed_style(&probe)
        .ok()??
        .get_property_value("color")
        .ok();
    probe.remove();
    colour
}
