import { getCollection, type CollectionEntry } from 'astro:content';
import { unescapeMarkdown } from '../text/markdown';
import type { Article } from '../../schemas/article';
import { byNewest, peopleOf, reportersOf, type Contributor } from './archive';

export type ArticleEntry = CollectionEntry<'articles'>;

let sorted: Promise<ArticleEntry[]> | null = null;

/** All article entries, newest first: sorted once per build and shared, so callers must not reorder it. */
export function articleEntries(): Promise<ArticleEntry[]> {
  sorted ??= getCollection('articles').then((entries) => entries.sort((a, b) => byNewest(a.data, b.data)));
  return sorted;
}

export async function allArticles(): Promise<Article[]> {
  return (await articleEntries()).map((e) => e.data);
}

let people: Promise<Contributor[]> | null = null;
let reporters: Promise<Contributor[]> | null = null;

/** Everyone the archive mentions, by count; computed once per build, a fresh array per caller (callers sort it). */
export async function allPeople(): Promise<Contributor[]> {
  people ??= allArticles().then(peopleOf);
  return [...(await people)];
}

/** Every reporter, by count; as allPeople. */
export async function allReporters(): Promise<Contributor[]> {
  reporters ??= allArticles().then(reportersOf);
  return [...(await reporters)];
}

/** The article's paragraphs as plain text (the Markdown body is escaped source text). */
export function paragraphsOf(entry: ArticleEntry): string[] {
  return unescapeMarkdown(entry.body ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function openingOf(entry: ArticleEntry, length = 80): string {
  const text = paragraphsOf(entry).join('');
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
