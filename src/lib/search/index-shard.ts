/** Child process: index-shard.ts SITE_DIR FILE_LIST.json OUT_DIR — one shard, then exit (freeing its memory). */
import { readFileSync } from 'node:fs';
import { indexPages } from './indexer';

const [siteDir, list, outDir] = process.argv.slice(2);
if (!siteDir || !list || !outDir) throw new Error('usage: index-shard.ts SITE_DIR FILE_LIST.json OUT_DIR');
await indexPages(siteDir, JSON.parse(readFileSync(list, 'utf8')), outDir);
