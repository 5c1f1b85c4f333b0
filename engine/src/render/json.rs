//! JSON: the frames with provenance and slots, schema `goalframes.frames/1`.
//!
//! ```text
//! { "schema": "goalframes.frames/1",
//!   "lang":    the BCP 47 tag of the templates' language ("en", "de", …),
//!   "canon":   { "name", "abbrev", "version", "notice"? },
//!   "export":  { "person"?, "period"?, "date"? }   (absent when none is given),
//!   "profile": { "family", "level", "display_title", "heading", "breadcrumb", "preamble" },
//!   "frames": [ { "frame": "smart"|"okr"|"mbo"|"scorecard", "title", "intro",
//!                 "empty": null | sentence, "text": the filled text block,
//!                 "items":  [ { "key", "label", "slots": { "baseline"|"target"|"date": value|null } } ],
//!                 "blocks": [ { "lines": [ { "template", "wording", "item"?, "label"?, "text", "body",
//!                                            "source"?, "quotes": [ { "text", "field", "index"?|"name"?|"key"?,
//!                                                                     "family"?, "level"?, "case" } ] } ] } ] } ] }
//! ```
//! `wording` says whose words a line's fixed text is: `template (de)` (the
//! catalog's, in that language) or `template (canon)` (the canon's own).
//! The schema string changes whenever a field changes meaning or is removed.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::frame::{CanonStamp, Frame, FrameKind, Line, ProfileFrames, Quote, Template, Wording};
use crate::render::text;
use crate::render::ExportInfo;
use crate::values::Values;

fn is_empty(info: &&ExportInfo) -> bool {
    **info == ExportInfo::default()
}

/// The schema identifier written into every JSON document.
pub const SCHEMA: &str = "goalframes.frames/1";

/// The frames document as data: what [`document`] writes as JSON text, for
/// callers that hand it on as an object (the JavaScript module).
#[derive(Serialize)]
pub struct Document<'a> {
    schema: &'static str,
    lang: &'static str,
    canon: &'a CanonStamp,
    #[serde(skip_serializing_if = "is_empty")]
    export: &'a ExportInfo,
    profile: ProfileJson,
    frames: Vec<FrameJson<'a>>,
}

#[derive(Serialize)]
struct ProfileJson {
    family: String,
    level: String,
    display_title: String,
    heading: String,
    breadcrumb: String,
    preamble: String,
}

#[derive(Serialize)]
struct FrameJson<'a> {
    frame: FrameKind,
    title: &'a str,
    intro: &'a str,
    empty: Option<&'a str>,
    text: String,
    items: Vec<ItemJson<'a>>,
    blocks: Vec<BlockJson<'a>>,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    key: &'a str,
    label: &'a str,
    slots: BTreeMap<&'static str, Option<&'a str>>,
}

#[derive(Serialize)]
struct BlockJson<'a> {
    lines: Vec<LineJson<'a>>,
}

#[derive(Serialize)]
struct LineJson<'a> {
    template: Template,
    wording: Wording,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    text: String,
    body: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    quotes: Vec<&'a Quote>,
}

/// The chosen frames of a profile as a pretty-printed JSON document.
pub fn document(
    frames: &ProfileFrames,
    kinds: &[FrameKind],
    values: &Values,
    info: &ExportInfo,
) -> String {
    let doc = model(frames, kinds, values, info);
    let mut out = serde_json::to_string_pretty(&doc).expect("frames always serialise");
    out.push('\n');
    out
}

/// The chosen frames of a profile as the [`Document`] that [`document`] writes.
pub fn model<'a>(
    frames: &'a ProfileFrames,
    kinds: &[FrameKind],
    values: &'a Values,
    info: &'a ExportInfo,
) -> Document<'a> {
    Document {
        schema: SCHEMA,
        lang: frames.lang.tag(),
        canon: &frames.canon,
        export: info,
        profile: ProfileJson {
            family: frames.family.to_string(),
            level: frames.level.to_string(),
            display_title: text::line(&frames.display_title, values),
            heading: text::line(&frames.heading, values),
            breadcrumb: text::line(&frames.breadcrumb, values),
            preamble: text::line(&frames.preamble, values),
        },
        frames: kinds
            .iter()
            .map(|k| frame(frames.frame(*k), values))
            .collect(),
    }
}

fn frame<'a>(frame: &'a Frame, values: &'a Values) -> FrameJson<'a> {
    FrameJson {
        frame: frame.kind,
        title: &frame.title,
        intro: &frame.intro,
        empty: frame.is_empty().then_some(frame.empty.as_ref()),
        text: text::frame(frame, values),
        items: frame
            .items
            .iter()
            .map(|item| ItemJson {
                key: &item.key,
                label: &item.label,
                slots: item
                    .slots
                    .iter()
                    .map(|s| (s.id(), values.get(&item.key, *s)))
                    .collect(),
            })
            .collect(),
        blocks: frame
            .blocks
            .iter()
            .map(|b| BlockJson {
                lines: b.lines.iter().map(|l| line(l, values)).collect(),
            })
            .collect(),
    }
}

fn line<'a>(line: &'a Line, values: &Values) -> LineJson<'a> {
    LineJson {
        template: line.template,
        wording: line.wording,
        item: line.item.as_deref(),
        label: line.label.as_deref(),
        text: text::line(line, values),
        body: text::body(line, values),
        source: text::source(line, values),
        quotes: line.quotes().collect(),
    }
}
