/** How the query strategy turns a reader's words into searches: which index, and what it asks Pagefind. */
import { describe, expect, it } from 'vitest';
import { searchRanked, type Hit, type PagefindLike, type TrigramIndex } from '../../src/scripts/search-query.ts';
import type { NgramHit } from '../../src/scripts/ngram-search.ts';

const hit = (id: string): Hit => ({ id, data: async () => ({ url: `/${id}/` }) });

/** A Pagefind that records the terms it is asked for and finds one page per term. */
function fakePagefind() {
  const terms: string[] = [];
  let loaded = 0;
  const pagefind: PagefindLike = { search: async (term) => (terms.push(term), { results: [hit(`pf:${term}`)] }) };
  return { terms, loads: () => loaded, load: async () => (loaded++, pagefind) };
}

function fakeTrigrams(pages: number[]): TrigramIndex & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    find: async (query) => (asked.push(query), pages.map((page): NgramHit => ({ page, score: 1 }))),
    results: async (hits) => hits.map((h) => hit(`ngram:${h.page}`)),
  };
}

describe('searchRanked', () => {
  it('answers a Thai run from the trigram index alone, without loading Pagefind', async () => {
    const pagefind = fakePagefind();
    const trigrams = fakeTrigrams([4, 2]);
    const results = await searchRanked(pagefind.load, 'ระเงินด้วยบัตรเครดิตแต่บั', 'th', trigrams);
    expect(results.map((r) => r.id)).toEqual(['ngram:4', 'ngram:2']);
    expect(pagefind.loads()).toBe(0);
  });

  it('goes on to Pagefind when the trigram index has no page, or a word has one character', async () => {
    const none = fakePagefind();
    await searchRanked(none.load, 'ไม่มีข้อความนี้', 'th', fakeTrigrams([]));
    expect(none.loads()).toBe(1);
    const short = fakePagefind();
    const trigrams = fakeTrigrams([1]);
    const results = await searchRanked(short.load, '株 Azure', 'ja', trigrams);
    expect(trigrams.asked).toEqual([]);
    expect(results.map((r) => r.id)).toContain('pf:株 Azure');
    expect((await searchRanked(short.load, '設定', 'ja', trigrams)).map((r) => r.id)).toEqual(['ngram:1']);
  });

  it('asks Pagefind for Hebrew and Arabic words without their prefixes, as the index has them', async () => {
    const he = fakePagefind();
    await searchRanked(he.load, 'פתח את הקובץ', 'he');
    expect(he.terms).toEqual(['"פתח את קובץ"', 'פתח את קובץ']);
    const ar = fakePagefind();
    await searchRanked(ar.load, 'لعرض', 'ar');
    expect(ar.terms).toEqual(['عرض']);
  });

  it('runs the words of other languages as they are, as a phrase first', async () => {
    const nl = fakePagefind();
    const results = await searchRanked(nl.load, 'wachtwoord opnieuw', 'nl');
    expect(nl.terms).toEqual(['"wachtwoord opnieuw"', 'wachtwoord opnieuw']);
    expect(results.map((r) => r.id)).toEqual(['pf:"wachtwoord opnieuw"', 'pf:wachtwoord opnieuw']);
  });
});
