// End-to-end: what a reader does with the page — paste an article that contradicts a seed figure
// and see its conflict first, keep it across a reload, remove it, reset; export the analysis (JSON,
// CSV, Web Annotation JSON-LD); judge findings; and never run pasted HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;

before(async () => { server = await serve(root + 'dist'); });
after(async () => server?.close());

// The same story as the seeds, with a figure that contradicts 14ymedio and TeleSur (806 / 768).
const ARTICLE = `Mexico Adds Cuban Specialists to Public Hospitals

Daily Ledger | 21 May 2024

Mexico's social security institute said on Monday that 910 Cuban specialists already work in the public health sector of Mexico, and that 123 more will arrive in the coming days with a specialty in family medicine.

The director of the institute said the program would continue to grow through the year.
`;

// The page has settled: the whole board and the timelines follow the first cards by a frame.
async function settled(page) {
  await page.waitForSelector('.cc-board .cc-card', { timeout: 30_000 });
  await page.waitForSelector('.cc-chart');
}

async function ready(page) {
  await page.goto(server.origin + '/', { waitUntil: 'load' });
  await settled(page);
}

// A text of `n` paragraphs with two figures each (nurses and clinics): 2n figures.
function figures(n) {
  return 'Nurse Report\n\n' + Array.from({ length: n }, (_, i) => `Officials said ${i * 7 + 100} nurses arrived in ${i % 28 + 1} clinics.`).join('\n\n');
}

