//! What went wrong with storage or another tab, in the banner: no storage,
//! unsaved changes, entries that could not be read (each with a download of
//! its text), and sheets another tab deleted or replaced (each with a way to
//! keep what this tab held).

use goalframes_engine::render::slug;
use goalframes_engine::sheet::SHEET_KEY_PREFIX;
use goalframes_engine::Message;
use leptos::prelude::*;

use crate::browser::download::download;
use crate::state::store::NoticeKind;
use crate::state::AppState;

/// The storage and other-tab notices.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let store = state.store;
    let no_storage = move || {
        (!store.with(|s| s.storage_ok())).then(|| {
            view! { <p class="storage-notice" role="status">{t.notice_no_storage()}</p> }
        })
    };
    let unsaved = move || {
        let (count, why) = store.with(|s| {
            (
                s.unsaved().len(),
                s.write_error()
                    .map(|e| e.message(t))
                    .unwrap_or_else(|| t.store_refused().to_string()),
            )
        });
        (count > 0 && store.with(|s| s.storage_ok())).then(|| {
            view! {
                <p class="storage-notice" role="alert">
                    {t.notice_unsaved(count as u64, &why)}
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
                    let label = t.notice_download_entry(&entry.key);
                    let text = entry.text;
                    view! {
                        <li>
                            <code>{entry.key.clone()}</code>
                            {format!(": {}. ", entry.reason.message(t))}
                            <button
                                type="button"
                                aria-label=label
                                on:click=move |_| download(&file, "application/json", text.as_bytes())
                            >
                                {t.notice_download()}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="storage-notice unreadable" role="status">
                    <p>{t.notice_unreadable()}</p>
                    <ul>{rows}</ul>
                </div>
            }
        })
    };
    let other_tabs = move || {
        let notices = store.with(|s| {
            s.notices()
                .iter()
                .map(|n| (n.kind, n.sheet.name(t)))
                .collect::<Vec<_>>()
        });
        notices
            .into_iter()
            .enumerate()
            .map(|(i, (kind, name))| {
                let (text, keep) = match kind {
                    NoticeKind::DeletedElsewhere => (
                        t.notice_deleted_elsewhere(&name),
                        t.notice_keep_deleted(&name),
                    ),
                    NoticeKind::ReplacedElsewhere => (
                        t.notice_replaced_elsewhere(&name),
                        t.notice_keep_replaced(&name),
                    ),
                };
                view! {
                    <div class="storage-notice" role="alert">
                        <p>{text}</p>
                        <button type="button" on:click=move |_| state.keep_notice(i)>{keep}</button>
                        " "
                        <button type="button" on:click=move |_| store.update(|s| s.dismiss_notice(i))>
                            {t.dialog_dismiss()}
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
