// Crosscheck's drop-in widget. One module script plus an element mounts Crosscheck into that
// element only:
//
//   <script type="module" src="https://crosscheck.example/embed/crosscheck-embed.js"></script>
//   <div data-crosscheck="findings" style="height: 420px"></div>   compact findings view
//   <div data-crosscheck="app" style="height: 640px"></div>        the full app in an iframe
//
// The findings view renders into a shadow root with its own styles (classes `cc-`), so host styles
// do not reach it and its styles do not leak out. Text from articles and the engine is inserted
// with textContent only. It speaks English or Spanish: `data-ui-lang="es"`, or else the reader's
// `navigator.language`, as the app does. See docs/embed.md for every attribute.

const API_URL = new URL('../api/crosscheck.js', import.meta.url).href;
const APP_URL = new URL('../index.html', import.meta.url).href;

/** The widget's words in each interface language. */
const TEXT = {
  en: {
    kinds: {
      conflict: 'Sources disagree',
      discrepancy: 'Figures differ (not directly comparable)',
      change: 'The figure changed over time',
      inconsistency: "The article's own figures don't add up",
      corroboration: 'Sources agree',
    },
    thisArticle: 'This article',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    count: (n) => (n === 1 ? '1 finding' : `${n} findings`),
    none: 'No findings: nothing to compare or contradict.',
    loading: 'Loading Crosscheck…',
    nothing: 'Nothing to check: give an article (data-crosscheck-text) or keep the seeds.',
    failed: 'Crosscheck could not run: ',
    unknownMode: (mode) => `Unknown data-crosscheck mode "${mode}": use "findings" or "app".`,
  },
  es: {
    kinds: {
      conflict: 'Las fuentes discrepan',
      discrepancy: 'Las cifras difieren (no son directamente comparables)',
      change: 'La cifra cambió con el tiempo',
      inconsistency: 'Las cifras del propio artículo no cuadran',
      corroboration: 'Las fuentes coinciden',
    },
    thisArticle: 'Este artículo',
    months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    count: (n) => (n === 1 ? '1 hallazgo' : `${n} hallazgos`),
    none: 'Sin hallazgos: nada que comparar ni contradecir.',
    loading: 'Cargando Crosscheck…',
    nothing: 'Nada que comprobar: indique un artículo (data-crosscheck-text) o conserve los artículos de muestra.',
    failed: 'Crosscheck no pudo ejecutarse: ',
    unknownMode: (mode) => `Modo data-crosscheck desconocido "${mode}": use "findings" o "app".`,
  },
};
const ORDER = ['conflict', 'discrepancy', 'change', 'inconsistency', 'corroboration'];

const CSS = `
:host { display: block; }
.cc-root {
  all: initial;
  display: block; box-sizing: border-box; height: 100%; overflow: auto;
  padding: 12px 14px; border: 1px solid #d0d5dd; border-radius: 8px;
  background: #fff; color: #1d2430;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start; -webkit-text-size-adjust: 100%;
}
.cc-root *, .cc-root *::before, .cc-root *::after { box-sizing: border-box; }
.cc-head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; margin: 0 0 8px; }
.cc-title { font-weight: 700; font-size: 15px; margin: 0; }
.cc-count { color: #5b6475; font-size: 13px; }
.cc-status { margin: 4px 0; color: #5b6475; }
.cc-status.cc-error { color: #a3261b; }
.cc-findings, .cc-values { list-style: none; margin: 0; padding: 0; }
.cc-finding { padding: 10px 0; border-top: 1px solid #e4e7ec; }
.cc-finding:first-child { border-top: 0; }
.cc-kind { display: inline-block; margin: 0 0 4px; padding: 1px 8px; border-radius: 999px;
  font-size: 12px; font-weight: 600; background: #eef1f6; color: #344054; }
.cc-kind-conflict .cc-kind { background: #fde8e6; color: #8c1d13; }
.cc-kind-discrepancy .cc-kind, .cc-kind-inconsistency .cc-kind { background: #fff1d6; color: #7a4b00; }
.cc-kind-change .cc-kind { background: #e5effd; color: #1c4f99; }
.cc-kind-corroboration .cc-kind { background: #e3f5e8; color: #1f6b35; }
.cc-measure { margin: 0 0 6px; font-weight: 600; }
.cc-value { display: flex; flex-wrap: wrap; gap: 2px 8px; margin: 2px 0; }
.cc-quote { font-weight: 700; font-variant-numeric: tabular-nums; }
.cc-source { color: #5b6475; }
.cc-own .cc-source { color: #1c4f99; font-weight: 600; }
.cc-explanation { margin: 6px 0 0; color: #344054; }
.cc-app { padding: 0; overflow: hidden; }
.cc-frame { display: block; width: 100%; height: 100%; border: 0; }
.cc-frame-auto { height: 640px; }
@media (prefers-color-scheme: dark) {
  .cc-root { background: #161a22; color: #e6e9ef; border-color: #343b48; }
  .cc-count, .cc-status, .cc-source { color: #a4adbd; }
  .cc-explanation { color: #c8cfdb; }
  .cc-finding { border-color: #2b313c; }
  .cc-kind { background: #2b313c; color: #e6e9ef; }
  .cc-kind-conflict .cc-kind { background: #4a1f1b; color: #ffd9d4; }
  .cc-kind-discrepancy .cc-kind, .cc-kind-inconsistency .cc-kind { background: #45350f; color: #ffe6b0; }
  .cc-kind-change .cc-kind { background: #1b3150; color: #d3e4ff; }
  .cc-kind-corroboration .cc-kind { background: #17361f; color: #cdeed6; }
  .cc-own .cc-source { color: #9cc3ff; }
}
`;

