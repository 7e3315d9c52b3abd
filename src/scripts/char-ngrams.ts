/**
 * Character trigrams for scripts written without spaces between words (Chinese, Japanese, Thai), shared
 * by the indexer (src/astro/ngram-index.ts) and the browser (ngram-search.ts), which must cut text exactly
 * alike.
 *
 * Pagefind finds words, and its indexer and the browser split these scripts into words differently
 * (a dictionary in Rust against the browser's Intl.Segmenter), and a run of characters copied with the
 * mouse usually starts and ends inside a word. Trigrams need no word boundaries: a run of text is on a page
 * when all its trigrams are there, each at its offset from the first (see ngram-search.ts).
 *
 * No imports: the browser loads this with the search code.
 */

/**
 * The languages indexed as trigrams. All their letters and digits are, Latin ones too: a reader copies
 * "Microsoft 365 管理センター" as it is, and the whole of it is then looked up, spaces included.
 */
const TRIGRAM_LANGUAGES = new Set(['ja', 'zh', 'th']);
const RUN = /[\p{L}\p{M}\p{N}]+/gu;

export const GRAM = 3;

export function usesTrigrams(language: string): boolean {
  return TRIGRAM_LANGUAGES.has(language);
}

/**
 * Text as both sides compare it. NFKC folds what looks the same but is typed differently: full-width
 * letters, half-width katakana, and Thai SARA AM (ำ), which the corpus writes as NIKHAHIT + SARA AA (ํา)
 * and a keyboard types as one character. Invisible format characters (zero-width space, soft hyphen) go.
 */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\p{Cf}/gu, '');
}

/** The runs of letters and digits in normalized text, with their offsets (in UTF-16 code units). */
export function letterRuns(normalized: string, language: string): { at: number; text: string }[] {
  if (!usesTrigrams(language)) return [];
  return [...normalized.matchAll(RUN)].map((m) => ({ at: m.index, text: m[0] }));
}

/** Which shard file holds a trigram: FNV-1a over its UTF-16 code units. */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) hash = Math.imul(hash ^ gram.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/**
 * The trigrams that pin a run down, each with its offset in the run: greedily, the one reaching furthest
 * among those that cover the first character not yet covered, so a 15-character run costs about 5 shard
 * files instead of 13. Trigrams in `stop` (too common to be worth a download: the index leaves them out)
 * are skipped, and a character only they cover goes unchecked. None when the run has no usable trigram.
 */
export function coveringGrams(run: string, stop: ReadonlySet<string> = new Set()): { gram: string; offset: number }[] {
  const units = [...run];
  // Offsets in UTF-16 code units, as the index stores positions (a character outside the BMP counts two).
  const offsets = [0];
  for (const u of units) offsets.push(offsets.at(-1)! + u.length);
  const usable = (i: number) => i >= 0 && i + GRAM <= units.length && !stop.has(units.slice(i, i + GRAM).join(''));
  const out: { gram: string; offset: number }[] = [];
  for (let next = 0; next < units.length; ) {
    let start = -1;
    for (let i = Math.min(next, units.length - GRAM); i > next - GRAM; i--) {
      if (usable(i)) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      next++;
      continue;
    }
    out.push({ gram: units.slice(start, start + GRAM).join(''), offset: offsets[start]! });
    next = start + GRAM;
  }
  return out;
}
