/**
 * How a reader's words become searches; the search UI and the search-quality script both run this.
 *
 * - Chinese, Japanese, Thai: a query whose words all have two characters or more is looked up in the
 *   locale's trigram index first (ngram-search.ts): the pages that have that very text, wherever the copied
 *   run starts and ends. Pagefind is not even loaded then. Anything else (a one-character word, text no
 *   page has) goes on to Pagefind below.
 * - Hebrew, Arabic: the reader's words lose their attached prefixes as the index's did (attached-prefixes.ts).
 * - Pagefind ranks words, not phrases, so a remembered sentence ("und wählen Sie dann die") scores like any
 *   page with those common words: the words also run as an exact phrase, and pages with it come first.
 *   In unspaced scripts, Pagefind's segmenter may cut a copied run where the index did not: we retry
 *   without its first and last word, then rank pages by how many of its words they have.
 */
import { stemQuery, stripsPrefixes } from './attached-prefixes.ts';
import type { NgramHit } from './ngram-search.ts';
import { letterRuns, normalize } from './char-ngrams.ts';

export interface Hit<T = unknown> {
  id: string;
  data(): Promise<T>;
}
export interface PagefindLike {
  search(term: string): Promise<{ results: Hit[] }>;
}
/** The trigram index of an unspaced locale, and how to make results of its pages. */
export interface TrigramIndex {
  find(query: string): Promise<NgramHit[] | undefined>;
  results(hits: NgramHit[], query: string): Promise<Hit[]>;
}

const UNSPACED = ['ja', 'zh', 'th'];
/** Trigram hits shown: the search UI shows 8; each needs its page's id fetched. */
const TRIGRAM_RESULTS = 10;

export async function searchRanked(pagefind: () => Promise<PagefindLike>, query: string, language: string, trigrams?: TrigramIndex): Promise<Hit[]> {
  const q = query.trim().replace(/"/g, '');
  if (q === '') return [];
  if (trigrams && trigramsFit(q, language)) {
    const hits = await trigrams.find(q);
    if (hits && hits.length > 0) return trigrams.results(hits.slice(0, TRIGRAM_RESULTS), q);
  }
  return pagefindRanked(await pagefind(), stripsPrefixes(language) ? stemQuery(q, language) : q, language);
}

/** True when every word of the query can be looked up in the trigram index: two characters or more. */
function trigramsFit(q: string, language: string): boolean {
  const runs = letterRuns(normalize(q), language);
  return runs.length > 0 && runs.every((r) => [...r.text].length >= 2);
}

async function pagefindRanked(pagefind: PagefindLike, q: string, language: string): Promise<Hit[]> {
  const seen = new Set<string>();
  const merged: Hit[] = [];
  const add = (results: Hit[]) => {
    for (const r of results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      merged.push(r);
    }
  };
  const unspaced = UNSPACED.includes(language) && !/\s/.test(q);
  if (!unspaced || typeof Intl.Segmenter === 'undefined') {
    if (q.includes(' ')) add((await pagefind.search(`"${q}"`)).results);
    add((await pagefind.search(q)).results);
    return merged;
  }
  const segments = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);
  const inner = segments.length >= 3 ? segments.slice(1, -1) : segments;
  // 1. The run as an exact phrase, then without its (maybe cut) first and last words.
  add((await pagefind.search(`"${q}"`)).results);
  if (inner !== segments) add((await pagefind.search(`"${inner.join('')}"`)).results);
  // 2. Count, per page, how many of the words it contains.
  const counts = new Map<string, { hits: number; first: number; result: Hit }>();
  let order = 0;
  // All words count here, the edge ones too: a cut word simply matches nothing.
  for (const word of segments.filter((w) => w.length >= 2).slice(0, 8)) {
    for (const r of (await pagefind.search(word)).results) {
      const entry = counts.get(r.id) ?? { hits: 0, first: order++, result: r };
      entry.hits++;
      counts.set(r.id, entry);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.hits - a.hits || a.first - b.first);
  // 3. Pagefind's own reading of the run, then pages with several of the words, then single-word matches.
  add((await pagefind.search(q)).results);
  add(ranked.filter((c) => c.hits >= 2).map((c) => c.result));
  add(ranked.map((c) => c.result));
  return merged;
}
