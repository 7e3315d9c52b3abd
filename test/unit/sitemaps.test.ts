/**
 * The sitemap writers (src/pipeline/sitemap/) on synthetic sites: split by the protocol's real limits
 * (50,000 URLs, 52,428,800 bytes a file), hreflang alternates by Google's rules, escaping, the index. Every
 * file is read back with a real XML parser (helpers/sitemap-xml.ts), which also checks it against the protocol.
 */
import { describe, expect, it } from 'vitest';
import type { PageRef } from '../../src/pipeline/seo.ts';
import { sitemapIndexXml } from '../../src/pipeline/sitemap/sitemap-index.ts';
import { indexablePages, sitemapUrl, type SitemapArticle } from '../../src/pipeline/sitemap/sitemap-url.ts';
import { PROTOCOL_LIMITS, splitSitemap, URLSET_CLOSE, URLSET_OPEN, type SitemapFile } from '../../src/pipeline/sitemap/split-sitemap.ts';
import { writeSitemaps } from '../../src/pipeline/sitemap/write-sitemaps.ts';
import { memorySink } from '../helpers/memory-sitemaps.ts';
import { parseSitemap } from '../helpers/sitemap-xml.ts';

const site = 'https://help.example.com/';
const options = { site, sourceLocale: 'en-us' };
const ref = (locale: string, slug: string): PageRef => ({ locale, tag: locale.replace(/-[a-z]+$/, (r) => r.toUpperCase()), url: `/${locale}/${slug}/` });

/** Articles in `locales`, each the translation of the others; `extra` sets fields on every article. */
function translated(slug: string, locales: string[], extra: Partial<SitemapArticle> = {}): SitemapArticle[] {
  const refs = locales.map((l) => ref(l, slug));
  return refs.map((r) => ({ ...r, noindex: false, translations: refs.filter((o) => o !== r), ...extra }));
}

/** Each file's size and URLs against the limits, and every URL exactly once across the files. */
function checkFiles(files: Map<string, string>, reported: SitemapFile[], expected: string[], limits = PROTOCOL_LIMITS) {
  const seen: string[] = [];
  for (const file of reported) {
    const xml = files.get(file.name)!;
    const parsed = parseSitemap(xml);
    expect(parsed.kind).toBe('urlset');
    expect(Buffer.byteLength(xml)).toBe(file.bytes);
    expect(file.bytes).toBeLessThanOrEqual(limits.bytes);
    expect(parsed.entries.length).toBe(file.urls);
    expect(file.urls).toBeLessThanOrEqual(limits.urls);
    seen.push(...parsed.entries.map((e) => e.loc));
  }
  expect(seen.length).toBe(expected.length);
  expect(new Set(seen)).toEqual(new Set(expected));
}

describe('a locale over the protocol’s limits', () => {
  it('is split into files of at most 50,000 URLs, every URL in one of them, all listed in the index', () => {
    const articles = Array.from({ length: 120_001 }, (_, i) => translated(`article-${i}`, ['nl-nl'])[0]!);
    const sink = memorySink();
    const files = writeSitemaps(articles, sink, options);
    expect(files.map((f) => [f.name, f.urls])).toEqual([
      ['sitemap-nl-nl-1.xml', 50_000],
      ['sitemap-nl-nl-2.xml', 50_000],
      ['sitemap-nl-nl-3.xml', 20_001],
    ]);
    checkFiles(sink.files, files, articles.map((a) => `${site.slice(0, -1)}${a.url}`));
    const index = parseSitemap(sink.files.get('sitemap.xml')!);
    expect(index.kind).toBe('sitemapindex');
    expect(index.entries.map((e) => e.loc)).toEqual(files.map((f) => `${site}${f.name}`));
    expect([...sink.files.keys()].sort()).toEqual([...files.map((f) => f.name), 'sitemap.xml'].sort());
    // Streamed: written an element at a time, never a file (here 5 MB and more) as one string.
    expect(sink.largestWrite).toBeLessThan(1_000);
  });

  it('is split by size before count when its URLs are long and have many alternates, each file as full as its bytes allow', () => {
    // 36 locales, URLs of about 1,900 characters (the protocol allows 2,048): an entry is about 70 KB, so a
    // file fills its 52,428,800 bytes at about 740 URLs, far below 50,000.
    const locales = Array.from({ length: 36 }, (_, i) => `l${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}-zz`);
    const long = 'a-very-long-folder-name/'.repeat(75);
    const articles = Array.from({ length: 1_600 }, (_, i) => translated(`${long}article-${i}`, locales, { lastModified: '2024-01-02' })).flat();
    const indexable = indexablePages(articles, site);
    const first = articles.filter((a) => a.locale === locales[0]);
    const urls = first.map((a) => sitemapUrl(a, indexable, 'laa-zz'));
    expect(urls[0]!.xml.match(/<xhtml:link /g)).toHaveLength(37);
    const sink = memorySink();
    const files = splitSitemap(locales[0]!, urls, sink);
    expect(files.length).toBeGreaterThan(1);
    expect(files[0]!.urls).toBeLessThan(1_000);
    checkFiles(sink.files, files, first.map((a) => `${site.slice(0, -1)}${a.url}`));
    // Exact sizes, not estimates: each file closed only because the next URL would not fit.
    let next = 0;
    for (const file of files.slice(0, -1)) {
      next += file.urls;
      expect(file.bytes + Buffer.byteLength(urls[next]!.xml)).toBeGreaterThan(PROTOCOL_LIMITS.bytes);
    }
  });
});

