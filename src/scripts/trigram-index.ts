/**
 * The trigram index of the reader's locale, when its script is written without spaces (char-ngrams.ts),
 * ready for the query strategy (search-query.ts). If the index cannot be read (a bundle from an older
 * build), search goes on with Pagefind alone.
 */
import { usesTrigrams } from './char-ngrams.ts';
import { fragmentResult } from './fragment-result.ts';
import { ngramSearcher } from './ngram-search.ts';
import type { TrigramIndex } from './search-query.ts';

export function trigramIndex(base: string, language: string): TrigramIndex | undefined {
  if (!usesTrigrams(language)) return undefined;
  const searcher = ngramSearcher(base, language);
  searcher.preload();
  return {
    find: (query) => searcher.find(query).catch(() => undefined),
    results: async (hits, query) => (await searcher.ids(hits.map((h) => h.page))).map((id) => fragmentResult(base, id, query, language)),
  };
}
