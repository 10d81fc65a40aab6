// The widget in real headless Chromium (Debian chromium + playwright-core),
// against dist/web served on 127.0.0.1. Screenshots go to target/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, browser, root } from './harness.mjs';

const require = createRequire(import.meta.url);
const shots = path.join(root, 'target/screenshots');
const DECRYPT = 'Each State Party shall require service providers operating in its territory to maintain the technical capability to provide the content of communications, upon lawful request, in an intelligible form.';
let server;
let chrome;
const outside = [];

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await serve();
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  await server?.close();
});

async function open(pathname, opts = {}, routes = {}) {
  const context = await chrome.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  // Pages and files that only the tests serve: path → [content type, body].
  for (const [p, [type, body]] of Object.entries(routes)) {
    await context.route(server.base + p, (route) => route.fulfill({ status: 200, contentType: type, body }));
  }
  const page = await context.newPage();
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.base) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  page.on('dialog', async (d) => {
    outside.push(`dialog:${d.message()}`);
    await d.dismiss();
  });
  await page.goto(server.base + pathname);
  await page.locator('accord-checker textarea').first().waitFor();
  return { context, page };
}

const card = (page, id) => page.locator(`[data-principle="${id}"]`);

test('a pasted clause shows the right verdicts with marked evidence', async () => {
  const { context, page } = await open('/web/index.html');
  await page.locator('textarea').first().fill(DECRYPT);
  await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
  assert.equal(await card(page, 'state-obligations').getAttribute('data-verdict'), 'violates');
  assert.equal(await card(page, 'consensus').getAttribute('data-verdict'), 'not_addressed');
  assert.equal(await page.locator('[data-principle]').count(), 18);
  const marks = page.locator('mark.mark-violates');
  assert.ok((await marks.count()) >= 2);
  assert.match(await marks.first().getAttribute('aria-label'), /Violates/);
  // Choosing a principle marks only its evidence.
  await card(page, 'strong-encryption').locator('button[aria-pressed]').click();
  assert.equal(await card(page, 'strong-encryption').locator('button[aria-pressed]').getAttribute('aria-pressed'), 'true');
  // The live region announces the summary.
  assert.match(await page.locator('#accord-live').textContent(), /Misaligned|misaligned/);
  await context.close();
});

test('the share link restores the clause, and a reload keeps the draft', async () => {
  const { context, page } = await open('/web/index.html');
  const clause = 'Decisions of the Conference shall be taken by consensus.';
  await page.locator('textarea').first().fill(clause);
  await page.waitForSelector('[data-principle="consensus"][data-verdict="supports"]');
  const link = await page.locator('input.share-link').inputValue();
  assert.ok(link.startsWith(`${server.base}/web/index.html#clause=`));
  await page.reload();
  await page.locator('textarea').first().waitFor();
  await page.waitForSelector('[data-principle="consensus"][data-verdict="supports"]');
  assert.equal(await page.locator('textarea').first().inputValue(), clause);
  await context.close();

  const fresh = await chrome.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(link);
  await p2.waitForSelector('[data-principle="consensus"][data-verdict="supports"]');
  assert.equal(await p2.locator('textarea').first().inputValue(), clause);
  await fresh.close();
});

test('a shared clause that replaces a saved draft offers to restore it; Clear can be undone', async () => {
  const { context, page } = await open('/web/index.html');
  await page.locator('textarea').first().fill('My own draft about backdoors.');
  await page.waitForTimeout(400);
  await page.goto(`${server.base}/web/index.html#clause=${encodeURIComponent('Amendments shall be adopted by a simple majority.')}`);
  await page.reload();
  await page.getByRole('button', { name: 'Restore my draft' }).click();
  assert.equal(await page.locator('textarea').first().inputValue(), 'My own draft about backdoors.');
  await page.getByRole('button', { name: 'Clear' }).click();
  assert.equal(await page.locator('textarea').first().inputValue(), '');
  await page.getByRole('button', { name: 'Undo clear' }).click();
  assert.equal(await page.locator('textarea').first().inputValue(), 'My own draft about backdoors.');
  await context.close();
});

