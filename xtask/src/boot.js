// Boot of the single file: the wasm is embedded as xz, base64-encoded, and
// decoded by the npm package xz-decompress (both placeholders below are
// replaced when the file is written: xtask/src/single_file.rs); no request is made.
performance.mark("goalframes:script");
const XzReadableStream = XZ_DECODER;
const wasmXz = "WASM_XZ_BASE64";
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
/** Resolves once the browser has reported the paint of a pre-rendered first
 * screen (xtask/src/prerender.rs), at once when there is none or the page is
 * not shown, and after a second at most. The app replaces that screen with its
 * own, pixel for pixel the same, and Chrome drops its record of what was
 * painted (largest contentful paint) for elements removed before their paint
 * was reported: without this wait, the browser's own measure would say the
 * page's main content came with the app, ~90 ms after it was on screen. The
 * cost: the app takes over ~30 ms later (PERFORMANCE.md). Waited for beside
 * the compile, not after it. */
const prerenderPaintReported = () => new Promise((resolve) => {
  if (!document.querySelector("[data-prerender]") || document.visibilityState !== "visible"
    || !PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
    resolve();
    return;
  }
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    resolve();
  });
  observer.observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(resolve, 1000);
});
let wasmExports;
try {
  const xzBytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(wasmXz) : decode(wasmXz);
  performance.mark("goalframes:decoded");
  // The decoding stream goes straight to compileStreaming, so the wasm
  // compiles while it is decoded; a constructed Response is not a request.
  const wasmResponse = new Response(
    new XzReadableStream(new Blob([xzBytes]).stream()),
    { headers: { "Content-Type": "application/wasm" } },
  );
  const [wasmModule] = await Promise.all([
    WebAssembly.compileStreaming(wasmResponse),
    prerenderPaintReported(),
  ]);
  wasmExports = await __wbg_init({ module_or_path: wasmModule });
} catch (error) {
  cannotStart(error);
  throw error;
}
performance.mark("goalframes:started");
// For benchmarks: the wasm memory's size, read-only.
Object.defineProperty(globalThis, "goalframesMemoryBytes", {
  get: () => wasmExports.memory.buffer.byteLength,
});
