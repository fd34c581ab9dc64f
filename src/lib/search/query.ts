/**
 * The search query language: terms separated by spaces must all occur; "…" keeps a phrase with spaces together.
 * Chinese terms match only their exact character sequence. Traditional characters fold to simplified with the
 * table built from the archive's own characters (see buildFoldTable).
 */
export interface QueryTerm {
  text: string;
  /** Holds CJK characters: matched as an exact sequence, never as scattered characters. */
  cjk: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;

export function parseQuery(input: string, fold: (text: string) => string = (t) => t): ParsedQuery {
  const terms: QueryTerm[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)/g;
  const normalized = input.normalize('NFKC').replace(/[\u3000\s]+/g, ' ');
  for (const m of normalized.matchAll(pattern)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    const text = fold(raw).replace(/^["“”「」]+|["“”「」]+$/g, '');
    if (text && !terms.some((t) => t.text === text)) terms.push({ text, cjk: CJK.test(text) });
  }
  return { terms };
}

/** Folds characters through a table (traditional → simplified), leaving others as they are. */
export function foldWith(table: Record<string, string>): (text: string) => string {
  return (text) => [...text].map((ch) => table[ch] ?? ch).join('');
}

/** Every article matching all terms, by exact (case-insensitive for Latin) substring. */
export function matchesAll(text: string, terms: QueryTerm[]): boolean {
  const haystack = text.toLowerCase();
  return terms.every((t) => haystack.includes(t.text.toLowerCase()));
}

/** Text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
