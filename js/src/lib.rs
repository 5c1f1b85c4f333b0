//! Goalframes as a JavaScript module: the frame engine and the canon embedded
//! at build time, for a portal that shows frames in its own markup (a
//! SharePoint or Confluence page, a React intranet) instead of an iframe.
//!
//! **API boundary: the JavaScript module** (`pkg/goalframes.js`, built by
//! `cargo xtask pkg`). Portals pin a version of it: functions and fields are
//! only added, never renamed or given a new meaning; the objects it returns
//! follow the public schemas `goalframes.frames/1` and `goalframes.sheet/3`.
//! Values cross the boundary as plain objects and arrays (serde-wasm-bindgen),
//! never as JSON strings; a bad argument throws an `Error` that lists what
//! exists, nearest first. The TypeScript types below are the contract.

use goalframes_canon::CANON;
use goalframes_engine::canon::Profile as CanonProfile;
use goalframes_engine::goals::GoalSheet;
use goalframes_engine::render::{self, json, ExportInfo, Format};
use goalframes_engine::search::SearchIndex;
use goalframes_engine::sheet::{ImportError, Sheet};
use goalframes_engine::suggest::unknown;
use goalframes_engine::{build_frames_in, FrameKind, Lang, Message, ProfileFrames, Values};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A profile: a job family at one level. */
export interface Profile {
  /** The family id, e.g. "database-engineering". */
  family: string;
  /** The level code, e.g. "P4". */
  level: string;
  /** The profile's display title: its own title, else "{family name} — {code}". */
  title: string;
  /** The job family group. */
  group: string;
  /** The job family's name. */
  familyName: string;
  /** The level's ladder title, e.g. "Senior Professional". */
  levelTitle: string;
}

/** A frame's id. */
export type FrameId = "smart" | "okr" | "mbo" | "scorecard";

/** A text format of `render`. */
export type Format = "text" | "markdown" | "json" | "csv";

/** A slot a manager fills. */
export type SlotId = "baseline" | "target" | "date";

/** A saved sheet, schema "goalframes.sheet/3" (or "/2", "/1", read as /3). */
export interface Sheet {
  schema: "goalframes.sheet/3" | "goalframes.sheet/2" | "goalframes.sheet/1";
  id: string;
  family: string;
  level: string;
  generation?: string;
  person?: string;
  period?: string;
  period_start?: string;
  period_end?: string;
  review_date?: string;
  values?: Record<string, Partial<Record<SlotId, string>>>;
  goals?: { key: string; weight?: number }[];
  own_goals?: Record<string, { number: number; text: string }>;
  canon?: string;
  canon_version: string;
  created: string;
  updated: string;
  fingerprints?: Record<string, string>;
  edited?: Record<string, string>;
  /** The review (schema /3): left out while it holds nothing. */
  review?: Review;
  /** The language the sheet was last edited in (a BCP 47 tag). */
  lang?: string;
}

/** Who agreed a sheet's goals, and when. */
export interface Agreement { employee: string; manager: string; date: string }

/** A sheet's review: stage, check-ins, appraisal and ratings (every field optional). */
export interface Review {
  /** Left out for a draft. */
  stage?: "agreed" | "reviewed";
  agreed?: Agreement;
  reviewed_on?: string;
  reopened?: { id: string; date: string; from: "agreed" | "reviewed"; agreed?: Agreement; reviewed_on?: string }[];
  /** Per goal key, its check-ins, oldest first. */
  check_ins?: Record<string, { id: string; date: string; value: string; status: "on_track" | "behind" | "at_risk"; note?: string }[]>;
  /** Per goal key, its appraisal; `achievement` is typed by hand, in percent. */
  appraisals?: Record<string, {
    actual?: string; achievement?: string; self_rating?: number; manager_rating?: number;
    employee_comment?: string; manager_comment?: string;
  }>;
  /** Per competency key (`dimension-scope`, `rubric-…`), its ratings. */
  competencies?: Record<string, { self_rating?: number; manager_rating?: number }>;
}

/** Options of `render`. */
export interface RenderOptions {
  /** One frame, or "all" (the default): the whole profile. */
  frame?: FrameId | "all";
  /** "text" (the default), "markdown", "json" or "csv". */
  format?: Format;
  /** A sheet whose values fill the slots. */
  sheet?: Sheet;
  /** true: the sheet's goal sheet instead of the frames (needs `sheet`; no
   *  `frame`): its kept and own goals in order and, once past the draft or
   *  with anything of the review recorded, the review (stage, check-ins,
   *  appraisal, competency rows, score, acknowledgement); CSV is the HR
   *  goals CSV, JSON the sheet itself. */
  goals?: boolean;
  /** The language of the text: "en", "de", "fr" or "es" (a BCP 47 tag such
   *  as "de-CH" is read by its language). Default: the sheet's own, else
   *  the canon's, else English. CSV keeps its English column names. */
  lang?: Lang;
}

