//! Files a person picks or drops onto the page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the limit given: refused before reading a byte of it.
    TooLarge(usize),
    /// The browser could not read it.
    Unreadable,
}

/// Reads the first of `files` (at most `max` bytes), then calls `done` with
/// its name and bytes.
fn read_first(
    files: Option<web_sys::FileList>,
    max: usize,
    done: impl FnOnce(String, Result<Vec<u8>, ReadError>) + 'static,
) -> bool {
    let Some(file) = files.and_then(|f| f.get(0)) else {
        return false;
    };
    let name = file.name();
    let size = file.size() as usize;
    if size > max {
        done(name, Err(ReadError::TooLarge(size)));
        return true;
    }
    leptos::task::spawn_local(async move {
        let result = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(_) => Err(ReadError::Unreadable),
        };
        done(name, result);
    });
    true
}

/// Reads the file chosen in a file input's `change` event, then clears the
/// input (so that the same file can be picked again after a fix).
pub fn read_picked(
    ev: &web_sys::Event,
    max: usize,
    done: impl FnOnce(String, Result<Vec<u8>, ReadError>) + 'static,
) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    read_first(input.files(), max, done);
    input.set_value("");
}

/// True when a drag carries files.
pub fn drags_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// True when a drag left the window (its related target is outside the document).
pub fn left_window(ev: &web_sys::DragEvent) -> bool {
    ev.related_target().is_none()
}

/// Reads the first file of a drop; false when it carried none.
pub fn read_dropped(
    ev: &web_sys::DragEvent,
    max: usize,
    done: impl FnOnce(String, Result<Vec<u8>, ReadError>) + 'static,
) -> bool {
    read_first(ev.data_transfer().and_then(|dt| dt.files()), max, done)
}
