//! "Your goals": the goals kept from the frames and the person's own, in the
//! manager's order, with weights and their slots; and the printed goal sheet.

use goalframes_engine::goals::{self, GoalSheet, OWN_GOAL_MARK};
use goalframes_engine::render::text;
use goalframes_engine::sheet::{parse_weight, OWN_GOAL_PREFIX};
use goalframes_engine::SlotKind;
use leptos::prelude::*;

use crate::browser::{element_ids, focus, ids};
use crate::views::profile::page::Page;
use crate::views::profile::slot::{SlotInput, Typing};

/// What a kept goal shows: its label, and its canon text and slots (or none
/// for an own goal, which has its own field).
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    label: String,
    headline: String,
    source: String,
    slots: Vec<GoalSlot>,
    own: bool,
    missing: bool,
}

fn shown(page: Page, key: &str) -> Shown {
    if key.starts_with(OWN_GOAL_PREFIX) {
        let number = page.sheet.with(|s| {
            s.as_ref()
                .and_then(|s| s.own_goals.get(key).map(|o| o.number))
                .unwrap_or(0)
        });
        return Shown {
            label: format!("Your own goal {number}"),
            headline: String::new(),
            // The mark beside the label says where it comes from.
            source: String::new(),
            slots: SlotKind::ALL
                .into_iter()
                .map(|s| (key.to_string(), format!("Your own goal {number}"), s))
                .collect(),
            own: true,
            missing: false,
        };
    }
    page.frames.with(|frames| match goals::choice(frames, key) {
        Some(choice) => Shown {
            label: choice.label.clone(),
            headline: choice.headline(),
            source: choice
                .lines
                .iter()
                .find_map(|l| text::source(l, &Default::default()))
                .unwrap_or_default(),
            slots: choice
                .items
                .iter()
                .flat_map(|i| i.slots.iter().map(|s| (i.key.clone(), i.label.clone(), *s)))
                .collect(),
            own: false,
            missing: false,
        },
        None => Shown {
            label: format!("A goal no longer in today’s canon ({key})"),
            headline: String::new(),
            source: String::new(),
            slots: Vec::new(),
            own: false,
            missing: true,
        },
    })
}

