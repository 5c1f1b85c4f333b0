// From templates to the goal sheet a manager hands in: keep goals from the
// frames, order and weight them, add an own goal, set the review cycle, export
// the sheet (Word, CSV, text) and print it; start sheets from a roster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  open, goto, foreign, screenshot, axe, golden, serveAndLaunch,
  eventually, expectValue, expectText, expectCount, expectFocus,
 expectUrl } from './harness.mjs';

const PROFILE = '#family=database-engineering&level=P4';
const TITLE = 'Database Engineering — P4';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const goals = (page) => page.getByRole('region', { name: 'Your goals' });
const keep = (page, label) => page.getByRole('checkbox', { name: `Keep ${label}`, exact: true });
const kept = (page) => goals(page).getByRole('heading', { level: 3 });

/** The labels of "Your goals", in order, once they are `expected`. */
async function expectGoals(page, expected) {
  await eventually(() => kept(page).allTextContents(), (t) => JSON.stringify(t) === JSON.stringify(expected), 'your goals');
}

/** A frame's text block, opened. */
async function frameText(page, name) {
  const frame = page.getByRole('region', { name, exact: true });
  const toggle = frame.getByRole('button', { name: 'Copy / print as text' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await frame.locator('pre').waitFor();
  return frame.locator('pre');
}

/** Clicks an export button and returns the download's name and bytes. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export this sheet' }).getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** RFC 4180 rows (quotes, commas; no line breaks inside cells in these files). */
function csvRows(text) {
  return text.trimEnd().split('\n').map((line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') { cells.push(cell); cell = ''; }
      else cell += c;
    }
    cells.push(cell);
    return cells;
  });
}

test('keep, order and weigh goals from two frames, add an own goal, and export exactly that sheet', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  await goals(page).getByText(/Keep the goals that matter/).waitFor();

  // Keep three goals from two frameworks: they list in the order kept.
  await keep(page, 'SMART goal 2').check();
  await keep(page, 'Objective 1').check();
  await keep(page, 'MBO area 3').check();
  await expectGoals(page, ['SMART goal 2', 'Objective 1', 'MBO area 3']);
  await expectUrl(page, /&sheet=[a-z0-9-]+$/, 'keeping a goal starts the sheet');

  // Order from the keyboard alone: focus stays on the button that moved.
  const up = goals(page).getByRole('button', { name: 'Move Objective 1 up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expectGoals(page, ['Objective 1', 'SMART goal 2', 'MBO area 3']);
  await expectFocus(page, await up.getAttribute('id'));
  await goals(page).getByRole('button', { name: 'Move SMART goal 2 down' }).click();
  await goals(page).getByRole('button', { name: 'Move SMART goal 2 up' }).click();
  await expectGoals(page, ['Objective 1', 'SMART goal 2', 'MBO area 3']);

  // Weights: a warning until they add up to 100 %, never a block.
  const weight = (label) => goals(page).getByRole('spinbutton', { name: `Weight, ${label}`, exact: true });
  await weight('Objective 1').fill('60');
  await weight('Objective 1').press('Tab');
  await weight('SMART goal 2').fill('30');
  await weight('SMART goal 2').press('Tab');
  await expectText(goals(page).getByRole('status'), 'Total weight: 90% (not 100%)');
  await weight('MBO area 3').fill('10');
  await weight('MBO area 3').press('Tab');
  await expectText(goals(page).getByRole('status'), 'Total weight: 100%');
  await expectCount(goals(page).getByText(/not 100/), 0);

  // An own goal, marked as such, with its own measure.
  await goals(page).getByRole('button', { name: 'Add your own goal' }).click();
  const own = goals(page).getByRole('textbox', { name: 'Your own goal 1', exact: true });
  await expectFocus(page, await own.getAttribute('id'));
  await own.fill('Mentor two junior engineers through their first on-call rotation');
  await goals(page).getByRole('textbox', { name: 'Target, Your own goal 1', exact: true }).fill('2 engineers');
  await goals(page).getByText('Your own goal — not from the canon').waitFor();
  await weight('Your own goal 1').fill('0');
  await weight('Your own goal 1').press('Tab');

  // Values typed in "Your goals" are the frames' own slots.
  await goals(page).getByRole('textbox', { name: 'Target, SMART goal 2', exact: true }).fill('p95 200 ms');
  await expectValue(page.getByRole('region', { name: 'SMART goals', exact: true })
    .getByRole('textbox', { name: 'Target, SMART goal 2', exact: true }), 'p95 200 ms');
  // Own goals never enter a frame's text block; the blocks stay byte for byte.
  for (const [name, id] of [['OKRs', 'okr'], ['MBO areas', 'mbo'], ['Scorecard', 'scorecard']]) {
    const expected = await readFile(join(golden, `database-engineering.P4.${id}.txt`), 'utf8');
    await expectText(await frameText(page, name), expected, `${name} block`);
  }

  // The review cycle: a date not in the calendar is refused and not used.
  const end = page.getByRole('textbox', { name: 'Period end', exact: true });
  await end.fill('2026-02-30');
  await end.press('Tab');
  await page.getByRole('alert').filter({ hasText: 'Period end: there is no such day' }).waitFor();
  await end.fill('2026-06-30');
  await end.press('Tab');
  await expectCount(page.getByRole('alert').filter({ hasText: 'Period end' }), 0);
  const start = page.getByRole('textbox', { name: 'Period start', exact: true });
  await start.fill('2026-01-01');
  await start.press('Tab');
  await page.getByRole('textbox', { name: 'Person' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: 'Period', exact: true }).fill('2026 H1');
  // Every unfilled date slot shows the period end; one filled slot keeps its own.
  const smart = page.getByRole('region', { name: 'SMART goals', exact: true });
  await eventually(
    () => smart.getByRole('textbox', { name: 'Date, SMART goal 1', exact: true }).first().getAttribute('placeholder'),
    (p) => p === '2026-06-30',
    'an unfilled date shows the period end',
  );
  await smart.getByRole('textbox', { name: 'Date, SMART goal 2', exact: true }).first().fill('2026-03-31');
  const smartGolden = await readFile(join(golden, 'database-engineering.P4.smart.txt'), 'utf8');
  const expectedSmart = smartGolden
    .split('\n\n')
    .map((block, i) => (i === 1
      ? block.replaceAll('⟨date⟩', '2026-03-31').replace('⟨target⟩', 'p95 200 ms')
      : block.replaceAll('⟨date⟩', '2026-06-30')))
    .join('\n\n');
  await expectText(await frameText(page, 'SMART goals'), expectedSmart, 'SMART block with the period end');
  await goals(page).scrollIntoViewIfNeeded();
  await screenshot(page, 'your-goals');
  assert.deepEqual(await axe(page), [], 'your goals');

  // Word and CSV: exactly the four goals, in order, with weights and due dates.
  const csv = await download(page, 'CSV (.csv)');
  assert.equal(csv.name, 'database-engineering-p4-ada-lovelace-goals.csv');
  const rows = csvRows(csv.bytes.toString('utf8'));
  assert.deepEqual(rows[0], ['employee', 'period', 'goal', 'description', 'framework', 'item', 'weight', 'baseline', 'target', 'due_date', 'source', 'canon', 'canon_version',
    'status', 'last_checkin', 'actual', 'achievement_pct', 'self_rating', 'manager_rating', 'stage']);
  const body = rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));
  assert.deepEqual(body.map((r) => [r.item, r.framework, r.weight, r.due_date]), [
    ['okr-1', 'OKR', '60', '2026-06-30'],
    ['smart-2', 'SMART', '30', '2026-03-31'],
    ['mbo-3', 'MBO', '10', '2026-06-30'],
    [body[3].item, 'Own goal', '0', '2026-06-30'],
  ]);
  assert.match(body[3].item, /^own-/);
  assert.equal(body[3].source, 'Your own goal — not from the canon');
  assert.equal(body[1].target, 'p95 200 ms');
  assert.equal(body[0].baseline, '', 'unfilled is empty');
  assert.ok(!csv.bytes.toString('utf8').includes('⟨'), 'no placeholder in the CSV');
  assert.ok(body.every((r) => r.employee === 'Ada Lovelace' && r.period === '2026 H1' && r.canon_version === '2026.11-sample'));

  const docx = await download(page, 'Word (.docx)');
  const dir = await mkdtemp(join(tmpdir(), 'goals-'));
  await writeFile(join(dir, 'goals.docx'), docx.bytes);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'goals.docx')], { stdio: 'ignore', timeout: 120000 });
  const word = execFileSync('pdftotext', ['-layout', join(dir, 'goals.pdf'), '-'], { encoding: 'utf8' });
  for (const expected of ['Goal sheet — Database Engineering — P4', 'Person: Ada Lovelace', 'Objective 1', 'SMART goal 2', 'MBO area 3', 'Mentor two junior engineers', 'Your own goal — not from the canon', 'Total weight: 100%', 'Employee:', 'Manager:', '2026-03-31']) {
    assert.ok(word.includes(expected), `${expected} in the Word sheet`);
  }
  assert.ok(!word.includes('MBO area 1'), 'only kept goals');
  const pages = execFileSync('pdfinfo', [join(dir, 'goals.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
  assert.ok(Number(pages) <= 2, `four goals fit on ${pages} page(s)`);

  const text = (await download(page, 'Text (.txt)')).bytes.toString('utf8');
  assert.ok(text.startsWith(`Goal sheet — ${TITLE}\n`));
  assert.ok(text.indexOf('1. Objective 1 — weight 60%') < text.indexOf('2. SMART goal 2 — weight 30%'));
  // The whole frames are still there for whoever wants them.
  const all = (await download(page, 'All frames, Text (.txt)')).bytes.toString('utf8');
  assert.ok(all.includes('MBO areas') && all.includes('5. Area:'), 'all frames');
  assert.ok(!all.includes('Mentor two junior'), 'own goals are not frame text');

  // Printed, the page is the goal sheet, ending with signature lines.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await writeFile(join(dir, 'print.pdf'), pdf);
  const printed = execFileSync('pdftotext', ['-layout', join(dir, 'print.pdf'), '-'], { encoding: 'utf8' });
  for (const expected of ['Goal sheet — Database Engineering — P4', 'Objective 1', 'Your own goal — not from the canon', 'Employee:', 'Manager:', 'Total weight: 100%']) {
    assert.ok(printed.includes(expected), `${expected} printed`);
  }
  assert.ok(!printed.includes('Copy / print as text') && !printed.includes('MBO area 5'), 'only the goal sheet prints');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(dir, 'print.pdf'), join(dir, 'print')]);

  // Unkeeping takes a goal off the sheet; the page reloads as it was left.
  await keep(page, 'MBO area 3').uncheck();
  await expectGoals(page, ['Objective 1', 'SMART goal 2', 'Your own goal 1']);
  await page.reload();
  await expectGoals(page, ['Objective 1', 'SMART goal 2', 'Your own goal 1']);
  await expectValue(goals(page).getByRole('textbox', { name: 'Your own goal 1', exact: true }), 'Mentor two junior engineers through their first on-call rotation');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a roster starts one sheet per good row and lists the bad ones by line', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server);
  const roster = [
    'name,family,level,period',
    'Ada Lovelace,database-engineering,P4,2026 H1',
    'Bob,nosuch,P4,2026 H1',
    'Cleo,payroll,S3,2026 H2',
    ',payroll,S3,2026 H2',
  ].join('\n');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText('Start sheets from a roster (.csv)').click(),
  ]);
  await chooser.setFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
  const dialog = page.getByRole('dialog', { name: 'Start sheets from “team.csv”' });
  await dialog.waitFor();
  await dialog.getByRole('cell', { name: 'Ada Lovelace' }).waitFor();
  await dialog.getByText('Line 3: unknown family "nosuch"').waitFor();
  await dialog.getByText('Line 5: the name is empty').waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0, 'nothing before confirming');
  await screenshot(page, 'roster-preview');
  await dialog.getByRole('button', { name: 'Start 2 sheets' }).click();
  await page.getByRole('status').filter({ hasText: 'Started 2 sheets from “team.csv”. 2 rows were left out' }).waitFor();
  const sheets = page.getByRole('region', { name: 'Your sheets' });
  await sheets.getByRole('link', { name: 'Ada Lovelace, 2026 H1' }).waitFor();
  await sheets.getByRole('link', { name: 'Cleo, 2026 H2' }).click();
  await page.getByRole('heading', { level: 1, name: 'Goal templates — Payroll Specialist' }).waitFor();
  await expectValue(page.getByRole('textbox', { name: 'Person' }), 'Cleo');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});
