// Imports the built package from dist/npm as a user would, with node --test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.resolve(here, '../../dist/npm');
const pkg = createRequire(import.meta.url)(path.join(pkgDir, 'package.json'));
const api = await import(path.join(pkgDir, pkg.exports['.'].node));

test('analyze returns the report with exact UTF-16 spans', () => {
  const text = '😀 Each State Party shall require service providers to decrypt communications.';
  const r = api.analyze(text);
  assert.equal(r.schema_version, 2);
  const enc = r.principles.find((p) => p.id === 'strong-encryption');
  assert.equal(enc.verdict, 'violates');
  const span = enc.evidence[0].spans[0];
  assert.equal(text.slice(span.utf16[0], span.utf16[1]), span.text);
  assert.equal(span.text, 'decrypt');
  assert.equal(r.principles.length, 18);
});

test('options select principles', () => {
  const r = api.analyze('Decisions shall be taken by consensus.', { principles: ['consensus'] });
  assert.deepEqual(r.principles.map((p) => p.id), ['consensus']);
  assert.equal(r.principles[0].verdict, 'supports');
  assert.throws(() => api.analyze('x', { principles: ['nope'] }), /unknown principle/);
});

test('bad input throws a clear Error, never a trap, and the engine keeps working', () => {
  assert.throws(() => api.analyze(42), (e) => e instanceof Error && /expected a string, got number/.test(e.message));
  assert.throws(() => api.analyze(undefined), /expected a string, got undefined/);
  assert.throws(() => api.analyze('a'.repeat(50 * 1024 * 1024)), /limit/);
  assert.equal(api.analyze('').status, 'empty');
  assert.equal(api.analyze('Amendments shall be adopted by a simple majority vote.').principles.find((p) => p.id === 'consensus').verdict, 'violates');
});

test('catalog, explain, version', () => {
  assert.equal(api.principles().length, 18);
  assert.equal(api.groups().length, 5);
  assert.match(api.explain('strong-encryption').seeds[0].quote, /back-doors/);
  assert.equal(api.explain('nope'), undefined);
  const v = api.version();
  assert.equal(v.package, pkg.version);
  assert.equal(v.catalog_id, 'tech-accord');
});

test('version() and package.json say the workspace version (one source: Cargo.toml)', () => {
  const cargo = fs.readFileSync(path.resolve(here, '../../Cargo.toml'), 'utf8');
  const workspace = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)[1];
  assert.equal(pkg.version, workspace);
  assert.equal(api.version().package, workspace);
  // The source manifest keeps the placeholder that dist replaces.
  const source = JSON.parse(fs.readFileSync(path.resolve(here, '../npm/package.json'), 'utf8'));
  assert.equal(source.version, '0.0.0-dev');
});

test('seeds name their document: title and date, with the file kept', () => {
  const seed = api.explain('strong-encryption').seeds[0];
  assert.equal(seed.file, '001_724cf03f2b1c9e73.txt');
  assert.match(seed.title, /^Cybersecurity Tech Accord Submission to the Third Session/);
  assert.equal(seed.date, 'August 2022');
  const r = api.analyze('Decisions shall be taken by consensus.');
  assert.equal(r.principles.find((p) => p.id === 'consensus').seed.date.length > 0, true);
});

