//! A placeholder where it stands: a text input for an item's slot, shown
//! with the same value at every occurrence; dates also get a calendar.
//!
//! While a person is typing in an input, it shows what they type, even when
//! another tab changes the same slot meanwhile: typing never mixes with
//! another tab's text ([`Typing`]). The tabs agree on one whole value (see
//! `crate::state::store`), which the input shows once typing pauses.

use std::sync::atomic::{AtomicUsize, Ordering};

use goalframes_engine::dates;
use goalframes_engine::SlotKind;
use leptos::prelude::*;

use crate::browser::markup::{self, Hook};
use crate::views::profile::page::{overwrite_notice, Page};

/// A page-unique id for elements that label or describe one another.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// How long after the last key an input goes back to showing the saved
/// value (another tab's, if it won).
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(1200);

/// What a person is typing in one input: held while they type, so that a
/// change from another tab does not land between two keys.
#[derive(Clone, Copy)]
pub struct Typing {
    draft: RwSignal<Option<String>>,
    keys: StoredValue<u64>,
}

impl Typing {
    /// Nothing typed yet.
    pub fn new() -> Self {
        Typing {
            draft: RwSignal::new(None),
            keys: StoredValue::new(0),
        }
    }

    /// What the input shows: the text being typed, else `saved()`.
    pub fn shown(&self, saved: impl FnOnce() -> String) -> String {
        self.draft.get().unwrap_or_else(saved)
    }

    /// The text being typed, if typing has not paused (tracked).
    pub fn draft(&self) -> Option<String> {
        self.draft.get()
    }

    /// The input got focus: hold what it shows, as the person may be about
    /// to type (a change arriving between focus and the first key would
    /// otherwise become the start of their text).
    pub fn focused(&self, shown: String) {
        self.typed(shown);
    }

    /// A key was typed: hold the text until typing pauses.
    pub fn typed(&self, text: String) {
        self.draft.set(Some(text));
        let key = self.keys.get_value() + 1;
        self.keys.set_value(key);
        let this = *self;
        set_timeout(
            move || {
                if this.keys.try_get_value() == Some(key) {
                    this.draft.try_set(None);
                }
            },
            TYPING_PAUSE,
        );
    }

    /// The input lost focus: show the saved value again.
    pub fn stopped(&self) {
        self.draft.try_set(None);
    }
}

impl Default for Typing {
    fn default() -> Self {
        Self::new()
    }
}

