//! One frame as the specifying page lays it out: its goals, each with a
//! "Keep" checkbox, its placeholders as inputs, and its "Copy / print as
//! text" block.
//!
//! Lines come from the engine: a view shows the segments whose part is `Body`,
//! turns each slot into an input, and shows the `Source` part and each quote's
//! provenance as the line's source.

use std::sync::Arc;

use goalframes_engine::frame::{Content, Frame, FrameKind, Line, Part};
use goalframes_engine::provenance::describe;
use goalframes_engine::render::text;
use goalframes_engine::{SlotKind, Values};
use leptos::prelude::*;

use crate::browser::element_ids;
use crate::views::profile::page::Page;
use crate::views::profile::slot::SlotInput;
use crate::views::profile::text_block::TextBlock;

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
            id=element_ids::frame(kind.id())
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
            let key = title.item.clone().unwrap_or_default();
            view! {
                <article class="goal">
                    <p class="kicker">
                        <KeepBox key=key label=label.clone() />
                        {label} " · " {source_tag(title)}
                    </p>
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
            let (key, label) = (format!("okr-{}", i + 1), format!("Objective {}", i + 1));
            view! {
                <article class="objective">
                    <p class="kicker">
                        <KeepBox key=key label=label.clone() />
                        {format!("{label} · ")} {source_tag(objective)}
                    </p>
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
            let keep = area.and_then(|l| l.item.clone()).map(|key| {
                let label = label_of(frame, &key);
                view! { <KeepBox key=key label=label /> }
            });
            view! {
                <tr>
                    <th scope="row" data-label="Area">
                        {keep}
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
                            .map(|line| {
                                let keep = line.item.clone().map(|key| {
                                    let label = label_of(frame, &key);
                                    view! { <KeepBox key=key label=label /> }
                                });
                                view! { <li>{keep} {line_body(line, frame)}</li> }
                            })
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

pub(crate) fn label_of(frame: &Frame, key: &str) -> String {
    frame.item(key).map(|i| i.label.clone()).unwrap_or_default()
}

/// The line's provenance tag content, e.g. `JFM responsibility (P4)`.
fn source_tag(line: &Line) -> String {
    text::source(line, &Values::new()).unwrap_or_default()
}

/// A line's body: its template text and canon quotes, slots as inputs, and its
/// sources, shown when the page shows sources.
pub(crate) fn line_body(line: &Line, frame: &Frame) -> impl IntoView {
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

/// "Keep {label}": puts the goal on the sheet ("Your goals"), or takes it off.
#[component]
pub(crate) fn KeepBox(key: String, label: String) -> impl IntoView {
    let page = expect_context::<Page>();
    let key = StoredValue::new(key);
    let kept = move || {
        page.sheet
            .with(|s| s.as_ref().is_some_and(|s| s.is_kept(&key.get_value())))
    };
    let change = move |ev: leptos::ev::Event| {
        let keep = event_target_checked(&ev);
        let key = key.get_value();
        let _ = page.edit(|sheet| {
            if keep {
                sheet.keep(&key);
            } else {
                sheet.unkeep(&key);
            }
            Ok::<(), ()>(())
        });
    };
    view! {
        <label class="keep">
            <input
                type="checkbox"
                aria-label=format!("Keep {label}")
                prop:checked=kept
                on:change=change
            />
            <span aria-hidden="true">"Keep"</span>
        </label>
    }
}