let sheet;
/** Adds the widget's styles to a shadow root (a constructed sheet: no inline <style> for CSP). */
function adoptStyles(root) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    try {
      sheet ??= new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}

let api;
/** The JS API module, loaded (and its wasm instantiated) once per page. */
export function loadApi() {
  api ??= import(API_URL).then(async (module) => {
    await module.default();
    return module;
  });
  return api;
}

/** "es" for a BCP 47 tag in Spanish ("es", "es-MX"), "en" for English, else null. */
function langOfTag(tag) {
  const t = String(tag ?? '').trim().toLowerCase();
  if (t === 'es' || t.startsWith('es-')) return 'es';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return null;
}

/**
 * The interface language of a widget: its `data-ui-lang` ("en", "es", "es-MX"…), else the
 * reader's `navigator.language` (Spanish for any "es-…", English otherwise), as the app does.
 */
export function widgetLang(element) {
  const chosen = langOfTag(element?.getAttribute?.('data-ui-lang'));
  if (chosen) return chosen;
  const nav = typeof navigator !== 'undefined' ? navigator.language : '';
  return langOfTag(nav) === 'es' ? 'es' : 'en';
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** An ISO date in words, as the app writes it ("13 May 2024" / "13 may 2024"); other text as given. */
export function dateLabel(iso, t = TEXT.en) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  const month = m && t.months[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "Outlet, 13 May 2024" for a document (falling back to its title or id). */
function sourceLabel(doc, own, t = TEXT.en) {
  if (!doc) return '';
  const name = own ? (doc.outlet ? `${t.thisArticle} (${doc.outlet})` : t.thisArticle) : doc.outlet || doc.title || doc.id;
  return doc.published ? `${name}, ${dateLabel(doc.published, t)}` : name;
}

/**
 * Renders findings into `container` (an element or shadow root), replacing what it held.
 * `analysis` has `documents`, `claims` and `findings`; `ownDoc` is the id of an article to mark;
 * `lang` ("en" or "es"; default: the reader's navigator.language) the words and explanations shown.
 */
export function renderFindings(container, analysis, ownDoc = null, lang = widgetLang(null)) {
  const code = langOfTag(lang) ?? 'en';
  const t = TEXT[code];
  // Spanish: the Spanish explanation and measure, falling back to English for data without them.
  const explanationOf = (f) => (code === 'es' && f.explanation_es ? f.explanation_es : f.explanation);
  const measureOf = (f) => (code === 'es' && f.measure_es ? f.measure_es : f.measure);
  const claims = new Map(analysis.claims.map((c) => [c.id, c]));
  const docs = new Map(analysis.documents.map((d) => [d.id, d]));
  const findings = [...analysis.findings].sort(
    (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.confidence - a.confidence,
  );
  const list = el('ol', 'cc-findings');
  for (const f of findings) {
    const item = el('li', `cc-finding cc-kind-${ORDER.includes(f.kind) ? f.kind : 'other'}`);
    item.append(el('p', 'cc-kind', t.kinds[f.kind] ?? f.kind));
    item.append(el('p', 'cc-measure', measureOf(f)));
    const values = el('ul', 'cc-values');
    for (const id of f.claims) {
      const claim = claims.get(id);
      if (!claim) continue;
      const own = claim.doc === ownDoc;
      const value = el('li', own ? 'cc-value cc-own' : 'cc-value');
      value.title = claim.text;
      value.append(el('span', 'cc-quote', claim.quote));
      value.append(el('span', 'cc-source', sourceLabel(docs.get(claim.doc), own, t)));
      values.append(value);
    }
    item.append(values);
    const explanation = el('p', 'cc-explanation', explanationOf(f));
    explanation.lang = code === 'es' && f.explanation_es ? 'es' : 'en';
    item.append(explanation);
    list.append(item);
  }
  const head = el('div', 'cc-head');
  head.append(el('p', 'cc-title', 'Crosscheck'), el('span', 'cc-count', t.count(findings.length)));
  const body = findings.length ? list : el('p', 'cc-status', t.none);
  if (container.nodeType === 1) container.lang = code;
  container.replaceChildren(head, body);
}

/** The article a widget element carries: data-crosscheck-text, a <template>, or a text/plain script. */
function articleOf(element) {
  const attr = element.getAttribute('data-crosscheck-text');
  if (attr && attr.trim()) return attr;
  for (const child of element.children) {
    if (child.localName === 'template') return child.content.textContent;
    if (child.localName === 'script' && (child.type || '').toLowerCase() === 'text/plain') {
      return child.textContent;
    }
  }
  return null;
}

function metaOf(element) {
  const meta = {};
  for (const key of ['id', 'title', 'outlet', 'url', 'published', 'lang']) {
    const value = element.getAttribute(`data-${key === 'id' ? 'article-id' : key}`);
    if (value) meta[key] = value;
  }
  return meta;
}

/** The widget's root inside `element`'s (open) shadow root, styles adopted, emptied. */
export function shadowOf(element) {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  adoptStyles(root);
  const frame = el('div', 'cc-root');
  frame.setAttribute('part', 'root');
  root.replaceChildren(frame);
  return frame;
}

async function mountFindings(element) {
  const root = shadowOf(element);
  const lang = widgetLang(element);
  const t = TEXT[lang];
  root.lang = lang;
  const status = el('p', 'cc-status', t.loading);
  status.setAttribute('role', 'status');
  root.replaceChildren(status);
  try {
    const { analyze, Corpus } = await loadApi();
    const seeds = (element.getAttribute('data-seeds') ?? 'true').trim().toLowerCase() !== 'false';
    const text = articleOf(element);
    if (text !== null) {
      const result = analyze(text, { ...metaOf(element), withSeeds: seeds });
      renderFindings(root, result, result.document.id, lang);
    } else if (seeds) {
      const corpus = new Corpus({ seeds: true });
      try {
        renderFindings(root, corpus.toJSON(), null, lang);
      } finally {
        corpus.free();
      }
    } else {
      status.textContent = t.nothing;
    }
    element.dispatchEvent(new CustomEvent('crosscheck:rendered', { bubbles: true }));
  } catch (e) {
    status.className = 'cc-status cc-error';
    status.textContent = `${t.failed}${e?.message ?? e}`;
    root.replaceChildren(status);
    element.dispatchEvent(new CustomEvent('crosscheck:error', { bubbles: true, detail: String(e?.message ?? e) }));
  }
}

function mountApp(element) {
  const root = shadowOf(element);
  root.classList.add('cc-app');
  const frame = el('iframe', element.clientHeight > 0 ? 'cc-frame' : 'cc-frame cc-frame-auto');
  frame.src = APP_URL;
  frame.title = element.getAttribute('data-title') || 'Crosscheck';
  frame.loading = 'lazy';
  root.replaceChildren(frame);
}

const mounted = new WeakSet();

/** Mounts Crosscheck into one element (its data-crosscheck attribute says which view). */
export function mount(element) {
  if (mounted.has(element)) return;
  mounted.add(element);
  const mode = (element.getAttribute('data-crosscheck') || 'findings').trim().toLowerCase();
  if (mode === 'app') mountApp(element);
  else if (mode === 'findings') mountFindings(element);
  else shadowOf(element).append(el('p', 'cc-status cc-error', TEXT[widgetLang(element)].unknownMode(mode)));
}

/** Mounts every [data-crosscheck] element under `scope` not mounted yet. */
export function mountAll(scope = document) {
  for (const element of scope.querySelectorAll('[data-crosscheck]')) mount(element);
}

if (typeof document !== 'undefined') {
  mountAll();
  // Widgets added later (by a host's own scripts) mount too.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.hasAttribute('data-crosscheck')) mount(node);
        mountAll(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
