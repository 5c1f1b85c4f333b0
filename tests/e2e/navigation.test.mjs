// Deep links and history, sheets (rename, duplicate, delete), storage that
// fails, keyboard use of the search, a 360 px screen, and axe-core in light
// and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, goto, foreign, screenshot, axe, findByTyping, serveAndLaunch, expectValue, expectCount, expectIncludes, expectAttribute, expectFocus, expectUrl } from './harness.mjs';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});


test('a deep link shows that frame; back and forward work', async () => {
  const { context, page, requests, errors } = await open(browser, server);
  await goto(page, server, '#family=database-engineering&level=P4&frame=okr');
  await page.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'frame-okr');
  assert.ok(await page.getByRole('region', { name: 'OKRs', exact: true }).isVisible());
  // The OKR frame is scrolled to the top of the view.
  await page.waitForFunction(
    () => Math.abs(document.getElementById('frame-okr').getBoundingClientRect().top) < 50,
    null,
    { timeout: 5000 },
  );

  // Frame links add history entries.
  await page.getByRole('navigation', { name: 'Frames' }).getByRole('link', { name: 'Scorecard' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'frame-scorecard');
  await expectUrl(page, /frame=scorecard$/);
  await page.getByRole('link', { name: 'All profiles' }).click();
  await page.getByRole('heading', { level: 1, name: 'Find a profile' }).waitFor();

  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.id === 'frame-scorecard');
  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.id === 'frame-okr');
  await expectUrl(page, /frame=okr$/);
  await page.goForward();
  await page.waitForFunction(() => document.activeElement?.id === 'frame-scorecard');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Find a profile' }).waitFor();
  await expectFocus(page, 'search');

  // An unknown profile says so and offers the finder.
  await page.goto(server.url + '#family=nope&level=P9');
  await page.getByRole('alert').filter({ hasText: 'no profile “nope” at level “P9”' }).waitFor();
  assert.ok(await page.getByRole('combobox', { name: /Search by family/ }).isVisible());
  assert.deepEqual(foreign(requests, server), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the search works from the keyboard alone', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server);
  await page.keyboard.press('Tab'); // Skip link.
  await page.keyboard.press('Enter');
  await expectFocus(page, 'main');
  await page.keyboard.press('Tab');
  await expectFocus(page, 'search');
  await page.keyboard.type('p4 database', { delay: 5 });
  const options = page.getByRole('listbox', { name: 'Matching profiles' }).getByRole('option');
  await options.first().waitFor();
  const search = page.getByRole('combobox', { name: /Search by family/ });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = await options.nth(1).getAttribute('id');
  await expectAttribute(search, 'aria-activedescendant', second);
  await expectAttribute(options.nth(1), 'aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expectAttribute(options.nth(0), 'aria-selected', 'true');
  const name = await options.nth(0).locator('.result-title').textContent();
  assert.equal(name, 'Database Engineering — P4');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: `Goal templates — ${name}` }).waitFor();
  await expectFocus(page, 'page-heading');

  // Canon text is searchable too.
  await goto(page, server, '#');
  await page.getByRole('combobox', { name: /Search by family/ }).fill('Splunk');
  await page.getByRole('listbox', { name: 'Matching profiles' }).getByRole('option', { name: /Database Engineering — P4/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('sheets: open, rename, duplicate, delete', async () => {
  const { context, page, errors } = await open(browser, server);
  await goto(page, server);
  await page.getByRole('heading', { name: 'Your sheets' }).waitFor();
  await page.getByText(/None yet/).waitFor();

  // Browse group → family → level.
  await page.getByRole('link', { name: /^Database Engineering P4 / }).click();
  await page.getByRole('textbox', { name: 'Target, MBO area 2', exact: true }).fill('two audits');
  await page.getByRole('textbox', { name: 'Person' }).fill('Grace');
  await page.getByRole('link', { name: 'All profiles' }).click();

  const sheets = page.getByRole('region', { name: 'Your sheets' });
  await sheets.getByRole('link', { name: 'Grace' }).waitFor();
  await sheets.getByRole('button', { name: 'Rename Grace' }).click();
  await sheets.getByRole('textbox', { name: 'Person' }).fill('Grace Hopper');
  await sheets.getByRole('button', { name: 'Save name' }).click();
  await sheets.getByRole('link', { name: 'Grace Hopper', exact: true }).waitFor();

  await sheets.getByRole('button', { name: 'Duplicate Grace Hopper' }).click();
  await sheets.getByRole('link', { name: 'Grace Hopper (copy)' }).waitFor();
  await screenshot(page, 'sheets');
  await sheets.getByRole('link', { name: 'Grace Hopper (copy)' }).click();
  await expectValue(page.getByRole('textbox', { name: 'Target, MBO area 2', exact: true }), 'two audits');
  await page.getByRole('textbox', { name: 'Target, MBO area 2', exact: true }).fill('three audits');
  await page.getByRole('link', { name: 'Open “Grace Hopper”' }).click();
  await expectValue(page.getByRole('textbox', { name: 'Target, MBO area 2', exact: true }), 'two audits');

  await page.reload();
  await page.getByRole('link', { name: 'All profiles' }).click();
  await sheets.getByRole('button', { name: 'Delete Grace Hopper (copy)' }).click();
  await sheets.getByRole('button', { name: 'Confirm delete Grace Hopper (copy)' }).click();
  await page.reload();
  await sheets.getByRole('link', { name: 'Grace Hopper', exact: true }).waitFor();
  await expectCount(sheets.getByRole('link', { name: /copy/ }), 0);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.equal(keys.length, 1);
  assert.match(keys[0], /^goalframes:sheet:/);
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), keys[0]);
  assert.equal(saved.schema, 'goalframes.sheet/3');
  assert.equal(saved.canon_version, '2026.11-sample');
  assert.deepEqual(saved.values, { 'mbo-2': { target: 'two audits' } });
  assert.deepEqual(errors, []);
  await context.close();
});

