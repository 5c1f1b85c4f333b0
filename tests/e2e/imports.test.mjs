// Importing sheets: a good file by the picker and by drag and drop, what it
// holds shown before anything is saved, keep both / replace / cancel for an id
// already here, and every kind of bad input refused with a clear message and
// every saved sheet untouched. axe checks the import dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { open, goto, foreign, screenshot, axe, serveAndLaunch, expectValue, expectText, expectCount, expectFocus, eventually, expectUrl } from './harness.mjs';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const TITLE = 'Goal templates — Database Engineering — P4';

/** A valid sheet (schema goalframes.sheet/1) with two values. */
function sheet(overrides = {}) {
  return {
    schema: 'goalframes.sheet/1',
    id: 'imported1',
    family: 'database-engineering',
    level: 'P4',
    person: 'Katherine Johnson',
    period: '2026 H2',
    values: { 'smart-1': { target: '99.99% uptime', date: '2026-12-31' } },
    canon_version: '2026.11-sample',
    created: '2026-11-01T10:00:00.000Z',
    updated: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const snapshot = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function pick(page, payload) {
  await page.getByLabel('Import a sheet (.json)').setInputFiles(payload);
}

/** Drops a file on the page the way a person's drag and drop does. */
async function drop(page, name, text) {
  await page.evaluate(
    ([name, text]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    },
    [name, text],
  );
}

test('a good file imports after showing what it holds; the same id asks keep both, replace or cancel', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server);
  await pick(page, file('katherine.json', JSON.stringify(sheet())));
  const dialog = page.getByRole('dialog', { name: 'Import a sheet from “katherine.json”' });
  await dialog.waitFor();
  for (const text of ['Database Engineering — P4', 'Katherine Johnson', '2026 H2', '2 filled values']) {
    await dialog.getByText(text, { exact: true }).waitFor();
  }
  await expectFocus(page, 'import-heading');
  assert.equal(await snapshot(page), '[]', 'nothing is saved before the person confirms');
  assert.deepEqual(await axe(page), [], 'import dialog');
  await screenshot(page, 'import-dialog');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await expectUrl(page, /&sheet=imported1$/);
  await expectValue(page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), '99.99% uptime');
  await page.getByRole('status').filter({ hasText: 'Imported “Katherine Johnson, 2026 H2”.' }).waitFor();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('goalframes:sheet:imported1')));
  assert.equal(saved.person, 'Katherine Johnson');

  // The same id again, by drag and drop, with another value: cancel changes nothing.
  await goto(page, server, '#');
  const changed = JSON.stringify(sheet({ values: { 'smart-1': { target: 'replaced' } } }));
  await drop(page, 'again.json', changed);
  const again = page.getByRole('dialog', { name: 'Import a sheet from “again.json”' });
  await again.getByText(/same id is already in this browser/).waitFor();
  assert.deepEqual(await axe(page), [], 'import dialog, id taken');
  await screenshot(page, 'import-dialog-conflict');
  const before = await snapshot(page);
  await again.getByRole('button', { name: 'Cancel' }).click();
  await again.waitFor({ state: 'detached' });
  assert.equal(await snapshot(page), before);

  // Keep both: a second sheet with a new id.
  await drop(page, 'again.json', changed);
  await again.getByRole('button', { name: 'Keep both' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await expectUrl(page, (u) => !/sheet=imported1$/.test(u), 'no longer the imported sheet');
  await expectValue(page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), 'replaced');
  await eventually(() => page.evaluate(() => Object.keys(localStorage).length), (n) => n === 2, 'two sheets saved');
  assert.equal(
    JSON.parse(await page.evaluate(() => localStorage.getItem('goalframes:sheet:imported1'))).values['smart-1'].target,
    '99.99% uptime',
    'the original is untouched',
  );

  // Replace: the sheet with that id takes the imported content.
  await goto(page, server, '#');
  await pick(page, file('again.json', changed));
  await again.getByRole('button', { name: 'Replace' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await expectUrl(page, /&sheet=imported1$/);
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('goalframes:sheet:imported1'))).values, {
    'smart-1': { target: 'replaced' },
  });
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

