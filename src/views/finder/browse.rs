//! Browsing every profile, group by group and family by family.

use goalframes_canon::CANON;
use goalframes_engine::url::Location;
use leptos::prelude::*;

use crate::state::AppState;
use crate::views::compare::AddToCompare;

/// Groups open from the start when the canon is this small; a larger canon
/// shows its groups closed and renders a group's families only when opened, so
/// the finder's cost does not grow with the canon.
const OPEN_GROUPS_UP_TO_FAMILIES: usize = 40;

/// Every profile, group by group and family by family.
#[component]
pub fn Browse() -> impl IntoView {
    let mut groups: Vec<(&str, usize)> = Vec::new();
    for family in CANON.families.iter() {
        match groups.iter_mut().find(|(g, _)| *g == family.group.as_ref()) {
            Some((_, count)) => *count += 1,
            None => groups.push((&family.group, 1)),
        }
    }
    let open_all = CANON.families.len() <= OPEN_GROUPS_UP_TO_FAMILIES;
    let t = expect_context::<AppState>().t();
    view! {
        <section class="browse" aria-labelledby="browse-heading">
            <h2 id="browse-heading">{t.finder_browse()}</h2>
            {groups
                .into_iter()
                .map(|(group, count)| view! { <BrowseGroup group=group count=count open=open_all /> })
                .collect_view()}
        </section>
    }
}

/// One group: its families and their levels, rendered once the group is open.
#[component]
fn BrowseGroup(group: &'static str, count: usize, open: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let expanded = RwSignal::new(open);
    let details = NodeRef::<leptos::html::Details>::new();
    let on_toggle = move |_| {
        if let Some(details) = details.get() {
            expanded.set(details.open());
        }
    };
    let families = state.t().finder_families(count as u64);
    view! {
        <details class="group" open=open node_ref=details on:toggle=on_toggle>
            <summary>
                <h3>{group}</h3>
                <span class="count">{families}</span>
            </summary>
            <Show when=move || expanded.get()>
                <ul class="families">
                    {CANON
                        .families
                        .iter()
                        .filter(|f| f.group == group)
                        .map(|family| {
                            view! {
                                <li>
                                    <span class="family-name">{family.name.as_ref()}</span>
                                    <ul class="levels">
                                        {family
                                            .levels
                                            .iter()
                                            .map(|level| {
                                                let href = state.href(&Location::profile(&family.id, &level.code));
                                                let rung = CANON
                                                    .rung(&level.code)
                                                    .map(|r| r.title.to_string())
                                                    .unwrap_or_default();
                                                // The profile's own title where it has one, else the ladder's.
                                                let title = level.title.as_deref().map(str::to_string).unwrap_or_else(|| rung.clone());
                                                let name = format!("{} {}", family.name, level.code);
                                                view! {
                                                    <li>
                                                        <a href=href title=rung>
                                                            <span class="vh">{format!("{} ", family.name)}</span>
                                                            <span class="level-code">{level.code.as_ref()}</span>
                                                            <span class="level-title">{title}</span>
                                                        </a>
                                                        <AddToCompare family=family.id.to_string() level=level.code.to_string() name=name compact=true />
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </Show>
        </details>
    }
}
