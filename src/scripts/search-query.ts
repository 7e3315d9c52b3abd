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
  const seen = new Set<string>();
  const merged: { id: string; data(): Promise<{ url: string }> }[] = [];
  const add = (results: { id: string; data(): Promise<{ url: string }> }[]) => {
    for (const r of results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      merged.push(r);
    }
  };
  const unspaced = ['ja', 'zh', 'th'].includes(language) && !/\s/.test(q);
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
  const counts = new Map<string, { hits: number; first: number; result: { id: string; data(): Promise<{ url: string }> } }>();
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
