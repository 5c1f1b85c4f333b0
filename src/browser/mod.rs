//! Browser plumbing: the one place the app calls the browser's own APIs
//! (web-sys, js-sys). Views and state ask this module for the time, an id, the
//! URL hash, a download, the clipboard, compression, focus, files, storage,
//! the parent window and the page's theme; none of them touches web-sys.

pub mod clipboard;
pub mod clock;
pub mod compress;
pub mod console;
pub mod download;
pub mod element_ids;
pub mod files;
pub mod focus;
pub mod hash;
pub mod ids;
pub mod lang;
pub mod markup;
pub mod page;
pub mod parent;
pub mod review_markup;
pub mod storage;
pub mod theme;
