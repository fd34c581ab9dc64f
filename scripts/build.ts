/**
 * npm run build: re-splits when the seeds or the splitter changed (content hash), then builds the site with Astro
 * (which indexes it with Pagefind when done).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runSplit } from './split';

const SEEDS = process.env.SEEDS_DIR ?? 'seeds';
const OUT = process.env.ARTICLES_DIR ?? 'src/content/articles';
const STAMP = join(OUT, '..', `.${OUT.split('/').filter(Boolean).pop()}.split-hash`);

function hashOf(dirs: string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const path = join(dir, name);
      if (!existsSync(path) || !/\.(txt|json|ts)$/.test(name)) continue;
      hash.update(path).update(readFileSync(path));
    }
  }
  return hash.digest('hex');
}

const hash = hashOf([SEEDS, 'src/lib/split', 'src/schemas']);
const fresh = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(OUT) && readdirSync(OUT).some((n) => n.endsWith('.md'));
if (fresh) console.log('split: seeds unchanged, keeping src/content/articles');
else {
  console.log(runSplit(SEEDS, OUT));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(STAMP, hash);
}
execFileSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit' });
