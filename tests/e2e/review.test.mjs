// The review a manager runs through the year: agree 3 canon goals and an own
// goal (50/30/10/10), check in twice per goal, appraise at the period end,
// rate the level's dimensions, read the score and hand it in (Word through
// LibreOffice, the HR CSV), then start the next period; and two tabs adding
// check-ins to one sheet keep both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  open, goto, axe, serveAndLaunch, eventually, artifacts,
  expectValue, expectText, expectIncludes, expectCount, expectUrl,
} from './harness.mjs';

const PROFILE = '#family=database-engineering&level=P4';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const goals = (page) => page.getByRole('region', { name: 'Your goals' });
const review = (page) => page.getByRole('region', { name: 'Review', exact: true });
const box = (scope, name) => scope.getByRole('textbox', { name, exact: true });
const select = (scope, name) => scope.getByRole('combobox', { name, exact: true });

/** Types into a field and leaves it (the value is saved as typed). */
async function type(locator, text) {
  await locator.fill(text);
  await locator.press('Tab');
}

/** The goals as the manager agrees them: label, weight, baseline, target,
 * two check-ins, actual (or typed achievement), self and manager rating. */
const GOALS = [
  { label: 'SMART goal 1', weight: 50, baseline: '400 ms', target: '200 ms',
    checkIns: [['2026-04-01', '350 ms'], ['2026-07-01', '330 ms']], actual: '250 ms', self: 3, manager: 4 },
  { label: 'SMART goal 2', weight: 30, baseline: '12%', target: '5%',
    checkIns: [['2026-04-01', '10%'], ['2026-07-01', '8%']], actual: '6%', self: 3, manager: 3 },
  { label: 'MBO area 1', weight: 10, target: 'every schema change reviewed',
    checkIns: [['2026-04-01', 'half reviewed'], ['2026-07-01', 'most reviewed']], actual: 'nearly all reviewed', typed: '80', self: 4, manager: 4 },
  { label: 'Your own goal 1', weight: 10, text: 'Mentor two junior engineers', baseline: '0 engineers', target: '2 engineers',
    checkIns: [['2026-04-01', '1 engineers'], ['2026-07-01', '1 engineers']], actual: '2 engineers', self: 4, manager: 5 },
];
const DIMENSIONS = ['Scope', 'Autonomy', 'Complexity', 'Impact', 'Decision rights', 'Leadership'];
const RUBRICS = ['complexity/problem-solving', 'knowledge-application'];

/** Linear achievement from baseline to target, as the documented formula reads it. */
const linear = (b, t, a) => ((a - b) / (t - b)) * 100;
const oneDecimal = (x) => (Math.round(x * 10 + 1e-9) / 10).toFixed(1);

/** Keeps the three canon goals, adds the own goal, weights and fills them, sets the period. */
async function draft(page) {
  await goto(page, server, PROFILE);
  for (const g of GOALS.slice(0, 3)) await page.getByRole('checkbox', { name: `Keep ${g.label}`, exact: true }).check();
  await goals(page).getByRole('button', { name: 'Add your own goal' }).click();
  await box(goals(page), 'Your own goal 1').fill(GOALS[3].text);
  for (const g of GOALS) {
    await type(goals(page).getByRole('spinbutton', { name: `Weight, ${g.label}`, exact: true }), String(g.weight));
    if (g.baseline) await type(box(goals(page), `Baseline, ${g.label}`), g.baseline);
    await type(box(goals(page), `Target, ${g.label}`), g.target);
  }
  await expectText(goals(page).getByRole('status'), 'Total weight: 100%');
  await type(box(page, 'Person'), 'Ada Lovelace');
  await type(box(page, 'Period start'), '2026-01-01');
  await type(box(page, 'Period end'), '2026-12-31');
}

