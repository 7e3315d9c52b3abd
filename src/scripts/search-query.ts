/**
 * How a reader's words become Pagefind searches. Pagefind ranks words, not phrases, so a remembered
 * sentence ("und wählen Sie dann die") scores like any page with those common words. We also run the
 * words as an exact phrase and put pages with the phrase first. For Chinese, Japanese and Thai, a copied
 * run of characters often cuts a word at either end, which then matches nothing: we retry without the first
 * and last word (Intl.Segmenter finds them).
 *
 * Self-contained on purpose (no imports, no closures): the search-quality script runs this very function in
 * the browser via its source text.
 */
export interface RankedHit {
  url: string;
  data(): Promise<unknown>;
}

export async function searchRanked(
  pagefind: { search(term: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }> },
  query: string,
  language: string,
): Promise<{ id: string; data(): Promise<{ url: string }> }[]> {
  const q = query.trim().replace(/"/g, '');
  if (q === '') return [];
  const attempts: string[] = [];
  const unspaced = ['ja', 'zh', 'th'].includes(language) && !/\s/.test(q);
  if (unspaced && typeof Intl.Segmenter !== 'undefined') {
    const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);
    attempts.push(`"${q}"`);
    if (words.length >= 3) attempts.push(`"${words.slice(1, -1).join('')}"`);
    attempts.push(q);
    if (words.length >= 3) attempts.push(words.slice(1, -1).join(' '));
  } else {
    if (q.includes(' ')) attempts.push(`"${q}"`);
    attempts.push(q);
  }
  const seen = new Set<string>();
  const merged: { id: string; data(): Promise<{ url: string }> }[] = [];
  for (const attempt of attempts) {
    const { results } = await pagefind.search(attempt);
    for (const r of results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      merged.push(r);
    }
  }
  return merged;
}
