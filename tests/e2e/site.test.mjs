// End-to-end: the built site (dist/, from `trunk build --release`) served on 127.0.0.1 and loaded in
// headless Chromium lists the five seed articles, opens one, and never requests another origin.
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

test('the page lists the five seed articles and stays on its own origin', async () => {
  const { browser, page, foreign, errors } = await openPage(server.origin);
  try {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForSelector('.cc-article', { timeout: 30_000 });
    const items = page.locator('.cc-article');
    assert.equal(await items.count(), 5, 'five articles listed');
    const listed = await page.locator('.cc-articles').innerText();
    for (const outlet of ['Mexico Business News', 'CiberCuba', '14ymedio', 'TeleSur']) {
      assert.ok(listed.includes(outlet), `${outlet} is listed`);
    }
    await items.nth(1).locator('button').click();
    await page.waitForSelector('.cc-reader');
    assert.match(await page.locator('.cc-reader').innerText(), /Cuban doctors/);
    await page.screenshot({ path: artifacts + 'overview-1280.png', fullPage: true });
    assert.deepEqual(errors, [], 'no script errors');
    assert.deepEqual(foreign, [], 'no request left the page origin');
  } finally {
    await browser.close();
  }
});

test('the page works at phone width', async () => {
  const { browser, page, foreign } = await openPage(server.origin, { width: 390, height: 844 });
  try {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForSelector('.cc-article', { timeout: 30_000 });
    assert.equal(await page.locator('.cc-article').count(), 5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'no horizontal scrolling at 390 px');
    await page.screenshot({ path: artifacts + 'overview-390.png', fullPage: true });
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});