test('markup in a clause is shown as text and runs nothing', async () => {
  const { context, page } = await open('/web/index.html');
  const evil = 'Each State Party shall require providers to decrypt data. <script>alert(1)</script> <img src=x onerror="window.__xss=1">';
  await page.locator('textarea').first().fill(evil);
  await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.match(await page.locator('.clause').textContent(), /<script>alert\(1\)<\/script>/);
  assert.equal(await page.locator('accord-checker img').count(), 0);
  await context.close();
});

test('axe-core finds no serious or critical violation', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await open('/web/index.html', { colorScheme });
    await page.locator('textarea').first().fill(DECRYPT + ' No State Party shall order a shutdown of the internet.');
    await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), [], `${colorScheme} theme`);
    await context.close();
  }
});

test('keyboard only: tab to the text area and to the marks', async () => {
  const { context, page } = await open('/web/index.html');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.querySelector('accord-checker').shadowRoot.activeElement?.tagName);
  assert.equal(focused, 'TEXTAREA');
  await page.keyboard.type('Competent authorities may intercept content data.');
  await page.waitForSelector('[data-principle="lawful-access"][data-verdict="violates"]');
  await context.close();
});

test('the custom element survives aggressive host CSS and embeds with attributes', async () => {
  const { context, page } = await open('/web/embed-demo.html');
  const box = await page.locator('accord-checker textarea').boundingBox();
  assert.ok(box && box.width > 200 && box.height > 80, 'the host CSS hid the text area');
  await page.locator('accord-checker textarea').fill('Each State Party shall criminalise the dissemination of false information.');
  await page.waitForSelector('[data-principle="free-expression"][data-verdict="violates"]');
  // principles="…" limits the cards shown.
  assert.equal(await page.locator('[data-principle]').count(), 4);
  const color = await card(page, 'free-expression').locator('.card-title').evaluate((e) => getComputedStyle(e).color);
  assert.notEqual(color, 'rgb(255, 0, 255)');
  assert.ok((await page.locator('input.share-link').inputValue()).startsWith('https://example.org/check#clause='));
  // The widget's CSS does not leak into the host.
  const hostFont = await page.locator('body > h1').evaluate((e) => getComputedStyle(e).fontFamily);
  assert.match(hostFont, /Comic Sans/);
  await context.close();
});

test('works under the strict Content-Security-Policy', async () => {
  const context = await chrome.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  await page.goto(`${server.base}/web/csp.html`);
  await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
  assert.deepEqual(violations, []);
  await context.close();
});

const DRAFT = [
  'Chapter I', 'Article 1. Purpose', 'The purposes of this Convention are to promote cooperation in preventing and combating cybercrime.', '',
  'Article 2. Protection of encryption', 'Nothing in this Convention shall be interpreted as requiring a State Party to compel a provider to introduce back doors that weaken encryption.', '',
  'Article 3. Use of terms', 'For the purposes of this Convention, "computer system" means any device that processes data.', '',
  'Article 4. Decisions', 'Decisions of the Conference of the States Parties shall be taken by consensus.', '',
  'Article 5. Technical assistance', DECRYPT, '',
  'Article 6. Entry into force', 'This Convention shall enter into force on the ninetieth day after the deposit of the fortieth instrument of ratification.', '',
].join('\n');

