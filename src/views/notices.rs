//! What went wrong with storage or another tab, in the banner: no storage,
//! unsaved changes, entries that could not be read (each with a download of
//! its text), and sheets another tab deleted or replaced (each with a way to
//! keep what this tab held).

use goalframes_engine::render::slug;
use goalframes_engine::sheet::SHEET_KEY_PREFIX;
use leptos::prelude::*;

use crate::browser::download::download;
use crate::state::store::NoticeKind;
use crate::state::AppState;

/// The storage and other-tab notices.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = state.store;
    let no_storage = move || {
        (!store.with(|s| s.storage_ok())).then(|| {
            view! {
                <p class="storage-notice" role="status">
                    "Browser storage is unavailable: your sheets are kept in memory only and are lost when this page is closed or reloaded."
                </p>
            }
        })
    };
    let unsaved = move || {
        let (count, why) = store.with(|s| {
            (
                s.unsaved().len(),
                s.write_error()
                    .unwrap_or("browser storage refused the change")
                    .to_string(),
            )
        });
        (count > 0 && store.with(|s| s.storage_ok())).then(|| {
            let sheets = if count == 1 {
                "1 sheet has".to_string()
            } else {
                format!("{count} sheets have")
            };
            view! {
                <p class="storage-notice" role="alert">
                    {format!(
                        "Not saved: {why}. {sheets} changes kept in this tab only. Saving is tried again at every change; export the sheet (JSON) to keep a copy now."
                    )}
                </p>
            }
        })
    };
    let unreadable = move || {
        let entries = store.with(|s| s.unreadable().to_vec());
        (!entries.is_empty()).then(|| {
            let rows = entries
                .into_iter()
                .map(|entry| {
                    let id = entry.key.strip_prefix(SHEET_KEY_PREFIX).unwrap_or(&entry.key);
                    let file = format!("unreadable-{}.json", slug(id, "sheet"));
                    let label = format!("Download {}", entry.key);
                    let text = entry.text;
                    view! {
                        <li>
                            <code>{entry.key.clone()}</code>
                            {format!(": {}. ", entry.reason)}
                            <button
                                type="button"
                                aria-label=label
                                on:click=move |_| download(&file, "application/json", text.as_bytes())
                            >
                                "Download"
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="storage-notice unreadable" role="status">
                    <p>
                        "Some saved data could not be read. It is left exactly as it is in this browser and never written over; download it to keep it or to show it to someone who can repair it."
                    </p>
                    <ul>{rows}</ul>
                </div>
            }
        })
    };
    let other_tabs = move || {
        let notices = store.with(|s| {
            s.notices()
                .iter()
                .map(|n| (n.kind, n.sheet.name()))
                .collect::<Vec<_>>()
        });
        notices
            .into_iter()
            .enumerate()
            .map(|(i, (kind, name))| {
                let (text, keep) = match kind {
                    NoticeKind::DeletedElsewhere => (
                        format!("“{name}” was deleted in another tab. This tab still has its values."),
                        format!("Keep “{name}”"),
                    ),
                    NoticeKind::ReplacedElsewhere => (
                        format!("“{name}” was replaced by an import in another tab; this tab had changes not yet saved."),
                        format!("Keep my changes to “{name}” as a copy"),
                    ),
                };
                view! {
                    <div class="storage-notice" role="alert">
                        <p>{text}</p>
                        <button type="button" on:click=move |_| state.keep_notice(i)>{keep}</button>
                        " "
                        <button type="button" on:click=move |_| store.update(|s| s.dismiss_notice(i))>
                            "Dismiss"
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        {no_storage}
        {unsaved}
        {unreadable}
        {other_tabs}
    }
}
