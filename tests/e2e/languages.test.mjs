// Goalframes in the organisation's language. The German example canon
// (examples/canon-de, `language = "de"`) built into its own single file
// (`cargo xtask dist-de` → target/dist-de) and opened from disk: the page, its
// accessible names, the frames, "Your goals", the text and Word exports and
// the print are German, with no English word of the app's left. The shipped
// (English) canon with `lang=fr`: page and export in French, equal to the
// CLI's `--lang fr`; with `lang=en`, the English golden blocks. The language
// switch and its stored choice. Controls are found by the catalogs' own words
// (tests/e2e/catalog.mjs), so a string the app does not take from its catalog
// is not found.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, serve, open, root, golden, axe, screenshot, expectText, expectValue, expectAttribute, expectFocus, eventually } from './harness.mjs';
import { say, englishOnly, englishIn } from './catalog.mjs';
import { brokenLayout } from './layout-checks.mjs';

const DIST_DE = process.env.GOALFRAMES_DIST_DE ?? join(root, 'target', 'dist-de');
const GOLDEN_DE = join(root, 'tests', 'fixtures', 'golden-de');
const PROFILE = '#family=database-engineering&level=P4';

// Checked as the file is read: a test's `skip` is decided before `before` runs.
const GERMAN_BUILT = existsSync(join(DIST_DE, 'goalframes.html'));