test('a draft gets a heat map; choosing a cell marks that article, scrolls to it and opens the card', async () => {
  const { context, page } = await open('/web/index.html', { viewport: { width: 1280, height: 700 } });
  await page.locator('textarea').first().fill(DRAFT);
  await page.waitForSelector('[data-heatmap]');
  const rows = page.locator('[data-heatmap] [data-provision]');
  assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-provision'))),
    ['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5', 'Article 6']);
  for (let i = 0; i < 6; i++) {
    const cells = rows.nth(i).locator('[data-principle][data-verdict]');
    assert.equal(await cells.count(), 18);
  }
  const cell = page.locator('[data-provision="Article 5"] [data-principle="strong-encryption"]');
  assert.equal(await cell.getAttribute('data-verdict'), 'violates');
  assert.match(await cell.textContent(), /Violates/);
  assert.equal(await page.locator('[data-provision="Article 2"] [data-principle="strong-encryption"]').getAttribute('data-verdict'), 'supports');
  await cell.locator('button').click();
  const mark = page.locator('mark.mark-focus').first();
  await mark.waitFor();
  // Only Article 5's evidence is marked, and it is in view.
  const start = DRAFT.indexOf('Article 5');
  for (const m of await page.locator('mark').all()) {
    assert.ok(DRAFT.indexOf(await m.evaluate((e) => e.firstChild.textContent), start) >= start);
  }
  const inView = await mark.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
  assert.ok(inView, 'the chosen article\'s evidence is scrolled into view');
  const encCard = page.locator('.card[data-principle="strong-encryption"]');
  assert.equal(await encCard.getAttribute('data-open'), '');
  assert.equal(await encCard.locator('details.seed').evaluate((d) => d.open), true);
  assert.match(await encCard.locator('.card-why').textContent(), /Violates in Article 5, supports in Article 2/);
  // "Issues only" hides the articles and principles nothing engages, never removes them.
  await page.getByLabel('Issues only').check();
  assert.equal(await rows.count(), 6);
  assert.equal(await page.locator('[data-provision="Article 6"]').isVisible(), false);
  assert.equal(await page.locator('[data-provision="Article 5"]').isVisible(), true);
  for (const [width, name] of [[375, 'phone'], [1280, 'desktop']]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `horizontal scroll at ${width}px`);
    await page.locator('[data-heatmap]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `heatmap-${name}.png`), fullPage: true });
    await page.screenshot({ path: path.join(shots, `heatmap-${name}-view.png`) });
  }
  await context.close();
});

test('a paste is analysed at once, without the typing delay', async () => {
  const { context, page } = await open('/web/index.html');
  await page.locator('textarea').first().fill('');
  // Time from an input event to the verdict on the page: typed text waits
  // for the typing delay (150 ms), pasted text does not. Both are measured
  // on the same page under the same load, so a slow machine slows both.
  const measure = (kind) =>
    page.evaluate(
      async ([clause, kind]) => {
        const root = document.querySelector('accord-checker').shadowRoot;
        const ta = root.querySelector('textarea');
        const sel = '[data-principle="strong-encryption"][data-verdict="violates"]';
        ta.value = '';
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
        const w0 = performance.now();
        while (root.querySelector(sel) && performance.now() - w0 < 3000) await new Promise((ok) => setTimeout(ok, 5));
        const t0 = performance.now();
        if (kind === 'paste') ta.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: false }));
        ta.value = clause;
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: kind === 'paste' ? 'insertFromPaste' : 'insertText' }));
        while (!root.querySelector(sel)) {
          await new Promise((ok) => setTimeout(ok, 5));
          if (performance.now() - t0 > 3000) break;
        }
        return performance.now() - t0;
      },
      [DECRYPT, kind],
    );
  const typed = await measure('type');
  const pasted = await measure('paste');
  assert.ok(typed >= 150, `typed text analysed after ${typed.toFixed(0)} ms, before the typing delay`);
  assert.ok(pasted < typed - 75, `pasted text analysed after ${pasted.toFixed(0)} ms, typed after ${typed.toFixed(0)} ms: the paste waited`);
  await context.close();
});

test('other readings of the brackets are shown with the verdicts they change', async () => {
  const { context, page } = await open('/web/index.html');
  await page.locator('textarea').first().fill('Each State Party [shall not require][may require] service providers to decrypt communications.');
  await page.waitForSelector('[data-alternative]');
  const alt = page.locator('[data-alternative]').first();
  assert.match(await alt.textContent(), /may require/);
  assert.match(await alt.locator('[data-alternative-principle="strong-encryption"]').textContent(), /Supports.*Violates/);
  await page.screenshot({ path: path.join(shots, 'alternatives-desktop.png') });
  await context.close();
});

