/**
 * What search engines are told: canonical URLs, hreflang alternates and the sitemap. Pure functions, so the
 * rules are unit-tested apart from the pages.
 *
 * - hreflang only links real translations of one article (never fallback pages), plus `x-default` → the
 *   source locale's page when it exists. A page with no translation gets no alternates.
 * - A fallback page (a locale showing the source text) is canonical to the source page, has no alternates
 *   and is left out of the sitemap, as are NOINDEX articles.
 */
// The sitemap is XML, where the HTML attribute escaper is right too: & < > " are all it must escape.
import { escapeAttr } from '../article-pages/html-escape.ts';

export interface PageRef {
  locale: string;
  /** BCP 47 tag, as hreflang wants it: `nl-NL`. */
  tag: string;
  url: string;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

export function absolute(site: string, url: string): string {
  return new URL(url, site).href;
}

/** A page is canonical to itself; a fallback page (source text shown in another locale) to its source. */
export function canonicalFor(page: { url: string }, site: string, fallbackOf?: { url: string }): string {
  return absolute(site, (fallbackOf ?? page).url);
}

export function alternatesFor(page: PageRef, translations: readonly PageRef[], sourceLocale: string, site: string): Alternate[] {
  if (translations.length === 0) return [];
  const all = [page, ...translations].sort((a, b) => a.locale.localeCompare(b.locale, 'en'));
  const out = all.map((p) => ({ hreflang: p.tag, href: absolute(site, p.url) }));
  const source = all.find((p) => p.locale === sourceLocale);
  if (source) out.push({ hreflang: 'x-default', href: absolute(site, source.url) });
  return out;
}

export interface SitemapArticle extends PageRef {
  noindex: boolean;
  translations: readonly PageRef[];
  lastModified?: string | undefined;
}

/** Every indexable article with its alternates; NOINDEX articles and fallback pages are left out. */
export function sitemapXml(articles: readonly SitemapArticle[], sourceLocale: string, site: string): string {
  const indexable = articles.filter((a) => !a.noindex);
  const indexableUrls = new Set(indexable.map((a) => a.url));
  const urls = indexable
    .sort((a, b) => (a.url < b.url ? -1 : 1))
    .map((a) => {
      // Alternates only among translations that are themselves in the sitemap.
      const links = alternatesFor(a, a.translations.filter((t) => indexableUrls.has(t.url)), sourceLocale, site)
        .map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${escapeAttr(alt.href)}"/>`)
        .join('\n');
      const lastmod = a.lastModified ? `\n    <lastmod>${a.lastModified}</lastmod>` : '';
      return `  <url>\n    <loc>${escapeAttr(absolute(site, a.url))}</loc>${lastmod}${links ? `\n${links}` : ''}\n  </url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: string): string {
  return `User-agent: *\nDisallow: /fwlink/\nDisallow: /l10n/\n\nSitemap: ${absolute(site, '/sitemap.xml')}\n`;
}
