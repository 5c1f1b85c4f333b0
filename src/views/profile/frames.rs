//! The four frames and the next level: the engine's HTML view
//! (`render::html`), put into the page in one go and then kept in step with
//! the open sheet — slot values, refusals, the inherited period end, keep
//! boxes, open text blocks — by changing only what differs. A profile switch
//! is then one parse of markup instead of hundreds of node creations, and a
//! keystroke touches the inputs whose look changed.
//!
//! Events are handled once, on the host, for every hook in the markup.

use goalframes_engine::render::{html, text};
use goalframes_engine::{catalog, dates, FrameKind, Lang, SlotKind, Values};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::markup::{self, Hook, KeepElement, SlotElement, SlotLook};
use crate::browser::{clipboard, focus};
use crate::views::profile::page::{overwrite_notice, Page};
use crate::views::profile::slot::Typing;

/// The hooks of the markup now in the page.
#[derive(Default)]
struct Hooks {
    slots: Vec<SlotElement>,
    keeps: Vec<KeepElement>,
}

/// The frames and the next level of the page's profile.
#[component]
pub fn Frames() -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    let host = NodeRef::<leptos::html::Div>::new();
    // The markup changes with the profile and with "Show sources" only.
    let sections = Memo::new(move |_| {
        let sources = page.show_sources.get();
        page.frames.with(|f| html::sections(f, sources))
    });
    // The first section goes in at once; the others (below the fold) right
    // after the frame that shows it.
    let initial = sections.with_untracked(|s| html::assemble(s, 1));
    let hooks = StoredValue::new_local(Hooks::default());
    // Bumped whenever the markup is (re)scanned: every patch reapplies.
    let revision = RwSignal::new(0u32);
    // The input being typed in, and what is typed (held until typing pauses).
    let typing = Typing::new();
    let typing_in = StoredValue::new(None::<String>);
    let open = RwSignal::new([false; 4]);

    // New markup goes in (the first section, then the rest), and its hooks
    // are found again each time.
    let generation = StoredValue::new(0u64);
    let rescan = move |root: &markup::Root| {
        let (slots, keeps) = markup::slots_and_keeps(root);
        hooks.set_value(Hooks { slots, keeps });
        revision.update(|r| *r += 1);
    };
    Effect::new(move |previous: Option<()>| {
        sections.track();
        let Some(root) = host.get() else { return };
        let this = generation.get_value() + 1;
        generation.set_value(this);
        if previous.is_some() {
            sections.with(|s| markup::replace(&root, &html::assemble(s, 1)));
            typing_in.set_value(None);
        }
        rescan(&root);
        markup::after_next_paint(move || {
            // Only if the page still shows the same markup.
            if generation.try_get_value() != Some(this) {
                return;
            }
            sections.with_untracked(|s| {
                for section in s.iter().skip(1) {
                    markup::fill(&root, &section.id, &section.inner);
                }
            });
            rescan(&root);
        });
    });
    // Text blocks start closed on another profile.
    Effect::new(move |_| {
        page.frames.track();
        open.set([false; 4]);
    });

    Effect::new(move |_| {
        revision.track();
        let draft = typing.draft();
        let held = typing_in.get_value();
        let inherited = page.inherited_date.get();
        page.values.with(|values| {
            page.errors.with(|errors| {
                hooks.update_value(|h| {
                    for slot in &mut h.slots {
                        let saved = values.get(&slot.item, slot.slot).unwrap_or_default();
                        let notice = page
                            .overwritten(&slot.item, slot.slot)
                            .map(|mine| overwrite_notice(t, &mine, saved));
                        let refused = errors.get(&(slot.item.clone(), slot.slot));
                        let typed = draft.clone().filter(|_| held.as_ref() == Some(&slot.id));
                        let value = typed
                            .or_else(|| refused.map(|r| r.text.clone()))
                            .unwrap_or_else(|| saved.to_string());
                        let error = refused.map(|r| r.reason.clone());
                        let mut shown =
                            look(t.lang(), slot.slot, value, error, inherited.as_deref());
                        shown.overwritten = notice;
                        slot.show(shown);
                    }
                })
            })
        });
    });

    Effect::new(move |_| {
        revision.track();
        page.sheet.with(|sheet| {
            hooks.with_value(|h| {
                for keep in &h.keeps {
                    keep.show(sheet.as_ref().is_some_and(|s| s.is_kept(&keep.key)));
                }
            })
        });
    });

    // Open text blocks show the frame's text with the values, period end included.
    Effect::new(move |_| {
        revision.track();
        let open = open.get();
        let Some(root) = host.get_untracked() else {
            return;
        };
        let values = if open.contains(&true) {
            page.effective_values()
        } else {
            Values::new()
        };
        for kind in FrameKind::ALL {
            let text = open[kind as usize]
                .then(|| page.frames.with(|f| text::frame(f.frame(kind), &values)));
            markup::show_text_block(&root, kind.id(), text.as_deref());
        }
    });

    let on_input = move |ev: leptos::ev::Event| {
        if let Some(Hook::Slot {
            id,
            item,
            slot,
            value,
        }) = Hook::of(&ev)
        {
            typing_in.set_value(Some(id));
            typing.typed(value.clone());
            page.set(&item, slot, &value);
        }
    };
    let on_change = move |ev: leptos::ev::Event| match Hook::of(&ev) {
        Some(Hook::Keep { key, checked }) => {
            let _ = page.edit(|sheet| {
                if checked {
                    sheet.keep(&key);
                } else {
                    sheet.unkeep(&key);
                }
                Ok::<(), ()>(())
            });
            // Refused by an agreed sheet's lock: the box shows the sheet again
            // (the sheet did not change, so nothing else would redraw it).
            if page.state.store.with_untracked(|s| s.locked().is_some()) {
                let kept = page
                    .sheet
                    .with_untracked(|s| s.as_ref().is_some_and(|s| s.is_kept(&key)));
                hooks.with_value(|h| {
                    h.keeps
                        .iter()
                        .filter(|k| k.key == key)
                        .for_each(|k| k.show(kept));
                });
            }
        }
        Some(Hook::DatePicker { item, value }) => {
            page.set(&item, SlotKind::Date, &value);
            markup::close_date_picker(&ev);
        }
        _ => {}
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(root) = host.get_untracked() else {
            return;
        };
        match Hook::of(&ev) {
            Some(Hook::TextToggle(frame)) => {
                if let Some(kind) = FrameKind::from_id(&frame) {
                    open.update(|o| o[kind as usize] = !o[kind as usize]);
                }
            }
            Some(Hook::Copy(frame)) => {
                let Some(kind) = FrameKind::from_id(&frame) else {
                    return;
                };
                let values = page.effective_values();
                let text = page
                    .frames
                    .with_untracked(|f| text::frame(f.frame(kind), &values));
                spawn_local(async move {
                    let status = if clipboard::copy(&text).await {
                        t.frames_copied()
                    } else {
                        t.frames_copy_failed()
                    };
                    markup::show_copy_status(&root, &frame, status);
                    set_timeout(
                        move || markup::show_copy_status(&root, &frame, ""),
                        std::time::Duration::from_secs(5),
                    );
                });
            }
            Some(Hook::Overwritten {
                input,
                item,
                slot,
                mine,
            }) => {
                page.answer_overwrite(&item, slot, mine);
                // The notice and its buttons go: the slot keeps the focus.
                focus::focus(&input);
            }
            Some(Hook::DateButton(item)) => {
                let value = page.shown(&item, SlotKind::Date);
                let iso = if dates::looks_iso(&value) {
                    value.as_str()
                } else {
                    ""
                };
                markup::toggle_date_picker(&root, &item, iso);
            }
            _ => {}
        }
    };
    // Focus holds what the input shows, as the person may be about to type.
    let on_focusin = move |ev: leptos::ev::FocusEvent| {
        if let Some(Hook::Slot { id, item, slot, .. }) = Hook::of(&ev) {
            typing_in.set_value(Some(id));
            typing.focused(page.shown(&item, slot));
        }
    };
    // Also fires while the page is taken down (the focused input goes), when
    // its state may be gone already: hence `try_`.
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        if let Some(Hook::Slot { id, .. }) = Hook::of(&ev) {
            if typing_in.try_get_value().flatten().as_ref() == Some(&id) {
                typing_in.try_set_value(None);
                typing.stopped();
            }
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if markup::is_escape(&ev) && matches!(Hook::of(&ev), Some(Hook::DatePicker { .. })) {
            markup::close_date_picker(&ev);
        }
    };

    view! {
        <div
            class="frames-host"
            node_ref=host
            inner_html=initial
            on:input=on_input
            on:change=on_change
            on:click=on_click
            on:focusin=on_focusin
            on:focusout=on_focusout
            on:keydown=on_keydown
        ></div>
    }
}

