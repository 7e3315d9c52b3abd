/**
 * A locale's search index is kept when what its input pages are made of is the same (search-indexer.ts):
 * that hash reads no article's HTML, and changes with everything an input page shows.
 */
import { describe, expect, it } from 'vitest';
import { searchInputsHash } from '../../src/astro/search-indexer.ts';
import type { RenderedArticle } from '../../src/pipeline/load-content.ts';
import { describeLocale, type LocaleInfo } from '../../src/pipeline/locales.ts';

const locale = (folder: string): LocaleInfo => {
  const info = describeLocale(folder);
  if (!info.ok) throw new Error(folder);
  return info.locale;
};

const article = (over: Partial<Omit<RenderedArticle, 'html'>> = {}): RenderedArticle => ({
  locale: locale('nl-nl'),
  url: '/nl-nl/a/',
  title: 'Geweigerde creditcard',
  hasH1: true,
  htmlKey: 'site:nl-nl/a.md:f00d',
  get html(): string {
    throw new Error('the HTML was read');
  },
  ...over,
});

describe('the hash of what search input pages are made of', () => {
  it('reads no HTML and is the same for the same articles', () => {
    expect(searchInputsHash([article(), article({ url: '/nl-nl/b/' })])).toBe(searchInputsHash([article(), article({ url: '/nl-nl/b/' })]));
  });

  it.each<[string, Partial<Omit<RenderedArticle, 'html'>>]>([
    ['URL', { url: '/nl-nl/c/' }],
    ['title', { title: 'Andere titel' }],
    ['heading added by the page', { hasH1: false }],
    ['HTML (its render key)', { htmlKey: 'site:nl-nl/a.md:beef' }],
    ['language', { locale: locale('de-de') }],
    ['direction', { locale: locale('ar-sa') }],
  ])('changes with an article’s %s', (_, over) => {
    expect(searchInputsHash([article(over)])).not.toBe(searchInputsHash([article()]));
  });

  it('never takes the end of one value for the start of the next', () => {
    expect(searchInputsHash([article({ url: '/nl-nl/a/', title: 'b\0c' })])).not.toBe(searchInputsHash([article({ url: '/nl-nl/a/\0b', title: 'c' })]));
  });

  it('changes with an article added, or the order of the articles', () => {
    const two = [article(), article({ url: '/nl-nl/b/' })];
    expect(searchInputsHash(two)).not.toBe(searchInputsHash([article()]));
    expect(searchInputsHash([...two].reverse())).not.toBe(searchInputsHash(two));
  });
});
