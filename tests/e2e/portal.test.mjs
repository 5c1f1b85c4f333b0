// examples/portal.html embeds the single file in an iframe, served with it on
// 127.0.0.1: the postMessage round trip works, and a page of another origin
// that frames the same file cannot drive it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, root, dist, screenshot, eventually, expectValue, expectAttribute } from './harness.mjs';
import { say } from './catalog.mjs';

/** Serves fixed paths → files (and a rogue page) on 127.0.0.1 at a free port. */
async function serveFiles(routes) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const route = routes[path];
    if (!route) return res.writeHead(404).end();
    const body = typeof route === 'function' ? route() : await readFile(route);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

let browser, portal, rogue;
before(async () => {
  browser = await launch();
  portal = await serveFiles({
    '/portal.html': join(root, 'examples', 'portal.html'),
    '/goalframes.html': join(dist, 'goalframes.html'),
  });
  // Another origin that frames the portal's file, naming the portal as parent origin.
  rogue = await serveFiles({
    '/rogue.html': () => `<!doctype html><title>rogue</title>
      <iframe id="f" src="${portal.origin}/goalframes.html#family=database-engineering&level=P4&origin=${encodeURIComponent(portal.origin)}"></iframe>
      <script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>`,
  });
});
after(async () => {
  await browser?.close();
  await portal?.close();
  await rogue?.close();
});

const events = (page, type) => page.evaluate((t) => window.goalframesEvents.filter((e) => e.type === t), type);

test('the portal receives ready and sheet-changed, opens profiles and gets the sheet', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${portal.origin}/portal.html`);
  await page.waitForFunction(() => window.goalframesEvents.some((e) => e.type === 'goalframes:ready'));
  const [ready] = await events(page, 'goalframes:ready');
  assert.deepEqual(ready, { type: 'goalframes:ready', version: 1, family: 'database-engineering', level: 'P4' });

  const panel = page.frameLocator('#goalframes');
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  // The portal's accent colour themes the panel.
  const accent = await page.frame({ url: /goalframes\.html/ }).evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#1f3a5f');

  // Typing in the panel sends the sheet to the portal.
  await panel.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('two reviews');
  await page.waitForFunction(() =>
    window.goalframesEvents.some((e) => e.type === 'goalframes:sheet-changed' && e.sheet.values['smart-1']?.target === 'two reviews'));
  const changed = (await events(page, 'goalframes:sheet-changed')).at(-1);
  assert.equal(changed.sheet.schema, 'goalframes.sheet/3');
  assert.equal(changed.sheet.family, 'database-engineering');
  assert.equal(changed.stage, 'draft');

  // get-sheet answers with the open sheet.
  await page.getByRole('button', { name: 'Get the sheet' }).click();
  await page.waitForFunction(() => window.goalframesEvents.some((e) => e.type === 'goalframes:sheet'));
  const [answer] = await events(page, 'goalframes:sheet');
  assert.equal(answer.sheet.values['smart-1'].target, 'two reviews');
  assert.equal(answer.stage, 'draft');

  // open shows another profile in the panel.
  await page.getByRole('button', { name: 'Open Payroll S3' }).click();
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Payroll Specialist' }).waitFor();
  await screenshot(page, 'portal');

  assert.deepEqual(requests.filter((u) => !u.startsWith(portal.origin + '/')), [], 'nothing leaves the portal server');
  await context.close();
});

test('messages from another origin change nothing and get no answer', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${rogue.origin}/rogue.html`);
  const panel = page.frameLocator('#f');
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await page.evaluate(() => {
    const f = document.getElementById('f').contentWindow;
    f.postMessage({ type: 'goalframes:open', family: 'payroll', level: 'S3' }, '*');
    f.postMessage({ type: 'goalframes:get-sheet' }, '*');
  });
  // Give the app time to (not) act, then check nothing happened.
  await page.waitForTimeout(500);
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  assert.equal(await page.frame({ url: /goalframes\.html/ }).evaluate(() => location.hash.includes('payroll')), false);
  // The app posts only to the portal's origin: this page hears nothing, not even ready.
  assert.deepEqual(await page.evaluate(() => window.received), []);
  await context.close();
});

