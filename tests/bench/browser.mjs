// Browser benchmark (not part of the test suite): run through `cargo xtask bench`,
// which builds one single file per canon size into target/bench/<name>/ first.
//
// For each canon it measures, in headless Chromium from file://:
//  1. navigation start → first paint for the single file, against a static page
//     holding the same profile's page with no script at all (the floor), in the
//     same run: median of RUNS loads each. For the app, two times: its first
//     contentful paint (on a profile's address, the pre-rendered first screen:
//     banner, page top, sheet panel, "Your goals", toolbar;
//     xtask/src/prerender.rs), its largest contentful paint, and when its own
//     view takes over (the `goalframes:mounted` mark); for the floor, its
//     largest contentful paint (everything at once). And whether that first
//     paint is the whole first screen: the file with its app taken out
//     against the app, pixel for pixel;
//  2. switching profile → new breadcrumb and first frame painted, p50/p95 over
//     100 switches, and when the sections below the fold are in as well;
//  3. a keystroke in a placeholder → the open text block shows it, p95;
//  4. a search keystroke → results painted, p95;
//  5. JS heap and wasm memory after opening 100 profiles;
//  6. sizes: wasm and single file, raw and gzip.
// Prints a Markdown table and writes it to the file named by --out.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, paintTimes, preRendered, saveFloor, VIEWPORT } from './chromium.mjs';

const RUNS = 15;
const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const canons = args.filter((a, i) => a.startsWith('--canon=')).map((a) => a.slice('--canon='.length));

