//! A profile's page: heading, breadcrumb, preamble, the sheet being filled, and
//! the four frames.

use std::collections::BTreeMap;
use std::sync::Arc;

use goalframes_canon::CANON;
use goalframes_engine::drift;
use goalframes_engine::location::Location;
use goalframes_engine::render::text;
use goalframes_engine::values::check_value;
use goalframes_engine::{build_frames, FrameKind, Profile, ProfileFrames, SlotKind, Values};
use leptos::prelude::*;

use crate::frame::FrameView;
use crate::state::AppState;

/// A value a slot refused, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    /// The engine's reason, shown beside the slot.
    pub reason: String,
    /// The text as typed.
    pub text: String,
}

/// What the frames of one page share: the values being filled and how to change them.
#[derive(Clone, Copy)]
pub struct Page {
    /// The open sheet's values (empty until the first one is typed).
    pub values: Memo<Values>,
    /// Refused values, by item and slot: the reason and the text refused,
    /// which the slot keeps showing so that it can be corrected.
    pub errors: RwSignal<BTreeMap<(String, SlotKind), Refused>>,
    /// Whether every line shows where its canon text comes from.
    pub show_sources: RwSignal<bool>,
    state: AppState,
    profile: StoredValue<(String, String)>,
}

impl Page {
    /// What a slot's inputs show: the refused text while there is one, else
    /// the value, or "" when unfilled.
    pub fn shown(&self, item: &str, slot: SlotKind) -> String {
        let key = (item.to_string(), slot);
        match self.errors.with(|e| e.get(&key).map(|r| r.text.clone())) {
            Some(text) => text,
            None => self.value(item, slot),
        }
    }

    /// The value of a slot, or "" when unfilled.
    pub fn value(&self, item: &str, slot: SlotKind) -> String {
        self.values
            .with(|v| v.get(item, slot).unwrap_or_default().to_string())
    }

    /// Fills a slot (an empty value clears it), or records why the value is refused.
    pub fn set(&self, item: &str, slot: SlotKind, value: &str) {
        let key = (item.to_string(), slot);
        if let Err(e) = check_value(value) {
            self.errors.update(|errors| {
                let refused = Refused {
                    reason: e.to_string(),
                    text: value.to_string(),
                };
                errors.insert(key, refused);
            });
            return;
        }
        if self.errors.with_untracked(|e| e.contains_key(&key)) {
            self.errors.update(|errors| {
                errors.remove(&key);
            });
        }
        let (family, level) = self.profile.get_value();
        let _ = self
            .state
            .edit_sheet(&family, &level, |sheet| sheet.values.set(item, slot, value));
    }
}

