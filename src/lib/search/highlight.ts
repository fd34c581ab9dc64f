import { escapeRegExp } from './query';

/** Wraps each occurrence of the terms inside `root`'s text in <mark>, touching only text nodes. */
export function highlightTerms(root: HTMLElement, terms: string[]): number {
  const wanted = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return 0;
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      parts.push(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      parts.push(mark);
      last = m.index + m[0].length;
      marked++;
    }
    if (last === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
  return marked;
}
