// Finding a profile the way people name it (typos, other names, word starts),
// titles in browse, comparing levels side by side (by URL and by buttons),
// and keeping a next-level dimension as a development goal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  open, goto, foreign, screenshot, axe, serveAndLaunch, eventually, expectText, expectCount,
} from './harness.mjs';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

/** The titles of the search results for `words`, once they are listed. */
async function results(page, words) {
  const search = page.getByRole('combobox', { name: /Search by family/ });
  await search.fill(words);
  const options = page.getByRole('listbox', { name: 'Matching profiles' }).getByRole('option');
  await options.first().waitFor();
  return options.locator('.result-title').allTextContents();
}

test('search forgives typos, knows other names, matches word starts only, and marks the matches', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server);
  assert.equal((await results(page, 'databse'))[0], 'Database Engineering — P2');
  assert.equal((await results(page, 'databse p4'))[0], 'Database Engineering — P4');
  const dba = await results(page, 'DBA');
  assert.ok(dba.length > 0 && dba.every((t) => t.startsWith('Database Engineering')), `only Database Engineering for DBA: ${dba}`);
  assert.equal((await results(page, 'senior payroll'))[0], 'Senior Payroll Specialist');
  assert.equal((await results(page, 'payslip'))[0], 'Payroll Administrator');
  // The match is marked in the result.
  await results(page, 'databse p4');
  await expectText(page.getByRole('listbox', { name: 'Matching profiles' }).getByRole('option').first().locator('mark').first(), 'Database');
  await screenshot(page, 'search-typo');
  assert.deepEqual(await axe(page), [], 'search with highlighted results');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('browse shows level titles; profiles are compared side by side by URL and by buttons', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server);
  const payrollS3 = page.getByRole('link', { name: /^Payroll S3 / });
  await expectText(payrollS3.locator('.level-title'), 'Payroll Specialist');
  await expectText(page.getByRole('link', { name: /^Database Engineering P4 / }).locator('.level-title'), 'Senior Professional');

  // By URL.
  await goto(page, server, '#compare=database-engineering:P4,database-engineering:P5');
  await page.getByRole('heading', { level: 1, name: 'Compare: Database Engineering — P4 · Database Engineering — P5' }).waitFor();
  const table = page.getByRole('table');
  const scope = table.getByRole('row', { name: /^Scope/ });
  await expectText(scope.locator('.differs-mark'), 'Differs');
  await expectText(scope.getByRole('cell').nth(0).locator('.canon'), 'A system or set of related features');
  await expectText(scope.getByRole('cell').nth(1).locator('.compare-source'), 'Source: level dimension (Scope), P5');
  await screenshot(page, 'compare');
  assert.deepEqual(await axe(page), [], 'compare view');
  // The CLI prints the same comparison.
  const cli = execFileSync('cargo', ['run', '-q', '-p', 'goalframes-cli', '--', 'compare', '--profiles', 'database-engineering:P4,database-engineering:P5'], { encoding: 'utf8' });
  assert.ok(cli.includes('Scope  [differs]') && cli.includes('"A system or set of related features"'));
  // Print: the table, nothing clipped.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const dir = await mkdtemp(join(tmpdir(), 'compare-'));
  await writeFile(join(dir, 'compare.pdf'), pdf);
  const printed = execFileSync('pdftotext', ['-raw', join(dir, 'compare.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(printed.includes('A platform or domain spanning several systems'), 'printed in full');

  // By buttons: from the profile page, then from browse.
  await goto(page, server, '#family=payroll&level=S3');
  await page.getByRole('link', { name: /Compare with the next level/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Compare: Payroll Specialist · Senior Payroll Specialist/ }).waitFor();
  await goto(page, server);
  await page.getByRole('button', { name: 'Add to compare: Accounting P2' }).click();
  await page.getByRole('button', { name: 'Add to compare: Payroll P1' }).click();
  const tray = page.getByRole('complementary', { name: 'Profiles to compare' });
  await tray.getByRole('link', { name: 'Compare 2 profiles' }).click();
  await expectCount(page.getByRole('table').getByRole('columnheader'), 3);
  // A column leaves the comparison.
  await page.getByRole('link', { name: /^Remove .* from the comparison/ }).first().click();
  await expectCount(page.getByRole('table').getByRole('columnheader'), 2);
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a next-level dimension is kept as a development goal, with its slots', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, '#family=database-engineering&level=P4');
  const next = page.getByRole('region', { name: 'Next level' });
  await next.getByRole('heading', { name: 'Next level: P5 — Principal Professional' }).waitFor();
  await next.getByText('A platform or domain spanning several systems').waitFor();
  await next.getByRole('checkbox', { name: 'Keep Next level: Scope' }).check();
  const goals = page.getByRole('region', { name: 'Your goals' });
  await goals.getByRole('heading', { name: 'Next level: Scope' }).waitFor();
  await goals.getByRole('textbox', { name: 'Target, Next level: Scope', exact: true }).fill('lead the storage platform');
  await eventually(
    () => page.evaluate(() => JSON.parse(Object.values(localStorage)[0]).values['growth-scope']?.target),
    (v) => v === 'lead the storage platform',
    'the growth goal is saved with its slots',
  );
  await screenshot(page, 'next-level');
  assert.deepEqual(errors, []);
  await context.close();
});
