// End-to-end: a saved web page dropped on the page is read as the page shows it (scripts and
// navigation gone, the article's own header kept) and prefills the outlet, date and headline its
// <head> declares; the reader can still edit them before adding. Built site (dist/) on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;

before(async () => { server = await serve(root + 'dist'); });
after(async () => server?.close());

const PAGE = `<!doctype html><html><head><title>Floods | The Riverton Courier</title>
<meta property="og:site_name" content="The Riverton Courier">
<meta property="article:published_time" content="2025-04-12T08:30:00Z">
<meta property="og:title" content="Floods displace 40,000 in Riverton">
<script>window.__ccPwned = 1</script></head>
<body><nav>Home | News | 5 things to know</nav>
<article><header><h1>Floods displace 40,000 in Riverton</h1></header>
<p>More than 40,000 people have left their homes, the regional emergency service said.</p></article>
<footer>Call 555-123-4567</footer></body></html>`;

test('a dropped web page prefills its outlet, date and headline', async () => {
  const { browser, page, foreign, errors } = await openPage(server.origin);
  try {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForSelector('.cc-board .cc-card', { timeout: 30_000 });
    await page.click('.cc-nav .cc-tab >> nth=1');
    await page.setInputFiles('.cc-file-input', {
      name: 'floods.html', mimeType: 'text/html', buffer: Buffer.from(PAGE),
    });
    await page.waitForSelector('.cc-info');
    const text = await page.inputValue('.cc-paste');
    assert.ok(text.startsWith('Floods displace 40,000 in Riverton'), text);
    assert.ok(!text.includes('5 things'), 'navigation dropped');
    assert.ok(!text.includes('555'), 'footer dropped');
    assert.equal(await page.inputValue('.cc-meta-outlet'), 'The Riverton Courier');
    assert.equal(await page.inputValue('.cc-meta-date'), '2025-04-12');
    assert.equal(await page.inputValue('.cc-meta-title'), 'Floods displace 40,000 in Riverton');
    await page.click('.cc-analyze');
    await page.waitForSelector('.cc-new');
    assert.equal(await page.evaluate(() => window.__ccPwned), undefined, 'no script ran');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
