//! What changed in the canon since the open sheet was filled.

use goalframes_canon::CANON;
use goalframes_engine::drift;
use leptos::prelude::*;

use crate::browser::clipboard;
use crate::views::profile::page::Page;

/// What changed in the canon since the open sheet was filled: items changed,
/// removed and added, and the values whose item is gone (orphaned), each with
/// a copy button. Every value stays in the sheet; "Mark as reviewed" records
/// today's canon for it.
#[component]
pub fn DriftNotice() -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    let frames = page.frames;
    let report = Memo::new(move |_| {
        let sheet = page.sheet.get()?;
        frames.with(|frames| {
            let label = |key: &str| {
                frames
                    .items()
                    .find(|(_, i)| i.key == key)
                    .map(|(_, i)| i.label.clone())
                    .unwrap_or_else(|| key.to_string())
            };
            // Sheets saved before fingerprints were kept can only say the version changed.
            let drift = if sheet.fingerprints.is_empty() {
                drift::Drift::default()
            } else {
                drift::compare(&sheet.fingerprints, frames)
            };
            let version_changed = sheet.canon_version != CANON.version;
            let orphaned: Vec<(String, String, String)> = drift::orphaned(&sheet.values, frames)
                .into_iter()
                .map(|(item, slot, value)| {
                    (
                        item.to_string(),
                        slot.label(t.lang()).to_string(),
                        value.to_string(),
                    )
                })
                .collect();
            if drift.is_empty() && !version_changed && orphaned.is_empty() {
                return None;
            }
            let names =
                |keys: &[String]| keys.iter().map(|k| label(k)).collect::<Vec<_>>().join(", ");
            Some((
                sheet.id.clone(),
                sheet.canon_version.clone(),
                version_changed,
                names(&drift.changed),
                drift.removed.join(", "),
                names(&drift.added),
                orphaned,
            ))
        })
    });
    let copied = RwSignal::new(String::new());
    move || {
        report.get().map(|(id, version, version_changed, changed, removed, added, orphaned)| {
            let heading = if version_changed {
                t.drift_changed(&CANON.version, &version)
            } else {
                t.drift_orphans_only().to_string()
            };
            let list = |label: &'static str, items: String| {
                (!items.is_empty())
                    .then(|| view! { <li><strong>{t.label_colon(label)}</strong> " " {items}</li> })
            };
            let orphans = (!orphaned.is_empty()).then(|| {
                let rows = orphaned
                    .into_iter()
                    .map(|(item, slot, value)| {
                        let text = format!("{item} {slot}: {value}");
                        let name = t.drift_copy_orphan(&item, &slot);
                        view! {
                            <li>
                                <span class="value">{format!("{item} · {slot}: ")} <q>{value}</q></span>
                                <button
                                    type="button"
                                    aria-label=name
                                    on:click=move |_| {
                                        let text = text.clone();
                                        leptos::task::spawn_local(async move {
                                            let done = clipboard::copy(&text).await;
                                            copied.set(if done { t.drift_copied() } else { t.frames_copy_failed() }.to_string());
                                        });
                                    }
                                >
                                    {t.view_copy()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{t.drift_orphaned()}</h3>
                    <p>{t.drift_orphaned_help()}</p>
                    <ul class="orphaned">{rows}</ul>
                    <span class="copied" role="status">{move || copied.get()}</span>
                }
            });
            let reviewed = move |_| page.state.mark_reviewed(&id, page.fingerprints());
            view! {
                <section class="drift" aria-labelledby="drift-heading">
                    <h3 id="drift-heading">{heading}</h3>
                    <p>{t.drift_kept()}</p>
                    <ul>
                        {list(t.drift_changed_items(), changed)}
                        {list(t.drift_removed_items(), removed)}
                        {list(t.drift_new_items(), added)}
                    </ul>
                    {orphans}
                    <button type="button" on:click=reviewed>{t.drift_mark_reviewed()}</button>
                </section>
            }
        })
    }
}
