//! The saved sheets: a list to open, rename, duplicate and delete them.

use goalframes_canon::CANON;
use goalframes_engine::url::Location;
use leptos::prelude::*;

use crate::state::AppState;
use crate::views::import::ImportControls;

/// Every sheet in this browser.
#[component]
pub fn SheetList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let ids = Memo::new(move |_| {
        state
            .store
            .with(|s| s.sheets().iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <section class="sheets" aria-labelledby="sheets-heading">
            <h2 id="sheets-heading">{t.sheets_heading()}</h2>
            <ImportControls />
            <Show
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=move || view! { <p class="help">{t.sheets_none()}</p> }
            >
                <ul class="sheet-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <SheetRow id=id />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// One sheet: open link, and rename, duplicate, delete.
#[component]
fn SheetRow(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let sheet = Memo::new(move |_| state.sheet(&id.get_value()));
    let name = move || sheet.with(|s| s.as_ref().map(|s| s.name(t)).unwrap_or_default());
    let href = move || {
        sheet.with(|s| {
            s.as_ref()
                .map(|s| {
                    state.href(&Location {
                        sheet: Some(s.id.clone()),
                        ..Location::profile(&s.family, &s.level)
                    })
                })
                .unwrap_or_default()
        })
    };
    let profile = move || {
        sheet.with(|s| {
            s.as_ref()
                .and_then(|s| CANON.profile(&s.family, &s.level))
                .map(|p| p.display_title())
                .unwrap_or_else(|| t.sheets_profile_gone().to_string())
        })
    };
    let updated = move || {
        sheet.with(|s| {
            s.as_ref()
                .map(|s| {
                    let when = s.updated.get(..16).unwrap_or(&s.updated).replace('T', " ");
                    t.sheets_updated(&t.screen_text(&when))
                })
                .unwrap_or_default()
        })
    };
    let input_id = format!("rename-{}", id.get_value());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.rename(&id.get_value(), &draft.get_untracked()) {
            Ok(()) => {
                renaming.set(false);
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };

    view! {
        <li class="sheet">
            <a class="sheet-name" href=href>{name}</a>
            <span class="sheet-meta">
                {profile} " · " {updated}
            </span>
            <span class="sheet-actions">
                <button
                    type="button"
                    aria-expanded=move || renaming.get().to_string()
                    on:click=move |_| {
                        draft.set(sheet.with_untracked(|s| s.as_ref().and_then(|s| s.person.clone()).unwrap_or_default()));
                        renaming.update(|r| *r = !*r);
                    }
                >
                    {t.sheets_rename()}
                    <span class="vh">{move || format!(" {}", name())}</span>
                </button>
                <button type="button" on:click=move |_| state.duplicate(&id.get_value())>
                    {t.sheets_duplicate()}
                    <span class="vh">{move || format!(" {}", name())}</span>
                </button>
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button type="button" on:click=move |_| confirming.set(true)>
                                {t.sheets_delete()}
                                <span class="vh">{move || format!(" {}", name())}</span>
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| state.delete(&id.get_value())
                    >
                        {t.sheets_confirm_delete()}
                        <span class="vh">{move || format!(" {}", name())}</span>
                    </button>
                    <button type="button" on:click=move |_| confirming.set(false)>
                        {t.sheets_keep()}
                    </button>
                </Show>
            </span>
            <Show when=move || renaming.get()>
                <form class="rename" on:submit=save>
                    <label for=input_id.clone()>{t.sheet_person()}</label>
                    <input
                        id=input_id.clone()
                        type="text"
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                    <button type="submit">{t.sheets_save_name()}</button>
                    {move || error.get().map(|e| view! { <span class="error" role="alert">{e}</span> })}
                </form>
            </Show>
        </li>
    }
}
