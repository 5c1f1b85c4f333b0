//! The clipboard.

use wasm_bindgen_futures::JsFuture;

/// Puts text on the clipboard; false when the browser refused (no permission,
/// no clipboard in this context).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
