/**
 * The text ⇄ Markdown codec of article bodies, shared by the split (which writes them) and the site (which reads
 * them back as text). Every ASCII punctuation character gets a backslash, which CommonMark defines as its literal
 * self, so Markdown and HTML see only text; full-width punctuation is never markup and is left alone.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Reverses escapeMarkdown: what a reader of the file sees once rendered. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
