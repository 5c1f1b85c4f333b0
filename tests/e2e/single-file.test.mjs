// The real deliverable: dist/goalframes.html, copied alone to another folder and
// opened from disk. It must do everything the served app does, make no request
// but the file itself, and raise no Content-Security-Policy violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, dist, golden, root, artifacts, screenshot, findByTyping, expectText, expectIncludes, eventually, expectValue } from './harness.mjs';
import { captureFirstScreen, compareFirstScreens, openInLanguage, preRenderedOnly, PROFILE } from './first-screen.mjs';

let browser, folder, fileUrl;
before(async () => {
  browser = await launch();
  folder = await mkdtemp(join(tmpdir(), 'goalframes-single-'));
  await copyFile(join(dist, 'goalframes.html'), join(folder, 'goalframes.html'));
  fileUrl = pathToFileURL(join(folder, 'goalframes.html')).href;
});
after(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

/**
 * A page on the copied file that records requests, errors and CSP violations;
 * `init` runs in the page before any of its scripts.
 */
async function openFile(hash = '', init = null, url = fileUrl) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  // Before any script of the page runs: collect every CSP violation report.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  if (init) await page.addInitScript(init);
  await page.goto(url + hash);
  if (url === fileUrl) await page.locator('main#main h1').first().waitFor();
  const check = async () => {
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, [], 'no CSP violation');
    const others = requests.filter((u) => !u.startsWith(fileUrl.split('#')[0]) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(others, [], 'no request but the file itself');
    assert.deepEqual(errors, [], 'no page errors');
  };
  return { context, page, requests, errors, check };
}

test('the file carries a strict CSP and everything inline', async () => {
  const html = await readFile(join(dist, 'goalframes.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp, /default-src 'none'/);
  // The pre-rendered first screen's script and the boot module, each by its hash.
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet|\son[a-z]+=/i, 'no external script or style, no inline handler');
});

test('opened from disk: find, fill, reload, copy and print, with no request and no CSP violation', async () => {
  const { context, page, requests, check } = await openFile();
  await findByTyping(page, 'database engineering p4', 'Database Engineering — P4');

  // The text blocks equal golden, as from the served app.
  const okr = page.getByRole('region', { name: 'OKRs', exact: true });
  await okr.getByRole('button', { name: 'Copy / print as text' }).click();
  await expectText(okr.locator('pre'), await readFile(join(golden, 'database-engineering.P4.okr.txt'), 'utf8'));

  // Fill, and the value is kept across a reload (localStorage works from disk).
  const smart = page.getByRole('region', { name: 'SMART goals', exact: true });
  await smart.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('99.95% uptime');
  await smart.getByRole('button', { name: 'Copy / print as text' }).click();
  await expectIncludes(smart.locator('pre'), 'to 99.95% uptime by ⟨date⟩.');
  await page.reload();
  await page.locator('main#main h1').first().waitFor();
  await expectValue(
    page.getByRole('region', { name: 'SMART goals', exact: true })
      .getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }),
    '99.95% uptime',
  );

  // Copy to the clipboard.
  const mbo = page.getByRole('region', { name: 'MBO areas', exact: true });
  await mbo.getByRole('button', { name: 'Copy / print as text' }).click();
  await mbo.getByRole('button', { name: 'Copy MBO areas as text' }).click();
  await mbo.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const block = await mbo.locator('pre').textContent();
  await eventually(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t === block, 'the clipboard holds the MBO text block');

  // Print.
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await screenshot(page, 'single-file');
  await check();
  assert.ok(requests.length >= 1);
  await context.close();
});

/**
 * Before any script: when the pre-rendered first screen goes in, notes whether
 * the app's view is there yet, and each part's text and box.
 */
