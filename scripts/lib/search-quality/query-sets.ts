/**
 * Query sets a reader would really type, generated from a locale's articles with a seeded random source
 * (seeded-random.ts), so a run is repeatable and a change in search is measured on the same queries.
 *
 *   phrase        every language: 3 to 6 consecutive words from a passage, starting and ending at word
 *                 boundaries (spaces; Intl.Segmenter's words for Chinese, Japanese and Thai)
 *   cut-run       Chinese, Japanese, Thai: a run of characters of the script from inside a passage, cut at
 *                 random character (grapheme) boundaries at both ends, as a mouse selection is: it usually
 *                 cuts a word in two at either end (Thai 8–16 characters, Chinese and Japanese 5–10)
 *   word-bare     Hebrew, Arabic, Korean: a word in its plain form that the article has only with an
 *                 attached prefix (Hebrew ה ב ל ו מ ש כ, Arabic ال و ف ب ك ل) or particle (Korean)
 *   word-affixed  the same languages: a word with an attached prefix or particle, a form some article of
 *                 the locale has, that this article has only in another form
 *
 * Phrases and runs are known-item queries: the article must come in the top 5. One that occurs word for
 * word in more than 5 articles cannot be answered by any ranking, so it is skipped (and counted). Words are
 * recall queries: the article must be among the results at all.
 *
 * The word forms are found in the corpus, not in the search code: a pair (word, prefix + word) counts only
 * when both forms occur in the locale's articles, so the queries never depend on how search splits words.
 */
import type { Random } from './seeded-random.ts';

export interface Article {
  url: string;
  passages: readonly string[];
}
export type QuerySetName = 'phrase' | 'cut-run' | 'word-bare' | 'word-affixed';
export interface Query {
  url: string;
  query: string;
}
export interface GeneratedSet {
  queries: Query[];
  /** Candidates left out because their text is in more than AMBIGUOUS articles. */
  ambiguous: number;
}

/** Known-item queries are judged in the top 5, so text found in more articles than that is no test. */
export const AMBIGUOUS = 5;
const UNSPACED = new Set(['ja', 'zh', 'th']);

export function querySetsFor(language: string): QuerySetName[] {
  const sets: QuerySetName[] = ['phrase'];
  if (UNSPACED.has(language)) sets.push('cut-run');
  if (ATTACHED[language]) sets.push('word-bare', 'word-affixed');
  return sets;
}

export function generateSet(set: QuerySetName, articles: readonly Article[], language: string, count: number, random: Random): GeneratedSet {
  if (set === 'word-bare' || set === 'word-affixed') return { queries: wordQueries(set, articles, language, count, random), ambiguous: 0 };
  const haystacks = articles.map((a) => a.passages.join('\n').toLowerCase());
  const inMoreThan = (text: string, limit: number) => {
    const needle = text.toLowerCase();
    let found = 0;
    for (const h of haystacks) if (h.includes(needle) && ++found > limit) return true;
    return false;
  };
  const queries: Query[] = [];
  let ambiguous = 0;
  for (const article of random.shuffle(articles)) {
    if (queries.length >= count) break;
    // A few tries per article: a common first pick should not drop the article from the sample.
    for (let attempt = 0; attempt < 3; attempt++) {
      const query = set === 'phrase' ? phrase(article.passages, language, random) : cutRun(article.passages, language, random);
      if (query === undefined) break;
      if (inMoreThan(query, AMBIGUOUS)) {
        ambiguous++;
        continue;
      }
      queries.push({ url: article.url, query });
      break;
    }
  }
  return { queries, ambiguous };
}

// ---- word-aligned phrases ----

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** 3 to 6 words in a row from one passage, trimmed of punctuation at the ends; undefined if there are none. */
export function phrase(passages: readonly string[], language: string, random: Random): string | undefined {
  const words = random.int(3, 6);
  const windows: string[] = [];
  for (const passage of passages) windows.push(...(UNSPACED.has(language) ? segmentedWindows(passage, language, words) : spacedWindows(passage, words)));
  return windows.length > 0 ? random.pick(windows) : undefined;
}

function spacedWindows(passage: string, words: number): string[] {
  const tokens = passage.split(' ');
  const out: string[] = [];
  for (let i = 0; i + words <= tokens.length; i++) {
    const window = tokens.slice(i, i + words);
    if (window.every((t) => LETTER_OR_DIGIT.test(t))) out.push(window.join(' ').replace(EDGE_PUNCTUATION, ''));
  }
  return out;
}

/** Runs of `words` word-like segments with nothing but spaces between them (no punctuation inside). */
function segmentedWindows(passage: string, language: string, words: number): string[] {
  const segments = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(passage)];
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (!segments[i]!.isWordLike) continue;
    let taken = 0;
    let j = i;
    for (; j < segments.length && taken < words; j++) {
      const s = segments[j]!;
      if (s.isWordLike) taken++;
      else if (s.segment.trim() !== '') break;
    }
    if (taken < words) continue;
    const last = segments[j - 1]!;
    const text = passage.slice(segments[i]!.index, last.index + last.segment.length);
    if ([...text].length >= 6 && [...text].length <= 30) out.push(text);
  }
  return out;
}

// ---- character runs cut at both ends ----

