// The JS API example: plain DOM code over ../api/crosscheck.js (text set with textContent only).
import init, { analyze, Corpus } from '../api/crosscheck.js';

function item(finding) {
  const li = document.createElement('li');
  li.className = `finding finding-${finding.kind}`;
  li.textContent = `${finding.kind}: ${finding.explanation}`;
  return li;
}

await init();

const seeds = new Corpus({ seeds: true });
const findings = seeds.findings();
document.getElementById('seed-findings').replaceChildren(...findings.map(item));
document.getElementById('seed-status').textContent =
  `${seeds.documents().length} articles, ${seeds.claims().length} claims, ${findings.length} findings.`;

document.getElementById('analyze-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const status = document.getElementById('result-status');
  try {
    const result = analyze(document.getElementById('article').value, {
      outlet: document.getElementById('outlet').value,
      withSeeds: true,
    });
    document.getElementById('result-findings').replaceChildren(...result.findings.map(item));
    document.getElementById('result-json').textContent = JSON.stringify(result, null, 2);
    status.textContent = `${result.claims.filter((c) => c.doc === result.document.id).length} claims, ${result.findings.length} findings.`;
  } catch (e) {
    status.textContent = e.message;
  }
});
document.body.dataset.ready = 'true';
