//! The engine's HTML view in the page: finding its hooks (slot inputs, keep
//! boxes, text blocks, date buttons) by the names the view writes them with
//! (`goalframes_engine::render::hooks`, never spelled here), and changing only
//! what differs. Views say what each hook should show; this module does the
//! DOM calls.

use goalframes_engine::render::hooks::{
    text_panel_id, COPIED, COPY_BUTTON, DATA_FRAME, DATA_ITEM, DATA_KEEP, DATA_PICKER, DATA_PRINT,
    DATA_SLOT, DATE_BUTTON, SLOT_INPUT, TEXT_TOGGLE,
};
use goalframes_engine::SlotKind;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};

/// The element the view is put in.
pub type Root = Element;

/// The class of the date input this module puts after a calendar button
/// while its picker is open (no part of the engine's markup).
const DATE_PICKER: &str = "date-picker";

/// What a slot input shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlotLook {
    /// Its value (the text being typed, the saved value, or a refused text).
    pub value: String,
    /// Its placeholder: `⟨date⟩`, or the period end a date slot inherits.
    pub placeholder: String,
    /// Whether it shows the inherited period end.
    pub inherited: bool,
    /// The input's title while it shows the inherited period end.
    pub inherited_title: String,
    /// Its width in characters.
    pub size: u32,
    /// What paper shows in its place.
    pub printed: String,
    /// Why its value was refused, if it was.
    pub error: Option<String>,
    /// That another tab's text replaced the one typed here, if it did.
    pub overwritten: Option<OverwriteNotice>,
}

/// Beside a slot: another tab's text replaced the one typed here, with a
/// button to keep this tab's text and one to keep the other tab's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OverwriteNotice {
    /// What happened.
    pub message: String,
    /// The words of the button that keeps this tab's text.
    pub keep_mine: String,
    /// The words of the button that keeps the other tab's.
    pub keep_theirs: String,
}

/// The classes of an overwrite notice's buttons (hooks for [`Hook::of`]).
const KEEP_MINE: &str = "keep-mine";
const KEEP_THEIRS: &str = "keep-theirs";
/// The id of the input an overwrite notice's button answers for.
const DATA_INPUT: &str = "data-input";

/// Shows beside a slot input (with an id, whose parent holds it) the notice
/// that another tab's text replaced the one typed here: `#{id}-overwritten`,
/// `role=alert`, with its two buttons ([`Hook::Overwritten`] for clicks on
/// them); or takes it away. The input's description is the caller's.
pub fn show_overwrite_notice(
    input: &HtmlInputElement,
    slot: SlotKind,
    notice: Option<&OverwriteNotice>,
) {
    let (id, item) = (input.id(), input.get_attribute(DATA_ITEM));
    let notice_id = format!("{id}-overwritten");
    let Some(parent) = input.parent_element() else {
        return;
    };
    let existing = parent
        .query_selector(&format!("#{notice_id}"))
        .ok()
        .flatten();
    let Some(notice) = notice else {
        if let Some(element) = existing {
            element.remove();
        }
        return;
    };
    let element = existing.or_else(|| {
        let document = document()?;
        let span = document.create_element("span").ok()?;
        span.set_id(&notice_id);
        span.set_class_name("overwritten");
        let _ = span.set_attribute("role", "alert");
        let text = document.create_element("span").ok()?;
        text.set_class_name("overwritten-text");
        span.append_child(&text).ok()?;
        for class in [KEEP_MINE, KEEP_THEIRS] {
            let button = document.create_element("button").ok()?;
            let _ = button.set_attribute("type", "button");
            button.set_class_name(class);
            let _ = button.set_attribute(DATA_INPUT, &id);
            let _ = button.set_attribute(DATA_ITEM, item.as_deref()?);
            let _ = button.set_attribute(DATA_SLOT, slot.id());
            span.append_child(&button).ok()?;
        }
        parent.append_child(&span).ok()?;
        Some(span)
    });
    let Some(element) = element else { return };
    let parts = [
        ("span.overwritten-text".to_string(), &notice.message),
        (format!("button.{KEEP_MINE}"), &notice.keep_mine),
        (format!("button.{KEEP_THEIRS}"), &notice.keep_theirs),
    ];
    for (selector, text) in parts {
        if let Some(part) = element.query_selector(&selector).ok().flatten() {
            if part.text_content().as_deref() != Some(text.as_str()) {
                part.set_text_content(Some(text));
            }
        }
    }
}

