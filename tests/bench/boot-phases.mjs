// Where the first paint's time goes (not part of the test suite). Loads the
// single file at a profile's address from file:// in headless Chromium, and
// the floor the browser benchmark uses (the same page saved with no script),
// alternating, and prints the medians of the navigation and boot marks in ms
// from navigation start:
//
//   node tests/bench/boot-phases.mjs dist/goalframes.html '#family=database-engineering&level=P4' [RUNS]
//
// domInteractive: the file is parsed; goalframes:script: the boot script runs;
// goalframes:decoded: the wasm's base64 is decoded; goalframes:instantiated:
// the wasm is inflated, compiled and instantiated and the app starts;
// goalframes:mounted: the app has built its first view (both src/lib.rs);
// goalframes:started: the boot script is done; FCP / LCP: first and largest
// contentful paint.
import { pathToFileURL } from 'node:url';
import { launch, saveFloor, watchLcp, VIEWPORT } from './chromium.mjs';

const [file, hash = '', runs = '15'] = process.argv.slice(2);
const browser = await launch();
const appUrl = pathToFileURL(file).href + hash;
const floorUrl = await saveFloor(browser, appUrl);

async function phases(url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await watchLcp(page);
  await page.goto(url);
  await page.locator('section.frame').first().waitFor();
  await page.waitForTimeout(300);
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    return {
      domInteractive: nav.domInteractive,
      'goalframes:script': mark('goalframes:script'),
      'goalframes:decoded': mark('goalframes:decoded'),
      'goalframes:instantiated': mark('goalframes:instantiated'),
      'goalframes:mounted': mark('goalframes:mounted'),
      'goalframes:started': mark('goalframes:started'),
      domContentLoaded: nav.domContentLoadedEventEnd,
      FCP: mark('first-contentful-paint'),
      LCP: window.__lcp,
    };
  });
  await context.close();
  return marks;
}

const app = [], floor = [];
for (let i = 0; i < Number(runs); i++) {
  floor.push(await phases(floorUrl));
  app.push(await phases(appUrl));
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cell = (xs) => (Number.isNaN(median(xs)) ? '—' : `${median(xs).toFixed(1)} ms`);
console.log('| mark | app | static floor |\n|---|---|---|');
for (const key of Object.keys(app[0])) {
  console.log(`| ${key} | ${cell(app.map((s) => s[key]))} | ${cell(floor.map((s) => s[key]))} |`);
}