test('loadRules takes a set and reports faults with positions', () => {
  const set = JSON.stringify({
    set: { id: 'mini', name: 'Mini', version: '1' },
    groups: [{ id: 'g', name: 'G' }],
    principles: [{ id: 'no-shutdowns', group: 'g', title: 'No shutdowns', summary: 's',
      seeds: [{ file: 'f', section: 's', quote: 'q' }],
      doc: { checks: 'c', why: 'w', violating_example: 'v', better_wording: 'b' } }],
    concepts: [{ id: 'shutdown', phrases: ['shutdown'] }],
    rules: [{ id: 'NSD001', principle: 'no-shutdowns', verdict: 'violates', explain: 'e', trigger: ['shutdown'] }],
  });
  const checker = api.loadRules(set);
  assert.equal(checker.analyze('The authority may order a shutdown.').principles[0].verdict, 'violates');
  // explain, like the built-in API.
  assert.equal(checker.explain('no-shutdowns').title, 'No shutdowns');
  assert.equal(checker.explain('strong-encryption'), undefined);
  assert.throws(() => checker.explain(7), /expected a string, got number/);
  // An empty or foreign document is told what a set is.
  for (const empty of ['', '{}', '# nothing\n', '[[groups]]\nid = "g"\nname = "G"\n']) {
    assert.throws(() => api.loadRules(empty),
      (err) => err instanceof Error && /this is not a principle set: it has no \[set\] table/.test(err.message)
        && /README/.test(err.message) && !/missing field/.test(err.message), JSON.stringify(empty));
  }
  assert.throws(() => api.loadRules('{"set": '), /line 1/);
  // A set in TOML, the authoring format (the core tests' fixture); faults
  // point into the TOML.
  const toml = fs.readFileSync(path.resolve(here, '../../crates/accord-core/tests/fixtures/mini-set.toml'), 'utf8');
  assert.throws(() => api.loadRules(toml.replace('["shutdown"]', '["shutdwn"]')),
    (err) => err instanceof Error && /unknown concept "shutdwn"/.test(err.message) && /line 37/.test(err.message));
  const fromToml = api.loadRules(toml);
  assert.equal(fromToml.analyze('The authority may order a shutdown.').principles[1].verdict, 'violates');
  assert.throws(() => api.loadRules('[set]\nid = '), /line 2/);
});

test('compare matches articles, diffs their words and says which verdicts moved', () => {
  const before = 'Article 1\nThe purposes of this Convention are to promote cooperation.\n\nArticle 2\nNothing in this Convention shall be interpreted as requiring a State Party to compel a provider to introduce back doors that weaken encryption.\n';
  const after = 'Article 1\nThe purposes of this Convention are to promote cooperation.\n\nArticle 2\nEach State Party shall require service providers to decrypt communications upon request.\n';
  const c = api.compare(before, after);
  assert.equal(c.schema_version, 2);
  assert.equal(c.worse, true);
  assert.deepEqual(c.provisions.map((p) => [p.provision, p.status]), [['Article 1', 'unchanged'], ['Article 2', 'changed']]);
  assert.deepEqual(c.changes.find((x) => x.principle === 'strong-encryption'),
    { provision: 'Article 2', principle: 'strong-encryption', before: 'supports', after: 'violates', direction: 'worse' });
  const diff = c.provisions[1].diff;
  assert.ok(diff.some((p) => p.op === 'insert' && p.text.includes('decrypt')));
  // The old and the new text are rebuilt from the pieces.
  const side = (keep) => diff.filter((p) => p.op === 'equal' || p.op === keep).map((p) => p.text).join('');
  assert.equal(side('insert'), after.slice(after.indexOf('Article 2')).trimEnd());
  assert.equal(api.compare(after, before).worse, false);
  assert.throws(() => api.compare('x', 42), /newText: expected a string, got number/);
  // A checker from loadRules compares too.
  const toml = fs.readFileSync(path.resolve(here, '../../crates/accord-core/tests/fixtures/mini-set.toml'), 'utf8');
  assert.equal(api.loadRules(toml).compare('The authority may order a shutdown.', 'Nothing.').worse, false);
});

test('the README\'s principle-set example is a valid set', () => {
  const readme = fs.readFileSync(path.resolve(here, '../npm/README.md'), 'utf8');
  const toml = readme.split('## The principle-set format')[1].match(/```toml\n([\s\S]*?)```/)[1];
  const checker = api.loadRules(toml);
  assert.deepEqual(checker.principles().map((p) => p.id), ['no-shutdowns']);
  assert.equal(checker.explain('no-shutdowns').seeds[0].title, 'A Statement');
  assert.equal(checker.analyze('Each State Party shall order an internet shutdown.').principles[0].verdict, 'violates');
  assert.equal(checker.analyze('Each State Party shall keep the internet open.').principles[0].verdict, 'not_addressed');
});

