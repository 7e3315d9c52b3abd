/** The search-quality report: one row per locale and query set, as a Markdown table and as JSON. */
export interface SetResult {
  locale: string;
  set: string;
  queries: number;
  /** The article in the top 5 of the reader's own results. */
  top5: number;
  /** The article anywhere in them. */
  found: number;
  /** Candidates left out because their text is in more than 5 articles. */
  ambiguous: number;
  misses: { url: string; query: string; got: string[] }[];
}

/** Which figure a set is judged by: known items by the top 5, single words by recall. */
export const judgedBy = (set: string) => (set.startsWith('word') ? 'found' : 'top5');

const percent = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);

export function markdownTable(results: readonly SetResult[]): string {
  const rows = results.map((r) => {
    const main = judgedBy(r.set) === 'found' ? `${percent(r.found, r.queries)} found` : `${percent(r.top5, r.queries)} top 5`;
    return `| ${r.locale} | ${r.set} | ${r.queries} | ${main} | ${percent(r.top5, r.queries)} | ${percent(r.found, r.queries)} | ${r.ambiguous} |`;
  });
  return ['| locale | query set | queries | judged by | in top 5 | found at all | skipped (in > 5 articles) |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