describe('the files of a site', () => {
  it('are one per locale with indexable articles, named by it, unnumbered when one is enough', () => {
    const sink = memorySink();
    const files = writeSitemaps([...translated('a', ['en-us', 'nl-nl']), ...translated('b', ['en-us']), ...translated('c', ['de-de'], { noindex: true })], sink, options);
    expect(files.map((f) => [f.name, f.urls])).toEqual([['sitemap-en-us.xml', 2], ['sitemap-nl-nl.xml', 1]]);
    expect([...sink.files.keys()]).toEqual(['sitemap-en-us.xml', 'sitemap-nl-nl.xml', 'sitemap.xml']);
  });

  it('split by count and by size with smaller limits, numbered from 1, a file as full as its exact bytes allow', () => {
    const articles = Array.from({ length: 7 }, (_, i) => translated(`article-${i}`, ['en-us'])[0]!);
    const one = Buffer.byteLength(sitemapUrl(articles[0]!, indexablePages(articles, site), 'en-us').xml);
    // All entries are the same length here: exactly two fit, to the byte, and one byte less leaves room for one.
    const two = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE) + 2 * one;
    const split = (urls: number, bytes: number) => writeSitemaps(articles, memorySink(), { ...options, limits: { urls, bytes } }).map((f) => [f.name, f.urls, f.bytes]);
    expect(split(3, two)).toEqual([
      ['sitemap-en-us-1.xml', 2, two],
      ['sitemap-en-us-2.xml', 2, two],
      ['sitemap-en-us-3.xml', 2, two],
      ['sitemap-en-us-4.xml', 1, two - one],
    ]);
    expect(split(3, two - 1).map(([, urls]) => urls)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(split(3, PROTOCOL_LIMITS.bytes).map(([name, urls]) => [name, urls])).toEqual([
      ['sitemap-en-us-1.xml', 3],
      ['sitemap-en-us-2.xml', 3],
      ['sitemap-en-us-3.xml', 1],
    ]);
  });

  it('are none, index included, when no article is indexable (the protocol has no empty sitemap)', () => {
    const sink = memorySink();
    expect(writeSitemaps(translated('a', ['en-us', 'nl-nl'], { noindex: true }), sink, options)).toEqual([]);
    expect(sink.files.size).toBe(0);
  });

  it('stop the build when one URL alone is bigger than a file may be', () => {
    expect(() => writeSitemaps(translated('a', ['en-us']), memorySink(), { ...options, limits: { urls: 10, bytes: 200 } })).toThrow(/A sitemap entry of en-us is \d+ bytes, too big for a sitemap file of at most 200 bytes/);
  });

  it('stop the build when a numbered part would take the name of another locale’s file', () => {
    const es = Array.from({ length: 419 }, (_, i) => translated(`a${i}`, ['es'])[0]!);
    expect(() => writeSitemaps([...es, ...translated('b', ['es-419'])], memorySink(), { ...options, limits: { urls: 1, bytes: PROTOCOL_LIMITS.bytes } })).toThrow('The sitemaps of es and es-419 would both be written to sitemap-es-419.xml.');
  });
});