let browser, server, folder, germanFile;
before(async () => {
  browser = await launch();
  server = await serve();
  folder = await mkdtemp(join(tmpdir(), 'goalframes-de-'));
  if (GERMAN_BUILT) {
    await copyFile(join(DIST_DE, 'goalframes.html'), join(folder, 'goalframes.html'));
    germanFile = pathToFileURL(join(folder, 'goalframes.html')).href;
  }
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Clicks an export button of the sheet (found by `lang`'s words) and returns the download. */
async function download(page, lang, format) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: say(lang, 'exports-heading') }).getByRole('button', { name: say(lang, format), exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/**
 * What a screen reader says of an ARIA snapshot (Playwright's YAML): each
 * line's names, text and placeholders, without the role keywords and the
 * links' addresses, which are not said.
 */
function spoken(snapshot) {
  return snapshot
    .split('\n')
    .map((line) => line.replace(/^\s*- '?/, ''))
    .filter((line) => !line.startsWith('/url:'))
    .map((line) => line.replace(/^\/?[a-z]+(?=[\s:]|$)/, '').replace(/\[(selected|checked|level=\d+|expanded|disabled|pressed)[^\]]*\]/g, ''))
    .join('\n');
}

/** The text of every file of the German canon: its words are German, whatever the catalog says. */
async function germanCanonText() {
  const dir = join(root, 'examples', 'canon-de');
  const files = [join(dir, 'canon.toml')];
  for (const sub of await readdir(join(dir, 'families'))) {
    for (const f of await readdir(join(dir, 'families', sub))) files.push(join(dir, 'families', sub, f));
  }
  // Only the values (the comments of canon.toml show an English line).
  const values = [];
  for (const f of files) values.push(...[...(await readFile(f, 'utf8')).matchAll(/"([^"]*)"/g)].map((m) => m[1]));
  return values.join(' ');
}

test('the German canon from disk: page, names, frames, goals, exports and print in German, no English left', { skip: !GERMAN_BUILT && 'run cargo xtask dist-de first' }, async (t) => {
  // Allowed: the German canon's words, and each language's name in itself (the switch).
  const names = ['en', 'de', 'fr', 'es'].map((l) => say(l, 'language-name')).join(' ');
  const english = englishOnly('de', `${await germanCanonText()} ${names}`);
  const noEnglish = (text, what) => {
    const found = englishIn(text, english);
    assert.deepEqual(found, [], `English in ${what}: ${found.join(', ')}\n${text.slice(0, 1500)}`);
  };
  t.diagnostic(`${english.length} English words the app says that German does not`);
  const de = (key, args) => say('de', key, args);
  // bypassCSP lets axe in (the file's CSP is single-file.test.mjs's).
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(germanFile + '#family=datenbanktechnik&level=P4');
  await page.getByRole('heading', { level: 1, name: 'Zielvorlagen — Datenbanktechnik — P4' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');

  // The frames, byte for byte as the hand-written German golden blocks.
  for (const [kind, key] of [['smart', 'frame-smart'], ['okr', 'frame-okr'], ['mbo', 'frame-mbo'], ['scorecard', 'frame-scorecard']]) {
    const region = page.getByRole('region', { name: de(key), exact: true });
    await region.getByRole('button', { name: de('view-copy-print-as-text') }).click();
    await expectText(region.locator('pre'), await readFile(join(GOLDEN_DE, `datenbanktechnik.P4.${kind}.txt`), 'utf8'), `${kind} in German`);
  }

  // A goal sheet: two goals kept, a person, a target, a date typed as Germans write it.
  const goal = (n) => de('item-smart', { n });
  await page.getByRole('checkbox', { name: de('view-keep-goal', { goal: goal(1) }) }).check();
  await page.getByRole('checkbox', { name: de('view-keep-goal', { goal: goal(2) }) }).check();
  const goals = page.getByRole('region', { name: de('goals-heading') });
  await eventually(() => goals.getByRole('heading', { level: 3 }).count(), (n) => n === 2, 'two goals kept');
  await page.getByRole('textbox', { name: de('sheet-person'), exact: true }).fill('Erika Mustermann');
  const target = goals.getByRole('textbox', { name: de('control-for', { control: de('slot-target.label'), goal: goal(1) }), exact: true });
  await target.fill('Antwortzeit unter 200 ms');
  const date = goals.getByRole('textbox', { name: de('control-for', { control: de('slot-date.label'), goal: goal(1) }), exact: true });
  await date.fill('30.06.2027');
  await date.press('Tab');
  await expectValue(date, '30.06.2027', 'the date as typed, German');
  const periodEnd = page.getByRole('textbox', { name: de('sheet-period-end'), exact: true });
  await periodEnd.fill('31.12.2027');
  await periodEnd.press('Tab');
  await expectValue(periodEnd, '31.12.2027', 'the period end, German');
  await screenshot(page, 'languages-de-goals');

  // German's longer words hold the layout: at 1200 and 360 px, and in print.
  for (const width of [1200, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const problems = await page.evaluate(brokenLayout);
    assert.deepEqual(problems, [], `at ${width} px:\n${problems.join('\n')}`);
  }
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const inPrint = await page.evaluate(brokenLayout);
  assert.deepEqual(inPrint, [], `in print:\n${inPrint.join('\n')}`);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1200, height: 900 });

  // What a screen reader reads, and what a sighted person reads: German.
  noEnglish(spoken(await page.locator('body').ariaSnapshot()), 'the accessible names');
  noEnglish(await page.evaluate(() => document.body.innerText), 'the page');
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));

  // The files: German words, ISO dates.
  const text = (await download(page, 'de', 'format-text')).bytes.toString('utf8');
  noEnglish(text, 'the text export');
  assert.ok(text.includes('Erika Mustermann') && text.includes('2027-06-30'), 'the person and the date, ISO, in the file');
  assert.ok(!text.includes('30.06.2027'), 'files keep ISO dates');
  const docx = await download(page, 'de', 'format-docx');
  const dir = await mkdtemp(join(tmpdir(), 'goalframes-de-docx-'));
  await writeFile(join(dir, 'sheet.docx'), docx.bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/libreoffice`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'sheet.docx')], { stdio: 'ignore', timeout: 60000 });
  const word = execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
  // The table's headings each on one line, whole ("Gewichtung", not "Gewich-/tung").
  const laidOut = execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
  for (const key of ['doc-column-goal', 'doc-column-measure', 'doc-column-due', 'doc-column-weight']) {
    assert.match(laidOut, new RegExp(`(^|\\s)${de(key)}(\\s|$)`, 'm'), `the Word heading ${de(key)} whole`);
  }
  noEnglish(word, 'the Word export');
  assert.ok(word.includes(de('goals-heading')) || word.includes('Ziel'), 'the Word export is the goal sheet');
  assert.ok(word.replace(/\s+/g, ' ').includes('Antwortzeit unter 200 ms'), 'the target in Word');

  // Print.
  await page.emulateMedia({ media: 'print' });
  await writeFile(join(dir, 'print.pdf'), await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const printed = execFileSync('pdftotext', [join(dir, 'print.pdf'), '-'], { encoding: 'utf8' });
  noEnglish(printed, 'the print');
  // The printed goal sheet is the Word document's twin: the same ISO dates.
  assert.ok(printed.includes('2027-06-30') && printed.includes('Erika Mustermann'), `the print is the goal sheet:\n${printed.slice(0, 800)}`);
  await rm(dir, { recursive: true, force: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the shipped canon with lang=fr: page and export in French, as the CLI says; lang=en keeps the golden blocks', async () => {
  const { context, page, errors } = await open(browser, server);
  const fr = (key, args) => say('fr', key, args);
  await page.goto(`${server.url}${PROFILE}&lang=fr`);
  await page.getByRole('heading', { level: 1, name: fr('heading', { title: 'Database Engineering — P4' }) }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.getByRole('region', { name: fr('goals-heading') }).waitFor();
  await page.getByRole('combobox', { name: fr('app-language') }).waitFor();
  // The unfilled text export is the engine's French, as `goalframes render --lang fr` writes it.
  const { bytes } = await download(page, 'fr', 'format-text');
  const exported = bytes.toString('utf8').replace(/^.*\d{4}-\d{2}-\d{2}\n/m, '');
  const cli = execFileSync('cargo', ['run', '-q', '-p', 'goalframes-cli', '--', 'render', '--family', 'database-engineering', '--level', 'P4', '--format', 'text', '--lang', 'fr'], { cwd: root, encoding: 'utf8' });
  assert.equal(exported, cli);
  assert.ok(cli.includes(fr('frame-smart')), 'the CLI wrote French');
  await screenshot(page, 'languages-fr');

  // The same page asked in English: the golden blocks, byte for byte.
  await page.goto(`${server.url}${PROFILE}&lang=en`);
  await page.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  for (const kind of ['smart', 'okr', 'mbo', 'scorecard']) {
    const region = page.locator(`#frame-${kind}`);
    await region.getByRole('button', { name: 'Copy / print as text' }).click();
    await expectText(region.locator('pre'), await readFile(join(golden, `database-engineering.P4.${kind}.txt`), 'utf8'), kind);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language switch re-words the page, is kept for the next visit, and an address that names a language wins', async () => {
  const { context, page, errors } = await open(browser, server);
  await page.goto(`${server.url}${PROFILE}`);
  await page.getByRole('heading', { level: 1, name: 'Goal templates — Database Engineering — P4' }).waitFor();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });
  const spanish = say('es', 'heading', { title: 'Database Engineering — P4' });
  await page.getByRole('heading', { level: 1, name: spanish }).waitFor();
  await expectAttribute(page.locator('html'), 'lang', 'es');
  // Focus stays on the switch, now named in Spanish.
  await expectFocus(page, 'language');
  await page.getByRole('combobox', { name: say('es', 'app-language') }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: spanish }).waitFor();
  await page.goto(`${server.url}${PROFILE}&lang=de`);
  await page.getByRole('heading', { level: 1, name: say('de', 'heading', { title: 'Database Engineering — P4' }) }).waitFor();
  // A new visit without it: the stored choice again.
  await page.goto(`${server.url}#`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: say('es', 'finder-heading') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
