/**
 * Exact search for runs of Chinese, Japanese or Thai text in a locale's trigram index (written by
 * src/astro/ngram-index.ts next to the Pagefind bundle). Each run of the script in the query (three
 * characters or more) is looked up by the few trigrams that cover it (char-ngrams.ts `coveringGrams`); a
 * page matches when, for every run, those trigrams sit at their offsets from one position. So a run copied
 * from the middle of a sentence finds its page whatever words it cuts. Files are fetched once and kept for
 * the next keystroke.
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
  idsPerFile: number;
  stop: string[];
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
  const out = new Map<number, { starts: number[]; inTitle: number }>();
  for (const [page, { at, inTitle }] of first!.pages) {
    const others = rest.map((g) => ({ offset: g.offset - first!.offset, at: new Set(g.pages.get(page)?.at) }));
    const ok = at.map((p, i) => ({ i, p })).filter(({ p }) => others.every((o) => o.at.has(p + o.offset)));
    if (ok.length > 0) out.set(page, { starts: ok.map(({ p }) => p - first!.offset), inTitle: ok.filter(({ i }) => i < inTitle).length });
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
  const index = () => file('index').then((text) => JSON.parse(text) as IndexFile);
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
     * Pages with every run of the script in the query, best first; undefined when the query has no run
     * the index can look up (shorter than three characters, or only stop trigrams).
     */
    async find(query: string): Promise<NgramHit[] | undefined> {
      const { shards: count, stop } = await index();
      const stops = new Set(stop);
      // Spaces as the index has them: one between words, whatever the reader typed.
      const text = normalize(query).replace(/\s+/g, ' ').trim();
      const runs = letterRuns(text, language).map((r) => ({ at: r.at, grams: coveringGrams(r.text, stops) })).filter((r) => r.grams.length > 0);
      if (runs.length === 0) return undefined;
      const lines = new Map<string, string | undefined>();
      await Promise.all(runs.flatMap((r) => r.grams).map(async ({ gram }) => lines.set(gram, (await shard(shardOf(gram, count))).get(gram))));
      if ([...lines.values()].includes(undefined)) return [];
      // Where each run starts on each page that has it, and how often it starts in the title.
      const found = runs.map((run) => ({ at: run.at, pages: runStarts(run.grams.map(({ gram, offset }) => ({ offset, pages: decodePostings(lines.get(gram)!) }))) }));
      const [first, ...rest] = found;
      const hits: NgramHit[] = [];
      for (const [page, { starts, inTitle }] of first!.pages) {
        const others = rest.map((r) => ({ shift: r.at - first!.at, place: r.pages.get(page) }));
        if (others.some((o) => o.place === undefined)) continue;
        // The runs as the reader typed them, one after the other, rank above the same runs apart.
        const phrase = starts.some((p) => others.every((o) => o.place!.starts.includes(p + o.shift)));
        const title = inTitle > 0 || others.some((o) => o.place!.inTitle > 0);
        const tf = starts.length + others.reduce((n, o) => n + o.place!.starts.length, 0);
        hits.push({ page, score: (phrase ? 2000 : 0) + (title ? 1000 : 0) + tf });
      }
      return hits.sort((a, b) => b.score - a.score || a.page - b.page);
    },

    /** The Pagefind result ids of some pages (a file per 64 pages, fetched as needed). */
    async ids(pages: readonly number[]): Promise<string[]> {
      const { idsPerFile } = await index();
      return Promise.all(pages.map(async (page) => (await file(`ids-${Math.floor(page / idsPerFile)}`)).split('\n')[page % idsPerFile]!));
    },
  };
}

export type NgramSearcher = ReturnType<typeof ngramSearcher>;