test('screenshots at 375 px and 1280 px', async () => {
  for (const [width, name] of [[375, 'phone'], [1280, 'desktop']]) {
    const { context, page } = await open('/web/index.html', { viewport: { width, height: 900 } });
    await page.locator('textarea').first().fill(DECRYPT);
    await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `horizontal scroll at ${width}px`);
    await page.screenshot({ path: path.join(shots, `widget-${name}.png`), fullPage: true });
    await context.close();
  }
});

// "Compare versions": two versions of a draft, Article 1 changed, Article 2 not.
const OLD = 'Article 1\nEach State Party shall not require service providers to decrypt communications.\n\nArticle 2\nStates shall cooperate.';
const NEW = OLD.replace('shall not require', 'shall require');
const shadowActive = (page) => page.evaluate(() => {
  const e = document.querySelector('accord-checker').shadowRoot.activeElement;
  return e ? (e.id || e.textContent.trim()) : null;
});

async function compareMode(page) {
  await page.getByRole('button', { name: 'Compare versions' }).click();
  await page.locator('[data-compare]').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Compare versions' }).getAttribute('aria-pressed'), 'true');
}

async function fillVersions(page, oldText, newText) {
  await page.locator('[data-compare] [data-version="old"] textarea').fill(oldText);
  await page.locator('[data-compare] [data-version="new"] textarea').fill(newText);
}

test('compare versions: the changed article with its word diff and the verdicts that moved', async () => {
  const { context, page } = await open('/web/index.html');
  await page.locator('textarea').first().fill(DECRYPT);
  await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
  await compareMode(page);
  await fillVersions(page, OLD, NEW);
  const change = page.locator('[data-change][data-provision="Article 1"]');
  await change.waitFor();
  assert.equal(await change.getAttribute('data-status'), 'changed');
  assert.match(await change.locator('del').first().textContent(), /deleted: not/);
  assert.match(await change.locator('.diff').textContent(), /shall .*require service providers/);
  const moved = change.locator('[data-moved][data-principle="strong-encryption"]');
  assert.equal(await moved.getAttribute('data-direction'), 'worse');
  assert.equal(await moved.getAttribute('data-before'), 'supports');
  assert.equal(await moved.getAttribute('data-after'), 'violates');
  assert.match(await moved.textContent(), /worse.*Supports.*Violates/);
  // An unchanged article shows no change, and is named as unchanged.
  assert.equal(await page.locator('[data-change][data-provision="Article 2"]').count(), 0);
  assert.match(await page.locator('.comparison .unchanged').textContent(), /Unchanged: Article 2/);
  assert.match(await page.locator('#accord-live').textContent(), /worse/);
  // The other way round: the word is inserted and the verdict got better.
  await fillVersions(page, NEW, OLD);
  await page.waitForSelector('[data-change][data-provision="Article 1"] ins');
  assert.match(await change.locator('ins').first().textContent(), /inserted: not/);
  assert.equal(await change.locator('[data-moved][data-principle="strong-encryption"]').getAttribute('data-direction'), 'better');
  assert.equal(await page.locator('[data-moved][data-direction="worse"]').count(), 0);
  // Back to checking: the clause, its cards and the first text area are as they were.
  await page.getByRole('button', { name: 'Check a text' }).click();
  await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
  assert.equal(await page.locator('[data-compare]').count(), 0);
  assert.equal(await page.locator('[data-principle]').count(), 18);
  assert.equal(await page.locator('textarea').first().inputValue(), DECRYPT);
  // ... and the versions are still there on coming back.
  await compareMode(page);
  assert.equal(await page.locator('[data-compare] [data-version="old"] textarea').inputValue(), NEW);
  await page.waitForSelector('[data-change][data-provision="Article 1"]');
  await context.close();
});

