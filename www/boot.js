// Loads the Crosscheck app. An external module (not Trunk's inline script) so the page's
// Content-Security-Policy can forbid inline scripts.
import init from './crosscheck-web.js';

init().catch((e) => {
  const box = document.createElement('div');
  box.className = 'cc-fatal';
  box.setAttribute('role', 'alert');
  box.textContent = 'Crosscheck could not start: ' + String(e);
  document.body.prepend(box);
});
