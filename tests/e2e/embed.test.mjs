// End-to-end tests of embedding (docs/embed.md): the JS API, the drop-in widget and the iframe mode,
// on the built site (dist/, from `trunk build --release`, whose post_build hook runs
// scripts/build-js-api) served on 127.0.0.1, plus a second 127.0.0.1 server acting as a foreign
// host (tests/e2e/second-origin/). No request may leave those two local origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { CHROMIUM_ARGS } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// CROSSCHECK_SITE points the tests at another built site (e.g. scripts/build-js-api /tmp/site).
const site = process.env.CROSSCHECK_SITE ?? root + 'dist';
let server; // the site
let foreignHost; // another origin that frames the site's embed.html

const ARTICLE = `Mexico has 950 Cuban doctors, officials say

MEXICO CITY, 14 May 2024. There are 950 Cuban doctors already in Mexico, the health ministry said on Tuesday, far fewer than earlier reports.`;

before(async () => {
  server = await serve(site);
  foreignHost = await serve(fileURLToPath(new URL('./second-origin/', import.meta.url)));
});
after(async () => {
  await server?.close();
  await foreignHost?.close();
});

/** A browser and a page whose requests must stay on `origins` (refused and recorded otherwise). */
async function open(origins = [server.origin]) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const foreign = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (origins.some((o) => url === o || url.startsWith(o + '/'))) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { browser, page, foreign, errors };
}

