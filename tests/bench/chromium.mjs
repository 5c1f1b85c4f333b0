// What the benchmark scripts share: Chromium started one way (Debian's, no
// downloads), the switch targets, the static floor first paint is compared
// against, and the largest-contentful-paint watch.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { compareFirstScreens } from '../e2e/first-screen.mjs';

export const VIEWPORT = { width: 1200, height: 900 };

/** Three profiles the profiling scripts switch between, in turn. */
export const SWITCH_HASHES = ['#family=payroll&level=S3', '#family=database-engineering&level=P4', '#family=software-engineering&level=P3'];

/** Headless Chromium with the flags every test and benchmark uses. */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/**
 * The floor: the app's page at `url` as it draws it (every section filled),
 * saved with no script at all. Returns the saved file's file:// URL.
 */
export async function saveFloor(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(url);
  await page.locator('section.frame').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('section.frame:empty'));
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, meta[http-equiv]').forEach((s) => s.remove());
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await page.close();
  const file = join(await mkdtemp(join(tmpdir(), 'goalframes-floor-')), 'floor.html');
  await writeFile(file, html);
  return pathToFileURL(file).href;
}

/**
 * What the single file at `html` paints before its app at `hash`: 'none' (no
 * pre-rendered first screen there), 'all' (the viewport is pixel for pixel
 * the app's own first screen, so its first paint shows everything the app
 * will), or 'part'.
 */
export async function preRendered(browser, html, hash) {
  const { preRendered, same } = await compareFirstScreens(browser, html, hash, VIEWPORT);
  return preRendered === null ? 'none' : same ? 'all' : 'part';
}

/** Before the page loads: keeps the latest largest-contentful-paint time in `window.__lcp`. */
export function watchLcp(page) {
  return page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = Math.max(window.__lcp, e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/**
 * Navigation start → { fcp, lcp, mounted }: first and largest contentful
 * paint of a fresh load of url, and when the app's own view went in (NaN on
 * a static page), once its first frame section is in (and 300 ms more, for
 * late paints).
 */
export async function paintTimes(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await watchLcp(page);
  await page.goto(url);
  await page.locator('section.frame').first().waitFor();
  await page.waitForFunction(() => window.__lcp > 0);
  await page.waitForTimeout(300);
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    // The app's own view is in (src/lib.rs); none on a static page.
    mounted: performance.getEntriesByName('goalframes:mounted')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return times;
}
