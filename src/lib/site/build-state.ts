/**
 * Reading and keeping the build state (see build-plan.ts): what a built site was made from. Node-only I/O, used
 * by scripts/build.ts and by the integration that records a full build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readChecked, writeChecked } from '../cache-files';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import type { Article } from '../../schemas/article';
import { sortDateOf } from '../article-dates';
import { hashFiles } from '../hash-files';
import type { BuildState, BuiltArticle } from './build-plan';

const STATE_DIR = process.env.BUILD_STATE_DIR ?? join('node_modules', '.cache', 'archive-build');
/** The site's code and settings: everything under these, except src/content (the articles and the split's stamp). */
const SITE_INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

export function siteHash(env: NodeJS.ProcessEnv = process.env): string {
  const code = hashFiles(SITE_INPUTS, (path) => path === join('src', 'content'));
  return `${code}:BASE_PATH=${env.BASE_PATH ?? ''}:SITE_URL=${env.SITE_URL ?? ''}`;
}

export function articleState(articlesDir: string): Record<string, BuiltArticle> {
  const articles: Record<string, BuiltArticle> = {};
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.md')).sort()) {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const a = matter(text).data as Article;
    articles[a.id] = {
      hash: createHash('sha256').update(text).digest('hex').slice(0, 20),
      issue: a.issue,
      page: String(a.page),
      order: a.order,
      sortDate: sortDateOf(a),
      paper: a.paper,
      people: a.people.map((p) => p.name),
      reporters: a.reporters,
    };
  }
  return articles;
}

function statePath(outDir: string): string {
  return join(STATE_DIR, `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

/** What the site in `outDir` was built from, or null when there is no site, no record, or a damaged one. */
export function loadBuildState(outDir: string): BuildState | null {
  if (!existsSync(join(outDir, 'index.html'))) return null;
  const text = readChecked(statePath(outDir));
  return text === null ? null : (JSON.parse(text) as BuildState);
}

/** Records what the site in `outDir` was built from: written last, once the site is in place. */
export function saveBuildState(outDir: string, state: BuildState): void {
  writeChecked(statePath(outDir), JSON.stringify(state));
}


export function currentBuildState(articlesDir: string): BuildState {
  return { site: siteHash(), articles: articleState(articlesDir) };
}