/** A language Goalframes speaks. */
export type Lang = "en" | "de" | "fr" | "es" | string;

/** Canon text quoted in a line, with where it comes from. */
export interface Quote {
  text: string;
  field: string;
  index?: number;
  name?: string;
  key?: string;
  family?: string;
  level?: string;
  case: "aswritten" | "lower";
}

/** One line of a frame's text block. */
export interface FrameLine {
  template: string;
  /** Whose words its fixed text is: "template (de)" or "template (canon)". */
  wording: string;
  item?: string;
  label?: string;
  text: string;
  body: string;
  source?: string;
  quotes: Quote[];
}

/** One frame of a profile. */
export interface FrameDocument {
  frame: FrameId;
  title: string;
  intro: string;
  empty: string | null;
  text: string;
  items: { key: string; label: string; slots: Partial<Record<SlotId, string | null>> }[];
  blocks: { lines: FrameLine[] }[];
}

/** A profile's frames, schema "goalframes.frames/1". */
export interface FramesDocument {
  schema: "goalframes.frames/1";
  /** The language of its templates. */
  lang: string;
  canon: { name: string; abbrev: string; version: string; notice?: string };
  export?: { person?: string; period?: string; date?: string };
  profile: {
    family: string;
    level: string;
    display_title: string;
    heading: string;
    breadcrumb: string;
    preamble: string;
  };
  frames: FrameDocument[];
}

/** Every profile of the canon, families in canon order, levels in family order. */
export function profiles(): Profile[];
/** The profiles matching every word of `query`, best match first. */
export function search(query: string): Profile[];
/** A profile's four frames, filled from `sheet` when given, in `lang`
 *  (default: the sheet's language, else the canon's). */
export function frames(family: string, level: string, sheet?: Sheet, lang?: Lang): FramesDocument;
/** A profile's frames (or one frame) as text; `render(f, l, { frame: "smart" })`
 *  is exactly the SMART frame's "Copy / print as text" block; with
 *  `{ goals: true, sheet }`, the sheet's goal sheet with its review. */
export function render(family: string, level: string, options?: RenderOptions): string;
"#;

/// A profile as JavaScript sees it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProfileJs<'c> {
    family: &'c str,
    level: &'c str,
    title: String,
    group: &'c str,
    family_name: &'c str,
    level_title: &'c str,
}

impl<'c> From<CanonProfile<'c>> for ProfileJs<'c> {
    fn from(p: CanonProfile<'c>) -> Self {
        ProfileJs {
            family: &p.family.id,
            level: &p.level.code,
            title: p.display_title(),
            group: &p.family.group,
            family_name: &p.family.name,
            level_title: &p.rung.title,
        }
    }
}

/// The options of [`render`].
#[derive(Deserialize, Default)]
struct RenderOptions {
    frame: Option<String>,
    format: Option<String>,
    sheet: Option<Sheet>,
    goals: Option<bool>,
    lang: Option<String>,
}

/// A plain JavaScript value (objects, not `Map`s).
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The profile for `family` and `level`, or an error naming what exists.
fn profile(family: &str, level: &str) -> Result<CanonProfile<'static>, JsError> {
    CANON
        .find_profile(family, level)
        .map_err(|e| JsError::new(&e))
}

/// The values of a sheet given from JavaScript (checked like an import, and
/// for this profile), with the period end in unfilled ⟨date⟩ slots.
fn values(sheet: Option<Sheet>, frames: &ProfileFrames) -> Result<Values, JsError> {
    match sheet {
        Some(sheet) => Ok(checked(sheet, frames)?.effective_values(frames)),
        None => Ok(Values::new()),
    }
}

/// A sheet given from JavaScript, checked like an import, and for this profile.
fn checked(sheet: Sheet, frames: &ProfileFrames) -> Result<Sheet, JsError> {
    let t = frames.catalog();
    let sheet = sheet
        .checked()
        .map_err(|e| JsError::new(&ImportError::Sheet(e).message(t)))?;
    if sheet.family != frames.family.as_ref() || sheet.level != frames.level.as_ref() {
        return Err(JsError::new(
            &t.js_error_other_profile(&sheet.family, &sheet.level),
        ));
    }
    Ok(sheet)
}

