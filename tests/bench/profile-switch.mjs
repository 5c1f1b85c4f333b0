// Where a profile switch spends its time: Chrome's sampling profiler over 30
// switches of a single file, self and total time per function, per switch.
// For wasm function names, build the file from a `wasm-opt -g` wasm (see
// PERFORMANCE.md). Usage: node tests/bench/profile-switch.mjs path/to/goalframes.html
import { launch, SWITCH_HASHES, VIEWPORT } from './chromium.mjs';
import { pathToFileURL } from 'node:url';

const file = process.argv[2] ?? 'dist/goalframes.html';
const SWITCHES = 30;
const browser = await launch();
const page = await browser.newPage();
await page.goto(pathToFileURL(file).href + '#family=database-engineering&level=P4');
await page.locator('section[aria-label="Scorecard"]').waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(async ({ n, hashes }) => {
  for (let i = 0; i < n; i++) {
    location.hash = hashes[i % hashes.length];
    await new Promise((r) => setTimeout(r, 30));
  }
}, { n: SWITCHES, hashes: SWITCH_HASHES });
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const total = new Map();
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const name = (nodeId) => byId.get(nodeId).callFrame.functionName || '(anonymous)';
  self.set(name(id), (self.get(name(id)) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    if (!seen.has(name(cur))) {
      seen.add(name(cur));
      total.set(name(cur), (total.get(name(cur)) ?? 0) + dt);
    }
  }
});
const show = (m, n) => [...m.entries()]
  .filter(([k]) => k !== '(idle)' && k !== '(root)')
  .sort((a, b) => b[1] - a[1])
  .slice(0, n)
  .map(([k, v]) => `${(v / 1000 / SWITCHES).toFixed(2)} ms  ${k.slice(0, 110)}`)
  .join('\n');
console.log(`self time per switch\n${show(self, 20)}\n\ntotal time per switch\n${show(total, 30)}`);