const browser = await launch(['--enable-precise-memory-info']);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(0)} KB`;

/**
 * In the page: resolves when `check()` holds, re-checked after every DOM
 * mutation, with { dom, paint }: when the DOM held the change, and when the
 * first frame after it was painted (the next animation frame, then a task).
 */
const settle = `(check) => new Promise((resolve) => {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    const dom = performance.now();
    requestAnimationFrame(() => setTimeout(() => resolve({ dom, paint: performance.now() }), 0));
  };
  const observer = new MutationObserver(() => { if (check()) finish(); });
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  if (check()) finish();
})`;

async function measure(name, dir, profileHash, searchWords) {
  const html = join(dir, 'goalframes.html');
  const url = pathToFileURL(html).href;
  const wasmName = (await readdir(dir)).find((f) => f.endsWith('_bg.wasm'));
  const wasm = await readFile(join(dir, wasmName));
  const single = await readFile(html);

  // The floor: the same profile's page as the app draws it, saved with no script.
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (!profileHash) {
    // The first profile the finder lists.
    await page.goto(url);
    await page.locator('#search').waitFor();
    await page.locator('details').first().evaluate((d) => { d.open = true; });
    profileHash = await page.locator('a[href*="level="]').first().getAttribute('href');
  }
  await page.goto(url + profileHash);
  await page.locator('section[aria-label="SMART goals"]').first().waitFor();
  const floorUrl = await saveFloor(browser, url + profileHash);

  const firstScreen = await preRendered(browser, html, profileHash);
  const app = [], floor = [];
  for (let i = 0; i < RUNS; i++) {
    floor.push((await paintTimes(browser, floorUrl)).lcp);
    app.push(await paintTimes(browser, url + profileHash));
  }

  // Profile switches: from one profile's page straight to another's, until the
  // new breadcrumb and frames are painted.
  const all = await page.evaluate(async () => {
    location.hash = '#';
    await new Promise((r) => setTimeout(r, 300));
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    await new Promise((r) => setTimeout(r, 1000));
    return [...new Set([...document.querySelectorAll('a[href*="level="]')].map((a) => a.getAttribute('href')))];
  });
  const targets = Array.from({ length: 100 }, (_, i) => all[i % all.length]);
  await page.evaluate((h) => { location.hash = h; }, targets[targets.length - 1]);
  await page.locator('nav[aria-label="Breadcrumb"]').waitFor();
  const switches = await page.evaluate(async ({ targets, settle }) => {
    const wait = eval(settle);
    const crumb = () => document.querySelector('nav[aria-label="Breadcrumb"]')?.textContent ?? '';
    const times = [];
    const first = () => document.querySelector('section.frame');
    for (const hash of targets) {
      const before = crumb();
      const old = first();
      const t0 = performance.now();
      location.hash = hash;
      const shown = () => crumb() !== before && crumb() !== '' && first() !== old;
      // The new breadcrumb and the new page's first frame with its goals; and
      // (watched from the same start) every section below the fold filled.
      const [t, rest] = await Promise.all([
        wait(() => shown() && first()?.firstElementChild),
        wait(() => shown() && !document.querySelector('section.frame:empty')),
      ]);
      times.push({ dom: t.dom - t0, paint: t.paint - t0, rest: rest.dom - t0 });
    }
    return times;
  }, { targets, settle });
  const memory = await page.evaluate(() => ({
    js: performance.memory?.usedJSHeapSize ?? 0,
    wasm: globalThis.goalframesMemoryBytes ?? 0,
  }));

  // Keystrokes in a placeholder until the open text block shows them.
  await page.evaluate((h) => { location.hash = h; }, profileHash);
  await page.locator('section[aria-label="SMART goals"]').first().waitFor();
  const smart = page.locator('section[aria-label="SMART goals"]');
  await smart.getByRole('button', { name: 'Copy / print as text' }).click();
  const keys = await page.evaluate(async ({ settle }) => {
    const wait = eval(settle);
    const section = document.querySelector('section[aria-label="SMART goals"]');
    const input = section.querySelector('input[aria-label="Target, SMART goal 1"]');
    const pre = section.querySelector('pre');
    const times = [];
    for (let i = 0; i < 100; i++) {
      const value = `t${i}`;
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value }));
      const t = await wait(() => pre.textContent.includes(`to ${value} by`));
      times.push({ dom: t.dom - t0, paint: t.paint - t0 });
    }
    return times;
  }, { settle });

  // Search keystrokes until the results are painted.
  await page.evaluate(() => { location.hash = '#'; });
  await page.locator('#search').waitFor();
  const search = await page.evaluate(async ({ settle, words }) => {
    const wait = eval(settle);
    const input = document.getElementById('search');
    const times = [];
    for (let round = 0; round < 10; round++) {
      for (let n = 1; n <= words.length; n++) {
        const value = words.slice(0, n);
        const t0 = performance.now();
        // Results may not change between two keystrokes: take the last DOM change
        // before the next painted frame.
        let last = t0;
        const observer = new MutationObserver(() => { last = performance.now(); });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.at(-1) }));
        const paint = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
        observer.disconnect();
        times.push({ dom: last - t0, paint: paint - t0 });
      }
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await wait(() => !document.getElementById('search-results')?.textContent);
    }
    return times;
  }, { settle, words: searchWords });
  await context.close();

  const p = (xs) => pct(xs, 50);
  const dom = (xs) => xs.map((x) => x.dom);
  const paint = (xs) => xs.map((x) => x.paint);
  return {
    name,
    firstPaint: p(app.map((t) => t.fcp)),
    firstView: p(app.map((t) => t.lcp)),
    mounted: p(app.map((t) => t.mounted)),
    firstScreen,
    floor: p(floor),
    switchP50: pct(paint(switches), 50),
    switchP95: pct(paint(switches), 95),
    switchDomP95: pct(dom(switches), 95),
    switchRestP95: pct(switches.map((x) => x.rest), 95),
    keyP95: pct(paint(keys), 95),
    keyDomP95: pct(dom(keys), 95),
    searchP95: pct(paint(search), 95),
    searchDomP95: pct(dom(search), 95),
    js: memory.js,
    wasmMem: memory.wasm,
    wasm: wasm.length,
    wasmGz: gzipSync(wasm, { level: 9 }).length,
    single: single.length,
    singleGz: gzipSync(single, { level: 9 }).length,
  };
}

const rows = [];
for (const spec of canons) {
  const [name, dir, hash] = spec.split('|');
  process.stderr.write(`measuring ${name} …\n`);
  rows.push(await measure(name, dir, hash, 'engineering p4'));
}
await browser.close();

const header = '| canon | first paint: app first contentful / app largest contentful / static floor (ratios; the pre-rendered first screen is the app’s: all, part or none of the viewport) | app’s own view in (takes over) | profile switch → painted p50 / p95 (DOM updated p95; whole page in the DOM p95) | placeholder keystroke → text painted p95 (DOM p95) | search keystroke → results painted p95 (DOM p95) | JS heap / wasm memory after 100 profiles | wasm raw / gzip | single file raw / gzip |\n|---|---|---|---|---|---|---|---|---|';
const lines = rows.map((r) =>
  `| ${r.name} | ${ms(r.firstPaint)} / ${ms(r.firstView)} / ${ms(r.floor)} (${(r.firstPaint / r.floor).toFixed(2)}× / ${(r.firstView / r.floor).toFixed(2)}×; ${r.firstScreen}) | ${ms(r.mounted)} | ${ms(r.switchP50)} / ${ms(r.switchP95)} (${ms(r.switchDomP95)}; ${ms(r.switchRestP95)}) | ${ms(r.keyP95)} (${ms(r.keyDomP95)}) | ${ms(r.searchP95)} (${ms(r.searchDomP95)}) | ${kb(r.js)} / ${kb(r.wasmMem)} | ${kb(r.wasm)} / ${kb(r.wasmGz)} | ${kb(r.single)} / ${kb(r.singleGz)} |`);
const table = [header, ...lines].join('\n') + '\n';
process.stdout.write(table);
if (out) await writeFile(out, table);