test('without storage the app works in memory and says so', async () => {
  const { context, page, errors } = await open(browser, server);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage is disabled', 'SecurityError');
      },
    });
  });
  await goto(page, server, '#family=database-engineering&level=P4');
  await page.getByText(/Browser storage is unavailable/).waitFor();
  await page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('kept in memory');
  await page.getByText('Kept in memory only: browser storage is unavailable.').waitFor();
  const toggle = page.getByRole('region', { name: 'SMART goals', exact: true }).getByRole('button', { name: 'Copy / print as text' });
  await toggle.click();
  await expectIncludes(page.locator('#frame-smart pre'), 'to kept in memory by');
  assert.deepEqual(errors, []);
  await context.close();
});

test('usable at 360 px wide', async () => {
  const { context, page, errors } = await open(browser, server, {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await goto(page, server);
  await screenshot(page, 'mobile-finder');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok((await overflow()) <= 0, 'no sideways scrolling on the finder');
  await goto(page, server, '#family=database-engineering&level=P4');
  await page.getByRole('textbox', { name: 'Target, MBO area 1', exact: true }).fill('on track');
  await page.getByRole('region', { name: 'MBO areas', exact: true }).getByRole('button', { name: 'Copy / print as text' }).click();
  assert.ok((await overflow()) <= 0, 'no sideways scrolling on a profile');
  await screenshot(page, 'mobile-profile');
  await page.evaluate(() => document.getElementById('frame-mbo').scrollIntoView());
  await screenshot(page, 'mobile-mbo');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${colorScheme})`, async () => {
    const { context, page, errors } = await open(browser, server, { colorScheme });
    await goto(page, server);
    await page.getByRole('combobox', { name: /Search by family/ }).fill('data');
    await page.getByRole('listbox', { name: 'Matching profiles' }).getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await axe(page), [], 'finder with results');

    await goto(page, server, '#family=database-engineering&level=P4');
    await page.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('x'.repeat(201));
    await page.getByRole('textbox', { name: 'Target, SMART goal 2', exact: true }).fill('99%');
    await page.getByRole('checkbox', { name: 'Show sources' }).check();
    for (const button of await page.getByRole('button', { name: 'Copy / print as text' }).all()) await button.click();
    assert.deepEqual(await axe(page), [], 'profile page, filled, sources and texts shown');
    await page.evaluate(() => document.getElementById('frame-smart').scrollIntoView());
    await screenshot(page, `profile-${colorScheme}`);
    await page.evaluate(() => document.getElementById('frame-mbo').scrollIntoView());
    await screenshot(page, `mbo-${colorScheme}`);

    await goto(page, server, '#');
    await page.getByRole('link', { name: 'Untitled sheet' }).waitFor();
    assert.deepEqual(await axe(page), [], 'finder with a sheet');
    await screenshot(page, `finder-${colorScheme}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
