// Hostile text stays text: script payloads typed as values and names, carried
// in an imported sheet, a sheet link and the URL hash show literally and never
// run (no flag set, no dialog, no element made from them). Canon text reaches
// the page through the same text nodes (the canon is validated at build time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, goto, foreign, screenshot, serveAndLaunch, expectValue, expectText, expectUrl, eventually } from './harness.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
  "'); window.__pwned=1; ('",
  '<a href="javascript:window.__pwned=1">click</a>',
];

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

/** A page that records dialogs as well as errors and requests. */
async function hostilePage() {
  const opened = await open(browser, server);
  opened.dialogs = [];
  opened.page.on('dialog', async (d) => {
    opened.dialogs.push(d.message());
    await d.dismiss();
  });
  return opened;
}

/** Nothing ran: no flag, no dialog, no element built from a payload. */
async function assertNothingRan(page, dialogs) {
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  assert.deepEqual(dialogs, []);
  const made = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
  }));
  assert.deepEqual(made, { img: 0, svg: 0, scripts: 0, links: 0 });
}

test('payloads typed as values and as the person show literally and never run', async () => {
  const { context, page, requests, errors, dialogs } = await hostilePage();
  await goto(page, server, '#family=database-engineering&level=P4');
  const names = ['Target, SMART goal 1', 'Baseline, SMART goal 2', 'Target, SMART goal 3', 'Target, MBO area 1', 'Target, MBO area 2', 'Target, Internal process row 1'];
  for (const [i, payload] of PAYLOADS.entries()) {
    await page.getByRole('textbox', { name: names[i], exact: true }).fill(payload);
  }
  await page.getByRole('textbox', { name: 'Person' }).fill(PAYLOADS[0]);
  await page.getByRole('textbox', { name: 'Period', exact: true }).fill(PAYLOADS[1]);
  const smart = page.getByRole('region', { name: 'SMART goals', exact: true });
  await smart.getByRole('button', { name: 'Copy / print as text' }).click();
  await eventually(
    () => smart.locator('pre').textContent(),
    (text) => text.includes(PAYLOADS[0]) && text.includes(PAYLOADS[1]),
    'the text block shows the person and the period as typed',
  );
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectValue(page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), PAYLOADS[0]);
  // The sheet list shows the name as text.
  await goto(page, server, '#');
  await page.getByRole('link', { name: `${PAYLOADS[0]}, ${PAYLOADS[1]}` }).waitFor();
  await screenshot(page, 'hostile-sheet-list');
  await assertNothingRan(page, dialogs);
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('payloads in an imported sheet and a sheet link show literally and never run', async () => {
  const { context, page, requests, errors, dialogs } = await hostilePage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await goto(page, server);
  const sheet = {
    schema: 'goalframes.sheet/1', id: 'hostile', family: 'database-engineering', level: 'P4',
    person: PAYLOADS[3], period: PAYLOADS[2],
    values: { 'smart-1': { target: PAYLOADS[0] }, 'smart-9': { target: PAYLOADS[1] }, 'okr-1': { date: PAYLOADS[5] } },
    canon_version: '<img src=x onerror="window.__pwned=1">',
    created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z',
    fingerprints: { 'smart-1': '<script>window.__pwned=1</script>' },
  };
  await page.getByLabel('Import a sheet (.json)').setInputFiles({ name: '<img src=x onerror=window.__pwned=1>.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sheet)) });
  const dialog = page.getByRole('dialog');
  await dialog.getByText(PAYLOADS[3], { exact: true }).waitFor();
  await dialog.getByText(/Filled against canon version <img src=x onerror="window.__pwned=1">/).waitFor();
  await assertNothingRan(page, dialogs);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectValue(page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), PAYLOADS[0]);
  // The orphaned value and the canon version show as text in the canon-change notice.
  await page.getByText(PAYLOADS[1]).first().waitFor();
  await page.getByRole('region', { name: /version <img src=x onerror="window.__pwned=1">/ }).waitFor();
  await screenshot(page, 'hostile-imported');
  await assertNothingRan(page, dialogs);

  // The same sheet as a link, opened in another browser.
  await page.getByRole('button', { name: 'Copy sheet link' }).click();
  await page.getByRole('status').filter({ hasText: 'Sheet link copied.' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await hostilePage();
  await other.page.goto(link);
  const linked = other.page.getByRole('dialog', { name: 'Import a sheet from a sheet link' });
  await linked.getByText(PAYLOADS[3], { exact: true }).waitFor();
  await linked.getByRole('button', { name: 'Import' }).click();
  await other.page.getByRole('textbox', { name: 'Person' }).waitFor();
  await expectValue(other.page.getByRole('textbox', { name: 'Person' }), PAYLOADS[3]);
  await assertNothingRan(other.page, other.dialogs);
  assert.deepEqual(foreign([...requests, ...other.requests], server), []);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test('payloads in the URL hash show literally and never run', async () => {
  const { context, page, requests, errors, dialogs } = await hostilePage();
  const enc = encodeURIComponent;
  await page.goto(server.url + `#family=${enc(PAYLOADS[0])}&level=${enc(PAYLOADS[1])}`);
  await page.getByRole('alert').filter({ hasText: `no profile “${PAYLOADS[0]}” at level “${PAYLOADS[1]}”` }).waitFor();
  await assertNothingRan(page, dialogs);
  // Raw, unencoded markup in the hash.
  await page.goto(server.url + '#family=<img src=x onerror=window.__pwned=1>&level=P4');
  await page.getByRole('alert').filter({ hasText: 'no profile “<img src=x onerror=window.__pwned=1>”' }).waitFor();
  await assertNothingRan(page, dialogs);
  // A sheet id and a frame that are markup.
  await page.goto(server.url + `#family=database-engineering&level=P4&frame=${enc(PAYLOADS[1])}&sheet=${enc(PAYLOADS[0])}`);
  await page.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await assertNothingRan(page, dialogs);
  // A sheet link that is markup.
  await page.goto(server.url + `#share=${enc(PAYLOADS[0])}`);
  await page.getByRole('alert').filter({ hasText: 'Could not import a sheet link' }).waitFor();
  await assertNothingRan(page, dialogs);
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sheet link of 1.9 MB is refused by its length at once, with a clear message, and saved work stays', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  const code = 'A'.repeat(1_900_000);
  // When the address changes and the refusal first shows, by the page's own
  // clock (milliseconds since the page's navigation began).
  const watch = () => {
    addEventListener('hashchange', () => {
      window.__hashchange = performance.now();
    });
    new MutationObserver(() => {
      if (window.__refused === undefined && [...document.querySelectorAll('[role=alert]')].some((e) => e.textContent.includes('too long'))) {
        window.__refused = performance.now();
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  };
  await page.addInitScript(watch);
  await goto(page, server, '#family=database-engineering&level=P4');
  await page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('kept');
  await page.getByRole('textbox', { name: 'Person' }).fill('Ada');
  const sheetUrl = await expectUrl(page, /&sheet=/);
  const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const message = /^Could not import a sheet link: the sheet link is too long \(1900007 characters; at most 65536\)\. Nothing was changed\./;

  // Pasted into the address of the open page: the browser takes its time to
  // set the address (`setter`); the app's part starts with `hashchange`.
  const hashChange = await page.evaluate(async (code) => {
    window.__refused = undefined;
    const start = performance.now();
    location.hash = '#share=' + code;
    const setter = performance.now() - start;
    while (window.__refused === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
    return { setter, app: window.__refused - window.__hashchange };
  }, code);
  await expectText(page.getByRole('alert').filter({ hasText: 'Could not import' }), message);
  // The page stays as it was, its address back in place of the link.
  await expectUrl(page, (u) => u === sheetUrl, 'the sheet\'s address comes back');
  await expectValue(page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), 'kept');
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), saved);

  // Opened as a link in a new tab, in the single file (its boot marks when
  // the app starts).
  const fresh = await context.newPage();
  await fresh.addInitScript(watch);
  await fresh.goto(server.url + 'goalframes.html#share=' + code);
  await expectText(fresh.getByRole('alert').filter({ hasText: 'Could not import' }), message);
  const load = await fresh.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    started: performance.getEntriesByName('goalframes:started')[0].startTime,
    refused: window.__refused,
  }));
  await fresh.getByRole('region', { name: 'Your sheets' }).getByRole('link', { name: 'Ada' }).waitFor();
  assert.equal(await fresh.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), saved);
  // Figures, not criteria: the machine and the browser's own work vary.
  console.log(
    `1.9 MB sheet link: refused ${Math.round(hashChange.app)} ms after the hashchange ` +
      `(the browser took ${Math.round(hashChange.setter)} ms to set the address); in a new tab, ` +
      `${Math.round(load.refused - load.started)} ms after the app started ` +
      `(${Math.round(load.refused)} ms after the page began loading; DOMContentLoaded at ${Math.round(load.loaded)} ms)`,
  );
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});
