// Checks of a page's layout, run in the page (`page.evaluate(fn, arg)`): a
// pseudo-locale that lengthens every word, and what does not hold. Used by
// layout.test.mjs (the pseudo-locale) and languages.test.mjs (German).

/** Rewrites the page in the pseudo-locale (runs in the page). */
export function pseudoLocalise() {
  const accents = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'š', t: 'ť', r: 'ŕ', g: 'ğ', y: 'ý', z: 'ž', A: 'Å', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', S: 'Š', T: 'Ť', R: 'Ŕ', G: 'Ğ', Y: 'Ý', Z: 'Ž' };
  const word = (w) => {
    const longer = w + w.slice(0, Math.ceil(w.length * 0.4));
    return [...longer].map((c) => accents[c] ?? c).join('');
  };
  const pseudo = (text) => text.replace(/[A-Za-z]+/g, word);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let changed = 0;
  for (const node of nodes) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template')) continue;
    const text = pseudo(node.data);
    if (text !== node.data) {
      node.data = text;
      changed++;
    }
  }
  for (const el of document.querySelectorAll('[placeholder], [data-print]')) {
    if (el.hasAttribute('placeholder')) el.setAttribute('placeholder', pseudo(el.getAttribute('placeholder')));
    if (el.hasAttribute('data-print')) el.setAttribute('data-print', pseudo(el.getAttribute('data-print')));
  }
  return changed;
}

/**
 * What does not hold (runs in the page): the page wider than the window;
 * an element that clips its content; a control, label or heading whose text
 * spills out of its box; two controls that overlap. Elements that match
 * `skip` (a selector) are not looked at for clipping or spilling.
 */
export function brokenLayout(skip = null) {
  const problems = [];
  // Frames off screen skip layout (content-visibility: auto): lay each out
  // as it is when scrolled to.
  for (const frame of document.querySelectorAll('.frame')) frame.style.contentVisibility = 'visible';
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // Above the page's top is off screen (a skip link until focused).
    return r.width > 1 && r.height > 1 && r.bottom + scrollY > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  // Screen-reader-only text (`.vh`, a table head hidden on narrow screens)
  // is clipped to a pixel by design.
  const srOnly = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clipPath === 'inset(50%)') return true;
      const r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && s.overflow === 'hidden') return true;
    }
    return false;
  };
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.textContent || el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.placeholder || '').trim().slice(0, 40)}” in ${el.parentElement?.className}`;
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    // The elements that reach past the window's edge, innermost first.
    const out = [...document.body.querySelectorAll('*')].filter((el) => visible(el) && !srOnly(el) && el.getBoundingClientRect().right > doc.clientWidth + 1);
    const innermost = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
    problems.push(`the page is ${doc.scrollWidth} px wide in a ${doc.clientWidth} px window: ${innermost.slice(0, 5).map(name).join('; ')}`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || srOnly(el) || el.matches('input, textarea, select, option, pre, svg, svg *')) continue;
    if (skip && el.matches(skip)) continue;
    const style = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    const scrolls = ['auto', 'scroll'].includes(style.overflowX);
    if (scrolls) continue;
    const over = el.scrollWidth - el.clientWidth;
    if (over > 1 && (clips || el.matches('button, a, label, h1, h2, h3, h4, th, td, dt, dd, li, p, summary, legend'))) {
      problems.push(`${name(el)} ${clips ? 'clips' : 'spills'} ${over} px`);
    }
  }
  const controls = [...document.body.querySelectorAll('button, input, select, textarea, a[href]')].filter((el) => visible(el) && !srOnly(el) && !el.closest('[hidden], .date-picker'));
  const boxes = controls.map((el) => el.getBoundingClientRect());
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1 && !controls[i].contains(controls[j]) && !controls[j].contains(controls[i])) {
        const at = (r) => `${Math.round(r.left)},${Math.round(r.top + scrollY)}`;
        problems.push(`${name(controls[i])} at ${at(a)} overlaps ${name(controls[j])} at ${at(b)} (${Math.round(w)}×${Math.round(h)} px)`);
      }
    }
  }
  return problems;
}
