// Timing budgets in headless Chromium (noisy machines: each check takes the
// median of several runs and fails only over twice the budget). Figures are
// printed so the README can report them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser, root, BLANK } from './harness.mjs';

let server;
let chrome;
before(async () => {
  server = await serve();
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  await server?.close();
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The benchmark treaty of crates/accord-core/benches/analyze.rs: 60 articles, ~200 KB. */
function treaty() {
  const clauses = fs.readFileSync(path.join(root, 'crates/accord-core/benches/clauses.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text);
  let out = '';
  let i = 0;
  for (let a = 1; a <= 60; a++) {
    out += `Article ${a}. Provision ${a}\n`;
    const target = Math.floor((200000 * a) / 60);
    while (Buffer.byteLength(out) < target) out += `${clauses[i++ % clauses.length]}\n`;
    out += '\n';
  }
  return out;
}

test('npm package: load + instantiate + first analyze (budget 100 ms)', async () => {
  const runs = [];
  // Nine fresh pages: one run on this machine ranges over 2x, a median of
  // five still moved by 40 %.
  for (let k = 0; k < 9; k++) {
    const page = await chrome.newPage();
    await page.goto(`${server.base}${BLANK}`);
    const ms = await page.evaluate(async (base) => {
      const t0 = performance.now();
      const api = await import(`${base}/npm/index.js?run=${Math.random()}`);
      api.analyze('Each State Party shall require service providers to decrypt communications.');
      return performance.now() - t0;
    }, server.base);
    runs.push(ms);
    await page.close();
  }
  console.log(`npm load+instantiate+first analyze: median ${median(runs).toFixed(1)} ms (${runs.map((r) => r.toFixed(0)).join(', ')})`);
  assert.ok(median(runs) <= 200, `median ${median(runs)} ms is over twice the 100 ms budget`);
});

test('wasm throughput within 3x of native on the benchmark treaty', async () => {
  const est = path.join(root, 'target/criterion/analyze/treaty-60-articles/new/estimates.json');
  assert.ok(fs.existsSync(est), 'run the criterion benchmark first (scripts/bench-check.sh): the native figure is its median');
  const nativeMs = JSON.parse(fs.readFileSync(est, 'utf8')).median.point_estimate / 1e6;
  const page = await chrome.newPage();
  await page.goto(`${server.base}${BLANK}`);
  const text = treaty();
  const runs = await page.evaluate(async ({ base, text }) => {
    const api = await import(`${base}/npm/index.js`);
    // Throughput is the steady state: warm up until the engine's code has
    // been optimised (V8 tiers hot wasm functions up in the background).
    for (let k = 0; k < 5; k++) api.analyze(text);
    const out = [];
    for (let k = 0; k < 9; k++) {
      const t0 = performance.now();
      api.analyze(text);
      out.push(performance.now() - t0);
    }
    return out;
  }, { base: server.base, text });
  const wasmMs = median(runs);
  console.log(`treaty (${text.length} chars): wasm median ${wasmMs.toFixed(1)} ms, native ${nativeMs.toFixed(1)} ms, ratio ${(wasmMs / nativeMs).toFixed(2)}`);
  assert.ok(wasmMs <= 6 * nativeMs, `wasm ${wasmMs} ms is over twice the 3x budget of native ${nativeMs} ms`);
  await page.close();
});

test('widget: from the debounce firing to the updated page, 2 000-character clause (budget 16 ms)', async () => {
  const page = await chrome.newPage();
  await page.goto(`${server.base}/web/index.html`);
  const box = page.locator('textarea').first();
  await box.waitFor();
  const base = 'Each State Party shall require service providers to maintain the technical capability to provide the content of communications in an intelligible form, and competent authorities may intercept content data whenever they deem it necessary. ';
  const runs = [];
  for (let k = 0; k < 7; k++) {
    let clause = `${k} `;
    while (clause.length < 2000) clause += base;
    clause = clause.slice(0, 2000);
    const before = await page.evaluate(() => document.querySelector('accord-checker').shadowRoot.querySelector('.timing')?.dataset.run ?? '');
    await box.fill(clause);
    await page.waitForFunction((before) => {
      const t = document.querySelector('accord-checker').shadowRoot.querySelector('.timing');
      return t && t.dataset.run !== before && t.dataset.lastMs;
    }, before);
    const ms = await page.evaluate(() => Number(document.querySelector('accord-checker').shadowRoot.querySelector('.timing').dataset.lastMs));
    runs.push(ms);
  }
  console.log(`widget update for 2000 chars: median ${median(runs).toFixed(2)} ms (${runs.map((r) => r.toFixed(1)).join(', ')})`);
  assert.ok(median(runs) <= 32, `median ${median(runs)} ms is over twice the 16 ms budget`);
  await page.close();
});
