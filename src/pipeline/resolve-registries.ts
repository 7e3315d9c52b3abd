/**
 * The short links and redirects (fwlinks.yml, redirects.yml) checked against every page of the site, once
 * all articles are known. The site's own pages are destinations too (a short link to /nl-nl/search/), and no
 * redirect may hide them; a locale without an article has its fallback page at the article's URL, showing
 * the source's text (and ids):
 *
 *   en-us/a.md only, locales en-us and nl-nl  → /en-us/a/ and /nl-nl/a/ both exist, with en-us/a.md's anchors
 *
 * In a shard, articles of the locales it does not render are pages without known anchors (null).
 */
import type { LoadedArticle } from './loaded-content.ts';
import { resolveShortLinks, type ResolvedShortLinks, type ShortLinkFiles } from './short-links/load-short-links.ts';
import { sitePagePaths } from './site-pages.ts';
import { articleUrl } from './slug.ts';

export interface SiteShape {
  /** Locale folders with articles, sorted. */
  localeFolders: string[];
  sourceLocale: string;
  /** Whether this build renders the locale (a shard renders some). */
  renders: (locale: string) => boolean;
}

export function resolveRegistries(files: ShortLinkFiles, articles: LoadedArticle[], site: SiteShape, show: (path: string) => string): ResolvedShortLinks {
  const { localeFolders, sourceLocale } = site;
  const pages = new Map<string, readonly string[] | null>([['/', []], ...localeFolders.flatMap((l) => sitePagePaths(l).map((p): [string, string[]] => [p, []]))]);
  for (const a of articles) pages.set(a.data.url, site.renders(a.data.locale) ? a.data.ids : null);
  for (const a of articles) {
    if (a.data.locale !== sourceLocale) continue;
    for (const l of localeFolders) if (!pages.has(articleUrl(l, a.data.slug))) pages.set(articleUrl(l, a.data.slug), a.data.ids);
  }
  return resolveShortLinks(files, { locales: localeFolders, sourceLocale, pages }, show);
}