/// The "Your goals" region.
#[component]
pub fn GoalsPanel() -> impl IntoView {
    let page = expect_context::<Page>();
    let keys = Memo::new(move |_| {
        page.sheet.with(|s| {
            s.as_ref()
                .map(|s| s.goals.iter().map(|g| g.key.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let total = move || {
        page.sheet
            .with(|s| s.as_ref().map(|s| s.total_weight()))
            .unwrap_or((0, false))
    };
    let add_own = move |_| {
        let key = ids::new_key(OWN_GOAL_PREFIX);
        let added = key.clone();
        let _ = page.edit(move |sheet| {
            sheet.add_own_goal(&added);
            Ok::<(), ()>(())
        });
        focus::before_next_paint(move || focus::focus(&format!("text-{key}")));
    };
    view! {
        <section id=element_ids::GOALS class="goals" tabindex="-1" aria-labelledby=element_ids::GOALS_HEADING>
            <h2 id=element_ids::GOALS_HEADING>"Your goals"</h2>
            <Show
                when=move || keys.with(|k| !k.is_empty())
                fallback=|| {
                    view! {
                        <p class="help">
                            "Keep the goals that matter with the “Keep” boxes in the frames below, or add your own. They are listed here in your order, with weights; exports and print then give this goal sheet."
                        </p>
                    }
                }
            >
                <ol class="goal-list">
                    // A fresh list per sheet: another profile's sheet may keep
                    // goals with the same keys, but not their state.
                    {move || {
                        page.sheet_id.track();
                        view! {
                            <For each=move || keys.get() key=|k| k.clone() let:key>
                                <KeptGoal key=key keys=keys />
                            </For>
                        }
                    }}
                </ol>
                <p class="total" role="status">
                    {move || {
                        let (sum, any) = total();
                        if !any {
                            "No weights yet: give each goal a weight in percent.".to_string()
                        } else {
                            format!("Total weight: {sum} %")
                        }
                    }}
                </p>
                {move || {
                    let (sum, any) = total();
                    (any && sum != 100)
                        .then(|| {
                            view! {
                                <p class="warning">
                                    {format!("The weights add up to {sum} %, not 100 %.")}
                                </p>
                            }
                        })
                }}
            </Show>
            <button type="button" class="add-own" on:click=add_own>
                "Add your own goal"
            </button>
        </section>
        <GoalSheetPrint />
    }
}

/// One kept goal: label, text, slots, weight, and buttons to move or remove it.
#[component]
fn KeptGoal(key: String, keys: Memo<Vec<String>>) -> impl IntoView {
    let page = expect_context::<Page>();
    let key = StoredValue::new(key);
    let shown = Memo::new(move |_| shown(page, &key.get_value()));
    let position = move || keys.with(|k| k.iter().position(|x| *x == key.get_value()));
    let is_first = move || position() == Some(0);
    let is_last = move || position().is_some_and(|p| p + 1 == keys.with(Vec::len));
    let label = move || shown.with(|s| s.label.clone());
    let id = |what: &str| format!("{what}-{}", key.get_value());
    let move_by = move |by: isize, button: String| {
        let k = key.get_value();
        let _ = page.edit(|sheet| {
            sheet.move_goal(&k, by);
            Ok::<(), ()>(())
        });
        // The row moves in the page: its button keeps the focus.
        focus::before_next_paint(move || focus::focus(&button));
    };
    let weight_error = RwSignal::new(None::<String>);
    let weight = move || {
        page.sheet
            .with(|s| {
                s.as_ref()
                    .and_then(|s| s.goals.iter().find(|g| g.key == key.get_value()))
                    .and_then(|g| g.weight)
            })
            .map(|w| w.to_string())
            .unwrap_or_default()
    };
    let set_weight = move |text: String| match parse_weight(&text) {
        Ok(w) => {
            weight_error.set(None);
            let k = key.get_value();
            let _ = page.edit(|sheet| sheet.set_weight(&k, w));
        }
        Err(e) => weight_error.set(Some(e.to_string())),
    };
    let remove = move |_| {
        let k = key.get_value();
        let _ = page.edit(|sheet| {
            sheet.unkeep(&k);
            Ok::<(), ()>(())
        });
    };
    let (up_id, down_id) = (id("up"), id("down"));
    let body = move || {
        let s = shown.get();
        let text_field = s
            .own
            .then(|| view! { <OwnGoalText key=key.get_value() label=s.label.clone() /> });
        let headline =
            (!s.own && !s.missing).then(|| view! { <p class="canon">{s.headline.clone()}</p> });
        // A goal of several items (an objective's key results) shows which
        // item each group of slots fills; the inputs' names already say so.
        let groups = slot_groups(&s.slots);
        let named = groups.len() > 1;
        let slots = groups
            .into_iter()
            .map(|(item_label, slots)| {
                let name = named.then(|| {
                    let short = item_label
                        .strip_prefix(&format!("{}, ", s.label))
                        .unwrap_or(&item_label)
                        .to_string();
                    view! { <span class="slot-group-name" aria-hidden="true">{short}</span> }
                });
                let inputs = slots
                    .into_iter()
                    .map(|(item, label, slot)| {
                        view! { <SlotInput item=item label=label kind=slot /> " " }
                    })
                    .collect_view();
                view! { <span class="slot-group">{name}{inputs}</span> }
            })
            .collect_view();
        view! {
            {text_field}
            {headline}
            <p class="goal-slots">{slots}</p>
            {(!s.source.is_empty()).then(|| view! { <p class="goal-source">{s.source.clone()}</p> })}
        }
    };
    view! {
        <li class="kept" class:own=move || shown.with(|s| s.own)>
            <div class="kept-head">
                <h3>{label}</h3>
                {move || shown.with(|s| s.own).then(|| view! { <span class="own-mark">{OWN_GOAL_MARK}</span> })}
            </div>
            {body}
            <div class="kept-controls">
                <label class="weight">
                    <span class="vh">{move || format!("Weight, {}", label())}</span>
                    <span aria-hidden="true">"Weight "</span>
                    <input
                        type="number"
                        min="0"
                        max="100"
                        step="1"
                        inputmode="numeric"
                        prop:value=weight
                        on:input=move |ev| set_weight(event_target_value(&ev))
                    />
                    <span aria-hidden="true">" %"</span>
                </label>
                {move || weight_error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
                <button
                    type="button"
                    id=up_id.clone()
                    aria-disabled=move || is_first().then_some("true")
                    on:click={
                        let up_id = up_id.clone();
                        move |_| if !is_first() { move_by(-1, up_id.clone()) }
                    }
                >
                    <span aria-hidden="true">"↑"</span>
                    <span class="vh">{move || format!("Move {} up", label())}</span>
                </button>
                <button
                    type="button"
                    id=down_id.clone()
                    aria-disabled=move || is_last().then_some("true")
                    on:click={
                        let down_id = down_id.clone();
                        move |_| if !is_last() { move_by(1, down_id.clone()) }
                    }
                >
                    <span aria-hidden="true">"↓"</span>
                    <span class="vh">{move || format!("Move {} down", label())}</span>
                </button>
                <button type="button" on:click=remove>
                    "Remove"
                    <span class="vh">{move || format!(" {}", label())}</span>
                </button>
            </div>
        </li>
    }
}

/// An own goal's words; shown as typed while the field has focus.
#[component]
fn OwnGoalText(key: String, label: String) -> impl IntoView {
    let page = expect_context::<Page>();
    let key = StoredValue::new(key);
    let typing = Typing::new();
    let error = RwSignal::new(None::<String>);
    let saved = move || {
        page.sheet
            .with(|s| {
                s.as_ref()
                    .and_then(|s| s.own_goals.get(&key.get_value()).map(|o| o.text.clone()))
            })
            .unwrap_or_default()
    };
    let value = move || typing.shown(saved);
    let set = move |text: String| {
        typing.typed(text.clone());
        let k = key.get_value();
        let result = page.edit(|sheet| sheet.set_own_goal_text(&k, &text));
        error.set(result.err().map(|e| e.to_string()));
    };
    view! {
        <input
            type="text"
            class="own-text"
            id=format!("text-{}", key.get_value())
            aria-label=label
            placeholder="What the goal is, in your words"
            autocomplete="off"
            prop:value=value
            on:focus=move |_| typing.focused(saved())
            on:blur=move |_| typing.stopped()
            on:input=move |ev| set(event_target_value(&ev))
        />
        {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
    }
}

/// The goal sheet as printed (and hidden on screen): who and when, every
/// goal with its text, measure, due date and weight, and signature lines.
#[component]
fn GoalSheetPrint() -> impl IntoView {
    let page = expect_context::<Page>();
    let sheet = move || {
        let sheet = page.sheet.get()?;
        (!sheet.goals.is_empty()).then_some(sheet)
    };
    move || {
        sheet().map(|sheet| {
            page.frames.with(|frames| {
                let goals = GoalSheet::new(frames, &sheet);
                let info = goalframes_engine::render::ExportInfo {
                    date: Some(crate::browser::clock::today()),
                    ..Default::default()
                };
                let fields = text::header_fields(&goals, &info)
                    .into_iter()
                    .map(|f| view! { <p>{f}</p> })
                    .collect_view();
                let rows = goals
                    .rows
                    .iter()
                    .map(|row| {
                        let measure = goals
                            .measure(row, None)
                            .into_iter()
                            .map(|l| view! { <p>{l}</p> })
                            .collect_view();
                        let own = row.is_own().then(|| view! { <p class="own-mark">{OWN_GOAL_MARK}</p> });
                        view! {
                            <tr>
                                <td>{row.number}</td>
                                <td>
                                    <p><strong>{row.label.clone()}</strong></p>
                                    {own}
                                    <p>{row.headline.clone()}</p>
                                    <p class="goal-source">{row.source.clone()}</p>
                                </td>
                                <td>{measure}</td>
                                <td>{row.due.clone().unwrap_or_default()}</td>
                                <td>{row.weight.map(|w| format!("{w} %")).unwrap_or_default()}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let total = goals.total_weight().map(|t| {
                    let note = if t == 100 { "" } else { " (not 100 %)" };
                    view! { <p>{format!("Total weight: {t} %{note}")}</p> }
                });
                view! {
                    <section class="goal-sheet-print" aria-hidden="true">
                        <h2>{format!("Goal sheet — {}", text::body(&frames.display_title, &goals.values))}</h2>
                        <p>{text::body(&frames.breadcrumb, &goals.values)}</p>
                        {fields}
                        <p>{format!("Canon: {} {}", frames.canon.name, frames.canon.version)}</p>
                        <table>
                            <thead>
                                <tr>
                                    <th>"#"</th>
                                    <th>"Goal"</th>
                                    <th>"Measure"</th>
                                    <th>"Due"</th>
                                    <th>"Weight"</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                        {total}
                        <div class="signatures">
                            {text::SIGNATURES
                                .lines()
                                .filter(|l| !l.is_empty())
                                .map(|l| view! { <p>{l}</p> })
                                .collect_view()}
                        </div>
                    </section>
                }
            })
        })
    }
}

/// One slot of a kept goal: the item it fills, that item's label, its kind.
type GoalSlot = (String, String, SlotKind);

/// Slots grouped by the item they fill, in order: (item label, its slots).
fn slot_groups(slots: &[GoalSlot]) -> Vec<(String, Vec<GoalSlot>)> {
    let mut groups: Vec<(String, Vec<GoalSlot>)> = Vec::new();
    for (item, label, slot) in slots {
        match groups.last_mut() {
            Some((_, group)) if group[0].0 == *item => {
                group.push((item.clone(), label.clone(), *slot));
            }
            _ => groups.push((label.clone(), vec![(item.clone(), label.clone(), *slot)])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_group_by_the_item_they_fill_in_order() {
        let slot = |item: &str, kind| (item.to_string(), format!("Objective 2, {item}"), kind);
        let slots = [
            slot("kr1", SlotKind::Baseline),
            slot("kr1", SlotKind::Target),
            slot("kr2", SlotKind::Target),
            slot("kr2", SlotKind::Date),
        ];
        let groups = slot_groups(&slots);
        let shape: Vec<(&str, usize)> = groups.iter().map(|(l, g)| (l.as_str(), g.len())).collect();
        assert_eq!(shape, [("Objective 2, kr1", 2), ("Objective 2, kr2", 2)]);
        assert_eq!(slot_groups(&slots[..1]).len(), 1);
        assert!(slot_groups(&[]).is_empty());
    }
}
