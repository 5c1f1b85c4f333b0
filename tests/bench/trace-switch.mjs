// Where a profile switch's main-thread time goes, by Chrome trace event (not
// part of the test suite): 30 switches between three profiles, traced, then
// the 25 costliest event names with their time per switch. Events nest (a
// RunTask holds its Layout), so the rows overlap; read them as a breakdown.
//
//   node tests/bench/trace-switch.mjs dist/goalframes.html [SWITCHES]
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, SWITCH_HASHES, VIEWPORT } from './chromium.mjs';

const [file, switches = '30'] = process.argv.slice(2);
const n = Number(switches);
const tracePath = join(await mkdtemp(join(tmpdir(), 'goalframes-trace-')), 'switch.json');
const browser = await launch();
const page = await browser.newPage({ viewport: VIEWPORT });
await page.goto(pathToFileURL(file).href + '#family=database-engineering&level=P4');
await page.locator('section[aria-label="Scorecard"] h2').waitFor();
await browser.startTracing(page, {
  path: tracePath,
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
});
await page.evaluate(async ({ n, hashes }) => {
  for (let i = 0; i < n; i++) {
    location.hash = hashes[i % hashes.length];
    // Long enough for the switch, its paint and the sections filled after it.
    await new Promise((r) => setTimeout(r, 100));
  }
}, { n, hashes: SWITCH_HASHES });
await browser.stopTracing();
await browser.close();

const { traceEvents } = JSON.parse(await readFile(tracePath, 'utf8'));
const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const sums = new Map();
for (const e of traceEvents) {
  if (e.ph !== 'X' || e.pid !== main?.pid || e.tid !== main?.tid || !e.dur) continue;
  sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur);
}
for (const [name, us] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${(us / 1000 / n).toFixed(2).padStart(7)} ms  ${name}`);
}
