// How near the static floor a single file can paint at all (not part of the
// test suite). Loads three pages from file:// in headless Chromium,
// alternating, and prints the medians of first and largest contentful paint:
//
// - floor: the app's page at HASH saved with no script (as browser.mjs);
// - pre-rendered: that same page with the single file's scripts appended as
//   inert text (`type="text/plain"`): a perfect pre-rendered first view, the
//   whole page, that runs nothing before its first paint and carries the
//   app's bytes;
// - app: the single file itself (its first paint is its pre-rendered first
//   screen, its largest its own view);
// - app without its pre-render: the same file less the pre-rendered first screen
//   (its template, its script and that script's CSP hash), to see what it
//   costs the app's own view.
//
// Then what a pre-rendered first view for *any* address would carry: the
// markup of every profile's page, raw and gzip -9 (one stream).
//
//   node tests/bench/first-paint-ceiling.mjs dist/goalframes.html '#family=database-engineering&level=P4' [RUNS]
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch, paintTimes, saveFloor, VIEWPORT } from './chromium.mjs';

const [file, hash = '#family=database-engineering&level=P4', runs = '15'] = process.argv.slice(2);
const browser = await launch();
const appUrl = pathToFileURL(file).href + hash;
const floorUrl = await saveFloor(browser, appUrl);

const single = await readFile(file, 'utf8');
const scripts = single.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
const inert = scripts.map((s) => s.replace(/^<script\b[^>]*>/, '<script type="text/plain">')).join('\n');
const floor = await readFile(fileURLToPath(floorUrl), 'utf8');
const preRendered = join(await mkdtemp(join(tmpdir(), 'goalframes-ceiling-')), 'pre-rendered.html');
await writeFile(preRendered, floor.replace('</body>', `${inert}</body>`));

// The template, the profiles' texts and the script that shows them.
const prerender = single.match(/<template id="goalframes-prerender">[\s\S]*?<\/template><script type="text\/plain"[\s\S]*?<\/script><script>([\s\S]*?)<\/script>\n?/);
if (!prerender) throw new Error(`${file} has no pre-rendered first screen in the form this script knows`);
const withoutPrerender = join(dirname(preRendered), 'without-pre-render.html');
await writeFile(withoutPrerender, single.replace(prerender[0], '').replace(`'sha256-${createHash('sha256').update(prerender[1]).digest('base64')}' `, ''));

const pages = {
  floor: floorUrl,
  'pre-rendered': pathToFileURL(preRendered).href,
  app: appUrl,
  'app without its pre-render': pathToFileURL(withoutPrerender).href + hash,
};
const times = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
for (let i = 0; i < Number(runs); i++) {
  for (const [name, url] of Object.entries(pages)) {
    const { fcp, lcp } = await paintTimes(browser, url);
    times[name].push([fcp, lcp]);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floorMs = median(times.floor.map((t) => t[1]));
console.log('| page | bytes | first contentful paint (× floor) | largest contentful paint (× floor) |\n|---|---|---|---|');
const bytes = {
  floor: floor.length,
  'pre-rendered': floor.length + inert.length,
  app: single.length,
  'app without its pre-render': single.length - prerender[0].length,
};
for (const name of Object.keys(pages)) {
  const [fcp, lcp] = [0, 1].map((k) => median(times[name].map((t) => t[k])));
  const cell = (ms) => `${ms.toFixed(1)} ms (${(ms / floorMs).toFixed(2)}×)`;
  console.log(`| ${name} | ${bytes[name]} | ${cell(fcp)} | ${cell(lcp)} |`);
}

// Every profile's page, as a pre-render for any address would have to carry it.
const page = await browser.newPage({ viewport: VIEWPORT });
await page.goto(pathToFileURL(file).href);
const hrefs = await page.evaluate(() =>
  [...new Set([...document.querySelectorAll('a[href*="level="]')].map((a) => new URL(a.href).hash))]);
const markup = [];
const crumb = () => document.querySelector('.breadcrumb [aria-current]')?.textContent ?? '';
for (const target of hrefs) {
  const before = await page.evaluate(crumb);
  await page.evaluate((h) => { location.hash = h; }, target);
  // The new profile's breadcrumb, and every section filled.
  await page.waitForFunction((was) => document.querySelector('.breadcrumb [aria-current]')?.textContent !== was
    && document.querySelector('section.frame') && !document.querySelector('section.frame:empty'), before);
  markup.push(await page.evaluate(() => document.querySelector('main').outerHTML));
}
await browser.close();
const all = Buffer.from(markup.join('\n'));
console.log(`\nevery profile's page (${markup.length} profiles): ${all.length} bytes of markup, ${gzipSync(all, { level: 9 }).length} gzip -9`);
