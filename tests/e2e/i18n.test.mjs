// End-to-end: the findings' explanations follow the interface language. Switching to Español
// rewrites every explanation in Spanish with the same quoted figures (no re-analysis), switching
// back restores the English, the language is kept across a reload, and the findings search matches
// a word of either language's explanation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;

before(async () => { server = await serve(root + 'dist'); });
after(async () => server?.close());

const ENGLISH_MONTH = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/;
const SPANISH_MONTH = /\b\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}\b/;

async function explanations(page) {
  return page.locator('.cc-board .cc-explanation').allInnerTexts();
}

function quotes(text) {
  return [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]);
}

async function setLang(page, code) {
  await page.click(`.cc-lang-btn[lang="${code}"]`);
  await page.waitForSelector(`.cc-board .cc-explanation[lang="${code}"]`);
}

test('explanations switch to Spanish with the interface, keep their figures, and are searchable in both languages', async () => {
  const { browser, page, foreign, errors } = await openPage(server.origin);
  try {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForSelector('.cc-board .cc-card', { timeout: 30_000 });
    await page.waitForSelector('.cc-chart');
    await setLang(page, 'en');
    const cards = await page.locator('.cc-board .cc-card').count();
    const english = await explanations(page);
    assert.ok(english.length >= 10, `the seeds' findings are on the board (${english.length})`);
    assert.ok(english.some((e) => ENGLISH_MONTH.test(e)), 'English explanations carry English dates');

    await setLang(page, 'es');
    assert.equal(await page.locator('.cc-board .cc-card').count(), cards, 'the same cards, not re-analysed');
    const spanish = await explanations(page);
    assert.equal(spanish.length, english.length);
    for (let i = 0; i < spanish.length; i++) {
      assert.notEqual(spanish[i], english[i], `explanation ${i} is translated`);
      assert.doesNotMatch(spanish[i], ENGLISH_MONTH, `no English date in: ${spanish[i]}`);
      assert.doesNotMatch(spanish[i], / (gives|agree|says|but|while) /, `no English template word in: ${spanish[i]}`);
      for (const q of quotes(english[i])) {
        assert.ok(spanish[i].includes(`“${q}”`), `“${q}” kept in: ${spanish[i]}`);
      }
    }
    assert.ok(spanish.some((e) => SPANISH_MONTH.test(e)), 'Spanish explanations carry Spanish dates');
    assert.ok(spanish.some((e) => e.startsWith('Las fuentes coinciden en')), 'a Spanish corroboration');

    // The language is kept across a reload.
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('.cc-board .cc-explanation[lang="es"]', { timeout: 30_000 });

    // The search matches a word of the Spanish explanation and of the English one alike.
    await page.fill('.cc-search', 'coinciden');
    await page.waitForFunction(() => document.querySelectorAll('.cc-board .cc-card').length > 0);
    const bySpanish = await explanations(page);
    assert.ok(bySpanish.length > 0 && bySpanish.every((e) => e.includes('coinciden')), 'found by a Spanish word');
    await page.fill('.cc-search', 'independent');
    await page.waitForFunction(() => document.querySelectorAll('.cc-board .cc-card').length > 0);
    const byEnglish = await explanations(page);
    assert.ok(byEnglish.length > 0 && byEnglish.every((e) => e.includes('independientes')), 'found by an English word, shown in Spanish');
    await page.fill('.cc-search', '');

    await setLang(page, 'en');
    assert.deepEqual(await explanations(page), english, 'switching back restores the English');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});
