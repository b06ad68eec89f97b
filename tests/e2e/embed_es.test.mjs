// End-to-end: the findings widget speaks the host's or the reader's language (docs/embed.md):
// `data-ui-lang="es"` shows the Spanish explanations, measures and labels whatever the browser's
// language; without it the widget follows navigator.language (Spanish for es-MX, English for
// en-US); `data-ui-lang="en"` keeps English in a Spanish browser. Built site (dist/) on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { CHROMIUM_ARGS } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = process.env.CROSSCHECK_SITE ?? root + 'dist';
let server;

before(async () => {
  server = await serve(site);
});
after(async () => server?.close());

const ARTICLE = `Mexico has 950 Cuban doctors, officials say

MEXICO CITY, 14 May 2024. There are 950 Cuban doctors already in Mexico, the health ministry said on Tuesday, far fewer than earlier reports.`;

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Widget languages</title></head>
<body>
<div id="es" data-crosscheck="findings" data-ui-lang="es" style="height: 400px"></div>
<div id="en" data-crosscheck="findings" data-ui-lang="en" style="height: 400px"></div>
<div id="auto" data-crosscheck="findings" style="height: 400px"></div>
<div id="article" data-crosscheck="findings" data-ui-lang="es-MX" data-outlet="Test Gazette" style="height: 400px">
  <template>${ARTICLE}</template>
</div>
</body></html>`;

/** A browser whose reader's language is `locale`, on the host page above (requests kept local). */
async function open(locale) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const foreign = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === server.origin || url.startsWith(server.origin + '/')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route(server.origin + '/langs.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: HOST_PAGE }),
  );
  await page.goto(server.origin + '/langs.html', { waitUntil: 'load' });
  await page.addScriptTag({ url: '/embed/crosscheck-embed.js', type: 'module' });
  for (const id of ['es', 'en', 'auto', 'article']) {
    await page.waitForSelector(`#${id} .cc-finding`, { timeout: 30_000 });
  }
  return { browser, page, foreign, errors };
}

/** What one widget shows: its lang, labels, measures and explanations. */
function shown(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot.querySelector('.cc-root');
    const all = (sel) => [...root.querySelectorAll(sel)].map((n) => n.textContent);
    return {
      lang: root.lang,
      count: root.querySelector('.cc-count').textContent,
      kinds: all('.cc-kind'),
      measures: all('.cc-measure'),
      explanations: all('.cc-explanation'),
      explanationLangs: [...root.querySelectorAll('.cc-explanation')].map((n) => n.lang),
      sources: all('.cc-source'),
    };
  }, id);
}

/** The seed findings as the JS API gives them, in the widget's order-independent form. */
function seedFindings(page) {
  return page.evaluate(async () => {
    const api = await import('/api/crosscheck.js');
    await api.default();
    const corpus = new api.Corpus({ seeds: true });
    try {
      return corpus.findings().map((f) => ({
        en: f.explanation,
        es: f.explanation_es,
        measure: f.measure,
        measure_es: f.measure_es,
      }));
    } finally {
      corpus.free();
    }
  });
}

const SPANISH_KINDS = /^(Las fuentes discrepan|Las cifras difieren \(no son directamente comparables\)|La cifra cambió con el tiempo|Las cifras del propio artículo no cuadran|Las fuentes coinciden)$/;
const ENGLISH_KINDS = /^(Sources disagree|Figures differ \(not directly comparable\)|The figure changed over time|The article's own figures don't add up|Sources agree)$/;

test('data-ui-lang="es" shows the Spanish explanations, measures and labels in an English browser', async () => {
  const { browser, page, foreign, errors } = await open('en-US');
  try {
    const seeds = await seedFindings(page);
    assert.ok(seeds.length >= 10 && seeds.every((f) => f.es && f.measure_es), 'the API gives every finding in Spanish');
    const es = await shown(page, 'es');
    assert.equal(es.lang, 'es');
    assert.equal(es.explanations.length, seeds.length);
    assert.match(es.count, /^\d+ hallazgos$/);
    assert.ok(es.kinds.every((k) => SPANISH_KINDS.test(k)), es.kinds.join(' | '));
    assert.deepEqual([...es.explanations].sort(), seeds.map((f) => f.es).sort(), 'each explanation is explanation_es');
    assert.deepEqual([...es.measures].sort(), seeds.map((f) => f.measure_es).sort(), 'each measure is measure_es');
    assert.ok(es.explanationLangs.every((l) => l === 'es'));
    assert.ok(es.explanations.some((e) => e.includes('especialistas cubanos, ya presentes, en México')), 'a Spanish measure from the lexicon');
    assert.ok(!es.explanations.some((e) => /\ben mexico\b/.test(e)), 'places written properly');
    assert.ok(es.sources.some((s) => /, \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}$/.test(s)), es.sources.join(' | '));
    assert.ok(!es.sources.some((s) => /\d{4}-\d{2}-\d{2}/.test(s)), 'dates in words, not ISO');

    // The same page's English widget, and the one following the (English) browser.
    for (const id of ['en', 'auto']) {
      const en = await shown(page, id);
      assert.equal(en.lang, 'en', id);
      assert.match(en.count, /^\d+ findings$/);
      assert.ok(en.kinds.every((k) => ENGLISH_KINDS.test(k)), en.kinds.join(' | '));
      assert.deepEqual([...en.explanations].sort(), seeds.map((f) => f.en).sort());
      assert.deepEqual([...en.measures].sort(), seeds.map((f) => f.measure).sort());
      assert.ok(en.sources.some((s) => /, \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/.test(s)), en.sources.join(' | '));
      assert.ok(!en.sources.some((s) => /\d{4}-\d{2}-\d{2}/.test(s)), 'dates in words, not ISO');
    }

    // An article against the seeds, in Spanish ("es-MX" counts as Spanish): its value is
    // "Este artículo (Test Gazette)".
    const article = await shown(page, 'article');
    assert.equal(article.lang, 'es');
    assert.ok(article.sources.some((s) => s.startsWith('Este artículo (Test Gazette)')), article.sources.join(' | '));
    assert.ok(article.kinds.every((k) => SPANISH_KINDS.test(k)));
    assert.deepEqual(errors, [], 'no script errors');
    assert.deepEqual(foreign, [], 'no request left 127.0.0.1');
  } finally {
    await browser.close();
  }
});

test('without data-ui-lang the widget follows navigator.language; data-ui-lang="en" keeps English', async () => {
  const { browser, page, foreign, errors } = await open('es-MX');
  try {
    assert.equal(await page.evaluate(() => navigator.language), 'es-MX');
    const auto = await shown(page, 'auto');
    assert.equal(auto.lang, 'es');
    assert.match(auto.count, /^\d+ hallazgos$/);
    assert.ok(auto.kinds.every((k) => SPANISH_KINDS.test(k)));
    assert.ok(auto.explanations.some((e) => e.startsWith('Las fuentes coinciden en ')), auto.explanations.join('\n'));
    const en = await shown(page, 'en');
    assert.equal(en.lang, 'en');
    assert.match(en.count, /^\d+ findings$/);
    assert.ok(en.explanations.some((e) => e.startsWith('Sources agree on ')));
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});
