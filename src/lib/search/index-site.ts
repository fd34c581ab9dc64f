/** Child process: index-site.ts SITE_DIR — the sharded search index of a built site, as the build makes it. */
import { buildSearchIndex } from './indexer';

const [siteDir] = process.argv.slice(2);
if (!siteDir) throw new Error('usage: index-site.ts SITE_DIR');
console.log(JSON.stringify(await buildSearchIndex(siteDir)));