/// A slot input of the markup and what it shows now.
pub struct SlotElement {
    input: HtmlInputElement,
    /// The item whose slot it is.
    pub item: String,
    /// The slot.
    pub slot: SlotKind,
    /// The input's id.
    pub id: String,
    shown: SlotLook,
}

impl SlotElement {
    /// Makes the input show `look`, touching only what changed.
    pub fn show(&mut self, look: SlotLook) {
        if look == self.shown {
            return;
        }
        let input = &self.input;
        if input.value() != look.value {
            input.set_value(&look.value);
        }
        if look.placeholder != self.shown.placeholder {
            let _ = input.set_attribute("placeholder", &look.placeholder);
        }
        if look.size != self.shown.size {
            input.set_size(look.size);
        }
        let classes = input.class_list();
        let _ = classes.toggle_with_force("filled", !look.value.is_empty());
        let _ = classes.toggle_with_force("inherited", look.inherited);
        if look.inherited != self.shown.inherited {
            if look.inherited {
                let _ = input.set_attribute("title", &look.inherited_title);
            } else {
                let _ = input.remove_attribute("title");
            }
        }
        if look.printed != self.shown.printed {
            if let Some(span) = input.parent_element() {
                let _ = span.set_attribute(DATA_PRINT, &look.printed);
            }
        }
        if look.error != self.shown.error {
            self.show_error(look.error.as_deref());
        }
        if look.overwritten != self.shown.overwritten {
            show_overwrite_notice(&self.input, self.slot, look.overwritten.as_ref());
        }
        if (look.error.is_some(), look.overwritten.is_some())
            != (self.shown.error.is_some(), self.shown.overwritten.is_some())
        {
            self.describe(look.error.is_some(), look.overwritten.is_some());
        }
        self.shown = look;
    }

    /// Points the input's description at its refusal and its overwrite notice.
    fn describe(&self, error: bool, overwritten: bool) {
        let ids: Vec<String> = [(error, "error"), (overwritten, "overwritten")]
            .into_iter()
            .filter(|(shown, _)| *shown)
            .map(|(_, what)| format!("{}-{what}", self.id))
            .collect();
        if ids.is_empty() {
            let _ = self.input.remove_attribute("aria-describedby");
        } else {
            let _ = self.input.set_attribute("aria-describedby", &ids.join(" "));
        }
    }

    /// The refusal beside the input (`role=alert`), or none.
    fn show_error(&self, error: Option<&str>) {
        let error_id = format!("{}-error", self.id);
        // Beside this input, not anywhere in the document (see `show_text_block`).
        let existing = self
            .input
            .parent_element()
            .and_then(|p| p.query_selector(&format!("#{error_id}")).ok().flatten());
        match error {
            Some(reason) => {
                let _ = self.input.set_attribute("aria-invalid", "true");
                let element = existing.or_else(|| {
                    let span = document()?.create_element("span").ok()?;
                    span.set_id(&error_id);
                    span.set_class_name("error");
                    let _ = span.set_attribute("role", "alert");
                    self.input.parent_element()?.append_child(&span).ok()?;
                    Some(span)
                });
                if let Some(element) = element {
                    element.set_text_content(Some(reason));
                }
            }
            None => {
                let _ = self.input.remove_attribute("aria-invalid");
                if let Some(element) = existing {
                    element.remove();
                }
            }
        }
    }
}

/// A "Keep" checkbox of the markup.
pub struct KeepElement {
    input: HtmlInputElement,
    /// The item it keeps.
    pub key: String,
}

impl KeepElement {
    /// Checks or unchecks it.
    pub fn show(&self, kept: bool) {
        if self.input.checked() != kept {
            self.input.set_checked(kept);
        }
    }
}