const SCRIPT: Record<string, RegExp> = {
  th: /\p{Script=Thai}+/gu,
  // ー (long vowel mark) and 々 (repetition mark) are in the Common script but inside Japanese words.
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+/gu,
  zh: /\p{Script=Han}+/gu,
};
const RUN_LENGTH: Record<string, [number, number]> = { th: [8, 16], ja: [5, 10], zh: [5, 10] };

/**
 * A run of characters of the script, from inside a stretch of it: at least one character of the stretch is
 * left out at either end, and the run starts and ends at a random character (grapheme) boundary.
 */
export function cutRun(passages: readonly string[], language: string, random: Random): string | undefined {
  const script = SCRIPT[language];
  const [min, max] = RUN_LENGTH[language] ?? [8, 16];
  if (!script) return undefined;
  const graphemes = new Intl.Segmenter(language, { granularity: 'grapheme' });
  const stretches = passages.flatMap((p) => p.match(script) ?? []).map((s) => [...graphemes.segment(s)].map((g) => g.segment)).filter((g) => g.length >= min + 2);
  if (stretches.length === 0) return undefined;
  // Weighted by length: every character of the article is as likely to be where the reader selects.
  let at = random.int(0, stretches.reduce((n, s) => n + s.length, 0) - 1);
  const stretch = stretches.find((s) => (at -= s.length) < 0)!;
  const length = random.int(min, Math.min(max, stretch.length - 2));
  const start = random.int(1, stretch.length - length - 1);
  return stretch.slice(start, start + length).join('');
}

// ---- single words with and without an attached prefix or particle ----

interface Attachment {
  /** Prefixes (Hebrew, Arabic) or particles after the word (Korean). */
  affixes: string[];
  suffix: boolean;
  /** Shortest plain form worth a query, in characters. */
  minLength: number;
}

function combine(...parts: string[][]): string[] {
  return parts.reduce((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']).filter((x) => x !== '');
}
const HEBREW = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'];
const ATTACHED: Record<string, Attachment> = {
  // One or two of the prefix letters (והקובץ, שבקובץ); the corpus decides which combinations exist.
  he: { affixes: [...HEBREW, ...combine(HEBREW, HEBREW)], suffix: false, minLength: 3 },
  // Conjunction, preposition, article: و ف / ب ك ل / ال, in that order; ل + ال is written لل.
  ar: { affixes: [...new Set(combine(['', 'و', 'ف'], ['', 'ب', 'ك', 'ل'], ['', 'ال']).map((p) => p.replace('لال', 'لل')))], suffix: false, minLength: 3 },
  ko: { affixes: ['은', '는', '이', '가', '을', '를', '에', '에서', '에게', '의', '로', '으로', '와', '과', '도', '만'], suffix: true, minLength: 2 },
};

const WORD = /[\p{L}\p{M}]+/gu;

function wordQueries(set: 'word-bare' | 'word-affixed', articles: readonly Article[], language: string, count: number, random: Random): Query[] {
  const attachment = ATTACHED[language];
  if (!attachment) return [];
  const tokens = articles.map((a) => new Set(a.passages.flatMap((p) => p.match(WORD) ?? []).map((w) => w.toLowerCase())));
  // How many articles have each form: a plain form counts when two articles have it on its own.
  const articlesWith = new Map<string, number>();
  for (const set of tokens) for (const t of set) articlesWith.set(t, (articlesWith.get(t) ?? 0) + 1);
  const attested = (w: string) => [...w].length >= attachment.minLength && (articlesWith.get(w) ?? 0) >= 2;
  const attach = (w: string, affix: string) => (attachment.suffix ? w + affix : affix + w);
  const strip = (t: string, a: string) => {
    if (attachment.suffix ? !t.endsWith(a) : !t.startsWith(a)) return undefined;
    return attachment.suffix ? t.slice(0, t.length - a.length) : t.slice(a.length);
  };
  /** The stems of an attached form found in the locale: הקובץ → קובץ. */
  const attestedStems = (t: string) => attachment.affixes.flatMap((a) => {
    const stem = strip(t, a);
    return stem !== undefined && attested(stem) ? [stem] : [];
  });
  // A plain form is not itself an attested stem with something attached: לקובץ is ל + קובץ, not a word.
  // (This also drops a few real words that look attached, such as הגדרות next to גדרות: fewer queries, none wrong.)
  const plain = (w: string) => attested(w) && attestedStems(w).length === 0;
  const stems = (t: string) => attestedStems(t).filter(plain);
  const queries: Query[] = [];
  for (const i of random.shuffle(articles.map((_, i) => i))) {
    if (queries.length >= count) break;
    const own = tokens[i]!;
    const candidates: string[] = [];
    for (const t of own) {
      for (const stem of stems(t)) {
        if (set === 'word-bare') {
          if (!own.has(stem)) candidates.push(stem);
        } else {
          // Another attached form of the same word, found in some article of the locale but not in this one.
          for (const a of attachment.affixes) {
            const form = attach(stem, a);
            if (form !== t && !own.has(form) && articlesWith.has(form)) candidates.push(form);
          }
        }
      }
      if (set === 'word-affixed' && plain(t)) {
        for (const a of attachment.affixes) {
          const form = attach(t, a);
          if (!own.has(form) && articlesWith.has(form)) candidates.push(form);
        }
      }
    }
    const unique = [...new Set(candidates)].sort();
    if (unique.length > 0) queries.push({ url: articles[i]!.url, query: random.pick(unique) });
  }
  return queries;
}
