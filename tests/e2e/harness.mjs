// Shared set-up for the end-to-end tests: a tiny static server over dist/ on
// 127.0.0.1 (port 0), Debian's chromium driven by playwright-core, a record of
// every request the page makes, and the artifacts folder for screenshots.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
// GOALFRAMES_DIST runs the suite against another build (e.g. an earlier release).
export const dist = process.env.GOALFRAMES_DIST ?? join(root, 'dist');
export const golden = join(root, 'tests', 'fixtures', 'golden');
export const artifacts = join(here, 'artifacts');
export const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/** Serves dist/ on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dist, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Serves dist/ and launches the browser before a test file's tests, hands both
 * to `ready`, and stops them after the file's tests.
 */
export function serveAndLaunch(ready) {
  let server, browser;
  before(async () => {
    server = await serve();
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Launches Debian's chromium headless, with no network of its own. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A new page that records every request and every page error. `requests` and
 * `errors` fill as the page runs.
 */
export async function open(browser, server, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, requests, errors };
}

/** Goes to the app (optionally at a hash) and waits until it has rendered. */
export async function goto(page, server, hash = '') {
  await page.goto(server.url + hash);
  await page.locator('main#main h1').first().waitFor();
}

/** Requests that left the local server (data: URLs are not requests over a network). */
export function foreign(requests, server) {
  return requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:'));
}

/** Saves a screenshot of the view (or the whole page) into tests/e2e/artifacts/. */
export async function screenshot(page, name, { fullPage = false } = {}) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage });
}

/** Runs axe-core on the page and returns its violations (WCAG 2.0–2.2 A and AA). */
export async function axe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary),
    }));
  });
}

/** Finds a profile the way a person does: typing in the search box and opening the result. */
export async function findByTyping(page, words, title) {
  const search = page.getByRole('combobox', { name: /Search by family/ });
  await search.click();
  await search.pressSequentially(words, { delay: 10 });
  await page.getByRole('listbox', { name: 'Matching profiles' }).getByRole('option', { name: new RegExp(title) }).first().waitFor();
  await search.press('ArrowDown');
  await search.press('Enter');
  await page.getByRole('heading', { level: 1, name: `Goal templates — ${title}` }).waitFor();
}

/**
 * Polls `read()` until `check(value)` holds, then returns the value; fails with
 * `message` and the last value read after `timeout` ms. An assertion on the page
 * waits for what it asserts: the page updates after an action, not at once.
 */
export async function eventually(read, check, message, timeout = 5000) {
  const start = Date.now();
  let value;
  for (;;) {
    value = await read();
    if (check(value)) return value;
    if (Date.now() - start > timeout) {
      throw new Error(`${message}: still ${JSON.stringify(value)} after ${timeout} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until an input shows `expected`. */
export async function expectValue(locator, expected, message = 'input value') {
  return eventually(() => locator.inputValue(), (v) => v === expected, `${message} should be ${JSON.stringify(expected)}`);
}

/** Waits until an element's text equals `expected` (a string) or matches it (a RegExp). */
export async function expectText(locator, expected, message = 'text') {
  const ok = (t) => (expected instanceof RegExp ? expected.test(t ?? '') : t === expected);
  return eventually(() => locator.textContent(), ok, `${message} should be ${expected}`);
}

/** Waits until a locator matches `n` elements. */
export async function expectCount(locator, n, message = 'count') {
  return eventually(() => locator.count(), (c) => c === n, `${message} should be ${n}`);
}

/** Waits until an element's text includes `part`. */
export async function expectIncludes(locator, part, message = 'text') {
  return eventually(() => locator.textContent(), (t) => (t ?? '').includes(part), `${message} should include ${JSON.stringify(part)}`);
}

/** Waits until an element's text does not include `part`. */
export async function expectExcludes(locator, part, message = 'text') {
  return eventually(() => locator.textContent(), (t) => !(t ?? '').includes(part), `${message} should not include ${JSON.stringify(part)}`);
}

/** Waits until an element's attribute has `expected`. */
export async function expectAttribute(locator, name, expected, message = name) {
  return eventually(() => locator.getAttribute(name), (v) => v === expected, `${message} should be ${JSON.stringify(expected)}`);
}

/** Waits until the focused element has this id. */
export async function expectFocus(page, id) {
  return eventually(() => page.evaluate(() => document.activeElement?.id), (v) => v === id, `focus should be on #${id}`);
}

/**
 * Waits until the page's address matches `pattern` (a RegExp) or passes it
 * (a function), and returns it. Read from the page itself: `page.url()` learns
 * of same-document changes (`history.replaceState`) later than the page does.
 */
export async function expectUrl(page, pattern, message = 'address') {
  const ok = typeof pattern === 'function' ? pattern : (u) => pattern.test(u);
  return eventually(() => page.evaluate(() => location.href), ok, `${message} should match ${pattern}`);
}
