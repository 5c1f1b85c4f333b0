//! Importing a sheet: from a file (picker or drag and drop anywhere on the
//! page) or a sheet link. What was read is shown first — profile, person,
//! period, number of values — and nothing is saved until the person confirms;
//! a sheet with the id of one already here asks: keep both, replace, or cancel.
//! Refused input gets a sentence saying why, and leaves every sheet as it was.

use goalframes_canon::CANON;
use goalframes_engine::sheet::MAX_IMPORT_BYTES;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::state::{AppState, ImportMode};

/// Reads a chosen or dropped file and offers it for import.
pub fn read_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        // Refused before reading a byte of it.
        let message = goalframes_engine::sheet::ImportError::TooLarge(size).to_string();
        state.offer_import(Err(message), &format!("“{name}”"));
        return;
    }
    leptos::task::spawn_local(async move {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                state.offer_file(&name, &bytes);
            }
            Err(_) => state.offer_import(
                Err("the browser could not read the file".to_string()),
                &format!("“{name}”"),
            ),
        }
    });
}

/// The file picker, with a hint that a file can be dropped anywhere.
#[component]
pub fn ImportControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let picked = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(state, file);
        }
        // The same file can be picked again after a fix.
        input.set_value("");
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
        </div>
    }
}

/// The import dialog and the last import's message, and the page-wide drop target.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dragging = RwSignal::new(false);
    accept_drops(state, dragging);

    let dialog = move || {
        state.pending_import.get().map(|pending| {
            let sheet = pending.sheet;
            let profile = CANON
                .profile(&sheet.family, &sheet.level)
                .map(|p| p.display_title())
                .unwrap_or_default();
            let taken = state.id_taken(&sheet.id);
            let count = sheet.values.iter().count();
            let values = match count {
                1 => "1 filled value".to_string(),
                n => format!("{n} filled values"),
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
                    <p id="import-question">
                        "A sheet with the same id is already in this browser. Keep both, replace it with the imported one, or cancel?"
                    </p>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| state.confirm_import(ImportMode::KeepBoth)>
                            "Keep both"
                        </button>
                        <button type="button" class="danger" on:click=move |_| state.confirm_import(ImportMode::Replace)>
                            "Replace"
                        </button>
                        <button type="button" on:click=move |_| state.pending_import.set(None)>
                            "Cancel"
                        </button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p id="import-question">"Import this sheet into this browser?"</p>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| state.confirm_import(ImportMode::Replace)>
                            "Import"
                        </button>
                        <button type="button" on:click=move |_| state.pending_import.set(None)>
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
                    aria-labelledby="import-heading"
                    aria-describedby="import-question"
                >
                    <h2 id="import-heading" tabindex="-1">
                        {format!("Import a sheet from {}", pending.source)}
                    </h2>
                    <dl class="import-summary">
                        <div><dt>"Profile"</dt><dd>{profile}</dd></div>
                        <div><dt>"Person"</dt><dd>{field(sheet.person.clone())}</dd></div>
                        <div><dt>"Period"</dt><dd>{field(sheet.period.clone())}</dd></div>
                        <div><dt>"Values"</dt><dd>{values}</dd></div>
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
        if state.pending_import.with(|p| p.is_some()) {
            request_animation_frame(|| crate::focus_by_id("import-heading"));
        }
    });
    let message = move || {
        state.import_message.get().map(|(ok, text)| {
            view! {
                <div class=if ok { "import-message ok" } else { "import-message error" } role=if ok { "status" } else { "alert" }>
                    <p>{text}</p>
                    <button type="button" on:click=move |_| state.import_message.set(None)>
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
        {dialog}
    }
}

/// Files dropped anywhere on the page are imported (and never opened by the
/// browser in place of the app).
fn accept_drops(state: AppState, dragging: RwSignal<bool>) {
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer()
            .map(|dt| {
                dt.types()
                    .iter()
                    .any(|t| t.as_string().as_deref() == Some("Files"))
            })
            .unwrap_or(false)
    };
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            if !dragging.get_untracked() {
                dragging.set(true);
            }
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window: the related target is outside the document.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if !has_files(&ev) {
            return;
        }
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0))
        {
            read_file(state, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
}

/// The element an event happened on.
fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target().expect("an event target").unchecked_into()
}
