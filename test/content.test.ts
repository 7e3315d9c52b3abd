/** The project's own content: the seed stays byte for byte, and everything in content/ loads cleanly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitBlobHash } from '../src/pipeline/git-blob-hash.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { projectRoot } from './helpers/build-site.ts';

const contentDir = join(projectRoot, 'content');

describe('content/', () => {
  it('holds the Dutch seed article byte for byte (git blob of shared/seed/000_5bb239355f9c3273.txt)', () => {
    expect(gitBlobHash(readFileSync(join(contentDir, 'nl-nl/declined-credit-card.md')))).toBe('0beb2ac243a837cba7fcad41c5cd73fd1fa1beb0');
  });

  it('loads with no problem at all, and every internal link finds its article', () => {
    const loaded = loadContent({ contentDir, displayRoot: 'content' });
    expect(loaded.diagnostics).toEqual([]);
    const broken = loaded.articles.flatMap((a) => a.data.links.filter((l) => l.kind === 'article' && !l.found).map((l) => `${a.data.path}: ${l.original}`));
    expect(broken).toEqual([]);
  });

  it('has an article only in en-us, an HT translation and links to sections of other articles', () => {
    const { articles } = loadContent({ contentDir, displayRoot: 'content' });
    const nl = new Set(articles.filter((a) => a.data.locale === 'nl-nl').map((a) => a.data.slug));
    expect(articles.filter((a) => a.data.locale === 'en-us' && !nl.has(a.data.slug)).map((a) => a.data.slug)).toEqual(['request-a-refund']);
    expect(articles.filter((a) => a.data.translationType === 'HT').map((a) => a.data.path)).toEqual(['nl-nl/update-payment-method.md']);
    expect(articles.flatMap((a) => a.data.links).filter((l) => l.kind === 'article' && l.fragment).length).toBeGreaterThan(2);
  });
});
