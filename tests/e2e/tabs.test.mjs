// Two tabs of one sheet typing at once (issue 26): two pages of one browser
// context, so they share localStorage and get each other's `storage` events,
// as two tabs do. Each test runs many rounds of concurrent typing, then polls
// until the pages are quiet and asserts what they show and what is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, goto, serveAndLaunch, expectUrl, expectValue, eventually, axe, screenshot } from './harness.mjs';

let server, browser;
serveAndLaunch((s, b) => {
  server = s;
  browser = b;
});

const PROFILE = '#family=database-engineering&level=P4';
const slot = (page, name) => page.getByRole('textbox', { name, exact: true }).first();
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Types `text` over what an input holds, key by key, as a person does. */
async function typeOver(input, text) {
  await input.selectText();
  await input.pressSequentially(text);
}

/** Two pages on one new sheet of PROFILE: `{ context, a, b, key, errors }`. */
async function twoTabs() {
  const { context, page: a, errors } = await open(browser, server);
  await goto(a, server, PROFILE);
  await slot(a, 'Person').fill('Two tabs');
  const url = await expectUrl(a, /&sheet=/);
  const key = `goalframes:sheet:${new URL(url).hash.match(/sheet=([^&]+)/)[1]}`;
  const b = await context.newPage();
  b.on('pageerror', (e) => errors.push(String(e)));
  b.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await b.goto(url);
  await expectValue(b.getByRole('textbox', { name: 'Person' }), 'Two tabs');
  return { context, a, b, key, errors };
}

/** What a page holds: the sheet's slot values as stored (this page's view of
 * storage), and what its SMART goal inputs show, by name. */
async function holds(page, key) {
  return page.evaluate((key) => {
    const sheet = JSON.parse(localStorage.getItem(key) ?? '{}');
    const shown = {};
    for (const input of document.querySelectorAll('#frame-smart input.slot-input')) {
      shown[input.getAttribute('aria-label')] ??= input.value;
    }
    return { stored: sheet.values ?? {}, shown };
  }, key);
}

/** A SMART goal's slot name and its part in the stored values. */
const SLOTS = [1, 2, 3, 4, 5].flatMap((goal) =>
  ['baseline', 'target'].map((kind) => ({
    name: `${kind === 'baseline' ? 'Baseline' : 'Target'}, SMART goal ${goal}`,
    item: `smart-${goal}`,
    kind,
  })),
);
const storedValue = (stored, s) => stored[s.item]?.[s.kind] ?? '';

/**
 * Polls both pages until they agree with each other and with storage (read
 * in each page), and `settled` holds of what they hold; returns it. The
 * typing hold (1.2 s after the last key, later in a page in the background,
 * whose timers the browser slows) is waited for, not assumed.
 */
async function quiet(a, b, key, settled, message) {
  return eventually(
    async () => ({ a: await holds(a, key), b: await holds(b, key) }),
    ({ a, b }) =>
      JSON.stringify(a.stored) === JSON.stringify(b.stored) &&
      SLOTS.every((s) => a.shown[s.name] === storedValue(a.stored, s) && b.shown[s.name] === storedValue(b.stored, s)) &&
      settled(a),
    message,
    10_000,
  );
}

test('each tab types its own slot, 1 ms apart, for 40 rounds: every value is stored and both tabs show it', async () => {
  const { context, a, b, key, errors } = await twoTabs();
  const expected = {};
  const started = Date.now();
  for (let round = 0; round < 40; round++) {
    const [mine, theirs] = [SLOTS[(2 * round) % SLOTS.length], SLOTS[(2 * round + 1) % SLOTS.length]];
    const [textA, textB] = [`a${round}`, `b${round}`];
    await Promise.all([
      typeOver(slot(a, mine.name), textA),
      pause(1).then(() => typeOver(slot(b, theirs.name), textB)),
    ]);
    expected[mine.name] = textA;
    expected[theirs.name] = textB;
  }
  const typed = Date.now() - started;
  const done = await quiet(
    a,
    b,
    key,
    (held) => SLOTS.every((s) => held.shown[s.name] === (expected[s.name] ?? '')),
    'both tabs and storage should hold every value typed',
  );
  console.log(`own slots: 40 rounds typed in ${typed} ms, quiet ${Date.now() - started - typed} ms later`);
  for (const s of SLOTS) assert.equal(storedValue(done.a.stored, s), expected[s.name] ?? '', s.name);
  assert.deepEqual(errors, []);
  await context.close();
});

test('both tabs type the same slot at once, for 8 rounds: once quiet, both show what is stored, and the tab whose text lost says so and can keep it', async () => {
  const { context, a, b, key, errors } = await twoTabs();
  const notice = (page) => page.getByRole('alert').filter({ hasText: 'Another tab changed this' });
  const waits = [];
  for (let round = 0; round < 8; round++) {
    const s = SLOTS[round % SLOTS.length];
    const [textA, textB] = [`from A ${round}`, `from B ${round}`];
    await Promise.all([
      typeOver(slot(a, s.name), textA),
      pause(1).then(() => typeOver(slot(b, s.name), textB)),
    ]);
    const typed = Date.now();
    const done = await quiet(
      a,
      b,
      key,
      (held) => [textA, textB].includes(storedValue(held.stored, s)),
      `round ${round}: both tabs should show the stored text of ${s.name}`,
    );
    waits.push(Date.now() - typed);
    const standing = storedValue(done.a.stored, s);
    const [winner, loser, lost] = standing === textA ? [a, b, textB] : [b, a, textA];
    // The tab whose text lost says so beside the slot; the other says nothing.
    const told = notice(loser).first();
    await told.waitFor();
    assert.match(await told.textContent(), new RegExp(`changed this to “${standing}”; your text “${lost}” is not saved`));
    assert.equal(await notice(winner).count(), 0);
    const input = slot(loser, s.name);
    const describedBy = await input.getAttribute('aria-describedby');
    assert.ok(describedBy?.split(' ').includes(await told.getAttribute('id')), 'the input is described by the notice');
    if (round === 0) await told.evaluate((e) => e.closest('.goal').scrollIntoView());
    if (round === 0) await screenshot(loser, 'tabs-overwritten');
    if (round % 3 === 0) {
      // Keeping its own text writes it, for every tab.
      await told.getByRole('button', { name: 'Keep my text' }).click();
      await quiet(a, b, key, (held) => storedValue(held.stored, s) === lost, `round ${round}: the kept text should be stored and shown`);
      await expectValue(input, lost);
      assert.equal(await notice(loser).count(), 0);
      // Now the other tab's text is the one replaced: it is told, and lets it stand.
      await notice(winner).getByRole('button', { name: 'Keep the other tab’s' }).click();
      await eventually(() => notice(winner).count(), (n) => n === 0, 'the notice goes');
    } else {
      await told.getByRole('button', { name: 'Keep the other tab’s' }).click();
      await eventually(() => notice(loser).count(), (n) => n === 0, 'the notice goes');
      assert.equal(await input.inputValue(), standing);
    }
  }
  console.log(`same slot: quiet ${Math.min(...waits)}–${Math.max(...waits)} ms after the last key`);
  assert.deepEqual(await axe(a), []);
  assert.deepEqual(errors, []);
  await context.close();
});
