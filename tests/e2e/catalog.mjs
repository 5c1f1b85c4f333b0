// The app's own catalogs (l10n/locales/<lang>/*.ftl), read by the tests so
// that they find controls by the words a language gives them and can tell
// whether a page or a document says anything in English. A small reader:
// messages, attributes and multi-line values; placeables are kept as written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

/** Every key (`sheet-person`, `slot-target.label`) of `lang` and its pattern. */
export function catalog(lang) {
  const dir = join(root, 'l10n', 'locales', lang);
  const out = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    let key = null;
    let message = null;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const entry = line.match(/^([a-z][a-z0-9-]*)\s*=\s?(.*)$/);
      const attribute = line.match(/^\s+\.([a-z][a-z0-9-]*)\s*=\s?(.*)$/);
      if (entry) {
        [message, key] = [entry[1], entry[1]];
        out.set(key, entry[2]);
      } else if (attribute && message) {
        key = `${message}.${attribute[1]}`;
        out.set(key, attribute[2]);
      } else if (/^\s+\S/.test(line) && key) {
        out.set(key, `${out.get(key)}\n${line.trim()}`);
      } else if (!line.startsWith('#') && line.trim() !== '') {
        key = null;
      }
    }
  }
  return out;
}

/** `key`'s text in `lang` with `args` put in (`{ $name }`), `{ other-key }` resolved. */
export function say(lang, key, args = {}) {
  const messages = catalog(lang);
  const pattern = messages.get(key);
  if (pattern === undefined) throw new Error(`${lang}: no key ${key}`);
  return pattern
    .replace(/\{ \$([A-Za-z-]+) \}/g, (_, name) => String(args[name] ?? args[name.toLowerCase()] ?? ''))
    .replace(/\{ ([a-z][a-z0-9-.]*) \}/g, (_, other) => messages.get(other) ?? '');
}

/** The words (four letters or more, lower-cased) a text holds. */
export function words(text) {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
}

/**
 * English words Goalframes says that `lang` does not: every word of the
 * English catalog's patterns that no pattern of `lang`'s catalog (nor any
 * of `alsoAllowed`, e.g. the canon's own text) uses. Finding one of them on
 * a page or in a document in `lang` means a string escaped translation.
 */
export function englishOnly(lang, alsoAllowed = '') {
  const strip = (p) => p.replace(/\{[^}]*\}/g, ' ');
  const english = words([...catalog('en').values()].map(strip).join(' '));
  const theirs = words([...catalog(lang).values()].map(strip).join(' ') + ' ' + alsoAllowed);
  return [...english].filter((w) => !theirs.has(w));
}

/** The English-only words found in `text`. */
export function englishIn(text, list) {
  const found = words(text);
  return list.filter((w) => found.has(w));
}
