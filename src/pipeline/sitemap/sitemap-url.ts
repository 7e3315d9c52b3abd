/**
 * One article's `<url>` element in a sitemap, and which articles have one. Plain TypeScript, no Astro.
 *
 * - `<loc>` is the article's own URL and `<lastmod>` its date when it has one. The hreflang alternates
 *   (`xhtml:link`) follow Google's rules for sitemaps: every indexable translation of the article, itself
 *   included, and x-default → the source locale's page (the same rule as the pages' `<link rel=alternate>`,
 *   `alternatesFor` in seo.ts). An article in one locale only has none.
 * - NOINDEX articles have no `<url>` and are nobody's alternate. Fallback pages (a locale showing the source)
 *   are canonical to the source, so they are not URLs of their own and never come here.
 * - URLs are absolute and percent-encoded by the WHATWG URL parser, then XML-escaped:
 *   `/nl-nl/café/` → `https://help.example.com/nl-nl/caf%C3%A9/`; `/q&a/` → `…/q&amp;a/`.
 */
import { escapeXml } from '../../article-pages/html-escape.ts';
import { absolute, alternatePages, type PageRef } from '../seo.ts';

export interface SitemapArticle extends PageRef {
  noindex: boolean;
  /** The same article in other locales (this one excluded), indexable or not. */
  translations: readonly PageRef[];
  /** ISO date (`2020-04-21`): ms.date, else ms.lasthandoff. */
  lastModified?: string | undefined;
}

export interface SitemapUrl {
  /** The `<url>` element with its final newline: exactly the text written to the file. */
  xml: string;
  /** The latest date of the page and of its alternates (their entries change with them); undefined when one is unknown. */
  lastmod: string | undefined;
}

/** Each indexable page by its site path: its absolute URL, XML-escaped, made once; its date if it has one. */
export type IndexablePages = ReadonlyMap<string, { href: string; lastmod: string | undefined }>;

export function isIndexable(article: { noindex: boolean }): boolean {
  return !article.noindex;
}

export function indexablePages(articles: Iterable<SitemapArticle>, site: string): IndexablePages {
  const pages = new Map<string, { href: string; lastmod: string | undefined }>();
  for (const a of articles) if (isIndexable(a)) pages.set(a.url, { href: escapeXml(absolute(site, a.url)), lastmod: a.lastModified });
  return pages;
}

/** The `<url>` element of an indexable article (`indexable` has it). */
export function sitemapUrl(article: SitemapArticle, indexable: IndexablePages, sourceLocale: string): SitemapUrl {
  const self = indexable.get(article.url)!;
  const translations = article.translations.filter((t) => indexable.has(t.url));
  let lastmod = self.lastmod;
  for (const t of translations) lastmod = latest(lastmod, indexable.get(t.url)!.lastmod);
  const links = alternatePages(article, translations, sourceLocale)
    .map((alt) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${indexable.get(alt.page.url)!.href}"/>\n`)
    .join('');
  const date = self.lastmod ? `    <lastmod>${escapeXml(self.lastmod)}</lastmod>\n` : '';
  return { xml: `  <url>\n    <loc>${self.href}</loc>\n${date}${links}  </url>\n`, lastmod };
}

/** The later of two ISO dates, or undefined when either is unknown ("where known" means known for all). */
export function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a > b ? a : b;
}
