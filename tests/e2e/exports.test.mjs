// Exports of the open sheet as downloads (text, Markdown, CSV, JSON, Word) with
// their content checked: the unfilled text export equals the CLI's rendering,
// the .docx opens in LibreOffice, the JSON is the sheet and imports again, and
// the sheet link carries the sheet to a colleague's browser. Also from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, goto, foreign, screenshot, root, dist, serveAndLaunch, expectValue, expectUrl } from './harness.mjs';

const PROFILE = '#family=database-engineering&level=P4';
const TODAY = /^Exported: \d{4}-\d{2}-\d{2}\n/m;

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

/** Clicks an export button and returns the download's file name and bytes. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export this sheet' }).getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The CLI's rendering of the whole profile (the engine the app runs). */
function cliText() {
  return execFileSync(
    'cargo',
    ['run', '-q', '-p', 'goalframes-cli', '--', 'render', '--family', 'database-engineering', '--level', 'P4', '--format', 'text'],
    { cwd: root, encoding: 'utf8' },
  );
}

test('unfilled text export equals the CLI rendering, with the export date', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  const { name, bytes } = await download(page, 'Text (.txt)');
  assert.equal(name, 'database-engineering-p4.txt');
  const text = bytes.toString('utf8');
  assert.match(text, TODAY);
  assert.ok(text.includes('Canon: JobFrame 2026.11-sample\n'));
  assert.equal(text.replace(TODAY, ''), cliText());
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every export of a filled sheet carries its values, person, period, canon and date', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  await page.getByRole('textbox', { name: 'Person' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: 'Period', exact: true }).fill('2026 H1');
  await page.getByRole('textbox', { name: 'Target, SMART goal 2', exact: true }).fill('p95 200 ms, "fast", <ok>');
  await page.getByRole('textbox', { name: 'Date, MBO area 1', exact: true }).fill('2026-06-30');
  await page.getByRole('region', { name: 'Sheet' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'exports-panel');

  const text = await download(page, 'Text (.txt)');
  assert.equal(text.name, 'database-engineering-p4-ada-lovelace.txt');
  const t = text.bytes.toString('utf8');
  for (const line of ['Person: Ada Lovelace\n', 'Period: 2026 H1\n', 'Canon: JobFrame 2026.11-sample\n', 'SMART goals\n', 'Scorecard\n']) {
    assert.ok(t.includes(line), line);
  }
  assert.match(t, TODAY);
  assert.ok(t.includes('p95 200 ms, "fast", <ok>'));

  const md = (await download(page, 'Markdown (.md)')).bytes.toString('utf8');
  assert.ok(md.startsWith('# '), md.slice(0, 80));
  assert.ok(md.includes('Ada Lovelace') && md.includes('2026 H1') && md.includes('2026.11-sample'));
  assert.ok(md.includes('p95 200 ms'));

  const csv = (await download(page, 'CSV (.csv)')).bytes.toString('utf8');
  const [header] = csv.split(/\r?\n/);
  assert.equal(header, 'family,level,frame,item,label,text,baseline,target,date,source,canon,canon_version,exported');
  assert.ok(/,JobFrame,2026\.11-sample,\d{4}-\d\d-\d\d\r?\n/.test(csv), 'canon and export date on each row');
  // RFC 4180: the value with quotes is quoted and its quotes doubled.
  assert.ok(csv.includes('p95 200 ms, ""fast"", <ok>'), csv.slice(0, 400));
  assert.ok(/database-engineering,P4,mbo,mbo-1,MBO area 1,/.test(csv));

  const json = await download(page, 'Sheet (.json)');
  assert.equal(json.name, 'database-engineering-p4-ada-lovelace.json');
  const sheet = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(sheet.schema, 'goalframes.sheet/3');
  assert.equal(sheet.person, 'Ada Lovelace');
  assert.equal(sheet.canon, 'JobFrame');
  assert.equal(sheet.canon_version, '2026.11-sample');
  assert.deepEqual(sheet.values['smart-2'], { target: 'p95 200 ms, "fast", <ok>' });
  assert.ok(Object.keys(sheet.fingerprints).length > 10, 'the sheet records per-item fingerprints');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('goalframes:sheet:')))));
  assert.deepEqual(sheet, stored, 'the JSON export is the saved sheet');

  // Word: a zip that LibreOffice converts to a PDF showing the frames and values.
  const docx = await download(page, 'Word (.docx)');
  assert.equal(docx.name, 'database-engineering-p4-ada-lovelace.docx');
  assert.equal(docx.bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  const dir = await mkdtemp(join(tmpdir(), 'goalframes-docx-'));
  await writeFile(join(dir, 'sheet.docx'), docx.bytes);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'sheet.docx')], {
    env: { ...process.env, HOME: dir },
    stdio: 'pipe',
  });
  const pdfText = execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
  for (const expected of ['Goal templates', 'Person: Ada Lovelace', 'Canon: JobFrame 2026.11-sample', 'SMART goals', 'OKRs', 'MBO areas', 'Scorecard', 'p95 200 ms, "fast", <ok>', '2026-06-30']) {
    assert.ok(pdfText.includes(expected), `${expected} in the PDF: ${pdfText.slice(0, 300)}`);
  }
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sheet link carries the sheet to another browser', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await goto(page, server, PROFILE);
  await page.getByRole('textbox', { name: 'Person' }).fill('Grace');
  await page.getByRole('textbox', { name: 'Target, Objective 1, key result 2', exact: true }).fill('five reviews');
  await page.getByRole('button', { name: 'Copy sheet link' }).click();
  await page.getByRole('status').filter({ hasText: 'Sheet link copied.' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9_-]+$/);
  await expectValue(page.getByRole('textbox', { name: 'Sheet link' }), link);

  // A colleague: another browser context, empty storage.
  const other = await open(browser, server);
  await other.page.goto(link);
  const dialog = other.page.getByRole('dialog', { name: 'Import a sheet from a sheet link' });
  await dialog.waitFor();
  await expectUrl(other.page, (u) => !u.includes('share='), 'the link leaves the address bar');
  await importsDatabaseP4(other.page, dialog, 'Grace', 'Target, Objective 1, key result 2', 'five reviews');
  assert.deepEqual(foreign([...requests, ...other.requests], server), []);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

