/** Trigrams of unspaced scripts: one normalization and one way to cover a run, for the indexer and the browser. */
import { describe, expect, it } from 'vitest';
import { coveringGrams, letterRuns, normalize, shardOf } from '../../src/scripts/char-ngrams.ts';

describe('normalize', () => {
  it('folds what looks the same but is typed differently', () => {
    // Thai SARA AM typed as one character, and as the corpus writes it (NIKHAHIT + SARA AA).
    expect(normalize('ดำเนินการ')).toBe(normalize('ดําเนินการ'));
    expect(normalize('Ｏｆｆｉｃｅ ｶﾀｶﾅ')).toBe('office カタカナ');
    expect(normalize('บัตร\u200bเครดิต\u200e')).toBe('บัตรเครดิต');
  });
});

describe('letterRuns', () => {
  it('finds the runs of letters and digits, Latin ones too, with their offsets, only for unspaced languages', () => {
    expect(letterRuns('microsoft 365 の管理センター。', 'ja')).toEqual([
      { at: 0, text: 'microsoft' },
      { at: 10, text: '365' },
      { at: 14, text: 'の管理センター' },
    ]);
    expect(letterRuns('microsoft', 'nl')).toEqual([]);
  });
});

describe('coveringGrams', () => {
  it('covers every character of a run with about a third of its trigrams, each at its offset', () => {
    const run = 'ระเงินด้วยบัตรเครดิต';
    const grams = coveringGrams(run);
    expect(grams.length).toBe(Math.ceil([...run].length / 3));
    const covered = new Set(grams.flatMap(({ offset }) => [offset, offset + 1, offset + 2]));
    expect([...run].every((_, i) => covered.has(i))).toBe(true);
    for (const { gram, offset } of grams) expect(run.slice(offset, offset + 3)).toBe(gram);
  });

  it('counts offsets in UTF-16 units, as positions in the index are', () => {
    expect(coveringGrams('𠮷野家です')).toEqual([
      { gram: '𠮷野家', offset: 0 },
      { gram: '家です', offset: 3 },
    ]);
  });

  it('goes round trigrams too common to be indexed, and has none for a run shorter than three', () => {
    expect(coveringGrams('abcdef', new Set(['abc']))).toEqual([
      { gram: 'bcd', offset: 1 },
      { gram: 'def', offset: 3 },
    ]);
    expect(coveringGrams('abc', new Set(['abc']))).toEqual([]);
    expect(coveringGrams('ab')).toEqual([]);
  });
});

describe('shardOf', () => {
  it('spreads trigrams over the shards, the same way every time', () => {
    const thai = [...'กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอ'];
    const counts = new Array<number>(16).fill(0);
    for (const a of thai) for (const b of thai) counts[shardOf(`${a}${b}า`, 16)]!++;
    // 961 trigrams, 60 a shard on average.
    expect(Math.min(...counts)).toBeGreaterThan(30);
    expect(Math.max(...counts)).toBeLessThan(90);
    expect(shardOf('การ', 1024)).toBe(shardOf('การ', 1024));
  });
});