test('the embed holds: navigation, reload and back/forward keep the theme and the message channel', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${portal.origin}/portal.html`);
  await page.waitForFunction(() => window.goalframesEvents.some((e) => e.type === 'goalframes:ready'), undefined, { polling: 100 });
  const panel = page.frameLocator('#goalframes');
  const frame = () => page.frame({ url: /goalframes\.html/ });
  const held = async () => {
    const hash = await frame().evaluate(() => location.hash);
    const accent = await frame().evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    return { embed: hash.includes('embed=1'), origin: hash.includes(`origin=${encodeURIComponent(portal.origin)}`), accent };
  };
  const expectHeld = (what) => eventually(held, (h) => h.embed && h.origin && h.accent === '#1f3a5f', `${what}: options kept`);

  // Links inside the panel.
  await panel.getByRole('link', { name: 'All profiles' }).click();
  await panel.getByRole('heading', { level: 1, name: 'Find a profile' }).waitFor();
  await expectHeld('All profiles');
  await panel.getByRole('link', { name: /^Payroll S3 / }).click();
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Payroll Specialist' }).waitFor();
  await expectHeld('a level link');
  // Search.
  await panel.getByRole('link', { name: 'All profiles' }).click();
  const search = panel.getByRole('combobox', { name: /Search by family/ });
  await search.fill('database p4');
  await search.press('ArrowDown');
  await search.press('Enter');
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await expectHeld('search');
  // Back and forward.
  await frame().evaluate(() => history.back());
  await panel.getByRole('heading', { level: 1, name: 'Find a profile' }).waitFor();
  await expectHeld('back');
  await frame().evaluate(() => history.forward());
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await expectHeld('forward');
  // A sheet, then a reload inside the panel: ready again, and get-sheet answers.
  await panel.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('kept over a reload');
  await page.waitForFunction(() => window.goalframesEvents.some((e) => e.type === 'goalframes:sheet-changed'), undefined, { polling: 100 });
  const readies = (await events(page, 'goalframes:ready')).length;
  await frame().evaluate(() => location.reload());
  await page.waitForFunction((n) => window.goalframesEvents.filter((e) => e.type === 'goalframes:ready').length > n, readies, { polling: 100 });
  await expectHeld('reload');
  await page.getByRole('button', { name: 'Get the sheet' }).click();
  await page.waitForFunction(() => window.goalframesEvents.some((e) => e.type === 'goalframes:sheet' && e.sheet?.values['smart-1']?.target === 'kept over a reload'), undefined, { polling: 100 });
  await context.close();
});

test('the portal opens a profile for a person and period, and opens a sheet it holds through the import checks', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${portal.origin}/portal.html`);
  await page.waitForFunction(() => window.goalframesEvents.some((e) => e.type === 'goalframes:ready'), undefined, { polling: 100 });
  const panel = page.frameLocator('#goalframes');
  const post = (message) => page.evaluate((m) => document.getElementById('goalframes').contentWindow.postMessage(m, location.origin), message);
  const opened = async (n) => {
    await page.waitForFunction((k) => window.goalframesEvents.filter((e) => e.type === 'goalframes:opened').length >= k, n, { polling: 100 });
    return (await events(page, 'goalframes:opened')).at(n - 1);
  };

  // A person and period with no sheet yet: one is started for them.
  await post({ type: 'goalframes:open', family: 'payroll', level: 'S3', person: 'Ada Lovelace', period: '2026 H1' });
  const first = await opened(1);
  assert.equal(first.sheet.person, 'Ada Lovelace');
  assert.equal(first.sheet.period, '2026 H1');
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Payroll Specialist' }).waitFor();
  await expectValue(panel.getByRole('textbox', { name: 'Person' }), 'Ada Lovelace');
  await panel.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('zero late payments');
  // Elsewhere, then the same person again: the same sheet, with what was typed.
  await post({ type: 'goalframes:open', family: 'database-engineering', level: 'P4' });
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await post({ type: 'goalframes:open', family: 'payroll', level: 'S3', person: 'Ada Lovelace' });
  const again = await opened(3);
  assert.equal(again.sheet.id, first.sheet.id);
  await expectValue(panel.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), 'zero late payments');

  // open-sheet: the sheet the portal stored; same id here, so the person chooses.
  const stored = { ...again.sheet, values: { 'smart-1': { target: 'from the portal' } } };
  await post({ type: 'goalframes:open-sheet', sheet: stored });
  const dialog = panel.getByRole('dialog', { name: 'Import a sheet from the portal' });
  await dialog.getByRole('button', { name: 'Replace' }).waitFor();
  await expectValue(panel.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), 'zero late payments');
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expectValue(panel.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), 'from the portal');
  // A bad sheet gets an error back and changes nothing.
  await post({ type: 'goalframes:open-sheet', sheet: { schema: 'goalframes.sheet/9' } });
  await page.waitForFunction(() => window.goalframesEvents.some((e) => e.type === 'goalframes:error' && /cannot be opened/.test(e.message)), undefined, { polling: 100 });

  // The portal's language: the page, its <html lang> and its words follow.
  await post({ type: 'goalframes:open', family: 'database-engineering', level: 'P4', lang: 'de' });
  await panel.getByRole('heading', { level: 1, name: say('de', 'heading', { title: 'Database Engineering — P4' }) }).waitFor();
  await expectAttribute(panel.locator('html'), 'lang', 'de');
  await panel.getByRole('region', { name: say('de', 'goals-heading') }).waitFor();
  await context.close();
});
