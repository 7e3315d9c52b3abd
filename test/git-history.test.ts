/** Outdated translations from real git history, in a repository the test makes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitBlobHash } from '../src/pipeline/git-blob-hash.ts';
import { readSourceHistory } from '../src/pipeline/git-history.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { outputRoot } from './helpers/build-site.ts';
import { makeHistoryRepo, SOURCE_V1, SOURCE_V2 } from './helpers/git-fixture.ts';

const content = makeHistoryRepo(join(outputRoot, 'history-unit'));
const v1 = gitBlobHash(new TextEncoder().encode(SOURCE_V1));

describe('source history', () => {
  it('tells when the source changed after the translated version', () => {
    expect(readSourceHistory(content, 'en-us').changedSince('en-us/card.md', v1)).toBe('2024-03-05');
  });

  it('knows nothing of the current version, of a hash git never saw, or outside a repository', () => {
    expect(readSourceHistory(content, 'en-us').changedSince('en-us/card.md', gitBlobHash(new TextEncoder().encode(SOURCE_V2)))).toBeUndefined();
    expect(readSourceHistory(content, 'en-us').changedSince('en-us/card.md', '47b5fb62d613dca665c0151baa31c2fea08db610')).toBeUndefined();
    expect(readSourceHistory('/', 'en-us').changedSince('en-us/card.md', v1)).toBeUndefined();
  });

  it('marks the Dutch translation as outdated since that date', () => {
    const { articles } = loadContent({ contentDir: content, displayRoot: 'content' });
    expect(articles.find((a) => a.data.locale === 'nl-nl')?.data.sourceChangedOn).toBe('2024-03-05');
    expect(articles.find((a) => a.data.locale === 'en-us')?.data.sourceChangedOn).toBeUndefined();
  });
});

describe('source history of files whose names git would quote', () => {
  // `git log` writes "caf\303\251.md" and "it's a \"card\".md" unless asked for -z: the notice went missing.
  for (const name of ['café.md', 'it\'s a "card".md', 'Ελληνικά κάρτα.md']) {
    it(`tells when ${name} changed, and marks its translation outdated`, () => {
      const dir = makeHistoryRepo(join(outputRoot, `history-${gitBlobHash(new TextEncoder().encode(name)).slice(0, 8)}`), name);
      expect(readSourceHistory(dir, 'en-us').changedSince(`en-us/${name}`, v1)).toBe('2024-03-05');
      const { articles } = loadContent({ contentDir: dir, displayRoot: 'content' });
      expect(articles.find((a) => a.data.locale === 'nl-nl')?.data.sourceChangedOn).toBe('2024-03-05');
    });
  }
});
