//! Exports of the open sheet as downloads (text, Markdown, CSV, the sheet's
//! JSON, Word), and its sheet link. Every file is made in the page from engine
//! output and handed to the browser as a Blob: no network, and it works from
//! `file://` too.

use std::sync::Arc;

use goalframes_canon::CANON;
use goalframes_engine::render::{self, ExportInfo};
use goalframes_engine::sheet::Sheet;
use goalframes_engine::{sheet_link, FrameKind, ProfileFrames};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::state::{current_fingerprints, now, AppState};

/// Offers bytes as a file download named `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    let _ = try_download(name, mime, bytes);
}

fn try_download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document().body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Give the browser time to start the download before the URL goes.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// A safe file name part: lower-case letters and digits joined by `-`.
pub fn file_stem(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "sheet".to_string()
    } else {
        out
    }
}

/// The export formats offered, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// All frames as plain text.
    Text,
    /// Markdown.
    Markdown,
    /// CSV, one row per item.
    Csv,
    /// The sheet itself (schema `goalframes.sheet/1`): importable again.
    Sheet,
    /// Word.
    Docx,
}

impl Export {
    /// Every export, as offered.
    pub const ALL: [Export; 5] = [
        Export::Text,
        Export::Markdown,
        Export::Csv,
        Export::Sheet,
        Export::Docx,
    ];

    /// The button's text.
    pub fn label(self) -> &'static str {
        match self {
            Export::Text => "Text (.txt)",
            Export::Markdown => "Markdown (.md)",
            Export::Csv => "CSV (.csv)",
            Export::Sheet => "Sheet (.json)",
            Export::Docx => "Word (.docx)",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Export::Text => "txt",
            Export::Markdown => "md",
            Export::Csv => "csv",
            Export::Sheet => "json",
            Export::Docx => "docx",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Export::Text => "text/plain;charset=utf-8",
            Export::Markdown => "text/markdown;charset=utf-8",
            Export::Csv => "text/csv;charset=utf-8",
            Export::Sheet => "application/json",
            Export::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    /// The file's bytes for a sheet (unsaved sheets export as empty frames).
    pub fn bytes(self, frames: &ProfileFrames, sheet: &Sheet) -> Vec<u8> {
        let info = ExportInfo {
            person: sheet.person.clone(),
            period: sheet.period.clone(),
            date: Some(now().chars().take(10).collect()),
        };
        let values = &sheet.values;
        let all = &FrameKind::ALL;
        // Each renderer is called directly (not through `render::export`) so that
        // the ones the app never uses, such as the frames JSON, stay out of the wasm.
        match self {
            Export::Text => render::text::document(frames, all, values, &info).into_bytes(),
            Export::Markdown => render::markdown::document(frames, all, values, &info).into_bytes(),
            Export::Csv => render::csv::document(frames, all, values, &info).into_bytes(),
            Export::Sheet => sheet.to_json().into_bytes(),
            Export::Docx => render::docx::document(frames, &FrameKind::ALL, values, &info),
        }
    }

    /// The file name: family, level, person (or period) and the extension.
    pub fn file_name(self, sheet: &Sheet) -> String {
        let mut stem = format!("{}-{}", sheet.family, sheet.level);
        if let Some(who) = sheet.person.as_ref().or(sheet.period.as_ref()) {
            stem.push('-');
            stem.push_str(who);
        }
        format!("{}.{}", file_stem(&stem), self.extension())
    }
}

/// The open sheet, or an empty one for the profile (not saved) when none is open yet.
fn sheet_or_blank(state: AppState, sheet_id: Option<String>, family: &str, level: &str) -> Sheet {
    sheet_id.and_then(|id| state.sheet(&id)).unwrap_or_else(|| {
        let mut blank = Sheet::new("unsaved", family, level, &CANON.version, &now());
        blank.stamp(
            &CANON.name,
            &CANON.version,
            current_fingerprints(family, level),
        );
        blank
    })
}

/// Export buttons and the sheet link of the open sheet.
#[component]
pub fn ExportPanel(
    /// The profile's frames.
    frames: Arc<ProfileFrames>,
    /// The open sheet, if any.
    sheet_id: Memo<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let family = frames.family.to_string();
    let level = frames.level.to_string();
    let profile = StoredValue::new((family, level));
    let frames = StoredValue::new(frames);
    let current = move || {
        let (family, level) = profile.get_value();
        sheet_or_blank(state, sheet_id.get_untracked(), &family, &level)
    };
    let buttons = Export::ALL
        .into_iter()
        .map(|export| {
            let click = move |_| {
                let sheet = current();
                let bytes = frames.with_value(|f| export.bytes(f, &sheet));
                download(&export.file_name(&sheet), export.mime(), &bytes);
            };
            view! {
                <button type="button" on:click=click>
                    {export.label()}
                </button>
            }
        })
        .collect_view();

    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let copy_link = move |_| {
        let sheet = current();
        let href = window().location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default().to_string();
        leptos::task::spawn_local(async move {
            let Ok(deflated) = deflate_raw(sheet.to_json().as_bytes()).await else {
                status.set(
                    "This browser cannot compress a sheet link; export the sheet as JSON instead."
                        .to_string(),
                );
                return;
            };
            let url = format!(
                "{base}#{}={}",
                sheet_link::PARAM,
                sheet_link::encode_deflated(&deflated)
            );
            link.set(Some(url.clone()));
            let done = JsFuture::from(window().navigator().clipboard().write_text(&url)).await;
            status.set(match done {
                Ok(_) => "Sheet link copied.".to_string(),
                Err(_) => "Copy failed: select the link below and copy it by hand.".to_string(),
            });
        });
    };
    // The values a link carries change as the person types: an old link is hidden.
    Effect::new(move |_| {
        let _ = sheet_id.get();
        state.sheets.track();
        link.set(None);
        status.set(String::new());
    });

    view! {
        <div class="exports" role="group" aria-labelledby="exports-heading">
            <h3 id="exports-heading">"Export this sheet"</h3>
            <p class="help">
                "Files are made in this browser; nothing is uploaded. The sheet (.json) can be imported again here or by a colleague."
            </p>
            <div class="export-buttons">{buttons}</div>
            <div class="share">
                <button type="button" on:click=copy_link>
                    "Copy sheet link"
                </button>
                <span class="copied" role="status">
                    {move || status.get()}
                </span>
                {move || {
                    link.get()
                        .map(|url| {
                            view! {
                                <label class="share-link">
                                    "Sheet link "
                                    <input type="text" readonly prop:value=url />
                                </label>
                            }
                        })
                }}
            </div>
        </div>
    }
}

/// Raw DEFLATE by the browser's own `CompressionStream`, so that the wasm
/// carries no compressor; the engine's `sheet_link` reads the result.
async fn deflate_raw(bytes: &[u8]) -> Result<Vec<u8>, wasm_bindgen::JsValue> {
    let compressor = web_sys::CompressionStream::new(web_sys::CompressionFormat::DeflateRaw)?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let pair = web_sys::ReadableWritablePair::new(&compressor.readable(), &compressor.writable());
    let compressed = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&compressed))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