/// A profile's page.
#[component]
pub fn ProfilePage(
    /// The family at a level whose frames the page shows.
    profile: Profile<'static>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let frames = Arc::new(build_frames(&profile));
    let family = profile.family.id.to_string();
    let level = profile.level.code.to_string();

    let sheet_id = {
        let (family, level) = (family.clone(), level.clone());
        Memo::new(move |_| state.open_sheet_id(&family, &level))
    };
    let values = Memo::new(move |_| {
        sheet_id
            .get()
            .and_then(|id| {
                state
                    .sheets
                    .with(|s| s.iter().find(|s| s.id == id).map(|s| s.values.clone()))
            })
            .unwrap_or_default()
    });
    let page = Page {
        values,
        errors: RwSignal::new(BTreeMap::new()),
        show_sources: RwSignal::new(false),
        state,
        profile: StoredValue::new((family.clone(), level.clone())),
    };
    provide_context(page);

    let title = text::body(&frames.display_title, &Values::new());
    document().set_title(&format!("{title} — Goalframes"));
    on_cleanup(|| document().set_title("Goalframes"));

    let no_values = Values::new();
    let heading = text::body(&frames.heading, &no_values);
    let breadcrumb = text::body(&frames.breadcrumb, &no_values);
    let preamble = text::body(&frames.preamble, &no_values);

    let frame_links = FrameKind::ALL
        .into_iter()
        .map(|kind| {
            let href = move || {
                state.route.with(|r| {
                    Location {
                        frame: Some(kind),
                        ..r.clone()
                    }
                    .to_hash()
                })
            };
            view! {
                <li>
                    <a href=href>{kind.title()}</a>
                </li>
            }
        })
        .collect_view();

    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <ol>
                <li>
                    <a href="#">"All profiles"</a>
                </li>
                <li aria-current="page">{breadcrumb}</li>
            </ol>
        </nav>
        <h1 id="page-heading" tabindex="-1">{heading}</h1>
        <p class="preamble">{preamble}</p>
        <SheetPanel family=family.clone() level=level.clone() sheet_id=sheet_id frames=frames.clone() />
        <div class="toolbar">
            <nav class="frame-links" aria-label="Frames">
                <ul>{frame_links}</ul>
            </nav>
            <label class="sources-toggle">
                <input
                    type="checkbox"
                    prop:checked=move || page.show_sources.get()
                    on:change=move |ev| page.show_sources.set(event_target_checked(&ev))
                />
                "Show sources"
            </label>
            <button type="button" on:click=move |_| {
                let _ = window().print();
            }>"Print"</button>
        </div>
        <Frames frames=frames />
    }
}

#[component]
fn Frames(frames: Arc<ProfileFrames>) -> impl IntoView {
    FrameKind::ALL
        .into_iter()
        .map(|kind| {
            let frame = Arc::new(frames.frame(kind).clone());
            view! { <FrameView frame=frame /> }
        })
        .collect_view()
}

/// Who and when the open sheet is for, saved with it, and the profile's other sheets.
#[component]
fn SheetPanel(
    family: String,
    level: String,
    sheet_id: Memo<Option<String>>,
    frames: Arc<ProfileFrames>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let profile = StoredValue::new((family.clone(), level.clone()));
    let error = RwSignal::new(None::<String>);
    let field = move |get: fn(&goalframes_engine::sheet::Sheet) -> Option<String>| {
        move || {
            sheet_id
                .get()
                .and_then(|id| state.sheet(&id))
                .and_then(|s| get(&s))
                .unwrap_or_default()
        }
    };
    let edit = move |person: bool, value: String| {
        let (family, level) = profile.get_value();
        let result = state.edit_sheet(&family, &level, |sheet| {
            if person {
                sheet.set_person(&value)
            } else {
                sheet.set_period(&value)
            }
        });
        error.set(result.err().map(|e| e.to_string()));
    };
    let others = Memo::new(move |_| {
        let open = sheet_id.get();
        let (family, level) = profile.get_value();
        state.sheets.with(|s| {
            s.iter()
                .filter(|s| s.family == family && s.level == level && Some(&s.id) != open.as_ref())
                .map(|s| (s.id.clone(), s.name()))
                .collect::<Vec<_>>()
        })
    });
    let new_sheet_href = Location::profile(&family, &level).to_hash();

    view! {
        <section class="sheet-panel" aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">"Sheet"</h2>
            <p class="help">
                {move || {
                    let open = sheet_id.get();
                    let unsaved = open
                        .as_ref()
                        .is_some_and(|id| state.unsaved.with(|u| u.contains(id)));
                    if open.is_none() {
                        "A new sheet: it is saved in this browser as soon as you type."
                    } else if unsaved && state.storage_ok.get() {
                        "Not saved yet: browser storage refused the last change (see the notice above). Your values are kept in this tab; export the sheet to keep a copy."
                    } else if state.storage_ok.get() {
                        "Saved in this browser as you type."
                    } else {
                        "Kept in memory only: browser storage is unavailable."
                    }
                }}
            </p>
            <DriftNotice frames=frames.clone() sheet_id=sheet_id />
            <div class="sheet-fields">
                <label>
                    "Person "
                    <input
                        type="text"
                        name="person"
                        autocomplete="off"
                        prop:value=field(|s| s.person.clone())
                        on:input=move |ev| edit(true, event_target_value(&ev))
                    />
                </label>
                <label>
                    "Period "
                    <input
                        type="text"
                        name="period"
                        autocomplete="off"
                        placeholder="e.g. 2026 H1"
                        prop:value=field(|s| s.period.clone())
                        on:input=move |ev| edit(false, event_target_value(&ev))
                    />
                </label>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <Show when=move || sheet_id.get().is_some() || others.with(|o| !o.is_empty())>
                <p class="other-sheets">
                    {move || {
                        others
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let (family, level) = profile.get_value();
                                let href = Location {
                                    sheet: Some(id),
                                    ..Location::profile(&family, &level)
                                }
                                .to_hash();
                                view! { <a href=href>{format!("Open “{name}”")}</a> " " }
                            })
                            .collect_view()
                    }}
                    <a href=new_sheet_href.clone()>"Start a new sheet"</a>
                </p>
            </Show>
            <crate::exports::ExportPanel frames=frames sheet_id=sheet_id />
        </section>
    }
}

