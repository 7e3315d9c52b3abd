/**
 * The site's own pages inside a locale folder (src/pages/[locale]/), in one list: articles may not take
 * their URLs (article-slugs.ts) and redirects may not hide them (short-links/load-short-links.ts).
 * Pure data, no Astro imports.
 *
 *   sitePagePaths('nl-nl') → ['/nl-nl/', '/nl-nl/search/']
 */

/** Slugs of the pages every locale has besides its articles: `src/pages/[locale]/search/index.astro`. */
export const SITE_PAGES: ReadonlySet<string> = new Set(['search']);

/** Every URL the site itself publishes for a locale: its home, then one per entry of SITE_PAGES. */
export function sitePagePaths(locale: string): string[] {
  return [`/${locale}/`, ...[...SITE_PAGES].map((slug) => `/${locale}/${slug}/`)];
}
