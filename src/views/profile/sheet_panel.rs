//! Who and when the open sheet is for, saved with it: the person, the period
//! and its review cycle; and the profile's other sheets.

use goalframes_engine::dates;
use goalframes_engine::sheet::{CycleDate, Sheet};
use goalframes_engine::url::Location;
use goalframes_engine::Message;
use leptos::prelude::*;

use crate::views::profile::drift::DriftNotice;
use crate::views::profile::page::Page;
use crate::views::profile::slot::{unique_id, DatePicker};

/// The sheet panel.
#[component]
pub fn SheetPanel() -> impl IntoView {
    let page = expect_context::<Page>();
    let state = page.state;
    let t = state.t();
    let sheet_id = page.sheet_id;
    let error = RwSignal::new(None::<String>);
    let field = move |get: fn(&Sheet) -> Option<String>| {
        move || {
            page.sheet
                .with(|s| s.as_ref().and_then(get).unwrap_or_default())
        }
    };
    let edit = move |person: bool, value: String| {
        let result = page.edit(|sheet| {
            if person {
                sheet.set_person(&value)
            } else {
                sheet.set_period(&value)
            }
        });
        error.set(result.err().map(|e| e.message(t)));
    };
    let others = Memo::new(move |_| {
        let open = sheet_id.get();
        let (family, level) = page.profile();
        state.store.with(|s| {
            s.sheets()
                .iter()
                .filter(|s| s.family == family && s.level == level && Some(&s.id) != open.as_ref())
                .map(|s| (s.id.clone(), s.name(t)))
                .collect::<Vec<_>>()
        })
    });
    let new_sheet_href = move || {
        let (family, level) = page.profile();
        state.href(&Location::profile(&family, &level))
    };
    let status = move || {
        let open = sheet_id.get();
        let (unsaved, storage_ok) = state.store.with(|s| {
            (
                open.as_ref().is_some_and(|id| s.unsaved().contains(id)),
                s.storage_ok(),
            )
        });
        if open.is_none() {
            t.sheet_status_new()
        } else if unsaved && storage_ok {
            t.sheet_status_unsaved()
        } else if storage_ok {
            t.sheet_status_saved()
        } else {
            t.sheet_status_memory()
        }
    };
    let warning = move || {
        page.sheet
            .with(|s| s.as_ref().and_then(|s| s.cycle_warning(t)))
            .map(|w| view! { <p class="warning" role="status">{w}</p> })
    };

    view! {
        <section class="sheet-panel" aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">{t.sheet_heading()}</h2>
            <p class="help">{status}</p>
            <DriftNotice />
            <div class="sheet-fields">
                <label class="print-field" data-print=field(|s| s.person.clone())>
                    {t.sheet_person()} " "
                    <input
                        type="text"
                        name="person"
                        autocomplete="off"
                        prop:value=field(|s| s.person.clone())
                        on:input=move |ev| edit(true, event_target_value(&ev))
                    />
                </label>
                <label class="print-field" data-print=field(|s| s.period.clone())>
                    {t.sheet_period()} " "
                    <input
                        type="text"
                        name="period"
                        autocomplete="off"
                        placeholder=t.sheet_period_placeholder()
                        prop:value=field(|s| s.period.clone())
                        on:input=move |ev| edit(false, event_target_value(&ev))
                    />
                </label>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <div class="sheet-fields cycle" role="group" aria-label=t.sheet_review_cycle()>
                {CycleDate::ALL.into_iter().map(|field| view! { <CycleDateField field=field /> }).collect_view()}
            </div>
            <p class="help">{t.sheet_inherited_help()}</p>
            {warning}
            <Show when=move || sheet_id.get().is_some() || others.with(|o| !o.is_empty())>
                <p class="other-sheets">
                    {move || {
                        others
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let (family, level) = page.profile();
                                let href = state.href(&Location {
                                    sheet: Some(id),
                                    ..Location::profile(&family, &level)
                                });
                                view! { <a href=href>{t.sheet_open(&name)}</a> " " }
                            })
                            .collect_view()
                    }}
                    <a href=new_sheet_href>{t.sheet_start_new()}</a>
                </p>
            </Show>
        </section>
    }
}

/// One of the review cycle's dates: typed as the page writes dates
/// (`30.06.2026` in German; `YYYY-MM-DD` in any language) or picked, kept as
/// `YYYY-MM-DD`; a value that is not a real day gets a message and is not used.
#[component]
fn CycleDateField(field: CycleDate) -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    let refused = RwSignal::new(None::<(String, String)>);
    let saved = move || {
        page.sheet
            .with(|s| {
                s.as_ref()
                    .and_then(|s| s.cycle_date(field).map(str::to_string))
            })
            .unwrap_or_default()
    };
    let iso = move || refused.get().map(|(text, _)| text).unwrap_or_else(saved);
    let value = move || t.screen_date(&iso());
    let set = move |typed: String| {
        let typed = typed.trim().to_string();
        let text = t.read_date(&typed);
        if !text.is_empty() && !dates::looks_iso(&text) {
            let why = t.error_date_typed(&t.screen_date("2026-06-30"), t.date_placeholder());
            refused.set(Some((typed, t.sheet_date_refused(field.label(t), &why))));
            return;
        }
        match page.edit(|sheet| sheet.set_cycle_date(field, &text)) {
            // The store refuses a locked period (an agreed sheet): say why here.
            Ok(()) => refused.set(
                page.state
                    .store
                    .with_untracked(|s| s.locked().map(|l| l.message(t)))
                    .map(|why| (text, why)),
            ),
            Err(e) => refused.set(Some((
                text,
                t.sheet_date_refused(field.label(t), &e.message(t)),
            ))),
        }
    };
    let error_id = unique_id("date-error");
    let described = error_id.clone();
    view! {
        <span class="cycle-date">
            <label class="print-field" data-print=value>
                {field.label(t)} " "
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    placeholder=t.date_placeholder()
                    size="11"
                    readonly=move || {
                        field != CycleDate::ReviewDate
                            && page.sheet.with(|s| s.as_ref().is_some_and(|s| s.stage().locks_goals()))
                    }
                    aria-invalid=move || refused.with(|r| r.is_some()).then_some("true")
                    aria-describedby=move || refused.with(|r| r.is_some()).then(|| described.clone())
                    prop:value=value
                    on:change=move |ev| set(event_target_value(&ev))
                />
            </label>
            <DatePicker label=field.label(t).to_string() value=Signal::derive(iso) set=Callback::new(set) />
            {move || refused.get().map(|(_, e)| view! { <span id=error_id.clone() class="error" role="alert">{e}</span> })}
        </span>
    }
}
