/**
 * The page writer makes every page's parts with one maker (article-parts.ts), which keeps each translation's
 * picker item and hreflang tag once made. A page must come out exactly as a maker made for it alone would
 * make it, whichever pages came before it.
 */
import { describe, expect, it } from 'vitest';
import { articleParts, articlePartsMaker } from '../../src/article-pages/article-parts.ts';
import type { ArticleShown, TranslationLink } from '../../src/pipeline/article-schema.ts';
import { describeLocale, type LocaleInfo } from '../../src/pipeline/locales.ts';

const site = 'https://help.example.com';
const sourceLocale = 'en-us';

function localeInfo(folder: string): LocaleInfo {
  const result = describeLocale(folder);
  if (!result.ok) throw new Error(`not a locale: ${folder}`);
  return result.locale;
}

/** A slug group as link-translations.ts makes it: one link object per article, shared by every list. */
function group(slug: string, locales: string[], over: Partial<Record<string, Partial<ArticleShown>>> = {}): ArticleShown[] {
  const links = locales.map((folder): TranslationLink => {
    const info = localeInfo(folder);
    return { locale: folder, tag: info.tag, nativeName: info.nativeName, dir: info.dir, url: `/${folder}/${slug}/`, title: `${slug} (${folder})` };
  });
  return links.map((link, i) => ({
    title: link.title,
    locale: link.locale,
    lang: link.tag,
    dir: link.dir,
    slug,
    url: link.url,
    path: `${link.locale}/${slug}.md`,
    noindex: false,
    nofollow: false,
    excerpt: `About ${slug}`,
    hasH1: false,
    date: '2024-03-01',
    translations: links.filter((_, j) => j !== i),
    ...over[link.locale],
  })) as ArticleShown[];
}

const cards = group('declined-card', ['en-us', 'nl-nl', 'ja-jp', 'ar-sa'], { 'nl-nl': { translationType: 'MT', sourceChangedOn: '2024-04-01' } });
const other = group('a&b', ['en-us', 'nl-nl']);
const fallbackFor = localeInfo('de-de');
/** Every page of the two groups, and a German fallback page of the English article. */
const pages: [ArticleShown, LocaleInfo | undefined][] = [...cards, ...other].map((a): [ArticleShown, LocaleInfo | undefined] => [a, undefined]);
pages.push([cards[0]!, fallbackFor]);

const html = (a: ArticleShown) => `<p>${a.title}</p>`;
const alone = ([a, fallback]: [ArticleShown, LocaleInfo | undefined]) => articleParts(a, html(a), { site, sourceLocale, fallbackFor: fallback });

describe("a page's parts from the build's one maker", () => {
  it('are the parts a maker made for that page alone would make, in any order', () => {
    for (const order of [pages, [...pages].reverse()]) {
      const make = articlePartsMaker({ site, sourceLocale });
      for (const page of order) expect(make(page[0], html(page[0]), page[1])).toEqual(alone(page));
    }
  });

  it("link each page to the group's other pages and name x-default by the source, never by a kept tag", () => {
    const make = articlePartsMaker({ site, sourceLocale });
    for (const a of cards) make(a, html(a));
    const nl = make(cards[1]!, html(cards[1]!));
    const hreflang = [...nl.head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(hreflang).toEqual([
      'ar-SA https://help.example.com/ar-sa/declined-card/',
      'en-US https://help.example.com/en-us/declined-card/',
      'ja-JP https://help.example.com/ja-jp/declined-card/',
      'nl-NL https://help.example.com/nl-nl/declined-card/',
      'x-default https://help.example.com/en-us/declined-card/',
    ]);
    const picked = (parts: { picker: string }) => [...parts.picker.matchAll(/data-locale="([^"]+)"/g)].map((m) => m[1]);
    expect(picked(nl)).toEqual(['en-us', 'ja-jp', 'ar-sa']);
    expect(nl.main.match(/data-locale="/g)).toHaveLength(3); // the list at the end holds the same links
    // A fallback page offers the source too, and has no alternates.
    const de = make(cards[0]!, html(cards[0]!), fallbackFor);
    expect(picked(de)).toEqual(['en-us', 'nl-nl', 'ja-jp', 'ar-sa']);
    expect(de.head).not.toContain('rel="alternate"');
  });

  it('escape a kept link as a fresh one', () => {
    const make = articlePartsMaker({ site, sourceLocale });
    make(other[0]!, html(other[0]!));
    const nl = make(other[1]!, html(other[1]!));
    expect(nl.picker).toContain('href="/en-us/a&amp;b/"');
    expect(nl.head).toContain('href="https://help.example.com/en-us/a&amp;b/"');
    expect(nl.picker).not.toContain('a&b');
  });
});
