//! Finding a profile: a search box with results as you type (an ARIA combobox
//! with a listbox), browsing group → family → level, and the saved sheets.

use goalframes_canon::CANON;
use goalframes_engine::location::Location;
use std::sync::OnceLock;

use goalframes_engine::search::SearchIndex;
use leptos::prelude::*;

use crate::sheets::SheetList;
use crate::state::AppState;

/// The most results the search box lists.
const MAX_RESULTS: usize = 12;

/// One search result, as the listbox shows it.
#[derive(Clone, Debug, PartialEq)]
struct Result {
    family: String,
    level: String,
    title: String,
    context: String,
    snippet: Option<String>,
}

impl Result {
    fn location(&self) -> Location {
        Location::profile(&self.family, &self.level)
    }
}

/// The finder page.
#[component]
pub fn Finder() -> impl IntoView {
    view! {
        <h1 id="page-heading" tabindex="-1">"Find a profile"</h1>
        <p class="lede">
            "Pick a job family at a level to see its goal frames, then fill them in for one person."
        </p>
        <Search />
        <SheetList />
        <Browse />
    }
}

/// The search index over the embedded canon, built on the first search (not at
/// start-up, whose cost must not grow with the canon) and kept for the page's life.
fn search_index() -> &'static SearchIndex<'static> {
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(&CANON))
}

/// The search box: results as you type, arrows to move, Enter to open, Escape to clear.
#[component]
fn Search() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    let results = Memo::new(move |_| {
        query.with(|q| {
            if q.trim().is_empty() {
                return Vec::new();
            }
            search_index()
                .search(q, MAX_RESULTS)
                .into_iter()
                .map(|hit| Result {
                    family: hit.profile.family.id.to_string(),
                    level: hit.profile.level.code.to_string(),
                    title: hit.profile.display_title(),
                    context: format!(
                        "{} · {} — {}",
                        hit.profile.family.group, hit.profile.level.code, hit.profile.rung.title
                    ),
                    snippet: hit.snippet,
                })
                .collect::<Vec<_>>()
        })
    });
    let open = move || results.with(|r| !r.is_empty());
    let searching = move || query.with(|q| !q.trim().is_empty());

    let go = move |index: usize| {
        if let Some(result) = results.with_untracked(|r| r.get(index).cloned()) {
            state.navigate(&result.location());
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = results.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" if count > 0 => {
                ev.prevent_default();
                go(active.get_untracked().unwrap_or(0));
            }
            "Escape" => {
                ev.prevent_default();
                query.set(String::new());
                active.set(None);
            }
            _ => {}
        }
    };
    // Keeps the active option in view as the arrows move it.
    Effect::new(move |_| {
        if let Some(i) = active.get() {
            if let Some(el) = document().get_element_by_id(&format!("result-{i}")) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });

    view! {
        <search class="search" aria-label="Profiles">
            <label for="search">"Search by family, group, title, level code or canon text"</label>
            <input
                id="search"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-describedby="search-help"
                aria-expanded=move || open().to_string()
                aria-activedescendant=move || active.get().map(|i| format!("result-{i}"))
                placeholder="e.g. database P4"
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(None);
                }
                on:keydown=on_key
            />
            <p id="search-help" class="help">
                "Results appear as you type. Up and Down choose, Enter opens, Escape clears."
            </p>
            <p class="vh" role="status">
                {move || {
                    if !searching() {
                        String::new()
                    } else {
                        match results.with(Vec::len) {
                            0 => "No profile matches.".to_string(),
                            1 => "1 profile found.".to_string(),
                            n => format!("{n} profiles found."),
                        }
                    }
                }}
            </p>
            <Show when=move || searching() && !open()>
                <p class="no-results">"No profile matches every word. Try fewer words."</p>
            </Show>
            <ul
                id="search-results"
                role="listbox"
                aria-label="Matching profiles"
                hidden=move || !open()
            >
                {move || {
                    results
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, result)| {
                            view! {
                                <li
                                    id=format!("result-{i}")
                                    role="option"
                                    aria-selected=move || (active.get() == Some(i)).to_string()
                                    class:active=move || active.get() == Some(i)
                                    on:mousedown=|ev| ev.prevent_default()
                                    on:click=move |_| go(i)
                                >
                                    <span class="result-title">{result.title}</span>
                                    <span class="result-context">{result.context}</span>
                                    {result
                                        .snippet
                                        .map(|s| view! { <span class="result-snippet">{s}</span> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </search>
    }
}

/// Groups open from the start when the canon is this small; a larger canon
/// shows its groups closed and renders a group's families only when opened, so
/// the finder's cost does not grow with the canon.
const OPEN_GROUPS_UP_TO_FAMILIES: usize = 40;

/// Every profile, group by group and family by family.
#[component]
fn Browse() -> impl IntoView {
    let mut groups: Vec<(&str, usize)> = Vec::new();
    for family in CANON.families.iter() {
        match groups.iter_mut().find(|(g, _)| *g == family.group.as_ref()) {
            Some((_, count)) => *count += 1,
            None => groups.push((&family.group, 1)),
        }
    }
    let open_all = CANON.families.len() <= OPEN_GROUPS_UP_TO_FAMILIES;
    view! {
        <section class="browse" aria-labelledby="browse-heading">
            <h2 id="browse-heading">"Browse by group"</h2>
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
    let expanded = RwSignal::new(open);
    let on_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if let Some(details) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            expanded.set(details.open());
        }
    };
    let families_word = if count == 1 { "family" } else { "families" };
    view! {
        <details class="group" open=open on:toggle=on_toggle>
            <summary>
                <h3>{group}</h3>
                <span class="count">{format!("{count} {families_word}")}</span>
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
                                                let href = Location::profile(&family.id, &level.code).to_hash();
                                                let rung = CANON
                                                    .rung(&level.code)
                                                    .map(|r| r.title.to_string())
                                                    .unwrap_or_default();
                                                view! {
                                                    <li>
                                                        <a href=href title=rung>
                                                            <span class="vh">{format!("{} ", family.name)}</span>
                                                            {level.code.as_ref()}
                                                        </a>
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