function notePrerender() {
  window.__lcp = [];
  new PerformanceObserver((list) => window.__lcp.push(...list.getEntries().map((e) => e.startTime)))
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((records, observer) => {
    if (!document.querySelector('main[data-prerender]')) return;
    observer.disconnect();
    const parts = ['.canon-stamp', '.canon-notice', '.breadcrumb [aria-current]', 'h1', '.preamble', '.add-compare', '.sheet-panel', '.goals', '.toolbar'];
    window.__prerendered = {
      appShown: document.querySelector('main#main') !== null,
      inert: [...document.querySelectorAll('[data-prerender]')].every((e) => e.inert),
      parts: parts.map((selector) => {
        const e = document.querySelector(selector);
        const r = e.getBoundingClientRect();
        return { selector, text: e.textContent, box: [r.x, r.y, r.width, r.height].map(Math.round) };
      }),
    };
  }).observe(document, { childList: true, subtree: true });
}

test("a profile's address paints its first screen before the app starts, and the app takes it over in place", async () => {
  const { context, page, check } = await openFile('#family=database-engineering&level=P4', notePrerender);
  await page.locator('main#main section.frame').first().waitFor();
  const pre = await page.evaluate(() => window.__prerendered);
  assert.ok(pre, 'the first screen was pre-rendered');
  assert.equal(pre.appShown, false, "it went in before the app's view");
  assert.equal(pre.inert, true, 'nothing in it can be clicked or focused');
  // The app's view has the same texts at the same places, and the copy is gone.
  const shown = await page.evaluate((parts) => parts.map(({ selector }) => {
    const e = document.querySelector(selector);
    const r = e.getBoundingClientRect();
    return { selector, text: e.textContent, box: [r.x, r.y, r.width, r.height].map(Math.round) };
  }), pre.parts);
  assert.deepEqual(shown, pre.parts);
  assert.equal(await page.locator('[data-prerender]').count(), 0);
  assert.equal(await page.locator('h1').count(), 1);
  // The browser's own measure of when the main content was painted counts
  // the pre-rendered screen (the app waits for it to be reported).
  const paints = await page.evaluate(() => ({
    first: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    largest: window.__lcp,
    appIn: performance.getEntriesByName('goalframes:mounted')[0].startTime,
  }));
  assert.equal(paints.largest[0], paints.first, 'the largest contentful paint is the pre-rendered screen');
  assert.ok(paints.appIn > paints.first, "the app's own view came after it");
  await check();

  // Once this browser holds a saved sheet, the app's sheet panel lists it, so
  // no pre-rendered screen (without the list) shows first.
  await page.locator('main#main input[name="person"]').fill('Ada');
  await eventually(() => page.evaluate(() => Object.keys(localStorage).length), (n) => n > 0, 'the sheet is saved');
  const again = await context.newPage();
  await again.addInitScript(notePrerender);
  await again.goto(fileUrl + PROFILE);
  await expectIncludes(again.locator('main#main .other-sheets'), 'Open “Ada');
  assert.equal(await again.evaluate(() => window.__prerendered), undefined, 'none with a saved sheet');
  await context.close();

  // Only a profile's plain address has one: not the finder, not a portal's embed.
  for (const hash of ['', '#family=payroll&level=S3&embed=1']) {
    const other = await openFile(hash, notePrerender);
    await other.page.locator('main#main').waitFor();
    assert.equal(await other.page.evaluate(() => window.__prerendered), undefined, `none at "${hash}"`);
    await other.check();
    await other.context.close();
  }
});

test("the pre-rendered first screen is the app's own, pixel for pixel, on a desktop and a phone", async () => {
  // A profile with a next level to compare with, and the top of its family.
  for (const hash of [PROFILE, '#family=database-engineering&level=P5']) {
    for (const viewport of [{ width: 1200, height: 900 }, { width: 390, height: 844 }]) {
      const name = `first-screen-${hash.slice(-2)}-${viewport.width}`;
      const shots = await compareFirstScreens(browser, fileURLToPath(fileUrl), hash, viewport);
      await mkdir(artifacts, { recursive: true });
      if (shots.preRendered) await writeFile(join(artifacts, `${name}-pre-rendered.png`), shots.preRendered);
      if (shots.app) await writeFile(join(artifacts, `${name}-app.png`), shots.app);
      assert.ok(shots.same, `${name}: the app's first screen is the pre-rendered one (see the artifacts)`);
    }
  }
});

