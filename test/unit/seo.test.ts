import { describe, expect, it } from 'vitest';
import { absolute, alternatesFor, canonicalFor, robotsTxt } from '../../src/pipeline/seo.ts';

const site = 'https://help.example.com';
const en = { locale: 'en-us', tag: 'en-US', url: '/en-us/declined-credit-card/' };
const nl = { locale: 'nl-nl', tag: 'nl-NL', url: '/nl-nl/declined-credit-card/' };
const de = { locale: 'de-de', tag: 'de-DE', url: '/de-de/declined-credit-card/' };

describe('hreflang alternates', () => {
  it('link every real translation, and x-default to the source', () => {
    expect(alternatesFor(nl, [en, de], 'en-us', site)).toEqual([
      { hreflang: 'de-DE', href: 'https://help.example.com/de-de/declined-credit-card/' },
      { hreflang: 'en-US', href: 'https://help.example.com/en-us/declined-credit-card/' },
      { hreflang: 'nl-NL', href: 'https://help.example.com/nl-nl/declined-credit-card/' },
      { hreflang: 'x-default', href: 'https://help.example.com/en-us/declined-credit-card/' },
    ]);
  });

  it('are absent for an article in one language only', () => {
    expect(alternatesFor(en, [], 'en-us', site)).toEqual([]);
  });

  it('have no x-default when no source exists', () => {
    expect(alternatesFor(nl, [de], 'en-us', site).map((a) => a.hreflang)).toEqual(['de-DE', 'nl-NL']);
  });
});

describe('canonical links', () => {
  it('point a page at itself, and a fallback page at the source it shows', () => {
    expect(canonicalFor(nl, site)).toBe('https://help.example.com/nl-nl/declined-credit-card/');
    expect(canonicalFor({ url: '/nl-nl/request-a-refund/' }, site, { url: '/en-us/request-a-refund/' })).toBe('https://help.example.com/en-us/request-a-refund/');
  });
});

describe('robots.txt', () => {
  it('points at the sitemap index and keeps crawlers out of short-link pages', () => {
    expect(robotsTxt(site, true)).toBe('User-agent: *\nDisallow: /fwlink/\nDisallow: /l10n/\n\nSitemap: https://help.example.com/sitemap.xml\n');
  });

  it('names no sitemap when the site has none (no article is indexable)', () => {
    expect(robotsTxt(site, false)).toBe('User-agent: *\nDisallow: /fwlink/\nDisallow: /l10n/\n');
  });
});

describe('absolute URLs', () => {
  // The quick way for plain paths must give what the URL standard gives, for every site and path.
  const sites = ['https://help.example.com', 'https://help.example.com/', 'https://Help.Example.COM:443/', 'http://127.0.0.1:4321/', 'https://example.com/docs/help/', 'https://user:pw@example.com/base'];
  const paths = [
    '/nl-nl/declined-credit-card/',
    '/',
    '/sitemap.xml',
    '/ja-jp/A_b~c.d-e/',
    '/nl-nl/café/',
    '/nl-nl/a b/',
    '//evil.example/x/',
    '/./nl-nl/',
    '/nl-nl/../en-us/',
    '/nl-nl/.',
    '/nl-nl/..',
    '/nl-nl/.hidden/',
    '/nl-nl/a..b/',
    '/%41%zz/',
    '/a?b=c#d',
    '/a#frag',
    '/a//b/',
    'relative/path/',
    '/a\\b/',
  ];
  for (const site of sites) {
    it(`resolves every path as new URL does against ${site}`, () => {
      for (const path of paths) expect([path, absolute(site, path)]).toEqual([path, new URL(path, site).href]);
    });
  }
});
