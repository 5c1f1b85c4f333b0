// The first screen of a profile's page as the app draws it, captured from the
// app itself: the markup the single file pre-renders (xtask/src/prerender.rs
// reads xtask/src/first-screen.html, written by this script). Capturing it
// keeps one source for that markup, the app's own views, instead of a copy
// kept by hand.
//
//   cargo xtask first-screen          (builds, captures each language, builds again)
//   node tests/e2e/first-screen.mjs dist/goalframes.html OUT.html [LANG]
//
// What depends on the canon or the profile is left as a token the build fills
// (%CANON_NAME%, %CANON_VERSION%, %CANON_NOTICE%, %PREAMBLE%) or empty for the
// file's script to fill from the address (breadcrumb, heading); the link to
// the next level is kept, and removed where a profile has none. The capture
// fails if any other text of the profile or the canon is left in it.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

/** The profile captured: it has a next level, so the page shows every part. */
export const PROFILE = '#family=database-engineering&level=P4';

/**
 * A copy of the single file at `html` with its app taken out, in a temporary
 * folder; its path. Opened, it shows only what the file paints before its app
 * starts.
 */
export async function preRenderedOnly(html) {
  const only = join(await mkdtemp(join(tmpdir(), 'goalframes-pre-')), 'pre-rendered-only.html');
  await writeFile(only, (await readFile(html, 'utf8')).replace(/<script type="module">[\s\S]*?<\/script>/, ''));
  return only;
}

/**
 * The single file at `html` opened at `hash` in `viewport`, first with its app
 * taken out, then whole: `{ preRendered, app, same }`, the two viewport
 * screenshots (both null when the file paints none there) and whether they
 * are equal, pixel for pixel. The app's screenshot is taken
 * again until it equals the pre-rendered one, for up to 5 s (its view settles
 * within a frame or two of its first section), each after a full repaint:
 * the pre-rendered screenshot is a first paint, while the app's page has
 * been re-rastered only where it changed, which can shade the corners of
 * boxes at half-pixel positions by a unit or two (measured: 33 pixels, at
 * most 2 of 255, in one run of ten). A repaint changes no layout, so any
 * real difference stays.
 */
export async function compareFirstScreens(browser, html, hash, viewport) {
  const only = await preRenderedOnly(html);
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(only).href + hash);
    if ((await page.locator('main[data-prerender]').count()) === 0) return { preRendered: null, app: null, same: false };
    const preRendered = await page.screenshot();
    await page.goto(pathToFileURL(html).href + hash);
    await page.locator('main#main section.frame').first().waitFor();
    let app = await repaintedScreenshot(page);
    for (const start = Date.now(); !app.equals(preRendered) && Date.now() - start < 5000;) {
      await page.waitForTimeout(25);
      app = await repaintedScreenshot(page);
    }
    return { preRendered, app, same: app.equals(preRendered) };
  } finally {
    await context.close();
  }
}

/**
 * A screenshot after the whole page is painted anew: the body's opacity
 * changed for one frame (a screenshot waits for that frame), then restored.
 */
async function repaintedScreenshot(page) {
  await page.evaluate(() => { document.body.style.opacity = '0.99'; });
  await page.screenshot();
  await page.evaluate(() => { document.body.style.opacity = ''; });
  return page.screenshot();
}

/**
 * The first screen's markup from a page showing the app's own view of
 * `PROFILE`: the banner and the profile's page down to its toolbar (the
 * frames below it are the engine's, one per profile, and not carried).
 */
export async function captureFirstScreen(page) {
  await page.locator('main#main .frames-host section.frame').first().waitFor();
  const result = await page.evaluate(() => {
    const banner = document.querySelector('header.banner').cloneNode(true);
    const main = document.querySelector('main#main').cloneNode(true);
    const profile = main.querySelector('.profile');
    // Below the toolbar: the frames, different for every profile.
    let after = profile.querySelector(':scope > .toolbar').nextSibling;
    while (after) {
      const next = after.nextSibling;
      after.remove();
      after = next;
    }
    // What the page says of this profile, to be sure none of it is kept.
    const own = [
      document.querySelector('.canon-stamp strong').textContent,
      profile.querySelector('h1').textContent.split(' — ')[1],
      'database-engineering',
    ];
    const put = (selector, text) => {
      const e = banner.querySelector(selector) ?? profile.querySelector(selector);
      e.textContent = text;
    };
    put('.canon-stamp strong', '%CANON_NAME%');
    put('.canon-stamp .version', '%CANON_VERSION%');
    banner.querySelector('.canon-notice')?.replaceWith('%CANON_NOTICE%');
    put('.preamble', '%PREAMBLE%');
    put('.breadcrumb [aria-current]', '');
    put('h1', '');
    put('.profile-actions .button-link .vh', '');
    // Names and addresses of this profile: inert copies need none, and ids
    // would be found twice while the app's view goes in.
    const add = profile.querySelector('.add-compare');
    add.removeAttribute('title');
    add.removeAttribute('aria-label');
    for (const root of [banner, main]) {
      for (const e of [root, ...root.querySelectorAll('*')]) {
        for (const name of ['id', 'for', 'aria-labelledby', 'aria-describedby', 'tabindex']) {
          e.removeAttribute(name);
        }
        if (e.hasAttribute('href')) e.setAttribute('href', '#');
      }
      // Leptos's placeholders (empty comments) mean nothing in a copy.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      root.setAttribute('data-prerender', '');
      root.setAttribute('inert', '');
    }
    const markup = banner.outerHTML + main.outerHTML;
    return { markup, left: own.filter((text) => markup.includes(text)) };
  });
  if (result.left.length > 0) {
    throw new Error(
      `the first screen holds text of this canon or profile the pre-render would show on every page: ${JSON.stringify(result.left)}; ` +
        'leave it to the build or the script in tests/e2e/first-screen.mjs and xtask/src/prerender.rs',
    );
  }
  return result.markup + '\n';
}

/**
 * A page of a new context showing the app's own view of `PROFILE` from the
 * single file at `file`, in the language `lang` (chosen as the app's switch
 * keeps it, so that the address stays the plain one the pre-render is for).
 */
export async function openInLanguage(browser, file, lang) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript((tag) => localStorage.setItem('goalframes:lang', tag), lang);
  await page.goto(pathToFileURL(file).href + PROFILE);
  return page;
}

// As a script: capture from FILE (a built single file) into OUT, in LANG (en).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, out, lang = 'en'] = process.argv.slice(2);
  if (!file || !out) {
    console.error('usage: node tests/e2e/first-screen.mjs dist/goalframes.html OUT.html [LANG]');
    process.exit(2);
  }
  const { launch } = await import('./harness.mjs');
  const browser = await launch();
  try {
    const page = await openInLanguage(browser, file, lang);
    await writeFile(out, await captureFirstScreen(page));
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
}
