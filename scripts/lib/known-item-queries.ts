/**
 * Known-item queries for the search-quality script: for an article, a distinctive phrase copied from its
 * body, typed without quotes, as a reader who remembers a few words would.
 *
 *   space-separated languages: five consecutive words from the middle of the body
 *   Chinese, Japanese, Thai:    twelve characters from the middle (which may cut a word in half)
 */
const UNSPACED = new Set(['ja', 'zh', 'th']);

export function phraseFrom(text: string, language: string): string | undefined {
  const body = text.replace(/\s+/g, ' ').trim();
  if (UNSPACED.has(language)) {
    const run = body.match(/[^\s\x21-\x7e]{12,}/g)?.sort((a, b) => b.length - a.length)[0];
    if (!run) return undefined;
    const start = Math.floor((run.length - 12) / 2);
    return run.slice(start, start + 12);
  }
  const words = body.split(' ').filter((w) => /\p{L}{3,}/u.test(w)).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  if (words.length < 12) return undefined;
  const start = Math.floor(words.length * 0.4);
  return words.slice(start, start + 5).join(' ');
}

/** Every `step`-th item, so the sample spreads over the whole alphabet of articles. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}
