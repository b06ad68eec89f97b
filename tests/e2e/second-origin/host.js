// Test host on a second origin: frames the URL in ?embed=, exposes send() and records every reply
// from the frame in window.replies (and their count in body[data-replies]).
const embed = new URL(new URLSearchParams(location.search).get('embed'));
const frame = document.createElement('iframe');
frame.src = embed.href;
frame.style.width = '600px';
frame.style.height = '400px';
window.replies = [];
window.frameLoaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  window.replies.push({ origin: event.origin, data: event.data });
  document.body.dataset.replies = String(window.replies.filter((r) => r.data?.type !== 'crosscheck:ready').length);
});
/** Posts a message to the frame, addressed to its origin. */
window.send = (message) => frame.contentWindow.postMessage(message, embed.origin);
document.body.append(frame);
