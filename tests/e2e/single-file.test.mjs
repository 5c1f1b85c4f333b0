// The real deliverable: dist/goalframes.html, copied alone to another folder and
// opened from disk. It must do everything the served app does, make no request
// but the file itself, and raise no Content-Security-Policy violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, dist, golden, screenshot, findByTyping, expectText, expectIncludes, eventually, expectValue } from './harness.mjs';

let browser, folder, fileUrl;
before(async () => {
  browser = await launch();
  folder = await mkdtemp(join(tmpdir(), 'goalframes-single-'));
  await copyFile(join(dist, 'goalframes.html'), join(folder, 'goalframes.html'));
  fileUrl = pathToFileURL(join(folder, 'goalframes.html')).href;
});
after(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A page on the copied file that records requests, errors and CSP violations. */
async function openFile(hash = '') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  // Before any script of the page runs: collect every CSP violation report.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(fileUrl + hash);
  await page.locator('main#main h1').first().waitFor();
  const check = async () => {
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, [], 'no CSP violation');
    const others = requests.filter((u) => !u.startsWith(fileUrl.split('#')[0]) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(others, [], 'no request but the file itself');
    assert.deepEqual(errors, [], 'no page errors');
  };
  return { context, page, requests, check };
}

test('the file carries a strict CSP and everything inline', async () => {
  const html = await readFile(join(dist, 'goalframes.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet|\son[a-z]+=/i, 'no external script or style, no inline handler');
});

test('opened from disk: find, fill, reload, copy and print, with no request and no CSP violation', async () => {
  const { context, page, requests, check } = await openFile();
  await findByTyping(page, 'database engineering p4', 'Database Engineering — P4');

  // The text blocks equal golden, as from the served app.
  const okr = page.getByRole('region', { name: 'OKRs', exact: true });
  await okr.getByRole('button', { name: 'Copy / print as text' }).click();
  await expectText(okr.locator('pre'), await readFile(join(golden, 'database-engineering.P4.okr.txt'), 'utf8'));

  // Fill, and the value is kept across a reload (localStorage works from disk).
  const smart = page.getByRole('region', { name: 'SMART goals', exact: true });
  await smart.getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }).fill('99.95% uptime');
  await smart.getByRole('button', { name: 'Copy / print as text' }).click();
  await expectIncludes(smart.locator('pre'), 'to 99.95% uptime by ⟨date⟩.');
  await page.reload();
  await page.locator('main#main h1').first().waitFor();
  await expectValue(
    page.getByRole('region', { name: 'SMART goals', exact: true })
      .getByRole('textbox', { name: 'Target, SMART goal 1', exact: true }),
    '99.95% uptime',
  );

  // Copy to the clipboard.
  const mbo = page.getByRole('region', { name: 'MBO areas', exact: true });
  await mbo.getByRole('button', { name: 'Copy / print as text' }).click();
  await mbo.getByRole('button', { name: 'Copy MBO areas as text' }).click();
  await mbo.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const block = await mbo.locator('pre').textContent();
  await eventually(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t === block, 'the clipboard holds the MBO text block');

  // Print.
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await screenshot(page, 'single-file');
  await check();
  assert.ok(requests.length >= 1);
  await context.close();
});

test('embedded compact view and theming from the URL, from disk', async () => {
  const { context, page, check } = await openFile('#family=payroll&level=S3&embed=1&accent=%23005a32&font=serif');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embed')), true);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#005a32');
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.equal(font, 'serif');
  await screenshot(page, 'single-file-embed');
  await check();
  await context.close();
});