test('the JS API: seed findings, an article against the seeds, UTF-16 offsets, thrown errors', async () => {
  const { browser, page, foreign, errors } = await open();
  try {
    await page.goto(server.origin + '/examples/js-api.html', { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    assert.ok((await page.locator('#seed-findings li').count()) > 0, 'the example lists seed findings');
    await page.click('#analyze');
    await page.waitForSelector('#result-findings li', { timeout: 30_000 });

    const out = await page.evaluate(async (article) => {
      const api = await import('/api/crosscheck.js');
      await api.default();
      const corpus = new api.Corpus({ seeds: true });
      const claims = corpus.claims();
      const docOf = new Map(claims.map((c) => [c.id, c.doc]));
      const twoDocConflict = corpus
        .findings()
        .some((f) => f.kind === 'conflict' && new Set(f.claims.map((id) => docOf.get(id))).size >= 2);
      const json = corpus.toJSON();
      const documents = corpus.documents().length;
      const result = api.analyze(article, { withSeeds: true, outlet: 'Test Gazette' });
      const own = result.claims.filter((c) => c.doc === result.document.id);
      const sliced = own.every((c) => article.slice(c.start16, c.end16) === c.quote);
      const errorOf = (f) => {
        try {
          f();
          return null;
        } catch (e) {
          return { isError: e instanceof Error, message: e.message };
        }
      };
      const added = corpus.add('Café: 3 doctors arrived.', { id: 'mine', title: 'Mine' });
      return {
        documents,
        twoDocConflict,
        jsonKeys: Object.keys(json).sort(),
        schema: json.schema_version,
        stringified: JSON.parse(JSON.stringify(corpus)).findings.length === json.findings.length,
        resultKeys: Object.keys(result),
        findings: result.findings.map((f) => f.kind),
        citesSeeds: result.findings.some((f) => f.claims.some((id) => !id.startsWith(result.document.id + '#'))),
        sliced,
        ownCount: own.length,
        alone: api.analyze(article).findings.length,
        empty: errorOf(() => api.analyze('   ')),
        badType: errorOf(() => api.analyze(article, { withSeeds: 'yes' })),
        unknown: errorOf(() => api.analyze(article, { withseeds: true })),
        badDate: errorOf(() => corpus.add(article, { published: '13/05/2024' })),
        added,
        removed: [corpus.remove('mine'), corpus.remove('mine')],
      };
    }, ARTICLE);
    assert.equal(out.documents, 5);
    assert.ok(out.twoDocConflict, 'a conflict citing two documents among the seed findings');
    assert.deepEqual(out.jsonKeys, ['claims', 'documents', 'findings', 'schema_version']);
    assert.equal(out.schema, '1.0');
    assert.ok(out.stringified, 'JSON.stringify(corpus) writes the analysis');
    assert.deepEqual(out.resultKeys.slice(0, 4), ['schema_version', 'document', 'claims', 'findings']);
    assert.ok(out.findings.length > 0, 'the pasted article has a finding against the seeds');
    assert.ok(out.citesSeeds, 'a finding cites a seed claim');
    assert.ok(out.ownCount > 0 && out.sliced, 'start16/end16 slice each quote out of the JS string');
    assert.deepEqual(out.empty, { isError: true, message: 'Crosscheck: analyze: text is empty' });
    assert.ok(out.badType.isError && /withSeeds|boolean/.test(out.badType.message), out.badType.message);
    assert.ok(out.unknown.isError && out.unknown.message.includes('"withseeds"'), out.unknown.message);
    assert.ok(out.badDate.isError && out.badDate.message.includes('YYYY-MM-DD'), out.badDate.message);
    assert.equal(out.added.id, 'mine');
    assert.equal(out.added.title, 'Mine');
    assert.deepEqual(out.removed, [true, false]);
    assert.deepEqual(errors, [], 'no script errors');
    assert.deepEqual(foreign, [], 'no request left 127.0.0.1');
  } finally {
    await browser.close();
  }
});

test('the widget example: independent widgets in shadow roots, and the full app in an iframe', async () => {
  const { browser, page, foreign, errors } = await open();
  try {
    await page.goto(server.origin + '/examples/widget.html', { waitUntil: 'load' });
    // Locators pierce open shadow roots.
    await page.waitForSelector('#widget-seeds .cc-finding', { timeout: 30_000 });
    await page.waitForSelector('#widget-article .cc-finding');
    await page.waitForSelector('#widget-alone .cc-head, #widget-alone .cc-status:not(:empty)');
    const seeds = await page.locator('#widget-seeds .cc-finding').count();
    const article = await page.locator('#widget-article .cc-finding').count();
    assert.ok(seeds >= 3, `seed findings rendered (${seeds})`);
    assert.ok(article >= 1 && article < seeds, `the article's own findings rendered (${article})`);
    assert.ok((await page.locator('#widget-article .cc-own').count()) >= 1, "the article's value is marked");
    const text = await page.locator('#widget-seeds .cc-root').innerText();
    assert.match(text, /Sources disagree/);
    assert.match(text, /CiberCuba/, 'values carry their outlet');
    assert.match(text, /CiberCuba, \d{1,2} [A-Z][a-z]{2} \d{4}/, 'and their date, in words');
    // Sized to the element: the widget's root fills its host box.
    const sizes = await page.evaluate(() => {
      const host = document.getElementById('widget-seeds');
      const inner = host.shadowRoot.querySelector('.cc-root').getBoundingClientRect();
      const outer = host.getBoundingClientRect();
      return { inner: [inner.width, inner.height], outer: [outer.width, outer.height] };
    });
    assert.deepEqual(sizes.inner, sizes.outer);
    // The app mode frames the site's own index.html.
    const frame = page.locator('#widget-app iframe');
    assert.equal(await frame.count(), 1);
    assert.equal(new URL(await frame.getAttribute('src')).pathname, '/index.html');
    const app = page.frameLocator('#widget-app iframe');
    await app.locator('body *').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(errors, [], 'no script errors');
    assert.deepEqual(foreign, [], 'no request left 127.0.0.1');
  } finally {
    await browser.close();
  }
});

const HOSTILE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile host</title>
<style>
  button, textarea, svg { display: none !important; }
  * { font: 40px serif !important; color: lime; }
  p { margin: 3px; }
</style></head>
<body>
<p id="marker" class="cc-root cc-finding cc-kind">A host paragraph with the widget's class names.</p>
<div id="w" data-crosscheck="findings" style="height: 400px"></div>
</body></html>`;

test('a hostile host stylesheet does not break the widget, and the widget changes nothing outside', async () => {
  const { browser, page, foreign, errors } = await open();
  try {
    await page.route(server.origin + '/hostile.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: HOSTILE_PAGE }),
    );
    await page.goto(server.origin + '/hostile.html', { waitUntil: 'load' });
    const styleOf = () =>
      page.evaluate(() => {
        const pick = (el) => {
          const s = getComputedStyle(el);
          return [...s].map((p) => `${p}: ${s.getPropertyValue(p)}`).join('; ');
        };
        return { marker: pick(document.getElementById('marker')), body: pick(document.body) };
      });
    const before = await styleOf();
    await page.addScriptTag({ url: '/embed/crosscheck-embed.js', type: 'module' });
    await page.waitForSelector('#w .cc-finding', { timeout: 30_000 });
    const after = await styleOf();
    assert.equal(after.marker, before.marker, "the host's element keeps its computed style");
    assert.equal(after.body, before.body, "the host's body keeps its computed style");
    const inside = await page.evaluate(() => {
      const root = document.getElementById('w').shadowRoot;
      const finding = root.querySelector('.cc-finding');
      const kind = root.querySelector('.cc-kind');
      const s = getComputedStyle(kind);
      const box = finding.getBoundingClientRect();
      return {
        fontSize: s.fontSize,
        family: s.fontFamily,
        display: getComputedStyle(finding).display,
        visible: box.width > 0 && box.height > 0,
        text: root.querySelector('.cc-root').innerText.length,
      };
    });
    assert.notEqual(inside.fontSize, '40px', 'the host font does not reach the shadow root');
    assert.ok(!/^serif$/.test(inside.family), inside.family);
    assert.equal(inside.display, 'list-item');
    assert.ok(inside.visible && inside.text > 100, 'the widget content is visible');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('the iframe example: a postMessage round trip', async () => {
  const { browser, page, foreign, errors } = await open();
  try {
    await page.goto(server.origin + '/examples/iframe.html', { waitUntil: 'load' });
    await page.waitForSelector('#send:not([disabled])', { timeout: 30_000 });
    await page.click('#send');
    await page.waitForSelector('body[data-replies="1"]', { timeout: 30_000 });
    assert.match(await page.locator('#reply-status').innerText(), /Reply request-1: [1-9]\d* findings/);
    const frame = page.frameLocator('#crosscheck');
    await frame.locator('.cc-own').first().waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('embed.html answers another origin only when allow-origins lists it, and checks the version', async () => {
  const { browser, page, foreign, errors } = await open([server.origin, foreignHost.origin]);
  const request = (id, version = 1) => ({
    type: 'crosscheck:analyze',
    version,
    id,
    text: ARTICLE,
    meta: { outlet: 'Test Gazette' },
  });
  const host = (embed) => `${foreignHost.origin}/host.html?embed=${encodeURIComponent(embed)}`;
  try {
    // Not listed: the frame ignores the message.
    await page.goto(host(`${server.origin}/embed/embed.html`), { waitUntil: 'load' });
    await page.evaluate(() => window.frameLoaded);
    await page.evaluate((m) => window.send(m), request('ignored'));
    await page.waitForTimeout(3_000);
    assert.deepEqual(await page.evaluate(() => window.replies), [], 'no reply to an unlisted origin');

    // Listed: the reply comes back, addressed to the host's origin.
    const listed = `${server.origin}/embed/embed.html?allow-origins=${encodeURIComponent(`https://elsewhere.example,${foreignHost.origin}`)}`;
    await page.goto(host(listed), { waitUntil: 'load' });
    await page.evaluate(() => window.frameLoaded);
    await page.evaluate((m) => window.send(m), request('r1'));
    await page.waitForSelector('body[data-replies="1"]', { timeout: 30_000 });
    await page.evaluate((m) => window.send(m), request('r2', 2));
    await page.waitForSelector('body[data-replies="2"]', { timeout: 30_000 });
    const replies = (await page.evaluate(() => window.replies)).filter((r) => r.data.type !== 'crosscheck:ready');
    assert.equal(replies[0].origin, server.origin);
    assert.equal(replies[0].data.type, 'crosscheck:result');
    assert.equal(replies[0].data.version, 1);
    assert.equal(replies[0].data.id, 'r1');
    assert.deepEqual(Object.keys(replies[0].data.result).slice(0, 4), ['schema_version', 'document', 'claims', 'findings']);
    assert.ok(replies[0].data.result.findings.length > 0);
    assert.equal(replies[0].data.result.document.outlet, 'Test Gazette');
    assert.equal(replies[1].data.type, 'crosscheck:error');
    assert.equal(replies[1].data.id, 'r2');
    assert.match(replies[1].data.message, /version/);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, [], 'no request left the two local test servers');
  } finally {
    await browser.close();
  }
});
