import * as OpenCC from 'opencc-js';

/**
 * The traditional → simplified table for the characters this archive holds: for each character in the text,
 * its traditional forms (per OpenCC) that convert back to it. Built at build time so the browser gets a few KB
 * instead of the whole dictionary.
 */
export function buildFoldTable(texts: Iterable<string>): Record<string, string> {
  const toTraditional = [
    OpenCC.Converter({ from: 'cn', to: 't' }),
    OpenCC.Converter({ from: 'cn', to: 'tw' }),
    OpenCC.Converter({ from: 'cn', to: 'hk' }),
  ];
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const seen = new Set<string>();
  for (const text of texts) for (const ch of text) if (/\p{Script=Han}/u.test(ch)) seen.add(ch);
  const table: Record<string, string> = {};
  for (const ch of [...seen].sort()) {
    for (const convert of toTraditional) {
      const traditional = convert(ch);
      if (traditional !== ch && [...traditional].length === 1 && toSimplified(traditional) === ch)
        table[traditional] = ch;
    }
  }
  return table;
}