/// The language asked for (a tag Goalframes speaks, else an error listing
/// them), else the sheet's own, else the canon's.
fn language(asked: Option<&str>, sheet: Option<&Sheet>) -> Result<Lang, JsError> {
    match asked {
        Some(tag) => Lang::from_tag(tag).ok_or_else(|| {
            JsError::new(&unknown("language", tag, Lang::ALL.iter().map(|l| l.tag())))
        }),
        None => Ok(sheet.and_then(Sheet::lang).unwrap_or(CANON.lang())),
    }
}

/// A sheet given from JavaScript, read as one.
fn sheet_of(sheet: JsValue) -> Result<Option<Sheet>, JsError> {
    if sheet.is_undefined() || sheet.is_null() {
        return Ok(None);
    }
    serde_wasm_bindgen::from_value(sheet)
        .map(Some)
        .map_err(|e| {
            let t = CANON.lang().catalog();
            JsError::new(&t.import_error_sheet(&e.to_string()))
        })
}

/// Every profile of the canon.
#[wasm_bindgen(skip_typescript)]
pub fn profiles() -> Result<JsValue, JsError> {
    let all: Vec<ProfileJs<'_>> = CANON.profiles().map(ProfileJs::from).collect();
    to_js(&all)
}

/// The profiles matching `query`, best first.
#[wasm_bindgen(skip_typescript)]
pub fn search(query: &str) -> Result<JsValue, JsError> {
    let hits: Vec<ProfileJs<'_>> = SearchIndex::new(&CANON)
        .search(query, usize::MAX)
        .into_iter()
        .map(|hit| ProfileJs::from(hit.profile))
        .collect();
    to_js(&hits)
}

/// A profile's frames as the `goalframes.frames/1` object.
#[wasm_bindgen(skip_typescript)]
pub fn frames(
    family: &str,
    level: &str,
    sheet: JsValue,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    let sheet = sheet_of(sheet)?;
    let lang = language(lang.as_deref(), sheet.as_ref())?;
    let frames = build_frames_in(&profile(family, level)?, lang);
    let values = values(sheet, &frames)?;
    let info = ExportInfo::default();
    to_js(&json::model(&frames, &FrameKind::ALL, &values, &info))
}

/// A profile's frames (or one frame) as text in a format.
#[wasm_bindgen(skip_typescript)]
pub fn render(family: &str, level: &str, options: JsValue) -> Result<String, JsError> {
    let options: RenderOptions = if options.is_undefined() || options.is_null() {
        RenderOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad render options: {e}")))?
    };
    if options.goals == Some(true) {
        return goal_sheet(family, level, options);
    }
    let frame = options.frame.as_deref().unwrap_or("all");
    let kinds: Vec<FrameKind> = match frame {
        "all" => FrameKind::ALL.to_vec(),
        id => vec![FrameKind::from_id(id).ok_or_else(|| {
            JsError::new(&unknown(
                "frame",
                id,
                FrameKind::ALL.iter().map(|k| k.id()).chain(["all"]),
            ))
        })?],
    };
    let format = text_format(options.format.as_deref())?;
    let lang = language(options.lang.as_deref(), options.sheet.as_ref())?;
    let frames = build_frames_in(&profile(family, level)?, lang);
    let values = values(options.sheet, &frames)?;
    let bytes = render::render(&frames, &kinds, &values, format);
    Ok(String::from_utf8(bytes).expect("text formats are UTF-8"))
}

/// The text format with this id (`text` when not given), or an error listing them.
fn text_format(id: Option<&str>) -> Result<Format, JsError> {
    const TEXT_FORMATS: [Format; 4] = [Format::Text, Format::Markdown, Format::Json, Format::Csv];
    let id = id.unwrap_or("text");
    TEXT_FORMATS
        .into_iter()
        .find(|f| f.id() == id)
        .ok_or_else(|| JsError::new(&unknown("format", id, TEXT_FORMATS.map(Format::id))))
}

/// `render` with `goals: true`: the sheet's goal sheet with its review, by
/// the canon's review rules.
fn goal_sheet(family: &str, level: &str, options: RenderOptions) -> Result<String, JsError> {
    if options.frame.is_some() {
        return Err(JsError::new(
            "goals: true renders the whole goal sheet: leave out frame",
        ));
    }
    let format = text_format(options.format.as_deref())?;
    let sheet = options
        .sheet
        .ok_or_else(|| JsError::new("goals: true renders a sheet's goal sheet: give the sheet"))?;
    let profile = profile(family, level)?;
    let lang = language(options.lang.as_deref(), Some(&sheet))?;
    let frames = build_frames_in(&profile, lang);
    let sheet = checked(sheet, &frames)?;
    let goals = GoalSheet::reviewed(&frames, &sheet, &CANON);
    let bytes = render::goal_sheet(&goals, format, &ExportInfo::default());
    Ok(String::from_utf8(bytes).expect("text formats are UTF-8"))
}
