/** Article page: copies the citation, and marks the terms a reader searched for (?q=…). */
import { highlightTerms } from '../lib/search/highlight';
import { parseQuery } from '../lib/search/query';

const button = document.querySelector<HTMLButtonElement>('[data-copy-citation]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');
const citation = document.querySelector<HTMLElement>('[data-citation]');
button?.addEventListener('click', async () => {
  const text = citation?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = '已复制';
  } catch {
    // Clipboard access can be refused (no permission, insecure origin): select the text for a manual copy.
    if (citation) window.getSelection()?.selectAllChildren(citation);
    if (status) status.textContent = '请按 Ctrl+C 复制';
  }
});

const q = new URLSearchParams(location.search).get('q') ?? sessionStorage.getItem('archive:highlight');
sessionStorage.removeItem('archive:highlight');
const body = document.querySelector<HTMLElement>('[data-article-body]');
if (q && body)
  highlightTerms(
    body,
    parseQuery(q).terms.map((t) => t.text),
  );