/// The hooks of the markup under `root`, in document order.
pub fn slots_and_keeps(root: &Element) -> (Vec<SlotElement>, Vec<KeepElement>) {
    let inputs = |selector: &str| -> Vec<HtmlInputElement> {
        let Ok(list) = root.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
            .collect()
    };
    let slots = inputs(&format!("input.{SLOT_INPUT}[{DATA_ITEM}]"))
        .into_iter()
        .filter_map(|input| {
            Some(SlotElement {
                item: input.get_attribute(DATA_ITEM)?,
                slot: SlotKind::from_id(&input.get_attribute(DATA_SLOT)?)?,
                id: input.id(),
                shown: SlotLook {
                    placeholder: input.placeholder(),
                    size: input.size(),
                    printed: input.placeholder(),
                    ..SlotLook::default()
                },
                input,
            })
        })
        .collect();
    let keeps = inputs(&format!("input[{DATA_KEEP}]"))
        .into_iter()
        .map(|input| KeepElement {
            key: input.get_attribute(DATA_KEEP).unwrap_or_default(),
            input,
        })
        .collect();
    (slots, keeps)
}

/// What an event in the markup happened to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hook {
    /// A slot input: its id, item, slot and value.
    Slot {
        /// The input's id.
        id: String,
        /// The item.
        item: String,
        /// The slot.
        slot: SlotKind,
        /// Its value now.
        value: String,
    },
    /// A keep box: the item and whether it is checked now.
    Keep {
        /// The item.
        key: String,
        /// Checked.
        checked: bool,
    },
    /// A text block's toggle, for a frame id.
    TextToggle(String),
    /// A text block's copy button, for a frame id.
    Copy(String),
    /// A date slot's calendar button, for an item.
    DateButton(String),
    /// An overwrite notice's button: keep this tab's text (`mine`) or the
    /// other tab's, in a slot; `input` is the slot input's id.
    Overwritten {
        /// The slot input's id.
        input: String,
        /// The item.
        item: String,
        /// The slot.
        slot: SlotKind,
        /// True for "keep my text".
        mine: bool,
    },
    /// A date slot's picker (open), for an item, with its value.
    DatePicker {
        /// The item.
        item: String,
        /// The picked date, `YYYY-MM-DD` (or empty).
        value: String,
    },
}

impl Hook {
    /// The hook an event's target belongs to, if any.
    pub fn of(event: &Event) -> Option<Hook> {
        let target: Element = event.target()?.dyn_into().ok()?;
        if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            if let Some(key) = input.get_attribute(DATA_KEEP) {
                return Some(Hook::Keep {
                    key,
                    checked: input.checked(),
                });
            }
            if input.class_list().contains(DATE_PICKER) {
                return Some(Hook::DatePicker {
                    item: input.get_attribute(DATA_ITEM)?,
                    value: input.value(),
                });
            }
            return Some(Hook::Slot {
                id: input.id(),
                item: input.get_attribute(DATA_ITEM)?,
                slot: SlotKind::from_id(&input.get_attribute(DATA_SLOT)?)?,
                value: input.value(),
            });
        }
        // Clicks land on a button's icon or words: take the button.
        let button = target.closest("button").ok()??;
        let class = button.class_list();
        if class.contains(TEXT_TOGGLE) {
            Some(Hook::TextToggle(button.get_attribute(DATA_FRAME)?))
        } else if class.contains(COPY_BUTTON) {
            Some(Hook::Copy(button.get_attribute(DATA_FRAME)?))
        } else if class.contains(DATE_BUTTON) {
            Some(Hook::DateButton(button.get_attribute(DATA_ITEM)?))
        } else if class.contains(KEEP_MINE) || class.contains(KEEP_THEIRS) {
            Some(Hook::Overwritten {
                input: button.get_attribute(DATA_INPUT)?,
                item: button.get_attribute(DATA_ITEM)?,
                slot: SlotKind::from_id(&button.get_attribute(DATA_SLOT)?)?,
                mine: class.contains(KEEP_MINE),
            })
        } else {
            None
        }
    }
}

