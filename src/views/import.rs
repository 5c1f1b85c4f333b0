//! Importing a sheet: from a file (picker or drag and drop anywhere on the
//! page), a pasted sheet link or code, or a sheet link opened in the address.
//! What was read is shown first — profile, person, period, values, goals —
//! and nothing is saved until the person confirms; a sheet with the id of one
//! already here asks: keep both, replace, or cancel. Refused input gets a
//! sentence saying why, and leaves every sheet as it was.

use goalframes_canon::CANON;
use goalframes_engine::roster::MAX_ROSTER_BYTES;
use goalframes_engine::sheet::{ImportError, MAX_IMPORT_BYTES};
use goalframes_engine::Message;
use leptos::prelude::*;

use crate::browser::files::{self, ReadError};
use crate::browser::{element_ids, focus};
use crate::state::store::ImportMode;
use crate::state::AppState;

/// Offers a file's bytes for import, or says why it was not read.
fn offer_read(state: AppState, name: String, result: Result<Vec<u8>, ReadError>) {
    let t = state.t();
    let source = format!("“{name}”");
    match result {
        Ok(bytes) => state.offer_file(&name, &bytes),
        Err(ReadError::TooLarge(size)) => {
            state
                .import
                .offer(Err(ImportError::TooLarge(size).message(t)), &source, t)
        }
        Err(ReadError::Unreadable) => {
            state
                .import
                .offer(Err(t.import_unreadable().to_string()), &source, t)
        }
    }
}

/// The file picker and the field for a pasted sheet link or code.
#[component]
pub fn ImportControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let picked = move |ev: leptos::ev::Event| {
        files::read_picked(&ev, MAX_IMPORT_BYTES, move |name, result| {
            offer_read(state, name, result)
        });
    };
    let roster_picked = move |ev: leptos::ev::Event| {
        files::read_picked(&ev, MAX_ROSTER_BYTES, move |name, result| match result {
            Ok(bytes) => state.offer_roster(&name, &bytes),
            Err(e) => {
                let why = match e {
                    ReadError::TooLarge(size) => {
                        t.roster_error_too_large(&size.to_string(), &MAX_ROSTER_BYTES.to_string())
                    }
                    ReadError::Unreadable => t.import_unreadable().to_string(),
                };
                state
                    .import
                    .message
                    .set(Some((false, t.roster_file_unread(&name, &why))))
            }
        });
    };
    let code = RwSignal::new(String::new());
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = code.get_untracked();
        if !text.trim().is_empty() {
            state.offer_code(&text, t.import_source_code());
            code.set(String::new());
        }
    };
    view! {
        <div class="import-controls">
            <label class="file-button">
                {t.import_file()}
                <input
                    type="file"
                    class="vh-input"
                    accept=".json,application/json"
                    on:change=picked
                />
            </label>
            <span class="help">" " {t.import_file_help()}</span>
            <label class="file-button">
                {t.import_roster()}
                <input
                    type="file"
                    class="vh-input"
                    accept=".csv,text/csv"
                    on:change=roster_picked
                />
            </label>
            <span class="help">" " {t.import_roster_help()}</span>
            <form class="paste-code" on:submit=paste>
                <label>
                    {t.import_code_label()} " "
                    <input
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=t.import_code_placeholder()
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">{t.import_code_button()}</button>
            </form>
        </div>
    }
}

