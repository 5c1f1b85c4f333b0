// A manager finds Database Engineering P4 by typing, opens each frame's text
// and gets the golden blocks byte for byte, fills placeholders, reloads and
// finds them kept, copies to the clipboard and prints to PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { open, goto, foreign, screenshot, findByTyping, golden, serveAndLaunch, expectValue, expectCount, expectIncludes, expectExcludes, eventually, expectAttribute, expectUrl } from './harness.mjs';

const FRAMES = [
  ['smart', 'SMART goals'],
  ['okr', 'OKRs'],
  ['mbo', 'MBO areas'],
  ['scorecard', 'Scorecard'],
];
const TITLE = 'Database Engineering — P4';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const goldenText = (id) => readFile(join(golden, `database-engineering.P4.${id}.txt`), 'utf8');

/** Opens a frame's "Copy / print as text" block and returns its text. */
async function frameText(page, name) {
  const frame = page.getByRole('region', { name, exact: true });
  const toggle = frame.getByRole('button', { name: 'Copy / print as text' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expectAttribute(toggle, 'aria-expanded', 'true');
  const pre = frame.locator('pre');
  await pre.waitFor();
  return pre.textContent();
}

test('find by typing, and every frame text equals golden byte for byte', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server);
  await assert.doesNotReject(page.getByText('Canon: JobFrame 2026.11-sample').waitFor());
  await assert.doesNotReject(page.getByText(/This is a sample canon/).waitFor());
  await screenshot(page, 'finder', { fullPage: true });

  // Results appear as you type.
  const search = page.getByRole('combobox', { name: /Search by family/ });
  await search.pressSequentially('database eng', { delay: 10 });
  await expectAttribute(search, 'aria-expanded', 'true');
  await page.getByRole('listbox', { name: 'Matching profiles' }).getByRole('option').first().waitFor();
  await screenshot(page, 'finder-search');
  // Escape clears and closes.
  await search.press('Escape');
  await expectValue(search, '');
  await expectAttribute(search, 'aria-expanded', 'false');

  await findByTyping(page, 'database engineering p4', TITLE);
  await expectUrl(page, /#family=database-engineering&level=P4$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' })
    .getByText('Data & Database Engineering · Database Engineering · P4 — Senior Professional').waitFor();

  for (const [id, name] of FRAMES) {
    const region = page.getByRole('region', { name, exact: true });
    await expectCount(region, 1, `one ${name} landmark`);
    assert.equal(await frameText(page, name), await goldenText(id), `${name} text equals golden/${id}`);
  }
  await screenshot(page, 'profile');
  assert.deepEqual(foreign(requests, server), [], 'no request leaves the local server');
  assert.deepEqual(errors, []);
  await context.close();
});

test('fill placeholders: every occurrence and the text block follow; reload keeps them', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server, '#family=database-engineering&level=P4');

  const smart = page.getByRole('region', { name: 'SMART goals', exact: true });
  const dates = smart.getByRole('textbox', { name: 'Date, SMART goal 2', exact: true });
  await expectCount(dates, 2, 'the date of SMART goal 2 stands in two lines');
  await smart.getByRole('textbox', { name: 'Baseline, SMART goal 2', exact: true }).fill('p95 800 ms');
  await smart.getByRole('textbox', { name: 'Target, SMART goal 2', exact: true }).fill('p95 200 ms');
  await dates.first().pressSequentially('end of Q2', { delay: 5 });
  await expectValue(dates.nth(1), 'end of Q2', 'every occurrence shows the value');

  // The date picker fills the text.
  const mbo = page.getByRole('region', { name: 'MBO areas', exact: true });
  await mbo.getByRole('button', { name: 'Pick a date, MBO area 1', exact: true }).click();
  await mbo.getByLabel('Date picker, MBO area 1', { exact: true }).fill('2026-06-30');
  await expectValue(mbo.getByRole('textbox', { name: 'Date, MBO area 1', exact: true }), '2026-06-30');
  await page.getByRole('textbox', { name: 'Target, Objective 1, key result 2', exact: true }).fill('3 design reviews');

  // The text block shows the values in place of the placeholders, the rest as golden.
  const expected = (await goldenText('smart'))
    .split('\n\n')
    .map((block, i) =>
      i === 1
        ? block.replace('⟨baseline⟩', 'p95 800 ms').replace('⟨target⟩', 'p95 200 ms').replaceAll('⟨date⟩', 'end of Q2')
        : block,
    )
    .join('\n\n');
  assert.equal(await frameText(page, 'SMART goals'), expected);
  const mboText = await frameText(page, 'MBO areas');
  assert.ok(mboText.includes('   Target:   ⟨target⟩   Due: 2026-06-30\n\n2. Area:'), mboText.slice(0, 600));
  const okrText = await frameText(page, 'OKRs');
  assert.ok(okrText.includes('"A system or set of related features" — 3 design reviews by ⟨date⟩\n'));
  // Typing updates an open text block too.
  await dates.nth(1).fill('2026-07-01');
  await expectValue(dates.first(), '2026-07-01');
  await expectIncludes(smart.locator('pre'), 'Time-bound:  2026-07-01\n\n3. ');

  // A value longer than 200 characters is refused with a visible message.
  const target3 = smart.getByRole('textbox', { name: 'Target, SMART goal 3', exact: true });
  await target3.fill('x'.repeat(201));
  await smart.getByRole('alert').filter({ hasText: 'at most 200 characters' }).first().waitFor();
  await expectAttribute(target3, 'aria-invalid', 'true');
  await expectExcludes(smart.locator('pre'), 'xxxx');
  // The refused text stays in place for correcting while other slots change.
  await smart.getByRole('textbox', { name: 'Baseline, SMART goal 4', exact: true }).fill('b');
  await eventually(() => target3.inputValue(), (v) => v.length === 201, 'the refused text stays');
  await smart.getByRole('textbox', { name: 'Baseline, SMART goal 4', exact: true }).fill('');
  await target3.fill('');
  await expectCount(smart.getByRole('alert'), 0);
  // A date slot takes free text, but an ISO-shaped date must be a real day.
  const date3 = smart.getByRole('textbox', { name: 'Date, SMART goal 3', exact: true }).first();
  await date3.fill('2026-02-30');
  await smart.getByRole('alert').filter({ hasText: 'there is no such day' }).first().waitFor();
  await expectAttribute(date3, 'aria-invalid', 'true');
  await expectExcludes(smart.locator('pre'), '2026-02-30');
  await date3.fill('2026-02-28');
  await expectCount(smart.getByRole('alert'), 0);
  await expectIncludes(smart.locator('pre'), 'by 2026-02-28.');
  await date3.fill('');
  await expectExcludes(smart.locator('pre'), '2026-02-28');

  await page.getByRole('textbox', { name: 'Person' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: 'Period', exact: true }).fill('2026 H1');
  await expectUrl(page, /&sheet=[a-z0-9-]+$/, 'the sheet is named in the URL');
  await frameText(page, 'SMART goals');
  await smart.getByRole('article').nth(1).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, document.querySelectorAll('#frame-smart article')[1].getBoundingClientRect().top - 10));
  await screenshot(page, 'filled');
  await smart.locator('pre').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'filled-text');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: `Goal templates — ${TITLE}` }).waitFor();
  const smartAfter = page.getByRole('region', { name: 'SMART goals', exact: true });
  await expectValue(smartAfter.getByRole('textbox', { name: 'Target, SMART goal 2', exact: true }), 'p95 200 ms');
  await expectValue(smartAfter.getByRole('textbox', { name: 'Date, SMART goal 2', exact: true }).nth(1), '2026-07-01');
  await expectValue(page.getByRole('textbox', { name: 'Person' }), 'Ada Lovelace');
  await frameText(page, 'MBO areas');
  await expectIncludes(page.getByRole('region', { name: 'MBO areas', exact: true }).locator('pre'), 'Due: 2026-06-30');

  // Opening the same profile afresh from the finder lists the sheet.
  await goto(page, server, '#');
  await page.getByRole('link', { name: 'Ada Lovelace, 2026 H1' }).click();
  await page.getByRole('heading', { level: 1, name: `Goal templates — ${TITLE}` }).waitFor();
  await expectValue(page.getByRole('textbox', { name: 'Baseline, SMART goal 2', exact: true }), 'p95 800 ms');
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy puts the exact text on the clipboard with a visible confirmation', async () => {
  const { context, page, errors } = await open(browser, server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await goto(page, server, '#family=database-engineering&level=P4');
  await page.getByRole('textbox', { name: 'Target, Internal process row 1', exact: true }).fill('zero P1 incidents');
  for (const [, name] of FRAMES) {
    const frame = page.getByRole('region', { name, exact: true });
    const text = await frameText(page, name);
    await frame.getByRole('button', { name: /^Copy .* as text$/ }).click();
    await frame.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text, `${name} copied exactly`);
  }
  const scorecard = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(scorecard.includes('→  zero P1 incidents by ⟨date⟩'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('print: PDF of the frames, controls hidden', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, '#family=database-engineering&level=P4');
  await page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('99.95% uptime');
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Print', 'Copy / print as text']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).first().isVisible(), false, `${name} hidden in print`);
  }
  assert.equal(await page.getByRole('checkbox', { name: 'Show sources' }).isVisible(), false);
  assert.equal(await page.getByRole('heading', { name: 'OKRs', exact: true }).isVisible(), true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 4, `a page per frame at least (got ${pages})`);
  const { writeFile, mkdir } = await import('node:fs/promises');
  const { artifacts } = await import('./harness.mjs');
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, 'profile.pdf'), pdf);
  await screenshot(page, 'print-media', { fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
