//! What the engine says to a person, in their language.
//!
//! Errors and sentences are worded by the catalogs (`goalframes-l10n`): a
//! type that speaks implements [`Message`], and its `Display` is the English
//! message ([`english_display!`]), for logs, the CLI's error lines and
//! tests. The page shows `message(catalog)` in its language.

pub use goalframes_l10n::{catalog, page_language, Catalog, Lang};

/// The storage key of the language a person chose with the page's switch
/// (read by the app, and by the single file's pre-render before it).
pub const CHOSEN_LANG_KEY: &str = "goalframes:lang";

/// Something said to a person, worded by a catalog.
pub trait Message {
    /// The sentence in `t`'s language.
    fn message(&self, t: &Catalog) -> String;
}

/// `Display` as the English [`Message`].
#[macro_export]
macro_rules! english_display {
    ($type:ty) => {
        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&$crate::message::Message::message(
                    self,
                    $crate::message::catalog($crate::message::Lang::En),
                ))
            }
        }
    };
}
