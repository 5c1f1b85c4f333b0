// Boot of the single file: the wasm is embedded gzipped and base64-encoded
// (the placeholder below is replaced when the file is written); no request is made.
performance.mark("goalframes:script");
const wasmGz = "WASM_GZ_BASE64";
// Where the browser lacks fromBase64, a plain loop (Uint8Array.from with a
// callback per byte is ten times slower: ~57 ms against ~5 ms).
const decode = (base64) => {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
};
/** When the app cannot start here: says so, instead of leaving the page empty
 * or its pre-rendered first screen (xtask/src/prerender.rs) looking alive. */
const cannotStart = (error) => {
  document.querySelectorAll("[data-prerender]").forEach((e) => e.remove());
  const message = document.createElement("p");
  message.className = "cannot-start";
  message.setAttribute("role", "alert");
  message.textContent = "Goalframes could not start in this browser. A current Chrome, "
    + "Edge, Firefox or Safari runs it; if one of those shows this, the file may be "
    + `damaged: copy it again. (${error})`;
  document.body.prepend(message);
};
let wasmExports;
try {
  const gzBytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(wasmGz) : decode(wasmGz);
  performance.mark("goalframes:decoded");
  // The inflating stream goes straight to instantiateStreaming (via the glue), so
  // the wasm compiles while it inflates; a constructed Response is not a request.
  const wasmResponse = new Response(
    new Blob([gzBytes]).stream().pipeThrough(new DecompressionStream("gzip")),
    { headers: { "Content-Type": "application/wasm" } },
  );
  wasmExports = await __wbg_init({ module_or_path: wasmResponse });
} catch (error) {
  cannotStart(error);
  throw error;
}
performance.mark("goalframes:started");
// For benchmarks: the wasm memory's size, read-only.
Object.defineProperty(globalThis, "goalframesMemoryBytes", {
  get: () => wasmExports.memory.buffer.byteLength,
});