/// A slot's input. `label` names its item ("SMART goal 2"); the input is
/// named "{Slot}, {label}", e.g. "Target, SMART goal 2".
#[component]
pub fn SlotInput(item: String, label: String, kind: SlotKind) -> impl IntoView {
    let slot = kind;
    let page = expect_context::<Page>();
    let t = page.state.t();
    let lang = t.lang();
    let item = StoredValue::new(item);
    let typing = Typing::new();
    // A ⟨date⟩ slot keeps a date as ISO and shows it as the page writes
    // dates; its other text (“end of Q3”) is shown and kept as typed.
    let on_screen = move |text: String| match slot {
        SlotKind::Date => t.screen_date(&text),
        _ => text,
    };
    let value = move || typing.shown(|| on_screen(page.shown(&item.get_value(), slot)));
    let error = move || {
        page.errors
            .with(|e| e.get(&(item.get_value(), slot)).map(|r| r.reason.clone()))
    };
    let inherited = move || {
        (slot == SlotKind::Date && value().is_empty())
            .then(|| page.inherited_date.get())
            .flatten()
            .map(on_screen)
    };
    let error_id = unique_id("slot-error");
    let input_id = unique_id("slot");
    let overwritten_id = format!("{input_id}-overwritten");
    // What this tab typed here, when another tab's text replaced it.
    let overwritten = move || page.overwritten(&item.get_value(), slot);
    let name = t.control_for(slot.label(lang), &label);
    let size = move || {
        let shown = inherited().unwrap_or_else(value);
        shown
            .chars()
            .count()
            .max(slot.placeholder(lang).chars().count())
            + 1
    };
    let set = move |text: String| {
        let text = match slot {
            SlotKind::Date => t.read_date(&text),
            _ => text,
        };
        page.set(&item.get_value(), slot, &text)
    };
    let picker = (slot == SlotKind::Date).then(|| {
        let label = label.clone();
        let iso = move || t.read_date(&value());
        view! { <DatePicker label=label value=Signal::derive(iso) set=Callback::new(set) /> }
    });
    let described = {
        let (error_id, overwritten_id) = (error_id.clone(), overwritten_id.clone());
        move || {
            let ids: Vec<&str> = [
                (error().is_some(), error_id.as_str()),
                (overwritten().is_some(), overwritten_id.as_str()),
            ]
            .into_iter()
            .filter_map(|(shown, id)| shown.then_some(id))
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    // The notice is the frames' own (`markup`), beside the input.
    let input_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let notice = overwritten().map(|mine| {
            let theirs = page.value(&item.get_value(), slot);
            overwrite_notice(t, &mine, &theirs)
        });
        if let Some(input) = input_ref.get() {
            markup::show_overwrite_notice(&input, slot, notice.as_ref());
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(Hook::Overwritten {
            item, slot, mine, ..
        }) = Hook::of(&ev)
        {
            page.answer_overwrite(&item, slot, mine);
            // The notice and its buttons go: the slot keeps the focus.
            if let Some(input) = input_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    // On paper the value prints as text, in full (an input would clip it).
    let printed = move || {
        let v = value();
        if v.is_empty() {
            inherited().unwrap_or_else(|| slot.placeholder(lang).to_string())
        } else {
            v
        }
    };
    view! {
        <span class="slot" data-print=printed on:click=on_click>
            <input
                type="text"
                class="slot-input"
                id=input_id
                data-item=item.get_value()
                node_ref=input_ref
                class:filled=move || !value().is_empty()
                class:inherited=move || inherited().is_some()
                aria-label=name
                placeholder=move || inherited().unwrap_or_else(|| slot.placeholder(lang).to_string())
                title=move || inherited().map(|_| t.slot_inherited_title())
                autocomplete="off"
                size=size
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=described
                prop:value=value
                on:focus=move |_| typing.focused(page.shown(&item.get_value(), slot))
                on:blur=move |_| typing.stopped()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    typing.typed(text.clone());
                    set(text);
                }
            />
            {picker}
            {move || error().map(|e| view! { <span id=error_id.clone() class="error" role="alert">{e}</span> })}
        </span>
    }
}

/// A calendar for a date field: a small button that opens the browser's date
/// picker on demand (a page has dozens of date slots, and the browser's date
/// input is costly to lay out).
#[component]
pub fn DatePicker(
    /// The field's name, e.g. "SMART goal 2" or "Period end".
    label: String,
    /// The field's value (a picked date shows when it is `YYYY-MM-DD`).
    value: Signal<String>,
    /// Sets the field to the picked date.
    set: Callback<String>,
) -> impl IntoView {
    let iso = move || {
        let v = value.get();
        if dates::looks_iso(&v) {
            v
        } else {
            String::new()
        }
    };
    let open = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(input) = input_ref.get() {
                let _ = input.focus();
                let _ = input.show_picker();
            }
        }
    });
    let t = expect_context::<crate::state::AppState>().t();
    let picker_label = t.view_date_picker(&label);
    view! {
        <button
            type="button"
            class="date-button"
            aria-label=t.view_pick_a_date(&label)
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
        </button>
        <Show when=move || open.get()>
            <input
                type="date"
                class="date-picker"
                node_ref=input_ref
                aria-label=picker_label.clone()
                prop:value=iso
                on:change=move |ev| {
                    set.run(event_target_value(&ev));
                    open.set(false);
                }
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        open.set(false);
                    }
                }
            />
        </Show>
    }
}