const BAD = [
  ['not-json.json', 'this is not JSON {', /not a Goalframes sheet/],
  ['other-schema.json', JSON.stringify(sheet({ schema: 'goalframes.sheet/9' })), /unknown sheet schema "goalframes.sheet\/9"/],
  ['wrong-types.json', JSON.stringify(sheet({ values: { 'smart-1': { target: 42 } } })), /invalid type: integer `42`, expected a string/],
  ['no-id.json', JSON.stringify({ ...sheet(), id: undefined }), /missing field `id`/],
  ['unknown-profile.json', JSON.stringify(sheet({ family: 'astronomy', level: 'P9' })), /a profile this canon does not have: family “astronomy” at level “P9”/],
  ['oversized.json', JSON.stringify(sheet({ person: 'x' })) + ' '.repeat(300 * 1024), /too large to be a sheet \(\d+ bytes; a sheet is at most 256 KB\)/],
  ['hostile-id.json', JSON.stringify(sheet({ id: '../<script>' })), /bad id/],
  ['two-lines.json', JSON.stringify(sheet({ person: 'a\nb' })), /a value is one line/],
  ['long-value.json', JSON.stringify(sheet({ values: { 'smart-1': { target: 'x'.repeat(201) } } })), /at most 200 characters/],
  ['impossible-date.json', JSON.stringify(sheet({ values: { 'smart-1': { date: '2026-02-31' } } })), /bad value in smart-1\.date: there is no such day in the calendar/],
  ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x01]), /not UTF-8/],
  ['array.json', '[1,2,3]', /not a Goalframes sheet/],
];

test('bad files get a clear message and leave every saved sheet untouched', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server, '#family=database-engineering&level=P4');
  await page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('mine');
  await goto(page, server, '#');
  const before = await snapshot(page);
  for (const [name, content, message] of BAD) {
    await pick(page, { name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    const alert = page.getByRole('alert').filter({ hasText: `Could not import “${name}”` });
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, message, `${name}: ${text}`);
    assert.match(text, /Nothing was changed\./);
    await expectCount(page.getByRole('dialog'), 0, `${name}: no import offered`);
    assert.equal(await snapshot(page), before, `${name}: storage untouched`);
  }
  await screenshot(page, 'import-refused');
  // The same by drag and drop.
  await drop(page, 'dropped.json', JSON.stringify(sheet({ schema: 'nope' })));
  await page.getByRole('alert').filter({ hasText: 'Could not import “dropped.json”' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expectCount(page.getByRole('alert'), 0);
  assert.equal(await snapshot(page), before);
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged or hostile sheet link is refused with a message', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  for (const [hash, message] of [
    ['#share=not*base64', /damaged \(not base64url\)/],
    ['#share=' + 'A'.repeat(70 * 1024), /too long/],
    ['#share=AAAA', /damaged or too large/],
  ]) {
    await page.goto(server.url + hash);
    await page.getByRole('alert').filter({ hasText: 'Could not import a sheet link' }).waitFor();
    await expectText(page.getByRole('alert').first(), message);
    await expectUrl(page, (u) => new URL(u).hash === '', 'the bad link leaves the address bar');
  }
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sheet link or pasted code with an impossible due date is refused and changes nothing', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server, '#family=database-engineering&level=P4');
  await page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('mine');
  await eventually(() => snapshot(page), (s) => s.includes('mine'), 'the typed value is saved');
  const before = await snapshot(page);
  // A sheet code as the app writes one (raw DEFLATE of the JSON, base64url), of a sheet due on 30 February.
  const json = JSON.stringify(sheet({ values: { 'smart-1': { target: 'theirs', date: '2026-02-31' } } }));
  const code = deflateRawSync(Buffer.from(json)).toString('base64url');
  const why = /bad value in smart-1\.date: there is no such day in the calendar.*Nothing was changed\./;

  await page.goto(server.url + '#share=' + code);
  const refused = page.getByRole('alert').filter({ hasText: 'Could not import a sheet link:' });
  await expectText(refused, why);
  await expectUrl(page, (u) => new URL(u).hash === '', 'the link leaves the address bar');
  await expectCount(page.getByRole('dialog'), 0, 'no import offered');
  assert.equal(await snapshot(page), before, 'link: storage untouched');
  await screenshot(page, 'link-refused-impossible-date');

  // Pasted: the code, the whole link, the sheet's JSON.
  for (const pasted of [code, `${server.url}#share=${code}`, json]) {
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expectCount(page.getByRole('alert'), 0);
    await page.getByRole('textbox', { name: 'Sheet link or code' }).fill(pasted);
    await page.getByRole('button', { name: 'Import from link or code' }).click();
    await expectText(page.getByRole('alert').filter({ hasText: 'Could not import a sheet link or code:' }), why);
    await expectCount(page.getByRole('dialog'), 0, `${pasted.slice(0, 20)}: no import offered`);
    assert.equal(await snapshot(page), before, `${pasted.slice(0, 20)}: storage untouched`);
  }
  // The sheet typed in before opens as it was.
  const [[key]] = JSON.parse(before);
  await goto(page, server, `#family=database-engineering&level=P4&sheet=${key.replace('goalframes:sheet:', '')}`);
  await expectValue(page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }), 'mine');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});
