//! The conversation with a portal that embeds the app in a frame: its
//! theming and the postMessage protocol (`goalframes_engine::portal`).
//!
//! The options come from the address and stay in every address the app goes
//! to, so navigating or reloading inside the frame keeps them. Without an
//! `origin` option the app neither posts nor listens; with one, it talks to
//! its parent window only, and only while the parent has that origin.

use goalframes_canon::CANON;
use goalframes_engine::portal::{Event, Request, MAX_MESSAGE_CHARS, PROTOCOL_VERSION};
use goalframes_engine::sheet::{self, Sheet};
use goalframes_engine::url::Context;
use goalframes_engine::{FrameKind, Lang, Message};
use leptos::prelude::*;

use crate::browser::{console, parent, theme};
use crate::state::AppState;

/// Applies the page's embed options and, with an origin, starts the protocol.
pub fn start(state: AppState) {
    let options = state.embed.get_value();
    for warning in &options.warnings {
        console::warn(warning);
    }
    theme::apply(&options);
    let Some(target) = options.target_origin().map(str::to_string) else {
        return;
    };
    let post = move |event: &Event<'_>| parent::post(&event.to_json(), &target);

    let (family, level) = state
        .route
        .with_untracked(|r| (r.family.clone(), r.level.clone()));
    post(&Event::Ready {
        version: PROTOCOL_VERSION,
        family: family.as_deref(),
        level: level.as_deref(),
    });

    // Every saved change of the open sheet goes to the parent.
    let current = Memo::new(move |_| open_sheet(state));
    Effect::new({
        let post = post.clone();
        move |previous: Option<Option<String>>| {
            let sheet = current.get();
            let stamp = sheet.as_ref().map(|s| format!("{}@{}", s.id, s.updated));
            if let Some(sheet) = &sheet {
                if previous.is_some_and(|p| p != stamp) {
                    post(&Event::sheet_changed(sheet));
                }
            }
            stamp
        }
    });

    let too_large = {
        let post = post.clone();
        move || {
            post(&Event::Error {
                message: state.t().portal_too_long(&MAX_MESSAGE_CHARS.to_string()),
            })
        }
    };
    parent::listen(
        move |origin| options.accepts(origin),
        MAX_MESSAGE_CHARS,
        move |json| handle(state, &json, &post),
        too_large,
    );
}

/// Carries out one request from the parent.
fn handle(state: AppState, json: &str, post: &impl Fn(&Event<'_>)) {
    match Request::parse(json) {
        Some(Request::Open {
            family,
            level,
            frame,
            person,
            period,
            lang,
        }) => {
            // The portal's language comes first, as the address's `lang=`.
            if let Some(lang) = lang.as_deref().and_then(Lang::from_tag) {
                state.embed.update_value(|e| e.lang = Some(lang));
                if state.lang.get_untracked() != lang {
                    state.lang.set(lang);
                }
            }
            let context = Context { person, period };
            let frame = frame.as_deref().and_then(FrameKind::from_id);
            match state.open_for(&family, &level, frame, &context) {
                Ok(id) => {
                    let sheet =
                        id.and_then(|id| state.store.with_untracked(|s| s.sheet(&id).cloned()));
                    post(&Event::Opened {
                        family: &family,
                        level: &level,
                        sheet: sheet.as_ref(),
                    });
                }
                Err(message) => post(&Event::Error { message }),
            }
        }
        Some(Request::GetSheet) => {
            let sheet = untrack(|| open_sheet(state));
            post(&Event::sheet(sheet.as_ref()));
        }
        Some(Request::OpenSheet { sheet }) => {
            // The same checks as a file, then the same dialog: nothing is
            // saved, or written over, until the person confirms.
            let result = sheet::import(sheet.to_string().as_bytes(), &CANON);
            match result {
                Ok(sheet) => {
                    let t = state.t();
                    state.import.offer(Ok(sheet), t.import_source_portal(), t)
                }
                Err(e) => post(&Event::Error {
                    message: state.t().portal_cannot_open(&e.message(state.t())),
                }),
            }
        }
        None => {}
    }
}

/// The sheet open on the current profile, if one has been started.
fn open_sheet(state: AppState) -> Option<Sheet> {
    let (family, level) = state
        .route
        .with(|r| Some((r.family.clone()?, r.level.clone()?)))?;
    let id = state.open_sheet_id(&family, &level)?;
    state.sheet(&id)
}