/// What a slot input shows for its value (typed, refused or saved), its
/// refusal, and the period end a date slot inherits while unfilled.
fn look(
    lang: Lang,
    slot: SlotKind,
    value: String,
    error: Option<String>,
    period_end: Option<&str>,
) -> SlotLook {
    let inherited = (slot == SlotKind::Date && value.is_empty())
        .then_some(period_end)
        .flatten();
    let placeholder = inherited.unwrap_or(slot.placeholder(lang)).to_string();
    let widest = inherited.map_or(value.chars().count(), |d| d.chars().count());
    let size = widest.max(slot.placeholder(lang).chars().count()) + 1;
    // On paper the value prints as text, in full (an input would clip it).
    let printed = if value.is_empty() {
        placeholder.clone()
    } else {
        value.clone()
    };
    SlotLook {
        value,
        placeholder,
        inherited: inherited.is_some(),
        inherited_title: catalog(lang).slot_inherited_title().to_string(),
        size: u32::try_from(size).unwrap_or(u32::MAX),
        printed,
        error,
        overwritten: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unfilled_date_shows_and_prints_the_period_end() {
        let l = look(
            Lang::En,
            SlotKind::Date,
            String::new(),
            None,
            Some("2026-12-31"),
        );
        assert_eq!((l.placeholder.as_str(), l.inherited), ("2026-12-31", true));
        assert_eq!((l.printed.as_str(), l.size), ("2026-12-31", 11));
        let target = look(
            Lang::En,
            SlotKind::Target,
            String::new(),
            None,
            Some("2026-12-31"),
        );
        assert_eq!(
            (target.placeholder.as_str(), target.inherited),
            ("⟨target⟩", false)
        );
        assert_eq!(target.printed, "⟨target⟩");
    }

    #[test]
    fn a_value_prints_as_typed_and_widens_the_input() {
        let l = look(
            Lang::En,
            SlotKind::Target,
            "99.95% of requests".into(),
            None,
            None,
        );
        assert_eq!((l.printed.as_str(), l.size), ("99.95% of requests", 19));
        let refused = look(
            Lang::En,
            SlotKind::Date,
            "soon".into(),
            Some("not a date".into()),
            Some("x"),
        );
        assert_eq!((refused.value.as_str(), refused.inherited), ("soon", false));
        assert_eq!(refused.error.as_deref(), Some("not a date"));
    }
}