/// The import dialog and the last import's message, and the page-wide drop target.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let dragging = RwSignal::new(false);
    accept_drops(state, dragging);
    let dialog = state.import;

    let shown = move || {
        dialog.pending.get().map(|pending| {
            let sheet = pending.sheet;
            let profile = CANON
                .profile(&sheet.family, &sheet.level)
                .map(|p| p.display_title())
                .unwrap_or_default();
            let taken = state.id_taken(&sheet.id);
            let values = t.import_values(sheet.values.iter().count() as u64);
            let goals = match (sheet.goals.len(), sheet.own_goals.len()) {
                (0, _) => None,
                (n, 0) => Some(t.import_goals(n as u64)),
                (n, own) => Some(t.import_goals_own(n as u64, &own.to_string())),
            };
            let canon_note = (sheet.canon_version != CANON.version.as_ref()).then(|| {
                t.import_canon_note(&CANON.version, &sheet.canon_version)
            });
            let field = |text: Option<String>| text.unwrap_or_else(|| "—".to_string());
            let choices = if taken {
                view! {
                    <p id=element_ids::IMPORT_QUESTION>{t.import_question_taken()}</p>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| state.confirm_import(ImportMode::KeepBoth)>
                            {t.import_keep_both()}
                        </button>
                        <button type="button" class="danger" on:click=move |_| state.confirm_import(ImportMode::Replace)>
                            {t.import_replace()}
                        </button>
                        <button type="button" on:click=move |_| dialog.cancel()>
                            {t.dialog_cancel()}
                        </button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p id=element_ids::IMPORT_QUESTION>{t.import_question()}</p>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| state.confirm_import(ImportMode::Replace)>
                            {t.import_import()}
                        </button>
                        <button type="button" on:click=move |_| dialog.cancel()>
                            {t.dialog_cancel()}
                        </button>
                    </div>
                }
                .into_any()
            };
            view! {
                <section
                    class="import-dialog"
                    role="dialog"
                    aria-labelledby=element_ids::IMPORT_HEADING
                    aria-describedby=element_ids::IMPORT_QUESTION
                >
                    <h2 id=element_ids::IMPORT_HEADING tabindex="-1">
                        {t.import_heading(&pending.source)}
                    </h2>
                    <dl class="import-summary">
                        <div><dt>{t.import_profile()}</dt><dd>{profile}</dd></div>
                        <div><dt>{t.sheet_person()}</dt><dd>{field(sheet.person.clone())}</dd></div>
                        <div><dt>{t.sheet_period()}</dt><dd>{field(sheet.period.clone())}</dd></div>
                        <div><dt>{t.import_values_label()}</dt><dd>{values}</dd></div>
                        {goals.map(|g| view! { <div><dt>{t.import_goals_label()}</dt><dd>{g}</dd></div> })}
                    </dl>
                    {canon_note.map(|n| view! { <p class="notice">{n}</p> })}
                    {choices}
                </section>
            }
        })
    };
    // Focus the dialog's heading when it opens, so that keyboard and screen
    // reader users land on the question.
    Effect::new(move |_| {
        if dialog.pending.with(|p| p.is_some()) {
            focus::before_next_paint(|| focus::focus(element_ids::IMPORT_HEADING));
        }
    });
    let roster = move || {
        dialog.roster.get().map(|pending| {
            let count = pending.roster.people.len();
            let rows = pending
                .roster
                .people
                .iter()
                .map(|p| {
                    let profile = CANON
                        .profile(&p.family, &p.level)
                        .map(|p| p.display_title())
                        .unwrap_or_default();
                    view! {
                        <tr>
                            <td>{p.line}</td>
                            <td>{p.name.clone()}</td>
                            <td>{profile}</td>
                            <td>{p.period.clone().unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let errors = (!pending.roster.errors.is_empty()).then(|| {
                let items = pending
                    .roster
                    .errors
                    .iter()
                    .map(|e| view! { <li>{t.import_roster_line(&e.line.to_string(), &e.message)}</li> })
                    .collect_view();
                view! {
                    <h3>{t.import_rows_left_out()}</h3>
                    <ul class="roster-errors">{items}</ul>
                }
            });
            let start = t.import_start_sheets(count as u64);
            view! {
                <section
                    class="import-dialog"
                    role="dialog"
                    aria-labelledby=element_ids::IMPORT_HEADING
                    aria-describedby=element_ids::IMPORT_QUESTION
                >
                    <h2 id=element_ids::IMPORT_HEADING tabindex="-1">
                        {t.import_roster_heading(&pending.file)}
                    </h2>
                    <table class="roster">
                        <thead>
                            <tr>
                                <th scope="col">{t.import_line()}</th>
                                <th scope="col">{t.sheet_person()}</th>
                                <th scope="col">{t.import_profile()}</th>
                                <th scope="col">{t.sheet_period()}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {errors}
                    <p id=element_ids::IMPORT_QUESTION>{t.import_roster_question(count as u64)}</p>
                    <div class="dialog-buttons">
                        <button type="button" disabled=count == 0 on:click=move |_| state.confirm_roster()>
                            {start}
                        </button>
                        <button type="button" on:click=move |_| dialog.cancel()>{t.dialog_cancel()}</button>
                    </div>
                </section>
            }
        })
    };
    Effect::new(move |_| {
        if dialog.roster.with(|p| p.is_some()) {
            focus::before_next_paint(|| focus::focus(element_ids::IMPORT_HEADING));
        }
    });
    let message = move || {
        dialog.message.get().map(|(ok, text)| {
            view! {
                <div class=if ok { "import-message ok" } else { "import-message error" } role=if ok { "status" } else { "alert" }>
                    <p>{text}</p>
                    <button type="button" on:click=move |_| dialog.message.set(None)>
                        {t.dialog_dismiss()}
                    </button>
                </div>
            }
        })
    };
    view! {
        <Show when=move || dragging.get()>
            <p class="drop-hint" role="status">{t.import_drop()}</p>
        </Show>
        {message}
        {shown}
        {roster}
    }
}

/// Files dropped anywhere on the page are imported (and never opened by the
/// browser in place of the app).
fn accept_drops(state: AppState, dragging: RwSignal<bool>) {
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if files::drags_files(&ev) {
            ev.prevent_default();
            if !dragging.get_untracked() {
                dragging.set(true);
            }
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        if files::left_window(&ev) {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if files::drags_files(&ev) {
            ev.prevent_default();
            files::read_dropped(&ev, MAX_IMPORT_BYTES, move |name, result| {
                offer_read(state, name, result)
            });
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
}
