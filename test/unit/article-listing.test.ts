/**
 * `astro dev`'s article listing goes through Astro's data store as columns, one entry per locale
 * (article-listing.ts): the pages must get back every article as the pipeline listed it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleListingSchema, listingColumns, listingRows } from '../../src/astro/article-listing.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { projectRoot } from '../helpers/build-site.ts';

describe('the article listing as columns', () => {
  it('gives back each article of the fixture site as it was listed, field for field, and only the listed fields', () => {
    const loaded = loadContent({ contentDir: join(projectRoot, 'test/fixtures/site/content'), displayRoot: 'content', deferRender: true });
    const articles = loaded.articles.map(({ data }) => data);
    const entries = listingColumns(articles);
    expect(entries.map((e) => e.locale).sort()).toEqual([...new Set(articles.map((a) => a.locale))].sort());
    const back = entries.flatMap(listingRows);
    const fields = Object.keys(articleListingSchema.shape);
    const listed = (a: Record<string, unknown>) => Object.fromEntries(fields.filter((f) => a[f] !== undefined).map((f) => [f, a[f]]));
    const byUrl = new Map(back.map((a) => [a.url, a]));
    expect(back).toHaveLength(articles.length);
    for (const a of articles) expect(byUrl.get(a.url)).toEqual(listed(a));
    // Each row passes the listing's schema, so the pages' types hold.
    for (const row of back) expect(articleListingSchema.safeParse(row).success).toBe(true);
  });

  it('keeps a field an article has none of absent, not undefined', () => {
    const a = { title: 'A', locale: 'nl-nl', lang: 'nl-NL', dir: 'ltr' as const, slug: 'a', url: '/nl-nl/a/', path: 'nl-nl/a.md', noindex: false, nofollow: false, priority: 'Normal' as const, hasH1: true, date: '2024-01-02' };
    const { date: _date, ...b } = { ...a, slug: 'b', url: '/nl-nl/b/', path: 'nl-nl/b.md' };
    const [entry] = listingColumns([a, b]);
    const [rowA, rowB] = listingRows(entry!);
    expect(rowA).toEqual(a);
    expect(rowB).toEqual(b);
    expect('date' in rowB!).toBe(false);
  });

  it('holds no hash, translations or excerpt: the pages never show them', () => {
    const fields = Object.keys(articleListingSchema.shape);
    for (const field of ['hash', 'sourceHash', 'translations', 'excerpt']) expect(fields).not.toContain(field);
  });
});
