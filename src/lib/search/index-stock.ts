/** Child process: index-stock.ts SITE_DIR OUT_DIR — stock Pagefind over a whole built site. */
import { buildStockIndex } from './indexer';

const [siteDir, outDir] = process.argv.slice(2);
if (!siteDir || !outDir) throw new Error('usage: index-stock.ts SITE_DIR OUT_DIR');
console.log(`stock index: ${await buildStockIndex(siteDir, outDir)} pages`);
