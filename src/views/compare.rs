//! Profiles side by side (`#compare=family:LEVEL,…`): a column per profile, a
//! row per level dimension, the responsibilities, the component
//! responsibilities and each rubric, verbatim with their sources; rows that
//! differ are marked, absent fields say so. Prints, and exports as Markdown
//! and CSV; and the tray that collects profiles to compare.

use goalframes_canon::CANON;
use goalframes_engine::compare::{compare, Comparison};
use goalframes_engine::render::{slug, Format};
use goalframes_engine::url::Location;
use leptos::prelude::*;

use crate::browser::{download::download, element_ids, page};
use crate::state::AppState;

/// The compare page.
#[component]
pub fn ComparePage(
    /// The profiles, as (family id, level code).
    profiles: Vec<(String, String)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    page::set_title(t.compare_title());
    match compare(&CANON, &profiles, state.lang.get_untracked()) {
        Ok(c) => {
            let c = StoredValue::new(c);
            view! { <Table comparison=c profiles=profiles /> }.into_any()
        }
        Err(e) => view! {
            <h1 id=element_ids::PAGE_HEADING tabindex="-1">{t.compare_page()}</h1>
            <p class="not-found" role="alert">{t.compare_cannot(&e)}</p>
            <p><a href=state.href(&Location::default())>{t.finder_heading()}</a></p>
        }
        .into_any(),
    }
}

#[component]
fn Table(comparison: StoredValue<Comparison>, profiles: Vec<(String, String)>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let c = comparison.get_value();
    let title = c
        .columns
        .iter()
        .map(|col| col.title.clone())
        .collect::<Vec<_>>()
        .join(" · ");
    let export = move |format: Format| {
        let c = comparison.get_value();
        if let Some(text) = goalframes_engine::render::comparison(&c, format) {
            let stem: Vec<String> = c
                .columns
                .iter()
                .map(|col| format!("{}-{}", col.family, col.level))
                .collect();
            let name = format!(
                "{}.{}",
                slug(&format!("compare-{}", stem.join("-")), "compare"),
                format.extension()
            );
            download(&name, format.mime(), text.as_bytes());
        }
    };
    let header = c
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| {
            let href = state.href(&Location::profile(&col.family, &col.level));
            let rest: Vec<(String, String)> = profiles
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, p)| p.clone())
                .collect();
            let without = state.href(&Location::comparing(rest));
            view! {
                <th scope="col">
                    <a href=href>{col.title.clone()}</a>
                    <span class="compare-level">{format!("{} — {}", col.level, col.level_title)}</span>
                    <a class="remove-column" href=without>
                        {t.compare_remove()} <span class="vh">{format!(" {}", t.compare_remove_what(&col.title))}</span>
                    </a>
                </th>
            }
        })
        .collect_view();
    let rows = c
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|cell| match cell {
                    None => view! { <td class="absent">{t.compare_absent()}</td> }.into_any(),
                    Some(cell) if cell.texts.len() == 1 => view! {
                        <td>
                            <span class="canon">{cell.texts[0].clone()}</span>
                            <small class="compare-source">{format!("{} {}", t.label_colon(t.doc_source()), cell.source)}</small>
                        </td>
                    }
                    .into_any(),
                    Some(cell) => view! {
                        <td>
                            <ol>{cell.texts.iter().map(|text| view! { <li class="canon">{text.clone()}</li> }).collect_view()}</ol>
                            <small class="compare-source">{format!("{} {}", t.label_colon(t.doc_source()), cell.source)}</small>
                        </td>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <tr class:differs=row.differs>
                    <th scope="row">
                        {row.label.clone()}
                        {row.differs.then(|| view! { <span class="differs-mark">{t.compare_differs_mark()}</span> })}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let differing = c.rows.iter().filter(|r| r.differs).count();
    view! {
        <nav class="breadcrumb" aria-label=t.app_breadcrumb()>
            <ol>
                <li><a href=state.href(&Location::default())>{t.app_all_profiles()}</a></li>
                <li aria-current="page">{t.compare_crumb()}</li>
            </ol>
        </nav>
        <h1 id=element_ids::PAGE_HEADING tabindex="-1">{t.compare_heading(&title)}</h1>
        <p class="lede">
            {t.compare_lede(&CANON.name, &differing.to_string(), &c.rows.len().to_string())}
        </p>
        <div class="toolbar">
            <button type="button" on:click=move |_| page::print()>{t.exports_print()}</button>
            <button type="button" on:click=move |_| export(Format::Markdown)>{t.format_markdown()}</button>
            <button type="button" on:click=move |_| export(Format::Csv)>{t.format_csv()}</button>
        </div>
        <div class="compare-scroll" role="region" aria-label=t.compare_region() tabindex="0">
            <table class="compare">
                // The field column is as wide as its labels; the profiles share
                // the rest equally (style/compare.css: a fixed layout).
                <colgroup>
                    <col class="compare-field" />
                    {c.columns.iter().map(|_| view! { <col /> }).collect_view()}
                </colgroup>
                <thead>
                    <tr><th scope="col"><span class="vh">{t.compare_field()}</span></th>{header}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Profiles picked with "Add to compare", with a link that compares them.
#[component]
pub fn CompareTray() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    move || {
        let picked = state.compare.get();
        (!picked.is_empty()).then(|| {
            let names: Vec<String> = picked
                .iter()
                .filter_map(|(f, l)| CANON.profile(f, l).map(|p| p.display_title()))
                .collect();
            let count = picked.len();
            let href = state.href(&Location::comparing(picked));
            view! {
                <aside class="compare-tray" aria-label=t.compare_tray()>
                    <span>{t.compare_to_compare(&names.join(", "))}</span>
                    <a class="button-link" href=href>{t.compare_profiles(count as u64)}</a>
                    <button type="button" on:click=move |_| state.compare.set(Vec::new())>{t.compare_clear()}</button>
                </aside>
            }
        })
    }
}

/// "Add to compare" for one profile.
#[component]
pub fn AddToCompare(
    /// The family id.
    #[prop(into)]
    family: Signal<String>,
    /// The level code.
    #[prop(into)]
    level: Signal<String>,
    /// The profile's name, for the button's accessible name.
    #[prop(into)]
    name: Signal<String>,
    /// A small "+" (in lists) rather than the words.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let profile = move || (family.get(), level.get());
    let added = move || state.compare.with(|c| c.contains(&profile()));
    // Starts with the visible words, so speech users can say what they see.
    let label = move || t.compare_add_profile(&name.get());
    view! {
        <button
            type="button"
            class="add-compare"
            class:compact=compact
            aria-label=label
            title=label
            aria-pressed=move || added().to_string()
            on:click=move |_| state.add_to_compare(&family.get_untracked(), &level.get_untracked())
        >
            {if compact { "+" } else { t.compare_add() }}
        </button>
    }
}