test("every profile's address pre-renders that profile's breadcrumb and heading, and its compare link only where the app has one", async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const app = await context.newPage();
  await app.goto(fileUrl);
  const hashes = [...new Set(await app.locator('main#main a[href*="level="]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))];
  assert.ok(hashes.length > 50, `the finder lists every profile (${hashes.length})`);
  const pre = await context.newPage();
  const only = pathToFileURL(await preRenderedOnly(fileURLToPath(fileUrl))).href;
  // A new document each time: from one address to another in the same file
  // is only a hash change, and the file's script runs once per load.
  const load = async (hash) => { await pre.goto('about:blank'); await pre.goto(only + hash); };
  const texts = (page, root) => page.evaluate((root) => ({
    crumb: document.querySelector(`${root} .breadcrumb [aria-current]`)?.textContent,
    heading: document.querySelector(`${root} h1`)?.textContent,
    compare: document.querySelectorAll(`${root} .profile-actions .button-link`).length,
  }), root);
  for (const hash of hashes) {
    await load(hash);
    const drawn = await texts(pre, 'main[data-prerender]');
    await app.evaluate((h) => { location.hash = h; }, hash);
    const own = await eventually(() => texts(app, 'main#main'), (t) => JSON.stringify(t) === JSON.stringify(drawn), `the app shows ${hash}`).catch(() => null);
    assert.deepEqual(drawn, own ?? await texts(app, 'main#main'), hash);
  }
  // An address that is no profile's gets none, even one that starts like one,
  // or names a level this family lacks and a later family has (P1).
  for (const hash of ['#family=database-engineering&level=P1', '#family=database-engineering&level=P', '#family=database-engineering&level=P44', '#family=nobody&level=P4']) {
    await load(hash);
    assert.equal(await pre.locator('main[data-prerender]').count(), 0, `none at ${hash}`);
  }
  await context.close();
});

test('the captured first screens are the current app\'s, in every language (else run `cargo xtask first-screen`)', async () => {
  for (const lang of ['en', 'de', 'fr', 'es']) {
    const page = await openInLanguage(browser, join(folder, 'goalframes.html'), lang);
    const captured = await captureFirstScreen(page);
    const kept = await readFile(join(root, 'xtask', 'src', 'first-screen', `${lang}.html`), 'utf8');
    assert.equal(kept, captured, `xtask/src/first-screen/${lang}.html is not the app's first screen: run \`cargo xtask first-screen\``);
    await page.context().close();
  }
});

test('a file whose app cannot start says so, and its pre-rendered first screen goes', async () => {
  // The embedded wasm damaged (one base64 character; the file's CSP hash
  // updated to match), as a bad copy or a truncated download would be.
  const html = await readFile(join(dist, 'goalframes.html'), 'utf8');
  const boot = html.match(/<script type="module">([\s\S]*?)<\/script>/)[1];
  const at = boot.indexOf('const wasmXz = "') + 'const wasmXz = "'.length + 5000;
  const damagedBoot = boot.slice(0, at) + (boot[at] === 'A' ? 'B' : 'A') + boot.slice(at + 1);
  const sha = (text) => createHash('sha256').update(text).digest('base64');
  const damaged = html.replace(boot, () => damagedBoot).replace(sha(boot), () => sha(damagedBoot));
  const file = join(folder, 'damaged.html');
  await writeFile(file, damaged);

  const { context, page, errors } = await openFile('#family=database-engineering&level=P4', null, pathToFileURL(file).href);
  await expectIncludes(page.getByRole('alert'), 'Goalframes could not start in this browser');
  assert.equal(await page.locator('[data-prerender]').count(), 0, 'no pre-rendered screen left looking alive');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
  await eventually(() => errors.length, (n) => n > 0, 'the failure also reaches the console');
  await context.close();
});

test('embedded compact view and theming from the URL, from disk', async () => {
  const { context, page, check } = await openFile('#family=payroll&level=S3&embed=1&accent=%23005a32&font=serif');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embed')), true);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#005a32');
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.equal(font, 'serif');
  await screenshot(page, 'single-file-embed');
  await check();
  await context.close();
});
