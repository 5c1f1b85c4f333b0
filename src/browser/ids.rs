//! Fresh random ids, for sheets, own goals and sheet generations.

/// A random UUID (version 4), from `crypto.getRandomValues`: unlike
/// `crypto.randomUUID`, it also works in pages that are not a secure context
/// (an intranet portal over plain http).
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// A short random key with a prefix, e.g. `own-3f9a1c2b7d4e`.
pub fn new_key(prefix: &str) -> String {
    let id = new_id().replace('-', "");
    format!("{prefix}{}", &id[..12])
}
