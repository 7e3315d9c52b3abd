/**
 * What search engines are told: canonical URLs, hreflang alternates and robots.txt. Pure functions, so the
 * rules are unit-tested apart from the pages. The sitemaps apply the same rules (src/pipeline/sitemap/).
 *
 * - hreflang only links real translations of one article (never fallback pages), plus `x-default` → the
 *   source locale's page when it exists. A page with no translation gets no alternates.
 * - A fallback page (a locale showing the source text) is canonical to the source page, has no alternates
 *   and is left out of the sitemaps, as are NOINDEX articles.
 */
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

/**
 * `url` resolved against the site, as the URL standard does it (`new URL(url, site).href`). A site path of
 * plain characters with no dot segment resolves to the site's origin and the path as it is, without a parse:
 * 35 hreflang links on each of 112,000 pages were four million URL parses, two seconds of a build.
 */
export function absolute(site: string, url: string): string {
  if (PLAIN_PATH.test(url) && !DOT_SEGMENT.test(url)) {
    const origin = originOf(site);
    if (origin !== undefined) return origin + url;
  }
  return new URL(url, site).href;
}

/** `/nl-nl/some-article/`: unreserved characters only, never `//` at the start (a host, not a path). */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/]*$/;
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;
const origins = new Map<string, string | undefined>();

/** What an absolute path is put after: `https://help.example.com` (undefined for a site that is not http(s)). */
function originOf(site: string): string | undefined {
  if (!origins.has(site)) {
    const root = new URL('/', site);
    origins.set(site, root.protocol === 'https:' || root.protocol === 'http:' ? root.href.slice(0, -1) : undefined);
  }
  return origins.get(site);
}

/** A page is canonical to itself; a fallback page (source text shown in another locale) to its source. */
export function canonicalFor(page: { url: string }, site: string, fallbackOf?: { url: string }): string {
  return absolute(site, (fallbackOf ?? page).url);
}

export function alternatesFor(page: PageRef, translations: readonly PageRef[], sourceLocale: string, site: string): Alternate[] {
  return alternatePages(page, translations, sourceLocale).map((alt) => ({ hreflang: alt.hreflang, href: absolute(site, alt.page.url) }));
}

/**
 * The pages an article's alternates name, in order: itself and its translations by locale, then x-default →
 * the source. The sitemaps use it with URLs they made absolute once per page (a URL parse per alternate was
 * most of their time).
 */
export function alternatePages(page: PageRef, translations: readonly PageRef[], sourceLocale: string): { hreflang: string; page: PageRef }[] {
  if (translations.length === 0) return [];
  const all = [page, ...translations].sort((a, b) => a.locale.localeCompare(b.locale, 'en'));
  const out = all.map((p) => ({ hreflang: p.tag, page: p }));
  const source = all.find((p) => p.locale === sourceLocale);
  if (source) out.push({ hreflang: 'x-default', page: source });
  return out;
}

/** `sitemap`: the site has a sitemap index (`/sitemap.xml`), which it has when any article is indexable. */
export function robotsTxt(site: string, sitemap: boolean): string {
  const rules = 'User-agent: *\nDisallow: /fwlink/\nDisallow: /l10n/\n';
  return sitemap ? `${rules}\nSitemap: ${absolute(site, '/sitemap.xml')}\n` : rules;
}
