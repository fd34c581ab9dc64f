/**
 * npx tsx tools/page-size.ts [-- MB …]: how the split's cost grows with one page's size. Builds pages of the given
 * sizes (default 2, 6 and 20 MB) from the layout corpus's pages, without jumps, and times parsePage on each.
 */
import { parsePage } from '../src/lib/split/page';
import { loadSources } from './generate';
import { generateLayoutCorpus } from './synth/layouts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const corpus = [...generateLayoutCorpus(90000, 3, loadSources())].filter((p) => !/上接|下转|转第|接第/.test(p.text));
for (const mb of sizes.length ? sizes : [2, 6, 20]) {
  let text = '';
  for (const p of corpus) {
    if (Buffer.byteLength(text) > mb * 1e6) break;
    text += `${p.text}\n`;
  }
  const started = performance.now();
  const page = parsePage(text, 'big.txt', {
    paper: '南通日报',
    paperSlug: 'ntrb',
    year: 2016,
    issueDate: null,
    page: '1',
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB: ${page.articles.length} articles in ${seconds.toFixed(1)} s`,
  );
}
