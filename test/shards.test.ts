/**
 * Scale past one machine: shards built separately (LOCALES=…) merge into the same dist/ as one build.
 * The full build is the one global-setup made of content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../scripts/lib/merge-shards.ts';
import { filesUnder } from '../src/astro/previous-output.ts';
import { buildSite, outputRoot, sites } from './helpers/build-site.ts';

const merged = join(outputRoot, 'site-merged');

const files = (root: string) => filesUnder(root).sort();

beforeAll(() => {
  for (const [locales, out] of [['en-us', 'shard-en'], ['nl-nl', 'shard-nl']] as const) {
    const { status, output } = buildSite(sites.main.content, join(outputRoot, out), { LOCALES: locales });
    if (status !== 0) throw new Error(output);
  }
  const result = mergeShards([join(outputRoot, 'shard-en'), join(outputRoot, 'shard-nl')], merged);
  expect(result.conflicts).toEqual([]);
}, 180_000);

describe('shard builds', () => {
  it('write only their own locales’ pages', () => {
    const nl = files(join(outputRoot, 'shard-nl'));
    expect(nl).toContain('nl-nl/declined-credit-card/index.html');
    expect(nl).not.toContain('en-us/declined-credit-card/index.html');
  });

  it('merge into the same files as a single build, byte for byte, search indexes included', () => {
    const full = files(sites.main.out);
    expect(files(merged)).toEqual(full);
    const differing = full.filter((f) => !readFileSync(join(merged, f)).equals(readFileSync(join(sites.main.out, f))));
    expect(differing).toEqual([]);
  });

  it('keep every locale’s search index, one bundle each', () => {
    const languages = (locale: string) => Object.keys((JSON.parse(readFileSync(join(merged, 'pagefind', locale, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> }).languages);
    expect(languages('en-us')).toEqual(['en-us']);
    expect(languages('nl-nl')).toEqual(['nl-nl']);
  });

  it('have one sitemap, the same in every shard', () => {
    expect(readFileSync(join(merged, 'sitemap.xml'), 'utf8')).toBe(readFileSync(join(sites.main.out, 'sitemap.xml'), 'utf8'));
  });
});
