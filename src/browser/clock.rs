//! The time, from the browser's clock (the engine reads no clock).

/// Now, as ISO 8601 in UTC with milliseconds, e.g. `2026-11-26T13:50:09.123Z`.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today() -> String {
    now().chars().take(10).collect()
}
