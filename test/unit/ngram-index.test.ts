/**
 * The trigram index, written as the build writes it and searched as the browser searches it (fetch reads
 * the files written here): a run of text finds the pages that have it, whatever words it cuts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeNgramIndex } from '../../src/astro/ngram-index.ts';
import { ngramSearcher } from '../../src/scripts/ngram-search.ts';

const work = mkdtempSync(join(tmpdir(), 'help-ngram-'));
const pages = [
  { id: 'th-th_card', text: 'บัตรเครดิตถูกปฏิเสธ\nหากคุณชำระเงินด้วยบัตรเครดิตแต่บัตรของคุณถูกปฏิเสธ' },
  // Every trigram that covers เงินด้วยบัตร, none of them where they would be in it.
  { id: 'th-th_scattered', text: 'อื่น ๆ\nเงินด้วยกัน ช่วยบอก บัตร' },
  { id: 'th-th_title', text: 'ชำระเงินด้วยบัตรเครดิต\nวิธีการ' },
  { id: 'th-th_apart', text: 'เครดิต\nบัตร ของ เครดิต' },
];
let fetched: string[] = [];

beforeAll(() => {
  writeNgramIndex(join(work, 'pagefind/th-th/ngram'), 'th', pages);
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(readFileSync(join(work, url)));
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(work, { recursive: true, force: true });
});

async function find(query: string) {
  const searcher = ngramSearcher('/pagefind/th-th/', 'th');
  const hits = await searcher.find(query);
  return hits && searcher.ids(hits.map((h) => h.page));
}

describe('the trigram index', () => {
  it('finds the page with a run cut inside a word at both ends, and not a page with its trigrams elsewhere', async () => {
    expect(await find('ระเงินด้วยบัตรเครดิตแต่บั')).toEqual(['th-th_card']);
    expect(await find('เงินด้วยบัตร')).toEqual(['th-th_title', 'th-th_card']);
  });

  it('puts the page with the text in its title first', async () => {
    expect((await find('เงินด้วยบัตรเครดิต'))?.[0]).toBe('th-th_title');
  });

  it('matches SARA AM however it was typed', async () => {
    expect(await find('ชําระเงิน')).toEqual(['th-th_title', 'th-th_card']);
  });

  it('ranks the words in the order and spacing the reader typed them above the same words apart', async () => {
    // th-th_card has บัตรของ, no space between; th-th_apart has บัตร ของ as typed.
    expect(await find('บัตร ของ')).toEqual(['th-th_apart', 'th-th_card']);
    // Words apart still find the page, as long as it has every one of them.
    expect((await find('ปฏิเสธ ของ'))).toEqual(['th-th_card']);
  });

  it('looks a two-character word up whole, title first, then by how often a page has it', async () => {
    expect(await find('ชำ')).toEqual(['th-th_title', 'th-th_card']);
    expect(await find('บั')).toEqual(['th-th_card', 'th-th_title', 'th-th_scattered', 'th-th_apart']);
  });

  it('finds nothing for text no page has, and leaves to Pagefind what it cannot check where it stands', async () => {
    expect(await find('ไม่มีข้อความนี้')).toEqual([]);
    expect(await find('หจ')).toEqual([]);
    expect(await find('ไ')).toBeUndefined();
    // A two-letter word among others: the bigram says how often, not where.
    expect(await find('บัตร ของ คุ')).toBeUndefined();
  });

  it('loads the index file, a shard per trigram and the page ids, each once', async () => {
    fetched = [];
    const searcher = ngramSearcher('/pagefind/th-th/', 'th');
    await searcher.find('ระเงินด้วยบัตรเครดิตแต่บั');
    await searcher.find('ระเงินด้วยบัตรเครดิตแต่บั');
    expect(fetched.filter((u) => u.endsWith('/index.ngram'))).toHaveLength(1);
    expect(new Set(fetched).size).toBe(fetched.length);
    const shards = readdirSync(join(work, 'pagefind/th-th/ngram')).filter((f) => /^\d+\.ngram$/.test(f));
    expect(fetched.length - 1).toBeLessThan(shards.length + 1);
  });
});
