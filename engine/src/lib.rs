//! The Goalframes frame engine.
//!
//! Data flows one way: canon files → validated [`Canon`] model → [`ProfileFrames`]
//! (lines with provenance and slots) → renderers ([`render`]: text, Markdown,
//! JSON, CSV, Word, the page's HTML view, profiles compared).
//! The engine knows nothing of the browser; the web app, the CLI and the
//! JavaScript module all stand on it, and the rules they share live here:
//! what a slot's value may be ([`values`]), what a sheet is ([`sheet`]), what
//! pasted text holds ([`pasted`]).
#![forbid(unsafe_code)]

pub mod canon;
pub mod cells;
pub mod compare;
pub mod dates;
pub mod drift;
pub mod fill;
#[cfg(test)]
mod fixtures;
pub mod frame;
pub mod goals;
pub mod message;
pub mod pasted;
pub mod portal;
pub mod provenance;
pub mod render;
pub mod roster;
pub mod search;
pub mod sheet;
pub mod slug;
pub mod suggest;
pub mod url;
pub mod values;

pub use canon::{Canon, Dimension, Family, FamilyLevel, LadderLevel, Profile, Rubric};
pub use frame::{
    build_frames, build_frames_in, Content, Field, Frame, FrameKind, Item, ItemKey, Line, Part,
    ProfileFrames, Quote, Segment, SlotKind, Template,
};
pub use goalframes_l10n::{catalog, Catalog, Lang};
pub use message::Message;
pub use values::Values;
