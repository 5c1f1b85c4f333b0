// Boot of the single file: the wasm is embedded gzipped and base64-encoded
// (the placeholder below is replaced when the file is written); no request is made.
performance.mark("goalframes:script");
const wasmGz = "WASM_GZ_BASE64";
const gzBytes = Uint8Array.fromBase64
  ? Uint8Array.fromBase64(wasmGz)
  : Uint8Array.from(atob(wasmGz), (c) => c.charCodeAt(0));
// The inflating stream goes straight to instantiateStreaming (via the glue), so
// the wasm compiles while it inflates; a constructed Response is not a request.
const wasmResponse = new Response(
  new Blob([gzBytes]).stream().pipeThrough(new DecompressionStream("gzip")),
  { headers: { "Content-Type": "application/wasm" } },
);
const wasmExports = await __wbg_init({ module_or_path: wasmResponse });
performance.mark("goalframes:started");
// For benchmarks: the wasm memory's size, read-only.
Object.defineProperty(globalThis, "goalframesMemoryBytes", {
  get: () => wasmExports.memory.buffer.byteLength,
});
