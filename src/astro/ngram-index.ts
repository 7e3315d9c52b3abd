/**
 * The trigram index (and bigram counts) of a Chinese, Japanese or Thai locale, written next to its Pagefind bundle
 * (`dist/pagefind/th-th/ngram/`), so a run of characters copied from anywhere in an article finds it (see
 * src/scripts/char-ngrams.ts for why, src/scripts/ngram-search.ts for the search).
 *
 * Files, gzip-compressed, with an extension of their own so no host serves them with a Content-Encoding
 * the code does not expect (Pagefind does the same):
 *   index.ngram    {"shards": 1024, "stop": ["การ", …], "ids": [Pagefind result id of each page, by number]}
 *   <n>.ngram      shard n: one line per trigram, `gram<TAB>page:pos,pos;page~1:pos…` (page numbers and
 *                  positions as differences from the previous one, base 36; `~1`: the first position is
 *                  in the page's title), and one per bigram, `gr<TAB>page:count;page~1:count…`: a
 *                  two-character word (設定) is looked up whole, and needs no positions
 *
 * Positions are UTF-16 offsets in the page's normalized text (char-ngrams.ts `normalize`), whose first
 * block is the title. The search UI loads the index file when it opens (about 4 bytes a page), then a
 * query loads one shard per trigram it uses. The most common trigrams (`stop`: their lists are longer than STOP_CHARS, the ~250 commonest
 * of Thai on 3,000 articles) are left out: their download would cost more than they tell.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GRAM, normalize, letterRuns, shardOf } from '../scripts/char-ngrams.ts';

export interface NgramPage {
  /** The Pagefind result id of the page (its fragment file name). */
  id: string;
  /** The page's text as a reader sees it, blocks separated by newlines, the title first. */
  text: string;
}

/**
 * Characters per shard aimed at: about 4 KB gzip, so a query of 5 trigrams costs some 20 KB. Bigger shards
 * cost readers bytes; more of them cost build time (a file each: 2,048 took 2 s to write on a busy disk).
 */
const SHARD_CHARS = 8_000;
/** Characters of a shard line per occurrence, on average (3,000 Thai articles: 3.0; Japanese: 3.5). */
const CHARS_PER_OCCURRENCE = 3.2;
/** A trigram whose list is longer than this is too common to download. */
const STOP_CHARS = 16_000;

export function writeNgramIndex(folder: string, language: string, pages: readonly NgramPage[]): { shards: number; grams: number; stop: number } {
  const occurrences = collect(pages, language);
  const { grams, titleEnds } = occurrences;
  // A bigram is the whole of a two-character word (設定, 削除): its pages and counts, never a stop.
  const bigram = (g: number) => [...grams[g]!].length < GRAM;
  const line = (g: number) => {
    const entries = occurrences.entries(g);
    return `${grams[g]}\t${bigram(g) ? encodeCounts(entries, titleEnds) : encodePostings(entries, titleEnds)}`;
  };
  // Lines are made shard by shard and written at once, so no more than one shard's are ever in memory. The
  // shard count comes from the number of occurrences (a line has about CHARS_PER_OCCURRENCE characters for
  // each), and only a trigram with many can be a stop (an occurrence costs 10 characters at most: `;`,
  // page, `:`, position), so only those lines are made twice.
  const stop: string[] = [];
  const kept: number[] = [];
  let chars = 0;
  grams.forEach((gram, g) => {
    const count = occurrences.count(g);
    if (!bigram(g) && count * 10 > STOP_CHARS && line(g).length > STOP_CHARS) stop.push(gram);
    else (chars += count * CHARS_PER_OCCURRENCE), kept.push(g);
  });
  const shards = 2 ** Math.max(0, Math.min(12, Math.round(Math.log2(chars / SHARD_CHARS))));
  const byShard: number[][] = Array.from({ length: shards }, () => []);
  for (const g of kept) byShard[shardOf(grams[g]!, shards)]!.push(g);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.ngram'), gzipSync(JSON.stringify({ shards, stop: stop.sort(), ids: pages.map((p) => p.id) })));
  byShard.forEach((ids, n) => writeFileSync(join(folder, `${n}.ngram`), gzipSync(ids.map(line).join('\n'))));
  return { shards, grams: kept.length, stop: stop.length };
}

