// The first screen of a profile, as a person meets it: the goals before the
// exports, skip links first in the tab order, a focus ring only for keyboard
// use, placeholders that read as blanks, targets of at least 24 px, and on a
// phone the goals in the first screen. (tests/e2e/first-screen.mjs is not a
// test: it captures this screen for the single file's pre-render.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { open, goto, root, serveAndLaunch, screenshot, eventually, expectFocus } from './harness.mjs';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const PROFILE = '#family=database-engineering&level=P4';

/** The focused element, said as a person would: its role, its name and its id. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return {
    tag: e?.tagName.toLowerCase(),
    id: e?.id ?? '',
    text: (e?.getAttribute('aria-label') ?? e?.textContent ?? '').trim().slice(0, 60),
    keep: e?.matches('input[data-keep]') ?? false,
    outline: e ? getComputedStyle(e).outlineStyle : '',
  };
});

/** Presses Tab until the focus is on a Keep box; the number of presses (at most `limit`). */
async function tabsToKeep(page, limit) {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    // Tab moves focus while the key is handled, before press() resolves.
    if ((await focused(page)).keep) return n;
  }
  return Infinity;
}

test('the goals come before the exports, and skip links lead the keyboard to the frames and the goals', async (t) => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  const goals = page.getByRole('region', { name: 'Your goals' });
  const exports = page.getByRole('group', { name: 'Export this sheet' });
  await goals.waitFor();
  await exports.waitFor();
  const order = await page.evaluate(() => {
    const goals = document.querySelector('section.goals');
    const exports = document.querySelector('.exports');
    const frames = document.querySelector('section.frame');
    return {
      exportsAfterGoals: Boolean(goals.compareDocumentPosition(exports) & Node.DOCUMENT_POSITION_FOLLOWING),
      framesAfterExports: Boolean(exports.compareDocumentPosition(frames) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
  assert.deepEqual(order, { exportsAfterGoals: true, framesAfterExports: true });

  // The first Tab reaches the skip link to the frames, the second the one to the goals.
  await page.keyboard.press('Tab');
  const skip = await eventually(() => focused(page), (f) => f.text === 'Skip to the frames', 'the first Tab on the skip link');
  assert.equal(skip.outline, 'solid', 'a keyboard focus shows its ring');
  await screenshot(page, 'first-screen-skip-link');
  await page.keyboard.press('Tab');
  await eventually(() => focused(page), (f) => f.text === 'Skip to your goals', 'the second Tab on the skip link to the goals');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'goals');

  assert.deepEqual(errors, []);
  await context.close();

  // From the skip link to the frames, the first Keep box is a few Tabs away.
  const viaSkip = await withNewPage(async (page) => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const frame = await eventually(() => focused(page), (f) => f.id.startsWith('frame-'), 'focus on the first frame');
    assert.equal(frame.outline, 'solid', 'a frame focused from the keyboard shows its ring');
    return tabsToKeep(page, 40);
  });
  // Without the skip link: every Tab from the top of the page.
  const fromTop = await withNewPage((page) => tabsToKeep(page, 80));
  t.diagnostic(`Tabs to the first Keep box: ${viaSkip} after "Skip to the frames", ${fromTop} from the top of the page`);
  assert.ok(viaSkip <= 5, `the first Keep box is ${viaSkip} Tabs after the skip link`);
  assert.ok(Number.isFinite(fromTop), 'every Tab from the top reaches a Keep box');
});

/** Runs `use` on a profile's page freshly opened in a new context, and returns what it returns. */
async function withNewPage(use) {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  const result = await use(page);
  assert.deepEqual(errors, []);
  await context.close();
  return result;
}

test('a heading the app focuses after a click shows no ring; after a key press it does', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  const nav = page.getByRole('navigation', { name: 'Frames' });
  await nav.getByRole('link', { name: 'OKRs' }).click();
  await expectFocus(page, 'frame-okr');
  assert.equal((await focused(page)).outline, 'none', 'no ring after a mouse click');
  await screenshot(page, 'first-screen-clicked-frame');
  await nav.getByRole('link', { name: 'Scorecard' }).focus();
  await page.keyboard.press('Enter');
  await expectFocus(page, 'frame-scorecard');
  assert.equal((await focused(page)).outline, 'solid', 'a ring after the keyboard');
  assert.deepEqual(errors, []);
  await context.close();
});

