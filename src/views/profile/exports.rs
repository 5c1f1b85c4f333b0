//! Exports of the open sheet as downloads, made in the page from engine
//! output: the goal sheet (when goals are kept) or all frames, in text,
//! Markdown, CSV and Word; the sheet itself (.json); and the sheet as a link
//! or a code to pass to a colleague.

use goalframes_canon::CANON;
use goalframes_engine::goals::GoalSheet;
use goalframes_engine::render::file_name::{sheet_file_name, Holds};
use goalframes_engine::render::{self, ExportInfo, Format};
use goalframes_engine::sheet::{link, Sheet};
use goalframes_engine::FrameKind;
use leptos::prelude::*;

use crate::browser::{clipboard, clock, compress, download::download, hash};
use crate::views::profile::page::Page;

/// The formats offered for the goal sheet and the frames, in the order shown.
const FORMATS: [Format; 4] = [Format::Text, Format::Markdown, Format::Csv, Format::Docx];

/// What an export is of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Of {
    /// The kept and own goals.
    Goals,
    /// Every frame of the profile.
    Frames,
}

/// The open sheet, or an empty one for the profile (not saved) when none is open yet.
fn sheet_or_blank(page: Page) -> Sheet {
    page.sheet.get_untracked().unwrap_or_else(|| {
        let (family, level) = page.profile_now();
        let mut blank = Sheet::new("unsaved", &family, &level, &CANON.version, &clock::now());
        blank.stamp(&CANON.name, &CANON.version, page.fingerprints());
        blank
    })
}

/// Makes and downloads one export.
fn export(page: Page, of: Of, format: Format) {
    let sheet = sheet_or_blank(page);
    let info = ExportInfo {
        person: sheet.person.clone(),
        period: sheet.period_line(page.state.t()),
        date: Some(clock::today()),
    };
    let bytes = page.frames.with_untracked(|frames| match of {
        Of::Goals => {
            render::goal_sheet(&GoalSheet::reviewed(frames, &sheet, &CANON), format, &info)
        }
        Of::Frames => render::export(
            frames,
            &FrameKind::ALL,
            &sheet.effective_values(frames),
            format,
            &info,
        ),
    });
    let holds = if of == Of::Goals {
        Holds::Goals
    } else {
        Holds::Frames
    };
    download(
        &sheet_file_name(&sheet, holds, format.extension()),
        format.mime(),
        &bytes,
    );
}

/// Export buttons and the sheet link and code of the open sheet.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    let kept = move || {
        page.sheet
            .with(|s| s.as_ref().is_some_and(|s| !s.goals.is_empty()))
    };
    let buttons = move |of: Of, prefix: String| {
        FORMATS
            .into_iter()
            .map(move |format| {
                view! {
                    <button type="button" on:click=move |_| export(page, of, format)>
                        <span class="vh">{prefix.clone()}</span>
                        {format.label(t)}
                    </button>
                }
            })
            .collect_view()
    };
    let save_sheet = move |_| {
        let sheet = sheet_or_blank(page);
        download(
            &sheet_file_name(&sheet, Holds::Frames, "json"),
            "application/json",
            sheet.to_json().as_bytes(),
        );
    };

    view! {
        <div class="exports" role="group" aria-labelledby="exports-heading">
            <h2 id="exports-heading">{t.exports_heading()}</h2>
            <Show
                when=kept
                fallback=move || view! { <div class="export-buttons">{buttons(Of::Frames, String::new())}</div> }
            >
                <p class="export-kind">{t.exports_goal_sheet()}</p>
                <div class="export-buttons">{buttons(Of::Goals, String::new())}</div>
                <p class="export-kind">{t.label_colon(t.exports_all_frames())}</p>
                <div class="export-buttons">{buttons(Of::Frames, format!("{}, ", t.exports_all_frames()))}</div>
            </Show>
            <div class="export-buttons">
                <button type="button" on:click=save_sheet>{t.exports_sheet_json()}</button>
            </div>
            <Share />
            <p class="help">{t.exports_help()}</p>
        </div>
    }
}

/// "Copy sheet link" and "Copy sheet code": the sheet compressed into text a
/// colleague opens, from a link (same address) or pasted into their own copy
/// of the app (a file opened from disk has an address only this computer has).
#[component]
fn Share() -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    let shown = RwSignal::new(None::<(bool, String)>);
    let status = RwSignal::new(String::new());
    let copy = move |as_link: bool| {
        let sheet = sheet_or_blank(page);
        let base = hash::base_url();
        leptos::task::spawn_local(async move {
            let Ok(deflated) = compress::deflate_raw(sheet.to_json().as_bytes()).await else {
                status.set(t.share_no_compression().to_string());
                return;
            };
            let code = link::encode_deflated(&deflated);
            let text = if as_link {
                format!("{base}#{}={code}", goalframes_engine::url::SHARE)
            } else {
                code
            };
            shown.set(Some((as_link, text.clone())));
            let copied = clipboard::copy(&text).await;
            status.set(
                match (as_link, copied) {
                    (true, true) => t.share_link_copied(),
                    (false, true) => t.share_code_copied(),
                    (true, false) => t.share_link_copy_failed(),
                    (false, false) => t.share_code_copy_failed(),
                }
                .to_string(),
            );
        });
    };
    // The values a link carries change as the person types: an old one is hidden.
    Effect::new(move |_| {
        page.sheet.track();
        shown.set(None);
        status.set(String::new());
    });
    view! {
        <div class="share">
            <button type="button" on:click=move |_| copy(true)>{t.share_copy_link()}</button>
            <button type="button" on:click=move |_| copy(false)>{t.share_copy_code()}</button>
            <span class="copied" role="status">{move || status.get()}</span>
            {move || {
                shown
                    .get()
                    .map(|(as_link, text)| {
                        let label = if as_link { t.share_link() } else { t.share_code() };
                        view! {
                            <label class="share-link">
                                {label} " "
                                <input type="text" readonly prop:value=text />
                            </label>
                        }
                    })
            }}
            <p class="help">{t.share_help()}</p>
        </div>
    }
}
