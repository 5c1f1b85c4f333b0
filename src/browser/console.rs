//! Messages for developers in the browser's console.

/// A warning in the console, prefixed with the app's name.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("Goalframes: {message}").into());
}
