//! Importing a sheet: from a file (picker or drag and drop anywhere on the
//! page), a pasted sheet link or code, or a sheet link opened in the address.
//! What was read is shown first — profile, person, period, values, goals —
//! and nothing is saved until the person confirms; a sheet with the id of one
//! already here asks: keep both, replace, or cancel. Refused input gets a
//! sentence saying why, and leaves every sheet as it was.

use goalframes_canon::CANON;
use goalframes_engine::roster::MAX_ROSTER_BYTES;
use goalframes_engine::sheet::{ImportError, MAX_IMPORT_BYTES};
use leptos::prelude::*;

use crate::browser::files::{self, ReadError};
use crate::browser::{element_ids, focus};
use crate::state::store::ImportMode;
use crate::state::AppState;

/// Offers a file's bytes for import, or says why it was not read.
fn offer_read(state: AppState, name: String, result: Result<Vec<u8>, ReadError>) {
    let source = format!("“{name}”");
    match result {
        Ok(bytes) => state.offer_file(&name, &bytes),
        Err(ReadError::TooLarge(size)) => state
            .import
            .offer(Err(ImportError::TooLarge(size).to_string()), &source),
        Err(ReadError::Unreadable) => state.import.offer(
            Err("the browser could not read the file".to_string()),
            &source,
        ),
    }
}

/// The file picker and the field for a pasted sheet link or code.
#[component]
pub fn ImportControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let picked = move |ev: leptos::ev::Event| {
        files::read_picked(&ev, MAX_IMPORT_BYTES, move |name, result| {
            offer_read(state, name, result)
        });
    };
    let roster_picked = move |ev: leptos::ev::Event| {
        files::read_picked(&ev, MAX_ROSTER_BYTES, move |name, result| match result {
            Ok(bytes) => state.offer_roster(&name, &bytes),
            Err(e) => state.import.message.set(Some((
                false,
                format!(
                    "Could not read the roster “{name}”: {}. No sheet was started.",
                    match e {
                        ReadError::TooLarge(size) =>
                            format!("it is too large ({size} bytes; at most {MAX_ROSTER_BYTES})"),
                        ReadError::Unreadable => "the browser could not read the file".to_string(),
                    }
                ),
            ))),
        });
    };
    let code = RwSignal::new(String::new());
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = code.get_untracked();
        if !text.trim().is_empty() {
            state.offer_code(&text, "a sheet link or code");
            code.set(String::new());
        }
    };
    view! {
        <div class="import-controls">
            <label class="file-button">
                "Import a sheet (.json)"
                <input
                    type="file"
                    class="vh-input"
                    accept=".json,application/json"
                    on:change=picked
                />
            </label>
            <span class="help">
                " or drop a sheet file anywhere on this page. A sheet link opens here by itself."
            </span>
            <label class="file-button">
                "Start sheets from a roster (.csv)"
                <input
                    type="file"
                    class="vh-input"
                    accept=".csv,text/csv"
                    on:change=roster_picked
                />
            </label>
            <span class="help">
                " A roster has the columns name, family, level and period: one sheet per row."
            </span>
            <form class="paste-code" on:submit=paste>
                <label>
                    "Sheet link or code "
                    <input
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder="Paste a link or code a colleague sent"
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">"Import from link or code"</button>
            </form>
        </div>
    }
}

/// The import dialog and the last import's message, and the page-wide drop target.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
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
            let values = match sheet.values.iter().count() {
                1 => "1 filled value".to_string(),
                n => format!("{n} filled values"),
            };
            let goals = match (sheet.goals.len(), sheet.own_goals.len()) {
                (0, _) => None,
                (1, 0) => Some("1 goal kept".to_string()),
                (n, 0) => Some(format!("{n} goals kept")),
                (n, own) => Some(format!("{n} goals kept, {own} of them the person’s own")),
            };
            let canon_note = (sheet.canon_version != CANON.version.as_ref()).then(|| {
                format!(
                    "Filled against canon version {}; this app has {}. Changes will be shown when it opens.",
                    sheet.canon_version, CANON.version
                )
            });
            let field = |text: Option<String>| text.unwrap_or_else(|| "—".to_string());
            let choices = if taken {
                view! {
                    <p id=element_ids::IMPORT_QUESTION>
                        "A sheet with the same id is already in this browser. Keep both, replace it with the imported one, or cancel?"
                    </p>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| state.confirm_import(ImportMode::KeepBoth)>
                            "Keep both"
                        </button>
                        <button type="button" class="danger" on:click=move |_| state.confirm_import(ImportMode::Replace)>
                            "Replace"
                        </button>
                        <button type="button" on:click=move |_| dialog.cancel()>
                            "Cancel"
                        </button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p id=element_ids::IMPORT_QUESTION>"Import this sheet into this browser?"</p>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| state.confirm_import(ImportMode::Replace)>
                            "Import"
                        </button>
                        <button type="button" on:click=move |_| dialog.cancel()>
                            "Cancel"
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
                        {format!("Import a sheet from {}", pending.source)}
                    </h2>
                    <dl class="import-summary">
                        <div><dt>"Profile"</dt><dd>{profile}</dd></div>
                        <div><dt>"Person"</dt><dd>{field(sheet.person.clone())}</dd></div>
                        <div><dt>"Period"</dt><dd>{field(sheet.period.clone())}</dd></div>
                        <div><dt>"Values"</dt><dd>{values}</dd></div>
                        {goals.map(|g| view! { <div><dt>"Goals"</dt><dd>{g}</dd></div> })}
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
                    .map(|e| view! { <li>{format!("Line {}: {}", e.line, e.message)}</li> })
                    .collect_view();
                view! {
                    <h3>"Rows left out"</h3>
                    <ul class="roster-errors">{items}</ul>
                }
            });
            let start = format!(
                "Start {count} sheet{}",
                if count == 1 { "" } else { "s" }
            );
            view! {
                <section
                    class="import-dialog"
                    role="dialog"
                    aria-labelledby=element_ids::IMPORT_HEADING
                    aria-describedby=element_ids::IMPORT_QUESTION
                >
                    <h2 id=element_ids::IMPORT_HEADING tabindex="-1">
                        {format!("Start sheets from “{}”", pending.file)}
                    </h2>
                    <table class="roster">
                        <thead>
                            <tr>
                                <th scope="col">"Line"</th>
                                <th scope="col">"Person"</th>
                                <th scope="col">"Profile"</th>
                                <th scope="col">"Period"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {errors}
                    <p id=element_ids::IMPORT_QUESTION>
                        {format!("Start one sheet for each of the {count} rows above?")}
                    </p>
                    <div class="dialog-buttons">
                        <button type="button" disabled=count == 0 on:click=move |_| state.confirm_roster()>
                            {start}
                        </button>
                        <button type="button" on:click=move |_| dialog.cancel()>"Cancel"</button>
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
                        "Dismiss"
                    </button>
                </div>
            }
        })
    };
    view! {
        <Show when=move || dragging.get()>
            <p class="drop-hint" role="status">"Drop the sheet file to import it."</p>
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
