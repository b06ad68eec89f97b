// Iframe mode (embed.html): receives an article by postMessage, analyses it with the JS API, shows
// the findings, and replies to the sender with the result. The protocol is versioned and documented
// in docs/embed.md.
//
// Origins: a message is accepted only when its origin is this page's own or one listed in the
// `allow-origins` URL parameter (comma-separated origins, e.g.
// `embed.html?allow-origins=https://news.example,https://blog.example`). Anything else is ignored
// without a reply. Replies go to the sender's origin only (event.origin), never to "*".
import { loadApi, renderFindings, shadowOf } from './crosscheck-embed.js';

export const PROTOCOL_VERSION = 1;

/** Origins allowed to talk to this frame: its own plus `allow-origins`. */
export function allowedOrigins(search = location.search, own = location.origin) {
  const allowed = new Set([own]);
  const list = new URLSearchParams(search).get('allow-origins') ?? '';
  for (const item of list.split(',')) {
    const candidate = item.trim();
    if (!candidate) continue;
    try {
      const origin = new URL(candidate).origin;
      // Opaque origins ("null": file://, sandboxed frames) are never trusted.
      if (origin && origin !== 'null') allowed.add(origin);
    } catch {
      // Not a URL: ignored.
    }
  }
  return allowed;
}

const allowed = allowedOrigins();
const view = document.getElementById('cc-view');
let root = null;

function reply(event, message) {
  event.source?.postMessage({ version: PROTOCOL_VERSION, ...message }, event.origin);
}

async function handle(event) {
  if (event.origin === 'null' || !allowed.has(event.origin)) return;
  const data = event.data;
  if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
  if (!data.type.startsWith('crosscheck:')) return;
  const id = data.id ?? null;
  if (data.type !== 'crosscheck:analyze') {
    // Our own replies and announcements are not requests; anything else is unknown.
    if (data.type === 'crosscheck:result' || data.type === 'crosscheck:error' || data.type === 'crosscheck:ready') return;
    reply(event, { type: 'crosscheck:error', id, message: `unknown message type "${data.type}"` });
    return;
  }
  if (data.version !== PROTOCOL_VERSION) {
    reply(event, {
      type: 'crosscheck:error',
      id,
      message: `unsupported protocol version ${JSON.stringify(data.version)}: this frame speaks version ${PROTOCOL_VERSION}`,
    });
    return;
  }
  try {
    const { analyze } = await loadApi();
    const meta = data.meta ?? {};
    if (typeof meta !== 'object' || Array.isArray(meta)) throw new Error('meta must be an object');
    const result = analyze(data.text, { withSeeds: true, ...meta });
    root ??= shadowOf(view);
    renderFindings(root, result, result.document.id);
    view.dataset.ready = 'true';
    reply(event, { type: 'crosscheck:result', id, result });
  } catch (e) {
    reply(event, { type: 'crosscheck:error', id, message: String(e?.message ?? e) });
  }
}

window.addEventListener('message', (event) => {
  handle(event);
});

// Show the seed findings until an article arrives, then tell an allowed parent the frame is ready.
(async () => {
  try {
    const { Corpus } = await loadApi();
    if (!root) {
      const corpus = new Corpus({ seeds: true });
      root = shadowOf(view);
      renderFindings(root, corpus.toJSON());
      corpus.free();
    }
  } catch (e) {
    view.textContent = `Crosscheck could not start: ${e?.message ?? e}`;
  }
  // The parent's origin is known where the browser exposes location.ancestorOrigins; elsewhere
  // hosts wait for the iframe's load event instead.
  const parentOrigin = location.ancestorOrigins?.[0];
  if (window.parent !== window && parentOrigin && allowed.has(parentOrigin)) {
    window.parent.postMessage({ type: 'crosscheck:ready', version: PROTOCOL_VERSION }, parentOrigin);
  }
})();