/**
 * In the import dialog of a Database Engineering P4 sheet for `person` with one
 * filled value: imports it, and the profile's page shows the person and `value` in `slot`.
 */
async function importsDatabaseP4(page, dialog, person, slot, value) {
  await dialog.getByText(person).waitFor();
  await dialog.getByText('1 filled value').waitFor();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await expectValue(page.getByRole('textbox', { name: 'Person' }), person);
  await expectValue(page.getByRole('textbox', { name: slot, exact: true }), value);
}

const single = join(dist, 'goalframes.html');
test('a sheet code pasted into a colleague’s own copy of the file opens the sheet', { skip: !existsSync(single) && 'run cargo xtask dist first' }, async () => {
  // From disk a link would point at this computer's path: the code is what travels.
  const { context, page, requests, errors } = await open(browser, server);
  await page.goto('file://' + single + PROFILE);
  await page.getByRole('textbox', { name: 'Person' }).fill('Ada');
  await page.getByRole('textbox', { name: 'Target, SMART goal 2', exact: true }).fill('two audits');
  await page.getByRole('button', { name: 'Copy sheet code' }).click();
  const shown = page.getByRole('textbox', { name: 'Sheet code' });
  await shown.waitFor();
  const code = await shown.inputValue();
  assert.match(code, /^[A-Za-z0-9_-]{20,}$/);

  // A colleague: another browser context (empty storage), the same file, no address to follow.
  const other = await open(browser, server);
  await other.page.goto('file://' + single);
  await other.page.getByRole('textbox', { name: 'Sheet link or code' }).fill(code);
  await other.page.getByRole('button', { name: 'Import from link or code' }).click();
  const dialog = other.page.getByRole('dialog', { name: /^Import a sheet/ });
  await importsDatabaseP4(other.page, dialog, 'Ada', 'Target, SMART goal 2', 'two audits');

  // Junk pasted is refused with a message, and the sheet just imported stays.
  await other.page.goto('file://' + single);
  await other.page.getByRole('textbox', { name: 'Sheet link or code' }).fill('not-a-sheet-code');
  await other.page.getByRole('button', { name: 'Import from link or code' }).click();
  await other.page.getByText(/^Could not import a sheet link or code: .* Nothing was changed\.$/).waitFor();
  await other.page.getByRole('link', { name: /Ada/ }).first().waitFor();
  const outside = (u) => !u.startsWith('file://') && !u.startsWith('data:') && !u.startsWith('blob:');
  assert.deepEqual([...requests, ...other.requests].filter(outside), []);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test('exports download from the single file opened from disk', { skip: !existsSync(single) && 'run cargo xtask dist first' }, async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await page.goto('file://' + single + PROFILE);
  await page.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('offline');
  const csv = (await download(page, 'CSV (.csv)')).bytes.toString('utf8');
  assert.ok(csv.includes(',offline,'));
  const docx = await download(page, 'Word (.docx)');
  assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});