test('agree, check in twice, appraise, rate the level, score, export and start the next period', async () => {
  const { context, page, errors } = await open(browser, server, { acceptDownloads: true });
  await draft(page);
  const r = review(page);

  // Agree: who and when, typed in; the goals become read-only.
  await r.getByRole('button', { name: 'Mark as agreed' }).waitFor();
  await expectCount(r.getByRole('button', { name: /^Add check-in/ }), 0, 'no check-ins before agreement');
  await box(r, 'Agreed by employee').fill('Ada Lovelace');
  await box(r, 'Agreed by manager').fill('Grace Hopper');
  await box(r, 'Agreed on').fill('2026-01-15');
  await r.getByRole('button', { name: 'Mark as agreed' }).click();
  await expectIncludes(r.getByRole('status').first(), 'Stage: Agreed');
  await expectIncludes(r.getByRole('status').first(), 'Agreed by employee Ada Lovelace and manager Grace Hopper on 2026-01-15');
  await eventually(() => goals(page).getByRole('spinbutton', { name: 'Weight, SMART goal 1' }).isDisabled(), (d) => d, 'weights locked');
  await eventually(() => box(goals(page), 'Target, SMART goal 1').isDisabled(), (d) => d, 'targets locked');
  await eventually(() => box(page, 'Period end').getAttribute('readonly'), (v) => v !== null, 'the period locked');
  // A locked target typed in the frames is refused beside the slot, and not saved.
  const smartFrame = page.getByRole('region', { name: 'SMART goals', exact: true });
  await box(smartFrame, 'Target, SMART goal 1').fill('100 ms');
  await smartFrame.getByText('The goals are agreed: reopen the sheet to change the target.').waitFor();
  // A goal kept in the frames is refused too: the box stays as the sheet has it, and the region says why.
  const keep3 = page.getByRole('checkbox', { name: 'Keep SMART goal 3', exact: true });
  await keep3.click();
  await r.getByRole('alert').filter({ hasText: 'The goals are agreed: reopen the sheet to change which goals it keeps or their order.' }).waitFor();
  await eventually(() => keep3.isChecked(), (c) => c === false, 'the keep box shows the sheet');

  // An open check-in keeps what was typed while another goal's opens.
  const addCheckIn = (label) => r.getByRole('button', { name: `Add check-in, ${label}`, exact: true });
  await addCheckIn('SMART goal 1').click();
  await box(r, 'Current value, SMART goal 1').fill('350 ms');
  await addCheckIn('SMART goal 2').click();
  await box(r, 'Current value, SMART goal 2').waitFor();
  await expectValue(box(r, 'Current value, SMART goal 1'), '350 ms');
  await addCheckIn('SMART goal 1').click();
  await addCheckIn('SMART goal 2').click();
  await expectCount(r.getByRole('group', { name: /^Add check-in/ }), 0, 'both forms closed');

  // Check in twice per goal; the status starts as the computed one.
  for (const g of GOALS) {
    for (const [date, value] of g.checkIns) {
      await r.getByRole('button', { name: `Add check-in, ${g.label}`, exact: true }).click();
      await box(r, `Check-in date, ${g.label}`).fill(date);
      await box(r, `Current value, ${g.label}`).fill(value);
      await r.getByRole('button', { name: `Save check-in, ${g.label}`, exact: true }).click();
      await expectCount(box(r, `Check-in date, ${g.label}`), 0, 'the form closes once saved');
    }
  }
  const first = r.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'SMART goal 1', exact: true }) });
  // 2026-07-01 is 49.6 % of the period; 330 ms is 35 % of the way from 400 to 200: behind.
  await expectIncludes(first.locator('.latest-check-in'), '2026-07-01 · 330 ms · Behind');
  await expectIncludes(first.locator('.latest-check-in'), 'Computed: behind');
  await first.getByText('All 2 check-ins').click();
  await expectIncludes(first.locator('.check-in-log'), '2026-04-01 · 350 ms · On track');

  // Appraise: actuals, a typed achievement where the actual is no number, ratings, comments.
  for (const g of GOALS) {
    await type(box(r, `Actual, ${g.label}`), g.actual);
    if (g.typed) await type(box(r, `Achievement %, ${g.label}`), g.typed);
    await select(r, `Self rating, ${g.label}`).selectOption(String(g.self));
    await select(r, `Manager rating, ${g.label}`).selectOption(String(g.manager));
    await type(box(r, `Employee comment, ${g.label}`), `Worked on ${g.label}`);
    await type(box(r, `Manager comment, ${g.label}`), `Agreed outcome for ${g.label}`);
  }
  // 400 ms → 200 ms, reached 250 ms: 75 %, lower is better.
  await expectValue(box(r, 'Achievement %, SMART goal 1'), '75.0');
  const achievements = [
    linear(400, 200, 250),
    linear(12, 5, 6),
    80,
    linear(0, 2, 2),
  ];
  await expectValue(box(r, 'Achievement %, SMART goal 2'), oneDecimal(achievements[1]));

  // Rate every competency row (the six level dimensions and the level's rubrics).
  const competencyRatings = [4, 3, 4, 4, 3, 4, 4, 3];
  for (const [i, name] of [...DIMENSIONS, ...RUBRICS].entries()) {
    await select(r, `Self rating, ${name}`).selectOption(String(competencyRatings[i] - 1));
    await select(r, `Manager rating, ${name}`).selectOption(String(competencyRatings[i]));
  }

  // The score, by the documented formula (goals 100 %, competencies 0 % by default).
  const achievement = GOALS.reduce((sum, g, i) => sum + g.weight * achievements[i], 0) / 100;
  const goalRating = GOALS.reduce((sum, g) => sum + g.weight * g.manager, 0) / 100;
  const selfRating = GOALS.reduce((sum, g) => sum + g.weight * g.self, 0) / 100;
  const competency = competencyRatings.reduce((a, b) => a + b, 0) / competencyRatings.length;
  const score = page.getByRole('region', { name: 'Score', exact: true });
  const figure = (name) => score.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]').locator('.figure').first();
  await expectText(figure('Goal achievement'), `${oneDecimal(achievement)} %`);
  await expectText(figure('Goal rating'), oneDecimal(goalRating));
  await expectText(figure('Competency rating'), oneDecimal(competency));
  await expectText(figure('Overall'), `${oneDecimal(goalRating)} — ${Math.round(goalRating)}`);
  await expectIncludes(score, `Self: ${oneDecimal(selfRating)}`);
  await r.screenshot({ path: join(artifacts, 'review-region.png') });
  // On a phone nothing of the review is wider than the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await eventually(() => page.evaluate(() => document.documentElement.scrollWidth), (w) => w <= 360, 'no sideways scroll at 360 px');
  await r.screenshot({ path: join(artifacts, 'review-region-phone.png') });
  await page.setViewportSize({ width: 1200, height: 900 });
  assert.deepEqual(await axe(page), [], 'no accessibility violations on the review');

  // Mark as reviewed: the appraisal is read-only.
  await box(r, 'Reviewed on').fill('2026-12-15');
  await r.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expectIncludes(r.getByRole('status').first(), 'Stage: Reviewed');
  await eventually(() => select(r, 'Manager rating, Scope').isDisabled(), (d) => d, 'ratings locked');
  await eventually(() => box(r, 'Actual, SMART goal 1').getAttribute('readonly'), (v) => v !== null, 'actuals locked');

  // The HR CSV carries the same figures in its new columns.
  const exportGroup = page.getByRole('group', { name: 'Export this sheet' });
  const download = async (name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), exportGroup.getByRole('button', { name, exact: true }).click()]);
    return readFile(await file.path());
  };
  const csv = (await download('CSV (.csv)')).toString('utf8').replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
  const header = csv[0].split(',');
  assert.deepEqual(header.slice(-7), ['status', 'last_checkin', 'actual', 'achievement_pct', 'self_rating', 'manager_rating', 'stage']);
  const smartRow = csv.find((line) => line.includes('250 ms'));
  assert.ok(smartRow, 'the SMART goal 1 row');
  assert.match(smartRow, /Behind,2026-07-01,250 ms,75\.0,3,4,reviewed$/);

  // Word, through LibreOffice: the same figures, the acknowledgement, three pages at most.
  const dir = await mkdtemp(join(tmpdir(), 'goalframes-review-'));
  await writeFile(join(dir, 'review.docx'), await download('Word (.docx)'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/libreoffice`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'review.docx')], { stdio: 'ignore', timeout: 60000 });
  const text = execFileSync('pdftotext', [join(dir, 'review.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pagesCount = Number(execFileSync('pdfinfo', [join(dir, 'review.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pagesCount <= 3, `the Word review fits on three pages (${pagesCount})`);
  const handedIn = [`${oneDecimal(achievement)} %`, '75.0 %', `Overall: ${oneDecimal(goalRating)}`, 'Stage: Reviewed', 'It does not mean that the employee agrees with its content.', '2026-07-01 · 330 ms · Behind'];
  for (const expected of handedIn) assert.ok(text.includes(expected), `Word has ${expected}`);

  // Printed from the page: the same figures and the acknowledgement.
  await page.emulateMedia({ media: 'print' });
  await page.locator('.goal-sheet-print').waitFor();
  await writeFile(join(dir, 'print.pdf'), await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const printed = execFileSync('pdftotext', [join(dir, 'print.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of handedIn) assert.ok(printed.includes(expected), `the print has ${expected}`);
  const printPages = Number(execFileSync('pdfinfo', [join(dir, 'print.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  assert.ok(printPages <= 3, `the printed review fits on three pages (${printPages})`);
  execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'print.pdf'), join(artifacts, 'review-print')]);
  execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'review.pdf'), join(artifacts, 'review-word')]);

  // The next period: the kept and own goals, the actuals as baselines; the old sheet stays.
  const oldUrl = page.url();
  await r.getByRole('button', { name: 'Start next period from this sheet' }).click();
  await expectUrl(page, (u) => u !== oldUrl && /sheet=/.test(u));
  await expectValue(box(goals(page), 'Baseline, SMART goal 1'), '250 ms');
  await expectValue(box(goals(page), 'Baseline, Your own goal 1'), '2 engineers');
  await expectValue(box(page, 'Period start'), '2027-01-01');
  await expectValue(box(page, 'Period end'), '2027-12-31');
  await expectIncludes(review(page).getByRole('status').first(), 'Stage: Draft');
  await page.goBack();
  await expectIncludes(review(page).getByRole('status').first(), 'Stage: Reviewed');
  await expectValue(box(goals(page), 'Baseline, SMART goal 1'), '400 ms');

  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs adding check-ins to one agreed sheet keep both', async () => {
  const { context, page: a, errors } = await open(browser, server);
  await draft(a);
  await box(review(a), 'Agreed by employee').fill('Ada Lovelace');
  await box(review(a), 'Agreed by manager').fill('Grace Hopper');
  await review(a).getByRole('button', { name: 'Mark as agreed' }).click();
  await expectIncludes(review(a).getByRole('status').first(), 'Stage: Agreed');
  const b = await context.newPage();
  b.on('pageerror', (e) => errors.push(String(e)));
  await b.goto(a.url());
  await expectIncludes(review(b).getByRole('status').first(), 'Stage: Agreed');

  const checkIn = async (page, date, value) => {
    const r = review(page);
    await r.getByRole('button', { name: 'Add check-in, SMART goal 1', exact: true }).click();
    await box(r, 'Check-in date, SMART goal 1').fill(date);
    await box(r, 'Current value, SMART goal 1').fill(value);
    await r.getByRole('button', { name: 'Save check-in, SMART goal 1', exact: true }).click();
  };
  await checkIn(a, '2026-03-01', '380 ms');
  await checkIn(b, '2026-03-02', '370 ms');
  for (const page of [a, b]) {
    const first = review(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'SMART goal 1', exact: true }) });
    await expectIncludes(first.locator('.latest-check-in'), '2026-03-02 · 370 ms');
    await first.getByText('All 2 check-ins').click();
    await expectIncludes(first.locator('.check-in-log'), '2026-03-01 · 380 ms');
  }
  // A reopening in one tab is never undone by the other's stale stage.
  await review(a).getByRole('button', { name: 'Reopen' }).click();
  await expectIncludes(review(b).getByRole('status').first(), 'Stage: Draft');
  await expectIncludes(review(b).getByRole('status').first(), 'Reopened on');
  assert.deepEqual(errors, []);
  await context.close();
});
