/**
 * The trigram index of a Chinese, Japanese or Thai locale, written next to its Pagefind bundle
 * (`dist/pagefind/th-th/ngram/`), so a run of characters copied from anywhere in an article finds it (see
 * src/scripts/char-ngrams.ts for why, src/scripts/ngram-search.ts for the search).
 *
 * Files, gzip-compressed, with an extension of their own so no host serves them with a Content-Encoding
 * the code does not expect (Pagefind does the same):
 *   index.ngram    {"shards": 1024, "idsPerFile": 64, "stop": ["การ", …]}
 *   ids-<k>.ngram  the Pagefind result ids of pages 64k to 64k + 63, one per line
 *   <n>.ngram      shard n: one line per trigram, `gram<TAB>page:pos,pos;page~1:pos…` (page numbers and
 *                  positions as differences from the previous one, base 36; `~1`: the first position is
 *                  in the page's title)
 *
 * Positions are UTF-16 offsets in the page's normalized text (char-ngrams.ts `normalize`), whose first
 * block is the title. A query loads the index file, one shard per trigram it uses and the ids of the pages
 * it shows. The most common trigrams (`stop`: their lists are longer than STOP_CHARS, the ~250 commonest
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

/** Characters of text per shard aimed at: about 2 KB gzip, so a query of 5 trigrams costs some 10 KB. */
const SHARD_CHARS = 4_000;
/** A trigram whose list is longer than this is too common to download. */
const STOP_CHARS = 16_000;
export const IDS_PER_FILE = 64;

export function writeNgramIndex(folder: string, language: string, pages: readonly NgramPage[]): { shards: number; grams: number; stop: number } {
  const postings = new Map<string, Map<number, number[]>>();
  const titleEnds: number[] = [];
  pages.forEach((page, number) => {
    const text = normalize(page.text);
    const titleEnd = text.indexOf('\n');
    titleEnds.push(titleEnd < 0 ? text.length : titleEnd);
    for (const run of letterRuns(text, language)) {
      const units = [...run.text];
      let at = run.at;
      for (let i = 0; i + GRAM <= units.length; i++) {
        const gram = units[i]! + units[i + 1]! + units[i + 2]!;
        let byPage = postings.get(gram);
        if (!byPage) postings.set(gram, (byPage = new Map()));
        let positions = byPage.get(number);
        if (!positions) byPage.set(number, (positions = []));
        positions.push(at);
        at += units[i]!.length;
      }
    }
  });
  const stop: string[] = [];
  const lines: string[] = [];
  for (const [gram, byPage] of postings) {
    const line = `${gram}\t${encodePostings(byPage, titleEnds)}`;
    if (line.length > STOP_CHARS) stop.push(gram);
    else lines.push(line);
  }
  const chars = lines.reduce((n, l) => n + l.length, 0);
  const shards = 2 ** Math.max(0, Math.min(12, Math.round(Math.log2(chars / SHARD_CHARS))));
  const byShard: string[][] = Array.from({ length: shards }, () => []);
  for (const line of lines) byShard[shardOf(line.slice(0, line.indexOf('\t')), shards)]!.push(line);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.ngram'), gzipSync(JSON.stringify({ shards, idsPerFile: IDS_PER_FILE, stop: stop.sort() })));
  for (let k = 0; k * IDS_PER_FILE < pages.length; k++) {
    writeFileSync(join(folder, `ids-${k}.ngram`), gzipSync(pages.slice(k * IDS_PER_FILE, (k + 1) * IDS_PER_FILE).map((p) => p.id).join('\n')));
  }
  byShard.forEach((shard, n) => writeFileSync(join(folder, `${n}.ngram`), gzipSync(shard.join('\n'))));
  return { shards, grams: lines.length, stop: stop.length };
}

/** `3:0,5;2~1:7` for pages 3 (at 0 and 5) and 5 (at 7, in its title): differences keep the numbers short. */
function encodePostings(byPage: Map<number, number[]>, titleEnds: readonly number[]): string {
  let lastPage = 0;
  const parts: string[] = [];
  for (const [page, positions] of byPage) {
    let last = 0;
    const deltas = positions.map((p) => {
      const d = p - last;
      last = p;
      return d.toString(36);
    });
    const inTitle = positions.filter((p) => p < titleEnds[page]!).length;
    parts.push(`${(page - lastPage).toString(36)}${inTitle > 0 ? `~${inTitle}` : ''}:${deltas.join(',')}`);
    lastPage = page;
  }
  return parts.join(';');
}
