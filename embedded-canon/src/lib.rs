//! The shipped canon, validated and embedded at build time.
//!
//! `build.rs` loads `canon/` (or `$GOALFRAMES_CANON`) through the engine's loader,
//! fails the build on any error, and writes the canon as a Rust expression made
//! only of borrowed statics. Regenerated whenever a canon file changes.
#![forbid(unsafe_code)]

use std::borrow::Cow;

// `ScalePoint` is written only for a canon with its own `[review]` scale.
#[allow(unused_imports)]
use goalframes_engine::canon::review::{ReviewRules, ScalePoint};
// `Lang`, `Id`, `TemplateWording` and `TemplatePiece` are written only for a
// canon that declares its language or words templates itself.
use goalframes_engine::canon::{
    Canon, Dimension, DimensionText, Family, FamilyLevel, LadderLevel, Rubric,
};
#[allow(unused_imports)]
use goalframes_engine::canon::{Lang, TemplatePiece, TemplateWording};
#[allow(unused_imports)]
use goalframes_l10n::Id;

/// The canon embedded at build time: static data, nothing parsed at start-up.
pub static CANON: Canon = include!(concat!(env!("OUT_DIR"), "/canon.rs"));
