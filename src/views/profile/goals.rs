//! "Your goals": the goals kept from the frames and the person's own, in the
//! manager's order, with weights and their slots; and the printed goal sheet.

use goalframes_engine::goals::{Framework, GoalRow, GoalSheet, TotalWeight};
use goalframes_engine::render::{sheet_html, ExportInfo};
use goalframes_engine::sheet::{parse_weight, OWN_GOAL_PREFIX};
use goalframes_engine::{Message, SlotKind};
use leptos::prelude::*;

use crate::browser::{clock, element_ids, focus, ids};
use crate::views::profile::page::Page;
use crate::views::profile::slot::{SlotInput, Typing};

/// What a kept goal shows, all of it from the engine's [`GoalRow`]: its
/// label, canon text, source and slots, and where it comes from (an own goal
/// has its own field for its words; a goal gone from the canon shows its
/// label alone).
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    label: String,
    headline: String,
    source: String,
    slots: Vec<GoalSlot>,
    framework: Framework,
}

impl Shown {
    fn of(row: &GoalRow<'_>) -> Self {
        Shown {
            label: row.label.clone(),
            headline: row.headline.clone(),
            source: row.source.clone(),
            slots: row.slots(),
            framework: row.framework,
        }
    }

    fn own(&self) -> bool {
        self.framework == Framework::Own
    }

    /// A frame goal's canon text and source: what the page shows under its label.
    fn canon(&self) -> bool {
        !matches!(self.framework, Framework::Own | Framework::Gone)
    }
}

/// The kept goals as the page lists them, in order, and their total weight.
#[derive(Clone, Debug, PartialEq)]
struct Listed {
    goals: Vec<(String, Shown)>,
    total: TotalWeight,
}

/// The "Your goals" region.
#[component]
pub fn GoalsPanel() -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    // The engine's goal sheet, made once per change for every kept goal.
    let listed = Memo::new(move |_| {
        page.sheet.with(|sheet| {
            let sheet = sheet.as_ref()?;
            page.frames.with(|frames| {
                let goals = GoalSheet::new(frames, sheet);
                Some(Listed {
                    goals: goals
                        .rows
                        .iter()
                        .map(|r| (r.key.clone(), Shown::of(r)))
                        .collect(),
                    total: goals.total_weight(),
                })
            })
        })
    });
    let keys = Memo::new(move |_| {
        listed.with(|l| {
            l.as_ref()
                .map(|l| l.goals.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let total = move || {
        listed
            .with(|l| l.as_ref().map(|l| l.total))
            .unwrap_or(TotalWeight::Unweighed)
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
    // Agreed goals are read-only until the sheet is reopened (the store
    // refuses such edits too: this only says so before one is tried).
    let locked = move || {
        page.sheet
            .with(|s| s.as_ref().is_some_and(|s| s.stage().locks_goals()))
    };
    view! {
        <section id=element_ids::GOALS class="goals" tabindex="-1" aria-labelledby=element_ids::GOALS_HEADING>
            <h2 id=element_ids::GOALS_HEADING>{t.goals_heading()}</h2>
            {move || locked().then(|| view! {
                <p class="help locked-note">{t.goals_locked()}</p>
            })}
            <fieldset class="goal-lock" disabled=locked>
            <Show
                when=move || keys.with(|k| !k.is_empty())
                fallback=move || view! { <p class="help">{t.goals_none()}</p> }
            >
                <ol class="goal-list">
                    // A fresh list per sheet: another profile's sheet may keep
                    // goals with the same keys, but not their state.
                    {move || {
                        page.sheet_id.track();
                        view! {
                            <For each=move || keys.get() key=|k| k.clone() let:key>
                                <KeptGoal key=key keys=keys listed=listed />
                            </For>
                        }
                    }}
                </ol>
                // The engine's one wording of the total, marked when the weights are off.
                <p class="total" class:warning=move || total().is_off() role="status">
                    {move || total().status(t)}
                </p>
            </Show>
            <button type="button" class="add-own" on:click=add_own>
                {t.goals_add_own()}
            </button>
            </fieldset>
        </section>
        <GoalSheetPrint />
    }
}

/// One kept goal: label, text, slots, weight, and buttons to move or remove it.
#[component]
fn KeptGoal(key: String, keys: Memo<Vec<String>>, listed: Memo<Option<Listed>>) -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    let key = StoredValue::new(key);
    let shown = Memo::new(move |_| {
        listed
            .with(|l| {
                l.as_ref()
                    .and_then(|l| l.goals.iter().find(|(k, _)| *k == key.get_value()))
                    .map(|(_, s)| s.clone())
            })
            // Between a goal's removal and its row's, it shows nothing.
            .unwrap_or_else(|| Shown {
                label: String::new(),
                headline: String::new(),
                source: String::new(),
                slots: Vec::new(),
                framework: Framework::Gone,
            })
    });
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
        Err(e) => weight_error.set(Some(e.message(t))),
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
            .own()
            .then(|| view! { <OwnGoalText key=key.get_value() label=s.label.clone() /> });
        let headline = s
            .canon()
            .then(|| view! { <p class="canon">{s.headline.clone()}</p> });
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
            // An own goal's mark is beside its label; a gone goal's label says it.
            {(s.canon() && !s.source.is_empty()).then(|| view! { <p class="goal-source">{s.source.clone()}</p> })}
        }
    };
    view! {
        <li class="kept" class:own=move || shown.with(Shown::own)>
            <div class="kept-head">
                <h3>{label}</h3>
                {move || shown.with(Shown::own).then(|| view! { <span class="own-mark">{t.goal_own_mark()}</span> })}
            </div>
            {body}
            <div class="kept-controls">
                <label class="weight">
                    <span class="vh">{move || t.control_for(t.goals_weight(), &label())}</span>
                    <span aria-hidden="true">{t.goals_weight()} " "</span>
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
                    <span class="vh">{move || t.goals_move_up(&label())}</span>
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
                    <span class="vh">{move || t.goals_move_down(&label())}</span>
                </button>
                <button type="button" on:click=remove>
                    {t.goals_remove()}
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
    let t = page.state.t();
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
        error.set(result.err().map(|e| e.message(t)));
    };
    view! {
        <input
            type="text"
            class="own-text"
            id=format!("text-{}", key.get_value())
            aria-label=label
            placeholder=t.goals_own_placeholder()
            autocomplete="off"
            prop:value=value
            on:focus=move |_| typing.focused(saved())
            on:blur=move |_| typing.stopped()
            on:input=move |ev| set(event_target_value(&ev))
        />
        {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
    }
}

/// The goal sheet as printed (and hidden on screen): the engine's print
/// rendering of the goal sheet ([`sheet_html`]), which says what every
/// export says.
#[component]
fn GoalSheetPrint() -> impl IntoView {
    let page = expect_context::<Page>();
    let markup = Memo::new(move |_| {
        page.sheet.with(|sheet| {
            let sheet = sheet.as_ref().filter(|s| !s.goals.is_empty())?;
            let info = ExportInfo {
                date: Some(clock::today()),
                ..Default::default()
            };
            Some(page.frames.with(|frames| {
                // The review the Review region shows, not computed again.
                let mut goals = GoalSheet::new(frames, sheet);
                goals.review = page.review.get();
                sheet_html::goal_sheet(&goals, &info)
            }))
        })
    });
    move || {
        markup.get().map(|markup| {
            view! { <section class="goal-sheet-print" aria-hidden="true" inner_html=markup></section> }
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
