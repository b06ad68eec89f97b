// End-to-end: the built site (dist/, from `trunk build --release`) served on 127.0.0.1 and loaded in
// headless Chromium: the overview lists the five seed articles and the seed findings (conflicts
// first), opens an article in the reader, works at phone width and in Spanish, and never requests
// another origin. Screenshots go to tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
let server;

before(async () => {
  server = await serve(root + 'dist');
  await mkdir(artifacts, { recursive: true });
});
after(async () => server?.close());

test('the overview lists the five seed articles and the seed conflicts first, on its own origin', async () => {
  const { browser, page, foreign, errors } = await openPage(server.origin);
  try {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForSelector('.cc-card', { timeout: 30_000 });
    const items = page.locator('.cc-article');
    assert.equal(await items.count(), 5, 'five articles listed');
    const listed = await page.locator('.cc-articles').innerText();
    for (const outlet of ['Mexico Business News', 'CiberCuba', '14ymedio', 'TeleSur']) {
      assert.ok(listed.includes(outlet), `${outlet} is listed`);
    }
    assert.match(listed, /13 May 2024/, 'dates are shown');
    assert.match(listed, /conflict/, 'findings by kind are shown per article');
    // Most important first: the first card is a conflict.
    assert.equal(await page.locator('.cc-board .cc-card').first().getAttribute('data-kind'), 'conflict');
    const conflicts = await page.locator('.cc-board .cc-card[data-kind="conflict"]').allInnerTexts();
    assert.ok(conflicts.some((t) => t.includes('806') && t.includes('768')), 'the 806 vs 768 conflict is on the board');
    // Each card shows the sentence with the figure highlighted.
    assert.ok((await page.locator('.cc-board .cc-card .cc-figure').count()) >= 2);
    // A timeline chart with clickable marks.
    await page.waitForSelector('.cc-chart .cc-mark');
    assert.ok((await page.locator('.cc-chart .cc-mark').count()) >= 2, 'timelines are drawn');
    // Let the deferred part of the page (the rest of the board, the timelines) arrive.
    await page.waitForSelector('.cc-chart');
    await page.screenshot({ path: artifacts + 'overview-1280.png' });
    await page.screenshot({ path: artifacts + 'overview-1280-full.png', fullPage: true });

    // Filters: by kind and by word.
    await page.selectOption('.cc-filter-kind', 'corroboration');
    const kinds = await page.locator('.cc-board .cc-card').evaluateAll((cards) => cards.map((c) => c.dataset.kind));
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'corroboration'), 'kind filter');
    await page.selectOption('.cc-filter-kind', '');
    await page.fill('.cc-search', 'start year');
    assert.equal(await page.locator('.cc-board .cc-card').count(), 1, 'search by word');
    await page.fill('.cc-search', '');

    // The reader: claims highlighted by status, furniture dimmed, details on focus.
    await items.nth(2).locator('.cc-article-open').click();
    await page.waitForSelector('.cc-reader');
    // Opening an article moves focus to its heading.
    await page.waitForFunction(() => document.activeElement?.id === 'cc-reader-h');
    assert.match(await page.locator('.cc-reader').innerText(), /Cuban doctors/);
    assert.ok((await page.locator('.cc-text .cc-claim.cc-st-conflict').count()) >= 1, 'a claim in conflict');
    assert.ok((await page.locator('.cc-reader .cc-furniture').count()) >= 1, 'furniture shown dimmed');
    const claim = page.locator('.cc-text .cc-claim.cc-st-conflict').first();
    await claim.focus();
    const tip = page.locator('.cc-claim-wrap:focus-within .cc-tip');
    assert.ok(await tip.isVisible(), 'focusing a claim shows its details');
    assert.match(await tip.innerText(), /Measure/);
    await claim.press('Enter');
    await page.waitForSelector('.cc-claim-panel');
    await page.screenshot({ path: artifacts + 'reader-1280.png', fullPage: true });
    assert.deepEqual(errors, [], 'no script errors (and no CSP violations)');
    assert.deepEqual(foreign, [], 'no request left the page origin');
  } finally {
    await browser.close();
  }
});

test('the page works at phone width', async () => {
  const { browser, page, foreign } = await openPage(server.origin, { width: 390, height: 844 });
  try {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForSelector('.cc-card', { timeout: 30_000 });
    assert.equal(await page.locator('.cc-article').count(), 5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'no horizontal scrolling at 390 px');
    await page.screenshot({ path: artifacts + 'overview-390.png', fullPage: true });
    await page.locator('.cc-article-open').first().click();
    await page.waitForSelector('.cc-reader');
    const readerOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(readerOverflow, false, 'the reader fits at 390 px');
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('the interface follows the switch into Spanish', async () => {
  const { browser, page } = await openPage(server.origin);
  try {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForSelector('.cc-card', { timeout: 30_000 });
    await page.click('.cc-lang-btn[lang="es"]');
    await page.waitForSelector('text=Hallazgos');
    assert.match(await page.locator('.cc-board').innerText(), /contradicción/);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('text=Hallazgos', { timeout: 30_000 });
  } finally {
    await browser.close();
  }
});
