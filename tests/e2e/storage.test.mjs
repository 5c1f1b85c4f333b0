// Never losing a manager's work: storage that is full, storage holding data the
// app cannot read, a sheet saved under an older canon (changes shown, every
// value kept, orphaned values visible), and two tabs on one sheet (per slot,
// the last writer wins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, goto, foreign, screenshot, axe, serveAndLaunch, expectValue, expectText, expectIncludes, expectUrl } from './harness.mjs';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const PROFILE = '#family=database-engineering&level=P4';
const slot = (page, name) => page.getByRole('textbox', { name, exact: true });
const stored = (page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('goalframes:sheet:')).map(([k, v]) => [k, JSON.parse(v)])),
  );
async function smartText(page) {
  const frame = page.getByRole('region', { name: 'SMART goals', exact: true });
  const toggle = frame.getByRole('button', { name: 'Copy / print as text' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return frame.locator('pre').textContent();
}

test('storage full: the app says so, keeps every value, and saves at the next change once there is room', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await goto(page, server, PROFILE);
  await slot(page, 'Target, SMART goal 1').fill('saved first');
  await page.evaluate(() => (window.__full = true));
  await slot(page, 'Target, SMART goal 2').fill('typed while full');
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved: browser storage is full.' });
  await alert.waitFor();
  await page.getByText(/Not saved yet: browser storage refused the last change/).waitFor();
  await slot(page, 'Baseline, SMART goal 3').fill('also while full');
  await expectValue(slot(page, 'Target, SMART goal 2'), 'typed while full');
  await smartText(page);
  await expectIncludes(page.getByRole('region', { name: 'SMART goals', exact: true }).locator('pre'), 'typed while full');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'storage-full');
  // Nothing of the latest changes reached storage, and what was saved is intact.
  let saved = Object.values(await stored(page));
  assert.equal(saved.length, 1);
  assert.deepEqual(saved[0].values, { 'smart-1': { target: 'saved first' } });
  // The JSON export holds every value meanwhile.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sheet (.json)' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.values['smart-2'].target, 'typed while full');

  // Room again: the next change saves everything.
  await page.evaluate(() => (window.__full = false));
  await page.getByRole('textbox', { name: 'Person' }).fill('Ada');
  await alert.waitFor({ state: 'detached' });
  saved = Object.values(await stored(page));
  assert.deepEqual(saved[0].values, {
    'smart-1': { target: 'saved first' },
    'smart-2': { target: 'typed while full' },
    'smart-3': { baseline: 'also while full' },
  });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectValue(slot(page, 'Baseline, SMART goal 3'), 'also while full');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('unreadable data is set aside, offered as a download, and never written over', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server);
  const good = {
    schema: 'goalframes.sheet/1', id: 'good', family: 'database-engineering', level: 'P4', person: 'Readable',
    values: { 'mbo-1': { target: 'two audits' } }, canon_version: '2026.11-sample',
    created: '2026-11-01T00:00:00.000Z', updated: '2026-11-01T00:00:00.000Z',
  };
  const bad = {
    'goalframes:sheet:broken': '{"schema":"goalframes.sheet/1","id":"broken","values":{"smart-1":',
    'goalframes:sheet:future': JSON.stringify({ ...good, id: 'future', schema: 'goalframes.sheet/9' }),
    'goalframes:sheet:stolen': JSON.stringify(good),
  };
  await page.evaluate(([good, bad]) => {
    localStorage.setItem('goalframes:sheet:good', JSON.stringify(good));
    for (const [k, v] of Object.entries(bad)) localStorage.setItem(k, v);
  }, [good, bad]);
  await page.reload();
  await page.getByText(/Some saved data could not be read/).waitFor();
  for (const key of Object.keys(bad)) await page.getByRole('button', { name: `Download ${key}` }).waitFor();
  await page.getByText(/unknown sheet schema "goalframes.sheet\/9"/).waitFor();
  await page.getByText(/names sheet id “good”, not the id of its key/).waitFor();
  assert.deepEqual(await axe(page), [], 'finder with the unreadable-data notice');
  await screenshot(page, 'storage-unreadable');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download goalframes:sheet:broken' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'unreadable-broken.json');
  assert.equal(await readFile(await download.path(), 'utf8'), bad['goalframes:sheet:broken']);

  // The readable sheet works; editing it and making new ones leaves the unreadable data as it was.
  await page.getByRole('link', { name: 'Readable' }).click();
  await slot(page, 'Target, MBO area 1').fill('three audits');
  await goto(page, server, PROFILE);
  await slot(page, 'Target, SMART goal 1').fill('new sheet');
  const after = await page.evaluate(() => ({ ...localStorage }));
  for (const [k, v] of Object.entries(bad)) assert.equal(after[k], v, `${k} untouched`);
  assert.equal(JSON.parse(after['goalframes:sheet:good']).values['mbo-1'].target, 'three audits');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sheet saved under an older canon shows what changed and keeps every value, orphaned ones too', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  // Today's fingerprints, from a sheet the app saves.
  await goto(page, server, PROFILE);
  await slot(page, 'Target, SMART goal 1').fill('x');
  const today = Object.values(await stored(page))[0].fingerprints;
  assert.ok(today['smart-1'] && today['okr-1-kr1']);
  const fingerprints = { ...today, 'smart-1': '0000000000000000', 'smart-9': 'ffffffffffffffff' };
  delete fingerprints['okr-1-kr1'];
  const old = {
    schema: 'goalframes.sheet/1', id: 'old', family: 'database-engineering', level: 'P4', person: 'Old canon',
    values: { 'smart-1': { target: 'kept target' }, 'smart-9': { target: 'orphan <b>value</b>', date: '2025-12-31' } },
    canon_version: '2025.1-old', created: '2025-01-01T00:00:00.000Z', updated: '2025-01-02T00:00:00.000Z', fingerprints,
  };
  await page.evaluate((old) => localStorage.setItem('goalframes:sheet:old', JSON.stringify(old)), old);
  await goto(page, server, PROFILE + '&sheet=old');
  await page.reload();
  const notice = page.getByRole('region', { name: /The canon changed since this sheet was filled \(version 2025\.1-old, now 2026\.11-sample\)/ });
  await notice.waitFor();
  await notice.getByText('SMART goal 1', { exact: false }).first().waitFor();
  await expectText(notice, /Changed: SMART goal 1/);
  await expectText(notice, /Removed: smart-9/);
  await expectText(notice, /New: Objective 1, key result 1/);
  await expectValue(slot(page, 'Target, SMART goal 1'), 'kept target');
  // Orphaned values stay visible, as text, with a copy button each.
  await notice.getByText('orphan <b>value</b>').waitFor();
  await notice.getByRole('button', { name: 'Copy orphaned value smart-9 Target' }).click();
  await notice.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'smart-9 Target: orphan <b>value</b>');
  assert.deepEqual(await axe(page), [], 'profile with the canon-change notice');
  await notice.scrollIntoViewIfNeeded();
  await screenshot(page, 'canon-drift');

  // Editing keeps the orphaned values and the old stamp until reviewed.
  await slot(page, 'Baseline, SMART goal 2').fill('edited');
  let saved = (await stored(page))['goalframes:sheet:old'];
  assert.equal(saved.values['smart-9'].target, 'orphan <b>value</b>');
  assert.equal(saved.canon_version, '2025.1-old');
  await notice.getByRole('button', { name: 'Mark as reviewed' }).click();
  await page.getByRole('region', { name: 'Some values have no place in today’s frames' }).waitFor();
  saved = (await stored(page))['goalframes:sheet:old'];
  assert.equal(saved.canon_version, '2026.11-sample');
  assert.deepEqual(saved.fingerprints, today);
  assert.deepEqual(saved.values['smart-9'], { target: 'orphan <b>value</b>', date: '2025-12-31' });
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs on one sheet see each other’s changes; per slot, the last writer wins', async () => {
  const { context, page: a, requests, errors } = await open(browser, server);
  await goto(a, server, PROFILE);
  await slot(a, 'Target, SMART goal 1').fill('from A');
  const url = await expectUrl(a, /&sheet=/);
  const b = await context.newPage();
  const errorsB = [];
  b.on('pageerror', (e) => errorsB.push(String(e)));
  await b.goto(url);
  await b.getByRole('heading', { level: 1 }).first().waitFor();
  await expectValue(slot(b, 'Target, SMART goal 1'), 'from A');

  // Different slots at nearly the same time: both survive, in both tabs.
  await Promise.all([
    slot(a, 'Baseline, SMART goal 1').fill('baseline A'),
    slot(b, 'Target, SMART goal 2').fill('target B'),
  ]);
  await b.getByRole('textbox', { name: 'Person' }).fill('Shared');
  for (const page of [a, b]) {
    // Polled by time, not by animation frame: a page in the background paints no frames.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((i) => i.value === 'target B') &&
      [...document.querySelectorAll('input')].some((i) => i.value === 'baseline A') &&
      [...document.querySelectorAll('input')].some((i) => i.value === 'Shared'),
    undefined, { polling: 100 });
  }
  // The same slot: the last writer wins, everywhere.
  await slot(a, 'Date, SMART goal 1').first().fill('first');
  await slot(b, 'Date, SMART goal 1').first().fill('second');
  await a.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'second'), undefined, { polling: 100 });
  const values = Object.values(await stored(a))[0].values;
  assert.deepEqual(values, {
    'smart-1': { baseline: 'baseline A', target: 'from A', date: 'second' },
    'smart-2': { target: 'target B' },
  });
  await expectValue(slot(a, 'Date, SMART goal 1').first(), 'second');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual([...errors, ...errorsB], []);
  await context.close();
});
