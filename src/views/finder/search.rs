//! The search box: results as you type (an ARIA combobox with a listbox);
//! arrows choose, Enter opens, Escape clears.

use std::sync::OnceLock;

use goalframes_canon::CANON;
use goalframes_engine::search::{highlight, SearchIndex};
use goalframes_engine::url::Location;
use leptos::prelude::*;

use crate::browser::{element_ids, focus};
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

/// The search index over the embedded canon, built on the first search (not at
/// start-up, whose cost must not grow with the canon) and kept for the page's life.
fn search_index() -> &'static SearchIndex<'static> {
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(&CANON))
}

/// The search box: results as you type, arrows to move, Enter to open, Escape to clear.
#[component]
pub fn Search() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
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
                        "{} · {} · {} — {}",
                        hit.profile.family.group,
                        hit.profile.family.name,
                        hit.profile.level.code,
                        hit.profile.rung.title
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
            focus::scroll_into_view(&element_ids::search_result(i));
        }
    });

    view! {
        <search class="search" aria-label=t.search_region()>
            <label for=element_ids::SEARCH>{t.search_label()}</label>
            <input
                id=element_ids::SEARCH
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=element_ids::SEARCH_RESULTS
                aria-describedby="search-help"
                aria-expanded=move || open().to_string()
                aria-activedescendant=move || active.get().map(element_ids::search_result)
                placeholder=t.search_placeholder()
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(None);
                }
                on:keydown=on_key
            />
            <p id="search-help" class="help">{t.search_help()}</p>
            <p class="vh" role="status">
                {move || {
                    if !searching() {
                        String::new()
                    } else {
                        t.search_found(results.with(Vec::len) as u64)
                    }
                }}
            </p>
            <Show when=move || searching() && !open()>
                <p class="no-results">{t.search_none()}</p>
            </Show>
            <ul
                id=element_ids::SEARCH_RESULTS
                role="listbox"
                aria-label=t.search_results()
                hidden=move || !open()
            >
                {move || {
                    let typed = query.get_untracked();
                    results
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, result)| {
                            view! {
                                <li
                                    id=element_ids::search_result(i)
                                    role="option"
                                    aria-selected=move || (active.get() == Some(i)).to_string()
                                    class:active=move || active.get() == Some(i)
                                    on:mousedown=|ev| ev.prevent_default()
                                    on:click=move |_| go(i)
                                >
                                    <span class="result-title">{marked(&result.title, &typed)}</span>
                                    <span class="result-context">{marked(&result.context, &typed)}</span>
                                    {result
                                        .snippet
                                        .map(|s| view! { <span class="result-snippet">{marked(&s, &typed)}</span> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </search>
    }
}

/// Text with the parts that matched the query marked.
fn marked(text: &str, query: &str) -> impl IntoView {
    highlight(text, query)
        .into_iter()
        .map(|(hit, part)| {
            let part = part.to_string();
            if hit {
                view! { <mark>{part}</mark> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
