//! A profile's page: heading, breadcrumb, preamble, the sheet being filled, and
//! the four frames.

use std::collections::BTreeMap;
use std::sync::Arc;

use goalframes_canon::CANON;
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
        <SheetPanel family=family.clone() level=level.clone() sheet_id=sheet_id />
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
fn SheetPanel(family: String, level: String, sheet_id: Memo<Option<String>>) -> impl IntoView {
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
    let stale = move || {
        sheet_id
            .get()
            .and_then(|id| state.sheet(&id))
            .filter(|s| s.canon_version != CANON.version)
            .map(|s| {
                format!(
                    "This sheet was filled against canon version {}; the frames now shown come from version {}.",
                    s.canon_version, CANON.version
                )
            })
    };

    view! {
        <section class="sheet-panel" aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">"Sheet"</h2>
            <p class="help">
                {move || {
                    if sheet_id.get().is_none() {
                        "A new sheet: it is saved in this browser as soon as you type."
                    } else if state.storage_ok.get() {
                        "Saved in this browser as you type."
                    } else {
                        "Kept in memory only: browser storage is unavailable."
                    }
                }}
            </p>
            {move || stale().map(|s| view! { <p class="notice">{s}</p> })}
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
        </section>
    }
}
