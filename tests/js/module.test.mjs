// Goalframes as a JavaScript module, from Node: built by `cargo xtask pkg`,
// loaded with initSync from the wasm's bytes; every function, its errors, and
// the golden blocks byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const golden = (frame) => readFileSync(join(root, 'tests', 'fixtures', 'golden', `database-engineering.P4.${frame}.txt`), 'utf8');
const gf = await import(join(root, 'pkg', 'goalframes.js'));
gf.initSync({ module: readFileSync(join(root, 'pkg', 'goalframes_bg.wasm')) });

test('render gives the four golden blocks byte for byte', () => {
  for (const frame of ['smart', 'okr', 'mbo', 'scorecard']) {
    assert.equal(gf.render('database-engineering', 'P4', { frame, format: 'text' }), golden(frame), frame);
  }
  const all = gf.render('database-engineering', 'P4');
  assert.ok(all.startsWith('Goal templates — Database Engineering — P4\n'));
  assert.ok(all.includes(golden('okr')));
  assert.ok(gf.render('database-engineering', 'P4', { format: 'markdown' }).startsWith('# Goal templates'));
  assert.match(gf.render('database-engineering', 'P4', { frame: 'mbo', format: 'csv' }), /^family,level,frame,item,/);
  assert.equal(JSON.parse(gf.render('database-engineering', 'P4', { format: 'json' })).schema, 'goalframes.frames/1');
});

test('profiles and search return plain objects', () => {
  const all = gf.profiles();
  assert.ok(Array.isArray(all) && all.length > 50);
  const p4 = all.find((p) => p.family === 'database-engineering' && p.level === 'P4');
  assert.deepEqual(p4, {
    family: 'database-engineering', level: 'P4', title: 'Database Engineering — P4',
    group: 'Data & Database Engineering', familyName: 'Database Engineering', levelTitle: 'Senior Professional',
  });
  assert.equal(Object.getPrototypeOf(p4), Object.prototype, 'a plain object');
  const found = gf.search('database p4');
  assert.deepEqual(found[0], p4, 'best match first');
  assert.deepEqual(gf.search(''), []);
});

test('frames is the goalframes.frames/1 object, filled from a sheet', () => {
  const doc = gf.frames('database-engineering', 'P4');
  assert.equal(doc.schema, 'goalframes.frames/1');
  assert.deepEqual(doc.frames.map((f) => f.frame), ['smart', 'okr', 'mbo', 'scorecard']);
  assert.equal(doc.frames[0].text, golden('smart'));
  assert.equal(doc.frames[0].blocks[0].lines[0].quotes[0].field, 'responsibility');
  const sheet = {
    schema: 'goalframes.sheet/2', id: 's1', family: 'database-engineering', level: 'P4',
    values: { 'smart-1': { target: '99.9% uptime' } }, period_end: '2026-06-30',
    canon_version: '2026.11-sample', created: '2026-11-26T00:00:00Z', updated: '2026-11-26T00:00:00Z',
  };
  const filled = gf.frames('database-engineering', 'P4', sheet);
  assert.equal(filled.frames[0].items[0].slots.target, '99.9% uptime');
  assert.ok(filled.frames[0].text.includes('to 99.9% uptime by 2026-06-30.'), 'unfilled dates take the period end');
  const smart = gf.render('database-engineering', 'P4', { frame: 'smart', sheet });
  assert.ok(smart.includes('99.9% uptime'));
});

test('a sheet with an impossible due date throws an Error that names the slot', () => {
  const sheet = {
    schema: 'goalframes.sheet/2', id: 's1', family: 'database-engineering', level: 'P4',
    values: { 'smart-1': { target: '99.9% uptime', date: '2026-02-31' } },
    canon_version: '2026.11-sample', created: '2026-11-26T00:00:00Z', updated: '2026-11-26T00:00:00Z',
  };
  const refused = (e) =>
    e instanceof Error &&
    e.message === 'this is not a Goalframes sheet (bad value in smart-1.date: there is no such day in the calendar)';
  assert.throws(() => gf.render('database-engineering', 'P4', { sheet }), refused);
  assert.throws(() => gf.render('database-engineering', 'P4', { frame: 'smart', format: 'csv', sheet }), refused);
  assert.throws(() => gf.frames('database-engineering', 'P4', sheet), refused);
  // Free text and real days are due dates as before.
  for (const date of ['end of Q3', '2028-02-29']) {
    const ok = { ...sheet, values: { 'smart-1': { date } } };
    assert.ok(gf.render('database-engineering', 'P4', { frame: 'smart', sheet: ok }).includes(`by ${date}.`), date);
  }
});