/// What changed in the canon since the open sheet was filled: items changed,
/// removed and added, and the values whose item is gone (orphaned), each with
/// a copy button. Every value stays in the sheet; "Mark as reviewed" records
/// today's canon for it.
#[component]
fn DriftNotice(frames: Arc<ProfileFrames>, sheet_id: Memo<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let frames = StoredValue::new(frames);
    let report = Memo::new(move |_| {
        let sheet = sheet_id.get().and_then(|id| state.sheet(&id))?;
        frames.with_value(|frames| {
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
                        slot.label().to_string(),
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
                format!("The canon changed since this sheet was filled (version {version}, now {})", CANON.version)
            } else {
                "Some values have no place in today’s frames".to_string()
            };
            let list = |label: &'static str, items: String| {
                (!items.is_empty()).then(|| view! { <li><strong>{label}</strong> " " {items}</li> })
            };
            let orphans = (!orphaned.is_empty()).then(|| {
                let rows = orphaned
                    .into_iter()
                    .map(|(item, slot, value)| {
                        let text = format!("{item} {slot}: {value}");
                        let name = format!("Copy orphaned value {item} {slot}");
                        view! {
                            <li>
                                <span class="value">{format!("{item} · {slot}: ")} <q>{value}</q></span>
                                <button
                                    type="button"
                                    aria-label=name
                                    on:click=move |_| {
                                        let text = text.clone();
                                        leptos::task::spawn_local(async move {
                                            let done = wasm_bindgen_futures::JsFuture::from(
                                                window().navigator().clipboard().write_text(&text),
                                            )
                                            .await;
                                            copied.set(if done.is_ok() { "Copied.".into() } else { "Copy failed: select the text and copy it by hand.".into() });
                                        });
                                    }
                                >
                                    "Copy"
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>"Orphaned values"</h3>
                    <p>"These values belong to items today’s canon no longer has. They are kept in the sheet (and in its .json export); copy them where they belong."</p>
                    <ul class="orphaned">{rows}</ul>
                    <span class="copied" role="status">{move || copied.get()}</span>
                }
            });
            let reviewed = move |_| state.mark_reviewed(&id);
            view! {
                <section class="drift" aria-labelledby="drift-heading">
                    <h3 id="drift-heading">{heading}</h3>
                    <p>"Every value you filled is kept. Check the items below against the frames now shown."</p>
                    <ul>
                        {list("Changed:", changed)}
                        {list("Removed:", removed)}
                        {list("New:", added)}
                    </ul>
                    {orphans}
                    <button type="button" on:click=reviewed>"Mark as reviewed"</button>
                </section>
            }
        })
    }
}
