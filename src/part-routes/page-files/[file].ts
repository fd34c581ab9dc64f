import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagesDirFor, settings } from '../../lib/settings';

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

/** The page scans and PDFs the split copied beside the page entries, published as they are. */
export async function getStaticPaths() {
  const entries = await getCollection('pages');
  return entries.flatMap((e) =>
    [e.data.image, e.data.pdf].filter((f): f is string => f !== null).map((file) => ({ params: { file } })),
  );
}

export function GET({ params }: { params: { file: string } }) {
  const bytes = readFileSync(join(pagesDirFor(settings().ARTICLES_DIR), params.file));
  return new Response(bytes, {
    headers: { 'Content-Type': TYPES[params.file.split('.').pop()!] ?? 'application/octet-stream' },
  });
}
