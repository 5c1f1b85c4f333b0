//! The views: components that arrange engine output, the sheet store's
//! sheets and what the person types. They hold no rules of their own: what a
//! value may be, which sheet opens, what a pasted code holds are the engine's
//! and the store's, and a view shows their answer (a slot shows the engine's
//! refusal as it is). They call the browser only through [`crate::browser`].

pub mod app;
pub mod compare;
pub mod finder;
pub mod import;
pub mod notices;
pub mod profile;
pub mod sheets;
