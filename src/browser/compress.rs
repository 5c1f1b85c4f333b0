//! Compression by the browser's own `CompressionStream`, so that the wasm
//! carries no compressor.

use wasm_bindgen_futures::JsFuture;

/// Raw DEFLATE of `bytes`; an error when the browser cannot compress.
pub async fn deflate_raw(bytes: &[u8]) -> Result<Vec<u8>, ()> {
    deflate(bytes).await.map_err(|_| ())
}

async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, wasm_bindgen::JsValue> {
    let compressor = web_sys::CompressionStream::new(web_sys::CompressionFormat::DeflateRaw)?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let pair = web_sys::ReadableWritablePair::new(&compressor.readable(), &compressor.writable());
    let compressed = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&compressed))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