/// A frame's text block: opens or closes its panel, and shows `text` in it
/// while open (the `<pre>` exists only then).
pub fn show_text_block(root: &Element, frame: &str, text: Option<&str>) {
    let selector = format!("button.{TEXT_TOGGLE}[{DATA_FRAME}=\"{frame}\"]");
    let (Some(toggle), Some(panel)) = (
        root.query_selector(&selector).ok().flatten(),
        // Within this root: another mounted app (tests mount several) has its own.
        root.query_selector(&format!("#{}", text_panel_id(frame)))
            .ok()
            .flatten(),
    ) else {
        return;
    };
    let _ = toggle.set_attribute(
        "aria-expanded",
        if text.is_some() { "true" } else { "false" },
    );
    let pre = panel.query_selector("pre").ok().flatten();
    match text {
        Some(text) => {
            let _ = panel.remove_attribute("hidden");
            let pre = pre.or_else(|| {
                let pre = document()?.create_element("pre").ok()?;
                pre.set_class_name("text");
                panel.append_child(&pre).ok()?;
                Some(pre)
            });
            if let Some(pre) = pre {
                if pre.text_content().as_deref() != Some(text) {
                    pre.set_text_content(Some(text));
                }
            }
        }
        None => {
            let _ = panel.set_attribute("hidden", "");
            if let Some(pre) = pre {
                pre.remove();
            }
        }
    }
}

/// The status beside a text block's copy button ("Copied", or why not).
pub fn show_copy_status(root: &Element, frame: &str, status: &str) {
    let selector = format!("#{} .{COPIED}", text_panel_id(frame));
    if let Some(element) = root.query_selector(&selector).ok().flatten() {
        element.set_text_content(Some(status));
    }
}

/// Opens the browser's date picker for a date slot (a native date input
/// after its calendar button, created on demand), or closes it when open.
/// `iso` is the slot's value when it is a `YYYY-MM-DD` date.
pub fn toggle_date_picker(root: &Element, item: &str, iso: &str) {
    let selector = format!("button.{DATE_BUTTON}[{DATA_ITEM}=\"{item}\"]");
    let Ok(buttons) = root.query_selector_all(&selector) else {
        return;
    };
    // The button clicked is the focused one (a click focuses its button).
    let active = document().and_then(|d| d.active_element());
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<Element>().ok())
        .find(|b| active.as_ref() == Some(b))
        .or_else(|| buttons.item(0)?.dyn_into::<Element>().ok());
    let Some(button) = button else { return };
    if let Some(open) = button
        .next_element_sibling()
        .filter(|e| e.class_list().contains(DATE_PICKER))
    {
        open.remove();
        let _ = button.set_attribute("aria-expanded", "false");
        return;
    }
    let Some(picker) = document()
        .and_then(|d| d.create_element("input").ok())
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    picker.set_type("date");
    picker.set_class_name(DATE_PICKER);
    let label = button.get_attribute(DATA_PICKER).unwrap_or_default();
    let _ = picker.set_attribute("aria-label", &label);
    let _ = picker.set_attribute(DATA_ITEM, item);
    picker.set_value(iso);
    if button.after_with_node_1(&picker).is_ok() {
        let _ = button.set_attribute("aria-expanded", "true");
        let _ = picker.focus();
        let _ = picker.show_picker();
    }
}

/// Closes the date picker an event came from (after a pick, or Escape).
pub fn close_date_picker(event: &Event) {
    let Some(picker) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    if let Some(button) = picker.previous_element_sibling() {
        let _ = button.set_attribute("aria-expanded", "false");
        if let Some(button) = button.dyn_ref::<HtmlElement>() {
            let _ = button.focus();
        }
    }
    picker.remove();
}

/// Whether a keyboard event is the Escape key.
pub fn is_escape(event: &Event) -> bool {
    event
        .dyn_ref::<web_sys::KeyboardEvent>()
        .is_some_and(|k| k.key() == "Escape")
}

/// Replaces everything under `root` with `html`.
pub fn replace(root: &Element, html: &str) {
    root.set_inner_html(html);
}

/// Puts `inner` into the section with this id (a shell until then).
pub fn fill(root: &Element, id: &str, inner: &str) {
    if let Ok(Some(section)) = root.query_selector(&format!("#{id}")) {
        section.set_inner_html(inner);
    }
}

/// Runs `f` once the next frame is painted (in the task after it).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    });
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