describe('an article’s entry', () => {
  const entries = (articles: SitemapArticle[]) => {
    const sink = memorySink();
    writeSitemaps(articles, sink, options);
    return [...sink.files].filter(([name]) => name !== 'sitemap.xml').flatMap(([, xml]) => parseSitemap(xml).entries);
  };

  it('lists every indexable translation, itself included, and x-default → the source (Google’s rules)', () => {
    const nl = entries(translated('card', ['en-us', 'nl-nl', 'de-de'])).find((e) => e.loc.includes('/nl-nl/'))!;
    expect(nl.alternates).toEqual([
      { hreflang: 'de-DE', href: 'https://help.example.com/de-de/card/' },
      { hreflang: 'en-US', href: 'https://help.example.com/en-us/card/' },
      { hreflang: 'nl-NL', href: 'https://help.example.com/nl-nl/card/' },
      { hreflang: 'x-default', href: 'https://help.example.com/en-us/card/' },
    ]);
  });

  it('leaves NOINDEX translations out of the file and out of the alternates', () => {
    const [en, nl, de] = translated('card', ['en-us', 'nl-nl', 'de-de']);
    const all = entries([en!, { ...nl!, noindex: true }, de!]);
    expect(all.map((e) => e.loc)).toEqual(['https://help.example.com/de-de/card/', 'https://help.example.com/en-us/card/']);
    for (const e of all) expect(e.alternates.map((a) => a.hreflang)).toEqual(['de-DE', 'en-US', 'x-default']);
    // Its only translation NOINDEX: an article in one language, with no alternates.
    expect(entries([en!, { ...nl!, noindex: true }].map((a) => ({ ...a, translations: a.translations.filter((t) => t.locale !== 'de-de') })))[0]!.alternates).toEqual([]);
  });

  it('has no x-default when the source is not indexable', () => {
    const [en, nl, de] = translated('card', ['en-us', 'nl-nl', 'de-de']);
    expect(entries([{ ...en!, noindex: true }, nl!, de!])[0]!.alternates.map((a) => a.hreflang)).toEqual(['de-DE', 'nl-NL']);
  });

  it('percent-encodes what a URL may not hold and XML-escapes & \' " < > as the protocol asks', () => {
    const odd = translated('q&a\'s-"café"-<1>', ['en-us', 'nl-nl']);
    const sink = memorySink();
    writeSitemaps(odd, sink, options);
    const xml = sink.files.get('sitemap-en-us.xml')!;
    expect(xml).toContain('<loc>https://help.example.com/en-us/q&amp;a&apos;s-%22caf%C3%A9%22-%3C1%3E/</loc>');
    expect(xml).toContain('href="https://help.example.com/nl-nl/q&amp;a&apos;s-%22caf%C3%A9%22-%3C1%3E/"');
    expect(parseSitemap(xml).entries[0]!.loc).toBe(new URL('/en-us/q&a\'s-"café"-<1>/', site).href);
  });

  it('has the article’s date as lastmod, and none when it has no date', () => {
    const [dated, undated] = [translated('a', ['en-us'], { lastModified: '2020-04-21' })[0]!, translated('b', ['en-us'])[0]!];
    expect(entries([dated, undated]).map((e) => e.lastmod)).toEqual(['2020-04-21', undefined]);
  });
});

describe('the index', () => {
  it('dates each file by the latest page it describes, alternates included, and leaves the date out when one is unknown', () => {
    const sink = memorySink();
    const [en, nl] = translated('a', ['en-us', 'nl-nl']);
    const files = writeSitemaps(
      [{ ...en!, lastModified: '2020-01-01' }, { ...nl!, lastModified: '2023-05-06' }, ...translated('b', ['en-us'], { lastModified: '2021-01-01' }), ...translated('c', ['de-de'])],
      sink,
      options,
    );
    expect(files.map((f) => [f.name, f.lastmod])).toEqual([['sitemap-de-de.xml', undefined], ['sitemap-en-us.xml', '2023-05-06'], ['sitemap-nl-nl.xml', '2023-05-06']]);
    expect(parseSitemap(sink.files.get('sitemap.xml')!).entries).toEqual([
      { loc: 'https://help.example.com/sitemap-de-de.xml', alternates: [] },
      { loc: 'https://help.example.com/sitemap-en-us.xml', lastmod: '2023-05-06', alternates: [] },
      { loc: 'https://help.example.com/sitemap-nl-nl.xml', lastmod: '2023-05-06', alternates: [] },
    ]);
  });

  it('refuses more files than an index may list, rather than leave some out', () => {
    const files = Array.from({ length: 50_001 }, (_, i) => ({ name: `sitemap-x-${i}.xml`, urls: 1, bytes: 1, lastmod: undefined }));
    expect(() => sitemapIndexXml(files, site)).toThrow('The site needs 50001 sitemap files; a sitemap index lists at most 50000.');
  });
});