// Pastes `text` into the form as one input event, as a real paste does (page.fill types long texts
// slowly).
async function pasteEvent(page, text) {
  await page.evaluate((text) => {
    const area = document.querySelector('.cc-paste');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

async function paste(page, text) {
  await page.click('.cc-nav .cc-tab >> nth=1');
  await page.fill('.cc-paste', text);
  await page.click('.cc-analyze');
}

test('a pasted article that contradicts a seed shows its conflict first, survives reload, and can be removed', async () => {
  const { browser, page, foreign, errors } = await openPage(server.origin);
  try {
    await ready(page);
    await page.click('.cc-nav .cc-tab >> nth=1');
    await page.fill('.cc-paste', ARTICLE);
    assert.equal(await page.inputValue('.cc-meta-outlet'), 'Daily Ledger', 'outlet detected');
    assert.equal(await page.inputValue('.cc-meta-date'), '2024-05-21', 'date detected');
    await page.fill('.cc-meta-title', 'Mexico adds Cuban specialists');
    await page.click('.cc-analyze');
    await page.waitForSelector('.cc-new');
    const summary = await page.locator('.cc-new').innerText();
    assert.match(summary, /disagrees with \d sources?/);
    assert.ok(summary.includes('910'), 'the new figure is on its conflict card');
    assert.equal(await page.locator('.cc-new .cc-card').first().getAttribute('data-kind'), 'conflict');
    assert.equal(await page.locator('.cc-article').count(), 6);

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('.cc-article-user', { timeout: 30_000 });
    assert.equal(await page.locator('.cc-article').count(), 6, 'kept across reload');
    assert.match(await page.locator('.cc-article-user').innerText(), /Mexico adds Cuban specialists/, 'edited title kept');
    const board = await page.locator('.cc-board').innerText();
    assert.ok(board.includes('910'), 'its conflict is on the board after reload');

    await page.click('.cc-article-user .cc-remove');
    assert.equal(await page.locator('.cc-article').count(), 5, 'removed');
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('.cc-board .cc-card', { timeout: 30_000 });
    assert.equal(await page.locator('.cc-article').count(), 5, 'stays removed');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('a .txt file dropped on the drop zone is read, analysed and added', async () => {
  const { browser, page, foreign, errors } = await openPage(server.origin);
  try {
    await ready(page);
    await page.click('.cc-nav .cc-tab >> nth=1');
    // Real drag events carrying a DataTransfer with a file, as a browser fires them on a drop.
    const accepted = await page.evaluate(async (text) => {
      const zone = document.querySelector('.cc-drop');
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'ledger.txt', { type: 'text/plain' }));
      const fire = (type) => zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      const enter = !fire('dragenter');
      const over = !fire('dragover');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const highlighted = zone.classList.contains('cc-dragging');
      const drop = !fire('drop');
      return { enter, over, highlighted, drop, files: dt.files.length };
    }, ARTICLE);
    assert.deepEqual(accepted, { enter: true, over: true, highlighted: true, drop: true, files: 1 },
      'the zone cancels dragenter, dragover and drop (so the browser allows the drop) and shows it is a target');
    await page.waitForSelector('.cc-info >> text=ledger.txt');
    assert.equal(await page.inputValue('.cc-paste'), ARTICLE, 'the file is read into the form');
    assert.equal(await page.locator('.cc-drop.cc-dragging').count(), 0, 'the highlight ends with the drop');
    assert.equal(await page.inputValue('.cc-meta-outlet'), 'Daily Ledger', 'its metadata detected');
    await page.click('.cc-analyze');
    await page.waitForSelector('.cc-new .cc-card');
    assert.equal(await page.locator('.cc-article').count(), 6, 'added to the corpus');
    assert.match(await page.locator('.cc-article-user').innerText(), /Daily Ledger/);
    assert.ok((await page.locator('.cc-new').innerText()).includes('910'), 'its findings are shown first');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('a long article of 2,800 figures is analysed in slices, with progress, and added', async () => {
  const { browser, page, errors } = await openPage(server.origin);
  try {
    await ready(page);
    await page.click('.cc-nav .cc-tab >> nth=1');
    await pasteEvent(page, figures(1_400));
    await page.evaluate(() => {
      window.__ccProgress = false;
      new MutationObserver(() => { window.__ccProgress ||= !!document.querySelector('.cc-progress'); })
        .observe(document.body, { childList: true, subtree: true });
    });
    await page.click('.cc-analyze');
    await page.waitForSelector('.cc-new', { timeout: 60_000 });
    assert.equal(await page.locator('.cc-article').count(), 6, 'added to the corpus');
    assert.ok(await page.evaluate(() => window.__ccProgress), 'progress was shown while it was analysed');
    assert.equal(await page.locator('.cc-notice-error').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('exports download and parse: JSON with schema_version, CSV with rows, JSON-LD annotations', async () => {
  const { browser, page, errors } = await openPage(server.origin);
  try {
    await ready(page);
    // A judgement, so the export carries it.
    await page.locator('.cc-board .cc-card .cc-dismiss').first().click();
    const grab = async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return readFile(await download.path(), 'utf8');
    };
    const json = JSON.parse(await grab('.cc-export-json'));
    assert.equal(json.schema_version, '1.0');
    assert.equal(json.documents.length, 5);
    assert.ok(json.findings.length > 0 && json.claims.length > 0);
    assert.equal(json.judgements.length, 1);
    assert.equal(json.judgements[0].type, 'dismiss_finding');

    const csv = await grab('.cc-export-csv');
    const lines = csv.trim().split('\r\n');
    assert.match(lines[0], /^id,doc,outlet,published,kind,quote,value/);
    assert.ok(lines.length > 10, 'a row per claim');

    const ld = JSON.parse(await grab('.cc-export-anno'));
    assert.equal(ld['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const item = ld.first.items[0];
    const types = item.target.selector.map((s) => s.type);
    assert.deepEqual(types, ['TextQuoteSelector', 'TextPositionSelector']);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('dismissing a finding strikes it out everywhere with an undo, and it survives reload', async () => {
  const { browser, page } = await openPage(server.origin);
  try {
    await ready(page);
    const before = await page.locator('.cc-board .cc-card').count();
    await page.locator('.cc-board .cc-card .cc-dismiss').first().click();
    assert.equal(await page.locator('.cc-board .cc-card').count(), before - 1, 'hidden from the board');
    await page.reload({ waitUntil: 'load' });
    await settled(page);
    assert.equal(await page.locator('.cc-board .cc-card').count(), before - 1, 'kept across reload');
    await page.check('.cc-board .cc-check input');
    assert.equal(await page.locator('.cc-board .cc-card.cc-dismissed').count(), 1, 'struck through when shown');
    await page.locator('.cc-card.cc-dismissed .cc-dismiss').click();
    assert.equal(await page.locator('.cc-board .cc-card').count(), before, 'undone');
  } finally {
    await browser.close();
  }
});

test('a timeline mark opens its sentence, and a corrected claim shows everywhere and in the export', async () => {
  const { browser, page, errors } = await openPage(server.origin);
  try {
    await ready(page);
    await page.locator('.cc-chart .cc-mark-conflict').first().click();
    await page.waitForSelector('.cc-claim-panel');
    const quote = (await page.locator('.cc-claim-panel h3').innerText()).replace(/[“”]/g, '');
    assert.ok(quote.length > 0);
    assert.equal(await page.locator('.cc-text .cc-claim-selected').count(), 1, 'the claim is selected in the text');
    await page.fill('.cc-claim-panel .cc-correct input >> nth=0', '999');
    await page.click('.cc-claim-panel .cc-btn-primary');
    await page.waitForSelector('.cc-claim-panel .cc-details >> text=corrected by you: 999');
    await page.click('.cc-close');
    await settled(page);
    assert.ok((await page.locator('.cc-board .cc-corrected').allInnerTexts()).some((t) => t.includes('999')), 'the card shows it');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.cc-export-json')]);
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.deepEqual(json.judgements.map((j) => [j.type, j.value]), [['correct_claim', 999]]);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('full storage: the article is still analysed and shown, with a clear message', async () => {
  const { browser, page } = await openPage(server.origin);
  try {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await ready(page);
    await paste(page, ARTICLE);
    await page.waitForSelector('.cc-new');
    assert.match(await page.locator('.cc-notice-error').innerText(), /storage is full/i);
    assert.ok((await page.locator('.cc-new').innerText()).includes('910'), 'the findings are shown anyway');
  } finally {
    await browser.close();
  }
});

test('pasted HTML is shown as text and runs nothing', async () => {
  const { browser, page, foreign } = await openPage(server.origin);
  try {
    await ready(page);
    const payload = `Script Test Gazette\n\n<script>window.__ccPwned = 1</script><img src="x" onerror="window.__ccPwned = 2"> The ministry said 300 nurses arrived on 2 June 2024.`;
    await paste(page, payload);
    await page.waitForSelector('.cc-new');
    await page.click('.cc-new .cc-btn');
    await page.waitForSelector('.cc-reader');
    const text = await page.locator('.cc-reader .cc-text').innerText();
    assert.ok(text.includes('<script>window.__ccPwned = 1</script>'), 'the markup is text');
    assert.equal(await page.locator('.cc-reader script, .cc-reader img').count(), 0, 'no element injected');
    assert.equal(await page.evaluate(() => window.__ccPwned), undefined, 'nothing ran');
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('bad input and unreadable storage get clear messages', async () => {
  const { browser, page } = await openPage(server.origin);
  try {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('cc-test-seeded')) {
        localStorage.setItem('cc-crosscheck-v1', '{not json');
        sessionStorage.setItem('cc-test-seeded', '1');
      }
    });
    await ready(page);
    assert.match(await page.locator('.cc-notice-error').innerText(), /could not be read/);
    assert.equal(await page.locator('.cc-article').count(), 5, 'the seeds are still there');
    await page.click('.cc-nav .cc-tab >> nth=1');
    await page.click('.cc-analyze');
    assert.match(await page.locator('.cc-add .cc-error').innerText(), /no text/);
    // Too many figures for one article (3,200, over 3,000): a clear message, the page stays usable,
    // the text is kept.
    const huge = figures(1_600);
    await pasteEvent(page, huge);
    await page.click('.cc-analyze');
    await page.waitForSelector('.cc-notice-error >> text=figures');
    assert.equal((await page.inputValue('.cc-paste')).length, huge.length, 'the text is kept');
    assert.equal(await page.locator('.cc-article').count(), 0, 'still on the form');
    await page.setInputFiles('.cc-file-input', { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 159, 146, 150, 0, 0, 255, 254, 0, 1, 2, 3]) });
    await page.waitForSelector('.cc-add .cc-error >> text=not a text file');
    await page.setInputFiles('.cc-file-input', {
      name: 'story.html', mimeType: 'text/html',
      buffer: Buffer.from('<html><head><title>T</title><script>window.__ccPwned=3</script></head><body><nav>Home</nav><h1>Clinic opens</h1><p>The clinic hired 40 nurses &amp; 12 doctors.</p></body></html>'),
    });
    await page.waitForSelector('.cc-info');
    assert.equal(await page.inputValue('.cc-paste'), 'Clinic opens\n\nThe clinic hired 40 nurses & 12 doctors.', 'HTML reduced to text');
    assert.equal(await page.evaluate(() => window.__ccPwned), undefined);
  } finally {
    await browser.close();
  }
});