test('compare versions, keyboard only', async () => {
  const { context, page } = await open('/web/index.html');
  await page.keyboard.press('Tab');
  assert.equal(await shadowActive(page), 'accord-clause');
  // The mode switch follows the text area.
  await page.keyboard.press('Tab');
  assert.equal(await shadowActive(page), 'Check a text');
  await page.keyboard.press('Tab');
  assert.equal(await shadowActive(page), 'Compare versions');
  await page.keyboard.press('Enter');
  await page.locator('[data-compare]').waitFor();
  // The switch keeps the focus; the versions come before it.
  assert.equal(await shadowActive(page), 'Compare versions');
  for (let i = 0; i < 8 && (await shadowActive(page)) !== 'accord-old'; i++) await page.keyboard.press('Shift+Tab');
  assert.equal(await shadowActive(page), 'accord-old');
  await page.keyboard.type(OLD);
  await page.keyboard.press('Tab');
  assert.equal(await shadowActive(page), 'Open a file…');
  await page.keyboard.press('Tab');
  assert.equal(await shadowActive(page), 'accord-new');
  await page.keyboard.type('Article 1\nEach State Party shall require service providers to decrypt communications.\n\nArticle 2\nStates shall cooperate.');
  await page.waitForSelector('[data-change][data-provision="Article 1"] [data-moved][data-principle="strong-encryption"][data-direction="worse"]');
  // Back to checking a text with the keyboard.
  for (let i = 0; i < 8 && (await shadowActive(page)) !== 'Check a text'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.locator('[data-compare]').waitFor({ state: 'detached' });
  assert.equal(await shadowActive(page), 'Check a text');
  await context.close();
});

test('compare versions: a local file fills a version; a file that is not UTF-8 or over 1 MiB says why and changes nothing', async () => {
  const { context, page } = await open('/web/index.html');
  await compareMode(page);
  const old = page.locator('[data-version="old"]');
  await old.locator('textarea').fill('Kept as typed.');
  await old.locator('input[type="file"]').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x25, 0x50, 0xff, 0xfe, 0x00, 0x81]) });
  const error = old.locator('[data-file-error]');
  await error.waitFor();
  assert.match(await error.textContent(), /“scan\.pdf” is not UTF-8 text.*old version was left as it was/);
  assert.equal(await old.locator('textarea').inputValue(), 'Kept as typed.');
  await old.locator('input[type="file"]').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc((1 << 20) + 1, 'a') });
  await page.waitForFunction(() => /at most 1 MiB/.test(document.querySelector('accord-checker').shadowRoot.querySelector('[data-file-error]')?.textContent));
  assert.match(await error.textContent(), /“big\.txt” is too large \(1\.0 MiB\): a version can be at most 1 MiB/);
  assert.equal(await old.locator('textarea').inputValue(), 'Kept as typed.');
  // "Open a file…" opens the browser's file chooser; a good file replaces the text and clears the message.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), old.getByRole('button', { name: /Open a file/ }).click()]);
  await chooser.setFiles({ name: 'old.md', mimeType: 'text/markdown', buffer: Buffer.from('\ufeff' + OLD, 'utf8') });
  await page.waitForFunction((t) => document.querySelector('accord-checker').shadowRoot.querySelector('#accord-old').value === t, OLD);
  assert.equal(await error.count(), 0);
  await page.locator('[data-version="new"] input[type="file"]').setInputFiles({ name: 'new.txt', mimeType: 'text/plain', buffer: Buffer.from(NEW, 'utf8') });
  await page.waitForSelector('[data-change][data-provision="Article 1"] [data-moved][data-principle="strong-encryption"][data-direction="worse"]');
  await context.close();
});

test('compare versions: screenshots at 375 px and 1280 px, and axe-core', async () => {
  for (const [width, name, colorScheme] of [[375, 'phone', 'light'], [1280, 'desktop', 'dark']]) {
    const { context, page } = await open('/web/index.html', { viewport: { width, height: 900 }, colorScheme });
    await compareMode(page);
    await fillVersions(page, OLD, NEW.replace('States shall cooperate.', 'States shall cooperate. Decisions shall be taken by consensus.'));
    await page.waitForSelector('[data-change][data-provision="Article 2"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `horizontal scroll at ${width}px`);
    await page.screenshot({ path: path.join(shots, `compare-${name}.png`), fullPage: true });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), [], `${colorScheme} theme, compare mode`);
    await context.close();
  }
});

