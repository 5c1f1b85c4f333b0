// One load of a page, traced (not part of the test suite): prints the
// renderer's main-thread events longer than MIN_MS (default 2) on a timeline
// from the first event, the paint marks, and the largest off-main-thread
// costs (wasm compilation, raster). Use it beside boot-phases.mjs to see what
// a boot phase is made of.
//
//   MIN_MS=1 node tests/bench/trace-load.mjs dist/goalframes.html '#family=database-engineering&level=P4'
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, VIEWPORT } from './chromium.mjs';

const [file, hash = ''] = process.argv.slice(2);
const minUs = Number(process.env.MIN_MS ?? 2) * 1000;
const tracePath = join(await mkdtemp(join(tmpdir(), 'goalframes-trace-')), 'load.json');
const browser = await launch();
const page = await browser.newPage({ viewport: VIEWPORT });
await page.goto('about:blank');
await browser.startTracing(page, {
  path: tracePath,
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading'],
});
await page.goto(pathToFileURL(file).href + hash);
await page.locator('main, section').first().waitFor();
await page.waitForTimeout(500);
await browser.stopTracing();
await browser.close();

const { traceEvents } = JSON.parse(await readFile(tracePath, 'utf8'));
// The renderer main thread with the most events is the page's.
const mains = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const count = (m) => traceEvents.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
const main = mains.reduce((a, b) => (count(b) > count(a) ? b : a));
const mine = traceEvents.filter((e) => e.pid === main.pid && e.ts > 0);
const t0 = Math.min(...mine.map((e) => e.ts));
const at = (ts) => ((ts - t0) / 1000).toFixed(1).padStart(7);
for (const e of mine.filter((e) => e.tid === main.tid && e.ph === 'X' && e.dur > minUs).sort((a, b) => a.ts - b.ts)) {
  console.log(`${at(e.ts)} +${(e.dur / 1000).toFixed(1).padStart(6)}  ${e.name}`);
}
for (const e of mine.filter((e) => /firstContentfulPaint|largestContentfulPaint::Candidate|MarkDOMContent/.test(e.name))) {
  console.log(`${at(e.ts)}  mark ${e.name}`);
}
const off = new Map();
for (const e of mine) {
  if (e.tid !== main.tid && e.ph === 'X' && e.dur > minUs) off.set(e.name, (off.get(e.name) ?? 0) + e.dur);
}
console.log('off the main thread:', [...off].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} ms`).join('; '));
