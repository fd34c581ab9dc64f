import { close, createIndex } from 'pagefind';
import { join } from 'node:path';

/**
 * Builds the Pagefind index over the article pages of a built site (only elements marked data-pagefind-body are
 * indexed, so directories and navigation stay out of results).
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } catch (error) {
    throw new Error('search index build failed', { cause: error });
  } finally {
    await close();
  }
}