// <accord-checker rules="…">: another principle set, from this site.
const MINI_JSON = fs.readFileSync(path.join(root, 'web/site/sets/mini-set.json'), 'utf8');
const MINI_TOML = fs.readFileSync(path.join(root, 'crates/accord-core/tests/fixtures/mini-set.toml'), 'utf8');
const rulesPage = (rules) => ['text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rules</title>
  <script type="module" src="accord-widget.js"></script></head><body><main><accord-checker rules="${rules}"></accord-checker></main></body></html>`];

test('rules="…" loads another principle set: cards, heat map, comparison and exports use it', async () => {
  const { context, page } = await open('/web/rules-demo.html', { acceptDownloads: true });
  await page.locator('[data-rules="mini"]').waitFor();
  assert.match(await page.locator('[data-rules]').textContent(), /Principle set: Mini/);
  await page.locator('textarea').first().fill('Article 1\nThe authority may order an internet shutdown.\n\nArticle 2\nStates shall cooperate.');
  await page.waitForSelector('.card[data-principle="no-shutdowns"][data-verdict="violates"]');
  assert.equal(await page.locator('.card[data-principle]').count(), 2);
  assert.match(await page.locator('#accord-principles-title').textContent(), /The 2 principles/);
  assert.match(await page.locator('.card[data-principle="no-shutdowns"] .source').textContent(), /^— Mini, s \(f\)$/);
  assert.equal(await page.locator('[data-heatmap] [data-provision="Article 1"] [data-principle="no-shutdowns"]').getAttribute('data-verdict'), 'violates');
  assert.equal(await page.locator('[data-heatmap] [data-provision="Article 1"] [data-principle]').count(), 2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const report = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(report.set.id, 'mini');
  assert.deepEqual(report.principles.map((p) => p.id), ['open-networks', 'no-shutdowns']);
  await page.screenshot({ path: path.join(shots, 'rules-desktop.png'), fullPage: true });
  await compareMode(page);
  await fillVersions(page, 'States shall cooperate.', 'States may order a shutdown.');
  const moved = page.locator('[data-moved][data-principle="no-shutdowns"]');
  await moved.waitFor();
  assert.equal(await moved.getAttribute('data-direction'), 'worse');
  assert.match(await moved.textContent(), /No shutdowns/);
  await context.close();
});

test('rules="…": a faulty set shows its errors with line and column, and the built-in set stays usable', async () => {
  const broken = MINI_JSON.replace('"verdict": "violates"', '"verdict": "sometimes"');
  const cases = [
    ['sets/broken.json', { '/web/sets/broken.json': ['application/json', broken] }, /“sets\/broken\.json” is not valid.*built-in.*\n.*line \d+, column \d+: .*verdict/s],
    // TOML costs too much of the widget's size budget: the widget reads JSON sets and says so.
    ['sets/mini-set.toml', { '/web/sets/mini-set.toml': ['text/plain', MINI_TOML] }, /JSON only; convert a TOML set with `accord rules-json FILE`/],
    ['sets/missing.json', {}, /could not be loaded \(HTTP 404\)/],
    ['https://example.org/set.json', {}, /only a principle set of this site/],
  ];
  for (const [rules, files, message] of cases) {
    const { context, page } = await open('/web/rules-test.html', {}, { '/web/rules-test.html': rulesPage(rules), ...files });
    const error = page.locator('[data-rules-error]');
    await error.waitFor();
    assert.match(await error.textContent(), message, rules);
    assert.match(await error.textContent(), /built-in Tech Accord principles are used instead/, rules);
    assert.equal(await page.locator('[data-rules]').count(), 0);
    await page.locator('textarea').first().fill(DECRYPT);
    await page.waitForSelector('[data-principle="strong-encryption"][data-verdict="violates"]');
    assert.equal(await page.locator('.card[data-principle]').count(), 18);
    if (rules === 'sets/broken.json') await page.screenshot({ path: path.join(shots, 'rules-error-desktop.png') });
    await context.close();
  }
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(outside, []);
});
