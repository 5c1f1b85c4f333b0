// Layouts that hold in longer languages. German runs about 30 % longer than
// English, in long compound words; a pseudo-locale goes further: every word
// of the page (text, placeholders, the print's own text) is written with
// accents and made 40 % longer, without a space to break at ("Target" →
// "ŤáŕğéťŤá"). Then, at 360 px and at 1200 px, and in print, nothing may be
// clipped, spill out of its box, overlap another control, or widen the page.
// Word, and the printed table's headings, whose widths the engine fits to a
// language's words, are checked in German (languages.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, serveAndLaunch, goto, screenshot, expectCount } from './harness.mjs';
import { pseudoLocalise, brokenLayout } from './layout-checks.mjs';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

test('a pseudo-locale 40 % longer, with accents: nothing clips or overlaps at 360 px, at 1200 px, or in print', async (t) => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, '#family=database-engineering&level=P4');
  // Everything a sheet shows: kept goals of each frame, an own goal, the review panel.
  for (const goal of ['SMART goal 1', 'Objective 2', 'MBO area 3', 'Internal process row 1']) {
    await page.getByRole('checkbox', { name: `Keep ${goal}`, exact: true }).check();
  }
  const goals = page.getByRole('region', { name: 'Your goals' });
  await expectCount(goals.getByRole('heading', { level: 3 }), 4, 'four kept goals');
  await page.getByRole('textbox', { name: 'Person' }).fill('Maximiliane Mustermann-Schwarzenberger');
  await goals.getByRole('button', { name: 'Add your own goal' }).click();
  await expectCount(goals.getByRole('heading', { level: 3 }), 5, 'and an own goal');

  const changed = await page.evaluate(pseudoLocalise);
  t.diagnostic(`${changed} text nodes rewritten`);
  assert.ok(changed > 200, 'the page was rewritten');
  for (const width of [1200, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const problems = await page.evaluate(brokenLayout);
    await screenshot(page, `layout-pseudo-${width}`, { fullPage: true });
    assert.deepEqual(problems, [], `at ${width} px:\n${problems.join('\n')}`);
  }
  // Print, at A4's width.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  // The printed goal sheet was rewritten with the page (it is there, hidden on screen).
  assert.match(await page.locator('.goal-sheet-print').innerText(), /ŤáŕğéťŤá/);
  // The printed table's headings are sized by the language's own words
  // (engine/src/render/sheet_columns.rs), which a rewritten page does not
  // change; languages.test.mjs holds German's print to them.
  const printed = await page.evaluate(brokenLayout, '.goal-sheet-print th');
  await screenshot(page, 'layout-pseudo-print', { fullPage: true });
  assert.deepEqual(printed, [], `in print:\n${printed.join('\n')}`);
  assert.deepEqual(errors, []);
  await context.close();
});