test('placeholders read as blanks, and Keep and Show sources boxes are at least 24 px', async (t) => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server, PROFILE);
  const slot = page.locator('input.slot-input').first();
  await slot.waitFor();
  const looks = async () => slot.evaluate((input) => {
    const value = getComputedStyle(input);
    const placeholder = getComputedStyle(input, '::placeholder');
    return {
      valueColor: value.color,
      placeholderColor: placeholder.color,
      placeholderStyle: placeholder.fontStyle,
      border: value.borderTopStyle,
    };
  });
  const blank = await looks();
  assert.notEqual(blank.placeholderColor, blank.valueColor, 'a placeholder is not in the colour of typed text');
  assert.equal(blank.placeholderStyle, 'italic');
  assert.equal(blank.border, 'dashed', 'a blank slot has a dashed edge');
  await slot.fill('250 ms');
  const filled = await eventually(looks, (l) => l.border !== 'dashed', 'a filled slot’s edge');
  assert.equal(filled.border, 'solid');
  await slot.fill('');

  const sizes = await page.locator('input[data-keep], .sources-toggle input').evaluateAll((boxes) => boxes.map((b) => {
    const r = b.getBoundingClientRect();
    return [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10];
  }));
  assert.ok(sizes.length > 10, `Keep boxes found: ${sizes.length}`);
  const smallest = sizes.reduce((m, [w, h]) => Math.min(m, w, h), Infinity);
  t.diagnostic(`${sizes.length} Keep and Show sources boxes, the smallest side ${smallest} px`);
  assert.ok(smallest >= 24, `every box at least 24 px: the smallest is ${smallest} px`);
  await slot.scrollIntoViewIfNeeded();
  await screenshot(page, 'first-screen-placeholders');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the first screen shows the first kept goal, before any export, and nothing is wider than the phone', async (t) => {
  const sheet = JSON.parse(await readFile(join(root, 'tests', 'fixtures', 'sheets', 'documents.json'), 'utf8'));
  const { context, page, errors } = await open(browser, server, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript((sheet) => {
    if (!localStorage.getItem(`goalframes:sheet:${sheet.id}`)) {
      localStorage.setItem(`goalframes:sheet:${sheet.id}`, JSON.stringify(sheet));
    }
  }, sheet);
  await goto(page, server, `${PROFILE}&sheet=${sheet.id}`);
  const first = page.getByRole('region', { name: 'Your goals' }).getByRole('heading', { level: 3 }).first();
  await first.waitFor();
  const place = await page.evaluate(() => {
    const goal = document.querySelector('section.goals h3').getBoundingClientRect();
    const button = document.querySelector('.exports button').getBoundingClientRect();
    return { goal: Math.round(goal.top), firstExport: Math.round(button.top), height: innerHeight, width: innerWidth };
  });
  t.diagnostic(`on a 390 × 844 phone (a view of ${place.width} × ${place.height} px): the first kept goal's title at ${place.goal} px, the first export button at ${place.firstExport} px`);
  // Long unbroken values (a 64-character address) never widen the page past the phone.
  assert.equal(place.width, 390, 'the page is as wide as the phone');
  assert.ok(place.goal + 20 < place.height, `the first goal in the first screen (at ${place.goal} px of ${place.height})`);
  assert.ok(place.goal < place.firstExport, 'the goals before the exports');
  await screenshot(page, 'first-screen-phone');
  assert.deepEqual(errors, []);
  await context.close();
});