/** One gram's occurrences, in page order, then position order: parallel lists of pages and positions. */
interface Entries {
  pages: Int32Array;
  positions: Int32Array;
}

/**
 * Every bigram and trigram occurrence of every page, in three flat typed arrays (gram, page, position),
 * then grouped by gram with a counting sort: a Map of Maps of arrays per gram and page took 500 MB and
 * 5 s for 3,000 Thai articles, this some 60 MB and a second.
 */
function collect(pages: readonly NgramPage[], language: string) {
  const ids = new Map<string, number>();
  const grams: string[] = [];
  let size = 0;
  // At most a bigram and a trigram start at each character: sized once, never grown.
  const texts = pages.map((page) => normalize(page.text));
  const most = 2 * texts.reduce((n, t) => n + t.length, 0);
  const gramOf = new Int32Array(most);
  const pageOf = pages.length <= 0xffff ? new Uint16Array(most) : new Int32Array(most);
  const positionOf = new Int32Array(most);
  const add = (gram: string, page: number, at: number) => {
    let id = ids.get(gram);
    if (id === undefined) ids.set(gram, (id = grams.push(gram) - 1));
    gramOf[size] = id;
    pageOf[size] = page;
    positionOf[size++] = at;
  };
  const titleEnds: number[] = [];
  texts.forEach((text, number) => {
    const titleEnd = text.indexOf('\n');
    titleEnds.push(titleEnd < 0 ? text.length : titleEnd);
    for (const run of letterRuns(text, language)) {
      const units = [...run.text];
      let at = run.at;
      for (let i = 0; i + 1 < units.length; i++) {
        add(units[i]! + units[i + 1]!, number, at);
        if (i + GRAM <= units.length) add(units[i]! + units[i + 1]! + units[i + 2]!, number, at);
        at += units[i]!.length;
      }
    }
  });
  // Counting sort by gram; stable, so each gram's occurrences stay in page, then position order.
  const start = new Int32Array(grams.length + 1);
  for (let k = 0; k < size; k++) start[gramOf[k]! + 1]!++;
  for (let g = 0; g < grams.length; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, grams.length);
  const order = new Int32Array(size);
  for (let k = 0; k < size; k++) order[next[gramOf[k]!]!++] = k;
  return {
    grams,
    titleEnds,
    count: (g: number) => start[g + 1]! - start[g]!,
    entries(g: number): Entries {
      const slice = order.subarray(start[g]!, start[g + 1]!);
      return { pages: Int32Array.from(slice, (k) => pageOf[k]!), positions: slice.map((k) => positionOf[k]!) };
    },
  };
}

/** `3:2;2~1:1` for pages 3 (twice) and 5 (once, in its title): the lines of bigrams, which count only. */
function encodeCounts({ pages, positions }: Entries, titleEnds: readonly number[]): string {
  const parts: string[] = [];
  let lastPage = 0;
  for (let k = 0; k < pages.length; ) {
    const page = pages[k]!;
    let count = 0;
    let inTitle = 0;
    for (; k < pages.length && pages[k] === page; k++, count++) if (positions[k]! < titleEnds[page]!) inTitle++;
    parts.push(`${(page - lastPage).toString(36)}${inTitle > 0 ? `~${inTitle}` : ''}:${count.toString(36)}`);
    lastPage = page;
  }
  return parts.join(';');
}

/** `3:0,5;2~1:7` for pages 3 (at 0 and 5) and 5 (at 7, in its title): differences keep the numbers short. */
function encodePostings({ pages, positions }: Entries, titleEnds: readonly number[]): string {
  const parts: string[] = [];
  let lastPage = 0;
  for (let k = 0; k < pages.length; ) {
    const page = pages[k]!;
    const deltas: string[] = [];
    let last = 0;
    let inTitle = 0;
    for (; k < pages.length && pages[k] === page; k++) {
      if (positions[k]! < titleEnds[page]!) inTitle++;
      deltas.push((positions[k]! - last).toString(36));
      last = positions[k]!;
    }
    parts.push(`${(page - lastPage).toString(36)}${inTitle > 0 ? `~${inTitle}` : ''}:${deltas.join(',')}`);
    lastPage = page;
  }
  return parts.join(';');
}
