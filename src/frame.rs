//! One frame as the specifying page lays it out, its placeholders as inputs,
//! and its "Copy / print as text" block.
//!
//! Lines come from the engine: a view shows the segments whose part is `Body`,
//! turns each slot into an input, and shows the `Source` part and each quote's
//! provenance as the line's source.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use goalframes_engine::frame::{Content, Frame, FrameKind, Line, Part};
use goalframes_engine::provenance::describe;
use goalframes_engine::render::text;
use goalframes_engine::{SlotKind, Values};
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::profile::Page;

/// A page-unique id for elements that label or describe one another.
fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A frame: a landmark named after it, its intro, its rows (or the empty
/// sentence), and its text block.
#[component]
pub fn FrameView(
    /// The frame to show.
    frame: Arc<Frame>,
) -> impl IntoView {
    let kind = frame.kind;
    let body = if frame.is_empty() {
        view! { <p class="empty">{kind.empty_sentence()}</p> }.into_any()
    } else {
        let rows = match kind {
            FrameKind::Smart => smart(&frame).into_any(),
            FrameKind::Okr => okr(&frame).into_any(),
            FrameKind::Mbo => mbo(&frame).into_any(),
            FrameKind::Scorecard => scorecard(&frame).into_any(),
        };
        view! {
            {rows}
            <TextBlock frame=frame.clone() />
        }
        .into_any()
    };
    view! {
        <section
            id=format!("frame-{}", kind.id())
            class=format!("frame frame-{}", kind.id())
            aria-label=kind.title()
            tabindex="-1"
        >
            <h2>{kind.title()}</h2>
            <p class="intro">{kind.intro()}</p>
            {body}
        </section>
    }
}

/// SMART: one block per responsibility, its rows labelled Specific … Time-bound.
fn smart(frame: &Frame) -> impl IntoView {
    frame
        .blocks
        .iter()
        .map(|block| {
            let (title, rows) = block.lines.split_first().expect("a block has lines");
            let label = item_label(frame, title);
            view! {
                <article class="goal">
                    <p class="kicker">{label} " · " {source_tag(title)}</p>
                    <h3>
                        {line_body(title, frame)}
                    </h3>
                    <dl class="rows">
                        {rows
                            .iter()
                            .map(|line| {
                                view! {
                                    <div class="row">
                                        <dt>{line.template.label()}</dt>
                                        <dd>
                                            {line_body(line, frame)}
                                        </dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                </article>
            }
        })
        .collect_view()
}

/// OKRs: objectives with their key results.
fn okr(frame: &Frame) -> impl IntoView {
    frame
        .blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let (objective, krs) = block.lines.split_first().expect("a block has lines");
            view! {
                <article class="objective">
                    <p class="kicker">{format!("Objective {} · ", i + 1)} {source_tag(objective)}</p>
                    <h3>
                        {line_body(objective, frame)}
                    </h3>
                    <ul class="krs">
                        {krs
                            .iter()
                            .map(|line| {
                                view! {
                                    <li>
                                        <span class="kr-label">{line.template.label()}</span>
                                        " "
                                        {line_body(line, frame)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </article>
            }
        })
        .collect_view()
}

/// MBO: a table Area | Standard | Target | Due.
fn mbo(frame: &Frame) -> impl IntoView {
    let rows = frame
        .blocks
        .iter()
        .map(|block| {
            let row = block.mbo_row();
            let (area, standard, target_due) = (row.area, row.standard, row.target_due);
            let slot_cell = |slot: SlotKind| {
                target_due.and_then(|line| {
                    let item = line.item.clone()?;
                    line.slots()
                        .any(|s| s == slot)
                        .then(|| view! { <SlotInput item=item.clone() label=label_of(frame, &item) kind=slot /> })
                })
            };
            view! {
                <tr>
                    <th scope="row" data-label="Area">
                        {area.map(|l| line_body(l, frame))}
                    </th>
                    <td data-label="Standard">
                        {match standard {
                            Some(l) => line_body(l, frame).into_any(),
                            None => view! {
                                <span class="none">"No standard: the canon backs none for this level."</span>
                            }
                            .into_any(),
                        }}
                    </td>
                    <td data-label="Target">{slot_cell(SlotKind::Target)}</td>
                    <td data-label="Due">{slot_cell(SlotKind::Date)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="mbo">
            <thead>
                <tr>
                    <th scope="col">"Area"</th>
                    <th scope="col">"Standard"</th>
                    <th scope="col">"Target"</th>
                    <th scope="col">"Due"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Scorecard: each perspective with its rows.
fn scorecard(frame: &Frame) -> impl IntoView {
    frame
        .blocks
        .iter()
        .map(|block| {
            let (heading, rows) = block.lines.split_first().expect("a block has lines");
            view! {
                <article class="perspective">
                    <h3>{text::body(heading, &Values::new())}</h3>
                    <ul>
                        {rows
                            .iter()
                            .map(|line| view! { <li>{line_body(line, frame)}</li> })
                            .collect_view()}
                    </ul>
                </article>
            }
        })
        .collect_view()
}

/// The label of the item a line belongs to, e.g. "SMART goal 2".
fn item_label(frame: &Frame, line: &Line) -> String {
    line.item
        .as_deref()
        .map(|key| label_of(frame, key))
        .unwrap_or_default()
}

fn label_of(frame: &Frame, key: &str) -> String {
    frame.item(key).map(|i| i.label.clone()).unwrap_or_default()
}

/// The line's provenance tag content, e.g. `JFM responsibility (P4)`.
fn source_tag(line: &Line) -> String {
    text::source(line, &Values::new()).unwrap_or_default()
}

/// A line's body: its template text and canon quotes, slots as inputs, and its
/// sources, shown when the page shows sources.
fn line_body(line: &Line, frame: &Frame) -> impl IntoView {
    let item = line.item.clone();
    let label = item_label(frame, line);
    let parts = line
        .segments
        .iter()
        .filter(|s| s.part == Part::Body)
        .map(|segment| match &segment.content {
            Content::Slot(slot) => match &item {
                Some(item) => {
                    view! { <SlotInput item=item.clone() label=label.clone() kind=*slot /> }
                        .into_any()
                }
                None => slot.placeholder().into_any(),
            },
            Content::Quote(quote) => {
                view! { <span class="canon">{quote.text.to_string()}</span> }.into_any()
            }
            _ => text::segment(segment, None, &Values::new())
                .into_owned()
                .into_any(),
        })
        .collect_view();
    let page = expect_context::<Page>();
    let mut sources: Vec<String> = Vec::new();
    if let Some(tag) = text::source(line, &Values::new()) {
        sources.push(tag);
    }
    for quote in line.quotes() {
        let text = describe(quote);
        if !sources.contains(&text) {
            sources.push(text);
        }
    }
    let sources = (!sources.is_empty()).then(|| {
        let list = sources.join("; ");
        view! {
            <Show when=move || page.show_sources.get()>
                <small class="sources">{format!("Source: {list}")}</small>
            </Show>
        }
    });
    view! { {parts} {sources} }
}

/// A placeholder where it stands: a text input for the item's slot, shown with
/// the same value at every occurrence; dates also get the browser's date picker.
#[component]
fn SlotInput(item: String, label: String, kind: SlotKind) -> impl IntoView {
    let slot = kind;
    let page = expect_context::<Page>();
    let item = StoredValue::new(item);
    let value = move || page.shown(&item.get_value(), slot);
    let error = move || {
        page.errors
            .with(|e| e.get(&(item.get_value(), slot)).map(|r| r.reason.clone()))
    };
    let error_id = unique_id("slot-error");
    let name = format!("{}, {}", slot.label(), label);
    let size = move || {
        value()
            .chars()
            .count()
            .max(slot.placeholder().chars().count())
            + 1
    };
    // The browser's date input is costly to lay out, and a page has dozens of
    // date slots: each gets a small button that brings its picker on demand.
    let picker = (slot == SlotKind::Date).then(|| {
        let iso = move || {
            let v = value();
            if is_iso_date(&v) {
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
        let picker_label = format!("Date picker, {label}");
        view! {
            <button
                type="button"
                class="date-button"
                aria-label=format!("Pick a date, {label}")
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" class="icon">
                    <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
                    <path d="M1.5 6.5h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
                </svg>
            </button>
            <Show when=move || open.get()>
                <input
                    type="date"
                    class="date-picker"
                    node_ref=input_ref
                    aria-label=picker_label.clone()
                    prop:value=iso
                    on:change=move |ev| {
                        page.set(&item.get_value(), slot, &event_target_value(&ev));
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
    });
    let described = error_id.clone();
    view! {
        <span class="slot">
            <input
                type="text"
                class="slot-input"
                class:filled=move || !value().is_empty()
                aria-label=name
                placeholder=slot.placeholder()
                autocomplete="off"
                size=size
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=move || error().is_some().then(|| described.clone())
                prop:value=value
                on:input=move |ev| page.set(&item.get_value(), slot, &event_target_value(&ev))
            />
            {picker}
            {move || error().map(|e| view! { <span id=error_id.clone() class="error" role="alert">{e}</span> })}
        </span>
    }
}

/// True for `YYYY-MM-DD`, the value a date input takes.
fn is_iso_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// "Copy / print as text": shows the frame's exact text block with the values
/// filled in, and copies it to the clipboard.
#[component]
fn TextBlock(frame: Arc<Frame>) -> impl IntoView {
    let page = expect_context::<Page>();
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let kind = frame.kind;
    let text = Memo::new(move |_| page.values.with(|v| text::frame(&frame, v)));
    let panel_id = format!("text-{}", kind.id());
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            let done = JsFuture::from(clipboard.write_text(&text)).await;
            status.set(match done {
                Ok(_) => "Copied".to_string(),
                Err(_) => "Copy failed: select the text and copy it by hand.".to_string(),
            });
            set_timeout(
                move || status.set(String::new()),
                std::time::Duration::from_secs(5),
            );
        });
    };
    view! {
        <div class="text-block">
            <button
                type="button"
                class="text-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Copy / print as text"
            </button>
            <div id=panel_id class="text-panel" hidden=move || !open.get()>
                <div class="copy-row">
                    <button type="button" class="copy" on:click=copy>
                        "Copy"
                        <span class="vh">{format!(" {} as text", kind.title())}</span>
                    </button>
                    <span class="copied" role="status">{move || status.get()}</span>
                </div>
                // Built only while open: a page switch then makes no text blocks.
                <Show when=move || open.get()>
                    <pre class="text">{move || text.get()}</pre>
                </Show>
            </div>
        </div>
    }
}