test('unknown names throw an Error that lists what exists, nearest first', () => {
  const throwsWith = (fn, pattern) => assert.throws(fn, (e) => e instanceof Error && pattern.test(e.message), String(pattern));
  throwsWith(() => gf.render('databse-engineering', 'P4'), /^unknown family "databse-engineering"; these exist \(nearest first\): database-engineering, /);
  throwsWith(() => gf.render('database-engineering', 'Z9'), /^unknown level for family "database-engineering" "Z9"; these exist/);
  throwsWith(() => gf.render('database-engineering', 'P4', { frame: 'okrs' }), /^unknown frame "okrs"; these exist \(nearest first\): okr, /);
  throwsWith(() => gf.render('database-engineering', 'P4', { format: 'docx' }), /^unknown format "docx"; these exist/);
  throwsWith(() => gf.frames('payroll', 'P9'), /unknown level for family "payroll"/);
  throwsWith(() => gf.frames('database-engineering', 'P4', { schema: 'goalframes.sheet/9' }), /not a Goalframes sheet/);
  throwsWith(
    () => gf.frames('database-engineering', 'P4', { schema: 'goalframes.sheet/2', id: 'x', family: 'payroll', level: 'S3', canon_version: '1', created: 't', updated: 't' }),
    /not this profile/,
  );
});

test('render with goals: true gives a reviewed sheet\'s goal sheet with its score', () => {
  const sheet = {
    schema: 'goalframes.sheet/3', id: 's1', family: 'database-engineering', level: 'P4',
    person: 'Ada Lovelace', period: '2026', period_start: '2026-01-01', period_end: '2026-12-31',
    goals: [{ key: 'smart-1', weight: 100 }],
    values: { 'smart-1': { baseline: '400 ms', target: '200 ms' } },
    review: {
      stage: 'reviewed',
      agreed: { employee: 'Ada Lovelace', manager: 'Grace Hopper', date: '2026-01-15' },
      reviewed_on: '2026-12-15',
      check_ins: { 'smart-1': [{ id: 'tab1-1', date: '2026-07-02', value: '330 ms', status: 'behind' }] },
      appraisals: { 'smart-1': { actual: '250 ms', self_rating: 3, manager_rating: 4 } },
    },
    canon_version: '2026.11-sample', created: '2026-01-05T00:00:00Z', updated: '2026-12-15T00:00:00Z',
  };
  const text = gf.render('database-engineering', 'P4', { goals: true, sheet });
  assert.ok(text.startsWith('Goal sheet — Database Engineering — P4\n'), text);
  for (const line of [
    'Stage: Reviewed\n',
    '     2026-07-02 · 330 ms · Behind\n',
    '   Achievement: 75.0 % (computed: from 400 ms to 200 ms, reached 250 ms',
    'Goal achievement: 75.0 % (',
    'Goal rating: 4.0 (',
    'Overall: 4.0 — 4 (',
    'Signing confirms that this review conversation took place.',
  ]) {
    assert.ok(text.includes(line), `${line}\n${text}`);
  }
  const csv = gf.render('database-engineering', 'P4', { goals: true, sheet, format: 'csv' });
  assert.match(csv, /,status,last_checkin,actual,achievement_pct,self_rating,manager_rating,stage\n/);
  assert.ok(csv.includes(',Behind,2026-07-02,250 ms,75.0,3,4,reviewed\n'), csv);
  // The frames take the reviewed sheet's values as before.
  assert.ok(gf.render('database-engineering', 'P4', { frame: 'smart', sheet }).includes('from 400 ms to 200 ms'));
  assert.equal(gf.frames('database-engineering', 'P4', sheet).schema, 'goalframes.frames/1');
  assert.throws(() => gf.render('database-engineering', 'P4', { goals: true }), /give the sheet/);
  assert.throws(() => gf.render('database-engineering', 'P4', { goals: true, sheet, frame: 'smart' }), /leave out frame/);
});

test('lang: the text and errors in German or French; an unknown language is an Error that lists the spoken ones', () => {
  const de = gf.render('database-engineering', 'P4', { frame: 'smart', format: 'text', lang: 'de' });
  assert.ok(de.includes('   Messbar:     Die Kennzahl, auf die dies einzahlt, bis ⟨Datum⟩ von ⟨Ausgangswert⟩ auf ⟨Zielwert⟩ bringen.\n'), de.slice(0, 400));
  assert.ok(de.includes('„Architects complex database systems'), 'the canon quoted verbatim, in German quotes');
  assert.equal(gf.render('database-engineering', 'P4', { frame: 'smart', format: 'text', lang: 'en' }), golden('smart'));
  const doc = gf.frames('database-engineering', 'P4', undefined, 'fr-CH');
  assert.equal(doc.lang, 'fr');
  assert.equal(doc.frames[0].blocks[0].lines[1].wording, 'template (fr)');
  assert.throws(() => gf.render('database-engineering', 'P4', { lang: 'pt' }), (e) => e instanceof Error && /pt/.test(e.message) && /de/.test(e.message) && /fr/.test(e.message));
  // A sheet edited in Spanish renders in Spanish unless asked otherwise; its errors too.
  const sheet = {
    schema: 'goalframes.sheet/2', id: 's1', family: 'database-engineering', level: 'P4', lang: 'es',
    values: { 'smart-1': { date: '2026-02-30' } },
    canon_version: '2026.11-sample', created: '2026-11-26T00:00:00Z', updated: '2026-11-26T00:00:00Z',
  };
  assert.throws(() => gf.render('database-engineering', 'P4', { sheet }), (e) => /calendario/.test(e.message));
  assert.throws(() => gf.render('database-engineering', 'P4', { sheet, lang: 'en' }), (e) => /no such day/.test(e.message));
});
