// The iframe mode example: post an article to embed.html, show its reply. The frame is on this
// page's own origin, so no allow-origins parameter is needed.
const frame = document.getElementById('crosscheck');
const frameOrigin = new URL(frame.src, location.href).origin;
const status = document.getElementById('reply-status');
const button = document.getElementById('send');
let next = 1;

function ready() {
  button.disabled = false;
  status.textContent = 'The frame is ready.';
}
frame.addEventListener('load', ready);
if (frame.contentDocument?.readyState === 'complete') ready();

window.addEventListener('message', (event) => {
  // Only the frame's own window and origin are listened to.
  if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
  const message = event.data;
  if (message?.type === 'crosscheck:result') {
    status.textContent = `Reply ${message.id}: ${message.result.findings.length} findings.`;
    document.getElementById('reply-json').textContent = JSON.stringify(message.result.findings, null, 2);
    document.body.dataset.replies = String(Number(document.body.dataset.replies ?? 0) + 1);
  } else if (message?.type === 'crosscheck:error') {
    status.textContent = `Error for ${message.id}: ${message.message}`;
  }
});

document.getElementById('send-form').addEventListener('submit', (event) => {
  event.preventDefault();
  frame.contentWindow.postMessage(
    {
      type: 'crosscheck:analyze',
      version: 1,
      id: `request-${next++}`,
      text: document.getElementById('article').value,
      meta: { outlet: 'Test Gazette' },
    },
    frameOrigin,
  );
});
