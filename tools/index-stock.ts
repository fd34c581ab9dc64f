/** Child process: index-stock.ts SITE_DIR OUT_DIR — stock Pagefind over a whole built site. */
import { close, createIndex } from 'pagefind';

/** Stock Pagefind for comparison: one index over the whole site with default settings, as its CLI would build. */
export async function buildStockIndex(siteDir: string, outDir: string): Promise<number> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await close();
  }
}

const [siteDir, outDir] = process.argv.slice(2);
if (!siteDir || !outDir) throw new Error('usage: index-stock.ts SITE_DIR OUT_DIR');
console.log(`stock index: ${await buildStockIndex(siteDir, outDir)} pages`);
