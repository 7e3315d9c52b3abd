/**
 * Known-item queries for the search-quality script: for an article, a distinctive phrase copied from its
 * body, typed without quotes, as a reader who remembers a few unusual words would.
 *
 *   space-separated languages: the five consecutive words that are rarest across the locale (summed IDF)
 *   Chinese, Japanese, Thai:    the twelve consecutive characters whose character pairs are rarest
 *                               (which may cut a word in half, as copying does)
 */
const UNSPACED = new Set(['ja', 'zh', 'th']);
const WORDS = 5;
const CHARS = 12;

/** Document frequencies over a locale's article texts: how many articles contain each word (or pair). */
export class Rarity {
  private readonly df = new Map<string, number>();
  private documents = 0;

  constructor(private readonly language: string) {}

  add(text: string) {
    this.documents++;
    for (const unit of new Set(units(text, this.language))) this.df.set(unit, (this.df.get(unit) ?? 0) + 1);
  }

  idf(unit: string): number {
    return Math.log((this.documents + 1) / ((this.df.get(unit) ?? 0) + 1));
  }
}

function units(text: string, language: string): string[] {
  if (UNSPACED.has(language)) {
    const chars = [...text.replace(/\s+/g, '')];
    return chars.slice(1).map((c, i) => chars[i] + c);
  }
  return words(text).map((w) => w.toLowerCase());
}

function words(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}{2,}/u.test(w));
}

/**
 * `rarest`: the most distinctive phrase (the default, what a reader remembers). `middle`: the phrase in the
 * middle of the body, distinctive or not (the harder, older measure).
 */
export type PhraseChoice = 'rarest' | 'middle';

export function phraseFrom(text: string, language: string, rarity: Rarity, choice: PhraseChoice = 'rarest'): string | undefined {
  if (choice === 'middle') return middlePhrase(text, language);
  if (UNSPACED.has(language)) {
    const runs = text.match(/[^\s\x21-\x7e]{12,}/g) ?? [];
    let best: [number, string] | undefined;
    for (const run of runs) {
      const chars = [...run];
      for (let i = 0; i + CHARS <= chars.length; i++) {
        const window = chars.slice(i, i + CHARS);
        const score = window.slice(1).reduce((sum, c, k) => sum + rarity.idf(window[k] + c), 0);
        if (!best || score > best[0]) best = [score, window.join('')];
      }
    }
    return best?.[1];
  }
  const list = words(text);
  if (list.length < WORDS * 2) return undefined;
  let best: [number, number] | undefined;
  for (let i = 0; i + WORDS <= list.length; i++) {
    const score = list.slice(i, i + WORDS).reduce((sum, w) => sum + rarity.idf(w.toLowerCase()), 0);
    if (!best || score > best[0]) best = [score, i];
  }
  return best ? list.slice(best[1], best[1] + WORDS).join(' ') : undefined;
}

function middlePhrase(text: string, language: string): string | undefined {
  if (UNSPACED.has(language)) {
    const run = text.match(/[^\s\x21-\x7e]{12,}/g)?.sort((a, b) => b.length - a.length)[0];
    if (!run) return undefined;
    const start = Math.floor((run.length - CHARS) / 2);
    return run.slice(start, start + CHARS);
  }
  const list = words(text);
  if (list.length < WORDS * 2) return undefined;
  const start = Math.floor(list.length * 0.4);
  return list.slice(start, start + WORDS).join(' ');
}

/** Every `step`-th item, so the sample spreads over the whole alphabet of articles. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}
