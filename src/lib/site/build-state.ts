/**
 * Reading and keeping the build state (see build-plan.ts): what a built site was made from. Node-only I/O, used
 * by scripts/build.ts and by the integration that records a full build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readChecked, writeChecked } from '../cache-files';
import { pagesDirFor, settings } from '../settings';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import type { Article } from '../../schemas/article';
import { pageIdOf, pageLines, type PageEntryData } from '../../schemas/page';
import { sortDateOf } from '../article-dates';
import { hashFiles } from '../hash-files';
import type { BuildState, BuiltArticle } from './build-plan';

/** The site's code and settings: everything under these, except src/content (the articles and the split's stamp). */
const SITE_INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

export function siteHash(env: NodeJS.ProcessEnv = process.env): string {
  const code = hashFiles(SITE_INPUTS, (path) => path === join('src', 'content'));
  const { BASE_PATH, SITE_URL } = settings(env);
  return `${code}:BASE_PATH=${BASE_PATH}:SITE_URL=${SITE_URL ?? ''}`;
}

/**
 * Per article, a hash of its file and of the page lines it cites (its 原文 comes from the page entries: a fix to a
 * page header inside its lines changes no article file but must render it again), and what places it in other pages.
 */
export function articleState(
  articlesDir: string,
  wanted: (fileName: string) => boolean = () => true,
): Record<string, BuiltArticle> {
  const articles: Record<string, BuiltArticle> = {};
  const pagesDir = pagesDirFor(articlesDir);
  const pages = new Map<string, PageEntryData | null>();
  const pageOf = (source: string) => {
    if (!pages.has(source)) {
      const path = join(pagesDir, `${pageIdOf(source)}.json`);
      pages.set(source, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PageEntryData) : null);
    }
    return pages.get(source)!;
  };
  for (const name of readdirSync(articlesDir)
    .filter((n) => n.endsWith('.md') && wanted(n))
    .sort()) {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const a = matter(text).data as Article;
    const hash = createHash('sha256').update(text);
    const parts = [
      {
        file: a.source,
        startLine: a.lines.body.startLine,
        endLine: a.lines.body.endLine,
        headlines: a.lines.headlines,
      },
      ...(a.lines.continued ?? []),
    ];
    for (const part of parts) {
      const printed = pageOf(part.file);
      const lines = printed ? pageLines(printed.lines) : [];
      // The page's scan and PDF are named by their content: a new one changes the name.
      hash.update('\0').update(`${printed?.image ?? ''}|${printed?.pdf ?? ''}`);
      hash
        .update('\0')
        .update(
          JSON.stringify([lines.slice(part.startLine - 1, part.endLine), part.headlines.map((n) => lines[n - 1])]),
        );
    }
    articles[a.id] = {
      hash: hash.digest('hex').slice(0, 20),
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
  return join(
    settings().BUILD_STATE_DIR,
    `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`,
  );
}

/** What the site in `outDir` was built from, or null when there is no site, no record, or a damaged one. */
export function loadBuildState(outDir: string): BuildState | null {
  if (!existsSync(join(outDir, 'index.html'))) return null;
  const text = readChecked(statePath(outDir));
  return text === null ? null : (JSON.parse(text) as BuildState);
}

/** Forgets what the site in `outDir` was built from: before the site is replaced, so a kill in between is a full build next. */
export function dropBuildState(outDir: string): void {
  rmSync(statePath(outDir), { force: true });
}

/** Records what the site in `outDir` was built from: written last, once the site is in place. */
export function saveBuildState(outDir: string, state: BuildState): void {
  writeChecked(statePath(outDir), JSON.stringify(state));
}

export function currentBuildState(articlesDir: string): BuildState {
  return { site: siteHash(), articles: articleState(articlesDir) };
}
