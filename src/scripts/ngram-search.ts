/**
 * Exact search for runs of Chinese, Japanese or Thai text in a locale's trigram index (written by
 * src/astro/ngram-index.ts next to the Pagefind bundle). Each run of letters in the query (three
 * characters or more) is looked up by the few trigrams that cover it (char-ngrams.ts `coveringGrams`); a
 * page matches when, for every run, those trigrams sit at their offsets from one position. A word of two
 * characters (設定) is looked up by its bigram, which the index counts per page. So a run copied
 * from the middle of a sentence finds its page whatever words it cuts. Files are fetched once and kept for
 * the next keystroke; the index file (shard count, stop trigrams, page ids) when the search UI opens.
 *
 * Ranking: pages with the runs in the order and spacing the reader typed first, then pages with one of them
 * in their title, then by how often they have them.
 */
import { coveringGrams, normalize, letterRuns, shardOf } from './char-ngrams.ts';
import { fetchText } from './fetch-gzip.ts';

export interface NgramHit {
  /** The page's number in the index (ids(): its Pagefind result id). */
  page: number;
  score: number;
}

interface IndexFile {
  shards: number;
  stop: string[];
  /** The Pagefind result id of each page, by number. */
  ids: string[];
}

/** `3:0,5;2~1:7` → page 3 at 0 and 5; page 5 at 7, which is in its title (the index stores differences). */
function decodePostings(line: string): Map<number, { at: number[]; inTitle: number }> {
  const pages = new Map<number, { at: number[]; inTitle: number }>();
  let page = 0;
  for (const part of line.split(';')) {
    const [head = '', list = ''] = part.split(':');
    const [delta = '0', inTitle = '0'] = head.split('~');
    page += parseInt(delta, 36);
    let at = 0;
    pages.set(page, { at: list.split(',').map((d) => (at += parseInt(d, 36))), inTitle: Number(inTitle) });
  }
  return pages;
}

/**
 * Where a run starts on each page that has it all: the positions of its first trigram from which every
 * other one sits at its offset (offsets count from the start of the run; the first trigram used need not
 * be there, when the run starts with stop trigrams). `inTitle`: how many of those starts are in the title.
 */
function runStarts(grams: { offset: number; pages: Map<number, { at: number[]; inTitle: number }> }[]) {
  const [first, ...rest] = grams;
  const out = new Map<number, { starts: number[]; count: number; inTitle: number }>();
  for (const [page, { at, inTitle }] of first!.pages) {
    const others = rest.map((g) => ({ offset: g.offset - first!.offset, at: new Set(g.pages.get(page)?.at) }));
    const ok = at.map((p, i) => ({ i, p })).filter(({ p }) => others.every((o) => o.at.has(p + o.offset)));
    if (ok.length > 0) out.set(page, { starts: ok.map(({ p }) => p - first!.offset), count: ok.length, inTitle: ok.filter(({ i }) => i < inTitle).length });
  }
  return out;
}

export function ngramSearcher(base: string, language: string) {
  const files = new Map<string, Promise<string>>();
  const file = (name: string) => {
    let text = files.get(name);
    if (!text) files.set(name, (text = fetchText(`${base}ngram/${name}.ngram`)));
    return text;
  };
  let parsed: Promise<IndexFile> | undefined;
  const index = () => (parsed ??= file('index').then((text) => JSON.parse(text) as IndexFile));
  const shards = new Map<number, Promise<Map<string, string>>>();
  const shard = (n: number) => {
    let lines = shards.get(n);
    if (!lines) shards.set(n, (lines = file(String(n)).then((text) => new Map(text.split('\n').map((l) => [l.slice(0, l.indexOf('\t')), l.slice(l.indexOf('\t') + 1)])))));
    return lines;
  };

  return {
    /** Loads the index file ahead of the first query (the search UI calls it when it opens). */
    preload: () => void index().catch(() => undefined),

    /**
     * Pages with every run of letters in the query, best first; undefined when the index cannot check the
     * query: a one-letter word, a run of stop trigrams only, or a two-letter word among others.
     */
    async find(query: string): Promise<NgramHit[] | undefined> {
      const { shards: count, stop } = await index();
      const stops = new Set(stop);
      // Spaces as the index has them: one between words, whatever the reader typed.
      const text = normalize(query).replace(/\s+/g, ' ').trim();
      // A two-character word is looked up whole (its bigram); longer runs by the trigrams that cover them.
      const runs = letterRuns(text, language).map((r) => ({ at: r.at, pair: [...r.text].length === 2 ? r.text : undefined, grams: coveringGrams(r.text, stops) }));
      // Several words are checked where they stand, one after the other, which a bigram's counts or a run of
      // stop trigrams cannot be: such a query (ใน Teams การ) is better left to Pagefind's phrase search.
      const checked = (r: (typeof runs)[number]) => (r.pair !== undefined ? runs.length === 1 : r.grams.length > 0);
      if (runs.length === 0 || !runs.every(checked)) return undefined;
      const keys = runs.flatMap((r) => (r.pair !== undefined ? [r.pair] : r.grams.map((g) => g.gram)));
      const lines = new Map<string, string | undefined>();
      await Promise.all(keys.map(async (key) => lines.set(key, (await shard(shardOf(key, count))).get(key))));
      if ([...lines.values()].includes(undefined)) return [];
      // Per run, the pages that have it: where it starts (trigram runs), how often, how often in the title.
      const found = runs.map((run) => ({
        at: run.at,
        positional: run.pair === undefined,
        pages:
          run.pair !== undefined
            ? new Map([...decodePostings(lines.get(run.pair)!)].map(([page, { at, inTitle }]) => [page, { starts: [] as number[], count: at[0]!, inTitle }]))
            : runStarts(run.grams.map(({ gram, offset }) => ({ offset, pages: decodePostings(lines.get(gram)!) }))),
      }));
      const [smallest] = [...found].sort((a, b) => a.pages.size - b.pages.size);
      const positional = found.filter((r) => r.positional);
      const hits: NgramHit[] = [];
      for (const page of smallest!.pages.keys()) {
        const places = found.map((r) => r.pages.get(page));
        if (places.includes(undefined)) continue;
        // The runs as the reader typed them, one after the other, rank above the same runs apart.
        const [first, ...rest] = positional.map((r) => ({ shift: r.at, starts: r.pages.get(page)!.starts }));
        const phrase = !first || first.starts.some((p) => rest.every((r) => r.starts.includes(p + r.shift - first.shift)));
        const title = places.some((p) => p!.inTitle > 0);
        const tf = places.reduce((n, p) => n + p!.count, 0);
        hits.push({ page, score: (phrase ? 2000 : 0) + (title ? 1000 : 0) + tf });
      }
      return hits.sort((a, b) => b.score - a.score || a.page - b.page);
    },

    /** The Pagefind result ids of some pages. */
    async ids(pages: readonly number[]): Promise<string[]> {
      const { ids } = await index();
      return pages.map((page) => ids[page]!);
    },
  };
}

export type NgramSearcher = ReturnType<typeof ngramSearcher>;
