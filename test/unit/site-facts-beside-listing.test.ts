/**
 * `astro dev` carries the facts rendering needs beside its article listing, without what the listing says
 * again (site-facts.ts): put back together, they must be the facts the pipeline made, or a link, a title or
 * a picture would render differently in dev than in a build.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { factsBesideListing, siteFactsFrom, type SiteFacts } from '../../src/pipeline/render/site-facts.ts';
import { projectRoot } from '../helpers/build-site.ts';

/** Facts compared as what they mean: sets of keys, titles and files (their order means nothing). */
const asSets = (f: SiteFacts) => ({
  sourceLocale: f.sourceLocale,
  articles: new Set(f.articles),
  titles: new Map(f.titles),
  files: new Set(f.files.map((file) => JSON.stringify(file))),
  shortLinkIds: new Set(f.shortLinkIds),
});

describe('site facts beside the article listing', () => {
  // The fixture site (pictures, SVG, short links, eight locales) and one with articles that cannot be
  // published (they are files, but not in the listing).
  for (const folder of ['test/fixtures/site/content', 'content', 'test/fixtures/bad-input/content-slug-empty/content']) {
    it(`give back the pipeline's facts with the listing (${folder})`, () => {
      const loaded = loadContent({ contentDir: join(projectRoot, folder), displayRoot: folder, deferRender: true });
      const listing = loaded.articles.map(({ data }) => data);
      expect(listing.length).toBeGreaterThan(0);
      const beside = factsBesideListing(loaded.facts, listing);
      // What is left out is what the listing says: no listed article's file stays beside it.
      const listedFiles = new Set(listing.map((a) => a.path.toLowerCase()));
      expect(beside.files.filter(([lower]) => listedFiles.has(lower))).toEqual([]);
      expect(beside.files.length).toBe(loaded.facts.files.length - listing.length);
      expect(asSets(siteFactsFrom(listing, beside))).toEqual(asSets(loaded.facts));
    });
  }

  it('keep a file that is not a listed article, such as an article that cannot be published', () => {
    const facts: SiteFacts = {
      sourceLocale: 'en-us',
      articles: ['en-us/a'],
      titles: [['en-us/a', 'A']],
      files: [['en-us/a.md', 'en-us/a.md', 'it is an article, not a picture'], ['en-us/broken.md', 'en-us/broken.md', 'it is an article, not a picture'], ['en-us/media/x.png', 'en-us/media/x.png']],
      shortLinkIds: ['1'],
    };
    const listing = [{ locale: 'en-us', slug: 'a', path: 'en-us/a.md', title: 'A' }];
    const beside = factsBesideListing(facts, listing);
    expect(beside.files).toEqual([facts.files[1], facts.files[2]]);
    expect(siteFactsFrom(listing, beside)).toEqual(facts);
  });
});
