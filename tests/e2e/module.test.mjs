// examples/module.html: a portal page that imports pkg/goalframes.js (built by
// `cargo xtask pkg`) and shows a profile's frames in its own markup, no iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { launch, root, golden, screenshot, expectText } from './harness.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  server = createServer(async (req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const allowed = [join(root, 'examples'), join(root, 'pkg')].some((dir) => path.startsWith(dir));
    if (!allowed) return res.writeHead(403).end();
    try {
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(await readFile(path));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('a portal renders frames in its own markup from the JavaScript module', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/examples/module.html`);
  await expectText(page.getByRole('status'), 'Database Engineering — P4: 4 frames');
  const okr = page.getByRole('region', { name: 'OKRs' });
  await expectText(okr.locator('pre'), await readFile(join(golden, 'database-engineering.P4.okr.txt'), 'utf8'));
  assert.equal(await page.locator('iframe').count(), 0, 'no iframe');
  await page.getByLabel('Profile').selectOption({ label: 'Payroll · S3 — Senior Support Specialist' });
  await expectText(page.getByRole('status'), 'Payroll Specialist: 4 frames');
  await screenshot(page, 'module-portal');
  assert.deepEqual(errors, []);
  await context.close();
});
